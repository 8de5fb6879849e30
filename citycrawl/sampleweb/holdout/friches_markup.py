"""Markup helpers of the holdout part "friches": suburban communes under urban renewal (NPNRU).

Everything here is written for this part: the forms, comment systems and embeds of the CMSs these
cities run (Drupal and Webform, WordPress and its plugins, SPIP and Formidable, Joomla and its
extensions, TYPO3 and powermail, Publik/w.c.s.), the components of the participation platforms,
and the page layouts of the hosts this part serves itself (a hand-written site, id-city, Jenparle,
Fluicity).
"""
import zlib
from html import escape


def _n(text, mod=9000, base=1000):
    """A stable number drawn from a text (ids, tokens), so that pages render the same every time."""
    return zlib.crc32(text.encode()) % mod + base


def _token(text, size=32):
    out, seed = "", text
    while len(out) < size:
        seed = f"{zlib.crc32(seed.encode()):08x}{seed}"
        out += seed[:8]
    return out[:size]


# ---------------------------------------------------------------------------------------------
# Plain content
# ---------------------------------------------------------------------------------------------

def prose(*paragraphs):
    return "".join(p if p.lstrip().startswith("<") else f"<p>{p}</p>" for p in paragraphs)


def bullets(*items, cls=""):
    attr = f' class="{cls}"' if cls else ""
    return f"<ul{attr}>" + "".join(f"<li>{i}</li>" for i in items) + "</ul>"


def link(href, label, cls=""):
    attr = f' class="{cls}"' if cls else ""
    return f'<a href="{escape(href)}"{attr}>{label}</a>'


def link_list(links, cls="liste-liens"):
    return f'<ul class="{cls}">' + "".join(f'<li><a href="{escape(h)}">{label}</a></li>' for h, label in links) + "</ul>"


def h2(text):
    return f"<h2>{text}</h2>"


def dated(date_iso, date_label, category=""):
    cat = f' <span class="categorie">{category}</span>' if category else ""
    return f'<p class="date-publication"><time datetime="{date_iso}">{date_label}</time>{cat}</p>'


def mailto(address, label=None):
    return f'<a href="mailto:{address}">{label or address}</a>'


def share_buttons(url, title=""):
    """Share links of a news item (intents, not accounts of the city)."""
    from urllib.parse import quote
    u, t = quote(url, safe=""), quote(title, safe="")
    return ('<div class="partage"><p class="partage__titre">Partager cette page</p><ul class="partage__liste">'
            f'<li><a class="partage__lien partage__lien--facebook" href="https://www.facebook.com/sharer/sharer.php?u={u}" target="_blank" rel="noopener">Facebook</a></li>'
            f'<li><a class="partage__lien partage__lien--x" href="https://twitter.com/intent/tweet?url={u}&amp;text={t}" target="_blank" rel="noopener">X</a></li>'
            f'<li><a class="partage__lien partage__lien--linkedin" href="https://www.linkedin.com/shareArticle?mini=true&amp;url={u}" target="_blank" rel="noopener">LinkedIn</a></li>'
            f'<li><a class="partage__lien partage__lien--mail" href="mailto:?subject={t}&amp;body={u}">Courriel</a></li></ul></div>')


def horaires(*lines):
    return '<dl class="horaires">' + "".join(f"<dt>{a}</dt><dd>{b}</dd>" for a, b in lines) + "</dl>"


def table(head, rows, caption=""):
    cap = f"<caption>{caption}</caption>" if caption else ""
    th = "".join(f'<th scope="col">{h}</th>' for h in head)
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    return f'<table class="tableau">{cap}<thead><tr>{th}</tr></thead><tbody>{body}</tbody></table>'


# ---------------------------------------------------------------------------------------------
# Embeds of survey services and comment systems
# ---------------------------------------------------------------------------------------------

def google_form_embed(form_id, title, height=1480):
    return (f'<div class="embed-formulaire"><iframe src="https://docs.google.com/forms/d/e/{form_id}/viewform?embedded=true" '
            f'width="100%" height="{height}" frameborder="0" marginheight="0" marginwidth="0" title="{escape(title)}">'
            "Chargement…</iframe></div>")


def google_form_link(short_id, label="Je réponds au questionnaire"):
    return f'<p class="bouton-action"><a class="btn btn-primary" href="https://forms.gle/{short_id}" target="_blank" rel="noopener">{label}</a></p>'


def typeform_embed(form_id, title):
    return (f'<div data-tf-live="{form_id}" data-tf-opacity="100" data-tf-iframe-props="title={escape(title)}" '
            'data-tf-transitive-search-params data-tf-medium="snippet" style="width:100%;height:560px;"></div>'
            '<script src="//embed.typeform.com/next/embed.js"></script>'
            f'<p class="embed-secours">Le formulaire ne s\'affiche pas ? <a href="https://form.typeform.com/to/{form_id}" '
            'target="_blank" rel="noopener">Ouvrez-le dans un nouvel onglet</a>.</p>')


def tally_embed(form_id, title, height=620):
    return (f'<iframe data-tally-src="https://tally.so/embed/{form_id}?alignLeft=1&amp;hideTitle=1&amp;transparentBackground=1&amp;dynamicHeight=1" '
            f'loading="lazy" width="100%" height="{height}" frameborder="0" marginheight="0" marginwidth="0" title="{escape(title)}"></iframe>'
            '<script>var d=document,w="https://tally.so/widgets/embed.js",v=function(){"undefined"!=typeof Tally?Tally.loadEmbeds():'
            'd.querySelectorAll("iframe[data-tally-src]:not([src])").forEach((function(e){e.src=e.dataset.tallySrc}))};'
            'if("undefined"!=typeof Tally)v();else if(d.querySelector(\'script[src="\'+w+\'"]\')==null){var s=d.createElement("script");'
            's.src=w,s.onload=v,s.onerror=v,d.body.appendChild(s);}</script>')


def ms_forms_embed(form_id, title):
    return (f'<iframe width="640px" height="720px" src="https://forms.office.com/Pages/ResponsePage.aspx?id={form_id}&amp;embed=true" '
            f'frameborder="0" marginwidth="0" marginheight="0" title="{escape(title)}" style="border: none; max-width:100%; max-height:100vh" '
            'allowfullscreen webkitallowfullscreen mozallowfullscreen msallowfullscreen> </iframe>')


def facebook_comments(url, numposts=10):
    nonce = _token(url, 8)
    return ('<div id="fb-root"></div>'
            f'<script async defer crossorigin="anonymous" src="https://connect.facebook.net/fr_FR/sdk.js#xfbml=1&amp;version=v19.0" nonce="{nonce}"></script>'
            f'<div class="fb-comments" data-href="{escape(url)}" data-width="100%" data-numposts="{numposts}" data-order-by="reverse_time"></div>')


def youtube_embed(video_id, title):
    return (f'<iframe width="560" height="315" src="https://www.youtube-nocookie.com/embed/{video_id}" title="{escape(title)}" '
            'frameborder="0" allow="accelerometer; autoplay; clipboard-write; encrypted-media; gyroscope; picture-in-picture" allowfullscreen></iframe>')


# ---------------------------------------------------------------------------------------------
# Drupal 10: core contact form, Webform, comments, Simplenews
# ---------------------------------------------------------------------------------------------

def _slug(text):
    import re
    import unicodedata
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", plain).strip("-")


def _drupal_hidden(form_id, seed):
    return (f'<input autocomplete="off" data-drupal-selector="form-{_token(seed, 22)}" type="hidden" '
            f'name="form_build_id" value="form-{_token(seed + "b", 43)}" />'
            f'<input data-drupal-selector="edit-{form_id.replace("_", "-")}" type="hidden" name="form_id" value="{form_id}" />')


def _drupal_item(kind, key, label, required=False, description=""):
    sel = key.replace("_", "-")
    req_l = ' class="js-form-required form-required"' if required else ""
    req_i = ' required="required" aria-required="true"' if required else ""
    desc = f'<div id="edit-{sel}--description" class="webform-element-description">{description}</div>' if description else ""
    if kind == "textarea":
        return (f'<div class="js-form-item form-item js-form-type-textarea form-type-textarea js-form-item-{sel} form-item-{sel}">'
                f'<label for="edit-{sel}"{req_l}>{label}</label><div class="form-textarea-wrapper">'
                f'<textarea data-drupal-selector="edit-{sel}" id="edit-{sel}" name="{key}" rows="5" cols="60" '
                f'class="form-textarea{" required" if required else ""} resize-vertical"{req_i}></textarea></div>{desc}</div>')
    if kind == "file":
        return (f'<div class="js-form-item form-item js-form-type-managed-file form-type-managed-file js-form-item-files-{sel} form-item-files-{sel}">'
                f'<label for="edit-{sel}-upload"{req_l}>{label}</label>'
                f'<div id="edit-{sel}-upload" class="js-form-managed-file form-managed-file">'
                f'<input data-drupal-selector="edit-{sel}-upload" type="file" id="edit-{sel}-upload" name="files[{key}]" size="22" class="js-form-file form-file" />'
                f'<input class="js-hide button js-form-submit form-submit" data-drupal-selector="edit-{sel}-upload-button" formnovalidate="formnovalidate" '
                f'type="submit" id="edit-{sel}-upload-button" name="{key}_upload_button" value="Téléverser" />'
                f'<input data-drupal-selector="edit-{sel}-fids" type="hidden" name="{key}[fids]" /></div>{desc}</div>')
    typ = {"text": "text", "email": "email", "tel": "tel", "date": "date", "number": "number"}[kind]
    cls = {"text": "form-text", "email": "form-email", "tel": "form-tel", "date": "form-date", "number": "form-number"}[kind]
    return (f'<div class="js-form-item form-item js-form-type-{typ if typ != "text" else "textfield"} form-type-{typ if typ != "text" else "textfield"} '
            f'js-form-item-{sel} form-item-{sel}"><label for="edit-{sel}"{req_l}>{label}</label>'
            f'<input data-drupal-selector="edit-{sel}" type="{typ}" id="edit-{sel}" name="{key}" value="" size="60" '
            f'class="{cls}{" required" if required else ""}"{req_i} />{desc}</div>')


def _drupal_options(kind, key, label, options, required=False):
    sel = key.replace("_", "-")
    req = " required" if required else ""
    legend_cls = ' class="fieldset-legend js-form-required form-required"' if required else ' class="fieldset-legend"'
    if kind == "select":
        opts = '<option value="" selected="selected">- Sélectionner -</option>' + "".join(
            f'<option value="{_slug(o)}">{o}</option>' for o in options)
        return (f'<div class="js-form-item form-item js-form-type-select form-type-select js-form-item-{sel} form-item-{sel}">'
                f'<label for="edit-{sel}">{label}</label><select data-drupal-selector="edit-{sel}" id="edit-{sel}" name="{key}" '
                f'class="form-select{req}">{opts}</select></div>')
    single = kind == "radios"
    items = "".join(
        f'<div class="js-form-item form-item js-form-type-{"radio" if single else "checkbox"} form-type-{"radio" if single else "checkbox"} '
        f'js-form-item-{sel} form-item-{sel}"><input data-drupal-selector="edit-{sel}-{_slug(o)}" type="{"radio" if single else "checkbox"}" '
        f'id="edit-{sel}-{_slug(o)}" name="{key if single else f"{key}[{_slug(o)}]"}" value="{_slug(o)}" class="form-{"radio" if single else "checkbox"}" />'
        f'<label for="edit-{sel}-{_slug(o)}" class="option">{o}</label></div>' for o in options)
    return (f'<fieldset data-drupal-selector="edit-{sel}" id="edit-{sel}--wrapper" class="{kind}--wrapper fieldgroup form-composite '
            f'webform-composite-visible-title{req} js-webform-type-{kind} webform-type-{kind} js-form-item form-item js-form-wrapper form-wrapper">'
            f'<legend><span{legend_cls}>{label}</span></legend><div class="fieldset-wrapper">'
            f'<div id="edit-{sel}" class="js-webform-{kind} webform-options-display-one-column form-{kind}">{items}</div></div></fieldset>')


def drupal_webform(webform_id, nid, action, elements, submit="Envoyer", intro=""):
    """A Webform (Drupal 10) attached to a node. ``elements``: (kind, key, label[, options or required])."""
    base = f"webform-submission-{webform_id.replace('_', '-')}-node-{nid}-add-form"
    parts = []
    for el in elements:
        kind, key, label = el[:3]
        if kind in ("radios", "checkboxes", "select"):
            parts.append(_drupal_options(kind, key, label, el[3], required=len(el) > 4 and el[4]))
        elif kind == "markup":
            parts.append(f'<div class="js-form-item form-item js-form-type-webform-markup form-type-webform-markup">{label}</div>')
        else:
            parts.append(_drupal_item(kind, key, label, required=len(el) > 3 and el[3],
                                      description=el[4] if len(el) > 4 else ""))
    intro_html = f'<div class="webform-introduction">{intro}</div>' if intro else ""
    form_id = f"webform_submission_{webform_id}_node_{nid}_add_form"
    return (f'<form class="webform-submission-form webform-submission-add-form webform-submission-{webform_id.replace("_", "-")}-form '
            f'webform-submission-{webform_id.replace("_", "-")}-add-form {base.replace("-add-form", "-form")} {base} js-webform-details-toggle '
            f'webform-details-toggle" data-drupal-selector="{base}" action="{action}" method="post" id="{base}" accept-charset="UTF-8">'
            f'{intro_html}{"".join(parts)}'
            f'<div data-drupal-selector="edit-actions" class="form-actions webform-actions js-form-wrapper form-wrapper" id="edit-actions">'
            f'<input class="webform-button--submit button button--primary js-form-submit form-submit" data-drupal-selector="edit-actions-submit" '
            f'type="submit" id="edit-actions-submit" name="op" value="{submit}" /></div>'
            f'{_drupal_hidden(form_id, base)}</form>')


