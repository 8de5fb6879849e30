"""Markup helpers of the 'criques' holdout part: coastal towns, their CMS widgets and their participation
platforms (Decidim, CONSUL Democracy, Cap Collectif, Go Vocal, a white-label vendor), written after the way
these programs and plugins render their pages, in words of our own."""
from html import escape


def p(*paragraphs):
    return "".join(f"<p>{x}</p>" for x in paragraphs)


def links(items, cls="liste-liens"):
    return f'<ul class="{cls}">' + "".join(f'<li><a href="{escape(h)}">{escape(t)}</a></li>' for h, t in items) + "</ul>"


def cookie_banner(kind="tarteaucitron"):
    if kind == "tarteaucitron":
        return ('<div id="tarteaucitronRoot"><div id="tarteaucitronAlertBig" role="dialog" aria-label="Gestion des cookies">'
                '<span id="tarteaucitronDisclaimerAlert">Ce site utilise des cookies de mesure d\'audience.</span>'
                '<button type="button" id="tarteaucitronPersonalize2">Tout accepter</button>'
                '<button type="button" id="tarteaucitronAllDenied2">Tout refuser</button></div></div>')
    return ('<div class="cookie-notice" id="cookie-notice" role="dialog"><p>Nous utilisons des traceurs pour améliorer '
            'votre visite.</p><a href="#" class="cn-set-cookie button">J\'accepte</a> <a href="#" class="cn-refuse-cookie">Refuser</a></div>')


def teasers(items, heading="Actualités"):
    cards = "".join(f'<article class="teaser"><span class="teaser__date">{escape(d)}</span><h3 class="teaser__title">'
                    f'<a href="{escape(h)}">{escape(t)}</a></h3></article>' for h, t, d in items)
    return f'<section class="news-teasers"><h2>{heading}</h2>{cards}</section>'


def agenda(items):
    rows = "".join(f'<li class="agenda-item"><time>{escape(d)}</time> <a href="{escape(h)}">{escape(t)}</a></li>'
                   for h, t, d in items)
    return f'<section class="agenda"><h2>Agenda</h2><ul>{rows}</ul></section>'


def with_aside(main, aside):
    return f'<div class="row"><div class="col-main">{main}</div><aside class="sidebar widget-area" role="complementary">{aside}</aside></div>'


def share(url, title):
    from urllib.parse import quote
    u, t = quote(url, safe=""), quote(title, safe="")
    return ('<div class="share-buttons"><span>Partager :</span>'
            f'<a class="share-facebook" href="https://www.facebook.com/sharer/sharer.php?u={u}" target="_blank" rel="noopener">Facebook</a> '
            f'<a class="share-x" href="https://twitter.com/intent/tweet?url={u}&amp;text={t}" target="_blank" rel="noopener">X</a> '
            f'<a class="share-linkedin" href="https://www.linkedin.com/shareArticle?mini=true&amp;url={u}" target="_blank" rel="noopener">LinkedIn</a> '
            f'<a class="share-mail" href="mailto:?subject={t}&amp;body={u}">E-mail</a></div>')


# ---- forms that are contact forms, and the forms that are not ----------------------------------------

def cf7_contact(action, subjects):
    opts = "".join(f"<option>{escape(s)}</option>" for s in subjects)
    return (f'<div class="wpcf7 no-js" id="wpcf7-f88-p12-o1" lang="fr-FR" dir="ltr"><form action="{action}#wpcf7-f88-p12-o1" method="post" '
            'class="wpcf7-form init" novalidate="novalidate" data-status="init"><div style="display: none;">'
            '<input type="hidden" name="_wpcf7" value="88" /><input type="hidden" name="_wpcf7_version" value="5.9.3" />'
            '<input type="hidden" name="_wpcf7_unit_tag" value="wpcf7-f88-p12-o1" /></div>'
            '<p><label>Vos nom et prénom<br /><span class="wpcf7-form-control-wrap" data-name="your-name"><input size="40" class="wpcf7-form-control wpcf7-text wpcf7-validates-as-required" aria-required="true" value="" type="text" name="your-name" /></span></label></p>'
            '<p><label>Votre adresse e-mail<br /><span class="wpcf7-form-control-wrap" data-name="your-email"><input size="40" class="wpcf7-form-control wpcf7-email" value="" type="email" name="your-email" /></span></label></p>'
            f'<p><label>Service concerné<br /><span class="wpcf7-form-control-wrap" data-name="menu-service"><select class="wpcf7-form-control wpcf7-select" name="menu-service">{opts}</select></span></label></p>'
            '<p><label>Votre demande<br /><span class="wpcf7-form-control-wrap" data-name="your-message"><textarea cols="40" rows="10" class="wpcf7-form-control wpcf7-textarea" name="your-message"></textarea></span></label></p>'
            '<p><span class="wpcf7-form-control-wrap" data-name="rgpd"><span class="wpcf7-form-control wpcf7-acceptance"><label><input type="checkbox" name="rgpd" value="1" /> J\'accepte que mes données soient utilisées pour traiter ma demande.</label></span></span></p>'
            '<p><input class="wpcf7-form-control wpcf7-submit has-spinner" type="submit" value="Envoyer" /></p></form></div>')


