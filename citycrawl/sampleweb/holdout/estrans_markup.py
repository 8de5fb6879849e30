"""Markup for the fortieth holdout part (``estrans``): the widgets of the CMSs and plugins its communes use,
and the page layouts of the outside services they run their participation through (a Fluicity space,
a Jenparle space, a Consultvox space, an id-city space, a survey service, a petition service)."""
from html import escape


def prose(*paragraphs):
    return "".join(f"<p>{p}</p>" for p in paragraphs)


def h2(text):
    return f"<h2>{text}</h2>"


def bullets(*items):
    return "<ul>" + "".join(f"<li>{i}</li>" for i in items) + "</ul>"


def links(items, cls="liste-liens"):
    return f'<ul class="{cls}">' + "".join(f'<li><a href="{escape(h)}">{escape(t)}</a></li>' for h, t in items) + "</ul>"


def cookie_banner():
    return ('<div id="tarteaucitronRoot" class="tarteaucitronBeforeVisible"><div id="tarteaucitronAlertBig" role="dialog" '
            'aria-modal="true"><span id="tarteaucitronDisclaimerAlert">Ce site utilise des cookies de mesure d\'audience '
            'et vous laisse le choix de les accepter.</span><button type="button" id="tarteaucitronPersonalize2">'
            'Tout accepter</button><button type="button" id="tarteaucitronAllDenied2">Tout refuser</button></div></div>')


def teasers(items, heading="Actualités"):
    """News teasers: (href, title, date)."""
    cards = "".join(f'<article class="teaser"><p class="teaser__date">{escape(d)}</p><h3 class="teaser__title">'
                    f'<a href="{escape(h)}">{escape(t)}</a></h3></article>' for h, t, d in items)
    return f'<section class="teasers"><h2>{heading}</h2><div class="teasers__list">{cards}</div></section>'


def agenda(items):
    rows = "".join(f'<li class="agenda__item"><time>{escape(d)}</time> <a href="{escape(h)}">{escape(t)}</a></li>'
                   for h, t, d in items)
    return f'<section class="agenda"><h2>Agenda</h2><ul class="agenda__list">{rows}</ul></section>'


def quick_links(items):
    tiles = "".join(f'<li class="acces-rapide"><a href="{escape(h)}"><span class="icon" aria-hidden="true"></span>{escape(t)}</a></li>'
                    for h, t in items)
    return f'<nav class="acces-rapides" aria-label="Accès rapides"><h2>En un clic</h2><ul>{tiles}</ul></nav>'


def with_aside(main, aside):
    return (f'<div class="row"><div class="col-main">{main}</div>'
            f'<aside id="secondary" class="widget-area col-aside" role="complementary">{aside}</aside></div>')


def share(url, title=""):
    from urllib.parse import quote
    u = quote(url, safe="")
    return ('<div class="partage"><span>Partager :</span>'
            f'<a class="partage__fb" href="https://www.facebook.com/sharer/sharer.php?u={u}" target="_blank" rel="noopener">Facebook</a>'
            f'<a class="partage__x" href="https://twitter.com/intent/tweet?url={u}&amp;text={quote(title)}" target="_blank" rel="noopener">X</a>'
            f'<a class="partage__li" href="https://www.linkedin.com/shareArticle?mini=true&amp;url={u}" target="_blank" rel="noopener">LinkedIn</a>'
            f'<a class="partage__mail" href="mailto:?subject={quote(title)}&amp;body={u}">Courriel</a></div>')


# ---- polls --------------------------------------------------------------------------------------------

def wp_polls(poll_id, question, answers):
    """WP-Polls voting form, as the plugin prints it in a sidebar widget."""
    items = "".join(f'<li><input type="radio" id="poll-answer-{poll_id * 10 + i}" name="poll_{poll_id}" '
                    f'value="{poll_id * 10 + i}" /> <label for="poll-answer-{poll_id * 10 + i}">{escape(a)}</label></li>'
                    for i, a in enumerate(answers))
    return (f'<section id="polls-widget-2" class="widget widget_polls-widget"><h2 class="widget-title">Sondage</h2>'
            f'<div id="polls-{poll_id}" class="wp-polls"><form id="polls_form_{poll_id}" class="wp-polls-form" '
            f'action="/index.php" method="post"><p style="display: none;"><input type="hidden" id="poll_{poll_id}_nonce" '
            f'name="wp-polls-nonce" value="3b1f0c9e2a" /></p><p style="display: none;"><input type="hidden" name="poll_id" '
            f'value="{poll_id}" /></p><p style="text-align: center;"><strong>{escape(question)}</strong></p>'
            f'<div id="polls-{poll_id}-ans" class="wp-polls-ans"><ul class="wp-polls-ul">{items}</ul>'
            f'<p style="text-align: center;"><input type="button" name="vote" value="   Voter   " class="Buttons" '
            f'onclick="poll_vote({poll_id});" /></p><p style="text-align: center;"><a href="#ViewPollResults" '
            f'onclick="poll_result({poll_id}); return false;" title="Voir les résultats">Voir les résultats</a></p></div>'
            f'</form></div><div id="polls-{poll_id}-loading" class="wp-polls-loading">Chargement ...</div></section>')


