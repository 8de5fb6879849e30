"""Markup helpers of the "estives" holdout part: tourist, spa, seaside and wine towns.

Written after the public markup of WordPress plugins (Contact Form 7, WPForms, WP-Polls, Gravity Forms,
native comments), Drupal (Webform, contact module), SPIP (formulaire_signature, Formidable, forums),
Joomla (com_contact, JComments), TYPO3 (powermail), Decidim, Cap Collectif, Fluicity, Go Vocal,
phpBB, Discourse and Publik (w.c.s.), in our own words.
"""
from html import escape

from .markup import prose, wp_comments_closed  # the same blocks as the first part's


def cookie_banner():
    return ('<div id="cookie-notice" role="dialog" aria-label="Cookies" class="cookie-notice">'
            '<p>Ce site utilise des cookies de mesure d\'audience. <button type="button" class="cn-accept">Accepter</button> '
            '<button type="button" class="cn-refuse">Refuser</button> <a href="/mentions-legales">En savoir plus</a></p></div>')


def tiles(links, title="Accès rapides"):
    items = "".join(f'<li class="quick-access__item"><a href="{escape(href)}">{escape(label)}</a></li>'
                    for href, label in links)
    return f'<nav class="quick-access" aria-label="{escape(title)}"><h2>{escape(title)}</h2><ul>{items}</ul></nav>'


def news(items, title="Actualités"):
    cards = "".join(f'<article class="news-card"><p class="news-card__date">{escape(date)}</p>'
                    f'<h3 class="news-card__title"><a href="{escape(href)}">{escape(label)}</a></h3>'
                    f'<p class="news-card__chapo">{escape(chapo)}</p></article>'
                    for href, label, date, chapo in items)
    return f'<section class="news-list"><h2>{escape(title)}</h2><div class="news-list__grid">{cards}</div></section>'


def agenda(items):
    rows = "".join(f'<li class="agenda__event"><time>{escape(d)}</time> <span>{escape(t)}</span> '
                   f'<em>{escape(place)}</em></li>' for d, t, place in items)
    return f'<section class="agenda"><h2>Agenda</h2><ul>{rows}</ul></section>'


def home(intro, links, news_items, events, banner=True):
    return ((cookie_banner() if banner else "") + f'<div class="hero"><p class="hero__lead">{intro}</p></div>'
            + tiles(links) + news(news_items) + agenda(events))


def with_aside(main, aside):
    return f'<div class="layout-columns"><div class="col-main">{main}</div><aside class="sidebar widget-area">{aside}</aside></div>'


def share_buttons(url):
    u = escape(url)
    return ('<div class="share-buttons"><span>Partager :</span> '
            f'<a class="share-facebook" href="https://www.facebook.com/sharer/sharer.php?u={u}" target="_blank">Facebook</a> '
            f'<a class="share-x" href="https://x.com/share?url={u}" target="_blank">X</a> '
            f'<a class="share-linkedin" href="https://www.linkedin.com/shareArticle?mini=true&amp;url={u}" target="_blank">LinkedIn</a></div>')


def _choices(name, options, kind="radio"):
    return "".join(f'<li><label><input type="{kind}" name="{name}" value="{i}"> {escape(o)}</label></li>'
                   for i, o in enumerate(options, 1))


# ---- forms that write to the city --------------------------------------------------------------

def cf7_contact(action, subjects=("Renseignement", "État civil", "Urbanisme", "Autre")):
    opts = "".join(f"<option>{escape(s)}</option>" for s in subjects)
    return (f'<div class="wpcf7 no-js" id="wpcf7-f214-p88-o1" lang="fr-FR" dir="ltr">'
            f'<form action="{action}#wpcf7-f214-p88-o1" method="post" class="wpcf7-form init" novalidate="novalidate" data-status="init">'
            '<div style="display: none;"><input type="hidden" name="_wpcf7" value="214"><input type="hidden" name="_wpcf7_version" value="5.9.3">'
            '<input type="hidden" name="_wpcf7_locale" value="fr_FR"><input type="hidden" name="_wpcf7_unit_tag" value="wpcf7-f214-p88-o1"></div>'
            '<p><label> Votre nom<br><span class="wpcf7-form-control-wrap" data-name="your-name"><input size="40" class="wpcf7-form-control wpcf7-text wpcf7-validates-as-required" aria-required="true" value="" type="text" name="your-name"></span></label></p>'
            '<p><label> Votre e-mail<br><span class="wpcf7-form-control-wrap" data-name="your-email"><input size="40" class="wpcf7-form-control wpcf7-email wpcf7-validates-as-required" value="" type="email" name="your-email"></span></label></p>'
            f'<p><label> Objet<br><span class="wpcf7-form-control-wrap" data-name="your-subject"><select class="wpcf7-form-control wpcf7-select" name="your-subject">{opts}</select></span></label></p>'
            '<p><label> Votre message<br><span class="wpcf7-form-control-wrap" data-name="your-message"><textarea cols="40" rows="10" class="wpcf7-form-control wpcf7-textarea" name="your-message"></textarea></span></label></p>'
            '<p><input class="wpcf7-form-control wpcf7-submit has-spinner" type="submit" value="Envoyer"></p>'
            '<div class="wpcf7-response-output" aria-hidden="true"></div></form></div>')


