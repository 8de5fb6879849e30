"""Markup helpers of the "rias" holdout part: page furniture and the widgets of the CMSs, plugins and
platforms its communes use (written for this part, in the manner of the real software)."""
from html import escape
from urllib.parse import quote


def prose(*paragraphs):
    return "".join(f"<p>{p}</p>" for p in paragraphs)


def section(title, *paragraphs, level=2):
    return f"<h{level}>{title}</h{level}>" + prose(*paragraphs)


def bullets(*items, cls=""):
    return f'<ul class="{cls}">' + "".join(f"<li>{i}</li>" for i in items) + "</ul>"


def links(items, cls="liste-liens"):
    return f'<ul class="{cls}">' + "".join(f'<li><a href="{escape(h)}">{t}</a></li>' for h, t in items) + "</ul>"


def cookie_banner():
    return ('<div id="tarteaucitronAlertBig" class="cookie-banner" role="dialog" aria-label="Gestion des cookies">'
            '<span id="tarteaucitronDisclaimerAlert">Ce site utilise des cookies de mesure d\'audience. '
            'Vous pouvez les accepter ou les refuser.</span>'
            '<button type="button" id="tarteaucitronPersonalize2">Tout accepter</button>'
            '<button type="button" id="tarteaucitronAllDenied2">Tout refuser</button>'
            '<button type="button" id="tarteaucitronCloseAlert">Personnaliser</button></div>')


def news(items, title="Actualités", cls="news-teasers"):
    """items: (href, title, date, chapo)"""
    cards = "".join(
        f'<article class="{cls}__item"><p class="{cls}__date"><time>{d}</time></p>'
        f'<h3 class="{cls}__title"><a href="{escape(h)}">{t}</a></h3><p>{c}</p></article>'
        for h, t, d, c in items)
    return f'<section class="{cls}"><h2>{title}</h2>{cards}</section>'


def agenda(items, title="Agenda"):
    rows = "".join(f'<li class="agenda__event"><span class="agenda__date">{d}</span> '
                   f'<a href="{escape(h)}">{t}</a> <span class="agenda__lieu">{lieu}</span></li>'
                   for h, t, d, lieu in items)
    return f'<section class="agenda"><h2>{title}</h2><ul>{rows}</ul></section>'


def quick_links(items, title="Accès rapides"):
    tiles = "".join(f'<li class="quick__tile"><a href="{escape(h)}"><span class="quick__icon" aria-hidden="true">'
                    f'</span>{t}</a></li>' for h, t in items)
    return f'<nav class="quick" aria-label="{title}"><h2>{title}</h2><ul>{tiles}</ul></nav>'


def home(intro, tiles, teasers, events, banner=True):
    return ((cookie_banner() if banner else "") + f'<div class="home-hero"><p class="home-hero__intro">{intro}</p></div>'
            + quick_links(tiles) + news(teasers) + agenda(events))


def with_aside(main, aside, cls="sidebar"):
    return (f'<div class="layout-2col"><div class="layout-2col__main">{main}</div>'
            f'<aside class="{cls}" role="complementary">{aside}</aside></div>')


def share(url, title="Partager"):
    u = quote(url, safe="")
    return (f'<div class="share-buttons"><span>{title} :</span>'
            f'<a class="share share--facebook" href="https://www.facebook.com/sharer/sharer.php?u={u}" target="_blank" rel="noopener">Facebook</a>'
            f'<a class="share share--x" href="https://twitter.com/intent/tweet?url={u}" target="_blank" rel="noopener">X</a>'
            f'<a class="share share--linkedin" href="https://www.linkedin.com/shareArticle?mini=true&amp;url={u}" target="_blank" rel="noopener">LinkedIn</a>'
            f'<a class="share share--mail" href="mailto:?subject=A%20lire&amp;body={u}">Courriel</a></div>')


def docs(*items):
    return '<ul class="documents">' + "".join(
        f'<li class="document"><span class="document__title">{t}</span> <span class="document__meta">(PDF, {s})</span></li>'
        for t, s in items) + "</ul>"


# ---- forms that are not contact forms ------------------------------------------------------------

def newsletter(action="/newsletter/inscription", title="Recevez la lettre d'information"):
    return (f'<section class="newsletter"><h2>{title}</h2><form method="post" action="{action}" class="newsletter__form">'
            '<label for="nl-email">Votre adresse e-mail</label><input type="email" id="nl-email" name="email" required>'
            '<input type="checkbox" id="nl-rgpd" name="consent" value="1" required> <label for="nl-rgpd">J\'accepte de recevoir la lettre</label>'
            '<button type="submit">S\'inscrire</button></form></section>')


def booking(action, slots, what="créneau"):
    opts = "".join(f'<option value="{i}">{escape(s)}</option>' for i, s in enumerate(slots, 1))
    return (f'<form method="post" action="{action}" class="booking-form"><fieldset><legend>Réserver un {what}</legend>'
            f'<label for="bk-slot">Créneau</label><select id="bk-slot" name="creneau">{opts}</select>'
            '<label for="bk-nom">Nom</label><input type="text" id="bk-nom" name="nom" required>'
            '<label for="bk-mail">Courriel</label><input type="email" id="bk-mail" name="courriel" required>'
            '<label for="bk-nb">Nombre de personnes</label><input type="number" id="bk-nb" name="nombre" min="1" max="6" value="1">'
            '<button type="submit">Valider la réservation</button></fieldset></form>')


def payment(action, ref_label="Référence de la facture"):
    return (f'<form method="post" action="{action}" class="payment-form"><fieldset><legend>Paiement en ligne</legend>'
            f'<label for="pay-ref">{ref_label}</label><input type="text" id="pay-ref" name="reference" required>'
            '<label for="pay-amount">Montant (€)</label><input type="text" id="pay-amount" name="montant" inputmode="decimal">'
            '<label for="pay-mail">Courriel pour le reçu</label><input type="email" id="pay-mail" name="email">'
            '<button type="submit">Payer par carte (PayFiP)</button></fieldset></form>')


