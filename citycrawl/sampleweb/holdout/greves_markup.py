"""Markup helpers of the holdout part "greves": suburban cities with quartiers prioritaires.

Blocks imitate what municipal CMSs and their plugins render (WordPress with Contact Form 7, WP-Polls,
native comments; Drupal Webform and comment module; SPIP forums and pétitions; Joomla com_contact and
AcyMailing; TYPO3 powermail; Publik w.c.s. forms; LimeSurvey), written anew.
"""
from html import escape


def prose(*paragraphs):
    return "".join(f"<p>{p}</p>" for p in paragraphs)


def section(title, *paragraphs, level=2):
    return f"<h{level}>{title}</h{level}>" + prose(*paragraphs)


def bullets(items, cls="liste"):
    return f'<ul class="{cls}">' + "".join(f"<li>{i}</li>" for i in items) + "</ul>"


def cookie_banner():
    return ('<div id="tarteaucitronRoot" class="cookie-banner" role="region" aria-label="Gestion des cookies">'
            '<p>Ce site utilise des cookies de mesure d\'audience et des contenus tiers (vidéos, cartes).</p>'
            '<button type="button" class="tarteaucitronAllow">Tout accepter</button> '
            '<button type="button" class="tarteaucitronDeny">Tout refuser</button> '
            '<button type="button" class="tarteaucitronPersonalize">Personnaliser</button></div>')


def quick_links(links, title="Accès rapides"):
    tiles = "".join(f'<li class="quick-links__item"><a href="{href}">{label}</a></li>' for href, label in links)
    return f'<nav class="quick-links" aria-label="{title}"><h2>{title}</h2><ul>{tiles}</ul></nav>'


def news_teasers(items, title="Actualités"):
    cards = "".join(
        f'<article class="news-card"><p class="news-card__date">{date}</p><h3 class="news-card__title">'
        f'<a href="{href}">{head}</a></h3><p class="news-card__chapo">{chapo}</p></article>'
        for href, head, date, chapo in items)
    return f'<section class="news-list"><h2>{title}</h2><div class="news-list__grid">{cards}</div></section>'


def agenda(items, title="Agenda"):
    rows = "".join(f'<li class="agenda__item"><time>{date}</time> <a href="{href}">{label}</a></li>'
                   for href, label, date in items)
    return f'<section class="agenda"><h2>{title}</h2><ul>{rows}</ul></section>'


def with_sidebar(main, side):
    return (f'<div class="layout layout--sidebar"><div class="layout__main">{main}</div>'
            f'<aside class="layout__aside sidebar" role="complementary">{side}</aside></div>')


def share_buttons(url, title=""):
    u = escape(url, quote=True)
    return ('<div class="share-links"><span class="share-links__label">Partager :</span>'
            f'<a class="share share--facebook" href="https://www.facebook.com/sharer/sharer.php?u={u}" target="_blank" rel="noopener">Facebook</a> '
            f'<a class="share share--x" href="https://twitter.com/intent/tweet?url={u}&amp;text={escape(title, quote=True)}" target="_blank" rel="noopener">X</a> '
            f'<a class="share share--linkedin" href="https://www.linkedin.com/shareArticle?mini=true&amp;url={u}" target="_blank" rel="noopener">LinkedIn</a> '
            f'<a class="share share--mail" href="mailto:?subject=A%20lire&amp;body={u}">Courriel</a></div>')


# ---- forms that are not contact forms --------------------------------------------------------------------

def newsletter_acymailing(action):
    return (f'<div class="acymailing_module" id="acymailing_module_formAcym1"><form id="formAcym1" action="{action}" method="post" name="formAcym1">'
            '<p class="acym_introtext">Recevez la lettre d\'information de la ville chaque mois.</p>'
            '<input id="acym_email" type="email" name="user[email]" placeholder="Votre adresse e-mail" required>'
            '<input type="hidden" name="ctrl" value="frontusers"><input type="hidden" name="task" value="subscribe">'
            '<input type="hidden" name="acyformname" value="formAcym1"><button type="submit" class="btn subbutton">S\'abonner</button></form></div>')


