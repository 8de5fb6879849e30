"""Markup helpers of the twenty-eighth holdout part (``sources``): the blocks that the CMS plugins, site
builders and platforms used by small French communes render, written anew from how those tools name
their classes, routes and fields."""
import zlib
from html import escape


def prose(*paras):
    return "".join(f"<p>{p}</p>" for p in paras)


def h2(text):
    return f"<h2>{text}</h2>"


def links(items, cls="liste-liens"):
    lis = "".join(f'<li><a href="{escape(href)}">{label}</a></li>' for href, label in items)
    return f'<ul class="{cls}">{lis}</ul>'


def teasers(items, cls="actus"):
    """News teasers: (href, title, date, chapo)."""
    arts = "".join(
        f'<article class="{cls}__item"><p class="{cls}__date">{date}</p><h3 class="{cls}__titre">'
        f'<a href="{escape(href)}">{title}</a></h3><p>{chapo}</p></article>' for href, title, date, chapo in items)
    return f'<section class="{cls}"><h2>À la une</h2>{arts}</section>'


def agenda(items):
    rows = "".join(f'<li class="agenda__event"><time>{d}</time> <a href="{escape(h)}">{t}</a></li>' for h, t, d in items)
    return f'<section class="agenda"><h2>Agenda</h2><ul>{rows}</ul></section>'


def cookie_banner(name="tarteaucitron"):
    return (f'<div id="{name}Root" class="cookie-banner" role="region" aria-label="Gestion des cookies">'
            '<p>Ce site utilise des cookies de mesure d\'audience. Vous pouvez les accepter ou les refuser.</p>'
            '<button type="button" class="cookie-accept">Tout accepter</button>'
            '<button type="button" class="cookie-deny">Tout refuser</button></div>')


def share(url):
    from urllib.parse import quote
    u = quote(url, safe="")
    return ('<div class="partage"><span>Partager :</span>'
            f'<a class="partage__fb" href="https://www.facebook.com/sharer/sharer.php?u={u}" target="_blank" rel="noopener">Facebook</a> '
            f'<a class="partage__x" href="https://twitter.com/intent/tweet?url={u}" target="_blank" rel="noopener">X</a> '
            f'<a class="partage__mail" href="mailto:?subject=A%20lire&amp;body={u}">E-mail</a></div>')


# ---- WordPress ---------------------------------------------------------------------------------

def divi_section(inner, index=0):
    return (f'<div class="et_pb_section et_pb_section_{index} et_section_regular"><div class="et_pb_row et_pb_row_{index}">'
            f'<div class="et_pb_column et_pb_column_4_4 et_pb_column_{index}"><div class="et_pb_module et_pb_text '
            f'et_pb_text_{index} et_pb_text_align_left"><div class="et_pb_text_inner">{inner}</div></div></div></div></div>')