def registration(action, fields=("Nom de l'enfant", "Prénom de l'enfant", "Date de naissance", "École")):
    inner = "".join(f'<label for="reg-{i}">{f}</label><input type="text" id="reg-{i}" name="champ_{i}">'
                    for i, f in enumerate(fields))
    return (f'<form method="post" action="{action}" class="registration-form"><fieldset><legend>Inscription</legend>'
            f'{inner}<label for="reg-mail">Courriel du responsable</label><input type="email" id="reg-mail" name="email">'
            '<button type="submit">Envoyer l\'inscription</button></fieldset></form>')


def login(action, user="login", password="password"):
    return (f'<form method="post" action="{action}" class="form-login"><label for="lg-u">Identifiant ou e-mail</label>'
            f'<input type="text" id="lg-u" name="{user}"><label for="lg-p">Mot de passe</label>'
            f'<input type="password" id="lg-p" name="{password}"><button type="submit">Connexion</button>'
            '<a href="#" class="form-login__forgot">Mot de passe oublié ?</a></form>')


# ---- contact forms, as each CMS writes them --------------------------------------------------------

def cf7(action, form_id=118, subjects=("Renseignement", "État civil", "Voirie", "Autre")):
    opts = "".join(f'<option value="{escape(s)}">{escape(s)}</option>' for s in subjects)
    return (f'<div class="wpcf7 no-js" id="wpcf7-f{form_id}-o1" lang="fr-FR" dir="ltr">'
            f'<form action="{action}#wpcf7-f{form_id}-o1" method="post" class="wpcf7-form init" novalidate="novalidate" data-status="init">'
            f'<div style="display: none;"><input type="hidden" name="_wpcf7" value="{form_id}" /><input type="hidden" name="_wpcf7_version" value="5.9.3" />'
            '<input type="hidden" name="_wpcf7_locale" value="fr_FR" /></div>'
            '<p><label> Votre nom<br /><span class="wpcf7-form-control-wrap" data-name="your-name"><input size="40" class="wpcf7-form-control wpcf7-text wpcf7-validates-as-required" aria-required="true" value="" type="text" name="your-name" /></span></label></p>'
            '<p><label> Votre e-mail<br /><span class="wpcf7-form-control-wrap" data-name="your-email"><input size="40" class="wpcf7-form-control wpcf7-email wpcf7-validates-as-required wpcf7-text wpcf7-validates-as-email" aria-required="true" value="" type="email" name="your-email" /></span></label></p>'
            f'<p><label> Objet<br /><span class="wpcf7-form-control-wrap" data-name="your-subject"><select class="wpcf7-form-control wpcf7-select" name="your-subject">{opts}</select></span></label></p>'
            '<p><label> Votre message<br /><span class="wpcf7-form-control-wrap" data-name="your-message"><textarea cols="40" rows="10" class="wpcf7-form-control wpcf7-textarea" name="your-message"></textarea></span></label></p>'
            '<p><span class="wpcf7-form-control-wrap" data-name="rgpd"><span class="wpcf7-form-control wpcf7-acceptance"><span class="wpcf7-list-item"><input type="checkbox" name="rgpd" value="1" aria-invalid="false" /></span></span></span> J\'accepte que mes données soient utilisées pour traiter ma demande.</p>'
            '<p><input class="wpcf7-form-control wpcf7-submit has-spinner" type="submit" value="Envoyer" /></p>'
            '<div class="wpcf7-response-output" aria-hidden="true"></div></form></div>')


def webform(action, form="contact", node=12, message_label="Message"):
    sel = f"webform-submission-{form}-node-{node}-add-form"
    return (f'<form class="webform-submission-form webform-submission-add-form webform-submission-{form}-form '
            f'webform-submission-{form}-node-{node}-form js-webform-details-toggle webform-details-toggle" '
            f'data-drupal-selector="{sel}" action="{action}" method="post" id="{sel}" accept-charset="UTF-8">'
            '<div class="js-form-item form-item js-form-type-textfield form-item-name"><label for="edit-name" class="js-form-required form-required">Nom et prénom</label>'
            '<input data-drupal-selector="edit-name" type="text" id="edit-name" name="name" value="" size="60" maxlength="255" class="form-text required" required="required" /></div>'
            '<div class="js-form-item form-item js-form-type-email form-item-email"><label for="edit-email" class="js-form-required form-required">Courriel</label>'
            '<input data-drupal-selector="edit-email" type="email" id="edit-email" name="email" value="" size="60" maxlength="254" class="form-email required" required="required" /></div>'
            '<div class="js-form-item form-item js-form-type-textfield form-item-subject"><label for="edit-subject">Objet</label>'
            '<input data-drupal-selector="edit-subject" type="text" id="edit-subject" name="subject" value="" size="60" maxlength="255" class="form-text" /></div>'
            f'<div class="js-form-item form-item js-form-type-textarea form-item-message"><label for="edit-message" class="js-form-required form-required">{message_label}</label>'
            '<div class="form-textarea-wrapper"><textarea data-drupal-selector="edit-message" id="edit-message" name="message" rows="5" cols="60" class="form-textarea required resize-vertical" required="required"></textarea></div></div>'
            f'<input autocomplete="off" data-drupal-selector="form-x7k2" type="hidden" name="form_build_id" value="form-x7k2{node}" />'
            f'<input data-drupal-selector="edit-webform-submission-{form}-node-{node}-add-form" type="hidden" name="form_id" value="webform_submission_{form}_node_{node}_add_form" />'
            '<div data-drupal-selector="edit-actions" class="form-actions webform-actions js-form-wrapper form-wrapper" id="edit-actions">'
            '<input class="webform-button--submit button button--primary js-form-submit form-submit" data-drupal-selector="edit-actions-submit" type="submit" id="edit-actions-submit" name="op" value="Envoyer" /></div></form>')


