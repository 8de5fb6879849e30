"""Markup of the holdout pages, written apart from the main sample web's widgets on purpose.

Facts recorded here (class names, routes, field names) follow the public source of each
software: WP-Polls (`wp-polls`, `polls_form_N`), YOP Poll (`basic-yop-poll-container`),
Drupal Poll (`poll-view-voting`) and Webform (`webform-submission-form`), Joomla's poll module
(`mod_poll`), SPIP (`formulaire_forum`, `spip.php?page=forum`), Contact Form 7 (`wpcf7-form`),
and the embed URLs of Framaforms, Google Forms, Microsoft Forms, Typeform, Tally and LimeSurvey.
"""
from html import escape


def news_list(items, heading="Actualités"):
    """A block of short news teasers, as the side or foot of most city pages carries."""
    rows = "".join(f'<li class="news-item"><a href="{escape(href)}">{escape(title)}</a>'
                   f'<span class="news-date">{escape(date)}</span></li>' for href, title, date in items)
    return f'<section class="news-list"><h2>{escape(heading)}</h2><ul>{rows}</ul></section>'


CIVIC_NEWS = [("/actualites/travaux-ecole", "Travaux d'été dans les écoles", "12 juin"),
              ("/actualites/marche-nocturne", "Le marché nocturne revient en juillet", "3 juin"),
              ("/actualites/collecte-dechets", "Nouveaux horaires de la déchetterie", "28 mai"),
              ("/actualites/inscriptions-centre-loisirs", "Inscriptions au centre de loisirs", "20 mai")]


def prose(*paragraphs):
    return "".join(f"<p>{p}</p>" for p in paragraphs)


def page_with_aside(main, aside):
    return f'<div class="content-main">{main}</div><aside class="sidebar" role="complementary">{aside}</aside>'


def radio_question(name, question, choices):
    options = "".join(f'<li><input type="radio" id="{name}-{i}" name="{name}" value="{i}">'
                      f'<label for="{name}-{i}">{escape(c)}</label></li>' for i, c in enumerate(choices, 1))
    return f'<fieldset class="question"><legend>{escape(question)}</legend><ul>{options}</ul></fieldset>'


def wp_polls(poll_id, question, answers):
    """The WP-Polls widget: a voting form posted through admin-ajax."""
    items = "".join(f'<li><input type="radio" id="poll-answer-{poll_id}{i}" name="poll_{poll_id}" value="{poll_id}{i}">'
                    f'<label for="poll-answer-{poll_id}{i}">{escape(a)}</label></li>' for i, a in enumerate(answers))
    return (f'<div class="widget widget_polls-widget"><h3 class="widget-title">Sondage</h3>'
            f'<div id="polls-{poll_id}" class="wp-polls"><form id="polls_form_{poll_id}" class="wp-polls-form" '
            f'action="/index.php" method="post"><input type="hidden" name="poll_id" value="{poll_id}">'
            f'<p style="text-align: center;"><strong>{escape(question)}</strong></p><div id="polls-{poll_id}-ans" '
            f'class="wp-polls-ans"><ul class="wp-polls-ul">{items}</ul><p style="text-align: center;">'
            f'<input type="button" name="vote" value="   Voter   " class="Buttons"></p>'
            f'<p style="text-align: center;"><a href="#ViewPollResults">Voir les résultats</a></p></div></form></div></div>')


def wp_polls_results(poll_id, question, results):
    """A closed WP-Polls poll: bars and percentages, no form."""
    bars = "".join(f'<li>{escape(a)} <small>({p}%, {n} votes)</small><div class="pollbar" style="width: {p}%;"></div></li>'
                   for a, p, n in results)
    return (f'<div id="polls-{poll_id}" class="wp-polls"><p><strong>{escape(question)}</strong></p>'
            f'<ul class="wp-polls-ul">{bars}</ul><p>Votants : {sum(n for _, _, n in results)}</p>'
            '<p><em>Ce sondage est clos.</em></p></div>')


