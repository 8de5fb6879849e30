"""Markup of the ``marais`` holdout part: page layouts of the CMSs and platforms its communes use, and the
blocks their pages are made of (forms, plugin widgets, comment threads, boards), in the way the real
software writes them (class names, routes, field names), with our own wording."""
import zlib
from html import escape

from ..hostile import CustomHost
from ..web import Reply


# ---- small prose blocks ----------------------------------------------------------------------------

def prose(*paragraphs):
    return "".join(f"<p>{text}</p>" for text in paragraphs)


def bullets(*items, cls=""):
    return f'<ul class="{cls}">' + "".join(f"<li>{item}</li>" for item in items) + "</ul>"


def h2(text):
    return f"<h2>{text}</h2>"


def steps(items, current=None, cls="steps"):
    """A timeline of stages: (label, dates)."""
    out = []
    for index, (label, dates) in enumerate(items):
        state = "is-current" if index == current else ("is-done" if current is not None and index < current else "is-todo")
        out.append(f'<li class="{cls}__item {state}"><span class="{cls}__label">{label}</span>'
                   f'<span class="{cls}__dates">{dates}</span></li>')
    return f'<ol class="{cls}">' + "".join(out) + "</ol>"


def news(items, title="Actualités", cls="news-list"):
    """News teasers: (href, title, date, chapo)."""
    cards = "".join(
        f'<li class="{cls}__item"><article class="news-card"><p class="news-card__date"><time>{date}</time></p>'
        f'<h3 class="news-card__title"><a href="{href}">{head}</a></h3><p class="news-card__teaser">{chapo}</p>'
        f'</article></li>' for href, head, date, chapo in items)
    return f'<section class="{cls}"><h2 class="{cls}__title">{title}</h2><ul class="{cls}__items">{cards}</ul></section>'


def agenda(items, title="Agenda"):
    """Agenda teasers: (day, month, title, place)."""
    cells = "".join(f'<li class="agenda-item"><p class="agenda-item__date"><span class="day">{d}</span> '
                    f'<span class="month">{m}</span></p><p class="agenda-item__title">{t}</p>'
                    f'<p class="agenda-item__place">{p}</p></li>' for d, m, t, p in items)
    return f'<section class="agenda-block"><h2>{title}</h2><ul class="agenda-list">{cells}</ul></section>'


def quick_links(links, title="Accès rapides"):
    tiles = "".join(f'<li class="quick-links__item"><a class="quick-links__link" href="{href}">{label}</a></li>'
                    for href, label in links)
    return f'<nav class="quick-links" aria-label="{title}"><h2 class="quick-links__title">{title}</h2><ul>{tiles}</ul></nav>'


def with_aside(main, aside, cls="layout-two-cols"):
    return f'<div class="{cls}"><div class="{cls}__main">{main}</div><aside class="{cls}__aside sidebar">{aside}</aside></div>'


def related(links, title="Voir aussi"):
    items = "".join(f'<li><a href="{href}">{label}</a></li>' for href, label in links)
    return f'<div class="related-links"><h2>{title}</h2><ul>{items}</ul></div>'


def doc_list(docs, title="Documents à télécharger"):
    """Downloads: (label, size). They point to no file the crawl would need (no href)."""
    items = "".join(f'<li class="document"><span class="document__title">{label}</span> '
                    f'<span class="document__meta">PDF – {size}</span></li>' for label, size in docs)
    return f'<div class="documents"><h2>{title}</h2><ul>{items}</ul></div>'


def cookie_banner(kind="tarteaucitron"):
    if kind == "axeptio":
        return ('<script>window.axeptioSettings={clientId:"6571c0ffee1234",cookiesVersion:"ville-fr"};</script>'
                '<script async src="https://static.axept.io/sdk.js"></script>')
    if kind == "cookiebot":
        return ('<script id="Cookiebot" src="https://consent.cookiebot.com/uc.js" data-cbid="5f1d2c3b-aaaa-4b4b-9c9c-0d0d0d0d0d0d" '
                'data-blockingmode="auto" type="text/javascript"></script>')
    return ('<div id="tarteaucitronRoot" class="tarteaucitronBeforeVisible"><div id="tarteaucitronAlertBig" role="dialog" '
            'aria-label="Gestion des cookies"><span id="tarteaucitronDisclaimerAlert">Ce site utilise des cookies et vous '
            'donne le contrôle sur ceux que vous souhaitez activer.</span><button type="button" id="tarteaucitronPersonalize2">'
            'Tout accepter</button><button type="button" id="tarteaucitronAllDenied2">Tout refuser</button></div></div>')


def share(url, cls="share-tools"):
    """Share intents: not the city's accounts."""
    return (f'<div class="{cls}"><p class="{cls}__label">Partager cette page</p><ul>'
            f'<li><a href="https://www.facebook.com/sharer/sharer.php?u={url}" target="_blank" rel="noopener">Facebook</a></li>'
            f'<li><a href="https://twitter.com/intent/tweet?url={url}" target="_blank" rel="noopener">X</a></li>'
            f'<li><a href="https://www.linkedin.com/shareArticle?mini=true&amp;url={url}" target="_blank" rel="noopener">LinkedIn</a></li>'
            f'<li><a href="mailto:?subject=À%20lire&amp;body={url}">Courriel</a></li></ul></div>')


# ---- generic form pieces -----------------------------------------------------------------------------

def field(kind, name, label, cls="form__field", required=False, options=(), rows=6, fid=None):
    fid = fid or name.replace("[", "-").replace("]", "").replace("_", "-")
    star = ' <span class="required" aria-hidden="true">*</span>' if required else ""
    req = " required" if required else ""
    if kind == "textarea":
        ctl = f'<textarea id="{fid}" name="{name}" rows="{rows}"{req}></textarea>'
    elif kind == "select":
        opts = "".join(f'<option value="{escape(o)}">{escape(o)}</option>' for o in options)
        ctl = f'<select id="{fid}" name="{name}"{req}><option value="">Choisir…</option>{opts}</select>'
    elif kind in ("radio", "checkbox"):
        boxes = "".join(f'<li><input type="{kind}" id="{fid}-{i}" name="{name}" value="{escape(o)}">'
                        f'<label for="{fid}-{i}">{escape(o)}</label></li>' for i, o in enumerate(options))
        return f'<fieldset class="{cls} {cls}--{kind}"><legend>{label}{star}</legend><ul>{boxes}</ul></fieldset>'
    else:
        ctl = f'<input type="{kind}" id="{fid}" name="{name}"{req}>'
    return f'<div class="{cls} {cls}--{kind}"><label for="{fid}">{label}{star}</label>{ctl}</div>'


def rgpd(text="Les données recueillies sont traitées par la mairie pour répondre à votre demande ; elles ne sont "
              "ni cédées ni conservées au-delà de deux ans."):
    return f'<p class="form__rgpd"><small>{text}</small></p>'


