"""Markup helpers of the piemonts holdout part: the blocks French agency CMSs, DSFR-like city sites,
WordPress/Drupal/SPIP/Joomla/TYPO3 plugins and participation platforms put inside a page's main content."""
from html import escape

from .markup import prose  # the same block as the first part's


def section(title, *paragraphs, level=2):
    return f"<h{level}>{title}</h{level}>" + prose(*paragraphs)


def bullets(items, cls="liste"):
    return f'<ul class="{cls}">' + "".join(f"<li>{i}</li>" for i in items) + "</ul>"


def links(items, cls="liens-utiles", title="Voir aussi"):
    lis = "".join(f'<li><a href="{escape(h)}">{t}</a></li>' for h, t in items)
    return f'<aside class="{cls}"><h2>{title}</h2><ul>{lis}</ul></aside>'


def cookie_banner(kind="tarteaucitron"):
    if kind == "tarteaucitron":
        return ('<div id="tarteaucitronRoot" class="tarteaucitronBeforeVisible"><div id="tarteaucitronAlertBig" role="dialog">'
                '<span id="tarteaucitronDisclaimerAlert">Ce site utilise des cookies de mesure d\'audience.</span>'
                '<button type="button" class="tarteaucitronCTAButton tarteaucitronAllow" id="tarteaucitronPersonalize2">Tout accepter</button>'
                '<button type="button" class="tarteaucitronCTAButton tarteaucitronDeny" id="tarteaucitronAllDenied2">Tout refuser</button>'
                '</div></div>')
    return ('<div class="fr-consent-banner" role="dialog" aria-labelledby="consent-title"><h2 class="fr-h6" id="consent-title">'
            'À propos des cookies</h2><div class="fr-consent-banner__content"><p class="fr-text--sm">Nous utilisons des '
            'cookies pour mesurer la fréquentation du site, avec votre accord.</p></div><ul class="fr-consent-banner__buttons '
            'fr-btns-group fr-btns-group--right fr-btns-group--inline-reverse fr-btns-group--inline-sm"><li><button '
            'class="fr-btn" title="Autoriser tous les cookies">Tout accepter</button></li><li><button class="fr-btn '
            'fr-btn--secondary" title="Refuser tous les cookies">Tout refuser</button></li></ul></div>')


def dsfr_tiles(items):
    tiles = "".join(f'<div class="fr-col-12 fr-col-md-4"><div class="fr-tile fr-enlarge-link"><div class="fr-tile__body">'
                    f'<h3 class="fr-tile__title"><a href="{escape(h)}">{t}</a></h3><p class="fr-tile__desc">{d}</p></div></div></div>'
                    for h, t, d in items)
    return f'<div class="fr-grid-row fr-grid-row--gutters">{tiles}</div>'


def dsfr_cards(items, title="Actualités"):
    cards = "".join(f'<div class="fr-col-12 fr-col-md-4"><div class="fr-card fr-enlarge-link"><div class="fr-card__body">'
                    f'<div class="fr-card__content"><h3 class="fr-card__title"><a href="{escape(h)}">{t}</a></h3>'
                    f'<p class="fr-card__desc">{d}</p><div class="fr-card__end"><p class="fr-card__detail">{date}</p></div>'
                    f'</div></div></div></div>' for h, t, d, date in items)
    return f'<section class="fr-container fr-py-4w"><h2>{title}</h2><div class="fr-grid-row fr-grid-row--gutters">{cards}</div></section>'


def teasers(items, title="À la une", cls="news-list"):
    lis = "".join(f'<li class="{cls}__item"><article><p class="{cls}__date">{date}</p><h3 class="{cls}__title">'
                  f'<a href="{escape(h)}">{t}</a></h3><p>{d}</p></article></li>' for h, t, d, date in items)
    return f'<section class="{cls}"><h2>{title}</h2><ul>{lis}</ul></section>'


def agenda(items, title="Agenda"):
    lis = "".join(f'<li class="agenda__item"><time>{date}</time> <a href="{escape(h)}">{t}</a></li>' for h, t, date in items)
    return f'<section class="agenda"><h2>{title}</h2><ul>{lis}</ul></section>'


def with_aside(main, aside, cls="sidebar"):
    return f'<div class="layout-2col"><div class="layout-2col__main">{main}</div><aside class="{cls}" role="complementary">{aside}</aside></div>'