def drupal_contact(action="/contact"):
    fields = "".join([
        _drupal_item("text", "name", "Votre nom", True),
        _drupal_item("email", "mail", "Votre adresse de courriel", True),
        '<div class="js-form-item form-item js-form-type-textfield form-type-textfield js-form-item-subject-0-value form-item-subject-0-value">'
        '<label for="edit-subject-0-value" class="js-form-required form-required">Objet</label>'
        '<input class="js-text-full text-full form-text required" data-drupal-selector="edit-subject-0-value" type="text" '
        'id="edit-subject-0-value" name="subject[0][value]" value="" size="60" maxlength="100" required="required" aria-required="true" /></div>',
        '<div class="js-form-item form-item js-form-type-textarea form-type-textarea js-form-item-message-0-value form-item-message-0-value">'
        '<label for="edit-message-0-value" class="js-form-required form-required">Message</label><div class="form-textarea-wrapper">'
        '<textarea class="js-text-full text-full form-textarea required resize-vertical" data-drupal-selector="edit-message-0-value" '
        'id="edit-message-0-value" name="message[0][value]" rows="12" cols="60" required="required" aria-required="true"></textarea></div></div>',
        '<div class="js-form-item form-item js-form-type-checkbox form-type-checkbox js-form-item-copy form-item-copy">'
        '<input data-drupal-selector="edit-copy" type="checkbox" id="edit-copy" name="copy" value="1" class="form-checkbox" />'
        '<label for="edit-copy" class="option">Recevoir une copie de ce message</label></div>',
    ])
    return ('<form class="contact-message-feedback-form contact-message-form contact-form" data-user-info-from-browser '
            f'data-drupal-selector="contact-message-feedback-form" action="{action}" method="post" id="contact-message-feedback-form" accept-charset="UTF-8">'
            f'{fields}{_drupal_hidden("contact_message_feedback_form", action)}'
            '<div data-drupal-selector="edit-actions" class="form-actions js-form-wrapper form-wrapper" id="edit-actions">'
            '<input data-drupal-selector="edit-submit" type="submit" id="edit-submit--2" name="op" value="Envoyer le message" '
            'class="button button--primary js-form-submit form-submit" /></div></form>')


def drupal_comments(nid, comments, open_form=True):
    """Core comments of a node: (cid, author, date, subject, text); a form for anonymous users when open."""
    items = "".join(
        f'<article data-comment-user-id="0" id="comment-{cid}" class="comment js-comment by-anonymous">'
        f'<span class="hidden" data-comment-timestamp="{1700000000 + cid * 977}"></span>'
        f'<footer class="comment__meta"><p class="comment__author"><span>{escape(author)}</span> (non vérifié)</p>'
        f'<p class="comment__time">{date}</p></footer><div class="comment__content"><h3>{escape(subject)}</h3>'
        f'<div class="clearfix text-formatted field field--name-comment-body field--type-text-long field--label-hidden field__item"><p>{text}</p></div>'
        f'<ul class="links inline"><li class="comment-reply"><a href="#comment-form" data-reply-to="{cid}">Répondre</a></li></ul></div></article>'
        for cid, author, date, subject, text in comments)
    form = ""
    if open_form:
        form = ('<h2 class="title comment-form__title">Ajouter un commentaire</h2>'
                f'<form class="comment-comment-form comment-form" data-drupal-selector="comment-form" action="/comment/reply/node/{nid}/comment" '
                'method="post" id="comment-form" accept-charset="UTF-8">'
                + _drupal_item("text", "name", "Votre nom")
                + '<div class="js-form-item form-item js-form-type-textfield form-type-textfield js-form-item-subject-0-value form-item-subject-0-value">'
                  '<label for="edit-subject-0-value">Sujet</label><input class="js-text-full text-full form-text" data-drupal-selector="edit-subject-0-value" '
                  'type="text" id="edit-subject-0-value" name="subject[0][value]" value="" size="60" maxlength="64" /></div>'
                  '<div class="js-form-item form-item js-form-type-textarea form-type-textarea js-form-item-comment-body-0-value form-item-comment-body-0-value">'
                  '<label for="edit-comment-body-0-value" class="js-form-required form-required">Commentaire</label><div class="form-textarea-wrapper">'
                  '<textarea class="js-text-full text-full form-textarea required resize-vertical" data-drupal-selector="edit-comment-body-0-value" '
                  'id="edit-comment-body-0-value" name="comment_body[0][value]" rows="5" cols="60" required="required" aria-required="true"></textarea></div>'
                  '<div class="description">Les commentaires sont modérés avant publication.</div></div>'
                + _drupal_hidden("comment_comment_form", f"comment-{nid}")
                + '<div data-drupal-selector="edit-actions" class="form-actions js-form-wrapper form-wrapper" id="edit-actions--3">'
                  '<input data-drupal-selector="edit-submit" type="submit" id="edit-submit--3" name="op" value="Enregistrer" '
                  'class="button button--primary js-form-submit form-submit" /></div></form>')
    return ('<section class="field field--name-comment field--type-comment field--label-above comment-wrapper">'
            f'<h2 class="title comment-section-title">Commentaires ({len(comments)})</h2>{items}{form}</section>')


def drupal_simplenews(action):
    return ('<div class="block block-simplenews block-simplenews-subscription-block">'
            '<h2>Lettre d\'information</h2>'
            f'<form class="simplenews-subscriptions-block-lettre-noisy simplenews-subscriber-form" data-drupal-selector="simplenews-subscriptions-block-lettre-noisy" '
            f'action="{action}" method="post" id="simplenews-subscriptions-block-lettre-noisy" accept-charset="UTF-8">'
            '<div class="field--type-email field--name-mail field--widget-email-default js-form-wrapper form-wrapper" data-drupal-selector="edit-mail-wrapper" id="edit-mail-wrapper">'
            '<div class="js-form-item form-item js-form-type-email form-type-email js-form-item-mail-0-value form-item-mail-0-value">'
            '<label for="edit-mail-0-value" class="js-form-required form-required">Adresse de courriel</label>'
            '<input data-drupal-selector="edit-mail-0-value" type="email" id="edit-mail-0-value" name="mail[0][value]" value="" size="60" maxlength="254" '
            'class="form-email required" required="required" aria-required="true" /></div></div>'
            '<div class="js-form-item form-item js-form-type-checkbox form-type-checkbox js-form-item-subscriptions-lettre-mensuelle form-item-subscriptions-lettre-mensuelle">'
            '<input data-drupal-selector="edit-subscriptions-lettre-mensuelle" type="checkbox" id="edit-subscriptions-lettre-mensuelle" '
            'name="subscriptions[lettre_mensuelle]" value="lettre_mensuelle" checked="checked" class="form-checkbox" />'
            '<label for="edit-subscriptions-lettre-mensuelle" class="option">Noisy Mag, la lettre mensuelle</label></div>'
            + _drupal_hidden("simplenews_subscriptions_block_lettre_noisy", action)
            + '<div data-drupal-selector="edit-actions" class="form-actions js-form-wrapper form-wrapper" id="edit-actions--4">'
              '<input data-drupal-selector="edit-subscribe" type="submit" id="edit-subscribe" name="op" value="S\'abonner" '
              'class="button js-form-submit form-submit" /></div></form></div>')


def drupal_views_list(items, view="actualites"):
    """A Views listing of teasers: (href, title, date, teaser)."""
    rows = "".join(
        f'<div class="views-row"><article class="node node--type-article node--view-mode-teaser">'
        f'<h2 class="node__title"><a href="{h}" rel="bookmark"><span class="field field--name-title">{t}</span></a></h2>'
        f'<div class="node__meta"><time datetime="{d}">{d}</time></div>'
        f'<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field__item"><p>{s}</p></div></article></div>'
        for h, t, d, s in items)
    return f'<div class="views-element-container"><div class="view view-{view} view-id-{view} view-display-id-page_1 js-view-dom-id-{_token(view, 16)}"><div class="view-content">{rows}</div></div></div>'


def drupal_paragraph_text(*paras, kind="texte"):
    return f'<div class="paragraph paragraph--type--{kind} paragraph--view-mode--default">{prose(*paras)}</div>'


def drupal_accordion(items):
    return ('<div class="paragraph paragraph--type--accordeon">' + "".join(
        f'<details class="accordeon__item"><summary class="accordeon__titre">{q}</summary><div class="accordeon__contenu">{prose(a)}</div></details>'
        for q, a in items) + "</div>")


# ---------------------------------------------------------------------------------------------
# WordPress: Gutenberg blocks, Contact Form 7, native comments, WPForms, MailPoet
# ---------------------------------------------------------------------------------------------

def wp_paragraphs(*paras):
    return "".join(p if p.lstrip().startswith("<") else f'<p class="wp-block-paragraph">{p}</p>' for p in paras)


def wp_heading(text, level=2):
    return f'<h{level} class="wp-block-heading" id="{_slug(text)[:40]}">{text}</h{level}>'


def wp_buttons(*links):
    return ('<div class="wp-block-buttons is-layout-flex wp-block-buttons-is-layout-flex">' + "".join(
        f'<div class="wp-block-button"><a class="wp-block-button__link wp-element-button" href="{escape(h)}">{label}</a></div>'
        for h, label in links) + "</div>")


def wp_columns(*cols):
    return ('<div class="wp-block-columns is-layout-flex wp-container-core-columns-is-layout-1">' + "".join(
        f'<div class="wp-block-column is-layout-flow">{c}</div>' for c in cols) + "</div>")


def wp_post_list(items):
    """The archive of posts: (href, title, date_iso, date_label, excerpt)."""
    arts = "".join(
        f'<article id="post-{_n(h, 4000, 200)}" class="post-{_n(h, 4000, 200)} post type-post status-publish format-standard hentry category-actualites">'
        f'<header class="entry-header"><h2 class="entry-title"><a href="{h}" rel="bookmark">{t}</a></h2>'
        f'<div class="entry-meta"><span class="posted-on">Publié le <time class="entry-date published" datetime="{di}">{dl}</time></span></div></header>'
        f'<div class="entry-summary"><p>{e}</p></div></article>' for h, t, di, dl, e in items)
    return f'<div class="archive-posts">{arts}</div>'


def cf7_contact(form_id, post_id, action, subjects=()):
    unit = f"wpcf7-f{form_id}-p{post_id}-o1"
    select = ""
    if subjects:
        opts = "".join(f'<option value="{s}">{s}</option>' for s in subjects)
        select = ('<p><label>Service concerné<br /><span class="wpcf7-form-control-wrap" data-name="service">'
                  f'<select class="wpcf7-form-control wpcf7-select" aria-invalid="false" name="service">{opts}</select></span></label></p>')
    return (f'<div class="wpcf7 no-js" id="{unit}" lang="fr-FR" dir="ltr" data-wpcf7-id="{form_id}">'
            '<div class="screen-reader-response"><p role="status" aria-live="polite" aria-atomic="true"></p><ul></ul></div>'
            f'<form action="{action}#{unit}" method="post" class="wpcf7-form init" aria-label="Formulaire de contact" novalidate="novalidate" data-status="init">'
            '<fieldset class="hidden-fields-container">'
            f'<input type="hidden" name="_wpcf7" value="{form_id}" /><input type="hidden" name="_wpcf7_version" value="5.9.5" />'
            f'<input type="hidden" name="_wpcf7_locale" value="fr_FR" /><input type="hidden" name="_wpcf7_unit_tag" value="{unit}" />'
            f'<input type="hidden" name="_wpcf7_container_post" value="{post_id}" /><input type="hidden" name="_wpcf7_posted_data_hash" value="" /></fieldset>'
            '<p><label>Votre nom<br /><span class="wpcf7-form-control-wrap" data-name="your-name"><input size="40" maxlength="400" '
            'class="wpcf7-form-control wpcf7-text wpcf7-validates-as-required" autocomplete="name" aria-required="true" aria-invalid="false" value="" type="text" name="your-name" /></span></label></p>'
            '<p><label>Votre e-mail<br /><span class="wpcf7-form-control-wrap" data-name="your-email"><input size="40" maxlength="400" '
            'class="wpcf7-form-control wpcf7-email wpcf7-validates-as-required wpcf7-text wpcf7-validates-as-email" autocomplete="email" aria-required="true" aria-invalid="false" value="" type="email" name="your-email" /></span></label></p>'
            + select +
            '<p><label>Objet<br /><span class="wpcf7-form-control-wrap" data-name="your-subject"><input size="40" maxlength="400" '
            'class="wpcf7-form-control wpcf7-text" aria-invalid="false" value="" type="text" name="your-subject" /></span></label></p>'
            '<p><label>Votre message<br /><span class="wpcf7-form-control-wrap" data-name="your-message"><textarea cols="40" rows="10" maxlength="2000" '
            'class="wpcf7-form-control wpcf7-textarea" aria-invalid="false" name="your-message"></textarea></span></label></p>'
            '<p><span class="wpcf7-form-control-wrap" data-name="rgpd"><span class="wpcf7-form-control wpcf7-acceptance"><span class="wpcf7-list-item">'
            '<label><input type="checkbox" name="rgpd" value="1" aria-invalid="false" /><span class="wpcf7-list-item-label">J\'accepte que mes données '
            'soient utilisées pour traiter ma demande.</span></label></span></span></span></p>'
            '<p><input class="wpcf7-form-control wpcf7-submit has-spinner" type="submit" value="Envoyer" /></p>'
            '<div class="wpcf7-response-output" aria-hidden="true"></div></form></div>')


