"""Markup helpers of the ``vignes`` holdout part: the blocks French municipal CMSs, their plugins and the
participation platforms render (written from how those programs name their classes, routes and fields)."""
from html import escape


def prose(*paragraphs):
    return "".join(f"<p>{p}</p>" for p in paragraphs)


def h2(text):
    return f"<h2>{text}</h2>"


def bullets(*items, cls=""):
    return f'<ul class="{cls}">' + "".join(f"<li>{i}</li>" for i in items) + "</ul>"


# ---- page furniture ------------------------------------------------------------------------------

def cookie_banner(kind="tarteaucitron"):
    if kind == "complianz":
        return ('<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner cmplz-hidden banner-1 optin" '
                'aria-modal="true" role="dialog"><div class="cmplz-header"><div class="cmplz-title">Gérer le consentement '
                'aux cookies</div></div><div class="cmplz-message"><p>Nous utilisons des cookies pour mesurer '
                "l'audience du site.</p></div><div class=\"cmplz-buttons\"><button class=\"cmplz-btn cmplz-accept\">Accepter"
                '</button><button class="cmplz-btn cmplz-deny">Refuser</button></div></div></div>')
    if kind == "eu":
        return ('<div class="eu-cookie-compliance-banner eu-cookie-compliance-banner-info" role="region" '
                'aria-label="Cookies"><div class="popup-content info eu-cookie-compliance-content"><div id="popup-text" '
                'class="eu-cookie-compliance-message"><p>Ce site utilise des cookies de mesure d\'audience.</p></div>'
                '<div id="popup-buttons" class="eu-cookie-compliance-buttons"><button type="button" class="agree-button '
                'eu-cookie-compliance-default-button">Accepter</button><button type="button" class="decline-button '
                'eu-cookie-compliance-default-button">Refuser</button></div></div></div>')
    return ('<div id="tarteaucitronRoot" data-nosnippet="true"><div id="tarteaucitronAlertBig" role="dialog" '
            'aria-label="Gestion des cookies"><span id="tarteaucitronDisclaimerAlert">Ce site utilise des cookies '
            'et vous donne le contrôle sur ceux que vous souhaitez activer.</span><button type="button" '
            'class="tarteaucitronAllow" id="tarteaucitronPersonalize2">Tout accepter</button><button type="button" '
            'class="tarteaucitronDeny" id="tarteaucitronAllDenied2">Tout refuser</button></div></div>')


def teasers(items, title="Actualités", cls="news-list"):
    """items: (href, title, date, chapo)"""
    cards = "".join(
        f'<li class="{cls}__item"><article class="{cls}__card"><p class="{cls}__date"><time>{escape(date)}</time></p>'
        f'<h3 class="{cls}__title"><a href="{href}">{escape(t)}</a></h3><p class="{cls}__teaser">{chapo}</p></article></li>'
        for href, t, date, chapo in items)
    return f'<section class="{cls}"><h2 class="{cls}__heading">{title}</h2><ul class="{cls}__items">{cards}</ul></section>'


def agenda(items, href="/agenda"):
    rows = "".join(f'<li class="agenda-item"><span class="agenda-item__date">{escape(d)}</span> '
                   f'<a href="{h}">{escape(t)}</a></li>' for h, t, d in items)
    return (f'<section class="agenda-block"><h2>Agenda</h2><ul class="agenda-list">{rows}</ul>'
            f'<p><a class="more" href="{href}">Tout l\'agenda</a></p></section>')


def quick_links(items, title="Accès rapides"):
    tiles = "".join(f'<li class="quick-access__item"><a class="quick-access__link" href="{h}">'
                    f'<span class="quick-access__icon" aria-hidden="true"></span>{escape(t)}</a></li>' for h, t in items)
    return f'<nav class="quick-access" aria-label="{title}"><h2>{title}</h2><ul class="quick-access__list">{tiles}</ul></nav>'


def with_sidebar(main, side, cls="layout-2col"):
    return f'<div class="{cls}"><div class="{cls}__main">{main}</div><aside class="{cls}__aside" role="complementary">{side}</aside></div>'


def related(items, title="Voir aussi"):
    rows = "".join(f'<li><a href="{h}">{escape(t)}</a></li>' for h, t in items)
    return f'<div class="related-links"><h2 class="related-links__title">{title}</h2><ul>{rows}</ul></div>'


def share_buttons(url, title=""):
    from urllib.parse import quote
    u = quote(url, safe="")
    return ('<div class="share"><p class="share__title">Partager cette page</p><ul class="share__list">'
            f'<li><a class="share__link share__link--facebook" href="https://www.facebook.com/sharer/sharer.php?u={u}" '
            'target="_blank" rel="noopener">Facebook</a></li>'
            f'<li><a class="share__link share__link--x" href="https://twitter.com/intent/tweet?url={u}&amp;text={quote(title)}" '
            'target="_blank" rel="noopener">X</a></li>'
            f'<li><a class="share__link share__link--linkedin" href="https://www.linkedin.com/shareArticle?mini=true&amp;url={u}" '
            'target="_blank" rel="noopener">LinkedIn</a></li>'
            f'<li><a class="share__link share__link--mail" href="mailto:?subject={quote(title)}&amp;body={u}">Courriel</a></li></ul></div>')


