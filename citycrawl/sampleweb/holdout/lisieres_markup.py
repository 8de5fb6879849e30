"""Markup helpers of the "lisières" holdout part: page furniture, forms, poll widgets, comment blocks,
petition blocks and the layout of the spaces this part renders itself (a Fluicity space, a LimeSurvey
instance, a home-made participation space). Written after the public markup of the software they imitate."""
from html import escape


# ---- text and furniture ------------------------------------------------------------------------

def prose(*paragraphs):
    return "".join(f"<p>{x}</p>" for x in paragraphs)


def block(title, *paragraphs, level=2, cls=""):
    head = f'<h{level}>{title}</h{level}>'
    return f'<section class="{cls or "bloc"}">{head}{prose(*paragraphs)}</section>'


def bullets(items, cls="liste"):
    return f'<ul class="{cls}">' + "".join(f"<li>{x}</li>" for x in items) + "</ul>"


def links(items, cls="liens-utiles", title="À voir aussi"):
    lis = "".join(f'<li><a href="{escape(href)}">{label}</a></li>' for href, label in items)
    return f'<nav class="{cls}" aria-label="{escape(title)}"><h2>{title}</h2><ul>{lis}</ul></nav>'


def cookie_banner(kind="tarteaucitron"):
    if kind == "tarteaucitron":
        return ('<div id="tarteaucitronRoot" data-nosnippet><div id="tarteaucitronAlertBig" role="dialog" '
                'aria-label="Gestion des cookies"><span id="tarteaucitronDisclaimerAlert">Ce site utilise des cookies '
                'de mesure d\'audience et des contenus tiers.</span><button type="button" id="tarteaucitronPersonalize2">'
                'Tout accepter</button><button type="button" id="tarteaucitronAllDenied2">Tout refuser</button>'
                '<button type="button" id="tarteaucitronCloseAlert">Personnaliser</button></div></div>')
    if kind == "complianz":
        return ('<div class="cmplz-cookiebanner cmplz-hidden banner-1 optin cmplz-bottom-right" aria-modal="true" '
                'role="dialog"><div class="cmplz-header"><div class="cmplz-title">Gérer le consentement</div></div>'
                '<div class="cmplz-body"><div class="cmplz-message">Nous utilisons des cookies pour mesurer '
                'la fréquentation du site.</div></div><div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">'
                'Accepter</button><button class="cmplz-btn cmplz-deny">Refuser</button></div></div>')
    return ('<div id="cookie-consent" class="eu-cookie-compliance-banner" role="dialog"><div class="popup-content">'
            '<div id="popup-text"><p>Nous utilisons des cookies pour améliorer votre expérience.</p></div>'
            '<div id="popup-buttons"><button type="button" class="agree-button">J\'accepte</button>'
            '<button type="button" class="decline-button">Je refuse</button></div></div></div>')


def teasers(items, title="Actualités", cls="news-list"):
    """items: (href, title, date, chapo)"""
    cards = "".join(
        f'<article class="{cls}__item"><p class="{cls}__date"><time>{date}</time></p>'
        f'<h3 class="{cls}__title"><a href="{escape(href)}">{label}</a></h3><p>{chapo}</p></article>'
        for href, label, date, chapo in items)
    return f'<section class="{cls}"><h2>{title}</h2>{cards}</section>'


def agenda(items, title="Agenda"):
    """items: (day, month, label, place)"""
    rows = "".join(f'<li class="agenda__event"><span class="agenda__date"><b>{d}</b> {m}</span>'
                   f'<span class="agenda__label">{label}</span><span class="agenda__place">{place}</span></li>'
                   for d, m, label, place in items)
    return f'<section class="agenda"><h2>{title}</h2><ul>{rows}</ul><p><a href="/">Tout l\'agenda</a></p></section>'


def home(intro, tiles, news, events, banner="tarteaucitron", extra=""):
    """A city home page: cookie banner, a welcome line, quick links, news teasers, agenda."""
    tile_html = "".join(f'<li class="quick-access__item"><a href="{escape(h)}"><span class="quick-access__icon" '
                        f'aria-hidden="true"></span>{label}</a></li>' for h, label in tiles)
    return (cookie_banner(banner) + f'<div class="home-intro">{prose(intro)}</div>'
            f'<nav class="quick-access" aria-label="Accès rapides"><h2>En un clic</h2><ul>{tile_html}</ul></nav>'
            + teasers(news) + agenda(events) + extra)


def with_aside(main, aside, cls="sidebar"):
    return (f'<div class="layout layout--with-aside"><div class="layout__main">{main}</div>'
            f'<aside class="layout__aside {cls}" role="complementary">{aside}</aside></div>')


def widget(title, inner, cls="widget"):
    return f'<section class="{cls}"><h2 class="widget-title">{title}</h2>{inner}</section>'


