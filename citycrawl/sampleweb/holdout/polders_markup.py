"""Markup of the polders part: how vendor and agency CMSs, their plugins and the platforms render page blocks.

Written from how the software names its classes, routes and fields (WP-Polls, Contact Form 7, bbPress,
Drupal webforms and comments, Joomla poll modules, TYPO3 powermail, SPIP forms, Publik w.c.s., Go Vocal,
CONSUL, Cap Collectif), in this part's own words.
"""
import zlib
from html import escape


def _id(*parts):
    return zlib.crc32("|".join(map(str, parts)).encode()) % 9000 + 1000


def prose(*paragraphs):
    return "".join(f"<p>{p}</p>" for p in paragraphs)


def h2(text):
    return f"<h2>{text}</h2>"


def bullets(*items):
    return "<ul>" + "".join(f"<li>{i}</li>" for i in items) + "</ul>"


def links(items, cls="liste-liens"):
    return f'<ul class="{cls}">' + "".join(f'<li><a href="{escape(h)}">{escape(t)}</a></li>' for h, t in items) + "</ul>"


def cookie_banner(policy="/mentions-legales"):
    return ('<div id="cookie-consent" class="cookie-banner" role="dialog" aria-label="Gestion des cookies">'
            '<p>Ce site utilise des cookies de mesure d\'audience. Vous pouvez accepter ou refuser leur dépôt. '
            f'<a href="{policy}">En savoir plus</a></p><button type="button" class="cookie-banner__accept">Tout accepter'
            '</button> <button type="button" class="cookie-banner__deny">Tout refuser</button></div>')


def with_sidebar(main, aside, cls="layout-2col"):
    return (f'<div class="{cls}"><div class="{cls}__main">{main}</div>'
            f'<aside class="{cls}__aside sidebar" role="complementary">{aside}</aside></div>')


def teasers(items, title="Actualités"):
    """News teasers: (href, title, date, chapo)."""
    cards = "".join(
        f'<article class="teaser"><p class="teaser__date"><time>{escape(d)}</time></p>'
        f'<h3 class="teaser__title"><a href="{escape(h)}">{escape(t)}</a></h3><p class="teaser__chapo">{c}</p></article>'
        for h, t, d, c in items)
    return f'<section class="news-teasers"><h2>{title}</h2><div class="teasers">{cards}</div></section>'


def agenda(items):
    rows = "".join(f'<li class="agenda__item"><span class="agenda__date">{escape(d)}</span> '
                   f'<a href="{escape(h)}">{escape(t)}</a></li>' for h, t, d in items)
    return f'<section class="agenda"><h2>Agenda</h2><ul class="agenda__list">{rows}</ul></section>'


def quick_links(items, title="Accès rapides"):
    tiles = "".join(f'<li class="quick-links__item"><a class="quick-links__link" href="{escape(h)}">{escape(t)}</a></li>'
                    for h, t in items)
    return f'<nav class="quick-links" aria-label="{title}"><h2>{title}</h2><ul class="quick-links__list">{tiles}</ul></nav>'


def share(url, title):
    from urllib.parse import quote
    u, t = quote(url, safe=""), quote(title, safe="")
    return ('<div class="share-buttons"><span class="share-buttons__label">Partager :</span>'
            f'<a class="share share--facebook" href="https://www.facebook.com/sharer/sharer.php?u={u}" target="_blank" rel="noopener">Facebook</a> '
            f'<a class="share share--x" href="https://x.com/share?url={u}&amp;text={t}" target="_blank" rel="noopener">X</a> '
            f'<a class="share share--linkedin" href="https://www.linkedin.com/shareArticle?mini=true&amp;url={u}" target="_blank" rel="noopener">LinkedIn</a> '
            f'<a class="share share--mail" href="mailto:?subject={t}&amp;body={u}">E-mail</a></div>')


# ---- polls and questionnaires ---------------------------------------------------------------------------

def wp_polls(poll_id, question, answers):
    """WP-Polls as its widget prints it: a radio list posted through admin-ajax."""
    base = poll_id * 10
    items = "".join(f'<li><input type="radio" id="poll-answer-{base + i}" name="poll_{poll_id}" value="{base + i}" />'
                    f'<label for="poll-answer-{base + i}">{escape(a)}</label></li>' for i, a in enumerate(answers, 1))
    return (f'<section id="polls-widget-2" class="widget widget_polls-widget"><h2 class="widget-title">Sondage</h2>'
            f'<div id="polls-{poll_id}" class="wp-polls"><form id="polls_form_{poll_id}" class="wp-polls-form" '
            f'action="/index.php" method="post"><p style="display: none;"><input type="hidden" id="poll_{poll_id}_nonce" '
            f'name="wp-polls-nonce" value="5a1e0c3f7b" /></p><p style="display: none;"><input type="hidden" name="poll_id" '
            f'value="{poll_id}" /></p><p style="text-align: center;"><strong>{escape(question)}</strong></p>'
            f'<div id="polls-{poll_id}-ans" class="wp-polls-ans"><ul class="wp-polls-ul">{items}</ul>'
            f'<p style="text-align: center;"><input type="button" name="vote" value="   Voter   " class="Buttons" '
            f'onclick="poll_vote({poll_id});" /></p><p style="text-align: center;"><a href="#ViewPollResults" '
            f'onclick="poll_result({poll_id}); return false;" title="Voir les résultats de ce sondage">Voir les résultats</a>'
            f'</p></div></form></div></section>')


