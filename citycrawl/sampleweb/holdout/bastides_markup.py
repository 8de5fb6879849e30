"""Markup of the bastides part: the fragments that small towns' CMSs, form plugins and widgets put in a page body.

Written from how WordPress form and poll plugins, Drupal webforms, SPIP article forums, Joomla comment
extensions, LimeSurvey and turnkey municipal sites write their markup; every fragment is in our own words.
"""
from html import escape

from .markup import prose  # the same block as the first part's


def cookie_banner(kind="complianz"):
    if kind == "complianz":
        return ('<div class="cmplz-cookiebanner cmplz-hidden banner-1 optin" role="dialog" aria-live="polite">'
                '<div class="cmplz-message">Nous utilisons des cookies de mesure d\'audience. Vous pouvez les refuser.</div>'
                '<div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">Accepter</button>'
                '<button class="cmplz-btn cmplz-deny">Refuser</button></div></div>')
    return ('<div id="tarteaucitronRoot"><div id="tarteaucitronAlertBig" style="display:none">'
            '<span id="tarteaucitronDisclaimerAlert">Ce site utilise des cookies et vous donne le contrôle.</span>'
            '<button type="button" id="tarteaucitronPersonalize2">Tout accepter</button>'
            '<button type="button" class="tarteaucitronDeny">Tout refuser</button></div></div>')


def teasers(items, cls="news-teaser"):
    """items: (href, title, date, chapo)"""
    out = "".join(f'<article class="{cls}"><p class="{cls}__date">{escape(d)}</p><h3 class="{cls}__title">'
                  f'<a href="{h}">{escape(t)}</a></h3><p>{escape(c)}</p><a class="{cls}__more" href="{h}">Lire la suite</a></article>'
                  for h, t, d, c in items)
    return f'<section class="actualites"><h2>Actualités</h2><div class="{cls}-list">{out}</div></section>'


def agenda(items):
    out = "".join(f'<li class="agenda-item"><time>{escape(d)}</time> <a href="{h}">{escape(t)}</a></li>' for h, t, d in items)
    return f'<section class="agenda"><h2>Agenda</h2><ul class="agenda-list">{out}</ul></section>'


def quick_links(items, title="Accès rapides"):
    out = "".join(f'<li class="quick-link"><a href="{h}"><span class="quick-link__icon" aria-hidden="true"></span>{escape(t)}</a></li>'
                  for h, t in items)
    return f'<nav class="quick-links" aria-label="{escape(title)}"><h2>{escape(title)}</h2><ul>{out}</ul></nav>'


def with_sidebar(main, aside):
    return f'<div class="layout-2col"><div class="layout-2col__main">{main}</div><aside class="sidebar widget-area" role="complementary">{aside}</aside></div>'


def sidebar_links(title, items):
    out = "".join(f'<li><a href="{h}">{escape(t)}</a></li>' for h, t in items)
    return f'<section class="widget widget_nav_menu"><h2 class="widget-title">{escape(title)}</h2><ul class="menu">{out}</ul></section>'


def share(url):
    return ('<div class="partage"><span>Partager :</span>'
            f'<a class="share-fb" href="https://www.facebook.com/sharer/sharer.php?u={escape(url)}" target="_blank" rel="noopener">Facebook</a> '
            f'<a class="share-x" href="https://twitter.com/intent/tweet?url={escape(url)}" target="_blank" rel="noopener">X</a> '
            f'<a class="share-mail" href="mailto:?subject=%C3%80%20lire&amp;body={escape(url)}">Courriel</a></div>')


def downloads(items):
    out = "".join(f'<li class="doc" data-file="{escape(h)}"><span class="doc__title">{escape(t)}</span> <span class="doc__meta">(PDF, {s}, consultable en mairie)</span></li>' for h, t, s in items)
    return f'<div class="documents"><h2>Documents à télécharger</h2><ul>{out}</ul></div>'


# ---- WordPress forms ------------------------------------------------------------------------------

