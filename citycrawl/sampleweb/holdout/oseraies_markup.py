"""Markup of the ``oseraies`` part: the forms, comment systems, boards, polls and platform fragments that
the CMSs and services of its towns print, written from the public markup of each software.

Every helper returns an HTML fragment (a page's main content or a part of it), except the two whole-page
layouts at the end (a LimeSurvey instance and a hand-written municipal site), served by custom hosts.
"""
import zlib
from html import escape

# --------------------------------------------------------------------------------------------- generic


def _id(*parts) -> int:
    return zlib.crc32("|".join(str(p) for p in parts).encode()) % 9000 + 1000


def _tok(*parts) -> str:
    key = "|".join(str(p) for p in parts)
    return format(zlib.crc32(f"a:{key}".encode()), "08x") + format(zlib.crc32(f"b:{key}".encode()), "08x")


def p(*paras) -> str:
    return "".join(f"<p>{x}</p>" for x in paras)


def h2(text, cls="") -> str:
    return f'<h2{f" class={chr(34)}{cls}{chr(34)}" if cls else ""}>{text}</h2>'


def h3(text) -> str:
    return f"<h3>{text}</h3>"


def ul(*items, cls="") -> str:
    attr = f' class="{cls}"' if cls else ""
    return f"<ul{attr}>" + "".join(f"<li>{i}</li>" for i in items) + "</ul>"


def ol(*items) -> str:
    return "<ol>" + "".join(f"<li>{i}</li>" for i in items) + "</ol>"


def a(href, label, cls="", ext=False) -> str:
    attrs = f' class="{cls}"' if cls else ""
    if ext:
        attrs += ' target="_blank" rel="noopener noreferrer"'
    return f'<a href="{escape(href)}"{attrs}>{label}</a>'


def button_link(href, label, ext=False) -> str:
    return a(href, label, "btn btn-primary", ext)


def figure(src, alt, caption="") -> str:
    cap = f"<figcaption>{caption}</figcaption>" if caption else ""
    return f'<figure class="image"><img src="{escape(src)}" alt="{escape(alt)}" loading="lazy" />{cap}</figure>'


def encart(title, *paras, cls="encart") -> str:
    return f'<aside class="{cls}"><p class="{cls}__title"><strong>{title}</strong></p>{p(*paras)}</aside>'


def share(url, title) -> str:
    """Share buttons (intents, not accounts)."""
    from urllib.parse import quote
    u, t = quote(url, safe=""), quote(title, safe="")
    return ('<div class="partage"><p class="partage__titre">Partager cette page</p><ul class="partage__liste">'
            f'<li><a href="https://www.facebook.com/sharer/sharer.php?u={u}" target="_blank" rel="noopener" '
            'title="Partager sur Facebook (nouvelle fenêtre)">Facebook</a></li>'
            f'<li><a href="https://twitter.com/intent/tweet?url={u}&amp;text={t}" target="_blank" rel="noopener" '
            'title="Partager sur X (nouvelle fenêtre)">X</a></li>'
            f'<li><a href="https://www.linkedin.com/shareArticle?mini=true&amp;url={u}" target="_blank" rel="noopener" '
            'title="Partager sur LinkedIn (nouvelle fenêtre)">LinkedIn</a></li>'
            f'<li><a href="mailto:?subject={t}&amp;body={u}" title="Envoyer par courriel">Courriel</a></li>'
            '<li><button type="button" class="partage__imprimer" onclick="window.print()">Imprimer</button></li></ul></div>')


# A field spec is a tuple: (kind, label) or (kind, label, options); kinds: text, email, tel, textarea,
# select, radio, checkbox, consent, file, number, date, hidden.
def _opts(spec):
    return spec[2] if len(spec) > 2 else ()


# ------------------------------------------------------------------------------------------- embeds


def framaforms(slug, title, height=1100) -> str:
    return (f'<div class="embed-framaforms"><iframe src="https://framaforms.org/{slug}" width="100%" height="{height}" '
            f'style="border:0" title="{escape(title)}">Votre navigateur ne permet pas d\'afficher le formulaire : '
            f'<a href="https://framaforms.org/{slug}">ouvrir le questionnaire sur Framaforms</a>.</iframe></div>')


def google_form(form_id, title, height=1650) -> str:
    return (f'<iframe src="https://docs.google.com/forms/d/e/{form_id}/viewform?embedded=true" width="640" '
            f'height="{height}" frameborder="0" marginheight="0" marginwidth="0" title="{escape(title)}">Chargement…</iframe>')


def ms_form(form_id, title) -> str:
    return (f'<iframe width="640px" height="480px" src="https://forms.office.com/Pages/ResponsePage.aspx?id={form_id}&amp;embed=true" '
            'frameborder="0" marginwidth="0" marginheight="0" style="border: none; max-width:100%; max-height:100vh" '
            f'allowfullscreen webkitallowfullscreen mozallowfullscreen msallowfullscreen title="{escape(title)}"> </iframe>')


def tally(form_id, title) -> str:
    return (f'<iframe data-tally-src="https://tally.so/embed/{form_id}?alignLeft=1&amp;hideTitle=1&amp;transparentBackground=1&amp;dynamicHeight=1" '
            f'loading="lazy" width="100%" height="560" frameborder="0" marginheight="0" marginwidth="0" title="{escape(title)}"></iframe>'
            '<script>var d=document,w="https://tally.so/widgets/embed.js",v=function(){"undefined"!=typeof Tally?Tally.loadEmbeds():'
            'd.querySelectorAll("iframe[data-tally-src]:not([src])").forEach((function(e){e.src=e.dataset.tallySrc}))};'
            'if("undefined"!=typeof Tally)v();else if(d.querySelector(\'script[src="\'+w+\'"]\')==null){var s=d.createElement("script");'
            's.src=w,s.onload=v,s.onerror=v,d.body.appendChild(s);}</script>')


def disqus(shortname, url, identifier) -> str:
    return ('<div id="disqus_thread"></div><script>var disqus_config = function () {'
            f"this.page.url = '{url}'; this.page.identifier = '{identifier}'; }};"
            "(function() { var d = document, s = d.createElement('script');"
            f"s.src = 'https://{shortname}.disqus.com/embed.js'; s.setAttribute('data-timestamp', +new Date());"
            "(d.head || d.body).appendChild(s); })();</script>"
            '<noscript>Veuillez activer JavaScript pour afficher les <a href="https://disqus.com/?ref_noscript" '
            'rel="nofollow">commentaires propulsés par Disqus.</a></noscript>')


def fb_comments(url, n=5) -> str:
    return ('<div id="fb-root"></div><script async defer crossorigin="anonymous" '
            'src="https://connect.facebook.net/fr_FR/sdk.js#xfbml=1&amp;version=v19.0" nonce="Xq3pL2sd"></script>'
            f'<div class="fb-comments" data-href="{escape(url)}" data-width="100%" data-numposts="{n}" data-order-by="reverse_time"></div>')


def youtube(video_id, title) -> str:
    return (f'<div class="video-embed"><iframe width="560" height="315" src="https://www.youtube-nocookie.com/embed/{video_id}" '
            f'title="{escape(title)}" frameborder="0" allow="accelerometer; encrypted-media; picture-in-picture" allowfullscreen></iframe></div>')


def sendinblue(action_id) -> str:
    """A Brevo (ex-Sendinblue) newsletter sign-up embed."""
    return (f'<div class="sib-form"><div id="sib-form-container" class="sib-form-container"><div id="sib-container" class="sib-container--large sib-container--vertical">'
            f'<form id="sib-form" method="POST" action="https://{action_id}.sibforms.com/serve/MUIFA{_tok(action_id)}" data-type="subscription">'
            '<div class="sib-form-block"><p>Recevez chaque mois l\'essentiel de l\'actualité municipale.</p></div>'
            '<div class="sib-input sib-form-block"><div class="form__entry entry_block"><label class="entry__label" for="EMAIL">Votre adresse e-mail</label>'
            '<div class="entry__field"><input class="input" type="text" id="EMAIL" name="EMAIL" autocomplete="off" placeholder="EMAIL" data-required="true" required /></div></div></div>'
            '<div class="sib-optin sib-form-block"><label class="entry__label"><input type="checkbox" class="input_replaced" value="1" id="OPT_IN" name="OPT_IN" required/>'
            '<span>J\'accepte de recevoir la lettre d\'information de la ville et j\'ai pris connaissance de la politique de confidentialité.</span></label></div>'
            '<div class="sib-form-block"><button class="sib-form-block__button sib-form-block__button-with-loader" form="sib-form" type="submit">S\'INSCRIRE</button></div>'
            '<input type="text" name="email_address_check" value="" class="input--hidden"><input type="hidden" name="locale" value="fr"></form></div></div></div>')


# ---------------------------------------------------------------------------------------- WordPress


def wp_meta(date_iso, date_fr, cats=(), author="Service communication") -> str:
    links = ", ".join(f'<span class="cat-links__item">{c}</span>' for c in cats)
    return (f'<div class="entry-meta"><span class="posted-on">Publié le <time class="entry-date published" datetime="{date_iso}T09:00:00+01:00">{date_fr}</time></span>'
            f' <span class="byline">par <span class="author vcard">{author}</span></span>'
            + (f' <span class="cat-links">dans {links}</span>' if cats else "") + '</div>')


def _cf7_field(spec, i):
    kind, label = spec[0], spec[1]
    names = {"text": "your-name", "email": "your-email", "tel": "your-tel", "textarea": "your-message", "select": "your-subject"}
    name = names.get(kind, f"field-{i}") if i < 6 else f"{kind}-{i}"
    if kind == "consent":
        return (f'<p><span class="wpcf7-form-control-wrap" data-name="acceptance-rgpd"><span class="wpcf7-form-control wpcf7-acceptance">'
                f'<span class="wpcf7-list-item"><label><input type="checkbox" name="acceptance-rgpd" value="1" aria-invalid="false" />'
                f'<span class="wpcf7-list-item-label">{label}</span></label></span></span></span></p>')
    if kind == "textarea":
        ctl = f'<textarea cols="40" rows="10" maxlength="2000" class="wpcf7-form-control wpcf7-textarea wpcf7-validates-as-required" aria-required="true" aria-invalid="false" name="{name}"></textarea>'
    elif kind == "select":
        opts = "".join(f'<option value="{escape(o)}">{o}</option>' for o in _opts(spec))
        ctl = f'<select class="wpcf7-form-control wpcf7-select" aria-invalid="false" name="{name}">{opts}</select>'
    else:
        ctl = (f'<input size="40" maxlength="400" class="wpcf7-form-control wpcf7-{kind} wpcf7-validates-as-required" '
               f'aria-required="true" aria-invalid="false" value="" type="{kind}" name="{name}" />')
    return f'<p><label> {label}<br /><span class="wpcf7-form-control-wrap" data-name="{name}">{ctl}</span> </label></p>'


def cf7(form_id, post_id, action, fields, submit="Envoyer", aria="Formulaire de contact") -> str:
    unit = f"wpcf7-f{form_id}-p{post_id}-o1"
    inner = "".join(_cf7_field(s, i) for i, s in enumerate(fields))
    return (f'<div class="wpcf7 no-js" id="{unit}" lang="fr-FR" dir="ltr" data-wpcf7-id="{form_id}">'
            '<div class="screen-reader-response"><p role="status" aria-live="polite" aria-atomic="true"></p> <ul></ul></div>'
            f'<form action="{action}#{unit}" method="post" class="wpcf7-form init" aria-label="{escape(aria)}" novalidate="novalidate" data-status="init">'
            f'<div style="display: none;"><input type="hidden" name="_wpcf7" value="{form_id}" /><input type="hidden" name="_wpcf7_version" value="5.9.5" />'
            f'<input type="hidden" name="_wpcf7_locale" value="fr_FR" /><input type="hidden" name="_wpcf7_unit_tag" value="{unit}" />'
            f'<input type="hidden" name="_wpcf7_container_post" value="{post_id}" /><input type="hidden" name="_wpcf7_posted_data_hash" value="" /></div>'
            f'{inner}<p><input class="wpcf7-form-control wpcf7-submit has-spinner" type="submit" value="{escape(submit)}" /></p>'
            '<div class="wpcf7-response-output" aria-hidden="true"></div></form></div>')


