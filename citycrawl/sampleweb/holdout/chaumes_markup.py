"""Markup helpers of the holdout part "chaumes".

Each helper writes a block the way a CMS plugin or a participation platform renders it (class names,
routes, field names), in words of its own.
"""
from html import escape
from urllib.parse import quote


def prose(*paras) -> str:
    return "".join(f"<p>{x}</p>" for x in paras)


def section(title, *paras, level=2) -> str:
    return f"<h{level}>{escape(title)}</h{level}>" + prose(*paras)


def bullets(items, cls="") -> str:
    return f'<ul class="{cls}">' + "".join(f"<li>{x}</li>" for x in items) + "</ul>"


def links(items, cls="liens") -> str:
    """items: (href, label)"""
    return f'<ul class="{cls}">' + "".join(f'<li><a href="{escape(h)}">{escape(t)}</a></li>' for h, t in items) + "</ul>"


# ---- page furniture -------------------------------------------------------------------------------

def cookie_banner(kind="tarteaucitron") -> str:
    if kind == "cli":  # CookieYes / Cookie Law Info on WordPress
        return ('<div id="cookie-law-info-bar" data-nosnippet="true"><span>Ce site utilise des cookies de mesure '
                'd\'audience. <a role="button" id="wt-cli-accept-all-btn" class="wt-cli-element cli_action_button">'
                'Tout accepter</a> <a role="button" class="cli_settings_button">Personnaliser</a></span></div>')
    if kind == "eu":  # Drupal EU Cookie Compliance
        return ('<div class="eu-cookie-compliance-banner eu-cookie-compliance-banner-info" role="dialog">'
                '<div class="popup-content info eu-cookie-compliance-content"><div id="popup-text" '
                'class="eu-cookie-compliance-message"><p>Nous utilisons des cookies pour améliorer votre visite.</p>'
                '</div><div id="popup-buttons" class="eu-cookie-compliance-buttons"><button type="button" '
                'class="agree-button eu-cookie-compliance-default-button">J\'accepte</button><button type="button" '
                'class="decline-button eu-cookie-compliance-default-button">Je refuse</button></div></div></div>')
    return ('<div id="tarteaucitronRoot" data-nosnippet><div id="tarteaucitronAlertBig" role="dialog">'
            '<span id="tarteaucitronDisclaimerAlert">Ce site utilise des cookies et vous donne le contrôle sur ceux '
            'que vous souhaitez activer.</span><button type="button" id="tarteaucitronPersonalize2" '
            'class="tarteaucitronAllow">Tout accepter</button><button type="button" class="tarteaucitronDeny" '
            'id="tarteaucitronAllDenied2">Tout refuser</button></div></div>')


def news_teasers(items, title="Actualités", cls="news-list") -> str:
    """items: (href, title, date, chapo)"""
    cards = "".join(
        f'<article class="{cls}__item"><p class="{cls}__date"><time>{escape(d)}</time></p>'
        f'<h3 class="{cls}__title"><a href="{escape(h)}">{escape(t)}</a></h3><p>{escape(c)}</p></article>'
        for h, t, d, c in items)
    return f'<section class="{cls}"><h2>{escape(title)}</h2>{cards}</section>'


def agenda(items) -> str:
    """items: (day, month, title, place)"""
    rows = "".join(f'<li class="agenda__item"><span class="agenda__date"><b>{d}</b> {m}</span> '
                   f'<span class="agenda__title">{escape(t)}</span> <span class="agenda__place">{escape(pl)}</span></li>'
                   for d, m, t, pl in items)
    return f'<section class="agenda"><h2>Agenda</h2><ul class="agenda__list">{rows}</ul></section>'


def quick_links(items, title="Accès rapides") -> str:
    tiles = "".join(f'<li class="quick-access__item"><a href="{escape(h)}"><span class="icon" aria-hidden="true">'
                    f'</span>{escape(t)}</a></li>' for h, t in items)
    return f'<nav class="quick-access" aria-label="{title}"><h2>{title}</h2><ul>{tiles}</ul></nav>'


def with_sidebar(main, side, cls="sidebar") -> str:
    return (f'<div class="layout-two-cols"><div class="layout-main">{main}</div>'
            f'<aside class="{cls}" role="complementary">{side}</aside></div>')


def widget(title, inner, cls="widget") -> str:
    return f'<section class="{cls}"><h2 class="widget-title">{escape(title)}</h2>{inner}</section>'


def share_buttons(url, title="") -> str:
    u, t = quote(url, safe=""), quote(title, safe="")
    return ('<div class="share-buttons" aria-label="Partager"><span>Partager :</span>'
            f'<a class="share share--facebook" href="https://www.facebook.com/sharer/sharer.php?u={u}" target="_blank" rel="noopener">Facebook</a>'
            f'<a class="share share--x" href="https://twitter.com/intent/tweet?url={u}&amp;text={t}" target="_blank" rel="noopener">X</a>'
            f'<a class="share share--linkedin" href="https://www.linkedin.com/shareArticle?mini=true&amp;url={u}" target="_blank" rel="noopener">LinkedIn</a>'
            f'<a class="share share--mail" href="mailto:?subject={t}&amp;body={u}">Courriel</a></div>')


def mailto(address, label=None) -> str:
    return f'<p class="contact-mail">Écrire : <a href="mailto:{address}">{escape(label or address)}</a></p>'


def download(href, label, size="PDF, 412 Ko") -> str:
    return f'<p class="document"><a class="document__link" href="{escape(href)}">{escape(label)}</a> <span>({size})</span></p>'


def steps(items, cls="timeline") -> str:
    """items: (dates, label, state) state in done/current/next"""
    lis = "".join(f'<li class="{cls}__step {cls}__step--{s}"><span class="{cls}__dates">{escape(d)}</span> '
                  f'<span class="{cls}__label">{escape(l)}</span></li>' for d, l, s in items)
    return f'<ol class="{cls}">{lis}</ol>'


# ---- forms on city CMSs ---------------------------------------------------------------------------

def cf7_contact(action, subject_choices=("Renseignement", "Voirie", "État civil", "Autre")) -> str:
    opts = "".join(f'<option value="{escape(x)}">{escape(x)}</option>' for x in subject_choices)
    return (f'<div class="wpcf7 no-js" id="wpcf7-f412-p88-o1" lang="fr-FR" dir="ltr"><form action="{action}#wpcf7-f412-p88-o1" '
            'method="post" class="wpcf7-form init" novalidate="novalidate" data-status="init">'
            '<div style="display: none;"><input type="hidden" name="_wpcf7" value="412" /><input type="hidden" name="_wpcf7_version" value="5.9.3" />'
            '<input type="hidden" name="_wpcf7_unit_tag" value="wpcf7-f412-p88-o1" /></div>'
            '<p><label> Nom et prénom<br /><span class="wpcf7-form-control-wrap" data-name="votre-nom"><input size="40" '
            'class="wpcf7-form-control wpcf7-text wpcf7-validates-as-required" aria-required="true" value="" type="text" name="votre-nom" /></span></label></p>'
            '<p><label> Adresse électronique<br /><span class="wpcf7-form-control-wrap" data-name="votre-email"><input size="40" '
            'class="wpcf7-form-control wpcf7-email wpcf7-validates-as-required wpcf7-text wpcf7-validates-as-email" value="" type="email" name="votre-email" /></span></label></p>'
            f'<p><label> Objet<br /><span class="wpcf7-form-control-wrap" data-name="objet"><select class="wpcf7-form-control wpcf7-select" name="objet">{opts}</select></span></label></p>'
            '<p><label> Votre message<br /><span class="wpcf7-form-control-wrap" data-name="votre-message"><textarea cols="40" rows="10" '
            'class="wpcf7-form-control wpcf7-textarea" name="votre-message"></textarea></span></label></p>'
            '<p><span class="wpcf7-form-control-wrap" data-name="rgpd"><span class="wpcf7-form-control wpcf7-acceptance"><span class="wpcf7-list-item">'
            '<label><input type="checkbox" name="rgpd" value="1" /><span class="wpcf7-list-item-label">J\'accepte que mes données soient utilisées pour traiter ma demande.</span></label></span></span></span></p>'
            '<p><input class="wpcf7-form-control wpcf7-submit has-spinner" type="submit" value="Envoyer" /></p>'
            '<div class="wpcf7-response-output" aria-hidden="true"></div></form></div>')


