"""Markup helpers of the marnes part: the blocks that city CMSs, plugins and platforms write into a page.

Written from how the software renders them (class names, field names, routes), in our own words.
"""
from html import escape


def prose(*paras):
    return "".join(f"<p>{p}</p>" for p in paras)


def lead(text):
    return f'<p class="chapo lead">{text}</p>'


def h2(text):
    return f"<h2>{text}</h2>"


def ul(items, cls="liste"):
    return f'<ul class="{cls}">' + "".join(f"<li>{i}</li>" for i in items) + "</ul>"


def links(items, cls="liens-utiles"):
    return f'<ul class="{cls}">' + "".join(f'<li><a href="{escape(h)}">{t}</a></li>' for h, t in items) + "</ul>"


def cookie_banner(kind="tarteaucitron"):
    if kind == "tarteaucitron":
        return ('<div id="tarteaucitronRoot" role="region" aria-label="Gestion des cookies"><div id="tarteaucitronAlertBig">'
                '<span id="tarteaucitronDisclaimerAlert">Ce site utilise des cookies de mesure d\'audience et de partage.</span>'
                '<button type="button" id="tarteaucitronPersonalize2">Tout accepter</button>'
                '<button type="button" id="tarteaucitronAllDenied2">Tout refuser</button></div></div>')
    if kind == "cookieyes":
        return ('<div class="cky-consent-container cky-banner-bottom"><div class="cky-consent-bar"><p class="cky-title">Nous respectons votre vie privée</p>'
                '<div class="cky-notice-des"><p>Nous utilisons des cookies pour améliorer votre navigation.</p></div>'
                '<button class="cky-btn cky-btn-reject">Refuser</button><button class="cky-btn cky-btn-accept">Accepter</button></div></div>')
    return ('<div class="eu-cookie-compliance-banner eu-cookie-compliance-banner-info"><div class="popup-content info">'
            '<div id="popup-text"><p>Ce site utilise des cookies. En poursuivant, vous acceptez leur utilisation.</p></div>'
            '<div id="popup-buttons"><button type="button" class="agree-button eu-cookie-compliance-default-button">OK</button>'
            '<button type="button" class="decline-button eu-cookie-compliance-default-button">Non merci</button></div></div></div>')


def news(items, title="Actualités"):
    cards = "".join(f'<article class="news-card"><p class="news-card__date">{d}</p><h3 class="news-card__title">'
                    f'<a href="{escape(h)}">{t}</a></h3><p class="news-card__teaser">{s}</p></article>'
                    for h, t, d, s in items)
    return f'<section class="home-news"><h2>{title}</h2><div class="news-list">{cards}</div></section>'


def agenda(items):
    rows = "".join(f'<li class="event"><span class="event__date">{d}</span> <span class="event__title">{t}</span>'
                   f' <span class="event__place">{p}</span></li>' for d, t, p in items)
    return f'<section class="home-agenda"><h2>Agenda</h2><ul class="events">{rows}</ul></section>'


def quick_links(items, title="Accès rapides"):
    tiles = "".join(f'<li class="quick-access__item"><a class="quick-access__link" href="{escape(h)}">{t}</a></li>'
                    for h, t in items)
    return f'<nav class="quick-access" aria-label="{title}"><h2>{title}</h2><ul class="quick-access__list">{tiles}</ul></nav>'


def home(intro, tiles, news_items, events, banner="tarteaucitron", extra=""):
    return (cookie_banner(banner) + f'<div class="home-hero"><p class="home-hero__intro">{intro}</p></div>'
            + quick_links(tiles) + news(news_items) + agenda(events) + extra
            + '<section class="home-newsletter"><h2>Restez informé</h2><p>Chaque mois, l\'essentiel de l\'actualité '
              'municipale dans votre boîte aux lettres et en ligne.</p></section>')


def with_aside(main, aside):
    return f'<div class="layout-2col"><div class="layout-2col__main">{main}</div><aside class="sidebar" role="complementary">{aside}</aside></div>'


