"""Markup helpers of the holdout part "etangs": the HTML that the CMSs, plugins, platforms and embeds of
its eight inland towns print, written anew for this part (WordPress and its poll, comment and form
plugins, Drupal with Poll, comments and Webform, SPIP forums and Formidable, Joomla with AcePolls and
com_contact, TYPO3 Form framework and an Extbase petition register, Publik combo cells and w.c.s. forms,
Decidim, Cap Collectif, Go Vocal, phpBB, Discourse, a neighbours' network, LimeSurvey)."""
import zlib
from html import escape


def _n(text, mod=9000, base=1000):
    """A stable number drawn from a text (ids, nonces, timestamps)."""
    return zlib.crc32(text.encode()) % mod + base


def _hex(text, size=10):
    """A stable hexadecimal token drawn from a text (nonces, form tokens)."""
    return (format(zlib.crc32(text.encode()), "08x") + format(zlib.crc32(text[::-1].encode()), "08x") * 4)[:size]


def prose(*paragraphs):
    """Paragraphs of running text; a paragraph that already starts with a tag is kept as it is."""
    return "".join(p if p.lstrip().startswith("<") else f"<p>{p}</p>" for p in paragraphs)


def links(items, cls="liste-liens"):
    return f'<ul class="{cls}">' + "".join(f'<li><a href="{escape(h)}">{label}</a></li>' for h, label in items) + "</ul>"


def figure(src, alt, caption=""):
    cap = f"<figcaption>{caption}</figcaption>" if caption else ""
    return f'<figure class="image"><img src="{escape(src)}" alt="{escape(alt)}" loading="lazy" width="800" height="450">{cap}</figure>'


def documents(items, base=""):
    """Downloadable documents, as municipal sites list them: (href, label, weight); ``base`` is the media host."""
    rows = "".join(f'<li class="document"><a href="{escape(base + h)}" class="document__link" type="application/pdf">'
                   f'{label} <span class="document__meta">(PDF, {w})</span></a></li>' for h, label, w in items)
    return f'<ul class="documents">{rows}</ul>'


def share(url, title):
    """Share buttons: intents, never the city's accounts."""
    from urllib.parse import quote
    u, t = quote(url, safe=""), quote(title, safe="")
    return ('<div class="partage"><p class="partage__titre">Partager cette page</p><ul class="partage__liste">'
            f'<li><a href="https://www.facebook.com/sharer/sharer.php?u={u}" target="_blank" rel="noopener">Facebook</a></li>'
            f'<li><a href="https://twitter.com/intent/tweet?url={u}&amp;text={t}" target="_blank" rel="noopener">X</a></li>'
            f'<li><a href="https://www.linkedin.com/shareArticle?mini=true&amp;url={u}" target="_blank" rel="noopener">LinkedIn</a></li>'
            f'<li><a href="mailto:?subject={t}&amp;body={u}">Courriel</a></li></ul></div>')


# ---------------------------------------------------------------- vendor CMS (RGAA-minded proprietary CMS)

def vendor_news(items):
    """A news list of a vendor CMS: (href, title, date, teaser)."""
    cards = "".join(
        f'<li class="news-list__item"><article class="news-card"><p class="news-card__date"><time>{d}</time></p>'
        f'<h3 class="news-card__title"><a href="{escape(h)}" class="news-card__link">{t}</a></h3>'
        f'<p class="news-card__teaser">{s}</p></article></li>' for h, t, d, s in items)
    return f'<section class="news-list"><h2 class="news-list__title">Actualités</h2><ul class="news-list__items">{cards}</ul></section>'


def vendor_tiles(items, title="Accès rapides"):
    tiles = "".join(f'<li class="quick-access__item"><a class="quick-access__link" href="{escape(h)}">'
                    f'<span class="quick-access__icon" aria-hidden="true"></span>{label}</a></li>' for h, label in items)
    return f'<nav class="quick-access" aria-label="{escape(title)}"><h2 class="quick-access__title">{title}</h2><ul class="quick-access__list">{tiles}</ul></nav>'


def vendor_accordion(items):
    rows = "".join(
        f'<div class="accordion__item"><h3 class="accordion__heading"><button type="button" class="accordion__trigger" '
        f'aria-expanded="false" aria-controls="acc-{i}">{q}</button></h3><div id="acc-{i}" class="accordion__panel" hidden>{a}</div></div>'
        for i, (q, a) in enumerate(items, 1))
    return f'<div class="accordion js-accordion">{rows}</div>'


def vendor_contact_form(action, subjects, form_id="contact"):
    """The contact form of a proprietary CMS, with an RGPD notice and a honeypot."""
    opts = "".join(f'<option value="{i}">{s}</option>' for i, s in enumerate(subjects, 1))
    return f"""<form class="form form--{form_id}" id="form-{form_id}" action="{escape(action)}" method="post" novalidate>
<p class="form__mandatory">Les champs marqués d'un astérisque (<abbr title="obligatoire">*</abbr>) sont obligatoires.</p>
<fieldset class="form__fieldset"><legend class="form__legend">Vos coordonnées</legend>
<div class="form__field"><label for="{form_id}-civilite">Civilité</label><select id="{form_id}-civilite" name="civilite"><option value="">—</option><option>Madame</option><option>Monsieur</option></select></div>
<div class="form__field"><label for="{form_id}-nom">Nom <abbr title="obligatoire">*</abbr></label><input type="text" id="{form_id}-nom" name="nom" autocomplete="family-name" required></div>
<div class="form__field"><label for="{form_id}-prenom">Prénom</label><input type="text" id="{form_id}-prenom" name="prenom" autocomplete="given-name"></div>
<div class="form__field"><label for="{form_id}-email">Courriel <abbr title="obligatoire">*</abbr> <span class="form__hint">(ex. : nom@domaine.fr)</span></label><input type="email" id="{form_id}-email" name="email" autocomplete="email" required></div>
<div class="form__field"><label for="{form_id}-tel">Téléphone</label><input type="tel" id="{form_id}-tel" name="telephone" autocomplete="tel"></div></fieldset>
<fieldset class="form__fieldset"><legend class="form__legend">Votre demande</legend>
<div class="form__field"><label for="{form_id}-objet">Objet <abbr title="obligatoire">*</abbr></label><select id="{form_id}-objet" name="objet" required><option value="">Choisir un objet</option>{opts}</select></div>
<div class="form__field"><label for="{form_id}-message">Message <abbr title="obligatoire">*</abbr></label><textarea id="{form_id}-message" name="message" rows="8" required></textarea></div></fieldset>
<div class="form__field form__field--hp" aria-hidden="true"><label for="{form_id}-website">Ne pas remplir</label><input type="text" id="{form_id}-website" name="website" tabindex="-1" autocomplete="off"></div>
<div class="form__field form__field--checkbox"><input type="checkbox" id="{form_id}-rgpd" name="rgpd" value="1" required><label for="{form_id}-rgpd">J'accepte que mes données soient utilisées pour traiter ma demande.</label></div>
<input type="hidden" name="form_token" value="{_hex(action + form_id, 24)}">
<div class="form__actions"><button type="submit" class="btn btn--primary">Envoyer</button></div></form>
<p class="form__rgpd">Les informations recueillies sont destinées aux services municipaux et conservées un an. Vous pouvez exercer vos droits auprès du délégué à la protection des données.</p>"""


def vendor_newsletter(action):
    return (f'<form class="newsletter" action="{escape(action)}" method="post"><h2 class="newsletter__title">La lettre d\'information</h2>'
            '<label for="nl-email">Votre adresse électronique</label><input type="email" id="nl-email" name="newsletter_email" required>'
            '<input type="hidden" name="liste" value="lettre-hebdo"><button type="submit" class="btn">S\'abonner</button></form>')


# ---------------------------------------------------------------- WordPress and its plugins

def wp_with_sidebar(main, *widgets):
    """Content beside a widget area, as a classic WordPress theme lays out a page with a sidebar."""
    return (f'<div class="content-sidebar-wrap"><div class="content-area">{main}</div>'
            f'<aside id="secondary" class="widget-area" role="complementary" aria-label="Colonne latérale">{"".join(widgets)}</aside></div>')


def wp_widget(widget_id, cls, title, inner):
    return (f'<section id="{widget_id}" class="widget {cls}"><h2 class="widget-title">{title}</h2>{inner}</section>')


def wp_recent_posts(items, widget_id="recent-posts-3"):
    lis = "".join(f'<li><a href="{escape(h)}">{t}</a></li>' for h, t in items)
    return wp_widget(widget_id, "widget_recent_entries", "Articles récents", f'<nav aria-label="Articles récents"><ul>{lis}</ul></nav>')


def wp_polls(poll_id, question, answers, first_answer=1):
    """WP-Polls (Lester Chan): the voting form of one poll, as its widget or shortcode prints it."""
    nonce = _hex(f"wp-polls-{poll_id}", 10)
    lis = "".join(
        f'<li><input type="radio" id="poll-answer-{first_answer + i}" name="poll_{poll_id}" value="{first_answer + i}" /> '
        f'<label for="poll-answer-{first_answer + i}">{a}</label></li>' for i, a in enumerate(answers))
    return f"""<div id="polls-{poll_id}" class="wp-polls">
<form id="polls_form_{poll_id}" class="wp-polls-form" action="/index.php" method="post">
<p style="display: none;"><input type="hidden" id="poll_{poll_id}_nonce" name="wp-polls-nonce" value="{nonce}" /></p>
<p style="display: none;"><input type="hidden" name="poll_id" value="{poll_id}" /></p>
<p style="text-align: center;"><strong>{question}</strong></p><div id="polls-{poll_id}-ans" class="wp-polls-ans"><ul class="wp-polls-ul">
{lis}
</ul><p style="text-align: center;"><input type="button" name="vote" value="   Voter   " class="Buttons" onclick="poll_vote({poll_id});" /></p>
<p style="text-align: center;"><a href="#ViewPollResults" onclick="poll_result({poll_id}); return false;" title="Voir les résultats de ce sondage">Voir les résultats</a></p>
</div></form></div>
<div id="polls-{poll_id}-loading" class="wp-polls-loading"><img src="/wp-content/plugins/wp-polls/images/loading.gif" width="16" height="16" alt="Chargement ..." title="Chargement ..." class="wp-polls-image" />&nbsp;Chargement ...</div>"""


def wp_polls_archive_result(poll_id, question, rows, total, closed_on):
    """A WP-Polls result block of a closed poll (pollsarchive page): bars, no form."""
    lis = "".join(
        f'<li>{label} <small>({pct}%, {votes} votes)</small><div class="pollbar" style="width: {pct}%;" title="{label} ({pct}% | {votes} votes)"></div></li>'
        for label, pct, votes in rows)
    return (f'<div id="polls-{poll_id}" class="wp-polls"><p style="text-align: center;"><strong>{question}</strong></p>'
            f'<div id="polls-{poll_id}-ans" class="wp-polls-ans"><ul class="wp-polls-ul">{lis}</ul>'
            f'<p style="text-align: center;">Nombre total de votants : <strong>{total}</strong></p>'
            f'<p style="text-align: center;">Ce sondage est clos depuis le {closed_on}.</p></div></div>')


