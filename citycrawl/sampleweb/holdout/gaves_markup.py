"""Markup for the ``gaves`` part of the holdout: the blocks that South-West town sites put inside their pages,
written the way the CMS plugins and modules they use render them (WordPress, Drupal, Joomla, SPIP, agency CMSs)."""
import zlib
from html import escape
from urllib.parse import quote


# ---- text and layout --------------------------------------------------------------------------------------

def prose(*paragraphs):
    return "".join(f"<p>{p}</p>" for p in paragraphs)


def chapo(text):
    return f'<p class="chapo intro"><strong>{text}</strong></p>'


def h2(text):
    return f"<h2>{text}</h2>"


def ul(*items):
    return "<ul>" + "".join(f"<li>{i}</li>" for i in items) + "</ul>"


def link(href, label, cls=""):
    c = f' class="{cls}"' if cls else ""
    return f'<a href="{escape(href)}"{c}>{label}</a>'


def two_columns(main, side, side_cls="sidebar widget-area"):
    return (f'<div class="row layout-2col"><div class="col-main col-md-8">{main}</div>'
            f'<aside class="col-side col-md-4 {side_cls}" role="complementary">{side}</aside></div>')


def widget(title, inner, cls="widget"):
    return f'<section class="{cls}"><h3 class="widget-title">{title}</h3>{inner}</section>'


def teasers(items, title="Actualités", cls="news-list"):
    """News teasers: (href, title, date, summary)."""
    cards = "".join(
        f'<article class="{cls}__item"><p class="{cls}__date"><time>{date}</time></p>'
        f'<h3 class="{cls}__title"><a href="{escape(href)}">{t}</a></h3><p>{summary}</p></article>'
        for href, t, date, summary in items)
    return f'<section class="{cls}"><h2>{title}</h2><div class="{cls}__items">{cards}</div></section>'


def agenda(items, title="Agenda"):
    """Agenda entries: (href, title, day, month, place)."""
    rows = "".join(
        f'<li class="agenda-item"><span class="agenda-item__date"><span class="day">{d}</span> '
        f'<span class="month">{mo}</span></span><a href="{escape(href)}">{t}</a>'
        f'<span class="agenda-item__place">{place}</span></li>' for href, t, d, mo, place in items)
    return f'<section class="agenda-home"><h2>{title}</h2><ul class="agenda-list">{rows}</ul></section>'


def quick_links(items, title="Accès rapides"):
    tiles = "".join(f'<li><a href="{escape(h)}"><span class="icon" aria-hidden="true"></span>{label}</a></li>'
                    for h, label in items)
    return f'<nav class="quick-access" aria-label="{title}"><h2>{title}</h2><ul>{tiles}</ul></nav>'


def cookie_banner(kind="tarteaucitron"):
    if kind == "wordpress":
        return ('<div id="cookie-notice" role="dialog" class="cookie-notice-hidden cookie-revoke-hidden cn-position-bottom" '
                'aria-label="Cookie Notice"><div class="cookie-notice-container"><span id="cn-notice-text" class="cn-text-container">'
                'Ce site utilise des cookies de mesure d\'audience. En poursuivant, vous acceptez leur utilisation.</span>'
                '<span id="cn-notice-buttons" class="cn-buttons-container"><a href="#" id="cn-accept-cookie" data-cookie-set="accept" '
                'class="cn-set-cookie cn-button" aria-label="Accepter">Accepter</a><a href="#" id="cn-refuse-cookie" '
                'data-cookie-set="refuse" class="cn-set-cookie cn-button">Refuser</a></span></div></div>')
    if kind == "drupal":
        return ('<div class="eu-cookie-compliance-banner eu-cookie-compliance-banner-info" role="dialog">'
                '<div class="popup-content info eu-cookie-compliance-content"><div id="popup-text" class="eu-cookie-compliance-message">'
                '<p>Nous utilisons des cookies pour mesurer la fréquentation du site.</p></div>'
                '<div id="popup-buttons" class="eu-cookie-compliance-buttons"><button type="button" class="agree-button eu-cookie-compliance-default-button">'
                'J\'accepte</button><button type="button" class="decline-button eu-cookie-compliance-default-button">Je refuse</button></div></div></div>')
    return ('<div id="tarteaucitronRoot" data-nosnippet><div id="tarteaucitronAlertBig" class="tarteaucitronAlertBigBottom">'
            '<span id="tarteaucitronDisclaimerAlert">Ce site utilise des cookies et vous donne le contrôle sur ceux que vous souhaitez activer.</span>'
            '<button type="button" class="tarteaucitronCTAButton tarteaucitronAllow" id="tarteaucitronPersonalize2">Tout accepter</button>'
            '<button type="button" class="tarteaucitronCTAButton tarteaucitronDeny" id="tarteaucitronAllDenied2">Tout refuser</button>'
            '</div></div>')


def share_bar(url, title="Partager cette page"):
    u = quote(url, safe="")
    return (f'<div class="share-bar"><p class="share-bar__title">{title}</p><ul>'
            f'<li><a class="share-fb" href="https://www.facebook.com/sharer/sharer.php?u={u}" target="_blank" rel="noopener">Facebook</a></li>'
            f'<li><a class="share-x" href="https://twitter.com/intent/tweet?url={u}" target="_blank" rel="noopener">X</a></li>'
            f'<li><a class="share-li" href="https://www.linkedin.com/shareArticle?mini=true&amp;url={u}" target="_blank" rel="noopener">LinkedIn</a></li>'
            f'<li><a class="share-mail" href="mailto:?subject=A%20lire&amp;body={u}">Courriel</a></li>'
            '<li><button type="button" class="share-print" onclick="window.print()">Imprimer</button></li></ul></div>')


def newsletter(action, cls="newsletter-form"):
    return (f'<div class="{cls}"><h3>La lettre d\'information</h3><form action="{escape(action)}" method="post" class="{cls}__form">'
            '<label for="nl-email">Votre adresse électronique</label><input type="email" id="nl-email" name="EMAIL" required>'
            '<input type="checkbox" id="nl-rgpd" name="rgpd" value="1" required><label for="nl-rgpd">J\'accepte de recevoir la lettre</label>'
            '<button type="submit">S\'abonner</button></form></div>')


def download(href, label, size="PDF - 412 Ko"):
    return f'<p class="document"><a class="document__link" href="{escape(href)}">{label}</a> <span class="document__meta">({size})</span></p>'


def steps(items, cls="etapes"):
    """A timeline of steps: (label, dates, text, state) with state 'done', 'current' or 'next'."""
    lis = "".join(f'<li class="{cls}__step {cls}__step--{state}"><h3>{label}</h3><p class="{cls}__dates">{dates}</p><p>{text}</p></li>'
                  for label, dates, text, state in items)
    return f'<ol class="{cls}">{lis}</ol>'


def project_cards(items, cls="projet-card"):
    """(title, place, amount, votes or '')"""
    cards = "".join(
        f'<div class="{cls}"><h3 class="{cls}__title">{t}</h3><p class="{cls}__lieu">{place}</p>'
        f'<p class="{cls}__montant">{amount}</p>{f"<p class={chr(34)}{cls}__votes{chr(34)}>{v} votes</p>" if v else ""}</div>'
        for t, place, amount, v in items)
    return f'<div class="{cls}s">{cards}</div>'


