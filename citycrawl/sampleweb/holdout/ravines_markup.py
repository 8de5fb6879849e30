"""Markup helpers of the "ravines" holdout part: blocks as TYPO3, Drupal, Joomla, vendor CMSs and the
participation platforms of border towns render them (forms, plugin widgets, lists, banners)."""
from html import escape


def prose(*paragraphs):
    return "".join(f"<p>{p}</p>" for p in paragraphs)


def cookie_banner(kind="tarteaucitron"):
    if kind == "tarteaucitron":
        return ('<div id="tarteaucitronRoot" class="tarteaucitronBeforeVisible"><div id="tarteaucitronAlertBig" '
                'class="tarteaucitronAlertBigBottom"><span id="tarteaucitronDisclaimerAlert">Ce site utilise des '
                'cookies pour mesurer l\'audience et afficher des vidéos.</span><button type="button" '
                'id="tarteaucitronPersonalize2" class="tarteaucitronCTAButton tarteaucitronAllow">Tout accepter</button>'
                '<button type="button" class="tarteaucitronCTAButton tarteaucitronDeny" id="tarteaucitronAllDenied2">'
                'Tout refuser</button></div></div>')
    if kind == "klaro":
        return ('<div class="klaro"><div class="cookie-notice"><div class="cn-body"><p>Nous utilisons des cookies '
                'pour le bon fonctionnement du site. <a href="/mentions-legales">En savoir plus</a></p>'
                '<div class="cn-ok"><button class="cm-btn cm-btn-success">Accepter</button>'
                '<button class="cm-btn cm-btn-danger cn-decline">Refuser</button></div></div></div></div>')
    return ('<div id="cookie-law-info-bar" class="eu-cookie-compliance-banner" role="dialog"><div class="popup-content info">'
            '<div class="popup-text"><p>En poursuivant votre navigation, vous acceptez le dépôt de cookies de mesure '
            'd\'audience.</p></div><div class="eu-cookie-compliance-buttons"><button type="button" class="agree-button '
            'eu-cookie-compliance-secondary-button">OK, j\'accepte</button><button type="button" class="decline-button">'
            'Non, merci</button></div></div></div>')


def tiles(links, heading="Accès rapides"):
    items = "".join(f'<li class="quick-access__item"><a class="quick-access__link" href="{href}">{label}</a></li>'
                    for href, label in links)
    return f'<nav class="quick-access" aria-label="{heading}"><h2>{heading}</h2><ul class="quick-access__list">{items}</ul></nav>'


def news(items, heading="Actualités"):
    cards = "".join(
        f'<article class="news-card"><p class="news-card__date">{date}</p><h3 class="news-card__title">'
        f'<a href="{href}">{title}</a></h3><p class="news-card__teaser">{teaser}</p></article>'
        for href, title, date, teaser in items)
    return f'<section class="news-list"><h2>{heading}</h2>{cards}</section>'


def agenda(items, heading="Agenda"):
    rows = "".join(f'<li class="event"><time>{date}</time> <a href="{href}">{title}</a> <span class="event__place">{place}</span></li>'
                   for href, title, date, place in items)
    return f'<section class="agenda"><h2>{heading}</h2><ul class="agenda__list">{rows}</ul></section>'


def aside(main, side, cls="sidebar"):
    return f'<div class="row"><div class="col-main">{main}</div><aside class="{cls}" role="complementary">{side}</aside></div>'


def languages(links):
    return '<ul class="language-menu">' + "".join(
        f'<li class="language-menu__item"><a href="{href}" hreflang="{code}" lang="{code}">{label}</a></li>'
        for code, href, label in links) + '</ul>'


def share(url):
    return ('<div class="share-buttons"><span>Partager :</span>'
            f'<a class="share share--facebook" href="https://www.facebook.com/sharer/sharer.php?u={url}" rel="nofollow">Facebook</a>'
            f'<a class="share share--x" href="https://twitter.com/intent/tweet?url={url}" rel="nofollow">X</a>'
            f'<a class="share share--linkedin" href="https://www.linkedin.com/shareArticle?mini=true&amp;url={url}" rel="nofollow">LinkedIn</a>'
            f'<a class="share share--mail" href="mailto:?subject=A%20lire&amp;body={url}">E-mail</a></div>')


