"""Markup helpers of the twenty-second holdout part (bruyeres): the blocks that plugins, form builders,
embeds and forum engines put inside a page, written after how they render on real French city sites."""
from html import escape


def prose(*paragraphs):
    return "".join(f"<p>{p}</p>" for p in paragraphs)


def section(title, *paragraphs, level=2):
    return f"<h{level}>{title}</h{level}>" + prose(*paragraphs)


def bullets(items, cls=""):
    return f'<ul class="{cls}">' + "".join(f"<li>{i}</li>" for i in items) + "</ul>"


def links(items, cls="liste-liens"):
    return f'<ul class="{cls}">' + "".join(f'<li><a href="{h}">{t}</a></li>' for h, t in items) + "</ul>"


# ---- page furniture -------------------------------------------------------------------------------

def cookie_banner(kind="tarteaucitron"):
    if kind == "complianz":
        return ('<div class="cmplz-cookiebanner cmplz-hidden banner-1 optin" aria-modal="true" role="dialog">'
                '<div class="cmplz-header"><div class="cmplz-title">Gérer le consentement aux cookies</div></div>'
                '<div class="cmplz-body"><div class="cmplz-message"><p>Nous utilisons des cookies pour mesurer '
                "l'audience du site et afficher des contenus de plateformes tierces.</p></div></div>"
                '<div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">Accepter</button>'
                '<button class="cmplz-btn cmplz-deny">Refuser</button></div></div>')
    if kind == "axeptio":
        return ('<script>window.axeptioSettings={clientId:"64f0c2a1b3",cookiesVersion:"mairie-fr"};</script>'
                '<script async src="https://static.axept.io/sdk.js"></script>')
    return ('<div id="tarteaucitronRoot" class="tarteaucitronBeforeVisible"><div id="tarteaucitronAlertBig" '
            'class="tarteaucitronAlertBigBottom"><span id="tarteaucitronDisclaimerAlert">Ce site utilise des cookies '
            "et vous donne le contrôle sur ceux que vous souhaitez activer.</span>"
            '<button type="button" class="tarteaucitronCTAButton tarteaucitronAllow">Tout accepter</button>'
            '<button type="button" class="tarteaucitronCTAButton tarteaucitronDeny">Tout refuser</button></div></div>')


def news_teasers(items, title="Actualités", more=None):
    cards = "".join(
        f'<article class="news-card"><p class="news-card__date">{date}</p><h3 class="news-card__title">'
        f'<a href="{href}">{label}</a></h3><p class="news-card__excerpt">{excerpt}</p></article>'
        for href, label, date, excerpt in items)
    more_link = f'<p class="news-more"><a href="{more}" class="btn">Toutes les actualités</a></p>' if more else ""
    return f'<section class="news-list"><h2>{title}</h2><div class="news-grid">{cards}</div>{more_link}</section>'


def agenda(items, title="Agenda"):
    rows = "".join(f'<li class="agenda-item"><time>{date}</time> <span class="agenda-item__title">{label}</span>'
                   f' <span class="agenda-item__place">{place}</span></li>' for date, label, place in items)
    return f'<section class="agenda"><h2>{title}</h2><ul class="agenda-list">{rows}</ul></section>'


def quick_links(items, title="Accès rapides"):
    tiles = "".join(f'<li class="quick-link"><a href="{h}"><span class="quick-link__icon" aria-hidden="true">'
                    f'</span>{t}</a></li>' for h, t in items)
    return f'<nav class="quick-links" aria-label="{title}"><h2>{title}</h2><ul>{tiles}</ul></nav>'


def with_sidebar(main, aside, cls="sidebar"):
    return (f'<div class="layout-two-cols"><div class="col-main">{main}</div>'
            f'<aside class="{cls}" role="complementary">{aside}</aside></div>')


def share_buttons(url, title="Partager"):
    from urllib.parse import quote
    u = quote(url, safe="")
    return (f'<div class="share-buttons"><span>{title} :</span>'
            f'<a class="share share--facebook" href="https://www.facebook.com/sharer/sharer.php?u={u}" target="_blank" rel="noopener">Facebook</a>'
            f'<a class="share share--x" href="https://twitter.com/intent/tweet?url={u}" target="_blank" rel="noopener">X</a>'
            f'<a class="share share--linkedin" href="https://www.linkedin.com/shareArticle?mini=true&amp;url={u}" target="_blank" rel="noopener">LinkedIn</a>'
            f'<a class="share share--mail" href="mailto:?subject=A%20lire&amp;body={u}">E-mail</a></div>')


def divi(*modules):
    """Divi (Elegant Themes) page builder sections, as its front end renders them."""
    rows = "".join(f'<div class="et_pb_row et_pb_row_{i}"><div class="et_pb_column et_pb_column_4_4 et_pb_column_{i}">'
                   f'<div class="et_pb_module et_pb_text et_pb_text_{i} et_pb_text_align_left et_pb_bg_layout_light">'
                   f'<div class="et_pb_text_inner">{m}</div></div></div></div>' for i, m in enumerate(modules))
    return f'<div id="et-boc" class="et-boc"><div class="et_builder_inner_content et_pb_gutters3"><div class="et_pb_section et_pb_section_0 et_section_regular">{rows}</div></div></div>'


# ---- contact forms and the forms that are not --------------------------------------------------------

