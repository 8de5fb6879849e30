"""Markup helpers of the ``calanques`` holdout part (Mediterranean coastal and hinterland communes).

Written for this part alone: the blocks that the CMSs, plugins, e-services, participation platforms,
forum engines and embeds of these cities print, as their public source prints them (class names, ids,
routes, field names), with text written anew.
"""
import json
import zlib
from html import escape


def _n(seed, lo=100, hi=9000):
    """A stable pseudo-random number for ids and tokens."""
    return lo + zlib.crc32(str(seed).encode()) % (hi - lo)


def _tok(seed, size=32):
    digest = ""
    i = 0
    while len(digest) < size:
        digest += format(zlib.crc32(f"{seed}:{i}".encode()), "08x")
        i += 1
    return digest[:size]


# --------------------------------------------------------------------------- generic text blocks

def p(*paras):
    """Paragraphs; a string starting with '<' is kept as it is (a list, a heading...)."""
    return "".join(x if x.lstrip().startswith("<") else f"<p>{x}</p>" for x in paras)


def h2(text, anchor=""):
    ident = f' id="{anchor}"' if anchor else ""
    return f"<h2{ident}>{text}</h2>"


def ul(*items, cls=""):
    c = f' class="{cls}"' if cls else ""
    return f"<ul{c}>" + "".join(f"<li>{i}</li>" for i in items) + "</ul>"


def a(href, label, **attrs):
    extra = "".join(f' {k.rstrip("_").replace("_", "-")}="{escape(str(v))}"' for k, v in attrs.items())
    return f'<a href="{escape(href)}"{extra}>{label}</a>'


def ext(href, label):
    """A link that opens in a new window, as municipal sites write them (RGAA title)."""
    return (f'<a href="{escape(href)}" target="_blank" rel="noopener noreferrer" '
            f'title="{escape(_strip(label))} (nouvelle fenêtre)">{label}</a>')


def _strip(html):
    out, inside = [], False
    for ch in html:
        if ch == "<":
            inside = True
        elif ch == ">":
            inside = False
        elif not inside:
            out.append(ch)
    return "".join(out)


def figure(src, caption, alt=""):
    return (f'<figure class="wp-block-image size-large"><img decoding="async" loading="lazy" src="{src}" '
            f'alt="{escape(alt)}"><figcaption class="wp-element-caption">{caption}</figcaption></figure>')


def date_line(date, author="Service communication"):
    return f'<p class="post-meta"><time>{date}</time> — {author}</p>'


def tiles(links, title="Accès directs", cls="acces-directs"):
    items = "".join(f'<li class="{cls}__item"><a class="{cls}__link" href="{escape(h)}">{label}</a></li>'
                    for h, label in links)
    return f'<nav class="{cls}" aria-label="{escape(title)}"><h2 class="{cls}__title">{title}</h2><ul class="{cls}__list">{items}</ul></nav>'


def teasers(items, title="Actualités", cls="news"):
    """A list of news teasers: (href, title, date, excerpt)."""
    out = []
    for href, t, date, excerpt in items:
        out.append(f'<article class="{cls}-item"><h3 class="{cls}-item__title"><a href="{escape(href)}">{t}</a></h3>'
                   f'<p class="{cls}-item__date"><time>{date}</time></p><p class="{cls}-item__excerpt">{excerpt}</p></article>')
    return f'<section class="{cls}-list"><h2>{title}</h2>{"".join(out)}</section>'


def infobox(title, html, cls="encadre"):
    return f'<aside class="{cls}"><h3 class="{cls}__title">{title}</h3>{html}</aside>'


def with_sidebar(main, side, cls="layout"):
    return f'<div class="{cls} {cls}--sidebar"><div class="{cls}__main">{main}</div><aside class="{cls}__aside widget-area" role="complementary">{side}</aside></div>'


def mailto(address, label=None):
    return f'<a href="mailto:{address}">{label or address}</a>'


def docs(*items):
    """Documents: (href, label, size); an empty href prints the title alone (on request at the town hall),
    an absolute one links to the document host (a publication service outside the city's hosts)."""
    lis = "".join((f'<li class="document"><a href="{escape(h)}" class="document__link" target="_blank" rel="noopener">{label}</a> '
                   if h else f'<li class="document"><span class="document__title">{label}</span> ')
                  + f'<span class="document__meta">(PDF, {size}{"" if h else " — disponible à l’accueil de la mairie"})</span></li>'
                  for h, label, size in items)
    return f'<ul class="documents">{lis}</ul>'


# --------------------------------------------------------------------------- WordPress and its plugins

def wp_blocks(*parts):
    """Gutenberg content: paragraphs, headings and lists with their block classes."""
    out = []
    for part in parts:
        if part.startswith("## "):
            out.append(f'<h2 class="wp-block-heading">{part[3:]}</h2>')
        elif part.startswith("### "):
            out.append(f'<h3 class="wp-block-heading">{part[4:]}</h3>')
        elif part.startswith("<"):
            out.append(part)
        else:
            out.append(f"<p>{part}</p>")
    return "".join(out)


def wp_button(href, label):
    return (f'<div class="wp-block-buttons is-layout-flex wp-block-buttons-is-layout-flex"><div class="wp-block-button">'
            f'<a class="wp-block-button__link wp-element-button" href="{escape(href)}">{label}</a></div></div>')


def wp_post_meta(date, cats=("Actualités",)):
    links = ", ".join(f'<span rel="category tag">{c}</span>' for c in cats)
    return (f'<div class="entry-meta"><span class="posted-on">Publié le <time class="entry-date published">{date}</time></span>'
            f' <span class="cat-links">dans {links}</span></div>')


def cf7(action, form_id, post_id, fields, submit="Envoyer", label="Formulaire de contact"):
    """Contact Form 7. ``fields``: (kind, name, label, required) with kind text/email/tel/textarea/select:opt1|opt2/acceptance."""
    unit = f"wpcf7-f{form_id}-p{post_id}-o1"
    rows = []
    for kind, name, lab, req in fields:
        rq = " wpcf7-validates-as-required" if req else ""
        aria = ' aria-required="true"' if req else ""
        if kind == "textarea":
            ctrl = (f'<textarea cols="40" rows="10" maxlength="2000" class="wpcf7-form-control wpcf7-textarea{rq}"'
                    f'{aria} aria-invalid="false" name="{name}"></textarea>')
        elif kind.startswith("select:"):
            opts = "".join(f'<option value="{escape(o)}">{o}</option>' for o in kind[7:].split("|"))
            ctrl = f'<select class="wpcf7-form-control wpcf7-select{rq}"{aria} aria-invalid="false" name="{name}">{opts}</select>'
        elif kind == "acceptance":
            ctrl = (f'<span class="wpcf7-form-control wpcf7-acceptance"><span class="wpcf7-list-item">'
                    f'<label><input type="checkbox" name="{name}" value="1" aria-invalid="false" />'
                    f'<span class="wpcf7-list-item-label">{lab}</span></label></span></span>')
            rows.append(f'<p><span class="wpcf7-form-control-wrap" data-name="{name}">{ctrl}</span></p>')
            continue
        else:
            ctrl = (f'<input size="40" maxlength="400" class="wpcf7-form-control wpcf7-{kind} wpcf7-text{rq}"'
                    f'{aria} aria-invalid="false" value="" type="{kind}" name="{name}" />')
        rows.append(f'<p><label> {lab}{" *" if req else ""}<br />'
                    f'<span class="wpcf7-form-control-wrap" data-name="{name}">{ctrl}</span> </label></p>')
    hidden = "".join(f'<input type="hidden" name="{k}" value="{v}" />' for k, v in (
        ("_wpcf7", form_id), ("_wpcf7_version", "5.9.5"), ("_wpcf7_locale", "fr_FR"),
        ("_wpcf7_unit_tag", unit), ("_wpcf7_container_post", post_id), ("_wpcf7_posted_data_hash", "")))
    return (f'<div class="wpcf7 no-js" id="{unit}" lang="fr-FR" dir="ltr" data-wpcf7-id="{form_id}">'
            '<div class="screen-reader-response"><p role="status" aria-live="polite" aria-atomic="true"></p> <ul></ul></div>'
            f'<form action="{action}#{unit}" method="post" class="wpcf7-form init" aria-label="{label}" novalidate="novalidate" data-status="init">'
            f'<div style="display: none;">{hidden}</div>{"".join(rows)}'
            f'<p><input class="wpcf7-form-control wpcf7-submit has-spinner" type="submit" value="{submit}" /></p>'
            '<div class="wpcf7-response-output" aria-hidden="true"></div></form></div>')


def wpforms(form_id, post_id, action, fields, submit="Envoyer"):
    """WPForms Lite. ``fields``: (kind, label, required) with kind name/email/text/textarea/select:a|b/checkbox."""
    rows = []
    for i, (kind, lab, req) in enumerate(fields):
        fid = f"wpforms-{form_id}-field_{i}"
        star = ' <span class="wpforms-required-label">*</span>' if req else ""
        rq = " wpforms-field-required" if req else ""
        need = " required" if req else ""
        base = kind.split(":")[0]
        if kind == "name":
            ctrl = (f'<div class="wpforms-field-row wpforms-field-medium"><div class="wpforms-field-row-block wpforms-first wpforms-one-half">'
                    f'<input type="text" id="{fid}" class="wpforms-field-name-first{rq}" name="wpforms[fields][{i}][first]"{need}>'
                    f'<label for="{fid}" class="wpforms-field-sublabel after">Prénom</label></div>'
                    f'<div class="wpforms-field-row-block wpforms-one-half"><input type="text" id="{fid}-last" class="wpforms-field-name-last{rq}" name="wpforms[fields][{i}][last]"{need}>'
                    f'<label for="{fid}-last" class="wpforms-field-sublabel after">Nom</label></div></div>')
        elif kind == "textarea":
            ctrl = f'<textarea id="{fid}" class="wpforms-field-medium{rq}" name="wpforms[fields][{i}]"{need}></textarea>'
        elif kind.startswith("select:"):
            opts = "".join(f'<option value="{escape(o)}">{o}</option>' for o in kind[7:].split("|"))
            ctrl = f'<select id="{fid}" class="wpforms-field-medium{rq}" name="wpforms[fields][{i}]"{need}>{opts}</select>'
        elif kind == "checkbox":
            ctrl = (f'<ul id="{fid}" class="{rq.strip()}"><li class="choice-1 depth-1"><input type="checkbox" id="{fid}_1" '
                    f'name="wpforms[fields][{i}][]" value="1"{need}><label class="wpforms-field-label-inline" for="{fid}_1">{lab}</label></li></ul>')
        else:
            ctrl = f'<input type="{kind}" id="{fid}" class="wpforms-field-medium{rq}" name="wpforms[fields][{i}]"{need}>'
        label = "" if kind == "checkbox" else f'<label class="wpforms-field-label" for="{fid}">{lab}{star}</label>'
        rows.append(f'<div id="{fid}-container" class="wpforms-field wpforms-field-{base}" data-field-id="{i}">{label}{ctrl}</div>')
    return (f'<div class="wpforms-container wpforms-container-full" id="wpforms-{form_id}">'
            f'<form id="wpforms-form-{form_id}" class="wpforms-validate wpforms-form wpforms-ajax-form" data-formid="{form_id}" '
            f'method="post" enctype="multipart/form-data" action="{action}" data-token="{_tok(form_id)}" data-token-time="1717000000">'
            f'<noscript class="wpforms-error-noscript">Veuillez activer JavaScript dans votre navigateur pour remplir ce formulaire.</noscript>'
            f'<div class="wpforms-field-container">{"".join(rows)}</div>'
            f'<div class="wpforms-field wpforms-field-hp"><label for="wpforms-{form_id}-field-hp" class="wpforms-field-label">Message</label>'
            f'<input type="text" name="wpforms[hp]" id="wpforms-{form_id}-field-hp" class="wpforms-field-medium"></div>'
            f'<div class="wpforms-submit-container"><input type="hidden" name="wpforms[id]" value="{form_id}">'
            f'<input type="hidden" name="page_title" value=""><input type="hidden" name="wpforms[post_id]" value="{post_id}">'
            f'<button type="submit" name="wpforms[submit]" id="wpforms-submit-{form_id}" class="wpforms-submit" '
            f'data-alt-text="Envoi en cours..." data-submit-text="{submit}" aria-live="assertive" value="wpforms-submit">{submit}</button></div>'
            '</form></div>')


