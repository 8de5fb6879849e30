"""Markup helpers of the "talus" holdout part: the blocks that municipal CMSs, their plugins and
participation platforms put inside a page (forms, polls, comments, proposals, furniture)."""
from html import escape
from urllib.parse import quote


def prose(*paras):
    return "".join(f"<p>{p}</p>" for p in paras)


def h2(text):
    return f"<h2>{text}</h2>"


def links(items, cls="liste-liens"):
    return f'<ul class="{cls}">' + "".join(f'<li><a href="{escape(h)}">{t}</a></li>' for h, t in items) + "</ul>"


# ---- furniture ---------------------------------------------------------------------------------

def cookie_banner(style="tarteaucitron"):
    if style == "tarteaucitron":
        return ('<div id="tarteaucitronRoot" class="tarteaucitronBeforeVisible"><div id="tarteaucitronAlertBig" '
                'role="dialog"><span id="tarteaucitronDisclaimerAlert">Ce site utilise des cookies et vous donne '
                'le contrôle sur ceux que vous souhaitez activer.</span><button type="button" '
                'class="tarteaucitronCTAButton tarteaucitronAllow" id="tarteaucitronPersonalize2">Tout accepter'
                '</button><button type="button" class="tarteaucitronCTAButton tarteaucitronDeny" '
                'id="tarteaucitronAllDenied2">Tout refuser</button></div></div>')
    if style == "axeptio":
        return ('<div id="axeptio_overlay" class="axeptio_mount" aria-live="polite"><div class="axeptio-widget">'
                '<p>Nous utilisons des traceurs de mesure d\'audience. Vous pouvez changer d\'avis à tout moment.</p>'
                '<button class="ButtonGroup__BtnStyle" data-choice="refuse">Non merci</button>'
                '<button class="ButtonGroup__BtnStyle" data-choice="accept">OK pour moi</button></div></div>')
    return ('<div class="cookie-consent" id="cookie-consent" role="region" aria-label="Cookies"><p>En poursuivant '
            'votre navigation, vous acceptez le dépôt de cookies de mesure d\'audience.</p>'
            '<button class="cookie-consent__accept">J\'accepte</button> <button class="cookie-consent__params">'
            'Paramétrer</button></div>')


def news(items, title="Actualités"):
    """items: (href, title, date, teaser)"""
    cards = "".join(f'<article class="news-card"><p class="news-card__date"><time>{d}</time></p>'
                    f'<h3 class="news-card__title"><a href="{escape(h)}">{t}</a></h3><p>{s}</p></article>'
                    for h, t, d, s in items)
    return f'<section class="bloc-actus"><h2>{title}</h2><div class="news-list">{cards}</div></section>'


def agenda(items, title="Agenda"):
    """items: (day, month, title, place)"""
    rows = "".join(f'<li class="event"><span class="event__date"><b>{d}</b> {m}</span>'
                   f'<span class="event__title">{t}</span> <span class="event__place">{p}</span></li>'
                   for d, m, t, p in items)
    return f'<section class="bloc-agenda"><h2>{title}</h2><ul class="events">{rows}</ul></section>'


def quick_links(items, title="Accès rapides"):
    tiles = "".join(f'<li class="quick-link"><a href="{escape(h)}"><span class="icon" aria-hidden="true"></span>{t}</a></li>'
                    for h, t in items)
    return f'<nav class="acces-rapides" aria-label="{title}"><h2>{title}</h2><ul>{tiles}</ul></nav>'


def with_aside(main, aside, cls="sidebar"):
    return (f'<div class="layout-2col"><div class="layout-2col__main">{main}</div>'
            f'<aside class="{cls}" role="complementary">{aside}</aside></div>')


def aside_block(title, html):
    return f'<section class="widget"><h2 class="widget-title">{title}</h2>{html}</section>'


def share_buttons(url, title=""):
    u = quote(url, safe="")
    return ('<div class="share-buttons"><span>Partager :</span>'
            f'<a class="share share--facebook" href="https://www.facebook.com/sharer/sharer.php?u={u}" target="_blank" rel="noopener">Facebook</a>'
            f'<a class="share share--x" href="https://twitter.com/intent/tweet?url={u}&amp;text={quote(title)}" target="_blank" rel="noopener">X</a>'
            f'<a class="share share--linkedin" href="https://www.linkedin.com/shareArticle?mini=true&amp;url={u}" target="_blank" rel="noopener">LinkedIn</a>'
            f'<a class="share share--mail" href="mailto:?subject={quote(title)}&amp;body={u}">Courriel</a></div>')


