"""Markup helpers of the holdout cities, written apart from the main sample web's widgets.

They follow how the real software writes these things (class names, routes, field names of
WordPress plugins, Drupal, SPIP, Joomla, Decidim, CONSUL, Cap Collectif, form services), with
our own wording.
"""
from html import escape


def news(items, heading="Actualités"):
    """A list of news teasers, as most city home pages carry: (title, date, summary)."""
    cards = "".join(f'<article class="news-card"><h3><a href="#">{escape(t)}</a></h3>'
                    f'<time>{escape(d)}</time><p>{escape(s)}</p></article>' for t, d, s in items)
    return f'<section class="news-list"><h2>{escape(heading)}</h2>{cards}</section>'


COMMON_NEWS = [
    ("Travaux de voirie rue des Tilleuls", "12 mai 2025", "La circulation sera alternée pendant trois semaines."),
    ("Inscriptions au centre de loisirs", "5 mai 2025", "Les dossiers pour l'été sont à rendre avant le 15 juin."),
    ("Collecte des encombrants", "28 avril 2025", "Prochain passage le premier mardi du mois, sur rendez-vous."),
]


def quick_links(links):
    """The "En un clic" block of city home pages: (label, href)."""
    items = "".join(f'<li><a href="{escape(h)}">{escape(label)}</a></li>' for label, h in links)
    return f'<nav class="quick-access" aria-label="Accès rapides"><h2>En un clic</h2><ul>{items}</ul></nav>'


def prose(*paragraphs):
    return "".join(f"<p>{p}</p>" for p in paragraphs)


def agenda(events):
    items = "".join(f'<li class="event"><span class="event-date">{escape(d)}</span> {escape(t)}</li>' for d, t in events)
    return f'<aside class="agenda"><h2>Agenda</h2><ul>{items}</ul></aside>'


# ---- polls and surveys -------------------------------------------------------------------------

def wp_polls(poll_id, question, answers):
    """WP-Polls sidebar widget: div.wp-polls, form.wp-polls-form, radios named poll_<id>."""
    radios = "".join(f'<li><input type="radio" id="poll-answer-{i}" name="poll_{poll_id}" value="{i}">'
                     f'<label for="poll-answer-{i}">{escape(a)}</label></li>' for i, a in enumerate(answers, 1))
    return (f'<aside class="widget widget_polls-widget"><h3 class="widget-title">Sondage</h3>'
            f'<div id="polls-{poll_id}" class="wp-polls"><form id="polls_form_{poll_id}" class="wp-polls-form" '
            f'action="/index.php" method="post"><input type="hidden" name="poll_id" value="{poll_id}">'
            f'<p style="text-align: center;"><strong>{escape(question)}</strong></p>'
            f'<div id="polls-{poll_id}-ans" class="wp-polls-ans"><ul class="wp-polls-ul">{radios}</ul>'
            f'<p style="text-align: center;"><input type="button" name="vote" value="   Voter   " class="Buttons"></p>'
            f'<p style="text-align: center;"><a href="#ViewPollResults">Voir les résultats</a></p></div></form></div></aside>')


def wp_polls_results(poll_id, question, results, total):
    """A closed WP-Polls poll: results bars, no form."""
    rows = "".join(f'<li>{escape(a)} <small>({pct}%, {n} votes)</small><div class="pollbar" style="width: {pct}%;"></div></li>'
                   for a, pct, n in results)
    return (f'<div id="polls-{poll_id}" class="wp-polls"><p style="text-align: center;"><strong>{escape(question)}</strong></p>'
            f'<ul class="wp-polls-ul">{rows}</ul><p style="text-align: center;">Total des votants : <strong>{total}</strong></p>'
            f'<p class="poll-closed">Ce sondage est clos depuis le 30 septembre 2023.</p></div>')