def webform_contact(form_id, action, extra_select=None):
    sel = ""
    if extra_select:
        label, options = extra_select
        sel = (f'<div class="js-form-item form-item form-type-select"><label for="edit-objet">{escape(label)}</label>'
               f'<select data-drupal-selector="edit-objet" id="edit-objet" name="objet" class="form-select">'
               + "".join(f"<option>{escape(o)}</option>" for o in options) + "</select></div>")
    return (f'<form class="webform-submission-form webform-submission-add-form webform-submission-{form_id}-form js-webform-details-toggle" '
            f'data-drupal-selector="webform-submission-{form_id}-add-form" action="{action}" method="post" id="webform-submission-{form_id}-add-form" accept-charset="UTF-8">'
            '<div class="js-form-item form-item form-type-textfield"><label for="edit-nom" class="js-form-required form-required">Nom</label>'
            '<input data-drupal-selector="edit-nom" type="text" id="edit-nom" name="nom" size="60" maxlength="255" class="form-text required" required="required" /></div>'
            '<div class="js-form-item form-item form-type-email"><label for="edit-courriel" class="js-form-required form-required">Courriel</label>'
            '<input data-drupal-selector="edit-courriel" type="email" id="edit-courriel" name="courriel" size="60" maxlength="254" class="form-email required" required="required" /></div>'
            f'{sel}<div class="js-form-item form-item form-type-textarea"><label for="edit-message" class="js-form-required form-required">Message</label>'
            '<div class="form-textarea-wrapper"><textarea data-drupal-selector="edit-message" id="edit-message" name="message" rows="6" cols="60" class="form-textarea required resize-vertical" required="required"></textarea></div></div>'
            f'<input autocomplete="off" data-drupal-selector="form-x7" type="hidden" name="form_build_id" value="form-x7Qm2" />'
            f'<input data-drupal-selector="edit-webform-submission-{form_id}-add-form" type="hidden" name="form_id" value="webform_submission_{form_id}_add_form" />'
            '<div data-drupal-selector="edit-actions" class="form-actions webform-actions js-form-wrapper form-wrapper"><input class="webform-button--submit button button--primary js-form-submit form-submit" data-drupal-selector="edit-actions-submit" type="submit" id="edit-actions-submit" name="op" value="Envoyer" /></div></form>')


def spip_formidable(identifier, action, fields, textarea=("message", "Votre message")):
    inputs = "".join(f'<div class="editer editer_{n} obligatoire"><label for="champ_{n}">{escape(lbl)}</label>'
                     f'<input type="text" class="text" name="{n}" id="champ_{n}" value="" /></div>' for n, lbl in fields)
    ta = ""
    if textarea:
        n, lbl = textarea
        ta = (f'<div class="editer editer_{n} obligatoire"><label for="champ_{n}">{escape(lbl)}</label>'
              f'<textarea name="{n}" id="champ_{n}" rows="8" cols="40"></textarea></div>')
    return (f'<div class="formulaire_spip formulaire_formidable formulaire_formidable_{identifier}" id="formulaire_formidable_{identifier}">'
            f'<form method="post" action="{action}" enctype="multipart/form-data"><div>'
            f'<input name="formulaire_action" type="hidden" value="formidable" /><input name="formulaire_action_args" type="hidden" value="{identifier}" />'
            f'<div class="editer-groupe">{inputs}{ta}</div>'
            '<p class="boutons"><input type="submit" class="submit" value="Envoyer" /></p></div></form></div>')


def joomla_rsform(form_id, action, rows):
    fields = ""
    for kind, name, label in rows:
        if kind == "textarea":
            ctrl = f'<textarea cols="50" rows="5" name="form[{name}]" id="{name}" class="rsform-text-box"></textarea>'
        elif kind == "select":
            ctrl = f'<select name="form[{name}][]" id="{name}" class="rsform-select-box"><option>{escape(label)}</option></select>'
        else:
            ctrl = f'<input type="{kind}" value="" size="20" name="form[{name}]" id="{name}" class="rsform-input-box" />'
        fields += (f'<div class="rsform-block rsform-block-{name.lower()}"><label class="formControlLabel" for="{name}">{escape(label)}</label>'
                   f'<div class="formControls">{ctrl}</div></div>')
    return (f'<form method="post" id="userForm" action="{action}"><div id="rsform_{form_id}_page_0" class="formContainer">{fields}'
            f'<div class="rsform-block rsform-block-envoyer"><button type="submit" name="form[Envoyer]" id="Envoyer" class="rsform-submit-button btn btn-primary">Envoyer</button></div></div>'
            f'<input type="hidden" name="form[formId]" value="{form_id}"/></form>')


def powermail(action, uid, rows):
    fields = ""
    for kind, name, label in rows:
        if kind == "textarea":
            ctrl = f'<textarea id="powermail_field_{name}" class="powermail_textarea form-control" name="tx_powermail_pi1[field][{name}]" rows="5" cols="20"></textarea>'
        else:
            ctrl = f'<input id="powermail_field_{name}" class="powermail_{kind} form-control" type="{kind}" name="tx_powermail_pi1[field][{name}]" value="" />'
        fields += (f'<div class="powermail_fieldwrap powermail_fieldwrap_type_{kind} powermail_fieldwrap_{name} form-group">'
                   f'<label for="powermail_field_{name}" class="control-label">{escape(label)}</label>{ctrl}</div>')
    return (f'<div class="tx-powermail"><div class="container-fluid"><form data-powermail-validate="data-powermail-validate" action="{action}" '
            f'class="powermail_form powermail_form_{uid} nolabel" method="post" enctype="multipart/form-data"><fieldset class="powermail_fieldset">{fields}'
            f'<div class="powermail_fieldwrap powermail_fieldwrap_type_submit"><input class="btn btn-primary" type="submit" value="Envoyer" /></div></fieldset>'
            f'<input type="hidden" name="tx_powermail_pi1[mail][form]" value="{uid}" /></form></div></div>')


