"""Markup of the "tertres" holdout part: what the vendor CMSs, WordPress, Drupal, SPIP, Joomla and TYPO3
themes of mid-sized French towns put around and inside their pages, and the forms of their e-services
portals (w.c.s.), written from how those products render (class names, field names), in our own words."""
from html import escape


def prose(*paragraphs):
    return "".join(f"<p>{p}</p>" for p in paragraphs)


def chapo(text):
    return f'<p class="chapo lead">{text}</p>'


def h2(text):
    return f"<h2>{text}</h2>"


def ul(items):
    return "<ul>" + "".join(f"<li>{i}</li>" for i in items) + "</ul>"


def link(href, label, cls=""):
    c = f' class="{cls}"' if cls else ""
    return f'<a href="{escape(href)}"{c}>{label}</a>'


def cookie_banner(kind="tarteaucitron"):
    if kind == "tarteaucitron":
        return ('<div id="tarteaucitronAlertBig" class="tarteaucitronAlertBig" role="dialog" aria-label="Gestion des cookies">'
                '<span id="tarteaucitronDisclaimerAlert">Ce site utilise des cookies de mesure d\'audience et vous laisse le choix de les activer.</span>'
                '<button type="button" class="tarteaucitronCTAButton tarteaucitronAllow" id="tarteaucitronPersonalize2">Tout accepter</button>'
                '<button type="button" class="tarteaucitronCTAButton tarteaucitronDeny" id="tarteaucitronAllDenied2">Tout refuser</button></div>')
    if kind == "complianz":
        return ('<div class="cmplz-cookiebanner cmplz-hidden banner-1 optin cmplz-bottom-right" aria-modal="true" role="dialog">'
                '<div class="cmplz-header"><div class="cmplz-title">Gérer le consentement</div></div>'
                '<div class="cmplz-body"><div class="cmplz-message">Nous utilisons des cookies pour mesurer la fréquentation du site.</div></div>'
                '<div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">Accepter</button>'
                '<button class="cmplz-btn cmplz-deny">Refuser</button></div></div>')
    return ('<div id="cookies-eu-banner" class="eu-cookie-compliance-banner" role="dialog">'
            '<p>En poursuivant votre navigation, vous acceptez le dépôt de cookies de mesure d\'audience.</p>'
            '<button class="agree-button eu-cookie-compliance-default-button">J\'accepte</button>'
            '<button class="decline-button eu-cookie-compliance-secondary-button">Je refuse</button></div>')


def news(items, title="Actualités"):
    """items: (href, title, date, teaser)"""
    cards = "".join(
        f'<article class="news-card"><p class="news-card__date"><time>{d}</time></p>'
        f'<h3 class="news-card__title"><a href="{escape(h)}">{t}</a></h3><p class="news-card__teaser">{s}</p></article>'
        for h, t, d, s in items)
    return f'<section class="news-list"><h2>{title}</h2><div class="news-list__items">{cards}</div></section>'


def agenda(items):
    """items: (href, title, date)"""
    rows = "".join(f'<li class="agenda-item"><span class="agenda-item__date">{d}</span> <a href="{escape(h)}">{t}</a></li>'
                   for h, t, d in items)
    return f'<section class="agenda"><h2>Agenda</h2><ul class="agenda-list">{rows}</ul></section>'


def quick_links(items, title="Accès rapides"):
    tiles = "".join(f'<li class="quick-links__item"><a href="{escape(h)}">{t}</a></li>' for h, t in items)
    return f'<nav class="quick-links" aria-label="{title}"><h2>{title}</h2><ul class="quick-links__list">{tiles}</ul></nav>'


def home(intro, tiles, news_items, agenda_items, banner="tarteaucitron"):
    return (cookie_banner(banner) + f'<div class="home-hero"><p class="home-hero__text">{intro}</p></div>'
            + quick_links(tiles) + news(news_items) + agenda(agenda_items))


def with_aside(main, aside, cls="sidebar"):
    return f'<div class="layout-2col"><div class="layout-2col__main">{main}</div><aside class="{cls}" role="complementary">{aside}</aside></div>'


def related(items, title="Voir aussi"):
    return ('<aside class="related"><h2>' + title + '</h2><ul>'
            + "".join(f'<li><a href="{escape(h)}">{t}</a></li>' for h, t in items) + "</ul></aside>")


def steps(items):
    """A budget's calendar: (label, dates, text, state) where state is done/current/next."""
    return ('<ol class="timeline">' + "".join(
        f'<li class="timeline__step timeline__step--{s}"><p class="timeline__label">{lab}</p>'
        f'<p class="timeline__dates">{d}</p><p>{t}</p></li>' for lab, d, t, s in items) + "</ol>")