def newsletter_simple(action, list_id="lettre-info"):
    return (f'<form class="newsletter-form" action="{action}" method="post"><h2>Lettre d\'information</h2>'
            f'<label for="nl-email">Votre e-mail</label><input type="email" id="nl-email" name="EMAIL" required>'
            f'<input type="hidden" name="list" value="{list_id}"><input type="checkbox" name="rgpd" id="nl-rgpd" required>'
            '<label for="nl-rgpd">J\'accepte de recevoir la lettre</label><button type="submit">Je m\'inscris</button></form>')


def job_application(action, offer):
    return (f'<form class="candidature" action="{action}" method="post" enctype="multipart/form-data">'
            f'<input type="hidden" name="offre" value="{escape(offer, quote=True)}">'
            '<label for="cand-nom">Nom</label><input id="cand-nom" name="nom" required>'
            '<label for="cand-prenom">Prénom</label><input id="cand-prenom" name="prenom" required>'
            '<label for="cand-mail">Courriel</label><input id="cand-mail" type="email" name="email" required>'
            '<label for="cand-cv">CV (PDF)</label><input id="cand-cv" type="file" name="cv" accept=".pdf">'
            '<label for="cand-lm">Lettre de motivation (PDF)</label><input id="cand-lm" type="file" name="lettre" accept=".pdf">'
            '<button type="submit">Envoyer ma candidature</button></form>')


def booking_form(action, rooms):
    opts = "".join(f"<option>{r}</option>" for r in rooms)
    return (f'<form class="reservation" action="{action}" method="post"><label for="res-salle">Salle</label>'
            f'<select id="res-salle" name="salle">{opts}</select>'
            '<label for="res-date">Date</label><input type="date" id="res-date" name="date" required>'
            '<label for="res-creneau">Créneau</label><select id="res-creneau" name="creneau"><option>Matin</option>'
            '<option>Après-midi</option><option>Soirée</option></select>'
            '<label for="res-asso">Association</label><input id="res-asso" name="association">'
            '<button type="submit">Vérifier la disponibilité</button></form>')


def payment_form(action):
    return (f'<form class="paiement" action="{action}" method="post"><label for="pay-ref">Référence de la facture</label>'
            '<input id="pay-ref" name="reference" required><label for="pay-montant">Montant (€)</label>'
            '<input id="pay-montant" name="montant" inputmode="decimal" required>'
            '<button type="submit">Payer par carte bancaire</button><p class="small">Paiement sécurisé PayFiP.</p></form>')


def registration_form(action, what):
    return (f'<form class="inscription" action="{action}" method="post"><h3>Inscription : {what}</h3>'
            '<label for="ins-asso">Nom de la structure</label><input id="ins-asso" name="structure" required>'
            '<label for="ins-resp">Responsable</label><input id="ins-resp" name="responsable">'
            '<label for="ins-mail">E-mail</label><input id="ins-mail" type="email" name="email" required>'
            '<label for="ins-tables">Nombre de tables</label><input id="ins-tables" type="number" name="tables" min="1" max="3">'
            '<button type="submit">Réserver mon stand</button></form>')


# ---- contact forms ----------------------------------------------------------------------------------------