def share(url, title=""):
    u = escape(url, quote=True)
    return ('<div class="share-buttons"><p class="share-buttons__label">Partager cette page</p><ul>'
            f'<li><a class="share--facebook" href="https://www.facebook.com/sharer/sharer.php?u={u}" target="_blank" rel="noopener">Facebook</a></li>'
            f'<li><a class="share--x" href="https://twitter.com/intent/tweet?url={u}&amp;text={escape(title)}" target="_blank" rel="noopener">X</a></li>'
            f'<li><a class="share--linkedin" href="https://www.linkedin.com/shareArticle?mini=true&amp;url={u}" target="_blank" rel="noopener">LinkedIn</a></li>'
            f'<li><a class="share--mail" href="mailto:?subject={escape(title)}&amp;body={u}">Courriel</a></li></ul></div>')


# ---- forms that are not contact forms -----------------------------------------------------------

def newsletter(action="/newsletter/inscription"):
    return (f'<form class="newsletter-form" method="post" action="{action}"><label for="nl-email">Recevez la lettre d\'information</label>'
            '<input type="email" id="nl-email" name="email" placeholder="Votre adresse e-mail" required>'
            '<input type="checkbox" id="nl-rgpd" name="consent" value="1" required><label for="nl-rgpd">J\'accepte de recevoir la lettre</label>'
            '<button type="submit">S\'abonner</button></form>')


def booking(action, what="une salle"):
    return (f'<form class="booking-form" method="post" action="{action}"><fieldset><legend>Réserver {what}</legend>'
            '<label for="bk-date">Date souhaitée</label><input type="date" id="bk-date" name="date" required>'
            '<label for="bk-slot">Créneau</label><select id="bk-slot" name="creneau"><option>Matin</option><option>Après-midi</option><option>Soirée</option></select>'
            '<label for="bk-people">Nombre de personnes</label><input type="number" id="bk-people" name="participants" min="1">'
            '<label for="bk-name">Nom</label><input type="text" id="bk-name" name="nom">'
            '<label for="bk-mail">Courriel</label><input type="email" id="bk-mail" name="courriel"></fieldset>'
            '<button type="submit">Vérifier la disponibilité</button></form>')


def payment(action):
    return (f'<form class="paiement-form" method="post" action="{action}"><label for="pay-ref">Référence de la facture</label>'
            '<input type="text" id="pay-ref" name="reference" required><label for="pay-amount">Montant (€)</label>'
            '<input type="text" id="pay-amount" name="montant" required inputmode="decimal">'
            '<input type="hidden" name="tipi_client" value="008273"><button type="submit">Payer en ligne</button></form>')


def registration(action, what):
    return (f'<form class="inscription-form" method="post" action="{action}"><h3>Inscription : {what}</h3>'
            '<label for="ins-nom">Nom de l\'enfant</label><input type="text" id="ins-nom" name="nom_enfant">'
            '<label for="ins-date">Date de naissance</label><input type="date" id="ins-date" name="naissance">'
            '<label for="ins-ecole">École</label><select id="ins-ecole" name="ecole"><option>Groupe scolaire Jean-Moulin</option><option>École des Tilleuls</option></select>'
            '<label for="ins-tel">Téléphone du responsable</label><input type="tel" id="ins-tel" name="telephone">'
            '<button type="submit">Valider l\'inscription</button></form>')


# ---- contact forms ------------------------------------------------------------------------------

