"""Markup helpers of the "cols" holdout part: blocks as municipal CMSs, their plugins and participation
platforms print them (forms, widgets, comment threads, boards), written for this part alone."""
from html import escape


def prose(*paras):
    return "".join(f"<p>{p}</p>" for p in paras)


def links(items, cls="liste-liens"):
    return f'<ul class="{cls}">' + "".join(f'<li><a href="{h}">{escape(t)}</a></li>' for h, t in items) + "</ul>"


def cookie_banner(kind="tarteaucitron"):
    if kind == "wp":
        return ('<div id="cookie-notice" role="dialog" class="cookie-notice-hidden cookie-revoke-hidden" aria-label="Cookie Notice">'
                '<div class="cookie-notice-container"><span id="cn-notice-text" class="cn-text-container">Nous utilisons des '
                'cookies de mesure d\'audience. Vous pouvez les refuser.</span><span id="cn-notice-buttons" class="cn-buttons-container">'
                '<button id="cn-accept-cookie" data-cookie-set="accept" class="cn-set-cookie cn-button">Accepter</button>'
                '<button id="cn-refuse-cookie" data-cookie-set="refuse" class="cn-set-cookie cn-button">Refuser</button></span></div></div>')
    if kind == "klaro":
        return ('<div class="klaro"><div class="cookie-notice"><div class="cn-body"><p id="id-cookie-notice">Ce site utilise '
                'des traceurs pour les statistiques de visite et les vidéos.</p><div class="cn-ok"><button class="cm-btn cm-btn-success">'
                'Tout accepter</button><button class="cm-btn cm-btn-danger cn-decline">Tout refuser</button></div></div></div></div>')
    return ('<div id="tarteaucitronRoot" data-nosnippet><div id="tarteaucitronAlertBig" role="dialog" aria-modal="true">'
            '<span id="tarteaucitronDisclaimerAlert">En poursuivant votre navigation, vous acceptez l\'utilisation de services '
            'tiers pouvant installer des cookies.</span><button type="button" id="tarteaucitronPersonalize2">✓ Tout accepter</button>'
            '<button type="button" class="tarteaucitronDeny">✗ Tout refuser</button></div></div>')


def teasers(items, heading="Actualités", cls="news"):
    """News teasers: (href, title, date, chapo)."""
    cards = "".join(
        f'<article class="{cls}__item"><p class="{cls}__date"><time>{d}</time></p><h3 class="{cls}__title">'
        f'<a href="{h}">{escape(t)}</a></h3><p class="{cls}__chapo">{c}</p></article>' for h, t, d, c in items)
    return f'<section class="{cls}"><h2>{heading}</h2><div class="{cls}__list">{cards}</div></section>'


def agenda(items):
    rows = "".join(f'<li class="agenda__item"><span class="agenda__date">{d}</span> <span class="agenda__label">{escape(t)}</span>'
                   f' <span class="agenda__lieu">{lieu}</span></li>' for d, t, lieu in items)
    return f'<section class="agenda"><h2>Agenda</h2><ul class="agenda__list">{rows}</ul></section>'


def quick_access(items, heading="Accès rapides"):
    tiles = "".join(f'<li class="acces__tile"><a href="{h}"><span class="acces__icon" aria-hidden="true"></span>{escape(t)}</a></li>'
                    for h, t in items)
    return f'<nav class="acces-rapides" aria-label="{heading}"><h2>{heading}</h2><ul class="acces__list">{tiles}</ul></nav>'


def share(url, title):
    """Share intents (not the city's accounts)."""
    from urllib.parse import quote
    u, t = quote(url, safe=""), quote(title, safe="")
    return ('<div class="partage"><span class="partage__label">Partager :</span>'
            f'<a class="partage__fb" href="https://www.facebook.com/sharer/sharer.php?u={u}" target="_blank" rel="noopener">Facebook</a> '
            f'<a class="partage__x" href="https://x.com/share?url={u}&amp;text={t}" target="_blank" rel="noopener">X</a> '
            f'<a class="partage__li" href="https://www.linkedin.com/shareArticle?mini=true&amp;url={u}" target="_blank" rel="noopener">LinkedIn</a> '
            f'<a class="partage__mail" href="mailto:?subject={t}&amp;body={u}">Courriel</a></div>')


def aside(main, side):
    return f'<div class="layout-2col"><div class="layout-2col__main">{main}</div><aside class="layout-2col__side sidebar">{side}</aside></div>'


# ---- forms that are contact forms --------------------------------------------------------------