def contact_cf7(action, subjects=("Etat civil", "Voirie", "Autre demande")):
    opts = "".join(f'<option value="{escape(s, quote=True)}">{s}</option>' for s in subjects)
    return (f'<div class="wpcf7 no-js" id="wpcf7-f112-p40-o1" lang="fr-FR" dir="ltr"><form action="{action}#wpcf7-f112-p40-o1" method="post" class="wpcf7-form init" novalidate="novalidate" data-status="init">'
            '<div style="display: none;"><input type="hidden" name="_wpcf7" value="112"><input type="hidden" name="_wpcf7_version" value="5.9.3"><input type="hidden" name="_wpcf7_unit_tag" value="wpcf7-f112-p40-o1"></div>'
            '<p><label>Votre nom<br><span class="wpcf7-form-control-wrap" data-name="your-name"><input size="40" class="wpcf7-form-control wpcf7-text wpcf7-validates-as-required" aria-required="true" value="" type="text" name="your-name"></span></label></p>'
            '<p><label>Votre e-mail<br><span class="wpcf7-form-control-wrap" data-name="your-email"><input size="40" class="wpcf7-form-control wpcf7-email wpcf7-validates-as-required" value="" type="email" name="your-email"></span></label></p>'
            f'<p><label>Objet<br><span class="wpcf7-form-control-wrap" data-name="menu-objet"><select class="wpcf7-form-control wpcf7-select" name="menu-objet">{opts}</select></span></label></p>'
            '<p><label>Votre message<br><span class="wpcf7-form-control-wrap" data-name="your-message"><textarea cols="40" rows="10" class="wpcf7-form-control wpcf7-textarea" name="your-message"></textarea></span></label></p>'
            '<p><input class="wpcf7-form-control wpcf7-submit has-spinner" type="submit" value="Envoyer"></p></form></div>')


def contact_webform(action, form_id="contact_mairie"):
    return (f'<form class="webform-submission-form webform-submission-add-form webform-submission-{form_id}-form js-webform-details-toggle webform-details-toggle" data-drupal-selector="webform-submission-{form_id}-add-form" action="{action}" method="post" id="webform-submission-{form_id}-add-form" accept-charset="UTF-8">'
            '<div class="js-form-item form-item form-type-textfield"><label for="edit-nom" class="js-form-required form-required">Nom et prénom</label><input data-drupal-selector="edit-nom" type="text" id="edit-nom" name="nom" class="form-text required" required="required"></div>'
            '<div class="js-form-item form-item form-type-email"><label for="edit-courriel" class="js-form-required form-required">Courriel</label><input type="email" id="edit-courriel" name="courriel" class="form-email required" required="required"></div>'
            '<div class="js-form-item form-item form-type-select"><label for="edit-service">Service concerné</label><select id="edit-service" name="service" class="form-select"><option value="accueil">Accueil</option><option value="urbanisme">Urbanisme</option><option value="politique_ville">Politique de la ville</option></select></div>'
            '<div class="js-form-item form-item form-type-textarea"><label for="edit-message" class="js-form-required form-required">Votre message</label><div class="form-textarea-wrapper"><textarea data-drupal-selector="edit-message" id="edit-message" name="message" rows="6" cols="60" class="form-textarea required resize-vertical" required="required"></textarea></div></div>'
            f'<input type="hidden" name="form_id" value="webform_submission_{form_id}_add_form">'
            '<div data-drupal-selector="edit-actions" class="form-actions webform-actions js-form-wrapper form-wrapper" id="edit-actions"><input class="webform-button--submit button button--primary js-form-submit form-submit" data-drupal-selector="edit-actions-submit" type="submit" id="edit-actions-submit" name="op" value="Envoyer"></div></form>')


def contact_spip(action):
    return (f'<div class="formulaire_spip formulaire_contact formulaire_ecrire_auteur ajax"><form method="post" action="{action}">'
            '<div><input name="formulaire_action" type="hidden" value="ecrire_auteur"><input name="formulaire_action_args" type="hidden" value="d8a1c2"></div>'
            '<fieldset><legend>Écrire à la mairie</legend><div class="editer-groupe">'
            '<div class="editer saisie_session_email obligatoire"><label for="email_message_auteur">Votre adresse email</label><input type="email" class="text email" name="email_message_auteur" id="email_message_auteur" value="" size="22"></div>'
            '<div class="editer saisie_sujet_message_auteur obligatoire"><label for="sujet_message_auteur">Sujet</label><input type="text" class="text" name="sujet_message_auteur" id="sujet_message_auteur" value="" size="22"></div>'
            '<div class="editer saisie_texte_message_auteur obligatoire"><label for="texte_message_auteur">Texte de votre message</label><textarea name="texte_message_auteur" id="texte_message_auteur" rows="8" cols="60"></textarea></div>'
            '</div></fieldset><p class="boutons"><input type="submit" class="submit" name="valide" value="Envoyer"></p></form></div>')