def divi_contact(action, title="Écrire à la mairie", subject=True):
    sub = ('<p class="et_pb_contact_field et_pb_contact_field_2 et_pb_contact_field_last" data-id="objet" data-type="input">'
           '<label for="et_pb_contact_objet_0" class="et_pb_contact_form_label">Objet</label>'
           '<input type="text" id="et_pb_contact_objet_0" class="input" name="et_pb_contact_objet_0" placeholder="Objet"></p>') if subject else ""
    return (f'<div id="et_pb_contact_form_0" class="et_pb_module et_pb_contact_form_0 et_pb_contact_form_container clearfix" data-form_unique_num="0">'
            f'<h2 class="et_pb_contact_main_title">{title}</h2><div class="et-pb-contact-message"></div>'
            f'<div class="et_pb_contact"><form class="et_pb_contact_form clearfix" method="post" action="{escape(action)}">'
            '<p class="et_pb_contact_field et_pb_contact_field_0 et_pb_contact_field_half" data-id="name" data-type="input">'
            '<label for="et_pb_contact_name_0" class="et_pb_contact_form_label">Nom</label>'
            '<input type="text" id="et_pb_contact_name_0" class="input" name="et_pb_contact_name_0" placeholder="Nom"></p>'
            '<p class="et_pb_contact_field et_pb_contact_field_1 et_pb_contact_field_half et_pb_contact_field_last" data-id="email" data-type="email">'
            '<label for="et_pb_contact_email_0" class="et_pb_contact_form_label">Adresse e-mail</label>'
            '<input type="text" id="et_pb_contact_email_0" class="input" name="et_pb_contact_email_0" placeholder="Adresse e-mail"></p>'
            f'{sub}<p class="et_pb_contact_field et_pb_contact_field_3 et_pb_contact_field_last" data-id="message" data-type="text">'
            '<label for="et_pb_contact_message_0" class="et_pb_contact_form_label">Message</label>'
            '<textarea name="et_pb_contact_message_0" id="et_pb_contact_message_0" class="et_pb_contact_message input" placeholder="Message"></textarea></p>'
            '<input type="hidden" value="et_contact_proccess" name="et_pb_contactform_submit_0">'
            '<div class="et_contact_bottom_container"><div class="et_pb_contact_right"><p class="clearfix"><span class="et_pb_contact_captcha_question">3 + 4</span> = '
            '<input type="text" size="2" class="input et_pb_contact_captcha" name="et_pb_contact_captcha_0"></p></div>'
            '<button type="submit" name="et_builder_submit_button" class="et_pb_contact_submit et_pb_button">Envoyer</button></div>'
            '<input type="hidden" id="_wpnonce-et-pb-contact-form-submitted-0" name="_wpnonce-et-pb-contact-form-submitted-0" value="3f1a9c0b2d"></form></div></div>')


def forminator_poll(form_id, question, answers, action="/"):
    opts = "".join(
        f'<div class="forminator-field"><label for="{form_id}-answer-{i}" class="forminator-radio">'
        f'<input type="radio" name="{form_id}" value="answer-{i}" id="{form_id}-answer-{i}" class="forminator-radio-input">'
        f'<span class="forminator-radio-bullet" aria-hidden="true"></span><span class="forminator-radio-label">{a}</span></label></div>'
        for i, a in enumerate(answers, 1))
    return (f'<section class="widget widget_forminator"><h2 class="widget-title">Votre avis</h2>'
            f'<form id="forminator-module-{form_id}" class="forminator-ui forminator-poll forminator-poll-{form_id} forminator-design--default" '
            f'method="post" data-forminator-render="0" data-form-id="{form_id}" action="{escape(action)}">'
            f'<div role="radiogroup" class="forminator-poll-body"><span class="forminator-question">{question}</span>'
            f'<div class="forminator-poll-options">{opts}</div></div>'
            f'<input type="hidden" name="form_id" value="{form_id}"><input type="hidden" name="action" value="forminator_submit_form_poll">'
            '<div class="forminator-poll-footer"><button class="forminator-button forminator-button-submit">Voter</button>'
            '<a href="#" class="forminator-link">Voir les résultats</a></div></form></section>')


def forminator_results(form_id, question, rows):
    items = "".join(f'<li class="forminator-poll--chart-item"><span class="forminator-poll--label">{label}</span>'
                    f'<span class="forminator-poll--bar" style="width:{pct}%"></span><span class="forminator-poll--value">{pct} % ({n} votes)</span></li>'
                    for label, pct, n in rows)
    return (f'<div class="forminator-ui forminator-poll forminator-poll-{form_id} forminator-poll-disabled">'
            f'<p class="forminator-question">{question}</p><p class="forminator-poll-closed">Ce sondage est clos.</p>'
            f'<ul class="forminator-poll--chart">{items}</ul></div>')


