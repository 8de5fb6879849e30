"""Markup helpers of the "bosquets" holdout part: blocks as small-town CMSs, their plugins and the platforms
they use render them (WordPress plugins, Joomla extensions, SPIP plugins, Drupal modules, TYPO3 powermail,
Fluicity and id-city spaces), written from how those tools structure their HTML."""
from html import escape


def prose(*paras):
    return "".join(f"<p>{p}</p>" for p in paras)


def links(items, cls="liens-utiles"):
    lis = "".join(f'<li><a href="{href}">{label}</a></li>' for href, label in items)
    return f'<ul class="{cls}">{lis}</ul>'


def cookie_banner(kind="tarteaucitron"):
    if kind == "cookie-notice":  # WordPress "Cookie Notice" plugin
        return ('<div id="cookie-notice" role="dialog" class="cookie-notice-hidden cookie-revoke-hidden cn-position-bottom" '
                'aria-label="Cookies"><div class="cookie-notice-container"><span id="cn-notice-text" class="cn-text-container">'
                "Ce site utilise des cookies de mesure d'audience.</span><span id=\"cn-notice-buttons\" class=\"cn-buttons-container\">"
                '<a href="#" id="cn-accept-cookie" data-cookie-set="accept" class="cn-set-cookie cn-button">Accepter</a>'
                '<a href="#" id="cn-refuse-cookie" data-cookie-set="refuse" class="cn-set-cookie cn-button">Refuser</a></span></div></div>')
    return ('<div id="tarteaucitronRoot" class="tarteaucitronBeforeVisible"><div id="tarteaucitronAlertBig" role="alert">'
            '<span id="tarteaucitronDisclaimerAlert">Ce site utilise des traceurs soumis à votre consentement.</span>'
            '<button type="button" id="tarteaucitronPersonalize2">Tout accepter</button>'
            '<button type="button" id="tarteaucitronAllDenied2">Tout refuser</button></div></div>')


def teasers(items, title="Actualités"):
    cards = "".join(
        f'<article class="teaser"><p class="teaser__date">{escape(date)}</p><h3 class="teaser__title">'
        f'<a href="{href}">{escape(label)}</a></h3><p class="teaser__chapo">{escape(chapo)}</p></article>'
        for href, label, date, chapo in items)
    return f'<section class="actualites"><h2>{title}</h2><div class="teasers">{cards}</div></section>'


def agenda(items):
    rows = "".join(f'<li class="agenda__item"><time>{escape(d)}</time> <a href="{href}">{escape(t)}</a></li>'
                   for href, t, d in items)
    return f'<section class="agenda"><h2>Agenda</h2><ul class="agenda__list">{rows}</ul></section>'


def quick_access(items):
    tiles = "".join(f'<li class="acces-rapide"><a href="{href}"><span class="picto" aria-hidden="true"></span>'
                    f'{escape(label)}</a></li>' for href, label in items)
    return f'<nav class="acces-rapides" aria-label="Accès rapides"><h2>En un clic</h2><ul>{tiles}</ul></nav>'


def home(intro, quick, news, events, banner="tarteaucitron", extra=""):
    return (cookie_banner(banner) + f'<div class="home-intro">{prose(intro)}</div>' + quick_access(quick)
            + teasers(news) + agenda(events) + extra
            + '<section class="infos-pratiques"><h2>Horaires de la mairie</h2><p>Du lundi au vendredi, 8 h 45 - 12 h 15 '
              'et 13 h 30 - 17 h 30 ; le samedi matin (état civil) de 9 h à 12 h.</p></section>')


def with_sidebar(main, aside, cls="widget-area"):
    return (f'<div class="layout-2cols"><div class="col-main">{main}</div>'
            f'<aside id="secondary" class="{cls}" role="complementary">{aside}</aside></div>')


def share_buttons(url, title=""):
    from urllib.parse import quote
    u = quote(url, safe="")
    return ('<div class="partage"><span class="partage__label">Partager cette page :</span>'
            f'<a class="partage__fb" href="https://www.facebook.com/sharer/sharer.php?u={u}" target="_blank" rel="noopener">Facebook</a>'
            f'<a class="partage__x" href="https://twitter.com/intent/tweet?url={u}&amp;text={quote(title)}" target="_blank" rel="noopener">X</a>'
            f'<a class="partage__li" href="https://www.linkedin.com/shareArticle?mini=true&amp;url={u}" target="_blank" rel="noopener">LinkedIn</a>'
            f'<a class="partage__mail" href="mailto:?subject={quote(title)}&amp;body={u}">Courriel</a></div>')


def rgpd(text="Les données recueillies sont traitées par la mairie et ne sont pas transmises à des tiers."):
    return f'<p class="mention-rgpd"><small>{text}</small></p>'


# ---- WordPress plugins -----------------------------------------------------------------------------------

