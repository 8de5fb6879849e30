"""Markup of the thirty-third holdout part: page furniture, polls, forms, comment threads and platform
components, written after the public markup of the CMSs, plugins and platforms they imitate."""
from html import escape


def p(*paras):
    return "".join(f"<p>{x}</p>" for x in paras)


def cookies(service="tarteaucitron"):
    """A consent banner (buttons only, no form)."""
    return (f'<div id="{service}Root" class="{service}-root"><div id="{service}AlertBig" class="{service}AlertBigBottom" role="dialog" '
            f'aria-label="Gestion des cookies"><span class="{service}AlertBigText">Ce site utilise des cookies de mesure '
            f"d'audience et de partage. Vous pouvez les accepter ou les refuser.</span>"
            f'<button type="button" class="{service}CTAButton {service}AllowAll">Tout accepter</button>'
            f'<button type="button" class="{service}CTAButton {service}DenyAll">Tout refuser</button>'
            f'<button type="button" class="{service}Personalize">Personnaliser</button></div></div>')


def teasers(items, title="Actualités", all_link=None):
    """News teasers: (href, title, summary, date)."""
    cards = "".join(f'<article class="teaser teaser--news"><time datetime="{d}">{d}</time>'
                    f'<h3 class="teaser__title"><a href="{h}">{t}</a></h3><p class="teaser__chapo">{s}</p></article>'
                    for h, t, s, d in items)
    more = f'<p class="more"><a href="{all_link}" class="btn-more">Toutes les actualités</a></p>' if all_link else ""
    return f'<section class="news-list" aria-labelledby="news-title"><h2 id="news-title">{title}</h2><div class="teasers">{cards}</div>{more}</section>'


def agenda(items):
    """Agenda teasers: (day, month, title, place)."""
    rows = "".join(f'<li class="event"><span class="event__date"><span class="day">{d}</span> <span class="month">{m}</span></span>'
                   f'<span class="event__title">{t}</span> <span class="event__place">{pl}</span></li>' for d, m, t, pl in items)
    return f'<section class="agenda-block"><h2>Agenda</h2><ul class="events">{rows}</ul></section>'


def tiles(links, title="Accès rapides"):
    items = "".join(f'<li class="quick-access__item"><a class="quick-access__link" href="{h}">{escape(l)}</a></li>' for h, l in links)
    return f'<nav class="quick-access" aria-label="{title}"><h2>{title}</h2><ul class="quick-access__list">{items}</ul></nav>'


def home(intro, links, news, events, banner=True):
    return ((cookies() if banner else "") + f'<div class="hero"><p class="hero__text">{intro}</p></div>'
            + tiles(links) + news + agenda(events))


def aside(main, side, cls="sidebar"):
    return f'<div class="layout-with-aside"><div class="layout__main">{main}</div><aside class="{cls}" role="complementary">{side}</aside></div>'


def related(links, title="Voir aussi"):
    items = "".join(f'<li><a href="{h}">{escape(l)}</a></li>' for h, l in links)
    return f'<div class="related-links"><h2>{title}</h2><ul>{items}</ul></div>'


def share(url, title=""):
    from urllib.parse import quote
    u = quote(url, safe="")
    return ('<div class="share-bar"><span class="share-bar__label">Partager cette page</span><ul>'
            f'<li><a class="share share--facebook" href="https://www.facebook.com/sharer/sharer.php?u={u}" target="_blank" rel="noopener">Facebook</a></li>'
            f'<li><a class="share share--x" href="https://twitter.com/intent/tweet?url={u}&amp;text={quote(title)}" target="_blank" rel="noopener">X</a></li>'
            f'<li><a class="share share--linkedin" href="https://www.linkedin.com/shareArticle?mini=true&amp;url={u}" target="_blank" rel="noopener">LinkedIn</a></li>'
            f'<li><a class="share share--mail" href="mailto:?subject={quote(title)}&amp;body={u}">Courriel</a></li></ul></div>')


# ---------------------------------------------------------------- polls and questionnaires

def yop_poll(pid, question, answers, action="/wp-admin/admin-ajax.php"):
    """YOP Poll (WordPress) widget, as it renders in a sidebar."""
    lis = "".join(f'<li class="basic-answer" data-id="{pid * 10 + i}" data-type="text"><div class="basic-answer-content basic-text-vertical">'
                  f'<label for="answer[{pid * 10 + i}]" class="basic-answer-label"><input type="radio" id="answer[{pid * 10 + i}]" '
                  f'name="answer[{pid}]" value="{pid * 10 + i}"><span class="basic-text">{escape(a)}</span></label></div></li>'
                  for i, a in enumerate(answers))
    return (f'<section class="widget widget_yop_poll_widget"><h2 class="widget-title">Sondage</h2>'
            f'<div class="bootstrap-yop yop-poll-mc"><div class="basic-yop-poll-container" data-id="{pid}" data-temp="basic" '
            f'data-skin="minimal" data-cscheme="blue" data-cap="0" data-access="guest" data-tid="" data-uid="" data-pid="" data-resdet="votes-number,percentages" '
            f'id="yop-poll-container-{pid}_yp5f1a"><form class="basic-form" action="{action}"><input type="hidden" name="_token" value="4f1a0c9e2b" autocomplete="off">'
            f'<div class="basic-elements"><div class="basic-element basic-question basic-question-text-vertical" data-id="{pid}" data-uid="q{pid}" data-type="question" data-question-type="text" data-min="1" data-max="1">'
            f'<div role="radiogroup" aria-labelledby="yop-poll-question-{pid}"><div class="basic-question-title"><h5 id="yop-poll-question-{pid}">{escape(question)}</h5></div>'
            f'<ul class="basic-answers">{lis}</ul></div></div></div>'
            f'<div class="basic-vote"><a href="#" class="button basic-vote-button" role="button" style="background:#2c5282;color:#fff">Voter</a></div>'
            f'<input type="hidden" name="trp-form-language" value="fr"/></form></div></div></section>')


def drupal_poll(nid, question, choices):
    """Drupal's poll module: the vote form of an open poll."""
    opts = "".join(f'<div class="js-form-item form-item js-form-type-radio form-type-radio js-form-item-choice form-item-choice">'
                   f'<input data-drupal-selector="edit-choice-{i + 1}" type="radio" id="edit-choice-{i + 1}" name="choice" value="{i + 1}" class="form-radio">'
                   f'<label for="edit-choice-{i + 1}" class="option">{escape(c)}</label></div>' for i, c in enumerate(choices))
    return (f'<div class="block block-poll block-poll-recent-block"><h2>Votre avis</h2>'
            f'<form class="poll-view-form poll-view-form-{nid}" data-drupal-selector="poll-view-form-{nid}" action="/poll/{nid}" method="post" id="poll-view-form-{nid}" accept-charset="UTF-8">'
            f'<div class="poll"><div class="poll-question">{escape(question)}</div><fieldset data-drupal-selector="edit-choice" id="edit-choice--wrapper" class="fieldgroup form-composite js-form-item form-item js-form-wrapper form-wrapper">'
            f'<legend><span class="fieldset-legend visually-hidden">Choix</span></legend><div class="fieldset-wrapper"><div id="edit-choice" class="form-radios">{opts}</div></div></fieldset>'
            f'<input data-drupal-selector="edit-vote" type="submit" id="edit-vote" name="op" value="Voter" class="button js-form-submit form-submit">'
            f'<input autocomplete="off" data-drupal-selector="form-poll-{nid}" type="hidden" name="form_build_id" value="form-poll-{nid}-x9Kd">'
            f'<input data-drupal-selector="edit-poll-view-form-{nid}" type="hidden" name="form_id" value="poll_view_form_{nid}"></div></form></div>')


def poll_results(question, rows, closed="Ce sondage est clos."):
    """Results of a closed poll: bars, no form."""
    bars = "".join(f'<li class="poll-result"><span class="poll-result__label">{escape(a)}</span> <span class="poll-result__bar" style="width:{pct}%"></span>'
                   f' <span class="poll-result__pct">{pct} % ({n} votes)</span></li>' for a, pct, n in rows)
    return (f'<div class="poll poll--closed"><p class="poll__question"><strong>{escape(question)}</strong></p>'
            f'<ul class="poll-results">{bars}</ul><p class="poll__status">{closed} Total : {sum(n for *_, n in rows)} votes.</p></div>')


