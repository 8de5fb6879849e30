"""Markup helpers of the "adrets" holdout part: the blocks small French communes paste into their pages
(CMS forms and plugins, embeds of questionnaire services, alert-app widgets) and the full layouts of the
hosted services that have no theme in the sample web (a site builder, civic-tech spaces, a home-made board)."""
from html import escape


# ---- text and layout ---------------------------------------------------------------------------------

def prose(*paragraphs):
    return "".join(f"<p>{p}</p>" for p in paragraphs)


def h2(text):
    return f"<h2>{text}</h2>"


def bullets(*items):
    return "<ul>" + "".join(f"<li>{i}</li>" for i in items) + "</ul>"


def links(items, cls="liste-liens"):
    return f'<ul class="{cls}">' + "".join(f'<li><a href="{escape(h)}">{escape(t)}</a></li>' for h, t in items) + "</ul>"


def teasers(items, title="Actualités"):
    """A news block: (href, title, date, chapo)."""
    cards = "".join(
        f'<article class="teaser"><p class="teaser__date">{d}</p><h3 class="teaser__title"><a href="{escape(h)}">{escape(t)}</a></h3>'
        f"<p>{c}</p></article>" for h, t, d, c in items)
    return f'<section class="bloc-actus"><h2>{title}</h2><div class="teasers">{cards}</div></section>'


def agenda(items):
    rows = "".join(f'<li class="agenda__item"><time>{d}</time> <a href="{escape(h)}">{escape(t)}</a></li>' for h, t, d in items)
    return f'<section class="bloc-agenda"><h2>Agenda</h2><ul class="agenda">{rows}</ul></section>'


def quick(items, title="Accès rapides"):
    tiles = "".join(f'<li class="acces-rapide"><a href="{escape(h)}"><span class="picto"></span>{escape(t)}</a></li>' for h, t in items)
    return f'<nav class="acces-rapides" aria-label="{title}"><h2>{title}</h2><ul>{tiles}</ul></nav>'


def with_aside(main, aside):
    return f'<div class="row"><div class="col-main">{main}</div><aside class="col-aside sidebar widget-area">{aside}</aside></div>'


def cookie_banner(policy="/mentions-legales"):
    return ('<div id="cookie-notice" role="dialog" class="cookie-notice cn-position-bottom" aria-label="Cookies">'
            '<div class="cookie-notice-container"><span id="cn-notice-text" class="cn-text-container">Nous utilisons des '
            'cookies de mesure d\'audience. Vous pouvez les refuser.</span><span id="cn-notice-buttons" class="cn-buttons-container">'
            '<button id="cn-accept-cookie" data-cookie-set="accept" class="cn-set-cookie cn-button">Accepter</button>'
            '<button id="cn-refuse-cookie" data-cookie-set="refuse" class="cn-set-cookie cn-button">Refuser</button>'
            f'<a href="{policy}" target="_blank" id="cn-more-info" class="cn-more-info cn-button">En savoir plus</a></span></div></div>')


def share(url, title=""):
    u = escape(url)
    return ('<div class="partage"><span>Partager :</span>'
            f'<a class="partage__fb" href="https://www.facebook.com/sharer/sharer.php?u={u}" target="_blank" rel="noopener">Facebook</a> '
            f'<a class="partage__x" href="https://twitter.com/intent/tweet?url={u}&amp;text={escape(title)}" target="_blank" rel="noopener">X</a> '
            f'<a class="partage__li" href="https://www.linkedin.com/shareArticle?mini=true&amp;url={u}" target="_blank" rel="noopener">LinkedIn</a> '
            f'<a class="partage__mail" href="mailto:?subject={escape(title)}&amp;body={u}">E-mail</a></div>')


def mailto(address):
    return f'<p class="contact-mail">Écrire : <a href="mailto:{address}">{address}</a></p>'


def download(href, label, size):
    return f'<p class="document"><a class="document__link" href="{escape(href)}">{escape(label)}</a> <span class="document__meta">(PDF, {size})</span></p>'


# ---- contact forms (and the forms that are not) ---------------------------------------------------------

def cf7(action, form_id=112, subject=True):
    """Contact Form 7: wpcf7 wrapper, hidden fields, your-name / your-email / your-message."""
    subj = ('<p><label> Objet<br /><span class="wpcf7-form-control-wrap" data-name="your-subject"><input size="40" '
            'class="wpcf7-form-control wpcf7-text" type="text" name="your-subject" /></span></label></p>') if subject else ""
    return (f'<div class="wpcf7 no-js" id="wpcf7-f{form_id}-p{form_id + 3}-o1" lang="fr-FR" dir="ltr">'
            f'<form action="{action}#wpcf7-f{form_id}-p{form_id + 3}-o1" method="post" class="wpcf7-form init" novalidate="novalidate" data-status="init">'
            f'<div style="display: none;"><input type="hidden" name="_wpcf7" value="{form_id}" /><input type="hidden" name="_wpcf7_version" value="5.9.3" />'
            f'<input type="hidden" name="_wpcf7_locale" value="fr_FR" /><input type="hidden" name="_wpcf7_unit_tag" value="wpcf7-f{form_id}-o1" /></div>'
            '<p><label> Votre nom<br /><span class="wpcf7-form-control-wrap" data-name="your-name"><input size="40" class="wpcf7-form-control wpcf7-text wpcf7-validates-as-required" aria-required="true" type="text" name="your-name" /></span></label></p>'
            '<p><label> Votre e-mail<br /><span class="wpcf7-form-control-wrap" data-name="your-email"><input size="40" class="wpcf7-form-control wpcf7-email wpcf7-validates-as-required wpcf7-text wpcf7-validates-as-email" type="email" name="your-email" /></span></label></p>'
            f'{subj}<p><label> Votre message<br /><span class="wpcf7-form-control-wrap" data-name="your-message"><textarea cols="40" rows="10" class="wpcf7-form-control wpcf7-textarea" name="your-message"></textarea></span></label></p>'
            '<p><span class="wpcf7-form-control-wrap" data-name="rgpd"><span class="wpcf7-form-control wpcf7-acceptance"><label><input type="checkbox" name="rgpd" value="1" aria-invalid="false" /> J\'accepte que mes données soient utilisées pour traiter ma demande.</label></span></span></p>'
            '<p><input class="wpcf7-form-control wpcf7-submit has-spinner" type="submit" value="Envoyer" /></p>'
            '<div class="wpcf7-response-output" aria-hidden="true"></div></form></div>')