def cf7(action, form_id, fields, submit="Envoyer", textarea=("your-message", "Votre message")):
    """Contact Form 7: div.wpcf7 > form.wpcf7-form with hidden _wpcf7 fields and span.wpcf7-form-control-wrap."""
    inner = "".join(
        f'<p><label>{escape(label)}<br><span class="wpcf7-form-control-wrap" data-name="{name}">'
        f'<input size="40" class="wpcf7-form-control wpcf7-text{" wpcf7-validates-as-required" if req else ""}" '
        f'aria-required="{"true" if req else "false"}" value="" type="{typ}" name="{name}"></span></label></p>'
        for name, label, typ, req in fields)
    if textarea:
        name, label = textarea
        inner += (f'<p><label>{escape(label)}<br><span class="wpcf7-form-control-wrap" data-name="{name}">'
                  f'<textarea cols="40" rows="10" class="wpcf7-form-control wpcf7-textarea" aria-invalid="false" '
                  f'name="{name}"></textarea></span></label></p>')
    return (f'<div class="wpcf7 no-js" id="wpcf7-f{form_id}-p{form_id + 3}-o1" lang="fr-FR" dir="ltr">'
            f'<form action="{action}#wpcf7-f{form_id}-p{form_id + 3}-o1" method="post" class="wpcf7-form init" '
            f'aria-label="Formulaire de contact" novalidate="novalidate" data-status="init">'
            f'<div style="display: none;"><input type="hidden" name="_wpcf7" value="{form_id}">'
            '<input type="hidden" name="_wpcf7_version" value="5.9.3"><input type="hidden" name="_wpcf7_locale" value="fr_FR">'
            f'<input type="hidden" name="_wpcf7_unit_tag" value="wpcf7-f{form_id}-p{form_id + 3}-o1"></div>'
            f'{inner}<p><input class="wpcf7-form-control wpcf7-submit has-spinner" type="submit" value="{escape(submit)}"></p>'
            '<div class="wpcf7-response-output" aria-hidden="true"></div></form></div>')


def wp_polls_sidebar(poll_id, question, answers):
    """WP-Polls widget: div.wp-polls > form#polls_form_N with radio inputs poll_N and a Vote button."""
    opts = "".join(f'<li><input type="radio" id="poll-answer-{poll_id * 10 + i}" name="poll_{poll_id}" '
                   f'value="{poll_id * 10 + i}" /> <label for="poll-answer-{poll_id * 10 + i}">{escape(a)}</label></li>'
                   for i, a in enumerate(answers, 1))
    return (f'<section id="polls-widget-2" class="widget widget_polls-widget"><h2 class="widget-title">Sondage</h2>'
            f'<div id="polls-{poll_id}" class="wp-polls"><form id="polls_form_{poll_id}" class="wp-polls-form" '
            f'action="/index.php" method="post"><p style="display: none;"><input type="hidden" id="poll_{poll_id}_nonce" '
            f'name="wp-polls-nonce" value="5f2a9c1e7b" /></p><p style="display: none;"><input type="hidden" name="poll_id" '
            f'value="{poll_id}" /></p><p style="text-align: center;"><strong>{escape(question)}</strong></p>'
            f'<div id="polls-{poll_id}-ans" class="wp-polls-ans"><ul class="wp-polls-ul">{opts}</ul>'
            f'<p style="text-align: center;"><input type="button" name="vote" value="   Voter   " class="Buttons" '
            f'onclick="poll_vote({poll_id});" /></p><p style="text-align: center;"><a href="#ViewPollResults" '
            f'onclick="poll_result({poll_id}); return false;" title="Voir les résultats de ce sondage">Voir les résultats</a></p>'
            f'</div></form></div><div id="polls-{poll_id}-loading" class="wp-polls-loading">Chargement ...</div></section>')


def wp_polls_closed(poll_id, question, results, total):
    """WP-Polls results of a closed poll: bars and percentages, no form."""
    rows = "".join(f'<li>{escape(a)} <small>({pct}%, {n} votes)</small><div class="pollbar" style="width: {pct}%;" '
                   f'title="{escape(a)} ({pct}% | {n} votes)"></div></li>' for a, pct, n in results)
    return (f'<div id="polls-{poll_id}" class="wp-polls"><p style="text-align: center;"><strong>{escape(question)}</strong></p>'
            f'<ul class="wp-polls-ul">{rows}</ul><p style="text-align: center;">Votants : <strong>{total}</strong></p>'
            '<p style="text-align: center;">Ce sondage est clos.</p></div>')


def wp_comments(post_id, comments, open_form=True):
    """WordPress native comments: ol.comment-list and #respond > form#commentform to wp-comments-post.php."""
    items = "".join(
        f'<li id="comment-{post_id * 10 + i}" class="comment even thread-even depth-1"><article class="comment-body">'
        f'<footer class="comment-meta"><div class="comment-author vcard"><b class="fn">{escape(who)}</b> '
        f'<span class="says">dit :</span></div><div class="comment-metadata"><time>{escape(when)}</time></div></footer>'
        f'<div class="comment-content"><p>{escape(text)}</p></div><div class="reply"><a rel="nofollow" '
        f'class="comment-reply-link" href="#comment-{post_id * 10 + i}" data-commentid="{post_id * 10 + i}" '
        f'aria-label="Répondre à {escape(who)}">Répondre</a></div></article></li>'
        for i, (who, when, text) in enumerate(comments, 1))
    head = f'<h2 class="comments-title">{len(comments)} réflexions sur cet article</h2>' if comments else ""
    form = ""
    if open_form:
        form = ('<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Laisser un commentaire</h3>'
                '<form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate>'
                '<p class="comment-notes">Votre adresse e-mail ne sera pas publiée.</p>'
                '<p class="comment-form-comment"><label for="comment">Commentaire</label><textarea id="comment" name="comment" '
                'cols="45" rows="8" maxlength="65525" required></textarea></p>'
                '<p class="comment-form-author"><label for="author">Nom</label><input id="author" name="author" type="text" size="30" /></p>'
                '<p class="comment-form-email"><label for="email">E-mail</label><input id="email" name="email" type="email" size="30" /></p>'
                '<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Laisser un commentaire" />'
                f"<input type='hidden' name='comment_post_ID' value='{post_id}' id='comment_post_ID' />"
                "<input type='hidden' name='comment_parent' id='comment_parent' value='0' /></p></form></div>")
    else:
        form = '<p class="no-comments">Les commentaires sont fermés.</p>'
    return f'<div id="comments" class="comments-area">{head}<ol class="comment-list">{items}</ol>{form}</div>'


