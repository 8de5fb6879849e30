"""Markup of the lagons part: what overseas and Corsican city sites, their plugins and their platforms
print (WordPress plugins, Drupal webforms, Joomla extensions, SPIP forms, TYPO3 powermail, Publik
forms, Decidim, Cap Collectif, CONSUL Democracy, id-city and Fluicity spaces, phpBB, a neighbours'
network), written for this part from how those tools shape their pages."""
from html import escape
from urllib.parse import quote


def prose(*paras):
    return "".join(f"<p>{p}</p>" for p in paras)


def cookie_banner(kind="tac"):
    if kind == "tac":
        return ('<div id="tarteaucitronRoot" class="tarteaucitronBeforeVisible"><div id="tarteaucitronAlertBig" '
                'role="dialog"><span id="tarteaucitronDisclaimerAlert">Ce site utilise des cookies pour mesurer '
                'l\'audience et afficher des vidéos.</span><button type="button" class="tarteaucitronCTAButton '
                'tarteaucitronAllow" id="tarteaucitronPersonalize2">Tout accepter</button><button type="button" '
                'class="tarteaucitronDeny" id="tarteaucitronAllDenied2">Tout refuser</button></div></div>')
    return ('<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner cmplz-show" role="dialog">'
            '<div class="cmplz-message">Nous utilisons des cookies pour optimiser notre site.</div>'
            '<button class="cmplz-btn cmplz-accept">Accepter</button><button class="cmplz-btn cmplz-deny">Refuser'
            '</button></div></div>')


def tiles(links, title="Accès rapides"):
    items = "".join(f'<li class="quick-access__item"><a href="{h}">{escape(l)}</a></li>' for h, l in links)
    return f'<nav class="quick-access" aria-label="{title}"><h2>{title}</h2><ul>{items}</ul></nav>'


def news(items, title="Actualités"):
    cards = "".join(f'<article class="news-card"><p class="news-card__date">{d}</p><h3 class="news-card__title">'
                    f'<a href="{h}">{escape(t)}</a></h3></article>' for h, t, d in items)
    return f'<section class="news-list"><h2>{title}</h2><div class="news-list__grid">{cards}</div></section>'


def agenda(items):
    rows = "".join(f'<li class="agenda__item"><time>{d}</time> <span>{escape(t)}</span> — {escape(w)}</li>'
                   for d, t, w in items)
    return f'<section class="agenda"><h2>Agenda</h2><ul>{rows}</ul></section>'


def aside(main, side):
    return f'<div class="row"><div class="col-main">{main}</div><aside class="sidebar col-aside" role="complementary">{side}</aside></div>'


def steps(items, current):
    lis = "".join(f'<li class="step{" step--current" if i == current else (" step--done" if i < current else "")}">'
                  f'<span class="step__label">{escape(label)}</span> <span class="step__dates">{dates}</span></li>'
                  for i, (label, dates) in enumerate(items))
    return f'<ol class="timeline-steps">{lis}</ol>'


def share(url, title="Partager"):
    u = quote(url, safe="")
    return (f'<div class="share-buttons"><span>{title} :</span>'
            f'<a class="share share--facebook" href="https://www.facebook.com/sharer/sharer.php?u={u}" target="_blank" rel="noopener">Facebook</a>'
            f'<a class="share share--x" href="https://twitter.com/intent/tweet?url={u}" target="_blank" rel="noopener">X</a>'
            f'<a class="share share--linkedin" href="https://www.linkedin.com/shareArticle?mini=true&amp;url={u}" target="_blank" rel="noopener">LinkedIn</a>'
            f'<a class="share share--mail" href="mailto:?subject=A%20lire&amp;body={u}">E-mail</a></div>')


def third_party_accounts(label, links):
    items = "".join(f'<li><a href="{h}" target="_blank" rel="noopener">{escape(n)}</a></li>' for n, h in links)
    return f'<div class="partner-social"><p>{escape(label)}</p><ul>{items}</ul></div>'


# ---- forms -------------------------------------------------------------------------------------------

def _field(kind, name, label, required=True, extra=""):
    req = ' required aria-required="true"' if required else ""
    if kind == "textarea":
        ctl = f'<textarea name="{name}" id="f-{name}" rows="6"{req}></textarea>'
    elif kind == "select":
        opts = "".join(f"<option>{o}</option>" for o in extra)
        ctl = f'<select name="{name}" id="f-{name}">{opts}</select>'
    else:
        ctl = f'<input type="{kind}" name="{name}" id="f-{name}"{req} {extra}>'
    return f'<p class="form-field"><label for="f-{name}">{label}</label>{ctl}</p>'


