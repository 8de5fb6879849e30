"""Markup of the ``ubacs`` holdout part: the blocks that large French cities' CMSs, participation platforms,
e-services portals and forum engines put inside a page's main content. Written for this part alone."""
import zlib
from html import escape


# ---- page furniture --------------------------------------------------------------------------------

def prose(*paragraphs):
    return "".join(f"<p>{p}</p>" for p in paragraphs)


def h2(text):
    return f"<h2>{text}</h2>"


def cookie_banner(kind="tarteaucitron"):
    if kind == "axeptio":
        return ('<div id="axeptio_overlay" class="axeptio_mount"><div class="axeptio-widget" role="dialog" aria-label="Gestion des cookies">'
                '<p>Ce site utilise des traceurs pour mesurer l\'audience.</p><button class="ax-btn ax-accept" type="button">Accepter</button>'
                '<button class="ax-btn ax-refuse" type="button">Continuer sans accepter</button></div></div>')
    return ('<div id="tarteaucitronRoot" data-nosnippet><div id="tarteaucitronAlertBig" role="alert">'
            '<span id="tarteaucitronDisclaimerAlert">Nous utilisons des cookies pour la mesure d\'audience et les contenus vidéo.</span>'
            '<button type="button" id="tarteaucitronPersonalize2" class="tarteaucitronAllow">Tout accepter</button>'
            '<button type="button" id="tarteaucitronAllDenied2" class="tarteaucitronDeny">Tout refuser</button>'
            '<button type="button" id="tarteaucitronCloseAlert">Personnaliser</button></div></div>')


def quick_links(links, title="Accès rapides"):
    items = "".join(f'<li class="quick-links__item"><a class="quick-links__link" href="{href}">{label}</a></li>'
                    for href, label in links)
    return f'<section class="quick-links"><h2 class="quick-links__title">{title}</h2><ul class="quick-links__list">{items}</ul></section>'


def teasers(items, title="Actualités", more=None):
    cards = "".join(
        f'<article class="news-card"><p class="news-card__category">{cat}</p><h3 class="news-card__title">'
        f'<a href="{href}">{label}</a></h3><p class="news-card__date">{date}</p></article>'
        for href, label, cat, date in items)
    more = f'<p class="news-more"><a class="btn btn--primary" href="{more}">Toutes les actualités</a></p>' if more else ""
    return f'<section class="news-list"><h2 class="news-list__title">{title}</h2><div class="news-list__grid">{cards}</div>{more}</section>'


def agenda(items, title="Agenda"):
    rows = "".join(f'<li class="event"><span class="event__date">{date}</span> <span class="event__title">{label}</span>'
                   f' <span class="event__place">{place}</span></li>' for date, label, place in items)
    return f'<section class="agenda"><h2 class="agenda__title">{title}</h2><ul class="agenda__list">{rows}</ul></section>'


def with_sidebar(main, side):
    return f'<div class="layout layout--sidebar"><div class="layout__main">{main}</div><aside class="layout__aside" role="complementary">{side}</aside></div>'


def encart(title, text, href=None, label="En savoir plus"):
    link = f'<p><a class="encart__link" href="{href}">{label}</a></p>' if href else ""
    return f'<div class="encart"><p class="encart__title">{title}</p><p>{text}</p>{link}</div>'


def share_buttons(url, title=""):
    u = escape(url)
    return ('<div class="share" aria-label="Partager cette page"><p class="share__title">Partager</p><ul class="share__list">'
            f'<li><a href="https://www.facebook.com/sharer/sharer.php?u={u}" target="_blank" rel="noopener">Partager sur Facebook</a></li>'
            f'<li><a href="https://twitter.com/intent/tweet?url={u}&amp;text={escape(title)}" target="_blank" rel="noopener">Partager sur X</a></li>'
            f'<li><a href="https://www.linkedin.com/shareArticle?mini=true&amp;url={u}" target="_blank" rel="noopener">Partager sur LinkedIn</a></li>'
            f'<li><a href="mailto:?subject={escape(title)}&amp;body={u}">Envoyer par courriel</a></li></ul></div>')


def steps(items, current=None):
    lis = "".join(f'<li class="steps__item{" steps__item--current" if i == current else ""}"><strong>{name}</strong> '
                  f'<span>{when}</span></li>' for i, (name, when) in enumerate(items))
    return f'<ol class="steps">{lis}</ol>'


def accordion(items):
    return '<div class="accordion">' + "".join(
        f'<details class="accordion__item"><summary>{q}</summary><div class="accordion__content"><p>{a}</p></div></details>'
        for q, a in items) + "</div>"


def downloads(files):
    """Documents, as many cities publish them: on a flipbook host (Calaméo), outside the city's site."""
    return '<ul class="documents">' + "".join(
        f'<li class="document"><a href="https://www.calameo.com/read/00{zlib.crc32(href.encode()) % 10**9:09d}" target="_blank" rel="noopener">{label}</a>'
        f' <span class="document__meta">PDF – {size}</span></li>' for href, label, size in files) + "</ul>"