def form(action, inner, submit="Envoyer", cls="form", method="post", fid=None):
    fid_attr = f' id="{fid}"' if fid else ""
    return (f'<form class="{cls}"{fid_attr} action="{action}" method="{method}">{inner}'
            f'<div class="{cls}__actions"><button type="submit" class="btn btn--primary">{submit}</button></div></form>')


# ---- WordPress plugins -------------------------------------------------------------------------------

def wpforms(form_id, action, fields, submit="Envoyer"):
    """WPForms: fields are (kind, label, options)."""
    parts = []
    for index, (kind, label, options) in enumerate(fields):
        fid = f"wpforms-{form_id}-field_{index}"
        name = f"wpforms[fields][{index}]"
        if kind == "textarea":
            ctl = f'<textarea id="{fid}" class="wpforms-field-medium" name="{name}" required></textarea>'
        elif kind == "select":
            ctl = (f'<select id="{fid}" class="wpforms-field-medium" name="{name}">' +
                   "".join(f"<option>{o}</option>" for o in options) + "</select>")
        elif kind == "checkbox":
            ctl = "<ul>" + "".join(f'<li class="choice-{i}"><input type="checkbox" id="{fid}_{i}" name="{name}[]" value="{o}">'
                                   f'<label class="wpforms-field-label-inline" for="{fid}_{i}">{o}</label></li>'
                                   for i, o in enumerate(options)) + "</ul>"
        else:
            ctl = f'<input type="{kind}" id="{fid}" class="wpforms-field-medium" name="{name}">'
        parts.append(f'<div id="{fid}-container" class="wpforms-field wpforms-field-{kind}" data-field-id="{index}">'
                     f'<label class="wpforms-field-label" for="{fid}">{label}</label>{ctl}</div>')
    return (f'<div class="wpforms-container wpforms-container-full" id="wpforms-{form_id}">'
            f'<form id="wpforms-form-{form_id}" class="wpforms-validate wpforms-form wpforms-ajax-form" data-formid="{form_id}" '
            f'method="post" enctype="multipart/form-data" action="{action}"><noscript class="wpforms-error-noscript">'
            f'Veuillez activer JavaScript dans votre navigateur pour remplir ce formulaire.</noscript>'
            f'<div class="wpforms-field-container">{"".join(parts)}</div>'
            f'<div class="wpforms-submit-container"><input type="hidden" name="wpforms[id]" value="{form_id}">'
            f'<button type="submit" name="wpforms[submit]" id="wpforms-submit-{form_id}" class="wpforms-submit" '
            f'data-alt-text="Envoi en cours…" value="wpforms-submit">{submit}</button></div></form></div>')


def forminator_poll(poll_id, question, answers, action="/wp-admin/admin-ajax.php"):
    """A Forminator poll (open): a radio per answer and a vote button."""
    radios = "".join(
        f'<label for="answer-{poll_id}-{i}" class="forminator-radio"><input type="radio" name="{poll_id}" '
        f'value="answer-{i}" id="answer-{poll_id}-{i}" class="forminator-radio--input"><span class="forminator-radio--design" '
        f'aria-hidden="true"></span><span class="forminator-radio--label">{a}</span></label>'
        for i, a in enumerate(answers, 1))
    return (f'<form id="forminator-module-{poll_id}" class="forminator-ui forminator-poll forminator-poll-{poll_id} '
            f'forminator-design--default" method="post" action="{action}" data-forminator-render="0" data-form-id="{poll_id}">'
            f'<div class="forminator-poll-body"><fieldset class="forminator-poll--fieldset"><legend class="forminator-poll--question">'
            f'{question}</legend><div class="forminator-poll--answers">{radios}</div></fieldset></div>'
            f'<div class="forminator-poll-footer"><button class="forminator-button forminator-button-submit">Voter</button>'
            f'<a href="#" class="forminator-link forminator-poll-results-link" data-poll-id="{poll_id}">Voir les résultats</a></div>'
            f'<input type="hidden" name="form_id" value="{poll_id}"><input type="hidden" name="action" value="forminator_submit_form_poll">'
            f'</form>')


def forminator_results(poll_id, question, rows, closed_on):
    """A Forminator poll after its end date: results bars, no way to vote."""
    bars = "".join(f'<li class="forminator-poll--result"><span class="forminator-result-label">{label}</span>'
                   f'<span class="forminator-result-bar" style="width:{pct}%"></span>'
                   f'<span class="forminator-result-value">{pct} % ({votes} votes)</span></li>' for label, pct, votes in rows)
    return (f'<div class="forminator-ui forminator-poll forminator-poll-{poll_id} forminator-poll-disabled">'
            f'<p class="forminator-poll--question">{question}</p><ul class="forminator-poll--results">{bars}</ul>'
            f'<p class="forminator-poll--closed">Ce sondage est clos depuis le {closed_on}.</p></div>')


def wp_comment_list(comments, post_id):
    items = "".join(
        f'<li id="comment-{post_id * 10 + i}" class="comment even thread-even depth-1"><article id="div-comment-{post_id * 10 + i}" '
        f'class="comment-body"><footer class="comment-meta"><div class="comment-author vcard"><b class="fn">{who}</b> '
        f'<span class="says">dit :</span></div><div class="comment-metadata"><a href="#comment-{post_id * 10 + i}">'
        f'<time>{when}</time></a></div></footer><div class="comment-content"><p>{text}</p></div></article></li>'
        for i, (who, when, text) in enumerate(comments, 1))
    count = len(comments)
    return (f'<h2 class="comments-title">{count} réponse{"s" if count > 1 else ""}</h2>'
            f'<ol class="comment-list">{items}</ol>')


def wp_comments(comments, post_id):
    """WordPress native comments: the thread and the reply form."""
    return (f'<div id="comments" class="comments-area">{wp_comment_list(comments, post_id) if comments else ""}'
            f'<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Laisser un commentaire</h3>'
            f'<form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate>'
            f'<p class="comment-notes"><span id="email-notes">Votre adresse e-mail ne sera pas publiée.</span> Les champs '
            f'obligatoires sont indiqués avec <span class="required">*</span></p>'
            f'<p class="comment-form-comment"><label for="comment">Commentaire <span class="required">*</span></label>'
            f'<textarea id="comment" name="comment" cols="45" rows="8" maxlength="65525" required></textarea></p>'
            f'<p class="comment-form-author"><label for="author">Nom <span class="required">*</span></label>'
            f'<input id="author" name="author" type="text" size="30" maxlength="245" required></p>'
            f'<p class="comment-form-email"><label for="email">E-mail <span class="required">*</span></label>'
            f'<input id="email" name="email" type="email" size="30" maxlength="100" required></p>'
            f'<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Laisser un commentaire">'
            f'<input type="hidden" name="comment_post_ID" value="{post_id}" id="comment_post_ID">'
            f'<input type="hidden" name="comment_parent" id="comment_parent" value="0"></p></form></div></div>')