def table(head, rows, cls="contenttable"):
    th = "".join(f"<th scope=\"col\">{h}</th>" for h in head)
    trs = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    return f'<table class="{cls}"><thead><tr>{th}</tr></thead><tbody>{trs}</tbody></table>'


def links(items, cls="link-list"):
    return f'<ul class="{cls}">' + "".join(f'<li><a href="{href}">{label}</a></li>' for href, label in items) + "</ul>"


# ---- TYPO3 ---------------------------------------------------------------------------------------

def powermail(action, uid, fields, submit="Envoyer"):
    """A TYPO3 powermail form: fields are (kind, name, label) with kind text/email/textarea/select:opt1|opt2/radio:a|b/check."""
    out = []
    for kind, name, label in fields:
        fid = f"powermail_field_{name}"
        wrap = f'<div class="powermail_fieldwrap powermail_fieldwrap_type_{kind.split(":")[0]} powermail_fieldwrap_{name} form-group">'
        if kind == "textarea":
            ctl = f'<textarea rows="5" cols="20" class="powermail_textarea form-control" name="tx_powermail_pi1[field][{name}]" id="{fid}"></textarea>'
        elif kind.startswith("select:"):
            opts = "".join(f"<option>{o}</option>" for o in kind[7:].split("|"))
            ctl = f'<select class="powermail_select form-control" name="tx_powermail_pi1[field][{name}]" id="{fid}">{opts}</select>'
        elif kind.startswith("radio:"):
            ctl = "".join(f'<div class="radio"><label><input type="radio" class="powermail_radio" name="tx_powermail_pi1[field][{name}]" value="{o}"> {o}</label></div>'
                          for o in kind[6:].split("|"))
        elif kind == "check":
            ctl = f'<div class="checkbox"><label><input type="checkbox" class="powermail_checkbox" name="tx_powermail_pi1[field][{name}][]" value="1"> {label}</label></div>'
            label = ""
        else:
            ctl = f'<input type="{kind}" class="powermail_input form-control" name="tx_powermail_pi1[field][{name}]" id="{fid}">'
        out.append(f'{wrap}<label for="{fid}" class="control-label powermail_label">{label}</label>{ctl}</div>')
    return (f'<div class="tx-powermail"><div class="container-fluid"><form data-powermail-validate="data-powermail-validate" '
            f'enctype="multipart/form-data" method="post" name="field" class="powermail_form powermail_form_{uid} nolabel" '
            f'action="{action}?tx_powermail_pi1%5Baction%5D=create&amp;tx_powermail_pi1%5Bcontroller%5D=Form">'
            f'<fieldset class="powermail_fieldset powermail_fieldset_{uid}">{"".join(out)}'
            f'<div class="powermail_fieldwrap powermail_fieldwrap_type_submit form-group"><input type="submit" value="{submit}" '
            f'class="btn btn-primary powermail_submit"></div></fieldset>'
            f'<input type="hidden" name="tx_powermail_pi1[mail][form]" value="{uid}"></form></div></div>')


