"""Markup helpers of the dunes part: the blocks that municipal CMSs, their plugins and participation
platforms put inside a page's main content (forms, widgets, lists, teasers), written for this part."""
import zlib
from html import escape


def _n(text, mod=900, base=100):
    """A stable number drawn from a text (form ids, node ids)."""
    return zlib.crc32(text.encode()) % mod + base


def prose(*paragraphs):
    return "".join(f"<p>{p}</p>" for p in paragraphs)


def h2(text):
    return f"<h2>{text}</h2>"


def bullets(*items, cls=""):
    return f'<ul class="{cls}">' + "".join(f"<li>{i}</li>" for i in items) + "</ul>"


def links(items, cls="liste-liens"):
    return f'<ul class="{cls}">' + "".join(f'<li><a href="{escape(h)}">{escape(t)}</a></li>' for h, t in items) + "</ul>"


def cookie_banner():
    return ('<div id="tarteaucitronRoot" class="tarteaucitronBeforeVisible"><div id="tarteaucitronAlertBig" role="dialog" '
            'aria-labelledby="tac-title"><span id="tarteaucitronDisclaimerAlert">Ce site utilise des cookies de mesure '
            "d'audience et de lecture vidéo. Vous pouvez les accepter ou personnaliser vos choix.</span>"
            '<button type="button" class="tarteaucitronCTAButton tarteaucitronAllow" id="tarteaucitronPersonalize2">Tout accepter</button>'
            '<button type="button" class="tarteaucitronDeny" id="tarteaucitronAllDenied2">Tout refuser</button></div></div>')


def teasers(items, title="Actualités"):
    """News teasers: (href, title, date, chapo)."""
    cards = "".join(
        f'<article class="news-card"><p class="news-card__date"><time>{escape(d)}</time></p>'
        f'<h3 class="news-card__title"><a href="{escape(h)}">{escape(t)}</a></h3><p class="news-card__teaser">{c}</p></article>'
        for h, t, d, c in items)
    return f'<section class="home-news"><h2>{title}</h2><div class="news-list">{cards}</div></section>'


def agenda(items):
    """Agenda teasers: (href, title, date, place)."""
    rows = "".join(f'<li class="agenda-item"><span class="agenda-item__date">{escape(d)}</span> '
                   f'<a href="{escape(h)}">{escape(t)}</a> <span class="agenda-item__place">{escape(p)}</span></li>'
                   for h, t, d, p in items)
    return f'<section class="home-agenda"><h2>Agenda</h2><ul class="agenda-list">{rows}</ul></section>'


def quick_links(items, title="Accès rapides"):
    tiles = "".join(f'<li class="quick-access__item"><a class="quick-access__link" href="{escape(h)}">'
                    f'<span class="quick-access__icon" aria-hidden="true"></span>{escape(t)}</a></li>' for h, t in items)
    return f'<nav class="quick-access" aria-label="{title}"><h2>{title}</h2><ul class="quick-access__list">{tiles}</ul></nav>'


def home(intro, quick, news, events=()):
    return (cookie_banner() + f'<section class="home-hero"><p class="home-hero__text">{intro}</p></section>'
            + quick_links(quick) + teasers(news) + (agenda(events) if events else ""))


def with_sidebar(main, aside):
    return f'<div class="layout-2cols"><div class="layout-2cols__main">{main}</div><aside class="sidebar" role="complementary">{aside}</aside></div>'


def share(url, title=""):
    """Share buttons (intents, not accounts)."""
    u = escape(url, quote=True)
    return ('<div class="share-buttons"><p class="share-buttons__title">Partager cette page</p><ul>'
            f'<li><a class="share--facebook" href="https://www.facebook.com/sharer/sharer.php?u={u}" target="_blank" rel="noopener">Facebook</a></li>'
            f'<li><a class="share--x" href="https://twitter.com/intent/tweet?url={u}&amp;text={escape(title, quote=True)}" target="_blank" rel="noopener">X</a></li>'
            f'<li><a class="share--linkedin" href="https://www.linkedin.com/shareArticle?mini=true&amp;url={u}" target="_blank" rel="noopener">LinkedIn</a></li>'
            '<li><button type="button" class="share--print" onclick="window.print()">Imprimer</button></li></ul></div>')


def steps(*items):
    """A process timeline: (label, dates, text, state) with state in done/current/next."""
    rows = "".join(f'<li class="timeline__step timeline__step--{s}"><p class="timeline__label">{escape(l)}</p>'
                   f'<p class="timeline__dates">{escape(d)}</p><p>{t}</p></li>' for l, d, t, s in items)
    return f'<ol class="timeline">{rows}</ol>'


# ---- forms: contact and its lookalikes ----------------------------------------------------------