def share(url, title=""):
    from urllib.parse import quote
    u = quote(url, safe="")
    return ('<div class="share-buttons"><span class="share-buttons__label">Partager cette page</span><ul>'
            f'<li><a class="share--facebook" href="https://www.facebook.com/sharer/sharer.php?u={u}" target="_blank" rel="noopener">Facebook</a></li>'
            f'<li><a class="share--x" href="https://x.com/share?url={u}&amp;text={quote(title)}" target="_blank" rel="noopener">X</a></li>'
            f'<li><a class="share--linkedin" href="https://www.linkedin.com/shareArticle?mini=true&amp;url={u}" target="_blank" rel="noopener">LinkedIn</a></li>'
            f'<li><a class="share--mail" href="mailto:?subject={quote(title)}&amp;body={u}">Courriel</a></li></ul></div>')


def satisfaction(action, page_id):
    """The "did this page help you" rating of DSFR-like city sites: not a poll of residents."""
    return (f'<form class="page-rating fr-mt-4w" method="post" action="{action}"><fieldset class="fr-fieldset">'
            f'<legend class="fr-fieldset__legend">Cette page vous a-t-elle été utile ?</legend>'
            f'<input type="hidden" name="page_id" value="{page_id}">'
            '<div class="fr-radio-group"><input type="radio" id="rating-yes" name="utile" value="1"><label class="fr-label" for="rating-yes">Oui</label></div>'
            '<div class="fr-radio-group"><input type="radio" id="rating-no" name="utile" value="0"><label class="fr-label" for="rating-no">Non</label></div>'
            '<button class="fr-btn fr-btn--sm" type="submit">Envoyer</button></fieldset></form>')


def newsletter(action, cls="newsletter"):
    return (f'<form class="{cls}" method="post" action="{action}"><h2>Lettre d\'information</h2>'
            '<p>Recevez chaque mois l\'actualité de la ville.</p><label for="nl-email">Votre adresse électronique</label>'
            '<input type="email" id="nl-email" name="email" required><input type="checkbox" id="nl-rgpd" name="rgpd" required>'
            '<label for="nl-rgpd">J\'accepte de recevoir la lettre</label><button type="submit">S\'abonner</button></form>')


def login(action, title="Mon compte citoyen"):
    return (f'<form class="account-login" method="post" action="{action}"><h2>{title}</h2>'
            '<label for="acc-mail">Courriel</label><input type="email" id="acc-mail" name="email" autocomplete="username">'
            '<label for="acc-pwd">Mot de passe</label><input type="password" id="acc-pwd" name="password" autocomplete="current-password">'
            '<button type="submit">Se connecter</button><p><a href="#mdp">Mot de passe oublié ?</a></p></form>')


def payment(action):
    return (f'<form class="paiement-facture" method="post" action="{action}"><h2>Payer une facture</h2>'
            '<label for="ref-facture">Référence de la facture</label><input type="text" id="ref-facture" name="reference" required>'
            '<label for="montant">Montant (€)</label><input type="text" id="montant" name="montant" inputmode="decimal" required>'
            '<label for="payeur-mail">Courriel pour le reçu</label><input type="email" id="payeur-mail" name="email">'
            '<button type="submit">Payer par carte bancaire</button></form>')


def booking(action, rooms):
    opts = "".join(f"<option>{r}</option>" for r in rooms)
    return (f'<form class="reservation" method="post" action="{action}"><h2>Réserver une salle</h2>'
            f'<label for="salle">Salle</label><select id="salle" name="salle">{opts}</select>'
            '<label for="date-resa">Date</label><input type="date" id="date-resa" name="date">'
            '<label for="creneau">Créneau</label><select id="creneau" name="creneau"><option>Matin</option><option>Après-midi</option><option>Soirée</option></select>'
            '<label for="resa-nom">Nom de l\'association</label><input type="text" id="resa-nom" name="organisme">'
            '<label for="resa-mail">Courriel</label><input type="email" id="resa-mail" name="email"><button type="submit">Vérifier la disponibilité</button></form>')


def registration(action, title, fields):
    inputs = "".join(f'<label for="reg-{n}">{l}</label><input type="{t}" id="reg-{n}" name="{n}">' for n, l, t in fields)
    return f'<form class="inscription" method="post" action="{action}"><h2>{title}</h2>{inputs}<button type="submit">Valider l\'inscription</button></form>'


# ---- contact forms, as each CMS renders them ----------------------------------------------------