def webform_contact(action, form_id="webform-submission-contact-add-form") -> str:
    return (f'<form class="webform-submission-form webform-submission-add-form webform-submission-contact-form js-webform-details-toggle" '
            f'data-drupal-selector="{form_id}" action="{action}" method="post" id="{form_id}" accept-charset="UTF-8">'
            '<div class="js-form-item form-item js-form-type-textfield form-item-name"><label for="edit-name" class="js-form-required form-required">Votre nom</label>'
            '<input data-drupal-selector="edit-name" type="text" id="edit-name" name="name" value="" size="60" maxlength="255" class="form-text required" required="required" /></div>'
            '<div class="js-form-item form-item js-form-type-email form-item-email"><label for="edit-email" class="js-form-required form-required">Votre adresse de courriel</label>'
            '<input data-drupal-selector="edit-email" type="email" id="edit-email" name="email" value="" size="60" maxlength="254" class="form-email required" required="required" /></div>'
            '<div class="js-form-item form-item js-form-type-textfield form-item-subject"><label for="edit-subject">Sujet</label>'
            '<input data-drupal-selector="edit-subject" type="text" id="edit-subject" name="subject" value="" size="60" maxlength="255" class="form-text" /></div>'
            '<div class="js-form-item form-item js-form-type-textarea form-item-message"><label for="edit-message" class="js-form-required form-required">Message</label>'
            '<div class="form-textarea-wrapper"><textarea data-drupal-selector="edit-message" id="edit-message" name="message" rows="5" cols="60" class="form-textarea required" required="required"></textarea></div></div>'
            '<input autocomplete="off" data-drupal-selector="form-x8k1" type="hidden" name="form_build_id" value="form-x8k1Qz3vPp0aLw" />'
            f'<input data-drupal-selector="edit-webform-submission-contact-add-form" type="hidden" name="form_id" value="{form_id.replace("-", "_")}" />'
            '<div data-drupal-selector="edit-actions" class="form-actions webform-actions js-form-wrapper form-wrapper" id="edit-actions">'
            '<input class="webform-button--submit button button--primary js-form-submit form-submit" data-drupal-selector="edit-actions-submit" type="submit" id="edit-actions-submit" name="op" value="Envoyer" /></div></form>')


def formidable_contact(action, form="contact") -> str:
    """SPIP Formidable plugin."""
    return (f'<div class="formulaire_spip formulaire_formidable formulaire_formidable_{form}" id="formulaire_formidable_{form}">'
            f'<form method="post" action="{action}" enctype="multipart/form-data"><div>'
            f'<input name="formulaire_action" type="hidden" value="formidable" /><input name="formulaire_action_args" type="hidden" value="Xk9a{form}" />'
            '<div class="editer-groupe"><div class="editer editer_input_1 obligatoire saisie_input"><label class="editer-label" for="champ_input_1">Nom</label>'
            '<input type="text" name="input_1" class="text" id="champ_input_1" required="required" /></div>'
            '<div class="editer editer_email_1 obligatoire saisie_email"><label class="editer-label" for="champ_email_1">Courriel</label>'
            '<input type="email" name="email_1" class="email" id="champ_email_1" required="required" /></div>'
            '<div class="editer editer_textarea_1 obligatoire saisie_textarea"><label class="editer-label" for="champ_textarea_1">Votre message</label>'
            '<textarea name="textarea_1" class="textarea" id="champ_textarea_1" rows="8" cols="40" required="required"></textarea></div></div>'
            '<p class="boutons"><input type="submit" class="submit" value="Envoyer" /></p></div></form></div>')


def powermail_contact(action) -> str:
    """TYPO3 powermail."""
    return (f'<div class="tx-powermail"><form data-powermail-validate="data-powermail-validate" action="{action}" '
            'class="powermail_form powermail_form_3 nolabel" method="post" enctype="multipart/form-data">'
            '<fieldset class="powermail_fieldset powermail_fieldset_3"><legend class="powermail_legend">Écrire à la mairie</legend>'
            '<div class="powermail_fieldwrap powermail_fieldwrap_type_input powermail_fieldwrap_nom"><label for="powermail_field_nom" class="powermail_label">Nom</label>'
            '<input required="required" class="powermail_input" id="powermail_field_nom" type="text" name="tx_powermail_pi1[field][nom]" value="" /></div>'
            '<div class="powermail_fieldwrap powermail_fieldwrap_type_input powermail_fieldwrap_email"><label for="powermail_field_email" class="powermail_label">E-mail</label>'
            '<input required="required" class="powermail_input" id="powermail_field_email" type="email" name="tx_powermail_pi1[field][email]" value="" /></div>'
            '<div class="powermail_fieldwrap powermail_fieldwrap_type_textarea powermail_fieldwrap_message"><label for="powermail_field_message" class="powermail_label">Votre demande</label>'
            '<textarea required="required" rows="5" cols="20" class="powermail_textarea" id="powermail_field_message" name="tx_powermail_pi1[field][message]"></textarea></div>'
            '<div class="powermail_fieldwrap powermail_fieldwrap_type_submit"><input class="btn btn-primary powermail_submit" type="submit" value="Envoyer" /></div>'
            '</fieldset><input type="hidden" name="tx_powermail_pi1[mail][form]" value="3" /></form></div>')


def joomla_contact(action) -> str:
    """Joomla com_contact."""
    return (f'<div class="com-contact__form contact-form"><form id="contact-form" action="{action}" method="post" class="form-validate form-horizontal well">'
            '<fieldset><legend>Envoyer un courriel</legend>'
            '<div class="control-group field-spacer"><div class="control-label"><span class="spacer"><span class="before"></span><span class="text"><label id="jform_spacer-lbl"><strong class="red">*</strong> Champ requis</label></span></span></div></div>'
            '<div class="control-group"><div class="control-label"><label id="jform_contact_name-lbl" for="jform_contact_name" class="required">Nom<span class="star">&#160;*</span></label></div>'
            '<div class="controls"><input type="text" name="jform[contact_name]" id="jform_contact_name" value="" class="form-control required" size="30" required></div></div>'
            '<div class="control-group"><div class="control-label"><label id="jform_contact_email-lbl" for="jform_contact_email" class="required">E-mail<span class="star">&#160;*</span></label></div>'
            '<div class="controls"><input type="email" name="jform[contact_email]" class="form-control validate-email required" id="jform_contact_email" value="" size="30" required></div></div>'
            '<div class="control-group"><div class="control-label"><label id="jform_contact_emailmsg-lbl" for="jform_contact_emailmsg" class="required">Sujet</label></div>'
            '<div class="controls"><input type="text" name="jform[contact_subject]" id="jform_contact_emailmsg" value="" class="form-control required" size="60" required></div></div>'
            '<div class="control-group"><div class="control-label"><label id="jform_contact_message-lbl" for="jform_contact_message" class="required">Message</label></div>'
            '<div class="controls"><textarea name="jform[contact_message]" id="jform_contact_message" cols="50" rows="10" class="form-control required" required></textarea></div></div>'
            '</fieldset><div class="control-group"><div class="controls"><button class="btn btn-primary validate" type="submit">Envoyer un courriel</button>'
            '<input type="hidden" name="option" value="com_contact"><input type="hidden" name="task" value="contact.submit"><input type="hidden" name="id" value="1:mairie"></div></div></form></div>')


def city_contact(action) -> str:
    """A proprietary CMS's accessible contact form (RGAA)."""
    return (f'<form class="form form--contact" action="{action}" method="post" novalidate><p class="form__mandatory">Les champs marqués d\'un astérisque sont obligatoires.</p>'
            '<fieldset class="form__fieldset"><legend>Vos coordonnées</legend>'
            '<div class="form__field"><label for="f-civ">Civilité</label><select id="f-civ" name="civilite"><option>Madame</option><option>Monsieur</option></select></div>'
            '<div class="form__field"><label for="f-nom">Nom *</label><input id="f-nom" name="nom" type="text" required autocomplete="family-name"></div>'
            '<div class="form__field"><label for="f-mail">Courriel * <span class="form__hint">(ex. : nom@domaine.fr)</span></label><input id="f-mail" name="courriel" type="email" required autocomplete="email"></div></fieldset>'
            '<fieldset class="form__fieldset"><legend>Votre demande</legend>'
            '<div class="form__field"><label for="f-service">Service concerné</label><select id="f-service" name="service"><option>Accueil</option><option>Urbanisme</option><option>Propreté</option><option>Autre</option></select></div>'
            '<div class="form__field"><label for="f-msg">Message *</label><textarea id="f-msg" name="message" rows="8" required></textarea></div></fieldset>'
            '<div class="form__field form__field--checkbox"><input id="f-rgpd" name="rgpd" type="checkbox" required><label for="f-rgpd">J\'accepte le traitement de mes données</label></div>'
            '<button class="btn btn--primary" type="submit">Envoyer ma demande</button></form>')


def publik_form(action, title, fields_html) -> str:
    """A w.c.s. form as Publik renders it."""
    return (f'<div id="wcs-form" class="wcs-step-1"><form action="{action}" method="post" enctype="multipart/form-data" class="quixote">'
            f'<input type="hidden" name="_form_id" value="form"/><h2 class="form-title">{escape(title)}</h2><div class="page">{fields_html}</div>'
            '<div class="buttons submit"><div class="buttons"><button class="submit-button" name="submit" value="Valider">Valider</button></div></div>'
            '<input type="hidden" name="_ajax_form_token" value="a1b2c3d4"/></form></div>')