def spip_formidable(fid, title, questions, action):
    """SPIP's Formidable plugin: a questionnaire form. questions: (label, [choices]) or (label, None) for free text."""
    fields = []
    for i, (label, choices) in enumerate(questions, 1):
        if choices:
            opts = "".join(f'<div class="choix choix_{j}"><input type="radio" name="radio_{i}" class="radio" id="radio_{i}_{j}" value="choix{j}">'
                           f'<label for="radio_{i}_{j}">{escape(c)}</label></div>' for j, c in enumerate(choices))
            fields.append(f'<div class="editer editer_radio_{i} obligatoire saisie_radio"><label class="label">{escape(label)}</label>{opts}</div>')
        else:
            fields.append(f'<div class="editer editer_textarea_{i} saisie_textarea"><label class="label" for="champ_textarea_{i}">{escape(label)}</label>'
                          f'<textarea name="textarea_{i}" class="textarea" id="champ_textarea_{i}" rows="5" cols="40"></textarea></div>')
    return (f'<div class="formulaire_spip formulaire_formidable formulaire_formidable_{fid}" id="formulaire_formidable_{fid}">'
            f'<h3 class="titrem">{escape(title)}</h3><form method="post" action="{action}" enctype="multipart/form-data"><div>'
            f'<input name="formulaire_action" type="hidden" value="formidable"><input name="formulaire_action_args" type="hidden" value="xAXFkh0Zp{fid}">'
            f'<input name="formidable_afficher_apres" type="hidden" value="valeurs"><div class="editer-groupe">{"".join(fields)}</div>'
            f'<p style="display:none;"><label for="nobot_formidable">Laisser ce champ vide</label><input type="text" class="text" name="nobot" id="nobot_formidable" value="" size="10"></p>'
            f'<p class="boutons"><input type="submit" class="submit" value="Envoyer mes réponses"></p></div></form></div>')


def questionnaire(action, intro, questions, form_id="questionnaire", button="Valider mes réponses"):
    """A questionnaire written as a plain form on a city page. questions: (label, [choices] or None)."""
    blocks = []
    for i, (label, choices) in enumerate(questions, 1):
        if choices:
            opts = "".join(f'<li><input type="radio" id="q{i}-{j}" name="q{i}" value="{j}"><label for="q{i}-{j}">{escape(c)}</label></li>'
                           for j, c in enumerate(choices))
            blocks.append(f'<fieldset class="form-group"><legend>{i}. {escape(label)}</legend><ul class="list-radio">{opts}</ul></fieldset>')
        else:
            blocks.append(f'<div class="form-group"><label for="q{i}">{i}. {escape(label)}</label><textarea id="q{i}" name="q{i}" rows="4"></textarea></div>')
    return (f'<form id="{form_id}" class="form form--questionnaire" action="{action}" method="post"><p class="form__intro">{intro}</p>'
            + "".join(blocks) + '<div class="form-group"><label for="q-age">Votre tranche d\'âge</label><select id="q-age" name="age">'
            '<option>Moins de 18 ans</option><option>18-35 ans</option><option>36-60 ans</option><option>Plus de 60 ans</option></select></div>'
            f'<button type="submit" class="btn btn--primary">{button}</button></form>')


def helpful_widget(action="/avis-page/"):
    """'Was this page useful?': a page-rating widget, not a consultation."""
    return (f'<form class="page-feedback" action="{action}" method="post"><p class="page-feedback__q">Cette information vous a-t-elle été utile ?</p>'
            '<button name="utile" value="oui" type="submit">Oui</button> <button name="utile" value="non" type="submit">Non</button></form>')


def limesurvey_doc(title, sid, questions, site_name):
    """A whole LimeSurvey 5 page (fruity theme), as a self-hosted instance serves a survey."""
    qs = []
    for i, (label, choices) in enumerate(questions, 1):
        qid = sid % 1000 * 10 + i
        if choices:
            opts = "".join(f'<li id="javatbd{sid}X1X{qid}{j}" class="form-check answer-item radio-item"><input class="radio" type="radio" '
                           f'name="{sid}X1X{qid}" id="answer{sid}X1X{qid}A{j}" value="A{j}"><label for="answer{sid}X1X{qid}A{j}" class="control-label radio-label">{escape(c)}</label></li>'
                           for j, c in enumerate(choices, 1))
            inner = f'<ul class="list-unstyled answers-list radio-list" role="radiogroup">{opts}</ul>'
            qtype = "list-radio"
        else:
            inner = f'<textarea class="form-control answer-item text-item" name="{sid}X1X{qid}" id="answer{sid}X1X{qid}" rows="5"></textarea>'
            qtype = "text-long"
        qs.append(f'<div id="question{qid}" class="question-container {qtype} mandatory"><div class="question-title-container">'
                  f'<div class="question-text"><div class="ls-label-question">{escape(label)}</div></div></div>'
                  f'<div class="question-valid-container"></div><div class="answer-container">{inner}</div></div>')
    return f"""<!DOCTYPE html>
<html lang="fr" class="no-js">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta name="generator" content="LimeSurvey http://www.limesurvey.org" />
<title>{escape(title)}</title>
<link rel="stylesheet" type="text/css" href="/tmp/assets/7a1c2e4f/survey.css" />
<link rel="stylesheet" type="text/css" href="/themes/survey/fruity/css/theme.css" />
<script type="text/javascript" src="/tmp/assets/3b9d0f11/jquery-3.5.1.min.js"></script>
</head>
<body class="fruity font-noto lang-fr group-by-group brand-primary" data-ls-survey-id="{sid}">
<div id="beginScripts"></div>
<nav class="navbar navbar-default" role="navigation"><div class="container"><span class="navbar-brand">{escape(site_name)}</span>
<ul class="nav navbar-nav navbar-right"><li><a href="/index.php/{sid}?lang=fr">Français</a></li></ul></div></nav>
<div id="outerframeContainer" class="container outerframe"><article id="main-col" class="survey-container">
<div class="survey-name"><h1 class="text-center">{escape(title)}</h1></div>
<form id="limesurvey" name="limesurvey" autocomplete="off" class="survey-form-container form" action="/index.php/survey/index" method="post">
<input type="hidden" value="{sid}" name="sid" id="sid"><input type="hidden" value="" name="token" id="token"><input type="hidden" name="YII_CSRF_TOKEN" value="bU9xYk1hN2t">
<div class="group-container space-col" id="group-0"><div class="group-title-container"><h2 class="group-title text-center">Vos réponses</h2></div>
{"".join(qs)}</div>
<div class="row navigator space-col" id="navigator-container"><div class="col-xs-6 text-right"><button id="ls-button-submit" type="submit" value="movesubmit" name="move" class="ls-move-btn ls-move-submit-btn btn btn-lg btn-primary">Envoyer</button></div></div>
</form>
<p class="ls-privacy">Ce questionnaire est anonyme. <a href="/index.php/{sid}?lang=fr&amp;move=clearall">Sortir et effacer vos réponses</a></p>
</article></div>
<div class="powered-by"><a href="https://www.limesurvey.org" rel="noopener">Outil de questionnaire en ligne LimeSurvey</a></div>
</body></html>"""


def limesurvey_closed_doc(title, sid, site_name):
    return f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><meta name="generator" content="LimeSurvey http://www.limesurvey.org" />
