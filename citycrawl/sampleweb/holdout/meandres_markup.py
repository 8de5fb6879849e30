"""Markup helpers of the meandres part: blocks as small-town CMSs and their plugins render them
(page builders, Drupal modules, Joomla extensions, SPIP plugins, TYPO3 extensions, home-made PHP)."""
from html import escape


def p(*paras):
    return "".join(f"<p>{x}</p>" for x in paras)


def h2(text):
    return f"<h2>{text}</h2>"


def ul(items):
    return "<ul>" + "".join(f"<li>{i}</li>" for i in items) + "</ul>"


def links(pairs, cls="liens"):
    return f'<ul class="{cls}">' + "".join(f'<li><a href="{escape(h)}">{t}</a></li>' for h, t in pairs) + "</ul>"


def cookie_banner(kind="tarteaucitron"):
    if kind == "tarteaucitron":
        return ('<div id="tarteaucitronRoot"><div id="tarteaucitronAlertBig" role="dialog" aria-label="Gestion des cookies">'
                '<span id="tarteaucitronDisclaimerAlert">Ce site utilise des cookies de mesure d\'audience.</span>'
                '<button type="button" id="tarteaucitronPersonalize2">Tout accepter</button>'
                '<button type="button" id="tarteaucitronAllDenied2">Tout refuser</button></div></div>')
    return ('<div class="cmplz-cookiebanner" role="dialog"><div class="cmplz-message">Nous utilisons des cookies '
            'pour mesurer la fréquentation.</div><button class="cmplz-btn cmplz-accept">Accepter</button>'
            '<button class="cmplz-btn cmplz-deny">Refuser</button></div>')


def teasers(items, cls="news-teaser"):
    """News teasers: (href, title, date, chapo)."""
    out = "".join(f'<article class="{cls}"><p class="{cls}__date">{d}</p><h3 class="{cls}__title">'
                  f'<a href="{escape(h)}">{t}</a></h3><p>{c}</p></article>' for h, t, d, c in items)
    return f'<section class="{cls}s"><h2>Actualités</h2>{out}</section>'


def agenda(items):
    out = "".join(f'<li class="agenda__item"><span class="agenda__date">{d}</span> <a href="{escape(h)}">{t}</a></li>'
                  for h, t, d in items)
    return f'<section class="agenda"><h2>Agenda</h2><ul>{out}</ul></section>'


def with_sidebar(main, aside, cls="sidebar"):
    return f'<div class="row"><div class="col-main">{main}</div><aside class="{cls}" role="complementary">{aside}</aside></div>'


def elementor(*sections):
    """A page-builder layout (Elementor-like sections and widgets)."""
    out = "".join(f'<section class="elementor-section elementor-top-section"><div class="elementor-container">'
                  f'<div class="elementor-column elementor-col-100"><div class="elementor-widget-wrap">'
                  f'<div class="elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container">{s}</div>'
                  f'</div></div></div></div></section>' for s in sections)
    return f'<div data-elementor-type="wp-page" class="elementor">{out}</div>'


def share(url, title="Partager"):
    from urllib.parse import quote
    u = quote(url, safe="")
    return (f'<div class="share-buttons"><span>{title} :</span>'
            f'<a class="share-facebook" href="https://www.facebook.com/sharer/sharer.php?u={u}" target="_blank">Facebook</a>'
            f'<a class="share-x" href="https://twitter.com/intent/tweet?url={u}" target="_blank">X</a>'
            f'<a class="share-linkedin" href="https://www.linkedin.com/shareArticle?mini=true&amp;url={u}" target="_blank">LinkedIn</a>'
            f'<a class="share-mail" href="mailto:?subject=A%20lire&amp;body={u}">Courriel</a></div>')


# ---- forms that let a resident write (contact) -------------------------------------------------

def wp_cf7(action, form_id=412, subjects=None):
    opts = "".join(f"<option>{s}</option>" for s in (subjects or ["Renseignement", "Urbanisme", "État civil", "Autre"]))
    return (f'<div class="wpcf7 no-js" id="wpcf7-f{form_id}-p2-o1" lang="fr-FR" dir="ltr">'
            f'<form action="{action}#wpcf7-f{form_id}-p2-o1" method="post" class="wpcf7-form init" novalidate="novalidate">'
            f'<div style="display: none;"><input type="hidden" name="_wpcf7" value="{form_id}" /><input type="hidden" name="_wpcf7_version" value="5.9.3" />'
            f'<input type="hidden" name="_wpcf7_unit_tag" value="wpcf7-f{form_id}-p2-o1" /></div>'
            '<p><label> Votre nom<br /><span class="wpcf7-form-control-wrap" data-name="your-name"><input size="40" class="wpcf7-form-control wpcf7-text wpcf7-validates-as-required" type="text" name="your-name" /></span></label></p>'
            '<p><label> Votre e-mail<br /><span class="wpcf7-form-control-wrap" data-name="your-email"><input size="40" class="wpcf7-form-control wpcf7-email" type="email" name="your-email" /></span></label></p>'
            f'<p><label> Objet<br /><span class="wpcf7-form-control-wrap" data-name="your-subject"><select class="wpcf7-form-control wpcf7-select" name="your-subject">{opts}</select></span></label></p>'
            '<p><label> Votre message<br /><span class="wpcf7-form-control-wrap" data-name="your-message"><textarea cols="40" rows="10" class="wpcf7-form-control wpcf7-textarea" name="your-message"></textarea></span></label></p>'
            '<p><input class="wpcf7-form-control wpcf7-submit has-spinner" type="submit" value="Envoyer" /></p>'
            '<div class="wpcf7-response-output" aria-hidden="true"></div></form></div>')


