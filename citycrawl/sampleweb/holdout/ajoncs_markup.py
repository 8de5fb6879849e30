"""Markup helpers of the "ajoncs" holdout part: the blocks that CMS plugins, platforms and e-services
render on city pages (polls, comment forms, webforms, petitions, boards), written in this part's own words."""
from html import escape


def prose(*paragraphs):
    return "".join(f"<p>{p}</p>" for p in paragraphs)


def section(title, *paragraphs, level=2):
    return f"<h{level}>{escape(title)}</h{level}>" + prose(*paragraphs)


def bullets(items, cls="liste"):
    return f'<ul class="{cls}">' + "".join(f"<li>{i}</li>" for i in items) + "</ul>"


def links(items, cls="liens-utiles"):
    return f'<ul class="{cls}">' + "".join(f'<li><a href="{escape(h)}">{escape(t)}</a></li>' for h, t in items) + "</ul>"


def cookie_banner(kind="tarteaucitron"):
    if kind == "complianz":
        return ('<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner cmplz-hidden banner-1 optin" '
                'role="dialog" aria-live="polite" aria-labelledby="cmplz-header-1-optin"><div class="cmplz-header">'
                '<div class="cmplz-title" id="cmplz-header-1-optin">Gérer le consentement aux cookies</div></div>'
                '<div class="cmplz-body"><div class="cmplz-message">Nous utilisons des cookies de mesure d\'audience '
                'pour améliorer le site.</div></div><div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">'
                'Accepter</button><button class="cmplz-btn cmplz-deny">Refuser</button></div></div></div>')
    return ('<div id="tarteaucitronRoot" data-nosnippet="true"><div id="tarteaucitronAlertBig" role="alertdialog" '
            'aria-labelledby="tac_title"><span id="tac_title" class="tac_visually-hidden">Gestion des cookies</span>'
            '<span id="tarteaucitronDisclaimerAlert">Ce site utilise des cookies et vous donne le contrôle sur ceux '
            'que vous souhaitez activer.</span><button type="button" class="tarteaucitronCTAButton '
            'tarteaucitronAllow" id="tarteaucitronPersonalize2">Tout accepter</button><button type="button" '
            'class="tarteaucitronCTAButton tarteaucitronDeny" id="tarteaucitronAllDenied2">Tout refuser</button>'
            '</div></div>')


def news(items, title="Actualités", more="/actualites"):
    cards = "".join(f'<article class="news-card"><p class="news-card__date">{escape(d)}</p><h3 class="news-card__title">'
                    f'<a href="{escape(h)}">{escape(t)}</a></h3></article>' for h, t, d in items)
    return f'<section class="home-news"><h2>{escape(title)}</h2><div class="news-grid">{cards}</div>' \
           f'<p class="home-news__more"><a href="{escape(more)}">Toutes les actualités</a></p></section>'


def agenda(items):
    rows = "".join(f'<li class="agenda-item"><time>{escape(d)}</time> <span class="agenda-item__title">{escape(t)}</span> '
                   f'<span class="agenda-item__place">{escape(p)}</span></li>' for d, t, p in items)
    return f'<section class="home-agenda"><h2>Agenda</h2><ul class="agenda-list">{rows}</ul></section>'


def tiles(items, title="Accès rapides"):
    li = "".join(f'<li class="quick-access__item"><a href="{escape(h)}"><span class="icon" aria-hidden="true"></span>'
                 f'{escape(t)}</a></li>' for h, t in items)
    return f'<nav class="quick-access" aria-label="{escape(title)}"><h2>{escape(title)}</h2><ul>{li}</ul></nav>'


def home(intro, quick, news_items, events, banner="tarteaucitron", extra="", more="/actualites"):
    return (cookie_banner(banner) + f'<div class="home-hero"><p class="home-hero__lead">{intro}</p></div>'
            + tiles(quick) + extra + news(news_items, more=more) + agenda(events))


def with_sidebar(main, aside):
    return f'<div class="layout-two-cols"><div class="content-main">{main}</div>' \
           f'<aside class="sidebar widget-area" role="complementary">{aside}</aside></div>'


def share(url, title=""):
    from urllib.parse import quote
    u = quote(url, safe="")
    return ('<div class="share-buttons"><span>Partager :</span>'
            f'<a class="share-facebook" href="https://www.facebook.com/sharer/sharer.php?u={u}" target="_blank" rel="noopener">Facebook</a>'
            f'<a class="share-x" href="https://x.com/share?url={u}&amp;text={quote(title)}" target="_blank" rel="noopener">X</a>'
            f'<a class="share-linkedin" href="https://www.linkedin.com/shareArticle?mini=true&amp;url={u}" target="_blank" rel="noopener">LinkedIn</a>'
            f'<a class="share-mail" href="mailto:?subject={quote(title)}&amp;body={u}">Courriel</a></div>')


# ---- WordPress ------------------------------------------------------------------------------------

def wp_poll_widget(poll_id, question, answers):
    """A WP-Polls style widget in a sidebar: radio answers, a vote button, a link to results."""
    opts = "".join(f'<li><input type="radio" id="poll-answer-{poll_id * 10 + i}" name="poll_{poll_id}" value="{poll_id * 10 + i}" />'
                   f'<label for="poll-answer-{poll_id * 10 + i}">{escape(a)}</label></li>' for i, a in enumerate(answers))
    return (f'<section class="widget widget_polls-widget"><h2 class="widget-title">Sondage</h2>'
            f'<div id="polls-{poll_id}" class="wp-polls"><form id="polls_form_{poll_id}" class="wp-polls-form" '
            f'action="/index.php" method="post"><p style="display: none;"><input type="hidden" id="poll_{poll_id}_nonce" '
            f'name="wp-polls-nonce" value="5c2a9e71d0" /></p><p style="display: none;"><input type="hidden" name="poll_id" '
            f'value="{poll_id}" /></p><p style="text-align: center;"><strong>{escape(question)}</strong></p>'
            f'<div id="polls-{poll_id}-ans" class="wp-polls-ans"><ul class="wp-polls-ul">{opts}</ul>'
            f'<p style="text-align: center;"><input type="button" name="vote" value="   Voter   " class="Buttons" '
            f'onclick="poll_vote({poll_id});" /></p><p style="text-align: center;"><a href="#ViewPollResults" '
            f'onclick="poll_result({poll_id}); return false;" title="Voir les résultats">Voir les résultats</a></p>'
            f'</div></form></div></section>')