def yop_poll(poll_id, question_id, question, answers, first_answer=1):
    """YOP Poll (version 6): its "basic" template with its data attributes, radio answers and vote link."""
    uid = _hex(f"yop{poll_id}", 13)
    lis = "".join(
        f'<li class="basic-answer" style="padding:0px 0px;" data-id="{first_answer + i}" data-type="text" data-vn="0" data-color="#000">'
        f'<div class="basic-answer-content basic-text-vertical"><label for="answer[{first_answer + i}]" class="basic-answer-label">'
        f'<input type="radio" id="answer[{first_answer + i}]" name="answer[{question_id}]" value="{first_answer + i}" data-type="text">'
        f'<span class="basic-text" style="color: #000; font-size: 14px; font-weight: normal;">{a}</span></label></div></li>'
        for i, a in enumerate(answers))
    return f"""<div class="bootstrap-yop yop-poll-mc">
<div class="basic-yop-poll-container" style="background-color:#fafafa; border:1px; border-style:solid; border-color:#d8d8d8; border-radius:4px; padding:10px 10px;" data-id="{poll_id}" data-temp="basic" data-skin="minimal" data-cscheme="black" data-bw="1" data-bc="#d8d8d8" data-bs="solid" data-br="4" data-uid="{uid}" data-gdpr="no" id="basic-yop-poll-container-{poll_id}_{uid}">
<div class="basic-canvas"></div><div class="basic-inner">
<div class="basic-message hide" style="border-left: 10px solid #008000; padding: 0px 10px;" data-error="#ff0000" data-success="#008000"><p class="basic-message-text" style="color:#000; font-size:14px; font-weight:normal;"></p></div>
<div class="basic-overlay hide"><div class="basic-vote-options"></div><div class="basic-preloader"><div class="basic-windows8"><div class="basic-wBall basic-wBall_1"><div class="basic-wInnerBall"></div></div></div></div></div>
<form class="basic-form" action="/wp-admin/admin-ajax.php" method="post"><input type="hidden" name="_token" value="{_hex(uid, 10)}" autocomplete="off">
<div class="basic-elements"><div class="basic-element basic-question basic-question-text-vertical" data-id="{question_id}" data-uid="{_hex(uid + 'q', 13)}" data-required="yes" data-allow-multiple="no" data-min="1" data-max="1" data-display="vertical" data-colnum="" data-display-others="no" data-others-color="" data-others="">
<div role="radiogroup" aria-labelledby="pollquestion-{uid}"><div class="basic-question-title"><h5 id="pollquestion-{uid}" style="color:#000; font-size:16px; font-weight:bold; text-align:center;">{question}</h5></div>
<ul class="basic-answers">{lis}</ul></div></div><div class="clearfix"></div></div>
<div class="basic-vote"><a href="#" class="button basic-vote-button" role="button" style="background:#2e6b3f; border:0px; border-style: solid; border-color:#2e6b3f; border-radius:0px; padding:5px 10px; color:#fff; font-size:14px; font-weight:normal;">Je vote</a>
<button class="basic-results-button" type="button" data-pid="{poll_id}">Résultats</button></div>
</form></div></div></div>"""


def wp_comments(post_id, heading_title, comments, first_id=100, open_=True):
    """The comments area of a WordPress theme: the list (threaded) and, when open, the comment form.

    ``comments`` is a list of (author, date, text, replies) where replies has the same shape."""
    counter = [first_id]

    def items(rows, depth):
        out = []
        for i, (author, date, text, replies) in enumerate(rows):
            cid = counter[0]
            counter[0] += 1
            parity = "even" if i % 2 == 0 else "odd"
            children = f'<ol class="children">{items(replies, depth + 1)}</ol>' if replies else ""
            reply = (f'<div class="reply"><a rel="nofollow" class="comment-reply-link" href="?replytocom={cid}#respond" '
                     f'data-commentid="{cid}" data-postid="{post_id}" data-belowelement="div-comment-{cid}" '
                     f'data-respondelement="respond" data-replyto="Répondre à {escape(author)}" aria-label="Répondre à {escape(author)}">Répondre</a></div>'
                     if open_ else "")
            out.append(
                f'<li id="comment-{cid}" class="comment {parity} thread-{parity} depth-{depth}{" parent" if replies else ""}">'
                f'<article id="div-comment-{cid}" class="comment-body"><footer class="comment-meta">'
                f'<div class="comment-author vcard"><img alt="" src="/wp-content/plugins/avatars/mystery.png" class="avatar avatar-32 photo" height="32" width="32" loading="lazy" decoding="async"/>'
                f'<b class="fn">{author}</b> <span class="says">dit :</span></div>'
                f'<div class="comment-metadata"><a href="#comment-{cid}"><time>{date}</time></a></div></footer>'
                f'<div class="comment-content"><p>{text}</p></div>{reply}</article>{children}</li>')
        return "".join(out)

    def count(rows):
        return sum(1 + count(r[3]) for r in rows)

    n = count(comments)
    head = (f'<h2 class="comments-title">{n} réponse{"s" if n > 1 else ""} à &laquo;&nbsp;{heading_title}&nbsp;&raquo;</h2>'
            f'<ol class="comment-list">{items(comments, 1)}</ol>') if comments else ""
    if not open_:
        return f'<div id="comments" class="comments-area">{head}<p class="no-comments">Les commentaires sont fermés.</p></div>'
    form = f"""<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Laisser un commentaire <small><a rel="nofollow" id="cancel-comment-reply-link" href="#respond" style="display:none;">Annuler la réponse</a></small></h3>
<form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate>
<p class="comment-notes"><span id="email-notes">Votre adresse e-mail ne sera pas publiée.</span> <span class="required-field-message">Les champs obligatoires sont indiqués avec <span class="required">*</span></span></p>
<p class="comment-form-comment"><label for="comment">Commentaire <span class="required">*</span></label> <textarea id="comment" name="comment" cols="45" rows="8" maxlength="65525" required></textarea></p>
<p class="comment-form-author"><label for="author">Nom <span class="required">*</span></label> <input id="author" name="author" type="text" value="" size="30" maxlength="245" autocomplete="name" required /></p>
<p class="comment-form-email"><label for="email">E-mail <span class="required">*</span></label> <input id="email" name="email" type="email" value="" size="30" maxlength="100" aria-describedby="email-notes" autocomplete="email" required /></p>
<p class="comment-form-url"><label for="url">Site web</label> <input id="url" name="url" type="url" value="" size="30" maxlength="200" autocomplete="url" /></p>
<p class="comment-form-cookies-consent"><input id="wp-comment-cookies-consent" name="wp-comment-cookies-consent" type="checkbox" value="yes" /> <label for="wp-comment-cookies-consent">Enregistrer mon nom, mon e-mail et mon site dans le navigateur pour mon prochain commentaire.</label></p>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Laisser un commentaire" /> <input type='hidden' name='comment_post_ID' value='{post_id}' id='comment_post_ID' />
<input type='hidden' name='comment_parent' id='comment_parent' value='0' /></p></form></div>"""
    return f'<div id="comments" class="comments-area">{head}{form}</div>'


def cf7(form_id, post_id, action, fields):
    """Contact Form 7: ``fields`` is a list of (label, name, kind) with kind text, email, tel, textarea, or a list of options."""
    unit = f"wpcf7-f{form_id}-p{post_id}-o1"
    rows = []
    for label, name, kind in fields:
        if kind == "textarea":
            ctrl = (f'<textarea cols="40" rows="10" maxlength="2000" class="wpcf7-form-control wpcf7-textarea wpcf7-validates-as-required" '
                    f'aria-required="true" aria-invalid="false" name="{name}"></textarea>')
        elif isinstance(kind, (list, tuple)):
            opts = "".join(f'<option value="{escape(o)}">{o}</option>' for o in kind)
            ctrl = f'<select class="wpcf7-form-control wpcf7-select" aria-invalid="false" name="{name}">{opts}</select>'
        else:
            ctrl = (f'<input size="40" maxlength="400" class="wpcf7-form-control wpcf7-{kind} wpcf7-validates-as-required'
                    f'{" wpcf7-validates-as-" + kind if kind in ("email", "tel") else ""}" aria-required="true" aria-invalid="false" value="" type="{kind}" name="{name}" />')
        rows.append(f'<p><label> {label}<br /><span class="wpcf7-form-control-wrap" data-name="{name}">{ctrl}</span> </label></p>')
    return f"""<div class="wpcf7 no-js" id="{unit}" lang="fr-FR" dir="ltr" data-wpcf7-id="{form_id}">
<div class="screen-reader-response"><p role="status" aria-live="polite" aria-atomic="true"></p> <ul></ul></div>
<form action="{escape(action)}#{unit}" method="post" class="wpcf7-form init" aria-label="Formulaire de contact" novalidate="novalidate" data-status="init">
<div style="display: none;"><input type="hidden" name="_wpcf7" value="{form_id}" /><input type="hidden" name="_wpcf7_version" value="5.9.5" />
<input type="hidden" name="_wpcf7_locale" value="fr_FR" /><input type="hidden" name="_wpcf7_unit_tag" value="{unit}" />
<input type="hidden" name="_wpcf7_container_post" value="{post_id}" /><input type="hidden" name="_wpcf7_posted_data_hash" value="" /></div>
{"".join(rows)}
<p><input class="wpcf7-form-control wpcf7-submit has-spinner" type="submit" value="Envoyer" /></p><div class="wpcf7-response-output" aria-hidden="true"></div>
</form></div>"""


def gravity_form(form_id, action, fields, button="Envoyer", title=""):
    """Gravity Forms (2.8, "gravity-theme"): ``fields`` is a list of (label, kind, required) with kind
    text, email, tel, textarea, select:<a|b|c>, radio:<a|b|c> or checkbox:<a|b>."""
    rows = []
    for i, (label, kind, required) in enumerate(fields, 1):
        req = '<span class="gfield_required"><span class="gfield_required gfield_required_text">(Nécessaire)</span></span>' if required else ""
        aria = ' aria-required="true"' if required else ""
        base, _, opts = kind.partition(":")
        if base == "textarea":
            ctrl = f"<div class='ginput_container ginput_container_textarea'><textarea name='input_{i}' id='input_{form_id}_{i}' class='textarea large' {aria} aria-invalid=\"false\" rows='10' cols='50'></textarea></div>"
        elif base == "select":
            o = "".join(f"<option value='{escape(x)}' >{x}</option>" for x in opts.split("|"))
            ctrl = f"<div class='ginput_container ginput_container_select'><select name='input_{i}' id='input_{form_id}_{i}' class='large gfield_select' {aria} aria-invalid=\"false\" >{o}</select></div>"
        elif base in ("radio", "checkbox"):
            o = "".join(
                f"<div class='gchoice gchoice_{form_id}_{i}_{j}'><input class='gfield-choice-input' name='input_{i}{'' if base == 'radio' else '.' + str(j)}' type='{base}' value='{escape(x)}' id='choice_{form_id}_{i}_{j}' />"
                f"<label for='choice_{form_id}_{i}_{j}' id='label_{form_id}_{i}_{j}' class='gform-field-label gform-field-label--type-inline'>{x}</label></div>"
                for j, x in enumerate(opts.split("|"), 1))
            ctrl = f"<div class='ginput_container ginput_container_{base}'><div class='gfield_{base}' id='input_{form_id}_{i}'>{o}</div></div>"
        else:
            ctrl = f"<div class='ginput_container ginput_container_{base}'><input name='input_{i}' id='input_{form_id}_{i}' type='{base}' value='' class='large' {aria} aria-invalid=\"false\" /></div>"
        tag, lab = ("fieldset", f"<legend class='gfield_label gform-field-label' >{label}{req}</legend>") if base in ("radio", "checkbox") else \
            ("div", f"<label class='gfield_label gform-field-label' for='input_{form_id}_{i}'>{label}{req}</label>")
        rows.append(f'<{tag} id="field_{form_id}_{i}" class="gfield gfield--type-{base} gfield--width-full{" gfield_contains_required" if required else ""} field_sublabel_below gfield--no-description field_description_below gfield_visibility_visible" data-js-reload="field_{form_id}_{i}">{lab}{ctrl}</{tag}>')
    heading = f"<div class='gform_heading'><h2 class=\"gform_title\">{title}</h2></div>" if title else ""
    return f"""<div class='gf_browser_chrome gform_wrapper gravity-theme gform-theme--no-framework' data-form-theme='gravity-theme' data-form-index='0' id='gform_wrapper_{form_id}' >{heading}
<form method='post' enctype='multipart/form-data' id='gform_{form_id}' action='{escape(action)}' data-formid='{form_id}' novalidate>
<div class='gform-body gform_body'><div id='gform_fields_{form_id}' class='gform_fields top_label form_sublabel_below description_below validation_below'>{"".join(rows)}</div></div>
<div class='gform_footer top_label'> <input type='submit' id='gform_submit_button_{form_id}' class='gform_button button' value='{button}' />
<input type='hidden' class='gform_hidden' name='is_submit_{form_id}' value='1' /><input type='hidden' class='gform_hidden' name='gform_submit' value='{form_id}' />
<input type='hidden' class='gform_hidden' name='gform_unique_id' value='' /><input type='hidden' class='gform_hidden' name='state_{form_id}' value='{_hex(action, 40)}' />
<input type='hidden' class='gform_hidden' name='gform_target_page_number_{form_id}' id='gform_target_page_number_{form_id}' value='0' /></div></form></div>"""


# ---------------------------------------------------------------- Drupal 10 (Poll, Comment, Webform)

