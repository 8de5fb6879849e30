"""Markup for the "combettes" holdout part: recent municipal sites (headless CMSs, card layouts,
accordions and tabs), participation platforms drawn by a script, and the forms and widgets
that such sites carry. Written from how the software renders, in our own words."""
import json
import zlib
from html import escape

from ..web import Reply


# ---- text and layout ----------------------------------------------------------------------------

def prose(*paras):
    return "".join(f"<p>{p}</p>" for p in paras)


def chapo(text):
    return f'<p class="chapo lead">{text}</p>'


def cards(items, cls="card-grid"):
    """Teaser cards: (href, title, teaser, tag)."""
    out = []
    for href, title, teaser, tag in items:
        out.append(f'<li class="{cls}__item"><article class="card"><div class="card__media" aria-hidden="true">'
                   f'<img src="/media/cache/card_thumb/{zlib.crc32(title.encode()) % 9000 + 1000}.webp" alt="" loading="lazy"></div>'
                   f'<div class="card__body"><p class="card__tag">{escape(tag)}</p>'
                   f'<h3 class="card__title"><a class="card__link" href="{href}">{title}</a></h3>'
                   f'<p class="card__teaser">{teaser}</p></div></article></li>')
    return f'<ul class="{cls}">{"".join(out)}</ul>'


def accordion(items, name="acc"):
    """An accordion (details/summary or aria buttons)."""
    out = []
    for i, (head, content) in enumerate(items):
        out.append(f'<div class="accordion__item"><h3 class="accordion__heading"><button type="button" class="accordion__trigger" '
                   f'aria-expanded="false" aria-controls="{name}-{i}" id="{name}-btn-{i}">{head}</button></h3>'
                   f'<div class="accordion__panel" id="{name}-{i}" role="region" aria-labelledby="{name}-btn-{i}" hidden>{content}</div></div>')
    return f'<div class="accordion" data-accordion>{"".join(out)}</div>'


def tabs(items, name="tabs"):
    heads = "".join(f'<button role="tab" id="{name}-tab-{i}" aria-controls="{name}-panel-{i}" aria-selected="{"true" if i == 0 else "false"}"'
                    f' class="tabs__tab">{h}</button>' for i, (h, _c) in enumerate(items))
    panels = "".join(f'<div role="tabpanel" id="{name}-panel-{i}" aria-labelledby="{name}-tab-{i}" class="tabs__panel"{"" if i == 0 else " hidden"}>{c}</div>'
                     for i, (_h, c) in enumerate(items))
    return f'<div class="tabs" data-tabs><div role="tablist" class="tabs__list">{heads}</div>{panels}</div>'


def steps(items):
    """A timeline of dated stages: (date, label, text, state)."""
    lis = "".join(f'<li class="timeline__step timeline__step--{state}"><p class="timeline__date">{d}</p>'
                  f'<p class="timeline__label"><strong>{label}</strong></p><p>{text}</p></li>' for d, label, text, state in items)
    return f'<ol class="timeline">{lis}</ol>'


def key_figures(items):
    return '<ul class="key-figures">' + "".join(
        f'<li class="key-figures__item"><span class="key-figures__value">{v}</span> <span class="key-figures__label">{l}</span></li>'
        for v, l in items) + "</ul>"


def aside(main, side):
    return f'<div class="layout-with-sidebar"><div class="layout-with-sidebar__main">{main}</div><aside class="sidebar" role="complementary">{side}</aside></div>'


def links_block(title, items):
    lis = "".join(f'<li><a href="{h}">{t}</a></li>' for h, t in items)
    return f'<nav class="related-links" aria-label="{escape(title)}"><h2>{title}</h2><ul>{lis}</ul></nav>'


def home(intro, quick, news, agenda, extra=""):
    """A city home page: hero, quick links, news cards, agenda, all linking to written-out pages."""
    q = "".join(f'<li class="quick-access__item"><a href="{h}"><span class="quick-access__icon" aria-hidden="true"></span>{t}</a></li>'
                for h, t in quick)
    ag = "".join(f'<li class="agenda-teaser"><time class="agenda-teaser__date">{d}</time> <a href="{h}">{t}</a></li>'
                 for d, h, t in agenda)
    return (f'<section class="hero"><div class="hero__slide"><p class="hero__text">{intro}</p></div></section>'
            f'<section class="quick-access"><h2 class="section-title">Accès rapides</h2><ul class="quick-access__list">{q}</ul></section>'
            f'<section class="home-news"><h2 class="section-title">Actualités</h2>{cards(news)}</section>'
            f'<section class="home-agenda"><h2 class="section-title">Agenda</h2><ul class="agenda-teasers">{ag}</ul></section>{extra}'
            '<section class="home-kiosque"><h2 class="section-title">Kiosque</h2><p>Le magazine municipal est distribué dans toutes '
            'les boîtes aux lettres en début de mois et consultable en ligne. Les comptes rendus des séances du conseil '
            'municipal sont publiés dans les huit jours.</p></section>')


# ---- banners, widgets, buttons ------------------------------------------------------------------

def cookies_tarteaucitron():
    return ('<script>tarteaucitron.init({"privacyUrl":"/mentions-legales","hashtag":"#tarteaucitron","cookieName":"tarteaucitron",'
            '"orientation":"bottom","showAlertSmall":false,"cookieslist":true,"removeCredit":true});'
            '(tarteaucitron.job = tarteaucitron.job || []).push("youtube");</script>'
            '<div id="tarteaucitronRoot"><div id="tarteaucitronAlertBig" style="display:none"><span id="tarteaucitronDisclaimerAlert">'
            'Ce site utilise des cookies pour mesurer son audience.</span><button type="button" id="tarteaucitronPersonalize2">Tout accepter</button>'
            '<button type="button" id="tarteaucitronAllDenied2">Tout refuser</button><button type="button" id="tarteaucitronCloseAlert">Personnaliser</button></div></div>')


def cookies_axeptio():
    return ('<script>window.axeptioSettings={clientId:"65f1c2a9b8e7d6c5b4a39281",cookiesVersion:"ville-fr"};'
            '(function(d,s){var t=d.getElementsByTagName(s)[0],e=d.createElement(s);e.async=true;'
            'e.src="//static.axept.io/sdk.js";t.parentNode.insertBefore(e,t);})(document,"script");</script>')


def cookies_didomi():
    return ('<script type="text/javascript">window.gdprAppliesGlobally=true;(function(){window.didomiConfig={notice:{position:"popup"}};})();</script>'
            '<div id="didomi-host" data-nosnippet="true" aria-hidden="true"></div>')