def wp_poll_results(poll_id, question, rows, total):
    li = "".join(f'<li>{escape(a)} <small>({pct}%, {n} votes)</small><div class="pollbar" style="width: {pct}%;" '
                 f'title="{escape(a)} ({pct}% | {n} votes)"></div></li>' for a, pct, n in rows)
    return (f'<div id="polls-{poll_id}" class="wp-polls"><p style="text-align: center;"><strong>{escape(question)}</strong></p>'
            f'<div id="polls-{poll_id}-ans" class="wp-polls-ans"><ul class="wp-polls-ul">{li}</ul>'
            f'<p style="text-align: center;">Votants : <strong>{total}</strong></p>'
            f'<p style="text-align: center;">Ce sondage est clos.</p></div></div>')


def cf7(action, subjects=None, wpcf7_id=412, idea=False):
    options = "".join(f"<option value=\"{escape(s)}\">{escape(s)}</option>" for s in (subjects or []))
    select = (f'<p><label>Objet<br /><span class="wpcf7-form-control-wrap" data-name="your-subject"><select '
              f'name="your-subject" class="wpcf7-form-control wpcf7-select">{options}</select></span></label></p>'
              if subjects else
              '<p><label>Objet<br /><span class="wpcf7-form-control-wrap" data-name="your-subject"><input type="text" '
              'name="your-subject" size="40" class="wpcf7-form-control wpcf7-text" /></span></label></p>')
    label = "Votre idée" if idea else "Votre message"
    return (f'<div class="wpcf7 no-js" id="wpcf7-f{wpcf7_id}-p{wpcf7_id + 3}-o1" lang="fr-FR" dir="ltr">'
            f'<form action="{escape(action)}#wpcf7-f{wpcf7_id}-p{wpcf7_id + 3}-o1" method="post" class="wpcf7-form init" '
            f'aria-label="Formulaire de contact" novalidate="novalidate" data-status="init">'
            f'<div style="display: none;"><input type="hidden" name="_wpcf7" value="{wpcf7_id}" />'
            f'<input type="hidden" name="_wpcf7_version" value="5.9.3" /><input type="hidden" name="_wpcf7_locale" value="fr_FR" />'
            f'<input type="hidden" name="_wpcf7_unit_tag" value="wpcf7-f{wpcf7_id}-p{wpcf7_id + 3}-o1" /></div>'
            '<p><label>Votre nom<br /><span class="wpcf7-form-control-wrap" data-name="your-name"><input type="text" '
            'name="your-name" size="40" class="wpcf7-form-control wpcf7-text wpcf7-validates-as-required" '
            'autocomplete="name" aria-required="true" /></span></label></p>'
            '<p><label>Votre e-mail<br /><span class="wpcf7-form-control-wrap" data-name="your-email"><input type="email" '
            'name="your-email" size="40" class="wpcf7-form-control wpcf7-email wpcf7-validates-as-required" '
            'autocomplete="email" aria-required="true" /></span></label></p>' + select +
            f'<p><label>{label}<br /><span class="wpcf7-form-control-wrap" data-name="your-message"><textarea '
            'name="your-message" cols="40" rows="10" class="wpcf7-form-control wpcf7-textarea"></textarea></span></label></p>'
            '<p><span class="wpcf7-form-control-wrap" data-name="rgpd"><span class="wpcf7-form-control wpcf7-acceptance">'
            '<span class="wpcf7-list-item"><label><input type="checkbox" name="rgpd" value="1" aria-invalid="false" />'
            '<span class="wpcf7-list-item-label">J\'accepte que mes données soient utilisées pour traiter ma demande.'
            '</span></label></span></span></span></p>'
            '<p><input type="submit" value="Envoyer" class="wpcf7-form-control wpcf7-submit has-spinner" /></p>'
            '<div class="wpcf7-response-output" aria-hidden="true"></div></form></div>')


def wp_comments(post_id, comments, open_=True):
    items = "".join(f'<li id="comment-{post_id * 10 + i}" class="comment even thread-even depth-1"><article class="comment-body">'
                    f'<footer class="comment-meta"><div class="comment-author vcard"><b class="fn">{escape(a)}</b> '
                    f'<span class="says">dit :</span></div><div class="comment-metadata"><time>{escape(d)}</time></div>'
                    f'</footer><div class="comment-content"><p>{escape(t)}</p></div></article></li>'
                    for i, (a, d, t) in enumerate(comments))
    head = f'<h2 class="comments-title">{len(comments)} réponses</h2><ol class="comment-list">{items}</ol>' if comments else ""
    if not open_:
        return f'<div id="comments" class="comments-area">{head}<p class="no-comments">Les commentaires sont fermés.</p></div>'
    return (f'<div id="comments" class="comments-area">{head}<div id="respond" class="comment-respond">'
            '<h3 id="reply-title" class="comment-reply-title">Laisser un commentaire</h3>'
            '<form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate>'
            '<p class="comment-notes">Votre adresse e-mail ne sera pas publiée.</p>'
            '<p class="comment-form-comment"><label for="comment">Commentaire</label><textarea id="comment" name="comment" '
            'cols="45" rows="8" maxlength="65525" required></textarea></p>'
            '<p class="comment-form-author"><label for="author">Nom</label><input id="author" name="author" type="text" size="30" /></p>'
            '<p class="comment-form-email"><label for="email">E-mail</label><input id="email" name="email" type="email" size="30" /></p>'
            f'<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Laisser un commentaire" />'
            f'<input type="hidden" name="comment_post_ID" value="{post_id}" id="comment_post_ID" />'
            '<input type="hidden" name="comment_parent" id="comment_parent" value="0" /></p></form></div></div>')