def pw_comments(comments, action, open_=True):
    """TYPO3 extension pw_comments: a list of comments and the form to add one."""
    items = "".join(f'<div class="tx-pwcomments-comment" id="tx-pwcomments-comment-{i}"><p class="tx-pwcomments-comment-author">'
                    f'<strong>{who}</strong> <span class="date">{when}</span></p><div class="tx-pwcomments-comment-message">{text}</div></div>'
                    for i, (who, when, text) in enumerate(comments, 41))
    form = ""
    if open_:
        form = (f'<form method="post" class="tx-pwcomments-form" action="{action}?tx_pwcomments_pi1%5Baction%5D=create&amp;tx_pwcomments_pi1%5Bcontroller%5D=Comment">'
                '<h3>Écrire un commentaire</h3><label for="authorName">Nom</label><input id="authorName" type="text" name="tx_pwcomments_pi1[newComment][authorName]">'
                '<label for="authorMail">E-mail (non publié)</label><input id="authorMail" type="email" name="tx_pwcomments_pi1[newComment][authorMail]">'
                '<label for="message">Votre commentaire</label><textarea id="message" name="tx_pwcomments_pi1[newComment][message]" rows="6"></textarea>'
                '<input type="submit" value="Publier le commentaire"></form>')
    else:
        form = '<p class="tx-pwcomments-closed">Les commentaires sont fermés pour cet article.</p>'
    return f'<div class="tx-pwcomments"><h2>{len(comments)} commentaire(s)</h2>{items}{form}</div>'


# ---- Drupal ---------------------------------------------------------------------------------------

def webform(form_id, action, fields, submit="Envoyer"):
    out = []
    for kind, name, label in fields:
        eid = f"edit-{name.replace('_', '-')}"
        if kind == "textarea":
            ctl = f'<textarea data-drupal-selector="{eid}" id="{eid}" name="{name}" rows="5" cols="60" class="form-textarea"></textarea>'
        elif kind.startswith("select:"):
            ctl = f'<select data-drupal-selector="{eid}" id="{eid}" name="{name}" class="form-select">' + "".join(
                f"<option>{o}</option>" for o in kind[7:].split("|")) + "</select>"
        elif kind.startswith("radios:"):
            ctl = "".join(f'<div class="js-form-item form-item js-form-type-radio form-type--radio"><input type="radio" name="{name}" value="{o}" class="form-radio" id="{eid}-{i}"> <label for="{eid}-{i}" class="option">{o}</label></div>'
                          for i, o in enumerate(kind[7:].split("|")))
        elif kind == "checkbox":
            ctl = f'<input type="checkbox" id="{eid}" name="{name}" value="1" class="form-checkbox">'
        elif kind == "file":
            ctl = f'<input type="file" id="{eid}" name="files[{name}]" class="js-form-file form-file">'
        else:
            ctl = f'<input data-drupal-selector="{eid}" type="{kind}" id="{eid}" name="{name}" class="form-{kind}">'
        out.append(f'<div class="js-form-item form-item js-form-type-{kind.split(":")[0]} form-item-{name.replace("_", "-")}">'
                   f'<label for="{eid}">{label}</label>{ctl}</div>')
    return (f'<form class="webform-submission-form webform-submission-add-form webform-submission-{form_id}-form js-webform-details-toggle webform-details-toggle" '
            f'data-drupal-selector="webform-submission-{form_id}-add-form" action="{action}" method="post" id="webform-submission-{form_id}-add-form" accept-charset="UTF-8">'
            f'{"".join(out)}<div data-drupal-selector="edit-actions" class="form-actions webform-actions js-form-wrapper form-wrapper">'
            f'<input class="webform-button--submit button button--primary js-form-submit form-submit" type="submit" id="edit-actions-submit" name="op" value="{submit}"></div>'
            f'<input autocomplete="off" type="hidden" name="form_build_id" value="form-{form_id}-x7Qp"><input type="hidden" name="form_id" value="webform_submission_{form_id}_add_form"></form>')


