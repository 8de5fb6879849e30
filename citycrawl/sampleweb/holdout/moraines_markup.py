"""Markup helpers of the mountain, spa and seaside towns part: the forms, widgets and blocks their CMSs and
platforms render (WordPress plugins, Joomla components, Drupal webforms, SPIP forms, TYPO3 powermail,
agency CMS blocks, platform cards), written from how those packages name their fields and classes."""
from html import escape


def prose(*paras):
    return "".join(f"<p>{p}</p>" for p in paras)


def h2(text):
    return f"<h2>{text}</h2>"


def links(items, cls="liste-liens"):
    return f'<ul class="{cls}">' + "".join(f'<li><a href="{href}">{label}</a></li>' for href, label in items) + "</ul>"


def cookie_banner():
    return ('<div id="tarteaucitronRoot" class="cookie-banner" role="region" aria-label="Gestion des cookies">'
            '<p>Ce site utilise des cookies de mesure d\'audience. <button type="button" class="tac-accept">Tout accepter</button> '
            '<button type="button" class="tac-deny">Tout refuser</button> <a href="/mentions-legales">Personnaliser</a></p></div>')


def teasers(items, title="Actualités"):
    cards = "".join(f'<article class="teaser"><p class="teaser__date">{date}</p><h3 class="teaser__title">'
                    f'<a href="{href}">{label}</a></h3><p>{chapo}</p></article>' for href, label, date, chapo in items)
    return f'<section class="news-teasers"><h2>{title}</h2>{cards}</section>'


def agenda(items):
    rows = "".join(f'<li class="agenda__item"><time>{d}</time> <span>{t}</span></li>' for d, t in items)
    return f'<section class="agenda"><h2>Agenda</h2><ul class="agenda__list">{rows}</ul></section>'


def quick_access(items):
    tiles = "".join(f'<li class="acces__tile"><a href="{href}"><span class="acces__icon" aria-hidden="true"></span>{label}</a></li>'
                    for href, label in items)
    return f'<nav class="acces-rapides" aria-label="Accès rapides"><h2>En un clic</h2><ul>{tiles}</ul></nav>'


def with_sidebar(main, aside):
    return f'<div class="layout-2col"><div class="col-main">{main}</div><aside class="col-side sidebar widget-area">{aside}</aside></div>'


def share(url, title=""):
    u = escape(url, quote=True)
    return ('<div class="partage"><span>Partager :</span> '
            f'<a class="share-fb" href="https://www.facebook.com/sharer/sharer.php?u={u}" target="_blank" rel="noopener">Facebook</a> '
            f'<a class="share-x" href="https://x.com/share?url={u}&amp;text={escape(title, quote=True)}" target="_blank" rel="noopener">X</a> '
            f'<a class="share-li" href="https://www.linkedin.com/shareArticle?mini=true&amp;url={u}" target="_blank" rel="noopener">LinkedIn</a> '
            f'<a class="share-mail" href="mailto:?subject={escape(title, quote=True)}&amp;body={u}">Courriel</a></div>')


def newsletter(action, list_id="3"):
    return (f'<form class="newsletter-form mailpoet_form" method="post" action="{action}" novalidate>'
            '<h2>Lettre d\'information</h2><p>Recevez chaque mois les nouvelles de la commune.</p>'
            f'<input type="hidden" name="data[segments][]" value="{list_id}">'
            '<label for="nl-mail">Votre adresse e-mail</label><input type="email" id="nl-mail" name="data[form_field_email]" required>'
            '<input type="checkbox" id="nl-rgpd" name="data[rgpd]" value="1" required><label for="nl-rgpd">J\'accepte de recevoir la lettre</label>'
            '<input type="submit" class="mailpoet_submit" value="Je m\'abonne"></form>')


# ---- WordPress ---------------------------------------------------------------------------------------------

def wp_polls(pid, question, answers, first_answer=40):
    items = "".join(f'<li><input type="radio" id="poll-answer-{first_answer + i}" name="poll_{pid}" value="{first_answer + i}" />'
                    f'<label for="poll-answer-{first_answer + i}">{a}</label></li>' for i, a in enumerate(answers))
    return (f'<section class="widget widget_polls-widget"><h2 class="widget-title">Sondage</h2>'
            f'<div id="polls-{pid}" class="wp-polls"><form id="polls_form_{pid}" class="wp-polls-form" action="/index.php" method="post">'
            f'<p style="display: none;"><input type="hidden" id="poll_{pid}_nonce" name="wp-polls-nonce" value="3f9a2c71de" /></p>'
            f'<p style="display: none;"><input type="hidden" name="poll_id" value="{pid}" /></p>'
            f'<p style="text-align: center;"><strong>{question}</strong></p><div id="polls-{pid}-ans" class="wp-polls-ans">'
            f'<ul class="wp-polls-ul">{items}</ul><p style="text-align: center;"><input type="button" name="vote" value="   Voter   " '
            f'class="Buttons" onclick="poll_vote({pid});" /></p><p style="text-align: center;"><a href="#ViewPollResults" '
            f'onclick="poll_result({pid}); return false;" title="Voir les résultats de ce sondage">Voir les résultats</a></p></div>'
            f'</form></div><div id="polls-{pid}-loading" class="wp-polls-loading"><img src="/wp-content/plugins/wp-polls/images/loading.gif" '
            f'width="16" height="16" alt="Chargement ..." class="wp-polls-image" />&nbsp;Chargement ...</div></section>')