def newsletter(action, provider="mailpoet"):
    return (f'<div class="newsletter-block {provider}"><h2>Lettre d\'information</h2><p>Recevez chaque mois les nouvelles '
            f'de la commune.</p><form class="newsletter-form" method="post" action="{escape(action)}">'
            '<label for="nl-email">Adresse e-mail</label><input type="email" id="nl-email" name="email" required>'
            '<input type="hidden" name="list" value="2"><button type="submit">S\'abonner</button></form></div>')


# ---- Drupal ---------------------------------------------------------------------------------------

def webform(form_id, action, fields, submit="Envoyer"):
    """A Drupal Webform: ``fields`` are (kind, name, label) with kind text/email/textarea/select:opt1|opt2/radios:a|b."""
    out = []
    for kind, name, label in fields:
        fid = f"edit-{name.replace('_', '-')}"
        if kind == "textarea":
            out.append(f'<div class="js-form-item form-item js-form-type-textarea form-type-textarea form-item-{name.replace("_", "-")}">'
                       f'<label for="{fid}">{escape(label)}</label><div class="form-textarea-wrapper"><textarea '
                       f'data-drupal-selector="{fid}" id="{fid}" name="{name}" rows="5" cols="60" class="form-textarea"></textarea></div></div>')
        elif kind.startswith("radios:"):
            opts = "".join(f'<div class="js-form-item form-item js-form-type-radio form-type-radio"><input type="radio" '
                           f'id="{fid}-{i}" name="{name}" value="{escape(o)}" class="form-radio" /><label for="{fid}-{i}" '
                           f'class="option">{escape(o)}</label></div>' for i, o in enumerate(kind[7:].split("|")))
            out.append(f'<fieldset class="radios--wrapper fieldgroup form-composite webform-composite js-webform-type-radios" '
                       f'id="{fid}--wrapper"><legend><span class="fieldset-legend">{escape(label)}</span></legend>'
                       f'<div class="fieldset-wrapper"><div id="{fid}" class="js-webform-radios webform-options-display-one-column form-radios">{opts}</div></div></fieldset>')
        elif kind.startswith("select:"):
            opts = "".join(f'<option value="{escape(o)}">{escape(o)}</option>' for o in kind[7:].split("|"))
            out.append(f'<div class="js-form-item form-item js-form-type-select form-type-select"><label for="{fid}">{escape(label)}</label>'
                       f'<select data-drupal-selector="{fid}" id="{fid}" name="{name}" class="form-select">{opts}</select></div>')
        else:
            out.append(f'<div class="js-form-item form-item js-form-type-{kind} form-type-{kind}"><label for="{fid}">{escape(label)}</label>'
                       f'<input data-drupal-selector="{fid}" type="{kind}" id="{fid}" name="{name}" value="" size="60" class="form-{kind}" /></div>')
    return (f'<form class="webform-submission-form webform-submission-add-form webform-submission-{form_id}-form '
            f'js-webform-details-toggle webform-details-toggle" data-drupal-selector="webform-submission-{form_id}-add-form" '
            f'action="{escape(action)}" method="post" id="webform-submission-{form_id}-add-form" accept-charset="UTF-8">'
            + "".join(out) +
            f'<input autocomplete="off" data-drupal-selector="form-x7Yq" type="hidden" name="form_build_id" value="form-x7Yq2b" />'
            f'<input data-drupal-selector="edit-webform-submission-{form_id}-add-form" type="hidden" name="form_id" '
            f'value="webform_submission_{form_id}_add_form" /><div data-drupal-selector="edit-actions" class="form-actions webform-actions '
            f'js-form-wrapper form-wrapper" id="edit-actions"><input class="webform-button--submit button button--primary js-form-submit '
            f'form-submit" data-drupal-selector="edit-submit" type="submit" id="edit-actions-submit" name="op" value="{escape(submit)}" /></div></form>')


def drupal_comments(node_id, comments, open_=True):
    items = "".join(f'<article data-comment-user-id="0" id="comment-{node_id + i}" class="comment js-comment by-anonymous">'
                    f'<footer class="comment__meta"><p class="comment__author">{escape(a)}</p><p class="comment__time">{escape(d)}</p>'
                    f'</footer><div class="comment__content"><div class="field field--name-comment-body">{escape(t)}</div></div></article>'
                    for i, (a, d, t) in enumerate(comments))
    form = ('<h2 class="title comment-form__title">Ajouter un commentaire</h2>'
            f'<form class="comment-comment-form comment-form" data-drupal-selector="comment-form" action="/comment/reply/node/{node_id}/comment" '
            'method="post" id="comment-form" accept-charset="UTF-8"><div class="js-form-item form-item"><label for="edit-name">Votre nom</label>'
            '<input type="text" id="edit-name" name="name" size="30" maxlength="60" class="form-text" /></div>'
            '<div class="field--type-text-long field--name-comment-body field--widget-text-textarea"><div class="js-form-item form-item">'
            '<label for="edit-comment-body-0-value" class="js-form-required form-required">Commentaire</label><textarea '
            'data-drupal-selector="edit-comment-body-0-value" id="edit-comment-body-0-value" name="comment_body[0][value]" rows="5" '
            'cols="60" class="form-textarea required" required="required"></textarea></div></div>'
            '<input type="hidden" name="form_id" value="comment_comment_form" /><div class="form-actions"><input type="submit" '
            'id="edit-submit--2" name="op" value="Enregistrer" class="button button--primary js-form-submit form-submit" /></div></form>'
            ) if open_ else ""
    return f'<section class="field field--name-comment field--type-comment comments"><h2 class="title">Commentaires</h2>{items}{form}</section>'