def share_buttons(url, title=""):
    u = escape(url)
    return ('<div class="share-buttons"><span>Partager :</span>'
            f'<a class="share share--fb" href="https://www.facebook.com/sharer/sharer.php?u={u}" target="_blank" rel="noopener">Facebook</a>'
            f'<a class="share share--x" href="https://twitter.com/intent/tweet?url={u}&amp;text={escape(title)}" target="_blank" rel="noopener">X</a>'
            f'<a class="share share--li" href="https://www.linkedin.com/shareArticle?mini=true&amp;url={u}" target="_blank" rel="noopener">LinkedIn</a>'
            f'<a class="share share--mail" href="mailto:?subject={escape(title)}&amp;body={u}">Courriel</a></div>')


def downloads(items):
    rows = "".join(f'<li class="document"><span class="document__title">{label}</span> '
                   f'<span class="document__meta">PDF - {size}</span></li>' for label, size in items)
    return f'<div class="documents"><h2>Documents</h2><ul>{rows}</ul></div>'


def steps(items, cls="etapes"):
    """items: (label, dates, state, text) — state: done, current, upcoming"""
    lis = "".join(f'<li class="{cls}__step {cls}__step--{state}"><h3>{label}</h3><p class="{cls}__dates">{dates}</p>'
                  f'<p>{text}</p></li>' for label, dates, state, text in items)
    return f'<ol class="{cls}">{lis}</ol>'


def table(head, rows, caption=""):
    th = "".join(f"<th scope=\"col\">{h}</th>" for h in head)
    tr = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    cap = f"<caption>{caption}</caption>" if caption else ""
    return f'<table class="table">{cap}<thead><tr>{th}</tr></thead><tbody>{tr}</tbody></table>'


# ---- forms that write to the city --------------------------------------------------------------

def _options(values):
    return "".join(f'<option value="{escape(v)}">{v}</option>' for v in values)


def cf7(action, form_id, subjects=(), message_label="Votre message", intro=""):
    """Contact Form 7 (WordPress)."""
    subject = (f'<p><label>Objet<br /><span class="wpcf7-form-control-wrap" data-name="objet"><select name="objet" '
               f'class="wpcf7-form-control wpcf7-select">{_options(subjects)}</select></span></label></p>') if subjects else ""
    return (f'<div class="wpcf7 no-js" id="wpcf7-f{form_id}-p1-o1" lang="fr-FR" dir="ltr">{prose(intro) if intro else ""}'
            f'<form action="{action}#wpcf7-f{form_id}-p1-o1" method="post" class="wpcf7-form init" novalidate="novalidate" data-status="init">'
            f'<div style="display: none;"><input type="hidden" name="_wpcf7" value="{form_id}" /><input type="hidden" name="_wpcf7_version" value="5.9.3" />'
            f'<input type="hidden" name="_wpcf7_locale" value="fr_FR" /><input type="hidden" name="_wpcf7_unit_tag" value="wpcf7-f{form_id}-p1-o1" /></div>'
            '<p><label>Nom et prénom<br /><span class="wpcf7-form-control-wrap" data-name="your-name"><input size="40" class="wpcf7-form-control wpcf7-text wpcf7-validates-as-required" aria-required="true" value="" type="text" name="your-name" /></span></label></p>'
            '<p><label>Adresse électronique<br /><span class="wpcf7-form-control-wrap" data-name="your-email"><input size="40" class="wpcf7-form-control wpcf7-email wpcf7-validates-as-required wpcf7-text wpcf7-validates-as-email" aria-required="true" value="" type="email" name="your-email" /></span></label></p>'
            + subject +
            f'<p><label>{message_label}<br /><span class="wpcf7-form-control-wrap" data-name="your-message"><textarea cols="40" rows="10" class="wpcf7-form-control wpcf7-textarea" name="your-message"></textarea></span></label></p>'
            '<p><span class="wpcf7-form-control-wrap" data-name="rgpd"><span class="wpcf7-form-control wpcf7-acceptance"><span class="wpcf7-list-item"><label><input type="checkbox" name="rgpd" value="1" aria-invalid="false" /><span class="wpcf7-list-item-label">J\'accepte que mes données soient utilisées pour traiter ma demande.</span></label></span></span></span></p>'
            '<p><input class="wpcf7-form-control wpcf7-submit has-spinner" type="submit" value="Envoyer" /></p>'
            '<div class="wpcf7-response-output" aria-hidden="true"></div></form></div>')