def contact_cf7(action, idea=False):
    label = "Votre idée" if idea else "Votre message"
    return (f'<div class="wpcf7 no-js" id="wpcf7-f{len(action) * 13}-p12-o1" lang="fr-FR" dir="ltr">'
            f'<form action="{action}#wpcf7-f{len(action) * 13}-p12-o1" method="post" class="wpcf7-form init" novalidate="novalidate" data-status="init">'
            '<div style="display: none;"><input type="hidden" name="_wpcf7" value="214"><input type="hidden" name="_wpcf7_version" value="5.9.3">'
            '<input type="hidden" name="_wpcf7_locale" value="fr_FR"></div>'
            '<p><label> Votre nom<br><span class="wpcf7-form-control-wrap" data-name="your-name"><input size="40" class="wpcf7-form-control wpcf7-text wpcf7-validates-as-required" aria-required="true" value="" type="text" name="your-name"></span></label></p>'
            '<p><label> Votre e-mail<br><span class="wpcf7-form-control-wrap" data-name="your-email"><input size="40" class="wpcf7-form-control wpcf7-email wpcf7-validates-as-required wpcf7-text wpcf7-validates-as-email" aria-required="true" value="" type="email" name="your-email"></span></label></p>'
            '<p><label> Objet<br><span class="wpcf7-form-control-wrap" data-name="your-subject"><input size="40" class="wpcf7-form-control wpcf7-text" value="" type="text" name="your-subject"></span></label></p>'
            f'<p><label> {label}<br><span class="wpcf7-form-control-wrap" data-name="your-message"><textarea cols="40" rows="10" class="wpcf7-form-control wpcf7-textarea" name="your-message"></textarea></span></label></p>'
            '<p><input class="wpcf7-form-control wpcf7-submit has-spinner" type="submit" value="Envoyer"></p>'
            '<div class="wpcf7-response-output" aria-hidden="true"></div></form></div>')


def webform(action, form_id, fields, submit="Envoyer"):
    """A Drupal Webform: fields are (key, label, kind) with kind text, email, textarea, radios:a|b|c, select:a|b."""
    out = []
    for key, label, kind in fields:
        sel = f"edit-{key.replace('_', '-')}"
        if kind == "textarea":
            out.append(f'<div class="js-form-item form-item js-form-type-textarea form-type-textarea form-item-{sel[5:]}">'
                       f'<label for="{sel}">{label}</label><div class="form-textarea-wrapper"><textarea data-drupal-selector="{sel}" '
                       f'id="{sel}" name="{key}" rows="5" cols="60" class="form-textarea resize-vertical"></textarea></div></div>')
        elif kind.startswith("radios:"):
            opts = "".join(f'<div class="js-form-item form-item js-form-type-radio form-type-radio"><input data-drupal-selector="{sel}-{i}" '
                           f'type="radio" id="{sel}-{i}" name="{key}" value="{escape(o)}" class="form-radio"><label for="{sel}-{i}" class="option">{o}</label></div>'
                           for i, o in enumerate(kind[7:].split("|")))
            out.append(f'<fieldset data-drupal-selector="{sel}" id="{sel}--wrapper" class="radios--wrapper fieldgroup form-composite webform-composite-visible-title js-webform-type-radios webform-type-radios">'
                       f'<legend><span class="fieldset-legend">{label}</span></legend><div class="fieldset-wrapper"><div id="{sel}" class="js-webform-radios webform-options-display-one-column form-radios">{opts}</div></div></fieldset>')
        elif kind.startswith("select:"):
            opts = "".join(f"<option value=\"{escape(o)}\">{o}</option>" for o in kind[7:].split("|"))
            out.append(f'<div class="js-form-item form-item js-form-type-select form-type-select"><label for="{sel}">{label}</label>'
                       f'<select data-drupal-selector="{sel}" id="{sel}" name="{key}" class="form-select">{opts}</select></div>')
        else:
            out.append(f'<div class="js-form-item form-item js-form-type-{kind}field form-type-{kind}field"><label for="{sel}">{label}</label>'
                       f'<input data-drupal-selector="{sel}" type="{kind}" id="{sel}" name="{key}" value="" size="60" maxlength="255" class="form-{kind}"></div>')
    return (f'<form class="webform-submission-form webform-submission-add-form webform-submission-{form_id}-form js-webform-details-toggle webform-details-toggle" '
            f'data-drupal-selector="webform-submission-{form_id}-add-form" action="{action}" method="post" id="webform-submission-{form_id}-add-form" accept-charset="UTF-8">'
            + "".join(out) +
            f'<input autocomplete="off" data-drupal-selector="form-{form_id}" type="hidden" name="form_build_id" value="form-{form_id}-x7Yk2">'
            f'<input data-drupal-selector="edit-webform-submission-{form_id}-add-form" type="hidden" name="form_id" value="webform_submission_{form_id}_add_form">'
            f'<div data-drupal-selector="edit-actions" class="form-actions webform-actions js-form-wrapper form-wrapper" id="edit-actions"><input class="webform-button--submit button button--primary js-form-submit form-submit" data-drupal-selector="edit-actions-submit" type="submit" id="edit-actions-submit" name="op" value="{submit}"></div></form>')