def drupal_with_sidebar(main, *blocks):
    return (f'<div class="layout-content">{main}</div>'
            f'<aside class="layout-sidebar-second" role="complementary"><div class="region region-sidebar-second">{"".join(blocks)}</div></aside>')


def drupal_block(block_id, cls, title, inner):
    return (f'<div id="block-{block_id}" class="block {cls}">'
            f'<h2 class="block__title">{title}</h2><div class="block__content">{inner}</div></div>')


def drupal_poll(poll_id, question, choices, action, first_choice=1):
    """The voting form of the Poll module (drupal/poll 8.x-1.x): poll_view_form_<id>, radios "choice", button "Voter"."""
    radios = "".join(
        f'<div class="js-form-item form-item js-form-type-radio form-type-radio js-form-item-choice form-item-choice">'
        f'<input data-drupal-selector="edit-choice-{first_choice + i}" type="radio" id="edit-choice-{first_choice + i}" name="choice" value="{first_choice + i}" class="form-radio" />'
        f'<label for="edit-choice-{first_choice + i}" class="option">{c}</label></div>' for i, c in enumerate(choices))
    return f"""<div class="poll"><form class="poll-view-form poll-view-form-{poll_id}" data-drupal-selector="poll-view-form-{poll_id}" action="{escape(action)}" method="post" id="poll-view-form-{poll_id}" accept-charset="UTF-8">
<div class="poll-question"><h3>{question}</h3></div>
<fieldset data-drupal-selector="edit-choice" id="edit-choice--wrapper" class="fieldgroup form-composite js-form-item form-item js-form-wrapper form-wrapper">
<legend><span class="visually-hidden fieldset-legend">Choix</span></legend><div class="fieldset-wrapper"><div id="edit-choice" class="form-radios">{radios}</div></div></fieldset>
<div data-drupal-selector="edit-actions" class="form-actions js-form-wrapper form-wrapper" id="edit-actions--poll-{poll_id}">
<input data-drupal-selector="edit-vote" type="submit" id="edit-vote" name="op" value="Voter" class="button js-form-submit form-submit" />
<input data-drupal-selector="edit-result" type="submit" id="edit-result" name="op" value="Voir les résultats" class="button js-form-submit form-submit" /></div>
<input autocomplete="off" data-drupal-selector="form-{_hex(f'poll{poll_id}', 22)}" type="hidden" name="form_build_id" value="form-{_hex(f'poll{poll_id}', 22)}" />
<input data-drupal-selector="edit-poll-view-form-{poll_id}" type="hidden" name="form_id" value="poll_view_form_{poll_id}" />
</form></div>"""


def drupal_poll_results(question, rows, total):
    """The results view of a closed Drupal poll (poll-results template): bars, no radios."""
    bars = "".join(f'<dt class="choice-title">{label}</dt><dd class="choice-result"><div class="foreground" style="width: {pct}%"></div>'
                   f'<div class="percent">{pct}% ({votes} votes)</div></dd>' for label, pct, votes in rows)
    return (f'<div class="poll"><div class="poll-question"><h3>{question}</h3></div><dl>{bars}</dl>'
            f'<div class="total">Total des votes : {total}</div><p class="poll-closed">Ce sondage est fermé.</p></div>')


def drupal_comments(node_id, comments, form=True, first_id=300):
    """Comments under a Drupal node (comment module, Olivero-like markup) and the comment form."""
    arts = []
    for i, (author, date, subject, text, reply_to) in enumerate(comments):
        cid = first_id + i
        indent = ' class="indented"' if reply_to else ""
        art = (f'<article data-comment-user-id="0" id="comment-{cid}" class="comment js-comment by-anonymous" role="article" data-drupal-selector="comment-{cid}">'
               f'<span class="hidden" data-comment-timestamp="{1700000000 + cid * 3600}"></span>'
               f'<div class="comment__picture-wrapper"><div class="comment__picture"></div></div>'
               f'<div class="comment__text-wrapper"><footer class="comment__meta"><p class="comment__author"><span>{author}</span></p>'
               f'<p class="comment__time">{date}</p></footer>'
               f'<div class="comment__content"><h3><a href="/comment/{cid}#comment-{cid}" class="permalink" rel="bookmark" hreflang="fr">{subject}</a></h3>'
               f'<div class="clearfix text-formatted field field--name-comment-body field--type-text-long field--label-hidden field__item"><p>{text}</p></div></div>'
               f'<ul class="links inline comment__links"><li class="comment-reply"><a href="/comment/reply/node/{node_id}/comment/{cid}">Répondre</a></li></ul></div></article>')
        arts.append(f'<div{indent}>{art}</div>' if reply_to else art)
    count = f'<h2 class="comments__title">Commentaires <span class="comments__count">{len(comments)}</span></h2>' if comments else ""
    form_html = ""
    if form:
        bid = _hex(f"comment{node_id}", 22)
        form_html = f"""<div class="comment-form__wrapper"><h2 class="comment-form__title">Ajouter un commentaire</h2>
<form class="comment-comment-form comment-form" data-drupal-selector="comment-form" action="/comment/reply/node/{node_id}/comment" method="post" id="comment-form" accept-charset="UTF-8">
<div class="js-form-item form-item js-form-type-textfield form-type-textfield js-form-item-name form-item-name">
<label for="edit-name" class="js-form-required form-required form-item__label">Votre nom</label>
<input data-drupal-default-value="Anonyme (non vérifié)" data-drupal-selector="edit-name" type="text" id="edit-name" name="name" value="" size="30" maxlength="60" class="form-text required form-element form-element--type-text" required="required" /></div>
<div class="js-form-item form-item js-form-type-email form-type-email js-form-item-mail form-item-mail">
<label for="edit-mail" class="js-form-required form-required form-item__label">Courriel</label>
<input data-drupal-selector="edit-mail" type="email" id="edit-mail" name="mail" value="" size="30" maxlength="64" class="form-email required form-element form-element--type-email" required="required" />
<div class="form-item__description">Le contenu de ce champ est gardé privé et ne sera pas montré publiquement.</div></div>
<div class="field--type-text-long field--name-comment-body field--widget-text-textarea js-form-wrapper form-wrapper" data-drupal-selector="edit-comment-body-wrapper" id="edit-comment-body-wrapper">
<div class="js-form-item form-item js-form-type-textarea form-type-textarea js-form-item-comment-body-0-value form-item-comment-body-0-value">
<label for="edit-comment-body-0-value" class="js-form-required form-required form-item__label">Commentaire</label>
<div class="form-textarea-wrapper"><textarea data-drupal-selector="edit-comment-body-0-value" id="edit-comment-body-0-value" name="comment_body[0][value]" rows="5" cols="60" class="form-textarea required resize-vertical form-element form-element--type-textarea" required="required"></textarea></div></div></div>
<input autocomplete="off" data-drupal-selector="form-{bid}" type="hidden" name="form_build_id" value="form-{bid}" />
<input data-drupal-selector="edit-comment-comment-form" type="hidden" name="form_id" value="comment_comment_form" />
<div data-drupal-selector="edit-actions" class="form-actions js-form-wrapper form-wrapper" id="edit-actions"><input data-drupal-selector="edit-submit" type="submit" id="edit-submit--2" name="op" value="Enregistrer" class="button button--primary js-form-submit form-submit" />
<input data-drupal-selector="edit-preview" type="submit" id="edit-preview" name="op" value="Aperçu" class="button js-form-submit form-submit" /></div></form></div>"""
    return (f'<section data-drupal-selector="comments" class="comments" id="comments">{count}'
            f'{"".join(arts)}{form_html}</section>')


def drupal_webform(webform_id, action, elements, submit="Envoyer"):
    """A Webform (6.x) submission form: ``elements`` is a list of (key, label, kind, required) with kind
    textfield, email, tel, textarea, select:<a|b>, radios:<a|b>, checkbox, date."""
    sel = webform_id.replace("_", "-")
    rows = []
    for key, label, kind, required in elements:
        k = key.replace("_", "-")
        req_cls, req_attr = (" js-form-required form-required", ' required="required" aria-required="true"') if required else ("", "")
        base, _, opts = kind.partition(":")
        if base == "textarea":
            ctrl = (f'<div class="form-textarea-wrapper"><textarea data-drupal-selector="edit-{k}" id="edit-{k}" name="{key}" rows="5" cols="60" '
                    f'class="form-textarea{" required" if required else ""} resize-vertical"{req_attr}></textarea></div>')
            rows.append(f'<div class="js-form-item form-item js-form-type-textarea form-type-textarea js-form-item-{k} form-item-{k}">'
                        f'<label for="edit-{k}" class="{req_cls.strip()}">{label}</label>{ctrl}</div>')
        elif base in ("select",):
            o = "".join(f'<option value="{escape(x)}">{x}</option>' for x in opts.split("|"))
            rows.append(f'<div class="js-form-item form-item js-form-type-select form-type-select js-form-item-{k} form-item-{k}">'
                        f'<label for="edit-{k}" class="{req_cls.strip()}">{label}</label><select data-drupal-selector="edit-{k}" id="edit-{k}" name="{key}" class="form-select"{req_attr}><option value="" selected="selected">- Sélectionner -</option>{o}</select></div>')
        elif base == "radios":
            o = "".join(f'<div class="js-form-item form-item js-form-type-radio form-type-radio js-form-item-{k} form-item-{k}">'
                        f'<input data-drupal-selector="edit-{k}-{j}" type="radio" id="edit-{k}-{j}" name="{key}" value="{escape(x)}" class="form-radio" />'
                        f'<label for="edit-{k}-{j}" class="option">{x}</label></div>' for j, x in enumerate(opts.split("|")))
            rows.append(f'<fieldset data-drupal-selector="edit-{k}" id="edit-{k}--wrapper" class="radios--wrapper fieldgroup form-composite webform-composite-visible-title js-webform-type-radios webform-type-radios js-form-item form-item js-form-wrapper form-wrapper">'
                        f'<legend><span class="fieldset-legend{req_cls}">{label}</span></legend><div class="fieldset-wrapper"><div id="edit-{k}" class="js-webform-radios webform-options-display-one-column form-radios">{o}</div></div></fieldset>')
        elif base == "checkbox":
            rows.append(f'<div class="js-form-item form-item js-form-type-checkbox form-type-checkbox js-form-item-{k} form-item-{k}">'
                        f'<input data-drupal-selector="edit-{k}" type="checkbox" id="edit-{k}" name="{key}" value="1" class="form-checkbox"{req_attr} />'
                        f'<label for="edit-{k}" class="option{req_cls}">{label}</label></div>')
        else:
            typ = {"textfield": "text"}.get(base, base)
            rows.append(f'<div class="js-form-item form-item js-form-type-{base} form-type-{base} js-form-item-{k} form-item-{k}">'
                        f'<label for="edit-{k}" class="{req_cls.strip()}">{label}</label>'
                        f'<input data-drupal-selector="edit-{k}" type="{typ}" id="edit-{k}" name="{key}" value="" size="60" class="form-{typ}{" required" if required else ""}"{req_attr} /></div>')
    bid = _hex(webform_id + action, 22)
    return f"""<form class="webform-submission-form webform-submission-add-form webform-submission-{sel}-form webform-submission-{sel}-add-form js-webform-details-toggle webform-details-toggle" data-drupal-selector="webform-submission-{sel}-add-form" action="{escape(action)}" method="post" id="webform-submission-{sel}-add-form" accept-charset="UTF-8">
{"".join(rows)}
<div data-drupal-selector="edit-actions" class="form-actions webform-actions js-form-wrapper form-wrapper" id="edit-actions--{sel}"><input class="webform-button--submit button button--primary js-form-submit form-submit" data-drupal-selector="edit-actions-submit" type="submit" id="edit-actions-submit" name="op" value="{submit}" /></div>
<input autocomplete="off" data-drupal-selector="form-{bid}" type="hidden" name="form_build_id" value="form-{bid}" />
<input data-drupal-selector="edit-webform-submission-{sel}-add-form" type="hidden" name="form_id" value="webform_submission_{webform_id}_add_form" />
</form>"""


def drupal_teasers(items):
    """A view of node teasers (views-row): (href, title, date, summary)."""
    rows = "".join(f'<div class="views-row"><article class="node node--type-article node--view-mode-teaser"><h2 class="node__title"><a href="{escape(h)}" rel="bookmark"><span class="field field--name-title">{t}</span></a></h2>'
                   f'<div class="node__meta"><span class="field field--name-created">{d}</span></div><div class="node__content"><div class="field field--name-body field--type-text-with-summary"><p>{s}</p></div></div></article></div>'
                   for h, t, d, s in items)
    return f'<div class="views-element-container"><div class="view view-actualites view-id-actualites view-display-id-block_1"><div class="view-content">{rows}</div></div></div>'


