"""Markup helpers of the Clairières holdout part: content blocks as municipal CMS plugins and
participation platforms write them, and full page templates for platforms no shared theme renders."""
from html import escape

from ..web import Reply


def prose(*paras):
    return "".join(f"<p>{p}</p>" for p in paras)


def h2(text):
    return f"<h2>{text}</h2>"


def links(items, cls="liste-liens"):
    return f'<ul class="{cls}">' + "".join(f'<li><a href="{href}">{label}</a></li>' for href, label in items) + "</ul>"


def cookie_banner():
    return ('<div id="cookie-notice" class="cookie-banner" role="dialog" aria-label="Cookies"><p>Ce site utilise des '
            'cookies de mesure d\'audience anonymes. Vous pouvez les accepter ou les refuser.</p>'
            '<button type="button" class="cookie-accept">Tout accepter</button> '
            '<button type="button" class="cookie-refuse">Tout refuser</button></div>')


def teasers(items, title="Actualités"):
    cards = "".join(f'<article class="teaser"><p class="teaser__date">{date}</p><h3 class="teaser__title">'
                    f'<a href="{href}">{label}</a></h3></article>' for href, label, date in items)
    return f'<section class="news-teasers"><h2>{title}</h2><div class="teasers">{cards}</div></section>'


def agenda(items):
    rows = "".join(f'<li class="agenda__item"><time>{d}</time> <a href="{href}">{label}</a></li>' for href, label, d in items)
    return f'<section class="agenda"><h2>Agenda</h2><ul>{rows}</ul></section>'


def quick(items):
    tiles = "".join(f'<li class="quick__tile"><a href="{href}"><span class="quick__label">{label}</span></a></li>'
                    for href, label in items)
    return f'<nav class="quick-access" aria-label="Accès rapides"><h2>Accès rapides</h2><ul>{tiles}</ul></nav>'


def with_aside(main, aside, cls="sidebar"):
    return f'<div class="layout-2col"><div class="col-main">{main}</div><aside class="{cls}">{aside}</aside></div>'


# ---- forms that write to the city -------------------------------------------------------------

def cf7_contact(action, subjects=("Renseignement", "État civil", "Voirie", "Autre")):
    opts = "".join(f'<option value="{escape(s)}">{escape(s)}</option>' for s in subjects)
    return (f'<div class="wpcf7 no-js" id="wpcf7-f118-p42-o1" lang="fr-FR" dir="ltr"><form action="{action}#wpcf7-f118-p42-o1" '
            'method="post" class="wpcf7-form init" novalidate="novalidate" data-status="init">'
            '<div style="display: none;"><input type="hidden" name="_wpcf7" value="118"><input type="hidden" name="_wpcf7_version" value="5.9.3">'
            '<input type="hidden" name="_wpcf7_unit_tag" value="wpcf7-f118-p42-o1"></div>'
            '<p><label> Votre nom (obligatoire)<br><span class="wpcf7-form-control-wrap" data-name="your-name"><input size="40" class="wpcf7-form-control wpcf7-text wpcf7-validates-as-required" aria-required="true" value="" type="text" name="your-name"></span></label></p>'
            '<p><label> Votre e-mail (obligatoire)<br><span class="wpcf7-form-control-wrap" data-name="your-email"><input size="40" class="wpcf7-form-control wpcf7-email" value="" type="email" name="your-email"></span></label></p>'
            f'<p><label> Objet<br><span class="wpcf7-form-control-wrap" data-name="objet"><select class="wpcf7-form-control wpcf7-select" name="objet">{opts}</select></span></label></p>'
            '<p><label> Votre message<br><span class="wpcf7-form-control-wrap" data-name="your-message"><textarea cols="40" rows="10" class="wpcf7-form-control wpcf7-textarea" name="your-message"></textarea></span></label></p>'
            '<p><input class="wpcf7-form-control wpcf7-submit has-spinner" type="submit" value="Envoyer"></p>'
            '<div class="wpcf7-response-output" aria-hidden="true"></div></form></div>')


