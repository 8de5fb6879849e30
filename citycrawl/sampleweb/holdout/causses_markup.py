"""Markup of the eighteenth holdout part (``causses``): page pieces as the CMSs, plugins and platforms of its
communes write them, and four page layouts of its own (a Plone site, a DSFR-like state-design theme, a
LimeSurvey instance and a Consultvox space), registered as themes under names no other part uses."""
import zlib
from html import escape

from .. import themes as _themes


# ---- small pieces ---------------------------------------------------------------------------------

def prose(*paragraphs):
    return "".join(f"<p>{p}</p>" for p in paragraphs)


def h2(text):
    return f"<h2>{text}</h2>"


def bullets(*items, cls=""):
    return f'<ul class="{cls}">' + "".join(f"<li>{i}</li>" for i in items) + "</ul>"


def link_list(links, cls="liens-utiles"):
    return f'<ul class="{cls}">' + "".join(f'<li><a href="{escape(h)}">{escape(t)}</a></li>' for h, t in links) + "</ul>"


def cookie_banner(kind="tarteaucitron"):
    if kind == "tarteaucitron":
        return ('<div id="tarteaucitronRoot" data-nosnippet><div id="tarteaucitronAlertBig" role="dialog" '
                'aria-label="Gestion des cookies"><span id="tarteaucitronDisclaimerAlert">Ce site utilise des '
                'cookies de mesure d\'audience et de services tiers (vidéos, cartes).</span>'
                '<button type="button" id="tarteaucitronPersonalize2">Tout accepter</button>'
                '<button type="button" id="tarteaucitronAllDenied2">Tout refuser</button>'
                '<button type="button" id="tarteaucitronCloseAlert">Personnaliser</button></div></div>')
    return ('<div class="cookie-notice" id="cookie-notice" role="region" aria-label="Cookies">'
            '<p>Nous utilisons des cookies pour mesurer la fréquentation du site.</p>'
            '<a href="#" class="cn-set-cookie" data-cookie-set="accept">J\'accepte</a> '
            '<a href="#" class="cn-set-cookie" data-cookie-set="refuse">Je refuse</a></div>')


def teasers(items, heading="Actualités", cls="news-list"):
    """News teasers: (href, title, date, chapo)."""
    cards = "".join(
        f'<article class="{cls}__item"><p class="{cls}__date"><time>{escape(d)}</time></p>'
        f'<h3 class="{cls}__title"><a href="{escape(h)}">{escape(t)}</a></h3><p>{c}</p></article>'
        for h, t, d, c in items)
    return f'<section class="{cls}"><h2>{escape(heading)}</h2>{cards}</section>'


def agenda(items, heading="Agenda"):
    """(day, month, title, place) with no links, or (day, month, title, place, href)."""
    rows = []
    for item in items:
        day, month, title, place = item[:4]
        label = f'<a href="{escape(item[4])}">{escape(title)}</a>' if len(item) > 4 else escape(title)
        rows.append(f'<li class="event"><span class="event__date"><b>{day}</b> {month}</span>'
                    f'<span class="event__title">{label}</span><span class="event__place">{escape(place)}</span></li>')
    return f'<section class="agenda-home"><h2>{escape(heading)}</h2><ul>{"".join(rows)}</ul></section>'


def quick_links(links, heading="Accès rapides"):
    tiles = "".join(f'<li class="quick__item"><a class="quick__link" href="{escape(h)}"><span class="quick__icon" '
                    f'aria-hidden="true"></span>{escape(t)}</a></li>' for h, t in links)
    return f'<nav class="quick" aria-label="{escape(heading)}"><h2>{escape(heading)}</h2><ul>{tiles}</ul></nav>'


def home(welcome, links, news, events, extra=""):
    return (f'<div class="hero"><p class="hero__baseline">{welcome}</p></div>'
            + quick_links(links) + teasers(news) + agenda(events) + extra + cookie_banner())


def share_buttons(url, title="Partager"):
    from urllib.parse import quote
    u = quote(url, safe="")
    return (f'<div class="share-buttons"><span>{escape(title)} :</span>'
            f'<a href="https://www.facebook.com/sharer/sharer.php?u={u}" target="_blank" rel="noopener" class="share share--facebook">Facebook</a> '
            f'<a href="https://twitter.com/intent/tweet?url={u}" target="_blank" rel="noopener" class="share share--x">X</a> '
            f'<a href="https://www.linkedin.com/shareArticle?mini=true&amp;url={u}" target="_blank" rel="noopener" class="share share--linkedin">LinkedIn</a> '
            f'<a href="mailto:?subject=A%20lire&amp;body={u}" class="share share--mail">Courriel</a></div>')


def docs(*files):
    return '<ul class="documents">' + "".join(
        f'<li class="document"><a href="https://static.example-docs.fr/{escape(f)}" class="document__link">{escape(t)}</a>'
        f' <span class="document__meta">PDF - {s}</span></li>' for f, t, s in files) + "</ul>"


def steps(items, cls="phases"):
    """Phases of a process: (label, dates, state) with state in past/current/future."""
    return f'<ol class="{cls}">' + "".join(
        f'<li class="{cls}__item {cls}__item--{state}"><strong>{escape(label)}</strong> <span>{escape(dates)}</span></li>'
        for label, dates, state in items) + "</ol>"


def iframe(src, title, height=900):
    return (f'<div class="embed-responsive"><iframe src="{escape(src)}" title="{escape(title)}" width="100%" '
            f'height="{height}" frameborder="0" marginheight="0" marginwidth="0" loading="lazy">Chargement…</iframe></div>')


def mailto_block(address, phone):
    return (f'<div class="contact-box"><p>Par courriel : <a href="mailto:{address}">{address}</a></p>'
            f'<p>Par téléphone : {phone}</p><p>Par courrier : à l\'attention de M. le Maire.</p></div>')


# ---- contact forms, the CMS way ----------------------------------------------------------------

def typo3_powermail(action, uid, fields, submit="Envoyer", cls=""):
    """TYPO3 powermail: tx_powermail_pi1[field][marker] names, fieldsets with powermail_fieldwrap."""
    rows = []
    for marker, label, kind, extra in fields:
        name = f"tx_powermail_pi1[field][{marker}]"
        fid = f"powermail_field_{marker}"
        if kind == "textarea":
            control = f'<textarea rows="6" cols="20" class="powermail_textarea form-control" id="{fid}" name="{name}"></textarea>'
        elif kind == "radio":
            control = "".join(f'<div class="radio"><label><input type="radio" name="{name}" value="{escape(o)}" '
                              f'class="powermail_radio"> {escape(o)}</label></div>' for o in extra)
        elif kind == "select":
            control = (f'<select class="powermail_select form-control" id="{fid}" name="{name}">'
                       + "".join(f"<option>{escape(o)}</option>" for o in extra) + "</select>")
        elif kind == "check":
            control = f'<input type="checkbox" name="{name}" value="1" id="{fid}" class="powermail_check"> '
        else:
            control = f'<input type="{kind}" id="{fid}" name="{name}" class="powermail_input form-control" value="">'
        rows.append(f'<div class="powermail_fieldwrap powermail_fieldwrap_type_{kind} powermail_fieldwrap_{marker} form-group">'
                    f'<label for="{fid}" class="control-label">{escape(label)}</label><div>{control}</div></div>')
    return (f'<div class="tx-powermail {cls}"><form data-parsley-validate="data-parsley-validate" data-validate="html5" '
            f'enctype="multipart/form-data" method="post" name="field" class="powermail_form powermail_form_{uid}" action="{action}">'
            f'<input type="hidden" name="tx_powermail_pi1[mail][form]" value="{uid}">'
            f'<fieldset class="powermail_fieldset powermail_fieldset_{uid}">{"".join(rows)}'
            f'<div class="powermail_fieldwrap powermail_fieldwrap_type_submit form-group"><input type="submit" value="{escape(submit)}" '
            f'class="btn btn-primary powermail_submit"></div></fieldset></form></div>')


def drupal_webform(form_id, action, fields, submit="Envoyer"):
    """Drupal Webform: form ids webform-submission-<id>-form, js-form-item wrappers."""
    rows = []
    for key, label, kind, extra in fields:
        sel = key.replace("_", "-")
        if kind == "textarea":
            control = (f'<div class="form-textarea-wrapper"><textarea data-drupal-selector="edit-{sel}" id="edit-{sel}" '
                       f'name="{key}" rows="5" cols="60" class="form-textarea resize-vertical"></textarea></div>')
        elif kind == "radios":
            control = '<div class="js-webform-radios webform-options-display-one-column">' + "".join(
                f'<div class="js-form-item form-item js-form-type-radio form-type-radio"><input type="radio" id="edit-{sel}-{i}" '
                f'name="{key}" value="{escape(o)}" class="form-radio"><label for="edit-{sel}-{i}" class="option">{escape(o)}</label></div>'
                for i, o in enumerate(extra)) + "</div>"
        elif kind == "select":
            control = (f'<select data-drupal-selector="edit-{sel}" id="edit-{sel}" name="{key}" class="form-select">'
                       + "".join(f"<option>{escape(o)}</option>" for o in extra) + "</select>")
        elif kind == "checkbox":
            control = f'<input type="checkbox" id="edit-{sel}" name="{key}" value="1" class="form-checkbox">'
        else:
            control = f'<input data-drupal-selector="edit-{sel}" type="{kind}" id="edit-{sel}" name="{key}" value="" size="60" class="form-{kind}">'
        rows.append(f'<div class="js-form-item form-item js-form-type-{kind} form-item-{sel} js-form-item-{sel}">'
                    f'<label for="edit-{sel}">{escape(label)}</label>{control}</div>')
    return (f'<form class="webform-submission-form webform-submission-add-form webform-submission-{form_id}-form '
            f'js-webform-details-toggle webform-details-toggle" data-drupal-selector="webform-submission-{form_id}-add-form" '
            f'action="{action}" method="post" id="webform-submission-{form_id}-add-form" accept-charset="UTF-8">'
            + "".join(rows)
            + f'<input autocomplete="off" data-drupal-selector="form-x7q" type="hidden" name="form_build_id" value="form-x7q{zlib.crc32(form_id.encode())}">'
            f'<input data-drupal-selector="edit-webform-submission-{form_id}-add-form" type="hidden" name="form_id" value="webform_submission_{form_id}_add_form">'
            f'<div data-drupal-selector="edit-actions" class="form-actions webform-actions js-form-wrapper form-wrapper" id="edit-actions">'
            f'<input class="webform-button--submit button button--primary js-form-submit form-submit" data-drupal-selector="edit-actions-submit" '
            f'type="submit" id="edit-actions-submit" name="op" value="{escape(submit)}"></div></form>')


