"""Markup helpers of the ``combes`` holdout part: the blocks that municipal CMSs, their plugins and the
participation platforms render (forms, widgets, embeds, cards), written for this part."""
from html import escape


def prose(*paras):
    return "".join(f"<p>{p}</p>" for p in paras)


def h2(text):
    return f"<h2>{text}</h2>"


def links(items, cls="liste-liens"):
    lis = "".join(f'<li><a href="{escape(href)}">{label}</a></li>' for href, label in items)
    return f'<ul class="{cls}">{lis}</ul>'


def cookie_banner(kind="tarteaucitron"):
    if kind == "tarteaucitron":
        return ('<div id="tarteaucitronRoot"><div id="tarteaucitronAlertBig" role="dialog" aria-label="Gestion des cookies">'
                '<span id="tarteaucitronDisclaimerAlert">Ce site utilise des cookies de mesure d\'audience.</span>'
                '<button type="button" id="tarteaucitronPersonalize2">Tout accepter</button>'
                '<button type="button" id="tarteaucitronAllDenied2">Tout refuser</button></div></div>')
    return ('<div class="cmplz-cookiebanner banner-1 optin" role="dialog" aria-live="polite">'
            '<div class="cmplz-message">Nous utilisons des cookies pour améliorer votre visite.</div>'
            '<div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">Accepter</button>'
            '<button class="cmplz-btn cmplz-deny">Refuser</button></div></div>')


def teasers(items, title="Actualités"):
    """News teasers: (href, title, date, chapo)."""
    cards = "".join(f'<article class="teaser"><p class="teaser__date">{date}</p><h3 class="teaser__title">'
                    f'<a href="{escape(href)}">{t}</a></h3><p class="teaser__chapo">{chapo}</p></article>'
                    for href, t, date, chapo in items)
    return f'<section class="bloc-actus"><h2>{title}</h2><div class="teasers">{cards}</div></section>'


def agenda(items):
    rows = "".join(f'<li class="agenda__item"><span class="agenda__date">{d}</span> {what}</li>' for d, what in items)
    return f'<section class="bloc-agenda"><h2>Agenda</h2><ul class="agenda">{rows}</ul></section>'


def home(intro, quick, news, events, banner="tarteaucitron"):
    tiles = "".join(f'<li class="acces-rapide"><a href="{escape(h)}">{label}</a></li>' for h, label in quick)
    return (cookie_banner(banner) + f'<div class="chapo">{prose(intro)}</div>'
            f'<nav class="acces-rapides" aria-label="Accès rapides"><h2>En un clic</h2><ul>{tiles}</ul></nav>'
            + teasers(news) + agenda(events))


def with_sidebar(main, aside):
    return f'<div class="layout-2col"><div class="col-main">{main}</div><aside class="col-side sidebar" role="complementary">{aside}</aside></div>'


def share(url):
    return ('<div class="partage"><span>Partager :</span>'
            f'<a class="partage__fb" href="https://www.facebook.com/sharer/sharer.php?u={escape(url)}" target="_blank">Facebook</a>'
            f'<a class="partage__x" href="https://twitter.com/intent/tweet?url={escape(url)}" target="_blank">X</a>'
            f'<a class="partage__in" href="https://www.linkedin.com/shareArticle?mini=true&amp;url={escape(url)}" target="_blank">LinkedIn</a>'
            '<a class="partage__mail" href="mailto:?subject=A%20lire">Courriel</a></div>')


# ---- forms that are contact forms ---------------------------------------------------------------

