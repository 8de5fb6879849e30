"""Markup helpers of the twenty-fourth holdout part: blocks written the way the CMS plugins, e-services
portals and participation platforms that French cities use render them (class names, routes, form fields)."""
from html import escape


def prose(*paragraphs):
    return "".join(f"<p>{p}</p>" for p in paragraphs)


def links(title, items, cls="liens-utiles"):
    rows = "".join(f'<li><a href="{href}">{label}</a></li>' for href, label in items)
    return f'<nav class="{cls}"><h2>{title}</h2><ul>{rows}</ul></nav>'


def cookie_banner(cls="tarteaucitron"):
    return (f'<div id="{cls}Root" class="{cls}-banner" role="dialog" aria-label="Gestion des cookies">'
            '<p>Ce site utilise des traceurs pour mesurer son audience. Vous pouvez accepter ou refuser.</p>'
            f'<button type="button" class="{cls}-allow">Tout accepter</button>'
            f'<button type="button" class="{cls}-deny">Tout refuser</button>'
            f'<button type="button" class="{cls}-personalize">Personnaliser</button></div>')


def teasers(items, heading="Actualités"):
    cards = "".join(f'<article class="teaser"><span class="teaser__date">{date}</span>'
                    f'<h3 class="teaser__title"><a href="{href}">{title}</a></h3><p>{chapo}</p></article>'
                    for href, title, date, chapo in items)
    return f'<section class="news-teasers"><h2>{heading}</h2>{cards}</section>'


def agenda(items):
    rows = "".join(f'<li class="agenda-item"><time>{date}</time> <a href="{href}">{title}</a> <span class="lieu">{place}</span></li>'
                   for date, href, title, place in items)
    return f'<section class="agenda-home"><h2>Agenda</h2><ul>{rows}</ul></section>'


def home(intro, tiles, news, events=(), banner=True):
    tile_html = "".join(f'<li class="acces-rapide__item"><a href="{href}"><span class="picto" aria-hidden="true"></span>{label}</a></li>'
                        for href, label in tiles)
    return ((cookie_banner() if banner else "") + f'<div class="hero"><p class="hero__intro">{intro}</p></div>'
            + f'<nav class="acces-rapides" aria-label="Accès rapides"><h2>Accès rapides</h2><ul>{tile_html}</ul></nav>'
            + teasers(news) + (agenda(events) if events else "")
            + '<section class="kiosque"><h2>Le magazine municipal</h2><p>Le dernier numéro est disponible en mairie, '
              'dans les commerces et en téléchargement (PDF, 6 Mo).</p></section>')


def aside(main, side):
    return f'<div class="layout-2cols"><div class="col-main">{main}</div><aside class="sidebar" role="complementary">{side}</aside></div>'


def share(url):
    u = escape(url, quote=True)
    return ('<div class="share-buttons"><span>Partager :</span>'
            f'<a class="share share--facebook" href="https://www.facebook.com/sharer/sharer.php?u={u}" target="_blank">Facebook</a>'
            f'<a class="share share--x" href="https://twitter.com/intent/tweet?url={u}" target="_blank">X</a>'
            f'<a class="share share--linkedin" href="https://www.linkedin.com/shareArticle?mini=true&amp;url={u}" target="_blank">LinkedIn</a>'
            '<a class="share share--mail" href="mailto:?subject=A%20lire">Courriel</a></div>')


# ---- forms that carry a message to the city -----------------------------------------------------------

def cf7(action, form_id=412, subject=True):
    sub = ('<p><label>Objet<br /><span class="wpcf7-form-control-wrap" data-name="your-subject">'
           '<input type="text" name="your-subject" size="40" class="wpcf7-form-control wpcf7-text" /></span></label></p>') if subject else ""
    return (f'<div class="wpcf7 no-js" id="wpcf7-f{form_id}-p20-o1" lang="fr-FR" dir="ltr">'
            f'<form action="{action}#wpcf7-f{form_id}-p20-o1" method="post" class="wpcf7-form init" novalidate="novalidate" data-status="init">'
            f'<div style="display: none;"><input type="hidden" name="_wpcf7" value="{form_id}" /><input type="hidden" name="_wpcf7_version" value="5.9.3" />'
            '<input type="hidden" name="_wpcf7_locale" value="fr_FR" /></div>'
            '<p><label>Votre nom<br /><span class="wpcf7-form-control-wrap" data-name="your-name"><input type="text" name="your-name" size="40" class="wpcf7-form-control wpcf7-text wpcf7-validates-as-required" aria-required="true" /></span></label></p>'
            '<p><label>Votre courriel<br /><span class="wpcf7-form-control-wrap" data-name="your-email"><input type="email" name="your-email" size="40" class="wpcf7-form-control wpcf7-email wpcf7-validates-as-required" aria-required="true" /></span></label></p>'
            + sub +
            '<p><label>Votre message<br /><span class="wpcf7-form-control-wrap" data-name="your-message"><textarea name="your-message" cols="40" rows="10" class="wpcf7-form-control wpcf7-textarea"></textarea></span></label></p>'
            '<p><input type="submit" value="Envoyer" class="wpcf7-form-control wpcf7-submit has-spinner" /></p>'
            '<div class="wpcf7-response-output" aria-hidden="true"></div></form></div>')