def wp_comments(post_id, comments, closed_after=False):
    """Native comments: (comment_id, author, date_label, text[, reply_to]); the respond form unless closed."""
    def one(c):
        cid, author, date, text = c[:4]
        depth = 2 if len(c) > 4 else 1
        return (f'<li id="comment-{cid}" class="comment {"odd alt" if cid % 2 else "even"} depth-{depth}">'
                f'<article id="div-comment-{cid}" class="comment-body"><footer class="comment-meta">'
                f'<div class="comment-author vcard"><b class="fn">{escape(author)}</b> <span class="says">dit&nbsp;:</span></div>'
                f'<div class="comment-metadata"><a href="#comment-{cid}"><time datetime="2025-01-01T12:00:00+01:00">{date}</time></a></div>'
                f'<p class="comment-awaiting-moderation" hidden>Votre commentaire est en attente de modération.</p></footer>'
                f'<div class="comment-content"><p>{text}</p></div><div class="reply"><a rel="nofollow" class="comment-reply-link" href="#comment-{cid}" '
                f'data-commentid="{cid}" data-postid="{post_id}" data-belowelement="div-comment-{cid}" data-respondelement="respond" '
                f'data-replyto="Répondre à {escape(author)}" aria-label="Répondre à {escape(author)}">Répondre</a></div></article></li>')
    title = f'<h2 class="comments-title">{len(comments)} réflexion{"s" if len(comments) > 1 else ""} sur cet article</h2>' if comments else ""
    listing = f'<ol class="comment-list">{"".join(one(c) for c in comments)}</ol>' if comments else ""
    if closed_after:
        form = '<p class="no-comments">Les commentaires sont fermés.</p>'
    else:
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
                f'<input type="hidden" name="comment_post_ID" value="{post_id}" id="comment_post_ID" /> '
                '<input type="hidden" name="comment_parent" id="comment_parent" value="0" /></p></form></div>')
    return f'<div id="comments" class="comments-area">{title}{listing}{form}</div>'


def wpforms(form_id, post_id, page_url, fields, submit="Envoyer", title=""):
    """WPForms Lite/Pro. ``fields``: (kind, label[, options or required]); kinds name, email, text, textarea, select, radio, file."""
    out = []
    for i, f in enumerate(fields, start=1):
        kind, label = f[:2]
        fid = f"wpforms-{form_id}-field_{i}"
        req = len(f) > 2 and f[2] is True
        star = ' <span class="wpforms-required-label" aria-hidden="true">*</span>' if req else ""
        reqa = " required" if req else ""
        if kind in ("select", "radio", "checkbox"):
            opts = f[2]
            if kind == "select":
                inner = (f'<select id="{fid}" class="wpforms-field-medium" name="wpforms[fields][{i}]">'
                         + "".join(f"<option>{o}</option>" for o in opts) + "</select>")
            else:
                typ = "radio" if kind == "radio" else "checkbox"
                name = f"wpforms[fields][{i}]" + ("" if typ == "radio" else "[]")
                inner = "<ul>" + "".join(
                    f'<li class="choice-{j}"><input type="{typ}" id="{fid}_{j}" name="{name}" value="{o}"><label class="wpforms-field-label-inline" for="{fid}_{j}">{o}</label></li>'
                    for j, o in enumerate(opts, start=1)) + "</ul>"
            out.append(f'<div id="{fid}-container" class="wpforms-field wpforms-field-{kind}" data-field-id="{i}">'
                       f'<label class="wpforms-field-label" for="{fid}">{label}</label>{inner}</div>')
            continue
        if kind == "textarea":
            inner = f'<textarea id="{fid}" class="wpforms-field-medium{" wpforms-field-required" if req else ""}" name="wpforms[fields][{i}]"{reqa}></textarea>'
        elif kind == "file":
            inner = (f'<input type="file" id="{fid}" class="wpforms-field-medium" name="wpforms_{form_id}_{i}" '
                     'data-rule-extension="jpg,jpeg,png,pdf" data-rule-maxsize="5242880">')
        else:
            typ = {"name": "text", "email": "email", "text": "text"}[kind]
            inner = f'<input type="{typ}" id="{fid}" class="wpforms-field-large{" wpforms-field-required" if req else ""}" name="wpforms[fields][{i}]"{reqa}>'
        out.append(f'<div id="{fid}-container" class="wpforms-field wpforms-field-{kind}" data-field-id="{i}">'
                   f'<label class="wpforms-field-label" for="{fid}">{label}{star}</label>{inner}</div>')
    head = f'<div class="wpforms-head-container"><div class="wpforms-title">{title}</div></div>' if title else ""
    return (f'<div class="wpforms-container wpforms-container-full" id="wpforms-{form_id}">'
            f'<form id="wpforms-form-{form_id}" class="wpforms-validate wpforms-form wpforms-ajax-form" data-formid="{form_id}" method="post" '
            f'enctype="multipart/form-data" action="{page_url}" data-token="{_token(page_url)}" data-token-time="1712000000">'
            '<noscript class="wpforms-error-noscript">Veuillez activer JavaScript dans votre navigateur pour remplir ce formulaire.</noscript>'
            f'{head}<div class="wpforms-field-container">{"".join(out)}</div>'
            '<div class="wpforms-field wpforms-field-hp"><label for="wpforms-' + str(form_id) + '-field-hp" class="wpforms-field-label">Message</label>'
            f'<input type="text" name="wpforms[hp]" id="wpforms-{form_id}-field-hp" class="wpforms-field-medium"></div>'
            f'<div class="wpforms-submit-container"><input type="hidden" name="wpforms[id]" value="{form_id}">'
            f'<input type="hidden" name="page_url" value="{page_url}"><input type="hidden" name="page_id" value="{post_id}">'
            f'<input type="hidden" name="wpforms[post_id]" value="{post_id}">'
            f'<button type="submit" name="wpforms[submit]" id="wpforms-submit-{form_id}" class="wpforms-submit" data-alt-text="Envoi en cours…" '
            f'data-submit-text="{submit}" aria-live="assertive" value="wpforms-submit">{submit}</button></div></form></div>')


def mailpoet(form_no, field_key):
    return (f'<div id="mailpoet_form_{form_no}" class="mailpoet_form mailpoet_form_shortcode mailpoet_form_position_ mailpoet_form_animation_">'
            '<form target="_self" method="post" action="/wp-admin/admin-post.php?action=mailpoet_subscription_form" '
            'class="mailpoet_form mailpoet_form_form mailpoet_form_shortcode" novalidate data-delay="" data-exit-intent-enabled="" data-font-family="" data-cookie-expiration-time="">'
            f'<input type="hidden" name="data[form_id]" value="{form_no}" /><input type="hidden" name="token" value="{_token(field_key, 10)}" />'
            '<input type="hidden" name="api_version" value="v1" /><input type="hidden" name="endpoint" value="subscribers" />'
            '<input type="hidden" name="mailpoet_method" value="subscribe" />'
            '<label class="mailpoet_hp_email_label" style="display: none !important;">Veuillez laisser ce champ vide<input type="email" name="data[email]"/></label>'
            f'<div class="mailpoet_paragraph"><label for="form_first_name_{form_no}" class="mailpoet_text_label">Prénom</label>'
            f'<input type="text" autocomplete="given-name" class="mailpoet_text" id="form_first_name_{form_no}" name="data[form_field_{_token(field_key + "p", 24)}]" '
            'title="Prénom" value="" data-automation-id="form_first_name" /></div>'
            f'<div class="mailpoet_paragraph"><label for="form_email_{form_no}" class="mailpoet_text_label">Adresse e-mail <span class="mailpoet_required">*</span></label>'
            f'<input type="email" autocomplete="email" class="mailpoet_text" id="form_email_{form_no}" name="data[form_field_{_token(field_key, 24)}]" '
            'title="Adresse e-mail" value="" data-automation-id="form_email" data-parsley-required="true" data-parsley-minlength="6" data-parsley-maxlength="150" '
            'data-parsley-type-message="Cette valeur doit être un e-mail valide." data-parsley-errors-container=".mailpoet_error_email_" /></div>'
            '<div class="mailpoet_paragraph"><input type="submit" class="mailpoet_submit" value="Je m\'abonne" data-automation-id="subscribe-submit-button" />'
            '<span class="mailpoet_form_loading"><span class="mailpoet_bounce1"></span><span class="mailpoet_bounce2"></span><span class="mailpoet_bounce3"></span></span></div>'
            '<div class="mailpoet_message"><p class="mailpoet_validate_success" style="display:none;">Vérifiez votre boîte de réception pour confirmer votre abonnement.</p>'
            '<p class="mailpoet_validate_error" style="display:none;"></p></div></form></div>')


# ---------------------------------------------------------------------------------------------
# SPIP 4: ecrire_auteur, article forums, Formidable, newsletter subscription, rubrique listings
# ---------------------------------------------------------------------------------------------

def _spip_hidden(action, args, extra=""):
    return ('<span class="form-hidden">'
            f'<input name="formulaire_action" type="hidden" value="{action}">'
            f'<input name="formulaire_action_args" type="hidden" value="{_token(args, 40)}">'
            f'<input name="formulaire_action_sign" type="hidden" value=""><input type="hidden" name="_jeton" value="{_token(args + "j", 32)}">'
            f'{extra}</span>')


def spip_contact(page_url, id_auteur=1):
    anchor = f"formulaire_ecrire_auteur_{id_auteur}"
    return (f'<div class="formulaire_spip formulaire_ecrire_auteur ajax" id="{anchor}">'
            f'<form method="post" action="{page_url}#{anchor}" enctype="multipart/form-data"><div>'
            + _spip_hidden("ecrire_auteur", f"auteur-{id_auteur}") +
            '<fieldset><legend>Écrire à la mairie</legend><div class="editer-groupe">'
            f'<div class="editer editer_email_message saisie_session_email obligatoire"><label for="email_message_{id_auteur}">Votre adresse email</label>'
            f'<input required="required" type="email" class="text email" name="email_message" id="email_message_{id_auteur}" value="" size="30" autocapitalize="off"></div>'
            f'<div class="editer editer_sujet_message saisie_sujet_message obligatoire"><label for="sujet_message_{id_auteur}">Sujet</label>'
            f'<input required="required" type="text" class="text" name="sujet_message" id="sujet_message_{id_auteur}" value="" size="30"></div>'
            f'<div class="editer editer_texte_message saisie_texte_message obligatoire"><label for="texte_message_{id_auteur}">Texte de votre message</label>'
            f'<textarea required="required" name="texte_message" id="texte_message_{id_auteur}" rows="8" cols="60"></textarea></div>'
            '</div></fieldset>'
            f'<p style="display:none;"><label for="nobot_{id_auteur}">Veuillez laisser ce champ vide :</label>'
            f'<input type="text" class="text" name="nobot" id="nobot_{id_auteur}" value="" size="10"></p>'
            '<p class="boutons"><input type="submit" class="btn submit" name="valide" value="Envoyer"></p></div></form></div>')


def spip_forum(id_article, page_url, messages, heading="Réagir à cet article", form=True):
    """The forum of an article: its threaded messages (id, author, date, title, text, depth) and the post form."""
    items = "".join(
        f'<li class="comment-item comment-fil {"odd" if i % 2 == 0 else "even"}{" first" if i == 0 else ""}" id="forum{mid}">'
        f'<div class="comment hentry comment-forum{" comment-reponse" if depth else ""}">'
        f'<div class="comment-meta"><strong class="comment-author vcard author"><span class="fn">{escape(author)}</span></strong> '
        f'<span class="comment-date"><abbr class="published">{date}</abbr></span></div>'
        f'<div class="comment-content"><div class="comment-titre"><strong>{escape(title)}</strong></div>'
        f'<div class="comment-texte entry-content"><p>{text}</p></div></div>'
        f'<p class="repondre"><a href="#formulaire_forum" rel="noindex nofollow">Répondre à ce message</a></p></div></li>'
        for i, (mid, author, date, title, text, depth) in enumerate(messages))
    listing = (f'<div class="comments" id="comments"><h2 class="h2">{len(messages)} message{"s" if len(messages) > 1 else ""}</h2>'
               f'<ul class="comments-items">{items}</ul></div>') if messages else ""
    post = ""
    if form:
        post = ('<div class="formulaire_spip formulaire_forum ajax" id="formulaire_forum">'
                f'<form action="{page_url}#formulaire_forum" method="post" enctype="multipart/form-data"><div>'
                + _spip_hidden("forum", f"forum-{id_article}",
                               f'<input type="hidden" name="id_article" value="{id_article}"><input type="hidden" name="objet" value="article">'
                               f'<input type="hidden" name="id_objet" value="{id_article}"><input type="hidden" name="id_forum" value="">') +
                '<fieldset><legend>Votre message</legend>'
                '<p class="explication">Ce forum est modéré a priori : votre contribution n\'apparaîtra qu\'après avoir été validée par un administrateur du site.</p>'
                '<div class="editer-groupe"><div class="editer saisie_titre obligatoire"><label for="titre">Titre</label>'
                '<input type="text" class="text" name="titre" id="titre" value="" size="60"></div>'
                '<div class="editer saisie_texte obligatoire"><label for="texte">Texte de votre message</label>'
                '<p class="explication">Pour créer des paragraphes, laissez simplement des lignes vides.</p>'
                '<textarea name="texte" id="texte" rows="10" cols="40" class="inserer_barre_forum"></textarea></div></div></fieldset>'
                '<fieldset><legend>Qui êtes-vous ?</legend><div class="editer-groupe">'
                '<div class="editer saisie_session_nom"><label for="session_nom">Votre nom</label>'
                '<input type="text" class="text" name="session_nom" id="session_nom" value="" size="40" autocapitalize="off"></div>'
                '<div class="editer saisie_session_email"><label for="session_email">Votre adresse email</label>'
                '<input type="email" class="text email" name="session_email" id="session_email" value="" size="40" autocapitalize="off"></div></div></fieldset>'
                '<p style="display:none;"><label for="nobot_forum">Veuillez laisser ce champ vide :</label>'
                '<input type="text" class="text" name="nobot" id="nobot_forum" value="" size="10"></p>'
                '<p class="boutons"><input type="submit" class="btn submit" name="previsualiser_message" value="Prévisualiser"></p></div></form></div>')
    return f'<div class="forum-article"><h2 class="h2 forum-titre">{heading}</h2>{listing}{post}</div>'