def wp_comments(post_id, comments, open_=True):
    lis = "".join(
        f'<li id="comment-{post_id * 10 + i}" class="comment even thread-even depth-1"><article class="comment-body">'
        f'<footer class="comment-meta"><div class="comment-author vcard"><b class="fn">{who}</b> <span class="says">dit :</span></div>'
        f'<div class="comment-metadata"><time>{when}</time></div></footer><div class="comment-content"><p>{text}</p></div></article></li>'
        for i, (who, when, text) in enumerate(comments, 1))
    head = f'<h2 class="comments-title">{len(comments)} réponses</h2><ol class="comment-list">{lis}</ol>' if comments else ""
    if not open_:
        return f'<div id="comments" class="comments-area">{head}<p class="no-comments">Les commentaires sont fermés.</p></div>'
    return (f'<div id="comments" class="comments-area">{head}<div id="respond" class="comment-respond">'
            '<h3 id="reply-title" class="comment-reply-title">Laisser un commentaire</h3>'
            '<form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate>'
            '<p class="comment-notes">Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *</p>'
            '<p class="comment-form-comment"><label for="comment">Commentaire *</label>'
            '<textarea id="comment" name="comment" cols="45" rows="6" maxlength="65525" required></textarea></p>'
            '<p class="comment-form-author"><label for="author">Nom *</label><input id="author" name="author" type="text" size="30" required></p>'
            '<p class="comment-form-email"><label for="email">E-mail *</label><input id="email" name="email" type="email" size="30" required></p>'
            '<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Laisser un commentaire">'
            f'<input type="hidden" name="comment_post_ID" value="{post_id}" id="comment_post_ID"><input type="hidden" name="comment_parent" id="comment_parent" value="0"></p>'
            '</form></div></div>')


def wpforms(form_id, action, fields, submit="Envoyer", cls=""):
    """WPForms: fields are (kind, name, label) with kind text/email/textarea/select:<a|b>/date/tel."""
    out = []
    for n, (kind, _name, label) in enumerate(fields, 1):
        fid = f"wpforms-{form_id}-field_{n}"
        if kind == "textarea":
            ctl = f'<textarea id="{fid}" class="wpforms-field-medium" name="wpforms[fields][{n}]"></textarea>'
        elif kind.startswith("select:"):
            opts = "".join(f"<option>{o}</option>" for o in kind[7:].split("|"))
            ctl = f'<select id="{fid}" class="wpforms-field-medium" name="wpforms[fields][{n}]">{opts}</select>'
        else:
            ctl = f'<input type="{kind}" id="{fid}" class="wpforms-field-medium" name="wpforms[fields][{n}]">'
        out.append(f'<div id="{fid}-container" class="wpforms-field wpforms-field-{kind.split(":")[0]}" data-field-id="{n}">'
                   f'<label class="wpforms-field-label" for="{fid}">{label}</label>{ctl}</div>')
    return (f'<div class="wpforms-container wpforms-container-full {cls}" id="wpforms-{form_id}">'
            f'<form id="wpforms-form-{form_id}" class="wpforms-validate wpforms-form" data-formid="{form_id}" method="post" '
            f'enctype="multipart/form-data" action="{escape(action)}"><div class="wpforms-field-container">{"".join(out)}</div>'
            f'<div class="wpforms-submit-container"><input type="hidden" name="wpforms[id]" value="{form_id}">'
            f'<button type="submit" name="wpforms[submit]" id="wpforms-submit-{form_id}" class="wpforms-submit">{submit}</button></div></form></div>')


def mailpoet(action):
    return (f'<div class="mailpoet_form mailpoet_form_widget"><form target="_self" method="post" action="{escape(action)}" class="mailpoet_form" novalidate>'
            '<p class="mailpoet_paragraph"><label for="form_email_2">Recevoir la lettre d\'information</label>'
            '<input type="email" id="form_email_2" class="mailpoet_text" name="data[form_field_email]" placeholder="Votre adresse e-mail"></p>'
            '<input type="hidden" name="data[form_id]" value="2"><input type="submit" class="mailpoet_submit" value="Je m\'abonne"></form></div>')


def sidebar(main, aside, cls="widget-area"):
    return f'<div class="contenu-avec-colonne"><div class="colonne-principale">{main}</div><aside class="{cls}" role="complementary">{aside}</aside></div>'


# ---- Joomla ------------------------------------------------------------------------------------

