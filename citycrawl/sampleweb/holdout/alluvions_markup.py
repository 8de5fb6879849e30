"""Markup of the "alluvions" part: headless-CMS front ends, application shells, mobile-first widgets
(idea boxes, polls, reports of problems), platform embeds and the lookalikes such sites carry.
Written for this part; class names and fields follow the public output of the tools imitated."""
import json
from html import escape

from .markup import prose, wp_comments_closed  # the same blocks as the first part's


def section(title, *paragraphs):
    return f"<h2>{title}</h2>" + prose(*paragraphs)


def bullets(*items):
    return "<ul>" + "".join(f"<li>{i}</li>" for i in items) + "</ul>"


def teasers(items, heading="Actualités"):
    cards = "".join(
        f'<article class="card card--news"><a class="card__link" href="{href}"><h3 class="card__title">{title}</h3></a>'
        f'<p class="card__date">{date}</p></article>' for href, title, date in items)
    return f'<section class="news-teasers" aria-label="{heading}"><h2>{heading}</h2><div class="cards">{cards}</div></section>'


def agenda(items):
    rows = "".join(f'<li class="agenda__item"><time>{d}</time> <a href="{href}">{t}</a></li>' for d, t, href in items)
    return f'<section class="agenda"><h2>Agenda</h2><ul class="agenda__list">{rows}</ul></section>'


def quick_links(items, heading="En un clic"):
    tiles = "".join(f'<li class="quick-access__item"><a href="{href}"><span class="icon" aria-hidden="true"></span>{label}</a></li>'
                    for href, label in items)
    return f'<nav class="quick-access" aria-label="{heading}"><h2>{heading}</h2><ul>{tiles}</ul></nav>'


def cookie_banner(site_name):
    """A consent dialog (tarteaucitron / Axeptio-like): buttons only, no message field."""
    return (f'<div id="cookie-consent" class="consent-banner" role="dialog" aria-modal="true" aria-labelledby="consent-title">'
            f'<p id="consent-title" class="consent-banner__title">{escape(site_name)} utilise des cookies</p>'
            '<p>Nous utilisons des traceurs pour mesurer l\'audience et afficher des vidéos. Vous pouvez accepter, refuser ou personnaliser.</p>'
            '<button type="button" class="consent-banner__btn consent-accept">Tout accepter</button>'
            '<button type="button" class="consent-banner__btn consent-deny">Tout refuser</button>'
            '<button type="button" class="consent-banner__btn consent-custom">Personnaliser</button></div>')


def rating_widget(page_id):
    """'Cette page vous a-t-elle été utile ?': a satisfaction widget on an information page."""
    return (f'<aside class="page-feedback" data-page-id="{page_id}"><form class="page-feedback__form" method="post" action="/api/feedback">'
            '<fieldset><legend>Cette page vous a-t-elle été utile ?</legend>'
            '<button type="submit" name="useful" value="1" class="btn-feedback">Oui</button>'
            '<button type="submit" name="useful" value="0" class="btn-feedback">Non</button></fieldset>'
            f'<input type="hidden" name="page" value="{page_id}"></form></aside>')


def share_buttons(url):
    u = escape(url, quote=True)
    return ('<div class="share" aria-label="Partager cette page"><span>Partager :</span>'
            f'<a class="share__fb" href="https://www.facebook.com/sharer/sharer.php?u={u}" target="_blank" rel="noopener">Facebook</a>'
            f'<a class="share__x" href="https://x.com/share?url={u}" target="_blank" rel="noopener">X</a>'
            f'<a class="share__in" href="https://www.linkedin.com/shareArticle?mini=true&amp;url={u}" target="_blank" rel="noopener">LinkedIn</a>'
            f'<a class="share__mail" href="mailto:?subject=A%20lire&amp;body={u}">E-mail</a></div>')


def store_badges(app_name):
    """App-store badges as the sites draw them (images; the stores are not linked from this sample)."""
    return (f'<div class="app-badges" aria-label="Télécharger {escape(app_name)}">'
            f'<img src="/media/badges/app-store-fr.svg" alt="Télécharger {escape(app_name)} dans l\'App Store" width="135" height="40">'
            f'<img src="/media/badges/google-play-fr.png" alt="Disponible sur Google Play" width="135" height="40">'
            '<img src="/media/qr/application.png" alt="QR code de téléchargement" width="96" height="96"></div>')