# ---- WordPress ----------------------------------------------------------------------------------------------

def cf7(action, form_id, fields, message_label="Votre message", submit="Envoyer", message=True):
    """Contact Form 7. ``fields``: (name, label, type)."""
    unit = f"wpcf7-f{form_id}-o1"
    inputs = "".join(
        f'<p><label>{label}<br /><span class="wpcf7-form-control-wrap" data-name="{name}"><input size="40" '
        f'class="wpcf7-form-control wpcf7-{typ} wpcf7-validates-as-required" aria-required="true" value="" type="{typ}" name="{name}" /></span></label></p>'
        for name, label, typ in fields)
    area = (f'<p><label>{message_label}<br /><span class="wpcf7-form-control-wrap" data-name="your-message"><textarea cols="40" rows="10" '
            'class="wpcf7-form-control wpcf7-textarea" aria-invalid="false" name="your-message"></textarea></span></label></p>') if message else ""
    return (f'<div class="wpcf7 no-js" id="{unit}" lang="fr-FR" dir="ltr"><div class="screen-reader-response"><p role="status" aria-live="polite" aria-atomic="true"></p></div>'
            f'<form action="{escape(action)}#{unit}" method="post" class="wpcf7-form init" aria-label="Formulaire de contact" novalidate="novalidate" data-status="init">'
            f'<div style="display: none;"><input type="hidden" name="_wpcf7" value="{form_id}" /><input type="hidden" name="_wpcf7_version" value="5.9.3" />'
            f'<input type="hidden" name="_wpcf7_locale" value="fr_FR" /><input type="hidden" name="_wpcf7_unit_tag" value="{unit}" /></div>'
            f'{inputs}{area}<p><input class="wpcf7-form-control wpcf7-submit has-spinner" type="submit" value="{submit}" /></p>'
            '<div class="wpcf7-response-output" aria-hidden="true"></div></form></div>')


def gravity(action, form_id, title, description, fields, submit="Envoyer"):
    """Gravity Forms. ``fields``: (label, kind) with kind 'text', 'email', 'textarea', 'select:a|b', 'radio:a|b', 'file'."""
    out = []
    for n, (label, kind) in enumerate(fields, start=1):
        fid = f"input_{form_id}_{n}"
        if kind == "textarea":
            ctl = f'<textarea name="input_{n}" id="{fid}" class="textarea large" rows="10" cols="50"></textarea>'
        elif kind.startswith("select:"):
            opts = "".join(f'<option value="{escape(o)}">{o}</option>' for o in kind[7:].split("|"))
            ctl = f'<select name="input_{n}" id="{fid}" class="large gfield_select">{opts}</select>'
        elif kind.startswith("radio:"):
            ctl = '<div class="gfield_radio">' + "".join(
                f'<div class="gchoice gchoice_{form_id}_{n}_{k}"><input class="gfield-choice-input" name="input_{n}" type="radio" value="{escape(o)}" id="choice_{form_id}_{n}_{k}"><label for="choice_{form_id}_{n}_{k}">{o}</label></div>'
                for k, o in enumerate(kind[6:].split("|"))) + "</div>"
        elif kind == "file":
            ctl = f'<input name="input_{n}" id="{fid}" type="file" class="large">'
        else:
            ctl = f'<input name="input_{n}" id="{fid}" type="{kind}" value="" class="large">'
        out.append(f'<div id="field_{form_id}_{n}" class="gfield gfield--type-{kind.split(":")[0]} field_sublabel_below">'
                   f'<label class="gfield_label gform-field-label" for="{fid}">{label}</label><div class="ginput_container">{ctl}</div></div>')
    return (f'<div class="gf_browser_gecko gform_wrapper gravity-theme gform-theme--no-framework" data-form-index="0" id="gform_wrapper_{form_id}">'
            f'<div class="gform_heading"><h2 class="gform_title">{title}</h2><p class="gform_description">{description}</p></div>'
            f'<form method="post" enctype="multipart/form-data" id="gform_{form_id}" action="{escape(action)}" novalidate>'
            f'<div class="gform-body gform_body"><div id="gform_fields_{form_id}" class="gform_fields top_label form_sublabel_below">{"".join(out)}</div></div>'
            f'<div class="gform_footer top_label"><input type="submit" id="gform_submit_button_{form_id}" class="gform_button button" value="{submit}">'
            f'<input type="hidden" class="gform_hidden" name="is_submit_{form_id}" value="1"><input type="hidden" name="gform_submit" value="{form_id}"></div></form></div>')


def yop_poll(poll_id, question, answers, closed=False, results=None):
    """YOP Poll block; closed polls show their results and no form."""
    if closed:
        rows = "".join(f'<li class="basic-answer"><div class="basic-answer-content"><span class="basic-text">{a}</span>'
                       f'<span class="basic-answer-result">{pct} % ({n} votes)</span><div class="basic-progress-bar" style="width:{pct}%"></div></div></li>'
                       for a, pct, n in results)
        return (f'<div class="bootstrap-yop yop-poll-mc"><div class="basic-yop-poll-container" data-id="{poll_id}" data-temp="basic" data-uid="yp{poll_id}a">'
                f'<div class="basic-question-title"><h5>{question}</h5></div><p class="basic-message">Ce sondage est clos.</p>'
                f'<ul class="basic-answers">{rows}</ul></div></div>')
    lis = "".join(f'<li class="basic-answer" data-id="{poll_id}{k}" data-type="text"><div class="basic-answer-content basic-text-vertical">'
                  f'<label for="answer[{poll_id}{k}]" class="basic-answer-label"><input type="radio" id="answer[{poll_id}{k}]" name="answer[{poll_id}]" value="{poll_id}{k}">'
                  f'<span class="basic-text basic-answer-text">{a}</span></label></div></li>' for k, a in enumerate(answers))
    return (f'<div class="bootstrap-yop yop-poll-mc"><div class="basic-yop-poll-container" data-id="{poll_id}" data-temp="basic" data-uid="yp{poll_id}a" data-cid="{poll_id}">'
            f'<form class="basic-form" action="/wp-admin/admin-ajax.php" method="post"><input type="hidden" name="_token" value="6f1c2a9e3b">'
            f'<div class="basic-elements"><div class="basic-element basic-question basic-question-text-vertical" data-id="{poll_id}" data-uid="q{poll_id}" data-type="question">'
            f'<div class="basic-question-title"><h5>{question}</h5></div><ul class="basic-answers">{lis}</ul></div></div>'
            f'<div class="basic-vote"><button type="button" class="button basic-vote-button" data-id="{poll_id}">Voter</button>'
            f'<a href="#" class="button basic-results-button" data-id="{poll_id}">Résultats</a></div></form></div></div>')


