"""Markup helpers and page layouts of the holdout part "brumes" (large towns of the Paris suburbs).

Layouts are registered in themes.THEMES / themes.CHROME under names starting with ``brumes_``. The markup
imitates, without copying, what the software writes on the real web: WordPress plugins (Contact Form 7-like,
WPForms, Gravity Forms, Ninja Forms, YOP Poll, Democracy Poll, wpDiscuz, native comments), Drupal (Webform,
Poll, Comment), Joomla (com_contact, JComments, AcyMailing, a poll module), SPIP (forums, pétitions,
Formidable), TYPO3 (powermail), Publik (w.c.s.), the platforms (Decidim, CONSUL Democracy, Cap Collectif,
Go Vocal, Fluicity, Jenparle, id-city), a Discourse board, a neighbours' network and survey embeds.
"""
import zlib
from html import escape

from .. import themes

# ---------------------------------------------------------------------------------------------------------
# small pieces


def p(*paras):
    return "".join(f"<p>{x}</p>" for x in paras)


def ul(items, cls=""):
    return f'<ul class="{cls}">' + "".join(f"<li>{i}</li>" for i in items) + "</ul>"


def links(pairs, cls="liens"):
    return f'<ul class="{cls}">' + "".join(f'<li><a href="{h}">{t}</a></li>' for h, t in pairs) + "</ul>"


def _nid(text):
    return zlib.crc32(text.encode()) % 9000 + 1000


def news_cards(items, heading="Actualités"):
    """items: (href, title, date, teaser)"""
    cards = "".join(
        f'<article class="card-news"><p class="card-news__date"><time>{d}</time></p>'
        f'<h3 class="card-news__title"><a href="{h}">{t}</a></h3><p class="card-news__teaser">{s}</p></article>'
        for h, t, d, s in items)
    return f'<section class="home-news"><h2>{heading}</h2><div class="home-news__list">{cards}</div></section>'


def agenda(items, heading="Agenda"):
    """items: (day, month, title, place)"""
    rows = "".join(f'<li class="agenda-item"><span class="agenda-item__date"><b>{d}</b> {m}</span>'
                   f'<span class="agenda-item__title">{t}</span> <span class="agenda-item__place">{pl}</span></li>'
                   for d, m, t, pl in items)
    return f'<section class="home-agenda"><h2>{heading}</h2><ul>{rows}</ul></section>'


def quick_links(pairs, heading="Accès rapides"):
    tiles = "".join(f'<li class="quick__item"><a class="quick__link" href="{h}"><span class="quick__icon" aria-hidden="true"></span>{t}</a></li>'
                    for h, t in pairs)
    return f'<nav class="quick" aria-label="{heading}"><h2 class="quick__title">{heading}</h2><ul class="quick__list">{tiles}</ul></nav>'


def aside(main, side):
    return f'<div class="layout-2col"><div class="layout-2col__main">{main}</div><aside class="layout-2col__side sidebar" role="complementary">{side}</aside></div>'


def share(url, title):
    from urllib.parse import quote
    u, t = quote(url, safe=""), quote(title, safe="")
    return ('<div class="share-buttons"><span>Partager :</span>'
            f'<a class="share share--fb" href="https://www.facebook.com/sharer/sharer.php?u={u}" target="_blank" rel="noopener">Facebook</a>'
            f'<a class="share share--x" href="https://twitter.com/intent/tweet?url={u}&amp;text={t}" target="_blank" rel="noopener">X</a>'
            f'<a class="share share--in" href="https://www.linkedin.com/shareArticle?mini=true&amp;url={u}" target="_blank" rel="noopener">LinkedIn</a>'
            f'<a class="share share--mail" href="mailto:?subject={t}&amp;body={u}">E-mail</a></div>')


def search_form(action="/recherche", name="q"):
    return (f'<form class="search-inline" role="search" method="get" action="{action}"><label for="s-{_nid(action)}">Rechercher</label>'
            f'<input type="search" id="s-{_nid(action)}" name="{name}"><button type="submit">OK</button></form>')


# ---------------------------------------------------------------------------------------------------------
# contact and other forms


def cf7_like(action, fields_extra="", wid=482):
    """A WordPress contact form in the Contact Form 7 style (wpcf7)."""
    return (f'<div class="wpcf7 no-js" id="wpcf7-f{wid}-p{wid + 3}-o1" lang="fr-FR" dir="ltr"><div class="screen-reader-response"></div>'
            f'<form action="{action}#wpcf7-f{wid}-p{wid + 3}-o1" method="post" class="wpcf7-form init" novalidate="novalidate" data-status="init">'
            f'<div style="display: none;"><input type="hidden" name="_wpcf7" value="{wid}"><input type="hidden" name="_wpcf7_version" value="5.9.3">'
            f'<input type="hidden" name="_wpcf7_locale" value="fr_FR"><input type="hidden" name="_wpcf7_unit_tag" value="wpcf7-f{wid}-p{wid + 3}-o1"></div>'
            '<p><label>Nom et prénom<br><span class="wpcf7-form-control-wrap" data-name="nom-prenom"><input size="40" class="wpcf7-form-control wpcf7-text wpcf7-validates-as-required" aria-required="true" value="" type="text" name="nom-prenom"></span></label></p>'
            '<p><label>Courriel<br><span class="wpcf7-form-control-wrap" data-name="courriel"><input size="40" class="wpcf7-form-control wpcf7-email wpcf7-validates-as-required" value="" type="email" name="courriel"></span></label></p>'
            f'{fields_extra}'
            '<p><label>Votre message<br><span class="wpcf7-form-control-wrap" data-name="votre-message"><textarea cols="40" rows="8" class="wpcf7-form-control wpcf7-textarea" name="votre-message"></textarea></span></label></p>'
            '<p><span class="wpcf7-form-control-wrap" data-name="rgpd"><span class="wpcf7-form-control wpcf7-acceptance"><label><input type="checkbox" name="rgpd" value="1"> J\'accepte que mes données soient utilisées pour traiter ma demande.</label></span></span></p>'
            '<p><input class="wpcf7-form-control wpcf7-submit has-spinner" type="submit" value="Envoyer"></p><div class="wpcf7-response-output" aria-hidden="true"></div></form></div>')


def wpforms(form_id, action, fields, submit="Envoyer"):
    """WPForms: fields = [(label, kind, options)] with kind text/email/textarea/select/radio/checkbox."""
    out = []
    for i, (label, kind, opts) in enumerate(fields, start=1):
        name = f"wpforms[fields][{i}]"
        fid = f"wpforms-{form_id}-field_{i}"
        if kind == "textarea":
            ctrl = f'<textarea id="{fid}" class="wpforms-field-medium" name="{name}"></textarea>'
        elif kind == "select":
            ctrl = f'<select id="{fid}" class="wpforms-field-medium" name="{name}">' + "".join(f"<option>{o}</option>" for o in opts) + "</select>"
        elif kind in ("radio", "checkbox"):
            ctrl = "<ul>" + "".join(f'<li class="choice-{j}"><input type="{kind}" id="{fid}_{j}" name="{name}{"[]" if kind == "checkbox" else ""}" value="{escape(o)}"><label class="wpforms-field-label-inline" for="{fid}_{j}">{o}</label></li>'
                                    for j, o in enumerate(opts, start=1)) + "</ul>"
        else:
            ctrl = f'<input type="{kind}" id="{fid}" class="wpforms-field-medium" name="{name}">'
        out.append(f'<div id="{fid}-container" class="wpforms-field wpforms-field-{kind}" data-field-id="{i}"><label class="wpforms-field-label" for="{fid}">{label}</label>{ctrl}</div>')
    return (f'<div class="wpforms-container wpforms-container-full" id="wpforms-{form_id}"><form id="wpforms-form-{form_id}" class="wpforms-validate wpforms-form wpforms-ajax-form" data-formid="{form_id}" method="post" enctype="multipart/form-data" action="{action}">'
            f'<div class="wpforms-field-container">{"".join(out)}</div>'
            f'<div class="wpforms-submit-container"><input type="hidden" name="wpforms[id]" value="{form_id}"><button type="submit" name="wpforms[submit]" id="wpforms-submit-{form_id}" class="wpforms-submit" value="wpforms-submit">{submit}</button></div></form></div>')


def gravity(form_id, action, fields, submit="Envoyer", title=""):
    """Gravity Forms: fields = [(label, kind, options)]."""
    out = []
    for i, (label, kind, opts) in enumerate(fields, start=1):
        name = f"input_{i}"
        fid = f"input_{form_id}_{i}"
        if kind == "textarea":
            ctrl = f'<textarea name="{name}" id="{fid}" class="textarea large" rows="10" cols="50"></textarea>'
        elif kind == "radio":
            ctrl = f'<div class="ginput_container ginput_container_radio"><div class="gfield_radio" id="{fid}">' + "".join(
                f'<div class="gchoice gchoice_{form_id}_{i}_{j}"><input class="gfield-choice-input" name="{name}" type="radio" value="{escape(o)}" id="choice_{form_id}_{i}_{j}"><label for="choice_{form_id}_{i}_{j}">{o}</label></div>'
                for j, o in enumerate(opts)) + "</div></div>"
        else:
            ctrl = f'<input name="{name}" id="{fid}" type="{kind}" value="" class="large">'
        out.append(f'<div id="field_{form_id}_{i}" class="gfield gfield--type-{kind} field_sublabel_below"><label class="gfield_label gform-field-label" for="{fid}">{label}</label>{ctrl}</div>')
    head = f'<div class="gform_heading"><h3 class="gform_title">{title}</h3></div>' if title else ""
    return (f'<div class="gf_browser_gecko gform_wrapper gravity-theme gform-theme--no-framework" id="gform_wrapper_{form_id}">{head}'
            f'<form method="post" enctype="multipart/form-data" id="gform_{form_id}" action="{action}" novalidate>'
            f'<div class="gform-body gform_body"><div id="gform_fields_{form_id}" class="gform_fields top_label form_sublabel_below description_below">{"".join(out)}</div></div>'
            f'<div class="gform_footer top_label"><input type="submit" id="gform_submit_button_{form_id}" class="gform_button button" value="{submit}">'
            f'<input type="hidden" class="gform_hidden" name="is_submit_{form_id}" value="1"><input type="hidden" name="gform_submit" value="{form_id}"></div></form></div>')


def ninja(form_id, fields, submit="Envoyer"):
    """Ninja Forms renders client side from a JSON model; the noscript fallback carries plain fields."""
    model = ",".join(f'{{"id":{i},"type":"{k}","label":"{escape(l)}","key":"{k}_{i}"}}' for i, (l, k) in enumerate(fields, 1))
    plain = "".join(f'<p><label for="nf-field-{i}">{l}</label>' + (f'<textarea id="nf-field-{i}" name="nf-field-{i}"></textarea>' if k == "textarea" else f'<input id="nf-field-{i}" type="{k}" name="nf-field-{i}">') + "</p>"
                    for i, (l, k) in enumerate(fields, 1))
    return (f'<noscript class="ninja-forms-noscript-message">Merci d\'activer JavaScript pour utiliser ce formulaire.</noscript>'
            f'<div id="nf-form-{form_id}-cont" class="nf-form-cont" aria-live="polite" role="form"><div class="nf-loading-spinner"></div></div>'
            f'<form class="nf-fallback" method="post" action="/wp-admin/admin-ajax.php?action=nf_ajax_submit&amp;form_id={form_id}">{plain}<input type="submit" value="{submit}"></form>'
            f'<script>var formDisplay=1;var form = [];form.id=\'{form_id}\';form.fields=[{model}];var nfForms = nfForms || [];nfForms.push(form);</script>')