def spip_contact(action="spip.php?page=contact", auteur=1):
    return ('<div class="formulaire_spip formulaire_ecrire_auteur ajax" id="formulaire_ecrire_auteur">'
            f'<form method="post" action="{action}"><div><input name="formulaire_action" type="hidden" value="ecrire_auteur" />'
            f'<input name="formulaire_action_args" type="hidden" value="{auteur}" />'
            '<fieldset><legend>Envoyer un message</legend><div class="editer-groupe">'
            '<div class="editer saisie_email_message_auteur obligatoire"><label for="email_message_auteur">Votre adresse email</label>'
            '<input type="email" class="text email" name="email_message_auteur" id="email_message_auteur" value="" size="40" /></div>'
            '<div class="editer saisie_sujet_message_auteur obligatoire"><label for="sujet_message_auteur">Sujet</label>'
            '<input type="text" class="text" name="sujet_message_auteur" id="sujet_message_auteur" value="" size="40" /></div>'
            '<div class="editer saisie_texte_message_auteur obligatoire"><label for="texte_message_auteur">Texte de votre message</label>'
            '<textarea name="texte_message_auteur" id="texte_message_auteur" rows="8" cols="60"></textarea></div></div></fieldset>'
            '<p class="boutons"><input type="submit" class="submit" name="valide" value="Envoyer" /></p></div></form></div>')


def joomla_contact(action="/index.php/nous-contacter"):
    return (f'<div class="com-contact__form contact-form"><form id="contact-form" action="{action}" method="post" class="form-validate form-horizontal well">'
            '<fieldset><legend>Envoyer un message. Tous les champs avec un astérisque (*) sont obligatoires.</legend>'
            '<div class="control-group field-spacer"><div class="control-label"><label id="jform_contact_name-lbl" for="jform_contact_name" class="required">Nom<span class="star">&#160;*</span></label></div>'
            '<div class="controls"><input type="text" name="jform[contact_name]" id="jform_contact_name" value="" class="form-control required" size="30" required></div></div>'
            '<div class="control-group"><div class="control-label"><label id="jform_contact_email-lbl" for="jform_contact_email" class="required">E-mail<span class="star">&#160;*</span></label></div>'
            '<div class="controls"><input type="email" inputmode="email" name="jform[contact_email]" class="form-control validate-email required" id="jform_contact_email" value="" size="30" autocomplete="email" required></div></div>'
            '<div class="control-group"><div class="control-label"><label id="jform_contact_emailmsg-lbl" for="jform_contact_emailmsg" class="required">Sujet<span class="star">&#160;*</span></label></div>'
            '<div class="controls"><input type="text" name="jform[contact_subject]" id="jform_contact_emailmsg" value="" class="form-control required" size="60" required></div></div>'
            '<div class="control-group"><div class="control-label"><label id="jform_contact_message-lbl" for="jform_contact_message" class="required">Message<span class="star">&#160;*</span></label></div>'
            '<div class="controls"><textarea name="jform[contact_message]" id="jform_contact_message" cols="50" rows="10" class="form-control required" required></textarea></div></div>'
            '</fieldset><div class="control-group"><div class="controls"><button class="btn btn-primary validate" type="submit">Envoyer</button>'
            '<input type="hidden" name="option" value="com_contact"><input type="hidden" name="task" value="contact.submit">'
            '<input type="hidden" name="id" value="1:mairie"><input type="hidden" name="3f6c1a8e2b" value="1"></div></div></form></div>')


def powermail(action, form_uid=3, textarea_label="Votre message", extra="", textarea=True):
    p = "tx_powermail_pi1"
    return (f'<div class="tx-powermail"><div class="container-fluid"><form data-powermail-validate="data-powermail-validate" '
            f'data-validate="html5" enctype="multipart/form-data" name="field" class="powermail_form powermail_form_{form_uid} nolabel " '
            f'action="{action}?{p}%5Baction%5D=create&amp;{p}%5Bcontroller%5D=Form" method="post">'
            f'<h3>Formulaire</h3><fieldset class="powermail_fieldset powermail_fieldset_{form_uid} layout1">'
            f'<div class="powermail_fieldwrap powermail_fieldwrap_type_input powermail_fieldwrap_nom"><label for="powermail_field_nom" class="powermail_label">Nom<span class="mandatory">*</span></label>'
            f'<input required="required" class="powermail_input" id="powermail_field_nom" type="text" name="{p}[field][nom]" value="" /></div>'
            f'<div class="powermail_fieldwrap powermail_fieldwrap_type_input powermail_fieldwrap_email"><label for="powermail_field_email" class="powermail_label">Courriel<span class="mandatory">*</span></label>'
            f'<input required="required" class="powermail_input" id="powermail_field_email" type="email" name="{p}[field][email]" value="" /></div>{extra}'
            + (f'<div class="powermail_fieldwrap powermail_fieldwrap_type_textarea powermail_fieldwrap_message"><label for="powermail_field_message" class="powermail_label">{textarea_label}</label>'
               f'<textarea rows="5" cols="20" class="powermail_textarea" id="powermail_field_message" name="{p}[field][message]"></textarea></div>' if textarea else "")
            + f'<div class="powermail_fieldwrap powermail_fieldwrap_type_submit"><input class="btn btn-primary powermail_submit" type="submit" value="Envoyer" /></div>'
            f'</fieldset><input type="hidden" name="{p}[mail][form]" value="{form_uid}" /></form></div></div>')


def vendor_form(action, title, fields, textarea=None, button="Envoyer", cls="form-contact"):
    """A form as agency CMSs write it: labelled inputs in .form__group, RGAA hints."""
    star = ' <abbr title="obligatoire">*</abbr>'
    inner = "".join(
        f'<div class="form__group"><label for="f-{n}" class="form__label">{label}{star if req else ""}</label>'
        f'<input class="form__input" type="{t}" id="f-{n}" name="{n}"{" required" if req else ""}></div>'
        for n, label, t, req in fields)
    if textarea:
        n, label = textarea
        inner += (f'<div class="form__group"><label for="f-{n}" class="form__label">{label} <abbr title="obligatoire">*</abbr></label>'
                  f'<textarea class="form__textarea" id="f-{n}" name="{n}" rows="7" required></textarea></div>')
    return (f'<form class="{cls} form" method="post" action="{action}" novalidate><p class="form__legend">{title}</p>'
            f'<p class="form__mandatory">Les champs marqués d\'un astérisque (*) sont obligatoires.</p>{inner}'
            '<div class="form__group form__group--rgpd"><input type="checkbox" id="f-rgpd" name="rgpd" required> '
            '<label for="f-rgpd">J\'ai pris connaissance de la politique de protection des données.</label></div>'
            f'<button class="btn btn--primary" type="submit">{button}</button></form>')


