"""Markup helpers of the fourteenth holdout part (``estuaires``): site furniture, forms, comment systems,
boards, polls, petitions, participation platforms and three page layouts of its own (a Jenparle-like
consultation space, a LimeSurvey server, a site builder for small communes).

Written from the codebook and from how the software writes its pages, as remembered and checked against
public sources; no template is copied. Functions return HTML fragments for a page body.
"""
from html import escape
from urllib.parse import quote

from .. import themes as _themes


def esc(text):
    return escape(text, quote=True)


# ---- prose and site furniture -------------------------------------------------------------------

def prose(*paragraphs):
    return "".join(p if p.lstrip().startswith("<") else f"<p>{p}</p>" for p in paragraphs)


def chapo(text):
    return f'<p class="chapo lead">{text}</p>'


def news_list(items, title="Dernières actualités", more=None):
    """``items``: (href, date, title, teaser)."""
    rows = "".join(
        f'<li class="news-item"><article><p class="news-item__date"><time>{esc(date)}</time></p>'
        f'<h3 class="news-item__title"><a href="{esc(href)}">{esc(t)}</a></h3><p>{esc(teaser)}</p></article></li>'
        for href, date, t, teaser in items)
    link = f'<p class="more"><a href="{esc(more)}">Toutes les actualités</a></p>' if more else ""
    return f'<section class="news-block" aria-labelledby="news-title"><h2 id="news-title">{esc(title)}</h2><ul class="news-list">{rows}</ul>{link}</section>'


def agenda(items, title="Agenda"):
    """``items``: (day, month, title, place)."""
    rows = "".join(
        f'<li class="event"><span class="event__date"><span class="day">{esc(d)}</span> <span class="month">{esc(m)}</span></span>'
        f' <span class="event__title">{esc(t)}</span> <span class="event__place">{esc(p)}</span></li>'
        for d, m, t, p in items)
    return f'<section class="agenda-block"><h2>{esc(title)}</h2><ul class="agenda-list">{rows}</ul></section>'


def quick_links(links, title="Accès rapides"):
    tiles = "".join(f'<li class="quick__item"><a class="quick__link" href="{esc(h)}">{esc(l)}</a></li>' for h, l in links)
    return f'<nav class="quick" aria-label="{esc(title)}"><h2 class="quick__title">{esc(title)}</h2><ul class="quick__list">{tiles}</ul></nav>'


def infobox(title, lines):
    rows = "".join(f"<li>{line}</li>" for line in lines)
    return f'<aside class="encadre"><h2 class="encadre__title">{esc(title)}</h2><ul>{rows}</ul></aside>'


def two_columns(main, aside):
    return (f'<div class="layout-2col"><div class="layout-2col__main">{main}</div>'
            f'<aside class="layout-2col__aside sidebar widget-area" role="complementary">{aside}</aside></div>')


def sitemap(groups):
    """A "plan du site": ``groups`` = [(heading, [(href, label)])]."""
    out = []
    for heading, links in groups:
        items = "".join(f'<li><a href="{esc(h)}">{esc(l)}</a></li>' for h, l in links)
        out.append(f'<li class="plan__group"><strong>{esc(heading)}</strong><ul>{items}</ul></li>')
    return f'<ul class="plan-du-site">{"".join(out)}</ul>'


def documents(items):
    rows = "".join(f'<li class="doc"><span class="doc__icon" aria-hidden="true">PDF</span> {esc(label)} '
                   f'<span class="doc__meta">(PDF, {esc(size)})</span></li>' for label, size in items)
    return f'<ul class="documents">{rows}</ul>'


def complianz_banner():
    return ('<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner cmplz-hidden banner-1 optin" role="dialog" '
            'aria-live="polite" aria-labelledby="cmplz-header-1-optin"><div class="cmplz-header"><div class="cmplz-title" '
            'id="cmplz-header-1-optin">Gérer le consentement</div></div><div class="cmplz-body"><div class="cmplz-message">'
            '<p>Nous utilisons des cookies pour mesurer l\'audience du site et afficher des contenus externes.</p></div></div>'
            '<div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">Accepter</button><button class="cmplz-btn cmplz-deny">'
            'Refuser</button><button class="cmplz-btn cmplz-view-preferences">Voir les préférences</button></div></div></div>')


def axeptio_stub(client_id):
    return (f'<script>window.axeptioSettings = {{ clientId: "{client_id}", cookiesVersion: "mairie-fr" }};'
            '(function(d, s) { var t = d.getElementsByTagName(s)[0], e = d.createElement(s); e.async = true; '
            'e.src = "//static.axept.io/sdk.js"; t.parentNode.insertBefore(e, t); })(document, "script");</script>')


def cookie_notice_joomla():
    return ('<div id="cookie-consent" class="cookie-consent alert alert-info" role="region" aria-label="Cookies">'
            '<p>Ce site utilise des cookies techniques nécessaires à son fonctionnement et, avec votre accord, des cookies '
            'de mesure d\'audience.</p><button type="button" class="btn btn-success btn-sm">J\'accepte</button> '
            '<button type="button" class="btn btn-secondary btn-sm">Je refuse</button></div>')


def mailto(address, label=None):
    return f'<a href="mailto:{esc(address)}">{esc(label or address)}</a>'


def share_links(url, title):
    u, t = quote(url, safe=""), quote(title, safe="")
    return ('<div class="partage"><span class="partage__label">Partager :</span>'
            f'<a class="partage__fb" href="https://www.facebook.com/sharer/sharer.php?u={u}" target="_blank" rel="noopener">Facebook</a> '
            f'<a class="partage__x" href="https://x.com/share?url={u}&amp;text={t}" target="_blank" rel="noopener">X</a> '
            f'<a class="partage__li" href="https://www.linkedin.com/shareArticle?mini=true&amp;url={u}" target="_blank" rel="noopener">LinkedIn</a> '
            f'<a class="partage__mail" href="mailto:?subject={t}&amp;body={u}">E-mail</a></div>')


# ---- decoy forms --------------------------------------------------------------------------------

def newsletter_mailchimp(action):
    return (f'<div id="mc_embed_signup"><form action="{esc(action)}" method="post" id="mc-embedded-subscribe-form" '
            'name="mc-embedded-subscribe-form" class="validate" target="_blank"><div id="mc_embed_signup_scroll">'
            '<h2>Recevoir la lettre d\'information municipale</h2><div class="indicates-required"><span class="asterisk">*</span> champ obligatoire</div>'
            '<div class="mc-field-group"><label for="mce-EMAIL">Adresse e-mail <span class="asterisk">*</span></label>'
            '<input type="email" name="EMAIL" class="required email" id="mce-EMAIL" value=""></div>'
            '<div class="mc-field-group"><label for="mce-FNAME">Prénom</label><input type="text" name="FNAME" id="mce-FNAME" value=""></div>'
            '<div aria-hidden="true" style="position: absolute; left: -5000px;"><input type="text" name="b_4f8a_91c2" tabindex="-1" value=""></div>'
            '<div class="clear"><input type="submit" name="subscribe" id="mc-embedded-subscribe" class="button" value="Je m\'inscris"></div>'
            '</div></form></div>')


def acymailing_module(action):
    return (f'<div class="acym_module" id="acym_module_formAcym42"><form id="formAcym42" name="formAcym42" method="post" action="{esc(action)}">'
            '<div class="acym_module_form"><div class="acym_introtext">Inscrivez-vous pour recevoir les infos du village.</div>'
            '<table class="acym_form"><tr><td class="acyfield_1 acyfield_text"><input name="user[email]" placeholder="Adresse e-mail" '
            'value="" class="cell acym__user__edit__email" type="email" required></td>'
            '<td class="acysubbuttons"><button type="submit" class="btn btn-primary button subbutton">S\'abonner</button></td></tr></table>'
            '<input type="hidden" name="ctrl" value="frontusers"><input type="hidden" name="task" value="notask">'
            '<input type="hidden" name="option" value="com_acym"><input type="hidden" name="acy_source" value="module_42"></div></form></div>')


def booking_form(action, rooms, title="Demande de réservation"):
    opts = "".join(f"<option>{esc(r)}</option>" for r in rooms)
    return (f'<form class="form-reservation" method="post" action="{esc(action)}"><fieldset><legend>{esc(title)}</legend>'
            f'<p><label for="res-salle">Salle</label><select id="res-salle" name="salle">{opts}</select></p>'
            '<p><label for="res-date">Date souhaitée</label><input type="date" id="res-date" name="date" required></p>'
            '<p><label for="res-creneau">Créneau</label><select id="res-creneau" name="creneau"><option>Matin</option>'
            '<option>Après-midi</option><option>Soirée</option><option>Journée entière</option></select></p>'
            '<p><label for="res-personnes">Nombre de personnes</label><input type="number" id="res-personnes" name="personnes" min="1"></p>'
            '<p><label for="res-nom">Nom du demandeur</label><input type="text" id="res-nom" name="nom" required></p>'
            '<p><label for="res-tel">Téléphone</label><input type="tel" id="res-tel" name="telephone"></p>'
            '</fieldset><p><button type="submit">Vérifier la disponibilité</button></p></form>')


def appointment_form(action, motives):
    opts = "".join(f"<option>{esc(m)}</option>" for m in motives)
    return (f'<form class="rdv" method="post" action="{esc(action)}"><h2>Prendre rendez-vous</h2>'
            f'<label for="rdv-motif">Motif</label><select id="rdv-motif" name="motif">{opts}</select>'
            '<label for="rdv-jour">Jour</label><input type="date" id="rdv-jour" name="jour">'
            '<label for="rdv-heure">Heure</label><select id="rdv-heure" name="heure"><option>08:30</option><option>09:00</option>'
            '<option>09:30</option><option>14:00</option><option>14:30</option></select>'
            '<label for="rdv-nom">Nom</label><input type="text" id="rdv-nom" name="nom">'
            '<label for="rdv-mail">Courriel de confirmation</label><input type="email" id="rdv-mail" name="courriel">'
            '<button type="submit">Réserver ce créneau</button></form>')