def wp_polls_closed(pid, question, rows, total):
    bars = "".join(f'<li>{a} <small>({pct}%, {n} votes)</small><div class="pollbar" style="width: {pct}%;" title="{a} ({pct}% | {n} votes)"></div></li>'
                   for a, pct, n in rows)
    return (f'<div id="polls-{pid}" class="wp-polls"><p style="text-align: center;"><strong>{question}</strong></p>'
            f'<ul class="wp-polls-ul">{bars}</ul><p style="text-align: center;">Votants : <strong>{total}</strong></p>'
            '<p style="text-align: center;">Ce sondage est clos.</p></div>')


def cf7(action, form_id, fields=("your-name", "your-email", "your-subject"), message="your-message", submit="Envoyer"):
    labels = {"your-name": "Votre nom", "your-email": "Votre e-mail", "your-subject": "Objet", "your-phone": "Téléphone",
              "your-hamlet": "Hameau ou quartier"}
    inputs = "".join(f'<p><label>{labels.get(f, f)}<br /><span class="wpcf7-form-control-wrap" data-name="{f}">'
                     f'<input size="40" class="wpcf7-form-control wpcf7-text" aria-invalid="false" value="" type="{"email" if "mail" in f else "text"}" name="{f}" />'
                     '</span></label></p>' for f in fields)
    return (f'<div class="wpcf7 no-js" id="wpcf7-f{form_id}-o1" lang="fr-FR" dir="ltr"><div class="screen-reader-response">'
            '<p role="status" aria-live="polite" aria-atomic="true"></p></div>'
            f'<form action="{action}#wpcf7-f{form_id}-o1" method="post" class="wpcf7-form init" aria-label="Formulaire de contact" novalidate="novalidate" data-status="init">'
            f'<div style="display: none;"><input type="hidden" name="_wpcf7" value="{form_id}" /><input type="hidden" name="_wpcf7_version" value="5.9.3" />'
            f'<input type="hidden" name="_wpcf7_locale" value="fr_FR" /><input type="hidden" name="_wpcf7_unit_tag" value="wpcf7-f{form_id}-o1" /></div>'
            f'{inputs}<p><label>Votre message<br /><span class="wpcf7-form-control-wrap" data-name="{message}"><textarea cols="40" rows="10" '
            f'class="wpcf7-form-control wpcf7-textarea" aria-invalid="false" name="{message}"></textarea></span></label></p>'
            f'<p><input class="wpcf7-form-control wpcf7-submit has-spinner" type="submit" value="{submit}" /></p>'
            '<div class="wpcf7-response-output" aria-hidden="true"></div></form></div>')


def wp_comments(post_id, existing, open_=True):
    items = "".join(f'<li id="comment-{post_id * 10 + i}" class="comment even thread-even depth-1"><article class="comment-body">'
                    f'<footer class="comment-meta"><div class="comment-author vcard"><b class="fn">{who}</b> <span class="says">dit :</span></div>'
                    f'<div class="comment-metadata"><time>{when}</time></div></footer><div class="comment-content"><p>{text}</p></div>'
                    f'<div class="reply"><a rel="nofollow" class="comment-reply-link" href="#respond">Répondre</a></div></article></li>'
                    for i, (who, when, text) in enumerate(existing))
    head = f'<h2 class="comments-title">{len(existing)} réflexions sur cet article</h2>' if existing else ""
    form = ""
    if open_:
        form = ('<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Laisser un commentaire</h3>'
                '<form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate>'
                '<p class="comment-notes">Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *</p>'
                '<p class="comment-form-comment"><label for="comment">Commentaire *</label><textarea id="comment" name="comment" cols="45" rows="8" maxlength="65525" required></textarea></p>'
                '<p class="comment-form-author"><label for="author">Nom *</label><input id="author" name="author" type="text" value="" size="30" maxlength="245" required /></p>'
                '<p class="comment-form-email"><label for="email">E-mail *</label><input id="email" name="email" type="email" value="" size="30" maxlength="100" required /></p>'
                f'<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Laisser un commentaire" />'
                f'<input type="hidden" name="comment_post_ID" value="{post_id}" id="comment_post_ID" /><input type="hidden" name="comment_parent" id="comment_parent" value="0" /></p>'
                '</form></div>')
    else:
        form = '<p class="no-comments">Les commentaires sont fermés.</p>'
    return f'<div id="comments" class="comments-area">{head}<ol class="comment-list">{items}</ol>{form}</div>'