def contact_joomla(action):
    return (f'<div class="com-contact contact"><form id="contact-form" action="{action}" method="post" class="form-validate form-horizontal well">'
            '<fieldset><legend>Envoyer un e-mail</legend>'
            '<div class="control-group field-spacer"><label id="jform_contact_name-lbl" for="jform_contact_name" class="required">Nom</label><input type="text" name="jform[contact_name]" id="jform_contact_name" class="form-control required" required></div>'
            '<div class="control-group"><label id="jform_contact_email-lbl" for="jform_contact_email">E-mail</label><input type="email" name="jform[contact_email]" class="form-control validate-email required" id="jform_contact_email" required></div>'
            '<div class="control-group"><label id="jform_contact_emailmsg-lbl" for="jform_contact_emailmsg">Sujet</label><input type="text" name="jform[contact_subject]" id="jform_contact_emailmsg" class="form-control required"></div>'
            '<div class="control-group"><label id="jform_contact_message-lbl" for="jform_contact_message">Message</label><textarea name="jform[contact_message]" id="jform_contact_message" cols="50" rows="10" class="form-control required"></textarea></div>'
            '</fieldset><div class="control-group"><button class="btn btn-primary validate" type="submit">Envoyer</button>'
            '<input type="hidden" name="option" value="com_contact"><input type="hidden" name="task" value="contact.submit"><input type="hidden" name="id" value="1:mairie"></div></form></div>')


def contact_powermail(action):
    return (f'<div class="tx-powermail"><form data-powermail-validate="data-powermail-validate" action="{action}" class="powermail_form powermail_form_3 nolabel" method="post" enctype="multipart/form-data">'
            '<fieldset class="powermail_fieldset powermail_fieldset_3"><legend class="powermail_legend">Contacter les services</legend>'
            '<div class="powermail_fieldwrap powermail_fieldwrap_type_input"><label for="powermail_field_nom" class="powermail_label">Nom<span class="mandatory">*</span></label><input required="required" class="powermail_input" id="powermail_field_nom" type="text" name="tx_powermail_pi1[field][nom]" value=""></div>'
            '<div class="powermail_fieldwrap powermail_fieldwrap_type_input"><label for="powermail_field_email" class="powermail_label">E-mail<span class="mandatory">*</span></label><input required="required" class="powermail_input" id="powermail_field_email" type="email" name="tx_powermail_pi1[field][email]" value=""></div>'
            '<div class="powermail_fieldwrap powermail_fieldwrap_type_textarea"><label for="powermail_field_message" class="powermail_label">Votre demande<span class="mandatory">*</span></label><textarea required="required" rows="5" cols="20" class="powermail_textarea" id="powermail_field_message" name="tx_powermail_pi1[field][message]"></textarea></div>'
            '<div class="powermail_fieldwrap powermail_fieldwrap_type_submit"><input class="powermail_submit" type="submit" value="Envoyer"></div></fieldset>'
            '<input type="hidden" name="tx_powermail_pi1[mail][form]" value="3"></form></div>')


def contact_wcs(action, title="Nous contacter"):
    return (f'<div id="wcs-form"><form action="{action}" method="post" enctype="multipart/form-data" class="quixote">'
            f'<div class="form-pages"><h2>{title}</h2></div>'
            '<div class="widget StringWidget template-string widget-required" data-field-id="1"><div class="title"><label for="form_f1">Nom<span title="Ce champ est obligatoire." class="required">*</span></label></div><div class="content"><input id="form_f1" type="text" name="f1" value="" required></div></div>'
            '<div class="widget EmailWidget widget-required" data-field-id="2"><div class="title"><label for="form_f2">Courriel</label></div><div class="content"><input id="form_f2" type="email" name="f2" value="" required></div></div>'
            '<div class="widget TextWidget template-text widget-required" data-field-id="3"><div class="title"><label for="form_f3">Votre message</label></div><div class="content"><textarea id="form_f3" name="f3" rows="6" cols="70"></textarea></div></div>'
            '<div class="buttons submit"><button class="submit-button" name="submit" value="Envoyer">Envoyer</button></div>'
            '<input type="hidden" name="_form_id" value="contact"><input type="hidden" name="magictoken" value="b51d9e0f"></form></div>')