def drupal_comments(node, comments, action=None):
    """Drupal core comments: article.comment list and the comment form (comment_body[0][value])."""
    items = "".join(
        f'<article data-comment-user-id="{i + 12}" id="comment-{node * 10 + i}" class="comment js-comment by-anonymous">'
        f'<span class="hidden" data-comment-timestamp="17{i}0000000"></span><footer class="comment__meta">'
        f'<p class="comment__author"><span>{escape(who)}</span></p><p class="comment__time">{escape(when)}</p></footer>'
        f'<div class="comment__content"><div class="field field--name-comment-body field--type-text-long">'
        f'<p>{escape(text)}</p></div></div></article>' for i, (who, when, text) in enumerate(comments))
    form = ""
    if action:
        form = (f'<h2 class="title comment-form__title">Ajouter un commentaire</h2>'
                f'<form class="comment-comment-form comment-form" data-drupal-selector="comment-form" action="{action}" method="post" '
                f'id="comment-form" accept-charset="UTF-8"><div class="js-form-item form-item form-item-name">'
                f'<label for="edit-name">Votre nom</label><input data-drupal-selector="edit-name" type="text" id="edit-name" name="name" '
                f'value="" size="30" maxlength="60" class="form-text"></div>'
                f'<div class="field--type-text-long field--name-comment-body field--widget-text-textarea js-form-wrapper form-wrapper">'
                f'<div class="js-form-item form-item form-type-textarea"><label for="edit-comment-body-0-value" class="js-form-required form-required">Commentaire</label>'
                f'<div class="form-textarea-wrapper"><textarea class="js-text-full text-full form-textarea required resize-vertical" '
                f'data-drupal-selector="edit-comment-body-0-value" id="edit-comment-body-0-value" name="comment_body[0][value]" rows="5" cols="60" '
                f'required="required"></textarea></div></div></div>'
                f'<input type="hidden" name="form_id" value="comment_comment_form">'
                f'<div data-drupal-selector="edit-actions" class="form-actions js-form-wrapper form-wrapper"><input data-drupal-selector="edit-submit" '
                f'type="submit" id="edit-submit" name="op" value="Enregistrer" class="button button--primary js-form-submit form-submit"></div></form>')
    count = f'<h2 class="comments__title">Commentaires ({len(comments)})</h2>' if comments else ""
    return f'<section class="field field--name-comment field--type-comment comments">{count}{items}{form}</section>'


def drupal_poll(nid, question, choices):
    """Drupal contrib Poll module: the voting form (poll-view-form) with choice radios."""
    radios = "".join(
        f'<div class="js-form-item form-item js-form-type-radio form-type-radio form-item-choice"><input data-drupal-selector="edit-choice-{i + 1}" '
        f'type="radio" id="edit-choice-{i + 1}" name="choice" value="{i + 1}" class="form-radio"><label for="edit-choice-{i + 1}" class="option">{escape(c)}</label></div>'
        for i, c in enumerate(choices))
    return (f'<div class="poll"><form class="poll-view-form poll-view-form-{nid}" data-drupal-selector="poll-view-form-{nid}" '
            f'action="/poll/{nid}" method="post" id="poll-view-form-{nid}" accept-charset="UTF-8"><div class="poll-question">'
            f'<h3>{escape(question)}</h3></div><fieldset data-drupal-selector="edit-choice" id="edit-choice--wrapper" class="fieldgroup form-composite">'
            f'<legend><span class="visually-hidden fieldset-legend">Choix</span></legend><div class="fieldset-wrapper"><div id="edit-choice" class="form-radios">'
            f'{radios}</div></div></fieldset><input type="hidden" name="form_id" value="poll_view_form_{nid}">'
            f'<div class="form-actions"><input data-drupal-selector="edit-vote" type="submit" id="edit-vote" name="op" value="Voter" '
            f'class="button js-form-submit form-submit"></div></form></div>')


def wp_cf7(action, uid, fields, submit="Envoyer"):
    """Contact Form 7: wpcf7 wrapper, wpcf7-form-control-wrap spans."""
    rows = []
    for name, label, kind in fields:
        if kind == "textarea":
            control = (f'<textarea cols="40" rows="10" class="wpcf7-form-control wpcf7-textarea wpcf7-validates-as-required" '
                       f'aria-required="true" name="{name}"></textarea>')
        elif kind == "acceptance":
            control = (f'<span class="wpcf7-form-control wpcf7-acceptance"><span class="wpcf7-list-item"><label>'
                       f'<input type="checkbox" name="{name}" value="1" aria-invalid="false"><span class="wpcf7-list-item-label">'
                       f'{escape(label)}</span></label></span></span>')
            rows.append(f'<p>{control}</p>')
            continue
        else:
            control = (f'<input size="40" class="wpcf7-form-control wpcf7-{kind} wpcf7-validates-as-required" aria-required="true" '
                       f'value="" type="{kind}" name="{name}">')
        rows.append(f'<p><label>{escape(label)}<br><span class="wpcf7-form-control-wrap" data-name="{name}">{control}</span></label></p>')
    return (f'<div class="wpcf7 no-js" id="wpcf7-f{uid}-p{uid + 3}-o1" lang="fr-FR" dir="ltr"><div class="screen-reader-response">'
            f'<p role="status" aria-live="polite" aria-atomic="true"></p></div><form action="{action}#wpcf7-f{uid}-p{uid + 3}-o1" method="post" '
            f'class="wpcf7-form init" aria-label="Formulaire de contact" novalidate="novalidate" data-status="init">'
            f'<div style="display: none;"><input type="hidden" name="_wpcf7" value="{uid}"><input type="hidden" name="_wpcf7_version" value="5.9.3">'
            f'<input type="hidden" name="_wpcf7_locale" value="fr_FR"><input type="hidden" name="_wpcf7_unit_tag" value="wpcf7-f{uid}-p{uid + 3}-o1"></div>'
            + "".join(rows)
            + f'<p><input class="wpcf7-form-control wpcf7-submit has-spinner" type="submit" value="{escape(submit)}"></p>'
            f'<div class="wpcf7-response-output" aria-hidden="true"></div></form></div>')


def wp_comments(post_id, comments, open_=True):
    """WordPress native comments: ol.comment-list and #respond with #commentform posting to wp-comments-post.php."""
    items = "".join(
        f'<li id="comment-{post_id * 10 + i}" class="comment even thread-even depth-1"><article id="div-comment-{post_id * 10 + i}" class="comment-body">'
        f'<footer class="comment-meta"><div class="comment-author vcard"><b class="fn">{escape(who)}</b> <span class="says">dit :</span></div>'
        f'<div class="comment-metadata"><time>{escape(when)}</time></div></footer><div class="comment-content"><p>{escape(text)}</p></div>'
        f'<div class="reply"><a rel="nofollow" class="comment-reply-link" href="#comment-{post_id * 10 + i}" data-commentid="{post_id * 10 + i}" '
        f'data-postid="{post_id}" aria-label="Répondre à {escape(who)}">Répondre</a></div></article></li>'
        for i, (who, when, text) in enumerate(comments))
    listing = (f'<h2 class="comments-title">{len(comments)} réflexion{"s" if len(comments) > 1 else ""} sur cet article</h2>'
               f'<ol class="comment-list">{items}</ol>') if comments else ""
    if open_:
        form = (f'<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Laisser un commentaire</h3>'
                f'<form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate>'
                f'<p class="comment-notes"><span id="email-notes">Votre adresse e-mail ne sera pas publiée.</span> Les champs obligatoires sont indiqués avec *</p>'
                f'<p class="comment-form-comment"><label for="comment">Commentaire <span class="required">*</span></label>'
                f'<textarea id="comment" name="comment" cols="45" rows="8" maxlength="65525" required></textarea></p>'
                f'<p class="comment-form-author"><label for="author">Nom <span class="required">*</span></label><input id="author" name="author" type="text" value="" size="30" maxlength="245" autocomplete="name" required></p>'
                f'<p class="comment-form-email"><label for="email">E-mail <span class="required">*</span></label><input id="email" name="email" type="email" value="" size="30" maxlength="100" autocomplete="email" required></p>'
                f'<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Laisser un commentaire">'
                f'<input type="hidden" name="comment_post_ID" value="{post_id}" id="comment_post_ID"><input type="hidden" name="comment_parent" id="comment_parent" value="0"></p>'
                f'</form></div>')
    else:
        form = '<p class="no-comments">Les commentaires sont fermés.</p>'
    return f'<div id="comments" class="comments-area">{listing}{form}</div>'