def publik_field(name, label, kind="string", options=()) -> str:
    if kind == "text":
        ctrl = f'<textarea name="{name}" id="form_{name}" rows="8" cols="60"></textarea>'
    elif kind == "item":
        ctrl = f'<select name="{name}" id="form_{name}">' + "".join(f"<option>{escape(o)}</option>" for o in options) + "</select>"
    elif kind == "email":
        ctrl = f'<input type="email" name="{name}" id="form_{name}" value="" />'
    elif kind == "date":
        ctrl = f'<input type="date" name="{name}" id="form_{name}" value="" />'
    else:
        ctrl = f'<input type="text" name="{name}" id="form_{name}" value="" />'
    return (f'<div class="widget {kind}-widget" data-field-id="{name}"><div class="title"><label for="form_{name}">{escape(label)}</label></div>'
            f'<div class="content">{ctrl}</div></div>')


def newsletter(action, listname="La lettre de la ville") -> str:
    return (f'<form class="newsletter-form" action="{action}" method="post"><h2>{escape(listname)}</h2>'
            '<p>Recevez chaque mois les actualités dans votre boîte aux lettres électronique.</p>'
            '<label for="nl-email">Votre adresse électronique</label><input type="email" id="nl-email" name="EMAIL" required>'
            '<input type="hidden" name="list" value="3"><label><input type="checkbox" name="consent" required> J\'accepte de recevoir la lettre d\'information</label>'
            '<button type="submit">Je m\'abonne</button></form>')


def booking_form(action, what="une salle municipale") -> str:
    return (f'<form class="reservation-form" action="{action}" method="post"><h2>Réserver {escape(what)}</h2>'
            '<label for="r-salle">Équipement</label><select id="r-salle" name="equipement"><option>Salle des fêtes</option><option>Salle Jean-Moulin</option><option>Gymnase Pasteur</option></select>'
            '<label for="r-date">Date souhaitée</label><input type="date" id="r-date" name="date" required>'
            '<label for="r-creneau">Créneau</label><select id="r-creneau" name="creneau"><option>Matin</option><option>Après-midi</option><option>Soirée</option></select>'
            '<label for="r-nb">Nombre de personnes</label><input type="number" id="r-nb" name="participants" min="1">'
            '<label for="r-asso">Association ou particulier</label><input type="text" id="r-asso" name="demandeur">'
            '<label for="r-mail">Courriel</label><input type="email" id="r-mail" name="email">'
            '<button type="submit">Vérifier la disponibilité</button></form>')


def payment_form(action, what="Facture de restauration scolaire") -> str:
    return (f'<form class="paiement-form" action="{action}" method="post"><h2>{escape(what)}</h2>'
            '<label for="p-ref">Référence de la facture</label><input type="text" id="p-ref" name="reference" required pattern="[0-9]{10}">'
            '<label for="p-montant">Montant (€)</label><input type="text" id="p-montant" name="montant" inputmode="decimal" required>'
            '<label for="p-mail">Courriel pour le reçu</label><input type="email" id="p-mail" name="email">'
            '<input type="hidden" name="saisie" value="T"><button type="submit">Payer par carte bancaire</button></form>')


def registration_form(action, title="Inscription", extra="") -> str:
    return (f'<form class="inscription-form" action="{action}" method="post"><h2>{escape(title)}</h2>'
            '<label for="i-nom">Nom</label><input type="text" id="i-nom" name="nom" required>'
            '<label for="i-prenom">Prénom</label><input type="text" id="i-prenom" name="prenom" required>'
            '<label for="i-mail">Courriel</label><input type="email" id="i-mail" name="email" required>'
            f'{extra}<button type="submit">Je m\'inscris</button></form>')


def wp_polls(poll_id, question, answers, nonce="6f1c2e8a4b") -> str:
    """WP-Polls in a widget: a live poll."""
    opts = "".join(f'<li><input type="radio" id="poll-answer-{poll_id * 10 + i}" name="poll_{poll_id}" value="{poll_id * 10 + i}" />'
                   f'<label for="poll-answer-{poll_id * 10 + i}">{escape(a)}</label></li>' for i, a in enumerate(answers, 1))
    return (f'<div id="polls-{poll_id}" class="wp-polls"><form id="polls_form_{poll_id}" class="wp-polls-form" action="/index.php" method="post">'
            f'<p style="display: none;"><input type="hidden" id="poll_{poll_id}_nonce" name="wp-polls-nonce" value="{nonce}" /></p>'
            f'<p style="display: none;"><input type="hidden" name="poll_id" value="{poll_id}" /></p>'
            f'<p style="text-align: center;"><strong>{escape(question)}</strong></p><div id="polls-{poll_id}-ans" class="wp-polls-ans">'
            f'<ul class="wp-polls-ul">{opts}</ul><p style="text-align: center;"><input type="button" name="vote" value="   Voter   " class="Buttons" '
            f'onclick="poll_vote({poll_id});" /></p><p style="text-align: center;"><a href="#ViewPollResults" '
            f'onclick="poll_result({poll_id}); return false;" title="Voir les résultats">Voir les résultats</a></p></div></form></div>')


def wp_polls_results(poll_id, question, rows, total) -> str:
    """WP-Polls once the poll is closed: bars, no form."""
    bars = "".join(f'<li>{escape(a)} <small>({pct}%, {n} votes)</small><div class="pollbar" style="width: {pct}%;" '
                   f'title="{escape(a)} ({pct}% | {n} votes)"></div></li>' for a, pct, n in rows)
    return (f'<div id="polls-{poll_id}" class="wp-polls"><p style="text-align: center;"><strong>{escape(question)}</strong></p>'
            f'<div id="polls-{poll_id}-ans" class="wp-polls-ans"><ul class="wp-polls-ul">{bars}</ul>'
            f'<p style="text-align: center;">Votants : <strong>{total}</strong></p><p style="text-align: center;">Ce sondage est clos.</p></div></div>')


def drupal_poll(question, answers, nid=14) -> str:
    """Drupal poll module's vote block."""
    opts = "".join(f'<div class="js-form-item form-item js-form-type-radio form-item-choice"><input data-drupal-selector="edit-choice-{i}" '
                   f'type="radio" id="edit-choice-{i}" name="choice" value="{i}" class="form-radio" /><label for="edit-choice-{i}" class="option">{escape(a)}</label></div>'
                   for i, a in enumerate(answers, 1))
    return (f'<div class="poll"><form class="poll-view-form poll-view-form-{nid}" data-drupal-selector="poll-view-form-{nid}" action="/poll/{nid}" method="post" id="poll-view-form-{nid}" accept-charset="UTF-8">'
            f'<div class="poll-question"><h3>{escape(question)}</h3></div><fieldset data-drupal-selector="edit-choice" id="edit-choice--wrapper" class="fieldgroup form-composite js-form-item form-item js-form-wrapper form-wrapper">'
            f'<legend><span class="visually-hidden fieldset-legend">Choix</span></legend><div class="fieldset-wrapper"><div id="edit-choice" class="form-radios">{opts}</div></div></fieldset>'
            '<div data-drupal-selector="edit-actions" class="form-actions js-form-wrapper form-wrapper"><input data-drupal-selector="edit-vote" type="submit" id="edit-vote" name="op" value="Voter" class="button js-form-submit form-submit" /></div>'
            f'<input type="hidden" name="form_id" value="poll_view_form_{nid}" /></form></div>')


def drupal_poll_results(question, rows, total, nid=9) -> str:
    bars = "".join(f'<div class="choice-title">{escape(a)}</div><div class="percent">{pct}%</div>'
                   f'<div class="bar"><div class="foreground" style="width: {pct}%"></div></div>' for a, pct in rows)
    return (f'<div class="poll"><div class="poll-question"><h3>{escape(question)}</h3></div><div class="poll-results poll-results-{nid}">{bars}</div>'
            f'<div class="total">Total des votes : {total}</div><p class="poll-closed">Sondage fermé.</p></div>')


def questionnaire(action, intro, questions, free=None, cls="questionnaire", submit="Envoyer mes réponses") -> str:
    """questions: (label, [choices]) ; free: label of a free-text answer"""
    blocks = []
    for i, (q, choices) in enumerate(questions, 1):
        opts = "".join(f'<label><input type="radio" name="q{i}" value="{j}"> {escape(c)}</label>' for j, c in enumerate(choices, 1))
        blocks.append(f'<fieldset class="{cls}__question"><legend>{i}. {escape(q)}</legend>{opts}</fieldset>')
    if free:
        blocks.append(f'<div class="{cls}__free"><label for="{cls}-libre">{escape(free)}</label><textarea id="{cls}-libre" name="commentaire" rows="4"></textarea></div>')
    return (f'<form class="{cls}" action="{action}" method="post"><p class="{cls}__intro">{escape(intro)}</p>{"".join(blocks)}'
            f'<button type="submit">{escape(submit)}</button></form>')


def embed_iframe(src, title, height=900) -> str:
    return (f'<div class="embed embed--form"><iframe src="{escape(src)}" title="{escape(title)}" width="100%" height="{height}" '
            f'frameborder="0" marginheight="0" marginwidth="0" loading="lazy">Chargement…</iframe></div>')