def webform(action, form_id, fields, submit="Envoyer"):
    """Drupal Webform. fields: (key, label, kind, options)"""
    parts = []
    for key, label, kind, options in fields:
        fid = f"edit-{key.replace('_', '-')}"
        wrap = f'js-form-item form-item js-form-type-{kind} form-item-{key.replace("_", "-")} js-form-item-{key.replace("_", "-")}'
        if kind == "textarea":
            ctrl = f'<div class="form-textarea-wrapper"><textarea data-drupal-selector="{fid}" id="{fid}" name="{key}" rows="5" cols="60" class="form-textarea resize-vertical"></textarea></div>'
        elif kind == "select":
            ctrl = f'<select data-drupal-selector="{fid}" id="{fid}" name="{key}" class="form-select">{_options(options)}</select>'
        elif kind == "radios":
            ctrl = "".join(f'<div class="js-form-item form-item js-form-type-radio"><input type="radio" id="{fid}-{i}" name="{key}" value="{escape(o)}" class="form-radio" />'
                           f'<label for="{fid}-{i}" class="option">{o}</label></div>' for i, o in enumerate(options))
            ctrl = f'<fieldset class="fieldgroup form-composite webform-radios"><legend><span class="fieldset-legend">{label}</span></legend><div class="fieldset-wrapper"><div id="{fid}" class="js-webform-radios webform-options-display-one-column form-radios">{ctrl}</div></div></fieldset>'
            parts.append(f'<div class="{wrap}">{ctrl}</div>')
            continue
        elif kind == "checkboxes":
            ctrl = "".join(f'<div class="js-form-item form-item js-form-type-checkbox"><input type="checkbox" id="{fid}-{i}" name="{key}[{escape(o)}]" value="{escape(o)}" class="form-checkbox" />'
                           f'<label for="{fid}-{i}" class="option">{o}</label></div>' for i, o in enumerate(options))
            ctrl = f'<fieldset class="fieldgroup form-composite webform-checkboxes"><legend><span class="fieldset-legend">{label}</span></legend><div class="fieldset-wrapper"><div id="{fid}" class="form-checkboxes">{ctrl}</div></div></fieldset>'
            parts.append(f'<div class="{wrap}">{ctrl}</div>')
            continue
        else:
            ctrl = f'<input data-drupal-selector="{fid}" type="{kind}" id="{fid}" name="{key}" value="" size="60" maxlength="255" class="form-{kind}" />'
        parts.append(f'<div class="{wrap}"><label for="{fid}">{label}</label>{ctrl}</div>')
    dash = form_id.replace("_", "-")
    return (f'<form class="webform-submission-form webform-submission-add-form webform-submission-{dash}-form js-webform-details-toggle webform-details-toggle" '
            f'data-drupal-selector="webform-submission-{dash}-add-form" action="{action}" method="post" id="webform-submission-{dash}-add-form" accept-charset="UTF-8">'
            + "".join(parts) +
            f'<input autocomplete="off" data-drupal-selector="form-x7q" type="hidden" name="form_build_id" value="form-x7q2LwPz" />'
            f'<input data-drupal-selector="edit-webform-submission-{dash}-add-form" type="hidden" name="form_id" value="webform_submission_{form_id}_add_form" />'
            f'<div data-drupal-selector="edit-actions" class="form-actions webform-actions js-form-wrapper form-wrapper" id="edit-actions">'
            f'<input class="webform-button--submit button button--primary js-form-submit form-submit" data-drupal-selector="edit-actions-submit" type="submit" id="edit-actions-submit" name="op" value="{submit}" /></div></form>')


def powermail(action, uid, fields, submit="Envoyer"):
    """TYPO3 powermail. fields: (marker, label, kind, options)"""
    parts = []
    for marker, label, kind, options in fields:
        fid = f"powermail_field_{marker}"
        if kind == "textarea":
            ctrl = f'<textarea rows="5" cols="20" id="{fid}" class="powermail_textarea form-control" name="tx_powermail_pi1[field][{marker}]"></textarea>'
        elif kind == "select":
            ctrl = f'<select id="{fid}" class="powermail_select form-control" name="tx_powermail_pi1[field][{marker}]">{_options(options)}</select>'
        elif kind == "radio":
            ctrl = "".join(f'<div class="radio"><label><input type="radio" name="tx_powermail_pi1[field][{marker}]" value="{escape(o)}" class="powermail_radio" /> {o}</label></div>' for o in options)
        else:
            ctrl = f'<input type="{kind}" id="{fid}" class="powermail_input form-control" name="tx_powermail_pi1[field][{marker}]" value="" />'
        parts.append(f'<div class="powermail_fieldwrap powermail_fieldwrap_type_{kind} powermail_fieldwrap_{marker} form-group">'
                     f'<label for="{fid}" class="control-label">{label}</label><div class="powermail_field">{ctrl}</div></div>')
    return (f'<div class="tx-powermail"><div class="container-fluid"><form data-powermail-validate="data-powermail-validate" action="{action}?tx_powermail_pi1%5Baction%5D=create&amp;tx_powermail_pi1%5Bcontroller%5D=Form" '
            f'method="post" enctype="multipart/form-data" id="powermail_form_{uid}" class="powermail_form powermail_form_{uid} nolabel">'
            f'<fieldset class="powermail_fieldset powermail_fieldset_{uid}"><legend class="powermail_legend">Formulaire</legend>'
            + "".join(parts) +
            f'<div class="powermail_fieldwrap powermail_fieldwrap_type_submit form-group"><input type="submit" value="{submit}" class="btn btn-primary" /></div>'
            f'</fieldset><input type="hidden" name="tx_powermail_pi1[mail][form]" value="{uid}" /></form></div></div>')