def chat_crisp():
    """A chat widget's loader: a bubble drawn by a third-party script, no form in the page."""
    return ('<script type="text/javascript">window.$crisp=[];window.CRISP_WEBSITE_ID="3c1f0e2a-7b9d-4c55-a8e1-2f6b0d9c4e71";'
            '(function(){var d=document,s=d.createElement("script");s.src="https://client.crisp.chat/l.js";s.async=1;'
            'd.getElementsByTagName("head")[0].appendChild(s);})();</script>')


def chatbot_note():
    return ('<div class="chatbot-launcher"><button type="button" class="chatbot-launcher__btn" aria-haspopup="dialog">'
            'Une question ? Posez-la à notre assistant</button></div>')


def share(url, title):
    from urllib.parse import quote
    u, t = quote(url, safe=""), quote(title, safe="")
    return (f'<div class="share-buttons"><p class="share-buttons__title">Partager cette page</p><ul>'
            f'<li><a class="share--facebook" href="https://www.facebook.com/sharer/sharer.php?u={u}" target="_blank" rel="noopener">Facebook</a></li>'
            f'<li><a class="share--x" href="https://x.com/intent/tweet?url={u}&amp;text={t}" target="_blank" rel="noopener">X</a></li>'
            f'<li><a class="share--linkedin" href="https://www.linkedin.com/shareArticle?mini=true&amp;url={u}" target="_blank" rel="noopener">LinkedIn</a></li>'
            f'<li><a class="share--mail" href="mailto:?subject={t}&amp;body={u}">Courriel</a></li></ul></div>')


# ---- forms that write to the city ---------------------------------------------------------------

def webform_contact(action="/contact", form_id="webform-submission-contact-add-form"):
    """Drupal Webform."""
    return (f'<form class="webform-submission-form webform-submission-add-form webform-submission-contact-form" '
            f'data-drupal-selector="{form_id}" action="{action}" method="post" id="{form_id}" accept-charset="UTF-8">'
            '<div class="js-form-item form-item form-type-textfield"><label for="edit-name" class="js-form-required form-required">Votre nom</label>'
            '<input data-drupal-selector="edit-name" type="text" id="edit-name" name="name" value="" size="60" maxlength="255" class="form-text required" required="required"></div>'
            '<div class="js-form-item form-item form-type-email"><label for="edit-email" class="js-form-required form-required">Votre adresse électronique</label>'
            '<input data-drupal-selector="edit-email" type="email" id="edit-email" name="email" value="" size="60" maxlength="254" class="form-email required" required="required"></div>'
            '<div class="js-form-item form-item form-type-select"><label for="edit-service">Service concerné</label><select id="edit-service" name="service" class="form-select">'
            '<option value="etat_civil">État civil</option><option value="urbanisme">Urbanisme</option><option value="voirie">Voirie, propreté</option>'
            '<option value="autre">Autre demande</option></select></div>'
            '<div class="js-form-item form-item form-type-textfield"><label for="edit-subject" class="js-form-required form-required">Objet</label>'
            '<input type="text" id="edit-subject" name="subject" value="" size="60" maxlength="255" class="form-text required" required="required"></div>'
            '<div class="js-form-item form-item form-type-textarea"><label for="edit-message" class="js-form-required form-required">Message</label>'
            '<div class="form-textarea-wrapper"><textarea data-drupal-selector="edit-message" id="edit-message" name="message" rows="5" cols="60" class="form-textarea required" required="required"></textarea></div></div>'
            '<input type="hidden" name="form_id" value="webform_submission_contact_add_form">'
            '<div class="form-actions"><input class="webform-button--submit button button--primary js-form-submit form-submit" type="submit" name="op" value="Envoyer le message"></div></form>')


def powermail_contact(action="/contact"):
    """TYPO3 powermail."""
    return (f'<div class="tx-powermail"><form data-powermail-validate="data-powermail-validate" action="{action}?tx_powermail_pi1%5Baction%5D=create&amp;tx_powermail_pi1%5Bcontroller%5D=Form" '
            'method="post" enctype="multipart/form-data" class="powermail_form powermail_form_3 nolabel">'
            '<fieldset class="powermail_fieldset powermail_fieldset_3"><legend class="powermail_legend">Écrire à la mairie</legend>'
            '<div class="powermail_fieldwrap powermail_fieldwrap_type_input powermail_fieldwrap_nom"><label for="powermail_field_nom" class="powermail_label">Nom<span class="mandatory">*</span></label>'
            '<input required="required" class="powermail_input" id="powermail_field_nom" type="text" name="tx_powermail_pi1[field][nom]" value=""></div>'
            '<div class="powermail_fieldwrap powermail_fieldwrap_type_input powermail_fieldwrap_email"><label for="powermail_field_email" class="powermail_label">Courriel<span class="mandatory">*</span></label>'
            '<input required="required" class="powermail_input" id="powermail_field_email" type="email" name="tx_powermail_pi1[field][email]" value=""></div>'
            '<div class="powermail_fieldwrap powermail_fieldwrap_type_textarea powermail_fieldwrap_demande"><label for="powermail_field_demande" class="powermail_label">Votre demande<span class="mandatory">*</span></label>'
            '<textarea required="required" rows="5" cols="20" class="powermail_textarea" id="powermail_field_demande" name="tx_powermail_pi1[field][demande]"></textarea></div>'
            '<div class="powermail_fieldwrap powermail_fieldwrap_type_submit"><input class="powermail_submit" type="submit" value="Envoyer"></div>'
            '</fieldset><input type="hidden" name="tx_powermail_pi1[mail][form]" value="3"></form></div>')


def gravity_contact(action="/contact/", form_id=2, title="Formulaire de contact", message_label="Votre message"):
    """WordPress Gravity Forms."""
    return (f'<div class="gf_browser_chrome gform_wrapper gravity-theme gform-theme--no-framework" id="gform_wrapper_{form_id}">'
            f'<div class="gform_heading"><h2 class="gform_title">{title}</h2></div>'
            f'<form method="post" enctype="multipart/form-data" id="gform_{form_id}" action="{action}" novalidate>'
            f'<div class="gform-body gform_body"><div id="gform_fields_{form_id}" class="gform_fields top_label form_sublabel_below">'
            f'<div id="field_{form_id}_1" class="gfield gfield--type-name gfield_contains_required"><label class="gfield_label gform-field-label" for="input_{form_id}_1">Nom et prénom</label>'
            f'<div class="ginput_container"><input name="input_1" id="input_{form_id}_1" type="text" value="" aria-required="true"></div></div>'
            f'<div id="field_{form_id}_2" class="gfield gfield--type-email"><label class="gfield_label gform-field-label" for="input_{form_id}_2">E-mail</label>'
            f'<div class="ginput_container ginput_container_email"><input name="input_2" id="input_{form_id}_2" type="email" value="" aria-required="true"></div></div>'
            f'<div id="field_{form_id}_3" class="gfield gfield--type-textarea"><label class="gfield_label gform-field-label" for="input_{form_id}_3">{message_label}</label>'
            f'<div class="ginput_container ginput_container_textarea"><textarea name="input_3" id="input_{form_id}_3" class="textarea medium" rows="10" cols="50" aria-required="true"></textarea></div></div>'
            f'</div></div><div class="gform_footer top_label"><input type="submit" id="gform_submit_button_{form_id}" class="gform_button button" value="Envoyer">'
            f'<input type="hidden" class="gform_hidden" name="is_submit_{form_id}" value="1"><input type="hidden" name="gform_submit" value="{form_id}"></div></form></div>')