def newsletter(action):
    return (f'<form class="newsletter-form" method="post" action="{action}"><h2>Lettre d\'information</h2>'
            '<label for="nl-email">Votre adresse e-mail</label><input type="email" id="nl-email" name="email" required>'
            '<label><input type="checkbox" name="rgpd" required> J\'accepte de recevoir la lettre mensuelle</label>'
            '<button type="submit">S\'abonner</button></form>')


def login(action, user="email", label="Mon compte citoyen"):
    return (f'<form class="account-login" method="post" action="{action}"><h2>{label}</h2>'
            f'<label for="acc-user">Adresse e-mail</label><input type="email" id="acc-user" name="{user}" autocomplete="username">'
            '<label for="acc-pass">Mot de passe</label><input type="password" id="acc-pass" name="password" autocomplete="current-password">'
            '<button type="submit">Se connecter</button><a href="#mot-de-passe">Mot de passe oublié ?</a></form>')


def payment(action, what):
    return (f'<form class="payment-form" method="post" action="{action}"><h2>Régler {what}</h2>'
            '<label for="pay-ref">Référence de la facture</label><input id="pay-ref" name="reference" required>'
            '<label for="pay-amount">Montant (€)</label><input id="pay-amount" name="montant" type="number" step="0.01">'
            '<label for="pay-mail">E-mail pour le reçu</label><input id="pay-mail" name="email" type="email">'
            '<button type="submit">Payer par carte bancaire</button></form>')


def booking(action, what, slots):
    opts = "".join(f'<option value="{i}">{escape(s)}</option>' for i, s in enumerate(slots))
    return (f'<form class="booking-form" method="post" action="{action}"><h2>Réserver {what}</h2>'
            f'<label for="bk-slot">Créneau</label><select id="bk-slot" name="creneau">{opts}</select>'
            '<label for="bk-name">Nom</label><input id="bk-name" name="nom">'
            '<label for="bk-mail">E-mail</label><input id="bk-mail" name="email" type="email">'
            '<label for="bk-n">Nombre de personnes</label><input id="bk-n" name="personnes" type="number" min="1" max="10">'
            '<button type="submit">Réserver</button></form>')


def registration(action, what):
    return (f'<form class="registration-form" method="post" action="{action}"><h2>Inscription : {what}</h2>'
            '<label for="rg-child">Nom et prénom de l\'enfant</label><input id="rg-child" name="enfant">'
            '<label for="rg-birth">Date de naissance</label><input id="rg-birth" name="naissance" type="date">'
            '<label for="rg-school">École</label><select id="rg-school" name="ecole"><option>Groupe scolaire du Centre</option><option>École des Prés</option></select>'
            '<label for="rg-mail">E-mail du responsable</label><input id="rg-mail" name="email" type="email">'
            '<button type="submit">Valider l\'inscription</button></form>')


def contact_form(action, subjects=("Renseignement", "État civil", "Urbanisme", "Autre"), cls="contact-form"):
    opts = "".join(f"<option>{escape(s)}</option>" for s in subjects)
    return (f'<form class="{cls}" method="post" action="{action}" novalidate>'
            '<div class="form-field"><label for="cf-name">Nom et prénom *</label><input id="cf-name" name="name" required></div>'
            '<div class="form-field"><label for="cf-mail">Adresse e-mail *</label><input id="cf-mail" name="email" type="email" required></div>'
            f'<div class="form-field"><label for="cf-subject">Objet</label><select id="cf-subject" name="subject">{opts}</select></div>'
            '<div class="form-field"><label for="cf-message">Votre message *</label><textarea id="cf-message" name="message" rows="7" required></textarea></div>'
            '<div class="form-field"><label><input type="checkbox" name="consent" required> J\'accepte que mes données soient utilisées pour traiter ma demande.</label></div>'
            '<button type="submit" class="btn btn--primary">Envoyer</button></form>')


def report_form(action, categories):
    """A report of a problem in the public space, as the 'signaler' screens of city apps draw it."""
    opts = "".join(f'<option value="{i}">{escape(c)}</option>' for i, c in enumerate(categories))
    return (f'<form class="report-form" method="post" action="{action}" enctype="multipart/form-data">'
            f'<label for="rp-cat">Type de problème</label><select id="rp-cat" name="categorie">{opts}</select>'
            '<label for="rp-where">Adresse ou lieu</label><input id="rp-where" name="adresse" placeholder="Ex. : 12 rue des Écoles">'
            '<input type="hidden" name="lat"><input type="hidden" name="lng">'
            '<label for="rp-desc">Décrivez le problème</label><textarea id="rp-desc" name="description" rows="5"></textarea>'
            '<label for="rp-photo">Photo</label><input id="rp-photo" type="file" name="photo" accept="image/*">'
            '<label for="rp-mail">Votre e-mail (pour suivre le traitement)</label><input id="rp-mail" name="email" type="email">'
            '<button type="submit">Envoyer le signalement</button></form>')