def wp_comments(post_id, title, comments, open_=True):
    """Native WordPress comments: the list and, when open, the #respond form posting to wp-comments-post.php.
    ``comments``: (author, iso, shown date, text)."""
    items = []
    for i, (who, iso, shown, text) in enumerate(comments):
        cid = _n(f"{post_id}-{i}", 200, 9000)
        parity = "even" if i % 2 == 0 else "odd alt"
        items.append(
            f'<li id="comment-{cid}" class="comment {parity} thread-{parity.split()[0]} depth-1">'
            f'<article id="div-comment-{cid}" class="comment-body"><footer class="comment-meta">'
            f'<div class="comment-author vcard"><img alt="" src="https://secure.gravatar.com/avatar/{_tok(who)}?s=32&amp;d=mm&amp;r=g" class="avatar avatar-32 photo" height="32" width="32" loading="lazy" decoding="async">'
            f'<b class="fn">{who}</b> <span class="says">dit :</span></div>'
            f'<div class="comment-metadata"><a href="#comment-{cid}"><time datetime="{iso}">{shown}</time></a></div></footer>'
            f'<div class="comment-content"><p>{text}</p></div>'
            + (f'<div class="reply"><a rel="nofollow" class="comment-reply-link" href="#respond" data-commentid="{cid}" '
               f'data-postid="{post_id}" data-belowelement="div-comment-{cid}" data-respondelement="respond" '
               f'data-replyto="Répondre à {who}" aria-label="Répondre à {who}">Répondre</a></div>' if open_ else "")
            + '</article></li>')
    n = len(comments)
    head = (f'<h2 class="comments-title">{n} réflexion{"s" if n > 1 else ""} sur « {title} »</h2>' if n else "")
    listing = f'<ol class="comment-list">{"".join(items)}</ol>' if items else ""
    if not open_:
        return f'<div id="comments" class="comments-area">{head}{listing}<p class="no-comments">Les commentaires sont fermés.</p></div>'
    form = (
        '<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Laisser un commentaire '
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
        '<label for="wp-comment-cookies-consent">Enregistrer mon nom et mon e-mail dans ce navigateur pour mon prochain commentaire.</label></p>'
        f'<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Laisser un commentaire" /> '
        f"<input type='hidden' name='comment_post_ID' value='{post_id}' id='comment_post_ID' />"
        "<input type='hidden' name='comment_parent' id='comment_parent' value='0' /></p></form></div>")
    return f'<div id="comments" class="comments-area">{head}{listing}{form}</div>'


def yop_poll(poll_id, question, answers, ends=""):
    """YOP Poll (WordPress), basic template, as printed by its shortcode."""
    lis = "".join(
        f'<li class="basic-answer" style="padding:0px 0px;" data-id="{poll_id * 10 + i}" data-type="text" data-vn="0" data-color="#000000">'
        f'<div class="basic-answer-content basic-text-vertical"><label for="answer[{poll_id * 10 + i}]" class="basic-answer-label">'
        f'<input type="radio" id="answer[{poll_id * 10 + i}]" name="answer[{poll_id}]" value="{poll_id * 10 + i}" data-type="text" '
        f'data-id="{poll_id * 10 + i}" data-question-id="{poll_id}" autocomplete="off">&nbsp;<span class="basic-text">{ans}</span></label></div></li>'
        for i, ans in enumerate(answers, 1))
    end = f'<div class="basic-poll-end-date">Fin du sondage : {ends}</div>' if ends else ""
    return (f'<div class="bootstrap-yop yop-poll-mc">'
            f'<div class="basic-yop-poll-container" style="background-color:#ffffff; border:1px; border-style:solid; border-color:#000000; border-radius:5px; padding:10px 10px;" '
            f'data-id="{poll_id}" data-temp="basic" data-skin="minimal" data-cscheme="black" data-cap="0" data-access="guest" data-tid="" data-uid="{_tok(poll_id, 20)}" data-pid="" data-resdet="votes-number,percentages" data-show-results-to="guest" data-show-results-moment="after-vote" data-show-results-only="false" data-show-message="true" data-show-results-as="bar" data-sort-results-by="as-defined" data-sort-results-rule="asc" data-is-ended="0" data-percentages-decimals="2" data-gdpr="no" data-gdpr-sol="consent" data-css="" data-counter="0" data-load-with="1" data-notification-section="top">'
            f'<div class="row"><div class="col-md-12"><div class="basic-inner"><div class="basic-message hide" style="border-left: 10px solid #008000; padding: 0px 10px;" data-error="#ff0000" data-success="#008000"><p class="basic-message-text" style="color:#000000; font-size:14px; font-weight:normal;"></p></div>'
            f'<div class="basic-overlay hide"><div class="basic-vote-options"></div><div class="basic-preloader"><div class="basic-windows8"></div></div></div>'
            f'<form class="basic-form" action=""><input type="hidden" name="_token" value="{_tok(poll_id, 10)}" autocomplete="off">'
            f'<div class="basic-elements"><div class="basic-element basic-question basic-question-text-vertical" data-id="{poll_id}" data-uid="{_tok(question, 10)}" data-type="question" data-question-type="text" data-required="yes" data-allow-multiple="no" data-min="1" data-max="1" data-display="vertical" data-colnum="" data-display-others="no" data-others-color="" data-others="">'
            f'<div class="basic-question-title"><h5 style="color:#000000; font-size:16px; font-weight:normal; text-align:left;">{question}</h5></div>'
            f'<ul class="basic-answers">{lis}</ul></div><div class="clearfix"></div></div>'
            f'<div class="basic-vote"><a href="#" class="button basic-vote-button" role="button" style="background:#ffffff; border:1px; border-style: solid; border-color:#000000; border-radius:5px; padding:5px 10px; color:#000000; font-size:14px; font-weight:normal;">Voter</a></div>'
            f'</form>{end}</div></div></div></div></div>')


def mailpoet(form_id, title="Recevez la lettre d'information"):
    """MailPoet subscription form (a newsletter sign-up: an e-mail field only)."""
    return (f'<div class="mailpoet_form_popup_overlay"></div><div id="mailpoet_form_{form_id}" class="mailpoet_form mailpoet_form_shortcode mailpoet_form_position_ mailpoet_form_animation_">'
            f'<h3 class="mailpoet-heading">{title}</h3>'
            f'<form target="_self" method="post" action="/wp-admin/admin-post.php?action=mailpoet_subscription_form" class="mailpoet_form mailpoet_form_form mailpoet_form_shortcode" novalidate data-delay="" data-exit-intent-enabled="" data-font-family="" data-cookie-expiration-time="">'
            f'<input type="hidden" name="data[form_id]" value="{form_id}" /><input type="hidden" name="token" value="{_tok(form_id, 10)}" />'
            '<input type="hidden" name="api_version" value="v1" /><input type="hidden" name="endpoint" value="subscribers" /><input type="hidden" name="mailpoet_method" value="subscribe" />'
            '<label class="mailpoet_hp_email_label" style="display: none !important;">Veuillez laisser ce champ vide<input type="email" name="data[email]"/></label>'
            '<div class="mailpoet_paragraph"><input type="email" autocomplete="email" class="mailpoet_text" id="form_email_2" name="data[form_field_ZmE0Y2Q3YjFhYjVi_email]" title="Adresse e-mail" value="" style="width:100%;box-sizing:border-box;" data-automation-id="form_email" placeholder="Adresse e-mail *" data-parsley-required="true" data-parsley-minlength="6" data-parsley-maxlength="150" data-parsley-type-message="Cette valeur doit être un e-mail valide." data-parsley-errors-container=".mailpoet_error_email_" data-parsley-required-message="Ce champ est nécessaire."/></div>'
            '<div class="mailpoet_paragraph"><input type="submit" class="mailpoet_submit" value="Je m\'abonne" data-automation-id="subscribe-submit-button" style="width:100%;box-sizing:border-box;" /><span class="mailpoet_form_loading"><span class="mailpoet_bounce1"></span><span class="mailpoet_bounce2"></span><span class="mailpoet_bounce3"></span></span></div>'
            '<div class="mailpoet_message"><p class="mailpoet_validate_success" style="display:none;">Vérifiez votre boite de réception ou votre répertoire d’indésirables pour confirmer votre abonnement.</p>'
            '<p class="mailpoet_validate_error" style="display:none;"></p></div></form></div>')


def disqus(shortname, identifier, url):
    """The Disqus universal embed code."""
    return (f'<div id="disqus_thread"></div><script>var disqus_config = function () {{ this.page.url = "{url}"; '
            f'this.page.identifier = "{identifier}"; this.language = "fr"; }};(function() {{ var d = document, s = d.createElement(\'script\'); '
            f's.src = \'https://{shortname}.disqus.com/embed.js\'; s.setAttribute(\'data-timestamp\', +new Date()); '
            f'(d.head || d.body).appendChild(s); }})();</script>'
            '<noscript>Veuillez activer JavaScript pour afficher les <a href="https://disqus.com/?ref_noscript" rel="nofollow">commentaires propulsés par Disqus.</a></noscript>')


# --------------------------------------------------------------------------- Drupal 10 (core, Webform, Poll, Simplenews)

def _drupal_item(kind, name, label, required=True, ident=None):
    ident = ident or "edit-" + name.replace("_", "-").replace("[", "-").replace("]", "")
    req_l = ' class="js-form-required form-required"' if required else ""
    req_i = ' required="required" aria-required="true"' if required else ""
    cls = "required" if required else ""
    if kind == "textarea":
        ctrl = (f'<div class="form-textarea-wrapper"><textarea data-drupal-selector="{ident}" id="{ident}" name="{name}" rows="5" cols="60" '
                f'class="form-textarea {cls} resize-vertical"{req_i}></textarea></div>')
        typ = "textarea"
    elif kind.startswith("select:"):
        opts = '<option value="" selected="selected">- Sélectionner -</option>' + "".join(
            f'<option value="{zlib.crc32(o.encode()) % 97}">{o}</option>' for o in kind[7:].split("|"))
        ctrl = f'<select data-drupal-selector="{ident}" id="{ident}" name="{name}" class="form-select {cls}"{req_i}>{opts}</select>'
        typ = "select"
    else:
        ctrl = (f'<input data-drupal-selector="{ident}" type="{kind}" id="{ident}" name="{name}" value="" size="60" maxlength="254" '
                f'class="form-{kind} {cls}"{req_i} />')
        typ = kind
    item = name.replace("_", "-").replace("[", "-").replace("]", "")
    return (f'<div class="js-form-item form-item js-form-type-{typ} form-type-{typ} js-form-item-{item} form-item-{item}">'
            f'<label for="{ident}"{req_l}>{label}</label>{ctrl}</div>')