def wp_polls_closed(poll_id, question, rows, total):
    """The results a closed WP-Polls poll leaves: bars, no radio, no button."""
    items = "".join(f'<li>{escape(a)} <small>({pct}%, {n} votes)</small><div class="pollbar" style="width: {pct}%;" '
                    f'title="{escape(a)} ({pct}% | {n} votes)"></div></li>' for a, pct, n in rows)
    return (f'<div id="polls-{poll_id}" class="wp-polls"><p style="text-align: center;"><strong>{escape(question)}</strong></p>'
            f'<div id="polls-{poll_id}-ans" class="wp-polls-ans"><ul class="wp-polls-ul">{items}</ul>'
            f'<p style="text-align: center;">Nombre total de votants : <strong>{total}</strong></p>'
            f'<p style="text-align: center;">Ce sondage est clos.</p></div></div>')


def ays_poll(poll_id, question, answers):
    """Poll Maker (ays-pro) shortcode output, embedded in an article."""
    items = "".join(f'<div class="apm-choosing answer-{poll_id}"><input type="radio" name="answer" id="radio-{i}-{poll_id}" '
                    f'value="{i + 1}"><label for="radio-{i}-{poll_id}" class="ays_label_poll">{escape(a)}</label></div>'
                    for i, a in enumerate(answers))
    return (f'<div class="box-apm choosing-poll ays_poll_category-1" id="ays-poll-container-{poll_id}" data-loading-type="default">'
            f'<form class="ays-poll-form" method="post" action="/wp-admin/admin-ajax.php"><input type="hidden" name="action" '
            f'value="ays_finish_poll"><input type="hidden" name="poll_id" value="{poll_id}">'
            f'<div class="apm-title-box"><h5>{escape(question)}</h5></div><div class="apm-answers">{items}</div>'
            f'<div class="apm-button-box"><input type="button" name="ays_finish_poll" class="btn ays-poll-btn ays_finish_poll" '
            f'value="Voter"></div></form></div>')


def joomla_poll(poll_id, question, answers):
    """A Joomla poll module (AcePolls-style) on an article page."""
    items = "".join(f'<tr><td class="sectiontableentry{i % 2 + 1}"><input type="radio" name="voteid" id="voteid{poll_id}{i}" '
                    f'value="{i + 1}" /><label for="voteid{poll_id}{i}">{escape(a)}</label></td></tr>'
                    for i, a in enumerate(answers))
    return (f'<div class="moduletable mod_acepolls"><h3>Sondage</h3><form action="/index.php?option=com_acepolls" method="post" '
            f'name="poll_vote_{poll_id}" id="poll_vote_{poll_id}"><h4 class="poll-question">{escape(question)}</h4>'
            f'<table class="pollstableborder" cellspacing="0" cellpadding="0">{items}</table>'
            f'<div class="poll-buttons"><input type="submit" name="task_button" class="button" value="Voter" />'
            f'<input type="submit" name="task_button" class="button" value="Résultats" formaction="/index.php?option=com_acepolls&amp;task=results" /></div>'
            f'<input type="hidden" name="option" value="com_acepolls" /><input type="hidden" name="task" value="vote" />'
            f'<input type="hidden" name="id" value="{poll_id}" /></form></div>')


def questionnaire(action, intro, questions, css="questionnaire", submit="Envoyer mes réponses", free_text=None):
    """A questionnaire on a form: radio questions, optionally a free-text question at the end."""
    blocks = []
    for n, (q, options) in enumerate(questions, 1):
        opts = "".join(f'<label><input type="radio" name="q{n}" value="{escape(o)}"> {escape(o)}</label>' for o in options)
        blocks.append(f'<fieldset class="{css}__question"><legend>{n}. {escape(q)}</legend>{opts}</fieldset>')
    if free_text:
        n = len(questions) + 1
        blocks.append(f'<fieldset class="{css}__question"><legend>{n}. {escape(free_text)}</legend>'
                      f'<textarea name="q{n}" rows="4"></textarea></fieldset>')
    return (f'<form class="{css}" method="post" action="{escape(action)}"><p class="{css}__intro">{intro}</p>'
            + "".join(blocks) + f'<button type="submit" class="btn btn-primary">{escape(submit)}</button></form>')


def results(question, rows, note="La consultation est terminée. Merci de votre participation."):
    bars = "".join(f'<li class="resultat"><span class="resultat__label">{escape(a)}</span>'
                   f'<span class="resultat__barre" style="width:{p}%"></span><span class="resultat__valeur">{p} %</span></li>'
                   for a, p in rows)
    return f'<div class="resultats"><h3>{escape(question)}</h3><ul>{bars}</ul><p class="resultats__note">{note}</p></div>'


# ---- comments -----------------------------------------------------------------------------------------