def newsletter(action, provider="sendinblue"):
    if provider == "sendinblue":
        return (f'<div class="sib-form"><form id="sib-form" method="POST" action="{action}" class="sib-form-block">'
                '<h3>Lettre d\'information</h3><label for="EMAIL">Votre adresse e-mail</label>'
                '<input class="input" type="text" id="EMAIL" name="EMAIL" autocomplete="off" placeholder="EMAIL" required>'
                '<input type="checkbox" name="OPT_IN" value="1" id="OPT_IN"><label for="OPT_IN">J\'accepte de recevoir la lettre</label>'
                '<input type="hidden" name="locale" value="fr"><button class="sib-form-block__button" type="submit">S\'inscrire</button>'
                '</form></div>')
    return (f'<form class="newsletter-form" method="post" action="{action}"><label for="nl-mail">Recevez la lettre '
            'municipale chaque mois</label><input type="email" id="nl-mail" name="newsletter[email]" required>'
            '<button type="submit">Je m\'abonne</button></form>')


# ---- contact forms -----------------------------------------------------------------------------

def cf7_contact(action, form_id=211, extra=""):
    return (f'<div class="wpcf7 no-js" id="wpcf7-f{form_id}-o1" lang="fr-FR" dir="ltr">'
            f'<form action="{action}#wpcf7-f{form_id}-o1" method="post" class="wpcf7-form init" novalidate="novalidate" data-status="init">'
            f'<div style="display: none;"><input type="hidden" name="_wpcf7" value="{form_id}" /><input type="hidden" name="_wpcf7_version" value="5.9.3" />'
            f'<input type="hidden" name="_wpcf7_unit_tag" value="wpcf7-f{form_id}-o1" /></div>'
            '<p><label> Votre nom<br /><span class="wpcf7-form-control-wrap" data-name="your-name"><input size="40" class="wpcf7-form-control wpcf7-text wpcf7-validates-as-required" aria-required="true" value="" type="text" name="your-name" /></span></label></p>'
            '<p><label> Votre e-mail<br /><span class="wpcf7-form-control-wrap" data-name="your-email"><input size="40" class="wpcf7-form-control wpcf7-email wpcf7-validates-as-required" value="" type="email" name="your-email" /></span></label></p>'
            f'{extra}'
            '<p><label> Objet<br /><span class="wpcf7-form-control-wrap" data-name="your-subject"><input size="40" class="wpcf7-form-control wpcf7-text" value="" type="text" name="your-subject" /></span></label></p>'
            '<p><label> Votre message<br /><span class="wpcf7-form-control-wrap" data-name="your-message"><textarea cols="40" rows="10" class="wpcf7-form-control wpcf7-textarea" name="your-message"></textarea></span></label></p>'
            '<p><input class="wpcf7-form-control wpcf7-submit has-spinner" type="submit" value="Envoyer" /></p>'
            '<div class="wpcf7-response-output" aria-hidden="true"></div></form></div>')


def webform(action, form_id, fields, submit="Envoyer"):
    """Drupal Webform. fields: (key, label, kind) with kind text/email/textarea/select:a|b/radios:a|b."""
    out = []
    for key, label, kind in fields:
        sel = f"edit-{key.replace('_', '-')}"
        if kind == "textarea":
            ctl = f'<textarea data-drupal-selector="{sel}" id="{sel}" name="{key}" rows="5" cols="60" class="form-textarea"></textarea>'
        elif kind.startswith("select:"):
            opts = "".join(f"<option>{o}</option>" for o in kind[7:].split("|"))
            ctl = f'<select data-drupal-selector="{sel}" id="{sel}" name="{key}" class="form-select">{opts}</select>'
        elif kind.startswith("radios:"):
            ctl = "".join(f'<div class="js-form-item form-item js-form-type-radio"><input type="radio" id="{sel}-{i}" name="{key}" value="{i}" class="form-radio">'
                          f'<label for="{sel}-{i}" class="option">{o}</label></div>' for i, o in enumerate(kind[7:].split("|")))
            out.append(f'<fieldset class="radios--wrapper fieldgroup form-composite webform-type-radios"><legend><span class="fieldset-legend">{label}</span></legend>{ctl}</fieldset>')
            continue
        else:
            ctl = f'<input data-drupal-selector="{sel}" type="{kind}" id="{sel}" name="{key}" value="" size="60" class="form-{kind}">'
        out.append(f'<div class="js-form-item form-item js-form-type-{kind.split(":")[0]} form-item-{key}"><label for="{sel}">{label}</label>{ctl}</div>')
    return (f'<form class="webform-submission-form webform-submission-add-form webform-submission-{form_id}-form js-webform-details-toggle" '
            f'data-drupal-selector="webform-submission-{form_id}-add-form" action="{action}" method="post" id="webform-submission-{form_id}-add-form" accept-charset="UTF-8">'
            + "".join(out) +
            f'<input autocomplete="off" data-drupal-selector="form-x" type="hidden" name="form_build_id" value="form-{form_id}-9f3a">'
            f'<input data-drupal-selector="edit-webform-submission-{form_id}-add-form" type="hidden" name="form_id" value="webform_submission_{form_id}_add_form">'
            f'<div data-drupal-selector="edit-actions" class="form-actions webform-actions js-form-wrapper form-wrapper" id="edit-actions">'
            f'<input class="webform-button--submit button button--primary js-form-submit form-submit" data-drupal-selector="edit-actions-submit" type="submit" id="edit-actions-submit" name="op" value="{submit}"></div></form>')