def crowdsignal_embed(pid, question, answers):
    """A Crowdsignal (ex-Polldaddy) poll as its WordPress shortcode renders it."""
    opts = "".join(f'<div class="pds-answer-group"><input class="pds-checkbox" type="radio" id="PDI_answer{pid}{i}" name="PDI_answer{pid}" value="{pid}{i}">'
                   f'<label for="PDI_answer{pid}{i}" class="pds-answer-span">{a}</label></div>' for i, a in enumerate(answers))
    return (f'<div class="CSS_Poll PDS_Poll" id="PDI_container{pid}"><form name="PDI_form{pid}"><div class="pds-box"><div class="pds-box-outer">'
            f'<div class="pds-question"><div class="pds-question-top">{question}</div></div><div class="pds-answer">{opts}</div>'
            f'<div class="pds-vote"><a href="javascript:PD_vote{pid}(0);" id="pd-vote-button{pid}" class="css-vote-button pds-vote-button">Voter</a>'
            f'<span class="pds-links"><a href="javascript:PD_results{pid}();" class="pds-view-results">Voir les résultats</a></span></div>'
            f'</div></div></form></div><script type="text/javascript" charset="utf-8" src="https://secure.polldaddy.com/p/{pid}.js"></script>'
            f'<noscript>Activez JavaScript pour répondre au sondage : {question}</noscript>')


def woo_checkout(action):
    return (f'<form name="checkout" method="post" class="checkout woocommerce-checkout" action="{action}" enctype="multipart/form-data">'
            '<h3>Détails de facturation</h3><p class="form-row"><label for="billing_first_name">Prénom</label><input type="text" name="billing_first_name" id="billing_first_name"></p>'
            '<p class="form-row"><label for="billing_last_name">Nom</label><input type="text" name="billing_last_name" id="billing_last_name"></p>'
            '<p class="form-row"><label for="billing_email">E-mail</label><input type="email" name="billing_email" id="billing_email"></p>'
            '<p class="form-row"><label for="order_comments">Notes de commande (facultatif)</label><textarea name="order_comments" id="order_comments" '
            'placeholder="Commentaires concernant votre commande, ex. : consignes de retrait du forfait."></textarea></p>'
            '<div id="payment" class="woocommerce-checkout-payment"><ul class="wc_payment_methods payment_methods methods"><li class="wc_payment_method payment_method_stripe">'
            '<input id="payment_method_stripe" type="radio" class="input-radio" name="payment_method" value="stripe" checked>'
            '<label for="payment_method_stripe">Carte bancaire</label></li></ul>'
            '<button type="submit" class="button alt" name="woocommerce_checkout_place_order" id="place_order" value="Commander">Commander</button></div></form>')


# ---- Joomla --------------------------------------------------------------------------------------------------

def joomla_contact(action):
    return (f'<div class="com-contact contact"><form id="contact-form" action="{action}" method="post" class="form-validate form-horizontal well">'
            '<fieldset><legend>Envoyer un e-mail</legend>'
            '<div class="control-group"><label id="jform_contact_name-lbl" for="jform_contact_name">Nom *</label><input type="text" name="jform[contact_name]" id="jform_contact_name" required></div>'
            '<div class="control-group"><label for="jform_contact_email">E-mail *</label><input type="email" name="jform[contact_email]" id="jform_contact_email" required></div>'
            '<div class="control-group"><label for="jform_contact_emailmsg">Sujet *</label><input type="text" name="jform[contact_subject]" id="jform_contact_emailmsg" required></div>'
            '<div class="control-group"><label for="jform_contact_message">Message *</label><textarea name="jform[contact_message]" id="jform_contact_message" cols="50" rows="10" required></textarea></div>'
            '<div class="control-group"><input type="checkbox" name="jform[contact_email_copy]" id="jform_contact_email_copy" value="1"><label for="jform_contact_email_copy">Recevoir une copie de ce message</label></div>'
            '</fieldset><button class="btn btn-primary validate" type="submit">Envoyer</button>'
            '<input type="hidden" name="option" value="com_contact"><input type="hidden" name="task" value="contact.submit">'
            '<input type="hidden" name="id" value="1:mairie"><input type="hidden" name="a81c6f2b9d" value="1"></form></div>')


def rsform(form_id, title, fields, submit="Envoyer"):
    """An RSForm! Pro form: fields are (kind, name, label, options)."""
    rows = []
    for kind, name, label, options in fields:
        if kind == "radio":
            inner = "".join(f'<input type="radio" name="form[{name}]" value="{escape(o)}" id="{name}{i}" class="rsform-radio"><label for="{name}{i}">{o}</label>'
                            for i, o in enumerate(options))
        elif kind == "textarea":
            inner = f'<textarea cols="50" rows="5" name="form[{name}]" id="{name}" class="rsform-text-box"></textarea>'
        elif kind == "select":
            inner = f'<select name="form[{name}]" id="{name}" class="rsform-select-box">' + "".join(f"<option>{o}</option>" for o in options) + "</select>"
        else:
            inner = f'<input type="{kind}" value="" size="20" name="form[{name}]" id="{name}" class="rsform-input-box">'
        rows.append(f'<div class="rsform-block rsform-block-{name.lower()}"><label class="formControlLabel" for="{name}">{label}</label>'
                    f'<div class="formControls">{inner}</div></div>')
    return (f'<form method="post" id="userForm" class="formResponsive" enctype="multipart/form-data" action="/component/rsform/form/{form_id}">'
            f'<h2>{title}</h2><fieldset class="formHorizontal formContainer" id="rsform_{form_id}_page_0">{"".join(rows)}'
            f'<div class="rsform-block rsform-block-submit"><button type="submit" name="form[Envoyer]" id="Envoyer" class="rsform-submit-button btn btn-primary">{submit}</button></div>'
            f'</fieldset><input type="hidden" name="form[formId]" value="{form_id}"></form>')