def wpforms_contact(form_id, action):
    f = f"wpforms[fields]"
    return (f'<div class="wpforms-container wpforms-container-full" id="wpforms-{form_id}"><form id="wpforms-form-{form_id}" '
            f'class="wpforms-validate wpforms-form" data-formid="{form_id}" method="post" enctype="multipart/form-data" action="{action}">'
            f'<div class="wpforms-field-container">'
            f'<div class="wpforms-field wpforms-field-name"><label class="wpforms-field-label" for="wpforms-{form_id}-field_0">Nom <span class="wpforms-required-label">*</span></label>'
            f'<input type="text" id="wpforms-{form_id}-field_0" class="wpforms-field-large wpforms-field-required" name="{f}[0]" required></div>'
            f'<div class="wpforms-field wpforms-field-email"><label class="wpforms-field-label" for="wpforms-{form_id}-field_1">E-mail</label>'
            f'<input type="email" id="wpforms-{form_id}-field_1" name="{f}[1]" required></div>'
            f'<div class="wpforms-field wpforms-field-select"><label class="wpforms-field-label" for="wpforms-{form_id}-field_3">Service concerné</label>'
            f'<select id="wpforms-{form_id}-field_3" name="{f}[3]"><option>Accueil - état civil</option><option>Services techniques</option>'
            f'<option>Urbanisme</option><option>Enfance - jeunesse</option></select></div>'
            f'<div class="wpforms-field wpforms-field-textarea"><label class="wpforms-field-label" for="wpforms-{form_id}-field_2">Votre message</label>'
            f'<textarea id="wpforms-{form_id}-field_2" class="wpforms-field-medium" name="{f}[2]" required></textarea></div></div>'
            f'<div class="wpforms-submit-container"><input type="hidden" name="wpforms[id]" value="{form_id}">'
            f'<button type="submit" name="wpforms[submit]" class="wpforms-submit">Envoyer</button></div></form></div>')


def powermail_contact(action):
    p = "tx_powermail_pi1[field]"
    return (f'<form data-powermail-validate="data-powermail-validate" action="{action}" class="powermail_form powermail_form_3 nolabel" method="post" enctype="multipart/form-data">'
            '<h3>Écrire à la mairie</h3><fieldset class="powermail_fieldset powermail_fieldset_3"><legend class="powermail_legend">Vos coordonnées</legend>'
            f'<div class="powermail_fieldwrap powermail_fieldwrap_type_input"><label for="powermail_field_nom" class="powermail_label">Nom<span class="mandatory">*</span></label>'
            f'<input required="required" class="powermail_input" id="powermail_field_nom" type="text" name="{p}[nom]" value="" /></div>'
            f'<div class="powermail_fieldwrap powermail_fieldwrap_type_input"><label for="powermail_field_courriel" class="powermail_label">Courriel<span class="mandatory">*</span></label>'
            f'<input required="required" class="powermail_input" id="powermail_field_courriel" type="email" name="{p}[courriel]" value="" /></div>'
            f'<div class="powermail_fieldwrap powermail_fieldwrap_type_input"><label for="powermail_field_objet" class="powermail_label">Objet</label>'
            f'<input class="powermail_input" id="powermail_field_objet" type="text" name="{p}[objet]" value="" /></div>'
            f'<div class="powermail_fieldwrap powermail_fieldwrap_type_textarea"><label for="powermail_field_demande" class="powermail_label">Votre demande<span class="mandatory">*</span></label>'
            f'<textarea required="required" rows="5" cols="20" class="powermail_textarea" id="powermail_field_demande" name="{p}[demande]"></textarea></div>'
            '<div class="powermail_fieldwrap powermail_fieldwrap_type_submit"><input class="btn btn-primary" type="submit" value="Envoyer" /></div>'
            '</fieldset><input type="hidden" name="tx_powermail_pi1[mail][form]" value="3" /></form>')


def webform(form_id, action, fields, submit="Envoyer"):
    """A Drupal Webform; fields are (kind, key, label) with kind text/email/textarea/select:opt|opt/radios:opt|opt/checkbox."""
    out = []
    for kind, key, label in fields:
        fid = f"edit-{key.replace('_', '-')}"
        wrap = f'<div class="js-form-item form-item js-form-type-{kind.split(":")[0]} form-item-{key.replace("_", "-")}">'
        if kind == "textarea":
            out.append(f'{wrap}<label for="{fid}" class="js-form-required form-required">{label}</label>'
                       f'<div class="form-textarea-wrapper"><textarea data-drupal-selector="{fid}" id="{fid}" name="{key}" rows="5" cols="60" class="form-textarea required" required="required" aria-required="true"></textarea></div></div>')
        elif kind.startswith("select:"):
            opts = "".join(f"<option>{o}</option>" for o in kind[7:].split("|"))
            out.append(f'{wrap}<label for="{fid}">{label}</label><select data-drupal-selector="{fid}" id="{fid}" name="{key}" class="form-select">{opts}</select></div>')
        elif kind.startswith("radios:"):
            opts = "".join(f'<div class="js-form-item form-item js-form-type-radio"><input type="radio" id="{fid}-{i}" name="{key}" value="{i}" class="form-radio" />'
                           f'<label for="{fid}-{i}" class="option">{o}</label></div>' for i, o in enumerate(kind[7:].split("|")))
            out.append(f'<fieldset data-drupal-selector="{fid}" class="radios--wrapper fieldgroup form-composite webform-composite-visible-title" id="{fid}--wrapper">'
                       f'<legend><span class="fieldset-legend">{label}</span></legend><div class="fieldset-wrapper"><div id="{fid}" class="js-webform-radios webform-options-display-one-column form-radios">{opts}</div></div></fieldset>')
        elif kind == "checkbox":
            out.append(f'{wrap}<input data-drupal-selector="{fid}" type="checkbox" id="{fid}" name="{key}" value="1" class="form-checkbox" /><label for="{fid}" class="option">{label}</label></div>')
        else:
            out.append(f'{wrap}<label for="{fid}">{label}</label><input data-drupal-selector="{fid}" type="{kind}" id="{fid}" name="{key}" value="" size="60" maxlength="255" class="form-{kind}" /></div>')
    return (f'<form class="webform-submission-form webform-submission-add-form webform-submission-{form_id}-form js-webform-details-toggle webform-details-toggle" '
            f'data-drupal-selector="webform-submission-{form_id}-add-form" action="{action}" method="post" id="webform-submission-{form_id}-add-form" accept-charset="UTF-8">'
            + "".join(out) +
            f'<div data-drupal-selector="edit-actions" class="form-actions webform-actions js-form-wrapper form-wrapper" id="edit-actions">'
            f'<input class="webform-button--submit button button--primary js-form-submit form-submit" data-drupal-selector="edit-actions-submit" type="submit" id="edit-actions-submit" name="op" value="{submit}" /></div>'
            f'<input data-drupal-selector="form-{form_id}" type="hidden" name="form_build_id" value="form-{form_id}-x7Kq2" />'
            f'<input data-drupal-selector="edit-webform-submission-{form_id}-add-form" type="hidden" name="form_id" value="webform_submission_{form_id}_add_form" /></form>')