# ---- SPIP -----------------------------------------------------------------------------------------

def spip_forum(id_article, messages):
    items = "".join(f'<li class="forum-fil"><div class="forum-message" id="forum{id_article * 10 + i}"><div class="forum-chapo">'
                    f'<strong class="forum-titre">{escape(t)}</strong> <small>{escape(d)}, par <span class="author">{escape(a)}</span></small>'
                    f'</div><div class="forum-texte"><p>{escape(x)}</p></div><p class="repondre"><a href="#formulaire_forum" rel="nofollow">Répondre à ce message</a></p></div></li>'
                    for i, (t, d, a, x) in enumerate(messages))
    return (f'<div class="forum-repondre"><a href="#formulaire_forum" rel="noindex nofollow">Un message, un commentaire ?</a></div>'
            f'<ul class="forum">{items}</ul>'
            f'<div class="formulaire_spip formulaire_forum ajax" id="formulaire_forum"><form action="#formulaire_forum" method="post" '
            f'enctype="multipart/form-data"><div><input name="formulaire_action" type="hidden" value="forum" />'
            f'<input name="formulaire_action_args" type="hidden" value="a:{id_article}" /><input name="id_article" value="{id_article}" type="hidden" /></div>'
            '<fieldset><legend>Votre message</legend><div class="editer-groupe"><div class="editer saisie_titre obligatoire">'
            '<label for="titre_forum">Titre</label><input type="text" class="text" name="titre" id="titre_forum" value="" size="60" /></div>'
            '<div class="editer saisie_texte obligatoire"><label for="texte_forum">Texte de votre message</label>'
            '<textarea name="texte" id="texte_forum" rows="10" cols="40"></textarea></div></div></fieldset>'
            '<fieldset><legend>Qui êtes-vous ?</legend><div class="editer saisie_session_nom"><label for="session_nom">Votre nom</label>'
            '<input type="text" class="text" name="session_nom" id="session_nom" value="" size="40" /></div>'
            '<div class="editer saisie_session_email"><label for="session_email">Votre adresse email</label>'
            '<input type="email" class="text email" name="session_email" id="session_email" value="" size="40" /></div></fieldset>'
            '<p class="boutons"><input type="submit" class="submit" name="previsualiser_message" value="Prévisualiser" /></p></form></div>')


def spip_petition(id_article, count, recent):
    sigs = "".join(f'<li><span class="nom">{escape(n)}</span> <span class="date">{escape(d)}</span></li>' for n, d in recent)
    return (f'<div class="formulaire_spip formulaire_signature ajax" id="sp{id_article}"><h2 class="titre_petition">Signer cette pétition</h2>'
            f'<p class="nb_signatures">{count} signatures</p>'
            f'<form method="post" action="#sp{id_article}"><div><input name="formulaire_action" type="hidden" value="signature" />'
            f'<input name="formulaire_action_args" type="hidden" value="{id_article}" /></div><fieldset><ul>'
            '<li class="editer saisie_session_nom obligatoire"><label for="session_nom">Votre nom ou pseudo</label>'
            '<input type="text" class="text" name="session_nom" id="session_nom" value="" size="20" /></li>'
            '<li class="editer saisie_session_email obligatoire"><label for="session_email">Votre adresse email</label>'
            '<input type="email" class="text email" name="session_email" id="session_email" value="" size="20" /></li>'
            '<li class="editer saisie_ville"><label for="ville">Votre quartier</label><input type="text" class="text" name="ville" id="ville" value="" /></li>'
            '</ul></fieldset><p class="boutons"><input type="submit" class="submit" value="Valider" /></p></form>'
            f'<div class="signatures"><h3>Dernières signatures</h3><ul>{sigs}</ul></div></div>')


# ---- Joomla ---------------------------------------------------------------------------------------

def joomla_contact(action):
    return (f'<div class="com-contact__form contact-form"><form id="contact-form" action="{escape(action)}" method="post" '
            'class="form-validate form-horizontal well"><fieldset><legend>Envoyer un e-mail</legend>'
            '<div class="control-group field-spacer"><div class="controls"><span class="spacer"><span class="before"></span>'
            '<span class="text"><label id="jform_spacer-lbl"><strong class="red">*</strong> Champ requis</label></span></span></div></div>'
            '<div class="control-group"><div class="control-label"><label id="jform_contact_name-lbl" for="jform_contact_name" class="required">'
            'Nom</label></div><div class="controls"><input type="text" name="jform[contact_name]" id="jform_contact_name" value="" '
            'class="form-control required" size="30" required></div></div>'
            '<div class="control-group"><div class="control-label"><label for="jform_contact_email">E-mail</label></div><div class="controls">'
            '<input type="email" name="jform[contact_email]" class="form-control validate-email required" id="jform_contact_email" '
            'value="" size="30" autocomplete="email" required></div></div>'
            '<div class="control-group"><div class="control-label"><label for="jform_contact_emailmsg">Sujet</label></div><div class="controls">'
            '<input type="text" name="jform[contact_subject]" id="jform_contact_emailmsg" value="" class="form-control required" size="60" required></div></div>'
            '<div class="control-group"><div class="control-label"><label for="jform_contact_message">Message</label></div><div class="controls">'
            '<textarea name="jform[contact_message]" id="jform_contact_message" cols="50" rows="10" class="form-control required" '
            'required></textarea></div></div></fieldset><div class="control-group"><div class="controls"><button class="btn btn-primary '
            'validate" type="submit">Envoyer</button><input type="hidden" name="option" value="com_contact"><input type="hidden" '
            'name="task" value="contact.submit"><input type="hidden" name="id" value="1:mairie"></div></div></form></div>')


