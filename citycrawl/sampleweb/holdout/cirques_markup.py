"""Markup helpers of the "cirques" holdout part: large southern cities, their metropolises, district town
halls and platforms. Written from how these CMSs, plugins and platforms render their blocks."""
from html import escape

from .markup import wp_comments_closed  # the same blocks as the first part's


def p(*paras):
    return "".join(f"<p>{x}</p>" for x in paras)


def h2(text):
    return f"<h2>{text}</h2>"


def ul(items):
    return "<ul>" + "".join(f"<li>{x}</li>" for x in items) + "</ul>"


def links(pairs, cls="liste-liens"):
    return f'<ul class="{cls}">' + "".join(f'<li><a href="{h}">{escape(t)}</a></li>' for h, t in pairs) + "</ul>"


def cookie_banner(site_name):
    return (f'<div id="tarteaucitronAlertBig" class="cookie-banner" role="dialog" aria-label="Gestion des cookies">'
            f'<p>{escape(site_name)} utilise des traceurs de mesure d\'audience. Vous pouvez les accepter ou les refuser.</p>'
            '<button type="button" class="tarteaucitronAllow">Tout accepter</button>'
            '<button type="button" class="tarteaucitronDeny">Tout refuser</button>'
            '<button type="button" class="tarteaucitronPersonalize">Personnaliser</button></div>')


def news(items, title="Actualités"):
    cards = "".join(f'<article class="news-card"><p class="news-card__date">{d}</p><h3 class="news-card__title">'
                    f'<a href="{h}">{escape(t)}</a></h3><p>{x}</p></article>' for h, t, d, x in items)
    return f'<section class="news-teasers"><h2>{title}</h2><div class="news-grid">{cards}</div></section>'


def agenda(items):
    rows = "".join(f'<li class="agenda-item"><time>{d}</time> <a href="{h}">{escape(t)}</a></li>' for h, t, d in items)
    return f'<section class="agenda-teaser"><h2>Agenda</h2><ul>{rows}</ul></section>'


def quick_access(pairs):
    tiles = "".join(f'<li class="quick-access__item"><a class="quick-access__link" href="{h}">{escape(t)}</a></li>'
                    for h, t in pairs)
    return f'<nav class="quick-access" aria-label="Accès rapides"><h2>Accès rapides</h2><ul>{tiles}</ul></nav>'


def with_aside(main, aside):
    return f'<div class="layout-2col"><div class="layout-2col__main">{main}</div><aside class="sidebar" role="complementary">{aside}</aside></div>'


def share(url):
    u = escape(url)
    return ('<div class="share-tools"><span>Partager cette page :</span>'
            f'<a class="share share--facebook" href="https://www.facebook.com/sharer/sharer.php?u={u}" target="_blank" rel="noopener">Facebook</a>'
            f'<a class="share share--x" href="https://twitter.com/intent/tweet?url={u}" target="_blank" rel="noopener">X</a>'
            f'<a class="share share--linkedin" href="https://www.linkedin.com/shareArticle?mini=true&amp;url={u}" target="_blank" rel="noopener">LinkedIn</a>'
            '<a class="share share--print" href="javascript:window.print()">Imprimer</a></div>')


def newsletter(action):
    return (f'<form class="newsletter-form" action="{action}" method="post"><h2>Lettre d\'information</h2>'
            '<label for="nl-email">Votre adresse e-mail</label><input type="email" id="nl-email" name="email" required>'
            '<input type="checkbox" id="nl-rgpd" name="consent" value="1"><label for="nl-rgpd">J\'accepte de recevoir la lettre</label>'
            '<button type="submit">S\'abonner</button></form>')


# ---- forms that write to the city ------------------------------------------------------------------

def drupal_webform_contact(action, extra_select=None):
    opts = "".join(f"<option>{o}</option>" for o in (extra_select or ["Voirie", "État civil", "Propreté", "Autre"]))
    return (f'<form class="webform-submission-form webform-submission-contact-form" action="{action}" method="post" id="webform-submission-contact-node-12-add-form">'
            '<div class="js-form-item form-item"><label for="edit-name" class="js-form-required form-required">Nom</label><input type="text" id="edit-name" name="name" class="form-text required" required></div>'
            '<div class="js-form-item form-item"><label for="edit-email">Courriel</label><input type="email" id="edit-email" name="email" class="form-email required" required></div>'
            f'<div class="js-form-item form-item"><label for="edit-service">Service concerné</label><select id="edit-service" name="service">{opts}</select></div>'
            '<div class="js-form-item form-item"><label for="edit-message">Message</label><textarea id="edit-message" name="message" rows="6" class="form-textarea required" required></textarea></div>'
            '<input type="hidden" name="form_id" value="webform_submission_contact_node_12_add_form">'
            '<div class="form-actions"><input type="submit" value="Envoyer" class="webform-button--submit button button--primary form-submit"></div></form>')