def forminator_poll(form_id, question, answers):
    """Forminator (WPMU DEV) poll widget: forminator-poll form, forminator-radio answers."""
    opts = "".join(
        f'<label for="answer-{i}-{form_id}" class="forminator-radio"><input type="radio" name="{form_id}" value="answer-{i}" '
        f'id="answer-{i}-{form_id}"><span class="forminator-radio-bullet" aria-hidden="true"></span>'
        f'<span class="forminator-radio-label">{escape(a)}</span></label>' for i, a in enumerate(answers, 1))
    return (f'<section class="widget widget_forminator_widget"><h2 class="widget-title">Sondage</h2>'
            f'<form id="forminator-module-{form_id}" class="forminator-ui forminator-poll forminator-poll-{form_id} forminator-design--default" '
            f'method="post" data-forminator-render="0" data-uid="64f1a" action=""><div class="forminator-poll-header">'
            f'<h3 class="forminator-question">{escape(question)}</h3></div><div class="forminator-poll-body" role="radiogroup">'
            f'<div class="forminator-field">{opts}</div></div><input type="hidden" name="form_id" value="{form_id}">'
            f'<input type="hidden" name="action" value="forminator_submit_form_poll"><div class="forminator-poll-footer">'
            f'<button class="forminator-button forminator-button-submit">Voter</button>'
            f'<a href="#" class="forminator-link">Voir les résultats</a></div></form></section>')


def forminator_results(form_id, question, rows, total):
    bars = "".join(
        f'<div class="forminator-poll--result"><span class="forminator-poll--result-label">{escape(a)}</span>'
        f'<span class="forminator-poll--result-bar" style="width:{p}%"></span><span class="forminator-poll--result-value">{p} % ({n} votes)</span></div>'
        for a, p, n in rows)
    return (f'<div id="forminator-module-{form_id}" class="forminator-ui forminator-poll forminator-poll--closed">'
            f'<h3 class="forminator-question">{escape(question)}</h3><p class="forminator-poll--message">Ce sondage est clos. '
            f'{total} votes enregistrés.</p><div class="forminator-poll--chart">{bars}</div></div>')


def wp_sidebar(*widgets):
    return f'<aside id="secondary" class="widget-area" role="complementary">{"".join(widgets)}</aside>'


def with_sidebar(main, side):
    return f'<div class="content-with-sidebar"><div class="content-main">{main}</div>{side}</div>'


def joomla_rsform(form_id, fields, submit="Envoyer"):
    """RSForm!Pro: form#userForm, rsform-block divs, form[Name] field names."""
    rows = []
    for key, label, kind in fields:
        if kind == "textarea":
            control = f'<textarea cols="50" rows="5" name="form[{key}]" id="{key}" class="rsform-text-box form-control"></textarea>'
        else:
            control = f'<input type="{kind}" value="" size="20" name="form[{key}]" id="{key}" class="rsform-input-box form-control">'
        rows.append(f'<div class="mb-3 rsform-block rsform-block-{key.lower()}"><label class="form-label formControlLabel" for="{key}">'
                    f'{escape(label)}</label><div class="formControls">{control}<span class="formValidation"><span id="component{len(rows) + 40}" '
                    f'class="formNoError">Champ invalide</span></span></div></div>')
    return (f'<form method="post" id="userForm" action="/index.php?option=com_rsform&amp;formId={form_id}" enctype="multipart/form-data">'
            f'<div id="rsform_{form_id}_page_0" class="formContainer">{"".join(rows)}'
            f'<div class="mb-3 rsform-block rsform-block-submit"><button type="submit" name="form[Envoyer]" id="Envoyer" class="rsform-submit-button btn btn-primary">'
            f'{escape(submit)}</button></div></div><input type="hidden" name="form[formId]" value="{form_id}"></form>')


def jcomments(object_id, comments, open_=True):
    """JComments for Joomla: div#jc, the comments list and the comments-form (name, email, comment)."""
    items = "".join(
        f'<div class="{"odd" if i % 2 else "even"}" id="comment-item-{object_id * 10 + i}"><div class="rbox"><div class="comment-box">'
        f'<span class="comment-author">{escape(who)}</span> <span class="comment-date">{escape(when)}</span>'
        f'<div class="comment-body" id="comment-body-{object_id * 10 + i}">{escape(text)}</div>'
        f'<span class="comments-buttons"><a href="#" onclick="jcomments.quoteComment({object_id * 10 + i}); return false;">Citer</a></span>'
        f'</div></div></div>' for i, (who, when, text) in enumerate(comments))
    listing = (f'<h4>Commentaires <span class="rss" title="Flux RSS des commentaires">RSS</span></h4><div id="comments-list" class="comments-list">{items}</div>') if comments else '<div id="comments"></div>'
    form = ""
    if open_:
        form = (f'<h4>Ajouter un commentaire</h4><a id="addcomments" href="#addcomments"></a>'
                f'<form id="comments-form" name="comments-form" action="javascript:void(null);">'
                f'<p><span><input id="comments-form-name" type="text" name="name" value="" maxlength="20" size="22" tabindex="1">'
                f'<label for="comments-form-name">Nom (obligatoire)</label></span></p>'
                f'<p><span><input id="comments-form-email" type="text" name="email" value="" size="22" tabindex="2">'
                f'<label for="comments-form-email">E-mail (facultatif, non publié)</label></span></p>'
                f'<p><span><textarea id="comments-form-comment" name="comment" cols="65" rows="8" tabindex="5"></textarea></span></p>'
                f'<div id="comments-form-buttons"><div class="btn" id="comments-form-send"><div><a href="#" tabindex="7" '
                f'onclick="jcomments.saveComment();return false;" title="Envoyer (Ctrl+Entrée)">Envoyer</a></div></div></div>'
                f'<div style="display:none;"><input type="hidden" name="object_id" value="{object_id}">'
                f'<input type="hidden" name="object_group" value="com_content"></div></form>')
    return (f'<script src="/components/com_jcomments/js/jcomments-v2.3.js?v=12" type="text/javascript"></script>'
            f'<div id="jc">{listing}{form}<div id="comments-footer" align="center">'
            f'<a href="http://www.joomlatune.com" title="JComments" target="_blank">JComments</a></div></div>')


def acymailing(list_id):
    return (f'<div class="acym_module" id="acym_module_formAcym{list_id}"><div class="acym_fulldiv" id="acym_fulldiv_formAcym{list_id}">'
            f'<form id="formAcym{list_id}" name="formAcym{list_id}" method="POST" action="/index.php?option=com_acym&amp;ctrl=frontusers&amp;tmpl=component">'
            f'<div class="acym_module_form"><div class="acym_introtext">Recevez la lettre d\'information de la mairie.</div>'
            f'<table class="acym_form"><tr><td class="acyfield_1 acyfield_text"><input name="user[name]" placeholder="Nom" value="" '
            f'data-authorized-content=\'{{"0":"all"}}\' type="text" class="cell"></td><td class="acyfield_2 acyfield_text"><input id="email_field_{list_id}" '
            f'name="user[email]" placeholder="Adresse e-mail" value="" type="email" class="cell acym__user__edit__email"></td>'
            f'<td class="acysubbuttons"><noscript>Veuillez activer JavaScript.</noscript><input type="button" class="btn btn-primary button subbutton" '
            f'value="S\'abonner" name="Submit" onclick="try{{ return submitAcymForm(\'subscribe\',\'formAcym{list_id}\', \'acymSubmitSubForm\'); }}catch(err){{alert(err);return false;}}"></td></tr></table>'
            f'<input type="hidden" name="ctrl" value="frontusers"><input type="hidden" name="task" value="notask">'
            f'<input type="hidden" name="subscription[1]" value="{list_id}"></div></form></div></div>')


# ---- forums ----------------------------------------------------------------------------------------

def kunena_index(categories):
    """Kunena 6 category index: (href, title, description, topics, posts, last)."""
    rows = "".join(
        f'<tr class="category"><td class="center hidden-xs-down"><a href="{escape(h)}" title="{escape(t)}">'
        f'<span class="kicon-folder" aria-hidden="true"></span></a></td><td><div><h3><a href="{escape(h)}" class="hasTooltip" title="{escape(t)}">'
        f'{escape(t)}</a></h3></div><div class="kdescription">{escape(d)}</div></td><td class="col-md-1 center hidden-xs-down">'
        f'<div class="replies">Sujets : {n}</div><div class="replies">Messages : {p}</div></td>'
        f'<td class="col-md-3 hidden-xs-down"><div class="klatest-post-info">Dernier message par <span class="kwho-user">{escape(last)}</span></div></td></tr>'
        for h, t, d, n, p, last in categories)
    return (f'<div id="kunena" class="layout "><div class="kfrontend"><div class="btn-toolbar float-end"><div class="btn-group">'
            f'<a class="btn btn-outline-primary" href="/espace-membre/connexion">Se connecter</a></div></div>'
            f'<h2 class="btn-link"><a href="/forum" title="Index du forum">Index du forum</a></h2>'
            f'<table class="table table-bordered" id="kcategory-index"><tbody>{rows}</tbody></table></div>'
            f'<div class="center"><a href="https://www.kunena.org" rel="follow" target="_blank" style="display: inline; visibility: visible; text-decoration: none;">'
            f'Propulsé par Kunena Forum</a></div></div>')