def drupal_webform(action, form_id, fields, submit="Envoyer"):
    """fields: (kind, name, label) with kind in text/email/tel/textarea/select:<a|b|c>/radios:<a|b>/checkbox."""
    out = []
    for kind, name, label in fields:
        ident = f"edit-{name.replace('_', '-')}"
        wrap = f'<div class="js-form-item form-item js-form-type-{kind.split(":")[0]} form-item-{name.replace("_", "-")}">'
        if kind == "textarea":
            out.append(f'{wrap}<label for="{ident}">{label}</label><div class="form-textarea-wrapper"><textarea data-drupal-selector="{ident}" id="{ident}" name="{name}" rows="5" cols="60" class="form-textarea resize-vertical"></textarea></div></div>')
        elif kind.startswith("select:"):
            opts = "".join(f'<option value="{i}">{o}</option>' for i, o in enumerate(kind[7:].split("|")))
            out.append(f'{wrap}<label for="{ident}">{label}</label><select id="{ident}" name="{name}" class="form-select">{opts}</select></div>')
        elif kind.startswith("radios:"):
            opts = "".join(f'<div class="form-item form-type-radio"><input type="radio" id="{ident}-{i}" name="{name}" value="{i}" class="form-radio"><label for="{ident}-{i}" class="option">{o}</label></div>'
                           for i, o in enumerate(kind[7:].split("|")))
            out.append(f'<fieldset class="fieldgroup form-composite webform-type-radios"><legend><span class="fieldset-legend">{label}</span></legend><div class="fieldset-wrapper"><div id="{ident}" class="js-webform-radios webform-options-display-one-column form-radios">{opts}</div></div></fieldset>')
        elif kind == "checkbox":
            out.append(f'{wrap}<input type="checkbox" id="{ident}" name="{name}" value="1" class="form-checkbox"><label for="{ident}" class="option">{label}</label></div>')
        else:
            out.append(f'{wrap}<label for="{ident}">{label}</label><input type="{kind}" id="{ident}" name="{name}" value="" size="60" class="form-{kind}"></div>')
    return (f'<form class="webform-submission-form webform-submission-add-form webform-submission-{form_id}-form js-webform-details-toggle" '
            f'data-drupal-selector="webform-submission-{form_id}-add-form" action="{action}" method="post" id="webform-submission-{form_id}-add-form" accept-charset="UTF-8">'
            + "".join(out) +
            f'<input type="hidden" name="form_id" value="webform_submission_{form_id}_add_form"><div class="form-actions webform-actions">'
            f'<input class="webform-button--submit button button--primary js-form-submit form-submit" type="submit" name="op" value="{submit}"></div></form>')


def typo3_form(action, ident, fields, submit="Envoyer"):
    """The TYPO3 form framework (ext:form): fields (kind, name, label)."""
    out = []
    for kind, name, label in fields:
        fid = f"{ident}-{name}"
        if kind == "textarea":
            ctl = f'<textarea id="{fid}" class="xxlarge form-control" name="tx_form_formframework[{ident}][{name}]" rows="6"></textarea>'
        elif kind.startswith("radios:"):
            ctl = "".join(f'<div class="form-check"><label class="form-check-label" for="{fid}-{i}"><input id="{fid}-{i}" class="form-check-input" type="radio" name="tx_form_formframework[{ident}][{name}]" value="{o}"><span>{o}</span></label></div>'
                          for i, o in enumerate(kind[7:].split("|")))
        elif kind.startswith("select:"):
            ctl = f'<select id="{fid}" class="form-control" name="tx_form_formframework[{ident}][{name}]">' + "".join(
                f"<option>{o}</option>" for o in kind[7:].split("|")) + "</select>"
        else:
            ctl = f'<input id="{fid}" class="form-control" type="{kind}" name="tx_form_formframework[{ident}][{name}]" value="">'
        out.append(f'<div class="form-group"><label class="control-label" for="{fid}">{label}</label><div class="input">{ctl}</div></div>')
    return (f'<form enctype="multipart/form-data" method="post" id="{ident}" action="{action}?tx_form_formframework%5Baction%5D=perform&amp;tx_form_formframework%5Bcontroller%5D=FormFrontend&amp;cHash=5e8c1a0b2f3d4e6a">'
            f'<div><input type="hidden" name="tx_form_formframework[__state]" value="TzozOToiVFlQTzNcQ01TXEZvcm0i"></div>'
            + "".join(out) + f'<div class="actions"><nav class="form-navigation"><div class="btn-toolbar" role="toolbar"><div class="btn-group" role="group">'
            f'<span class="next submit"><button class="btn btn-primary" type="submit" name="tx_form_formframework[{ident}][__currentPage]" value="1">{submit}</button></span></div></div></nav></div></form>')