def cf7(action, form_id=412, extra=""):
    """Contact Form 7, as WordPress renders it."""
    return (f'<div class="wpcf7 no-js" id="wpcf7-f{form_id}-p{form_id + 3}-o1" lang="fr-FR" dir="ltr">'
            f'<form action="{action}#wpcf7-f{form_id}-p{form_id + 3}-o1" method="post" class="wpcf7-form init" novalidate="novalidate" data-status="init">'
            f'<div style="display: none;"><input type="hidden" name="_wpcf7" value="{form_id}"><input type="hidden" name="_wpcf7_version" value="5.9.3">'
            f'<input type="hidden" name="_wpcf7_locale" value="fr_FR"><input type="hidden" name="_wpcf7_unit_tag" value="wpcf7-f{form_id}-o1"></div>'
            '<p><label> Votre nom<br><span class="wpcf7-form-control-wrap" data-name="your-name"><input size="40" class="wpcf7-form-control wpcf7-text wpcf7-validates-as-required" aria-required="true" value="" type="text" name="your-name"></span></label></p>'
            '<p><label> Votre e-mail<br><span class="wpcf7-form-control-wrap" data-name="your-email"><input size="40" class="wpcf7-form-control wpcf7-email wpcf7-validates-as-required wpcf7-text wpcf7-validates-as-email" value="" type="email" name="your-email"></span></label></p>'
            + extra +
            '<p><label> Objet<br><span class="wpcf7-form-control-wrap" data-name="your-subject"><input size="40" class="wpcf7-form-control wpcf7-text" value="" type="text" name="your-subject"></span></label></p>'
            '<p><label> Votre message<br><span class="wpcf7-form-control-wrap" data-name="your-message"><textarea cols="40" rows="10" class="wpcf7-form-control wpcf7-textarea" name="your-message"></textarea></span></label></p>'
            '<p><input class="wpcf7-form-control wpcf7-submit has-spinner" type="submit" value="Envoyer"></p>'
            '<div class="wpcf7-response-output" aria-hidden="true"></div></form></div>')


def webform(action, form="contact", message_label="Message", subject_options=()):
    """A Drupal Webform."""
    opts = "".join(f'<option value="{escape(o)}">{o}</option>' for o in subject_options)
    subject = (f'<div class="js-form-item form-item form-type-select form-item-objet"><label for="edit-objet">Objet de votre demande</label>'
               f'<select data-drupal-selector="edit-objet" id="edit-objet" name="objet" class="form-select">{opts}</select></div>') if opts else ""
    return (f'<form class="webform-submission-form webform-submission-add-form webform-submission-{form}-form js-webform-details-toggle" '
            f'data-drupal-selector="webform-submission-{form}-add-form" action="{action}" method="post" id="webform-submission-{form}-add-form" accept-charset="UTF-8">'
            '<div class="js-form-item form-item form-type-textfield form-item-name"><label for="edit-name" class="js-form-required form-required">Nom et prénom</label>'
            '<input data-drupal-selector="edit-name" type="text" id="edit-name" name="name" value="" size="60" maxlength="255" class="form-text required" required="required" /></div>'
            '<div class="js-form-item form-item form-type-email form-item-email"><label for="edit-email" class="js-form-required form-required">Adresse électronique</label>'
            '<input data-drupal-selector="edit-email" type="email" id="edit-email" name="email" value="" size="60" maxlength="254" class="form-email required" required="required" /></div>'
            + subject +
            f'<div class="js-form-item form-item form-type-textarea form-item-message"><label for="edit-message" class="js-form-required form-required">{message_label}</label>'
            '<div class="form-textarea-wrapper"><textarea data-drupal-selector="edit-message" id="edit-message" name="message" rows="5" cols="60" class="form-textarea required resize-vertical" required="required"></textarea></div></div>'
            f'<input autocomplete="off" data-drupal-selector="form-{form}" type="hidden" name="form_build_id" value="form-{form}-Yk2m" />'
            f'<input data-drupal-selector="edit-webform-submission-{form}-add-form" type="hidden" name="form_id" value="webform_submission_{form}_add_form" />'
            '<div data-drupal-selector="edit-actions" class="form-actions webform-actions js-form-wrapper form-wrapper" id="edit-actions">'
            '<input class="webform-button--submit button button--primary js-form-submit form-submit" data-drupal-selector="edit-actions-submit" type="submit" id="edit-actions-submit" name="op" value="Envoyer" /></div></form>')


