"""Markup helpers of the holdout part "brisants": university towns, their CMS widgets and platforms.

Written after the public markup of WordPress plugins (Contact Form 7, WP-Polls, native comments),
Drupal (Webform, comment module), TYPO3 (powermail), Joomla (com_contact), SPIP (forums, formulaire
ecrire_auteur), Publik (w.c.s.), Decidim, CONSUL Democracy, Cap Collectif, Go Vocal, phpBB and Discourse,
in our own words.
"""
from html import escape


def prose(*paras):
    return "".join(f"<p>{p}</p>" for p in paras)


def h2(text):
    return f"<h2>{text}</h2>"


def bullets(*items):
    return "<ul>" + "".join(f"<li>{i}</li>" for i in items) + "</ul>"


def links(items, cls="liens-utiles"):
    return f'<ul class="{cls}">' + "".join(f'<li><a href="{escape(h)}">{escape(t)}</a></li>' for h, t in items) + "</ul>"


# ---- page furniture --------------------------------------------------------------------------------

def cookies_tarteaucitron():
    return ('<div id="tarteaucitronRoot" data-nosnippet><div id="tarteaucitronAlertBig" role="dialog" aria-label="Gestion des cookies">'
            '<span id="tarteaucitronDisclaimerAlert">Ce site utilise des cookies de mesure d\'audience. Vous pouvez les accepter ou les refuser.</span>'
            '<button type="button" id="tarteaucitronPersonalize2" class="tarteaucitronAllow">Tout accepter</button>'
            '<button type="button" id="tarteaucitronAllDenied2" class="tarteaucitronDeny">Tout refuser</button></div></div>')


def cookies_complianz():
    return ('<div class="cmplz-cookiebanner cmplz-hidden banner-1 optin cmplz-bottom-right" aria-modal="true" role="dialog">'
            '<div class="cmplz-header"><div class="cmplz-title">Gérer le consentement</div></div>'
            '<div class="cmplz-body"><div class="cmplz-message"><p>Nous utilisons des cookies pour mesurer la fréquentation du site.</p></div></div>'
            '<div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">Accepter</button>'
            '<button class="cmplz-btn cmplz-deny">Refuser</button></div></div>')


def cookies_axeptio():
    return ('<script>window.axeptioSettings={clientId:"6f1e2d3c4b5a",cookiesVersion:"ville-fr"};</script>'
            '<div id="axeptio_overlay" class="axeptio_mount"></div>')


def news(items, title="Actualités"):
    """Teasers: (href, title, date, summary)."""
    cards = "".join(
        f'<article class="news-card"><p class="news-card__date"><time>{d}</time></p>'
        f'<h3 class="news-card__title"><a href="{escape(h)}">{t}</a></h3><p>{s}</p></article>'
        for h, t, d, s in items)
    return f'<section class="news"><h2>{title}</h2><div class="news__list">{cards}</div></section>'


def agenda(items):
    """Events: (date, title, place)."""
    rows = "".join(f'<li class="agenda__item"><span class="agenda__date">{d}</span> <strong>{t}</strong> — {p}</li>'
                   for d, t, p in items)
    return f'<section class="agenda"><h2>Agenda</h2><ul class="agenda__list">{rows}</ul></section>'


def tiles(items, title="Accès rapides"):
    cells = "".join(f'<li class="quick__item"><a class="quick__link" href="{escape(h)}">{t}</a></li>' for h, t in items)
    return f'<nav class="quick" aria-label="{title}"><h2>{title}</h2><ul class="quick__list">{cells}</ul></nav>'


def with_sidebar(main, side, side_cls="widget-area"):
    return f'<div class="layout-2col"><div class="layout-2col__main">{main}</div><aside class="{side_cls}" role="complementary">{side}</aside></div>'


def share(url, title=""):
    from urllib.parse import quote
    u = quote(url, safe="")
    return ('<div class="partage" aria-label="Partager cette page"><span>Partager :</span>'
            f'<a class="partage__fb" href="https://www.facebook.com/sharer/sharer.php?u={u}" target="_blank" rel="noopener">Facebook</a>'
            f'<a class="partage__x" href="https://twitter.com/intent/tweet?url={u}&amp;text={quote(title)}" target="_blank" rel="noopener">X</a>'
            f'<a class="partage__li" href="https://www.linkedin.com/shareArticle?mini=true&amp;url={u}" target="_blank" rel="noopener">LinkedIn</a>'
            f'<a class="partage__mail" href="mailto:?subject={quote(title)}&amp;body={u}">E-mail</a></div>')


# ---- forms: contact and the forms that are not --------------------------------------------------------

def cf7_contact(action, extra_select=None):
    opts = ""
    if extra_select:
        opts = ('<p><label>Service concerné<br><span class="wpcf7-form-control-wrap" data-name="service">'
                '<select name="service" class="wpcf7-form-control wpcf7-select">'
                + "".join(f"<option>{o}</option>" for o in extra_select) + "</select></span></label></p>")
    return (f'<div class="wpcf7 no-js" id="wpcf7-f214-p88-o1" lang="fr-FR" dir="ltr">'
            f'<form action="{action}#wpcf7-f214-p88-o1" method="post" class="wpcf7-form init" aria-label="Formulaire de contact" novalidate="novalidate" data-status="init">'
            '<div style="display: none;"><input type="hidden" name="_wpcf7" value="214" /><input type="hidden" name="_wpcf7_version" value="5.9.3" />'
            '<input type="hidden" name="_wpcf7_locale" value="fr_FR" /><input type="hidden" name="_wpcf7_unit_tag" value="wpcf7-f214-p88-o1" /></div>'
            '<p><label>Votre nom (obligatoire)<br><span class="wpcf7-form-control-wrap" data-name="your-name"><input size="40" class="wpcf7-form-control wpcf7-text wpcf7-validates-as-required" aria-required="true" value="" type="text" name="your-name" /></span></label></p>'
            '<p><label>Votre e-mail (obligatoire)<br><span class="wpcf7-form-control-wrap" data-name="your-email"><input size="40" class="wpcf7-form-control wpcf7-email wpcf7-validates-as-required wpcf7-text wpcf7-validates-as-email" value="" type="email" name="your-email" /></span></label></p>'
            + opts +
            '<p><label>Objet<br><span class="wpcf7-form-control-wrap" data-name="your-subject"><input size="40" class="wpcf7-form-control wpcf7-text" value="" type="text" name="your-subject" /></span></label></p>'
            '<p><label>Votre message<br><span class="wpcf7-form-control-wrap" data-name="your-message"><textarea cols="40" rows="10" class="wpcf7-form-control wpcf7-textarea" name="your-message"></textarea></span></label></p>'
            '<p><span class="wpcf7-form-control-wrap" data-name="rgpd"><span class="wpcf7-form-control wpcf7-acceptance"><label><input type="checkbox" name="rgpd" value="1" /> J\'accepte que mes données soient utilisées pour traiter ma demande.</label></span></span></p>'
            '<p><input class="wpcf7-form-control wpcf7-submit has-spinner" type="submit" value="Envoyer" /></p>'
            '<div class="wpcf7-response-output" aria-hidden="true"></div></form></div>')