def wpforms(form_id, title, fields, textarea_label, submit="Envoyer"):
    """WPForms: div.wpforms-container > form.wpforms-form with wpforms[fields][n] names."""
    inner = "".join(
        f'<div id="wpforms-{form_id}-field_{i}-container" class="wpforms-field wpforms-field-{typ}">'
        f'<label class="wpforms-field-label" for="wpforms-{form_id}-field_{i}">{escape(label)}</label>'
        f'<input type="{"email" if typ == "email" else "text"}" id="wpforms-{form_id}-field_{i}" class="wpforms-field-medium" '
        f'name="wpforms[fields][{i}]"></div>' for i, (label, typ) in enumerate(fields, 1))
    n = len(fields) + 1
    inner += (f'<div id="wpforms-{form_id}-field_{n}-container" class="wpforms-field wpforms-field-textarea">'
              f'<label class="wpforms-field-label" for="wpforms-{form_id}-field_{n}">{escape(textarea_label)} '
              f'<span class="wpforms-required-label">*</span></label><textarea id="wpforms-{form_id}-field_{n}" '
              f'class="wpforms-field-medium wpforms-field-required" name="wpforms[fields][{n}]" required></textarea></div>')
    return (f'<div class="wpforms-container wpforms-container-full" id="wpforms-{form_id}"><form id="wpforms-form-{form_id}" '
            f'class="wpforms-validate wpforms-form" data-formid="{form_id}" method="post" enctype="multipart/form-data" '
            f'action="/" aria-label="{escape(title)}"><div class="wpforms-field-container">{inner}</div>'
            f'<input type="hidden" name="wpforms[id]" value="{form_id}"><div class="wpforms-submit-container">'
            f'<button type="submit" name="wpforms[submit]" class="wpforms-submit">{escape(submit)}</button></div></form></div>')


def mailpoet(list_id=3):
    """MailPoet subscription widget: e-mail only, not a message to the city."""
    return (f'<div class="mailpoet_form mailpoet_form_widget" id="mailpoet_form_{list_id}"><form target="_self" method="post" '
            'action="/wp-admin/admin-post.php?action=mailpoet_subscription_form" class="mailpoet_form" novalidate>'
            f'<input type="hidden" name="data[form_id]" value="{list_id}" /><input type="hidden" name="token" value="a1b2c3d4" />'
            '<div class="mailpoet_paragraph"><label for="form_email_3" class="mailpoet_text_label">Votre adresse e-mail</label>'
            '<input type="email" autocomplete="email" class="mailpoet_text" id="form_email_3" name="data[form_field_email]" '
            'title="Adresse e-mail" value="" /></div><div class="mailpoet_paragraph"><input type="submit" class="mailpoet_submit" '
            "value=\"Je m'abonne à la lettre d'information\" /></div></form></div>")


# ---- Joomla ---------------------------------------------------------------------------------------------

def joomla_contact(action, title="Envoyer un message"):
    """com_contact: form#contact-form with jform[contact_name], jform[contact_email], jform[contact_message]."""
    return (f'<div class="com-contact__form contact-form"><form id="contact-form" action="{action}" method="post" '
            'class="form-validate form-horizontal well"><fieldset><legend>' + escape(title) + '</legend>'
            '<div class="control-group field-spacer"><div class="control-label"><span class="spacer"><span class="before"></span>'
            '<span class="text"><label id="jform_spacer-lbl"><strong class="red">*</strong> Champ requis</label></span></span></div></div>'
            '<div class="control-group"><div class="control-label"><label id="jform_contact_name-lbl" for="jform_contact_name" '
            'class="required">Nom<span class="star">&#160;*</span></label></div><div class="controls"><input type="text" '
            'name="jform[contact_name]" id="jform_contact_name" class="form-control required" size="30" required></div></div>'
            '<div class="control-group"><div class="control-label"><label for="jform_contact_email">E-mail</label></div>'
            '<div class="controls"><input type="email" name="jform[contact_email]" class="form-control validate-email required" '
            'id="jform_contact_email" size="30" required></div></div>'
            '<div class="control-group"><div class="control-label"><label for="jform_contact_emailmsg">Sujet</label></div>'
            '<div class="controls"><input type="text" name="jform[contact_subject]" id="jform_contact_emailmsg" class="form-control" size="60"></div></div>'
            '<div class="control-group"><div class="control-label"><label for="jform_contact_message">Message</label></div>'
            '<div class="controls"><textarea name="jform[contact_message]" id="jform_contact_message" cols="50" rows="10" '
            'class="form-control required" required></textarea></div></div>'
            '<div class="control-group"><div class="controls"><button class="btn btn-primary validate" type="submit">Envoyer</button>'
            '<input type="hidden" name="option" value="com_contact"><input type="hidden" name="task" value="contact.submit">'
            '<input type="hidden" name="id" value="1:mairie"><input type="hidden" name="8c4e2a1f" value="1"></div></div>'
            '</fieldset></form></div>')