def spip_contact(action, id_auteur=1):
    return (f'<div class="formulaire_spip formulaire_ecrire_auteur ajax" id="formulaire_ecrire_auteur{id_auteur}">'
            f'<form method="post" action="{action}"><div><input name="formulaire_action" type="hidden" value="ecrire_auteur">'
            f'<input name="formulaire_action_args" type="hidden" value="{id_auteur}">'
            '<fieldset><legend>Envoyer un message</legend><div class="editer-groupe">'
            '<div class="editer saisie_email_message_auteur obligatoire"><label for="email_message_auteur">Votre adresse email</label><input type="email" class="text email" name="email_message_auteur" id="email_message_auteur" value="" size="30"></div>'
            '<div class="editer saisie_sujet_message_auteur obligatoire"><label for="sujet_message_auteur">Sujet</label><input type="text" class="text" name="sujet_message_auteur" id="sujet_message_auteur" value="" size="30"></div>'
            '<div class="editer saisie_texte_message_auteur obligatoire"><label for="texte_message_auteur">Texte de votre message</label><textarea name="texte_message_auteur" id="texte_message_auteur" rows="8" cols="40"></textarea></div>'
            '</div></fieldset><p class="boutons"><input type="submit" class="submit" name="valide" value="Envoyer"></p></div></form></div>')


def spip_forum(action, id_article, messages):
    """SPIP's public forum under an article: existing messages and the "Répondre à cet article" form."""
    msgs = "".join(f'<li class="forum-fil"><div class="forum-message"><div class="forum-chapo"><strong class="forum-titre">{t}</strong>'
                   f'<small>{d}, par <span class="auteur">{a}</span></small></div><div class="forum-texte">{x}</div>'
                   f'<p class="repondre"><a href="#formulaire_forum" rel="noindex nofollow">Répondre à ce message</a></p></div></li>'
                   for a, d, t, x in messages)
    return (f'<div class="forum"><h2 class="h2">{len(messages)} Messages</h2><ul class="forum">{msgs}</ul></div>'
            f'<div class="formulaire_spip formulaire_forum ajax" id="formulaire_forum"><h2>Répondre à cet article</h2>'
            f'<form action="{action}" method="post" enctype="multipart/form-data"><div><input name="formulaire_action" type="hidden" value="forum">'
            f'<input name="id_article" type="hidden" value="{id_article}"><fieldset><legend>Votre message</legend>'
            '<div class="editer-groupe"><div class="editer saisie_titre obligatoire"><label for="titre">Titre</label><input type="text" class="text" name="titre" id="titre" value="" size="60"></div>'
            '<div class="editer saisie_texte obligatoire"><label for="texte">Texte de votre message</label><textarea name="texte" id="texte" rows="10" cols="40"></textarea></div></div></fieldset>'
            '<fieldset><legend>Qui êtes-vous ?</legend><div class="editer saisie_session_nom"><label for="session_nom">Votre nom</label><input type="text" class="text" name="session_nom" id="session_nom" size="40"></div>'
            '<div class="editer saisie_session_email"><label for="session_email">Votre adresse email</label><input type="email" class="text" name="session_email" id="session_email" size="40"></div></fieldset>'
            '<p class="boutons"><input type="submit" class="submit" name="previsualiser_message" value="Prévisualiser"></p></div></form></div>')