def webform_contact(action, form_id="contact_mairie"):
    return (f'<form class="webform-submission-form webform-submission-add-form webform-submission-{form_id}-form js-webform-details-toggle webform-details-toggle" '
            f'data-drupal-selector="webform-submission-{form_id}-add-form" action="{action}" method="post" id="webform-submission-{form_id}-add-form" accept-charset="UTF-8">'
            '<div class="js-form-item form-item js-form-type-select form-type-select form-item-civilite"><label for="edit-civilite">Civilité</label>'
            '<select data-drupal-selector="edit-civilite" id="edit-civilite" name="civilite" class="form-select"><option value="">- Sélectionner -</option><option value="mme">Madame</option><option value="m">Monsieur</option></select></div>'
            '<div class="js-form-item form-item js-form-type-textfield form-item-nom"><label for="edit-nom" class="js-form-required form-required">Nom</label>'
            '<input data-drupal-selector="edit-nom" type="text" id="edit-nom" name="nom" value="" size="60" maxlength="255" class="form-text required" required="required" aria-required="true" /></div>'
            '<div class="js-form-item form-item js-form-type-email form-item-courriel"><label for="edit-courriel" class="js-form-required form-required">Courriel</label>'
            '<input data-drupal-selector="edit-courriel" type="email" id="edit-courriel" name="courriel" value="" size="60" maxlength="254" class="form-email required" required="required" aria-required="true" /></div>'
            '<div class="js-form-item form-item js-form-type-textarea form-item-message"><label for="edit-message" class="js-form-required form-required">Votre demande</label>'
            '<div class="form-textarea-wrapper"><textarea data-drupal-selector="edit-message" id="edit-message" name="message" rows="5" cols="60" class="form-textarea required resize-vertical" required="required" aria-required="true"></textarea></div></div>'
            '<div data-drupal-selector="edit-actions" class="form-actions webform-actions js-form-wrapper form-wrapper" id="edit-actions">'
            '<input class="webform-button--submit button button--primary js-form-submit form-submit" data-drupal-selector="edit-actions-submit" type="submit" id="edit-actions-submit" name="op" value="Envoyer" /></div>'
            f'<input data-drupal-selector="form-token" type="hidden" name="form_build_id" value="form-4kq2Tz9w" /><input type="hidden" name="form_id" value="webform_submission_{form_id}_add_form" /></form>')


def powermail_contact(action):
    return (f'<div class="tx-powermail"><div class="container-fluid"><form data-powermail-validate="data-powermail-validate" data-validate="html5" '
            f'enctype="multipart/form-data" name="field" class="powermail_form powermail_form_3 nolabel" action="{action}?tx_powermail_pi1%5Baction%5D=create&amp;tx_powermail_pi1%5Bcontroller%5D=Form" method="post">'
            '<h3>Écrire à la mairie</h3><fieldset class="powermail_fieldset powermail_fieldset_3"><legend class="powermail_legend">Vos coordonnées</legend>'
            '<div class="powermail_fieldwrap powermail_fieldwrap_type_input powermail_fieldwrap_nom form-group"><label for="powermail_field_nom" class="control-label">Nom<span class="mandatory">*</span></label>'
            '<input required="required" class="powermail_input form-control" id="powermail_field_nom" type="text" name="tx_powermail_pi1[field][nom]" value="" /></div>'
            '<div class="powermail_fieldwrap powermail_fieldwrap_type_input powermail_fieldwrap_email form-group"><label for="powermail_field_email" class="control-label">E-mail<span class="mandatory">*</span></label>'
            '<input required="required" class="powermail_input form-control" id="powermail_field_email" type="email" name="tx_powermail_pi1[field][email]" value="" /></div>'
            '<div class="powermail_fieldwrap powermail_fieldwrap_type_textarea powermail_fieldwrap_message form-group"><label for="powermail_field_message" class="control-label">Message<span class="mandatory">*</span></label>'
            '<textarea required="required" rows="5" cols="20" class="powermail_textarea form-control" name="tx_powermail_pi1[field][message]" id="powermail_field_message"></textarea></div>'
            '<div class="powermail_fieldwrap powermail_fieldwrap_type_submit form-group"><input class="btn btn-primary powermail_submit" type="submit" value="Envoyer" /></div>'
            '</fieldset><input type="hidden" name="tx_powermail_pi1[mail][form]" value="3" /></form></div></div>')


def joomla_contact(action):
    return (f'<div class="com-contact__form contact-form"><form id="contact-form" action="{action}" method="post" class="form-validate form-horizontal well">'
            '<fieldset><legend>Envoyer un e-mail</legend>'
            '<div class="control-group field-spacer"><div class="controls"><span class="spacer"><strong class="red">*</strong> Champ requis</span></div></div>'
            '<div class="control-group"><div class="control-label"><label id="jform_contact_name-lbl" for="jform_contact_name" class="required">Nom<span class="star">&#160;*</span></label></div>'
            '<div class="controls"><input type="text" name="jform[contact_name]" id="jform_contact_name" value="" class="form-control required" size="30" required></div></div>'
            '<div class="control-group"><div class="control-label"><label for="jform_contact_email" class="required">E-mail<span class="star">&#160;*</span></label></div>'
            '<div class="controls"><input type="email" inputmode="email" name="jform[contact_email]" class="form-control validate-email required" id="jform_contact_email" value="" size="30" required></div></div>'
            '<div class="control-group"><div class="control-label"><label for="jform_contact_emailmsg" class="required">Sujet<span class="star">&#160;*</span></label></div>'
            '<div class="controls"><input type="text" name="jform[contact_subject]" id="jform_contact_emailmsg" value="" class="form-control required" size="60" required></div></div>'
            '<div class="control-group"><div class="control-label"><label for="jform_contact_message" class="required">Message<span class="star">&#160;*</span></label></div>'
            '<div class="controls"><textarea name="jform[contact_message]" id="jform_contact_message" cols="50" rows="10" class="form-control required" required></textarea></div></div>'
            '</fieldset><div class="control-group"><div class="controls"><button class="btn btn-primary validate" type="submit">Envoyer</button>'
            '<input type="hidden" name="option" value="com_contact"><input type="hidden" name="task" value="contact.submit"><input type="hidden" name="id" value="1:mairie"></div></div></form></div>')