def wp_comments(post_id, title, comments, path, open_=True) -> str:
    """WordPress native comments (comments.php of a classic theme). comments: (cid, author, date_iso, date_fr, text, children)."""
    def one(c, depth):
        cid, author, diso, dfr, text, children = c
        sub = ('<ol class="children">' + "".join(one(ch, depth + 1) for ch in children) + "</ol>") if children else ""
        reply = (f'<div class="reply"><a rel="nofollow" class="comment-reply-link" href="#comment-{cid}" data-commentid="{cid}" '
                 f'data-postid="{post_id}" data-belowelement="div-comment-{cid}" data-respondelement="respond" '
                 f'data-replyto="Répondre à {escape(author)}" aria-label="Répondre à {escape(author)}">Répondre</a></div>') if open_ else ""
        return (f'<li id="comment-{cid}" class="comment {"even" if depth % 2 else "odd"} depth-{depth}">'
                f'<article id="div-comment-{cid}" class="comment-body"><footer class="comment-meta"><div class="comment-author vcard">'
                f'<img alt="" src="/wp-content/plugins/avatar-local/default.png" class="avatar avatar-48 photo" height="48" width="48" loading="lazy" />'
                f'<b class="fn">{author}</b> <span class="says">dit :</span></div><div class="comment-metadata">'
                f'<a href="{path}#comment-{cid}"><time datetime="{diso}">{dfr}</time></a></div></footer>'
                f'<div class="comment-content"><p>{text}</p></div>{reply}</article>{sub}</li>')
    count = 0

    def total(cs):
        return sum(1 + total(c[5]) for c in cs)
    count = total(comments)
    head = ""
    if comments:
        head = (f'<h2 class="comments-title">{count} réflexion{"s" if count > 1 else ""} sur « <span>{title}</span> »</h2>'
                '<ol class="comment-list">' + "".join(one(c, 1) for c in comments) + "</ol>")
    if not open_:
        return f'<div id="comments" class="comments-area">{head}<p class="no-comments">Les commentaires sont fermés.</p></div>'
    form = (f'<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Laisser un commentaire '
            f'<small><a rel="nofollow" id="cancel-comment-reply-link" href="{path}#respond" style="display:none;">Annuler la réponse</a></small></h3>'
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
    return f'<div id="comments" class="comments-area">{head}{form}</div>'


def wp_polls(poll_id, question, answers) -> str:
    first = poll_id * 10
    items = "".join(f'<li><input type="radio" id="poll-answer-{first + i}" name="poll_{poll_id}" value="{first + i}" /> '
                    f'<label for="poll-answer-{first + i}">{ans}</label></li>' for i, ans in enumerate(answers))
    return (f'<section id="polls-widget-2" class="widget widget_polls-widget"><h2 class="widget-title">Sondage</h2>'
            f'<div id="polls-{poll_id}" class="wp-polls"><form id="polls_form_{poll_id}" class="wp-polls-form" action="/index.php" method="post">'
            f'<p style="display: none;"><input type="hidden" id="poll_{poll_id}_nonce" name="wp-polls-nonce" value="{_tok(poll_id)[:10]}" /></p>'
            f'<p style="display: none;"><input type="hidden" name="poll_id" value="{poll_id}" /></p>'
            f'<p style="text-align: center;"><strong>{question}</strong></p><div id="polls-{poll_id}-ans" class="wp-polls-ans">'
            f'<ul class="wp-polls-ul">{items}</ul><p style="text-align: center;"><input type="button" name="vote" value="   Voter   " '
            f'class="Buttons" onclick="poll_vote({poll_id});" /></p><p style="text-align: center;"><a href="#ViewPollResults" '
            f'onclick="poll_result({poll_id}); return false;" title="Voir les résultats de ce sondage">Voir les résultats</a></p></div></form></div>'
            f'<div id="polls-{poll_id}-loading" class="wp-polls-loading"><img src="/wp-content/plugins/wp-polls/images/loading.gif" width="16" height="16" alt="Chargement…" class="wp-polls-image" />&nbsp;Chargement…</div></section>')


def wp_polls_result(poll_id, question, rows, total) -> str:
    items = "".join(f'<li>{label} <small>({pct}%, {votes} votes)</small><div class="pollbar" style="width: {pct}%;" title="{escape(label)} ({pct}% | {votes} votes)"></div></li>'
                    for label, pct, votes in rows)
    return (f'<div id="polls-{poll_id}" class="wp-polls"><p style="text-align: center;"><strong>{question}</strong></p>'
            f'<div id="polls-{poll_id}-ans" class="wp-polls-ans"><ul class="wp-polls-ul">{items}</ul>'
            f'<p style="text-align: center;">Nombre total de votants : <strong>{total}</strong></p>'
            '<p style="text-align: center;">Ce sondage est clos.</p></div></div>')


def speakout(pid, title, count, goal, summary) -> str:
    """SpeakOut! Email Petitions (WordPress plugin)."""
    pct = min(100, round(100 * count / goal))
    return (f'<div id="dk-speakout-petition-{pid}" class="dk-speakout-petition-wrap dk-speakout-petition-wrap--standard">'
            f'<h3>{title}</h3><a name="petition-{pid}"></a><div class="dk-speakout-response"></div>'
            f'<div class="dk-speakout-petition-summary">{summary}</div>'
            f'<form class="dk-speakout-petition"><input type="hidden" id="dk-speakout-posttitle-{pid}" value="{escape(title)}" />'
            f'<input type="hidden" id="dk-speakout-tweet-{pid}" value="" />'
            f'<div class="dk-speakout-half"><label for="dk-speakout-first-name-{pid}" class="required">Prénom</label>'
            f'<input name="dk-speakout-first-name" id="dk-speakout-first-name-{pid}" value="" type="text" /></div>'
            f'<div class="dk-speakout-half"><label for="dk-speakout-last-name-{pid}" class="required">Nom</label>'
            f'<input name="dk-speakout-last-name" id="dk-speakout-last-name-{pid}" value="" type="text" /></div>'
            f'<div class="dk-speakout-full"><label for="dk-speakout-email-{pid}" class="required">E-mail</label>'
            f'<input name="dk-speakout-email" id="dk-speakout-email-{pid}" value="" type="email" /></div>'
            f'<div class="dk-speakout-half"><label for="dk-speakout-postcode-{pid}">Code postal</label>'
            f'<input name="dk-speakout-postcode" id="dk-speakout-postcode-{pid}" value="" type="text" /></div>'
            f'<div class="dk-speakout-optin-wrap"><input type="checkbox" name="dk-speakout-privacypolicy" id="dk-speakout-privacypolicy-{pid}" />'
            f'<label for="dk-speakout-privacypolicy-{pid}">J\'accepte que mon nom apparaisse dans la liste des signataires.</label></div>'
            f'<div class="dk-speakout-submit-wrap"><div id="dk-speakout-ajaxloader-{pid}" class="dk-speakout-ajaxloader" style="visibility: hidden;">&nbsp;</div>'
            f'<a name="{pid}" class="dk-speakout-submit"><span>Signer la pétition</span></a></div></form>'
            f'<div class="dk-speakout-progress"><div class="dk-speakout-progress-bar" style="width: {pct}%;"></div></div>'
            f'<p class="dk-speakout-signature-count"><span>{count}</span> signatures sur un objectif de {goal}</p></div>')


def _wpforms_field(fid, n, spec):
    kind, label = spec[0], spec[1]
    base = f"wpforms-{fid}-field_{n}"
    req = '<span class="wpforms-required-label">*</span>'
    if kind == "textarea":
        ctl = f'<textarea id="{base}" class="wpforms-field-medium wpforms-field-required" name="wpforms[fields][{n}]" required></textarea>'
    elif kind == "select":
        opts = "".join(f'<option value="{escape(o)}">{o}</option>' for o in _opts(spec))
        ctl = f'<select id="{base}" class="wpforms-field-medium" name="wpforms[fields][{n}]">{opts}</select>'
    elif kind in ("radio", "checkbox"):
        ctl = '<ul id="' + base + '">' + "".join(
            f'<li class="choice-{i + 1}"><input type="{kind}" id="{base}_{i + 1}" name="wpforms[fields][{n}]{"[]" if kind == "checkbox" else ""}" '
            f'value="{escape(o)}"><label class="wpforms-field-label-inline" for="{base}_{i + 1}">{o}</label></li>' for i, o in enumerate(_opts(spec))) + "</ul>"
        return (f'<div id="{base}-container" class="wpforms-field wpforms-field-{kind}" data-field-id="{n}">'
                f'<legend class="wpforms-field-label">{label}</legend>{ctl}</div>')
    elif kind == "consent":
        return (f'<div id="{base}-container" class="wpforms-field wpforms-field-gdpr-checkbox" data-field-id="{n}"><ul id="{base}">'
                f'<li class="choice-1"><input type="checkbox" id="{base}_1" name="wpforms[fields][{n}][]" value="{escape(label)}" required>'
                f'<label class="wpforms-field-label-inline" for="{base}_1">{label}</label></li></ul></div>')
    else:
        ctl = f'<input type="{kind}" id="{base}" class="wpforms-field-medium wpforms-field-required" name="wpforms[fields][{n}]" required>'
    return (f'<div id="{base}-container" class="wpforms-field wpforms-field-{kind}" data-field-id="{n}">'
            f'<label class="wpforms-field-label" for="{base}">{label} {req}</label>{ctl}</div>')


def wpforms(fid, action, fields, submit="Envoyer") -> str:
    inner = "".join(_wpforms_field(fid, n + 1, s) for n, s in enumerate(fields))
    return (f'<div class="wpforms-container wpforms-container-full" id="wpforms-{fid}">'
            f'<form id="wpforms-form-{fid}" class="wpforms-validate wpforms-form wpforms-ajax-form" data-formid="{fid}" method="post" '
            f'enctype="multipart/form-data" action="{action}" data-token="{_tok(fid, action)}"><noscript class="wpforms-error-noscript">'
            'Veuillez activer JavaScript dans votre navigateur pour remplir ce formulaire.</noscript>'
            f'<div class="wpforms-field-container">{inner}</div><div class="wpforms-submit-container">'
            f'<input type="hidden" name="wpforms[id]" value="{fid}"><input type="hidden" name="page_title" value="">'
            f'<button type="submit" name="wpforms[submit]" id="wpforms-submit-{fid}" class="wpforms-submit" data-alt-text="Envoi en cours…" '
            f'data-submit-text="{escape(submit)}" aria-live="assertive" value="wpforms-submit">{submit}</button></div></form></div>')


def mailpoet(form_id=1) -> str:
    return (f'<div class="mailpoet_form mailpoet_form_shortcode" id="mp_form_shortcode{form_id}">'
            '<form target="_self" method="post" action="/wp-admin/admin-post.php?action=mailpoet_subscription_form" '
            'class="mailpoet_form mailpoet_form_form mailpoet_form_shortcode" novalidate data-delete-autofill="">'
            f'<input type="hidden" name="data[form_id]" value="{form_id}" /><input type="hidden" name="token" value="{_tok("mp", form_id)[:10]}" />'
            '<input type="hidden" name="api_version" value="v1" /><input type="hidden" name="endpoint" value="subscribers" />'
            '<input type="hidden" name="mailpoet_method" value="subscribe" />'
            '<div class="mailpoet_paragraph"><input type="text" autocomplete="given-name" class="mailpoet_text" id="form_first_name_1" '
            'name="data[form_field_MGI0NjQ1ZDM1ZjAx_first_name]" title="Prénom" value="" placeholder="Prénom" data-automation-id="form_first_name" /></div>'
            '<div class="mailpoet_paragraph"><input type="email" autocomplete="email" class="mailpoet_text" id="form_email_1" '
            'name="data[form_field_ZTQ2MjhlNmE4ZTJk_email]" title="Adresse e-mail" value="" placeholder="Adresse e-mail *" '
            'data-automation-id="form_email" data-parsley-required="true" /></div>'
            '<div class="mailpoet_paragraph"><input type="submit" class="mailpoet_submit" value="Je m\'abonne" data-automation-id="subscribe-submit-button" />'
            '<span class="mailpoet_form_loading"><span class="mailpoet_bounce1"></span><span class="mailpoet_bounce2"></span></span></div>'
            '<div class="mailpoet_message"><p class="mailpoet_validate_success" style="display:none;">Vérifiez votre boîte de réception '
            'pour confirmer votre abonnement.</p></div></form></div>')


def _gf_field(fid, n, spec):
    kind, label = spec[0], spec[1]
    iid = f"input_{fid}_{n}"
    if kind == "textarea":
        ctl = f"<div class='ginput_container ginput_container_textarea'><textarea name='input_{n}' id='{iid}' class='textarea large' aria-invalid=\"false\" rows='10' cols='50'></textarea></div>"
    elif kind == "select":
        opts = "".join(f"<option value='{escape(o)}' >{o}</option>" for o in _opts(spec))
        ctl = f"<div class='ginput_container ginput_container_select'><select name='input_{n}' id='{iid}' class='large gfield_select' aria-invalid=\"false\">{opts}</select></div>"
    elif kind in ("radio", "checkbox"):
        items = "".join(f"<div class='gchoice gchoice_{fid}_{n}_{i}'><input class='gfield-choice-input' name='input_{n}{'.' + str(i + 1) if kind == 'checkbox' else ''}' "
                        f"type='{kind}' value='{escape(o)}' id='choice_{fid}_{n}_{i}' /><label for='choice_{fid}_{n}_{i}' id='label_{fid}_{n}_{i}' "
                        f"class='gform-field-label gform-field-label--type-inline'>{o}</label></div>" for i, o in enumerate(_opts(spec)))
        return (f'<fieldset id="field_{fid}_{n}" class="gfield gfield--type-{kind} gfield--type-choice field_sublabel_below gfield--no-description '
                f'field_description_below gfield_visibility_visible"><legend class=\'gfield_label gform-field-label\'>{label}</legend>'
                f"<div class='ginput_container ginput_container_{kind}'><div class='gfield_{kind}' id='{iid}'>{items}</div></div></fieldset>")
    elif kind == "consent":
        return (f'<fieldset id="field_{fid}_{n}" class="gfield gfield--type-consent gfield--type-choice gfield_contains_required">'
                f"<legend class='gfield_label gform-field-label gfield_label_before_complex'>Consentement</legend>"
                f"<div class='ginput_container ginput_container_consent'><input name='input_{n}.1' id='{iid}_1' type='checkbox' value='1' aria-required=\"true\" />"
                f" <label class=\"gform-field-label gform-field-label--type-inline gfield_consent_label\" for='{iid}_1'>{label}</label></div></fieldset>")
    else:
        ctl = f"<div class='ginput_container ginput_container_{kind}'><input name='input_{n}' id='{iid}' type='{kind}' value='' class='large' aria-invalid=\"false\" /></div>"
    return (f'<div id="field_{fid}_{n}" class="gfield gfield--type-{kind} gfield--width-full field_sublabel_below gfield--no-description '
            f'field_description_below gfield_visibility_visible" data-js-reload="field_{fid}_{n}">'
            f"<label class='gfield_label gform-field-label' for='{iid}'>{label}</label>{ctl}</div>")


def gravity(fid, action, fields, submit="Envoyer", title="") -> str:
    inner = "".join(_gf_field(fid, n + 1, s) for n, s in enumerate(fields))
    heading = f"<div class='gform_heading'><h2 class=\"gform_title\">{title}</h2></div>" if title else ""
    return (f"<div class='gf_browser_chrome gform_wrapper gravity-theme gform-theme--no-framework' data-form-theme='gravity-theme' "
            f"data-form-index='0' id='gform_wrapper_{fid}'>{heading}<form method='post' enctype='multipart/form-data' id='gform_{fid}' "
            f"action='{action}' data-formid='{fid}' novalidate><div class='gform-body gform_body'><div id='gform_fields_{fid}' "
            f"class='gform_fields top_label form_sublabel_below description_below validation_below'>{inner}</div></div>"
            f"<div class='gform_footer top_label'> <input type='submit' id='gform_submit_button_{fid}' class='gform_button button' value='{escape(submit)}' />"
            f" <input type='hidden' class='gform_hidden' name='is_submit_{fid}' value='1' /><input type='hidden' class='gform_hidden' name='gform_submit' value='{fid}' />"
            f"<input type='hidden' class='gform_hidden' name='gform_unique_id' value='' /><input type='hidden' class='gform_hidden' name='state_{fid}' value='WyJbXSIsIjZmN2UifQ==' />"
            f"<input type='hidden' class='gform_hidden' name='gform_target_page_number_{fid}' id='gform_target_page_number_{fid}' value='0' />"
            f"<input type='hidden' class='gform_hidden' name='gform_source_page_number_{fid}' id='gform_source_page_number_{fid}' value='1' />"
            "<input type='hidden' name='gform_field_values' value='' /></div></form></div>")


# ------------------------------------------------------------------------------------------- Drupal


def drupal_meta(date_fr, author="Direction de la communication") -> str:
    return (f'<div class="node__meta"><span class="field field--name-uid">{author}</span>, le '
            f'<span class="field field--name-created">{date_fr}</span></div>')


def _dkey(label):
    import re
    import unicodedata
    s = unicodedata.normalize("NFKD", label).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "_", s).strip("_")[:28]