def idea_box(action, intro, themes=("Cadre de vie", "Mobilités", "Nature en ville", "Solidarités", "Culture et sport")) -> str:
    opts = "".join(f"<option>{escape(t)}</option>" for t in themes)
    return (f'<form class="boite-idees" action="{action}" method="post"><p>{escape(intro)}</p>'
            '<label for="bi-titre">Titre de votre idée</label><input id="bi-titre" name="titre" type="text" maxlength="120" required>'
            f'<label for="bi-theme">Thème</label><select id="bi-theme" name="theme">{opts}</select>'
            '<label for="bi-desc">Décrivez votre idée</label><textarea id="bi-desc" name="description" rows="6" required></textarea>'
            '<label for="bi-quartier">Quartier concerné</label><input id="bi-quartier" name="quartier" type="text">'
            '<label for="bi-mail">Votre courriel (pour vous répondre)</label><input id="bi-mail" name="courriel" type="email">'
            '<button type="submit">Déposer mon idée</button></form>')


def petition_form(action, title, count, goal) -> str:
    return (f'<div class="petition"><h2 class="petition__title">{escape(title)}</h2>'
            f'<p class="petition__counter"><strong>{count}</strong> signatures sur {goal} nécessaires</p>'
            f'<progress max="{goal}" value="{count}"></progress>'
            f'<form class="petition__form" action="{action}" method="post"><label for="pt-nom">Nom</label><input id="pt-nom" name="nom" required>'
            '<label for="pt-prenom">Prénom</label><input id="pt-prenom" name="prenom" required>'
            '<label for="pt-mail">Courriel</label><input id="pt-mail" name="email" type="email" required>'
            '<label for="pt-cp">Code postal</label><input id="pt-cp" name="code_postal" required>'
            '<label><input type="checkbox" name="residence" required> J\'atteste habiter ou travailler dans la commune</label>'
            '<button type="submit">Je signe la pétition</button></form></div>')


# ---- comments -------------------------------------------------------------------------------------

def wp_comments(comments, action="/wp-comments-post.php", post_id=311) -> str:
    items = "".join(
        f'<li id="comment-{post_id * 10 + i}" class="comment even thread-even depth-1"><article id="div-comment-{post_id * 10 + i}" class="comment-body">'
        f'<footer class="comment-meta"><div class="comment-author vcard"><b class="fn">{escape(a)}</b> <span class="says">dit :</span></div>'
        f'<div class="comment-metadata"><time>{escape(d)}</time></div></footer><div class="comment-content"><p>{escape(t)}</p></div>'
        f'<div class="reply"><a rel="nofollow" class="comment-reply-link" href="#comment-{post_id * 10 + i}" data-commentid="{post_id * 10 + i}" aria-label="Répondre à {escape(a)}">Répondre</a></div></article></li>'
        for i, (a, d, t) in enumerate(comments, 1))
    head = f'<h2 class="comments-title">{len(comments)} réflexions sur cet article</h2><ol class="comment-list">{items}</ol>' if comments else ""
    return (f'<div id="comments" class="comments-area">{head}<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Laisser un commentaire</h3>'
            f'<form action="{action}" method="post" id="commentform" class="comment-form" novalidate><p class="comment-notes">Votre adresse e-mail ne sera pas publiée.</p>'
            '<p class="comment-form-comment"><label for="comment">Commentaire <span class="required">*</span></label><textarea id="comment" name="comment" cols="45" rows="8" maxlength="65525" required></textarea></p>'
            '<p class="comment-form-author"><label for="author">Nom <span class="required">*</span></label><input id="author" name="author" type="text" value="" size="30" maxlength="245" autocomplete="name" required /></p>'
            '<p class="comment-form-email"><label for="email">E-mail <span class="required">*</span></label><input id="email" name="email" type="email" value="" size="30" maxlength="100" autocomplete="email" required /></p>'
            f'<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Laisser un commentaire" /><input type="hidden" name="comment_post_ID" value="{post_id}" id="comment_post_ID" />'
            '<input type="hidden" name="comment_parent" id="comment_parent" value="0" /></p></form></div></div>')


def wp_comments_closed(count_text="") -> str:
    return f'<div id="comments" class="comments-area">{count_text}<p class="no-comments">Les commentaires sont fermés.</p></div>'


def drupal_comments(comments, node=52) -> str:
    items = "".join(f'<article data-comment-user-id="0" id="comment-{node * 10 + i}" class="comment js-comment by-anonymous">'
                    f'<footer class="comment__meta"><p class="comment__author">{escape(a)}</p><p class="comment__time">{escape(d)}</p></footer>'
                    f'<div class="comment__content"><div class="field field--name-comment-body">{escape(t)}</div></div></article>'
                    for i, (a, d, t) in enumerate(comments, 1))
    return (f'<section class="field field--name-comment field--type-comment field--label-above comment-wrapper"><h2 class="title comment-section__title">Commentaires</h2>{items}'
            f'<h2 class="title comment-form__title">Ajouter un commentaire</h2><form class="comment-comment-form comment-form" data-drupal-selector="comment-form" action="/comment/reply/node/{node}/comment" method="post" id="comment-form" accept-charset="UTF-8">'
            '<div class="js-form-item form-item js-form-type-textfield form-item-name"><label for="edit-name">Votre nom</label><input data-drupal-selector="edit-name" type="text" id="edit-name" name="name" value="" size="30" maxlength="60" class="form-text" /></div>'
            '<div class="js-form-item form-item js-form-type-textarea form-item-comment-body-0-value"><label for="edit-comment-body-0-value" class="js-form-required form-required">Commentaire</label>'
            '<div class="form-textarea-wrapper"><textarea class="js-text-full text-full form-textarea required" data-drupal-selector="edit-comment-body-0-value" id="edit-comment-body-0-value" name="comment_body[0][value]" rows="5" cols="60" required="required"></textarea></div></div>'
            '<input type="hidden" name="form_id" value="comment_comment_form" /><div data-drupal-selector="edit-actions" class="form-actions js-form-wrapper form-wrapper" id="edit-actions">'
            '<input data-drupal-selector="edit-submit" type="submit" id="edit-submit" name="op" value="Enregistrer" class="button button--primary js-form-submit form-submit" /></div></form></section>')


def spip_forum(messages, id_article) -> str:
    """SPIP's article forum (forum public)."""
    items = "".join(f'<li class="forum-fil"><div class="forum-message"><div class="forum-chapo"><strong class="forum-titre">{escape(t)}</strong>'
                    f'<small>{escape(d)}, par <span class="vcard author">{escape(a)}</span></small></div><div class="forum-texte"><p>{escape(x)}</p>'
                    f'<p class="repondre"><a href="#formulaire_forum" rel="noindex nofollow">Répondre à ce message</a></p></div></div></li>'
                    for t, d, a, x in messages)
    return (f'<div class="forums" id="forum"><h2 class="h2">{len(messages)} Messages</h2><ul class="forum">{items}</ul>'
            f'<div class="formulaire_spip formulaire_forum ajax" id="formulaire_forum"><form action="/spip.php?article{id_article}#formulaire_forum" method="post" enctype="multipart/form-data"><div>'
            '<input name="formulaire_action" type="hidden" value="forum" /><input name="formulaire_action_args" type="hidden" value="a3f1" />'
            '<fieldset><legend>Votre message</legend><div class="editer saisie_titre obligatoire"><label for="titre">Titre</label><input type="text" class="text" name="titre" id="titre" value="" size="60" /></div>'
            '<div class="editer saisie_texte obligatoire"><label for="texte">Texte de votre message</label><textarea name="texte" id="texte" rows="10" cols="60"></textarea></div></fieldset>'
            '<fieldset><legend>Qui êtes-vous ?</legend><div class="editer saisie_session_nom"><label for="session_nom">Votre nom</label><input type="text" class="text" name="session_nom" id="session_nom" value="" size="40" /></div>'
            '<div class="editer saisie_session_email"><label for="session_email">Votre adresse email</label><input type="email" class="text email" name="session_email" id="session_email" value="" size="40" /></div></fieldset>'
            '<p class="boutons"><input type="submit" class="submit" name="previsualiser_message" value="Prévisualiser" /></p></div></form></div></div>')


def disqus(shortname, url) -> str:
    return (f'<div id="disqus_thread"></div><script>var disqus_config = function () {{ this.page.url = "{url}"; this.page.identifier = "{escape(url)}"; }};'
            f'(function() {{ var d = document, s = d.createElement("script"); s.src = "https://{shortname}.disqus.com/embed.js"; '
            's.setAttribute("data-timestamp", +new Date()); (d.head || d.body).appendChild(s); })();</script>'
            '<noscript>Activez JavaScript pour voir les <a href="https://disqus.com/?ref_noscript" rel="nofollow">commentaires propulsés par Disqus.</a></noscript>')


# ---- Decidim --------------------------------------------------------------------------------------

def decidim_process_card(href, title, step, dates, state="active") -> str:
    return (f'<a href="{escape(href)}" class="card__grid card__grid--{state}"><div class="card__grid-text"><h3 class="h4 text-secondary">{escape(title)}</h3>'
            f'<div class="card__grid-metadata"><span>Phase : {escape(step)}</span><span>{escape(dates)}</span></div></div></a>')


