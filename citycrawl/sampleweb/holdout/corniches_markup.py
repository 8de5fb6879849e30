"""Markup of the "corniches" holdout part: blocks that large French cities with arrondissements and their
platforms put inside a page (teasers, agendas, plugin widgets, forms, comment threads, board listings).

Written in this part's own words after the public markup of the software named in each helper."""
from html import escape

from .markup import prose, wp_comments_closed  # the same blocks as the first part's


def h2(text):
    return f"<h2>{text}</h2>"


def items(*entries):
    return "<ul>" + "".join(f"<li>{e}</li>" for e in entries) + "</ul>"


def cookie_banner():
    """The consent banner most city sites load (tarteaucitron), rendered before the script hides it."""
    return ('<div id="tarteaucitronRoot" class="tarteaucitronBeforeVisible"><div id="tarteaucitronAlertBig" role="dialog" '
            'aria-label="Gestion des cookies"><span id="tarteaucitronDisclaimerAlert">Ce site utilise des cookies de mesure '
            "d'audience et vous laisse le choix de les activer.</span>"
            '<button type="button" id="tarteaucitronPersonalize2">Tout accepter</button>'
            '<button type="button" id="tarteaucitronAllDenied2">Tout refuser</button></div></div>')


def teasers(entries, title="Actualités"):
    """News or agenda teasers: (href, title, date, chapo)."""
    cards = "".join(
        f'<article class="teaser"><p class="teaser__date">{escape(date)}</p><h3 class="teaser__title">'
        f'<a href="{href}">{escape(t)}</a></h3><p class="teaser__chapo">{escape(chapo)}</p></article>'
        for href, t, date, chapo in entries)
    return f'<section class="teasers"><h2>{escape(title)}</h2><div class="teasers__list">{cards}</div></section>'


def quick_links(links, title="Accès rapides"):
    tiles = "".join(f'<li class="quick-links__item"><a href="{href}">{escape(label)}</a></li>' for href, label in links)
    return f'<nav class="quick-links" aria-label="{escape(title)}"><h2>{escape(title)}</h2><ul>{tiles}</ul></nav>'


def home(intro, links, news, agenda=()):
    out = cookie_banner() + f'<div class="home-intro"><p>{intro}</p></div>' + quick_links(links) + teasers(news)
    if agenda:
        out += teasers(agenda, "Agenda")
    return out


def with_aside(main, aside):
    return (f'<div class="layout-with-sidebar"><div class="layout-main">{main}</div>'
            f'<aside class="sidebar" role="complementary">{aside}</aside></div>')


def share(url, title):
    """Share intents (not accounts of the city)."""
    u = escape(url)
    return ('<div class="share-buttons"><span>Partager :</span>'
            f'<a class="share-fb" href="https://www.facebook.com/sharer/sharer.php?u={u}" target="_blank">Facebook</a>'
            f'<a class="share-x" href="https://twitter.com/intent/tweet?url={u}&amp;text={escape(title)}" target="_blank">X</a>'
            f'<a class="share-li" href="https://www.linkedin.com/shareArticle?mini=true&amp;url={u}" target="_blank">LinkedIn</a>'
            f'<a class="share-mail" href="mailto:?subject={escape(title)}&amp;body={u}">Courriel</a></div>')


# ---- contact forms ------------------------------------------------------------------------------

def cf7(action, form_id=412, subjects=("Renseignement", "État civil", "Voirie", "Autre")):
    """Contact Form 7 (WordPress)."""
    opts = "".join(f'<option value="{escape(s)}">{escape(s)}</option>' for s in subjects)
    return (f'<div class="wpcf7 no-js" id="wpcf7-f{form_id}-p{form_id + 3}-o1" lang="fr-FR" dir="ltr">'
            f'<form action="{action}#wpcf7-f{form_id}-p{form_id + 3}-o1" method="post" class="wpcf7-form init" novalidate="novalidate" data-status="init">'
            f'<div style="display: none;"><input type="hidden" name="_wpcf7" value="{form_id}" /><input type="hidden" name="_wpcf7_version" value="5.9.3" />'
            f'<input type="hidden" name="_wpcf7_locale" value="fr_FR" /><input type="hidden" name="_wpcf7_unit_tag" value="wpcf7-f{form_id}-o1" /></div>'
            '<p><label> Vos nom et prénom<br /><span class="wpcf7-form-control-wrap" data-name="your-name"><input size="40" class="wpcf7-form-control wpcf7-text wpcf7-validates-as-required" aria-required="true" value="" type="text" name="your-name" /></span></label></p>'
            '<p><label> Votre adresse e-mail<br /><span class="wpcf7-form-control-wrap" data-name="your-email"><input size="40" class="wpcf7-form-control wpcf7-email wpcf7-validates-as-required" value="" type="email" name="your-email" /></span></label></p>'
            f'<p><label> Objet<br /><span class="wpcf7-form-control-wrap" data-name="objet"><select class="wpcf7-form-control wpcf7-select" name="objet">{opts}</select></span></label></p>'
            '<p><label> Votre message<br /><span class="wpcf7-form-control-wrap" data-name="your-message"><textarea cols="40" rows="10" class="wpcf7-form-control wpcf7-textarea" name="your-message"></textarea></span></label></p>'
            '<p><span class="wpcf7-form-control-wrap" data-name="rgpd"><span class="wpcf7-form-control wpcf7-acceptance"><label><input type="checkbox" name="rgpd" value="1" /> J\'accepte que mes données soient utilisées pour traiter ma demande.</label></span></span></p>'
            '<p><input class="wpcf7-form-control wpcf7-submit has-spinner" type="submit" value="Envoyer" /></p>'
            '<div class="wpcf7-response-output" aria-hidden="true"></div></form></div>')