def kunena_topics(category, topics, new_topic=True):
    """Kunena category view: topic rows (href, title, author, replies, views, last)."""
    rows = "".join(
        f'<tr class="category{" sticky" if i == 0 else ""}"><td class="center hidden-xs-down topic-item-unread">'
        f'<span class="kicon-topic" aria-hidden="true"></span></td><td><div class="krow"><a href="{escape(h)}" class="hasTooltip topictitle" '
        f'title="{escape(t)}">{escape(t)}</a></div><div class="started"><span class="ktopic-category">Par {escape(a)}</span></div></td>'
        f'<td class="center hidden-xs-down"><div class="replies">Réponses : {r}</div><div class="views">Affichages : {v}</div></td>'
        f'<td class="hidden-xs-down"><div class="klatest-post-info">Dernier message par <span class="kwho-user">{escape(last)}</span></div></td></tr>'
        for i, (h, t, a, r, v, last) in enumerate(topics))
    button = ('<a class="btn btn-outline-primary" href="/espace-membre/connexion" rel="nofollow"><span class="icon icon-edit"></span> Nouveau sujet</a>'
              if new_topic else "")
    return (f'<div id="kunena" class="layout "><div class="kfrontend"><div class="btn-toolbar float-end">{button}</div>'
            f'<h1>{escape(category)}</h1><form action="/forum" method="post" id="categoryactions">'
            f'<table class="table table-bordered" id="kflattable"><thead><tr><th class="center hidden-xs-down"></th><th>Sujet</th>'
            f'<th class="center hidden-xs-down">Statistiques</th><th class="hidden-xs-down">Dernier message</th></tr></thead>'
            f'<tbody class="category-item">{rows}</tbody></table></form></div></div>')


def kunena_topic(title, posts, reply=True):
    msgs = "".join(
        f'<div class="row message"><div class="col-md-2 shadow rounded d-none d-md-block"><ul class="unstyled center profilebox">'
        f'<li><strong><a class="kwho-user hasTooltip" href="#">{escape(who)}</a></strong></li><li>Messages : {n}</li></ul></div>'
        f'<div class="col-md-10 message-published"><small class="text-muted float-end">{escape(when)}</small>'
        f'<div class="mykmsg-header"><h2>{"" if i == 0 else "Re : "}{escape(title)}</h2></div>'
        f'<div class="kmsg"><div class="kmsgtext">{escape(text)}</div></div>'
        f'<div class="kmessage-buttons-row"><a class="btn btn-link" href="#" rel="nofollow">Citer</a></div></div></div>'
        for i, (who, when, n, text) in enumerate(posts))
    quick = ""
    if reply:
        quick = ('<div class="kreply-form" id="kreply-form"><form action="/forum?view=topic&amp;layout=reply" method="post" '
                 'id="postform" name="postform" enctype="multipart/form-data"><h3>Réponse rapide</h3>'
                 '<input type="hidden" name="task" value="post"><input type="text" name="subject" class="form-control" value="Re : '
                 + escape(title) + '" maxlength="50"><textarea class="col-md-12 qreply form-control" id="kbbcode-message" name="message" '
                 'rows="6" cols="60" placeholder="Saisissez votre message ici"></textarea>'
                 '<input type="submit" class="btn btn-outline-primary kreply-submit" name="submit" value="Envoyer"></form></div>')
    return (f'<div id="kunena" class="layout "><div class="kfrontend"><h1>{escape(title)}</h1>'
            f'<div class="ktopic-actions">Sujet créé par {escape(posts[0][0])}</div>{msgs}{quick}</div></div>')


def spip_forum(article_id, messages, open_=True):
    """SPIP article forum: ul.forum with forum-fil/forum-message, and #FORMULAIRE_FORUM."""
    items = "".join(
        f'<li class="forum-fil"><div class="forum-message"><div class="forum-chapo"><strong class="forum-titre">'
        f'<a href="#forum{article_id * 10 + i}" name="forum{article_id * 10 + i}" id="forum{article_id * 10 + i}">{escape(title)}</a></strong>'
        f'<small>{escape(when)}, par <span class="vcard author">{escape(who)}</span></small></div>'
        f'<div class="forum-texte"><p>{escape(text)}</p><p class="repondre"><a href="#formulaire_forum" rel="noindex nofollow">'
        f'Répondre à ce message</a></p></div></div></li>' for i, (title, who, when, text) in enumerate(messages))
    listing = (f'<div class="forum-repondre"><h2 class="h2">{len(messages)} Messages</h2><ul class="forum">{items}</ul></div>'
               if messages else "")
    form = ""
    if open_:
        form = (f'<div class="formulaire_spip formulaire_forum ajax" id="formulaire_forum"><a name="forum" id="forum"></a>'
                f'<form action="/spip.php?article{article_id}#formulaire_forum" method="post" enctype="multipart/form-data"><div>'
                f'<input name="formulaire_action" type="hidden" value="forum"><input name="id_article" type="hidden" value="{article_id}">'
                f'<fieldset class="saisie_qui"><legend>Qui êtes-vous ?</legend><div class="editer-groupe">'
                f'<div class="editer saisie_session_nom"><label for="session_nom">Votre nom</label><input type="text" class="text" name="session_nom" id="session_nom" value="" size="40"></div>'
                f'<div class="editer saisie_session_email"><label for="session_email">Votre adresse email</label><input type="email" class="text email" name="session_email" id="session_email" value="" size="40"></div>'
                f'</div></fieldset><fieldset><legend>Votre message</legend><div class="editer-groupe">'
                f'<div class="editer saisie_titre obligatoire"><label for="titre">Titre (obligatoire)</label><input type="text" class="text" name="titre" id="titre" value="" size="40"></div>'
                f'<div class="editer saisie_texte obligatoire"><label for="texte">Texte de votre message (obligatoire)</label>'
                f'<p class="explication">Pour créer des paragraphes, laissez simplement des lignes vides.</p>'
                f'<textarea name="texte" id="texte" rows="10" cols="40"></textarea></div></div></fieldset>'
                f'<p class="boutons"><input type="submit" class="submit" name="previsualiser_message" value="Prévisualiser"></p>'
                f'</div></form></div>')
    return f'<div class="forum-article">{listing}{form}</div>'


def spip_petition(article_id, text, signatures, open_=True):
    """SPIP petitions plugin: #FORMULAIRE_SIGNATURE and the signatures list (spip_signatures)."""
    listing = ("<div class='signatures'><h2>" + f"{len(signatures)} signatures</h2><table class='spip'><tbody>"
               + "".join(f"<tr class='row_{'odd' if i % 2 else 'even'}'><td class='signature-date'>{escape(d)}</td>"
                         f"<td class='signature-nom'>{escape(n)}</td><td class='signature-message'>{escape(m)}</td></tr>"
                         for i, (d, n, m) in enumerate(signatures))
               + "</tbody></table></div>")
    if open_:
        form = (f'<div class="formulaire_spip formulaire_signature ajax" id="sp{article_id}"><br class="bugajaxie">'
                f'<h2 class="titrem">Signer cette pétition</h2><form method="post" action="/spip.php?article{article_id}#sp{article_id}">'
                f'<div><input name="formulaire_action" type="hidden" value="signature"><input name="formulaire_action_args" type="hidden" value="{article_id}">'
                f'<div class="texte_petition"><p>{text}</p></div><fieldset><legend>Votre nom ou pseudo</legend>'
                f'<div class="editer-groupe"><div class="editer saisie_session_nom obligatoire"><label for="session_nom">Votre nom ou pseudo</label>'
                f'<input type="text" class="text" name="session_nom" id="session_nom" value="" size="20"></div>'
                f'<div class="editer saisie_session_email obligatoire"><label for="session_email">Votre adresse email</label>'
                f'<input type="email" class="text email" name="session_email" id="session_email" value="" size="20"></div></div></fieldset>'
                f'<fieldset><legend>Si vous avez un site Web, vous pouvez l\'indiquer ci-dessous</legend><div class="editer-groupe">'
                f'<div class="editer saisie_signature_nom_site"><label for="signature_nom_site">Nom de votre site Web</label>'
                f'<input type="text" class="text" name="signature_nom_site" id="signature_nom_site" value="" size="20"></div>'
                f'<div class="editer saisie_signature_url_site"><label for="signature_url_site">Adresse de votre site</label>'
                f'<input type="text" class="text" name="signature_url_site" id="signature_url_site" value="http://" size="20"></div></div></fieldset>'
                f'<p class="boutons"><input type="submit" class="submit" value="Valider"></p></div></form></div>')
    else:
        form = '<p class="petition_close"><strong>Cette pétition est close : il n\'est plus possible de la signer.</strong></p>'
    return form + listing


def spip_formidable(form_id, ident, fields, submit="Envoyer"):
    """SPIP Formidable plugin: formulaire_formidable with saisies (radio, textarea, input)."""
    rows = []
    for name, label, kind, options in fields:
        if kind == "radio":
            control = "".join(f'<div class="choix choix_{j}"><input type="radio" name="{name}" class="radio" id="champ_{name}_{j}" '
                              f'value="choix{j}"><label for="champ_{name}_{j}">{escape(o)}</label></div>' for j, o in enumerate(options))
        elif kind == "textarea":
            control = f'<textarea name="{name}" class="textarea" id="champ_{name}" rows="5" cols="40"></textarea>'
        else:
            control = f'<input type="{kind}" name="{name}" class="text" id="champ_{name}" value="">'
        rows.append(f'<div class="editer saisie_{kind} editer_{name}"><label class="editer-label" for="champ_{name}">{escape(label)}</label>{control}</div>')
    return (f'<div class="formulaire_spip formulaire_formidable formulaire_formidable_{form_id} formulaire_formidable-{ident}" '
            f'id="formulaire_formidable_{ident}"><form method="post" action="/spip.php?page=formulaire&amp;id_formulaire={form_id}" '
            f'enctype="multipart/form-data"><div><input name="formulaire_action" type="hidden" value="formidable">'
            f'<input name="formulaire_action_args" type="hidden" value="{form_id}"><div class="editer-groupe">{"".join(rows)}</div>'
            f'<p class="boutons"><input type="submit" class="submit" value="{escape(submit)}"></p></div></form></div>')