def document_list(items):
    # the files themselves sit on the document store of the CMS, which the sample web does not serve
    rows = "".join(f'<li class="telecharger__item" data-file="{h}"><span class="telecharger__link">{escape(t)}</span> '
                   f'<span class="telecharger__meta">(PDF, {size}) - disponible à l\'accueil de la mairie</span></li>'
                   for h, t, size in items)
    return f'<div class="telecharger"><h2>Documents à télécharger</h2><ul>{rows}</ul></div>'


def mailto_block(email, label="Écrire au service"):
    return f'<div class="contact-box"><p><strong>{label}</strong> : <a href="mailto:{email}">{email}</a> — Tél. 01 00 00 00 00</p></div>'


# ---- WordPress and its plugins -----------------------------------------------------------------

def wp_polls(poll_id, question, answers, first_answer=10):
    items = "".join(
        f'<li><input type="radio" id="poll-answer-{first_answer + i}" name="poll_{poll_id}" value="{first_answer + i}" /> '
        f'<label for="poll-answer-{first_answer + i}">{escape(a)}</label></li>' for i, a in enumerate(answers))
    return (f'<section id="polls-widget-2" class="widget widget_polls-widget"><h2 class="widget-title">Sondage</h2>'
            f'<div id="polls-{poll_id}" class="wp-polls"><form id="polls_form_{poll_id}" class="wp-polls-form" '
            f'action="/index.php" method="post"><p style="display: none;"><input type="hidden" id="poll_{poll_id}_nonce" '
            f'name="wp-polls-nonce" value="5be1c0a9d2" /></p><p style="display: none;"><input type="hidden" name="poll_id" '
            f'value="{poll_id}" /></p><p style="text-align: center;"><strong>{escape(question)}</strong></p>'
            f'<div id="polls-{poll_id}-ans" class="wp-polls-ans"><ul class="wp-polls-ul">{items}</ul>'
            f'<p style="text-align: center;"><input type="button" name="vote" value="   Voter   " class="Buttons" '
            f'onclick="poll_vote({poll_id});" /></p><p style="text-align: center;"><a href="#ViewPollResults" '
            f'onclick="poll_result({poll_id}); return false;" title="Voir les résultats de ce sondage">Voir les résultats</a></p>'
            f'</div></form></div><div id="polls-{poll_id}-loading" class="wp-polls-loading"></div></section>')


def wp_polls_results(poll_id, question, rows, voters):
    items = "".join(f'<li>{escape(a)} <small>({pct}%, {n} votes)</small><div class="pollbar" style="width: {pct}%;" '
                    f'title="{escape(a)} ({pct}% | {n} votes)"></div></li>' for a, pct, n in rows)
    return (f'<div id="polls-{poll_id}" class="wp-polls"><p style="text-align: center;"><strong>{escape(question)}</strong></p>'
            f'<div id="polls-{poll_id}-ans" class="wp-polls-ans"><ul class="wp-polls-ul">{items}</ul>'
            f'<p style="text-align: center;">Nombre de votants : <strong>{voters}</strong></p>'
            '<p style="text-align: center;">Ce sondage est clos.</p></div></div>')


def cf7(form_id, page_id, action, fields, submit="Envoyer"):
    """Contact Form 7; fields: (name, label, kind) with kind text/email/tel/textarea/select:a|b/checkbox."""
    out = []
    for name, label, kind in fields:
        if kind == "textarea":
            ctl = (f'<textarea cols="40" rows="10" class="wpcf7-form-control wpcf7-textarea wpcf7-validates-as-required" '
                   f'aria-required="true" name="{name}"></textarea>')
        elif kind.startswith("select:"):
            opts = "".join(f'<option value="{escape(o)}">{escape(o)}</option>' for o in kind[7:].split("|"))
            ctl = f'<select class="wpcf7-form-control wpcf7-select" name="{name}">{opts}</select>'
        elif kind == "checkbox":
            ctl = (f'<span class="wpcf7-form-control wpcf7-acceptance"><span class="wpcf7-list-item"><input type="checkbox" '
                   f'name="{name}" value="1" aria-invalid="false" /></span></span>')
        else:
            ctl = (f'<input size="40" class="wpcf7-form-control wpcf7-{kind} wpcf7-validates-as-required" '
                   f'aria-required="true" value="" type="{kind}" name="{name}" />')
        out.append(f'<p><label>{label}<br /><span class="wpcf7-form-control-wrap" data-name="{name}">{ctl}</span></label></p>')
    uid = f"wpcf7-f{form_id}-p{page_id}-o1"
    return (f'<div class="wpcf7 no-js" id="{uid}" lang="fr-FR" dir="ltr"><div class="screen-reader-response">'
            f'<p role="status" aria-live="polite" aria-atomic="true"></p></div><form action="{action}#{uid}" method="post" '
            f'class="wpcf7-form init" aria-label="Formulaire de contact" novalidate="novalidate" data-status="init">'
            f'<div style="display: none;"><input type="hidden" name="_wpcf7" value="{form_id}" /><input type="hidden" '
            f'name="_wpcf7_version" value="5.9.3" /><input type="hidden" name="_wpcf7_locale" value="fr_FR" /><input '
            f'type="hidden" name="_wpcf7_unit_tag" value="{uid}" /><input type="hidden" name="_wpcf7_container_post" '
            f'value="{page_id}" /></div>{"".join(out)}<p><input class="wpcf7-form-control wpcf7-submit has-spinner" '
            f'type="submit" value="{submit}" /></p><div class="wpcf7-response-output" aria-hidden="true"></div></form></div>')