def yop_poll(poll_id, question, answers):
    """YOP Poll: div.basic-yop-poll-container, answers as radios named answer[...]."""
    items = "".join(f'<li class="basic-answer"><label class="basic-answer-label"><input type="radio" '
                    f'name="answer[{poll_id}]" value="{i}"> <span class="basic-text">{escape(a)}</span></label></li>'
                    for i, a in enumerate(answers, 1))
    return (f'<div class="bootstrap-yop yop-poll-mc"><div class="basic-yop-poll-container" data-id="{poll_id}">'
            f'<form class="basic-form"><div class="basic-inner"><div class="basic-question">'
            f'<div class="basic-question-title"><h5>{escape(question)}</h5></div><ul class="basic-answers">{items}</ul></div>'
            f'<div class="basic-vote"><button type="button" class="button basic-vote-button">Je vote</button></div></div>'
            f'</form></div></div>')


def crowdsignal(poll_id):
    """Crowdsignal (ex-Polldaddy) embed: the script tag plus its noscript link."""
    return (f'<script type="text/javascript" charset="utf-8" src="https://secure.polldaddy.com/p/{poll_id}.js"></script>'
            f'<noscript>Activez JavaScript pour répondre au sondage.</noscript>')


def drupal_poll(nid, question, answers):
    """Drupal Poll module block: form#poll-view-voting, radios named choice."""
    radios = "".join(f'<div class="form-item form-type-radio"><input type="radio" id="edit-choice-{i}" name="choice" '
                     f'value="{i}" class="form-radio"><label class="option" for="edit-choice-{i}">{escape(a)}</label></div>'
                     for i, a in enumerate(answers, 1))
    return (f'<section id="block-poll-recent" class="block block-poll"><h2>Sondage</h2>'
            f'<form action="/node/{nid}" method="post" id="poll-view-voting" accept-charset="UTF-8">'
            f'<div class="poll"><div class="vote-form"><div class="choices"><div class="title">{escape(question)}</div>'
            f'<div class="form-radios">{radios}</div></div><input type="submit" id="edit-vote" name="op" value="Voter" '
            f'class="form-submit"></div></div></form></section>')


def joomla_poll(question, answers):
    """Joomla poll module (mod_poll / AcePolls style): form name=form2, radios named voteid."""
    radios = "".join(f'<tr><td><input type="radio" name="voteid" id="voteid{i}" value="{i}">'
                     f'<label for="voteid{i}">{escape(a)}</label></td></tr>' for i, a in enumerate(answers, 1))
    return (f'<div class="moduletable poll"><h3>Votre avis</h3><form action="/index.php" method="post" name="form2">'
            f'<table class="pollstableborder"><thead><tr><th>{escape(question)}</th></tr></thead>{radios}</table>'
            f'<input type="submit" name="task_button" class="button" value="Voter">'
            f'<input type="hidden" name="option" value="com_poll"><input type="hidden" name="task" value="vote"></form></div>')


def spip_sondage(question, answers):
    """A SPIP sondage made with the Formidable plugin: div.formulaire_formidable, radio choices."""
    radios = "".join(f'<div class="choix"><input type="radio" name="radio_1" id="radio_1_{i}" value="choix{i}">'
                     f'<label for="radio_1_{i}">{escape(a)}</label></div>' for i, a in enumerate(answers, 1))
    return (f'<div class="formulaire_spip formulaire_formidable formulaire_formidable-sondage">'
            f'<form method="post" action="#formulaire_formidable"><fieldset><legend>{escape(question)}</legend>'
            f'<div class="editer saisie_radio obligatoire">{radios}</div></fieldset>'
            f'<p class="boutons"><input type="submit" class="submit" value="Envoyer ma réponse"></p></form></div>')


def iframe(src, title, height=800):
    return (f'<iframe src="{escape(src)}" title="{escape(title)}" width="100%" height="{height}" frameborder="0" '
            f'marginheight="0" marginwidth="0">Chargement…</iframe>')


def questionnaire(action, questions, intro=""):
    """A home-made questionnaire form on a city page: radio questions, an optional free remark."""
    blocks = []
    for n, (question, choices) in enumerate(questions, 1):
        radios = "".join(f'<label><input type="radio" name="q{n}" value="{i}"> {escape(c)}</label>'
                         for i, c in enumerate(choices, 1))
        blocks.append(f'<fieldset class="question"><legend>{n}. {escape(question)}</legend>{radios}</fieldset>')
    return (f'<form class="questionnaire" method="post" action="{action}">{intro}{"".join(blocks)}'
            f'<label for="q-remarque">Une remarque ?</label><textarea id="q-remarque" name="remarque" rows="3"></textarea>'
            f'<button type="submit">Envoyer mes réponses</button></form>')