def registration_form(action, title, fields):
    rows = "".join(f'<p><label for="reg-{i}">{esc(label)}</label><input type="{kind}" id="reg-{i}" name="champ_{i}"></p>'
                   for i, (label, kind) in enumerate(fields))
    return (f'<form class="inscription" method="post" action="{esc(action)}"><fieldset><legend>{esc(title)}</legend>{rows}'
            '</fieldset><p><button type="submit">Valider l\'inscription</button></p></form>')


def payment_form(action):
    return (f'<form class="paiement" method="post" action="{esc(action)}"><h2>Payer une facture</h2>'
            '<p><label for="pay-ref">Référence de la facture</label><input type="text" id="pay-ref" name="reference" required></p>'
            '<p><label for="pay-montant">Montant (€)</label><input type="text" id="pay-montant" name="montant" inputmode="decimal" required></p>'
            '<p><label for="pay-mail">Courriel pour le reçu</label><input type="email" id="pay-mail" name="email"></p>'
            '<p><button type="submit">Payer par carte bancaire</button></p><p class="secure">Paiement sécurisé PayFiP.</p></form>')


def login_form(action, user="identifiant", password="mot_de_passe", button="Se connecter"):
    return (f'<form class="connexion" method="post" action="{esc(action)}"><p><label for="lg-user">Adresse e-mail</label>'
            f'<input type="email" id="lg-user" name="{user}" autocomplete="username"></p><p><label for="lg-pass">Mot de passe</label>'
            f'<input type="password" id="lg-pass" name="{password}" autocomplete="current-password"></p>'
            f'<p><button type="submit">{esc(button)}</button></p><p><a href="#">Mot de passe oublié ?</a></p></form>')


# ---- contact forms ------------------------------------------------------------------------------

def forminator_form(form_id, action, fields, button="Envoyer", kind="contact"):
    """Forminator (WPMU DEV) custom form. ``fields``: (kind, name, label) with kind text/email/textarea/select:opt|opt."""
    out = []
    for i, (ftype, name, label) in enumerate(fields, 1):
        fid = f"forminator-field-{name}_{form_id}"
        if ftype == "textarea":
            ctl = (f'<textarea name="{name}" placeholder="" id="{fid}" class="forminator-textarea" rows="6" '
                   f'style="min-height:140px;" maxlength="2000" aria-required="true"></textarea>')
        elif ftype.startswith("select:"):
            opts = "".join(f'<option value="{esc(o)}">{esc(o)}</option>' for o in ftype[7:].split("|"))
            ctl = f'<select id="{fid}" class="forminator-select--field forminator-select2" name="{name}">{opts}</select>'
        else:
            ctl = f'<input type="{ftype}" name="{name}" value="" id="{fid}" class="forminator-input forminator-{ftype}--field" aria-required="true" />'
        out.append(f'<div class="forminator-row"><div id="{name}" class="forminator-field-{ftype.split(":")[0]} forminator-col forminator-col-12">'
                   f'<div class="forminator-field"><label for="{fid}" class="forminator-label">{esc(label)} '
                   f'<span class="forminator-required">*</span></label>{ctl}</div></div></div>')
    return (f'<form id="forminator-module-{form_id}" class="forminator-ui forminator-custom-form forminator-custom-form-{form_id} '
            f'forminator-design--default" method="post" data-forminator-render="0" data-form-id="{form_id}" '
            f'data-design="default" data-grid="open" action="{esc(action)}" novalidate="novalidate">'
            f'<div role="alert" aria-live="polite" class="forminator-response-message forminator-error" aria-hidden="true"></div>'
            + "".join(out)
            + f'<input type="hidden" name="referer_url" value="" /><input type="hidden" name="forminator_nonce" value="a61c9f0e2b" />'
            f'<input type="hidden" name="form_id" value="{form_id}"><input type="hidden" name="current_url" value="{esc(action)}">'
            f'<input type="hidden" name="render_id" value="0"><input type="hidden" name="form_type" value="default">'
            f'<input type="hidden" name="action" value="forminator_submit_form_custom-forms">'
            f'<div class="forminator-row forminator-row-last"><div class="forminator-col"><div class="forminator-field">'
            f'<button class="forminator-button forminator-button-submit">{esc(button)}</button></div></div></div></form>')


def forminator_poll(poll_id, question, answers, action):
    items = "".join(
        f'<div class="forminator-field forminator-radio"><input type="radio" name="answer-{poll_id}" value="answer-{i}" '
        f'id="answer-{i}-{poll_id}" class="forminator-radio-input" /><label for="answer-{i}-{poll_id}" class="forminator-radio-label">'
        f'<span class="forminator-radio-bullet" aria-hidden="true"></span>{esc(a)}</label></div>'
        for i, a in enumerate(answers, 1))
    return (f'<div class="widget widget_forminator_widget"><h2 class="widget-title">Sondage</h2>'
            f'<form id="forminator-module-{poll_id}" class="forminator-ui forminator-poll forminator-poll-{poll_id} '
            f'forminator-design--default" method="post" data-forminator-render="0" data-form-id="{poll_id}" action="{esc(action)}">'
            f'<div class="forminator-poll-content"><div class="forminator-poll-header"><h3 class="forminator-question">{esc(question)}</h3></div>'
            f'<div class="forminator-poll-body" role="radiogroup">{items}</div>'
            f'<div class="forminator-poll-footer"><button class="forminator-button forminator-button-submit">Voter</button>'
            f'<a href="#" class="forminator-link">Voir les résultats</a></div></div>'
            f'<input type="hidden" name="form_id" value="{poll_id}"><input type="hidden" name="form_type" value="poll">'
            f'<input type="hidden" name="action" value="forminator_submit_form_poll"><input type="hidden" name="forminator_nonce" value="5b2d1e9a7c" />'
            '</form></div>')


def ninja_form(form_id, title, fields, button="Envoyer"):
    """Ninja Forms renders in the browser from a JSON model; the server ships the container and templates."""
    rows = "".join(
        f'<nf-field><div id="nf-field-{form_id * 10 + i}-container" class="nf-field-container {k}-container label-above">'
        f'<div class="nf-field"><div id="nf-field-{form_id * 10 + i}-wrap" class="field-wrap {k}-wrap" data-field-id="{form_id * 10 + i}">'
        f'<div class="nf-field-label"><label for="nf-field-{form_id * 10 + i}" class="">{esc(label)}'
        f'<span class="ninja-forms-req-symbol">*</span></label></div><div class="nf-field-element">'
        + (f'<textarea id="nf-field-{form_id * 10 + i}" name="nf-field-{form_id * 10 + i}" class="ninja-forms-field nf-element" rows="6"></textarea>'
           if k == "textarea" else
           f'<input type="{k}" value="" class="ninja-forms-field nf-element" id="nf-field-{form_id * 10 + i}" name="nf-field-{form_id * 10 + i}">')
        + '</div></div></div></div></nf-field>'
        for i, (k, label) in enumerate(fields, 1))
    return (f'<div id="nf-form-{form_id}-cont" class="nf-form-cont" aria-live="polite" aria-labelledby="nf-form-title-{form_id}" role="form">'
            f'<div class="nf-loading-spinner" style="display:none"></div><span id="nf-form-title-{form_id}" class="nf-form-title"><h3>{esc(title)}</h3></span>'
            f'<div class="nf-form-wrap ninja-forms-form-wrap"><div class="nf-form-layout"><form><div><div class="nf-before-form-content">'
            f'<nf-section><div class="nf-form-fields-required">Les champs marqués d\'une <span class="ninja-forms-req-symbol">*</span> sont obligatoires</div></nf-section></div>'
            f'<div class="nf-form-content">{rows}<nf-field><div class="nf-field-container submit-container"><div class="nf-field-element">'
            f'<input id="nf-field-{form_id * 10 + 9}" class="ninja-forms-field nf-element" type="button" value="{esc(button)}"></div></div></nf-field>'
            f'</div></div></form></div></div></div>'
            f'<script>var formDisplay=1;var nfForms=nfForms||[];var form=[];form.id=\'{form_id}\';nfForms.push(form);</script>')


def spip_contact_avance(action, subjects):
    opts = "".join(f'<option value="{i}">{esc(s)}</option>' for i, s in enumerate(subjects))
    return (f'<div class="formulaire_spip formulaire_contact formulaire_contact_avance ajax" id="formulaire_contact">'
            f'<form method="post" action="{esc(action)}"><div><input name="formulaire_action" type="hidden" value="contact" />'
            '<input name="formulaire_action_args" type="hidden" value="K8mPq2zR0c" />'
            '<fieldset><legend>Vos coordonnées</legend><div class="editer-groupe">'
            '<div class="editer editer_nom"><label for="nom">Nom</label><input type="text" class="text" name="nom" id="nom" value="" /></div>'
            '<div class="editer editer_mail obligatoire"><label for="mail">Adresse e-mail</label><input type="email" class="email" name="mail" id="mail" value="" /></div>'
            '</div></fieldset><fieldset><legend>Votre message</legend><div class="editer-groupe">'
            f'<div class="editer editer_destinataire"><label for="destinataire">Service concerné</label><select name="destinataire[]" id="destinataire">{opts}</select></div>'
            '<div class="editer editer_sujet obligatoire"><label for="sujet">Objet</label><input type="text" class="text" name="sujet" id="sujet" value="" /></div>'
            '<div class="editer editer_texte obligatoire"><label for="texte">Message</label><textarea name="texte" id="texte" rows="8" cols="40"></textarea></div>'
            '</div></fieldset><p class="boutons"><input type="submit" class="submit" value="Envoyer le message" /></p></div></form></div>')