def webform(action, form="contact", fields=(("name", "Votre nom", "text"), ("email", "Votre adresse de courriel", "email"),
                                           ("subject", "Objet", "text")), message=("message", "Message")):
    sel = form.replace("_", "-")
    rows = "".join(f'<div class="js-form-item form-item js-form-type-{t} form-item-{n} js-form-item-{n}">'
                   f'<label for="edit-{n}" class="js-form-required form-required">{label}</label>'
                   f'<input data-drupal-selector="edit-{n}" type="{t}" id="edit-{n}" name="{n}" value="" size="60" class="form-{t} required" required="required" /></div>'
                   for n, label, t in fields)
    msg = ""
    if message:
        n, label = message
        msg = (f'<div class="js-form-item form-item js-form-type-textarea form-item-{n} js-form-item-{n}">'
               f'<label for="edit-{n}" class="js-form-required form-required">{label}</label><div class="form-textarea-wrapper">'
               f'<textarea data-drupal-selector="edit-{n}" id="edit-{n}" name="{n}" rows="5" cols="60" class="form-textarea required resize-vertical"></textarea></div></div>')
    return (f'<form class="webform-submission-form webform-submission-add-form webform-submission-{sel}-form js-webform-details-toggle webform-details-toggle" '
            f'data-drupal-selector="webform-submission-{sel}-add-form" action="{action}" method="post" id="webform-submission-{sel}-add-form" accept-charset="UTF-8">'
            + rows + msg +
            f'<div data-drupal-selector="edit-actions" class="form-actions webform-actions js-form-wrapper form-wrapper" id="edit-actions">'
            f'<input class="webform-button--submit button button--primary js-form-submit form-submit" data-drupal-selector="edit-actions-submit" type="submit" id="edit-actions-submit" name="op" value="Envoyer" /></div>'
            f'<input autocomplete="off" data-drupal-selector="form-x3b" type="hidden" name="form_build_id" value="form-x3b9Qk2" />'
            f'<input data-drupal-selector="edit-webform-submission-{sel}-add-form" type="hidden" name="form_id" value="webform_submission_{form}_add_form" /></form>')


def drupal_comments(node, comments, open_=True):
    shown = "".join(f'<article data-comment-user-id="0" id="comment-{node * 10 + i}" class="comment js-comment by-anonymous">'
                    f'<footer class="comment__meta"><p class="comment__author">{escape(who)}</p><p class="comment__time">{when}</p></footer>'
                    f'<div class="comment__content"><p>{escape(text)}</p></div></article>' for i, (who, when, text) in enumerate(comments))
    form = ""
    if open_:
        form = (f'<h2 class="comment-form__title">Ajouter un commentaire</h2>'
                f'<form class="comment-comment-form comment-form" data-drupal-selector="comment-form" action="/comment/reply/node/{node}/comment" method="post" id="comment-form" accept-charset="UTF-8">'
                '<div class="js-form-item form-item form-item-name"><label for="edit-name">Votre nom</label><input data-drupal-selector="edit-name" type="text" id="edit-name" name="name" value="" size="30" maxlength="60" class="form-text" /></div>'
                '<div class="js-form-item form-item form-item-comment-body-0-value"><label for="edit-comment-body-0-value" class="js-form-required form-required">Commentaire</label>'
                '<textarea data-drupal-selector="edit-comment-body-0-value" id="edit-comment-body-0-value" name="comment_body[0][value]" rows="5" cols="60" class="form-textarea required"></textarea></div>'
                '<input type="hidden" name="form_id" value="comment_comment_form" /><div class="form-actions"><input type="submit" id="edit-submit" name="op" value="Enregistrer" class="button button--primary form-submit" /></div></form>')
    return f'<section class="comment-section" id="comments"><h2 class="comments__title">Commentaires</h2>{shown}{form}</section>'