def cf7(action, form_id, fields, submit="Envoyer"):
    """Contact Form 7: fields are (kind, name, label) with kind text/email/tel/textarea/select:opt1|opt2/checkbox."""
    rows = []
    for kind, name, label in fields:
        if kind == "textarea":
            ctl = f'<textarea cols="40" rows="8" class="wpcf7-form-control wpcf7-textarea" name="{name}" aria-required="true"></textarea>'
        elif kind.startswith("select:"):
            opts = "".join(f"<option value=\"{escape(o)}\">{escape(o)}</option>" for o in kind[7:].split("|"))
            ctl = f'<select class="wpcf7-form-control wpcf7-select" name="{name}">{opts}</select>'
        elif kind == "checkbox":
            ctl = (f'<span class="wpcf7-form-control wpcf7-acceptance"><span class="wpcf7-list-item">'
                   f'<input type="checkbox" name="{name}" value="1" aria-invalid="false"></span></span>')
        else:
            ctl = f'<input size="40" class="wpcf7-form-control wpcf7-{kind}" type="{kind}" name="{name}" value="">'
        rows.append(f'<p><label>{escape(label)}<br><span class="wpcf7-form-control-wrap" data-name="{name}">{ctl}</span></label></p>')
    return (f'<div class="wpcf7 no-js" id="wpcf7-f{form_id}-p{form_id + 7}-o1" lang="fr-FR" dir="ltr">'
            f'<form action="{action}#wpcf7-f{form_id}-p{form_id + 7}-o1" method="post" class="wpcf7-form init" novalidate="novalidate" data-status="init">'
            f'<div style="display: none;"><input type="hidden" name="_wpcf7" value="{form_id}"><input type="hidden" name="_wpcf7_version" value="5.9.3">'
            f'<input type="hidden" name="_wpcf7_locale" value="fr_FR"><input type="hidden" name="_wpcf7_unit_tag" value="wpcf7-f{form_id}-p{form_id + 7}-o1"></div>'
            + "".join(rows) +
            f'<p><input class="wpcf7-form-control wpcf7-submit has-spinner" type="submit" value="{escape(submit)}"></p>'
            '<div class="wpcf7-response-output" aria-hidden="true"></div></form></div>')


def wpforms_survey(form_id, action, title, questions, submit="Envoyer mes réponses"):
    """WPForms-like survey: questions are (label, [choices]) radio, or (label, None) for a short text field."""
    blocks = []
    for n, (label, choices) in enumerate(questions, start=1):
        if choices is None:
            blocks.append(f'<div class="wpforms-field wpforms-field-text" id="wpforms-{form_id}-field_{n}-container">'
                          f'<label class="wpforms-field-label" for="wpforms-{form_id}-field_{n}">{escape(label)}</label>'
                          f'<input type="text" id="wpforms-{form_id}-field_{n}" class="wpforms-field-large" name="wpforms[fields][{n}]"></div>')
            continue
        items = "".join(f'<li class="choice-{k}"><input type="radio" id="wpforms-{form_id}-field_{n}_{k}" name="wpforms[fields][{n}]" value="{escape(c)}">'
                        f'<label class="wpforms-field-label-inline" for="wpforms-{form_id}-field_{n}_{k}">{escape(c)}</label></li>'
                        for k, c in enumerate(choices, start=1))
        blocks.append(f'<div class="wpforms-field wpforms-field-radio" id="wpforms-{form_id}-field_{n}-container">'
                      f'<label class="wpforms-field-label">{escape(label)}</label><ul id="wpforms-{form_id}-field_{n}">{items}</ul></div>')
    return (f'<div class="wpforms-container wpforms-container-full" id="wpforms-{form_id}">'
            f'<form id="wpforms-form-{form_id}" class="wpforms-validate wpforms-form" data-formid="{form_id}" method="post" action="{action}">'
            f'<div class="wpforms-head-container"><div class="wpforms-title">{escape(title)}</div></div>'
            f'<div class="wpforms-field-container">{"".join(blocks)}</div>'
            f'<input type="hidden" name="wpforms[id]" value="{form_id}">'
            f'<div class="wpforms-submit-container"><button type="submit" name="wpforms[submit]" class="wpforms-submit">{escape(submit)}</button></div>'
            '</form></div>')