def drupal_webform(action, form_id, fields, submit="Envoyer"):
    """A Drupal Webform; fields: (key, label, kind) with kind text/email/textarea/select:a|b|c/radios:a|b."""
    out = []
    for key, label, kind in fields:
        fid = f"edit-{key.replace('_', '-')}"
        if kind == "textarea":
            ctl = f'<textarea data-drupal-selector="{fid}" id="{fid}" name="{key}" rows="5" cols="60" class="form-textarea"></textarea>'
        elif kind.startswith("select:"):
            ctl = (f'<select data-drupal-selector="{fid}" id="{fid}" name="{key}" class="form-select">'
                   + "".join(f"<option>{o}</option>" for o in kind[7:].split("|")) + "</select>")
        elif kind.startswith("radios:"):
            ctl = "".join(f'<div class="js-form-item form-item js-form-type-radio form-type-radio"><input type="radio" id="{fid}-{i}" name="{key}" value="{i}" class="form-radio" />'
                          f'<label for="{fid}-{i}" class="option">{o}</label></div>' for i, o in enumerate(kind[7:].split("|")))
            out.append(f'<fieldset class="radios--wrapper fieldgroup form-composite webform-composite-visible-title js-webform-type-radios webform-type-radios"><legend><span class="fieldset-legend">{label}</span></legend>'
                       f'<div class="fieldset-wrapper"><div id="{fid}" class="js-webform-radios webform-options-display-one-column form-radios">{ctl}</div></div></fieldset>')
            continue
        else:
            ctl = f'<input data-drupal-selector="{fid}" type="{kind}" id="{fid}" name="{key}" value="" size="60" class="form-{kind}" />'
        out.append(f'<div class="js-form-item form-item js-form-type-{kind.split(":")[0]} form-item-{key.replace("_", "-")}">'
                   f'<label for="{fid}">{label}</label>{ctl}</div>')
    return (f'<form class="webform-submission-form webform-submission-add-form webform-submission-{form_id}-form js-webform-details-toggle webform-details-toggle" '
            f'data-drupal-selector="webform-submission-{form_id}-add-form" action="{action}" method="post" id="webform-submission-{form_id}-add-form" accept-charset="UTF-8">'
            + "".join(out) +
            f'<input autocomplete="off" data-drupal-selector="form-x7kq" type="hidden" name="form_build_id" value="form-x7kq2mLz" />'
            f'<input data-drupal-selector="edit-webform-submission-{form_id}-add-form" type="hidden" name="form_id" value="webform_submission_{form_id}_add_form" />'
            f'<div data-drupal-selector="edit-actions" class="form-actions webform-actions js-form-wrapper form-wrapper" id="edit-actions">'
            f'<input class="webform-button--submit button button--primary js-form-submit form-submit" data-drupal-selector="edit-actions-submit" type="submit" id="edit-actions-submit" name="op" value="{submit}" /></div></form>')


def joomla_contact(action, catid=4):
    return (f'<div class="com-contact__form contact-form"><form id="contact-form" action="{action}" method="post" class="form-validate form-horizontal well">'
            '<fieldset><legend>Envoyer un e-mail</legend>'
            '<div class="control-group field-spacer"><span class="spacer"><span class="before"></span><span class="text"><label id="jform_spacer-lbl"><strong class="red">*</strong> Champ requis</label></span><span class="after"></span></span></div>'
            '<div class="control-group"><div class="control-label"><label id="jform_contact_name-lbl" for="jform_contact_name" class="required">Nom<span class="star">&#160;*</span></label></div>'
            '<div class="controls"><input type="text" name="jform[contact_name]" id="jform_contact_name" value="" class="form-control required" size="30" required></div></div>'
            '<div class="control-group"><div class="control-label"><label for="jform_contact_email">E-mail<span class="star">&#160;*</span></label></div>'
            '<div class="controls"><input type="email" inputmode="email" name="jform[contact_email]" class="form-control validate-email required" id="jform_contact_email" value="" size="30" required></div></div>'
            '<div class="control-group"><div class="control-label"><label for="jform_contact_emailmsg">Sujet<span class="star">&#160;*</span></label></div>'
            '<div class="controls"><input type="text" name="jform[contact_subject]" id="jform_contact_emailmsg" value="" class="form-control required" size="60" required></div></div>'
            '<div class="control-group"><div class="control-label"><label for="jform_contact_message">Message<span class="star">&#160;*</span></label></div>'
            '<div class="controls"><textarea name="jform[contact_message]" id="jform_contact_message" cols="50" rows="10" class="form-control required" required></textarea></div></div>'
            '</fieldset><div class="control-group"><div class="controls"><button class="btn btn-primary validate" type="submit">Envoyer un e-mail</button>'
            f'<input type="hidden" name="option" value="com_contact"><input type="hidden" name="task" value="contact.submit"><input type="hidden" name="return" value=""><input type="hidden" name="id" value="1:mairie"><input type="hidden" name="catid" value="{catid}"></div></div></form></div>')


