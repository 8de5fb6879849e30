"""Markup helpers of the "tourbières" holdout part: the blocks that CMS plugins, e-service forms and
participation platforms put inside a page, written after how those tools render them."""
from html import escape


def prose(*paras):
    return "".join(f"<p>{p}</p>" for p in paras)


def h2(text):
    return f"<h2>{text}</h2>"


def bullets(items):
    return "<ul>" + "".join(f"<li>{i}</li>" for i in items) + "</ul>"


def links(items, cls="liste-liens"):
    return f'<ul class="{cls}">' + "".join(f'<li><a href="{escape(h)}">{escape(t)}</a></li>' for h, t in items) + "</ul>"


def steps(items):
    return '<ol class="etapes">' + "".join(
        f'<li class="etape etape--{state}"><span class="etape__date">{d}</span> <strong>{t}</strong></li>'
        for d, t, state in items) + "</ol>"


# ---- page furniture ------------------------------------------------------------------------------

def cookie_banner(kind="tarteaucitron"):
    if kind == "tarteaucitron":
        return ('<div id="tarteaucitronRoot" data-nosnippet><div id="tarteaucitronAlertBig" role="alertdialog">'
                '<span id="tarteaucitronDisclaimerAlert">Ce site utilise des cookies de mesure d\'audience.</span>'
                '<button type="button" id="tarteaucitronPersonalize2">Tout accepter</button>'
                '<button type="button" id="tarteaucitronAllDenied2">Tout refuser</button></div></div>')
    return ('<div id="cookie-notice" role="dialog" class="cookie-notice-hidden cookie-revoke-hidden cn-position-bottom">'
            '<div class="cookie-notice-container"><span id="cn-notice-text" class="cn-text-container">Nous utilisons des '
            'cookies pour vous garantir la meilleure expérience sur notre site.</span><span id="cn-notice-buttons" '
            'class="cn-buttons-container"><a href="#" id="cn-accept-cookie" data-cookie-set="accept" '
            'class="cn-set-cookie cn-button">Accepter</a><a href="#" id="cn-refuse-cookie" data-cookie-set="refuse" '
            'class="cn-set-cookie cn-button">Refuser</a></span></div></div>')


def teasers(items, title="Actualités"):
    cards = "".join(f'<article class="teaser"><h3 class="teaser__title"><a href="{escape(h)}">{escape(t)}</a></h3>'
                    f'<p class="teaser__chapo">{c}</p></article>' for h, t, c in items)
    return f'<section class="bloc-actus"><h2>{title}</h2><div class="teasers">{cards}</div></section>'


def agenda(items):
    rows = "".join(f'<li class="agenda__item"><time>{d}</time> <a href="{escape(h)}">{escape(t)}</a></li>'
                   for d, h, t in items)
    return f'<section class="bloc-agenda"><h2>Agenda</h2><ul class="agenda">{rows}</ul></section>'


def quick_access(items, title="Accès rapides"):
    tiles = "".join(f'<li class="acces__item"><a class="acces__lien" href="{escape(h)}">{escape(t)}</a></li>'
                    for h, t in items)
    return f'<nav class="acces-rapides" aria-label="{title}"><h2>{title}</h2><ul class="acces">{tiles}</ul></nav>'


def with_sidebar(main, aside, cls="sidebar"):
    return (f'<div class="row"><div class="col-content">{main}</div>'
            f'<aside class="{cls} widget-area" role="complementary">{aside}</aside></div>')


def share_buttons(url):
    u = escape(url)
    return ('<div class="partage" aria-label="Partager cette page"><span>Partager :</span>'
            f'<a class="partage__fb" href="https://www.facebook.com/sharer/sharer.php?u={u}" target="_blank" rel="noopener">Facebook</a> '
            f'<a class="partage__x" href="https://twitter.com/intent/tweet?url={u}" target="_blank" rel="noopener">X</a> '
            f'<a class="partage__li" href="https://www.linkedin.com/shareArticle?mini=true&amp;url={u}" target="_blank" rel="noopener">LinkedIn</a> '
            '<a class="partage__mail" href="mailto:?subject=A%20lire">Courriel</a></div>')


def download(href, label, size="PDF, 1,2 Mo"):
    """A document announced on the page; the file itself is handed out at the front desk (no link to follow)."""
    return (f'<p class="telechargement" data-fichier="{escape(href)}"><span class="file-icon" aria-hidden="true"></span>{label} '
            f'<span>({size}, disponible à l\'accueil de la mairie)</span></p>')


# ---- forms that are not contact forms ------------------------------------------------------------

def newsletter_mailpoet(action="/"):
    return (f'<div class="widget widget_mailpoet_form"><h2 class="widget-title">Lettre d\'information</h2>'
            f'<form target="_self" method="post" action="{action}" class="mailpoet_form mailpoet_form_widget" novalidate>'
            '<input type="hidden" name="data[form_id]" value="2" /><input type="hidden" name="action" value="mailpoet_subscription_form" />'
            '<div class="mailpoet_paragraph"><label for="form_email_2">Votre courriel</label>'
            '<input type="email" class="mailpoet_text" id="form_email_2" name="data[form_field_email]" required /></div>'
            '<div class="mailpoet_paragraph"><input type="submit" class="mailpoet_submit" value="Je m\'abonne" /></div></form></div>')


