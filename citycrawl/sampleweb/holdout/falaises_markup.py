"""Markup helpers of the falaises part: blocks as municipal CMSs, their plugins and the platforms render them.

Written from how the software writes its markup (class names, routes, field names), in this part's own words.
"""
from html import escape


def prose(*paragraphs):
    return "".join(f"<p>{p}</p>" for p in paragraphs)


def chapo(text):
    return f'<p class="chapo lead">{text}</p>'


def cookie_banner():
    return ('<div id="tarteaucitronRoot" class="cookie-banner" role="region" aria-label="Gestion des cookies">'
            '<p>Ce site utilise des cookies de mesure d\'audience. <button type="button" class="tac-allow">Tout accepter</button> '
            '<button type="button" class="tac-deny">Tout refuser</button> <a href="/mentions-legales">En savoir plus</a></p></div>')


def teasers(items, heading="Actualités", cls="news-list"):
    """Home-page cards: (href, title, date)."""
    cards = "".join(f'<li class="{cls}__item"><article class="card"><p class="card__date">{escape(date)}</p>'
                    f'<h3 class="card__title"><a href="{href}">{escape(title)}</a></h3></article></li>'
                    for href, title, date in items)
    return f'<section class="{cls}"><h2>{escape(heading)}</h2><ul class="{cls}__items">{cards}</ul></section>'


def agenda_list(items, heading="Agenda"):
    rows = "".join(f'<li class="event"><time class="event__date">{escape(date)}</time> '
                   f'<a class="event__title" href="{href}">{escape(title)}</a> <span class="event__place">{escape(place)}</span></li>'
                   for href, title, date, place in items)
    return f'<section class="agenda-list"><h2>{escape(heading)}</h2><ul>{rows}</ul></section>'


def quick_links(links, heading="Accès rapides"):
    tiles = "".join(f'<li class="quick__item"><a class="quick__link" href="{href}">{escape(label)}</a></li>'
                    for href, label in links)
    return f'<nav class="quick" aria-label="{escape(heading)}"><h2>{escape(heading)}</h2><ul class="quick__list">{tiles}</ul></nav>'


def with_sidebar(main, aside):
    return f'<div class="layout-2cols"><div class="layout-2cols__main">{main}</div><aside class="sidebar" role="complementary">{aside}</aside></div>'


def event_box(date, hours, place, extra=""):
    return (f'<div class="event-infos"><p class="event-infos__date"><strong>Date :</strong> {date}</p>'
            f'<p class="event-infos__hours"><strong>Horaires :</strong> {hours}</p>'
            f'<p class="event-infos__place"><strong>Lieu :</strong> {place}</p>{extra}'
            '<p><a class="btn btn--ical" href="#">Ajouter à mon agenda</a></p></div>')


def share_buttons(url):
    from urllib.parse import quote
    u = quote(url, safe="")
    return ('<div class="share" aria-label="Partager cette page"><span class="share__label">Partager :</span>'
            f'<a class="share__fb" href="https://www.facebook.com/sharer/sharer.php?u={u}" target="_blank" rel="noopener">Facebook</a> '
            f'<a class="share__x" href="https://twitter.com/intent/tweet?url={u}" target="_blank" rel="noopener">X</a> '
            f'<a class="share__in" href="https://www.linkedin.com/shareArticle?mini=true&amp;url={u}" target="_blank" rel="noopener">LinkedIn</a> '
            '<a class="share__mail" href="mailto:?subject=A%20lire">Courriel</a></div>')


def newsletter_form(action, cls="newsletter"):
    return (f'<form class="{cls}" action="{action}" method="post"><label for="nl-mail">Recevez la lettre d\'information</label>'
            '<input type="email" id="nl-mail" name="email" placeholder="votre@adresse.fr" required>'
            '<input type="checkbox" id="nl-rgpd" name="rgpd" value="1"><label for="nl-rgpd">J\'accepte de recevoir la lettre</label>'
            '<button type="submit">S\'abonner</button></form>')


# --- WordPress and its plugins -------------------------------------------------------------------------------

def wp_polls(poll_id, question, answers):
    """A WP-Polls widget ready to vote."""
    first = poll_id * 10
    items = "".join(f'<li><input type="radio" id="poll-answer-{first + i}" name="poll_{poll_id}" value="{first + i}" />'
                    f'&nbsp;<label for="poll-answer-{first + i}">{escape(a)}</label></li>' for i, a in enumerate(answers))
    return (f'<section id="polls-widget-2" class="widget widget_polls-widget"><h2 class="widget-title">Sondage</h2>'
            f'<div id="polls-{poll_id}" class="wp-polls"><form id="polls_form_{poll_id}" class="wp-polls-form" action="/index.php" method="post">'
            f'<p style="display: none;"><input type="hidden" id="poll_{poll_id}_nonce" name="wp-polls-nonce" value="4c1e7f09ab" /></p>'
            f'<p style="display: none;"><input type="hidden" name="poll_id" value="{poll_id}" /></p>'
            f'<p style="text-align: center;"><strong>{escape(question)}</strong></p>'
            f'<div id="polls-{poll_id}-ans" class="wp-polls-ans"><ul class="wp-polls-ul">{items}</ul>'
            f'<p style="text-align: center;"><input type="button" name="vote" value="   Voter   " class="Buttons" onclick="poll_vote({poll_id});" /></p>'
            f'<p style="text-align: center;"><a href="#ViewPollResults" onclick="poll_result({poll_id}); return false;" title="Voir les résultats">Voir les résultats</a></p>'
            f'</div></form></div><div id="polls-{poll_id}-loading" class="wp-polls-loading"><img src="/wp-content/plugins/wp-polls/images/loading.gif" width="16" height="16" alt="Chargement..." class="wp-polls-image" />&nbsp;Chargement...</div></section>')