# ---- contact forms ---------------------------------------------------------------------------

def cf7(form_id):
    """Contact Form 7: div.wpcf7, fields your-name, your-email, your-subject, your-message."""
    return (f'<div class="wpcf7 no-js" id="wpcf7-f{form_id}-o1" lang="fr-FR" dir="ltr">'
            f'<form action="/contact/#wpcf7-f{form_id}-o1" method="post" class="wpcf7-form init" novalidate>'
            f'<input type="hidden" name="_wpcf7" value="{form_id}">'
            '<p><label>Votre nom<br><span class="wpcf7-form-control-wrap" data-name="your-name"><input type="text" name="your-name" size="40"></span></label></p>'
            '<p><label>Votre e-mail<br><span class="wpcf7-form-control-wrap" data-name="your-email"><input type="email" name="your-email" size="40"></span></label></p>'
            '<p><label>Objet<br><input type="text" name="your-subject" size="40"></label></p>'
            '<p><label>Votre message<br><textarea name="your-message" cols="40" rows="10"></textarea></label></p>'
            '<p><input type="submit" value="Envoyer" class="wpcf7-form-control wpcf7-submit"></p></form></div>')


def drupal_webform_contact():
    """Drupal Webform contact form: form.webform-submission-form, field names of the default contact webform."""
    return ('<form class="webform-submission-form webform-submission-contact-form" action="/contact" method="post" '
            'id="webform-submission-contact-node-12-add-form">'
            '<div class="form-item"><label for="edit-name">Nom</label><input type="text" id="edit-name" name="name" class="form-text required"></div>'
            '<div class="form-item"><label for="edit-email">Courriel</label><input type="email" id="edit-email" name="email" class="form-email required"></div>'
            '<div class="form-item"><label for="edit-subject">Objet</label><input type="text" id="edit-subject" name="subject" class="form-text"></div>'
            '<div class="form-item"><label for="edit-message">Message</label><textarea id="edit-message" name="message" rows="5" class="form-textarea required"></textarea></div>'
            '<input type="submit" id="edit-actions-submit" name="op" value="Envoyer le message" class="webform-button--submit button"></form>')


def spip_contact():
    """SPIP formulaire_ecrire_auteur (or the contact plugin): fields email_message, sujet_message, texte_message."""
    return ('<div class="formulaire_spip formulaire_ecrire_auteur"><form method="post" action="#formulaire_ecrire_auteur">'
            '<ul class="editer-groupe"><li class="editer saisie_email_message"><label for="email_message">Votre adresse email</label>'
            '<input type="email" name="email_message" id="email_message" class="text"></li>'
            '<li class="editer saisie_sujet_message"><label for="sujet_message">Sujet</label><input type="text" name="sujet_message" id="sujet_message" class="text"></li>'
            '<li class="editer saisie_texte_message"><label for="texte_message">Texte de votre message</label>'
            '<textarea name="texte_message" id="texte_message" rows="8" cols="60"></textarea></li></ul>'
            '<p class="boutons"><input type="submit" class="submit" name="valide" value="Envoyer"></p></form></div>')


def joomla_contact():
    """Joomla com_contact: form#contact-form, fields jform[contact_name] etc."""
    return ('<form id="contact-form" action="/index.php?option=com_contact&amp;view=contact&amp;id=1" method="post" class="form-validate form-horizontal">'
            '<fieldset><legend>Envoyer un e-mail</legend>'
            '<label id="jform_contact_name-lbl" for="jform_contact_name">Nom *</label><input type="text" name="jform[contact_name]" id="jform_contact_name" required>'
            '<label for="jform_contact_email">E-mail *</label><input type="email" name="jform[contact_email]" id="jform_contact_email" required>'
            '<label for="jform_contact_emailmsg">Sujet *</label><input type="text" name="jform[contact_subject]" id="jform_contact_emailmsg">'
            '<label for="jform_contact_message">Message *</label><textarea name="jform[contact_message]" id="jform_contact_message" cols="50" rows="10"></textarea>'
            '</fieldset><button class="btn btn-primary validate" type="submit">Envoyer un e-mail</button>'
            '<input type="hidden" name="option" value="com_contact"><input type="hidden" name="task" value="contact.submit"></form>')


