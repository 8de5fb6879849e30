"""Markup helpers of the forty-seventh holdout part (remparts): suburban communes of Île-de-France on vendor
CMSs, WordPress and Drupal. Blocks are written after the markup those products emit (class names, field names,
routes), in this part's own words."""
from html import escape

from .markup import prose  # the same blocks as the first part's


def h2(text):
    return f"<h2>{text}</h2>"


def bullets(*items):
    return "<ul>" + "".join(f"<li>{i}</li>" for i in items) + "</ul>"


def links(items, cls="liste-liens"):
    return f'<ul class="{cls}">' + "".join(f'<li><a href="{escape(h)}">{escape(t)}</a></li>' for h, t in items) + "</ul>"


def cookie_banner():
    return ('<div id="tarteaucitronRoot" class="tarteaucitronBeforeVisible"><div id="tarteaucitronAlertBig" role="dialog" '
            'aria-labelledby="tac_title"><span id="tarteaucitronDisclaimerAlert">Ce site utilise des cookies de mesure '
            "d'audience. Vous pouvez les accepter ou les refuser.</span>"
            '<button type="button" class="tarteaucitronAllow" id="tarteaucitronPersonalize2">Tout accepter</button>'
            '<button type="button" class="tarteaucitronDeny" id="tarteaucitronAllDenied2">Tout refuser</button></div></div>')


def wp_cookie_notice():
    return ('<div id="cookie-notice" role="dialog" class="cookie-notice-hidden cookie-revoke-hidden cn-position-bottom" '
            'aria-label="Cookie Notice"><div class="cookie-notice-container"><span id="cn-notice-text" class="cn-text-container">'
            "Nous utilisons des cookies pour mesurer la fréquentation du site.</span>"
            '<span id="cn-notice-buttons" class="cn-buttons-container"><a href="#" id="cn-accept-cookie" data-cookie-set="accept" '
            'class="cn-set-cookie cn-button">J\'accepte</a><a href="#" id="cn-refuse-cookie" data-cookie-set="refuse" '
            'class="cn-set-cookie cn-button">Je refuse</a></span></div></div>')


def quick_access(items, title="Accès rapides"):
    tiles = "".join(f'<li class="quick-access__item"><a class="quick-access__link" href="{escape(h)}">'
                    f'<span class="quick-access__icon" aria-hidden="true"></span>{escape(t)}</a></li>' for h, t in items)
    return f'<section class="quick-access"><h2 class="quick-access__title">{title}</h2><ul class="quick-access__list">{tiles}</ul></section>'


def news_teasers(items, title="Actualités"):
    cards = "".join(f'<article class="news-card"><p class="news-card__date">{escape(d)}</p><h3 class="news-card__title">'
                    f'<a href="{escape(h)}">{escape(t)}</a></h3><p class="news-card__teaser">{escape(s)}</p></article>'
                    for h, t, d, s in items)
    return f'<section class="news-list"><h2>{title}</h2><div class="news-list__grid">{cards}</div></section>'


def agenda(items, title="Agenda"):
    rows = "".join(f'<li class="agenda-item"><time class="agenda-item__date">{escape(d)}</time> '
                   f'<a href="{escape(h)}">{escape(t)}</a> <span class="agenda-item__place">{escape(p)}</span></li>'
                   for h, t, d, p in items)
    return f'<section class="agenda"><h2>{title}</h2><ul class="agenda-list">{rows}</ul></section>'


def with_sidebar(main, aside):
    return f'<div class="layout-2col"><div class="layout-2col__main">{main}</div><aside class="sidebar" role="complementary">{aside}</aside></div>'


def share(url, title):
    from urllib.parse import quote
    u, t = quote(url, safe=""), quote(title, safe="")
    return ('<div class="share-tools"><p class="share-tools__title">Partager cette page</p><ul>'
            f'<li><a class="share-facebook" href="https://www.facebook.com/sharer/sharer.php?u={u}" target="_blank" rel="noopener">Facebook</a></li>'
            f'<li><a class="share-x" href="https://twitter.com/intent/tweet?url={u}&amp;text={t}" target="_blank" rel="noopener">X</a></li>'
            f'<li><a class="share-linkedin" href="https://www.linkedin.com/shareArticle?mini=true&amp;url={u}" target="_blank" rel="noopener">LinkedIn</a></li>'
            f'<li><a class="share-mail" href="mailto:?subject={t}&amp;body={u}">Courriel</a></li></ul></div>')