def webform(action, form="contact", message_label="Message", extra=""):
    """Drupal Webform."""
    return (f'<form class="webform-submission-form webform-submission-add-form webform-submission-{form}-form js-webform-details-toggle" '
            f'data-drupal-selector="webform-submission-{form}-add-form" action="{action}" method="post" id="webform-submission-{form}-add-form" accept-charset="UTF-8">'
            '<div class="js-form-item form-item js-form-type-textfield form-type-textfield js-form-item-name form-item-name">'
            '<label for="edit-name" class="js-form-required form-required">Votre nom</label><input data-drupal-selector="edit-name" type="text" id="edit-name" name="name" value="" size="60" maxlength="255" class="form-text required" required="required" /></div>'
            '<div class="js-form-item form-item js-form-type-email form-type-email js-form-item-email form-item-email">'
            '<label for="edit-email" class="js-form-required form-required">Votre adresse de courriel</label><input data-drupal-selector="edit-email" type="email" id="edit-email" name="email" value="" size="60" maxlength="254" class="form-email required" required="required" /></div>'
            + extra +
            '<div class="js-form-item form-item js-form-type-textarea form-type-textarea js-form-item-message form-item-message">'
            f'<label for="edit-message" class="js-form-required form-required">{message_label}</label><div class="form-textarea-wrapper">'
            '<textarea data-drupal-selector="edit-message" id="edit-message" name="message" rows="5" cols="60" class="form-textarea required resize-vertical" required="required"></textarea></div></div>'
            f'<input autocomplete="off" data-drupal-selector="form-x7c2" type="hidden" name="form_build_id" value="form-x7c2{form}" />'
            f'<input data-drupal-selector="edit-webform-submission-{form}-add-form" type="hidden" name="form_id" value="webform_submission_{form}_add_form" />'
            '<div data-drupal-selector="edit-actions" class="form-actions webform-actions js-form-wrapper form-wrapper" id="edit-actions">'
            '<input class="webform-button--submit button button--primary js-form-submit form-submit" data-drupal-selector="edit-actions-submit" type="submit" id="edit-actions-submit" name="op" value="Envoyer" /></div></form>')


def spip_ecrire_auteur(action, id_article):
    """SPIP's formulaire_ecrire_auteur."""
    return (f'<div class="formulaire_spip formulaire_ecrire_auteur ajax" id="formulaire_ecrire_auteur{id_article}">'
            f'<form method="post" action="{action}"><div><input name="formulaire_action" type="hidden" value="ecrire_auteur" />'
            f'<input name="formulaire_action_args" type="hidden" value="{id_article}" />'
            '<fieldset><legend>Envoyer un message</legend><div class="editer-groupe">'
            f'<div class="editer saisie_email_message_auteur obligatoire"><label for="email_message_auteur_{id_article}">Votre adresse email</label>'
            f'<input required="required" type="email" class="text email" name="email_message_auteur" id="email_message_auteur_{id_article}" value="" size="22" /></div>'
            f'<div class="editer saisie_sujet_message_auteur obligatoire"><label for="sujet_message_auteur_{id_article}">Sujet</label>'
            f'<input type="text" class="text" name="sujet_message_auteur" id="sujet_message_auteur_{id_article}" value="" size="22" /></div>'
            f'<div class="editer saisie_texte_message_auteur obligatoire"><label for="texte_message_auteur_{id_article}">Texte de votre message</label>'
            f'<textarea name="texte_message_auteur" id="texte_message_auteur_{id_article}" rows="8" cols="60"></textarea></div></div></fieldset>'
            '<p style="display:none;"><label for="nobot">Veuillez laisser ce champ vide :</label><input type="text" class="text" name="nobot" id="nobot" value="" size="10" /></p>'
            '<p class="boutons"><input type="submit" class="submit" name="valide" value="Envoyer" /></p></div></form></div>')


def joomla_contact(action, contact_id=3):
    """Joomla com_contact."""
    return (f'<div class="com-contact__form contact-form"><form id="contact-form" action="{action}" method="post" class="form-validate form-horizontal well">'
            '<fieldset><legend>Envoyer un courriel.</legend>'
            '<div class="control-group"><div class="control-label"><label id="jform_contact_name-lbl" for="jform_contact_name" class="required">Nom<span class="star">&#160;*</span></label></div>'
            '<div class="controls"><input type="text" name="jform[contact_name]" id="jform_contact_name" value="" class="form-control required" required></div></div>'
            '<div class="control-group"><div class="control-label"><label id="jform_contact_email-lbl" for="jform_contact_email" class="required">E-mail<span class="star">&#160;*</span></label></div>'
            '<div class="controls"><input type="email" inputmode="email" name="jform[contact_email]" class="form-control validate-email required" id="jform_contact_email" value="" required></div></div>'
            '<div class="control-group"><div class="control-label"><label id="jform_contact_emailmsg-lbl" for="jform_contact_emailmsg" class="required">Sujet</label></div>'
            '<div class="controls"><input type="text" name="jform[contact_subject]" id="jform_contact_emailmsg" value="" class="form-control required" required></div></div>'
            '<div class="control-group"><div class="control-label"><label id="jform_contact_message-lbl" for="jform_contact_message" class="required">Message</label></div>'
            '<div class="controls"><textarea name="jform[contact_message]" id="jform_contact_message" cols="50" rows="10" class="form-control required" required></textarea></div></div>'
            '</fieldset><div class="control-group"><div class="controls"><button class="btn btn-primary validate" type="submit">Envoyer le courriel</button>'
            f'<input type="hidden" name="option" value="com_contact"><input type="hidden" name="task" value="contact.submit"><input type="hidden" name="id" value="{contact_id}:mairie-centrale">'
            '<input type="hidden" name="b3c5f0e1a9d7" value="1"></div></div></form></div>')