def joomla_contact(action):
    return (f'<div class="com-contact contact"><div class="com-contact__form contact-form"><form id="contact-form" action="{action}" method="post" class="form-validate form-horizontal well">'
            '<fieldset><legend>Formulaire de contact</legend>'
            '<div class="control-group field-spacer"><div class="control-label"><span class="spacer"><span class="before"></span><span class="text"><label id="jform_spacer-lbl"><strong class="red">*</strong> Champ requis</label></span><span class="after"></span></span></div></div>'
            '<div class="control-group"><div class="control-label"><label id="jform_contact_name-lbl" for="jform_contact_name" class="required">Nom<span class="star">&#160;*</span></label></div><div class="controls"><input type="text" name="jform[contact_name]" id="jform_contact_name" value="" class="form-control required" size="30" required></div></div>'
            '<div class="control-group"><div class="control-label"><label id="jform_contact_email-lbl" for="jform_contact_email" class="required">E-mail<span class="star">&#160;*</span></label></div><div class="controls"><input type="email" name="jform[contact_email]" class="form-control validate-email required" id="jform_contact_email" value="" size="30" required></div></div>'
            '<div class="control-group"><div class="control-label"><label id="jform_contact_emailmsg-lbl" for="jform_contact_emailmsg" class="required">Sujet<span class="star">&#160;*</span></label></div><div class="controls"><input type="text" name="jform[contact_subject]" id="jform_contact_emailmsg" value="" class="form-control required" size="60" required></div></div>'
            '<div class="control-group"><div class="control-label"><label id="jform_contact_message-lbl" for="jform_contact_message" class="required">Message<span class="star">&#160;*</span></label></div><div class="controls"><textarea name="jform[contact_message]" id="jform_contact_message" cols="50" rows="10" class="form-control required" required></textarea></div></div>'
            '</fieldset><div class="control-group"><div class="controls"><button class="btn btn-primary validate" type="submit">Envoyer</button>'
            '<input type="hidden" name="option" value="com_contact"><input type="hidden" name="task" value="contact.submit"><input type="hidden" name="id" value="1:mairie"></div></div></form></div></div>')


def powermail(action, fields, form_uid=3):
    """TYPO3 powermail: fields are (marker, label, kind); kind text, email, textarea, radio:a|b."""
    out = []
    for marker, label, kind in fields:
        fid = f"powermail_field_{marker}"
        if kind == "textarea":
            ctl = f'<textarea rows="5" cols="20" class="powermail_textarea form-control" id="{fid}" name="tx_powermail_pi1[field][{marker}]"></textarea>'
        elif kind.startswith("radio:"):
            ctl = "".join(f'<div class="radio"><label><input type="radio" class="powermail_radio" id="{fid}_{i}" name="tx_powermail_pi1[field][{marker}]" value="{escape(o)}">{o}</label></div>'
                          for i, o in enumerate(kind[6:].split("|")))
        else:
            ctl = f'<input class="powermail_input form-control" id="{fid}" type="{kind}" name="tx_powermail_pi1[field][{marker}]" value="">'
        out.append(f'<div class="powermail_fieldwrap powermail_fieldwrap_type_{kind.split(":")[0]} powermail_fieldwrap_{marker} form-group">'
                   f'<label for="{fid}" class="control-label col-sm-2">{label}</label><div class="col-sm-10">{ctl}</div></div>')
    return (f'<div class="tx-powermail"><div class="container-fluid"><form data-powermail-validate="data-powermail-validate" action="{action}" '
            f'class="powermail_form powermail_form_{form_uid} nolabel" method="post" enctype="multipart/form-data">'
            f'<fieldset class="powermail_fieldset powermail_fieldset_{form_uid}">' + "".join(out) +
            f'<div class="powermail_fieldwrap powermail_fieldwrap_type_submit form-group"><div class="col-sm-10 col-sm-offset-2"><input class="btn btn-primary" type="submit" value="Envoyer"></div></div>'
            f'</fieldset><input class="powermail_form_uid" type="hidden" name="tx_powermail_pi1[mail][form]" value="{form_uid}"></form></div></div>')