def joomla_contact(action):
    return (f'<div class="com-contact contact"><form id="contact-form" action="{action}" method="post" class="com-contact__form form-validate">'
            '<fieldset><legend>Envoyer un e-mail</legend>'
            '<div class="control-group field-spacer"><div class="control-label"><span class="spacer"><span class="before"></span><span class="text"><label id="jform_spacer-lbl"><strong class="red">*</strong> Champ requis</label></span></span></div></div>'
            '<div class="control-group"><div class="control-label"><label id="jform_contact_name-lbl" for="jform_contact_name" class="required">Nom<span class="star" aria-hidden="true">&#160;*</span></label></div>'
            '<div class="controls"><input type="text" name="jform[contact_name]" id="jform_contact_name" value="" class="form-control required" size="30" required></div></div>'
            '<div class="control-group"><div class="control-label"><label id="jform_contact_email-lbl" for="jform_contact_email" class="required">E-mail<span class="star" aria-hidden="true">&#160;*</span></label></div>'
            '<div class="controls"><input type="email" inputmode="email" name="jform[contact_email]" class="form-control validate-email required" id="jform_contact_email" value="" size="30" autocomplete="email" required></div></div>'
            '<div class="control-group"><div class="control-label"><label id="jform_contact_emailmsg-lbl" for="jform_contact_emailmsg" class="required">Sujet</label></div>'
            '<div class="controls"><input type="text" name="jform[contact_subject]" id="jform_contact_emailmsg" value="" class="form-control required" size="60" required></div></div>'
            '<div class="control-group"><div class="control-label"><label id="jform_contact_message-lbl" for="jform_contact_message" class="required">Message</label></div>'
            '<div class="controls"><textarea name="jform[contact_message]" id="jform_contact_message" cols="50" rows="10" class="form-control required" required></textarea></div></div>'
            '</fieldset><div class="control-group"><div class="controls"><button class="btn btn-primary validate" type="submit">Envoyer l\'e-mail</button>'
            '<input type="hidden" name="option" value="com_contact"><input type="hidden" name="task" value="contact.submit"><input type="hidden" name="id" value="1:mairie"></div></div></form></div>')


def emonsite_contact(action):
    return (f'<form action="{action}" method="post" id="contact-form" class="form-horizontal em-form">'
            '<div class="control-group"><label class="control-label" for="contact_nom">Nom, prénom</label><div class="controls"><input type="text" name="nom" id="contact_nom" class="input-block-level" required></div></div>'
            '<div class="control-group"><label class="control-label" for="contact_email">E-mail</label><div class="controls"><input type="email" name="email" id="contact_email" class="input-block-level" required></div></div>'
            '<div class="control-group"><label class="control-label" for="contact_tel">Téléphone</label><div class="controls"><input type="tel" name="telephone" id="contact_tel" class="input-block-level"></div></div>'
            '<div class="control-group"><label class="control-label" for="contact_objet">Objet</label><div class="controls"><input type="text" name="objet" id="contact_objet" class="input-block-level"></div></div>'
            '<div class="control-group"><label class="control-label" for="contact_message">Message</label><div class="controls"><textarea name="message" id="contact_message" rows="8" class="input-block-level" required></textarea></div></div>'
            '<div class="control-group"><div class="controls"><label class="checkbox"><input type="checkbox" name="rgpd" value="1" required> J\'accepte que mes données soient utilisées pour traiter ma demande.</label></div></div>'
            '<div class="form-actions"><button type="submit" class="btn btn-primary">Envoyer</button></div></form>')