def cf7(action, form_id, fields, submit="Envoyer"):
    """Contact Form 7: wpcf7 wrapper, hidden fields, spans per control."""
    inner = "".join(
        f'<p><label> {label}<br><span class="wpcf7-form-control-wrap" data-name="{name}">'
        + (f'<textarea cols="40" rows="10" class="wpcf7-form-control wpcf7-textarea" name="{name}"></textarea>'
           if kind == "textarea" else
           f'<input size="40" class="wpcf7-form-control wpcf7-{kind}" type="{kind}" name="{name}" value="">')
        + '</span></label></p>' for kind, name, label in fields)
    return (f'<div class="wpcf7 no-js" id="wpcf7-f{form_id}-p{form_id + 3}-o1" lang="fr-FR" dir="ltr">'
            f'<form action="{action}#wpcf7-f{form_id}-p{form_id + 3}-o1" method="post" class="wpcf7-form init" '
            f'novalidate="novalidate" data-status="init"><div style="display: none;">'
            f'<input type="hidden" name="_wpcf7" value="{form_id}"><input type="hidden" name="_wpcf7_version" value="5.9.3">'
            f'<input type="hidden" name="_wpcf7_locale" value="fr_FR"></div>{inner}'
            f'<p><input class="wpcf7-form-control wpcf7-submit has-spinner" type="submit" value="{submit}"></p>'
            f'<div class="wpcf7-response-output" aria-hidden="true"></div></form></div>')


def wp_polls(poll_id, question, answers):
    opts = "".join(f'<li><input type="radio" id="poll-answer-{poll_id * 10 + i}" name="poll_{poll_id}" '
                   f'value="{poll_id * 10 + i}"> <label for="poll-answer-{poll_id * 10 + i}">{escape(a)}</label></li>'
                   for i, a in enumerate(answers))
    return (f'<section class="widget widget_polls-widget"><h2 class="widget-title">Sondage</h2>'
            f'<div id="polls-{poll_id}" class="wp-polls"><form id="polls_form_{poll_id}" class="wp-polls-form" '
            f'action="/index.php" method="post"><p style="display: none;"><input type="hidden" id="poll_{poll_id}_nonce" '
            f'name="wp-polls-nonce" value="8d1e0c2a7b"></p><p style="display: none;"><input type="hidden" name="poll_id" '
            f'value="{poll_id}"></p><p style="text-align: center;"><strong>{escape(question)}</strong></p>'
            f'<div id="polls-{poll_id}-ans" class="wp-polls-ans"><ul class="wp-polls-ul">{opts}</ul>'
            f'<p style="text-align: center;"><input type="button" name="vote" value="   Voter   " class="Buttons" '
            f'onclick="poll_vote({poll_id});"></p><p style="text-align: center;"><a href="#ViewPollResults" '
            f'onclick="poll_result({poll_id}); return false;" title="Voir les résultats">Voir les résultats</a></p>'
            f'</div></form></div></section>')


def wp_polls_closed(poll_id, question, results, total):
    rows = "".join(f'<li>{escape(a)} <small>({pct}%, {n} votes)</small><div class="pollbar" style="width: {pct}%;" '
                   f'title="{escape(a)} ({pct}% | {n} votes)"></div></li>' for a, pct, n in results)
    return (f'<div id="polls-{poll_id}" class="wp-polls"><p style="text-align: center;"><strong>{escape(question)}</strong></p>'
            f'<div id="polls-{poll_id}-ans" class="wp-polls-ans"><ul class="wp-polls-ul">{rows}</ul>'
            f'<p style="text-align: center;">Votants : <strong>{total}</strong></p>'
            f'<p style="text-align: center;">Ce sondage est clos.</p></div></div>')