def cf7_contact(action, subject_label="Objet"):
    return (f'<div class="wpcf7 no-js" id="wpcf7-f214-p88-o1" lang="fr-FR" dir="ltr"><form action="{action}#wpcf7-f214-p88-o1" method="post" class="wpcf7-form init" novalidate="novalidate" data-status="init">'
            '<div style="display: none;"><input type="hidden" name="_wpcf7" value="214"><input type="hidden" name="_wpcf7_version" value="5.9.3"><input type="hidden" name="_wpcf7_unit_tag" value="wpcf7-f214-p88-o1"></div>'
            '<p><label>Nom et prénom<br><span class="wpcf7-form-control-wrap" data-name="your-name"><input size="40" class="wpcf7-form-control wpcf7-text wpcf7-validates-as-required" type="text" name="your-name"></span></label></p>'
            '<p><label>Adresse e-mail<br><span class="wpcf7-form-control-wrap" data-name="your-email"><input size="40" class="wpcf7-form-control wpcf7-email" type="email" name="your-email"></span></label></p>'
            f'<p><label>{subject_label}<br><span class="wpcf7-form-control-wrap" data-name="your-subject"><input size="40" class="wpcf7-form-control wpcf7-text" type="text" name="your-subject"></span></label></p>'
            '<p><label>Votre message<br><span class="wpcf7-form-control-wrap" data-name="your-message"><textarea cols="40" rows="10" class="wpcf7-form-control wpcf7-textarea" name="your-message"></textarea></span></label></p>'
            '<p><input class="wpcf7-form-control wpcf7-submit has-spinner" type="submit" value="Envoyer"></p></form></div>')


def spip_contact(action):
    return (f'<div class="formulaire_spip formulaire_contact" id="formulaire_contact"><form method="post" action="{action}"><div>'
            '<input name="formulaire_action" type="hidden" value="contact"><input name="formulaire_action_args" type="hidden" value="a1b2c3">'
            '<fieldset><legend>Écrire à la mairie</legend><ul class="editer-groupe">'
            '<li class="editer editer_mail obligatoire"><label for="mail">Votre adresse e-mail</label><input type="email" class="text email" name="mail" id="mail"></li>'
            '<li class="editer editer_sujet obligatoire"><label for="sujet">Sujet</label><input type="text" class="text" name="sujet" id="sujet"></li>'
            '<li class="editer editer_texte obligatoire"><label for="texte">Texte de votre message</label><textarea name="texte" id="texte" rows="8" cols="60"></textarea></li>'
            '</ul></fieldset><p class="boutons"><input type="submit" class="submit" value="Envoyer"></p></div></form></div>')


def joomla_contact(action):
    return (f'<form id="contact-form" action="{action}" method="post" class="com-contact__form form-validate">'
            '<fieldset><legend>Envoyer un e-mail</legend>'
            '<div class="control-group"><label id="jform_contact_name-lbl" for="jform_contact_name">Nom</label><input type="text" name="jform[contact_name]" id="jform_contact_name" class="form-control required"></div>'
            '<div class="control-group"><label for="jform_contact_email">E-mail</label><input type="email" name="jform[contact_email]" id="jform_contact_email" class="form-control validate-email required"></div>'
            '<div class="control-group"><label for="jform_contact_emailmsg">Sujet</label><input type="text" name="jform[contact_subject]" id="jform_contact_emailmsg" class="form-control required"></div>'
            '<div class="control-group"><label for="jform_contact_message">Message</label><textarea name="jform[contact_message]" id="jform_contact_message" cols="50" rows="10" class="form-control required"></textarea></div>'
            '</fieldset><button class="btn btn-primary validate" type="submit">Envoyer</button>'
            '<input type="hidden" name="option" value="com_contact"><input type="hidden" name="task" value="contact.submit"></form>')


def typo3_powermail(action, legend="Formulaire de contact", message_label="Votre message"):
    return (f'<form data-powermail-validate="data-powermail-validate" action="{action}?tx_powermail_pi1%5Baction%5D=create" method="post" class="powermail_form powermail_form_3 nolabel">'
            f'<fieldset class="powermail_fieldset"><legend class="powermail_legend">{legend}</legend>'
            '<div class="powermail_fieldwrap powermail_fieldwrap_type_input"><label for="powermail_field_nom">Nom</label><input type="text" id="powermail_field_nom" name="tx_powermail_pi1[field][nom]" class="powermail_input"></div>'
            '<div class="powermail_fieldwrap powermail_fieldwrap_type_input"><label for="powermail_field_email">E-mail</label><input type="email" id="powermail_field_email" name="tx_powermail_pi1[field][email]" class="powermail_input"></div>'
            f'<div class="powermail_fieldwrap powermail_fieldwrap_type_textarea"><label for="powermail_field_message">{message_label}</label><textarea id="powermail_field_message" name="tx_powermail_pi1[field][message]" rows="5" class="powermail_textarea"></textarea></div>'
            '<div class="powermail_fieldwrap powermail_fieldwrap_type_submit"><input type="submit" value="Envoyer" class="powermail_submit"></div></fieldset></form>')