def gravity_form(form_id, action, title, fields_html, button="Envoyer"):
    return (f'<div class="gf_browser_gecko gform_wrapper gravity-theme" id="gform_wrapper_{form_id}">'
            f'<div class="gform_heading"><h2 class="gform_title">{escape(title)}</h2></div>'
            f'<form method="post" enctype="multipart/form-data" id="gform_{form_id}" action="{action}">'
            f'<div class="gform_body gform-body"><div id="gform_fields_{form_id}" class="gform_fields top_label form_sublabel_below">{fields_html}</div></div>'
            f'<div class="gform_footer top_label"><input type="submit" id="gform_submit_button_{form_id}" class="gform_button button" value="{escape(button)}">'
            f'<input type="hidden" name="gform_submit" value="{form_id}"></div></form></div>')


def gf_field(form_id, n, label, kind="text"):
    name = f"input_{n}"
    if kind == "textarea":
        control = f'<textarea name="{name}" id="input_{form_id}_{n}" class="textarea large" rows="10"></textarea>'
    else:
        control = f'<input name="{name}" id="input_{form_id}_{n}" type="{kind}" value="" class="large">'
    return (f'<div id="field_{form_id}_{n}" class="gfield gfield--type-{kind} field_sublabel_below">'
            f'<label class="gfield_label gform-field-label" for="input_{form_id}_{n}">{escape(label)}</label>'
            f'<div class="ginput_container ginput_container_{kind}">{control}</div></div>')


def drupal_webform(form_id, action, fields, submit="Envoyer"):
    """fields: (key, label, kind, options)"""
    out = []
    for key, label, kind, options in fields:
        wrap = f'js-form-item form-item js-form-type-{kind} form-item-{key.replace("_", "-")}'
        if kind == "textarea":
            ctl = f'<textarea data-drupal-selector="edit-{key}" id="edit-{key}" name="{key}" rows="5" cols="60" class="form-textarea"></textarea>'
        elif kind in ("radios", "checkboxes"):
            t = "radio" if kind == "radios" else "checkbox"
            ctl = "".join(f'<div class="js-form-item form-item js-form-type-{t}"><input type="{t}" id="edit-{key}-{i}" '
                          f'name="{key}{"[]" if t == "checkbox" else ""}" value="{i}" class="form-{t}"> '
                          f'<label for="edit-{key}-{i}" class="option">{escape(o)}</label></div>' for i, o in enumerate(options, 1))
            ctl = f'<fieldset class="{kind}--wrapper fieldgroup form-composite webform-composite"><legend><span class="fieldset-legend">{escape(label)}</span></legend><div id="edit-{key}" class="js-webform-{kind} webform-options-display-one-column form-{kind}">{ctl}</div></fieldset>'
            out.append(ctl)
            continue
        elif kind == "select":
            ctl = f'<select data-drupal-selector="edit-{key}" id="edit-{key}" name="{key}" class="form-select">' + "".join(
                f"<option>{escape(o)}</option>" for o in options) + "</select>"
        else:
            ctl = f'<input data-drupal-selector="edit-{key}" type="{kind}" id="edit-{key}" name="{key}" value="" size="60" class="form-{kind}">'
        out.append(f'<div class="{wrap}"><label for="edit-{key}">{escape(label)}</label>{ctl}</div>')
    return (f'<form class="webform-submission-form webform-submission-add-form webform-submission-{form_id}-form js-webform-details-toggle" '
            f'data-drupal-selector="webform-submission-{form_id}-add-form" action="{action}" method="post" id="webform-submission-{form_id}-add-form" accept-charset="UTF-8">'
            + "".join(out) +
            f'<input type="hidden" name="form_id" value="webform_submission_{form_id}_add_form">'
            f'<div data-drupal-selector="edit-actions" class="form-actions webform-actions"><input class="webform-button--submit button button--primary js-form-submit form-submit" type="submit" id="edit-actions-submit" name="op" value="{escape(submit)}"></div></form>')


def drupal_contact(action):
    return (f'<form class="contact-message-feedback-form contact-message-form contact-form" data-drupal-selector="contact-message-feedback-form" action="{action}" method="post" id="contact-message-feedback-form" accept-charset="UTF-8">'
            '<div class="form-item form-item-name"><label for="edit-name" class="js-form-required form-required">Votre nom</label><input type="text" id="edit-name" name="name" class="form-text required"></div>'
            '<div class="form-item form-item-mail"><label for="edit-mail" class="js-form-required form-required">Votre adresse de courriel</label><input type="email" id="edit-mail" name="mail" class="form-email required"></div>'
            '<div class="form-item form-item-subject-0-value"><label for="edit-subject-0-value">Sujet</label><input type="text" id="edit-subject-0-value" name="subject[0][value]" class="form-text"></div>'
            '<div class="form-item form-item-message-0-value"><label for="edit-message-0-value" class="js-form-required form-required">Message</label><textarea id="edit-message-0-value" name="message[0][value]" rows="12" class="form-textarea required"></textarea></div>'
            '<input type="hidden" name="form_id" value="contact_message_feedback_form">'
            '<div class="form-actions"><input type="submit" id="edit-submit" name="op" value="Envoyer le message" class="button button--primary form-submit"></div></form>')