def eservices_request(action):
    """A w.c.s.-style e-services request form ("demande"): step form with a free-text field."""
    return (f'<form class="quixote wcs-form" method="post" action="{action}" enctype="multipart/form-data">'
            '<div class="page-title"><h2>1 - Votre demande</h2></div>'
            '<div class="widget StringWidget"><div class="title"><label for="form_f1">Nom</label></div><input type="text" id="form_f1" name="f1"></div>'
            '<div class="widget EmailWidget"><div class="title"><label for="form_f2">Courriel</label></div><input type="email" id="form_f2" name="f2"></div>'
            '<div class="widget TextWidget"><div class="title"><label for="form_f3">Votre question ou votre message</label></div>'
            '<textarea id="form_f3" name="f3" rows="6"></textarea></div>'
            '<div class="buttons"><button name="submit" type="submit">Envoyer</button></div></form>')


def newsletter():
    return ('<form class="newsletter" action="/newsletter/inscription" method="post"><label for="nl-mail">Recevoir la lettre '
            'd\'information</label><input type="email" id="nl-mail" name="email" placeholder="Votre e-mail">'
            '<button type="submit">S\'inscrire</button></form>')


def search_form():
    return ('<form role="search" class="search-form" action="/recherche" method="get"><label for="s">Rechercher</label>'
            '<input type="search" id="s" name="q"><button type="submit">OK</button></form>')


# ---- comments --------------------------------------------------------------------------------

def wp_comments(post_id, existing):
    """WordPress native comments: ol.comment-list, div#respond, form#commentform posting to wp-comments-post.php."""
    items = "".join(f'<li class="comment even thread-even depth-1" id="comment-{post_id}{i}"><article class="comment-body">'
                    f'<footer class="comment-meta"><b class="fn">{escape(who)}</b> <span class="says">dit :</span></footer>'
                    f'<div class="comment-content"><p>{escape(text)}</p></div></article></li>'
                    for i, (who, text) in enumerate(existing))
    heading = f'<h2 class="comments-title">{len(existing)} réponses</h2><ol class="comment-list">{items}</ol>' if existing else ""
    return (f'<div id="comments" class="comments-area">{heading}<div id="respond" class="comment-respond">'
            f'<h3 id="reply-title" class="comment-reply-title">Laisser un commentaire</h3>'
            f'<form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form">'
            f'<p class="comment-form-comment"><label for="comment">Commentaire</label><textarea id="comment" name="comment" cols="45" rows="8"></textarea></p>'
            f'<p class="comment-form-author"><label for="author">Nom</label><input id="author" name="author" type="text"></p>'
            f'<p class="comment-form-email"><label for="email">E-mail</label><input id="email" name="email" type="email"></p>'
            f'<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Laisser un commentaire">'
            f'<input type="hidden" name="comment_post_ID" value="{post_id}" id="comment_post_ID"></p></form></div></div>')


def wp_comments_closed():
    return '<div id="comments" class="comments-area"><p class="no-comments">Les commentaires sont fermés.</p></div>'


def disqus(shortname, ident):
    return (f'<div id="disqus_thread"></div><script>var disqus_config = function () {{ this.page.identifier = "{ident}"; }};'
            f'(function() {{ var d = document, s = d.createElement("script"); s.src = "https://{shortname}.disqus.com/embed.js";'
            f' s.setAttribute("data-timestamp", +new Date()); (d.head || d.body).appendChild(s); }})();</script>'
            f'<noscript>Activez JavaScript pour voir les <a href="https://disqus.com/?ref_noscript">commentaires</a>.</noscript>')