def vendor_contact(action, legend="Contacter la ville", message_label="Votre demande"):
    return (f'<form class="form form--contact" action="{action}" method="post" novalidate><fieldset><legend>{legend}</legend>'
            '<p class="form__mandatory">Les champs marqués d\'un astérisque sont obligatoires.</p>'
            '<div class="form__field"><label for="c-civ">Civilité</label><select id="c-civ" name="civilite"><option>Madame</option><option>Monsieur</option></select></div>'
            '<div class="form__field"><label for="c-nom">Nom *</label><input id="c-nom" name="nom" type="text" required autocomplete="family-name"></div>'
            '<div class="form__field"><label for="c-mail">Adresse électronique *</label><input id="c-mail" name="courriel" type="email" required autocomplete="email"></div>'
            f'<div class="form__field"><label for="c-msg">{message_label} *</label><textarea id="c-msg" name="demande" rows="7" required></textarea></div>'
            '<div class="form__field form__field--rgpd"><input type="checkbox" id="c-rgpd" name="rgpd" required><label for="c-rgpd">J\'accepte que mes données soient traitées pour répondre à ma demande.</label></div>'
            '<button class="btn btn--primary" type="submit">Envoyer</button></fieldset></form>')


def publik_form(action, title, fields_html):
    return (f'<div class="wcs-form"><form action="{action}" method="post" enctype="multipart/form-data" class="quixote"><h2>{title}</h2>'
            f'<div class="page-title">Étape 1 sur 2 : Votre demande</div>{fields_html}'
            '<div class="buttons submit"><button class="submit-button" name="submit" value="Suivant">Suivant</button></div></form></div>')


def publik_field(name, label, kind="text"):
    if kind == "textarea":
        return (f'<div class="widget TextWidget template-text required" data-widget-name="{name}"><div class="title"><label for="form_{name}">{label}</label></div>'
                f'<div class="content"><textarea id="form_{name}" name="{name}" rows="6" cols="70"></textarea></div></div>')
    return (f'<div class="widget StringWidget template-string" data-widget-name="{name}"><div class="title"><label for="form_{name}">{label}</label></div>'
            f'<div class="content"><input id="form_{name}" type="{kind}" name="{name}" value=""></div></div>')


# ---- forms that are not contact forms ---------------------------------------------------------------

def booking_form(action, what):
    return (f'<form class="form form--booking" action="{action}" method="post"><fieldset><legend>Réserver : {what}</legend>'
            '<label for="b-date">Date souhaitée</label><input type="date" id="b-date" name="date">'
            '<label for="b-creneau">Créneau</label><select id="b-creneau" name="creneau"><option>9 h - 12 h</option><option>14 h - 17 h</option></select>'
            '<label for="b-nb">Nombre de personnes</label><input type="number" id="b-nb" name="nombre" min="1" max="80">'
            '<label for="b-mail">E-mail de confirmation</label><input type="email" id="b-mail" name="email">'
            '<button type="submit">Vérifier la disponibilité</button></fieldset></form>')


def payment_form(action, what):
    return (f'<form class="form form--payment" action="{action}" method="post"><fieldset><legend>Payer en ligne : {what}</legend>'
            '<label for="pay-ref">Référence de la facture</label><input type="text" id="pay-ref" name="reference" pattern="[0-9A-Z]{10}">'
            '<label for="pay-amount">Montant (€)</label><input type="text" id="pay-amount" name="montant" inputmode="decimal">'
            '<label for="pay-mail">E-mail pour le reçu</label><input type="email" id="pay-mail" name="email">'
            '<button type="submit">Payer par carte bancaire</button></fieldset><p class="mentions">Paiement sécurisé par PayFiP (DGFiP).</p></form>')


def registration_form(action, what):
    return (f'<form class="form form--inscription" action="{action}" method="post"><fieldset><legend>Inscription : {what}</legend>'
            '<label for="i-nom">Nom</label><input id="i-nom" name="nom" type="text"><label for="i-prenom">Prénom</label><input id="i-prenom" name="prenom" type="text">'
            '<label for="i-tel">Téléphone</label><input id="i-tel" name="telephone" type="tel"><label for="i-mail">E-mail</label><input id="i-mail" name="email" type="email">'
            '<label for="i-struct">Structure</label><input id="i-struct" name="structure" type="text">'
            '<button type="submit">Valider mon inscription</button></fieldset></form>')


# ---- expression: comments, polls, petitions, idea boxes --------------------------------------------