def powermail(action, form_uid, fields, submit="Envoyer"):
    """TYPO3 powermail. fields: (marker, label, kind) kind input/textarea/radio:a|b/select:a|b."""
    out = []
    for marker, label, kind in fields:
        name = f"tx_powermail_pi1[field][{marker}]"
        fid = f"powermail_field_{marker}"
        if kind == "textarea":
            ctl = f'<textarea rows="5" cols="20" class="powermail_textarea form-control" id="{fid}" name="{name}"></textarea>'
        elif kind.startswith("radio:"):
            ctl = "".join(f'<div class="radio"><label><input type="radio" name="{name}" value="{o}" class="powermail_radio" id="{fid}_{i}">{o}</label></div>'
                          for i, o in enumerate(kind[6:].split("|")))
        elif kind.startswith("select:"):
            ctl = f'<select class="powermail_select form-control" id="{fid}" name="{name}">' + "".join(f"<option>{o}</option>" for o in kind[7:].split("|")) + "</select>"
        else:
            ctl = f'<input class="powermail_input form-control" id="{fid}" type="{kind if kind != "input" else "text"}" name="{name}" value="">'
        out.append(f'<div class="powermail_fieldwrap powermail_fieldwrap_type_{kind.split(":")[0]} powermail_fieldwrap_{marker} form-group">'
                   f'<label for="{fid}" class="control-label">{label}</label>{ctl}</div>')
    return (f'<div class="tx-powermail"><div class="container-fluid"><form data-powermail-validate="data-powermail-validate" '
            f'action="{action}?tx_powermail_pi1%5Baction%5D=create&amp;tx_powermail_pi1%5Bcontroller%5D=Form" method="post" '
            f'class="powermail_form powermail_form_{form_uid} nolabel" enctype="multipart/form-data">'
            f'<input type="hidden" name="tx_powermail_pi1[mail][form]" value="{form_uid}" />'
            f'<fieldset class="powermail_fieldset powermail_fieldset_{form_uid}">' + "".join(out) +
            f'<div class="powermail_fieldwrap powermail_fieldwrap_type_submit"><input type="submit" value="{submit}" class="btn btn-primary powermail_submit" /></div>'
            '</fieldset></form></div></div>')


def vendor_form(action, fields, submit="Envoyer", cls="formulaire-contact"):
    """A vendor CMS's form builder. fields: (name, label, kind)."""
    out = []
    for name, label, kind in fields:
        if kind == "textarea":
            ctl = f'<textarea name="{name}" id="f-{name}" rows="6" required></textarea>'
        elif kind.startswith("radio:"):
            ctl = "".join(f'<label class="choix"><input type="radio" name="{name}" value="{i}"> {o}</label>'
                          for i, o in enumerate(kind[6:].split("|")))
        elif kind.startswith("select:"):
            ctl = f'<select name="{name}" id="f-{name}">' + "".join(f"<option>{o}</option>" for o in kind[7:].split("|")) + "</select>"
        else:
            ctl = f'<input type="{kind}" name="{name}" id="f-{name}">'
        out.append(f'<div class="form-field form-field--{kind.split(":")[0]}"><label for="f-{name}">{label}</label>{ctl}</div>')
    return (f'<form class="{cls}" method="post" action="{action}" novalidate>' + "".join(out) +
            '<input type="hidden" name="csrf_token" value="a8d1f0c2e7"><div class="form-field rgpd"><input type="checkbox" name="rgpd" id="f-rgpd" required>'
            '<label for="f-rgpd">J\'accepte que mes données soient traitées pour répondre à ma demande.</label></div>'
            f'<button type="submit" class="btn btn--primary">{submit}</button></form>')