def powermail(action, uid=71, message_label="Votre message", title_field=""):
    """TYPO3 powermail."""
    return (f'<div class="tx-powermail"><div class="container-fluid"><form data-powermail-validate="data-powermail-validate" action="{action}" '
            f'class="powermail_form powermail_form_{uid} nolabel" method="post" enctype="multipart/form-data">'
            f'<h3>Formulaire</h3><fieldset class="powermail_fieldset powermail_fieldset_{uid}">'
            f'<div class="powermail_fieldwrap powermail_fieldwrap_type_input powermail_fieldwrap_nom"><label for="powermail_field_nom" class="powermail_label">Nom</label>'
            '<input required="required" class="powermail_input" id="powermail_field_nom" type="text" name="tx_powermail_pi1[field][nom]" value="" /></div>'
            '<div class="powermail_fieldwrap powermail_fieldwrap_type_input powermail_fieldwrap_courriel"><label for="powermail_field_courriel" class="powermail_label">Courriel</label>'
            '<input required="required" class="powermail_input" id="powermail_field_courriel" type="email" name="tx_powermail_pi1[field][courriel]" value="" /></div>'
            + title_field +
            '<div class="powermail_fieldwrap powermail_fieldwrap_type_textarea powermail_fieldwrap_message">'
            f'<label for="powermail_field_message" class="powermail_label">{message_label}</label>'
            '<textarea required="required" rows="5" cols="20" class="powermail_textarea" id="powermail_field_message" name="tx_powermail_pi1[field][message]"></textarea></div>'
            '<div class="powermail_fieldwrap powermail_fieldwrap_type_submit"><input class="powermail_submit" type="submit" value="Envoyer" /></div>'
            f'</fieldset><input type="hidden" name="tx_powermail_pi1[mail][form]" value="{uid}" /></form></div></div>')


def agency_form(action, fields, message_label="Votre message", button="Envoyer", cls="form-contact"):
    """A vendor CMS's accessible form: fields are (name, label, type)."""
    inputs = "".join(f'<div class="form__group"><label class="form__label" for="f-{n}">{escape(lab)}</label>'
                     f'<input class="form__input" id="f-{n}" type="{t}" name="{n}"></div>' for n, lab, t in fields)
    text = (f'<div class="form__group"><label class="form__label" for="f-message">{escape(message_label)}</label>'
            '<textarea class="form__textarea" id="f-message" name="message" rows="7"></textarea></div>') if message_label else ""
    return (f'<form class="form {cls}" action="{action}" method="post" novalidate><p class="form__mandatory">Les champs marqués * sont obligatoires.</p>'
            f'{inputs}{text}<div class="form__group form__group--rgpd"><input type="checkbox" id="f-rgpd" name="rgpd" required>'
            '<label for="f-rgpd">J\'ai pris connaissance de la politique de protection des données.</label></div>'
            f'<button class="btn btn--primary" type="submit">{escape(button)}</button></form>')


def wcs_form(action, title, fields, textarea=None, button="Valider"):
    """Publik w.c.s. form: fields (name, label, type); textarea (name, label) or None."""
    widgets = "".join(f'<div class="widget {t}-widget" data-field-name="{n}"><div class="title"><label for="form_{n}">{escape(lab)}</label></div>'
                      f'<div class="content"><input type="{t}" id="form_{n}" name="{n}" value="" /></div></div>' for n, lab, t in fields)
    if textarea:
        n, lab = textarea
        widgets += (f'<div class="widget text-widget" data-field-name="{n}"><div class="title"><label for="form_{n}">{escape(lab)}</label></div>'
                    f'<div class="content"><textarea id="form_{n}" name="{n}" rows="6" cols="60"></textarea></div></div>')
    return (f'<div class="wcs-form"><form action="{action}" method="post" enctype="multipart/form-data" class="quixote">'
            f'<h2 class="form-title">{escape(title)}</h2><div class="page">{widgets}</div>'
            '<input type="hidden" name="_form_id" value="form" /><input type="hidden" name="_ajax_form_id" value="" />'
            f'<div class="buttons submit"><button name="submit" value="{escape(button)}">{escape(button)}</button></div></form></div>')


# ---- forms that are not contact forms -----------------------------------------------------------

def newsletter(action, list_name="la lettre d'information"):
    return (f'<form class="newsletter-form" action="{action}" method="post"><h3>Recevez {escape(list_name)}</h3>'
            '<label for="nl-email">Votre adresse e-mail</label><input type="email" id="nl-email" name="EMAIL" required>'
            '<input type="checkbox" id="nl-ok" name="consent" value="1"><label for="nl-ok">J\'accepte de recevoir la lettre</label>'
            '<button type="submit">S\'abonner</button></form>')


def login(action):
    return (f'<form class="login" action="{action}" method="post"><label for="lg-user">Identifiant ou adresse e-mail</label>'
            '<input type="text" id="lg-user" name="login"><label for="lg-pass">Mot de passe</label>'
            '<input type="password" id="lg-pass" name="password"><button type="submit">Connexion</button>'
            '<a href="#mot-de-passe-oublie">Mot de passe oublié ?</a></form>')