def cf7_contact(action, extra_select=()):
    fid = _n(action)
    options = "".join(f'<option value="{escape(o)}">{escape(o)}</option>' for o in extra_select)
    select = (f'<p><label>Service concerné<br><span class="wpcf7-form-control-wrap" data-name="service">'
              f'<select name="service" class="wpcf7-form-control wpcf7-select">{options}</select></span></label></p>') if extra_select else ""
    return (f'<div class="wpcf7 no-js" id="wpcf7-f{fid}-p{fid + 7}-o1" lang="fr-FR" dir="ltr">'
            f'<form action="{action}#wpcf7-f{fid}-p{fid + 7}-o1" method="post" class="wpcf7-form init" aria-label="Formulaire de contact" novalidate="novalidate" data-status="init">'
            f'<div style="display: none;"><input type="hidden" name="_wpcf7" value="{fid}"><input type="hidden" name="_wpcf7_version" value="5.9.3">'
            f'<input type="hidden" name="_wpcf7_locale" value="fr_FR"><input type="hidden" name="_wpcf7_unit_tag" value="wpcf7-f{fid}-p{fid + 7}-o1"></div>'
            '<p><label>Votre nom (obligatoire)<br><span class="wpcf7-form-control-wrap" data-name="your-name"><input size="40" class="wpcf7-form-control wpcf7-text wpcf7-validates-as-required" aria-required="true" value="" type="text" name="your-name"></span></label></p>'
            '<p><label>Votre e-mail (obligatoire)<br><span class="wpcf7-form-control-wrap" data-name="your-email"><input size="40" class="wpcf7-form-control wpcf7-email wpcf7-validates-as-required wpcf7-text" value="" type="email" name="your-email"></span></label></p>'
            '<p><label>Objet<br><span class="wpcf7-form-control-wrap" data-name="your-subject"><input size="40" class="wpcf7-form-control wpcf7-text" value="" type="text" name="your-subject"></span></label></p>'
            + select +
            '<p><label>Votre message<br><span class="wpcf7-form-control-wrap" data-name="your-message"><textarea cols="40" rows="10" class="wpcf7-form-control wpcf7-textarea" name="your-message"></textarea></span></label></p>'
            '<p><span class="wpcf7-form-control-wrap" data-name="rgpd"><span class="wpcf7-form-control wpcf7-acceptance"><span class="wpcf7-list-item"><label><input type="checkbox" name="rgpd" value="1" aria-invalid="false"><span class="wpcf7-list-item-label">J\'accepte que mes données soient utilisées pour traiter ma demande.</span></label></span></span></span></p>'
            '<p><input class="wpcf7-form-control wpcf7-submit has-spinner" type="submit" value="Envoyer"></p>'
            '<div class="wpcf7-response-output" aria-hidden="true"></div></form></div>')


def gravity_form(form_id, title, fields, button="Envoyer"):
    """Gravity Forms: fields are (label, kind) with kind text/email/textarea/select:a|b|c/radio:a|b|c."""
    rows = []
    for i, (label, kind) in enumerate(fields, 1):
        fid = f"input_{form_id}_{i}"
        if kind == "textarea":
            control = f'<textarea name="input_{i}" id="{fid}" class="textarea large" rows="10" cols="50"></textarea>'
        elif kind.startswith("select:"):
            control = f'<select name="input_{i}" id="{fid}" class="large gfield_select">' + "".join(
                f'<option value="{escape(o)}">{escape(o)}</option>' for o in kind[7:].split("|")) + "</select>"
        elif kind.startswith("radio:"):
            control = f'<div class="ginput_container ginput_container_radio"><div class="gfield_radio" id="{fid}">' + "".join(
                f'<div class="gchoice gchoice_{form_id}_{i}_{j}"><input class="gfield-choice-input" name="input_{i}" type="radio" value="{escape(o)}" id="choice_{form_id}_{i}_{j}">'
                f'<label for="choice_{form_id}_{i}_{j}">{escape(o)}</label></div>' for j, o in enumerate(kind[6:].split("|"))) + "</div></div>"
        else:
            control = f'<input name="input_{i}" id="{fid}" type="{kind}" value="" class="large">'
        rows.append(f'<div id="field_{form_id}_{i}" class="gfield gfield--type-{kind.split(":")[0]} field_sublabel_below">'
                    f'<label class="gfield_label gform-field-label" for="{fid}">{escape(label)}</label>'
                    f'<div class="ginput_container">{control}</div></div>')
    return (f'<div class="gf_browser_gecko gform_wrapper gravity-theme gform-theme--no-framework" id="gform_wrapper_{form_id}">'
            f'<div class="gform_heading"><h2 class="gform_title">{escape(title)}</h2></div>'
            f'<form method="post" enctype="multipart/form-data" id="gform_{form_id}" action="/?gf_page=submit&amp;form={form_id}">'
            f'<div class="gform-body gform_body"><div id="gform_fields_{form_id}" class="gform_fields top_label form_sublabel_below">{"".join(rows)}</div></div>'
            f'<div class="gform_footer top_label"><input type="submit" id="gform_submit_button_{form_id}" class="gform_button button" value="{escape(button)}">'
            f'<input type="hidden" class="gform_hidden" name="is_submit_{form_id}" value="1"><input type="hidden" name="gform_submit" value="{form_id}"></div>'
            '</form></div>')


def drupal_webform(webform_id, action, fields, button="Envoyer"):
    """Drupal Webform: fields are (key, label, kind)."""
    rows = []
    for key, label, kind in fields:
        css = key.replace("_", "-")
        if kind == "textarea":
            control = f'<div class="form-textarea-wrapper"><textarea data-drupal-selector="edit-{css}" id="edit-{css}" name="{key}" rows="5" cols="60" class="form-textarea resize-vertical"></textarea></div>'
        elif kind.startswith("select:"):
            control = f'<select data-drupal-selector="edit-{css}" id="edit-{css}" name="{key}" class="form-select">' + "".join(
                f'<option value="{escape(o)}">{escape(o)}</option>' for o in kind[7:].split("|")) + "</select>"
        elif kind.startswith("radios:"):
            control = f'<div id="edit-{css}" class="js-webform-radios webform-options-display-one-column form-radios">' + "".join(
                f'<div class="js-form-item form-item js-form-type-radio form-type-radio"><input data-drupal-selector="edit-{css}-{j}" type="radio" id="edit-{css}-{j}" name="{key}" value="{escape(o)}" class="form-radio">'
                f'<label for="edit-{css}-{j}" class="option">{escape(o)}</label></div>' for j, o in enumerate(kind[7:].split("|"))) + "</div>"
        else:
            control = f'<input data-drupal-selector="edit-{css}" type="{kind}" id="edit-{css}" name="{key}" value="" size="60" class="form-{kind}">'
        rows.append(f'<div class="js-form-item form-item js-form-type-{kind.split(":")[0]} form-item-{css} js-form-item-{css}">'
                    f'<label for="edit-{css}">{escape(label)}</label>{control}</div>')
    wid = webform_id.replace("_", "-")
    return (f'<form class="webform-submission-form webform-submission-add-form webform-submission-{wid}-form js-webform-details-toggle webform-details-toggle" '
            f'data-drupal-selector="webform-submission-{wid}-add-form" action="{action}" method="post" id="webform-submission-{wid}-add-form" accept-charset="UTF-8">'
            + "".join(rows) +
            f'<div data-drupal-selector="edit-actions" class="form-actions webform-actions js-form-wrapper form-wrapper" id="edit-actions">'
            f'<input class="webform-button--submit button button--primary js-form-submit form-submit" data-drupal-selector="edit-actions-submit" type="submit" id="edit-actions-submit" name="op" value="{escape(button)}"></div>'
            f'<input autocomplete="off" data-drupal-selector="form-{_n(action)}" type="hidden" name="form_build_id" value="form-{_n(action, 10**8, 10**8)}">'
            f'<input data-drupal-selector="edit-webform-submission-{wid}-add-form" type="hidden" name="form_id" value="webform_submission_{webform_id}_add_form"></form>')