def drupal_comments(comments, nid, open_=True):
    items = "".join(f'<article data-comment-user-id="0" id="comment-{i}" class="comment js-comment by-anonymous"><footer class="comment__meta">'
                    f'<p class="comment__author"><span>{who}</span></p><p class="comment__time">{when}</p></footer>'
                    f'<div class="comment__content"><div class="field field--name-comment-body">{text}</div></div>'
                    f'</article>'
                    for i, (who, when, text) in enumerate(comments, nid * 10))
    form = ""
    if open_:
        form = (f'<h2 class="title comment-form__title">Ajouter un commentaire</h2><form class="comment-comment-form comment-form" '
                f'data-drupal-selector="comment-form" action="/comment/reply/node/{nid}/comment" method="post" id="comment-form" accept-charset="UTF-8">'
                '<div class="form-item form-item-name"><label for="edit-name">Votre nom</label><input type="text" id="edit-name" name="name" class="form-text"></div>'
                '<div class="form-item form-item-comment-body-0-value"><label for="edit-comment-body-0-value" class="js-form-required form-required">Commentaire</label>'
                '<textarea id="edit-comment-body-0-value" name="comment_body[0][value]" rows="5" class="form-textarea required"></textarea></div>'
                '<input type="submit" id="edit-submit--2" name="op" value="Enregistrer" class="button button--primary form-submit"></form>')
    return f'<section class="comments" data-drupal-selector="comments"><h2 class="comments__title">Commentaires</h2>{items}{form}</section>'


def drupal_poll(pid, question, choices):
    radios = "".join(f'<div class="js-form-item form-item js-form-type-radio form-item-choice"><input type="radio" id="edit-choice-{pid}-{i}" '
                     f'name="choice" value="{i}" class="form-radio"><label for="edit-choice-{pid}-{i}" class="option">{c}</label></div>'
                     for i, c in enumerate(choices, 1))
    return (f'<div id="block-sondage" class="block block-poll block-poll-recent-block"><h2>Sondage</h2>'
            f'<form class="poll-view-form poll-view-form-{pid}" data-drupal-selector="poll-view-form-{pid}" action="/poll/{pid}" method="post" id="poll-view-form-{pid}">'
            f'<div class="poll"><div class="poll-question"><h3>{question}</h3></div><fieldset id="edit-choice" class="fieldgroup form-composite js-form-item form-item">'
            f'<div class="fieldset-wrapper"><div id="edit-choice" class="form-radios">{radios}</div></div></fieldset>'
            f'<input data-drupal-selector="edit-vote" type="submit" id="edit-vote" name="op" value="Voter" class="button js-form-submit form-submit"></div>'
            f'<input type="hidden" name="form_id" value="poll_view_form_{pid}"></form></div>')


def poll_results(question, rows, total, note="Ce sondage est clos.", cls="poll"):
    bars = "".join(f'<dt class="choice-title">{label}</dt><dd class="choice-result"><div class="percent">{pct} %</div>'
                   f'<div class="bar"><div class="foreground" style="width: {pct}%"></div></div><div class="votes">{votes} votes</div></dd>'
                   for label, pct, votes in rows)
    return (f'<div class="{cls} poll-results"><h3 class="poll-question">{question}</h3><dl class="poll-choices">{bars}</dl>'
            f'<div class="total">Total des votes : {total}</div><p class="poll-status">{note}</p></div>')


# ---- Joomla ---------------------------------------------------------------------------------------

def joomla_contact(action):
    f = [("text", "contact_name", "Nom *"), ("email", "contact_email", "E-mail *"), ("text", "contact_subject", "Objet *")]
    inputs = "".join(f'<div class="control-group field-spacer"><div class="control-label"><label id="jform_{n}-lbl" for="jform_{n}">{l}</label></div>'
                     f'<div class="controls"><input type="{k}" name="jform[{n}]" id="jform_{n}" class="form-control required" required></div></div>'
                     for k, n, l in f)
    return (f'<div class="com-contact__form contact-form"><form id="contact-form" action="{action}" method="post" class="form-validate form-horizontal well">'
            f'<fieldset><legend>Envoyer un e-mail</legend>{inputs}<div class="control-group"><div class="control-label"><label id="jform_contact_message-lbl" for="jform_contact_message">Message *</label></div>'
            '<div class="controls"><textarea name="jform[contact_message]" id="jform_contact_message" cols="50" rows="10" class="form-control required" required></textarea></div></div>'
            '<div class="control-group"><div class="controls"><input type="checkbox" name="jform[contact_email_copy]" id="jform_contact_email_copy" value="1"> <label for="jform_contact_email_copy">Recevoir une copie</label></div></div>'
            '<div class="com-contact__form-submit"><button class="btn btn-primary validate" type="submit">Envoyer</button>'
            '<input type="hidden" name="option" value="com_contact"><input type="hidden" name="task" value="contact.submit"><input type="hidden" name="id" value="1:mairie"></div></fieldset></form></div>')