def booking(action, what, slots):
    opts = "".join(f'<option>{escape(s)}</option>' for s in slots)
    return (f'<form class="form form-booking" action="{action}" method="post"><h3>Réserver : {escape(what)}</h3>'
            '<label for="bk-date">Date souhaitée</label><input type="date" id="bk-date" name="date">'
            f'<label for="bk-slot">Créneau</label><select id="bk-slot" name="creneau">{opts}</select>'
            '<label for="bk-name">Nom</label><input type="text" id="bk-name" name="nom">'
            '<label for="bk-tel">Téléphone</label><input type="tel" id="bk-tel" name="telephone">'
            '<button type="submit">Réserver</button></form>')


def payment(action, what, amount_label="Montant à régler"):
    return (f'<form class="form form-payment" action="{action}" method="post"><h3>{escape(what)}</h3>'
            '<label for="pay-ref">Référence de la facture</label><input type="text" id="pay-ref" name="reference">'
            f'<label for="pay-amount">{escape(amount_label)}</label><input type="text" id="pay-amount" name="montant" inputmode="decimal">'
            '<label for="pay-mail">Courriel pour le reçu</label><input type="email" id="pay-mail" name="email">'
            '<button type="submit">Payer par carte bancaire</button></form>')


def registration(action, what, fields=(("nom_enfant", "Nom de l'enfant"), ("prenom_enfant", "Prénom"), ("ecole", "École"))):
    inputs = "".join(f'<label for="rg-{n}">{escape(lab)}</label><input type="text" id="rg-{n}" name="{n}">' for n, lab in fields)
    return (f'<form class="form form-registration" action="{action}" method="post"><h3>{escape(what)}</h3>{inputs}'
            '<label for="rg-mail">Courriel du responsable légal</label><input type="email" id="rg-mail" name="email">'
            '<button type="submit">Envoyer l\'inscription</button></form>')


# ---- polls and questionnaires -------------------------------------------------------------------

def wp_polls(poll_id, question, answers):
    """WP-Polls widget, voting form."""
    li = "".join(f'<li><input type="radio" id="poll-answer-{poll_id * 10 + i}" name="poll_{poll_id}" value="{poll_id * 10 + i}" />'
                 f'<label for="poll-answer-{poll_id * 10 + i}">{escape(a)}</label></li>' for i, a in enumerate(answers, 1))
    return (f'<section class="widget widget_polls-widget"><h2 class="widget-title">Sondage</h2>'
            f'<div id="polls-{poll_id}" class="wp-polls"><form id="polls_form_{poll_id}" class="wp-polls-form" action="/index.php" method="post">'
            f'<p style="display: none;"><input type="hidden" id="poll_{poll_id}_nonce" name="wp-polls-nonce" value="a81c3f09d2" /></p>'
            f'<p style="display: none;"><input type="hidden" name="poll_id" value="{poll_id}" /></p>'
            f'<p style="text-align: center;"><strong>{escape(question)}</strong></p><div id="polls-{poll_id}-ans" class="wp-polls-ans">'
            f'<ul class="wp-polls-ul">{li}</ul><p style="text-align: center;"><input type="button" name="vote" value="   Voter   " class="Buttons" '
            f'onclick="poll_vote({poll_id});" /></p><p style="text-align: center;"><a href="#ViewPollResults" onclick="poll_result({poll_id}); return false;" '
            'title="Voir les résultats de ce sondage">Voir les résultats</a></p></div></form></div>'
            f'<div id="polls-{poll_id}-loading" class="wp-polls-loading"><img src="/wp-content/plugins/wp-polls/images/loading.gif" width="16" height="16" alt="Chargement ..." /> Chargement ...</div></section>')


def results_table(question, rows, total):
    """A closed poll's results, no way to answer."""
    trs = "".join(f'<tr><th scope="row">{escape(a)}</th><td>{pct} %</td><td>{n}</td></tr>' for a, pct, n in rows)
    return (f'<div class="poll-results"><h3>{escape(question)}</h3><table class="table"><thead><tr><th>Réponse</th><th>Part</th>'
            f'<th>Voix</th></tr></thead><tbody>{trs}</tbody></table><p class="poll-results__total">{total} participants — consultation close.</p></div>')


def drupal_poll(pid, question, choices):
    """Drupal Poll module block, vote form."""
    opts = "".join(f'<div class="js-form-item form-item js-form-type-radio form-type-radio"><input data-drupal-selector="edit-choice-{i}" '
                   f'type="radio" id="edit-choice-{i}" name="choice" value="{i}" class="form-radio" /><label for="edit-choice-{i}" class="option">{escape(c)}</label></div>'
                   for i, c in enumerate(choices, 1))
    return (f'<div class="block block-poll block-poll-recent-block"><h2>Sondage</h2><div class="poll">'
            f'<form class="poll-view-form poll-view-form-{pid}" data-drupal-selector="poll-view-form-{pid}" action="/poll/{pid}" method="post" id="poll-view-form-{pid}" accept-charset="UTF-8">'
            f'<div class="poll-question"><h3>{escape(question)}</h3></div><fieldset class="js-form-item form-item"><div class="fieldset-wrapper"><div id="edit-choice" class="form-radios">{opts}</div></div></fieldset>'
            f'<input type="hidden" name="form_id" value="poll_view_form_{pid}" /><div class="form-actions js-form-wrapper form-wrapper"><input type="submit" id="edit-vote" name="op" value="Voter" class="button js-form-submit form-submit" /></div></form></div></div>')