def wp_comments_closed(post_id):
    return f'<div id="comments" class="comments-area"><p class="no-comments">Les commentaires sont fermés.</p></div>'


def mailpoet(form_id=2, action="/wp-admin/admin-post.php?action=mailpoet_subscription_form"):
    return (f'<div class="mailpoet_form mailpoet_form_widget" id="mailpoet_form_{form_id}"><h2 class="widget-title">La lettre '
            f'de la mairie</h2><form target="_self" method="post" action="{action}" class="mailpoet_form mailpoet_form_form" '
            f'novalidate><input type="hidden" name="data[form_id]" value="{form_id}"><input type="hidden" name="token" '
            f'value="2c1f0e9d8a"><div class="mailpoet_paragraph"><label class="mailpoet_text_label">Adresse e-mail</label>'
            f'<input type="email" class="mailpoet_text" name="data[form_field_ZW1haWw=]" title="Adresse e-mail"></div>'
            f'<div class="mailpoet_paragraph"><input type="submit" class="mailpoet_submit" value="Je m\'abonne"></div></form></div>')


# ---- Drupal ------------------------------------------------------------------------------------------------

def webform(form_name, action, fields, submit="Envoyer"):
    """Drupal Webform: fields are (kind, key, label, options)."""
    slug = form_name.replace("_", "-")
    parts = []
    for kind, key, label, options in fields:
        ekey = key.replace("_", "-")
        wrap = f'js-form-item form-item js-form-type-{kind} form-type-{kind} js-form-item-{ekey} form-item-{ekey}'
        if kind == "textarea":
            ctl = (f'<div class="form-textarea-wrapper"><textarea data-drupal-selector="edit-{ekey}" id="edit-{ekey}" '
                   f'name="{key}" rows="5" cols="60" class="form-textarea required" required="required"></textarea></div>')
        elif kind == "radios":
            radios = "".join(f'<div class="js-form-item form-item js-form-type-radio form-type-radio"><input '
                             f'data-drupal-selector="edit-{ekey}-{i}" type="radio" id="edit-{ekey}-{i}" name="{key}" '
                             f'value="{i}" class="form-radio"><label for="edit-{ekey}-{i}" class="option">{o}</label></div>'
                             for i, o in enumerate(options))
            parts.append(f'<fieldset data-drupal-selector="edit-{ekey}" id="edit-{ekey}--wrapper" class="radios--wrapper '
                         f'fieldgroup form-composite webform-composite-visible-title js-webform-type-radios webform-type-radios">'
                         f'<legend><span class="fieldset-legend">{label}</span></legend><div class="fieldset-wrapper">'
                         f'<div id="edit-{ekey}" class="js-webform-radios webform-options-display-one-column form-radios">'
                         f'{radios}</div></div></fieldset>')
            continue
        elif kind == "select":
            ctl = (f'<select data-drupal-selector="edit-{ekey}" id="edit-{ekey}" name="{key}" class="form-select">' +
                   "".join(f'<option value="{i}">{o}</option>' for i, o in enumerate(options)) + "</select>")
        else:
            ctl = (f'<input data-drupal-selector="edit-{ekey}" type="{kind}" id="edit-{ekey}" name="{key}" value="" '
                   f'size="60" maxlength="255" class="form-{kind}">')
        parts.append(f'<div class="{wrap}"><label for="edit-{ekey}">{label}</label>{ctl}</div>')
    return (f'<form class="webform-submission-form webform-submission-add-form webform-submission-{slug}-form '
            f'webform-submission-{slug}-add-form js-webform-details-toggle webform-details-toggle" '
            f'data-drupal-selector="webform-submission-{slug}-add-form" action="{action}" method="post" '
            f'id="webform-submission-{slug}-add-form" accept-charset="UTF-8">{"".join(parts)}'
            f'<div data-drupal-selector="edit-actions" class="form-actions webform-actions js-form-wrapper form-wrapper" '
            f'id="edit-actions"><input class="webform-button--submit button button--primary js-form-submit form-submit" '
            f'data-drupal-selector="edit-actions-submit" type="submit" id="edit-actions-submit" name="op" value="{submit}"></div>'
            f'<input autocomplete="off" data-drupal-selector="form-x9q2" type="hidden" name="form_build_id" value="form-x9q2">'
            f'<input data-drupal-selector="edit-webform-submission-{slug}-add-form" type="hidden" name="form_id" '
            f'value="webform_submission_{form_name}_add_form"></form>')


def drupal_comments(node_id, comments, open_=True):
    items = "".join(
        f'<article data-comment-user-id="0" id="comment-{node_id * 10 + i}" class="comment js-comment by-anonymous">'
        f'<mark class="hidden" data-comment-timestamp="1712{i}00000"></mark><footer class="comment__meta">'
        f'<p class="comment__author"><span>{who}</span></p><p class="comment__time">{when}</p></footer>'
        f'<div class="comment__content"><div class="field field--name-comment-body field--type-text-long">'
        f'<p>{text}</p></div></div></article>' for i, (who, when, text) in enumerate(comments, 1))
    reply = ""
    if open_:
        reply = (f'<h2 class="comment-form__title">Ajouter un commentaire</h2><form class="comment-comment-form comment-form" '
                 f'data-drupal-selector="comment-form" action="/comment/reply/node/{node_id}/comment" method="post" '
                 f'id="comment-form" accept-charset="UTF-8"><div class="js-form-item form-item js-form-type-textfield '
                 f'form-item-name"><label for="edit-name">Votre nom</label><input data-drupal-selector="edit-name" type="text" '
                 f'id="edit-name" name="name" value="" size="30" maxlength="60" class="form-text"></div>'
                 f'<div class="js-form-item form-item js-form-type-textarea form-item-comment-body-0-value">'
                 f'<label for="edit-comment-body-0-value" class="js-form-required form-required">Commentaire</label>'
                 f'<textarea data-drupal-selector="edit-comment-body-0-value" id="edit-comment-body-0-value" '
                 f'name="comment_body[0][value]" rows="5" cols="60" class="form-textarea required"></textarea></div>'
                 f'<input type="hidden" name="form_id" value="comment_comment_form"><div class="form-actions">'
                 f'<input type="submit" id="edit-submit--2" name="op" value="Enregistrer" class="button button--primary '
                 f'js-form-submit form-submit"></div></form>')
    return (f'<section data-drupal-selector="comments" class="comments field field--name-comment field--type-comment">'
            f'<h2 class="comments__title">Commentaires</h2>{items}{reply}</section>')


# ---- SPIP --------------------------------------------------------------------------------------------------