# ---------------------------------------------------------------- SPIP 4 (dist squelettes, forums, Formidable)

def spip_chapo(text):
    return f'<div class="chapo surlignable"><p>{text}</p></div>'


def spip_rubrique_list(items, title="Dans cette rubrique"):
    intro = '<div class="introduction"><p>{}</p></div>'
    lis = "".join(f'<li class="item"><a href="{escape(h)}">{t}</a>{intro.format(s) if s else ""}</li>' for h, t, s in items)
    return f'<div class="menu menu_articles"><h2>{title}</h2><ul class="spip">{lis}</ul></div>'


def spip_forum(article_id, threads, first_id=800):
    """The forum under a SPIP article (dist squelette inclure/forum): threaded messages with their
    "Répondre à ce message" links. ``threads`` is a list of (title, date, author, text, replies)."""
    counter = [first_id]

    def msgs(rows):
        out = []
        for title, date, author, text, replies in rows:
            fid = counter[0]
            counter[0] += 1
            sub = f'<ul>{msgs(replies)}</ul>' if replies else ""
            out.append(
                f'<li class="forum-fil"><div class="forum-message"><div class="forum-chapo">'
                f'<strong class="forum-titre"><a href="#forum{fid}" name="forum{fid}" id="forum{fid}">{title}</a></strong>'
                f'<small>{date}, par <strong>{author}</strong></small></div>'
                f'<div class="forum-texte"><p>{text}</p>'
                f'<p class="repondre"><a href="spip.php?page=forum&amp;id_forum={fid}&amp;id_article={article_id}" rel="noindex nofollow">Répondre à ce message</a></p></div></div>{sub}</li>')
        return "".join(out)

    def count(rows):
        return sum(1 + count(r[4]) for r in rows)

    return (f'<a href="#forum" name="forum" id="forum"></a><div class="forum-total">{count(threads)} Messages de forum</div>'
            f'<ul class="forum">{msgs(threads)}</ul>')


def spip_forum_form(article_id, action):
    """The public forum form of SPIP (formulaires/forum.html): titre, texte, optional name and e-mail."""
    args = _hex(f"forum{article_id}", 48)
    return f"""<h2 class="h2">Un message, un commentaire ?</h2>
<div class="formulaire_spip formulaire_forum ajax" id="formulaire_forum">
<form action="{escape(action)}#formulaire_forum" method="post" enctype="multipart/form-data"><div>
<input name="formulaire_action" type="hidden" value="forum"><input name="formulaire_action_args" type="hidden" value="{args}">
<input name="formulaire_action_sign" type="hidden" value=""><input type="hidden" name="id_article" value="{article_id}">
<input type="hidden" name="id_objet" value="{article_id}"><input type="hidden" name="objet" value="article">
<input type="hidden" name="id_forum" value="0"><input type="hidden" name="arg" value=""><input type="hidden" name="hash" value="">
<input type="hidden" name="verif_" value="ok"><input type="hidden" name="autosave" class="autosaveactive" value="forum_{article_id}"></div>
<p class="explication">Les messages sont modérés a priori : ils n'apparaissent qu'après validation par un modérateur.</p>
<fieldset><legend>Votre message</legend><div class="editer-groupe">
<div class="editer saisie_titre obligatoire"><label for="titre">Titre <em class="aide">(obligatoire)</em></label><input type="text" class="text" name="titre" id="titre" value="" size="60"></div>
<div class="editer saisie_texte obligatoire"><label for="texte">Texte de votre message <em class="aide">(obligatoire)</em></label><p class="explication">Pour créer des paragraphes, laissez simplement des lignes vides.</p>
<textarea name="texte" id="texte" rows="10" cols="60" class="inserer_barre_forum"></textarea></div></div></fieldset>
<fieldset><legend>Qui êtes-vous ?</legend><div class="editer-groupe">
<div class="editer saisie_session_nom"><label for="session_nom">Votre nom</label><input type="text" class="text" name="session_nom" id="session_nom" value="" size="40" autocapitalize="off" autocorrect="off"></div>
<div class="editer saisie_session_email"><label for="session_email">Votre adresse email</label><input type="email" class="text email" name="session_email" id="session_email" value="" size="40" autocapitalize="off" autocorrect="off"></div></div></fieldset>
<p style="display:none;"><label for="nobot_forum">Veuillez laisser ce champ vide :</label><input type="text" class="text" name="nobot" id="nobot_forum" value="" size="10"></p>
<p class="boutons"><input type="submit" class="submit" name="previsualiser_message" value="Prévisualiser"></p></form></div>"""


def spip_comments(article_id, items, action, first_id=900):
    """The "Comments" plugin of SPIP: forums restyled as comments (comments-posts, comment-item) and its form."""
    lis = "".join(
        f'<li class="comment-item comment-fil"><div class="comment hreview" id="comment{first_id + i}">'
        f'<p class="comment-meta"><span class="image"></span><span class="author"><strong class="fn">{author}</strong></span> '
        f'<abbr class="dtreviewed">{date}</abbr> <a href="#comment{first_id + i}" title="Lien permanent vers ce commentaire" class="permalink">#</a></p>'
        f'<div class="comment-content description"><p>{text}</p></div></div></li>' for i, (author, date, text) in enumerate(items))
    listing = (f'<div class="comments-posts"><h2 class="h2">{len(items)} commentaire{"s" if len(items) > 1 else ""}</h2>'
               f'<ul class="comments-items">{lis}</ul></div>') if items else ""
    return (f'<div class="comments" id="comments">{listing}<div class="comment-form"><h2 class="h2">Ajouter un commentaire</h2>'
            f'<div class="formulaire_spip formulaire_forum ajax" id="formulaire_forum"><form action="{escape(action)}#formulaire_forum" method="post">'
            f'<div><input name="formulaire_action" type="hidden" value="forum"><input type="hidden" name="id_article" value="{article_id}">'
            f'<input type="hidden" name="objet" value="article"><input type="hidden" name="id_objet" value="{article_id}"></div>'
            f'<fieldset><div class="editer-groupe"><div class="editer saisie_session_nom obligatoire"><label for="session_nom">Nom</label>'
            f'<input type="text" class="text" name="session_nom" id="session_nom" value="" size="40"></div>'
            f'<div class="editer saisie_session_email"><label for="session_email">Email (non publié)</label><input type="email" class="text email" name="session_email" id="session_email" value="" size="40"></div>'
            f'<div class="editer saisie_texte obligatoire"><label for="texte">Votre commentaire</label><textarea name="texte" id="texte" rows="8" cols="60"></textarea></div></div></fieldset>'
            f'<p class="boutons"><input type="submit" class="submit" value="Envoyer"></p></form></div></div></div>')


def spip_formidable(form_id, slug, action, fields, submit="Envoyer"):
    """A form of the Formidable plugin: ``fields`` is a list of (saisie, label, required, options)
    with saisie input, email, textarea, radio, checkbox or selection; names are <saisie>_<n>."""
    counters, rows = {}, []
    for saisie, label, required, options in fields:
        counters[saisie] = counters.get(saisie, 0) + 1
        name = f"{saisie}_{counters[saisie]}"
        ob = " obligatoire" if required else ""
        star = '<span class="obligatoire"> (obligatoire)</span>' if required else ""
        if saisie in ("radio", "checkbox"):
            o = "".join(f'<div class="choix choix_{escape(str(j))}"><input type="{saisie}" name="{name}{"[]" if saisie == "checkbox" else ""}" class="{saisie}" id="champ_{name}_{j}" value="{j}">'
                        f'<label for="champ_{name}_{j}">{x}</label></div>' for j, x in enumerate(options, 1))
            rows.append(f'<div class="editer editer_{name} saisie_{saisie}{ob} fieldset_choix"><div class="label" id="label_{name}">{label}{star}</div>{o}</div>')
        elif saisie == "selection":
            o = "".join(f'<option value="{j}">{x}</option>' for j, x in enumerate(options, 1))
            rows.append(f'<div class="editer editer_{name} saisie_selection{ob}"><label for="champ_{name}">{label}{star}</label>'
                        f'<select name="{name}" id="champ_{name}"><option value="">— Choisir —</option>{o}</select></div>')
        elif saisie == "textarea":
            rows.append(f'<div class="editer editer_{name} saisie_textarea{ob}"><label for="champ_{name}">{label}{star}</label>'
                        f'<textarea name="{name}" class="textarea" id="champ_{name}" rows="6" cols="40"></textarea></div>')
        else:
            typ = "email" if saisie == "email" else "text"
            rows.append(f'<div class="editer editer_{name} saisie_{saisie}{ob}"><label for="champ_{name}">{label}{star}</label>'
                        f'<input type="{typ}" name="{name}" class="{typ}" id="champ_{name}" value=""></div>')
    return f"""<div class="formulaire_spip formulaire_formidable formulaire_formidable_{form_id} formulaire_formidable-{slug} ajax" id="formulaire_formidable_{form_id}">
<form method="post" action="{escape(action)}#formulaire_formidable_{form_id}" enctype="multipart/form-data"><div>
<input name="formulaire_action" type="hidden" value="formidable"><input name="formulaire_action_args" type="hidden" value="{_hex(slug, 40)}">
<input name="formulaire_action_sign" type="hidden" value=""><input type="hidden" name="formidable_afficher_apres" value="valeurs"></div>
<div class="editer-groupe">{"".join(rows)}</div>
<p style="display: none;"><label for="nobot_{form_id}">Veuillez laisser ce champ vide :</label><input type="text" class="text" name="nobot" id="nobot_{form_id}" value="" size="10"></p>
<p class="boutons"><input type="submit" class="submit" value="{submit}"></p></form></div>"""


# ---------------------------------------------------------------- Joomla 4 (Cassiopeia modules, AcePolls, com_contact)

def joomla_with_sidebar(main, *modules):
    """A Cassiopeia article beside the sidebar-right module position."""
    return (f'<div class="joomla-layout"><div class="joomla-layout__main">{main}</div>'
            f'<div class="grid-child container-sidebar-right">{"".join(modules)}</div></div>')


def joomla_module(title, inner, suffix=""):
    return (f'<div class="sidebar-right card {suffix}"><h3 class="card-header ">{title}</h3>'
            f'<div class="card-body">{inner}</div></div>')


def joomla_acepolls(poll_id, title, options, itemid, first_option=1):
    """The AcePolls module (mod_acepolls), a fork of Joomla 1.5's core com_poll: radios "voteid"."""
    opts = "".join(
        f'<div class="acepolls_option"><input type="radio" name="voteid" id="voteid{first_option + i}" value="{first_option + i}" class="inputbox" />'
        f'<label for="voteid{first_option + i}" class="acepolls_label">{o}</label></div>' for i, o in enumerate(options))
    return f"""<div class="acepolls mod_acepolls"><form action="/index.php" method="post" name="poll_vote_{poll_id}" id="poll_vote_{poll_id}">
<div class="acepolls_title"><strong>{title}</strong></div>
<div class="acepolls_options">{opts}</div>
<div class="acepolls_buttons"><input type="submit" name="task_button" class="button btn btn-primary" value="Voter" />
<a class="acepolls_results" href="/index.php?option=com_acepolls&amp;view=poll&amp;id={poll_id}&amp;Itemid={itemid}">Résultats</a></div>
<input type="hidden" name="option" value="com_acepolls" /><input type="hidden" name="task" value="vote" />
<input type="hidden" name="poll_id" value="{poll_id}" /><input type="hidden" name="Itemid" value="{itemid}" />
<input type="hidden" name="{_hex(f'acepolls{poll_id}', 32)}" value="1" /></form></div>"""