def vendor_form(action, rows, submit="Envoyer", cls="form-contact"):
    fields = ""
    for kind, name, label in rows:
        if kind == "textarea":
            ctrl = f'<textarea name="{name}" id="f-{name}" rows="6"></textarea>'
        elif kind == "select":
            options, label = label
            ctrl = f'<select name="{name}" id="f-{name}">' + "".join(f"<option>{escape(o)}</option>" for o in options) + "</select>"
        else:
            ctrl = f'<input type="{kind}" name="{name}" id="f-{name}">'
        fields += f'<div class="champ champ--{kind}"><label for="f-{name}">{escape(label)}</label>{ctrl}</div>'
    return f'<form class="{cls}" method="post" action="{action}">{fields}<button type="submit" class="btn">{escape(submit)}</button></form>'


def newsletter(action, cls="newsletter-form"):
    return (f'<form class="{cls}" method="post" action="{action}"><label for="nl-email">Recevez la lettre d\'information</label>'
            '<input type="email" id="nl-email" name="EMAIL" placeholder="votre@adresse.fr" required>'
            '<label><input type="checkbox" name="consent" value="1"> J\'accepte de recevoir la lettre mensuelle</label>'
            '<input type="submit" value="S\'abonner"></form>')


def booking(action, what, slots):
    opts = "".join(f"<option>{escape(s)}</option>" for s in slots)
    return (f'<form class="reservation-form booking" method="post" action="{action}"><fieldset><legend>{escape(what)}</legend>'
            f'<label for="b-date">Date souhaitée</label><input type="date" id="b-date" name="date">'
            f'<label for="b-creneau">Créneau</label><select id="b-creneau" name="creneau">{opts}</select>'
            '<label for="b-nb">Nombre de personnes</label><input type="number" id="b-nb" name="personnes" min="1" max="12">'
            '<label for="b-nom">Nom</label><input type="text" id="b-nom" name="nom"><label for="b-tel">Téléphone</label>'
            '<input type="tel" id="b-tel" name="telephone"></fieldset><button type="submit">Réserver</button></form>')


def payment(action, label):
    return (f'<form class="paiement-en-ligne" method="post" action="{action}"><h3>{escape(label)}</h3>'
            '<label for="pay-ref">Référence de la facture</label><input type="text" id="pay-ref" name="reference" required>'
            '<label for="pay-montant">Montant (€)</label><input type="text" id="pay-montant" name="montant" inputmode="decimal">'
            '<label for="pay-mail">E-mail pour le reçu</label><input type="email" id="pay-mail" name="email">'
            '<button type="submit">Payer par carte bancaire</button><p class="mention">Paiement sécurisé PayFiP.</p></form>')


def registration(action, title):
    return (f'<form class="inscription" method="post" action="{action}"><h3>{escape(title)}</h3>'
            '<label for="r-nom">Nom de l\'enfant</label><input type="text" id="r-nom" name="nom_enfant">'
            '<label for="r-naiss">Date de naissance</label><input type="date" id="r-naiss" name="naissance">'
            '<label for="r-ecole">École</label><select id="r-ecole" name="ecole"><option>École des Pins</option><option>École du Port</option></select>'
            '<label for="r-resp">Responsable légal</label><input type="text" id="r-resp" name="responsable">'
            '<label for="r-mail">E-mail</label><input type="email" id="r-mail" name="email"><button type="submit">Valider l\'inscription</button></form>')


# ---- comments ----------------------------------------------------------------------------------------

def wp_comments(items, post_id):
    lis = "".join(f'<li id="comment-{post_id * 10 + i}" class="comment even thread-even depth-1"><article class="comment-body">'
                  f'<footer class="comment-meta"><div class="comment-author vcard"><b class="fn">{escape(a)}</b> <span class="says">dit :</span></div>'
                  f'<div class="comment-metadata"><time>{escape(d)}</time></div></footer><div class="comment-content"><p>{escape(t)}</p></div>'
                  f'<div class="reply"><a rel="nofollow" class="comment-reply-link" href="#respond" data-commentid="{post_id * 10 + i}">Répondre</a></div></article></li>'
                  for i, (a, d, t) in enumerate(items))
    head = f'<h2 class="comments-title">{len(items)} réponses</h2><ol class="comment-list">{lis}</ol>' if items else ""
    return (f'<div id="comments" class="comments-area">{head}<div id="respond" class="comment-respond">'
            '<h3 id="reply-title" class="comment-reply-title">Laisser un commentaire</h3>'
            '<form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate>'
            '<p class="comment-notes">Votre adresse e-mail ne sera pas publiée.</p>'
            '<p class="comment-form-comment"><label for="comment">Commentaire</label><textarea id="comment" name="comment" cols="45" rows="8" maxlength="65525" required></textarea></p>'
            '<p class="comment-form-author"><label for="author">Nom</label><input id="author" name="author" type="text" size="30" maxlength="245" required /></p>'
            '<p class="comment-form-email"><label for="email">E-mail</label><input id="email" name="email" type="email" size="30" maxlength="100" required /></p>'
            f'<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Laisser un commentaire" />'
            f'<input type="hidden" name="comment_post_ID" value="{post_id}" id="comment_post_ID" /><input type="hidden" name="comment_parent" id="comment_parent" value="0" /></p>'
            '</form></div></div>')


