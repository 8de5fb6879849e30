"""Markup helpers of the holdout part "vasieres": coastal and port towns.

Each helper writes a block the way a CMS, a plugin or a platform renders it on a real city site
(class names, routes, form field names), in this part's own words.
"""
from html import escape


# ---- generic page furniture ------------------------------------------------------------------

def prose(*paragraphs):
    return "".join(f"<p>{p}</p>" for p in paragraphs)


def cookie_banner(kind="tarteaucitron"):
    if kind == "tarteaucitron":
        return ('<div id="tarteaucitronRoot" class="tarteaucitronBeforeVisible"><div id="tarteaucitronAlertBig" '
                'role="dialog" aria-label="Gestion des cookies"><span id="tarteaucitronDisclaimerAlert">Ce site utilise '
                'des cookies de mesure d\'audience et de partage.</span><button type="button" '
                'id="tarteaucitronPersonalize2" class="tarteaucitronAllow">Tout accepter</button><button type="button" '
                'class="tarteaucitronDeny" id="tarteaucitronAllDenied2">Tout refuser</button></div></div>')
    if kind == "complianz":
        return ('<div class="cmplz-cookiebanner cmplz-hidden banner-1 optin cmplz-bottom-right" role="dialog" '
                'aria-live="polite" aria-labelledby="cmplz-header-1-optin"><div class="cmplz-header">'
                '<div class="cmplz-title" id="cmplz-header-1-optin">Gérer le consentement</div></div>'
                '<div class="cmplz-body"><div class="cmplz-message">Nous utilisons des cookies pour mesurer '
                'l\'audience du site.</div></div><div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">'
                'Accepter</button><button class="cmplz-btn cmplz-deny">Refuser</button></div></div>')
    return ('<div class="cookie-consent" id="eu-cookie-compliance" role="region" aria-label="Cookies"><p>En poursuivant '
            'la navigation, vous acceptez le dépôt de cookies de statistiques.</p><button class="agree-button '
            'eu-cookie-compliance-default-button">OK, j\'accepte</button></div>')


def teasers(items, heading="Actualités", cls="news-list"):
    """News teasers: (href, title, date, chapo)."""
    cards = "".join(
        f'<article class="{cls}__item"><a class="{cls}__link" href="{escape(href)}"><h3 class="{cls}__title">'
        f'{escape(title)}</h3></a><time class="{cls}__date">{escape(date)}</time><p>{chapo}</p></article>'
        for href, title, date, chapo in items)
    return f'<section class="{cls}"><h2>{escape(heading)}</h2>{cards}</section>'


def agenda(items, heading="Agenda"):
    rows = "".join(f'<li class="agenda__event"><span class="agenda__date">{escape(d)}</span> '
                   f'<span class="agenda__title">{escape(t)}</span> <span class="agenda__place">{escape(p)}</span></li>'
                   for d, t, p in items)
    return f'<section class="agenda"><h2>{escape(heading)}</h2><ul class="agenda__list">{rows}</ul></section>'


def quick_links(links, heading="Accès rapides"):
    tiles = "".join(f'<li class="quick-access__item"><a href="{escape(href)}">{escape(label)}</a></li>'
                    for href, label in links)
    return f'<nav class="quick-access" aria-label="{escape(heading)}"><h2>{escape(heading)}</h2><ul>{tiles}</ul></nav>'


def link_list(links, heading=None):
    head = f"<h2>{escape(heading)}</h2>" if heading else ""
    items = "".join(f'<li><a href="{escape(href)}">{escape(label)}</a></li>' for href, label in links)
    return f'{head}<ul class="liens">{items}</ul>'


def with_sidebar(main, aside, cls="sidebar"):
    return (f'<div class="layout-two-cols"><div class="layout-two-cols__main">{main}</div>'
            f'<aside class="{cls}" role="complementary">{aside}</aside></div>')


def home(intro, links, news, events, cookie="tarteaucitron", extra=""):
    return (cookie_banner(cookie) + f'<div class="hero"><p class="hero__chapo">{intro}</p></div>'
            + quick_links(links) + extra + teasers(news) + agenda(events))


def sitemap(groups):
    """A site map page: (heading, [(href, label)])."""
    return "".join(f'<section class="plan-du-site__groupe">{link_list(links, heading)}</section>'
                   for heading, links in groups)


# ---- forms that are contact forms ------------------------------------------------------------

def cf7_contact(action, subjects=("Renseignement", "État civil", "Urbanisme", "Port et plages")):
    options = "".join(f'<option value="{escape(s)}">{escape(s)}</option>' for s in subjects)
    return (f'<div class="wpcf7 no-js" id="wpcf7-f215-p18-o1" lang="fr-FR" dir="ltr"><div class="screen-reader-response">'
            f'<p role="status" aria-live="polite" aria-atomic="true"></p></div>'
            f'<form action="{action}#wpcf7-f215-p18-o1" method="post" class="wpcf7-form init" novalidate="novalidate" data-status="init">'
            '<div style="display: none;"><input type="hidden" name="_wpcf7" value="215" /><input type="hidden" name="_wpcf7_version" value="5.9.3" />'
            '<input type="hidden" name="_wpcf7_locale" value="fr_FR" /><input type="hidden" name="_wpcf7_unit_tag" value="wpcf7-f215-p18-o1" /></div>'
            '<p><label> Nom et prénom (obligatoire)<br /><span class="wpcf7-form-control-wrap" data-name="your-name">'
            '<input size="40" class="wpcf7-form-control wpcf7-text wpcf7-validates-as-required" aria-required="true" value="" type="text" name="your-name" /></span></label></p>'
            '<p><label> Courriel (obligatoire)<br /><span class="wpcf7-form-control-wrap" data-name="your-email">'
            '<input size="40" class="wpcf7-form-control wpcf7-email wpcf7-validates-as-required wpcf7-text wpcf7-validates-as-email" value="" type="email" name="your-email" /></span></label></p>'
            f'<p><label> Objet de votre demande<br /><span class="wpcf7-form-control-wrap" data-name="menu-objet"><select class="wpcf7-form-control wpcf7-select" name="menu-objet">{options}</select></span></label></p>'
            '<p><label> Votre message<br /><span class="wpcf7-form-control-wrap" data-name="your-message">'
            '<textarea cols="40" rows="10" class="wpcf7-form-control wpcf7-textarea" name="your-message"></textarea></span></label></p>'
            '<p><span class="wpcf7-form-control-wrap" data-name="acceptance-rgpd"><span class="wpcf7-form-control wpcf7-acceptance"><span class="wpcf7-list-item">'
            '<label><input type="checkbox" name="acceptance-rgpd" value="1" aria-invalid="false" /><span class="wpcf7-list-item-label">J\'accepte que mes données soient utilisées pour traiter ma demande.</span></label></span></span></span></p>'
            '<p><input class="wpcf7-form-control wpcf7-submit has-spinner" type="submit" value="Envoyer" /></p>'
            '<div class="wpcf7-response-output" aria-hidden="true"></div></form></div>')