def spip_forum(article, messages, open_=True):
    """The forum under a SPIP article: the thread and its post form (formulaire_forum)."""
    thread = "".join(
        f'<li class="forum-fil"><div class="forum-message" id="forum{article * 100 + i}"><div class="forum-chapo">'
        f'<strong class="forum-titre"><a href="#forum{article * 100 + i}">{title}</a></strong> <small>{when}, par '
        f'<span class="vcard author"><span class="fn">{who}</span></span></small></div><div class="forum-texte">'
        f'<p>{text}</p></div></div></li>' for i, (title, who, when, text) in enumerate(messages, 1))
    thread = f'<div class="forums"><h2 class="h2">{len(messages)} Messages</h2><ul class="forum">{thread}</ul></div>' if messages else ""
    post = ""
    if open_:
        post = (f'<div class="formulaire_spip formulaire_forum ajax" id="formulaire_forum"><h2 class="h2">Un message, un '
                f'commentaire ?</h2><form action="/spip.php?article{article}#formulaire_forum" method="post"><div>'
                f'<input name="formulaire_action" type="hidden" value="forum"><input name="formulaire_action_args" '
                f'type="hidden" value="6bJt8c0Q"><input type="hidden" name="id_article" value="{article}"></div>'
                f'<fieldset><legend>Votre message</legend><div class="editer-groupe"><div class="editer saisie_titre '
                f'obligatoire"><label for="titre">Titre (obligatoire)</label><input type="text" class="text" name="titre" '
                f'id="titre" size="60"></div><div class="editer saisie_texte obligatoire"><label for="texte">Texte de votre '
                f'message (obligatoire)</label><textarea name="texte" id="texte" rows="10" cols="40" class="textarea '
                f'inserer_barre_forum"></textarea></div></div></fieldset><fieldset><legend>Qui êtes-vous ?</legend>'
                f'<div class="editer saisie_session_nom"><label for="session_nom">Votre nom</label><input type="text" '
                f'class="text" name="session_nom" id="session_nom" size="40"></div><div class="editer saisie_session_email">'
                f'<label for="session_email">Votre adresse email</label><input type="email" class="text email" '
                f'name="session_email" id="session_email" size="40"></div></fieldset><p class="boutons"><input type="submit" '
                f'class="submit" name="previsualiser_message" value="Prévisualiser"></p></form></div>')
    return thread + post


def spip_petition(article, count, action=None):
    action = action or f"/spip.php?article{article}"
    return (f'<div class="formulaire_spip formulaire_signature ajax" id="sp{article}"><h2 class="h2">Signer la pétition</h2>'
            f'<p class="petition-compteur">Cette pétition a été signée par <strong>{count}</strong> personnes.</p>'
            f'<form method="post" action="{action}#sp{article}"><div><input name="formulaire_action" type="hidden" '
            f'value="signature"><input type="hidden" name="id_article" value="{article}"></div><fieldset><legend>Votre '
            f'signature</legend><div class="editer-groupe"><div class="editer saisie_session_nom obligatoire"><label '
            f'for="session_nom">Votre nom et prénom</label><input type="text" class="text" name="session_nom" '
            f'id="session_nom" size="25"></div><div class="editer saisie_session_email obligatoire"><label '
            f'for="session_email">Votre adresse email</label><input type="email" class="text email" name="session_email" '
            f'id="session_email" size="25"></div><div class="editer saisie_ville"><label for="ville">Votre quartier ou '
            f'hameau</label><input type="text" class="text" name="ville" id="ville"></div></div></fieldset>'
            f'<p class="boutons"><input type="submit" class="submit" value="Signer"></p></form>'
            f'<p class="explication">Un courriel vous sera envoyé pour confirmer votre signature.</p></div>')


def spip_contact(action="/spip.php?page=contact"):
    return (f'<div class="formulaire_spip formulaire_contact ajax" id="formulaire_contact"><form method="post" action="{action}">'
            f'<div><input name="formulaire_action" type="hidden" value="contact"></div><ul class="editer-groupe">'
            f'<li class="editer saisie_mail obligatoire"><label for="mail">Votre adresse email</label><input type="email" '
            f'class="text" name="mail" id="mail"></li><li class="editer saisie_sujet obligatoire"><label for="sujet">Sujet'
            f'</label><input type="text" class="text" name="sujet" id="sujet"></li><li class="editer saisie_texte '
            f'obligatoire"><label for="texte">Votre message</label><textarea name="texte" id="texte" rows="8" cols="60">'
            f'</textarea></li></ul><p class="boutons"><input type="submit" class="submit" name="valide" value="Envoyer"></p>'
            f'</form></div>')


def spip_newsletter(action="/spip.php?page=newsletter"):
    return (f'<div class="formulaire_spip formulaire_newsletter_subscribe" id="formulaire_newsletter_subscribe">'
            f'<form method="post" action="{action}"><div><input name="formulaire_action" type="hidden" '
            f'value="newsletter_subscribe"></div><div class="editer saisie_session_email obligatoire"><label '
            f'for="session_email_nl">Recevoir la lettre d\'information</label><input type="email" name="session_email" '
            f'id="session_email_nl" class="text email" placeholder="votre@courriel.fr"></div><p class="boutons"><input '
            f'type="submit" class="submit" value="S\'inscrire"></p></form></div>')


def formidable(form_id, action, inner, submit="Envoyer"):
    """The Formidable plugin of SPIP."""
    return (f'<div class="formulaire_spip formulaire_formidable formulaire_formidable_{form_id} ajax" '
            f'id="formulaire_formidable_{form_id}"><form method="post" action="{action}" enctype="multipart/form-data">'
            f'<div><input name="formulaire_action" type="hidden" value="formidable"><input name="formulaire_action_args" '
            f'type="hidden" value="{form_id}"></div><div class="editer-groupe">{inner}</div><p class="boutons">'
            f'<input type="submit" class="submit" value="{submit}"></p></form></div>')


def saisie(kind, name, label, options=()):
    if kind == "radio":
        inner = "".join(f'<div class="choix choix_{i}"><input type="radio" name="{name}" class="radio" id="champ_{name}_{i}" '
                        f'value="{i}"><label for="champ_{name}_{i}">{o}</label></div>' for i, o in enumerate(options))
        return (f'<div class="editer editer_{name} saisie_radio"><span class="label">{label}</span>{inner}</div>')
    if kind == "textarea":
        return (f'<div class="editer editer_{name} saisie_textarea"><label for="champ_{name}">{label}</label>'
                f'<textarea name="{name}" id="champ_{name}" rows="5" cols="40"></textarea></div>')
    return (f'<div class="editer editer_{name} saisie_input"><label for="champ_{name}">{label}</label>'
            f'<input type="{kind}" name="{name}" id="champ_{name}" class="text"></div>')


# ---- Joomla, third-party comment systems, embeds ---------------------------------------------------------------