def joomla_poll(pid, question, choices):
    """The legacy com_poll module many Joomla municipal sites kept (mod_poll)."""
    opts = "".join(f'<tr><td class="sectiontableentry{1 + i % 2}" valign="top"><input type="radio" name="voteid" id="voteid{pid}{i}" value="{pid}{i}" alt="{pid}{i}"></td>'
                   f'<td class="sectiontableentry{1 + i % 2}" valign="top"><label for="voteid{pid}{i}">{c}</label></td></tr>'
                   for i, c in enumerate(choices))
    return (f'<div class="moduletable mod_poll"><h3>Sondage</h3><form action="/index.php" method="post" name="form2" class="poll">'
            f'<table class="poll" width="95%"><thead><tr><td style="font-weight: bold;">{question}</td></tr></thead><tr><td><table class="pollstableborder">{opts}</table></td></tr>'
            f'<tr><td><div align="center"><input type="submit" name="task_button" class="button" value="Voter">&nbsp;'
            f'<input type="submit" name="task_results" class="button" value="Résultats"></div></td></tr></table>'
            f'<input type="hidden" name="option" value="com_poll"><input type="hidden" name="task" value="vote"><input type="hidden" name="id" value="{pid}"></form></div>')


def jcomments(comments, object_id, open_=True):
    items = "".join(f'<div class="comment-box" id="comment-item-{object_id}{i}"><span class="comment-author">{who}</span> '
                    f'<span class="comment-date">{when}</span><div class="comment-body" id="comment-body-{object_id}{i}">{text}</div></div>'
                    for i, (who, when, text) in enumerate(comments))
    form = ""
    if open_:
        form = ('<h4>Ajouter un commentaire</h4><a id="addcomments" href="#addcomments"></a><form id="comments-form" name="comments-form" action="javascript:void(null);">'
                '<p><span><input id="comments-form-name" type="text" name="name" value="" maxlength="20" size="22"><label for="comments-form-name">Nom (obligatoire)</label></span></p>'
                '<p><span><input id="comments-form-email" type="text" name="email" value="" size="22"><label for="comments-form-email">E-mail (obligatoire)</label></span></p>'
                '<p><span><textarea id="comments-form-comment" name="comment" cols="65" rows="8"></textarea></span></p>'
                f'<div id="comments-form-buttons"><div class="btn" id="comments-form-send"><div><a href="#" title="Envoyer (Ctrl+Entrée)">Envoyer</a></div></div></div>'
                f'<div><input type="hidden" name="object_id" value="{object_id}"><input type="hidden" name="object_group" value="com_content"></div></form>')
    return f'<div id="jc"><div id="comments"><h4>Commentaires ({len(comments)})</h4><div class="comments-list" id="comments-list-0">{items}</div></div>{form}</div>'


# ---- forms on any CMS -----------------------------------------------------------------------------