def joomla_contact(action, cid):
    return (f'<div class="com-contact contact"><form id="contact-form" action="{action}" method="post" class="com-contact__form form-validate form-horizontal well">'
            '<fieldset><legend>Envoyer un e-mail</legend>'
            '<div class="control-group field-spacer"><div class="control-label"><span class="spacer"><span class="before"></span><span class="text"><label id="jform_spacer-lbl"><strong class="red">*</strong> Champ requis</label></span><span class="after"></span></span></div></div>'
            '<div class="control-group"><div class="control-label"><label id="jform_contact_name-lbl" for="jform_contact_name" class="required">Nom<span class="star" aria-hidden="true">&#160;*</span></label></div><div class="controls"><input type="text" name="jform[contact_name]" id="jform_contact_name" value="" class="form-control required" size="30" required></div></div>'
            '<div class="control-group"><div class="control-label"><label id="jform_contact_email-lbl" for="jform_contact_email" class="required">E-mail<span class="star" aria-hidden="true">&#160;*</span></label></div><div class="controls"><input type="email" inputmode="email" name="jform[contact_email]" class="form-control validate-email required" id="jform_contact_email" value="" size="30" autocomplete="email" required></div></div>'
            '<div class="control-group"><div class="control-label"><label id="jform_contact_emailmsg-lbl" for="jform_contact_emailmsg" class="required">Objet</label></div><div class="controls"><input type="text" name="jform[contact_subject]" id="jform_contact_emailmsg" value="" class="form-control required" size="60" required></div></div>'
            '<div class="control-group"><div class="control-label"><label id="jform_contact_message-lbl" for="jform_contact_message" class="required">Message</label></div><div class="controls"><textarea name="jform[contact_message]" id="jform_contact_message" cols="50" rows="10" class="form-control required" required></textarea></div></div>'
            '</fieldset><div class="control-group"><div class="controls"><button class="btn btn-primary validate" type="submit">Envoyer un e-mail</button>'
            f'<input type="hidden" name="option" value="com_contact"><input type="hidden" name="task" value="contact.submit"><input type="hidden" name="id" value="{cid}:mairie"></div></div></form></div>')


def spip_contact(action, id_auteur=1):
    return (f'<div class="formulaire_spip formulaire_ecrire_auteur ajax" id="formulaire_ecrire_auteur{id_auteur}"><form method="post" action="{action}"><div>'
            f'<input name="formulaire_action" type="hidden" value="ecrire_auteur"><input name="formulaire_action_args" type="hidden" value="{id_auteur}">'
            '<fieldset><legend>Envoyer un message</legend><div class="editer-groupe">'
            f'<div class="editer saisie_session_email obligatoire"><label for="email_message_auteur{id_auteur}">Votre adresse email</label><input type="email" class="text email" name="email_message_auteur" id="email_message_auteur{id_auteur}" value="" size="30"></div>'
            f'<div class="editer saisie_sujet_message_auteur obligatoire"><label for="sujet_message_auteur{id_auteur}">Sujet</label><input type="text" class="text" name="sujet_message_auteur" id="sujet_message_auteur{id_auteur}" value="" size="30"></div>'
            f'<div class="editer saisie_texte_message_auteur obligatoire"><label for="texte_message_auteur{id_auteur}">Texte de votre message</label><textarea name="texte_message_auteur" id="texte_message_auteur{id_auteur}" rows="8" cols="60"></textarea></div>'
            '</div></fieldset><p class="boutons"><input type="submit" class="submit" name="valide" value="Envoyer le message"></p></div></form></div>')


def vendor_form(action, ident, fields, submit="Envoyer", legend=""):
    """An agency CMS form: (kind, name, label)."""
    out = []
    for kind, name, label in fields:
        fid = f"{ident}_{name}"
        if kind == "textarea":
            ctl = f'<textarea id="{fid}" name="{name}" rows="7" class="form__textarea" required></textarea>'
        elif kind.startswith("select:"):
            ctl = f'<select id="{fid}" name="{name}" class="form__select">' + "".join(
                f'<option value="{i}">{o}</option>' for i, o in enumerate(kind[7:].split("|"))) + "</select>"
        elif kind.startswith("radios:"):
            out.append(f'<fieldset class="form__fieldset"><legend>{label}</legend>' + "".join(
                f'<div class="form__radio"><input type="radio" id="{fid}_{i}" name="{name}" value="{i}"><label for="{fid}_{i}">{o}</label></div>'
                for i, o in enumerate(kind[7:].split("|"))) + "</fieldset>")
            continue
        elif kind == "checkbox":
            out.append(f'<div class="form__check"><input type="checkbox" id="{fid}" name="{name}" value="1"><label for="{fid}">{label}</label></div>')
            continue
        else:
            ctl = f'<input type="{kind}" id="{fid}" name="{name}" class="form__input">'
        out.append(f'<div class="form__group"><label class="form__label" for="{fid}">{label}</label>{ctl}</div>')
    leg = f"<legend>{legend}</legend>" if legend else ""
    return (f'<form class="form form--{ident}" id="{ident}" action="{action}" method="post" novalidate><fieldset>{leg}'
            + "".join(out) + '<p class="form__mandatory">Les champs marqués d\'un astérisque sont obligatoires.</p>'
            f'<input type="hidden" name="token" value="c2b7e1f0"><button type="submit" class="btn btn--primary">{submit}</button></fieldset></form>')