# ---- ideas, polls, petitions -----------------------------------------------------------------------------

def idea_form(action, title, prompt, categories):
    opts = "".join(f"<option>{c}</option>" for c in categories)
    return (f'<form class="form-idee" action="{action}" method="post"><h2>{title}</h2><p>{prompt}</p>'
            '<label for="idee-titre">Titre de votre idée</label><input id="idee-titre" name="titre" maxlength="120" required>'
            f'<label for="idee-theme">Thème</label><select id="idee-theme" name="theme">{opts}</select>'
            '<label for="idee-texte">Décrivez votre idée</label><textarea id="idee-texte" name="description" rows="6" required></textarea>'
            '<label for="idee-mail">Votre e-mail (pour vous répondre)</label><input id="idee-mail" type="email" name="email">'
            '<button type="submit">Déposer mon idée</button></form>')


def wp_polls(poll_id, question, answers):
    items = "".join(f'<li><input type="radio" id="poll-answer-{poll_id}{i}" name="poll_{poll_id}" value="{poll_id}{i}">'
                    f'<label for="poll-answer-{poll_id}{i}">{a}</label></li>' for i, a in enumerate(answers))
    return (f'<div id="polls-{poll_id}" class="wp-polls"><form id="polls_form_{poll_id}" class="wp-polls-form" action="/index.php" method="post">'
            f'<p style="display: none;"><input type="hidden" id="poll_{poll_id}_nonce" name="wp-polls-nonce" value="3c1f9a"></p>'
            f'<p style="display: none;"><input type="hidden" name="poll_id" value="{poll_id}"></p>'
            f'<p style="text-align: center;"><strong>{question}</strong></p><div id="polls-{poll_id}-ans" class="wp-polls-ans">'
            f'<ul class="wp-polls-ul">{items}</ul><p style="text-align: center;"><input type="button" name="vote" value="   Voter   " class="Buttons" onclick="poll_vote({poll_id});"></p>'
            f'<p style="text-align: center;"><a href="#ViewPollResults" onclick="poll_result({poll_id}); return false;" title="Voir les résultats">Voir les résultats</a></p></div></form></div>')


def poll_results(question, rows, note="Sondage clos"):
    bars = "".join(f'<li>{label} <small>({pct} %, {votes} votes)</small><div class="pollbar" style="width: {pct}%;" title="{label} ({pct}% | {votes} votes)"></div></li>'
                   for label, pct, votes in rows)
    return (f'<div class="wp-polls wp-polls-results"><p style="text-align: center;"><strong>{question}</strong></p>'
            f'<ul class="wp-polls-ul">{bars}</ul><p style="text-align: center;">{note}</p></div>')


def questionnaire(action, questions, intro="", form_class="questionnaire"):
    blocks = []
    for n, (q, answers) in enumerate(questions, 1):
        if answers:
            opts = "".join(f'<label><input type="radio" name="q{n}" value="{i}"> {a}</label>' for i, a in enumerate(answers))
        else:
            opts = f'<textarea name="q{n}" rows="3"></textarea>'
        blocks.append(f'<fieldset class="question"><legend>{n}. {q}</legend>{opts}</fieldset>')
    return (f'<form class="{form_class}" action="{action}" method="post">{f"<p>{intro}</p>" if intro else ""}'
            + "".join(blocks) + '<button type="submit">Envoyer mes réponses</button></form>')