def powermail(action, uid=7):
    """TYPO3 powermail."""
    def field(marker, label, kind="text"):
        return (f'<div class="powermail_fieldwrap powermail_fieldwrap_type_input powermail_fieldwrap_{marker}"><label for="powermail_field_{marker}" class="powermail_label">{label}</label>'
                f'<input type="{kind}" id="powermail_field_{marker}" class="powermail_input" name="tx_powermail_pi1[field][{marker}]" value="" /></div>')
    return (f'<form data-powermail-validate="data-powermail-validate" action="{action}" class="powermail_form powermail_form_{uid} nolabel" method="post" enctype="multipart/form-data">'
            f'<fieldset class="powermail_fieldset powermail_fieldset_{uid}"><legend class="powermail_legend">Formulaire de contact</legend>'
            + field("nom", "Nom") + field("courriel", "Courriel", "email") + field("objet", "Objet") +
            '<div class="powermail_fieldwrap powermail_fieldwrap_type_textarea powermail_fieldwrap_message"><label for="powermail_field_message" class="powermail_label">Votre message</label>'
            '<textarea rows="5" cols="20" id="powermail_field_message" class="powermail_textarea" name="tx_powermail_pi1[field][message]"></textarea></div>'
            '<div class="powermail_fieldwrap powermail_fieldwrap_type_submit"><input type="submit" value="Envoyer" class="powermail_submit" /></div>'
            f'</fieldset><input type="hidden" name="tx_powermail_pi1[mail][form]" value="{uid}" /></form>')


def wcs_form(action, title, fields, textarea_label=None, submit="Valider"):
    """A w.c.s. (Publik) form; fields: (kind, label). Field names f1, f2... as w.c.s. writes them."""
    out = [f'<div id="formdef-{escape(title)}" class="wcs-form"><form action="{action}" method="post" enctype="multipart/form-data" class="quixote" novalidate>',
           '<div class="wcs-step"><ol id="steps" class="wcs-steps"><li class="current"><span class="label">Saisie</span></li><li><span class="label">Validation</span></li></ol></div>',
           '<input type="hidden" name="_form_id" value="form" /><input type="hidden" name="page_no" value="0" />']
    n = 0
    for kind, label in fields:
        n += 1
        out.append(f'<div class="widget {kind}Widget template-form"><div class="title"><label for="form_f{n}">{label}</label></div>'
                   f'<div class="content"><input id="form_f{n}" type="{kind}" name="f{n}" value="" /></div></div>')
    if textarea_label:
        n += 1
        out.append(f'<div class="widget TextWidget template-form"><div class="title"><label for="form_f{n}">{textarea_label}</label></div>'
                   f'<div class="content"><textarea id="form_f{n}" name="f{n}" cols="72" rows="8"></textarea></div></div>')
    out.append(f'<div class="buttons submit"><button class="submit-button" name="submit" value="{submit}">{submit}</button>'
               '<button class="cancel form-cancel" name="cancel" value="Abandonner">Abandonner</button></div></form></div>')
    return "".join(out)


def spip_contact(action):
    """SPIP's formulaire_contact."""
    return (f'<div class="formulaire_spip formulaire_contact ajax" id="formulaire_contact"><form method="post" action="{action}"><div>'
            '<input name="formulaire_action" type="hidden" value="contact" /><input name="formulaire_action_args" type="hidden" value="Zk2A" />'
            '<fieldset><legend>Écrire à la mairie</legend><div class="editer-groupe">'
            '<div class="editer saisie_mail obligatoire"><label for="mail">Votre adresse email</label><input type="email" class="text email" name="mail" id="mail" value="" /></div>'
            '<div class="editer saisie_sujet obligatoire"><label for="sujet">Sujet</label><input type="text" class="text" name="sujet" id="sujet" value="" /></div>'
            '<div class="editer saisie_texte obligatoire"><label for="texte">Votre message</label><textarea name="texte" id="texte" rows="8" cols="60"></textarea></div>'
            '</div></fieldset><p class="boutons"><input type="submit" class="submit" value="Envoyer" /></p></div></form></div>')