def wp_comments(comments, post_id, open_=True):
    items = "".join(
        f'<li id="comment-{post_id * 10 + i}" class="comment even thread-even depth-1"><article class="comment-body">'
        f'<footer class="comment-meta"><div class="comment-author vcard"><b class="fn">{escape(a)}</b> '
        f'<span class="says">dit :</span></div><div class="comment-metadata"><time>{escape(d)}</time></div></footer>'
        f'<div class="comment-content"><p>{escape(t)}</p></div>'
        + (f'<div class="reply"><a rel="nofollow" class="comment-reply-link" href="#respond" data-commentid="{post_id * 10 + i}">'
           'Répondre</a></div>' if open_ else "") + '</article></li>'
        for i, (a, d, t) in enumerate(comments))
    head = (f'<div id="comments" class="comments-area">' + (f'<h2 class="comments-title">{len(comments)} réponses</h2>'
            f'<ol class="comment-list">{items}</ol>' if comments else ""))
    if not open_:
        return head + '<p class="no-comments">Les commentaires sont fermés.</p></div>'
    return head + (
        '<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Laisser un commentaire</h3>'
        f'<form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate>'
        '<p class="comment-notes">Votre adresse e-mail ne sera pas publiée.</p>'
        '<p class="comment-form-comment"><label for="comment">Commentaire</label><textarea id="comment" name="comment" '
        'cols="45" rows="8" maxlength="65525" required></textarea></p><p class="comment-form-author"><label for="author">'
        'Nom</label><input id="author" name="author" type="text" value="" size="30" maxlength="245" required /></p>'
        '<p class="comment-form-email"><label for="email">E-mail</label><input id="email" name="email" type="email" '
        'value="" size="30" maxlength="100" required /></p><p class="form-submit"><input name="submit" type="submit" '
        f'id="submit" class="submit" value="Laisser un commentaire" /><input type="hidden" name="comment_post_ID" '
        f'value="{post_id}" id="comment_post_ID" /><input type="hidden" name="comment_parent" id="comment_parent" value="0" />'
        '</p></form></div></div>')


def wp_newsletter(action="/"):
    return ('<section class="widget widget_mailpoet_form"><h2 class="widget-title">Lettre d\'information</h2>'
            f'<form class="mailpoet_form" method="post" action="{action}?mailpoet_router&amp;endpoint=subscription" '
            'novalidate><div class="mailpoet_paragraph"><label for="form_email_1">Votre adresse e-mail</label>'
            '<input type="email" class="mailpoet_text" id="form_email_1" name="data[form_field_email]" /></div>'
            '<input type="submit" class="mailpoet_submit" value="Je m\'abonne" /></form></section>')


# ---- Drupal ------------------------------------------------------------------------------------

def drupal_poll(poll_id, question, choices):
    radios = "".join(
        f'<div class="js-form-item form-item js-form-type-radio form-type-radio js-form-item-choice form-item-choice">'
        f'<input data-drupal-selector="edit-choice-{i + 1}" type="radio" id="edit-choice-{poll_id}-{i + 1}" name="choice" '
        f'value="{i + 1}" class="form-radio" /><label for="edit-choice-{poll_id}-{i + 1}" class="option">{escape(c)}</label></div>'
        for i, c in enumerate(choices))
    return (f'<div id="block-sondage" class="block block-poll block-poll-recent-block"><h2>Sondage</h2>'
            f'<form class="poll-view-form poll-view-form-{poll_id}" data-drupal-selector="poll-view-form-{poll_id}" '
            f'action="/poll/{poll_id}" method="post" id="poll-view-form-{poll_id}" accept-charset="UTF-8"><div class="poll">'
            f'<div class="poll-question"><h3>{escape(question)}</h3></div><fieldset data-drupal-selector="edit-choice" '
            f'id="edit-choice--wrapper" class="fieldgroup form-composite js-form-item form-item js-form-wrapper form-wrapper">'
            f'<legend><span class="visually-hidden fieldset-legend">Choix</span></legend><div class="fieldset-wrapper">'
            f'<div id="edit-choice" class="form-radios">{radios}</div></div></fieldset>'
            f'<input data-drupal-selector="edit-vote" type="submit" id="edit-vote" name="op" value="Voter" '
            f'class="button js-form-submit form-submit" /><input type="hidden" name="form_id" value="poll_view_form_{poll_id}" />'
            '</div></form></div>')


def drupal_poll_results(question, rows, total):
    bars = "".join(f'<div class="choice-title">{escape(a)}</div><div class="poll-bar"><div class="foreground" '
                   f'style="width: {pct}%"></div></div><div class="percent">{pct}% ({n} votes)</div>' for a, pct, n in rows)
    return (f'<div class="poll"><div class="poll-question"><h3>{escape(question)}</h3></div><dl class="poll-results">'
            f'{bars}</dl><div class="poll-total">Total des votes : {total}</div><div class="poll-status">Fermé</div></div>')