<title>{escape(title)}</title><link rel="stylesheet" type="text/css" href="/themes/survey/fruity/css/theme.css" /></head>
<body class="fruity" data-ls-survey-id="{sid}"><nav class="navbar navbar-default"><div class="container"><span class="navbar-brand">{escape(site_name)}</span></div></nav>
<div id="outerframeContainer" class="container outerframe"><div class="survey-name"><h1>{escape(title)}</h1></div>
<div class="alert alert-warning" role="alert"><p>Ce questionnaire n'est plus actif. Vous ne pouvez plus y participer.</p>
<p>Les résultats ont été présentés en réunion publique et sont consultables sur le site de la métropole.</p>
<p>Pour toute question, veuillez contacter l'administrateur du questionnaire, service Mobilités.</p></div></div>
<div class="powered-by"><a href="https://www.limesurvey.org" rel="noopener">Outil de questionnaire en ligne LimeSurvey</a></div>
</body></html>"""


def iframe_embed(src, title, height=900):
    return (f'<div class="embed embed--form"><iframe src="{src}" title="{escape(title)}" width="100%" height="{height}" frameborder="0" '
            f'loading="lazy" allowfullscreen>Chargement…</iframe><p class="embed__fallback">Le questionnaire ne s\'affiche pas ? '
            f'<a href="{src}" target="_blank" rel="noopener">Ouvrir le questionnaire dans un nouvel onglet</a>.</p></div>')


# ---------------------------------------------------------------- comments

def wp_comment_thread(comments, post_id, action="/wp-comments-post.php"):
    items = "".join(f'<li id="comment-{post_id * 10 + i}" class="comment {"even" if i % 2 else "odd"} thread-{"even" if i % 2 else "odd"} depth-1">'
                    f'<article class="comment-body"><footer class="comment-meta"><div class="comment-author vcard"><b class="fn">{escape(a)}</b> <span class="says">dit :</span></div>'
                    f'<div class="comment-metadata"><time>{d}</time></div></footer><div class="comment-content"><p>{escape(t)}</p></div>'
                    f'<div class="reply"><a rel="nofollow" class="comment-reply-link" href="#respond" data-commentid="{post_id * 10 + i}" '
                    f'data-postid="{post_id}" aria-label="Répondre à {escape(a)}">Répondre</a></div></article></li>' for i, (a, d, t) in enumerate(comments))
    return (f'<div id="comments" class="comments-area"><h2 class="comments-title">{len(comments)} réflexions sur cet article</h2>'
            f'<ol class="comment-list">{items}</ol><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Laisser un commentaire</h3>'
            f'<form action="{action}" method="post" id="commentform" class="comment-form" novalidate><p class="comment-notes">Votre adresse e-mail ne sera pas publiée.</p>'
            '<p class="comment-form-comment"><label for="comment">Commentaire <span class="required">*</span></label><textarea id="comment" name="comment" cols="45" rows="8" maxlength="65525" required></textarea></p>'
            '<p class="comment-form-author"><label for="author">Nom</label><input id="author" name="author" type="text" value="" size="30" maxlength="245"></p>'
            '<p class="comment-form-email"><label for="email">E-mail</label><input id="email" name="email" type="email" value="" size="30" maxlength="100"></p>'
            f'<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Laisser un commentaire"><input type="hidden" name="comment_post_ID" value="{post_id}" id="comment_post_ID"><input type="hidden" name="comment_parent" id="comment_parent" value="0"></p>'
            '</form></div></div>')


def drupal_comments(nid, comments):
    items = "".join(f'<article data-comment-user-id="0" id="comment-{nid * 3 + i}" class="comment js-comment by-anonymous" role="article">'
                    f'<footer class="comment__meta"><p class="comment__author"><span>{escape(a)}</span></p><p class="comment__time">{d}</p></footer>'
                    f'<div class="comment__content"><div class="field field--name-comment-body field--type-text-long"><p>{escape(t)}</p></div>'
                    f'<ul class="links inline"><li class="comment-reply"><a href="#comment-form">Répondre</a></li></ul></div></article>'
                    for i, (a, d, t) in enumerate(comments))
    return (f'<section data-drupal-selector="comments" class="comments"><h2 class="comments__title">Commentaires</h2>{items}'
            f'<h2 class="comments__form-title">Ajouter un commentaire</h2>'
            f'<form class="comment-comment-form comment-form" data-drupal-selector="comment-form" action="/comment/reply/node/{nid}/comment" method="post" id="comment-form" accept-charset="UTF-8">'
            '<div class="js-form-item form-item js-form-type-textfield form-item-name"><label for="edit-name">Votre nom</label><input data-drupal-selector="edit-name" type="text" id="edit-name" name="name" value="" size="30" maxlength="60" class="form-text"></div>'
            '<div class="field--type-text-long field--name-comment-body field--widget-text-textarea js-form-wrapper form-wrapper"><div class="js-form-item form-item js-form-type-textarea form-item-comment-body-0-value">'
            '<label for="edit-comment-body-0-value" class="js-form-required form-required">Commentaire</label><div class="form-textarea-wrapper">'
            '<textarea data-drupal-selector="edit-comment-body-0-value" id="edit-comment-body-0-value" name="comment_body[0][value]" rows="5" cols="60" class="form-textarea required" required="required" aria-required="true"></textarea></div></div></div>'
            f'<input autocomplete="off" data-drupal-selector="form-c{nid}" type="hidden" name="form_build_id" value="form-c{nid}-q1w"><input data-drupal-selector="edit-comment-comment-form" type="hidden" name="form_id" value="comment_comment_form">'
            '<div data-drupal-selector="edit-actions" class="form-actions js-form-wrapper form-wrapper" id="edit-actions"><input data-drupal-selector="edit-submit" type="submit" id="edit-submit--2" name="op" value="Enregistrer" class="button button--primary js-form-submit form-submit"></div>'
            '</form></section>')


def spip_forum_thread(id_article, messages):
    """SPIP's per-article public forum ("Réagir à cet article"), used by the city as a comment thread."""
    items = "".join(f'<li class="forum-fil"><div class="forum-message" id="forum{id_article * 5 + i}"><div class="forum-chapo"><strong class="forum-titre">{escape(t)}</strong>'
                    f'<small>{d}, par <span class="vcard author">{escape(a)}</span></small></div><div class="forum-texte"><p>{escape(x)}</p>'
                    f'<p class="forum-repondre"><a href="#formulaire_forum" rel="noindex nofollow">Répondre à ce message</a></p></div></div></li>'
                    for i, (a, d, t, x) in enumerate(messages))
    return (f'<div class="forum-total"><h2>{len(messages)} Messages</h2></div><ul class="forum">{items}</ul>'
            f'<div class="formulaire_spip formulaire_forum ajax" id="formulaire_forum"><h2>Réagir à cet article</h2>'
            f'<form action="spip.php?page=article&amp;id_article={id_article}#formulaire_forum" method="post" enctype="multipart/form-data"><div>'
            f'<input name="formulaire_action" type="hidden" value="forum"><input name="formulaire_action_args" type="hidden" value="Kx0AAA{id_article}">'
            '<fieldset><legend>Votre message</legend><div class="editer-groupe">'
            '<div class="editer saisie_session_nom"><label for="session_nom">Votre nom</label><input type="text" class="text" name="session_nom" id="session_nom" value="" size="40"></div>'
            '<div class="editer saisie_titre obligatoire"><label for="titre">Titre</label><input type="text" class="text" name="titre" id="titre" value="" size="60"></div>'
            '<div class="editer saisie_texte obligatoire"><label for="texte">Texte de votre message</label><textarea name="texte" id="texte" rows="10" cols="60" class="inserer_barre_forum"></textarea></div>'
            '</div></fieldset><p class="boutons"><input type="submit" class="submit" name="previsualiser_message" value="Prévisualiser"></p></div></form></div>')


# ---------------------------------------------------------------- contact and other forms