def gravity_form(form_id, action, title, fields, button="Envoyer"):
    """Gravity Forms markup; fields: (kind, label) with kind in text, email, textarea, radio:<a|b|c>, select:<a|b>."""
    rows = []
    for n, (kind, label) in enumerate(fields, 1):
        fid = f"input_{form_id}_{n}"
        if kind == "textarea":
            control = f'<textarea name="input_{n}" id="{fid}" class="textarea medium" rows="10" cols="50"></textarea>'
        elif kind.startswith("radio:"):
            control = '<div class="ginput_container ginput_container_radio"><div class="gfield_radio" id="' + fid + '">' + "".join(
                f'<div class="gchoice gchoice_{form_id}_{n}_{k}"><input class="gfield-choice-input" name="input_{n}" type="radio" '
                f'value="{escape(choice)}" id="choice_{form_id}_{n}_{k}" /><label for="choice_{form_id}_{n}_{k}">{escape(choice)}</label></div>'
                for k, choice in enumerate(kind[6:].split("|"))) + "</div></div>"
        elif kind.startswith("select:"):
            control = f'<select name="input_{n}" id="{fid}" class="medium gfield_select">' + "".join(
                f'<option value="{escape(c)}">{escape(c)}</option>' for c in kind[7:].split("|")) + "</select>"
        else:
            control = f'<input name="input_{n}" id="{fid}" type="{kind}" value="" class="large" />'
        rows.append(f'<div id="field_{form_id}_{n}" class="gfield gfield--type-{kind.split(":")[0]} field_sublabel_below">'
                    f'<label class="gfield_label gform-field-label" for="{fid}">{escape(label)}</label>'
                    f'<div class="ginput_container">{control}</div></div>')
    return (f'<div class="gf_browser_gecko gform_wrapper gravity-theme gform-theme--no-framework" id="gform_wrapper_{form_id}">'
            f'<div class="gform_heading"><h2 class="gform_title">{escape(title)}</h2></div>'
            f'<form method="post" enctype="multipart/form-data" id="gform_{form_id}" action="{action}" novalidate>'
            f'<div class="gform-body gform_body"><div id="gform_fields_{form_id}" class="gform_fields top_label form_sublabel_below description_below">'
            + "".join(rows) +
            f'</div></div><div class="gform_footer top_label"><input type="submit" id="gform_submit_button_{form_id}" '
            f'class="gform_button button" value="{escape(button)}" /><input type="hidden" class="gform_hidden" name="is_submit_{form_id}" value="1" />'
            f'<input type="hidden" name="gform_submit" value="{form_id}" /></div></form></div>')


def drupal_webform(webform_id, action, fields, submit="Envoyer"):
    """Drupal Webform; fields: (kind, key, label), kind in textfield, email, textarea, radios:<a|b>, checkboxes:<a|b>."""
    rows = []
    for kind, key, label in fields:
        sel = f"edit-{key.replace('_', '-')}"
        if kind == "textarea":
            rows.append(f'<div class="js-form-item form-item js-form-type-textarea form-type-textarea form-item-{key}">'
                        f'<label for="{sel}">{escape(label)}</label><div class="form-textarea-wrapper">'
                        f'<textarea data-drupal-selector="{sel}" id="{sel}" name="{key}" rows="5" cols="60" class="form-textarea resize-vertical"></textarea></div></div>')
        elif kind.split(":")[0] in ("radios", "checkboxes"):
            base, choices = kind.split(":")
            typ = "radio" if base == "radios" else "checkbox"
            opts = "".join(
                f'<div class="js-form-item form-item js-form-type-{typ} form-type-{typ}"><input data-drupal-selector="{sel}-{k}" '
                f'type="{typ}" id="{sel}-{k}" name="{key}{"[" + str(k) + "]" if typ == "checkbox" else ""}" value="{escape(c)}" class="form-{typ}" />'
                f'<label for="{sel}-{k}" class="option">{escape(c)}</label></div>' for k, c in enumerate(choices.split("|")))
            rows.append(f'<fieldset data-drupal-selector="{sel}" class="{base}--wrapper fieldgroup form-composite webform-composite-visible-title js-webform-type-{base} webform-type-{base}" id="{sel}--wrapper">'
                        f'<legend><span class="fieldset-legend">{escape(label)}</span></legend><div class="fieldset-wrapper"><div id="{sel}" class="js-webform-{base} webform-options-display-one-column form-{base}">{opts}</div></div></fieldset>')
        else:
            rows.append(f'<div class="js-form-item form-item js-form-type-{kind} form-type-{kind} form-item-{key}">'
                        f'<label for="{sel}">{escape(label)}</label><input data-drupal-selector="{sel}" type="{"email" if kind == "email" else "text"}" '
                        f'id="{sel}" name="{key}" value="" size="60" maxlength="255" class="form-{kind}" /></div>')
    form_id = webform_id.replace("_", "-")
    return (f'<form class="webform-submission-form webform-submission-add-form webform-submission-{form_id}-form js-webform-details-toggle webform-details-toggle" '
            f'data-drupal-selector="webform-submission-{form_id}-add-form" action="{action}" method="post" id="webform-submission-{form_id}-add-form" accept-charset="UTF-8">'
            + "".join(rows) +
            f'<input autocomplete="off" data-drupal-selector="form-x7e3pq" type="hidden" name="form_build_id" value="form-x7e3pq{len(action)}" />'
            f'<input data-drupal-selector="edit-webform-submission-{form_id}-add-form" type="hidden" name="form_id" value="webform_submission_{webform_id}_add_form" />'
            f'<div data-drupal-selector="edit-actions" class="form-actions webform-actions js-form-wrapper form-wrapper" id="edit-actions">'
            f'<input class="webform-button--submit button button--primary js-form-submit form-submit" data-drupal-selector="edit-actions-submit" type="submit" id="edit-actions-submit" name="op" value="{escape(submit)}" /></div></form>')


def drupal_contact(action):
    """The core contact module's personal/site-wide form (contact_message_feedback_form)."""
    return (f'<form class="contact-message-feedback-form contact-message-form contact-form" data-drupal-selector="contact-message-feedback-form" action="{action}" method="post" id="contact-message-feedback-form" accept-charset="UTF-8">'
            '<div class="js-form-item form-item js-form-type-textfield form-item-name"><label for="edit-name" class="js-form-required form-required">Votre nom</label>'
            '<input data-drupal-selector="edit-name" type="text" id="edit-name" name="name" value="" size="60" maxlength="255" class="form-text required" required="required" /></div>'
            '<div class="js-form-item form-item js-form-type-email form-item-mail"><label for="edit-mail" class="js-form-required form-required">Votre adresse de courriel</label>'
            '<input data-drupal-selector="edit-mail" type="email" id="edit-mail" name="mail" value="" size="60" maxlength="254" class="form-email required" required="required" /></div>'
            '<div class="field--type-string field--name-subject field--widget-string-textfield js-form-wrapper form-wrapper"><div class="js-form-item form-item js-form-type-textfield form-item-subject-0-value">'
            '<label for="edit-subject-0-value" class="js-form-required form-required">Sujet</label><input class="js-text-full text-full form-text required" data-drupal-selector="edit-subject-0-value" type="text" id="edit-subject-0-value" name="subject[0][value]" value="" size="60" maxlength="100" required="required" /></div></div>'
            '<div class="field--type-string-long field--name-message field--widget-string-textarea js-form-wrapper form-wrapper"><div class="js-form-item form-item js-form-type-textarea form-item-message-0-value">'
            '<label for="edit-message-0-value" class="js-form-required form-required">Message</label><div class="form-textarea-wrapper"><textarea class="js-text-full text-full form-textarea required resize-vertical" data-drupal-selector="edit-message-0-value" id="edit-message-0-value" name="message[0][value]" rows="12" cols="60" required="required"></textarea></div></div></div>'
            '<input data-drupal-selector="edit-contact-message-feedback-form" type="hidden" name="form_id" value="contact_message_feedback_form" />'
            '<div data-drupal-selector="edit-actions" class="form-actions js-form-wrapper form-wrapper" id="edit-actions"><input data-drupal-selector="edit-submit" type="submit" id="edit-submit" name="op" value="Envoyer le message" class="button button--primary js-form-submit form-submit" /></div></form>')