def rsform(form_id, action, fields, submit="Envoyer"):
    """RSForm! Pro: fields are (kind, name, label)."""
    out = []
    for kind, name, label in fields:
        if kind == "textarea":
            ctl = f'<textarea cols="50" rows="5" name="form[{name}]" id="{name}" class="rsform-text-box form-control"></textarea>'
        elif kind == "checkbox":
            ctl = f'<input type="checkbox" name="form[{name}][]" value="oui" id="{name}0" class="rsform-checkbox"> <label for="{name}0">{label}</label>'
            label = ""
        else:
            ctl = f'<input type="{kind}" value="" size="20" name="form[{name}]" id="{name}" class="rsform-input-box form-control">'
        out.append(f'<div class="mb-3 rsform-block rsform-block-{name.lower()}"><label class="formControlLabel form-label" for="{name}">{label}</label>'
                   f'<div class="formControls">{ctl}<span class="formValidation"><span id="component{len(out)}" class="formNoError">Champ invalide</span></span></div></div>')
    return (f'<form method="post" id="userForm" class="formResponsive" enctype="multipart/form-data" action="{escape(action)}">'
            f'<div id="rsform_{form_id}_page_0">{"".join(out)}'
            f'<div class="mb-3 rsform-block rsform-block-envoyer"><div class="formControls"><button type="submit" name="form[Envoyer]" id="Envoyer" class="rsform-submit-button btn btn-primary">{submit}</button></div></div></div>'
            f'<input type="hidden" name="form[formId]" value="{form_id}"></form>')


def petition_card(href, title, count, goal, state="Ouverte"):
    pct = min(100, round(100 * count / goal))
    return (f'<div class="petition-item card"><div class="card-body"><span class="badge petition-state">{state}</span>'
            f'<h3 class="petition-title"><a href="{escape(href)}">{title}</a></h3>'
            f'<div class="progress"><div class="progress-bar" style="width:{pct}%"></div></div>'
            f'<p class="petition-count"><strong>{count}</strong> signatures sur {goal}</p></div></div>')


def petition_sign(action, pid):
    return (f'<form action="{escape(action)}" method="post" class="form-validate petition-sign" id="petition-sign-{pid}">'
            '<fieldset><legend>Signer cette pétition</legend>'
            '<div class="control-group"><label for="jform_nom">Nom et prénom</label><input type="text" name="jform[nom]" id="jform_nom" required></div>'
            '<div class="control-group"><label for="jform_email">Adresse e-mail</label><input type="email" name="jform[email]" id="jform_email" required></div>'
            '<div class="control-group"><label for="jform_adresse">Rue</label><input type="text" name="jform[adresse]" id="jform_adresse"></div>'
            '<div class="control-group"><input type="checkbox" name="jform[electeur]" id="jform_electeur" value="1" required>'
            '<label for="jform_electeur">Je certifie être inscrit(e) sur la liste électorale de la commune</label></div>'
            f'<input type="hidden" name="task" value="petition.sign"><input type="hidden" name="id" value="{pid}">'
            '<button type="submit" class="btn btn-primary validate">Je signe</button></fieldset></form>')


# ---- SPIP --------------------------------------------------------------------------------------

def spip_forum_thread(messages):
    lis = "".join(
        f'<li class="forum-fil"><div class="forum-message" id="forum{1200 + i}"><div class="forum-chapo">'
        f'<strong class="forum-titre">{title}</strong><small> {date}, par <span class="auteur">{who}</span></small></div>'
        f'<div class="forum-texte"><p>{text}</p></div><p class="repondre"><a href="#formulaire_forum" rel="noindex nofollow">Répondre à ce message</a></p></div></li>'
        for i, (title, date, who, text) in enumerate(messages))
    return f'<div class="forum-total"><h2 class="h2">{len(messages)} Messages</h2><ul class="forum">{lis}</ul></div>'