def spip_contact(action, auteur_id=1):
    return (f'<div class="formulaire_spip formulaire_ecrire_auteur ajax" id="formulaire_ecrire_auteur{auteur_id}">'
            f'<form method="post" action="{action}"><div><input name="formulaire_action" type="hidden" value="ecrire_auteur" />'
            f'<input name="formulaire_action_args" type="hidden" value="{auteur_id}" /><fieldset><legend>Écrire à la mairie</legend><div class="editer-groupe">'
            '<div class="editer saisie_session_nom obligatoire"><label for="session_nom">Votre nom</label><input type="text" class="text" name="session_nom" id="session_nom" value="" size="30" /></div>'
            '<div class="editer saisie_session_email obligatoire"><label for="session_email">Votre adresse email</label><input type="email" class="text email" name="session_email" id="session_email" value="" size="30" /></div>'
            '<div class="editer saisie_sujet_message_auteur obligatoire"><label for="sujet_message_auteur">Sujet</label><input type="text" class="text" name="sujet_message_auteur" id="sujet_message_auteur" value="" size="30" /></div>'
            '<div class="editer saisie_texte_message_auteur obligatoire"><label for="texte_message_auteur">Texte de votre message</label><textarea name="texte_message_auteur" id="texte_message_auteur" rows="8" cols="60"></textarea></div>'
            '</div></fieldset><p class="boutons"><input type="submit" class="submit" name="valide" value="Envoyer" /></p></div></form></div>')


def vendor_contact(action):
    return (f'<form class="form form--contact" action="{action}" method="post" novalidate>'
            '<p class="form__mentions">Les champs marqués d\'un astérisque (*) sont obligatoires.</p>'
            '<div class="form__group"><label for="f-civ">Civilité</label><select id="f-civ" name="civilite"><option>Madame</option><option>Monsieur</option></select></div>'
            '<div class="form__group"><label for="f-nom">Nom *</label><input id="f-nom" name="nom" type="text" autocomplete="family-name" required></div>'
            '<div class="form__group"><label for="f-mail">Adresse électronique *</label><input id="f-mail" name="courriel" type="email" autocomplete="email" required></div>'
            '<div class="form__group"><label for="f-theme">Thématique *</label><select id="f-theme" name="thematique"><option>Voirie - propreté</option>'
            '<option>Écoles</option><option>Urbanisme</option><option>Autre</option></select></div>'
            '<div class="form__group"><label for="f-msg">Votre message *</label><textarea id="f-msg" name="message" rows="7" required></textarea></div>'
            '<div class="form__group form__group--captcha"><label for="f-cap">Recopiez le code</label><input id="f-cap" name="captcha" type="text"></div>'
            '<button class="btn btn--primary" type="submit">Envoyer ma demande</button></form>')


# ---- forms that are not contact forms ----------------------------------------------------------

def newsletter(action, cls="newsletter"):
    return (f'<form class="{cls}" action="{action}" method="post"><h2>Lettre d\'information</h2><p>Recevez chaque mois l\'essentiel de l\'actualité municipale.</p>'
            f'<label for="{cls}-email">Votre adresse e-mail</label><input id="{cls}-email" type="email" name="EMAIL" required>'
            f'<label><input type="checkbox" name="consent" value="1" required> J\'accepte de recevoir la lettre</label>'
            '<button type="submit">Je m\'abonne</button></form>')


def booking(action, rooms):
    opts = "".join(f"<option>{r}</option>" for r in rooms)
    return (f'<form class="form-reservation" action="{action}" method="post"><fieldset><legend>Demande de réservation</legend>'
            f'<label for="r-salle">Salle</label><select id="r-salle" name="salle">{opts}</select>'
            '<label for="r-date">Date souhaitée</label><input id="r-date" type="date" name="date">'
            '<label for="r-creneau">Créneau</label><select id="r-creneau" name="creneau"><option>Matin</option><option>Après-midi</option><option>Soirée</option></select>'
            '<label for="r-asso">Association ou particulier</label><input id="r-asso" type="text" name="demandeur">'
            '<label for="r-mail">E-mail</label><input id="r-mail" type="email" name="email">'
            '<label for="r-effectif">Nombre de personnes</label><input id="r-effectif" type="number" name="effectif" min="1">'
            '</fieldset><button type="submit">Vérifier la disponibilité</button></form>')


def registration(action, title, fields):
    rows = "".join(f'<div class="form__group"><label for="g-{k}">{l}</label><input id="g-{k}" name="{k}" type="{t}"></div>' for t, k, l in fields)
    return f'<form class="form form--inscription" action="{action}" method="post"><h2>{title}</h2>{rows}<button type="submit">Valider l\'inscription</button></form>'


def payment(action):
    return (f'<form class="paiement-tipi" action="{action}" method="post"><h2>Payer une facture</h2>'
            '<label for="p-ref">Référence de la facture</label><input id="p-ref" name="refdet" type="text" pattern="[0-9]{{12}}">'
            '<label for="p-montant">Montant (€)</label><input id="p-montant" name="montant" type="text" inputmode="decimal">'
            '<label for="p-mail">E-mail pour le reçu</label><input id="p-mail" name="mel" type="email">'
            '<button type="submit">Payer par carte bancaire</button></form><p class="paiement__info">Paiement sécurisé par le service PayFiP de la DGFiP.</p>')