def cf7_contact(action, subjects=("Demande d'information", "Voirie", "Etat civil", "Autre")):
    options = "".join(f'<option value="{escape(s)}">{s}</option>' for s in subjects)
    return (f'<div class="wpcf7 no-js" id="wpcf7-f212-p88-o1" lang="fr-FR" dir="ltr"><form action="{action}#wpcf7-f212-p88-o1" method="post" class="wpcf7-form init" novalidate="novalidate" data-status="init">'
            '<div style="display: none;"><input type="hidden" name="_wpcf7" value="212" /><input type="hidden" name="_wpcf7_version" value="5.9.3" /><input type="hidden" name="_wpcf7_unit_tag" value="wpcf7-f212-p88-o1" /></div>'
            '<p><label> Votre nom<br /><span class="wpcf7-form-control-wrap" data-name="your-name"><input size="40" class="wpcf7-form-control wpcf7-text wpcf7-validates-as-required" aria-required="true" value="" type="text" name="your-name" /></span></label></p>'
            '<p><label> Votre e-mail<br /><span class="wpcf7-form-control-wrap" data-name="your-email"><input size="40" class="wpcf7-form-control wpcf7-email wpcf7-validates-as-required wpcf7-text" value="" type="email" name="your-email" /></span></label></p>'
            f'<p><label> Objet<br /><span class="wpcf7-form-control-wrap" data-name="your-subject"><select class="wpcf7-form-control wpcf7-select" name="your-subject">{options}</select></span></label></p>'
            '<p><label> Votre message<br /><span class="wpcf7-form-control-wrap" data-name="your-message"><textarea cols="40" rows="10" class="wpcf7-form-control wpcf7-textarea" name="your-message"></textarea></span></label></p>'
            '<p><span class="wpcf7-form-control-wrap" data-name="rgpd"><span class="wpcf7-form-control wpcf7-acceptance"><span class="wpcf7-list-item"><label><input type="checkbox" name="rgpd" value="1" /><span class="wpcf7-list-item-label">J\'accepte que mes données soient utilisées pour traiter ma demande.</span></label></span></span></span></p>'
            '<p><input class="wpcf7-form-control wpcf7-submit has-spinner" type="submit" value="Envoyer" /></p><div class="wpcf7-response-output" aria-hidden="true"></div></form></div>')


def gravity_form(form_id, action, title, fields, submit="Envoyer"):
    """Gravity Forms: fields are (kind, label) with kind text/email/textarea/select:a|b|c/radio:a|b/checkbox:a|b/date/file."""
    out = []
    for n, (kind, label) in enumerate(fields, start=1):
        name = f"input_{n}"
        if kind == "textarea":
            ctl = f'<textarea name="{name}" id="input_{form_id}_{n}" class="textarea large" rows="10" cols="50"></textarea>'
        elif kind.startswith("select:"):
            opts = "".join(f'<option value="{escape(o)}">{o}</option>' for o in kind[7:].split("|"))
            ctl = f'<select name="{name}" id="input_{form_id}_{n}" class="large gfield_select">{opts}</select>'
        elif kind.startswith(("radio:", "checkbox:")):
            typ, opts = kind.split(":", 1)
            ctl = '<div class="gfield_%s">' % typ + "".join(
                f'<div class="gchoice gchoice_{form_id}_{n}_{i}"><input class="gfield-choice-input" name="{name}{"." + str(i) if typ == "checkbox" else ""}" type="{typ}" value="{escape(o)}" id="choice_{form_id}_{n}_{i}" />'
                f'<label for="choice_{form_id}_{n}_{i}">{o}</label></div>' for i, o in enumerate(opts.split("|"), start=1)) + "</div>"
        else:
            ctl = f'<input name="{name}" id="input_{form_id}_{n}" type="{kind}" value="" class="large" />'
        out.append(f'<div id="field_{form_id}_{n}" class="gfield gfield--type-{kind.split(":")[0]} field_sublabel_below"><label class="gfield_label gform-field-label" for="input_{form_id}_{n}">{label}</label>'
                   f'<div class="ginput_container ginput_container_{kind.split(":")[0]}">{ctl}</div></div>')
    return (f'<div class="gf_browser_gecko gform_wrapper gravity-theme gform-theme--no-framework" id="gform_wrapper_{form_id}">'
            f'<div class="gform_heading"><h2 class="gform_title">{title}</h2></div>'
            f'<form method="post" enctype="multipart/form-data" id="gform_{form_id}" action="{action}" novalidate>'
            f'<div class="gform-body gform_body"><div id="gform_fields_{form_id}" class="gform_fields top_label form_sublabel_below description_below">{"".join(out)}</div></div>'
            f'<div class="gform_footer top_label"><input type="submit" id="gform_submit_button_{form_id}" class="gform_button button" value="{submit}" />'
            f'<input type="hidden" class="gform_hidden" name="is_submit_{form_id}" value="1" /><input type="hidden" name="gform_submit" value="{form_id}" /></div></form></div>')


def mailpoet(title="Recevez la lettre d'information"):
    return ('<div class="widget widget_mailpoet_form"><h2 class="widget-title">' + title + '</h2>'
            '<form target="_self" method="post" action="/wp-admin/admin-post.php?action=mailpoet_subscription_form" class="mailpoet_form mailpoet_form_widget" novalidate>'
            '<input type="hidden" name="data[form_id]" value="2" /><input type="hidden" name="token" value="7c2e1a9b0f" />'
            '<div class="mailpoet_paragraph"><label class="mailpoet_text_label">Adresse e-mail</label><input type="email" class="mailpoet_text" name="data[form_field_ZW1haWw=]" value="" /></div>'
            '<div class="mailpoet_paragraph"><input type="submit" class="mailpoet_submit" value="Je m\'abonne" /></div></form></div>')


def brevo_newsletter(title="Newsletter"):
    return (f'<div class="sib-form" style="text-align: center;"><div id="sib-form-container" class="sib-form-container"><h2>{title}</h2>'
            '<form id="sib-form" method="POST" action="https://a1b2c3d4.sibforms.com/serve/MUIFAGx3k8bZ" data-type="subscription">'
            '<div class="sib-input sib-form-block"><label class="entry__label" for="EMAIL">Votre adresse e-mail</label><input class="input" type="text" id="EMAIL" name="EMAIL" autocomplete="off" placeholder="EMAIL" /></div>'
            '<div class="sib-optin sib-form-block"><label class="checkbox"><input type="checkbox" value="1" name="OPT_IN" />J\'accepte de recevoir la lettre de la ville.</label></div>'
            '<div class="sib-form-block"><button class="sib-form-block__button" form="sib-form" type="submit">S\'inscrire</button></div>'
            '<input type="text" name="email_address_check" value="" class="input--hidden"><input type="hidden" name="locale" value="fr"></form></div></div>')