def wp_comments(post_id, comments, open_form=True):
    lis = "".join(
        f'<li id="comment-{post_id * 10 + k}" class="comment even thread-even depth-1"><article class="comment-body">'
        f'<footer class="comment-meta"><div class="comment-author vcard"><b class="fn">{who}</b> <span class="says">dit :</span></div>'
        f'<div class="comment-metadata"><time>{when}</time></div></footer><div class="comment-content"><p>{text}</p></div>'
        f'<div class="reply"><a rel="nofollow" class="comment-reply-link" href="#comment-{post_id * 10 + k}" data-commentid="{post_id * 10 + k}" '
        f'aria-label="Répondre à {who}">Répondre</a></div></article></li>' for k, (who, when, text) in enumerate(comments))
    head = f'<h2 class="comments-title">{len(comments)} réflexions sur cet article</h2><ol class="comment-list">{lis}</ol>' if comments else ""
    form = (f'<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Laisser un commentaire</h3>'
            f'<form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate>'
            '<p class="comment-notes">Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *</p>'
            '<p class="comment-form-comment"><label for="comment">Commentaire <span class="required">*</span></label>'
            '<textarea id="comment" name="comment" cols="45" rows="8" maxlength="65525" required></textarea></p>'
            '<p class="comment-form-author"><label for="author">Nom *</label><input id="author" name="author" type="text" value="" size="30" required /></p>'
            '<p class="comment-form-email"><label for="email">E-mail *</label><input id="email" name="email" type="email" value="" size="30" required /></p>'
            f'<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Laisser un commentaire" />'
            f'<input type="hidden" name="comment_post_ID" value="{post_id}" id="comment_post_ID" /><input type="hidden" name="comment_parent" id="comment_parent" value="0" /></p>'
            '</form></div>') if open_form else '<p class="no-comments">Les commentaires sont fermés.</p>'
    return f'<div id="comments" class="comments-area">{head}{form}</div>'


def wp_sidebar(*widgets_):
    return '<div id="secondary" class="widget-area">' + "".join(widgets_) + "</div>"


# ---- Drupal -------------------------------------------------------------------------------------------------

def _drupal_hidden(form_id, token):
    return (f'<input autocomplete="off" data-drupal-selector="form-{token}" type="hidden" name="form_build_id" value="form-{token}" />'
            f'<input data-drupal-selector="edit-{form_id.replace("_", "-")}" type="hidden" name="form_id" value="{form_id}" />')


def webform(action, webform_id, fields, submit="Envoyer", token="a8Kq2Zp0"):
    """Drupal Webform. ``fields``: (key, label, kind) with kind 'textfield', 'email', 'textarea', 'radios:a|b', 'checkboxes:a|b', 'select:a|b'."""
    sel = webform_id.replace("_", "-")
    out = []
    for key, label, kind in fields:
        k = key.replace("_", "-")
        if kind == "textarea":
            out.append(f'<div class="js-form-item form-item js-form-type-textarea form-type-textarea js-form-item-{k} form-item-{k}">'
                       f'<label for="edit-{k}">{label}</label><div class="form-textarea-wrapper"><textarea data-drupal-selector="edit-{k}" id="edit-{k}" '
                       f'name="{key}" rows="5" cols="60" class="form-textarea resize-vertical"></textarea></div></div>')
        elif kind.startswith(("radios:", "checkboxes:")):
            typ, opts = kind.split(":", 1)
            one = "radio" if typ == "radios" else "checkbox"
            items = "".join(
                f'<div class="js-form-item form-item js-form-type-{one} form-type-{one}"><input data-drupal-selector="edit-{k}-{n}" type="{one}" '
                f'id="edit-{k}-{n}" name="{key}{"" if one == "radio" else f"[{n}]"}" value="{escape(o)}" class="form-{one}" />'
                f'<label for="edit-{k}-{n}" class="option">{o}</label></div>' for n, o in enumerate(opts.split("|")))
            out.append(f'<fieldset data-drupal-selector="edit-{k}" id="edit-{k}--wrapper" class="{typ}--wrapper fieldgroup form-composite webform-composite-visible-title js-webform-type-{typ} webform-type-{typ} js-form-item form-item js-form-wrapper form-wrapper">'
                       f'<legend><span class="fieldset-legend">{label}</span></legend><div class="fieldset-wrapper"><div id="edit-{k}" class="js-webform-{typ} webform-options-display-one-column form-{typ}">{items}</div></div></fieldset>')
        elif kind.startswith("select:"):
            opts = "".join(f'<option value="{escape(o)}">{o}</option>' for o in kind[7:].split("|"))
            out.append(f'<div class="js-form-item form-item js-form-type-select form-type-select form-item-{k}"><label for="edit-{k}">{label}</label>'
                       f'<select data-drupal-selector="edit-{k}" id="edit-{k}" name="{key}" class="form-select">{opts}</select></div>')
        else:
            out.append(f'<div class="js-form-item form-item js-form-type-{kind} form-type-{kind} js-form-item-{k} form-item-{k}"><label for="edit-{k}">{label}</label>'
                       f'<input data-drupal-selector="edit-{k}" type="{"email" if kind == "email" else "text"}" id="edit-{k}" name="{key}" value="" size="60" class="form-{kind}" /></div>')
    fid = f"webform_submission_{webform_id}_add_form"
    return (f'<form class="webform-submission-form webform-submission-add-form webform-submission-{sel}-form webform-submission-{sel}-add-form js-webform-details-toggle webform-details-toggle" '
            f'data-drupal-selector="webform-submission-{sel}-add-form" action="{escape(action)}" method="post" id="webform-submission-{sel}-add-form" accept-charset="UTF-8">'
            f'{"".join(out)}<div data-drupal-selector="edit-actions" class="form-actions webform-actions js-form-wrapper form-wrapper" id="edit-actions">'
            f'<input class="webform-button--submit button button--primary js-form-submit form-submit" data-drupal-selector="edit-submit" type="submit" id="edit-submit" name="op" value="{submit}" /></div>'
            f'{_drupal_hidden(fid, token)}</form>')


def drupal_comments(node_id, comments, open_form=True):
    arts = "".join(
        f'<article data-comment-user-id="0" id="comment-{node_id}{k}" class="comment js-comment by-anonymous"><mark class="hidden" data-comment-timestamp="1712000000"></mark>'
        f'<footer class="comment__meta"><p class="comment__author"><span>{who}</span></p><p class="comment__time">{when}</p></footer>'
        f'<div class="comment__content"><div class="clearfix text-formatted field field--name-comment-body field--type-text-long field--label-hidden field__item"><p>{text}</p></div>'
        f'<ul class="links inline"><li class="comment-reply"><a href="#comment-form" data-comment-parent="{node_id}{k}">Répondre</a></li></ul></div></article>'
        for k, (who, when, text) in enumerate(comments))
    form = (f'<h2 class="title comment-form__title">Ajouter un commentaire</h2><form class="comment-comment-node-article-form comment-form" data-drupal-selector="comment-form" '
            f'action="/comment/reply/node/{node_id}/comment_node_article" method="post" id="comment-form" accept-charset="UTF-8">'
            '<div class="js-form-item form-item js-form-type-textfield form-item-name"><label for="edit-name">Votre nom</label><input data-drupal-selector="edit-name" type="text" id="edit-name" name="name" value="" size="30" maxlength="60" class="form-text" /></div>'
            '<div class="field--type-text-long field--name-comment-body field--widget-text-textarea js-form-wrapper form-wrapper"><div class="js-form-item form-item js-form-type-textarea form-item-comment-body-0-value">'
            '<label for="edit-comment-body-0-value" class="js-form-required form-required">Commentaire</label><div class="form-textarea-wrapper">'
            '<textarea class="js-text-full text-full form-textarea required resize-vertical" data-drupal-selector="edit-comment-body-0-value" id="edit-comment-body-0-value" name="comment_body[0][value]" rows="5" cols="60" required="required"></textarea></div></div></div>'
            '<div data-drupal-selector="edit-actions" class="form-actions js-form-wrapper form-wrapper" id="edit-actions--2"><input data-drupal-selector="edit-submit" type="submit" id="edit-submit--2" name="op" value="Enregistrer" class="button button--primary js-form-submit form-submit" /></div>'
            f'{_drupal_hidden("comment_comment_node_article_form", "c0mM" + str(node_id))}</form>') if open_form else ""
    return f'<section data-drupal-selector="comments" class="comments"><h2 class="comments__title">Commentaires</h2>{arts}{form}</section>'


