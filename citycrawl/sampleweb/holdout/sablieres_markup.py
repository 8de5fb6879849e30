"""Markup helpers of the holdout part "sablieres": the widgets, forms and page layouts of the software that
mid-sized towns of western and central France run (WordPress and its plugins, Drupal Webform, SPIP and
Formidable, Joomla and its components, TYPO3 powermail and news, Publik w.c.s., Decidim, Cap Collectif,
Go Vocal, phpBB, Discourse), plus whole-page layouts for the hosts that no shared theme draws (a home-made
PHP site, Jenparle, Fluicity and iD City)."""
import zlib
from html import escape


def _n(text, mod=9000, base=1000):
    """A stable number drawn from a string (ids, nonces, timestamps)."""
    return zlib.crc32(text.encode()) % mod + base


def _hex(text, size=10):
    return f"{zlib.crc32(text.encode()):08x}{zlib.crc32(text[::-1].encode()):08x}"[:size]


# --------------------------------------------------------------------------------------------- text


def prose(*paras):
    return "".join(f"<p>{p}</p>" for p in paras)


def h2(text, cls=""):
    return f'<h2{f" class={chr(34)}{cls}{chr(34)}" if cls else ""}>{text}</h2>'


def h3(text):
    return f"<h3>{text}</h3>"


def bullets(items, cls=""):
    lis = "".join(f"<li>{i}</li>" for i in items)
    return f'<ul class="{cls}">{lis}</ul>' if cls else f"<ul>{lis}</ul>"


def link(href, label, cls=""):
    return f'<a href="{escape(href)}"{f" class={chr(34)}{cls}{chr(34)}" if cls else ""}>{label}</a>'


def table(head, rows, cls=""):
    th = "".join(f'<th scope="col">{c}</th>' for c in head)
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    return f'<table class="{cls}"><thead><tr>{th}</tr></thead><tbody>{body}</tbody></table>'


def docs(items):
    """Documents listed as the sites list them, (label, file name, weight); the files themselves are not part of the
    sample web, so the list names them and says where to get them."""
    lis = "".join(f'<li class="document" data-file="{escape(href.rsplit("/", 1)[-1])}"><span class="document__title">{label}</span> '
                  f'<span class="document__meta">(PDF, {weight})</span></li>' for label, href, weight in items)
    return (f'<ul class="documents">{lis}</ul><p class="documents__note">Documents consultables à l\'accueil de la mairie '
            'et envoyés sur simple demande.</p>')


def share(url, title):
    """Share buttons: intents, never the city's own accounts."""
    from urllib.parse import quote
    u, t = quote(url, safe=""), quote(title, safe="")
    return ('<div class="partage"><span class="partage__label">Partager :</span>'
            f'<a class="partage__fb" href="https://www.facebook.com/sharer/sharer.php?u={u}" target="_blank" rel="noopener">Facebook</a> '
            f'<a class="partage__x" href="https://twitter.com/intent/tweet?url={u}&amp;text={t}" target="_blank" rel="noopener">X</a> '
            f'<a class="partage__li" href="https://www.linkedin.com/shareArticle?mini=true&amp;url={u}" target="_blank" rel="noopener">LinkedIn</a> '
            f'<a class="partage__mail" href="mailto:?subject={t}&amp;body={u}">E-mail</a></div>')


# ------------------------------------------------------------------------------------ survey embeds


def framaforms(slug, title, height=1100):
    return (f'<iframe src="https://framaforms.org/{slug}" width="100%" height="{height}" border="0" '
            f'title="{escape(title)}" style="border:0"></iframe>'
            f'<p class="embed-fallback">Le questionnaire ne s\'affiche pas ? <a href="https://framaforms.org/{slug}" '
            'target="_blank" rel="noopener">Ouvrir le questionnaire sur Framaforms</a>.</p>')


def google_form(form_id, title, height=1450):
    return (f'<iframe src="https://docs.google.com/forms/d/e/{form_id}/viewform?embedded=true" width="640" '
            f'height="{height}" frameborder="0" marginheight="0" marginwidth="0" title="{escape(title)}">Chargement…</iframe>')


def ms_form(form_id, title):
    return (f'<iframe width="640px" height="480px" src="https://forms.office.com/Pages/ResponsePage.aspx?id={form_id}&amp;embed=true" '
            'frameborder="0" marginwidth="0" marginheight="0" style="border: none; max-width:100%; max-height:100vh" '
            f'title="{escape(title)}" allowfullscreen webkitallowfullscreen mozallowfullscreen msallowfullscreen> </iframe>')


def typeform(form_id, title):
    return (f'<div data-tf-live="{form_id}" data-tf-opacity="100" data-tf-iframe-props="title={escape(title)}" '
            'data-tf-transitive-search-params data-tf-medium="snippet" style="width:100%;height:560px;"></div>'
            '<script src="//embed.typeform.com/next/embed.js"></script>')


def tally(form_id, title, height=620):
    return (f'<iframe data-tally-src="https://tally.so/embed/{form_id}?alignLeft=1&amp;hideTitle=1&amp;transparentBackground=1&amp;dynamicHeight=1" '
            f'loading="lazy" width="100%" height="{height}" frameborder="0" marginheight="0" marginwidth="0" title="{escape(title)}"></iframe>'
            '<script>var d=document,w="https://tally.so/widgets/embed.js",v=function(){"undefined"!=typeof Tally?Tally.loadEmbeds():'
            'd.querySelectorAll("iframe[data-tally-src]:not([src])").forEach((function(e){e.src=e.dataset.tallySrc}))};'
            'if("undefined"!=typeof Tally)v();else if(d.querySelector(\'script[src="\'+w+\'"]\')==null){var s=d.createElement("script");'
            's.src=w,s.onload=v,s.onerror=v,d.body.appendChild(s);}</script>')


def disqus(shortname, identifier, url):
    return ('<div id="disqus_thread"></div><script>var disqus_config = function () {'
            f"this.page.url = '{url}'; this.page.identifier = '{identifier}'; this.language = 'fr';}};"
            "(function() { var d = document, s = d.createElement('script');"
            f"s.src = 'https://{shortname}.disqus.com/embed.js'; s.setAttribute('data-timestamp', +new Date());"
            "(d.head || d.body).appendChild(s); })();</script>"
            '<noscript>Veuillez activer JavaScript pour voir les <a href="https://disqus.com/?ref_noscript">'
            "commentaires propulsés par Disqus.</a></noscript>")


# ------------------------------------------------------------------------------------------ WordPress


def wp_blocks_buttons(*buttons):
    inner = "".join(f'<div class="wp-block-button"><a class="wp-block-button__link wp-element-button" href="{escape(h)}">{label}</a></div>'
                    for label, h in buttons)
    return f'<div class="wp-block-buttons is-layout-flex wp-block-buttons-is-layout-flex">{inner}</div>'


def wp_group(inner, cls=""):
    return f'<div class="wp-block-group {cls} is-layout-constrained wp-block-group-is-layout-constrained">{inner}</div>'


def wp_heading(text, level=2):
    return f'<h{level} class="wp-block-heading">{text}</h{level}>'


def wp_table(head, rows):
    return f'<figure class="wp-block-table">{table(head, rows)}</figure>'


def wp_posts(posts, older=None):
    """A blog index: (href, title, date iso, date label, excerpt)."""
    arts = "".join(
        f'<article id="post-{_n(href)}" class="post-{_n(href)} post type-post status-publish format-standard hentry category-actualites">'
        f'<header class="entry-header"><h2 class="entry-title"><a href="{escape(href)}" rel="bookmark">{title}</a></h2>'
        f'<div class="entry-meta"><span class="posted-on">Publié le <time class="entry-date published" datetime="{iso}">{label}</time></span></div></header>'
        f'<div class="entry-summary"><p>{excerpt}</p></div></article>' for href, title, iso, label, excerpt in posts)
    nav = (f'<nav class="navigation posts-navigation" aria-label="Publications"><div class="nav-links"><div class="nav-previous">'
           f'<a href="{older}">Articles plus anciens</a></div></div></nav>') if older else ""
    return arts + nav


def cf7(form_id, post_id, action, fields, submit="Envoyer", title="Formulaire de contact"):
    """Contact Form 7 5.x markup. fields: (kind, name, label, required, options)."""
    unit = f"wpcf7-f{form_id}-p{post_id}-o1"
    hidden = (f'<div style="display: none;"><input type="hidden" name="_wpcf7" value="{form_id}" />'
              '<input type="hidden" name="_wpcf7_version" value="5.9.3" /><input type="hidden" name="_wpcf7_locale" value="fr_FR" />'
              f'<input type="hidden" name="_wpcf7_unit_tag" value="{unit}" /><input type="hidden" name="_wpcf7_container_post" value="{post_id}" />'
              '<input type="hidden" name="_wpcf7_posted_data_hash" value="" /></div>')
    rows = []
    for kind, name, label, required, *rest in fields:
        req = " wpcf7-validates-as-required" if required else ""
        aria = ' aria-required="true"' if required else ""
        star = " *" if required else ""
        if kind == "textarea":
            ctl = (f'<textarea cols="40" rows="10" maxlength="2000" class="wpcf7-form-control wpcf7-textarea{req}"{aria} '
                   f'aria-invalid="false" name="{name}"></textarea>')
        elif kind == "select":
            opts = "".join(f'<option value="{escape(o)}">{o}</option>' for o in rest[0])
            ctl = f'<select class="wpcf7-form-control wpcf7-select{req}"{aria} aria-invalid="false" name="{name}">{opts}</select>'
        elif kind == "acceptance":
            ctl = (f'<span class="wpcf7-form-control wpcf7-acceptance"><span class="wpcf7-list-item"><label>'
                   f'<input type="checkbox" name="{name}" value="1" aria-invalid="false" /><span class="wpcf7-list-item-label">{label}</span>'
                   '</label></span></span>')
            rows.append(f'<p><span class="wpcf7-form-control-wrap" data-name="{name}">{ctl}</span></p>')
            continue
        else:
            ctl = (f'<input size="40" maxlength="400" class="wpcf7-form-control wpcf7-{kind} wpcf7-{kind}{req}"{aria} '
                   f'aria-invalid="false" value="" type="{kind}" name="{name}" />')
        rows.append(f'<p><label> {label}{star}<br /><span class="wpcf7-form-control-wrap" data-name="{name}">{ctl}</span></label></p>')
    return (f'<div class="wpcf7 no-js" id="{unit}" lang="fr-FR" dir="ltr" data-wpcf7-id="{form_id}"><div class="screen-reader-response">'
            '<p role="status" aria-live="polite" aria-atomic="true"></p> <ul></ul></div>'
            f'<form action="{escape(action)}#{unit}" method="post" class="wpcf7-form init" aria-label="{escape(title)}" novalidate="novalidate" data-status="init">'
            + hidden + "".join(rows)
            + f'<p><input class="wpcf7-form-control wpcf7-submit has-spinner" type="submit" value="{escape(submit)}" /></p>'
            '<div class="wpcf7-response-output" aria-hidden="true"></div></form></div>')