def newsletter(action, label="Recevez la lettre d'information"):
    return (f'<form class="newsletter-form" action="{action}" method="post"><p class="newsletter-form__title">{label}</p>'
            '<label for="nl-email" class="sr-only">Adresse e-mail</label><input type="email" id="nl-email" name="EMAIL" placeholder="votre@adresse.fr">'
            '<input type="checkbox" id="nl-rgpd" name="rgpd" value="1"><label for="nl-rgpd">J\'accepte de recevoir la lettre</label>'
            '<button type="submit">Je m\'abonne</button></form>')


def booking(action, what, slots):
    opts = "".join(f"<option>{s}</option>" for s in slots)
    return (f'<form class="booking-form" action="{action}" method="post"><fieldset><legend>Réserver : {what}</legend>'
            '<label for="bk-date">Date souhaitée</label><input type="date" id="bk-date" name="date">'
            f'<label for="bk-slot">Créneau</label><select id="bk-slot" name="creneau">{opts}</select>'
            '<label for="bk-name">Nom</label><input type="text" id="bk-name" name="nom"><label for="bk-mail">E-mail</label><input type="email" id="bk-mail" name="email">'
            '<label for="bk-nb">Nombre de personnes</label><input type="number" id="bk-nb" name="personnes" min="1" max="60">'
            '<button type="submit">Réserver</button></fieldset></form>')


def payment(action):
    return (f'<form class="paiement-form" action="{action}" method="post"><fieldset><legend>Payer une facture</legend>'
            '<label for="pf-ref">Référence de la facture</label><input type="text" id="pf-ref" name="reference" pattern="[0-9A-Z-]+">'
            '<label for="pf-amount">Montant (€)</label><input type="text" id="pf-amount" name="montant" inputmode="decimal">'
            '<label for="pf-mail">E-mail pour le reçu</label><input type="email" id="pf-mail" name="email">'
            '<button type="submit">Payer par carte bancaire</button></fieldset><p class="paiement-form__note">Paiement sécurisé PayFiP (DGFiP).</p></form>')


def registration(action, what):
    return (f'<form class="inscription-form" action="{action}" method="post"><fieldset><legend>Inscription : {what}</legend>'
            '<label for="ins-nom">Nom de l\'enfant</label><input type="text" id="ins-nom" name="nom_enfant">'
            '<label for="ins-ne">Date de naissance</label><input type="date" id="ins-ne" name="naissance">'
            '<label for="ins-ecole">École</label><select id="ins-ecole" name="ecole"><option>Groupe scolaire du Centre</option><option>École des Tilleuls</option></select>'
            '<label for="ins-resp">E-mail du responsable légal</label><input type="email" id="ins-resp" name="email_responsable">'
            '<button type="submit">Valider l\'inscription</button></fieldset></form>')


def login_form(action, user="login", password="password", title="Connexion à votre compte"):
    return (f'<form class="login" action="{action}" method="post"><h2>{title}</h2><label for="lg-u">Adresse e-mail</label>'
            f'<input type="email" id="lg-u" name="{user}" autocomplete="username"><label for="lg-p">Mot de passe</label>'
            f'<input type="password" id="lg-p" name="{password}" autocomplete="current-password"><button type="submit">Se connecter</button></form>')


# ---- polls and questionnaires -----------------------------------------------------------------