def joomla_contact_form(action, slug):
    def grp(name, label, ctl):
        return (f'<div class="control-group field-spacer"><div class="control-label"><label id="jform_{name}-lbl" for="jform_{name}" class="required">'
                f'{esc(label)}<span class="star" aria-hidden="true">&#160;*</span></label></div><div class="controls">{ctl}</div></div>')
    return (f'<div class="com-contact__form contact-form"><form id="contact-form" action="{esc(action)}" method="post" class="com-contact__form form-validate">'
            '<fieldset class="m-0"><legend>Écrire à la mairie</legend>'
            + grp("contact_name", "Nom", '<input type="text" name="jform[contact_name]" id="jform_contact_name" value="" class="form-control required" size="30" required>')
            + grp("contact_email", "Courriel", '<input type="email" inputmode="email" name="jform[contact_email]" id="jform_contact_email" value="" class="form-control validate-email required" size="30" required>')
            + grp("contact_emailmsg", "Objet", '<input type="text" name="jform[contact_subject]" id="jform_contact_emailmsg" value="" class="form-control required" size="60" required>')
            + grp("contact_message", "Message", '<textarea name="jform[contact_message]" id="jform_contact_message" cols="50" rows="10" class="form-control required" required></textarea>')
            + '<div class="control-group"><div class="controls"><div class="form-check"><input type="checkbox" name="jform[contact_email_copy]" id="jform_contact_email_copy" value="1" class="form-check-input">'
            '<label class="form-check-label" for="jform_contact_email_copy">Recevoir une copie de ce message</label></div></div></div></fieldset>'
            '<div class="control-group"><div class="controls"><button class="btn btn-primary validate" type="submit">Envoyer l\'e-mail</button>'
            f'<input type="hidden" name="option" value="com_contact"><input type="hidden" name="task" value="contact.submit">'
            f'<input type="hidden" name="return" value=""><input type="hidden" name="id" value="{esc(slug)}"><input type="hidden" name="a83f0c2e91b7" value="1"></div></div></form></div>')


def rsform(form_id, title, fields, button="Envoyer"):
    rows = []
    for i, (kind, name, label) in enumerate(fields):
        if kind == "textarea":
            ctl = f'<textarea cols="50" rows="6" name="form[{name}]" id="{name}" class="rsform-text-box form-control"></textarea>'
        elif kind.startswith("select:"):
            ctl = (f'<select name="form[{name}][]" id="{name}" class="rsform-select-box form-select">'
                   + "".join(f'<option value="{esc(o)}">{esc(o)}</option>' for o in kind[7:].split("|")) + "</select>")
        else:
            ctl = f'<input type="{kind}" value="" size="20" name="form[{name}]" id="{name}" class="rsform-input-box form-control" />'
        rows.append(f'<div class="mb-3 rsform-block rsform-block-{name.lower()}"><label class="form-label formControlLabel" for="{name}">'
                    f'{esc(label)}<strong class="formRequired">(*)</strong></label><div class="formControls">{ctl}'
                    f'<span class="formValidation"><span id="component{form_id * 10 + i}" class="formNoError">Champ invalide</span></span></div></div>')
    return (f'<form method="post" id="userForm" class="formResponsive" action="/index.php/component/rsform/form/{form_id}">'
            f'<h2>{esc(title)}</h2><fieldset class="formHorizontal formContainer" id="rsform_{form_id}_page_0">{"".join(rows)}'
            f'<div class="mb-3 rsform-block rsform-block-submit"><div class="formControls"><button type="submit" name="form[Envoyer]" '
            f'id="Envoyer" class="rsform-submit-button btn btn-primary">{esc(button)}</button></div></div></fieldset>'
            f'<input type="hidden" name="form[formId]" value="{form_id}"/></form>')


def drupal_webform_form(form, action, items, button="Envoyer"):
    """``items``: (kind, key, label) with kind textfield/email/textarea/select:opt|opt."""
    sel = f"webform-submission-{form}-add-form"
    rows = []
    for kind, key, label in items:
        if kind == "textarea":
            ctl = (f'<div class="form-textarea-wrapper"><textarea data-drupal-selector="edit-{key}" id="edit-{key}" name="{key}" rows="6" '
                   f'cols="60" class="form-textarea required" required="required" aria-required="true"></textarea></div>')
        elif kind.startswith("select:"):
            ctl = (f'<select data-drupal-selector="edit-{key}" id="edit-{key}" name="{key}" class="form-select">'
                   + "".join(f'<option value="{esc(o)}">{esc(o)}</option>' for o in kind[7:].split("|")) + "</select>")
            kind = "select"
        else:
            ctl = (f'<input data-drupal-selector="edit-{key}" type="{"email" if kind == "email" else "text"}" id="edit-{key}" name="{key}" '
                   f'value="" size="60" maxlength="255" class="form-{kind} required" required="required" aria-required="true" />')
        rows.append(f'<div class="js-form-item form-item js-form-type-{kind} form-item-{key} js-form-item-{key}">'
                    f'<label for="edit-{key}" class="js-form-required form-required">{esc(label)}</label>{ctl}</div>')
    return (f'<form class="webform-submission-form webform-submission-add-form {sel} js-webform-details-toggle webform-details-toggle" '
            f'data-drupal-selector="{sel}" action="{esc(action)}" method="post" id="{sel}" accept-charset="UTF-8">{"".join(rows)}'
            f'<div data-drupal-selector="edit-actions" class="form-actions webform-actions js-form-wrapper form-wrapper" id="edit-actions">'
            f'<input class="webform-button--submit button button--primary js-form-submit form-submit" data-drupal-selector="edit-actions-submit" '
            f'type="submit" id="edit-actions-submit" name="op" value="{esc(button)}" /></div>'
            f'<input autocomplete="off" type="hidden" name="form_build_id" value="form-q7Lr2WmN0xYt" />'
            f'<input type="hidden" name="form_id" value="{sel.replace("-", "_")}" /></form>')


def powermail(uid, action, fields, button="Envoyer"):
    rows = []
    for kind, marker, label in fields:
        name = f"tx_powermail_pi1[field][{marker}]"
        if kind == "textarea":
            ctl = f'<textarea required="required" rows="5" cols="20" class="powermail_textarea powermail_field" id="powermail_field_{marker}" name="{name}"></textarea>'
        else:
            ctl = f'<input required="required" class="powermail_input powermail_field" id="powermail_field_{marker}" type="{kind}" name="{name}" value="" />'
        rows.append(f'<div class="powermail_fieldwrap powermail_fieldwrap_type_{"textarea" if kind == "textarea" else "input"} powermail_fieldwrap_{marker} form-group">'
                    f'<label for="powermail_field_{marker}" class="control-label col-sm-3" title="">{esc(label)}<span class="mandatory">*</span></label>'
                    f'<div class="col-sm-9">{ctl}</div></div>')
    return (f'<div class="tx-powermail"><div class="container-fluid"><form data-powermail-validate="data-powermail-validate" '
            f'data-validate="html5" enctype="multipart/form-data" name="field" class="powermail_form powermail_form_{uid} form-horizontal nolabel" '
            f'action="{esc(action)}?tx_powermail_pi1%5Baction%5D=create&amp;tx_powermail_pi1%5Bcontroller%5D=Form&amp;cHash=3b9e0d71c2a4" method="post">'
            f'<fieldset class="powermail_fieldset powermail_fieldset_{uid}">{"".join(rows)}'
            f'<div class="powermail_fieldwrap powermail_fieldwrap_type_submit form-group"><div class="col-sm-10 col-sm-offset-2">'
            f'<input class="btn btn-primary" type="submit" value="{esc(button)}" /></div></div></fieldset>'
            f'<input class="powermail_form_uid" type="hidden" name="tx_powermail_pi1[mail][form]" value="{uid}" /></form></div></div>')


def vendor_form(action, legend, fields, button="Envoyer", note=""):
    """An accessible form of a proprietary municipal CMS (RGAA patterns: fieldset, aria-describedby)."""
    rows = []
    for kind, name, label in fields:
        if kind == "textarea":
            ctl = f'<textarea id="f-{name}" name="{name}" rows="7" required aria-required="true"></textarea>'
        elif kind.startswith("select:"):
            ctl = f'<select id="f-{name}" name="{name}">' + "".join(f"<option>{esc(o)}</option>" for o in kind[7:].split("|")) + "</select>"
        else:
            ctl = f'<input type="{kind}" id="f-{name}" name="{name}" required aria-required="true">'
        rows.append(f'<div class="form-group"><label class="form-label" for="f-{name}">{esc(label)} <abbr title="obligatoire">*</abbr></label>{ctl}</div>')
    return (f'<form class="cms-form" method="post" action="{esc(action)}"><p class="cms-form__note">{note or "Tous les champs marqués d’un astérisque (*) sont obligatoires."}</p>'
            f'<fieldset><legend>{esc(legend)}</legend>{"".join(rows)}</fieldset>'
            '<div class="form-group form-group--rgpd"><input type="checkbox" id="f-consent" name="consentement" required>'
            '<label for="f-consent">J’accepte que mes données soient traitées par la Ville pour répondre à ma demande.</label></div>'
            f'<button class="btn btn-primary" type="submit">{esc(button)}</button></form>')