def wpforms(action, form_id, fields, submit="Envoyer"):
    """WPForms: fields are (kind, label); kind in text, email, textarea, select:<a|b>, radio:<a|b>."""
    out = []
    for n, (kind, label) in enumerate(fields):
        fid = f"wpforms-{form_id}-field_{n}"
        if kind == "textarea":
            ctl = f'<textarea id="{fid}" class="wpforms-field-medium" name="wpforms[fields][{n}]"></textarea>'
        elif kind.startswith("select:"):
            opts = "".join(f"<option>{o}</option>" for o in kind[7:].split("|"))
            ctl = f'<select id="{fid}" class="wpforms-field-medium" name="wpforms[fields][{n}]">{opts}</select>'
        elif kind.startswith("radio:"):
            ctl = '<ul id="' + fid + '">' + "".join(
                f'<li class="choice-{i}"><input type="radio" id="{fid}_{i}" name="wpforms[fields][{n}]" value="{o}"><label class="wpforms-field-label-inline" for="{fid}_{i}">{o}</label></li>'
                for i, o in enumerate(kind[6:].split("|"))) + "</ul>"
        else:
            ctl = f'<input type="{kind}" id="{fid}" class="wpforms-field-medium" name="wpforms[fields][{n}]">'
        out.append(f'<div id="{fid}-container" class="wpforms-field wpforms-field-{kind.split(":")[0]}"><label class="wpforms-field-label" for="{fid}">{label}</label>{ctl}</div>')
    return (f'<div class="wpforms-container wpforms-container-full" id="wpforms-{form_id}"><form id="wpforms-form-{form_id}" class="wpforms-validate wpforms-form" '
            f'data-formid="{form_id}" method="post" enctype="multipart/form-data" action="{action}"><div class="wpforms-field-container">{"".join(out)}</div>'
            f'<div class="wpforms-submit-container"><input type="hidden" name="wpforms[id]" value="{form_id}"><button type="submit" name="wpforms[submit]" class="wpforms-submit">{submit}</button></div></form></div>')


def joomla_contact(action, contact_id=1):
    """com_contact's form: jform[contact_name], jform[contact_email], jform[contact_subject], jform[contact_message]."""
    return (f'<div class="com-contact__form contact-form"><form id="contact-form" action="{action}" method="post" class="form-validate form-horizontal well">'
            '<fieldset><legend>Envoyer un e-mail</legend>'
            '<div class="control-group field-spacer"><div class="control-label"><span class="spacer"><span class="before"></span><span class=""><strong class="red">*</strong> Champ requis</span><span class="after"></span></span></div></div>'
            '<div class="control-group"><div class="control-label"><label id="jform_contact_name-lbl" for="jform_contact_name" class="required">Nom<span class="star">&#160;*</span></label></div>'
            '<div class="controls"><input type="text" name="jform[contact_name]" id="jform_contact_name" value="" class="form-control required" size="30" required></div></div>'
            '<div class="control-group"><div class="control-label"><label id="jform_contact_email-lbl" for="jform_contact_email" class="required">E-mail<span class="star">&#160;*</span></label></div>'
            '<div class="controls"><input type="email" inputmode="email" name="jform[contact_email]" class="form-control validate-email required" id="jform_contact_email" value="" size="30" autocomplete="email" required></div></div>'
            '<div class="control-group"><div class="control-label"><label id="jform_contact_emailmsg-lbl" for="jform_contact_emailmsg" class="required">Sujet<span class="star">&#160;*</span></label></div>'
            '<div class="controls"><input type="text" name="jform[contact_subject]" id="jform_contact_emailmsg" value="" class="form-control required" size="60" required></div></div>'
            '<div class="control-group"><div class="control-label"><label id="jform_contact_message-lbl" for="jform_contact_message" class="required">Message<span class="star">&#160;*</span></label></div>'
            '<div class="controls"><textarea name="jform[contact_message]" id="jform_contact_message" cols="50" rows="10" class="form-control required" required></textarea></div></div>'
            '</fieldset><div class="control-group"><div class="controls"><button class="btn btn-primary validate" type="submit">Envoyer</button>'
            f'<input type="hidden" name="option" value="com_contact"><input type="hidden" name="task" value="contact.submit"><input type="hidden" name="id" value="{contact_id}:mairie">'
            '<input type="hidden" name="8c1e3b0f7d2a" value="1"></div></div></form></div>')


def drupal_webform(webform_id, action, fields, submit="Envoyer"):
    """Drupal Webform: form.webform-submission-form, name="<key>", js-form-item wrappers."""
    out = []
    for key, kind, label in fields:
        dash = key.replace("_", "-")
        if kind == "textarea":
            ctl = f'<div class="form-textarea-wrapper"><textarea data-drupal-selector="edit-{dash}" id="edit-{dash}" name="{key}" rows="5" cols="60" class="form-textarea resize-vertical"></textarea></div>'
        elif kind.startswith("radios:"):
            ctl = "".join(f'<div class="js-form-item form-item js-form-type-radio form-type--radio"><input type="radio" id="edit-{dash}-{i}" name="{key}" value="{o}" class="form-radio"><label for="edit-{dash}-{i}" class="option">{o}</label></div>'
                          for i, o in enumerate(kind[7:].split("|")))
            ctl = f'<fieldset id="edit-{dash}--wrapper" class="radios--wrapper fieldgroup form-composite webform-composite-visible-title"><legend><span class="fieldset-legend">{label}</span></legend><div class="fieldset-wrapper"><div id="edit-{dash}" class="js-webform-radios webform-options-display-one-column form-radios">{ctl}</div></div></fieldset>'
            out.append(ctl)
            continue
        else:
            ctl = f'<input data-drupal-selector="edit-{dash}" type="{kind}" id="edit-{dash}" name="{key}" value="" size="60" maxlength="255" class="form-{kind}">'
        out.append(f'<div class="js-form-item form-item js-form-type-{kind} form-item-{dash} js-form-item-{dash}"><label for="edit-{dash}">{label}</label>{ctl}</div>')
    wid = webform_id.replace("_", "-")
    return (f'<form class="webform-submission-form webform-submission-add-form webform-submission-{wid}-form js-webform-details-toggle webform-details-toggle" '
            f'data-drupal-selector="webform-submission-{wid}-add-form" action="{action}" method="post" id="webform-submission-{wid}-add-form" accept-charset="UTF-8">'
            + "".join(out) +
            f'<input data-drupal-selector="form-x3b" type="hidden" name="form_build_id" value="form-x3b{len(webform_id)}q"><input type="hidden" name="form_id" value="webform_submission_{webform_id}_add_form">'
            f'<div data-drupal-selector="edit-actions" class="form-actions webform-actions js-form-wrapper form-wrapper" id="edit-actions"><input class="webform-button--submit button button--primary js-form-submit form-submit" type="submit" id="edit-submit" name="op" value="{submit}"></div></form>')