def wp_comments(post_id, comments):
    items = "".join(f'<li id="comment-{post_id * 10 + i}" class="comment even thread-even depth-1"><article class="comment-body">'
                    f'<footer class="comment-meta"><div class="comment-author vcard"><b class="fn">{escape(a)}</b> '
                    f'<span class="says">dit :</span></div><div class="comment-metadata"><time>{escape(d)}</time></div></footer>'
                    f'<div class="comment-content"><p>{escape(t)}</p></div></article></li>' for i, (a, d, t) in enumerate(comments))
    return (f'<div id="comments" class="comments-area"><h2 class="comments-title">{len(comments)} réponses</h2>'
            f'<ol class="comment-list">{items}</ol><div id="respond" class="comment-respond"><h3 id="reply-title" '
            f'class="comment-reply-title">Laisser un commentaire</h3><form action="/wp-comments-post.php" method="post" '
            f'id="commentform" class="comment-form"><p class="comment-notes">Votre adresse e-mail ne sera pas publiée.</p>'
            f'<p class="comment-form-comment"><label for="comment">Commentaire</label><textarea id="comment" name="comment" '
            f'cols="45" rows="8" maxlength="65525" required></textarea></p><p class="comment-form-author"><label for="author">'
            f'Nom</label><input id="author" name="author" type="text" size="30" /></p><p class="comment-form-email">'
            f'<label for="email">E-mail</label><input id="email" name="email" type="email" size="30" /></p>'
            f'<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Laisser un commentaire" />'
            f'<input type="hidden" name="comment_post_ID" value="{post_id}" id="comment_post_ID" />'
            f'<input type="hidden" name="comment_parent" id="comment_parent" value="0" /></p></form></div></div>')


def wp_comments_closed(count_word="Aucun commentaire"):
    return f'<div id="comments" class="comments-area"><p class="no-comments">{count_word} — les commentaires sont fermés.</p></div>'


def wpdiscuz(post_id, comments):
    items = "".join(f'<div id="wpd-comm-{post_id}{i}_0" class="wpd-comment wpd_comment_level-1"><div class="wpd-comment-wrap">'
                    f'<div class="wpd-comment-author">{escape(a)}</div><div class="wpd-comment-date">{escape(d)}</div>'
                    f'<div class="wpd-comment-text"><p>{escape(t)}</p></div></div></div>' for i, (a, d, t) in enumerate(comments))
    return (f'<div class="wpdiscuz_top_clearing"></div><div id="comments" class="comments-area"><div id="respond" '
            f'style="width:0;height:0;clear:both;margin:0;padding:0;"></div><div id="wpdcom" class="wpdiscuz_unauth wpd-default '
            f'wpd-layout-1"><div class="wpd-form-head"><div class="wpd-sbs-toggle">S\'abonner</div></div>'
            f'<div class="wpd-form wpd-form-wrapper wpd-main-form-wrapper" id="wpd-main-form-wrapper-0_0">'
            f'<form class="wpd_comm_form wpd_main_comm_form" method="post" enctype="multipart/form-data">'
            f'<div class="wpd-field-comment"><div class="wpdiscuz-textarea-wrap"><textarea id="wc-textarea-0_0" '
            f'placeholder="Rejoignez la discussion..." aria-label="Rejoignez la discussion..." name="wc_comment" '
            f'class="wc_comment wpd-field"></textarea></div></div><div class="wpd-form-foot"><input type="text" '
            f'name="wc_name" placeholder="Nom*"><input type="email" name="wc_email" placeholder="E-mail*">'
            f'<input class="wc_comm_submit wpd_not_clicked wpd-prim-button" type="submit" name="submit" value="Publier"></div>'
            f'<input type="hidden" class="wpdiscuz_unique_id" value="0_0" name="wpdiscuz_unique_id"><input type="hidden" '
            f'name="postId" value="{post_id}"></form></div><div id="wpdiscuz-comment-message"></div>'
            f'<div class="wpd-thread-list">{items}</div></div></div>')


def drupal_comments(node_id, comments):
    items = "".join(f'<article data-comment-user-id="0" id="comment-{node_id}{i}" class="comment js-comment">'
                    f'<footer class="comment__meta"><p class="comment__author"><span>{escape(a)}</span></p>'
                    f'<p class="comment__time">{escape(d)}</p></footer><div class="comment__content"><div class="field '
                    f'field--name-comment-body field--type-text-long"><p>{escape(t)}</p></div></div></article>'
                    for i, (a, d, t) in enumerate(comments))
    return (f'<section class="field field--name-comment field--type-comment comments"><h2>Commentaires</h2>{items}'
            f'<h2 class="comment-form__title">Ajouter un commentaire</h2><form class="comment-comment-form comment-form" '
            f'data-drupal-selector="comment-form" action="/comment/reply/node/{node_id}/comment" method="post" '
            f'id="comment-form" accept-charset="UTF-8"><div class="js-form-item form-item"><label for="edit-name">Votre nom'
            f'</label><input type="text" id="edit-name" name="name" class="form-text" /></div><div class="js-form-item '
            f'form-item"><label for="edit-comment-body-0-value" class="js-form-required form-required">Commentaire</label>'
            f'<textarea data-drupal-selector="edit-comment-body-0-value" id="edit-comment-body-0-value" '
            f'name="comment_body[0][value]" rows="5" class="form-textarea required"></textarea></div>'
            f'<input type="hidden" name="form_id" value="comment_comment_form" /><div class="form-actions">'
            f'<input type="submit" id="edit-submit--2" value="Enregistrer" class="button button--primary form-submit" /></div>'
            f'</form></section>')