def wp_polls_closed(poll_id, question, results, voters):
    rows = "".join(f'<li>{escape(a)} <small>({pct}%, {n} votes)</small><div class="pollbar" style="width: {pct}%;" '
                   f'title="{escape(a)} ({pct}% | {n} votes)"></div></li>' for a, pct, n in results)
    return (f'<div id="polls-{poll_id}" class="wp-polls"><p style="text-align: center;"><strong>{escape(question)}</strong></p>'
            f'<div id="polls-{poll_id}-ans" class="wp-polls-ans"><ul class="wp-polls-ul">{rows}</ul>'
            f'<p style="text-align: center;">Votants : <strong>{voters}</strong></p>'
            f'<p style="text-align: center;">Ce sondage est clos.</p></div></div>')


def joomla_poll_module(poll_id, question, answers, title="Votre avis compte"):
    """A Joomla poll module (com_acepolls style) placed in a footer position."""
    items = "".join(f'<div class="acepolls-option"><input type="radio" name="voteid" id="voteid{poll_id}{i}" '
                    f'value="{poll_id}{i}" /><label for="voteid{poll_id}{i}">{escape(a)}</label></div>'
                    for i, a in enumerate(answers, 1))
    return (f'<div class="moduletable footer-sondage"><h3>{title}</h3><div class="acepolls_module">'
            f'<form action="/index.php" method="post" name="poll_vote_{poll_id}" id="poll_vote_{poll_id}" class="acepolls-form">'
            f'<p class="acepolls-question">{escape(question)}</p>{items}'
            f'<input type="hidden" name="option" value="com_acepolls" /><input type="hidden" name="task" value="vote" />'
            f'<input type="hidden" name="poll_id" value="{poll_id}" /><input type="hidden" name="e5c1f0a9b2" value="1" />'
            f'<button type="submit" class="btn btn-primary">Je vote</button></form></div></div>')


def joomla_poll_results(poll_id, question, results):
    rows = "".join(f'<tr><td class="acepolls-answer">{escape(a)}</td><td><div class="acepolls-bar" style="width:{p}%"></div>'
                   f'</td><td>{p} %</td></tr>' for a, p in results)
    return (f'<div class="acepolls-results" id="acepolls-results-{poll_id}"><h3>{escape(question)}</h3>'
            f'<table class="table acepolls-table">{rows}</table><p class="acepolls-closed">Sondage terminé — '
            f'il n\'est plus possible de voter.</p></div>')


def modal_poll(poll_id, question, answers, action):
    """A poll shown in a modal dialog on the home page (a vendor CMS's 'pop-in')."""
    items = "".join(f'<li><label><input type="radio" name="reponse" value="{i}" required> {escape(a)}</label></li>'
                    for i, a in enumerate(answers, 1))
    return (f'<div class="modal" id="modal-sondage-{poll_id}" role="dialog" aria-modal="true" aria-labelledby="modal-sondage-titre" '
            f'data-modal-autoopen="true" hidden><div class="modal__inner"><button class="modal__close" type="button" '
            f'data-modal-close>Fermer</button><h2 id="modal-sondage-titre">Sondage express</h2>'
            f'<form class="sondage-form" method="post" action="{action}"><fieldset><legend>{escape(question)}</legend>'
            f'<ul class="sondage-form__choix">{items}</ul></fieldset><input type="hidden" name="sondage" value="{poll_id}">'
            f'<button type="submit" class="btn">Envoyer ma réponse</button></form></div></div>')


def questionnaire(action, intro, questions, cls="questionnaire", free=None, prefix="q"):
    """A questionnaire form: (question, choices) radio groups, an optional free comment."""
    blocks = []
    for n, (q, choices) in enumerate(questions, 1):
        opts = "".join(f'<label class="{cls}__choice"><input type="radio" name="{prefix}{n}" value="{i}"> {escape(c)}</label>'
                       for i, c in enumerate(choices, 1))
        blocks.append(f'<fieldset class="{cls}__question"><legend>{n}. {escape(q)}</legend>{opts}</fieldset>')
    if free:
        blocks.append(f'<div class="{cls}__free"><label for="{prefix}-libre">{escape(free)}</label>'
                      f'<textarea id="{prefix}-libre" name="{prefix}_libre" rows="4"></textarea></div>')
    return (f'<form class="{cls}" method="post" action="{action}"><p class="{cls}__intro">{intro}</p>'
            + "".join(blocks) + f'<button type="submit" class="{cls}__submit">Envoyer mes réponses</button></form>')