def joomla_contact(action):
    """Joomla com_contact."""
    return (f'<form id="contact-form" action="{action}" method="post" class="com-contact__form form-validate form-horizontal well">'
            '<fieldset><legend>Envoyer un e-mail</legend>'
            '<div class="control-group"><div class="control-label"><label id="jform_contact_name-lbl" for="jform_contact_name" class="required">Nom</label></div>'
            '<div class="controls"><input type="text" name="jform[contact_name]" id="jform_contact_name" value="" class="form-control required" required></div></div>'
            '<div class="control-group"><div class="control-label"><label for="jform_contact_email">E-mail</label></div>'
            '<div class="controls"><input type="email" name="jform[contact_email]" class="form-control validate-email required" id="jform_contact_email" value="" required></div></div>'
            '<div class="control-group"><div class="control-label"><label for="jform_contact_emailmsg">Sujet</label></div>'
            '<div class="controls"><input type="text" name="jform[contact_subject]" id="jform_contact_emailmsg" value="" class="form-control required" required></div></div>'
            '<div class="control-group"><div class="control-label"><label for="jform_contact_message">Message</label></div>'
            '<div class="controls"><textarea name="jform[contact_message]" id="jform_contact_message" cols="50" rows="10" class="form-control required" required></textarea></div></div>'
            '</fieldset><div class="control-group"><div class="controls"><button class="btn btn-primary validate" type="submit">Envoyer</button>'
            '<input type="hidden" name="option" value="com_contact"><input type="hidden" name="task" value="contact.submit">'
            '<input type="hidden" name="return" value=""><input type="hidden" name="id" value="1:mairie"></div></div></form>')


def vendor_form(action, legend, fields, textarea_name="message", textarea_label="Votre message", submit="Envoyer", cls="form-contact"):
    """An agency CMS's form module (accessible markup, required marks)."""
    out = [f'<form class="{cls} form" method="post" action="{action}" novalidate><fieldset class="form__fieldset"><legend class="form__legend">{legend}</legend>',
           '<p class="form__mandatory">Les champs marqués d\'un astérisque (*) sont obligatoires.</p>']
    for name, label, kind in fields:
        out.append(f'<div class="form__group"><label class="form__label" for="f-{name}">{label} *</label>'
                   f'<input class="form__input" type="{kind}" id="f-{name}" name="{name}" required></div>')
    if textarea_name:
        out.append(f'<div class="form__group"><label class="form__label" for="f-{textarea_name}">{textarea_label} *</label>'
                   f'<textarea class="form__textarea" id="f-{textarea_name}" name="{textarea_name}" rows="6" required></textarea></div>')
    out.append('<div class="form__group form__group--rgpd"><input type="checkbox" id="f-rgpd" name="rgpd" required>'
               '<label for="f-rgpd">J\'accepte que mes données soient utilisées pour traiter ma demande.</label></div>'
               f'</fieldset><div class="form__actions"><button class="btn btn--primary" type="submit">{submit}</button></div></form>')
    return "".join(out)


# ---- polls and questionnaires ---------------------------------------------------------------------

def wp_polls(poll_id, question, answers):
    """The WP-Polls widget, open."""
    items = "".join(f'<li><input type="radio" id="poll-answer-{poll_id * 10 + i}" name="poll_{poll_id}" value="{poll_id * 10 + i}" />'
                    f'<label for="poll-answer-{poll_id * 10 + i}">{a}</label></li>' for i, a in enumerate(answers))
    return (f'<section class="widget widget_polls-widget"><h2 class="widget-title">Sondage</h2><div id="polls-{poll_id}" class="wp-polls">'
            f'<form id="polls_form_{poll_id}" class="wp-polls-form" action="/index.php" method="post">'
            f'<p style="display: none;"><input type="hidden" id="poll_{poll_id}_nonce" name="wp-polls-nonce" value="3fa2c1d9e0" /></p>'
            f'<p style="display: none;"><input type="hidden" name="poll_id" value="{poll_id}" /></p>'
            f'<p style="text-align: center;"><strong>{question}</strong></p><div id="polls-{poll_id}-ans" class="wp-polls-ans">'
            f'<ul class="wp-polls-ul">{items}</ul>'
            f'<p style="text-align: center;"><input type="button" name="vote" value="   Voter   " class="Buttons" onclick="poll_vote({poll_id});" /></p>'
            f'<p style="text-align: center;"><a href="#ViewPollResults" onclick="poll_result({poll_id}); return false;" title="Voir les résultats">Voir les résultats</a></p>'
            '</div></form></div></section>')