def joomla_poll_module(question, answers):
    """A Joomla poll module (AcyPoll/ mod_poll style) in a side position."""
    opts = "".join(f'<div class="form-check"><input class="form-check-input" type="radio" name="voteid" id="voteid{i}" value="{i}">'
                   f'<label class="form-check-label" for="voteid{i}">{escape(a)}</label></div>' for i, a in enumerate(answers, 1))
    return (f'<div class="moduletable mod-poll"><h3>Votre avis</h3><form action="/index.php?option=com_poll" method="post" '
            f'name="form2" class="poll"><fieldset><legend>{escape(question)}</legend>{opts}</fieldset>'
            '<div class="mod-poll__buttons"><input type="submit" name="task_button" class="btn btn-primary" value="Voter"> '
            '<button type="button" class="btn btn-secondary" onclick="showPollResults(3)">Résultats</button></div>'
            '<input type="hidden" name="option" value="com_poll"><input type="hidden" name="task" value="vote"></form></div>')


# ---- boards ---------------------------------------------------------------------------------------

def phpbb_topics(forum_id, topics):
    rows = "".join(f'<li class="row bg{1 + i % 2}"><dl class="row-item topic_read"><dt title="Aucun message non lu"><div class="list-inner">'
                   f'<a href="/viewtopic.php?t={tid}" class="topictitle">{escape(t)}</a><br /><div class="topic-poster responsive-hide left-box">'
                   f'par <a href="/memberlist.php?mode=viewprofile&amp;u={tid + 50}" class="username">{escape(a)}</a> &raquo; {escape(d)}</div></div></dt>'
                   f'<dd class="posts">{n} <dfn>Réponses</dfn></dd><dd class="views">{n * 31} <dfn>Vues</dfn></dd></dl></li>'
                   for i, (tid, t, a, d, n) in enumerate(topics))
    return (f'<div class="action-bar bar-top"><a href="/posting.php?mode=post&amp;f={forum_id}" class="button" title="Écrire un nouveau sujet">'
            f'<span>Nouveau sujet</span></a></div><div class="forumbg"><div class="inner"><ul class="topiclist"><li class="header"><dl class="row-item">'
            f'<dt><div class="list-inner">Sujets</div></dt><dd class="posts">Réponses</dd><dd class="views">Vues</dd></dl></li></ul>'
            f'<ul class="topiclist topics">{rows}</ul></div></div>')


def phpbb_posts(topic_id, posts, forum_id):
    items = "".join(f'<div id="p{topic_id * 10 + i}" class="post has-profile bg{1 + i % 2}"><div class="inner"><dl class="postprofile">'
                    f'<dt><a href="/memberlist.php?mode=viewprofile&amp;u={topic_id + i}" class="username">{escape(a)}</a></dt></dl>'
                    f'<div class="postbody"><div id="post_content{topic_id * 10 + i}"><h3 class="first">Re: sujet</h3><p class="author">'
                    f'<span class="responsive-hide">par <strong>{escape(a)}</strong> &raquo; </span>{escape(d)}</p>'
                    f'<div class="content">{escape(t)}</div></div></div></div></div>' for i, (a, d, t) in enumerate(posts))
    return (f'<div class="action-bar bar-top"><a href="/posting.php?mode=reply&amp;t={topic_id}" class="button" title="Répondre">'
            f'<span>Répondre</span></a></div>{items}<form method="post" action="/posting.php?mode=reply&amp;f={forum_id}&amp;t={topic_id}" '
            'id="qr_postform"><div class="panel"><h2 class="quickreply-title">Réponse rapide</h2><fieldset class="fields1">'
            '<div id="message-box" class="message-box"><textarea style="height: 9em;" name="message" rows="7" cols="76" tabindex="1" '
            'class="inputbox"></textarea></div></fieldset><fieldset class="submit-buttons"><input type="submit" accesskey="s" '
            'tabindex="6" name="post" value="Envoyer" class="button1" /></fieldset></div></form>')


def discourse_list(topics):
    rows = "".join(f'<tr class="topic-list-item"><td class="main-link"><meta itemprop="position" content="{i + 1}"><span class="link-top-line">'
                   f'<a itemprop="url" href="/t/{slug}/{tid}" class="title raw-link raw-topic-link">{escape(t)}</a></span>'
                   f'<div class="link-bottom-line"><span class="badge-wrapper bullet"><span class="badge-category-name">'
                   f'{escape(cat)}</span></span></div></td><td class="replies"><span class="posts" title="messages">{n}</span></td>'
                   f'<td class="views"><span class="views" title="vues">{n * 17}</span></td></tr>'
                   for i, (slug, tid, t, cat, n) in enumerate(topics))
    return f'<div class="topic-list-container" itemscope itemtype="http://schema.org/ItemList"><table class="topic-list"><tbody>{rows}</tbody></table></div>'


def discourse_topic(posts):
    items = "".join(f'<div id="post_{i + 1}" itemprop="{"comment" if i else "mainEntity"}" itemscope '
                    f'itemtype="http://schema.org/{"Comment" if i else "DiscussionForumPosting"}" class="topic-body crawler-post">'
                    f'<div class="crawler-post-meta"><span class="creator" itemprop="author" itemscope itemtype="http://schema.org/Person">'
                    f'<span itemprop="name">{escape(a)}</span></span>'
                    f'<span class="crawler-post-infos"><time itemprop="datePublished" class="post-time">{escape(d)}</time>'
                    f'<span itemprop="position">#{i + 1}</span></span></div><div class="post" itemprop="text"><p>{escape(t)}</p></div>'
                    f'<div itemprop="interactionStatistic" itemscope itemtype="http://schema.org/InteractionCounter">'
                    f'<meta itemprop="interactionType" content="http://schema.org/LikeAction"/><meta itemprop="userInteractionCount" '
                    f'content="{3 + i}" /><span class="post-likes">{3 + i} J\'aime</span></div></div>' for i, (a, d, t) in enumerate(posts))
    return f'<div id="topic-posts">{items}</div><p class="crawler-reply">Connectez-vous pour répondre.</p>'