def wp_comments(comments, action="/wp-comments-post.php", post_id=0, open_=True):
    items = "".join(f'<li id="comment-{post_id * 10 + i}" class="comment even thread-even depth-1"><article class="comment-body">'
                    f'<footer class="comment-meta"><div class="comment-author vcard"><b class="fn">{escape(a)}</b> '
                    f'<span class="says">dit :</span></div><div class="comment-metadata"><time>{d}</time></div></footer>'
                    f'<div class="comment-content"><p>{escape(t)}</p></div><div class="reply"><a rel="nofollow" '
                    f'class="comment-reply-link" href="#respond">Répondre</a></div></article></li>'
                    for i, (a, d, t) in enumerate(comments))
    head = f'<h2 class="comments-title">{len(comments)} réponses</h2><ol class="comment-list">{items}</ol>' if comments else ""
    if not open_:
        return f'<div id="comments" class="comments-area">{head}<p class="no-comments">Les commentaires sont fermés.</p></div>'
    form = (f'<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Laisser un commentaire</h3>'
            f'<form action="{action}" method="post" id="commentform" class="comment-form" novalidate>'
            '<p class="comment-notes">Votre adresse e-mail ne sera pas publiée.</p>'
            '<p class="comment-form-comment"><label for="comment">Commentaire</label><textarea id="comment" name="comment" cols="45" rows="8" maxlength="65525" required></textarea></p>'
            '<p class="comment-form-author"><label for="author">Nom</label><input id="author" name="author" type="text" size="30" required></p>'
            '<p class="comment-form-email"><label for="email">E-mail</label><input id="email" name="email" type="email" size="30" required></p>'
            f'<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Laisser un commentaire">'
            f'<input type="hidden" name="comment_post_ID" value="{post_id}" id="comment_post_ID"><input type="hidden" name="comment_parent" id="comment_parent" value="0"></p></form></div>')
    return f'<div id="comments" class="comments-area">{head}{form}</div>'


def newsletter_mailpoet(action="/"):
    return ('<div class="widget widget_mailpoet_form"><h2 class="widget-title">Lettre d\'information</h2>'
            f'<form target="_self" method="post" action="{action}?mailpoet_router&amp;endpoint=subscription&amp;action=subscribe" '
            'class="mailpoet_form mailpoet_form_widget" novalidate><input type="hidden" name="data[form_id]" value="2">'
            '<div class="mailpoet_paragraph"><label class="mailpoet_text_label">Adresse e-mail</label>'
            '<input type="email" class="mailpoet_text" name="data[form_field_ZW1haWw=]" required></div>'
            '<div class="mailpoet_paragraph"><input type="submit" class="mailpoet_submit" value="Je m\'abonne"></div></form></div>')


def drupal_webform(form_id, action, fields, submit="Envoyer"):
    inner = "".join(
        f'<div class="js-form-item form-item js-form-type-{"textarea" if k == "textarea" else k} form-item-{n} js-form-item-{n}">'
        f'<label for="edit-{n}" class="js-form-required form-required">{l}</label>'
        + (f'<div class="form-textarea-wrapper"><textarea data-drupal-selector="edit-{n}" id="edit-{n}" name="{n}" rows="5" cols="60" class="form-textarea required" required="required" aria-required="true"></textarea></div>'
           if k == "textarea" else
           (f'<select data-drupal-selector="edit-{n}" id="edit-{n}" name="{n}" class="form-select">'
            + "".join(f"<option>{o}</option>" for o in (extra or [])) + '</select>' if k == "select" else
            f'<input data-drupal-selector="edit-{n}" type="{k}" id="edit-{n}" name="{n}" value="" size="60" class="form-{k} required" required="required">'))
        + '</div>' for k, n, l, *rest in fields for extra in [rest[0] if rest else None])
    return (f'<form class="webform-submission-form webform-submission-add-form webform-submission-{form_id}-form js-webform-details-toggle" '
            f'data-drupal-selector="webform-submission-{form_id}-add-form" action="{action}" method="post" '
            f'id="webform-submission-{form_id}-add-form" accept-charset="UTF-8">{inner}'
            f'<div data-drupal-selector="edit-actions" class="form-actions webform-actions js-form-wrapper form-wrapper" id="edit-actions">'
            f'<input class="webform-button--submit button button--primary js-form-submit form-submit" data-drupal-selector="edit-submit" type="submit" id="edit-actions-submit" name="op" value="{submit}"></div>'
            f'<input autocomplete="off" data-drupal-selector="form-x7" type="hidden" name="form_build_id" value="form-x7Kq2">'
            f'<input data-drupal-selector="edit-webform-submission-{form_id}-add-form" type="hidden" name="form_id" value="webform_submission_{form_id}_add_form"></form>')