def _drupal_field(prefix, spec):
    kind, label = spec[0], spec[1]
    key = _dkey(label)
    did = f"edit-{key.replace('_', '-')}"
    if kind == "textarea":
        return (f'<div class="js-form-item form-item js-form-type-textarea form-type-textarea js-form-item-{key.replace("_", "-")} form-item-{key.replace("_", "-")}">'
                f'<label for="{did}">{label}</label><div class="form-textarea-wrapper"><textarea data-drupal-selector="{did}" id="{did}" '
                f'name="{key}" rows="5" cols="60" class="form-textarea resize-vertical"></textarea></div></div>')
    if kind in ("radio", "checkbox"):
        t = "radios" if kind == "radio" else "checkboxes"
        items = "".join(f'<div class="js-form-item form-item js-form-type-{kind} form-type-{kind}"><input data-drupal-selector="{did}-{i}" type="{kind}" '
                        f'id="{did}-{i}" name="{key}{"[" + _dkey(o) + "]" if kind == "checkbox" else ""}" value="{_dkey(o)}" class="form-{kind}" />'
                        f' <label for="{did}-{i}" class="option">{o}</label></div>' for i, o in enumerate(_opts(spec)))
        return (f'<fieldset data-drupal-selector="{did}" id="{did}--wrapper" class="{t}--wrapper fieldgroup form-composite webform-composite-visible-title '
                f'js-webform-type-{t} webform-type-{t} js-form-item form-item js-form-wrapper form-wrapper"><legend><span class="fieldset-legend">{label}</span></legend>'
                f'<div class="fieldset-wrapper"><div id="{did}" class="js-webform-{t} webform-options-display-one-column form-{t}">{items}</div></div></fieldset>')
    if kind == "select":
        opts = "".join(f'<option value="{_dkey(o)}">{o}</option>' for o in _opts(spec))
        return (f'<div class="js-form-item form-item js-form-type-select form-type-select"><label for="{did}">{label}</label>'
                f'<select data-drupal-selector="{did}" id="{did}" name="{key}" class="form-select"><option value="" selected="selected">- Sélectionner -</option>{opts}</select></div>')
    if kind == "consent":
        return (f'<div class="js-form-item form-item js-form-type-checkbox form-type-checkbox"><input data-drupal-selector="{did}" type="checkbox" id="{did}" '
                f'name="{key}" value="1" class="form-checkbox required" required="required" /> <label for="{did}" class="option js-form-required form-required">{label}</label></div>')
    return (f'<div class="js-form-item form-item js-form-type-{kind if kind != "text" else "textfield"} form-type-{kind if kind != "text" else "textfield"}">'
            f'<label for="{did}">{label}</label><input data-drupal-selector="{did}" type="{kind}" id="{did}" name="{key}" value="" size="60" '
            f'maxlength="255" class="form-{kind if kind != "text" else "text"}" /></div>')


def drupal_contact(action) -> str:
    """Core contact module, personal-less site-wide form (contact_message_feedback_form)."""
    return (f'<form class="contact-message-feedback-form contact-message-form contact-form" data-user-info-from-browser '
            f'data-drupal-selector="contact-message-feedback-form" action="{action}" method="post" id="contact-message-feedback-form" accept-charset="UTF-8">'
            '<div class="js-form-item form-item js-form-type-textfield form-type-textfield js-form-item-name form-item-name">'
            '<label for="edit-name" class="js-form-required form-required">Votre nom</label>'
            '<input autocomplete="name" data-drupal-selector="edit-name" type="text" id="edit-name" name="name" value="" size="60" maxlength="255" class="form-text required" required="required" /></div>'
            '<div class="js-form-item form-item js-form-type-email form-type-email js-form-item-mail form-item-mail">'
            '<label for="edit-mail" class="js-form-required form-required">Votre adresse de courriel</label>'
            '<input autocomplete="email" data-drupal-selector="edit-mail" type="email" id="edit-mail" name="mail" value="" size="60" maxlength="254" class="form-email required" required="required" /></div>'
            '<div class="field--type-list-string field--name-field-service field--widget-options-select js-form-wrapper form-wrapper">'
            '<div class="js-form-item form-item js-form-type-select form-type-select"><label for="edit-field-service">Service concerné</label>'
            '<select data-drupal-selector="edit-field-service" id="edit-field-service" name="field_service" class="form-select">'
            '<option value="_none">- Aucun -</option><option value="etat_civil">État civil</option><option value="voirie">Voirie et propreté</option>'
            '<option value="education">Éducation</option><option value="politique_ville">Politique de la ville</option><option value="autre">Autre demande</option></select></div></div>'
            '<div class="field--type-string field--name-subject field--widget-string-textfield js-form-wrapper form-wrapper">'
            '<div class="js-form-item form-item js-form-type-textfield form-type-textfield js-form-item-subject-0-value form-item-subject-0-value">'
            '<label for="edit-subject-0-value" class="js-form-required form-required">Sujet</label>'
            '<input class="js-text-full text-full form-text required" data-drupal-selector="edit-subject-0-value" type="text" id="edit-subject-0-value" name="subject[0][value]" value="" size="60" maxlength="100" required="required" /></div></div>'
            '<div class="field--type-string-long field--name-message field--widget-string-textarea js-form-wrapper form-wrapper">'
            '<div class="js-form-item form-item js-form-type-textarea form-type-textarea js-form-item-message-0-value form-item-message-0-value">'
            '<label for="edit-message-0-value" class="js-form-required form-required">Message</label><div class="form-textarea-wrapper">'
            '<textarea class="js-text-full text-full form-textarea required resize-vertical" data-drupal-selector="edit-message-0-value" id="edit-message-0-value" name="message[0][value]" rows="12" cols="60" required="required"></textarea></div></div></div>'
            '<div class="js-form-item form-item js-form-type-checkbox form-type-checkbox js-form-item-copy form-item-copy">'
            '<input data-drupal-selector="edit-copy" type="checkbox" id="edit-copy" name="copy" value="1" class="form-checkbox" /> '
            '<label for="edit-copy" class="option">Recevoir une copie de ce message à votre propre adresse.</label></div>'
            f'<input autocomplete="off" data-drupal-selector="form-{_tok(action)}" type="hidden" name="form_build_id" value="form-{_tok(action)}{_tok(action, 2)}" />'
            '<input data-drupal-selector="edit-contact-message-feedback-form" type="hidden" name="form_id" value="contact_message_feedback_form" />'
            '<div data-drupal-selector="edit-actions" class="form-actions js-form-wrapper form-wrapper" id="edit-actions">'
            '<input data-drupal-selector="edit-submit" type="submit" id="edit-submit--2" name="op" value="Envoyer le message" class="button button--primary js-form-submit form-submit" /></div></form>')


def webform(machine, action, fields, submit="Envoyer", intro="") -> str:
    sel = machine.replace("_", "-")
    inner = "".join(_drupal_field(machine, s) for s in fields)
    return (f'<form class="webform-submission-form webform-submission-add-form webform-submission-{sel}-form webform-submission-{sel}-add-form '
            f'js-webform-details-toggle webform-details-toggle" data-drupal-selector="webform-submission-{sel}-add-form" action="{action}" '
            f'method="post" id="webform-submission-{sel}-add-form" accept-charset="UTF-8">'
            + (f'<div id="edit-introduction" class="js-form-item form-item js-form-type-processed-text form-type-processed-text">{intro}</div>' if intro else "")
            + inner
            + f'<div data-drupal-selector="edit-actions" class="form-actions webform-actions js-form-wrapper form-wrapper" id="edit-actions">'
            f'<input class="webform-button--submit button button--primary js-form-submit form-submit" data-drupal-selector="edit-actions-submit" type="submit" id="edit-actions-submit" name="op" value="{escape(submit)}" /></div>'
            f'<input autocomplete="off" data-drupal-selector="form-{_tok(machine)}" type="hidden" name="form_build_id" value="form-{_tok(machine, action)}" />'
            f'<input data-drupal-selector="edit-webform-submission-{sel}-add-form" type="hidden" name="form_id" value="webform_submission_{machine}_add_form" /></form>')