def vendor_form(action, form_id, fields, submit="Envoyer", legend=""):
    """The form builder of an agency CMS. fields: (name, label, kind, options)"""
    parts = []
    for name, label, kind, options in fields:
        fid = f"{form_id}-{name}"
        if kind == "textarea":
            ctrl = f'<textarea id="{fid}" name="{name}" rows="6" class="form__textarea" required></textarea>'
        elif kind == "select":
            ctrl = f'<select id="{fid}" name="{name}" class="form__select">{_options(options)}</select>'
        elif kind in ("radio", "checkbox"):
            ctrl = "".join(f'<span class="form__choice"><input type="{kind}" id="{fid}-{i}" name="{name}" value="{escape(o)}"><label for="{fid}-{i}">{o}</label></span>'
                           for i, o in enumerate(options))
            parts.append(f'<fieldset class="form__group"><legend>{label}</legend>{ctrl}</fieldset>')
            continue
        else:
            ctrl = f'<input type="{kind}" id="{fid}" name="{name}" class="form__input">'
        parts.append(f'<div class="form__group"><label for="{fid}">{label}</label>{ctrl}</div>')
    leg = f'<p class="form__legend">{legend}</p>' if legend else '<p class="form__legend">Les champs marqués d\'un astérisque sont obligatoires.</p>'
    return (f'<form id="{form_id}" class="form form--{form_id}" action="{action}" method="post" novalidate>{leg}'
            + "".join(parts) + f'<input type="hidden" name="csrf_token" value="a81c0f2e9d"><div class="form__actions"><button type="submit" class="btn btn--primary">{submit}</button></div></form>')


CONTACT_FIELDS = [("nom", "Nom *", "text", ()), ("prenom", "Prénom", "text", ()), ("courriel", "Courriel *", "email", ()),
                  ("objet", "Objet de votre demande", "select", ("Question générale", "Voirie, propreté", "État civil", "Autre")),
                  ("message", "Votre message *", "textarea", ())]


# ---- forms that are not contact forms ----------------------------------------------------------

def newsletter(action, cls="newsletter"):
    return (f'<form class="{cls}" action="{action}" method="post"><h2>Lettre d\'information</h2>'
            '<p>Recevez chaque mois l\'essentiel de l\'actualité municipale.</p><label for="nl-email" class="sr-only">Votre adresse électronique</label>'
            '<input type="email" id="nl-email" name="EMAIL" placeholder="votre@adresse.fr" required>'
            '<label><input type="checkbox" name="gdpr[12]" value="Y"> J\'accepte de recevoir la lettre</label>'
            '<button type="submit" name="subscribe">S\'abonner</button></form>')


def booking(action, resource, slots):
    return (f'<form class="booking-form" action="{action}" method="post"><h2>Réserver : {resource}</h2>'
            '<label for="bk-date">Date souhaitée</label><input type="date" id="bk-date" name="date">'
            f'<label for="bk-slot">Créneau</label><select id="bk-slot" name="creneau">{_options(slots)}</select>'
            '<label for="bk-nb">Nombre de personnes</label><input type="number" id="bk-nb" name="participants" min="1" max="200">'
            '<label for="bk-asso">Association ou organisme</label><input type="text" id="bk-asso" name="organisme">'
            '<label for="bk-mail">Courriel</label><input type="email" id="bk-mail" name="email">'
            '<button type="submit">Vérifier la disponibilité</button></form>')


def payment(action, label):
    return (f'<form class="payfip-form" action="{action}" method="post"><h2>{label}</h2>'
            '<label for="pf-ref">Référence de la facture</label><input type="text" id="pf-ref" name="refdet" maxlength="30">'
            '<label for="pf-amount">Montant (€)</label><input type="text" id="pf-amount" name="montant" inputmode="decimal">'
            '<label for="pf-mail">Courriel pour le ticket</label><input type="email" id="pf-mail" name="mel">'
            '<input type="hidden" name="numcli" value="004512"><button type="submit">Payer par carte bancaire</button></form>')