def powermail(uid, action, fields):
    """TYPO3 powermail: fields are (label, marker, kind, options)."""
    out = []
    for label, marker, kind, options in fields:
        name = f"tx_powermail_pi1[field][{marker}]"
        fid = f"powermail_field_{marker}"
        if kind == "radio":
            opts = "".join(f'<div class="radio"><label><input type="radio" name="{name}" value="{escape(o)}" '
                           f'class="powermail_radio"> {escape(o)}</label></div>' for o in options)
            out.append(f'<div class="powermail_fieldwrap powermail_fieldwrap_type_radio powermail_fieldwrap_{marker}">'
                       f'<fieldset><legend class="powermail_label">{escape(label)}</legend>{opts}</fieldset></div>')
        elif kind == "textarea":
            out.append(f'<div class="powermail_fieldwrap powermail_fieldwrap_type_textarea powermail_fieldwrap_{marker}">'
                       f'<label for="{fid}" class="powermail_label">{escape(label)}</label>'
                       f'<textarea id="{fid}" name="{name}" rows="5" class="powermail_textarea"></textarea></div>')
        else:
            out.append(f'<div class="powermail_fieldwrap powermail_fieldwrap_type_input powermail_fieldwrap_{marker}">'
                       f'<label for="{fid}" class="powermail_label">{escape(label)}</label>'
                       f'<input type="{kind}" id="{fid}" name="{name}" class="powermail_input"></div>')
    return (f'<div class="tx-powermail"><form data-powermail-validate="data-powermail-validate" method="post" '
            f'class="powermail_form powermail_form_{uid} nolabel" action="{action}?tx_powermail_pi1%5Baction%5D=create'
            f'&amp;tx_powermail_pi1%5Bcontroller%5D=Form"><fieldset class="powermail_fieldset powermail_fieldset_{uid}">'
            + "".join(out) + f'<input type="hidden" name="tx_powermail_pi1[mail][form]" value="{uid}">'
            f'<div class="powermail_fieldwrap powermail_fieldwrap_type_submit"><input type="submit" value="Envoyer" '
            f'class="powermail_submit"></div></fieldset></form></div>')


# ---- contact and the forms that are not -----------------------------------------------------------------

def cf7(form_id, post_id, action, extra=""):
    tag = f"wpcf7-f{form_id}-p{post_id}-o1"
    return (f'<div class="wpcf7 no-js" id="{tag}" lang="fr-FR" dir="ltr"><form action="{action}#{tag}" method="post" '
            f'class="wpcf7-form init" novalidate="novalidate" data-status="init"><div style="display: none;">'
            f'<input type="hidden" name="_wpcf7" value="{form_id}" /><input type="hidden" name="_wpcf7_version" value="5.9.3" />'
            f'<input type="hidden" name="_wpcf7_unit_tag" value="{tag}" /></div>'
            '<p><label> Votre nom<br /><span class="wpcf7-form-control-wrap" data-name="your-name"><input size="40" '
            'class="wpcf7-form-control wpcf7-text wpcf7-validates-as-required" type="text" name="your-name" /></span></label></p>'
            '<p><label> Votre e-mail<br /><span class="wpcf7-form-control-wrap" data-name="your-email"><input size="40" '
            'class="wpcf7-form-control wpcf7-email wpcf7-validates-as-required" type="email" name="your-email" /></span></label></p>'
            f'{extra}'
            '<p><label> Objet<br /><span class="wpcf7-form-control-wrap" data-name="your-subject"><input size="40" '
            'class="wpcf7-form-control wpcf7-text" type="text" name="your-subject" /></span></label></p>'
            '<p><label> Votre message<br /><span class="wpcf7-form-control-wrap" data-name="your-message"><textarea cols="40" '
            'rows="10" class="wpcf7-form-control wpcf7-textarea" name="your-message"></textarea></span></label></p>'
            '<p><input class="wpcf7-form-control wpcf7-submit has-spinner" type="submit" value="Envoyer" /></p>'
            '<div class="wpcf7-response-output" aria-hidden="true"></div></form></div>')