def _drupal_hidden(form_id):
    return (f'<input autocomplete="off" data-drupal-selector="form-{_tok(form_id, 22)}" type="hidden" name="form_build_id" value="form-{_tok(form_id, 43)}" />'
            f'<input data-drupal-selector="edit-{form_id.replace("_", "-")}" type="hidden" name="form_id" value="{form_id}" />')


def webform(webform_id, action, fields, submit="Envoyer", node=None):
    """A Drupal Webform submission form. ``fields``: (kind, key, label, required)."""
    suffix = f"_node_{node}" if node else ""
    form_id = f"webform_submission_{webform_id}{suffix}_add_form"
    dashed = form_id.replace("_", "-")
    items = "".join(_drupal_item(kind, key, lab, req) for kind, key, lab, req in fields)
    return (f'<form class="webform-submission-form webform-submission-add-form webform-submission-{webform_id.replace("_", "-")}-form '
            f'webform-submission-{webform_id.replace("_", "-")}-add-form js-webform-details-toggle webform-details-toggle" '
            f'data-drupal-selector="{dashed}" action="{action}" method="post" id="{dashed}" accept-charset="UTF-8">'
            f'{items}{_drupal_hidden(form_id)}'
            '<div data-drupal-selector="edit-actions" class="form-actions webform-actions js-form-wrapper form-wrapper" id="edit-actions">'
            f'<input class="webform-button--submit button button--primary js-form-submit form-submit" data-drupal-selector="edit-actions-submit" '
            f'type="submit" id="edit-actions-submit" name="op" value="{submit}" /></div></form>')


def drupal_comments(node, comments, open_=True):
    """Core Comment module: the threaded list and the comment form of a node. ``comments``: (name, date, subject, text)."""
    out = []
    for i, (who, date, subj, text) in enumerate(comments):
        cid = _n(f"{node}-{i}", 100, 4000)
        out.append(
            f'<article data-comment-user-id="0" id="comment-{cid}" class="comment js-comment by-anonymous" role="article">'
            f'<span class="hidden" data-comment-timestamp="{1717000000 + cid}"></span>'
            f'<footer class="comment__meta"><p class="comment__author"><span>{who} (non vérifié)</span></p>'
            f'<p class="comment__time">{date}</p></footer>'
            f'<div class="comment__content"><h3><a href="#comment-{cid}" class="permalink" rel="bookmark" hreflang="fr">{subj}</a></h3>'
            f'<div class="clearfix text-formatted field field--name-comment-body field--type-text-long field--label-hidden field__item"><p>{text}</p></div></div></article>')
    head = '<h2 class="title comment-section-title">Commentaires</h2>' if comments else ""
    if not open_:
        return f'<section class="field field--name-comment field--type-comment field--label-above comment-wrapper">{head}{"".join(out)}</section>'
    form = (f'<h2 class="title comment-form__title">Ajouter un commentaire</h2>'
            f'<form class="comment-comment-form comment-form" data-drupal-selector="comment-form" action="/comment/reply/node/{node}/comment" method="post" id="comment-form" accept-charset="UTF-8">'
            + _drupal_item("text", "name", "Votre nom", False)
            + _drupal_item("email", "mail", "Courriel", False)
            + '<div class="field--type-text-long field--name-comment-body field--widget-text-textarea js-form-wrapper form-wrapper" data-drupal-selector="edit-comment-body-wrapper" id="edit-comment-body-wrapper">'
            + _drupal_item("textarea", "comment_body[0][value]", "Commentaire", True, "edit-comment-body-0-value")
            + '</div>' + _drupal_hidden("comment_comment_form")
            + '<div data-drupal-selector="edit-actions" class="form-actions js-form-wrapper form-wrapper" id="edit-actions">'
              '<input data-drupal-selector="edit-submit" type="submit" id="edit-submit" name="op" value="Enregistrer" class="button button--primary js-form-submit form-submit" />'
              '<input data-drupal-selector="edit-preview" type="submit" id="edit-preview" name="op" value="Aperçu" class="button js-form-submit form-submit" /></div></form>')
    return f'<section class="field field--name-comment field--type-comment field--label-above comment-wrapper">{head}{"".join(out)}{form}</section>'


def drupal_poll(pid, question, choices):
    """The contrib Poll module's voting block."""
    radios = "".join(
        f'<div class="js-form-item form-item js-form-type-radio form-type-radio js-form-item-choice form-item-choice">'
        f'<input data-drupal-selector="edit-choice-{pid * 10 + i}" type="radio" id="edit-choice-{pid * 10 + i}" name="choice" value="{pid * 10 + i}" class="form-radio" />'
        f'<label for="edit-choice-{pid * 10 + i}" class="option">{c}</label></div>' for i, c in enumerate(choices, 1))
    return (f'<div id="block-sondage" class="block block-poll block-poll-recent-block"><h2>Sondage</h2>'
            f'<div class="poll"><form class="poll-view-form poll-view-form-{pid}" data-drupal-selector="poll-view-form-{pid}" action="" method="post" id="poll-view-form-{pid}" accept-charset="UTF-8">'
            f'<div class="poll-question"><h3>{question}</h3></div>'
            f'<fieldset data-drupal-selector="edit-choice" id="edit-choice--wrapper" class="fieldgroup form-composite js-form-item form-item js-form-wrapper form-wrapper">'
            f'<legend><span class="visually-hidden fieldset-legend">Choix</span></legend><div class="fieldset-wrapper"><div id="edit-choice" class="form-radios">{radios}</div></div></fieldset>'
            + _drupal_hidden(f"poll_view_form_{pid}")
            + '<div data-drupal-selector="edit-actions" class="form-actions js-form-wrapper form-wrapper" id="edit-actions--2">'
              '<input data-drupal-selector="edit-vote" type="submit" id="edit-vote" name="op" value="Voter" class="button js-form-submit form-submit" /></div>'
              '</form></div></div>')


def drupal_poll_results(question, rows, total, closed_on):
    """A closed Poll: results only (``rows``: (choice, percent, votes))."""
    res = "".join(f'<dt class="choice-title">{c}</dt><dd class="choice-result"><div class="bar"><div class="foreground" style="width: {pc}%;"></div></div>'
                  f'<div class="percent">{pc}% ({v} votes)</div></dd>' for c, pc, v in rows)
    return (f'<div class="poll"><div class="poll-question"><h3>{question}</h3></div><dl class="poll-results">{res}</dl>'
            f'<div class="poll-total">Nombre total de votes : {total}</div><div class="poll-closed">Sondage clos le {closed_on}.</div></div>')


def simplenews(newsletter="lettre_municipale"):
    """Simplenews block subscription (an e-mail field only)."""
    return (f'<div class="simplenews-subscriber-form"><form class="simplenews-subscriptions-block-{newsletter.replace("_", "-")} simplenews-subscriber-form" '
            f'data-drupal-selector="simplenews-subscriptions-block-{newsletter.replace("_", "-")}" action="/newsletter" method="post" id="simplenews-subscriptions-block-{newsletter.replace("_", "-")}" accept-charset="UTF-8">'
            '<div class="field--type-email field--name-mail field--widget-email-default js-form-wrapper form-wrapper">'
            + _drupal_item("email", "mail[0][value]", "Adresse électronique", True, "edit-mail-0-value")
            + '</div>' + _drupal_hidden(f"simplenews_subscriptions_block_{newsletter}")
            + '<div data-drupal-selector="edit-actions" class="form-actions js-form-wrapper form-wrapper" id="edit-actions">'
              '<input data-drupal-selector="edit-subscribe" type="submit" id="edit-subscribe" name="op" value="S\'abonner" class="button js-form-submit form-submit" /></div></form></div>')


def paragraph(kind, html):
    """A Paragraphs entity as Drupal themes print it."""
    return f'<div class="paragraph paragraph--type--{kind} paragraph--view-mode--default">{html}</div>'


def drupal_teasers(items):
    """A Views list of article teasers: (href, title, date, excerpt)."""
    rows = "".join(
        f'<div class="views-row"><article class="node node--type-article node--view-mode-teaser">'
        f'<h2><a href="{escape(h)}" rel="bookmark"><span class="field field--name-title">{t}</span></a></h2>'
        f'<div class="node__meta"><span class="field field--name-created">{d}</span></div>'
        f'<div class="node__content"><div class="field field--name-body field--type-text-with-summary"><p>{e}</p></div></div></article></div>'
        for h, t, d, e in items)
    return f'<div class="views-element-container"><div class="view view-actualites view-id-actualites view-display-id-block_1"><div class="view-content">{rows}</div></div></div>'


# --------------------------------------------------------------------------- SPIP 4 (forums, pétitions, Formidable)

def spip_forum(id_article, messages):
    """The public forum of an article (SPIP's comments): messages then formulaire_forum.
    ``messages``: (author, iso, shown, text)."""
    lis = []
    for i, (who, iso, shown, text) in enumerate(messages):
        fid = _n(f"{id_article}-{i}", 300, 9000)
        lis.append(f'<li class="comment-item comment-fil {"odd" if i % 2 == 0 else "even"}{" first" if i == 0 else ""}">'
                   f'<div class="comment hentry" id="forum{fid}"><div class="comment-meta"><a href="#forum{fid}" title="{fid}" class="comment-number">#</a> '
                   f'<small><abbr class="published" title="{iso}">{shown}</abbr>, par <span class="vcard author"><strong class="fn">{who}</strong></span></small></div>'
                   f'<div class="comment-content"><p>{text}</p></div></div></li>')
    listing = (f'<div class="comments" id="forum"><h2 class="h2">{len(messages)} Messages</h2><ul class="comments-items">{"".join(lis)}</ul></div>'
               if messages else "")
    form = (f'<div class="formulaire_spip formulaire_forum ajax" id="formulaire_forum"><br class="bugajaxie" />'
            f'<form action="spip.php?article{id_article}#formulaire_forum" method="post" enctype="multipart/form-data"><div>'
            f'<input name="formulaire_action" type="hidden" value="forum" /><input name="formulaire_action_args" type="hidden" value="{_tok(id_article, 40)}" />'
            f'<input type="hidden" name="id_article" value="{id_article}" /><input type="hidden" name="id_objet" value="{id_article}" /><input type="hidden" name="objet" value="article" /><input type="hidden" name="id_forum" value="0" /></div>'
            '<fieldset><legend>Votre message</legend><div class="editer-groupe">'
            '<div class="editer saisie_titre obligatoire"><label for="titre">Titre (obligatoire)</label><input type="text" class="text" name="titre" id="titre" value="" size="60" /></div>'
            '<div class="editer saisie_texte obligatoire"><label for="texte">Texte de votre message (obligatoire)</label>'
            '<p class="explication">Pour créer des paragraphes, laissez simplement des lignes vides.</p>'
            '<textarea name="texte" id="texte" rows="10" cols="60" class="markItUpEditor"></textarea></div></div></fieldset>'
            '<fieldset><legend>Qui êtes-vous ?</legend><div class="editer-groupe">'
            '<div class="editer saisie_session_nom obligatoire"><label for="session_nom">Votre nom</label><input type="text" class="text" name="session_nom" id="session_nom" value="" size="40" autocapitalize="off" autocorrect="off" /></div>'
            '<div class="editer saisie_session_email"><label for="session_email">Votre adresse email</label><input type="email" class="text email" name="session_email" id="session_email" value="" size="40" autocapitalize="off" autocorrect="off" /></div>'
            '</div></fieldset>'
            '<p style="display: none;"><label for="nobot_forum">Veuillez laisser ce champ vide :</label><input type="text" class="text" name="nobot" id="nobot_forum" value="" size="10" /></p>'
            '<p class="boutons"><input type="submit" class="submit" name="previsualiser_message" value="Prévisualiser" /></p></form></div>')
    return listing + form