def acymailing(title="Lettre d'information"):
    return (f'<div class="acym_module " id="acym_module_formAcym93841"><div class="acym_fulldiv" id="acym_fulldiv_formAcym93841"><h3>{title}</h3>'
            '<form enctype="multipart/form-data" name="formAcym93841" id="formAcym93841" method="post" action="/index.php?option=com_acym&amp;ctrl=frontusers&amp;tmpl=component">'
            '<div class="acym_module_form"><div class="acym_form"><div class="onefield fieldacy2 acyfield_text" id="field_2"><label class="cell margin-top-1"><div class="acym__users__creation__fields__title">Adresse e-mail</div>'
            '<input class="cell acym__user__edit__email" type="email" name="user[email]" value="" /></label></div></div>'
            '<p class="acysubbuttons"><button type="submit" class="btn btn-primary button subbutton">S\'abonner</button></p></div>'
            '<input type="hidden" name="ctrl" value="frontusers" /><input type="hidden" name="task" value="notask" /><input type="hidden" name="acy_source" value="Module n°93" /></form></div></div>')


def booking_form(action, rooms, title="Demande de réservation"):
    opts = "".join(f"<option>{r}</option>" for r in rooms)
    return (f'<form class="form-reservation" method="post" action="{action}"><fieldset><legend>{title}</legend>'
            f'<label for="resa-salle">Salle</label><select id="resa-salle" name="salle">{opts}</select>'
            '<label for="resa-date">Date souhaitée</label><input type="date" id="resa-date" name="date">'
            '<label for="resa-creneau">Créneau</label><select id="resa-creneau" name="creneau"><option>Journée</option><option>Soirée</option><option>Week-end</option></select>'
            '<label for="resa-nb">Nombre de personnes</label><input type="number" id="resa-nb" name="participants" min="1">'
            '<label for="resa-nom">Nom de l\'association ou du particulier</label><input type="text" id="resa-nom" name="demandeur">'
            '<label for="resa-mail">E-mail</label><input type="email" id="resa-mail" name="email">'
            '<button type="submit">Vérifier la disponibilité</button></fieldset></form>')


def payfip_form(action, what="facture de cantine"):
    return (f'<form class="paiement-en-ligne" method="post" action="{action}"><h2>Payer une {what}</h2>'
            '<p>Le paiement est traité par le service PayFiP de la DGFiP, par carte bancaire ou prélèvement unique.</p>'
            '<label for="pf-ref">Référence de la facture</label><input type="text" id="pf-ref" name="refdet" pattern="[0-9A-Z]{10,25}">'
            '<label for="pf-montant">Montant (€)</label><input type="text" id="pf-montant" name="montant" inputmode="decimal">'
            '<label for="pf-mel">Adresse e-mail</label><input type="email" id="pf-mel" name="mel">'
            '<input type="hidden" name="numcli" value="012345"><input type="hidden" name="saisie" value="W">'
            '<button type="submit">Payer en ligne</button></form>')


def registration_form(action, title, child=True):
    who = ('<label for="ins-enfant">Nom et prénom de l\'enfant</label><input type="text" id="ins-enfant" name="enfant">'
           '<label for="ins-naiss">Date de naissance</label><input type="date" id="ins-naiss" name="naissance">'
           '<label for="ins-classe">Classe à la rentrée</label><select id="ins-classe" name="classe"><option>PS</option><option>MS</option><option>GS</option><option>CP</option><option>CE1</option><option>CE2</option><option>CM1</option><option>CM2</option></select>'
           if child else
           '<label for="ins-nom">Nom</label><input type="text" id="ins-nom" name="nom"><label for="ins-prenom">Prénom</label><input type="text" id="ins-prenom" name="prenom">')
    return (f'<form class="inscription" method="post" action="{action}"><h2>{title}</h2>{who}'
            '<label for="ins-resp">Responsable légal</label><input type="text" id="ins-resp" name="responsable">'
            '<label for="ins-tel">Téléphone</label><input type="tel" id="ins-tel" name="telephone">'
            '<label for="ins-mail">E-mail</label><input type="email" id="ins-mail" name="email">'
            '<label><input type="checkbox" name="reglement" value="1"> J\'ai lu le règlement intérieur</label>'
            '<button type="submit">Valider l\'inscription</button></form>')


def joomla_contact(action, name="Mairie"):
    return (f'<div class="com-contact contact"><div class="com-contact__container"><h2>{name}</h2>'
            f'<form id="contact-form" action="{action}" method="post" class="com-contact__form form-validate">'
            '<fieldset><legend>Envoyer un e-mail</legend>'
            '<div class="control-group field-spacer"><div class="control-label"><span class="spacer"><span class="before"></span><span class="text"><label id="jform_spacer-lbl"><strong class="red">*</strong> Champ requis</label></span></span></div></div>'
            '<div class="control-group"><div class="control-label"><label id="jform_contact_name-lbl" for="jform_contact_name" class="required">Nom<span class="star">&#160;*</span></label></div><div class="controls"><input type="text" name="jform[contact_name]" id="jform_contact_name" value="" class="form-control required" required></div></div>'
            '<div class="control-group"><div class="control-label"><label id="jform_contact_email-lbl" for="jform_contact_email" class="required">E-mail<span class="star">&#160;*</span></label></div><div class="controls"><input type="email" inputmode="email" name="jform[contact_email]" class="form-control validate-email required" id="jform_contact_email" value="" required></div></div>'
            '<div class="control-group"><div class="control-label"><label id="jform_contact_emailmsg-lbl" for="jform_contact_emailmsg" class="required">Sujet<span class="star">&#160;*</span></label></div><div class="controls"><input type="text" name="jform[contact_subject]" id="jform_contact_emailmsg" value="" class="form-control required" required></div></div>'
            '<div class="control-group"><div class="control-label"><label id="jform_contact_message-lbl" for="jform_contact_message" class="required">Message<span class="star">&#160;*</span></label></div><div class="controls"><textarea name="jform[contact_message]" id="jform_contact_message" cols="50" rows="10" class="form-control required" required></textarea></div></div>'
            '</fieldset><div class="control-group"><div class="controls"><button class="btn btn-primary validate" type="submit">Envoyer un e-mail</button>'
            '<input type="hidden" name="option" value="com_contact"><input type="hidden" name="task" value="contact.submit"><input type="hidden" name="return" value=""><input type="hidden" name="id" value="1:mairie"><input type="hidden" name="7f1c0b3e5a2d9e84" value="1"></div></div></form></div></div>')