def newsletter_simple(action):
    return (f'<form class="newsletter-form" method="post" action="{action}"><label for="nl-mail">Recevoir la lettre '
            'de la transition (une fois par mois)</label><input type="email" id="nl-mail" name="email" required>'
            '<input type="checkbox" id="nl-rgpd" name="rgpd" required><label for="nl-rgpd">J\'accepte que mon adresse '
            'soit utilisée pour cet envoi</label><button type="submit">S\'inscrire</button></form>')


def booking_form(action, title, slots):
    options = "".join(f'<option value="{i}">{escape(s)}</option>' for i, s in enumerate(slots))
    return (f'<form class="reservation" method="post" action="{action}"><fieldset><legend>{title}</legend>'
            '<label for="r-nom">Nom</label><input type="text" id="r-nom" name="nom" required>'
            '<label for="r-mail">Courriel</label><input type="email" id="r-mail" name="courriel" required>'
            f'<label for="r-creneau">Créneau</label><select id="r-creneau" name="creneau">{options}</select>'
            '<label for="r-adresse">Adresse de livraison</label><input type="text" id="r-adresse" name="adresse">'
            '<button type="submit">Réserver</button></fieldset></form>')


def payment_form(action, label, amount):
    return (f'<form class="paiement-tipi" method="post" action="{action}"><h3>{label}</h3>'
            '<label for="p-ref">Référence de la facture</label><input type="text" id="p-ref" name="refdet" required>'
            f'<label for="p-montant">Montant (€)</label><input type="text" id="p-montant" name="montant" value="{amount}">'
            '<label for="p-mail">Courriel pour le ticket</label><input type="email" id="p-mail" name="mel">'
            '<button type="submit">Payer en ligne</button></form>')


def registration_form(action, title):
    return (f'<form class="inscription" method="post" action="{action}"><h3>{title}</h3>'
            '<label for="i-nom">Nom et prénom</label><input type="text" id="i-nom" name="nom" required>'
            '<label for="i-mail">Courriel</label><input type="email" id="i-mail" name="email" required>'
            '<label for="i-tel">Téléphone</label><input type="tel" id="i-tel" name="tel">'
            '<label for="i-nb">Nombre de personnes</label><input type="number" id="i-nb" name="participants" min="1" max="6">'
            '<button type="submit">Je m\'inscris</button></form>')


# ---- contact forms -------------------------------------------------------------------------------

def cf7(action, form_id, subject_options=None, message_label="Votre message"):
    subject = ('<p><label>Objet<br /><span class="wpcf7-form-control-wrap" data-name="your-subject">'
               '<input type="text" name="your-subject" size="40" class="wpcf7-form-control wpcf7-text" /></span></label></p>')
    if subject_options:
        opts = "".join(f'<option value="{escape(o)}">{escape(o)}</option>' for o in subject_options)
        subject = ('<p><label>Service concerné<br /><span class="wpcf7-form-control-wrap" data-name="service">'
                   f'<select name="service" class="wpcf7-form-control wpcf7-select">{opts}</select></span></label></p>')
    return (f'<div class="wpcf7 no-js" id="wpcf7-f{form_id}-p{form_id + 3}-o1" lang="fr-FR" dir="ltr">'
            f'<form action="{action}#wpcf7-f{form_id}-p{form_id + 3}-o1" method="post" class="wpcf7-form init" novalidate="novalidate" data-status="init">'
            f'<div style="display: none;"><input type="hidden" name="_wpcf7" value="{form_id}" />'
            '<input type="hidden" name="_wpcf7_version" value="5.9.3" /><input type="hidden" name="_wpcf7_locale" value="fr_FR" /></div>'
            '<p><label>Votre nom (obligatoire)<br /><span class="wpcf7-form-control-wrap" data-name="your-name">'
            '<input type="text" name="your-name" size="40" class="wpcf7-form-control wpcf7-text wpcf7-validates-as-required" aria-required="true" /></span></label></p>'
            '<p><label>Votre e-mail (obligatoire)<br /><span class="wpcf7-form-control-wrap" data-name="your-email">'
            '<input type="email" name="your-email" size="40" class="wpcf7-form-control wpcf7-email wpcf7-validates-as-required" aria-required="true" /></span></label></p>'
            f'{subject}'
            f'<p><label>{message_label}<br /><span class="wpcf7-form-control-wrap" data-name="your-message">'
            '<textarea name="your-message" cols="40" rows="10" class="wpcf7-form-control wpcf7-textarea"></textarea></span></label></p>'
            '<p><input type="submit" value="Envoyer" class="wpcf7-form-control wpcf7-submit has-spinner" /></p>'
            '<div class="wpcf7-response-output" aria-hidden="true"></div></form></div>')