def registration(action, title, extra_fields=()):
    extra = "".join(f'<label for="rg-{n}">{lab}</label><input type="text" id="rg-{n}" name="{n}">' for n, lab in extra_fields)
    return (f'<form class="inscription-form" action="{action}" method="post"><h2>{title}</h2>'
            '<label for="rg-nom">Nom</label><input type="text" id="rg-nom" name="nom">'
            '<label for="rg-prenom">Prénom</label><input type="text" id="rg-prenom" name="prenom">'
            '<label for="rg-naiss">Date de naissance</label><input type="date" id="rg-naiss" name="naissance">'
            '<label for="rg-mail">Courriel</label><input type="email" id="rg-mail" name="email">'
            f'{extra}<button type="submit">Valider mon inscription</button></form>')


def login(action):
    return (f'<form class="login" action="{action}" method="post"><h2>Espace personnel</h2>'
            '<label for="lg-user">Identifiant ou courriel</label><input type="text" id="lg-user" name="login" autocomplete="username">'
            '<label for="lg-pass">Mot de passe</label><input type="password" id="lg-pass" name="password" autocomplete="current-password">'
            '<button type="submit">Se connecter</button><p><a href="/">Mot de passe oublié ?</a></p></form>')


# ---- polls and questionnaires ------------------------------------------------------------------

def wp_polls(poll_id, question, answers):
    """WP-Polls, the widget a WordPress sidebar shows."""
    lis = "".join(f'<li><input type="radio" id="poll-answer-{poll_id * 10 + i}" name="poll_{poll_id}" value="{poll_id * 10 + i}" />'
                  f' <label for="poll-answer-{poll_id * 10 + i}">{a}</label></li>' for i, a in enumerate(answers))
    return (f'<div id="polls-{poll_id}" class="wp-polls"><form id="polls_form_{poll_id}" class="wp-polls-form" action="/index.php" method="post">'
            f'<p style="display: none;"><input type="hidden" id="poll_{poll_id}_nonce" name="wp-polls-nonce" value="3b7c19e2aa" /></p>'
            f'<p style="display: none;"><input type="hidden" name="poll_id" value="{poll_id}" /></p>'
            f'<p style="text-align: center;"><strong>{question}</strong></p><div id="polls-{poll_id}-ans" class="wp-polls-ans">'
            f'<ul class="wp-polls-ul">{lis}</ul><p style="text-align: center;"><input type="button" name="vote" value="   Voter   " class="Buttons" onclick="poll_vote({poll_id});" /></p>'
            f'<p style="text-align: center;"><a href="#ViewPollResults" onclick="poll_result({poll_id}); return false;" title="Voir les résultats du sondage">Voir les résultats</a></p>'
            f'</div></form></div><div id="polls-{poll_id}-loading" class="wp-polls-loading"><img src="/wp-content/plugins/wp-polls/images/loading.gif" width="16" height="16" alt="Chargement..." class="wp-polls-image" />&nbsp;Chargement...</div>')


def wp_polls_closed(poll_id, question, results, total):
    lis = "".join(f'<li>{a} <small>({pct}%, {n} votes)</small><div class="pollbar" style="width: {pct}%;" title="{a} ({pct}% | {n} votes)"></div></li>'
                  for a, pct, n in results)
    return (f'<div id="polls-{poll_id}" class="wp-polls"><p style="text-align: center;"><strong>{question}</strong></p>'
            f'<div id="polls-{poll_id}-ans" class="wp-polls-ans"><ul class="wp-polls-ul">{lis}</ul>'
            f'<p style="text-align: center;">Votants : <strong>{total}</strong></p><p style="text-align: center;">Ce sondage est clos.</p></div></div>')


def forminator_poll(poll_id, question, answers):
    """Forminator poll (WPMU DEV), placed in a page or a widget area."""
    opts = "".join(f'<label for="answer-{i}-{poll_id}" class="forminator-radio"><input type="radio" name="{poll_id}" value="answer-{i}" id="answer-{i}-{poll_id}" class="forminator-radio--field" />'
                   f'<span class="forminator-radio--design" aria-hidden="true"></span><span class="forminator-radio--label">{a}</span></label>' for i, a in enumerate(answers))
    return (f'<form id="forminator-module-{poll_id}" class="forminator-ui forminator-poll forminator-poll-{poll_id} forminator-design--default" method="post" data-forminator-render="0" data-uid="{poll_id}">'
            f'<div class="forminator-poll-header"><h3 class="forminator-question">{question}</h3></div><div class="forminator-poll-body"><fieldset class="forminator-radio-group"><legend class="forminator-screen-reader-only">{question}</legend>{opts}</fieldset></div>'
            f'<div class="forminator-poll-footer"><button class="forminator-button forminator-button-submit">Voter</button><a href="#" class="forminator-link">Voir les résultats</a></div>'
            f'<input type="hidden" name="form_id" value="{poll_id}"><input type="hidden" name="action" value="forminator_submit_poll_ajax"></form>')