# ---- comments ------------------------------------------------------------------------------------

def wp_comments(post_id, comments):
    items = "".join(
        f'<li id="comment-{post_id * 10 + i}" class="comment even thread-even depth-1"><article id="div-comment-{post_id * 10 + i}" class="comment-body">'
        f'<footer class="comment-meta"><div class="comment-author vcard"><b class="fn">{escape(a)}</b> <span class="says">dit :</span></div>'
        f'<div class="comment-metadata"><a href="#comment-{post_id * 10 + i}"><time>{d}</time></a></div></footer>'
        f'<div class="comment-content"><p>{escape(t)}</p></div></article></li>' for i, (a, d, t) in enumerate(comments))
    return (f'<div id="comments" class="comments-area"><h2 class="comments-title">{len(comments)} réponses</h2><ol class="comment-list">{items}</ol>'
            '<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Laisser un commentaire</h3>'
            '<form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate>'
            '<p class="comment-notes">Votre adresse e-mail ne sera pas publiée.</p>'
            '<p class="comment-form-comment"><label for="comment">Commentaire</label><textarea id="comment" name="comment" cols="45" rows="8" maxlength="65525" required></textarea></p>'
            '<p class="comment-form-author"><label for="author">Nom</label><input id="author" name="author" type="text" size="30" maxlength="245" required /></p>'
            '<p class="comment-form-email"><label for="email">E-mail</label><input id="email" name="email" type="email" size="30" maxlength="100" required /></p>'
            f'<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Laisser un commentaire" />'
            f'<input type="hidden" name="comment_post_ID" value="{post_id}" id="comment_post_ID" /><input type="hidden" name="comment_parent" id="comment_parent" value="0" /></p>'
            '</form></div></div>')


def drupal_comments(node, comments):
    items = "".join(
        f'<article data-comment-user-id="0" id="comment-{node * 7 + i}" class="comment js-comment by-anonymous"><span class="hidden" data-comment-timestamp="17{i}0000000"></span>'
        f'<footer class="comment__meta"><p class="comment__author"><span>{escape(a)}</span></p><p class="comment__time">{d}</p></footer>'
        f'<div class="comment__content"><div class="field field--name-comment-body field--type-text-long"><p>{escape(t)}</p></div></div></article>'
        for i, (a, d, t) in enumerate(comments))
    return (f'<section class="field field--name-comment field--type-comment field--label-above comment-wrapper"><h2 class="title comment-wrapper__title">Commentaires</h2>{items}'
            f'<h2 class="title comment-form__title">Ajouter un commentaire</h2><form class="comment-comment-form comment-form" data-drupal-selector="comment-form" action="/comment/reply/node/{node}/comment" method="post" id="comment-form" accept-charset="UTF-8">'
            '<div class="js-form-item form-item js-form-type-textfield form-item-name"><label for="edit-name">Votre nom</label><input data-drupal-selector="edit-name" type="text" id="edit-name" name="name" value="" size="30" maxlength="60" class="form-text" /></div>'
            '<div class="field--type-text-long field--name-comment-body field--widget-text-textarea js-form-wrapper form-wrapper" data-drupal-selector="edit-comment-body-wrapper" id="edit-comment-body-wrapper">'
            '<div class="js-form-item form-item js-form-type-textarea form-item-comment-body-0-value"><label for="edit-comment-body-0-value" class="js-form-required form-required">Commentaire</label>'
            '<div class="form-textarea-wrapper"><textarea class="js-text-full text-full form-textarea required" data-drupal-selector="edit-comment-body-0-value" id="edit-comment-body-0-value" name="comment_body[0][value]" rows="5" cols="60" required="required"></textarea></div></div></div>'
            '<input data-drupal-selector="edit-comment-form" type="hidden" name="form_id" value="comment_comment_form" />'
            '<div data-drupal-selector="edit-actions" class="form-actions js-form-wrapper form-wrapper" id="edit-actions"><input data-drupal-selector="edit-submit" type="submit" id="edit-submit" name="op" value="Enregistrer" class="button button--primary js-form-submit form-submit" /></div></form></section>')