def drupal_comments(comments, node_id, open_=True):
    items = "".join(f'<article data-comment-user-id="0" id="comment-{node_id * 10 + i}" class="comment js-comment by-anonymous">'
                    f'<footer class="comment__meta"><p class="comment__author"><span>{escape(a)}</span></p><p class="comment__time">{d}</p></footer>'
                    f'<div class="comment__content"><div class="field field--name-comment-body field--type-text-long"><p>{escape(t)}</p></div></div></article>'
                    for i, (a, d, t) in enumerate(comments))
    form = ""
    if open_:
        form = (f'<h2 class="comment-form__title">Ajouter un commentaire</h2><form class="comment-comment-form comment-form" '
                f'data-drupal-selector="comment-form" action="/comment/reply/node/{node_id}/comment" method="post" id="comment-form" accept-charset="UTF-8">'
                '<div class="js-form-item form-item js-form-type-textfield form-item-name"><label for="edit-name">Votre nom</label>'
                '<input data-drupal-selector="edit-name" type="text" id="edit-name" name="name" value="" size="30" maxlength="60" class="form-text"></div>'
                '<div class="field--type-text-long field--name-comment-body field--widget-text-textarea js-form-wrapper form-wrapper">'
                '<label for="edit-comment-body-0-value" class="js-form-required form-required">Commentaire</label>'
                '<textarea class="js-text-full text-full form-textarea required" id="edit-comment-body-0-value" name="comment_body[0][value]" rows="5" cols="60" required></textarea></div>'
                '<input data-drupal-selector="edit-form-id" type="hidden" name="form_id" value="comment_comment_form">'
                '<div class="form-actions js-form-wrapper form-wrapper"><input type="submit" id="edit-submit--2" name="op" value="Enregistrer" class="button button--primary js-form-submit form-submit"></div></form>')
    return f'<section class="field field--name-comment field--type-comment field--label-above comment-wrapper"><h2 class="title comment-section__title">Commentaires</h2>{items}{form}</section>'


def joomla_contact(action, contact_id):
    return (f'<div class="com-contact contact"><form id="contact-form" action="{action}" method="post" class="form-validate form-horizontal well">'
            '<fieldset><legend>Formulaire de contact</legend>'
            '<div class="control-group field-spacer"><div class="control-label"><span class="spacer"><strong class="red">*</strong> Champ obligatoire</span></div></div>'
            '<div class="control-group"><div class="control-label"><label id="jform_contact_name-lbl" for="jform_contact_name" class="required">Nom<span class="star">&#160;*</span></label></div>'
            '<div class="controls"><input type="text" name="jform[contact_name]" id="jform_contact_name" value="" class="form-control required" size="30" required></div></div>'
            '<div class="control-group"><div class="control-label"><label id="jform_contact_email-lbl" for="jform_contact_email">E-mail</label></div>'
            '<div class="controls"><input type="email" name="jform[contact_email]" class="form-control validate-email required" id="jform_contact_email" value="" size="30" required></div></div>'
            '<div class="control-group"><div class="control-label"><label for="jform_contact_emailmsg">Sujet</label></div>'
            '<div class="controls"><input type="text" name="jform[contact_subject]" id="jform_contact_emailmsg" value="" class="form-control required" size="60" required></div></div>'
            '<div class="control-group"><div class="control-label"><label for="jform_contact_message">Message</label></div>'
            '<div class="controls"><textarea name="jform[contact_message]" id="jform_contact_message" cols="50" rows="10" class="form-control required" required></textarea></div></div>'
            '</fieldset><div class="control-group"><div class="controls"><button class="btn btn-primary validate" type="submit">Envoyer</button>'
            f'<input type="hidden" name="option" value="com_contact"><input type="hidden" name="task" value="contact.submit">'
            f'<input type="hidden" name="id" value="{contact_id}:mairie"><input type="hidden" name="3f5a9c1e" value="1"></div></div></form></div>')


def joomla_poll(poll_id, question, answers, action="/index.php"):
    """A poll module of a Joomla site (the AcePolls family)."""
    opts = "".join(f'<div class="acepolls-option"><input type="radio" name="voteid" id="voteid{poll_id}{i}" value="{poll_id}{i}">'
                   f'<label for="voteid{poll_id}{i}">{escape(a)}</label></div>' for i, a in enumerate(answers))
    return (f'<div class="moduletable acepolls"><h3>Sondage</h3><form action="{action}" method="post" name="poll_vote_{poll_id}" '
            f'id="poll_vote_{poll_id}"><h4 class="acepolls-title">{escape(question)}</h4>{opts}'
            f'<div class="acepolls-buttons"><input type="submit" name="task_button" class="button" value="Voter">'
            f'<a href="/sondages/resultats">Résultats</a></div><input type="hidden" name="option" value="com_acepolls">'
            f'<input type="hidden" name="task" value="vote"><input type="hidden" name="id" value="{poll_id}"></form></div>')