def wp_comments_closed():
    return '<div id="comments" class="comments-area"><p class="no-comments">Les commentaires sont fermés.</p></div>'


def drupal_comments(items, node):
    arts = "".join(f'<article data-comment-user-id="{30 + i}" id="comment-{node + i}" class="comment js-comment by-anonymous">'
                   f'<footer class="comment__meta"><p class="comment__author"><span>{escape(a)}</span></p><p class="comment__time">{escape(d)}</p></footer>'
                   f'<div class="comment__content"><div class="field field--name-comment-body"><p>{escape(t)}</p></div></div></article>'
                   for i, (a, d, t) in enumerate(items))
    return (f'<section class="field field--name-comment field--type-comment field--label-above comment-wrapper">'
            f'<h2 class="title comment-section-title">Commentaires</h2>{arts}'
            '<h2 class="title comment-form__title">Ajouter un commentaire</h2>'
            f'<form class="comment-comment-form comment-form" data-drupal-selector="comment-form" action="/comment/reply/node/{node}/comment" method="post" id="comment-form" accept-charset="UTF-8">'
            '<div class="js-form-item form-item form-type-textfield"><label for="edit-name">Votre nom</label><input type="text" id="edit-name" name="name" class="form-text" /></div>'
            '<div class="js-form-item form-item form-type-textarea"><label for="edit-comment-body-0-value" class="js-form-required form-required">Commentaire</label>'
            '<textarea class="js-text-full text-full form-textarea required" id="edit-comment-body-0-value" name="comment_body[0][value]" rows="5" cols="60"></textarea></div>'
            '<input type="hidden" name="form_id" value="comment_comment_form" />'
            '<div class="form-actions"><input type="submit" id="edit-submit--2" name="op" value="Enregistrer" class="button button--primary form-submit" /></div></form></section>')


# ---- polls and questionnaires ------------------------------------------------------------------------

def poll_maker_widget(poll_id, question, answers):
    """A WordPress survey plugin's widget: radio answers and a vote button (the 'Poll Maker' family)."""
    radios = "".join(f'<div class="ays-poll-answer"><label><input type="radio" name="answer" value="{i + 1}"> {escape(a)}</label></div>'
                     for i, a in enumerate(answers))
    return (f'<section class="widget widget_ays_poll"><h2 class="widget-title">Votre avis</h2>'
            f'<div class="box-apm ays-poll-container" id="ays-poll-container-{poll_id}" data-id="{poll_id}">'
            f'<form method="post" class="ays-poll-form"><p class="ays_question">{escape(question)}</p>{radios}'
            f'<input type="hidden" name="ays_poll_id" value="{poll_id}"><input type="button" class="ays-poll-btn ays_finish_poll" value="Voter">'
            '<a href="#" class="ays-poll-see-results">Voir les résultats</a></form></div></section>')


def webform_questionnaire(form_id, action, questions, intro):
    body = ""
    for i, (q, answers) in enumerate(questions):
        if answers:
            radios = "".join(f'<div class="js-form-item form-item form-type-radio"><input type="radio" id="edit-q{i}-{j}" name="q{i}" value="{j}" class="form-radio" />'
                             f'<label for="edit-q{i}-{j}" class="option">{escape(a)}</label></div>' for j, a in enumerate(answers))
            body += f'<fieldset class="radios--wrapper fieldgroup form-composite webform-type-radios"><legend><span class="fieldset-legend">{escape(q)}</span></legend><div class="fieldset-wrapper"><div class="form-radios">{radios}</div></div></fieldset>'
        else:
            body += (f'<div class="js-form-item form-item form-type-textarea"><label for="edit-q{i}">{escape(q)}</label>'
                     f'<textarea id="edit-q{i}" name="q{i}" rows="4" cols="60" class="form-textarea"></textarea></div>')
    return (f'<div class="webform-intro">{intro}</div><form class="webform-submission-form webform-submission-{form_id}-form" action="{action}" method="post" '
            f'id="webform-submission-{form_id}-add-form">{body}<input type="hidden" name="form_id" value="webform_submission_{form_id}_add_form" />'
            '<div class="form-actions webform-actions"><input class="webform-button--submit button button--primary form-submit" type="submit" name="op" value="Envoyer mes réponses" /></div></form>')


def limesurvey_embed(host, sid, title):
    return (f'<div class="embed-questionnaire"><p>{escape(title)} — le questionnaire s\'affiche ci-dessous (10 minutes environ).</p>'
            f'<iframe src="https://{host}/index.php/{sid}?lang=fr&amp;newtest=Y" title="{escape(title)}" width="100%" height="900" '
            'loading="lazy" style="border:0"></iframe></div>')


def results_bars(question, rows, total, closed_on):
    bars = "".join(f'<li class="resultat"><span class="libelle">{escape(a)}</span><span class="barre" style="width:{pc}%"></span>'
                   f'<span class="pourcentage">{pc} %</span></li>' for a, pc in rows)
    return (f'<div class="resultats-sondage"><h3>{escape(question)}</h3><ul>{bars}</ul>'
            f'<p class="total">{total} réponses — sondage clos le {escape(closed_on)}.</p></div>')


def questionnaire_form(action, questions, cls="questionnaire"):
    body = ""
    for i, (q, answers) in enumerate(questions):
        if answers:
            body += (f'<fieldset><legend>{escape(q)}</legend>' + "".join(
                f'<label><input type="radio" name="question_{i}" value="{j}"> {escape(a)}</label>' for j, a in enumerate(answers)) + "</fieldset>")
        else:
            body += f'<label for="q-{i}">{escape(q)}</label><textarea id="q-{i}" name="question_{i}" rows="3"></textarea>'
    return f'<form class="{cls}" method="post" action="{action}">{body}<button type="submit">Valider mes réponses</button></form>'