def joomla_contact(action, contact_id=1):
    """com_contact's form as Joomla 4 renders it."""
    return (f'<div class="com-contact contact"><div class="com-contact__form contact-form">'
            f'<form id="contact-form" action="{action}" method="post" class="form-validate form-horizontal well">'
            '<fieldset><legend>Envoyer un courriel</legend>'
            '<div class="control-group field-spacer"><div class="control-label"><span class="spacer"><span class="before"></span><span class="text"><label id="jform_spacer-lbl"><strong class="red">*</strong> Champ requis</label></span><span class="after"></span></span></div></div>'
            '<div class="control-group"><div class="control-label"><label id="jform_contact_name-lbl" for="jform_contact_name" class="required">Nom<span class="star" aria-hidden="true">&#160;*</span></label></div>'
            '<div class="controls"><input type="text" name="jform[contact_name]" id="jform_contact_name" value="" class="form-control required" size="30" required></div></div>'
            '<div class="control-group"><div class="control-label"><label id="jform_contact_email-lbl" for="jform_contact_email" class="required">E-mail<span class="star" aria-hidden="true">&#160;*</span></label></div>'
            '<div class="controls"><input type="email" inputmode="email" name="jform[contact_email]" class="form-control validate-email required" id="jform_contact_email" value="" size="30" autocomplete="email" required></div></div>'
            '<div class="control-group"><div class="control-label"><label id="jform_contact_emailmsg-lbl" for="jform_contact_emailmsg" class="required">Sujet</label></div>'
            '<div class="controls"><input type="text" name="jform[contact_subject]" id="jform_contact_emailmsg" value="" class="form-control required" size="60" required></div></div>'
            '<div class="control-group"><div class="control-label"><label id="jform_contact_message-lbl" for="jform_contact_message" class="required">Message</label></div>'
            '<div class="controls"><textarea name="jform[contact_message]" id="jform_contact_message" cols="50" rows="10" class="form-control required" required></textarea></div></div>'
            '</fieldset><div class="control-group"><div class="controls"><button class="btn btn-primary validate" type="submit">Envoyer un courriel</button>'
            f'<input type="hidden" name="option" value="com_contact"><input type="hidden" name="task" value="contact.submit"><input type="hidden" name="return" value="">'
            f'<input type="hidden" name="id" value="{contact_id}:mairie"><input type="hidden" name="9c1e6b3a4f5d7e8a0b1c2d3e4f5a6b7c" value="1"></div></div></form></div></div>')


def vendor_contact(action, extra_choices=("Voirie et propreté", "Plages et littoral", "Port", "Autre")):
    opts = "".join(f'<option>{escape(c)}</option>' for c in extra_choices)
    return (f'<form class="form form--contact js-form-validate" action="{action}" method="post" novalidate>'
            '<p class="form__mandatory">Les champs marqués d\'un astérisque (*) sont obligatoires.</p>'
            '<div class="form__group"><label class="form__label" for="ct-civilite">Civilité</label><select id="ct-civilite" name="civilite" class="form__select"><option>Madame</option><option>Monsieur</option></select></div>'
            '<div class="form__group"><label class="form__label" for="ct-nom">Nom *</label><input class="form__input" type="text" id="ct-nom" name="nom" required autocomplete="family-name"></div>'
            '<div class="form__group"><label class="form__label" for="ct-email">Adresse e-mail *</label><input class="form__input" type="email" id="ct-email" name="email" required autocomplete="email"></div>'
            f'<div class="form__group"><label class="form__label" for="ct-service">Service concerné</label><select class="form__select" id="ct-service" name="service">{opts}</select></div>'
            '<div class="form__group"><label class="form__label" for="ct-message">Votre message *</label><textarea class="form__textarea" id="ct-message" name="message" rows="8" required></textarea></div>'
            '<div class="form__group form__group--rgpd"><input type="checkbox" id="ct-rgpd" name="rgpd" required><label for="ct-rgpd">J\'accepte le traitement de mes données dans le cadre de ma demande.</label></div>'
            '<div class="form__captcha"><div class="frc-captcha" data-sitekey="FCMT3Q8U5P0K" data-lang="fr"></div></div>'
            '<button type="submit" class="btn btn--primary">Envoyer</button></form>')


def publik_form(action, title, fields, submit="Valider"):
    """A w.c.s. form of a Publik portal; fields: (kind, name, label), kind in string, email, text, bool, item:<a|b>."""
    widgets = []
    for n, (kind, name, label) in enumerate(fields, 1):
        if kind == "text":
            control = f'<textarea name="f{n}" id="form_f{n}" rows="8" cols="72" class="{name}"></textarea>'
        elif kind == "bool":
            control = f'<input type="checkbox" name="f{n}" id="form_f{n}" value="yes"/>'
        elif kind.startswith("item:"):
            control = f'<select name="f{n}" id="form_f{n}">' + "".join(
                f'<option value="{escape(c)}">{escape(c)}</option>' for c in kind[5:].split("|")) + "</select>"
        else:
            control = f'<input type="{"email" if kind == "email" else "text"}" name="f{n}" id="form_f{n}" value="" size="40" class="{name}"/>'
        widgets.append(f'<div class="widget {kind.split(":")[0]}-widget template-form-field" data-field-id="{n}" data-widget-name="f{n}">'
                       f'<div class="title"><label for="form_f{n}">{escape(label)}</label></div><div class="content">{control}</div></div>')
    return (f'<div id="steps" class="wcs-step one-step"><ol><li class="current"><span class="marker">1</span><span class="label">{escape(title)}</span></li>'
            '<li><span class="marker">2</span><span class="label">Validation</span></li></ol></div>'
            f'<form action="{action}" method="post" enctype="multipart/form-data" class="quixote" novalidate="novalidate" data-has-draft="true">'
            '<input type="hidden" name="_form_id" value="form"/><input type="hidden" name="_ajax_form_token" value="2c6a81f9e0"/>'
            f'<div class="page"><h3>{escape(title)}</h3>' + "".join(widgets) +
            f'</div><div class="buttons submit"><button class="submit-button" name="submit" value="{escape(submit)}">{escape(submit)}</button>'
            '<button class="save-draft form-save-draft" name="savedraft" value="Enregistrer le brouillon">Enregistrer le brouillon</button></div></form>')