def spip_contact(action, auteur=1):
    return (f'<div class="formulaire_spip formulaire_ecrire_auteur ajax" id="formulaire_ecrire_auteur{auteur}">'
            f'<form method="post" action="{action}"><div><input name="formulaire_action" type="hidden" value="ecrire_auteur">'
            '<fieldset><legend>Envoyer un message</legend><div class="editer-groupe">'
            '<div class="editer saisie_email_message_auteur obligatoire"><label for="email_message_auteur">Votre adresse email</label><input type="email" class="text email" name="email_message_auteur" id="email_message_auteur" size="30"></div>'
            '<div class="editer saisie_sujet_message_auteur obligatoire"><label for="sujet_message_auteur">Sujet</label><input type="text" class="text" name="sujet_message_auteur" id="sujet_message_auteur" size="30"></div>'
            '<div class="editer saisie_texte_message_auteur obligatoire"><label for="texte_message_auteur">Texte de votre message</label><textarea name="texte_message_auteur" id="texte_message_auteur" rows="10" cols="60"></textarea></div>'
            '</div></fieldset><p class="boutons"><input type="submit" class="submit" name="valide" value="Envoyer"></p></div></form></div>')


def formidable(ident, action, title, fields, submit="Envoyer"):
    """SPIP Formidable; fields: (name, label, kind, options)."""
    parts = []
    for name, label, kind, options in fields:
        if kind == "textarea":
            ctl = f'<textarea name="{name}" id="champ_{name}" rows="6" cols="40" class="textarea"></textarea>'
        elif kind in ("radio", "checkbox"):
            ctl = "".join(f'<div class="choix choix_{i}"><input type="{kind}" name="{name}{"[]" if kind == "checkbox" else ""}" id="champ_{name}_{i}" value="{i}" class="{kind}"><label for="champ_{name}_{i}">{escape(o)}</label></div>'
                          for i, o in enumerate(options, 1))
        else:
            ctl = f'<input type="{kind}" name="{name}" class="text" id="champ_{name}" value="">'
        parts.append(f'<div class="editer editer_{name} saisie_{kind}"><label class="editer-label" for="champ_{name}">{escape(label)}</label>{ctl}</div>')
    return (f'<div class="formulaire_spip formulaire_formidable formulaire_formidable_{ident}" id="formulaire_formidable_{ident}">'
            f'<h3 class="titrem">{escape(title)}</h3><form method="post" action="{action}" enctype="multipart/form-data"><div>'
            f'<input name="formulaire_action" type="hidden" value="formidable"><input name="formulaire_action_args" type="hidden" value="{ident}">'
            f'<div class="editer-groupe">{"".join(parts)}</div><p class="boutons"><input type="submit" class="submit" value="{escape(submit)}"></p></div></form></div>')


def spip_petition(article, action, signatures, recent):
    sigs = "".join(f'<li class="signature"><span class="nom">{escape(n)}</span> <small>{escape(d)}</small></li>' for n, d in recent)
    return (f'<div class="formulaire_spip formulaire_signature" id="sp{article}"><h2 class="h2">Signer cette pétition</h2>'
            f'<form method="post" action="{action}#sp{article}"><div><input name="formulaire_action" type="hidden" value="signature">'
            f'<input name="formulaire_action_args" type="hidden" value="{article}">'
            '<fieldset><legend>Votre identité</legend><div class="editer-groupe">'
            '<div class="editer saisie_session_nom obligatoire"><label for="session_nom">Votre nom ou pseudo</label><input type="text" class="text" name="session_nom" id="session_nom" size="20"></div>'
            '<div class="editer saisie_session_email obligatoire"><label for="session_email">Votre adresse email</label><input type="email" class="text email" name="session_email" id="session_email" size="20"></div>'
            '</div></fieldset><p class="boutons"><input type="submit" class="submit" value="Valider"></p></div></form></div>'
            f'<div class="petition-signatures"><h3>{signatures} signatures</h3><ul>{sigs}</ul></div>')