def city_form(action, fields, cls="form-citoyen", submit="Envoyer", title=""):
    """The own forms of an agency CMS (accessible markup): (name, label, kind, options)."""
    out = []
    for name, label, kind, *opts in fields:
        fid = f"f-{name}"
        if kind == "textarea":
            out.append(f'<div class="form__group"><label class="form__label" for="{fid}">{label}</label><textarea class="form__textarea" id="{fid}" name="{name}" rows="6"></textarea></div>')
        elif kind == "radio":
            radios = "".join(f'<div class="form__radio"><input type="radio" id="{fid}-{i}" name="{name}" value="{escape(o)}"><label for="{fid}-{i}">{o}</label></div>'
                             for i, o in enumerate(opts[0]))
            out.append(f'<fieldset class="form__fieldset"><legend class="form__legend">{label}</legend>{radios}</fieldset>')
        elif kind == "checkbox":
            out.append(f'<div class="form__check"><input type="checkbox" id="{fid}" name="{name}" value="1"><label for="{fid}">{label}</label></div>')
        elif kind == "select":
            options = "".join(f"<option>{o}</option>" for o in opts[0])
            out.append(f'<div class="form__group"><label class="form__label" for="{fid}">{label}</label><select class="form__select" id="{fid}" name="{name}">{options}</select></div>')
        else:
            out.append(f'<div class="form__group"><label class="form__label" for="{fid}">{label}</label><input class="form__input" type="{kind}" id="{fid}" name="{name}"></div>')
    head = f"<h2>{title}</h2>" if title else ""
    return (f'<form class="{cls}" method="post" action="{action}" novalidate>{head}<p class="form__mandatory">Les champs marqués d\'un astérisque sont obligatoires.</p>'
            + "".join(out) + f'<input type="hidden" name="csrf_token" value="b3f1a9"><button class="btn btn--primary" type="submit">{submit}</button></form>')


# ---- polls and questionnaires ------------------------------------------------------------------

def wp_polls(poll_id, question, answers):
    items = "".join(f'<li><input type="radio" id="poll-answer-{poll_id * 10 + i}" name="poll_{poll_id}" value="{poll_id * 10 + i}">'
                    f'<label for="poll-answer-{poll_id * 10 + i}">{a}</label></li>' for i, a in enumerate(answers))
    return (f'<section id="polls-widget-2" class="widget widget_polls-widget"><h2 class="widget-title">Sondage</h2>'
            f'<div id="polls-{poll_id}" class="wp-polls"><form id="polls_form_{poll_id}" class="wp-polls-form" action="/index.php" method="post">'
            f'<p style="display: none;"><input type="hidden" id="poll_{poll_id}_nonce" name="wp-polls-nonce" value="3f9a1c2b7d"></p>'
            f'<p style="display: none;"><input type="hidden" name="poll_id" value="{poll_id}"></p>'
            f'<p style="text-align: center;"><strong>{question}</strong></p><div id="polls-{poll_id}-ans" class="wp-polls-ans">'
            f'<ul class="wp-polls-ul">{items}</ul><p style="text-align: center;"><input type="button" name="vote" value="   Voter   " class="Buttons" '
            f'onclick="poll_vote({poll_id});"></p><p style="text-align: center;"><a href="#ViewPollResults" onclick="poll_result({poll_id}); return false;" '
            f'title="Voir les résultats de ce sondage">Voir les résultats</a></p></div></form></div></section>')


def wp_polls_results(poll_id, question, rows, total):
    items = "".join(f'<li>{a} <small>({p}%, {n} votes)</small><div class="pollbar" style="width: {p}%;" title="{a} ({p}% | {n} votes)"></div></li>'
                    for a, p, n in rows)
    return (f'<div id="polls-{poll_id}" class="wp-polls"><p style="text-align: center;"><strong>{question}</strong></p>'
            f'<div id="polls-{poll_id}-ans" class="wp-polls-ans"><ul class="wp-polls-ul">{items}</ul>'
            f'<p style="text-align: center;">Nombre total de votants : <strong>{total}</strong></p>'
            '<p style="text-align: center;">Ce sondage est clos.</p></div></div>')


def limesurvey(action, sid, title, questions):
    """A LimeSurvey questionnaire (self-hosted): question groups, radio lists, a free comment."""
    qs = []
    for i, (text, opts) in enumerate(questions, 1):
        if opts is None:
            qs.append(f'<div id="question{sid}{i}" class="question-container row text-long mandatory"><div class="question-title-container">'
                      f'<div class="ls-label-question">{text}</div></div><div class="answer-container"><textarea class="form-control" '
                      f'name="{sid}X1X{i}" id="answer{sid}X1X{i}" rows="5"></textarea></div></div>')
            continue
        radios = "".join(f'<li class="answer-item radio-item"><input class="radio" type="radio" value="A{j}" name="{sid}X1X{i}" id="answer{sid}X1X{i}A{j}">'
                         f'<label for="answer{sid}X1X{i}A{j}" class="control-label radio-label">{o}</label></li>' for j, o in enumerate(opts, 1))
        qs.append(f'<div id="question{sid}{i}" class="question-container row list-radio mandatory"><div class="question-title-container">'
                  f'<div class="ls-label-question">{text}</div></div><div class="answer-container"><ul class="answers-list radio-list list-unstyled">{radios}</ul></div></div>')
    return (f'<div id="outerframeContainer" class="ls-survey"><form id="limesurvey" name="limesurvey" autocomplete="off" class="survey-form-container form" action="{action}" method="post">'
            f'<input type="hidden" name="sid" value="{sid}" id="sid"><input type="hidden" name="lastgroup" value="{sid}X1">'
            f'<div class="group-container" id="group-0"><h2 class="group-title">{title}</h2>' + "".join(qs) +
            '</div><div class="navigator row"><button type="submit" value="movesubmit" name="move" class="ls-move-btn ls-move-submit-btn btn btn-lg btn-primary">Envoyer</button></div></form></div>')