def powermail(uid, action, fields, button="Envoyer"):
    """TYPO3 powermail: fields are (marker, label, kind)."""
    rows = []
    for marker, label, kind in fields:
        if kind == "textarea":
            control = f'<textarea rows="5" cols="20" class="powermail_textarea form-control" id="powermail_field_{marker}" name="tx_powermail_pi1[field][{marker}]"></textarea>'
        elif kind.startswith("select:"):
            control = f'<select class="powermail_select form-control" id="powermail_field_{marker}" name="tx_powermail_pi1[field][{marker}]">' + "".join(
                f'<option value="{escape(o)}">{escape(o)}</option>' for o in kind[7:].split("|")) + "</select>"
        else:
            control = f'<input class="powermail_input form-control" id="powermail_field_{marker}" type="{kind}" name="tx_powermail_pi1[field][{marker}]" value="">'
        rows.append(f'<div class="powermail_fieldwrap powermail_fieldwrap_type_{kind.split(":")[0]} powermail_fieldwrap_{marker} form-group">'
                    f'<label for="powermail_field_{marker}" class="control-label col-sm-2">{escape(label)}</label><div class="col-sm-10">{control}</div></div>')
    return (f'<div class="tx-powermail"><div class="container-fluid"><form data-powermail-validate="data-powermail-validate" data-validate="html5" '
            f'enctype="multipart/form-data" name="field" class="powermail_form powermail_form_{uid} nolabel form-horizontal" '
            f'action="{action}?tx_powermail_pi1%5Baction%5D=create&amp;tx_powermail_pi1%5Bcontroller%5D=Form" method="post">'
            f'<input type="hidden" name="tx_powermail_pi1[__referrer][@extension]" value="Powermail"><input type="hidden" name="tx_powermail_pi1[mail][form]" value="{uid}">'
            f'<fieldset class="powermail_fieldset powermail_fieldset_{uid}">' + "".join(rows) +
            f'<div class="powermail_fieldwrap powermail_fieldwrap_type_submit form-group"><div class="col-sm-10 col-sm-offset-2">'
            f'<input class="btn btn-primary" type="submit" value="{escape(button)}"></div></div></fieldset></form></div></div>')


def joomla_contact(action, contact_id):
    return (f'<div class="com-contact__form contact-form"><form id="contact-form" action="{action}" method="post" class="form-validate form-horizontal well">'
            '<fieldset><legend>Envoyer un e-mail</legend>'
            '<div class="control-group field-spacer"><div class="control-label"><span class="spacer"><span class="before"></span><span class="text"><label id="jform_spacer-lbl"><strong class="red">*</strong> Champ requis</label></span><span class="after"></span></span></div></div>'
            '<div class="control-group"><div class="control-label"><label id="jform_contact_name-lbl" for="jform_contact_name" class="required">Nom<span class="star" aria-hidden="true">&#160;*</span></label></div>'
            '<div class="controls"><input type="text" name="jform[contact_name]" id="jform_contact_name" value="" class="form-control required" size="30" required></div></div>'
            '<div class="control-group"><div class="control-label"><label id="jform_contact_email-lbl" for="jform_contact_email" class="required">E-mail<span class="star" aria-hidden="true">&#160;*</span></label></div>'
            '<div class="controls"><input type="email" inputmode="email" name="jform[contact_email]" class="form-control validate-email required" id="jform_contact_email" value="" size="30" required></div></div>'
            '<div class="control-group"><div class="control-label"><label id="jform_contact_emailmsg-lbl" for="jform_contact_emailmsg" class="required">Sujet</label></div>'
            '<div class="controls"><input type="text" name="jform[contact_subject]" id="jform_contact_emailmsg" value="" class="form-control required" size="60" required></div></div>'
            '<div class="control-group"><div class="control-label"><label id="jform_contact_message-lbl" for="jform_contact_message" class="required">Message</label></div>'
            '<div class="controls"><textarea name="jform[contact_message]" id="jform_contact_message" cols="50" rows="10" class="form-control required" required></textarea></div></div>'
            '</fieldset><div class="control-group"><div class="controls"><button class="btn btn-primary validate" type="submit">Envoyer un e-mail</button>'
            f'<input type="hidden" name="option" value="com_contact"><input type="hidden" name="task" value="contact.submit"><input type="hidden" name="id" value="{contact_id}:mairie"></div></div></form></div>')