# ---- forms that are not contact forms --------------------------------------------------------

def newsletter_mailchimp(action):
    return (f'<div id="mc_embed_shell"><div id="mc_embed_signup"><form action="{action}" method="post" id="mc-embedded-subscribe-form" name="mc-embedded-subscribe-form" class="validate" target="_blank">'
            '<div id="mc_embed_signup_scroll"><h2>Recevoir la lettre d\'information</h2><div class="indicates-required"><span class="asterisk">*</span> champ obligatoire</div>'
            '<div class="mc-field-group"><label for="mce-EMAIL">Adresse e-mail <span class="asterisk">*</span></label><input type="email" name="EMAIL" class="required email" id="mce-EMAIL" required="" value=""></div>'
            '<div class="mc-field-group"><label for="mce-FNAME">Prénom</label><input type="text" name="FNAME" class="text" id="mce-FNAME" value=""></div>'
            '<div hidden=""><input type="hidden" name="tags" value="2741"></div><div aria-hidden="true" style="position: absolute; left: -5000px;"><input type="text" name="b_4f2a9c_8e1d" tabindex="-1" value=""></div>'
            '<div class="clear"><input type="submit" name="subscribe" id="mc-embedded-subscribe" class="button" value="Je m\'inscris"></div></div></form></div></div>')


def newsletter_simple(action, list_name="La Lettre"):
    return (f'<form class="newsletter-form" action="{action}" method="post"><fieldset><legend>{escape(list_name)}</legend>'
            '<label for="nl-email">Votre adresse e-mail</label><input type="email" id="nl-email" name="newsletter[email]" required>'
            '<input type="checkbox" id="nl-consent" name="newsletter[consent]" required><label for="nl-consent">J\'accepte de recevoir la lettre d\'information.</label>'
            '<button type="submit">S\'abonner</button></fieldset></form>')


def login_form(action, user="username", password="password", heading="Connexion à l'espace famille"):
    return (f'<form class="login" action="{action}" method="post"><h2>{escape(heading)}</h2>'
            f'<label for="lg-user">Identifiant</label><input type="text" id="lg-user" name="{user}" autocomplete="username">'
            f'<label for="lg-pass">Mot de passe</label><input type="password" id="lg-pass" name="{password}" autocomplete="current-password">'
            '<a href="#mot-de-passe-oublie" class="forgot">Mot de passe oublié ?</a><button type="submit">Se connecter</button></form>')


def booking_form(action, what, slots):
    opts = "".join(f"<option>{escape(s)}</option>" for s in slots)
    return (f'<form class="booking-form" action="{action}" method="post"><h2>Réserver : {escape(what)}</h2>'
            '<label for="bk-date">Date souhaitée</label><input type="date" id="bk-date" name="booking[date]" required>'
            f'<label for="bk-creneau">Créneau</label><select id="bk-creneau" name="booking[slot]">{opts}</select>'
            '<label for="bk-nom">Nom</label><input type="text" id="bk-nom" name="booking[name]" required>'
            '<label for="bk-tel">Téléphone</label><input type="tel" id="bk-tel" name="booking[phone]">'
            '<label for="bk-mail">E-mail</label><input type="email" id="bk-mail" name="booking[email]" required>'
            '<button type="submit">Vérifier la disponibilité</button></form>')


def registration_form(action, event, categories):
    opts = "".join(f'<option>{escape(c)}</option>' for c in categories)
    return (f'<form class="registration-form inscription" action="{action}" method="post"><h2>Inscription : {escape(event)}</h2>'
            '<label for="rg-nom">Nom du skipper</label><input type="text" id="rg-nom" name="inscription[nom]" required>'
            '<label for="rg-club">Club</label><input type="text" id="rg-club" name="inscription[club]">'
            '<label for="rg-licence">N° de licence FFVoile</label><input type="text" id="rg-licence" name="inscription[licence]" required>'
            f'<label for="rg-cat">Série</label><select id="rg-cat" name="inscription[serie]">{opts}</select>'
            '<label for="rg-mail">E-mail</label><input type="email" id="rg-mail" name="inscription[email]" required>'
            '<label for="rg-certif">Certificat médical</label><input type="file" id="rg-certif" name="inscription[certificat]">'
            '<button type="submit">Valider l\'inscription</button></form>')


def payment_form(action, what, amount):
    return (f'<form class="payfip" action="{action}" method="post"><h2>Payer en ligne : {escape(what)}</h2>'
            '<label for="pf-ref">Référence de la facture</label><input type="text" id="pf-ref" name="refdet" required pattern="[0-9]{12}">'
            f'<label for="pf-montant">Montant (€)</label><input type="text" id="pf-montant" name="montant" value="{escape(amount)}">'
            '<label for="pf-mail">E-mail pour le ticket</label><input type="email" id="pf-mail" name="mel" required>'
            '<p class="payfip__info">Paiement sécurisé par la DGFiP (PayFiP).</p><button type="submit">Payer par carte bancaire</button></form>')


def share_buttons(url, title=""):
    from urllib.parse import quote
    u = quote(url, safe="")
    t = quote(title, safe="")
    return ('<div class="share-links"><p class="share-links__title">Partager cette page</p><ul>'
            f'<li><a class="share-links__fb" href="https://www.facebook.com/sharer/sharer.php?u={u}" target="_blank" rel="noopener">Facebook</a></li>'
            f'<li><a class="share-links__x" href="https://x.com/share?url={u}&amp;text={t}" target="_blank" rel="noopener">X</a></li>'
            f'<li><a class="share-links__li" href="https://www.linkedin.com/shareArticle?mini=true&amp;url={u}" target="_blank" rel="noopener">LinkedIn</a></li>'
            f'<li><a class="share-links__mail" href="mailto:?subject={t}&amp;body={u}">Courriel</a></li></ul></div>')


# ---- polls and questionnaires -----------------------------------------------------------------

def forminator_poll(poll_id, action, question, answers):
    opts = "".join(
        f'<div role="radio" class="forminator-radio"><input type="radio" name="{poll_id}" value="answer-{k}" id="answer-{k}-{poll_id}" class="forminator-radio--input">'
        f'<label for="answer-{k}-{poll_id}" class="forminator-radio--label"><span class="forminator-radio--design" aria-hidden="true"></span>'
        f'<span class="forminator-radio--label">{escape(a)}</span></label></div>' for k, a in enumerate(answers, 1))
    return (f'<div class="widget widget_forminator_widget"><h2 class="widget-title">Votre avis</h2>'
            f'<form id="forminator-module-{poll_id}" class="forminator-ui forminator-poll forminator-poll-{poll_id} forminator-design--default" method="post" action="{action}" data-forminator-render="0" data-form-id="{poll_id}">'
            f'<div class="forminator-poll--content"><fieldset class="forminator-poll--fieldset"><legend class="forminator-poll--question">{escape(question)}</legend>'
            f'<div class="forminator-poll--answers">{opts}</div></fieldset><div class="forminator-poll--actions">'
            f'<button class="forminator-button forminator-button-submit">Voter</button><a href="#" class="forminator-link forminator-poll--results" data-poll-id="{poll_id}">Voir les résultats</a></div></div>'
            f'<input type="hidden" name="form_id" value="{poll_id}"><input type="hidden" name="action" value="forminator_submit_form_poll"></form></div>')