def wp_polls_closed(poll_id, question, rows, voters):
    """WP-Polls showing a closed poll: bars and percentages, no radio, no vote button."""
    items = "".join(f'<li>{escape(a)} <small>({pct}%, {n} votes)</small><div class="pollbar" style="width: {pct}%;" title="{escape(a)} ({pct}% | {n} votes)"></div></li>'
                    for a, pct, n in rows)
    return (f'<div id="polls-{poll_id}" class="wp-polls"><p style="text-align: center;"><strong>{escape(question)}</strong></p>'
            f'<div id="polls-{poll_id}-ans" class="wp-polls-ans"><ul class="wp-polls-ul">{items}</ul>'
            f'<p style="text-align: center;">Nombre total de votants : <strong>{voters}</strong></p>'
            '<p style="text-align: center;">Ce sondage est clos.</p></div></div>')


def cf7(action, form_id, fields, submit="Envoyer"):
    """Contact Form 7: fields are (name, label, kind) with kind text/email/tel/textarea/select:opt1|opt2/checkbox."""
    out = []
    for name, label, kind in fields:
        if kind == "textarea":
            ctl = f'<textarea cols="40" rows="10" class="wpcf7-form-control wpcf7-textarea" aria-invalid="false" name="{name}"></textarea>'
        elif kind.startswith("select:"):
            opts = "".join(f'<option value="{escape(o)}">{escape(o)}</option>' for o in kind[7:].split("|"))
            ctl = f'<select class="wpcf7-form-control wpcf7-select" aria-invalid="false" name="{name}">{opts}</select>'
        elif kind == "checkbox":
            ctl = (f'<span class="wpcf7-form-control wpcf7-acceptance"><span class="wpcf7-list-item"><label>'
                   f'<input type="checkbox" name="{name}" value="1" aria-invalid="false" /><span class="wpcf7-list-item-label">{escape(label)}</span></label></span></span>')
            out.append(f'<p><span class="wpcf7-form-control-wrap" data-name="{name}">{ctl}</span></p>')
            continue
        else:
            ctl = (f'<input size="40" class="wpcf7-form-control wpcf7-{kind} wpcf7-validates-as-required" '
                   f'aria-required="true" aria-invalid="false" value="" type="{kind}" name="{name}" />')
        out.append(f'<p><label> {escape(label)}<br /><span class="wpcf7-form-control-wrap" data-name="{name}">{ctl}</span></label></p>')
    return (f'<div class="wpcf7 no-js" id="wpcf7-f{form_id}-o1" lang="fr-FR" dir="ltr"><div class="screen-reader-response"><p role="status" aria-live="polite" aria-atomic="true"></p></div>'
            f'<form action="{action}#wpcf7-f{form_id}-o1" method="post" class="wpcf7-form init" aria-label="Formulaire de contact" novalidate="novalidate" data-status="init">'
            f'<div style="display: none;"><input type="hidden" name="_wpcf7" value="{form_id}" /><input type="hidden" name="_wpcf7_version" value="5.9.3" />'
            f'<input type="hidden" name="_wpcf7_locale" value="fr_FR" /><input type="hidden" name="_wpcf7_unit_tag" value="wpcf7-f{form_id}-o1" /></div>'
            f'{"".join(out)}<p><input class="wpcf7-form-control wpcf7-submit has-spinner" type="submit" value="{escape(submit)}" /></p>'
            '<div class="wpcf7-response-output" aria-hidden="true"></div></form></div>')


def wp_comments(post_id, title, comments, open_form=True):
    items = "".join(
        f'<li id="comment-{post_id * 10 + i}" class="comment {"even" if i % 2 == 0 else "odd"} thread-{"even" if i % 2 == 0 else "odd"} depth-1">'
        f'<article id="div-comment-{post_id * 10 + i}" class="comment-body"><footer class="comment-meta"><div class="comment-author vcard">'
        f'<img alt="" src="/wp-content/uploads/avatar-defaut.png" class="avatar avatar-32 photo" height="32" width="32" />'
        f'<b class="fn">{escape(who)}</b> <span class="says">dit :</span></div><div class="comment-metadata"><a href="#comment-{post_id * 10 + i}"><time>{escape(when)}</time></a></div></footer>'
        f'<div class="comment-content"><p>{escape(text)}</p></div>'
        f'<div class="reply"><a rel="nofollow" class="comment-reply-link" href="#comment-{post_id * 10 + i}" data-commentid="{post_id * 10 + i}" data-postid="{post_id}">Répondre</a></div></article></li>'
        for i, (who, when, text) in enumerate(comments))
    head = (f'<h2 class="comments-title">{len(comments)} réponse{"s" if len(comments) > 1 else ""} à « {escape(title)} »</h2>'
            f'<ol class="comment-list">{items}</ol>') if comments else ""
    if open_form:
        form = (f'<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Laisser un commentaire</h3>'
                '<form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate>'
                '<p class="comment-notes"><span id="email-notes">Votre adresse e-mail ne sera pas publiée.</span> Les champs obligatoires sont indiqués avec <span class="required">*</span></p>'
                '<p class="comment-form-comment"><label for="comment">Commentaire <span class="required">*</span></label><textarea id="comment" name="comment" cols="45" rows="8" maxlength="65525" required></textarea></p>'
                '<p class="comment-form-author"><label for="author">Nom <span class="required">*</span></label><input id="author" name="author" type="text" value="" size="30" maxlength="245" autocomplete="name" required /></p>'
                '<p class="comment-form-email"><label for="email">E-mail <span class="required">*</span></label><input id="email" name="email" type="email" value="" size="30" maxlength="100" autocomplete="email" required /></p>'
                '<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Laisser un commentaire" />'
                f'<input type="hidden" name="comment_post_ID" value="{post_id}" id="comment_post_ID" /><input type="hidden" name="comment_parent" id="comment_parent" value="0" /></p></form></div>')
    else:
        form = '<p class="no-comments">Les commentaires sont fermés.</p>'
    return f'<div id="comments" class="comments-area">{head}{form}</div>'