def spip_contact(article_id):
    """SPIP: the contact plugin form (formulaire_contact) on a contact article."""
    return (f'<div class="formulaire_spip formulaire_contact" id="formulaire_contact"><form method="post" action="/spip.php?article{article_id}#formulaire_contact">'
            f'<div><input name="formulaire_action" type="hidden" value="contact"><div class="editer-groupe">'
            f'<div class="editer saisie_nom"><label for="contact_nom">Nom</label><input type="text" class="text" name="nom" id="contact_nom"></div>'
            f'<div class="editer saisie_mail obligatoire"><label for="mail">Votre adresse email</label><input type="email" class="text email" name="mail" id="mail"></div>'
            f'<div class="editer saisie_sujet obligatoire"><label for="sujet">Sujet</label><input type="text" class="text" name="sujet" id="sujet"></div>'
            f'<div class="editer saisie_texte obligatoire"><label for="texte">Votre message</label><textarea name="texte" id="texte" rows="8" cols="40"></textarea></div>'
            f'</div><p style="display:none;"><label for="nobot">Laisser ce champ vide</label><input type="text" name="nobot" id="nobot" value=""></p>'
            f'<p class="boutons"><input type="submit" class="submit" value="Envoyer"></p></div></form></div>')


def discourse_topic_list(topics):
    """Discourse crawler view of a topic list: (href, title, category, replies, views)."""
    rows = "".join(
        f'<tr class="topic-list-item"><td class="main-link" itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem">'
        f'<meta itemprop="position" content="{i + 1}"><span class="link-top-line"><a itemprop="url" href="{escape(h)}" class="title raw-link raw-topic-link">'
        f'{escape(t)}</a></span><div class="link-bottom-line"><a href="{escape(cat_href)}" class="badge-wrapper bullet">'
        f'<span class="badge-category-bg"></span><span class="badge-category clear-badge"><span class="category-name">{escape(cat)}</span></span></a></div></td>'
        f'<td class="replies"><span class="posts" title="messages">{r}</span></td><td class="views"><span class="views" title="vues">{v}</span></td></tr>'
        for i, (h, t, cat, cat_href, r, v) in enumerate(topics))
    return (f'<div class="topic-list-container" itemscope itemtype="http://schema.org/ItemList"><table class="topic-list">'
            f'<thead><tr><th>Sujet</th><th class="replies">Réponses</th><th class="views">Vues</th></tr></thead><tbody>{rows}</tbody></table></div>')


def discourse_posts(topic_id, slug, posts):
    items = "".join(
        f'<div id="post_{i + 1}" itemprop="{"mainEntity" if i == 0 else "comment"}" itemscope itemtype="http://schema.org/{"DiscussionForumPosting" if i == 0 else "Comment"}" class="topic-body crawler-post">'
        f'<div class="crawler-post-meta"><span class="creator" itemprop="author" itemscope itemtype="http://schema.org/Person">'
        f'<span itemprop="name">{escape(who)}</span></span>'
        f'<span class="crawler-post-infos"><time itemprop="datePublished" datetime="{when}" class="post-time">{when[:10]}</time>'
        f'<meta itemprop="position" content="{i + 1}"></span></div><div class="post" itemprop="text"><p>{escape(text)}</p></div>'
        f'<div itemprop="interactionStatistic" itemscope itemtype="http://schema.org/InteractionCounter"><meta itemprop="interactionType" content="http://schema.org/LikeAction">'
        f'<meta itemprop="userInteractionCount" content="{i + 2}"><span class="post-likes">{i + 2} J\'aime</span></div></div>'
        for i, (who, when, text) in enumerate(posts))
    return (f'<div id="topic-title"><a href="/t/{slug}/{topic_id}">Retour au sujet</a></div>{items}'
            f'<div class="crawler-linkback-list" itemscope itemtype="http://schema.org/ItemList"></div>')


# ---- platforms -------------------------------------------------------------------------------------

def decidim_process_header(title, subtitle, phase, phases_href):
    return (f'<section class="process__hero"><div class="process-header"><p class="process-header__subtitle">{escape(subtitle)}</p>'
            f'<div class="process-header__phase"><span class="process-header__phase-title">Phase actuelle :</span> '
            f'<a href="{escape(phases_href)}" class="process-header__phase-link">{escape(phase)}</a></div></div></section>')


def decidim_card_list(cards, kind="proposal"):
    """Decidim 0.27/0.28 cards: (href, title, meta, supports)."""
    return '<div class="card__list-list" id="' + kind + 's">' + "".join(
        f'<a href="{escape(h)}" class="card__list" id="{kind}_{zlib.crc32(h.encode()) % 900 + 100}"><div class="card__list-content">'
        f'<h3 class="card__list-title">{escape(t)}</h3><div class="card__list-metadata"><span>{escape(m)}</span>'
        f'<span class="card__list-metadata-item">{s} appuis</span></div></div></a>' for h, t, m, s in cards) + "</div>"


def decidim_comments(resource, rid, comments, open_=True):
    """Decidim comments component: comments-for-<Resource>-<id>, add-comment form with comment[body]."""
    items = "".join(
        f'<div id="comment_{rid * 10 + i}" class="comment" data-comment-id="{rid * 10 + i}"><div class="comment__header">'
        f'<div class="author"><span class="author__name">{escape(who)}</span></div><span class="comment__date">{escape(when)}</span></div>'
        f'<div class="comment__content"><div class="editor-content"><p>{escape(text)}</p></div></div>'
        f'<div class="comment__footer"><button class="button button__sm button__text-secondary" data-controls="panel-comment{rid * 10 + i}-reply">Répondre</button></div></div>'
        for i, (who, when, text) in enumerate(comments))
    form = ""
    if open_:
        form = (f'<div class="add-comment" id="add-comment-anchor"><h4 class="add-comment__title">Ajouter un commentaire</h4>'
                f'<form class="new_comment" id="new_comment_for_{resource}_{rid}" data-remote="true" action="/comments" accept-charset="UTF-8" method="post">'
                f'<input type="hidden" name="comment[commentable_gid]" value="Z2lkOi8vZGVjaWRpbS9EZWNpZGltOjp{rid}">'
                f'<label for="add-comment-{resource}-{rid}">Commentaire</label><textarea minlength="15" maxlength="1000" rows="4" '
                f'id="add-comment-{resource}-{rid}" name="comment[body]" placeholder="Ajouter un commentaire"></textarea>'
                f'<button type="submit" class="button button__sm button__secondary" id="submit-comment-{resource}-{rid}">Publier le commentaire</button></form></div>')
    return (f'<div id="comments-for-{resource}-{rid}" class="comments" data-decidim-comments=\'{{"commentableGid":"{resource}-{rid}"}}\'>'
            f'<div class="comments__header"><h2 class="h4">{len(comments)} commentaires</h2></div><div class="comment-threads">{items}</div>{form}</div>')


def decidim_survey(survey_id, title, questions, open_=True):
    """Decidim surveys component: the answer form (questionnaire[responses][n][body|choices])."""
    if not open_:
        return (f'<div class="questionnaire-closed"><div class="callout warning"><p>Le questionnaire est fermé et il n\'est plus possible d\'y répondre.</p></div>'
                f'<h3>{escape(title)}</h3><p>{len(questions)} questions · Résultats publiés dans le compte rendu de la concertation.</p></div>')
    qs = []
    for n, (q, options) in enumerate(questions):
        if options:
            inner = "".join(f'<label><input type="radio" value="{j}" name="questionnaire[responses][{n}][choices][][answer_option_id]" '
                            f'id="questionnaire_responses_{n}_choices_{j}"> {escape(o)}</label>' for j, o in enumerate(options))
        else:
            inner = f'<textarea name="questionnaire[responses][{n}][body]" id="questionnaire_responses_{n}" rows="4" maxlength="1000"></textarea>'
        qs.append(f'<div class="answer question" data-max-choices="1"><label class="questionnaire-question">{n + 1}. {escape(q)}</label>{inner}</div>')
    return (f'<div class="questionnaire"><h3 class="h3">{escape(title)}</h3><form class="form answer-questionnaire" id="answer-questionnaire-{survey_id}" '
            f'action="questionnaire/answer" accept-charset="UTF-8" method="post"><input type="hidden" name="_method" value="post">'
            f'<div class="questionnaire-step" id="step-0">{"".join(qs)}</div><div class="form__wrapper-checkbox">'
            f'<label for="questionnaire_tos_agreement"><input type="checkbox" value="1" name="questionnaire[tos_agreement]" id="questionnaire_tos_agreement">'
            f' En participant, vous acceptez les conditions d\'utilisation.</label></div>'
            f'<button type="submit" class="button button__lg button__secondary" data-confirm="Vos réponses ne pourront plus être modifiées.">Envoyer</button></form></div>')