def wp_polls(pid, question, answers, action="/wp-admin/admin-ajax.php"):
    rows = "".join(f'<li><input type="radio" id="poll-answer-{pid * 10 + i}" name="poll_{pid}" value="{pid * 10 + i}"> '
                   f'<label for="poll-answer-{pid * 10 + i}">{a}</label></li>' for i, a in enumerate(answers))
    return (f'<section class="widget widget_polls-widget"><h2 class="widget-title">Sondage</h2><div id="polls-{pid}" class="wp-polls">'
            f'<form id="polls_form_{pid}" class="wp-polls-form" action="{action}" method="post"><p style="display: none;"><input type="hidden" id="poll_{pid}_nonce" name="wp-polls-nonce" value="a81c0e6f2b"></p>'
            f'<p style="display: none;"><input type="hidden" name="poll_id" value="{pid}"></p><p style="text-align: center;"><strong>{question}</strong></p>'
            f'<div id="polls-{pid}-ans" class="wp-polls-ans"><ul class="wp-polls-ul">{rows}</ul>'
            f'<p style="text-align: center;"><input type="button" name="vote" value="   Voter   " class="Buttons" onclick="poll_vote({pid});"></p>'
            f'<p style="text-align: center;"><a href="#ViewPollResults" onclick="poll_result({pid}); return false;" title="Voir les résultats de ce sondage">Voir les résultats</a></p></div></form></div></section>')


def poll_results(question, rows, note="Ce sondage est clos."):
    bars = "".join(f'<li>{a} <small>({pct}%, {n} votes)</small><div class="pollbar" style="width: {pct}%;" title="{a} ({pct}% | {n} votes)"></div></li>'
                   for a, pct, n in rows)
    total = sum(n for _, _, n in rows)
    return (f'<div class="wp-polls wp-polls-results"><p style="text-align: center;"><strong>{question}</strong></p><ul class="wp-polls-ul">{bars}</ul>'
            f'<p style="text-align: center;">Votants : <strong>{total}</strong></p><p class="poll-closed"><em>{note}</em></p></div>')


# ---- comments, forums -------------------------------------------------------------------------

def wp_comments(items, action="/wp-comments-post.php", post_id=1):
    lis = "".join(f'<li id="comment-{post_id * 10 + i}" class="comment even thread-even depth-1"><article class="comment-body"><footer class="comment-meta">'
                  f'<div class="comment-author vcard"><b class="fn">{who}</b> <span class="says">dit :</span></div>'
                  f'<div class="comment-metadata"><time>{when}</time></div></footer><div class="comment-content"><p>{text}</p></div>'
                  f'<div class="reply"><button type="button" class="comment-reply-link" data-commentid="{post_id * 10 + i}" aria-label="Répondre à {who}">Répondre</button></div></article></li>'
                  for i, (who, when, text) in enumerate(items))
    return (f'<div id="comments" class="comments-area"><h2 class="comments-title">{len(items)} réflexions sur cet article</h2><ol class="comment-list">{lis}</ol>'
            f'<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Laisser un commentaire</h3>'
            f'<form action="{action}" method="post" id="commentform" class="comment-form"><p class="comment-notes">Votre adresse e-mail ne sera pas publiée.</p>'
            '<p class="comment-form-comment"><label for="comment">Commentaire <span class="required">*</span></label><textarea id="comment" name="comment" cols="45" rows="8" maxlength="65525" required></textarea></p>'
            '<p class="comment-form-author"><label for="author">Nom</label><input id="author" name="author" type="text" value="" size="30"></p>'
            '<p class="comment-form-email"><label for="email">E-mail</label><input id="email" name="email" type="email" value="" size="30"></p>'
            f'<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Laisser un commentaire"><input type="hidden" name="comment_post_ID" value="{post_id}" id="comment_post_ID"><input type="hidden" name="comment_parent" id="comment_parent" value="0"></p></form></div></div>')