def drupal_webform(machine, action, fields, submit="Envoyer"):
    """A Drupal webform: fields are (label, key, kind, options)."""
    out = []
    for label, key, kind, options in fields:
        dkey = key.replace("_", "-")
        if kind == "textarea":
            out.append(f'<div class="js-form-item form-item js-form-type-textarea form-type-textarea form-item-{dkey}">'
                       f'<label for="edit-{dkey}">{escape(label)}</label><div class="form-textarea-wrapper">'
                       f'<textarea data-drupal-selector="edit-{dkey}" id="edit-{dkey}" name="{key}" rows="5" cols="60" '
                       f'class="form-textarea resize-vertical"></textarea></div></div>')
        elif kind == "radios":
            opts = "".join(f'<div class="js-form-item form-item js-form-type-radio form-type-radio"><input type="radio" '
                           f'id="edit-{dkey}-{i}" name="{key}" value="{i}" class="form-radio" /><label for="edit-{dkey}-{i}" '
                           f'class="option">{escape(o)}</label></div>' for i, o in enumerate(options, 1))
            out.append(f'<fieldset data-drupal-selector="edit-{dkey}" class="radios--wrapper fieldgroup form-composite '
                       f'webform-composite-visible-title" id="edit-{dkey}--wrapper"><legend><span class="fieldset-legend">'
                       f'{escape(label)}</span></legend><div class="fieldset-wrapper"><div id="edit-{dkey}" class="js-webform-radios '
                       f'webform-options-display-one-column form-radios">{opts}</div></div></fieldset>')
        else:
            out.append(f'<div class="js-form-item form-item js-form-type-{kind} form-type-{kind} form-item-{dkey}">'
                       f'<label for="edit-{dkey}">{escape(label)}</label><input data-drupal-selector="edit-{dkey}" '
                       f'type="{kind}" id="edit-{dkey}" name="{key}" value="" size="60" class="form-{kind}" /></div>')
    fid = machine.replace("_", "-")
    return (f'<form class="webform-submission-form webform-submission-add-form webform-submission-{fid}-form '
            f'js-webform-details-toggle webform-details-toggle" data-drupal-selector="webform-submission-{fid}-add-form" '
            f'action="{action}" method="post" id="webform-submission-{fid}-add-form" accept-charset="UTF-8">'
            + "".join(out) + f'<input autocomplete="off" data-drupal-selector="form-{_id(machine)}" type="hidden" '
            f'name="form_build_id" value="form-{_id(machine, 1)}x" /><input data-drupal-selector="edit-webform-submission-'
            f'{fid}-add-form" type="hidden" name="form_id" value="webform_submission_{machine}_add_form" />'
            f'<div data-drupal-selector="edit-actions" class="form-actions webform-actions js-form-wrapper form-wrapper" '
            f'id="edit-actions"><input class="webform-button--submit button button--primary js-form-submit form-submit" '
            f'data-drupal-selector="edit-submit" type="submit" id="edit-submit" name="op" value="{submit}" /></div></form>')


def spip_contact(action, auteur=1):
    return (f'<div class="formulaire_spip formulaire_ecrire_auteur ajax" id="formulaire_ecrire_auteur{auteur}">'
            f'<form method="post" action="{action}"><div><input name="formulaire_action" type="hidden" value="ecrire_auteur" />'
            f'<input name="formulaire_action_args" type="hidden" value="{auteur}" /></div><fieldset><legend>Envoyer un message</legend>'
            f'<div class="editer-groupe"><div class="editer saisie_email_message_auteur obligatoire"><label for="email_message_auteur{auteur}">'
            f'Votre adresse email</label><input required="required" type="email" class="text email" name="email_message_auteur" '
            f'id="email_message_auteur{auteur}" size="22" /></div><div class="editer saisie_sujet_message_auteur obligatoire">'
            f'<label for="sujet_message_auteur{auteur}">Sujet</label><input type="text" class="text" name="sujet_message_auteur" '
            f'id="sujet_message_auteur{auteur}" size="22" /></div><div class="editer saisie_texte_message_auteur obligatoire">'
            f'<label for="texte_message_auteur{auteur}">Texte de votre message</label><textarea name="texte_message_auteur" '
            f'id="texte_message_auteur{auteur}" rows="8" cols="20"></textarea></div></div></fieldset>'
            f'<p class="boutons"><input type="submit" class="submit" name="valide" value="Envoyer" /></p></form></div>')


def wcs_form(action, fields, submit="Valider", step=None):
    """A Publik w.c.s. form: fields are (label, kind, options); kinds text, email, textarea, select, file, date."""
    out = []
    for n, (label, kind, options) in enumerate(fields, 1):
        name = f"f{n}"
        if kind == "textarea":
            widget = f'<textarea id="form_{name}" name="{name}" rows="6" cols="70"></textarea>'
            wcls = "TextWidget"
        elif kind == "select":
            widget = f'<select id="form_{name}" name="{name}">' + "".join(
                f'<option value="{i}">{escape(o)}</option>' for i, o in enumerate(options, 1)) + "</select>"
            wcls = "SingleSelectWidget"
        elif kind == "file":
            widget = f'<input type="file" id="form_{name}" name="{name}$file">'
            wcls = "FileWithPreviewWidget"
        else:
            widget = f'<input type="{kind}" id="form_{name}" name="{name}" value="">'
            wcls = "StringWidget" if kind in ("text", "email", "tel") else "DateWidget"
        out.append(f'<div class="field {wcls} template-form" id="var_{name}"><div class="title"><label for="form_{name}">'
                   f'{escape(label)}</label></div><div class="content">{widget}</div></div>')
    steps = ""
    if step:
        steps = ('<div id="steps" class="wcs-step"><ol>' + "".join(
            f'<li class="{"current" if i == 0 else ""}"><span class="marker">{i + 1}</span> {escape(s)}</li>'
            for i, s in enumerate(step)) + "</ol></div>")
    return (f'{steps}<form action="{action}" method="post" enctype="multipart/form-data" class="quixote" '
            f'data-live-url="{action}live"><input type="hidden" name="magictoken" value="{_id(action)}a7f1">'
            + "".join(out) + f'<div class="buttons submit"><button class="submit-button" name="submit" value="{submit}">'
            f'{submit}</button></div></form>')