def questionnaire(action, intro, questions, cls="questionnaire"):
    """An on-page questionnaire: questions (label, choices) and a free comment field."""
    qs = ""
    for n, (label, choices) in enumerate(questions, 1):
        radios = "".join(f'<label><input type="radio" name="q{n}" value="{i}"> {escape(c)}</label>' for i, c in enumerate(choices, 1))
        qs += f'<fieldset class="{cls}__question"><legend>{n}. {escape(label)}</legend>{radios}</fieldset>'
    return (f'<form class="{cls}" action="{action}" method="post"><p class="{cls}__intro">{escape(intro)}</p>{qs}'
            f'<label for="{cls}-remarques">Vos remarques (facultatif)</label><textarea id="{cls}-remarques" name="remarques" rows="3"></textarea>'
            '<button type="submit">Envoyer mes réponses</button></form>')


def limesurvey_iframe(host, sid, title):
    return (f'<div class="embed-questionnaire"><iframe src="http://{host}/index.php/{sid}?lang=fr" title="{escape(title)}" '
            f'width="100%" height="900" style="border:0"></iframe><p><a href="http://{host}/index.php/{sid}?lang=fr">Ouvrir le questionnaire dans une nouvelle fenêtre</a></p></div>')


def limesurvey_page(sid, title, intro, questions):
    """LimeSurvey's public survey form (group by group)."""
    qs = ""
    for n, (label, choices) in enumerate(questions, 1):
        radios = "".join(f'<li class="answer-item radio-item"><input class="radio" type="radio" value="A{i}" name="{sid}X1X{n}" id="answer{sid}X1X{n}A{i}">'
                         f'<label for="answer{sid}X1X{n}A{i}" class="answertext">{escape(c)}</label></li>' for i, c in enumerate(choices, 1))
        qs += (f'<div id="question{n}" class="question-container row list-radio mandatory"><div class="question-title-container"><div class="question-text">'
               f'<span class="asterisk">*</span>{escape(label)}</div></div><div class="answer-container"><ul class="answers-list radio-list">{radios}</ul></div></div>')
    return (f'<div id="outerframeContainer" class="outerframe"><form id="limesurvey" name="limesurvey" action="/index.php/{sid}?lang=fr" method="post" class="survey-form-container form">'
            f'<div class="survey-welcome"><h2>{escape(title)}</h2><p>{escape(intro)}</p></div><div class="group-container">{qs}</div>'
            f'<input type="hidden" name="sid" value="{sid}" id="sid" /><input type="hidden" name="lastgroup" value="{sid}X1" />'
            '<div class="navigator"><button type="submit" id="ls-button-submit" value="movesubmit" name="move" class="ls-move-btn ls-move-submit-btn btn btn-lg btn-primary">Envoyer</button></div></form></div>')


def joomla_poll(pid, question, answers):
    """A Joomla poll module (vote form in a module position)."""
    opts = "".join(f'<div class="radio"><label for="voteid{pid * 10 + i}"><input type="radio" name="voteid" id="voteid{pid * 10 + i}" value="{pid * 10 + i}">{escape(a)}</label></div>'
                   for i, a in enumerate(answers, 1))
    return (f'<div class="moduletable mod-acepolls"><h3>Votre avis</h3><form action="/index.php?option=com_acepolls&amp;view=poll&amp;id={pid}" method="post" name="poll_vote_{pid}" id="poll_vote_{pid}">'
            f'<p class="poll-question">{escape(question)}</p>{opts}<input type="submit" name="task_button" class="btn btn-primary" value="Voter">'
            f'<input type="hidden" name="option" value="com_acepolls"><input type="hidden" name="task" value="vote"><input type="hidden" name="poll_id" value="{pid}"></form></div>')


# ---- comments -----------------------------------------------------------------------------------

def wp_comments(entries, post_id):
    """WordPress native comments and comment form."""
    li = "".join(f'<li id="comment-{post_id * 10 + i}" class="comment even thread-even depth-1"><article class="comment-body">'
                 f'<footer class="comment-meta"><div class="comment-author vcard"><b class="fn">{escape(who)}</b> <span class="says">dit :</span></div>'
                 f'<div class="comment-metadata"><time>{escape(when)}</time></div></footer><div class="comment-content"><p>{escape(text)}</p></div>'
                 f'<div class="reply"><a rel="nofollow" class="comment-reply-link" href="#comment-{post_id * 10 + i}">Répondre</a></div></article></li>'
                 for i, (who, when, text) in enumerate(entries, 1))
    return (f'<div id="comments" class="comments-area"><h2 class="comments-title">{len(entries)} réflexions</h2><ol class="comment-list">{li}</ol>'
            '<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Laisser un commentaire</h3>'
            '<form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate>'
            '<p class="comment-notes">Votre adresse e-mail ne sera pas publiée.</p>'
            '<p class="comment-form-comment"><label for="comment">Commentaire</label><textarea id="comment" name="comment" cols="45" rows="8" maxlength="65525" required></textarea></p>'
            '<p class="comment-form-author"><label for="author">Nom</label><input id="author" name="author" type="text" value="" size="30" maxlength="245" /></p>'
            '<p class="comment-form-email"><label for="email">E-mail</label><input id="email" name="email" type="email" value="" size="30" maxlength="100" /></p>'
            f'<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Laisser un commentaire" />'
            f'<input type="hidden" name="comment_post_ID" value="{post_id}" id="comment_post_ID" /><input type="hidden" name="comment_parent" id="comment_parent" value="0" /></p></form></div></div>')