def rsform(form_id, title, fields, textarea=None, choices=None, submit="Valider"):
    """RSForm! Pro: form#userForm with form[Name] fields inside div.rsform-block blocks."""
    inner = "".join(
        f'<div class="form-group rsform-block rsform-block-{name.lower()}"><label class="control-label formControlLabel" '
        f'for="{name}">{escape(label)}</label><div class="formControls"><input type="text" value="" size="20" '
        f'name="form[{name}]" id="{name}" class="rsform-input-box form-control" /></div></div>' for name, label in fields)
    for name, label, options in choices or []:
        radios = "".join(f'<div class="form-check"><input type="radio" name="form[{name}]" value="{escape(o)}" '
                         f'id="{name}{i}" class="rsform-radio form-check-input" /><label for="{name}{i}" '
                         f'class="form-check-label">{escape(o)}</label></div>' for i, o in enumerate(options))
        inner += (f'<div class="form-group rsform-block rsform-block-{name.lower()}"><span class="control-label '
                  f'formControlLabel">{escape(label)}</span><div class="formControls">{radios}</div></div>')
    if textarea:
        name, label = textarea
        inner += (f'<div class="form-group rsform-block rsform-block-{name.lower()}"><label class="control-label formControlLabel" '
                  f'for="{name}">{escape(label)}</label><div class="formControls"><textarea cols="50" rows="5" '
                  f'name="form[{name}]" id="{name}" class="rsform-text-box form-control"></textarea></div></div>')
    return (f'<form method="post" id="userForm" action="/index.php?option=com_rsform&amp;formId={form_id}">'
            f'<h2>{escape(title)}</h2><div id="rsform_{form_id}_page_0">{inner}<div class="form-group rsform-block '
            f'rsform-block-submit"><div class="formControls"><button type="submit" name="form[Envoyer]" id="Envoyer" '
            f'class="rsform-submit-button btn btn-primary">{escape(submit)}</button></div></div></div>'
            f'<input type="hidden" name="form[formId]" value="{form_id}"/></form>')


def jcomments(object_id, comments):
    """JComments: div#jc with comment list and form#comments-form (name, email, comment)."""
    items = "".join(f'<div class="comment rbox" id="comment-item-{object_id * 10 + i}"><div class="comment-box">'
                    f'<span class="comment-author">{escape(who)}</span> <span class="comment-date">{escape(when)}</span>'
                    f'<div class="comment-body" id="comment-body-{object_id * 10 + i}">{escape(text)}</div></div></div>'
                    for i, (who, when, text) in enumerate(comments, 1))
    return (f'<div id="jc"><div id="comments"><h4>Commentaires ({len(comments)})</h4><div id="comments-list" '
            f'class="comments-list">{items}</div></div><h4>Ajouter un commentaire</h4><a id="addcomments" href="#addcomments"></a>'
            '<form id="comments-form" name="comments-form" action="javascript:void(null);"><p><span><input id="comments-form-name" '
            'type="text" name="name" value="" maxlength="20" size="22" tabindex="1" /><label for="comments-form-name">Nom (requis)</label>'
            '</span></p><p><span><input id="comments-form-email" type="text" name="email" value="" size="22" tabindex="2" />'
            '<label for="comments-form-email">E-mail (requis, non publié)</label></span></p><p><span><textarea '
            'id="comments-form-comment" name="comment" cols="65" rows="8" tabindex="5"></textarea></span></p>'
            f'<input type="hidden" name="object_id" value="{object_id}" /><input type="hidden" name="object_group" '
            'value="com_content" /><div id="comments-form-buttons"><div class="btn" id="comments-form-send"><div>'
            '<a href="#" tabindex="7" title="Envoyer (Ctrl+Enter)">Envoyer</a></div></div></div></form></div>')


def acymailing():
    """AcyMailing subscription module: newsletter sign-up (not a contact form)."""
    return ('<div class="acym_module" id="acym_module_formAcym1"><form id="formAcym1" name="formAcym1" method="POST" '
            'action="/index.php?option=com_acym&amp;ctrl=frontusers&amp;tmpl=component"><div class="acym_module_form">'
            '<div class="acym_form"><div class="onefield fieldacy2 acyfield_text" id="field_2"><label class="cell margin-top-1">'
            '<div class="acym__users__creation__fields__title">E-mail</div><input type="email" class="cell acym__user__edit__email" '
            'name="user[email]" value="" required></label></div></div><p class="acysubbuttons"><input type="submit" '
            'class="btn btn-primary button subbutton" value="S\'inscrire à la lettre" name="Submit"></p></div>'
            '<input type="hidden" name="ctrl" value="frontusers"><input type="hidden" name="task" value="notask">'
            '<input type="hidden" name="option" value="com_acym"></form></div>')


# ---- SPIP -----------------------------------------------------------------------------------------------