def vendor_form(action, fields, submit="Envoyer", cls="form"):
    """A vendor CMS's accessible form: (label, name, kind, options)."""
    out = []
    for label, name, kind, options in fields:
        if kind == "textarea":
            w = f'<textarea id="{cls}-{name}" name="{name}" rows="6"></textarea>'
        elif kind == "select":
            w = f'<select id="{cls}-{name}" name="{name}">' + "".join(f"<option>{escape(o)}</option>" for o in options) + "</select>"
        elif kind == "checkbox":
            w = f'<input type="checkbox" id="{cls}-{name}" name="{name}" value="1">'
        else:
            w = f'<input type="{kind}" id="{cls}-{name}" name="{name}">'
        out.append(f'<div class="{cls}__field {cls}__field--{kind}"><label for="{cls}-{name}">{escape(label)}</label>{w}</div>')
    return (f'<form class="{cls}" method="post" action="{action}" novalidate><p class="{cls}__mandatory">Les champs '
            f'marqués d\'un astérisque sont obligatoires.</p>' + "".join(out)
            + f'<input type="hidden" name="csrf_token" value="{_id(action)}c2"><button type="submit" class="btn btn--primary">'
            f'{submit}</button></form>')


def accordion(items, group="acc"):
    """(title, content) panels; the first closed like the others."""
    out = []
    for n, (title, content) in enumerate(items, 1):
        out.append(f'<div class="accordion__item"><h3 class="accordion__title"><button type="button" class="accordion__trigger" '
                   f'aria-expanded="false" aria-controls="{group}-{n}" id="{group}-btn-{n}">{escape(title)}</button></h3>'
                   f'<div class="accordion__panel" id="{group}-{n}" role="region" aria-labelledby="{group}-btn-{n}" hidden>'
                   f'{content}</div></div>')
    return f'<div class="accordion" data-accordion>{"".join(out)}</div>'


def tabs(items, group="tabs"):
    heads = "".join(f'<button role="tab" type="button" id="{group}-tab-{n}" aria-controls="{group}-panel-{n}" '
                    f'aria-selected="{"true" if n == 1 else "false"}" class="tabs__tab">{escape(t)}</button>'
                    for n, (t, _c) in enumerate(items, 1))
    panels = "".join(f'<div role="tabpanel" id="{group}-panel-{n}" aria-labelledby="{group}-tab-{n}" class="tabs__panel"'
                     f'{"" if n == 1 else " hidden"}>{c}</div>' for n, (_t, c) in enumerate(items, 1))
    return f'<div class="tabs" data-tabs><div role="tablist" class="tabs__list">{heads}</div>{panels}</div>'


def newsletter(action, cls="newsletter"):
    return (f'<form class="{cls}" method="post" action="{action}"><h2>Lettre d\'information</h2>'
            f'<label for="{cls}-email">Votre adresse e-mail</label><input type="email" id="{cls}-email" name="email" required>'
            f'<label><input type="checkbox" name="rgpd" value="1" required> J\'accepte de recevoir la lettre de la ville</label>'
            f'<button type="submit">S\'abonner</button></form>')


def login(action, user="identifiant", password="motdepasse"):
    return (f'<form class="login" method="post" action="{action}"><label for="login-id">Adresse e-mail</label>'
            f'<input type="email" id="login-id" name="{user}" autocomplete="username"><label for="login-pw">Mot de passe</label>'
            f'<input type="password" id="login-pw" name="{password}" autocomplete="current-password">'
            f'<button type="submit">Se connecter</button><p><a href="{action}">Mot de passe oublié ?</a></p></form>')


# ---- comments and boards --------------------------------------------------------------------------------

def wp_comments(post_id, comments, open_=True):
    items = "".join(f'<li id="comment-{post_id * 10 + n}" class="comment even thread-even depth-1"><article class="comment-body">'
                    f'<footer class="comment-meta"><div class="comment-author vcard"><b class="fn">{escape(a)}</b> '
                    f'<span class="says">dit :</span></div><div class="comment-metadata"><time>{escape(d)}</time></div></footer>'
                    f'<div class="comment-content"><p>{escape(t)}</p></div></article></li>'
                    for n, (a, d, t) in enumerate(comments, 1))
    head = f'<h2 class="comments-title">{len(comments)} réponses à « cet article »</h2>' if comments else ""
    form = ('<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Laisser un commentaire</h3>'
            '<form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate>'
            '<p class="comment-notes">Votre adresse e-mail ne sera pas publiée.</p><p class="comment-form-comment">'
            '<label for="comment">Commentaire</label><textarea id="comment" name="comment" cols="45" rows="8" maxlength="65525" '
            'required></textarea></p><p class="comment-form-author"><label for="author">Nom</label><input id="author" name="author" '
            'type="text" size="30" /></p><p class="comment-form-email"><label for="email">E-mail</label><input id="email" '
            'name="email" type="email" size="30" /></p><p class="form-submit"><input name="submit" type="submit" id="submit" '
            f'class="submit" value="Laisser un commentaire" /><input type="hidden" name="comment_post_ID" value="{post_id}" '
            'id="comment_post_ID" /><input type="hidden" name="comment_parent" id="comment_parent" value="0" /></p></form></div>'
            if open_ else '<p class="no-comments">Les commentaires sont fermés.</p>')
    return f'<div id="comments" class="comments-area">{head}<ol class="comment-list">{items}</ol>{form}</div>'