def disqus(shortname, identifier, url):
    return (f'<div id="disqus_thread"></div><script>var disqus_config = function () {{ this.page.url = "{url}"; '
            f'this.page.identifier = "{identifier}"; }};(function() {{ var d = document, s = d.createElement("script"); '
            f's.src = "https://{shortname}.disqus.com/embed.js"; s.setAttribute("data-timestamp", +new Date()); '
            f'(d.head || d.body).appendChild(s); }})();</script><noscript>Activez JavaScript pour voir les '
            f'<a href="https://disqus.com/?ref_noscript" rel="nofollow">commentaires propulsés par Disqus.</a></noscript>')


def chronoforms_contact(action):
    """A Joomla contact form built with ChronoForms."""
    return (f'<form action="{action}" method="post" name="contact-mairie" id="chronoform-contact-mairie" '
            f'class="chronoform ui form"><div class="field required"><label for="nom">Nom et prénom</label><input '
            f'type="text" name="nom" id="nom"></div><div class="field required"><label for="courriel">Courriel</label>'
            f'<input type="email" name="courriel" id="courriel"></div><div class="field"><label for="service">Service '
            f'concerné</label><select name="service" id="service"><option>Accueil</option><option>État civil</option>'
            f'<option>Urbanisme</option><option>Services techniques</option></select></div><div class="field required">'
            f'<label for="message">Votre message</label><textarea name="message" id="message" rows="7"></textarea></div>'
            f'<input type="hidden" name="chronoform" value="contact-mairie"><input type="hidden" name="event" value="submit">'
            f'<button class="ui button green" type="submit" name="envoyer">Envoyer</button></form>')


def iframe(src, title, height=900):
    return (f'<div class="embed embed--form"><iframe src="{src}" title="{title}" width="100%" height="{height}" '
            f'frameborder="0" loading="lazy" allowfullscreen></iframe></div>')


def acym_newsletter(action):
    """AcyMailing subscription module (Joomla)."""
    return (f'<div class="acym_module" id="acym_module_formAcym1"><form id="formAcym1" name="formAcym1" method="POST" '
            f'action="{action}" class="acym_module_form"><div class="acym_form"><div class="onefield fieldacy2">'
            f'<label class="cell margin-top-1"><div class="acym__users__creation__fields__title">Votre adresse e-mail</div>'
            f'<input name="user[email]" type="email" class="cell acym__user__edit__email"></label></div></div>'
            f'<p class="acysubbuttons"><button type="submit" class="btn btn-primary button subbutton">S\'abonner</button></p>'
            f'<input type="hidden" name="ctrl" value="frontusers"><input type="hidden" name="task" value="notask"></form></div>')


# ---- platform components -----------------------------------------------------------------------------------------

def decidim_cards(items, cls="card__list"):
    """Decidim list cards: (href, title, meta)."""
    cards = "".join(f'<a href="{href}" class="{cls}"><div class="{cls}-content"><h3 class="{cls}-title">{title}</h3>'
                    f'<div class="{cls}-metadata"><span>{meta}</span></div></div></a>' for href, title, meta in items)
    return f'<div class="{cls}-list">{cards}</div>'


def decidim_comments(resource, rid, comments, open_=True):
    thread = "".join(
        f'<div id="comment_{rid * 10 + i}" class="comment" data-comment-id="{rid * 10 + i}"><div class="comment__header">'
        f'<div class="author"><span class="author__name">{who}</span></div><span class="comment__date">{when}</span></div>'
        f'<div class="comment__content"><div class="editor-content"><p>{text}</p></div></div>'
        f'<div class="comment__footer"><button class="button button__sm button__text comment__reply">Répondre</button>'
        f'<div class="comment__votes"><span class="comment__votes--up">{up}</span></div></div></div>'
        for i, (who, when, text, up) in enumerate(comments, 1))
    reply = ""
    if open_:
        reply = (f'<div class="add-comment" id="add-comment-{resource}-{rid}"><h3 class="h4">Ajoutez votre commentaire</h3>'
                 f'<form class="new_comment" id="new_comment_for_{resource}_{rid}" action="/comments" accept-charset="UTF-8" '
                 f'method="post"><input type="hidden" name="comment[commentable_gid]" value="Z2lkOi8vZGVjaWRpbS8{rid}">'
                 f'<label for="add-comment-{resource}-{rid}-body">Commentaire</label><textarea minlength="15" maxlength="1000" '
                 f'name="comment[body]" id="add-comment-{resource}-{rid}-body" rows="4" placeholder="Ajoutez votre commentaire">'
                 f'</textarea><button type="submit" class="button button__sm button__secondary" disabled>Publier un commentaire'
                 f'</button></form></div>')
    else:
        reply = '<div class="callout warning"><p>Les commentaires sont désactivés à cette étape.</p></div>'
    return (f'<section id="comments-for-{resource}-{rid}" class="comments" data-decidim-comments>'
            f'<h2 class="h4">{len(comments)} commentaires</h2><div class="comment-threads">{thread}</div>{reply}</section>')


def capco_proposals(items):
    cards = "".join(f'<li class="proposal-preview"><div class="card__body"><h4 class="card__title"><a href="{href}">{title}</a></h4>'
                    f'<p class="excerpt small">{meta}</p></div><div class="proposal__counters"><span class="counter">{votes} '
                    f'votes</span> <span class="counter">{comments} commentaires</span></div></li>'
                    for href, title, meta, votes, comments in items)
    return f'<ul class="media-list proposal-preview-list">{cards}</ul>'


def phpbb_forums(forums):
    rows = "".join(
        f'<li class="row"><dl class="row-item forum_read"><dt title="Aucun message non lu"><div class="list-inner">'
        f'<a href="{href}" class="forumtitle">{title}</a><br>{desc}</div></dt><dd class="topics">{topics} <dfn>Sujets</dfn></dd>'
        f'<dd class="posts">{posts} <dfn>Messages</dfn></dd><dd class="lastpost"><span><dfn>Dernier message </dfn>par '
        f'<span class="username">{last}</span></span></dd></dl></li>' for href, title, desc, topics, posts, last in forums)
    return (f'<div class="forabg"><div class="inner"><ul class="topiclist"><li class="header"><dl class="row-item"><dt>'
            f'<div class="list-inner">Forum</div></dt><dd class="topics">Sujets</dd><dd class="posts">Messages</dd>'
            f'<dd class="lastpost"><span>Dernier message</span></dd></dl></li></ul><ul class="topiclist forums">{rows}</ul></div></div>')