def spip_forum(article_id, messages):
    """SPIP native forum under an article: ul.forum, div.formulaire_forum with texte/session_nom/session_email."""
    items = "".join(f'<li class="forum-fil"><div class="forum-message" id="forum{article_id * 10 + i}">'
                    f'<div class="forum-chapo"><strong class="forum-titre">{escape(title)}</strong> '
                    f'<small>{escape(when)}, par {escape(who)}</small></div><div class="forum-texte">'
                    f'<p>{escape(text)}</p></div><p class="repondre"><a href="spip.php?page=forum&amp;id_forum='
                    f'{article_id * 10 + i}" rel="noindex nofollow">Répondre à ce message</a></p></div></li>'
                    for i, (title, who, when, text) in enumerate(messages, 1))
    return (f'<div class="forums"><h2 class="h2">{len(messages)} Messages</h2><ul class="forum">{items}</ul></div>'
            f'<div class="formulaire_spip formulaire_forum ajax" id="formulaire_forum"><h3>Un message, un commentaire ?</h3>'
            f'<form action="spip.php?article{article_id}#formulaire_forum" method="post" enctype="multipart/form-data"><div>'
            f'<input name="formulaire_action" type="hidden" value="forum" /><input name="id_article" type="hidden" value="{article_id}" />'
            '<fieldset class="qui saisie_qui"><legend>Qui êtes-vous ?</legend><div class="editer-groupe">'
            '<div class="editer saisie_session_nom"><label for="session_nom">Votre nom</label><input type="text" class="text" '
            'name="session_nom" id="session_nom" value="" size="40" /></div><div class="editer saisie_session_email">'
            '<label for="session_email">Votre adresse email</label><input type="email" class="text email" name="session_email" '
            'id="session_email" value="" size="40" /></div></div></fieldset><fieldset><legend>Votre message</legend>'
            '<div class="editer-groupe"><div class="editer saisie_titre obligatoire"><label for="titre">Titre</label>'
            '<input type="text" class="text" name="titre" id="titre" value="" size="60" /></div>'
            '<div class="editer saisie_texte obligatoire"><label for="texte">Texte de votre message</label>'
            '<textarea name="texte" id="texte" rows="10" cols="60"></textarea></div></div></fieldset>'
            '<p class="boutons"><input type="submit" class="submit" name="previsualiser_message" value="Prévisualiser" /></p>'
            '</div></form></div>')


def spip_contact(auteur_id):
    """SPIP formulaire_ecrire_auteur: email_message_auteur, sujet_message_auteur, texte_message_auteur."""
    return (f'<div class="formulaire_spip formulaire_ecrire_auteur ajax" id="formulaire_ecrire_auteur{auteur_id}">'
            f'<form method="post" action="spip.php?page=contact#formulaire_ecrire_auteur{auteur_id}"><div>'
            '<input name="formulaire_action" type="hidden" value="ecrire_auteur" />'
            f'<input name="formulaire_action_args" type="hidden" value="{auteur_id}" /><fieldset><legend>Écrire à la mairie</legend>'
            '<div class="editer-groupe"><div class="editer saisie_email_message_auteur obligatoire"><label for="email_message_auteur">'
            'Votre adresse email</label><input type="email" class="text email" name="email_message_auteur" id="email_message_auteur" '
            'value="" size="30" /></div><div class="editer saisie_sujet_message_auteur obligatoire"><label for="sujet_message_auteur">'
            'Sujet</label><input type="text" class="text" name="sujet_message_auteur" id="sujet_message_auteur" value="" size="30" />'
            '</div><div class="editer saisie_texte_message_auteur obligatoire"><label for="texte_message_auteur">Texte de votre message'
            '</label><textarea name="texte_message_auteur" id="texte_message_auteur" rows="8" cols="60"></textarea></div></div>'
            '</fieldset><p class="boutons"><input type="submit" class="submit" name="valide" value="Envoyer" /></p></div></form></div>')


def formidable(form_id, identifier, title, questions, textarea=None, submit="Envoyer"):
    """SPIP Formidable plugin: div.formulaire_formidable > form with saisies (radio, textarea)."""
    blocks = ""
    for n, (label, options) in enumerate(questions, 1):
        radios = "".join(f'<div class="choix choix_{i}"><input type="radio" name="radio_{n}" class="radio" '
                         f'id="champ_radio_{n}_{i}" value="choix{i}" /><label for="champ_radio_{n}_{i}">{escape(o)}</label></div>'
                         for i, o in enumerate(options, 1))
        blocks += (f'<div class="editer saisie_radio editer_radio_{n}"><span class="label">{escape(label)}</span>'
                   f'<div class="choix-groupe">{radios}</div></div>')
    if textarea:
        blocks += (f'<div class="editer saisie_textarea editer_textarea_1"><label for="champ_textarea_1">{escape(textarea)}</label>'
                   '<textarea name="textarea_1" id="champ_textarea_1" rows="5" cols="40"></textarea></div>')
    return (f'<div class="formulaire_spip formulaire_formidable formulaire_formidable_{form_id} '
            f'formulaire_formidable-{identifier} ajax" id="formulaire_formidable_{identifier}">'
            f'<form method="post" action="spip.php?page=formulaire&amp;id_formulaire={form_id}"><div>'
            f'<input name="formulaire_action" type="hidden" value="formidable" /><input name="formulaire_action_args" '
            f'type="hidden" value="{form_id}" /><h3 class="titrem">{escape(title)}</h3><div class="editer-groupe">{blocks}</div>'
            f'<p class="boutons"><input type="submit" class="submit" value="{escape(submit)}" /></p></div></form></div>')