def drupal_poll(action, pid, question, answers):
    radios = "".join(f'<div class="js-form-item form-item js-form-type-radio form-type-radio form-item-choice"><input data-drupal-selector="edit-choice-{i}" '
                     f'type="radio" id="edit-choice-{i}" name="choice" value="{i}" class="form-radio"><label for="edit-choice-{i}" class="option">{a}</label></div>'
                     for i, a in enumerate(answers, 1))
    return (f'<div class="block block-poll"><h2>Sondage</h2><form class="poll-view-form poll-view-form-{pid}" data-drupal-selector="poll-view-form-{pid}" '
            f'action="{action}" method="post" id="poll-view-form-{pid}" accept-charset="UTF-8"><div class="poll"><div class="poll-question">{question}</div>'
            f'<fieldset data-drupal-selector="edit-choice" id="edit-choice--wrapper" class="fieldgroup form-composite"><div class="fieldset-wrapper"><div id="edit-choice" class="form-radios">{radios}</div></div></fieldset>'
            f'<input data-drupal-selector="edit-vote" type="submit" id="edit-vote" name="op" value="Voter" class="button js-form-submit form-submit"></div>'
            f'<input type="hidden" name="form_id" value="poll_view_form_{pid}"></form></div>')


def tally_embed(src, height=620):
    return (f'<iframe data-tally-src="{src}?alignLeft=1&amp;hideTitle=1&amp;transparentBackground=1&amp;dynamicHeight=1" src="{src}" loading="lazy" '
            f'width="100%" height="{height}" frameborder="0" marginheight="0" marginwidth="0" title="Questionnaire"></iframe>'
            '<script>var d=document,w="https://tally.so/widgets/embed.js";if(!d.querySelector(\'script[src="\'+w+\'"]\')){var s=d.createElement("script");s.src=w;d.body.appendChild(s);}</script>')


# ---- comments ------------------------------------------------------------------------------------

def wp_comments(post_id, comments):
    items = "".join(f'<li id="comment-{post_id * 10 + i}" class="comment even thread-even depth-1"><article id="div-comment-{post_id * 10 + i}" class="comment-body">'
                    f'<footer class="comment-meta"><div class="comment-author vcard"><b class="fn">{a}</b> <span class="says">dit :</span></div>'
                    f'<div class="comment-metadata"><a href="#comment-{post_id * 10 + i}"><time>{d}</time></a></div></footer>'
                    f'<div class="comment-content"><p>{t}</p></div><div class="reply"><a rel="nofollow" class="comment-reply-link" href="#respond">Répondre</a></div></article></li>'
                    for i, (a, d, t) in enumerate(comments, 1))
    return (f'<div id="comments" class="comments-area"><h2 class="comments-title">{len(comments)} réflexions au sujet de cet article</h2>'
            f'<ol class="comment-list">{items}</ol><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Laisser un commentaire</h3>'
            '<form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate>'
            '<p class="comment-notes"><span id="email-notes">Votre adresse e-mail ne sera pas publiée.</span></p>'
            '<p class="comment-form-comment"><label for="comment">Commentaire</label><textarea id="comment" name="comment" cols="45" rows="8" maxlength="65525" required></textarea></p>'
            '<p class="comment-form-author"><label for="author">Nom</label><input id="author" name="author" type="text" value="" size="30" maxlength="245" autocomplete="name" required></p>'
            '<p class="comment-form-email"><label for="email">E-mail</label><input id="email" name="email" type="email" value="" size="30" maxlength="100" autocomplete="email" required></p>'
            f'<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Laisser un commentaire"><input type="hidden" name="comment_post_ID" value="{post_id}" id="comment_post_ID">'
            '<input type="hidden" name="comment_parent" id="comment_parent" value="0"></p></form></div></div>')