def publik_form(action, title, fields, textarea=None, steps=("Demande", "Validation")):
    step_html = "".join(f'<li class="{"current" if i == 0 else ""}"><span class="marker">{i + 1}</span> <span class="label">{s}</span></li>'
                        for i, s in enumerate(steps))
    inner = "".join(f'<div class="{"string" if t == "text" else "email"} widget-required widget" data-field-id="{n}">'
                    f'<div class="title"><label for="form_f{n}">{label}<span title="Ce champ est obligatoire." class="required">*</span></label></div>'
                    f'<div class="content"><input id="form_f{n}" name="f{n}" type="{t}" value="" aria-required="true"></div></div>'
                    for n, label, t in fields)
    if textarea:
        n, label = textarea
        inner += (f'<div class="text widget-required widget" data-field-id="{n}"><div class="title"><label for="form_f{n}">{label}'
                  f'<span class="required">*</span></label></div><div class="content"><textarea id="form_f{n}" name="f{n}" rows="8" cols="72"></textarea></div></div>')
    return (f'<div id="steps"><ol>{step_html}</ol></div><form action="{action}" method="post" enctype="multipart/form-data" '
            f'class="quixote" data-has-draft="false"><div class="form-content"><h2>{title}</h2>{inner}</div>'
            '<input type="hidden" name="_form_id" value="form"><input type="hidden" name="_ajax_form_token" value="6e1f3a">'
            '<div class="buttons submit"><div class="submit-button"><button name="submit" value="Valider">Valider</button></div>'
            '<div class="cancel-button"><button name="cancel" value="Abandonner" formnovalidate>Abandonner</button></div></div></form>')


# ---- polls and questionnaires --------------------------------------------------------------------

def wp_polls(pid, question, answers, action="/wp-admin/admin-ajax.php"):
    base = pid * 10
    opts = "".join(f'<li><input type="radio" id="poll-answer-{base + i}" name="poll_{pid}" value="{base + i}" />'
                   f' <label for="poll-answer-{base + i}">{escape(a)}</label></li>' for i, a in enumerate(answers, 1))
    return (f'<section class="widget widget_polls-widget"><h2 class="widget-title">Sondage</h2><div id="polls-{pid}" class="wp-polls">'
            f'<form id="polls_form_{pid}" class="wp-polls-form" action="{action}" method="post">'
            f'<p style="display: none;"><input type="hidden" id="poll_{pid}_nonce" name="wp-polls-nonce" value="a1b2c3d4e5" /></p>'
            f'<p style="display: none;"><input type="hidden" name="poll_id" value="{pid}" /></p>'
            f'<p style="text-align: center;"><strong>{escape(question)}</strong></p><div id="polls-{pid}-ans" class="wp-polls-ans">'
            f'<ul class="wp-polls-ul">{opts}</ul><p style="text-align: center;"><input type="button" name="vote" value="   Voter   " '
            f'class="Buttons" onclick="poll_vote({pid});" /></p><p style="text-align: center;"><a href="#ViewPollResults" '
            f'onclick="poll_result({pid}); return false;" title="Voir les résultats">Voir les résultats</a></p></div></form></div>'
            f'<div id="polls-{pid}-loading" class="wp-polls-loading">Chargement ...</div></section>')


def wp_polls_results(pid, question, rows, total):
    items = "".join(f'<li>{escape(a)} <small>({pct}%, {n} votes)</small><div class="pollbar" style="width: {pct}%;" '
                    f'title="{escape(a)} ({pct}% | {n} votes)"></div></li>' for a, pct, n in rows)
    return (f'<div id="polls-{pid}" class="wp-polls"><p style="text-align: center;"><strong>{escape(question)}</strong></p>'
            f'<div id="polls-{pid}-ans" class="wp-polls-ans"><ul class="wp-polls-ul">{items}</ul>'
            f'<p style="text-align: center;">Votants : <strong>{total}</strong></p><p style="text-align: center;">Ce sondage est clos.</p></div></div>')


def forminator_poll(fid, question, answers, action="/wp-admin/admin-ajax.php"):
    opts = "".join(f'<div class="forminator-field forminator-field--poll"><label for="answer-{fid}-{i}" class="forminator-radio">'
                   f'<input type="radio" name="{fid}" value="answer-{i}" id="answer-{fid}-{i}" class="forminator-radio-input">'
                   f'<span class="forminator-radio-bullet" aria-hidden="true"></span><span class="forminator-radio-label">{escape(a)}</span></label></div>'
                   for i, a in enumerate(answers, 1))
    return (f'<div class="forminator-poll-wrap"><form id="forminator-module-{fid}" class="forminator-ui forminator-poll '
            f'forminator-poll-{fid} forminator-design--default" method="post" data-forminator-render="0" data-form-id="{fid}" action="{action}">'
            f'<div class="forminator-poll-header"><h3 class="forminator-question">{escape(question)}</h3></div>'
            f'<div class="forminator-poll-body" role="radiogroup">{opts}</div><div class="forminator-poll-footer">'
            f'<input type="hidden" name="form_id" value="{fid}"><input type="hidden" name="action" value="forminator_submit_form_poll">'
            '<button class="forminator-button forminator-button-submit">Voter</button>'
            '<a href="#" class="forminator-link">Voir les résultats</a></div></form></div>')