def decidim_budget_projects(projects, budget, open_=True):
    """Decidim budgets: project list with the vote progress box (budget-summary)."""
    rows = "".join(
        f'<div class="budget-list__item" id="project-{i + 71}-item"><div class="budget-list__text"><h3 class="card__list-title">{escape(t)}</h3>'
        f'<div class="budget-list__data"><span class="budget-list__number">{escape(cost)}</span></div></div>'
        + (f'<div class="budget-list__action"><form class="button_to" method="post" action="order/line_item?project_id={i + 71}">'
           f'<button class="button button__sm button__transparent-secondary" type="submit" aria-label="Ajouter le projet {escape(t)} à votre vote">Ajouter</button></form></div>'
           if open_ else f'<div class="budget-list__action"><span class="label success">{escape(status)}</span></div>')
        + '</div>' for i, (t, cost, status) in enumerate(projects))
    summary = (f'<div class="budget-summary" data-progress-reference="budget-summary"><h3 class="h4">Vous pouvez choisir des projets '
               f'jusqu\'à {escape(budget)}.</h3><div class="budget-summary__progressbar"><div class="budget-summary__progressbar--meter" style="width:0%"></div></div>'
               f'<button class="button button__sm button__secondary" disabled>Voter</button></div>' if open_ else
               '<div class="callout success"><p>Le vote est terminé. Voici les projets retenus.</p></div>')
    return f'{summary}<div class="budget-list">{rows}</div>'


def consul_investments(items, phase="selecting"):
    cards = "".join(
        f'<div id="budget_investment_{iid}" class="budget-investment clear"><div class="panel"><div class="row"><div class="small-12 medium-6 large-7 column">'
        f'<div class="budget-investment-content"><h3><a href="/budgets/3/investments/{iid}">{escape(t)}</a></h3><p class="investment-project-info">'
        f'<span class="icon-comments"></span> <a href="/budgets/3/investments/{iid}#comments">{c} commentaires</a> &nbsp;&bull;&nbsp; {escape(zone)}</p>'
        f'<div class="investment-project-description"><p>{escape(d)}</p></div></div></div>'
        f'<div id="budget_investment_{iid}_ballot" class="small-12 medium-3 column text-center"><div class="supports js-participation">'
        f'<span class="total-supports">{s} soutiens</span>'
        + (f'<form class="button_to" method="post" action="/budgets/3/investments/{iid}/votes"><button class="button button-support small expanded" '
           f'title="Soutenir ce projet" type="submit">Soutenir</button></form>' if phase == "selecting" else "")
        + '</div></div></div></div></div>' for iid, t, d, zone, c, s in items)
    return f'<div id="budget-investments" class="budget-investments-list">{cards}</div>'


def consul_comments(commentable, cid, comments):
    items = "".join(
        f'<li class="comment"><div id="comment_{cid * 10 + i}" class="comment-body"><div class="comment-info"><span class="user-name">{escape(who)}</span>'
        f' &nbsp;&bull;&nbsp; <time>{escape(when)}</time></div><div class="comment-user"><p>{escape(text)}</p></div>'
        f'<div id="comment_{cid * 10 + i}_votes" class="comment-votes float-right"><span>{i + 3} votes</span></div></div></li>'
        for i, (who, when, text) in enumerate(comments))
    return (f'<section class="expanded comments" id="comments"><div class="row"><div class="small-12 column"><h2>Commentaires <span class="js-comments-count">({len(comments)})</span></h2>'
            f'<div id="comments_form_{commentable}_{cid}"><form class="new_comment" id="new_comment" action="/comments" accept-charset="UTF-8" data-remote="true" method="post">'
            f'<input type="hidden" name="comment[commentable_type]" value="{commentable}"><input type="hidden" name="comment[commentable_id]" value="{cid}">'
            f'<label for="comment-body-{commentable.lower()}_{cid}">Laisser un commentaire</label><textarea id="comment-body-{commentable.lower()}_{cid}" '
            f'name="comment[body]" maxlength="1000"></textarea><input type="submit" name="commit" value="Publier le commentaire" class="button" id="publish_comment"></form></div>'
            f'<ul class="comment-list">{items}</ul></div></div></section>')


def consul_poll(poll_id, questions):
    qs = "".join(
        f'<div id="poll_question_{poll_id * 10 + n}" class="poll-question"><h3>{escape(q)}</h3><div class="poll-question-answers">'
        + "".join(f'<form class="button_to" method="post" action="/polls/{poll_id}/questions/{poll_id * 10 + n}/answer?answer={escape(o)}">'
                  f'<button class="button secondary hollow" title="Voter {escape(o)}" type="submit">{escape(o)}</button></form>' for o in options)
        + '</div></div>' for n, (q, options) in enumerate(questions))
    return f'<div class="poll-questions" id="poll-{poll_id}-questions">{qs}</div>'


def capco_steps(project, steps_):
    return ('<nav class="project__step-tabs" aria-label="Étapes du projet"><ul class="step-tabs__list">' + "".join(
        f'<li class="step-tabs__tab {"active" if state == "current" else ""}"><a href="{escape(href)}" class="step-tabs__link">'
        f'<p class="step-tabs__tab-title">{escape(label)}</p><p class="step-tabs__tab-status">{escape(status)}</p></a></li>'
        for label, href, status, state in steps_) + '</ul></nav>')


def capco_proposals(items, base):
    return '<ul class="media-list proposal-preview-list" id="proposal-list">' + "".join(
        f'<li class="block proposal-preview" id="proposal-{slug}"><div class="proposal__body"><h2 class="card__title proposal__title">'
        f'<a href="{escape(base)}/proposals/{slug}">{escape(t)}</a></h2><p class="proposal__content">{escape(d)}</p>'
        f'<div class="proposal__counters"><span class="proposal__counter--votes">{v} votes</span> · <span class="proposal__counter--comments">{c} commentaires</span></div></div></li>'
        for slug, t, d, v, c in items) + "</ul>"


def capco_comments(comments, open_=True):
    items = "".join(
        f'<li class="opinion comment"><div class="opinion__user"><span class="opinion__author">{escape(who)}</span> '
        f'<span class="excerpt small">{escape(when)}</span></div><p class="opinion__text">{escape(text)}</p></li>'
        for who, when, text in comments)
    form = ('<form id="CommentForm" class="comment-form"><label for="proposalComment" class="sr-only">Commentaire</label>'
            '<textarea id="proposalComment" name="body" class="form-control" placeholder="Ajouter un commentaire"></textarea>'
            '<input type="text" name="authorName" placeholder="Votre nom"><input type="email" name="authorEmail" placeholder="Votre adresse e-mail">'
            '<button type="submit" class="btn btn-primary">Commenter</button></form>') if open_ else ""
    return f'<section class="comments__section" id="comments"><h3>{len(comments)} commentaires</h3>{form}<ul class="media-list comments-list">{items}</ul></section>'


def capco_questionnaire(qid, questions):
    qs = "".join(
        f'<div class="form-group question-{qid}-{n}"><label class="control-label" for="questionnaire{qid}-q{n}">{escape(q)}</label>'
        + ("".join(f'<div class="radio"><label><input type="radio" name="responses.{n}" value="{escape(o)}"> {escape(o)}</label></div>' for o in options)
           if options else f'<textarea id="questionnaire{qid}-q{n}" name="responses.{n}" class="form-control"></textarea>')
        + "</div>" for n, (q, options) in enumerate(questions))
    return (f'<form id="reply-form-{qid}" class="reply-form questionnaire-form" name="reply-form-{qid}"><h2>Questionnaire</h2>{qs}'
            f'<button type="submit" id="submit-create-reply" class="btn btn-primary">Envoyer</button></form>')


def govocal_idea_cards(cards):
    return '<div id="e2e-ideas-list" class="e2e-ideas-list">' + "".join(
        f'<a href="{escape(h)}" class="e2e-idea-card"><div class="idea-card-content"><h3 class="e2e-idea-card-title">{escape(t)}</h3>'
        f'<div class="e2e-idea-card-footer"><span class="e2e-idea-card-upvote-count">{v}</span> votes · '
        f'<span class="e2e-ideacard-comment-count">{c}</span> commentaires</div></div></a>' for h, t, v, c in cards) + "</div>"


def govocal_timeline(phases):
    return '<div id="project-timeline" class="e2e-timeline"><ol>' + "".join(
        f'<li class="e2e-phase{" e2e-phase--current selectedPhase" if cur else ""}"><span class="phase-title">{escape(t)}</span> '
        f'<span class="phase-dates">{escape(d)}</span></li>' for t, d, cur in phases) + "</ol></div>"


def govocal_comments(idea, comments):
    items = "".join(
        f'<div class="e2e-comment-thread"><div class="e2e-parentcomment" id="comment-{idea}-{i}"><span class="e2e-author-name">{escape(who)}</span>'
        f' <time>{escape(when)}</time><div class="e2e-comment-body"><p>{escape(text)}</p></div><button class="e2e-comment-reply-button">Répondre</button></div></div>'
        for i, (who, when, text) in enumerate(comments))
    return (f'<section id="e2e-comments-container"><h2>Commentaires ({len(comments)})</h2><form class="e2e-parent-comment-form" id="submit-comment">'
            f'<label for="e2e-parent-comment-text-area" class="visually-hidden">Écrire un commentaire</label>'
            f'<textarea id="e2e-parent-comment-text-area" name="comment" placeholder="Écrivez votre commentaire ici"></textarea>'
            f'<button type="submit" class="e2e-submit-parentcomment">Publier</button></form><div class="e2e-comments">{items}</div></section>')