# --- forms that are NOT contact forms ---------------------------------------------------------------------------

def newsletter(action="/newsletter/inscription"):
    return (f'<form class="newsletter-form" action="{action}" method="post"><fieldset><legend>Recevez la lettre d\'information</legend>'
            '<label for="nl-email">Votre adresse électronique</label><input type="email" id="nl-email" name="newsletter[email]" required>'
            '<input type="checkbox" id="nl-rgpd" name="newsletter[consent]" value="1"><label for="nl-rgpd">J\'accepte de recevoir la lettre</label>'
            '<button type="submit">S\'abonner</button></fieldset></form>')


def booking(action, what):
    return (f'<form class="form-reservation" action="{action}" method="post"><h2>Réserver : {escape(what)}</h2>'
            '<label for="res-date">Date souhaitée</label><input type="date" id="res-date" name="reservation[date]">'
            '<label for="res-creneau">Créneau</label><select id="res-creneau" name="reservation[creneau]"><option>Matin</option>'
            '<option>Après-midi</option><option>Soirée</option></select>'
            '<label for="res-nb">Nombre de personnes</label><input type="number" id="res-nb" name="reservation[personnes]" min="1">'
            '<label for="res-email">Courriel</label><input type="email" id="res-email" name="reservation[email]">'
            '<button type="submit">Vérifier la disponibilité</button></form>')


def payment(action):
    return (f'<form class="paiement-facture" action="{action}" method="post"><h2>Payer une facture</h2>'
            '<label for="pay-ref">Référence de la facture</label><input type="text" id="pay-ref" name="reference" pattern="[0-9A-Z-]+">'
            '<label for="pay-montant">Montant (€)</label><input type="text" id="pay-montant" name="montant" inputmode="decimal">'
            '<label for="pay-mail">Courriel pour le reçu</label><input type="email" id="pay-mail" name="email">'
            '<button type="submit">Payer par carte bancaire</button></form>')


def registration(action, activity):
    return (f'<form class="inscription-activite" action="{action}" method="post"><h2>Inscription : {escape(activity)}</h2>'
            '<label for="ins-nom">Nom de l\'enfant</label><input type="text" id="ins-nom" name="enfant_nom">'
            '<label for="ins-prenom">Prénom</label><input type="text" id="ins-prenom" name="enfant_prenom">'
            '<label for="ins-naiss">Date de naissance</label><input type="date" id="ins-naiss" name="enfant_naissance">'
            '<label for="ins-resp">Responsable légal (courriel)</label><input type="email" id="ins-resp" name="responsable_email">'
            '<button type="submit">Valider l\'inscription</button></form>')


def login(action):
    return (f'<form class="form-login" action="{action}" method="post"><h2>Espace citoyen</h2>'
            '<label for="lg-mail">Identifiant</label><input type="email" id="lg-mail" name="login">'
            '<label for="lg-pw">Mot de passe</label><input type="password" id="lg-pw" name="password">'
            '<a href="#" class="forgot">Mot de passe oublié ?</a><button type="submit">Connexion</button></form>')


# --- contact forms ----------------------------------------------------------------------------------------------

def vendor_contact(action, subjects):
    opts = "".join(f"<option>{escape(s)}</option>" for s in subjects)
    return (f'<form class="form form--contact" action="{action}" method="post" novalidate><p class="form__mandatory">'
            'Les champs marqués d\'un astérisque (*) sont obligatoires.</p>'
            '<div class="form__field"><label for="ct-civ">Civilité</label><select id="ct-civ" name="contact[civilite]"><option>Madame</option><option>Monsieur</option></select></div>'
            '<div class="form__field"><label for="ct-nom">Nom *</label><input id="ct-nom" name="contact[nom]" type="text" required autocomplete="family-name"></div>'
            '<div class="form__field"><label for="ct-mail">Courriel *</label><input id="ct-mail" name="contact[email]" type="email" required autocomplete="email"></div>'
            f'<div class="form__field"><label for="ct-objet">Objet de votre demande *</label><select id="ct-objet" name="contact[objet]">{opts}</select></div>'
            '<div class="form__field"><label for="ct-msg">Votre message *</label><textarea id="ct-msg" name="contact[message]" rows="8" required></textarea></div>'
            '<div class="form__field form__field--rgpd"><input type="checkbox" id="ct-rgpd" name="contact[rgpd]" required>'
            '<label for="ct-rgpd">J\'accepte que mes données soient utilisées pour traiter ma demande.</label></div>'
            '<div class="form__submit"><button type="submit" class="btn btn--primary">Envoyer</button></div></form>')