def yop_poll(poll_id, question, answers):
    """A sidebar poll widget in the manner of YOP Poll: one question, radio answers, a vote button."""
    items = "".join(f'<li class="basic-answer"><label><input type="radio" name="answer[{poll_id}]" value="{k}"> {escape(a)}</label></li>'
                    for k, a in enumerate(answers, start=11))
    return (f'<section class="widget widget_yop_poll"><h2 class="widget-title">Sondage</h2>'
            f'<div class="bootstrap-yop yop-poll-mc"><div class="basic-yop-poll-container" data-id="{poll_id}" data-uid="y{poll_id}a">'
            f'<form class="basic-form" action="/wp-admin/admin-ajax.php" method="post"><input type="hidden" name="action" value="yop_poll_record_vote">'
            f'<input type="hidden" name="poll_id" value="{poll_id}"><div class="basic-question-title"><h5>{escape(question)}</h5></div>'
            f'<ul class="basic-answers">{items}</ul><div class="basic-vote"><button type="submit" class="button basic-vote-button">Voter</button></div>'
            f'<div class="basic-results"><a href="#" class="basic-results-link">Voir les résultats</a></div></form></div></div></section>')


def poll_results(question, rows, closed_on):
    bars = "".join(f'<li class="result"><span class="result__label">{escape(a)}</span> <span class="result__bar" style="width:{p}%"></span>'
                   f' <span class="result__pct">{p} % ({v} votes)</span></li>' for a, p, v in rows)
    return (f'<div class="poll-results closed"><h3>{escape(question)}</h3><ul>{bars}</ul>'
            f'<p class="poll-results__meta">Sondage clos le {escape(closed_on)}. Total : {sum(v for _, _, v in rows)} votes.</p></div>')


def wp_comments(comments, post_id, open_form=True):
    items = "".join(f'<li id="comment-{post_id * 10 + n}" class="comment even thread-even depth-1"><article class="comment-body">'
                    f'<footer class="comment-meta"><div class="comment-author vcard"><b class="fn">{escape(a)}</b> <span class="says">dit :</span></div>'
                    f'<div class="comment-metadata"><time>{escape(d)}</time></div></footer><div class="comment-content"><p>{escape(t)}</p></div>'
                    f'<div class="reply"><a rel="nofollow" class="comment-reply-link" href="#respond" data-commentid="{post_id * 10 + n}">Répondre</a></div></article></li>'
                    for n, (a, d, t) in enumerate(comments, start=1))
    form = ""
    if open_form:
        form = ('<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Laisser un commentaire</h3>'
                '<form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate>'
                '<p class="comment-notes">Votre adresse e-mail ne sera pas publiée.</p>'
                '<p class="comment-form-comment"><label for="comment">Commentaire</label><textarea id="comment" name="comment" cols="45" rows="6" required></textarea></p>'
                '<p class="comment-form-author"><label for="author">Nom</label><input id="author" name="author" type="text" size="30"></p>'
                '<p class="comment-form-email"><label for="email">E-mail</label><input id="email" name="email" type="email" size="30"></p>'
                f'<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Laisser un commentaire">'
                f'<input type="hidden" name="comment_post_ID" value="{post_id}" id="comment_post_ID"><input type="hidden" name="comment_parent" id="comment_parent" value="0"></p>'
                '</form></div>')
    else:
        form = '<p class="no-comments">Les commentaires sont fermés.</p>'
    count = f'<h2 class="comments-title">{len(comments)} réponses</h2><ol class="comment-list">{items}</ol>' if comments else ""
    return f'<div id="comments" class="comments-area">{count}{form}</div>'