def share(url, title=""):
    u = escape(url)
    return ('<div class="share-tools"><p>Partager cette page</p><ul class="share-tools__list">'
            f'<li><a href="https://www.facebook.com/sharer/sharer.php?u={u}" target="_blank" rel="noopener">Facebook</a></li>'
            f'<li><a href="https://twitter.com/intent/tweet?url={u}&amp;text={escape(title)}" target="_blank" rel="noopener">X</a></li>'
            f'<li><a href="https://www.linkedin.com/shareArticle?mini=true&amp;url={u}" target="_blank" rel="noopener">LinkedIn</a></li>'
            '<li><button type="button" class="js-print">Imprimer</button></li></ul></div>')


# ---- forms that are not a message to the city ---------------------------------------------------------

def newsletter(action, cls="newsletter-form"):
    return (f'<form class="{cls}" action="{action}" method="post"><h2>La lettre d\'information</h2>'
            '<label for="nl-email">Votre adresse e-mail</label><input type="email" id="nl-email" name="email" required>'
            '<input type="checkbox" id="nl-rgpd" name="consent" value="1"><label for="nl-rgpd">J\'accepte de recevoir la lettre</label>'
            '<button type="submit">S\'abonner</button></form>')


def payment(action):
    return (f'<form class="payment-form" action="{action}" method="post"><fieldset><legend>Payer une facture</legend>'
            '<label for="pay-ref">Référence de la facture</label><input type="text" id="pay-ref" name="reference" required>'
            '<label for="pay-amount">Montant (€)</label><input type="text" id="pay-amount" name="montant" inputmode="decimal" required>'
            '<label for="pay-email">E-mail pour le justificatif</label><input type="email" id="pay-email" name="email">'
            '<button type="submit">Payer par carte bancaire</button></fieldset></form>')


def booking(action, what, slots):
    opts = "".join(f'<option value="{i}">{s}</option>' for i, s in enumerate(slots, 1))
    return (f'<form class="booking-form" action="{action}" method="post"><fieldset><legend>Prendre rendez-vous : {what}</legend>'
            f'<label for="bk-slot">Créneau</label><select id="bk-slot" name="creneau">{opts}</select>'
            '<label for="bk-nom">Nom</label><input type="text" id="bk-nom" name="nom" required>'
            '<label for="bk-tel">Téléphone</label><input type="tel" id="bk-tel" name="telephone">'
            '<label for="bk-email">E-mail</label><input type="email" id="bk-email" name="email" required>'
            '<button type="submit">Réserver ce créneau</button></fieldset></form>')


# ---- Publik / w.c.s. ------------------------------------------------------------------------------------

_WCS = {"string": "StringWidget", "email": "EmailWidget", "text": "TextWidget", "select": "SingleSelectWidget",
        "date": "DateWidget", "radio": "RadiobuttonsWidget", "file": "FileWithPreviewWidget", "check": "CheckboxWidget",
        "tel": "StringWidget"}


def _wcs_field(n, kind, label, options=()):
    name = f"f{n}"
    req = ' required="required"' if kind not in ("file", "check") else ""
    if kind == "text":
        control = f'<textarea id="form_{name}" name="{name}" cols="72" rows="8"{req}></textarea>'
    elif kind == "select":
        control = (f'<select id="form_{name}" name="{name}"><option value="">---</option>'
                   + "".join(f'<option value="{escape(o)}">{o}</option>' for o in options) + "</select>")
    elif kind == "radio":
        control = "".join(f'<label><input type="radio" name="{name}" value="{escape(o)}"><span>{o}</span></label>'
                          for o in options)
    elif kind == "file":
        control = f'<input type="file" id="form_{name}" name="{name}$file">'
    elif kind == "check":
        control = f'<input type="checkbox" id="form_{name}" name="{name}" value="yes">'
    else:
        typ = {"email": "email", "date": "date", "tel": "tel"}.get(kind, "text")
        control = f'<input id="form_{name}" name="{name}" type="{typ}" value="" size="40"{req}>'
    return (f'<div class="field widget {_WCS[kind]} template-{kind}" data-field-id="{n}">'
            f'<div class="title"><label for="form_{name}">{label}</label></div><div class="content">{control}</div></div>')


def wcs_form(slug, intro, fields, submit="Valider", page_label="Saisie"):
    """A w.c.s. form as Publik serves it: quixote form, numbered fields f1, f2..."""
    body = "".join(_wcs_field(n, *f) for n, f in enumerate(fields, 1))
    return (f'<div class="wcs-form-description">{prose(intro)}</div>'
            f'<div id="wcs-step"><ol class="wcs-step"><li class="current"><span class="label">{page_label}</span></li>'
            '<li><span class="label">Validation</span></li></ol></div>'
            f'<form action="/{slug}/" method="post" enctype="multipart/form-data" class="quixote" id="form-{slug}" novalidate>'
            f'<input type="hidden" name="_form_id" value="{slug}"><input type="hidden" name="_ajax_form_token" value="9c0d2e71">'
            f'<div class="form-page">{body}</div>'
            f'<div class="buttons submit"><button name="submit" class="submit-button" type="submit">{submit}</button>'
            '<button name="cancel" class="cancel-button" formnovalidate>Abandonner</button></div></form>')