# ---- petitions and ideas -----------------------------------------------------------------------------

def petition_sign(action, title, count, goal):
    return (f'<div class="petition"><h3 class="petition__title">{escape(title)}</h3>'
            f'<div class="petition__progress"><progress value="{count}" max="{goal}"></progress> <strong>{count}</strong> signatures sur {goal}</div>'
            f'<form class="petition__sign" method="post" action="{action}"><label for="ps-nom">Nom</label><input type="text" id="ps-nom" name="nom" required>'
            '<label for="ps-prenom">Prénom</label><input type="text" id="ps-prenom" name="prenom" required>'
            '<label for="ps-mail">E-mail</label><input type="email" id="ps-mail" name="email" required>'
            '<label for="ps-cp">Code postal</label><input type="text" id="ps-cp" name="code_postal">'
            '<label><input type="checkbox" name="residence" value="1"> Je certifie résider ou travailler dans la commune</label>'
            '<button type="submit">Je signe</button></form></div>')


def idea_box(action, intro, themes):
    opts = "".join(f"<option>{escape(t)}</option>" for t in themes)
    return (f'<div class="boite-a-idees"><p class="chapo">{intro}</p><form method="post" action="{action}" class="form-idee">'
            '<label for="idee-titre">Titre de votre idée</label><input type="text" id="idee-titre" name="titre" maxlength="120">'
            f'<label for="idee-theme">Thème</label><select id="idee-theme" name="theme">{opts}</select>'
            '<label for="idee-desc">Décrivez votre idée</label><textarea id="idee-desc" name="description" rows="6"></textarea>'
            '<label for="idee-quartier">Quartier concerné</label><input type="text" id="idee-quartier" name="quartier">'
            '<label for="idee-mail">Votre e-mail</label><input type="email" id="idee-mail" name="email">'
            '<button type="submit">Envoyer mon idée</button></form></div>')


# ---- Decidim -----------------------------------------------------------------------------------------

def dc_process_card(href, title, step, dates):
    return (f'<a href="{escape(href)}" class="card__grid"><div class="card__grid-img"></div><div class="card__grid-text">'
            f'<h3 class="h4 text-secondary">{escape(title)}</h3><div class="card__grid-metadata"><span>Phase actuelle : {escape(step)}</span>'
            f'<span>{escape(dates)}</span></div></div></a>')


def dc_steps(steps, active):
    lis = "".join(f'<li class="participatory-space__metadata-modal__step{" is-active" if i == active else ""}">'
                  f'<span class="participatory-space__metadata-modal__step-title">Phase {i + 1} sur {len(steps)} — {escape(s)}</span>'
                  f'<span>{escape(d)}</span></li>' for i, (s, d) in enumerate(steps))
    return f'<section class="layout-main__section"><h2 class="h4">Phases du processus</h2><ol class="participatory-space__metadata-modal__steps">{lis}</ol></section>'


def dc_component_nav(items):
    return '<nav class="participatory-space__nav"><ul class="participatory-space__nav-container">' + "".join(
        f'<li class="participatory-space__nav-item"><a class="participatory-space__nav-link" href="{escape(h)}">{escape(t)}</a></li>'
        for h, t in items) + "</ul></nav>"


def dc_proposal_list(items, new_href=None):
    cards = "".join(f'<a href="{escape(h)}" class="card__list" id="proposals__proposal_{i + 40}"><div class="card__list-content">'
                    f'<h3 class="card__list-title">{escape(t)}</h3><div class="card__list-metadata"><span class="card__list-metadata-item">{escape(a)}</span>'
                    f'<span class="card__list-metadata-item" data-supports>{s} soutiens</span><span class="card__list-metadata-item">{c} commentaires</span>'
                    f'<span class="label {"success" if st == "Acceptée" else "warning"}">{escape(st)}</span></div></div></a>'
                    for i, (h, t, a, s, c, st) in enumerate(items))
    btn = (f'<a href="{escape(new_href)}" class="button button__sm button__secondary" id="new_proposal">Nouvelle proposition</a>' if new_href else "")
    return (f'<div class="layout-main__section">{btn}<div class="proposal-list__filters"><form action="" method="get" class="new_filter" id="new_filter">'
            '<input type="hidden" name="filter[with_any_state][]" value="" /><label><input type="checkbox" name="filter[with_any_category][]" value="3"> Cadre de vie</label></form></div>'
            f'<div id="proposals" class="card__list-list">{cards}</div></div>')