def phpbb_topics(forum_id, topics):
    rows = "".join(
        f'<li class="row bg{1 + i % 2}"><dl class="row-item topic_read"><dt><div class="list-inner"><a href="{href}" '
        f'class="topictitle">{title}</a><br><div class="topic-poster responsive-hide left-box">par <span class="username">'
        f'{who}</span> » {when}</div></div></dt><dd class="posts">{replies} <dfn>Réponses</dfn></dd><dd class="views">'
        f'{views} <dfn>Vues</dfn></dd></dl></li>' for i, (href, title, who, when, replies, views) in enumerate(topics))
    return (f'<div class="action-bar bar-top"><a href="/ucp.php?mode=login" class="button" '
            f'title="Écrire un nouveau sujet"><span>Nouveau sujet</span></a></div><div class="forumbg"><div class="inner">'
            f'<ul class="topiclist"><li class="header"><dl class="row-item"><dt><div class="list-inner">Sujets</div></dt>'
            f'<dd class="posts">Réponses</dd><dd class="views">Vues</dd></dl></li></ul><ul class="topiclist topics">{rows}'
            f'</ul></div></div>')


def phpbb_posts(topic_id, forum_id, posts, reply=True):
    out = "".join(
        f'<div id="p{topic_id * 10 + i}" class="post has-profile bg{1 + i % 2}"><div class="inner"><dl class="postprofile" '
        f'id="profile{topic_id * 10 + i}"><dt class="no-profile-rank no-avatar"><span class="username">{who}</span></dt>'
        f'<dd class="profile-posts"><strong>Messages :</strong> {count}</dd></dl><div class="postbody"><div '
        f'id="post_content{topic_id * 10 + i}"><h3 class="{"first" if i == 0 else ""}"><a href="#p{topic_id * 10 + i}">{title}</a></h3>'
        f'<p class="author"><span class="responsive-hide">par <strong><span class="username">{who}</span></strong> » </span>'
        f'{when}</p><div class="content">{text}</div></div></div></div></div>'
        for i, (title, who, when, text, count) in enumerate(posts))
    quick = ""
    if reply:
        quick = (f'<form method="post" action="/posting.php?mode=reply&amp;f={forum_id}&amp;t={topic_id}" id="qr_postform">'
                 f'<div class="panel"><div class="inner"><h2 class="quickreply-title">Réponse rapide</h2><fieldset class="fields1">'
                 f'<dl style="clear: left;"><dt><label for="subject">Sujet :</label></dt><dd><input type="text" tabindex="1" '
                 f'name="subject" id="subject" size="45" maxlength="124" class="inputbox autowidth"></dd></dl>'
                 f'<div id="message-box" class="message-box"><textarea style="height: 9em;" name="message" rows="7" cols="76" '
                 f'tabindex="3" class="inputbox"></textarea></div></fieldset><fieldset class="submit-buttons">'
                 f'<input type="submit" accesskey="s" tabindex="6" name="post" value="Envoyer" class="button1">'
                 f'<input type="submit" accesskey="f" tabindex="7" name="preview" value="Prévisualiser" class="button2">'
                 f'</fieldset></div></div></form>')
    return out + quick


def flarum_list(discussions):
    items = "".join(f'<li><a href="{href}">{title}</a></li>' for href, title in discussions)
    return f'<ul>{items}</ul>'


def flarum_posts(posts):
    return "".join(f'<div><h3>{who}</h3><div class="Post-body">{text}</div></div>' for who, text in posts)


# ---- layouts of their own: vendor CMSs and platforms the built-in themes do not cover --------------------------------

def _menu_items(site, li, a=""):
    return "".join(f'<li class="{li}"><a class="{a}" href="{escape(href)}">{escape(label)}</a></li>' for label, href in site.menu)


def _trail(site, page, sep):
    trail = ['<a href="/">Accueil</a>']
    if page.parent:
        label, href = page.parent
        trail.append(f'<a href="{escape(href)}">{escape(label)}</a>')
    if page.path != "/":
        trail.append(f'<span aria-current="page">{escape(page.title)}</span>')
    return sep.join(trail)


_NAMES = {"facebook": "Facebook", "x": "X", "instagram": "Instagram", "youtube": "YouTube", "linkedin": "LinkedIn",
          "mastodon": "Mastodon", "bluesky": "Bluesky", "tiktok": "TikTok"}


def _accounts(site, ul, li):
    if not site.accounts:
        return ""
    return f'<ul class="{ul}">' + "".join(
        f'<li class="{li} {li}--{acc.platform}"><a href="{escape(acc.href)}" target="_blank" rel="noopener" '
        f'title="{_NAMES.get(acc.platform, acc.platform)} - nouvelle fenêtre">{_NAMES.get(acc.platform, acc.platform)}</a></li>'
        for acc in site.accounts) + "</ul>"


def stratis(site, page):
    """A vendor CMS of the kind French city agencies sell (Stratis-like): RGAA skip links, header bar,
    mega menu, "rte" content zone, footer with address, accounts and legal links."""
    home = page.path == "/"
    return f"""<!DOCTYPE html>
<html lang="fr" class="no-js">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(page.title)} - {escape(site.title)}</title>
<link rel="stylesheet" href="/typo3conf/ext/stratis_site/Resources/Public/css/main.css?1710248000">
<script src="/typo3conf/ext/stratis_site/Resources/Public/js/vendor/modernizr.min.js"></script>
<script src="/typo3conf/ext/stratis_site/Resources/Public/js/app.bundle.js?1710248000" defer></script>
</head>
<body class="{'page-home' if home else 'page-content'}">
<nav role="navigation" aria-label="Menu d'évitement" class="menu-skip"><ul class="menu-skip__list">
<li class="menu-skip__listitem"><a href="#main">Accéder au contenu</a></li><li class="menu-skip__listitem"><a href="#search-field">Accéder à la recherche</a></li></ul></nav>
<div class="site-wrapper">
<header class="header" role="banner"><div class="header__inner">
<div class="header__logo"><a href="/" class="logo"><span class="logo__text">{escape(site.title)}</span><span class="ghost">Retour à l'accueil</span></a></div>
<div class="header__search"><form class="search-box" action="/recherche" method="get" role="search"><label for="search-field" class="ghost">Rechercher</label>
<input type="text" id="search-field" name="tx_solr[q]" placeholder="Que recherchez-vous ?"><button type="submit" class="search-box__submit">Rechercher</button></form></div>
</div>
<nav class="main-nav" role="navigation" aria-label="Navigation principale"><ul class="main-nav__list">{_menu_items(site, "main-nav__item", "main-nav__link")}</ul></nav>
</header>
<main id="main" class="site-main" role="main">
{'' if home else f'<div class="top-of-content"><nav class="breadcrumb" aria-label="Vous êtes ici"><p class="breadcrumb__list">{_trail(site, page, " <span class=breadcrumb__sep>›</span> ")}</p></nav>'}
<div class="heading{' heading--home' if home else ''}"><h1 class="heading__title">{escape(page.title)}</h1></div>
{'' if home else '</div>'}
<div class="section section-main"><div class="section-main__content rte">{page.body}</div></div>
</main>
<footer class="footer" role="contentinfo"><div class="footer__wrapper">
<div class="footer__column footer__column--address"><h2 class="footer__title">{escape(site.title)}</h2><address>{escape(site.address)}</address>
<p>Ouvert du lundi au vendredi de 8 h 30 à 17 h 30</p></div>
<div class="footer__column footer__column--social"><h2 class="footer__title">Suivez-nous</h2>{_accounts(site, "social-networks", "social-networks__item")}</div>
<div class="footer__column footer__column--links"><ul class="footer__links"><li><a href="/mentions-legales">Mentions légales</a></li></ul>
<p class="footer__stratis">Réalisation Stratis</p></div>
</div></footer>
</div>
{cookie_banner()}
</body></html>"""