def spip_ecrire(action, id_auteur=1):
    """SPIP formulaire_ecrire_auteur (write to the webmaster / the town hall)."""
    return (f'<div class="formulaire_spip formulaire_ecrire_auteur ajax" id="formulaire_ecrire_auteur{id_auteur}">'
            f'<form method="post" action="{action}"><div><input name="formulaire_action" type="hidden" value="ecrire_auteur">'
            f'<input name="formulaire_action_args" type="hidden" value="a1Xk{id_auteur}"></div><fieldset><legend>Envoyer un message</legend><div class="editer-groupe">'
            '<div class="editer saisie_email_message_auteur obligatoire"><label for="email_message_auteur">Votre adresse email</label><input required="required" type="email" class="text email" name="email_message_auteur" id="email_message_auteur" value="" size="30"></div>'
            '<div class="editer saisie_sujet_message_auteur obligatoire"><label for="sujet_message_auteur">Sujet</label><input required="required" type="text" class="text" name="sujet_message_auteur" id="sujet_message_auteur" value="" size="30"></div>'
            '<div class="editer saisie_texte_message_auteur obligatoire"><label for="texte_message_auteur">Texte de votre message</label><textarea required="required" name="texte_message_auteur" id="texte_message_auteur" rows="8" cols="60"></textarea></div>'
            '</div></fieldset><p style="display:none"><label for="nobot">Veuillez laisser ce champ vide :</label><input type="text" class="text" name="nobot" id="nobot" value="" size="10"></p>'
            '<p class="boutons"><input type="submit" class="submit" name="valide" value="Envoyer"></p></form></div>')


def typo3_form(identifier, action, fields, submit="Envoyer"):
    """TYPO3 form framework (EXT:form): tx_form_formframework[<identifier>][<field>]."""
    out = []
    for key, kind, label in fields:
        name = f"tx_form_formframework[{identifier}][{key}]"
        fid = f"{identifier}-{key}"
        if kind == "textarea":
            ctl = f'<textarea class="xxlarge form-control" id="{fid}" name="{name}" rows="6"></textarea>'
        elif kind.startswith("radio:"):
            ctl = "".join(f'<div class="form-check"><label class="add-on form-check-label" for="{fid}-{i}"><input class="form-check-input" id="{fid}-{i}" type="radio" name="{name}" value="{o}"><span>{o}</span></label></div>'
                          for i, o in enumerate(kind[6:].split("|")))
        else:
            ctl = f'<input class="form-control" id="{fid}" type="{kind}" name="{name}" value="">'
        out.append(f'<div class="form-group"><label class="control-label" for="{fid}">{label}</label><div class="input">{ctl}</div></div>')
    return (f'<form enctype="multipart/form-data" method="post" id="{identifier}" action="{action}">'
            f'<div><input type="hidden" name="tx_form_formframework[{identifier}][__state]" value="TzozOToiVFlQTzNcQ01T"><input type="hidden" name="tx_form_formframework[__trustedProperties]" value="a:1:{{s:8:&quot;{identifier}&quot;}}"></div>'
            + "".join(out) +
            f'<div class="actions"><nav class="form-navigation"><div class="btn-toolbar" role="toolbar"><div class="btn-group" role="group"><span class="btn-group next submit"><button class="btn btn-primary" type="submit" name="tx_form_formframework[{identifier}][__currentPage]" value="1">{submit}</button></span></div></div></nav></div></form>')


def newsletter_mailpoet(action):
    return (f'<div class="widget widget_mailpoet_form"><h2 class="widget-title">Lettre d\'information</h2><form target="_self" method="post" action="{action}" class="mailpoet_form mailpoet_form_widget" novalidate>'
            '<input type="hidden" name="data[form_id]" value="1" /><input type="hidden" name="action" value="mailpoet_subscription_form" />'
            '<div class="mailpoet_paragraph"><label for="form_email_1" class="mailpoet_text_label">Adresse e-mail</label><input type="email" class="mailpoet_text" id="form_email_1" name="data[form_field_ZW1haWw=]" /></div>'
            '<div class="mailpoet_paragraph"><input type="submit" class="mailpoet_submit" value="Je m\'abonne" /></div></form></div>')


def booking_form(action, rooms, extra_textarea=True):
    opts = "".join(f"<option>{r}</option>" for r in rooms)
    extra = ('<p><label for="resa-precisions">Précisions sur la manifestation (nombre de personnes, horaires)</label>'
             '<textarea id="resa-precisions" name="precisions" rows="3"></textarea></p>') if extra_textarea else ""
    return (f'<form class="form-reservation" method="post" action="{action}"><fieldset><legend>Demande de réservation</legend>'
            f'<p><label for="resa-salle">Salle</label><select id="resa-salle" name="salle">{opts}</select></p>'
            '<p><label for="resa-date">Date souhaitée</label><input type="date" id="resa-date" name="date"></p>'
            '<p><label for="resa-nom">Nom de l\'organisateur</label><input type="text" id="resa-nom" name="nom"></p>'
            '<p><label for="resa-tel">Téléphone</label><input type="tel" id="resa-tel" name="telephone"></p>'
            f'{extra}<p><input type="submit" value="Vérifier la disponibilité"></p></fieldset></form>')