def poll_results(question, rows, note="Ce sondage est clos."):
    bars = "".join(f'<li class="poll-result"><span class="poll-result__label">{escape(a)}</span> '
                   f'<span class="poll-result__bar" style="width:{pct}%"></span> <strong>{pct} %</strong> ({votes} votes)</li>'
                   for a, pct, votes in rows)
    total = sum(v for _a, _p, v in rows)
    return (f'<div class="poll poll--closed"><h3 class="poll__question">{escape(question)}</h3><ul class="poll-results">{bars}</ul>'
            f'<p class="poll__total">Nombre total de votants : {total}</p><p class="poll__status">{escape(note)}</p></div>')


def joomla_poll(poll_id, action, question, answers):
    """A Joomla poll module (the mod_poll family: radio list, vote and results buttons)."""
    opts = "".join(f'<li><input type="radio" name="voteid" id="voteid{poll_id}{k}" value="{k}" class="inputbox" />'
                   f'<label for="voteid{poll_id}{k}">{escape(a)}</label></li>' for k, a in enumerate(answers, 1))
    return (f'<div class="moduletable mod-poll"><h3>Sondage</h3><div class="poll"><h4>{escape(question)}</h4>'
            f'<form action="{action}" method="post" name="form2" class="poll-form"><ul class="poll-answers">{opts}</ul>'
            '<div class="poll-buttons"><input type="submit" name="task_button" class="button btn" value="Voter" />'
            '<button type="submit" name="task_button" class="button btn" value="results">Résultats</button></div>'
            f'<input type="hidden" name="option" value="com_poll" /><input type="hidden" name="task" value="vote" /><input type="hidden" name="id" value="{poll_id}" />'
            '<input type="hidden" name="b6f3c2e1d9a8" value="1" /></form></div></div>')


def iframe_embed(src, title, height=900):
    return (f'<div class="embed embed--form"><iframe src="{escape(src)}" title="{escape(title)}" width="100%" height="{height}" '
            f'loading="lazy" frameborder="0" allow="fullscreen"></iframe><p class="embed__fallback">Si le formulaire ne s\'affiche pas, '
            f'<a href="{escape(src)}" target="_blank" rel="noopener">ouvrez-le dans une nouvelle fenêtre</a>.</p></div>')


# ---- comments ----------------------------------------------------------------------------------

def wp_comments(existing, action, post_id=412):
    items = "".join(
        f'<li id="comment-{post_id * 10 + k}" class="comment even thread-even depth-1"><article id="div-comment-{post_id * 10 + k}" class="comment-body">'
        f'<footer class="comment-meta"><div class="comment-author vcard"><b class="fn">{escape(a)}</b> <span class="says">dit :</span></div>'
        f'<div class="comment-metadata"><time>{escape(d)}</time></div></footer><div class="comment-content"><p>{escape(t)}</p></div>'
        f'<div class="reply"><a rel="nofollow" class="comment-reply-link" href="#comment-{post_id * 10 + k}" data-commentid="{post_id * 10 + k}" data-postid="{post_id}">Répondre</a></div></article></li>'
        for k, (a, d, t) in enumerate(existing, 1))
    listing = (f'<h2 class="comments-title">{len(existing)} réflexions sur cet article</h2><ol class="comment-list">{items}</ol>'
               if existing else "")
    return (f'<div id="comments" class="comments-area">{listing}<div id="respond" class="comment-respond">'
            '<h3 id="reply-title" class="comment-reply-title">Laisser un commentaire <small><a rel="nofollow" id="cancel-comment-reply-link" href="#respond" style="display:none;">Annuler la réponse</a></small></h3>'
            f'<form action="{action}" method="post" id="commentform" class="comment-form" novalidate>'
            '<p class="comment-notes"><span id="email-notes">Votre adresse e-mail ne sera pas publiée.</span> Les champs obligatoires sont indiqués avec <span class="required">*</span></p>'
            '<p class="comment-form-comment"><label for="comment">Commentaire <span class="required">*</span></label><textarea id="comment" name="comment" cols="45" rows="8" maxlength="65525" required></textarea></p>'
            '<p class="comment-form-author"><label for="author">Nom <span class="required">*</span></label><input id="author" name="author" type="text" value="" size="30" maxlength="245" autocomplete="name" required /></p>'
            '<p class="comment-form-email"><label for="email">E-mail <span class="required">*</span></label><input id="email" name="email" type="email" value="" size="30" maxlength="100" autocomplete="email" required /></p>'
            f'<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Laisser un commentaire" /><input type="hidden" name="comment_post_ID" value="{post_id}" id="comment_post_ID" />'
            '<input type="hidden" name="comment_parent" id="comment_parent" value="0" /></p></form></div></div>')


def wp_comments_closed():
    return ('<div id="comments" class="comments-area"><p class="no-comments">Les commentaires sont fermés.</p></div>')


def drupal_comments(existing, node_id):
    items = "".join(
        f'<article data-comment-user-id="0" id="comment-{node_id * 3 + k}" class="comment js-comment by-anonymous"><mark class="hidden" data-comment-timestamp="1716{k}00000"></mark>'
        f'<footer class="comment__meta"><p class="comment__submitted">Soumis par <span>{escape(a)}</span> le {escape(d)}</p></footer>'
        f'<div class="comment__content"><div class="clearfix text-formatted field field--name-comment-body field--type-text-long field--label-hidden field__item"><p>{escape(t)}</p></div>'
        '<ul class="links inline"><li class="comment-reply"><a href="#comment-form">Répondre</a></li></ul></div></article>'
        for k, (a, d, t) in enumerate(existing, 1))
    return (f'<section class="field field--name-comment field--type-comment field--label-above comment-wrapper"><h2 class="title">Commentaires</h2>{items}'
            '<h2 class="title comment-form__title">Ajouter un commentaire</h2>'
            f'<form class="comment-comment-form comment-form" data-drupal-selector="comment-form" action="/comment/reply/node/{node_id}/comment" method="post" id="comment-form" accept-charset="UTF-8">'
            '<div class="js-form-item form-item js-form-type-textfield form-item-name"><label for="edit-name">Votre nom</label><input data-drupal-selector="edit-name" type="text" id="edit-name" name="name" value="" size="30" maxlength="60" class="form-text" /></div>'
            '<div class="field--type-text-long field--name-comment-body field--widget-text-textarea js-form-wrapper form-wrapper"><div class="js-form-item form-item js-form-type-textarea form-item-comment-body-0-value">'
            '<label for="edit-comment-body-0-value" class="js-form-required form-required">Commentaire</label><div class="form-textarea-wrapper"><textarea class="js-text-full text-full form-textarea required" data-drupal-selector="edit-comment-body-0-value" id="edit-comment-body-0-value" name="comment_body[0][value]" rows="5" cols="60" required="required"></textarea></div></div></div>'
            '<input data-drupal-selector="edit-comment-comment-form" type="hidden" name="form_id" value="comment_comment_form" />'
            '<div data-drupal-selector="edit-actions" class="form-actions js-form-wrapper form-wrapper" id="edit-actions"><input data-drupal-selector="edit-submit" type="submit" id="edit-submit" name="op" value="Enregistrer" class="button button--primary js-form-submit form-submit" /></div></form></section>')