def joomla_login():
    return ('<div class="moduletable"><h3>Espace membre</h3><form action="/index.php" method="post" id="login-form" class="form-inline">'
            '<label for="modlgn-username">Identifiant</label><input id="modlgn-username" type="text" name="username" class="input-small">'
            '<label for="modlgn-passwd">Mot de passe</label><input id="modlgn-passwd" type="password" name="password" class="input-small">'
            '<button type="submit" class="btn btn-primary login-button">Connexion</button><input type="hidden" name="option" value="com_users">'
            '<input type="hidden" name="task" value="user.login"></form></div>')


def spip_forum(article_id, messages, open_=True):
    items = "".join(f'<li class="forum-fil"><div class="forum-message"><div class="forum-chapo"><strong class="forum-titre">'
                    f'<a href="#forum{article_id * 10 + i}" name="forum{article_id * 10 + i}">{escape(t)}</a></strong>'
                    f'<small>{d}, par {escape(a)}</small></div><div class="forum-texte"><p>{escape(x)}</p></div></div></li>'
                    for i, (a, d, t, x) in enumerate(messages))
    form = ""
    if open_:
        form = (f'<div class="formulaire_spip formulaire_forum ajax" id="formulaire_forum"><h2>Un message, un commentaire ?</h2>'
                f'<form action="spip.php?article{article_id}#formulaire_forum" method="post" enctype="multipart/form-data"><div>'
                f'<input name="formulaire_action" type="hidden" value="forum"><input name="formulaire_action_args" type="hidden" value="art{article_id}">'
                f'<input type="hidden" name="id_article" value="{article_id}"><fieldset><legend>Message</legend>'
                '<div class="editer saisie_titre obligatoire"><label for="titre">Titre</label><input type="text" class="text" name="titre" id="titre" value="" size="60"></div>'
                '<div class="editer saisie_texte obligatoire"><label for="texte">Texte de votre message</label><textarea name="texte" id="texte" rows="10" cols="40"></textarea></div>'
                '</fieldset><fieldset><legend>Qui êtes-vous ?</legend><div class="editer saisie_session_nom"><label for="session_nom">Votre nom</label>'
                '<input type="text" class="text" name="session_nom" id="session_nom" value="" size="40"></div></fieldset>'
                '<p class="boutons"><input type="submit" class="submit" name="previsualiser_message" value="Prévisualiser"></p></div></form></div>')
    return f'<div class="forum-repondre"><h2 class="h2">Messages</h2><ul class="forum">{items}</ul></div>{form}'


def spip_ecrire(auteur_id):
    return (f'<div class="formulaire_spip formulaire_ecrire_auteur ajax" id="formulaire_ecrire_auteur{auteur_id}">'
            f'<form method="post" action="spip.php?page=contact#formulaire_ecrire_auteur{auteur_id}"><div>'
            f'<input name="formulaire_action" type="hidden" value="ecrire_auteur"><input name="formulaire_action_args" type="hidden" value="{auteur_id}">'
            '<ul class="editer-groupe"><li class="editer saisie_email_message_auteur obligatoire"><label for="email_message_auteur">Votre adresse email</label>'
            '<input required type="email" class="text email" name="email_message_auteur" id="email_message_auteur" value="" size="30"></li>'
            '<li class="editer saisie_sujet_message_auteur obligatoire"><label for="sujet_message_auteur">Sujet</label>'
            '<input type="text" class="text" name="sujet_message_auteur" id="sujet_message_auteur" value="" size="30"></li>'
            '<li class="editer saisie_texte_message_auteur obligatoire"><label for="texte_message_auteur">Texte de votre message</label>'
            '<textarea name="texte_message_auteur" id="texte_message_auteur" rows="8" cols="60"></textarea></li></ul>'
            '<p class="boutons"><input type="submit" class="submit" name="valide" value="Envoyer"></p></div></form></div>')


def powermail(action, uid, fields, submit="Envoyer"):
    """TYPO3 powermail: tx-powermail wrapper, tx_powermail_pi1[field][...] names."""
    inner = "".join(
        f'<div class="powermail_fieldwrap powermail_fieldwrap_type_{"textarea" if k == "textarea" else "input"} powermail_fieldwrap_{n} form-group">'
        f'<label for="powermail_field_{n}" class="control-label col-sm-3">{l}</label><div class="col-sm-9">'
        + (f'<textarea rows="5" cols="20" id="powermail_field_{n}" class="powermail_textarea form-control" name="tx_powermail_pi1[field][{n}]"></textarea>'
           if k == "textarea" else
           f'<input class="powermail_input form-control" id="powermail_field_{n}" type="{k}" name="tx_powermail_pi1[field][{n}]" value="">')
        + '</div></div>' for k, n, l in fields)
    return (f'<div class="tx-powermail"><div class="container-fluid"><form data-powermail-validate="data-powermail-validate" '
            f'data-validate="html5" enctype="multipart/form-data" name="field" class="powermail_form powermail_form_{uid} nolabel" '
            f'action="{action}?tx_powermail_pi1%5Baction%5D=checkCreate&amp;tx_powermail_pi1%5Bcontroller%5D=Form" method="post">'
            f'<fieldset class="powermail_fieldset powermail_fieldset_{uid}">{inner}'
            f'<div class="powermail_fieldwrap powermail_fieldwrap_type_submit form-group"><div class="col-sm-offset-2 col-sm-10">'
            f'<input class="btn btn-primary" type="submit" value="{submit}"></div></div></fieldset>'
            f'<input class="powermail_form_uid" type="hidden" name="tx_powermail_pi1[mail][form]" value="{uid}"></form></div></div>')