def drupal_comments(entries, nid):
    arts = "".join(f'<article data-comment-user-id="0" id="comment-{nid * 10 + i}" class="comment js-comment by-anonymous">'
                   f'<footer class="comment__meta"><p class="comment__author">{escape(who)}</p><p class="comment__time">{escape(when)}</p></footer>'
                   f'<div class="comment__content"><div class="field field--name-comment-body">{escape(text)}</div></div></article>'
                   for i, (who, when, text) in enumerate(entries, 1))
    return (f'<section class="field field--name-comment field--type-comment"><h2>Commentaires</h2>{arts}'
            '<h2 class="comment-form__title">Ajouter un commentaire</h2>'
            f'<form class="comment-comment-form comment-form" data-drupal-selector="comment-form" action="/comment/reply/node/{nid}/comment" method="post" id="comment-form" accept-charset="UTF-8">'
            '<div class="js-form-item form-item js-form-type-textfield"><label for="edit-name">Votre nom</label><input type="text" id="edit-name" name="name" value="" size="30" maxlength="60" class="form-text" /></div>'
            '<div class="field--type-text-long field--name-comment-body field--widget-text-textarea js-form-wrapper form-wrapper">'
            '<div class="js-form-item form-item js-form-type-textarea"><label for="edit-comment-body-0-value" class="js-form-required form-required">Commentaire</label>'
            '<div class="form-textarea-wrapper"><textarea class="js-text-full text-full form-textarea required" data-drupal-selector="edit-comment-body-0-value" id="edit-comment-body-0-value" name="comment_body[0][value]" rows="5" cols="60" required="required"></textarea></div></div></div>'
            '<input type="hidden" name="form_id" value="comment_comment_form" />'
            '<div class="form-actions js-form-wrapper form-wrapper" id="edit-actions"><input type="submit" id="edit-submit--2" name="op" value="Enregistrer" class="button button--primary js-form-submit form-submit" /></div></form></section>')


def spip_forum(entries, id_article):
    """SPIP article forum: the messages and formulaire_forum."""
    msgs = "".join(f'<li class="forum-fil"><div class="forum-message" id="forum{id_article * 10 + i}"><div class="forum-chapo">'
                   f'<strong class="forum-titre">{escape(title)}</strong><small>{escape(when)}, par <span class="vcard author">{escape(who)}</span></small></div>'
                   f'<div class="forum-texte"><p>{escape(text)}</p></div></div></li>' for i, (who, when, title, text) in enumerate(entries, 1))
    return (f'<div class="forums"><h2>Réactions</h2><ul class="forums-liste">{msgs}</ul></div>'
            f'<div class="formulaire_spip formulaire_forum ajax" id="formulaire_forum"><form action="spip.php?article{id_article}" method="post"><div>'
            f'<input name="formulaire_action" type="hidden" value="forum" /><input name="id_article" type="hidden" value="{id_article}" />'
            '<fieldset><legend>Votre message</legend><div class="editer-groupe">'
            '<div class="editer saisie_titre obligatoire"><label for="titre">Titre</label><input type="text" class="text" name="titre" id="titre" value="" size="60" /></div>'
            '<div class="editer saisie_texte obligatoire"><label for="texte">Texte de votre message</label><textarea name="texte" id="texte" rows="10" cols="60"></textarea></div>'
            '</div></fieldset><p class="boutons"><input type="submit" class="submit" name="previsualiser_message" value="Prévisualiser" /></p></div></form></div>')


# ---- participatory budget and petitions on city pages -------------------------------------------

def steps(current, labels):
    """A stepper (presentation, filing, study, vote, winners)."""
    li = "".join(f'<li class="steps__item{" steps__item--current" if i == current else ""}{" steps__item--done" if i < current else ""}">'
                 f'<span class="steps__num">{i}</span> {escape(lab)}</li>' for i, lab in enumerate(labels, 1))
    return f'<ol class="steps">{li}</ol>'


def project_cards(cards):
    """(title, arrondissement, cost, status)."""
    out = "".join(f'<article class="project-card"><h3 class="project-card__title">{escape(t)}</h3><p class="project-card__meta">'
                  f'<span class="tag">{escape(arr)}</span> <span class="cost">{escape(cost)}</span></p><p class="project-card__status">{escape(st)}</p></article>'
                  for t, arr, cost, st in cards)
    return f'<div class="project-cards">{out}</div>'


def idea_box(action, arrondissements, title_label="Titre de votre idée", message_label="Décrivez votre idée"):
    opts = "".join(f'<option>{escape(a)}</option>' for a in arrondissements)
    return (f'<form class="form form-idees" action="{action}" method="post"><fieldset><legend>Votre proposition</legend>'
            f'<label for="idee-titre">{escape(title_label)}</label><input type="text" id="idee-titre" name="titre" required>'
            f'<label for="idee-lieu">Arrondissement concerné</label><select id="idee-lieu" name="arrondissement">{opts}</select>'
            f'<label for="idee-texte">{escape(message_label)}</label><textarea id="idee-texte" name="description" rows="6" required></textarea>'
            '<label for="idee-nom">Nom</label><input type="text" id="idee-nom" name="nom"><label for="idee-mail">Courriel</label>'
            '<input type="email" id="idee-mail" name="email" required></fieldset><button type="submit">Envoyer mon idée</button></form>')