def form(action, fields, submit="Envoyer", cls="form", method="post"):
    """A plain accessible form: fields are (kind, name, label); kinds as for powermail, plus password/date/number."""
    out = []
    for kind, name, label in fields:
        if kind == "textarea":
            ctl = f'<textarea id="f-{name}" name="{name}" rows="6"></textarea>'
        elif kind.startswith("select:"):
            ctl = f'<select id="f-{name}" name="{name}">' + "".join(f"<option>{o}</option>" for o in kind[7:].split("|")) + "</select>"
        elif kind.startswith("radio:"):
            ctl = '<fieldset class="form__radios">' + "".join(
                f'<label><input type="radio" name="{name}" value="{o}"> {o}</label>' for o in kind[6:].split("|")) + "</fieldset>"
        elif kind.startswith("check:"):
            ctl = '<fieldset class="form__checks">' + "".join(
                f'<label><input type="checkbox" name="{name}[]" value="{o}"> {o}</label>' for o in kind[6:].split("|")) + "</fieldset>"
        elif kind == "hidden":
            out.append(f'<input type="hidden" name="{name}" value="{label}">')
            continue
        else:
            ctl = f'<input type="{kind}" id="f-{name}" name="{name}">'
        out.append(f'<div class="form__group"><label for="f-{name}">{label}</label>{ctl}</div>')
    return (f'<form class="{cls}" action="{action}" method="{method}">{"".join(out)}'
            f'<div class="form__actions"><button type="submit" class="btn btn--primary">{submit}</button></div></form>')


def newsletter(action):
    return form(action, [("email", "email", "Votre adresse e-mail"), ("check:Actualités|Agenda culturel", "listes", "Listes")],
                "Je m'abonne", "form form--newsletter")


def questionnaire(action, questions, submit="Envoyer mes réponses", cls="form form--questionnaire"):
    blocks = []
    for i, (q, options, multiple) in enumerate(questions, 1):
        kind = "checkbox" if multiple else "radio"
        opts = "".join(f'<label class="choice"><input type="{kind}" name="q{i}{"[]" if multiple else ""}" value="{o}"> {o}</label>' for o in options)
        blocks.append(f'<fieldset class="question" id="question-{i}"><legend>{i}. {q}</legend>{opts}</fieldset>')
    return f'<form class="{cls}" action="{action}" method="post">{"".join(blocks)}<button type="submit" class="btn btn--primary">{submit}</button></form>'


# ---- platforms ------------------------------------------------------------------------------------

def decidim_cards(cards):
    """Decidim 0.27/0.28 cards: (href, title, meta)."""
    return '<div class="card__grid">' + "".join(
        f'<a href="{href}" class="card__grid-item"><div class="card__grid-text"><h3 class="card__title">{title}</h3>'
        f'<div class="card__grid-metadata">{meta}</div></div></a>' for href, title, meta in cards) + "</div>"


def decidim_proposals(items):
    return '<div id="proposals" class="proposal-list">' + "".join(
        f'<a href="{href}" class="card__list" id="proposals__proposal_{i}"><div class="card__list-content"><h3 class="card__list-title">{title}</h3>'
        f'<div class="card__list-metadata"><span>{author}</span> <span class="proposal-supports">{supports} soutiens</span></div></div></a>'
        for i, (href, title, author, supports) in enumerate(items, 300)) + "</div>"


def decidim_comments(comments, resource):
    items = "".join(f'<div id="comment_{i}" class="comment" data-comment-id="{i}"><div class="comment__header"><span class="author__name">{who}</span> '
                    f'<span class="comment__date">{when}</span></div><div class="comment__content"><p>{text}</p></div>'
                    f'<div class="comment__footer"><button class="button button__sm comment__reply" type="button">Répondre</button></div></div>'
                    for i, (who, when, text) in enumerate(comments, 900))
    return (f'<div id="comments-for-{resource}" class="comments" data-decidim-comments=\'{{"commentableGid":"{resource}"}}\'>'
            f'<h2 class="h4 comment__title">{len(comments)} commentaires</h2><div class="comment-threads">{items}</div>'
            f'<div class="add-comment"><form class="new_comment" id="new_comment_for_{resource}" action="/comments" accept-charset="UTF-8" data-remote="true" method="post">'
            f'<input type="hidden" name="comment[commentable_gid]" value="{resource}"><label for="add-comment-{resource}">Ajouter un commentaire</label>'
            f'<textarea id="add-comment-{resource}" name="comment[body]" maxlength="1000" rows="4" placeholder="Ajoutez votre commentaire ici"></textarea>'
            '<button type="submit" class="button button__sm button__secondary">Publier un commentaire</button></form></div></div>')