def idea_form(action, heading, themes=("Cadre de vie", "Mobilités", "Environnement", "Solidarité", "Culture et sport")):
    opts = "".join(f"<option>{escape(t)}</option>" for t in themes)
    return (f'<form class="idea-form" method="post" action="{action}"><h2>{heading}</h2>'
            '<label for="id-title">Titre de votre idée</label><input id="id-title" name="titre" maxlength="80" required>'
            f'<label for="id-theme">Thème</label><select id="id-theme" name="theme">{opts}</select>'
            '<label for="id-text">Décrivez votre idée</label><textarea id="id-text" name="description" rows="6" required></textarea>'
            '<label for="id-name">Prénom et nom</label><input id="id-name" name="auteur">'
            '<label for="id-mail">E-mail</label><input id="id-mail" name="email" type="email" required>'
            '<button type="submit">Envoyer mon idée</button></form>')


def questionnaire(action, intro, questions, free=None):
    blocks = []
    for n, (q, options) in enumerate(questions):
        opts = "".join(f'<label><input type="radio" name="q{n}" value="{i}"> {escape(o)}</label>' for i, o in enumerate(options))
        blocks.append(f'<fieldset class="survey__question"><legend>{escape(q)}</legend>{opts}</fieldset>')
    if free:
        blocks.append(f'<div class="survey__question"><label for="q-free">{escape(free)}</label><textarea id="q-free" name="libre" rows="4"></textarea></div>')
    return (f'<form class="survey" method="post" action="{action}"><p class="survey__intro">{intro}</p>'
            + "".join(blocks) + '<button type="submit" class="survey__submit">Envoyer mes réponses</button></form>')


def poll_widget(action, question, options, cls="poll-widget"):
    """A one-question poll in a sidebar, as sidebar plugins render it."""
    opts = "".join(f'<li><input type="radio" id="pw-{i}" name="answer" value="{i}"><label for="pw-{i}">{escape(o)}</label></li>'
                   for i, o in enumerate(options))
    return (f'<div class="{cls}"><h3 class="{cls}__title">Sondage</h3><form method="post" action="{action}">'
            f'<p class="{cls}__question"><strong>{escape(question)}</strong></p><ul>{opts}</ul>'
            f'<input type="submit" class="{cls}__vote" value="Voter"><a href="#resultats">Voir les résultats</a></form></div>')


def poll_results(question, rows, closed_on):
    bars = "".join(f'<li class="result"><span class="result__label">{escape(label)}</span>'
                   f'<span class="result__bar" style="width:{pct}%"></span><span class="result__pct">{pct} % ({votes} votes)</span></li>'
                   for label, pct, votes in rows)
    total = sum(v for _, _, v in rows)
    return (f'<div class="poll-results"><h3>{escape(question)}</h3><ul>{bars}</ul>'
            f'<p class="poll-results__meta">Sondage clos le {closed_on} — {total} participants. Les votes ne sont plus possibles.</p></div>')


def petition_form(action, title, count, goal):
    return (f'<div class="petition"><h2 class="petition__title">{escape(title)}</h2>'
            f'<p class="petition__counter"><strong>{count}</strong> signatures sur {goal} nécessaires</p>'
            f'<progress max="{goal}" value="{count}"></progress>'
            f'<form class="petition__sign" method="post" action="{action}">'
            '<label for="pt-fn">Prénom</label><input id="pt-fn" name="prenom" required>'
            '<label for="pt-ln">Nom</label><input id="pt-ln" name="nom" required>'
            '<label for="pt-mail">E-mail</label><input id="pt-mail" name="email" type="email" required>'
            '<label for="pt-cp">Code postal</label><input id="pt-cp" name="code_postal">'
            '<label><input type="checkbox" name="resident" required> J\'atteste résider dans la commune</label>'
            '<button type="submit">Je signe la pétition</button></form></div>')


def comments_list(items):
    return "".join(f'<li class="comment"><article class="comment-body"><footer class="comment-meta"><b class="fn">{escape(a)}</b> '
                   f'<time>{d}</time></footer><div class="comment-content"><p>{escape(t)}</p></div></article></li>'
                   for a, d, t in items)