def joomla_contact(action, contact_slug):
    """The e-mail form of com_contact (Joomla 4): jform[contact_name], jform[contact_message]..."""
    def group(field, label, ctrl):
        return (f'<div class="control-group"><div class="control-label"><label id="jform_{field}-lbl" for="jform_{field}" class="required">{label}'
                f'<span class="star" aria-hidden="true">&#160;*</span></label></div><div class="controls">{ctrl}</div></div>')
    return f"""<div class="com-contact__form contact-form"><form id="contact-form" action="{escape(action)}" method="post" class="com-contact__form form-validate">
<fieldset class="m-0"><legend>Envoyer un e-mail</legend>
<div class="control-group field-spacer"><div class="control-label"><span class="spacer"><span class="before"></span><span class="text"><label id="jform_spacer-lbl"><strong class="red">*</strong> Champ requis</label></span><span class="after"></span></span></div><div class="controls"> </div></div>
{group("contact_name", "Nom", '<input type="text" name="jform[contact_name]" id="jform_contact_name" value="" class="form-control required" size="30" required autocomplete="name">')}
{group("contact_email", "E-mail", '<input type="email" inputmode="email" name="jform[contact_email]" class="form-control validate-email required" id="jform_contact_email" value="" size="30" autocomplete="email" required>')}
{group("contact_emailmsg", "Sujet", '<input type="text" name="jform[contact_subject]" id="jform_contact_emailmsg" value="" class="form-control required" size="60" required>')}
{group("contact_message", "Message", '<textarea name="jform[contact_message]" id="jform_contact_message" cols="50" rows="10" class="form-control required" maxlength="3000" required></textarea>')}
<div class="control-group"><div class="control-label"><label id="jform_contact_email_copy-lbl" for="jform_contact_email_copy">Envoyer une copie à vous-même</label></div>
<div class="controls"><input type="checkbox" name="jform[contact_email_copy]" id="jform_contact_email_copy" value="1"></div></div></fieldset>
<div class="control-group"><div class="controls"><button class="btn btn-primary validate" type="submit">Envoyer un e-mail</button>
<input type="hidden" name="option" value="com_contact"><input type="hidden" name="task" value="contact.submit"><input type="hidden" name="return" value="">
<input type="hidden" name="id" value="{contact_slug}"><input type="hidden" name="{_hex(contact_slug, 32)}" value="1"></div></div></form></div>"""


def joomla_blog(items):
    """A category blog (com_content, blog layout): (href, title, date, intro)."""
    rows = "".join(
        f'<div class="com-content-category-blog__item blog-item" itemprop="blogPost" itemscope itemtype="https://schema.org/BlogPosting">'
        f'<div class="item-content"><div class="page-header"><h2 itemprop="name"><a href="{escape(h)}" itemprop="url">{t}</a></h2></div>'
        f'<dl class="article-info text-muted"><dt class="article-info-term">Détails</dt><dd class="published"><span class="icon-calendar icon-fw" aria-hidden="true"></span>'
        f'<time itemprop="datePublished">Publication : {d}</time></dd></dl><p>{s}</p>'
        f'<p class="readmore"><a class="btn btn-secondary" href="{escape(h)}" aria-label="Lire la suite : {escape(t)}">Lire la suite…</a></p></div></div>'
        for h, t, d, s in items)
    return f'<div class="com-content-category-blog blog" itemscope itemtype="https://schema.org/Blog"><div class="com-content-category-blog__items blog-items">{rows}</div></div>'


# ---------------------------------------------------------------- TYPO3 12 (fluid_styled_content, ext:form, ext:news, an Extbase register)

def t3_text(uid, header, html):
    return (f'<div id="c{uid}" class="frame frame-default frame-type-text frame-layout-0">'
            f'<header><h2 class="element-header">{header}</h2></header>{html}</div>')


def t3_news_list(items):
    """ext:news list view: (href, title, date, teaser)."""
    rows = "".join(
        f'<div class="article articletype-0" itemscope="itemscope" itemtype="http://schema.org/Article">'
        f'<div class="header"><h3><a title="{escape(t)}" href="{escape(h)}"><span itemprop="headline">{t}</span></a></h3></div>'
        f'<div class="footer"><p><span class="news-list-date"><time itemprop="datePublished">{d}</time></span></p></div>'
        f'<div class="teaser-text"><div itemprop="description"><p>{s}</p></div>'
        f'<a class="more" title="{escape(t)}" href="{escape(h)}">Lire la suite</a></div></div>' for h, t, d, s in items)
    return f'<div class="news"><div class="news-list-view" id="news-container-214">{rows}</div></div>'


def t3_form(identifier, action, fields, submit="Envoyer"):
    """A form of the TYPO3 Form framework (ext:form): ``fields`` is a list of (element, label, required)
    with element text-1, email-1, textarea-1, singleselect-1:<a|b>, radiobutton-1:<a|b>, checkbox-1."""
    ns = f"tx_form_formframework[{identifier}]"
    rows = []
    for element, label, required in fields:
        el, _, opts = element.partition(":")
        fid = f"{identifier}-{el}"
        star = '<span class="required">*</span>' if required else ""
        req = ' required="required"' if required else ""
        if el.startswith("textarea"):
            ctrl = f'<textarea{req} class="xxlarge form-control" id="{fid}" name="{ns}[{el}]"></textarea>'
        elif el.startswith("singleselect"):
            o = "".join(f'<option value="{escape(x)}">{x}</option>' for x in opts.split("|"))
            ctrl = f'<select{req} class="form-control" id="{fid}" name="{ns}[{el}]"><option value="">Veuillez choisir</option>{o}</select>'
        elif el.startswith("radiobutton"):
            o = "".join(f'<div class="form-check"><label class="add-on form-check-label" for="{fid}-{j}"><input{req} class="add-on" id="{fid}-{j}" type="radio" name="{ns}[{el}]" value="{escape(x)}" /><span>{x}</span></label></div>'
                        for j, x in enumerate(opts.split("|")))
            rows.append(f'<div class="form-group"><fieldset class="form-group" id="{fid}"><legend class="form-label">{label}{star}</legend><div class="input">{o}</div></fieldset></div>')
            continue
        elif el.startswith("checkbox"):
            rows.append(f'<div class="form-group"><div class="input checkbox"><div class="form-check"><label class="add-on form-check-label" for="{fid}">'
                        f'<input type="hidden" name="{ns}[{el}]" value="" /><input{req} class="add-on" id="{fid}" type="checkbox" name="{ns}[{el}]" value="1" /><span>{label}{star}</span></label></div></div></div>')
            continue
        else:
            typ = "email" if el.startswith("email") else ("tel" if el.startswith("telephone") else "text")
            ctrl = f'<input{req} class="form-control" id="{fid}" type="{typ}" name="{ns}[{el}]" value="" />'
        rows.append(f'<div class="form-group"><label class="form-label" for="{fid}">{label}{star}</label><div class="input">{ctrl}</div></div>')
    return f"""<form enctype="multipart/form-data" method="post" id="{identifier}" action="{escape(action)}?tx_form_formframework%5Baction%5D=perform&amp;tx_form_formframework%5Bcontroller%5D=FormFrontend&amp;cHash={_hex(identifier + action, 32)}#{identifier}">
<div><input type="hidden" name="{ns}[__state]" value="{_hex(identifier, 40)}" /><input type="hidden" name="{ns}[__trustedProperties]" value="{_hex(identifier + 'tp', 40)}" />
<input type="hidden" name="{ns}[__currentPage]" value="" /></div>
{"".join(rows)}
<input autocomplete="{_hex(identifier, 6)}" aria-hidden="true" id="{identifier}-hp" style="position:absolute; margin:0 0 0 -999em;" tabindex="-1" type="text" name="{ns}[{_hex(identifier + 'hp', 8)}]" />
<nav class="form-navigation"><div class="btn-toolbar" role="toolbar"><div class="btn-group" role="group"><span class="btn-group next submit"><button class="btn btn-primary" type="submit" name="{ns}[__currentPage]" value="1">{submit}</button></span></div></div></nav>
</form>"""


def t3_petition_list(items, base):
    """The list view of an Extbase register of petitions: (slug, title, status, signatures, threshold, deadline)."""
    rows = []
    for slug, title, status, sigs, threshold, deadline in items:
        pct = min(100, round(100 * sigs / threshold))
        rows.append(
            f'<li class="petition-item petition-item--{status}"><article class="petition-card"><h3 class="petition-card__title">'
            f'<a href="{base}/detail/{slug}">{title}</a></h3><p class="petition-card__status"><span class="badge">{ {"ouverte": "En cours de signature", "close": "Clôturée", "reponse": "Réponse du conseil"}[status]}</span></p>'
            f'<div class="petition-card__progress" role="progressbar" aria-valuenow="{sigs}" aria-valuemin="0" aria-valuemax="{threshold}"><span style="width:{pct}%"></span></div>'
            f'<p class="petition-card__count"><strong>{sigs}</strong> signatures sur {threshold} nécessaires · {deadline}</p></article></li>')
    return f'<div class="tx-vil-petitions"><ul class="petition-list">{"".join(rows)}</ul></div>'


def t3_petition_sign(petition_id, action):
    """The signing form of that register: Extbase argument names tx_vilpetitions_petition[signature][...]."""
    ns = "tx_vilpetitions_petition"
    return f"""<div class="tx-vil-petitions"><form method="post" name="signature" class="petition-sign" action="{escape(action)}?tx_vilpetitions_petition%5Baction%5D=sign&amp;tx_vilpetitions_petition%5Bcontroller%5D=Petition&amp;cHash={_hex(action, 32)}">
<div><input type="hidden" name="{ns}[__referrer][@extension]" value="VilPetitions" /><input type="hidden" name="{ns}[__referrer][@controller]" value="Petition" />
<input type="hidden" name="{ns}[__referrer][@action]" value="show" /><input type="hidden" name="{ns}[__trustedProperties]" value="{_hex(action + 'tp', 40)}" />
<input type="hidden" name="{ns}[petition]" value="{petition_id}" /></div>
<fieldset><legend>Je signe cette pétition</legend>
<div class="form-group"><label for="sig-nom">Nom *</label><input class="form-control" id="sig-nom" type="text" name="{ns}[signature][lastName]" required="required" /></div>
<div class="form-group"><label for="sig-prenom">Prénom *</label><input class="form-control" id="sig-prenom" type="text" name="{ns}[signature][firstName]" required="required" /></div>
<div class="form-group"><label for="sig-mail">Adresse électronique *</label><input class="form-control" id="sig-mail" type="email" name="{ns}[signature][email]" required="required" /></div>
<div class="form-group"><label for="sig-cp">Code postal *</label><input class="form-control" id="sig-cp" type="text" name="{ns}[signature][zip]" inputmode="numeric" required="required" /></div>
<div class="form-check"><input type="hidden" name="{ns}[signature][resident]" value="" /><input class="form-check-input" id="sig-res" type="checkbox" name="{ns}[signature][resident]" value="1" required="required" />
<label class="form-check-label" for="sig-res">J'atteste résider, travailler ou être inscrit sur les listes électorales de la commune.</label></div>
<div class="form-check"><input type="hidden" name="{ns}[signature][publicName]" value="" /><input class="form-check-input" id="sig-pub" type="checkbox" name="{ns}[signature][publicName]" value="1" />
<label class="form-check-label" for="sig-pub">J'accepte que mon nom apparaisse dans la liste publique des signataires.</label></div>
<button type="submit" class="btn btn-primary">Signer</button></fieldset></form></div>"""


def t3_petition_new(action):
    """The form that files a new petition in the register."""
    ns = "tx_vilpetitions_petition"
    return f"""<div class="tx-vil-petitions"><form method="post" name="newPetition" class="petition-new" action="{escape(action)}?tx_vilpetitions_petition%5Baction%5D=create&amp;tx_vilpetitions_petition%5Bcontroller%5D=Petition&amp;cHash={_hex(action, 32)}">
<div><input type="hidden" name="{ns}[__referrer][@extension]" value="VilPetitions" /><input type="hidden" name="{ns}[__referrer][@action]" value="new" />
<input type="hidden" name="{ns}[__trustedProperties]" value="{_hex(action + 'new', 40)}" /></div>
<div class="form-group"><label for="pet-titre">Titre de la pétition *</label><input class="form-control" id="pet-titre" type="text" name="{ns}[newPetition][title]" maxlength="120" required="required" /></div>
<div class="form-group"><label for="pet-objet">Objet et motifs *</label><textarea class="form-control" id="pet-objet" name="{ns}[newPetition][description]" rows="10" required="required"></textarea></div>
<div class="form-group"><label for="pet-demande">Ce que vous demandez au conseil municipal *</label><textarea class="form-control" id="pet-demande" name="{ns}[newPetition][request]" rows="4" required="required"></textarea></div>
<div class="form-group"><label for="pet-nom">Nom du premier signataire *</label><input class="form-control" id="pet-nom" type="text" name="{ns}[newPetition][author]" required="required" /></div>
<div class="form-group"><label for="pet-mail">Adresse électronique *</label><input class="form-control" id="pet-mail" type="email" name="{ns}[newPetition][email]" required="required" /></div>
<button type="submit" class="btn btn-primary">Déposer la pétition</button></form></div>"""