def mailpoet(list_id):
    return (f'<div class="widget widget_mailpoet_form"><h2 class="widget-title">Lettre d\'information</h2>'
            f'<form class="mailpoet_form mailpoet_form_widget" method="post" action="/wp-admin/admin-post.php?action=mailpoet_subscription_form" novalidate>'
            f'<input type="hidden" name="data[form_id]" value="{list_id}"><input type="hidden" name="action" value="mailpoet_subscription_form">'
            '<div class="mailpoet_paragraph"><label class="mailpoet_text_label">Adresse e-mail</label><input type="email" class="mailpoet_text" name="data[form_field_email]" required></div>'
            '<div class="mailpoet_paragraph"><input type="submit" class="mailpoet_submit" value="Je m\'abonne"></div></form></div>')


# ---- Drupal webform and comments ----------------------------------------------------------------

def webform(form_id, action, fields, submit="Envoyer"):
    """Drupal Webform: fields (kind, key, label); kind text/email/tel/textarea/date/number/file/radios:a|b/checkbox."""
    rows = []
    for kind, key, label in fields:
        name = key.replace("_", "-")
        if kind == "textarea":
            ctl = f'<textarea data-drupal-selector="edit-{name}" id="edit-{name}" name="{key}" rows="5" cols="60" class="form-textarea"></textarea>'
        elif kind.startswith("radios:"):
            ctl = "".join(f'<div class="js-form-item form-item form-type-radio"><input type="radio" id="edit-{name}-{i}" name="{key}" value="{escape(o)}" class="form-radio">'
                          f'<label for="edit-{name}-{i}" class="option">{escape(o)}</label></div>' for i, o in enumerate(kind[7:].split("|")))
            ctl = f'<fieldset class="radios--wrapper fieldgroup form-composite webform-type-radios"><legend><span class="fieldset-legend">{escape(label)}</span></legend>{ctl}</fieldset>'
            rows.append(ctl)
            continue
        elif kind == "checkbox":
            ctl = f'<input type="checkbox" id="edit-{name}" name="{key}" value="1" class="form-checkbox">'
        else:
            ctl = f'<input data-drupal-selector="edit-{name}" type="{kind}" id="edit-{name}" name="{key}" value="" size="60" class="form-{kind}">'
        rows.append(f'<div class="js-form-item form-item js-form-type-{kind} form-type-{kind} js-form-item-{name}">'
                    f'<label for="edit-{name}">{escape(label)}</label>{ctl}</div>')
    return (f'<form class="webform-submission-form webform-submission-add-form webform-submission-{form_id}-form js-webform-details-toggle" '
            f'data-drupal-selector="webform-submission-{form_id}-add-form" action="{action}" method="post" id="webform-submission-{form_id}-add-form" accept-charset="UTF-8">'
            + "".join(rows) +
            f'<div data-drupal-selector="edit-actions" class="form-actions webform-actions js-form-wrapper form-wrapper" id="edit-actions">'
            f'<input class="webform-button--submit button button--primary js-form-submit form-submit" data-drupal-selector="edit-actions-submit" type="submit" id="edit-actions-submit" name="op" value="{escape(submit)}"></div>'
            f'<input autocomplete="off" data-drupal-selector="form-{form_id}" type="hidden" name="form_build_id" value="form-{form_id}-x7Kq2">'
            f'<input data-drupal-selector="edit-webform-submission-{form_id}-add-form" type="hidden" name="form_id" value="webform_submission_{form_id}_add_form"></form>')