def spip_ecrire_auteur(action):
    return (f'<div class="formulaire_spip formulaire_ecrire_auteur ajax" id="formulaire_ecrire_auteur_art12">'
            f'<form method="post" action="{action}"><div><input name="formulaire_action" type="hidden" value="ecrire_auteur" />'
            '<input name="formulaire_action_args" type="hidden" value="cm8xMmFydGljbGU" /></div>'
            '<fieldset><legend>Envoyer un message</legend><div class="editer-groupe">'
            '<div class="editer saisie_email_message_auteur obligatoire"><label for="email_message_auteur_art12">Votre adresse email</label>'
            '<input required="required" type="email" class="text email" name="email_message_auteur" id="email_message_auteur_art12" value="" size="22" /></div>'
            '<div class="editer saisie_sujet_message_auteur obligatoire"><label for="sujet_message_auteur_art12">Sujet</label>'
            '<input required="required" type="text" class="text" name="sujet_message_auteur" id="sujet_message_auteur_art12" value="" size="22" /></div>'
            '<div class="editer saisie_texte_message_auteur obligatoire"><label for="texte_message_auteur_art12">Texte de votre message</label>'
            '<textarea required="required" name="texte_message_auteur" id="texte_message_auteur_art12" rows="10" cols="60"></textarea></div>'
            '</div></fieldset><p class="boutons"><input type="submit" class="submit" name="valide" value="Envoyer" /></p></form></div>')


def vendor_contact(action, topics=("Voirie", "Propreté", "État civil", "Autre")):
    opts = "".join(f'<option value="{escape(t)}">{escape(t)}</option>' for t in topics)
    return (f'<form class="form form--contact" action="{action}" method="post" novalidate>'
            '<p class="form__mentions">Les champs marqués d\'un astérisque (*) sont obligatoires.</p>'
            '<div class="form__group"><label for="ct-nom" class="form__label">Nom et prénom *</label><input class="form__input" id="ct-nom" name="nom" type="text" autocomplete="name" required></div>'
            '<div class="form__group"><label for="ct-mel" class="form__label">Adresse électronique *</label><input class="form__input" id="ct-mel" name="email" type="email" autocomplete="email" required></div>'
            f'<div class="form__group"><label for="ct-objet" class="form__label">Objet de votre demande *</label><select class="form__select" id="ct-objet" name="objet">{opts}</select></div>'
            '<div class="form__group"><label for="ct-msg" class="form__label">Votre message *</label><textarea class="form__textarea" id="ct-msg" name="message" rows="8" required></textarea></div>'
            '<div class="form__group form__group--rgpd"><input type="checkbox" id="ct-rgpd" name="rgpd" required><label for="ct-rgpd">J\'ai pris connaissance de la politique de protection des données.</label></div>'
            '<button class="btn btn--primary" type="submit">Envoyer ma demande</button></form>')


def wcs_form(action, form_slug, fields, submit="Valider"):
    """A Publik w.c.s. form: fields are (kind, name, label) with kind in text/email/textarea/select:opt1|opt2/checkbox."""
    out = []
    for i, (kind, name, label) in enumerate(fields, 1):
        wid = f"f{i}"
        if kind == "textarea":
            ctl = f'<textarea name="{wid}" id="form_{wid}" rows="8" cols="70"></textarea>'
            cls = "TextWidget"
        elif kind.startswith("select:"):
            ctl = f'<select name="{wid}" id="form_{wid}">' + "".join(f"<option>{o}</option>" for o in kind[7:].split("|")) + "</select>"
            cls = "SingleSelectWidget"
        elif kind == "checkbox":
            ctl = f'<input type="checkbox" name="{wid}" id="form_{wid}" value="yes">'
            cls = "CheckboxWidget"
        else:
            ctl = f'<input type="{kind}" name="{wid}" id="form_{wid}" value="" size="40">'
            cls = "EmailWidget" if kind == "email" else "StringWidget"
        out.append(f'<div class="widget {cls} template-{name}" data-field-id="{i}"><div class="title"><label for="form_{wid}">{label}</label></div>'
                   f'<div class="content">{ctl}</div></div>')
    return (f'<div id="wcs-form-{form_slug}" class="wcs-form"><form action="{action}" method="post" enctype="multipart/form-data" class="quixote" data-live-url="{action}live">'
            f'<input type="hidden" name="magictoken" value="8f0b2d6a1c"><div class="page">{"".join(out)}</div>'
            f'<div class="buttons submit"><button class="submit-button" name="submit">{submit}</button>'
            '<button class="cancel" name="cancel" formnovalidate>Abandonner</button></div></form></div>')


def newsletter(action, cls="newsletter"):
    return (f'<div class="{cls}"><h2>Lettre d\'information</h2><p>Recevez chaque mois l\'actualité de la ville.</p>'
            f'<form action="{action}" method="post" class="{cls}__form"><label for="nl-mail" class="sr-only">Votre e-mail</label>'
            '<input id="nl-mail" type="email" name="email" placeholder="Votre adresse e-mail" required>'
            '<input type="checkbox" id="nl-ok" name="consent" required><label for="nl-ok">J\'accepte de recevoir la lettre</label>'
            '<button type="submit">S\'abonner</button></form></div>')


def booking_form(action, what, slots):
    opts = "".join(f"<option>{s}</option>" for s in slots)
    return (f'<form class="reservation" action="{action}" method="post"><fieldset><legend>Réserver : {what}</legend>'
            '<label for="rs-carte">N° de carte de lecteur ou d\'étudiant</label><input id="rs-carte" name="carte" type="text" required>'
            '<label for="rs-date">Date</label><input id="rs-date" name="date" type="date" required>'
            f'<label for="rs-creneau">Créneau</label><select id="rs-creneau" name="creneau">{opts}</select>'
            '<label for="rs-nb">Nombre de personnes</label><input id="rs-nb" name="personnes" type="number" min="1" max="8">'
            '</fieldset><button type="submit">Confirmer la réservation</button></form>')