def cf7(form_id, path, extra=""):
    return (f'<div class="wpcf7 no-js" id="wpcf7-f{form_id}-o1" lang="fr-FR" dir="ltr"><div class="screen-reader-response"><p role="status" aria-live="polite" aria-atomic="true"></p></div>'
            f'<form action="{path}#wpcf7-f{form_id}-o1" method="post" class="wpcf7-form init" aria-label="Formulaire de contact" novalidate="novalidate" data-status="init">'
            f'<div style="display: none;"><input type="hidden" name="_wpcf7" value="{form_id}" /><input type="hidden" name="_wpcf7_version" value="5.9.3" />'
            f'<input type="hidden" name="_wpcf7_locale" value="fr_FR" /><input type="hidden" name="_wpcf7_unit_tag" value="wpcf7-f{form_id}-o1" /></div>'
            '<p><label> Nom et prénom<br /><span class="wpcf7-form-control-wrap" data-name="your-name"><input size="40" class="wpcf7-form-control wpcf7-text wpcf7-validates-as-required" aria-required="true" value="" type="text" name="your-name" /></span></label></p>'
            '<p><label> Adresse e-mail<br /><span class="wpcf7-form-control-wrap" data-name="your-email"><input size="40" class="wpcf7-form-control wpcf7-email wpcf7-validates-as-required wpcf7-text wpcf7-validates-as-email" aria-required="true" value="" type="email" name="your-email" /></span></label></p>'
            f'{extra}'
            '<p><label> Objet<br /><span class="wpcf7-form-control-wrap" data-name="your-subject"><input size="40" class="wpcf7-form-control wpcf7-text" value="" type="text" name="your-subject" /></span></label></p>'
            '<p><label> Votre message<br /><span class="wpcf7-form-control-wrap" data-name="your-message"><textarea cols="40" rows="10" class="wpcf7-form-control wpcf7-textarea" name="your-message"></textarea></span></label></p>'
            '<p><input class="wpcf7-form-control wpcf7-submit has-spinner" type="submit" value="Envoyer" /></p>'
            '<div class="wpcf7-response-output" aria-hidden="true"></div></form></div>')