def drupal_webform(wid, action, fields, submit="Envoyer", cls=""):
    out = []
    for i, (label, kind, opts) in enumerate(fields, start=1):
        key = f"{wid}_{i}"
        if kind == "textarea":
            ctrl = f'<textarea data-drupal-selector="edit-{key}" id="edit-{key}" name="{key}" rows="5" cols="60" class="form-textarea"></textarea>'
        elif kind == "radios":
            ctrl = f'<div id="edit-{key}" class="js-webform-radios webform-options-display-one-column form-radios">' + "".join(
                f'<div class="js-form-item form-item js-form-type-radio form-type--radio"><input data-drupal-selector="edit-{key}-{j}" type="radio" id="edit-{key}-{j}" name="{key}" value="{escape(o)}" class="form-radio"><label for="edit-{key}-{j}" class="option">{o}</label></div>'
                for j, o in enumerate(opts)) + "</div>"
        elif kind == "select":
            ctrl = f'<select data-drupal-selector="edit-{key}" id="edit-{key}" name="{key}" class="form-select">' + "".join(f"<option>{o}</option>" for o in opts) + "</select>"
        else:
            ctrl = f'<input data-drupal-selector="edit-{key}" type="{kind}" id="edit-{key}" name="{key}" value="" size="60" class="form-{kind}">'
        out.append(f'<div class="js-form-item form-item js-form-type-{kind} form-item-{key}"><label for="edit-{key}">{label}</label>{ctrl}</div>')
    return (f'<form class="webform-submission-form webform-submission-add-form webform-submission-{wid}-form {cls} js-webform-details-toggle webform-details-toggle" data-drupal-selector="webform-submission-{wid}-add-form" action="{action}" method="post" id="webform-submission-{wid}-add-form" accept-charset="UTF-8">'
            f'{"".join(out)}<div data-drupal-selector="edit-actions" class="form-actions webform-actions js-form-wrapper form-wrapper" id="edit-actions">'
            f'<input class="webform-button--submit button button--primary js-form-submit form-submit" data-drupal-selector="edit-actions-submit" type="submit" id="edit-actions-submit" name="op" value="{submit}"></div>'
            f'<input autocomplete="off" data-drupal-selector="form-{wid}" type="hidden" name="form_build_id" value="form-{_nid(wid)}x"><input data-drupal-selector="edit-webform-submission-{wid}-add-form" type="hidden" name="form_id" value="webform_submission_{wid}_add_form"></form>')


def joomla_contact(action, contact_id=3):
    return (f'<div class="com-contact__form contact-form"><form id="contact-form" action="{action}" method="post" class="form-validate form-horizontal well">'
            '<fieldset><legend>Envoyer un message</legend>'
            '<div class="control-group field-spacer"><div class="control-label"><span class="spacer"><span class="before"></span><span class="text"><label id="jform_spacer-lbl"><strong class="red">*</strong> Champ requis</label></span></span></div></div>'
            '<div class="control-group"><div class="control-label"><label id="jform_contact_name-lbl" for="jform_contact_name" class="required">Nom<span class="star">&#160;*</span></label></div><div class="controls"><input type="text" name="jform[contact_name]" id="jform_contact_name" value="" class="form-control required" size="30" required autocomplete="name"></div></div>'
            '<div class="control-group"><div class="control-label"><label id="jform_contact_email-lbl" for="jform_contact_email" class="required">E-mail<span class="star">&#160;*</span></label></div><div class="controls"><input type="email" inputmode="email" name="jform[contact_email]" class="form-control validate-email required" id="jform_contact_email" value="" size="30" autocomplete="email" required></div></div>'
            '<div class="control-group"><div class="control-label"><label id="jform_contact_emailmsg-lbl" for="jform_contact_emailmsg" class="required">Objet<span class="star">&#160;*</span></label></div><div class="controls"><input type="text" name="jform[contact_subject]" id="jform_contact_emailmsg" value="" class="form-control required" size="60" required></div></div>'
            '<div class="control-group"><div class="control-label"><label id="jform_contact_message-lbl" for="jform_contact_message" class="required">Message<span class="star">&#160;*</span></label></div><div class="controls"><textarea name="jform[contact_message]" id="jform_contact_message" cols="50" rows="10" class="form-control required" required></textarea></div></div>'
            '</fieldset><div class="control-group"><div class="controls"><button class="btn btn-primary validate" type="submit">Envoyer l\'e-mail</button>'
            f'<input type="hidden" name="option" value="com_contact"><input type="hidden" name="task" value="contact.submit"><input type="hidden" name="return" value=""><input type="hidden" name="id" value="{contact_id}:mairie"><input type="hidden" name="a1b2c3d4e5f6" value="1"></div></div></form></div>')


def spip_formidable(ident, action, fields, submit="Envoyer", cls="formulaire_formidable"):
    """SPIP Formidable: fields = [(label, kind, options)] (kind input/email/textarea/radio/checkbox)."""
    out = []
    for i, (label, kind, opts) in enumerate(fields, start=1):
        name = f"{kind}_{i}"
        if kind == "textarea":
            ctrl = f'<textarea name="{name}" id="champ_{name}" class="textarea" rows="8" cols="40"></textarea>'
        elif kind in ("radio", "checkbox"):
            ctrl = "".join(f'<div class="choix choix_{j}"><input type="{kind}" name="{name}{"[]" if kind == "checkbox" else ""}" class="{kind}" id="champ_{name}_{j}" value="choix{j}"><label for="champ_{name}_{j}">{o}</label></div>'
                           for j, o in enumerate(opts, 1))
        else:
            ctrl = f'<input type="{"email" if kind == "email" else "text"}" name="{name}" class="text" id="champ_{name}" value="" size="40">'
        out.append(f'<div class="editer saisie_{kind} editer_{name}"><label class="editer-label" for="champ_{name}">{label}</label>{ctrl}</div>')
    return (f'<div class="formulaire_spip {cls} formulaire_formidable_{ident} formulaire_formidable-{ident}" id="formulaire_formidable_{ident}">'
            f'<form method="post" action="{action}" enctype="multipart/form-data"><div><input name="formulaire_action" type="hidden" value="formidable">'
            f'<input name="formulaire_action_args" type="hidden" value="{ident}x9Qp"><input name="id_formulaire" type="hidden" value="{ident}"></div>'
            f'<div class="editer-groupe">{"".join(out)}</div><p class="boutons"><input type="submit" class="submit" value="{submit}"></p></form></div>')


def powermail(uid, action, fields, submit="Envoyer"):
    out = []
    for label, marker, kind, opts in fields:
        name = f"tx_powermail_pi1[field][{marker}]"
        fid = f"powermail_field_{marker}"
        if kind == "textarea":
            ctrl = f'<textarea rows="5" cols="20" placeholder="" class="powermail_textarea form-control" id="{fid}" name="{name}"></textarea>'
        elif kind == "radio":
            ctrl = "".join(f'<div class="radio"><label><input type="radio" id="{fid}_{j}" name="{name}" value="{escape(o)}" class="powermail_radio">{o}</label></div>' for j, o in enumerate(opts, 1))
        else:
            ctrl = f'<input type="{kind}" class="powermail_input form-control" id="{fid}" name="{name}" value="">'
        out.append(f'<div class="powermail_fieldwrap powermail_fieldwrap_type_{kind} powermail_fieldwrap_{marker} form-group"><label for="{fid}" class="control-label">{label}</label>{ctrl}</div>')
    return (f'<div class="tx-powermail"><div class="container-fluid"><form data-powermail-validate="data-powermail-validate" data-validate="html5" enctype="multipart/form-data" name="field" class="powermail_form powermail_form_{uid} nolabel" action="{action}?tx_powermail_pi1%5Baction%5D=checkCreate&amp;tx_powermail_pi1%5Bcontroller%5D=Form" method="post">'
            f'<fieldset class="powermail_fieldset powermail_fieldset_{uid}">{"".join(out)}'
            f'<div class="powermail_fieldwrap powermail_fieldwrap_type_submit form-group"><input type="submit" value="{submit}" class="btn btn-primary powermail_submit"></div></fieldset>'
            f'<input type="hidden" name="tx_powermail_pi1[mail][form]" value="{uid}"></form></div></div>')


def wcs_form(action, fields, submit="Valider", slug="contact"):
    """A Publik / w.c.s. form."""
    out = []
    for i, (label, kind, opts) in enumerate(fields, start=1):
        name = f"f{i}"
        if kind == "textarea":
            ctrl = f'<textarea id="form_{name}" name="{name}" cols="72" rows="10"></textarea>'
        elif kind == "select":
            ctrl = f'<select id="form_{name}" name="{name}">' + "".join(f"<option>{o}</option>" for o in opts) + "</select>"
        else:
            ctrl = f'<input type="{kind}" id="form_{name}" name="{name}" value="" size="40">'
        out.append(f'<div class="widget {("TextWidget" if kind == "textarea" else "StringWidget")} widget-required" id="var_{name}"><div class="title"><label for="form_{name}">{label}</label> <span class="required">*</span></div><div class="content">{ctrl}</div></div>')
    return (f'<div id="{slug}" class="wcs-form"><form action="{action}" method="post" enctype="multipart/form-data" class="quixote" novalidate="novalidate">'
            f'<input type="hidden" name="_form_id" value="form-{_nid(action)}"><input type="hidden" name="_ajax_form_token" value="t{_nid(slug)}">'
            f'<div class="page" data-step="1">{"".join(out)}</div><div class="buttons submit"><div class="buttons"><button class="submit-button" name="submit" value="{submit}">{submit}</button></div></div></form></div>')


def newsletter_acy(action="/index.php?option=com_acym&amp;ctrl=frontusers&amp;task=subscribe"):
    return ('<div class="acym_module " id="acym_module_formAcym91"><div class="acym_fulldiv" id="acym_fulldiv_formAcym91">'
            f'<form enctype="multipart/form-data" name="formAcym91" id="formAcym91" method="POST" action="{action}">'
            '<div class="acym_module_form"><div class="acym_introtext">Recevez chaque mois la lettre de la ville.</div>'
            '<table class="acym_form"><tr><td class="acyfield_1 acyfield_text"><input name="user[name]" placeholder="Nom" value="" type="text" class="cell"></td></tr>'
            '<tr><td class="acyfield_2 acyfield_text"><input name="user[email]" placeholder="Adresse e-mail" value="" type="email" class="cell acym__user__edit__email"></td></tr></table>'
            '<input type="submit" class="btn btn-primary button subbutton" value="S\'abonner" name="Submit"><input type="hidden" name="ctrl" value="frontusers"><input type="hidden" name="task" value="notask"><input type="hidden" name="hiddenlists" value="2"></div></form></div></div>')


def newsletter_generic(action, intro):
    return (f'<div class="newsletter-block"><p>{intro}</p><form class="newsletter-form" method="post" action="{action}">'
            '<label for="nl-email">Votre adresse e-mail</label><input type="email" id="nl-email" name="EMAIL" required>'
            '<fieldset><legend>Je souhaite recevoir</legend><label><input type="checkbox" name="listes[]" value="agenda" checked> L\'agenda culturel</label>'
            '<label><input type="checkbox" name="listes[]" value="mag"> Le magazine municipal</label></fieldset>'
            '<label><input type="checkbox" name="consent" required> J\'accepte de recevoir les lettres d\'information</label><button type="submit">Je m\'inscris</button></form></div>')


def login_form(action, user="login", pwd="password", title="Connexion"):
    return (f'<form class="form-login" method="post" action="{action}"><h2>{title}</h2>'
            f'<label for="lg-{_nid(action)}">Adresse e-mail</label><input id="lg-{_nid(action)}" type="email" name="{user}" autocomplete="username">'
            f'<label for="pw-{_nid(action)}">Mot de passe</label><input id="pw-{_nid(action)}" type="password" name="{pwd}" autocomplete="current-password">'
            '<button type="submit">Se connecter</button><p><a href="#">Mot de passe oublié ?</a></p></form>')