def rsform_contact(action="/contact"):
    """Joomla RSForm!Pro."""
    return (f'<form method="post" id="userForm" action="{action}" enctype="multipart/form-data" class="formResponsive">'
            '<h2>Contactez vos services municipaux</h2><fieldset class="formHorizontal formContainer" id="rsform_1_page_0">'
            '<div class="rsform-block rsform-block-nom"><label class="formControlLabel" for="Nom">Nom *</label>'
            '<div class="formControls"><input type="text" value="" size="20" name="form[Nom]" id="Nom" class="rsform-input-box"></div></div>'
            '<div class="rsform-block rsform-block-email"><label class="formControlLabel" for="Email">Adresse e-mail *</label>'
            '<div class="formControls"><input type="email" value="" size="20" name="form[Email]" id="Email" class="rsform-input-box"></div></div>'
            '<div class="rsform-block rsform-block-message"><label class="formControlLabel" for="Message">Message *</label>'
            '<div class="formControls"><textarea cols="50" rows="5" name="form[Message]" id="Message" class="rsform-text-box"></textarea></div></div>'
            '<div class="rsform-block rsform-block-envoyer"><div class="formControls"><button type="submit" name="form[Envoyer]" id="Envoyer" class="rsform-submit-button btn btn-primary">Envoyer</button></div></div>'
            '</fieldset><input type="hidden" name="form[formId]" value="1"></form>')


def formidable_contact(action="spip.php?page=contact", id_form=1):
    """SPIP Formidable."""
    return (f'<div class="formulaire_spip formulaire_formidable formulaire_formidable_contact" id="formulaire_formidable_{id_form}">'
            f'<form method="post" action="{action}" enctype="multipart/form-data"><div>'
            f'<input name="formulaire_action" type="hidden" value="formidable"><input name="formulaire_action_args" type="hidden" value="{id_form}">'
            '<div class="editer-groupe"><div class="editer saisie_input editer_input_1 obligatoire"><label for="champ_input_1">Votre nom</label>'
            '<input type="text" name="input_1" class="text" id="champ_input_1" value="" required="required"></div>'
            '<div class="editer saisie_email editer_email_1 obligatoire"><label for="champ_email_1">Votre courriel</label>'
            '<input type="email" name="email_1" class="text email" id="champ_email_1" value="" required="required"></div>'
            '<div class="editer saisie_textarea editer_textarea_1 obligatoire"><label for="champ_textarea_1">Votre message</label>'
            '<textarea name="textarea_1" class="textarea" id="champ_textarea_1" rows="8" cols="40" required="required"></textarea></div></div>'
            '<p class="boutons"><input type="submit" class="submit" value="Envoyer"></p></div></form></div>')


def headless_contact(endpoint="/api/forms/contact"):
    """A contact form of a headless front-end (React Hook Form markup, posting JSON to the CMS)."""
    return (f'<form class="ContactForm_form__x2Lk9" method="post" action="{endpoint}" data-form="contact" novalidate>'
            '<div class="Field_field__3jLq1"><label for="cf-firstname" class="Field_label__kP0sQ">Prénom</label><input id="cf-firstname" name="firstname" autocomplete="given-name" class="Field_input__n9Vt2"></div>'
            '<div class="Field_field__3jLq1"><label for="cf-lastname" class="Field_label__kP0sQ">Nom</label><input id="cf-lastname" name="lastname" autocomplete="family-name" class="Field_input__n9Vt2"></div>'
            '<div class="Field_field__3jLq1"><label for="cf-email" class="Field_label__kP0sQ">Courriel</label><input id="cf-email" name="email" type="email" class="Field_input__n9Vt2"></div>'
            '<div class="Field_field__3jLq1"><label for="cf-topic" class="Field_label__kP0sQ">Thème</label><select id="cf-topic" name="topic"><option>Cadre de vie</option><option>Enfance</option><option>Autre</option></select></div>'
            '<div class="Field_field__3jLq1"><label for="cf-body" class="Field_label__kP0sQ">Votre message</label><textarea id="cf-body" name="body" rows="6" class="Field_textarea__Qe8sW"></textarea></div>'
            '<div class="Field_checkbox__u7Yh1"><input type="checkbox" id="cf-rgpd" name="consent" required><label for="cf-rgpd">J\'accepte que mes données soient utilisées pour traiter ma demande.</label></div>'
            '<button type="submit" class="Button_primary__6rTgS">Envoyer</button></form>')


def wcs_form(action, title, fields, submit="Valider"):
    """Publik w.c.s. form: fields are (kind, label) with kind text/email/textarea/radio:opt1|opt2/checkbox."""
    out = []
    for i, (kind, label) in enumerate(fields, 1):
        if kind.startswith("radio:"):
            opts = "".join(f'<li><label><input type="radio" name="f{i}" value="{o}"><span>{o}</span></label></li>' for o in kind[6:].split("|"))
            out.append(f'<div class="field widget RadiobuttonsWidget" data-field-id="{i}"><div class="title"><label>{label}</label></div><div class="content"><ul>{opts}</ul></div></div>')
        elif kind == "textarea":
            out.append(f'<div class="field widget TextWidget" data-field-id="{i}"><div class="title"><label for="form_f{i}">{label}</label></div><div class="content"><textarea id="form_f{i}" name="f{i}" cols="72" rows="6"></textarea></div></div>')
        else:
            out.append(f'<div class="field widget {"EmailWidget" if kind == "email" else "StringWidget"}" data-field-id="{i}"><div class="title"><label for="form_f{i}">{label}</label></div>'
                       f'<div class="content"><input type="{kind}" id="form_f{i}" name="f{i}" value=""></div></div>')
    return (f'<div id="wcs-form" class="wcs-form"><form action="{action}" method="post" enctype="multipart/form-data" class="quixote" novalidate>'
            f'<h2 class="form-title">{title}</h2><div class="page">{"".join(out)}</div>'
            f'<div class="buttons submit"><button name="submit" value="{submit}" class="submit-button">{submit}</button></div>'
            '<input type="hidden" name="magictoken" value="b3c9f2e1d4a7"></form></div>')


# ---- forms that do not write to the city --------------------------------------------------------