def spip_forum(article, messages):
    posts = "".join(f'<li class="forum-fil"><div class="forum-message"><div class="forum-chapo"><strong class="forum-titre">{escape(t)}</strong> '
                    f'<small>{escape(d)}, par {escape(a)}</small></div><div class="forum-texte">{escape(x)}</div>'
                    f'<p class="repondre"><a href="#formulaire_forum" rel="noindex nofollow">Répondre à ce message</a></p></div></li>'
                    for i, (t, d, a, x) in enumerate(messages))
    return (f'<div class="forum-total"><h2>{len(messages)} Messages</h2><ul class="forum">{posts}</ul></div>'
            f'<div class="formulaire_spip formulaire_forum ajax" id="formulaire_forum"><h2>Un message, un commentaire ?</h2>'
            f'<form action="spip.php?article{article}#formulaire_forum" method="post"><div><input name="formulaire_action" type="hidden" value="forum">'
            '<input name="id_article" type="hidden" value="' + str(article) + '">'
            '<fieldset><div class="editer saisie_titre"><label for="titre">Titre</label><input type="text" class="text" name="titre" id="titre" size="40"></div>'
            '<div class="editer saisie_texte"><label for="texte">Texte de votre message</label><textarea name="texte" id="texte" rows="10" cols="40"></textarea></div></fieldset>'
            '<fieldset><legend>Qui êtes-vous ?</legend><div class="editer saisie_session_nom"><label for="session_nom">Votre nom</label><input type="text" class="text" name="session_nom" id="session_nom"></div>'
            '<div class="editer saisie_session_email"><label for="session_email">Votre adresse email</label><input type="email" class="text" name="session_email" id="session_email"></div></fieldset>'
            '<p class="boutons"><input type="submit" class="submit" name="previsualiser_message" value="Prévisualiser"></p></div></form></div>')


def joomla_contact(action):
    return (f'<form id="contact-form" action="{action}" method="post" class="com-contact__form form-validate">'
            '<fieldset class="m-0"><legend>Formulaire de contact</legend>'
            '<div class="control-group field-spacer"><div class="controls"><span class="spacer"><strong class="red">*</strong> Champ requis</span></div></div>'
            '<div class="control-group"><div class="control-label"><label id="jform_contact_name-lbl" for="jform_contact_name" class="required">Nom<span class="star">&#160;*</span></label></div><div class="controls"><input type="text" name="jform[contact_name]" id="jform_contact_name" class="form-control required"></div></div>'
            '<div class="control-group"><div class="control-label"><label id="jform_contact_email-lbl" for="jform_contact_email">E-mail</label></div><div class="controls"><input type="email" name="jform[contact_email]" class="form-control validate-email required" id="jform_contact_email"></div></div>'
            '<div class="control-group"><div class="control-label"><label id="jform_contact_emailmsg-lbl" for="jform_contact_emailmsg">Sujet</label></div><div class="controls"><input type="text" name="jform[contact_subject]" id="jform_contact_emailmsg" class="form-control required"></div></div>'
            '<div class="control-group"><div class="control-label"><label id="jform_contact_message-lbl" for="jform_contact_message">Message</label></div><div class="controls"><textarea name="jform[contact_message]" id="jform_contact_message" cols="50" rows="10" class="form-control required"></textarea></div></div>'
            '</fieldset><div class="control-group"><div class="controls"><button class="btn btn-primary validate" type="submit">Envoyer</button>'
            '<input type="hidden" name="option" value="com_contact"><input type="hidden" name="task" value="contact.submit"></div></div></form>')


def jcomments(object_id, comments):
    items = "".join(f'<div class="comment rbox" id="comment-item-{i + 400}"><div class="comment-box"><span class="comment-author">{escape(a)}</span> '
                    f'<span class="comment-date">{escape(d)}</span><div class="comment-body" id="comment-body-{i + 400}">{escape(t)}</div></div></div>'
                    for i, (a, d, t) in enumerate(comments))
    return (f'<div id="jc"><div id="comments"><h4>Commentaires</h4><div id="comments-list" class="comments-list">{items}</div></div>'
            f'<a id="addcomments" href="#addcomments"></a><form id="comments-form" name="comments-form" action="javascript:void(null);">'
            '<h4>Ajouter un commentaire</h4>'
            '<p><span><input id="comments-form-name" type="text" name="name" value="" maxlength="20" size="22" tabindex="1"><label for="comments-form-name">Nom (obligatoire)</label></span></p>'
            '<p><span><input id="comments-form-email" type="text" name="email" value="" size="22" tabindex="2"><label for="comments-form-email">E-mail</label></span></p>'
            '<p><span><textarea id="comments-form-comment" name="comment" cols="65" rows="8" tabindex="5"></textarea></span></p>'
            f'<div id="comments-form-buttons"><div class="btn" id="comments-form-send"><div><a href="#" tabindex="7">Envoyer</a></div></div></div>'
            f'<div><input type="hidden" name="object_id" value="{object_id}"><input type="hidden" name="object_group" value="com_content"></div></form></div>')