def ametys(site, page):
    """Ametys CMS: generator meta, skin assets under /skins/, zones and zone items."""
    return f"""<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="UTF-8">
<meta name="generator" content="Ametys CMS 4.8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(site.title)} - {escape(page.title)}</title>
<link rel="stylesheet" type="text/css" href="/skins/ville/resources/css/main.min.css">
<script src="/plugins/cms/resources/js/ametys.min.js"></script>
<script src="/skins/ville/resources/js/skin.min.js" defer></script>
</head>
<body class="ametys-page {'template-home' if page.path == '/' else 'template-page'}">
<div id="wrapper">
<header id="header"><div class="header-top"><a href="/" class="brand"><span>{escape(site.title)}</span></a>
<form action="/fr/recherche.html" method="get" class="search-header"><label for="textfield" class="sr-only">Rechercher</label><input type="text" id="textfield" name="textfield" placeholder="Rechercher"><button type="submit">OK</button></form></div>
<nav id="main-menu" aria-label="Menu principal"><ul class="level-1">{_menu_items(site, "level-1__item", "level-1__link")}</ul></nav></header>
<div id="main"><div class="breadcrumb-wrapper"><ol class="breadcrumb"><li>{_trail(site, page, "</li><li>")}</li></ol></div>
<div id="zone-default" class="zone zone-default"><div class="zone-item zone-item-content">
<div class="ametys-content"><h1 class="page-title">{escape(page.title)}</h1><div class="content-body">{page.body}</div></div>
</div></div></div>
<footer id="footer"><div class="footer-infos"><p class="footer-name">{escape(site.title)}</p><p>{escape(site.address)}</p></div>
<div class="footer-social">{_accounts(site, "footer-social__list", "footer-social__item")}</div>
<div class="footer-bottom"><a href="/mentions-legales">Mentions légales</a> · Site réalisé avec Ametys, logiciel libre</div></footer>
</div>
{cookie_banner("axeptio")}
</body></html>"""


def kosmos(site, page):
    """A K-Sup-like portal (Kosmos): old-school ids, "contenu" columns, encadrés in a side column."""
    return f"""<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="UTF-8">
<meta name="generator" content="K-Sup">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(page.title)} - {escape(site.title)}</title>
<link rel="stylesheet" href="/wro/ville_core/a1b2c3d4e5.css">
<script src="/wro/ville_js/f6e5d4c3b2.js"></script>
</head>
<body id="body" class="fiche pagelibre{' accueil' if page.path == '/' else ''}">
<p id="liens_evitement"><a href="#contenu-encadres">Aller au contenu</a> | <a href="#menu_principal">Menu</a></p>
<div id="page">
<div id="bandeau"><div class="banniere"><a href="/" class="banniere__logo">{escape(site.title)}</a></div>
<div id="recherche-simple"><form action="/servlet/com.kportal.search.Recherche" method="get"><label for="QUERY">Rechercher</label><input type="text" name="QUERY" id="QUERY"><input type="submit" value="Ok"></form></div></div>
<div id="menu_principal" class="menu_principal--default"><ul id="menu_principal_list">{_menu_items(site, "menu_principal__item", "")}</ul></div>
<div id="page_deco"><div id="fil_ariane">{_trail(site, page, " &gt; ")}</div>
<div id="contenu-encadres"><div id="contenu_sans_nav_avec_encadres"><h1>{escape(page.title)}</h1>
<div class="contenu">{page.body}</div></div></div></div>
<div id="pied_page"><div class="pied_page__adresse">{escape(site.address)}</div>
<div class="pied_page__reseaux">{_accounts(site, "reseaux-sociaux", "reseau")}</div>
<ul id="menu_pied_page"><li><a href="/mentions-legales">Mentions légales</a></li></ul></div>
</div>
{cookie_banner("cookiebot")}
</body></html>"""


def inovagora(site, page):
    """An Inovagora-like vendor CMS: /fr/rb/<id>/ routes, "bloc" columns, a footer of partner logos."""
    return f"""<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{escape(page.title)} - {escape(site.title)}</title>
<meta name="author" content="Inovagora">
<link rel="stylesheet" href="/medias/css/site.css?v=4217">
<script src="/medias/js/jquery.min.js"></script><script src="/medias/js/site.js?v=4217" defer></script>
</head>
<body class="lang-fr {'accueil' if page.path == '/' else 'interne'}">
<div id="acces-rapide"><a href="#contenu">Contenu</a> <a href="#navigation">Navigation</a></div>
<div id="conteneur">
<div id="entete"><div id="logo"><a href="/" title="Accueil - {escape(site.title)}">{escape(site.title)}</a></div>
<form id="moteur" action="/fr/recherche/" method="get"><input type="text" name="q" id="q" title="Rechercher"><input type="submit" value="OK"></form></div>
<div id="navigation"><ul class="nav-n1">{_menu_items(site, "nav-n1__item", "nav-n1__lien")}</ul></div>
<div id="chemin">Vous êtes ici : {_trail(site, page, " &raquo; ")}</div>
<div id="contenu" class="bloc-contenu"><h1 class="titre-page">{escape(page.title)}</h1><div class="texte">{page.body}</div></div>
<div id="pied"><div class="pied-adresse"><strong>{escape(site.title)}</strong> – {escape(site.address)}</div>
<div class="pied-reseaux">{_accounts(site, "liste-reseaux", "reseau")}</div>
<p class="pied-liens"><a href="/mentions-legales">Mentions légales</a> – Conception Inovagora</p></div>
</div>
{cookie_banner()}
</body></html>"""