def spip_forum_form(id_article, action):
    return ('<div class="formulaire_spip formulaire_forum ajax" id="formulaire_forum"><h3>Un message, un commentaire ?</h3>'
            f'<form action="{escape(action)}#formulaire_forum" method="post"><div>'
            f'<input name="formulaire_action" type="hidden" value="forum"><input name="id_article" type="hidden" value="{id_article}">'
            '<fieldset class="editer-groupe"><legend>Votre message</legend>'
            '<div class="editer saisie_titre"><label for="titre">Titre (obligatoire)</label><input type="text" class="text" name="titre" id="titre" size="60"></div>'
            '<div class="editer saisie_texte"><label for="texte">Texte de votre message</label>'
            '<textarea name="texte" id="texte" rows="10" cols="40"></textarea></div></fieldset>'
            '<fieldset class="qui saisie_qui"><legend>Qui êtes-vous ?</legend>'
            '<div class="editer saisie_session_nom"><label for="session_nom">Votre nom</label><input type="text" class="text" name="session_nom" id="session_nom" size="40"></div>'
            '<div class="editer saisie_session_email"><label for="session_email">Votre adresse email</label><input type="email" class="text email" name="session_email" id="session_email" size="40"></div></fieldset>'
            '<p class="boutons"><input type="submit" class="submit" name="previsualiser_message" value="Prévisualiser"></p></div></form></div>')


def spip_formidable(num, action, fields, submit="Envoyer"):
    """The Formidable plugin's forms: fields are (kind, name, label)."""
    out = []
    for kind, name, label in fields:
        if kind == "textarea":
            ctl = f'<textarea name="{name}" class="textarea" id="champ_{name}" rows="5" cols="40"></textarea>'
        elif kind.startswith("radio:"):
            ctl = "".join(f'<div class="choix choix_{i}"><input type="radio" name="{name}" class="radio" id="champ_{name}_{i}" value="{i}">'
                          f'<label for="champ_{name}_{i}">{o}</label></div>' for i, o in enumerate(kind[6:].split("|")))
        else:
            ctl = f'<input type="{kind}" name="{name}" class="text" id="champ_{name}" value="">'
        out.append(f'<div class="editer editer_{name} saisie_{kind.split(":")[0]}"><label class="label" for="champ_{name}">{label}</label>{ctl}</div>')
    return (f'<div class="formulaire_spip formulaire_formidable formulaire_formidable-{num} ajax" id="formulaire_formidable-{num}">'
            f'<form method="post" action="{escape(action)}"><div><input name="formulaire_action" type="hidden" value="formidable">'
            f'<input name="formulaire_action_args" type="hidden" value="{num}"><div class="editer-groupe">{"".join(out)}</div>'
            f'<p class="boutons"><input type="submit" class="submit" value="{submit}"></p></div></form></div>')


def spip_contact(action):
    return ('<div class="formulaire_spip formulaire_contact formulaire_ecrire_auteur ajax" id="formulaire_contact">'
            f'<form method="post" action="{escape(action)}"><div><input name="formulaire_action" type="hidden" value="contact">'
            '<fieldset><legend>Écrire à la mairie</legend>'
            '<div class="editer saisie_email_message_auteur"><label for="email_message_auteur">Votre adresse email</label>'
            '<input type="email" class="text email" name="email_message_auteur" id="email_message_auteur" size="30"></div>'
            '<div class="editer saisie_sujet_message_auteur"><label for="sujet_message_auteur">Sujet</label>'
            '<input type="text" class="text" name="sujet_message_auteur" id="sujet_message_auteur" size="30"></div>'
            '<div class="editer saisie_texte_message_auteur"><label for="texte_message_auteur">Texte de votre message</label>'
            '<textarea name="texte_message_auteur" id="texte_message_auteur" rows="8" cols="60"></textarea></div></fieldset>'
            '<p class="boutons"><input type="submit" class="submit" name="valide" value="Envoyer"></p></div></form></div>')


# ---- Drupal ------------------------------------------------------------------------------------