def dc_comments(items, commentable, open_=True, logged_out=True):
    arts = "".join(f'<div class="comment" id="comment_{commentable * 10 + i}" data-comment-id="{commentable * 10 + i}">'
                   f'<div class="comment__header"><span class="author__name">{escape(a)}</span> <time>{escape(d)}</time></div>'
                   f'<div class="comment__content"><p>{escape(t)}</p></div><div class="comment__footer"><button class="comment__reply button button__sm button__text-secondary">Répondre</button>'
                   '<div class="comment__votes"><button class="button button__sm comment__votes--up">+1</button></div></div></div>' for i, (a, d, t) in enumerate(items))
    if open_ and logged_out:
        form = ('<div class="comment__additional-info"><p>Connectez-vous avec votre compte ou <a href="/users/sign_up">inscrivez-vous</a> '
                'pour ajouter votre commentaire.</p><a href="/users/sign_in" class="button button__sm button__secondary">Se connecter</a></div>')
    elif open_:
        form = (f'<form class="new_comment" id="new_comment_for_Proposal_{commentable}" action="/comments" method="post">'
                f'<input type="hidden" name="comment[commentable_gid]" value="Z2lkOi8vcHJvcG9zYWwve{commentable}" />'
                f'<label for="add-comment-Proposal-{commentable}">Ajouter un commentaire</label>'
                f'<textarea id="add-comment-Proposal-{commentable}" name="comment[body]" maxlength="1000" rows="4"></textarea>'
                '<button type="submit" class="button button__sm button__secondary">Publier le commentaire</button></form>')
    else:
        form = '<div class="callout warning"><p>Les commentaires sont désactivés pour le moment.</p></div>'
    return (f'<div id="comments-for-Proposal-{commentable}" class="comments" data-decidim-comments>'
            f'<h2 class="h4">{len(items)} commentaires</h2><div class="comment-threads">{arts}</div>{form}</div>')


def dc_new_proposal(action):
    return (f'<form class="new_proposal form" id="new_proposal" action="{action}" method="post" accept-charset="UTF-8">'
            '<input type="hidden" name="authenticity_token" value="k3yX9Qd2sVb" />'
            '<label for="proposal_title">Titre<span class="label-required"><span aria-hidden="true">*</span></span></label>'
            '<input minlength="15" maxlength="150" type="text" name="proposal[title]" id="proposal_title" />'
            '<label for="proposal_body">Corps du texte</label><textarea minlength="15" rows="10" name="proposal[body]" id="proposal_body"></textarea>'
            '<label for="proposal_address">Adresse</label><input type="text" name="proposal[address]" id="proposal_address" />'
            '<label for="proposal_category_id">Catégorie</label><select name="proposal[category_id]" id="proposal_category_id"><option value="">Veuillez sélectionner une catégorie</option><option value="3">Cadre de vie</option><option value="4">Mobilités</option></select>'
            '<button type="submit" class="button button__sm button__secondary">Continuer</button></form>')


def dc_survey(action, questions, until):
    qs = ""
    for i, (q, answers) in enumerate(questions):
        if answers:
            choices = "".join(f'<label><input type="radio" value="{j}" name="questionnaire[responses][{i}][choices][][answer_option_id]"> {escape(a)}</label>'
                              for j, a in enumerate(answers))
        else:
            choices = f'<textarea name="questionnaire[responses][{i}][body]" rows="3"></textarea>'
        qs += f'<div class="question" data-max-choices=""><label class="questionnaire-question">{i + 1}. {escape(q)}</label>{choices}</div>'
    return (f'<div class="questionnaire-answer"><p class="text-secondary">Ce questionnaire est ouvert jusqu\'au {escape(until)}.</p>'
            f'<form class="answer-questionnaire" action="{action}" method="post" id="answer-questionnaire">{qs}'
            '<label><input type="checkbox" name="questionnaire[tos_agreement]" value="1"> J\'accepte les conditions d\'utilisation</label>'
            '<button type="submit" class="button button__sm button__secondary" data-confirm="Vos réponses ne pourront plus être modifiées.">Envoyer</button></form></div>')


def dc_budget_projects(items, vote=True):
    cards = "".join(f'<div class="budget-list__item" id="project-{i + 10}-item"><a href="{escape(h)}" class="budget-list__text"><h3 class="h4">{escape(t)}</h3></a>'
                    f'<div class="budget-list__data"><span class="budget-list__number">{escape(a)}</span>'
                    + (f'<button class="button button__sm button__transparent-secondary budget-list__action" data-add="true">Ajouter</button>' if vote else
                       f'<span class="label success">{escape(st)}</span>') + '</div></div>'
                    for i, (h, t, a, st) in enumerate(items))
    head = ('<div class="budget-summary"><div class="budget-summary__progressbar"><progress value="0" max="100"></progress></div>'
            '<p>Vous avez attribué <strong>0 €</strong> sur un total de <strong>400 000 €</strong>.</p>'
            '<button class="button" disabled>Voter</button></div>') if vote else ""
    return f'{head}<div class="budget-list">{cards}</div>'


def dc_initiative(title, count, goal, state, sign_href=None):
    sign = (f'<a class="button button__sm button__secondary" id="initiative-vote-cabin" href="{escape(sign_href)}">Signer</a>' if sign_href else
            f'<span class="label">{escape(state)}</span>')
    return (f'<section class="initiative__aside"><div class="progress-bar__container"><div class="progress-bar__number">{count}<span> / {goal} signatures</span></div>'
            f'<progress class="progress-bar__bar" value="{count}" max="{goal}"></progress></div>{sign}<p class="initiative__state">État : {escape(state)}</p></section>')


def dc_meeting(title, when, where, registration_open):
    reg = ('<a class="button button__sm button__secondary" href="#registration">S\'inscrire</a>' if registration_open else
           '<span class="label">Inscriptions closes</span>')
    return (f'<div class="meeting__aside-block"><div class="meeting__calendar"><span>{escape(when)}</span></div><address><div class="address__location">{escape(where)}</div></address>{reg}</div>')


# ---- CONSUL Democracy --------------------------------------------------------------------------------