# --- Drupal ----------------------------------------------------------------------------------------------------

def drupal_webform(webform_id, node, intro, questions, submit="Envoyer mes réponses"):
    """A Drupal Webform questionnaire: questions are (key, label, options) with options a list or 'textarea'."""
    parts = []
    for key, label, options in questions:
        if options == "textarea":
            parts.append(f'<div class="js-form-item form-item js-form-type-textarea form-type-textarea js-form-item-{key} form-item-{key}">'
                         f'<label for="edit-{key}">{escape(label)}</label><div class="form-textarea-wrapper">'
                         f'<textarea data-drupal-selector="edit-{key}" id="edit-{key}" name="{key}" rows="5" cols="60" class="form-textarea"></textarea></div></div>')
            continue
        radios = "".join(f'<div class="js-form-item form-item js-form-type-radio form-type-radio js-form-item-{key} form-item-{key}">'
                         f'<input data-drupal-selector="edit-{key}-{i}" type="radio" id="edit-{key}-{i}" name="{key}" value="{escape(o)}" class="form-radio" />'
                         f'<label for="edit-{key}-{i}" class="option">{escape(o)}</label></div>' for i, o in enumerate(options))
        parts.append(f'<fieldset data-drupal-selector="edit-{key}" id="edit-{key}--wrapper" class="radios--wrapper fieldgroup form-composite webform-composite-visible-title js-webform-type-radios webform-type-radios js-form-item form-item js-form-wrapper form-wrapper">'
                     f'<legend><span class="fieldset-legend js-form-required form-required">{escape(label)}</span></legend>'
                     f'<div class="fieldset-wrapper"><div id="edit-{key}" class="js-webform-radios webform-options-display-one-column form-radios">{radios}</div></div></fieldset>')
    return (f'<form class="webform-submission-form webform-submission-add-form webform-submission-{webform_id}-form webform-submission-{webform_id}-add-form webform-submission-{webform_id}-node-{node}-form js-webform-details-toggle webform-details-toggle" '
            f'data-drupal-selector="webform-submission-{webform_id}-node-{node}-add-form" action="/node/{node}" method="post" id="webform-submission-{webform_id}-node-{node}-add-form" accept-charset="UTF-8">'
            f'<div class="webform-introduction"><p>{intro}</p></div>{"".join(parts)}'
            f'<div data-drupal-selector="edit-actions" class="form-actions webform-actions js-form-wrapper form-wrapper" id="edit-actions">'
            f'<input class="webform-button--submit button button--primary js-form-submit form-submit" data-drupal-selector="edit-actions-submit" type="submit" id="edit-actions-submit" name="op" value="{escape(submit)}" /></div>'
            f'<input autocomplete="off" data-drupal-selector="form-x2" type="hidden" name="form_build_id" value="form-x2kLq0Ve" />'
            f'<input data-drupal-selector="edit-webform-submission-{webform_id}-node-{node}-add-form" type="hidden" name="form_id" value="webform_submission_{webform_id}_node_{node}_add_form" /></form>')


def drupal_contact(action="/contact"):
    def item(key, label, kind="text"):
        ctl = (f'<textarea data-drupal-selector="edit-{key}" id="edit-{key}" name="{key}[0][value]" rows="12" cols="60" class="form-textarea required" required="required"></textarea>'
               if kind == "textarea" else
               f'<input data-drupal-selector="edit-{key}" type="{kind}" id="edit-{key}" name="{key}" value="" size="60" maxlength="254" class="form-{kind} required" required="required" />')
        return f'<div class="js-form-item form-item js-form-type-{kind} form-type-{kind} js-form-item-{key} form-item-{key}"><label for="edit-{key}" class="js-form-required form-required">{label}</label>{ctl}</div>'
    return ('<form class="contact-message-feedback-form contact-message-form contact-form" data-user-info-from-browser data-drupal-selector="contact-message-feedback-form" '
            f'action="{action}" method="post" id="contact-message-feedback-form" accept-charset="UTF-8">'
            + item("name", "Votre nom") + item("mail", "Votre adresse de courriel", "email")
            + '<div class="js-form-item form-item js-form-type-textfield form-item-subject-0-value"><label for="edit-subject-0-value" class="js-form-required form-required">Objet</label>'
              '<input class="js-text-full text-full form-text required" data-drupal-selector="edit-subject-0-value" type="text" id="edit-subject-0-value" name="subject[0][value]" value="" size="60" maxlength="100" required="required" /></div>'
            + item("message", "Message", "textarea")
            + '<input data-drupal-selector="edit-contact-message-feedback-form" type="hidden" name="form_id" value="contact_message_feedback_form" />'
              '<div data-drupal-selector="edit-actions" class="form-actions js-form-wrapper form-wrapper" id="edit-actions"><input data-drupal-selector="edit-submit" type="submit" id="edit-submit" name="op" value="Envoyer le message" class="button button--primary js-form-submit form-submit" /></div></form>')