def joomla_reviews(items, average):
    """Guest reviews imported from a booking partner: stars, no form."""
    stars = "".join(f'<div class="avis" itemprop="review" itemscope itemtype="https://schema.org/Review"><span class="avis__note" itemprop="reviewRating">{n}/5 '
                    f'{"★" * n}{"☆" * (5 - n)}</span> <strong itemprop="author">{who}</strong><p itemprop="reviewBody">{text}</p></div>'
                    for who, n, text in items)
    return (f'<section class="avis-clients" itemscope itemtype="https://schema.org/LodgingBusiness"><h2>Avis des curistes</h2>'
            f'<p class="avis__moyenne">Note moyenne : {average}/5 ({len(items)} avis vérifiés par notre partenaire de réservation)</p>{stars}</section>')


# ---- Drupal ----------------------------------------------------------------------------------------------------

def webform(form_id, fields, submit="Envoyer", title=""):
    """A Drupal webform: fields are (kind, key, label, options)."""
    rows = []
    for kind, key, label, options in fields:
        k = key.replace("_", "-")
        if kind == "radios":
            inner = "".join(f'<div class="js-form-item form-item js-form-type-radio form-type--radio"><input data-drupal-selector="edit-{k}-{i}" type="radio" id="edit-{k}-{i}" '
                            f'name="{key}" value="{escape(o)}" class="form-radio"><label for="edit-{k}-{i}" class="option">{o}</label></div>'
                            for i, o in enumerate(options))
            rows.append(f'<fieldset data-drupal-selector="edit-{k}" id="edit-{k}--wrapper" class="radios--wrapper fieldgroup form-composite webform-composite-visible-title js-webform-type-radios webform-type-radios">'
                        f'<legend><span class="fieldset-legend">{label}</span></legend><div class="fieldset-wrapper"><div id="edit-{k}" class="js-webform-radios webform-options-display-one-column form-radios">{inner}</div></div></fieldset>')
        elif kind == "textarea":
            rows.append(f'<div class="js-form-item form-item js-form-type-textarea form-type-textarea js-form-item-{k} form-item-{k}"><label for="edit-{k}">{label}</label>'
                        f'<div class="form-textarea-wrapper"><textarea data-drupal-selector="edit-{k}" id="edit-{k}" name="{key}" rows="5" cols="60" class="form-textarea"></textarea></div></div>')
        else:
            rows.append(f'<div class="js-form-item form-item js-form-type-{kind} form-type-{kind} js-form-item-{k} form-item-{k}"><label for="edit-{k}">{label}</label>'
                        f'<input data-drupal-selector="edit-{k}" type="{kind}" id="edit-{k}" name="{key}" value="" size="60" maxlength="255" class="form-{kind}"></div>')
    fid = form_id.replace("_", "-")
    return (f'{title}<form class="webform-submission-form webform-submission-add-form webform-submission-{fid}-form js-webform-details-toggle webform-details-toggle" '
            f'data-drupal-selector="webform-submission-{fid}-add-form" action="/form/{fid}" method="post" id="webform-submission-{fid}-add-form" accept-charset="UTF-8">'
            f'{"".join(rows)}<div data-drupal-selector="edit-actions" class="form-actions webform-actions js-form-wrapper form-wrapper" id="edit-actions">'
            f'<input class="webform-button--submit button button--primary js-form-submit form-submit" data-drupal-selector="edit-submit" type="submit" id="edit-submit--2" name="op" value="{submit}"></div>'
            f'<input autocomplete="off" data-drupal-selector="form-x1y2z3" type="hidden" name="form_build_id" value="form-x1y2z3a4b5c6">'
            f'<input data-drupal-selector="edit-webform-submission-{fid}-add-form" type="hidden" name="form_id" value="webform_submission_{form_id}_add_form"></form>')