def spip_contact(action, id_auteur=1):
    return (f'<div class="formulaire_spip formulaire_ecrire_auteur" id="formulaire_ecrire_auteur{id_auteur}">'
            f'<form method="post" action="{action}#formulaire_ecrire_auteur{id_auteur}" enctype="multipart/form-data"><div>'
            f'<input name="formulaire_action" type="hidden" value="ecrire_auteur" /><input name="formulaire_action_args" type="hidden" value="Xf3{id_auteur}k" />'
            '<fieldset><legend>Écrire à la mairie</legend><ul class="editer-groupe">'
            '<li class="editer saisie_session_email obligatoire"><label for="email_message_auteur">Votre adresse email</label><input type="email" class="text email" name="email_message_auteur" id="email_message_auteur" value="" size="30" /></li>'
            '<li class="editer saisie_sujet_message_auteur obligatoire"><label for="sujet_message_auteur">Sujet</label><input type="text" class="text" name="sujet_message_auteur" id="sujet_message_auteur" value="" size="30" /></li>'
            '<li class="editer saisie_texte_message_auteur obligatoire"><label for="texte_message_auteur">Texte de votre message</label><textarea name="texte_message_auteur" id="texte_message_auteur" rows="8" cols="60"></textarea></li>'
            '</ul></fieldset><p class="boutons"><input type="submit" class="submit" name="valide" value="Envoyer" /></p></div></form></div>')


def powermail(action, uid=37, fields=None):
    """TYPO3 powermail form; fields: (marker, label, kind)."""
    fields = fields or [("nom", "Nom", "text"), ("courriel", "Courriel", "email"), ("objet", "Objet", "text"),
                        ("message", "Votre message", "textarea")]
    out = []
    for marker, label, kind in fields:
        ctl = (f'<textarea id="powermail_field_{marker}" name="tx_powermail_pi1[field][{marker}]" class="powermail_textarea form-control" rows="5"></textarea>'
               if kind == "textarea" else
               f'<input id="powermail_field_{marker}" type="{kind}" name="tx_powermail_pi1[field][{marker}]" class="powermail_input form-control" value="" />')
        out.append(f'<div class="powermail_fieldwrap powermail_fieldwrap_type_{"textarea" if kind == "textarea" else "input"} powermail_fieldwrap_{marker} form-group">'
                   f'<label for="powermail_field_{marker}" class="control-label">{label}</label><div class="col-sm-10">{ctl}</div></div>')
    return (f'<div class="tx-powermail"><div class="container-fluid"><form data-powermail-validate="data-powermail-validate" action="{action}" class="powermail_form powermail_form_{uid} nolabel form-horizontal" method="post" enctype="multipart/form-data">'
            f'<fieldset class="powermail_fieldset powermail_fieldset_{uid}">' + "".join(out) +
            f'<div class="powermail_fieldwrap powermail_fieldwrap_type_submit form-group"><input type="submit" value="Envoyer" class="btn btn-primary" /></div></fieldset>'
            f'<input type="hidden" name="tx_powermail_pi1[mail][form]" value="{uid}" /></form></div></div>')


def homemade_contact(action, extra=""):
    return (f'<form method="post" action="{action}" id="formContact" class="formulaire">{extra}'
            '<p><label for="nom">Nom et prénom *</label><br><input type="text" name="nom" id="nom" required></p>'
            '<p><label for="mail">Adresse électronique *</label><br><input type="email" name="mail" id="mail" required></p>'
            '<p><label for="tel">Téléphone</label><br><input type="tel" name="tel" id="tel"></p>'
            '<p><label for="msg">Votre demande *</label><br><textarea name="msg" id="msg" rows="7" cols="50" required></textarea></p>'
            '<p><input type="checkbox" name="rgpd" id="rgpd" required> <label for="rgpd">J\'accepte que mes données soient utilisées pour traiter ma demande.</label></p>'
            '<p><input type="submit" name="envoyer" value="Envoyer ma demande"></p></form>')


# ---- forms that are not contact forms ----------------------------------------------------------