def drupal_poll(poll_id, question, choices):
    """The Drupal Poll module's block."""
    radios = "".join(
        f'<div class="js-form-item form-item js-form-type-radio form-type-radio js-form-item-choice form-item-choice"><input data-drupal-selector="edit-choice-{n}" '
        f'type="radio" id="edit-choice-{n}" name="choice" value="{n}" class="form-radio" /><label for="edit-choice-{n}" class="option">{c}</label></div>'
        for n, c in enumerate(choices, start=1))
    return (f'<div class="block block-poll block-poll-recent-block"><h2>Sondage</h2><form class="poll-view-form poll-view-form-{poll_id}" data-drupal-selector="poll-view-form-{poll_id}" '
            f'action="/poll/{poll_id}" method="post" id="poll-view-form-{poll_id}" accept-charset="UTF-8"><div class="poll"><div class="poll-question">{question}</div>'
            f'<fieldset data-drupal-selector="edit-choice" id="edit-choice--wrapper" class="fieldgroup form-composite js-form-item form-item js-form-wrapper form-wrapper"><div class="fieldset-wrapper"><div id="edit-choice" class="form-radios">{radios}</div></div></fieldset>'
            '<div data-drupal-selector="edit-actions" class="form-actions js-form-wrapper form-wrapper"><input data-drupal-selector="edit-vote" type="submit" id="edit-vote" name="op" value="Voter" class="button js-form-submit form-submit" /></div></div>'
            f'{_drupal_hidden(f"poll_view_form_{poll_id}", "p0ll" + str(poll_id))}</form></div>')


def drupal_poll_results(question, rows, total):
    bars = "".join(f'<dt class="choice-title">{c}</dt><dd class="choice-result"><div class="foreground" style="width: {p}%;"></div><div class="percent">{p}% ({n} votes)</div></dd>'
                   for c, p, n in rows)
    return f'<div class="poll"><h3 class="poll-question">{question}</h3><dl class="poll-results">{bars}</dl><div class="total">Total des votes : {total}</div><p class="poll-closed">Scrutin clos.</p></div>'


# ---- Joomla -------------------------------------------------------------------------------------------------

def joomla_contact(action, token="9f3b1c2d"):
    """com_contact's form (Joomla 4)."""
    def field(name, label, typ="text"):
        return (f'<div class="control-group"><div class="control-label"><label id="jform_{name}-lbl" for="jform_{name}" class="required">{label}<span class="star" aria-hidden="true">&#160;*</span></label></div>'
                f'<div class="controls"><input type="{typ}" name="jform[{name}]" class="form-control required" id="jform_{name}" value="" required></div></div>')
    return (f'<form id="contact-form" action="{escape(action)}" method="post" class="com-contact__form form-validate form-horizontal well">'
            '<fieldset><legend>Envoyer un courriel</legend>'
            + field("contact_name", "Nom") + field("contact_email", "E-mail", "email") + field("contact_subject", "Sujet")
            + '<div class="control-group"><div class="control-label"><label id="jform_contact_message-lbl" for="jform_contact_message" class="required">Message<span class="star" aria-hidden="true">&#160;*</span></label></div>'
            '<div class="controls"><textarea name="jform[contact_message]" id="jform_contact_message" cols="50" rows="10" class="form-control required" required></textarea></div></div>'
            '<div class="control-group"><div class="controls"><div class="form-check"><input type="checkbox" name="jform[contact_email_copy]" id="jform_contact_email_copy" value="1" class="form-check-input"><label for="jform_contact_email_copy">Envoyer une copie à vous-même</label></div></div></div>'
            '</fieldset><div class="control-group"><div class="controls"><button class="btn btn-primary validate" type="submit">Envoyer le courriel</button>'
            f'<input type="hidden" name="option" value="com_contact"><input type="hidden" name="task" value="contact.submit"><input type="hidden" name="return" value=""><input type="hidden" name="id" value="1:mairie"><input type="hidden" name="{token}" value="1"></div></div></form>')


def rsform(action, form_id, title, fields, submit="Envoyer"):
    """RSForm! Pro. ``fields``: (name, label, kind) with kind 'text', 'email', 'textarea', 'radio:a|b', 'select:a|b'."""
    rows = []
    for name, label, kind in fields:
        if kind == "textarea":
            ctl = f'<textarea cols="50" rows="5" name="form[{name}]" id="{name}" class="rsform-text-box form-control"></textarea>'
        elif kind.startswith("radio:"):
            ctl = "".join(f'<div class="form-check"><input type="radio" name="form[{name}]" value="{escape(o)}" id="{name}{n}" class="rsform-radio form-check-input" /><label for="{name}{n}" class="form-check-label">{o}</label></div>'
                          for n, o in enumerate(kind[6:].split("|")))
        elif kind.startswith("select:"):
            ctl = f'<select name="form[{name}][]" id="{name}" class="rsform-select-box form-select">' + "".join(f'<option value="{escape(o)}">{o}</option>' for o in kind[7:].split("|")) + "</select>"
        else:
            ctl = f'<input type="{kind}" value="" size="20" name="form[{name}]" id="{name}" class="rsform-input-box form-control" />'
        rows.append(f'<div class="mb-3 rsform-block rsform-block-{name.lower()}"><label class="form-label formControlLabel" for="{name}">{label}</label><div class="formControls">{ctl}<span class="formValidation"><span id="component{len(rows) + 10}" class="formNoError">Champ invalide</span></span></div></div>')
    return (f'<form method="post" id="userForm" class="formResponsive" enctype="multipart/form-data" action="{escape(action)}"><h2>{title}</h2>'
            f'<div id="rsform_{form_id}_page_0">{"".join(rows)}<div class="mb-3 rsform-block rsform-block-envoyer"><div class="formControls">'
            f'<button type="submit" name="form[Envoyer]" id="Envoyer" class="rsform-submit-button btn btn-primary">{submit}</button></div></div></div>'
            f'<input type="hidden" name="form[formId]" value="{form_id}"/></form>')