def drupal_comments(node_id, existing):
    items = "".join(f'<article data-comment-user-id="0" id="comment-{node_id * 3 + i}" class="comment js-comment by-anonymous"><footer class="comment__meta">'
                    f'<p class="comment__author"><span>{who}</span></p><p class="comment__time">{when}</p></footer>'
                    f'<div class="comment__content"><div class="field field--name-comment-body field--type-text-long">{text}</div></div></article>'
                    for i, (who, when, text) in enumerate(existing))
    return (f'<section id="comments" class="field field--name-comment field--type-comment field--label-above comment-wrapper"><h2 class="title comment-section__title">Commentaires</h2>{items}'
            '<h2 class="title comment-form__title">Ajouter un commentaire</h2>'
            f'<form class="comment-comment-form comment-form" data-drupal-selector="comment-form" action="/comment/reply/node/{node_id}/comment" method="post" id="comment-form" accept-charset="UTF-8">'
            '<div class="js-form-item form-item js-form-type-textfield form-item-name"><label for="edit-name">Votre nom</label><input data-drupal-selector="edit-name" type="text" id="edit-name" name="name" value="" size="30" maxlength="60" class="form-text"></div>'
            '<div class="field--type-text-long field--name-comment-body field--widget-text-textarea js-form-wrapper form-wrapper" data-drupal-selector="edit-comment-body-wrapper" id="edit-comment-body-wrapper">'
            '<div class="js-form-item form-item js-form-type-textarea form-item-comment-body-0-value"><label for="edit-comment-body-0-value" class="js-form-required form-required">Commentaire</label>'
            '<div class="form-textarea-wrapper"><textarea class="js-text-full text-full form-textarea required" data-drupal-selector="edit-comment-body-0-value" id="edit-comment-body-0-value" name="comment_body[0][value]" rows="5" cols="60" required="required"></textarea></div></div></div>'
            '<input data-drupal-selector="edit-comment-form" type="hidden" name="form_id" value="comment_comment_form">'
            '<div data-drupal-selector="edit-actions" class="form-actions js-form-wrapper form-wrapper" id="edit-actions"><input data-drupal-selector="edit-submit" type="submit" id="edit-submit" name="op" value="Enregistrer" class="button button--primary js-form-submit form-submit"></div></form></section>')


# ---- SPIP ------------------------------------------------------------------------------------------------------

def spip_forum(id_article, existing):
    msgs = "".join(f'<li class="forum-fil"><div class="forum-message"><div class="forum-chapo"><strong class="forum-titre">{title}</strong> '
                   f'<small>{when}, par {who}</small></div><div class="forum-texte"><p>{text}</p></div></div></li>' for who, when, title, text in existing)
    return (f'<div class="comments forum-total"><h2 class="h2">Messages</h2><ul class="forum">{msgs}</ul></div>'
            f'<div class="formulaire_spip formulaire_forum ajax" id="formulaire_forum"><form action="/spip.php?article{id_article}#formulaire_forum" method="post" enctype="multipart/form-data">'
            f'<div><input name="formulaire_action" type="hidden" value="forum"><input name="formulaire_action_args" type="hidden" value="Gh7YpX1a">'
            f'<input type="hidden" name="id_article" value="{id_article}"><input type="hidden" name="id_objet" value="{id_article}"><input type="hidden" name="objet" value="article"></div>'
            '<fieldset class="qui saisie_qui"><legend>Qui êtes-vous ?</legend><div class="editer saisie_session_nom"><label for="session_nom">Votre nom</label>'
            '<input type="text" class="text" name="session_nom" id="session_nom" value="" size="40"></div><div class="editer saisie_session_email"><label for="session_email">Votre adresse email</label>'
            '<input type="email" class="text email" name="session_email" id="session_email" value="" size="40"></div></fieldset>'
            '<fieldset><legend>Votre message</legend><div class="editer saisie_titre obligatoire"><label for="titre">Titre</label><input type="text" class="text" name="titre" id="titre" value="" size="60"></div>'
            '<div class="editer saisie_texte obligatoire"><label for="texte">Texte de votre message</label><textarea name="texte" id="texte" rows="10" cols="40"></textarea></div></fieldset>'
            '<p class="explication saisie_texte_info">Ce formulaire accepte les raccourcis SPIP. Les messages sont modérés a priori.</p>'
            '<p class="boutons"><input type="submit" class="submit" name="previsualiser_message_forum" value="Prévisualiser"></p></form></div>')


def spip_petition(id_article, count, recent):
    sig = "".join(f'<tr class="row_odd"><td class="signature-date">{when}</td><td class="signature-nom">{who}</td></tr>' for when, who in recent)
    return (f'<div class="formulaire_spip formulaire_signature ajax" id="sp{id_article}"><br class="bugajaxie"><h2 class="titrem">Signer cette pétition</h2>'
            f'<form method="post" action="/spip.php?article{id_article}#sp{id_article}"><div><input name="formulaire_action" type="hidden" value="signature">'
            f'<input name="formulaire_action_args" type="hidden" value="k2Qw{id_article}"><input type="hidden" name="id_article" value="{id_article}"></div>'
            '<fieldset><legend>Votre signature</legend><ul><li class="editer saisie_session_nom obligatoire"><label for="session_nom">Votre nom ou pseudo</label>'
            '<input type="text" class="text" name="session_nom" id="session_nom" value="" size="20"></li>'
            '<li class="editer saisie_session_email obligatoire"><label for="session_email">Votre adresse email</label><input type="email" class="text email" name="session_email" id="session_email" value="" size="20"></li>'
            '<li class="editer saisie_message"><label for="message">Un message, un commentaire ?</label><textarea name="message" id="message" rows="3" cols="20"></textarea></li></ul></fieldset>'
            '<p class="boutons"><input type="submit" class="submit" value="Valider"></p></form></div>'
            f'<div class="petition-signatures"><h2>{count} signatures</h2><table class="spip signatures">{sig}</table>'
            '<p>Les signatures sont publiées après confirmation par courriel.</p></div>')