def wp_comments(comments, post_id, open_=True):
    items = "".join(f'<li id="comment-{post_id * 10 + i}" class="comment even thread-even depth-1"><article class="comment-body">'
                    f'<footer class="comment-meta"><div class="comment-author vcard"><b class="fn">{escape(who)}</b> <span class="says">dit :</span></div>'
                    f'<div class="comment-metadata"><time>{when}</time></div></footer><div class="comment-content"><p>{escape(text)}</p></div>'
                    f'<div class="reply"><a rel="nofollow" class="comment-reply-link" href="#respond" data-commentid="{post_id * 10 + i}">Répondre</a></div></article></li>'
                    for i, (who, when, text) in enumerate(comments))
    head = f'<h2 class="comments-title">{len(comments)} réactions</h2><ol class="comment-list">{items}</ol>' if comments else ""
    if not open_:
        return f'<div id="comments" class="comments-area">{head}<p class="no-comments">Les commentaires sont fermés.</p></div>'
    return (f'<div id="comments" class="comments-area">{head}<div id="respond" class="comment-respond">'
            '<h3 id="reply-title" class="comment-reply-title">Laisser un commentaire</h3>'
            '<form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate>'
            '<p class="comment-notes">Votre adresse e-mail ne sera pas publiée.</p>'
            '<p class="comment-form-comment"><label for="comment">Commentaire <span class="required">*</span></label><textarea id="comment" name="comment" cols="45" rows="8" maxlength="65525" required></textarea></p>'
            '<p class="comment-form-author"><label for="author">Nom</label><input id="author" name="author" type="text" value="" size="30" maxlength="245" /></p>'
            '<p class="comment-form-email"><label for="email">E-mail</label><input id="email" name="email" type="email" value="" size="30" maxlength="100" /></p>'
            f'<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Laisser un commentaire" />'
            f'<input type="hidden" name="comment_post_ID" value="{post_id}" id="comment_post_ID" /><input type="hidden" name="comment_parent" id="comment_parent" value="0" /></p>'
            '</form></div></div>')


def spip_forum(article, messages):
    shown = "".join(f'<li class="forum-fil"><div class="forum-message"><div class="forum-chapo"><strong class="forum-titre">{escape(title)}</strong>'
                    f'<small>{when}, par {escape(who)}</small></div><div class="forum-texte"><p>{escape(text)}</p>'
                    f'<p class="forum-repondre"><a href="#formulaire_forum">Répondre à ce message</a></p></div></div></li>'
                    for i, (title, who, when, text) in enumerate(messages))
    return (f'<div class="forum-repondre"><h2>Réagir</h2></div><ul class="forum">{shown}</ul>'
            f'<div class="formulaire_spip formulaire_forum ajax" id="formulaire_forum"><form action="spip.php?article{article}#formulaire_forum" method="post" enctype="multipart/form-data"><div>'
            f'<input name="formulaire_action" type="hidden" value="forum" /><input name="id_article" type="hidden" value="{article}" />'
            '<fieldset><legend>Votre message</legend><div class="editer-groupe">'
            '<div class="editer saisie_titre obligatoire"><label for="titre">Titre (obligatoire)</label><input type="text" class="text" name="titre" id="titre" value="" size="60" /></div>'
            '<div class="editer saisie_texte obligatoire"><label for="texte">Texte de votre message (obligatoire)</label><textarea name="texte" id="texte" rows="10" cols="60"></textarea></div>'
            '</div></fieldset><fieldset><legend>Qui êtes-vous ?</legend><div class="editer saisie_session_nom"><label for="session_nom">Votre nom</label><input type="text" class="text" name="session_nom" id="session_nom" value="" size="40" /></div>'
            '<div class="editer saisie_session_email"><label for="session_email">Votre adresse email</label><input type="email" class="text email" name="session_email" id="session_email" value="" size="40" /></div></fieldset>'
            '<p class="boutons"><input type="submit" class="submit" name="previsualiser_message" value="Prévisualiser" /></p></div></form></div>')


def spip_contact(action):
    return (f'<div class="formulaire_spip formulaire_contact formulaire_contact_auteur ajax"><form method="post" action="{action}"><div>'
            '<input name="formulaire_action" type="hidden" value="contact" /><div class="editer-groupe">'
            '<div class="editer editer_mail obligatoire"><label for="mail">Votre adresse email</label><input type="email" name="mail" id="mail" class="text" value="" /></div>'
            '<div class="editer editer_sujet obligatoire"><label for="sujet">Sujet</label><input type="text" name="sujet" id="sujet" class="text" value="" /></div>'
            '<div class="editer editer_texte obligatoire"><label for="texte_contact">Votre message</label><textarea name="texte" id="texte_contact" rows="8" cols="40"></textarea></div>'
            '</div><p class="boutons"><input type="submit" class="submit" value="Envoyer le message" /></p></div></form></div>')