def decidim_components(items) -> str:
    """items: (href, label)"""
    lis = "".join(f'<li><a href="{escape(h)}" class="process__navigation-item">{escape(t)}</a></li>' for h, t in items)
    return f'<nav class="process__navigation" aria-label="Composants"><ul>{lis}</ul></nav>'


def decidim_proposal_cards(items) -> str:
    """items: (href, title, author, supports, state)"""
    cards = "".join(
        f'<a href="{escape(h)}" class="card__list" id="proposals__proposal_{300 + i}"><div class="card__list-content">'
        f'<h3 class="card__list-title">{escape(t)}</h3><div class="card__list-metadata"><div class="author"><span class="author__name">{escape(a)}</span></div>'
        f'<span class="card__list-metadata-votes">{n} soutiens</span>'
        f'{f"<span class={chr(34)}label {s}{chr(34)}>{escape(s)}</span>" if s else ""}</div></div></a>'
        for i, (h, t, a, n, s) in enumerate(items, 1))
    return f'<div id="proposals" class="card__list-list">{cards}</div>'


def decidim_new_proposal(action) -> str:
    return (f'<form class="new_proposal form-defaults" id="new_proposal" action="{action}" accept-charset="UTF-8" method="post">'
            '<input type="hidden" name="authenticity_token" value="Jq1e9Rk2Xb" autocomplete="off" />'
            '<div class="form__wrapper"><label for="proposal_title">Titre<span class="label-required"><span aria-hidden="true">*</span></span>'
            '<input minlength="15" maxlength="150" required="required" type="text" name="proposal[title]" id="proposal_title" /></label>'
            '<label for="proposal_body">Corps du texte<span class="label-required"><span aria-hidden="true">*</span></span>'
            '<textarea minlength="15" rows="10" required="required" name="proposal[body]" id="proposal_body"></textarea></label>'
            '<label for="proposal_address">Adresse<input type="text" name="proposal[address]" id="proposal_address" /></label>'
            '<label for="proposal_category_id">Catégorie<select name="proposal[category_id]" id="proposal_category_id"><option value="">Sélectionnez une catégorie</option>'
            '<option value="3">Espaces verts</option><option value="4">Déplacements</option><option value="5">Vivre ensemble</option></select></label></div>'
            '<div class="form__wrapper-block"><button type="submit" class="button button__sm button__secondary" name="commit">Continuer</button></div></form>')


def decidim_comments(comments, root="Decidim::Proposals::Proposal", rid=88) -> str:
    items = "".join(f'<div id="comment_{rid * 10 + i}" class="comment" data-comment-id="{rid * 10 + i}"><div class="comment__header"><div class="author">'
                    f'<span class="author__name">{escape(a)}</span></div><span class="comment__date">{escape(d)}</span></div>'
                    f'<div class="comment__content"><div class="editor-content"><p>{escape(t)}</p></div></div>'
                    '<div class="comment__footer"><button class="button button__sm button__text-secondary" data-controls="panel-reply">Répondre</button></div></div>'
                    for i, (a, d, t) in enumerate(comments, 1))
    return (f'<div id="comments"><div class="comments" data-decidim-comments=\'{{"rootDepth":0,"commentableGid":"{root}/{rid}"}}\'>'
            f'<h2 class="h4">{len(comments)} commentaires</h2><div class="comment-threads">{items}</div>'
            f'<div class="add-comment"><form class="new_comment" id="new_comment_for_{root.split("::")[-1]}_{rid}" action="/comments" method="post" data-remote="true">'
            f'<input type="hidden" name="comment[commentable_gid]" value="{root}/{rid}" />'
            f'<label for="add-comment-{rid}">Ajouter un commentaire</label><textarea id="add-comment-{rid}" name="comment[body]" maxlength="1000" rows="4" placeholder="Ajoutez votre commentaire"></textarea>'
            '<button type="submit" class="button button__sm button__secondary">Publier un commentaire</button></form></div></div></div>')


def decidim_report_form(rid) -> str:
    return (f'<div class="reveal flag-modal" id="flagModal-{rid}" data-dialog="flagModal-{rid}"><h3>Signaler un contenu inapproprié</h3>'
            f'<form class="new_report" action="/report?sgid={rid}" method="post"><p>Ce contenu est :</p>'
            '<label><input type="radio" value="spam" checked name="report[reason]" /> Contient du spam, de la publicité ou des escroqueries.</label>'
            '<label><input type="radio" value="offensive" name="report[reason]" /> Contient du racisme, du sexisme ou des insultes.</label>'
            '<label><input type="radio" value="does_not_belong" name="report[reason]" /> Contient des activités illégales ou des menaces.</label>'
            '<label for="report_details">Commentaires complémentaires</label><textarea rows="4" name="report[details]" id="report_details"></textarea>'
            '<button type="submit" class="button button__sm button__secondary">Signaler</button></form></div>')


def decidim_survey(action, questions, free) -> str:
    qs = []
    for i, (q, choices) in enumerate(questions):
        opts = "".join(f'<label><input type="radio" value="{j}" name="questionnaire[responses][{i}][choices][][response_option_id]" /> {escape(c)}</label>'
                       for j, c in enumerate(choices, 1))
        qs.append(f'<div class="answer question" data-max-choices="1"><label class="questionnaire-question">{i + 1}. {escape(q)}</label><div class="radio-button-collection">{opts}</div></div>')
    n = len(questions)
    qs.append(f'<div class="answer question"><label class="questionnaire-question" for="questionnaire_responses_{n}">{n + 1}. {escape(free)}</label>'
              f'<textarea name="questionnaire[responses][{n}][body]" id="questionnaire_responses_{n}" rows="4"></textarea></div>')
    return (f'<div class="questionnaire"><form class="form answer-questionnaire" id="questionnaire_form" action="{action}" method="post">'
            f'<input type="hidden" name="authenticity_token" value="pW2e7Lm" /><div class="questionnaire__step">{"".join(qs)}</div>'
            '<label><input type="checkbox" name="questionnaire[tos_agreement]" value="1" /> En participant à cette enquête, vous acceptez ses conditions d\'utilisation</label>'
            '<button type="submit" class="button button__sm button__secondary" data-confirm="Vous ne pourrez plus modifier vos réponses.">Envoyer</button></form></div>')


def decidim_budget_projects(items, budget, spent, order_action) -> str:
    """items: (href, title, amount)"""
    rows = "".join(f'<div class="budget__list--item" id="project-{i}-item"><a href="{escape(h)}" class="card__list"><h3 class="card__list-title">{escape(t)}</h3>'
                   f'<span class="budget__list--item-amount">{escape(a)}</span></a>'
                   f'<form class="button_to" method="post" action="{order_action}/line_item?project_id={i}"><button class="button button__sm button__transparent-secondary budget__list--item-button" type="submit">Ajouter</button></form></div>'
                   for i, (h, t, a) in enumerate(items, 1))
    return (f'<div class="budget-summary" data-progress-reference><div class="budget-summary__progressbar"><span>Budget attribué : <strong>{escape(spent)}</strong> sur {escape(budget)}</span>'
            '<div class="progress"><div class="progress-meter" style="width: 0%"></div></div></div>'
            '<p class="budget-summary__content">Ajoutez des projets jusqu\'à atteindre au moins 70 % du budget, puis votez.</p>'
            f'<form class="button_to" method="post" action="{order_action}/checkout"><button class="button button__sm button__secondary" disabled type="submit">Voter</button></form></div>'
            f'<div class="budget__list">{rows}</div>')


def decidim_meeting_registration(action) -> str:
    return (f'<form class="meeting-registration" action="{action}" method="post"><h3>Inscription à la réunion</h3>'
            '<p>Places restantes : 23 sur 60</p><input type="hidden" name="authenticity_token" value="rG5t1Yx" />'
            '<label><input type="checkbox" name="registration[public_participation]" value="1" /> Afficher ma participation publiquement</label>'
            '<label><input type="checkbox" name="registration[tos_agreement]" value="1" required /> J\'accepte les conditions d\'inscription</label>'
            '<button type="submit" class="button button__sm button__secondary">S\'inscrire</button></form>')


def decidim_registration_form(action="/users") -> str:
    return (f'<form class="register-form new_user" id="register_form" action="{action}" method="post"><input type="hidden" name="authenticity_token" value="uY8d2Ks" />'
            '<label for="registration_user_name">Votre nom<input autocomplete="name" type="text" name="user[name]" id="registration_user_name" /></label>'
            '<label for="registration_user_nickname">Pseudonyme<input type="text" name="user[nickname]" id="registration_user_nickname" /></label>'
            '<label for="registration_user_email">Votre adresse e-mail<input autocomplete="email" type="email" name="user[email]" id="registration_user_email" /></label>'
            '<label for="registration_user_password">Mot de passe<input type="password" name="user[password]" id="registration_user_password" /></label>'
            '<label><input type="checkbox" value="1" name="user[tos_agreement]" /> J\'accepte les conditions d\'utilisation</label>'
            '<label><input type="checkbox" value="1" name="user[newsletter]" /> Je veux recevoir les lettres d\'information</label>'
            '<button type="submit" class="button button__sm button__secondary">Créer un compte</button></form>')