def drupal_comments(items, node):
    arts = "".join(f'<article data-comment-user-id="0" id="comment-{node * 10 + i}" class="comment js-comment by-anonymous"><span class="hidden" data-comment-timestamp="1712{i}00000"></span>'
                   f'<footer class="comment__meta"><p class="comment__author"><span>{who}</span></p><p class="comment__time">{when}</p></footer>'
                   f'<div class="comment__content"><div class="field field--name-comment-body field--type-text-long"><p>{text}</p></div></div></article>'
                   for i, (who, when, text) in enumerate(items))
    return (f'<section class="field field--name-comment field--type-comment field--label-above comment-wrapper"><h2 class="title comment-section__title">Commentaires</h2>{arts}'
            f'<h2 class="title comment-form__title">Ajouter un commentaire</h2><form class="comment-comment-form comment-form" data-drupal-selector="comment-form" action="/comment/reply/node/{node}/comment" method="post" id="comment-form" accept-charset="UTF-8">'
            '<div class="js-form-item form-item form-item-name"><label for="edit-name">Votre nom</label><input data-drupal-selector="edit-name" type="text" id="edit-name" name="name" value="" size="30" maxlength="60" class="form-text"></div>'
            '<div class="js-form-item form-item form-item-comment-body-0-value"><label for="edit-comment-body-0-value" class="js-form-required form-required">Commentaire</label><textarea data-drupal-selector="edit-comment-body-0-value" id="edit-comment-body-0-value" name="comment_body[0][value]" rows="5" cols="60" class="form-textarea required" required></textarea></div>'
            '<input type="hidden" name="form_id" value="comment_comment_form"><div data-drupal-selector="edit-actions" class="form-actions"><input data-drupal-selector="edit-submit" type="submit" id="edit-submit--2" name="op" value="Enregistrer" class="button button--primary js-form-submit form-submit"></div></form></section>')


def spip_forum(items, id_article):
    msgs = "".join(f'<li class="forum-fil"><div class="forum-message" id="forum{id_article * 10 + i}"><div class="forum-chapo"><strong class="forum-titre">{title}</strong>'
                   f'<small>{when}, par {who}</small></div><div class="forum-texte"><p>{text}</p></div><p class="repondre"><button type="button" class="repondre__bouton" data-id-forum="{id_article * 10 + i}">Répondre à ce message</button></p></div></li>'
                   for i, (who, when, title, text) in enumerate(items))
    return (f'<div class="forum-repondre"><h2 class="h2">{len(items)} Messages</h2><ul class="forum">{msgs}</ul></div>'
            f'<div class="formulaire_spip formulaire_forum ajax" id="formulaire_forum"><form action="spip.php?article{id_article}" method="post" enctype="multipart/form-data"><div>'
            f'<input name="formulaire_action" type="hidden" value="forum"><input name="id_article" type="hidden" value="{id_article}">'
            '<fieldset><legend>Votre message</legend><div class="editer saisie_titre obligatoire"><label for="titre">Titre</label><input type="text" class="text" name="titre" id="titre" value="" size="60"></div>'
            '<div class="editer saisie_texte obligatoire"><label for="texte">Texte de votre message</label><textarea name="texte" id="texte" rows="10" cols="40" class="inserer_barre_forum"></textarea></div></fieldset>'
            '<fieldset><legend>Qui êtes-vous ?</legend><div class="editer saisie_session_nom"><label for="session_nom">Votre nom</label><input type="text" class="text" name="session_nom" id="session_nom" value="" size="40"></div>'
            '<div class="editer saisie_session_email"><label for="session_email">Votre adresse email</label><input type="email" class="text email" name="session_email" id="session_email" value="" size="40"></div></fieldset>'
            '<p class="boutons"><input type="submit" class="submit" name="previsualiser_message" value="Prévisualiser"></p></div></form></div>')


def disqus(shortname, ident, url):
    return (f'<div id="disqus_thread"></div><script>var disqus_config = function () {{ this.page.url = "{url}"; this.page.identifier = "{ident}"; }};'
            f'(function() {{ var d = document, s = d.createElement("script"); s.src = "https://{shortname}.disqus.com/embed.js"; '
            's.setAttribute("data-timestamp", +new Date()); (d.head || d.body).appendChild(s); })();</script>'
            '<noscript>Activez JavaScript pour voir les commentaires fournis par Disqus.</noscript>')


def share_buttons(url, title=""):
    from urllib.parse import quote
    u, t = quote(url, safe=""), quote(title, safe="")
    return ('<div class="share-buttons"><p class="share-buttons__title">Partager cette page</p><ul>'
            f'<li><a class="share share--facebook" href="https://www.facebook.com/sharer/sharer.php?u={u}" target="_blank" rel="noopener">Facebook</a></li>'
            f'<li><a class="share share--x" href="https://twitter.com/intent/tweet?url={u}&amp;text={t}" target="_blank" rel="noopener">X</a></li>'
            f'<li><a class="share share--linkedin" href="https://www.linkedin.com/shareArticle?mini=true&amp;url={u}" target="_blank" rel="noopener">LinkedIn</a></li>'
            f'<li><a class="share share--mail" href="mailto:?subject={t}&amp;body={u}">E-mail</a></li></ul></div>')