def spip_formidable(id_formulaire, identifiant, page_url, saisies, submit="Envoyer"):
    """A Formidable form: saisies are (kind, label, options) with kinds radio, checkbox, selection, input, textarea."""
    anchor = f"formulaire_formidable_{id_formulaire}"
    counters, parts = {}, []
    for kind, label, *opts in saisies:
        counters[kind] = counters.get(kind, 0) + 1
        name = f"{kind}_{counters[kind]}"
        options = opts[0] if opts else ()
        if kind in ("radio", "checkbox"):
            choix = "".join(
                f'<div class="choix choix_{_slug(o)}"><input type="{kind}" name="{name}{"[]" if kind == "checkbox" else ""}" '
                f'class="{kind}" id="champ_{name}_{j}" value="{_slug(o)}"><label for="champ_{name}_{j}">{o}</label></div>'
                for j, o in enumerate(options, start=1))
            parts.append(f'<fieldset class="editer editer_{name} saisie_{kind}"><legend class="editer-label">{label}</legend>{choix}</fieldset>')
        elif kind == "selection":
            sel = "".join(f'<option value="{_slug(o)}">{o}</option>' for o in options)
            parts.append(f'<div class="editer editer_{name} saisie_selection"><label class="editer-label" for="champ_{name}">{label}</label>'
                         f'<select name="{name}" id="champ_{name}"><option value="">Choisir…</option>{sel}</select></div>')
        elif kind == "textarea":
            parts.append(f'<div class="editer editer_{name} saisie_textarea"><label class="editer-label" for="champ_{name}">{label}</label>'
                         f'<textarea name="{name}" class="textarea" id="champ_{name}" rows="4" cols="40"></textarea></div>')
        else:
            parts.append(f'<div class="editer editer_{name} saisie_input"><label class="editer-label" for="champ_{name}">{label}</label>'
                         f'<input type="text" name="{name}" class="text" id="champ_{name}" value=""></div>')
    return (f'<div class="formulaire_spip formulaire_formidable formulaire_formidable_{identifiant} {anchor} formulaire_formidable-{id_formulaire}" id="{anchor}">'
            f'<form method="post" action="{page_url}#{anchor}" enctype="multipart/form-data"><div>'
            + _spip_hidden("formidable", f"formidable-{id_formulaire}", f'<input type="hidden" name="id_formulaire" value="{id_formulaire}">') +
            f'<div class="editer-groupe">{"".join(parts)}</div>'
            f'<p class="boutons"><input type="submit" class="submit" value="{submit}"></p></div></form></div>')


def spip_newsletter(page_url):
    anchor = "formulaire_newsletter_subscribe"
    return (f'<div class="formulaire_spip formulaire_newsletter_subscribe ajax" id="{anchor}">'
            f'<form method="post" action="{page_url}#{anchor}"><div>' + _spip_hidden("newsletter_subscribe", "nl") +
            '<div class="editer-groupe"><div class="editer editer_session_email obligatoire"><label for="session_email_nl">Votre adresse email</label>'
            '<input type="email" name="session_email" class="text email" id="session_email_nl" value="" required></div></div>'
            '<p class="boutons"><input type="submit" class="submit" value="Je m\'inscris"></p></div></form></div>')


def spip_listing(items, title="Dans cette rubrique"):
    """A rubrique's list of articles: (href, title, date, intro)."""
    lis = "".join(f'<li class="item hentry"><h3 class="h3 entry-title"><a href="{h}" rel="bookmark">{t}</a></h3>'
                  f'<p class="info-publi"><abbr class="published">{d}</abbr></p><div class="introduction entry-content"><p>{i}</p></div></li>'
                  for h, t, d, i in items)
    return f'<div class="liste articles"><h2 class="h2">{title}</h2><ul class="liste-items">{lis}</ul></div>'


def spip_chapo(text):
    return f'<div class="chapo surlignable"><p>{text}</p></div>'


def spip_ps(text):
    return f'<div class="ps surlignable"><h2 class="h2 spip">Notes</h2><p>{text}</p></div>'


# ---------------------------------------------------------------------------------------------
# Joomla 4/5: com_contact, JComments, AcyMailing, RSForm!Pro, category blog
# ---------------------------------------------------------------------------------------------

def joomla_contact(action, contact_id="1:mairie"):
    def group(field, label, inp):
        return (f'<div class="control-group"><div class="control-label"><label id="jform_{field}-lbl" for="jform_{field}" class="required">'
                f'{label}<span class="star" aria-hidden="true">&#160;*</span></label></div><div class="controls">{inp}</div></div>')
    return ('<div class="com-contact__form contact-form"><form id="contact-form" action="' + action + '" method="post" class="com-contact__form form-validate">'
            '<fieldset class="m-0"><legend>Envoyer un message</legend>'
            '<div class="control-group field-spacer"><div class="control-label"><span class="spacer"><span class="before"></span><span class="text">'
            '<label id="jform_spacer-lbl"><strong class="red">*</strong> Champ requis</label></span><span class="after"></span></span></div><div class="controls"> </div></div>'
            + group("contact_name", "Nom", '<input type="text" name="jform[contact_name]" id="jform_contact_name" value="" class="form-control required" size="30" required>')
            + group("contact_email", "E-mail", '<input type="email" inputmode="email" name="jform[contact_email]" class="form-control validate-email required" id="jform_contact_email" value="" size="30" autocomplete="email" required>')
            + group("contact_emailmsg", "Sujet", '<input type="text" name="jform[contact_subject]" id="jform_contact_emailmsg" value="" class="form-control required" size="60" required>')
            + group("contact_message", "Message", '<textarea name="jform[contact_message]" id="jform_contact_message" cols="50" rows="10" class="form-control required" maxlength="3000" required></textarea>')
            + '<div class="control-group"><div class="control-label"><label id="jform_contact_email_copy-lbl" for="jform_contact_email_copy">Recevoir une copie</label></div>'
              '<div class="controls"><input type="checkbox" name="jform[contact_email_copy]" id="jform_contact_email_copy" value="1" class="form-check-input"></div></div>'
            '</fieldset><div class="control-group"><div class="controls"><button class="btn btn-primary validate" type="submit">Envoyer</button>'
            '<input type="hidden" name="option" value="com_contact"><input type="hidden" name="task" value="contact.submit">'
            f'<input type="hidden" name="return" value=""><input type="hidden" name="id" value="{contact_id}">'
            f'<input type="hidden" name="{_token(action, 32)}" value="1"></div></div></form></div>')


def jcomments(object_id, comments):
    """JComments under an article: (id, author, date, text)."""
    items = "".join(
        f'<div class="{"even" if i % 2 else "odd"}" id="comment-item-{cid}"><div class="rbox"><div class="comment-box usertype-guest">'
        f'<a class="comment-anchor" href="#comment-{cid}" id="comment-{cid}">#{i + 1}</a> '
        f'<span class="comment-author">{escape(author)}</span> <span class="comment-date">{date}</span>'
        f'<div class="comment-body" id="comment-body-{cid}">{text}</div>'
        f'<span class="comments-buttons"><a href="#" onclick="jcomments.showReply({cid}); return false;">Répondre</a> | '
        f'<a href="#" onclick="jcomments.showReply({cid},1); return false;">Citer</a></span></div></div><div class="clear"></div></div>'
        for i, (cid, author, date, text) in enumerate(comments))
    return ('<script src="/components/com_jcomments/js/jcomments-v2.3.js?v=12"></script>'
            '<div id="jc"><div id="comments"><h4>Commentaires</h4>'
            f'<div class="comments-list" id="comments-list-0">{items}</div><div id="comments-list-footer"></div></div>'
            '<a id="addcomments" href="#addcomments"></a>'
            '<form id="comments-form" name="comments-form" action="javascript:void(null);"><h4>Ajouter un commentaire</h4>'
            '<p><span><input id="comments-form-name" type="text" name="name" value="" maxlength="20" size="22" tabindex="1" />'
            '<label for="comments-form-name">Nom (obligatoire)</label></span></p>'
            '<p><span><input id="comments-form-email" type="text" name="email" value="" size="22" tabindex="2" />'
            '<label for="comments-form-email">E-mail (obligatoire, ne sera pas publié)</label></span></p>'
            '<p><span><textarea id="comments-form-comment" name="comment" cols="65" rows="8" tabindex="5"></textarea></span></p>'
            '<p><span><input class="checkbox" id="comments-form-subscribe" type="checkbox" name="subscribe" value="1" tabindex="5" />'
            '<label for="comments-form-subscribe">Être notifié des nouveaux commentaires</label></span></p>'
            '<div id="comments-form-buttons"><div class="btn" id="comments-form-send"><div>'
            '<a href="#" tabindex="7" onclick="jcomments.saveComment();return false;" title="Envoyer (Ctrl+Enter)">Envoyer</a></div></div>'
            '<div class="btn" id="comments-form-cancel" style="display:none;"><div><a href="#" tabindex="8" onclick="return false;" title="Annuler">Annuler</a></div></div>'
            '<div style="clear:both;"></div></div>'
            f'<div><input type="hidden" name="object_id" value="{object_id}" /><input type="hidden" name="object_group" value="com_content" /></div></form>'
            '<script>function JCommentsInitializeForm(){var jcEditor = new JCommentsEditor(\'comments-form-comment\', true);'
            'jcomments.setForm(new JCommentsForm(\'comments-form\', jcEditor));}</script></div>')


def acymailing(form_no):
    fid = f"formAcym{form_no}"
    return (f'<div class="acym_module " id="acym_module_{fid}"><div class="acym_fulldiv" id="acym_fulldiv_{fid}">'
            f'<form enctype="multipart/form-data" id="{fid}" name="{fid}" method="POST" action="/index.php?option=com_acym&amp;view=frontusers&amp;tmpl=component" '
            f'onsubmit="return submitAcymForm(\'subscribe\',\'{fid}\', \'acymSubmitSubForm\')">'
            '<div class="acym_module_form"><div class="acym_introtext">Recevez chaque mois l\'essentiel de l\'actualité de votre ville.</div>'
            f'<div class="acym_form"><div class="onefield fieldacy2 acyfield_text" id="field_2"><input name="user[email]" id="email_field_{form_no}" '
            'placeholder="Adresse e-mail" value="" required type="email" class="cell acym__user__edit__email"></div></div>'
            '<p class="acysubbuttons"><noscript>Veuillez activer le javascript sur cette page pour pouvoir valider le formulaire</noscript>'
            f'<input type="button" class="btn btn-primary button subbutton" value="S\'abonner" name="Submit" '
            f'onclick="try{{ return submitAcymForm(\'subscribe\',\'{fid}\', \'acymSubmitSubForm\'); }}catch(err){{alert(\'The form could not be submitted \'+err);return false;}}"/></p></div>'
            '<input type="hidden" name="ctrl" value="frontusers"/><input type="hidden" name="task" value="notask"/>'
            '<input type="hidden" name="option" value="com_acym"/><input type="hidden" name="hiddenlists" value="1"/>'
            '<input type="hidden" name="acyformname" value="' + fid + '"/><input type="hidden" name="acysubmode" value="mod_acym"/></form></div></div>')


def rsform(form_id, action, fields, submit="Envoyer"):
    """RSForm!Pro: (kind, key, label[, options]); kinds text, email, tel, select, file, textarea, radio."""
    parts = []
    for kind, key, label, *opts in fields:
        if kind == "select":
            inner = (f'<select name="form[{key}][]" id="{key}" class="rsform-select-box">'
                     + "".join(f'<option value="{o}">{o}</option>' for o in opts[0]) + "</select>")
        elif kind == "radio":
            inner = "".join(f'<label for="{key}{j}"><input type="radio" name="form[{key}]" value="{o}" id="{key}{j}" class="rsform-radio" /> {o}</label>'
                            for j, o in enumerate(opts[0]))
        elif kind == "file":
            inner = f'<input type="file" name="form[{key}][]" id="{key}" class="rsform-upload-box" />'
        elif kind == "textarea":
            inner = f'<textarea cols="50" rows="5" name="form[{key}]" id="{key}" class="rsform-text-box"></textarea>'
        else:
            inner = f'<input type="{kind}" value="" size="20" name="form[{key}]" id="{key}" class="rsform-input-box" />'
        parts.append(f'<div class="rsform-block rsform-block-{key}"><div class="formControlLabel">{label}</div>'
                     f'<div class="formControls"><div class="formBody">{inner}<span class="formValidation">'
                     f'<span id="component{_n(key, 90, 10)}" class="formNoError">Champ invalide</span></span></div></div></div>')
    return (f'<form method="post" id="userForm" enctype="multipart/form-data" action="{action}"><div id="rsform_{form_id}_page_0">'
            f'{"".join(parts)}<div class="rsform-block rsform-block-envoyer"><div class="formControls"><div class="formBody">'
            f'<input type="submit" value="{submit}" class="rsform-submit-button btn btn-primary" id="envoyer" name="form[envoyer]" /></div></div></div></div>'
            f'<input type="hidden" name="form[formId]" value="{form_id}"/></form>')


def joomla_blog(items):
    """A category blog: (href, title, date, intro)."""
    arts = "".join(
        f'<div class="com-content-category-blog__item blog-item" itemprop="blogPost" itemscope itemtype="https://schema.org/BlogPosting">'
        f'<div class="item-content"><div class="page-header"><h2 itemprop="name"><a href="{h}" itemprop="url">{t}</a></h2></div>'
        f'<dl class="article-info text-muted"><dt class="article-info-term">Détails</dt><dd class="published"><span class="icon-calendar icon-fw" aria-hidden="true"></span>'
        f'<time datetime="{d}" itemprop="datePublished">Publication : {d}</time></dd></dl><p>{i}</p>'
        f'<p class="readmore"><a class="btn btn-secondary" href="{h}" aria-label="Lire la suite : {escape(t)}">Lire la suite…</a></p></div></div>'
        for h, t, d, i in items)
    return f'<div class="com-content-category-blog blog" itemscope itemtype="https://schema.org/Blog"><div class="com-content-category-blog__items blog-items">{arts}</div></div>'


# ---------------------------------------------------------------------------------------------
# Publik (w.c.s. forms, combo cells)
# ---------------------------------------------------------------------------------------------