def limesurvey(survey_id, title, questions):
    groups = []
    for n, (q, answers) in enumerate(questions, 1):
        name = f"{survey_id}X1X{n}"
        if answers:
            opts = "".join(f'<li class="answer-item radio-item"><input class="radio" type="radio" value="A{i}" name="{name}" id="answer{name}A{i}">'
                           f'<label for="answer{name}A{i}" class="answertext">{a}</label></li>' for i, a in enumerate(answers, 1))
            field = f'<ul class="answers-list radio-list">{opts}</ul>'
        else:
            field = f'<textarea class="form-control textarea" name="{name}" id="answer{name}" rows="4"></textarea>'
        groups.append(f'<div id="question{n}" class="question-container row list-radio mandatory"><div class="question-title-container">'
                      f'<div class="question-text"><div id="ls-question-text-{name}" class="ls-label-question">{q}</div></div></div>'
                      f'<div class="answer-container">{field}</div></div>')
    return (f'<div class="survey-name"><h2>{title}</h2></div><form id="limesurvey" name="limesurvey" action="/index.php/{survey_id}?lang=fr" method="post" class="survey-form-container form">'
            f'<input type="hidden" name="sid" value="{survey_id}" id="sid"><input type="hidden" name="lastgroup" value="{survey_id}X1">'
            + "".join(groups) + '<div class="navigator"><button type="submit" id="ls-button-submit" name="move" value="movesubmit" class="ls-move-btn ls-move-submit-btn btn btn-lg btn-primary">Envoyer</button></div></form>')


def petition_form(action, title, text, signatures, goal):
    return (f'<div class="petition"><h2>{title}</h2><div class="petition__texte">{text}</div>'
            f'<p class="petition__compteur"><strong>{signatures}</strong> signatures sur {goal} nécessaires</p>'
            f'<form class="petition__signer" action="{action}" method="post"><label for="sig-nom">Nom</label><input id="sig-nom" name="nom" required>'
            '<label for="sig-prenom">Prénom</label><input id="sig-prenom" name="prenom" required>'
            '<label for="sig-mail">Courriel</label><input id="sig-mail" type="email" name="email" required>'
            '<label for="sig-cp">Code postal</label><input id="sig-cp" name="code_postal" maxlength="5">'
            '<label><input type="checkbox" name="habitant" required> Je certifie habiter ou travailler dans la commune</label>'
            '<button type="submit">Signer la pétition</button></form></div>')


def spip_petition(action, signatures):
    return (f'<div class="formulaire_spip formulaire_signature ajax" id="sp"><h3>Signer cette pétition</h3><form method="post" action="{action}">'
            '<input name="formulaire_action" type="hidden" value="signature">'
            '<div class="editer saisie_session_nom obligatoire"><label for="session_nom">Votre nom ou pseudo</label><input type="text" class="text" name="session_nom" id="session_nom" size="20"></div>'
            '<div class="editer saisie_session_email obligatoire"><label for="session_email">Votre adresse email</label><input type="email" class="text email" name="session_email" id="session_email" size="20"></div>'
            '<div class="editer saisie_message"><label for="message">Message (optionnel)</label><textarea name="message" id="message" rows="3" cols="40"></textarea></div>'
            f'<p class="boutons"><input type="submit" class="submit" value="Valider"></p></form><p class="nb_signatures">{signatures} signatures</p></div>')


# ---- comments -----------------------------------------------------------------------------------------------

def wp_comments(comments, action="/wp-comments-post.php", post_id=214):
    items = "".join(f'<li class="comment even thread-even depth-1" id="comment-{post_id}{i}"><article class="comment-body">'
                    f'<footer class="comment-meta"><div class="comment-author vcard"><b class="fn">{who}</b> <span class="says">dit :</span></div>'
                    f'<div class="comment-metadata"><time>{when}</time></div></footer><div class="comment-content"><p>{text}</p></div>'
                    f'<div class="reply"><a rel="nofollow" class="comment-reply-link" href="#comment-{post_id}{i}">Répondre</a></div></article></li>'
                    for i, (who, when, text) in enumerate(comments))
    listing = (f'<h2 class="comments-title">{len(comments)} réponses</h2><ol class="comment-list">{items}</ol>' if comments else "")
    return (f'<div id="comments" class="comments-area">{listing}<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Laisser un commentaire</h3>'
            f'<form action="{action}" method="post" id="commentform" class="comment-form"><p class="comment-notes">Votre adresse e-mail ne sera pas publiée.</p>'
            '<p class="comment-form-comment"><label for="comment">Commentaire</label><textarea id="comment" name="comment" cols="45" rows="8" maxlength="65525" required></textarea></p>'
            '<p class="comment-form-author"><label for="author">Nom</label><input id="author" name="author" type="text" size="30"></p>'
            '<p class="comment-form-email"><label for="email">E-mail</label><input id="email" name="email" type="email" size="30"></p>'
            f'<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Laisser un commentaire"><input type="hidden" name="comment_post_ID" value="{post_id}" id="comment_post_ID"><input type="hidden" name="comment_parent" id="comment_parent" value="0"></p></form></div></div>')