def disqus(shortname, url, ident):
    return ('<div id="disqus_thread"></div><script>var disqus_config = function () {'
            f'this.page.url = "{url}"; this.page.identifier = "{ident}";}};'
            '(function() { var d = document, s = d.createElement("script");'
            f's.src = "https://{shortname}.disqus.com/embed.js"; s.setAttribute("data-timestamp", +new Date());'
            '(d.head || d.body).appendChild(s); })();</script><noscript>Activez JavaScript pour voir les '
            'commentaires propulsés par Disqus.</noscript>')


def fb_comments(url):
    return ('<div id="fb-root"></div><script async defer crossorigin="anonymous" '
            'src="https://connect.facebook.net/fr_FR/sdk.js#xfbml=1&amp;version=v19.0" nonce="q8Rk2LzA"></script>'
            f'<div class="fb-comments" data-href="{url}" data-width="100%" data-numposts="10" data-order-by="reverse_time"></div>')


def drupal_comments(node, comments, open_=True):
    items = "".join(f'<article data-comment-user-id="0" id="comment-{node * 10 + n}" class="comment js-comment by-anonymous">'
                    f'<span class="hidden" data-comment-timestamp="17{node:04d}{n:04d}"></span><footer class="comment__meta">'
                    f'<p class="comment__submitted">Soumis par <span>{escape(a)}</span> le {escape(d)}</p></footer>'
                    f'<div class="comment__content"><div class="field field--name-comment-body"><p>{escape(t)}</p></div></div></article>'
                    for n, (a, d, t) in enumerate(comments, 1))
    form = (f'<h2 class="title comment-form__title">Ajouter un commentaire</h2><form class="comment-comment-form comment-form" '
            f'data-drupal-selector="comment-form" action="/comment/reply/node/{node}/comment" method="post" id="comment-form" '
            'accept-charset="UTF-8"><div class="js-form-item form-item form-item-name"><label for="edit-name">Votre nom</label>'
            '<input type="text" id="edit-name" name="name" size="30" maxlength="60" class="form-text" /></div>'
            '<div class="field--type-text-long field--name-comment-body field--widget-text-textarea"><div class="js-form-item '
            'form-item"><label for="edit-comment-body-0-value" class="js-form-required form-required">Commentaire</label>'
            '<textarea class="js-text-full text-full form-textarea required" id="edit-comment-body-0-value" '
            'name="comment_body[0][value]" rows="5" cols="60"></textarea></div></div><input type="hidden" name="form_id" '
            'value="comment_comment_form" /><div class="form-actions"><input type="submit" id="edit-submit--2" value="Enregistrer" '
            'class="button button--primary js-form-submit form-submit" /></div></form>') if open_ else ""
    return (f'<section data-drupal-selector="comments" class="comments"><h2 class="comments__title">Commentaires</h2>'
            f'{items}{form}</section>')


def spip_forum(article, messages, open_=True):
    items = "".join(f'<li class="forum-fil"><div class="forum-message" id="forum{article * 10 + n}"><div class="forum-chapo">'
                    f'<strong class="forum-titre">{escape(t)}</strong><small>{escape(d)}, par {escape(a)}</small></div>'
                    f'<div class="forum-texte"><p>{escape(x)}</p></div></div></li>'
                    for n, (t, a, d, x) in enumerate(messages, 1))
    head = f'<h2 class="forum-titre">{len(messages)} Messages</h2><ul class="forum">{items}</ul>' if messages else ""
    form = (f'<div class="formulaire_spip formulaire_forum ajax" id="formulaire_forum"><form action="spip.php?article{article}'
            '#formulaire_forum" method="post" enctype="multipart/form-data"><div><input name="formulaire_action" type="hidden" '
            f'value="forum" /><input name="id_article" type="hidden" value="{article}" /></div><fieldset><legend>Votre message'
            '</legend><div class="editer-groupe"><div class="editer saisie_titre obligatoire"><label for="titre">Titre</label>'
            '<input type="text" class="text" name="titre" id="titre" size="60" /></div><div class="editer saisie_texte obligatoire">'
            '<label for="texte">Texte de votre message</label><textarea name="texte" id="texte" rows="10" cols="60"></textarea>'
            '</div></div></fieldset><fieldset class="qui saisie_qui"><legend>Qui êtes-vous ?</legend><div class="editer">'
            '<label for="session_nom">Votre nom</label><input type="text" class="text" name="session_nom" id="session_nom" '
            'size="40" /></div></fieldset><p class="boutons"><input type="submit" class="submit" name="previsualiser_message" '
            'value="Prévisualiser" /></p></form></div>') if open_ else '<p class="forum-ferme">Les forums de cet article sont fermés.</p>'
    return f'<div class="forums" id="forum">{head}{form}</div>'