def drupal_comments(node, comments):
    items = "".join(f'<article role="article" data-comment-user-id="0" id="comment-{node * 10 + n}" class="comment js-comment by-anonymous">'
                    f'<footer class="comment__meta"><p class="comment__author"><span>{escape(a)}</span></p><p class="comment__time">{escape(d)}</p></footer>'
                    f'<div class="comment__content"><div class="field field--name-comment-body"><p>{escape(t)}</p></div></div></article>'
                    for n, (a, d, t) in enumerate(comments, start=1))
    return (f'<section class="field field--name-comment field--type-comment field--label-above comment-wrapper">'
            f'<h2 class="title comment-section__title">Réactions</h2>{items}'
            f'<h2 class="title comment-form__title">Ajouter une réaction</h2>'
            f'<form class="comment-comment-form comment-form" data-drupal-selector="comment-form" action="/comment/reply/node/{node}/comment" method="post" id="comment-form" accept-charset="UTF-8">'
            '<div class="js-form-item form-item form-type-textfield"><label for="edit-name">Votre nom</label><input type="text" id="edit-name" name="name" size="30" maxlength="60" class="form-text"></div>'
            '<div class="js-form-item form-item form-type-textarea"><label for="edit-comment-body-0-value" class="js-form-required form-required">Réaction</label>'
            '<textarea class="js-text-full text-full form-textarea required" id="edit-comment-body-0-value" name="comment_body[0][value]" rows="5" cols="60" required></textarea></div>'
            f'<input type="hidden" name="form_id" value="comment_comment_form"><div class="form-actions"><input type="submit" id="edit-submit" name="op" value="Enregistrer" class="button button--primary form-submit"></div>'
            '</form></section>')


# ---- SPIP article forum (comments under an article) ---------------------------------------------

def spip_forum(article, messages):
    items = "".join(f'<li class="forum-fil"><div class="forum-message"><div class="forum-chapo"><strong class="forum-titre">{escape(t)}</strong>'
                    f'<small>{escape(d)}, par <span class="vcard author">{escape(a)}</span></small></div><div class="forum-texte"><p>{escape(m)}</p></div>'
                    f'<p class="repondre"><a href="#formulaire_forum" data-id_forum="{article * 3 + n}" rel="noindex nofollow">Répondre à ce message</a></p></div></li>'
                    for n, (a, d, t, m) in enumerate(messages, start=1))
    return (f'<div class="forum-repondre"><h2 class="h2">{len(messages)} Messages</h2><ul class="forum">{items}</ul></div>'
            f'<div class="formulaire_spip formulaire_forum ajax" id="formulaire_forum"><form action="spip.php?article{article}#formulaire_forum" method="post" enctype="multipart/form-data">'
            f'<div><input name="formulaire_action" type="hidden" value="forum"><input name="formulaire_action_args" type="hidden" value="x{article}">'
            f'<input type="hidden" name="id_article" value="{article}"></div>'
            '<fieldset><legend>Votre message</legend><ul class="editer-groupe">'
            '<li class="editer saisie_titre obligatoire"><label for="titre">Titre</label><input type="text" class="text" name="titre" id="titre" size="60"></li>'
            '<li class="editer saisie_texte obligatoire"><label for="texte">Texte de votre message</label><textarea name="texte" id="texte" rows="10" cols="60"></textarea></li>'
            '</ul></fieldset><fieldset><legend>Qui êtes-vous ?</legend><ul class="editer-groupe">'
            '<li class="editer saisie_session_nom"><label for="session_nom">Votre nom</label><input type="text" class="text" name="session_nom" id="session_nom" size="40"></li>'
            '<li class="editer saisie_session_email"><label for="session_email">Votre adresse email</label><input type="email" class="text" name="session_email" id="session_email" size="40"></li>'
            '</ul></fieldset><p class="boutons"><input type="submit" class="submit" name="previsualiser_message" value="Prévisualiser"></p></form></div>')


def spip_contact(article):
    """The SPIP "formulaire_ecrire_auteur": a message to the site's editor."""
    return (f'<div class="formulaire_spip formulaire_ecrire_auteur ajax" id="formulaire_ecrire_auteur{article}">'
            f'<form method="post" action="spip.php?article{article}#formulaire_ecrire_auteur{article}"><div><input name="formulaire_action" type="hidden" value="ecrire_auteur"></div>'
            '<fieldset><legend>Écrire à la mairie</legend><ul class="editer-groupe">'
            '<li class="editer saisie_email_message_auteur obligatoire"><label for="email_message_auteur">Votre adresse email</label><input type="email" class="text email" name="email_message_auteur" id="email_message_auteur"></li>'
            '<li class="editer saisie_sujet_message_auteur obligatoire"><label for="sujet_message_auteur">Sujet</label><input type="text" class="text" name="sujet_message_auteur" id="sujet_message_auteur"></li>'
            '<li class="editer saisie_texte_message_auteur obligatoire"><label for="texte_message_auteur">Texte de votre message</label><textarea name="texte_message_auteur" id="texte_message_auteur" rows="8" cols="60"></textarea></li>'
            '</ul></fieldset><p class="boutons"><input type="submit" class="submit" name="valide" value="Envoyer"></p></form></div>')