def flarum_list(discussions):
    rows = "".join(f'<li><a href="/d/{did}-{slug}">{escape(t)}</a> <span class="DiscussionListItem-count">{n} réponses</span></li>'
                   for did, slug, t, n in discussions)
    return f'<ul class="DiscussionList-discussions">{rows}</ul>'


def flarum_discussion(posts):
    items = "".join(f'<div class="Post CommentPost"><header class="Post-header"><h3 class="PostUser-name">{escape(a)}</h3>'
                    f'<time>{escape(d)}</time></header><div class="Post-body"><p>{escape(t)}</p></div></div>'
                    for a, d, t in posts)
    return f'<div class="PostStream">{items}</div><p class="Post-reply">Répondre (connexion requise)</p>'


# ---- platforms ------------------------------------------------------------------------------------

def decidim_process_cards(processes):
    cards = "".join(f'<a href="{escape(h)}" class="card__grid"><div class="card__grid-text"><h3 class="h4 text-secondary">{escape(t)}</h3>'
                    f'<div class="card__grid-metadata"><span>{escape(step)}</span></div></div></a>' for h, t, step in processes)
    return f'<section class="content-block"><h2 class="h2 decorator">Processus participatifs en cours</h2><div class="card__grid-home">{cards}</div></section>'


def decidim_proposals(items, new_href):
    cards = "".join(f'<a href="{escape(h)}" class="card__list" id="proposals__proposal_{pid}"><div class="card__list-content">'
                    f'<div class="card__list-title">{escape(t)}</div><div class="card__list-metadata"><span>{escape(a)}</span>'
                    f'<span class="card__list-metadata-count">{n} commentaires</span></div></div></a>' for h, pid, t, a, n in items)
    return (f'<div class="layout-main__buttons"><a href="{escape(new_href)}" class="button button__sm button__secondary">Nouvelle proposition</a></div>'
            f'<div id="proposals" class="proposal-list">{cards}</div>')


def decidim_new_proposal(action):
    return (f'<form class="new_proposal form-defaults" id="new_proposal_form" action="{escape(action)}" accept-charset="UTF-8" method="post">'
            '<input type="hidden" name="authenticity_token" value="wQ3pTm8" autocomplete="off" />'
            '<div class="form__wrapper"><label for="proposal_title">Titre<span class="label-required">Requis</span>'
            '<input maxlength="150" type="text" name="proposal[title]" id="proposal_title" /></label>'
            '<label for="proposal_body">Corps du texte<textarea rows="10" name="proposal[body]" id="proposal_body"></textarea></label>'
            '<label for="proposal_scope_id">Quartier<select name="proposal[decidim_scope_id]" id="proposal_scope_id"><option value="">Toute la ville</option>'
            '<option value="3">Centre</option><option value="4">Les Rives</option></select></label></div>'
            '<div class="form__wrapper-block"><button type="submit" class="button button__sm button__secondary">Continuer</button></div></form>')


def decidim_comments(items):
    li = "".join(f'<div id="comment_{n}" class="comment" data-comment-id="{n}"><div class="comment__header"><span class="author__name">{escape(a)}</span>'
                 f'</div><div class="comment__content"><p>{escape(t)}</p></div></div>' for n, a, t in items)
    return (f'<div id="comments" class="comments"><h2 class="h4">{len(items)} commentaires</h2><div class="comment-threads">{li}</div>'
            '<div class="add-comment"><form class="new_comment" action="/comments" method="post"><label for="add-comment">Ajouter un commentaire'
            '<textarea name="comment[body]" id="add-comment" maxlength="1000" rows="4"></textarea></label>'
            '<button type="submit" class="button button__sm button__secondary">Publier un commentaire</button></form></div></div>')


def consul_investments(items, budget_id, phase, linked=True):
    cards = []
    for iid, t, price, area in items:
        head = f'<h3><a href="/budgets/{budget_id}/investments/{iid}">{escape(t)}</a></h3>' if linked else f'<h3>{escape(t)}</h3>'
        vote = (f'<div class="supports ballot"><form class="button_to" method="post" action="/budgets/{budget_id}/investments/{iid}/ballot_lines">'
                '<input type="submit" value="Voter" class="button button-support small expanded" /></form></div>' if phase == "vote" else "")
        cards.append(f'<div id="budget_investment_{iid}" class="budget-investment clear"><div class="panel"><div class="budget-investment-content">'
                     f'{head}<p class="investment-project-info"><span class="price">{escape(price)}</span> · {escape(area)}</p></div>{vote}</div></div>')
    return f'<div class="budget-investments-list">{"".join(cards)}</div>'


def consul_new_investment(budget_id):
    return (f'<form class="budget-investment-form" id="new_budget_investment" action="/budgets/{budget_id}/investments" method="post">'
            '<fieldset class="required-fields"><label for="budget_investment_title">Titre du projet</label>'
            '<input maxlength="80" type="text" name="budget_investment[title]" id="budget_investment_title" />'
            '<label for="budget_investment_description">Description du projet</label>'
            '<textarea name="budget_investment[description]" id="budget_investment_description" rows="8"></textarea>'
            '<label for="budget_investment_heading_id">Secteur</label><select name="budget_investment[heading_id]" id="budget_investment_heading_id">'
            '<option value="1">Toute la ville</option><option value="2">Quartiers nord</option><option value="3">Quartiers sud</option></select>'
            '<label for="budget_investment_location">Emplacement</label><input type="text" name="budget_investment[location]" id="budget_investment_location" />'
            '</fieldset><input type="submit" name="commit" value="Déposer le projet" class="button expanded" /></form>')