def payfip_form(action):
    return (f'<form class="paiement-tipi" method="post" action="{action}"><fieldset><legend>Payer une facture (cantine, eau, garderie)</legend>'
            '<p><label for="ref-facture">Référence de la facture</label><input type="text" id="ref-facture" name="refdet"></p>'
            '<p><label for="montant">Montant en euros</label><input type="text" id="montant" name="montant" inputmode="decimal"></p>'
            '<p><label for="mel">E-mail pour le ticket</label><input type="email" id="mel" name="mel"></p>'
            '<p><input type="submit" value="Payer par PayFiP"></p></fieldset></form>')


def registration_form(action, legend, fields):
    rows = "".join(f'<p><label for="ins-{k}">{label}</label><input type="{kind}" id="ins-{k}" name="{k}"></p>' for k, kind, label in fields)
    return f'<form class="form-inscription" method="post" action="{action}"><fieldset><legend>{legend}</legend>{rows}<p><input type="submit" value="Valider l\'inscription"></p></fieldset></form>'


# ---- comments ---------------------------------------------------------------------------------------

def wp_comments(post_id, existing, open_=True):
    items = "".join(
        f'<li id="comment-{post_id * 10 + i}" class="comment even thread-even depth-1"><article class="comment-body"><footer class="comment-meta">'
        f'<div class="comment-author vcard"><b class="fn">{a}</b> <span class="says">dit :</span></div>'
        f'<div class="comment-metadata"><time>{d}</time></div></footer><div class="comment-content"><p>{t}</p></div>'
        f'<div class="reply"><a rel="nofollow" class="comment-reply-link" href="#comment-{post_id * 10 + i}" data-commentid="{post_id * 10 + i}" data-postid="{post_id}">Répondre</a></div></article></li>'
        for i, (a, d, t) in enumerate(existing))
    count = f'<h2 class="comments-title">{len(existing)} réflexion{"s" if len(existing) > 1 else ""} sur cet article</h2><ol class="comment-list">{items}</ol>' if existing else ""
    if open_:
        form = ('<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Laisser un commentaire</h3>'
                '<form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate>'
                '<p class="comment-notes"><span id="email-notes">Votre adresse e-mail ne sera pas publiée.</span></p>'
                '<p class="comment-form-comment"><label for="comment">Commentaire</label><textarea id="comment" name="comment" cols="45" rows="8" maxlength="65525" required></textarea></p>'
                '<p class="comment-form-author"><label for="author">Nom</label><input id="author" name="author" type="text" value="" size="30" maxlength="245" autocomplete="name" required /></p>'
                '<p class="comment-form-email"><label for="email">E-mail</label><input id="email" name="email" type="email" value="" size="30" maxlength="100" autocomplete="email" required /></p>'
                f'<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Laisser un commentaire" /><input type="hidden" name="comment_post_ID" value="{post_id}" id="comment_post_ID" />'
                '<input type="hidden" name="comment_parent" id="comment_parent" value="0" /></p></form></div>')
    else:
        form = '<p class="no-comments">Les commentaires sont fermés.</p>'
    return f'<div id="comments" class="comments-area">{count}{form}</div>'


def spip_forum_under_article(id_article, messages):
    """SPIP's public forum under an article (the "forum" plugin: comments), with formulaire_forum."""
    items = "".join(f'<li class="forum-fil"><div class="forum-message" id="forum{id_article * 10 + i}"><div class="forum-chapo"><strong class="forum-titre">{escape(t)}</strong>'
                    f'<small>{d}, par <span class="vcard author">{a}</span></small></div><div class="forum-texte"><p>{x}</p></div>'
                    f'<p class="repondre"><a href="#formulaire_forum" rel="noindex nofollow">Répondre à ce message</a></p></div></li>'
                    for i, (t, d, a, x) in enumerate(messages))
    return (f'<div class="comments"><h2>Messages</h2><ul class="forum">{items}</ul></div>'
            f'<div class="formulaire_spip formulaire_forum ajax" id="formulaire_forum"><h2>Un message, un commentaire ?</h2>'
            f'<form action="spip.php?article{id_article}#formulaire_forum" method="post" enctype="multipart/form-data"><div><input name="formulaire_action" type="hidden" value="forum">'
            f'<input name="id_article" type="hidden" value="{id_article}"></div><fieldset class="saisie_texte"><legend>Votre message</legend>'
            '<div class="editer-groupe"><div class="editer saisie_titre obligatoire"><label for="titre">Titre</label><input type="text" class="text" name="titre" id="titre" value="" size="60"></div>'
            '<div class="editer saisie_texte obligatoire"><label for="texte">Texte de votre message</label><textarea name="texte" id="texte" rows="10" cols="60" class="markItUpEditor"></textarea></div></div></fieldset>'
            '<fieldset class="qui saisie_qui"><legend>Qui êtes-vous ?</legend><div class="editer-groupe"><div class="editer saisie_session_nom"><label for="session_nom">Votre nom</label><input type="text" class="text" name="session_nom" id="session_nom" value="" size="40"></div>'
            '<div class="editer saisie_session_email"><label for="session_email">Votre adresse email</label><input type="email" class="text email" name="session_email" id="session_email" value="" size="40"></div></div></fieldset>'
            '<p class="boutons"><input type="submit" class="submit" name="previsualiser_message" value="Prévisualiser"></p></form></div>')


def disqus(shortname, ident, url):
    return (f'<div id="disqus_thread"></div><script>var disqus_config = function () {{ this.page.url = "{url}"; this.page.identifier = "{ident}"; }};'
            f'(function() {{ var d = document, s = d.createElement("script"); s.src = "https://{shortname}.disqus.com/embed.js";'
            's.setAttribute("data-timestamp", +new Date()); (d.head || d.body).appendChild(s); })();</script>'
            '<noscript>Veuillez activer JavaScript pour afficher les <a href="https://disqus.com/?ref_noscript" rel="nofollow">commentaires Disqus.</a></noscript>')