def wpforms_contact(form_id, action):
    f = f"wpforms-{form_id}-field"
    return (f'<div class="wpforms-container wpforms-container-full" id="wpforms-{form_id}"><form id="wpforms-form-{form_id}" class="wpforms-validate wpforms-form" '
            f'data-formid="{form_id}" method="post" enctype="multipart/form-data" action="{action}"><div class="wpforms-field-container">'
            f'<div id="{f}_0-container" class="wpforms-field wpforms-field-name"><label class="wpforms-field-label" for="{f}_0">Nom <span class="wpforms-required-label">*</span></label>'
            f'<input type="text" id="{f}_0" class="wpforms-field-large wpforms-field-required" name="wpforms[fields][0]" required></div>'
            f'<div id="{f}_1-container" class="wpforms-field wpforms-field-email"><label class="wpforms-field-label" for="{f}_1">E-mail</label>'
            f'<input type="email" id="{f}_1" class="wpforms-field-large wpforms-field-required" name="wpforms[fields][1]" required></div>'
            f'<div id="{f}_2-container" class="wpforms-field wpforms-field-textarea"><label class="wpforms-field-label" for="{f}_2">Votre message</label>'
            f'<textarea id="{f}_2" class="wpforms-field-medium wpforms-field-required" name="wpforms[fields][2]" required></textarea></div></div>'
            f'<div class="wpforms-submit-container"><input type="hidden" name="wpforms[id]" value="{form_id}"><button type="submit" name="wpforms[submit]" id="wpforms-submit-{form_id}" '
            f'class="wpforms-submit" data-alt-text="Envoi…" aria-live="assertive" value="wpforms-submit">Envoyer</button></div></form></div>')


def webform_contact(node, action, extra=""):
    """Drupal Webform contact form."""
    return (f'<form class="webform-submission-form webform-submission-add-form webform-submission-contact-form webform-submission-contact-add-form '
            f'webform-submission-contact-node-{node}-form js-webform-details-toggle webform-details-toggle" data-drupal-selector="webform-submission-contact-node-{node}-add-form" '
            f'action="{action}" method="post" id="webform-submission-contact-node-{node}-add-form" accept-charset="UTF-8">'
            '<div class="js-form-item form-item js-form-type-textfield form-item-name"><label for="edit-name" class="js-form-required form-required">Votre nom</label>'
            '<input data-drupal-selector="edit-name" type="text" id="edit-name" name="name" value="" size="60" maxlength="255" class="form-text required" required="required"></div>'
            '<div class="js-form-item form-item js-form-type-email form-item-email"><label for="edit-email" class="js-form-required form-required">Votre adresse électronique</label>'
            '<input data-drupal-selector="edit-email" type="email" id="edit-email" name="email" value="" size="60" maxlength="254" class="form-email required" required="required"></div>'
            + extra +
            '<div class="js-form-item form-item js-form-type-textfield form-item-subject"><label for="edit-subject">Objet</label><input type="text" id="edit-subject" name="subject" value="" size="60" maxlength="255" class="form-text"></div>'
            '<div class="js-form-item form-item js-form-type-textarea form-item-message"><label for="edit-message" class="js-form-required form-required">Message</label>'
            '<div class="form-textarea-wrapper"><textarea data-drupal-selector="edit-message" id="edit-message" name="message" rows="5" cols="60" class="form-textarea required" required="required"></textarea></div></div>'
            '<div data-drupal-selector="edit-actions" class="form-actions webform-actions js-form-wrapper form-wrapper" id="edit-actions"><input class="webform-button--submit button button--primary js-form-submit form-submit" '
            'data-drupal-selector="edit-actions-submit" type="submit" id="edit-actions-submit" name="op" value="Envoyer le message"></div>'
            f'<input data-drupal-selector="edit-webform-submission-contact-node-{node}-add-form" type="hidden" name="form_id" value="webform_submission_contact_node_{node}_add_form"></form>')


def powermail_contact(uid, action):
    """TYPO3 powermail contact form."""
    n = "tx_powermail_pi1[field]"
    return (f'<div class="tx-powermail"><div class="container-fluid"><form data-powermail-validate="data-powermail-validate" data-validate="html5" '
            f'enctype="multipart/form-data" name="field" class="powermail_form powermail_form_{uid} nolabel" action="{action}?tx_powermail_pi1%5Baction%5D=create&amp;tx_powermail_pi1%5Bcontroller%5D=Form&amp;cHash=8b1d" method="post">'
            f'<h3>Formulaire de contact</h3><fieldset class="powermail_fieldset powermail_fieldset_{uid}"><legend class="powermail_legend">Vos coordonnées</legend>'
            f'<div class="powermail_fieldwrap powermail_fieldwrap_type_input powermail_fieldwrap_nom form-group"><label for="powermail_field_nom" class="control-label">Nom<span class="mandatory">*</span></label>'
            f'<input required="required" placeholder="Nom" class="powermail_input form-control" id="powermail_field_nom" type="text" name="{n}[nom]" value=""></div>'
            f'<div class="powermail_fieldwrap powermail_fieldwrap_type_input powermail_fieldwrap_email form-group"><label for="powermail_field_email" class="control-label">Courriel<span class="mandatory">*</span></label>'
            f'<input required="required" class="powermail_input form-control" id="powermail_field_email" type="email" name="{n}[email]" value=""></div>'
            f'<div class="powermail_fieldwrap powermail_fieldwrap_type_textarea powermail_fieldwrap_message form-group"><label for="powermail_field_message" class="control-label">Votre demande<span class="mandatory">*</span></label>'
            f'<textarea required="required" rows="5" cols="20" class="powermail_textarea form-control" id="powermail_field_message" name="{n}[message]"></textarea></div>'
            f'<div class="powermail_fieldwrap powermail_fieldwrap_type_submit form-group"><input class="btn btn-primary powermail_submit" type="submit" value="Envoyer"></div>'
            f'</fieldset><input class="powermail_form_uid" type="hidden" name="tx_powermail_pi1[mail][form]" value="{uid}"></form></div></div>')


def joomla_contact(action):
    return (f'<div class="com-contact contact"><h2>Écrire à la mairie</h2><form id="contact-form" action="{action}" method="post" class="com-contact__form form-validate">'
            '<fieldset><legend>Envoyer un message. Tous les champs avec un astérisque (*) sont obligatoires.</legend>'
            '<div class="control-group field-spacer"><div class="controls"></div></div>'
            '<div class="control-group"><div class="control-label"><label id="jform_contact_name-lbl" for="jform_contact_name" class="required">Nom<span class="star">&#160;*</span></label></div>'
            '<div class="controls"><input type="text" name="jform[contact_name]" id="jform_contact_name" value="" class="form-control required" size="30" required></div></div>'
            '<div class="control-group"><div class="control-label"><label id="jform_contact_email-lbl" for="jform_contact_email" class="required">E-mail<span class="star">&#160;*</span></label></div>'
            '<div class="controls"><input type="email" inputmode="email" name="jform[contact_email]" class="form-control validate-email required" id="jform_contact_email" value="" size="30" autocomplete="email" required></div></div>'
            '<div class="control-group"><div class="control-label"><label id="jform_contact_emailmsg-lbl" for="jform_contact_emailmsg" class="required">Sujet<span class="star">&#160;*</span></label></div>'
            '<div class="controls"><input type="text" name="jform[contact_subject]" id="jform_contact_emailmsg" value="" class="form-control required" size="60" required></div></div>'
            '<div class="control-group"><div class="control-label"><label id="jform_contact_message-lbl" for="jform_contact_message" class="required">Message<span class="star">&#160;*</span></label></div>'
            '<div class="controls"><textarea name="jform[contact_message]" id="jform_contact_message" cols="50" rows="10" class="form-control required" required></textarea></div></div>'
            '<div class="control-group"><div class="controls"><button class="btn btn-primary validate" type="submit">Envoyer</button>'
            '<input type="hidden" name="option" value="com_contact"><input type="hidden" name="task" value="contact.submit"><input type="hidden" name="id" value="1:mairie"></div></div>'
            '</fieldset></form></div>')


def spip_contact(action):
    """SPIP's 'écrire à l'auteur'-style contact form (Formulaire de contact avancé)."""
    return (f'<div class="formulaire_spip formulaire_contact" id="formulaire_contact"><form method="post" action="{action}"><div>'
            '<input name="formulaire_action" type="hidden" value="contact"><input name="formulaire_action_args" type="hidden" value="AwBs">'
            '<ul class="editer-groupe"><li class="editer saisie_mail obligatoire"><label for="mail">Votre adresse email</label><input type="email" class="text" name="mail" id="mail" size="30"></li>'
            '<li class="editer saisie_sujet obligatoire"><label for="sujet">Sujet</label><input type="text" class="text" name="sujet" id="sujet" size="30"></li>'
            '<li class="editer saisie_texte obligatoire"><label for="texte">Votre message</label><textarea name="texte" id="texte" rows="8" cols="60"></textarea></li></ul>'
            '<p class="boutons"><input type="submit" class="submit" name="valide" value="Envoyer"></p></div></form></div>')