def poll_results(question, rows, note="Sondage clos."):
    bars = "".join(f'<li>{a} <small>({p}%, {v} votes)</small><div class="pollbar" style="width: {p}%;" title="{a} ({p}% | {v} votes)"></div></li>'
                   for a, p, v in rows)
    total = sum(v for _a, _p, v in rows)
    return (f'<div class="wp-polls wp-polls-results"><p style="text-align: center;"><strong>{question}</strong></p>'
            f'<ul class="wp-polls-ul">{bars}</ul><p style="text-align: center;">Total des votants : <strong>{total}</strong></p>'
            f'<p class="poll-closed">{note}</p></div>')


def crowdsignal(poll_id, question, answers):
    """A Crowdsignal (ex-Polldaddy) poll embedded with its script and noscript fallback."""
    items = "".join(f'<li><input type="radio" name="PDI_answer{poll_id}" id="PDI_answer{poll_id}{i}" value="{poll_id}{i}" />'
                    f'<label for="PDI_answer{poll_id}{i}">{a}</label></li>' for i, a in enumerate(answers))
    return (f'<div class="CSS_Poll PDS_Poll" id="PDI_container{poll_id}"><div class="css-box pds-box"><div class="pds-question">'
            f'<div class="pds-question-inner"><div class="pds-question-top">{question}</div></div></div>'
            f'<form class="pds-answer-group" method="post" action="https://poll.fm/{poll_id}"><ul class="pds-answer">{items}</ul>'
            '<div class="pds-vote"><div class="pds-votebutton-outer"><button class="css-vote-button pds-vote-button" type="submit">Voter</button></div></div></form></div></div>'
            f'<script type="text/javascript" charset="utf-8" src="https://secure.polldaddy.com/p/{poll_id}.js"></script>'
            f'<noscript>Activez JavaScript pour répondre au sondage : {question}</noscript>')


def questionnaire(action, intro, questions, cls="questionnaire", submit="Envoyer mes réponses"):
    """A questionnaire form written into a page: radio questions, no free-text message."""
    out = [f'<form class="{cls}" method="post" action="{action}"><p class="{cls}__intro">{intro}</p>']
    for qi, (q, answers) in enumerate(questions, 1):
        out.append(f'<fieldset class="{cls}__question"><legend>{qi}. {q}</legend>')
        for ai, a in enumerate(answers):
            out.append(f'<div><input type="radio" id="q{qi}-{ai}" name="q{qi}" value="{ai}"><label for="q{qi}-{ai}">{a}</label></div>')
        out.append("</fieldset>")
    out.append(f'<button type="submit">{submit}</button></form>')
    return "".join(out)


def iframe(src, title, height=900):
    return (f'<div class="embed embed--survey"><iframe src="{escape(src)}" title="{escape(title)}" width="100%" height="{height}" '
            f'frameborder="0" loading="lazy"></iframe><p class="embed__fallback"><a href="{escape(src)}">Ouvrir le questionnaire dans une nouvelle page</a></p></div>')


# ---- petitions, ideas ----------------------------------------------------------------------------

def petition_sign(action, title, count, goal):
    return (f'<div class="petition"><h3 class="petition__title">{title}</h3>'
            f'<div class="petition__progress"><progress value="{count}" max="{goal}"></progress> <strong>{count}</strong> signatures sur {goal}</div>'
            f'<form class="petition__form" method="post" action="{action}"><label for="p-nom">Nom</label><input id="p-nom" type="text" name="nom" required>'
            '<label for="p-prenom">Prénom</label><input id="p-prenom" type="text" name="prenom" required>'
            '<label for="p-mail">Courriel</label><input id="p-mail" type="email" name="courriel" required>'
            '<input type="checkbox" id="p-res" name="residence" value="1" required><label for="p-res">J\'atteste résider dans la commune</label>'
            '<button type="submit">Signer la pétition</button></form></div>')