def publik_tiles(items, title="Démarches en ligne"):
    cells = "".join(f'<li class="wcs-form"><a href="{escape(h)}">{t}</a></li>' for h, t in items)
    return f'<div class="cell wcs-forms-of-category"><h2>{title}</h2><ul>{cells}</ul></div>'


# ---- contact forms of the CMSs --------------------------------------------------------------------------

def cf7(action, form_id=214, extra=""):
    return (f'<div class="wpcf7 js" id="wpcf7-f{form_id}-p{form_id + 3}-o1" lang="fr-FR" dir="ltr">'
            f'<form action="{action}#wpcf7-f{form_id}-p{form_id + 3}-o1" method="post" class="wpcf7-form init" novalidate="novalidate" data-status="init">'
            f'<div style="display: none;"><input type="hidden" name="_wpcf7" value="{form_id}"><input type="hidden" name="_wpcf7_version" value="5.9.3">'
            f'<input type="hidden" name="_wpcf7_unit_tag" value="wpcf7-f{form_id}-p{form_id + 3}-o1"></div>'
            '<p><label>Nom et prénom<br><span class="wpcf7-form-control-wrap" data-name="your-name"><input size="40" class="wpcf7-form-control wpcf7-text wpcf7-validates-as-required" aria-required="true" value="" type="text" name="your-name"></span></label></p>'
            '<p><label>Adresse e-mail<br><span class="wpcf7-form-control-wrap" data-name="your-email"><input size="40" class="wpcf7-form-control wpcf7-email wpcf7-validates-as-required wpcf7-text" aria-required="true" value="" type="email" name="your-email"></span></label></p>'
            f'{extra}'
            '<p><label>Objet<br><span class="wpcf7-form-control-wrap" data-name="your-subject"><input size="40" class="wpcf7-form-control wpcf7-text" value="" type="text" name="your-subject"></span></label></p>'
            '<p><label>Votre message<br><span class="wpcf7-form-control-wrap" data-name="your-message"><textarea cols="40" rows="10" class="wpcf7-form-control wpcf7-textarea" name="your-message"></textarea></span></label></p>'
            '<p><input class="wpcf7-form-control wpcf7-submit has-spinner" type="submit" value="Envoyer"></p>'
            '<div class="wpcf7-response-output" aria-hidden="true"></div></form></div>')


def webform(action, machine, fields, submit="Envoyer"):
    """Drupal Webform: fields (kind, key, label)."""
    out = []
    for kind, key, label in fields:
        k = key.replace("_", "-")
        if kind == "textarea":
            ctl = f'<textarea data-drupal-selector="edit-{k}" id="edit-{k}" name="{key}" rows="5" cols="60" class="form-textarea required" required="required"></textarea>'
        elif kind == "select":
            ctl = f'<select data-drupal-selector="edit-{k}" id="edit-{k}" name="{key}" class="form-select"><option value="">- Sélectionner -</option><option value="1">{label}</option></select>'
        else:
            ctl = f'<input data-drupal-selector="edit-{k}" type="{kind}" id="edit-{k}" name="{key}" value="" size="60" class="form-{kind}">'
        out.append(f'<div class="js-form-item form-item js-form-type-{kind} form-item-{k}"><label for="edit-{k}" class="js-form-required form-required">{label}</label>{ctl}</div>')
    css = machine.replace("_", "-")
    return (f'<form class="webform-submission-form webform-submission-add-form webform-submission-{css}-form js-webform-details-toggle webform-details-toggle" '
            f'data-drupal-selector="webform-submission-{css}-add-form" action="{action}" method="post" id="webform-submission-{css}-add-form" accept-charset="UTF-8">'
            + "".join(out) +
            f'<input autocomplete="off" data-drupal-selector="form-x7e2" type="hidden" name="form_build_id" value="form-x7e2kLq0wP3">'
            f'<input data-drupal-selector="edit-webform-submission-{css}-add-form" type="hidden" name="form_id" value="webform_submission_{machine}_add_form">'
            f'<div data-drupal-selector="edit-actions" class="form-actions webform-actions js-form-wrapper form-wrapper" id="edit-actions">'
            f'<input class="webform-button--submit button button--primary js-form-submit form-submit" data-drupal-selector="edit-actions-submit" type="submit" id="edit-actions-submit" name="op" value="{submit}"></div></form>')