def wp_comments(post_id, comments, open_=True, title=None):
    """Native WordPress comments: (author, iso date, date label, text[, depth])."""
    items = []
    for i, (author, iso, label, text, *depth) in enumerate(comments):
        cid = post_id * 10 + i + 1
        d = depth[0] if depth else 1
        parity = "even" if i % 2 == 0 else "odd alt"
        items.append(
            f'<li id="comment-{cid}" class="comment {parity} thread-{parity} depth-{d}"><article id="div-comment-{cid}" class="comment-body">'
            f'<footer class="comment-meta"><div class="comment-author vcard"><b class="fn">{author}</b> <span class="says">dit :</span></div>'
            f'<div class="comment-metadata"><a href="#comment-{cid}"><time datetime="{iso}">{label}</time></a></div></footer>'
            f'<div class="comment-content"><p>{text}</p></div>'
            + (f'<div class="reply"><a rel="nofollow" class="comment-reply-link" href="#comment-{cid}" data-commentid="{cid}" '
               f'data-postid="{post_id}" data-belowelement="div-comment-{cid}" data-respondelement="respond" '
               f'aria-label="Répondre à {author}">Répondre</a></div>' if open_ else "")
            + "</article></li>")
    n = len(comments)
    heading = title or (f"{n} réflexions sur « cet article »" if n > 1 else "Une réflexion sur « cet article »")
    listing = (f'<h2 class="comments-title">{heading}</h2><ol class="comment-list">{"".join(items)}</ol>') if comments else ""
    if not open_:
        return f'<div id="comments" class="comments-area">{listing}<p class="no-comments">Les commentaires sont fermés.</p></div>'
    form = ('<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Laisser un commentaire '
            '<small><a rel="nofollow" id="cancel-comment-reply-link" href="#respond" style="display:none;">Annuler la réponse</a></small></h3>'
            '<form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate>'
            '<p class="comment-notes"><span id="email-notes">Votre adresse e-mail ne sera pas publiée.</span> '
            '<span class="required-field-message">Les champs obligatoires sont indiqués avec <span class="required">*</span></span></p>'
            '<p class="comment-form-comment"><label for="comment">Commentaire <span class="required">*</span></label> '
            '<textarea id="comment" name="comment" cols="45" rows="8" maxlength="65525" required></textarea></p>'
            '<p class="comment-form-author"><label for="author">Nom <span class="required">*</span></label> '
            '<input id="author" name="author" type="text" value="" size="30" maxlength="245" autocomplete="name" required /></p>'
            '<p class="comment-form-email"><label for="email">E-mail <span class="required">*</span></label> '
            '<input id="email" name="email" type="email" value="" size="30" maxlength="100" aria-describedby="email-notes" autocomplete="email" required /></p>'
            '<p class="comment-form-cookies-consent"><input id="wp-comment-cookies-consent" name="wp-comment-cookies-consent" type="checkbox" value="yes" /> '
            '<label for="wp-comment-cookies-consent">Enregistrer mon nom et mon e-mail dans le navigateur pour mon prochain commentaire.</label></p>'
            '<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Laisser un commentaire" /> '
            f"<input type='hidden' name='comment_post_ID' value='{post_id}' id='comment_post_ID' />"
            "<input type='hidden' name='comment_parent' id='comment_parent' value='0' /></p></form></div>")
    return f'<div id="comments" class="comments-area">{listing}{form}</div>'


def wp_polls(poll_id, question, answers, nonce_seed="poll"):
    base = poll_id * 10
    lis = "".join(f'<li><input type="radio" id="poll-answer-{base + i}" name="poll_{poll_id}" value="{base + i}" /> '
                  f'<label for="poll-answer-{base + i}">{a}</label></li>' for i, a in enumerate(answers, 1))
    return (f'<div id="polls-{poll_id}" class="wp-polls">'
            f'<form id="polls_form_{poll_id}" class="wp-polls-form" action="/index.php" method="post">'
            f'<p style="display: none;"><input type="hidden" id="poll_{poll_id}_nonce" name="wp-polls-nonce" value="{_hex(nonce_seed + question)}" /></p>'
            f'<p style="display: none;"><input type="hidden" name="poll_id" value="{poll_id}" /></p>'
            f'<p style="text-align: center;"><strong>{question}</strong></p>'
            f'<div id="polls-{poll_id}-ans" class="wp-polls-ans"><ul class="wp-polls-ul">{lis}</ul>'
            f'<p style="text-align: center;"><input type="button" name="vote" value="   Voter   " class="Buttons" onclick="poll_vote({poll_id});" /></p>'
            f'<p style="text-align: center;"><a href="#ViewPollResults" onclick="poll_result({poll_id}); return false;" '
            'title="Voir les résultats de ce sondage">Voir les résultats</a></p></div></form></div>'
            f'<div id="polls-{poll_id}-loading" class="wp-polls-loading"><img src="/wp-content/plugins/wp-polls/images/loading.gif" '
            'width="16" height="16" alt="Chargement…" title="Chargement…" class="wp-polls-image" />&nbsp;Chargement…</div>')


def wp_polls_result(poll_id, question, results, voters, closed_on):
    lis = "".join(f'<li>{a} <small>({pct}%, {votes} votes)</small><div class="pollbar" style="width: {pct}%;" '
                  f'title="{escape(a)} ({pct}% | {votes} votes)"></div></li>' for a, pct, votes in results)
    return (f'<div id="polls-{poll_id}" class="wp-polls"><p style="text-align: center;"><strong>{question}</strong></p>'
            f'<div id="polls-{poll_id}-ans" class="wp-polls-ans"><ul class="wp-polls-ul">{lis}</ul>'
            f'<p style="text-align: center;">Nombre total de votants : <strong>{voters}</strong></p>'
            f'<p style="text-align: center;">Ce sondage est clos depuis le {closed_on}.</p></div></div>')


def mailpoet(form_id=1):
    return (f'<div id="mailpoet_form_{form_id}" class="mailpoet_form mailpoet_form_shortcode">'
            f'<form target="_self" method="post" action="/wp-admin/admin-post.php?action=mailpoet_subscription_form" class="mailpoet_form mailpoet_form_form" novalidate>'
            f'<input type="hidden" name="data[form_id]" value="{form_id}" /><input type="hidden" name="token" value="{_hex("mp" + str(form_id))}" />'
            '<input type="hidden" name="api_version" value="v1" /><input type="hidden" name="endpoint" value="subscribers" />'
            '<input type="hidden" name="mailpoet_method" value="subscribe" />'
            '<div class="mailpoet_paragraph"><label for="form_email_1" class="mailpoet_text_label">Adresse e-mail <span class="mailpoet_required">*</span></label>'
            '<input type="email" autocomplete="email" class="mailpoet_text" id="form_email_1" name="data[form_field_ZW1haWw=]" title="Adresse e-mail" value="" data-automation-id="form_email" /></div>'
            '<div class="mailpoet_paragraph"><input type="submit" class="mailpoet_submit" value="Je m\'abonne" data-automation-id="subscribe-submit-button" /></div>'
            '<div class="mailpoet_message"><p class="mailpoet_validate_success" style="display:none;">Vérifiez votre boîte de réception pour confirmer votre abonnement.</p></div>'
            '</form></div>')


def gravity(form_id, action, fields, submit="Envoyer", title=None, description=None):
    """Gravity Forms 2.8 (theme "gravity-theme"). fields: (kind, label, required, options)."""
    out = []
    for i, (kind, label, required, *rest) in enumerate(fields, 1):
        fid = f"input_{form_id}_{i}"
        req = ' aria-required="true"' if required else ' aria-required="false"'
        star = '<span class="gfield_required"><span class="gfield_required gfield_required_text">(Obligatoire)</span></span>' if required else ""
        cls = f"gfield gfield--type-{kind} gfield--width-full field_sublabel_below gfield--no-description field_description_below field_validation_below gfield_visibility_visible"
        if required:
            cls += " gfield_contains_required"
        if kind in ("radio", "checkbox"):
            choices = "".join(
                f'<div class="gchoice gchoice_{form_id}_{i}_{j}"><input class="gfield-choice-input" name="input_{i}{"." + str(j) if kind == "checkbox" else ""}" '
                f'type="{kind}" value="{escape(o)}" id="choice_{form_id}_{i}_{j}" /><label for="choice_{form_id}_{i}_{j}" id="label_{form_id}_{i}_{j}" '
                f'class="gform-field-label gform-field-label--type-inline">{o}</label></div>' for j, o in enumerate(rest[0], 1))
            out.append(f'<fieldset id="field_{form_id}_{i}" class="{cls}"><legend class="gfield_label gform-field-label">{label}{star}</legend>'
                       f'<div class="ginput_container ginput_container_{kind}"><div class="gfield_{kind}" id="{fid}">{choices}</div></div></fieldset>')
            continue
        if kind == "textarea":
            ctl = f'<textarea name="input_{i}" id="{fid}" class="textarea large" {req} aria-invalid="false" rows="10" cols="50"></textarea>'
        elif kind == "select":
            opts = "".join(f"<option value='{escape(o)}' >{o}</option>" for o in rest[0])
            ctl = f"<select name='input_{i}' id='{fid}' class='large gfield_select' {req} aria-invalid=\"false\" >{opts}</select>"
        elif kind == "consent":
            ctl = (f"<input name='input_{i}.1' id='{fid}_1' type='checkbox' value='1' {req} aria-invalid=\"false\" />"
                   f"<label class=\"gform-field-label gform-field-label--type-inline gfield_consent_label\" for='{fid}_1'>{rest[0]}</label>")
        else:
            ctl = f"<input name='input_{i}' id='{fid}' type='{kind}' value='' class='large' {req} aria-invalid=\"false\" />"
        out.append(f'<div id="field_{form_id}_{i}" class="{cls}"><label class="gfield_label gform-field-label" for="{fid}">{label}{star}</label>'
                   f'<div class="ginput_container ginput_container_{kind}">{ctl}</div></div>')
    head = ""
    if title or description:
        head = (f"<div class='gform_heading'>" + (f"<h2 class=\"gform_title\">{title}</h2>" if title else "")
                + (f"<p class='gform_description'>{description}</p>" if description else "") + "</div>")
    return (f"<div class='gf_browser_chrome gform_wrapper gravity-theme gform-theme--no-framework' data-form-theme='gravity-theme' "
            f"data-form-index='0' id='gform_wrapper_{form_id}' >{head}"
            f"<form method='post' enctype='multipart/form-data' id='gform_{form_id}' action='{escape(action)}' data-formid='{form_id}' novalidate>"
            f"<div class='gform-body gform_body'><div id='gform_fields_{form_id}' class='gform_fields top_label form_sublabel_below description_below validation_below'>"
            + "".join(out)
            + f"</div></div><div class='gform_footer top_label'> <input type='submit' id='gform_submit_button_{form_id}' class='gform_button button' value='{escape(submit)}' /> "
            f"<input type='hidden' class='gform_hidden' name='is_submit_{form_id}' value='1' />"
            f"<input type='hidden' class='gform_hidden' name='gform_submit' value='{form_id}' />"
            f"<input type='hidden' class='gform_hidden' name='gform_unique_id' value='' />"
            f"<input type='hidden' class='gform_hidden' name='state_{form_id}' value='WyJbXSIsIjQ3{_hex('gf' + str(form_id), 16)}'/>"
            f"<input type='hidden' class='gform_hidden' name='gform_target_page_number_{form_id}' id='gform_target_page_number_{form_id}' value='0' />"
            f"<input type='hidden' class='gform_hidden' name='gform_source_page_number_{form_id}' id='gform_source_page_number_{form_id}' value='1' />"
            "<input type='hidden' name='gform_field_values' value='' /></div></form></div>")