def spip_contact(id_auteur):
    return (f'<div class="formulaire_spip formulaire_ecrire_auteur ajax" id="formulaire_ecrire_auteur{id_auteur}">'
            f'<form method="post" action="/spip.php?page=contact#formulaire_ecrire_auteur{id_auteur}"><div><input name="formulaire_action" type="hidden" value="ecrire_auteur">'
            f'<input name="formulaire_action_args" type="hidden" value="Tq4a{id_auteur}"></div><fieldset><ul>'
            '<li class="editer saisie_email_message_auteur obligatoire"><label for="email_message_auteur">Votre adresse email</label><input type="email" class="text email" name="email_message_auteur" id="email_message_auteur" value="" size="30"></li>'
            '<li class="editer saisie_sujet_message_auteur obligatoire"><label for="sujet_message_auteur">Sujet</label><input type="text" class="text" name="sujet_message_auteur" id="sujet_message_auteur" value="" size="30"></li>'
            '<li class="editer saisie_texte_message_auteur obligatoire"><label for="texte_message_auteur">Texte de votre message</label><textarea name="texte_message_auteur" id="texte_message_auteur" rows="8" cols="60"></textarea></li>'
            '</ul></fieldset><p class="boutons"><input type="submit" class="submit" name="valide" value="Envoyer"></p></form></div>')


# ---- TYPO3 -----------------------------------------------------------------------------------------------------

def powermail(uid, fields, submit="Envoyer"):
    """A powermail form: fields are (kind, marker, label, options)."""
    rows = []
    for kind, marker, label, options in fields:
        name = f"tx_powermail_pi1[field][{marker}]"
        if kind == "textarea":
            inner = f'<textarea rows="5" cols="20" id="powermail_field_{marker}" class="powermail_textarea form-control" name="{name}"></textarea>'
        elif kind == "radio":
            inner = "".join(f'<div class="radio"><label><input type="radio" id="powermail_field_{marker}_{i + 1}" class="powermail_radio" name="{name}" value="{escape(o)}">{o}</label></div>'
                            for i, o in enumerate(options))
        else:
            inner = f'<input class="powermail_input form-control" id="powermail_field_{marker}" type="{kind}" name="{name}" value="">'
        rows.append(f'<div class="powermail_fieldwrap powermail_fieldwrap_type_{kind} powermail_fieldwrap_{marker} form-group">'
                    f'<label for="powermail_field_{marker}" class="control-label">{label}</label><div>{inner}</div></div>')
    return (f'<div class="tx-powermail"><div class="container-fluid"><form data-powermail-validate="data-powermail-validate" enctype="multipart/form-data" '
            f'name="field" class="powermail_form powermail_form_{uid} nolabel form-horizontal" '
            f'action="?tx_powermail_pi1%5Baction%5D=create&amp;tx_powermail_pi1%5Bcontroller%5D=Form&amp;cHash=9c0e{uid}" method="post">'
            f'<fieldset class="powermail_fieldset powermail_fieldset_{uid}">{"".join(rows)}'
            f'<div class="powermail_fieldwrap powermail_fieldwrap_type_submit form-group"><input class="btn btn-primary" type="submit" value="{submit}"></div></fieldset>'
            f'<input class="powermail_form_uid" type="hidden" name="tx_powermail_pi1[mail][form]" value="{uid}"></form></div></div>')


def booking(action, what):
    return (f'<form class="booking-form" method="post" action="{action}"><h2>Réserver : {what}</h2>'
            '<label for="bk-date">Date d\'arrivée</label><input type="date" id="bk-date" name="arrival">'
            '<label for="bk-nights">Nombre de nuits</label><select id="bk-nights" name="nights"><option>6</option><option>13</option><option>20</option></select>'
            '<label for="bk-people">Personnes</label><input type="number" id="bk-people" name="people" min="1" value="1">'
            '<label for="bk-mail">E-mail</label><input type="email" id="bk-mail" name="email">'
            '<button type="submit">Vérifier les disponibilités</button></form>')


# ---- agency CMS blocks ---------------------------------------------------------------------------------------

def vendor_form(action, legend, fields, submit="Envoyer", cls="form"):
    """An accessible agency-CMS form: fields are (kind, name, label, options)."""
    rows = []
    for kind, name, label, options in fields:
        if kind == "textarea":
            rows.append(f'<div class="form__field"><label for="f-{name}">{label}</label><textarea id="f-{name}" name="{name}" rows="6"></textarea></div>')
        elif kind == "radio":
            opts = "".join(f'<li><input type="radio" id="f-{name}-{i}" name="{name}" value="{escape(o)}"><label for="f-{name}-{i}">{o}</label></li>'
                           for i, o in enumerate(options))
            rows.append(f'<fieldset class="form__group"><legend>{label}</legend><ul class="form__radios">{opts}</ul></fieldset>')
        elif kind == "select":
            opts = "".join(f"<option>{o}</option>" for o in options)
            rows.append(f'<div class="form__field"><label for="f-{name}">{label}</label><select id="f-{name}" name="{name}">{opts}</select></div>')
        else:
            rows.append(f'<div class="form__field"><label for="f-{name}">{label}</label><input type="{kind}" id="f-{name}" name="{name}"></div>')
    return (f'<form class="{cls}" method="post" action="{action}"><fieldset><legend class="form__legend">{legend}</legend>{"".join(rows)}</fieldset>'
            f'<p class="form__mentions">Les informations recueillies sont traitées par la commune conformément au RGPD.</p>'
            f'<button type="submit" class="btn btn--primary">{submit}</button></form>')