def drupal_poll(poll_id, question, choices):
    """Drupal's Poll module (the poll block)."""
    radios = "".join(f'<div class="js-form-item form-item js-form-type-radio form-item-choice js-form-item-choice"><input data-drupal-selector="edit-choice-{i + 1}" type="radio" id="edit-choice-{i + 1}" name="choice" value="{i + 1}" class="form-radio" />'
                     f'<label for="edit-choice-{i + 1}" class="option">{c}</label></div>' for i, c in enumerate(choices))
    return (f'<div class="block block-poll block-poll-recent-block"><h2>Sondage</h2><div class="poll">'
            f'<form class="poll-view-form poll-view-form-{poll_id}" data-drupal-selector="poll-view-form-{poll_id}" action="/node?_wrapper_format=html" method="post" id="poll-view-form-{poll_id}" accept-charset="UTF-8">'
            f'<div class="poll-question"><strong>{question}</strong></div><fieldset data-drupal-selector="edit-choice" id="edit-choice--wrapper" class="fieldgroup form-composite js-form-item form-item js-form-wrapper form-wrapper"><legend><span class="fieldset-legend visually-hidden">Choix</span></legend><div class="fieldset-wrapper"><div id="edit-choice" class="form-radios">{radios}</div></div></fieldset>'
            f'<input data-drupal-selector="edit-vote" type="submit" id="edit-vote" name="op" value="Voter" class="button js-form-submit form-submit" />'
            f'<input type="hidden" name="form_id" value="poll_view_form_{poll_id}" /></form></div></div>')


def results_bars(question, rows, note):
    lis = "".join(f'<li class="resultat"><span class="resultat__label">{a}</span><span class="resultat__bar" style="width:{pct}%"></span>'
                  f'<span class="resultat__pct">{pct} %</span></li>' for a, pct in rows)
    return f'<div class="resultats-consultation"><h2>{question}</h2><ul>{lis}</ul><p class="resultats-consultation__note">{note}</p></div>'


def questionnaire(action, form_id, intro, questions, submit="Envoyer mes réponses"):
    """A questionnaire written in the city's own form builder. questions: (name, label, kind, options)."""
    parts = []
    for i, (name, label, kind, options) in enumerate(questions):
        if kind in ("radio", "checkbox"):
            ctrl = "".join(f'<label class="q__choice"><input type="{kind}" name="{name}" value="{escape(o)}"> {o}</label>' for o in options)
            parts.append(f'<fieldset class="q__question"><legend>{i + 1}. {label}</legend>{ctrl}</fieldset>')
        elif kind == "scale":
            ctrl = "".join(f'<label class="q__scale"><input type="radio" name="{name}" value="{n}"> {n}</label>' for n in range(1, 6))
            parts.append(f'<fieldset class="q__question"><legend>{i + 1}. {label} (1 = pas du tout, 5 = tout à fait)</legend>{ctrl}</fieldset>')
        elif kind == "select":
            parts.append(f'<div class="q__question"><label for="{form_id}-{name}">{i + 1}. {label}</label><select id="{form_id}-{name}" name="{name}">{_options(options)}</select></div>')
        else:
            parts.append(f'<div class="q__question"><label for="{form_id}-{name}">{i + 1}. {label}</label><input type="text" id="{form_id}-{name}" name="{name}"></div>')
    return (f'<div class="questionnaire"><p class="questionnaire__intro">{intro}</p><form id="{form_id}" class="questionnaire__form" action="{action}" method="post">'
            + "".join(parts) + f'<button type="submit" class="btn">{submit}</button></form></div>')


def limesurvey_embed(src, title, height=900):
    return (f'<div class="embed embed--questionnaire"><iframe src="{escape(src)}" title="{escape(title)}" width="100%" height="{height}" '
            f'loading="lazy" style="border:0"></iframe><p class="embed__fallback">Le questionnaire ne s\'affiche pas ? '
            f'<a href="{escape(src)}">Ouvrez-le dans une nouvelle page</a>.</p></div>')


# ---- comments ----------------------------------------------------------------------------------