# --------------------------------------------------------------------------------------------- Drupal


def drupal_views(rows, view="actualites", pager=True):
    """A Views page: (href, title, date label, summary)."""
    items = "".join(
        f'<div class="views-row"><article class="node node--type-article node--promoted node--view-mode-teaser">'
        f'<h2 class="node__title"><a href="{escape(href)}" rel="bookmark"><span class="field field--name-title field--type-string field--label-hidden">{title}</span></a></h2>'
        f'<div class="node__meta"><span class="field field--name-created field--type-created field--label-hidden"><time datetime="2024-01-01T12:00:00Z">{date}</time></span></div>'
        f'<div class="node__content"><div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item"><p>{summary}</p></div></div>'
        f'</article></div>' for href, title, date, summary in rows)
    pg = ('<nav class="pager" role="navigation" aria-labelledby="pagination-heading"><h4 id="pagination-heading" class="visually-hidden">Pagination</h4>'
          '<ul class="pager__items js-pager__items"><li class="pager__item is-active">Page 1</li></ul></nav>') if pager else ""
    return f'<div class="views-element-container"><div class="view view-{view} view-id-{view} view-display-id-page_1 js-view-dom-id-{_hex(view, 16)}"><div class="view-content">{items}</div>{pg}</div></div>'


def webform(form_id, action, fields, submit="Envoyer"):
    """Drupal 10 Webform. fields: (kind, key, label, required, options)."""
    fid = f"webform-submission-{form_id.replace('_', '-')}-add-form"
    out = []
    for kind, key, label, required, *rest in fields:
        k = key.replace("_", "-")
        req_cls = " js-form-required form-required" if required else ""
        req_attr = ' required="required" aria-required="true"' if required else ""
        wrap = f"js-form-item form-item js-form-type-{kind} form-type-{kind} js-form-item-{k} form-item-{k}"
        if kind in ("radios", "checkboxes"):
            single = "radio" if kind == "radios" else "checkbox"
            opts = "".join(
                f'<div class="js-form-item form-item js-form-type-{single} form-type-{single} js-form-item-{k} form-item-{k}">'
                f'<input data-drupal-selector="edit-{k}-{j}" type="{single}" id="edit-{k}-{j}" '
                f'name="{key}{"[" + str(j) + "]" if single == "checkbox" else ""}" value="{j}" class="form-{single}" /> '
                f'<label for="edit-{k}-{j}" class="option">{o}</label></div>' for j, o in enumerate(rest[0], 1))
            out.append(f'<fieldset data-drupal-selector="edit-{k}" id="edit-{k}--wrapper" class="{kind}--wrapper fieldgroup form-composite webform-composite-visible-title '
                       f'js-webform-type-{kind} webform-type-{kind} js-form-item form-item js-form-wrapper form-wrapper{req_cls}">'
                       f'<legend><span class="fieldset-legend{req_cls}">{label}</span></legend><div class="fieldset-wrapper">'
                       f'<div id="edit-{k}" class="js-webform-{kind} webform-options-display-one-column form-{kind}">{opts}</div></div></fieldset>')
            continue
        if kind == "textarea":
            ctl = (f'<div class="form-textarea-wrapper"><textarea data-drupal-selector="edit-{k}" id="edit-{k}" name="{key}" rows="5" cols="60" '
                   f'class="form-textarea{" required" if required else ""} resize-vertical"{req_attr}></textarea></div>')
        elif kind == "select":
            opts = '<option value="" selected="selected">- Sélectionner -</option>' + "".join(
                f'<option value="{j}">{o}</option>' for j, o in enumerate(rest[0], 1))
            ctl = f'<select data-drupal-selector="edit-{k}" id="edit-{k}" name="{key}" class="form-select{" required" if required else ""}"{req_attr}>{opts}</select>'
        elif kind == "checkbox":
            out.append(f'<div class="{wrap}"><input data-drupal-selector="edit-{k}" type="checkbox" id="edit-{k}" name="{key}" value="1" '
                       f'class="form-checkbox{" required" if required else ""}"{req_attr} /> <label for="edit-{k}" class="option{req_cls}">{label}</label></div>')
            continue
        else:
            typ = {"textfield": "text", "email": "email", "tel": "tel", "date": "date", "number": "number"}[kind]
            ctl = (f'<input data-drupal-selector="edit-{k}" type="{typ}" id="edit-{k}" name="{key}" value="" size="60" maxlength="255" '
                   f'class="form-{"text" if typ == "text" else typ}{" required" if required else ""}"{req_attr} />')
        out.append(f'<div class="{wrap}"><label for="edit-{k}" class="{req_cls.strip()}">{label}</label>{ctl}</div>')
    return (f'<form class="webform-submission-form webform-submission-add-form webform-submission-{form_id.replace("_", "-")}-form '
            f'webform-submission-{form_id.replace("_", "-")}-add-form js-webform-details-toggle webform-details-toggle" '
            f'data-drupal-selector="{fid}" action="{escape(action)}" method="post" id="{fid}" accept-charset="UTF-8">'
            + "".join(out)
            + f'<div data-drupal-selector="edit-actions" class="form-actions webform-actions js-form-wrapper form-wrapper" id="edit-actions">'
            f'<input class="webform-button--submit button button--primary js-form-submit form-submit" data-drupal-selector="edit-actions-submit" '
            f'type="submit" id="edit-actions-submit" name="op" value="{escape(submit)}" /></div>'
            f'<input autocomplete="off" data-drupal-selector="form-{_hex(form_id, 22)}" type="hidden" name="form_build_id" value="form-{_hex(form_id, 22)}" />'
            f'<input data-drupal-selector="edit-webform-submission-{form_id.replace("_", "-")}-add-form" type="hidden" name="form_id" value="webform_submission_{form_id}_add_form" />'
            '</form>')


def drupal_comments(node_id, comments, open_=True):
    """Drupal core comments (field_comments, anonymous posting allowed): (name, date label, subject, text)."""
    items = "".join(
        f'<article data-comment-user-id="0" id="comment-{node_id * 10 + i}" class="comment js-comment by-anonymous">'
        f'<span class="hidden" data-comment-timestamp="{1700000000 + node_id * 1000 + i}"></span>'
        f'<footer class="comment__meta"><p class="comment__submitted">Soumis par <span>{name}</span> le {date}</p></footer>'
        f'<div class="comment__content"><h3><a href="#comment-{node_id * 10 + i}" class="permalink" rel="bookmark" hreflang="fr">{subject}</a></h3>'
        f'<div class="clearfix text-formatted field field--name-comment-body field--type-text-long field--label-hidden field__item"><p>{text}</p></div></div>'
        f'</article>' for i, (name, date, subject, text) in enumerate(comments, 1))
    form = ""
    if open_:
        form = ('<h2 class="title comment-form__title">Ajouter un commentaire</h2>'
                f'<form class="comment-comment-form comment-form" data-drupal-selector="comment-form" action="/comment/reply/node/{node_id}/comment" method="post" id="comment-form" accept-charset="UTF-8">'
                '<div class="js-form-item form-item js-form-type-textfield form-type-textfield js-form-item-name form-item-name">'
                '<label for="edit-name" class="js-form-required form-required">Votre nom</label>'
                '<input data-drupal-default-value="Anonyme" data-drupal-selector="edit-name" type="text" id="edit-name" name="name" value="" size="30" maxlength="60" class="form-text required" required="required" aria-required="true" /></div>'
                '<div class="js-form-item form-item js-form-type-email form-type-email js-form-item-mail form-item-mail">'
                '<label for="edit-mail">E-mail</label><input data-drupal-selector="edit-mail" aria-describedby="edit-mail--description" type="email" id="edit-mail" name="mail" value="" size="30" maxlength="64" class="form-email" />'
                '<div id="edit-mail--description" class="description">Le contenu de ce champ sera maintenu privé et ne sera pas affiché publiquement.</div></div>'
                '<div class="field--type-text-long field--name-comment-body field--widget-text-textarea js-form-wrapper form-wrapper" data-drupal-selector="edit-comment-body-wrapper" id="edit-comment-body-wrapper">'
                '<div class="js-text-format-wrapper text-format-wrapper js-form-item form-item"><div class="js-form-item form-item js-form-type-textarea form-type-textarea js-form-item-comment-body-0-value form-item-comment-body-0-value">'
                '<label for="edit-comment-body-0-value" class="js-form-required form-required">Commentaire</label>'
                '<div class="form-textarea-wrapper"><textarea class="js-text-full text-full form-textarea required resize-vertical" data-drupal-selector="edit-comment-body-0-value" '
                'id="edit-comment-body-0-value" name="comment_body[0][value]" rows="5" cols="60" placeholder="" required="required" aria-required="true"></textarea></div></div></div></div>'
                f'<input autocomplete="off" data-drupal-selector="form-{_hex("c" + str(node_id), 22)}" type="hidden" name="form_build_id" value="form-{_hex("c" + str(node_id), 22)}" />'
                '<input data-drupal-selector="edit-comment-comment-form" type="hidden" name="form_id" value="comment_comment_form" />'
                '<div data-drupal-selector="edit-actions" class="form-actions js-form-wrapper form-wrapper" id="edit-actions">'
                '<input data-drupal-selector="edit-submit" type="submit" id="edit-submit" name="op" value="Enregistrer" class="button button--primary js-form-submit form-submit" />'
                '<input data-drupal-selector="edit-preview" type="submit" id="edit-preview" name="op" value="Aperçu" class="button js-form-submit form-submit" /></div></form>')
    return (f'<section data-drupal-selector="comments" class="comments field field--name-comment field--type-comment field--label-above comment-wrapper">'
            f'<h2 class="comments__title">Commentaires</h2>{items}{form}</section>')