# ---- Joomla ---------------------------------------------------------------------------------------

def joomla_contact(action):
    return (f'<div class="com-contact__form contact-form"><form id="contact-form" action="{action}" method="post" class="form-validate form-horizontal well">'
            '<fieldset><legend>Envoyer un message</legend>'
            '<div class="control-group"><label id="jform_contact_name-lbl" for="jform_contact_name">Nom *</label><input type="text" name="jform[contact_name]" id="jform_contact_name" class="form-control required" required></div>'
            '<div class="control-group"><label for="jform_contact_email">E-mail *</label><input type="email" name="jform[contact_email]" id="jform_contact_email" class="form-control validate-email required" required></div>'
            '<div class="control-group"><label for="jform_contact_emailmsg">Sujet *</label><input type="text" name="jform[contact_subject]" id="jform_contact_emailmsg" class="form-control required" required></div>'
            '<div class="control-group"><label for="jform_contact_message">Message *</label><textarea name="jform[contact_message]" id="jform_contact_message" cols="50" rows="10" class="form-control required" required></textarea></div>'
            '</fieldset><div class="control-group"><button class="btn btn-primary validate" type="submit">Envoyer</button>'
            '<input type="hidden" name="option" value="com_contact"><input type="hidden" name="task" value="contact.submit"><input type="hidden" name="id" value="1:mairie"></div></form></div>')


def jcomments(object_id, comments):
    items = "".join(f'<div class="comment rbox" id="comment-item-{object_id * 10 + n}"><div class="comment-box"><span class="comment-author">{escape(a)}</span>'
                    f' <span class="comment-date">{escape(d)}</span><div class="comment-body" id="comment-body-{object_id * 10 + n}">{escape(t)}</div></div></div>'
                    for n, (a, d, t) in enumerate(comments, start=1))
    return (f'<div id="jc"><div id="comments"><h4>Commentaires ({len(comments)})</h4><div class="comments-list" id="comments-list-0">{items}</div></div>'
            '<a id="addcomments" href="#addcomments"></a><h4>Ajouter un commentaire</h4>'
            f'<form id="comments-form" name="comments-form" action="javascript:void(null);"><p><span><input id="comments-form-name" type="text" name="name" value="" maxlength="20" size="22"></span>'
            '<label for="comments-form-name">Nom (obligatoire)</label></p><p><span><textarea id="comments-form-comment" name="comment" cols="65" rows="8"></textarea></span></p>'
            f'<div id="comments-form-buttons"><div class="btn" id="comments-form-send"><div><a href="#" title="Envoyer (Ctrl+Enter)">Envoyer</a></div></div></div>'
            f'<div><input type="hidden" name="object_id" value="{object_id}"><input type="hidden" name="object_group" value="com_content"></div></form></div>')


# ---- Generic forms of turnkey sites ---------------------------------------------------------------

def simple_form(action, css, fields, submit, method="post"):
    """fields: (kind, name, label); kind text/email/tel/date/number/textarea/select:a|b/radio:a|b/checkbox/password/hidden:value."""
    rows = []
    for kind, name, label in fields:
        fid = f"f-{name}".replace("[", "-").replace("]", "")
        if kind == "textarea":
            ctl = f'<textarea id="{fid}" name="{name}" rows="6"></textarea>'
        elif kind.startswith("select:"):
            ctl = f'<select id="{fid}" name="{name}">' + "".join(f"<option>{escape(o)}</option>" for o in kind[7:].split("|")) + "</select>"
        elif kind.startswith("radio:"):
            opts = "".join(f'<label class="radio"><input type="radio" name="{name}" value="{escape(o)}"> {escape(o)}</label>' for o in kind[6:].split("|"))
            rows.append(f'<fieldset class="form-group form-group--radio"><legend>{escape(label)}</legend>{opts}</fieldset>')
            continue
        elif kind.startswith("hidden:"):
            rows.append(f'<input type="hidden" name="{name}" value="{escape(kind[7:])}">')
            continue
        else:
            ctl = f'<input id="{fid}" type="{kind}" name="{name}">'
        rows.append(f'<div class="form-group"><label for="{fid}">{escape(label)}</label>{ctl}</div>')
    return (f'<form class="{css}" action="{action}" method="{method}">' + "".join(rows)
            + f'<div class="form-actions"><button type="submit" class="btn btn--primary">{escape(submit)}</button></div></form>')