def wp_comments(items, action="/wp-comments-post.php", post_id=412):
    lis = "".join(f'<li id="comment-{i + 80}" class="comment even thread-even depth-1"><article class="comment-body"><footer class="comment-meta">'
                  f'<div class="comment-author vcard"><b class="fn">{escape(a)}</b> <span class="says">dit :</span></div>'
                  f'<div class="comment-metadata"><time>{d}</time></div></footer><div class="comment-content"><p>{escape(t)}</p></div>'
                  f'<div class="reply"><a rel="nofollow" class="comment-reply-link" href="#respond">Répondre</a></div></article></li>'
                  for i, (a, d, t) in enumerate(items))
    return (f'<div id="comments" class="comments-area"><h2 class="comments-title">{len(items)} réponses</h2><ol class="comment-list">{lis}</ol>'
            f'<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Laisser un commentaire</h3>'
            f'<form action="{action}" method="post" id="commentform" class="comment-form"><p class="comment-notes">Votre adresse e-mail ne sera pas publiée.</p>'
            '<p class="comment-form-comment"><label for="comment">Commentaire</label><textarea id="comment" name="comment" cols="45" rows="6" required></textarea></p>'
            '<p class="comment-form-author"><label for="author">Nom</label><input id="author" name="author" type="text"></p>'
            '<p class="comment-form-email"><label for="email">E-mail</label><input id="email" name="email" type="email"></p>'
            f'<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Laisser un commentaire"><input type="hidden" name="comment_post_ID" value="{post_id}" id="comment_post_ID"><input type="hidden" name="comment_parent" id="comment_parent" value="0"></p></form></div></div>')


def drupal_comments(items, node):
    arts = "".join(f'<article data-comment-user-id="0" id="comment-{i + 300}" class="comment js-comment by-anonymous"><span class="hidden" data-comment-timestamp="1712{i}00000"></span>'
                   f'<footer class="comment__meta"><p class="comment__author"><span>{escape(a)}</span></p><p class="comment__time">{d}</p></footer>'
                   f'<div class="comment__content"><div class="field field--name-comment-body"><p>{escape(t)}</p></div></div></article>'
                   for i, (a, d, t) in enumerate(items))
    return (f'<section class="field field--name-comment field--type-comment field--label-above comment-wrapper"><h2 class="title comment-wrapper__title">Commentaires</h2>{arts}'
            f'<h2 class="title comment-form__title">Ajouter un commentaire</h2><form class="comment-comment-forum-form comment-form" data-drupal-selector="comment-form" action="/comment/reply/node/{node}/comment" method="post" id="comment-form" accept-charset="UTF-8">'
            '<div class="js-form-item form-item"><label for="edit-name">Votre nom</label><input type="text" id="edit-name" name="name" class="form-text"></div>'
            '<div class="js-form-item form-item"><label for="edit-comment-body-0-value" class="js-form-required form-required">Commentaire</label><textarea data-drupal-selector="edit-comment-body-0-value" id="edit-comment-body-0-value" name="comment_body[0][value]" rows="5" class="form-textarea required"></textarea></div>'
            '<input type="hidden" name="form_id" value="comment_comment_form"><div class="form-actions"><input type="submit" id="edit-submit--2" value="Enregistrer" class="button button--primary form-submit"></div></form></section>')


def spip_forum(items, id_article):
    lis = "".join(f'<li class="forum-fil"><div class="forum-message"><div class="forum-chapo"><strong class="forum-titre">{escape(t[:40])}</strong> '
                  f'<small>{d}, par {escape(a)}</small></div><div class="forum-texte"><p>{escape(t)}</p></div></div></li>'
                  for a, d, t in items)
    return (f'<div class="forum-repondre"><h2>{len(items)} messages</h2><ul class="forum">{lis}</ul></div>'
            f'<div class="formulaire_spip formulaire_forum ajax" id="formulaire_forum"><h2>Un message, un commentaire ?</h2>'
            f'<form action="spip.php?article{id_article}" method="post"><div><input name="formulaire_action" type="hidden" value="forum"><input name="id_article" type="hidden" value="{id_article}">'
            '<fieldset><legend>Message</legend><label for="titre">Titre</label><input type="text" class="text" name="titre" id="titre">'
            '<label for="texte">Texte de votre message</label><textarea name="texte" id="texte" rows="10" cols="40"></textarea></fieldset>'
            '<fieldset><legend>Qui êtes-vous ?</legend><label for="session_nom">Votre nom</label><input type="text" class="text" name="session_nom" id="session_nom">'
            '<label for="session_email">Votre adresse e-mail</label><input type="email" class="text" name="session_email" id="session_email"></fieldset>'
            '<p class="boutons"><input type="submit" class="submit" name="previsualiser" value="Prévisualiser"></p></div></form></div>')