def drupal_comments(nid):
    """Drupal core comment form: section.comments, form.comment-form posting to /comment/reply/node/<nid>/comment."""
    return (f'<section class="comments"><h2>Commentaires</h2><article class="comment js-comment"><footer class="comment__meta">'
            f'<span class="comment__author">Michèle</span></footer><div class="comment__content"><p>Merci pour ces précisions sur les horaires.</p>'
            f'</div></article><h2 class="title comment-form__title">Ajouter un commentaire</h2>'
            f'<form class="comment-comment-form comment-form" action="/comment/reply/node/{nid}/comment" method="post">'
            f'<div class="form-item"><label for="edit-subject-0-value">Sujet</label><input type="text" id="edit-subject-0-value" name="subject[0][value]"></div>'
            f'<div class="form-item"><label for="edit-comment-body-0-value">Commentaire</label>'
            f'<textarea id="edit-comment-body-0-value" name="comment_body[0][value]" rows="5"></textarea></div>'
            f'<input type="submit" id="edit-submit" name="op" value="Enregistrer" class="button"></form></section>')


def share_buttons(url):
    """Share intents under an article: never the city's accounts."""
    return (f'<div class="share"><span>Partager :</span> <a href="https://www.facebook.com/sharer/sharer.php?u={url}">Facebook</a> '
            f'<a href="https://twitter.com/intent/tweet?url={url}">X</a> '
            f'<a href="https://www.linkedin.com/shareArticle?mini=true&amp;url={url}">LinkedIn</a> '
            f'<a href="mailto:?subject=À lire&amp;body={url}">E-mail</a></div>')


# ---- forums ----------------------------------------------------------------------------------

def spip_forum(article_id, messages):
    """SPIP's public forum under an article: div.forum-repondre link, ul.forum with forum-message items."""
    items = "".join(f'<li class="forum-fil"><div class="forum-message" id="forum{article_id}{i}"><div class="forum-chapo">'
                    f'<strong class="forum-titre">{escape(title)}</strong> <small>{escape(who)}</small></div>'
                    f'<div class="forum-texte"><p>{escape(text)}</p></div>'
                    f'<p class="repondre"><a href="/spip.php?page=forum&amp;id_article={article_id}">Répondre à ce message</a></p>'
                    f'</div></li>' for i, (title, who, text) in enumerate(messages, 1))
    return (f'<div class="forum-repondre"><a href="/spip.php?page=forum&amp;id_article={article_id}">Répondre à cet article</a></div>'
            f'<div class="comments"><h2>Forum</h2><ul class="forum">{items}</ul></div>')


def spip_forum_post(article_id):
    """SPIP's posting page for the forum of an article: formulaire_forum with titre and texte fields."""
    return (f'<div class="formulaire_spip formulaire_forum"><form method="post" action="/spip.php?page=forum&amp;id_article={article_id}">'
            f'<input type="hidden" name="id_article" value="{article_id}"><fieldset><legend>Votre message</legend>'
            f'<div class="editer saisie_titre"><label for="titre">Titre</label><input type="text" name="titre" id="titre" class="text"></div>'
            f'<div class="editer saisie_texte"><label for="texte">Texte de votre message</label>'
            f'<textarea name="texte" id="texte" rows="10" cols="40"></textarea></div></fieldset>'
            f'<p class="explication">Ce forum est modéré a priori : votre contribution n\'apparaîtra qu\'après validation.</p>'
            f'<p class="boutons"><input type="submit" class="submit" name="previsualiser_message" value="Prévisualiser"></p></form></div>')


# ---- petitions -------------------------------------------------------------------------------

def petition_list(items):
    """A city-run petition list: title, signature count, status, a link to sign."""
    cards = "".join(f'<li class="petition-item"><h3><a href="{escape(href)}">{escape(title)}</a></h3>'
                    f'<p class="petition-meta"><span class="signatures-count">{n}</span> signatures · {escape(status)}</p>'
                    f'<div class="progress" role="progressbar" aria-valuenow="{n}" aria-valuemax="{goal}"></div></li>'
                    for title, href, n, goal, status in items)
    return f'<ul class="petitions">{cards}</ul>'


def sign_form(action, label="Je signe"):
    return (f'<form class="signature-form" method="post" action="{action}"><label for="sig-name">Nom et prénom</label>'
            '<input id="sig-name" name="nom" type="text" required><label for="sig-mail">Courriel</label>'
            '<input id="sig-mail" name="courriel" type="email" required>'
            '<label><input type="checkbox" name="resident" required> Je réside dans la commune</label>'
            f'<button type="submit">{escape(label)}</button></form>')