def yop_poll(poll_id, question, answers):
    items = "".join(f'<li class="basic-answer"><label><input type="radio" name="answer[{poll_id}]" value="{i}"> '
                    f'{escape(a)}</label></li>' for i, a in enumerate(answers, 1))
    return (f'<div class="bootstrap-yop yop-poll-mc"><div class="basic-yop-poll-container" data-id="{poll_id}">'
            f'<form class="basic-form" method="post"><div class="basic-question-title"><h5>{escape(question)}</h5></div>'
            f'<ul class="basic-answers">{items}</ul><button class="basic-vote-button">Voter</button></form></div></div>')


def polldaddy(poll_id):
    """A Crowdsignal (Polldaddy) poll embed: a script and a noscript link."""
    return (f'<script type="text/javascript" charset="utf-8" src="https://secure.polldaddy.com/p/{poll_id}.js"></script>'
            f'<noscript><a href="https://poll.fm/{poll_id}">Répondre au sondage</a></noscript>')


def drupal_poll(question, answers, node):
    choices = "".join(f'<div class="form-item form-type-radio"><input type="radio" id="edit-choice-{i}" name="choice" '
                      f'value="{i}" class="form-radio"><label class="option" for="edit-choice-{i}">{escape(a)}</label></div>'
                      for i, a in enumerate(answers, 1))
    return (f'<div class="block block-poll"><h2>Sondage</h2><form action="/node/{node}" method="post" '
            f'id="poll-view-voting" accept-charset="UTF-8"><div class="poll"><div class="vote-form"><div class="choices">'
            f'<div class="title">{escape(question)}</div>{choices}</div><input type="submit" id="edit-vote" name="op" '
            'value="Voter" class="form-submit"></div></div></form></div>')


def webform(form_id, intro, questions):
    """A Drupal Webform questionnaire."""
    fields = "".join(radio_question(f"{form_id}_{i}", q, c) for i, (q, c) in enumerate(questions, 1))
    return (f'<form class="webform-submission-form webform-submission-{form_id}-form" method="post" '
            f'action="/form/{form_id}" id="webform-submission-{form_id}-add-form"><p>{intro}</p>{fields}'
            f'<div class="form-item"><label for="edit-remarques">Remarques libres</label>'
            f'<textarea id="edit-remarques" name="remarques" rows="4"></textarea></div>'
            '<input type="submit" class="webform-button--submit button" value="Envoyer mes réponses"></form>')


def joomla_poll(question, answers):
    items = "".join(f'<li><input type="radio" name="voteid" id="voteid{i}" value="{i}"><label for="voteid{i}">'
                    f'{escape(a)}</label></li>' for i, a in enumerate(answers, 1))
    return (f'<div class="moduletable mod_poll"><h3>Votre avis</h3><form action="/index.php?option=com_poll" method="post" '
            f'name="form2"><h4>{escape(question)}</h4><ul class="poll">{items}</ul>'
            '<input type="submit" name="task_button" class="button" value="Voter">'
            '<a href="/index.php?option=com_poll&amp;view=poll&amp;id=2">Résultats</a>'
            '<input type="hidden" name="task" value="vote"></form></div>')


def iframe(src, title, height=900):
    return (f'<iframe src="{escape(src)}" title="{escape(title)}" width="100%" height="{height}" frameborder="0" '
            'loading="lazy">Chargement…</iframe>')


def spip_forum(article, messages):
    """A SPIP article's forum: the thread of messages, then the posting form."""
    thread = "".join(f'<li class="forum-fil"><div class="forum-message"><div class="forum-chapo">'
                     f'<strong class="forum-titre">{escape(t)}</strong> <small>{escape(who)}, le {escape(d)}</small></div>'
                     f'<div class="forum-texte">{escape(text)}</div></div></li>' for t, who, d, text in messages)
    return (f'<div class="forum-repondre"><a href="/spip.php?page=forum&amp;id_article={article}">Répondre à cet article</a></div>'
            f'<div class="comments-posts"><h2>{len(messages)} Messages de forum</h2><ul class="forum">{thread}</ul></div>'
            + spip_forum_form(article))