def spip_ecrire(action, id_auteur=1):
    return (f'<div class="formulaire_spip formulaire_ecrire_auteur ajax" id="formulaire_ecrire_auteur{id_auteur}">'
            f'<form method="post" action="{action}#formulaire_ecrire_auteur{id_auteur}" enctype="multipart/form-data"><div>'
            f'<input name="formulaire_action" type="hidden" value="ecrire_auteur"><input name="formulaire_action_args" type="hidden" value="a1b2c3{id_auteur}">'
            '<fieldset><legend>Envoyer un message</legend><div class="editer-groupe">'
            '<div class="editer saisie_email_message_auteur obligatoire"><label for="email_message_auteur">Votre adresse email</label><input type="email" class="text email" name="email_message_auteur" id="email_message_auteur" value="" size="30"></div>'
            '<div class="editer saisie_sujet_message_auteur obligatoire"><label for="sujet_message_auteur">Sujet</label><input type="text" class="text" name="sujet_message_auteur" id="sujet_message_auteur" value="" size="30"></div>'
            '<div class="editer saisie_texte_message_auteur obligatoire"><label for="texte_message_auteur">Texte de votre message</label><textarea name="texte_message_auteur" id="texte_message_auteur" rows="8" cols="60"></textarea></div>'
            '</div></fieldset><p class="boutons"><input type="submit" class="submit" name="valide" value="Envoyer le message"></p></div></form></div>')


def joomla_contact(action, contact_id=3):
    return (f'<div class="com-contact__form contact-form"><form id="contact-form" action="{action}" method="post" class="form-validate form-horizontal well">'
            '<fieldset><legend>Envoyer un e-mail</legend>'
            '<div class="control-group field-spacer"><div class="control-label"><span class="spacer"><span class="before"></span><span class="text"><label id="jform_spacer-lbl"><strong class="red">*</strong> Champ requis</label></span></span></div></div>'
            '<div class="control-group"><div class="control-label"><label id="jform_contact_name-lbl" for="jform_contact_name" class="required">Nom<span class="star">&#160;*</span></label></div>'
            '<div class="controls"><input type="text" name="jform[contact_name]" id="jform_contact_name" value="" class="form-control required" size="30" required></div></div>'
            '<div class="control-group"><div class="control-label"><label id="jform_contact_email-lbl" for="jform_contact_email">E-mail</label></div>'
            '<div class="controls"><input type="email" inputmode="email" name="jform[contact_email]" class="form-control validate-email required" id="jform_contact_email" value="" size="30" required></div></div>'
            '<div class="control-group"><div class="control-label"><label for="jform_contact_emailmsg">Sujet</label></div><div class="controls"><input type="text" name="jform[contact_subject]" id="jform_contact_emailmsg" value="" class="form-control required" size="60" required></div></div>'
            '<div class="control-group"><div class="control-label"><label for="jform_contact_message">Message</label></div><div class="controls"><textarea name="jform[contact_message]" id="jform_contact_message" cols="50" rows="10" class="form-control required" required></textarea></div></div>'
            '</fieldset><div class="control-group"><div class="controls"><button class="btn btn-primary validate" type="submit">Envoyer l\'e-mail</button>'
            f'<input type="hidden" name="option" value="com_contact"><input type="hidden" name="task" value="contact.submit"><input type="hidden" name="id" value="{contact_id}:mairie">'
            '<input type="hidden" name="8f1e0c9a2b3d4e5f" value="1"></div></div></form></div>')


def typo3_powermail(action, uid, fields, submit="Envoyer"):
    """powermail: fields (kind, marker, label); kind text, email, textarea, radio:<a|b|c>."""
    out = []
    for kind, marker, label in fields:
        base = f'tx_powermail_pi1[field][{marker}]'
        if kind == "textarea":
            ctl = f'<textarea rows="5" cols="20" class="powermail_textarea powermail_field" id="powermail_field_{marker}" name="{base}"></textarea>'
        elif kind.startswith("radio:"):
            ctl = "".join(f'<div class="radio"><label><input type="radio" name="{base}" value="{escape(o)}" class="powermail_radio">{o}</label></div>'
                          for o in kind[6:].split("|"))
        else:
            ctl = f'<input type="{kind}" class="powermail_input powermail_field" id="powermail_field_{marker}" name="{base}" value="">'
        out.append(f'<div class="powermail_fieldwrap powermail_fieldwrap_type_{kind.split(":")[0]} powermail_fieldwrap_{marker}">'
                   f'<label for="powermail_field_{marker}" class="powermail_label">{label}</label><div class="powermail_field">{ctl}</div></div>')
    return (f'<div class="tx-powermail"><div class="container-fluid"><form data-powermail-validate="data-powermail-validate" action="{action}" '
            f'class="powermail_form powermail_form_{uid} nolabel" method="post" enctype="multipart/form-data">'
            f'<fieldset class="powermail_fieldset powermail_fieldset_{uid}">' + "".join(out) +
            f'<div class="powermail_fieldwrap powermail_fieldwrap_type_submit"><input type="submit" value="{submit}" class="btn btn-primary powermail_submit"></div></fieldset>'
            f'<input type="hidden" name="tx_powermail_pi1[mail][form]" value="{uid}"></form></div></div>')