def publik_wcs(action, steps, fields, button="Suivant"):
    blocks = []
    for num, (kind, label) in enumerate(fields, 1):
        if kind == "text":
            ctl = f'<textarea id="form_f{num}" name="f{num}" rows="8" cols="60" aria-required="true"></textarea>'
            widget = "TextWidget"
        elif kind.startswith("select:"):
            ctl = f'<select id="form_f{num}" name="f{num}">' + "".join(f"<option>{esc(o)}</option>" for o in kind[7:].split("|")) + "</select>"
            widget = "SingleSelectWidget"
        else:
            ctl = f'<input id="form_f{num}" name="f{num}" type="{kind}" value="" aria-required="true" />'
            widget = "EmailWidget" if kind == "email" else "StringWidget"
        blocks.append(f'<div class="field {widget} template-form-field widget-required" data-field-id="{num}" id="var_f{num}">'
                      f'<div class="title"><label for="form_f{num}">{esc(label)}<span title="Ce champ est obligatoire." class="required">*</span></label></div>'
                      f'<div class="content">{ctl}</div></div>')
    steps_html = "".join(f'<li class="{"current" if i == 0 else ""}"><span class="marker">{i + 1}</span><span class="label">{esc(s)}</span></li>'
                         for i, s in enumerate(steps))
    return (f'<form enctype="multipart/form-data" method="post" novalidate="novalidate" class="quixote" action="{esc(action)}" data-live-url="{esc(action)}live">'
            f'<input type="hidden" name="_form_id" value="form" /><input type="hidden" name="magictoken" value="estuaires-5f1c" />'
            f'<div class="wcs-step" id="steps"><ol>{steps_html}</ol></div>{"".join(blocks)}'
            f'<div class="buttons submit"><div class="submit-button"><button name="submit" value="{esc(button)}">{esc(button)}</button></div>'
            '<div class="cancel-button"><button name="cancel" value="Abandonner">Abandonner</button></div></div></form>')


def builder_form(action, fields, button="Envoyer"):
    rows = "".join(
        f'<div class="sb-form__row"><label class="sb-form__label">{esc(label)}</label>'
        + (f'<textarea class="sb-form__input" name="{name}" rows="6"></textarea>' if kind == "textarea"
           else f'<input class="sb-form__input" type="{kind}" name="{name}">') + "</div>"
        for kind, name, label in fields)
    return (f'<div class="sb-block sb-block--form"><form class="sb-form" method="post" action="{esc(action)}" data-sb-form="contact">'
            f'{rows}<div class="sb-form__captcha" data-sitekey="6Lc-estuaires"></div><button class="sb-btn sb-btn--primary" type="submit">{esc(button)}</button></form></div>')


# ---- comments -----------------------------------------------------------------------------------

def wp_comment_area(post_id, existing=(), closed=False):
    items = "".join(
        f'<li id="comment-{post_id * 10 + i}" class="comment byuser even thread-even depth-1"><article id="div-comment-{post_id * 10 + i}" class="comment-body">'
        f'<footer class="comment-meta"><div class="comment-author vcard"><img alt="" src="/wp-content/uploads/avatar-defaut.png" class="avatar avatar-48" height="48" width="48"/>'
        f'<b class="fn">{esc(who)}</b> <span class="says">dit&nbsp;:</span></div><div class="comment-metadata"><time>{esc(when)}</time></div></footer>'
        f'<div class="comment-content"><p>{esc(text)}</p></div>'
        + ("" if closed else f'<div class="reply"><a rel="nofollow" class="comment-reply-link" href="#respond" data-commentid="{post_id * 10 + i}">Répondre</a></div>')
        + "</article></li>"
        for i, (who, when, text) in enumerate(existing, 1))
    listing = (f'<h2 class="comments-title">{len(existing)} réflexions sur cet article</h2><ol class="comment-list">{items}</ol>'
               if existing else "")
    if closed:
        return f'<div id="comments" class="comments-area">{listing}<p class="no-comments">Les commentaires sont fermés.</p></div>'
    return (f'<div id="comments" class="comments-area">{listing}<div id="respond" class="comment-respond">'
            '<h3 id="reply-title" class="comment-reply-title">Laisser un commentaire</h3>'
            '<form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form">'
            '<p class="comment-notes">Votre adresse e-mail ne sera pas publiée. Les commentaires sont modérés avant publication.</p>'
            '<p class="comment-form-comment"><label for="comment">Commentaire <span class="required">*</span></label>'
            '<textarea id="comment" name="comment" cols="45" rows="6" maxlength="65525" required></textarea></p>'
            '<p class="comment-form-author"><label for="author">Nom <span class="required">*</span></label><input id="author" name="author" type="text" value="" size="30" required /></p>'
            '<p class="comment-form-email"><label for="email">E-mail <span class="required">*</span></label><input id="email" name="email" type="email" value="" size="30" required /></p>'
            '<p class="comment-form-cookies-consent"><input id="wp-comment-cookies-consent" name="wp-comment-cookies-consent" type="checkbox" value="yes" />'
            '<label for="wp-comment-cookies-consent">Enregistrer mon nom et mon e-mail pour mon prochain commentaire.</label></p>'
            f'<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Publier le commentaire" />'
            f'<input type="hidden" name="comment_post_ID" value="{post_id}" id="comment_post_ID" /><input type="hidden" name="comment_parent" id="comment_parent" value="0" /></p>'
            '</form></div></div>')


def drupal_comment_section(node, existing=()):
    items = "".join(
        f'<article data-comment-user-id="0" id="comment-{node * 10 + i}" class="comment js-comment by-anonymous"><mark class="hidden" data-comment-timestamp="1712000000"></mark>'
        f'<footer class="comment__meta"><p class="comment__submitted">Soumis par <span>{esc(who)}</span> le {esc(when)}</p></footer>'
        f'<div class="comment__content"><div class="field field--name-comment-body"><p>{esc(text)}</p></div></div>'
        f'<ul class="links inline"><li><a href="#comment-form">Répondre</a></li></ul></article>'
        for i, (who, when, text) in enumerate(existing, 1))
    return (f'<section class="comment-section field field--name-field-commentaires field--type-comment"><h2 class="comment-section__title">Commentaires</h2>{items}'
            f'<h2 class="comment-form__title">Ajouter un commentaire</h2>'
            f'<form class="comment-comment-form comment-form" data-drupal-selector="comment-form" action="/comment/reply/node/{node}/field_commentaires" method="post" id="comment-form" accept-charset="UTF-8">'
            '<div class="js-form-item form-item form-item-name"><label for="edit-name">Votre nom</label><input data-drupal-selector="edit-name" type="text" id="edit-name" name="name" value="" size="30" maxlength="60" class="form-text" /></div>'
            '<div class="js-form-item form-item form-item-comment-body-0-value"><label for="edit-comment-body-0-value" class="js-form-required form-required">Commentaire</label>'
            '<div class="form-textarea-wrapper"><textarea data-drupal-selector="edit-comment-body-0-value" id="edit-comment-body-0-value" name="comment_body[0][value]" rows="5" cols="60" class="form-textarea required" required="required"></textarea></div></div>'
            '<input type="hidden" name="form_id" value="comment_comment_form" /><div class="form-actions" id="edit-actions">'
            '<input type="submit" id="edit-submit" name="op" value="Enregistrer" class="button button--primary form-submit" /></div></form></section>')


def jcomments(object_id, existing=()):
    items = "".join(
        f'<div class="comment rbox"><div class="comment-box"><span class="comment-author">{esc(who)}</span> '
        f'<span class="comment-date">{esc(when)}</span><div class="comment-body" id="comment-body-{object_id * 10 + i}">{esc(text)}</div></div></div>'
        for i, (who, when, text) in enumerate(existing, 1))
    return (f'<div id="jc"><div id="comments"><h4>Commentaires ({len(existing)})</h4><div class="comments-list" id="comments-list-0">{items}</div></div>'
            f'<a id="addcomments" href="#addcomments"></a><form id="comments-form" name="comments-form" action="javascript:void(null);">'
            '<h4>Ajouter un commentaire</h4>'
            '<p><span><input id="comments-form-name" type="text" name="name" value="" maxlength="20" size="22" tabindex="1" />'
            '<label for="comments-form-name">Nom (obligatoire)</label></span></p>'
            '<p><span><input id="comments-form-email" type="text" name="email" value="" size="22" tabindex="2" />'
            '<label for="comments-form-email">E-mail (obligatoire, non publié)</label></span></p>'
            '<p><span><textarea id="comments-form-comment" name="comment" cols="65" rows="8" tabindex="5"></textarea></span></p>'
            f'<div id="comments-form-buttons"><div class="btn" id="comments-form-send"><div><a href="#" tabindex="7" title="Envoyer (Ctrl+Enter)">Envoyer</a></div></div></div>'
            f'<div><input type="hidden" name="object_id" value="{object_id}" /><input type="hidden" name="object_group" value="com_content" /></div></form>'
            '<script type="text/javascript">jcomments.setForm(new JCommentsForm(\'comments-form\', jcomments));</script></div>')


def disqus_thread(shortname, url, ident):
    return (f'<section class="commentaires"><h2>Vos réactions</h2><div id="disqus_thread"></div><script>'
            f'var disqus_config = function () {{ this.page.url = "{url}"; this.page.identifier = "{ident}"; this.language = "fr"; }};'
            f'(function() {{ var d = document, s = d.createElement("script"); s.src = "https://{shortname}.disqus.com/embed.js";'
            's.setAttribute("data-timestamp", +new Date()); (d.head || d.body).appendChild(s); })();</script>'
            '<noscript>Activez JavaScript pour voir les <a href="https://disqus.com/?ref_noscript">commentaires Disqus</a>.</noscript></section>')


def fb_comments(url, width="100%"):
    return ('<div class="reactions"><h2 class="reactions__title">Réagir</h2><div id="fb-root"></div>'
            '<script async defer crossorigin="anonymous" src="https://connect.facebook.net/fr_FR/sdk.js#xfbml=1&amp;version=v19.0"></script>'
            f'<div class="fb-comments" data-href="{url}" data-width="{width}" data-numposts="5" data-lazy="true"></div></div>')