def jcomments(object_id, comments):
    items = "".join(
        f'<div class="rbox"><div class="comment-box"><span class="comment-author">{escape(a)}</span> <span class="comment-date">{d}</span>'
        f'<div class="comment-body" id="comment-body-{object_id * 5 + i}">{escape(t)}</div></div></div>' for i, (a, d, t) in enumerate(comments))
    return (f'<div id="jc"><div id="comments"><h4>Commentaires ({len(comments)})</h4><div id="comments-list" class="comments-list">{items}</div></div>'
            f'<a id="addcomments" href="#addcomments"></a><form id="comments-form" name="comments-form" action="javascript:void(null);">'
            '<h4>Ajouter un commentaire</h4><p><input id="comments-form-name" type="text" name="name" value="" maxlength="20" size="22" tabindex="1" />'
            '<label for="comments-form-name">Nom (obligatoire)</label></p><p><textarea id="comments-form-comment" name="comment" cols="65" rows="8" tabindex="5"></textarea></p>'
            f'<div id="comments-form-buttons"><div class="btn" id="comments-form-send"><div><a href="#" tabindex="7" onclick="jcomments.saveComment();return false;" title="Envoyer (Ctrl+Entrée)">Envoyer</a></div></div></div>'
            f'<div><input type="hidden" name="object_id" value="{object_id}" /><input type="hidden" name="object_group" value="com_content" /></div></form></div>')


def disqus(shortname, ident):
    return (f'<div id="disqus_thread"></div><script>var disqus_config = function () {{ this.page.identifier = "{ident}"; }};'
            f'(function() {{ var d = document, s = d.createElement("script"); s.src = "https://{shortname}.disqus.com/embed.js";'
            's.setAttribute("data-timestamp", +new Date()); (d.head || d.body).appendChild(s); })();</script>'
            '<noscript>Veuillez activer JavaScript pour voir les <a href="https://disqus.com/?ref_noscript" rel="nofollow">commentaires propulsés par Disqus.</a></noscript>')


def spip_forum(article, messages):
    items = "".join(
        f'<li class="forum-fil"><div class="forum-message" id="forum{article * 9 + i}"><div class="forum-chapo"><strong class="forum-titre">{escape(t)}</strong>'
        f' <small>{d}, par {escape(a)}</small></div><div class="forum-texte">{escape(x)}</div></div></li>' for i, (a, d, t, x) in enumerate(messages))
    return (f'<div class="forum-repondre"><h2 class="h2">Un message, un commentaire ?</h2><ul class="forum">{items}</ul>'
            f'<div class="formulaire_spip formulaire_forum ajax" id="formulaire_forum"><form action="/spip.php?article{article}" method="post"><div>'
            f'<input name="formulaire_action" type="hidden" value="forum" /><input name="id_article" type="hidden" value="{article}" />'
            '<fieldset><legend>Message</legend><div class="editer saisie_titre obligatoire"><label for="titre">Titre</label><input type="text" class="text" name="titre" id="titre" value="" size="60" /></div>'
            '<div class="editer saisie_texte obligatoire"><label for="texte">Texte de votre message</label><textarea name="texte" id="texte" rows="10" cols="40"></textarea></div></fieldset>'
            '<fieldset><legend>Qui êtes-vous ?</legend><div class="editer saisie_session_nom"><label for="session_nom">Votre nom</label><input type="text" class="text" name="session_nom" id="session_nom" value="" size="40" /></div></fieldset>'
            '<p class="boutons"><input type="submit" class="submit" name="previsualiser_message" value="Prévisualiser" /></p></div></form></div></div>')


def decidim_comments(resource, comments):
    items = "".join(
        f'<div id="comment_{resource * 3 + i}" class="comment" data-comment-id="{resource * 3 + i}"><div class="comment__header"><div class="author">'
        f'<span class="author__name">{escape(a)}</span></div><span class="comment__date">{d}</span></div>'
        f'<div class="comment__content"><div class="rich-text-display"><p>{escape(t)}</p></div></div>'
        f'<div class="comment__footer"><button class="comment__reply" data-controls="panel-comment{resource * 3 + i}-reply">Répondre</button></div></div>'
        for i, (a, d, t) in enumerate(comments))
    return (f'<section id="comments-for-Proposal-{resource}" class="comments-container" data-decidim-comments=\'{{"commentableGid":"gid://decidim/Decidim::Proposals::Proposal/{resource}"}}\'>'
            f'<h2 class="h4 comments-count">{len(comments)} commentaires</h2><div class="comment-threads">{items}</div>'
            f'<div class="add-comment"><form class="new_comment" id="new_comment_for_Proposal_{resource}" action="/comments" method="post">'
            f'<input type="hidden" name="comment[commentable_gid]" value="gid://decidim/Decidim::Proposals::Proposal/{resource}">'
            f'<label for="add-comment-Proposal-{resource}">Ajouter un commentaire</label>'
            f'<textarea minlength="15" maxlength="1000" id="add-comment-Proposal-{resource}" name="comment[body]" placeholder="Ajoutez votre commentaire ici"></textarea>'
            '<button type="submit" class="button button__sm button__secondary">Publier un commentaire</button></form></div></section>')


def govocal_comments(idea_id, comments):
    items = "".join(
        f'<div class="e2e-comment-thread" id="comment-{idea_id}-{i}"><div class="e2e-parentcomment"><span class="e2e-author-name">{escape(a)}</span> '
        f'<time>{d}</time><div class="e2e-comment-body"><p>{escape(t)}</p></div></div></div>' for i, (a, d, t) in enumerate(comments))
    return (f'<section id="e2e-comments-container" aria-label="Commentaires"><h2>Commentaires <span class="e2e-comment-count">{len(comments)}</span></h2>{items}'
            f'<form id="e2e-parent-comment-form" action="/web_api/v1/ideas/{idea_id}/comments" method="post"><label for="submit-comment">Écrire un commentaire</label>'
            '<textarea id="submit-comment" name="comment[body_multiloc][fr-FR]" placeholder="Qu\'en pensez-vous ?"></textarea>'
            '<button type="submit" class="e2e-submit-parentcomment">Publier</button></form></section>')