def registration_form(action, what, extra=()):
    more = "".join(f'<label for="rg-{i}">{lab}</label><input id="rg-{i}" name="champ{i}" type="text">' for i, lab in enumerate(extra))
    return (f'<form class="inscription" action="{action}" method="post"><fieldset><legend>Inscription : {what}</legend>'
            '<label for="rg-nom">Nom</label><input id="rg-nom" name="nom" type="text" required>'
            '<label for="rg-prenom">Prénom</label><input id="rg-prenom" name="prenom" type="text" required>'
            '<label for="rg-naiss">Date de naissance</label><input id="rg-naiss" name="naissance" type="date">'
            '<label for="rg-mail">E-mail</label><input id="rg-mail" name="email" type="email" required>'
            f'{more}</fieldset><button type="submit">S\'inscrire</button></form>')


def payment_form(action, what):
    return (f'<form class="paiement" action="{action}" method="post"><h3>Paiement en ligne : {what}</h3>'
            '<label for="pay-ref">Référence de la facture</label><input id="pay-ref" name="reference" type="text" required>'
            '<label for="pay-mt">Montant (€)</label><input id="pay-mt" name="montant" type="text" inputmode="decimal" required>'
            '<label for="pay-mail">E-mail pour le reçu</label><input id="pay-mail" name="email" type="email">'
            '<button type="submit">Payer avec PayFiP</button></form>')


def login_form(action):
    return (f'<form class="connexion" action="{action}" method="post"><label for="lg-id">Identifiant ENT</label><input id="lg-id" name="username" type="text">'
            '<label for="lg-pw">Mot de passe</label><input id="lg-pw" name="password" type="password"><button type="submit">Connexion</button></form>')


# ---- ideas, polls, petitions ------------------------------------------------------------------------------

def idea_form(action, theme_options, title="Déposer une idée", intro=""):
    opts = "".join(f"<option>{o}</option>" for o in theme_options)
    return (f'<section class="boite-idees"><h2>{title}</h2>{prose(intro) if intro else ""}'
            f'<form class="form form--idee" action="{action}" method="post">'
            '<label for="id-titre">Titre de votre idée</label><input id="id-titre" name="titre" type="text" maxlength="120" required>'
            f'<label for="id-theme">Thème</label><select id="id-theme" name="theme">{opts}</select>'
            '<label for="id-texte">Décrivez votre idée</label><textarea id="id-texte" name="description" rows="6" required></textarea>'
            '<label for="id-nom">Nom ou pseudonyme</label><input id="id-nom" name="auteur" type="text">'
            '<label for="id-mail">E-mail</label><input id="id-mail" name="email" type="email" required>'
            '<button type="submit">Envoyer mon idée</button></form></section>')


def wp_polls(pid, question, answers):
    items = "".join(f'<li><input type="radio" id="poll-answer-{pid * 10 + i}" name="poll_{pid}" value="{pid * 10 + i}" /> '
                    f'<label for="poll-answer-{pid * 10 + i}">{a}</label></li>' for i, a in enumerate(answers, 1))
    return (f'<section id="polls-widget-2" class="widget widget_polls-widget"><h2 class="widget-title">Sondage</h2>'
            f'<div id="polls-{pid}" class="wp-polls"><form id="polls_form_{pid}" class="wp-polls-form" action="/index.php" method="post">'
            f'<p style="display: none;"><input type="hidden" id="poll_{pid}_nonce" name="wp-polls-nonce" value="3f9a1c2b7d" /></p>'
            f'<p style="display: none;"><input type="hidden" name="poll_id" value="{pid}" /></p>'
            f'<p style="text-align: center;"><strong>{question}</strong></p><div id="polls-{pid}-ans" class="wp-polls-ans"><ul class="wp-polls-ul">{items}</ul>'
            f'<p style="text-align: center;"><input type="button" name="vote" value="   Voter   " class="Buttons" onclick="poll_vote({pid});" /></p>'
            f'<p style="text-align: center;"><a href="#ViewPollResults" onclick="poll_result({pid}); return false;" title="Voir les résultats de ce sondage">Voir les résultats</a></p></div></form></div>'
            f'<div id="polls-{pid}-loading" class="wp-polls-loading"><img src="/wp-content/plugins/wp-polls/images/loading.gif" width="16" height="16" alt="Chargement..." class="wp-polls-image" />&nbsp;Chargement...</div></section>')


def wp_polls_closed(pid, question, rows, total):
    lis = "".join(f'<li>{a} <small>({pc}%, {n} votes)</small><div class="pollbar" style="width: {pc}%;" title="{a} ({pc}% | {n} votes)"></div></li>'
                  for a, pc, n in rows)
    return (f'<div id="polls-{pid}" class="wp-polls"><p style="text-align: center;"><strong>{question}</strong></p>'
            f'<div id="polls-{pid}-ans" class="wp-polls-ans"><ul class="wp-polls-ul">{lis}</ul>'
            f'<p style="text-align: center;">Nombre total de votants : <strong>{total}</strong></p>'
            '<p style="text-align: center;">Ce sondage est clos.</p></div></div>')


def framaforms_embed(src, title):
    return (f'<div class="embed embed--questionnaire"><iframe src="{src}" title="{title}" width="100%" height="900" '
            'loading="lazy" style="border:0"></iframe><p class="embed__fallback">Si le questionnaire ne s\'affiche pas, '
            f'<a href="{src}" target="_blank" rel="noopener">ouvrez-le dans un nouvel onglet</a>.</p></div>')


def questionnaire(action, questions, submit="Envoyer mes réponses", cls="questionnaire"):
    """Radio questions: (question, [answers]); a final free comment field is optional (None)."""
    blocks = []
    for qi, (q, answers) in enumerate(questions, 1):
        if answers is None:
            blocks.append(f'<fieldset class="{cls}__q"><legend>{q}</legend><input type="text" name="q{qi}" size="50"></fieldset>')
            continue
        opts = "".join(f'<label><input type="radio" name="q{qi}" value="{ai}"> {a}</label>' for ai, a in enumerate(answers, 1))
        blocks.append(f'<fieldset class="{cls}__q"><legend>{q}</legend>{opts}</fieldset>')
    return f'<form class="{cls}" action="{action}" method="post">{"".join(blocks)}<button type="submit">{submit}</button></form>'