def cf7(form_id, action, subject_choices=("Demande d'information", "Réclamation", "Autre")):
    opts = "".join(f'<option value="{escape(o)}">{o}</option>' for o in subject_choices)
    return (f'<div class="wpcf7 no-js" id="wpcf7-f{form_id}-o1" lang="fr-FR" dir="ltr">'
            f'<form action="{action}#wpcf7-f{form_id}-o1" method="post" class="wpcf7-form init" novalidate="novalidate" data-status="init">'
            f'<div style="display: none;"><input type="hidden" name="_wpcf7" value="{form_id}" /><input type="hidden" name="_wpcf7_version" value="5.9.3" />'
            '<input type="hidden" name="_wpcf7_locale" value="fr_FR" /></div>'
            '<p><label> Nom et prénom (obligatoire)<br /><span class="wpcf7-form-control-wrap" data-name="your-name"><input size="40" class="wpcf7-form-control wpcf7-text wpcf7-validates-as-required" aria-required="true" value="" type="text" name="your-name" /></span></label></p>'
            '<p><label> Adresse électronique (obligatoire)<br /><span class="wpcf7-form-control-wrap" data-name="your-email"><input size="40" class="wpcf7-form-control wpcf7-email wpcf7-validates-as-required wpcf7-text wpcf7-validates-as-email" value="" type="email" name="your-email" /></span></label></p>'
            f'<p><label> Objet<br /><span class="wpcf7-form-control-wrap" data-name="objet"><select class="wpcf7-form-control wpcf7-select" name="objet">{opts}</select></span></label></p>'
            '<p><label> Votre message<br /><span class="wpcf7-form-control-wrap" data-name="your-message"><textarea cols="40" rows="10" class="wpcf7-form-control wpcf7-textarea" name="your-message"></textarea></span></label></p>'
            '<p><span class="wpcf7-form-control-wrap" data-name="rgpd"><span class="wpcf7-form-control wpcf7-acceptance"><label><input type="checkbox" name="rgpd" value="1" /> J\'accepte que mes données soient traitées pour répondre à ma demande.</label></span></span></p>'
            '<p><input class="wpcf7-form-control wpcf7-submit has-spinner" type="submit" value="Envoyer" /></p>'
            '<div class="wpcf7-response-output" aria-hidden="true"></div></form></div>')


def webform(form_id, action, fields, message_label="Message", submit="Envoyer"):
    """A Drupal Webform: extra (name, label) text fields then a message textarea."""
    inputs = "".join(
        f'<div class="js-form-item form-item js-form-type-textfield form-item-{n} js-form-item-{n}"><label for="edit-{n}">{lab}</label>'
        f'<input data-drupal-selector="edit-{n}" type="text" id="edit-{n}" name="{n}" value="" size="60" maxlength="255" class="form-text" /></div>'
        for n, lab in fields)
    return (f'<form class="webform-submission-form webform-submission-add-form webform-submission-{form_id}-form js-webform-details-toggle webform-details-toggle" '
            f'data-drupal-selector="webform-submission-{form_id}-add-form" action="{action}" method="post" id="webform-submission-{form_id}-add-form" accept-charset="UTF-8">'
            + inputs +
            '<div class="js-form-item form-item js-form-type-email form-item-email"><label for="edit-email" class="js-form-required form-required">Courriel</label>'
            '<input data-drupal-selector="edit-email" type="email" id="edit-email" name="email" value="" size="60" maxlength="254" class="form-email required" required="required" /></div>'
            f'<div class="js-form-item form-item js-form-type-textarea form-item-message"><label for="edit-message">{message_label}</label>'
            '<div class="form-textarea-wrapper"><textarea data-drupal-selector="edit-message" id="edit-message" name="message" rows="5" cols="60" class="form-textarea"></textarea></div></div>'
            f'<input type="hidden" name="form_id" value="webform_submission_{form_id}_add_form" />'
            f'<div data-drupal-selector="edit-actions" class="form-actions webform-actions js-form-wrapper form-wrapper" id="edit-actions"><input class="webform-button--submit button button--primary js-form-submit form-submit" data-drupal-selector="edit-actions-submit" type="submit" id="edit-actions-submit" name="op" value="{submit}" /></div></form>')