def newsletter(action, name="EMAIL", plugin="mc4wp"):
    return (f'<form id="{plugin}-form-1" class="{plugin}-form {plugin}-form-1" method="post" action="{action}">'
            '<div class="newsletter-fields"><p><label for="nl-email">Recevez la lettre d\'information</label>'
            f'<input type="email" id="nl-email" name="{name}" placeholder="Votre adresse e-mail" required /></p>'
            '<p><input type="submit" value="Je m\'abonne" /></p></div></form>')


def login(action, user="login", password="pass", title="Espace famille"):
    return (f'<form method="post" action="{action}" class="form-connexion"><fieldset><legend>{title}</legend>'
            f'<label for="cx-user">Identifiant</label><input type="text" id="cx-user" name="{user}" autocomplete="username">'
            f'<label for="cx-pass">Mot de passe</label><input type="password" id="cx-pass" name="{password}" autocomplete="current-password">'
            '<input type="submit" value="Connexion"></fieldset><p><a href="#">Mot de passe oublié ?</a></p></form>')


def booking(action, what, slots):
    opts = "".join(f"<option>{s}</option>" for s in slots)
    return (f'<form method="post" action="{action}" class="booking-form"><h3>Réserver : {what}</h3>'
            '<p><label for="bk-date">Date souhaitée</label><input type="date" id="bk-date" name="date"></p>'
            f'<p><label for="bk-creneau">Créneau</label><select id="bk-creneau" name="creneau">{opts}</select></p>'
            '<p><label for="bk-nom">Nom</label><input type="text" id="bk-nom" name="nom"></p>'
            '<p><label for="bk-mail">E-mail</label><input type="email" id="bk-mail" name="email"></p>'
            '<p><label for="bk-nb">Nombre de personnes</label><input type="number" id="bk-nb" name="personnes" min="1" max="8"></p>'
            '<p><input type="submit" value="Valider la réservation"></p></form>')


def payment(action, what):
    return (f'<form method="post" action="{action}" class="paiement-form"><h3>Paiement en ligne : {what}</h3>'
            '<p><label for="pay-ref">Référence de la facture</label><input type="text" id="pay-ref" name="reference" pattern="[0-9A-Z-]+"></p>'
            '<p><label for="pay-montant">Montant (€)</label><input type="text" id="pay-montant" name="montant" inputmode="decimal"></p>'
            '<p><label for="pay-mail">E-mail pour le reçu</label><input type="email" id="pay-mail" name="email"></p>'
            '<p><input type="submit" value="Payer par carte bancaire"></p><p class="mention">Paiement sécurisé PayFiP - DGFiP</p></form>')


def registration(action, what, fields):
    out = "".join(f'<p><label for="ins-{k}">{lab}</label><input type="{t}" id="ins-{k}" name="{k}"></p>' for k, lab, t in fields)
    return f'<form method="post" action="{action}" class="inscription-form"><h3>Inscription : {what}</h3>{out}<p><input type="submit" value="S\'inscrire"></p></form>'


# ---- polls and questionnaires ------------------------------------------------------------------

def wp_polls(poll_id, question, answers):
    items = "".join(f'<li><input type="radio" id="poll-answer-{poll_id}{i}" name="poll_{poll_id}" value="{poll_id}{i}" />'
                    f' <label for="poll-answer-{poll_id}{i}">{a}</label></li>' for i, a in enumerate(answers))
    return (f'<div id="polls-{poll_id}" class="wp-polls"><form id="polls_form_{poll_id}" class="wp-polls-form" action="/index.php" method="post">'
            f'<p style="display: none;"><input type="hidden" id="poll_{poll_id}_nonce" name="wp-polls-nonce" value="a81c3f0d2e" /></p>'
            f'<p style="display: none;"><input type="hidden" name="poll_id" value="{poll_id}" /></p>'
            f'<p style="text-align: center;"><strong>{question}</strong></p><div id="polls-{poll_id}-ans" class="wp-polls-ans">'
            f'<ul class="wp-polls-ul">{items}</ul><p style="text-align: center;"><input type="button" name="vote" value="   Voter   " class="Buttons" onclick="poll_vote({poll_id});" /></p>'
            f'<p style="text-align: center;"><a href="#ViewPollResults" onclick="poll_result({poll_id}); return false;" title="Voir les résultats">Voir les résultats</a></p></div></form></div>')


def wp_polls_closed(poll_id, question, rows, total):
    bars = "".join(f'<li>{a} <small>({pct}%, {n} votes)</small><div class="pollbar" style="width: {pct}%;" title="{a} ({pct}% | {n} votes)"></div></li>'
                   for a, pct, n in rows)
    return (f'<div id="polls-{poll_id}" class="wp-polls"><p style="text-align: center;"><strong>{question}</strong></p>'
            f'<div id="polls-{poll_id}-ans" class="wp-polls-ans"><ul class="wp-polls-ul">{bars}</ul>'
            f'<p style="text-align: center;">Total des votants : <strong>{total}</strong></p>'
            '<p style="text-align: center;">Ce sondage est clos.</p></div></div>')