def joomla_contact(action):
    return (f'<form id="contact-form" action="{action}" method="post" class="com-contact__form form-validate">'
            '<fieldset><legend>Envoyer un e-mail</legend>'
            '<div class="control-group field-spacer"><label id="jform_contact_name-lbl" for="jform_contact_name" class="required">Nom</label>'
            '<input type="text" name="jform[contact_name]" id="jform_contact_name" class="form-control required" required></div>'
            '<div class="control-group"><label for="jform_contact_email">E-mail</label><input type="email" name="jform[contact_email]" id="jform_contact_email" class="form-control validate-email required" required></div>'
            '<div class="control-group"><label for="jform_contact_emailmsg">Sujet</label><input type="text" name="jform[contact_subject]" id="jform_contact_emailmsg" class="form-control required"></div>'
            '<div class="control-group"><label for="jform_contact_message">Message</label><textarea name="jform[contact_message]" id="jform_contact_message" cols="50" rows="10" class="form-control required"></textarea></div>'
            '</fieldset><div class="control-group"><button class="btn btn-primary validate" type="submit">Envoyer</button>'
            '<input type="hidden" name="option" value="com_contact"><input type="hidden" name="task" value="contact.submit"></div></form>')


def login_form(action):
    return (f'<form class="form-connexion" method="post" action="{action}"><label for="lg-id">Identifiant</label>'
            '<input type="text" id="lg-id" name="login"><label for="lg-pw">Mot de passe</label>'
            '<input type="password" id="lg-pw" name="password"><button type="submit">Se connecter</button>'
            '<a href="#mdp">Mot de passe oublié ?</a></form>')


def booking_form(action, what):
    return (f'<form class="form-reservation" method="post" action="{action}"><h3>Réserver : {what}</h3>'
            '<label for="rs-date">Date souhaitée</label><input type="date" id="rs-date" name="reservation[date]">'
            '<label for="rs-creneau">Créneau</label><select id="rs-creneau" name="reservation[creneau]"><option>Matin</option><option>Après-midi</option><option>Soirée</option></select>'
            '<label for="rs-nb">Nombre de personnes</label><input type="number" id="rs-nb" name="reservation[personnes]" min="1">'
            '<label for="rs-mail">E-mail</label><input type="email" id="rs-mail" name="reservation[email]">'
            '<button type="submit">Vérifier la disponibilité</button></form>')


def payment_form(action):
    return (f'<form class="form-paiement" method="post" action="{action}"><label for="pay-ref">Référence de la facture</label>'
            '<input type="text" id="pay-ref" name="reference" pattern="[0-9A-Z]{10}"><label for="pay-amount">Montant (€)</label>'
            '<input type="text" id="pay-amount" name="montant" inputmode="decimal"><button type="submit">Payer par carte (PayFiP)</button></form>')


def registration_form(action, what):
    return (f'<form class="form-inscription" method="post" action="{action}"><h3>Inscription : {what}</h3>'
            '<label for="ins-nom">Nom de l\'enfant</label><input type="text" id="ins-nom" name="inscription[nom]">'
            '<label for="ins-prenom">Prénom</label><input type="text" id="ins-prenom" name="inscription[prenom]">'
            '<label for="ins-naiss">Date de naissance</label><input type="date" id="ins-naiss" name="inscription[naissance]">'
            '<label for="ins-ecole">École</label><select id="ins-ecole" name="inscription[ecole]"><option>Groupe scolaire Jean-Jaurès</option><option>École des Tilleuls</option></select>'
            '<label for="ins-mail">E-mail du responsable légal</label><input type="email" id="ins-mail" name="inscription[email]">'
            '<button type="submit">Valider l\'inscription</button></form>')


# ---- polls and questionnaires ------------------------------------------------------------------