def capco_questionnaire(qid, questions):
    blocks = []
    for n, (label, kind, options) in enumerate(questions, 1):
        if kind == "radio":
            opts = "".join(f'<div class="radio"><label><input type="radio" name="responses[{n}]" value="{escape(o)}"> {escape(o)}</label></div>'
                           for o in options)
        elif kind == "checkbox":
            opts = "".join(f'<div class="checkbox"><label><input type="checkbox" name="responses[{n}][]" value="{escape(o)}"> {escape(o)}</label></div>'
                           for o in options)
        else:
            opts = f'<select class="form-control" name="responses[{n}]">' + "".join(f"<option>{escape(o)}</option>" for o in options) + "</select>"
        blocks.append(f'<div class="form-group" id="reply-form-responses{n}"><label class="control-label h5">{escape(label)}</label>{opts}</div>')
    return (f'<div class="questionnaire-block" data-questionnaire="{qid}"><form id="create-reply-form" class="form-horizontal" method="post" '
            f'action="/questionnaires/{qid}/replies">' + "".join(blocks) +
            '<div class="btn-toolbar"><button type="submit" id="submit-create-reply" class="btn btn-primary">Envoyer mes réponses</button>'
            '</div></form></div>')


def capco_steps(steps):
    li = "".join(f'<li class="step {"step--current" if cur else ""}"><a href="{escape(h)}"><span class="step__title">{escape(t)}</span>'
                 f'<span class="step__dates">{escape(d)}</span></a></li>' for h, t, d, cur in steps)
    return f'<nav class="project__steps" aria-label="Étapes du projet"><ol class="steps-list">{li}</ol></nav>'


def govocal_ideas(items):
    cards = "".join(f'<a href="/fr-FR/ideas/{slug}" class="e2e-idea-card"><div class="e2e-idea-card-title">{escape(t)}</div>'
                    f'<div class="e2e-idea-card-footer"><span class="e2e-ideacard-upvote-count">{up}</span> soutiens · '
                    f'<span class="e2e-ideacard-comment-count">{c}</span> commentaires</div></a>' for slug, t, up, c in items)
    return f'<div id="e2e-ideas-list" class="e2e-ideas-container">{cards}</div>'


def govocal_idea_form(project):
    return (f'<form id="idea-form" class="e2e-idea-form" method="post" action="/fr-FR/projects/{project}/ideas/new">'
            '<label for="e2e-idea-title-input">Titre de votre idée</label><input id="e2e-idea-title-input" name="title_multiloc[fr-FR]" type="text">'
            '<label for="e2e-idea-description-input">Décrivez votre idée</label>'
            '<textarea id="e2e-idea-description-input" name="body_multiloc[fr-FR]" rows="6"></textarea>'
            '<label for="e2e-idea-location">Adresse (facultatif)</label><input id="e2e-idea-location" name="location_description" type="text">'
            '<button type="submit" id="e2e-idea-form-submit">Publier mon idée</button></form>')


def govocal_survey(questions):
    blocks = "".join(f'<fieldset class="e2e-survey-question"><legend>{escape(q)}</legend>'
                     + "".join(f'<label><input type="radio" name="q{i}" value="{escape(o)}"> {escape(o)}</label>' for o in opts)
                     + '</fieldset>' for i, (q, opts) in enumerate(questions))
    return f'<form class="e2e-native-survey" method="post" action="/fr-FR/surveys/responses">{blocks}<button type="submit">Envoyer</button></form>'


def govocal_comments(items):
    li = "".join(f'<div class="e2e-comment"><span class="e2e-author-name">{escape(a)}</span><p>{escape(t)}</p></div>' for a, t in items)
    return (f'<section id="e2e-comments-container"><h2>Commentaires ({len(items)})</h2>{li}<form class="e2e-comment-form" method="post" '
            'action="/web_api/v1/ideas/comments"><label for="e2e-comment-input">Ajouter un commentaire</label>'
            '<textarea id="e2e-comment-input" name="comment[body_multiloc][fr-FR]"></textarea><button type="submit">Publier</button></form></section>')


def community_feed(posts):
    items = "".join(f'<article class="post-card"><header><span class="post-card__author">{escape(a)}</span> · '
                    f'<span class="post-card__group">{escape(g)}</span></header><p>{escape(t)}</p><footer>'
                    f'<a href="{escape(h)}">{n} réponses</a></footer></article>' for a, g, t, h, n in posts)
    return (f'<form class="post-composer" method="post" action="/publications"><label for="composer">Publier auprès de vos voisins</label>'
            f'<textarea id="composer" name="publication[contenu]" placeholder="Prêter, donner, demander un coup de main…"></textarea>'
            f'<select name="publication[categorie]"><option>Prêt d\'objets</option><option>Jardins</option><option>Entraide</option></select>'
            f'<button type="submit">Publier</button></form><div class="feed">{items}</div>')


# ---- forms that are not contact forms -------------------------------------------------------------

def registration_form(action, title, fields, submit="S'inscrire"):
    """A structured registration or application form: named fields, no free message."""
    inputs = "".join(f'<div class="form-field"><label for="f-{n}">{escape(lbl)}</label><input type="{kind}" id="f-{n}" name="{n}"></div>'
                     for kind, n, lbl in fields)
    return (f'<form class="form-inscription" method="post" action="{escape(action)}"><fieldset><legend>{escape(title)}</legend>{inputs}'
            f'</fieldset><button type="submit">{escape(submit)}</button></form>')