def spip_forum(article_id, messages):
    items = "".join(f'<li class="forum-fil"><div class="forum-message" id="forum{article_id * 10 + i}"><div class="forum-chapo">'
                    f'<strong class="forum-titre">{escape(t)}</strong><small>{escape(d)}, par {escape(a)}</small></div>'
                    f'<div class="forum-texte"><p>{escape(body)}</p></div></div></li>'
                    for i, (a, d, t, body) in enumerate(messages))
    return (f'<div class="comments"><h2 class="h2">{len(messages)} Messages</h2><ul class="forum">{items}</ul></div>'
            f'<div class="formulaire_spip formulaire_forum ajax" id="formulaire_forum"><form action="/spip.php?article{article_id}'
            f'#formulaire_forum" method="post"><div><input name="formulaire_action" type="hidden" value="forum" />'
            f'<input name="id_article" type="hidden" value="{article_id}" /></div><fieldset><legend>Un message, un commentaire ?'
            f'</legend><div class="editer saisie_titre"><label for="titre">Titre</label><input type="text" class="text" '
            f'name="titre" id="titre" size="60" /></div><div class="editer saisie_texte"><label for="texte">Texte de votre '
            f'message</label><textarea name="texte" id="texte" rows="10" cols="40"></textarea></div></fieldset>'
            f'<p class="boutons"><input type="submit" class="submit" name="previsualiser_message" value="Prévisualiser" /></p>'
            f'</form></div>')


def jcomments(object_id, comments):
    items = "".join(f'<div class="rbox"><div class="comment-box"><span class="comment-author">{escape(a)}</span> '
                    f'<span class="comment-date">{escape(d)}</span><div class="comment-body" id="comment-body-{object_id}{i}">'
                    f'{escape(t)}</div></div></div>' for i, (a, d, t) in enumerate(comments))
    return (f'<div id="jc"><div id="comments"><h4>Commentaires ({len(comments)})</h4><div id="comments-list" class="comments-list">'
            f'{items}</div></div><a id="addcomments" href="#addcomments"></a><h4>Ajouter un commentaire</h4>'
            f'<form id="comments-form" name="comments-form" action="javascript:void(null);"><p><span><input id="comments-form-name" '
            f'type="text" name="name" maxlength="20" size="22" /><label for="comments-form-name">Nom (obligatoire)</label></span></p>'
            f'<p><span><textarea id="comments-form-comment" name="comment" cols="65" rows="8"></textarea></span></p>'
            f'<div id="comments-form-buttons"><div class="btn" id="comments-form-send"><div><a href="#" tabindex="7" '
            f'onclick="jcomments.saveComment(); return false;" title="Envoyer (Ctrl+Entrée)">Envoyer</a></div></div></div>'
            f'<div><input type="hidden" name="object_id" value="{object_id}" /><input type="hidden" name="object_group" '
            f'value="com_content" /></div></form></div>')


def hyvor_talk(page_id):
    return ('<section class="commentaires"><h2>Réactions</h2><hyvor-talk-comments website-id="10482" '
            f'page-id="{escape(page_id)}" page-language="fr"></hyvor-talk-comments>'
            '<script async src="https://talk.hyvor.com/embed/embed.js" type="module"></script></section>')


# ---- forms --------------------------------------------------------------------------------------------

def cf7(action, form_id=241, subject=True):
    subj = ('<p><label> Objet<br /><span class="wpcf7-form-control-wrap" data-name="your-subject"><input size="40" '
            'class="wpcf7-form-control wpcf7-text" name="your-subject" value="" type="text" /></span></label></p>') if subject else ""
    return (f'<div class="wpcf7 no-js" id="wpcf7-f{form_id}-p12-o1" lang="fr-FR" dir="ltr"><form action="{escape(action)}'
            f'#wpcf7-f{form_id}-p12-o1" method="post" class="wpcf7-form init" novalidate="novalidate" data-status="init">'
            f'<div style="display: none;"><input type="hidden" name="_wpcf7" value="{form_id}" /><input type="hidden" '
            f'name="_wpcf7_version" value="5.9.3" /><input type="hidden" name="_wpcf7_locale" value="fr_FR" /></div>'
            f'<p><label> Votre nom<br /><span class="wpcf7-form-control-wrap" data-name="your-name"><input size="40" '
            f'class="wpcf7-form-control wpcf7-text wpcf7-validates-as-required" aria-required="true" name="your-name" '
            f'type="text" /></span></label></p><p><label> Votre e-mail<br /><span class="wpcf7-form-control-wrap" '
            f'data-name="your-email"><input size="40" class="wpcf7-form-control wpcf7-email wpcf7-validates-as-required" '
            f'name="your-email" type="email" /></span></label></p>{subj}<p><label> Votre message<br /><span '
            f'class="wpcf7-form-control-wrap" data-name="your-message"><textarea cols="40" rows="10" class="wpcf7-form-control '
            f'wpcf7-textarea" name="your-message"></textarea></span></label></p><p><input class="wpcf7-form-control '
            f'wpcf7-submit has-spinner" type="submit" value="Envoyer" /></p><div class="wpcf7-response-output" '
            f'aria-hidden="true"></div></form></div>')