def spip_forum_form(article):
    return (f'<div class="formulaire_spip formulaire_forum ajax" id="formulaire_forum"><form action="/spip.php?page=forum&amp;'
            f'id_article={article}" method="post"><fieldset><legend>Votre message</legend>'
            '<label for="titre">Titre</label><input type="text" name="titre" id="titre">'
            '<label for="texte">Texte de votre message</label><textarea name="texte" id="texte" rows="10"></textarea>'
            '</fieldset><p class="boutons"><input type="submit" class="submit" name="previsualiser" value="Prévisualiser">'
            '</p></form></div>')


def contact_cf7(action):
    return (f'<div class="wpcf7"><form action="{action}#wpcf7-f42-o1" method="post" class="wpcf7-form init" novalidate>'
            '<p><label>Votre nom<br><input type="text" name="your-name" class="wpcf7-form-control"></label></p>'
            '<p><label>Votre e-mail<br><input type="email" name="your-email" class="wpcf7-form-control"></label></p>'
            '<p><label>Objet<br><input type="text" name="your-subject"></label></p>'
            '<p><label>Votre message<br><textarea name="your-message" cols="40" rows="10"></textarea></label></p>'
            '<p><input type="submit" value="Envoyer" class="wpcf7-submit"></p></form></div>')


def contact_generic(action, form_class="contact", message="message"):
    """A contact form as SPIP, Drupal, Joomla, TYPO3 and vendor CMSs write it: name, e-mail, message."""
    return (f'<form class="{form_class}" action="{escape(action)}" method="post"><div><label for="c-nom">Nom</label>'
            '<input id="c-nom" name="nom" type="text" required></div><div><label for="c-mail">Courriel</label>'
            '<input id="c-mail" name="email" type="email" required></div><div><label for="c-objet">Objet</label>'
            '<select id="c-objet" name="objet"><option>État civil</option><option>Urbanisme</option>'
            f'<option>Autre</option></select></div><div><label for="c-msg">Message</label><textarea id="c-msg" '
            f'name="{message}" rows="8" required></textarea></div><button type="submit">Envoyer</button></form>')


def wp_comments(count, action):
    """Native WordPress comments: a list and the respond form."""
    items = "".join(f'<li class="comment" id="comment-{400 + i}"><article class="comment-body"><footer class="comment-meta">'
                    f'<b class="fn">{who}</b> <time>le {d}</time></footer><div class="comment-content"><p>{text}</p></div>'
                    '</article></li>' for i, (who, d, text) in enumerate(count))
    return (f'<div id="comments" class="comments-area"><h2 class="comments-title">{len(count)} réponses</h2>'
            f'<ol class="comment-list">{items}</ol><div id="respond" class="comment-respond"><h3 id="reply-title">'
            f'Laisser un commentaire</h3><form action="{action}" method="post" id="commentform" class="comment-form">'
            '<p class="comment-form-comment"><label for="comment">Commentaire</label><textarea id="comment" '
            'name="comment" rows="6"></textarea></p><p class="comment-form-author"><label for="author">Nom</label>'
            '<input id="author" name="author" type="text"></p><p class="form-submit"><input name="submit" type="submit" '
            'id="submit" class="submit" value="Publier le commentaire"><input type="hidden" name="comment_post_ID" '
            'value="812"></p></form></div></div>')


def share_buttons(url):
    """Share intents under an article: not the city's accounts, not a comment section."""
    return ('<div class="partage"><span>Partager :</span>'
            f'<a href="https://www.facebook.com/sharer/sharer.php?u={escape(url)}">Facebook</a>'
            f'<a href="https://twitter.com/intent/tweet?url={escape(url)}">X</a>'
            f'<a href="https://www.linkedin.com/shareArticle?mini=true&amp;url={escape(url)}">LinkedIn</a>'
            f'<a href="mailto:?subject=A%20lire&amp;body={escape(url)}">Courriel</a></div>')


def login_form(action, user="login", password="password"):
    return (f'<form class="connexion" method="post" action="{escape(action)}"><label for="u">Adresse e-mail</label>'
            f'<input id="u" type="email" name="{user}"><label for="p">Mot de passe</label>'
            f'<input id="p" type="password" name="{password}"><button type="submit">Connexion</button></form>')