def steps(items, current=None):
    out = "".join(f'<li class="step{" step--current" if n == current else ""}{" step--done" if current is not None and n < current else ""}">'
                  f'<span class="step__num">{n}</span><span class="step__title">{escape(t)}</span><span class="step__dates">{escape(d)}</span></li>'
                  for n, (t, d) in enumerate(items, start=1))
    return f'<ol class="steps-timeline">{out}</ol>'


def project_cards(items, vote=False, action=""):
    cards = []
    for n, (title, place, cost, summary) in enumerate(items, start=1):
        btn = (f'<form class="vote-form" method="post" action="{action}"><input type="hidden" name="projet" value="{n}">'
               f'<button type="submit" class="btn btn--vote">Je soutiens ce projet</button></form>' if vote else "")
        cards.append(f'<article class="project-card"><h3 class="project-card__title">{escape(title)}</h3><p class="project-card__meta">{escape(place)} · {escape(cost)}</p>'
                     f'<p>{escape(summary)}</p>{btn}</article>')
    return f'<div class="project-cards">{"".join(cards)}</div>'


def petition_sign(action, title, count, goal):
    return (f'<div class="petition-box"><h3>{escape(title)}</h3><p class="petition-box__count"><strong>{count}</strong> signatures sur {goal} nécessaires</p>'
            f'<div class="progress"><span style="width:{min(100, count * 100 // goal)}%"></span></div>'
            + simple_form(action, "petition-sign-form", [("text", "nom", "Nom"), ("text", "prenom", "Prénom"), ("email", "courriel", "Courriel"),
                                                        ("text", "code_postal", "Code postal"), ("checkbox", "majeur", "Je certifie être inscrit sur les listes électorales de la commune")],
                          "Je signe la pétition") + "</div>")


def limesurvey(sid, title, questions):
    """A LimeSurvey page (survey open, one page of questions)."""
    qs = []
    for n, (text, answers) in enumerate(questions, start=1):
        code = f"{sid}X{n}X{n * 10}"
        opts = "".join(f'<li class="answer-item radio-item"><input class="radio" type="radio" name="{code}" id="answer{code}A{k}" value="A{k}">'
                       f'<label for="answer{code}A{k}" class="answertext">{escape(a)}</label></li>' for k, a in enumerate(answers, start=1))
        qs.append(f'<div id="question{n * 10}" class="question-container row list-radio mandatory"><div class="question-title-container">'
                  f'<div class="question-text"><span class="ls-label-question">{escape(text)}</span></div></div>'
                  f'<div class="answer-container"><ul class="answers-list radio-list">{opts}</ul></div></div>')
    return (f'<div class="ls-survey survey-{sid}"><h2 class="survey-name">{escape(title)}</h2>'
            f'<form id="limesurvey" name="limesurvey" action="/index.php/{sid}?lang=fr" method="post" class="survey-form-container form">'
            f'<input type="hidden" name="sid" value="{sid}" id="sid"><input type="hidden" name="lastgroup" value="{sid}X1" id="lastgroup">'
            + "".join(qs) +
            '<div class="ls-move-btn"><button type="submit" id="ls-button-submit" value="movesubmit" name="move" class="ls-move-submit-btn btn btn-lg btn-primary">Envoyer</button></div></form></div>')