def bbp_forums(forums):
    rows = "".join(f'<ul id="bbp-forum-{_id(h)}" class="loop-item-{n} odd bbp-forum-status-open bbp-forum-visibility-publish">'
                   f'<li class="bbp-forum-info"><a class="bbp-forum-title" href="{escape(h)}">{escape(t)}</a>'
                   f'<div class="bbp-forum-content">{escape(d)}</div></li><li class="bbp-forum-topic-count">{tc}</li>'
                   f'<li class="bbp-forum-reply-count">{rc}</li></ul>' for n, (h, t, d, tc, rc) in enumerate(forums))
    return ('<div id="bbpress-forums" class="bbpress-wrapper"><ul id="forums-list-0" class="bbp-forums">'
            '<li class="bbp-header"><ul class="forum-titles"><li class="bbp-forum-info">Forum</li><li class="bbp-forum-topic-count">'
            'Sujets</li><li class="bbp-forum-reply-count">Messages</li></ul></li><li class="bbp-body">' + rows + '</li></ul></div>')


def bbp_topics(forum_id, topics):
    rows = "".join(f'<ul id="bbp-topic-{_id(h)}" class="loop-item-{n} bbp-parent-forum-{forum_id} topic type-topic status-publish">'
                   f'<li class="bbp-topic-title"><a class="bbp-topic-permalink" href="{escape(h)}">{escape(t)}</a>'
                   f'<p class="bbp-topic-meta"><span class="bbp-topic-started-by">Démarré par : {escape(a)}</span></p></li>'
                   f'<li class="bbp-topic-voice-count">{v}</li><li class="bbp-topic-reply-count">{r}</li></ul>'
                   for n, (h, t, a, v, r) in enumerate(topics))
    form = ('<div id="new-topic-0" class="bbp-topic-form"><form id="new-post" name="new-post" method="post" action="">'
            '<fieldset class="bbp-form"><legend>Créer un nouveau sujet</legend><p><label for="bbp_topic_title">Titre du sujet'
            '</label><input type="text" id="bbp_topic_title" size="40" name="bbp_topic_title" maxlength="80" /></p>'
            '<div class="bbp-the-content-wrapper"><textarea id="bbp_topic_content" class="bbp-the-content" name="bbp_topic_content" '
            f'cols="60" rows="12"></textarea></div><input type="hidden" name="bbp_forum_id" value="{forum_id}" />'
            '<button type="submit" id="bbp_topic_submit" name="bbp_topic_submit" class="button submit">Envoyer</button>'
            '</fieldset></form></div>')
    return (f'<div id="bbpress-forums" class="bbpress-wrapper"><ul id="bbp-forum-{forum_id}" class="bbp-topics">'
            f'<li class="bbp-body">{rows}</li></ul>{form}</div>')


def bbp_replies(topic_id, replies):
    rows = "".join(f'<div id="post-{topic_id * 10 + n}" class="bbp-reply-header"><div class="bbp-meta"><span class="bbp-reply-post-date">'
                   f'{escape(d)}</span></div></div><div class="loop-item-{n} user-id-{n + 3} bbp-parent-topic-{topic_id} reply">'
                   f'<div class="bbp-reply-author"><span class="bbp-author-name">{escape(a)}</span></div>'
                   f'<div class="bbp-reply-content"><p>{escape(t)}</p></div></div>' for n, (a, d, t) in enumerate(replies))
    form = ('<div id="new-reply-0" class="bbp-reply-form"><form id="new-post" name="new-post" method="post" action="">'
            '<fieldset class="bbp-form"><legend>Répondre à ce sujet</legend><div class="bbp-the-content-wrapper">'
            '<textarea id="bbp_reply_content" class="bbp-the-content" name="bbp_reply_content" cols="60" rows="12"></textarea>'
            f'</div><input type="hidden" name="bbp_topic_id" value="{topic_id}" /><button type="submit" id="bbp_reply_submit" '
            'name="bbp_reply_submit" class="button submit">Envoyer</button></fieldset></form></div>')
    return (f'<div id="bbpress-forums" class="bbpress-wrapper"><ul id="topic-{topic_id}-replies" class="forums bbp-replies">'
            f'<li class="bbp-body">{rows}</li></ul>{form}</div>')


def phpbb_index(forums):
    rows = "".join(f'<li class="row"><dl class="row-item forum_read"><dt title="Aucun message non lu"><div class="list-inner">'
                   f'<a href="{escape(h)}" class="forumtitle">{escape(t)}</a><br />{escape(d)}</div></dt>'
                   f'<dd class="topics">{tc} <dfn>Sujets</dfn></dd><dd class="posts">{pc} <dfn>Messages</dfn></dd></dl></li>'
                   for h, t, d, tc, pc in forums)
    return ('<div class="forabg"><div class="inner"><ul class="topiclist"><li class="header"><dl class="row-item"><dt>'
            '<div class="list-inner">Forums</div></dt><dd class="topics">Sujets</dd><dd class="posts">Messages</dd></dl></li>'
            f'</ul><ul class="topiclist forums">{rows}</ul></div></div>')