def drupal_webform(form_id, action, elements, submit="Envoyer"):
    """Drupal Webform 6: elements are (kind, key, label) with kind textfield/email/textarea/radios:a|b/checkboxes:a|b/select:a|b/tel."""
    out = []
    for kind, key, label in elements:
        base = kind.split(":")[0]
        wid = f"edit-{key.replace('_', '-')}"
        if base == "textarea":
            ctl = f'<div class="form-textarea-wrapper"><textarea data-drupal-selector="{wid}" id="{wid}" name="{key}" rows="5" cols="60" class="form-textarea resize-vertical"></textarea></div>'
            out.append(f'<div class="js-form-item form-item js-form-type-textarea form-type-textarea js-form-item-{key} form-item-{key}"><label for="{wid}">{label}</label>{ctl}</div>')
        elif base in ("radios", "checkboxes"):
            typ = "radio" if base == "radios" else "checkbox"
            opts = "".join(f'<div class="js-form-item form-item js-form-type-{typ} form-type-{typ}"><input data-drupal-selector="{wid}-{i}" type="{typ}" id="{wid}-{i}" name="{key}{"[" + str(i) + "]" if typ == "checkbox" else ""}" value="{escape(o)}" class="form-{typ}"><label for="{wid}-{i}" class="option">{o}</label></div>'
                           for i, o in enumerate(kind.split(":", 1)[1].split("|")))
            out.append(f'<fieldset data-drupal-selector="{wid}" id="{wid}--wrapper" class="{base}--wrapper fieldgroup form-composite webform-composite-visible-title js-webform-type-{base} webform-type-{base} js-form-item form-item js-form-wrapper form-wrapper"><legend><span class="fieldset-legend">{label}</span></legend><div class="fieldset-wrapper"><div id="{wid}" class="js-webform-{base} form-{base}">{opts}</div></div></fieldset>')
        elif base == "select":
            opts = "".join(f'<option value="{escape(o)}">{o}</option>' for o in kind.split(":", 1)[1].split("|"))
            out.append(f'<div class="js-form-item form-item js-form-type-select form-type-select"><label for="{wid}">{label}</label><select data-drupal-selector="{wid}" id="{wid}" name="{key}" class="form-select">{opts}</select></div>')
        else:
            typ = {"textfield": "text"}.get(base, base)
            out.append(f'<div class="js-form-item form-item js-form-type-{base} form-type-{base} js-form-item-{key} form-item-{key}"><label for="{wid}">{label}</label><input data-drupal-selector="{wid}" type="{typ}" id="{wid}" name="{key}" value="" size="60" class="form-{base}"></div>')
    fid = form_id.replace("_", "-")
    return (f'<form class="webform-submission-form webform-submission-add-form webform-submission-{fid}-form js-webform-details-toggle webform-details-toggle" data-drupal-selector="webform-submission-{fid}-add-form" action="{action}" method="post" id="webform-submission-{fid}-add-form" accept-charset="UTF-8">'
            + "".join(out) +
            f'<div data-drupal-selector="edit-actions" class="form-actions webform-actions js-form-wrapper form-wrapper" id="edit-actions"><input class="webform-button--submit button button--primary js-form-submit form-submit" data-drupal-selector="edit-actions-submit" type="submit" id="edit-actions-submit" name="op" value="{submit}"></div>'
            f'<input autocomplete="off" data-drupal-selector="form-x1" type="hidden" name="form_build_id" value="form-x1Q9pZ"><input data-drupal-selector="edit-webform-submission-{fid}-add-form" type="hidden" name="form_id" value="webform_submission_{form_id}_add_form"></form>')


def spip_formidable(identifiant, action, title, fields, submit="Envoyer"):
    """SPIP Formidable: fields are (saisie, name, label) with saisie input/email/textarea/radio:a|b/checkbox:a|b/selection:a|b."""
    out = []
    for saisie, name, label in fields:
        base = saisie.split(":")[0]
        if base == "textarea":
            ctl = f'<textarea name="{name}" class="textarea" id="champ_{name}" rows="5" cols="40"></textarea>'
        elif base in ("radio", "checkbox"):
            ctl = "".join(f'<div class="choix choix_{i}"><input type="{base}" name="{name}{"[]" if base == "checkbox" else ""}" class="{base}" id="champ_{name}_{i}" value="{escape(o)}" /><label for="champ_{name}_{i}">{o}</label></div>'
                          for i, o in enumerate(saisie.split(":", 1)[1].split("|")))
        elif base == "selection":
            ctl = f'<select name="{name}" id="champ_{name}">' + "".join(f"<option>{o}</option>" for o in saisie.split(":", 1)[1].split("|")) + "</select>"
        else:
            ctl = f'<input type="{"email" if base == "email" else "text"}" name="{name}" class="text" id="champ_{name}" value="" />'
        out.append(f'<div class="editer saisie_{base} editer_{name}"><label class="editer-label" for="champ_{name}">{label}</label>{ctl}</div>')
    return (f'<div class="formulaire_spip formulaire_formidable formulaire_formidable_{identifiant}" id="formulaire_formidable_{identifiant}"><h3 class="titrem">{title}</h3>'
            f'<form method="post" action="{action}" enctype="multipart/form-data"><div><input name="formulaire_action" type="hidden" value="formidable" /><input name="formulaire_action_args" type="hidden" value="AKV3fD8c0s..." />'
            f'<input name="identifiant" type="hidden" value="{identifiant}" /></div><div class="editer-groupe">{"".join(out)}</div>'
            f'<p class="boutons"><input type="submit" class="submit" value="{submit}" /></p></form></div>')