def webform(form_id, action, items, submit="Envoyer"):
    """Drupal Webform: items are (kind, key, label, options)."""
    out = []
    for kind, key, label, options in items:
        k = key.replace("_", "-")
        if kind == "radios":
            radios = "".join(
                f'<div class="js-form-item form-item js-form-type-radio form-type-radio"><input data-drupal-selector="edit-{k}-{i}" type="radio" '
                f'id="edit-{k}-{i}" name="{key}" value="{i}" class="form-radio"><label for="edit-{k}-{i}" class="option">{o}</label></div>'
                for i, o in enumerate(options))
            out.append(f'<fieldset data-drupal-selector="edit-{k}" id="edit-{k}--wrapper" class="radios--wrapper fieldgroup form-composite webform-type-radios js-webform-type-radios">'
                       f'<legend><span class="fieldset-legend">{label}</span></legend><div class="fieldset-wrapper"><div id="edit-{k}" class="js-webform-radios webform-options-display-one-column form-radios">{radios}</div></div></fieldset>')
        elif kind == "textarea":
            out.append(f'<div class="js-form-item form-item js-form-type-textarea form-type-textarea form-item-{k}"><label for="edit-{k}">{label}</label>'
                       f'<div class="form-textarea-wrapper"><textarea data-drupal-selector="edit-{k}" id="edit-{k}" name="{key}" rows="5" cols="60" class="form-textarea"></textarea></div></div>')
        else:
            out.append(f'<div class="js-form-item form-item js-form-type-{kind} form-type-{kind} form-item-{k}"><label for="edit-{k}">{label}</label>'
                       f'<input data-drupal-selector="edit-{k}" type="{kind}" id="edit-{k}" name="{key}" value="" size="60" class="form-{kind}"></div>')
    fid = form_id.replace("_", "-")
    return (f'<form class="webform-submission-form webform-submission-add-form webform-submission-{fid}-form js-webform-details-toggle webform-details-toggle" '
            f'data-drupal-selector="webform-submission-{fid}-add-form" action="{escape(action)}" method="post" id="webform-submission-{fid}-add-form" accept-charset="UTF-8">'
            f'{"".join(out)}<input data-drupal-selector="edit-webform-submission-{fid}-add-form" type="hidden" name="form_id" value="webform_submission_{form_id}_add_form">'
            f'<div data-drupal-selector="edit-actions" class="form-actions webform-actions form-wrapper" id="edit-actions"><input class="webform-button--submit button button--primary js-form-submit form-submit" '
            f'data-drupal-selector="edit-actions-submit" type="submit" id="edit-actions-submit" name="op" value="{submit}"></div></form>')


def drupal_contact(action):
    return (f'<form class="contact-message-feedback-form contact-message-form contact-form" data-drupal-selector="contact-message-feedback-form" action="{escape(action)}" method="post" id="contact-message-feedback-form" accept-charset="UTF-8">'
            '<div class="js-form-item form-item form-item-name"><label for="edit-name" class="js-form-required form-required">Votre nom</label><input data-drupal-selector="edit-name" type="text" id="edit-name" name="name" size="60" maxlength="255" class="form-text required" required></div>'
            '<div class="js-form-item form-item form-item-mail"><label for="edit-mail" class="js-form-required form-required">Votre adresse de courriel</label><input data-drupal-selector="edit-mail" type="email" id="edit-mail" name="mail" size="60" class="form-email required" required></div>'
            '<div class="field--type-string field--name-subject"><div class="js-form-item form-item"><label for="edit-subject-0-value">Sujet</label><input class="js-text-full text-full form-text" data-drupal-selector="edit-subject-0-value" type="text" id="edit-subject-0-value" name="subject[0][value]" size="60"></div></div>'
            '<div class="field--type-string-long field--name-message"><div class="js-form-item form-item"><label for="edit-message-0-value">Message</label><div class="form-textarea-wrapper"><textarea class="js-text-full text-full form-textarea required" data-drupal-selector="edit-message-0-value" id="edit-message-0-value" name="message[0][value]" rows="12" cols="60" required></textarea></div></div></div>'
            '<input data-drupal-selector="edit-contact-message-feedback-form" type="hidden" name="form_id" value="contact_message_feedback_form">'
            '<div data-drupal-selector="edit-actions" class="form-actions js-form-wrapper form-wrapper" id="edit-actions"><input data-drupal-selector="edit-submit" type="submit" id="edit-submit" name="op" value="Envoyer le message" class="button button--primary js-form-submit form-submit"></div></form>')