def vendor_form(action, fields, textarea=("message", "Votre message"), submit="Envoyer", cls="form-contact"):
    """An agency CMS form: labelled fields, a textarea, a captcha."""
    inputs = "".join(f'<div class="form__field"><label for="f-{n}">{lab}</label><input type="{t}" id="f-{n}" name="{n}"></div>'
                     for n, lab, t in fields)
    area = ""
    if textarea:
        area = (f'<div class="form__field"><label for="f-{textarea[0]}">{textarea[1]}</label>'
                f'<textarea id="f-{textarea[0]}" name="{textarea[0]}" rows="6"></textarea></div>')
    return (f'<form class="form {cls}" action="{action}" method="post"><fieldset><legend>Champs obligatoires *</legend>'
            + inputs + area +
            '<div class="form__field form__field--captcha"><label for="f-captcha">Recopiez le code</label><input type="text" id="f-captcha" name="captcha_code"></div>'
            f'<input type="hidden" name="token" value="a81f3c"></fieldset><button type="submit" class="btn btn--primary">{submit}</button></form>')


def wcs_form(slug, title, fields, textarea_label="Votre message"):
    """A Publik (w.c.s.) form page."""
    inputs = "".join(f'<div class="widget StringWidget template-{slug}" data-widget-name="f{i}"><div class="title"><label for="form_f{i}">{lab}</label></div>'
                     f'<div class="content"><input id="form_f{i}" name="f{i}" type="text" value="" /></div></div>' for i, lab in enumerate(fields, 1))
    n = len(fields) + 1
    return (f'<div id="wcs-form-{slug}" class="wcs-step"><div class="wcs-step--title">{title}</div>'
            f'<form action="/{slug}/" method="post" enctype="multipart/form-data" class="quixote" novalidate="novalidate">'
            '<input type="hidden" name="_form_id" value="form"/><input type="hidden" name="_ajax_form_token" value="3bc94f"/>'
            + inputs +
            f'<div class="widget EmailWidget" data-widget-name="f{n}"><div class="title"><label for="form_f{n}">Courriel</label></div><div class="content"><input id="form_f{n}" name="f{n}" type="email" value="" /></div></div>'
            f'<div class="widget TextWidget" data-widget-name="f{n + 1}"><div class="title"><label for="form_f{n + 1}">{textarea_label}</label></div>'
            f'<div class="content"><textarea id="form_f{n + 1}" name="f{n + 1}" cols="72" rows="8"></textarea></div></div>'
            '<div class="buttons submit"><button class="submit-button" name="submit" value="Envoyer">Envoyer</button></div></form></div>')


# ---- forms that are not contact forms ----------------------------------------------------------

def newsletter(action="/newsletter/inscription"):
    return (f'<form class="newsletter-form" action="{action}" method="post"><label for="nl-email">Recevez la lettre d\'information</label>'
            '<input type="email" id="nl-email" name="EMAIL" placeholder="votre@courriel.fr" required>'
            '<label><input type="checkbox" name="consent" value="1"> J\'accepte de recevoir la lettre</label>'
            '<button type="submit">S\'abonner</button></form>')


def booking(action, slots):
    opts = "".join(f'<option>{s}</option>' for s in slots)
    return (f'<form class="booking-form" action="{action}" method="post"><label for="b-slot">Créneau</label><select id="b-slot" name="creneau">{opts}</select>'
            '<label for="b-nom">Nom</label><input id="b-nom" name="nom" type="text"><label for="b-tel">Téléphone</label><input id="b-tel" name="telephone" type="tel">'
            '<label for="b-nb">Nombre de personnes</label><input id="b-nb" name="nombre" type="number" min="1" max="6">'
            '<button type="submit">Réserver</button></form>')


def payment(action):
    return (f'<form class="paiement-form" action="{action}" method="post"><label for="p-ref">Référence de la facture</label><input id="p-ref" name="reference" type="text">'
            '<label for="p-montant">Montant (€)</label><input id="p-montant" name="montant" type="text" inputmode="decimal">'
            '<label for="p-mail">Courriel pour le reçu</label><input id="p-mail" name="courriel" type="email">'
            '<button type="submit">Payer en ligne</button></form>')