def joomla_contact(contact_id):
    return (f'<form id="contact-form" action="/index.php?option=com_contact&amp;view=contact&amp;id={contact_id}" method="post" class="com-contact__form form-validate">'
            '<fieldset><legend>Envoyer un message. Tous les champs avec un * sont obligatoires.</legend>'
            '<div class="control-group"><label id="jform_contact_name-lbl" for="jform_contact_name">Nom *</label><input type="text" name="jform[contact_name]" id="jform_contact_name" class="form-control required" required></div>'
            '<div class="control-group"><label for="jform_contact_email">E-mail *</label><input type="email" name="jform[contact_email]" id="jform_contact_email" class="form-control validate-email required" required></div>'
            '<div class="control-group"><label for="jform_contact_emailmsg">Sujet *</label><input type="text" name="jform[contact_subject]" id="jform_contact_emailmsg" class="form-control required" required></div>'
            '<div class="control-group"><label for="jform_contact_message">Message *</label><textarea name="jform[contact_message]" id="jform_contact_message" cols="50" rows="10" class="form-control required" required></textarea></div>'
            '</fieldset><div class="control-group"><button class="btn btn-primary validate" type="submit">Envoyer</button></div>'
            '<input type="hidden" name="option" value="com_contact"><input type="hidden" name="task" value="contact.submit">'
            f'<input type="hidden" name="id" value="{contact_id}:mairie"><input type="hidden" name="a3f9c2e1b7d4" value="1"></form>')


def powermail(action, form_id, fields, submit="Envoyer"):
    """TYPO3 powermail: fields are (name, label, kind, options); kind: input, email, textarea, radio, check."""
    out = []
    for name, label, kind, options in fields:
        field_name = f"tx_powermail_pi1[field][{name}]"
        if kind == "textarea":
            ctl = f'<textarea rows="5" cols="20" id="powermail_field_{name}" class="powermail_textarea" name="{field_name}"></textarea>'
        elif kind in ("radio", "check"):
            t = "radio" if kind == "radio" else "checkbox"
            suffix = "" if kind == "radio" else "[]"
            ctl = "".join(f'<div class="{t}"><label><input type="{t}" id="powermail_field_{name}_{i}" class="powermail_{t}" name="{field_name}{suffix}" value="{escape(o)}" />{escape(o)}</label></div>'
                          for i, o in enumerate(options))
        else:
            ctl = f'<input type="{"email" if kind == "email" else "text"}" id="powermail_field_{name}" class="powermail_input" name="{field_name}" value="" />'
        out.append(f'<div class="powermail_fieldwrap powermail_fieldwrap_type_{kind} powermail_fieldwrap_{name}"><label for="powermail_field_{name}" class="powermail_label">{label}</label>'
                   f'<div class="powermail_field">{ctl}</div></div>')
    return (f'<div class="tx-powermail"><div class="container-fluid"><form data-powermail-validate="data-powermail-validate" action="{action}?tx_powermail_pi1%5Baction%5D=create&amp;tx_powermail_pi1%5Bcontroller%5D=Form" '
            f'class="powermail_form powermail_form_{form_id} nolabel" method="post" enctype="multipart/form-data"><fieldset class="powermail_fieldset powermail_fieldset_{form_id}">'
            + "".join(out) +
            f'<div class="powermail_fieldwrap powermail_fieldwrap_type_submit"><div class="powermail_field"><input class="btn btn-primary powermail_submit" type="submit" value="{submit}" /></div></div>'
            f'</fieldset><input type="hidden" name="tx_powermail_pi1[mail][form]" value="{form_id}" /></form></div></div>')


def publik_form(action, fields, submit="Valider", steps=None):
    """w.c.s. (Publik) form: fields are (kind, label); kind: string, email, text, date, select, radio, file, item."""
    out = []
    for i, (kind, label) in enumerate(fields, 1):
        name = f"f{i}"
        if kind == "text":
            ctl = f'<textarea id="form_{name}" name="{name}" cols="72" rows="8" aria-required="true"></textarea>'
            cls = "TextWidget"
        elif kind == "select":
            ctl = f'<select id="form_{name}" name="{name}"><option value="">---</option><option>Salle Prévert</option><option>Salle des Tilleuls</option></select>'
            cls = "SingleSelectWidget"
        elif kind == "radio":
            ctl = "".join(f'<label><input type="radio" name="{name}" value="{v}" /> {v}</label>' for v in ("Oui", "Non"))
            cls = "RadiobuttonsWidget"
        elif kind == "file":
            ctl = f'<input type="file" id="form_{name}" name="{name}$file" />'
            cls = "FileWithPreviewWidget"
        else:
            t = {"email": "email", "date": "date"}.get(kind, "text")
            ctl = f'<input type="{t}" id="form_{name}" name="{name}" value="" />'
            cls = {"email": "EmailWidget", "date": "DateWidget"}.get(kind, "StringWidget")
        out.append(f'<div class="widget {cls} template-{kind}" data-field-id="{i}" id="var_{name}"><div class="title"><label for="form_{name}">{label}</label></div>'
                   f'<div class="content">{ctl}</div></div>')
    step_html = ""
    if steps:
        step_html = '<div class="wcs-step-list"><ol>' + "".join(
            f'<li class="wcs-step{" current" if i == 0 else ""}"><span class="wcs-step--label">{s}</span></li>' for i, s in enumerate(steps)) + '</ol></div>'
    return (f'<div id="form-content" class="wcs-form">{step_html}<form action="{action}" method="post" enctype="multipart/form-data" class="quixote" novalidate="novalidate">'
            '<input type="hidden" name="_form_id" value="1" /><div class="form-pages">' + "".join(out) +
            f'</div><div class="buttons submit"><button class="submit-button" name="submit" value="{submit}">{submit}</button></div>'
            '<input type="hidden" name="_ajax_form_token" value="9c1f" /></form></div>')