def jcomments(object_id, comments, open_form=True):
    items = "".join(
        f'<div class="comment" id="comment-item-{object_id}{k}"><div class="comment-box"><span class="comment-author">{who}</span> '
        f'<span class="comment-date">{when}</span><div class="comment-body" id="comment-body-{object_id}{k}">{text}</div></div></div>'
        for k, (who, when, text) in enumerate(comments))
    form = ('<h4>Ajouter un commentaire</h4><a id="addcomments" href="#addcomments"></a>'
            '<form id="comments-form" name="comments-form" action="javascript:void(null);">'
            '<p><span><input id="comments-form-name" type="text" name="name" value="" maxlength="20" size="22" tabindex="1" /><label for="comments-form-name">Nom (requis)</label></span></p>'
            '<p><span><input id="comments-form-email" type="text" name="email" value="" size="22" tabindex="2" /><label for="comments-form-email">E-mail (requis, non publié)</label></span></p>'
            '<p><span><textarea id="comments-form-comment" name="comment" cols="65" rows="8" tabindex="5"></textarea></span></p>'
            f'<div id="comments-form-buttons"><div class="btn" id="comments-form-send"><div><a href="#" tabindex="7" onclick="jcomments.saveComment();return false;" title="Envoyer (Ctrl+Entrée)">Envoyer</a></div></div></div>'
            f'<div><input type="hidden" name="object_id" value="{object_id}" /><input type="hidden" name="object_group" value="com_content" /></div></form>') if open_form else ""
    return f'<div id="jc"><div id="comments"><h4>Commentaires ({len(comments)})</h4><div class="comments-list" id="comments-list-0">{items}</div></div>{form}</div>'


def joomla_poll(poll_id, question, options):
    """A Joomla poll module (mod_poll style)."""
    radios = "".join(f'<li><input type="radio" name="voteid" id="voteid{poll_id}{n}" value="{poll_id}{n}" class="inputbox" /><label for="voteid{poll_id}{n}">{o}</label></li>'
                     for n, o in enumerate(options))
    return (f'<div class="moduletable poll-module"><h3>Sondage</h3><form action="/index.php" method="post" name="form2" class="poll"><fieldset><legend>{question}</legend>'
            f'<ul class="poll-options">{radios}</ul></fieldset><div class="button-poll"><input type="submit" name="task_button" class="btn btn-primary" value="Voter" />'
            f'<a class="btn" href="/index.php/sondages/{poll_id}-resultats">Résultats</a></div><input type="hidden" name="option" value="com_poll" />'
            f'<input type="hidden" name="task" value="vote" /><input type="hidden" name="id" value="{poll_id}" /></form></div>')


# ---- SPIP ---------------------------------------------------------------------------------------------------

def spip_forum_thread(messages):
    lis = "".join(
        f'<li class="forum-fil"><div class="forum-message" id="forum{300 + k}"><div class="forum-chapo"><strong class="forum-titre">{title}</strong>'
        f'<small> — <span class="date">{when}</span>, par <span class="vcard author">{who}</span></small></div><div class="forum-texte"><p>{text}</p></div>'
        f'<p class="repondre"><a href="#formulaire_forum" rel="noindex nofollow">Répondre à ce message</a></p></div></li>'
        for k, (title, who, when, text) in enumerate(messages))
    return f'<div class="forum-total"><h2 class="h2">{len(messages)} Messages</h2><ul class="forum">{lis}</ul></div>'


def spip_forum_form(article, action):
    return (f'<div class="formulaire_spip formulaire_forum ajax" id="formulaire_forum"><h2>Un message, un commentaire ?</h2>'
            f'<form action="{escape(action)}#formulaire_forum" method="post" enctype="multipart/form-data"><div>'
            f'<input name="formulaire_action" type="hidden" value="forum" /><input name="formulaire_action_args" type="hidden" value="Yt3kq9b1" />'
            f'<input type="hidden" name="id_article" value="{article}" /><input type="hidden" name="id_objet" value="{article}" /><input type="hidden" name="objet" value="article" />'
            '<fieldset class="qui"><legend>Qui êtes-vous ?</legend><div class="editer-groupe"><div class="editer saisie_session_nom"><label for="session_nom">Votre nom</label>'
            '<input type="text" class="text" name="session_nom" id="session_nom" value="" size="40" /></div><div class="editer saisie_session_email"><label for="session_email">Votre adresse email</label>'
            '<input type="email" class="text email" name="session_email" id="session_email" value="" size="40" /></div></div></fieldset>'
            '<fieldset><legend>Votre message</legend><div class="editer-groupe"><div class="editer saisie_titre obligatoire"><label for="titre">Titre (obligatoire)</label>'
            '<input type="text" class="text" name="titre" id="titre" value="" size="60" /></div><div class="editer saisie_texte obligatoire"><label for="texte">Texte de votre message (obligatoire)</label>'
            '<textarea name="texte" id="texte" rows="10" cols="60"></textarea></div></div></fieldset>'
            '<p class="boutons"><input type="submit" class="submit" name="previsualiser_message" value="Prévisualiser" /></p></div></form></div>')


def spip_petition(article, action, count, recent):
    sigs = "".join(f'<li><span class="nom">{n}</span> <small class="date">{d}</small></li>' for n, d in recent)
    return (f'<div class="formulaire_spip formulaire_signature ajax" id="sp{article}"><h2 class="h2">Signer cette pétition</h2>'
            f'<form method="post" action="{escape(action)}#sp{article}"><div><input name="formulaire_action" type="hidden" value="signature" />'
            f'<input name="formulaire_action_args" type="hidden" value="{article}" /><input type="hidden" name="id_article" value="{article}" />'
            '<fieldset><legend>Votre signature</legend><ul><li class="editer saisie_session_nom obligatoire"><label for="session_nom">Votre nom ou pseudo</label>'
            '<input type="text" class="text" name="session_nom" id="session_nom" value="" size="20" /></li><li class="editer saisie_session_email obligatoire">'
            '<label for="session_email">Votre adresse email</label><input type="email" class="text email" name="session_email" id="session_email" value="" size="20" /></li>'
            '<li class="editer saisie_message"><label for="message">Un message, un commentaire ?</label><textarea name="message" id="message" rows="3" cols="30"></textarea></li></ul></fieldset>'
            f'<p class="boutons"><input type="submit" class="submit" value="Valider" /></p></div></form></div>'
            f'<div class="petition-signatures"><p><strong>{count}</strong> signatures</p><ul class="liste signatures">{sigs}</ul>'
            f'<p class="pagination"><a href="#sp{article}" rel="nofollow">Voir toutes les signatures</a></p></div>')