def registration(action):
    return (f'<form class="inscription-form" action="{action}" method="post"><label for="r-enfant">Nom de l\'enfant</label><input id="r-enfant" name="enfant" type="text">'
            '<label for="r-ne">Date de naissance</label><input id="r-ne" name="naissance" type="date">'
            '<label for="r-ecole">École</label><select id="r-ecole" name="ecole"><option>Jean-Jaurès</option><option>Les Tilleuls</option></select>'
            '<label for="r-mail">Courriel du responsable</label><input id="r-mail" name="courriel" type="email">'
            '<button type="submit">Valider l\'inscription</button></form>')


# ---- comments ---------------------------------------------------------------------------------

def wp_comments(post_id, existing, open_=True):
    items = "".join(f'<li id="comment-{post_id * 10 + i}" class="comment even thread-even depth-1"><article class="comment-body">'
                    f'<footer class="comment-meta"><div class="comment-author vcard"><b class="fn">{who}</b> <span class="says">dit :</span></div>'
                    f'<div class="comment-metadata"><time>{when}</time></div></footer><div class="comment-content"><p>{text}</p></div>'
                    f'<div class="reply"><a rel="nofollow" class="comment-reply-link" href="#comment-{post_id * 10 + i}" data-commentid="{post_id * 10 + i}">Répondre</a></div></article></li>'
                    for i, (who, when, text) in enumerate(existing, 1))
    head = f'<h2 class="comments-title">{len(existing)} réflexions sur cet article</h2><ol class="comment-list">{items}</ol>' if existing else ""
    form = ""
    if open_:
        form = ('<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Laisser un commentaire</h3>'
                '<form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate>'
                '<p class="comment-notes">Votre adresse e-mail ne sera pas publiée.</p>'
                '<p class="comment-form-comment"><label for="comment">Commentaire</label><textarea id="comment" name="comment" cols="45" rows="8" maxlength="65525" required></textarea></p>'
                '<p class="comment-form-author"><label for="author">Nom</label><input id="author" name="author" type="text" value="" size="30" /></p>'
                '<p class="comment-form-email"><label for="email">E-mail</label><input id="email" name="email" type="email" value="" size="30" /></p>'
                f'<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Laisser un commentaire" />'
                f'<input type="hidden" name="comment_post_ID" value="{post_id}" id="comment_post_ID" /><input type="hidden" name="comment_parent" id="comment_parent" value="0" /></p></form></div>')
    else:
        form = '<p class="no-comments">Les commentaires sont fermés.</p>'
    return f'<div id="comments" class="comments-area">{head}{form}</div>'


def drupal_comments(node, existing):
    items = "".join(f'<article data-comment-user-id="0" id="comment-{node}{i}" class="comment js-comment by-anonymous"><mark class="hidden" data-comment-timestamp="1712000000"></mark>'
                    f'<footer class="comment__meta"><p class="comment__author">{who}</p><p class="comment__time">{when}</p></footer>'
                    f'<div class="comment__content"><div class="field field--name-comment-body"><p>{text}</p></div></div></article>'
                    for i, (who, when, text) in enumerate(existing, 1))
    return (f'<section class="field field--name-comment field--type-comment field--label-above comment-wrapper"><h2 class="title comment-section__title">Commentaires</h2>{items}'
            '<h2 class="title comment-form__title">Ajouter un commentaire</h2>'
            f'<form class="comment-comment-form comment-form" data-drupal-selector="comment-form" action="/comment/reply/node/{node}/comment" method="post" id="comment-form" accept-charset="UTF-8">'
            '<div class="js-form-item form-item js-form-type-textfield form-item-name"><label for="edit-name">Votre nom</label><input data-drupal-selector="edit-name" type="text" id="edit-name" name="name" value="" size="30" maxlength="60" class="form-text" /></div>'
            '<div class="js-form-item form-item js-form-type-textarea form-item-comment-body-0-value"><label for="edit-comment-body-0-value" class="js-form-required form-required">Commentaire</label>'
            '<div class="form-textarea-wrapper"><textarea class="js-text-full text-full form-textarea required" data-drupal-selector="edit-comment-body-0-value" id="edit-comment-body-0-value" name="comment_body[0][value]" rows="5" cols="60" required="required"></textarea></div></div>'
            '<input type="hidden" name="form_id" value="comment_comment_form" />'
            '<div data-drupal-selector="edit-actions" class="form-actions js-form-wrapper form-wrapper" id="edit-actions"><input data-drupal-selector="edit-submit" type="submit" id="edit-submit" name="op" value="Enregistrer" class="button button--primary js-form-submit form-submit" /></div></form></section>')