def webform(form_id, path, fields, submit="Envoyer"):
    """Drupal Webform: fields are (key, label, kind) with kind text/email/textarea/radios:a|b|c/checkboxes:a|b."""
    out = []
    for key, label, kind in fields:
        sel = f"edit-{key.replace('_', '-')}"
        if kind == "textarea":
            out.append(f'<div class="js-form-item form-item js-form-type-textarea form-type-textarea js-form-item-{key} form-item-{key}">'
                       f'<label for="{sel}">{escape(label)}</label><div class="form-textarea-wrapper"><textarea data-drupal-selector="{sel}" '
                       f'id="{sel}" name="{key}" rows="5" cols="60" class="form-textarea resize-vertical"></textarea></div></div>')
        elif kind.startswith(("radios:", "checkboxes:")):
            typ, _, options = kind.partition(":")
            itype = "radio" if typ == "radios" else "checkbox"
            opts = "".join(f'<div class="js-form-item form-item js-form-type-{itype} form-type-{itype}"><input data-drupal-selector="{sel}-{i}" '
                           f'type="{itype}" id="{sel}-{i}" name="{key}{"" if itype == "radio" else f"[{i}]"}" value="{escape(o)}" class="form-{itype}">'
                           f'<label for="{sel}-{i}" class="option">{escape(o)}</label></div>' for i, o in enumerate(options.split("|")))
            out.append(f'<fieldset data-drupal-selector="{sel}" id="{sel}--wrapper" class="{typ}--wrapper fieldgroup form-composite webform-composite-visible-title js-webform-type-{typ[:-1]} webform-type-{typ[:-1]} js-form-item form-item js-form-wrapper form-wrapper">'
                       f'<legend><span class="fieldset-legend">{escape(label)}</span></legend><div class="fieldset-wrapper"><div id="{sel}" class="js-webform-{typ} webform-options-display-one-column form-{typ}">{opts}</div></div></fieldset>')
        else:
            out.append(f'<div class="js-form-item form-item js-form-type-{kind} form-type-{kind} js-form-item-{key} form-item-{key}">'
                       f'<label for="{sel}">{escape(label)}</label><input data-drupal-selector="{sel}" type="{kind}" id="{sel}" name="{key}" value="" size="60" maxlength="255" class="form-{kind}"></div>')
    return (f'<form class="webform-submission-form webform-submission-add-form webform-submission-{form_id}-form js-webform-details-toggle webform-details-toggle" '
            f'data-drupal-selector="webform-submission-{form_id}-add-form" action="{path}" method="post" id="webform-submission-{form_id}-add-form" accept-charset="UTF-8">'
            + "".join(out) +
            f'<input autocomplete="off" data-drupal-selector="form-x" type="hidden" name="form_build_id" value="form-{form_id}-9f3k2">'
            f'<input data-drupal-selector="edit-webform-submission-{form_id}-add-form" type="hidden" name="form_id" value="webform_submission_{form_id}_add_form">'
            f'<div data-drupal-selector="edit-actions" class="form-actions webform-actions js-form-wrapper form-wrapper" id="edit-actions">'
            f'<input class="webform-button--submit button button--primary js-form-submit form-submit" data-drupal-selector="edit-actions-submit" type="submit" id="edit-actions-submit" name="op" value="{escape(submit)}"></div></form>')


def publik_form(slug, title, fields, submit="Valider"):
    """A w.c.s. form as Publik renders it; fields are (id, label, kind) with kind string/email/text/item:a|b."""
    out = []
    for fid, label, kind in fields:
        if kind == "text":
            widget = f'<textarea name="f{fid}" id="form_f{fid}" rows="6" cols="70"></textarea>'
            cls = "TextWidget"
        elif kind.startswith("item:"):
            widget = f'<select name="f{fid}" id="form_f{fid}">' + "".join(f"<option>{escape(o)}</option>" for o in kind[5:].split("|")) + "</select>"
            cls = "SingleSelectWidget"
        else:
            widget = f'<input type="{"email" if kind == "email" else "text"}" name="f{fid}" id="form_f{fid}" value="">'
            cls = "EmailWidget" if kind == "email" else "StringWidget"
        out.append(f'<div class="widget {cls} template-form-field" id="var_f{fid}"><div class="title"><label for="form_f{fid}">{escape(label)}</label></div>'
                   f'<div class="content">{widget}</div></div>')
    return (f'<div id="wcs-form-{slug}" class="wcs-form"><form action="/{slug}/" method="post" enctype="multipart/form-data" class="quixote" novalidate="novalidate">'
            f'<input type="hidden" name="magictoken" value="a8d1c3e5f7"><div class="page-title"><h2>{escape(title)}</h2></div>'
            + "".join(out) +
            f'<div class="buttons submit"><div class="form-submit"><button name="submit" value="{escape(submit)}">{escape(submit)}</button></div></div></form></div>')


# --- expression ---------------------------------------------------------------------------------------------------

def yop_poll(pid, question, answers):
    """A YOP Poll widget as WordPress sidebars show it."""
    opts = "".join(f'<li class="basic-answer"><div class="basic-answer-content basic-text-vertical"><label for="answer[{pid}][{i}]" class="basic-label">'
                   f'<input type="radio" id="answer[{pid}][{i}]" name="answer[{pid}]" value="{i}" class="basic-input">'
                   f'<span class="basic-text">{escape(a)}</span></label></div></li>' for i, a in enumerate(answers, 1))
    return (f'<section class="widget widget_yop_poll"><h2 class="widget-title">Votre avis</h2>'
            f'<div class="bootstrap-yop yop-poll-mc"><div class="basic-yop-poll-container" data-id="{pid}" data-temp="basic" data-skin="square" data-cscheme="blue" data-uid="{pid}a3c">'
            f'<form class="basic-form" action="/wp-admin/admin-ajax.php" method="post"><input type="hidden" name="_token" value="c0a9e1{pid}" autocomplete="off">'
            f'<div class="basic-elements"><div class="basic-element basic-question basic-question-text-vertical" data-id="{pid}" data-uid="q{pid}" data-type="question">'
            f'<div class="basic-question-title"><h5>{escape(question)}</h5></div><ul class="basic-answers">{opts}</ul></div></div>'
            '<div class="basic-vote"><a href="#" class="button basic-vote-button">Voter</a></div></form></div></div></section>')