def cs_proposal_list(items):
    rows = "".join(f'<div id="proposal_{i + 7}" class="proposal clear" data-type="proposal"><div class="panel"><div class="row"><div class="small-12 medium-9 column">'
                   f'<div class="proposal-content"><h3><a href="{escape(h)}">{escape(t)}</a></h3><p class="proposal-info"><span class="icon-comments"></span>&nbsp;'
                   f'<a href="{escape(h)}#comments">{c} commentaires</a> &bull; {escape(a)}</p></div></div>'
                   f'<div class="small-12 medium-3 column supports-container"><div class="supports"><div class="progress small-12 round">'
                   f'<span class="meter" style="width: {min(100, s * 100 // 1200)}%"></span></div><span class="total-supports">{s} soutiens</span>'
                   '<div class="in-favor"><a class="button button-support small expanded" rel="nofollow" data-remote="true" data-method="post" href="#">Soutenir</a></div></div></div></div></div></div>'
                   for i, (h, t, a, s, c) in enumerate(items))
    return f'<div class="proposals-list">{rows}</div>'


def cs_comments(items, commentable, open_=True):
    lis = "".join(f'<div id="comment_{commentable * 10 + i}" class="comment small-12"><div class="comment-body"><span class="user-name">{escape(a)}</span>'
                  f' &bull; <time>{escape(d)}</time><div class="comment-user"><p>{escape(t)}</p></div>'
                  '<div class="comment-footer"><span class="in-favor">0</span> <a class="reply" href="#">Répondre</a></div></div></div>'
                  for i, (a, d, t) in enumerate(items))
    form = ('<div class="callout primary"><a href="/users/sign_in">Connectez-vous</a> ou <a href="/users/sign_up">inscrivez-vous</a> pour commenter.</div>'
            if open_ else '<div class="callout warning">Les commentaires sont fermés.</div>')
    return f'<section class="comments" id="comments"><h2>Commentaires <span class="js-comments-count">({len(items)})</span></h2>{form}{lis}</section>'


def cs_investment_list(items, phase):
    rows = "".join(f'<div id="budget_investment_{i + 31}" class="budget-investment clear"><div class="panel"><div class="budget-investment-content">'
                   f'<h3><a href="{escape(h)}">{escape(t)}</a></h3><p class="investment-project-info">{escape(zone)}</p></div>'
                   f'<div class="price">{escape(price)}</div>'
                   + ('<div class="ballot"><a class="button button-support small" href="#">Voter</a></div>' if phase == "balloting" else "")
                   + '</div></div>' for i, (h, t, zone, price) in enumerate(items))
    return f'<div class="budget-investments-list" data-phase="{phase}">{rows}</div>'


def cs_budget_phases(phases, current):
    lis = "".join(f'<li class="phase{" is-active" if i == current else ""}"><h3>{escape(n)}</h3><span>{escape(d)}</span></li>' for i, (n, d) in enumerate(phases))
    return f'<div class="budget-phases"><ul class="tabs">{lis}</ul></div>'


# ---- Cap Collectif -----------------------------------------------------------------------------------

def cc_stepper(project, steps, active):
    lis = "".join(f'<li class="step{" active" if i == active else ""}"><a href="/project/{project}/{kind}/{slug}">'
                  f'<span class="step-title">{escape(t)}</span><span class="step-status">{escape(st)}</span></a></li>'
                  for i, (kind, slug, t, st) in enumerate(steps))
    return f'<nav class="step-tabs" aria-label="Étapes du projet"><ul class="step-tabs__list">{lis}</ul></nav>'


def cc_proposal_cards(items):
    cards = "".join(f'<div class="proposal-preview card" data-proposal-id="{i + 100}"><div class="card__body"><h4 class="card__title"><a href="{escape(h)}">{escape(t)}</a></h4>'
                    f'<p class="excerpt">{escape(x)}</p><div class="proposal__counters"><span class="proposal__counter--votes">{v} votes</span> '
                    f'<span class="proposal__counter--comments">{c} commentaires</span></div><span class="label label-status">{escape(st)}</span></div></div>'
                    for i, (h, t, x, v, c, st) in enumerate(items))
    return f'<div class="proposal-list-view"><div class="row">{cards}</div></div>'


# ---- Go Vocal ----------------------------------------------------------------------------------------

def gv_project_cards(items):
    cards = "".join(f'<a class="e2e-project-card" href="{escape(h)}" data-testid="project-card"><div class="ProjectCard__content"><h3>{escape(t)}</h3>'
                    f'<p>{escape(x)}</p><span class="e2e-project-card-status">{escape(st)}</span></div></a>' for h, t, x, st in items)
    return f'<div id="e2e-projects-container" class="projects-list">{cards}</div>'


def gv_idea_cards(items):
    cards = "".join(f'<a class="e2e-idea-card" href="{escape(h)}"><div class="IdeaCard__body"><h3 class="e2e-idea-card-title">{escape(t)}</h3>'
                    f'<div class="e2e-idea-card-footer"><span class="e2e-ideacard-upvote-count">{v}</span> <span class="e2e-ideacard-comment-count">{c}</span></div></div></a>'
                    for h, t, v, c in items)
    return f'<div class="e2e-ideas-container ideas-list">{cards}</div>'


def gv_phases(phases, current):
    lis = "".join(f'<li class="e2e-phase-selector{" selected" if i == current else ""}"><span class="phase-number">{i + 1}</span> {escape(t)} <small>{escape(d)}</small></li>'
                  for i, (t, d) in enumerate(phases))
    return f'<div id="project-timeline" class="e2e-timeline"><ol>{lis}</ol></div>'