def gravity_form(form_id, action, fields, message_label="Votre message"):
    """Gravity Forms: ``fields`` are (label, type) before the message field."""
    items = "".join(f'<li id="field_{form_id}_{n}" class="gfield gfield--type-{t} field_sublabel_below"><label class="gfield_label" '
                    f'for="input_{form_id}_{n}">{escape(lab)}</label><div class="ginput_container ginput_container_{t}">'
                    f'<input name="input_{n}" id="input_{form_id}_{n}" type="{t}" class="large" /></div></li>'
                    for n, (lab, t) in enumerate(fields, 1))
    n = len(fields) + 1
    return (f'<div class="gf_browser_chrome gform_wrapper gravity-theme" id="gform_wrapper_{form_id}"><form method="post" '
            f'enctype="multipart/form-data" id="gform_{form_id}" action="{escape(action)}"><div class="gform-body gform_body">'
            f'<ul id="gform_fields_{form_id}" class="gform_fields top_label">{items}<li id="field_{form_id}_{n}" class="gfield '
            f'gfield--type-textarea"><label class="gfield_label" for="input_{form_id}_{n}">{escape(message_label)}</label>'
            f'<div class="ginput_container ginput_container_textarea"><textarea name="input_{n}" id="input_{form_id}_{n}" '
            f'class="textarea large" rows="10" cols="50"></textarea></div></li></ul></div><div class="gform_footer top_label">'
            f'<input type="submit" id="gform_submit_button_{form_id}" class="gform_button button" value="Envoyer" />'
            f'<input type="hidden" name="is_submit_{form_id}" value="1" /><input type="hidden" name="gform_submit" '
            f'value="{form_id}" /></div></form></div>')


def drupal_webform(form_name, action, fields, message_label="Message"):
    items = "".join(f'<div class="js-form-item form-item js-form-type-{t} form-type-{t}"><label for="edit-{k}">{escape(lab)}</label>'
                    f'<input data-drupal-selector="edit-{k}" type="{t}" id="edit-{k}" name="{k}" class="form-{t}" /></div>'
                    for lab, k, t in fields)
    return (f'<form class="webform-submission-form webform-submission-add-form webform-submission-{form_name}-form '
            f'js-webform-details-toggle webform-details-toggle" data-drupal-selector="webform-submission-{form_name}-add-form" '
            f'action="{escape(action)}" method="post" id="webform-submission-{form_name}-add-form" accept-charset="UTF-8">'
            f'{items}<div class="js-form-item form-item js-form-type-textarea form-type-textarea"><label for="edit-message" '
            f'class="js-form-required form-required">{escape(message_label)}</label><div class="form-textarea-wrapper">'
            f'<textarea data-drupal-selector="edit-message" id="edit-message" name="message" rows="5" cols="60" '
            f'class="form-textarea required" required="required"></textarea></div></div><input type="hidden" name="form_id" '
            f'value="webform_submission_{form_name}_add_form" /><div class="form-actions webform-actions"><input '
            f'class="webform-button--submit button button--primary js-form-submit form-submit" type="submit" name="op" '
            f'value="Envoyer" /></div></form>')


def spip_contact(action, id_auteur=1, message_label="Texte de votre message"):
    return (f'<div class="formulaire_spip formulaire_ecrire_auteur ajax" id="formulaire_ecrire_auteur{id_auteur}">'
            f'<form method="post" action="{escape(action)}#formulaire_ecrire_auteur{id_auteur}"><div><input name="formulaire_action" '
            f'type="hidden" value="ecrire_auteur" /><input name="id_auteur" type="hidden" value="{id_auteur}" /></div>'
            f'<fieldset><legend>Envoyer un message</legend><div class="editer-groupe"><div class="editer saisie_email_message_auteur '
            f'obligatoire"><label for="email_message_auteur{id_auteur}">Votre adresse email</label><input type="email" class="text email" '
            f'name="email_message_auteur" id="email_message_auteur{id_auteur}" size="22" /></div><div class="editer '
            f'saisie_sujet_message_auteur obligatoire"><label for="sujet_message_auteur{id_auteur}">Sujet</label><input type="text" '
            f'class="text" name="sujet_message_auteur" id="sujet_message_auteur{id_auteur}" size="22" /></div><div class="editer '
            f'saisie_texte_message_auteur obligatoire"><label for="texte_message_auteur{id_auteur}">{escape(message_label)}</label>'
            f'<textarea name="texte_message_auteur" id="texte_message_auteur{id_auteur}" rows="10" cols="60"></textarea></div></div>'
            f'</fieldset><p class="boutons"><input type="submit" class="submit" name="valide" value="Envoyer" /></p></form></div>')


def spip_formidable(action, form_id, intro, fields, textarea_label, submit="Envoyer"):
    """The Formidable plugin's form (used for idea boxes, questionnaires, registrations)."""
    items = "".join(f'<div class="editer editer_{k}"><label for="champ_{k}">{escape(lab)}</label><input type="{t}" name="{k}" '
                    f'class="text" id="champ_{k}" /></div>' for lab, k, t in fields)
    area = (f'<div class="editer editer_textarea_1 obligatoire"><label for="champ_textarea_1">{escape(textarea_label)}</label>'
            f'<textarea name="textarea_1" id="champ_textarea_1" rows="8" cols="40"></textarea></div>') if textarea_label else ""
    return (f'<div class="formulaire_spip formulaire_formidable formulaire_formidable_{form_id}" id="formulaire_formidable_{form_id}">'
            f'<form method="post" action="{escape(action)}" enctype="multipart/form-data"><div><input name="formulaire_action" '
            f'type="hidden" value="formidable" /><input name="formulaire_action_args" type="hidden" value="{form_id}" /></div>'
            f'<p class="explication">{intro}</p><div class="editer-groupe">{items}{area}</div><p class="boutons">'
            f'<input type="submit" class="submit" value="{escape(submit)}" /></p></form></div>')