def spip_forum(article, existing):
    msgs = "".join(f'<li class="forum-fil"><div class="forum-message"><div class="forum-chapo"><strong class="forum-titre">{t}</strong>'
                   f'<small>{when}, par <span class="vcard author">{who}</span></small></div><div class="forum-texte"><p>{text}</p></div></div></li>'
                   for t, who, when, text in existing)
    return (f'<div class="forum-repondre"><h2 class="h2">{len(existing)} Messages</h2><ul class="forum">{msgs}</ul></div>'
            '<div class="formulaire_spip formulaire_forum ajax" id="formulaire_forum"><h3 class="titrem">Répondre à cet article</h3>'
            f'<form action="spip.php?article{article}#formulaire_forum" method="post"><div><input name="formulaire_action" type="hidden" value="forum" />'
            f'<input name="id_article" type="hidden" value="{article}" /></div><fieldset><legend>Votre message</legend>'
            '<div class="editer-groupe"><div class="editer saisie_titre obligatoire"><label for="titre">Titre</label><input type="text" class="text" name="titre" id="titre" value="" size="60" /></div>'
            '<div class="editer saisie_texte obligatoire"><label for="texte">Texte de votre message</label><textarea name="texte" id="texte" rows="10" cols="60"></textarea></div></div></fieldset>'
            '<fieldset><legend>Qui êtes-vous ?</legend><div class="editer saisie_session_nom"><label for="session_nom">Votre nom</label><input type="text" class="text" name="session_nom" id="session_nom" value="" size="40" /></div>'
            '<div class="editer saisie_session_email"><label for="session_email">Votre adresse email</label><input type="email" class="text email" name="session_email" id="session_email" value="" size="40" /></div></fieldset>'
            '<p class="boutons"><input type="submit" class="submit" name="previsualiser_message" value="Prévisualiser" /></p></form></div>')


def fb_comments(url):
    return ('<div id="fb-root"></div><script async defer crossorigin="anonymous" src="https://connect.facebook.net/fr_FR/sdk.js#xfbml=1&amp;version=v19.0"></script>'
            f'<div class="fb-comments" data-href="{escape(url)}" data-width="100%" data-numposts="10" data-order-by="reverse_time"></div>')


def disqus(shortname, ident):
    return ('<div id="disqus_thread"></div><script>var disqus_config = function () { this.page.identifier = "' + ident + '"; };'
            '(function() { var d = document, s = d.createElement("script"); s.src = "https://' + shortname + '.disqus.com/embed.js";'
            's.setAttribute("data-timestamp", +new Date()); (d.head || d.body).appendChild(s); })();</script>'
            '<noscript>Activez JavaScript pour voir les <a href="https://disqus.com/?ref_noscript" rel="nofollow">commentaires propulsés par Disqus.</a></noscript>')


# ---- polls and questionnaires ------------------------------------------------------------------

def wp_polls(poll_id, question, answers):
    lis = "".join(f'<li><input type="radio" id="poll-answer-{poll_id * 10 + i}" name="poll_{poll_id}" value="{poll_id * 10 + i}" />'
                  f'<label for="poll-answer-{poll_id * 10 + i}">{a}</label></li>' for i, a in enumerate(answers, 1))
    return (f'<section id="polls-widget-2" class="widget widget_polls-widget"><h2 class="widget-title">Sondage</h2>'
            f'<div id="polls-{poll_id}" class="wp-polls"><form id="polls_form_{poll_id}" class="wp-polls-form" action="/index.php" method="post">'
            f'<p style="display: none;"><input type="hidden" id="poll_{poll_id}_nonce" name="wp-polls-nonce" value="5d1c2e" /></p>'
            f'<p style="display: none;"><input type="hidden" name="poll_id" value="{poll_id}" /></p>'
            f'<p style="text-align: center;"><strong>{question}</strong></p><div id="polls-{poll_id}-ans" class="wp-polls-ans"><ul class="wp-polls-ul">{lis}</ul>'
            f'<p style="text-align: center;"><input type="button" name="vote" value="   Voter   " class="Buttons" onclick="poll_vote({poll_id});" /></p>'
            f'<p style="text-align: center;"><a href="#ViewPollResults" onclick="poll_result({poll_id}); return false;" title="Voir les résultats">Voir les résultats</a></p></div></form></div></section>')