def petition_sign(action, title, count, goal):
    return (f'<div class="petition"><h3 class="petition__title">{title}</h3>'
            f'<p class="petition__compteur"><strong>{count}</strong> signatures sur {goal} nécessaires</p>'
            f'<div class="petition__barre" role="progressbar" aria-valuenow="{count}" aria-valuemax="{goal}"></div>'
            f'<form class="petition__form" action="{action}" method="post">'
            '<label for="pt-nom">Nom</label><input id="pt-nom" name="nom" type="text" required>'
            '<label for="pt-prenom">Prénom</label><input id="pt-prenom" name="prenom" type="text" required>'
            '<label for="pt-mail">E-mail</label><input id="pt-mail" name="email" type="email" required>'
            '<label for="pt-cp">Code postal</label><input id="pt-cp" name="code_postal" type="text" maxlength="5">'
            '<label><input type="checkbox" name="resident" value="1" required> Je réside, étudie ou travaille dans la commune</label>'
            '<button type="submit">Je signe la pétition</button></form></div>')


# ---- comments under content -------------------------------------------------------------------------------

def wp_comments(comments, action="/wp-comments-post.php", post_id=120):
    lis = "".join(f'<li id="comment-{post_id * 10 + i}" class="comment even thread-even depth-1"><article class="comment-body">'
                  f'<footer class="comment-meta"><div class="comment-author vcard"><b class="fn">{a}</b> <span class="says">dit :</span></div>'
                  f'<div class="comment-metadata"><time>{d}</time></div></footer><div class="comment-content"><p>{t}</p></div>'
                  f'<div class="reply"><a rel="nofollow" class="comment-reply-link" href="#comment-{post_id * 10 + i}">Répondre</a></div></article></li>'
                  for i, (a, d, t) in enumerate(comments, 1))
    return (f'<div id="comments" class="comments-area"><h2 class="comments-title">{len(comments)} réponses</h2><ol class="comment-list">{lis}</ol>'
            '<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Laisser un commentaire</h3>'
            f'<form action="{action}" method="post" id="commentform" class="comment-form" novalidate>'
            '<p class="comment-notes">Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *</p>'
            '<p class="comment-form-comment"><label for="comment">Commentaire *</label><textarea id="comment" name="comment" cols="45" rows="8" maxlength="65525" required></textarea></p>'
            '<p class="comment-form-author"><label for="author">Nom *</label><input id="author" name="author" type="text" value="" size="30" maxlength="245" autocomplete="name" required /></p>'
            '<p class="comment-form-email"><label for="email">E-mail *</label><input id="email" name="email" type="email" value="" size="30" maxlength="100" autocomplete="email" required /></p>'
            f'<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Laisser un commentaire" /><input type="hidden" name="comment_post_ID" value="{post_id}" id="comment_post_ID" />'
            '<input type="hidden" name="comment_parent" id="comment_parent" value="0" /></p></form></div></div>')


def wp_comments_closed():
    return '<div id="comments" class="comments-area"><p class="no-comments">Les commentaires sont fermés.</p></div>'


def drupal_comments(comments, node):
    arts = "".join(f'<article data-comment-user-id="0" id="comment-{node * 10 + i}" class="comment js-comment by-anonymous">'
                   f'<footer class="comment__meta"><p class="comment__author"><span>{a}</span></p><p class="comment__time">{d}</p></footer>'
                   f'<div class="comment__content"><div class="field field--name-comment-body field--type-text-long"><p>{t}</p></div></div></article>'
                   for i, (a, d, t) in enumerate(comments, 1))
    return (f'<section class="field field--name-comment field--type-comment field--label-above comment-wrapper"><h2 class="title comment-wrapper__title">Commentaires</h2>{arts}'
            '<h2 class="title comment-form__title">Ajouter un commentaire</h2>'
            f'<form class="comment-comment-form comment-form" data-drupal-selector="comment-form" action="/comment/reply/node/{node}/comment" method="post" id="comment-form" accept-charset="UTF-8">'
            '<div class="js-form-item form-item js-form-type-textfield form-item-name"><label for="edit-name">Votre nom</label><input data-drupal-selector="edit-name" type="text" id="edit-name" name="name" value="" size="30" maxlength="60" class="form-text" /></div>'
            '<div class="field--type-text-long field--name-comment-body field--widget-text-textarea js-form-wrapper form-wrapper"><div class="js-form-item form-item js-form-type-textarea form-item-comment-body-0-value">'
            '<label for="edit-comment-body-0-value" class="js-form-required form-required">Commentaire</label><div class="form-textarea-wrapper"><textarea data-drupal-selector="edit-comment-body-0-value" id="edit-comment-body-0-value" name="comment_body[0][value]" rows="5" cols="60" class="form-textarea required" required="required"></textarea></div></div></div>'
            '<input type="hidden" name="form_id" value="comment_comment_form" /><div data-drupal-selector="edit-actions" class="form-actions js-form-wrapper form-wrapper" id="edit-actions">'
            '<input data-drupal-selector="edit-submit" type="submit" id="edit-submit" name="op" value="Enregistrer" class="button button--primary js-form-submit form-submit" /></div></form></section>')