def simplenews(action):
    return (f'<form class="simplenews-subscriptions-block-lettre-d-information simplenews-subscriber-form" action="{escape(action)}" method="post" id="simplenews-subscriptions-block" accept-charset="UTF-8">'
            '<div class="field--name-mail"><label for="edit-mail-0-value">Courriel</label><input type="email" id="edit-mail-0-value" name="mail[0][value]" class="form-email"></div>'
            '<input type="hidden" name="form_id" value="simplenews_subscriptions_block_lettre_d_information">'
            '<input type="submit" id="edit-subscribe" name="op" value="S\'abonner" class="button form-submit"></form>')


# ---- Cap Collectif and Decidim ---------------------------------------------------------------------

def capco_steps(steps, current):
    lis = "".join(f'<li class="step-list__item{" step-list__item--active" if i == current else ""}">'
                  f'<a href="{escape(href)}" class="step-list__link"><span class="step-list__title">{title}</span>'
                  f'<span class="step-list__dates">{dates}</span></a></li>' for i, (href, title, dates) in enumerate(steps))
    return f'<nav class="project-header__steps"><ol class="step-list">{lis}</ol></nav>'


def capco_proposal_preview(href, title, author, theme, votes=None, cost=None):
    v = f'<span class="proposal__votes"><strong>{votes}</strong> votes</span>' if votes is not None else ""
    c = f'<span class="proposal__estimation">{cost} €</span>' if cost else ""
    return (f'<li class="proposal-preview list-group-item"><div class="card__body"><h3 class="card__title proposal__title">'
            f'<a href="{escape(href)}">{title}</a></h3><p class="proposal__author">par <span class="username">{author}</span></p>'
            f'<p class="proposal__infos"><span class="proposal__theme">{theme}</span> {c}</p></div><div class="proposal__footer">{v}</div></li>')


def capco_proposal_form(action):
    return (f'<form id="proposal-form" class="proposal-form" method="post" action="{escape(action)}">'
            '<div class="form-group"><label for="proposal_title" class="control-label">Titre de votre projet</label><input id="proposal_title" name="title" type="text" class="form-control"></div>'
            '<div class="form-group"><label for="proposal_summary">Résumé</label><input id="proposal_summary" name="summary" type="text" maxlength="140" class="form-control"></div>'
            '<div class="form-group"><label for="proposal_body">Description détaillée</label><textarea id="proposal_body" name="body" class="form-control" rows="8"></textarea></div>'
            '<div class="form-group"><label for="proposal_theme">Thématique</label><select id="proposal_theme" name="theme" class="form-control">'
            '<option>Cadre de vie</option><option>Mobilité</option><option>Environnement</option><option>Jeunesse et sport</option></select></div>'
            '<div class="form-group"><label for="proposal_address">Localisation</label><input id="proposal_address" name="address" type="text" class="form-control"></div>'
            '<button type="submit" class="btn btn-primary">Déposer mon projet</button></form>')


def decidim_card(href, title, meta, extra=""):
    return (f'<a href="{escape(href)}" class="card__list" id="budgets__project-{zlib.crc32(href.encode()) % 900 + 100}"><div class="card__list-content">'
            f'<h3 class="card__list-title">{title}</h3><div class="card__list-metadata">{meta}</div></div>{extra}</a>')


def decidim_process_hero(title, step, dates):
    return (f'<div class="participatory-space__hero"><h2 class="participatory-space__title">{title}</h2>'
            f'<div class="participatory-space__metadata"><div class="participatory-space__metadata-item"><span>Phase actuelle</span><strong>{step}</strong></div>'
            f'<div class="participatory-space__metadata-item"><span>Dates</span><strong>{dates}</strong></div></div></div>')


def decidim_vote_box(budget):
    return (f'<div class="budget-summary" data-progress-reference><h3 class="budget-summary__title">Votre vote</h3>'
            f'<p>Budget disponible : <strong>{budget}</strong>. Sélectionnez les projets que vous souhaitez voir réalisés, dans la limite de l\'enveloppe.</p>'
            '<div class="budget-summary__progressbox"><progress max="100" value="0"></progress></div>'
            '<a href="/users/sign_in" class="button button__sm button__secondary">Se connecter pour voter</a></div>')


# ---- phpBB -------------------------------------------------------------------------------------