# ----------------------------------------------------------------------------------------------- SPIP


def spip_list(items, cls="liste-articles"):
    """Articles of a rubrique: (href, title, date label, intro)."""
    lis = "".join(f'<li class="item"><h3 class="h3"><a href="{escape(href)}">{title}</a></h3>'
                  f'<p class="info-publi"><abbr class="published" title="2024-01-01T00:00:00Z">{date}</abbr></p>'
                  f'<div class="introduction">{intro}</div></li>' for href, title, date, intro in items)
    return f'<div class="liste {cls}"><ul class="liste-items">{lis}</ul></div>'


def spip_forum_thread(article_id, messages, heading="Messages"):
    """The public forum under a SPIP article: (id, title, date label, author, text[, replies])."""
    def one(msg):
        fid, title, date, author, text, *replies = msg
        sub = "".join(one(r) for r in replies[0]) if replies else ""
        return (f'<li class="forum-fil"><div class="forum-message" id="forum{fid}"><div class="forum-chapo">'
                f'<strong class="forum-titre"><a href="#forum{fid}" title="Message {fid}">{title}</a></strong> '
                f'<small>{date}, par <strong>{author}</strong></small></div>'
                f'<div class="forum-texte"><p>{text}</p></div>'
                f'<p class="repondre"><a href="#formulaire_forum" rel="noindex nofollow">Répondre à ce message</a></p></div>'
                + (f'<ul class="forum-fil">{sub}</ul>' if sub else "") + "</li>")
    body = "".join(one(m) for m in messages)
    n = sum(1 + (len(m[5]) if len(m) > 5 else 0) for m in messages)
    return (f'<div class="forum-total"><a id="forum"></a><h2 class="h2">{n} {heading}</h2><ul class="forum">{body}</ul></div>'
            + spip_forum_form(article_id))


def spip_forum_form(article_id):
    return ('<div class="formulaire_spip formulaire_forum ajax" id="formulaire_forum"><br class="bugajaxie" />'
            f'<form action="/spip.php?article{article_id}#formulaire_forum" method="post" enctype="multipart/form-data"><div>'
            '<input name="formulaire_action" type="hidden" value="forum" />'
            f'<input name="formulaire_action_args" type="hidden" value="{_hex("forum" + str(article_id), 32)}" />'
            f'<input type="hidden" name="id_article" value="{article_id}" /><input type="hidden" name="id_forum" value="" />'
            '<input type="hidden" name="ajouter_mot[]" value="" /><input type="hidden" name="nobot" value="" /></div>'
            '<fieldset class="qui saisie_qui"><legend>Qui êtes-vous ?</legend><div class="editer-groupe">'
            '<div class="editer saisie_session_nom"><label for="session_nom">Votre nom</label>'
            '<input type="text" class="text" name="session_nom" id="session_nom" value="" size="40" autocapitalize="off" autocorrect="off" /></div>'
            '<div class="editer saisie_session_email"><label for="session_email">Votre adresse email</label>'
            '<input type="email" class="text email" name="session_email" id="session_email" value="" size="40" autocapitalize="off" autocorrect="off" /></div>'
            '</div></fieldset>'
            '<fieldset><legend>Votre message</legend>'
            '<p class="explication">Pour créer des paragraphes, laissez simplement des lignes vides.</p><div class="editer-groupe">'
            '<div class="editer saisie_titre obligatoire"><label for="titre">Titre (obligatoire)</label>'
            '<input type="text" class="text" name="titre" id="titre" value="" size="60" /></div>'
            '<div class="editer saisie_texte obligatoire"><label for="texte">Texte de votre message (obligatoire)</label>'
            '<textarea name="texte" id="texte" rows="10" cols="60" class="inserer_barre_forum"></textarea></div></div></fieldset>'
            '<p class="explication">Ce forum est modéré a priori : votre contribution n\'apparaîtra qu\'après avoir été validée par un administrateur du site.</p>'
            '<p class="boutons"><input type="submit" class="submit" name="previsualiser_message" value="Prévisualiser" /></p>'
            '</form></div>')


def spip_petition(article_id, signatures, total):
    """SPIP native petition (signatures stored in spip_signatures): the form and the last signatures."""
    rows = "".join(f'<tr class="{"row_odd odd" if i % 2 else "row_even even"}"><td class="signature-date">{date}</td>'
                   f'<td class="signature-nom">{name}</td><td class="signature-message">{msg}</td></tr>'
                   for i, (date, name, msg) in enumerate(signatures))
    return (f'<div class="formulaire_spip formulaire_signature ajax" id="sp{article_id}"><br class="bugajaxie" />'
            '<h2 class="h2">Signer cette pétition</h2>'
            f'<form method="post" action="/spip.php?article{article_id}#sp{article_id}"><div>'
            '<input name="formulaire_action" type="hidden" value="signature" />'
            f'<input name="formulaire_action_args" type="hidden" value="{_hex("sig" + str(article_id), 32)}" />'
            f'<input type="hidden" name="id_article" value="{article_id}" /></div>'
            '<fieldset><legend>Votre signature</legend><div class="editer-groupe">'
            '<div class="editer saisie_session_nom obligatoire"><label for="session_nom">Votre nom ou pseudo</label>'
            '<input type="text" class="text" name="session_nom" id="session_nom" value="" size="20" /></div>'
            '<div class="editer saisie_session_email obligatoire"><label for="session_email">Votre adresse email</label>'
            '<input type="email" class="text email" name="session_email" id="session_email" value="" size="20" /></div>'
            '</div></fieldset><fieldset><legend>Votre message (facultatif)</legend><div class="editer-groupe">'
            '<div class="editer saisie_message"><label for="message">Un message pour accompagner votre signature</label>'
            '<textarea name="message" id="message" rows="3" cols="40"></textarea></div></div></fieldset>'
            '<p class="explication">Vous allez recevoir un courriel pour confirmer votre signature.</p>'
            '<p class="boutons"><input type="submit" class="submit" value="Valider" /></p></form></div>'
            f'<div class="petition-signatures"><h2 class="h2">{total} signatures</h2>'
            f'<table class="spip signatures"><caption>Dernières signatures</caption><thead><tr><th>Date</th><th>Nom</th><th>Message</th></tr></thead>'
            f'<tbody>{rows}</tbody></table></div>')


def formidable(form_id, slug, action, fields, submit="Envoyer"):
    """SPIP Formidable (Saisies): fields (kind, name, label, required, options)."""
    out = []
    for kind, name, label, required, *rest in fields:
        ob = " obligatoire" if required else ""
        star = '<span class="obligatoire"> (obligatoire)</span>' if required else ""
        if kind in ("radio", "checkbox"):
            choices = "".join(
                f'<div class="choix choix_{j}"><input type="{kind}" name="{name}{"[]" if kind == "checkbox" else ""}" class="{kind}" '
                f'id="champ_{name}_{j}" value="{j}" /><label for="champ_{name}_{j}">{o}</label></div>' for j, o in enumerate(rest[0], 1))
            out.append(f'<div class="editer saisie_{kind} editer_{name}{ob}"><fieldset><legend class="label">{label}{star}</legend>{choices}</fieldset></div>')
            continue
        if kind == "textarea":
            ctl = f'<textarea name="{name}" class="textarea" id="champ_{name}" rows="6" cols="40"></textarea>'
        elif kind == "selection":
            opts = '<option value="">— Choisir —</option>' + "".join(f'<option value="{j}">{o}</option>' for j, o in enumerate(rest[0], 1))
            ctl = f'<select name="{name}" class="select" id="champ_{name}">{opts}</select>'
        else:
            ctl = f'<input type="{"email" if kind == "email" else "text"}" name="{name}" class="text" id="champ_{name}" value="" size="40" />'
        out.append(f'<div class="editer saisie_{kind if kind != "email" else "email"} editer_{name}{ob}"><label for="champ_{name}">{label}{star}</label>{ctl}</div>')
    return (f'<div class="formulaire_spip formulaire_formidable formulaire_formidable_{form_id} formulaire_formidable-{slug} ajax" id="formulaire_formidable_{slug}">'
            '<br class="bugajaxie" />'
            f'<form method="post" action="{escape(action)}#formulaire_formidable_{slug}" enctype="multipart/form-data"><div>'
            '<input name="formulaire_action" type="hidden" value="formidable" />'
            f'<input name="formulaire_action_args" type="hidden" value="{_hex("fmd" + slug, 32)}" />'
            f'<input name="formulaire_action_sign" type="hidden" value="{_hex(slug, 16)}" />'
            f'<input type="hidden" name="id_formulaire" value="{form_id}" /><input type="hidden" name="formidable_afficher_apres" value="valeurs" /></div>'
            f'<div class="editer-groupe">{"".join(out)}</div>'
            '<!--extra--><p style="display:none;"><label for="nobot_formidable">Laisser ce champ vide</label>'
            '<input type="text" class="text" name="nobot" id="nobot_formidable" value="" size="10" /></p>'
            f'<p class="boutons"><input type="submit" class="submit" value="{escape(submit)}" /></p></form></div>')


def spip_contact(id_auteur, action):
    """The "écrire à l'auteur" form SPIP ships (formulaire_ecrire_auteur)."""
    return (f'<div class="formulaire_spip formulaire_ecrire_auteur ajax" id="formulaire_ecrire_auteur{id_auteur}"><br class="bugajaxie" />'
            f'<form method="post" action="{escape(action)}#formulaire_ecrire_auteur{id_auteur}"><div>'
            '<input name="formulaire_action" type="hidden" value="ecrire_auteur" />'
            f'<input name="formulaire_action_args" type="hidden" value="{_hex("ecrire" + str(id_auteur), 32)}" /></div>'
            '<fieldset><legend>Envoyer un message</legend><div class="editer-groupe">'
            f'<div class="editer saisie_email_message_auteur obligatoire"><label for="email_message_auteur{id_auteur}">Votre adresse email</label>'
            f'<input required="required" type="email" class="text email" name="email_message_auteur" id="email_message_auteur{id_auteur}" value="" size="30" /></div>'
            f'<div class="editer saisie_sujet_message_auteur obligatoire"><label for="sujet_message_auteur{id_auteur}">Sujet</label>'
            f'<input required="required" type="text" class="text" name="sujet_message_auteur" id="sujet_message_auteur{id_auteur}" value="" size="30" /></div>'
            f'<div class="editer saisie_texte_message_auteur obligatoire"><label for="texte_message_auteur{id_auteur}">Texte de votre message</label>'
            f'<textarea required="required" name="texte_message_auteur" id="texte_message_auteur{id_auteur}" rows="10" cols="60"></textarea></div>'
            '</div></fieldset><p style="display: none;"><label for="nobot">Veuillez laisser ce champ vide :</label>'
            '<input type="text" class="text" name="nobot" id="nobot" value="" size="10" /></p>'
            '<p class="boutons"><input type="submit" class="submit" name="valide" value="Envoyer" /></p></form></div>')