def wcs_form(action, title, fields, button="Valider"):
    """A Publik w.c.s. form. fields: (label, kind) with kind text/email/textarea/date/select:a|b/file."""
    out = []
    for i, (label, kind) in enumerate(fields, 1):
        name, wid = f"f{i}", f"form_f{i}"
        if kind == "textarea":
            ctl, cls = f'<textarea name="{name}" id="{wid}" cols="72" rows="6"></textarea>', "TextWidget"
        elif kind.startswith("select:"):
            ctl = f'<select name="{name}" id="{wid}">' + "".join(f"<option>{o}</option>" for o in kind[7:].split("|")) + "</select>"
            cls = "SingleSelectWidget"
        elif kind == "file":
            ctl, cls = f'<input type="file" name="{name}$file" id="{wid}">', "FileWithPreviewWidget"
        else:
            ctl, cls = f'<input type="{kind}" name="{name}" id="{wid}" value="">', "StringWidget" if kind == "text" else "EmailWidget" if kind == "email" else "DateWidget"
        out.append(f'<div class="quixote widget {cls} widget-required" data-field-id="{i}"><div class="title"><label for="{wid}">{escape(label)}'
                   f'<span title="Ce champ est obligatoire." class="required">*</span></label></div><div class="content">{ctl}</div></div>')
    return (f'<div id="wcs-form" class="wcs-form"><h2>{escape(title)}</h2><div class="wcs-step-indicator"><ol><li class="current"><span class="label">Formulaire</span></li>'
            f'<li><span class="label">Validation</span></li></ol></div><form method="post" enctype="multipart/form-data" action="{action}" class="quixote" novalidate>'
            f'<input type="hidden" name="_form_id" value="wcs-{abs(hash(title)) % 997}"><input type="hidden" name="magictoken" value="2f2b5c8e1a">'
            + "".join(out) + f'<div class="buttons submit"><button name="submit" value="{button}" class="submit-button">{button}</button>'
            '<button name="cancel" value="Abandonner" class="cancel">Abandonner</button></div></form></div>')


def newsletter(action, list_name="Lettre d'information"):
    return (f'<form class="newsletter-form" action="{action}" method="post"><h2>{list_name}</h2><p>Recevez chaque mois l\'essentiel de l\'actualité.</p>'
            '<label for="nl-email">Votre adresse e-mail</label><input type="email" id="nl-email" name="email" required>'
            '<label><input type="checkbox" name="rgpd" value="1" required> J\'accepte de recevoir la lettre et ses conditions d\'usage.</label>'
            '<button type="submit">S\'abonner</button></form>')


def booking(action, what, slots):
    opts = "".join(f"<option>{s}</option>" for s in slots)
    return (f'<form class="booking-form" action="{action}" method="post"><h2>Réserver : {escape(what)}</h2>'
            '<label for="b-date">Date souhaitée</label><input type="date" id="b-date" name="date" required>'
            f'<label for="b-slot">Créneau</label><select id="b-slot" name="creneau">{opts}</select>'
            '<label for="b-n">Nombre de personnes</label><input type="number" id="b-n" name="personnes" min="1" max="200">'
            '<label for="b-mail">Courriel</label><input type="email" id="b-mail" name="email" required>'
            '<button type="submit">Vérifier la disponibilité</button></form>')


def payment(action, what):
    return (f'<form class="payment-form" action="{action}" method="post"><h2>Payer en ligne : {escape(what)}</h2>'
            '<label for="pay-ref">Référence de la facture</label><input type="text" id="pay-ref" name="reference" pattern="[A-Z0-9-]+" required>'
            '<label for="pay-amount">Montant (€)</label><input type="text" id="pay-amount" name="montant" inputmode="decimal" required>'
            '<label for="pay-mail">Courriel pour le reçu</label><input type="email" id="pay-mail" name="email">'
            '<button type="submit">Payer par carte bancaire (PayFiP)</button></form>')


def registration(action, what):
    return (f'<form class="registration-form" action="{action}" method="post"><h2>{escape(what)}</h2>'
            '<label for="r-nom">Nom de l\'enfant</label><input type="text" id="r-nom" name="nom_enfant" required>'
            '<label for="r-ne">Date de naissance</label><input type="date" id="r-ne" name="naissance" required>'
            '<label for="r-ecole">École</label><select id="r-ecole" name="ecole"><option>Groupe scolaire Pasteur</option><option>École des Tilleuls</option></select>'
            '<label for="r-resp">Responsable légal</label><input type="text" id="r-resp" name="responsable">'
            '<label for="r-tel">Téléphone</label><input type="tel" id="r-tel" name="tel">'
            '<button type="submit">Valider l\'inscription</button></form>')


# ---------------------------------------------------------------- petitions, ideas

def petition_card(href, title, count, goal, status="En cours de signature"):
    pct = min(100, round(100 * count / goal))
    return (f'<article class="petition-card"><h3><a href="{href}">{escape(title)}</a></h3><p class="petition-card__status">{status}</p>'
            f'<div class="progress" role="progressbar" aria-valuenow="{count}" aria-valuemin="0" aria-valuemax="{goal}"><div class="progress__bar" style="width:{pct}%"></div></div>'
            f'<p class="petition-card__count"><strong>{count}</strong> signatures sur {goal} nécessaires</p></article>')


def petition_sign(action, count, goal):
    return (f'<div class="petition-sign"><p class="petition-sign__count"><strong>{count}</strong> signataires — objectif {goal}</p>'
            f'<form class="petition-sign__form" action="{action}" method="post"><h2>Je signe</h2>'
            '<label for="ps-prenom">Prénom</label><input id="ps-prenom" name="prenom" required>'
            '<label for="ps-nom">Nom</label><input id="ps-nom" name="nom" required>'
            '<label for="ps-mail">Courriel</label><input id="ps-mail" type="email" name="email" required>'
            '<label for="ps-cp">Code postal</label><input id="ps-cp" name="code_postal" required>'
            '<label><input type="checkbox" name="residence" value="1" required> J\'atteste résider, travailler ou étudier dans la commune.</label>'
            '<button type="submit" class="btn">Signer la pétition</button></form></div>')


def idea_box(action, intro, themes):
    opts = "".join(f"<option>{t}</option>" for t in themes)
    return (f'<form class="idea-box" action="{action}" method="post"><p>{intro}</p>'
            '<label for="idea-title">Titre de votre idée</label><input id="idea-title" name="titre" maxlength="120" required>'
            f'<label for="idea-theme">Thème</label><select id="idea-theme" name="theme">{opts}</select>'
            '<label for="idea-text">Décrivez votre idée</label><textarea id="idea-text" name="description" rows="6" required></textarea>'
            '<label for="idea-name">Votre nom (facultatif)</label><input id="idea-name" name="nom">'
            '<label for="idea-mail">Courriel</label><input id="idea-mail" type="email" name="email">'
            '<button type="submit">Envoyer mon idée</button></form>')


def steps(items, current):
    """A process timeline: (label, dates)."""
    lis = "".join(f'<li class="step{" step--current" if i == current else " step--past" if i < current else ""}"><span class="step__label">{escape(l)}</span>'
                  f' <span class="step__dates">{d}</span></li>' for i, (l, d) in enumerate(items))
    return f'<ol class="process-steps">{lis}</ol>'


# ---------------------------------------------------------------- Decidim components

def decidim_process_card(href, title, step, summary):
    return (f'<a href="{href}" class="card__grid"><div class="card__grid-text"><span class="card__grid-metadata">Étape actuelle : {escape(step)}</span>'
            f'<h3 class="h4 text-secondary">{escape(title)}</h3><p>{escape(summary)}</p></div></a>')


def decidim_phase(step, dates, body):
    return (f'<div class="process__phase"><span class="process__phase-label">Phase actuelle</span> <strong>{escape(step)}</strong> <span>{dates}</span></div>'
            f'<div class="editor-content">{body}</div>')


