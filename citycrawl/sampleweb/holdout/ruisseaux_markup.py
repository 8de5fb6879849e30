"""Markup of the ruisseaux part: the blocks that agency CMSs, Drupal, WordPress and TYPO3 put around and
inside the pages of mid-size communes (cookie banners, teasers, sidebars, forms, plugin widgets)."""
from html import escape


def p(*paras):
    return "".join(f"<p>{t}</p>" for t in paras)


def h2(text):
    return f"<h2>{text}</h2>"


def ul(items, cls="liste"):
    return f'<ul class="{cls}">' + "".join(f"<li>{i}</li>" for i in items) + "</ul>"


def links(items, cls="liens-utiles"):
    return f'<ul class="{cls}">' + "".join(f'<li><a href="{escape(h)}">{t}</a></li>' for h, t in items) + "</ul>"


def cookie_banner(style="tarteaucitron"):
    if style == "tarteaucitron":
        return ('<div id="tarteaucitronRoot" class="tarteaucitronBeforeVisible"><div id="tarteaucitronAlertBig" role="dialog">'
                '<span id="tarteaucitronDisclaimerAlert">Ce site utilise des cookies de mesure d\'audience et vous laisse le choix.</span>'
                '<button type="button" class="tarteaucitronCTAButton tarteaucitronAllow" id="tarteaucitronPersonalize2">Tout accepter</button>'
                '<button type="button" class="tarteaucitronCTAButton tarteaucitronDeny" id="tarteaucitronAllDenied2">Tout refuser</button>'
                '<button type="button" id="tarteaucitronCloseAlert">Personnaliser</button></div></div>')
    return ('<div class="cc-window cc-banner" role="dialog" aria-label="cookieconsent"><span class="cc-message">'
            'Nous utilisons des traceurs pour améliorer votre visite. <a class="cc-link" href="/mentions-legales">En savoir plus</a></span>'
            '<div class="cc-compliance"><a class="cc-btn cc-deny" role="button">Refuser</a><a class="cc-btn cc-allow" role="button">Accepter</a></div></div>')


def teasers(items, title="Actualités", cls="news-teasers"):
    cards = "".join(f'<article class="{cls}__item"><p class="{cls}__date">{escape(d)}</p>'
                    f'<h3 class="{cls}__title"><a href="{escape(h)}">{t}</a></h3><p>{s}</p></article>'
                    for h, t, d, s in items)
    return f'<section class="{cls}"><h2>{title}</h2>{cards}</section>'


def agenda(items):
    rows = "".join(f'<li class="agenda__event"><time>{escape(d)}</time> <a href="{escape(h)}">{t}</a></li>'
                   for h, t, d in items)
    return f'<section class="agenda"><h2>Agenda</h2><ul class="agenda__list">{rows}</ul></section>'


def tiles(items, title="Accès rapides"):
    cells = "".join(f'<li class="quick-access__item"><a class="quick-access__link" href="{escape(h)}">'
                    f'<span class="quick-access__icon" aria-hidden="true"></span>{t}</a></li>' for h, t in items)
    return f'<nav class="quick-access" aria-label="{title}"><h2>{title}</h2><ul class="quick-access__list">{cells}</ul></nav>'


def with_aside(main, aside, cls="layout-sidebar"):
    return f'<div class="{cls}"><div class="{cls}__main">{main}</div><aside class="{cls}__aside" role="complementary">{aside}</aside></div>'


def aside_box(title, html):
    return f'<section class="widget"><h2 class="widget-title">{title}</h2>{html}</section>'


def share(url):
    from urllib.parse import quote
    u = quote(url, safe="")
    return ('<div class="share-buttons"><span>Partager :</span>'
            f'<a class="share share--facebook" href="https://www.facebook.com/sharer/sharer.php?u={u}" target="_blank" rel="noopener">Facebook</a>'
            f'<a class="share share--x" href="https://twitter.com/intent/tweet?url={u}" target="_blank" rel="noopener">X</a>'
            f'<a class="share share--linkedin" href="https://www.linkedin.com/shareArticle?mini=true&amp;url={u}" target="_blank" rel="noopener">LinkedIn</a>'
            '<a class="share share--mail" href="mailto:?subject=A%20lire">Courriel</a></div>')