def wp_comments(items, post_id):
    return (f'<div id="comments" class="comments-area"><h2 class="comments-title">{len(items)} réactions</h2>'
            f'<ol class="comment-list">{comments_list(items)}</ol>'
            '<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Laisser un commentaire</h3>'
            '<form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form">'
            '<p class="comment-form-comment"><label for="comment">Commentaire</label><textarea id="comment" name="comment" rows="6" required></textarea></p>'
            '<p class="comment-form-author"><label for="author">Nom</label><input id="author" name="author" type="text" required></p>'
            '<p class="comment-form-email"><label for="email">E-mail</label><input id="email" name="email" type="email" required></p>'
            f'<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Publier le commentaire">'
            f'<input type="hidden" name="comment_post_ID" value="{post_id}" id="comment_post_ID"><input type="hidden" name="comment_parent" id="comment_parent" value="0"></p>'
            '</form></div></div>')


def drupal_comments(items, node):
    return (f'<section class="comments field field--name-comment"><h2>Commentaires</h2>'
            f'<div class="comment-wrapper">{comments_list(items)}</div>'
            f'<h2 class="title comment-form__title">Ajouter un commentaire</h2>'
            f'<form class="comment-comment-form comment-form" action="/comment/reply/node/{node}/comment" method="post" id="comment-form">'
            '<div class="form-item form-item-name"><label for="edit-name">Votre nom</label><input id="edit-name" name="name" type="text"></div>'
            '<div class="form-item form-item-comment-body"><label for="edit-comment-body">Commentaire</label>'
            '<textarea id="edit-comment-body" name="comment_body[0][value]" rows="5"></textarea></div>'
            '<input type="hidden" name="form_id" value="comment_comment_form"><input type="submit" id="edit-submit" value="Enregistrer" class="button form-submit"></form></section>')


def spip_forum(items, article):
    return (f'<div class="forum-repondre"><h2>Réagir à cet article</h2><ul class="forum">{comments_list(items)}</ul>'
            f'<div class="formulaire_spip formulaire_forum ajax" id="formulaire_forum"><form action="spip.php?article{article}" method="post">'
            '<input name="formulaire_action" type="hidden" value="forum"><input name="id_article" type="hidden" value="' + str(article) + '">'
            '<fieldset><legend>Votre message</legend><label for="titre">Titre (obligatoire)</label><input type="text" class="text" name="titre" id="titre">'
            '<label for="texte">Texte de votre message</label><textarea name="texte" id="texte" rows="10"></textarea></fieldset>'
            '<p class="boutons"><input type="submit" class="submit" name="previsualiser_message" value="Prévisualiser"></p></form></div></div>')


def chatbot(name):
    """A FAQ assistant launcher: canned answers, not a message to the services."""
    return (f'<div class="chatbot" id="assistant-virtuel" data-bot="{escape(name)}"><button type="button" class="chatbot__launcher" aria-expanded="false">'
            f'Une question ? Demandez à {escape(name)}</button><div class="chatbot__panel" hidden>'
            f'<p class="chatbot__hello">Bonjour, je suis {escape(name)}, l\'assistant virtuel de la mairie. Je réponds aux questions fréquentes.</p>'
            '<ul class="chatbot__suggestions"><li><button type="button">Horaires de la mairie</button></li><li><button type="button">Refaire ma carte d\'identité</button></li>'
            '<li><button type="button">Jours de collecte</button></li></ul>'
            '<form class="chatbot__input" onsubmit="return false"><input type="text" name="q" placeholder="Posez votre question" aria-label="Votre question"><button type="submit">Envoyer</button></form></div></div>')


def works_map(items):
    pins = "".join(f'<li class="marker" data-lat="{lat}" data-lng="{lng}"><strong>{escape(t)}</strong> — {escape(d)}</li>' for t, d, lat, lng in items)
    return (f'<div class="map-works"><div id="carte-travaux" class="leaflet-container" style="height:360px"></div>'
            f'<ul class="map-works__list">{pins}</ul>'
            '<script src="/static/vendor/leaflet/leaflet.js"></script></div>')