def newsletter_brevo(action="https://a1b2c3.sibforms.com/serve/MUIFAK3x"):
    return ('<div class="sib-form newsletter-block"><h2>La lettre d\'information</h2><p>Recevez chaque vendredi l\'essentiel de l\'actualité de la ville.</p>'
            f'<form id="sib-form" method="POST" action="{action}" data-type="subscription">'
            '<div class="sib-input sib-form-block"><label class="entry__label" for="EMAIL">Votre adresse e-mail</label>'
            '<input class="input" type="text" id="EMAIL" name="EMAIL" autocomplete="off" placeholder="EMAIL" data-required="true"></div>'
            '<div class="sib-optin sib-form-block"><label><input type="checkbox" class="input_replaced" value="1" id="OPT_IN" name="OPT_IN"> J\'accepte de recevoir la lettre d\'information</label></div>'
            '<button class="sib-form-block__button" form="sib-form" type="submit">S\'inscrire</button>'
            '<input type="hidden" name="locale" value="fr"></form></div>')


def newsletter_local(action="/newsletter/inscription"):
    return (f'<form class="newsletter-form" action="{action}" method="post"><label for="nl-email">Votre courriel</label>'
            '<input type="email" id="nl-email" name="newsletter[email]" required>'
            '<fieldset><legend>Thèmes</legend><label><input type="checkbox" name="newsletter[themes][]" value="agenda"> Agenda</label>'
            '<label><input type="checkbox" name="newsletter[themes][]" value="travaux"> Travaux</label></fieldset>'
            '<button type="submit">Je m\'abonne</button></form>')


def login_form(action="/mon-compte/connexion", user="email"):
    return (f'<form class="account-login" action="{action}" method="post"><h2>Se connecter à mon espace</h2>'
            f'<label for="acc-user">Adresse e-mail</label><input type="email" id="acc-user" name="{user}" autocomplete="username">'
            '<label for="acc-pass">Mot de passe</label><input type="password" id="acc-pass" name="password" autocomplete="current-password">'
            '<p><a href="#mot-de-passe-oublie">Mot de passe oublié ?</a></p><button type="submit">Connexion</button></form>')


def registration_form(action="/mon-compte/creer"):
    return (f'<form class="account-register" action="{action}" method="post"><h2>Créer mon compte citoyen</h2>'
            '<label for="reg-first">Prénom</label><input id="reg-first" name="account[firstname]">'
            '<label for="reg-last">Nom</label><input id="reg-last" name="account[lastname]">'
            '<label for="reg-email">Courriel</label><input type="email" id="reg-email" name="account[email]">'
            '<label for="reg-pass">Mot de passe</label><input type="password" id="reg-pass" name="account[password]">'
            '<label><input type="checkbox" name="account[cgu]"> J\'accepte les conditions d\'utilisation</label><button type="submit">Créer mon compte</button></form>')


def booking_form(action, event, sessions):
    opts = "".join(f'<option value="{i}">{s}</option>' for i, s in enumerate(sessions, 1))
    return (f'<form class="booking-form" action="{action}" method="post"><h2>Réserver : {event}</h2>'
            f'<label for="bk-session">Séance</label><select id="bk-session" name="booking[session]">{opts}</select>'
            '<label for="bk-qty">Nombre de places</label><input type="number" id="bk-qty" name="booking[quantity]" min="1" max="6" value="1">'
            '<label for="bk-name">Nom</label><input id="bk-name" name="booking[name]"><label for="bk-mail">Courriel</label><input type="email" id="bk-mail" name="booking[email]">'
            '<button type="submit">Réserver</button></form>')


def payment_form(action="/paiement/facture"):
    return (f'<form class="payment-form" action="{action}" method="post"><h2>Payer une facture</h2>'
            '<label for="pay-ref">Référence de la facture</label><input id="pay-ref" name="reference" pattern="[A-Z0-9-]+">'
            '<label for="pay-amount">Montant (€)</label><input id="pay-amount" name="montant" inputmode="decimal">'
            '<label for="pay-mail">Courriel pour le reçu</label><input type="email" id="pay-mail" name="email">'
            '<button type="submit">Payer par carte (PayFiP)</button></form>')


def school_registration(action):
    return (f'<form class="inscription-form" action="{action}" method="post"><h2>Inscription</h2>'
            '<label for="ins-parent">Responsable légal</label><input id="ins-parent" name="parent">'
            '<label for="ins-child">Nom et prénom de l\'enfant</label><input id="ins-child" name="enfant">'
            '<label for="ins-birth">Date de naissance</label><input type="date" id="ins-birth" name="naissance">'
            '<label for="ins-school">École</label><select id="ins-school" name="ecole"><option>École du Centre</option><option>École des Tilleuls</option></select>'
            '<label><input type="checkbox" name="cantine" value="1"> Restauration scolaire</label><button type="submit">Valider l\'inscription</button></form>')


def idea_form(action, title="Déposer une idée", who="Votre idée", cls="idea-form"):
    """An ideas form: a title, a free text and who proposes it."""
    return (f'<form class="{cls}" action="{action}" method="post"><h2>{title}</h2>'
            '<label for="idea-title">Titre de votre proposition</label><input id="idea-title" name="idea[title]" maxlength="120">'
            f'<label for="idea-body">{who}</label><textarea id="idea-body" name="idea[body]" rows="6"></textarea>'
            '<label for="idea-where">Quartier concerné</label><select id="idea-where" name="idea[district]"><option>Toute la ville</option><option>Centre</option><option>Nord</option><option>Sud</option></select>'
            '<label for="idea-name">Nom</label><input id="idea-name" name="idea[author]"><label for="idea-mail">Courriel</label><input type="email" id="idea-mail" name="idea[email]">'
            '<button type="submit">Envoyer ma proposition</button></form>')


# ---- polls and questionnaires -------------------------------------------------------------------

def forminator_poll(form_id, question, answers, action="/wp-admin/admin-ajax.php"):
    """WordPress Forminator poll widget."""
    opts = "".join(f'<div class="forminator-field"><label for="answer-{form_id}-{i}" class="forminator-radio"><input type="radio" name="{form_id}" value="answer-{i}" id="answer-{form_id}-{i}">'
                   f'<span class="forminator-radio-bullet" aria-hidden="true"></span><span class="forminator-radio-label">{a}</span></label></div>'
                   for i, a in enumerate(answers, 1))
    return (f'<section class="widget widget_forminator_widget"><h2 class="widget-title">Votre avis compte</h2>'
            f'<form id="forminator-module-{form_id}" class="forminator-ui forminator-custom-form forminator-poll forminator-poll-{form_id} forminator-design--default" '
            f'method="post" action="{action}" data-forminator-render="0" data-form-id="{form_id}">'
            f'<div class="forminator-poll-body"><div class="forminator-poll-header"><h3 class="forminator-question">{question}</h3></div>'
            f'<div role="radiogroup" class="forminator-poll-response">{opts}</div></div>'
            f'<div class="forminator-poll-footer"><button class="forminator-button forminator-button-submit">Voter</button>'
            f'<a href="#" class="forminator-link">Voir les résultats</a></div><input type="hidden" name="action" value="forminator_submit_form_poll">'
            f'<input type="hidden" name="form_id" value="{form_id}"></form></section>')