def spip_petition(id_article, count, recent):
    """SPIP's native petition: the signature form (formulaire_signature) and the latest signatures."""
    sigs = "".join(f'<tr class="{"row_odd odd" if i % 2 == 0 else "row_even even"}"><td class="signature-date">{d}</td>'
                   f'<td class="signature-nom">{who}</td><td class="signature-message">{msg}</td></tr>' for i, (d, who, msg) in enumerate(recent))
    return (f'<div class="formulaire_spip formulaire_signature ajax" id="sp{id_article}"><br class="bugajaxie" />'
            f'<h2 class="h2">Signer cette pétition</h2>'
            f'<form method="post" action="spip.php?article{id_article}#sp{id_article}"><div>'
            f'<input name="formulaire_action" type="hidden" value="signature" /><input name="formulaire_action_args" type="hidden" value="{_tok(-id_article, 40)}" />'
            f'<input type="hidden" name="id_article" value="{id_article}" /></div>'
            '<fieldset><legend>Votre identité</legend><div class="editer-groupe">'
            '<div class="editer saisie_session_nom obligatoire"><label for="session_nom">Votre nom ou pseudo</label><input type="text" class="text" name="session_nom" id="session_nom" value="" size="20" /></div>'
            '<div class="editer saisie_session_email obligatoire"><label for="session_email">Votre adresse email</label><input type="email" class="text email" name="session_email" id="session_email" value="" size="20" /></div>'
            '</div></fieldset><fieldset><legend>Votre commentaire éventuel</legend><div class="editer-groupe">'
            '<div class="editer saisie_message"><label for="message">Message</label><textarea name="message" id="message" rows="3" cols="40"></textarea></div></div></fieldset>'
            '<p style="display: none;"><label for="nobot_signature">Veuillez laisser ce champ vide :</label><input type="text" class="text" name="nobot" id="nobot_signature" value="" size="10" /></p>'
            '<p class="boutons"><input type="submit" class="submit" value="Valider" /></p></form></div>'
            f'<div class="petition-signatures"><h2 class="h2">{count} signatures</h2>'
            f'<table class="spip signatures"><caption>Dernières signatures</caption><thead><tr class="row_first"><th scope="col">Date</th><th scope="col">Nom</th><th scope="col">Message</th></tr></thead>'
            f'<tbody>{sigs}</tbody></table></div>')


def formidable(ident, num, action, fields, submit="Envoyer"):
    """The Formidable plugin's public form. ``fields``: (saisie, label, required) with saisie
    input/email/textarea/selection:a|b/radio:a|b/checkbox:a|b/date/telephone."""
    rows, counters = [], {}
    for saisie, lab, req in fields:
        base = saisie.split(":")[0]
        counters[base] = counters.get(base, 0) + 1
        name = f"{base}_{counters[base]}"
        ob = " obligatoire" if req else ""
        rq = ' required="required"' if req else ""
        if base == "textarea":
            ctrl = f'<textarea name="{name}" class="textarea" id="champ_{name}" rows="8" cols="40"{rq}></textarea>'
        elif base == "selection":
            opts = '<option value="">Choisir…</option>' + "".join(f'<option value="choix{i}">{o}</option>' for i, o in enumerate(saisie[10:].split("|")))
            ctrl = f'<select name="{name}" id="champ_{name}" class="select"{rq}>{opts}</select>'
        elif base in ("radio", "checkbox"):
            kind = "radio" if base == "radio" else "checkbox"
            brackets = "" if base == "radio" else "[]"
            ctrl = "".join(f'<div class="choix choix_choix{i}"><input type="{kind}" name="{name}{brackets}" class="{kind}" id="champ_{name}_{i}" value="choix{i}" />'
                           f'<label for="champ_{name}_{i}">{o}</label></div>' for i, o in enumerate(saisie.split(":", 1)[1].split("|")))
        else:
            typ = {"input": "text", "email": "email", "date": "date", "telephone": "tel"}.get(base, "text")
            ctrl = f'<input type="{typ}" name="{name}" class="text" id="champ_{name}" value=""{rq} />'
        rows.append(f'<div class="editer editer_{name}{ob} saisie_{base}"><label class="editer-label" for="champ_{name}">{lab}</label>{ctrl}</div>')
    return (f'<div class="formulaire_spip formulaire_formidable formulaire_formidable-{ident} formulaire_formidable-{num}" id="formulaire_formidable-{num}">'
            f'<form method="post" action="{action}" enctype="multipart/form-data"><div>'
            f'<input name="formulaire_action" type="hidden" value="formidable" /><input name="formulaire_action_args" type="hidden" value="{_tok(ident, 40)}" />'
            f'<input name="formidable_afficher_apres" type="hidden" value="valeurs" /></div>'
            f'<div class="editer-groupe">{"".join(rows)}</div>'
            '<p style="display: none;"><label for="nobot">Veuillez laisser ce champ vide :</label><input type="text" class="text" name="nobot" id="nobot" value="" size="10" /></p>'
            f'<p class="boutons"><input type="submit" class="submit" value="{submit}" /></p></form></div>')


def spip_chapo(text):
    return f'<div class="chapo surlignable"><p>{text}</p></div>'


def spip_info(date, rubrique):
    return f'<p class="info-publi"><abbr class="published" title="{date}">Publié le {date}</abbr> <span class="rubrique">— {rubrique}</span></p>'


def spip_list(items, title):
    """A rubrique's list of articles: (href, title, intro)."""
    lis = "".join(f'<li class="item hentry"><strong class="h3-like entry-title"><a href="{escape(h)}" rel="bookmark">{t}</a></strong>'
                  f'<div class="introduction entry-content"><p>{i}</p></div></li>' for h, t, i in items)
    return f'<div class="menu menu_articles"><h2 class="h2">{title}</h2><ul class="liste-items">{lis}</ul></div>'


# --------------------------------------------------------------------------- Joomla 4/5 (com_contact, RSForm!Pro, AcyMailing, blog)

def _jform(kind, name, label, required=True):
    lid = f"jform_{name}"
    star = '<span class="star" aria-hidden="true">&#160;*</span>' if required else ""
    rq = " required" if required else ""
    cls = ' class="required"' if required else ""
    if kind == "textarea":
        ctrl = f'<textarea name="jform[{name}]" id="{lid}" cols="50" rows="10" class="form-control{rq}"{rq}></textarea>'
    elif kind == "checkbox":
        ctrl = f'<input type="checkbox" name="jform[{name}]" id="{lid}" value="1" class="form-check-input">'
    else:
        ctrl = f'<input type="{kind}" name="jform[{name}]" id="{lid}" value="" class="form-control{rq}" size="30"{rq}>'
    return (f'<div class="control-group"><div class="control-label"><label id="{lid}-lbl" for="{lid}"{cls}>{label}{star}</label></div>'
            f'<div class="controls">{ctrl}</div></div>')


def joomla_contact(contact_slug, name, address_html):
    """com_contact's single contact view with its e-mail form."""
    return (f'<div class="com-contact contact" itemscope itemtype="https://schema.org/Person"><div class="page-header"><h2><span class="contact-name" itemprop="name">{name}</span></h2></div>'
            f'<div class="com-contact__container"><h3>Coordonnées</h3><div class="com-contact__address contact-address dl-horizontal" itemprop="address" itemscope itemtype="https://schema.org/PostalAddress">{address_html}</div></div>'
            '<h3>Formulaire de contact</h3><div class="com-contact__form contact-form">'
            f'<form id="contact-form" action="/contact/{contact_slug}" method="post" class="form-validate form-horizontal well">'
            '<fieldset><legend>Envoyer un e-mail</legend><div class="control-group field-spacer"><div class="control-label"><span class="spacer"><span class="before"></span>'
            '<span class="text"><label id="jform_spacer-lbl" class=""><strong class="red">*</strong> Champ requis</label></span><span class="after"></span></span></div></div>'
            + _jform("text", "contact_name", "Nom") + _jform("email", "contact_email", "E-mail")
            + _jform("text", "contact_subject", "Sujet") + _jform("textarea", "contact_message", "Message")
            + _jform("checkbox", "contact_email_copy", "Recevoir une copie de ce message", False)
            + '<div class="control-group"><div class="controls"><button class="btn btn-primary validate" type="submit">Envoyer un e-mail</button>'
            f'<input type="hidden" name="option" value="com_contact"><input type="hidden" name="task" value="contact.submit">'
            f'<input type="hidden" name="return" value=""><input type="hidden" name="id" value="1:{contact_slug}">'
            f'<input type="hidden" name="{_tok(contact_slug)}" value="1"></div></div></fieldset></form></div></div>')


def rsform(form_id, action, fields, submit="Envoyer", title=""):
    """RSForm!Pro (Joomla). ``fields``: (kind, name, label, required) with kind textbox/email/textarea/select:a|b/radio:a|b/date."""
    rows = []
    for kind, name, lab, req in fields:
        base = kind.split(":")[0]
        star = '<strong class="formRequired">(*)</strong>' if req else ""
        rq = ' aria-required="true" required' if req else ""
        if base == "textarea":
            ctrl = f'<textarea cols="50" rows="5" name="form[{name}]" id="{name}" class="rsform-text-box form-control"{rq}></textarea>'
        elif base == "select":
            opts = "".join(f'<option value="{escape(o)}">{o}</option>' for o in kind[7:].split("|"))
            ctrl = f'<select name="form[{name}][]" id="{name}" class="rsform-select-box form-select"{rq}>{opts}</select>'
        elif base == "radio":
            ctrl = "".join(f'<div class="form-check"><input type="radio" name="form[{name}]" value="{escape(o)}" id="{name}{i}" class="rsform-radio form-check-input" />'
                           f'<label for="{name}{i}" class="form-check-label">{o}</label></div>' for i, o in enumerate(kind[6:].split("|")))
        else:
            typ = {"email": "email", "date": "date", "tel": "tel"}.get(base, "text")
            ctrl = f'<input type="{typ}" value="" size="20" name="form[{name}]" id="{name}" class="rsform-input-box form-control"{rq} />'
        rows.append(f'<div class="mb-3 rsform-block rsform-block-{name.lower()}"><label class="form-label formControlLabel" for="{name}">{lab}{star}</label>'
                    f'<div class="formControls">{ctrl}<div><span class="formValidation"><span id="component{_n(name, 10, 300)}" class="formNoError">Champ invalide</span></span></div></div></div>')
    head = f'<h2>{title}</h2>' if title else ""
    return (f'<form method="post" id="userForm" action="{action}">{head}<div id="rsform_error_{form_id}" style="display: none;">'
            '<p class="formRed">Veuillez compléter tous les champs obligatoires.</p></div>'
            f'<div class="formContainer" id="rsform_{form_id}_page_0">{"".join(rows)}'
            f'<div class="mb-3 rsform-block rsform-block-envoyer"><div class="formControls"><button type="submit" name="form[Envoyer]" id="Envoyer" class="rsform-submit-button btn btn-primary">{submit}</button></div></div></div>'
            f'<input type="hidden" name="form[formId]" value="{form_id}"/><input type="hidden" name="{_tok(form_id)}" value="1" /></form>')