# ---------------------------------------------------------------------------------------------------------
# polls and survey embeds


def yop_poll(pid, question, answers):
    items = "".join(f'<li class="basic-answer" data-id="{pid * 10 + i}" data-type="text" data-vn="0" data-color="#000"><div class="radio"><label class="basic-answer-label"><input type="radio" name="answer[{pid}]" value="{pid * 10 + i}">&nbsp;<span class="basic-text">{a}</span></label></div></li>'
                    for i, a in enumerate(answers, 1))
    return (f'<div class="bootstrap-yop yop-poll-mc"><div class="basic-yop-poll-container" style="background-color:#fff; border:1px; border-style:solid; border-color:#d7d7d7; border-radius:0px; padding:10px 10px;" data-id="{pid}" data-temp="basic" data-skin="minimal" data-cscheme="black" data-cap="0" data-access="guest" data-tid="" data-uid="" data-resdet="votes-number,percentages" data-show-results-to="guest" data-show-results-moment="after-vote" data-show-results-only="false" data-show-message="true" data-show-results-as="bar" data-sort-results-by="as-defined" data-sort-results-rule="asc" data-is-ended="0" data-percentages-decimals="2" data-gdpr="no" data-gdpr-sol="consent" data-css="" data-counter="0" data-load-with="1" data-notification-section="top">'
            f'<div class="row"><div class="col-md-12"><div class="basic-inner"><div class="basic-message hide" data-error="#ff0000" data-success="#008000"><p class="basic-message-text"></p></div><div class="basic-overlay hide"><div class="basic-vote-options"></div><div class="basic-preloader"><div class="basic-windows8"></div></div></div>'
            f'<form class="basic-form" action=""><input type="hidden" name="_token" value="a1f{pid}e2" autocomplete="off"><div class="basic-elements"><div class="basic-element basic-question basic-question-text-vertical" data-id="{pid}" data-uid="e{pid}" data-type="question" data-question-type="text" data-required="yes" data-allow-multiple="no" data-min="1" data-max="1" data-display="vertical" data-colnum="" data-display-others="no" data-others-color="" data-others="">'
            f'<div role="radiogroup" aria-labelledby="pollq{pid}"><div class="basic-question-title"><h5 id="pollq{pid}">{question}</h5></div><ul class="basic-answers">{items}</ul></div></div><div class="clearfix"></div></div>'
            '<div class="basic-vote"><a href="#" class="button basic-vote-button" role="button" style="background:#ef8c1e; border:0px; border-style: solid; border-color:#000000; border-radius:0px; padding:5px 10px; color:#ffffff; font-size:14px;">Voter</a></div></form></div></div></div></div></div>')


def democracy_poll(pid, question, answers):
    items = "".join(f'<li><label for="democracy-{pid}-{i}"><input type="radio" id="democracy-{pid}-{i}" value="{i}" name="answer_ids[]">{a}</label></li>'
                    for i, a in enumerate(answers, 1))
    return (f'<div id="democracy-{pid}" class="democracy" data-opts=\'{{"ajax_url":"\\/wp-admin\\/admin-ajax.php","pid":{pid},"max_answs":1,"answs_max_height":"500","anim_speed":"400","line_anim_speed":1500}}\'>'
            f'<div class="dem-poll-title">{question}</div><div class="dem-screen vote"><form method="POST" action="#democracy-{pid}">'
            f'<ul class="dem-vote">{items}</ul><div class="dem-bottom"><input type="hidden" name="dem_act" value="vote"><input type="hidden" name="dem_pid" value="{pid}">'
            '<div class="dem-vote-button"><input class="dem-button " type="submit" value="Voter" data-dem-act="vote"></div>'
            f'<a href="#" class="dem-link dem-results-link" data-dem-act="view" rel="nofollow">Voir les résultats</a></div></form></div><noscript>Sondage : activez JavaScript pour voter.</noscript></div>')


def drupal_poll(nid, question, answers):
    items = "".join(f'<div class="js-form-item form-item js-form-type-radio form-item-choice"><input data-drupal-selector="edit-choice-{i}" type="radio" id="edit-choice-{i}" name="choice" value="{i}" class="form-radio"><label for="edit-choice-{i}" class="option">{a}</label></div>'
                    for i, a in enumerate(answers, 1))
    return (f'<div class="block block-poll block-poll-recent-block"><h2>Sondage</h2><div class="poll"><form class="poll-view-form poll-view-form-{nid}" data-drupal-selector="poll-view-form-{nid}" action="/poll/{nid}" method="post" id="poll-view-form-{nid}" accept-charset="UTF-8">'
            f'<div class="poll-question">{question}</div><fieldset data-drupal-selector="edit-choice" id="edit-choice--wrapper" class="fieldgroup form-composite js-form-item form-item js-form-wrapper form-wrapper"><legend><span class="visually-hidden fieldset-legend">Choix</span></legend><div class="fieldset-wrapper"><div id="edit-choice" class="form-radios">{items}</div></div></fieldset>'
            f'<div data-drupal-selector="edit-actions" class="form-actions js-form-wrapper form-wrapper" id="edit-actions--2"><input class="button button--primary js-form-submit form-submit" data-drupal-selector="edit-vote" type="submit" id="edit-vote" name="op" value="Voter"></div>'
            f'<input data-drupal-selector="form-poll-view-form-{nid}" type="hidden" name="form_id" value="poll_view_form_{nid}"></form></div></div>')


def joomla_poll(pid, question, answers):
    items = "".join(f'<div class="poll-option"><input type="radio" name="voteid" id="voteid{pid}{i}" value="{pid}{i}" class="form-check-input"><label for="voteid{pid}{i}" class="form-check-label">{a}</label></div>'
                    for i, a in enumerate(answers, 1))
    return (f'<div class="moduletable mod-poll"><h3>Sondage</h3><form action="/index.php?option=com_poll&amp;id={pid}" method="post" name="form2" class="poll">'
            f'<fieldset><legend>{question}</legend>{items}</fieldset><div class="poll-buttons"><input type="submit" name="task_button" class="btn btn-primary" value="Voter">'
            f'<button type="button" class="btn btn-secondary" data-poll-results="{pid}">Résultats</button></div>'
            f'<input type="hidden" name="option" value="com_poll"><input type="hidden" name="id" value="{pid}"><input type="hidden" name="task" value="vote"></form></div>')


def results_bars(question, rows, note=""):
    """Results of a closed poll or vote: (label, percent, votes)."""
    bars = "".join(f'<li class="result-row"><span class="result-row__label">{l}</span><span class="result-row__bar" style="width:{pc}%"></span> <span class="result-row__pc">{pc} %</span> <span class="result-row__votes">({v} voix)</span></li>'
                   for l, pc, v in rows)
    return f'<div class="poll-results closed"><h3>{question}</h3><ul>{bars}</ul><p class="poll-results__note">{note}</p></div>'


def iframe(src, title, height=900, cls="embed"):
    return f'<div class="{cls}"><iframe src="{src}" title="{title}" width="100%" height="{height}" frameborder="0" marginheight="0" marginwidth="0" loading="lazy">Chargement…</iframe></div>'


def tally(form_id, title):
    return (f'<iframe data-tally-src="https://tally.so/embed/{form_id}?alignLeft=1&amp;hideTitle=1&amp;transparentBackground=1&amp;dynamicHeight=1" loading="lazy" width="100%" height="640" frameborder="0" marginheight="0" marginwidth="0" title="{title}"></iframe>'
            '<script>var d=document,w="https://tally.so/widgets/embed.js",v=function(){"undefined"!=typeof Tally?Tally.loadEmbeds():d.querySelectorAll("iframe[data-tally-src]:not([src])").forEach((function(e){e.src=e.dataset.tallySrc}))};if("undefined"!=typeof Tally)v();else if(d.querySelector(\'script[src="\'+w+\'"]\')==null){var s=d.createElement("script");s.src=w,s.onload=v,s.onerror=v,d.body.appendChild(s);}</script>')


def typeform(form_id, title):
    return (f'<div data-tf-widget="{form_id}" data-tf-opacity="100" data-tf-iframe-props="title={title}" data-tf-transitive-search-params data-tf-medium="snippet" style="width:100%;height:560px;"></div>'
            '<script src="//embed.typeform.com/next/embed.js"></script>')


# ---------------------------------------------------------------------------------------------------------
# comments


def wp_comments(post_id, comments, open_=True, action="/wp-comments-post.php"):
    items = "".join(
        f'<li id="comment-{post_id * 10 + i}" class="comment {"even" if i % 2 else "odd"} thread-{"even" if i % 2 else "odd"} depth-1"><article id="div-comment-{post_id * 10 + i}" class="comment-body">'
        f'<footer class="comment-meta"><div class="comment-author vcard"><b class="fn">{a}</b> <span class="says">dit :</span></div>'
        f'<div class="comment-metadata"><a href="#comment-{post_id * 10 + i}"><time>{d}</time></a></div></footer><div class="comment-content"><p>{t}</p></div>'
        f'<div class="reply"><a rel="nofollow" class="comment-reply-link" href="#comment-{post_id * 10 + i}" data-commentid="{post_id * 10 + i}" data-postid="{post_id}" data-belowelement="div-comment-{post_id * 10 + i}" data-respondelement="respond" aria-label="Répondre à {a}">Répondre</a></div></article></li>'
        for i, (a, d, t) in enumerate(comments, 1))
    head = f'<h2 class="comments-title">{len(comments)} réponse{"s" if len(comments) > 1 else ""} à cet article</h2><ol class="comment-list">{items}</ol>' if comments else ""
    if not open_:
        return f'<div id="comments" class="comments-area">{head}<p class="no-comments">Les commentaires sont fermés.</p></div>'
    form = (f'<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Laisser un commentaire</h3>'
            f'<form action="{action}" method="post" id="commentform" class="comment-form" novalidate><p class="comment-notes">Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *</p>'
            '<p class="comment-form-comment"><label for="comment">Commentaire <span class="required">*</span></label><textarea id="comment" name="comment" cols="45" rows="8" maxlength="65525" required></textarea></p>'
            '<p class="comment-form-author"><label for="author">Nom <span class="required">*</span></label><input id="author" name="author" type="text" value="" size="30" maxlength="245" autocomplete="name" required></p>'
            '<p class="comment-form-email"><label for="email">E-mail <span class="required">*</span></label><input id="email" name="email" type="email" value="" size="30" maxlength="100" autocomplete="email" required></p>'
            f'<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Laisser un commentaire"><input type="hidden" name="comment_post_ID" value="{post_id}" id="comment_post_ID"><input type="hidden" name="comment_parent" id="comment_parent" value="0"></p></form></div>')
    return f'<div id="comments" class="comments-area">{head}{form}</div>'