def wp_polls(poll_id, question, answers):
    items = "".join(f'<li><input type="radio" id="poll-answer-{poll_id * 10 + i}" name="poll_{poll_id}" value="{poll_id * 10 + i}" />'
                    f'<label for="poll-answer-{poll_id * 10 + i}">{a}</label></li>' for i, a in enumerate(answers))
    return (f'<div id="polls-{poll_id}" class="wp-polls"><form id="polls_form_{poll_id}" class="wp-polls-form" action="/index.php" method="post">'
            f'<p style="display: none;"><input type="hidden" id="poll_{poll_id}_nonce" name="wp-polls-nonce" value="3c1f9a7e2b" /></p>'
            f'<p style="display: none;"><input type="hidden" name="poll_id" value="{poll_id}" /></p>'
            f'<p style="text-align: center;"><strong>{question}</strong></p><div id="polls-{poll_id}-ans" class="wp-polls-ans">'
            f'<ul class="wp-polls-ul">{items}</ul><p style="text-align: center;"><input type="button" name="vote" value="   Voter   " class="Buttons" '
            f'onclick="poll_vote({poll_id});" /></p><p style="text-align: center;"><a href="#ViewPollResults" onclick="poll_result({poll_id}); return false;" '
            f'title="Voir les résultats de ce sondage">Voir les résultats</a></p></div></form></div>')


def wp_polls_results(poll_id, question, rows, total):
    items = "".join(f'<li>{a} <small>({p}%, {n} votes)</small><div class="pollbar" style="width: {p}%;" title="{a} ({p}% | {n} votes)"></div></li>'
                    for a, p, n in rows)
    return (f'<div id="polls-{poll_id}" class="wp-polls"><p style="text-align: center;"><strong>{question}</strong></p>'
            f'<div id="polls-{poll_id}-ans" class="wp-polls-ans"><ul class="wp-polls-ul">{items}</ul>'
            f'<p style="text-align: center;">Total des votants : <strong>{total}</strong></p><p class="wp-polls-closed">Ce sondage est clos.</p></div></div>')


def results_table(question, rows, note="Consultation close. Merci de votre participation."):
    body = "".join(f"<tr><td>{a}</td><td>{p} %</td></tr>" for a, p in rows)
    return (f'<figure class="resultats"><figcaption>{question}</figcaption><table class="table-resultats"><thead><tr><th>Réponse</th>'
            f'<th>Part des répondants</th></tr></thead><tbody>{body}</tbody></table><p class="note">{note}</p></figure>')


# ---- comments ----------------------------------------------------------------------------------

def wp_comments(comments, post_id, open_=True):
    items = "".join(f'<li id="comment-{post_id * 10 + i}" class="comment even thread-even depth-1"><article class="comment-body">'
                    f'<footer class="comment-meta"><div class="comment-author vcard"><b class="fn">{a}</b> <span class="says">dit :</span></div>'
                    f'<div class="comment-metadata"><time>{d}</time></div></footer><div class="comment-content"><p>{t}</p></div>'
                    f'<div class="reply"><a rel="nofollow" class="comment-reply-link" href="#comment-{post_id * 10 + i}">Répondre</a></div></article></li>'
                    for i, (a, d, t) in enumerate(comments))
    form = ""
    if open_:
        form = ('<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Laisser un commentaire</h3>'
                '<form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate>'
                '<p class="comment-notes">Votre adresse e-mail ne sera pas publiée.</p>'
                '<p class="comment-form-comment"><label for="comment">Commentaire</label><textarea id="comment" name="comment" cols="45" rows="8" maxlength="65525" required></textarea></p>'
                '<p class="comment-form-author"><label for="author">Nom</label><input id="author" name="author" type="text" size="30" maxlength="245" required /></p>'
                '<p class="comment-form-email"><label for="email">E-mail</label><input id="email" name="email" type="email" size="30" maxlength="100" required /></p>'
                f'<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Laisser un commentaire" />'
                f'<input type="hidden" name="comment_post_ID" value="{post_id}" id="comment_post_ID" /><input type="hidden" name="comment_parent" id="comment_parent" value="0" /></p></form></div>')
    else:
        form = '<p class="no-comments">Les commentaires sont fermés.</p>'
    head = f'<h2 class="comments-title">{len(comments)} réponses</h2><ol class="comment-list">{items}</ol>' if comments else ""
    return f'<div id="comments" class="comments-area">{head}{form}</div>'