def booking_form(action, slots):
    opts = "".join(f'<option value="{i}">{escape(s)}</option>' for i, s in enumerate(slots))
    return (f'<form class="booking-form" method="post" action="{escape(action)}"><label for="slot">Créneau</label><select id="slot" name="creneau">{opts}</select>'
            '<label for="b-name">Nom</label><input id="b-name" name="nom" type="text"><label for="b-mail">E-mail</label>'
            '<input id="b-mail" name="email" type="email"><label for="b-n">Nombre de personnes</label><input id="b-n" name="nombre" type="number" min="1" max="6">'
            '<button type="submit">Réserver</button></form>')


def payment_form(action, label):
    return (f'<form class="paiement-form" method="post" action="{escape(action)}"><p>{escape(label)}</p><label for="ref">Référence de la facture</label>'
            '<input id="ref" name="reference" type="text"><label for="mt">Montant (€)</label><input id="mt" name="montant" type="text">'
            '<button type="submit">Payer en ligne</button></form>')


def publik_form(slug, fields, submit="Valider", step="Étape 1 sur 2"):
    """A w.c.s. form as Publik renders it."""
    out = []
    for kind, n, lbl in fields:
        if kind == "textarea":
            out.append(f'<div class="field widget TextWidget template-textarea" data-field-id="{n}"><div class="title"><label for="form_f{n}">{escape(lbl)}'
                       f'</label></div><div class="content"><textarea id="form_f{n}" name="f{n}" rows="8" cols="70"></textarea></div></div>')
        elif kind.startswith("radio:"):
            opts = "".join(f'<label><input type="radio" name="f{n}" value="{escape(o)}"> {escape(o)}</label>' for o in kind[6:].split("|"))
            out.append(f'<div class="field widget RadiobuttonsWidget" data-field-id="{n}"><div class="title">{escape(lbl)}</div>'
                       f'<div class="content">{opts}</div></div>')
        else:
            out.append(f'<div class="field widget StringWidget" data-field-id="{n}"><div class="title"><label for="form_f{n}">{escape(lbl)}</label></div>'
                       f'<div class="content"><input type="{kind}" id="form_f{n}" name="f{n}" value="" size="40"></div></div>')
    return (f'<div id="steps" class="wcs-steps"><ol><li class="current"><span>{escape(step)}</span></li></ol></div>'
            f'<form action="/{escape(slug)}/" method="post" enctype="multipart/form-data" class="quixote wcs-form" id="wcs-form">'
            '<input type="hidden" name="_form_id" value="' + escape(slug) + '" /><div class="page">' + "".join(out) +
            f'</div><div class="buttons submit"><button type="submit" name="submit" value="{escape(submit)}">{escape(submit)}</button></div></form>')


def generic_contact(action, idea=False):
    """A home-made contact form of a vendor CMS."""
    label = "Votre proposition" if idea else "Votre message"
    return (f'<form class="form form--contact" method="post" action="{escape(action)}" novalidate><div class="form__group">'
            '<label for="c-nom">Nom et prénom <span class="required">*</span></label><input type="text" id="c-nom" name="nom" autocomplete="name" required></div>'
            '<div class="form__group"><label for="c-mail">Courriel <span class="required">*</span></label><input type="email" id="c-mail" '
            'name="courriel" autocomplete="email" required></div><div class="form__group"><label for="c-quartier">Quartier</label>'
            '<input type="text" id="c-quartier" name="quartier"></div><div class="form__group"><label for="c-msg">'
            f'{label} <span class="required">*</span></label><textarea id="c-msg" name="message" rows="8" required></textarea></div>'
            '<div class="form__group form__group--rgpd"><input type="checkbox" id="c-rgpd" name="rgpd" required><label for="c-rgpd">'
            'J\'accepte le traitement de mes données.</label></div><button class="btn btn--primary" type="submit">Envoyer</button></form>')


def questionnaire(action, intro, questions, cls="questionnaire"):
    """A questionnaire built into a city page: radio or checkbox questions."""
    blocks = []
    for i, (q, kind, opts) in enumerate(questions):
        inputs = "".join(f'<label class="choice"><input type="{kind}" name="q{i}{"[]" if kind == "checkbox" else ""}" value="{j}"> {escape(o)}</label>'
                         for j, o in enumerate(opts))
        blocks.append(f'<fieldset class="{cls}__question"><legend>{escape(q)}</legend>{inputs}</fieldset>')
    return (f'<form class="{cls}" method="post" action="{escape(action)}"><p class="{cls}__intro">{escape(intro)}</p>'
            + "".join(blocks) + f'<button type="submit" class="{cls}__submit">Envoyer mes réponses</button></form>')


def observation_form(action):
    """A biodiversity observation sheet: species, date, place, count, photo; no free message."""
    return (f'<form class="fiche-observation" method="post" action="{escape(action)}" enctype="multipart/form-data">'
            '<label for="o-espece">Espèce observée</label><input id="o-espece" name="espece" type="text" list="especes">'
            '<label for="o-groupe">Groupe</label><select id="o-groupe" name="groupe"><option>Oiseaux</option><option>Insectes</option>'
            '<option>Amphibiens</option><option>Plantes</option><option>Mammifères</option></select>'
            '<label for="o-date">Date</label><input id="o-date" name="date" type="date"><label for="o-lieu">Lieu (rue, parc)</label>'
            '<input id="o-lieu" name="lieu" type="text"><label for="o-nb">Nombre d\'individus</label><input id="o-nb" name="nombre" type="number">'
            '<label for="o-photo">Photo</label><input id="o-photo" name="photo" type="file" accept="image/*">'
            '<label for="o-mail">Votre e-mail (pour validation)</label><input id="o-mail" name="email" type="email">'
            '<button type="submit">Transmettre l\'observation</button></form>')