def wpdiscuz(post_id, comments):
    items = "".join(
        f'<div id="wpd-comm-{post_id + i}_0" class="comment even thread-even depth-1 wpd-comment wpd_comment_level-1"><div class="wpd-comment-wrap wpd-blog-guest">'
        f'<div class="wpd-comment-right"><div class="wpd-comment-header"><div class="wpd-comment-author">{a}</div><div class="wpd-comment-date" title="{d}">{d}</div></div>'
        f'<div class="wpd-comment-text"><p>{t}</p></div><div class="wpd-comment-footer"><div class="wpd-vote"><div class="wpd-vote-up wpd_not_clicked">+</div><div class="wpd-vote-result">{i}</div></div>'
        '<div class="wpd-reply-button"><span>Répondre</span></div></div></div></div></div>'
        for i, (a, d, t) in enumerate(comments, 1))
    return (f'<div class="wpdiscuz_top_clearing"></div><div id="comments" class="comments-area"><div id="respond" style="width: 0;height: 0;clear: both;margin: 0;padding: 0;"></div>'
            f'<div id="wpdcom" class="wpdiscuz_unauth wpd-default wpd-layout-2 wpd-comments-open"><div class="wc_social_plugin_wrapper"></div>'
            '<div class="wpd-form-wrap"><div class="wpd-form-head"><div class="wpd-sbs-toggle"><i class="far fa-envelope"></i> <span class="wpd-sbs-title">S\'abonner</span></div></div>'
            f'<div class="wpd-form wpd-form-wrapper wpd-main-form-wrapper" id="wpd-main-form-wrapper-0_0"><form method="post" enctype="multipart/form-data" data-uploading="false" class="wpd_comm_form wpd_main_comm_form">'
            '<div class="wpd-field-comment"><div class="wpdiscuz-item wc-field-textarea"><div class="wpdiscuz-textarea-wrap "><textarea id="wc-textarea-0_0" placeholder="Rejoindre la discussion" aria-label="Rejoindre la discussion" name="wc_comment" class="wc_comment wpd-field"></textarea></div></div></div>'
            '<div class="wpd-form-col-left"><div class="wpdiscuz-item wc_name-wrapper wpd-has-icon"><input id="wc_name-0_0" value="" required="required" aria-required="true" class="wc_name wpd-field" type="text" name="wc_name" placeholder="Nom*" maxlength="50" pattern=".{3,50}" title=""></div>'
            '<div class="wpdiscuz-item wc_email-wrapper wpd-has-icon"><input id="wc_email-0_0" value="" required="required" aria-required="true" class="wc_email wpd-field" type="email" name="wc_email" placeholder="E-mail*"></div></div>'
            f'<div class="wc-field-submit"><input id="wpd-field-submit-0_0" class="wc_comm_submit wpd_not_clicked wpd-prim-button" type="submit" name="submit" value="Publier"></div>'
            f'<input type="hidden" class="wpdiscuz_unique_id" value="0_0" name="wpdiscuz_unique_id"></form></div></div>'
            f'<div id="wpd-threads" class="wpd-thread-wrapper"><div class="wpd-thread-head"><div class="wpd-thread-info " data-comments-count="{len(comments)}"><span class="wpdtc">{len(comments)}</span> Commentaires</div></div>'
            f'<div class="wpd-thread-list">{items}</div></div></div></div>')


def drupal_comments(nid, comments, open_=True):
    items = "".join(
        f'<article data-comment-user-id="0" id="comment-{nid * 3 + i}" class="comment js-comment by-anonymous" role="article"><mark class="hidden" data-comment-timestamp="17{nid}{i}"></mark>'
        f'<footer class="comment__meta"><p class="comment__submitted">Soumis par <span>{a}</span> le {d}</p></footer>'
        f'<div class="content"><div class="clearfix text-formatted field field--name-comment-body field--type-text-long field--label-hidden field__item"><p>{t}</p></div>'
        f'<ul class="links inline"><li class="comment-reply"><a href="#comment-form" data-drupal-link-system-path="comment/reply/node/{nid}/comment_node_article/{nid * 3 + i}">Répondre</a></li></ul></div></article>'
        for i, (a, d, t) in enumerate(comments, 1))
    form = ""
    if open_:
        form = (f'<h2 class="title comment-form__title">Ajouter un commentaire</h2><form class="comment-comment-node-article-form comment-form" data-drupal-selector="comment-form" action="/comment/reply/node/{nid}/comment_node_article" method="post" id="comment-form" accept-charset="UTF-8">'
                '<div class="js-form-item form-item js-form-type-textfield form-item-name"><label for="edit-name">Votre nom</label><input data-drupal-selector="edit-name" type="text" id="edit-name" name="name" value="" size="30" maxlength="60" class="form-text"></div>'
                '<div class="js-form-item form-item js-form-type-textarea form-item-comment-body-0-value"><label for="edit-comment-body-0-value" class="js-form-required form-required">Commentaire</label><div class="form-textarea-wrapper"><textarea class="js-text-full text-full form-textarea required" data-drupal-selector="edit-comment-body-0-value" id="edit-comment-body-0-value" name="comment_body[0][value]" rows="5" cols="60" required="required"></textarea></div></div>'
                '<input data-drupal-selector="form-comment-form" type="hidden" name="form_id" value="comment_comment_node_article_form"><div data-drupal-selector="edit-actions" class="form-actions js-form-wrapper form-wrapper" id="edit-actions"><input data-drupal-selector="edit-submit" type="submit" id="edit-submit" name="op" value="Enregistrer" class="button button--primary js-form-submit form-submit"></div></form>')
    else:
        form = '<p class="comments-closed">Les commentaires sont désactivés pour ce contenu.</p>'
    return f'<section class="comments field field--name-comment-node-article field--type-comment field--label-above" data-drupal-selector="comments"><h2 class="comments__title">Commentaires</h2>{items}{form}</section>'


def jcomments(oid, comments, open_=True):
    items = "".join(f'<div class="comment-box usertype-guest" id="comment-item-{oid * 5 + i}"><span class="comments-vote"><span class="vote-good">+{i}</span></span>'
                    f'<span class="comment-author">{a}</span> <span class="comment-date">{d}</span><div class="comment-body" id="comment-body-{oid * 5 + i}">{t}</div>'
                    f'<span class="comments-buttons"><a href="#" onclick="jcomments.showReply({oid * 5 + i}); return false;">Répondre</a></span></div>'
                    for i, (a, d, t) in enumerate(comments, 1))
    form = ""
    if open_:
        form = ('<h4>Ajouter un commentaire</h4><a id="addcomments" href="#addcomments"></a><form id="comments-form" name="comments-form" action="javascript:void(null);">'
                '<p><span><input id="comments-form-name" type="text" name="name" value="" maxlength="20" size="22" tabindex="1"><label for="comments-form-name">Nom (requis)</label></span></p>'
                '<p><span><input id="comments-form-email" type="text" name="email" value="" size="22" tabindex="2"><label for="comments-form-email">E-mail (requis, non publié)</label></span></p>'
                '<p><span><textarea id="comments-form-comment" name="comment" cols="65" rows="8" tabindex="5"></textarea></span></p>'
                f'<div id="comments-form-buttons"><div class="btn" id="comments-form-send"><div><a href="#" tabindex="7" onclick="jcomments.saveComment(); return false;" title="Envoyer (Ctrl+Entrée)">Envoyer</a></div></div></div>'
                f'<div><input type="hidden" name="object_id" value="{oid}"><input type="hidden" name="object_group" value="com_content"></div></form>')
    return (f'<script src="/components/com_jcomments/js/jcomments-v2.3.js?v=12"></script><div id="jc"><div id="comments"><h4>Commentaires ({len(comments)})</h4>'
            f'<div id="comments-list" class="comments-list">{items}</div></div>{form}<div id="comments-footer" align="center"><a href="http://www.joomlatune.com" title="JComments" target="_blank">JComments</a></div></div>')


def disqus(shortname, ident, url):
    return ('<div id="disqus_thread"></div><script>var disqus_config = function () {'
            f' this.page.url = "{url}"; this.page.identifier = "{ident}"; }};'
            f' (function() {{ var d = document, s = d.createElement("script"); s.src = "https://{shortname}.disqus.com/embed.js";'
            ' s.setAttribute("data-timestamp", +new Date()); (d.head || d.body).appendChild(s); })();</script>'
            '<noscript>Veuillez activer JavaScript pour voir les <a href="https://disqus.com/?ref_noscript">commentaires propulsés par Disqus.</a></noscript>')


def fb_comments(url, app_id="4185637219"):
    return ('<div id="fb-root"></div><script async defer crossorigin="anonymous" '
            f'src="https://connect.facebook.net/fr_FR/sdk.js#xfbml=1&amp;version=v19.0&amp;appId={app_id}" nonce="k2Lq9z"></script>'
            f'<div class="fb-comments" data-href="{url}" data-width="100%" data-numposts="8" data-order-by="reverse_time"></div>')


# ---------------------------------------------------------------------------------------------------------
# layouts of the cities' sites


def _menu(site, li="", a=""):
    return "".join(f'<li class="{li}"><a class="{a}" href="{escape(h)}">{escape(l)}</a></li>' for l, h in site.menu)


def _crumbs(site, page, sep=" / "):
    trail = ['<a href="/">Accueil</a>']
    if page.parent:
        trail.append(f'<a href="{escape(page.parent[1])}">{escape(page.parent[0])}</a>')
    if page.path != "/":
        trail.append(f'<span aria-current="page">{escape(page.title)}</span>')
    return sep.join(trail)


_NAMES = {"facebook": "Facebook", "x": "X", "instagram": "Instagram", "youtube": "YouTube", "linkedin": "LinkedIn",
          "mastodon": "Mastodon", "bluesky": "Bluesky", "tiktok": "TikTok"}


def _social(site, ul_cls, li_cls, style="icon"):
    if not site.accounts:
        return ""
    out = []
    for acc in site.accounts:
        name = _NAMES.get(acc.platform, acc.platform)
        rel = "noopener me" if acc.platform == "mastodon" else "noopener noreferrer"
        inner = f'<svg class="icon icon-{acc.platform}" aria-hidden="true"><use href="#ico-{acc.platform}"></use></svg><span class="visually-hidden">{name} de la ville</span>' if style == "icon" else name
        out.append(f'<li class="{li_cls} {li_cls}--{acc.platform}"><a href="{escape(acc.href)}" target="_blank" rel="{rel}" title="{name} - nouvelle fenêtre">{inner}</a></li>')
    return f'<ul class="{ul_cls}">{"".join(out)}</ul>'


def portail(site, page):
    """A proprietary municipal CMS (accessible design, 'kit' classes, no generator)."""
    tpl = "home" if page.path == "/" else "article"
    return f"""<!DOCTYPE html>
<html lang="fr" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(page.title)} - Ville de {escape(site.title)}</title>
<meta name="description" content="{escape(site.title)}, site officiel de la ville">
<link rel="stylesheet" href="/dist/kit/css/main.4b1e7a.css">
<link rel="icon" href="/dist/kit/img/favicon.svg">
<script src="/dist/kit/js/vendors.9f2c3d.js" defer></script>
<script src="/dist/kit/js/main.4b1e7a.js" defer></script>
</head>
<body class="kit tpl-{tpl}">
<div class="kit-skip"><a href="#contenu">Contenu</a> <a href="#menu-principal">Menu</a> <a href="#pied">Pied de page</a></div>
<header class="kit-header"><div class="kit-header__top"><a class="kit-header__logo" href="/" title="{escape(site.title)} - accueil"><img src="/dist/kit/img/logo.svg" alt="Ville de {escape(site.title)}"></a>
<ul class="kit-header__tools"><li><a href="/contact">Contact</a></li><li><a href="/newsletter">Lettre d'information</a></li></ul></div>
<nav id="menu-principal" class="kit-nav" aria-label="Menu principal"><ul class="kit-nav__list">{_menu(site, "kit-nav__item", "kit-nav__link")}</ul></nav></header>
<main id="contenu" class="kit-main">
<div class="kit-breadcrumb"><nav aria-label="Fil d'Ariane">{_crumbs(site, page, ' <span class="kit-breadcrumb__sep">›</span> ')}</nav></div>
<div class="kit-page"><h1 class="kit-page__title">{escape(page.title)}</h1><div class="kit-wysiwyg">{page.body}</div></div>
</main>
<footer id="pied" class="kit-footer"><div class="kit-footer__col"><p class="kit-footer__name">Hôtel de ville</p><address>{escape(site.address)}</address>
<p>Du lundi au vendredi de 8 h 30 à 17 h 30, le samedi de 9 h à 12 h.</p></div>
<div class="kit-footer__col"><p class="kit-footer__name">Restons connectés</p>{_social(site, "kit-social", "kit-social__item")}</div>
<div class="kit-footer__bottom"><a href="/mentions-legales">Mentions légales</a> · <a href="/plan-du-site">Plan du site</a> · Accessibilité : partiellement conforme</div></footer>
</body></html>"""