# ---------------------------------------------------------------- Publik (combo portal cells, w.c.s. forms)

def combo_cell(cls, title, inner):
    return f'<div class="cell {cls}"><div><h2>{title}</h2>{inner}</div></div>'


def combo_links(title, items, cls="wcs-forms-of-category-cell"):
    lis = "".join(f'<li><a href="{escape(h)}">{t}</a></li>' for h, t in items)
    return combo_cell(cls, title, f'<ul class="links-list">{lis}</ul>')


def combo_ajax_cell(url, cls="wcs-form-cell"):
    """A cell that combo loads after the page, from its /ajax/cell/ URL (the text here is all that is served first)."""
    return (f'<div class="cell {cls} ajax-loaded" data-ajax-cell-url="{escape(url)}" data-ajax-cell-loading-message="Chargement…" '
            f'data-ajax-cell-error-message="Le contenu n\'a pas pu être chargé." data-ajax-cell-must-load="true"><div></div></div>')


def wcs_form(form_slug, action, fields, submit="Valider", page_title=""):
    """A w.c.s. form as Publik renders it (quixote widgets): ``fields`` is a list of (varname, label, widget,
    required) with widget StringWidget, EmailWidget, TextWidget, SingleSelectWidget:<a|b>, RadiobuttonsWidget:<a|b>,
    DateWidget or CheckboxWidget."""
    rows = []
    for i, (var, label, widget, required) in enumerate(fields, 1):
        w, _, opts = widget.partition(":")
        req = '<span title="Ce champ est obligatoire." class="required">*</span>' if required else ""
        aria = ' aria-required="true"' if required else ""
        if w == "TextWidget":
            ctrl = f'<textarea id="form_f{i}" name="f{i}" cols="72" rows="8"{aria}></textarea>'
        elif w == "SingleSelectWidget":
            o = "".join(f'<option value="{escape(x)}">{x}</option>' for x in opts.split("|"))
            ctrl = f'<select id="form_f{i}" name="f{i}"{aria}><option value="" data-hint="">—</option>{o}</select>'
        elif w == "RadiobuttonsWidget":
            ctrl = "".join(f'<label><input type="radio" name="f{i}" value="{escape(x)}"{aria} /><span>{x}</span></label>' for x in opts.split("|"))
        elif w == "CheckboxWidget":
            ctrl = f'<label><input type="checkbox" id="form_f{i}" name="f{i}" value="yes"{aria} /><span>{label}</span></label>'
        else:
            typ = {"EmailWidget": "email", "DateWidget": "date"}.get(w, "text")
            ctrl = f'<input id="form_f{i}" name="f{i}" type="{typ}"{aria} />'
        rows.append(f'<div class="field widget {w} template-{var}{" widget-required" if required else ""}" id="var_{var}" data-field-id="{i}" data-widget-name="f{i}">'
                    f'<div class="title"><label for="form_f{i}">{label}</label>{req}</div><div class="content">{ctrl}</div></div>')
    title = f'<h2 class="wcs-form-title">{page_title}</h2>' if page_title else ""
    return f"""<div id="wcs-form-{form_slug}" class="wcs-form">{title}
<form class="quixote" action="{escape(action)}" method="post" enctype="multipart/form-data" novalidate="novalidate" data-has-draft="" data-live-url="{escape(action)}live">
<input type="hidden" name="_form_id" value="{_hex(form_slug, 32)}" /><input type="hidden" name="step" value="0" /><input type="hidden" name="page" value="1" />
<div class="form-pages">{"".join(rows)}</div>
<div class="buttons submit"><div class="submit-button buttons"><button name="submit" value="{submit}">{submit}</button></div>
<div class="cancel-button buttons"><button name="cancel" formnovalidate="true">Abandonner</button></div></div>
<input type="hidden" name="_ts" value="{_n(form_slug, 10 ** 9, 1700000000)}" /></form></div>"""


# ---------------------------------------------------------------- Decidim 0.28

def decidim_space_nav(base, components, current=""):
    lis = "".join(f'<li><a class="participatory-space__nav-item{" is-active" if href == current else ""}" href="{base}{href}">{label}</a></li>'
                  for href, label in components)
    return (f'<nav class="participatory-space__nav-container" aria-label="Composants"><ul class="participatory-space__nav">{lis}</ul></nav>')


def decidim_process_card(href, title, step, dates, summary):
    return (f'<a href="{escape(href)}" class="card__grid"><div class="card__grid-img"></div><div class="card__grid-text">'
            f'<h3 class="card__grid-title h4 text-secondary">{title}</h3><p class="card__grid-metadata">{step} · {dates}</p>'
            f'<div class="card__grid-description">{summary}</div></div></a>')


def decidim_hero(title, subtitle, step, dates, description):
    return (f'<section class="participatory-space__hero"><div class="participatory-space__hero-content"><p class="participatory-space__hero-subtitle">{subtitle}</p>'
            f'<h2 class="h1 participatory-space__hero-title">{title}</h2></div></section>'
            f'<section class="participatory-space__metadata"><div class="participatory-space__metadata-item"><span>Phase en cours</span><strong>{step}</strong></div>'
            f'<div class="participatory-space__metadata-item"><span>Dates</span><strong>{dates}</strong></div></section>'
            f'<section class="content-block"><div class="editor-content">{description}</div></section>')


def decidim_proposals(component_path, items, new=True):
    """The proposals index: (id, title, state, supports, comments)."""
    cards = "".join(
        f'<a href="{component_path}/proposals/{pid}" class="card__list" id="proposals__proposal_{pid}"><div class="card__list-content">'
        f'<h3 class="card__list-title">{title}</h3><div class="card__list-metadata">'
        f'{f"<span class=label>{state}</span>" if state else ""}<div class="proposal-votes"><span>{supports}</span> soutiens</div>'
        f'<div class="card__list-metadata-comments"><span>{comments}</span> commentaires</div></div></div></a>'
        for pid, title, state, supports, comments in items)
    button = (f'<a class="button button__sm button__secondary" href="/users/sign_in" data-controls="loginModal" data-redirect-url="{component_path}/proposals/new">'
              f'<span>Nouvelle proposition</span></a>') if new else ""
    return (f'<div class="layout-main__buttons">{button}</div><div class="proposal-list__filters"><form class="new_filter" action="{component_path}/proposals" method="get">'
            f'<input type="search" name="filter[search_text_cont]" placeholder="Rechercher une proposition" /></form></div>'
            f'<div id="proposals"><div class="card__list-list">{cards}</div></div>')


def decidim_comments(commentable, gid, items, can_comment=False):
    """Decidim comments: existing threads (comment__header, comment__content) and, for a visitor,
    the invitation to sign in that stands where the form would be."""
    rows = []
    for i, (author, date, text, replies) in enumerate(items):
        cid = _n(f"{gid}{i}", 9000, 1000)
        reps = "".join(
            f'<div id="comment_{cid + 1 + j}" class="comment comment__as-answer" data-comment-id="{cid + 1 + j}"><div class="comment__header"><div class="author"><span class="author__name">{ra}</span></div>'
            f'<span class="comment__date">{rd}</span></div><div class="comment__content"><div class="rich-text-display"><p>{rt}</p></div></div></div>'
            for j, (ra, rd, rt) in enumerate(replies))
        rows.append(
            f'<div id="comment_{cid}" class="comment" data-comment-id="{cid}"><div class="comment__header"><div class="author"><span class="author__name">{author}</span></div>'
            f'<span class="comment__date">{date}</span></div><div class="comment__content"><div class="rich-text-display"><p>{text}</p></div></div>'
            f'<div class="comment__footer"><div class="comment__footer-grid"><button class="button button__sm button__text-secondary" data-controls="panel-comment{cid}-reply">Répondre</button></div></div>'
            f'<div class="comment__thread">{reps}</div></div>')
    if can_comment:
        form = (f'<form class="new_comment" id="new_comment_for_{commentable}" action="/comments" accept-charset="UTF-8" data-remote="true" method="post">'
                f'<input type="hidden" name="comment[commentable_gid]" value="{gid}" /><label for="add-comment-{commentable}">Ajouter un commentaire</label>'
                f'<textarea name="comment[body]" id="add-comment-{commentable}" maxlength="1000" rows="4"></textarea>'
                f'<button type="submit" class="button button__sm button__secondary">Publier le commentaire</button></form>')
    else:
        form = ('<div class="comment__form-login"><p>Connectez-vous avec votre compte ou inscrivez-vous '
                'pour ajouter votre commentaire.</p><a class="button button__sm button__secondary" href="/users/sign_in">Se connecter</a></div>')
    return (f'<section class="comments" id="comments-for-{commentable}" data-decidim-comments=\'{{"commentableGid":"{gid}","commentsUrl":"/comments"}}\'>'
            f'<h2 class="h4 comments__title"><span class="comments-count">{sum(1 + len(r[3]) for r in items)}</span> commentaires</h2>'
            f'<div class="comment-threads">{"".join(rows)}</div><div class="add-comment">{form}</div></section>')


def decidim_budget_projects(component_path, budget_id, total, items):
    """The projects of one budget: the summary of the vote and (id, title, amount, summary) rows."""
    rows = "".join(
        f'<div class="budget-list__item" id="project-{pid}-item"><a href="{component_path}/budgets/{budget_id}/projects/{pid}" class="budget-list__text">'
        f'<h3 class="h4">{title}</h3><p>{summary}</p></a><div class="budget-list__data"><span class="budget-list__number">{amount}</span>'
        f'<button class="button button__sm button__transparent-secondary budget-list__action" data-add="true" data-project-id="{pid}" '
        f'data-controls="loginModal" aria-label="Ajouter {escape(title)} à votre vote">Ajouter</button></div></div>'
        for pid, title, amount, summary in items)
    return (f'<div class="budget-summary" id="budget-summary" data-progress-reference><div class="budget-summary__content">'
            f'<p class="h4">Vous avez attribué <strong>0 €</strong> sur <strong>{total}</strong></p>'
            f'<div class="budget-summary__progressbar"><div class="budget-summary__progressbar-marks"></div></div>'
            f'<button class="button button__sm button__secondary" disabled>Voter</button></div></div>'
            f'<div class="budget-list" id="projects">{rows}</div>')


def decidim_survey(component_path, questions):
    """A survey component: questions as (kind, text, options) with kind single_option, multiple_option or long_answer."""
    blocks = []
    for i, (kind, text, options) in enumerate(questions):
        if kind == "long_answer":
            inner = f'<textarea rows="6" name="questionnaire[responses][{i}][body]" id="questionnaire_responses_{i}"></textarea>'
        else:
            typ = "radio" if kind == "single_option" else "checkbox"
            inner = "".join(
                f'<div class="answer-questionnaire__{"single" if typ == "radio" else "multiple"}-option"><label for="questionnaire_responses_{i}_choices_{j}">'
                f'<input type="{typ}" value="{_n(text, 900, 100) + j}" name="questionnaire[responses][{i}][choices][][answer_option_id]" id="questionnaire_responses_{i}_choices_{j}" />{o}</label></div>'
                for j, o in enumerate(options))
        blocks.append(f'<div class="answer questionnaire-question" data-question-id="{_n(text, 900, 100)}" data-conditioned="false">'
                      f'<label class="answer-questionnaire__question-label" for="questionnaire_responses_{i}">{i + 1}. {text}</label>{inner}</div>')
    return (f'<form class="form-defaults answer-questionnaire" id="answer-questionnaire" action="{component_path}/survey/answer" accept-charset="UTF-8" method="post">'
            f'<input type="hidden" name="authenticity_token" value="{_hex(component_path, 40)}" autocomplete="off" />'
            f'<div class="answer-questionnaire__step"><div class="answer-questionnaire__header">Questionnaire</div>{"".join(blocks)}</div>'
            f'<div class="answer-questionnaire__tos"><label><input type="checkbox" name="questionnaire[tos_agreement]" value="1" required /> '
            f'J\'accepte les conditions d\'utilisation de ce questionnaire</label></div>'
            f'<div class="answer-questionnaire__submit"><button type="submit" class="button button__lg button__secondary" data-confirm="Voulez-vous vraiment envoyer vos réponses ?">Envoyer</button></div></form>')