# ---- platforms -----------------------------------------------------------------------------------------------

def decidim_cards(items):
    cards = "".join(f'<a href="{href}" class="card__list" id="proposals__proposal_{i + 210}"><div class="card__list-content">'
                    f'<h3 class="card__list-title">{title}</h3><div class="card__list-metadata"><span>{meta}</span></div></div></a>'
                    for i, (href, title, meta) in enumerate(items))
    return f'<div class="card__list-list" id="proposals">{cards}</div>'


def decidim_proposal_form(action):
    return (f'<form class="new_proposal form-defaults" id="new_proposal" action="{action}" accept-charset="UTF-8" method="post">'
            '<input type="hidden" name="authenticity_token" value="h2Zl0Xq9">'
            '<div class="form__wrapper"><label for="proposal_title">Titre<span class="label-required">Obligatoire</span></label>'
            '<input type="text" name="proposal[title]" id="proposal_title" maxlength="150" required>'
            '<label for="proposal_body">Description<span class="label-required">Obligatoire</span></label>'
            '<textarea name="proposal[body]" id="proposal_body" rows="8" required></textarea>'
            '<label for="proposal_address">Adresse</label><input type="text" name="proposal[address]" id="proposal_address"></div>'
            '<div class="form__wrapper-block"><button type="submit" class="button button__sm button__secondary">Continuer</button></div></form>')


def decidim_steps(steps, active):
    items = "".join(f'<li class="{"is-active" if i == active else ""}"><span class="process__step-number">{i + 1}</span> '
                    f'<strong>{title}</strong> <span>{dates}</span></li>' for i, (title, dates) in enumerate(steps))
    return f'<div class="process__steps"><h2 class="h4">Phases du processus</h2><ol class="process__steps-list">{items}</ol></div>'


def capco_steps(items):
    tl = "".join(f'<li class="step-{state}"><a href="{href}"><span class="step__title">{t}</span><span class="step__dates">{d}</span>'
                 f'<span class="label label-{"info" if state == "open" else "default"}">{"En cours" if state == "open" else ("À venir" if state == "future" else "Terminé")}</span></a></li>'
                 for href, t, d, state in items)
    return f'<nav class="project__steps" id="project-steps"><ul class="nav nav-pills project__step-list">{tl}</ul></nav>'


def capco_proposal_form(action, categories):
    cats = "".join(f"<option>{c}</option>" for c in categories)
    return (f'<form id="proposal-form" class="proposal-form" method="post" action="{action}">'
            '<div class="form-group"><label class="control-label" for="proposal_title">Titre de votre proposition</label><input type="text" id="proposal_title" name="proposal[title]" class="form-control"></div>'
            '<div class="form-group"><label class="control-label" for="proposal_summary">Résumé</label><input type="text" id="proposal_summary" name="proposal[summary]" maxlength="140" class="form-control"></div>'
            f'<div class="form-group"><label class="control-label" for="proposal_category">Thème</label><select id="proposal_category" name="proposal[category]" class="form-control">{cats}</select></div>'
            '<div class="form-group"><label class="control-label" for="proposal_body">Description du projet</label><textarea id="proposal_body" name="proposal[body]" rows="8" class="form-control"></textarea></div>'
            '<div class="form-group"><label class="control-label" for="proposal_address">Localisation</label><input type="text" id="proposal_address" name="proposal[address]" class="form-control"></div>'
            '<button type="submit" class="btn btn-primary" id="confirm-proposal-create">Déposer</button></form>')


def capco_vote_cards(items, budget):
    cards = "".join(f'<li class="proposal-preview list-group-item"><div class="card__body"><h3 class="card__title"><a href="{href}">{t}</a></h3>'
                    f'<p class="proposal__estimation">Estimation : {cost}</p><button type="button" class="btn btn-success proposal__button__vote" '
                    f'id="proposal-vote-btn-{i}">Voter</button><span class="proposal__votes">{v} votes</span></div></li>'
                    for i, (href, t, cost, v) in enumerate(items))
    return (f'<div class="proposals-list-vote"><p class="budget-gauge">Budget disponible : {budget}. Vous pouvez voter pour 3 projets maximum.</p>'
            f'<ul class="media-list proposal-preview-list">{cards}</ul></div>')


def govocal_cards(items):
    cards = "".join(f'<a class="e2e-idea-card" href="{href}"><div class="IdeaCard__Body"><h3 class="e2e-idea-card-title">{t}</h3>'
                    f'<div class="e2e-idea-card-vote-count"><span>{v}</span> votes</div><div class="e2e-idea-card-comment-count">{c} commentaires</div></div></a>'
                    for href, t, v, c in items)
    return f'<div id="e2e-ideas-list" class="e2e-ideas-container">{cards}</div>'