def wcs_form(slug, steps, fields, submit="Suivant", intro=""):
    """A w.c.s. form page: ``fields`` are (widget, label[, options]) with widgets String, Email, Text, Radio,
    Select, Checkboxes, File, Date, Tel; each gets its f<N> name as w.c.s. numbers fields."""
    step_html = "".join(f'<li class="{"current" if i == 0 else ""}"><span class="marker">{i + 1}</span> <span class="label">{s}</span></li>'
                        for i, s in enumerate(steps))
    parts = []
    for i, (widget, label, *opts) in enumerate(fields, start=1):
        fid = f"form_f{i}"
        req = '<span title="Ce champ est obligatoire." class="required">*</span>'
        if widget == "Text":
            content = f'<textarea id="{fid}" name="f{i}" cols="72" rows="10" aria-required="true"></textarea>'
        elif widget in ("Radio", "Checkboxes"):
            typ = "radio" if widget == "Radio" else "checkbox"
            content = "".join(f'<label><input type="{typ}" name="f{i}{"$element" + str(j) if typ == "checkbox" else ""}" value="{_slug(o)}"/><span>{o}</span></label>'
                              for j, o in enumerate(opts[0]))
            parts.append(f'<div class="widget {"RadiobuttonsWidget" if typ == "radio" else "CheckboxesWidget"} widget-required" data-field-id="{i}" '
                         f'data-widget-name="f{i}" id="var_{_slug(label)[:24]}"><fieldset><legend class="title">{label}{req}</legend>'
                         f'<div class="content">{content}</div></fieldset></div>')
            continue
        elif widget == "Select":
            content = (f'<select id="{fid}" name="f{i}"><option value="">---</option>'
                       + "".join(f'<option value="{_slug(o)}">{o}</option>' for o in opts[0]) + "</select>")
        elif widget == "File":
            content = (f'<input type="hidden" name="f{i}$token"/><input id="{fid}" type="file" name="f{i}$file" '
                       'accept="application/pdf,image/*" data-max-file-size="10485760"/>')
        else:
            typ = {"String": "text", "Email": "email", "Date": "date", "Tel": "tel"}[widget]
            content = f'<input id="{fid}" aria-required="true" type="{typ}" name="f{i}" value="" />'
        parts.append(f'<div class="widget {widget}Widget widget-required" data-field-id="{i}" data-widget-name="f{i}" id="var_{_slug(label)[:24]}">'
                     f'<div class="title"><label for="{fid}">{label}</label>{req}</div><div class="content">{content}</div></div>')
    intro_html = f'<div class="comment-field"><p>{intro}</p></div>' if intro else ""
    return (f'<div id="steps" class="wcs-step"><ol>{step_html}</ol></div>'
            f'<form action="/{slug}/" method="post" enctype="multipart/form-data" class="quixote" novalidate="novalidate" data-has-draft="yes" '
            f'data-live-url="/{slug}/live" autocomplete="on"><input type="hidden" name="magictoken" value="{_token(slug, 26)}"/>'
            f'<div class="page">{intro_html}{"".join(parts)}</div>'
            f'<div class="buttons submit"><div class="buttons"><button name="submit" class="submit-button" value="{submit}">{submit}</button>'
            '<button name="cancel" class="cancel" formnovalidate="formnovalidate" value="Abandonner">Abandonner</button>'
            '<button name="savedraft" class="save-draft form-save-draft" formnovalidate="formnovalidate" value="Enregistrer le brouillon">Enregistrer le brouillon</button>'
            '</div></div></form>')


def combo_tiles(groups):
    """The portal's list of e-services cells: (category, [(href, label)])."""
    cells = "".join(
        f'<div class="cell wcs-category-cell"><div><h2>{cat}</h2><ul>'
        + "".join(f'<li><a href="{h}">{label}</a></li>' for h, label in links) + "</ul></div></div>"
        for cat, links in groups)
    return f'<div class="combo-cells">{cells}</div>'


# ---------------------------------------------------------------------------------------------
# TYPO3: tx_news, powermail, direct_mail_subscription, content elements
# ---------------------------------------------------------------------------------------------

def t3_text(*paras, uid=None, header=""):
    uid = uid or _n("".join(paras)[:60], 900, 100)
    head = f'<header><h2 class="element-header">{header}</h2></header>' if header else ""
    return f'<div id="c{uid}" class="frame frame-default frame-type-text frame-layout-0">{head}{prose(*paras)}</div>'


def t3_news_list(items):
    arts = "".join(
        f'<div class="article articletype-0" itemscope="itemscope" itemtype="http://schema.org/Article">'
        f'<div class="header"><h3><a title="{escape(t)}" href="{h}"><span itemprop="headline">{t}</span></a></h3></div>'
        f'<div class="teaser-text"><div itemprop="description"><p>{s}</p></div>'
        f'<a class="more" title="{escape(t)}" href="{h}">Lire la suite</a></div>'
        f'<div class="footer"><p><span class="news-list-date"><time itemprop="datePublished" datetime="{d}">{d}</time></span></p></div></div>'
        for h, t, d, s in items)
    return f'<div class="news"><div class="news-list-view" id="news-container-{_n(str(len(items)), 90, 10)}">{arts}</div></div>'


def t3_news_detail(date_iso, date_label, category, teaser, body, back="/actualites"):
    return ('<div class="news news-single"><div class="article" itemscope="itemscope" itemtype="http://schema.org/Article">'
            f'<div class="footer"><p><span class="news-list-date"><time itemprop="datePublished" datetime="{date_iso}">{date_label}</time></span> '
            f'<span class="news-list-category">{category}</span></p></div>'
            f'<div class="teaser-text" itemprop="description"><p>{teaser}</p></div>'
            f'<div class="news-text-wrap" itemprop="articleBody">{body}</div>'
            f'<div class="news-backlink-wrap"><a href="{back}">Retour aux actualités</a></div></div></div>')


def powermail(form_uid, action, fields, submit="Envoyer", legend="Vos informations"):
    """powermail 12: (type, marker, label[, options]); types input, email, textarea, select, radio, check, file."""
    parts = []
    for typ, marker, label, *opts in fields:
        fid = f"powermail_field_{marker}"
        name = f"tx_powermail_pi1[field][{marker}]"
        if typ == "textarea":
            inner = f'<textarea required="required" rows="5" cols="20" class="powermail_textarea form-control" id="{fid}" name="{name}"></textarea>'
            wrap = "textarea"
        elif typ == "select":
            inner = (f'<select class="powermail_select form-control" id="{fid}" name="{name}">'
                     + "".join(f'<option value="{o}">{o}</option>' for o in opts[0]) + "</select>")
            wrap = "select"
        elif typ in ("radio", "check"):
            kind = "radio" if typ == "radio" else "checkbox"
            inner = "".join(f'<div class="{kind}"><label><input type="{kind}" name="{name}{"[]" if kind == "checkbox" else ""}" '
                            f'value="{o}" class="powermail_{typ}" /> {o}</label></div>' for o in opts[0])
            wrap = typ
        elif typ == "file":
            inner = f'<input class="powermail_file" id="{fid}" type="file" name="{name}[]" />'
            wrap = "file"
        else:
            kind = "email" if typ == "email" else "text"
            email_msg = 'data-powermail-email-message="Adresse e-mail invalide" ' if kind == "email" else ""
            inner = (f'<input required="required" data-powermail-required-message="Ce champ est obligatoire" {email_msg}'
                     f'class="powermail_input form-control" id="{fid}" type="{kind}" name="{name}" value="" />')
            wrap = "input"
        parts.append(f'<div class="powermail_fieldwrap powermail_fieldwrap_type_{wrap} powermail_fieldwrap_{marker} form-group">'
                     f'<label for="{fid}" class="control-label col-sm-3" title="">{label}<span class="mandatory">*</span></label>'
                     f'<div class="col-sm-9">{inner}</div></div>')
    return ('<div class="tx-powermail"><div class="container-fluid">'
            f'<form data-powermail-validate="data-powermail-validate" data-powermail-ajax-uri="{action}?type=1234" enctype="multipart/form-data" name="field" '
            f'class="powermail_form powermail_form_{form_uid} nolabel" action="{action}?tx_powermail_pi1%5Baction%5D=checkCreate&amp;tx_powermail_pi1%5Bcontroller%5D=Form&amp;cHash={_token(action, 32)}" method="post">'
            '<div><input type="hidden" name="tx_powermail_pi1[__referrer][@extension]" value="Powermail" />'
            '<input type="hidden" name="tx_powermail_pi1[__referrer][@controller]" value="Form" />'
            '<input type="hidden" name="tx_powermail_pi1[__referrer][@action]" value="form" />'
            f'<input type="hidden" name="tx_powermail_pi1[__trustedProperties]" value="{_token(action + "t", 40)}" /></div>'
            f'<fieldset class="powermail_fieldset powermail_fieldset_{form_uid}"><legend class="powermail_legend">{legend}</legend>{"".join(parts)}'
            f'<div class="powermail_fieldwrap powermail_fieldwrap_type_submit powermail_fieldwrap_envoyer form-group"><div class="col-sm-9 col-sm-offset-3">'
            f'<input class="btn btn-primary powermail_submit" type="submit" value="{submit}" /></div></div></fieldset>'
            f'<input class="powermail_form_uid" type="hidden" name="tx_powermail_pi1[mail][form]" value="{form_uid}" />'
            f'<div style="margin-left: -99999px; position: absolute;"><label for="powermail_hp_{form_uid}">Ne pas remplir ce champ !</label>'
            f'<input autocomplete="new-powermail-hp-{form_uid}" aria-hidden="true" id="powermail_hp_{form_uid}" tabindex="-1" type="text" '
            'name="tx_powermail_pi1[field][__hp]" value="" /></div></form></div></div>')


def t3_direct_mail(action):
    return ('<div class="tx-directmail-subscription">'
            f'<form name="tt_address_form" method="post" action="{action}" enctype="multipart/form-data">'
            '<fieldset><legend>Abonnement à « Valmorin l\'Hebdo »</legend>'
            '<p><label for="dms-name">Nom</label><input type="text" id="dms-name" name="FE[tt_address][name]" size="40" value="" /></p>'
            '<p><label for="dms-email">Adresse e-mail *</label><input type="email" id="dms-email" name="FE[tt_address][email]" size="40" value="" required /></p>'
            '<p><input type="checkbox" id="dms-html" name="FE[tt_address][module_sys_dmail_html]" value="1" checked="checked" />'
            '<label for="dms-html">Recevoir la lettre au format HTML</label></p>'
            '<p><input type="hidden" name="FE[tt_address][pid]" value="118" /><input type="hidden" name="cmd" value="create" />'
            '<input type="submit" name="submit" value="Je m\'abonne" /></p></fieldset></form></div>')


def t3_textmedia(text, img_alt):
    return ('<div class="frame frame-default frame-type-textmedia frame-layout-0"><div class="ce-textpic ce-right ce-intext">'
            f'<div class="ce-gallery" data-ce-columns="1" data-ce-images="1"><figure class="image"><img class="image-embed-item" '
            f'src="/fileadmin/_processed_/photos/{_slug(img_alt)[:30]}.jpg" width="600" height="400" loading="lazy" alt="{escape(img_alt)}" /></figure></div>'
            f'<div class="ce-bodytext">{prose(text)}</div></div></div>')


# ---------------------------------------------------------------------------------------------
# Proprietary municipal CMSs (RGAA-minded markup)
# ---------------------------------------------------------------------------------------------

def vendor_form(action, fields, submit="Envoyer", legend="", form_id="formulaire", note=""):
    """A vendor CMS form: (kind, name, label[, options]); kinds text, email, tel, textarea, select, radio, checkbox, file."""
    parts = []
    for kind, name, label, *opts in fields:
        fid = f"{form_id}-{name}"
        if kind == "textarea":
            inner = f'<textarea class="form__textarea" id="{fid}" name="{name}" rows="6" required aria-required="true"></textarea>'
        elif kind == "select":
            inner = (f'<select class="form__select" id="{fid}" name="{name}"><option value="">Choisir</option>'
                     + "".join(f'<option value="{_slug(o)}">{o}</option>' for o in opts[0]) + "</select>")
        elif kind in ("radio", "checkbox"):
            inner = "".join(f'<div class="form__choice"><input class="form__{kind}" type="{kind}" id="{fid}-{j}" name="{name}{"[]" if kind == "checkbox" else ""}" value="{_slug(o)}">'
                            f'<label class="form__choice-label" for="{fid}-{j}">{o}</label></div>' for j, o in enumerate(opts[0]))
            parts.append(f'<fieldset class="form__fieldset"><legend class="form__legend">{label}</legend>{inner}</fieldset>')
            continue
        else:
            inner = f'<input class="form__input" type="{kind}" id="{fid}" name="{name}" autocomplete="{ {"email": "email", "tel": "tel"}.get(kind, "off") }">'
        parts.append(f'<div class="form__field-wrapper"><label class="form__label" for="{fid}">{label} <span class="form__required">(obligatoire)</span></label>{inner}</div>')
    leg = f'<legend class="form__title">{legend}</legend>' if legend else ""
    note_html = f'<p class="form__rgpd">{note}</p>' if note else ""
    return (f'<form class="form js-form" id="{form_id}" action="{action}" method="post" novalidate>'
            f'<p class="form__mention">Les champs suivis de la mention (obligatoire) doivent être renseignés.</p>'
            f'<fieldset class="form__group">{leg}{"".join(parts)}</fieldset>'
            f'<input type="hidden" name="csrf_token" value="{_token(action, 40)}">'
            f'<input type="text" name="website" class="form__honeypot" tabindex="-1" autocomplete="off" aria-hidden="true">'
            f'{note_html}<div class="form__actions"><button class="btn btn--primary form__submit" type="submit">{submit}</button></div></form>')


def vendor_news_list(items):
    cards = "".join(
        f'<li class="news-list__item"><article class="news-card"><h2 class="news-card__title"><a class="news-card__link" href="{h}">{t}</a></h2>'
        f'<p class="news-card__category">{c}</p><p class="news-card__date"><time datetime="{d}">{d}</time></p><p class="news-card__teaser">{s}</p></article></li>'
        for h, t, c, d, s in items)
    return f'<ul class="news-list">{cards}</ul>'


def vendor_news(date_iso, date_label, category, chapo, body):
    return (f'<div class="news-detail"><p class="news-detail__meta"><span class="news-detail__category">{category}</span> '
            f'<time class="news-detail__date" datetime="{date_iso}">Publié le {date_label}</time></p>'
            f'<p class="news-detail__chapo">{chapo}</p><div class="news-detail__content">{body}</div></div>')