def powermail(uid, action, fields, submit="Envoyer"):
    """TYPO3 powermail; fields: (marker, label, kind, options)."""
    out = []
    for marker, label, kind, options in fields:
        name = f"tx_powermail_pi1[field][{marker}]"
        if kind == "textarea":
            ctl = f'<textarea rows="5" cols="20" id="powermail_field_{marker}" class="powermail_textarea form-control" name="{name}"></textarea>'
        elif kind == "radio":
            ctl = "".join(f'<div class="radio"><label><input type="radio" name="{name}" value="{escape(o)}" class="powermail_radio"> {escape(o)}</label></div>' for o in options)
        else:
            ctl = f'<input type="{kind}" id="powermail_field_{marker}" class="powermail_input form-control" name="{name}" value="">'
        out.append(f'<div class="powermail_fieldwrap powermail_fieldwrap_type_{kind} powermail_fieldwrap_{marker} form-group">'
                   f'<label for="powermail_field_{marker}" class="control-label col-sm-3">{escape(label)}</label><div class="col-sm-9">{ctl}</div></div>')
    return (f'<div class="tx-powermail"><div class="container-fluid"><form data-powermail-validate="data-powermail-validate" action="{action}" '
            f'class="powermail_form powermail_form_{uid} nolabel" method="post" enctype="multipart/form-data"><fieldset class="powermail_fieldset">'
            + "".join(out) +
            f'<div class="powermail_fieldwrap powermail_fieldwrap_type_submit form-group"><input type="submit" value="{escape(submit)}" class="btn btn-primary powermail_submit"></div>'
            f'</fieldset><input type="hidden" name="tx_powermail_pi1[mail][form]" value="{uid}"></form></div></div>')


def wp_polls(poll_id, question, answers):
    li = "".join(f'<li><input type="radio" id="poll-answer-{poll_id * 10 + i}" name="poll_{poll_id}" value="{poll_id * 10 + i}">'
                 f'<label for="poll-answer-{poll_id * 10 + i}">{escape(a)}</label></li>' for i, a in enumerate(answers, 1))
    return (f'<section class="widget widget_polls-widget"><h2 class="widget-title">Sondage</h2>'
            f'<div id="polls-{poll_id}" class="wp-polls"><form id="polls_form_{poll_id}" class="wp-polls-form" action="/index.php" method="post">'
            f'<p style="display: none;"><input type="hidden" id="poll_{poll_id}_nonce" name="wp-polls-nonce" value="4b2c9d1e7f"></p>'
            f'<p style="display: none;"><input type="hidden" name="poll_id" value="{poll_id}"></p>'
            f'<p style="text-align: center;"><strong>{escape(question)}</strong></p><div id="polls-{poll_id}-ans" class="wp-polls-ans">'
            f'<ul class="wp-polls-ul">{li}</ul><p style="text-align: center;"><input type="button" name="vote" value="   Voter   " class="Buttons" onclick="poll_vote({poll_id});"></p>'
            f'<p style="text-align: center;"><a href="#ViewPollResults" onclick="poll_result({poll_id}); return false;" title="Voir les résultats">Voir les résultats</a></p></div></form></div>'
            f'<div id="polls-{poll_id}-loading" class="wp-polls-loading"><img src="/wp-content/plugins/wp-polls/images/loading.gif" width="16" height="16" alt="Chargement ..."> Chargement ...</div></section>')


def wp_polls_closed(poll_id, question, rows):
    li = "".join(f'<li>{escape(a)} <small>({p}%, {v} votes)</small><div class="pollbar" style="width: {p}%;" title="{escape(a)} ({p}% | {v} votes)"></div></li>'
                 for a, p, v in rows)
    total = sum(v for _a, _p, v in rows)
    return (f'<div id="polls-{poll_id}" class="wp-polls"><p style="text-align: center;"><strong>{escape(question)}</strong></p>'
            f'<div id="polls-{poll_id}-ans" class="wp-polls-ans"><ul class="wp-polls-ul">{li}</ul>'
            f'<p style="text-align: center;">Total des votants : <strong>{total}</strong></p>'
            '<p style="text-align: center;">Ce sondage est clôturé.</p></div></div>')


def wp_comments(comments, action, post_id):
    lis = "".join(f'<li id="comment-{post_id + i}" class="comment even thread-even depth-1"><article class="comment-body">'
                  f'<footer class="comment-meta"><div class="comment-author vcard"><b class="fn">{escape(a)}</b> <span class="says">dit :</span></div>'
                  f'<div class="comment-metadata"><time>{escape(d)}</time></div></footer><div class="comment-content"><p>{escape(t)}</p></div>'
                  f'<div class="reply"><a rel="nofollow" class="comment-reply-link" href="#comment-{post_id + i}">Répondre</a></div></article></li>'
                  for i, (a, d, t) in enumerate(comments))
    return (f'<div id="comments" class="comments-area"><h2 class="comments-title">{len(comments)} réflexions au sujet de cet article</h2>'
            f'<ol class="comment-list">{lis}</ol><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Laisser un commentaire</h3>'
            f'<form action="{action}" method="post" id="commentform" class="comment-form" novalidate>'
            '<p class="comment-notes">Votre adresse e-mail ne sera pas publiée.</p>'
            '<p class="comment-form-comment"><label for="comment">Commentaire</label><textarea id="comment" name="comment" cols="45" rows="8" maxlength="65525" required></textarea></p>'
            '<p class="comment-form-author"><label for="author">Nom</label><input id="author" name="author" type="text" size="30"></p>'
            '<p class="comment-form-email"><label for="email">E-mail</label><input id="email" name="email" type="email" size="30"></p>'
            f'<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Laisser un commentaire"><input type="hidden" name="comment_post_ID" value="{post_id}" id="comment_post_ID"></p></form></div></div>')