def drupal_comments(node, comments, open_form=True):
    items = "".join(f'<article data-comment-user-id="0" id="comment-{node * 10 + i}" class="js-comment comment comment--level-1">'
                    f'<span class="hidden" data-comment-timestamp="17{node}{i}00000"></span><footer class="comment__meta"><p class="comment__author"><span>{escape(who)}</span></p>'
                    f'<p class="comment__time">{escape(when)}</p></footer><div class="comment__content"><div class="clearfix text-formatted field field--name-comment-body field--type-text-long"><p>{escape(text)}</p></div>'
                    f'<ul class="links inline"><li class="comment-reply"><a href="#comment-form" data-comment-reply="{node * 10 + i}">Répondre</a></li></ul></div></article>'
                    for i, (who, when, text) in enumerate(comments))
    form = ""
    if open_form:
        form = (f'<h2 class="section-title">Ajouter un commentaire</h2><form class="comment-comment-node-article-form comment-form" data-drupal-selector="comment-form" '
                f'action="/comment/reply/node/{node}/comment_node_article" method="post" id="comment-form" accept-charset="UTF-8">'
                '<div class="js-form-item form-item js-form-type-textfield form-item-name"><label for="edit-name">Votre nom</label><input data-drupal-selector="edit-name" type="text" id="edit-name" name="name" value="" size="30" maxlength="60" class="form-text" /></div>'
                '<div class="field--type-text-long field--name-comment-body field--widget-text-textarea js-form-wrapper form-wrapper"><div class="js-form-item form-item js-form-type-textarea form-item-comment-body-0-value">'
                '<label for="edit-comment-body-0-value" class="js-form-required form-required">Commentaire</label><div class="form-textarea-wrapper">'
                '<textarea class="js-text-full text-full form-textarea required" data-drupal-selector="edit-comment-body-0-value" id="edit-comment-body-0-value" name="comment_body[0][value]" rows="5" cols="60" required="required"></textarea></div></div></div>'
                f'<input data-drupal-selector="edit-comment-node-article-form" type="hidden" name="form_id" value="comment_node_article_form" />'
                '<div data-drupal-selector="edit-actions" class="form-actions js-form-wrapper form-wrapper"><input data-drupal-selector="edit-submit" type="submit" id="edit-submit--2" name="op" value="Enregistrer" class="button button--primary js-form-submit form-submit" /></div></form>')
    return f'<section class="field field--name-comment-node-article field--type-comment field--label-above comment-wrapper"><h2 class="title comment-wrapper__title">Commentaires</h2>{items}{form}</section>'


def drupal_newsletter():
    return ('<form class="simplenews-subscriptions-block-lettre-info simplenews-subscriber-form" data-drupal-selector="simplenews-subscriptions-block-lettre-info" action="/node" method="post" id="simplenews-subscriptions-block-lettre-info" accept-charset="UTF-8">'
            '<div class="field--type-email field--name-mail"><label for="edit-mail-0-value">Courriel</label><input data-drupal-selector="edit-mail-0-value" type="email" id="edit-mail-0-value" name="mail[0][value]" value="" size="60" maxlength="254" class="form-email" /></div>'
            '<input type="hidden" name="form_id" value="simplenews_subscriptions_block_lettre_info" /><input type="submit" name="op" value="S\'abonner" class="button form-submit" /></form>')


# --- Joomla ----------------------------------------------------------------------------------------------------

def joomla_contact(action, subject_options=None):
    subject = (f'<select name="jform[contact_subject]" id="jform_contact_emailmsg" class="form-select required">'
               + "".join(f'<option value="{escape(o)}">{escape(o)}</option>' for o in subject_options) + '</select>'
               if subject_options else
               '<input type="text" name="jform[contact_subject]" id="jform_contact_emailmsg" value="" class="form-control required" size="60" required>')
    return (f'<form id="contact-form" action="{action}" method="post" class="com-contact__form form-validate">'
            '<fieldset class="m-0"><legend>Envoyer un courriel</legend>'
            '<div class="control-group field-spacer"><div class="controls"><span class="spacer"><span class="before"></span><span class="text"><label id="jform_spacer-lbl"><strong class="red">*</strong> Champ requis</label></span><span class="after"></span></span></div></div>'
            '<div class="control-group"><div class="control-label"><label id="jform_contact_name-lbl" for="jform_contact_name" class="required">Nom<span class="star" aria-hidden="true">&#160;*</span></label></div>'
            '<div class="controls"><input type="text" name="jform[contact_name]" id="jform_contact_name" value="" class="form-control required" size="30" required></div></div>'
            '<div class="control-group"><div class="control-label"><label id="jform_contact_email-lbl" for="jform_contact_email" class="required">E-mail<span class="star" aria-hidden="true">&#160;*</span></label></div>'
            '<div class="controls"><input type="email" inputmode="email" name="jform[contact_email]" class="form-control validate-email required" id="jform_contact_email" value="" size="30" autocomplete="email" required></div></div>'
            f'<div class="control-group"><div class="control-label"><label id="jform_contact_emailmsg-lbl" for="jform_contact_emailmsg" class="required">Objet</label></div><div class="controls">{subject}</div></div>'
            '<div class="control-group"><div class="control-label"><label id="jform_contact_message-lbl" for="jform_contact_message" class="required">Message</label></div>'
            '<div class="controls"><textarea name="jform[contact_message]" id="jform_contact_message" cols="50" rows="10" class="form-control required" required></textarea></div></div>'
            '</fieldset><div class="control-group"><div class="controls"><button class="btn btn-primary validate" type="submit">Envoyer</button>'
            '<input type="hidden" name="option" value="com_contact"><input type="hidden" name="task" value="contact.submit"><input type="hidden" name="return" value="">'
            '<input type="hidden" name="id" value="1:mairie"><input type="hidden" name="9d3b1f0c2e" value="1"></div></div></form>')