def acymailing(list_id=1):
    """AcyMailing subscription module (name and e-mail, no message)."""
    fid = f"formAcym{_n(list_id, 10000, 99999)}"
    return (f'<div class="acym_module" id="acym_module_{fid}"><div class="acym_fulldiv" id="acym_fulldiv_{fid}">'
            f'<form enctype="multipart/form-data" id="{fid}" name="{fid}" method="POST" action="/component/acym/frontusers?tmpl=component" onsubmit="return submitAcymForm(\'subscribe\',\'{fid}\', \'acymSubmitSubForm\')">'
            '<div class="acym_module_form"><div class="acym_introtext">Recevez chaque mois l’actualité de votre commune.</div>'
            '<div class="acym_form"><div class="onefield fieldacy1 acyfield_text" id="field_1"><label class="cell margin-top-1"><div class="acym__users__creation__fields__title">Nom</div>'
            '<input name="user[name]" value="" data-authorized-content="{&quot;0&quot;:&quot;all&quot;}" type="text" class="cell acym__user__edit__email"></label></div>'
            '<div class="onefield fieldacy2 acyfield_text" id="field_2"><label class="cell margin-top-1"><div class="acym__users__creation__fields__title">Adresse e-mail</div>'
            '<input id="email_field_1" name="user[email]" value="" data-authorized-content="{&quot;0&quot;:&quot;all&quot;,&quot;regex&quot;:&quot;&quot;,&quot;message&quot;:&quot;Valeur incorrecte pour le champ Adresse e-mail&quot;}" required type="email" class="cell acym__user__edit__email"></label></div></div>'
            f'<p class="acysubbuttons"><noscript><div class="onefield fieldacyterms">Veuillez activer le javascript sur cette page pour pouvoir valider le formulaire</div></noscript>'
            f'<input type="button" class="btn btn-primary button subbutton" value="S\'abonner" name="Submit" onclick="try{{ return submitAcymForm(\'subscribe\',\'{fid}\', \'acymSubmitSubForm\'); }}catch(err){{alert(\'The form could not be submitted \'+err);return false;}}"/></p></div>'
            f'<input type="hidden" name="ctrl" value="frontusers"/><input type="hidden" name="task" value="notask"/><input type="hidden" name="option" value="com_acym"/>'
            f'<input type="hidden" name="hiddenlists" value="{list_id}"/><input type="hidden" name="acyformname" value="{fid}" /></form></div></div>')


def joomla_blog(items):
    """com_content category blog: (href, title, date, intro)."""
    rows = "".join(f'<div class="com-content-category-blog__item blog-item" itemprop="blogPost" itemscope itemtype="https://schema.org/BlogPosting">'
                   f'<div class="item-content"><div class="page-header"><h2 itemprop="name"><a href="{escape(h)}" itemprop="url">{t}</a></h2></div>'
                   f'<dl class="article-info text-muted"><dd class="published"><span class="icon-calendar icon-fw" aria-hidden="true"></span>'
                   f'<time itemprop="datePublished">Publication : {d}</time></dd></dl><p>{i}</p>'
                   f'<p class="readmore"><a class="btn btn-secondary" href="{escape(h)}" aria-label="Lire la suite : {escape(_strip(t))}"><span class="icon-chevron-right" aria-hidden="true"></span> Lire la suite…</a></p></div></div>'
                   for h, t, d, i in items)
    return f'<div class="com-content-category-blog blog" itemscope itemtype="https://schema.org/Blog"><div class="com-content-category-blog__items blog-items">{rows}</div></div>'


# --------------------------------------------------------------------------- TYPO3 (content elements, powermail, tx_news, direct_mail)

def t3_text(uid, header, html, layout="0"):
    return (f'<div id="c{uid}" class="frame frame-default frame-type-text frame-layout-{layout}"><header><h2 class="element-header">{header}</h2></header>{html}</div>'
            if header else f'<div id="c{uid}" class="frame frame-default frame-type-text frame-layout-{layout}">{html}</div>')


def t3_textpic(uid, header, html, img):
    return (f'<div id="c{uid}" class="frame frame-default frame-type-textpic frame-layout-0"><header><h2 class="element-header">{header}</h2></header>'
            f'<div class="ce-textpic ce-right ce-intext"><div class="ce-gallery" data-ce-columns="1" data-ce-images="1"><div class="ce-row"><div class="ce-column">'
            f'<figure class="image"><img class="image-embed-item" src="/fileadmin/_processed_/{_tok(img, 1)}/{_tok(img, 1)}/csm_{img}_{_tok(img, 10)}.jpg" width="600" height="400" loading="lazy" alt="" /></figure>'
            f'</div></div></div><div class="ce-bodytext">{html}</div></div></div>')


def t3_news_list(items):
    """tx_news list view: (href, title, date, teaser)."""
    rows = "".join(f'<div class="article articletype-0" itemscope="itemscope" itemtype="https://schema.org/Article">'
                   f'<div class="header"><h3><a title="{escape(_strip(t))}" href="{escape(h)}"><span itemprop="headline">{t}</span></a></h3></div>'
                   f'<div class="footer"><p><span class="news-list-date"><time itemprop="datePublished">{d}</time></span></p></div>'
                   f'<div class="teaser-text"><div itemprop="description"><p>{x}</p></div></div></div>' for h, t, d, x in items)
    return f'<div class="news"><div class="news-list-view" id="news-container-{_n(len(items))}">{rows}</div></div>'


def t3_news_detail(date, html, tags=()):
    tag_html = "".join(f'<span class="news-list-tags">{t}</span>' for t in tags)
    return (f'<div class="news news-single"><div class="article" itemscope="itemscope" itemtype="https://schema.org/Article">'
            f'<div class="footer"><p><span class="news-list-date"><time itemprop="datePublished">{date}</time></span> {tag_html}</p></div>'
            f'<div class="news-text-wrap" itemprop="articleBody">{html}</div></div></div>')


def powermail(form_uid, page_path, fields, title="", submit="Envoyer"):
    """powermail's form. ``fields``: (kind, marker, label, required) with kind input/textarea/select:a|b/check/email."""
    rows = []
    for kind, marker, lab, req in fields:
        base = kind.split(":")[0]
        star = '<span class="mandatory">*</span>' if req else ""
        rq = ' required="required" aria-required="true"' if req else ""
        fid = f"powermail_field_{marker}"
        nm = f"tx_powermail_pi1[field][{marker}]"
        if base == "textarea":
            ctrl = f'<textarea rows="5" cols="20"{rq} class="powermail_textarea" id="{fid}" name="{nm}"></textarea>'
            wrap = "textarea"
        elif base == "select":
            opts = "".join(f'<option value="{escape(o)}">{o}</option>' for o in kind[7:].split("|"))
            ctrl = f'<select{rq} class="powermail_select" id="{fid}" name="{nm}">{opts}</select>'
            wrap = "select"
        elif base == "check":
            ctrl = (f'<div class="checkbox"><label><input type="checkbox" class="powermail_checkbox powermail_checkbox_{_n(marker, 1, 99)}" '
                    f'id="{fid}_1" name="{nm}[]" value="1"{rq} /> {lab}</label></div>')
            wrap = "check"
        else:
            typ = "email" if base == "email" else "text"
            ctrl = f'<input{rq} class="powermail_input" id="{fid}" type="{typ}" name="{nm}" value="" />'
            wrap = "input"
        label = "" if base == "check" else f'<label for="{fid}" class="powermail_label" title="">{lab}{star}</label>'
        rows.append(f'<div class="powermail_fieldwrap powermail_fieldwrap_type_{wrap} powermail_fieldwrap_{marker}">{label}<div class="powermail_field">{ctrl}</div></div>')
    h3 = f"<h3>{title}</h3>" if title else ""
    return (f'<div class="tx-powermail"><div class="container-fluid">'
            f'<form data-powermail-validate="data-powermail-validate" data-parsley-validate="data-parsley-validate" data-validate="html5" enctype="multipart/form-data" '
            f'name="field" class="powermail_form powermail_form_{form_uid} nolabel" '
            f'action="{page_path}?tx_powermail_pi1%5Baction%5D=create&amp;tx_powermail_pi1%5Bcontroller%5D=Form&amp;cHash={_tok(page_path)}#c{form_uid}" method="post">'
            f'{h3}<fieldset class="powermail_fieldset powermail_fieldset_{form_uid} layout1"><legend class="powermail_legend">Vos informations</legend>'
            f'{"".join(rows)}<div class="powermail_fieldwrap powermail_fieldwrap_type_submit powermail_fieldwrap_envoyer"><div class="powermail_field">'
            f'<input class="btn btn-primary powermail_submit" type="submit" value="{submit}" /></div></div></fieldset>'
            f'<input class="powermail_form_uid" type="hidden" name="tx_powermail_pi1[mail][form]" value="{form_uid}" />'
            '<input type="hidden" name="tx_powermail_pi1[__referrer][@extension]" value="Powermail" />'
            '<input type="hidden" name="tx_powermail_pi1[__referrer][@controller]" value="Form" />'
            '<input type="hidden" name="tx_powermail_pi1[__referrer][@action]" value="form" />'
            f'<input type="hidden" name="tx_powermail_pi1[__trustedProperties]" value="{_tok(form_uid, 40)}" /></form></div></div>')


def direct_mail_subscribe(action):
    """direct_mail_subscription (TYPO3): a newsletter registration, name and e-mail."""
    return (f'<div class="tx-directmail-subscription"><form name="tt_address_form" method="post" action="{action}" enctype="multipart/form-data">'
            '<input type="hidden" name="FE[tt_address][pid]" value="52" /><fieldset><legend>Inscription à la lettre d’information</legend>'
            '<p><label for="dm-name">Nom</label><input type="text" id="dm-name" name="FE[tt_address][name]" value="" size="40" /></p>'
            '<p><label for="dm-email">Adresse e-mail *</label><input type="email" id="dm-email" name="FE[tt_address][email]" value="" size="40" /></p>'
            '<p><input type="checkbox" id="dm-html" name="FE[tt_address][module_sys_dmail_html]" value="1" checked="checked" /><label for="dm-html">Recevoir la lettre au format HTML</label></p>'
            '<input type="hidden" name="cmd" value="create" /><input type="submit" name="submit" value="S\'inscrire" /></fieldset></form></div>')


# --------------------------------------------------------------------------- Publik (combo portal cells, w.c.s. forms)

def combo_links(title, links):
    """A combo "liste de liens" cell: (href, label, description)."""
    lis = "".join(f'<li class="link-list--item"><a href="{escape(h)}">{lab}</a>'
                  + (f'<span class="description">{d}</span>' if d else "") + "</li>" for h, lab, d in links)
    return f'<div class="cell link-list-cell"><div><h2>{title}</h2><ul>{lis}</ul></div></div>'


def combo_text(html):
    return f'<div class="cell text-cell"><div>{html}</div></div>'