def vendor_cards(items, cls="quick-access"):
    return (f'<ul class="{cls}">' + "".join(
        f'<li class="{cls}__item"><a class="{cls}__link" href="{escape(h)}"><span class="{cls}__label">{label}</span></a></li>'
        for h, label in items) + "</ul>")


def vendor_accordion(items):
    return ('<div class="accordion js-accordion">' + "".join(
        f'<div class="accordion__item"><h3 class="accordion__title"><button class="accordion__trigger" aria-expanded="false" '
        f'aria-controls="acc-{i}" id="acc-btn-{i}">{q}</button></h3><div class="accordion__panel" id="acc-{i}" role="region" '
        f'aria-labelledby="acc-btn-{i}" hidden>{prose(a)}</div></div>' for i, (q, a) in enumerate(items)) + "</div>")


# ---------------------------------------------------------------------------------------------
# Go Vocal (CitizenLab) components, as its server renders them for crawlers
# ---------------------------------------------------------------------------------------------

def gv_project_cards(projects):
    """(href, title, status, participants, method)."""
    cards = "".join(
        f'<a data-cy="e2e-project-card" class="e2e-project-card e2e-admin-publication-card" href="{h}" id="project-card-{_slug(t)[:20]}">'
        f'<div class="e2e-project-card-image"></div><div class="e2e-project-card-content"><h3 class="e2e-project-card-project-title">{t}</h3>'
        f'<p class="e2e-project-card-status">{s}</p><p class="e2e-project-card-participants">{p} participants</p>'
        f'<span class="e2e-project-card-cta">{m}</span></div></a>' for h, t, s, p, m in projects)
    return f'<section id="e2e-landing-page-projects"><div id="e2e-projects-container" class="e2e-projects-list">{cards}</div></section>'


def gv_project(description, phases, current, body):
    tl = "".join(f'<li class="e2e-phase-selector{" selected" if i == current else ""}" aria-current="{"step" if i == current else "false"}">'
                 f'<span class="e2e-phase-number">{i + 1}</span> <span class="e2e-phase-title">{name}</span> <span class="e2e-phase-dates">{dates}</span></li>'
                 for i, (name, dates) in enumerate(phases))
    return (f'<div id="e2e-project-page"><div id="e2e-project-description" class="e2e-project-description">{prose(*description)}</div>'
            f'<section id="project-timeline" class="e2e-timeline"><h2>Calendrier</h2><ol class="e2e-timeline-phases">{tl}</ol></section>'
            f'<div class="e2e-phase-content">{body}</div></div>')


def gv_idea_cards(ideas, budget=False):
    """(href, title, author, votes, comments[, cost])."""
    cards = "".join(
        f'<a class="e2e-idea-card" data-cy="e2e-idea-card" href="{i[0]}"><h3 class="e2e-idea-card-title">{i[1]}</h3>'
        f'<p class="e2e-idea-card-author">{escape(i[2])}</p><div class="e2e-idea-card-footer"><span class="e2e-idea-card-vote-count">{i[3]}</span> '
        f'<span class="e2e-ideacard-comment-count">{i[4]} commentaires</span>'
        + (f'<span class="e2e-idea-budget">{i[5]}</span><button class="e2e-assign-budget-button" type="button">Ajouter au panier</button>' if budget else "")
        + "</div></a>" for i in ideas)
    return f'<div id="e2e-ideas-container"><div id="e2e-ideas-list" class="e2e-ideas-list">{cards}</div></div>'


def gv_basket(total, spent=0):
    return (f'<div id="e2e-voting-budget" class="e2e-participatory-budget-container"><h2>Votre panier</h2>'
            f'<p class="e2e-budget-summary">Vous avez dépensé <strong>{spent} €</strong> sur <strong>{total}</strong></p>'
            '<div class="e2e-progress-bar" role="progressbar" aria-valuenow="0" aria-valuemin="0" aria-valuemax="100"></div>'
            '<button id="e2e-voting-submit-button" class="e2e-submit-basket" type="button" disabled>Soumettre mon vote</button></div>')


def gv_idea(title, author, body, comments, votes=0, budget=""):
    cmts = "".join(
        f'<div class="e2e-comment-thread"><div class="e2e-comment" id="comment-{_n(a + t, 9000, 1000)}"><p class="e2e-comment-author">{escape(a)}</p>'
        f'<div class="e2e-comment-body">{t}</div><button class="e2e-comment-reply-button" type="button">Répondre</button></div></div>'
        for a, t in comments)
    price = f'<p class="e2e-idea-budget">Coût estimé : {budget}</p>' if budget else ""
    return (f'<div id="e2e-idea-show"><p class="e2e-author-name">Proposé par {escape(author)}</p>{price}'
            f'<div id="e2e-idea-description">{prose(*body)}</div>'
            f'<div id="e2e-idea-vote-control" class="e2e-reaction-controls"><button class="e2e-ideacard-like-button" type="button" aria-label="J\'aime">{votes}</button></div>'
            f'<section id="e2e-comments-container"><h2>Commentaires ({len(comments)})</h2>{cmts}'
            '<form id="e2e-comment-form" class="e2e-parent-comment-form"><label for="submit-comment">Votre commentaire</label>'
            '<textarea id="submit-comment" name="comment" placeholder="Écrivez votre commentaire ici"></textarea>'
            '<button id="e2e-submit-comment" class="e2e-submit-comment" type="submit">Publier</button></form></section></div>')


def gv_idea_form(project_slug, title_label="Titre de votre idée", body_label="Description", with_location=True):
    loc = ('<div class="e2e-idea-form-location-input-field"><label for="location">Adresse ou lieu</label>'
           '<input id="location" name="location_description" type="text"></div>') if with_location else ""
    return (f'<form id="idea-form" class="e2e-idea-form" data-project="{project_slug}">'
            f'<div><label for="e2e-idea-title-input">{title_label}</label><input id="e2e-idea-title-input" name="title_multiloc[fr-FR]" type="text" maxlength="120"></div>'
            f'<div id="e2e-idea-description-input"><label for="body">{body_label}</label><textarea id="body" name="body_multiloc[fr-FR]" rows="8"></textarea></div>'
            f'{loc}<div class="e2e-idea-form-image-input"><label for="idea-img">Image</label><input id="idea-img" type="file" name="idea_images_attributes[]" accept="image/*"></div>'
            '<button id="e2e-idea-new-submit-button" class="e2e-submit-idea-form" type="submit">Publier mon idée</button></form>')


def gv_survey(questions, submit="Envoyer le questionnaire"):
    """A native survey: (kind, label, options) with kinds select (one choice), multiselect, text."""
    qs = []
    for i, (kind, label, *opts) in enumerate(questions):
        if kind == "text":
            qs.append(f'<div class="e2e-survey-question" data-question-type="text"><label for="q-{i}">{label}</label>'
                      f'<input id="q-{i}" name="custom_field_values[q_{i}]" type="text"></div>')
            continue
        typ = "radio" if kind == "select" else "checkbox"
        choices = "".join(f'<label class="e2e-{typ}-option"><input type="{typ}" name="custom_field_values[q_{i}]{"[]" if typ == "checkbox" else ""}" '
                          f'value="{_slug(o)}"> {o}</label>' for o in opts[0])
        qs.append(f'<fieldset class="e2e-survey-question" data-question-type="{kind}"><legend>{label}</legend>{choices}</fieldset>')
    return (f'<div id="e2e-native-survey-page"><form id="e2e-survey-form" class="e2e-native-survey">{"".join(qs)}'
            f'<button id="e2e-submit-form" type="submit">{submit}</button></form></div>')


def gv_events(events):
    cards = "".join(f'<article class="e2e-event-card"><h3 class="e2e-event-title">{t}</h3><p class="e2e-event-date">{d}</p>'
                    f'<p class="e2e-event-location">{loc}</p><p>{desc}</p></article>' for t, d, loc, desc in events)
    return f'<div id="e2e-events-container">{cards}</div>'


# ---------------------------------------------------------------------------------------------
# Decidim 0.27/0.28 components
# ---------------------------------------------------------------------------------------------

def dc_space_cards(items, grid_id="processes-grid"):
    """(href, title, phase, metadata)."""
    cards = "".join(
        f'<a href="{h}" class="card__grid"><div class="card__grid-img"></div><div class="card__grid-text"><h3 class="h4 text-secondary">{t}</h3>'
        f'<div class="card__grid-metadata"><span class="label">{ph}</span><span>{meta}</span></div></div></a>'
        for h, t, ph, meta in items)
    return f'<div id="{grid_id}" class="card__grid-grid">{cards}</div>'


def dc_process(short, description, phase, components):
    comps = "".join(f'<li><a href="{h}" class="participatory-space__nav-item">{label}</a></li>' for h, label in components)
    return (f'<section class="participatory-space__container"><div class="participatory-space__metadata">'
            f'<div class="participatory-space__metadata-item"><span class="participatory-space__metadata-item-title">Phase actuelle</span> {phase}</div></div>'
            f'<div class="participatory-space__content"><div class="editor-content"><p><strong>{short}</strong></p>{prose(*description)}</div></div>'
            f'<nav class="participatory-space__nav"><ul class="participatory-space__nav-container">{comps}</ul></nav></section>')


def dc_proposal_list(items, base, linked=None):
    """(id, title, supports, comments, state); cards link to the proposals in ``linked`` (all by default)."""
    def card(pid, t, s, c, st):
        tag, href = ("a", f' href="{base}/{pid}"') if linked is None or pid in linked else ("div", "")
        return (f'<{tag} id="proposals__proposal_{pid}"{href} class="card__list"><div class="card__list-content">'
                f'<h3 class="h4 card__list-title">{t}</h3><div class="card__list-metadata"><span class="label {"success" if st == "Acceptée" else ""}">{st}</span>'
                f'<span>{s} soutiens</span><span>{c} commentaires</span></div></div></{tag}>')
    cards = "".join(card(*i) for i in items)
    return (f'<div class="layout-main__section"><div id="proposals" class="proposal-list-items">{cards}</div>'
            '<a class="button button__sm button__secondary" href="/users/sign_in">Nouvelle proposition</a></div>')


def dc_comments(model, mid, comments, allow_anonymous=False):
    threads = "".join(
        f'<div id="comment_{_n(a + t, 9000, 1000)}" class="comment" data-comment-id="{_n(a + t, 9000, 1000)}">'
        f'<div class="comment__header"><div class="author"><span class="author__name">{escape(a)}</span></div></div>'
        f'<div class="comment__content"><div class="rich-text-display"><p>{t}</p></div></div>'
        '<div class="comment__footer"><button class="button button__sm button__text-secondary comment__reply" type="button">Répondre</button></div></div>'
        for a, t in comments)
    add = ('<div class="comment__add-form"><div class="callout announcement">Connectez-vous avec votre compte ou '
           '<a href="/users/sign_in">inscrivez-vous</a> pour ajouter votre commentaire.</div></div>')
    return (f'<section id="comments" class="layout-main__section"><div class="comments" data-decidim-comments=\'{{"commentableGid":"{model}-{mid}"}}\'>'
            f'<h2 class="h4 comments__title">{len(comments)} commentaires</h2><div id="comments-for-{model}-{mid}" class="comment-threads">{threads}</div>{add}</div></section>')


def dc_budget_projects(total, projects):
    items = "".join(
        f'<div id="project-item-{pid}" class="budget-list__item"><div class="budget-list__text"><h3 class="h4 budget-list__title">{t}</h3>'
        f'<p>{d}</p></div><div class="budget-list__data"><span class="budget-list__number">{cost}</span>'
        f'<button class="button button__sm button__transparent-secondary budget-list__action" type="button" data-add-url="#">Ajouter</button></div></div>'
        for pid, t, d, cost in projects)
    return (f'<div id="budget-summary" class="budget-summary" data-safe-url="#"><div class="budget-summary__progressbox">'
            f'<h2 class="h4">Vous avez attribué <span class="budget-summary__progressbar-marks_assigned">0 €</span> sur {total}</h2>'
            '<div class="progress" role="progressbar" aria-valuenow="0" aria-valuemin="0" aria-valuemax="100"></div></div>'
            '<button class="button button__sm button__secondary" data-dialog-open="budget-confirm" type="button" disabled>Voter le budget</button></div>'
            f'<div class="budget-list" id="projects">{items}</div>')


def dc_initiative_cards(items):
    """(href, title, signatures, threshold, state)."""
    cards = "".join(
        f'<a href="{h}" class="card__grid card__initiative"><div class="card__grid-text"><h3 class="h4 text-secondary">{t}</h3>'
        f'<div class="card__grid-metadata"><span class="label">{st}</span></div>'
        f'<div class="progress-bar__container"><div class="progress-bar__number"><span>{s}</span>/<span class="progress-bar__total">{th}</span> signatures</div>'
        f'<div class="progress-bar__bar"><div class="progress-bar__bar-progress" style="width:{min(100, s * 100 // th)}%"></div></div></div></div></a>'
        for h, t, s, th, st in items)
    return f'<div id="initiatives" class="card__grid-grid">{cards}</div>'


def dc_initiative(body, signatures, threshold, deadline):
    return (f'<div class="layout-main__section"><div class="editor-content">{prose(*body)}</div></div>'
            '<aside class="layout-aside"><section class="layout-aside__section"><div class="progress-bar__container">'
            f'<div class="progress-bar__number"><span>{signatures}</span>/<span class="progress-bar__total">{threshold}</span> signatures</div></div>'
            f'<p class="initiative__aside-deadline">Collecte des signatures jusqu\'au {deadline}</p>'
            '<form class="button_to" method="post" action="#"><button class="button button__lg button__secondary w-full" id="initiative-vote-cabin" type="submit">Signer</button>'
            f'<input type="hidden" name="authenticity_token" value="{_token(str(signatures), 40)}" /></form></section></aside>')