def spip_contact(action, auteur):
    return (f'<div class="formulaire_spip formulaire_ecrire_auteur ajax" id="formulaire_ecrire_auteur{auteur}"><form method="post" action="{action}"><div>'
            f'<input name="formulaire_action" type="hidden" value="ecrire_auteur"><input name="formulaire_action_args" type="hidden" value="{auteur}">'
            '<fieldset><legend>Envoyer un message</legend><div class="editer-groupe">'
            f'<div class="editer saisie_email_message_auteur obligatoire"><label for="email_message_auteur{auteur}">Votre adresse e-mail</label>'
            f'<input required="required" type="email" class="text email" name="email_message_auteur" id="email_message_auteur{auteur}" value="" size="30"></div>'
            f'<div class="editer saisie_sujet_message_auteur obligatoire"><label for="sujet_message_auteur{auteur}">Sujet</label>'
            f'<input type="text" class="text" name="sujet_message_auteur" id="sujet_message_auteur{auteur}" value="" size="30"></div>'
            f'<div class="editer saisie_texte_message_auteur obligatoire"><label for="texte_message_auteur{auteur}">Texte de votre message</label>'
            f'<textarea name="texte_message_auteur" id="texte_message_auteur{auteur}" rows="8" cols="60"></textarea></div></div></fieldset>'
            '<p style="display:none;"><label for="nobot_forum">Laissez ce champ vide</label><input type="text" class="text" name="nobot" id="nobot_forum" value="" size="10"></p>'
            '<p class="boutons"><input type="submit" class="submit" name="valide" value="Envoyer"></p></div></form></div>')


def wcs_form(action, slug, fields, button="Valider"):
    """Publik w.c.s.: fields are (varname, label, kind)."""
    rows = []
    for i, (var, label, kind) in enumerate(fields, 1):
        if kind == "textarea":
            widget, control = "TextWidget", f'<textarea name="f{i}" id="form_f{i}" rows="8" cols="60" data-varname="{var}"></textarea>'
        elif kind.startswith("radio:"):
            widget = "RadiobuttonsWidget"
            control = "".join(f'<label><input type="radio" name="f{i}" value="{j}"><span>{escape(o)}</span></label>'
                              for j, o in enumerate(kind[6:].split("|")))
        else:
            widget, control = ("EmailWidget" if kind == "email" else "StringWidget"), \
                f'<input type="{kind}" name="f{i}" id="form_f{i}" value="" data-varname="{var}">'
        rows.append(f'<div class="widget {widget} template-form" data-field-id="{i}"><div class="title"><label for="form_f{i}">{escape(label)}</label></div>'
                    f'<div class="content">{control}</div></div>')
    return (f'<div id="form-{slug}" class="wcs-form"><form action="{action}" method="post" enctype="multipart/form-data" class="quixote" novalidate="novalidate">'
            '<input type="hidden" name="_form_id" value="form_' + slug.replace("-", "_") + '"><input type="hidden" name="page_no" value="0">'
            '<div class="form-pages"><h4>Étape 1 sur 2 : Saisie</h4></div>' + "".join(rows) +
            f'<div class="buttons submit"><button class="submit-button" name="submit" value="{escape(button)}">{escape(button)}</button></div></form></div>')


def vendor_contact(action, subjects):
    options = "".join(f'<option>{escape(s)}</option>' for s in subjects)
    return (f'<form class="form form--contact" action="{action}" method="post" novalidate>'
            '<p class="form__mandatory">Les champs marqués d\'un astérisque (*) sont obligatoires.</p>'
            '<fieldset class="form__group"><legend class="form__legend">Vos coordonnées</legend>'
            '<div class="form__field"><label for="f-civ">Civilité</label><select id="f-civ" name="civilite"><option>Madame</option><option>Monsieur</option><option>Ne pas préciser</option></select></div>'
            '<div class="form__field"><label for="f-nom">Nom *</label><input type="text" id="f-nom" name="nom" autocomplete="family-name" required></div>'
            '<div class="form__field"><label for="f-prenom">Prénom *</label><input type="text" id="f-prenom" name="prenom" autocomplete="given-name" required></div>'
            '<div class="form__field"><label for="f-mail">Courriel *</label><input type="email" id="f-mail" name="courriel" autocomplete="email" required></div></fieldset>'
            '<fieldset class="form__group"><legend class="form__legend">Votre demande</legend>'
            f'<div class="form__field"><label for="f-objet">Objet *</label><select id="f-objet" name="objet">{options}</select></div>'
            '<div class="form__field"><label for="f-msg">Message *</label><textarea id="f-msg" name="message" rows="8" required></textarea></div></fieldset>'
            '<div class="form__field form__field--rgpd"><input type="checkbox" id="f-rgpd" name="rgpd" required><label for="f-rgpd">J\'accepte le traitement de mes données personnelles.</label></div>'
            '<div class="form__captcha"><label for="f-cap">Combien font trois plus quatre ?</label><input type="text" id="f-cap" name="captcha"></div>'
            '<button type="submit" class="btn btn--primary">Envoyer</button></form>')


def newsletter(action, list_name="La lettre d'information"):
    return (f'<div class="newsletter-block"><h2>{escape(list_name)}</h2><p>Recevez chaque mois l\'essentiel de l\'actualité municipale.</p>'
            f'<form class="newsletter-form" action="{action}" method="post"><label for="nl-email">Votre adresse e-mail</label>'
            '<input type="email" id="nl-email" name="EMAIL" placeholder="prenom.nom@exemple.fr" required>'
            '<input type="checkbox" id="nl-ok" name="consent" value="1" required><label for="nl-ok">J\'accepte de recevoir la lettre.</label>'
            '<button type="submit" class="btn">Je m\'abonne</button></form></div>')