def kiosque(site, page):
    """A second proprietary CMS, other vendor: container/row grid, 'blk-' blocks, cookie banner."""
    return f"""<!DOCTYPE html>
<html lang="fr">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>{escape(site.title)} | {escape(page.title)}</title>
<meta property="og:type" content="website"><meta property="og:title" content="{escape(page.title)}">
<link href="/_theme/chanteval/css/bundle.css?20250112" rel="stylesheet">
<script src="/_theme/common/js/axeptio-loader.js"></script>
</head>
<body id="{'page-accueil' if page.path == '/' else 'page-interne'}">
<div id="blk-header" class="blk-header"><div class="container"><div class="row">
<div class="col-3"><a href="/" class="blk-logo">{escape(site.title)}</a></div>
<div class="col-9"><nav class="blk-nav" role="navigation"><ul>{_menu(site, "blk-nav-li", "")}</ul></nav>
<form class="blk-search" action="/rechercher" method="get"><input type="text" name="motcle" aria-label="Mots-clés" placeholder="Que recherchez-vous ?"><input type="submit" value="Chercher"></form></div></div></div></div>
<div id="blk-content" class="container"><div class="blk-ariane">{_crumbs(site, page, ' &raquo; ')}</div>
<div class="row"><div class="col-12 blk-article"><h1>{escape(page.title)}</h1>
<div class="blk-texte">{page.body}</div></div></div></div>
<div id="blk-footer" class="blk-footer"><div class="container"><div class="row">
<div class="col-4"><h2>Mairie de {escape(site.title)}</h2><p>{escape(site.address)}</p><p><a href="/contact">Écrire à la mairie</a></p></div>
<div class="col-4"><h2>La ville sur les réseaux</h2>{_social(site, "blk-reseaux", "blk-reseau", "text")}</div>
<div class="col-4"><p><a href="/mentions-legales">Mentions légales</a></p><p><a href="/donnees-personnelles">Données personnelles</a></p></div></div></div></div>
</body></html>"""


def drupal_dsfr(site, page):
    """Drupal 10 with a state-design-system (DSFR-like) theme."""
    nid = _nid(page.path) % 900 + 100
    return f"""<!DOCTYPE html>
<html lang="fr" dir="ltr" data-fr-scheme="system">
<head>
<meta charset="utf-8">
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)">
<meta name="MobileOptimized" content="width">
<meta name="HandheldFriendly" content="true">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{escape(page.title)} | {escape(site.title)}</title>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_4Jm0c_Pn3dsfr.css?delta=0&amp;language=fr&amp;theme=ville_dsfr&amp;include=eJxLz">
<script src="/core/misc/drupalSettingsLoader.js?v=10.3.1"></script>
</head>
<body class="path-node page-node-type-{'accueil' if page.path == '/' else 'page'}">
<a href="#main-content" class="visually-hidden focusable skip-link">Aller au contenu principal</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<header role="banner" class="fr-header"><div class="fr-header__body"><div class="fr-container"><div class="fr-header__body-row">
<div class="fr-header__brand"><div class="fr-header__service"><a href="/" title="Accueil - {escape(site.title)}"><p class="fr-header__service-title">{escape(site.title)}</p></a><p class="fr-header__service-tagline">Site officiel de la ville</p></div></div>
<div class="fr-header__tools"><div class="fr-header__search fr-modal" id="modal-search"><form action="/recherche" method="get" id="views-exposed-form-recherche" accept-charset="UTF-8"><div class="fr-search-bar"><label class="fr-label" for="edit-search-api-fulltext">Rechercher</label><input class="fr-input" type="search" id="edit-search-api-fulltext" name="search_api_fulltext"><button class="fr-btn" title="Rechercher">Rechercher</button></div></form></div></div>
</div></div></div>
<div class="fr-header__menu"><div class="fr-container"><nav class="fr-nav" id="navigation-main" role="navigation" aria-label="Menu principal"><ul class="fr-nav__list">{_menu(site, "fr-nav__item", "fr-nav__link")}</ul></nav></div></div></header>
<main role="main" id="main-content" class="fr-container"><nav role="navigation" class="fr-breadcrumb" aria-label="vous êtes ici :"><ol class="fr-breadcrumb__list"><li>{_crumbs(site, page, '</li><li>')}</li></ol></nav>
<div class="region region-content"><h1 class="page-title">{escape(page.title)}</h1>
<article data-history-node-id="{nid}" class="node node--type-page node--view-mode-full"><div class="node__content"><div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">{page.body}</div></div></article></div></main>
<footer class="fr-footer" role="contentinfo" id="footer"><div class="fr-container"><div class="fr-footer__body"><div class="fr-footer__content"><p class="fr-footer__content-desc">{escape(site.address)}</p>
<div class="fr-follow__social"><h2 class="fr-h5">Suivez-nous<br> sur les réseaux sociaux</h2>{_social(site, "fr-btns-group fr-btns-group--lg", "fr-btn--" + "social")}</div></div></div>
<div class="fr-footer__bottom"><ul class="fr-footer__bottom-list"><li class="fr-footer__bottom-item"><a class="fr-footer__bottom-link" href="/mentions-legales">Mentions légales</a></li><li class="fr-footer__bottom-item"><a class="fr-footer__bottom-link" href="/accessibilite">Accessibilité : non conforme</a></li></ul></div></div></footer>
</div>
<script type="application/json" data-drupal-selector="drupal-settings-json">{{"path":{{"baseUrl":"\\/","currentPath":"node\\/{nid}","currentLanguage":"fr"}},"ajaxTrustedUrl":{{}}}}</script>
</body></html>"""


def wp_ville(site, page):
    """WordPress with a block theme made by a local agency (FSE, wp-block-* markup)."""
    cls = "home page-template-default page page-id-2" if page.path == "/" else f"page-template-default page page-id-{_nid(page.path) % 800}"
    return f"""<!DOCTYPE html>
<html lang="fr-FR">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(page.title)} &#8211; {escape(site.title)}</title>
<link rel='dns-prefetch' href='//stats.wp.com' />
<link rel='stylesheet' id='wp-block-library-css' href='/wp-includes/css/dist/block-library/style.min.css?ver=6.6.2' media='all' />
<link rel='stylesheet' id='ville-gennevaux-style-css' href='/wp-content/themes/ville-gennevaux/style.css?ver=1.8.0' media='all' />
<link rel="https://api.w.org/" href="/wp-json/" /><link rel="EditURI" type="application/rsd+xml" title="RSD" href="/xmlrpc.php?rsd" />
<meta name="generator" content="WordPress 6.6.2" />
</head>
<body class="{cls} wp-embed-responsive">
<div class="wp-site-blocks"><header class="wp-block-template-part"><div class="wp-block-group site-header is-layout-flex">
<p class="wp-block-site-title"><a href="/" rel="home">{escape(site.title)}</a></p>
<nav class="is-responsive items-justified-right wp-block-navigation is-layout-flex" aria-label="Menu principal"><ul class="wp-block-navigation__container">{_menu(site, "wp-block-navigation-item wp-block-navigation-link", "wp-block-navigation-item__content")}</ul></nav>
<form role="search" method="get" action="/" class="wp-block-search__button-outside wp-block-search"><label class="wp-block-search__label screen-reader-text" for="wp-block-search__input-1">Rechercher</label><input class="wp-block-search__input" id="wp-block-search__input-1" placeholder="" value="" type="search" name="s" required /><button aria-label="Rechercher" class="wp-block-search__button wp-element-button" type="submit">Rechercher</button></form>
</div></header>
<main class="wp-block-group is-layout-constrained"><div class="ville-breadcrumb yoast-breadcrumbs"><span>{_crumbs(site, page, ' » ')}</span></div>
<h1 class="wp-block-post-title">{escape(page.title)}</h1><div class="entry-content wp-block-post-content is-layout-constrained">{page.body}</div></main>
<footer class="wp-block-template-part"><div class="wp-block-group site-footer"><div class="wp-block-columns"><div class="wp-block-column"><h2 class="wp-block-heading">Mairie</h2><p>{escape(site.address)}</p></div>
<div class="wp-block-column"><h2 class="wp-block-heading">Nous suivre</h2>{_social(site, "wp-block-social-links has-icon-color is-style-logos-only", "wp-social-link wp-block-social-link")}</div></div>
<p class="has-small-font-size"><a href="/mentions-legales">Mentions légales</a> — <a href="/plan-du-site">Plan du site</a></p></div></footer></div>
<script src="/wp-includes/js/dist/vendor/wp-polyfill.min.js?ver=3.15.0" id="wp-polyfill-js"></script>
</body></html>"""


def wp_divi(site, page):
    """WordPress with a page builder theme (Divi-like et_pb modules)."""
    return f"""<!DOCTYPE html>
<html lang="fr-FR">
<head>
<meta charset="UTF-8" />
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>{escape(page.title)} | {escape(site.title)}</title>
<link rel='stylesheet' id='divi-style-parent-css' href='/wp-content/themes/Divi/style-static.min.css?ver=4.25.1' type='text/css' media='all' />
<link rel='stylesheet' id='divi-style-css' href='/wp-content/themes/corbelles-enfant/style.css?ver=4.25.1' type='text/css' media='all' />
<script type="text/javascript" src="/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<meta name="generator" content="WordPress 6.5.5" />
<meta name="viewport" content="width=device-width, initial-scale=1.0, maximum-scale=1.0, user-scalable=0" />
</head>
<body class="{'home page-template-default page' if page.path == '/' else 'page-template-default page'} et_pb_button_helper_class et_fixed_nav et_show_nav et_primary_nav_dropdown_animation_fade et_header_style_left et_pb_footer_columns4 et_right_sidebar et_divi_theme et-db">
<div id="page-container"><header id="main-header" data-height-onload="66"><div class="container clearfix et_menu_container">
<div class="logo_container"><span class="logo_helper"></span><a href="/"><img src="/wp-content/uploads/2023/02/logo-ville.png" alt="{escape(site.title)}" id="logo" data-height-percentage="54" /></a></div>
<div id="et-top-navigation" data-height="66" data-fixed-height="40"><nav id="top-menu-nav"><ul id="top-menu" class="nav">{_menu(site, "menu-item menu-item-type-post_type menu-item-object-page")}</ul></nav>
<div id="et_top_search"><span id="et_search_icon"></span></div></div></div>
<div class="et_search_outer"><div class="container et_search_form_container"><form role="search" method="get" class="et-search-form" action="/"><input type="search" class="et-search-field" placeholder="Rechercher &hellip;" value="" name="s" title="Rechercher:" /></form></div></div></header>
<div id="et-main-area"><div id="main-content"><article class="page type-page status-publish hentry"><div class="entry-content">
<div class="et-l et-l--post"><div class="et_builder_inner_content et_pb_gutters3"><div class="et_pb_section et_pb_section_0 et_section_regular"><div class="et_pb_row et_pb_row_0">
<div class="et_pb_column et_pb_column_4_4 et_pb_column_0"><div class="et_pb_module et_pb_text et_pb_text_0 et_pb_text_align_left et_pb_bg_layout_light"><div class="et_pb_text_inner">
<p class="ville-ariane">{_crumbs(site, page, ' › ')}</p><h1>{escape(page.title)}</h1>{page.body}</div></div></div></div></div></div></div>
</div></article></div>
<footer id="main-footer"><div class="container"><div id="footer-widgets" class="clearfix"><div class="footer-widget"><div class="et_pb_widget widget_text"><h4 class="title">Hôtel de ville</h4><div class="textwidget"><p>{escape(site.address)}</p></div></div></div>
<div class="footer-widget"><div class="et_pb_widget"><h4 class="title">Réseaux sociaux</h4>{_social(site, "et-social-icons", "et-social-icon")}</div></div></div></div>
<div id="footer-bottom"><div class="container clearfix"><div id="footer-info"><a href="/mentions-legales">Mentions légales</a> · Ville de {escape(site.title)}</div></div></div></footer></div></div>
<script type="text/javascript" src="/wp-content/themes/Divi/js/scripts.min.js?ver=4.25.1" id="divi-custom-script-js"></script>
</body></html>"""