def spip_forum_thread(id_article, messages):
    items = "".join(
        f'<li class="forum-fil"><div class="forum-message" id="forum{id_article * 100 + i}"><div class="forum-chapo">'
        f'<strong class="forum-titre"><a href="#forum{id_article * 100 + i}">{esc(title)}</a></strong> '
        f'<small>{esc(when)}, par <span class="vcard author">{esc(who)}</span></small></div>'
        f'<div class="forum-texte"><p>{esc(text)}</p></div>'
        f'<p class="repondre"><a href="/spip.php?page=forum&amp;id_article={id_article}" rel="noindex nofollow">Répondre à ce message</a></p></div></li>'
        for i, (title, who, when, text) in enumerate(messages, 1))
    return (f'<div class="forum-repondre"><h2 class="h2">Un message, un commentaire ?</h2>'
            f'<p class="repondre"><a href="/spip.php?page=forum&amp;id_article={id_article}" rel="noindex nofollow">Répondre à cet article</a></p></div>'
            f'<div class="comments"><h2 class="h2">{len(messages)} messages</h2><ul class="forum">{items}</ul></div>')


def spip_forum_post(id_article):
    return (f'<div class="formulaire_spip formulaire_forum ajax" id="formulaire_forum"><form action="/spip.php?page=forum&amp;id_article={id_article}#formulaire_forum" method="post" enctype="multipart/form-data">'
            f'<div><input name="formulaire_action" type="hidden" value="forum" /><input name="id_article" type="hidden" value="{id_article}" />'
            '<fieldset><legend>Votre message</legend><p class="explication">Ce forum est modéré a priori : votre contribution n’apparaîtra qu’après avoir été validée.</p>'
            '<div class="editer-groupe"><div class="editer saisie_titre obligatoire"><label for="titre">Titre</label><input type="text" class="text" name="titre" id="titre" value="" size="60" /></div>'
            '<div class="editer saisie_texte obligatoire"><label for="texte">Texte de votre message</label>'
            '<p class="explication">Pour créer des paragraphes, laissez simplement des lignes vides.</p><textarea name="texte" id="texte" rows="10" cols="40"></textarea></div></div></fieldset>'
            '<fieldset><legend>Qui êtes-vous ?</legend><div class="editer-groupe"><div class="editer saisie_session_nom"><label for="session_nom">Votre nom</label>'
            '<input type="text" class="text" name="session_nom" id="session_nom" value="" size="40" /></div>'
            '<div class="editer saisie_session_email"><label for="session_email">Votre adresse email</label><input type="email" class="text email" name="session_email" id="session_email" value="" size="40" /></div></div></fieldset>'
            '<p class="boutons"><input type="submit" class="submit" name="previsualiser_message" value="Prévisualiser" /></p></div></form></div>')


# ---- boards -------------------------------------------------------------------------------------

def kunena_index(categories):
    rows = "".join(
        f'<tr class="category"><td class="d-none d-md-table-cell center"><span class="kicon-folder"></span></td><td>'
        f'<div><h3><a href="{esc(href)}" class="hasTooltip">{esc(title)}</a></h3></div><div class="kcategory-desc">{esc(desc)}</div></td>'
        f'<td class="d-none d-md-table-cell text-center"><div class="kcategory-topics">{topics} Sujets</div><div>{posts} Messages</div></td>'
        f'<td class="d-none d-md-table-cell">Dernier message par <span class="kwho-user">{esc(last)}</span></td></tr>'
        for href, title, desc, topics, posts, last in categories)
    return (f'<div id="kunena" class="layout "><nav class="navbar navbar-expand-lg"><ul class="nav nav-pills">'
            f'<li class="nav-item"><a class="nav-link active" href="/index.php/forum-des-habitants">Index</a></li>'
            f'<li class="nav-item"><a class="nav-link" href="/index.php/forum-des-habitants/charte">Charte du forum</a></li>'
            f'<li class="nav-item"><a class="nav-link" href="/index.php/forum-des-habitants/connexion">Connexion</a></li></ul></nav>'
            f'<div class="kfrontend shadow-lg rounded border"><h2 class="btn-toolbar">Forum des habitants</h2>'
            f'<table class="table table-bordered" id="kcategory-0"><tbody>{rows}</tbody></table></div>'
            '<div class="kfrontend shadow-lg rounded mt-4 border"><h2>Statistiques</h2><p>Nombre total de messages : 1 284 · Sujets : 203 · Membres : 412</p></div></div>')


def kunena_category(title, topics, new_topic_href):
    rows = "".join(
        f'<tr class="category"><td class="d-none d-md-table-cell center"><span class="kicon-topic"></span></td><td class="w-50">'
        f'<div><a href="{esc(href)}" class="hasTooltip topictitle">{esc(t)}</a></div><div class="float-start">'
        f'<span class="ks">Sujet démarré par {esc(who)}</span></div></td><td class="d-none d-md-table-cell text-center">'
        f'<div class="replies">Réponses : {replies}</div><div class="views">Vues : {replies * 23 + 40}</div></td></tr>'
        for href, t, who, replies in topics)
    return (f'<div id="kunena" class="layout "><div class="kfrontend"><h1 class="kcategory-title">{esc(title)}</h1>'
            f'<div class="btn-toolbar"><a class="btn btn-primary" href="{esc(new_topic_href)}">Nouveau sujet</a></div>'
            f'<form action="/index.php/forum-des-habitants" method="post" name="ktopicsform" id="ktopicsform">'
            f'<table class="table table-bordered"><thead><tr><th></th><th>Sujet</th><th>Statistiques</th></tr></thead><tbody>{rows}</tbody></table></form></div></div>')


def kunena_topic(title, posts, reply_href):
    items = "".join(
        f'<div class="row message message-published"><div class="col-md-2 shadow rounded d-none d-sm-block"><ul class="unstyled center profilebox">'
        f'<li><strong><span class="kwho-user">{esc(who)}</span></strong></li><li>Messages : {n}</li></ul></div>'
        f'<div class="col-md-10 message-published"><small class="text-muted float-end"><span class="kmsgdate">{esc(when)}</span> #{1000 + i}</small>'
        f'<div class="badger-left badger-info khistory"><div class="mykmsg-header"><h2>Re : {esc(title)}</h2></div>'
        f'<div class="kmsg"><div class="kmsgtext">{esc(text)}</div></div></div></div></div>'
        for i, (who, when, text, n) in enumerate(posts, 1))
    return (f'<div id="kunena" class="layout "><div class="kfrontend"><h1>{esc(title)}</h1>'
            f'<div class="btn-toolbar"><a class="btn btn-primary" href="{esc(reply_href)}">Répondre</a></div>{items}'
            f'<div class="btn-toolbar"><a class="btn btn-primary" href="{esc(reply_href)}">Répondre au sujet</a></div></div></div>')


def kunena_post_form(category_id, categories):
    opts = "".join(f'<option value="{i}">{esc(c)}</option>' for i, c in categories)
    return ('<div id="kunena" class="layout "><form action="/index.php/forum-des-habitants" method="post" class="form-horizontal form-validate" '
            'role="form" enctype="multipart/form-data" id="postform" name="postform"><input type="hidden" name="view" value="topic" />'
            '<input type="hidden" name="task" value="post" /><div class="card"><div class="card-header"><h2>Nouveau sujet</h2></div><div class="card-body">'
            f'<div class="form-group row"><label class="col-md-3 control-label" for="postcatid">Catégorie</label><div class="col-md-9"><select name="catid" id="postcatid" class="form-select">{opts}</select></div></div>'
            '<div class="form-group row"><label class="col-md-3 control-label" for="subject">Sujet</label><div class="col-md-9">'
            '<input type="text" class="form-control" name="subject" id="subject" maxlength="50" value="" required /></div></div>'
            '<div class="form-group row"><label class="col-md-3 control-label" for="editor">Message</label><div class="col-md-9">'
            '<textarea class="col-md-12 form-control" name="message" id="editor" rows="12" required></textarea></div></div>'
            f'<input type="hidden" name="catid_origin" value="{category_id}" /></div>'
            '<div class="card-footer text-center"><button type="submit" class="btn btn-success">Envoyer</button> '
            '<button type="reset" class="btn btn-outline-secondary">Annuler</button></div></div></form></div>')


def discourse_list(topics, category_names):
    rows = "".join(
        f"<tr class='topic-list-item'><td class='main-link'><span class='link-top-line'>"
        f"<a itemprop='url' href='{esc(href)}' class='title raw-link raw-topic-link'>{esc(t)}</a></span>"
        f"<div class='link-bottom-line'><a href='{esc(cat_href)}' class='badge-wrapper bullet'><span class='badge-category-bg'></span>"
        f"<span class='badge-category clear-badge'><span class='category-name'>{esc(category_names.get(cat_href, ''))}</span></span></a></div></td>"
        f"<td class='replies'><span class='posts' title='messages'>{replies}</span></td><td class='views'><span class='views'>{replies * 17 + 33}</span></td></tr>"
        for href, t, cat_href, replies in topics)
    return (f"<div class='topic-list-container' itemscope itemtype='http://schema.org/ItemList'><table class='topic-list'>"
            f"<thead><tr><th>Sujet</th><th class='replies'>Réponses</th><th class='views'>Vues</th></tr></thead><tbody>{rows}</tbody></table></div>")