def drupal_poll(nid, question, choices):
    radios = "".join(f'<div class="js-form-item form-item js-form-type-radio form-type-radio form-item-choice">'
                     f'<input data-drupal-selector="edit-choice-{i}" type="radio" id="edit-choice-{i}" name="choice" value="{i + 1}" class="form-radio" />'
                     f'<label for="edit-choice-{i}" class="option">{c}</label></div>' for i, c in enumerate(choices))
    return (f'<div class="poll"><form class="poll-view-form poll-view-form-{nid}" data-drupal-selector="poll-view-form-{nid}" action="/poll/{nid}" method="post" id="poll-view-form-{nid}" accept-charset="UTF-8">'
            f'<h3 class="poll-question">{question}</h3><fieldset data-drupal-selector="edit-choice" id="edit-choice--wrapper" class="fieldgroup form-composite js-form-item form-item js-form-wrapper form-wrapper">'
            f'<legend><span class="visually-hidden fieldset-legend">Choix</span></legend><div class="fieldset-wrapper"><div id="edit-choice" class="form-radios">{radios}</div></div></fieldset>'
            f'<input data-drupal-selector="edit-vote" type="submit" id="edit-vote" name="op" value="Voter" class="button js-form-submit form-submit" />'
            f'<input type="hidden" name="form_id" value="poll_view_form_{nid}" /></form></div>')


def joomla_poll(poll_id, question, options):
    """An AcyMailing-free Joomla poll module (mod_poll style markup of community extensions)."""
    items = "".join(f'<div class="sondage-option"><input type="radio" name="voteid" id="voteid{poll_id}{i}" value="{i}" />'
                    f'<label for="voteid{poll_id}{i}">{o}</label></div>' for i, o in enumerate(options))
    return (f'<div class="moduletable mod-sondage"><h3>Sondage</h3><form action="/index.php?option=com_sondage" method="post" name="form2" class="form-sondage">'
            f'<p class="sondage-question">{question}</p>{items}<div class="sondage-actions">'
            f'<input type="submit" name="task_button" class="btn btn-primary" value="Voter" />'
            f'<a class="btn" href="/index.php?option=com_sondage&amp;view=poll&amp;id={poll_id}">Résultats</a></div>'
            f'<input type="hidden" name="option" value="com_sondage" /><input type="hidden" name="task" value="vote" /><input type="hidden" name="id" value="{poll_id}" /></form></div>')


def spip_formidable(id_form, identifiant, questions, submit="Envoyer mes réponses"):
    """SPIP Formidable questionnaire; questions: (name, label, options or None for free text)."""
    out = []
    for i, (name, label, options) in enumerate(questions):
        if options:
            radios = "".join(f'<div class="choix choix_{j}"><input type="radio" name="{name}" class="radio" id="champ_{name}_{j}" value="{j}" />'
                             f'<label for="champ_{name}_{j}">{o}</label></div>' for j, o in enumerate(options))
            out.append(f'<div class="editer saisie_radio editer_{name} editer_odd"><label>{label}</label>{radios}</div>')
        else:
            out.append(f'<div class="editer saisie_textarea editer_{name}"><label for="champ_{name}">{label}</label>'
                       f'<textarea name="{name}" class="textarea" id="champ_{name}" rows="4" cols="40"></textarea></div>')
    return (f'<div class="formulaire_spip formulaire_formidable formulaire_formidable_{id_form} formulaire_formidable-{identifiant}" id="formulaire_formidable_{id_form}">'
            f'<form method="post" action="spip.php?page=article#formulaire_formidable_{id_form}" enctype="multipart/form-data"><div>'
            f'<input name="formulaire_action" type="hidden" value="formidable" /><input name="formulaire_action_args" type="hidden" value="{id_form}" />'
            f'<div class="editer-groupe">{"".join(out)}</div><p class="boutons"><input type="submit" class="submit" value="{submit}" /></p></div></form></div>')


def embed_form(src, title, height=900):
    return (f'<div class="embed-questionnaire"><iframe src="{escape(src)}" title="{title}" width="100%" height="{height}" '
            'frameborder="0" marginheight="0" marginwidth="0" loading="lazy">Chargement…</iframe></div>')


def homemade_questionnaire(action, questions, submit="Valider"):
    out = []
    for i, (label, options) in enumerate(questions):
        if options:
            radios = " ".join(f'<label><input type="radio" name="q{i}" value="{j}"> {o}</label>' for j, o in enumerate(options))
            out.append(f'<fieldset class="question"><legend>{label}</legend>{radios}</fieldset>')
        else:
            out.append(f'<p class="question"><label for="q{i}">{label}</label><br><textarea id="q{i}" name="q{i}" rows="3" cols="50"></textarea></p>')
    return f'<form method="post" action="{action}" class="questionnaire">{"".join(out)}<p><input type="submit" value="{submit}"></p></form>'