# ---- portal markup (Liferay- or Jahia-like) ------------------------------------------------------

def portlet(title, content, pid="com_liferay_journal_content_web_portlet_JournalContentPortlet"):
    return (f'<section class="portlet" id="portlet_{pid}"><div class="portlet-content"><h2 class="portlet-title-text">{title}</h2>'
            f'<div class="portlet-content-container"><div class="portlet-body"><div class="journal-content-article">{content}</div></div></div></div></section>')


# ---- forms that are not contact forms ----------------------------------------------------------

def newsletter(action="/newsletter/inscription"):
    return (f'<form class="newsletter-form" action="{action}" method="post"><fieldset><legend>Recevez la lettre d\'information</legend>'
            '<label for="nl-email">Votre adresse électronique</label><input type="email" id="nl-email" name="email" required>'
            '<label><input type="checkbox" name="rgpd" value="1" required> J\'accepte de recevoir la lettre d\'information</label>'
            '<button type="submit">Je m\'abonne</button></fieldset></form>')


def booking_form(action, what):
    return (f'<form class="booking-form" action="{action}" method="post"><fieldset><legend>Réserver : {what}</legend>'
            '<label for="bk-date">Date souhaitée</label><input type="date" id="bk-date" name="date" required>'
            '<label for="bk-slot">Créneau</label><select id="bk-slot" name="creneau"><option>9 h - 12 h</option><option>14 h - 18 h</option><option>Journée</option></select>'
            '<label for="bk-people">Nombre de personnes</label><input type="number" id="bk-people" name="personnes" min="1" max="200">'
            '<label for="bk-mail">Courriel</label><input type="email" id="bk-mail" name="email" required>'
            '<button type="submit">Vérifier la disponibilité</button></fieldset></form>')


def payment_form(action):
    return (f'<form class="payment-form" action="{action}" method="post"><fieldset><legend>Payer une facture</legend>'
            '<label for="pay-ref">Référence de la facture</label><input type="text" id="pay-ref" name="reference" pattern="[0-9A-Z-]+" required>'
            '<label for="pay-amount">Montant (€)</label><input type="text" id="pay-amount" name="montant" inputmode="decimal" required>'
            '<label for="pay-mail">Courriel pour le reçu</label><input type="email" id="pay-mail" name="email">'
            '<button type="submit">Payer par carte bancaire (PayFiP)</button></fieldset></form>')


def registration_form(action, what):
    return (f'<form class="registration-form" action="{action}" method="post"><fieldset><legend>Inscription : {what}</legend>'
            '<label for="rg-nom">Nom de l\'enfant</label><input type="text" id="rg-nom" name="nom_enfant" required>'
            '<label for="rg-prenom">Prénom</label><input type="text" id="rg-prenom" name="prenom_enfant" required>'
            '<label for="rg-naiss">Date de naissance</label><input type="date" id="rg-naiss" name="naissance" required>'
            '<label for="rg-ecole">École</label><select id="rg-ecole" name="ecole"><option>Groupe scolaire Jean-Zay</option><option>École des Tilleuls</option></select>'
            '<label for="rg-resp">Courriel du responsable légal</label><input type="email" id="rg-resp" name="email" required>'
            '<button type="submit">Valider l\'inscription</button></fieldset></form>')


def search_form(action="/recherche"):
    return (f'<form class="search-page" action="{action}" method="get" role="search"><label for="sp-q">Rechercher une démarche</label>'
            '<input type="search" id="sp-q" name="q"><button type="submit">Rechercher</button></form>')


# ---- contact forms ---------------------------------------------------------------------------------

def vendor_contact(action, subjects=("Question générale", "État civil", "Urbanisme", "Voirie", "Autre")):
    opts = "".join(f"<option>{s}</option>" for s in subjects)
    return (f'<form class="form form--contact" action="{action}" method="post" novalidate>'
            '<p class="form__mandatory">Les champs marqués d\'un astérisque (*) sont obligatoires.</p>'
            '<div class="form__field"><label for="ct-civ">Civilité</label><select id="ct-civ" name="tx_form[civilite]"><option>Madame</option><option>Monsieur</option></select></div>'
            '<div class="form__field"><label for="ct-nom">Nom *</label><input type="text" id="ct-nom" name="tx_form[nom]" required autocomplete="family-name"></div>'
            '<div class="form__field"><label for="ct-mail">Courriel *</label><input type="email" id="ct-mail" name="tx_form[email]" required autocomplete="email"></div>'
            f'<div class="form__field"><label for="ct-obj">Objet de votre demande *</label><select id="ct-obj" name="tx_form[objet]">{opts}</select></div>'
            '<div class="form__field"><label for="ct-msg">Votre message *</label><textarea id="ct-msg" name="tx_form[message]" rows="8" required></textarea></div>'
            '<div class="form__field form__field--rgpd"><label><input type="checkbox" name="tx_form[rgpd]" required> J\'accepte que mes données soient utilisées pour traiter ma demande.</label></div>'
            '<div class="form__actions"><button class="btn btn--primary" type="submit">Envoyer</button></div></form>')