def questionnaire(action, intro, questions, cls="questionnaire", button="Envoyer mes réponses", hidden=""):
    """questions: (label, kind, options) with kind radio / checkbox / scale / select / text (one line)."""
    blocks = []
    for n, (label, kind, options) in enumerate(questions, 1):
        if kind in ("radio", "checkbox"):
            inner = "".join(f'<label class="{cls}__choice"><input type="{kind}" name="q{n}{"[]" if kind == "checkbox" else ""}" value="{i}"> {escape(o)}</label>'
                            for i, o in enumerate(options, 1))
        elif kind == "scale":
            inner = "".join(f'<label class="{cls}__scale"><input type="radio" name="q{n}" value="{i}"> {i}</label>' for i in range(1, 6))
        elif kind == "select":
            inner = f'<select name="q{n}">' + "".join(f'<option value="{i}">{escape(o)}</option>' for i, o in enumerate(options, 1)) + "</select>"
        else:
            inner = f'<input type="text" name="q{n}" maxlength="140">'
        blocks.append(f'<fieldset class="{cls}__question"><legend>{n}. {label}</legend>{inner}</fieldset>')
    return (f'<form class="{cls}" method="post" action="{action}"><p class="{cls}__intro">{intro}</p>{hidden}{"".join(blocks)}'
            f'<button type="submit" class="{cls}__submit">{button}</button></form>')


def results_table(question, rows, note):
    body = "".join(f"<tr><td>{escape(a)}</td><td>{pct} %</td></tr>" for a, pct in rows)
    return (f'<figure class="resultats"><figcaption>{question}</figcaption><table class="table"><thead><tr><th>Réponse</th>'
            f'<th>Part</th></tr></thead><tbody>{body}</tbody></table><p class="resultats__note">{note}</p></figure>')


# ---- comments and forums ---------------------------------------------------------------------------

def wp_comments(comments, post_id, open_form=True):
    items = "".join(
        f'<li id="comment-{post_id * 10 + i}" class="comment even thread-even depth-1"><article class="comment-body">'
        f'<footer class="comment-meta"><div class="comment-author vcard"><b class="fn">{escape(a)}</b> <span class="says">dit :</span></div>'
        f'<div class="comment-metadata"><time>{d}</time></div></footer><div class="comment-content"><p>{escape(t)}</p></div>'
        f'<div class="reply"><a rel="nofollow" class="comment-reply-link" href="#comment-{post_id * 10 + i}" data-commentid="{post_id * 10 + i}">Répondre</a></div></article></li>'
        for i, (a, d, t) in enumerate(comments, 1))
    head = f'<h2 class="comments-title">{len(comments)} réponses</h2><ol class="comment-list">{items}</ol>' if comments else ""
    if open_form:
        form = ('<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Laisser un commentaire</h3>'
                '<form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate>'
                '<p class="comment-notes">Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *</p>'
                '<p class="comment-form-comment"><label for="comment">Commentaire <span class="required">*</span></label>'
                '<textarea id="comment" name="comment" cols="45" rows="8" maxlength="65525" required></textarea></p>'
                '<p class="comment-form-author"><label for="author">Nom <span class="required">*</span></label><input id="author" name="author" type="text" value="" size="30" maxlength="245" required /></p>'
                '<p class="comment-form-email"><label for="email">E-mail <span class="required">*</span></label><input id="email" name="email" type="email" value="" size="30" maxlength="100" required /></p>'
                '<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Laisser un commentaire" />'
                f'<input type="hidden" name="comment_post_ID" value="{post_id}" id="comment_post_ID" /><input type="hidden" name="comment_parent" id="comment_parent" value="0" /></p></form></div>')
    else:
        form = '<p class="no-comments">Les commentaires sont fermés.</p>'
    return f'<div id="comments" class="comments-area">{head}{form}</div>'


def drupal_comments(comments, node, open_form=True):
    items = "".join(
        f'<article data-comment-user-id="0" id="comment-{node * 10 + i}" class="comment js-comment by-anonymous">'
        f'<mark class="hidden" data-comment-timestamp="17{node}{i}"></mark><footer class="comment__meta"><p class="comment__submitted">'
        f'Soumis par <span>{escape(a)}</span> le {d}</p></footer><div class="comment__content"><div class="field field--name-comment-body">'
        f'<p>{escape(t)}</p></div></div></article>' for i, (a, d, t) in enumerate(comments, 1))
    form = ""
    if open_form:
        form = (f'<h2 class="title comment-form__title">Ajouter un commentaire</h2><form class="comment-comment-form comment-form" '
                f'data-drupal-selector="comment-form" action="/comment/reply/node/{node}/comment" method="post" id="comment-form" accept-charset="UTF-8">'
                '<div class="js-form-item form-item js-form-type-textfield form-item-name"><label for="edit-name">Votre nom</label><input data-drupal-selector="edit-name" type="text" id="edit-name" name="name" value="" size="30" maxlength="60" class="form-text" /></div>'
                '<div class="field--type-text-long field--name-comment-body field--widget-text-textarea js-form-wrapper form-wrapper" data-drupal-selector="edit-comment-body-wrapper" id="edit-comment-body-wrapper">'
                '<div class="js-form-item form-item js-form-type-textarea form-item-comment-body-0-value"><label for="edit-comment-body-0-value" class="js-form-required form-required">Commentaire</label>'
                '<textarea data-drupal-selector="edit-comment-body-0-value" id="edit-comment-body-0-value" name="comment_body[0][value]" rows="5" cols="60" class="form-textarea required" required="required"></textarea></div></div>'
                '<input data-drupal-selector="edit-comment-comment-form" type="hidden" name="form_id" value="comment_comment_form" />'
                '<div data-drupal-selector="edit-actions" class="form-actions js-form-wrapper form-wrapper" id="edit-actions"><input data-drupal-selector="edit-submit" type="submit" id="edit-submit" name="op" value="Enregistrer" class="button button--primary js-form-submit form-submit" /></div></form>')
    return f'<section data-drupal-selector="comments" class="comments"><h2 class="comments__title">Commentaires</h2>{items}{form}</section>'