def drupal_webform(form_id, action, fields, submit="Envoyer"):
    """A Drupal Webform; fields: (key, label, kind)."""
    out = []
    for key, label, kind in fields:
        wid = f"edit-{key.replace('_', '-')}"
        if kind == "textarea":
            ctl = f'<textarea data-drupal-selector="{wid}" id="{wid}" name="{key}" rows="5" cols="60" class="form-textarea required" required="required"></textarea>'
        elif kind.startswith("select:"):
            opts = "".join(f'<option value="{escape(o)}">{escape(o)}</option>' for o in kind[7:].split("|"))
            ctl = f'<select data-drupal-selector="{wid}" id="{wid}" name="{key}" class="form-select">{opts}</select>'
        else:
            ctl = f'<input data-drupal-selector="{wid}" type="{kind}" id="{wid}" name="{key}" value="" size="60" class="form-{kind} required" />'
        out.append(f'<div class="js-form-item form-item js-form-type-{kind.split(":")[0]} form-item-{key} js-form-item-{key}">'
                   f'<label for="{wid}" class="js-form-required form-required">{label}</label>{ctl}</div>')
    fid = form_id.replace("_", "-")
    return (f'<form class="webform-submission-form webform-submission-add-form webform-submission-{fid}-form '
            f'webform-submission-{fid}-add-form js-webform-details-toggle webform-details-toggle" '
            f'data-drupal-selector="webform-submission-{fid}-add-form" action="{action}" method="post" '
            f'id="webform-submission-{fid}-add-form" accept-charset="UTF-8">{"".join(out)}'
            f'<div data-drupal-selector="edit-actions" class="form-actions webform-actions js-form-wrapper form-wrapper" '
            f'id="edit-actions"><input class="webform-button--submit button button--primary js-form-submit form-submit" '
            f'data-drupal-selector="edit-submit" type="submit" id="edit-submit" name="op" value="{submit}" /></div>'
            f'<input data-drupal-selector="form-webform-submission-{fid}-add-form" type="hidden" '
            f'name="form_id" value="webform_submission_{form_id}_add_form" /></form>')


def drupal_comments(node, comments, open_=True):
    items = "".join(
        f'<article data-comment-user-id="0" id="comment-{node * 10 + i}" class="comment js-comment by-anonymous">'
        f'<footer class="comment__meta"><p class="comment__author"><span>{escape(a)}</span></p>'
        f'<p class="comment__time">{escape(d)}</p></footer><div class="comment__content"><div class="field '
        f'field--name-comment-body field--type-text-long"><p>{escape(t)}</p></div></div></article>'
        for i, (a, d, t) in enumerate(comments))
    form = ""
    if open_:
        form = (f'<h2 class="title comment-form__title">Ajouter un commentaire</h2><form class="comment-comment-form '
                f'comment-form" data-drupal-selector="comment-form" action="/comment/reply/node/{node}/comment" '
                'method="post" id="comment-form" accept-charset="UTF-8"><div class="js-form-item form-item '
                'form-item-name"><label for="edit-name">Votre nom</label><input data-drupal-selector="edit-name" '
                'type="text" id="edit-name" name="name" value="" size="30" maxlength="60" class="form-text" /></div>'
                '<div class="js-form-item form-item form-item-comment-body-0-value"><label for="edit-comment-body-0-value" '
                'class="js-form-required form-required">Commentaire</label><textarea data-drupal-selector="edit-comment-'
                'body-0-value" id="edit-comment-body-0-value" name="comment_body[0][value]" rows="5" cols="60" '
                'class="form-textarea required"></textarea></div><div class="form-actions"><input type="submit" '
                'id="edit-submit--2" name="op" value="Enregistrer" class="button button--primary js-form-submit '
                'form-submit" /></div><input type="hidden" name="form_id" value="comment_comment_form" /></form>')
    return (f'<section data-drupal-selector="comments" class="comments"><h2 class="comments__title">Commentaires</h2>'
            f'{items}{form}</section>')


def drupal_newsletter():
    return ('<div class="block block-simplenews block-simplenews-subscription-block"><h2>Newsletter</h2>'
            '<form class="simplenews-subscriber-form" data-drupal-selector="simplenews-subscriptions-block" '
            'action="/newsletter/subscriptions" method="post" id="simplenews-subscriptions-block"><div class="form-item '
            'form-item-mail-0-value"><label for="edit-mail-0-value">Adresse e-mail</label><input type="email" '
            'id="edit-mail-0-value" name="mail[0][value]" class="form-email" /></div><input type="submit" name="op" '
            'value="S\'inscrire" class="button form-submit" /><input type="hidden" name="form_id" '
            'value="simplenews_subscriptions_block" /></form></div>')


# ---- TYPO3 -------------------------------------------------------------------------------------