def drupal_poll(pid, question, answers):
    """Drupal contrib Poll module: the vote form."""
    opts = "".join(f'<div class="js-form-item form-item js-form-type-radio form-type-radio"><input type="radio" id="edit-choice-{i}" name="choice" value="{i}" class="form-radio">'
                   f'<label for="edit-choice-{i}" class="option">{a}</label></div>' for i, a in enumerate(answers, 1))
    return (f'<div class="poll"><form class="poll-view-form poll-view-form-{pid}" data-drupal-selector="poll-view-form-{pid}" action="/poll/{pid}" method="post" id="poll-view-form-{pid}">'
            f'<div class="poll-question"><strong>{question}</strong></div><fieldset id="edit-choice--wrapper" class="fieldgroup form-composite js-form-item form-item js-form-wrapper form-wrapper">'
            f'<legend><span class="visually-hidden fieldset-legend">Choix</span></legend><div class="fieldset-wrapper"><div id="edit-choice" class="form-radios">{opts}</div></div></fieldset>'
            f'<input type="hidden" name="form_id" value="poll_view_form_{pid}"><div class="form-actions"><input type="submit" id="edit-vote" name="op" value="Voter" class="button js-form-submit form-submit"></div></form></div>')


def poll_results(question, rows, closed="Ce sondage est clos."):
    bars = "".join(f'<li class="poll-result"><span class="poll-result__label">{l}</span><span class="poll-result__bar" style="width:{p}%"></span>'
                   f'<span class="poll-result__value">{p} % ({n} votes)</span></li>' for l, p, n in rows)
    total = sum(n for *_x, n in rows)
    return f'<div class="poll-results is-closed"><h3>{question}</h3><ul>{bars}</ul><p class="poll-results__total">{total} votants. {closed}</p></div>'


def questionnaire(action, intro, questions, cls="questionnaire"):
    """A questionnaire: (question, options) radio groups, (question, None) free text."""
    out = []
    for i, (q, opts) in enumerate(questions, 1):
        if opts is None:
            out.append(f'<div class="question"><label for="q{i}">{q}</label><textarea id="q{i}" name="reponses[q{i}]" rows="3"></textarea></div>')
        else:
            radios = "".join(f'<label><input type="radio" name="reponses[q{i}]" value="{o}"> {o}</label>' for o in opts)
            out.append(f'<fieldset class="question"><legend>{q}</legend>{radios}</fieldset>')
    return (f'<form class="{cls}" action="{action}" method="post"><p class="questionnaire__intro">{intro}</p>{"".join(out)}'
            '<button type="submit">Envoyer mes réponses</button></form>')


def formidable_questionnaire(id_form, questions, action):
    """SPIP Formidable used as a questionnaire."""
    out = []
    for i, (q, opts) in enumerate(questions, 1):
        if opts:
            radios = "".join(f'<div class="choix choix_{j}"><input type="radio" name="radio_{i}" class="radio" id="champ_radio_{i}_{j}" value="choix{j}">'
                             f'<label for="champ_radio_{i}_{j}">{o}</label></div>' for j, o in enumerate(opts))
            out.append(f'<div class="editer saisie_radio editer_radio_{i}"><label>{q}</label>{radios}</div>')
        else:
            out.append(f'<div class="editer saisie_textarea editer_textarea_{i}"><label for="champ_textarea_{i}">{q}</label><textarea name="textarea_{i}" id="champ_textarea_{i}" rows="4"></textarea></div>')
    return (f'<div class="formulaire_spip formulaire_formidable formulaire_formidable_questionnaire" id="formulaire_formidable_{id_form}">'
            f'<form method="post" action="{action}"><div><input name="formulaire_action" type="hidden" value="formidable">'
            f'<input name="formulaire_action_args" type="hidden" value="{id_form}"><div class="editer-groupe">{"".join(out)}</div>'
            '<p class="boutons"><input type="submit" class="submit" value="Valider mes réponses"></p></div></form></div>')


# ---- comments -----------------------------------------------------------------------------------

def wp_comments(comments, action="/wp-comments-post.php", post_id=120):
    items = "".join(f'<li id="comment-{post_id * 10 + i}" class="comment even thread-even depth-1"><article class="comment-body">'
                    f'<footer class="comment-meta"><div class="comment-author vcard"><b class="fn">{a}</b> <span class="says">dit :</span></div>'
                    f'<div class="comment-metadata"><time>{d}</time></div></footer><div class="comment-content"><p>{t}</p></div>'
                    f'<div class="reply"><a rel="nofollow" class="comment-reply-link" href="#respond">Répondre</a></div></article></li>'
                    for i, (a, d, t) in enumerate(comments))
    return (f'<div id="comments" class="comments-area"><h2 class="comments-title">{len(comments)} réactions</h2><ol class="comment-list">{items}</ol>'
            f'<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Laisser un commentaire</h3>'
            f'<form action="{action}" method="post" id="commentform" class="comment-form"><p class="comment-notes">Votre adresse e-mail ne sera pas publiée.</p>'
            '<p class="comment-form-comment"><label for="comment">Commentaire</label><textarea id="comment" name="comment" cols="45" rows="8" maxlength="65525" required></textarea></p>'
            '<p class="comment-form-author"><label for="author">Nom</label><input id="author" name="author" type="text" size="30" maxlength="245" required></p>'
            '<p class="comment-form-email"><label for="email">E-mail</label><input id="email" name="email" type="email" size="30" maxlength="100" required></p>'
            f'<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Publier le commentaire"><input type="hidden" name="comment_post_ID" value="{post_id}" id="comment_post_ID"></p></form></div></div>')


def wp_comments_closed():
    return '<div id="comments" class="comments-area"><p class="no-comments">Les commentaires sont fermés.</p></div>'