def discourse_posts(title, posts):
    items = "".join(
        f"<div id='post_{i}' itemprop='comment' itemscope itemtype='http://schema.org/Comment' class='topic-body crawler-post'>"
        f"<div class='crawler-post-meta'><span class='creator' itemprop='author' itemscope itemtype='http://schema.org/Person'>"
        f"<a itemprop='url' rel='nofollow' href='#post_{i}'><span itemprop='name'>{esc(who)}</span></a></span>"
        f"<span class='crawler-post-infos'><time itemprop='datePublished' class='post-time'>{esc(when)}</time><span itemprop='position'>#{i}</span></span></div>"
        f"<div class='post' itemprop='text'><p>{esc(text)}</p></div>"
        f"<div itemprop='interactionStatistic' itemscope itemtype='http://schema.org/InteractionCounter'>"
        f"<meta itemprop='interactionType' content='http://schema.org/LikeAction'/><meta itemprop='userInteractionCount' content='{i + 1}' /></div></div>"
        for i, (who, when, text) in enumerate(posts, 1))
    return (f"<div itemscope itemtype='http://schema.org/DiscussionForumPosting'><meta itemprop='headline' content='{esc(title)}'>"
            f"<meta itemprop='articleSection' content='Vie des quartiers'>{items}</div>"
            "<p class='crawler-hint'>Connectez-vous pour répondre à ce sujet.</p>")


# ---- polls and questionnaires -------------------------------------------------------------------

def drupal_poll_block(poll_id, question, choices, action):
    radios = "".join(
        f'<div class="js-form-item form-item js-form-type-radio form-item-choice js-form-item-choice">'
        f'<input data-drupal-selector="edit-choice-{poll_id * 10 + i}" type="radio" id="edit-choice-{poll_id * 10 + i}" name="choice" value="{poll_id * 10 + i}" class="form-radio" />'
        f'<label for="edit-choice-{poll_id * 10 + i}" class="option">{esc(c)}</label></div>'
        for i, c in enumerate(choices, 1))
    return (f'<div class="poll block block-poll block-poll-recent-block" id="block-sondageencours"><h2>Sondage en cours</h2>'
            f'<form class="poll-view-form poll-view-form-{poll_id}" data-drupal-selector="poll-view-form-{poll_id}" action="{esc(action)}" method="post" id="poll-view-form-{poll_id}" accept-charset="UTF-8">'
            f'<div class="poll"><fieldset data-drupal-selector="edit-choice" id="edit-choice--wrapper" class="fieldgroup form-composite required js-form-item form-item js-form-wrapper form-wrapper">'
            f'<legend><span class="fieldset-legend js-form-required form-required">{esc(question)}</span></legend>'
            f'<div class="fieldset-wrapper"><div id="edit-choice" class="form-radios">{radios}</div></div></fieldset></div>'
            f'<input type="hidden" name="form_id" value="poll_view_form_{poll_id}" />'
            '<div class="form-actions js-form-wrapper form-wrapper" id="edit-actions"><input data-drupal-selector="edit-vote" type="submit" id="edit-vote" name="op" value="Voter" class="button js-form-submit form-submit" /></div>'
            '</form></div>')


def drupal_poll_results(question, results, total):
    bars = "".join(
        f'<dt class="choice-title">{esc(c)}</dt><dd class="choice-result"><div class="foreground" style="width: {p}%"></div>'
        f'<div class="percent">{p}% ({n} votes)</div></dd>' for c, p, n in results)
    return (f'<div class="poll"><div class="poll-question">{esc(question)}</div><dl>{bars}</dl>'
            f'<div class="total">Total des votes : {total}</div><p class="poll-closed">Ce sondage est fermé.</p></div>')


def results_table(question, rows, note):
    body = "".join(f"<tr><th scope=\"row\">{esc(a)}</th><td>{p} %</td></tr>" for a, p in rows)
    return (f'<figure class="resultats"><table class="table"><caption>{esc(question)}</caption><thead><tr><th scope="col">Réponse</th>'
            f'<th scope="col">Part des répondants</th></tr></thead><tbody>{body}</tbody></table><figcaption>{esc(note)}</figcaption></figure>')


def formidable_questionnaire(id_form, action, questions, free_label="Vos remarques"):
    blocks = []
    for i, (q, choices) in enumerate(questions, 1):
        radios = "".join(f'<div class="choix"><input type="radio" name="radio_{i}" class="radio" id="radio_{i}_{j}" value="choix{j}" />'
                         f'<label for="radio_{i}_{j}">{esc(c)}</label></div>' for j, c in enumerate(choices))
        blocks.append(f'<div class="editer saisie_radio editer_radio_{i} obligatoire"><label class="editer-label">{esc(q)}</label>{radios}</div>')
    return (f'<div class="formulaire_spip formulaire_formidable formulaire_formidable_{id_form} ajax" id="formulaire_formidable_{id_form}">'
            f'<form method="post" action="{esc(action)}#formulaire_formidable_{id_form}" enctype="multipart/form-data"><div>'
            f'<input name="formulaire_action" type="hidden" value="formidable" /><input name="formulaire_action_args" type="hidden" value="{id_form}" />'
            f'<div class="editer-groupe">{"".join(blocks)}<div class="editer saisie_textarea editer_textarea_1"><label for="champ_textarea_1">{esc(free_label)}</label>'
            '<textarea name="textarea_1" id="champ_textarea_1" rows="4" cols="40"></textarea></div></div>'
            '<p class="boutons"><input type="submit" class="submit" value="Envoyer mes réponses" /></p></div></form></div>')


def iframe_embed(src, title, height=900, note=""):
    return (f'<div class="embed embed--form"><iframe src="{esc(src)}" title="{esc(title)}" width="100%" height="{height}" '
            f'frameborder="0" marginheight="0" marginwidth="0" loading="lazy">Chargement…</iframe>'
            + (f'<p class="embed__fallback">{note}</p>' if note else "") + "</div>")


def google_form(form_key, title):
    return iframe_embed(f"https://docs.google.com/forms/d/e/{form_key}/viewform?embedded=true", title, 1400,
                        f'Le formulaire ne s’affiche pas ? <a href="https://docs.google.com/forms/d/e/{form_key}/viewform">Ouvrez-le dans un nouvel onglet</a>.')


def ms_form(form_id, title):
    return iframe_embed(f"https://forms.office.com/Pages/ResponsePage.aspx?id={form_id}&amp;embed=true", title, 720,
                        "Questionnaire Microsoft Forms – anonyme, environ 5 minutes.")


def framaform(slug, title):
    return iframe_embed(f"https://framaforms.org/{slug}", title, 1100,
                        f'Vous pouvez aussi répondre directement sur <a href="https://framaforms.org/{slug}">Framaforms</a>.')


def tally_embed(form_id, title):
    return (f'<iframe data-tally-src="https://tally.so/embed/{form_id}?alignLeft=1&amp;hideTitle=1&amp;transparentBackground=1&amp;dynamicHeight=1" '
            f'loading="lazy" width="100%" height="520" frameborder="0" marginheight="0" marginwidth="0" title="{esc(title)}"></iframe>'
            '<script>var d=document,w="https://tally.so/widgets/embed.js",v=function(){"undefined"!=typeof Tally?Tally.loadEmbeds():'
            'd.querySelectorAll("iframe[data-tally-src]:not([src])").forEach((function(e){e.src=e.dataset.tallySrc}))};'
            'if("undefined"!=typeof Tally)v();else if(d.querySelector(\'script[src="\'+w+\'"]\')==null){var s=d.createElement("script");'
            's.src=w,s.onload=v,s.onerror=v,d.body.appendChild(s);}</script>')


def typeform_embed(form_id, title):
    return (f'<div data-tf-live="{form_id}" data-tf-opacity="100" data-tf-iframe-props="title={esc(title)}" '
            'data-tf-transitive-search-params data-tf-medium="snippet" style="width:100%;height:560px;"></div>'
            '<script src="//embed.typeform.com/next/embed.js"></script>')


def limesurvey_embed(src, title):
    return iframe_embed(src, title, 1000, f'<a href="{esc(src)}" target="_blank">Ouvrir le questionnaire dans une nouvelle fenêtre</a>')


def limesurvey_questions(sid, gid, questions):
    """A LimeSurvey group page (one question per radio list) as the survey server renders it."""
    blocks = []
    for n, (q, choices) in enumerate(questions, 1):
        qid = 100 + n
        code = f"{sid}X{gid}X{qid}"
        items = "".join(
            f'<li id="javatbd{code}A{j}" class="answer-item radio-item"><input class="radio" type="radio" value="A{j}" '
            f'name="{code}" id="answer{code}A{j}"><label for="answer{code}A{j}" class="control-label radio-label">{esc(c)}</label></li>'
            for j, c in enumerate(choices, 1))
        blocks.append(f'<div id="question{qid}" class="question-container row list-radio mandatory"><div class="question-title-container col-xs-12">'
                      f'<div class="question-number">{n}</div><div class="question-text"><div id="ls-question-text-{code}" class="ls-label-question">{esc(q)}</div></div></div>'
                      f'<div class="question-valid-container"><div class="ls-question-mandatory">* Cette question est obligatoire.</div></div>'
                      f'<div class="answer-container col-xs-12"><ul class="ls-answers answers-list radio-list" role="radiogroup">{items}</ul></div></div>')
    return (f'<form id="limesurvey" name="limesurvey" action="/index.php/{sid}?lang=fr" method="post" class="survey-form-container form">'
            f'<input type="hidden" name="YII_CSRF_TOKEN" value="Y3NyZi1lc3R1YWlyZXM"><div id="group-0" class="group-outer-container">'
            f'<div class="group-container space-col"><h3 class="group-title text-center">Vos déplacements</h3>{"".join(blocks)}</div></div>'
            '<div class="row navigator space-col" id="navigator-container"><div class="col-xs-6 text-left"></div><div class="col-xs-6 text-right">'
            '<button id="ls-button-submit" type="submit" value="movenext" name="move" accesskey="n" class="ls-move-btn ls-move-next-btn btn btn-lg btn-primary">Suivant</button></div></div>'
            f'<input type="hidden" name="sid" value="{sid}" id="sid"><input type="hidden" name="lastgroup" value="{sid}X{gid}"></form>')