def drupal_webform(form_id, action, fields, submit="Envoyer"):
    """A Drupal Webform: fields are (kind, name, label) with kind text/email/textarea/radios:opt1|opt2/select:..."""
    rows = []
    for kind, name, label in fields:
        dash = name.replace("_", "-")
        if kind == "textarea":
            rows.append(f'<div class="js-form-item form-item js-form-type-textarea form-type-textarea form-item-{dash}">'
                        f'<label for="edit-{dash}">{label}</label><div class="form-textarea-wrapper">'
                        f'<textarea data-drupal-selector="edit-{dash}" id="edit-{dash}" name="{name}" rows="5" cols="60" class="form-textarea"></textarea></div></div>')
        elif kind.startswith("radios:"):
            opts = kind.split(":", 1)[1].split("|")
            radios = "".join(
                f'<div class="js-form-item form-item js-form-type-radio form-type-radio"><input data-drupal-selector="edit-{dash}-{i}" '
                f'type="radio" id="edit-{dash}-{i}" name="{name}" value="{escape(o)}" class="form-radio" />'
                f'<label for="edit-{dash}-{i}" class="option">{escape(o)}</label></div>' for i, o in enumerate(opts))
            rows.append(f'<fieldset data-drupal-selector="edit-{dash}" id="edit-{dash}--wrapper" class="radios--wrapper fieldgroup form-composite webform-composite-visible-title js-webform-type-radios webform-type-radios js-form-item form-item js-form-wrapper form-wrapper">'
                        f'<legend><span class="fieldset-legend">{label}</span></legend><div class="fieldset-wrapper"><div id="edit-{dash}" class="js-webform-radios webform-options-display-one-column form-radios">{radios}</div></div></fieldset>')
        elif kind.startswith("checkboxes:"):
            opts = kind.split(":", 1)[1].split("|")
            boxes = "".join(
                f'<div class="js-form-item form-item js-form-type-checkbox form-type-checkbox"><input type="checkbox" id="edit-{dash}-{i}" '
                f'name="{name}[{i}]" value="{escape(o)}" class="form-checkbox" /><label for="edit-{dash}-{i}" class="option">{escape(o)}</label></div>'
                for i, o in enumerate(opts))
            rows.append(f'<fieldset class="checkboxes--wrapper fieldgroup form-composite js-webform-type-checkboxes webform-type-checkboxes">'
                        f'<legend><span class="fieldset-legend">{label}</span></legend><div class="fieldset-wrapper">{boxes}</div></fieldset>')
        else:
            rows.append(f'<div class="js-form-item form-item js-form-type-{kind} form-type-{kind} form-item-{dash}">'
                        f'<label for="edit-{dash}">{label}</label><input data-drupal-selector="edit-{dash}" type="{kind}" '
                        f'id="edit-{dash}" name="{name}" value="" size="60" maxlength="255" class="form-{kind}" /></div>')
    return (f'<form class="webform-submission-form webform-submission-add-form webform-submission-{form_id}-form '
            f'webform-submission-{form_id}-add-form js-webform-details-toggle webform-details-toggle" '
            f'data-drupal-selector="webform-submission-{form_id}-add-form" action="{action}" method="post" '
            f'id="webform-submission-{form_id}-add-form" accept-charset="UTF-8">' + "".join(rows) +
            f'<div data-drupal-selector="edit-actions" class="form-actions webform-actions js-form-wrapper form-wrapper" id="edit-actions">'
            f'<input class="webform-button--submit button button--primary js-form-submit form-submit" data-drupal-selector="edit-actions-submit" type="submit" id="edit-actions-submit" name="op" value="{submit}" /></div>'
            f'<input autocomplete="off" data-drupal-selector="form-{form_id[:6]}" type="hidden" name="form_build_id" value="form-{form_id}-x9" />'
            f'<input data-drupal-selector="edit-webform-submission-{form_id}-add-form" type="hidden" name="form_id" value="webform_submission_{form_id}_add_form" /></form>')


def spip_contact(action, id_auteur=1):
    return ('<div class="formulaire_spip formulaire_ecrire_auteur ajax" id="formulaire_ecrire_auteur">'
            f'<form method="post" action="{action}"><div><input name="formulaire_action" type="hidden" value="ecrire_auteur" />'
            f'<input name="formulaire_action_args" type="hidden" value="{id_auteur}" /><fieldset><legend>Écrire à la mairie</legend>'
            '<div class="editer-groupe"><div class="editer saisie_session_nom obligatoire"><label for="nom_message_auteur">Votre nom</label>'
            '<input type="text" class="text" name="nom_message_auteur" id="nom_message_auteur" size="30" /></div>'
            '<div class="editer saisie_session_email obligatoire"><label for="email_message_auteur">Votre adresse email</label>'
            '<input type="email" class="text email" name="email_message_auteur" id="email_message_auteur" size="30" /></div>'
            '<div class="editer saisie_sujet_message_auteur obligatoire"><label for="sujet_message_auteur">Sujet</label>'
            '<input type="text" class="text" name="sujet_message_auteur" id="sujet_message_auteur" size="30" /></div>'
            '<div class="editer saisie_texte_message_auteur obligatoire"><label for="texte_message_auteur">Texte de votre message</label>'
            '<textarea name="texte_message_auteur" id="texte_message_auteur" rows="8" cols="60"></textarea></div></div></fieldset>'
            '<p class="boutons"><input type="submit" class="submit" name="valide" value="Envoyer" /></p></div></form></div>')