def joomla_contact(action, contact_id=1):
    return (f'<div class="com-contact contact"><div class="com-contact__form contact-form"><form id="contact-form" '
            f'action="{escape(action)}" method="post" class="form-validate form-horizontal well"><fieldset><legend>Envoyer un '
            f'e-mail</legend><div class="control-group field-spacer"><div class="control-label"><span class="spacer">Les champs '
            f'marqués d\'un astérisque sont obligatoires.</span></div></div><div class="control-group"><div class="control-label">'
            f'<label id="jform_contact_name-lbl" for="jform_contact_name" class="required">Nom<span class="star">&#160;*</span>'
            f'</label></div><div class="controls"><input type="text" name="jform[contact_name]" id="jform_contact_name" '
            f'class="form-control required" required></div></div><div class="control-group"><div class="control-label"><label '
            f'for="jform_contact_email">E-mail</label></div><div class="controls"><input type="email" name="jform[contact_email]" '
            f'id="jform_contact_email" class="form-control validate-email required" required></div></div><div class="control-group">'
            f'<div class="control-label"><label for="jform_contact_emailmsg">Sujet</label></div><div class="controls"><input '
            f'type="text" name="jform[contact_subject]" id="jform_contact_emailmsg" class="form-control required"></div></div>'
            f'<div class="control-group"><div class="control-label"><label for="jform_contact_message">Message</label></div>'
            f'<div class="controls"><textarea name="jform[contact_message]" id="jform_contact_message" cols="50" rows="10" '
            f'class="form-control required" required></textarea></div></div></fieldset><div class="control-group"><div '
            f'class="controls"><button class="btn btn-primary validate" type="submit">Envoyer</button><input type="hidden" '
            f'name="option" value="com_contact"><input type="hidden" name="task" value="contact.submit"><input type="hidden" '
            f'name="id" value="{contact_id}:mairie"></div></div></form></div></div>')


def powermail(action, form_uid, fields, textarea_label, submit="Envoyer", css_extra=""):
    """TYPO3 powermail form: ``fields`` are (label, marker, type)."""
    items = "".join(f'<div class="powermail_fieldwrap powermail_fieldwrap_type_input powermail_fieldwrap_{k} form-group">'
                    f'<label for="powermail_field_{k}" class="control-label">{escape(lab)}</label><div class="col-sm-10">'
                    f'<input class="powermail_input form-control" id="powermail_field_{k}" type="{t}" '
                    f'name="tx_powermail_pi1[field][{k}]" value="" /></div></div>' for lab, k, t in fields)
    area = (f'<div class="powermail_fieldwrap powermail_fieldwrap_type_textarea powermail_fieldwrap_message form-group">'
            f'<label for="powermail_field_message" class="control-label">{escape(textarea_label)}</label><div class="col-sm-10">'
            f'<textarea rows="5" cols="20" class="powermail_textarea form-control" id="powermail_field_message" '
            f'name="tx_powermail_pi1[field][message]"></textarea></div></div>') if textarea_label else ""
    return (f'<div class="tx-powermail {css_extra}"><div class="container-fluid"><form data-parsley-validate="data-parsley-validate" '
            f'data-validate="html5" enctype="multipart/form-data" name="field" class="powermail_form powermail_form_{form_uid} '
            f'nolabel" action="{escape(action)}?tx_powermail_pi1%5Baction%5D=create&amp;tx_powermail_pi1%5Bcontroller%5D=Form" '
            f'method="post"><fieldset class="powermail_fieldset powermail_fieldset_{form_uid}">{items}{area}'
            f'<div class="powermail_fieldwrap powermail_fieldwrap_type_submit form-group"><input class="btn btn-primary" '
            f'type="submit" value="{escape(submit)}" /></div></fieldset><input type="hidden" name="tx_powermail_pi1[mail][form]" '
            f'value="{form_uid}" /></form></div></div>')


def vendor_form(action, css, legend, fields, textarea_label=None, submit="Envoyer", extra=""):
    """A form as a proprietary municipal CMS prints it: fieldset, labelled fields, RGAA hints."""
    items = "".join(f'<div class="form__field"><label for="{css}-{k}">{escape(lab)}</label>'
                    + (f'<select id="{css}-{k}" name="{k}">' + "".join(f"<option>{escape(o)}</option>" for o in t[1]) + "</select>"
                       if isinstance(t, tuple) else f'<input id="{css}-{k}" name="{k}" type="{t}">')
                    + "</div>" for lab, k, t in fields)
    area = (f'<div class="form__field"><label for="{css}-message">{escape(textarea_label)}</label>'
            f'<textarea id="{css}-message" name="message" rows="6"></textarea></div>') if textarea_label else ""
    return (f'<form class="form form--{css}" method="post" action="{escape(action)}"><fieldset><legend>{escape(legend)}</legend>'
            f'<p class="form__hint">Les champs marqués d\'un astérisque (*) sont obligatoires.</p>{items}{area}{extra}</fieldset>'
            f'<button type="submit" class="btn btn--primary">{escape(submit)}</button></form>')


def newsletter(action, css="newsletter"):
    return (f'<form class="{css}" method="post" action="{escape(action)}"><label for="{css}-email">Recevez la lettre '
            f'd\'information</label><input type="email" id="{css}-email" name="email" placeholder="votre@adresse.fr" required>'
            f'<label><input type="checkbox" name="rgpd" value="1"> J\'accepte de recevoir la lettre</label>'
            f'<button type="submit">S\'abonner</button></form>')