def wcs_form(action, title, fields, submit="Valider"):
    """A w.c.s. (Publik) form: one page, widgets with their ids."""
    inner = "".join(
        f'<div class="{"TextWidget" if k == "textarea" else ("EmailWidget" if k == "email" else "StringWidget")} widget '
        f'{"widget-required" if req else "widget-optional"}" id="form_{n}"><div class="title"><label for="form_f{n}">{l}'
        + ('<span title="Ce champ est obligatoire." class="required">*</span>' if req else "") + '</label></div><div class="content">'
        + (f'<textarea name="f{n}" id="form_f{n}" cols="72" rows="8"></textarea>' if k == "textarea" else
           f'<input type="{k}" name="f{n}" id="form_f{n}" value="" size="40">')
        + '</div></div>' for k, n, l, req in fields)
    return (f'<div id="rub_service"><form action="{action}" method="post" enctype="multipart/form-data" class="quixote" '
            f'data-has-draft="true"><input type="hidden" name="_form_id" value="form"><div class="page"><h2>{escape(title)}</h2>'
            f'{inner}</div><div class="buttons submit"><button class="submit-button" name="submit">{submit}</button></div>'
            f'<input type="hidden" name="magictoken" value="b2f7c1e9a3"></form></div>')


def idea_form(action, title, extra_select=None, submit="Déposer mon idée"):
    sel = ""
    if extra_select:
        opts = "".join(f"<option>{escape(o)}</option>" for o in extra_select)
        sel = f'<p><label for="idee-quartier">Quartier concerné</label><select id="idee-quartier" name="idee[quartier]">{opts}</select></p>'
    return (f'<form class="form-idee" action="{action}" method="post"><fieldset><legend>{escape(title)}</legend>'
            '<p><label for="idee-titre">Titre de votre idée</label><input type="text" id="idee-titre" name="idee[titre]" required></p>'
            f'{sel}<p><label for="idee-texte">Décrivez votre idée</label><textarea id="idee-texte" name="idee[description]" rows="6" required></textarea></p>'
            '<p><label for="idee-nom">Nom</label><input type="text" id="idee-nom" name="idee[nom]"></p>'
            '<p><label for="idee-mail">Courriel</label><input type="email" id="idee-mail" name="idee[email]" required></p>'
            f'<p><button type="submit" class="btn btn--primary">{submit}</button></p></fieldset></form>')


def questionnaire(action, intro, questions, submit="Envoyer mes réponses"):
    blocks = []
    for i, (q, answers) in enumerate(questions):
        if answers:
            opts = "".join(f'<label class="choice"><input type="radio" name="q{i}" value="{j}"> {escape(a)}</label>'
                           for j, a in enumerate(answers))
        else:
            opts = f'<textarea name="q{i}" rows="3"></textarea>'
        blocks.append(f'<fieldset class="question"><legend>{i + 1}. {escape(q)}</legend>{opts}</fieldset>')
    return (f'<form class="questionnaire" action="{action}" method="post"><p class="questionnaire__intro">{intro}</p>'
            f'{"".join(blocks)}<p><button type="submit">{submit}</button></p></form>')