def drupal_comments(comments, nid):
    items = "".join(f'<article data-comment-user-id="0" id="comment-{nid * 3 + i}" class="comment js-comment by-anonymous"><footer class="comment__meta">'
                    f'<p class="comment__author">{a}</p><p class="comment__time">{d}</p></footer><div class="comment__content"><p>{t}</p></div></article>'
                    for i, (a, d, t) in enumerate(comments))
    return (f'<section class="field field--name-comment field--type-comment field--label-above comment-wrapper"><h2 class="title comment-section-title">Commentaires</h2>{items}'
            f'<h2 class="title comment-form__title">Ajouter un commentaire</h2><form class="comment-comment-form comment-form" data-drupal-selector="comment-form" action="/comment/reply/node/{nid}/comment" method="post" id="comment-form" accept-charset="UTF-8">'
            '<div class="js-form-item form-item js-form-type-textfield"><label for="edit-name">Votre nom</label><input type="text" id="edit-name" name="name" size="30" maxlength="60" class="form-text"></div>'
            '<div class="js-form-item form-item js-form-type-textarea"><label for="edit-comment-body-0-value" class="js-form-required form-required">Commentaire</label>'
            '<textarea class="js-text-full text-full form-textarea required" data-drupal-selector="edit-comment-body-0-value" id="edit-comment-body-0-value" name="comment_body[0][value]" rows="5" cols="60" required="required"></textarea></div>'
            '<input type="hidden" name="form_id" value="comment_comment_form"><div class="form-actions"><input type="submit" id="edit-submit--2" name="op" value="Enregistrer" class="button button--primary form-submit"></div></form></section>')


def disqus(shortname, ident):
    return (f'<div id="disqus_thread"></div><script>var disqus_config=function(){{this.page.identifier="{ident}";}};'
            f'(function(){{var d=document,s=d.createElement("script");s.src="https://{shortname}.disqus.com/embed.js";'
            's.setAttribute("data-timestamp",+new Date());(d.head||d.body).appendChild(s);})();</script>'
            '<noscript>Activez JavaScript pour voir les commentaires.</noscript>')


def spip_forum(article, messages):
    """SPIP's public forum under an article: existing messages and the posting form."""
    items = "".join(f'<li class="forum-fil"><div class="forum-message"><div class="forum-chapo"><strong class="forum-titre">{t}</strong> '
                    f'<small>{d}, par {a}</small></div><div class="forum-texte"><p>{x}</p></div>'
                    f'<p class="repondre"><a href="#formulaire_forum" rel="noindex nofollow">Répondre à ce message</a></p></div></li>'
                    for t, d, a, x in messages)
    return (f'<div class="forum-repondre"><h2>Réagir à cet article</h2><ul class="forum">{items}</ul></div>'
            f'<div class="formulaire_spip formulaire_forum ajax" id="formulaire_forum"><form action="#formulaire_forum" method="post" enctype="multipart/form-data">'
            f'<input name="formulaire_action" type="hidden" value="forum"><input name="formulaire_action_args" type="hidden" value="{article}">'
            '<fieldset><legend>Votre message</legend><div class="editer saisie_titre obligatoire"><label for="titre">Titre</label><input type="text" class="text" name="titre" id="titre" size="60"></div>'
            '<div class="editer saisie_texte obligatoire"><label for="texte">Texte de votre message</label><textarea name="texte" id="texte" rows="10" cols="40" class="inserer_barre_forum"></textarea></div></fieldset>'
            '<fieldset><legend>Qui êtes-vous ?</legend><div class="editer saisie_session_nom"><label for="session_nom">Votre nom</label><input type="text" class="text" name="session_nom" id="session_nom"></div>'
            '<div class="editer saisie_session_email"><label for="session_email">Votre adresse email</label><input type="email" class="text email" name="session_email" id="session_email"></div></fieldset>'
            '<p class="boutons"><input type="submit" class="submit" name="previsualiser_message" value="Prévisualiser"></p></form></div>')


# ---- petitions ----------------------------------------------------------------------------------

def spip_petition(article, count, recent):
    """SPIP's petition attached to an article (formulaire de signature)."""
    signers = "".join(f'<li class="signature"><strong class="nom_signature">{n}</strong> <small>{d}</small></li>' for n, d in recent)
    return (f'<div class="formulaire_spip formulaire_signature" id="sp{article}"><h2 class="h2">Signer cette pétition</h2>'
            f'<form method="post" action="spip.php?article{article}#sp{article}"><input name="formulaire_action" type="hidden" value="signature">'
            f'<input name="formulaire_action_args" type="hidden" value="{article}"><fieldset><legend>Votre signature</legend>'
            '<div class="editer saisie_session_nom obligatoire"><label for="session_nom">Votre nom ou pseudo</label><input type="text" class="text" name="session_nom" id="session_nom"></div>'
            '<div class="editer saisie_session_email obligatoire"><label for="session_email">Votre adresse email</label><input type="email" class="text email" name="session_email" id="session_email"></div>'
            '<div class="editer saisie_message"><label for="message">Un commentaire (facultatif)</label><textarea name="message" id="message" rows="3"></textarea></div></fieldset>'
            f'<p class="boutons"><input type="submit" class="submit" value="Valider"></p></form>'
            f'<div class="signatures"><p>{count} signatures</p><ul>{signers}</ul></div></div>')


def petition_card_list(items):
    """A petition space's listing: (href, title, signatures, threshold, state)."""
    lis = "".join(f'<li class="petition-card petition-card--{st}"><h3><a href="{h}">{t}</a></h3>'
                  f'<div class="petition-card__progress" role="progressbar" aria-valuenow="{n}" aria-valuemax="{th}"><span style="width:{min(100, n * 100 // th)}%"></span></div>'
                  f'<p class="petition-card__count">{n} signatures sur {th}</p></li>' for h, t, n, th, st in items)
    return f'<ul class="petition-list">{lis}</ul>'


def petition_sign(action, title, count, threshold):
    return (f'<section class="petition-sign"><h2>{title}</h2><p class="petition-sign__count"><strong>{count}</strong> signatures — objectif {threshold}</p>'
            f'<form action="{action}" method="post" class="petition-sign__form"><input type="hidden" name="petition_id" value="{zlib.crc32(title.encode()) % 900 + 100}">'
            '<label for="ps-first">Prénom</label><input id="ps-first" name="signature[first_name]" required>'
            '<label for="ps-last">Nom</label><input id="ps-last" name="signature[last_name]" required>'
            '<label for="ps-mail">Courriel</label><input type="email" id="ps-mail" name="signature[email]" required>'
            '<label for="ps-zip">Code postal</label><input id="ps-zip" name="signature[postal_code]" inputmode="numeric">'
            '<label><input type="checkbox" name="signature[resident]" required> Je certifie habiter ou travailler dans la commune</label>'
            '<button type="submit">Je signe la pétition</button></form></section>')


# ---- boards -------------------------------------------------------------------------------------

def discourse_list(topics):
    rows = "".join(f'<tr class="topic-list-item"><td class="main-link"><meta itemprop="position" content="{i}"><span class="link-top-line">'
                   f'<a itemprop="url" href="{h}" class="title raw-link raw-topic-link">{t}</a></span><div class="link-bottom-line">'
                   f'<a href="{ch}" class="badge-wrapper bullet"><span class="badge-category-bg"></span><span class="category-name">{c}</span></a></div></td>'
                   f'<td class="replies"><span class="posts" title="messages">{r}</span></td><td class="views"><span class="views" title="vues">{v}</span></td></tr>'
                   for i, (h, t, ch, c, r, v) in enumerate(topics, 1))
    return f'<div class="topic-list-container" itemscope itemtype="http://schema.org/ItemList"><table class="topic-list"><thead><tr><th>Sujet</th><th>Réponses</th><th>Vues</th></tr></thead><tbody>{rows}</tbody></table></div>'