def decidim_proposals(base, items, can_create=True):
    cards = "".join(f'<a href="{base}/{pid}" class="card__list" id="proposals__proposal_{pid}"><div class="card__list-content"><h3 class="card__list-title">{escape(t)}</h3>'
                    f'<div class="card__list-metadata"><span>{escape(a)}</span> <span class="label">{st}</span> <span><span class="sr-only">Commentaires</span>{c}</span></div></div></a>'
                    for pid, t, a, st, c in items)
    new = (f'<a href="{base}/new" class="button button__sm button__secondary" id="new_proposal">Nouvelle proposition</a>' if can_create else "")
    return (f'<div class="layout-main__heading"><h2 class="h2">{len(items)} propositions</h2>{new}</div>'
            f'<div id="proposals" class="proposal-list"><div class="card__list-list">{cards}</div></div>')


def decidim_new_proposal(action):
    return (f'<form class="new_proposal proposal_form_admin" id="new_proposal" enctype="multipart/form-data" action="{action}" accept-charset="UTF-8" method="post">'
            '<input type="hidden" name="authenticity_token" value="vR3dQk0Pz" autocomplete="off"><div class="form__wrapper">'
            '<label for="proposal_title">Titre<span title="Obligatoire" class="label-required">*</span></label><input minlength="15" maxlength="150" type="text" name="proposal[title]" id="proposal_title">'
            '<label for="proposal_body">Description du projet<span class="label-required">*</span></label><textarea minlength="15" rows="10" name="proposal[body]" id="proposal_body"></textarea>'
            '<label for="proposal_address">Adresse</label><input type="text" name="proposal[address]" id="proposal_address">'
            '</div><div class="form__wrapper-block"><button type="submit" class="button button__sm button__secondary">Continuer</button></div></form>')


def decidim_comments(model, mid, comments):
    items = "".join(f'<div id="comment_{mid * 7 + i}" class="comment" data-comment-id="{mid * 7 + i}"><div class="comment__header"><span class="author__name">{escape(a)}</span>'
                    f'<span class="author__date">{d}</span></div><div class="comment__content"><div class="editor-content"><p>{escape(t)}</p></div></div>'
                    f'<div class="comment__footer"><button class="button button__sm button__text-secondary" data-controls="panel-comment{mid * 7 + i}-reply">Répondre</button></div></div>'
                    for i, (a, d, t) in enumerate(comments))
    return (f'<div id="comments-for-{model}-{mid}" data-decidim-comments=\'{{"singleComment":false,"rootDepth":0,"order":"older","lastCommentId":{mid * 7}}}\'>'
            f'<div class="comments"><h2 class="h4 comments-count">{len(comments)} commentaires</h2><div id="comment-threads" class="comment-threads">{items}</div>'
            f'<div class="add-comment" id="add-comment-{model}-{mid}"><form class="new_comment" id="new_comment_for_{model}_{mid}" action="/comments" accept-charset="UTF-8" data-remote="true" method="post">'
            f'<input type="hidden" name="comment[commentable_gid]" value="Z2lkOi8vZGVjaWRpbS9EZWNpZGltOjp{mid}">'
            f'<label for="add-comment-{model}-{mid}-textarea">Ajouter un commentaire</label><textarea maxlength="1000" id="add-comment-{model}-{mid}-textarea" name="comment[body]" rows="4"></textarea>'
            '<button type="submit" class="button button__sm button__secondary" disabled>Publier le commentaire</button></form></div></div></div>')


def decidim_budget_projects(base, budget, projects, voting=True):
    rows = "".join(f'<div id="project-{pid}-item" class="budget-list__item">' + (f'<a href="{base}/{pid}" class="card__list">' if voting else '<div class="card__list">') + '<div class="card__list-content">'
                   f'<h3 class="card__list-title">{escape(t)}</h3><span class="budget-list__data">{amount:,} €</span></div>' + ('</a>' if voting else '</div>')
                   + (f'<div class="budget-list__action"><button class="button button__sm button__transparent-secondary" data-add="true" '
                      f'data-project-id="{pid}" aria-label="Ajouter ce projet à votre vote">Ajouter</button></div>' if voting else
                      f'<span class="label success">{"Sélectionné" if sel else "Non retenu"}</span>')
                   + '</div>' for pid, t, amount, sel in projects)
    head = (f'<div class="budget-summary" data-progress-reference="" data-total-allocation="{budget}"><h2 class="h4">Attribuez votre budget</h2>'
            f'<p>Vous pouvez soutenir des projets jusqu\'à {budget:,} €. Une fois votre sélection faite, cliquez sur « Voter ».</p>'
            '<div class="budget-summary__progressbox"><span class="budget-summary__progressbar-marks_min">0 €</span></div>'
            '<button class="button button__sm button__secondary" data-dialog-open="budget-confirm" disabled>Voter</button></div>') if voting else \
        '<div class="budget-summary"><h2 class="h4">Résultats du vote</h2><p>Le vote est terminé. Voici les projets retenus.</p></div>'
    return head.replace(",", " ") + f'<div class="budget-list">{rows.replace(",", " ")}</div>'


def decidim_survey(action, intro, questions):
    out = []
    for i, (label, choices) in enumerate(questions):
        if choices:
            opts = "".join(f'<label><input type="radio" value="{j}" name="questionnaire[responses][{i}][choices][][body]" id="questionnaire_responses_{i}_choices_{j}_body">{escape(c)}</label>'
                           for j, c in enumerate(choices))
            out.append(f'<div class="question" data-max-choices="1"><label class="questionnaire-question">{i + 1}. {escape(label)}</label><div class="radio-button-collection">{opts}</div></div>')
        else:
            out.append(f'<div class="question"><label class="questionnaire-question" for="questionnaire_responses_{i}">{i + 1}. {escape(label)}</label>'
                       f'<textarea rows="10" name="questionnaire[responses][{i}][body]" id="questionnaire_responses_{i}"></textarea></div>')
    return (f'<div class="questionnaire__container"><div class="editor-content"><p>{intro}</p></div>'
            f'<form class="form answer-questionnaire" id="answer-questionnaire" action="{action}" accept-charset="UTF-8" method="post">'
            '<input type="hidden" name="_method" value="post" autocomplete="off"><input type="hidden" name="authenticity_token" value="q8PzR2ab" autocomplete="off">'
            f'<div class="questionnaire-step" id="step-0">{"".join(out)}'
            '<div class="form__wrapper-block"><label for="questionnaire_tos_agreement"><input type="checkbox" value="1" name="questionnaire[tos_agreement]" id="questionnaire_tos_agreement">'
            'En participant, j\'accepte les conditions d\'utilisation</label><button type="submit" class="button button__sm button__secondary">Envoyer</button></div></div></form></div>')


def decidim_initiative(sid, title, count, goal, action):
    pct = min(100, round(100 * count / goal))
    return (f'<div class="initiative__aside"><div class="progress-bar__container"><div class="progress-bar" role="progressbar" aria-valuemin="0" aria-valuenow="{count}" aria-valuemax="{goal}">'
            f'<div class="progress-bar__bar" style="width:{pct}%"></div></div><div class="progress-bar__number"><span>{count}</span>/{goal} <span class="progress-bar__units">signatures</span></div></div>'
            f'<form class="button_to" method="post" action="{action}"><button class="button button__xl button__secondary w-full" type="submit" id="initiative-{sid}-vote-cabin">Signer</button>'
            '<input type="hidden" name="authenticity_token" value="ZlK0c9e1" autocomplete="off"></form></div>')


# ---------------------------------------------------------------- CONSUL components