# ---- comments ----------------------------------------------------------------------------------

def wp_comments(post_id, comments, closed=False):
    items = "".join(f'<li id="comment-{post_id}{i}" class="comment even thread-even depth-1"><article class="comment-body">'
                    f'<footer class="comment-meta"><div class="comment-author vcard"><b class="fn">{a}</b> <span class="says">dit :</span></div>'
                    f'<div class="comment-metadata"><time>{d}</time></div></footer><div class="comment-content"><p>{t}</p></div>'
                    f'<div class="reply"><a rel="nofollow" class="comment-reply-link" href="#respond" data-commentid="{post_id}{i}" data-postid="{post_id}">Répondre</a></div></article></li>'
                    for i, (a, d, t) in enumerate(comments))
    head = f'<h2 class="comments-title">{len(comments)} réponses</h2><ol class="comment-list">{items}</ol>' if comments else ""
    if closed:
        return f'<div id="comments" class="comments-area">{head}<p class="no-comments">Les commentaires sont fermés.</p></div>'
    return (f'<div id="comments" class="comments-area">{head}<div id="respond" class="comment-respond">'
            '<h3 id="reply-title" class="comment-reply-title">Laisser un commentaire</h3>'
            '<form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate>'
            '<p class="comment-notes">Votre adresse e-mail ne sera pas publiée.</p>'
            '<p class="comment-form-comment"><label for="comment">Commentaire</label><textarea id="comment" name="comment" cols="45" rows="8" maxlength="65525" required></textarea></p>'
            '<p class="comment-form-author"><label for="author">Nom</label><input id="author" name="author" type="text" size="30" maxlength="245" /></p>'
            '<p class="comment-form-email"><label for="email">E-mail</label><input id="email" name="email" type="email" size="30" maxlength="100" /></p>'
            f'<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Laisser un commentaire" />'
            f'<input type="hidden" name="comment_post_ID" value="{post_id}" id="comment_post_ID" /><input type="hidden" name="comment_parent" id="comment_parent" value="0" /></p>'
            '</form></div></div>')


def drupal_comments(nid, comments):
    items = "".join(f'<article data-comment-user-id="0" id="comment-{nid}{i}" class="comment js-comment by-anonymous">'
                    f'<span class="hidden" data-comment-timestamp="1712{i}00000"></span><footer class="comment__meta"><p class="comment__author"><span>{a}</span></p>'
                    f'<p class="comment__time">{d}</p></footer><div class="comment__content"><div class="field field--name-comment-body">{t}</div></div></article>'
                    for i, (a, d, t) in enumerate(comments))
    return (f'<section class="field field--name-comment field--type-comment field--label-above comment-wrapper"><h2 class="title comment-section-title">Commentaires</h2>{items}'
            f'<h2 class="title comment-form__title">Ajouter un commentaire</h2>'
            f'<form class="comment-comment-form comment-form" data-drupal-selector="comment-form" action="/comment/reply/node/{nid}/comment" method="post" id="comment-form" accept-charset="UTF-8">'
            '<div class="js-form-item form-item js-form-type-textfield form-item-name"><label for="edit-name">Votre nom</label><input data-drupal-selector="edit-name" type="text" id="edit-name" name="name" value="" size="30" maxlength="60" class="form-text" /></div>'
            '<div class="js-form-item form-item js-form-type-textarea form-item-comment-body-0-value"><label for="edit-comment-body-0-value" class="js-form-required form-required">Commentaire</label>'
            '<div class="form-textarea-wrapper"><textarea class="js-text-full text-full form-textarea required" data-drupal-selector="edit-comment-body-0-value" id="edit-comment-body-0-value" name="comment_body[0][value]" rows="5" cols="60" required="required"></textarea></div></div>'
            '<input data-drupal-selector="edit-form-id" type="hidden" name="form_id" value="comment_comment_form" />'
            '<div data-drupal-selector="edit-actions" class="form-actions js-form-wrapper form-wrapper" id="edit-actions"><input data-drupal-selector="edit-submit" type="submit" id="edit-submit" name="op" value="Enregistrer" class="button button--primary js-form-submit form-submit" /></div></form></section>')