# ---- polls and questionnaires ---------------------------------------------------------------------------

def wp_polls(poll_id, question, answers):
    lis = "".join(f'<li><input type="radio" id="poll-answer-{poll_id}{i}" name="poll_{poll_id}" value="{poll_id}{i}" />'
                  f' <label for="poll-answer-{poll_id}{i}">{a}</label></li>' for i, a in enumerate(answers, 1))
    return (f'<section class="widget widget_polls-widget"><h2 class="widget-title">Sondage</h2>'
            f'<div id="polls-{poll_id}" class="wp-polls"><form id="polls_form_{poll_id}" class="wp-polls-form" action="/index.php" method="post">'
            f'<p style="display: none;"><input type="hidden" id="poll_{poll_id}_nonce" name="wp-polls-nonce" value="3e5f7a9b1c" /></p>'
            f'<p style="display: none;"><input type="hidden" name="poll_id" value="{poll_id}" /></p>'
            f'<p style="text-align: center;"><strong>{question}</strong></p><div id="polls-{poll_id}-ans" class="wp-polls-ans">'
            f'<ul class="wp-polls-ul">{lis}</ul><p style="text-align: center;"><input type="button" name="vote" value="   Voter   " class="Buttons" onclick="poll_vote({poll_id});" /></p>'
            f'<p style="text-align: center;"><a href="#ViewPollResults" onclick="poll_result({poll_id}); return false;" title="Voir les résultats">Voir les résultats</a></p>'
            f'</div></form></div><div id="polls-{poll_id}-loading" class="wp-polls-loading">Chargement...</div></section>')


def wp_polls_results(poll_id, question, rows, total):
    lis = "".join(f'<li>{a} <small>({p}%, {v} votes)</small><div class="pollbar" style="width: {p}%;" title="{a} ({p}% | {v} votes)"></div></li>'
                  for a, p, v in rows)
    return (f'<div id="polls-{poll_id}" class="wp-polls"><p style="text-align: center;"><strong>{question}</strong></p>'
            f'<div id="polls-{poll_id}-ans" class="wp-polls-ans"><ul class="wp-polls-ul">{lis}</ul>'
            f'<p style="text-align: center;">Total des votants : <strong>{total}</strong></p>'
            '<p style="text-align: center;">Ce sondage est clos.</p></div></div>')


def joomla_poll(poll_id, question, answers):
    """A poll module of a Joomla site (the community AcePolls/mod_poll layout)."""
    opts = "".join(f'<tr><td><input type="radio" name="voteid" id="voteid{poll_id}{i}" value="{i}" class="inputbox"></td>'
                   f'<td><label for="voteid{poll_id}{i}">{a}</label></td></tr>' for i, a in enumerate(answers, 1))
    return (f'<div class="moduletable poll-module"><h3>Votre avis</h3><form action="/index.php?option=com_acepolls" method="post" name="form2" class="acepolls">'
            f'<h4 class="poll-title">{question}</h4><table class="pollstableborder" cellspacing="0" cellpadding="0" border="0"><tbody>{opts}</tbody></table>'
            '<div class="acepolls-buttons"><input type="submit" name="task_button" class="button" value="Voter">'
            f'<a href="/index.php?option=com_acepolls&amp;view=poll&amp;id={poll_id}">Résultats</a></div>'
            f'<input type="hidden" name="option" value="com_acepolls"><input type="hidden" name="task" value="vote"><input type="hidden" name="id" value="{poll_id}"></form></div>')


def results_table(question, rows, note):
    trs = "".join(f"<tr><th scope='row'>{a}</th><td>{v}</td><td>{p} %</td></tr>" for a, v, p in rows)
    return (f'<figure class="results"><figcaption>{question}</figcaption><table class="table"><thead><tr><th>Réponse</th><th>Voix</th>'
            f'<th>Part</th></tr></thead><tbody>{trs}</tbody></table><p class="results__note">{note}</p></figure>')