def drupal_comments(nid, comments, form=True) -> str:
    """Core comment module under a node: comments (cid, author, date_fr, subject, text)."""
    items = "".join(
        f'<article data-comment-user-id="0" id="comment-{cid}" class="comment js-comment by-anonymous">'
        f'<mark class="hidden" data-comment-timestamp="17{cid:08d}"></mark><footer class="comment__meta">'
        f'<p class="comment__submitted">Soumis par <span>{author}</span> (non vérifié) le {date}</p></footer>'
        f'<div class="comment__content"><h3><a href="#comment-{cid}" hreflang="fr">{subject}</a></h3>'
        f'<div class="clearfix text-formatted field field--name-comment-body field--type-text-long field--label-hidden field__item"><p>{text}</p></div></div></article>'
        for cid, author, date, subject, text in comments)
    f = ""
    if form:
        f = ('<h2 class="title comment-form__title">Ajouter un commentaire</h2>'
             f'<form class="comment-comment-form comment-form" data-drupal-selector="comment-form" action="/comment/reply/node/{nid}/comment" method="post" id="comment-form" accept-charset="UTF-8">'
             '<div class="js-form-item form-item js-form-type-textfield form-type-textfield js-form-item-name form-item-name">'
             '<label for="edit-name">Votre nom</label><input data-drupal-default-value="Anonyme (non vérifié)" data-drupal-selector="edit-name" type="text" id="edit-name" name="name" value="" size="30" maxlength="60" class="form-text" /></div>'
             '<div class="field--type-string field--name-subject field--widget-string-textfield js-form-wrapper form-wrapper"><div class="js-form-item form-item js-form-type-textfield form-type-textfield">'
             '<label for="edit-subject-0-value">Sujet</label><input class="js-text-full text-full form-text" data-drupal-selector="edit-subject-0-value" type="text" id="edit-subject-0-value" name="subject[0][value]" value="" size="60" maxlength="64" /></div></div>'
             '<div class="field--type-text-long field--name-comment-body field--widget-text-textarea js-form-wrapper form-wrapper"><div class="js-form-item form-item js-form-type-textarea form-type-textarea">'
             '<label for="edit-comment-body-0-value" class="js-form-required form-required">Commentaire</label><div class="form-textarea-wrapper">'
             '<textarea class="js-text-full text-full form-textarea required resize-vertical" data-media-embed-host-entity-langcode="fr" data-drupal-selector="edit-comment-body-0-value" id="edit-comment-body-0-value" name="comment_body[0][value]" rows="5" cols="60" required="required"></textarea></div></div>'
             '<div class="filter-wrapper js-form-wrapper form-wrapper"><div class="filter-help js-form-wrapper form-wrapper">Texte brut : pas de balises HTML autorisées.</div></div></div>'
             f'<input autocomplete="off" data-drupal-selector="form-c{nid}" type="hidden" name="form_build_id" value="form-{_tok("comment", nid)}" />'
             '<input data-drupal-selector="edit-comment-comment-form" type="hidden" name="form_id" value="comment_comment_form" />'
             '<div data-drupal-selector="edit-actions" class="form-actions js-form-wrapper form-wrapper" id="edit-actions--2">'
             '<input data-drupal-selector="edit-submit" type="submit" id="edit-submit--3" name="op" value="Enregistrer" class="button button--primary js-form-submit form-submit" /></div></form>')
    count = f'<h2 class="title comments__title">Commentaires ({len(comments)})</h2>' if comments else ""
    return f'<section class="field field--name-comment field--type-comment field--label-above comment-wrapper">{count}{items}{f}</section>'


def simplenews(newsletter="lettre_lysencourt") -> str:
    sel = newsletter.replace("_", "-")
    return (f'<form class="simplenews-subscriber-form" data-drupal-selector="simplenews-subscriptions-block-{sel}" action="/newsletter/subscriptions" '
            f'method="post" id="simplenews-subscriptions-block-{sel}" accept-charset="UTF-8"><div class="field--type-email field--name-mail field--widget-email-default js-form-wrapper form-wrapper">'
            '<div class="js-form-item form-item js-form-type-email form-type-email js-form-item-mail-0-value form-item-mail-0-value">'
            '<label for="edit-mail-0-value" class="js-form-required form-required">Adresse de courriel</label>'
            '<input data-drupal-selector="edit-mail-0-value" type="email" id="edit-mail-0-value" name="mail[0][value]" value="" size="60" maxlength="254" placeholder="" class="form-email required" required="required" />'
            '<div id="edit-mail-0-value--description" class="description">Les lettres d\'information vous parviendront à cette adresse.</div></div></div>'
            f'<input autocomplete="off" type="hidden" name="form_build_id" value="form-{_tok(newsletter)}" />'
            f'<input type="hidden" name="form_id" value="simplenews_subscriptions_block_{newsletter}" />'
            '<div class="form-actions js-form-wrapper form-wrapper"><input type="submit" name="op" value="S\'abonner" class="button js-form-submit form-submit" /></div></form>')


def drupal_poll(pid, question, choices) -> str:
    """The contributed Poll module (poll_view_form)."""
    items = "".join(f'<div class="js-form-item form-item js-form-type-radio form-type-radio js-form-item-choice form-item-choice">'
                    f'<input data-drupal-selector="edit-choice-{i + 1}" type="radio" id="edit-choice-{i + 1}" name="choice" value="{i + 1}" class="form-radio" />'
                    f' <label for="edit-choice-{i + 1}" class="option">{c}</label></div>' for i, c in enumerate(choices))
    return (f'<div class="poll"><form class="poll-view-form-{pid}" data-drupal-selector="poll-view-form-{pid}" action="/poll/{pid}" method="post" id="poll-view-form-{pid}" accept-charset="UTF-8">'
            f'<h3 class="poll-question">{question}</h3><fieldset data-drupal-selector="edit-choice" id="edit-choice--wrapper" class="fieldgroup form-composite js-form-item form-item js-form-wrapper form-wrapper">'
            f'<legend><span class="visually-hidden fieldset-legend">Choix</span></legend><div class="fieldset-wrapper"><div id="edit-choice" class="form-radios">{items}</div></div></fieldset>'
            f'<div class="form-actions js-form-wrapper form-wrapper"><input data-drupal-selector="edit-vote" type="submit" id="edit-vote" name="op" value="Voter" class="button js-form-submit form-submit" /></div>'
            f'<input type="hidden" name="form_id" value="poll_view_form_{pid}" /></form></div>')


# --------------------------------------------------------------------------------------------- SPIP


def spip_date(date_fr, author="") -> str:
    by = f' <span class="auteurs">par <span class="vcard author">{author}</span></span>' if author else ""
    return f'<p class="info-publi"><abbr class="published" title="{date_fr}">publié le {date_fr}</abbr>{by}</p>'


def spip_forum(id_article, messages, open_=True) -> str:
    """The forum under an article (a SPIP article's public comments): messages (id, author, date, title, text)."""
    items = "".join(
        f'<li class="comment-item"><div class="comment hentry" id="forum{mid}"><p class="comment-meta"><a href="#forum{mid}" title="Lien permanent vers ce commentaire" class="permalink">#</a> '
        f'<span class="comment-author vcard"><strong class="fn n">{author}</strong></span>, <abbr class="comment-date published" title="{date}">{date}</abbr></p>'
        f'<div class="comment-content"><h4 class="comment-title">{title}</h4><p>{text}</p></div></div></li>'
        for mid, author, date, title, text in messages)
    listing = (f'<div class="comments"><a href="#forum" name="forum" id="forum"></a><h2>{len(messages)} message{"s" if len(messages) > 1 else ""}</h2>'
               f'<ul class="comments-items">{items}</ul></div>') if messages else ""
    if not open_:
        return listing
    form = (f'<a href="#formulaire_forum" title="Ajouter un commentaire" class="ancre"></a><h2>Un message, un commentaire ?</h2>'
            f'<div class="formulaire_spip formulaire_forum ajax" id="formulaire_forum">'
            f'<form action="/spip.php?page=article&amp;id_article={id_article}#formulaire_forum" method="post"><div>'
            f'<input name="page" value="article" type="hidden" /><input name="id_article" value="{id_article}" type="hidden" />'
            f'<input name=\'formulaire_action\' type=\'hidden\' value=\'forum\' /><input name=\'formulaire_action_args\' type=\'hidden\' value=\'{_tok("forum", id_article)}\' />'
            '<input name="formulaire_action_sign" type="hidden" value="" />'
            '<fieldset class="qui saisie_qui"><legend>Qui êtes-vous ?</legend><div class="editer-groupe">'
            '<div class="editer saisie_session_nom"><label for="session_nom">Votre nom</label><input type="text" class="text" name="session_nom" id="session_nom" value="" size="40" autocomplete="name" /></div>'
            '<div class="editer saisie_session_email"><label for="session_email">Votre adresse email</label><input type="email" class="text email" name="session_email" id="session_email" value="" size="40" autocomplete="email" /></div></div></fieldset>'
            '<fieldset><legend>Votre message</legend><div class="editer-groupe">'
            '<div class="editer saisie_titre obligatoire"><label for="titre">Titre (obligatoire)</label><input type="text" class="text" name="titre" id="titre" value="" size="60" /></div>'
            '<div class="editer saisie_texte obligatoire"><label for="texte">Texte de votre message (obligatoire)</label>'
            '<p class="explication">Pour créer des paragraphes, laissez simplement des lignes vides.</p>'
            '<textarea name="texte" id="texte" rows="10" cols="60" class="inserer_barre_forum"></textarea></div></div></fieldset>'
            '<p style="display: none;"><label for="nobot_forum">Veuillez laisser ce champ vide :</label><input type="text" class="text" name="nobot" id="nobot_forum" value="" size="10" /></p>'
            '<p class="boutons"><input type="submit" class="submit" value="Prévisualiser" /></p></div></form></div>')
    return listing + form


def spip_ecrire_auteur(id_auteur, action) -> str:
    return (f'<div class="formulaire_spip formulaire_ecrire_auteur ajax" id="formulaire_ecrire_auteur{id_auteur}">'
            f'<form method="post" action="{action}#formulaire_ecrire_auteur{id_auteur}" enctype="multipart/form-data"><div>'
            f'<input name="formulaire_action" type="hidden" value="ecrire_auteur" /><input name="formulaire_action_args" type="hidden" value="{_tok("ea", id_auteur)}" />'
            '<fieldset><legend>Envoyer un message</legend><div class="editer-groupe">'
            f'<div class="editer saisie_email_message_auteur obligatoire"><label for="email_message_auteur{id_auteur}">Votre adresse email</label>'
            f'<input required="required" type="email" class="text email" name="email_message_auteur" id="email_message_auteur{id_auteur}" value="" size="30" /></div>'
            f'<div class="editer saisie_sujet_message_auteur obligatoire"><label for="sujet_message_auteur{id_auteur}">Sujet</label>'
            f'<input required="required" type="text" class="text" name="sujet_message_auteur" id="sujet_message_auteur{id_auteur}" value="" size="30" /></div>'
            f'<div class="editer saisie_texte_message_auteur obligatoire"><label for="texte_message_auteur{id_auteur}">Texte de votre message</label>'
            f'<textarea required="required" name="texte_message_auteur" id="texte_message_auteur{id_auteur}" rows="10" cols="60"></textarea></div></div></fieldset>'
            f'<p style="display: none;"><label for="nobot_ecrire_auteur{id_auteur}">Veuillez laisser ce champ vide :</label>'
            f'<input type="text" class="text" name="nobot" id="nobot_ecrire_auteur{id_auteur}" value="" size="10" /></p>'
            '<p class="boutons"><input type="submit" class="submit" name="valide" value="Envoyer" /></p></div></form></div>')


def formidable(id_form, identifiant, action, fields, submit="Envoyer", intro="") -> str:
    """The Formidable plugin (forms and questionnaires for SPIP)."""
    out, counters = [], {}
    for spec in fields:
        kind, label = spec[0], spec[1]
        base = {"text": "input", "email": "email", "textarea": "textarea", "radio": "radio", "checkbox": "checkbox",
                "select": "selection", "tel": "input", "consent": "case", "number": "input"}[kind]
        counters[base] = counters.get(base, 0) + 1
        name = f"{base}_{counters[base]}"
        if kind == "textarea":
            ctl = f'<textarea name="{name}" class="textarea" id="champ_{name}" rows="6" cols="40"></textarea>'
        elif kind in ("radio", "checkbox"):
            ctl = "".join(f'<div class="choix choix_{kind}"><input type="{kind}" name="{name}{"[]" if kind == "checkbox" else ""}" class="{kind}" '
                          f'id="champ_{name}_{i}" value="choix{i}" /><label for="champ_{name}_{i}">{o}</label></div>' for i, o in enumerate(_opts(spec)))
            out.append(f'<div class="editer editer_{name} saisie_{kind if kind != "radio" else "radio"} fieldset_like"><label class="label">{label}</label>{ctl}</div>')
            continue
        elif kind == "select":
            ctl = f'<select name="{name}" id="champ_{name}"><option value=""></option>' + "".join(
                f'<option value="choix{i}">{o}</option>' for i, o in enumerate(_opts(spec))) + "</select>"
        elif kind == "consent":
            ctl = f'<div class="choix"><input type="checkbox" name="{name}" class="checkbox" id="champ_{name}" value="on" /><label for="champ_{name}">{label}</label></div>'
            out.append(f'<div class="editer editer_{name} saisie_case obligatoire">{ctl}</div>')
            continue
        else:
            ctl = f'<input type="{"email" if kind == "email" else "text"}" name="{name}" class="text" id="champ_{name}" value="" />'
        out.append(f'<div class="editer editer_{name} saisie_{base}"><label class="label" for="champ_{name}">{label}</label>{ctl}</div>')
    return (f'<div class="formulaire_spip formulaire_formidable formulaire_formidable_{id_form} formulaire_formidable_{identifiant} ajax" id="formulaire_formidable_{identifiant}">'
            + (f'<div class="explication_formulaire">{intro}</div>' if intro else "")
            + f'<form method="post" action="{action}#formulaire_formidable_{identifiant}" enctype="multipart/form-data"><div>'
            f'<input name="formulaire_action" type="hidden" value="formidable" /><input name="formulaire_action_args" type="hidden" value="{_tok("fm", id_form)}" />'
            f'<input name="formulaire_action_sign" type="hidden" value="" /><input type="hidden" name="id_formulaire" value="{id_form}" />'
            f'<div class="editer-groupe">{"".join(out)}</div>'
            f'<p style="display: none;"><label for="nobot_formidable_{id_form}">Veuillez laisser ce champ vide :</label><input type="text" class="text" name="nobot" id="nobot_formidable_{id_form}" value="" size="10" /></p>'
            f'<p class="boutons"><input type="submit" class="submit" value="{escape(submit)}" /></p></div></form></div>')