def idea_form(action, legend, submit="Proposer mon idée", categories=()):
    opts = "".join(f"<option>{c}</option>" for c in categories)
    cat = (f'<label for="idee-theme">Thème</label><select id="idee-theme" name="theme">{opts}</select>') if opts else ""
    return (f'<form class="idea-form" method="post" action="{action}"><fieldset><legend>{legend}</legend>'
            '<label for="idee-titre">Titre de votre idée</label><input id="idee-titre" type="text" name="titre" maxlength="120" required>'
            + cat +
            '<label for="idee-desc">Décrivez votre idée</label><textarea id="idee-desc" name="description" rows="6" required></textarea>'
            '<label for="idee-nom">Nom</label><input id="idee-nom" type="text" name="nom">'
            '<label for="idee-mail">Courriel</label><input id="idee-mail" type="email" name="courriel" required>'
            f'</fieldset><button type="submit">{submit}</button></form>')


# ---- comments ------------------------------------------------------------------------------------

def wp_comments(comments, post_id):
    items = "".join(f'<li id="comment-{post_id * 10 + i}" class="comment even thread-even depth-1"><article class="comment-body">'
                    f'<footer class="comment-meta"><div class="comment-author vcard"><b class="fn">{who}</b> <span class="says">dit :</span></div>'
                    f'<div class="comment-metadata"><time>{when}</time></div></footer><div class="comment-content"><p>{text}</p></div>'
                    f'<div class="reply"><a rel="nofollow" class="comment-reply-link" href="#comment-{post_id * 10 + i}" data-commentid="{post_id * 10 + i}">Répondre</a></div></article></li>'
                    for i, (who, when, text) in enumerate(comments))
    return (f'<div id="comments" class="comments-area"><h2 class="comments-title">{len(comments)} réflexions sur cet article</h2>'
            f'<ol class="comment-list">{items}</ol>'
            '<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Laisser un commentaire</h3>'
            '<form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate>'
            '<p class="comment-notes">Votre adresse e-mail ne sera pas publiée.</p>'
            '<p class="comment-form-comment"><label for="comment">Commentaire</label><textarea id="comment" name="comment" cols="45" rows="8" maxlength="65525" required></textarea></p>'
            '<p class="comment-form-author"><label for="author">Nom</label><input id="author" name="author" type="text" value="" size="30" maxlength="245" required /></p>'
            '<p class="comment-form-email"><label for="email">E-mail</label><input id="email" name="email" type="email" value="" size="30" maxlength="100" required /></p>'
            f'<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Laisser un commentaire" />'
            f'<input type="hidden" name="comment_post_ID" value="{post_id}" id="comment_post_ID" /><input type="hidden" name="comment_parent" id="comment_parent" value="0" /></p>'
            '</form></div></div>')


def wp_comments_closed(count=0):
    return ('<div id="comments" class="comments-area">'
            + (f'<h2 class="comments-title">{count} commentaires</h2>' if count else '')
            + '<p class="no-comments">Les commentaires sont fermés.</p></div>')