def fb_comments(url, appid="2118459312"):
    return (f'<div id="fb-root"></div><script async defer crossorigin="anonymous" src="https://connect.facebook.net/fr_FR/sdk.js#xfbml=1&version=v19.0&appId={appid}"></script>'
            f'<div class="fb-comments" data-href="{escape(url)}" data-width="100%" data-numposts="10" data-order-by="reverse_time"></div>')


def joomla_jcomments(object_id, existing):
    items = "".join(f'<div class="comment rbox" id="comment-item-{object_id * 10 + i}"><div class="comment-box"><span class="comment-author">{a}</span> <span class="comment-date">{d}</span>'
                    f'<div class="comment-body" id="comment-body-{object_id * 10 + i}">{t}</div></div></div>' for i, (a, d, t) in enumerate(existing))
    return (f'<div id="jc"><div id="comments"><h4>Commentaires ({len(existing)})</h4><div id="comments-list" class="comments-list">{items}</div></div>'
            '<h4>Ajouter un commentaire</h4><a id="addcomments" href="#addcomments"></a>'
            f'<form id="comments-form" name="comments-form" action="javascript:void(null);"><p><span><input id="comments-form-name" type="text" name="name" value="" maxlength="20" size="22" tabindex="1" /><label for="comments-form-name">Nom (obligatoire)</label></span></p>'
            '<p><span><input id="comments-form-email" type="text" name="email" value="" size="22" tabindex="2" /><label for="comments-form-email">E-mail</label></span></p>'
            '<p><span><textarea id="comments-form-comment" name="comment" cols="65" rows="8" tabindex="5"></textarea></span></p>'
            f'<div id="comments-form-buttons"><div class="btn" id="comments-form-send"><div><a href="#" tabindex="7" onclick="jcomments.saveComment();return false;" title="Envoyer (Ctrl+Entrée)">Envoyer</a></div></div></div>'
            f'<div><input type="hidden" name="object_id" value="{object_id}" /><input type="hidden" name="object_group" value="com_content" /></div></form></div>')


# ---- polls and questionnaires -------------------------------------------------------------------------

def yop_poll(poll_id, question, answers):
    """YOP Poll in a sidebar widget: basic-yop-poll-container, radio answers, vote button."""
    items = "".join(f'<li class="basic-answer"><div class="basic-answer-content basic-text-vertical"><label for="answer[{poll_id * 100 + i}]" class="basic-label">'
                    f'<input type="radio" id="answer[{poll_id * 100 + i}]" name="answer[{poll_id}]" value="{poll_id * 100 + i}" autocomplete="off">'
                    f'<span class="basic-text">{a}</span></label></div></li>' for i, a in enumerate(answers))
    return (f'<section class="widget widget_yop_poll"><h2 class="widget-title">Sondage</h2>'
            f'<div class="bootstrap-yop yop-poll-mc"><div class="basic-yop-poll-container" data-id="{poll_id}" data-temp="basic" data-skin="minimal" data-cscheme="blue" data-cap="0" data-access="guest" data-tid="" data-uid="4c1f2d" data-pid="" data-resdet="percentages">'
            f'<div class="basic-inner"><div class="basic-message hide" role="alert"></div><form class="basic-form" action=""><input type="hidden" name="_token" value="a9c1b2" autocomplete="off">'
            f'<div class="basic-elements"><div class="basic-element basic-question basic-question-text-vertical" data-id="{poll_id}" data-uid="q{poll_id}" data-type="question" data-question-type="text" data-allow-multiple="no" data-min="1" data-max="1" data-display="vertical" data-colnum="" data-display-others="no">'
            f'<div role="radiogroup" aria-labelledby="pollq{poll_id}"><div class="basic-question-title"><h5 id="pollq{poll_id}">{question}</h5></div>'
            f'<ul class="basic-answers">{items}</ul></div></div><div class="clearfix"></div></div>'
            '<div class="basic-vote"><a href="#" class="button basic-vote-button" role="button" style="">Voter</a></div></form></div></div></div></section>')


def yop_poll_ended(poll_id, question, results):
    bars = "".join(f'<li class="basic-answer"><div class="basic-answer-content"><span class="basic-text">{a}</span>'
                   f'<div class="basic-poll-results-bar"><div style="width:{p}%"></div></div><span class="basic-answer-percentage">{p} %</span></div></li>' for a, p in results)
    return (f'<div class="bootstrap-yop yop-poll-mc"><div class="basic-yop-poll-container" data-id="{poll_id}" data-temp="basic" data-access="guest" data-resdet="percentages">'
            f'<div class="basic-inner"><div class="basic-message" role="alert"><p>Ce sondage est terminé.</p></div><div class="basic-question-title"><h5>{question}</h5></div>'
            f'<ul class="basic-answers basic-results">{bars}</ul></div></div></div>')


def google_form(form_key, height=1200):
    return (f'<iframe src="https://docs.google.com/forms/d/e/{form_key}/viewform?embedded=true" width="640" height="{height}" frameborder="0" marginheight="0" marginwidth="0">Chargement…</iframe>')


def framaforms(slug, height=900):
    return (f'<iframe src="https://framaforms.org/{slug}" width="100%" height="{height}" border="0" style="border:none" title="Questionnaire Framaforms">'
            f'</iframe><p class="small">Le questionnaire ne s\'affiche pas ? <a href="https://framaforms.org/{slug}" target="_blank" rel="noopener">Ouvrir le questionnaire dans un nouvel onglet</a>.</p>')


def tally(form_id, title):
    return (f'<iframe data-tally-src="https://tally.so/embed/{form_id}?alignLeft=1&amp;hideTitle=1&amp;transparentBackground=1&amp;dynamicHeight=1" '
            f'loading="lazy" width="100%" height="600" frameborder="0" marginheight="0" marginwidth="0" title="{escape(title)}"></iframe>'
            '<script>var d=document,w="https://tally.so/widgets/embed.js",v=function(){"undefined"!=typeof Tally?Tally.loadEmbeds():d.querySelectorAll("iframe[data-tally-src]:not([src])").forEach((function(e){e.src=e.dataset.tallySrc}))};'
            'if("undefined"!=typeof Tally)v();else if(d.querySelector(\'script[src="\'+w+\'"]\')==null){var s=d.createElement("script");s.src=w,s.onload=v,s.onerror=v,d.body.appendChild(s);}</script>')