def mailsubscribers() -> str:
    """The newsletter subscription form of the SPIP Mailsubscribers plugin."""
    return ('<div class="formulaire_spip formulaire_newsletter_subscribe ajax" id="formulaire_newsletter_subscribe">'
            '<form method="post" action="/Recevoir-la-lettre-d-information#formulaire_newsletter_subscribe"><div>'
            f'<input name="formulaire_action" type="hidden" value="newsletter_subscribe" /><input name="formulaire_action_args" type="hidden" value="{_tok("nl")}" />'
            '<div class="editer-groupe"><div class="editer editer_session_email obligatoire"><label for="session_email_nl">Votre adresse e-mail</label>'
            '<input type="email" name="session_email" class="text email" value="" id="session_email_nl" required="required" /></div>'
            '<div class="editer editer_listes"><div class="choix"><input type="checkbox" name="listes[]" value="lettre-mensuelle" id="listes_1" checked="checked" />'
            '<label for="listes_1">La lettre mensuelle</label></div><div class="choix"><input type="checkbox" name="listes[]" value="agenda" id="listes_2" />'
            '<label for="listes_2">L\'agenda du week-end</label></div></div></div>'
            '<p class="boutons"><input type="submit" class="submit" value="S\'inscrire" /></p></div></form></div>')


# ------------------------------------------------------------------------------------------- Joomla


def joomla_info(date_fr, category, hits) -> str:
    return ('<dl class="article-info text-muted"><dt class="article-info-term">Détails</dt>'
            f'<dd class="category-name"><span class="icon-folder-open icon-fw" aria-hidden="true"></span> Catégorie : <span>{category}</span></dd>'
            f'<dd class="published"><span class="icon-calendar icon-fw" aria-hidden="true"></span><time datetime="2025-01-01T00:00:00+01:00">Publication : {date_fr}</time></dd>'
            f'<dd class="hits"><span class="icon-eye icon-fw" aria-hidden="true"></span><meta content="UserPageVisits:{hits}">Affichages : {hits}</dd></dl>')


def joomla_contact(action, contact_id=1) -> str:
    return (f'<form id="contact-form" action="{action}" method="post" class="com-contact__form form-validate">'
            '<fieldset class="m-0"><legend>Envoyer un e-mail</legend>'
            '<div class="control-group field-spacer"><div class="control-label"><span class="spacer"><span class="before"></span><span class="text">'
            '<label id="jform_spacer-lbl"><strong class="red">*</strong> Champ requis</label></span><span class="after"></span></span></div></div>'
            '<div class="control-group"><div class="control-label"><label id="jform_contact_name-lbl" for="jform_contact_name" class="required">Nom<span class="star" aria-hidden="true">&#160;*</span></label></div>'
            '<div class="controls"><input type="text" name="jform[contact_name]" id="jform_contact_name" value="" class="form-control required" size="30" required autocomplete="name"></div></div>'
            '<div class="control-group"><div class="control-label"><label id="jform_contact_email-lbl" for="jform_contact_email" class="required">E-mail<span class="star" aria-hidden="true">&#160;*</span></label></div>'
            '<div class="controls"><input type="email" inputmode="email" name="jform[contact_email]" class="form-control validate-email required" id="jform_contact_email" value="" size="30" autocomplete="email" required></div></div>'
            '<div class="control-group"><div class="control-label"><label id="jform_contact_emailmsg-lbl" for="jform_contact_emailmsg" class="required">Objet<span class="star" aria-hidden="true">&#160;*</span></label></div>'
            '<div class="controls"><input type="text" name="jform[contact_subject]" id="jform_contact_emailmsg" value="" class="form-control required" size="60" required></div></div>'
            '<div class="control-group"><div class="control-label"><label id="jform_contact_message-lbl" for="jform_contact_message" class="required">Message<span class="star" aria-hidden="true">&#160;*</span></label></div>'
            '<div class="controls"><textarea name="jform[contact_message]" id="jform_contact_message" cols="50" rows="10" class="form-control required" required></textarea></div></div>'
            '<div class="control-group"><div class="control-label"><label id="jform_contact_email_copy-lbl" for="jform_contact_email_copy">Recevoir une copie</label></div>'
            '<div class="controls"><input type="checkbox" name="jform[contact_email_copy]" id="jform_contact_email_copy" value="1"></div></div>'
            '<div class="control-group"><div class="controls"><div id="jform_captcha" class="h-captcha required" data-sitekey="10000000-ffff-ffff-ffff-000000000001" data-theme="light" data-size="normal"></div></div></div>'
            '</fieldset><div class="control-group"><div class="controls"><button class="btn btn-primary validate" type="submit">Envoyer l\'e-mail</button>'
            f'<input type="hidden" name="option" value="com_contact"><input type="hidden" name="task" value="contact.submit">'
            f'<input type="hidden" name="return" value=""><input type="hidden" name="id" value="{contact_id}:mairie">'
            f'<input type="hidden" name="{_tok("joomla", contact_id)}" value="1"></div></div></form>')


def jcomments(object_id, comments, form=True) -> str:
    """JComments under a Joomla article: comments (id, author, date, text)."""
    items = "".join(
        f'<div class="comment-box" id="comment-item-{cid}"><span class="comments-vote"></span>'
        f'<a class="comment-anchor" href="#comment-{cid}" id="comment-{cid}">#{n + 1}</a> <span class="comment-author">{author}</span> '
        f'<span class="comment-date">{date}</span><div class="comment-body" id="comment-body-{cid}">{text}</div></div>'
        for n, (cid, author, date, text) in enumerate(comments))
    head = f'<h4>Commentaires <a class="refresh" href="#comments" title="Rafraîchir la liste des commentaires">&nbsp;</a></h4>'
    listing = f'<div id="comments-list" class="comments-list">{items}</div>' if comments else '<div id="comments-list" class="comments-list"></div>'
    f = ""
    if form:
        f = ('<a id="addcomments" href="#addcomments"></a><form id="comments-form" name="comments-form" action="javascript:void(null);">'
             '<h4>Ajouter un commentaire</h4>'
             '<p><span><input id="comments-form-name" type="text" name="name" value="" maxlength="20" size="22" tabindex="1" />'
             '<label for="comments-form-name">Nom (requis)</label></span></p>'
             '<p><span><input id="comments-form-email" type="text" name="email" value="" size="22" tabindex="2" />'
             '<label for="comments-form-email">E-mail (requis, non publié)</label></span></p>'
             '<p><span><textarea id="comments-form-comment" name="comment" cols="65" rows="8" tabindex="5"></textarea></span></p>'
             '<p><span><input class="checkbox" id="comments-form-subscribe" type="checkbox" name="subscribe" value="1" tabindex="5" />'
             '<label for="comments-form-subscribe">M\'avertir des nouveaux commentaires</label><br /></span></p>'
             '<div id="comments-form-buttons"><div class="btn" id="comments-form-send"><div><a href="#" tabindex="7" '
             'onclick="jcomments.saveComment();return false;" title="Envoyer (Ctrl+Entrée)">Envoyer</a></div></div>'
             '<div class="btn" id="comments-form-cancel" style="display:none;"><div><a href="#" tabindex="8" onclick="return false;" title="Annuler">Annuler</a></div></div><div style="clear:both;"></div></div>'
             f'<div><input type="hidden" name="object_id" value="{object_id}" /><input type="hidden" name="object_group" value="com_content" /></div></form>')
    return f'<div id="jc"><div id="comments">{head}{listing}</div>{f}<div id="comments-footer" align="center"><a href="https://www.joomlatune.com" title="JComments" target="_blank">JComments</a></div></div>'


def _kunena_head(crumbs):
    return ('<div id="kunena" class="layout"><nav class="navbar navbar-expand-lg navbar-light bg-light mb-3"><div class="header"><ul class="nav navbar-nav">'
            '<li class="nav-item"><span class="nav-link">Forum citoyen</span></li></ul></div></nav>'
            f'<ol class="mt-2 breadcrumb kmt-2" aria-label="Fil d\'Ariane">{crumbs}</ol>')


def kunena_index(base, categories) -> str:
    """Kunena 6 category index: categories (slug, title, description, topics, posts, last)."""
    rows = "".join(
        f'<tr class="category"><td class="d-none d-md-table-cell center"><a href="{base}/{slug}"><i class="fa fa-comments-o"></i></a></td>'
        f'<td><div><h3><a href="{base}/{slug}" class="hasTooltip" title="{escape(title)}">{title}</a></h3></div>'
        f'<div class="kcategory-description"><p>{desc}</p></div></td>'
        f'<td class="d-none d-md-table-cell center"><div class="kcounter">{topics}</div><div>Sujets</div></td>'
        f'<td class="d-none d-md-table-cell center"><div class="kcounter">{posts}</div><div>Réponses</div></td>'
        f'<td class="d-none d-md-table-cell"><div class="klatest-subject">{last}</div></td></tr>'
        for slug, title, desc, topics, posts, last in categories)
    return (_kunena_head('<li class="breadcrumb-item active">Index du forum</li>')
            + f'<div class="kfrontend shadow-lg rounded mt-4 border"><h2 class="btn-toolbar float-end">Catégories</h2>'
            f'<table class="table table-bordered"><tbody>{rows}</tbody></table></div>'
            '<div class="pull-right small">Propulsé par Kunena Forum</div></div>')


def kunena_category(base, cat_title, topics) -> str:
    """topics: (href, title, author, replies, views, last)."""
    rows = "".join(
        f'<tr class="category"><td class="center topic-item-unread d-none d-md-table-cell"><i class="fa fa-file-o"></i></td>'
        f'<td class="kcol-mid kcol-ktopictitle"><div class="overflow"><a href="{href}" class="hasTooltip topictitle" title="{escape(t)}">{t}</a></div>'
        f'<div class="started"><span class="ktopic-category">par {author}</span></div></td>'
        f'<td class="center d-none d-md-table-cell"><div class="kcounter">{rep}</div> Réponses<br><div class="kcounter">{views}</div> Affichages</td>'
        f'<td class="d-none d-md-table-cell"><div class="klatest-post-info">{last}</div></td></tr>'
        for href, t, author, rep, views, last in topics)
    return (_kunena_head(f'<li class="breadcrumb-item"><a href="{base}">Index du forum</a></li><li class="breadcrumb-item active">{cat_title}</li>')
            + f'<div class="kfrontend shadow-lg rounded mt-4 border"><h2>{cat_title}</h2>'
            '<form action="' + base + '" method="post" id="categoryactions"><table class="table table-bordered"><thead><tr>'
            '<th colspan="2">Sujet</th><th>Statistiques</th><th>Dernier message</th></tr></thead>'
            f'<tbody class="category-item">{rows}</tbody></table></form></div></div>')


def kunena_topic(base, cat_href, cat_title, title, posts) -> str:
    """posts: (id, author, date, text)."""
    body = "".join(
        f'<div class="row message message-published" id="{pid}"><div class="col-md-2 shadow rounded d-none d-md-block">'
        f'<ul class="profilebox center"><li><strong><span class="kwho-user">{author}</span></strong></li></ul></div>'
        f'<div class="col-md-10 shadow-lg rounded message-published"><small class="text-muted float-end"><span class="ktopic-date">{date}</span> #{pid}</small>'
        f'<div class="mykmsg-header"><h2 class="badger-left">{("Re : " if n else "") + title}</h2></div>'
        f'<div class="kmsg"><div class="kmsgtext">{text}</div></div></div></div>'
        for n, (pid, author, date, text) in enumerate(posts))
    return (_kunena_head(f'<li class="breadcrumb-item"><a href="{base}">Index du forum</a></li><li class="breadcrumb-item"><a href="{cat_href}">{cat_title}</a></li>'
                         f'<li class="breadcrumb-item active">{title}</li>')
            + f'<h1>{title}</h1><div class="float-start"><span class="kmsg-reply-hint">Connectez-vous avec votre compte de l\'espace citoyen pour répondre.</span></div>'
            f'<div class="topic-item-messages">{body}</div></div>')


# -------------------------------------------------------------------------------------------- TYPO3


def t3_news(date_iso, date_fr, cat, text_html) -> str:
    """tx_news detail view."""
    return ('<div class="news news-single"><div class="article" itemscope="itemscope" itemtype="http://schema.org/Article">'
            f'<div class="footer"><p><span class="news-list-date"><time itemprop="datePublished" datetime="{date_iso}">{date_fr}</time></span>'
            f' <span class="news-list-category">{cat}</span></p></div>'
            f'<div class="news-text-wrap" itemprop="articleBody">{text_html}</div>'
            '<div class="news-backlink-wrap"><a href="/actualites">Retour à la liste des actualités</a></div></div></div>')