def joomla_contact(action, contact_id):
    return (f'<div class="com-contact contact"><form id="contact-form" action="{action}" method="post" class="com-contact__form form-validate">'
            '<fieldset><legend>Envoyer un courriel</legend>'
            '<div class="control-group field-spacer"><div class="control-label"><span class="spacer"><strong class="red">*</strong> Champ requis</span></div></div>'
            '<div class="control-group"><div class="control-label"><label id="jform_contact_name-lbl" for="jform_contact_name">Nom<span class="star">&#160;*</span></label></div>'
            '<div class="controls"><input type="text" name="jform[contact_name]" id="jform_contact_name" class="form-control required" required></div></div>'
            '<div class="control-group"><div class="control-label"><label id="jform_contact_email-lbl" for="jform_contact_email">E-mail<span class="star">&#160;*</span></label></div>'
            '<div class="controls"><input type="email" name="jform[contact_email]" id="jform_contact_email" class="form-control validate-email required" required></div></div>'
            '<div class="control-group"><div class="control-label"><label id="jform_contact_emailmsg-lbl" for="jform_contact_emailmsg">Objet<span class="star">&#160;*</span></label></div>'
            '<div class="controls"><input type="text" name="jform[contact_subject]" id="jform_contact_emailmsg" class="form-control required" required></div></div>'
            '<div class="control-group"><div class="control-label"><label id="jform_contact_message-lbl" for="jform_contact_message">Message<span class="star">&#160;*</span></label></div>'
            '<div class="controls"><textarea name="jform[contact_message]" id="jform_contact_message" cols="50" rows="10" class="form-control required" required></textarea></div></div>'
            '</fieldset><div class="control-group"><div class="controls"><button class="btn btn-primary validate" type="submit">Envoyer le courriel</button>'
            f'<input type="hidden" name="option" value="com_contact"><input type="hidden" name="task" value="contact.submit"><input type="hidden" name="id" value="{contact_id}:mairie"></div></div></form></div>')


def powermail(action, uid, fields, submit="Envoyer"):
    """A TYPO3 powermail form: fields are (kind, marker, label)."""
    rows = []
    for kind, marker, label in fields:
        if kind == "textarea":
            ctrl = f'<textarea rows="5" cols="20" class="powermail_textarea form-control" id="powermail_field_{marker}" name="tx_powermail_pi1[field][{marker}]"></textarea>'
        elif kind.startswith("radio:"):
            ctrl = "".join(f'<div class="radio"><label><input type="radio" class="powermail_radio" name="tx_powermail_pi1[field][{marker}]" '
                           f'value="{escape(o)}" /> {escape(o)}</label></div>' for o in kind[6:].split("|"))
        else:
            ctrl = f'<input type="{kind}" class="powermail_input form-control" id="powermail_field_{marker}" name="tx_powermail_pi1[field][{marker}]" value="" />'
        rows.append(f'<div class="powermail_fieldwrap powermail_fieldwrap_type_{kind.split(":")[0]} powermail_fieldwrap_{marker} form-group">'
                    f'<label for="powermail_field_{marker}" class="control-label">{label}</label><div>{ctrl}</div></div>')
    return (f'<div class="tx-powermail"><div class="container-fluid"><form data-powermail-validate="data-powermail-validate" '
            f'action="{action}" class="powermail_form powermail_form_{uid} nolabel" method="post" enctype="multipart/form-data">'
            f'<fieldset class="powermail_fieldset powermail_fieldset_{uid}">' + "".join(rows) +
            f'<div class="powermail_fieldwrap powermail_fieldwrap_type_submit form-group"><button type="submit" class="btn btn-primary powermail_submit">{submit}</button></div>'
            f'</fieldset><input type="hidden" name="tx_powermail_pi1[mail][form]" value="{uid}" /></form></div></div>')


def vendor_form(action, legend, fields, submit="Envoyer", cls="form-demarche"):
    """An agency CMS form: fields are (kind, name, label)."""
    rows = []
    for kind, name, label in fields:
        if kind == "textarea":
            rows.append(f'<div class="form__row"><label for="f-{name}">{label}</label><textarea id="f-{name}" name="{name}" rows="6"></textarea></div>')
        elif kind.startswith("radio:"):
            rows.append(f'<fieldset class="form__row"><legend>{label}</legend>' + "".join(
                f'<input type="radio" id="f-{name}-{i}" name="{name}" value="{i}"><label for="f-{name}-{i}">{escape(o)}</label>'
                for i, o in enumerate(kind[6:].split("|"))) + '</fieldset>')
        elif kind.startswith("select:"):
            rows.append(f'<div class="form__row"><label for="f-{name}">{label}</label><select id="f-{name}" name="{name}">' + "".join(
                f'<option>{escape(o)}</option>' for o in kind[7:].split("|")) + '</select></div>')
        else:
            rows.append(f'<div class="form__row"><label for="f-{name}">{label}</label><input type="{kind}" id="f-{name}" name="{name}"></div>')
    return (f'<form class="{cls}" method="post" action="{action}"><fieldset><legend>{legend}</legend>' + "".join(rows) +
            '<div class="form__row form__row--rgpd"><input type="checkbox" id="f-rgpd" name="rgpd" required><label for="f-rgpd">'
            'J\'accepte le traitement de mes données pour répondre à ma demande</label></div>'
            f'<button type="submit" class="btn btn--primary">{submit}</button></fieldset></form>')


# ---- polls and questionnaires --------------------------------------------------------------------