def formidable(action, id_form, fields, submit="Envoyer mes réponses"):
    """SPIP Formidable: saisies (kind, name, label, options)."""
    out = []
    for kind, name, label, options in fields:
        if kind == "radio":
            ctl = "".join(f'<div class="choix choix_{i}"><input type="radio" name="{name}" class="radio" id="champ_{name}_{i}" value="choix{i}">'
                          f'<label for="champ_{name}_{i}">{o}</label></div>' for i, o in enumerate(options, 1))
        elif kind == "textarea":
            ctl = f'<textarea name="{name}" class="textarea" id="champ_{name}" rows="5" cols="40"></textarea>'
        else:
            ctl = f'<input type="{kind}" name="{name}" class="text" id="champ_{name}" value="">'
        out.append(f'<div class="editer editer_{name} saisie_{kind}"><label class="editer-label" for="champ_{name}">{label}</label>{ctl}</div>')
    return (f'<div class="formulaire_spip formulaire_formidable formulaire_formidable_{id_form}" id="formulaire_formidable_{id_form}">'
            f'<form method="post" action="{action}"><div><input name="formulaire_action" type="hidden" value="formidable">'
            f'<input name="formulaire_action_args" type="hidden" value="{id_form}x4f">'
            '<div class="editer-groupe">' + "".join(out) + f'</div><p class="boutons"><input type="submit" class="submit" value="{submit}"></p></div></form></div>')


# ---- comments and forums --------------------------------------------------------------------------------

def wp_comments(comments, post_id, open_=True):
    lis = "".join(
        f'<li id="comment-{post_id}{i}" class="comment even thread-even depth-1"><article class="comment-body">'
        f'<footer class="comment-meta"><div class="comment-author vcard"><b class="fn">{a}</b> <span class="says">dit :</span></div>'
        f'<div class="comment-metadata"><time>{d}</time></div></footer><div class="comment-content"><p>{t}</p></div>'
        f'<div class="reply"><a rel="nofollow" class="comment-reply-link" href="#comment-{post_id}{i}" data-commentid="{post_id}{i}">Répondre</a></div></article></li>'
        for i, (a, d, t) in enumerate(comments, 1))
    head = f'<h2 class="comments-title">{len(comments)} réponses</h2><ol class="comment-list">{lis}</ol>' if comments else ""
    if not open_:
        return f'<div id="comments" class="comments-area">{head}<p class="no-comments">Les commentaires sont fermés.</p></div>'
    return (f'<div id="comments" class="comments-area">{head}<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Laisser un commentaire</h3>'
            '<form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate>'
            '<p class="comment-notes">Votre adresse e-mail ne sera pas publiée.</p>'
            '<p class="comment-form-comment"><label for="comment">Commentaire</label><textarea id="comment" name="comment" cols="45" rows="8" maxlength="65525" required></textarea></p>'
            '<p class="comment-form-author"><label for="author">Nom</label><input id="author" name="author" type="text" value="" size="30" maxlength="245" autocomplete="name" required /></p>'
            '<p class="comment-form-email"><label for="email">E-mail</label><input id="email" name="email" type="email" value="" size="30" maxlength="100" autocomplete="email" required /></p>'
            f'<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Laisser un commentaire" /><input type="hidden" name="comment_post_ID" value="{post_id}" id="comment_post_ID" /><input type="hidden" name="comment_parent" id="comment_parent" value="0" /></p>'
            '</form></div></div>')


def drupal_comments(node, comments):
    arts = "".join(
        f'<article data-comment-user-id="0" id="comment-{node}{i}" class="comment js-comment by-anonymous"><span class="hidden" data-comment-timestamp="1712{i}00000"></span>'
        f'<footer class="comment__meta"><p class="comment__author"><span>{a}</span></p><p class="comment__time">{d}</p></footer>'
        f'<div class="comment__content"><div class="field field--name-comment-body"><p>{t}</p></div></div></article>'
        for i, (a, d, t) in enumerate(comments, 1))
    return (f'<section class="field field--name-comment field--type-comment field--label-above comment-wrapper"><h2 class="title comment-section__title">Commentaires</h2>{arts}'
            f'<h2 class="title comment-form__title">Ajouter un commentaire</h2>'
            f'<form class="comment-comment-form comment-form" data-drupal-selector="comment-form" action="/comment/reply/node/{node}/comment" method="post" id="comment-form" accept-charset="UTF-8">'
            '<div class="js-form-item form-item js-form-type-textfield form-item-name"><label for="edit-name">Votre nom</label><input data-drupal-selector="edit-name" type="text" id="edit-name" name="name" value="" size="30" maxlength="60" class="form-text"></div>'
            '<div class="js-form-item form-item js-form-type-textarea form-item-comment-body-0-value"><label for="edit-comment-body-0-value" class="js-form-required form-required">Commentaire</label>'
            '<textarea class="js-text-full text-full form-textarea required" data-drupal-selector="edit-comment-body-0-value" id="edit-comment-body-0-value" name="comment_body[0][value]" rows="5" cols="60" required="required"></textarea></div>'
            '<input type="hidden" name="form_id" value="comment_comment_form"><div class="form-actions"><input type="submit" id="edit-submit--2" name="op" value="Enregistrer" class="button button--primary js-form-submit form-submit"></div></form></section>')