def project_map(items, vote_href=None):
    """A participatory budget's project map (markers and cards)."""
    cards = "".join(
        f'<li class="project-card" data-lat="{lat}" data-lng="{lng}"><h3 class="project-card__title"><a href="{href}">{escape(t)}</a></h3>'
        f'<p class="project-card__meta">{escape(q)} — {cost}</p></li>' for t, q, cost, href, lat, lng in items)
    vote = f'<p><a class="btn btn--vote" href="{vote_href}">Voter pour mes projets</a></p>' if vote_href else ""
    return (f'<div class="projects-map"><div id="map-projets" class="map" style="height:420px" data-tiles="osm"></div>'
            f'<ul class="project-list">{cards}</ul>{vote}</div>')


def iframe_embed(src, title, height=900):
    return (f'<div class="embed embed--platform"><iframe src="{src}" title="{escape(title)}" width="100%" height="{height}" '
            'frameborder="0" loading="lazy" allow="geolocation"></iframe>'
            f'<p class="embed__fallback">L\'espace ne s\'affiche pas ? <a href="{src}" target="_blank" rel="noopener">Ouvrir dans un nouvel onglet</a>.</p></div>')


def app_shell(title, root="app", bundle="/_app/immutable/entry.js", css="/_app/immutable/app.css", extra_head=""):
    """An application shell: a root element and a bundle, no content (the data comes from the JSON API)."""
    return (f'<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>{escape(title)}</title>'
            '<meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">'
            '<meta name="theme-color" content="#0b5d7a"><meta name="apple-mobile-web-app-capable" content="yes">'
            '<link rel="manifest" href="/manifest.webmanifest"><link rel="icon" href="/favicon.png" type="image/png">'
            f'<link rel="apple-touch-icon" href="/icons/icon-192.png"><link rel="stylesheet" href="{css}">'
            f'<link rel="modulepreload" href="{bundle}">{extra_head}'
            '<meta name="description" content="Application citoyenne">'
            '</head><body><noscript>Activez JavaScript pour utiliser cette application.</noscript>'
            f'<div id="{root}"></div><script type="module" src="{bundle}"></script></body></html>')


def bundle_js(api, param, root="app"):
    return ("(function(){var root=document.getElementById(%s);"
            "fetch(%s+'?'+%s+'='+encodeURIComponent(location.pathname)).then(function(r){return r.json();})"
            ".then(function(d){var h=document.createElement('h1');h.textContent=d.titre;var p=document.createElement('p');"
            "p.textContent=d.chapo;var s=document.createElement('section');s.className='app-block';s.innerHTML=d.bloc;"
            "root.replaceChildren(h,p,s);document.title=d.titre;});})();"
            % (json.dumps(root), json.dumps(api), json.dumps(param)))


def next_document(site, page, brand_color, accounts_html, extra=""):
    """A Next.js front of a headless CMS: server-rendered HTML inside #__next, the page data in __NEXT_DATA__."""
    menu = "".join(f'<li class="nav__item"><a class="nav__link" href="{escape(h)}">{escape(l)}</a></li>' for l, h in site.menu)
    crumbs = '<a href="/">Accueil</a>'
    if page.parent:
        crumbs += f' › <a href="{escape(page.parent[1])}">{escape(page.parent[0])}</a>'
    if page.path != "/":
        crumbs += f" › <span>{escape(page.title)}</span>"
    data = json.dumps({"props": {"pageProps": {"slug": page.path, "title": page.title}}, "page": "/[[...slug]]",
                       "query": {}, "buildId": "k8Yb2w1Qe", "isFallback": False, "gsp": True})
    return f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(page.title)} - {escape(site.title)}</title><meta name="next-head-count" content="4">
<meta name="theme-color" content="{brand_color}">
<link rel="preload" href="/_next/static/css/7c1e2a9f04b3d5e6.css" as="style"><link rel="stylesheet" href="/_next/static/css/7c1e2a9f04b3d5e6.css" data-n-g="">
<script src="/_next/static/chunks/webpack-5d2a1c.js" defer=""></script><script src="/_next/static/chunks/framework-8f3b.js" defer=""></script>
<script src="/_next/static/chunks/pages/_app-41c0.js" defer=""></script></head>
<body><div id="__next"><div class="layout">
<header class="site-header"><a class="site-header__logo" href="/">{escape(site.title)}</a>
<nav class="nav" aria-label="Menu principal"><ul class="nav__list">{menu}</ul></nav>
<form class="site-header__search" action="/recherche" role="search"><input type="search" name="q" aria-label="Rechercher"><button>Rechercher</button></form></header>
<main id="contenu" class="main"><nav class="breadcrumb" aria-label="Fil d'Ariane">{crumbs}</nav>
<h1 class="main__title">{escape(page.title)}</h1><div class="blocks">{page.body}</div></main>
<footer class="site-footer"><div class="site-footer__address">{escape(site.address)}</div>
<div class="site-footer__social"><p>Suivez-nous</p>{accounts_html}</div>
<p class="site-footer__legal"><a href="/mentions-legales">Mentions légales</a> · <a href="/accessibilite">Accessibilité : non conforme</a> · <a href="/plan-du-site">Plan du site</a></p></footer>
</div>{extra}</div>
<script id="__NEXT_DATA__" type="application/json">{data}</script></body></html>"""


def nuxt_document(site, page, accounts_html, extra=""):
    """A Nuxt front of a headless CMS (Strapi-like content), server-rendered."""
    menu = "".join(f'<li><a href="{escape(h)}" class="menu-link">{escape(l)}</a></li>' for l, h in site.menu)
    return f"""<!DOCTYPE html>