def joomla_booking(action, resource):
    return (f'<form action="{action}" method="post" id="booking-form" class="form-validate form-horizontal">'
            f'<h3>Réserver : {escape(resource)}</h3>'
            '<div class="control-group"><label for="jform_date">Date souhaitée</label><input type="date" id="jform_date" name="jform[date]" class="form-control" required></div>'
            '<div class="control-group"><label for="jform_creneau">Créneau</label><select id="jform_creneau" name="jform[creneau]" class="form-select"><option>Matin</option><option>Après-midi</option><option>Soirée</option></select></div>'
            '<div class="control-group"><label for="jform_asso">Association ou particulier</label><input type="text" id="jform_asso" name="jform[demandeur]" class="form-control" required></div>'
            '<div class="control-group"><label for="jform_mail">Courriel</label><input type="email" id="jform_mail" name="jform[email]" class="form-control" required></div>'
            '<input type="hidden" name="option" value="com_reservation"><input type="hidden" name="task" value="booking.save">'
            '<button type="submit" class="btn btn-primary">Vérifier la disponibilité</button></form>')


# --- SPIP ------------------------------------------------------------------------------------------------------

def spip_forum(article, messages, open_form=True):
    items = "".join(f'<li class="forum-fil"><div class="forum-message" id="forum{article * 10 + i}">'
                    f'<div class="forum-chapo"><strong class="forum-titre"><a href="#forum{article * 10 + i}">{escape(title)}</a></strong>'
                    f'<small>{escape(when)}, par <span class="vcard author">{escape(who)}</span></small></div>'
                    f'<div class="forum-texte"><p>{escape(text)}</p><p class="repondre"><a href="#formulaire_forum" rel="noindex nofollow" data-id-forum="{article * 10 + i}">Répondre à ce message</a></p></div></div></li>'
                    for i, (title, when, who, text) in enumerate(messages))
    listing = f'<div class="forum-repondre"><h2>{len(messages)} Messages</h2><ul class="forum">{items}</ul></div>' if messages else ""
    form = ""
    if open_form:
        form = ('<div class="formulaire_spip formulaire_forum ajax" id="formulaire_forum"><h3>Un message, un commentaire ?</h3>'
                f'<form action="/spip.php?article{article}#formulaire_forum" method="post" enctype="multipart/form-data"><div>'
                f'<input name="id_article" value="{article}" type="hidden" /><input name="formulaire_action" type="hidden" value="forum" />'
                f'<input name="formulaire_action_args" type="hidden" value="Xb3kP2o" /></div>'
                '<fieldset><legend>Message</legend><div class="editer saisie_titre obligatoire"><label for="titre">Titre (obligatoire)</label><input type="text" class="text" name="titre" id="titre" value="" size="60" /></div>'
                '<div class="editer saisie_texte obligatoire"><label for="texte">Texte de votre message</label><textarea name="texte" id="texte" rows="10" cols="60" class="markItUpEditor"></textarea></div></fieldset>'
                '<fieldset><legend>Qui êtes-vous ?</legend><div class="editer saisie_session_nom"><label for="session_nom">Votre nom</label><input type="text" class="text" name="session_nom" id="session_nom" value="" size="40" /></div>'
                '<div class="editer saisie_session_email"><label for="session_email">Votre adresse email</label><input type="email" class="text email" name="session_email" id="session_email" value="" size="40" /></div></fieldset>'
                '<p class="boutons"><input type="submit" class="submit" name="previsualiser_message" value="Prévisualiser" /></p></form></div>')
    return f'<div class="forum-article">{listing}{form}</div>'


def spip_contact(action, article):
    return ('<div class="formulaire_spip formulaire_ecrire_auteur ajax" id="formulaire_ecrire_auteur_' + str(article) + '">'
            f'<form method="post" action="{action}#formulaire_ecrire_auteur"><div><input name="formulaire_action" type="hidden" value="ecrire_auteur" />'
            f'<input name="formulaire_action_args" type="hidden" value="a{article}" /></div><fieldset><legend>Écrire à la mairie</legend>'
            '<div class="editer saisie_email_message_auteur obligatoire"><label for="email_message_auteur">Votre adresse email</label><input type="email" class="text email" name="email_message_auteur" id="email_message_auteur" value="" size="30" /></div>'
            '<div class="editer saisie_sujet_message_auteur obligatoire"><label for="sujet_message_auteur">Sujet</label><input type="text" class="text" name="sujet_message_auteur" id="sujet_message_auteur" value="" size="30" /></div>'
            '<div class="editer saisie_texte_message_auteur obligatoire"><label for="texte_message_auteur">Texte de votre message</label><textarea name="texte_message_auteur" id="texte_message_auteur" rows="8" cols="60"></textarea></div>'
            '</fieldset><p class="boutons"><input type="submit" class="submit" name="valide" value="Envoyer" /></p></form></div>')