# ---- CONSUL Democracy -----------------------------------------------------------------------------

def consul_proposals(items) -> str:
    """items: (href, title, author, supports)"""
    rows = "".join(f'<div id="proposal_{i}" class="proposal clear" data-type="proposal"><div class="panel"><div class="row"><div class="small-12 medium-9 column">'
                   f'<div class="proposal-content"><h3><a href="{escape(h)}">{escape(t)}</a></h3><p class="proposal-info"><span class="author">{escape(a)}</span>'
                   f'&nbsp;&bull;&nbsp;<span>{i * 3 + 4} commentaires</span></p></div></div><div id="proposal_{i}_votes" class="small-12 medium-3 column supports-container">'
                   f'<div class="supports"><span class="total-supports">{n} soutiens</span><a class="button button-support small expanded" href="/users/sign_in">Soutenir</a></div></div></div></div></div>'
                   for i, (h, t, a, n) in enumerate(items, 1))
    return f'<div id="proposals-list" class="proposals-list">{rows}</div>'


def consul_new_proposal(action) -> str:
    return (f'<form class="new_proposal proposal-form" id="new_proposal" action="{action}" method="post"><input type="hidden" name="authenticity_token" value="cN7q" />'
            '<label for="proposal_title_fr">Titre de la proposition</label><input maxlength="80" type="text" name="proposal[translations_attributes][0][title]" id="proposal_title_fr" />'
            '<label for="proposal_summary_fr">Résumé de la proposition</label><textarea maxlength="200" name="proposal[translations_attributes][0][summary]" id="proposal_summary_fr"></textarea>'
            '<label for="proposal_description_fr">Texte développé de la proposition</label><textarea class="html-area" name="proposal[translations_attributes][0][description]" id="proposal_description_fr"></textarea>'
            '<label for="proposal_tag_list">Sujets</label><input type="text" name="proposal[tag_list]" id="proposal_tag_list" />'
            '<label><input type="checkbox" value="1" name="proposal[terms_of_service]" /> J\'accepte la politique de confidentialité et les conditions d\'utilisation</label>'
            '<input type="submit" name="commit" value="Créer une proposition" class="button" /></form>')


def consul_debate(body, comments, did) -> str:
    items = "".join(f'<div id="comment_{did * 10 + i}" class="comment small-12"><div class="comment-body"><span class="user-name">{escape(a)}</span>'
                    f'&nbsp;&bull;&nbsp;<time>{escape(d)}</time><div class="comment-user"><p>{escape(t)}</p></div>'
                    '<div class="comment-footer"><span class="votes">J\'approuve | Je désapprouve</span> <a class="reply-link" href="#">Répondre</a></div></div></div>'
                    for i, (a, d, t) in enumerate(comments, 1))
    return (f'<div class="debate-show"><div class="debate-info">{body}</div><div class="in-favor-against"><span class="in-favor">J\'approuve 64 %</span> <span class="against">Je désapprouve 36 %</span></div></div>'
            f'<section id="comments" class="comments"><h2>Commentaires <span class="js-comments-count">({len(comments)})</span></h2>'
            f'<form class="new_comment" id="new_comment" action="/comments" method="post"><input type="hidden" name="comment[commentable_type]" value="Debate" />'
            f'<input type="hidden" name="comment[commentable_id]" value="{did}" /><label for="comment-body-debate_{did}">Laissez votre commentaire</label>'
            f'<textarea id="comment-body-debate_{did}" name="comment[body]" maxlength="1000"></textarea><input type="submit" name="commit" value="Publier le commentaire" class="button" /></form>'
            f'<div class="comment-list">{items}</div></section>')


def consul_poll(action, questions) -> str:
    qs = "".join(f'<fieldset class="poll-question"><legend>{escape(q)}</legend>' +
                 "".join(f'<label><input type="radio" name="answers[{i}]" value="{escape(c)}" /> {escape(c)}</label>' for c in cs) + "</fieldset>"
                 for i, (q, cs) in enumerate(questions, 1))
    return (f'<div class="poll-questions"><form class="poll-form" action="{action}" method="post"><input type="hidden" name="authenticity_token" value="qP8v" />'
            f'{qs}<input type="submit" value="Voter" class="button" /></form></div>')


def consul_poll_results(rows, total) -> str:
    trs = "".join(f'<tr><th scope="row">{escape(a)}</th><td>{n}</td><td>{pct} %</td></tr>' for a, n, pct in rows)
    return (f'<div class="poll-results"><h2>Résultats</h2><table class="result-table"><thead><tr><th>Réponse</th><th>Votes</th><th>%</th></tr></thead><tbody>{trs}</tbody></table>'
            f'<p>Participation totale : {total} votes. Le vote est terminé.</p></div>')


def consul_investments(items, heading) -> str:
    """items: (href, title, price, supports)"""
    rows = "".join(f'<div id="budget_investment_{i}" class="budget-investment clear"><div class="panel"><div class="budget-investment-content">'
                   f'<h3><a href="{escape(h)}">{escape(t)}</a></h3><p class="investment-project-info">{escape(heading)}</p></div>'
                   f'<div class="supports ballot"><p class="investment-project-amount">{escape(p)}</p><span class="total-supports">{n} soutiens</span>'
                   f'<a class="button button-support small expanded" href="/users/sign_in">Soutenir</a></div></div></div>'
                   for i, (h, t, p, n) in enumerate(items, 1))
    return f'<div class="budget-investments-list">{rows}</div>'


def consul_new_investment(action) -> str:
    return (f'<form class="budget-investment-form" id="new_budget_investment" action="{action}" method="post"><input type="hidden" name="authenticity_token" value="bI4x" />'
            '<label for="budget_investment_heading_id">Quartier</label><select name="budget_investment[heading_id]" id="budget_investment_heading_id"><option>Toute la ville</option><option>Nord</option><option>Centre</option><option>Sud</option></select>'
            '<label for="budget_investment_title">Titre</label><input maxlength="80" type="text" name="budget_investment[translations_attributes][0][title]" id="budget_investment_title" />'
            '<label for="budget_investment_description">Description</label><textarea name="budget_investment[translations_attributes][0][description]" id="budget_investment_description"></textarea>'
            '<label for="budget_investment_location">Localisation</label><input type="text" name="budget_investment[location]" id="budget_investment_location" />'
            '<label><input type="checkbox" value="1" name="budget_investment[terms_of_service]" /> J\'accepte les conditions d\'utilisation</label>'
            '<input type="submit" name="commit" value="Déposer le projet" class="button" /></form>')


def consul_legislation_annotations(text, comments) -> str:
    notes = "".join(f'<div class="annotation-comment"><strong>{escape(a)}</strong> : {escape(t)}</div>' for a, t in comments)
    return (f'<div class="legislation-draft"><div class="draft-panel"><div class="legislation-annotatable" data-legislation-draft-version-id="4">{text}</div></div>'
            f'<div class="comment-box"><h3>Annotations</h3>{notes}<form class="new_legislation_annotation" action="/legislation/processes/4/draft_versions/4/annotations" method="post">'
            '<input type="hidden" name="legislation_annotation[quote]" value="" /><label for="legislation_annotation_text">Votre commentaire sur ce passage</label>'
            '<textarea name="legislation_annotation[text]" id="legislation_annotation_text"></textarea><input type="submit" value="Publier le commentaire" class="button" /></form></div></div>')


def consul_registration(action="/users") -> str:
    return (f'<form class="new_user" id="new_user" action="{action}" method="post"><label for="user_username">Nom d\'utilisateur</label><input type="text" name="user[username]" id="user_username" />'
            '<label for="user_email">E-mail</label><input type="email" name="user[email]" id="user_email" /><label for="user_password">Mot de passe</label><input type="password" name="user[password]" id="user_password" />'
            '<label for="user_password_confirmation">Confirmer le mot de passe</label><input type="password" name="user[password_confirmation]" id="user_password_confirmation" />'
            '<label><input type="checkbox" value="1" name="user[terms_of_service]" /> J\'accepte les conditions d\'utilisation</label><input type="submit" value="S\'inscrire" class="button expanded" /></form>')


# ---- Cap Collectif --------------------------------------------------------------------------------

def capco_steps(items) -> str:
    """items: (href, label, dates, state)"""
    lis = "".join(f'<li class="step-{s}"><a href="{escape(h)}"><span class="step-title">{escape(l)}</span><span class="step-dates">{escape(d)}</span>'
                  f'<span class="label label-{ "success" if s == "open" else "default"}">{ "En cours" if s == "open" else ("Terminé" if s == "closed" else "À venir")}</span></a></li>'
                  for h, l, d, s in items)
    return f'<nav class="project__step-tabs"><ul class="step-tabs__list">{lis}</ul></nav>'