# --------------------------------------------------------------------------------------------- Joomla


def joomla_blog(items):
    """com_content category blog: (href, title, date label, intro)."""
    out = "".join(
        f'<div class="com-content-category-blog__item blog-item" itemprop="blogPost" itemscope itemtype="https://schema.org/BlogPosting">'
        f'<div class="item-content"><div class="page-header"><h2 itemprop="name"><a href="{escape(href)}" itemprop="url">{title}</a></h2></div>'
        f'<dl class="article-info text-muted"><dt class="article-info-term">Détails</dt><dd class="published"><span class="icon-calendar icon-fw" aria-hidden="true"></span>'
        f'<time datetime="2024-01-01T09:00:00+01:00" itemprop="datePublished">Publication : {date}</time></dd></dl>'
        f'<p>{intro}</p><p class="readmore"><a class="btn btn-secondary" href="{escape(href)}" aria-label="Lire la suite : {escape(title)}">'
        f'<span class="icon-chevron-right" aria-hidden="true"></span> Lire la suite…</a></p></div></div>' for href, title, date, intro in items)
    return f'<div class="com-content-category-blog blog" itemscope itemtype="https://schema.org/Blog"><div class="com-content-category-blog__items blog-items ">{out}</div></div>'


def joomla_contact(action, contact_id, contact_alias):
    return (f'<div class="com-contact contact" itemscope itemtype="https://schema.org/Person"><div class="com-contact__form contact-form">'
            f'<form id="contact-form" action="{escape(action)}" method="post" class="com-contact__form form-validate">'
            '<fieldset class="m-0"><legend>Formulaire de contact</legend>'
            '<div class="control-group field-spacer"><div class="control-label"><span class="spacer"><span class="before"></span><span class="text">'
            '<label id="jform_spacer-lbl"><strong class="red">*</strong> Champ requis</label></span><span class="after"></span></span></div></div>'
            '<div class="control-group"><div class="control-label"><label id="jform_contact_name-lbl" for="jform_contact_name" class="required">Nom<span class="star" aria-hidden="true">&#160;*</span></label></div>'
            '<div class="controls"><input type="text" name="jform[contact_name]" id="jform_contact_name" value="" class="form-control required" size="30" required></div></div>'
            '<div class="control-group"><div class="control-label"><label id="jform_contact_email-lbl" for="jform_contact_email" class="required">E-mail<span class="star" aria-hidden="true">&#160;*</span></label></div>'
            '<div class="controls"><input type="email" inputmode="email" name="jform[contact_email]" class="form-control validate-email required" id="jform_contact_email" value="" size="30" autocomplete="email" required></div></div>'
            '<div class="control-group"><div class="control-label"><label id="jform_contact_emailmsg-lbl" for="jform_contact_emailmsg" class="required">Objet<span class="star" aria-hidden="true">&#160;*</span></label></div>'
            '<div class="controls"><input type="text" name="jform[contact_subject]" id="jform_contact_emailmsg" value="" class="form-control required" size="60" required></div></div>'
            '<div class="control-group"><div class="control-label"><label id="jform_contact_message-lbl" for="jform_contact_message" class="required">Message<span class="star" aria-hidden="true">&#160;*</span></label></div>'
            '<div class="controls"><textarea name="jform[contact_message]" id="jform_contact_message" cols="50" rows="10" class="form-control required" required></textarea></div></div>'
            '<div class="control-group"><div class="control-label"><label id="jform_contact_email_copy-lbl" for="jform_contact_email_copy">Recevoir une copie du message</label></div>'
            '<div class="controls"><input type="checkbox" name="jform[contact_email_copy]" id="jform_contact_email_copy" value="1"></div></div>'
            '</fieldset><div class="control-group"><div class="controls"><button class="btn btn-primary validate" type="submit">Envoyer l\'e-mail</button>'
            '<input type="hidden" name="option" value="com_contact"><input type="hidden" name="task" value="contact.submit">'
            f'<input type="hidden" name="return" value=""><input type="hidden" name="id" value="{contact_id}:{contact_alias}">'
            f'<input type="hidden" name="{_hex("jtoken" + contact_alias, 32)}" value="1"></div></div></form></div></div>')


def jcomments(object_id, comments, open_=True):
    """JComments 4 under a com_content article: (name, date label, text)."""
    items = "".join(
        f'<div class="{"odd" if i % 2 else "even"}" id="comment-item-{object_id * 10 + i}"><div class="rbox"><div class="comment-box">'
        f'<a class="comment-anchor" href="#comment-{object_id * 10 + i}" id="comment-{object_id * 10 + i}">#{i}</a>'
        f'<span class="comment-author">{name}</span> <span class="comment-date">{date}</span>'
        f'<div class="comment-body" id="comment-body-{object_id * 10 + i}">{text}</div></div></div></div>'
        for i, (name, date, text) in enumerate(comments, 1))
    form = ""
    if open_:
        form = ('<a id="addcomments" href="#addcomments"></a><form id="comments-form" name="comments-form" action="javascript:void(null);">'
                '<p><span><input id="comments-form-name" type="text" name="name" value="" maxlength="20" size="22" tabindex="1" />'
                '<label for="comments-form-name">Nom (obligatoire)</label></span></p>'
                '<p><span><input id="comments-form-email" type="text" name="email" value="" size="22" tabindex="2" />'
                '<label for="comments-form-email">E-mail (obligatoire, non publié)</label></span></p>'
                '<p><span><textarea id="comments-form-comment" name="comment" cols="65" rows="8" tabindex="5"></textarea></span></p>'
                '<div id="comments-form-buttons"><div class="btn" id="comments-form-send"><div><a href="#" tabindex="7" '
                'onclick="jcomments.saveComment();return false;" title="Envoyer (Ctrl+Entrée)">Envoyer</a></div></div><div style="clear:both;"></div></div>'
                f'<div><input type="hidden" name="object_id" value="{object_id}" /><input type="hidden" name="object_group" value="com_content" /></div></form>')
    return (f'<div id="jc"><div id="comments"><h4>Commentaires ({len(comments)})</h4><div class="comments-list" id="comments-list-0">{items}</div></div>'
            f'{"<h4>Ajouter un commentaire</h4>" if open_ else ""}{form}<div id="comments-footer" align="center">'
            '<a href="https://www.joomlatune.ru" title="JComments" target="_blank">JComments</a></div></div>')


def rsform(form_id, action, fields, submit="Envoyer"):
    """RSForm!Pro 3 (Bootstrap 5 layout): fields (kind, name, label, required, options)."""
    out = []
    for kind, name, label, required, *rest in fields:
        star = '<strong class="formRequired">(*)</strong>' if required else ""
        if kind in ("radio", "checkbox"):
            ctl = "".join(f'<div class="form-check"><input type="{kind}" name="form[{name}][]" value="{escape(o)}" id="{name}{j}" class="rsform-{kind} form-check-input" />'
                          f'<label id="{name}{j}-lbl" for="{name}{j}" class="form-check-label">{o}</label></div>' for j, o in enumerate(rest[0]))
        elif kind == "textarea":
            ctl = f'<textarea cols="50" rows="5" name="form[{name}]" id="{name}" class="rsform-text-box form-control"></textarea>'
        elif kind == "select":
            opts = "".join(f'<option value="{escape(o)}">{o}</option>' for o in rest[0])
            ctl = f'<select name="form[{name}][]" id="{name}" class="rsform-select-box form-select">{opts}</select>'
        else:
            ctl = f'<input type="{kind}" value="" size="20" name="form[{name}]" id="{name}" class="rsform-input-box form-control" />'
        out.append(f'<div class="mb-3 row rsform-block rsform-block-{name.lower()}"><label class="col-sm-3 col-form-label formControlLabel" for="{name}">{label}{star}</label>'
                   f'<div class="col-sm-9 formControls">{ctl}<div><span class="formValidation"><span id="component{_n(name, 90, 10)}" class="formNoError">Champ invalide</span></span></div></div></div>')
    return (f'<form method="post" id="userForm" action="{escape(action)}"><div id="rsform_{form_id}_page_0">{"".join(out)}'
            f'<div class="mb-3 row rsform-block rsform-block-envoyer"><div class="col-sm-9 offset-sm-3 formControls">'
            f'<button type="submit" name="form[Envoyer]" id="Envoyer" class="rsform-submit-button btn btn-primary">{submit}</button></div></div></div>'
            f'<input type="hidden" name="form[formId]" value="{form_id}"/><input type="hidden" name="{_hex("rsf" + str(form_id), 32)}" value="1" /></form>')


# ---------------------------------------------------------------------------------------------- TYPO3


def ce(uid, inner, ctype="text", header=None):
    """A TYPO3 content element (fluid_styled_content / bootstrap_package frame)."""
    hd = f'<header class="frame-header"><h2 class="element-header"><span>{header}</span></h2></header>' if header else ""
    return f'<div id="c{uid}" class="frame frame-default frame-type-{ctype} frame-layout-default frame-size-default frame-height-default frame-background-none frame-space-before-none frame-space-after-none"><div class="frame-group-container"><div class="frame-group-inner"><div class="frame-container frame-container-default"><div class="frame-inner">{hd}{inner}</div></div></div></div></div>'


def tx_news_list(items):
    """EXT:news list view: (href, title, date label, teaser)."""
    out = "".join(
        f'<div class="article articletype-0" itemscope="itemscope" itemtype="http://schema.org/Article"><div class="header">'
        f'<h3><a title="{escape(title)}" href="{escape(href)}"><span itemprop="headline">{title}</span></a></h3></div>'
        f'<div class="footer"><p><span class="news-list-date"><time itemprop="datePublished" datetime="2024-01-01">{date}</time></span></p></div>'
        f'<div class="teaser-text"><div itemprop="description"><p>{teaser}</p></div>'
        f'<a class="more" title="{escape(title)}" href="{escape(href)}">Lire la suite</a></div></div>' for href, title, date, teaser in items)
    return f'<div class="news"><div class="news-list-view" id="news-container-{_n(str(len(items)), 900, 100)}">{out}</div></div>'