def wp_comments_closed():
    return '<div id="comments" class="comments-area"><p class="no-comments">Les commentaires sont fermés.</p></div>'


def drupal_comments(node, comments):
    items = "".join(f'<article data-comment-user-id="0" id="comment-{node}{i}" class="comment js-comment by-anonymous"><span class="hidden" data-comment-timestamp="1711000000"></span>'
                    f'<footer class="comment__meta"><p class="comment__author">{who}</p><p class="comment__time">{when}</p></footer>'
                    f'<div class="comment__content"><div class="field field--name-comment-body field--type-text-long"><p>{text}</p></div></div></article>'
                    for i, (who, when, text) in enumerate(comments))
    return (f'<section class="field field--name-comment field--type-comment field--label-above comment-wrapper"><h2 class="title comment-section__title">Commentaires</h2>{items}'
            f'<h2 class="title comment-form__title">Ajouter un commentaire</h2><form class="comment-comment-form comment-form" data-drupal-selector="comment-form" action="/comment/reply/node/{node}/comment" method="post" id="comment-form" accept-charset="UTF-8">'
            '<div class="js-form-item form-item form-type-textfield"><label for="edit-name">Votre nom</label><input type="text" id="edit-name" name="name" class="form-text"></div>'
            '<div class="js-form-item form-item form-type-textarea"><label for="edit-comment-body-0-value" class="js-form-required form-required">Commentaire</label><textarea id="edit-comment-body-0-value" name="comment_body[0][value]" rows="5" class="form-textarea required" required></textarea></div>'
            '<input type="hidden" name="form_id" value="comment_comment_form"><div class="form-actions"><input type="submit" id="edit-submit" name="op" value="Enregistrer" class="button button--primary form-submit"></div></form></section>')


def spip_forum(article, messages):
    items = "".join(f'<li class="forum-fil"><div class="forum-message"><div class="forum-chapo"><strong class="forum-titre">{title}</strong>'
                    f'<small>{when}, par {who}</small></div><div class="forum-texte"><p>{text}</p></div></div></li>'
                    for who, when, title, text in messages)
    return (f'<div class="forum-repondre"><a href="#formulaire_forum">Répondre à cet article</a></div><ul class="forum">{items}</ul>'
            f'<div class="formulaire_spip formulaire_forum ajax" id="formulaire_forum"><form action="spip.php?page=forum&amp;id_article={article}" method="post">'
            '<input name="formulaire_action" type="hidden" value="forum"><fieldset><legend>Votre message</legend>'
            '<div class="editer saisie_titre obligatoire"><label for="titre_forum">Titre</label><input type="text" class="text" name="titre" id="titre_forum"></div>'
            '<div class="editer saisie_texte obligatoire"><label for="texte_forum">Texte de votre message</label><textarea name="texte" id="texte_forum" rows="8" cols="40"></textarea></div>'
            '</fieldset><p class="boutons"><input type="submit" class="submit" name="previsualiser" value="Prévisualiser"></p></form></div>')


# ---- forums and networks -------------------------------------------------------------------------------------