def dc_survey(qid, action, questions):
    """A survey component: (kind, label, options) with kinds single_option, multiple_option, short_answer."""
    qs = []
    for i, (kind, label, *opts) in enumerate(questions):
        if kind == "short_answer":
            qs.append(f'<div class="question" data-question-id="{qid * 10 + i}" data-conditioned="false"><label class="questionnaire-question" for="answer_{i}">{i + 1}. {label}</label>'
                      f'<input type="text" name="questionnaire[answers][{i}][body]" id="answer_{i}" /></div>')
            continue
        typ = "radio" if kind == "single_option" else "checkbox"
        choices = "".join(f'<label><input type="{typ}" value="{qid * 100 + j}" name="questionnaire[answers][{i}][choices][][answer_option_id]" '
                          f'id="questionnaire_answers_{i}_choices_{j}" />{o}</label>' for j, o in enumerate(opts[0]))
        qs.append(f'<div class="question" data-question-id="{qid * 10 + i}" data-max-choices="" data-conditioned="false">'
                  f'<label class="questionnaire-question">{i + 1}. {label}</label><div class="{typ}-button-collection">{choices}</div></div>')
    return (f'<form class="form answer-questionnaire" id="edit_questionnaire_{qid}" action="{action}" accept-charset="UTF-8" method="post">'
            f'<input type="hidden" name="authenticity_token" value="{_token(action, 40)}" /><div class="questionnaire-step" id="step-0">{"".join(qs)}</div>'
            '<div class="form__wrapper-block"><label><input type="checkbox" name="questionnaire[tos_agreement]" value="1" /> '
            'J\'accepte les conditions d\'utilisation de cette enquête</label></div>'
            '<button type="submit" class="button button__sm button__secondary" data-confirm="Êtes-vous sûr·e ?">Envoyer</button></form>')


def dc_meetings(items):
    cards = "".join(f'<div class="card__list meeting-list__item"><div class="card__list-content"><h3 class="h4 card__list-title">{t}</h3>'
                    f'<div class="card__list-metadata"><span>{d}</span><span>{place}</span><span class="label">{kind}</span></div></div></div>'
                    for t, d, place, kind in items)
    return f'<div id="meetings" class="meeting-list">{cards}</div>'


# ---------------------------------------------------------------------------------------------
# Cap Collectif components
# ---------------------------------------------------------------------------------------------

def cc_project_header(title, steps, current, participants, contributions):
    st = "".join(f'<li class="step-list__item{" active" if i == current else ""}"><a class="step-list__link" href="{h}">{name}</a></li>'
                 for i, (name, h) in enumerate(steps))
    return (f'<div id="project-header" class="project-header"><div class="project__header-stats">'
            f'<span class="project__stat"><strong>{contributions}</strong> contributions</span> '
            f'<span class="project__stat"><strong>{participants}</strong> participants</span></div>'
            f'<nav class="project-header__steps"><ol class="step-list">{st}</ol></nav></div>')


def cc_project_cards(items):
    """(href, title, type, status)."""
    cards = "".join(f'<div class="project-preview"><div class="card__body"><h3 class="card__title"><a href="{h}">{t}</a></h3>'
                    f'<p class="project-type">{ty}</p><span class="label label-{"success" if st == "En cours" else "default"}">{st}</span></div></div>'
                    for h, t, ty, st in items)
    return f'<div id="render-projects-page" class="projects-list">{cards}</div>'


def cc_proposals(items, step_url, vote=False, linked=True):
    """(slug, title, author, votes, cost); titles link to the proposals' pages when ``linked``."""
    def title(s, t):
        return f'<a href="{step_url}/proposals/{s}">{t}</a>' if linked else t
    lis = "".join(
        f'<li class="block proposal-preview" id="proposal-{_token(s, 12)}"><div class="card__body">'
        f'<h2 class="card__title">{title(s, t)}</h2>'
        f'<p class="proposal__author">{escape(a)}</p><div class="proposal__infos"><span class="proposal__budget">{c}</span>'
        f'<span class="proposal__votes">{v} votes</span></div>'
        + ('<button type="button" class="btn btn-success proposal__button__vote">Voter</button>' if vote else "")
        + "</div></li>" for s, t, a, v, c in items)
    return f'<div class="proposal-list-view"><ul class="media-list proposal-preview-list">{lis}</ul></div>'


def cc_comments(comments, open_for_guests=False):
    lis = "".join(
        f'<li class="comment opinion" id="comment-{_token(a + t, 14)}"><div class="comment__body"><div class="comment__header">'
        f'<span class="comment__author">{escape(a)}</span> <span class="comment__date">{d}</span></div>'
        f'<p class="comment__text">{t}</p><button type="button" class="btn btn-xs btn-link comment__answer">Répondre</button></div></li>'
        for a, d, t in comments)
    form = ('<form id="comment-form" class="comment-form"><label for="CommentForm-body" class="sr-only">Commentaire</label>'
            '<textarea id="CommentForm-body" name="body" placeholder="Ajouter un commentaire"></textarea>'
            + ('<input type="text" name="authorName" placeholder="Votre nom"><input type="email" name="authorEmail" placeholder="Votre adresse e-mail">'
               if open_for_guests else '<p class="help-block"><a href="/login">Connectez-vous</a> pour commenter.</p>')
            + '<button type="submit" class="btn btn-primary">Commenter</button></form>')
    return (f'<div id="CommentSection" class="comments__section"><h2 class="h4">{len(comments)} commentaires</h2>'
            f'<ul class="media-list comments__list">{lis}</ul>{form}</div>')


def cc_questionnaire(qid, questions, submit="Envoyer"):
    """(kind, label, options): radio, checkbox, select, text."""
    parts = []
    for i, (kind, label, *opts) in enumerate(questions):
        fid = f"responses{i}"
        if kind == "text":
            parts.append(f'<div class="form-group"><label class="control-label h5" for="{fid}">{label}</label>'
                         f'<input id="{fid}" name="responses.{i}.value" type="text" class="form-control"></div>')
        elif kind == "select":
            parts.append(f'<div class="form-group"><label class="control-label h5" for="{fid}">{label}</label><select id="{fid}" name="responses.{i}.value" class="form-control">'
                         + "".join(f"<option>{o}</option>" for o in opts[0]) + "</select></div>")
        else:
            parts.append(f'<div class="form-group" id="{fid}"><p class="control-label h5">{label}</p>' + "".join(
                f'<div class="{kind}"><label><input type="{kind}" name="responses.{i}.value{"[]" if kind == "checkbox" else ""}" value="{o}"> {o}</label></div>'
                for o in opts[0]) + "</div>")
    return (f'<form id="reply-form-{qid}" class="questionnaire-form" data-questionnaire="{qid}">{"".join(parts)}'
            f'<button type="submit" id="{qid}-submit-create-reply" class="btn btn-primary">{submit}</button></form>')


# ---------------------------------------------------------------------------------------------
# Flarum (its noscript crawler view) and a hosted neighbourhood network
# ---------------------------------------------------------------------------------------------

def flarum_index(discussions, heading="Toutes les discussions"):
    """(href, title)."""
    lis = "".join(f'<li><a href="{h}">{t}</a></li>' for h, t in discussions)
    return f'<h2>{heading}</h2><ul>{lis}</ul>'


def flarum_discussion(posts):
    """(display_name, html)."""
    return "<div>" + "".join(f'<div><h3>{escape(who)}</h3><div class="Post-body">{html}</div></div><hr>' for who, html in posts) + "</div>"


def nb_feed(posts):
    """Posts of a neighbourhood network: (author, quartier, kind, text, replies)."""
    items = "".join(
        f'<article class="post post--{_slug(kind)}"><header class="post__header"><span class="post__author">{escape(a)}</span> · '
        f'<span class="post__quartier">{q}</span> · <span class="post__type">{kind}</span></header>'
        f'<div class="post__body"><p>{t}</p></div><footer class="post__footer"><span class="post__replies">{r} réponses</span> · '
        f'<a class="post__login" href="/connexion">Connectez-vous pour répondre</a></footer></article>'
        for a, q, kind, t, r in posts)
    return f'<div class="feed">{items}</div>'


# ---------------------------------------------------------------------------------------------
# Layouts of the hosts this part serves itself
# ---------------------------------------------------------------------------------------------

_ICON = {"facebook": "Facebook", "x": "X", "instagram": "Instagram", "youtube": "YouTube", "linkedin": "LinkedIn",
         "mastodon": "Mastodon", "bluesky": "Bluesky", "tiktok": "TikTok"}


def _accounts(site, ul, li):
    return (f'<ul class="{ul}">' + "".join(
        f'<li class="{li} {li}--{a.platform}"><a href="{escape(a.href)}" target="_blank" rel="noopener">{_ICON.get(a.platform, a.platform)}</a></li>'
        for a in site.accounts) + "</ul>") if site.accounts else ""


def _trail(page, sep):
    trail = ['<a href="/">Accueil</a>']
    if page.parent:
        trail.append(f'<a href="{escape(page.parent[1])}">{escape(page.parent[0])}</a>')
    if page.path != "/":
        trail.append(f"<span>{escape(page.title)}</span>")
    return sep.join(trail)


def layout_handmade(site, page):
    """The hand-written site of a small town hall: XHTML 1.0, a table layout, a left menu."""
    menu = "".join(f'<li><a href="{escape(h)}">{escape(label)}</a></li>' for label, h in site.menu)
    social = "".join(f' <a href="{escape(a.href)}" class="lien-{a.platform}">{_ICON.get(a.platform, a.platform)}</a>' for a in site.accounts)
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="fr" lang="fr">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{escape(site.title)} - {escape(page.title)}</title>
<meta name="keywords" content="mairie, ris-les-coteaux, essonne, grand-bois, services municipaux" />
<link href="/css/style.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/js/menu.js"></script>
</head>
<body>
<div id="conteneur">
<div id="bandeau"><a href="/"><img src="/images/bandeau-ris.jpg" alt="{escape(site.title)}" width="960" height="140" border="0" /></a></div>
<table id="mise-en-page" width="960" border="0" cellspacing="0" cellpadding="0">
<tr>
<td id="colonne-gauche" width="200" valign="top"><ul id="menu">{menu}</ul>
<p class="infos-mairie">Mairie ouverte du lundi au vendredi<br />8h30-12h / 13h30-17h30<br />Samedi 9h-12h (état civil)</p></td>
<td id="contenu" valign="top"><p class="fil">{_trail(page, " &gt; ")}</p>
<h1>{escape(page.title)}</h1>
{page.body}
</td>
</tr>
</table>
<div id="pied">{escape(site.address)} - Tél. 01 69 00 00 00 - <a href="/mentions-legales">Mentions légales</a>{" - Suivez-nous :" + social if social else ""}<br />
Dernière mise à jour du site : 12/06/2025</div>
</div>
</body>
</html>"""


def layout_idcity(site, page):
    """id-city's citizen portal: the web side of the city's app, served under the vendor's domain."""
    menu = "".join(f'<li class="idc-nav__item"><a class="idc-nav__link" href="{escape(h)}">{escape(label)}</a></li>' for label, h in site.menu)
    return f"""<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(page.title)} · {escape(site.title)}</title>
<meta name="application-name" content="id-city">
<meta name="apple-itunes-app" content="app-id=1011111111">
<link rel="manifest" href="/manifest.webmanifest">
<link rel="stylesheet" href="https://cdn.id-city.com/portal/3.8.2/css/portal.min.css">
<script src="https://cdn.id-city.com/portal/3.8.2/js/portal.min.js" defer></script>
</head>
<body class="idc-portal idc-city-{_slug(site.title)[:30]}">
<div id="idc-app" class="idc-app">
<header class="idc-header"><a class="idc-header__brand" href="/">{escape(site.title)}</a>
<nav class="idc-nav" aria-label="Modules"><ul class="idc-nav__list">{menu}</ul></nav>
<a class="idc-header__store" href="https://apps.apple.com/fr/app/id1011111111" rel="noopener">Télécharger l'application</a></header>
<main class="idc-main" id="contenu"><nav class="idc-breadcrumb">{_trail(page, " › ")}</nav>
<h1 class="idc-title">{escape(page.title)}</h1>
<div class="idc-module">{page.body}</div></main>
<footer class="idc-footer">{_accounts(site, "idc-footer__social", "idc-social")}
<p><a href="/mentions-legales">Mentions légales</a> · Portail citoyen propulsé par <a href="https://www.id-city.com/" rel="noopener">id-city</a></p></footer>
</div>
</body>
</html>"""


def layout_jenparle(site, page):
    """Jenparle: a concertation platform on the vendor's sub-domain, with the city's colours."""
    menu = "".join(f'<li class="jp-menu__item"><a class="jp-menu__link" href="{escape(h)}">{escape(label)}</a></li>' for label, h in site.menu)
    return f"""<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(page.title)} - {escape(site.title)}</title>
<meta name="description" content="Plateforme de concertation de la ville de Castelvieil-les-Pins">
<meta property="og:site_name" content="{escape(site.title)}">
<link rel="stylesheet" href="/themes/castelvieil/jp-theme.css?v=5.2">
<link rel="stylesheet" href="https://static.jenparle.net/core/5.2/jenparle.min.css">
<script src="https://static.jenparle.net/core/5.2/jenparle.min.js" defer></script>
</head>
<body class="jp-body jp-page-{_slug(page.title)[:24] or 'accueil'}">
<header class="jp-header"><div class="jp-header__inner"><a class="jp-logo" href="/"><span class="jp-logo__text">{escape(site.title)}</span></a>
<nav class="jp-menu" aria-label="Menu principal"><ul class="jp-menu__list">{menu}</ul></nav>
<a class="jp-btn jp-btn--outline jp-login" href="/connexion">Se connecter</a></div></header>
<main class="jp-main" id="main"><div class="jp-container"><p class="jp-breadcrumb">{_trail(page, " / ")}</p>
<h1 class="jp-title">{escape(page.title)}</h1>
{page.body}</div></main>
<footer class="jp-footer"><div class="jp-container">{_accounts(site, "jp-footer__social", "jp-social")}
<p class="jp-footer__links"><a href="/mentions-legales">Mentions légales</a> · <a href="/charte">Charte de participation</a></p>
<p class="jp-footer__powered">Une plateforme <a href="https://www.jenparle.net/" rel="noopener">Jenparle</a> · Respublica</p></div></footer>
</body>
</html>"""