def t3_news_list(items) -> str:
    """items: (href, date_iso, date_fr, title, teaser)."""
    rows = "".join(
        f'<div class="article articletype-0" itemscope="itemscope" itemtype="http://schema.org/Article"><div class="header">'
        f'<h3><a title="{escape(t)}" href="{href}"><span itemprop="headline">{t}</span></a></h3></div>'
        f'<div class="footer"><p><span class="news-list-date"><time itemprop="datePublished" datetime="{di}">{df}</time></span></p></div>'
        f'<div class="teaser-text"><div itemprop="description"><p>{teaser}</p></div>'
        f'<a class="more" title="{escape(t)}" href="{href}">Lire la suite</a></div></div>'
        for href, di, df, t, teaser in items)
    return f'<div class="news"><div class="news-list-view" id="news-container-{_id("list")}">{rows}</div></div>'


def powermail(uid, action, fields, submit="Envoyer", cls="") -> str:
    out = []
    for spec in fields:
        kind, label = spec[0], spec[1]
        marker = _dkey(label)
        fid = f"powermail_field_{marker}"
        name = f"tx_powermail_pi1[field][{marker}]"
        if kind == "textarea":
            ctl = f'<textarea required="required" data-powermail-required-message="Ce champ est obligatoire" rows="5" cols="20" class="powermail_textarea powermail_field" id="{fid}" name="{name}"></textarea>'
            t = "textarea"
        elif kind in ("radio", "checkbox"):
            ctl = "".join(f'<div class="{kind}"><label><input type="{kind}" name="{name}{"[]" if kind == "checkbox" else ""}" id="{fid}_{i + 1}" value="{escape(o)}" class="powermail_{kind}" />{o}</label></div>'
                          for i, o in enumerate(_opts(spec)))
            out.append(f'<div class="powermail_fieldwrap powermail_fieldwrap_type_{kind} powermail_fieldwrap_{marker} form-group">'
                       f'<fieldset><legend class="powermail_label">{label}</legend><div class="powermail_field">{ctl}</div></fieldset></div>')
            continue
        elif kind == "select":
            ctl = f'<select class="powermail_select powermail_field" id="{fid}" name="{name}">' + "".join(f'<option value="{escape(o)}">{o}</option>' for o in _opts(spec)) + "</select>"
            t = "select"
        elif kind == "consent":
            out.append(f'<div class="powermail_fieldwrap powermail_fieldwrap_type_check powermail_fieldwrap_{marker} form-group"><div class="checkbox">'
                       f'<label><input type="checkbox" name="{name}[]" id="{fid}_1" value="1" class="powermail_checkbox" required="required" />{label}</label></div></div>')
            continue
        else:
            ctl = f'<input required="required" placeholder="" class="powermail_input powermail_field" id="{fid}" type="{kind}" name="{name}" value="" />'
            t = "input"
        out.append(f'<div class="powermail_fieldwrap powermail_fieldwrap_type_{t} powermail_fieldwrap_{marker} form-group">'
                   f'<label for="{fid}" class="powermail_label" title="">{label}<span class="mandatory">*</span></label>'
                   f'<div class="powermail_field">{ctl}</div></div>')
    return (f'<div class="tx-powermail"><div class="container-fluid"><form data-powermail-validate="data-powermail-validate" '
            f'data-validate="html5" enctype="multipart/form-data" name="field" class="powermail_form powermail_form_{uid} {cls} " method="post" '
            f'action="{action}?tx_powermail_pi1%5Baction%5D=checkCreate&amp;tx_powermail_pi1%5Bcontroller%5D=Form&amp;cHash={_tok(uid)}">'
            f'<div><input type="hidden" name="tx_powermail_pi1[__referrer][@extension]" value="Powermail" />'
            f'<input type="hidden" name="tx_powermail_pi1[__referrer][@controller]" value="Form" />'
            f'<input type="hidden" name="tx_powermail_pi1[__trustedProperties]" value="{_tok(uid, "tp")}" /></div>'
            f'<fieldset class="powermail_fieldset powermail_fieldset_{uid}">{"".join(out)}'
            f'<div class="powermail_fieldwrap powermail_fieldwrap_type_submit form-group"><div class="powermail_field">'
            f'<input class="btn btn-primary powermail_submit" type="submit" value="{escape(submit)}" /></div></div></fieldset>'
            f'<input class="powermail_form_uid" type="hidden" name="tx_powermail_pi1[mail][form]" value="{uid}" />'
            '<div style="margin-left: -99999px; position: absolute;"><label for="powermail_hp_1">Ne pas remplir ce champ !</label>'
            '<input autocomplete="new-' + str(uid) + '" aria-hidden="true" id="powermail_hp_1" type="text" name="tx_powermail_pi1[field][__hp]" value="" /></div></form></div></div>')


def t3_newsletter(action) -> str:
    """The TYPO3 form framework (ext:form) used for a newsletter sign-up."""
    ident = f"inscriptionLettre-{_id(action)}"
    return (f'<form enctype="multipart/form-data" method="post" id="{ident}" action="{action}?tx_form_formframework%5Baction%5D=perform&amp;'
            f'tx_form_formframework%5Bcontroller%5D=FormFrontend&amp;cHash={_tok(action)}#{ident}">'
            f'<div><input type="hidden" name="tx_form_formframework[{ident}][__state]" value="{_tok(ident)}" />'
            f'<input type="hidden" name="tx_form_formframework[__trustedProperties]" value="{_tok(ident, 2)}" /></div>'
            f'<div class="form-group"><label class="form-label" for="{ident}-email">Adresse électronique<span class="required">*</span></label>'
            f'<div class="input"><input required="required" class=" form-control" id="{ident}-email" type="email" name="tx_form_formframework[{ident}][email]" value="" /></div></div>'
            f'<div class="form-group"><div class="form-check"><label class="add-on form-check-label" for="{ident}-rgpd">'
            f'<input type="hidden" name="tx_form_formframework[{ident}][rgpd]" value="" /><input required="required" class="add-on" id="{ident}-rgpd" type="checkbox" name="tx_form_formframework[{ident}][rgpd]" value="1" />'
            f'<span>J\'accepte que mon adresse soit utilisée pour l\'envoi de la lettre municipale.</span></label></div></div>'
            f'<div class="actions"><nav class="form-navigation"><div class="btn-toolbar" role="toolbar"><div class="btn-group" role="group">'
            f'<span class="btn-group next submit"><button class="btn btn-primary" type="submit" name="tx_form_formframework[{ident}][__currentPage]" value="1">S\'inscrire</button></span>'
            '</div></div></nav></div></form>')


# ------------------------------------------------------------------------------------- Publik / w.c.s.


def wcs_form(slug, steps, fields, submit="Valider", intro="") -> str:
    """A w.c.s. form as Publik's combo portal shows it (first page of the form)."""
    marks = "".join(f'<li class="{"current first" if i == 0 else ("last" if i == len(steps) - 1 else "")}"><span class="marker">{i + 1}</span> '
                    f'<span class="label">{s}</span></li>' for i, s in enumerate(steps))
    out = []
    for n, spec in enumerate(fields, start=1):
        kind, label = spec[0], spec[1]
        fid = f"f{n}"
        if kind == "comment":
            out.append(f'<div class="comment-field"><p>{label}</p></div>')
            continue
        widget = {"text": "StringWidget", "email": "EmailWidget", "tel": "StringWidget", "textarea": "TextWidget", "radio": "RadiobuttonsWidget",
                  "checkbox": "CheckboxesWidget", "select": "SingleSelectWidget", "date": "DateWidget", "file": "FileWithPreviewWidget",
                  "consent": "CheckboxWidget", "number": "NumericWidget"}[kind]
        if kind == "textarea":
            ctl = f'<textarea name="{fid}" id="form_{fid}" cols="72" rows="10" aria-required="true"></textarea>'
        elif kind in ("radio", "checkbox"):
            ctl = "".join(f'<label><input type="{kind}" name="{fid}{"$element" + str(i) if kind == "checkbox" else ""}" value="{i}"/><span>{o}</span></label>'
                          for i, o in enumerate(_opts(spec)))
            ctl = f'<div class="content" role="{"radiogroup" if kind == "radio" else "group"}" aria-labelledby="form_label_{fid}">{ctl}</div>'
            out.append(f'<div class="widget {widget} template-form widget-required" data-field-id="{n}" id="var_{_dkey(label)}">'
                       f'<div class="title" id="form_label_{fid}">{label} <span title="Ce champ est obligatoire." class="required">*</span></div>{ctl}</div>')
            continue
        elif kind == "select":
            ctl = f'<select id="form_{fid}" name="{fid}" data-first-is-empty="true"><option value="">---</option>' + "".join(
                f'<option value="{i}">{o}</option>' for i, o in enumerate(_opts(spec))) + "</select>"
        elif kind == "consent":
            ctl = f'<label><input type="checkbox" name="{fid}" value="yes" id="form_{fid}"/><span>{label}</span></label>'
            out.append(f'<div class="widget {widget} template-form widget-required" data-field-id="{n}"><div class="content">{ctl}</div></div>')
            continue
        elif kind == "file":
            ctl = f'<input type="file" name="{fid}$file" id="form_{fid}" />'
        else:
            ctl = f'<input type="{kind if kind in ("email", "tel", "date") else "text"}" name="{fid}" id="form_{fid}" value="" aria-required="true" />'
        out.append(f'<div class="widget {widget} template-form widget-required" data-field-id="{n}" id="var_{_dkey(label)}">'
                   f'<div class="title"><label for="form_{fid}" id="form_label_{fid}">{label} <span title="Ce champ est obligatoire." class="required">*</span></label></div>'
                   f'<div class="content">{ctl}</div></div>')
    return ((f'<div class="wcs-form-intro">{intro}</div>' if intro else "")
            + f'<div id="steps" class="wcs-steps"><ol>{marks}</ol></div>'
            f'<form action="" method="post" enctype="multipart/form-data" class="quixote" novalidate="novalidate" data-live-url="/{slug}/live">'
            f'<input type="hidden" name="_form_id" value="form-{slug.split("/")[-1]}"/><input type="hidden" name="_ts" value="17{_id(slug)}0000"/>'
            f'<input type="hidden" name="_ajax_form_token" value="{_tok(slug)}"/>'
            f'<div class="page"><div class="widgets">{"".join(out)}</div></div>'
            f'<div class="buttons submit"><div class="buttons"><button class="submit-button" name="submit" value="{escape(submit)}">{submit}</button>'
            '<button class="cancel" name="cancel" formnovalidate="formnovalidate">Abandonner</button></div></div></form>')


def combo_links(title, links) -> str:
    items = "".join(f'<li><a href="{href}">{label}</a></li>' for href, label in links)
    return f'<div class="cell wcs-forms-of-category-cell"><div><h2>{title}</h2><ul class="wcs-forms-of-category">{items}</ul></div></div>'


# ------------------------------------------------------------------------------------------ Decidim


def decidim_space(title, description, meta=(), cta=None) -> str:
    items = "".join(f'<div class="participatory-space__metadata-item"><span class="participatory-space__metadata-item-title">{k}</span> {v}</div>' for k, v in meta)
    button = f'<div class="participatory-space__hero-cta">{a(cta[0], cta[1], "button button__lg button__secondary")}</div>' if cta else ""
    return (f'<section class="participatory-space__container"><div class="participatory-space__hero"><h2 class="participatory-space__hero-title">{title}</h2>{button}</div>'
            f'<div class="participatory-space__metadata">{items}</div><div class="editor-content">{description}</div></section>')


def decidim_components(links) -> str:
    items = "".join(f'<li><a href="{href}" class="tab-x">{label}</a></li>' for href, label in links)
    return f'<nav class="participatory-space__nav"><ul class="participatory-space__nav-container">{items}</ul></nav>'


def decidim_cards(cards, list_id="proposals") -> str:
    """cards: (href, title, meta, body)."""
    items = "".join(
        f'<a href="{href}" class="card__list" id="{list_id}__{_id(href)}"><div class="card__list-content"><h3 class="card__list-title">{t}</h3>'
        f'<div class="card__list-text">{body}</div><div class="card__list-metadata">{meta}</div></div></a>'
        for href, t, meta, body in cards)
    return f'<div id="{list_id}" class="card__list-list">{items}</div>'