# ---- petitions and ideas ------------------------------------------------------------------------

def spip_petition(id_article, count, recent):
    rows = "".join(f'<li class="signature"><span class="nom_signataire">{esc(n)}</span> <span class="date">{esc(d)}</span></li>' for n, d in recent)
    return (f'<div class="formulaire_spip formulaire_signature ajax" id="sp{id_article}"><h2 class="legend">Signer cette pétition</h2>'
            f'<form method="post" action="/spip.php?article{id_article}#sp{id_article}"><div><input name="formulaire_action" type="hidden" value="signature" />'
            f'<input name="formulaire_action_args" type="hidden" value="{id_article}" />'
            '<fieldset><legend>Votre signature</legend><div class="editer-groupe">'
            '<div class="editer saisie_session_nom obligatoire"><label for="session_nom">Votre nom ou pseudo</label><input type="text" class="text" name="session_nom" id="session_nom" value="" size="20" /></div>'
            '<div class="editer saisie_session_email obligatoire"><label for="session_email">Votre adresse email</label><input type="email" class="text email" name="session_email" id="session_email" value="" size="20" /></div>'
            '</div></fieldset><fieldset><legend>Message (facultatif)</legend><div class="editer-groupe"><div class="editer saisie_message">'
            '<label for="message">Un message, un commentaire ?</label><textarea name="message" id="message" rows="3" cols="40"></textarea></div></div></fieldset>'
            '<p class="boutons"><input type="submit" class="submit" value="Valider" /></p></div></form></div>'
            f'<div class="petition-signatures"><p><strong>{count}</strong> signatures</p><ul class="signatures">{rows}</ul>'
            f'<p><a href="/spip.php?page=signatures&amp;id_article={id_article}">Voir toutes les signatures</a></p></div>')


def epetition_card(href, title, count, threshold, status, deadline):
    pct = min(100, round(100 * count / threshold))
    return (f'<li class="epetition"><article class="card card--petition"><h3 class="card__title"><a href="{esc(href)}">{esc(title)}</a></h3>'
            f'<p class="card__status"><span class="badge">{esc(status)}</span> · clôture le {esc(deadline)}</p>'
            f'<div class="progress" role="progressbar" aria-valuenow="{count}" aria-valuemin="0" aria-valuemax="{threshold}">'
            f'<div class="progress__bar" style="width:{pct}%"></div></div><p class="card__count">{count} signatures sur {threshold}</p></article></li>')


def sign_form(action, title, count, threshold):
    return (f'<section class="signature-petition" aria-labelledby="signer"><h2 id="signer">Je signe la pétition « {esc(title)} »</h2>'
            f'<p class="compteur"><strong>{count}</strong> signataires · seuil de {threshold} signatures pour une réponse du conseil municipal</p>'
            f'<form method="post" action="{esc(action)}" class="form-signature">'
            '<div class="form-item"><label for="sig-prenom">Prénom</label><input type="text" id="sig-prenom" name="prenom" required></div>'
            '<div class="form-item"><label for="sig-nom">Nom</label><input type="text" id="sig-nom" name="nom" required></div>'
            '<div class="form-item"><label for="sig-mail">Adresse électronique (une confirmation vous sera envoyée)</label><input type="email" id="sig-mail" name="courriel" required></div>'
            '<div class="form-item"><label for="sig-adresse">Adresse postale dans la commune</label><input type="text" id="sig-adresse" name="adresse" required></div>'
            '<div class="form-item"><input type="checkbox" id="sig-age" name="majeur" required><label for="sig-age">J’ai 16 ans ou plus et je réside, travaille ou étudie dans la commune</label></div>'
            '<div class="form-item"><input type="checkbox" id="sig-public" name="public"><label for="sig-public">J’accepte que mon nom apparaisse dans la liste publique des signataires</label></div>'
            '<button type="submit" class="button button--primary">Je signe</button></form></section>')


# ---- participation platforms --------------------------------------------------------------------

def decidim_cards(items):
    """Decidim 0.27/0.28 list cards: (href, title, meta)."""
    rows = "".join(f'<a href="{esc(h)}" class="card__list"><div class="card__list-content"><h3 class="card__list-title">{esc(t)}</h3>'
                   f'<div class="card__list-metadata"><span>{esc(meta)}</span></div></div></a>' for h, t, meta in items)
    return f'<div class="card__list-list">{rows}</div>'


def decidim_comments(resource, existing, gid="Z2lkOi8vZGVjaWRpbS9Qcm9wb3NhbA"):
    items = "".join(
        f'<div id="comment_{resource * 10 + i}" class="comment" data-comment-id="{resource * 10 + i}"><div class="comment__header">'
        f'<div class="author"><span class="author__name">{esc(who)}</span></div><span class="comment__date">{esc(when)}</span></div>'
        f'<div class="comment__content"><div class="rich-text-display"><p>{esc(text)}</p></div></div>'
        f'<div class="comment__footer"><button class="button button__sm button__text-secondary" data-controls="panel-comment{resource * 10 + i}-reply">Répondre</button></div></div>'
        for i, (who, when, text) in enumerate(existing, 1))
    return (f'<div id="comments" class="comments"><div class="comments__header"><h2 class="h4">{len(existing)} commentaires</h2></div>'
            f'<div id="comments-for-{gid}" data-decidim-comments=\'{{"singleComment":false,"toggleTranslations":false,"commentableGid":"{gid}"}}\'>'
            f'<div class="comment-threads">{items}</div><div class="add-comment"><h3 class="h4">Ajouter un commentaire</h3>'
            f'<form class="new_comment" id="new_comment_for_{resource}" action="/comments" accept-charset="UTF-8" data-remote="true" method="post">'
            f'<input type="hidden" name="comment[commentable_gid]" value="{gid}" /><label for="add-comment-{resource}">Commentaire'
            f'<textarea id="add-comment-{resource}" name="comment[body]" minlength="15" maxlength="1000" rows="4" placeholder="Ajoutez votre commentaire ici"></textarea></label>'
            '<button type="submit" class="button button__sm button__secondary">Publier le commentaire</button></form></div></div></div>')


def decidim_survey(action, questions):
    blocks = "".join(
        f'<div class="answer question" data-max-choices="" data-required="true"><label class="answer-questionnaire__question-label">{n}. {esc(q)}</label>'
        + "".join(f'<div class="answer-questionnaire__choice"><label><input type="radio" value="{j}" name="questionnaire[responses][{n - 1}][choices][][answer_option_id]"> {esc(c)}</label></div>'
                  for j, c in enumerate(choices, 1)) + "</div>"
        for n, (q, choices) in enumerate(questions, 1))
    return (f'<div class="answer-questionnaire"><form class="form answer-questionnaire" action="{esc(action)}" accept-charset="UTF-8" method="post">'
            f'<input type="hidden" name="_method" value="post" /><div class="answer-questionnaire__step">{blocks}</div>'
            '<div class="answer-questionnaire__tos"><label><input type="checkbox" name="questionnaire[tos_agreement]" required> J’accepte les conditions d’utilisation</label></div>'
            '<div class="answer-questionnaire__submit"><button type="submit" class="button button__lg button__secondary">Envoyer</button></div></form></div>')


def consul_comment_block(kind, ident, existing):
    items = "".join(
        f'<div id="comment_{ident * 10 + i}" class="comment small-12"><div class="comment-body"><div class="comment-info">'
        f'<span class="user-name">{esc(who)}</span> • <time>{esc(when)}</time></div><div class="comment-user"><p>{esc(text)}</p></div>'
        f'<div class="comment-footer"><a class="js-add-comment-link" href="#comment_{ident * 10 + i}">Répondre</a></div></div></div>'
        for i, (who, when, text) in enumerate(existing, 1))
    return (f'<section class="comments" id="comments"><div class="row"><div class="small-12 column"><h2>Commentaires <span class="js-comments-count">({len(existing)})</span></h2>'
            f'<form class="new_comment" id="new_comment" action="/comments" accept-charset="UTF-8" data-remote="true" method="post">'
            f'<label for="comment-body-{kind}_{ident}">Laisser votre commentaire</label>'
            f'<textarea id="comment-body-{kind}_{ident}" name="comment[body]" maxlength="1000"></textarea>'
            f'<input value="{kind.capitalize()}" type="hidden" name="comment[commentable_type]" /><input value="{ident}" type="hidden" name="comment[commentable_id]" />'
            f'<input type="submit" name="commit" value="Publier le commentaire" class="button" /></form>{items}</div></div></section>')


def capco_proposal_form(action, themes_list, budget=True):
    opts = "".join(f"<option>{esc(t)}</option>" for t in themes_list)
    money = ('<div class="form-group"><label class="control-label" for="proposal_estimation">Estimation du coût (€)</label>'
             '<input type="number" id="proposal_estimation" name="estimation" class="form-control"></div>') if budget else ""
    return (f'<div id="proposal-form-container" class="proposal__form"><form id="proposal-form" method="post" action="{esc(action)}">'
            '<div class="form-group"><label class="control-label" for="proposal_title">Titre <span class="excerpt">obligatoire</span></label>'
            '<input type="text" id="proposal_title" name="title" class="form-control" maxlength="255"></div>'
            f'<div class="form-group"><label class="control-label" for="proposal_theme">Thème</label><select id="proposal_theme" name="theme" class="form-control">{opts}</select></div>'
            '<div class="form-group"><label class="control-label" for="proposal_body">Description <span class="excerpt">obligatoire</span></label>'
            '<textarea id="proposal_body" name="body" class="form-control" rows="8"></textarea></div>'
            f'{money}<div class="form-group"><label class="control-label" for="proposal_address">Adresse du projet</label><input type="text" id="proposal_address" name="address" class="form-control"></div>'
            '<button type="submit" class="btn btn-primary" id="confirm-proposal-create">Déposer ma proposition</button></form></div>')