def spip_petition(article_id, count, texte):
    """SPIP native petition (plugin petitions): formulaire_signature with nom_email, adresse_email, message."""
    return (f'<div class="petition"><p>{texte}</p><p class="nb_signatures"><strong>{count}</strong> signatures</p>'
            f'<div class="formulaire_spip formulaire_signature ajax" id="sp{article_id}"><h2>Signer cette pétition</h2>'
            f'<form method="post" action="spip.php?article{article_id}#sp{article_id}"><div>'
            '<input name="formulaire_action" type="hidden" value="signature" />'
            f'<input name="formulaire_action_args" type="hidden" value="{article_id}" /><fieldset><div class="editer-groupe">'
            '<div class="editer saisie_session_nom obligatoire"><label for="nom_email">Votre nom ou pseudo</label>'
            '<input type="text" class="text" name="session_nom" id="nom_email" value="" size="20" /></div>'
            '<div class="editer saisie_session_email obligatoire"><label for="adresse_email">Votre adresse email</label>'
            '<input type="email" class="text email" name="session_email" id="adresse_email" value="" size="20" /></div>'
            '<div class="editer saisie_message"><label for="message">Un commentaire (facultatif)</label>'
            '<textarea name="message" id="message" rows="3" cols="40"></textarea></div></div></fieldset>'
            '<p class="boutons"><input type="submit" class="submit" value="Signer la pétition" /></p></div></form></div>'
            f'<p><a href="spip.php?page=signatures&amp;id_article={article_id}">Voir toutes les signatures</a></p></div>')


# ---- Drupal ---------------------------------------------------------------------------------------------

def webform(form_id, fields, textarea=None, radios=None, submit="Envoyer", action=None):
    """Drupal Webform: form.webform-submission-form with js-form-item wrappers."""
    fid = form_id.replace("_", "-")
    inner = "".join(
        f'<div class="js-form-item form-item js-form-type-{typ} form-item-{name.replace("_", "-")}">'
        f'<label for="edit-{name.replace("_", "-")}">{escape(label)}</label><input data-drupal-selector="edit-'
        f'{name.replace("_", "-")}" type="{typ}" id="edit-{name.replace("_", "-")}" name="{name}" value="" size="60" '
        f'class="form-{typ}" /></div>' for name, label, typ in fields)
    for name, label, options in radios or []:
        opts = "".join(f'<div class="js-form-item form-item js-form-type-radio"><input type="radio" id="edit-{name}-{i}" '
                       f'name="{name}" value="{i}" class="form-radio" /><label for="edit-{name}-{i}" class="option">'
                       f'{escape(o)}</label></div>' for i, o in enumerate(options))
        inner += (f'<fieldset class="radios--wrapper fieldgroup form-composite webform-composite js-webform-type-radios '
                  f'webform-type-radios" id="edit-{name}--wrapper"><legend><span class="fieldset-legend">{escape(label)}</span>'
                  f'</legend><div class="fieldset-wrapper"><div id="edit-{name}" class="js-webform-radios webform-options-display-one-column form-radios">'
                  f'{opts}</div></div></fieldset>')
    if textarea:
        name, label = textarea
        inner += (f'<div class="js-form-item form-item js-form-type-textarea form-item-{name}"><label for="edit-{name}">'
                  f'{escape(label)}</label><div class="form-textarea-wrapper"><textarea data-drupal-selector="edit-{name}" '
                  f'id="edit-{name}" name="{name}" rows="5" cols="60" class="form-textarea resize-vertical"></textarea></div></div>')
    return (f'<form class="webform-submission-form webform-submission-add-form webform-submission-{fid}-form js-webform-details-toggle" '
            f'data-drupal-selector="webform-submission-{fid}-add-form" action="{action or "/form/" + fid}" method="post" '
            f'id="webform-submission-{fid}-add-form" accept-charset="UTF-8">{inner}'
            f'<input data-drupal-selector="form-build-id" type="hidden" name="form_build_id" value="form-Q8v1mJ2kX4p" />'
            f'<input data-drupal-selector="edit-webform-submission-{fid}-add-form" type="hidden" name="form_id" '
            f'value="webform_submission_{form_id}_add_form" /><div data-drupal-selector="edit-actions" class="form-actions '
            f'webform-actions js-form-wrapper form-wrapper" id="edit-actions"><input class="webform-button--submit button '
            f'button--primary js-form-submit form-submit" data-drupal-selector="edit-actions-submit" type="submit" '
            f'id="edit-actions-submit" name="op" value="{escape(submit)}" /></div></form>')