def disqus(shortname, identifier):
    return ('<div id="disqus_thread"></div><script>var disqus_config = function () { '
            f'this.page.identifier = "{identifier}"; }};(function() {{ var d = document, s = d.createElement("script"); '
            f's.src = "https://{shortname}.disqus.com/embed.js"; s.setAttribute("data-timestamp", +new Date()); '
            '(d.head || d.body).appendChild(s); })();</script>'
            '<noscript>Veuillez activer JavaScript pour voir les <a href="https://disqus.com/?ref_noscript">commentaires propulsés par Disqus.</a></noscript>')


# ---- forms that are not contact forms ----------------------------------------------------------

def newsletter(action, list_name="La lettre de la ville"):
    return (f'<div class="newsletter-box"><h2>{escape(list_name)}</h2><form action="{action}" method="post" class="newsletter-form">'
            '<label for="nl-email">Votre adresse e-mail</label><input type="email" id="nl-email" name="EMAIL" required>'
            '<label><input type="checkbox" name="rgpd" value="1"> J\'accepte de recevoir la lettre d\'information</label>'
            '<button type="submit">S\'abonner</button></form></div>')


def booking(action, title, extra_textarea=True):
    more = ('<p><label for="bk-notes">Demandes particulières (lit bébé, arrivée tardive…)</label>'
            '<textarea id="bk-notes" name="demandes" rows="3"></textarea></p>') if extra_textarea else ""
    return (f'<form class="booking-form" action="{action}" method="post"><h2>{escape(title)}</h2>'
            '<p><label for="bk-in">Arrivée</label><input type="date" id="bk-in" name="arrivee" required></p>'
            '<p><label for="bk-out">Départ</label><input type="date" id="bk-out" name="depart" required></p>'
            '<p><label for="bk-ad">Adultes</label><select id="bk-ad" name="adultes"><option>1</option><option selected>2</option><option>3</option><option>4</option></select></p>'
            '<p><label for="bk-name">Nom</label><input type="text" id="bk-name" name="nom"></p>'
            '<p><label for="bk-mail">E-mail</label><input type="email" id="bk-mail" name="email"></p>'
            f'{more}<p><button type="submit">Vérifier les disponibilités et réserver</button></p></form>')


def payment(action):
    return (f'<form class="payfip-form" action="{action}" method="post"><h2>Payer une facture en ligne</h2>'
            '<p><label for="pf-ref">Référence de la facture (identifiant collectivité)</label><input type="text" id="pf-ref" name="refdet"></p>'
            '<p><label for="pf-amount">Montant (€)</label><input type="text" inputmode="decimal" id="pf-amount" name="montant"></p>'
            '<p><label for="pf-mail">E-mail pour le ticket</label><input type="email" id="pf-mail" name="mel"></p>'
            '<p><button type="submit">Payer par carte bancaire (PayFiP)</button></p></form>')


def login(action):
    return (f'<form class="login-form" action="{action}" method="post"><h2>Espace citoyen</h2>'
            '<p><label for="lg-user">Identifiant ou e-mail</label><input type="text" id="lg-user" name="log" autocomplete="username"></p>'
            '<p><label for="lg-pass">Mot de passe</label><input type="password" id="lg-pass" name="pwd"></p>'
            '<p><label><input type="checkbox" name="rememberme"> Se souvenir de moi</label></p>'
            '<p><button type="submit">Se connecter</button></p></form>')


def registration(action, title, fields):
    rows = "".join(f'<p><label for="rg-{i}">{escape(label)}</label><input type="{kind}" id="rg-{i}" name="{name}"></p>'
                   for i, (name, label, kind) in enumerate(fields))
    return f'<form class="inscription-form" action="{action}" method="post"><h2>{escape(title)}</h2>{rows}<p><button type="submit">Je m\'inscris</button></p></form>'


# ---- platforms ---------------------------------------------------------------------------------

def decidim_cards(cards):
    out = "".join(f'<a href="{escape(href)}" class="card__grid"><div class="card__grid-text"><h3 class="h4 text-secondary">{escape(t)}</h3>'
                  f'<div class="card__grid-metadata"><span>{escape(meta)}</span></div></div></a>' for href, t, meta in cards)
    return f'<div class="card__grid-grid">{out}</div>'


def decidim_phase(step, dates):
    return (f'<div class="process__hero"><div class="process__hero-metadata"><span class="process__hero-step">Phase actuelle : {escape(step)}</span> '
            f'<span>{escape(dates)}</span></div></div>')