def wcs_form(slug, fields, steps=("Saisie", "Validation"), submit="Suivant"):
    """A w.c.s. form page as Publik renders it. ``fields``: (kind, label, required, hint) with kind
    string/email/text/item:a|b/date/bool/file/comment. "comment" is a block of text, not a field."""
    rows, n = [], 0
    for kind, lab, req, hint in fields:
        base = kind.split(":")[0]
        if base == "comment":
            rows.append(f'<div class="comment-field "><p>{lab}</p></div>')
            continue
        n += 1
        name = f"f{n}"
        star = '<span title="Ce champ est obligatoire." class="required">*</span>' if req else ""
        rq = ' aria-required="true" required="required"' if req else ""
        widget = {"string": "StringWidget", "email": "EmailWidget", "text": "TextWidget", "item": "SingleSelectHintWidget",
                  "date": "DateWidget", "bool": "CheckboxWidget", "file": "FileWithPreviewWidget"}[base]
        if base == "text":
            ctrl = f'<textarea{rq} cols="72" data-maxlength="10000" id="form_{name}" name="{name}" rows="8"></textarea>'
        elif base == "item":
            opts = '<option value="">---</option>' + "".join(f'<option value="{i}">{o}</option>' for i, o in enumerate(kind[5:].split("|"), 1))
            ctrl = f'<select{rq} id="form_{name}" name="{name}">{opts}</select>'
        elif base == "bool":
            ctrl = f'<label><input{rq} id="form_{name}" name="{name}" type="checkbox" value="yes" /><span>{lab}</span></label>'
        elif base == "file":
            ctrl = f'<input id="form_{name}$file" name="{name}$file" type="file" accept="image/*,application/pdf" />'
        else:
            typ = {"email": "email", "date": "date"}.get(base, "text")
            ctrl = f'<input{rq} id="form_{name}" maxlength="255" name="{name}" type="{typ}" value="" />'
        title = "" if base == "bool" else f'<div class="title"><label for="form_{name}">{lab}{star}</label></div>'
        hint_html = f'<div class="hint">{hint}</div>' if hint else ""
        rows.append(f'<div class="widget {widget} template-{base}{" required" if req else ""}" data-field-id="{n}" data-widget-name="{name}" '
                    f'id="var_{name}">{title}{hint_html}<div class="content">{ctrl}</div></div>')
    bar = "".join(f'<li class="{"current" if i == 0 else ""}"><span class="marker">{i + 1}</span> <span class="label">{s}</span></li>'
                  for i, s in enumerate(steps))
    return (f'<div id="steps" class="steps-bar"><ol>{bar}</ol></div>'
            f'<form action="/{slug}/" method="post" enctype="multipart/form-data" accept-charset="utf-8" novalidate="novalidate" class="quixote" data-live-url="/{slug}/live">'
            f'<input type="hidden" name="_form_id" value="{_tok(slug, 8)}" /><input type="hidden" name="_ajax_form_token" value="{_tok(slug, 32)}" />'
            f'<div class="form-pages">{"".join(rows)}</div>'
            f'<div class="buttons submit"><span class="previous"><button class="cancel" formnovalidate name="cancel" value="Abandonner">Abandonner</button></span>'
            f'<button class="submit-button" name="submit" value="{submit}">{submit}</button></div></form>')


# --------------------------------------------------------------------------- CONSUL Democracy

def _consul_support(action, label="Soutenir"):
    return (f'<form class="button_to" method="post" action="{action}"><button class="button button-support small expanded" '
            f'title="{label}" type="submit">{label}</button><input type="hidden" name="authenticity_token" value="{_tok(action, 24)}" autocomplete="off" /></form>')


def consul_investments(budget_id, heading, items):
    """Budget investments index. ``items``: (id, slug, title, district, supports, comments, text)."""
    rows = []
    for iid, slug, title, district, supports, ncom, text in items:
        href = f"/budgets/{budget_id}/investments/{iid}"
        rows.append(
            f'<div id="budget_investment_{iid}" class="budget-investment clear" data-type="budget-investment"><div class="panel"><div class="row" data-equalizer>'
            f'<div class="small-12 medium-9 column" data-equalizer-watch><div class="budget-investment-content">'
            f'<h3><a href="{href}">{title}</a></h3>'
            f'<p class="investment-project-info"><span class="icon-comments"></span>&nbsp;<span>{ncom} commentaires</span>'
            f'<span class="bullet">&nbsp;&bull;&nbsp;</span><span class="heading">{district}</span></p>'
            f'<div class="investment-project-description"><p>{text}</p></div></div></div>'
            f'<div id="budget_investment_{iid}_supports" class="small-12 medium-3 column table" data-equalizer-watch>'
            f'<div class="supports js-participation"><span class="total-supports">{supports} soutiens</span>'
            f'<div class="in-favor">{_consul_support(f"{href}/votes")}</div></div></div></div></div></div>')
    return (f'<div class="budget-header"><h2>{heading}</h2></div>'
            f'<div class="row"><div id="budget-investments" class="budget-investments-list small-12 medium-9 column">{"".join(rows)}</div>'
            f'<aside class="small-12 medium-3 column"><div class="sidebar-divider"></div><h2 class="sidebar-title">Mes soutiens</h2>'
            f'<p class="callout primary">Vous devez <a href="/users/sign_in">vous connecter</a> pour soutenir des projets.</p></aside></div>')


def consul_comments(commentable, comments, count=None):
    """The comments section of a CONSUL resource; anonymous visitors are asked to sign in. ``comments``: (user, date, text)."""
    lis = "".join(f'<li class="comment small-12" id="comment_{_n(commentable + str(i), 100, 9999)}"><div class="comment-body">'
                  f'<div class="comment-info"><span class="user-name">{who}</span>&nbsp;&bullet;&nbsp;<time>{d}</time></div>'
                  f'<div class="comment-user level-1"><p>{t}</p></div>'
                  f'<div class="comment-footer"><span class="js-comment-votes">0 votes</span></div></div></li>' for i, (who, d, t) in enumerate(comments))
    n = len(comments) if count is None else count
    return (f'<section class="expanded comments"><div class="row"><div id="comments" class="small-12 column">'
            f'<h2>Commentaires <span class="js-comments-count">({n})</span></h2>'
            f'<div data-alert class="callout primary">Vous devez <a href="/users/sign_in">vous connecter</a> pour laisser un commentaire.</div>'
            f'<ul class="comment-list" id="comments_{commentable}">{lis}</ul></div></div></section>')


def consul_proposals(items, threshold):
    """Proposals index: (id, slug, title, author, date, supports, comments, text)."""
    rows = []
    for pid, slug, title, who, date, sup, ncom, text in items:
        href = f"/proposals/{pid}-{slug}"
        width = max(1, round(100 * sup / threshold))
        rows.append(
            f'<div id="proposal_{pid}" class="proposal clear" data-type="proposal"><div class="panel"><div class="row">'
            f'<div class="small-12 medium-9 column"><div class="proposal-content"><span class="label-proposal float-left">Proposition</span>'
            f'<h3><a href="{href}">{title}</a></h3>'
            f'<p class="proposal-info"><span class="icon-comments"></span>&nbsp;<span>{ncom} commentaires</span>'
            f'<span class="bullet">&nbsp;&bull;&nbsp;</span>{date}<span class="bullet">&nbsp;&bull;&nbsp;</span><span class="author">{who}</span></p>'
            f'<div class="proposal-description"><p>{text}</p></div></div></div>'
            f'<div id="proposal_{pid}_votes" class="small-12 medium-3 column supports-container"><div class="supports text-center">'
            f'<div class="progress small-12 round"><span class="meter" style="width: {width}%"></span><span class="percentage">{sup}/{threshold}</span></div>'
            f'<span class="total-supports"><strong>{sup} soutiens</strong></span>{_consul_support(f"/proposals/{pid}/vote")}</div></div></div></div></div>')
    return f'<div id="proposals" class="proposals-list">{"".join(rows)}</div>'


def consul_debates(items):
    """Debates index: (id, slug, title, author, date, comments, text)."""
    rows = "".join(
        f'<div id="debate_{did}" class="debate clear" data-type="debate"><div class="panel"><div class="row"><div class="small-12 medium-9 column">'
        f'<div class="debate-content"><h3><a href="/debates/{did}-{slug}">{title}</a></h3>'
        f'<p class="debate-info"><span class="icon-comments"></span>&nbsp;<span>{ncom} commentaires</span><span class="bullet">&nbsp;&bull;&nbsp;</span>{date}'
        f'<span class="bullet">&nbsp;&bull;&nbsp;</span><span class="author">{who}</span></p>'
        f'<div class="debate-description"><p>{text}</p></div></div></div>'
        f'<div id="debate_{did}_votes" class="small-12 medium-3 column"><div class="votes"><div class="in-favor inline-block">'
        f'<button class="like" title="Je suis d\'accord" type="button"><span class="icon-like"></span></button></div></div></div></div></div></div>'
        for did, slug, title, who, date, ncom, text in items)
    return f'<div id="debates" class="debates-list">{rows}</div>'


def consul_poll(question_id, question, answers, dates):
    """A poll's page: the question, its answers and the sign-in call (anonymous visitor)."""
    ans = "".join(f'<li><span class="button secondary hollow expanded" title="{escape(a_)}">{a_}</span></li>' for a_ in answers)
    return (f'<div class="poll-more-info"><p class="dates">{dates}</p></div>'
            f'<div class="callout primary">Vous devez <a href="/users/sign_in">vous connecter</a> pour participer. Les habitants de 16 ans et plus peuvent voter.</div>'
            f'<div class="row"><div class="small-12 medium-9 column"><div class="poll-question" id="question_{question_id}">'
            f'<h3>{question}</h3><div class="poll-question-answers"><ul class="no-bullet">{ans}</ul></div></div></div></div>')


def consul_poll_results(question, rows, total):
    """A finished poll's results tab: (answer, votes, percent)."""
    trs = "".join(f'<tr><td>{a_}</td><td class="text-center">{v}</td><td class="text-center">{pc} %</td></tr>' for a_, v, pc in rows)
    return (f'<div class="poll-results" id="poll-results"><h3>{question}</h3><table class="poll-results-table"><thead><tr><th>Réponse</th>'
            f'<th class="text-center">Votes</th><th class="text-center">%</th></tr></thead><tbody>{trs}</tbody></table>'
            f'<p class="callout success">Vote terminé. {total} participants.</p></div>')


# --------------------------------------------------------------------------- Go Vocal (formerly CitizenLab)

def gv_project_cards(items):
    """(href, title, phase, participants)."""
    cards = "".join(f'<a class="e2e-project-card e2e-admin-publication-card" href="{escape(h)}"><div class="e2e-project-card-project-title">{t}</div>'
                    f'<div class="e2e-project-card-phase">{ph}</div><div class="e2e-project-card-participants">{n} participants</div></a>'
                    for h, t, ph, n in items)
    return f'<div id="e2e-projects-container" class="e2e-projects-list">{cards}</div>'


def gv_idea_cards(items, budget=False):
    """(href, title, author, votes or budget, comments)."""
    out = []
    for h, t, who, val, ncom in items:
        action = (f'<div class="e2e-assign-budget"><span class="e2e-idea-budget">{val}</span>'
                  f'<button class="e2e-assign-budget-button" type="button">Ajouter</button></div>' if budget else
                  f'<button class="e2e-ideacard-upvote-button" type="button" aria-label="Voter pour"><span>{val}</span></button>')
        out.append(f'<div class="e2e-idea-card"><a href="{escape(h)}"><h3 class="e2e-idea-card-title">{t}</h3></a>'
                   f'<div class="e2e-idea-card-author">{who}</div>{action}<div class="e2e-ideacard-comment-count">{ncom}</div></div>')
    return f'<div id="e2e-ideas-container" class="e2e-ideas-list">{"".join(out)}</div>'


def gv_phase(title, dates, html, current=True):
    return (f'<div class="e2e-timeline-phase{" e2e-current-phase" if current else ""}"><h3 class="e2e-phase-title">{title}</h3>'
            f'<div class="e2e-phase-dates">{dates}</div><div class="e2e-phase-description">{html}</div></div>')