def spip_forum(id_article, messages):
    lis = "".join(f'<li class="forum-fil"><div class="forum-message" id="forum{id_article}{i}"><div class="forum-chapo"><strong class="forum-titre">{t}</strong>'
                  f'<small>{d}, par <span class="vcard author">{a}</span></small></div><div class="forum-texte"><p>{x}</p></div>'
                  f'<p class="repondre"><a href="#formulaire_forum" rel="noindex nofollow" data-id-forum="{id_article}{i}">Répondre à ce message</a></p></div></li>'
                  for i, (a, d, t, x) in enumerate(messages, 1))
    return (f'<div class="comments"><h2>{len(messages)} messages</h2><ul class="comments-items forum">{lis}</ul></div>'
            f'<div class="formulaire_spip formulaire_forum ajax" id="formulaire_forum"><h2>Un message, un commentaire ?</h2>'
            f'<form action="#formulaire_forum" method="post" enctype="multipart/form-data"><div><input name="formulaire_action" type="hidden" value="forum">'
            f'<input name="formulaire_action_args" type="hidden" value="art{id_article}"><input type="hidden" name="id_article" value="{id_article}">'
            '<fieldset><legend>Message</legend><div class="editer-groupe"><div class="editer saisie_titre obligatoire"><label for="titre">Titre</label><input type="text" class="text" name="titre" id="titre" value="" size="50"></div>'
            '<div class="editer saisie_texte obligatoire"><label for="texte">Texte de votre message</label><textarea name="texte" id="texte" rows="10" cols="40"></textarea></div></div></fieldset>'
            '<fieldset><legend>Qui êtes-vous ?</legend><div class="editer saisie_session_nom"><label for="session_nom">Votre nom</label><input type="text" class="text" name="session_nom" id="session_nom" value="" size="40"></div>'
            '<div class="editer saisie_session_email"><label for="session_email">Votre adresse email</label><input type="email" class="text email" name="session_email" id="session_email" value="" size="40"></div></fieldset>'
            '<p class="boutons"><input type="submit" class="submit" name="previsualiser_message" value="Prévisualiser"></p></div></form></div>')


def phpbb_forums(forums):
    """forums: (href, name, description, topics, posts)"""
    rows = "".join(f'<li class="row"><dl class="row-item forum_read"><dt title="Aucun message non lu"><div class="list-inner">'
                   f'<a href="{escape(h)}" class="forumtitle">{n}</a><br />{d}</div></dt><dd class="topics">{t} <dfn>Sujets</dfn></dd>'
                   f'<dd class="posts">{p} <dfn>Messages</dfn></dd><dd class="lastpost"><span>Dernier message</span></dd></dl></li>'
                   for h, n, d, t, p in forums)
    return ('<div class="forabg"><div class="inner"><ul class="topiclist"><li class="header"><dl class="row-item"><dt><div class="list-inner">Forum</div></dt>'
            f'<dd class="topics">Sujets</dd><dd class="posts">Messages</dd><dd class="lastpost"><span>Dernier message</span></dd></dl></li></ul>'
            f'<ul class="topiclist forums">{rows}</ul></div></div>')


def phpbb_topics(forum_id, topics):
    """topics: (href, title, author, replies, views)"""
    rows = "".join(f'<li class="row bg{1 + i % 2}"><dl class="row-item topic_read"><dt><div class="list-inner">'
                   f'<a href="{escape(h)}" class="topictitle">{t}</a><div class="responsive-hide left-box">par <span class="username">{a}</span></div></div></dt>'
                   f'<dd class="posts">{r} <dfn>Réponses</dfn></dd><dd class="views">{v} <dfn>Vues</dfn></dd></dl></li>'
                   for i, (h, t, a, r, v) in enumerate(topics))
    return (f'<div class="action-bar bar-top"><a href="/posting.php?mode=post&amp;f={forum_id}" class="button" title="Écrire un nouveau sujet"><span>Nouveau sujet</span></a></div>'
            f'<div class="forumbg"><div class="inner"><ul class="topiclist"><li class="header"><dl class="row-item"><dt><div class="list-inner">Sujets</div></dt>'
            f'<dd class="posts">Réponses</dd><dd class="views">Vues</dd></dl></li></ul><ul class="topiclist topics">{rows}</ul></div></div>')