def spip_forum(messages, action, open_=True):
    """The forum of a SPIP article (what residents post under it) and its reply form."""
    items = "".join(f'<li class="forum-fil"><div class="forum-message"><div class="forum-chapo"><strong class="forum-titre">{t}</strong>'
                    f' <small>{d}, par <span class="vcard author">{a}</span></small></div><div class="forum-texte"><p>{m}</p></div>'
                    f'<p class="repondre"><a href="#formulaire_forum" data-id-forum="{i + 300}" rel="noindex nofollow">Répondre à ce message</a></p></div></li>'
                    for i, (a, d, t, m) in enumerate(messages))
    form = ('<div class="formulaire_spip formulaire_forum ajax" id="formulaire_forum"><h2>Un message, un commentaire ?</h2>'
            f'<form action="{action}" method="post"><fieldset><legend>Message</legend>'
            '<div class="editer saisie_titre"><label for="titre">Titre (obligatoire)</label><input type="text" class="text" name="titre" id="titre" size="60" /></div>'
            '<div class="editer saisie_texte"><label for="texte">Texte de votre message</label><textarea name="texte" id="texte" rows="10" cols="40"></textarea></div></fieldset>'
            '<fieldset><legend>Qui êtes-vous ?</legend><div class="editer saisie_session_nom"><label for="session_nom">Votre nom</label><input type="text" class="text" name="session_nom" id="session_nom" /></div>'
            '<div class="editer saisie_session_email"><label for="session_email">Votre adresse email</label><input type="email" class="text email" name="session_email" id="session_email" /></div></fieldset>'
            '<p style="display:none;"><input type="text" name="nobot" value="" /></p><p class="boutons"><input type="submit" class="submit" name="previsualiser_message" value="Prévisualiser" /></p></form></div>'
            if open_ else '<p class="forum-ferme">Les messages sont fermés pour cet article.</p>')
    head = f'<h2 class="h2">{len(messages)} message{"s" if len(messages) > 1 else ""}</h2>' if messages else ""
    return f'<div class="forum-total">{head}<ul class="forum">{items}</ul></div>{form}'


def wp_comments(comments, action="/wp-comments-post.php", post_id=120):
    items = "".join(f'<li id="comment-{post_id * 10 + i}" class="comment {"even" if i % 2 else "odd"} thread-{"even" if i % 2 else "odd"} depth-1">'
                    f'<article class="comment-body"><footer class="comment-meta"><div class="comment-author vcard"><b class="fn">{a}</b> <span class="says">dit :</span></div>'
                    f'<div class="comment-metadata"><time>{d}</time></div></footer><div class="comment-content"><p>{t}</p></div>'
                    f'<div class="reply"><a rel="nofollow" class="comment-reply-link" href="#comment-{post_id * 10 + i}" data-commentid="{post_id * 10 + i}" aria-label="Répondre à {a}">Répondre</a></div></article></li>'
                    for i, (a, d, t) in enumerate(comments))
    title = f'<h2 class="comments-title">{len(comments)} réponse{"s" if len(comments) > 1 else ""}</h2><ol class="comment-list">{items}</ol>' if comments else ""
    return (f'<div id="comments" class="comments-area">{title}<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Laisser un commentaire</h3>'
            f'<form action="{action}" method="post" id="commentform" class="comment-form" novalidate><p class="comment-notes">Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *</p>'
            '<p class="comment-form-comment"><label for="comment">Commentaire <span class="required">*</span></label><textarea id="comment" name="comment" cols="45" rows="8" maxlength="65525" required></textarea></p>'
            '<p class="comment-form-author"><label for="author">Nom <span class="required">*</span></label><input id="author" name="author" type="text" value="" size="30" maxlength="245" required /></p>'
            '<p class="comment-form-email"><label for="email">E-mail <span class="required">*</span></label><input id="email" name="email" type="email" value="" size="30" maxlength="100" required /></p>'
            f'<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Laisser un commentaire" /><input type="hidden" name="comment_post_ID" value="{post_id}" id="comment_post_ID" /><input type="hidden" name="comment_parent" id="comment_parent" value="0" /></p></form></div></div>')


def wp_comments_closed():
    return '<div id="comments" class="comments-area"><p class="no-comments">Les commentaires sont fermés.</p></div>'


def wpdiscuz(comments, post_id):
    items = "".join(f'<div id="wpd-comm-{post_id}{i}_0" class="wpd-comment wpd_comment_level-1"><div class="wpd-comment-wrap wpd-blog-guest"><div class="wpd-comment-right">'
                    f'<div class="wpd-comment-header"><div class="wpd-comment-author">{a}</div><div class="wpd-comment-date" title="{d}">{d}</div></div>'
                    f'<div class="wpd-comment-text"><p>{t}</p></div></div></div></div>' for i, (a, d, t) in enumerate(comments))
    return (f'<div class="wpdiscuz_top_clearing"></div><div id="comments" class="comments-area"><div id="respond" style="width:0;height:0;clear:both;margin:0;padding:0;"></div>'
            f'<div id="wpdcom" class="wpdiscuz_unauth wpd-default wpd-layout-2"><div class="wc_social_plugin_wrapper"></div><div class="wpd-form-wrap"><div class="wpd-form-head"><div class="wpd-auth"><div class="wpd-login">Commenter en invité</div></div></div>'
            f'<div class="wpd-form wpd-form-wrapper wpd-main-form-wrapper" id="wpd-main-form-wrapper-0_0"><form method="post" enctype="multipart/form-data" data-uploading="false" class="wpd_comm_form wpd_main_comm_form">'
            f'<div class="wpd-field-comment"><div class="wpdiscuz-textarea-wrap"><textarea id="wc-textarea-0_0" placeholder="Lancer la discussion..." aria-label="Lancer la discussion..." name="wc_comment" class="wc_comment wpd-field"></textarea></div></div>'
            f'<div class="wpd-form-col-left"><div class="wpdiscuz-item wc_name-wrapper wpd-has-icon"><input id="wc_name-0_0" value="" required="required" class="wc_name wpd-field" type="text" name="wc_name" placeholder="Nom*" /></div>'
            f'<div class="wpdiscuz-item wc_email-wrapper wpd-has-icon"><input id="wc_email-0_0" value="" class="wc_email wpd-field" type="email" name="wc_email" placeholder="E-mail" /></div></div>'
            f'<div class="wc-field-submit"><input id="wpd-field-submit-0_0" class="wc_comm_submit wpd_not_clicked wpd-prim-button" type="submit" name="submit" value="Publier le commentaire" /></div>'
            f'<input type="hidden" class="wpdiscuz_unique_id" value="0_0" name="wpdiscuz_unique_id"></form></div></div>'
            f'<div id="wpd-threads" class="wpd-thread-wrapper"><div class="wpd-thread-head"><div class="wpd-thread-info" data-comments-count="{len(comments)}"><span class="wpdtc">{len(comments)}</span> Commentaires</div></div>'
            f'<div class="wpd-thread-list">{items}</div></div></div></div>')