def gv_comments(items, idea):
    arts = "".join(f'<div class="e2e-comment-thread"><div class="e2e-comment" id="comment-{idea}-{i}"><span class="e2e-username">{escape(a)}</span> '
                   f'<time>{escape(d)}</time><div class="e2e-comment-body"><p>{escape(t)}</p></div></div></div>' for i, (a, d, t) in enumerate(items))
    return (f'<section id="e2e-comments-container" class="comments-section"><h2>Commentaires ({len(items)})</h2>{arts}'
            f'<form id="e2e-comment-form" class="e2e-parent-comment-form" method="post" action="/web_api/v1/ideas/{idea}/comments">'
            '<label for="submit-comment">Écrire un commentaire</label><textarea id="submit-comment" name="comment[body_multiloc][fr-FR]" rows="3" placeholder="Écrivez votre commentaire ici"></textarea>'
            '<button type="submit" class="e2e-submit-comment">Publier</button></form></section>')


# ---- forums and neighbours' networks -----------------------------------------------------------------

def discourse_topic_list(rows):
    trs = "".join(f'<tr class="topic-list-item"><td class="main-link"><meta itemprop="position" content="{i + 1}"><span class="link-top-line">'
                  f'<a itemprop="url" href="{escape(h)}" class="title raw-link raw-topic-link">{escape(t)}</a></span>'
                  f'<div class="link-bottom-line"><a href="{escape(cat_h)}" class="badge-wrapper bullet"><span class="badge-category-bg"></span><span class="category-name">{escape(cat)}</span></a></div></td>'
                  f'<td class="replies"><span class="posts" title="messages">{r}</span></td><td class="views"><span class="views" title="vues">{v}</span></td></tr>'
                  for i, (h, t, cat_h, cat, r, v) in enumerate(rows))
    return (f'<div class="topic-list-container" itemscope itemtype="http://schema.org/ItemList"><table class="topic-list"><thead><tr><th>Sujet</th><th class="replies">Réponses</th>'
            f'<th class="views">Vues</th></tr></thead><tbody>{trs}</tbody></table></div>')


def discourse_posts(posts):
    return "".join(f'<div class="topic-body crawler-post" itemprop="comment" itemscope itemtype="http://schema.org/Comment">'
                   f'<div class="crawler-post-meta"><span class="creator" itemprop="author"><a href="/u/{escape(u)}"><span itemprop="name">{escape(u)}</span></a></span>'
                   f'<span class="crawler-post-infos"><time itemprop="datePublished" class="post-time">{escape(d)}</time><span itemprop="position">{i + 1}</span></span></div>'
                   f'<div class="post" itemprop="text"><p>{escape(t)}</p></div></div>' for i, (u, d, t) in enumerate(posts))


def phpbb_forumlist(rows):
    lis = "".join(f'<li class="row"><dl class="row-item forum_read"><dt title="Aucun message non lu"><div class="list-inner">'
                  f'<a href="{escape(h)}" class="forumtitle">{escape(t)}</a><br />{escape(x)}</div></dt><dd class="topics">{tp} <dfn>Sujets</dfn></dd>'
                  f'<dd class="posts">{ps} <dfn>Messages</dfn></dd><dd class="lastpost"><span><dfn>Dernier message </dfn>par {escape(u)}</span></dd></dl></li>'
                  for h, t, x, tp, ps, u in rows)
    return (f'<div class="forabg"><div class="inner"><ul class="topiclist"><li class="header"><dl class="row-item"><dt><div class="list-inner">Forum</div></dt>'
            f'<dd class="topics">Sujets</dd><dd class="posts">Messages</dd><dd class="lastpost"><span>Dernier message</span></dd></dl></li></ul>'
            f'<ul class="topiclist forums">{lis}</ul></div></div>')


def phpbb_topic(posts, reply_href):
    arts = "".join(f'<div id="p{200 + i}" class="post has-profile bg{1 + i % 2}"><div class="inner"><dl class="postprofile" id="profile{200 + i}">'
                   f'<dt class="no-profile-rank no-avatar"><a href="/memberlist.php?mode=viewprofile&amp;u={40 + i}" class="username">{escape(u)}</a></dt></dl>'
                   f'<div class="postbody"><div id="post_content{200 + i}"><h3>Re: sujet</h3><p class="author"><span class="responsive-hide">par <strong>{escape(u)}</strong> » </span>{escape(d)}</p>'
                   f'<div class="content">{escape(t)}</div></div></div></div></div>' for i, (u, d, t) in enumerate(posts))
    return (f'<div class="action-bar bar-top"><a href="{escape(reply_href)}" class="button" title="Répondre"><span>Répondre</span></a></div>{arts}')


def community_feed(posts):
    cards = "".join(f'<article class="post-card"><header><span class="post-author">{escape(a)}</span> · <span class="post-quartier">{escape(q)}</span>'
                    f' · <time>{escape(d)}</time></header><p>{escape(t)}</p><footer><a href="#" class="post-reply">Répondre</a> · {r} réponses</footer></article>'
                    for a, q, d, t, r in posts)
    return (f'<form class="post-composer" method="post" action="/publications"><label for="pub">Publier auprès de vos voisins</label>'
            f'<textarea id="pub" name="publication[contenu]" rows="3" placeholder="Prêt de matériel, entraide, événement…"></textarea>'
            f'<select name="publication[type]"><option>Entraide</option><option>Don</option><option>Événement</option></select><button type="submit">Publier</button></form>'
            f'<div class="feed">{cards}</div>')