# ---- forms -----------------------------------------------------------------------------------------

def _field(label, name, kind="text", required=True):
    req = ' required aria-required="true"' if required else ""
    fid = "f-" + name.replace("[", "-").replace("]", "")
    if kind == "textarea":
        return f'<div class="form-item"><label for="{fid}">{label}</label><textarea id="{fid}" name="{name}" rows="7"{req}></textarea></div>'
    return f'<div class="form-item"><label for="{fid}">{label}</label><input type="{kind}" id="{fid}" name="{name}"{req}></div>'


def drupal_webform(form_id, action, fields, submit="Envoyer"):
    items = "".join(_field(lbl, f"{n}", k) for lbl, n, k in fields)
    return (f'<form class="webform-submission-form webform-submission-{form_id}-form" action="{action}" method="post" '
            f'id="webform-submission-{form_id}-add-form" accept-charset="UTF-8">{items}'
            f'<input type="hidden" name="form_id" value="webform_submission_{form_id}_add_form">'
            f'<div class="form-actions"><input type="submit" class="webform-button--submit button button--primary" value="{submit}"></div></form>')


def cf7(action, fields, submit="Envoyer", form_id=412):
    items = "".join(f'<p><label>{lbl}<br><span class="wpcf7-form-control-wrap" data-name="{n}">'
                    + (f'<textarea name="{n}" cols="40" rows="8" class="wpcf7-form-control wpcf7-textarea wpcf7-validates-as-required" aria-required="true"></textarea>'
                       if k == "textarea" else
                       f'<input type="{k}" name="{n}" size="40" class="wpcf7-form-control wpcf7-{k} wpcf7-validates-as-required" aria-required="true">')
                    + "</span></label></p>" for lbl, n, k in fields)
    return (f'<div class="wpcf7 no-js" id="wpcf7-f{form_id}-p1" lang="fr-FR" dir="ltr"><form action="{action}#wpcf7-f{form_id}-p1" method="post" '
            f'class="wpcf7-form init" novalidate="novalidate" data-status="init"><div style="display: none;">'
            f'<input type="hidden" name="_wpcf7" value="{form_id}"><input type="hidden" name="_wpcf7_version" value="5.9.3">'
            f'<input type="hidden" name="_wpcf7_locale" value="fr_FR"></div>{items}'
            f'<p><input class="wpcf7-form-control wpcf7-submit has-spinner" type="submit" value="{submit}"></p>'
            '<div class="wpcf7-response-output" aria-hidden="true"></div></form></div>')


def powermail(action, fields, submit="Envoyer"):
    items = "".join(
        f'<div class="powermail_fieldwrap powermail_fieldwrap_type_{"textarea" if k == "textarea" else "input"}">'
        f'<label for="powermail_field_{n}" class="powermail_label">{lbl}</label><div class="powermail_field">'
        + (f'<textarea id="powermail_field_{n}" name="tx_powermail_pi1[field][{n}]" class="powermail_textarea" rows="6"></textarea>'
           if k == "textarea" else
           f'<input type="{k}" id="powermail_field_{n}" name="tx_powermail_pi1[field][{n}]" class="powermail_input">')
        + "</div></div>" for lbl, n, k in fields)
    return (f'<div class="tx-powermail"><form data-powermail-validate="data-powermail-validate" action="{action}" '
            f'class="powermail_form powermail_form_1" method="post" enctype="multipart/form-data"><fieldset class="powermail_fieldset">'
            f'{items}<div class="powermail_fieldwrap powermail_fieldwrap_type_submit"><input type="submit" value="{submit}" class="powermail_submit"></div>'
            '</fieldset><input type="hidden" name="tx_powermail_pi1[__referrer][@extension]" value="Powermail"></form></div>')


def agency_form(action, fields, submit="Envoyer", cls="form-contact"):
    items = "".join(_field(lbl, n, k) for lbl, n, k in fields)
    return (f'<form class="{cls} js-form-validate" action="{action}" method="post" novalidate>'
            f'<p class="form__mandatory">Les champs marqués d\'un astérisque sont obligatoires.</p>{items}'
            '<div class="form-item form-item--rgpd"><input type="checkbox" id="rgpd" name="rgpd" required>'
            '<label for="rgpd">J\'accepte que mes données soient utilisées pour traiter ma demande.</label></div>'
            '<input type="hidden" name="csrf_token" value="6c1f0e9a2b">'
            f'<button type="submit" class="btn btn--primary">{submit}</button></form>')