def spip_ecrire_auteur(action):
    return (f'<div class="formulaire_spip formulaire_ecrire_auteur ajax" id="formulaire_ecrire_auteur"><form method="post" action="{escape(action)}#formulaire_ecrire_auteur">'
            '<div><input name="formulaire_action" type="hidden" value="ecrire_auteur" /><input name="formulaire_action_args" type="hidden" value="Qm3pZ1" />'
            '<fieldset><legend>Envoyer un message</legend><ul class="editer-groupe">'
            '<li class="editer saisie_email_message_auteur obligatoire"><label for="email_message_auteur">Votre adresse email</label><input required type="email" class="text email" name="email_message_auteur" id="email_message_auteur" value="" size="30" /></li>'
            '<li class="editer saisie_sujet_message_auteur obligatoire"><label for="sujet_message_auteur">Sujet</label><input required type="text" class="text" name="sujet_message_auteur" id="sujet_message_auteur" value="" size="30" /></li>'
            '<li class="editer saisie_texte_message_auteur obligatoire"><label for="texte_message_auteur">Texte de votre message</label><textarea required name="texte_message_auteur" id="texte_message_auteur" rows="8" cols="60"></textarea></li>'
            '</ul></fieldset><p class="boutons"><input type="submit" class="submit" name="valide" value="Envoyer" /></p></div></form></div>')


def formidable(action, form_id, title, fields, submit="Envoyer"):
    """SPIP's Formidable plugin (saisies). ``fields``: (name, label, kind) with 'input', 'email', 'textarea', 'radio:a|b', 'checkbox:a|b'."""
    out = []
    for name, label, kind in fields:
        if kind == "textarea":
            ctl = f'<textarea name="{name}" class="textarea" id="champ_{name}" rows="5" cols="40"></textarea>'
        elif kind.startswith(("radio:", "checkbox:")):
            typ, opts = kind.split(":", 1)
            ctl = "".join(f'<div class="choix choix_{n}"><input type="{typ}" name="{name}{"[]" if typ == "checkbox" else ""}" class="{typ}" id="champ_{name}_{n}" value="{n}" /><label for="champ_{name}_{n}">{o}</label></div>'
                          for n, o in enumerate(opts.split("|")))
        else:
            ctl = f'<input type="{"email" if kind == "email" else "text"}" name="{name}" class="text" id="champ_{name}" value="" />'
        out.append(f'<div class="editer editer_{name} saisie_{kind.split(":")[0]}"><label for="champ_{name}">{label}</label>{ctl}</div>')
    return (f'<div class="formulaire_spip formulaire_formidable formulaire_formidable_{form_id} formulaire_formidable-{form_id} ajax" id="formulaire_formidable_{form_id}">'
            f'<h2 class="h2">{title}</h2><form method="post" action="{escape(action)}#formulaire_formidable_{form_id}" enctype="multipart/form-data"><div>'
            f'<input name="formulaire_action" type="hidden" value="formidable" /><input name="formulaire_action_args" type="hidden" value="F{form_id}x" />'
            f'<div class="editer-groupe">{"".join(out)}</div><p class="boutons"><input type="submit" class="submit" value="{submit}" /></p></div></form></div>')


# ---- agency CMSs and e-services -----------------------------------------------------------------------------

def agency_form(action, fields, submit="Envoyer", cls="form", legend=""):
    """A municipal agency CMS's accessible form. ``fields``: (name, label, kind) with 'text', 'email', 'tel', 'textarea',
    'radio:a|b', 'select:a|b', 'date', 'number', 'checkbox'."""
    out = []
    for name, label, kind in fields:
        if kind == "textarea":
            ctl = f'<textarea id="{cls}-{name}" name="{name}" rows="6" class="{cls}__textarea" required aria-required="true"></textarea>'
        elif kind.startswith("radio:"):
            ctl = '<div class="' + cls + '__radios">' + "".join(
                f'<span class="{cls}__radio"><input type="radio" id="{cls}-{name}-{n}" name="{name}" value="{n}"><label for="{cls}-{name}-{n}">{o}</label></span>'
                for n, o in enumerate(kind[6:].split("|"))) + "</div>"
        elif kind.startswith("select:"):
            ctl = f'<select id="{cls}-{name}" name="{name}" class="{cls}__select">' + "".join(f'<option>{o}</option>' for o in kind[7:].split("|")) + "</select>"
        elif kind == "checkbox":
            ctl = f'<input type="checkbox" id="{cls}-{name}" name="{name}" value="1">'
        else:
            ctl = f'<input type="{kind}" id="{cls}-{name}" name="{name}" class="{cls}__input">'
        out.append(f'<div class="{cls}__field {cls}__field--{kind.split(":")[0]}"><label for="{cls}-{name}" class="{cls}__label">{label}</label>{ctl}</div>')
    leg = f"<legend class=\"{cls}__legend\">{legend}</legend>" if legend else ""
    return (f'<form class="{cls}" action="{escape(action)}" method="post" novalidate><p class="{cls}__mandatory">Les champs marqués d\'un * sont obligatoires.</p>'
            f'<fieldset class="{cls}__fieldset">{leg}{"".join(out)}</fieldset>'
            f'<input type="hidden" name="csrf_token" value="b7e1c0d9a2"><div class="{cls}__actions"><button type="submit" class="btn btn--primary">{submit}</button></div></form>')


def wcs_form(action, title, fields, submit="Valider"):
    """Publik w.c.s. form. ``fields``: (label, kind) with 'string', 'email', 'text', 'item:a|b'."""
    out = []
    for n, (label, kind) in enumerate(fields, start=1):
        if kind == "text":
            ctl = f'<textarea name="f{n}" id="form_f{n}" rows="8" cols="60"></textarea>'
            cls = "TextWidget"
        elif kind.startswith("item:"):
            ctl = f'<select name="f{n}" id="form_f{n}">' + "".join(f'<option value="{escape(o)}">{o}</option>' for o in kind[5:].split("|")) + "</select>"
            cls = "SingleSelectWidget"
        else:
            ctl = f'<input type="{"email" if kind == "email" else "text"}" name="f{n}" id="form_f{n}" value="" />'
            cls = "EmailWidget" if kind == "email" else "StringWidget"
        out.append(f'<div class="field widget {cls} template-form" data-field-id="{n}"><div class="title"><label for="form_f{n}">{label}</label></div><div class="content">{ctl}</div></div>')
    return (f'<div id="steps"><ol><li class="current"><span class="label">Formulaire</span></li><li><span class="label">Validation</span></li></ol></div>'
            f'<form method="post" enctype="multipart/form-data" class="quixote" action="{escape(action)}" novalidate="novalidate"><h2>{title}</h2>'
            f'<input type="hidden" name="_form_id" value="form-contact" />{"".join(out)}'
            f'<div class="buttons submit"><button name="submit" class="submit-button" value="{submit}">{submit}</button></div><input type="hidden" name="_ajax_form_token" value="c4b2a1" /></form>')


def booking_form(action, activity, slots):
    opts = "".join(f'<option value="{n}">{s}</option>' for n, s in enumerate(slots))
    return (f'<form class="reservation-form" action="{escape(action)}" method="post"><h2>Réserver : {activity}</h2>'
            f'<label for="resa-creneau">Créneau</label><select id="resa-creneau" name="creneau">{opts}</select>'
            '<label for="resa-nom">Nom</label><input id="resa-nom" name="nom" type="text"><label for="resa-email">Courriel</label><input id="resa-email" name="email" type="email">'
            '<label for="resa-places">Nombre de places</label><input id="resa-places" name="places" type="number" min="1" max="6" value="1">'
            '<button type="submit">Réserver</button></form>')