def drupal_comments(node_id, comments):
    """Drupal core comments: section.comment-wrapper, article.comment, form.comment-comment-form."""
    items = "".join(f'<article data-comment-user-id="0" id="comment-{node_id * 10 + i}" class="comment js-comment by-anonymous">'
                    f'<footer class="comment__meta"><p class="comment__author"><span>{escape(who)}</span></p>'
                    f'<p class="comment__time">{escape(when)}</p></footer><div class="comment__content">'
                    f'<div class="field field--name-comment-body"><p>{escape(text)}</p></div></div></article>'
                    for i, (who, when, text) in enumerate(comments, 1))
    return (f'<section class="field field--name-comment field--type-comment comment-wrapper"><h2 class="title comment-wrapper__title">'
            f'Commentaires</h2>{items}<h2 class="title comment-form__title">Ajouter un commentaire</h2>'
            f'<form class="comment-comment-form comment-form" data-drupal-selector="comment-form" action="/comment/reply/node/{node_id}/comment" '
            'method="post" id="comment-form" accept-charset="UTF-8"><div class="js-form-item form-item js-form-type-textfield '
            'form-item-name"><label for="edit-name">Votre nom</label><input type="text" id="edit-name" name="name" value="" '
            'size="30" maxlength="60" class="form-text" /></div><div class="field--type-text-long field--name-comment-body">'
            '<div class="js-form-item form-item js-form-type-textarea form-item-comment-body-0-value"><label for="edit-comment-body-0-value" '
            'class="js-form-required form-required">Commentaire</label><div class="form-textarea-wrapper"><textarea '
            'data-drupal-selector="edit-comment-body-0-value" id="edit-comment-body-0-value" name="comment_body[0][value]" rows="5" '
            'cols="60" class="form-textarea required" required="required"></textarea></div></div></div>'
            '<input type="hidden" name="form_id" value="comment_comment_form" /><div class="form-actions js-form-wrapper form-wrapper">'
            '<input type="submit" id="edit-submit" name="op" value="Enregistrer" class="button button--primary js-form-submit form-submit" />'
            '</div></form></section>')


def drupal_poll(poll_id, question, options):
    """Drupal Poll module block: form.poll-view-form with choice radios and a Vote button."""
    radios = "".join(f'<div class="js-form-item form-item js-form-type-radio form-item-choice"><input type="radio" '
                     f'id="edit-choice-{poll_id}-{i}" name="choice" value="{i}" class="form-radio" /><label '
                     f'for="edit-choice-{poll_id}-{i}" class="option">{escape(o)}</label></div>' for i, o in enumerate(options, 1))
    return (f'<div id="block-pollrecent" class="block block-poll block-poll-recent-block"><h2>Sondage</h2>'
            f'<form class="poll-view-form poll-view-form-{poll_id}" data-drupal-selector="poll-view-form-{poll_id}" '
            f'action="/poll/{poll_id}" method="post" id="poll-view-form-{poll_id}" accept-charset="UTF-8"><div class="poll">'
            f'<div class="poll-question">{escape(question)}</div><fieldset id="edit-choice--wrapper" class="fieldgroup '
            f'form-composite"><div id="edit-choice" class="form-radios">{radios}</div></fieldset>'
            '<div class="form-actions"><input type="submit" id="edit-vote" name="op" value="Voter" class="button js-form-submit '
            'form-submit" /></div></div><input type="hidden" name="form_id" value="poll_view_form_' + str(poll_id) + '" /></form></div>')


# ---- TYPO3 ----------------------------------------------------------------------------------------------

def powermail(uid, fields, textarea=None, submit="Envoyer", title="", choices=()):
    """TYPO3 powermail: form.powermail_form with tx_powermail_pi1[field][...] names."""
    inner = "".join(
        f'<div class="powermail_fieldwrap powermail_fieldwrap_type_input powermail_fieldwrap_{name}">'
        f'<label for="powermail_field_{name}" class="powermail_label">{escape(label)}</label><div class="powermail_field">'
        f'<input class="powermail_input" id="powermail_field_{name}" type="{typ}" name="tx_powermail_pi1[field][{name}]" value="" />'
        f'</div></div>' for name, label, typ in fields)
    for name, label, options in choices:
        radios = "".join(f'<div class="radio"><label><input type="radio" class="powermail_radio" value="{escape(o)}" '
                         f'name="tx_powermail_pi1[field][{name}]" id="powermail_field_{name}_{i}" />{escape(o)}</label></div>'
                         for i, o in enumerate(options, 1))
        inner += (f'<div class="powermail_fieldwrap powermail_fieldwrap_type_radio powermail_fieldwrap_{name}">'
                  f'<fieldset><legend class="powermail_label">{escape(label)}</legend><div class="powermail_field">{radios}</div>'
                  f'</fieldset></div>')
    if textarea:
        name, label = textarea
        inner += (f'<div class="powermail_fieldwrap powermail_fieldwrap_type_textarea powermail_fieldwrap_{name}">'
                  f'<label for="powermail_field_{name}" class="powermail_label">{escape(label)}</label><div class="powermail_field">'
                  f'<textarea rows="5" cols="20" class="powermail_textarea" id="powermail_field_{name}" '
                  f'name="tx_powermail_pi1[field][{name}]"></textarea></div></div>')
    return (f'<div class="tx-powermail"><div class="container-fluid"><form data-powermail-validate="data-powermail-validate" '
            f'enctype="multipart/form-data" name="field" class="powermail_form powermail_form_{uid}" '
            f'action="/index.php?id=12&amp;tx_powermail_pi1%5Baction%5D=create&amp;tx_powermail_pi1%5Bcontroller%5D=Form" method="post">'
            f'<h3>{escape(title)}</h3><fieldset class="powermail_fieldset powermail_fieldset_{uid}">{inner}'
            f'<div class="powermail_fieldwrap powermail_fieldwrap_type_submit"><div class="powermail_field">'
            f'<input class="btn btn-primary powermail_submit" type="submit" value="{escape(submit)}" /></div></div></fieldset>'
            f'<input type="hidden" name="tx_powermail_pi1[mail][form]" value="{uid}" /></form></div></div>')