def wp_polls(poll_id, question, answers):
    items = "".join(f'<li><input type="radio" id="poll-answer-{poll_id * 10 + i}" name="poll_{poll_id}" value="{poll_id * 10 + i}" />'
                    f'<label for="poll-answer-{poll_id * 10 + i}">{escape(a)}</label></li>' for i, a in enumerate(answers))
    return (f'<section class="widget widget_polls-widget"><h2 class="widget-title">Sondage</h2>'
            f'<div id="polls-{poll_id}" class="wp-polls"><form id="polls_form_{poll_id}" class="wp-polls-form" action="/index.php" method="post">'
            f'<p style="display: none;"><input type="hidden" id="poll_{poll_id}_nonce" name="wp-polls-nonce" value="4c1d2e9a7b" /></p>'
            f'<p style="display: none;"><input type="hidden" name="poll_id" value="{poll_id}" /></p>'
            f'<p style="text-align: center;"><strong>{escape(question)}</strong></p><div id="polls-{poll_id}-ans" class="wp-polls-ans">'
            f'<ul class="wp-polls-ul">{items}</ul><p style="text-align: center;"><input type="button" name="vote" value="   Voter   " '
            f'class="Buttons" onclick="poll_vote({poll_id});" /></p><p style="text-align: center;"><a href="#ViewPollResults" '
            f'onclick="poll_result({poll_id}); return false;" title="Voir les résultats">Voir les résultats</a></p></div></form></div>'
            f'<div id="polls-{poll_id}-loading" class="wp-polls-loading"><img src="/wp-content/plugins/wp-polls/images/loading.gif" width="16" height="16" alt="Chargement ..." class="wp-polls-image" />&nbsp;Chargement ...</div></section>')


def wp_polls_closed(poll_id, question, results, total):
    rows = "".join(f'<li>{escape(a)} <small>({pct}%, {n} votes)</small><div class="pollbar" style="width: {pct}%;" title="{escape(a)} ({pct}% | {n} votes)"></div></li>'
                   for a, pct, n in results)
    return (f'<div id="polls-{poll_id}" class="wp-polls"><p style="text-align: center;"><strong>{escape(question)}</strong></p>'
            f'<div id="polls-{poll_id}-ans" class="wp-polls-ans"><ul class="wp-polls-ul">{rows}</ul>'
            f'<p style="text-align: center;">Votants : <strong>{total}</strong></p><p style="text-align: center;">Ce sondage est clos.</p></div></div>')


def gravity_survey(form_id, action, title, questions):
    """A Gravity Forms survey (the Survey add-on): questions are (label, [choices])."""
    fields = []
    for q, (label, choices) in enumerate(questions, start=1):
        opts = "".join(f'<div class="gchoice gchoice_{form_id}_{q}_{i}"><input class="gfield-choice-input" name="input_{q}" type="radio" '
                       f'value="gsurvey{q}{i}" id="choice_{form_id}_{q}_{i}" /><label for="choice_{form_id}_{q}_{i}">{escape(c)}</label></div>'
                       for i, c in enumerate(choices))
        fields.append(f'<div id="field_{form_id}_{q}" class="gfield gfield--type-survey gfield--input-type-radio gsurvey-survey-field field_sublabel_below">'
                      f'<legend class="gfield_label gform-field-label">{escape(label)}</legend><div class="ginput_container ginput_container_radio">'
                      f'<div class="gfield_radio" id="input_{form_id}_{q}">{opts}</div></div></div>')
    return (f'<div class="gf_browser_chrome gform_wrapper gravity-theme gform-theme--no-framework" id="gform_wrapper_{form_id}">'
            f'<div class="gform_heading"><h2 class="gform_title">{escape(title)}</h2></div>'
            f'<form method="post" enctype="multipart/form-data" id="gform_{form_id}" action="{action}" novalidate>'
            f'<div class="gform-body gform_body"><div id="gform_fields_{form_id}" class="gform_fields top_label form_sublabel_below description_below">{"".join(fields)}</div></div>'
            f'<div class="gform_footer top_label"><input type="submit" id="gform_submit_button_{form_id}" class="gform_button button" value="Valider mes réponses" />'
            f'<input type="hidden" class="gform_hidden" name="is_submit_{form_id}" value="1" /><input type="hidden" class="gform_hidden" name="gform_submit" value="{form_id}" /></div></form></div>')


def joomla_poll(poll_id, question, answers):
    """A sidebar poll module of a Joomla site (a Community-Polls-like extension)."""
    opts = "".join(f'<li><label class="radio"><input type="radio" name="voteid" value="{poll_id * 100 + i}"> {escape(a)}</label></li>'
                   for i, a in enumerate(answers))
    return (f'<div class="moduletable mod-poll"><h3>Votre avis compte</h3><div class="poll-module" id="mod-poll-{poll_id}">'
            f'<form action="/index.php?option=com_communitypolls&amp;task=poll.vote" method="post" name="poll_vote_{poll_id}" id="poll-form-{poll_id}">'
            f'<p class="poll-question">{escape(question)}</p><ul class="unstyled poll-answers">{opts}</ul>'
            f'<input type="hidden" name="id" value="{poll_id}"><button type="submit" class="btn btn-primary btn-small">Voter</button> '
            '<button type="submit" name="task" value="poll.results" class="btn btn-link btn-small">Résultats</button></form></div></div>')