def poll_results(question, rows, note):
    bars = "".join(f'<li class="poll-result"><span class="poll-result__label">{escape(a)}</span> '
                   f'<span class="poll-result__bar" style="width:{p}%"></span> <span class="poll-result__value">{p} % ({n} votes)</span></li>'
                   for a, p, n in rows)
    return f'<div class="poll poll--closed"><h3>{escape(question)}</h3><ul class="poll-results">{bars}</ul><p class="poll__status">{escape(note)}</p></div>'


def drupal_poll(nid, question, choices):
    """The Drupal poll module's vote form."""
    opts = "".join(f'<div class="js-form-item form-item js-form-type-radio form-type-radio js-form-item-choice form-item-choice">'
                   f'<input data-drupal-selector="edit-choice-{i}" type="radio" id="edit-choice-{i}" name="choice" value="{i}" class="form-radio">'
                   f'<label for="edit-choice-{i}" class="option">{escape(c)}</label></div>' for i, c in enumerate(choices, 1))
    return (f'<div class="poll" id="poll-view-form-{nid}"><form class="poll-view-form poll-view-form-{nid}" data-drupal-selector="poll-view-form-{nid}" '
            f'action="/poll/{nid}" method="post" id="poll-view-form-{nid}" accept-charset="UTF-8"><h3 class="poll-question">{escape(question)}</h3>'
            f'<fieldset class="js-form-item form-item js-form-wrapper form-wrapper"><div id="edit-choice" class="form-radios">{opts}</div></fieldset>'
            f'<input type="hidden" name="form_id" value="poll_view_form_{nid}"><div class="form-actions"><input type="submit" name="op" value="Voter" class="button js-form-submit form-submit"></div></form></div>')


def wp_comments(items, post_id, open_form=True):
    lis = "".join(f'<li id="comment-{post_id}{i}" class="comment even thread-even depth-1"><article class="comment-body">'
                  f'<footer class="comment-meta"><div class="comment-author vcard"><b class="fn">{escape(a)}</b> <span class="says">dit :</span></div>'
                  f'<div class="comment-metadata"><time>{escape(d)}</time></div></footer><div class="comment-content"><p>{escape(t)}</p></div>'
                  f'<div class="reply"><a rel="nofollow" class="comment-reply-link" href="#comment-{post_id}{i}">Répondre</a></div></article></li>'
                  for i, (a, d, t) in enumerate(items, 1))
    form = ""
    if open_form:
        form = ('<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Laisser un commentaire</h3>'
                '<form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate>'
                '<p class="comment-notes">Votre adresse e-mail ne sera pas publiée.</p>'
                '<p class="comment-form-comment"><label for="comment">Commentaire</label><textarea id="comment" name="comment" cols="45" rows="6" required></textarea></p>'
                '<p class="comment-form-author"><label for="author">Nom</label><input id="author" name="author" type="text" size="30"></p>'
                '<p class="comment-form-email"><label for="email">E-mail</label><input id="email" name="email" type="email" size="30"></p>'
                f'<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Publier le commentaire"><input type="hidden" name="comment_post_ID" value="{post_id}" id="comment_post_ID"><input type="hidden" name="comment_parent" id="comment_parent" value="0"></p></form></div>')
    else:
        form = '<p class="no-comments">Les commentaires sont fermés.</p>'
    ol = f'<h2 class="comments-title">{len(items)} réponses</h2><ol class="comment-list">{lis}</ol>' if items else ""
    return f'<div id="comments" class="comments-area">{ol}{form}</div>'