def phpbb_forum(forum_id, topics):
    rows = "".join(f'<li class="row bg{1 + n % 2}"><dl class="row-item topic_read"><dt><div class="list-inner">'
                   f'<a href="{escape(h)}" class="topictitle">{escape(t)}</a><br /><div class="topic-poster responsive-hide">'
                   f'par <span class="username">{escape(a)}</span></div></div></dt><dd class="posts">{r} <dfn>Réponses</dfn></dd>'
                   f'</dl></li>' for n, (h, t, a, r) in enumerate(topics))
    return (f'<div class="action-bar bar-top"><a href="/ucp.php?mode=login" class="button" title="Écrire un nouveau sujet">'
            f'<span>Nouveau sujet</span></a></div><div class="forumbg"><div class="inner"><ul class="topiclist topics">{rows}</ul>'
            f'</div></div><input type="hidden" name="f" value="{forum_id}">')


def phpbb_topic(topic_id, posts):
    rows = "".join(f'<div id="p{topic_id * 10 + n}" class="post has-profile bg{1 + n % 2}"><div class="inner">'
                   f'<dl class="postprofile"><dt><span class="username">{escape(a)}</span></dt></dl><div class="postbody">'
                   f'<h3>{"Re: " if n else ""}{escape(subject)}</h3><p class="author">{escape(d)}</p>'
                   f'<div class="content">{escape(t)}</div></div></div></div>' for n, (subject, a, d, t) in enumerate(posts))
    reply = (f'<form method="post" action="/posting.php?mode=reply&amp;t={topic_id}" id="qr_postform"><div class="panel">'
             '<h2 class="quickreply-title">Réponse rapide</h2><fieldset class="fields1"><textarea style="height: 9em;" name="message" '
             'rows="7" cols="76" tabindex="1" class="inputbox"></textarea></fieldset><input type="submit" name="post" '
             'value="Envoyer" class="button1" /></div></form>')
    return f'<div class="topic-posts">{rows}</div>{reply}'


# ---- participation platforms ----------------------------------------------------------------------------

def capco_steps(project, steps, current):
    items = "".join(f'<li class="step{" step--active" if i == current else ""}"><a href="{escape(h)}">'
                    f'<span class="step__title">{escape(t)}</span><span class="step__dates">{escape(d)}</span></a></li>'
                    for i, (h, t, d) in enumerate(steps))
    return f'<nav class="project__steps" aria-label="Étapes du projet {escape(project)}"><ol class="steps">{items}</ol></nav>'


def capco_proposals(items):
    cards = "".join(f'<li class="proposal-preview"><div class="card"><h3 class="card__title">{escape(t)}</h3>'
                    f'<p class="proposal__author">{escape(a)}</p><p class="proposal__counters">{c} commentaires</p></div></li>'
                    for t, a, c in items)
    return f'<ul class="proposal-list">{cards}</ul>'


def capco_collect_form(action):
    return (f'<form id="proposal-form" class="proposal-form" method="post" action="{action}"><h2>Déposer une idée</h2>'
            '<div class="form-group"><label class="control-label" for="proposal_title">Titre de votre idée</label>'
            '<input id="proposal_title" name="proposal[title]" type="text" class="form-control"></div>'
            '<div class="form-group"><label class="control-label" for="proposal_body">Description</label>'
            '<textarea id="proposal_body" name="proposal[body]" class="form-control" rows="6"></textarea></div>'
            '<div class="form-group"><label class="control-label" for="proposal_theme">Thème</label><select id="proposal_theme" '
            'name="proposal[theme]" class="form-control"><option>Nature et jeux</option><option>Sport</option>'
            '<option>Circulations douces</option></select></div><button type="submit" class="btn btn-primary">Publier</button></form>')


def consul_investments(budget, items):
    cards = "".join(f'<div id="budget_investment_{n}" class="budget-investment clear"><div class="panel"><div class="row">'
                    f'<div class="small-12 medium-9 column"><div class="budget-investment-content"><h3><a href="/budgets/{budget}'
                    f'/investments/{n}">{escape(t)}</a></h3><p class="investment-project-info">{escape(h)}</p></div></div>'
                    f'<div class="small-12 medium-3 column text-center"><div class="supports"><span class="total-supports">{s} '
                    f'soutiens</span></div></div></div></div></div>' for n, t, h, s in items)
    return f'<div class="budget-investments-list">{cards}</div>'


def govocal_idea_cards(items):
    cards = "".join(f'<a class="e2e-idea-card" href="{escape(h)}"><div class="e2e-card-title">{escape(t)}</div>'
                    f'<div class="e2e-idea-card-vote-count">{v} votes</div><div class="e2e-ideacard-comment-count">{c}</div></a>'
                    for h, t, v, c in items)
    return f'<div id="e2e-ideas-list" class="ideas-list">{cards}</div>'