def govocal_survey(questions):
    qs = "".join(
        f'<fieldset class="e2e-survey-question"><legend>{escape(q)}</legend>'
        + ("".join(f'<label class="e2e-radio"><input type="radio" name="q{n}" value="{escape(o)}"> {escape(o)}</label>' for o in options)
           if options else f'<textarea name="q{n}" rows="4"></textarea>')
        + "</fieldset>" for n, (q, options) in enumerate(questions))
    return f'<form id="e2e-native-survey" class="e2e-survey-form" method="post">{qs}<button type="submit" class="e2e-submit-form">Envoyer</button></form>'


def consultvox_questionnaire(qid, questions):
    qs = "".join(
        f'<div class="cvx-question" id="question-{qid}-{n}"><p class="cvx-question__label">{escape(q)}<span class="required">*</span></p>'
        + ("".join(f'<label class="cvx-choice"><input type="radio" name="answer[{qid}][{n}]" value="{j}"> {escape(o)}</label>' for j, o in enumerate(options))
           if options else f'<textarea class="cvx-textarea" name="answer[{qid}][{n}]" rows="4"></textarea>')
        + "</div>" for n, (q, options) in enumerate(questions))
    return (f'<form class="cvx-survey" id="survey-{qid}" action="/survey/{qid}/answer" method="post"><input type="hidden" name="_token" value="a1b2c3d4">'
            f'{qs}<button type="submit" class="cvx-btn cvx-btn--primary">Valider mes réponses</button></form>')


def consultvox_comments(cid, comments):
    items = "".join(
        f'<div class="cvx-comment" id="comment-{cid * 10 + i}"><p class="cvx-comment__author">{escape(who)} <span>{escape(when)}</span></p>'
        f'<p class="cvx-comment__text">{escape(text)}</p></div>' for i, (who, when, text) in enumerate(comments))
    return (f'<section class="cvx-comments" id="comments"><h2>Commentaires ({len(comments)})</h2>{items}'
            f'<form class="cvx-comment-form" action="/contribution/{cid}/comment" method="post"><label for="comment-content">Votre commentaire</label>'
            f'<textarea id="comment-content" name="comment[content]" rows="4"></textarea><button type="submit" class="cvx-btn">Commenter</button></form></section>')


def limesurvey_questions(sid, gid, questions):
    """LimeSurvey 5/6 (fruity theme): question-container blocks, answers named <sid>X<gid>X<qid>."""
    out = []
    for n, (q, kind, options) in enumerate(questions):
        qid = gid * 10 + n
        name = f"{sid}X{gid}X{qid}"
        if kind == "L":
            answers = "".join(f'<li id="javatbd{name}{j}" class="answer-item radio-item"><input class="radio" type="radio" value="A{j}" '
                              f'name="{name}" id="answer{name}A{j}"><label for="answer{name}A{j}" class="control-label radio-label">{escape(o)}</label></li>'
                              for j, o in enumerate(options, 1))
            answers = f'<ul class="ls-answers answers-list radio-list" role="radiogroup">{answers}</ul>'
            qtype = "list-radio"
        else:
            answers = (f'<div class="ls-answers answer-item text-item"><textarea class="form-control textarea" name="{name}" id="answer{name}" '
                       f'rows="5" cols="40"></textarea></div>')
            qtype = "text-long"
        out.append(f'<div id="question{qid}" class="row {qtype} question-container"><div class="question-title-container"><div class="question-text">'
                   f'<div id="ls-question-text-{name}" class="ls-label-question">{escape(q)}</div></div></div>'
                   f'<div class="question-valid-container"></div><div class="answer-container">{answers}</div></div>')
    return (f'<form id="limesurvey" name="limesurvey" action="/index.php/{sid}?lang=fr" method="post" class="survey-form-container form">'
            f'<div class="group-outer-container"><div id="group-{gid}" class="group-container space-col">{"".join(out)}</div></div>'
            f'<input type="hidden" name="thisstep" value="1" id="thisstep"><input type="hidden" name="sid" value="{sid}" id="sid">'
            f'<div class="navigator row" id="navigator-container"><button id="ls-button-submit" type="submit" value="movesubmit" name="move" '
            f'accesskey="l" class="submit button btn btn-lg btn-primary">Envoyer</button></div></form>')


# ---- page layouts of this part ----------------------------------------------------------------------

def _menu(site, li="", a=""):
    return "".join(f'<li class="{li}"><a class="{a}" href="{escape(h)}">{escape(t)}</a></li>' for t, h in site.menu)


def _crumbs(site, page, sep):
    trail = ['<a href="/">Accueil</a>']
    if page.parent:
        trail.append(f'<a href="{escape(page.parent[1])}">{escape(page.parent[0])}</a>')
    if page.path != "/":
        trail.append(f'<span>{escape(page.title)}</span>')
    return sep.join(trail)


def _accounts(site, ul, li):
    if not site.accounts:
        return ""
    return f'<ul class="{ul}">' + "".join(
        f'<li class="{li}"><a href="{escape(acc.href)}" target="_blank" rel="noopener" title="{acc.platform} - nouvelle fenêtre">'
        f'<span class="sr-only">{acc.platform}</span></a></li>' for acc in site.accounts) + "</ul>"


def plone(site, page):
    """Plone 6 classic UI (Barceloneta): portal-column-content, documentFirstHeading, portlets on the right."""
    body_class = ("frontend icons-on portaltype-document section-" + (page.path.strip("/").split("/")[0] or "front-page")
                  + " site-Plone template-document_view thumbs-on userrole-anonymous viewpermission-view")
    return f"""<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" lang="fr" xml:lang="fr">
<head>
<meta charset="utf-8" />
<meta name="generator" content="Plone - https://plone.org/" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<title>{escape(page.title)} — {escape(site.title)}</title>
<link rel="canonical" href="{site.url(page.path)}" />
<link rel="stylesheet" href="/++plone++production/++unique++2024-03-12T09:14:02.118822/default.css" data-bundle="production" />
<link rel="stylesheet" href="/++theme++barceloneta/css/barceloneta.min.css" data-bundle="diazo" />
<script src="/++plone++static/++unique++2024-03-12%2009%3A14%3A02.116/bundle-plone/bundle.min.js"></script>
<link rel="search" href="/@@search" title="Rechercher dans ce site" />
</head>
<body class="{body_class}" id="visual-portal-wrapper" dir="ltr" data-base-url="{site.url(page.path)}" data-portal-url="http://{site.host}">
<div class="outer-wrapper">
<header id="content-header"><div class="container"><div id="portal-top" class="row"><div class="col-12">
<div id="portal-header"><a id="portal-logo" title="{escape(site.title)}" href="/">{escape(site.title)}</a>
<div id="portal-searchbox"><form id="searchGadget_form" action="/@@search" role="search" class="d-flex pat-livesearch show_images"><label class="hiddenStructure" for="searchGadget">Rechercher dans le site</label>
<input name="SearchableText" type="text" size="18" id="searchGadget" title="Rechercher dans le site" placeholder="Rechercher dans le site" class="searchField form-control me-3" />
<button class="searchButton btn btn-outline-light" type="submit">Rechercher</button></form></div></div></div></div></div></header>
<div id="mainnavigation-wrapper"><div id="mainnavigation"><nav class="navbar navbar-expand-lg navbar-barceloneta pat-navigationmarker" id="portal-globalnav-wrapper">
<div class="container"><ul class="navbar-nav me-auto" id="portal-globalnav">{_menu(site, "nav-item", "nav-link")}</ul></div></nav></div></div>
<div id="above-content-wrapper"><section id="viewlet-above-content"><nav id="portal-breadcrumbs" aria-label="Fil d'Ariane"><div class="container"><ol itemscope itemtype="https://schema.org/BreadcrumbList"><li class="breadcrumb-item">{_crumbs(site, page, '</li><li class="breadcrumb-item">')}</li></ol></div></nav></section></div>
<div class="container"><div class="row"><aside id="global_statusmessage" class="col-12"></aside></div>
<main id="main-container" class="row">
<section id="portal-column-content" class="col-xs-12 col-md-9"><article id="content">
<header><h1 class="documentFirstHeading">{escape(page.title)}</h1></header>
<div id="content-core"><div id="parent-fieldname-text" class="">{page.body}</div></div>
<div class="documentByLine" id="plone-document-byline"><span class="documentModified"><span>Dernière modification : </span>12/03/2025</span></div>
</article></section>
<aside id="portal-column-two" class="col-xs-12 col-md-3"><div class="portletWrapper"><div class="card portlet portletStaticText"><div class="card-header">Mairie</div>
<div class="card-body"><p>{escape(site.address)}</p><p>Du lundi au vendredi, 8 h 30 - 12 h et 13 h 30 - 17 h.</p></div></div></div></aside>
</main></div>
<footer id="portal-footer-wrapper"><div class="container" id="portal-footer"><div class="row"><div class="col-12">
<div class="portletWrapper"><div class="portlet portletActions"><ul><li><a href="/mentions-legales">Mentions légales</a></li><li><a href="/accessibilite">Accessibilité</a></li><li><a href="/plan-du-site">Plan du site</a></li></ul></div></div>
{_accounts(site, "social-links", "social-link")}
<div id="portal-colophon"><a href="https://plone.org" target="_blank" title="Ce site a été réalisé avec le CMS Open Source Plone.">Propulsé par Plone</a></div>
</div></div></div></footer></div>
</body></html>"""