def spip_forum(messages, article):
    lis = "".join(f'<li class="forum-fil"><div class="forum-message" id="forum{article * 10 + i}"><div class="forum-chapo">'
                  f'<strong class="forum-titre">{t}</strong> <small>{d}, par {a}</small></div><div class="forum-texte"><p>{txt}</p></div>'
                  '<p class="repondre"><a href="#formulaire_forum" rel="noindex nofollow">Répondre à ce message</a></p></div></li>'
                  for i, (a, d, t, txt) in enumerate(messages, 1))
    return (f'<div class="forum-total"><a href="#forum" name="forum" id="forum">{len(messages)} Messages</a></div><ul class="forum">{lis}</ul>'
            f'<div class="formulaire_spip formulaire_forum ajax" id="formulaire_forum"><form action="spip.php?page=article&amp;id_article={article}#formulaire_forum" method="post">'
            '<div><input name="formulaire_action" type="hidden" value="forum" /><input name="formulaire_action_args" type="hidden" value="YXJ0aWNsZQ" /></div>'
            '<fieldset><legend>Votre message</legend><div class="editer saisie_titre obligatoire"><label for="titre">Titre</label><input type="text" class="text" name="titre" id="titre" value="" size="60" /></div>'
            '<div class="editer saisie_texte obligatoire"><label for="texte">Texte de votre message</label><textarea name="texte" id="texte" rows="10" cols="60"></textarea></div></fieldset>'
            '<fieldset><legend>Qui êtes-vous ?</legend><div class="editer saisie_session_nom"><label for="session_nom">Votre nom</label><input type="text" class="text" name="session_nom" id="session_nom" value="" size="40" /></div>'
            '<div class="editer saisie_session_email"><label for="session_email">Votre adresse email</label><input type="email" class="text email" name="session_email" id="session_email" value="" size="40" /></div></fieldset>'
            '<p class="boutons"><input type="submit" class="submit" name="previsualiser_message" value="Prévisualiser" /></p></form></div>')


def disqus(shortname, ident):
    return ('<div id="disqus_thread"></div><script>var disqus_config = function () { this.page.identifier = "'
            + ident + '"; };(function() { var d = document, s = d.createElement("script"); s.src = "https://'
            + shortname + '.disqus.com/embed.js"; s.setAttribute("data-timestamp", +new Date()); (d.head || d.body).appendChild(s); })();</script>'
            '<noscript>Activez JavaScript pour voir les <a href="https://disqus.com/?ref_noscript" rel="nofollow">commentaires propulsés par Disqus.</a></noscript>')


# ---- platforms -----------------------------------------------------------------------------------------------

def decidim_process_card(href, title, step, text):
    return (f'<a href="{href}" class="card__list"><div class="card__list-content"><div class="card__list-title">{title}</div>'
            f'<div class="card__list-metadata"><span class="label">Phase en cours : {step}</span></div><p>{text}</p></div></a>')


def decidim_steps(steps, active):
    lis = "".join(f'<li class="process__phase{" is-active" if i == active else ""}"><span class="process__phase-title">{s}</span></li>'
                  for i, s in enumerate(steps))
    return f'<section class="layout-main__section"><h2 class="h4">Phases du processus</h2><ol class="process__phases">{lis}</ol></section>'


def decidim_proposals(base, items):
    cards = "".join(f'<a href="{base}/{pid}" class="card__list" id="proposals__proposal_{pid}"><div class="card__list-content">'
                    f'<h3 class="card__list-title">{t}</h3><div class="card__list-metadata"><span>{a}</span>'
                    f'<span><span class="sr-only">Commentaires</span>{c}</span><span class="label {st}">{ {"accepted": "Acceptée", "evaluating": "En évaluation", "": "Publiée"}[st] }</span></div></div></a>'
                    for pid, t, a, c, st in items)
    return (f'<div class="layout-main__section"><div class="proposal-list__header"><h2 class="h4">{len(items)} propositions</h2>'
            '<a href="/users/sign_in" class="button button__sm button__secondary">Nouvelle proposition</a></div>'
            f'<div id="proposals" class="card__list-list">{cards}</div></div>')


def decidim_comments(comments, model="Decidim::Proposals::Proposal", mid=1):
    arts = "".join(f'<div id="comment_{mid * 10 + i}" class="comment" data-comment-id="{mid * 10 + i}"><div class="comment__header">'
                   f'<span class="author__name">{a}</span> <span class="comment__date">{d}</span></div>'
                   f'<div class="comment__content"><div class="editor-content"><p>{t}</p></div></div>'
                   f'<div class="comment__footer"><button class="comment__reply" data-controls="panel-reply_{mid * 10 + i}">Répondre</button></div></div>'
                   for i, (a, d, t) in enumerate(comments, 1))
    return (f'<div class="comments" id="comments-for-Proposal-{mid}" data-decidim-comments=\'{{"commentableGid":"{model}/{mid}","rootDepth":0,"order":"older"}}\'>'
            f'<h2 class="h4 comments__title"><span class="comments-count">{len(comments)} commentaires</span></h2><div class="comment-threads">{arts}</div>'
            f'<div class="add-comment" id="add-comment-anchor"><form class="new_comment" id="new_comment_for_Proposal_{mid}" action="/comments" accept-charset="UTF-8" data-remote="true" method="post">'
            f'<input type="hidden" name="comment[commentable_gid]" value="Z2lkOi8vZGVjaWRpbS8{mid}" />'
            f'<label for="add-comment-Proposal-{mid}">Ajouter un commentaire</label>'
            f'<textarea id="add-comment-Proposal-{mid}" name="comment[body]" maxlength="1000" rows="4" placeholder="Ajouter un commentaire"></textarea>'
            '<button type="submit" class="button button__sm button__secondary" disabled="disabled">Publier un commentaire</button></form>'
            '<p class="comments__login">Vous devez <a href="/users/sign_in">vous connecter</a> pour commenter.</p></div></div>')


def decidim_budget_projects(base, projects, amount):
    items = "".join(f'<li class="budget__list--item" id="project-{pid}-item"><div class="card__list-content"><a href="{base}/{pid}" class="card__list-title">{t}</a>'
                    f'<div class="budget-list__data"><strong class="budget-list__number">{cost} €</strong></div></div>'
                    f'<div class="budget__list--action"><form class="button_to" method="post" action="{base}/../order/line_item?project_id={pid}">'
                    '<button class="button button__sm button__transparent-secondary" type="submit">Ajouter au vote</button></form></div></li>'
                    for pid, t, cost in projects)
    return (f'<div class="budget-summary" data-total-budget="{amount}"><h2 class="h3">Vous choisissez les projets à financer</h2>'
            f'<p>Enveloppe : <strong>{amount} €</strong>. Ajoutez des projets jusqu\'à la dépenser puis validez votre vote.</p>'
            '<div class="budget-summary__progressbox"><span class="budget-summary__progressbar" style="width:0%"></span></div></div>'
            f'<ul class="budget__list">{items}</ul>')