def capco_proposal_list(items) -> str:
    """items: (href, title, author, votes, status)"""
    cards = "".join(f'<li class="proposal-preview list-group-item" id="proposal-{i}"><div class="card__body"><h2 class="card__title"><a href="{escape(h)}">{escape(t)}</a></h2>'
                    f'<div class="proposal__user">{escape(a)}</div><div class="proposal__counters"><span class="proposal__counter--votes">{n} votes</span></div>'
                    f'<div class="proposal__status"><span class="label label-info">{escape(s)}</span></div></div></li>'
                    for i, (h, t, a, n, s) in enumerate(items, 1))
    return f'<ul class="media-list proposal-preview-list">{cards}</ul>'


def capco_proposal_form(action) -> str:
    return (f'<form id="proposal-form" class="proposal-form" action="{action}" method="post"><h2>Déposer votre projet</h2>'
            '<div class="form-group"><label class="control-label" for="proposal_title">Titre <span class="excerpt">obligatoire</span></label><input id="proposal_title" name="title" type="text" class="form-control" /></div>'
            '<div class="form-group"><label class="control-label" for="proposal_summary">Résumé</label><textarea id="proposal_summary" name="summary" maxlength="140" class="form-control"></textarea></div>'
            '<div class="form-group"><label class="control-label" for="proposal_body">Description <span class="excerpt">obligatoire</span></label><textarea id="proposal_body" name="body" class="form-control"></textarea></div>'
            '<div class="form-group"><label class="control-label" for="proposal_district">Quartier</label><select id="proposal_district" name="district" class="form-control"><option>Centre-ville</option><option>Les Vignals</option><option>La Bastide</option></select></div>'
            '<div class="form-group"><label class="control-label" for="proposal_estimation">Estimation (€)</label><input id="proposal_estimation" name="estimation" type="number" class="form-control" /></div>'
            '<button type="submit" id="confirm-proposal-create" class="btn btn-primary">Publier</button></form>')


def capco_opinions(items) -> str:
    """Consultation: opinions with vote counts (items: href, title, author, for, against)"""
    lis = "".join(f'<li class="opinion list-group-item"><div class="opinion__body"><a class="opinion__title" href="{escape(h)}">{escape(t)}</a>'
                  f'<div class="opinion__user">{escape(a)}</div><div class="opinion__votes"><span class="opinion__votes--ok">{ok} d\'accord</span> '
                  f'<span class="opinion__votes--nok">{nok} pas d\'accord</span></div></div></li>' for h, t, a, ok, nok in items)
    return f'<ul class="list-group opinion-list">{lis}</ul>'


def capco_opinion_form(action) -> str:
    return (f'<form id="opinion-create-form" action="{action}" method="post"><h3>Proposer une contribution</h3>'
            '<label for="opinion_title">Titre</label><input id="opinion_title" name="title" type="text" class="form-control" />'
            '<label for="opinion_body">Contenu</label><textarea id="opinion_body" name="body" class="form-control"></textarea>'
            '<button type="submit" class="btn btn-primary">Publier</button></form>')


def capco_argument_form(action, args) -> str:
    items = "".join(f'<li class="opinion opinion--argument"><div class="opinion__user">{escape(a)}</div><p>{escape(t)}</p></li>' for a, t in args)
    return (f'<div id="opinion__arguments" class="opinion__arguments"><h3>Arguments</h3><ul class="media-list">{items}</ul>'
            f'<form id="argument-form" action="{action}" method="post"><label for="arguments-body">Ajouter un argument</label>'
            '<textarea id="arguments-body" name="body" class="form-control"></textarea><button type="submit" class="btn btn-primary">Publier</button></form></div>')


def capco_questionnaire(action, questions, free) -> str:
    qs = "".join(f'<div class="form-group"><label class="control-label">{escape(q)}</label>' +
                 "".join(f'<div class="radio"><label><input type="radio" name="responses[{i}]" value="{escape(c)}" /> {escape(c)}</label></div>' for c in cs) + "</div>"
                 for i, (q, cs) in enumerate(questions, 1))
    return (f'<form id="reply-form" class="reply-form" action="{action}" method="post">{qs}<div class="form-group"><label class="control-label" for="reply-free">{escape(free)}</label>'
            '<textarea id="reply-free" name="responses[free]" class="form-control"></textarea></div><button type="submit" id="submit-create-reply" class="btn btn-primary">Envoyer</button></form>')


def capco_contact(action) -> str:
    return (f'<form id="contact-form" class="contact-form" action="{action}" method="post"><div class="form-group"><label for="contact_name">Nom</label><input id="contact_name" name="name" class="form-control" /></div>'
            '<div class="form-group"><label for="contact_email">Adresse électronique</label><input id="contact_email" name="email" type="email" class="form-control" /></div>'
            '<div class="form-group"><label for="contact_title">Objet</label><input id="contact_title" name="title" class="form-control" /></div>'
            '<div class="form-group"><label for="contact_body">Message</label><textarea id="contact_body" name="body" class="form-control" rows="6"></textarea></div>'
            '<button type="submit" class="btn btn-primary">Envoyer le message</button></form>')


def capco_registration(action="/register") -> str:
    return (f'<form id="registration-form" action="{action}" method="post"><label for="username">Nom ou pseudonyme</label><input id="username" name="username" />'
            '<label for="email">Adresse électronique</label><input id="email" name="email" type="email" /><label for="password">Mot de passe</label><input id="password" name="plainPassword" type="password" />'
            '<label for="zipcode">Code postal</label><input id="zipcode" name="zipcode" /><label><input type="checkbox" name="charte" /> J\'accepte la charte</label>'
            '<button type="submit" class="btn btn-primary">S\'inscrire</button></form>')


def capco_vote_list(items, left) -> str:
    """Selection step with votes (items: href, title, amount, votes)"""
    rows = "".join(f'<li class="proposal-preview list-group-item"><h2 class="card__title"><a href="{escape(h)}">{escape(t)}</a></h2>'
                   f'<span class="proposal__estimation">{escape(a)}</span><span class="proposal__counter--votes">{n} votes</span>'
                   f'<button class="btn btn-success proposal__button__vote" type="button">Voter</button></li>' for h, t, a, n in items)
    return (f'<div class="proposal__vote-widget"><p class="votes-left">Il vous reste <strong>{left}</strong> votes. Vous pouvez soutenir jusqu\'à 3 projets.</p>'
            f'<ul class="media-list proposal-preview-list">{rows}</ul></div>')


# ---- Go Vocal (CitizenLab) ------------------------------------------------------------------------

def govocal_project_cards(items) -> str:
    """items: (href, title, method, status)"""
    cards = "".join(f'<a class="e2e-project-card e2e-{m}-project" href="{escape(h)}"><div class="ProjectCard-content"><h3>{escape(t)}</h3>'
                    f'<p class="e2e-project-card-time-remaining">{escape(s)}</p><span class="e2e-project-card-cta">Participer</span></div></a>'
                    for h, t, m, s in items)
    return f'<div id="e2e-projects-container" class="ProjectCards">{cards}</div>'


def govocal_ideas(items) -> str:
    """items: (href, title, votes, comments)"""
    cards = "".join(f'<a class="e2e-card e2e-idea-card" href="{escape(h)}"><h3 class="e2e-card-title">{escape(t)}</h3>'
                    f'<div class="e2e-card-footer"><span class="e2e-ideacard-upvote-count">{v}</span> <span class="e2e-ideacard-comment-count">{c}</span></div></a>'
                    for h, t, v, c in items)
    return f'<div id="e2e-ideas-container" class="e2e-ideas-list">{cards}</div>'


def govocal_idea_form(action) -> str:
    return (f'<form id="e2e-idea-new-page" class="idea-form" action="{action}" method="post">'
            '<label for="title_multiloc">Titre</label><input id="title_multiloc" name="title_multiloc[fr-FR]" type="text" />'
            '<label for="body_multiloc">Description</label><textarea id="body_multiloc" name="body_multiloc[fr-FR]"></textarea>'
            '<label for="topic_ids">Thèmes</label><select id="topic_ids" name="topic_ids[]" multiple><option>Espace public</option><option>Environnement</option><option>Jeunesse</option></select>'
            '<label for="location_description">Adresse</label><input id="location_description" name="location_description" />'
            '<button type="submit" id="e2e-idea-new-submit-button">Publier</button></form>')


def govocal_comments(comments, action) -> str:
    items = "".join(f'<div class="e2e-comment-thread"><div class="e2e-comment"><span class="e2e-author-name">{escape(a)}</span>'
                    f'<time>{escape(d)}</time><div class="e2e-comment-body"><p>{escape(t)}</p></div></div></div>' for a, d, t in comments)
    return (f'<section id="e2e-comments-container"><h2>Commentaires ({len(comments)})</h2>{items}'
            f'<form class="e2e-comment-form" action="{action}" method="post"><label for="e2e-parent-comment-text-area">Écrivez votre commentaire</label>'
            '<textarea id="e2e-parent-comment-text-area" name="body_multiloc[fr-FR]"></textarea><button type="submit" class="e2e-submit-parentcomment">Publier</button></form></section>')