def booking_form(action, rooms):
    options = "".join(f"<option>{escape(r)}</option>" for r in rooms)
    return (f'<form class="form form--booking" action="{action}" method="post"><fieldset><legend>Réserver un créneau</legend>'
            f'<label for="b-salle">Équipement</label><select id="b-salle" name="equipement">{options}</select>'
            '<label for="b-date">Date souhaitée</label><input type="date" id="b-date" name="date">'
            '<label for="b-heure">Créneau</label><select id="b-heure" name="creneau"><option>9 h - 12 h</option><option>14 h - 18 h</option><option>18 h - 23 h</option></select>'
            '<label for="b-nb">Nombre de personnes</label><input type="number" id="b-nb" name="participants" min="1" max="300">'
            '<label for="b-mail">Courriel</label><input type="email" id="b-mail" name="courriel">'
            '</fieldset><button type="submit">Vérifier la disponibilité</button></form>')


def payment_form(action):
    return (f'<form class="form form--payment" action="{action}" method="post"><fieldset><legend>Payer ma facture en ligne</legend>'
            '<label for="p-ref">Référence de la facture</label><input type="text" id="p-ref" name="reference" pattern="[0-9A-Z]{12}">'
            '<label for="p-montant">Montant (€)</label><input type="text" id="p-montant" name="montant" inputmode="decimal">'
            '<label for="p-mail">Courriel pour le justificatif</label><input type="email" id="p-mail" name="courriel"></fieldset>'
            '<input type="hidden" name="type_paiement" value="PAYFIP"><button type="submit">Payer par carte bancaire</button></form>')


def registration_form(action, activity):
    return (f'<form class="form form--inscription" action="{action}" method="post"><fieldset><legend>Inscription : {escape(activity)}</legend>'
            '<label for="r-nom">Nom de l\'enfant</label><input type="text" id="r-nom" name="nom_enfant">'
            '<label for="r-ne">Date de naissance</label><input type="date" id="r-ne" name="naissance">'
            '<label for="r-ecole">École</label><select id="r-ecole" name="ecole"><option>Jules-Ferry</option><option>Les Tilleuls</option><option>Jean-Moulin</option></select>'
            '<label for="r-sem">Semaines</label><input type="checkbox" id="r-sem" name="semaines[]" value="1"> Semaine 1 <input type="checkbox" name="semaines[]" value="2"> Semaine 2'
            '<label for="r-tel">Téléphone du responsable légal</label><input type="tel" id="r-tel" name="telephone"></fieldset>'
            '<button type="submit">Valider l\'inscription</button></form>')


# ---- polls and questionnaires ---------------------------------------------------------------------

def wp_polls(poll_id, question, answers):
    base = poll_id * 10
    items = "".join(f'<li><input type="radio" id="poll-answer-{base + i}" name="poll_{poll_id}" value="{base + i}" />'
                    f'<label for="poll-answer-{base + i}">{escape(a)}</label></li>' for i, a in enumerate(answers))
    return (f'<section id="polls-widget-2" class="widget widget_polls-widget"><h2 class="widget-title">Sondage</h2>'
            f'<div id="polls-{poll_id}" class="wp-polls"><form id="polls_form_{poll_id}" class="wp-polls-form" action="/index.php" method="post">'
            f'<p style="display: none;"><input type="hidden" id="poll_{poll_id}_nonce" name="wp-polls-nonce" value="3a9c1e7b2d" /></p>'
            f'<p style="display: none;"><input type="hidden" name="poll_id" value="{poll_id}" /></p>'
            f'<p style="text-align: center;"><strong>{escape(question)}</strong></p><div id="polls-{poll_id}-ans" class="wp-polls-ans">'
            f'<ul class="wp-polls-ul">{items}</ul>'
            f'<p style="text-align: center;"><input type="button" name="vote" value="   Voter   " class="Buttons" onclick="poll_vote({poll_id});" /></p>'
            f'<p style="text-align: center;"><a href="#ViewPollResults" onclick="poll_result({poll_id}); return false;" title="Voir les résultats de ce sondage">Voir les résultats</a></p>'
            f'</div></form></div><div id="polls-{poll_id}-loading" class="wp-polls-loading"><img src="/wp-content/plugins/wp-polls/images/loading.gif" width="16" height="16" alt="Chargement..." class="wp-polls-image" />&nbsp;Chargement...</div></section>')


def wp_polls_results(poll_id, question, results, voters):
    rows = "".join(f'<li>{escape(a)} <small>({pct}%, {n} votes)</small><div class="pollbar" style="width: {pct}%;" title="{escape(a)} ({pct}% | {n} votes)"></div></li>'
                   for a, pct, n in results)
    return (f'<div id="polls-{poll_id}" class="wp-polls"><p style="text-align: center;"><strong>{escape(question)}</strong></p>'
            f'<div id="polls-{poll_id}-ans" class="wp-polls-ans"><ul class="wp-polls-ul">{rows}</ul>'
            f'<p style="text-align: center;">Nombre total de votants : <strong>{voters}</strong></p>'
            '<p style="text-align: center;">Ce sondage est clôturé.</p></div></div>')


def limesurvey_embed(src, title):
    """An iframe of a LimeSurvey questionnaire hosted by the city."""
    return (f'<div class="embed embed--questionnaire"><iframe src="{escape(src)}" title="{escape(title)}" width="100%" height="900" '
            'style="border:0" loading="lazy"></iframe><p class="embed__fallback">Le questionnaire ne s\'affiche pas ? '
            f'<a href="{escape(src)}">Ouvrez-le dans une nouvelle page</a>.</p></div>')