CONTACT_FIELDS = [("Nom *", "nom", "text"), ("Courriel *", "email", "email"), ("Objet", "objet", "text"),
                  ("Votre message *", "message", "textarea")]


def newsletter(action="/newsletter/inscription"):
    return (f'<form class="newsletter-form" action="{action}" method="post"><label for="nl-email">Recevez la lettre d\'information</label>'
            '<input type="email" id="nl-email" name="email" placeholder="votre@courriel.fr" required>'
            '<input type="checkbox" id="nl-ok" name="consent" required><label for="nl-ok">J\'accepte de recevoir la lettre</label>'
            '<button type="submit">S\'abonner</button></form>')


def booking(action, slots, what="créneau"):
    opts = "".join(f'<option value="{i}">{escape(s)}</option>' for i, s in enumerate(slots))
    return (f'<form class="booking-form" action="{action}" method="post"><label for="bk-slot">Choisissez un {what}</label>'
            f'<select id="bk-slot" name="slot">{opts}</select><label for="bk-name">Nom</label><input id="bk-name" name="name" type="text">'
            '<label for="bk-tel">Téléphone</label><input id="bk-tel" name="tel" type="tel"><button type="submit">Réserver</button></form>')


def payment(action):
    return (f'<form class="payment-form" action="{action}" method="post"><label for="pay-ref">Référence de la facture</label>'
            '<input id="pay-ref" name="reference" type="text" pattern="[0-9A-Z-]+"><label for="pay-amount">Montant (€)</label>'
            '<input id="pay-amount" name="montant" type="number" step="0.01"><input type="hidden" name="tipi_id" value="004312">'
            '<button type="submit">Payer en ligne (PayFiP)</button></form>')


def registration(action, extra=()):
    more = "".join(f'<label for="reg-{n}">{lbl}</label><input id="reg-{n}" name="{n}" type="text">' for lbl, n in extra)
    return (f'<form class="registration-form" action="{action}" method="post"><label for="reg-nom">Nom de l\'enfant</label>'
            '<input id="reg-nom" name="nom" type="text"><label for="reg-ne">Date de naissance</label><input id="reg-ne" name="naissance" type="date">'
            f'{more}<label for="reg-mail">Courriel du responsable</label><input id="reg-mail" name="email" type="email">'
            '<button type="submit">Valider l\'inscription</button></form>')


def idea_form(action, intro, title_label="Titre de votre idée", body_label="Décrivez votre idée", extra=(), submit="Déposer"):
    more = "".join(f'<div class="form-item"><label for="idea-{n}">{lbl}</label><select id="idea-{n}" name="{n}">'
                   + "".join(f"<option>{o}</option>" for o in opts) + "</select></div>" for lbl, n, opts in extra)
    return (f'<div class="bloc-idee"><p class="bloc-idee__intro">{intro}</p><form class="form-idee" action="{action}" method="post">'
            f'<div class="form-item"><label for="idea-title">{title_label}</label><input id="idea-title" name="titre" type="text" maxlength="120" required></div>'
            f'<div class="form-item"><label for="idea-body">{body_label}</label><textarea id="idea-body" name="description" rows="8" required></textarea></div>'
            f'{more}<div class="form-item"><label for="idea-name">Nom ou pseudonyme</label><input id="idea-name" name="auteur" type="text"></div>'
            '<div class="form-item"><label for="idea-mail">Courriel</label><input id="idea-mail" name="email" type="email" required></div>'
            f'<button type="submit" class="btn">{submit}</button></form></div>')


def questionnaire(action, intro, questions, cls="questionnaire", submit="Envoyer mes réponses"):
    blocks = []
    for i, (q, opts) in enumerate(questions):
        if opts:
            choices = "".join(f'<label><input type="radio" name="q{i}" value="{j}"> {o}</label>' for j, o in enumerate(opts))
        else:
            choices = f'<textarea name="q{i}" rows="3"></textarea>'
        blocks.append(f'<fieldset class="{cls}__question"><legend>{q}</legend>{choices}</fieldset>')
    return (f'<div class="{cls}"><p class="{cls}__intro">{intro}</p><form action="{action}" method="post" class="{cls}__form">'
            + "".join(blocks) + f'<button type="submit">{submit}</button></form></div>')