def spip_sarka(site, page):
    """SPIP 4 with a squelette of the Sarka/Escal family."""
    return f"""<!DOCTYPE html>
<html dir="ltr" lang="fr" class="ltr fr no-js">
<head>
<title>{escape(page.title)} - [{escape(site.title)}]</title>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="SPIP 4.3.2 [25412]">
<link rel="alternate" type="application/rss+xml" title="Syndiquer tout le site" href="spip.php?page=backend">
<link rel="stylesheet" href="local/cache-css/0a3f9e1c2b7d8e6f5a4b.css?1726000000" type="text/css">
<script src="local/cache-js/jsdyn-javascript_porte_plume_start_js-7c1d2e3f.js?1726000000" type="text/javascript"></script>
</head>
<body class="page_{'sommaire' if page.path == '/' else 'article'} sarka">
<div id="page"><div id="entete"><a href="/" title="Accueil" class="accueil"><span class="nom_site_spip">{escape(site.title)}</span></a><p class="slogan">Site officiel de la ville</p>
<div class="formulaire_spip formulaire_recherche" id="formulaire_recherche"><form action="spip.php?page=recherche" method="get"><div class="editer-groupe"><input name="page" value="recherche" type="hidden"><label for="recherche">Rechercher :</label><input type="search" class="search text" size="10" name="recherche" id="recherche" autocapitalize="off" autocorrect="off"><input type="submit" class="btn submit" value="&gt;&gt;" title="Rechercher"></div></form></div></div>
<div id="menu_rubriques"><ul class="menu-liste menu-items" data-depth="0">{_menu(site, "menu-entree item", "")}</ul></div>
<div id="conteneur"><div id="contenu"><p class="arbo">{_crumbs(site, page, ' &gt; ')}</p>
<div class="cartouche"><h1 class="titre">{escape(page.title)}</h1></div><div class="texte">{page.body}</div></div></div>
<div id="pied"><p>{escape(site.address)}</p>{_social(site, "reseaux", "reseau", "text")}<p><a href="/mentions-legales">Mentions légales</a> | <a href="spip.php?page=plan">Plan du site</a> | Site propulsé par <a href="https://www.spip.net/" rel="generator" title="Site réalisé avec SPIP">SPIP</a></p></div>
</div></body></html>"""


def joomla_helix(site, page):
    """Joomla 4 with a Helix Ultimate template (sp-* markup)."""
    return f"""<!doctype html>
<html lang="fr-fr" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
<meta name="generator" content="Joomla! - Open Source Content Management">
<title>{escape(page.title)} - {escape(site.title)}</title>
<link href="/templates/shaper_helixultimate/css/bootstrap.min.css" rel="stylesheet" />
<link href="/templates/shaper_helixultimate/css/template.css" rel="stylesheet" />
<link href="/templates/shaper_helixultimate/css/presets/preset3.css" rel="stylesheet" />
<script src="/media/vendor/jquery/js/jquery.min.js?3.7.1"></script>
<script type="application/json" class="joomla-script-options new">{{"csrf.token":"8f2a1c9d7e6b5a4c3d2e1f0a9b8c7d6e","system.paths":{{"root":"","base":""}}}}</script>
</head>
<body class="site helix-ultimate hu com_content com-content view-article layout-default task-none itemid-{_nid(page.path) % 300 + 100} fr-fr ltr sticky-header layout-fluid offcanvas-init offcanvs-position-right">
<div class="body-wrapper"><div class="body-innerwrapper">
<header id="sp-header"><div class="container"><div class="container-inner"><div class="row"><div id="sp-logo" class="col-auto"><div class="sp-column"><div class="logo"><a href="/">{escape(site.title)}</a></div></div></div>
<div id="sp-menu" class="col-auto flex-auto"><div class="sp-column d-flex justify-content-end align-items-center"><nav class="sp-megamenu-wrapper d-flex" role="navigation"><ul class="sp-megamenu-parent menu-animation-fade-up d-none d-lg-block">{_menu(site, "sp-menu-item", "")}</ul></nav></div></div></div></div></div></header>
<section id="sp-section-1"><div class="row"><div id="sp-title" class="col-lg-12"><div class="sp-column"><div class="sp-page-title"><div class="container"><h2 class="sp-page-title-heading">{escape(page.title)}</h2>
<ol itemscope itemtype="https://schema.org/BreadcrumbList" class="breadcrumb"><li class="breadcrumb-item">{_crumbs(site, page, '</li><li class="breadcrumb-item">')}</li></ol></div></div></div></div></div></section>
<section id="sp-main-body"><div class="container"><div class="container-inner"><div class="row"><main id="sp-component" class="col-lg-12"><div class="sp-column"><div id="system-message-container" aria-live="polite"></div>
<div class="article-details" itemscope itemtype="https://schema.org/Article"><div class="article-header"><h1 itemprop="headline">{escape(page.title)}</h1></div><div itemprop="articleBody">{page.body}</div></div></div></main></div></div></div></section>
<footer id="sp-footer"><div class="container"><div class="container-inner"><div class="row"><div id="sp-footer1" class="col-lg-6"><div class="sp-column"><span class="sp-copyright">© Ville de {escape(site.title)} — {escape(site.address)}</span> <a href="/mentions-legales">Mentions légales</a></div></div>
<div id="sp-footer2" class="col-lg-6"><div class="sp-column"><div class="sp-module"><div class="sp-module-content">{_social(site, "social-icons", "social-icon")}</div></div></div></div></div></div></div></footer>
</div></div>
<script src="/templates/shaper_helixultimate/js/main.js"></script>
</body></html>"""


def typo3_bs(site, page):
    """TYPO3 12 with a sitepackage of an agency (bootstrap 5 grid)."""
    return f"""<!DOCTYPE html>
<html lang="fr-FR">
<head>
<meta charset="utf-8">
<!--
	This website is powered by TYPO3 - inspiring people to share!
	TYPO3 is a free open source Content Management Framework initially created by Kasper Skaarhoj and licensed under GNU/GPL.
	Information and contribution at https://typo3.org/
-->
<base href="http://{site.host}/">
<title>{escape(page.title)} - {escape(site.title)}</title>
<meta name="generator" content="TYPO3 CMS">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/typo3conf/ext/clairval_sitepackage/Resources/Public/Css/main.min.css?1719843200" media="all">
<script src="/typo3conf/ext/clairval_sitepackage/Resources/Public/JavaScript/main.min.js?1719843200"></script>
</head>
<body class="{'page-home' if page.path == '/' else 'page-default'}">
<div id="top"></div><a class="skiplink" href="#content">Aller au contenu</a>
<header class="site-header"><div class="container d-flex"><a class="site-brand" href="/">{escape(site.title)}</a>
<nav class="site-nav" aria-label="Navigation principale"><ul class="nav">{_menu(site, "nav-item", "nav-link")}</ul></nav>
<form class="site-search" method="get" action="/recherche"><input type="text" name="tx_kesearch_pi1[sword]" aria-label="Recherche"><button type="submit">Chercher</button></form></div></header>
<div class="container"><ol class="breadcrumb"><li class="breadcrumb-item">{_crumbs(site, page, '</li><li class="breadcrumb-item">')}</li></ol></div>
<main id="content" class="container"><div id="c{_nid(page.path) % 5000}" class="frame frame-default frame-type-textmedia frame-layout-0"><header><h1>{escape(page.title)}</h1></header><div class="ce-textpic ce-center ce-above"><div class="ce-bodytext">{page.body}</div></div></div></main>
<footer class="site-footer"><div class="container"><div class="row"><div class="col-md-6"><p><strong>Mairie de {escape(site.title)}</strong><br>{escape(site.address)}</p></div>
<div class="col-md-6">{_social(site, "social-list", "social-list__item")}</div></div><p class="site-footer__meta"><a href="/mentions-legales">Mentions légales</a> · <a href="/accessibilite">Accessibilité</a></p></div></footer>
</body></html>"""


# ---------------------------------------------------------------------------------------------------------
# layouts of the platforms, boards and networks


def decidim27(site, page):
    """Decidim 0.27 (Foundation grid, cell-based cards)."""
    return f"""<!DOCTYPE html>
<html lang="fr" class="no-js">
<head>
<title>{escape(page.title)} - {escape(site.title)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta name="csrf-param" content="authenticity_token"><meta name="csrf-token" content="Q2h1cmNoIG9mIFNhaW50IEp1bGll{_nid(page.path)}">
<meta property="og:title" content="{escape(page.title)}"><meta property="og:site_name" content="{escape(site.title)}">
<link rel="stylesheet" href="/packs/css/decidim_core-8b1d0c2a.css" media="all">
<script src="/packs/js/decidim_core-8b1d0c2a.js"></script>
</head>
<body class="" data-user-id="">
<div class="off-canvas-wrapper"><div class="off-canvas-wrapper-inner" data-off-canvas-wrapper=""><div class="off-canvas-content" data-off-canvas-content="">
<div class="footer-separator"><div class="title-bar"><div class="row column topbar"><div class="logo-wrapper"><a href="/"><span class="logo-cityname">{escape(site.title)}</span></a></div>
<div class="topbar__search"><form action="/search" accept-charset="UTF-8" method="get"><input type="text" name="term" id="term" placeholder="Rechercher" title="Rechercher"></form></div>
<div class="topbar__user show-for-medium" data-set="nav-login-holder"><div class="topbar__user__login js-append"><a class="sign-in" href="/users/sign_in">Se connecter</a></div></div></div></div>
<div class="navbar"><div class="row column"><nav class="main-nav" aria-label="Menu principal"><ul>{_menu(site, "main-nav__link")}</ul></nav></div></div>
<main class="wrapper"><div class="row column"><p class="process-crumbs">{_crumbs(site, page, ' › ')}</p><h1 class="heading2">{escape(page.title)}</h1>{page.body}</div></main></div>
<footer class="main-footer"><div class="row"><div class="medium-4 column"><ul class="footer-nav"><li><a href="/pages/terms-and-conditions">Conditions d'utilisation</a></li><li><a href="/pages">Aide</a></li></ul></div></div>
<div class="mini-footer"><div class="row"><div class="decidim-logo"><a target="_blank" rel="noopener" href="https://decidim.org/">Decidim</a></div><div class="mini-footer__content">Site réalisé avec un <a target="_blank" rel="noopener" href="https://github.com/decidim/decidim">logiciel libre</a>.</div></div></div></footer>
</div></div></div></body></html>"""