# --- Agency CMSs (vendor theme) --------------------------------------------------------------------------------

def vendor_form(action, form_id, fields, submit="Envoyer", legend=""):
    """An agency CMS form: fields are (name, label, kind); kind text/email/tel/date/textarea/radio:a|b/select:a|b/file."""
    rows = []
    for name, label, kind in fields:
        fid = f"{form_id}-{name}"
        if kind == "textarea":
            ctl = f'<textarea id="{fid}" name="{name}" rows="8" class="form__textarea" required></textarea>'
            rows.append(f'<div class="form__group"><label class="form__label" for="{fid}">{escape(label)}</label>{ctl}</div>')
        elif kind.startswith("radio:"):
            opts = "".join(f'<div class="form__radio"><input type="radio" id="{fid}-{i}" name="{name}" value="{escape(o)}"><label for="{fid}-{i}">{escape(o)}</label></div>'
                           for i, o in enumerate(kind[6:].split("|")))
            rows.append(f'<fieldset class="form__group form__group--radios"><legend class="form__legend">{escape(label)}</legend>{opts}</fieldset>')
        elif kind.startswith("select:"):
            opts = "".join(f'<option value="{escape(o)}">{escape(o)}</option>' for o in kind[7:].split("|"))
            rows.append(f'<div class="form__group"><label class="form__label" for="{fid}">{escape(label)}</label><select id="{fid}" name="{name}" class="form__select">{opts}</select></div>')
        else:
            rows.append(f'<div class="form__group"><label class="form__label" for="{fid}">{escape(label)}</label>'
                        f'<input type="{kind}" id="{fid}" name="{name}" class="form__input"></div>')
    leg = f'<legend class="form__title">{escape(legend)}</legend>' if legend else ""
    return (f'<form id="{form_id}" class="form form--{form_id}" action="{action}" method="post" novalidate>'
            f'<p class="form__mandatory">Les champs marqués d\'un astérisque (*) sont obligatoires.</p><fieldset class="form__fieldset">{leg}{"".join(rows)}</fieldset>'
            '<div class="form__rgpd"><input type="checkbox" id="' + form_id + '-rgpd" name="rgpd" required><label for="' + form_id + '-rgpd">J\'accepte que mes données soient traitées par la Ville pour répondre à ma demande.</label></div>'
            f'<input type="hidden" name="csrf_token" value="a91f0c3e"><div class="form__actions"><button type="submit" class="btn btn--primary">{escape(submit)}</button></div></form>')


def embed_iframe(src, title, height=900):
    return (f'<div class="embed embed--form"><iframe src="{src}" title="{escape(title)}" width="100%" height="{height}" '
            f'frameborder="0" loading="lazy" allowfullscreen></iframe><p class="embed__fallback"><a href="{src}">Ouvrir le questionnaire dans une nouvelle page</a></p></div>')


def ametys_poll(poll_id, question, answers):
    """A poll service as the Ametys-like agency CMS renders it in a side column."""
    opts = "".join(f'<li><input type="radio" name="poll-{poll_id}-choice" id="poll-{poll_id}-{i}" value="{i}"><label for="poll-{poll_id}-{i}">{escape(a)}</label></li>'
                   for i, a in enumerate(answers))
    return (f'<div class="ametys-service service-poll" id="service-poll-{poll_id}"><h2 class="service-poll__title">La question du mois</h2>'
            f'<form action="/_plugins/survey/poll/{poll_id}/vote.html" method="post" class="poll-form"><p class="poll-question">{escape(question)}</p>'
            f'<ul class="poll-choices">{opts}</ul><input type="hidden" name="poll-id" value="{poll_id}"><button type="submit" class="poll-submit">Je vote</button></form>'
            f'<p class="poll-results-link"><a href="#service-poll-{poll_id}">Résultats après votre vote</a></p></div>')


def results_table(question, rows, total):
    body = "".join(f'<tr><th scope="row">{escape(a)}</th><td>{pct} %</td><td>{n}</td></tr>' for a, pct, n in rows)
    return (f'<table class="table table--results"><caption>{escape(question)} — {total} réponses</caption>'
            f'<thead><tr><th scope="col">Réponse</th><th scope="col">Part</th><th scope="col">Nombre</th></tr></thead><tbody>{body}</tbody></table>')


# --- Publik (w.c.s. forms) ---------------------------------------------------------------------------------------