def govocal_survey(action, questions, free) -> str:
    qs = "".join(f'<fieldset class="e2e-question"><legend>{escape(q)}</legend>' +
                 "".join(f'<label><input type="radio" name="{i}_select" value="{escape(c)}" /> {escape(c)}</label>' for c in cs) + "</fieldset>"
                 for i, (q, cs) in enumerate(questions, 1))
    return (f'<form id="e2e-native-survey" class="e2e-survey-form" action="{action}" method="post">{qs}<label for="survey-free">{escape(free)}</label>'
            '<textarea id="survey-free" name="free_text"></textarea><button type="submit" id="e2e-submit-form">Envoyer</button></form>')


def govocal_budget(items, total) -> str:
    rows = "".join(f'<div class="e2e-idea-card e2e-budget-card"><h3><a href="{escape(h)}">{escape(t)}</a></h3><span class="e2e-idea-budget">{escape(a)}</span>'
                   '<button class="e2e-assign-budget-button" type="button">Ajouter au panier</button></div>' for h, t, a in items)
    return (f'<div class="e2e-pb-budget-box"><p>Votre budget : <strong>0 €</strong> dépensés sur {escape(total)}</p>'
            f'<button id="e2e-voting-submit-button" type="button" disabled>Soumettre mon vote</button></div><div class="e2e-ideas-list">{rows}</div>')


def govocal_signup(action="/fr-FR/sign-up") -> str:
    return (f'<form id="e2e-sign-up-email-password-container" action="{action}" method="post"><label for="firstName">Prénom</label><input id="firstName" name="first_name" />'
            '<label for="lastName">Nom</label><input id="lastName" name="last_name" /><label for="email">E-mail</label><input id="email" name="email" type="email" />'
            '<label for="password">Mot de passe</label><input id="password" name="password" type="password" /><label><input type="checkbox" id="terms-and-conditions-checkbox" /> J\'accepte les conditions générales</label>'
            '<button type="submit" id="e2e-signup-password-submit-button">S\'inscrire</button></form>')


# ---- white-label vendors (Fluicity, Jenparle, id-city) -------------------------------------------

def vendor_post_cards(items, cls) -> str:
    """items: (href, kind, title, meta)"""
    cards = "".join(f'<article class="{cls}-card {cls}-card--{k}"><span class="{cls}-card__type">{escape(k)}</span><h3><a href="{escape(h)}">{escape(t)}</a></h3>'
                    f'<p class="{cls}-card__meta">{escape(m)}</p></article>' for h, k, t, m in items)
    return f'<div class="{cls}-feed">{cards}</div>'


def vendor_idea_form(action, cls, title="Publier une idée") -> str:
    return (f'<form class="{cls}-form {cls}-form--idea" action="{action}" method="post"><h2>{escape(title)}</h2>'
            f'<label for="{cls}-idea-title">Votre idée en une phrase</label><input id="{cls}-idea-title" name="post[title]" maxlength="140" />'
            f'<label for="{cls}-idea-body">Détaillez votre proposition</label><textarea id="{cls}-idea-body" name="post[description]"></textarea>'
            f'<label for="{cls}-idea-cat">Catégorie</label><select id="{cls}-idea-cat" name="post[category]"><option>Propreté</option><option>Mobilité</option><option>Animation</option></select>'
            f'<button type="submit" class="{cls}-btn">Publier</button></form>')


def vendor_comments(comments, action, cls) -> str:
    items = "".join(f'<li class="{cls}-comment"><span class="{cls}-comment__author">{escape(a)}</span> <time>{escape(d)}</time><p>{escape(t)}</p></li>' for a, d, t in comments)
    return (f'<section class="{cls}-comments"><h2>{len(comments)} commentaires</h2><ul>{items}</ul>'
            f'<form class="{cls}-comment-form" action="{action}" method="post"><label for="{cls}-c">Réagir</label><textarea id="{cls}-c" name="comment[content]"></textarea>'
            f'<button type="submit">Commenter</button></form></section>')


def vendor_vote(action, question, choices, cls) -> str:
    opts = "".join(f'<label class="{cls}-choice"><input type="radio" name="answer" value="{i}" /> {escape(c)}</label>' for i, c in enumerate(choices, 1))
    return (f'<form class="{cls}-survey" action="{action}" method="post"><p class="{cls}-survey__question">{escape(question)}</p>{opts}'
            f'<button type="submit" class="{cls}-btn">Je vote</button></form>')


def vendor_results(question, rows, cls) -> str:
    bars = "".join(f'<li><span>{escape(a)}</span><span class="{cls}-bar" style="width:{p}%">{p} %</span></li>' for a, p in rows)
    return f'<div class="{cls}-results"><p class="{cls}-survey__question">{escape(question)}</p><ul>{bars}</ul><p class="{cls}-closed">Consultation terminée</p></div>'


# ---- forums ---------------------------------------------------------------------------------------

def phpbb_forumlist(items) -> str:
    """items: (href, name, desc, topics, posts)"""
    rows = "".join(f'<li class="row"><dl class="row-item forum_read"><dt title="Aucun message non lu"><div class="list-inner">'
                   f'<a href="{escape(h)}" class="forumtitle">{escape(n)}</a><br />{escape(d)}</div></dt><dd class="topics">{t} <dfn>Sujets</dfn></dd>'
                   f'<dd class="posts">{p} <dfn>Messages</dfn></dd></dl></li>' for h, n, d, t, p in items)
    return (f'<div class="forabg"><div class="inner"><ul class="topiclist"><li class="header"><dl class="row-item"><dt><div class="list-inner">Forum</div></dt>'
            f'<dd class="topics">Sujets</dd><dd class="posts">Messages</dd></dl></li></ul><ul class="topiclist forums">{rows}</ul></div></div>')


def phpbb_topiclist(items) -> str:
    """items: (href, title, author, replies)"""
    rows = "".join(f'<li class="row bg{1 + i % 2}"><dl class="row-item topic_read"><dt><div class="list-inner"><a href="{escape(h)}" class="topictitle">{escape(t)}</a>'
                   f'<div class="topic-poster">par <span class="username">{escape(a)}</span></div></div></dt><dd class="posts">{r} <dfn>Réponses</dfn></dd></dl></li>'
                   for i, (h, t, a, r) in enumerate(items))
    return (f'<div class="action-bar bar-top"><a href="/posting.php?mode=post&amp;f=2" class="button" title="Écrire un nouveau sujet"><span>Nouveau sujet</span></a></div>'
            f'<div class="forumbg"><div class="inner"><ul class="topiclist topics">{rows}</ul></div></div>')


def phpbb_posts(posts, reply_action) -> str:
    items = "".join(f'<div id="p{100 + i}" class="post has-profile bg{1 + i % 2}"><div class="inner"><dl class="postprofile"><dt><span class="username">{escape(a)}</span></dt></dl>'
                    f'<div class="postbody"><h3>Re: sujet</h3><p class="author"><time>{escape(d)}</time></p><div class="content">{escape(t)}</div></div></div></div>'
                    for i, (a, d, t) in enumerate(posts))
    return (f'{items}<form method="post" action="{reply_action}" id="qr_postform"><div class="panel"><h2 class="quickreply-title">Réponse rapide</h2>'
            '<fieldset class="fields1"><textarea style="height: 9em;" name="message" rows="7" cols="76" tabindex="1"></textarea></fieldset>'
            '<fieldset class="submit-buttons"><input type="submit" accesskey="s" tabindex="6" name="post" value="Envoyer" class="button1" /></fieldset></div></form>')


def flarum_discussions(items) -> str:
    rows = "".join(f'<li><a href="{escape(h)}">{escape(t)}</a> <span class="DiscussionListItem-count">{n} réponses</span></li>' for h, t, n in items)
    return f'<ul class="DiscussionList-discussions">{rows}</ul>'


def flarum_posts(posts) -> str:
    return "".join(f'<div class="Post CommentPost"><header class="Post-header"><span class="username">{escape(a)}</span> <time>{escape(d)}</time></header>'
                   f'<div class="Post-body"><p>{escape(t)}</p></div></div>' for a, d, t in posts)


# ---- neighbour network ----------------------------------------------------------------------------

def network_feed(items) -> str:
    """items: (kind, author, quartier, text)"""
    posts = "".join(f'<article class="feed-post feed-post--{k}"><header><span class="feed-post__author">{escape(a)}</span> · <span class="feed-post__area">{escape(q)}</span>'
                    f' <span class="badge">{escape(k)}</span></header><p>{escape(t)}</p><footer><a href="/connexion">Répondre</a></footer></article>' for k, a, q, t in items)
    return f'<div class="feed">{posts}</div>'


def network_post_form(action) -> str:
    return (f'<form class="feed-compose" action="{action}" method="post"><label for="post-kind">Type</label><select id="post-kind" name="type"><option>Entraide</option><option>Prêt d\'objet</option><option>Événement</option><option>Objet trouvé</option></select>'
            '<label for="post-text">Votre message à vos voisins</label><textarea id="post-text" name="message"></textarea><button type="submit">Publier dans mon quartier</button></form>')