def comments_closed():
    return '<div id="comments" class="comments comments--closed"><p class="comments__closed">Les commentaires sont fermés pour cet article.</p></div>'


# ---- polls and questionnaires --------------------------------------------------------------------

def yop_poll(poll_id, question, answers):
    items = "".join(f'<li class="basic-answer" data-id="{poll_id * 10 + i}"><div class="form-group"><input type="radio" id="answer[{poll_id * 10 + i}]" '
                    f'name="answer[{poll_id}]" value="{poll_id * 10 + i}"><label class="basic-answer-content basic-text-vertical" for="answer[{poll_id * 10 + i}]">{escape(a)}</label></div></li>'
                    for i, a in enumerate(answers))
    return (f'<section class="widget widget_yop_poll_widget"><h2 class="widget-title">Votre avis</h2>'
            f'<div class="bootstrap-yop yop-poll-mc"><div class="basic-yop-poll-container" data-id="{poll_id}" data-temp="basic" data-cookie="0" data-ip="0">'
            f'<div class="basic-inner"><div class="basic-message hide"></div><form class="basic-form" action=""><input type="hidden" name="_token" value="a81c2f" autocomplete="off">'
            f'<div class="basic-elements"><div class="basic-element basic-question basic-question-text-vertical" data-id="{poll_id}" data-uid="q{poll_id}" data-type="question" data-question-type="text" data-min="1" data-max="1" data-display="vertical">'
            f'<div role="radiogroup"><fieldset><legend class="basic-question-title"><h5>{escape(question)}</h5></legend><ul class="basic-answers">{items}</ul></fieldset></div></div></div>'
            '<div class="basic-vote"><button class="button basic-vote-button" style="background-color:#2a6e9e">Voter</button></div></form></div></div></div></section>')


def drupal_poll(poll_id, question, answers):
    items = "".join(f'<div class="js-form-item form-item js-form-type-radio form-item-choice"><input data-drupal-selector="edit-choice-{poll_id * 10 + i}" type="radio" id="edit-choice-{poll_id * 10 + i}" name="choice" value="{poll_id * 10 + i}" class="form-radio" />'
                    f'<label for="edit-choice-{poll_id * 10 + i}" class="option">{escape(a)}</label></div>' for i, a in enumerate(answers))
    return (f'<div id="block-pollrecent" class="block block-poll block-poll-recent-block"><h2>Sondage</h2>'
            f'<form class="poll-view-form poll-view-form-{poll_id}" data-drupal-selector="poll-view-form-{poll_id}" action="/poll/{poll_id}" method="post" id="poll-view-form-{poll_id}" accept-charset="UTF-8">'
            f'<div class="poll"><div class="poll-question"><h3>{escape(question)}</h3></div><fieldset data-drupal-selector="edit-choice" id="edit-choice--wrapper" class="fieldgroup form-composite js-form-item form-item js-form-wrapper form-wrapper">'
            f'<legend><span class="visually-hidden fieldset-legend">Choix</span></legend><div class="fieldset-wrapper"><div id="edit-choice" class="form-radios">{items}</div></div></fieldset>'
            '<input data-drupal-selector="edit-vote" type="submit" id="edit-vote" name="op" value="Voter" class="button js-form-submit form-submit" /></div>'
            f'<input data-drupal-selector="edit-poll-view-form-{poll_id}" type="hidden" name="form_id" value="poll_view_form_{poll_id}" /></form></div>')


def poll_results(question, rows, cls="poll-results", note="Sondage clos."):
    bars = "".join(f'<li class="{cls}__row"><span class="{cls}__label">{escape(a)}</span> <span class="{cls}__bar" style="width:{p}%"></span>'
                   f' <span class="{cls}__pct">{p} %</span> <span class="{cls}__votes">({n} votes)</span></li>' for a, p, n in rows)
    total = sum(n for _, _, n in rows)
    return (f'<div class="{cls}"><h3 class="{cls}__question">{escape(question)}</h3><ul class="{cls}__list">{bars}</ul>'
            f'<p class="{cls}__total">Total : {total} votes. {note}</p></div>')


def joomla_poll(poll_id, question, answers):
    items = "".join(f'<li><input type="radio" name="voteid" id="voteid{poll_id * 10 + i}" value="{poll_id * 10 + i}"><label for="voteid{poll_id * 10 + i}">{escape(a)}</label></li>'
                    for i, a in enumerate(answers))
    return (f'<div class="moduletable mod-sondage"><h3>Le sondage du mois</h3><form action="/index.php?option=com_sondage&amp;task=vote" method="post" name="form2" class="sondage-form">'
            f'<h4 class="sondage-question">{escape(question)}</h4><ul class="sondage-reponses">{items}</ul>'
            f'<input type="submit" name="task_button" class="btn btn-primary" value="Voter"><input type="hidden" name="id" value="{poll_id}"></form></div>')