def gv_comments(comments, idea_id):
    """(author, date, text)."""
    items = "".join(f'<div class="e2e-comment-thread"><div class="e2e-parentcomment" id="comment-{_n(str(idea_id) + str(i))}">'
                    f'<div class="e2e-author-name">{who}</div><time>{d}</time><div class="e2e-comment-body"><p>{t}</p></div>'
                    f'<button class="e2e-comment-reply-button" type="button">Répondre</button></div></div>' for i, (who, d, t) in enumerate(comments))
    return (f'<section class="e2e-comments-container" id="comments-main-title"><h2>Commentaires ({len(comments)})</h2>'
            f'<form class="e2e-comment-form" data-idea-id="{idea_id}"><label for="submit-comment" class="visually-hidden">Écrire un commentaire</label>'
            f'<textarea id="submit-comment" class="e2e-mentionsTextArea" placeholder="Écrivez votre commentaire ici"></textarea>'
            f'<button class="e2e-submit-parentcomment" type="submit">Publier</button></form>{items}</section>')


def share_links(url, title):
    """Share links ("intent" URLs): not accounts of anybody."""
    from urllib.parse import quote
    u, t = quote(url, safe=""), quote(title, safe="")
    return ('<div class="share-buttons"><span class="share-buttons__label">Partager :</span><ul>'
            f'<li><a class="share-facebook" href="https://www.facebook.com/sharer/sharer.php?u={u}" target="_blank" rel="noopener">Facebook</a></li>'
            f'<li><a class="share-x" href="https://twitter.com/intent/tweet?url={u}&amp;text={t}" target="_blank" rel="noopener">X</a></li>'
            f'<li><a class="share-linkedin" href="https://www.linkedin.com/shareArticle?mini=true&amp;url={u}" target="_blank" rel="noopener">LinkedIn</a></li>'
            f'<li><a class="share-whatsapp" href="https://api.whatsapp.com/send?text={t}%20{u}" target="_blank" rel="noopener">WhatsApp</a></li>'
            f'<li><a class="share-mail" href="mailto:?subject={t}&amp;body={u}">Courriel</a></li></ul></div>')


# --------------------------------------------------------------------------- Cap Collectif

def cc_project_cards(items):
    """(href, title, type, steps, contributions)."""
    cards = "".join(f'<div class="project-preview" data-project-type="{typ}"><div class="card__body"><div class="project-preview__type">{typ}</div>'
                    f'<h3 class="card__title"><a href="{escape(h)}" title="{escape(_strip(t))}">{t}</a></h3>'
                    f'<div class="project-preview__step">{st}</div><div class="project-preview__counters"><span class="excerpt">{n} contributions</span></div></div></div>'
                    for h, t, typ, st, n in items)
    return f'<div class="project__preview-list row">{cards}</div>'


def cc_proposals(items, vote_label="Voter"):
    """(href, title, author, district, votes, comments, estimation)."""
    out = []
    for h, t, who, district, votes, ncom, estim in items:
        est = f'<div class="proposal__estimation">{estim}</div>' if estim else ""
        out.append(f'<li class="proposal-preview list-group-item" id="proposal-{_tok(h, 10)}"><div class="proposal-preview__body">'
                   f'<div class="proposal__author">{who}</div><h2 class="proposal-preview__title h4"><a href="{escape(h)}">{t}</a></h2>'
                   f'<div class="proposal__infos"><span class="proposal__info proposal__info--district">{district}</span>{est}</div></div>'
                   f'<div class="proposal-preview__footer"><div class="proposal__counters"><span class="proposal__counter proposal__counter--votes">{votes} votes</span>'
                   f'<span class="proposal__counter proposal__counter--comments">{ncom} commentaires</span></div>'
                   f'<button type="button" class="btn btn-success proposal__button__vote">{vote_label}</button></div></li>')
    return f'<ul class="media-list proposal-preview-list">{"".join(out)}</ul>'


def cc_step_header(kind, dates, status):
    return (f'<div class="step-header"><p class="step-type">{kind}</p><p class="step-dates"><span class="step-status">{status}</span> {dates}</p></div>')


def cc_comments(comments):
    """Cap Collectif comment section: (author, date, text)."""
    items = "".join(f'<li class="opinion opinion--comment" id="comment-{_tok(str(i) + t, 8)}"><div class="opinion__user">{who}</div>'
                    f'<div class="opinion__date">{d}</div><div class="opinion__text"><p>{t}</p></div></li>' for i, (who, d, t) in enumerate(comments))
    return (f'<div class="comments__section"><h3 class="comments__title">{len(comments)} commentaires</h3>'
            '<form id="CommentForm" class="comment-answer-form"><div class="form-group"><label for="body" class="control-label sr-only">Commentaire</label>'
            '<textarea id="body" name="body" class="form-control" rows="2" placeholder="Votre commentaire"></textarea></div>'
            '<button type="submit" class="btn btn-primary">Commenter</button></form>'
            f'<ul class="media-list opinion__list">{items}</ul></div>')


# --------------------------------------------------------------------------- vendor spaces (Fluicity, id-city) as their pages print

def fl_cards(kind, items):
    """Cards of a hosted participation app: (href, title, meta, counter)."""
    cards = "".join(f'<article class="{kind}-card card">'
                    + (f'<a class="{kind}-card__link" href="{escape(h)}"><h3 class="{kind}-card__title">{t}</h3></a>' if h
                       else f'<h3 class="{kind}-card__title" data-modal="sign-in">{t}</h3>')
                    + f'<p class="{kind}-card__meta">{meta}</p><p class="{kind}-card__counter">{cnt}</p></article>' for h, t, meta, cnt in items)
    return f'<div class="{kind}-list cards-grid">{cards}</div>'


def app_question(qid, question, choices, multiple=False, kind="survey"):
    typ = "checkbox" if multiple else "radio"
    opts = "".join(f'<li class="{kind}-choice"><input type="{typ}" id="q{qid}-{i}" name="answers[{qid}]{"[]" if multiple else ""}" value="{i}" />'
                   f'<label for="q{qid}-{i}">{c}</label></li>' for i, c in enumerate(choices, 1))
    return f'<fieldset class="{kind}-question" id="question-{qid}"><legend class="{kind}-question__label">{question}</legend><ul class="{kind}-choices">{opts}</ul></fieldset>'


def app_open_question(qid, question, kind="survey"):
    return (f'<div class="{kind}-question {kind}-question--open" id="question-{qid}"><label class="{kind}-question__label" for="q{qid}">{question}</label>'
            f'<textarea id="q{qid}" name="answers[{qid}]" rows="4"></textarea></div>')


def app_form(action, inner, submit="Envoyer mes réponses", kind="survey"):
    return (f'<form class="{kind}-form" method="post" action="{action}"><input type="hidden" name="_csrf" value="{_tok(action, 24)}" />'
            f'{inner}<button type="submit" class="btn btn--primary {kind}-form__submit">{submit}</button></form>')


def app_results(title, rows, total):
    """A closed consultation's results: (choice, percent)."""
    bars = "".join(f'<li class="result"><span class="result__label">{c}</span><span class="result__bar" style="width:{pc}%"></span>'
                   f'<span class="result__value">{pc} %</span></li>' for c, pc in rows)
    return (f'<section class="results"><h2 class="results__title">{title}</h2><p class="results__status">Consultation terminée — {total} participants</p>'
            f'<ul class="results__list">{bars}</ul></section>')


# --------------------------------------------------------------------------- phpBB 3.3 (prosilver)

def phpbb_forums(category, forums):
    """A category block of the board index: (fid, name, desc, topics, posts, last_user, last_date)."""
    rows = "".join(
        f'<li class="row"><dl class="row-item forum_read"><dt title="Aucun message non lu"><div class="list-inner">'
        f'<a href="./viewforum.php?f={fid}" class="forumtitle">{name}</a><br />{desc}</div></dt>'
        f'<dd class="topics">{nt} <dfn>Sujets</dfn></dd><dd class="posts">{np_} <dfn>Messages</dfn></dd>'
        f'<dd class="lastpost"><span><dfn>Dernier message </dfn>par <span class="username">{who}</span><br /><time>{d}</time></span></dd></dl></li>'
        for fid, name, desc, nt, np_, who, d in forums)
    return (f'<div class="forabg"><div class="inner"><ul class="topiclist"><li class="header"><dl class="row-item"><dt><div class="list-inner">{category}</div></dt>'
            f'<dd class="topics">Sujets</dd><dd class="posts">Messages</dd><dd class="lastpost"><span>Dernier message</span></dd></dl></li></ul>'
            f'<ul class="topiclist forums">{rows}</ul></div></div>')


def phpbb_topics(forum_name, topics, announce=()):
    """A viewforum page: (tid, title, author, replies, views, last_user, last_date); ``announce`` tids are announcements."""
    rows = []
    for tid, title, who, rep, views, lu, ld in topics:
        kind = "announce_read" if tid in announce else "topic_read"
        rows.append(f'<li class="row bg{1 + len(rows) % 2}{" announce" if tid in announce else ""}"><dl class="row-item {kind}"><dt title="Aucun message non lu"><div class="list-inner">'
                    f'<a href="./viewtopic.php?t={tid}" class="topictitle">{title}</a><br /><div class="topic-poster responsive-hide left-box">'
                    f'par <span class="username">{who}</span></div></div></dt>'
                    f'<dd class="posts">{rep} <dfn>Réponses</dfn></dd><dd class="views">{views} <dfn>Vues</dfn></dd>'
                    f'<dd class="lastpost"><span><dfn>Dernier message </dfn>par <span class="username">{lu}</span><br /><time>{ld}</time></span></dd></dl></li>')
    return (f'<div class="action-bar bar-top"><a href="./ucp.php?mode=login" class="button" title="Publier un nouveau sujet"><span>Nouveau sujet</span> <i class="icon fa-pencil fa-fw" aria-hidden="true"></i></a></div>'
            f'<div class="forumbg"><div class="inner"><ul class="topiclist"><li class="header"><dl class="row-item"><dt><div class="list-inner">Sujets</div></dt>'
            f'<dd class="posts">Réponses</dd><dd class="views">Vues</dd><dd class="lastpost"><span>Dernier message</span></dd></dl></li></ul>'
            f'<ul class="topiclist topics">{"".join(rows)}</ul></div></div>')


def phpbb_posts(tid, title, posts, locked=False):
    """A viewtopic page: (author, rank, date, text)."""
    out = []
    for i, (who, rank, d, text) in enumerate(posts):
        pid = tid * 100 + i
        first = ' class="first"' if i == 0 else ""
        out.append(f'<div id="p{pid}" class="post has-profile bg{2 - i % 2}"><div class="inner">'
                   f'<dl class="postprofile" id="profile{pid}"><dt class="has-profile-rank no-avatar"><span class="username">{who}</span></dt>'
                   f'<dd class="profile-rank">{rank}</dd></dl><div class="postbody"><div id="post_content{pid}">'
                   f'<h3{first}><a href="#p{pid}">{"" if i == 0 else "Re: "}{title}</a></h3>'
                   f'<p class="author"><span class="responsive-hide">par <strong><span class="username">{who}</span></strong> &raquo; </span><time>{d}</time></p>'
                   f'<div class="content">{text}</div></div></div><div class="back2top"><a href="#top" class="top" title="Haut">Haut</a></div></div></div><hr class="divider" />')
    button = ('<a href="./ucp.php?mode=login" class="button" title="Ce sujet est verrouillé, vous ne pouvez pas modifier de messages ou poster de réponse."><span>Verrouillé</span></a>'
              if locked else '<a href="./ucp.php?mode=login" class="button" title="Publier une réponse"><span>Répondre</span> <i class="icon fa-reply fa-fw" aria-hidden="true"></i></a>')
    return f'<div class="action-bar bar-top">{button}</div>{"".join(out)}<div class="action-bar bar-bottom">{button}</div>'