def limesurvey(sid, title, questions):
    qs = "".join(
        f'<div id="question{sid}{i}" class="question-container row list-radio mandatory"><div class="question-title-container">'
        f'<div class="ls-label-question">{escape(q)}</div></div><div class="answer-container"><ul class="answers-list radio-list">'
        + "".join(f'<li class="answer-item radio-item"><input class="radio" type="radio" value="A{j}" name="{sid}X1X{i}" id="answer{sid}X1X{i}A{j}">'
                  f'<label for="answer{sid}X1X{i}A{j}" class="answertext">{escape(a)}</label></li>' for j, a in enumerate(ans))
        + '</ul></div></div>' for i, (q, ans) in enumerate(questions))
    return (f'<div id="outerframeContainer" class="survey-{sid}"><h2 class="survey-name">{escape(title)}</h2>'
            f'<form id="limesurvey" name="limesurvey" autocomplete="off" class="survey-form-container form" action="/index.php/{sid}" method="post">'
            f'<input type="hidden" value="{sid}" name="sid" id="sid"><div class="group-container">{qs}</div>'
            '<div class="navigator"><button id="ls-button-submit" type="submit" value="movesubmit" name="move" class="ls-move-btn ls-move-submit-btn btn btn-lg btn-primary">Envoyer</button></div></form></div>')


def petition_sign(action, title, count, goal):
    return (f'<div class="petition" data-petition-goal="{goal}"><h2 class="petition__title">{escape(title)}</h2>'
            f'<p class="petition__counter"><strong>{count}</strong> signatures sur {goal}</p>'
            f'<progress value="{count}" max="{goal}"></progress>'
            f'<form class="petition__form" action="{action}" method="post"><p><label for="sig-nom">Nom et prénom</label>'
            '<input id="sig-nom" name="signature[nom]" required></p><p><label for="sig-mail">Courriel</label>'
            '<input id="sig-mail" type="email" name="signature[email]" required></p><p><label for="sig-cp">Code postal</label>'
            '<input id="sig-cp" name="signature[code_postal]" required></p><p><label><input type="checkbox" name="signature[rgpd]" required> '
            'J\'accepte que ma signature soit rendue publique</label></p><p><button type="submit">Je signe</button></p></form></div>')


def booking_form(action, title, slots):
    opts = "".join(f"<option>{escape(s)}</option>" for s in slots)
    return (f'<form class="booking-form" action="{action}" method="post"><h2>{escape(title)}</h2>'
            f'<p><label for="bk-date">Créneau</label><select id="bk-date" name="creneau">{opts}</select></p>'
            '<p><label for="bk-nom">Nom</label><input id="bk-nom" name="nom" required></p>'
            '<p><label for="bk-tel">Téléphone</label><input id="bk-tel" type="tel" name="telephone" required></p>'
            '<p><label for="bk-nb">Nombre de personnes</label><input id="bk-nb" type="number" name="places" min="1" max="6"></p>'
            '<p><button type="submit">Réserver</button></p></form>')


def payment_form(action):
    return (f'<form class="payment-form" action="{action}" method="post"><h2>Payer ma facture</h2>'
            '<p><label for="pf-ref">Référence de la facture</label><input id="pf-ref" name="reference" required></p>'
            '<p><label for="pf-montant">Montant (€)</label><input id="pf-montant" name="montant" inputmode="decimal" required></p>'
            '<p><label for="pf-mail">Courriel pour le reçu</label><input id="pf-mail" type="email" name="email"></p>'
            '<p><button type="submit">Payer par carte (PayFiP)</button></p></form>')


def registration_form(action, title, fields):
    inner = "".join(_field(k, n, l) for k, n, l in fields)
    return f'<form class="inscription-form" action="{action}" method="post"><h2>{escape(title)}</h2>{inner}<p><button type="submit">Valider l\'inscription</button></p></form>'


def alert_signup(action, service):
    return (f'<form class="alert-signup" action="{action}" method="post"><h2>Recevoir les alertes de {escape(service)}</h2>'
            '<p><label for="al-tel">Numéro de mobile</label><input id="al-tel" type="tel" name="mobile" required></p>'
            '<p><label for="al-mail">Courriel (facultatif)</label><input id="al-mail" type="email" name="email"></p>'
            '<fieldset><legend>Alertes</legend><label><input type="checkbox" name="types[]" value="cyclone" checked> Vigilance cyclonique et fortes pluies</label>'
            '<label><input type="checkbox" name="types[]" value="eau"> Coupures d\'eau</label><label><input type="checkbox" name="types[]" value="routes"> Routes coupées</label></fieldset>'
            '<p><button type="submit">M\'inscrire</button></p></form>')


# ---- platforms ---------------------------------------------------------------------------------------

def decidim_cards(cards, kind="proposals"):
    out = "".join(f'<a href="{h}" class="card__list" id="{kind}_{i}"><div class="card__list-content"><h3 class="h4 card__list-title">{escape(t)}</h3>'
                  f'<div class="card__list-metadata"><span>{meta}</span></div></div></a>' for i, (h, t, meta) in enumerate(cards))
    return f'<div class="card__list-list" id="{kind}">{out}</div>'