def govocal_idea_form(project):
    return (f'<form id="idea-form" class="e2e-idea-form" method="post" action="/fr-FR/projects/{project}/ideas/new">'
            '<div class="e2e-title-input"><label for="title_multiloc">Titre</label><input id="title_multiloc" name="title_multiloc[fr-FR]" type="text"></div>'
            '<div class="e2e-body-input"><label for="body_multiloc">Description</label><textarea id="body_multiloc" name="body_multiloc[fr-FR]" rows="6"></textarea></div>'
            '<div><label for="location_description">Lieu (facultatif)</label><input id="location_description" name="location_description" type="text"></div>'
            '<button type="submit" class="e2e-submit-idea-form">Publier votre idée</button></form>')


def govocal_survey(project, questions):
    blocks = "".join(f'<fieldset class="e2e-survey-question"><legend>{q}</legend>' +
                     "".join(f'<label><input type="radio" name="q{i}" value="{j}"> {o}</label>' for j, o in enumerate(opts)) + "</fieldset>"
                     for i, (q, opts) in enumerate(questions))
    return (f'<form id="e2e-native-survey" class="e2e-form-builder" method="post" action="/fr-FR/projects/{project}/surveys/new">'
            f'{blocks}<label for="open-q">Autre remarque</label><textarea id="open-q" name="q_open"></textarea>'
            '<button type="submit" id="e2e-submit-form">Envoyer mes réponses</button></form>')


def gov_comments(existing):
    items = "".join(f'<div class="e2e-comment"><span class="e2e-author-name">{who}</span><p class="e2e-comment-body">{t}</p></div>' for who, t in existing)
    return (f'<section id="e2e-comments-container"><h2>Commentaires ({len(existing)})</h2>{items}'
            '<form class="e2e-comment-form" method="post" action="comments"><label for="submit-comment">Écrire un commentaire</label>'
            '<textarea id="submit-comment" name="comment[body_multiloc][fr-FR]" placeholder="Écrivez votre commentaire ici"></textarea>'
            '<button type="submit" class="e2e-submit-comment">Publier</button></form></section>')


def board_topics(rows, base):
    """A phpBB/Kunena-like topic list: (href, title, author, replies, last)."""
    trs = "".join(f'<li class="row bg{1 + i % 2}"><dl class="row-item topic_read"><dt><div class="list-inner"><a href="{href}" class="topictitle">{t}</a>'
                  f'<br /><div class="topic-poster responsive-hide left-box">par <span class="username">{who}</span></div></div></dt>'
                  f'<dd class="posts">{n} <dfn>Réponses</dfn></dd><dd class="lastpost"><span><dfn>Dernier message </dfn>{last}</span></dd></dl></li>'
                  for i, (href, t, who, n, last) in enumerate(rows))
    return (f'<div class="action-bar bar-top"><a href="{base}ucp.php?mode=login" class="button" title="Écrire un nouveau sujet"><span>Nouveau sujet</span></a></div>'
            f'<div class="forumbg"><div class="inner"><ul class="topiclist"><li class="header"><dl class="row-item"><dt><div class="list-inner">Sujets</div></dt>'
            f'<dd class="posts">Réponses</dd><dd class="lastpost"><span>Dernier message</span></dd></dl></li></ul><ul class="topiclist topics">{trs}</ul></div></div>')


def board_posts(posts, reply_action):
    ps = "".join(f'<div id="p{300 + i}" class="post has-profile bg{1 + i % 2}"><div class="inner"><dl class="postprofile"><dt><a class="username">{who}</a></dt></dl>'
                 f'<div class="postbody"><p class="author">{when}</p><div class="content">{text}</div></div></div></div>' for i, (who, when, text) in enumerate(posts))
    return (ps + f'<form method="post" action="{reply_action}" id="qr_postform"><div class="panel"><h2 class="quickreply-title">Réponse rapide</h2>'
            '<fieldset class="fields1"><textarea style="height: 9em;" name="message" rows="7" cols="76" tabindex="3" class="inputbox"></textarea></fieldset>'
            '<input type="submit" accesskey="s" tabindex="6" name="post" value="Envoyer" class="button1"></div></form>')


def neighbours_feed(posts):
    items = "".join(f'<article class="post-card"><header><span class="post-card__author">{who}</span> · <span class="post-card__area">{area}</span>'
                    f' · <span class="post-card__kind">{kind}</span></header><p>{text}</p><footer><a href="#">{n} réponses</a></footer></article>'
                    for who, area, kind, text, n in posts)
    return (f'<section class="feed"><form class="post-composer" method="post" action="/publications"><label for="new-post">Publier un message à vos voisins</label>'
            f'<select name="kind"><option>Entraide</option><option>Prêt d\'objet</option><option>Alerte</option><option>Événement</option></select>'
            f'<textarea id="new-post" name="body" rows="3"></textarea><button type="submit">Publier</button></form>{items}</section>')