def spip_sondage(action, question, answers):
    """A poll built with the Formidable plugin of SPIP."""
    opts = "".join(f'<div class="choix choix_{i}"><input type="radio" name="radio_1" id="radio_1_{i}" value="choix{i}" class="radio" />'
                   f'<label for="radio_1_{i}">{escape(a)}</label></div>' for i, a in enumerate(answers))
    return (f'<div class="formulaire_spip formulaire_formidable formulaire_formidable_sondage ajax" id="formulaire_formidable_sondage">'
            f'<form method="post" action="{action}"><div><input name="formulaire_action" type="hidden" value="formidable" />'
            '<input name="formulaire_action_args" type="hidden" value="sondage-velo" /><div class="editer-groupe">'
            f'<fieldset class="editer saisie_radio obligatoire"><legend>{escape(question)}</legend>{opts}</fieldset></div>'
            '<p class="boutons"><input type="submit" class="submit" value="Envoyer ma réponse" /></p></div></form></div>')


def limesurvey_link(href, label):
    return f'<p class="lien-enquete"><a class="btn btn--enquete" href="{escape(href)}">{label}</a></p>'


def iframe(src, title, height=900):
    return (f'<div class="embed-questionnaire"><iframe src="{escape(src)}" title="{escape(title)}" width="100%" height="{height}" '
            'frameborder="0" loading="lazy">Chargement…</iframe></div>')


# ---- comments and forums -------------------------------------------------------------------------

def wp_comments(comments, action="/wp-comments-post.php", post_id=214):
    items = "".join(f'<li id="comment-{post_id * 10 + i}" class="comment even thread-even depth-1"><article class="comment-body">'
                    f'<footer class="comment-meta"><div class="comment-author vcard"><b class="fn">{escape(a)}</b> <span class="says">dit :</span></div>'
                    f'<div class="comment-metadata"><time>{d}</time></div></footer><div class="comment-content"><p>{t}</p></div>'
                    f'<div class="reply"><a rel="nofollow" class="comment-reply-link" href="#comment-{post_id * 10 + i}" data-commentid="{post_id * 10 + i}">Répondre</a></div></article></li>'
                    for i, (a, d, t) in enumerate(comments))
    return (f'<div id="comments" class="comments-area"><h2 class="comments-title">{len(comments)} réactions</h2><ol class="comment-list">{items}</ol>'
            f'<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Laisser un commentaire</h3>'
            f'<form action="{action}" method="post" id="commentform" class="comment-form" novalidate>'
            '<p class="comment-notes">Votre adresse e-mail ne sera pas publiée. Les commentaires sont modérés.</p>'
            '<p class="comment-form-comment"><label for="comment">Commentaire</label><textarea id="comment" name="comment" cols="45" rows="8" maxlength="65525" required></textarea></p>'
            '<p class="comment-form-author"><label for="author">Nom</label><input id="author" name="author" type="text" size="30" maxlength="245" /></p>'
            '<p class="comment-form-email"><label for="email">E-mail</label><input id="email" name="email" type="email" size="30" maxlength="100" /></p>'
            f'<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Laisser un commentaire" />'
            f'<input type="hidden" name="comment_post_ID" value="{post_id}" id="comment_post_ID" /><input type="hidden" name="comment_parent" id="comment_parent" value="0" /></p></form></div></div>')


def wp_comments_closed():
    return '<div id="comments" class="comments-area"><p class="no-comments">Les commentaires sont fermés.</p></div>'


def drupal_comments(comments, node_id):
    items = "".join(f'<article data-comment-user-id="0" id="comment-{node_id + i}" class="comment js-comment by-anonymous">'
                    f'<footer class="comment__meta"><p class="comment__author">{escape(a)}</p><p class="comment__time">{d}</p></footer>'
                    f'<div class="comment__content"><div class="field field--name-comment-body field--type-text-long"><p>{t}</p></div></div></article>'
                    for i, (a, d, t) in enumerate(comments))
    return (f'<section id="comments" class="field field--name-comment field--type-comment field--label-above comment-wrapper">'
            f'<h2 class="title comment-wrapper__title">Commentaires</h2>{items}<h2 class="title comment-form__title">Ajouter un commentaire</h2>'
            f'<form class="comment-comment-form comment-form" data-drupal-selector="comment-form" action="/comment/reply/node/{node_id}/comment" method="post" id="comment-form" accept-charset="UTF-8">'
            '<div class="js-form-item form-item js-form-type-textfield form-item-name"><label for="edit-name">Votre nom</label><input data-drupal-selector="edit-name" type="text" id="edit-name" name="name" value="" size="30" maxlength="60" class="form-text" /></div>'
            '<div class="js-form-item form-item js-form-type-textarea form-item-comment-body-0-value"><label for="edit-comment-body-0-value" class="js-form-required form-required">Commentaire</label>'
            '<div class="form-textarea-wrapper"><textarea class="js-text-full text-full form-textarea required" data-drupal-selector="edit-comment-body-0-value" id="edit-comment-body-0-value" name="comment_body[0][value]" rows="5" cols="60" required="required"></textarea></div></div>'
            '<input type="hidden" name="form_id" value="comment_comment_form" /><div class="form-actions js-form-wrapper form-wrapper" id="edit-actions">'
            '<input data-drupal-selector="edit-submit" type="submit" id="edit-submit" name="op" value="Enregistrer" class="button button--primary js-form-submit form-submit" /></div></form></section>')