def wcs_form(action, title, fields, submit="Valider"):
    """A Publik w.c.s. form: numbered widgets (f1, f2...), one page shown, a CSRF-like magictoken."""
    widgets = []
    for i, (kind, label) in enumerate(fields, start=1):
        if kind == "text":
            w = f'<input type="text" id="form_f{i}" name="f{i}" value="" size="40">'
        elif kind == "email":
            w = f'<input type="email" id="form_f{i}" name="f{i}" value="" size="40">'
        elif kind == "textarea":
            w = f'<textarea id="form_f{i}" name="f{i}" cols="72" rows="8"></textarea>'
        elif kind == "date":
            w = f'<input type="date" id="form_f{i}" name="f{i}" value="">'
        elif kind == "file":
            w = f'<input type="file" id="form_f{i}" name="f{i}$file">'
        elif kind.startswith("select:"):
            w = f'<select id="form_f{i}" name="f{i}">' + "".join(f"<option>{o}</option>" for o in kind[7:].split("|")) + "</select>"
        elif kind.startswith("radio:"):
            w = "".join(f'<label><input type="radio" name="f{i}" value="{o}"> {o}</label>' for o in kind[6:].split("|"))
        else:
            w = f'<input type="checkbox" id="form_f{i}" name="f{i}" value="yes">'
        widgets.append(f'<div class="field widget {kind.split(":")[0].capitalize()}Widget template-field" data-field-id="{i}">'
                       f'<div class="title"><label for="form_f{i}">{label}</label></div><div class="content">{w}</div></div>')
    return (f'<div id="steps"><ol><li class="current"><span class="label">{title}</span></li><li><span class="label">Validation</span></li></ol></div>'
            f'<form action="{action}" method="post" enctype="multipart/form-data" class="quixote" novalidate>'
            '<input type="hidden" name="_form_id" value="form"><input type="hidden" name="magictoken" value="c2a8e1b0f6d94c37">'
            + "".join(widgets) + f'<div class="buttons submit"><button name="submit" class="submit-button">{submit}</button></div></form>')


def drupal_webform(action, fields, submit="Envoyer"):
    out = []
    for key, kind, label in fields:
        name = key
        if kind == "textarea":
            w = f'<textarea data-drupal-selector="edit-{key}" id="edit-{key}" name="{name}" rows="5" class="form-textarea"></textarea>'
        elif kind.startswith("radios:"):
            w = "".join(f'<div class="js-form-item form-item js-form-type-radio"><input type="radio" id="edit-{key}-{j}" name="{name}" value="{o}" class="form-radio">'
                        f'<label for="edit-{key}-{j}" class="option">{o}</label></div>' for j, o in enumerate(kind[7:].split("|")))
            w = f'<fieldset class="radios--wrapper fieldgroup form-composite webform-composite-visible-title"><legend><span class="fieldset-legend">{label}</span></legend><div class="fieldset-wrapper"><div id="edit-{key}" class="js-webform-radios webform-options-display-one-column form-radios">{w}</div></div></fieldset>'
            out.append(w)
            continue
        else:
            w = f'<input data-drupal-selector="edit-{key}" type="{kind}" id="edit-{key}" name="{name}" value="" size="60" class="form-{kind}">'
        out.append(f'<div class="js-form-item form-item js-form-type-{kind} form-item-{key}"><label for="edit-{key}">{label}</label>{w}</div>')
    return (f'<form class="webform-submission-form webform-submission-add-form js-webform-details-toggle" data-drupal-selector="webform-submission-form" action="{action}" method="post" accept-charset="UTF-8">'
            + "".join(out) + '<input autocomplete="off" type="hidden" name="form_build_id" value="form-7Qk3vJ2bX9">'
            '<input type="hidden" name="form_id" value="webform_submission_add_form">'
            f'<div data-drupal-selector="edit-actions" class="form-actions webform-actions"><input class="webform-button--submit button button--primary js-form-submit form-submit" type="submit" name="op" value="{submit}"></div></form>')


def spip_contact(action):
    return (f'<div class="formulaire_spip formulaire_contact formulaire_editer_message_contact ajax"><form method="post" action="{action}"><div>'
            '<input name="formulaire_action" type="hidden" value="contact"><input name="formulaire_action_args" type="hidden" value="c8d2f1">'
            '<fieldset><legend>Écrire au service</legend><div class="editer-groupe">'
            '<div class="editer saisie_mail obligatoire"><label for="mail">Votre adresse courriel</label><input type="email" class="text email" name="mail" id="mail"></div>'
            '<div class="editer saisie_sujet obligatoire"><label for="sujet">Sujet</label><input type="text" class="text" name="sujet" id="sujet"></div>'
            '<div class="editer saisie_texte obligatoire"><label for="texte">Message</label><textarea name="texte" id="texte" rows="8" cols="40"></textarea></div>'
            '</div></fieldset><p class="boutons"><input type="submit" class="submit" name="valide" value="Envoyer"></p></div></form></div>')


# ---- polls and questionnaires -------------------------------------------------------------------