def drupal_comments(comments, node_id):
    items = "".join(f'<article data-comment-user-id="0" id="comment-{node_id * 10 + i}" class="comment js-comment by-anonymous">'
                    f'<footer class="comment__meta"><p class="comment__author"><span>{a}</span></p><p class="comment__time">{d}</p></footer>'
                    f'<div class="comment__content"><div class="field field--name-comment-body field--type-text-long"><p>{t}</p></div>'
                    f'<ul class="links inline"><li class="comment-permalink"><a href="#comment-{node_id * 10 + i}" rel="bookmark">Permalien</a></li></ul></div></article>'
                    for i, (a, d, t) in enumerate(comments))
    return (f'<section class="field field--name-comment-node-page field--type-comment comments"><h2 class="comments__title">Commentaires</h2>{items}'
            f'<h2 class="comment-form__title">Ajouter un commentaire</h2>'
            f'<form class="comment-comment-node-page-form comment-form" data-drupal-selector="comment-form" action="/comment/reply/node/{node_id}/comment_node_page" method="post" id="comment-form" accept-charset="UTF-8">'
            '<div class="js-form-item form-item form-item-name"><label for="edit-name">Votre nom</label><input data-drupal-selector="edit-name" type="text" id="edit-name" name="name" value="" size="30" maxlength="60" class="form-text"></div>'
            '<div class="js-form-item form-item form-item-comment-body-0-value"><label for="edit-comment-body-0-value" class="js-form-required form-required">Commentaire</label>'
            '<textarea data-drupal-selector="edit-comment-body-0-value" id="edit-comment-body-0-value" name="comment_body[0][value]" rows="5" cols="60" class="form-textarea required" required="required"></textarea></div>'
            '<input type="hidden" name="form_id" value="comment_comment_node_page_form"><div class="form-actions"><input type="submit" id="edit-submit--2" name="op" value="Enregistrer" class="button button--primary form-submit"></div></form></section>')


def joomla_comments(comments, article_id):
    """JComments-like block under an article."""
    items = "".join(f'<div class="comment rbox" id="comment-item-{article_id * 10 + i}"><span class="comment-author">{a}</span> '
                    f'<span class="comment-date">{d}</span><div class="comment-body" id="comment-body-{article_id * 10 + i}">{t}</div></div>'
                    for i, (a, d, t) in enumerate(comments))
    return (f'<div id="jc"><div id="comments"><h4>Commentaires ({len(comments)})</h4><div id="comments-list" class="comments-list">{items}</div></div>'
            f'<h4>Ajouter un commentaire</h4><form id="comments-form" name="comments-form" action="/index.php?option=com_jcomments&amp;task=add" method="post">'
            '<p><span><input id="comments-form-name" type="text" name="name" value="" maxlength="20" size="22" /><label for="comments-form-name">Nom (obligatoire)</label></span></p>'
            '<p><span><input id="comments-form-email" type="text" name="email" value="" size="22" /><label for="comments-form-email">E-mail</label></span></p>'
            f'<p><span><textarea id="comments-form-comment" name="comment" cols="65" rows="8"></textarea></span></p>'
            f'<input type="hidden" name="object_id" value="{article_id}" /><input type="hidden" name="object_group" value="com_content" />'
            '<div id="comments-form-buttons"><div class="btn" id="comments-form-send"><a href="#" onclick="jcomments.saveComment();return false;">Envoyer</a></div></div></form></div>')


# ---- participation blocks ------------------------------------------------------------------------

def idea_box(action, themes_, submit="Déposer mon idée"):
    opts = "".join(f"<option>{t}</option>" for t in themes_)
    return (f'<form class="boite-a-idees" method="post" action="{action}"><fieldset><legend>Votre idée</legend>'
            '<label for="idee-titre">Titre de votre idée</label><input type="text" id="idee-titre" name="idee[titre]" maxlength="120" required>'
            f'<label for="idee-theme">Thématique</label><select id="idee-theme" name="idee[theme]">{opts}</select>'
            '<label for="idee-texte">Décrivez votre idée</label><textarea id="idee-texte" name="idee[description]" rows="6" required></textarea>'
            '<label for="idee-quartier">Quartier concerné</label><input type="text" id="idee-quartier" name="idee[quartier]">'
            '<label for="idee-mail">Votre e-mail (pour vous tenir informé)</label><input type="email" id="idee-mail" name="idee[email]">'
            f'</fieldset><button type="submit">{submit}</button></form>')


def petition_form(action, title, signatures, threshold):
    return (f'<div class="petition" data-seuil="{threshold}"><h3 class="petition__titre">{title}</h3>'
            f'<div class="petition__jauge"><progress max="{threshold}" value="{signatures}"></progress> '
            f'<span><b>{signatures}</b> signatures sur {threshold} nécessaires</span></div>'
            f'<form class="petition__signer" method="post" action="{action}"><label for="sig-nom">Nom et prénom</label>'
            '<input type="text" id="sig-nom" name="signature[nom]" required><label for="sig-mail">E-mail</label>'
            '<input type="email" id="sig-mail" name="signature[email]" required><label><input type="checkbox" name="signature[majeur]" required> '
            'Je certifie être majeur et habiter ou travailler dans la commune</label><button type="submit">Je signe la pétition</button></form></div>')