def tx_news_detail(date, teaser, body):
    return (f'<div class="news news-single"><div class="article" itemscope="itemscope" itemtype="http://schema.org/Article">'
            f'<div class="footer"><p><span class="news-list-date"><time itemprop="datePublished" datetime="2024-01-01">{date}</time></span></p></div>'
            f'<div class="teaser-text" itemprop="description"><p>{teaser}</p></div><div class="news-text-wrap" itemprop="articleBody">{body}</div>'
            '<div class="news-backlink-wrap"><a href="/actualites">Retour</a></div></div></div>')


def powermail(uid, action, fields, submit="Envoyer"):
    """EXT:powermail 12 form: fields (kind, marker, label, required, options)."""
    out = []
    for kind, marker, label, required, *rest in fields:
        req = ' required="required" aria-required="true"' if required else ""
        star = '<span class="mandatory" aria-hidden="true">*</span>' if required else ""
        base = f'powermail_fieldwrap powermail_fieldwrap_type_{kind} powermail_fieldwrap_{marker} form-group'
        if kind in ("radio", "check"):
            typ = "radio" if kind == "radio" else "checkbox"
            opts = "".join(f'<div class="{typ}"><label><input{req if j == 1 and typ == "radio" else ""} class="powermail_{typ}" '
                           f'id="powermail_field_{marker}_{j}" type="{typ}" name="tx_powermail_pi1[field][{marker}]{"[]" if typ == "checkbox" else ""}" '
                           f'value="{escape(o)}" />{o}</label></div>' for j, o in enumerate(rest[0], 1))
            out.append(f'<fieldset class="{base}"><legend class="powermail_label">{label}{star}</legend><div class="powermail_field">{opts}</div></fieldset>')
            continue
        if kind == "textarea":
            ctl = (f'<textarea{req} rows="5" cols="20" placeholder="" class="powermail_textarea form-control" id="powermail_field_{marker}" '
                   f'name="tx_powermail_pi1[field][{marker}]"></textarea>')
        elif kind == "select":
            opts = "".join(f'<option value="{escape(o)}">{o}</option>' for o in rest[0])
            ctl = f'<select{req} class="powermail_select form-control" id="powermail_field_{marker}" name="tx_powermail_pi1[field][{marker}]">{opts}</select>'
        else:
            typ = "email" if kind == "email" else "text"
            ctl = (f'<input{req} placeholder="" class="powermail_input form-control" id="powermail_field_{marker}" type="{typ}" '
                   f'name="tx_powermail_pi1[field][{marker}]" value="" />')
        out.append(f'<div class="{base}"><label for="powermail_field_{marker}" class="powermail_label" title="">{label}{star}</label>'
                   f'<div class="powermail_field">{ctl}</div></div>')
    act = f"{action}?tx_powermail_pi1%5Baction%5D=create&amp;tx_powermail_pi1%5Bcontroller%5D=Form&amp;cHash={_hex(action + str(uid), 32)}"
    return (f'<div class="tx-powermail"><div class="container-fluid"><form data-powermail-validate="data-powermail-validate" data-validate="html5" '
            f'enctype="multipart/form-data" name="field" class="powermail_form powermail_form_{uid} nolabel " action="{act}" method="post">'
            f'<fieldset class="powermail_fieldset powermail_fieldset_{uid} layout1">{"".join(out)}'
            f'<div class="powermail_fieldwrap powermail_fieldwrap_type_submit powermail_fieldwrap_envoyer form-group"><div class="powermail_field">'
            f'<input class="btn btn-primary powermail_submit" type="submit" value="{escape(submit)}" /></div></div></fieldset>'
            f'<input class="powermail_form_uid" type="hidden" name="tx_powermail_pi1[mail][form]" value="{uid}" />'
            f'<div style="margin-left: -99999px; position: absolute;"><label for="powermail_hp_{uid}">Ne pas remplir ce champ</label>'
            f'<input autocomplete="new-powermail-hp-{uid}" aria-hidden="true" id="powermail_hp_{uid}" tabindex="-1" type="text" name="tx_powermail_pi1[field][__hp]" value="" /></div>'
            f'<input type="hidden" name="tx_powermail_pi1[__trustedProperties]" value="{_hex("tp" + str(uid), 40)}" /></form></div></div>')


# --------------------------------------------------------------------------------------- Publik (w.c.s.)


def wcs_form(slug, fields, submit="Valider", intro=""):
    """A w.c.s. form served through the combo portal: fields (kind, label, required, options)."""
    out = []
    for i, (kind, label, required, *rest) in enumerate(fields, 1):
        req = '<span title="Ce champ est obligatoire." class="required">*</span>' if required else ""
        aria = ' aria-required="true" required' if required else ""
        widget = {"string": "StringWidget", "email": "EmailWidget", "text": "TextWidget", "item": "SingleSelectWidget",
                  "items": "CheckboxesWidget", "date": "DateWidget", "file": "FileWithPreviewWidget", "bool": "CheckboxWidget"}[kind]
        if kind == "text":
            ctl = f'<textarea id="form_f{i}" name="f{i}" cols="72" rows="10"{aria}></textarea>'
        elif kind == "item":
            opts = '<option value="">---</option>' + "".join(f'<option value="{escape(o)}">{o}</option>' for o in rest[0])
            ctl = f'<select id="form_f{i}" name="f{i}"{aria}>{opts}</select>'
        elif kind == "items":
            ctl = "<ul>" + "".join(f'<li><label><input type="checkbox" name="f{i}${j}" value="yes" /><span>{o}</span></label></li>'
                                   for j, o in enumerate(rest[0], 1)) + "</ul>"
        elif kind == "file":
            ctl = f'<input type="file" id="form_f{i}" name="f{i}$file" />'
        elif kind == "bool":
            ctl = f'<input type="checkbox" id="form_f{i}" name="f{i}" value="yes"{aria} />'
        else:
            typ = {"string": "text", "email": "email", "date": "date"}[kind]
            ctl = f'<input id="form_f{i}" name="f{i}" type="{typ}" value=""{aria} />'
        out.append(f'<div class="widget {widget} template-form-field{" widget-required" if required else " widget-optional"}" id="var_f{i}" data-field-id="{i}">'
                   f'<div class="title"><label for="form_f{i}">{label} {req}</label></div><div class="content">{ctl}</div></div>')
    return (f'<div id="rub_service"><div class="wcs-formcell"><div class="form-intro">{intro}</div>'
            f'<form action="/{slug}/" method="post" enctype="multipart/form-data" novalidate="novalidate" class="quixote" '
            f'data-warn-on-unsaved-content="true" data-has-draft="false">'
            f'<input type="hidden" name="_form_id" value="{_n(slug)}" /><input type="hidden" name="_ajax_form_token" value="{_hex(slug, 32)}" />'
            '<div id="steps" class="steps-step-1"><ol><li class="current"><span class="marker">1</span> <span class="label">Saisie</span></li>'
            '<li><span class="marker">2</span> <span class="label">Validation</span></li></ol></div>'
            f'<div class="page" data-page-no="1">{"".join(out)}</div>'
            f'<div class="buttons form-buttons"><div class="submit-button"><button name="submit" value="Valider" class="submit-button">{submit}</button></div>'
            '<div class="savedraft-button"><button name="savedraft" value="Enregistrer le brouillon" formnovalidate="true">Enregistrer le brouillon</button></div></div>'
            '</form></div></div>')


def publik_tiles(tiles):
    """Combo portal cells linking to forms: (title, [(label, href)])."""
    cells = "".join(
        f'<div class="cell wcs-category-cell"><div><h2>{title}</h2><ul>'
        + "".join(f'<li class="{("slug-" + href.strip("/").replace("/", "-"))}"><a href="{escape(href)}">{label}</a></li>' for label, href in links)
        + "</ul></div></div>" for title, links in tiles)
    return f'<div class="combo-cell-grid">{cells}</div>'


# -------------------------------------------------------------------------------------------- Decidim


def decidim_cards(cards):
    """Process or assembly cards: (href, title, meta, description)."""
    out = "".join(f'<a href="{escape(href)}" class="card__grid"><div class="card__grid-img"><img src="/rails/active_storage/representations/{_hex(href, 20)}/visuel.jpg" alt=""></div>'
                  f'<div class="card__grid-text"><h3 class="h4 text-secondary">{title}</h3><div class="card__grid-metadata"><span>{meta}</span></div>'
                  f'<p>{desc}</p></div></a>' for href, title, meta, desc in cards)
    return f'<div class="card__grid-grid">{out}</div>'


def decidim_proposals(items):
    """A proposals index: (href, title, author, supports, comments)."""
    out = "".join(f'<a href="{escape(href)}" class="card__list" id="proposals__proposal_{_n(href, 900, 100)}"><div class="card__list-content">'
                  f'<div class="card__list-title">{title}</div><div class="card__list-metadata"><span class="author__name">{author}</span>'
                  f'<div><span class="sr-only">Soutiens</span>{supports} soutiens</div><div><span class="sr-only">Commentaires</span>{comments} commentaires</div></div></div></a>'
                  for href, title, author, supports, comments in items)
    return f'<div id="proposals" class="card__list-list">{out}</div>'


def decidim_comments(resource, rid, comments, can_add=True):
    """decidim-comments: the thread and the "add comment" form (anonymous visitors see it and are asked to sign in)."""
    items = "".join(
        f'<div id="comment_{rid * 10 + i}" class="comment" data-comment-id="{rid * 10 + i}"><div class="comment__header">'
        f'<div class="author"><span class="author__name">{name}</span></div><span class="comment__header-date">{date}</span></div>'
        f'<div class="comment__content"><div class="editor-content"><p>{text}</p></div></div>'
        f'<div class="comment__footer"><button class="button button__sm button__text-secondary js-comment__reply" data-toggle="panel-{rid * 10 + i}">Répondre</button>'
        f'<div class="comment__votes"><span>{(rid + i) % 9}</span></div></div></div>' for i, (name, date, text) in enumerate(comments, 1))
    form = ""
    if can_add:
        form = (f'<div class="add-comment" data-decidim-comments-add-comment><h3 class="h4">Ajouter un commentaire</h3>'
                f'<form class="new_comment" id="new_comment_for_{resource}_{rid}" data-remote="true" action="/comments" accept-charset="UTF-8" method="post">'
                f'<input type="hidden" name="comment[commentable_gid]" value="{_hex(resource + str(rid), 40)}" autocomplete="off" />'
                f'<input type="hidden" name="comment[alignment]" value="0" autocomplete="off" />'
                f'<label for="add-comment-{resource}-{rid}">Commentaire</label>'
                f'<textarea maxlength="1000" rows="4" placeholder="Ajoutez votre commentaire" data-input-emoji="true" name="comment[body]" id="add-comment-{resource}-{rid}"></textarea>'
                '<button type="submit" class="button button__sm button__secondary">Publier un commentaire</button></form></div>')
    return (f'<div id="comments-for-{resource}-{rid}" class="comments" data-decidim-comments=\'{{"commentableGid":"{_hex(resource + str(rid), 12)}","commentsUrl":"/comments"}}\'>'
            f'<div class="comments__header"><h2 class="h4">{len(comments)} commentaires</h2></div><div class="comment-threads">{items}</div>{form}</div>')