def limesurvey_page(site_title, sid, title, intro, questions):
    """A whole LimeSurvey page (fruity theme), questions are (code, text, answers)."""
    blocks = []
    for q, (code, text, answers) in enumerate(questions, 1):
        qid = sid * 10 + q
        if answers:
            items = "".join(f'<li id="javatbd{sid}X1X{qid}A{j}" class="answer-item radio-item"><input class="radio" type="radio" value="A{j}" name="{sid}X1X{qid}" id="answer{sid}X1X{qid}A{j}">'
                            f'<label for="answer{sid}X1X{qid}A{j}" class="control-label radio-label">{escape(a)}</label></li>' for j, a in enumerate(answers, 1))
            control = f'<ul class="answers-list radio-list list-unstyled" role="radiogroup">{items}</ul>'
            kind = "list-radio"
        else:
            control = f'<textarea class="form-control textarea" name="{sid}X1X{qid}" id="answer{sid}X1X{qid}" rows="5" cols="40"></textarea>'
            kind = "text-long"
        blocks.append(f'<div id="question{qid}" class="question-container row {kind} mandatory"><div class="question-title-container col-xs-12">'
                      f'<div class="question-code text-muted">{code}</div><div class="ls-label-question">{escape(text)}</div></div>'
                      f'<div class="answer-container col-xs-12">{control}</div></div>')
    return f"""<!DOCTYPE html>
<html lang="fr" class="no-js">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{escape(site_title)} - {escape(title)}</title>
<meta name="generator" content="LimeSurvey http://www.limesurvey.org" />
<link rel="stylesheet" href="/tmp/assets/9f3c2a1b/bootstrap.css" />
<link rel="stylesheet" href="/themes/survey/fruity/css/theme.css" />
<script src="/tmp/assets/2b4d6f8a/jquery-3.5.1.min.js"></script>
</head>
<body class="fruity lang-fr group-by-group" id="survey-{sid}">
<div id="beginScripts"></div>
<article><div id="dynamicReloadContainer"><div class="container">
<div class="survey-name"><h1 class="text-center">{escape(title)}</h1></div>
<div class="survey-description text-info text-center"><p>{intro}</p></div>
<form id="limesurvey" name="limesurvey" action="/index.php/{sid}?lang=fr" method="post" class="survey-form-container form">
<div class="group-outer-container"><div id="group-0" class="group-container space-col">{"".join(blocks)}</div></div>
<input type="hidden" name="sid" value="{sid}" id="sid"><input type="hidden" name="thisstep" value="1" id="thisstep">
<div class="row navigator space-col" id="navigator-container"><div class="col-xs-6 text-right">
<button id="ls-button-submit" type="submit" value="movesubmit" name="move" class="ls-move-btn ls-move-submit-btn btn btn-lg btn-primary">Envoyer</button></div></div>
</form>
<div class="text-center small"><a href="/">Tous les questionnaires de la ville</a> · Propulsé par <a href="https://www.limesurvey.org">LimeSurvey</a></div>
</div></div></article>
</body></html>"""


def questionnaire_form(action, intro, questions, button="Envoyer mes réponses"):
    """A home-made questionnaire on a city page: questions are (text, answers or None for free text)."""
    blocks = []
    for i, (text, answers) in enumerate(questions, 1):
        if answers:
            opts = "".join(f'<label class="choice"><input type="radio" name="q{i}" value="{j}"> {escape(a)}</label>' for j, a in enumerate(answers, 1))
            blocks.append(f'<fieldset class="question"><legend>{i}. {escape(text)}</legend>{opts}</fieldset>')
        else:
            blocks.append(f'<div class="question"><label for="q{i}">{i}. {escape(text)}</label><textarea id="q{i}" name="q{i}" rows="4"></textarea></div>')
    return (f'<form class="form form--questionnaire" action="{action}" method="post"><p class="form__intro">{intro}</p>{"".join(blocks)}'
            f'<button type="submit" class="btn btn--primary">{escape(button)}</button></form>')


def poll_results(question, results, note="Consultation close."):
    rows = "".join(f'<tr><th scope="row">{escape(a)}</th><td>{pct} %</td><td><span class="bar" style="width:{pct}%"></span></td></tr>'
                   for a, pct in results)
    return (f'<figure class="poll-results"><figcaption>{escape(question)}</figcaption><table class="table table--results">'
            f'<thead><tr><th>Réponse</th><th>Part</th><th></th></tr></thead><tbody>{rows}</tbody></table><p class="poll-results__note">{note}</p></figure>')


# ---- ideas, petitions ---------------------------------------------------------------------------

def idea_form(action, intro, themes, button="Envoyer mon idée"):
    opts = "".join(f"<option>{escape(t)}</option>" for t in themes)
    return (f'<form class="form form--idees" action="{action}" method="post"><p>{intro}</p>'
            '<div class="form__field"><label for="i-titre">Titre de votre idée *</label><input type="text" id="i-titre" name="titre" maxlength="120" required></div>'
            f'<div class="form__field"><label for="i-theme">Thème</label><select id="i-theme" name="theme">{opts}</select></div>'
            '<div class="form__field"><label for="i-desc">Décrivez votre idée *</label><textarea id="i-desc" name="description" rows="8" required></textarea></div>'
            '<div class="form__field"><label for="i-nom">Nom et prénom</label><input type="text" id="i-nom" name="nom"></div>'
            '<div class="form__field"><label for="i-mail">Courriel *</label><input type="email" id="i-mail" name="courriel" required></div>'
            f'<button type="submit" class="btn btn--primary">{escape(button)}</button></form>')