def consul_dem(site, page):
    """CONSUL Democracy 2.x (Foundation 6)."""
    return f"""<!DOCTYPE html>
<html lang="fr" data-current-user-id="">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{escape(page.title)} | {escape(site.title)}</title>
<link rel="stylesheet" href="/assets/application-3f5e2b1d9c.css" media="all">
<link rel="stylesheet" href="/assets/print-3f5e2b1d9c.css" media="print">
<script src="/assets/application-7d2c1a0b9e.js"></script>
<meta name="csrf-param" content="authenticity_token"><meta name="csrf-token" content="bmFudGVsbGVz{_nid(page.path)}">
</head>
<body class="{'home-page' if page.path == '/' else 'public'}">
<a href="#main" class="show-on-focus">Aller au contenu principal</a>
<div class="wrapper"><header><div class="top-links"><div class="row"><ul class="no-bullet external-links"><li><a href="http://www.nantelles.fr/">Site de la ville</a></li></ul>
<ul class="no-bullet"><li><a href="/users/sign_in">Connexion</a></li><li><a href="/users/sign_up">Créer un compte</a></li></ul></div></div>
<div class="top-bar"><div class="top-bar-title"><a href="/" class="logo"><span>{escape(site.title)}</span></a></div>
<div id="responsive_menu"><nav class="subnavigation"><ul>{_menu(site)}</ul></nav></div></div></header>
<main id="main"><div class="row"><div class="small-12 column"><p class="breadcrumbs">{_crumbs(site, page)}</p><h1>{escape(page.title)}</h1>{page.body}</div></div></main>
<footer><div class="row"><div class="small-12 medium-4 column"><h3><a href="/help">Aide</a></h3><p>Comment participer : débats, propositions, budgets participatifs, votations.</p></div>
<div class="small-12 medium-8 column"><ul class="no-bullet"><li><a href="/conditions">Conditions d'utilisation</a></li><li><a href="/privacy">Confidentialité</a></li></ul>
<p class="info">Ce portail utilise l'<a href="https://github.com/consuldemocracy/consuldemocracy">application CONSUL DEMOCRACY</a>, logiciel libre.</p></div></div></footer></div>
</body></html>"""


def capco(site, page):
    """Cap Collectif: React front, server-rendered fallbacks."""
    return f"""<!DOCTYPE html>
<html lang="fr-FR">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(page.title)} | {escape(site.title)}</title>
<meta name="description" content="Plateforme participative de {escape(site.title)}">
<link rel="stylesheet" href="/css/front.css?2024.11.18">
<script>window.__SERVER_CONTEXT__ = {{"locale":"fr-FR","features":{{"consultations":true,"budget":true}}}};</script>
<script src="/js/front.js?2024.11.18" defer></script>
</head>
<body data-environment="prod" class="ltr">
<div id="capco_main_navbar"><header class="NavigationHeader"><a class="navbar-brand" href="/"><img src="/media/default/0001/01/logo-ville.png" alt="{escape(site.title)}"></a>
<nav aria-label="Navigation principale"><ul class="NavbarList">{_menu(site, "NavbarItem")}</ul></nav><a class="btn btn-primary btn-login" href="/login">Connexion</a></header></div>
<main id="main"><div class="container"><ol class="breadcrumb">{_crumbs(site, page, ' ')}</ol><h1 class="h1">{escape(page.title)}</h1><div class="ProjectContent">{page.body}</div></div></main>
<footer id="footer" class="footer"><div class="container"><ul class="footer-links"><li><a href="/pages/cgu">Conditions générales d'utilisation</a></li><li><a href="/pages/donnees">Données personnelles</a></li></ul>
<p class="capco-powered">Propulsé par <a href="https://cap-collectif.com/" target="_blank" rel="noopener">Cap Collectif</a></p></div></footer>
</body></html>"""


def govocal2(site, page):
    """Go Vocal (CitizenLab): React shell with a server-rendered fallback for crawlers."""
    return f"""<!DOCTYPE html>
<html lang="fr-FR">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
<title>{escape(page.title)} | {escape(site.title)}</title>
<meta property="og:title" content="{escape(page.title)}">
<link rel="preconnect" href="https://res.cloudinary.com">
<script type="module" crossorigin src="/assets/index-d81c3e7a.js"></script>
<link rel="stylesheet" href="/assets/index-5a2e9b10.css">
</head>
<body><div id="modal-portal"></div><div id="topbar-portal"></div>
<div id="app"><div id="e2e-app-container">
<nav id="e2e-navbar" aria-label="Navigation principale"><a class="e2e-navbar-logo" href="/fr-FR/">{escape(site.title)}</a><ul class="e2e-navbar-items">{_menu(site, "e2e-navbar-item")}</ul>
<a id="e2e-navbar-login-menu-item" href="/fr-FR/sign-in">Se connecter</a></nav>
<main id="e2e-main"><p class="e2e-breadcrumbs">{_crumbs(site, page).replace('href="/"', 'href="/fr-FR/"', 1)}</p><h1>{escape(page.title)}</h1>{page.body}</main>
<footer id="e2e-site-footer"><ul><li><a href="/fr-FR/pages/terms-and-conditions">Conditions générales</a></li><li><a href="/fr-FR/pages/privacy-policy">Politique de confidentialité</a></li><li><a href="/fr-FR/pages/accessibility-statement">Accessibilité</a></li></ul>
<a href="https://www.govocal.com/fr/" target="_blank" rel="noopener" class="e2e-powered-by">Propulsé par Go Vocal</a></footer>
</div></div></body></html>"""


def fluicity(site, page):
    """Fluicity: the city's space on flui.city (Next.js pages)."""
    return f"""<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width">
<title>{escape(page.title)} - {escape(site.title)} | Fluicity</title>
<meta name="description" content="Participez à la vie de votre ville avec Fluicity">
<link rel="preload" href="/_next/static/css/7a3f1d2c.css" as="style"><link rel="stylesheet" href="/_next/static/css/7a3f1d2c.css">
<script src="/_next/static/chunks/main-1f2e3d4c.js" defer></script>
</head>
<body><div id="__next"><div class="fl-layout">
<header class="fl-header"><a class="fl-header__city" href="/">{escape(site.title)}</a><nav class="fl-tabs"><ul>{_menu(site, "fl-tab")}</ul></nav>
<a class="fl-btn fl-btn--primary" href="/connexion">Se connecter</a></header>
<main class="fl-main"><p class="fl-crumbs">{_crumbs(site, page)}</p><h1 class="fl-title">{escape(page.title)}</h1>{page.body}</main>
<footer class="fl-footer"><a href="/cgu">CGU</a> · <a href="https://www.flui.city" rel="noopener">Fluicity</a>, la plateforme de participation citoyenne</footer>
</div></div>
<script id="__NEXT_DATA__" type="application/json">{{"props":{{"pageProps":{{"citySlug":"{site.host.split('.')[0]}"}}}},"page":"/city","buildId":"fl-2024-10"}}</script>
</body></html>"""


def jenparle(site, page):
    return f"""<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(page.title)} - Jenparle {escape(site.title)}</title>
<link rel="stylesheet" href="/static/jp/app.min.css?v=3.12">
<script src="/static/jp/app.min.js?v=3.12" defer></script>
</head>
<body class="jp-body jp-commune">
<header class="jp-header"><a class="jp-brand" href="/"><span class="jp-brand__logo">Jenparle</span> <span class="jp-brand__commune">{escape(site.title)}</span></a>
<nav class="jp-menu" aria-label="Rubriques"><ul>{_menu(site, "jp-menu__item")}</ul></nav><a class="jp-login" href="/compte/connexion">Mon compte</a></header>
<main class="jp-main"><div class="jp-crumbs">{_crumbs(site, page, ' > ')}</div><h1>{escape(page.title)}</h1>{page.body}</main>
<footer class="jp-footer"><p><a href="/cgu">CGU</a> · <a href="https://www.jenparle.net/" target="_blank" rel="noopener">jenparle.net</a> — la participation citoyenne des communes</p></footer>
</body></html>"""


def idcity(site, page):
    return f"""<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(page.title)} | {escape(site.title)} - id-city</title>
<link rel="stylesheet" href="/bundles/idcity/css/portail.css?v=5.8">
<script src="/bundles/idcity/js/portail.js?v=5.8" defer></script>
</head>
<body class="idc-portail">
<header class="idc-header"><div class="idc-header__brand"><a href="/">{escape(site.title)}</a><span>Ensemble, construisons notre ville</span></div>
<nav class="idc-nav"><ul>{_menu(site, "idc-nav__item")}</ul></nav><a class="idc-account" href="/connexion">Se connecter</a></header>
<main class="idc-main"><nav class="idc-breadcrumb">{_crumbs(site, page, ' / ')}</nav><h1>{escape(page.title)}</h1>{page.body}</main>
<footer class="idc-footer"><a href="/cgu">CGU</a> · <a href="https://www.id-city.com" target="_blank" rel="noopener">Une solution id-city</a></footer>
</body></html>"""


def discourse_crawler(site, page):
    """Discourse serves crawlers a plain HTML rendering (body.crawler)."""
    return f"""<!DOCTYPE html>
<html lang="fr" class="desktop-view not-mobile-device text-size-normal anon">
<head>
<meta charset="utf-8">
<title>{escape(page.title)} - {escape(site.title)}</title>
<meta name="description" content="Le forum des habitantes et habitants">
<meta name="generator" content="Discourse 3.3.2 - https://github.com/discourse/discourse version 3.3.2">
<link rel="icon" type="image/png" href="/uploads/default/optimized/1X/favicon_32x32.png">
<meta name="theme-color" media="all" content="#ffffff">
<link href="/stylesheets/color_definitions_argent_2_3.css?__ws=forum.argentval.fr" media="all" rel="stylesheet">
<link href="/stylesheets/desktop_7e0c4d.css?__ws=forum.argentval.fr" media="all" rel="stylesheet" data-target="desktop">
<link rel="search" type="application/opensearchdescription+xml" href="/opensearch.xml" title="Recherche">
</head>
<body class="crawler browser-update">
<header><a href="/"><img src="/uploads/default/original/1X/logo-argentval.png" alt="{escape(site.title)}" id="site-logo" style="max-width: 150px;"></a></header>
<div id="main-outlet" class="wrap" role="main"><div class="crawler-nav-links"><ul>{_menu(site)}</ul></div>
<p class="crawler-breadcrumbs">{_crumbs(site, page)}</p><h1>{escape(page.title)}</h1>{page.body}</div>
<footer class="container wrap"><nav class="crawler-nav"><ul><li itemscope itemtype="http://schema.org/SiteNavigationElement"><span itemprop="name"><a href="/" itemprop="url">Accueil </a></span></li>
<li itemscope itemtype="http://schema.org/SiteNavigationElement"><span itemprop="name"><a href="/categories" itemprop="url">Catégories </a></span></li>
<li itemscope itemtype="http://schema.org/SiteNavigationElement"><span itemprop="name"><a href="/guidelines" itemprop="url">FAQ/Charte </a></span></li>
<li itemscope itemtype="http://schema.org/SiteNavigationElement"><span itemprop="name"><a href="/tos" itemprop="url">Conditions d'utilisation </a></span></li></ul></nav></footer>
<div class="buorg"><div>Propulsé par <a href="https://www.discourse.org">Discourse</a>, le rendu est meilleur quand JavaScript est activé</div></div>
</body></html>"""


def voisinage(site, page):
    """A neighbours' network run for the city (hosted community software)."""
    return f"""<!DOCTYPE html>
<html lang="fr">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(page.title)} · {escape(site.title)}</title>
<link rel="stylesheet" href="/assets/vsn/app-2b9c.css"><script src="/assets/vsn/app-2b9c.js" defer></script>
<link rel="manifest" href="/manifest.webmanifest"></head>
<body class="vsn">
<header class="vsn-top"><a class="vsn-top__logo" href="/">{escape(site.title)}</a><nav class="vsn-top__nav"><ul>{_menu(site, "vsn-top__item")}</ul></nav>
<div class="vsn-top__account"><a href="/inscription" class="vsn-btn vsn-btn--accent">Je m'inscris</a> <a href="/connexion">Connexion</a></div></header>
<main class="vsn-main"><p class="vsn-crumbs">{_crumbs(site, page, ' · ')}</p><h1>{escape(page.title)}</h1>{page.body}</main>
<footer class="vsn-foot"><a href="/charte">Charte des voisins</a> · <a href="/cgu">CGU</a> · Réseau d'entraide et d'échanges entre habitants, soutenu par la Ville</footer>
</body></html>"""