def poll_widget(pid, question, answers):
    """A WordPress poll plugin widget in a sidebar (radio answers, a vote button, a results link)."""
    lis = "".join(f'<li><input type="radio" id="poll-answer-{pid}-{i}" name="poll_{pid}" value="{pid * 10 + i}">'
                  f'<label for="poll-answer-{pid}-{i}">{a}</label></li>' for i, a in enumerate(answers, 1))
    return (f'<section class="widget widget_polls-widget"><h2 class="widget-title">Sondage</h2><div id="polls-{pid}" class="wp-polls">'
            f'<form id="polls_form_{pid}" class="wp-polls-form" action="/index.php" method="post"><p style="display: none;">'
            f'<input type="hidden" id="poll_{pid}_nonce" name="wp-polls-nonce" value="5a1c9e7b20"></p><p style="display: none;">'
            f'<input type="hidden" name="poll_id" value="{pid}"></p><p style="text-align: center;"><strong>{question}</strong></p>'
            f'<div id="polls-{pid}-ans" class="wp-polls-ans"><ul class="wp-polls-ul">{lis}</ul><p style="text-align: center;">'
            f'<input type="button" name="vote" value="   Voter   " class="Buttons" onclick="poll_vote({pid});"></p>'
            f'<p style="text-align: center;"><a href="#ViewPollResults" onclick="poll_result({pid}); return false;" title="Voir les résultats">Voir les résultats</a></p></div></form></div></section>')


def poll_results(question, rows, total, closed_on):
    bars = "".join(f'<li><span class="result__label">{label}</span> <span class="result__pct">{pct} %</span>'
                   f'<div class="result__bar" style="width: {pct}%"></div></li>' for label, pct in rows)
    return (f'<div class="poll-results poll-results--closed"><p class="poll-results__question"><strong>{question}</strong></p>'
            f'<ul class="poll-results__list">{bars}</ul><p class="poll-results__total">{total} participants – sondage clos le {closed_on}</p></div>')


def questionnaire(action, intro, questions, submit="Envoyer mes réponses"):
    blocks = []
    for i, (q, answers) in enumerate(questions, 1):
        if answers:
            opts = "".join(f'<label class="choice"><input type="radio" name="q{i}" value="{j}"> {a}</label>' for j, a in enumerate(answers))
        else:
            opts = f'<textarea name="q{i}" rows="4" aria-label="{escape(q)}"></textarea>'
        blocks.append(f'<fieldset class="question"><legend>{i}. {q}</legend>{opts}</fieldset>')
    return (f'<form class="questionnaire" action="{action}" method="post"><p class="questionnaire__intro">{intro}</p>'
            + "".join(blocks) + f'<button type="submit" class="btn btn--primary">{submit}</button></form>')


def survey_embed(src, title, height=900):
    return (f'<div class="embed embed--survey"><iframe src="{src}" title="{title}" width="100%" height="{height}" frameborder="0" '
            'loading="lazy" allow="fullscreen"></iframe><p class="embed__fallback">Le questionnaire ne s\'affiche pas ? '
            f'<a href="{src}" target="_blank" rel="noopener">Ouvrir le questionnaire dans un nouvel onglet</a></p></div>')


# ---- petitions --------------------------------------------------------------------------------------