def questionnaire(action, intro, questions, cls="questionnaire"):
    """A home-made questionnaire form on a city page: radio and checkbox questions only."""
    blocks = []
    for n, (q, answers, multi) in enumerate(questions):
        kind = "checkbox" if multi else "radio"
        opts = "".join(f'<label class="{cls}__choix"><input type="{kind}" name="q{n}{"[]" if multi else ""}" value="{i}"> {a}</label>' for i, a in enumerate(answers))
        blocks.append(f'<fieldset class="{cls}__question"><legend>{q}</legend>{opts}</fieldset>')
    return (f'<form class="{cls}" method="post" action="{action}"><p class="{cls}__intro">{intro}</p>{"".join(blocks)}'
            f'<p><label for="{cls}-cp">Votre quartier ou hameau</label><input type="text" id="{cls}-cp" name="quartier"></p>'
            f'<p><button type="submit">Envoyer mes réponses</button></p></form>')


def results_table(question, rows, note):
    trs = "".join(f"<tr><td>{a}</td><td>{n}</td><td>{p} %</td></tr>" for a, n, p in rows)
    return (f'<figure class="resultats"><figcaption>{question}</figcaption><table class="table"><thead><tr><th>Réponse</th><th>Voix</th><th>Part</th></tr></thead>'
            f'<tbody>{trs}</tbody></table><p class="note">{note}</p></figure>')


# ---- ideas, petitions --------------------------------------------------------------------------------

def idea_form(action, intro, themes, submit="Déposer mon idée"):
    opts = "".join(f"<option>{t}</option>" for t in themes)
    return (f'<form class="form-idee" method="post" action="{action}"><p>{intro}</p>'
            '<p><label for="idee-titre">Titre de votre idée</label><input type="text" id="idee-titre" name="titre" maxlength="120"></p>'
            f'<p><label for="idee-theme">Thème</label><select id="idee-theme" name="theme">{opts}</select></p>'
            '<p><label for="idee-texte">Décrivez votre idée</label><textarea id="idee-texte" name="description" rows="6"></textarea></p>'
            '<p><label for="idee-nom">Nom et prénom</label><input type="text" id="idee-nom" name="nom"></p>'
            '<p><label for="idee-mail">E-mail</label><input type="email" id="idee-mail" name="email"></p>'
            f'<p><button type="submit">{submit}</button></p></form>')


def petition_sign(action, title, count, goal):
    return (f'<div class="petition" data-signatures="{count}"><h3 class="petition__titre">{title}</h3>'
            f'<p class="petition__compteur"><strong>{count}</strong> signatures sur {goal} nécessaires</p>'
            f'<progress max="{goal}" value="{count}">{count}</progress>'
            f'<form class="petition__form" method="post" action="{action}"><p><label for="sig-nom">Nom</label><input id="sig-nom" type="text" name="nom"></p>'
            '<p><label for="sig-prenom">Prénom</label><input id="sig-prenom" type="text" name="prenom"></p>'
            '<p><label for="sig-mail">E-mail</label><input id="sig-mail" type="email" name="email"></p>'
            '<p><label><input type="checkbox" name="resident" value="1"> Je certifie résider dans la commune ou y être inscrit au rôle des contributions</label></p>'
            '<p><button type="submit">Je signe</button></p></form></div>')


# ---- alert apps and widgets that look like participation --------------------------------------------

def panneaupocket(city_id, city_slug):
    return (f'<div class="panneaupocket-widget"><iframe id="panneaupocket-iframe" src="https://app.panneaupocket.com/embeded/{city_id}?mode=widget" '
            'style="border:none;width:100%;height:600px" title="PanneauPocket"></iframe>'
            f'<script src="https://app.panneaupocket.com/embeded/pp-iframe-widget.min.js?v=1.0.0"></script>'
            f'<p><a href="https://app.panneaupocket.com/ville/{city_id}-{city_slug}" target="_blank" rel="noopener">Voir tous les panneaux de la commune</a></p></div>')


def intramuros(city_id):
    return (f'<div class="intramuros-widget" data-city="{city_id}"><iframe src="https://appli-intramuros.fr/iframe/agenda?city={city_id}" width="100%" height="520" '
            'frameborder="0" title="Agenda IntraMuros"></iframe><p class="small">Événements publiés par la mairie et les associations sur l\'application IntraMuros.</p></div>')


def fb_page_plugin(page_url, label):
    return (f'<div class="fb-page" data-href="{escape(page_url)}" data-tabs="timeline" data-width="340" data-height="500" data-small-header="true" '
            f'data-adapt-container-width="true" data-hide-cover="false" data-show-facepile="false"><blockquote cite="{escape(page_url)}" class="fb-xfbml-parse-ignore">'
            f'<a href="{escape(page_url)}">{escape(label)}</a></blockquote></div>')


# ---- full layouts of hosted services without a sample-web theme -------------------------------------------