def decidim_comments(resource, comments):
    items = "".join(f'<div class="comment__container" id="comment_{resource + i}"><div class="comment__header"><span class="author__name">{escape(a)}</span> '
                    f'<span class="comment__date">{escape(d)}</span></div><div class="comment__content"><p>{escape(t)}</p></div>'
                    f'<div class="comment__footer"><button class="comment__reply">Répondre</button></div></div>'
                    for i, (a, d, t) in enumerate(comments))
    return (f'<section id="comments" class="layout-main__section"><div class="comments" data-decidim-comments=\'{{"commentableGid":"gid://decidim/Decidim::Proposals::Proposal/{resource}"}}\'>'
            f'<h2 class="h4 comments-count">{len(comments)} commentaires</h2><div class="comment-threads">{items}</div>'
            f'<div class="add-comment" id="add-comment-anchor"><form class="new_comment" id="new_comment_for_Proposal_{resource}" action="/comments" method="post">'
            f'<input type="hidden" name="comment[commentable_gid]" value="gid://decidim/Decidim::Proposals::Proposal/{resource}">'
            '<label for="add-comment-Proposal">Ajouter un commentaire</label><textarea id="add-comment-Proposal" name="comment[body]" maxlength="1000" rows="4" placeholder="Ajouter un commentaire"></textarea>'
            '<button type="submit" class="button button__sm button__secondary">Publier un commentaire</button></form></div></div></section>')


def decidim_survey(action, questions, open_=True):
    if not open_:
        return ('<div class="callout warning"><p>Le questionnaire est fermé et il n\'est plus possible d\'y répondre.</p></div>'
                '<div class="answer-questionnaire__closed"><p>Les résultats ont été présentés lors de la réunion publique.</p></div>')
    qs = "".join(f'<div class="answer-questionnaire__question"><fieldset><legend class="answer-questionnaire__title">{n}. {escape(q)}</legend>'
                 + "".join(f'<div><label><input type="radio" name="questionnaire[responses][{n - 1}][choices][][body]" value="{escape(o)}"> {escape(o)}</label></div>' for o in opts)
                 + '</fieldset></div>' for n, (q, opts) in enumerate(questions, 1))
    return (f'<form class="form answer-questionnaire" id="answer-questionnaire" action="{action}" method="post">{qs}'
            '<div class="answer-questionnaire__tos"><label><input type="checkbox" name="questionnaire[tos_agreement]" value="1"> J\'accepte les conditions d\'utilisation</label></div>'
            '<button type="submit" class="button button__lg button__secondary">Envoyer</button></form>')


def capco_steps(steps):
    lis = "".join(f'<li class="step {"active" if active else ""}"><a href="{escape(href)}">{escape(t)}</a> <span class="dates">{escape(d)}</span></li>'
                  for href, t, d, active in steps)
    return f'<nav class="project__step-tabs" aria-label="Étapes du projet"><ul class="step-tabs__list">{lis}</ul></nav>'


def capco_proposals(items):
    out = "".join(f'<li class="proposal-preview"><div class="card__body"><h3 class="card__title"><a href="{escape(href)}">{escape(t)}</a></h3>'
                  f'<p class="proposal__infos">{escape(info)}</p><div class="proposal__counters"><span>{votes} votes</span> <span>{com} commentaires</span></div></div></li>'
                  for href, t, info, votes, com in items)
    return f'<ul class="proposal-list-view list-unstyled">{out}</ul>'


def capco_comments(comments):
    items = "".join(f'<li class="opinion opinion--comment"><div class="opinion__user"><span class="author-name">{escape(a)}</span> '
                    f'<span class="excerpt small">{escape(d)}</span></div><p class="opinion__text">{escape(t)}</p></li>' for a, d, t in comments)
    return (f'<div class="comments-section" id="comments"><h2>{len(comments)} commentaires</h2>'
            '<form class="comment-form" id="CommentForm" method="post" action="/graphql"><label for="CommentForm-body">Votre commentaire</label>'
            '<textarea id="CommentForm-body" name="body" rows="3" placeholder="Écrire un commentaire…"></textarea>'
            f'<button type="submit" class="btn btn-primary">Commenter</button></form><ul class="media-list opinion__list">{items}</ul></div>')


def fluicity_ideas(items):
    out = "".join(f'<article class="fl-card fl-card--idea"><a class="fl-card__link" href="{escape(href)}"><h3 class="fl-card__title">{escape(t)}</h3></a>'
                  f'<p class="fl-card__author">Proposée par {escape(who)}</p><div class="fl-card__stats"><span class="fl-likes">{likes} soutiens</span></div></article>'
                  for href, t, who, likes in items)
    return f'<section class="fl-feed" data-project-type="idea_box"><div class="fl-feed__list">{out}</div></section>'


def fluicity_comments(comments):
    items = "".join(f'<li class="fl-comment"><span class="fl-comment__author">{escape(a)}</span> <time>{escape(d)}</time><p>{escape(t)}</p></li>'
                    for a, d, t in comments)
    return (f'<section class="fl-comments"><h2>Commentaires ({len(comments)})</h2><ul>{items}</ul>'
            '<form class="fl-comment-form" method="post" action="/api/comments"><label for="fl-c">Réagir à cette idée</label>'
            '<textarea id="fl-c" name="content" rows="3"></textarea><button type="submit">Publier</button></form></section>')