def consul_proposal_list(items, base="/proposals"):
    rows = "".join(f'<div id="proposal_{pid}" class="proposal clear" data-type="proposal"><div class="panel"><div class="row"><div class="small-12 medium-9 column">'
                   f'<div class="proposal-content"><h3><a href="{base}/{pid}">{t}</a></h3><p class="proposal-info"><span class="icon-comments"></span>&nbsp;'
                   f'<a href="{base}/{pid}#comments">{c} commentaires</a></p><div class="proposal-description"><p>{s}</p></div></div></div>'
                   f'<div id="proposal_{pid}_votes" class="small-12 medium-3 column supports-container"><div class="supports text-center"><span class="total-supports">{v} soutiens</span>'
                   f'<form class="button_to" method="post" action="{base}/{pid}/vote?value=yes"><button class="button button-support small expanded" title="Soutenir cette proposition" type="submit">Soutenir</button></form></div></div></div></div></div>'
                   for pid, t, s, c, v in items)
    return f'<section role="main"><div id="proposals" class="proposals-list">{rows}</div></section>'


def consul_comments(comments, kind, cid):
    arts = "".join(f'<div id="comment_{cid * 10 + i}" class="comment small-12"><div class="comment-body"><div class="comment-info"><span class="user-name">{a}</span>'
                   f' &bull; <time>{d}</time></div><div class="comment-user"><p>{t}</p></div></div></div>'
                   for i, (a, d, t) in enumerate(comments, 1))
    return (f'<section class="expanded comments"><div class="row"><div id="comments" class="small-12 column"><h2>Commentaires <span class="js-comments-count">({len(comments)})</span></h2>'
            f'<form class="new_comment" id="new_comment" action="/comments" accept-charset="UTF-8" data-remote="true" method="post">'
            f'<label for="comment-body-{kind}_{cid}">Laisser un commentaire</label><textarea id="comment-body-{kind}_{cid}" name="comment[body]" maxlength="1000"></textarea>'
            f'<input value="{kind.capitalize()}" type="hidden" name="comment[commentable_type]" /><input value="{cid}" type="hidden" name="comment[commentable_id]" />'
            f'<input type="submit" name="commit" value="Publier le commentaire" class="button" /></form>{arts}</div></div></section>')


def capco_project_header(title, steps, active):
    lis = "".join(f'<li class="step{" step--active" if i == active else ""}"><span class="step__title">{s}</span></li>' for i, s in enumerate(steps))
    return (f'<div class="project__header"><h2 class="project__title">{title}</h2>'
            f'<ul class="project__step-tabs" id="project-step-tabs">{lis}</ul></div>')


def capco_questionnaire(action, qid, questions):
    blocks = "".join(
        f'<div class="form-group" id="questionnaire-{qid}-q{i}"><label class="control-label">{q}</label>'
        + ("".join(f'<div class="radio"><label><input type="radio" name="responses[{i}]" value="{a}"> {a}</label></div>' for a in answers)
           if answers else f'<textarea class="form-control" name="responses[{i}]" rows="3"></textarea>')
        + "</div>" for i, (q, answers) in enumerate(questions, 1))
    return (f'<div id="questionnaire-{qid}" class="questionnaire-step"><form id="reply-form-{qid}" class="reply-form" action="{action}" method="post">'
            f'{blocks}<button type="submit" class="btn btn-primary" id="questionnaire-{qid}-submit">Envoyer mes réponses</button></form></div>')


def capco_proposals(base, items):
    cards = "".join(f'<li class="proposal-preview" id="proposal-{pid}"><div class="card"><h3 class="card__title"><a href="{base}/{pid}">{t}</a></h3>'
                    f'<p class="proposal__author">{a}</p><p class="proposal__counters"><span class="votes">{v} votes</span> · <span class="comments">{c} commentaires</span></p></div></li>'
                    for pid, t, a, v, c in items)
    return f'<ul class="proposal-preview-list">{cards}</ul>'


def govocal_ideas(items):
    cards = "".join(f'<div class="e2e-idea-card" id="idea-{slug}"><a href="/fr-FR/ideas/{slug}" class="e2e-card-title">{t}</a>'
                    f'<div class="e2e-idea-card-vote-count">{v} votes</div><div class="e2e-idea-card-comment-count">{c}</div></div>'
                    for slug, t, v, c in items)
    return f'<div id="e2e-ideas-list" class="e2e-ideas-container">{cards}</div>'


def govocal_comments(comments, idea):
    arts = "".join(f'<div class="e2e-comment" id="comment-{idea}-{i}"><span class="e2e-username">{a}</span> <time>{d}</time><div class="e2e-comment-body"><p>{t}</p></div></div>'
                   for i, (a, d, t) in enumerate(comments, 1))
    return (f'<section id="e2e-comments-container"><h2>Commentaires ({len(comments)})</h2>{arts}'
            f'<form id="e2e-comment-form" class="e2e-parent-comment-form" action="/web_api/v1/ideas/{idea}/comments" method="post">'
            '<label for="submit-comment">Écrire un commentaire</label><textarea id="submit-comment" name="comment[body_multiloc][fr-FR]" class="e2e-mentions-input"></textarea>'
            '<button type="submit" class="e2e-submit-comment">Publier</button></form></section>')


def phpbb_index(forums):
    rows = "".join(f'<li class="row"><dl class="row-item forum_read"><dt title="Aucun message non lu"><div class="list-inner">'
                   f'<a href="./viewforum.php?f={fid}" class="forumtitle">{t}</a><br />{d}</div></dt>'
                   f'<dd class="topics">{tp} <dfn>Sujets</dfn></dd><dd class="posts">{ps} <dfn>Messages</dfn></dd>'
                   f'<dd class="lastpost"><span><dfn>Dernier message </dfn>par <span class="username">{lu}</span></span></dd></dl></li>'
                   for fid, t, d, tp, ps, lu in forums)
    return (f'<div class="forabg"><div class="inner"><ul class="topiclist"><li class="header"><dl class="row-item"><dt><div class="list-inner">Forum</div></dt>'
            f'<dd class="topics">Sujets</dd><dd class="posts">Messages</dd><dd class="lastpost"><span>Dernier message</span></dd></dl></li></ul>'
            f'<ul class="topiclist forums">{rows}</ul></div></div>'
            '<div class="stat-block online-list"><h3>Qui est en ligne ?</h3><p>Au total il y a <strong>14</strong> utilisateurs en ligne :: 3 inscrits, 0 invisible et 11 invités</p></div>')