def jimdo_layout(site, page):
    """A Jimdo Creator site: jimcdn assets, cc-* ids, j-module blocks, 'Jimdo' footer link."""
    nav = "".join(f'<li class="jmd-nav__list-item-0{" j-nav-current cc-nav-current" if href == page.path else ""}"><a href="{escape(href)}" data-link-title="{escape(label)}">{escape(label)}</a></li>'
                  for label, href in site.menu)
    social = "".join(f'<a href="{escape(a.href)}" class="cc-sociallink" target="_blank" rel="noopener">{a.platform}</a> ' for a in site.accounts)
    return f"""<!DOCTYPE html>
<html lang="fr-FR"><head>
<meta http-equiv="content-type" content="text/html; charset=utf-8"/>
<title>{escape(page.title)} - {escape(site.title)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1"/>
<meta name="generator" content="Jimdo Creator"/>
<link rel="preconnect" href="https://u.jimcdn.com/" crossorigin="anonymous"/>
<link rel="preconnect" href="https://assets.jimstatic.com/" crossorigin="anonymous"/>
<link href="https://u.jimcdn.com/cms/o/s3a1c2d4e5f6g7h8/layout/dm_4b2e/css/layout.css?t=1712000000" rel="stylesheet" type="text/css" id="jimdo_layout_css"/>
<script src="https://assets.jimstatic.com/ckies.js.7c1a.js"></script>
<script src="https://assets.jimstatic.com/cookieControl.js.b2c3.js"></script>
<script>window.jimdoData = {{"isJimdoHelpCenter":false,"isCheckoutPage":false,"pageId":{len(page.path) * 1013},"pageType":"page","isAdmin":false}};</script>
</head>
<body class="body cc-page j-m-gallery-styles j-m-video-styles j-m-hr-styles j-m-header-styles j-m-text-styles j-m-emotionheader-styles j-m-htmlCode-styles j-m-formnew-styles cc-pagemode-default cc-content-parent" id="page-{len(page.path) * 1013}">
<div id="cc-inner" class="cc-content-parent"><div class="jtpl-background-area" background-area=""></div>
<header class="jtpl-header"><div class="jtpl-logo"><a href="/">{escape(site.title)}</a></div>
<nav class="jtpl-navigation"><div data-container="navigation"><div class="j-nav-variant-nested"><ul class="cc-nav-level-0 j-nav-level-0">{nav}</ul></div></div></nav></header>
<div class="jtpl-main cc-content-parent"><div class="jtpl-content content-options cc-content-parent"><div id="content_area" data-container="content">
<div id="content_start"></div><div id="cc-matrix-{len(page.title) * 17}">
<div class="j-module n j-header"><h1 class="">{escape(page.title)}</h1></div>
<div class="j-module n j-text">{page.body}</div></div></div></div>
<aside class="jtpl-sidebar"><div data-container="sidebar"><div class="j-module n j-text"><p><strong>Mairie</strong><br/>{escape(site.address)}</p>{social}</div></div></aside></div>
<footer class="jtpl-footer"><div id="contentfooter" data-container="footer"><div class="leftrow"><a href="/mentions-legales">Mentions légales et confidentialité</a> | <a href="#" onclick="window.CookieControl.showCookieSettings();return false;">Cookies</a></div>
<div class="rightrow"><a href="https://www.jimdo.com/fr/" target="_blank" rel="noopener">Créer un site avec Jimdo</a></div></div></footer>
</div></body></html>"""


def fluicity_layout(site, page):
    """A Fluicity space (flui.city): a React app that sends crawlers a server-rendered view."""
    nav = "".join(f'<a class="fc-tab{" fc-tab--active" if href == page.path else ""}" href="{escape(href)}">{escape(label)}</a>' for label, href in site.menu)
    return f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>{escape(page.title)} · {escape(site.title)} · Fluicity</title>
<meta property="og:site_name" content="Fluicity"><meta property="og:title" content="{escape(page.title)}">
<link rel="icon" href="https://static.flui.city/favicon-32.png"><link rel="stylesheet" href="https://static.flui.city/web/static/css/main.7d3e91.css">
<script defer src="https://static.flui.city/web/static/js/main.1c9a27.js"></script></head>
<body><div id="root"><div class="fc-app">
<header class="fc-header"><a class="fc-header__logo" href="/">{escape(site.title)}</a><nav class="fc-tabs">{nav}</nav>
<a class="fc-btn fc-btn--primary" href="/login">Se connecter</a></header>
<main class="fc-main"><h1 class="fc-title">{escape(page.title)}</h1>{page.body}</main>
<footer class="fc-footer"><a href="/cgu">Conditions générales d'utilisation</a> · <a href="https://flui.city" target="_blank" rel="noopener">Propulsé par Fluicity</a></footer>
</div></div></body></html>"""


def idcity_layout(site, page):
    """An id-city space: a hosted participation site (projects, consultations, ideas)."""
    nav = "".join(f'<li class="idc-menu__item"><a href="{escape(href)}">{escape(label)}</a></li>' for label, href in site.menu)
    return f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(page.title)} | {escape(site.title)}</title>
<meta name="author" content="id-city"><link rel="stylesheet" href="/assets/idcity/front.b81f2c.css">
<script src="/assets/idcity/front.c0d8e1.js" defer></script></head>
<body class="idc-front idc-theme-blue">
<header class="idc-header"><a class="idc-logo" href="/"><span>{escape(site.title)}</span></a><nav class="idc-menu"><ul>{nav}</ul></nav>
<div class="idc-account"><a href="/connexion" class="idc-btn">Connexion</a> <a href="/inscription" class="idc-btn idc-btn--outline">Créer un compte</a></div></header>
<main class="idc-main"><div class="idc-container"><h1 class="idc-page-title">{escape(page.title)}</h1>{page.body}</div></main>
<footer class="idc-footer"><ul><li><a href="/mentions-legales">Mentions légales</a></li><li><a href="/charte">Charte de participation</a></li></ul>
<p class="idc-powered">Plateforme citoyenne réalisée par <a href="https://www.id-city.fr" target="_blank" rel="noopener">id-city</a></p></footer>
</body></html>"""


def jenparle_layout(site, page):
    """A Jenparle space (jenparle.net): a civic-tech SaaS for small and middle-sized communes."""
    nav = "".join(f'<li><a class="jp-nav__link" href="{escape(href)}">{escape(label)}</a></li>' for label, href in site.menu)
    return f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(page.title)} - {escape(site.title)}</title>
<link rel="stylesheet" href="https://cdn.jenparle.net/css/app.4f1e2d.css"><script src="https://cdn.jenparle.net/js/app.9a8b7c.js" defer></script></head>
<body class="jp-body"><div class="jp-wrapper">
<header class="jp-header"><a class="jp-brand" href="/">{escape(site.title)}</a><nav class="jp-nav"><ul>{nav}</ul></nav><a class="jp-login" href="/connexion">Connexion</a></header>
<section class="jp-content"><h1>{escape(page.title)}</h1>{page.body}</section>
<footer class="jp-footer"><p><a href="/mentions-legales">Mentions légales</a> — <a href="https://www.jenparle.net" target="_blank" rel="noopener">Jenparle</a>, la plateforme de participation des communes</p></footer>
</div></body></html>"""


def board_layout(site, page):
    """A home-made residents' board written by the town hall's webmaster (PHP, tables)."""
    nav = " | ".join(f'<a href="{escape(href)}">{escape(label)}</a>' for label, href in site.menu)
    return f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>{escape(page.title)} - {escape(site.title)}</title>
<link rel="stylesheet" href="/css/tribune.css"></head>
<body><div id="conteneur"><div id="entete"><a href="/"><img src="/img/blason.png" alt="">{escape(site.title)}</a></div>
<div id="menu">{nav}</div><div id="contenu"><h1>{escape(page.title)}</h1>{page.body}</div>
<div id="pied"><a href="/mentions-legales">Mentions légales</a> - Tribune gérée par la mairie, modération a posteriori</div></div></body></html>"""