def decidim_process_card(href, title, step, meta):
    return (f'<a href="{escape(href)}" class="card__grid"><div class="card__grid-text"><h3 class="h4 text-secondary">{title}</h3>'
            f'<div class="card__grid-metadata"><span class="label">{step}</span> <span>{meta}</span></div></div></a>')


def decidim_proposals(items, base):
    cards = "".join(f'<a href="{base}/{pid}" class="card__list" id="proposals__proposal_{pid}"><div class="card__list-content">'
                    f'<div class="card__list-title">{t}</div><div class="card__list-metadata"><span>{a}</span> '
                    f'<span class="card__list-metadata-item"><svg aria-hidden="true"></svg>{c} commentaires</span> '
                    f'<span class="label {"success" if s == "Acceptée" else "warning"}">{s}</span></div></div></a>'
                    for pid, t, a, c, s in items)
    return f'<div class="proposal-list" id="proposals">{cards}</div>'


def decidim_new_proposal(action):
    return (f'<form class="form new_proposal" id="new_proposal" action="{action}" accept-charset="UTF-8" method="post">'
            '<input type="hidden" name="authenticity_token" value="Qm3kS8p2xV" autocomplete="off" />'
            '<div class="form__wrapper"><label for="proposal_title">Titre<span class="label-required">Requis</span>'
            '<input type="text" name="proposal[title]" id="proposal_title" maxlength="150" /></label>'
            '<label for="proposal_body">Texte de la proposition<textarea rows="10" name="proposal[body]" id="proposal_body"></textarea></label>'
            '<label for="proposal_address">Adresse<input type="text" name="proposal[address]" id="proposal_address" /></label></div>'
            '<div class="form__wrapper-block"><button type="submit" class="button button__sm button__secondary">Continuer</button></div></form>')


def decidim_comments(comments, commentable):
    items = "".join(f'<div class="comment__container" id="comment_{commentable}{i}"><div class="comment__header"><span class="author__name">{a}</span> '
                    f'<span class="author__date">{d}</span></div><div class="comment__content"><p>{t}</p></div></div>'
                    for i, (a, d, t) in enumerate(comments))
    return (f'<div id="comments-for-{commentable}" class="comments" data-decidim-comments><h2 class="h4">{len(comments)} commentaires</h2>'
            f'<div class="comment-threads">{items}</div><div class="add-comment"><form class="new_comment" action="/comments" method="post">'
            f'<input type="hidden" name="comment[commentable_gid]" value="{commentable}"><label for="add-comment-{commentable}">Ajouter un commentaire</label>'
            f'<textarea id="add-comment-{commentable}" name="comment[body]" maxlength="1000" rows="4"></textarea>'
            '<button type="submit" class="button button__sm button__secondary">Publier le commentaire</button></form></div></div>')


def capco_steps(steps, current):
    items = "".join(f'<li class="step{" step--current" if i == current else ""}"><a href="{h}"><span class="step__title">{t}</span>'
                    f'<span class="step__dates">{d}</span></a></li>' for i, (h, t, d) in enumerate(steps))
    return f'<nav class="project__steps" aria-label="Étapes du projet"><ol class="steps-list">{items}</ol></nav>'


def capco_proposals(items):
    cards = "".join(f'<li class="proposal-preview"><div class="card__body"><h3 class="card__title"><a href="{h}">{t}</a></h3>'
                    f'<p class="proposal__author">{a}</p><div class="proposal__counters"><span class="proposal__votes">{v} votes</span>'
                    f' <span class="proposal__budget">{b} €</span></div></div></li>' for h, t, a, v, b in items)
    return f'<ul class="media-list proposal-preview-list">{cards}</ul>'


def capco_questionnaire(action, questions):
    qs = []
    for n, (q, answers) in enumerate(questions):
        if answers:
            ctl = "".join(f'<div class="radio"><label><input type="radio" name="responses[{n}][value]" value="{a}"> {a}</label></div>' for a in answers)
        else:
            ctl = f'<textarea name="responses[{n}][value]" class="form-control" rows="4"></textarea>'
        qs.append(f'<div class="form-group question" id="question-{n}"><label class="control-label">{q}</label>{ctl}</div>')
    return (f'<form id="reply-form" class="questionnaire-form" method="post" action="{action}"><div class="reply__fields">{"".join(qs)}</div>'
            '<button type="submit" class="btn btn-primary" id="submit-create-reply">Envoyer ma réponse</button></form>')