def wp_polls(pid, question, answers):
    opts = "".join(f'<li><input type="radio" id="poll-answer-{pid * 10 + i}" name="poll_{pid}" value="{pid * 10 + i}"> '
                   f'<label for="poll-answer-{pid * 10 + i}">{escape(a)}</label></li>' for i, a in enumerate(answers))
    return (f'<section id="polls-widget-2" class="widget widget_polls-widget"><h2 class="widget-title">Sondage</h2>'
            f'<div id="polls-{pid}" class="wp-polls"><form id="polls_form_{pid}" class="wp-polls-form" action="/index.php" method="post">'
            f'<p style="display: none;"><input type="hidden" id="poll_{pid}_nonce" name="wp-polls-nonce" value="3f2a9b7c1d"></p>'
            f'<p style="display: none;"><input type="hidden" name="poll_id" value="{pid}"></p><p style="text-align: center;"><strong>{escape(question)}</strong></p>'
            f'<div id="polls-{pid}-ans" class="wp-polls-ans"><ul class="wp-polls-ul">{opts}</ul>'
            f'<p style="text-align: center;"><input type="button" name="vote" value="   Voter   " class="Buttons" onclick="poll_vote({pid});"></p>'
            f'<p style="text-align: center;"><a href="#ViewPollResults" onclick="poll_result({pid}); return false;" title="Voir les résultats de ce sondage">Voir les résultats</a></p></div></form></div></section>')


def poll_results(question, rows, note="Ce sondage est clos."):
    bars = "".join(f'<li>{escape(a)} <small>({pct}%, {n} votes)</small><div class="pollbar" style="width: {pct}%;" title="{escape(a)} ({pct}% | {n} votes)"></div></li>'
                   for a, pct, n in rows)
    total = sum(n for *_x, n in rows)
    return (f'<div class="wp-polls wp-polls-results"><p style="text-align: center;"><strong>{escape(question)}</strong></p>'
            f'<ul class="wp-polls-ul">{bars}</ul><p style="text-align: center;">Votants : <strong>{total}</strong></p>'
            f'<p class="poll-closed">{note}</p></div>')


def webform_survey(action, intro, questions):
    qs = ""
    for i, (q, options) in enumerate(questions):
        if options:
            radios = "".join(f'<div class="js-form-item form-item form-type-radio"><input type="radio" id="edit-q{i}-{j}" name="q{i}" value="{j}" class="form-radio">'
                             f'<label for="edit-q{i}-{j}" class="option">{escape(o)}</label></div>' for j, o in enumerate(options))
            qs += f'<fieldset class="radios--wrapper fieldgroup form-composite webform-type-radios"><legend><span class="fieldset-legend">{escape(q)}</span></legend><div class="fieldset-wrapper"><div id="edit-q{i}" class="js-webform-radios webform-options-display-one-column form-radios">{radios}</div></div></fieldset>'
        else:
            qs += f'<div class="js-form-item form-item"><label for="edit-q{i}">{escape(q)}</label><textarea id="edit-q{i}" name="q{i}" rows="4" class="form-textarea"></textarea></div>'
    return (f'<form class="webform-submission-form webform-submission-questionnaire-form" action="{action}" method="post">'
            f'<div class="webform-introduction">{intro}</div>{qs}<div class="webform-progress"><span>Page 1 / 1</span></div>'
            '<div class="form-actions webform-actions"><input type="submit" value="Envoyer mes réponses" class="webform-button--submit button button--primary form-submit"></div></form>')


def vendor_questionnaire(action, intro, questions):
    qs = ""
    for i, (q, options) in enumerate(questions):
        if options:
            radios = "".join(f'<li><input type="radio" id="q{i}o{j}" name="question_{i}" value="{j}"><label for="q{i}o{j}">{escape(o)}</label></li>'
                             for j, o in enumerate(options))
            qs += f'<fieldset class="questionnaire__question"><legend>{i + 1}. {escape(q)}</legend><ul class="questionnaire__choices">{radios}</ul></fieldset>'
        else:
            qs += f'<div class="questionnaire__question"><label for="q{i}">{i + 1}. {escape(q)}</label><textarea id="q{i}" name="question_{i}" rows="4"></textarea></div>'
    return (f'<form class="questionnaire" action="{action}" method="post"><p class="questionnaire__intro">{intro}</p>{qs}'
            '<button class="btn btn--primary" type="submit">Valider le questionnaire</button></form>')


def petition_form(action, title, count, goal):
    return (f'<section class="petition"><h2 class="petition__title">{escape(title)}</h2><p class="petition__counter"><strong>{count}</strong> signatures sur {goal} nécessaires</p>'
            f'<div class="petition__progress" role="progressbar" aria-valuenow="{count}" aria-valuemax="{goal}"></div>'
            f'<form class="petition__form" action="{action}" method="post"><label for="pet-nom">Nom</label><input id="pet-nom" name="nom" type="text">'
            '<label for="pet-prenom">Prénom</label><input id="pet-prenom" name="prenom" type="text">'
            '<label for="pet-mail">E-mail</label><input id="pet-mail" name="email" type="email">'
            '<label for="pet-cp">Code postal</label><input id="pet-cp" name="code_postal" type="text">'
            '<input type="checkbox" id="pet-cert" name="certifie" required><label for="pet-cert">Je certifie résider dans la commune ou y être contribuable</label>'
            '<button type="submit">Je signe la pétition</button></form></section>')