def spip_forum(id_article, messages):
    items = "".join(f'<li class="forum-fil"><div class="forum-message"><div class="forum-chapo"><strong class="forum-titre"><a href="#forum{id_article}{i}" name="forum{id_article}{i}">{t}</a></strong>'
                    f'<small>{d}, par <strong>{a}</strong></small></div><div class="forum-texte"><p>{x}</p></div>'
                    f'<p class="repondre"><a href="#formulaire_forum" rel="noindex nofollow">Répondre à ce message</a></p></div></li>'
                    for i, (a, d, t, x) in enumerate(messages))
    return (f'<div class="forum-total"><h2>{len(messages)} Messages</h2><ul class="forum">{items}</ul></div>'
            f'<div class="formulaire_spip formulaire_forum" id="formulaire_forum"><h2>Un message, un commentaire ?</h2>'
            f'<form action="spip.php?page=article&amp;id_article={id_article}#formulaire_forum" method="post" enctype="multipart/form-data"><div>'
            f'<input name="formulaire_action" type="hidden" value="forum" /><input name="id_article" type="hidden" value="{id_article}" />'
            '<fieldset><legend>Message</legend><div class="editer-groupe">'
            '<div class="editer saisie_titre obligatoire"><label for="titre">Titre</label><input type="text" class="text" name="titre" id="titre" value="" size="60" /></div>'
            '<div class="editer saisie_texte obligatoire"><label for="texte">Texte de votre message</label><textarea name="texte" id="texte" rows="10" cols="60"></textarea></div>'
            '</div></fieldset><fieldset><legend>Qui êtes-vous ?</legend><div class="editer-groupe"><div class="editer saisie_session_nom"><label for="session_nom">Votre nom</label><input type="text" class="text" name="session_nom" id="session_nom" value="" size="40" /></div>'
            '<div class="editer saisie_session_email"><label for="session_email">Votre adresse email</label><input type="email" class="text email" name="session_email" id="session_email" value="" size="40" /></div></div></fieldset>'
            '<p class="boutons"><input type="submit" class="submit" name="previsualiser_message" value="Prévisualiser" /></p></div></form></div>')


def joomla_jcomments(object_id, comments):
    items = "".join(f'<div class="comment rbox"><div class="comment-box"><span class="comment-author">{a}</span>'
                    f'<span class="comment-date">{d}</span><div class="comment-body" id="comment-body-{object_id}{i}">{t}</div></div></div>'
                    for i, (a, d, t) in enumerate(comments))
    return (f'<div id="jc"><div id="comments"><h4>Commentaires <a class="rss" href="#comments" title="RSS">&nbsp;</a></h4>'
            f'<div class="comments-list" id="comments-list-0">{items}</div></div>'
            f'<h4>Ajouter un commentaire</h4><a id="addcomments" href="#addcomments"></a>'
            f'<form id="comments-form" name="comments-form" action="javascript:void(null);"><p><span><input id="comments-form-name" type="text" name="name" value="" maxlength="20" size="22" tabindex="1" />'
            '<label for="comments-form-name">Nom (requis)</label></span></p><p><span><input id="comments-form-email" type="text" name="email" value="" size="22" tabindex="2" />'
            '<label for="comments-form-email">E-mail (requis, non publié)</label></span></p>'
            '<p><span><textarea id="comments-form-comment" name="comment" cols="65" rows="8" tabindex="5"></textarea></span></p>'
            f'<div id="comments-form-buttons"><div class="btn" id="comments-form-send"><div><a href="#" tabindex="7" onclick="jcomments.saveComment();return false;" title="Envoyer (Ctrl+Entrée)">Envoyer</a></div></div></div>'
            f'<div><input type="hidden" name="object_id" value="{object_id}" /><input type="hidden" name="object_group" value="com_content" /></div></form></div>')


# ---- ideas, projects, petitions ----------------------------------------------------------------

def idea_form(action, intro_label="Votre idée", themes=("Cadre de vie", "Mobilité", "Jeunesse", "Environnement", "Autre"),
              cls="boite-idees", submit="Déposer mon idée"):
    opts = "".join(f"<option>{t}</option>" for t in themes)
    return (f'<form method="post" action="{action}" class="{cls}"><p><label for="idee-theme">Thème</label>'
            f'<select id="idee-theme" name="theme">{opts}</select></p>'
            '<p><label for="idee-titre">Titre</label><input type="text" id="idee-titre" name="titre" maxlength="120"></p>'
            f'<p><label for="idee-texte">{intro_label}</label><textarea id="idee-texte" name="description" rows="6" cols="50"></textarea></p>'
            '<p><label for="idee-nom">Nom (facultatif)</label><input type="text" id="idee-nom" name="nom"></p>'
            '<p><label for="idee-mail">E-mail</label><input type="email" id="idee-mail" name="email"></p>'
            f'<p><input type="submit" value="{submit}"></p></form>')


def vote_list(action, projects, max_votes=3):
    items = "".join(f'<li class="projet"><input type="checkbox" name="projets[]" value="{i}" id="pj{i}"> '
                    f'<label for="pj{i}"><strong>{t}</strong> — {c} €</label><p>{d}</p></li>' for i, (t, c, d) in enumerate(projects))
    return (f'<form method="post" action="{action}" class="vote-projets"><p>Cochez jusqu\'à {max_votes} projets.</p><ol>{items}</ol>'
            '<p><label for="v-nom">Nom</label><input type="text" id="v-nom" name="nom"></p>'
            '<p><label for="v-naiss">Date de naissance</label><input type="date" id="v-naiss" name="naissance"></p>'
            '<p><input type="submit" value="Valider mon vote"></p></form>')