def phpbb_posts(topic_id, forum_id, posts):
    arts = "".join(f'<div id="p{topic_id}{i}" class="post has-profile bg{1 + i % 2}"><div class="inner"><dl class="postprofile"><dt><a class="username">{a}</a></dt></dl>'
                   f'<div class="postbody"><div id="post_content{topic_id}{i}"><p class="author"><span class="responsive-hide">par <strong>{a}</strong> » </span>{d}</p>'
                   f'<div class="content">{t}</div></div></div></div></div>' for i, (a, d, t) in enumerate(posts, 1))
    return (f'<div class="action-bar bar-top"><a href="/posting.php?mode=reply&amp;f={forum_id}&amp;t={topic_id}" class="button" title="Répondre"><span>Répondre</span></a></div>'
            f'{arts}<form method="post" action="/posting.php?mode=reply&amp;f={forum_id}&amp;t={topic_id}" id="qr_postform"><fieldset class="fields1"><h2>Réponse rapide</h2>'
            '<textarea name="message" rows="7" cols="76" tabindex="1" class="inputbox"></textarea>'
            '<input type="submit" accesskey="s" tabindex="6" name="post" value="Envoyer" class="button1" /></fieldset></form>')


def discourse_list(topics):
    """topics: (href, title, category, replies)"""
    rows = "".join(f'<tr class="topic-list-item"><td class="main-link"><meta itemprop="position" content="{i}"><span class="link-top-line">'
                   f'<a itemprop="url" href="{escape(h)}" class="title raw-link raw-topic-link">{t}</a></span><div class="link-bottom-line">'
                   f'<span class="category-name">{c}</span></div></td><td class="replies"><span class="posts" title="messages">{r}</span></td></tr>'
                   for i, (h, t, c, r) in enumerate(topics, 1))
    return ('<div class="topic-list-container" itemscope itemtype="http://schema.org/ItemList"><table class="topic-list"><thead><tr><th>Sujet</th><th class="replies">Réponses</th></tr></thead>'
            f'<tbody>{rows}</tbody></table></div>')


def discourse_topic(posts):
    divs = "".join(f'<div id="post_{i}" itemprop="comment" itemscope itemtype="http://schema.org/Comment" class="topic-body crawler-post">'
                   f'<div class="crawler-post-meta"><span class="creator" itemprop="author" itemscope itemtype="http://schema.org/Person">'
                   f'<span itemprop="name">{a}</span></span><span class="crawler-post-infos"><time itemprop="datePublished" class="post-time">{d}</time>'
                   f'<span itemprop="position">#{i}</span></span></div><div class="post" itemprop="text"><p>{t}</p></div>'
                   f'<div itemprop="interactionStatistic" itemscope itemtype="http://schema.org/InteractionCounter"><meta itemprop="interactionType" content="http://schema.org/LikeAction"/><span class="post-likes">{i + 1} « J\'aime »</span></div></div>'
                   for i, (a, d, t) in enumerate(posts, 1))
    return f'<div id="topic-title"><div class="title-wrapper"></div></div>{divs}'


# ---- petitions, ideas, budgets ---------------------------------------------------------------------------

def petition_sign(action, title, count, goal):
    return (f'<div class="petition" data-petition-goal="{goal}"><p class="petition__counter"><strong>{count}</strong> signatures sur {goal} nécessaires</p>'
            f'<progress class="petition__progress" max="{goal}" value="{count}">{count}</progress>'
            f'<form class="petition-sign-form" action="{action}" method="post"><fieldset><legend>Je signe la pétition « {title} »</legend>'
            '<label for="ps-nom">Nom</label><input id="ps-nom" type="text" name="nom" required>'
            '<label for="ps-prenom">Prénom</label><input id="ps-prenom" type="text" name="prenom" required>'
            '<label for="ps-email">E-mail</label><input id="ps-email" type="email" name="email" required>'
            '<label for="ps-cp">Code postal</label><input id="ps-cp" type="text" name="code_postal" inputmode="numeric">'
            '<label><input type="checkbox" name="habitant" value="1" required> Je réside ou je travaille dans la commune</label>'
            '<button type="submit">Signer</button></fieldset></form></div>')


def idea_cards(items, vote=False):
    """items: (href, title, author, supports, status)"""
    cards = "".join(f'<article class="card card--proposal"><h3 class="card__title"><a href="{escape(h)}">{t}</a></h3>'
                    f'<p class="card__meta">Déposé par {a}</p><p class="card__status">{s}</p>'
                    f'<p class="card__supports"><span>{n}</span> soutiens</p>'
                    + (f'<form action="{escape(h)}/vote" method="post" class="card__vote"><button type="submit">Voter pour ce projet</button></form>' if vote else "")
                    + "</article>" for h, t, a, n, s in items)
    return f'<div class="card__grid">{cards}</div>'