def booking(action, what, slots):
    options = "".join(f"<option>{escape(s)}</option>" for s in slots)
    return (f'<form class="reservation" method="post" action="{escape(action)}"><fieldset><legend>Réserver : {escape(what)}</legend>'
            f'<label for="resa-date">Date</label><input type="date" id="resa-date" name="date" required>'
            f'<label for="resa-creneau">Créneau</label><select id="resa-creneau" name="creneau">{options}</select>'
            f'<label for="resa-nom">Nom</label><input type="text" id="resa-nom" name="nom"><label for="resa-tel">Téléphone</label>'
            f'<input type="tel" id="resa-tel" name="telephone"><label for="resa-nb">Nombre de personnes</label>'
            f'<input type="number" id="resa-nb" name="nombre" min="1"></fieldset><button type="submit">Valider la réservation</button></form>')


def payment(action, what):
    return (f'<form class="paiement" method="post" action="{escape(action)}"><fieldset><legend>Payer en ligne : {escape(what)}</legend>'
            f'<label for="pay-ref">Référence de la facture</label><input type="text" id="pay-ref" name="reference" required>'
            f'<label for="pay-montant">Montant (€)</label><input type="text" id="pay-montant" name="montant" inputmode="decimal">'
            f'<label for="pay-mail">E-mail pour le reçu</label><input type="email" id="pay-mail" name="email"></fieldset>'
            f'<p>Vous serez redirigé vers le service de paiement sécurisé de la DGFiP.</p><button type="submit">Payer</button></form>')


def registration(action, what, fields):
    items = "".join(f'<label for="ins-{k}">{escape(lab)}</label><input type="{t}" id="ins-{k}" name="{k}">' for lab, k, t in fields)
    return (f'<form class="inscription" method="post" action="{escape(action)}"><fieldset><legend>{escape(what)}</legend>{items}'
            f'</fieldset><button type="submit">S\'inscrire</button></form>')


def petition_sign(action, title, count, goal):
    return (f'<div class="petition-signature"><p class="petition-signature__compteur"><strong>{count}</strong> signatures sur '
            f'{goal} nécessaires</p><div class="progress"><div class="progress__bar" style="width:{min(100, count * 100 // goal)}%">'
            f'</div></div><form method="post" action="{escape(action)}" class="petition-signature__form"><h3>Signer la pétition '
            f'« {escape(title)} »</h3><label for="sig-nom">Nom</label><input id="sig-nom" name="nom" type="text" required>'
            f'<label for="sig-prenom">Prénom</label><input id="sig-prenom" name="prenom" type="text" required>'
            f'<label for="sig-mail">E-mail</label><input id="sig-mail" name="email" type="email" required>'
            f'<label for="sig-cp">Code postal</label><input id="sig-cp" name="code_postal" type="text">'
            f'<label><input type="checkbox" name="habitant" value="1" required> Je certifie résider ou payer un impôt local dans la '
            f'commune</label><button type="submit">Je signe</button></form></div>')


# ---- layouts of the outside services (served by CustomHost) -------------------------------------------

def _crumb(page):
    if page.path == "/":
        return ""
    trail = '<a href="/">Accueil</a>'
    if page.parent:
        trail += f' › <a href="{escape(page.parent[1])}">{escape(page.parent[0])}</a>'
    return f'<nav class="fil" aria-label="Fil d\'Ariane">{trail} › <span>{escape(page.title)}</span></nav>'


def _nav(site, cls):
    return "".join(f'<li class="{cls}"><a href="{escape(h)}">{escape(t)}</a></li>' for t, h in site.menu)


def fluicity(site, page):
    return f"""<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(page.title)} · {escape(site.title)} · Fluicity</title>
<meta name="description" content="Participez à la vie de votre commune sur Fluicity : idées, consultations, actualités.">
<meta property="og:site_name" content="Fluicity">
<meta name="apple-itunes-app" content="app-id=1031238417">
<link rel="stylesheet" href="/static/fluicity/css/front.4c2d91.css">
<script src="/static/fluicity/js/front.7a19b0.js" defer></script>
</head>
<body class="flui-front flui-community">
<header class="flui-header"><a class="flui-header__brand" href="/"><span class="flui-logo">Fluicity</span> <span class="flui-community-name">{escape(site.title)}</span></a>
<nav class="flui-tabs" aria-label="Rubriques"><ul>{_nav(site, "flui-tabs__item")}</ul></nav>
<a class="flui-btn flui-btn--ghost" href="/connexion">Se connecter</a></header>
<main class="flui-main" id="contenu">{_crumb(page)}<h1 class="flui-title">{escape(page.title)}</h1>{page.body}</main>
<footer class="flui-footer"><p>Espace participatif de {escape(site.title)}, propulsé par Fluicity.</p>
<p><a href="/cgu">CGU</a> · <a href="/connexion">Connexion</a> · Application disponible sur iOS et Android</p></footer>
</body></html>"""