def powermail(uid, action, fields, submit="Envoyer"):
    out = []
    for key, label, kind in fields:
        name = f"tx_powermail_pi1[field][{key}]"
        fid = f"powermail_field_{key}"
        if kind == "textarea":
            ctl = f'<textarea required="required" rows="5" cols="20" class="powermail_textarea form-control" id="{fid}" name="{name}"></textarea>'
        elif kind.startswith("select:"):
            opts = "".join(f'<option value="{escape(o)}">{escape(o)}</option>' for o in kind[7:].split("|"))
            ctl = f'<select class="powermail_select form-control" id="{fid}" name="{name}">{opts}</select>'
        else:
            ctl = f'<input required="required" class="powermail_input form-control" id="{fid}" type="{kind}" name="{name}" value="" />'
        out.append(f'<div class="powermail_fieldwrap powermail_fieldwrap_type_{kind.split(":")[0]} '
                   f'powermail_fieldwrap_{key} form-group"><label for="{fid}" class="control-label">{label}'
                   f'<span class="mandatory">*</span></label>{ctl}</div>')
    return (f'<div class="tx-powermail"><div class="container-fluid"><form data-powermail-validate="data-powermail-validate" '
            f'data-validate="html5" enctype="multipart/form-data" name="field" class="powermail_form powermail_form_{uid} '
            f'nolabel" action="{action}?tx_powermail_pi1%5Baction%5D=create&amp;tx_powermail_pi1%5Bcontroller%5D=Form" '
            f'method="post"><fieldset class="powermail_fieldset powermail_fieldset_{uid}">{"".join(out)}'
            f'<div class="powermail_fieldwrap powermail_fieldwrap_type_submit form-group"><input class="btn btn-primary" '
            f'type="submit" value="{submit}" /></div></fieldset><input type="hidden" name="tx_powermail_pi1[mail][form]" '
            f'value="{uid}" /></form></div></div>')


def typo3_news_list(items):
    rows = "".join(f'<div class="article articletype-0" itemscope="itemscope" itemtype="http://schema.org/Article">'
                   f'<div class="header"><h3><a title="{escape(t)}" href="{h}"><span itemprop="headline">{escape(t)}</span>'
                   f'</a></h3></div><div class="footer"><p><span class="news-list-date"><time itemprop="datePublished">'
                   f'{escape(d)}</time></span></p></div><div class="teaser-text" itemprop="description"><p>{c}</p></div></div>'
                   for h, t, d, c in items)
    return f'<div class="news"><div class="news-list-view" id="news-container-42">{rows}</div></div>'


# ---- SPIP --------------------------------------------------------------------------------------

def spip_forum_thread(messages):
    items = "".join(
        f'<li class="forum-fil"><div class="forum-message" id="forum{300 + i}"><div class="forum-chapo">'
        f'<strong class="forum-titre"><a href="#forum{300 + i}" title="Lien permanent">{escape(title)}</a></strong>'
        f'<small>{escape(date)}, par <span class="vcard author">{escape(author)}</span></small></div>'
        f'<div class="forum-texte"><p>{escape(text)}</p></div>'
        f'<p class="repondre"><a href="#formulaire_forum" data-id-forum="{300 + i}" rel="noindex nofollow">Répondre à ce message</a></p>'
        f'</div></li>' for i, (title, date, author, text) in enumerate(messages))
    return f'<div class="forum-repondre"><h2 class="h2">{len(messages)} Messages</h2><ul class="forum">{items}</ul></div>'


def spip_forum_form(action, id_article):
    return (f'<div class="formulaire_spip formulaire_forum ajax" id="formulaire_forum"><h3>Un message, un commentaire ?</h3>'
            f'<form action="{action}#formulaire_forum" method="post" enctype="multipart/form-data"><div>'
            f'<input name="formulaire_action" type="hidden" value="forum" /><input name="id_article" type="hidden" '
            f'value="{id_article}" /><fieldset class="saisie_texte"><legend>Votre message</legend><div class="editer-groupe">'
            '<div class="editer saisie_titre obligatoire"><label for="titre">Titre</label><input type="text" class="text" '
            'name="titre" id="titre" value="" size="60" /></div><div class="editer saisie_texte obligatoire">'
            '<label for="texte">Texte de votre message</label><textarea name="texte" id="texte" rows="10" cols="40">'
            '</textarea></div></div></fieldset><fieldset class="qui saisie_qui"><legend>Qui êtes-vous ?</legend>'
            '<div class="editer saisie_session_nom"><label for="session_nom">Votre nom</label><input type="text" '
            'class="text" name="session_nom" id="session_nom" value="" size="40" /></div><div class="editer '
            'saisie_session_email"><label for="session_email">Votre adresse email</label><input type="email" '
            'class="text email" name="session_email" id="session_email" value="" size="40" /></div></fieldset>'
            '<p class="boutons"><input type="submit" class="submit" name="previsualiser_message" value="Prévisualiser" />'
            '</p></div></form></div>')


def spip_contact(action):
    return (f'<div class="formulaire_spip formulaire_contact ajax" id="formulaire_contact"><form method="post" action="{action}">'
            '<div><input name="formulaire_action" type="hidden" value="contact" /><ul class="editer-groupe">'
            '<li class="editer editer_mail obligatoire"><label for="mail">Votre adresse e-mail</label><input type="email" '
            'class="text" name="mail" id="mail" value="" size="30" /></li><li class="editer editer_sujet obligatoire">'
            '<label for="sujet">Sujet</label><input type="text" class="text" name="sujet" id="sujet" value="" size="30" /></li>'
            '<li class="editer editer_texte obligatoire"><label for="texte">Votre message</label><textarea name="texte" '
            'id="texte" rows="8" cols="60"></textarea></li></ul><p class="boutons"><input type="submit" class="submit" '
            'name="valide" value="Envoyer le message" /></p></div></form></div>')


# ---- Joomla ------------------------------------------------------------------------------------