def wp_comments(post_id, comments, open_=True):
    items = "".join(f'<li id="comment-{post_id * 10 + i}" class="comment even thread-even depth-1"><article id="div-comment-{post_id * 10 + i}" class="comment-body">'
                    f'<footer class="comment-meta"><div class="comment-author vcard"><b class="fn">{who}</b> <span class="says">dit :</span></div>'
                    f'<div class="comment-metadata"><time>{when}</time></div></footer><div class="comment-content"><p>{text}</p></div>'
                    f'<div class="reply"><a rel="nofollow" class="comment-reply-link" href="#comment-{post_id * 10 + i}" data-commentid="{post_id * 10 + i}" data-postid="{post_id}">Répondre</a></div></article></li>'
                    for i, (who, when, text) in enumerate(comments))
    head = f'<h2 class="comments-title">{len(comments)} réponses</h2><ol class="comment-list">{items}</ol>' if comments else ""
    if not open_:
        return f'<div id="comments" class="comments-area">{head}<p class="no-comments">Les commentaires sont fermés.</p></div>'
    return (f'<div id="comments" class="comments-area">{head}<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Laisser un commentaire</h3>'
            f'<form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate>'
            '<p class="comment-notes"><span id="email-notes">Votre adresse e-mail ne sera pas publiée.</span></p>'
            '<p class="comment-form-comment"><label for="comment">Commentaire</label><textarea id="comment" name="comment" cols="45" rows="8" maxlength="65525" required></textarea></p>'
            '<p class="comment-form-author"><label for="author">Nom</label><input id="author" name="author" type="text" value="" size="30" maxlength="245" /></p>'
            '<p class="comment-form-email"><label for="email">E-mail</label><input id="email" name="email" type="email" value="" size="30" maxlength="100" /></p>'
            f'<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Laisser un commentaire" /><input type="hidden" name="comment_post_ID" value="{post_id}" id="comment_post_ID" /><input type="hidden" name="comment_parent" id="comment_parent" value="0" /></p>'
            '</form></div></div>')


def drupal_comments(node_id, comments):
    items = "".join(f'<article data-comment-user-id="0" id="comment-{node_id + i}" class="comment js-comment by-anonymous"><mark class="hidden" data-comment-timestamp="1712000000"></mark>'
                    f'<footer class="comment__meta"><p class="comment__author">{who}</p><p class="comment__time">{when}</p></footer>'
                    f'<div class="comment__content"><div class="field field--name-comment-body field--type-text-long"><p>{text}</p></div></div></article>'
                    for i, (who, when, text) in enumerate(comments))
    return (f'<section class="field field--name-comment field--type-comment field--label-above comment-wrapper"><h2 class="title comment-section__title">Commentaires</h2>{items}'
            f'<h2 class="title comment-form__title">Ajouter un commentaire</h2>'
            f'<form class="comment-comment-form comment-form" data-drupal-selector="comment-form" action="/comment/reply/node/{node_id}/comment" method="post" id="comment-form" accept-charset="UTF-8">'
            '<div class="js-form-item form-item js-form-type-textfield form-item-name js-form-item-name"><label for="edit-name">Votre nom</label><input data-drupal-selector="edit-name" type="text" id="edit-name" name="name" value="" size="30" maxlength="60" class="form-text" /></div>'
            '<div class="field--type-text-long field--name-comment-body field--widget-text-textarea js-form-wrapper form-wrapper"><div class="js-form-item form-item js-form-type-textarea form-item-comment-body-0-value"><label for="edit-comment-body-0-value" class="js-form-required form-required">Commentaire</label>'
            '<div class="form-textarea-wrapper"><textarea class="js-text-full text-full form-textarea required resize-vertical" data-drupal-selector="edit-comment-body-0-value" id="edit-comment-body-0-value" name="comment_body[0][value]" rows="5" cols="60" required="required"></textarea></div></div></div>'
            '<input type="hidden" name="form_id" value="comment_comment_form" /><div data-drupal-selector="edit-actions" class="form-actions js-form-wrapper form-wrapper" id="edit-actions--2"><input data-drupal-selector="edit-submit" type="submit" id="edit-submit--2" name="op" value="Enregistrer" class="button button--primary js-form-submit form-submit" /></div></form></section>')


def disqus(shortname, page_url, identifier):
    return (f'<div id="disqus_thread"></div><script>var disqus_config = function () {{ this.page.url = "{page_url}"; this.page.identifier = "{identifier}"; }};'
            f'(function() {{ var d = document, s = d.createElement("script"); s.src = "https://{shortname}.disqus.com/embed.js"; s.setAttribute("data-timestamp", +new Date()); (d.head || d.body).appendChild(s); }})();</script>'
            '<noscript>Veuillez activer JavaScript pour voir les commentaires propulsés par Disqus.</noscript>')


# ---- petitions ---------------------------------------------------------------------------------

def petition_card(href, title, count, goal, state="en cours"):
    pct = min(100, round(100 * count / goal))
    return (f'<article class="petition-card"><h3 class="petition-card__title"><a href="{escape(href)}">{title}</a></h3>'
            f'<div class="petition-card__progress" role="progressbar" aria-valuenow="{count}" aria-valuemax="{goal}"><span style="width:{pct}%"></span></div>'
            f'<p class="petition-card__count"><strong>{count}</strong> signatures sur {goal}</p><p class="petition-card__state">{state}</p></article>')