def payment_form(action, what):
    return (f'<form class="paiement-form" action="{escape(action)}" method="post"><h2>Payer en ligne : {what}</h2>'
            '<label for="pay-ref">Référence de la facture</label><input id="pay-ref" name="reference" type="text" required>'
            '<label for="pay-montant">Montant (€)</label><input id="pay-montant" name="montant" type="text" inputmode="decimal" required>'
            '<label for="pay-email">Courriel pour le reçu</label><input id="pay-email" name="email" type="email">'
            '<button type="submit">Procéder au paiement sécurisé (PayFiP)</button></form>')


def registration_form(action, what):
    return (f'<form class="inscription-form" action="{escape(action)}" method="post"><h2>Inscription : {what}</h2>'
            '<label for="ins-nom">Nom de l\'enfant</label><input id="ins-nom" name="nom_enfant" type="text" required>'
            '<label for="ins-naissance">Date de naissance</label><input id="ins-naissance" name="naissance" type="date" required>'
            '<label for="ins-ecole">École</label><select id="ins-ecole" name="ecole"><option>École du Centre</option><option>École des Tilleuls</option></select>'
            '<label for="ins-resp">Responsable légal (courriel)</label><input id="ins-resp" name="email" type="email" required>'
            '<button type="submit">Valider l\'inscription</button></form>')


# ---- embeds and platforms -----------------------------------------------------------------------------------

def iframe(src, title, height=900):
    return (f'<div class="embed-responsive"><iframe src="{escape(src)}" title="{title}" width="100%" height="{height}" '
            f'frameborder="0" loading="lazy" allowfullscreen></iframe></div>')


def limesurvey(survey_id, title, welcome, questions):
    """A LimeSurvey questionnaire page. ``questions``: (code, text, options)."""
    qs = "".join(
        f'<div id="question{survey_id}{n}" class="question-container list-radio mandatory"><div class="question-title-container"><div class="question-text">{text}</div></div>'
        f'<div class="answer-container"><ul class="answers-list radio-list" role="radiogroup">'
        + "".join(f'<li class="answer-item radio-item"><input class="radio" type="radio" value="A{k}" name="{survey_id}X1X{n}" id="answer{survey_id}X1X{n}A{k}">'
                  f'<label for="answer{survey_id}X1X{n}A{k}" class="answertext">{o}</label></li>' for k, o in enumerate(opts, start=1))
        + "</ul></div></div>" for n, (code, text, opts) in enumerate(questions, start=1))
    return (f'<div class="ls-survey" id="outerframeContainer"><h2 class="survey-name">{title}</h2><div class="survey-welcome">{welcome}</div>'
            f'<form id="limesurvey" name="limesurvey" action="/index.php/{survey_id}?lang=fr" method="post" class="form-horizontal">'
            f'<input type="hidden" name="YII_CSRF_TOKEN" value="dFZ1b3hNa2x"><div class="group-container">{qs}'
            '<div class="question-container text-long"><div class="question-text">Un commentaire, une remarque ?</div><textarea class="form-control answer-item text-item" name="'
            f'{survey_id}X1X99" rows="4" cols="40"></textarea></div></div>'
            f'<input type="hidden" name="sid" value="{survey_id}"><input type="hidden" name="lastgroup" value="{survey_id}X1"><div class="ls-move-btn">'
            '<button type="submit" id="ls-button-submit" value="movesubmit" name="move" class="ls-move-btn ls-move-submit-btn btn btn-lg btn-primary">Envoyer</button></div></form></div>')


def decidim_process_card(href, title, step, proposals):
    return (f'<a href="{escape(href)}" class="card__grid"><div class="card__grid-img"></div><div class="card__grid-text"><h3 class="h4 text-secondary">{title}</h3>'
            f'<div class="card__grid-metadata"><span>Phase actuelle : {step}</span><span>{proposals} propositions</span></div></div></a>')


def decidim_proposal(href, title, author, supports, comments):
    return (f'<a href="{escape(href)}" class="card__list" id="proposals__proposal_{zlib.crc32(title.encode()) % 900 + 100}"><div class="card__list-content">'
            f'<h3 class="h4 card__list-title">{title}</h3><div class="card__list-metadata"><span class="author__name">{author}</span>'
            f'<span>{supports} soutiens</span><span>{comments} commentaires</span></div></div></a>')


def decidim_comments(items, resource):
    lis = "".join(f'<div class="comment" id="comment_{resource}{k}" data-comment-id="{resource}{k}"><div class="comment__header"><div class="author__name">{who}</div>'
                  f'<span class="comment__header-date">{when}</span></div><div class="editor-content">{text}</div></div>' for k, (who, when, text) in enumerate(items))
    return (f'<div id="comments-for-Proposal-{resource}" class="comments"><div class="comments-count"><h2 class="h4">{len(items)} commentaires</h2></div>'
            f'<div class="comment-threads">{lis}</div><div class="add-comment"><h3>Ajouter un commentaire</h3>'
            f'<form class="new_comment" id="new_comment_for_Proposal_{resource}" action="/comments" accept-charset="UTF-8" data-remote="true" method="post">'
            f'<input type="hidden" name="comment[commentable_gid]" value="Z2lkOi8vZGVjaWRpbS9Qcm9wb3NhbC9{resource}"><label for="add-comment-Proposal-{resource}">Commentaire</label>'
            f'<textarea minlength="15" maxlength="1000" rows="4" placeholder="Ajoutez votre commentaire" name="comment[body]" id="add-comment-Proposal-{resource}"></textarea>'
            '<button type="submit" class="button button__sm button__secondary" disabled>Publier le commentaire</button></form>'
            '<p>Vous devez <a href="/users/sign_in">vous connecter</a> pour commenter.</p></div></div>')


def powermail(action, form_uid, fields, submit="Envoyer"):
    """TYPO3 powermail. ``fields``: (marker, label, kind) with 'input', 'email', 'textarea', 'radio:a|b', 'select:a|b'."""
    out = []
    for marker, label, kind in fields:
        name = f"tx_powermail_pi1[field][{marker}]"
        if kind == "textarea":
            ctl = f'<textarea rows="5" cols="20" required="required" placeholder="" class="powermail_textarea form-control" id="powermail_field_{marker}" name="{name}"></textarea>'
        elif kind.startswith("radio:"):
            ctl = "".join(f'<div class="radio"><label><input type="radio" name="{name}" value="{escape(o)}" class="powermail_radio" id="powermail_field_{marker}_{n}">{o}</label></div>'
                          for n, o in enumerate(kind[6:].split("|"), start=1))
        elif kind.startswith("select:"):
            ctl = f'<select class="powermail_select form-control" id="powermail_field_{marker}" name="{name}">' + "".join(f'<option value="{escape(o)}">{o}</option>' for o in kind[7:].split("|")) + "</select>"
        else:
            ctl = f'<input required="required" class="powermail_input form-control" id="powermail_field_{marker}" type="{"email" if kind == "email" else "text"}" name="{name}" value="" />'
        out.append(f'<div class="powermail_fieldwrap powermail_fieldwrap_type_{kind.split(":")[0]} powermail_fieldwrap_{marker} form-group">'
                   f'<label for="powermail_field_{marker}" class="control-label col-sm-2" title="">{label}<span class="mandatory">*</span></label><div class="col-sm-10">{ctl}</div></div>')
    return (f'<div class="tx-powermail"><div class="container-fluid"><form data-powermail-validate="data-powermail-validate" data-validate="html5" enctype="multipart/form-data" '
            f'name="field" class="powermail_form powermail_form_{form_uid} nolabel form-horizontal " action="{escape(action)}?tx_powermail_pi1%5Baction%5D=create&amp;tx_powermail_pi1%5Bcontroller%5D=Form&amp;cHash=8e1f3a" method="post">'
            f'<fieldset class="powermail_fieldset powermail_fieldset_{form_uid}">{"".join(out)}</fieldset>'
            f'<div class="powermail_fieldwrap powermail_fieldwrap_type_submit form-group"><div class="col-sm-10 col-sm-offset-2"><input class="btn btn-primary" type="submit" value="{submit}" /></div></div>'
            f'<input class="powermail_form_uid" type="hidden" name="tx_powermail_pi1[mail][form]" value="{form_uid}" /></form></div></div>')