<html lang="fr" data-n-head-ssr><head><title>{escape(page.title)} | {escape(site.title)}</title>
<meta data-n-head="ssr" charset="utf-8"><meta data-n-head="ssr" name="viewport" content="width=device-width, initial-scale=1">
<link rel="preload" href="/_nuxt/entry.4b1f9c.js" as="script"><link rel="stylesheet" href="/_nuxt/entry.2d7e11.css"></head>
<body><div id="__nuxt"><div id="__layout"><div class="app-layout">
<header class="topbar"><a href="/" class="topbar__brand">{escape(site.title)}</a><button class="topbar__burger" aria-label="Ouvrir le menu">☰</button>
<nav class="topbar__menu"><ul>{menu}</ul></nav></header>
<main class="page-content"><p class="ariane"><a href="/">Accueil</a>{(' / <a href="' + escape(page.parent[1]) + '">' + escape(page.parent[0]) + '</a>') if page.parent else ''} / {escape(page.title)}</p>
<h1>{escape(page.title)}</h1>{page.body}</main>
<footer class="footer"><p>{escape(site.address)}</p>{accounts_html}<p><a href="/mentions-legales">Mentions légales</a> · <a href="/donnees-personnelles">Données personnelles</a></p></footer>
</div></div>{extra}</div><script>window.__NUXT__={{"layout":"default","serverRendered":true}};</script>
<script src="/_nuxt/entry.4b1f9c.js" type="module"></script></body></html>"""


def accounts_list(accounts):
    return '<ul class="social">' + "".join(
        f'<li class="social__item social__item--{a.platform}"><a href="{escape(a.href)}" target="_blank" rel="noopener">{a.platform.capitalize()}</a></li>'
        for a in accounts) + "</ul>"


def fluicity_card(title, excerpt, likes, href):
    return (f'<div class="flui-card"><a class="flui-card__link" href="{href}"><h3 class="flui-card__title">{escape(title)}</h3></a>'
            f'<p class="flui-card__excerpt">{escape(excerpt)}</p><span class="flui-card__likes">♥ {likes}</span></div>')


def decidim_card(title, body, supports, href, comments=0):
    return (f'<div class="card__list"><a href="{href}" class="card__list-title"><h3 class="h4">{escape(title)}</h3></a>'
            f'<p class="card__list-text">{escape(body)}</p><div class="card__list-metadata"><span>{supports} soutiens</span>'
            f'<span class="comments_count">{comments} commentaires</span></div></div>')


def decidim_comments(items, commentable):
    threads = "".join(f'<div class="comment" id="comment_{i}"><div class="comment__header"><span class="author__name">{escape(a)}</span>'
                      f' <span class="comment__date">{d}</span></div><div class="comment__content"><p>{escape(t)}</p></div></div>'
                      for i, (a, d, t) in enumerate(items, 1))
    return (f'<section class="comments" id="comments-for-{commentable}" data-decidim-comments=\'{{"commentableGid":"{commentable}"}}\'>'
            f'<h2 class="h4">{len(items)} commentaires</h2><div class="comment-threads">{threads}</div>'
            f'<div class="add-comment"><form class="new_comment" id="new_comment_for_{commentable}" action="/comments" method="post">'
            f'<input type="hidden" name="comment[commentable_gid]" value="{commentable}">'
            '<label for="add-comment">Ajouter un commentaire</label><textarea id="add-comment" name="comment[body]" maxlength="1000"></textarea>'
            '<button type="submit" class="button">Publier un commentaire</button></form></div></section>')