def phpbb_index(forums):
    rows = "".join(f'<li class="row"><dl class="row-item forum_read"><dt title="Aucun message non lu"><div class="list-inner">'
                   f'<a href="{href}" class="forumtitle">{name}</a><br>{desc}</div></dt><dd class="topics">{topics} <dfn>Sujets</dfn></dd>'
                   f'<dd class="posts">{posts} <dfn>Messages</dfn></dd></dl></li>'
                   for href, name, desc, topics, posts in forums)
    return (f'<div class="forabg"><div class="inner"><ul class="topiclist"><li class="header"><dl class="row-item"><dt><div class="list-inner">Forum</div></dt>'
            f'<dd class="topics">Sujets</dd><dd class="posts">Messages</dd></dl></li></ul><ul class="topiclist forums">{rows}</ul></div></div>')


def phpbb_topics(topics):
    rows = "".join(f'<li class="row bg{i % 2 + 1}"><dl class="row-item topic_read"><dt><div class="list-inner"><a href="{href}" class="topictitle">{title}</a>'
                   f'<br><div class="topic-poster responsive-hide left-box">par <span class="username">{who}</span> » {when}</div></div></dt>'
                   f'<dd class="posts">{replies} <dfn>Réponses</dfn></dd><dd class="views">{views} <dfn>Vues</dfn></dd></dl></li>'
                   for i, (href, title, who, when, replies, views) in enumerate(topics))
    return (f'<div class="action-bar bar-top"><a href="/ucp.php?mode=login" class="button" title="Écrire un nouveau sujet"><span>Nouveau sujet</span></a></div>'
            f'<div class="forumbg"><div class="inner"><ul class="topiclist topics">{rows}</ul></div></div>')


def phpbb_topic(posts):
    items = "".join(f'<div id="p{400 + i}" class="post has-profile bg{i % 2 + 1}"><div class="inner"><dl class="postprofile"><dt><span class="username">{who}</span></dt></dl>'
                    f'<div class="postbody"><h3>{"Re: " if i else ""}{subject}</h3><p class="author">{when}</p><div class="content">{text}</div></div></div></div>'
                    for i, (who, when, subject, text) in enumerate(posts))
    return (f'<div class="action-bar bar-top"><a href="/ucp.php?mode=login" class="button" title="Répondre"><span>Répondre</span></a></div>{items}'
            '<form method="post" action="./posting.php?mode=reply&amp;f=2&amp;t=31" id="qr_postform"><div class="panel"><h2 class="quickreply-title">Réponse rapide</h2>'
            '<textarea name="message" rows="7" cols="76" tabindex="1" class="inputbox"></textarea><input type="submit" name="post" value="Envoyer" class="button1"></div></form>')


def discourse_list(topics):
    rows = "".join(f'<tr class="topic-list-item"><td class="main-link"><meta itemprop="position" content="{i + 1}"><span class="link-top-line">'
                   f'<a itemprop="url" href="{href}" class="title raw-link raw-topic-link">{title}</a></span>'
                   f'<div class="link-bottom-line"><a href="{cat_href}" class="badge-wrapper bullet"><span class="badge-category-bg"></span><span class="category-name">{cat}</span></a></div></td>'
                   f'<td class="replies"><span class="posts" title="messages">{replies}</span></td><td class="views"><span class="views">{views}</span></td></tr>'
                   for i, (href, title, cat, cat_href, replies, views) in enumerate(topics))
    return (f'<div class="topic-list-container" itemscope itemtype="http://schema.org/ItemList"><table class="topic-list"><thead><tr><th>Sujet</th><th class="replies">Réponses</th><th class="views">Vues</th></tr></thead>'
            f'<tbody>{rows}</tbody></table></div>')


def discourse_topic(posts):
    items = "".join(f'<div class="topic-body crawler-post" itemprop="{"comment" if i else "articleBody"}" itemscope itemtype="http://schema.org/Comment">'
                    f'<div class="crawler-post-meta"><span class="creator" itemprop="author"><span itemprop="name">{who}</span></span>'
                    f'<span class="crawler-post-infos"><time itemprop="datePublished" class="post-time">{when}</time><span itemprop="position">#{i + 1}</span></span></div>'
                    f'<div class="post" itemprop="text"><p>{text}</p></div></div>'
                    for i, (who, when, text) in enumerate(posts))
    return f'<div id="post_1" itemscope itemtype="http://schema.org/DiscussionForumPosting">{items}</div>'