def idea_box(action, heading, lead):
    return (f'<form class="idea-box" action="{action}" method="post"><h2>{heading}</h2><p>{lead}</p>'
            '<label for="idee-titre">Titre de votre idée</label><input id="idee-titre" name="titre" type="text" maxlength="120">'
            '<label for="idee-theme">Thème</label><select id="idee-theme" name="theme"><option>Cadre de vie</option><option>Mobilités</option><option>Solidarités</option><option>Nature en ville</option></select>'
            '<label for="idee-texte">Décrivez votre idée</label><textarea id="idee-texte" name="description" rows="6"></textarea>'
            '<label for="idee-mail">Votre e-mail (pour vous répondre)</label><input id="idee-mail" name="email" type="email">'
            '<button type="submit">Envoyer mon idée</button></form>')


# ---- platforms ---------------------------------------------------------------------------------------

def decidim_process_cards(cards):
    out = "".join(f'<a href="{h}" class="card__grid"><div class="card__grid-text"><span class="card__grid-metadata"><span class="label {"success" if st == "Ouvert" else "alert"}">{st}</span></span>'
                  f'<h3 class="h4 text-secondary">{escape(t)}</h3><div class="card__grid-metadata"><span>{phase}</span></div></div></a>'
                  for h, t, st, phase in cards)
    return f'<section class="content-block"><h2 class="h2 decorator">Processus participatifs</h2><div class="card__grid-wrapper">{out}</div></section>'


def decidim_steps(steps, active):
    lis = "".join(f'<li class="participatory-space__metadata-phase{" is-active" if i == active else ""}"><span>Phase {i + 1} sur {len(steps)}</span> <strong>{escape(s)}</strong></li>'
                  for i, s in enumerate(steps))
    return f'<div class="participatory-space__metadata"><ol class="phase-list">{lis}</ol></div>'


def decidim_components(pairs):
    return ('<nav class="participatory-space__nav" aria-label="Composants"><ul class="participatory-space__nav-container">'
            + "".join(f'<li class="participatory-space__nav-item"><a href="{h}">{escape(t)}</a></li>' for h, t in pairs) + "</ul></nav>")


def decidim_proposal_list(items, can_create=None):
    cards = "".join(f'<a href="{h}" class="card__list" id="proposals__proposal_{n}"><div class="card__list-content"><h3 class="h4 card__list-title">{escape(t)}</h3>'
                    f'<div class="card__list-metadata"><span>{votes} soutiens</span><span class="label">{state}</span></div></div></a>'
                    for n, (h, t, votes, state) in enumerate(items, start=100))
    new = (f'<a href="{can_create}" class="button button__sm button__secondary" id="new-proposal">Nouvelle proposition</a>' if can_create else "")
    return f'<section class="layout-main__section">{new}<div id="proposals" class="card__list-list">{cards}</div></section>'


def decidim_comments(items, commentable):
    cs = "".join(f'<div id="comment_{i + 700}" class="comment" data-comment-id="{i + 700}"><div class="comment__header"><span class="author__name">{escape(a)}</span> <span class="comment__date">{d}</span></div>'
                 f'<div class="comment__content"><p>{escape(t)}</p></div><div class="comment__footer"><button class="comment__reply">Répondre</button></div></div>'
                 for i, (a, d, t) in enumerate(items))
    return (f'<div class="comments" id="comments-for-{commentable}" data-decidim-comments=\'{{"commentableGid":"{commentable}"}}\'>'
            f'<h2 class="h4 comments__header">{len(items)} commentaires</h2><div class="comment-threads">{cs}</div>'
            f'<div class="add-comment"><form class="new_comment" id="new_comment_for_{commentable}" action="/comments" method="post">'
            f'<input type="hidden" name="comment[commentable_gid]" value="{commentable}"><label for="add-comment-{commentable}">Ajouter un commentaire</label>'
            f'<textarea id="add-comment-{commentable}" name="comment[body]" maxlength="1000" rows="4" placeholder="Ajouter un commentaire"></textarea>'
            '<button type="submit" class="button button__sm button__secondary">Publier le commentaire</button></form></div></div>')


def decidim_survey(action, questions):
    qs = ""
    for i, (q, options) in enumerate(questions):
        if options:
            inputs = "".join(f'<label><input type="radio" name="questionnaire[responses][{i}][choices][][body]" value="{escape(o)}"> {escape(o)}</label>' for o in options)
        else:
            inputs = f'<textarea name="questionnaire[responses][{i}][body]" rows="4"></textarea>'
        qs += f'<div class="question" data-max-choices="1"><label class="questionnaire-question">{i + 1}. {escape(q)}</label>{inputs}</div>'
    return (f'<div class="questionnaire-step"><form class="form answer-questionnaire" action="{action}" method="post">{qs}'
            '<label><input type="checkbox" name="questionnaire[tos_agreement]" value="1"> J\'accepte les conditions d\'utilisation</label>'
            '<button type="submit" class="button button__lg button__secondary">Envoyer</button></form></div>')