# ---- a vendor CMS for small communes ---------------------------------------------------------------------

def vendor_form(action, fields, textarea=None, selects=(), submit="Envoyer", cls="form-contact"):
    inner = "".join(f'<div class="form__field"><label for="f-{name}">{escape(label)}</label>'
                    f'<input id="f-{name}" type="{typ}" name="{name}" autocomplete="on"></div>' for name, label, typ in fields)
    for name, label, options in selects:
        opts = "".join(f"<option>{escape(o)}</option>" for o in options)
        inner += (f'<div class="form__field"><label for="f-{name}">{escape(label)}</label>'
                  f'<select id="f-{name}" name="{name}">{opts}</select></div>')
    if textarea:
        name, label = textarea
        inner += (f'<div class="form__field"><label for="f-{name}">{escape(label)}</label>'
                  f'<textarea id="f-{name}" name="{name}" rows="6"></textarea></div>')
    return (f'<form class="form {cls}" method="post" action="{action}"><p class="form__mandatory">Les champs marqués '
            f'd\'un astérisque sont obligatoires.</p>{inner}<div class="form__rgpd"><input type="checkbox" id="f-rgpd" '
            f'name="rgpd" required><label for="f-rgpd">J\'accepte que mes données soient utilisées pour traiter ma demande.'
            f'</label></div><button class="btn btn--primary" type="submit">{escape(submit)}</button></form>')


def disqus(shortname, ident):
    return ('<div id="disqus_thread"></div><script>var disqus_config = function () { this.page.identifier = "'
            + ident + '"; };(function() { var d = document, s = d.createElement("script"); s.src = "https://'
            + shortname + '.disqus.com/embed.js"; s.setAttribute("data-timestamp", +new Date());'
            ' (d.head || d.body).appendChild(s); })();</script><noscript>Activez JavaScript pour voir les '
            'commentaires propulsés par Disqus.</noscript>')


def results_table(question, rows, total):
    trs = "".join(f"<tr><td>{escape(a)}</td><td>{pct} %</td></tr>" for a, pct in rows)
    return (f'<table class="table resultats"><caption>{escape(question)} ({total} réponses)</caption>'
            f'<thead><tr><th scope="col">Réponse</th><th scope="col">Part</th></tr></thead><tbody>{trs}</tbody></table>')


# ---- platforms -------------------------------------------------------------------------------------------

def _platform_page(site, page, head_extra, header, footer, body_cls):
    return f"""<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(page.title)} - {escape(site.title)}</title>
{head_extra}
</head>
<body class="{body_cls}">
{header}
<main id="main-content" role="main"><h1>{escape(page.title)}</h1>{page.body}</main>
{footer}
</body></html>"""


def fluicity_layout(site, page):
    """A Fluicity space of a commune: the vendor's app shell with server-rendered content."""
    menu = "".join(f'<li class="fl-nav__item"><a class="fl-nav__link" href="{escape(h)}">{escape(l)}</a></li>'
                   for l, h in site.menu)
    head = ('<meta property="og:site_name" content="Fluicity">\n<link rel="stylesheet" href="/static/fluicity/app.b71e2c.css">\n'
            '<script src="/static/fluicity/runtime.4c9a0d.js" defer></script>')
    header = (f'<header class="fl-header"><a class="fl-header__brand" href="/">{escape(site.title)}</a>'
              f'<nav class="fl-nav" aria-label="Navigation"><ul>{menu}</ul></nav>'
              '<a class="fl-header__login" href="/login">Se connecter</a></header>')
    footer = ('<footer class="fl-footer"><a href="/cgu">Conditions générales d\'utilisation</a> · '
              '<span class="fl-footer__powered">Propulsé par '
              '<a href="https://www.flui.city/" target="_blank" rel="noopener">Fluicity</a></span></footer>')
    return _platform_page(site, page, head, header, footer, "fl-app fl-space")


def idcity_layout(site, page):
    """An id-city participation space: /dialog/ processes, ideas and votes."""
    menu = "".join(f'<li class="nav-item"><a class="nav-link" href="{escape(h)}">{escape(l)}</a></li>' for l, h in site.menu)
    head = ('<link rel="stylesheet" href="/build/idcity-front.9d3f1a.css">\n<script src="/build/idcity-front.2b8e6c.js" defer></script>'
            '\n<meta name="author" content="id-city">')
    header = (f'<header class="idc-header navbar navbar-expand-lg"><a class="navbar-brand" href="/">{escape(site.title)}</a>'
              f'<ul class="navbar-nav">{menu}</ul><a class="btn btn-outline-primary" href="/login">Mon compte</a></header>')
    footer = ('<footer class="idc-footer"><ul><li><a href="/cgu">CGU</a></li><li><a href="/charte">Charte de participation</a></li>'
              '</ul><p>Plateforme de participation citoyenne <a href="https://www.id-city.fr/" target="_blank" '
              'rel="noopener">id-city</a></p></footer>')
    return _platform_page(site, page, head, header, footer, "idc-front")