def discourse_topic(posts, category_href, category):
    out = "".join(f'<div id="post_{i}" itemprop="{"articleBody" if i == 1 else "comment"}" class="topic-body crawler-post" itemscope itemtype="http://schema.org/{"DiscussionForumPosting" if i == 1 else "Comment"}">'
                  f'<div class="crawler-post-meta"><span class="creator" itemprop="author"><span itemprop="name">{a}</span></span>'
                  f' <time itemprop="datePublished" class="post-time">{d}</time><span itemprop="position">#{i}</span></div>'
                  f'<div class="post" itemprop="text"><p>{t}</p></div></div>'
                  for i, (a, d, t) in enumerate(posts, 1))
    return f'<div id="topic-title"><a href="{category_href}" class="badge-wrapper bullet"><span class="category-name">{category}</span></a></div>{out}'


def flarum_list(discussions):
    lis = "".join(f'<li><a href="{h}">{t}</a> <span class="DiscussionListItem-count">{n} réponses</span></li>' for h, t, n in discussions)
    return f'<ul class="DiscussionList">{lis}</ul>'


def flarum_posts(posts):
    return "".join(f'<div class="Post CommentPost"><header class="Post-header"><h3 class="username">{a}</h3> <time>{d}</time></header>'
                   f'<div class="Post-body"><p>{t}</p></div></div>' for a, d, t in posts)


# ---- participation platforms --------------------------------------------------------------------

def decidim_process_header(title, phase, dates, desc):
    return (f'<section class="process__hero"><div class="process__hero-text"><p class="process__status">Phase actuelle : <strong>{phase}</strong></p>'
            f'<p class="process__dates">{dates}</p><div class="editor-content">{desc}</div></div></section>')


def decidim_components(base, comps):
    lis = "".join(f'<li><a href="{base}/f/{cid}/{route}" class="tab-x">{label}</a></li>' for cid, route, label in comps)
    return f'<nav class="process__tabs" aria-label="Composants"><ul class="tab-x-container">{lis}</ul></nav>'


def decidim_proposals(base, cid, items, new=True):
    cards_ = "".join(f'<a href="{base}/f/{cid}/proposals/{pid}" class="card__list" id="proposals__proposal_{pid}"><div class="card__list-content">'
                     f'<h3 class="card__list-title">{t}</h3><div class="card__list-metadata"><span>{author}</span> <span class="proposal-list-item__status">{status}</span>'
                     f' <span>{c} commentaires</span></div></div></a>' for pid, t, author, status, c in items)
    button = (f'<a href="{base}/f/{cid}/proposals/new" class="button button__sm button__secondary">Nouvelle proposition</a>' if new else "")
    return f'<div class="layout-main__heading"><p>{len(items)} propositions</p>{button}</div><div id="proposals" class="card__list-list">{cards_}</div>'


def decidim_proposal(body, votes, comments):
    items = "".join(f'<div class="comment" id="comment_{i + 300}"><div class="comment__header"><span class="author__name">{a}</span> <span class="comment__date">{d}</span></div>'
                    f'<div class="comment__content"><p>{t}</p></div></div>' for i, (a, d, t) in enumerate(comments))
    return (f'<div class="layout-item"><div class="editor-content">{body}</div><div class="proposal__aside-vote"><span class="button__text">{votes} soutiens</span></div></div>'
            f'<section class="comments__container" id="comments"><h2 class="h4">{len(comments)} commentaires</h2><div class="comment-threads">{items}</div>'
            '<div class="add-comment" id="add-comment-anchor"><form class="new_comment" id="new_comment_for_Proposal" action="/comments" accept-charset="UTF-8" data-remote="true" method="post">'
            '<input type="hidden" name="comment[commentable_gid]" value="Z2lkOi8vZGVjaWRpbS9Qcm9wb3NhbA"><label for="add-comment-Proposal">Ajoutez votre commentaire</label>'
            '<textarea maxlength="1000" data-input-emoji="true" name="comment[body]" id="add-comment-Proposal" rows="4"></textarea>'
            '<button type="submit" class="button button__sm button__secondary">Publier un commentaire</button></form></div></section>')


def decidim_budget_projects(projects, total):
    lis = "".join(f'<li class="budget-list__item"><div class="budget-list__text"><a href="#project-{i}" class="budget-list__title">{t}</a>'
                  f'<p class="budget-list__number">{amount}</p></div><div class="budget-list__action"><button class="button button__sm button__transparent-secondary" '
                  f'data-add="true" type="button">Ajouter</button></div></li>' for i, (t, amount) in enumerate(projects, 1))
    return (f'<div class="budget-summary" data-progress-reference="{total}"><h2 class="h4">Votez pour vos projets préférés</h2>'
            f'<p>Vous disposez de <strong>{total}</strong> à répartir. Vérifiez et confirmez votre vote.</p><div class="budget-summary__progressbar"></div>'
            f'<form class="button_to" method="post" action="/checkout"><button class="button button__sm button__secondary" disabled type="submit">Voter</button></form></div>'
            f'<ul class="budget-list">{lis}</ul>')


def decidim_survey(action, questions):
    out = []
    for i, (q, opts) in enumerate(questions):
        if opts:
            radios = "".join(f'<label><input type="radio" value="{j}" name="questionnaire[responses][{i}][choices][][answer_option_id]"> {o}</label>' for j, o in enumerate(opts))
            out.append(f'<div class="answer question" data-max-choices=""><label class="answer-questionnaire__question-label">{i + 1}. {q}</label>{radios}</div>')
        else:
            out.append(f'<div class="answer question"><label class="answer-questionnaire__question-label" for="questionnaire_responses_{i}">{i + 1}. {q}</label>'
                       f'<textarea name="questionnaire[responses][{i}][body]" id="questionnaire_responses_{i}" rows="4"></textarea></div>')
    return (f'<div class="answer-questionnaire"><form class="form answer-questionnaire" action="{action}" method="post">'
            f'<input type="hidden" name="_method" value="post">{"".join(out)}<div class="answer-questionnaire__tos"><label><input type="checkbox" name="questionnaire[tos_agreement]">'
            ' En participant, vous acceptez les conditions.</label></div><button type="submit" class="button button__sm button__secondary" name="commit">Envoyer</button></form></div>')