def jenparle(site, page):
    return f"""<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(page.title)} - {escape(site.title)} - Jenparle</title>
<link rel="stylesheet" href="/assets/jenparle/app.min.css?v=3.8.2">
<script src="/assets/jenparle/app.min.js?v=3.8.2" defer></script>
</head>
<body class="jp-body jp-territoire">
<div class="jp-topbar"><div class="jp-container"><a class="jp-logo" href="/">{escape(site.title)} <small>avec Jenparle</small></a>
<a class="jp-login" href="/connexion">Mon compte</a></div></div>
<nav class="jp-nav"><div class="jp-container"><ul class="jp-nav__list">{_nav(site, "jp-nav__item")}</ul></div></nav>
<main class="jp-main"><div class="jp-container">{_crumb(page)}<h1 class="jp-page-title">{escape(page.title)}</h1>
<div class="jp-content">{page.body}</div></div></main>
<footer class="jp-footer"><div class="jp-container"><ul><li><a href="/cgu">Conditions d'utilisation</a></li><li><a href="/connexion">Connexion</a></li></ul>
<p class="jp-powered">Plateforme de concertation Jenparle</p></div></footer>
</body></html>"""


def consultvox(site, page):
    return f"""<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(page.title)} | {escape(site.title)}</title>
<meta name="generator" content="Consultvox">
<link rel="stylesheet" href="/build/consultvox-front.2a7e.css">
<script src="/build/consultvox-front.91c3.js" defer></script>
</head>
<body class="cv-front">
<header class="cv-header"><div class="cv-header__inner"><a href="/" class="cv-header__logo">{escape(site.title)}</a>
<nav class="cv-header__nav"><ul>{_nav(site, "cv-nav-item")}</ul></nav><a href="/connexion" class="cv-button cv-button--outline">Connexion</a></div></header>
<main class="cv-main">{_crumb(page)}<div class="cv-page-header"><h1>{escape(page.title)}</h1></div><div class="cv-page-body">{page.body}</div></main>
<footer class="cv-footer"><a href="/cgu">Conditions générales</a> <a href="/connexion">Connexion</a> <span>Propulsé par Consultvox</span></footer>
</body></html>"""


def idcity(site, page):
    return f"""<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(page.title)} — {escape(site.title)}</title>
<link rel="stylesheet" href="/themes/idcity/dist/main.css?ver=5.2">
<script src="/themes/idcity/dist/main.js?ver=5.2" defer></script>
</head>
<body class="idc-site idc-{'home' if page.path == '/' else 'inner'}">
<header class="idc-header"><a class="idc-header__logo" href="/">{escape(site.title)}</a>
<nav class="idc-menu" aria-label="Menu"><ul>{_nav(site, "idc-menu__item")}</ul></nav>
<div class="idc-account"><a href="/connexion" class="idc-btn">Connexion / Inscription</a></div></header>
<div class="idc-wrapper">{_crumb(page)}<section class="idc-section"><h1 class="idc-section__title">{escape(page.title)}</h1>{page.body}</section></div>
<footer class="idc-footer"><p><a href="/cgu">Charte et conditions d'utilisation</a> · <a href="/connexion">Connexion</a></p><p>Plateforme id-city</p></footer>
</body></html>"""


def survey_service(site, page):
    return f"""<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(page.title)} - {escape(site.title)}</title>
<meta name="robots" content="noindex">
<link rel="stylesheet" href="/static/survey/runner.9f2a.css">
<script src="/static/survey/runner.41be.js" defer></script>
</head>
<body class="survey-runner">
<div class="survey-shell"><header class="survey-header"><a href="/" class="survey-brand">{escape(site.title)}</a></header>
<main class="survey-main"><h1 class="survey-title">{escape(page.title)}</h1>{page.body}</main>
<footer class="survey-footer"><a href="/confidentialite">Confidentialité</a> · Questionnaire hébergé en France</footer></div>
</body></html>"""


def petition_service(site, page):
    return f"""<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(page.title)} | {escape(site.title)}</title>
<link rel="stylesheet" href="/css/petitions.min.css?20240902">
</head>
<body class="petitions">
<header class="pt-header"><a href="/" class="pt-logo">{escape(site.title)}</a><nav><ul>{_nav(site, "pt-nav")}</ul></nav>
<a class="pt-login" href="/connexion">Connexion</a></header>
<main class="pt-main">{_crumb(page)}<h1>{escape(page.title)}</h1>{page.body}</main>
<footer class="pt-footer"><a href="/cgu">CGU</a> · <a href="/connexion">Connexion</a> · Service de pétitions en ligne pour les collectivités</footer>
</body></html>"""


LAYOUTS = {f.__name__: f for f in (fluicity, jenparle, consultvox, idcity, survey_service, petition_service)}


def login_page(action):
    return (f'<form method="post" action="{escape(action)}" class="form-connexion"><label for="cx-mail">Adresse e-mail</label>'
            f'<input type="email" id="cx-mail" name="email" autocomplete="username"><label for="cx-pw">Mot de passe</label>'
            f'<input type="password" id="cx-pw" name="password" autocomplete="current-password"><button type="submit">'
            f'Se connecter</button><p><a href="/connexion">Mot de passe oublié ?</a></p></form>')


CGU = ("<h2>Objet</h2><p>Les présentes conditions encadrent l'utilisation du service par les habitants et la collectivité.</p>"
       "<h2>Modération</h2><p>Les contributions contraires à la loi ou à la charte sont retirées par le modérateur.</p>"
       "<h2>Données personnelles</h2><p>Vous pouvez exercer vos droits d'accès, de rectification et d'effacement auprès du "
       "délégué à la protection des données.</p>")