def joomla_contact(action):
    def field(key, label, kind="text"):
        ctl = (f'<textarea name="jform[{key}]" id="jform_{key}" cols="50" rows="10" class="form-control required" '
               f'required></textarea>' if kind == "textarea" else
               f'<input type="{kind}" name="jform[{key}]" id="jform_{key}" value="" class="form-control required" size="30" required>')
        return (f'<div class="control-group field-spacer"><div class="control-label"><label id="jform_{key}-lbl" '
                f'for="jform_{key}" class="required">{label}<span class="star" aria-hidden="true">&#160;*</span></label></div>'
                f'<div class="controls">{ctl}</div></div>')
    return (f'<form id="contact-form" action="{action}" method="post" class="com-contact__form form-validate">'
            '<fieldset><legend>Envoyer un message</legend>' + field("contact_name", "Nom") +
            field("contact_email", "E-mail", "email") + field("contact_emailmsg", "Objet") +
            field("contact_message", "Message", "textarea") +
            '</fieldset><div class="control-group"><div class="controls"><button class="btn btn-primary validate" '
            'type="submit">Envoyer</button><input type="hidden" name="option" value="com_contact"><input type="hidden" '
            'name="task" value="contact.submit"></div></div></form>')


def jcomments(object_id, comments):
    items = "".join(
        f'<div class="comment" id="comment-item-{object_id * 10 + i}"><div class="comment-box"><span class="comment-author">'
        f'{escape(a)}</span> <span class="comment-date">{escape(d)}</span><div class="comment-body" '
        f'id="comment-body-{object_id * 10 + i}">{escape(t)}</div></div></div>' for i, (a, d, t) in enumerate(comments))
    return (f'<div id="jc"><div id="comments"><h4>Commentaires ({len(comments)})</h4><div id="comments-list" '
            f'class="comments-list">{items}</div></div><a id="addcomments" href="#addcomments"></a>'
            '<h4>Ajouter un commentaire</h4><form id="comments-form" name="comments-form" action="javascript:void(null);">'
            '<p><span><input id="comments-form-name" type="text" name="name" value="" maxlength="20" size="22" />'
            '<label for="comments-form-name">Nom (obligatoire)</label></span></p><p><span><textarea id="comments-form-comment" '
            'name="comment" cols="65" rows="8"></textarea></span></p><div id="comments-form-buttons"><div class="btn" '
            'id="comments-form-send"><div><a href="#" onclick="jcomments.saveComment();return false;">Envoyer</a></div>'
            f'</div></div><div><input type="hidden" name="object_id" value="{object_id}" /><input type="hidden" '
            'name="object_group" value="com_content" /></div></form></div>')


# ---- agency CMS (vendor) blocks ----------------------------------------------------------------

def agency_form(action, fields, submit="Envoyer", cls="form", legend=""):
    out = []
    for key, label, kind in fields:
        if kind == "textarea":
            ctl = f'<textarea id="f-{key}" name="{key}" rows="8" class="form__textarea" required></textarea>'
        elif kind.startswith("select:"):
            opts = "".join(f'<option>{escape(o)}</option>' for o in kind[7:].split("|"))
            ctl = f'<select id="f-{key}" name="{key}" class="form__select">{opts}</select>'
        elif kind.startswith("radio:"):
            ctl = "".join(f'<span class="form__radio"><input type="radio" id="f-{key}-{i}" name="{key}" value="{escape(o)}">'
                          f'<label for="f-{key}-{i}">{escape(o)}</label></span>' for i, o in enumerate(kind[6:].split("|")))
        elif kind == "checkbox":
            ctl = f'<input type="checkbox" id="f-{key}" name="{key}" value="1" class="form__checkbox">'
        else:
            ctl = f'<input type="{kind}" id="f-{key}" name="{key}" class="form__input" autocomplete="off">'
        out.append(f'<div class="form__field form__field--{kind.split(":")[0]}"><label class="form__label" for="f-{key}">'
                   f'{label}</label>{ctl}</div>')
    leg = f"<legend class=\"form__legend\">{legend}</legend>" if legend else ""
    return (f'<form class="{cls}" method="post" action="{action}" novalidate><fieldset class="form__fieldset">{leg}'
            f'{"".join(out)}</fieldset><p class="form__mandatory">Les champs marqués d\'un astérisque sont obligatoires.</p>'
            f'<div class="form__actions"><button type="submit" class="btn btn--primary">{submit}</button></div></form>')


CONTACT_FIELDS = [("civilite", "Civilité", "select:Madame|Monsieur"), ("nom", "Nom *", "text"),
                  ("email", "Courriel *", "email"), ("objet", "Objet de votre demande *", "text"),
                  ("message", "Votre message *", "textarea"), ("rgpd", "J'accepte le traitement de mes données", "checkbox")]


def petition_card(href, title, signatures, threshold, status="En cours"):
    pct = min(100, round(100 * signatures / threshold))
    return (f'<article class="petition-card"><p class="petition-card__status">{status}</p><h3 class="petition-card__title">'
            f'<a href="{href}">{escape(title)}</a></h3><div class="petition-card__gauge" role="progressbar" '
            f'aria-valuenow="{signatures}" aria-valuemax="{threshold}"><span style="width:{pct}%"></span></div>'
            f'<p class="petition-card__count"><strong>{signatures}</strong> signatures sur {threshold} nécessaires</p></article>')