def dsfr(site, page):
    """A state-design-system-like accessible theme (fr-header, fr-nav, fr-breadcrumb, fr-footer)."""
    return f"""<!doctype html>
<html lang="fr" data-fr-scheme="system">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
<meta name="format-detection" content="telephone=no,date=no,address=no,email=no,url=no">
<meta name="theme-color" content="#000091">
<link rel="stylesheet" href="/assets/dsfr/dsfr.min.css">
<link rel="stylesheet" href="/assets/dsfr/utility/icons/icons.min.css">
<link rel="stylesheet" href="/assets/ville/commune.css?v=3.2">
<title>{escape(page.title)} - {escape(site.title)}</title>
</head>
<body>
<div class="fr-skiplinks"><nav class="fr-container" role="navigation" aria-label="Accès rapide"><ul class="fr-skiplinks__list">
<li><a class="fr-link" href="#contenu">Contenu</a></li><li><a class="fr-link" href="#header-navigation">Menu</a></li><li><a class="fr-link" href="#footer">Pied de page</a></li></ul></nav></div>
<header role="banner" class="fr-header"><div class="fr-header__body"><div class="fr-container"><div class="fr-header__body-row">
<div class="fr-header__brand fr-enlarge-link"><div class="fr-header__brand-top"><div class="fr-header__logo"><p class="fr-logo">Ville<br>de {escape(site.title.replace("Ville de ", ""))}</p></div>
<div class="fr-header__navbar"><button class="fr-btn--menu fr-btn" data-fr-opened="false" aria-controls="modal-menu" aria-haspopup="menu" id="button-menu" title="Menu">Menu</button></div></div>
<div class="fr-header__service"><a href="/" title="Accueil - {escape(site.title)}"><p class="fr-header__service-title">{escape(site.title)}</p></a><p class="fr-header__service-tagline">Site officiel de la commune</p></div></div>
<div class="fr-header__tools"><div class="fr-header__search fr-modal" id="modal-search"><div class="fr-container fr-container-lg--fluid">
<form class="fr-search-bar" id="header-search" role="search" action="/recherche" method="get"><label class="fr-label" for="header-search-input">Rechercher</label>
<input class="fr-input" placeholder="Rechercher" type="search" id="header-search-input" name="q"><button class="fr-btn" title="Rechercher" type="submit">Rechercher</button></form></div></div></div>
</div></div></div>
<div class="fr-header__menu fr-modal" id="modal-menu" aria-labelledby="button-menu"><div class="fr-container">
<nav class="fr-nav" id="header-navigation" role="navigation" aria-label="Menu principal"><ul class="fr-nav__list">{_menu(site, "fr-nav__item", "fr-nav__link")}</ul></nav></div></div>
</header>
<main id="contenu" role="main" tabindex="-1"><div class="fr-container fr-my-6w">
<nav role="navigation" class="fr-breadcrumb" aria-label="vous êtes ici :"><button class="fr-breadcrumb__button" aria-expanded="false" aria-controls="breadcrumb-1">Voir le fil d'Ariane</button>
<div class="fr-collapse" id="breadcrumb-1"><ol class="fr-breadcrumb__list"><li>{_crumbs(site, page, '</li><li>')}</li></ol></div></nav>
<h1>{escape(page.title)}</h1>
<div class="fr-grid-row fr-grid-row--gutters"><div class="fr-col-12 fr-col-md-12 commune-contenu">{page.body}</div></div>
</div></main>
<footer class="fr-footer" role="contentinfo" id="footer"><div class="fr-container"><div class="fr-footer__body">
<div class="fr-footer__brand fr-enlarge-link"><a href="/" title="Retour à l'accueil"><p class="fr-logo">{escape(site.title)}</p></a></div>
<div class="fr-footer__content"><p class="fr-footer__content-desc">{escape(site.address)}</p>
<div class="fr-follow__social"><h2 class="fr-h5">Suivez-nous<br> sur les réseaux sociaux</h2>{_accounts(site, "fr-btns-group fr-btns-group--lg", "fr-btn--social")}</div></div></div>
<div class="fr-footer__bottom"><ul class="fr-footer__bottom-list"><li class="fr-footer__bottom-item"><a class="fr-footer__bottom-link" href="/mentions-legales">Mentions légales</a></li>
<li class="fr-footer__bottom-item"><a class="fr-footer__bottom-link" href="/accessibilite">Accessibilité : partiellement conforme</a></li></ul>
<div class="fr-footer__bottom-copy"><p>Sauf mention contraire, tous les contenus de ce site sont sous licence etalab-2.0</p></div></div></div></footer>
<script type="module" src="/assets/dsfr/dsfr.module.min.js"></script>
</body></html>"""


def limesurvey(site, page):
    """LimeSurvey 6 public survey page (fruity theme)."""
    return f"""<!DOCTYPE html>
<html lang="fr" dir="ltr" class="fr dir-ltr no-js">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta name="generator" content="LimeSurvey http://www.limesurvey.org" />
<link rel="stylesheet" type="text/css" href="/tmp/assets/4b3a1f2c/survey.css" />
<link rel="stylesheet" type="text/css" href="/themes/survey/fruity/css/variations/sea_green.css" />
<script type="text/javascript" src="/tmp/assets/2d8e7a3b/jquery-3.5.1.min.js"></script>
<title>{escape(page.title)}</title>
</head>
<body class="fruity font-noto lang-fr brand-logo">
<div id="beginScripts"></div>
<article><div id="dynamicReloadContainer">
<div class="navbar navbar-default" id="survey-nav"><div class="container-fluid"><div class="navbar-header"><a class="navbar-brand logo-container" href="/"><span class="logo">{escape(site.title)}</span></a></div></div></div>
<div class="outerframe container" id="outerframeContainer"><div id="main-col" class="col-centered space-col">
<div class="survey-name">{escape(page.title)}</div>
{page.body}
<div class="ls-privacy-policy"><a href="/mentions-legales">Données personnelles et mentions légales</a></div>
</div></div>
<div class="poweredby"><a href="https://www.limesurvey.org" target="_blank" rel="noopener">Service gratuit d'enquêtes en ligne - LimeSurvey</a></div>
</div></article>
</body></html>"""


def consultvox(site, page):
    """A Consultvox participation space: cvx- class names, project and contribution routes."""
    return f"""<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(page.title)} - {escape(site.title)}</title>
<meta property="og:site_name" content="{escape(site.title)}">
<link rel="stylesheet" href="/build/front/app.9c1f4e2a.css">
<script src="/build/front/runtime.3ad2b6e1.js" defer></script>
<script src="/build/front/app.51f0c7d9.js" defer></script>
</head>
<body class="cvx-front">
<header class="cvx-header"><div class="cvx-container"><a class="cvx-header__brand" href="/">{escape(site.title)}</a>
<nav class="cvx-header__nav" aria-label="Navigation principale"><ul>{_menu(site, "cvx-header__item", "cvx-header__link")}</ul></nav>
<a class="cvx-btn cvx-btn--outline" href="/login">Se connecter</a></div></header>
<main class="cvx-main" id="main"><div class="cvx-container"><p class="cvx-breadcrumb">{_crumbs(site, page, " › ")}</p>
<h1 class="cvx-title">{escape(page.title)}</h1>{page.body}</div></main>
<footer class="cvx-footer"><div class="cvx-container"><ul><li><a href="/pages/cgu">Conditions générales d'utilisation</a></li><li><a href="/pages/donnees-personnelles">Données personnelles</a></li></ul>
<p class="cvx-footer__powered">Plateforme de participation citoyenne <a href="https://www.consultvox.fr" target="_blank" rel="noopener">Consultvox</a></p></div></footer>
</body></html>"""


_LEGAL = ("<h2>Éditeur du site</h2><p>Commune, représentée par son maire, directeur de la publication.</p>"
          "<h2>Hébergement</h2><p>Le site est hébergé en France par un prestataire de services.</p>"
          "<h2>Vos données</h2><p>Vous pouvez exercer vos droits d'accès, de rectification et d'effacement auprès du délégué à la protection des données.</p>")
_A11Y = ("<p>La commune s'engage à rendre son site accessible conformément à l'article 47 de la loi du 11 février 2005.</p>"
         "<p>État de conformité : partiellement conforme au RGAA 4.1 (taux de conformité 72 %).</p>")
_CVX_LOGIN = ('<form method="post" action="/login" class="cvx-login"><label for="email">Adresse e-mail</label><input type="email" id="email" name="email">'
              '<label for="password">Mot de passe</label><input type="password" id="password" name="password"><button type="submit" class="cvx-btn">Connexion</button></form>')

PLONE, DSFR, LIMESURVEY, CONSULTVOX = "causses_plone", "causses_dsfr", "causses_limesurvey", "causses_consultvox"

# Register the layouts once (themes.render looks them up by name); the chrome pages their headers and footers link to.
for _name, _fn, _chrome in (
        (PLONE, plone, [("/mentions-legales", "Mentions légales", _LEGAL, frozenset()),
                        ("/accessibilite", "Accessibilité", _A11Y, frozenset()),
                        ("/plan-du-site", "Plan du site", "<p>Toutes les rubriques du site de la mairie.</p>", frozenset())]),
        (DSFR, dsfr, [("/mentions-legales", "Mentions légales", _LEGAL, frozenset()),
                      ("/accessibilite", "Accessibilité", _A11Y, frozenset())]),
        (LIMESURVEY, limesurvey, [("/mentions-legales", "Données personnelles et mentions légales", _LEGAL, frozenset())]),
        (CONSULTVOX, consultvox, [("/login", "Se connecter", _CVX_LOGIN, frozenset({"contact_form"})),
                                  ("/pages/cgu", "Conditions générales d'utilisation", _LEGAL, frozenset()),
                                  ("/pages/donnees-personnelles", "Données personnelles", _LEGAL, frozenset())])):
    _themes.THEMES.setdefault(_name, _fn)
    _themes.CHROME.setdefault(_name, _chrome)