def wp_comments_closed(count=0):
    return '<div id="comments" class="comments-area"><p class="no-comments">Les commentaires sont fermés.</p></div>'


def drupal_comments(node_id, comments):
    items = "".join(f'<article data-comment-user-id="0" id="comment-{node_id + i}" class="comment js-comment by-anonymous"><mark class="hidden" data-comment-timestamp="1712000000"></mark>'
                    f'<footer class="comment__meta"><p class="comment__submitted">Soumis par <span>{a}</span> le {d}</p></footer>'
                    f'<div class="comment__content"><div class="field field--name-comment-body field--type-text-long"><p>{t}</p></div></div></article>'
                    for i, (a, d, t) in enumerate(comments, 1))
    return (f'<section class="field field--name-comment field--type-comment field--label-above comment-wrapper"><h2 class="title comment-section__title">Commentaires</h2>{items}'
            f'<h2 class="title comment-form__title">Ajouter un commentaire</h2><form class="comment-comment-form comment-form" data-drupal-selector="comment-form" '
            f'action="/comment/reply/node/{node_id}/comment" method="post" id="comment-form" accept-charset="UTF-8">'
            '<div class="js-form-item form-item js-form-type-textfield form-type-textfield form-item-name"><label for="edit-name">Votre nom</label><input data-drupal-selector="edit-name" type="text" id="edit-name" name="name" value="" size="30" maxlength="60" class="form-text"></div>'
            '<div class="field--type-text-long field--name-comment-body field--widget-text-textarea js-form-wrapper form-wrapper"><div class="js-form-item form-item js-form-type-textarea form-type-textarea form-item-comment-body-0-value">'
            '<label for="edit-comment-body-0-value" class="js-form-required form-required">Commentaire</label><div class="form-textarea-wrapper"><textarea data-drupal-selector="edit-comment-body-0-value" id="edit-comment-body-0-value" name="comment_body[0][value]" rows="5" cols="60" class="form-textarea required resize-vertical" required="required"></textarea></div></div></div>'
            '<input type="hidden" name="form_id" value="comment_comment_form"><div class="form-actions js-form-wrapper form-wrapper"><input data-drupal-selector="edit-submit" type="submit" id="edit-submit" name="op" value="Enregistrer" class="button button--primary js-form-submit form-submit"></div></form></section>')


def disqus(shortname, identifier, url):
    return (f'<div id="disqus_thread"></div><script>var disqus_config = function () {{ this.page.url = "{url}"; this.page.identifier = "{identifier}"; }};'
            f'(function() {{ var d = document, s = d.createElement("script"); s.src = "https://{shortname}.disqus.com/embed.js"; s.setAttribute("data-timestamp", +new Date()); '
            '(d.head || d.body).appendChild(s); })();</script><noscript>Activez JavaScript pour voir les <a href="https://disqus.com/?ref_noscript" rel="nofollow">commentaires propulsés par Disqus.</a></noscript>')


# ---- petitions --------------------------------------------------------------------------------------

def petition_sign(action, pid, title, count, goal):
    pct = min(100, count * 100 // goal)
    return (f'<div class="petition" id="petition-{pid}"><h2 class="petition__title">{title}</h2><div class="petition__progress" role="progressbar" '
            f'aria-valuenow="{count}" aria-valuemax="{goal}"><span style="width:{pct}%"></span></div><p class="petition__count"><strong>{count}</strong> signatures sur {goal}</p>'
            f'<form class="petition__form" method="post" action="{action}"><input type="hidden" name="petition_id" value="{pid}">'
            '<label for="sig-prenom">Prénom</label><input type="text" id="sig-prenom" name="prenom" required>'
            '<label for="sig-nom">Nom</label><input type="text" id="sig-nom" name="nom" required>'
            '<label for="sig-mail">Courriel</label><input type="email" id="sig-mail" name="email" required>'
            '<label for="sig-cp">Code postal</label><input type="text" id="sig-cp" name="code_postal" required>'
            '<input type="checkbox" id="sig-habitant" name="habitant" required><label for="sig-habitant">Je certifie résider dans la commune et avoir au moins 16 ans</label>'
            '<button type="submit" class="btn btn--primary">Je signe la pétition</button></form></div>')