def spip_forum_article(messages, id_article):
    """SPIP's forum attached to an article: residents post remarks under it."""
    items = "".join(f'<li class="forum-fil"><div class="forum-message" id="forum{id_article * 10 + i}"><div class="forum-chapo">'
                    f'<strong class="forum-titre"><a href="#forum{id_article * 10 + i}">{escape(t)}</a></strong> '
                    f'<small>{d}, par {escape(a)}</small></div><div class="forum-texte"><p>{escape(x)}</p></div></div></li>'
                    for i, (a, d, t, x) in enumerate(messages, 1))
    return (f'<div class="forum-repondre"><h2>{len(messages)} Messages</h2><ul class="forum">{items}</ul></div>'
            '<div class="formulaire_spip formulaire_forum ajax" id="formulaire_forum">'
            f'<form action="spip.php?page=forum&amp;id_article={id_article}#formulaire_forum" method="post" enctype="multipart/form-data"><div>'
            '<input name="formulaire_action" type="hidden" value="forum" />'
            f'<input name="id_article" type="hidden" value="{id_article}" /><fieldset><legend>Votre message</legend>'
            '<div class="editer-groupe"><div class="editer saisie_titre obligatoire"><label for="titre">Titre</label><input type="text" class="text" name="titre" id="titre" value="" size="60" /></div>'
            '<div class="editer saisie_texte obligatoire"><label for="texte">Texte de votre message</label><textarea name="texte" id="texte" rows="10" cols="60"></textarea></div></div></fieldset>'
            '<fieldset><legend>Qui êtes-vous ?</legend><div class="editer saisie_session_nom"><label for="session_nom">Votre nom</label><input type="text" class="text" name="session_nom" id="session_nom" value="" size="40" /></div>'
            '<div class="editer saisie_session_email"><label for="session_email">Votre adresse email</label><input type="email" class="text email" name="session_email" id="session_email" value="" size="40" /></div></fieldset>'
            '<p class="boutons"><input type="submit" class="submit" name="previsualiser_message" value="Prévisualiser" /></p></div></form></div>')


def disqus(shortname, identifier, url):
    return ('<div id="disqus_thread"></div><script>var disqus_config = function () { '
            f'this.page.url = "{url}"; this.page.identifier = "{identifier}"; }};'
            '(function() { var d = document, s = d.createElement("script"); '
            f's.src = "https://{shortname}.disqus.com/embed.js"; s.setAttribute("data-timestamp", +new Date()); '
            '(d.head || d.body).appendChild(s); })();</script>'
            '<noscript>Activez JavaScript pour voir les commentaires propulsés par Disqus.</noscript>')


def pw_comments(comments, uid):
    """TYPO3 comments extension (pw_comments)."""
    items = "".join(f'<div class="comment-item" id="comment{uid * 10 + i}"><p class="comment-author"><strong>{escape(a)}</strong> '
                    f'<span class="comment-date">{d}</span></p><div class="comment-message">{escape(t)}</div></div>'
                    for i, (a, d, t) in enumerate(comments, 1))
    p = "tx_pwcomments_pi1"
    return (f'<div class="tx-pwcomments"><h3>{len(comments)} commentaires</h3><div class="comments-list">{items}</div>'
            f'<form name="newComment" action="?{p}%5Baction%5D=create&amp;{p}%5Bcontroller%5D=Comment#writeComment" method="post" id="writeComment">'
            f'<h4>Écrire un commentaire</h4><label for="authorName">Nom</label><input id="authorName" type="text" name="{p}[newComment][authorName]" value="" />'
            f'<label for="authorMail">E-mail</label><input id="authorMail" type="email" name="{p}[newComment][authorMail]" value="" />'
            f'<label for="message">Votre commentaire</label><textarea id="message" name="{p}[newComment][message]" rows="5"></textarea>'
            f'<input type="hidden" name="{p}[newComment][entryUid]" value="{uid}" /><input type="submit" value="Publier le commentaire" /></form></div>')


def phpbb_topics(forum_id, topics):
    rows = "".join(
        f'<li class="row bg{1 + i % 2}"><dl class="row-item topic_read"><dt title="Aucun message non lu"><div class="list-inner">'
        f'<a href="{escape(h)}" class="topictitle">{escape(t)}</a><br /><div class="topic-poster responsive-hide left-box">par '
        f'<span class="username">{escape(a)}</span> &raquo; {d}</div></div></dt>'
        f'<dd class="posts">{n} <dfn>Réponses</dfn></dd><dd class="views">{n * 23 + 11} <dfn>Vues</dfn></dd></dl></li>'
        for i, (h, t, a, d, n) in enumerate(topics))
    return (f'<div class="action-bar bar-top"><a href="/ucp.php?mode=login" class="button" title="Écrire un nouveau sujet">'
            f'<span>Nouveau sujet</span></a></div><div class="forumbg"><div class="inner"><ul class="topiclist"><li class="header">'
            f'<dl class="row-item"><dt><div class="list-inner">Sujets</div></dt><dd class="posts">Réponses</dd><dd class="views">Vues</dd></dl></li></ul>'
            f'<ul class="topiclist topics">{rows}</ul></div></div>')


def phpbb_posts(topic_id, forum_id, posts):
    items = "".join(
        f'<div id="p{topic_id * 10 + i}" class="post has-profile bg{1 + i % 2}"><div class="inner"><dl class="postprofile" id="profile{topic_id * 10 + i}">'
        f'<dt class="no-profile-rank no-avatar"><span class="username">{escape(a)}</span></dt>'
        f'<dd class="profile-posts"><strong>Messages :</strong> {12 + i * 7}</dd></dl><div class="postbody"><div id="post_content{topic_id * 10 + i}">'
        f'<h3 class="first"><a href="#p{topic_id * 10 + i}">Re: sujet</a></h3><p class="author"><span class="responsive-hide">par <strong>{escape(a)}</strong> &raquo; </span>{d}</p>'
        f'<div class="content">{escape(t)}</div></div></div></div></div>' for i, (a, d, t) in enumerate(posts))
    reply = (f'<form method="post" action="/posting.php?mode=reply&amp;f={forum_id}&amp;t={topic_id}" id="qr_postform"><div class="panel"><div class="inner">'
             '<h2 class="quickreply-title">Réponse rapide</h2><fieldset class="fields1"><div><textarea style="height: 9em;" name="message" rows="7" cols="76" tabindex="1" class="inputbox"></textarea></div>'
             '<input type="submit" accesskey="s" tabindex="6" name="post" value="Envoyer" class="button1" />'
             '</fieldset></div></div></form>')
    return (f'<div class="action-bar bar-top"><a href="/ucp.php?mode=login" class="button" title="Répondre au sujet"><span>Répondre</span></a></div>'
            f'{items}{reply}')