def wp_polls(pid, question, answers):
    items = "".join(f'<li><input type="radio" id="poll-answer-{pid}{i}" name="poll_{pid}" value="{pid}{i}">'
                    f'<label for="poll-answer-{pid}{i}">{a}</label></li>' for i, a in enumerate(answers))
    return (f'<div id="polls-{pid}" class="wp-polls"><form id="polls_form_{pid}" class="wp-polls-form" action="/index.php" method="post">'
            f'<p style="display: none;"><input type="hidden" id="poll_{pid}_nonce" name="wp-polls-nonce" value="9a1c2e7f3b"></p>'
            f'<p style="display: none;"><input type="hidden" name="poll_id" value="{pid}"></p>'
            f'<p style="text-align: center;"><strong>{question}</strong></p><div id="polls-{pid}-ans" class="wp-polls-ans">'
            f'<ul class="wp-polls-ul">{items}</ul><p style="text-align: center;"><input type="button" name="vote" value="   Voter   " '
            f'class="Buttons" onclick="poll_vote({pid});"></p><p style="text-align: center;"><a href="#ViewPollResults" '
            f'onclick="poll_result({pid}); return false;" title="Voir les résultats de ce sondage">Voir les résultats</a></p></div></form></div>')


def poll_results(question, rows, total, closed_on):
    bars = "".join(f'<li>{a} <small>({pc}%, {n} votes)</small><div class="pollbar" style="width: {pc}%;" title="{a} ({pc}% | {n} votes)"></div></li>'
                   for a, pc, n in rows)
    return (f'<div class="wp-polls wp-polls-results"><p style="text-align: center;"><strong>{question}</strong></p>'
            f'<ul class="wp-polls-ul">{bars}</ul><p style="text-align: center;">Nombre total de votants : <strong>{total}</strong></p>'
            f'<p class="poll-closed">Ce sondage est clos depuis le {closed_on}.</p></div>')


def drupal_poll(nid, question, answers):
    items = "".join(f'<div class="js-form-item form-item js-form-type-radio form-type-radio"><input type="radio" id="edit-choice-{i}" '
                    f'name="choice" value="{i + 1}" class="form-radio"><label for="edit-choice-{i}" class="option">{a}</label></div>'
                    for i, a in enumerate(answers))
    return (f'<div class="poll" id="poll-view-form-{nid}"><form class="poll-view-form" data-drupal-selector="poll-view-form-{nid}" '
            f'action="/poll/{nid}" method="post" accept-charset="UTF-8"><h3 class="poll-question">{question}</h3>'
            f'<fieldset id="edit-choice" class="fieldgroup form-composite js-form-wrapper form-wrapper"><legend><span class="visually-hidden">Choix</span></legend>{items}</fieldset>'
            f'<input type="hidden" name="form_id" value="poll_view_form_{nid}"><div class="form-actions"><input type="submit" '
            'id="edit-vote" name="op" value="Voter" class="button js-form-submit form-submit"></div></form></div>')


def wp_comments(comments, post_id, action="/wp-comments-post.php"):
    lst = "".join(f'<li id="comment-{post_id}{i}" class="comment even thread-even depth-1"><article class="comment-body">'
                  f'<footer class="comment-meta"><div class="comment-author vcard"><b class="fn">{a}</b> <span class="says">dit :</span></div>'
                  f'<div class="comment-metadata"><time>{d}</time></div></footer><div class="comment-content"><p>{t}</p></div>'
                  f'<div class="reply"><a rel="nofollow" class="comment-reply-link" href="#comment-{post_id}{i}">Répondre</a></div></article></li>'
                  for i, (a, d, t) in enumerate(comments))
    head = f'<h2 class="comments-title">{len(comments)} réponses</h2><ol class="comment-list">{lst}</ol>' if comments else ""
    return (f'<div id="comments" class="comments-area">{head}<div id="respond" class="comment-respond">'
            '<h3 id="reply-title" class="comment-reply-title">Laisser un commentaire</h3>'
            f'<form action="{action}" method="post" id="commentform" class="comment-form" novalidate>'
            '<p class="comment-notes">Votre adresse e-mail ne sera pas publiée.</p>'
            '<p class="comment-form-comment"><label for="comment">Commentaire</label><textarea id="comment" name="comment" cols="45" rows="8" maxlength="65525" required></textarea></p>'
            '<p class="comment-form-author"><label for="author">Nom</label><input id="author" name="author" type="text" size="30"></p>'
            '<p class="comment-form-email"><label for="email">E-mail</label><input id="email" name="email" type="email" size="30"></p>'
            f'<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Laisser un commentaire">'
            f'<input type="hidden" name="comment_post_ID" value="{post_id}" id="comment_post_ID"><input type="hidden" name="comment_parent" id="comment_parent" value="0"></p>'
            '</form></div></div>')