def disqus(shortname, identifier, url):
    return ('<div id="disqus_thread"></div><script>var disqus_config = function () { '
            f'this.page.url = "{url}"; this.page.identifier = "{identifier}"; }};'
            '(function() { var d = document, s = d.createElement("script"); '
            f's.src = "https://{shortname}.disqus.com/embed.js"; s.setAttribute("data-timestamp", +new Date()); '
            '(d.head || d.body).appendChild(s); })();</script>'
            '<noscript>Veuillez activer JavaScript pour afficher les <a href="https://disqus.com/?ref_noscript" rel="nofollow">commentaires propulsés par Disqus.</a></noscript>')


def jcomments(object_id, existing):
    items = "".join(f'<div class="comment rbox"><div class="comment-box"><span class="comment-author">{escape(a)}</span> '
                    f'<span class="comment-date">{escape(d)}</span><div class="comment-body" id="comment-body-{object_id}{k}">{escape(t)}</div></div></div>'
                    for k, (a, d, t) in enumerate(existing, 1))
    return (f'<div id="jc"><div id="comments"><h4>Commentaires ({len(existing)})</h4><div class="comments-list" id="comments-list-0">{items}</div></div>'
            f'<a id="addcomments" href="#addcomments"></a><form id="comments-form" name="comments-form" action="javascript:void(null);">'
            '<h4>Ajouter un commentaire</h4><p><span><input id="comments-form-name" type="text" name="name" value="" maxlength="20" size="22" tabindex="1" />'
            '<label for="comments-form-name">Nom (obligatoire)</label></span></p><p><span><input id="comments-form-email" type="text" name="email" value="" size="22" tabindex="2" />'
            '<label for="comments-form-email">E-mail (obligatoire, non publié)</label></span></p><p><span><textarea id="comments-form-comment" name="comment" cols="65" rows="8" tabindex="5"></textarea></span></p>'
            '<div id="comments-form-buttons"><div class="btn" id="comments-form-send"><div><a href="#" tabindex="7" title="Envoyer (Ctrl+Entrée)">Envoyer</a></div></div></div>'
            f'<div><input type="hidden" name="object_id" value="{object_id}" /><input type="hidden" name="object_group" value="com_content" /></div></form></div>')


# ---- petitions -----------------------------------------------------------------------------------