def petition_sign(action, title, count, goal):
    return (f'<div class="petition"><h3 class="petition__title">{escape(title)}</h3><p class="petition__counter"><strong>{count}</strong> signatures sur {goal} nécessaires</p>'
            f'<div class="petition__progress" role="progressbar" aria-valuenow="{count}" aria-valuemax="{goal}"></div>'
            f'<form class="petition__form" action="{action}" method="post"><label for="sig-nom">Nom</label><input id="sig-nom" type="text" name="nom" required>'
            '<label for="sig-prenom">Prénom</label><input id="sig-prenom" type="text" name="prenom" required>'
            '<label for="sig-cp">Code postal</label><input id="sig-cp" type="text" name="code_postal" required>'
            '<label for="sig-mail">Courriel</label><input id="sig-mail" type="email" name="email" required>'
            '<label><input type="checkbox" name="habitant" value="1" required> Je certifie résider dans la commune</label>'
            '<button type="submit">Je signe la pétition</button></form></div>')


# ---- platforms ----------------------------------------------------------------------------------

def decidim_process_card(href, title, step, summary):
    return (f'<a href="{href}" class="card__grid"><div class="card__grid-text"><h3 class="h4 text-secondary">{escape(title)}</h3>'
            f'<div class="card__grid-metadata"><span class="label">Étape : {escape(step)}</span></div><p>{escape(summary)}</p></div></a>')


def decidim_proposals(base, entries, linked=()):
    """(id, title, supports, comments, state); only the ids in ``linked`` have a page of their own here."""
    cards = ""
    for i, t, s, c, st in entries:
        title = f'<a href="{base}/{i}">{escape(t)}</a>' if i in linked else escape(t)
        cards += (f'<div id="proposals__proposal_{i}" class="card__list"><div class="card__list-content">'
                  f'<h3 class="card__list-title">{title}</h3><div class="card__list-metadata"><span>{s} soutiens</span> <span>{c} commentaires</span></div></div>'
                  f'<span class="label {("success" if st == "Retenue" else "")}">{escape(st)}</span></div>')
    return f'<div id="proposals" class="card__list-list">{cards}</div>'


def decidim_comments(model, mid, entries):
    """Decidim comments: the thread and the add-comment form of a resource."""
    threads = "".join(f'<div id="comment_{mid * 10 + i}" class="comment" data-comment-id="{mid * 10 + i}"><div class="comment__header">'
                      f'<span class="author__name">{escape(who)}</span> <span class="comment__date">{escape(when)}</span></div>'
                      f'<div class="comment__content"><div class="rich-text-display"><p>{escape(text)}</p></div></div>'
                      f'<div class="comment__footer"><button class="comment__reply" data-controls="panel-{mid * 10 + i}-reply">Répondre</button></div></div>'
                      for i, (who, when, text) in enumerate(entries, 1))
    return (f'<div id="comments-for-{model}-{mid}" class="comments" data-decidim-comments=\'{{"singleComment":false,"toggleTranslations":false,'
            f'"commentableGid":"gid://decidim/Decidim::{model}/{mid}","commentsUrl":"/comments"}}\'>'
            f'<div class="comments__header"><h2 class="h4">{len(entries)} commentaires</h2></div><div class="comment-threads">{threads}</div>'
            f'<div class="add-comment" id="add-comment-anchor"><form class="new_comment" id="new_comment_for_{model}_{mid}" action="/comments" method="post">'
            f'<input type="hidden" name="comment[commentable_gid]" value="gid://decidim/Decidim::{model}/{mid}">'
            f'<label for="add-comment-{model}-{mid}">Ajouter un commentaire</label>'
            f'<textarea id="add-comment-{model}-{mid}" name="comment[body]" maxlength="1000" rows="4" placeholder="Ajouter un commentaire"></textarea>'
            f'<button type="submit" class="button button__sm button__secondary" id="submit-comment-{model}-{mid}">Publier le commentaire</button></form></div></div>')


def _consul_title(budget_id, i, title, linked):
    return f'<a href="/budgets/{budget_id}/investments/{i}">{escape(title)}</a>' if i in linked else escape(title)


def consul_investments(budget_id, heading, entries, voting=True, linked=()):
    """CONSUL Democracy: investment projects of a heading (arrondissement)."""
    cards = ""
    for i, title, price, supports in entries:
        action = (f'<div class="supports ballot"><form class="button_to" method="post" action="/budgets/{budget_id}/investments/{i}/ballot_lines">'
                  f'<input type="hidden" name="investment_id" value="{i}"><button class="button button-support small expanded" type="submit">Voter</button></form></div>'
                  if voting else f'<div class="supports"><span class="total-supports">{supports} soutiens</span></div>')
        cards += (f'<div id="budget_investment_{i}" class="budget-investment clear"><div class="panel"><div class="row"><div class="small-12 medium-9 column">'
                  f'<div class="budget-investment-content"><h3>{_consul_title(budget_id, i, title, linked)}</h3>'
                  f'<p class="investment-project-info">{escape(heading)}</p><p class="price">{escape(price)}</p></div></div>'
                  f'<div class="small-12 medium-3 column">{action}</div></div></div></div>')
    return f'<div id="budget-investments" class="budget-investments-list">{cards}</div>'