# ---- petitions, ideas -------------------------------------------------------------------------

def petition_sign(action, title, count, goal):
    return (f'<section class="petition" data-petition-goal="{goal}"><h2 class="petition__title">{title}</h2>'
            f'<div class="petition__progress"><span class="petition__count">{count}</span> signatures sur {goal} '
            f'<progress max="{goal}" value="{count}">{count}</progress></div>'
            f'<form class="petition__form" action="{action}" method="post"><fieldset><legend>Je signe cette pétition</legend>'
            '<label for="sig-nom">Nom et prénom</label><input type="text" id="sig-nom" name="signataire[nom]" required>'
            '<label for="sig-mail">E-mail</label><input type="email" id="sig-mail" name="signataire[email]" required>'
            '<label for="sig-cp">Code postal</label><input type="text" id="sig-cp" name="signataire[code_postal]" maxlength="5">'
            '<input type="checkbox" id="sig-ok" name="signataire[attestation]" value="1" required><label for="sig-ok">J\'atteste résider ou travailler dans la commune</label>'
            '<button type="submit" class="btn">Signer la pétition</button></fieldset></form></section>')


def idea_form(action, fields_label="Votre idée", with_contact=True):
    who = ('<label for="idee-nom">Nom</label><input type="text" id="idee-nom" name="idee[nom]">'
           '<label for="idee-mail">E-mail</label><input type="email" id="idee-mail" name="idee[email]">') if with_contact else ""
    return (f'<form class="boite-a-idees" action="{action}" method="post"><fieldset><legend>{fields_label}</legend>{who}'
            '<label for="idee-quartier">Quartier concerné</label><select id="idee-quartier" name="idee[quartier]"><option>Toute la ville</option><option>Centre</option><option>Nord</option><option>Sud</option></select>'
            '<label for="idee-titre">Titre de l\'idée</label><input type="text" id="idee-titre" name="idee[titre]">'
            '<label for="idee-texte">Décrivez votre idée</label><textarea id="idee-texte" name="idee[description]" rows="8"></textarea>'
            '<button type="submit">Envoyer mon idée</button></fieldset></form>')


# ---- platform pages no shared theme renders ---------------------------------------------------

def _page_html(head_extra, body_cls, header, main, footer, title, lang="fr"):
    return (f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">'
            f'<title>{escape(title)}</title>{head_extra}</head><body class="{body_cls}">{header}<main id="main-content">{main}</main>{footer}</body></html>')


def _nav(site, cls):
    return f'<ul class="{cls}">' + "".join(f'<li><a href="{escape(h)}">{escape(l)}</a></li>' for l, h in site.menu) + "</ul>"


def fluicity(site, page):
    head = ('<meta name="application-name" content="Fluicity"><link rel="stylesheet" href="/static/fluicity/app.4c1e9b.css">'
            '<script src="/static/fluicity/runtime.8f2a1d.js" defer></script><meta property="og:site_name" content="' + escape(site.title) + '">')
    header = (f'<header class="fl-header"><a class="fl-header__logo" href="/">{escape(site.title)}</a><nav class="fl-header__nav">{_nav(site, "fl-nav")}</nav>'
              '<a class="fl-btn fl-btn--ghost" href="/login">Se connecter</a></header>')
    main = f'<div class="fl-container"><h1 class="fl-title">{escape(page.title)}</h1>{page.body}</div>'
    footer = ('<footer class="fl-footer"><ul><li><a href="/mentions-legales">Mentions légales et CGU</a></li><li><a href="/login">Connexion</a></li></ul>'
              '<p class="fl-footer__powered">Propulsé par <a href="https://www.flui.city/" rel="noopener">Fluicity</a></p></footer>')
    return _page_html(head, "fl-app fl-public", header, main, footer, f"{page.title} - {site.title}")


def idcity(site, page):
    head = ('<link rel="stylesheet" href="/build/idcity/front.a71c.css"><script src="/build/idcity/front.a71c.js" defer></script>'
            '<meta name="author" content="id-city">')
    header = (f'<header id="idc-header" class="idc-header"><div class="idc-header__brand"><a href="/">{escape(site.title)}</a></div>'
              f'<nav class="idc-menu" aria-label="Menu">{_nav(site, "idc-menu__list")}</nav><a class="idc-header__account" href="/connexion">Mon compte</a></header>')
    main = f'<section class="idc-page"><h1 class="idc-page__title">{escape(page.title)}</h1><div class="idc-page__content">{page.body}</div></section>'
    footer = ('<footer class="idc-footer"><a href="/mentions-legales">Mentions légales</a> · <a href="/connexion">Mon compte</a> · '
              'Plateforme de participation <a href="https://www.id-city.fr/" rel="noopener">id-city</a></footer>')
    return _page_html(head, "idc-body", header, main, footer, f"{page.title} | {site.title}")