# --------------------------------------------------------------------------------------- Cap Collectif


def capco_steps(project, steps):
    """The step bar of a Cap Collectif project: (href, label, status)."""
    lis = "".join(f'<li class="step {status}"><a href="{escape(href)}"><span class="step-title">{label}</span>'
                  f'<span class="step-status label label-{ "success" if status == "open" else "default"}">{ {"open": "En cours", "closed": "Terminé", "future": "À venir"}[status] }</span></a></li>'
                  for href, label, status in steps)
    return f'<nav class="project-stepper" aria-label="Étapes du projet {escape(project)}"><ul class="stepper">{lis}</ul></nav>'


def capco_proposals(items):
    """Proposal cards: (href, title, author, district, votes, comments)."""
    out = "".join(f'<li class="list-group-item proposal-preview" id="proposal-{_n(href, 9000, 1000)}"><div class="proposal__body">'
                  f'<h2 class="proposal__title h4"><a href="{escape(href)}">{title}</a></h2>'
                  f'<p class="proposal__author">Par <span class="author-name">{author}</span> · <span class="proposal__district">{district}</span></p></div>'
                  f'<div class="proposal__footer"><span class="proposal__votes">{votes} votes</span> · <span class="proposal__comments">{comments} commentaires</span></div></li>'
                  for href, title, author, district, votes, comments in items)
    return f'<ul class="media-list proposal-preview-list">{out}</ul>'


def capco_comments(proposal_id, comments):
    items = "".join(f'<li class="opinion opinion--comment" id="comment-{proposal_id * 10 + i}"><div class="opinion__header">'
                    f'<span class="author-name">{name}</span> <span class="excerpt">{date}</span></div>'
                    f'<p class="opinion__text">{text}</p><div class="opinion__votes"><button class="btn btn-xs btn-default">D\'accord</button></div></li>'
                    for i, (name, date, text) in enumerate(comments, 1))
    return (f'<section id="proposal-comments" class="comments-section"><h3>{len(comments)} commentaires</h3>'
            '<form class="comment-form" id="CreateCommentForm" method="post" action="/graphql">'
            '<label for="CreateCommentForm-body" class="sr-only">Votre commentaire</label>'
            '<textarea id="CreateCommentForm-body" name="body" class="form-control" placeholder="Ajouter un commentaire…" rows="3"></textarea>'
            '<div class="comment-form__anonymous"><label for="CreateCommentForm-authorName">Nom ou pseudonyme</label><input type="text" id="CreateCommentForm-authorName" name="authorName" class="form-control" />'
            '<label for="CreateCommentForm-authorEmail">Adresse électronique</label><input type="email" id="CreateCommentForm-authorEmail" name="authorEmail" class="form-control" /></div>'
            '<button type="submit" class="btn btn-primary">Commenter</button></form>'
            f'<ul class="media-list opinion__list">{items}</ul></section>')


# -------------------------------------------------------------------------------------------- Go Vocal


def govocal_cards(ideas):
    """Idea cards: (href, title, author, votes, comments)."""
    out = "".join(f'<a class="e2e-idea-card" href="{escape(href)}" data-testid="idea-card"><h3 class="e2e-idea-card-title">{title}</h3>'
                  f'<p class="e2e-idea-card-author">{author}</p><div class="e2e-idea-card-footer"><span class="e2e-ideacard-upvote-count">{votes}</span>'
                  f'<span class="e2e-ideacard-comment-count">{comments} commentaires</span></div></a>' for href, title, author, votes, comments in ideas)
    return f'<div id="e2e-ideas-list" class="e2e-ideas-container">{out}</div>'


def govocal_comments(idea, comments):
    items = "".join(f'<div class="e2e-comment-thread"><div class="e2e-comment" id="comment-{_n(idea + str(i))}"><span class="e2e-username">{name}</span> '
                    f'<time>{date}</time><div class="e2e-comment-body"><p>{text}</p></div></div></div>' for i, (name, date, text) in enumerate(comments))
    return (f'<section id="e2e-comments-container"><h2>Commentaires ({len(comments)})</h2><div class="e2e-parent-and-childcomments">{items}</div>'
            '<form id="e2e-comment-form" class="e2e-comment-form"><label for="submit-comment" class="visually-hidden">Écrire un commentaire</label>'
            '<textarea id="submit-comment" name="comment" class="e2e-mentionsinput" placeholder="Écrivez votre commentaire ici"></textarea>'
            '<button type="submit" class="e2e-submit-comment">Publier</button></form></section>')


# ----------------------------------------------------------------------------------------------- phpBB


def phpbb_index(categories):
    """Board index: [(category, [(href, forum title, description, topics, posts, last)])]."""
    blocks = []
    for cat, forums in categories:
        rows = "".join(
            f'<li class="row"><dl class="row-item forum_read"><dt title="Aucun message non lu"><div class="list-inner">'
            f'<a href="{escape(href)}" class="forumtitle">{title}</a><br />{desc}</div></dt>'
            f'<dd class="topics">{topics} <dfn>Sujets</dfn></dd><dd class="posts">{posts} <dfn>Messages</dfn></dd>'
            f'<dd class="lastpost"><span><dfn>Dernier message </dfn>{last}</span></dd></dl></li>' for href, title, desc, topics, posts, last in forums)
        blocks.append(f'<div class="forabg"><div class="inner"><ul class="topiclist"><li class="header"><dl class="row-item"><dt><div class="list-inner">{cat}</div></dt>'
                      '<dd class="topics">Sujets</dd><dd class="posts">Messages</dd><dd class="lastpost"><span>Dernier message</span></dd></dl></li></ul>'
                      f'<ul class="topiclist forums">{rows}</ul></div></div>')
    return "".join(blocks)


def phpbb_viewforum(topics, new_topic_note=True):
    """Topics of a forum: (href, title, author, replies, views, last)."""
    rows = "".join(
        f'<li class="row bg{1 + i % 2}"><dl class="row-item topic_read"><dt title="Aucun message non lu"><div class="list-inner">'
        f'<a href="{escape(href)}" class="topictitle">{title}</a><br /><div class="topic-poster responsive-hide left-box">par '
        f'<span class="username">{author}</span> &raquo; {last}</div></div></dt>'
        f'<dd class="posts">{replies} <dfn>Réponses</dfn></dd><dd class="views">{views} <dfn>Vues</dfn></dd>'
        f'<dd class="lastpost"><span><dfn>Dernier message </dfn>{last}</span></dd></dl></li>' for i, (href, title, author, replies, views, last) in enumerate(topics))
    note = ('<div class="action-bar bar-top"><p class="rules">Vous devez être inscrit et <a href="/ucp.php?mode=login">connecté</a> '
            'pour créer un sujet ou répondre.</p></div>') if new_topic_note else ""
    return (f'{note}<div class="forumbg"><div class="inner"><ul class="topiclist"><li class="header"><dl class="row-item"><dt><div class="list-inner">Sujets</div></dt>'
            '<dd class="posts">Réponses</dd><dd class="views">Vues</dd><dd class="lastpost"><span>Dernier message</span></dd></dl></li></ul>'
            f'<ul class="topiclist topics">{rows}</ul></div></div>')


def phpbb_viewtopic(topic_id, subject, posts):
    """Posts of a topic: (author, date label, text, rank)."""
    out = "".join(
        f'<div id="p{topic_id * 100 + i}" class="post has-profile bg{1 + i % 2}"><div class="inner">'
        f'<dl class="postprofile" id="profile{topic_id * 100 + i}"><dt class="has-profile-rank no-avatar"><span class="username">{author}</span></dt>'
        f'<dd class="profile-rank">{rank}</dd></dl><div class="postbody"><div id="post_content{topic_id * 100 + i}">'
        f'<h3{" class=" + chr(34) + "first" + chr(34) if i == 0 else ""}><a href="#p{topic_id * 100 + i}">{"" if i == 0 else "Re: "}{subject}</a></h3>'
        f'<p class="author"><span class="responsive-hide">par <strong><span class="username">{author}</span></strong> &raquo; </span>{date}</p>'
        f'<div class="content">{text}</div></div></div><div class="back2top"><a href="#top" class="top" title="Haut">Haut</a></div></div></div><hr class="divider" />'
        for i, (author, date, text, rank) in enumerate(posts))
    return (f'<div class="action-bar bar-top"><div class="pagination">{len(posts)} messages &bull; Page <strong>1</strong> sur <span>1</span></div></div>'
            f'{out}<div class="action-bar bar-bottom"><p class="rules">Vous devez être inscrit et <a href="/ucp.php?mode=login">connecté</a> pour répondre.</p></div>')


# -------------------------------------------------------------------------------------------- Discourse


def discourse_list(topics):
    """The crawler view of a topic list: (href, title, category, replies, views, activity)."""
    rows = "".join(
        f'<tr class="topic-list-item"><td class="main-link"><meta itemprop="position" content="{i}"><span class="link-top-line">'
        f"<a itemprop='url' href='{escape(href)}' class='title raw-link raw-topic-link'>{title}</a></span>"
        f'<div class="link-bottom-line"><span class="category-name">{cat}</span></div></td>'
        f"<td class='replies'><span class='posts' title='messages'>{replies}</span></td>"
        f"<td class='views'><span class='views' title='vues'>{views}</span></td><td>{activity}</td></tr>"
        for i, (href, title, cat, replies, views, activity) in enumerate(topics, 1))
    return (f'<div class="topic-list-container" itemscope itemtype="http://schema.org/ItemList"><meta itemprop="itemListOrder" content="http://schema.org/ItemListOrderDescending">'
            f'<table class="topic-list"><thead><tr><th>Sujet</th><th>Réponses</th><th>Vues</th><th>Activité</th></tr></thead><tbody>{rows}</tbody></table></div>')