def decidim_comments(gid_type, gid_id, comments, signed_out=True) -> str:
    """comments: (id, author, date, text)."""
    items = "".join(
        f'<div id="comment_{cid}" class="comment" data-comment-id="{cid}"><div class="comment__header"><div class="author">'
        f'<span class="author__name">{author}</span></div><span class="comment__header-date">{date}</span></div>'
        f'<div class="comment__content"><div class="rich-text-display"><p>{text}</p></div></div>'
        f'<div class="comment__footer"><div class="comment__votes"><button class="button button__sm button__text-secondary" disabled>'
        f'<span>{(cid * 7) % 13}</span> J\'aime</button></div></div></div>'
        for cid, author, date, text in comments)
    add = ('<div class="comments__add"><p>Connectez-vous avec votre compte ou <a href="/users/sign_in">inscrivez-vous</a> pour ajouter votre commentaire.</p></div>'
           if signed_out else
           f'<div class="add-comment" id="add-comment-{gid_type}-{gid_id}"><form class="form new_comment" data-remote="true" id="new_comment_for_{gid_type}_{gid_id}" action="/comments" method="post">'
           f'<input type="hidden" name="comment[commentable_gid]" value="{_tok(gid_type, gid_id)}" /><label for="add-comment-{gid_type}-{gid_id}-body">Ajouter un commentaire</label>'
           f'<textarea id="add-comment-{gid_type}-{gid_id}-body" name="comment[body]" rows="4" maxlength="1000" required></textarea>'
           '<button type="submit" class="button button__sm button__secondary">Publier un commentaire</button></form></div>')
    return (f'<section id="comments" class="layout-main__section"><div id="comments-for-{gid_type}-{gid_id}" class="comments" '
            f'data-decidim-comments=\'{{"singleComment":false,"toggleTranslations":false,"commentableGid":"{_tok(gid_type, gid_id)}"}}\'>'
            f'<div class="comments__header"><h2 class="h4">{len(comments)} commentaire{"s" if len(comments) > 1 else ""}</h2></div>'
            f'<div class="comment-threads">{items}</div>{add}</div></section>')


def decidim_survey(path, questions, intro="") -> str:
    """questions: (kind, label, options) with kind radio/checkbox/textarea."""
    out = []
    for i, (kind, label, options) in enumerate(questions):
        if kind == "textarea":
            ctl = f'<textarea name="questionnaire[responses][{i}][body]" id="questionnaire_responses_{i}_body" rows="5"></textarea>'
        else:
            ctl = "".join(f'<div class="answer-questionnaire__single-option"><label><input type="{kind}" name="questionnaire[responses][{i}][choices][]'
                          f'[answer_option_id]" value="{_id(label, o)}" />{o}</label></div>' for o in options)
        out.append(f'<div class="answer-questionnaire__question" id="questionnaire_question_{i}"><label class="answer-questionnaire__question-label">'
                   f'{i + 1}. {label}</label>{ctl}</div>')
    return (f'<div class="answer-questionnaire">{intro}<form class="form answer-questionnaire" id="new_questionnaire" action="{path}/answer" method="post">'
            f'<input type="hidden" name="authenticity_token" value="{_tok(path)}" />{"".join(out)}'
            '<div class="answer-questionnaire__tos"><label><input type="checkbox" name="questionnaire[tos_agreement]" value="1" /> '
            'En participant, vous acceptez les conditions d\'utilisation de ce questionnaire.</label></div>'
            '<div class="answer-questionnaire__submit"><button type="submit" class="button button__lg button__secondary">Envoyer</button></div></form></div>')


def decidim_budget_projects(projects, total, path) -> str:
    """projects: (href, title, amount, text)."""
    items = "".join(
        f'<div class="budget__list-item" id="project-{_id(href)}-item"><a href="{href}" class="card__list"><div class="card__list-content">'
        f'<h3 class="card__list-title">{t}</h3><div class="card__list-text">{text}</div></div></a>'
        f'<div class="budget__list-item-action"><strong class="budget__list-item-amount">{amount}</strong>'
        f'<form class="button_to" method="post" action="{path}/order/line_item"><button class="button button__sm button__transparent-secondary" type="submit">'
        f'Ajouter à votre vote</button><input type="hidden" name="project_id" value="{_id(href)}" /></form></div></div>'
        for href, t, amount, text in projects)
    return (f'<div class="budget-summary" data-total-budget="{total}"><div class="budget-summary__progressbox">'
            f'<span class="budget-summary__title">Votre vote</span><div class="budget-summary__progressbar" role="progressbar" aria-valuemin="0" aria-valuenow="0">'
            f'</div><span>Budget attribué : 0 € sur {total}</span></div>'
            '<p>Choisissez les projets que vous souhaitez voir réalisés dans votre quartier, puis validez votre vote.</p></div>'
            f'<div id="projects" class="budget__list">{items}</div>')


# -------------------------------------------------------------------------------------- Cap Collectif


def capco_steps(base, steps, current) -> str:
    items = "".join(f'<li class="{"active " if href == current else ""}step-item"><a href="{href}" class="step-link">'
                    f'<span class="step-title">{label}</span><span class="step-dates">{dates}</span></a></li>' for href, label, dates in steps)
    return f'<nav class="project__steps" aria-label="Étapes du projet"><ul class="project-steps-list">{items}</ul></nav>'


def capco_project_header(title, cover_alt, counters) -> str:
    nums = "".join(f'<li class="project-stat"><span class="project-stat__value">{v}</span> <span class="project-stat__label">{k}</span></li>' for k, v in counters)
    return (f'<div id="ProjectHeader" class="project-header"><div class="project-header__cover"><img src="/media/cache/default_project/project_cover.jpg" alt="{escape(cover_alt)}" /></div>'
            f'<div class="project-header__content"><h2 class="project-header__title">{title}</h2><ul class="project-header__stats">{nums}</ul></div></div>')


def capco_proposals(items) -> str:
    """items: (href, title, author, district, votes, comments)."""
    cards = "".join(
        f'<li class="proposal-preview list-group-item" id="proposal-{_id(href)}"><div class="proposal__body">'
        f'<h4 class="proposal__title"><a href="{href}">{t}</a></h4><p class="proposal__author">{author}</p>'
        f'<p class="proposal__district"><i class="cap cap-marker-1"></i> {district}</p></div>'
        f'<div class="proposal__counters"><span class="proposal__counter proposal__counter--votes">{votes} votes</span>'
        f'<span class="proposal__counter proposal__counter--comments">{comments} commentaires</span></div></li>'
        for href, t, author, district, votes, comments in items)
    return f'<section id="ProposalListSection" class="proposals-list"><ul class="media-list proposal-preview-list">{cards}</ul></section>'


def capco_comments(comments, anonymous_form=True) -> str:
    items = "".join(
        f'<li class="opinion block--bordered comment-{cid}" id="comment_{cid}"><div class="opinion__user"><span class="opinion__user-name">{author}</span>'
        f' <span class="excerpt small">{date}</span></div><div class="opinion__text"><p>{text}</p></div></li>'
        for cid, author, date, text in comments)
    form = ('<div id="CommentForm" class="comment-form"><form id="commentCreateForm" class="form-comment" action="" method="post">'
            '<label for="CommentForm-body" class="control-label">Votre commentaire</label>'
            '<textarea id="CommentForm-body" name="body" class="form-control" rows="4" placeholder="Écrivez votre commentaire…"></textarea>'
            '<div class="comment-form__anonymous"><p>Vous n\'avez pas de compte ? Commentez sans vous inscrire :</p>'
            '<label for="CommentForm-authorName">Nom ou pseudonyme</label><input id="CommentForm-authorName" type="text" name="authorName" class="form-control" />'
            '<label for="CommentForm-authorEmail">Adresse électronique</label><input id="CommentForm-authorEmail" type="email" name="authorEmail" class="form-control" /></div>'
            '<button type="submit" class="btn btn-primary">Commenter</button></form></div>') if anonymous_form else ""
    return (f'<div id="proposal-page-comments" class="comments-section"><h3 class="h4">{len(comments)} commentaires</h3>{form}'
            f'<ul class="media-list opinion__list" id="comments-list">{items}</ul></div>')


def capco_questionnaire(qid, questions, intro="") -> str:
    out = []
    for i, (kind, label, options) in enumerate(questions):
        name = f"responses.{i}"
        if kind == "textarea":
            ctl = f'<textarea id="CreateReplyForm-responses{i}" name="{name}" class="form-control" rows="4"></textarea>'
        elif kind == "select":
            ctl = f'<select id="CreateReplyForm-responses{i}" name="{name}" class="form-control"><option value="">Choisissez</option>' + "".join(
                f'<option value="{escape(o)}">{o}</option>' for o in options) + "</select>"
        else:
            ctl = "".join(f'<div class="{kind}"><label><input type="{kind}" name="{name}" value="{escape(o)}" /> {o}</label></div>' for o in options)
        out.append(f'<div class="form-group" id="CreateReplyForm-responses{i}-group"><label class="control-label h5">{label}</label>{ctl}</div>')
    return (f'<div class="questionnaire-step" id="questionnaire-{qid}">{intro}<form id="create-reply-form" class="form-horizontal" action="" method="post">'
            f'{"".join(out)}<button type="submit" id="submit-create-reply" class="btn btn-primary">Envoyer mes réponses</button></form></div>')


# ------------------------------------------------------------------------------------------- Go Vocal


def gv_project_card(href, title, kind, text) -> str:
    return (f'<a href="{href}" class="e2e-project-card e2e-admin-publication-card" data-testid="project-card"><div class="project-card__content">'
            f'<span class="e2e-project-card-participation-method">{kind}</span><h3 class="e2e-project-card-project-title">{title}</h3>'
            f'<p class="e2e-project-card-project-description-preview">{text}</p></div></a>')


def gv_project_header(title, description, phases=()) -> str:
    tl = "".join(f'<li class="e2e-phase-{i + 1}{" currentPhase" if cur else ""}"><span class="phase-title">{t}</span> <span class="phase-dates">{d}</span></li>'
                 for i, (t, d, cur) in enumerate(phases))
    return (f'<div id="e2e-project-page"><div id="e2e-project-header" class="project-header"><h2 id="e2e-project-title">{title}</h2>'
            f'<div id="e2e-project-description" class="project-description">{description}</div></div>'
            + (f'<div id="project-timeline" class="e2e-timeline"><ol class="phases">{tl}</ol></div>' if phases else "") + '</div>')


def gv_ideas(cards) -> str:
    """cards: (href, title, author, votes, comments, amount_or_None)."""
    items = "".join(
        f'<a href="{href}" class="e2e-card e2e-idea-card" data-testid="ideaCard"><div class="idea-card__body"><h3 class="e2e-idea-card-title">{t}</h3>'
        f'<span class="e2e-idea-card-author">{author}</span>' + (f'<span class="e2e-idea-card-budget">{amount}</span>' if amount else "")
        + f'</div><div class="idea-card__footer"><span class="e2e-ideacard-upvote-count">{votes}</span> votes · '
        f'<span class="e2e-ideacard-comment-count">{comments}</span> commentaires</div></a>'
        for href, t, author, votes, comments, amount in cards)
    return f'<div id="e2e-ideas-container" class="e2e-ideas-list">{items}</div>'


def gv_idea(title, author, body, votes, comments, back) -> str:
    cs = "".join(f'<div class="e2e-comment-thread" id="comment-{cid}"><div class="e2e-parentcomment"><span class="e2e-author-name">{au}</span>'
                 f' <time>{date}</time><div class="e2e-comment-body"><p>{text}</p></div></div></div>' for cid, au, date, text in comments)
    return (f'<div id="e2e-idea-show"><a href="{back}" class="e2e-idea-back-button">Retour aux idées</a><h2 id="e2e-idea-title">{title}</h2>'
            f'<p class="e2e-idea-author">Publiée par <span class="e2e-author-name">{author}</span></p><div id="e2e-idea-description">{body}</div>'
            f'<div class="e2e-vote-control"><button class="e2e-ideacard-upvote-button" type="button">J\'aime</button> <span class="e2e-ideacard-upvote-count">{votes}</span></div>'
            f'<section id="e2e-comments-container"><h3>Commentaires ({len(comments)})</h3>'
            '<form id="e2e-parent-comment-form" class="e2e-comment-form"><label for="submit-comment" class="visually-hidden">Ajouter un commentaire</label>'
            '<textarea id="submit-comment" name="comment" placeholder="Écrivez votre commentaire ici" class="e2e-mentions"></textarea>'
            f'<button type="submit" id="e2e-submit-parentcomment" class="e2e-submit-comment">Publier</button></form><div class="e2e-comments">{cs}</div></section></div>')


def gv_poll(questions) -> str:
    out = "".join(
        f'<fieldset class="e2e-poll-question" id="e2e-poll-question-{i}"><legend>{q}</legend>' + "".join(
            f'<label class="e2e-poll-option"><input type="radio" name="poll-question-{i}" value="{j}" /> {o}</label>' for j, o in enumerate(opts))
        + "</fieldset>" for i, (q, opts) in enumerate(questions))
    return f'<div id="e2e-poll-form" class="e2e-poll"><form>{out}<button type="submit" class="e2e-send-poll">Envoyer</button></form></div>'


def gv_survey(questions) -> str:
    out = []
    for i, (kind, label, opts) in enumerate(questions):
        if kind == "textarea":
            ctl = f'<textarea name="q{i}" class="e2e-survey-text" rows="4"></textarea>'
        else:
            ctl = "".join(f'<label><input type="{kind}" name="q{i}" value="{j}" /> {o}</label>' for j, o in enumerate(opts))
        out.append(f'<div class="e2e-survey-question" data-question-type="{kind}"><p class="question-title">{label}</p>{ctl}</div>')
    return f'<div id="e2e-native-survey"><form class="e2e-survey-form">{"".join(out)}<button type="submit" id="e2e-submit-form">Envoyer</button></form></div>'