def flarum_list(discussions):
    items = "".join(f'<li><a href="{escape(h)}">{escape(t)}</a> <small>{n} réponses · dernière par {escape(a)}</small></li>'
                    for h, t, a, n in discussions)
    return f'<ul class="DiscussionList-discussions">{items}</ul><a href="/signup" class="Button Button--primary">Démarrer une discussion</a>'


def flarum_posts(posts):
    items = "".join(f'<article class="Post CommentPost"><header class="Post-header"><h3 class="PostUser-name">{escape(a)}</h3>'
                    f'<time>{d}</time></header><div class="Post-body"><p>{escape(t)}</p></div></article>' for a, d, t in posts)
    return f'<div class="PostStream">{items}<div class="PostStream-item"><a class="Button ReplyPlaceholder" href="/login">Répondre à la discussion</a></div></div>'


def discourse_topic_list(topics):
    rows = "".join(f'<tr class="topic-list-item"><td class="main-link"><meta itemprop="position" content="{i}">'
                   f'<span class="link-top-line"><a itemprop="url" href="{escape(h)}" class="title raw-link raw-topic-link">{escape(t)}</a></span>'
                   f'<div class="link-bottom-line"><a href="{escape(c)}" class="badge-wrapper bullet"><span class="badge-category-bg"></span>'
                   f'<span class="category-name">{escape(cn)}</span></a></div></td><td class="replies"><span class="posts" title="messages">{n}</span></td></tr>'
                   for i, (h, t, c, cn, n) in enumerate(topics, 1))
    return f'<div class="topic-list-container" itemscope itemtype="http://schema.org/ItemList"><table class="topic-list"><tbody>{rows}</tbody></table></div>'


def discourse_posts(posts):
    items = "".join(f'<div class="topic-body crawler-post" itemprop="comment" itemscope itemtype="http://schema.org/Comment">'
                    f'<div class="crawler-post-meta"><span class="creator" itemprop="author"><span itemprop="name">{escape(a)}</span></span>'
                    f'<span class="crawler-post-infos"><time datetime="2026-05-{10 + i}" class="post-time">{d}</time><span itemprop="position">#{i}</span></span></div>'
                    f'<div class="post" itemprop="text"><p>{escape(t)}</p></div></div>' for i, (a, d, t) in enumerate(posts, 1))
    return f'<div itemscope itemtype="http://schema.org/DiscussionForumPosting">{items}</div>'


# ---- petitions and ideas ---------------------------------------------------------------------------

def petition_card(href, title, signatures, threshold, days_left, status="Ouverte"):
    pct = min(100, round(100 * signatures / threshold))
    return (f'<article class="petition-card"><span class="petition-card__status">{status}</span><h3><a href="{escape(href)}">{title}</a></h3>'
            f'<div class="petition-card__progress" role="progressbar" aria-valuenow="{signatures}" aria-valuemax="{threshold}">'
            f'<span style="width:{pct}%"></span></div><p>{signatures} signatures sur {threshold} · {days_left}</p></article>')


def petition_sign(action, title, signatures, threshold):
    return (f'<div class="petition-sign"><p class="petition-sign__count"><strong>{signatures}</strong> signatures, objectif {threshold}</p>'
            f'<form method="post" action="{action}" class="petition-sign__form"><h2>Signer la pétition « {title} »</h2>'
            '<label for="ps-nom">Nom</label><input type="text" id="ps-nom" name="nom" required>'
            '<label for="ps-prenom">Prénom</label><input type="text" id="ps-prenom" name="prenom" required>'
            '<label for="ps-mail">Courriel</label><input type="email" id="ps-mail" name="courriel" required>'
            '<label for="ps-cp">Code postal</label><input type="text" id="ps-cp" name="code_postal" inputmode="numeric">'
            '<input type="checkbox" id="ps-electeur" name="electeur" value="1" required> <label for="ps-electeur">Je certifie être inscrit(e) sur les listes électorales de la commune ou y résider</label>'
            '<button type="submit">Je signe</button></form></div>')


def idea_form(action, intro, themes, title_label="Titre de votre idée", text_label="Décrivez votre idée"):
    opts = "".join(f'<option value="{i}">{escape(t)}</option>' for i, t in enumerate(themes, 1))
    return (f'<form class="idea-form" method="post" action="{action}"><p>{intro}</p>'
            f'<label for="id-titre">{title_label}</label><input type="text" id="id-titre" name="titre" maxlength="120" required>'
            f'<label for="id-theme">Thème</label><select id="id-theme" name="theme">{opts}</select>'
            f'<label for="id-texte">{text_label}</label><textarea id="id-texte" name="description" rows="6" required></textarea>'
            '<label for="id-nom">Nom</label><input type="text" id="id-nom" name="nom">'
            '<label for="id-mail">Courriel</label><input type="email" id="id-mail" name="courriel" required>'
            '<button type="submit">Déposer mon idée</button></form>')


def steps(items, current=None):
    """A process timeline: (label, dates)."""
    lis = "".join(f'<li class="timeline__step{" timeline__step--current" if label == current else ""}">'
                  f'<span class="timeline__label">{label}</span> <span class="timeline__dates">{dates}</span></li>'
                  for label, dates in items)
    return f'<ol class="timeline">{lis}</ol>'