def consul_proposals(items):
    rows = "".join(f'<div id="proposal_{pid}" class="proposal clear" data-type="proposal"><div class="panel"><div class="proposal-content">'
                   f'<h3><a href="/proposals/{pid}">{escape(t)}</a></h3><p class="proposal-info"><span class="icon-comments"></span> <a href="/proposals/{pid}#comments">{c} commentaires</a>'
                   f' &nbsp;&bull;&nbsp; {escape(a)}</p></div><div class="supports"><div class="progress small-12 round"><span class="meter" style="width:{min(100, s // 10)}%"></span></div>'
                   f'<span class="total-supports">{s} soutiens</span><form class="button_to" method="post" action="/proposals/{pid}/vote"><input class="button button-support small expanded" type="submit" value="Soutenir">'
                   '</form></div></div></div>' for pid, t, a, c, s in items)
    return (f'<div class="row"><div id="proposals" class="proposals-list small-12 medium-9 column"><a class="button expanded" href="/proposals/new">Créer une proposition</a>'
            f'{rows}</div></div>')


def consul_comment_form(kind, cid):
    return (f'<div class="comment-form"><form class="new_comment" id="new_comment_{kind}_{cid}" action="/comments" accept-charset="UTF-8" data-remote="true" method="post">'
            f'<input type="hidden" name="comment[commentable_type]" value="{kind}"><input type="hidden" name="comment[commentable_id]" value="{cid}">'
            f'<label for="comment-body-{kind.lower()}_{cid}">Laisser votre commentaire</label><textarea id="comment-body-{kind.lower()}_{cid}" maxlength="1000" name="comment[body]"></textarea>'
            '<input type="submit" name="commit" value="Publier le commentaire" class="button"></form></div>')


def consul_comments(kind, cid, comments):
    items = "".join(f'<li class="comment small-12" id="comment_{cid * 9 + i}"><div class="comment-body"><span class="user-name">{escape(a)}</span> &bull; <span>{d}</span>'
                    f'<div class="comment-user"><p>{escape(t)}</p></div></div></li>' for i, (a, d, t) in enumerate(comments))
    return (f'<section class="expanded comments" id="comments"><div class="row"><div class="small-12 column"><h2>Commentaires <span class="js-comments-count">({len(comments)})</span></h2>'
            f'{consul_comment_form(kind, cid)}<ul class="comment-list">{items}</ul></div></div></section>')


def consul_budget_investments(bid, items, phase):
    rows = "".join(f'<div id="budget_investment_{iid}" class="budget-investment clear"><div class="panel"><h3><a href="/budgets/{bid}/investments/{iid}">{escape(t)}</a></h3>'
                   f'<p class="investment-project-info">{escape(h)}</p><p class="investment-project-amount">{a} €</p>'
                   + ('<form class="button_to" method="post" action="/budgets/{0}/ballot/lines"><input class="button button-support small expanded" type="submit" value="Voter"></form>'.format(bid) if phase == "balloting" else
                      f'<form class="button_to" method="post" action="/budgets/{bid}/investments/{iid}/vote"><input class="button button-support small expanded" type="submit" value="Soutenir"></form>' if phase == "selecting" else
                      '<span class="label">Projet lauréat</span>')
                   + '</div></div>' for iid, t, h, a in items)
    return f'<div class="budget-investments-list" data-budget-phase="{phase}">{rows}</div>'


def consul_poll(pid, question, answers, token="x"):
    btns = "".join(f'<form class="button_to" method="post" action="/polls/{pid}/questions/{pid * 3}/answer?answer={escape(a)}&amp;token={token}">'
                   f'<input class="button secondary hollow" title="Voter {escape(a)}" type="submit" value="{escape(a)}"></form>' for a in answers)
    return (f'<div class="poll-question" id="poll_question_{pid * 3}"><h3>{escape(question)}</h3><div class="poll-question-answers">{btns}</div></div>')


# ---------------------------------------------------------------- Cap Collectif, Go Vocal

def capco_steps(slug, items, current):
    lis = "".join(f'<li class="step-item{" active" if i == current else ""}"><a href="/project/{slug}/{kind}/{s}">{escape(l)}</a> <span class="step-dates">{d}</span></li>'
                  for i, (kind, s, l, d) in enumerate(items))
    return f'<nav class="project__step-tabs" aria-label="Étapes du projet"><ul class="step-tabs__list">{lis}</ul></nav>'


def capco_proposal_form(action, categories):
    opts = "".join(f"<option>{c}</option>" for c in categories)
    return (f'<div class="proposal__form"><button class="btn btn-primary" data-toggle="modal" data-target="#proposal-create">Déposer une proposition</button>'
            f'<form id="proposal-form" class="capco-proposal-form" action="{action}" method="post"><label for="proposal_title">Titre</label><input id="proposal_title" name="title" required>'
            f'<label for="proposal_category">Catégorie</label><select id="proposal_category" name="category">{opts}</select>'
            '<label for="proposal_body">Description</label><textarea id="proposal_body" name="body" rows="8"></textarea>'
            '<label for="proposal_address">Localisation</label><input id="proposal_address" name="address">'
            '<button type="submit" class="btn btn-primary">Publier</button></form></div>')


def capco_proposal_list(slug, step, items, vote=False):
    cards = "".join(f'<li class="proposal-preview"><div class="card"><h4 class="card__title"><a href="/project/{slug}/{"selection" if vote else "collect"}/{step}/proposals/{ps}">{escape(t)}</a></h4>'
                    f'<p class="excerpt small">{escape(a)}</p><div class="proposal__preview__votes"><span>{v} votes</span>'
                    + (f' <button class="btn btn-success proposal__preview__vote" data-proposal="{ps}">Voter pour</button>' if vote else "")
                    + '</div></div></li>' for ps, t, a, v in items)
    return f'<ul class="media-list proposal-preview-list">{cards}</ul>'


def capco_questionnaire(action, questions):
    out = []
    for i, (label, choices) in enumerate(questions):
        if choices:
            opts = "".join(f'<div class="radio"><label><input type="radio" name="responses[{i}][value]" value="{escape(c)}"> {escape(c)}</label></div>' for c in choices)
            out.append(f'<div class="form-group" id="reply-form-responses{i}"><label class="control-label h5">{escape(label)}</label>{opts}</div>')
        else:
            out.append(f'<div class="form-group" id="reply-form-responses{i}"><label class="control-label h5" for="responses{i}">{escape(label)}</label>'
                       f'<textarea id="responses{i}" name="responses[{i}][value]" class="form-control" rows="5"></textarea></div>')
    return (f'<form id="reply-form" class="questionnaire-form" action="{action}" method="post">{"".join(out)}'
            '<button type="submit" id="submit-create-reply" class="btn btn-primary">Envoyer</button></form>')


def govocal_project(slug, phases, current, desc):
    lis = "".join(f'<li class="e2e-phase{" e2e-phase-current" if i == current else ""}"><span class="phase-title">{escape(t)}</span> <span class="phase-dates">{d}</span></li>'
                  for i, (t, d) in enumerate(phases))
    return (f'<div id="e2e-project-page" data-project-slug="{slug}"><div class="e2e-project-description">{desc}</div>'
            f'<section id="project-timeline"><h2>Calendrier</h2><ol class="timeline">{lis}</ol></section></div>')


def govocal_ideas(slug, items, cta="Soumettre une idée"):
    cards = "".join(f'<a class="e2e-idea-card" href="/fr-FR/ideas/{s}"><h3 class="e2e-idea-card-title">{escape(t)}</h3>'
                    f'<span class="e2e-ideacard-upvote-count">{v}</span> <span class="e2e-ideacard-comment-count">{c} commentaires</span></a>' for s, t, v, c in items)
    return (f'<div class="e2e-ideas-container"><a class="e2e-idea-button" href="/fr-FR/projects/{slug}/ideas/new">{cta}</a>'
            f'<div id="e2e-ideas-list">{cards}</div></div>')


def govocal_idea_form(action):
    return (f'<form id="idea-form" class="e2e-idea-form" action="{action}" method="post"><label for="e2e-idea-title-input">Titre</label><input id="e2e-idea-title-input" name="title_multiloc[fr-FR]" required>'
            '<label for="e2e-idea-description">Description</label><textarea id="e2e-idea-description" name="body_multiloc[fr-FR]" rows="8"></textarea>'
            '<label for="e2e-idea-location">Adresse</label><input id="e2e-idea-location" name="location_description">'
            '<button type="submit" id="e2e-idea-publish">Publier</button></form>')