def petition_sign(action, title, count, goal):
    pct = min(100, count * 100 // goal)
    return (f'<div class="petition"><h3 class="petition__title">{escape(title)}</h3>'
            f'<div class="petition__progress" role="progressbar" aria-valuenow="{count}" aria-valuemax="{goal}"><span style="width:{pct}%"></span></div>'
            f'<p class="petition__count"><strong>{count}</strong> signatures sur {goal} nécessaires</p>'
            f'<form class="form form--petition" action="{action}" method="post">'
            '<label for="s-nom">Nom</label><input type="text" id="s-nom" name="nom" required>'
            '<label for="s-prenom">Prénom</label><input type="text" id="s-prenom" name="prenom" required>'
            '<label for="s-mail">Courriel</label><input type="email" id="s-mail" name="courriel" required>'
            '<label for="s-cp">Code postal</label><input type="text" id="s-cp" name="code_postal" maxlength="5" required>'
            '<input type="checkbox" id="s-hab" name="habitant" required><label for="s-hab">Je certifie habiter la commune ou y être inscrit sur les listes électorales.</label>'
            '<button type="submit" class="btn btn--primary">Je signe la pétition</button></form></div>')


# ---- comments ---------------------------------------------------------------------------------------

def wp_comments(post_id, comments, open_form=True):
    items = "".join(
        f'<li id="comment-{post_id * 10 + i}" class="comment even thread-even depth-1"><article id="div-comment-{post_id * 10 + i}" class="comment-body">'
        f'<footer class="comment-meta"><div class="comment-author vcard"><b class="fn">{escape(a)}</b> <span class="says">dit :</span></div>'
        f'<div class="comment-metadata"><time>{escape(d)}</time></div></footer><div class="comment-content"><p>{escape(t)}</p></div>'
        f'<div class="reply"><a rel="nofollow" class="comment-reply-link" href="#comment-{post_id * 10 + i}" data-commentid="{post_id * 10 + i}" data-postid="{post_id}">Répondre</a></div></article></li>'
        for i, (a, d, t) in enumerate(comments, 1))
    form = ('<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Laisser un commentaire</h3>'
            '<form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate>'
            '<p class="comment-notes">Votre adresse e-mail ne sera pas publiée. Les commentaires sont modérés.</p>'
            '<p class="comment-form-comment"><label for="comment">Commentaire</label><textarea id="comment" name="comment" cols="45" rows="8" maxlength="65525" required></textarea></p>'
            '<p class="comment-form-author"><label for="author">Nom</label><input id="author" name="author" type="text" value="" size="30" maxlength="245" autocomplete="name" required /></p>'
            '<p class="comment-form-email"><label for="email">E-mail</label><input id="email" name="email" type="email" value="" size="30" maxlength="100" autocomplete="email" required /></p>'
            f'<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Laisser un commentaire" /><input type="hidden" name="comment_post_ID" value="{post_id}" id="comment_post_ID" />'
            '<input type="hidden" name="comment_parent" id="comment_parent" value="0" /></p></form></div>') if open_form else \
        '<p class="no-comments">Les commentaires sont fermés.</p>'
    count = f'<h2 class="comments-title">{len(comments)} réponses</h2><ol class="comment-list">{items}</ol>' if comments else ""
    return f'<div id="comments" class="comments-area">{count}{form}</div>'


def drupal_comments(node_id, comments):
    items = "".join(
        f'<article data-comment-user-id="0" id="comment-{node_id * 10 + i}" class="comment js-comment by-anonymous">'
        f'<span class="hidden" data-comment-timestamp="17{node_id}{i}0000"></span><footer class="comment__meta"><p class="comment__author"><span>{escape(a)}</span></p>'
        f'<p class="comment__time">{escape(d)}</p></footer><div class="comment__content"><div class="field field--name-comment-body field--type-text-long">'
        f'<p>{escape(t)}</p></div></div></article>'
        for i, (a, d, t) in enumerate(comments, 1))
    return (f'<section class="field field--name-comment field--type-comment field--label-above comment-wrapper"><h2 class="title comment-section__title">Commentaires</h2>{items}'
            '<h2 class="title comment-form__title">Ajouter un commentaire</h2>'
            f'<form class="comment-comment-form comment-form" data-drupal-selector="comment-form" action="/comment/reply/node/{node_id}/comment" method="post" id="comment-form" accept-charset="UTF-8">'
            '<div class="js-form-item form-item js-form-type-textfield form-item-name"><label for="edit-name">Votre nom</label><input data-drupal-selector="edit-name" type="text" id="edit-name" name="name" value="" size="30" maxlength="60" class="form-text"></div>'
            '<div class="js-form-item form-item js-form-type-textarea form-item-comment-body-0-value"><label for="edit-comment-body-0-value" class="js-form-required form-required">Commentaire</label>'
            '<div class="form-textarea-wrapper"><textarea class="js-text-full text-full form-textarea required resize-vertical" data-drupal-selector="edit-comment-body-0-value" id="edit-comment-body-0-value" name="comment_body[0][value]" rows="5" cols="60" required="required"></textarea></div></div>'
            '<input data-drupal-selector="edit-comment-form" type="hidden" name="form_id" value="comment_comment_form">'
            '<div data-drupal-selector="edit-actions" class="form-actions js-form-wrapper form-wrapper" id="edit-actions--2"><input data-drupal-selector="edit-submit" type="submit" id="edit-submit--2" name="op" value="Enregistrer" class="button button--primary js-form-submit form-submit"></div>'
            '</form></section>')


def jcomments(object_id, comments):
    items = "".join(
        f'<div class="comment-box" id="comment-item-{object_id * 10 + i}"><span class="comment-author">{escape(a)}</span> '
        f'<span class="comment-date">{escape(d)}</span><div class="comment-body" id="comment-body-{object_id * 10 + i}">{escape(t)}</div></div>'
        for i, (a, d, t) in enumerate(comments, 1))
    return (f'<div id="jc"><div id="comments"><h4>Commentaires ({len(comments)})</h4><div id="comments-list" class="comments-list">{items}</div></div>'
            '<a id="addcomments" href="#addcomments"></a><form id="comments-form" name="comments-form" action="javascript:void(null);">'
            '<p><span><input id="comments-form-name" type="text" name="name" value="" maxlength="20" size="22" tabindex="1" /><label for="comments-form-name">Nom (requis)</label></span></p>'
            '<p><span><input id="comments-form-email" type="text" name="email" value="" size="22" tabindex="2" /><label for="comments-form-email">E-mail (requis, non publié)</label></span></p>'
            '<p><span><textarea id="comments-form-comment" name="comment" cols="65" rows="8" tabindex="5"></textarea></span></p>'
            f'<div id="comments-form-buttons"><div class="btn" id="comments-form-send"><div><a href="#" tabindex="7" onclick="jcomments.saveComment();return false;" title="Envoyer (Ctrl+Entrée)">Envoyer</a></div></div></div>'
            f'<div><input type="hidden" name="object_id" value="{object_id}" /><input type="hidden" name="object_group" value="com_content" /></div></form>'
            '<script type="text/javascript">jcomments.setForm(new JCommentsForm(\'comments-form\', jcomments));</script></div>')


def disqus(shortname, url, identifier):
    return ('<div id="disqus_thread"></div><script>var disqus_config = function () {'
            f'this.page.url = "{url}"; this.page.identifier = "{identifier}"; }};'
            f'(function() {{ var d = document, s = d.createElement("script"); s.src = "https://{shortname}.disqus.com/embed.js";'
            ' s.setAttribute("data-timestamp", +new Date()); (d.head || d.body).appendChild(s); })();</script>'
            '<noscript>Activez JavaScript pour afficher les <a href="https://disqus.com/?ref_noscript" rel="nofollow">commentaires propulsés par Disqus.</a></noscript>')


# ---- boards -------------------------------------------------------------------------------------------

def phpbb_forumlist(forums):
    """forums: (href, name, description, topics, posts)."""
    rows = "".join(
        f'<li class="row"><dl class="row-item forum_read"><dt title="Aucun message non lu"><div class="list-inner">'
        f'<a href="{escape(h)}" class="forumtitle">{escape(n)}</a><br />{escape(d)}</div></dt>'
        f'<dd class="topics">{t} <dfn>Sujets</dfn></dd><dd class="posts">{p} <dfn>Messages</dfn></dd></dl></li>'
        for h, n, d, t, p in forums)
    return (f'<div class="forabg"><div class="inner"><ul class="topiclist"><li class="header"><dl class="row-item"><dt><div class="list-inner">Forum</div></dt>'
            f'<dd class="topics">Sujets</dd><dd class="posts">Messages</dd></dl></li></ul><ul class="topiclist forums">{rows}</ul></div></div>')


def phpbb_topics(forum_id, topics):
    """topics: (href, title, author, replies)."""
    rows = "".join(
        f'<li class="row bg{1 + i % 2}"><dl class="row-item topic_read"><dt><div class="list-inner"><a href="{escape(h)}" class="topictitle">{escape(t)}</a>'
        f'<div class="topic-poster responsive-hide left-box">par <span class="username">{escape(a)}</span></div></div></dt>'
        f'<dd class="posts">{r} <dfn>Réponses</dfn></dd></dl></li>' for i, (h, t, a, r) in enumerate(topics))
    return (f'<div class="action-bar bar-top"><a href="./ucp.php?mode=login" class="button" title="Écrire un nouveau sujet">'
            f'<span>Nouveau sujet</span> <i class="icon fa-pencil fa-fw" aria-hidden="true"></i></a></div>'
            f'<div class="forumbg"><div class="inner"><ul class="topiclist"><li class="header"><dl class="row-item"><dt><div class="list-inner">Sujets</div></dt>'
            f'<dd class="posts">Réponses</dd></dl></li></ul><ul class="topiclist topics">{rows}</ul></div></div>')


def phpbb_posts(topic_id, forum_id, posts):
    """posts: (author, date, text)."""
    items = "".join(
        f'<div id="p{topic_id * 10 + i}" class="post has-profile bg{1 + i % 2}"><div class="inner"><dl class="postprofile" id="profile{topic_id * 10 + i}">'
        f'<dt class="no-profile-rank no-avatar"><span class="username">{escape(a)}</span></dt></dl>'
        f'<div class="postbody"><div id="post_content{topic_id * 10 + i}"><p class="author"><span class="responsive-hide">par <strong>{escape(a)}</strong> » </span>{escape(d)}</p>'
        f'<div class="content">{escape(t)}</div></div></div></div></div>' for i, (a, d, t) in enumerate(posts))
    return (items + f'<div class="action-bar bar-bottom"><a href="./ucp.php?mode=login" class="button" title="Répondre">'
            '<span>Répondre</span> <i class="icon fa-reply fa-fw" aria-hidden="true"></i></a></div>')


def flarum_list(discussions):
    """discussions: (href, title, replies)."""
    items = "".join(f'<li><a href="{escape(h)}">{escape(t)}</a> <span class="DiscussionListItem-count">{r} réponses</span></li>'
                    for h, t, r in discussions)
    return f'<ul class="DiscussionList-discussions">{items}</ul>'


def flarum_posts(posts):
    return "".join(f'<div class="Post"><article class="PostStream-item" data-number="{i}"><header class="Post-header"><h3 class="PostUser-name">{escape(a)}</h3>'
                   f'<time>{escape(d)}</time></header><div class="Post-body"><p>{escape(t)}</p></div></article></div>'
                   for i, (a, d, t) in enumerate(posts, 1))