def petition_sign_form(action, petition_id):
    return agency_form(action, [("nom", "Nom *", "text"), ("prenom", "Prénom *", "text"), ("email", "Courriel *", "email"),
                                ("code_postal", "Code postal *", "text"),
                                ("engagement", "Je certifie résider ou être inscrit sur les listes électorales de la commune", "checkbox")],
                       submit="Je signe la pétition", cls=f"form form--petition petition-{petition_id}",
                       legend="Signer cette pétition")


def steps(items, current=None):
    rows = "".join(f'<li class="steps__item{" steps__item--current" if i == current else ""}"><span class="steps__num">'
                   f'{i + 1}</span> <strong>{escape(t)}</strong> <span class="steps__dates">{escape(d)}</span></li>'
                   for i, (t, d) in enumerate(items))
    return f'<ol class="steps">{rows}</ol>'


def iframe(src, title, height=800):
    return (f'<div class="embed embed--form"><iframe src="{src}" title="{escape(title)}" width="100%" height="{height}" '
            'frameborder="0" marginwidth="0" marginheight="0" style="border: none; max-width:100%" allowfullscreen '
            'webkitallowfullscreen mozallowfullscreen msallowfullscreen></iframe></div>')


# ---- LimeSurvey (a questionnaire on the city's survey host) ------------------------------------

def limesurvey(sid, groups):
    """groups: (question code, text, [answers])"""
    qs = []
    for n, (code, text, answers) in enumerate(groups):
        sgq = f"{sid}X{10 + n}X{100 + n}"
        if answers:
            li = "".join(f'<li id="javatbd{sgq}A{k + 1}" class="answer-item radio-item"><input class="radio" type="radio" '
                         f'value="A{k + 1}" name="{sgq}" id="answer{sgq}A{k + 1}" /><label for="answer{sgq}A{k + 1}" '
                         f'class="answertext">{escape(a)}</label></li>' for k, a in enumerate(answers))
            ctl = f'<div class="answer-container"><ul class="answers-list radio-list list-unstyled" role="radiogroup">{li}</ul></div>'
            kind = "list-radio"
        else:
            ctl = (f'<div class="answer-container"><textarea class="form-control textarea" name="{sgq}" id="answer{sgq}" '
                   'rows="5" cols="40"></textarea></div>')
            kind = "text-long"
        qs.append(f'<div id="question{100 + n}" class="row question-container {kind} mandatory"><div class="question-title-'
                  f'container"><div class="question-code">{code}</div><div class="question-text">{escape(text)}</div></div>'
                  f'{ctl}</div>')
    return (f'<form id="limesurvey" name="limesurvey" action="/index.php/{sid}" method="post" class="survey-form-container '
            f'form"><div class="group-outer-container"><div class="group-container">{"".join(qs)}</div></div>'
            '<div class="navigator row" id="navigator-container"><button type="submit" id="ls-button-submit" value="movesubmit" '
            'name="move" class="ls-move-btn ls-move-submit-btn btn btn-lg btn-primary">Envoyer</button></div>'
            f'<input type="hidden" name="sid" value="{sid}" id="sid" /><input type="hidden" name="YII_CSRF_TOKEN" '
            'value="d2F0Y2hvdXQ" /></form>')


# ---- participation platforms -------------------------------------------------------------------

def capco_steps(project, items):
    """items: (kind, slug, title, dates, status) kinds: collect, selection, consultation, questionnaire, presentation"""
    rows = "".join(f'<li class="step-list__item step-{status}"><a href="/project/{project}/{kind}/{slug}">'
                   f'<span class="step-title">{escape(title)}</span></a> <span class="step-dates">{escape(dates)}</span> '
                   f'<span class="label label-{"success" if status == "open" else "default"}">'
                   f'{"En cours" if status == "open" else ("Terminé" if status == "closed" else "À venir")}</span></li>'
                   for kind, slug, title, dates, status in items)
    return f'<nav class="project__step-tabs"><ul class="step-list">{rows}</ul></nav>'


def capco_proposals(project, step, proposals):
    cards = "".join(
        f'<li class="proposal-preview list-group-item" data-id="{pid}"><div class="card__body"><h3 class="card__title">'
        f'<a href="/project/{project}/collect/{step}/proposals/{slug}">{escape(t)}</a></h3><p class="excerpt">{escape(x)}</p>'
        f'<div class="proposal__counters"><span class="proposal__counter--votes">{votes} votes</span> '
        f'<span class="proposal__counter--comments">{comments} commentaires</span></div></div></li>'
        for pid, slug, t, x, votes, comments in proposals)
    return f'<ul class="proposal-list-view media-list" id="proposals-list">{cards}</ul>'


def capco_proposal_form(project, step):
    return (f'<form id="proposal-form" class="proposal-form" method="post" action="/project/{project}/collect/{step}/proposals/new">'
            '<div class="form-group"><label for="proposal_title" class="control-label">Titre de votre projet</label>'
            '<input id="proposal_title" name="proposal[title]" type="text" class="form-control"></div>'
            '<div class="form-group"><label for="proposal_body">Description</label><textarea id="proposal_body" '
            'name="proposal[body]" class="form-control" rows="8"></textarea></div><div class="form-group"><label '
            'for="proposal_address">Adresse ou lieu</label><input id="proposal_address" name="proposal[address]" '
            'type="text" class="form-control"></div><div class="form-group"><label for="proposal_estimation">'
            'Estimation du coût</label><input id="proposal_estimation" name="proposal[estimation]" type="number" '
            'class="form-control"></div><button type="submit" class="btn btn-primary">Déposer ma proposition</button></form>')