def decidim_debates(component_path, items):
    """The debates index: (id, title, author, comments, last)."""
    cards = "".join(
        f'<a href="{component_path}/debates/{did}" class="card__list" id="debates__debate_{did}"><div class="card__list-content">'
        f'<h3 class="card__list-title">{title}</h3><div class="card__list-metadata"><div class="author__name">{author}</div>'
        f'<div><span>{comments}</span> commentaires</div><div>Dernier commentaire {last}</div></div></div></a>'
        for did, title, author, comments, last in items)
    return (f'<div class="layout-main__buttons"><a class="button button__sm button__secondary" href="/users/sign_in" data-controls="loginModal" data-redirect-url="{component_path}/debates/new">'
            f'<span>Nouveau débat</span></a></div><div id="debates"><div class="card__list-list">{cards}</div></div>')


# ---------------------------------------------------------------- Cap Collectif (server-rendered parts of its pages)

def capco_project_header(title, steps, current):
    """A project's header and its step tabs: steps as (href, label, kind)."""
    tabs = "".join(f'<li class="step-tab step-tab--{kind}{" active" if href == current else ""}"><a href="{escape(href)}">{label}</a></li>'
                   for href, label, kind in steps)
    return (f'<div id="ProjectHeader" class="project-header"><h2 class="project-header__title">{title}</h2>'
            f'<nav class="project-stepTabs" aria-label="Étapes du projet"><ul class="nav stepTabs">{tabs}</ul></nav></div>')


def capco_proposals(base, items, deposit=True):
    """A collect step: (slug, title, author, district, votes, comments)."""
    cards = "".join(
        f'<li class="proposal-preview list-group-item" id="proposal-{_n(slug)}"><div class="card__body">'
        f'<h3 class="card__title"><a href="{base}/proposals/{slug}">{title}</a></h3><p class="proposal__author">par {author}</p>'
        f'<p class="proposal__district">{district}</p><div class="proposal__counters"><span class="proposal__votes">{votes} votes</span>'
        f'<span class="proposal__comments">{comments} commentaires</span></div></div></li>' for slug, title, author, district, votes, comments in items)
    button = ('<button type="button" id="add-proposal" class="btn btn-primary" data-toggle="login">'
              '<i class="cap cap-add-1"></i> Déposer une proposition</button>') if deposit else ""
    return (f'<div id="ProposalStepPage-react-container" class="proposal-step-page">{button}'
            f'<div class="proposal__step-page__filters"><input type="text" class="form-control" placeholder="Rechercher une proposition" aria-label="Rechercher une proposition"></div>'
            f'<ul class="media-list proposal-preview-list">{"".join(cards)}</ul></div>')


def capco_comments(items, open_=True):
    lis = "".join(f'<li class="opinion opinion--comment"><div class="opinion__header"><span class="opinion__user">{a}</span> '
                  f'<span class="excerpt small">{d}</span></div><p class="opinion__text">{t}</p>'
                  f'<button type="button" class="btn btn-link btn-sm comment-answer-button">Répondre</button></li>' for a, d, t in items)
    form = ('<form id="CommentForm" class="comment-form"><label for="CommentForm-body">Votre commentaire</label>'
            '<textarea id="CommentForm-body" name="body" class="form-control" placeholder="Ajouter un commentaire…"></textarea>'
            '<input type="text" name="authorName" placeholder="Nom ou pseudonyme" class="form-control"><input type="email" name="authorEmail" placeholder="Adresse électronique" class="form-control">'
            '<button type="submit" class="btn btn-primary">Commenter</button></form>') if open_ else ""
    return f'<section id="comments" class="comments__section"><h2>{len(items)} commentaires</h2>{form}<ul class="media-list comments-list">{lis}</ul></section>'


def capco_questionnaire(qid, questions):
    """A questionnaire step: (kind, title, choices) with kind radio, checkbox, textarea, select."""
    blocks = []
    for i, (kind, title, choices) in enumerate(questions, 1):
        name = f"responses.{i}"
        if kind == "textarea":
            ctrl = f'<textarea id="{qid}-q{i}" name="{name}" class="form-control" rows="4"></textarea>'
        elif kind == "select":
            ctrl = f'<select id="{qid}-q{i}" name="{name}" class="form-control"><option value="">Choisir</option>' + \
                "".join(f'<option>{c}</option>' for c in choices) + "</select>"
        else:
            ctrl = "".join(f'<div class="{kind}"><label><input type="{kind}" name="{name}" value="{escape(c)}"> {c}</label></div>' for c in choices)
        blocks.append(f'<div class="form-group questionnaire-question" id="{qid}-question-{i}"><label class="control-label h4" for="{qid}-q{i}">{title}</label>{ctrl}</div>')
    return (f'<div id="QuestionnaireStepPage-react-container"><form id="reply-form-{qid}" class="reply-form" name="ReplyForm">{"".join(blocks)}'
            f'<button type="submit" id="{qid}-submit-create-reply" class="btn btn-primary">Envoyer mes réponses</button></form></div>')


def capco_debate(title, pro, con, votes):
    """A debate step: for and against arguments."""
    def col(side, label, items):
        lis = "".join(f'<li class="debate-argument"><p class="debate-argument__author">{a}</p><p>{t}</p></li>' for a, t in items)
        return f'<div class="debate-column debate-column--{side}"><h3>{label}</h3><ul>{lis}</ul></div>'
    return (f'<div id="DebateStepPage-react-container" class="debate-step"><h2 class="debate-question">{title}</h2>'
            f'<div class="debate-votes"><button class="btn btn-success" data-toggle="login">Pour</button> <button class="btn btn-danger" data-toggle="login">Contre</button>'
            f'<p class="small">{votes} participants ont voté</p></div>'
            f'<form class="debate-argument-form"><label for="argument-body">Votre argument</label><textarea id="argument-body" name="body" class="form-control"></textarea>'
            f'<button type="submit" class="btn btn-primary">Publier mon argument</button></form>'
            f'<div class="debate-columns">{col("for", "Arguments pour", pro)}{col("against", "Arguments contre", con)}</div></div>')


# ---------------------------------------------------------------- Go Vocal (crawler content of its single-page app)

def govocal_project_cards(items):
    """Project cards of the landing page: (slug, title, phase, participants)."""
    cards = "".join(f'<a href="/fr-FR/projects/{slug}" class="e2e-project-card e2e-kanban-card" data-testid="project-card"><div class="ProjectCard-content">'
                    f'<h3 class="e2e-project-card-project-title">{t}</h3><p class="e2e-project-card-time-remaining">{phase}</p>'
                    f'<p class="e2e-project-card-participants">{p} participants</p></div></a>' for slug, t, phase, p in items)
    return f'<section id="e2e-projects-container" class="e2e-projects-list">{cards}</section>'


def govocal_ideas(project_slug, items, post_button="Publier votre idée"):
    """The ideas of an ideation phase: (slug, title, author, likes, comments)."""
    cards = "".join(f'<a href="/fr-FR/ideas/{slug}" class="e2e-idea-card" data-testid="idea-card"><h3 class="e2e-idea-card-title">{t}</h3>'
                    f'<p class="e2e-idea-card-author">{a}</p><span class="e2e-ideacard-like-count">{lk}</span> <span class="e2e-ideacard-comment-count">{c}</span></a>'
                    for slug, t, a, lk, c in items)
    return (f'<div id="e2e-project-ideas"><a href="/fr-FR/projects/{project_slug}/ideas/new" class="e2e-idea-button" data-testid="e2e-idea-button">{post_button}</a>'
            f'<div class="e2e-ideas-list">{cards}</div></div>')


def govocal_comments(items):
    lis = "".join(f'<div class="e2e-comment-thread"><div class="e2e-comment"><p class="e2e-author-name">{a}</p><p class="e2e-comment-date">{d}</p>'
                  f'<div class="e2e-comment-body">{t}</div><button class="e2e-reply-button">Répondre</button></div></div>' for a, d, t in items)
    return (f'<section id="e2e-comments-container"><h2>Commentaires <span>({len(items)})</span></h2>{lis}'
            f'<form id="e2e-comment-form" class="e2e-parent-comment-form"><label for="submit-comment">Écrire un commentaire</label>'
            f'<textarea id="submit-comment" name="comment" placeholder="Écrivez votre commentaire ici"></textarea>'
            f'<button type="submit" class="e2e-submit-parentcomment">Publier</button></form></section>')


# ---------------------------------------------------------------- phpBB 3.3 (prosilver)

def phpbb_forums(categories):
    """The board index: categories as (title, [(forum_id, name, description, topics, posts, last)])."""
    out = []
    for cat, forums in categories:
        rows = "".join(
            f'<li class="row"><dl class="row-item forum_read"><dt title="Aucun message non lu"><div class="list-inner">'
            f'<a href="./viewforum.php?f={fid}" class="forumtitle">{name}</a><br />{desc}</div></dt>'
            f'<dd class="topics">{topics} <dfn>Sujets</dfn></dd><dd class="posts">{posts} <dfn>Messages</dfn></dd>'
            f'<dd class="lastpost"><span><dfn>Dernier message </dfn>{last}</span></dd></dl></li>' for fid, name, desc, topics, posts, last in forums)
        out.append(f'<div class="forabg"><div class="inner"><ul class="topiclist"><li class="header"><dl class="row-item"><dt><div class="list-inner">{cat}</div></dt>'
                   f'<dd class="topics">Sujets</dd><dd class="posts">Messages</dd><dd class="lastpost"><span>Dernier message</span></dd></dl></li></ul>'
                   f'<ul class="topiclist forums">{rows}</ul></div></div>')
    return "".join(out)


def phpbb_topics(forum_id, items):
    """A forum's topic list: (topic_id, title, author, replies, views, last)."""
    rows = "".join(
        f'<li class="row bg{1 + i % 2}"><dl class="row-item topic_read"><dt title="Aucun message non lu"><div class="list-inner">'
        f'<a href="./viewtopic.php?t={tid}" class="topictitle">{title}</a><br /><div class="topic-poster responsive-hide left-box">par <span class="username">{author}</span></div></div></dt>'
        f'<dd class="posts">{replies} <dfn>Réponses</dfn></dd><dd class="views">{views} <dfn>Vues</dfn></dd>'
        f'<dd class="lastpost"><span><dfn>Dernier message </dfn>{last}</span></dd></dl></li>' for i, (tid, title, author, replies, views, last) in enumerate(items))
    return (f'<div class="action-bar bar-top"><a href="./posting.php?mode=post&amp;f={forum_id}" class="button" title="Publier un nouveau sujet"><span>Nouveau sujet</span> <i class="icon fa-pencil fa-fw" aria-hidden="true"></i></a></div>'
            f'<div class="forumbg"><div class="inner"><ul class="topiclist"><li class="header"><dl class="row-item"><dt><div class="list-inner">Sujets</div></dt>'
            f'<dd class="posts">Réponses</dd><dd class="views">Vues</dd><dd class="lastpost"><span>Dernier message</span></dd></dl></li></ul>'
            f'<ul class="topiclist topics">{rows}</ul></div></div>')


def phpbb_posts(topic_id, forum_id, subject, posts, locked=False):
    """A topic: (author, date, text)."""
    FIRST = ' class="first"'
    rows = "".join(
        f'<div id="p{topic_id * 10 + i}" class="post has-profile bg{2 - i % 2}"><div class="inner"><dl class="postprofile" id="profile{topic_id * 10 + i}">'
        f'<dt class="no-profile-rank no-avatar"><span class="username" data-user-id="{_n(a, 900, 50)}">{a}</span></dt></dl>'
        f'<div class="postbody"><div id="post_content{topic_id * 10 + i}"><h3{FIRST if i == 0 else ""}><a href="#p{topic_id * 10 + i}">{"" if i == 0 else "Re: "}{subject}</a></h3>'
        f'<p class="author"><span class="responsive-hide">par <strong>{a}</strong> &raquo; </span>{d}</p>'
        f'<div class="content">{t}</div></div></div></div></div>' for i, (a, d, t) in enumerate(posts))
    action = (f'<a href="./posting.php?mode=reply&amp;t={topic_id}" class="button" title="Publier une réponse"><span>Répondre</span> <i class="icon fa-reply fa-fw" aria-hidden="true"></i></a>'
              if not locked else '<span class="button"><span>Sujet verrouillé</span> <i class="icon fa-lock fa-fw" aria-hidden="true"></i></span>')
    return (f'<div class="action-bar bar-top">{action}</div>{rows}'
            f'<div class="action-bar actions-jump"><p class="jumpbox-return"><a href="./viewforum.php?f={forum_id}" class="left-box arrow-left" accesskey="r">Retourner vers le forum</a></p></div>')