def petition_sign(action, title, count, goal):
    return (f'<div class="petition"><p class="petition__counter"><strong>{count}</strong> signataires — objectif {goal}</p>'
            f'<form class="petition__form" action="{action}" method="post"><h2>Je signe la pétition « {title} »</h2>'
            '<label for="ps-nom">Nom</label><input type="text" id="ps-nom" name="signature[nom]" required>'
            '<label for="ps-prenom">Prénom</label><input type="text" id="ps-prenom" name="signature[prenom]" required>'
            '<label for="ps-mail">Courriel</label><input type="email" id="ps-mail" name="signature[email]" required>'
            '<label for="ps-cp">Code postal</label><input type="text" id="ps-cp" name="signature[code_postal]" maxlength="5">'
            '<label><input type="checkbox" name="signature[resident]" value="1" required> Je certifie résider dans la commune et avoir plus de 16 ans</label>'
            '<button type="submit" class="petition__submit">Signer</button></form></div>')


# ---- spaces this part renders itself -----------------------------------------------------------

def fluicity_page(site, page):
    """A city's space on Fluicity (flui.city): a React front whose server sends a pre-rendered copy."""
    menu = "".join(f'<a class="fl-nav__link" href="{escape(h)}">{escape(l)}</a>' for l, h in site.menu)
    return f"""<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(page.title)} | {escape(site.title)} - Fluicity</title>
<meta property="og:site_name" content="Fluicity">
<meta name="application-name" content="Fluicity">
<link rel="stylesheet" href="https://static.flui.city/web/css/main.4c1f2e.css">
<script src="https://static.flui.city/web/js/main.9a8b7c.js" defer></script>
</head>
<body class="fl-body">
<div id="root"><div class="fl-app">
<header class="fl-header"><a class="fl-header__logo" href="/">{escape(site.title)}</a><nav class="fl-nav">{menu}</nav>
<a class="fl-btn fl-btn--ghost" href="/">Se connecter</a></header>
<main class="fl-main"><h1 class="fl-title">{escape(page.title)}</h1>{page.body}</main>
<footer class="fl-footer"><p>Plateforme de participation citoyenne propulsée par <span class="fl-brand">Fluicity</span></p>
<p><a href="/">Charte d'utilisation</a> · <a href="/">Données personnelles</a></p></footer>
</div></div>
</body></html>"""


def limesurvey_page(site, page):
    """A LimeSurvey 6 instance run by the city (survey pages and the public list)."""
    return f"""<!DOCTYPE html>
<html lang="fr" class="no-js">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta name="generator" content="LimeSurvey http://www.limesurvey.org">
<title>{escape(page.title)}</title>
<link rel="stylesheet" href="/tmp/assets/2f3a1b9c/survey.css">
<link rel="stylesheet" href="/themes/survey/fruity_twentythree/css/theme.css">
<script src="/tmp/assets/8e7d6c5b/jquery-3.5.1.min.js"></script>
</head>
<body class="fruity_twentythree font-ibm-sans lang-fr">
<div id="beginScripts"></div>
<article class="ls-container"><div class="ls-header"><p class="ls-site">{escape(site.title)}</p></div>
<div id="outerframeContainer" class="container outerframe">
<div class="survey-name"><h1 class="survey-name">{escape(page.title)}</h1></div>
{page.body}
</div></article>
<footer class="ls-footer"><p><a href="/">Liste des questionnaires</a> · Outil d'enquête LimeSurvey hébergé par la ville</p></footer>
</body></html>"""


def homemade_page(site, page):
    """A participation space written for the city by a local agency (no known software)."""
    menu = "".join(f'<li><a href="{escape(h)}">{escape(l)}</a></li>' for l, h in site.menu)
    crumb = f'<a href="/">Accueil</a>' + (f' › <a href="{escape(page.parent[1])}">{escape(page.parent[0])}</a>' if page.parent else "")
    return f"""<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(page.title)} — {escape(site.title)}</title>
<link rel="stylesheet" href="/assets/css/jp.min.css?v=3.2">
<script src="/assets/js/jp.min.js?v=3.2" defer></script>
</head>
<body class="jp jp--{'accueil' if page.path == '/' else 'contenu'}">
<header class="jp-header"><a class="jp-header__brand" href="/">{escape(site.title)}</a>
<nav class="jp-nav" aria-label="Menu"><ul>{menu}</ul></nav><a class="jp-header__account" href="/">Mon compte</a></header>
<main class="jp-main"><p class="jp-crumb">{crumb}</p><h1>{escape(page.title)}</h1>{page.body}</main>
<footer class="jp-footer"><p>{escape(site.address)}</p><p><a href="/">Charte de modération</a> · <a href="/">Accessibilité</a></p></footer>
</body></html>"""