def petition_form(action, title, count, goal):
    return (f'<div class="petition"><h3>{title}</h3><p class="petition__compteur"><strong>{count}</strong> signatures sur {goal} nécessaires</p>'
            f'<form method="post" action="{action}" class="petition__signer"><p><label for="pt-nom">Nom</label><input type="text" id="pt-nom" name="nom"></p>'
            '<p><label for="pt-prenom">Prénom</label><input type="text" id="pt-prenom" name="prenom"></p>'
            '<p><label for="pt-mail">E-mail</label><input type="email" id="pt-mail" name="email"></p>'
            '<p><label><input type="checkbox" name="residence"> Je réside dans la commune</label></p>'
            '<p><input type="submit" value="Signer la pétition"></p></form></div>')


def results_table(rows, head=("Projet", "Voix")):
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows)
    return f'<table class="resultats"><thead><tr>{"".join(f"<th>{h}</th>" for h in head)}</tr></thead><tbody>{body}</tbody></table>'


# ---- boards ------------------------------------------------------------------------------------

def phpbb_index(forums):
    rows = "".join(f'<li class="row"><dl class="row-item forum_read"><dt title="Pas de nouveau message"><div class="list-inner">'
                   f'<a href="{h}" class="forumtitle">{t}</a><br />{d}</div></dt><dd class="topics">{n} <dfn>Sujets</dfn></dd>'
                   f'<dd class="posts">{m} <dfn>Messages</dfn></dd><dd class="lastpost"><span><dfn>Dernier message </dfn>par <a href="#" class="username">{u}</a></span></dd></dl></li>'
                   for h, t, d, n, m, u in forums)
    return (f'<div class="forabg"><div class="inner"><ul class="topiclist"><li class="header"><dl class="row-item"><dt><div class="list-inner">Forum</div></dt>'
            f'<dd class="topics">Sujets</dd><dd class="posts">Messages</dd><dd class="lastpost"><span>Dernier message</span></dd></dl></li></ul>'
            f'<ul class="topiclist forums">{rows}</ul></div></div>')


def phpbb_topics(forum_id, topics):
    rows = "".join(f'<li class="row bg{1 + i % 2}"><dl class="row-item topic_read"><dt><div class="list-inner"><a href="{h}" class="topictitle">{t}</a>'
                   f'<div class="topic-poster responsive-hide">par <a href="#" class="username">{u}</a> » {d}</div></div></dt>'
                   f'<dd class="posts">{r} <dfn>Réponses</dfn></dd></dl></li>' for i, (h, t, u, d, r) in enumerate(topics))
    return (f'<div class="action-bar bar-top"><a href="/ucp.php?mode=login" data-href="./posting.php?mode=post&amp;f={forum_id}" class="button" title="Écrire un nouveau sujet"><span>Nouveau sujet</span></a></div>'
            f'<div class="forumbg"><div class="inner"><ul class="topiclist"><li class="header"><dl class="row-item"><dt><div class="list-inner">Sujets</div></dt><dd class="posts">Réponses</dd></dl></li></ul>'
            f'<ul class="topiclist topics">{rows}</ul></div></div>')


def phpbb_posts(forum_id, topic_id, posts):
    out = "".join(f'<div id="p{topic_id}{i}" class="post has-profile bg{1 + i % 2}"><div class="inner"><dl class="postprofile"><dt><a href="#" class="username">{u}</a></dt></dl>'
                  f'<div class="postbody"><div id="post_content{topic_id}{i}"><h3><a href="#p{topic_id}{i}">Re: sujet</a></h3>'
                  f'<p class="author"><span class="responsive-hide">par <strong>{u}</strong> » </span>{d}</p><div class="content">{t}</div></div></div></div></div>'
                  for i, (u, d, t) in enumerate(posts))
    return (f'<div class="action-bar bar-top"><a href="/ucp.php?mode=login" data-href="./posting.php?mode=reply&amp;f={forum_id}&amp;t={topic_id}" class="button" title="Répondre"><span>Répondre</span></a></div>'
            f'{out}<form method="post" action="./posting.php?mode=reply&amp;f={forum_id}&amp;t={topic_id}" id="qr_postform"><div class="panel"><h2 class="quickreply-title">Réponse rapide</h2>'
            '<fieldset class="fields1"><dl style="clear: left;"><dt><label for="subject">Sujet :</label></dt><dd><input type="text" tabindex="1" name="subject" id="subject" size="45" maxlength="124" class="inputbox autowidth" /></dd></dl>'
            '<div id="message-box" class="message-box"><textarea style="height: 9em;" name="message" rows="7" cols="76" tabindex="3" class="inputbox"></textarea></div>'
            '<input type="submit" accesskey="s" tabindex="6" name="post" value="Envoyer" class="button1 button button-form" /></fieldset></div></form>')