def capco_comments(items):
    rows = "".join(f'<li class="opinion opinion--comment"><div class="opinion__user"><span class="opinion__author">{escape(a)}'
                   f'</span> <span class="opinion__date">{escape(d)}</span></div><p class="opinion__text">{escape(t)}</p></li>'
                   for a, d, t in items)
    return (f'<section id="comments-section" class="comments__section"><h2>{len(items)} commentaires</h2>'
            f'<ul class="media-list opinion__list">{rows}</ul><form class="comment-form" method="post" '
            'action="/comments/new"><label for="comment-body">Votre commentaire</label><textarea id="comment-body" '
            'name="body" class="form-control" rows="3"></textarea><button type="submit" class="btn btn-primary">Commenter'
            '</button></form></section>')


def decidim_card(href, title, meta, body=""):
    return (f'<a href="{href}" class="card__list"><div class="card__list-content"><h3 class="card__list-title">{escape(title)}'
            f'</h3><div class="card__list-metadata">{meta}</div>{f"<p>{body}</p>" if body else ""}</div></a>')


def decidim_comments(model, items, login=True):
    rows = "".join(f'<div id="comment_{model}{i}" class="comment" data-comment-id="{i}"><div class="comment__header">'
                   f'<span class="author__name">{escape(a)}</span> <span class="comment__date">{escape(d)}</span></div>'
                   f'<div class="comment__content"><p>{escape(t)}</p></div></div>' for i, (a, d, t) in enumerate(items))
    form = ('<div class="comment__form-container"><p>Connectez-vous pour ajouter un commentaire.</p><a class="button '
            'button__sm button__secondary" href="/users/sign_in">Se connecter</a></div>') if login else (
        f'<form class="new_comment" id="new_comment_for_{model}" action="/comments" method="post"><textarea '
        f'name="comment[body]" id="add-comment-{model}" maxlength="1000" rows="4"></textarea><input type="hidden" '
        f'name="comment[commentable_gid]" value="{model}"><button type="submit" class="button button__sm button__secondary">'
        'Publier le commentaire</button></form>')
    return (f'<div id="comments-for-{model}" class="comments" data-decidim-comments=\'{{"commentableGid":"{model}"}}\'>'
            f'<h2 class="comments__title">{len(items)} commentaires</h2><div class="comment-threads">{rows}</div>{form}</div>')


def govocal_cards(items):
    cards = "".join(f'<div class="e2e-idea-card"><a href="/fr-FR/ideas/{slug}" class="e2e-card-title">{escape(t)}</a>'
                    f'<span class="e2e-ideacard-upvote-count">{votes}</span> <span class="e2e-ideacard-comment-count">'
                    f'{com}</span></div>' for slug, t, votes, com in items)
    return f'<div id="e2e-ideas-list" class="e2e-ideas-container">{cards}</div>'


def phpbb_topics(forum_id, topics):
    rows = "".join(
        f'<li class="row bg{1 + i % 2}"><dl class="row-item topic_read"><dt><div class="list-inner">'
        f'<a href="/viewtopic.php?t={tid}" class="topictitle">{escape(t)}</a><br /><div class="topic-poster responsive-hide">'
        f'par <a href="/memberlist.php?mode=viewprofile&amp;u={tid + 40}" class="username">{escape(a)}</a> » {escape(d)}</div>'
        f'</div></dt><dd class="posts">{n} <dfn>Réponses</dfn></dd><dd class="views">{n * 23} <dfn>Vues</dfn></dd></dl></li>'
        for i, (tid, t, a, d, n) in enumerate(topics))
    return (f'<div class="action-bar bar-top"><a href="/posting.php?mode=post&amp;f={forum_id}" class="button" '
            'title="Écrire un nouveau sujet"><span>Nouveau sujet</span></a></div><div class="forumbg"><div class="inner">'
            '<ul class="topiclist"><li class="header"><dl class="row-item"><dt><div class="list-inner">Sujets</div></dt>'
            f'<dd class="posts">Réponses</dd><dd class="views">Vues</dd></dl></li></ul><ul class="topiclist topics">{rows}'
            '</ul></div></div>')


def phpbb_posts(topic_id, posts):
    rows = "".join(
        f'<div id="p{topic_id * 10 + i}" class="post has-profile bg{1 + i % 2}"><div class="inner"><dl class="postprofile">'
        f'<dt><a href="/memberlist.php?mode=viewprofile&amp;u={topic_id + i}" class="username">{escape(a)}</a></dt></dl>'
        f'<div class="postbody"><h3><a href="#p{topic_id * 10 + i}">Re: sujet</a></h3><p class="author"><time>{escape(d)}'
        f'</time></p><div class="content">{escape(t)}</div></div></div></div>' for i, (a, d, t) in enumerate(posts))
    return (rows + f'<div class="action-bar bar-bottom"><a href="/posting.php?mode=reply&amp;t={topic_id}" '
            'class="button" title="Répondre au sujet"><span>Répondre</span></a></div>')