def vendor_form(action, fields, submit="Envoyer", cls="form-contact"):
    """A proprietary CMS form: fields are (name, label, kind)."""
    rows = []
    for name, label, kind in fields:
        if kind == "textarea":
            ctl = f'<textarea id="{name}" name="{name}" rows="6" required></textarea>'
        elif kind == "checkbox":
            ctl = f'<input type="checkbox" id="{name}" name="{name}" value="1" />'
        elif kind == "select":
            ctl = f'<select id="{name}" name="{name}"><option>Centre</option><option>Nord</option><option>Sud</option></select>'
        else:
            ctl = f'<input type="{kind}" id="{name}" name="{name}" />'
        rows.append(f'<div class="form-group form-group--{kind}"><label for="{name}">{label}</label>{ctl}</div>')
    return (f'<form class="{cls}" action="{action}" method="post" data-validate="true">' + "".join(rows)
            + '<input type="hidden" name="csrf_token" value="b81f2a" />'
            + f'<div class="form-actions"><button type="submit" class="btn btn--primary">{submit}</button></div></form>')


def newsletter(action, cls="newsletter"):
    return (f'<form class="{cls}-form" action="{action}" method="post"><h2>Lettre d\'information</h2>'
            '<label for="nl-email">Votre courriel</label><input type="email" id="nl-email" name="email" placeholder="prenom.nom@exemple.fr" />'
            '<label><input type="checkbox" name="rgpd" value="1" /> J\'accepte de recevoir la lettre municipale</label>'
            '<button type="submit">Je m\'abonne</button></form>')


# ---- polls and questionnaires ---------------------------------------------------------------------------

def wp_polls(poll_id, question, answers):
    rows = "".join(f'<li><input type="radio" id="poll-answer-{poll_id * 10 + i}" name="poll_{poll_id}" value="{poll_id * 10 + i}" />'
                   f'<label for="poll-answer-{poll_id * 10 + i}">{escape(a)}</label></li>' for i, a in enumerate(answers))
    return (f'<section id="polls-widget-2" class="widget widget_polls-widget"><h2 class="widget-title">Sondage</h2>'
            f'<div id="polls-{poll_id}" class="wp-polls"><form id="polls_form_{poll_id}" class="wp-polls-form" action="/index.php" method="post">'
            f'<p style="display: none;"><input type="hidden" id="poll_{poll_id}_nonce" name="wp-polls-nonce" value="3e1a0c" /></p>'
            f'<p style="display: none;"><input type="hidden" name="poll_id" value="{poll_id}" /></p>'
            f'<p style="text-align: center;"><strong>{escape(question)}</strong></p><div id="polls-{poll_id}-ans" class="wp-polls-ans"><ul class="wp-polls-ul">{rows}</ul>'
            f'<p style="text-align: center;"><input type="button" name="vote" value="   Voter   " class="Buttons" onclick="poll_vote({poll_id});" /></p>'
            f'<p style="text-align: center;"><a href="#ViewPollResults" onclick="poll_result({poll_id}); return false;" title="Voir les résultats de ce sondage">Voir les résultats</a></p></div></form></div></section>')


def wp_polls_results(poll_id, question, rows, voters):
    items = "".join(f'<li>{escape(a)} <small>({pct}%, {n} votes)</small><div class="pollbar" style="width: {pct}%;" title="{escape(a)} ({pct}% | {n} votes)"></div></li>'
                    for a, pct, n in rows)
    return (f'<div id="polls-{poll_id}" class="wp-polls"><p style="text-align: center;"><strong>{escape(question)}</strong></p>'
            f'<div id="polls-{poll_id}-ans" class="wp-polls-ans"><ul class="wp-polls-ul">{items}</ul>'
            f'<p style="text-align: center;">Votants : <strong>{voters}</strong></p><p style="text-align: center;">Ce sondage est clos.</p></div></div>')


def crowdsignal(poll_id, question):
    return (f'<div class="crowdsignal-poll"><h3>{escape(question)}</h3>'
            f'<script type="text/javascript" charset="utf-8" src="https://secure.polldaddy.com/p/{poll_id}.js"></script>'
            f'<noscript><a href="https://poll.fm/{poll_id}">{escape(question)}</a></noscript></div>')


def iframe(src, title, height=900):
    return (f'<div class="embed embed--form"><iframe src="{escape(src, quote=True)}" title="{escape(title, quote=True)}" width="100%" height="{height}" '
            'frameborder="0" loading="lazy" allowfullscreen></iframe></div>')