def decidim_meetings(items):
    return "".join(f'<a href="#meeting-{i}" class="card__calendar-list"><div class="card__calendar"><span class="card__calendar-day">{d}</span><span class="card__calendar-month">{m}</span></div>'
                   f'<div class="card__calendar-list__content"><h3 class="card__calendar-list__title">{t}</h3><p>{where}</p></div></a>'
                   for i, (d, m, t, where) in enumerate(items, 1))


def consul_investments(base, items):
    out = "".join(f'<div id="budget_investment_{iid}" class="budget-investment clear"><div class="panel"><div class="budget-investment-content">'
                  f'<h3><a href="{base}/{iid}">{t}</a></h3><p class="investment-project-info"><span class="icon-comments"></span> <a href="{base}/{iid}#comments">{c} commentaires</a>'
                  f' &nbsp;•&nbsp; {amount}</p><div class="investment-project-description"><p>{teaser}</p></div></div>'
                  f'<div class="supports-and-price"><div class="supports"><span class="total-supports">{votes} soutiens</span>'
                  f'<form class="button_to" method="post" action="{base}/{iid}/vote"><button class="button button-support small expanded" title="Soutenir ce projet" type="submit">Soutenir</button></form></div></div></div></div>'
                  for iid, t, teaser, amount, votes, c in items)
    return f'<div id="budget-investments" class="budget-investments-list">{out}</div>'


def consul_comments(commentable, comments):
    items = "".join(f'<div class="comment small-12" id="comment_{i + 80}"><div class="comment-body"><div class="comment-info"><span class="user-name">{a}</span>'
                    f' &nbsp;•&nbsp; <time>{d}</time></div><div class="comment-user"><p>{t}</p></div></div></div>' for i, (a, d, t) in enumerate(comments))
    return (f'<div class="row comments"><div id="comments" class="small-12 column"><h2>Commentaires <span class="js-comments-count">({len(comments)})</span></h2>'
            f'<form class="new_comment" id="new_comment" action="/comments" accept-charset="UTF-8" data-remote="true" method="post">'
            f'<input value="{commentable}" type="hidden" name="comment[commentable_type]"><label for="comment-body-{commentable}">Laisser un commentaire</label>'
            f'<textarea maxlength="1000" id="comment-body-{commentable}" name="comment[body]"></textarea>'
            f'<input type="submit" name="commit" value="Publier le commentaire" class="button"></form>{items}</div></div>')


def consul_poll(pid, question, answers):
    opts = "".join(f'<label class="button secondary hollow"><input type="radio" name="answer" value="{i}"> {a}</label> '
                   for i, a in enumerate(answers, 1))
    return (f'<div class="poll-question" id="poll_question_{pid}"><h3>{question}</h3><form class="poll-question-form" action="/polls/{pid}/answers" method="post">'
            f'<div class="poll-question-answers">{opts}</div><input type="submit" class="button" value="Voter"></form></div>')


def community_feed(posts):
    return "".join(f'<article class="post-card"><header class="post-card__author"><span class="avatar" aria-hidden="true"></span><strong>{a}</strong>'
                   f' <span class="post-card__place">{where}</span> · <time>{d}</time></header><p class="post-card__text">{t}</p>'
                   f'<footer class="post-card__actions"><button type="button">Merci</button> <button type="button">Répondre</button> <span>{r} réponses</span></footer></article>'
                   for a, where, d, t, r in posts)


def community_composer(action="/publications"):
    return (f'<form class="composer" action="{action}" method="post"><label for="composer-body" class="sr-only">Publier un message à vos voisins</label>'
            '<textarea id="composer-body" name="publication[body]" placeholder="Une annonce, un coup de main, un objet à prêter..."></textarea>'
            '<select name="publication[category]"><option>Entraide</option><option>Prêt et don</option><option>Événement</option><option>Vie du quartier</option></select>'
            '<button type="submit">Publier</button></form>')


# ---- an application drawn by a script -----------------------------------------------------------

class ScriptApp:
    """Pages served as an empty shell; the bundle asks the API for {titre, chapo, bloc} and draws them."""

    def __init__(self, name, bundle, api, query, root_id, pages, generator=""):
        self.name, self.bundle, self.api, self.query, self.root_id = name, bundle, api, query, root_id
        self.pages = pages  # path -> (title, chapo, bloc, features)
        self.generator = generator

    def shell(self):
        gen = f'<meta name="generator" content="{escape(self.generator)}">' if self.generator else ""
        return Reply.html(
            f'<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>{escape(self.name)}</title>'
            f'<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">{gen}'
            f'<meta name="description" content="{escape(self.name)} : la participation citoyenne en ligne."><meta name="theme-color" content="#1d3557">'
            '<link rel="manifest" href="/manifest.json">'
            '<link rel="icon" href="/favicon.ico"><link rel="preconnect" href="https://fonts.gstatic.com" crossorigin>'
            f'<link rel="stylesheet" href="{self.bundle.replace(".js", ".css")}"></head><body>'
            '<noscript>Vous devez activer JavaScript pour utiliser cette application de participation citoyenne. '
            'Vous pouvez aussi contacter la mairie par téléphone ou vous rendre à l\'accueil de l\'hôtel de ville aux heures d\'ouverture.</noscript>'
            f'<div id="{self.root_id}"></div><script src="{self.bundle}" defer></script></body></html>')

    def script(self):
        js = ("(function(){var root=document.getElementById(%s);"
              "fetch(%s+'?'+%s+'='+encodeURIComponent(location.pathname),{headers:{Accept:'application/json'}})"
              ".then(function(r){return r.json();}).then(function(d){var h=document.createElement('h1');h.textContent=d.titre;"
              "var p=document.createElement('p');p.className='chapo';p.textContent=d.chapo;var s=document.createElement('div');"
              "s.className='app-content';s.innerHTML=d.bloc;root.replaceChildren(h,p,s);document.title=d.titre+' | '+%s;});})();"
              % (json.dumps(self.root_id), json.dumps(self.api), json.dumps(self.query), json.dumps(self.name)))
        return Reply(200, [("Content-Type", "application/javascript; charset=utf-8")], js.encode())

    def special(self, request):
        path, _, query = request.target.partition("?")
        if path in self.pages and not query:
            return self.shell()
        if path == self.bundle:
            return self.script()
        if path == self.bundle.replace(".js", ".css"):
            return Reply(200, [("Content-Type", "text/css")], b"#root,#app{min-height:100vh}")
        if path == self.api:
            from urllib.parse import parse_qs
            wanted = parse_qs(query).get(self.query, [""])[0]
            if wanted in self.pages:
                title, lead, block, _f = self.pages[wanted]
                return Reply(200, [("Content-Type", "application/json; charset=utf-8")],
                             json.dumps({"titre": title, "chapo": lead, "bloc": block}).encode())
            return Reply.text(404, "inconnu")
        return None