def publik2(site, page):
    """Publik portal (combo + w.c.s.) themed for the city."""
    return f"""<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<title>{escape(page.title)} | {escape(site.title)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" type="text/css" href="/static/nantelles/style.css?20240930">
<script src="/static/xstatic/jquery.min.js"></script><script src="/static/js/combo.public.js?20240930"></script>
</head>
<body class="page-template-{'home' if page.path == '/' else 'standard'} combo publik">
<div id="page"><header id="header"><div id="top"><a id="logo" href="/"><span>{escape(site.title)}</span></a>
<div id="user-info"><a href="/login/" class="login-link">Se connecter</a></div></div>
<nav id="nav"><ul>{_menu(site, "nav-item")}</ul></nav></header>
<div id="columns"><div id="content"><div class="cell breadcrumb-cell"><div id="breadcrumb">{_crumbs(site, page, ' » ')}</div></div>
<div class="cell text-cell"><h1 id="page-title">{escape(page.title)}</h1>{page.body}</div></div></div>
<footer id="footer"><p>{escape(site.address)}</p><p><a href="/mentions-legales/">Mentions légales</a> — Service en ligne réalisé avec <a href="https://www.entrouvert.com/">Publik</a></p></footer>
</div></body></html>"""


def petitions_site(site, page):
    """A home-made petitions space of the city (Symfony app, Bootstrap)."""
    return f"""<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(page.title)} — {escape(site.title)}</title>
<link rel="stylesheet" href="/build/app.81c2ef.css"><script src="/build/runtime.2b8a1c.js" defer></script><script src="/build/app.81c2ef.js" defer></script>
</head>
<body class="bg-light">
<nav class="navbar navbar-expand-lg navbar-dark bg-primary"><div class="container"><a class="navbar-brand" href="/">{escape(site.title)}</a>
<ul class="navbar-nav me-auto">{_menu(site, "nav-item", "nav-link")}</ul><a class="btn btn-outline-light" href="/connexion">Connexion FranceConnect</a></div></nav>
<main class="container py-4"><nav aria-label="breadcrumb"><p class="breadcrumb">{_crumbs(site, page, ' / ')}</p></nav><h1 class="h2">{escape(page.title)}</h1>{page.body}</main>
<footer class="container border-top py-3 small"><a href="/reglement">Règlement du droit de pétition</a> · <a href="/mentions-legales">Mentions légales</a> · <a href="http://www.chanteval-sur-seine.fr/">Retour au site de la ville</a></footer>
</body></html>"""


def app_shell(site, page):
    """An empty application shell: the content is drawn by a script from a JSON API."""
    return f"""<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(page.title)} — {escape(site.title)}</title>
<meta name="description" content="{escape(site.title)} : la plateforme participative de la ville">
<meta name="theme-color" content="#0c6b58">
<link rel="icon" href="/favicon.svg" type="image/svg+xml">
<link rel="manifest" href="/manifest.json">
<link rel="preload" href="/static/fonts/inter-var.woff2" as="font" type="font/woff2" crossorigin>
<link rel="stylesheet" href="/static/css/main.c1a7e3f2.css">
<script>window.__APP_CONFIG__ = {{"api":"/api/v1","route":"{escape(page.path)}","locale":"fr-FR","tenant":"ivrac"}};</script>
<script defer src="/static/js/main.c1a7e3f2.js"></script>
</head>
<body>
<noscript>Vous devez activer JavaScript pour utiliser cette application.</noscript>
<div id="root"></div>
</body></html>"""


_NONE = frozenset()
_LOGIN = frozenset({"contact_form"})
_BOARD = frozenset({"forum"})
_LEGAL = ("<h2>Éditeur du site</h2><p>Le site est édité par la commune, représentée par son maire, directeur de la "
          "publication.</p><h2>Hébergement</h2><p>Hébergeur situé dans l'Union européenne.</p><h2>Vos données</h2>"
          "<p>Vous pouvez exercer vos droits d'accès, de rectification et d'effacement auprès du délégué à la protection "
          "des données de la ville.</p><h2>Cookies</h2><p>Seuls des cookies de mesure d'audience anonymisée sont déposés.</p>")
_CGU = ("<h2>Objet</h2><p>Les présentes conditions fixent les règles d'utilisation de l'espace en ligne.</p><h2>Modération</h2>"
        "<p>Les contributions injurieuses, diffamatoires ou sans lien avec la vie locale sont retirées.</p><h2>Données</h2>"
        "<p>Les données sont conservées le temps de la démarche puis anonymisées.</p>")


def _plan(title):
    return f"<p>Plan du site de {title} : retrouvez toutes les rubriques depuis le menu principal.</p>" + "<p>" + "Rubriques : Ma ville, Démarches, Participer, Actualités, Agenda. " * 3 + "</p>"


THEMES = {"brumes_portail": portail, "brumes_kiosque": kiosque, "brumes_drupal": drupal_dsfr, "brumes_wp": wp_ville,
          "brumes_divi": wp_divi, "brumes_spip": spip_sarka, "brumes_joomla": joomla_helix, "brumes_typo3": typo3_bs,
          "brumes_decidim": decidim27, "brumes_consul": consul_dem, "brumes_capco": capco, "brumes_govocal": govocal2,
          "brumes_fluicity": fluicity, "brumes_jenparle": jenparle, "brumes_idcity": idcity,
          "brumes_discourse": discourse_crawler, "brumes_voisins": voisinage, "brumes_publik": publik2,
          "brumes_petitions": petitions_site, "brumes_shell": app_shell}

CHROME = {
    "brumes_portail": [("/mentions-legales", "Mentions légales", _LEGAL, _NONE),
                       ("/plan-du-site", "Plan du site", _plan("la ville"), _NONE)],
    "brumes_kiosque": [("/mentions-legales", "Mentions légales", _LEGAL, _NONE),
                       ("/donnees-personnelles", "Données personnelles", _LEGAL, _NONE)],
    "brumes_drupal": [("/mentions-legales", "Mentions légales", _LEGAL, _NONE),
                      ("/accessibilite", "Déclaration d'accessibilité", "<p>La ville s'engage à rendre son site accessible conformément à l'article 47 de la loi du 11 février 2005. Un audit réalisé en 2024 relève un taux de conformité de 41 %. Pour signaler un défaut d'accès, utilisez la page contact ou écrivez au Défenseur des droits.</p>" * 2, _NONE)],
    "brumes_wp": [("/mentions-legales", "Mentions légales", _LEGAL, _NONE),
                  ("/plan-du-site", "Plan du site", _plan("la ville"), _NONE)],
    "brumes_divi": [("/mentions-legales", "Mentions légales", _LEGAL, _NONE)],
    "brumes_spip": [("/mentions-legales", "Mentions légales", _LEGAL, _NONE),
                    ("/spip.php?page=plan", "Plan du site", _plan("la ville"), _NONE)],
    "brumes_joomla": [("/mentions-legales", "Mentions légales", _LEGAL, _NONE)],
    "brumes_typo3": [("/mentions-legales", "Mentions légales", _LEGAL, _NONE),
                     ("/accessibilite", "Accessibilité", "<p>Déclaration d'accessibilité : le site est partiellement conforme au RGAA 4.1. Les contenus non accessibles sont listés ci-dessous et seront corrigés au fil des mises à jour ; vous pouvez demander une version accessible d'un document auprès du service communication de la mairie.</p>" * 2, _NONE)],
    "brumes_decidim": [("/users/sign_in", "Se connecter", login_form("/users/sign_in", "user[email]", "user[password]"), _LOGIN),
                       ("/pages/terms-and-conditions", "Conditions d'utilisation", _CGU, _NONE),
                       ("/pages", "Aide", "<p>Qu'est-ce qu'un processus participatif ? Comment fonctionne le vote ? Retrouvez toutes les réponses dans les pages d'aide de la plateforme.</p>" * 3, _NONE),
],
    "brumes_consul": [("/users/sign_in", "Connexion", login_form("/users/sign_in", "user[login]", "user[password]"), _LOGIN),
                      ("/users/sign_up", "Créer un compte", login_form("/users", "user[email]", "user[password]", "Inscription"), _LOGIN),
                      ("/conditions", "Conditions d'utilisation", _CGU, _NONE), ("/privacy", "Confidentialité", _LEGAL, _NONE)],
    "brumes_capco": [("/login", "Connexion", login_form("/login_check", "_username", "_password"), _LOGIN),
                     ("/pages/cgu", "Conditions générales d'utilisation", _CGU, _NONE),
                     ("/pages/donnees", "Données personnelles", _LEGAL, _NONE)],
    "brumes_govocal": [("/fr-FR/sign-in", "Se connecter", login_form("/fr-FR/sign-in", "email", "password"), _LOGIN),
                       ("/fr-FR/pages/terms-and-conditions", "Conditions générales", _CGU, _NONE),
                       ("/fr-FR/pages/privacy-policy", "Politique de confidentialité", _LEGAL, _NONE),
                       ("/fr-FR/pages/accessibility-statement", "Accessibilité", "<p>Déclaration d'accessibilité de la plateforme : partiellement conforme au RGAA. Les cartes interactives ne sont pas restituées aux lecteurs d'écran ; une version texte de chaque carte est disponible sur demande.</p>" * 2, _NONE)],
    "brumes_fluicity": [("/connexion", "Se connecter", login_form("/connexion", "email", "password"), _LOGIN),
                        ("/cgu", "Conditions générales d'utilisation", _CGU, _NONE)],
    "brumes_jenparle": [("/compte/connexion", "Connexion", login_form("/compte/connexion", "email", "mdp"), _LOGIN),
                        ("/cgu", "Conditions générales", _CGU, _NONE)],
    "brumes_idcity": [("/connexion", "Connexion", login_form("/connexion", "_username", "_password"), _LOGIN),
                      ("/cgu", "Conditions générales d'utilisation", _CGU, _NONE)],
    "brumes_discourse": [("/guidelines", "FAQ/Charte", "<p>Ce forum est un espace civil. Soyez bienveillants, restez sur le sujet, pas de publicité ni d'attaques personnelles. Les modérateurs bénévoles peuvent masquer un message signalé.</p>" * 2, _BOARD),
                         ("/tos", "Conditions d'utilisation", _CGU, _BOARD),
                         ("/categories", "Catégories", "", _NONE)],  # replaced by the city's own page
    "brumes_voisins": [("/connexion", "Connexion", login_form("/connexion", "email", "password"), _LOGIN),
                       ("/inscription", "Inscription", login_form("/inscription", "email", "password", "Rejoindre mes voisins") + "<p>L'inscription vérifie votre adresse : seuls les habitants de la ville peuvent rejoindre leur quartier.</p>", _LOGIN),
                       ("/charte", "Charte des voisins", "<p>Respect, entraide, pas de commerce déguisé : la charte des voisins s'applique à toutes les publications. Les annonces à caractère politique ou religieux ne sont pas acceptées.</p>" * 2, _NONE),
                       ("/cgu", "Conditions générales d'utilisation", _CGU, _NONE)],
    "brumes_publik": [("/login/", "Connexion", login_form("/login/", "username", "password", "Connexion à mon compte citoyen"), _LOGIN),
                      ("/mentions-legales/", "Mentions légales", _LEGAL, _NONE)],
    "brumes_petitions": [("/connexion", "Connexion", login_form("/connexion", "email", "password", "Connexion avec FranceConnect ou par e-mail"), _LOGIN),
                         ("/mentions-legales", "Mentions légales", _LEGAL, _NONE)],
    "brumes_shell": [],
}

themes.THEMES.update(THEMES)
themes.CHROME.update(CHROME)