def radio_questionnaire(action, intro, questions, cls="questionnaire", free=None):
    qs = []
    for i, (q, options) in enumerate(questions, 1):
        opts = "".join(f'<label><input type="radio" name="q{i}" value="{j}" /> {escape(o)}</label>' for j, o in enumerate(options))
        qs.append(f'<fieldset class="{cls}__question"><legend>{i}. {escape(q)}</legend>{opts}</fieldset>')
    if free:
        qs.append(f'<fieldset class="{cls}__question"><legend>{escape(free)}</legend><textarea name="q_libre" rows="4"></textarea></fieldset>')
    return (f'<form class="{cls}" action="{action}" method="post"><p class="{cls}__intro">{intro}</p>' + "".join(qs)
            + f'<button type="submit" class="{cls}__submit">Envoyer mes réponses</button></form>')


# ---- participation platforms ------------------------------------------------------------------------------

def decidim_cards(items, kind="process"):
    cards = "".join(f'<a href="{href}" class="card__grid" data-type="{kind}"><div class="card__grid-img"></div>'
                    f'<div class="card__grid-text"><h3 class="h4 text-secondary">{title}</h3>'
                    f'<div class="card__grid-metadata"><span>{meta}</span></div></div></a>'
                    for href, title, meta in items)
    return f'<div class="card__grid-grid" id="{kind}-grid">{cards}</div>'


def decidim_list(items, kind="proposals"):
    rows = "".join(f'<a href="{href}" class="card__list" id="{kind}__{kind[:-1]}_{i}"><div class="card__list-content">'
                   f'<div class="card__list-title">{title}</div><div class="card__list-metadata"><span>{meta}</span></div></div></a>'
                   for i, (href, title, meta) in enumerate(items, 101))
    return f'<div id="{kind}" class="card__list-list">{rows}</div>'


def decidim_phase(steps, current):
    rows = "".join(f'<li class="process__phase{" is-active" if i == current else ""}"><span>{s}</span></li>' for i, s in enumerate(steps))
    return f'<section class="layout-main__section"><h2 class="h4">Phases</h2><ol class="process__phases">{rows}</ol></section>'


def decidim_comments(resource, comments, signed_in_prompt=True):
    shown = "".join(f'<div class="comment" id="comment_{resource}{i}" data-comment-id="{resource}{i}"><div class="comment__header">'
                    f'<span class="author__name">{escape(who)}</span> <span class="comment__date">{when}</span></div>'
                    f'<div class="comment__content editor-content"><p>{escape(text)}</p></div>'
                    f'<div class="comment__footer"><button class="comment__reply" data-controls="panel-{resource}{i}">Répondre</button></div></div>'
                    for i, (who, when, text) in enumerate(comments))
    add = ('<div class="add-comment" id="add-comment-anchor"><p>Connectez-vous avec votre compte ou inscrivez-vous pour ajouter votre commentaire.</p>'
           '<a class="button button__sm button__secondary" href="/users/sign_in">Se connecter</a></div>') if signed_in_prompt else ""
    return (f'<div id="comments" class="comments"><div class="comments__header"><h2 class="h4">{len(comments)} commentaires</h2></div>'
            f'<div id="comments-for-Proposal-{resource}" data-decidim-comments>{shown}</div>{add}</div>')


def decidim_survey(action, questions):
    qs = "".join(f'<div class="answer question" data-max-choices="1"><label class="answer-questionnaire__title">{i}. {escape(q)}</label>'
                 + "".join(f'<div class="answer-questionnaire__choice"><label><input type="radio" value="{j}" name="questionnaire[responses][{i - 1}][choices][][body]" /> {escape(o)}</label></div>'
                           for j, o in enumerate(options)) + '</div>'
                 for i, (q, options) in enumerate(questions, 1))
    return (f'<div class="answer-questionnaire"><form class="form answer-questionnaire" id="new_questionnaire" action="{action}" accept-charset="UTF-8" method="post">'
            '<input type="hidden" name="authenticity_token" value="q1w2e3" /><div class="answer-questionnaire__step">' + qs +
            '</div><div class="answer-questionnaire__submit"><label><input type="checkbox" name="questionnaire[tos_agreement]" value="1" /> J\'accepte les conditions</label>'
            '<button type="submit" class="button button__lg button__secondary">Envoyer</button></div></form></div>')


def consul_items(kind, items):
    """CONSUL list: kind is debate, proposal or budget-investment; items are (id, href, title, meta)."""
    rows = "".join(f'<div id="{kind.replace("-", "_")}_{i}" class="{kind} clear" data-type="{kind}"><div class="panel"><div class="row"><div class="small-12 medium-9 column">'
                   f'<div class="{kind}-content"><h3><a href="{href}">{escape(title)}</a></h3><p class="{kind}-info"><span class="icon-comments"></span> {meta}</p></div></div>'
                   f'<div class="small-12 medium-3 column supports-container"><div class="supports"><span class="total-supports">{(i * 7) % 90 + 3} soutiens</span></div></div></div></div></div>'
                   for i, href, title, meta in items)
    return f'<div class="{kind}s-list" id="{kind}s-list">{rows}</div>'