def discourse_topic(topic_id, slug, posts, category):
    """The crawler view of a topic: (username, display name, iso date, text)."""
    out = "".join(
        f'<div id="post_{i}" itemprop="{"mainEntity" if i == 1 else "comment"}" itemscope itemtype="http://schema.org/{"DiscussionForumPosting" if i == 1 else "Comment"}" class="topic-body crawler-post">'
        f'<div class="crawler-post-meta"><span class="creator" itemprop="author" itemscope itemtype="http://schema.org/Person">'
        f'<span itemprop="name">{user}</span> <span class="fullname">({name})</span></span>'
        f'<span class="crawler-post-infos"><time itemprop="datePublished" datetime="{iso}" class="post-time">{iso[:10]}</time>'
        f'<meta itemprop="position" content="{i}"><span itemprop="interactionStatistic" itemscope itemtype="http://schema.org/InteractionCounter">'
        f'<meta itemprop="interactionType" content="http://schema.org/LikeAction"/><meta itemprop="userInteractionCount" content="{(topic_id + i) % 7}" />'
        f'<span class="post-likes">{(topic_id + i) % 7} J\'aime</span></span></span></div>'
        f'<div class="post" itemprop="text">{text}</div></div>' for i, (user, name, iso, text) in enumerate(posts, 1))
    return (f'<div id="topic-title"><div class="topic-category" itemscope itemtype="http://schema.org/BreadcrumbList">'
            f'<span itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><span class="category-name" itemprop="name">{category}</span>'
            f'<meta itemprop="position" content="1" /></span></div></div>{out}'
            f'<div id="topic-footer" data-topic-slug="{slug}"><p>{len(posts)} messages</p></div>')


# -------------------------------------------------------------------------------------------- community


def feed(posts):
    """Posts of a neighbours' network: (author, quarter, when, kind, text, replies)."""
    out = "".join(
        f'<article class="post-card post-card--{kind}"><header class="post-card__header"><span class="post-card__author">{author}</span>'
        f'<span class="post-card__quarter">{quarter}</span><time class="post-card__time">{when}</time>'
        f'<span class="post-card__badge">{ {"entraide": "Entraide", "pret": "Prêt / don", "info": "Info de quartier", "evenement": "Événement"}[kind] }</span></header>'
        f'<div class="post-card__body"><p>{text}</p></div><footer class="post-card__footer"><span class="post-card__replies">{replies} réponses</span>'
        '<a href="/connexion" class="post-card__reply">Répondre</a></footer></article>' for author, quarter, when, kind, text, replies in posts)
    return f'<div class="feed">{out}</div>'


# ----------------------------------------------------------------------------------------- page layouts


def _nav_links(site):
    return "".join(f'<li><a href="{escape(h)}">{escape(label)}</a></li>' for label, h in site.menu)


def _social_links(site, cls):
    return "".join(f'<a class="{cls} {cls}--{a.platform}" href="{escape(a.href)}" target="_blank" rel="noopener">{a.platform.capitalize()}</a> '
                   for a in site.accounts)


def layout_handmade(site, page):
    """A site the town's IT department wrote by hand in PHP around 2011: XHTML, tables of news, jQuery 1.7."""
    trail = ""
    if page.path != "/":
        trail = '<div id="ariane">Vous êtes ici : <a href="/">Accueil</a>'
        if page.parent:
            trail += f' &gt; <a href="{escape(page.parent[1])}">{escape(page.parent[0])}</a>'
        trail += f" &gt; {escape(page.title)}</div>"
    menu = "".join(f'<li><a href="{escape(h)}">{escape(label)}</a></li>' for label, h in site.menu)
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="fr" lang="fr">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{escape(site.title)} - {escape(page.title)}</title>
<meta name="keywords" content="mairie, {escape(site.title)}, Puy-de-Dôme, Auvergne, commune" />
<meta name="author" content="Service informatique - Mairie de {escape(site.title)}" />
<link rel="stylesheet" type="text/css" href="/css/style.css" media="screen" />
<link rel="stylesheet" type="text/css" href="/css/print.css" media="print" />
<link rel="shortcut icon" href="/favicon.ico" />
<script type="text/javascript" src="/js/jquery-1.7.2.min.js"></script>
<script type="text/javascript" src="/js/menu.js"></script>
</head>
<body>
<div id="conteneur">
<div id="entete"><a href="/"><img src="/images/bandeau.jpg" width="960" height="140" alt="{escape(site.title)} - Site officiel de la ville" /></a></div>
<div id="menuhaut"><ul id="menu">{menu}</ul></div>
<div id="corps">
<div id="gauche"><div class="bloc"><h3>Recherche</h3><form action="/recherche.php" method="get"><input type="text" name="q" size="14" /> <input type="submit" value="OK" /></form></div>
<div class="bloc"><h3>Mairie</h3><p>{escape(site.address)}<br />Tél. 04 73 00 00 00</p><p><a href="mailto:mairie@vernieres-sur-allier.fr">mairie@vernieres-sur-allier.fr</a></p></div>
<div class="bloc"><h3>Suivez-nous</h3><p>{_social_links(site, "reseau")}</p></div></div>
<div id="contenu">{trail}
<h1>{escape(page.title)}</h1>
{page.body}
</div>
<div class="clear"></div></div>
<div id="pied"><p>&copy; Ville de {escape(site.title)} - <a href="/mentions-legales">Mentions légales</a> - Site optimisé pour une résolution 1024x768 - <a href="/index.php?page=contact">Contact</a></p></div>
</div>
</body>
</html>"""


def layout_jenparle(site, page):
    """Jenparle: a hosted concertation platform (server-rendered pages, then a Vue front)."""
    menu = "".join(f'<li class="jp-nav__item"><a class="jp-nav__link" href="{escape(h)}">{escape(label)}</a></li>' for label, h in site.menu)
    crumbs = ""
    if page.path != "/":
        crumbs = '<ol class="jp-breadcrumb"><li><a href="/">Accueil</a></li>'
        if page.parent:
            crumbs += f'<li><a href="{escape(page.parent[1])}">{escape(page.parent[0])}</a></li>'
        crumbs += f'<li aria-current="page">{escape(page.title)}</li></ol>'
    return f"""<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(page.title)} · {escape(site.title)}</title>
<meta name="description" content="Plateforme de concertation - {escape(site.title)}">
<meta property="og:site_name" content="{escape(site.title)}">
<link rel="stylesheet" href="/build/jenparle.app.8f3c21.css">
<script src="/build/runtime.2b91a0.js" defer></script>
<script src="/build/jenparle.app.8f3c21.js" defer></script>
</head>
<body class="jp-body jp-tenant-{escape(site.host.split('.')[0])}">
<header class="jp-header"><div class="jp-header__inner"><a href="/" class="jp-header__brand">{escape(site.title)}</a>
<nav class="jp-nav" aria-label="Navigation principale"><ul class="jp-nav__list">{menu}</ul></nav>
<a class="jp-header__login btn btn-outline" href="/connexion">Se connecter</a></div></header>
<main id="jp-main" class="jp-main">{crumbs}<h1 class="jp-title">{escape(page.title)}</h1>
<div class="jp-content">{page.body}</div></main>
<footer class="jp-footer"><ul><li><a href="/mentions-legales">Mentions légales</a></li><li><a href="/connexion">Connexion</a></li></ul>
<p class="jp-footer__powered">Plateforme <a href="https://www.jenparle.net" target="_blank" rel="noopener">Jenparle</a></p></footer>
</body></html>"""


def layout_fluicity(site, page):
    """Fluicity: a React application whose server sends a pre-rendered view."""
    menu = "".join(f'<a class="TopBar__link" href="{escape(h)}">{escape(label)}</a>' for label, h in site.menu)
    return f"""<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8"/>
<meta name="viewport" content="width=device-width,initial-scale=1,shrink-to-fit=no"/>
<meta name="theme-color" content="#2b2d86"/>
<title>{escape(page.title)} - {escape(site.title)} | Fluicity</title>
<meta property="og:title" content="{escape(page.title)}"/>
<meta property="og:site_name" content="Fluicity"/>
<link rel="manifest" href="/manifest.json"/>
<link href="/static/css/main.4b1f0c2e.chunk.css" rel="stylesheet">
</head>
<body>
<noscript>Vous devez activer JavaScript pour utiliser Fluicity.</noscript>
<div id="root"><div class="App">
<header class="TopBar"><a class="TopBar__brand" href="/">{escape(site.title)}</a><nav class="TopBar__nav">{menu}</nav>
<a class="TopBar__login" href="/mentions-legales">Informations</a></header>
<main class="Page"><h1 class="Page__title">{escape(page.title)}</h1>{page.body}</main>
<footer class="Footer"><a href="/mentions-legales">Mentions légales</a> · Propulsé par <a href="https://www.flui.city" target="_blank" rel="noopener">Fluicity</a></footer>
</div></div>
<script src="/static/js/2.9a7e55c1.chunk.js"></script><script src="/static/js/main.0d3b6e71.chunk.js"></script>
</body></html>"""


def layout_idcity(site, page):
    """iD City: a participation platform (Symfony back end, Twig pages)."""
    menu = "".join(f'<li class="menu-item"><a href="{escape(h)}">{escape(label)}</a></li>' for label, h in site.menu)
    crumbs = ""
    if page.path != "/":
        crumbs = '<nav class="breadcrumb" aria-label="Fil d\'Ariane"><a href="/">Accueil</a>'
        if page.parent:
            crumbs += f' › <a href="{escape(page.parent[1])}">{escape(page.parent[0])}</a>'
        crumbs += f" › <span>{escape(page.title)}</span></nav>"
    return f"""<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{escape(page.title)} | {escape(site.title)}</title>
<meta name="description" content="{escape(site.title)} : la plateforme participative">
<link rel="stylesheet" href="/build/app.css?v=4.12.0">
<script src="/build/runtime.js?v=4.12.0" defer></script>
<script src="/build/app.js?v=4.12.0" defer></script>
</head>
<body class="idc-front">
<header class="idc-header"><div class="container"><a class="idc-logo" href="/">{escape(site.title)}</a>
<nav class="idc-menu" aria-label="Menu"><ul>{menu}</ul></nav><a class="btn btn-primary idc-login" href="/mentions-legales">À propos</a></div></header>
<main id="main" class="idc-main"><div class="container">{crumbs}<h1 class="idc-title">{escape(page.title)}</h1>{page.body}</div></main>
<footer class="idc-footer"><div class="container"><a href="/mentions-legales">Mentions légales</a> ·
<span class="idc-powered">Une plateforme <a href="https://www.id-city.fr" target="_blank" rel="noopener">iD City</a></span></div></footer>
</body></html>"""