def govocal_cards(items):
    cards = "".join(f'<a class="e2e-idea-card" href="{h}"><div class="idea-card__title"><h3>{t}</h3></div>'
                    f'<div class="idea-card__footer"><span class="e2e-idea-card-upvote-count">{v}</span> <span class="e2e-ideacard-comment-count">{c}</span></div></a>'
                    for h, t, v, c in items)
    return f'<div id="e2e-ideas-list" class="ideas-container">{cards}</div>'


def govocal_survey(action, questions):
    qs = "".join(f'<fieldset class="e2e-survey-question"><legend>{q}</legend>' +
                 ("".join(f'<label><input type="radio" name="q{n}" value="{a}"> {a}</label>' for a in ans) if ans
                  else f'<textarea name="q{n}" rows="4"></textarea>') + "</fieldset>"
                 for n, (q, ans) in enumerate(questions))
    return (f'<form id="e2e-native-survey-form" class="survey-form" method="post" action="{action}">{qs}'
            '<button type="submit" id="e2e-submit-form">Envoyer</button></form>')


def phpbb_forums(forums):
    rows = "".join(f'<li class="row"><dl class="row-item forum_read"><dt><div class="list-inner"><a href="{h}" class="forumtitle">{t}</a><br />{d}</div></dt>'
                   f'<dd class="topics">{n} <dfn>Sujets</dfn></dd><dd class="posts">{p} <dfn>Messages</dfn></dd></dl></li>'
                   for h, t, d, n, p in forums)
    return (f'<div class="forabg"><div class="inner"><ul class="topiclist"><li class="header"><dl class="row-item"><dt><div class="list-inner">Forum</div></dt>'
            f'<dd class="topics">Sujets</dd><dd class="posts">Messages</dd></dl></li></ul><ul class="topiclist forums">{rows}</ul></div></div>')


def phpbb_topics(forum_id, topics):
    rows = "".join(f'<li class="row bg{1 + i % 2}"><dl class="row-item topic_read"><dt><div class="list-inner"><a href="{h}" class="topictitle">{t}</a>'
                   f'<div class="topic-poster">par <span class="username">{a}</span></div></div></dt><dd class="posts">{r} <dfn>Réponses</dfn></dd></dl></li>'
                   for i, (h, t, a, r) in enumerate(topics))
    return (f'<div class="action-bar bar-top"><a href="/posting.php?mode=post&amp;f={forum_id}" class="button" title="Écrire un nouveau sujet">'
            f'<span>Nouveau sujet</span></a></div><div class="forumbg"><div class="inner"><ul class="topiclist topics">{rows}</ul></div></div>')


def phpbb_topic(forum_id, topic_id, posts):
    rows = "".join(f'<div id="p{topic_id * 10 + i}" class="post has-profile bg{1 + i % 2}"><div class="inner"><dl class="postprofile"><dt><a class="username">{a}</a></dt></dl>'
                   f'<div class="postbody"><p class="author"><time>{d}</time></p><div class="content">{t}</div></div></div></div>'
                   for i, (a, d, t) in enumerate(posts))
    return (rows + f'<form method="post" action="/posting.php?mode=reply&amp;f={forum_id}&amp;t={topic_id}" id="qr_postform">'
            '<div class="panel"><h2 class="quickreply-title">Réponse rapide</h2><fieldset class="fields1"><div id="message-box" class="message-box">'
            '<textarea style="height: 9em;" name="message" rows="7" cols="76" tabindex="1" class="inputbox"></textarea></div></fieldset>'
            '<input type="submit" accesskey="s" tabindex="6" name="post" value="Envoyer" class="button1 button button-form" /></div></form>')


def flarum_list(items):
    rows = "".join(f'<li><a href="{h}">{t}</a> <span class="DiscussionListItem-count">{n} réponses</span></li>' for h, t, n in items)
    return f'<ul class="DiscussionList-discussions">{rows}</ul>'


def flarum_discussion(posts):
    return "".join(f'<div class="PostStream-item"><article class="Post CommentPost"><header class="Post-header"><h3 class="PostUser-name">{a}</h3>'
                   f'<time>{d}</time></header><div class="Post-body"><p>{t}</p></div></article></div>' for a, d, t in posts)


def network_feed(posts):
    items = "".join(f'<article class="post-card post-card--{k}"><header><span class="post-card__author">{a}</span> · '
                    f'<span class="post-card__quartier">{q}</span></header><p>{t}</p><footer><a href="#" class="post-card__reply">Répondre</a></footer></article>'
                    for k, a, q, t in posts)
    return f'<section class="feed" aria-label="Fil du quartier">{items}</section>'