def consul_comments(commentable, comments, form=True):
    shown = "".join(f'<div id="comment_{commentable}{i}" class="comment small-12"><div class="comment-body"><span class="user-name">{escape(who)}</span> '
                    f'<span class="bullet">&nbsp;&bull;&nbsp;</span><time>{when}</time><div class="comment-user"><p>{escape(text)}</p></div>'
                    f'<div class="comment-footer"><a class="reply" href="#comment_{commentable}{i}-reply">Répondre</a> <span class="votes">Utile ?</span></div></div></div>'
                    for i, (who, when, text) in enumerate(comments))
    add = ""
    if form:
        add = (f'<form class="new_comment" id="new_comment" action="/comments" accept-charset="UTF-8" method="post">'
               f'<input type="hidden" name="comment[commentable_type]" value="Debate" /><input type="hidden" name="comment[commentable_id]" value="{commentable}" />'
               f'<label for="comment-body-debate_{commentable}">Laissez votre commentaire</label>'
               f'<textarea id="comment-body-debate_{commentable}" maxlength="1000" name="comment[body]"></textarea>'
               '<input type="submit" name="commit" value="Publier le commentaire" class="button" /></form>')
    return f'<section class="comments" id="comments"><div class="row"><h2>Commentaires <span>({len(comments)})</span></h2>{add}{shown}</div></section>'


def capco_steps(slug, steps, current):
    rows = "".join(f'<li class="step{" active" if i == current else ""}"><a href="/project/{slug}/{kind}/{s}">{label}</a> <span class="step-dates">{dates}</span></li>'
                   for i, (kind, s, label, dates) in enumerate(steps))
    return f'<nav class="project__steps"><ol class="step-list">{rows}</ol></nav>'


def capco_proposals(items):
    rows = "".join(f'<li class="proposal-preview list-group-item" id="proposal-{pid}"><div class="card__body"><h3 class="card__title">'
                   f'<a href="{href}">{escape(title)}</a></h3><p class="proposal__author">{escape(author)}</p>'
                   f'<div class="proposal__counters"><span class="proposal__votes">{votes} votes</span> <span class="proposal__comments">{pid % 9} commentaires</span></div></div></li>'
                   for pid, href, title, author, votes in items)
    return f'<ul class="proposal-preview-list list-group" id="proposals-list">{rows}</ul>'


def govocal_cards(items):
    rows = "".join(f'<a class="e2e-idea-card" href="{href}"><div class="idea-card-body"><h3 class="e2e-idea-card-title">{escape(title)}</h3>'
                   f'<div class="e2e-ideacard-upvote-button">{votes}</div><div class="e2e-ideacard-comment-count">{comments}</div></div></a>'
                   for href, title, votes, comments in items)
    return f'<div id="e2e-ideas-list" class="ideas-list">{rows}</div>'


def petition_sign(action, title, signatures, goal):
    return (f'<div class="petition"><h2 class="petition__title">{escape(title)}</h2><div class="petition__progress"><progress value="{signatures}" max="{goal}"></progress>'
            f'<span class="petition__count"><strong>{signatures}</strong> signatures sur {goal}</span></div>'
            f'<form class="petition__sign" action="{action}" method="post"><label for="ps-nom">Nom</label><input type="text" id="ps-nom" name="nom" />'
            '<label for="ps-prenom">Prénom</label><input type="text" id="ps-prenom" name="prenom" />'
            '<label for="ps-email">Courriel</label><input type="email" id="ps-email" name="email" />'
            '<label for="ps-cp">Code postal</label><input type="text" id="ps-cp" name="code_postal" />'
            '<label><input type="checkbox" name="habitant" value="1" /> Je certifie résider ou travailler dans la commune</label>'
            '<button type="submit" class="btn btn-primary">Je signe</button></form></div>')


def forum_topics(rows, base):
    """A home-made board's topic table: (id, title, author, replies, last)."""
    body = "".join(f'<tr><td class="topic"><a href="{base}{tid}">{escape(t)}</a><br /><small>par {escape(a)}</small></td>'
                   f'<td class="replies">{n}</td><td class="lastpost">{last}</td></tr>' for tid, t, a, n, last in rows)
    return f'<table class="topics"><thead><tr><th>Sujet</th><th>Réponses</th><th>Dernier message</th></tr></thead><tbody>{body}</tbody></table>'