def drupal_comments(comments, node):
    items = "".join(f'<article data-comment-user-id="0" id="comment-{node * 10 + i}" class="comment js-comment by-anonymous">'
                    f'<footer class="comment__meta"><p class="comment__author"><span>{who}</span></p><p class="comment__time">{when}</p></footer>'
                    f'<div class="comment__content"><div class="field field--name-comment-body field--type-text-long"><p>{text}</p></div></div></article>'
                    for i, (who, when, text) in enumerate(comments))
    return (f'<section class="field field--name-comment field--type-comment"><h2>Commentaires</h2>{items}'
            '<h2 class="title comment-form__title">Ajouter un commentaire</h2>'
            f'<form class="comment-comment-form comment-form" data-drupal-selector="comment-form" action="/comment/reply/node/{node}/comment" method="post" id="comment-form" accept-charset="UTF-8">'
            '<div class="js-form-item form-item form-type-textfield form-item-name"><label for="edit-name">Votre nom</label><input data-drupal-selector="edit-name" type="text" id="edit-name" name="name" value="" size="30" maxlength="60" class="form-text" /></div>'
            '<div class="field--type-text-long field--name-comment-body field--widget-text-textarea js-form-wrapper form-wrapper"><div class="js-text-format-wrapper text-format-wrapper js-form-item form-item">'
            '<div class="js-form-item form-item form-type-textarea form-item-comment-body-0-value"><label for="edit-comment-body-0-value" class="js-form-required form-required">Commentaire</label>'
            '<div class="form-textarea-wrapper"><textarea data-drupal-selector="edit-comment-body-0-value" id="edit-comment-body-0-value" name="comment_body[0][value]" rows="5" cols="60" class="form-textarea required" required="required"></textarea></div></div></div></div>'
            '<input data-drupal-selector="edit-comment-form" type="hidden" name="form_id" value="comment_comment_form" />'
            '<div data-drupal-selector="edit-actions" class="form-actions js-form-wrapper form-wrapper" id="edit-actions"><input data-drupal-selector="edit-submit" type="submit" id="edit-submit" name="op" value="Enregistrer" class="button button--primary js-form-submit form-submit" /></div>'
            '</form></section>')


def disqus(shortname, identifier, url):
    return ('<div id="disqus_thread"></div><script>var disqus_config = function () {'
            f'this.page.url = "{url}"; this.page.identifier = "{identifier}"; }};'
            "(function() { var d = document, s = d.createElement('script');"
            f"s.src = 'https://{shortname}.disqus.com/embed.js'; s.setAttribute('data-timestamp', +new Date());"
            "(d.head || d.body).appendChild(s); })();</script>"
            '<noscript>Veuillez activer JavaScript pour voir les <a href="https://disqus.com/?ref_noscript" rel="nofollow">commentaires propulsés par Disqus.</a></noscript>')


def spip_forum(messages, article):
    """SPIP's forum under an article: the thread and formulaire_forum."""
    items = "".join(f'<li class="forum-fil"><div class="forum-message" id="forum{article * 10 + i}"><div class="forum-chapo">'
                    f'<strong class="forum-titre">{t}</strong> <small>{d}, par {who}</small></div><div class="forum-texte"><p>{txt}</p></div>'
                    f'<p class="repondre"><a href="#formulaire_forum" rel="noindex nofollow">Répondre à ce message</a></p></div></li>'
                    for i, (t, d, who, txt) in enumerate(messages))
    return (f'<div class="forum-repondre"><h2 class="forum-titre">Réagir à cet article</h2></div><ul class="forum">{items}</ul>'
            f'<div class="formulaire_spip formulaire_forum ajax" id="formulaire_forum"><form action="spip.php?article{article}" method="post" enctype="multipart/form-data"><div>'
            f'<input name="formulaire_action" type="hidden" value="forum" /><input name="id_article" type="hidden" value="{article}" />'
            '<fieldset><legend>Votre message</legend><div class="editer saisie_titre"><label for="titre">Titre</label><input type="text" class="text" name="titre" id="titre" value="" size="60" /></div>'
            '<div class="editer saisie_texte"><label for="texte">Texte de votre message</label><textarea name="texte" id="texte" rows="10" cols="60"></textarea></div></fieldset>'
            '<fieldset><legend>Qui êtes-vous ?</legend><div class="editer saisie_session_nom"><label for="session_nom">Votre nom</label><input type="text" class="text" name="session_nom" id="session_nom" value="" size="40" /></div>'
            '<div class="editer saisie_session_email"><label for="session_email">Votre adresse email</label><input type="email" class="text email" name="session_email" id="session_email" value="" size="40" /></div></fieldset>'
            '<p class="boutons"><input type="submit" class="submit" name="previsualiser_message" value="Prévisualiser" /></p></div></form></div>')