def wcs_form(action, fields, submit="Valider", step=""):
    """A w.c.s. form as Publik serves it: fields are (label, kind) with kind string/email/text/radio:a|b/date/item:a|b."""
    rows = []
    for i, (label, kind) in enumerate(fields, start=1):
        name = f"f{i}"
        if kind == "text":
            ctl = f'<div class="content"><textarea name="{name}" id="form_{name}" cols="72" rows="8" aria-required="true"></textarea></div>'
            cls = "TextWidget"
        elif kind.startswith("radio:"):
            ctl = '<div class="content">' + "".join(
                f'<label><input type="radio" name="{name}" value="{escape(o)}" /><span>{escape(o)}</span></label>' for o in kind[6:].split("|")) + '</div>'
            cls = "RadiobuttonsWidget"
        elif kind.startswith("item:"):
            ctl = (f'<div class="content"><select name="{name}" id="form_{name}">'
                   + "".join(f'<option value="{escape(o)}">{escape(o)}</option>' for o in kind[5:].split("|")) + '</select></div>')
            cls = "SingleSelectHintWidget"
        else:
            ctl = f'<div class="content"><input type="{"email" if kind == "email" else "date" if kind == "date" else "text"}" name="{name}" id="form_{name}" value="" /></div>'
            cls = "EmailWidget" if kind == "email" else "DateWidget" if kind == "date" else "StringWidget"
        rows.append(f'<div class="field widget-required {cls} template-form" data-field-id="{i}" id="var_{name}">'
                    f'<div class="title"><label for="form_{name}">{escape(label)}<span title="Ce champ est obligatoire." class="required">*</span></label></div>{ctl}</div>')
    steps = f'<div id="steps"><ol><li class="current"><span class="label">{escape(step)}</span></li><li><span class="label">Validation</span></li></ol></div>' if step else ""
    return (f'{steps}<form action="{action}" method="post" enctype="multipart/form-data" class="quixote" novalidate>'
            '<input type="hidden" name="_form_id" value="a5b9" /><input type="hidden" name="_ajax_form_token" value="9f0e1d2c" />'
            f'<div class="form-page">{"".join(rows)}</div><div class="buttons submit"><div class="buttons-inner">'
            f'<button class="submit-button" name="submit" value="{escape(submit)}">{escape(submit)}</button><button class="cancel" name="cancel" formnovalidate>Abandonner</button></div></div></form>')


# --- Decidim -----------------------------------------------------------------------------------------------------

def decidim_process_card(href, title, step, dates):
    return (f'<a href="{href}" class="card__grid" id="participatory_process_{abs(hash(href)) % 90 + 10}"><div class="card__grid-text">'
            f'<h3 class="h4 text-secondary">{escape(title)}</h3><div class="card__grid-metadata"><span>{escape(step)}</span><span>{escape(dates)}</span></div></div></a>')


def decidim_proposal_item(href, ident, title, author, supports, comments, state=""):
    label = f'<span class="label {"success" if state == "Acceptée" else "warning"}">{escape(state)}</span>' if state else ""
    return (f'<a href="{href}" class="card__list" id="proposals__proposal_{ident}"><div class="card__list-content">'
            f'<div class="card__list-title">{escape(title)}</div><div class="card__list-metadata">'
            f'<div class="author__name">{escape(author)}</div><span>{supports} soutiens</span><span>{comments} commentaires</span>{label}</div></div></a>')


def decidim_comments(kind, ident, comments, open_form=True):
    items = "".join(f'<div id="comment_{ident * 10 + i}" class="comment__container" data-comment-id="{ident * 10 + i}">'
                    f'<div class="comment__header"><div class="author"><span class="author__name">{escape(who)}</span></div>'
                    f'<span class="comment__date">{escape(when)}</span></div><div class="comment__content"><div class="rich-text-display"><p>{escape(text)}</p></div></div>'
                    f'<div class="comment__footer"><button class="button button__sm button__text-secondary" data-comment-reply>Répondre</button></div></div>'
                    for i, (who, when, text) in enumerate(comments))
    form = ""
    if open_form:
        form = (f'<div class="add-comment" id="add-comment-{kind}-{ident}"><form class="new_comment" id="new_comment_for_{kind}_{ident}" data-remote="true" action="/comments" accept-charset="UTF-8" method="post">'
                f'<input type="hidden" name="comment[commentable_gid]" value="Z2lkOi8vZGVjaWRpbS{ident}" />'
                f'<label for="add-comment-{kind}-{ident}-body">Ajouter un commentaire</label>'
                f'<textarea maxlength="1000" rows="4" placeholder="Ajouter un commentaire" name="comment[body]" id="add-comment-{kind}-{ident}-body"></textarea>'
                '<button type="submit" class="button button__sm button__secondary">Publier le commentaire</button></form></div>')
    return (f'<div class="comments" id="comments-for-{kind}-{ident}" data-decidim-comments=\'{{"commentableGid":"gid://decidim/{kind}/{ident}","locale":"fr"}}\'>'
            f'<div class="comments__header"><h2 class="h4">{len(comments)} commentaires</h2></div><div class="comment-threads">{items}</div>{form}</div>')


def decidim_steps(steps, active):
    items = "".join(f'<li class="{"is-active" if i == active else ""}"><span class="process__phase-title">{escape(s)}</span></li>' for i, s in enumerate(steps))
    return f'<div class="process__phase"><h2 class="h5">Phases</h2><ol class="process__phase-list">{items}</ol></div>'


# --- phpBB -------------------------------------------------------------------------------------------------------

def phpbb_forumlist(forums):
    rows = "".join(f'<li class="row"><dl class="row-item forum_read"><dt title="Pas de nouveau message"><div class="list-inner">'
                   f'<a href="{href}" class="forumtitle">{escape(name)}</a><br />{escape(desc)}</div></dt>'
                   f'<dd class="topics">{topics} <dfn>Sujets</dfn></dd><dd class="posts">{posts} <dfn>Messages</dfn></dd>'
                   f'<dd class="lastpost"><span><dfn>Dernier message </dfn>par <span class="username">{escape(last)}</span></span></dd></dl></li>'
                   for href, name, desc, topics, posts, last in forums)
    return ('<div class="forabg"><div class="inner"><ul class="topiclist"><li class="header"><dl class="row-item"><dt><div class="list-inner">Forum</div></dt>'
            '<dd class="topics">Sujets</dd><dd class="posts">Messages</dd><dd class="lastpost"><span>Dernier message</span></dd></dl></li></ul>'
            f'<ul class="topiclist forums">{rows}</ul></div></div>')