def poll_results(question, rows, total, closed_on):
    lis = "".join(f'<li>{label} <small>({pct}%, {votes} votes)</small><div class="pollbar" style="width: {pct}%;" title="{pct}%"></div></li>'
                  for label, pct, votes in rows)
    return (f'<div class="wp-polls wp-polls-results"><p style="text-align: center;"><strong>{question}</strong></p>'
            f'<ul class="wp-polls-ul">{lis}</ul><p style="text-align: center;">Votants : <strong>{total}</strong></p>'
            f'<p class="poll-closed">Ce sondage est clos depuis le {closed_on}.</p></div>')


def framaforms(slug, height=900):
    return (f'<div class="embed-questionnaire"><iframe src="https://framaforms.org/{slug}" width="100%" height="{height}" '
            'style="border:none;" title="Questionnaire en ligne"></iframe>'
            '<p class="small">Questionnaire hébergé par Framaforms. Si le formulaire ne s\'affiche pas, activez JavaScript.</p></div>')


def google_form(key):
    return (f'<iframe src="https://docs.google.com/forms/d/e/{key}/viewform?embedded=true" width="640" height="1200" '
            'frameborder="0" marginheight="0" marginwidth="0">Chargement…</iframe>')


def ms_form(key):
    return (f'<iframe width="640px" height="480px" src="https://forms.office.com/Pages/ResponsePage.aspx?id={key}&amp;embed=true" '
            'frameborder="0" marginwidth="0" marginheight="0" style="border: none; max-width:100%; max-height:100vh" allowfullscreen></iframe>')


def radio_questionnaire(action, intro, questions, cls="questionnaire", extra_text=None):
    blocks = ""
    for qi, (q, options) in enumerate(questions, 1):
        opts = "".join(f'<label class="choix"><input type="radio" name="q{qi}" value="{oi}"> {o}</label>' for oi, o in enumerate(options, 1))
        blocks += f'<fieldset class="question"><legend>{q}</legend>{opts}</fieldset>'
    if extra_text:
        blocks += f'<div class="question"><label for="q-cp">{extra_text}</label><input id="q-cp" name="code_postal" type="text" size="5"></div>'
    return (f'<form class="{cls}" action="{action}" method="post"><p class="questionnaire__intro">{intro}</p>{blocks}'
            '<button type="submit">Envoyer mes réponses</button></form>')


# ---- petitions and ideas ----------------------------------------------------------------------

def spip_petition(article, count, threshold):
    return (f'<div class="petition"><p class="petition-compteur"><strong>{count}</strong> signatures sur les {threshold} nécessaires</p>'
            f'<div class="formulaire_spip formulaire_signature ajax" id="sp{article}"><h2 class="titrem">Signer cette pétition</h2>'
            f'<form method="post" action="spip.php?article{article}#sp{article}"><div><input name="formulaire_action" type="hidden" value="signature" />'
            f'<input name="formulaire_action_args" type="hidden" value="{article}" /></div><fieldset><ul>'
            '<li class="editer saisie_session_nom obligatoire"><label for="session_nom">Votre nom ou pseudo</label><input type="text" class="text" name="session_nom" id="session_nom" value="" size="20" /></li>'
            '<li class="editer saisie_session_email obligatoire"><label for="session_email">Votre adresse email</label><input type="email" class="text email" name="session_email" id="session_email" value="" size="20" /></li>'
            '<li class="editer saisie_commune"><label for="ville">Commune de résidence</label><input type="text" class="text" name="ville" id="ville" value="" /></li>'
            '</ul></fieldset><p class="boutons"><input type="submit" class="submit" value="Valider" /></p></form></div></div>')