def petition_sign(action, title, signatures, threshold, deadline):
    pct = min(100, signatures * 100 // threshold)
    return (f'<div class="petition petition--open"><h2 class="petition__title">{escape(title)}</h2>'
            f'<div class="petition__progress" role="progressbar" aria-valuenow="{signatures}" aria-valuemax="{threshold}"><span style="width:{pct}%"></span></div>'
            f'<p class="petition__count"><strong>{signatures}</strong> signatures sur {threshold} nécessaires — clôture le {escape(deadline)}</p>'
            f'<form class="petition__form" action="{action}" method="post"><h3>Je signe la pétition</h3>'
            '<label for="pt-nom">Nom</label><input type="text" id="pt-nom" name="signature[nom]" required>'
            '<label for="pt-prenom">Prénom</label><input type="text" id="pt-prenom" name="signature[prenom]" required>'
            '<label for="pt-mail">E-mail</label><input type="email" id="pt-mail" name="signature[email]" required>'
            '<label for="pt-cp">Code postal</label><input type="text" id="pt-cp" name="signature[code_postal]" required>'
            '<input type="checkbox" id="pt-resident" name="signature[residence]" required><label for="pt-resident">J\'atteste résider dans la commune ou y être contribuable.</label>'
            '<button type="submit" class="btn">Signer</button></form></div>')


# ---- platforms ----------------------------------------------------------------------------------

def decidim_process_hero(title, phase, description, steps):
    items = "".join(f'<li class="process-header__phase-item{" is-active" if i == 0 else ""}">{escape(s)}</li>' for i, s in enumerate(steps))
    return (f'<section class="process-header"><div class="process-header__container"><div class="process-header__main">'
            f'<h2 class="h2 decorator">{escape(title)}</h2><div class="process-header__phase"><span class="process-header__phase-title">Phase actuelle :</span> '
            f'<strong>{escape(phase)}</strong></div></div><ol class="process-header__phases">{items}</ol></div></section>'
            f'<div class="editor-content">{description}</div>')


def decidim_proposals(base, cards, can_create=True):
    lis = "".join(
        f'<a href="{base}/{pid}" class="card__list" id="proposals__proposal_{pid}"><div class="card__list-content">'
        f'<div class="card__list-title">{escape(title)}</div><div class="card__list-metadata"><span>{escape(author)}</span>'
        f'<span class="card__list-metadata-comments">{n} commentaires</span></div></div></a>'
        for pid, title, author, n in cards)
    create = (f'<a href="{base}/new" class="button button__sm button__secondary" id="new_proposal_button">Nouvelle proposition</a>'
              if can_create else "")
    return (f'<div class="layout-main__buttons">{create}</div><div class="proposal-list" id="proposals"><h2 class="h5 text-secondary">'
            f'{len(cards)} propositions</h2>{lis}</div>')


def decidim_new_proposal(action):
    return (f'<form class="form-defaults proposal_form_admin new_proposal" id="new_proposal" action="{action}" accept-charset="UTF-8" method="post">'
            '<input type="hidden" name="authenticity_token" value="pQ3xF0Z9aXm" autocomplete="off" />'
            '<div class="form__wrapper"><label for="proposal_title">Titre<span title="Champ requis" data-tooltip="true" data-disable-hover="false" data-keep-on-hover="true" class="label-required"><span aria-hidden="true">*</span></span>'
            '<input minlength="15" maxlength="150" type="text" name="proposal[title]" id="proposal_title" required /></label>'
            '<label for="proposal_body">Description<textarea rows="10" minlength="15" maxlength="1500" name="proposal[body]" id="proposal_body" required></textarea></label>'
            '<label for="proposal_address">Adresse<input type="text" name="proposal[address]" id="proposal_address" /></label></div>'
            '<div class="form__wrapper-block flex-col-reverse md:flex-row justify-end"><button type="submit" class="button button__sm md:button__lg button__secondary">Continuer</button></div></form>')


def decidim_comments(resource, rid, existing):
    items = "".join(
        f'<div id="comment_{rid}{k}" class="comment" data-comment-id="{rid}{k}"><div class="comment__header"><div class="author__name">{escape(a)}</div>'
        f'<span class="comment__header-date">{escape(d)}</span></div><div class="comment__content"><div class="editor-content"><p>{escape(t)}</p></div></div>'
        f'<div class="comment__footer"><button class="button button__sm button__text-secondary" data-controls="panel-comment{rid}{k}-reply">Répondre</button></div></div>'
        for k, (a, d, t) in enumerate(existing, 1))
    return (f'<div class="comments" id="comments-for-{resource}-{rid}" data-decidim-comments=\'{{"commentableGid":"gid://decidim/Decidim::{resource}/{rid}"}}\'>'
            f'<h2 class="h4">{len(existing)} commentaires</h2><div class="comment-threads">{items}</div>'
            f'<div class="add-comment" id="add-comment-anchor"><form class="new_comment" id="new_comment_for_{resource}_{rid}" action="/comments" accept-charset="UTF-8" data-remote="true" method="post">'
            f'<input value="gid://decidim/Decidim::{resource}/{rid}" type="hidden" name="comment[commentable_gid]" />'
            f'<label for="add-comment-{resource}-{rid}">Ajouter un commentaire</label><textarea maxlength="1000" rows="4" placeholder="Ajoutez votre commentaire" id="add-comment-{resource}-{rid}" name="comment[body]"></textarea>'
            f'<button type="submit" class="button button__sm button__secondary" id="submit-comment-{resource}-{rid}">Publier un commentaire</button></form></div></div>')


def decidim_survey(action, questions, open_=True):
    blocks = []
    for n, (q, choices) in enumerate(questions):
        if choices:
            opts = "".join(f'<label><input type="radio" value="{k}" name="questionnaire[responses][{n}][choices][][answer_option_id]" id="questionnaire_responses_{n}_choices_{k}" />{escape(c)}</label>'
                           for k, c in enumerate(choices, 1))
        else:
            opts = f'<textarea name="questionnaire[responses][{n}][body]" id="questionnaire_responses_{n}" rows="4"></textarea>'
        blocks.append(f'<div class="answer question" data-max-choices="1"><div class="question__title"><label>{n + 1}. {escape(q)}</label></div>{opts}</div>')
    if not open_:
        return ('<div class="callout warning"><p>Le questionnaire est clos. Merci à toutes les personnes qui ont répondu.</p></div>'
                '<div class="questionnaire-closed">' + "".join(f'<p>{n + 1}. {escape(q)}</p>' for n, (q, _c) in enumerate(questions)) + '</div>')
    return (f'<form class="form answer-questionnaire" id="answer-questionnaire" action="{action}" accept-charset="UTF-8" method="post">'
            '<input type="hidden" name="authenticity_token" value="w9Xb2k" autocomplete="off" />' + "".join(blocks) +
            '<div class="form__wrapper-checkbox"><label for="questionnaire_tos_agreement"><input type="checkbox" name="questionnaire[tos_agreement]" id="questionnaire_tos_agreement" value="1" />'
            'En participant, vous acceptez les conditions d\'utilisation.</label></div><button type="submit" class="button button__lg button__secondary" data-confirm="Vous ne pourrez plus modifier vos réponses.">Envoyer</button></form>')


def capco_step_nav(project_slug, steps, current):
    items = "".join(f'<li class="{"active" if path == current else ""}"><a href="{path}">{escape(label)}</a></li>' for path, label in steps)
    return f'<nav class="project__step-tabs" aria-label="Étapes du projet {escape(project_slug)}"><ul class="nav nav-tabs">{items}</ul></nav>'


def capco_proposals(cards, new_href=None, closed=False):
    lis = "".join(f'<li class="list-group-item proposal-preview" id="proposal-{pid}"><div class="card"><h3 class="card-title"><a href="{href}">{escape(t)}</a></h3>'
                  f'<p class="excerpt">{escape(ex)}</p><div class="card__footer"><span class="proposal__votes">{v} votes</span> '
                  f'<span class="proposal__comments">{c} commentaires</span></div></div></li>'
                  for pid, href, t, ex, v, c in cards)
    head = ""
    if new_href and not closed:
        head = f'<a id="add-proposal" class="btn btn-primary" href="{new_href}">Déposer une proposition</a>'
    elif closed:
        head = '<p class="alert alert-info">Le dépôt est terminé.</p>'
    return f'<div class="proposal__step-page">{head}<ul class="media-list proposal-preview-list list-group">{lis}</ul></div>'


def capco_proposal_form(action, categories):
    opts = "".join(f'<option value="{k}">{escape(c)}</option>' for k, c in enumerate(categories, 1))
    return (f'<form id="proposal-form" class="form-horizontal" action="{action}" method="post">'
            '<div class="form-group"><label class="control-label" for="proposal_title">Titre <span class="excerpt">obligatoire</span></label><input id="proposal_title" name="title" type="text" class="form-control" required /></div>'
            '<div class="form-group"><label class="control-label" for="proposal_summary">Résumé</label><textarea id="proposal_summary" name="summary" class="form-control" maxlength="140"></textarea></div>'
            '<div class="form-group"><label class="control-label" for="proposal_body">Description <span class="excerpt">obligatoire</span></label><textarea id="proposal_body" name="body" class="form-control" rows="8" required></textarea></div>'
            f'<div class="form-group"><label class="control-label" for="proposal_category">Catégorie</label><select id="proposal_category" name="category" class="form-control">{opts}</select></div>'
            '<div class="form-group"><label class="control-label" for="proposal_address">Localisation</label><input id="proposal_address" name="address" type="text" class="form-control" /></div>'
            '<button type="submit" id="confirm-proposal-create" class="btn btn-primary">Publier</button> <button type="submit" name="draft" class="btn btn-default">Enregistrer en brouillon</button></form>')


def capco_questionnaire(action, questions):
    blocks = "".join(
        f'<div class="form-group"><label class="control-label h4" for="response-{n}">{escape(q)}</label>'
        + ("".join(f'<div class="radio"><label><input type="radio" name="responses[{n}]" value="{escape(c)}" /> {escape(c)}</label></div>' for c in choices)
           if choices else f'<textarea id="response-{n}" name="responses[{n}]" class="form-control" rows="4"></textarea>') + '</div>'
        for n, (q, choices) in enumerate(questions))
    return (f'<div class="questionnaire-step"><form id="reply-form" class="form-vertical" action="{action}" method="post">{blocks}'
            '<button type="submit" id="confirm-opinion-create" class="btn btn-primary">Envoyer mes réponses</button></form></div>')


def govocal_card_list(cards):
    lis = "".join(f'<a class="e2e-idea-card" href="{href}" data-testid="ideaCard"><h3 class="e2e-idea-card-title">{escape(t)}</h3>'
                  f'<span class="e2e-ideacard-upvote-count">{v}</span> <span class="e2e-ideacard-comment-count">{c} commentaires</span></a>'
                  for href, t, v, c in cards)
    return f'<div id="e2e-ideas-list" class="e2e-ideas-list">{lis}</div>'


def govocal_idea_form(action):
    return (f'<form id="idea-form" class="e2e-idea-form" action="{action}" method="post">'
            '<fieldset><label for="e2e-idea-title-input">Titre de votre projet</label><input id="e2e-idea-title-input" name="title_multiloc[fr-FR]" type="text" required />'
            '<label for="e2e-idea-description-input">Décrivez votre projet</label><textarea id="e2e-idea-description-input" name="body_multiloc[fr-FR]" rows="8" required></textarea>'
            '<label for="e2e-idea-budget-input">Coût estimé (€)</label><input id="e2e-idea-budget-input" name="proposed_budget" type="number" min="0" />'
            '<label for="e2e-idea-location-input">Lieu</label><input id="e2e-idea-location-input" name="location_description" type="text" /></fieldset>'
            '<button id="e2e-idea-form-submit" class="e2e-submit-idea-form" type="submit">Publier</button></form>')


def govocal_comments(existing, idea_id):
    items = "".join(f'<div class="e2e-comment" id="comment-{idea_id}-{k}"><span class="e2e-author-name">{escape(a)}</span> '
                    f'<time>{escape(d)}</time><div class="e2e-comment-body"><p>{escape(t)}</p></div>'
                    f'<button class="e2e-comment-reply-button" type="button">Répondre</button></div>'
                    for k, (a, d, t) in enumerate(existing, 1))
    return (f'<section id="e2e-comments-container" class="e2e-comments"><h2>Commentaires ({len(existing)})</h2>{items}'
            f'<form class="e2e-parent-comment-form" action="/web_api/v1/ideas/{idea_id}/comments" method="post"><label for="submit-comment" class="visually-hidden">Écrire un commentaire</label>'
            '<textarea id="submit-comment" name="comment[body_multiloc][fr-FR]" placeholder="Écrivez votre commentaire ici" rows="3"></textarea>'
            '<button class="e2e-submit-parentcomment" type="submit">Publier</button></form></section>')


def govocal_survey(action, questions):
    blocks = "".join(
        f'<fieldset class="e2e-survey-question" data-question="{n}"><legend>{escape(q)}</legend>'
        + ("".join(f'<label><input type="radio" name="q{n}" value="{escape(c)}" /> {escape(c)}</label>' for c in choices)
           if choices else f'<textarea name="q{n}" rows="4"></textarea>') + "</fieldset>"
        for n, (q, choices) in enumerate(questions))
    return (f'<form id="e2e-native-survey" class="e2e-survey-form" action="{action}" method="post">{blocks}'
            '<button type="submit" class="e2e-submit-form">Envoyer</button></form>')


def fluicity_cards(kind, cards):
    lis = "".join(f'<li class="fl-card fl-card--{kind}"><a class="fl-card__link" href="{href}"><h3 class="fl-card__title">{escape(t)}</h3></a>'
                  f'<p class="fl-card__meta"><span class="fl-card__supports">{s} soutiens</span> · <span class="fl-card__comments">{c} commentaires</span></p></li>'
                  for href, t, s, c in cards)
    return f'<ul class="fl-list fl-list--{kind}">{lis}</ul>'


def fluicity_idea_form(action):
    return (f'<form class="fl-form fl-form--idea" action="{action}" method="post"><h2>Partagez votre idée</h2>'
            '<label for="fl-idea-title">Votre idée en une phrase</label><input id="fl-idea-title" name="idea[title]" type="text" maxlength="120" required>'
            '<label for="fl-idea-desc">Expliquez-nous</label><textarea id="fl-idea-desc" name="idea[description]" rows="6" required></textarea>'
            '<label for="fl-idea-theme">Thème</label><select id="fl-idea-theme" name="idea[theme]"><option>Port et littoral</option><option>Mobilités</option><option>Cadre de vie</option></select>'
            '<button class="fl-button fl-button--primary" type="submit">Publier mon idée</button></form>')


def fluicity_comments(existing, action):
    items = "".join(f'<li class="fl-comment"><span class="fl-comment__author">{escape(a)}</span> <time>{escape(d)}</time><p>{escape(t)}</p></li>'
                    for a, d, t in existing)
    return (f'<section class="fl-comments"><h2>{len(existing)} commentaires</h2><ul>{items}</ul>'
            f'<form class="fl-form fl-form--comment" action="{action}" method="post"><label for="fl-comment">Votre commentaire</label>'
            '<textarea id="fl-comment" name="comment[content]" rows="3"></textarea><button class="fl-button" type="submit">Commenter</button></form></section>')


def fluicity_survey(action, questions):
    blocks = "".join(
        f'<div class="fl-survey__question"><p class="fl-survey__label">{escape(q)}</p>'
        + "".join(f'<label class="fl-choice"><input type="radio" name="answers[{n}]" value="{k}"> {escape(c)}</label>' for k, c in enumerate(choices))
        + "</div>" for n, (q, choices) in enumerate(questions))
    return f'<form class="fl-survey" action="{action}" method="post">{blocks}<button class="fl-button fl-button--primary" type="submit">Je réponds</button></form>'


# ---- forums and neighbours' networks --------------------------------------------------------------

def discourse_topic_list(topics):
    rows = "".join(f'<tr class="topic-list-item"><td class="main-link"><meta itemprop="position" content="{k}"><span class="link-top-line">'
                   f'<a href="{href}" class="title raw-link raw-topic-link" itemprop="url">{escape(t)}</a></span>'
                   f'<div class="link-bottom-line"><a href="{cat_href}" class="badge-wrapper bullet"><span class="badge-category-bg"></span>{escape(cat)}</a></div></td>'
                   f'<td class="replies"><span class="posts" title="messages">{r}</span></td><td class="views"><span class="views" title="vues">{v}</span></td></tr>'
                   for k, (href, t, cat_href, cat, r, v) in enumerate(topics, 1))
    return (f'<div class="topic-list-container" itemscope itemtype="http://schema.org/ItemList"><table class="topic-list"><thead><tr>'
            f'<th>Sujet</th><th class="replies">Réponses</th><th class="views">Vues</th></tr></thead><tbody>{rows}</tbody></table></div>')


def discourse_topic(posts, topic_id):
    items = "".join(
        f'<div id="post_{k}" itemprop="{"mainEntity" if k == 1 else "comment"}" itemscope itemtype="http://schema.org/{"DiscussionForumPosting" if k == 1 else "Comment"}" class="topic-body crawler-post">'
        f'<div class="crawler-post-meta"><span class="creator" itemprop="author" itemscope itemtype="http://schema.org/Person"><span itemprop="name">{escape(a)}</span></span>'
        f'<span class="crawler-post-infos"><time itemprop="datePublished" class="post-time">{escape(d)}</time><meta itemprop="position" content="{k}"></span></div>'
        f'<div class="post" itemprop="text"><p>{escape(t)}</p></div></div>'
        for k, (a, d, t) in enumerate(posts, 1))
    return f'<div id="topic-{topic_id}" class="topic-view">{items}</div><p class="crawler-linkback">Connectez-vous pour répondre à cette discussion.</p>'


def community_feed(posts):
    items = "".join(f'<article class="feed-post feed-post--{kind}"><header><span class="feed-post__author">{escape(a)}</span> · '
                    f'<span class="feed-post__neighbourhood">{escape(q)}</span></header><p>{escape(t)}</p>'
                    f'<footer><a href="/connexion" class="feed-post__reply">Répondre</a> · <span>{n} réponses</span></footer></article>'
                    for kind, a, q, t, n in posts)
    return f'<section class="feed"><h2>Le fil du quartier</h2>{items}</section>'