def wp_comments_closed():
    return '<div id="comments" class="comments-area"><p class="no-comments">Les commentaires sont fermés.</p></div>'


def drupal_comments(comments, nid):
    lst = "".join(f'<article data-comment-user-id="0" id="comment-{nid}{i}" class="comment js-comment by-anonymous">'
                  f'<footer class="comment__meta"><p class="comment__author"><span>{a}</span></p><p class="comment__time">{d}</p></footer>'
                  f'<div class="comment__content"><div class="field field--name-comment-body"><p>{t}</p></div></div></article>'
                  for i, (a, d, t) in enumerate(comments))
    return (f'<section class="field field--name-comment field--type-comment"><h2>Commentaires</h2>{lst}'
            '<h2 class="comment-form__title">Ajouter un commentaire</h2>'
            f'<form class="comment-comment-form comment-form" data-drupal-selector="comment-form" action="/comment/reply/node/{nid}/comment" method="post" accept-charset="UTF-8">'
            '<div class="js-form-item form-item"><label for="edit-name">Votre nom</label><input type="text" id="edit-name" name="name" class="form-text"></div>'
            '<div class="js-form-item form-item"><label for="edit-comment-body-0-value" class="js-form-required form-required">Commentaire</label>'
            '<textarea data-drupal-selector="edit-comment-body-0-value" id="edit-comment-body-0-value" name="comment_body[0][value]" rows="5" class="form-textarea required" required="required"></textarea></div>'
            '<input type="hidden" name="form_id" value="comment_comment_form"><div class="form-actions"><input type="submit" id="edit-submit--2" name="op" value="Enregistrer" class="button button--primary form-submit"></div>'
            '</form></section>')


def petition_sign(action, title, count, goal):
    return (f'<div class="petition"><h3 class="petition__title">{title}</h3><p class="petition__counter"><strong>{count}</strong> signatures sur {goal} nécessaires</p>'
            f'<progress max="{goal}" value="{count}"></progress><form class="petition__form" action="{action}" method="post">'
            '<label for="pet-nom">Nom</label><input id="pet-nom" name="nom" type="text" required>'
            '<label for="pet-prenom">Prénom</label><input id="pet-prenom" name="prenom" type="text" required>'
            '<label for="pet-mail">Courriel</label><input id="pet-mail" name="email" type="email" required>'
            '<label for="pet-cp">Code postal</label><input id="pet-cp" name="code_postal" type="text" required>'
            '<input type="checkbox" id="pet-ok" name="certifie" required><label for="pet-ok">Je certifie résider ou être inscrit sur les listes électorales de la commune</label>'
            '<button type="submit">Je signe</button></form></div>')


def map_embed(caption):
    return (f'<figure class="carte"><div class="leaflet-container" data-lat="45.7" data-lng="4.9" style="height:320px"></div>'
            f'<figcaption>{caption}</figcaption></figure>')


def card_list(items, cls="card"):
    return f'<div class="{cls}-list">' + "".join(
        f'<article class="{cls}"><h3 class="{cls}__title"><a href="{escape(h)}">{t}</a></h3><p class="{cls}__text">{s}</p></article>'
        for h, t, s in items) + "</div>"


def download(href, label, size="PDF, 412 Ko"):
    return f'<p class="telechargement"><a class="file file--pdf" href="{escape(href)}">{label}</a> <span>({size})</span></p>'