def facebook_comments(href, n=5):
    return (f'<div id="fb-root"></div><script async defer crossorigin="anonymous" src="https://connect.facebook.net/fr_FR/sdk.js#xfbml=1&amp;version=v19.0" nonce="Qm2x"></script>'
            f'<div class="fb-comments" data-href="{href}" data-width="100%" data-numposts="{n}" data-order-by="reverse_time"></div>')


def disqus(shortname, identifier):
    return (f'<div id="disqus_thread"></div><script>var disqus_config = function () {{ this.page.url = location.href; this.page.identifier = "{identifier}"; }};'
            f'(function() {{ var d = document, s = d.createElement("script"); s.src = "https://{shortname}.disqus.com/embed.js"; s.setAttribute("data-timestamp", +new Date()); (d.head || d.body).appendChild(s); }})();</script>'
            '<noscript>Activez JavaScript pour voir les <a href="https://disqus.com/?ref_noscript" rel="nofollow">commentaires propulsés par Disqus.</a></noscript>')


def drupal_comments(comments, node_id):
    items = "".join(f'<article data-comment-user-id="0" id="comment-{node_id * 10 + i}" class="comment js-comment by-anonymous"><span class="hidden" data-comment-timestamp="1712{i}00000"></span>'
                    f'<footer class="comment__meta"><p class="comment__author"><span>{a}</span></p><p class="comment__time">{d}</p></footer>'
                    f'<div class="comment__content"><div class="field field--name-comment-body field--type-text-long"><p>{t}</p></div></div></article>' for i, (a, d, t) in enumerate(comments))
    return (f'<section class="field field--name-comment field--type-comment field--label-above comment-wrapper"><h2 class="title comment-section-title">Commentaires</h2>{items}'
            f'<h2 class="title comment-form__title">Ajouter un commentaire</h2><form class="comment-comment-form comment-form" data-drupal-selector="comment-form" action="/comment/reply/node/{node_id}/comment" method="post" id="comment-form" accept-charset="UTF-8">'
            '<div class="js-form-item form-item js-form-type-textfield form-item-name"><label for="edit-name">Votre nom</label><input data-drupal-selector="edit-name" type="text" id="edit-name" name="name" value="" size="30" maxlength="60" class="form-text"></div>'
            '<div class="field--type-text-long field--name-comment-body field--widget-text-textarea js-form-wrapper form-wrapper"><div class="js-form-item form-item js-form-type-textarea form-item-comment-body-0-value"><label for="edit-comment-body-0-value" class="js-form-required form-required">Commentaire</label>'
            '<div class="form-textarea-wrapper"><textarea class="js-text-full text-full form-textarea required resize-vertical" data-drupal-selector="edit-comment-body-0-value" id="edit-comment-body-0-value" name="comment_body[0][value]" rows="5" cols="60" required="required"></textarea></div></div></div>'
            '<input data-drupal-selector="edit-comment-form" type="hidden" name="form_id" value="comment_comment_form"><div data-drupal-selector="edit-actions" class="form-actions js-form-wrapper form-wrapper" id="edit-actions"><input data-drupal-selector="edit-submit" type="submit" id="edit-submit" name="op" value="Enregistrer" class="button button--primary js-form-submit form-submit"></div></form></section>')


# ---- polls and questionnaires ----------------------------------------------------------------------

def wp_polls(poll_id, question, answers):
    items = "".join(f'<li><input type="radio" id="poll-answer-{poll_id * 10 + i}" name="poll_{poll_id}" value="{poll_id * 10 + i}" /> '
                    f'<label for="poll-answer-{poll_id * 10 + i}">{a}</label></li>' for i, a in enumerate(answers))
    return (f'<section id="polls-widget-{poll_id}" class="widget widget_polls-widget"><h2 class="widget-title">Sondage</h2>'
            f'<div id="polls-{poll_id}" class="wp-polls"><form id="polls_form_{poll_id}" class="wp-polls-form" action="/index.php" method="post">'
            f'<p style="display: none;"><input type="hidden" id="poll_{poll_id}_nonce" name="wp-polls-nonce" value="3b1f0c9a2e" /></p>'
            f'<p style="display: none;"><input type="hidden" name="poll_id" value="{poll_id}" /></p>'
            f'<p style="text-align: center;"><strong>{question}</strong></p><div id="polls-{poll_id}-ans" class="wp-polls-ans"><ul class="wp-polls-ul">{items}</ul>'
            f'<p style="text-align: center;"><input type="button" name="vote" value="   Voter   " class="Buttons" onclick="poll_vote({poll_id});" /></p>'
            f'<p style="text-align: center;"><a href="#ViewPollResults" onclick="poll_result({poll_id}); return false;" title="Voir les résultats de ce sondage">Voir les résultats</a></p></div></form></div></section>')


def wp_polls_results(poll_id, question, rows, total):
    items = "".join(f'<li>{a} <small>({p}%, {v} votes)</small><div class="pollbar" style="width: {p}%;" title="{a} ({p}% | {v} votes)"></div></li>' for a, p, v in rows)
    return (f'<div id="polls-{poll_id}" class="wp-polls"><p style="text-align: center;"><strong>{question}</strong></p>'
            f'<div id="polls-{poll_id}-ans" class="wp-polls-ans"><ul class="wp-polls-ul">{items}</ul>'
            f'<p style="text-align: center;">Votants : <strong>{total}</strong></p><p style="text-align: center;">Ce sondage est clos.</p></div></div>')