def phases(steps, current):
    return '<ol class="process-steps">' + "".join(
        f'<li class="process-step{" is-active" if i == current else ""}"><span class="process-step__dates">{dates}</span> '
        f'<strong>{name}</strong></li>' for i, (name, dates) in enumerate(steps)) + "</ol>"


def phpbb_index(forums):
    rows = "".join(f'<li class="row"><dl class="row-item forum_read"><dt title="Pas de nouveaux messages"><div class="list-inner">'
                   f'<a href="{href}" class="forumtitle">{name}</a><br>{desc}</div></dt><dd class="topics">{topics} <dfn>Sujets</dfn></dd>'
                   f'<dd class="posts">{posts} <dfn>Messages</dfn></dd><dd class="lastpost"><span><dfn>Dernier message </dfn>par {last}</span></dd></dl></li>'
                   for href, name, desc, topics, posts, last in forums)
    return (f'<div class="forabg"><div class="inner"><ul class="topiclist"><li class="header"><dl class="row-item"><dt><div class="list-inner">Forum</div></dt>'
            f'<dd class="topics">Sujets</dd><dd class="posts">Messages</dd><dd class="lastpost"><span>Dernier message</span></dd></dl></li></ul>'
            f'<ul class="topiclist forums">{rows}</ul></div></div>')


def phpbb_topics(topics, forum_id):
    rows = "".join(f'<li class="row bg{1 + i % 2}"><dl class="row-item topic_read"><dt><div class="list-inner"><a href="{href}" class="topictitle">{title}</a>'
                   f'<div class="topic-poster responsive-hide left-box">par <span class="username">{author}</span> » {when}</div></div></dt>'
                   f'<dd class="posts">{replies} <dfn>Réponses</dfn></dd><dd class="views">{replies * 23 + 40} <dfn>Vues</dfn></dd></dl></li>'
                   for i, (href, title, author, when, replies) in enumerate(topics))
    return (f'<div class="action-bar bar-top"><a href="/ucp.php?mode=login" data-forum="{forum_id}" class="button" title="Publier un nouveau sujet">'
            f'<span>Nouveau sujet</span></a></div><div class="forumbg"><div class="inner"><ul class="topiclist"><li class="header"><dl class="row-item">'
            f'<dt><div class="list-inner">Sujets</div></dt><dd class="posts">Réponses</dd><dd class="views">Vues</dd></dl></li></ul>'
            f'<ul class="topiclist topics">{rows}</ul></div></div>')


def phpbb_posts(posts, topic_id, forum_id):
    rows = "".join(f'<div id="p{topic_id}{i}" class="post has-profile bg{1 + i % 2}"><div class="inner"><dl class="postprofile"><dt><span class="username">{who}</span></dt></dl>'
                   f'<div class="postbody"><div id="post_content{topic_id}{i}"><h3><a href="#p{topic_id}{i}">Re: sujet</a></h3>'
                   f'<p class="author"><span class="responsive-hide">par <strong>{who}</strong> » </span>{when}</p><div class="content">{text}</div></div></div></div></div>'
                   for i, (who, when, text) in enumerate(posts))
    return (f'<div class="action-bar bar-top"><a href="/ucp.php?mode=login" data-topic="{forum_id}-{topic_id}" class="button" title="Répondre">'
            f'<span>Répondre</span></a></div>{rows}')


def feed(posts):
    """Posts of a neighbourhood network: (author, area, kind, text, replies)."""
    return '<div class="feed">' + "".join(
        f'<article class="post post--{kind}"><header class="post__header"><span class="post__author">{who}</span> · '
        f'<span class="post__area">{area}</span> · <span class="post__kind">{kind}</span></header><div class="post__body"><p>{text}</p></div>'
        f'<footer class="post__footer"><span class="post__replies">{replies} réponses</span> <a href="/connexion" class="post__reply">Répondre</a></footer></article>'
        for who, area, kind, text, replies in posts) + "</div>"