def spip_forum(article_id, messages):
    items = "".join(f'<li class="forum-fil"><div class="forum-message" id="forum{article_id * 10 + i}"><div class="forum-chapo">'
                    f'<strong class="forum-titre">{escape(t)}</strong> <small>{d}, par <span class="vcard author">{escape(a)}</span></small></div>'
                    f'<div class="forum-texte"><p>{x}</p><p class="repondre"><a href="#formulaire_forum" rel="noindex nofollow">Répondre à ce message</a></p></div></div></li>'
                    for i, (a, d, t, x) in enumerate(messages))
    return (f'<div class="forums" id="forum"><h2>Les messages de ce forum</h2><ul class="forum">{items}</ul></div>'
            f'<div class="formulaire_spip formulaire_forum ajax" id="formulaire_forum"><h3>Un message, un commentaire ?</h3>'
            f'<form action="spip.php?article{article_id}#formulaire_forum" method="post" enctype="multipart/form-data"><div>'
            f'<input name="formulaire_action" type="hidden" value="forum" /><input name="formulaire_action_args" type="hidden" value="article{article_id}" />'
            '<fieldset class="saisie_texte"><legend>Votre message</legend><div class="editer-groupe"><div class="editer saisie_titre obligatoire">'
            '<label for="titre">Titre (obligatoire)</label><input type="text" class="text" name="titre" id="titre" size="60" /></div>'
            '<div class="editer saisie_texte obligatoire"><label for="texte">Texte de votre message (obligatoire)</label>'
            '<textarea name="texte" id="texte" rows="10" cols="60"></textarea></div></div></fieldset>'
            '<fieldset><legend>Qui êtes-vous ?</legend><div class="editer saisie_session_nom"><label for="session_nom">Votre nom</label>'
            '<input type="text" class="text" name="session_nom" id="session_nom" size="40" /></div>'
            '<div class="editer saisie_session_email"><label for="session_email">Votre adresse email</label>'
            '<input type="email" class="text email" name="session_email" id="session_email" size="40" /></div></fieldset>'
            '<p class="boutons"><input type="submit" class="submit" name="previsualiser_message" value="Prévisualiser" /></p></div></form></div>')


def spip_petition(article_id, count, signatures):
    rows = "".join(f'<li class="signature"><strong class="nom">{escape(n)}</strong> <small>{d}</small></li>' for n, d in signatures)
    return (f'<div class="formulaire_spip formulaire_signature ajax" id="sp{article_id}"><h2 class="h2">Signer cette pétition</h2>'
            f'<form method="post" action="spip.php?article{article_id}#sp{article_id}"><div><input name="formulaire_action" type="hidden" value="signature" />'
            f'<input name="formulaire_action_args" type="hidden" value="{article_id}" /><fieldset><legend>Votre signature</legend>'
            '<div class="editer-groupe"><div class="editer saisie_session_nom obligatoire"><label for="session_nom">Votre nom ou pseudo</label>'
            '<input type="text" class="text" name="session_nom" id="session_nom" size="20" /></div>'
            '<div class="editer saisie_session_email obligatoire"><label for="session_email">Votre adresse email</label>'
            '<input type="email" class="text email" name="session_email" id="session_email" size="20" /></div></div></fieldset>'
            '<p class="boutons"><input type="submit" class="submit" value="Valider" /></p></div></form></div>'
            f'<div class="petition-signatures"><h3>{count} signatures</h3><ul class="liste signatures">{rows}</ul></div>')


def disqus(shortname, identifier):
    return ('<div id="disqus_thread"></div><script>var disqus_config = function () {'
            f'this.page.identifier = "{identifier}";}};(function() {{var d = document, s = d.createElement("script");'
            f's.src = "https://{shortname}.disqus.com/embed.js";s.setAttribute("data-timestamp", +new Date());'
            '(d.head || d.body).appendChild(s);})();</script><noscript>Activez JavaScript pour voir les '
            '<a href="https://disqus.com/?ref_noscript">commentaires propulsés par Disqus.</a></noscript>')


# ---- platforms -----------------------------------------------------------------------------------

def decidim_card(href, title, meta, state=""):
    badge = f'<span class="label {state}">{escape(meta[-1])}</span>' if state else ""
    items = "".join(f'<span class="card__list-metadata-item">{escape(m)}</span>' for m in meta)
    return (f'<a href="{escape(href)}" class="card__list" id="proposals__proposal_{abs(hash(href)) % 900 + 100}">'
            f'<div class="card__list-content"><h3 class="card__list-title">{escape(title)}</h3>'
            f'<div class="card__list-metadata">{items}{badge}</div></div></a>')