def joomla_poll_module(poll_id, question, answers):
    items = "".join(f'<div class="acepolls-option"><input type="radio" name="voteid" id="voteid{poll_id}{i}" value="{poll_id}{i}" class="radio"/><label for="voteid{poll_id}{i}">{a}</label></div>'
                    for i, a in enumerate(answers))
    return (f'<div class="moduletable mod_acepolls"><h3>Votre avis compte</h3><div class="acepolls"><h4>{question}</h4>'
            f'<form action="/index.php?option=com_acepolls&amp;view=poll&amp;id={poll_id}" method="post" name="poll_vote_{poll_id}" id="poll_vote_{poll_id}">'
            f'{items}<input type="hidden" name="option" value="com_acepolls" /><input type="hidden" name="task" value="vote" /><input type="hidden" name="id" value="{poll_id}" />'
            f'<div class="acepolls-buttons"><input type="submit" name="task_button" class="button btn" value="Voter" /></div></form></div></div>')


def joomla_poll_results(question, rows, total, closed="Ce sondage est terminé depuis le 31 mars."):
    items = "".join(f'<tr><td class="acepolls-answer">{a}</td><td class="acepolls-bar"><div style="width:{p}%" class="polls_color_1"></div></td><td>{p} % ({v})</td></tr>' for a, p, v in rows)
    return (f'<div class="acepolls-results"><h2>{question}</h2><table class="table acepolls-table"><tbody>{items}</tbody></table>'
            f'<p>Nombre de votants : {total}</p><p class="acepolls-closed">{closed}</p></div>')


def google_form_iframe(form_key, title, height=1400):
    return (f'<iframe src="https://docs.google.com/forms/d/e/{form_key}/viewform?embedded=true" width="640" height="{height}" '
            f'frameborder="0" marginheight="0" marginwidth="0" title="{escape(title)}">Chargement…</iframe>')


def typeform_embed(form_id, title):
    return (f'<div data-tf-live="{form_id}" data-tf-opacity="100" data-tf-iframe-props="title={escape(title)}" data-tf-transitive-search-params data-tf-medium="snippet" style="width:100%;height:600px;"></div>'
            '<script src="//embed.typeform.com/next/embed.js"></script>')


def tally_embed(form_id, title):
    return (f'<iframe data-tally-src="https://tally.so/embed/{form_id}?alignLeft=1&amp;hideTitle=1&amp;transparentBackground=1&amp;dynamicHeight=1" loading="lazy" width="100%" height="720" '
            f'frameborder="0" marginheight="0" marginwidth="0" title="{escape(title)}"></iframe>'
            '<script>var d=document,w="https://tally.so/widgets/embed.js",v=function(){"undefined"!=typeof Tally?Tally.loadEmbeds():d.querySelectorAll("iframe[data-tally-src]:not([src])").forEach((function(e){e.src=e.dataset.tallySrc}))};if("undefined"!=typeof Tally)v();else if(d.querySelector(\'script[src="\'+w+\'"]\')==null){var s=d.createElement("script");s.src=w,s.onload=v,s.onerror=v,d.body.appendChild(s);}</script>')


def framaforms_iframe(slug, title):
    return (f'<iframe src="https://framaforms.org/{slug}" width="100%" height="900" border="0" title="{escape(title)}"></iframe>'
            f'<p><a href="https://framaforms.org/{slug}" target="_blank" rel="noopener">Ouvrir le questionnaire dans un nouvel onglet</a></p>')


# ---- participatory budgets, ideas, petitions --------------------------------------------------------

def steps(items, current):
    lis = "".join(f'<li class="etape{" etape--active" if i == current else (" etape--terminee" if i < current else "")}">'
                  f'<span class="etape__num">{i + 1}</span><span class="etape__titre">{t}</span><span class="etape__dates">{d}</span></li>'
                  for i, (t, d) in enumerate(items))
    return f'<ol class="frise-etapes" aria-label="Calendrier">{lis}</ol>'


def project_cards(items, vote_name=None):
    cards = []
    for i, (title, place, amount, text) in enumerate(items):
        vote = (f'<label class="projet__vote"><input type="checkbox" name="{vote_name}[]" value="{i + 1}"> Je choisis ce projet</label>'
                if vote_name else "")
        cards.append(f'<article class="projet-card"><h3 class="projet-card__titre">{title}</h3><p class="projet-card__lieu">{place}</p>'
                     f'<p class="projet-card__montant">{amount}</p><p>{text}</p>{vote}</article>')
    return f'<div class="projets-grille">{"".join(cards)}</div>'


def petition_sign(action, title, count, goal):
    return (f'<div class="petition-bloc"><h2 class="petition-bloc__titre">{title}</h2><p class="petition-bloc__compteur"><strong>{count}</strong> signatures sur {goal} nécessaires</p>'
            f'<progress max="{goal}" value="{count}"></progress><form class="petition-signer" method="post" action="{action}">'
            '<label for="sig-nom">Nom</label><input id="sig-nom" type="text" name="nom" required><label for="sig-prenom">Prénom</label><input id="sig-prenom" type="text" name="prenom" required>'
            '<label for="sig-mail">E-mail</label><input id="sig-mail" type="email" name="email" required><label for="sig-cp">Code postal</label><input id="sig-cp" type="text" name="code_postal" required>'
            '<label><input type="checkbox" name="electeur" value="1" required> J\'atteste être inscrit(e) sur les listes électorales de la commune</label>'
            '<button type="submit">Je signe</button></form></div>')


# ---- forums -----------------------------------------------------------------------------------------