def decidim_comments(comments, commentable):
    items = "".join(f'<div class="comment" id="comment_{i + 40}" data-comment-id="{i + 40}"><div class="comment__header">'
                    f'<span class="author__name">{escape(a)}</span> <span class="comment__header-date">{d}</span></div>'
                    f'<div class="comment__content"><p>{escape(t)}</p></div><div class="comment__footer"><button class="button button__sm button__text-secondary comment__reply">Répondre</button></div></div>'
                    for i, (a, d, t) in enumerate(comments))
    return (f'<div class="comments" id="comments-for-{commentable}" data-decidim-comments=\'{{"commentableGid":"{commentable}"}}\'>'
            f'<h2 class="h4">{len(comments)} commentaires</h2><div class="comment-threads">{items}</div>'
            f'<div class="add-comment"><form class="new_comment" id="new_comment_for_{commentable}" action="/comments" method="post">'
            f'<input type="hidden" name="comment[commentable_gid]" value="{commentable}">'
            '<label for="add-comment">Ajouter un commentaire</label><textarea id="add-comment" name="comment[body]" maxlength="1000" rows="4" placeholder="Votre commentaire"></textarea>'
            '<button type="submit" class="button button__sm button__secondary">Publier le commentaire</button></form></div></div>')


def capco_steps(items):
    lis = "".join(f'<li class="step-{st}"><a href="{h}"><span class="step-title">{escape(t)}</span> <span class="step-dates">{d}</span></a></li>'
                  for h, t, d, st in items)
    return f'<div id="project-header" class="project__header"><ul class="project-steps-list">{lis}</ul></div>'


def capco_proposals(items):
    cards = "".join(f'<li class="proposal-preview"><div class="card"><h3 class="card-title"><a href="{h}">{escape(t)}</a></h3>'
                    f'<p class="proposal__author">{escape(a)}</p><p class="proposal__counters"><span class="votes">{v} votes</span> '
                    f'<span class="comments">{c} commentaires</span></p></div></li>' for h, t, a, v, c in items)
    return f'<ul class="proposal-preview-list">{cards}</ul>'


def phpbb_forums(rows):
    lis = "".join(f'<li class="row"><dl class="row-item forum_read"><dt title="Pas de nouveau message"><div class="list-inner">'
                  f'<a href="{h}" class="forumtitle">{escape(t)}</a><br>{escape(desc)}</div></dt><dd class="topics">{n} <dfn>Sujets</dfn></dd>'
                  f'<dd class="posts">{p} <dfn>Messages</dfn></dd></dl></li>' for h, t, desc, n, p in rows)
    return f'<div class="forabg"><div class="inner"><ul class="topiclist"><li class="header"><dl class="row-item"><dt><div class="list-inner">Forum</div></dt><dd class="topics">Sujets</dd><dd class="posts">Messages</dd></dl></li></ul><ul class="topiclist forums">{lis}</ul></div></div>'


def phpbb_topics(forum_id, rows):
    lis = "".join(f'<li class="row bg{1 + i % 2}"><dl class="row-item topic_read"><dt><div class="list-inner">'
                  f'<a href="{h}" class="topictitle">{escape(t)}</a><br><div class="topic-poster responsive-hide">par <span class="username">{escape(a)}</span></div></div></dt>'
                  f'<dd class="posts">{r} <dfn>Réponses</dfn></dd></dl></li>' for i, (h, t, a, r) in enumerate(rows))
    return (f'<div class="action-bar bar-top"><a href="/ucp.php?mode=login" data-forum="{forum_id}" class="button" title="Écrire un nouveau sujet">'
            f'<span>Nouveau sujet</span></a></div><div class="forumbg"><div class="inner"><ul class="topiclist topics">{lis}</ul></div></div>')


def phpbb_posts(topic_id, posts):
    out = "".join(f'<div id="p{topic_id * 10 + i}" class="post has-profile bg{1 + i % 2}"><div class="inner"><dl class="postprofile">'
                  f'<dt><span class="username">{escape(a)}</span></dt></dl><div class="postbody"><div id="post_content{topic_id * 10 + i}">'
                  f'<h3>{"" if i else ""}Re: sujet</h3><p class="author"><time>{d}</time></p><div class="content">{escape(t)}</div></div></div></div></div>'
                  for i, (a, d, t) in enumerate(posts))
    return (f'<div class="action-bar bar-top"><a href="/ucp.php?mode=login" data-topic="{topic_id}" class="button" title="Répondre">'
            f'<span>Répondre</span></a></div>{out}')