def consul_comments(entries, commentable):
    li = "".join(f'<div id="comment_{i}" class="comment small-12"><div class="comment-body"><span class="user-name">{escape(who)}</span>'
                 f' <span class="bullet">•</span> <time>{escape(when)}</time><div class="comment-user"><p>{escape(text)}</p></div></div></div>'
                 for i, (who, when, text) in enumerate(entries, 1))
    return (f'<section class="comments" id="comments"><h2>Commentaires <span>({len(entries)})</span></h2>'
            f'<form class="new_comment" id="new_comment" action="/comments" method="post"><label for="comment-body-{commentable}">Laisser votre commentaire</label>'
            f'<textarea id="comment-body-{commentable}" name="comment[body]" rows="4"></textarea><input type="hidden" name="comment[commentable_type]" value="Budget::Investment">'
            f'<input type="hidden" name="comment[commentable_id]" value="{commentable}"><input type="submit" name="commit" value="Publier le commentaire" class="button"></form>{li}</section>')


def phpbb_topics(forum_id, topics):
    """(topic id, title, author, replies, last)."""
    rows = "".join(f'<li class="row bg{1 + i % 2}"><dl class="row-item topic_read"><dt title="Aucun message non lu"><div class="list-inner">'
                   f'<a href="/viewtopic.php?t={t}" class="topictitle">{escape(title)}</a><br /><div class="topic-poster responsive-hide left-box">'
                   f'par <span class="username">{escape(author)}</span></div></div></dt>'
                   f'<dd class="posts">{replies} <dfn>Réponses</dfn></dd><dd class="lastpost"><span>{escape(last)}</span></dd></dl></li>'
                   for i, (t, title, author, replies, last) in enumerate(topics))
    return (f'<div class="action-bar bar-top"><a href="/ucp.php?mode=login" class="button" title="Écrire un nouveau sujet (connexion requise)">'
            '<span>Nouveau sujet</span></a></div><div class="forumbg"><div class="inner"><ul class="topiclist"><li class="header"><dl class="row-item">'
            '<dt><div class="list-inner">Sujets</div></dt><dd class="posts">Réponses</dd><dd class="lastpost"><span>Dernier message</span></dd></dl></li></ul>'
            f'<ul class="topiclist topics">{rows}</ul></div></div>')


def phpbb_posts(topic_id, forum_id, posts):
    """(author, date, text)."""
    out = "".join(f'<div id="p{topic_id * 10 + i}" class="post has-profile bg{1 + i % 2}"><div class="inner"><dl class="postprofile">'
                  f'<dt><span class="username">{escape(who)}</span></dt></dl>'
                  f'<div class="postbody"><p class="author"><span class="responsive-hide">par <strong>{escape(who)}</strong> » </span>{escape(when)}</p>'
                  f'<div class="content">{escape(text)}</div></div></div></div>' for i, (who, when, text) in enumerate(posts))
    return (f'<div class="action-bar bar-top"><a href="/ucp.php?mode=login" class="button" title="Répondre (connexion requise)">'
            f'<span>Répondre</span></a></div>{out}')


def discourse_topics(topics):
    """Discourse crawler view of a topic list: (id, slug, title, category, replies)."""
    rows = "".join(f'<tr class="topic-list-item"><td class="main-link"><meta itemprop="position" content="{n}"><span class="link-top-line">'
                   f'<a itemprop="url" href="/t/{slug}/{tid}" class="title raw-link raw-topic-link">{escape(title)}</a></span>'
                   f'<div class="link-bottom-line"><span class="badge-wrapper bullet"><span class="badge-category-bg"></span>'
                   f'<span class="category-name">{escape(cat)}</span></span></div></td><td class="replies"><span class="posts" title="messages">{replies}</span></td></tr>'
                   for n, (tid, slug, title, cat, replies) in enumerate(topics, 1))
    return (f'<div class="topic-list-container" itemscope itemtype="http://schema.org/ItemList"><table class="topic-list"><thead><tr><th>Sujet</th>'
            f'<th class="replies">Réponses</th></tr></thead><tbody>{rows}</tbody></table></div>')


def discourse_posts(posts):
    out = "".join(f'<div id="post_{i}" itemprop="comment" itemscope itemtype="http://schema.org/Comment" class="topic-body crawler-post">'
                  f'<div class="crawler-post-meta"><span class="creator" itemprop="author"><span itemprop="name">{escape(who)}</span></span>'
                  f'<span class="crawler-post-infos"><time itemprop="datePublished" class="post-time">{escape(when)}</time><span itemprop="position">#{i}</span></span></div>'
                  f'<div class="post" itemprop="text"><p>{escape(text)}</p></div></div>' for i, (who, when, text) in enumerate(posts, 1))
    return f'<div class="post-stream">{out}</div>'


def flarum_list(discussions):
    """Flarum's noscript listing: (id, slug, title)."""
    li = "".join(f'<li><a href="/d/{i}-{slug}">{escape(t)}</a></li>' for i, slug, t in discussions)
    return f'<ul>{li}</ul>'


def flarum_posts(posts):
    return "".join(f'<div><h3>{escape(who)}</h3><p>{escape(text)}</p></div><hr>' for who, text in posts)


def community_feed(posts):
    """A neighbours' network feed: (who, street, category, text)."""
    out = "".join(f'<article class="feed-post"><header class="feed-post__header"><span class="feed-post__author">{escape(who)}</span> · '
                  f'<span class="feed-post__place">{escape(street)}</span> <span class="badge">{escape(cat)}</span></header>'
                  f'<div class="feed-post__body"><p>{escape(text)}</p></div><footer class="feed-post__actions"><a href="/connexion">Répondre</a> '
                  '<a href="/connexion">Merci</a></footer></article>' for who, street, cat, text in posts)
    return f'<section class="feed">{out}</section>'