def consul_budget_investments(items, phase):
    cards = "".join(f'<div id="budget_investment_{n}" class="budget-investment"><div class="panel"><h3><a href="{h}">{escape(t)}</a></h3>'
                    f'<p class="investment-project-info">{price} €</p><div class="supports"><span class="total-supports">{sup} soutiens</span></div></div></div>'
                    for n, (h, t, price, sup) in enumerate(items, start=40))
    return f'<div class="budget-header"><p class="phase">Phase en cours : <strong>{phase}</strong></p></div><div id="budget-investments" class="budget-investments-list">{cards}</div>'


def consul_proposals(items):
    cards = "".join(f'<div id="proposal_{n}" class="proposal clear"><div class="panel"><div class="proposal-content"><h3><a href="{h}">{escape(t)}</a></h3>'
                    f'<p class="proposal-info"><span class="author">{escape(a)}</span> • {sup} soutiens</p></div></div></div>'
                    for n, (h, t, a, sup) in enumerate(items, start=12))
    return f'<div id="proposals" class="proposals-list">{cards}</div>'


def consul_comment_form(commentable_type, cid, items):
    cs = "".join(f'<div class="comment small-12 column" id="comment_{i + 90}"><div class="comment-body"><span class="user-name">{escape(a)}</span> <span class="comment-info">{d}</span><div class="comment-user"><p>{escape(t)}</p></div></div></div>'
                 for i, (a, d, t) in enumerate(items))
    return (f'<section class="comments" id="comments"><h2>Commentaires <span>({len(items)})</span></h2>{cs}'
            f'<form class="new_comment" id="new_comment" action="/comments" method="post"><input type="hidden" name="comment[commentable_type]" value="{commentable_type}">'
            f'<input type="hidden" name="comment[commentable_id]" value="{cid}"><label for="comment-body">Laisser votre commentaire</label>'
            '<textarea id="comment-body" name="comment[body]" maxlength="1000"></textarea><input type="submit" name="commit" value="Publier le commentaire" class="button"></form></section>')


def consul_poll(action, question, answers):
    lis = "".join(f'<li><button type="submit" name="answer" value="{i}" class="button secondary expanded">{escape(a)}</button></li>' for i, a in enumerate(answers))
    return (f'<div class="poll-question"><h3>{escape(question)}</h3><form action="{action}" method="post" class="poll-question-form">'
            f'<input type="hidden" name="authenticity_token" value="Zm9yIGNvbnN1bA"><ul class="poll-question-answers">{lis}</ul></form></div>')


def capco_steps(steps):
    lis = "".join(f'<li class="step {st}"><a href="{h}"><span class="step__title">{escape(t)}</span><span class="step__status">{lab}</span></a></li>'
                  for h, t, st, lab in steps)
    return f'<div class="project__header"><ul class="project__steps stepper">{lis}</ul></div>'


def capco_proposals(items):
    cards = "".join(f'<li class="proposal-preview card"><a href="{h}"><h3 class="card__title">{escape(t)}</h3></a><p class="card__meta">{escape(a)} · {v} votes</p></li>'
                    for h, t, a, v in items)
    return f'<ul class="proposal-list-view">{cards}</ul>'


def capco_argument_form(action):
    return (f'<div class="opinion__arguments"><form class="argument-form" action="{action}" method="post"><label for="argument-body">Ajouter un argument</label>'
            '<select name="type"><option value="FOR">Pour</option><option value="AGAINST">Contre</option></select>'
            '<textarea id="argument-body" name="body" rows="4"></textarea><button type="submit" class="btn btn-primary">Publier</button></form></div>')


def govocal_cards(items):
    cards = "".join(f'<a class="e2e-project-card" href="{h}"><div class="project-card__content"><h3>{escape(t)}</h3><p class="project-card__status">{escape(s)}</p></div></a>'
                    for h, t, s in items)
    return f'<div id="e2e-projects-container" class="projects-list">{cards}</div>'


def govocal_ideas(items):
    cards = "".join(f'<a class="e2e-idea-card" href="{h}"><div class="idea-card__body"><h3 class="e2e-idea-card-title">{escape(t)}</h3><span class="e2e-idea-card-vote-count">{v} votes</span><span class="e2e-idea-card-comment-count">{c} commentaires</span></div></a>'
                    for h, t, v, c in items)
    return f'<div id="e2e-ideas-list" class="ideas-list">{cards}</div>'