def phpbb_forumlist(forums):
    rows = "".join(f'<li class="row"><dl class="row-item forum_read"><dt title="Aucun message non lu"><div class="list-inner">'
                   f'<a href="./viewforum.php?f={fid}" class="forumtitle">{escape(name)}</a><br />{escape(desc)}</div></dt>'
                   f'<dd class="topics">{topics} <dfn>Sujets</dfn></dd><dd class="posts">{posts} <dfn>Messages</dfn></dd></dl></li>'
                   for fid, name, desc, topics, posts in forums)
    return (f'<div class="forabg"><div class="inner"><ul class="topiclist"><li class="header"><dl class="row-item"><dt><div class="list-inner">Forum</div></dt>'
            f'<dd class="topics">Sujets</dd><dd class="posts">Messages</dd></dl></li></ul><ul class="topiclist forums">{rows}</ul></div></div>')


def phpbb_topics(fid, topics):
    rows = "".join(f'<li class="row bg{1 + i % 2}"><dl class="row-item topic_read"><dt><div class="list-inner">'
                   f'<a href="./viewtopic.php?t={tid}" class="topictitle">{escape(title)}</a><br /><div class="topic-poster responsive-hide left-box">par <span class="username">{escape(who)}</span></div></div></dt>'
                   f'<dd class="posts">{replies} <dfn>Réponses</dfn></dd></dl></li>' for i, (tid, title, who, replies) in enumerate(topics))
    return (f'<div class="action-bar bar-top"><a href="./ucp.php?mode=login" class="button" title="Écrire un nouveau sujet"><span>Nouveau sujet</span></a></div>'
            f'<div class="forumbg"><div class="inner"><ul class="topiclist topics">{rows}</ul></div></div>')


def phpbb_posts(tid, posts):
    rows = "".join(f'<div id="p{tid * 10 + i}" class="post has-profile bg{1 + i % 2}"><div class="inner"><dl class="postprofile"><dt><span class="username">{escape(who)}</span></dt></dl>'
                   f'<div class="postbody"><h3>Re: sujet</h3><p class="author"><time>{when}</time></p><div class="content">{escape(text)}</div></div></div></div>'
                   for i, (who, when, text) in enumerate(posts))
    return (rows + f'<div class="action-bar bar-bottom"><a href="./ucp.php?mode=login" class="button" title="Répondre au sujet"><span>Répondre</span></a></div>'
            f'<form method="post" action="./posting.php?mode=reply&amp;t={tid}" id="qr_postform"><fieldset><h2>Réponse rapide</h2>'
            '<textarea name="message" rows="7" cols="76" tabindex="1" class="inputbox"></textarea>'
            '<input type="submit" accesskey="s" tabindex="6" name="post" value="Envoyer" class="button1" /></fieldset></form>')


def discourse_topics(rows):
    body = "".join(f'<tr class="topic-list-item"><td class="main-link"><meta itemprop="position" content="{i}"><span class="link-top-line">'
                   f'<a itemprop="url" href="{href}" class="title raw-link raw-topic-link">{escape(title)}</a></span>'
                   f'<div class="link-bottom-line"><a href="/c/{cat}" class="badge-wrapper bullet"><span class="badge-category-bg"></span><span class="category-name">{escape(cat.split("/")[0])}</span></a></div></td>'
                   f'<td class="replies"><span class="posts" title="messages">{n}</span></td><td class="views"><span class="views" title="vues">{n * 23}</span></td></tr>'
                   for i, (href, title, cat, n) in enumerate(rows, 1))
    return f'<div class="topic-list"><table class="topic-list"><thead><tr><th>Sujet</th><th>Réponses</th><th>Vues</th></tr></thead><tbody>{body}</tbody></table></div>'


def discourse_posts(posts):
    return "".join(f'<div id="post_{i}" itemprop="comment" itemscope itemtype="http://schema.org/Comment" class="topic-body crawler-post">'
                   f'<div class="crawler-post-meta"><span class="creator" itemprop="author"><span itemprop="name">{escape(who)}</span></span>'
                   f'<span class="crawler-post-infos"><time itemprop="datePublished" class="post-time">{when}</time><span itemprop="position">#{i}</span></span></div>'
                   f'<div class="post" itemprop="text"><p>{escape(text)}</p></div></div>'
                   for i, (who, when, text) in enumerate(posts, 1))


def flarum_list(rows):
    items = "".join(f'<li><a href="{href}">{escape(title)}</a></li>' for href, title in rows)
    return f'<ul>{items}</ul>'


def flarum_posts(posts):
    return "".join(f'<div><h3>{escape(who)}</h3><div class="Post-body"><p>{escape(text)}</p></div></div>' for who, text in posts)


def community_feed(posts):
    rows = "".join(f'<article class="post-card"><header><span class="post-author">{escape(who)}</span> · <span class="post-group">{escape(group)}</span></header>'
                   f'<p>{escape(text)}</p><footer><a href="/connexion">Répondre</a> · {n} réponses</footer></article>'
                   for who, group, text, n in posts)
    return f'<section class="feed">{rows}</section>'