def idea_form(action, intro, categories, cls="boite-idees"):
    opts = "".join(f'<option>{c}</option>' for c in categories)
    return (f'<form class="{cls}" action="{action}" method="post"><p>{intro}</p>'
            '<label for="i-titre">Titre de votre idée</label><input id="i-titre" name="titre" type="text" maxlength="120">'
            f'<label for="i-theme">Thème</label><select id="i-theme" name="theme">{opts}</select>'
            '<label for="i-desc">Décrivez votre idée</label><textarea id="i-desc" name="description" rows="6"></textarea>'
            '<label for="i-nom">Nom</label><input id="i-nom" name="nom" type="text"><label for="i-mail">Courriel</label><input id="i-mail" name="courriel" type="email">'
            '<button type="submit">Déposer mon idée</button></form>')


# ---- platforms --------------------------------------------------------------------------------

def decidim_cards(cards):
    """Decidim 0.27/0.28 cards: (href, title, meta, status)."""
    items = "".join(f'<a href="{escape(h)}" class="card__list" id="card-{i}"><div class="card__list-content">'
                    f'<h3 class="card__list-title">{t}</h3><div class="card__list-metadata"><span>{meta}</span></div></div>'
                    f'<div class="card__list-status"><span class="label">{status}</span></div></a>'
                    for i, (h, t, meta, status) in enumerate(cards, 1))
    return f'<div class="card__list-list" id="proposals-list">{items}</div>'


def decidim_process_steps(steps, active):
    lis = "".join(f'<li class="process-steps__item{" is-active" if i == active else ""}"><span class="process-steps__title">{t}</span>'
                  f'<span class="process-steps__date">{d}</span></li>' for i, (t, d) in enumerate(steps))
    return f'<div class="participatory-space__metadata"><ol class="process-steps">{lis}</ol></div>'


def decidim_comments(resource, existing, can_comment=True):
    items = "".join(f'<div id="comment_{resource}{i}" class="comment" data-comment-id="{resource}{i}"><div class="comment__header">'
                    f'<span class="author__name">{who}</span> <span class="comment__date">{when}</span></div>'
                    f'<div class="comment__content"><p>{text}</p></div><div class="comment__footer"><button class="comment__reply">Répondre</button>'
                    f'<div class="comment__votes"><span class="comment__votes--up">{i + 1}</span></div></div></div>'
                    for i, (who, when, text) in enumerate(existing, 1))
    form = ""
    if can_comment:
        form = (f'<div class="add-comment" id="add-comment-anchor"><h3 class="h4">Ajouter un commentaire</h3>'
                f'<form class="new_comment" id="new_comment_for_Proposal_{resource}" action="/comments" accept-charset="UTF-8" data-remote="true" method="post">'
                f'<input type="hidden" name="comment[commentable_gid]" value="gid-proposal-{resource}" />'
                f'<textarea name="comment[body]" id="add-comment-Proposal-{resource}" maxlength="1000" rows="4" placeholder="Votre commentaire"></textarea>'
                '<button type="submit" class="button button__sm button__secondary">Publier le commentaire</button></form></div>')
    return (f'<div class="comments" id="comments-for-Proposal-{resource}" data-decidim-comments="{{&quot;commentableGid&quot;:&quot;gid-proposal-{resource}&quot;}}">'
            f'<h2 class="comments__header">{len(existing)} commentaires</h2><div class="comment-threads">{items}</div>{form}</div>')


def progress(count, threshold, label="signatures"):
    pct = min(100, round(100 * count / threshold))
    return (f'<div class="progress-bar__container"><div class="progress-bar" role="progressbar" aria-valuenow="{pct}" aria-valuemin="0" aria-valuemax="100">'
            f'<div class="progress-bar__bar" style="width:{pct}%"></div></div>'
            f'<div class="progress-bar__units"><span class="progress-bar__number">{count}</span>/{threshold} {label}</div></div>')