def govocal_comment_form(items):
    cs = "".join(f'<div class="e2e-comment"><span class="e2e-author-name">{escape(a)}</span><p class="e2e-comment-body">{escape(t)}</p></div>' for a, t in items)
    return (f'<section id="e2e-comments-container"><h2>Commentaires ({len(items)})</h2>{cs}'
            '<form id="e2e-comment-form" class="comment-form"><label for="submit-comment">Écrire un commentaire</label>'
            '<textarea id="submit-comment" name="body_multiloc" class="e2e-mentions-textarea"></textarea><button id="e2e-submit-comment" type="submit">Publier</button></form></section>')


def phpbb_forums(rows):
    lis = "".join(f'<li class="row"><dl class="row-item forum_read"><dt title="Aucun message non lu"><div class="list-inner"><a href="{h}" class="forumtitle">{escape(t)}</a><br>{escape(d)}</div></dt>'
                  f'<dd class="topics">{n} <dfn>Sujets</dfn></dd><dd class="posts">{n * 6} <dfn>Messages</dfn></dd></dl></li>' for h, t, d, n in rows)
    return (f'<div class="forabg"><div class="inner"><ul class="topiclist"><li class="header"><dl class="row-item"><dt><div class="list-inner">Forum</div></dt>'
            f'<dd class="topics">Sujets</dd><dd class="posts">Messages</dd></dl></li></ul><ul class="topiclist forums">{lis}</ul></div></div>')


def phpbb_topics(rows):
    lis = "".join(f'<li class="row bg{i % 2 + 1}"><dl class="row-item topic_read"><dt><div class="list-inner"><a href="{h}" class="topictitle">{escape(t)}</a>'
                  f'<div class="topic-poster responsive-hide left-box">par <span class="username">{escape(a)}</span></div></div></dt><dd class="posts">{r} <dfn>Réponses</dfn></dd></dl></li>'
                  for i, (h, t, a, r) in enumerate(rows))
    return f'<div class="action-bar bar-top"><a href="/ucp.php?mode=login" class="button" title="Écrire un nouveau sujet"><span>Nouveau sujet</span></a></div><div class="forumbg"><div class="inner"><ul class="topiclist topics">{lis}</ul></div></div>'


def phpbb_posts(rows):
    return "".join(f'<div id="p{i + 2200}" class="post has-profile bg{i % 2 + 1}"><div class="inner"><dl class="postprofile"><dt><a class="username">{escape(a)}</a></dt></dl>'
                   f'<div class="postbody"><p class="author"><span class="responsive-hide">par <strong>{escape(a)}</strong> » </span>{d}</p><div class="content">{escape(t)}</div></div></div></div>'
                   for i, (a, d, t) in enumerate(rows))


def discourse_topics(rows):
    trs = "".join(f'<tr class="topic-list-item"><td class="main-link"><meta itemprop="position" content="{i + 1}"><span class="link-top-line"><a itemprop="url" href="{h}" class="title raw-link raw-topic-link">{escape(t)}</a></span></td>'
                  f'<td class="replies"><span class="posts" title="messages">{n}</span></td></tr>' for i, (h, t, n) in enumerate(rows))
    return f'<div class="topic-list"><table class="topic-list"><thead><tr><th>Sujet</th><th>Réponses</th></tr></thead><tbody>{trs}</tbody></table></div>'


def discourse_posts(rows):
    return "".join(f'<div id="post_{i + 1}" itemprop="comment" itemscope itemtype="http://schema.org/Comment" class="topic-body crawler-post">'
                   f'<div class="crawler-post-meta"><span class="creator" itemprop="author"><span itemprop="name">{escape(a)}</span></span><time class="post-time">{d}</time></div>'
                   f'<div class="post" itemprop="text"><p>{escape(t)}</p></div></div>' for i, (a, d, t) in enumerate(rows))


def community_feed(items):
    return '<section class="feed">' + "".join(
        f'<article class="feed-post"><header><span class="feed-post__author">{escape(a)}</span> · <span class="feed-post__group">{escape(g)}</span></header><p>{escape(t)}</p>'
        f'<footer><a href="/connexion" class="feed-post__reply">Répondre</a> <span>{n} réponses</span></footer></article>' for a, g, t, n in items) + "</section>"


def flarum_discussions(rows):
    lis = "".join(f'<li><a href="{h}">{escape(t)}</a> <span class="DiscussionListItem-count">{n} réponses</span></li>' for h, t, n in rows)
    return f'<ul class="DiscussionList-discussions">{lis}</ul><a href="/" class="Button Button--primary IndexPage-newDiscussion">Nouvelle discussion</a>'


def flarum_posts(rows):
    return "".join(f'<article class="Post CommentPost"><header class="Post-header"><h3 class="PostUser-name">{escape(a)}</h3><time>{d}</time></header>'
                   f'<div class="Post-body"><p>{escape(t)}</p></div></article>' for a, d, t in rows)