def capco_questionnaire(action, questions):
    blocks = "".join(
        f'<div class="form-group" id="questionnaire-q{n}"><fieldset><legend class="control-label h5">{esc(q)} <span class="excerpt">obligatoire</span></legend>'
        + "".join(f'<div class="radio"><label><input type="radio" name="responses[{n}]" value="{j}"> {esc(c)}</label></div>' for j, c in enumerate(choices))
        + "</fieldset></div>" for n, (q, choices) in enumerate(questions, 1))
    return (f'<div id="create-reply-form" class="questionnaire__form"><form id="reply-form" method="post" action="{esc(action)}">{blocks}'
            '<div class="form-group"><label class="control-label" for="reply-free">Autre chose à nous dire ?</label><textarea id="reply-free" name="responses[free]" class="form-control" rows="4"></textarea></div>'
            '<button type="submit" class="btn btn-primary" id="validate-questionnaire">Envoyer ma réponse</button></form></div>')


def capco_comments(existing):
    items = "".join(f'<li class="opinion opinion--comment"><div class="opinion__user"><span class="author-name">{esc(who)}</span> '
                    f'<span class="excerpt small">{esc(when)}</span></div><p class="opinion__text">{esc(text)}</p></li>'
                    for who, when, text in existing)
    return (f'<section class="comments__section"><h2 class="h4">{len(existing)} commentaires</h2><ul class="media-list opinion__list">{items}</ul>'
            '<form id="CommentForm" class="comment-form" method="post" action="/graphql/internal"><label for="CommentForm-body">Votre commentaire</label>'
            '<textarea id="CommentForm-body" name="body" class="form-control" rows="3"></textarea>'
            '<button type="submit" class="btn btn-primary">Commenter</button></form></section>')


def govocal_idea_cards(items):
    rows = "".join(f'<div class="e2e-idea-card"><a href="{esc(h)}" class="e2e-card-title">{esc(t)}</a><span class="e2e-votes">{v} votes</span>'
                   f'<span class="e2e-comments">{c} commentaires</span></div>' for h, t, v, c in items)
    return f'<div id="e2e-ideas-container" class="e2e-ideas-list">{rows}</div>'


def govocal_comments(existing):
    items = "".join(f'<div class="e2e-comment-thread"><div class="e2e-parentcomment"><span class="e2e-author-name">{esc(who)}</span>'
                    f'<p class="e2e-comment-body">{esc(text)}</p></div></div>' for who, text in existing)
    return (f'<section id="e2e-comments-container"><h2>Commentaires ({len(existing)})</h2>{items}'
            '<form class="e2e-comment-form" id="submit-comment"><label for="e2e-parent-comment-input">Écrire un commentaire</label>'
            '<textarea id="e2e-parent-comment-input" name="comment" placeholder="Écrivez votre commentaire ici…"></textarea>'
            '<button class="e2e-submit-parentcomment" type="submit">Publier</button></form></section>')


def community_posts(posts):
    rows = "".join(f'<article class="post-card"><header class="post-card__head"><span class="post-card__author">{esc(who)}</span> · '
                   f'<span class="post-card__where">{esc(where)}</span> · <time>{esc(when)}</time> <span class="tag">{esc(tag)}</span></header>'
                   f'<p class="post-card__text">{esc(text)}</p><footer class="post-card__actions"><button>Je peux aider</button> '
                   f'<button>Commenter</button> <span>{n} réponses</span></footer></article>' for who, where, when, tag, text, n in posts)
    return f'<div class="feed">{rows}</div>'


def community_composer(placeholder):
    return ('<form class="composer" method="post" action="/publications"><label for="composer-text" class="sr-only">Nouvelle publication</label>'
            f'<textarea id="composer-text" name="texte" rows="3" placeholder="{esc(placeholder)}"></textarea>'
            '<select name="categorie"><option>Entraide</option><option>Prêt d\'objets</option><option>Événement</option><option>Perdu / trouvé</option><option>Question</option></select>'
            '<button type="submit">Publier pour mes voisins</button></form>')


# ---- registered layouts -------------------------------------------------------------------------

def _menu(site):
    return "".join(f'<li><a href="{esc(h)}">{esc(l)}</a></li>' for l, h in site.menu)


def _accounts(site):
    return "".join(f'<a class="sb-social sb-social--{a.platform}" href="{esc(a.href)}" target="_blank" rel="noopener">{esc(a.platform.capitalize())}</a>'
                   for a in site.accounts)


def _jenparle(site, page):
    return f"""<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(page.title)} - {esc(site.title)}</title>
<meta name="description" content="Plateforme de concertation citoyenne">
<meta property="og:site_name" content="{esc(site.title)}">
<link rel="stylesheet" href="/build/front/css/app.b41c7e.css">
<script src="/build/front/js/runtime.0f2a91.js" defer></script>
<script src="/build/front/js/app.d7e3c8.js" defer></script>
</head>
<body class="jp-front jp-theme-commune">
<header class="jp-header"><div class="jp-header__inner"><a class="jp-header__brand" href="/">{esc(site.title)}</a>
<nav class="jp-nav" aria-label="Navigation principale"><ul class="jp-nav__list">{_menu(site)}</ul></nav>
<a class="jp-btn jp-btn--ghost" href="/connexion">Se connecter</a></div></header>
<main class="jp-main" id="contenu"><p class="jp-breadcrumb"><a href="/">Accueil</a> › {esc(page.title)}</p>
<h1 class="jp-title">{esc(page.title)}</h1>{page.body}</main>
<footer class="jp-footer"><ul class="jp-footer__links"><li><a href="/mentions-legales">Mentions légales</a></li><li><a href="/connexion">Mon compte</a></li></ul>
<p class="jp-footer__powered">Plateforme de participation propulsée par <a href="https://www.jenparle.net/" rel="noopener">Jenparle</a></p></footer>
</body></html>"""


def _limesurvey(site, page):
    return f"""<!DOCTYPE html>
<html lang="fr" class="fruity fruity-gauche">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta name="generator" content="LimeSurvey http://www.limesurvey.org" />
<title>{esc(page.title)} - {esc(site.title)}</title>
<link rel="stylesheet" type="text/css" href="/tmp/assets/2e3b7a1f/survey.css" />
<link rel="stylesheet" type="text/css" href="/themes/survey/fruity/css/theme.css" />
<script type="text/javascript" src="/tmp/assets/8c41d0a2/jquery-3.5.1.min.js"></script>
<script type="text/javascript" src="/assets/scripts/survey_runtime.js"></script>
</head>
<body class="fruity font-noto lang-fr brand-palette" id="survey-page">
<div id="beginScripts"></div>
<nav class="navbar navbar-default"><div class="container-fluid"><a class="navbar-brand" href="/">{esc(site.title)}</a></div></nav>
<article><div id="outerframeContainer" class="outerframe container"><div id="main-col" class="col-centered">
<div class="survey-name"><h1 class="survey-name text-center">{esc(page.title)}</h1></div>{page.body}</div></div></article>
<div id="bottomScripts"></div>
<footer class="ls-footer"><p>Questionnaire propulsé par <a href="https://www.limesurvey.org" target="_blank">LimeSurvey</a> — <a href="/">Liste des questionnaires</a></p></footer>
</body></html>"""


def _sitebuilder(site, page):
    return f"""<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(page.title)} - {esc(site.title)}</title>
<meta name="generator" content="Comm'une Site v3 - créateur de sites pour les mairies">
<link rel="stylesheet" href="https://cdn.commune-site.example/themes/bocage/theme.min.css?v=3.8">
<link rel="stylesheet" href="/medias/custom.css">
<script src="https://cdn.commune-site.example/js/sb-runtime.min.js?v=3.8" defer></script>
</head>
<body class="sb-page sb-theme-bocage {"sb-home" if page.path == "/" else "sb-inner"}">
<div class="sb-topbar"><span>Mairie ouverte lundi, mardi, jeudi 9 h – 12 h</span></div>
<header class="sb-header"><a class="sb-logo" href="/">{esc(site.title)}</a>
<nav class="sb-nav" aria-label="Menu"><ul class="sb-nav__list">{_menu(site)}</ul></nav></header>
<main class="sb-main"><div class="sb-section"><h1 class="sb-h1">{esc(page.title)}</h1>{page.body}</div></main>
<footer class="sb-footer"><div class="sb-footer__col"><strong>{esc(site.title)}</strong><br>{esc(site.address)}</div>
<div class="sb-footer__col">{_accounts(site)}</div>
<div class="sb-footer__col"><a href="/mentions-legales">Mentions légales</a> · <a href="/plan-du-site">Plan du site</a> · Site créé avec Comm'une Site</div></footer>
</body></html>"""


_LEGAL = ("<h2>Éditeur du site</h2><p>Commune, représentée par son maire, directeur de la publication.</p>"
          "<h2>Hébergement</h2><p>Le site est hébergé en France par le prestataire de la collectivité.</p>"
          "<h2>Vos données</h2><p>Vous disposez d'un droit d'accès, de rectification et d'effacement de vos données (RGPD).</p>")

_themes.THEMES.update({"estuaires_jenparle": _jenparle, "estuaires_limesurvey": _limesurvey,
                       "estuaires_sitebuilder": _sitebuilder})
_themes.CHROME.update({
    "estuaires_jenparle": [("/mentions-legales", "Mentions légales", _LEGAL, frozenset()),
                           ("/connexion", "Se connecter", login_form("/connexion", "_username", "_password"), frozenset({"contact_form"}))],
    "estuaires_limesurvey": [],
    "estuaires_sitebuilder": [("/mentions-legales", "Mentions légales", _LEGAL, frozenset())],
})