def questionnaire(action, questions, cls="questionnaire", open_text=None, submit="Envoyer mes réponses"):
    """A questionnaire form: questions (question, [answers]); an optional free-text question."""
    out = []
    for qi, (q, answers) in enumerate(questions):
        opts = "".join(f'<label class="{cls}__choix"><input type="radio" name="q{qi + 1}" value="{ai}"> {escape(a)}</label>' for ai, a in enumerate(answers))
        out.append(f'<fieldset class="{cls}__question"><legend>{qi + 1}. {escape(q)}</legend>{opts}</fieldset>')
    if open_text:
        out.append(f'<div class="{cls}__question"><label for="{cls}-libre">{escape(open_text)}</label><textarea id="{cls}-libre" name="libre" rows="4"></textarea></div>')
    return f'<form class="{cls}" action="{action}" method="post">' + "".join(out) + f'<button type="submit" class="{cls}__submit">{submit}</button></form>'


def google_form(form_id, title):
    return (f'<div class="embed-questionnaire"><iframe src="https://docs.google.com/forms/d/e/{form_id}/viewform?embedded=true" width="100%" height="1400" '
            f'frameborder="0" marginheight="0" marginwidth="0" title="{escape(title)}">Chargement…</iframe></div>')


def framaforms(slug, title):
    return (f'<div class="iframe-framaforms"><iframe src="https://framaforms.org/{slug}" width="100%" height="900" style="border:none;" '
            f'title="{escape(title)}"></iframe><p><a href="https://framaforms.org/{slug}" target="_blank" rel="noopener">Ouvrir le questionnaire dans une nouvelle fenêtre</a></p></div>')


# ---- boards ---------------------------------------------------------------------------------------

def board_index(rows, cls="forum-maison"):
    """A home-made board's list: (href, title, author, replies, last)."""
    trs = "".join(f'<tr><td class="{cls}__sujet"><a href="{h}">{escape(t)}</a><br><small>par {escape(a)}</small></td>'
                  f'<td class="{cls}__reponses">{r}</td><td class="{cls}__dernier">{escape(l)}</td></tr>' for h, t, a, r, l in rows)
    return (f'<table class="{cls}__table"><caption>Derniers sujets</caption><thead><tr><th scope="col">Sujet</th><th scope="col">Réponses</th>'
            f'<th scope="col">Dernier message</th></tr></thead><tbody>{trs}</tbody></table>')


def board_thread(action, posts, cls="forum-maison"):
    items = "".join(f'<div class="{cls}__post" id="msg{i}"><div class="{cls}__auteur">{escape(a)}<br><small>{d}</small></div>'
                    f'<div class="{cls}__texte"><p>{escape(t)}</p></div></div>' for i, (a, d, t) in enumerate(posts))
    return (f'<div class="{cls}__fil">{items}</div><form class="{cls}__repondre" action="{action}" method="post"><h2>Répondre à ce sujet</h2>'
            f'<label for="rep-texte">Votre réponse</label><textarea id="rep-texte" name="reponse" rows="6"></textarea>'
            '<button type="submit">Publier la réponse</button></form>')


def kunena_category(rows):
    trs = "".join(f'<tr class="category"><td class="hidden-phone center"><span class="kicon-topic"></span></td><td><div><a class="hasTooltip topictitle" href="{h}">{escape(t)}</a></div>'
                  f'<div class="started">Sujet démarré par {escape(a)}</div></td><td class="hidden-phone center"><span class="replies">Réponses:</span><span class="repliesnum">{r}</span></td>'
                  f'<td class="hidden-phone"><div class="klatest-post-info">{escape(l)}</div></td></tr>' for h, t, a, r, l in rows)
    return (f'<div id="kunena" class="layout"><div class="kfrontend"><table class="table table-bordered table-striped table-hover"><thead><tr><th colspan="4">Sujets</th></tr></thead>'
            f'<tbody class="topic-list">{trs}</tbody></table><a class="btn btn-primary" href="#">Nouveau sujet</a></div></div>')


def kunena_topic(action, posts):
    items = "".join(f'<div class="row-fluid message message-published"><div class="span2 profile-horizontal-left"><ul class="unstyled center profilebox"><li><strong>{escape(a)}</strong></li></ul></div>'
                    f'<div class="span10 message-published"><small class="text-muted pull-right">{d}</small><div class="kmsg"><p>{escape(t)}</p></div></div></div>'
                    for a, d, t in posts)
    return (f'<div id="kunena" class="layout"><div class="kfrontend">{items}<form action="{action}" method="post" id="postform" name="postform" class="form-horizontal">'
            '<h3>Réponse rapide</h3><textarea class="inputbox" name="message" id="kbbcode-message" rows="6"></textarea><input type="hidden" name="task" value="post">'
            '<input type="submit" class="btn btn-success" name="submit" value="Envoyer"></form></div></div>')