def govocal_comments(idea, comments):
    items = "".join(f'<div class="e2e-comment-thread"><div class="e2e-parentcomment"><span class="e2e-username">{escape(a)}</span> <time>{d}</time><p class="e2e-comment-body">{escape(t)}</p></div></div>'
                    for a, d, t in comments)
    return (f'<section id="e2e-comments-container"><h2>Commentaires ({len(comments)})</h2>{items}'
            f'<form id="e2e-parent-comment-form" class="e2e-comment-form" action="/web_api/v1/ideas/{idea}/comments" method="post"><label for="submit-comment">Écrire un commentaire</label>'
            '<textarea id="submit-comment" name="comment[body_multiloc][fr-FR]" placeholder="Écrivez votre commentaire ici"></textarea><button type="submit" class="e2e-submit-parentcomment">Publier</button></form></section>')


# ---------------------------------------------------------------- boards and neighbours

def phpbb_index(forums):
    rows = "".join(f'<li class="row"><dl class="row-item forum_read"><dt title="Aucun message non lu"><div class="list-inner"><a href="/viewforum.php?f={f}" class="forumtitle">{escape(t)}</a>'
                   f'<br />{escape(d)}</div></dt><dd class="topics">{n} <dfn>Sujets</dfn></dd><dd class="posts">{m} <dfn>Messages</dfn></dd></dl></li>' for f, t, d, n, m in forums)
    return (f'<div class="forabg"><div class="inner"><ul class="topiclist"><li class="header"><dl class="row-item"><dt><div class="list-inner">Forum</div></dt>'
            f'<dd class="topics">Sujets</dd><dd class="posts">Messages</dd></dl></li></ul><ul class="topiclist forums">{rows}</ul></div></div>')


def phpbb_topics(fid, topics):
    rows = "".join(f'<li class="row bg{1 + i % 2}"><dl class="row-item topic_read"><dt><div class="list-inner"><a href="/viewtopic.php?t={t}" class="topictitle">{escape(title)}</a>'
                   f'<div class="topic-poster responsive-hide left-box">par <span class="username">{escape(a)}</span></div></div></dt><dd class="posts">{r} <dfn>Réponses</dfn></dd></dl></li>'
                   for i, (t, title, a, r) in enumerate(topics))
    return (f'<div class="action-bar bar-top"><a href="/ucp.php?mode=login" class="button" title="Écrire un nouveau sujet"><span>Nouveau sujet</span></a></div>'
            f'<div class="forumbg"><div class="inner"><ul class="topiclist topics">{rows}</ul></div></div>')


def phpbb_topic(tid, posts):
    out = "".join(f'<div id="p{tid * 10 + i}" class="post has-profile bg{1 + i % 2}"><div class="inner"><dl class="postprofile"><dt><a class="username">{escape(a)}</a></dt></dl>'
                  f'<div class="postbody"><p class="author"><span class="responsive-hide">par <strong>{escape(a)}</strong> » </span>{d}</p><div class="content">{escape(t)}</div></div></div></div>'
                  for i, (a, d, t) in enumerate(posts))
    return (f'<div class="action-bar bar-top"><a href="/ucp.php?mode=login" class="button" title="Répondre au sujet"><span>Répondre</span></a></div>{out}')


def flarum_list(items):
    lis = "".join(f'<li><a href="/d/{d}">{escape(t)}</a> <span class="DiscussionListItem-count">{r} réponses</span></li>' for d, t, r in items)
    return f'<ul class="DiscussionList-discussions">{lis}</ul>'


def flarum_discussion(posts):
    return "".join(f'<div class="Post CommentPost"><header class="Post-header"><h3 class="PostUser-name">{escape(a)}</h3><time>{d}</time></header>'
                   f'<div class="Post-body"><p>{escape(t)}</p></div></div>' for a, d, t in posts)


def neighbour_feed(posts, group):
    items = "".join(f'<article class="feed-post feed-post--{k}"><header><span class="feed-post__author">{escape(a)}</span> · <span class="feed-post__where">{escape(group)}</span></header>'
                    f'<p>{escape(t)}</p><footer><button class="feed-post__react">Merci</button> <button class="feed-post__reply">Répondre</button></footer></article>'
                    for k, a, t in posts)
    return (f'<form class="feed-composer" action="/publications" method="post"><label for="post-body">Publier dans {escape(group)}</label>'
            '<textarea id="post-body" name="publication[texte]" placeholder="Une question, un coup de main, un objet à prêter ?"></textarea>'
            '<select name="publication[categorie]"><option>Entraide</option><option>Prêt et don</option><option>Événement</option><option>Alerte</option></select>'
            f'<button type="submit">Publier</button></form><div class="feed">{items}</div>')


def vendor_contact(action, topics):
    opts = "".join(f'<option value="{i}">{escape(t)}</option>' for i, t in enumerate(topics))
    return (f'<form class="form form--contact" action="{action}" method="post" novalidate><p class="form__mandatory">Les champs marqués d\'un astérisque sont obligatoires.</p>'
            '<div class="form__field"><label for="ct-civ">Civilité</label><select id="ct-civ" name="civilite"><option>Madame</option><option>Monsieur</option></select></div>'
            '<div class="form__field"><label for="ct-nom">Nom *</label><input id="ct-nom" name="nom" autocomplete="family-name" required></div>'
            '<div class="form__field"><label for="ct-mail">Adresse électronique *</label><input id="ct-mail" type="email" name="email" autocomplete="email" required></div>'
            f'<div class="form__field"><label for="ct-objet">Objet de votre demande *</label><select id="ct-objet" name="objet">{opts}</select></div>'
            '<div class="form__field"><label for="ct-msg">Votre message *</label><textarea id="ct-msg" name="message" rows="8" required></textarea></div>'
            '<div class="form__field form__field--rgpd"><input type="checkbox" id="ct-rgpd" name="rgpd" required><label for="ct-rgpd">J\'accepte que mes données soient utilisées pour traiter ma demande.</label></div>'
            '<button class="btn btn--primary" type="submit">Envoyer</button></form>')


def facebook_comments(url):
    """The Facebook comments social plugin, as a Joomla or WordPress extension inserts it."""
    return ('<div id="fb-root"></div><script async defer crossorigin="anonymous" src="https://connect.facebook.net/fr_FR/sdk.js#xfbml=1&amp;version=v19.0"></script>'
            f'<div class="fb-comments" data-href="{url}" data-width="100%" data-numposts="10" data-order-by="reverse_time"></div>')


def app_poll(action, question, answers):
    """The poll page of a city's mobile app, as its web view serves it."""
    btns = "".join(f'<button type="submit" name="reponse" value="{i}" class="app-poll__choice">{escape(a)}</button>' for i, a in enumerate(answers))
    return (f'<div class="app-view app-poll"><p class="app-poll__tag">Sondage express</p><h2 class="app-poll__question">{escape(question)}</h2>'
            f'<form class="app-poll__form" action="{action}" method="post"><input type="hidden" name="device" value="web">{btns}</form>'
            '<p class="app-poll__note">Un vote par appareil. Résultats publiés à la clôture.</p></div>')


def discourse_topics(items):
    rows = "".join(f'<tr class="topic-list-item"><td class="main-link"><a href="/t/{s}/{tid}" class="title raw-link raw-topic-link">{escape(t)}</a>'
                   f'<div class="link-bottom-line"><span class="category-name">{escape(c)}</span></div></td><td class="replies"><span class="posts">{r}</span></td></tr>'
                   for s, tid, t, c, r in items)
    return f'<div class="topic-list"><table><thead><tr><th>Sujet</th><th>Réponses</th></tr></thead><tbody>{rows}</tbody></table></div>'


def discourse_topic(posts):
    return "".join(f'<div id="post_{i + 1}" itemprop="comment" class="topic-body crawler-post"><div class="crawler-post-meta"><span class="creator" itemprop="author">'
                   f'<span itemprop="name">{escape(a)}</span></span><time class="post-time">{d}</time><span itemprop="position">#{i + 1}</span></div>'
                   f'<div class="post" itemprop="text"><p>{escape(t)}</p></div></div>' for i, (a, d, t) in enumerate(posts))