# ---------------------------------------------------------------- Discourse (crawler view)

def discourse_topic_list(items):
    """/latest or a category, crawler view: (href, title, category, replies, date)."""
    rows = "".join(
        f'<tr class="topic-list-item"><td class="main-link" itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem">'
        f'<meta itemprop="position" content="{i + 1}"><span class="link-top-line"><a itemprop="url" href="{escape(h)}" class="title raw-link raw-topic-link">{t}</a></span>'
        f'<div class="link-bottom-line"><a href="{escape(cat[0])}" class="badge-wrapper bullet"><span class="badge-category-bg"></span><span class="badge-category clear-badge"><span class="category-name">{cat[1]}</span></span></a></div></td>'
        f'<td class="replies"><span class="posts" title="messages">{r}</span></td><td class="views"><span class="views" title="vues">{r * 23 + 40}</span></td>'
        f'<td>{d}</td></tr>' for i, (h, t, cat, r, d) in enumerate(items))
    return (f'<div class="topic-list-container" itemscope itemtype="http://schema.org/ItemList"><meta itemprop="itemListOrder" content="http://schema.org/ItemListOrderDescending">'
            f'<table class="topic-list"><thead><tr><th>Sujet</th><th></th><th class="replies">Réponses</th><th class="views">Vues</th><th>Activité</th></tr></thead><tbody>{rows}</tbody></table></div>')


def discourse_topic(title, cat, posts):
    """A topic, crawler view: posts as (username, date, html)."""
    rows = "".join(
        f'<div id="post_{i + 1}" {"itemscope itemtype=http://schema.org/DiscussionForumPosting" if i == 0 else "itemprop=comment itemscope itemtype=http://schema.org/Comment"} class="topic-body crawler-post">'
        f'<div class="crawler-post-meta"><span class="creator" itemprop="author" itemscope itemtype="http://schema.org/Person"><span itemprop="name">{u}</span></span>'
        f'<span class="crawler-post-infos"><time itemprop="datePublished" class="post-time">{d}</time><meta itemprop="position" content="{i + 1}"></span></div>'
        f'<div class="post" itemprop="{"text" if i else "articleBody"}">{t}</div>'
        f'<div itemprop="interactionStatistic" itemscope itemtype="http://schema.org/InteractionCounter"><meta itemprop="interactionType" content="http://schema.org/LikeAction"/><meta itemprop="userInteractionCount" content="{(i * 3) % 7}" /></div></div>'
        for i, (u, d, t) in enumerate(posts))
    return (f'<div id="topic-title"><div class="title-wrapper"><h1><a href="#">{title}</a></h1>'
            f'<div class="topic-category" itemscope itemtype="http://schema.org/BreadcrumbList"><span itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem">'
            f'<a href="{escape(cat[0])}" class="badge-wrapper bullet" itemprop="item"><span class="badge-category-bg"></span><span class="badge-category clear-badge"><span class="category-name" itemprop="name">{cat[1]}</span></span></a>'
            f'<meta itemprop="position" content="1" /></span></div></div></div>{rows}'
            f'<div class="topic-footer-main-buttons"><a href="/login" class="btn btn-primary create">Répondre</a></div>')


# ---------------------------------------------------------------- neighbours' network (community platform)

_KINDS = {"entraide": "Entraide", "pret": "Prêt d'objet", "info": "Info quartier", "evenement": "Événement", "don": "Don"}


def neighbours_feed(items, group=""):
    """Posts of a neighbours' network: (author, quarter, kind, text, replies)."""
    KINDS = _KINDS
    cards = "".join(
        f'<article class="post-card post-card--{kind}"><header class="post-card__header"><span class="post-card__author">{a}</span>'
        f'<span class="post-card__quarter">{q}</span><span class="post-card__kind">{KINDS[kind]}</span></header>'
        f'<div class="post-card__body"><p>{t}</p></div><footer class="post-card__footer"><span class="post-card__replies">{r} réponses</span>'
        f'<a href="/connexion" class="post-card__reply">Répondre</a></footer></article>' for a, q, kind, t, r in items)
    head = f'<h2 class="feed__group">{group}</h2>' if group else ""
    return (f'<section class="feed">{head}<form class="feed__composer" action="/connexion" method="get"><label for="composer">Quoi de neuf dans le quartier ?</label>'
            f'<input id="composer" type="text" name="q" placeholder="Demander un coup de main, prêter, informer…" readonly><button type="submit">Publier</button></form>{cards}</section>')


# ---------------------------------------------------------------- embeds

def framaforms_iframe(slug, title):
    return (f'<iframe src="https://framaforms.org/{slug}" width="100%" height="900" border="0" title="{escape(title)}" '
            f'style="border:0;" loading="lazy"></iframe>'
            f'<p class="small">Le questionnaire ne s\'affiche pas ? <a href="https://framaforms.org/{slug}" target="_blank" rel="noopener">Ouvrir le questionnaire dans un nouvel onglet</a>.</p>')


def msforms_iframe(form_id, title):
    return (f'<iframe width="640px" height="480px" src="https://forms.office.com/Pages/ResponsePage.aspx?id={form_id}&amp;embed=true" '
            f'frameborder="0" marginwidth="0" marginheight="0" style="border: none; max-width:100%; max-height:100vh" title="{escape(title)}" '
            f'allowfullscreen webkitallowfullscreen mozallowfullscreen msallowfullscreen> </iframe>')


def fb_comments(url):
    """The Facebook comments plugin: its SDK and the fb-comments element."""
    return ('<div id="fb-root"></div><script async defer crossorigin="anonymous" src="https://connect.facebook.net/fr_FR/sdk.js#xfbml=1&amp;version=v19.0" nonce="k7Qp2x"></script>'
            f'<div class="fb-comments" data-href="{escape(url)}" data-width="100%" data-numposts="10" data-order-by="reverse_time"></div>')


# ---------------------------------------------------------------- LimeSurvey 6 (the whole document: it has its own layout)

def limesurvey_document(sid, survey_title, description, body, lang="fr", host=""):
    return f"""<!DOCTYPE html>
<html lang="{lang}" dir="ltr" class="{lang} dir-ltr no-js">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta name="generator" content="LimeSurvey http://www.limesurvey.org" />
<title>{escape(survey_title)}</title>
<link rel="stylesheet" type="text/css" href="/tmp/assets/9b8a7c6d/survey.css" />
<link rel="stylesheet" type="text/css" href="/themes/survey/fruity_twentythree/css/theme.css" />
<script type="text/javascript" src="/tmp/assets/2f1e0d9c/jquery-3.7.0.min.js"></script>
<script type="text/javascript" src="/assets/scripts/survey_runtime.js"></script>
<script type="text/javascript">LSvar = {{"bFixNumAuto":1,"bNumRealValue":0,"sLEMdecimal":","}};</script>
</head>
<body class=" fruity_twentythree font-ibm-sans lang-{lang} group-by-group  brand-logo" id="body-{sid}" marginwidth="0" marginheight="0">
<article id="block_{sid}"><div id="beginScripts"></div>
<div class="navbar navbar-default navbar-expand-md fixed-top" id="survey-nav"><div class="container-fluid"><div class="navbar-header logo-container"><span class="navbar-brand">{escape(survey_title)}</span></div></div></div>
<div id="outerframeContainer" class="outerframe container">
<div id="main-col" class="col-12 space-col"><div id="main-row" class="row">
<form id="limesurvey" name="limesurvey" autocomplete="off" class="survey-form-container form" action="/index.php/{sid}?lang={lang}" method="post">
<input type="hidden" value="{_hex(str(sid), 40)}" name="YII_CSRF_TOKEN" />
<div class="survey-container"><div class=" survey-name">{escape(survey_title)}</div><div class="survey-description">{description}</div>
{body}
<input type="hidden" name="fieldnames" value="" id="fieldnames" /><input type="hidden" name="thisstep" value="1" id="thisstep" />
<input type="hidden" name="sid" value="{sid}" id="sid" /><input type="hidden" name="start_time" value="1715000000" id="start_time" />
<div class="row navigator space-col" id="navigator-container"><div class="col-6 text-end">
<button type="submit" id="ls-button-submit" value="movesubmit" name="move" accesskey="n" class="ls-move-btn ls-move-submit-btn btn btn-primary">Envoyer</button></div></div>
</div></form></div></div></div>
<div class="poweredby text-center"><a href="https://www.limesurvey.org" target="_blank" rel="noopener">Donner un sens à vos données avec LimeSurvey</a></div>
<p class="ls-legal text-center"><a href="/mentions-legales">Mentions légales</a></p>
</article></body></html>"""


def limesurvey_plain(site_title, title, body, lang="fr"):
    """LimeSurvey's layout around a page without a survey form: the public list of surveys, an error message."""
    return f"""<!DOCTYPE html>
<html lang="{lang}" dir="ltr" class="{lang} dir-ltr no-js">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta name="generator" content="LimeSurvey http://www.limesurvey.org" />
<title>{escape(site_title)} - {escape(title)}</title>
<link rel="stylesheet" type="text/css" href="/themes/survey/fruity_twentythree/css/theme.css" />
</head>
<body class=" fruity_twentythree lang-{lang} brand-logo" id="body-index">
<div id="survey-nav" class="navbar navbar-default fixed-top"><div class="container-fluid"><span class="navbar-brand">{escape(site_title)}</span></div></div>
<div id="outerframeContainer" class="outerframe container"><div id="main-col" class="col-12 space-col">
<h1 class="ls-survey-title">{escape(title)}</h1>{body}</div></div>
<div class="poweredby text-center"><a href="https://www.limesurvey.org" target="_blank" rel="noopener">Donner un sens à vos données avec LimeSurvey</a></div>
<p class="ls-legal text-center"><a href="/mentions-legales">Mentions légales</a></p>
</body></html>"""


def limesurvey_question(sid, gid, qid, code, text, kind, answers=(), mandatory=True):
    """One question of LimeSurvey's fruity theme: kind L (radio list), M (multiple choice) or T (long text)."""
    sgq = f"{sid}X{gid}X{qid}"
    star = '<span class="text-danger asterisk fa fa-asterisk small"></span><span class="visually-hidden text-danger asterisk">(Ce champ est obligatoire)</span>' if mandatory else ""
    if kind == "T":
        inner = (f'<div class="ls-answers answer-item text-item"><label class="visually-hidden" for="answer{sgq}">Votre réponse</label>'
                 f'<textarea class="form-control textarea" name="{sgq}" id="answer{sgq}" rows="5" cols="40"></textarea></div>')
        cls = "text-long"
    elif kind == "M":
        inner = '<ul class="ls-answers answers-list checkbox-list list-unstyled" role="group">' + "".join(
            f'<li id="javatbd{sgq}SQ{j:03d}" class="question-item answer-item checkbox-item form-check"><input type="checkbox" class="form-check-input" name="{sgq}SQ{j:03d}" id="answer{sgq}SQ{j:03d}" value="Y" />'
            f'<label for="answer{sgq}SQ{j:03d}" class="checkbox-label control-label">{a}</label></li>' for j, a in enumerate(answers, 1)) + "</ul>"
        cls = "multiple-opt"
    else:
        inner = '<ul class="ls-answers answers-list radio-list list-unstyled" role="radiogroup">' + "".join(
            f'<li id="javatbd{sgq}A{j}" class="answer-item radio-item form-check"><input type="radio" class="form-check-input" value="A{j}" name="{sgq}" id="answer{sgq}A{j}" />'
            f'<label for="answer{sgq}A{j}" class="control-label radio-label">{a}</label></li>' for j, a in enumerate(answers, 1)) + "</ul>"
        cls = "list-radio"
    return (f'<div id="question{qid}" class="row {cls}{" mandatory" if mandatory else ""} question-container">'
            f'<div class="question-title-container col-12"><div class="question-number">{code}</div><div class="question-text"><div id="ls-question-text-{sgq}" class="ls-label-question">{star}{text}</div></div></div>'
            f'<div class="question-valid-container text-info col-12"></div><div class="answer-container col-12">{inner}</div></div>')