def consultvox(site, page):
    head = ('<link rel="stylesheet" href="/assets/consultvox/theme.2b6e.css"><script src="/assets/consultvox/main.2b6e.js" defer></script>'
            '<meta name="generator" content="Consultvox">')
    header = (f'<header class="cvx-topbar"><a class="cvx-logo" href="/">{escape(site.title)}</a><nav>{_nav(site, "cvx-menu")}</nav>'
              '<a class="cvx-login" href="/accounts/login/">Connexion</a></header>')
    main = f'<div class="cvx-wrapper"><h1 class="cvx-h1">{escape(page.title)}</h1>{page.body}</div>'
    footer = ('<footer class="cvx-footer"><a href="/mentions-legales">Mentions légales</a> <a href="/accounts/login/">Connexion</a> '
              '<span class="cvx-powered">Une plateforme <a href="https://www.consultvox.fr/" rel="noopener">Consultvox</a> (Politeia)</span></footer>')
    return _page_html(head, "cvx", header, main, footer, f"{page.title} — {site.title}")


def civocracy(site, page):
    head = ('<link rel="stylesheet" href="/static/css/civo-whitelabel.css"><script src="/static/js/civo-whitelabel.js" defer></script>'
            '<meta name="description" content="Espace de participation citoyenne">')
    header = (f'<header class="civo-navbar"><a class="civo-brand" href="/">{escape(site.title)}</a>{_nav(site, "civo-navbar__links")}'
              '<a class="civo-btn" href="/connexion">Connexion</a></header>')
    main = f'<div class="civo-content"><h1>{escape(page.title)}</h1>{page.body}</div>'
    footer = ('<footer class="civo-footer"><a href="/mentions-legales">Mentions légales</a> · <a href="/connexion">Connexion</a> · '
              'Solution <a href="https://www.civocracy.org/" rel="noopener">Civocracy</a></footer>')
    return _page_html(head, "civo-wl", header, main, footer, f"{page.title} · {site.title}")


def jenparle(site, page):
    head = '<link rel="stylesheet" href="/css/jenparle.min.css?v=5"><script src="/js/jenparle.min.js?v=5" defer></script>'
    header = (f'<div class="jp-top"><a class="jp-top__logo" href="/">{escape(site.title)}</a><nav class="jp-top__nav">{_nav(site, "jp-nav")}</nav>'
              '<a class="jp-top__login" href="/connexion">Je me connecte</a></div>')
    main = f'<div class="jp-main"><h1 class="jp-main__title">{escape(page.title)}</h1>{page.body}</div>'
    footer = ('<footer class="jp-footer"><a href="/mentions-legales">Mentions légales</a> | <a href="/connexion">Connexion</a> | '
              'Plateforme <a href="https://www.jenparle.net/" rel="noopener">Jenparle</a></footer>')
    return _page_html(head, "jp", header, main, footer, f"{page.title} - {site.title}")


def homemade(site, page):
    head = '<link rel="stylesheet" href="/assets/participer.css?v=3"><script src="/assets/participer.js?v=3" defer></script>'
    header = (f'<header class="pc-header"><a href="/" class="pc-header__home">{escape(site.title)}</a><nav>{_nav(site, "pc-nav")}</nav>'
              '<a href="/compte/connexion" class="pc-header__login">Connexion</a></header>')
    main = f'<article class="pc-article"><h1>{escape(page.title)}</h1>{page.body}</article>'
    footer = ('<footer class="pc-footer"><a href="/mentions-legales">Mentions légales</a> — <a href="/compte/connexion">Connexion</a> — '
              'Un service numérique de la Ville</footer>')
    return _page_html(head, "pc", header, main, footer, f"{page.title} | {site.title}")


def custom_special(site, render):
    """A special answer for CustomHost: every page of the site rendered by ``render``."""
    def special(request):
        found = site.by_path.get(request.target)
        if found is None or request.target == "/robots.txt":
            return None
        return Reply.html(render(site, found))
    return special