# ------------------------------------------------------------------------------------------- Flarum


def flarum_index(discussions, tag=None) -> str:
    """The crawler view of a Flarum discussion list: discussions (href, title)."""
    items = "".join(f'<li><a href="{href}">{t}</a></li>' for href, t in discussions)
    head = f"<h2>{tag}</h2>" if tag else "<h2>Toutes les discussions</h2>"
    return f'<div class="container">{head}<ul>{items}</ul></div>'


def flarum_discussion(posts) -> str:
    """posts: (author, date, text)."""
    items = "".join(f'<div><h3>{author}</h3><p class="PostMeta"><time>{date}</time></p><div class="Post-body">{text}</div></div><hr>'
                    for author, date, text in posts)
    return f'<div class="container">{items}</div>'


# -------------------------------------------------------------------------------------------- phpBB


def phpbb_forumlist(cat, forums) -> str:
    """forums: (href, title, desc, topics, posts, last)."""
    rows = "".join(
        f'<li class="row"><dl class="row-item forum_read"><dt title="Aucun message non lu"><div class="list-inner">'
        f'<a href="{href}" class="forumtitle">{t}</a><br />{desc}</div></dt><dd class="topics">{topics} <dfn>Sujets</dfn></dd>'
        f'<dd class="posts">{posts} <dfn>Messages</dfn></dd><dd class="lastpost"><span><dfn>Dernier message </dfn>{last}</span></dd></dl></li>'
        for href, t, desc, topics, posts, last in forums)
    return (f'<div class="forabg"><div class="inner"><ul class="topiclist"><li class="header"><dl class="row-item"><dt><div class="list-inner">{cat}</div></dt>'
            f'<dd class="topics">Sujets</dd><dd class="posts">Messages</dd><dd class="lastpost"><span>Dernier message</span></dd></dl></li></ul>'
            f'<ul class="topiclist forums">{rows}</ul></div></div>')


def phpbb_topiclist(topics) -> str:
    """topics: (href, title, author, replies, views, last)."""
    rows = "".join(
        f'<li class="row bg{1 + n % 2}"><dl class="row-item topic_read"><dt title="Aucun message non lu"><div class="list-inner">'
        f'<a href="{href}" class="topictitle">{t}</a><br /><div class="topic-poster responsive-hide left-box">par <span class="username">{author}</span></div></div></dt>'
        f'<dd class="posts">{rep} <dfn>Réponses</dfn></dd><dd class="views">{views} <dfn>Vues</dfn></dd>'
        f'<dd class="lastpost"><span><dfn>Dernier message </dfn>{last}</span></dd></dl></li>'
        for n, (href, t, author, rep, views, last) in enumerate(topics))
    return (f'<div class="forumbg"><div class="inner"><ul class="topiclist"><li class="header"><dl class="row-item"><dt><div class="list-inner">Sujets</div></dt>'
            f'<dd class="posts">Réponses</dd><dd class="views">Vues</dd><dd class="lastpost"><span>Dernier message</span></dd></dl></li></ul>'
            f'<ul class="topiclist topics">{rows}</ul></div></div>')


def phpbb_topic(title, posts) -> str:
    """posts: (id, author, date, text)."""
    out = "".join(
        f'<div id="p{pid}" class="post has-profile bg{1 + n % 2}"><div class="inner"><dl class="postprofile" id="profile{pid}">'
        f'<dt class="no-profile-rank no-avatar"><span class="username">{author}</span></dt><dd class="profile-posts"><strong>Messages :</strong> {(pid * 3) % 97 + 2}</dd></dl>'
        f'<div class="postbody"><div id="post_content{pid}"><h3 class="{"first" if n == 0 else ""}"><a href="#p{pid}">{("Re: " if n else "") + title}</a></h3>'
        f'<p class="author"><span class="responsive-hide">par <strong><span class="username">{author}</span></strong> &raquo; </span>{date}</p>'
        f'<div class="content">{text}</div></div></div><div class="back2top"><a href="#top" class="top" title="Haut">Haut</a></div></div></div><hr class="divider" />'
        for n, (pid, author, date, text) in enumerate(posts))
    return f'<div class="action-bar bar-top"><div class="pagination">{len(posts)} messages &bull; Page <strong>1</strong> sur <strong>1</strong></div></div>{out}'


# ------------------------------------------------------------------------------------- neighbours' app


def feed(posts) -> str:
    """posts: (author, quartier, when, kind, text, replies)."""
    out = "".join(
        f'<article class="post post--{kind}"><header class="post__header"><span class="post__author">{author}</span> · '
        f'<span class="post__place">{place}</span> · <time class="post__date">{when}</time> <span class="badge badge--{kind}">{kind.capitalize()}</span></header>'
        f'<div class="post__body"><p>{text}</p></div><footer class="post__footer"><span class="post__replies">{replies} réponses</span> '
        '<a href="/connexion" class="post__reply">Répondre</a></footer></article>'
        for author, place, when, kind, text, replies in posts)
    return f'<div class="feed">{out}</div>'


# ---------------------------------------------------------------------- whole pages: LimeSurvey instance


def limesurvey_document(site, page, survey=None) -> str:
    """A LimeSurvey 6 public page (vanilla theme). ``survey``: (sid, title, description, questions, closed)."""
    body_class = "vanilla lang-fr group-by-group"
    if survey is None:
        content = f'<div class="container"><div class="row"><div class="col-12"><h1>{escape(page.title)}</h1>{page.body}</div></div></div>'
        sid = "index"
    else:
        sid, title, description, questions, closed = survey
        if closed:
            content = (f'<div id="main-row" class="container"><div class="row"><div class="col-12"><div class="survey-name"><h1>{escape(title)}</h1></div>'
                       f'<div class="ls-message-box"><p class="alert alert-danger">Ce questionnaire n\'est plus disponible.</p>'
                       f'{page.body}</div></div></div></div>')
        else:
            qs = []
            for n, (kind, label, opts) in enumerate(questions, start=1):
                qid = f"{sid}X{7 + n // 4}X{30 + n}"
                if kind == "textarea":
                    ans = (f'<div class="answer-container ls-answers"><textarea class="form-control textarea" name="{qid}" id="answer{qid}" rows="5" cols="40"></textarea></div>')
                    qtype = "text-long"
                else:
                    ans = '<ul class="ls-answers answers-list ' + ("radio-list" if kind == "radio" else "checkbox-list") + '" role="' + ("radiogroup" if kind == "radio" else "group") + '">' + "".join(
                        f'<li id="javatbd{qid}A{i}" class="answer-item {kind}-item"><input type="{kind}" class="{kind}" value="A{i}" '
                        f'name="{qid}{"" if kind == "radio" else "A" + str(i)}" id="answer{qid}A{i}" /><label for="answer{qid}A{i}" class="control-label {kind}-label">{o}</label></li>'
                        for i, o in enumerate(opts, start=1)) + "</ul>"
                    qtype = "list-radio" if kind == "radio" else "multiple-opt"
                qs.append(f'<div id="question{30 + n}" class="question-container row {qtype} mandatory"><div class="question-title-container col-12">'
                          f'<div class="question-number">{n}</div><div class="asterisk">*</div><div class="ls-label-question">{label}</div></div>'
                          f'<div class="question-valid-container col-12"></div><div class="answer-container col-12">{ans}</div></div>')
            content = (f'<div id="main-row" class="container"><div class="row"><div class="col-12">'
                       f'<div class="survey-name"><h1>{escape(title)}</h1></div><div class="survey-description">{description}</div>{page.body}'
                       f'<form id="limesurvey" name="limesurvey" class="survey-form-container form" method="post" action="{page.path}" autocomplete="off">'
                       f'<input type="hidden" value="{_tok(sid)}" name="YII_CSRF_TOKEN" /><input type="hidden" name="sid" value="{sid}" id="sid" />'
                       f'<input type="hidden" name="lastgroup" value="{sid}X7" id="lastgroup" /><input type="hidden" name="thisstep" value="1" id="thisstep" />'
                       f'<input type="hidden" name="LEMpostKey" value="{_id(sid)}" id="LEMpostKey" />'
                       f'<div class="group-outer-container"><div class="group-container space-col" id="group-0">{"".join(qs)}</div></div>'
                       '<div class="row navigator space-col" id="navigator-container"><div class="col-6 text-start">'
                       '<button type="submit" id="ls-button-previous" value="moveprev" name="move" accesskey="p" class="ls-move-btn ls-move-previous-btn btn btn-lg btn-outline-secondary" disabled>Précédent</button></div>'
                       '<div class="col-6 text-end"><button type="submit" id="ls-button-submit" value="movesubmit" name="move" accesskey="l" '
                       'class="ls-move-btn ls-move-submit-btn btn btn-lg btn-primary">Envoyer</button></div></div></form></div></div></div>')
    return f"""<!DOCTYPE html>
<html lang="fr" dir="ltr" class="fr dir-ltr no-js">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta name="generator" content="LimeSurvey http://www.limesurvey.org" />
<title>{escape(page.title)}</title>
<link rel="stylesheet" type="text/css" href="/tmp/assets/9c3e1d2f/survey.css" />
<link rel="stylesheet" type="text/css" href="/themes/survey/vanilla/css/theme.css" />
<link rel="stylesheet" type="text/css" href="/themes/survey/vanilla/css/custom.css" />
<script type="text/javascript" src="/tmp/assets/2b7f0a1c/jquery-3.7.1.min.js"></script>
<script type="text/javascript" src="/tmp/assets/8d4e6a3b/survey.js"></script>
</head>
<body class="{body_class}" id="survey-{sid}" data-surveyid="{sid}">
<div id="beginScripts"></div>
<div class="outerframe container-fluid" id="outerframeContainer">
<header class="navbar navbar-expand-lg bg-body-tertiary ls-navbar"><div class="container-fluid"><a class="navbar-brand logo-container" href="/">
<img class="logo img-fluid" src="/upload/themes/survey/generalfiles/logo-ville.png" alt="{escape(site.title)}" /></a></div></header>
<article>{content}</article>
<footer class="container-fluid text-center"><p class="small">{escape(site.address)} · <a href="/mentions-legales">Mentions légales et données personnelles</a></p></footer>
</div>
</body></html>"""


# ------------------------------------------------------------------ whole pages: a hand-written site


def handwritten_document(site, page, charset="iso-8859-1") -> str:
    """A municipal site written by hand around 2008 and kept alive since: tables, one stylesheet, PHP pages."""
    menu = "".join(f'<a href="{escape(href)}" class="menu">{escape(label)}</a><br />' for label, href in site.menu)
    social = ""
    if site.accounts:
        names = {"facebook": "Facebook", "x": "X", "instagram": "Instagram", "youtube": "YouTube", "linkedin": "LinkedIn",
                 "mastodon": "Mastodon", "bluesky": "Bluesky", "tiktok": "TikTok"}
        social = " &middot; ".join(f'<a href="{escape(acc.href)}" target="_blank"{" rel=&quot;me&quot;" if acc.platform == "mastodon" else ""}>{names.get(acc.platform, acc.platform)}</a>'
                                   for acc in site.accounts)
        social = social.replace("rel=&quot;me&quot;", 'rel="me"')
        social = f'<p class="reseaux">Retrouvez la ville sur : {social}</p>'
    crumb = ""
    if page.path != "/":
        parent = f' &gt; <a href="{escape(page.parent[1])}">{escape(page.parent[0])}</a>' if page.parent else ""
        crumb = f'<p class="chemin">Vous êtes ici : <a href="/">Accueil</a>{parent} &gt; {escape(page.title)}</p>'
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="fr" lang="fr">
<head>
<meta http-equiv="Content-Type" content="text/html; charset={charset}" />
<title>{escape(site.title)} - {escape(page.title)}</title>
<meta name="keywords" content="{escape(site.title)}, mairie, ville, Meurthe-et-Moselle, Lorraine" />
<link href="/css/style.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/js/fonctions.js"></script>
</head>
<body>
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0" id="conteneur">
<tr><td colspan="2" id="bandeau"><a href="/"><img src="/images/bandeau.jpg" width="980" height="140" alt="Ville de {escape(site.title)}" border="0" /></a></td></tr>
<tr><td width="200" valign="top" id="gauche"><div class="menu_gauche">{menu}</div>
<form action="/recherche.php" method="get" id="recherche"><input type="text" name="mots" size="14" /> <input type="submit" value="OK" /></form></td>
<td width="780" valign="top" id="centre">{crumb}<h1>{escape(page.title)}</h1>
{page.body}
</td></tr>
<tr><td colspan="2" id="pied"><p>{escape(site.address)} - T&eacute;l. 03 83 00 00 00 - <a href="/mentions-legales">Mentions l&eacute;gales</a></p>{social}
<p class="copyright">&copy; Ville de {escape(site.title)} - site r&eacute;alis&eacute; par le service informatique municipal</p></td></tr>
</table>
</body>
</html>"""