def govocal_idea_cards(items):
    """Go Vocal idea cards: (href, title, author, votes, comments)."""
    cards = "".join(
        f'<a href="{escape(href)}" class="e2e-idea-card e2e-card" data-testid="idea-card"><div class="e2e-card-title"><h3>{t}</h3></div>'
        f'<div class="e2e-card-footer"><span class="e2e-author-name">{who}</span><span class="e2e-ideacard-upvote-count">{v}</span>'
        f'<span class="e2e-ideacard-comment-count">{c}</span></div></a>' for href, t, who, v, c in items)
    return f'<div id="e2e-ideas-container" class="e2e-ideas-list">{cards}</div>'


def govocal_comments(items, idea):
    lis = "".join(f'<div class="e2e-comment-thread"><div class="e2e-parentcomment" id="comment-{idea}{k}"><span class="e2e-author-name">{who}</span>'
                  f'<time>{when}</time><div class="e2e-comment-body"><p>{text}</p></div><button class="e2e-comment-reply-button">Répondre</button></div></div>'
                  for k, (who, when, text) in enumerate(items))
    return (f'<section id="e2e-comments-container" aria-label="Commentaires"><h2>Commentaires ({len(items)})</h2>{lis}'
            f'<form id="e2e-comment-form" class="e2e-parent-comment-form" action="/web_api/v1/ideas/{idea}/comments" method="post">'
            '<label for="submit-comment">Écrire un commentaire</label><textarea id="submit-comment" class="e2e-mentions" name="comment[body_multiloc][fr-FR]" placeholder="Écrivez votre commentaire"></textarea>'
            '<button type="submit" class="e2e-submit-parentcomment">Publier</button></form></section>')


def capco_proposals(items):
    """Cap Collectif proposal previews: (href, title, author, votes, comments)."""
    cards = "".join(
        f'<li class="proposal-preview list-group-item"><div class="card__body"><h2 class="card__title"><a href="{escape(href)}">{t}</a></h2>'
        f'<p class="excerpt small">par <span class="author">{who}</span></p><div class="proposal__counters"><span class="proposal__counter--votes">{v} votes</span>'
        f'<span class="proposal__counter--comments">{c} commentaires</span></div></div></li>' for href, t, who, v, c in items)
    return f'<ul class="media-list proposal-preview-list list-group">{cards}</ul>'


def capco_comments(items, proposal):
    lis = "".join(f'<li class="opinion opinion--comment"><div class="opinion__user"><span class="opinion__user-name">{who}</span> <span class="excerpt small">{when}</span></div>'
                  f'<div class="opinion__text">{text}</div></li>' for who, when, text in items)
    return (f'<div id="comments-section" class="comments__section"><h2>{len(items)} commentaires</h2><ul class="media-list comments-list">{lis}</ul>'
            f'<form id="comment-form" class="comment-form" action="/graphql" method="post"><input type="hidden" name="commentable" value="proposal-{proposal}">'
            '<label for="commentCreateForm-body">Votre commentaire</label><textarea id="commentCreateForm-body" name="body" class="form-control" rows="3" placeholder="Commenter…"></textarea>'
            '<input type="text" name="authorName" placeholder="Nom"><input type="email" name="authorEmail" placeholder="Adresse électronique">'
            '<button type="submit" class="btn btn-primary">Commenter</button></form></div>')


def discourse_topic_list(items):
    """Discourse crawler view of a topic list: (href, title, category, replies, views)."""
    rows = "".join(
        f'<tr class="topic-list-item"><td class="main-link"><meta itemprop="position" content="{n}"><span class="link-top-line">'
        f'<a href="{escape(href)}" class="title raw-link raw-topic-link" itemprop="url">{t}</a></span><div class="link-bottom-line">'
        f'<span class="category-name">{cat}</span></div></td><td class="replies"><span class="posts" title="messages">{r}</span></td>'
        f'<td class="views"><span class="views" title="vues">{v}</span></td></tr>' for n, (href, t, cat, r, v) in enumerate(items, start=1))
    return (f'<div class="topic-list-container" itemscope itemtype="http://schema.org/ItemList"><table class="topic-list"><thead><tr><th>Sujet</th><th>Réponses</th><th>Vues</th></tr></thead>'
            f'<tbody>{rows}</tbody></table></div>')


def discourse_posts(posts):
    arts = "".join(
        f'<div id="post_{n}" itemscope itemtype="http://schema.org/DiscussionForumPosting" class="topic-body crawler-post"><div class="crawler-post-meta">'
        f'<span class="creator" itemprop="author" itemscope itemtype="http://schema.org/Person"><span itemprop="name">{who}</span></span>'
        f'<span class="crawler-post-infos"><time itemprop="datePublished" class="post-time">{when}</time><span itemprop="position">{n}</span></span></div>'
        f'<div class="post" itemprop="text"><p>{text}</p></div><meta itemprop="interactionStatistic" itemscope itemtype="http://schema.org/InteractionCounter"></div>'
        for n, (who, when, text) in enumerate(posts, start=1))
    return f'<div class="topic-body-posts">{arts}</div>'


def community_posts(posts):
    """Posts on a neighbourhood network: (who, when, kind, text)."""
    items = "".join(f'<article class="post-card post-card--{kind}"><header class="post-card__header"><span class="post-card__author">{who}</span>'
                    f'<span class="post-card__kind">{kind}</span><time>{when}</time></header><div class="post-card__body"><p>{text}</p></div>'
                    f'<footer class="post-card__actions"><button class="btn-like">Merci</button><button class="btn-reply">Répondre</button></footer></article>'
                    for who, when, kind, text in posts)
    return (f'<div class="feed">{items}</div><form class="post-composer" action="/publications" method="post"><label for="composer">Publier à mes voisins</label>'
            '<select name="kind"><option>Entraide</option><option>Prêt d\'objet</option><option>Info du quartier</option></select>'
            '<textarea id="composer" name="body" rows="3" placeholder="Une question, un service à rendre ?"></textarea><button type="submit">Publier</button></form>')