def community_posts(posts):
    out = "".join(f'<article class="post-card"><header><span class="post-card__author">{escape(a)}</span> · <span class="post-card__group">{escape(g)}</span></header>'
                  f'<h3><a href="{escape(href)}">{escape(t)}</a></h3><p>{escape(x)}</p><footer><span>{n} réponses</span></footer></article>'
                  for href, a, g, t, x, n in posts)
    return f'<section class="feed">{out}</section>'


def phpbb_topics(forum_id, topics):
    rows = "".join(f'<li class="row bg{1 + i % 2}"><dl class="row-item topic_read"><dt><div class="list-inner">'
                   f'<a href="./viewtopic.php?t={t}" class="topictitle">{escape(title)}</a><br><div class="topic-poster responsive-hide left-box">par <span class="username">{escape(a)}</span></div></div></dt>'
                   f'<dd class="posts">{n} <dfn>Réponses</dfn></dd><dd class="views">{n * 37} <dfn>Vues</dfn></dd></dl></li>'
                   for i, (t, title, a, n) in enumerate(topics))
    return (f'<div class="action-bar bar-top"><a href="./ucp.php?mode=login" class="button" title="Écrire un nouveau sujet (connexion requise)" data-forum="{forum_id}"><span>Nouveau sujet</span></a></div>'
            f'<div class="forumbg"><div class="inner"><ul class="topiclist"><li class="header"><dl class="row-item"><dt><div class="list-inner">Sujets</div></dt>'
            f'<dd class="posts">Réponses</dd><dd class="views">Vues</dd></dl></li></ul><ul class="topiclist topics">{rows}</ul></div></div>')


def phpbb_posts(topic, posts):
    out = "".join(f'<div id="p{topic * 10 + i}" class="post has-profile bg{1 + i % 2}"><div class="inner"><dl class="postprofile"><dt><span class="username">{escape(a)}</span></dt></dl>'
                  f'<div class="postbody"><h3>Re: sujet</h3><p class="author"><span class="responsive-hide">par <strong>{escape(a)}</strong> » </span>{escape(d)}</p>'
                  f'<div class="content">{escape(t)}</div></div></div></div>' for i, (a, d, t) in enumerate(posts))
    return (out + f'<div class="action-bar bar-bottom"><a href="./ucp.php?mode=login" class="button" title="Répondre (connexion requise)" data-topic="{topic}"><span>Répondre</span></a></div>')


def discourse_topics(topics):
    rows = "".join(f'<tr class="topic-list-item"><td class="main-link"><meta itemprop="position" content="{i + 1}"><span class="link-top-line">'
                   f'<a itemprop="url" href="{escape(href)}" class="title raw-link raw-topic-link">{escape(t)}</a></span>'
                   f'<div class="link-bottom-line"><a href="{escape(cat_href)}" class="badge-wrapper bullet"><span class="category-name">{escape(cat)}</span></a></div></td>'
                   f'<td class="replies"><span class="posts" title="messages">{n}</span></td></tr>'
                   for i, (href, t, cat_href, cat, n) in enumerate(topics))
    return f'<div class="topic-list-container" itemscope itemtype="http://schema.org/ItemList"><table class="topic-list"><tbody>{rows}</tbody></table></div>'


def discourse_posts(posts):
    return "".join(f'<div id="post_{i + 1}" itemprop="comment" itemscope itemtype="http://schema.org/Comment" class="topic-body crawler-post">'
                   f'<div class="crawler-post-meta"><span class="creator" itemprop="author"><span itemprop="name">{escape(a)}</span></span> '
                   f'<span class="crawler-post-infos"><time itemprop="datePublished" class="post-time">{escape(d)}</time></span></div>'
                   f'<div class="post" itemprop="text"><p>{escape(t)}</p></div></div>' for i, (a, d, t) in enumerate(posts))


def publik_form(action, title, fields, submit="Valider"):
    out = []
    for i, (label, kind) in enumerate(fields, 1):
        if kind == "textarea":
            ctl = f'<textarea name="f{i}" id="form_f{i}" rows="6" cols="70"></textarea>'
        else:
            ctl = f'<input type="{kind}" name="f{i}" id="form_f{i}" value="">'
        out.append(f'<div class="field widget {kind}-widget" data-field-id="{i}"><div class="title"><label for="form_f{i}">{escape(label)}</label></div><div class="content">{ctl}</div></div>')
    return (f'<div id="wcs-form" class="wcs-form"><h2>{escape(title)}</h2><form action="{action}" method="post" enctype="multipart/form-data" class="quixote">'
            f'<div class="page"><div id="form-page">{"".join(out)}</div></div>'
            f'<div class="buttons submit"><button class="submit-button" name="submit" value="{escape(submit)}">{escape(submit)}</button></div></form></div>')