def decidim_comments(items, commentable):
    rows = "".join(f'<div id="comment_{commentable * 10 + i}" class="comment" data-comment-id="{commentable * 10 + i}">'
                   f'<div class="comment__header"><span class="author__name">{escape(a)}</span> <time>{d}</time></div>'
                   f'<div class="comment__content"><div class="rich-text-display"><p>{t}</p></div></div>'
                   f'<div class="comment__footer"><button class="comment__reply" data-controls="panel-comment{commentable * 10 + i}-reply">Répondre</button>'
                   f'<div class="comment__votes"><button class="button button__sm comment__votes--up">👍 {i + 2}</button></div></div></div>'
                   for i, (a, d, t) in enumerate(items))
    return (f'<section class="layout-main__section" id="comments"><div class="comments" id="comments-for-Proposal-{commentable}" '
            f'data-decidim-comments=\'{{"commentableGid":"gid://decidim/Decidim::Proposals::Proposal/{commentable}","rootDepth":0,"order":"older"}}\'>'
            f'<h2 class="h4">{len(items)} commentaires</h2><div class="comment-threads">{rows}</div>'
            f'<div class="add-comment" id="add-comment-Proposal-{commentable}"><form class="new_comment" id="new_comment_for_Proposal_{commentable}" action="/comments" method="post">'
            f'<input type="hidden" name="comment[commentable_gid]" value="gid://decidim/Decidim::Proposals::Proposal/{commentable}">'
            f'<label for="add-comment-Proposal-{commentable}-body">Ajouter un commentaire</label>'
            f'<textarea id="add-comment-Proposal-{commentable}-body" name="comment[body]" maxlength="1000" rows="4"></textarea>'
            '<button type="submit" class="button button__sm button__secondary">Publier le commentaire</button></form></div></div></section>')


def capco_step_nav(project, current):
    names = [("presentation", "Présentation"), ("collect/depot-des-projets", "Dépôt des projets"),
             ("selection/vote", "Vote"), ("selection/laureats", "Lauréats")]
    items = "".join(f'<li class="step-item{" active" if slug == current else ""}"><a href="/project/{project}/{slug}">{t}</a></li>'
                    for slug, t in names)
    return f'<nav class="project__steps" aria-label="Étapes du projet"><ul class="step-list">{items}</ul></nav>'


def capco_proposal_cards(cards):
    return '<div class="proposal-list-view"><ul class="proposal__list">' + "".join(
        f'<li class="proposal__preview block block--bordered"><div class="proposal__body"><h3 class="proposal__title">'
        f'<a href="{escape(h)}">{escape(t)}</a></h3><p class="proposal__meta">{escape(a)} · {escape(dist)}</p></div>'
        f'<div class="proposal__footer"><span class="proposal__counter proposal__counter--votes">{v} votes</span>'
        f'<span class="proposal__counter proposal__counter--comments">{c} commentaires</span></div></li>'
        for h, t, a, dist, v, c in cards) + '</ul></div>'


def govocal_idea_cards(cards):
    return '<div id="e2e-ideas-list" class="ideas-list">' + "".join(
        f'<a class="e2e-idea-card" href="{escape(h)}"><article class="idea-card"><h3 class="e2e-idea-card-title">{escape(t)}</h3>'
        f'<div class="e2e-idea-card-vote-count"><span class="e2e-ideacard-upvote-count">{v}</span> votes pour</div>'
        f'<div class="e2e-ideacard-comment-count">{c} commentaires</div></article></a>' for h, t, v, c in cards) + '</div>'


def community_posts(posts):
    return '<div class="feed">' + "".join(
        f'<article class="post post--{kind}"><header class="post__head"><span class="post__author">{escape(a)}</span> · '
        f'<span class="post__where">{escape(w)}</span> · <time>{d}</time></header><h3 class="post__title"><a href="{escape(h)}">{escape(t)}</a></h3>'
        f'<p class="post__kind">{escape(kind.capitalize())}</p></article>' for kind, a, w, d, h, t in posts) + '</div>'


def discourse_topics(topics):
    rows = "".join(f'<tr class="topic-list-item"><td class="main-link"><span class="link-top-line"><a href="{escape(h)}" class="title raw-link raw-topic-link">{escape(t)}</a></span>'
                   f'<div class="link-bottom-line"><a class="badge-wrapper bullet" href="{escape(cat_href)}"><span class="badge-category-bg"></span><span class="category-name">{escape(cat)}</span></a></div></td>'
                   f'<td class="replies"><span class="posts" title="messages">{n}</span></td><td class="views"><span class="views" title="vues">{n * 23}</span></td></tr>'
                   for h, t, cat, cat_href, n in topics)
    return (f'<div class="topic-list-container"><table class="topic-list"><thead><tr><th>Sujet</th><th class="replies">Réponses</th><th class="views">Vues</th></tr></thead>'
            f'<tbody>{rows}</tbody></table></div>')


def discourse_posts(posts):
    return "".join(f'<div id="post_{i + 1}" itemprop="comment" itemscope itemtype="http://schema.org/Comment" class="topic-body crawler-post">'
                   f'<div class="crawler-post-meta"><span class="creator" itemprop="author" itemscope itemtype="http://schema.org/Person">'
                   f'<span itemprop="name">{escape(a)}</span></span><span class="crawler-post-infos"><time itemprop="datePublished" class="post-time">{d}</time>'
                   f'<span itemprop="position">#{i + 1}</span></span></div><div class="post" itemprop="text"><p>{t}</p></div></div>'
                   for i, (a, d, t) in enumerate(posts))