def phpbb_topiclist(forum_id, topics):
    rows = "".join(f'<li class="row bg{1 + i % 2}"><dl class="row-item topic_read"><dt><div class="list-inner">'
                   f'<a href="{href}" class="topictitle">{escape(title)}</a><br /><div class="topic-poster responsive-hide left-box">par <span class="username">{escape(who)}</span></div></div></dt>'
                   f'<dd class="posts">{replies} <dfn>Réponses</dfn></dd><dd class="views">{replies * 17 + 40} <dfn>Vues</dfn></dd></dl></li>'
                   for i, (href, title, who, replies) in enumerate(topics))
    return (f'<div class="action-bar bar-top"><a href="/ucp.php?mode=login" class="button" title="Écrire un nouveau sujet" data-forum="{forum_id}"><span>Nouveau sujet</span></a></div>'
            f'<div class="forumbg"><div class="inner"><ul class="topiclist"><li class="header"><dl class="row-item"><dt><div class="list-inner">Sujets</div></dt><dd class="posts">Réponses</dd><dd class="views">Vues</dd></dl></li></ul>'
            f'<ul class="topiclist topics">{rows}</ul></div></div>')


def phpbb_topic(topic_id, forum_id, posts):
    items = "".join(f'<div id="p{topic_id * 10 + i}" class="post has-profile bg{1 + i % 2}"><div class="inner">'
                    f'<dl class="postprofile" id="profile{topic_id * 10 + i}"><dt class="no-profile-rank no-avatar"><span class="username">{escape(who)}</span></dt>'
                    f'<dd class="profile-posts"><strong>Messages :</strong> {7 + i * 5}</dd></dl><div class="postbody"><div id="post_content{topic_id * 10 + i}">'
                    f'<h3 class="{"first" if i == 0 else ""}"><a href="#p{topic_id * 10 + i}">{escape(subject)}</a></h3>'
                    f'<p class="author"><span class="responsive-hide">par <strong>{escape(who)}</strong> » </span>{escape(when)}</p>'
                    f'<div class="content">{escape(text)}</div></div></div></div></div><hr class="divider" />'
                    for i, (subject, who, when, text) in enumerate(posts))
    return (f'<div class="action-bar bar-top"><a href="/ucp.php?mode=login" class="button" title="Répondre au sujet" data-topic="{topic_id}"><span>Répondre</span></a></div>'
            f'{items}<div class="action-bar bar-bottom"><a href="/viewforum.php?f={forum_id}" class="left-box arrow-left" accesskey="r"><span>Retour à la liste</span></a></div>')


# --- a neighbours' network (community theme) ---------------------------------------------------------------------

def community_feed(posts):
    items = "".join(f'<article class="post-card post-card--{kind}"><header class="post-card__head"><span class="post-card__author">{escape(who)}</span>'
                    f'<span class="post-card__tag">{escape(kind)}</span><time>{escape(when)}</time></header>'
                    f'<p class="post-card__text">{escape(text)}</p><footer class="post-card__foot"><a href="/connexion">Répondre</a> · {n} réponses · <a href="/connexion">Merci</a></footer></article>'
                    for who, kind, when, text, n in posts)
    return (f'<section class="feed"><form class="feed__compose" action="/publier" method="post"><label for="compose">Publier auprès de vos voisins</label>'
            f'<select name="categorie"><option>Entraide</option><option>Prêt d\'objets</option><option>Événement</option><option>Alerte</option></select>'
            f'<textarea id="compose" name="message" rows="3" placeholder="Une question, un coup de main, un objet à prêter ?"></textarea>'
            f'<button type="submit">Publier</button></form>{items}</section>')


def spip_formidable(form_no, action, fields, submit="Envoyer"):
    """The SPIP Formidable plugin: fields are (name, label, kind) with kind input/email/textarea/radio:a|b."""
    rows = []
    for name, label, kind in fields:
        if kind == "textarea":
            ctl = f'<textarea name="{name}" id="champ_{name}" rows="6" cols="40" class="textarea"></textarea>'
        elif kind.startswith("radio:"):
            ctl = "".join(f'<div class="choix choix_{i}"><input type="radio" name="{name}" class="radio" id="champ_{name}_{i}" value="{escape(o)}" /><label for="champ_{name}_{i}">{escape(o)}</label></div>'
                          for i, o in enumerate(kind[6:].split("|")))
        else:
            ctl = f'<input type="{"email" if kind == "email" else "text"}" name="{name}" class="{kind}" id="champ_{name}" value="" />'
        rows.append(f'<div class="editer saisie_{kind.split(":")[0]} editer_{name} obligatoire"><label for="champ_{name}">{escape(label)}</label>{ctl}</div>')
    return (f'<div class="formulaire_spip formulaire_formidable formulaire_formidable_{form_no}" id="formulaire_formidable_{form_no}">'
            f'<form method="post" action="{action}#formulaire_formidable_{form_no}" enctype="multipart/form-data"><div>'
            f'<input name="formulaire_action" type="hidden" value="formidable" /><input name="formulaire_action_args" type="hidden" value="f{form_no}x" /></div>'
            f'<div class="editer-groupe">{"".join(rows)}</div><p class="boutons"><input type="submit" class="submit" value="{escape(submit)}" /></p></form></div>')