def board_index(sections):
    rows = "".join(f'<tr><td class="rubrique"><a href="{escape(h)}">{escape(t)}</a><br><small>{d}</small></td><td class="nb">{n}</td><td class="nb">{m}</td><td class="dernier">{last}</td></tr>'
                   for h, t, d, n, m, last in sections)
    return f'<table class="tribune-index"><thead><tr><th>Rubrique</th><th>Sujets</th><th>Messages</th><th>Dernier message</th></tr></thead><tbody>{rows}</tbody></table>'


def board_topics(topics, new_href):
    rows = "".join(f'<tr><td><a href="{escape(h)}">{escape(t)}</a></td><td>{a}</td><td class="nb">{r}</td><td>{d}</td></tr>' for h, t, a, r, d in topics)
    return (f'<p><a class="bouton" href="{escape(new_href)}">Nouveau sujet</a></p><table class="tribune-sujets"><thead><tr><th>Sujet</th><th>Auteur</th><th>Réponses</th><th>Dernière réponse</th></tr></thead>'
            f'<tbody>{rows}</tbody></table>')


def board_thread(posts, reply_action, topic_id):
    items = "".join(f'<div class="message" id="m{topic_id * 10 + i}"><div class="auteur"><strong>{a}</strong><br><small>{d}</small></div><div class="texte">{t}</div></div>'
                    for i, (a, d, t) in enumerate(posts))
    return (f'<div class="fil">{items}</div><form class="repondre" method="post" action="{reply_action}"><h2>Répondre</h2><input type="hidden" name="sujet" value="{topic_id}">'
            '<p><label for="pseudo">Pseudo</label><input type="text" id="pseudo" name="pseudo"></p><p><label for="msg">Message</label><textarea id="msg" name="message" rows="6" cols="60"></textarea></p>'
            '<p><input type="submit" value="Publier la réponse"></p></form>')


def phpbb_forumlist(forums):
    rows = "".join(f'<li class="row"><dl class="row-item forum_read"><dt title="Aucun message non lu"><div class="list-inner"><a href="{escape(h)}" class="forumtitle">{escape(t)}</a><br />{d}</div></dt>'
                   f'<dd class="topics">{n} <dfn>Sujets</dfn></dd><dd class="posts">{m} <dfn>Messages</dfn></dd><dd class="lastpost"><span><dfn>Dernier message </dfn>par <span class="username">{last}</span></span></dd></dl></li>'
                   for h, t, d, n, m, last in forums)
    return (f'<div class="forabg"><div class="inner"><ul class="topiclist"><li class="header"><dl class="row-item"><dt><div class="list-inner">Forum</div></dt><dd class="topics">Sujets</dd><dd class="posts">Messages</dd><dd class="lastpost"><span>Dernier message</span></dd></dl></li></ul>'
            f'<ul class="topiclist forums">{rows}</ul></div></div>')


def phpbb_topiclist(forum_id, topics):
    rows = "".join(f'<li class="row bg{1 + i % 2}"><dl class="row-item topic_read"><dt><div class="list-inner"><a href="{escape(h)}" class="topictitle">{escape(t)}</a><br />'
                   f'<div class="topic-poster responsive-hide left-box">par <span class="username">{a}</span> &raquo; {d}</div></div></dt>'
                   f'<dd class="posts">{r} <dfn>Réponses</dfn></dd><dd class="views">{r * 23 + 11} <dfn>Vues</dfn></dd></dl></li>' for i, (h, t, a, r, d) in enumerate(topics))
    return (f'<div class="action-bar bar-top"><a href="/ucp.php?mode=login" class="button" title="Écrire un nouveau sujet"><span>Nouveau sujet</span></a></div>'
            f'<div class="forumbg"><div class="inner"><ul class="topiclist"><li class="header"><dl class="row-item"><dt><div class="list-inner">Sujets</div></dt><dd class="posts">Réponses</dd><dd class="views">Vues</dd></dl></li></ul>'
            f'<ul class="topiclist topics">{rows}</ul></div></div>')


def phpbb_topic(forum_id, topic_id, subject, posts):
    items = "".join(f'<div id="p{topic_id * 10 + i}" class="post has-profile bg{1 + i % 2}"><div class="inner"><dl class="postprofile" id="profile{topic_id * 10 + i}"><dt class="no-profile-rank no-avatar"><span class="username">{a}</span></dt></dl>'
                    f'<div class="postbody"><div id="post_content{topic_id * 10 + i}"><h3 class="first">{"Re: " if i else ""}{escape(subject)}</h3><p class="author"><span class="responsive-hide">par <strong>{a}</strong> &raquo; </span>{d}</p>'
                    f'<div class="content">{t}</div></div></div></div></div>' for i, (a, d, t) in enumerate(posts))
    return (f'<div class="action-bar bar-top"><a href="/ucp.php?mode=login" class="button" title="Répondre"><span>Répondre</span></a></div>{items}'
            f'<form method="post" action="/posting.php?mode=reply&amp;f={forum_id}&amp;t={topic_id}" id="qr_postform"><div class="panel" id="qr_editor_div"><h2 class="quickreply-title">Réponse rapide</h2>'
            '<fieldset class="fields1"><div><textarea style="height: 9em;" name="message" rows="7" cols="76" tabindex="1" class="inputbox"></textarea></div>'
            '<input type="submit" accesskey="s" tabindex="6" name="post" value="Envoyer" class="button1" /></fieldset></div></form>')