def layout_fluicity(site, page):
    """Fluicity under the city's own sub-domain (a white-label space)."""
    menu = "".join(f'<li class="fc-nav__item"><a class="fc-nav__link" href="{escape(h)}">{escape(label)}</a></li>' for label, h in site.menu)
    return f"""<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(page.title)} | {escape(site.title)}</title>
<meta property="og:site_name" content="{escape(site.title)}">
<meta name="generator" content="Fluicity">
<link rel="icon" href="https://static.flui.city/web/img/favicon.png">
<link rel="stylesheet" href="https://static.flui.city/web/css/app.4b1c77.css">
<script src="https://static.flui.city/web/js/app.9e2f31.js" defer></script>
</head>
<body class="fluicity-web fc-organization-{_slug(site.title)[:30]}">
<div id="fc-root">
<header class="fc-header"><a class="fc-header__logo" href="/"><span class="fc-header__name">{escape(site.title)}</span></a>
<nav class="fc-nav" aria-label="Navigation"><ul class="fc-nav__list">{menu}</ul></nav>
<a class="fc-btn fc-btn--primary" href="/connexion">Se connecter</a></header>
<main class="fc-main"><nav class="fc-breadcrumb" aria-label="Fil d'Ariane">{_trail(page, " › ")}</nav>
<h1 class="fc-title">{escape(page.title)}</h1>
<div class="fc-content">{page.body}</div></main>
<footer class="fc-footer">{_accounts(site, "fc-footer__social", "fc-social")}
<p><a href="/mentions-legales">Mentions légales</a> · <a href="https://www.flui.city/" rel="noopener">Propulsé par Fluicity</a></p></footer>
</div>
</body>
</html>"""


def login_form(action, user="email", password="password"):
    return (f'<form class="login-form" method="post" action="{action}"><label for="lf-user">Adresse e-mail</label>'
            f'<input id="lf-user" type="email" name="{user}" autocomplete="username"><label for="lf-pass">Mot de passe</label>'
            f'<input id="lf-pass" type="password" name="{password}" autocomplete="current-password">'
            '<button type="submit">Se connecter</button></form><p>Pas encore de compte ? Inscrivez-vous depuis l\'application.</p>')


# ---------------------------------------------------------------------------------------------
# id-city, Jenparle and Fluicity components
# ---------------------------------------------------------------------------------------------

def idc_tiles(modules):
    """The portal's home: (href, label, description)."""
    return ('<ul class="idc-tiles">' + "".join(
        f'<li class="idc-tile"><a class="idc-tile__link" href="{h}"><span class="idc-tile__label">{label}</span>'
        f'<span class="idc-tile__desc">{d}</span></a></li>' for h, label, d in modules) + "</ul>")


def idc_cards(items, kind):
    """(href, title, meta, counter)."""
    return (f'<ul class="idc-list idc-list--{kind}">' + "".join(
        f'<li class="idc-card idc-card--{kind}"><a class="idc-card__link" href="{h}"><h2 class="idc-card__title">{t}</h2></a>'
        f'<p class="idc-card__meta">{m}</p><p class="idc-card__counter">{c}</p></li>' for h, t, m, c in items) + "</ul>")


def idc_form(action, fields, submit, cls):
    """(kind, name, label[, options]): text, email, textarea, select, file."""
    parts = []
    for kind, name, label, *opts in fields:
        if kind == "textarea":
            inner = f'<textarea id="idc-{name}" name="{name}" rows="6" maxlength="2000"></textarea>'
        elif kind == "select":
            inner = (f'<select id="idc-{name}" name="{name}">' + "".join(f'<option value="{_slug(o)}">{o}</option>' for o in opts[0]) + "</select>")
        elif kind == "file":
            inner = f'<input id="idc-{name}" type="file" name="{name}" accept="image/*">'
        else:
            inner = f'<input id="idc-{name}" type="{kind}" name="{name}">'
        parts.append(f'<div class="idc-field"><label class="idc-field__label" for="idc-{name}">{label}</label>{inner}</div>')
    return (f'<form class="idc-form {cls}" method="post" action="{action}" enctype="multipart/form-data">{"".join(parts)}'
            f'<input type="hidden" name="_csrf" value="{_token(action, 36)}"><button class="idc-btn idc-btn--primary" type="submit">{submit}</button></form>')


def idc_comments(comments):
    lis = "".join(f'<li class="idc-comment"><p class="idc-comment__author">{escape(a)} <time>{d}</time></p><p class="idc-comment__text">{t}</p></li>'
                  for a, d, t in comments)
    return (f'<section class="idc-comments"><h2>Commentaires ({len(comments)})</h2><ul class="idc-comments__list">{lis}</ul>'
            '<form class="idc-comment-form" method="post" action="/api/v2/comments"><label for="idc-comment">Ajouter un commentaire</label>'
            '<textarea id="idc-comment" name="content" rows="3"></textarea><button class="idc-btn" type="submit">Publier</button></form></section>')


def idc_scripted_surveys(endpoint):
    """Open surveys drawn in the page by a script from the portal's JSON API."""
    return (f'<section class="idc-surveys" id="idc-surveys" data-endpoint="{endpoint}"><p class="idc-loading">Chargement des sondages en cours…</p></section>'
            '<noscript><p class="idc-noscript">Activez JavaScript pour afficher les sondages, ou utilisez l\'application mobile.</p></noscript>'
            '<script>(function () {\n'
            '  var box = document.getElementById("idc-surveys");\n'
            '  fetch(box.getAttribute("data-endpoint"), {headers: {"Accept": "application/json"}})\n'
            '    .then(function (r) { return r.json(); })\n'
            '    .then(function (data) {\n'
            '      box.innerHTML = data.surveys.map(function (s) {\n'
            '        var choices = s.choices.map(function (c) {\n'
            '          return \'<label class="idc-choice"><input type="radio" name="choice" value="\' + c.id + \'"> \' + c.label + \'</label>\';\n'
            '        }).join("");\n'
            '        return \'<form class="idc-survey" method="post" action="\' + s.answer_url + \'"><h2 class="idc-survey__title">\' + s.title +\n'
            '          \'</h2><p class="idc-survey__question">\' + s.question + \'</p>\' + choices +\n'
            '          \'<p class="idc-survey__meta">\' + s.answers_count + \' réponses · jusqu\\\'au \' + s.closes_on + \'</p>\' +\n'
            '          \'<button class="idc-btn idc-btn--primary" type="submit">Je réponds</button></form>\';\n'
            '      }).join("");\n'
            '    });\n'
            '})();</script>')


def jp_consultation_header(status, dates, participants, steps):
    st = "".join(f'<li class="jp-steps__item{" jp-steps__item--active" if active else ""}"><a href="{h}">{name}</a></li>' for name, h, active in steps)
    return (f'<div class="jp-consultation__header"><span class="jp-badge jp-badge--{_slug(status)}">{status}</span> '
            f'<span class="jp-consultation__dates">{dates}</span> <span class="jp-consultation__participants">{participants} participants</span></div>'
            f'<nav class="jp-steps"><ol class="jp-steps__list">{st}</ol></nav>')


def jp_contributions(question, contributions):
    """A debate: residents' contributions and replies (author, date, text, [replies])."""
    def one(c, depth=0):
        a, d, t, *rest = c
        replies = "".join(one(r, depth + 1) for r in (rest[0] if rest else []))
        return (f'<div class="jp-contribution jp-contribution--level-{depth}"><p class="jp-contribution__author">{escape(a)} <time>{d}</time></p>'
                f'<div class="jp-contribution__text"><p>{t}</p></div><div class="jp-contribution__actions">'
                f'<button class="jp-like" type="button">Soutenir</button> <button class="jp-reply" type="button">Réagir</button></div>{replies}</div>')
    return (f'<section class="jp-debate"><div class="jp-debate__question"><h2>{question}</h2></div>'
            f'<div class="jp-debate__list">{"".join(one(c) for c in contributions)}</div>'
            '<form class="jp-debate__form" method="post" action="/api/contributions"><label for="jp-contrib">Votre contribution</label>'
            '<textarea id="jp-contrib" name="contenu" rows="5" placeholder="Partagez votre avis"></textarea>'
            '<button class="jp-btn jp-btn--primary" type="submit">Publier ma contribution</button></form></section>')


def jp_poll(action, questions, submit="Valider mes réponses"):
    parts = []
    for i, (kind, label, opts) in enumerate(questions):
        typ = "radio" if kind == "unique" else "checkbox"
        parts.append(f'<fieldset class="jp-question jp-question--{kind}"><legend class="jp-question__label">{label}</legend>' + "".join(
            f'<label class="jp-option"><input type="{typ}" name="q{i}{"[]" if typ == "checkbox" else ""}" value="{_slug(o)}"> {o}</label>' for o in opts)
            + "</fieldset>")
    return f'<form class="jp-poll" method="post" action="{action}">{"".join(parts)}<button class="jp-btn jp-btn--primary" type="submit">{submit}</button></form>'


def fc_cards(items, kind):
    """(href, title, meta, counter)."""
    return (f'<div class="fc-cards fc-cards--{kind}">' + "".join(
        f'<article class="fc-card fc-card--{kind}"><a class="fc-card__link" href="{h}"><h2 class="fc-card__title">{t}</h2></a>'
        f'<p class="fc-card__meta">{m}</p><p class="fc-card__counter">{c}</p></article>' for h, t, m, c in items) + "</div>")


def fc_comments(comments):
    lis = "".join(f'<li class="fc-comment"><span class="fc-comment__author">{escape(a)}</span> <span class="fc-comment__date">{d}</span>'
                  f'<p class="fc-comment__body">{t}</p></li>' for a, d, t in comments)
    return (f'<section class="fc-comments"><h2 class="fc-comments__title">{len(comments)} commentaires</h2><ul class="fc-comments__list">{lis}</ul>'
            '<form class="fc-comment-form" method="post" action="/api/comments"><label for="fc-comment" class="fc-sr-only">Votre commentaire</label>'
            '<textarea id="fc-comment" name="comment" placeholder="Ajoutez un commentaire…" rows="3"></textarea>'
            '<button class="fc-btn fc-btn--primary" type="submit">Commenter</button></form></section>')


def fc_poll(action, question, options, closes):
    opts = "".join(f'<label class="fc-poll__option"><input type="radio" name="answer" value="{_slug(o)}"> {o}</label>' for o in options)
    return (f'<form class="fc-poll" method="post" action="{action}"><p class="fc-poll__question">{question}</p>{opts}'
            f'<p class="fc-poll__meta">Sondage ouvert jusqu\'au {closes}</p><button class="fc-btn fc-btn--primary" type="submit">Voter</button></form>')


def fc_form(action, fields, submit):
    parts = []
    for kind, name, label, *opts in fields:
        if kind == "textarea":
            inner = f'<textarea id="fc-{name}" name="{name}" rows="6"></textarea>'
        elif kind == "select":
            inner = f'<select id="fc-{name}" name="{name}">' + "".join(f"<option>{o}</option>" for o in opts[0]) + "</select>"
        else:
            inner = f'<input id="fc-{name}" type="{kind}" name="{name}">'
        parts.append(f'<div class="fc-field"><label for="fc-{name}">{label}</label>{inner}</div>')
    return f'<form class="fc-form" method="post" action="{action}">{"".join(parts)}<button class="fc-btn fc-btn--primary" type="submit">{submit}</button></form>'


# ---------------------------------------------------------------------------------------------
# A hand-written site: table forms posted to PHP scripts
# ---------------------------------------------------------------------------------------------

def handmade_form(action, rows, submit="Envoyer", name="formulaire", captcha=False):
    """(kind, name, label[, options]): text, email, textarea, radio, checkbox, select."""
    trs = []
    for kind, field, label, *opts in rows:
        if kind == "textarea":
            cell = f'<textarea name="{field}" id="{field}" cols="50" rows="8"></textarea>'
        elif kind in ("radio", "checkbox"):
            cell = "<br />".join(f'<input type="{kind}" name="{field}{"[]" if kind == "checkbox" else ""}" id="{field}{j}" value="{j + 1}" />'
                                 f'<label for="{field}{j}">{o}</label>' for j, o in enumerate(opts[0]))
        elif kind == "select":
            cell = f'<select name="{field}" id="{field}">' + "".join(f'<option value="{j + 1}">{o}</option>' for j, o in enumerate(opts[0])) + "</select>"
        else:
            cell = f'<input type="{kind}" name="{field}" id="{field}" size="40" />'
        trs.append(f'<tr><td class="libelle" valign="top"><label for="{field}">{label}</label></td><td>{cell}</td></tr>')
    if captcha:
        trs.append('<tr><td class="libelle"><label for="code">Recopiez le code</label></td><td><img src="/captcha.php" alt="code" /> '
                   '<input type="text" name="code" id="code" size="6" /></td></tr>')
    return (f'<form action="{action}" method="post" name="{name}" id="{name}" onsubmit="return verif_formulaire(this);">'
            f'<table class="formulaire" border="0" cellpadding="4">{"".join(trs)}'
            f'<tr><td></td><td><input type="submit" name="envoyer" value="{submit}" class="bouton" /> '
            '<input type="reset" value="Effacer" class="bouton" /></td></tr></table></form>')


def jp_form(action, fields, submit):
    """A Jenparle proposal form: (kind, name, label[, options])."""
    parts = []
    for kind, name, label, *opts in fields:
        if kind == "textarea":
            inner = f'<textarea class="jp-input jp-input--textarea" id="jp-{name}" name="{name}" rows="6"></textarea>'
        elif kind == "select":
            inner = f'<select class="jp-input jp-input--select" id="jp-{name}" name="{name}">' + "".join(f"<option>{o}</option>" for o in opts[0]) + "</select>"
        else:
            inner = f'<input class="jp-input" id="jp-{name}" type="{kind}" name="{name}">'
        parts.append(f'<div class="jp-form__row"><label class="jp-label" for="jp-{name}">{label}</label>{inner}</div>')
    return (f'<form class="jp-form jp-form--proposal" method="post" action="{action}">{"".join(parts)}'
            f'<p class="jp-form__help">Ton projet sera publié après vérification par l\'équipe du Point Information Jeunesse.</p>'
            f'<button class="jp-btn jp-btn--primary" type="submit">{submit}</button></form>')