def phpbb_viewforum(fid, topics):
    rows = "".join(f'<li class="row bg{1 + i % 2}"><dl class="row-item topic_read"><dt><div class="list-inner">'
                   f'<a href="./viewtopic.php?t={tid}" class="topictitle">{t}</a><br /><div class="responsive-hide left-box">par <span class="username">{a}</span></div></div></dt>'
                   f'<dd class="posts">{r} <dfn>Réponses</dfn></dd><dd class="views">{v} <dfn>Vues</dfn></dd></dl></li>'
                   for i, (tid, t, a, r, v) in enumerate(topics))
    return ('<div class="action-bar bar-top"><a href="./ucp.php?mode=login" class="button" title="Écrire un nouveau sujet"><span>Nouveau sujet</span></a></div>'
            f'<div class="forumbg"><div class="inner"><ul class="topiclist"><li class="header"><dl class="row-item"><dt><div class="list-inner">Sujets</div></dt>'
            f'<dd class="posts">Réponses</dd><dd class="views">Vues</dd></dl></li></ul><ul class="topiclist topics">{rows}</ul></div></div>')


def phpbb_topic(tid, posts):
    arts = "".join(f'<div id="p{tid * 10 + i}" class="post has-profile bg{1 + i % 2}"><div class="inner"><dl class="postprofile" id="profile{tid * 10 + i}">'
                   f'<dt class="no-profile-rank no-avatar"><span class="username">{a}</span></dt></dl>'
                   f'<div class="postbody"><div id="post_content{tid * 10 + i}"><h3><a href="#p{tid * 10 + i}">Re: sujet</a></h3>'
                   f'<p class="author"><span class="responsive-hide">par <strong>{a}</strong> &raquo; </span>{d}</p><div class="content">{t}</div></div></div></div></div>'
                   for i, (a, d, t) in enumerate(posts, 1))
    return (f'<div class="action-bar bar-top"><a href="./ucp.php?mode=login" class="button" title="Répondre"><span>Répondre</span></a></div>{arts}'
            f'<form method="post" action="./posting.php?mode=reply&amp;t={tid}" id="qr_postform"><div class="panel"><div class="inner"><h2 class="quickreply-title">Réponse rapide</h2>'
            '<fieldset class="fields1"><div id="message-box" class="message-box"><textarea style="height: 9em;" name="message" rows="7" cols="76" tabindex="1" class="inputbox"></textarea></div></fieldset>'
            '<fieldset class="submit-buttons"><input type="submit" accesskey="s" tabindex="6" name="post" value="Envoyer" class="button1" /></fieldset></div></div></form>')


def discourse_list(topics):
    rows = "".join(f'<tr class="topic-list-item"><td class="main-link"><meta itemprop="position" content="{i}"><span class="link-top-line">'
                   f'<a itemprop="url" href="/t/{slug}/{tid}" class="title raw-link raw-topic-link">{t}</a></span>'
                   f'<div class="link-bottom-line"><span class="badge-wrapper bullet"><span class="badge-category-bg"></span>{cat}</span></div></td>'
                   f'<td class="replies"><span class="posts" title="messages">{r}</span></td><td class="views"><span class="views" title="vues">{v}</span></td></tr>'
                   for i, (tid, slug, t, cat, r, v) in enumerate(topics, 1))
    return (f'<div class="topic-list-container" itemscope itemtype="http://schema.org/ItemList"><table class="topic-list"><thead><tr><th>Sujet</th><th class="replies">Réponses</th>'
            f'<th class="views">Vues</th></tr></thead><tbody>{rows}</tbody></table></div>')


def discourse_topic(posts):
    arts = "".join(f'<div id="post_{i}" itemprop="{"mainEntity" if i == 1 else "comment"}" itemscope itemtype="http://schema.org/{"DiscussionForumPosting" if i == 1 else "Comment"}" class="topic-body crawler-post">'
                   f'<div class="crawler-post-meta"><span class="creator" itemprop="author" itemscope itemtype="http://schema.org/Person"><span itemprop="name">{a}</span></span>'
                   f'<span class="crawler-post-infos"><time itemprop="datePublished" class="post-time">{d}</time><meta itemprop="position" content="{i}"></span></div>'
                   f'<div class="post" itemprop="text"><p>{t}</p></div></div>'
                   for i, (a, d, t) in enumerate(posts, 1))
    return f'<div class="topic-body-wrapper">{arts}</div>'


def community_feed(posts):
    items = "".join(f'<article class="feed-post"><header class="feed-post__author">{a} · <span class="feed-post__place">{q}</span> · <time>{d}</time></header>'
                    f'<p class="feed-post__text">{t}</p><footer class="feed-post__actions"><a href="/connexion">Répondre</a> · <a href="/connexion">Remercier</a></footer></article>'
                    for a, q, d, t in posts)
    return f'<section class="feed"><h2>Fil du quartier</h2>{items}</section>'


def limesurvey(sid, questions):
    """A self-hosted LimeSurvey survey page (one group, radio questions)."""
    qs = "".join(
        f'<div id="question{sid % 1000 + i}" class="row list-radio mandatory question-container"><div class="question-title-container"><div class="ls-label-question">{q}</div></div>'
        f'<div class="answer-container"><ul class="list-unstyled answers-list radio-list" role="radiogroup">'
        + "".join(f'<li class="answer-item radio-item"><input class="radio" type="radio" value="A{j}" name="{sid}X12X{100 + i}" id="answer{sid}X12X{100 + i}A{j}">'
                  f'<label for="answer{sid}X12X{100 + i}A{j}" class="control-label radio-label">{a}</label></li>' for j, a in enumerate(answers, 1))
        + "</ul></div></div>" for i, (q, answers) in enumerate(questions, 1))
    return (f'<div id="survey-{sid}" class="ls-survey"><form id="limesurvey" name="limesurvey" action="/index.php/{sid}?lang=fr" method="post" class="survey-form-container form">'
            f'<input type="hidden" name="YII_CSRF_TOKEN" value="dGVzdA"><div class="group-container"><h3 class="group-title">Vos horaires</h3>{qs}</div>'
            f'<input type="hidden" name="sid" value="{sid}" id="sid"><input type="hidden" name="lastgroup" value="{sid}X12" id="lastgroup">'
            '<input type="hidden" name="LEMpostKey" value="83215" id="LEMpostKey"><div class="navigator row"><button type="submit" id="ls-button-submit" value="movesubmit" name="move" class="ls-move-btn ls-move-submit-btn btn btn-lg btn-primary">Envoyer</button></div></form></div>')