def kunena_index(categories):
    rows = "".join(f'<tr class="category"><td class="kcol-first"><h3><a href="{h}" title="{t}">{t}</a></h3><div class="kdescription">{d}</div></td>'
                   f'<td class="kcol-mid"><span>{n} sujets</span> <span>{m} messages</span></td><td class="kcol-last">{last}</td></tr>'
                   for h, t, d, n, m, last in categories)
    return (f'<div id="kunena" class="layout"><div class="kblock kcategories-default"><div class="kheader"><h2>Forum des habitants</h2></div>'
            f'<table class="table table-bordered kblocktable"><tbody>{rows}</tbody></table></div>'
            '<div class="kfooter"><p class="kstats">Membres : 412 · Dernier inscrit : Solène_B</p></div></div>')


def kunena_category(topics, new_topic_href):
    rows = "".join(f'<tr class="krow"><td class="kcol-topic"><a class="ktopic-title" href="{h}">{t}</a><div class="ktopic-details">par {a} » {d}</div></td>'
                   f'<td class="kcol-replies">{r} réponses</td></tr>' for h, t, a, d, r in topics)
    return (f'<div id="kunena" class="layout"><div class="kbuttons"><a class="btn btn-primary" href="{new_topic_href}" rel="nofollow">Nouveau sujet</a></div>'
            f'<table class="table kblocktable ktopics"><tbody>{rows}</tbody></table></div>')


def kunena_topic(posts, reply_action):
    items = "".join(f'<div class="kmsg-wrapper" id="kpost-{4100 + i}"><div class="kprofile"><span class="kpost-username">{a}</span></div>'
                    f'<div class="kmsg"><div class="kmsg-header"><small class="kmsgdate">{d}</small></div><div class="kmsgbody"><div class="kmsgtext">{t}</div></div></div></div>'
                    for i, (a, d, t) in enumerate(posts))
    return (f'<div id="kunena" class="layout"><div class="ktopic-view">{items}</div>'
            f'<form action="{reply_action}" method="post" class="kreply-form" name="postform" id="postform"><h3>Réponse rapide</h3>'
            '<textarea name="message" class="qreply form-control" rows="6" cols="60"></textarea><input type="hidden" name="task" value="post" />'
            '<button type="submit" class="btn btn-primary">Envoyer</button></form></div>')


def discourse_list(topics):
    rows = "".join(f'<tr class="topic-list-item"><td class="main-link"><meta itemprop="position" content="{i + 1}"><span itemprop="itemListElement">'
                   f'<a href="{h}" class="title raw-link raw-topic-link" itemprop="url">{t}</a></span><div class="link-bottom-line"><a href="{ch}" class="badge-wrapper bullet"><span class="badge-category-bg"></span>{c}</a></div></td>'
                   f'<td class="replies"><span class="posts" title="messages">{r}</span></td><td class="views"><span class="views">{v}</span></td></tr>'
                   for i, (h, t, ch, c, r, v) in enumerate(topics))
    return (f'<div class="topic-list-container" itemscope itemtype="http://schema.org/ItemList"><table class="topic-list"><thead><tr><th>Sujet</th><th class="replies">Réponses</th><th class="views">Vues</th></tr></thead>'
            f'<tbody>{rows}</tbody></table></div>')


def discourse_topic(posts, category):
    items = "".join(f'<div id="post_{i + 1}" itemprop="{"mainEntity" if i == 0 else "comment"}" itemscope itemtype="http://schema.org/{"DiscussionForumPosting" if i == 0 else "Comment"}" class="topic-body crawler-post">'
                    f'<div class="crawler-post-meta"><span class="creator" itemprop="author" itemscope itemtype="http://schema.org/Person"><span itemprop="name">{a}</span></span>'
                    f'<span class="crawler-post-infos"><time itemprop="datePublished" class="post-time">{d}</time><span itemprop="position">{i + 1}</span></span></div>'
                    f'<div class="post" itemprop="text"><p>{t}</p></div></div>' for i, (a, d, t) in enumerate(posts))
    return (f'<div id="topic-title"><div class="topic-category" itemscope itemtype="http://schema.org/BreadcrumbList"><span itemprop="itemListElement"><span itemprop="name">{category}</span></span></div></div>'
            f'<div class="post-stream">{items}</div><div class="crawler-linkback-list"></div>')


# ---- neighbours' network ----------------------------------------------------------------------------

def community_feed(posts):
    items = "".join(f'<article class="post-card post-card--{kind}"><header class="post-card__head"><span class="post-card__author">{a}</span>'
                    f' <span class="post-card__where">{where}</span> <time>{d}</time></header><p class="post-card__text">{t}</p>'
                    f'<footer class="post-card__actions"><button class="btn-link">Répondre</button> <span class="post-card__count">{n} réponses</span></footer></article>'
                    for kind, a, where, d, t, n in posts)
    return f'<section class="feed" aria-label="Fil du voisinage">{items}</section>'


def community_post_form(action):
    return (f'<form class="post-composer" method="post" action="{action}"><label for="pc-type">Je publie</label>'
            '<select id="pc-type" name="type"><option value="entraide">Un coup de main</option><option value="pret">Un prêt d\'objet</option><option value="info">Une info du quartier</option><option value="evenement">Un événement</option></select>'
            '<label for="pc-texte">Message à mes voisins</label><textarea id="pc-texte" name="texte" rows="4"></textarea><button type="submit">Publier</button></form>')


# ---- a town's mobile application ----------------------------------------------------------------------

def store_badges(name, apple_id, android_package):
    """The two store buttons a town's page shows under its application's presentation."""
    return (f'<div class="app-stores" aria-label="Télécharger l\'application {escape(name)}">'
            f'<a class="app-store app-store--apple" href="https://apps.apple.com/fr/app/{apple_id}" target="_blank" rel="noopener">'
            f'<img src="/sites/default/files/badges/app-store-fr.svg" alt="Télécharger dans l\'App Store" width="135" height="40"></a>'
            f'<a class="app-store app-store--google" href="https://play.google.com/store/apps/details?id={android_package}&amp;hl=fr" target="_blank" rel="noopener">'
            f'<img src="/sites/default/files/badges/google-play-fr.png" alt="Disponible sur Google Play" width="135" height="40"></a></div>')