def edemarches(site, page):
    """A vendor e-services portal ("e-démarches"): account bar, catalogue of procedures, teleservice forms."""
    return f"""<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(page.title)} - {escape(site.title)}</title>
<link rel="stylesheet" href="/portail/assets/css/portail-usager.css?v=3.12.4">
<script src="/portail/assets/js/portail-usager.js?v=3.12.4" defer></script>
</head>
<body class="portail-usager">
<header class="pu-header"><a class="pu-header__brand" href="/">{escape(site.title)}</a>
<div class="pu-header__account"><a href="/mon-compte/connexion">Mon compte</a></div>
<nav class="pu-nav" aria-label="Navigation"><ul>{_menu_items(site, "pu-nav__item", "pu-nav__link")}</ul></nav></header>
<main class="pu-main" id="contenu"><nav class="pu-breadcrumb" aria-label="Fil d'Ariane">{_trail(site, page, " / ")}</nav>
<h1 class="pu-title">{escape(page.title)}</h1><div class="pu-content">{page.body}</div></main>
<footer class="pu-footer"><p>{escape(site.address)}</p>{_accounts(site, "pu-footer__social", "pu-social")}
<p><a href="/mentions-legales">Mentions légales</a> · Portail usagers e-démarches</p></footer>
</body></html>"""


def fluicity(site, page):
    """Fluicity: a city space on the vendor's domain, rendered server-side for crawlers (Nuxt-like markup)."""
    return f"""<!DOCTYPE html>
<html lang="fr" data-n-head="%7B%22lang%22:%7B%22ssr%22:%22fr%22%7D%7D">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>{escape(page.title)} | {escape(site.title)} - Fluicity</title>
<meta data-n-head="ssr" property="og:site_name" content="Fluicity">
<link rel="stylesheet" href="https://static.flui.city/_nuxt/app.4f1c2e.css">
<script src="https://static.flui.city/_nuxt/runtime.8a7b6c.js" defer></script>
</head>
<body><div id="__nuxt"><div id="__layout"><div class="flui-app">
<header class="flui-header"><a href="/" class="flui-header__brand nuxt-link-active">{escape(site.title)}</a>
<nav class="flui-header__nav"><ul>{_menu_items(site, "flui-nav__item", "flui-nav__link")}</ul></nav>
<a href="/connexion" class="flui-btn flui-btn--outline">Se connecter</a></header>
<main class="flui-main"><p class="flui-breadcrumb">{_trail(site, page, " › ")}</p><h1 class="flui-title">{escape(page.title)}</h1>{page.body}</main>
<footer class="flui-footer"><a href="/mentions-legales">Mentions légales</a> <span>Propulsé par <a href="https://www.flui.city/" target="_blank" rel="noopener">Fluicity</a></span></footer>
</div></div></div></body></html>"""


def jenparle(site, page):
    """Jenparle: a municipal consultation space on the vendor's domain."""
    return f"""<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(page.title)} - {escape(site.title)}</title>
<meta property="og:site_name" content="{escape(site.title)} - Jenparle">
<link rel="stylesheet" href="/build/jenparle-front.7d3e2a.css">
<script src="/build/jenparle-front.2b9c4f.js" defer></script>
</head>
<body class="jp-body">
<header class="jp-header"><div class="jp-header__brand"><a href="/">{escape(site.title)}</a><span class="jp-header__baseline">La plateforme de participation</span></div>
<nav class="jp-header__menu"><ul>{_menu_items(site, "jp-menu__item", "jp-menu__link")}</ul></nav>
<a class="jp-btn jp-btn--login" href="/connexion">Connexion</a></header>
<main class="jp-main"><div class="jp-breadcrumb">{_trail(site, page, " › ")}</div><h1 class="jp-title">{escape(page.title)}</h1>{page.body}</main>
<footer class="jp-footer"><a href="/mentions-legales">Mentions légales</a> · Une plateforme <a href="https://www.jenparle.net/" target="_blank">Jenparle</a></footer>
</body></html>"""


def idcity(site, page):
    """id-city: the city's participation application on the vendor's domain (ideas, surveys, reports)."""
    return f"""<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(page.title)} · {escape(site.title)} · id-city</title>
<link rel="stylesheet" href="https://cdn.id-city.com/front/css/idcity.min.css?v=5.3">
<script src="https://cdn.id-city.com/front/js/idcity.min.js?v=5.3" defer></script>
</head>
<body class="idc-front">
<div class="idc-topbar"><a class="idc-topbar__city" href="/">{escape(site.title)}</a><a class="idc-topbar__login" href="/connexion">Connexion</a></div>
<nav class="idc-tabs"><ul>{_menu_items(site, "idc-tabs__tab", "")}</ul></nav>
<main class="idc-main"><div class="idc-path">{_trail(site, page, " › ")}</div><h1>{escape(page.title)}</h1>{page.body}</main>
<footer class="idc-footer"><a href="/mentions-legales">Mentions légales</a> — <a href="https://www.id-city.com/" target="_blank">id-city</a>, l'application citoyenne</footer>
</body></html>"""


def consultvox(site, page):
    """Consultvox: a municipal participation space (dialogs, votes, blog) on the vendor's domain."""
    return f"""<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(page.title)} - {escape(site.title)}</title>
<link rel="stylesheet" href="/themes/consultvox/css/app.css?v=2.19">
<script src="/themes/consultvox/js/app.js?v=2.19" defer></script>
</head>
<body class="cv-body">
<header class="cv-header"><a class="cv-header__logo" href="/">{escape(site.title)}</a>
<nav class="cv-header__nav"><ul>{_menu_items(site, "cv-nav__item", "cv-nav__link")}</ul></nav>
<div class="cv-header__user"><a href="/login">Se connecter</a> <span class="cv-votes">Mes votes</span></div></header>
<main class="cv-main"><p class="cv-breadcrumb">{_trail(site, page, " / ")}</p><h1 class="cv-title">{escape(page.title)}</h1>{page.body}</main>
<footer class="cv-footer"><a href="/mentions-legales">Mentions légales</a> · Plateforme Consultvox</footer>
</body></html>"""


def voisins_maison(site, page):
    """A neighbours' network built for the city by its own IT service (a small PHP application)."""
    return f"""<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(page.title)} · {escape(site.title)}</title>
<link rel="stylesheet" href="/css/voisinage.css?3">
</head>
<body class="vz">
<header class="vz-header"><a class="vz-logo" href="/">{escape(site.title)}</a><nav><ul>{_menu_items(site, "vz-menu__item", "")}</ul></nav>
<a class="vz-join" href="/inscription">Je m'inscris</a></header>
<main class="vz-main"><p class="vz-path">{_trail(site, page, " › ")}</p><h1>{escape(page.title)}</h1>{page.body}</main>
<footer class="vz-footer"><p>Un service de la ville – <a href="/mentions-legales">Mentions légales</a> – <a href="/charte">Charte du réseau</a></p></footer>
</body></html>"""


def layout_host(site, layout):
    """A host whose pages are rendered by one of the layouts above (robots.txt and 404s as usual)."""
    rendered = {}

    def special(request):
        path = request.target
        if path == "/robots.txt" or path in site.redirects:
            return None
        page = site.by_path.get(path)
        if page is None:
            return None
        if path not in rendered:
            rendered[path] = layout(site, page)
        return Reply.html(rendered[path])

    return CustomHost(site, special)


def node_id(path):
    return zlib.crc32(path.encode()) % 900 + 100