def petition_card(href, title, count, threshold, status="En cours"):
    pct = min(100, count * 100 // threshold)
    return (f'<article class="petition-card"><p class="petition-card__status">{status}</p><h3 class="petition-card__title"><a href="{href}">{title}</a></h3>'
            f'<div class="petition-card__progress" role="progressbar" aria-valuenow="{count}" aria-valuemax="{threshold}"><span style="width:{pct}%"></span></div>'
            f'<p class="petition-card__count">{count} signatures sur {threshold}</p></article>')


def petition_sign(action, count, threshold):
    return (f'<div class="petition-sign"><p class="petition-sign__count"><strong>{count}</strong> signatures – objectif {threshold}</p>'
            f'<form class="petition-sign__form" action="{action}" method="post"><fieldset><legend>Je signe cette pétition</legend>'
            '<label for="ps-nom">Nom et prénom</label><input type="text" id="ps-nom" name="signature[nom]" required>'
            '<label for="ps-mail">Courriel (pour confirmer votre signature)</label><input type="email" id="ps-mail" name="signature[email]" required>'
            '<label for="ps-cp">Code postal</label><input type="text" id="ps-cp" name="signature[code_postal]" required>'
            '<label><input type="checkbox" name="signature[resident]" required> Je certifie habiter, travailler ou étudier dans la commune</label>'
            '<button type="submit">Signer</button></fieldset></form></div>')


def petition_new(action):
    return (f'<form class="petition-new" action="{action}" method="post"><fieldset><legend>Déposer une pétition</legend>'
            '<label for="pn-titre">Titre de la pétition</label><input type="text" id="pn-titre" name="petition[titre]" maxlength="120" required>'
            '<label for="pn-texte">Texte de la pétition</label><textarea id="pn-texte" name="petition[texte]" rows="10" required></textarea>'
            '<label for="pn-theme">Thème</label><select id="pn-theme" name="petition[theme]"><option>Cadre de vie</option><option>Mobilités</option><option>Solidarités</option></select>'
            '<button type="submit">Soumettre ma pétition à la modération</button></fieldset></form>')


# ---- comments ------------------------------------------------------------------------------------

def wp_comments(comments, post_id):
    lis = "".join(f'<li class="comment even thread-even depth-1" id="comment-{post_id * 10 + i}"><article class="comment-body">'
                  f'<footer class="comment-meta"><div class="comment-author vcard"><b class="fn">{a}</b> <span class="says">dit :</span></div>'
                  f'<div class="comment-metadata"><time>{d}</time></div></footer><div class="comment-content"><p>{t}</p></div>'
                  f'<div class="reply"><a rel="nofollow" class="comment-reply-link" href="#comment-{post_id * 10 + i}">Répondre</a></div></article></li>'
                  for i, (a, d, t) in enumerate(comments, 1))
    return (f'<div id="comments" class="comments-area"><h2 class="comments-title">{len(comments)} réactions</h2><ol class="comment-list">{lis}</ol>'
            '<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Laisser un commentaire</h3>'
            '<form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate>'
            '<p class="comment-notes">Votre adresse e-mail ne sera pas publiée.</p>'
            '<p class="comment-form-comment"><label for="comment">Commentaire</label><textarea id="comment" name="comment" cols="45" rows="8" maxlength="65525" required></textarea></p>'
            '<p class="comment-form-author"><label for="author">Nom</label><input id="author" name="author" type="text" size="30" maxlength="245" required></p>'
            '<p class="comment-form-email"><label for="email">E-mail</label><input id="email" name="email" type="email" size="30" maxlength="100" required></p>'
            f'<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Laisser un commentaire"><input type="hidden" name="comment_post_ID" value="{post_id}" id="comment_post_ID"><input type="hidden" name="comment_parent" id="comment_parent" value="0"></p>'
            '</form></div></div>')


def wp_comments_closed():
    return '<div id="comments" class="comments-area"><p class="no-comments">Les commentaires sont fermés.</p></div>'


def drupal_comments(comments, node):
    arts = "".join(f'<article data-comment-user-id="0" id="comment-{node * 10 + i}" class="comment js-comment by-anonymous">'
                   f'<footer class="comment__meta"><p class="comment__author">{a}</p><p class="comment__time">{d}</p></footer>'
                   f'<div class="comment__content"><div class="field field--name-comment-body">{t}</div></div></article>'
                   for i, (a, d, t) in enumerate(comments, 1))
    return (f'<section class="field field--name-comment field--type-comment"><h2>Commentaires</h2>{arts}'
            '<h2 class="title comment-form__title">Ajouter un commentaire</h2>'
            f'<form class="comment-comment-form comment-form" data-drupal-selector="comment-form" action="/comment/reply/node/{node}/comment" method="post" accept-charset="UTF-8">'
            '<div class="js-form-item form-item js-form-type-textfield form-item-name"><label for="edit-name">Votre nom</label><input type="text" id="edit-name" name="name" size="30" maxlength="60" class="form-text"></div>'
            '<div class="js-form-item form-item js-form-type-textarea form-item-comment-body-0-value"><label for="edit-comment-body-0-value" class="js-form-required form-required">Commentaire</label>'
            '<textarea class="js-text-full text-full form-textarea required" id="edit-comment-body-0-value" name="comment_body[0][value]" rows="5" required></textarea></div>'
            '<input type="hidden" name="form_id" value="comment_comment_form"><div class="form-actions"><input type="submit" id="edit-submit--2" name="op" value="Enregistrer" class="button button--primary js-form-submit form-submit"></div></form></section>')


def disqus(shortname, identifier, url):
    return ('<div id="disqus_thread"></div><script>var disqus_config = function () { '
            f'this.page.url = "{url}"; this.page.identifier = "{identifier}"; }};'
            "(function() { var d = document, s = d.createElement('script');"
            f"s.src = 'https://{shortname}.disqus.com/embed.js'; s.setAttribute('data-timestamp', +new Date());"
            "(d.head || d.body).appendChild(s); })();</script>"
            '<noscript>Activez JavaScript pour voir les <a href="https://disqus.com/?ref_noscript" rel="nofollow">commentaires propulsés par Disqus.</a></noscript>')


def spip_forum(comments, article):
    items = "".join(f'<li class="forum-fil"><div class="forum-message" id="forum{article * 10 + i}"><div class="forum-chapo">'
                    f'<strong class="forum-titre">{t}</strong><small>{d}, par {a}</small></div><div class="forum-texte"><p>{m}</p></div></div></li>'
                    for i, (a, d, t, m) in enumerate(comments, 1))
    return (f'<div class="forum-repondre"><h2>Messages</h2><ul class="forum">{items}</ul>'
            f'<div class="formulaire_spip formulaire_forum ajax" id="formulaire_forum"><form action="spip.php?article{article}" method="post"><div>'
            '<input name="formulaire_action" type="hidden" value="forum">'
            '<fieldset><legend>Votre message</legend><div class="editer saisie_titre obligatoire"><label for="titre">Titre</label><input type="text" class="text" name="titre" id="titre"></div>'
            '<div class="editer saisie_texte obligatoire"><label for="texte">Texte de votre message</label><textarea name="texte" id="texte" rows="10" cols="40"></textarea></div></fieldset>'
            '<p class="boutons"><input type="submit" class="submit" name="previsualiser" value="Prévisualiser"></p></div></form></div></div>')


# ---- Decidim -------------------------------------------------------------------------------------

def decidim_process_cards(cards):
    items = "".join(f'<a href="{href}" class="card__grid"><div class="card__grid-text"><h3 class="h4 text-secondary">{title}</h3>'
                    f'<div class="card__grid-metadata"><span>{meta}</span></div></div></a>' for href, title, meta in cards)
    return f'<section class="content-block"><h2 class="h2 decorator">Processus participatifs</h2><div class="card__grid-home">{items}</div></section>'


def decidim_process(title, intro, phase, components):
    comps = "".join(f'<li><a class="tab-x" href="{href}">{label}</a></li>' for href, label in components)
    return (f'<div class="participatory-space__container"><div class="process__hero"><p class="process__hero-phase">Phase actuelle : <strong>{phase}</strong></p></div>'
            f'<div class="editor-content"><p>{intro}</p></div><nav class="participatory-space__nav" aria-label="Composantes de {escape(title)}">'
            f'<ul class="participatory-space__nav-container">{comps}</ul></nav></div>')


def decidim_proposal_list(base, proposals, can_create=True):
    items = "".join(f'<a href="{base}/{pid}" class="card__list" id="proposals__proposal_{pid}"><div class="card__list-content">'
                    f'<h3 class="card__list-title">{title}</h3><div class="card__list-metadata"><span>{author}</span> <span class="label {"success" if state == "Acceptée" else ""}">{state}</span>'
                    f' <span class="card__list-metadata-comments">{comments} commentaires</span> <span class="card__list-metadata-votes">{votes} soutiens</span></div></div></a>'
                    for pid, title, author, state, comments, votes in proposals)
    create = f'<a href="/users/sign_in" class="button button__sm button__secondary">Nouvelle proposition</a>' if can_create else ""
    return (f'<div class="layout-main__section layout-main__buttons">{create}</div>'
            '<form class="new_filter" id="proposals-filter" action="" method="get"><fieldset><legend>État</legend>'
            '<label><input type="checkbox" name="filter[with_any_state][]" value="accepted"> Acceptées</label>'
            '<label><input type="checkbox" name="filter[with_any_state][]" value="evaluating"> En évaluation</label></fieldset></form>'
            f'<div id="proposals" class="card__list-list">{items}</div>')


def decidim_comments(resource, comments, open_=True):
    items = "".join(f'<div id="comment_{resource}_{i}" class="comment__container" data-comment-id="{i}"><div class="comment__header">'
                    f'<span class="author__name">{a}</span> <span class="comment__date">{d}</span></div><div class="comment__content editor-content"><p>{t}</p></div>'
                    f'<div class="comment__footer"><button class="button button__sm button__text-secondary comment__reply" type="button">Répondre</button></div></div>'
                    for i, (a, d, t) in enumerate(comments, 1))
    form = ''
    if open_:
        form = (f'<div class="add-comment" id="add-comment-{resource}"><h3 class="h4">Ajouter un commentaire</h3>'
                f'<form class="new_comment" id="new_comment_for_{resource}" action="/comments" method="post">'
                f'<input type="hidden" name="comment[commentable_gid]" value="{resource}">'
                f'<textarea name="comment[body]" id="add-comment-{resource}-body" maxlength="1000" rows="4" placeholder="Ajoutez votre commentaire"></textarea>'
                '<button type="submit" class="button button__sm button__secondary">Publier le commentaire</button></form></div>')
    return (f'<section class="comments" id="comments-for-{resource}" data-decidim-comments="{{&quot;commentableGid&quot;:&quot;{resource}&quot;}}">'
            f'<h2 class="h4 comment__count">{len(comments)} commentaires</h2><div class="comment-threads">{items}</div>{form}</section>')


def decidim_survey(action, questions):
    qs = []
    for i, (q, answers) in enumerate(questions):
        if answers:
            opts = "".join(f'<label><input type="radio" name="questionnaire[responses][{i}][choices][][body]" value="{a}"> {a}</label>' for a in answers)
        else:
            opts = f'<textarea name="questionnaire[responses][{i}][body]" rows="4"></textarea>'
        qs.append(f'<div class="question" data-max-choices="1"><label class="questionnaire-question">{i + 1}. {q}</label>{opts}</div>')
    return (f'<div class="questionnaire__container"><form class="form answer-questionnaire" id="edit_questionnaire" action="{action}" method="post">'
            + "".join(qs) + '<label><input type="checkbox" name="questionnaire[tos_agreement]" value="1"> J\'accepte les conditions d\'utilisation</label>'
            '<button type="submit" class="button button__lg button__secondary">Envoyer</button></form></div>')


def decidim_meetings(meetings):
    items = "".join(f'<a href="#" class="card__list"><div class="card__calendar"><span class="card__calendar-day">{day}</span><span class="card__calendar-month">{month}</span></div>'
                    f'<div class="card__list-content"><h3 class="card__list-title">{title}</h3><div class="card__list-metadata"><span>{place}</span></div></div></a>'
                    for day, month, title, place in meetings)
    return f'<div class="meeting-list">{items}</div>'


def decidim_budget_projects(projects, budget_total, voting=True):
    items = "".join(f'<div class="budget-list__item" id="project-{pid}-item"><div class="budget-list__text"><h3 class="budget-list__title">{title}</h3>'
                    f'<span class="budget-list__number">{amount} €</span></div>'
                    + (f'<form action="/order/line_item?project_id={pid}" method="post" class="budget-list__action"><button class="button button__sm button__transparent-secondary" type="submit">Ajouter</button></form>' if voting else
                       f'<span class="label success">Sélectionné</span>')
                    + '</div>' for pid, title, amount in projects)
    head = (f'<div class="budget-summary"><p class="budget-summary__title">Vous disposez de <strong>{budget_total} €</strong> à répartir entre les projets de votre choix.</p>'
            '<div class="budget-summary__progressbox"><div class="progress"><div class="progress-meter" style="width:0%"></div></div></div></div>') if voting else ""
    return f'{head}<div class="budget-list">{items}</div>'


# ---- CONSUL Democracy --------------------------------------------------------------------------

def consul_investments(base, items, phase):
    arts = "".join(f'<div id="budget_investment_{iid}" class="budget-investment clear"><div class="panel"><div class="budget-investment-content">'
                   f'<h3><a href="{base}/{iid}">{title}</a></h3><p class="investment-project-info"><span class="icon-comments"></span> {comments} commentaires'
                   f' &nbsp;&bull;&nbsp; {district}</p><div class="investment-project-description"><p>{text}</p></div></div>'
                   f'<div class="supports js-participation"><span class="total-supports">{supports} soutiens</span>'
                   f'<a class="button button-support small expanded" title="Soutenir ce projet" data-remote="true" rel="nofollow" data-method="post" href="/users/sign_in">Soutenir</a></div></div></div>'
                   for iid, title, district, comments, supports, text in items)
    return f'<div class="budget-phase"><p class="callout primary">Phase en cours : <strong>{phase}</strong></p></div><div id="budget-investments">{arts}</div>'


def consul_comments(resource_id, comments, kind="Budget::Investment"):
    items = "".join(f'<div id="comment_{resource_id * 10 + i}" class="comment small-12"><div class="comment-body"><span class="user-name">{a}</span>'
                    f' &nbsp;&bull;&nbsp; <time>{d}</time><div class="comment-user"><p>{t}</p></div></div></div>'
                    for i, (a, d, t) in enumerate(comments, 1))
    return (f'<section class="expanded comments" id="comments"><div class="row"><div class="small-12 column"><h2>Commentaires <span class="js-comments-count">({len(comments)})</span></h2>'
            f'<form class="new_comment" id="new_comment" action="/comments" method="post"><input type="hidden" name="comment[commentable_type]" value="{kind}">'
            f'<input type="hidden" name="comment[commentable_id]" value="{resource_id}"><label for="comment-body-{resource_id}">Laisser votre commentaire</label>'
            f'<textarea id="comment-body-{resource_id}" name="comment[body]" maxlength="1000"></textarea><input type="submit" name="commit" value="Publier le commentaire" class="button"></form>'
            f'{items}</div></div></section>')


# ---- Cap Collectif ----------------------------------------------------------------------------

def capco_steps(project, step_list, current):
    lis = "".join(f'<li class="step{" active" if i == current else ""}"><a href="/project/{project}/{kind}/{slug}"><span class="step__title">{name}</span>'
                  f'<span class="step__dates">{dates}</span></a></li>' for i, (kind, slug, name, dates) in enumerate(step_list))
    return f'<nav class="project__steps" aria-label="Étapes du projet"><ul class="nav nav-pills project__step-tabs">{lis}</ul></nav>'


def capco_proposals(project, step, proposals, open_=True):
    cards = "".join(f'<div class="proposal-preview card"><div class="card__body"><h3 class="card__title"><a href="/project/{project}/{step}/proposals/{slug}">{title}</a></h3>'
                    f'<p class="excerpt small">{author} · {district}</p><div class="proposal__counters"><span>{votes} votes</span> <span>{comments} commentaires</span></div></div></div>'
                    for slug, title, author, district, votes, comments in proposals)
    button = '<button type="button" id="add-proposal" class="btn btn-primary">Déposer une proposition</button>' if open_ else '<p class="label label-default">Dépôt terminé</p>'
    return f'<div class="proposal__step-page">{button}<div class="proposal-list-view">{cards}</div></div>'


def capco_opinion_form(action):
    return (f'<form id="proposal-form" action="{action}" method="post" class="form-horizontal"><div class="form-group"><label class="control-label" for="proposal_title">Titre</label>'
            '<input type="text" id="proposal_title" name="title" class="form-control"></div><div class="form-group"><label class="control-label" for="proposal_body">Description</label>'
            '<textarea id="proposal_body" name="body" class="form-control" rows="8"></textarea></div><div class="form-group"><label for="proposal_address">Adresse</label>'
            '<input type="text" id="proposal_address" name="address" class="form-control"></div><button type="submit" class="btn btn-primary">Publier</button></form>')


# ---- Go Vocal ----------------------------------------------------------------------------------

def govocal_ideas(project, ideas):
    cards = "".join(f'<a class="e2e-card e2e-idea-card" href="/fr-FR/ideas/{slug}"><h3 class="e2e-idea-card-title">{title}</h3>'
                    f'<div class="e2e-idea-card-meta"><span class="e2e-idea-card-vote-count">{votes}</span> <span class="e2e-idea-card-comment-count">{comments}</span></div></a>'
                    for slug, title, votes, comments in ideas)
    return (f'<div id="project-ideas" class="e2e-timeline-project-idea-cards"><a class="e2e-idea-button" href="/fr-FR/projects/{project}/ideas/new">Soumettre votre idée</a>'
            f'<div class="e2e-ideas-list">{cards}</div></div>')


def govocal_idea_form(project):
    return (f'<form id="idea-form" class="e2e-idea-form" action="/web_api/v1/projects/{project}/ideas" method="post">'
            '<label for="title_multiloc">Titre de votre idée</label><input id="title_multiloc" name="idea[title_multiloc][fr-FR]" type="text">'
            '<label for="body_multiloc">Décrivez votre idée</label><textarea id="body_multiloc" name="idea[body_multiloc][fr-FR]" rows="8"></textarea>'
            '<label for="location">Localisation</label><input id="location" name="idea[location_description]" type="text">'
            '<button id="e2e-idea-new-submit-button" type="submit">Publier</button></form>')


# ---- Discourse ---------------------------------------------------------------------------------

def discourse_topic_list(topics):
    rows = "".join(f'<tr class="topic-list-item"><td class="main-link" itemprop="itemListElement"><meta itemprop="position" content="{i}">'
                   f'<span class="link-top-line"><a href="/t/{slug}/{tid}" class="title raw-link raw-topic-link" itemprop="url">{title}</a></span>'
                   f'<div class="link-bottom-line"><a href="/c/{cat}" class="badge-wrapper bullet"><span class="badge-category-bg"></span><span class="category-name">{cat}</span></a></div></td>'
                   f'<td class="replies"><span class="posts" title="messages">{replies}</span></td><td class="views"><span class="views" title="vues">{views}</span></td></tr>'
                   for i, (tid, slug, title, cat, replies, views) in enumerate(topics, 1))
    return (f'<div class="topic-list-container" itemscope itemtype="http://schema.org/ItemList"><table class="topic-list"><thead><tr><th>Sujet</th><th class="replies">Réponses</th>'
            f'<th class="views">Vues</th></tr></thead><tbody>{rows}</tbody></table></div>')


def discourse_topic(posts):
    out = "".join(f'<div id="post_{i}" itemprop="comment" itemscope itemtype="http://schema.org/Comment" class="topic-body crawler-post">'
                  f'<div class="crawler-post-meta"><span class="creator" itemprop="author" itemscope itemtype="http://schema.org/Person"><span itemprop="name">{u}</span></span>'
                  f'<span class="crawler-post-infos"><time itemprop="datePublished" class="post-time">{d}</time><span itemprop="position">{i}</span></span></div>'
                  f'<div class="post" itemprop="text"><p>{t}</p></div><div itemprop="interactionStatistic" itemscope itemtype="http://schema.org/InteractionCounter"><meta itemprop="interactionType" content="http://schema.org/LikeAction"><meta itemprop="userInteractionCount" content="{i + 1}"></div></div>'
                  for i, (u, d, t) in enumerate(posts, 1))
    return f'<div itemscope itemtype="http://schema.org/DiscussionForumPosting">{out}</div>'


# ---- neighbours' networks --------------------------------------------------------------------

def community_feed(posts, group):
    items = "".join(f'<article class="post-card"><header class="post-card__header"><span class="post-card__author">{a}</span> · <span class="post-card__place">{group}</span>'
                    f' · <time>{d}</time></header><p class="post-card__text">{t}</p><footer class="post-card__footer"><span>{n} réponses</span> '
                    '<a class="post-card__reply" href="/connexion">Répondre</a></footer></article>' for a, d, t, n in posts)
    return (f'<div class="feed"><form class="new-post" action="/publications" method="post"><label for="np-text">Publier auprès de vos voisins</label>'
            f'<textarea id="np-text" name="publication[texte]" rows="3" placeholder="Une annonce, un prêt, une question..."></textarea>'
            f'<select name="publication[categorie]"><option>Entraide</option><option>Prêt d\'objet</option><option>Événement</option><option>Question</option></select>'
            f'<button type="submit">Publier</button></form>{items}</div>')