def drupal_comments(nid, items):
    arts = "".join(f'<article data-comment-user-id="0" id="comment-{nid}{i}" class="comment js-comment by-anonymous"><span class="hidden" data-comment-timestamp="17{nid}{i}"></span>'
                   f'<footer class="comment__meta"><p class="comment__submitted">Soumis par {escape(a)} le {escape(d)}</p></footer>'
                   f'<div class="comment__content"><div class="field field--name-comment-body field--type-text-long"><p>{escape(t)}</p></div></div></article>'
                   for i, (a, d, t) in enumerate(items, 1))
    return (f'<section class="field field--name-comment field--type-comment field--label-above comment-wrapper"><h2 class="title">Commentaires</h2>{arts}'
            '<h2 class="title comment-form__title">Ajouter un commentaire</h2>'
            f'<form class="comment-comment-form comment-form" data-drupal-selector="comment-form" action="/comment/reply/node/{nid}/comment" method="post" id="comment-form" accept-charset="UTF-8">'
            '<div class="js-form-item form-item js-form-type-textfield form-item-name"><label for="edit-name">Votre nom</label><input type="text" id="edit-name" name="name" class="form-text"></div>'
            '<div class="js-form-item form-item form-item-comment-body-0-value"><label for="edit-comment-body-0-value" class="js-form-required form-required">Commentaire</label>'
            '<textarea id="edit-comment-body-0-value" name="comment_body[0][value]" rows="5" class="form-textarea required"></textarea></div>'
            '<input type="hidden" name="form_id" value="comment_comment_form"><div class="form-actions"><input type="submit" id="edit-submit" name="op" value="Enregistrer" class="button button--primary js-form-submit form-submit"></div></form></section>')


def petition_form(action, title, count, threshold):
    return (f'<section class="petition"><h2>{escape(title)}</h2><p class="petition__counter"><strong>{count}</strong> signatures sur {threshold} nécessaires</p>'
            f'<div class="petition__progress" role="progressbar" aria-valuenow="{count}" aria-valuemax="{threshold}"></div>'
            f'<form class="petition__sign" action="{action}" method="post"><label for="pt-nom">Nom et prénom</label><input id="pt-nom" name="signature[nom]" type="text">'
            '<label for="pt-mail">Courriel</label><input id="pt-mail" name="signature[email]" type="email">'
            '<label for="pt-cp">Code postal</label><input id="pt-cp" name="signature[code_postal]" type="text" maxlength="5">'
            '<input type="checkbox" id="pt-public" name="signature[public]"><label for="pt-public">Afficher mon nom parmi les signataires</label>'
            '<button type="submit">Je signe</button></form></section>')


def phpbb_topics(rows):
    lis = "".join(f'<li class="row bg{1 + i % 2}"><dl class="row-item topic_read"><dt title="Aucun message non lu"><div class="list-inner">'
                  f'<a href="{escape(h)}" class="topictitle">{escape(t)}</a><div class="topic-poster responsive-hide left-box">par <span class="username">{escape(a)}</span></div></div></dt>'
                  f'<dd class="posts">{n} <dfn>Réponses</dfn></dd><dd class="views">{n * 23} <dfn>Vues</dfn></dd></dl></li>'
                  for i, (h, t, a, n) in enumerate(rows))
    return (f'<div class="forumbg"><div class="inner"><ul class="topiclist"><li class="header"><dl class="row-item"><dt><div class="list-inner">Sujets</div></dt>'
            f'<dd class="posts">Réponses</dd><dd class="views">Vues</dd></dl></li></ul><ul class="topiclist topics">{lis}</ul></div></div>')


def phpbb_posts(posts, topic_id, forum_id):
    arts = "".join(f'<div id="p{topic_id}{i}" class="post has-profile bg{1 + i % 2}"><div class="inner"><dl class="postprofile"><dt><a class="username">{escape(a)}</a></dt></dl>'
                   f'<div class="postbody"><p class="author"><span class="responsive-hide">par <strong>{escape(a)}</strong> » </span>{escape(d)}</p>'
                   f'<div class="content">{escape(t)}</div></div></div></div>' for i, (a, d, t) in enumerate(posts, 1))
    return (f'<div class="action-bar bar-top"><a href="/ucp.php?mode=login" class="button" title="Répondre" data-forum="{forum_id}">'
            f'<span>Répondre</span></a></div>{arts}')