def phpbb_forumlist(rows):
    lis = "".join(
        f'<li class="row"><dl class="row-item forum_read"><dt title="Aucun message non lu"><div class="list-inner">'
        f'<a href="{escape(href)}" class="forumtitle">{title}</a><br>{desc}</div></dt>'
        f'<dd class="topics">{topics} <dfn>Sujets</dfn></dd><dd class="posts">{posts} <dfn>Messages</dfn></dd>'
        f'<dd class="lastpost"><span><dfn>Dernier message </dfn>par <a class="username">{last}</a></span></dd></dl></li>'
        for href, title, desc, topics, posts, last in rows)
    return (f'<div class="forabg"><div class="inner"><ul class="topiclist"><li class="header"><dl class="row-item"><dt><div class="list-inner">Forum</div></dt>'
            f'<dd class="topics">Sujets</dd><dd class="posts">Messages</dd><dd class="lastpost"><span>Dernier message</span></dd></dl></li></ul>'
            f'<ul class="topiclist forums">{lis}</ul></div></div>')


def phpbb_topiclist(rows, newtopic):
    lis = "".join(
        f'<li class="row bg{1 + i % 2}"><dl class="row-item topic_read"><dt><div class="list-inner">'
        f'<a href="{escape(href)}" class="topictitle">{title}</a><br><div class="topic-poster responsive-hide left-box">par <a class="username">{who}</a> » {date}</div></div></dt>'
        f'<dd class="posts">{replies} <dfn>Réponses</dfn></dd><dd class="views">{replies * 23 + 40} <dfn>Vues</dfn></dd></dl></li>'
        for i, (href, title, who, date, replies) in enumerate(rows))
    return (f'<div class="action-bar bar-top"><a href="{escape(newtopic)}" class="button" title="Publier un nouveau sujet"><span>Nouveau sujet</span></a></div>'
            f'<div class="forumbg"><div class="inner"><ul class="topiclist topics">{lis}</ul></div></div>')


def phpbb_posts(posts, reply_action):
    out = "".join(
        f'<div id="p{500 + i}" class="post has-profile bg{1 + i % 2}"><div class="inner"><dl class="postprofile"><dt><a class="username">{who}</a></dt></dl>'
        f'<div class="postbody"><h3><a href="#p{500 + i}">{title}</a></h3><p class="author">par <strong>{who}</strong> » {date}</p>'
        f'<div class="content">{text}</div></div></div></div>'
        for i, (who, date, title, text) in enumerate(posts))
    qr = (f'<form method="post" action="{escape(reply_action)}" id="qr_postform"><div class="panel"><div class="inner"><h2 class="quickreply-title">Réponse rapide</h2>'
          '<fieldset class="fields1"><div><input type="text" name="subject" id="subject" class="inputbox autowidth" value="Re: "></div>'
          '<div id="message-box" class="message-box"><textarea name="message" rows="7" cols="76" id="message" class="inputbox"></textarea></div></fieldset>'
          '<fieldset class="submit-buttons"><input type="submit" accesskey="s" name="post" value="Envoyer" class="button1"></fieldset></div></div></form>')
    return out + qr


# ---- a site builder (Wix-like) and e-monsite-like layouts ------------------------------------------

def wix_form(form_id, fields, submit="Envoyer"):
    out = []
    for kind, label in fields:
        cid = f"comp-{form_id}{len(out)}"
        if kind == "textarea":
            ctl = f'<textarea id="textarea_{cid}" class="wixui-text-box__input" placeholder="{label}" aria-label="{label}"></textarea>'
        else:
            ctl = f'<input type="{kind}" id="input_{cid}" class="wixui-text-input__input" placeholder="{label}" aria-label="{label}">'
        out.append(f'<div id="{cid}" class="wixui-{"text-box" if kind == "textarea" else "text-input"}"><label for="{cid}">{label}</label>{ctl}</div>')
    return (f'<form id="comp-{form_id}" class="wixui-form" data-testid="form" aria-label="Formulaire">{"".join(out)}'
            f'<div class="wixui-button"><button type="submit" data-testid="buttonElement" class="wixui-button__label">{submit}</button></div></form>')