def project_cards(cards, cls="projet-card"):
    """(title, place, amount, votes or '')"""
    return '<div class="projets">' + "".join(
        f'<article class="{cls}"><h3>{t}</h3><p class="{cls}__lieu">{lieu}</p><p class="{cls}__montant">{m} €</p>'
        + (f'<p class="{cls}__votes">{v} votes</p>' if v else "") + "</article>" for t, lieu, m, v in cards) + "</div>"


# ---- platforms -----------------------------------------------------------------------------------

def decidim_process_card(href, title, step, dates, status="Phase en cours"):
    return (f'<a href="{escape(href)}" class="card__grid"><div class="card__grid-img"></div><div class="card__grid-text">'
            f'<h3 class="h4 text-secondary">{title}</h3><div class="card__grid-metadata"><span>{status} : {step}</span>'
            f'<span>{dates}</span></div></div></a>')


def decidim_proposals(items, new_href=None):
    cards = "".join(
        f'<a href="{escape(h)}" class="card__list" id="proposals__proposal_{pid}"><div class="card__list-content">'
        f'<div class="card__list-title">{t}</div><div class="card__list-metadata"><span>{a}</span><span>{c} commentaires</span>'
        f'<span class="label {"success" if st == "Acceptée" else "warning"}">{st}</span></div></div></a>'
        for h, pid, t, a, c, st in items)
    new = (f'<a href="{escape(new_href)}" class="button button__sm button__secondary" id="new-proposal-button">Nouvelle proposition</a>'
           if new_href else "")
    return f'<div class="layout-main__section">{new}<div class="card__list-list" id="proposals">{cards}</div></div>'


def decidim_comments(resource, comments, form=True):
    items = "".join(f'<div id="comment_{resource * 10 + i}" class="comment" data-comment-id="{resource * 10 + i}">'
                    f'<div class="comment__header"><div class="author"><span class="author__name">{escape(a)}</span></div>'
                    f'<span class="comment__header-date">{d}</span></div><div class="comment__content"><div class="editor-content"><p>{escape(t)}</p></div></div>'
                    f'<div class="comment__footer"><button class="button button__sm button__text-secondary" data-controls="panel-comment{resource * 10 + i}-reply">Répondre</button></div></div>'
                    for i, (a, d, t) in enumerate(comments, 1))
    add = ""
    if form:
        add = (f'<div class="add-comment" id="add-comment-Proposal-{resource}"><h3 class="h4">Ajouter un commentaire</h3>'
               f'<form class="new_comment" id="new_comment_for_Proposal_{resource}" action="/comments" accept-charset="UTF-8" data-remote="true" method="post">'
               '<input type="hidden" name="authenticity_token" value="c3Rvc2s" autocomplete="off" />'
               f'<input type="hidden" name="comment[commentable_gid]" value="Z2lkOi8vcHJvcG9zYWwve{resource}" autocomplete="off" />'
               '<label for="add-comment-body">Commentaire</label>'
               f'<textarea rows="4" maxlength="1000" id="add-comment-body-{resource}" name="comment[body]"></textarea>'
               '<button type="submit" class="button button__sm button__secondary" disabled="disabled">Publier un commentaire</button></form></div>')
    return (f'<div id="comments-for-Proposal-{resource}" class="comments" data-decidim-comments>'
            f'<h2 class="h4">{len(comments)} commentaires</h2><div class="comment-threads">{items}</div>{add}</div>')


def consul_investments(items):
    return '<div id="budget-investments">' + "".join(
        f'<div id="budget_investment_{i}" class="budget-investment clear"><div class="panel"><div class="row"><div class="small-12 medium-9 column">'
        f'<div class="budget-investment-content"><h3><a href="{escape(h)}">{t}</a></h3><p class="investment-project-info">'
        f'<span class="author">{a}</span>&nbsp;&bull;&nbsp;<span>{heading}</span></p></div></div>'
        f'<div class="small-12 medium-3 column"><div class="supports"><span class="total-supports">{s} soutiens</span></div></div></div></div></div>'
        for i, (h, t, a, heading, s) in enumerate(items, 1)) + "</div>"


def capco_project_card(href, title, kind, status, counters):
    return (f'<div class="project-preview"><div class="card"><div class="card__body"><p class="card__type">{kind}</p>'
            f'<h3 class="card__title"><a href="{escape(href)}">{title}</a></h3><div class="card__counters">{counters}</div>'
            f'<div class="card__status"><span class="label label-{"success" if status.startswith("En cours") else "default"}">{status}</span></div></div></div></div>')


def govocal_card(href, title, meta, kind="project"):
    return (f'<a class="e2e-{kind}-card" href="{escape(href)}"><div class="e2e-{kind}-card-title"><h3>{title}</h3></div>'
            f'<div class="e2e-{kind}-card-meta">{meta}</div></a>')


def network_feed(posts):
    items = "".join(f'<article class="feed-post feed-post--{k}"><header><strong>{escape(a)}</strong> · <span>{q}</span> · '
                    f'<time>{d}</time></header><p>{escape(t)}</p><footer><a href="/connexion">Répondre</a> · {n} réponses</footer></article>'
                    for a, q, d, k, t, n in posts)
    return f'<section class="feed"><h2>Dernières publications du quartier</h2>{items}</section>'


def consul_proposals(items):
    """CONSUL Democracy's proposals (citizen initiatives) list: supports towards a threshold."""
    return '<div id="proposals" class="proposals-list">' + "".join(
        f'<div id="proposal_{i}" class="proposal clear"><div class="panel"><div class="proposal-content">'
        f'<h3><a href="{escape(h)}">{t}</a></h3><p class="proposal-info"><span class="author">{a}</span>&nbsp;&bull;&nbsp;'
        f'<span class="tag">{tag}</span></p></div><div class="supports"><div class="progress small-12" role="progressbar">'
        f'<span class="total-supports">{s} soutiens</span></div><a class="button button-support" href="/users/sign_in">Soutenir</a></div></div></div>'
        for i, (h, t, a, tag, s) in enumerate(items, 1)) + "</div>"