# --------------------------------------------------------------------------- Flarum (the server-rendered content crawlers see)

def flarum_index(discussions, heading="Toutes les discussions"):
    """(id, slug, title, replies)."""
    lis = "".join(f'<li><a href="/d/{did}-{slug}">{t}</a> <span class="DiscussionListItem-count">{n}</span></li>' for did, slug, t, n in discussions)
    return f'<h2>{heading}</h2><ul>{lis}</ul>'


def flarum_discussion(posts):
    """Posts of a discussion: (username, date, html)."""
    return "".join(f'<div><h3>{who}</h3><p class="PostMeta"><time>{d}</time></p><div class="Post-body">{html}</div></div><hr>' for who, d, html in posts)


# --------------------------------------------------------------------------- a neighbours' network (hosted community platform)

def nb_posts(items):
    """Feed items: (href, kind, title, author, quartier, replies, excerpt)."""
    rows = "".join(f'<article class="feed-item feed-item--{kind}"><span class="feed-item__badge">{kind.capitalize()}</span>'
                   f'<h2 class="feed-item__title"><a href="{escape(h)}">{t}</a></h2>'
                   f'<p class="feed-item__meta">{who} · {q} · {rep} réponses</p><p class="feed-item__excerpt">{x}</p></article>'
                   for h, kind, t, who, q, rep, x in items)
    return f'<div class="feed">{rows}</div>'


def nb_thread(author, quartier, text, replies):
    """A post and its replies: (author, when, text); visitors sign in to reply."""
    reps = "".join(f'<li class="reply"><p class="reply__author">{who} <time>{w}</time></p><p class="reply__text">{t}</p></li>' for who, w, t in replies)
    return (f'<article class="post"><p class="post__author">{author} · {quartier}</p><div class="post__text"><p>{text}</p></div></article>'
            f'<section class="replies"><h2>{len(replies)} réponses</h2><ul class="replies__list">{reps}</ul>'
            '<p class="replies__cta"><a class="btn" href="/connexion">Connectez-vous pour répondre à votre voisin</a></p></section>')


# --------------------------------------------------------------------------- survey embeds

def framaforms(slug, height=1300):
    return (f'<iframe src="https://framaforms.org/{slug}" width="100%" height="{height}" border="0" title="Questionnaire Framaforms" '
            f'style="border:none"></iframe><p class="iframe-fallback">Le formulaire ne s’affiche pas ? '
            f'<a href="https://framaforms.org/{slug}" target="_blank" rel="noopener">Ouvrir le questionnaire dans une nouvelle fenêtre</a>.</p>')


def google_form(form_key, height=1450):
    return (f'<iframe src="https://docs.google.com/forms/d/e/{form_key}/viewform?embedded=true" width="640" height="{height}" '
            'frameborder="0" marginheight="0" marginwidth="0">Chargement…</iframe>')


def ms_forms_link(code, label):
    return f'<p class="btn-container"><a class="btn btn--primary" href="https://forms.office.com/e/{code}" target="_blank" rel="noopener" title="{escape(label)} (nouvelle fenêtre)">{label}</a></p>'


def tally(form_key, title, height=520):
    return (f'<iframe data-tally-src="https://tally.so/embed/{form_key}?alignLeft=1&amp;hideTitle=1&amp;transparentBackground=1&amp;dynamicHeight=1" '
            f'loading="lazy" width="100%" height="{height}" frameborder="0" marginheight="0" marginwidth="0" title="{escape(title)}"></iframe>'
            '<script>var d=document,w="https://tally.so/widgets/embed.js",v=function(){"undefined"!=typeof Tally?Tally.loadEmbeds():'
            'd.querySelectorAll("iframe[data-tally-src]:not([src])").forEach((function(e){e.src=e.dataset.tallySrc}))};'
            'if("undefined"!=typeof Tally)v();else if(d.querySelector(\'script[src="\'+w+\'"]\')==null){var s=d.createElement("script");'
            's.src=w,s.onload=v,s.onerror=v,d.body.appendChild(s);}</script>')


def typeform(form_id):
    return (f'<div data-tf-live="{form_id}" style="width:100%;height:560px;"></div>'
            '<script src="//embed.typeform.com/next/embed.js"></script>')


def limesurvey_link(base, sid, label):
    return (f'<p><a class="bouton" href="{base}/index.php/{sid}?lang=fr" target="_blank" rel="noopener" '
            f'title="{escape(label)} (nouvelle fenêtre)">{label}</a></p>')


# --------------------------------------------------------------------------- lookalikes

def tripadvisor(uniq, location_id):
    """TripAdvisor's self-serve review widget (reviews of a place, written on TripAdvisor)."""
    return (f'<div id="TA_selfserveprop{uniq}" class="TA_selfserveprop"><ul id="{_tok(uniq, 10)}" class="TA_links {_tok(-uniq, 9)}">'
            f'<li id="{_tok(uniq + 1, 8)}" class="{_tok(uniq + 2, 8)}"><a target="_blank" href="https://www.tripadvisor.fr/">'
            '<img src="https://www.tripadvisor.fr/img/cdsi/img2/branding/150_logo-11900-2.png" alt="TripAdvisor"/></a></li></ul></div>'
            f'<script async src="https://www.jscache.com/wejs?wtype=selfserveprop&amp;uniq={uniq}&amp;locationId={location_id}&amp;lang=fr&amp;rating=true'
            '&amp;nreviews=5&amp;writereviewlink=true&amp;popIdx=true&amp;iswide=false&amp;border=true&amp;display_version=2" data-loadtrk onload="this.loadtrk=true"></script>')


def fb_page_plugin(page_url, name):
    """The Facebook Page plugin showing a third party's page (not the city's account)."""
    return ('<div id="fb-root"></div><script async defer crossorigin="anonymous" src="https://connect.facebook.net/fr_FR/sdk.js#xfbml=1&amp;version=v19.0"></script>'
            f'<div class="fb-page" data-href="{page_url}" data-tabs="timeline" data-width="380" data-height="500" data-small-header="true" '
            f'data-adapt-container-width="true" data-hide-cover="false" data-show-facepile="false"><blockquote cite="{page_url}" class="fb-xfbml-parse-ignore">'
            f'<a href="{page_url}">{name}</a></blockquote></div>')


def tweet_embed(account, status_id, text, date):
    """An embedded post of another account."""
    return (f'<blockquote class="twitter-tweet" data-lang="fr"><p lang="fr" dir="ltr">{text}</p>&mdash; {account} '
            f'<a href="https://twitter.com/{account.lstrip("@")}/status/{status_id}">{date}</a></blockquote>'
            '<script async src="https://platform.twitter.com/widgets.js" charset="utf-8"></script>')


def brevo_form(key):
    """Brevo (ex-Sendinblue) newsletter form: e-mail and consent, no message."""
    return (f'<div class="sib-form" style="text-align: center;"><div id="sib-form-container" class="sib-form-container">'
            f'<div id="sib-container" class="sib-container--large sib-container--vertical">'
            f'<form id="sib-form" method="POST" action="https://{_tok(key, 8)}.sibforms.com/serve/{key}" data-type="subscription">'
            '<div style="padding: 8px 0;"><div class="sib-form-block"><p>Inscrivez-vous à notre lettre d’information</p></div></div>'
            '<div style="padding: 8px 0;"><div class="sib-input sib-form-block"><div class="form__entry entry_block"><div class="form__label-row ">'
            '<label class="entry__label" for="EMAIL" data-required="*">Votre adresse e-mail</label><div class="entry__field">'
            '<input class="input " type="text" id="EMAIL" name="EMAIL" autocomplete="off" placeholder="EMAIL" data-required="true" required /></div></div></div></div></div>'
            '<div style="padding: 8px 0;"><div class="sib-optin sib-form-block"><div class="form__entry entry_mcq"><div class="form__label-row ">'
            '<div class="entry__choice"><label><input type="checkbox" class="input_replaced" value="1" id="OPT_IN" name="OPT_IN" required />'
            '<span class="checkbox checkbox_tick_positive"></span><span>J’accepte de recevoir la lettre d’information.</span></label></div></div></div></div></div>'
            '<div style="padding: 8px 0;"><div class="sib-form-block" style="text-align: left"><button class="sib-form-block__button sib-form-block__button-with-loader" form="sib-form" type="submit">S’INSCRIRE</button></div></div>'
            '<input type="text" name="email_address_check" value="" class="input--hidden"><input type="hidden" name="locale" value="fr"></form></div></div></div>')


def booking_form(action, title, fields, submit="Réserver et payer"):
    """A booking or registration form without any message field: (type, name, label)."""
    rows = "".join(
        f'<div class="booking-field"><label for="bk-{name}">{lab}</label>'
        + (f'<select id="bk-{name}" name="{name}">' + "".join(f'<option>{o}</option>' for o in typ[7:].split("|")) + "</select>"
           if typ.startswith("select:") else f'<input type="{typ}" id="bk-{name}" name="{name}" />')
        + "</div>" for typ, name, lab in fields)
    return (f'<form class="booking-form" method="post" action="{action}"><fieldset><legend>{title}</legend>{rows}</fieldset>'
            f'<button type="submit" class="btn btn--primary">{submit}</button></form>')


# --------------------------------------------------------------------------- a poll drawn by a script from a JSON API

def scripted_poll_shell(endpoint, container="sondage-ombrages"):
    """An empty block that a script fills from ``endpoint`` (JSON: question, choices, action)."""
    return (f'<div id="{container}" class="wp-block-lisula-sondage" data-endpoint="{endpoint}">'
            '<p class="sondage-chargement">Chargement du questionnaire…</p></div>'
            '<script>(function(){var box=document.getElementById(' + json.dumps(container) + ');'
            'fetch(box.dataset.endpoint,{headers:{"Accept":"application/json"}}).then(function(r){return r.json();}).then(function(d){'
            'var f=document.createElement("form");f.method="post";f.action=d.action;f.className="sondage-form";'
            'd.questions.forEach(function(q){var fs=document.createElement("fieldset");var lg=document.createElement("legend");lg.textContent=q.label;fs.appendChild(lg);'
            'q.choices.forEach(function(c,i){var l=document.createElement("label");var inp=document.createElement("input");'
            'inp.type=q.multiple?"checkbox":"radio";inp.name="q"+q.id+(q.multiple?"[]":"");inp.value=i+1;l.appendChild(inp);'
            'l.appendChild(document.createTextNode(" "+c));fs.appendChild(l);});f.appendChild(fs);});'
            'var b=document.createElement("button");b.type="submit";b.textContent=d.submit;f.appendChild(b);box.innerHTML="";'
            'var h=document.createElement("h2");h.textContent=d.title;box.appendChild(h);box.appendChild(f);});})();</script>')


def poll_api_payload(title, questions, action, submit="Envoyer mes réponses"):
    """The JSON the shell's script reads. ``questions``: (id, label, choices, multiple)."""
    return json.dumps({"title": title, "action": action, "submit": submit, "open": True,
                       "questions": [{"id": qid, "label": lab, "choices": list(ch), "multiple": mult}
                                     for qid, lab, ch, mult in questions]}, ensure_ascii=False)
