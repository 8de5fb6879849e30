"""Markup of the "salines" holdout part: its own page layouts (registered as themes under ``salines_*``)
and the widgets that real CMSs, plugins and platforms print (forms, polls, comments, boards, embeds).

Written from the public markup of the software named in each function; classes, field names and
routes follow those programs, the French wording is the part's own."""
import zlib
from html import escape

from .. import themes

# --------------------------------------------------------------------------------------------------
# small helpers


def _n(text, mod=9000, base=100):
    return zlib.crc32(text.encode()) % mod + base


def prose(*paragraphs):
    return "".join(f"<p>{p}</p>" for p in paragraphs)


def h2(text):
    return f"<h2>{text}</h2>"


def links(items, cls="liens"):
    return f'<ul class="{cls}">' + "".join(f'<li><a href="{escape(h)}">{t}</a></li>' for h, t in items) + "</ul>"


def _accounts(site, ul, li, a=""):
    if not site.accounts:
        return ""
    names = {"facebook": "Facebook", "x": "X", "instagram": "Instagram", "youtube": "YouTube",
             "linkedin": "LinkedIn", "mastodon": "Mastodon", "bluesky": "Bluesky", "tiktok": "TikTok"}
    items = "".join(f'<li class="{li} {li}-{acc.platform}"><a class="{a}" href="{escape(acc.href)}" target="_blank" '
                    f'rel="noopener{" me" if acc.platform == "mastodon" else ""}">'
                    f'<span class="visually-hidden">{names.get(acc.platform, acc.platform)} de la ville</span></a></li>'
                    for acc in site.accounts)
    return f'<ul class="{ul}">{items}</ul>'


def _trail(site, page, sep):
    out = ['<a href="/">Accueil</a>']
    if page.parent:
        out.append(f'<a href="{escape(page.parent[1])}">{escape(page.parent[0])}</a>')
    if page.path != "/":
        out.append(f"<span>{escape(page.title)}</span>")
    return sep.join(out)


def _menu(site, li="", a=""):
    return "".join(f'<li class="{li}"><a class="{a}" href="{escape(h)}">{escape(t)}</a></li>' for t, h in site.menu)


# --------------------------------------------------------------------------------------------------
# layouts of the cities' sites


def salines_fse(site, page):
    """A WordPress block theme (full-site editing), as recent municipal WordPress sites are built."""
    home = page.path == "/"
    return f"""<!DOCTYPE html>
<html lang="fr-FR">
<head>
<meta charset="UTF-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>{escape(page.title)} – {escape(site.title)}</title>
<link rel='dns-prefetch' href='//stats.wp.com' />
<link rel='stylesheet' id='wp-block-navigation-css' href='/wp-includes/blocks/navigation/style.min.css?ver=6.4.2' media='all' />
<link rel='stylesheet' id='estran-style-css' href='/wp-content/themes/estran/style.css?ver=1.3.0' media='all' />
<style id='global-styles-inline-css'>body{{--wp--preset--color--primary:#0b4f6c;}}</style>
<link rel="https://api.w.org/" href="/wp-json/" /><link rel="EditURI" type="application/rsd+xml" title="RSD" href="/xmlrpc.php?rsd" />
<meta name="generator" content="WordPress 6.4.2" />
</head>
<body class="{'home page-template-front-page' if home else 'page-template-default page'} wp-embed-responsive">
<div class="wp-site-blocks">
<header class="wp-block-template-part"><div class="wp-block-group alignfull has-primary-background-color has-background is-layout-flex">
<p class="wp-block-site-title"><a href="/" rel="home">{escape(site.title)}</a></p>
<nav class="is-responsive items-justified-right wp-block-navigation is-layout-flex" aria-label="Menu principal">
<ul class="wp-block-navigation__container">{_menu(site, "wp-block-navigation-item wp-block-navigation-link", "wp-block-navigation-item__content")}</ul></nav>
<form role="search" method="get" action="/" class="wp-block-search__button-outside wp-block-search"><label class="wp-block-search__label screen-reader-text" for="wp-block-search__input-1">Rechercher</label><input class="wp-block-search__input" id="wp-block-search__input-1" value="" type="search" name="s" required /><button aria-label="Rechercher" class="wp-block-search__button wp-element-button" type="submit">Rechercher</button></form>
</div></header>
<main class="wp-block-group is-layout-constrained">
<nav class="yoast-breadcrumbs" aria-label="Fil d'Ariane"><span>{_trail(site, page, ' » ')}</span></nav>
<h1 class="wp-block-post-title">{escape(page.title)}</h1>
<div class="entry-content wp-block-post-content is-layout-constrained">{page.body}</div>
</main>
<footer class="wp-block-template-part site-footer"><div class="wp-block-columns is-layout-flex">
<div class="wp-block-column"><p><strong>Hôtel de ville</strong><br>{escape(site.address)}</p></div>
<div class="wp-block-column"><p>Retrouvez la ville sur les réseaux</p>{_accounts(site, "wp-block-social-links is-style-logos-only", "wp-social-link wp-block-social-link", "wp-block-social-link-anchor")}</div>
<div class="wp-block-column"><p><a href="/mentions-legales">Mentions légales</a> · <a href="/plan-du-site">Plan du site</a></p></div>
</div></footer></div>
<script src="/wp-includes/blocks/navigation/view.min.js?ver=6.4.2" id="wp-block-navigation-view-js"></script>
</body></html>"""


def salines_dsfr(site, page):
    """A Drupal 10 site drawn with the French state design system (DSFR), a common choice of towns."""
    return f"""<!DOCTYPE html>
<html lang="fr" dir="ltr" data-fr-scheme="system">
<head>
<meta charset="utf-8" />
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<title>{escape(page.title)} | {escape(site.title)}</title>
<link rel="stylesheet" media="all" href="/themes/contrib/dsfr/dist/dsfr/dsfr.min.css?s8x2k1" />
<link rel="stylesheet" media="all" href="/themes/custom/port_dsfr/css/ville.css?s8x2k1" />
<script type="module" src="/themes/contrib/dsfr/dist/dsfr/dsfr.module.min.js?v=1.11.2"></script>
</head>
<body class="path-{'frontpage' if page.path == '/' else 'node'} page-node-type-{'accueil' if page.path == '/' else 'article'}">
<a href="#main-content" class="visually-hidden focusable skip-link">Aller au contenu principal</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<header role="banner" class="fr-header"><div class="fr-header__body"><div class="fr-container"><div class="fr-header__body-row">
<div class="fr-header__brand fr-enlarge-link"><div class="fr-header__service"><a href="/" title="Accueil - {escape(site.title)}"><p class="fr-header__service-title">{escape(site.title)}</p></a>
<p class="fr-header__service-tagline">Site officiel de la ville</p></div></div>
<div class="fr-header__tools"><div class="fr-header__search fr-modal" id="modal-search"><form action="/recherche" method="get" class="fr-search-bar" role="search"><label class="fr-label" for="search-input">Rechercher</label><input class="fr-input" id="search-input" name="keys" type="search" placeholder="Rechercher"><button class="fr-btn" title="Rechercher">Rechercher</button></form></div></div>
</div></div></div>
<div class="fr-header__menu fr-modal" id="modal-menu"><div class="fr-container"><nav class="fr-nav" role="navigation" aria-label="Menu principal"><ul class="fr-nav__list">{_menu(site, "fr-nav__item", "fr-nav__link")}</ul></nav></div></div>
</header>
<main role="main" id="main-content" class="fr-container fr-my-4w">
<nav role="navigation" class="fr-breadcrumb" aria-label="vous êtes ici :"><ol class="fr-breadcrumb__list"><li>{_trail(site, page, '</li><li>')}</li></ol></nav>
<h1>{escape(page.title)}</h1>
<article class="node node--type-article node--view-mode-full" data-history-node-id="{_n(page.path, 4000, 200)}"><div class="node__content fr-grid-row fr-grid-row--gutters">{page.body}</div></article>
</main>
<footer class="fr-footer" role="contentinfo" id="footer"><div class="fr-container"><div class="fr-footer__body">
<div class="fr-footer__content"><p class="fr-footer__content-desc">{escape(site.title)} — {escape(site.address)}</p>
<div class="fr-follow__social"><p class="fr-h5">Suivez-nous sur les réseaux sociaux</p>{_accounts(site, "fr-btns-group fr-btns-group--lg", "fr-btn--social", "fr-btn")}</div></div></div>
<div class="fr-footer__bottom"><ul class="fr-footer__bottom-list"><li class="fr-footer__bottom-item"><a class="fr-footer__bottom-link" href="/mentions-legales">Mentions légales</a></li><li class="fr-footer__bottom-item"><a class="fr-footer__bottom-link" href="/mentions-legales">Accessibilité : non conforme</a></li></ul></div>
</div></footer></div>
<script type="application/json" data-drupal-selector="drupal-settings-json">{{"path":{{"baseUrl":"\\/","currentLanguage":"fr"}},"ajaxTrustedUrl":{{}}}}</script>
<script src="/core/misc/drupal.js?v=10.1.6"></script>
</body></html>"""


def salines_kosmos(site, page):
    """A proprietary municipal CMS sold to many towns: vendor asset paths, no generator, js- hooks."""
    return f"""<!DOCTYPE html>
<html class="no-js" lang="fr">
<head>
<meta charset="utf-8">
<title>{escape(page.title)} - {escape(site.title)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="author" content="{escape(site.title)}">
<link rel="stylesheet" href="/typo-kosmos/themes/littoral/css/main.min.css?v=4.18.2">
<script src="/typo-kosmos/js/vendor/modernizr.min.js"></script>
<script defer src="/typo-kosmos/themes/littoral/js/main.min.js?v=4.18.2"></script>
<script defer src="/tarteaucitron/tarteaucitron.js"></script>
</head>
<body class="{'home' if page.path == '/' else 'inside'}">
<nav class="menu-skip" aria-label="Menu d'évitement"><ul class="menu-skip__list"><li><a href="#main">Contenu</a></li><li><a href="#menu-main">Menu</a></li></ul></nav>
<div class="site-wrapper">
<header class="header js-header" role="banner"><div class="header__wrapper">
<div class="header__logo"><a class="logo" href="/"><span class="logo__text">{escape(site.title)}</span></a></div>
<div class="header__search"><form class="search js-search" action="/recherche" method="get"><label for="search-field" class="ghost">Que recherchez-vous ?</label><input id="search-field" name="q" type="text" placeholder="Que recherchez-vous ?"><button class="search__submit" type="submit"><span class="ghost">Lancer la recherche</span></button></form></div>
<nav class="main-nav js-main-nav" id="menu-main" aria-label="Navigation principale"><ul class="main-nav__list">{_menu(site, "main-nav__item", "main-nav__link")}</ul></nav>
</div></header>
<main class="site-main" id="main" role="main">
<div class="top-of-content"><nav class="breadcrumb" aria-label="Fil d'Ariane"><p>{_trail(site, page, ' <span class="breadcrumb__sep" aria-hidden="true">›</span> ')}</p></nav>
<h1 class="heading__title">{escape(page.title)}</h1></div>
<div class="section-main__content"><div class="rte">{page.body}</div></div>
</main>
<footer class="footer" role="contentinfo"><div class="footer__wrapper">
<div class="footer__column"><p class="footer__title">{escape(site.title)}</p><address>{escape(site.address)}</address></div>
<div class="footer__column"><p class="footer__title">La ville sur les réseaux</p>{_accounts(site, "social-networks__list", "social-networks__item", "social-networks__link")}</div>
<div class="footer__column"><ul class="menu-cross"><li><a href="/mentions-legales">Mentions légales</a></li><li><a href="/mentions-legales">Données personnelles</a></li></ul></div>
</div><p class="footer__credits">Site réalisé par Stratelia Digital</p></footer>
</div></body></html>"""


def salines_helix(site, page):
    """Joomla 4 with the Helix Ultimate template, still common on mid-sized towns' sites."""
    return f"""<!doctype html>
<html lang="fr-fr" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
<meta name="generator" content="Helix Ultimate - The Most Popular Joomla! Template Framework.">
<title>{escape(page.title)} - {escape(site.title)}</title>
<link href="/templates/shaper_helixultimate/css/bootstrap.min.css" rel="stylesheet">
<link href="/templates/shaper_helixultimate/css/template.css" rel="stylesheet">
<link href="/templates/shaper_helixultimate/css/presets/preset2.css" rel="stylesheet">
<script src="/media/vendor/jquery/js/jquery.min.js?3.7.1"></script>
<script src="/templates/shaper_helixultimate/js/main.js"></script>
</head>
<body class="site helix-ultimate hu com_content com-content view-article layout-blog task-none itemid-{_n(page.path, 800, 100)} fr-fr ltr sticky-header layout-fluid offcanvas-init offcanvs-position-right">
<div class="body-wrapper"><div class="body-innerwrapper">
<header id="sp-header"><div class="container"><div class="container-inner"><div class="row">
<div id="sp-logo" class="col-auto"><div class="sp-column"><div class="logo"><a href="/">{escape(site.title)}</a></div></div></div>
<div id="sp-menu" class="col-auto flex-auto"><div class="sp-column d-flex justify-content-end align-items-center"><nav class="sp-megamenu-wrapper d-flex" role="navigation"><ul class="sp-megamenu-parent menu-animation-fade-up d-none d-lg-block">{_menu(site, "sp-menu-item", "")}</ul></nav></div></div>
</div></div></div></header>
<section id="sp-section-title"><div class="row"><div id="sp-title" class="col-lg-12"><div class="sp-page-title"><div class="container"><h1 class="sp-page-title-heading">{escape(page.title)}</h1>
<ol itemscope itemtype="https://schema.org/BreadcrumbList" class="breadcrumb"><li class="breadcrumb-item">{_trail(site, page, '</li><li class="breadcrumb-item">')}</li></ol></div></div></div></div></section>
<section id="sp-main-body"><div class="container"><div class="container-inner"><div class="row">
<main id="sp-component" class="col-lg-12"><div class="sp-column"><div id="system-message-container" aria-live="polite"></div>
<div class="article-details" itemscope itemtype="https://schema.org/Article"><div itemprop="articleBody">{page.body}</div></div></div></main>
</div></div></div></section>
<footer id="sp-footer"><div class="container"><div class="container-inner"><div class="row">
<div id="sp-footer1" class="col-lg-6"><div class="sp-column"><span class="sp-copyright">© {escape(site.title)} — {escape(site.address)}</span></div></div>
<div id="sp-footer2" class="col-lg-6"><div class="sp-column">{_accounts(site, "social-icons", "social-icon")}<p><a href="/mentions-legales">Mentions légales</a></p></div></div>
</div></div></div></footer>
</div></div></body></html>"""


def salines_t3(site, page):
    """TYPO3 v12 with a town's own site package (not the bootstrap package)."""
    return f"""<!DOCTYPE html>
<html dir="ltr" lang="fr-FR">
<head>
<meta charset="utf-8">
<!--
	This website is powered by TYPO3 - inspiring people to share!
	TYPO3 is a free open source Content Management Framework initially created by Kasper Skaarhoj and licensed under GNU/GPL.
	Information and contribution at https://typo3.org/
-->
<base href="/">
<title>{escape(page.title)} | {escape(site.title)}</title>
<meta name="generator" content="TYPO3 CMS">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/_assets/a1c9e07f3bd6a4f1e8a4c3f0d1c9b2aa/Css/site.css?1709985300" media="all">
<script src="/_assets/a1c9e07f3bd6a4f1e8a4c3f0d1c9b2aa/JavaScript/site.js?1709985300"></script>
</head>
<body id="uid-{_n(page.path, 700, 2)}" class="layout-{'home' if page.path == '/' else 'subpage'}">
<header class="c-header"><div class="c-header__inner">
<a class="c-header__logo" href="/" title="{escape(site.title)}">{escape(site.title)}</a>
<nav class="c-mainnav" aria-label="Navigation principale"><ul class="c-mainnav__list">{_menu(site, "c-mainnav__item", "c-mainnav__link")}</ul></nav>
<form class="c-search" method="get" action="/recherche"><input type="hidden" name="tx_indexedsearch_pi2[action]" value="search"><label for="tx-indexedsearch-searchbox-sword" class="sr-only">Recherche</label><input class="c-search__input" id="tx-indexedsearch-searchbox-sword" type="text" name="tx_indexedsearch_pi2[search][sword]" value=""><button class="c-search__btn" type="submit">OK</button></form>
</div></header>
<nav class="c-breadcrumb" aria-label="Fil d'Ariane"><ol><li>{_trail(site, page, '</li><li>')}</li></ol></nav>
<main id="content" class="c-content">
<!--TYPO3SEARCH_begin-->
<div id="c{_n(page.title, 9000, 1000)}" class="frame frame-default frame-type-textmedia frame-layout-0"><header><h1 class="">{escape(page.title)}</h1></header>
<div class="ce-textpic ce-center ce-above"><div class="ce-bodytext">{page.body}</div></div></div>
<!--TYPO3SEARCH_end-->
</main>
<footer class="c-footer"><div class="c-footer__col"><p>{escape(site.title)}<br>{escape(site.address)}</p></div>
<div class="c-footer__col">{_accounts(site, "c-social", "c-social__item", "c-social__link")}</div>
<div class="c-footer__col"><a href="/mentions-legales">Mentions légales</a></div></footer>
</body></html>"""


# --------------------------------------------------------------------------------------------------
# layouts of vendor participation platforms (server-rendered views)


def salines_fluicity(site, page):
    """Fluicity's public city space (a city's space on flui.city): cards of ideas, consultations, polls."""
    return f"""<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>{escape(page.title)} · {escape(site.title)} | Fluicity</title>
<meta property="og:site_name" content="Fluicity">
<meta name="description" content="Participez à la vie de votre ville avec Fluicity : proposez, votez, donnez votre avis.">
<link rel="icon" href="https://static.flui.city/favicon.png">
<link href="https://static.flui.city/web/css/app.9c21e4.css" rel="stylesheet">
<script defer src="https://static.flui.city/web/js/chunk-vendors.4b7e02.js"></script>
<script defer src="https://static.flui.city/web/js/app.71f0ad.js"></script>
</head>
<body class="fl-body">
<div id="fluicity-app" data-server-rendered="true">
<header class="fl-topbar"><a class="fl-topbar__brand" href="/">{escape(site.title)}</a>
<nav class="fl-topbar__nav"><ul>{_menu(site, "fl-topbar__item", "fl-topbar__link")}</ul></nav>
<a class="fl-btn fl-btn--ghost" href="/login">Se connecter</a></header>
<main class="fl-main"><p class="fl-breadcrumb">{_trail(site, page, ' / ')}</p><h1 class="fl-title">{escape(page.title)}</h1>{page.body}</main>
<footer class="fl-footer"><p>Plateforme citoyenne de {escape(site.title)} propulsée par <a href="https://www.flui.city/" target="_blank" rel="noopener">Fluicity</a></p>
<p><a href="/cgu">Conditions générales d'utilisation</a></p></footer>
</div></body></html>"""


def salines_jenparle(site, page):
    """Jenparle (Respublica), a concertation platform hosted on jenparle.net."""
    return f"""<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(page.title)} - {escape(site.title)} - Jenparle</title>
<link rel="stylesheet" href="/build/jenparle.front.3f2a91.css">
<script src="/build/runtime.0a1b2c.js" defer></script><script src="/build/jenparle.front.7d6e5f.js" defer></script>
</head>
<body class="jp-front">
<header class="jp-header"><div class="jp-header__logo"><a href="/">{escape(site.title)}</a></div>
<nav class="jp-header__menu" aria-label="Menu"><ul>{_menu(site, "jp-menu__item", "jp-menu__link")}</ul></nav>
<div class="jp-header__account"><a href="/connexion" class="jp-btn jp-btn--outline">Connexion</a> <a href="/connexion" class="jp-btn">Inscription</a></div></header>
<main class="jp-main" id="contenu"><div class="jp-breadcrumb">{_trail(site, page, ' &gt; ')}</div><h1 class="jp-title">{escape(page.title)}</h1>{page.body}</main>
<footer class="jp-footer"><ul class="jp-footer__links"><li><a href="/charte">Charte de participation</a></li><li><a href="/connexion">Mon compte</a></li></ul>
<p class="jp-footer__powered">Plateforme de concertation <a href="https://www.jenparle.net" target="_blank" rel="noopener">Jenparle</a> — Respublica</p></footer>
</body></html>"""


def salines_idcity(site, page):
    """id-city, a participation platform hosted on id-city.com (ideas, surveys, participatory budget)."""
    return f"""<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(page.title)} | {escape(site.title)}</title>
<link rel="stylesheet" href="/assets/idcity/front.min.css?v=5.2.7">
<script src="/assets/idcity/front.min.js?v=5.2.7" defer></script>
</head>
<body class="idc-front">
<header class="idc-header"><a class="idc-header__logo" href="/">{escape(site.title)}</a>
<nav class="idc-nav"><ul class="idc-nav__list">{_menu(site, "idc-nav__item", "idc-nav__link")}</ul></nav>
<a class="idc-header__login" href="/connexion">Connexion / Inscription</a></header>
<main class="idc-main"><nav class="idc-ariane">{_trail(site, page, ' › ')}</nav><h1 class="idc-title">{escape(page.title)}</h1>{page.body}</main>
<footer class="idc-footer"><p><a href="/cgu">CGU</a> · <a href="/connexion">Mon espace</a></p><p>Propulsé par <a href="https://www.id-city.fr" target="_blank" rel="noopener">id-city</a></p></footer>
</body></html>"""


def _login_form(action, user, password, extra=""):
    return (f'<form method="post" action="{action}" class="login">{extra}<label for="l-user">Adresse e-mail</label>'
            f'<input type="email" id="l-user" name="{user}" autocomplete="email"><label for="l-pass">Mot de passe</label>'
            f'<input type="password" id="l-pass" name="{password}" autocomplete="current-password">'
            '<button type="submit">Se connecter</button></form><p><a href="/">Retour à l\'accueil</a></p>')


_LEGAL = ("<h2>Éditeur du site</h2><p>Le site est édité par la commune ; le directeur de la publication est le maire.</p>"
          "<h2>Hébergement</h2><p>Hébergé en France par un prestataire de la commune.</p>"
          "<h2>Vos données</h2><p>Vous disposez d'un droit d'accès, de rectification et d'effacement de vos données "
          "(règlement général sur la protection des données). Pour l'exercer, adressez-vous au délégué à la protection "
          "des données de la commune par courrier.</p>")
_CGU = ("<h2>Objet</h2><p>Les présentes conditions encadrent l'utilisation de l'espace de participation : création de "
        "compte, contributions, modération.</p><h2>Modération</h2><p>Les contributions injurieuses ou hors sujet sont "
        "retirées. Chaque participant s'engage à respecter la charte.</p><h2>Données</h2><p>Les données sont conservées "
        "pendant la durée de la démarche, puis anonymisées.</p>")
_NONE = frozenset()
_NOT_CONTACT = frozenset({"contact_form"})

_LAYOUTS = {
    "salines_fse": (salines_fse, [("/mentions-legales", "Mentions légales", _LEGAL, _NONE),
                                  ("/plan-du-site", "Plan du site", "<p>Toutes les rubriques du site sont accessibles "
                                   "depuis le menu principal.</p><ul><li><a href=\"/\">Accueil</a></li></ul>", _NONE)]),
    "salines_dsfr": (salines_dsfr, [("/mentions-legales", "Mentions légales", _LEGAL, _NONE)]),
    "salines_kosmos": (salines_kosmos, [("/mentions-legales", "Mentions légales", _LEGAL, _NONE)]),
    "salines_helix": (salines_helix, [("/mentions-legales", "Mentions légales", _LEGAL, _NONE)]),
    "salines_t3": (salines_t3, [("/mentions-legales", "Mentions légales", _LEGAL, _NONE)]),
    "salines_fluicity": (salines_fluicity, [
        ("/login", "Se connecter", _login_form("/login", "email", "password"), _NOT_CONTACT),
        ("/cgu", "Conditions générales d'utilisation", _CGU, _NONE)]),
    "salines_jenparle": (salines_jenparle, [
        ("/connexion", "Connexion", _login_form("/connexion", "_username", "_password"), _NOT_CONTACT),
        ("/charte", "Charte de participation", _CGU, _NONE)]),
    "salines_idcity": (salines_idcity, [
        ("/connexion", "Connexion", _login_form("/connexion", "login[email]", "login[password]"), _NOT_CONTACT),
        ("/cgu", "Conditions générales d'utilisation", _CGU, _NONE)]),
}


def register():
    """Make the part's layouts known to the renderer (idempotent)."""
    for name, (layout, chrome) in _LAYOUTS.items():
        themes.THEMES.setdefault(name, layout)
        themes.CHROME.setdefault(name, chrome)


# --------------------------------------------------------------------------------------------------
# page furniture


def news_cards(items, cls="news-list"):
    """A list of news teasers: (href, date, title, summary)."""
    cards = "".join(f'<article class="{cls}__item"><p class="{cls}__date"><time>{d}</time></p>'
                    f'<h3 class="{cls}__title"><a href="{escape(h)}">{t}</a></h3><p>{s}</p></article>'
                    for h, d, t, s in items)
    return f'<section class="{cls}"><h2>Actualités</h2>{cards}</section>'


def agenda(items):
    rows = "".join(f'<li class="agenda__item"><span class="agenda__date">{d}</span> <a href="{escape(h)}">{t}</a></li>'
                   for h, d, t in items)
    return f'<section class="agenda"><h2>Agenda</h2><ul class="agenda__list">{rows}</ul></section>'


def quick_links(items, title="Accès rapides"):
    tiles = "".join(f'<li class="quick__item"><a class="quick__link" href="{escape(h)}">{t}</a></li>' for h, t in items)
    return f'<nav class="quick" aria-label="{title}"><h2>{title}</h2><ul class="quick__list">{tiles}</ul></nav>'


def two_columns(main, aside, aside_cls="sidebar widget-area"):
    return (f'<div class="layout-2col"><div class="layout-2col__main">{main}</div>'
            f'<aside class="{aside_cls}" role="complementary">{aside}</aside></div>')


def widget(title, inner, cls="widget"):
    return f'<section class="{cls}"><h2 class="widget-title">{title}</h2>{inner}</section>'


def share(url):
    """Share buttons (intents, not accounts)."""
    from urllib.parse import quote
    u = quote(url, safe="")
    return ('<div class="share"><span>Partager :</span> '
            f'<a href="https://www.facebook.com/sharer/sharer.php?u={u}" target="_blank" rel="noopener">Facebook</a> '
            f'<a href="https://twitter.com/intent/tweet?url={u}" target="_blank" rel="noopener">X</a> '
            f'<a href="https://www.linkedin.com/shareArticle?mini=true&amp;url={u}" target="_blank" rel="noopener">LinkedIn</a> '
            f'<a href="mailto:?subject=À%20lire&amp;body={u}">E-mail</a></div>')


def newsletter_wp(action="/"):
    """A MailPoet sign-up block (newsletter: not a contact form)."""
    return ('<div class="mailpoet_form mailpoet_form_widget" id="mailpoet_form_2"><form target="_self" method="post" '
            f'action="{action}?mailpoet_router&amp;endpoint=subscription&amp;action=form" class="mailpoet_form" novalidate>'
            '<input type="hidden" name="data[form_id]" value="2" /><input type="hidden" name="token" value="7b1e0c2d44" />'
            '<div class="mailpoet_paragraph"><label for="form_email_2" class="mailpoet_text_label">Votre e-mail</label>'
            '<input type="email" autocomplete="email" class="mailpoet_text" id="form_email_2" name="data[form_field_ZW1haWw]" '
            'title="Adresse e-mail" value="" data-automation-id="form_email" /></div>'
            '<div class="mailpoet_paragraph"><input type="submit" class="mailpoet_submit" value="Je m\'abonne à la lettre" /></div>'
            '</form></div>')


# --------------------------------------------------------------------------------------------------
# WordPress forms, polls and comments


def cf7(form_id, post_id, action, fields, textarea=("your-message", "Votre message"), submit="Envoyer"):
    """Contact Form 7. fields: (name, label, type)."""
    uid = f"wpcf7-f{form_id}-p{post_id}-o1"
    rows = "".join(f'<p><label>{lab}<br /><span class="wpcf7-form-control-wrap" data-name="{n}">'
                   f'<input size="40" class="wpcf7-form-control wpcf7-{t} wpcf7-validates-as-required" '
                   f'aria-required="true" value="" type="{t}" name="{n}" /></span></label></p>' for n, lab, t in fields)
    if textarea:
        rows += (f'<p><label>{textarea[1]}<br /><span class="wpcf7-form-control-wrap" data-name="{textarea[0]}">'
                 f'<textarea cols="40" rows="10" class="wpcf7-form-control wpcf7-textarea" name="{textarea[0]}"></textarea>'
                 '</span></label></p>')
    return (f'<div class="wpcf7 no-js" id="{uid}" lang="fr-FR" dir="ltr"><div class="screen-reader-response">'
            '<p role="status" aria-live="polite" aria-atomic="true"></p></div>'
            f'<form action="{action}#{uid}" method="post" class="wpcf7-form init" aria-label="Formulaire de contact" '
            'novalidate="novalidate" data-status="init"><div style="display: none;">'
            f'<input type="hidden" name="_wpcf7" value="{form_id}" /><input type="hidden" name="_wpcf7_version" value="5.9.3" />'
            f'<input type="hidden" name="_wpcf7_locale" value="fr_FR" /><input type="hidden" name="_wpcf7_unit_tag" value="{uid}" />'
            f'<input type="hidden" name="_wpcf7_container_post" value="{post_id}" /></div>{rows}'
            f'<p><input class="wpcf7-form-control wpcf7-submit has-spinner" type="submit" value="{submit}" /></p>'
            '<div class="wpcf7-response-output" aria-hidden="true"></div></form></div>')


def gravity(form_id, action, fields, title=None, submit="Envoyer"):
    """Gravity Forms. fields: (label, kind, choices) with kind text/email/textarea/radio/select/file."""
    out = []
    for i, (label, kind, choices) in enumerate(fields, start=1):
        fid = f"input_{form_id}_{i}"
        if kind == "textarea":
            ctl = f"<div class='ginput_container ginput_container_textarea'><textarea name='input_{i}' id='{fid}' class='textarea medium' rows='10' cols='50'></textarea></div>"
        elif kind == "radio":
            opts = "".join(f"<div class='gchoice gchoice_{form_id}_{i}_{j}'><input class='gfield-choice-input' name='input_{i}' type='radio' value='{escape(c)}' id='choice_{form_id}_{i}_{j}' /><label for='choice_{form_id}_{i}_{j}'>{c}</label></div>" for j, c in enumerate(choices))
            ctl = f"<div class='ginput_container ginput_container_radio'><div class='gfield_radio' id='{fid}'>{opts}</div></div>"
        elif kind == "select":
            opts = "".join(f"<option value='{escape(c)}'>{c}</option>" for c in choices)
            ctl = f"<div class='ginput_container ginput_container_select'><select name='input_{i}' id='{fid}' class='medium gfield_select'>{opts}</select></div>"
        elif kind == "file":
            ctl = f"<div class='ginput_container ginput_container_fileupload'><input name='input_{i}' id='{fid}' type='file' class='medium' /></div>"
        else:
            ctl = f"<div class='ginput_container ginput_container_{kind}'><input name='input_{i}' id='{fid}' type='{kind}' value='' class='large' /></div>"
        out.append(f'<div id="field_{form_id}_{i}" class="gfield gfield--type-{kind} field_sublabel_below gfield_visibility_visible">'
                   f"<label class='gfield_label gform-field-label' for='{fid}'>{label}</label>{ctl}</div>")
    head = f"<div class='gform_heading'><h2 class='gform_title'>{title}</h2></div>" if title else ""
    return (f"<div class='gf_browser_chrome gform_wrapper gravity-theme gform-theme--no-framework' id='gform_wrapper_{form_id}'>{head}"
            f"<form method='post' enctype='multipart/form-data' id='gform_{form_id}' action='{action}' novalidate>"
            f"<div class='gform-body gform_body'><div id='gform_fields_{form_id}' class='gform_fields top_label form_sublabel_below description_below'>"
            f"{''.join(out)}</div></div><div class='gform_footer top_label'><input type='submit' id='gform_submit_button_{form_id}' "
            f"class='gform_button button' value='{submit}' /><input type='hidden' class='gform_hidden' name='is_submit_{form_id}' value='1' />"
            f"<input type='hidden' class='gform_hidden' name='gform_submit' value='{form_id}' /></div></form></div>")


def wpforms(form_id, action, fields, submit="Envoyer"):
    """WPForms lite. fields: (label, kind) with kind text/email/textarea."""
    rows = []
    for i, (label, kind) in enumerate(fields, start=1):
        fid = f"wpforms-{form_id}-field_{i}"
        ctl = (f'<textarea id="{fid}" class="wpforms-field-medium" name="wpforms[fields][{i}]"></textarea>' if kind == "textarea"
               else f'<input type="{kind}" id="{fid}" class="wpforms-field-medium" name="wpforms[fields][{i}]" >')
        rows.append(f'<div id="{fid}-container" class="wpforms-field wpforms-field-{kind}" data-field-id="{i}">'
                    f'<label class="wpforms-field-label" for="{fid}">{label}</label>{ctl}</div>')
    return (f'<div class="wpforms-container wpforms-container-full" id="wpforms-{form_id}"><form id="wpforms-form-{form_id}" '
            f'class="wpforms-validate wpforms-form" data-formid="{form_id}" method="post" enctype="multipart/form-data" action="{action}">'
            f'<div class="wpforms-field-container">{"".join(rows)}</div><div class="wpforms-submit-container">'
            f'<input type="hidden" name="wpforms[id]" value="{form_id}"><button type="submit" name="wpforms[submit]" '
            f'id="wpforms-submit-{form_id}" class="wpforms-submit" data-alt-text="Envoi..." aria-live="assertive" value="wpforms-submit">{submit}</button></div></form></div>')


def wp_polls(poll_id, question, answers):
    """WP-Polls widget, open for voting."""
    base = poll_id * 10
    items = "".join(f'<li><input type="radio" id="poll-answer-{base + i}" name="poll_{poll_id}" value="{base + i}" /> '
                    f'<label for="poll-answer-{base + i}">{a}</label></li>' for i, a in enumerate(answers))
    return (f'<div id="polls-{poll_id}" class="wp-polls"><form id="polls_form_{poll_id}" class="wp-polls-form" action="/index.php" method="post">'
            f'<p style="display: none;"><input type="hidden" id="poll_{poll_id}_nonce" name="wp-polls-nonce" value="3f9c1a7e2b" /></p>'
            f'<p style="display: none;"><input type="hidden" name="poll_id" value="{poll_id}" /></p>'
            f'<p style="text-align: center;"><strong>{question}</strong></p><div id="polls-{poll_id}-ans" class="wp-polls-ans">'
            f'<ul class="wp-polls-ul">{items}</ul><p style="text-align: center;"><input type="button" name="vote" value="   Voter   " '
            f'class="Buttons" onclick="poll_vote({poll_id});" /></p><p style="text-align: center;"><a href="#ViewPollResults" '
            f'onclick="poll_result({poll_id}); return false;" title="Voir les résultats de ce sondage">Voir les résultats</a></p>'
            f'</div></form></div><div id="polls-{poll_id}-loading" class="wp-polls-loading"><img src="/wp-content/plugins/wp-polls/images/loading.gif" width="16" height="16" alt="Chargement..." class="wp-polls-image" />&nbsp;Chargement...</div>')


def wp_polls_closed(poll_id, question, results, total):
    """WP-Polls results of a closed poll: bars, no form."""
    rows = "".join(f'<li>{a} <small>({p}%, {v} votes)</small><div class="pollbar" style="width: {p}%;" title="{a} ({p}% | {v} votes)"></div></li>'
                   for a, p, v in results)
    return (f'<div id="polls-{poll_id}" class="wp-polls"><p style="text-align: center;"><strong>{question}</strong></p>'
            f'<div id="polls-{poll_id}-ans" class="wp-polls-ans"><ul class="wp-polls-ul">{rows}</ul>'
            f'<p style="text-align: center;">Votants : <strong>{total}</strong></p><p style="text-align: center;">Ce sondage est clos.</p></div></div>')


def yop_poll(poll_id, question, answers):
    """YOP Poll 6 (basic template)."""
    items = "".join(f'<li class="basic-answer" style="padding:0px 0px;" data-id="{poll_id * 7 + i}" data-type="text" data-vn="0" data-color="#000">'
                    f'<div class="basic-answer-content basic-text-vertical"><label for="answer[{poll_id * 7 + i}]" class="basic-answer-label">'
                    f'<input type="radio" id="answer[{poll_id * 7 + i}]" name="answer[{poll_id}]" value="{poll_id * 7 + i}" autocomplete="off">'
                    f'<span class="basic-text" style="color: #000;">{a}</span></label></div></li>' for i, a in enumerate(answers))
    return (f'<div class="bootstrap-yop yop-poll-mc"><div class="basic-yop-poll-container" style="background-color:#fff; border:1px; border-style:solid; border-color:#ccc; border-radius:0px; padding:10px 10px;" '
            f'data-id="{poll_id}" data-temp="basic" data-skin="minimal" data-cscheme="blue" data-cap="0" data-access="guest" '
            f'data-show-results-to="guest" data-show-results-moment="after-vote" data-is-ended="0">'
            '<div class="basic-inner"><div class="basic-message hide"><p></p></div>'
            f'<form class="basic-form"><input type="hidden" name="_token" value="b61f2c0a9e" autocomplete="off"><div class="basic-elements">'
            f'<div class="basic-element basic-question basic-question-text-vertical" data-id="{poll_id}" data-type="question" data-question-type="text" data-required="yes" data-allow-multiple="no">'
            f'<div role="radiogroup" aria-labelledby="pq-{poll_id}"><div class="basic-question-title"><h5 id="pq-{poll_id}">{question}</h5></div>'
            f'<ul class="basic-answers">{items}</ul></div></div></div>'
            '<div class="basic-vote"><button class="button basic-vote-button" style="background:#0b4f6c; color:#fff;">Voter</button></div>'
            '</form></div></div></div>')


def democracy_poll(poll_id, question, answers):
    """Democracy Poll plugin."""
    items = "".join(f'<li><label class="dem__radio_label"><input class="dem__radio" type="radio" value="{poll_id * 5 + i}" '
                    f'name="answer_ids[]"><span class="dem__spot"></span> {a}</label></li>' for i, a in enumerate(answers))
    return (f'<div id="democracy-{poll_id}" class="democracy" data-opts=\'{{"ajax_url":"/wp-admin/admin-ajax.php","pid":{poll_id},"max_answs":1}}\'>'
            f'<strong class="dem-poll-title">{question}</strong><div class="dem-vote-wrap"><form method="POST" action="#democracy-{poll_id}">'
            f'<ul class="dem-vote">{items}</ul><div class="dem-bottom"><input type="hidden" name="dem_act" value="vote">'
            f'<input type="hidden" name="dem_pid" value="{poll_id}"><div class="dem-vote-button"><input class="dem-button" type="submit" value="Voter" data-dem-act="vote"></div>'
            f'<div class="dem-results-link"><a href="#" rel="nofollow" data-dem-act="view">Résultats</a></div></div></form></div></div>')


def wp_comments(post_id, comments, open_=True):
    """Native WordPress comments: list and (when open) the comment form."""
    items = "".join(f'<li id="comment-{post_id * 10 + i}" class="comment {"even" if i % 2 == 0 else "odd"} thread-{"even" if i % 2 == 0 else "odd"} depth-1">'
                    f'<article id="div-comment-{post_id * 10 + i}" class="comment-body"><footer class="comment-meta">'
                    f'<div class="comment-author vcard"><b class="fn">{who}</b> <span class="says">dit :</span></div>'
                    f'<div class="comment-metadata"><a href="#comment-{post_id * 10 + i}"><time>{when}</time></a></div></footer>'
                    f'<div class="comment-content"><p>{text}</p></div>'
                    + (f'<div class="reply"><a rel="nofollow" class="comment-reply-link" href="#respond" '
                       f'data-commentid="{post_id * 10 + i}" data-postid="{post_id}" aria-label="Répondre à {who}">Répondre</a></div>' if open_ else "")
                    + '</article></li>' for i, (who, when, text) in enumerate(comments))
    head = (f'<h2 class="comments-title">{len(comments)} réflexions sur cet article</h2><ol class="comment-list">{items}</ol>'
            if comments else "")
    if not open_:
        return f'<div id="comments" class="comments-area">{head}<p class="no-comments">Les commentaires sont fermés.</p></div>'
    form = ('<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Laisser un commentaire '
            '<small><a rel="nofollow" id="cancel-comment-reply-link" href="#respond" style="display:none;">Annuler la réponse</a></small></h3>'
            '<form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate>'
            '<p class="comment-notes"><span id="email-notes">Votre adresse e-mail ne sera pas publiée.</span> Les champs obligatoires sont indiqués avec <span class="required">*</span></p>'
            '<p class="comment-form-comment"><label for="comment">Commentaire <span class="required">*</span></label> '
            '<textarea id="comment" name="comment" cols="45" rows="8" maxlength="65525" required></textarea></p>'
            '<p class="comment-form-author"><label for="author">Nom <span class="required">*</span></label> <input id="author" name="author" type="text" value="" size="30" maxlength="245" autocomplete="name" required /></p>'
            '<p class="comment-form-email"><label for="email">E-mail <span class="required">*</span></label> <input id="email" name="email" type="email" value="" size="30" maxlength="100" autocomplete="email" required /></p>'
            '<p class="comment-form-cookies-consent"><input id="wp-comment-cookies-consent" name="wp-comment-cookies-consent" type="checkbox" value="yes" /> <label for="wp-comment-cookies-consent">Enregistrer mon nom et mon e-mail dans le navigateur pour mon prochain commentaire.</label></p>'
            f'<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Laisser un commentaire" /> '
            f"<input type='hidden' name='comment_post_ID' value='{post_id}' id='comment_post_ID' /><input type='hidden' name='comment_parent' id='comment_parent' value='0' /></p>"
            '</form></div>')
    return f'<div id="comments" class="comments-area">{head}{form}</div>'


def wpdiscuz(post_id, comments):
    """wpDiscuz comment system."""
    threads = "".join(f"<div id='wpd-comm-{post_id * 10 + i}_0' class='comment {'even' if i % 2 == 0 else 'odd'} thread-even depth-1 wpd-comment wpd_comment_level-1'>"
                      f'<div class="wpd-comment-wrap wpd-blog-guest"><div class="wpd-comment-left"><div class="wpd-avatar"></div></div>'
                      f'<div class="wpd-comment-right"><div class="wpd-comment-header"><div class="wpd-comment-author">{who}</div>'
                      f'<div class="wpd-comment-date" title="{when}">{when}</div></div><div class="wpd-comment-text"><p>{text}</p></div>'
                      '<div class="wpd-comment-footer"><div class="wpd-vote"><div class="wpd-vote-up wpd_not_clicked"></div><div class="wpd-vote-result">0</div></div>'
                      '<div class="wpd-reply-button"><span>Répondre</span></div></div></div></div></div>' for i, (who, when, text) in enumerate(comments))
    return ('<div class="wpdiscuz_top_clearing"></div><div id="comments" class="comments-area"><div id="respond" style="width: 0;height: 0;clear: both;margin: 0;padding: 0;"></div>'
            '<div id="wpdcom" class="wpdiscuz_unauth wpd-default wpd-layout-1 wpd-comments-open"><div class="wpd-form-wrap"><div class="wpd-form-head">'
            '<div class="wpd-sbs-toggle"><i class="far fa-envelope"></i> <span class="wpd-sbs-title">S’abonner</span></div></div>'
            f'<div class="wpd-form wpd-form-wrapper wpd-main-form-wrapper" id="wpd-main-form-wrapper-0_0"><form method="post" enctype="multipart/form-data" data-uploading="false" class="wpd_comm_form wpd_main_comm_form">'
            '<div class="wpd-field-comment"><div class="wpdiscuz-item wc-field-textarea"><div class="wpdiscuz-textarea-wrap"><div id="wpd-editor-wraper-0_0" style="display: none;">'
            '<div id="wpd-editor-char-counter-0_0" class="wpd-editor-char-counter"></div><label style="display: none;" for="wc-textarea-0_0">Label</label>'
            '<textarea id="wc-textarea-0_0" name="wc_comment" class="wc_comment wpd-field" placeholder="Rejoindre la discussion"></textarea></div></div></div></div>'
            '<div class="wpd-form-foot"><div class="wpd-form-row"><div class="wpd-form-col-left"><div class="wpdiscuz-item wc_name-wrapper wpd-has-icon">'
            '<input id="wc_name-0_0" value="" required="required" aria-required="true" class="wc_name wpd-field" type="text" name="wc_name" placeholder="Nom*" maxlength="50" pattern=".{3,50}" title=""></div>'
            '<div class="wpdiscuz-item wc_email-wrapper wpd-has-icon"><input id="wc_email-0_0" value="" class="wc_email wpd-field" type="email" name="wc_email" placeholder="E-mail" /></div></div>'
            '<div class="wpd-form-col-right"><div class="wc-field-submit"><input id="wpd-field-submit-0_0" class="wc_comm_submit wpd_not_clicked wpd-prim-button" type="submit" name="submit" value="Publier le commentaire" aria-label="Publier le commentaire"></div></div></div></div>'
            f'<input type="hidden" class="wpdiscuz_unique_id" value="0_0" name="wpdiscuz_unique_id"></form></div></div>'
            f'<div id="wpd-threads" class="wpd-thread-wrapper"><div class="wpd-thread-head"><div class="wpd-thread-info" data-comments-count="{len(comments)}">'
            f"<span class='wpdtc' title='{len(comments)}'>{len(comments)}</span> commentaires</div></div>"
            f'<div class="wpd-comment-info-bar"></div><div class="wpd-thread-list">{threads}<div class="wpdiscuz-comment-pagination"></div></div></div></div></div>'
            f'<div id="wpdiscuz-loading-bar" class="wpdiscuz-loading-bar-unauth"></div>')


# --------------------------------------------------------------------------------------------------
# Drupal


def webform(form_id, node, questions, textareas=(), intro=""):
    """Drupal Webform. questions: (label, choices); textareas: (key, label)."""
    parts = [f'<div class="webform-element-description">{intro}</div>' if intro else ""]
    for qi, (label, choices) in enumerate(questions, start=1):
        key = f"question_{qi}"
        opts = "".join(f'<div class="js-form-item form-item js-form-type-radio form-type-radio js-form-item-{key} form-item-{key}">'
                       f'<input data-drupal-selector="edit-{key}-{ci}" type="radio" id="edit-{key}-{ci}" name="{key}" value="{ci}" class="form-radio" />'
                       f'<label for="edit-{key}-{ci}" class="option">{c}</label></div>' for ci, c in enumerate(choices))
        parts.append(f'<fieldset data-drupal-selector="edit-{key}" class="radios--wrapper fieldgroup form-composite webform-composite-visible-title js-webform-type-radios webform-type-radios js-form-item form-item js-form-wrapper form-wrapper" id="edit-{key}--wrapper">'
                     f'<legend><span class="fieldset-legend js-form-required form-required">{label}</span></legend><div class="fieldset-wrapper">'
                     f'<div id="edit-{key}" class="js-webform-radios webform-options-display-one-column form-radios">{opts}</div></div></fieldset>')
    for key, label in textareas:
        parts.append(f'<div class="js-form-item form-item js-form-type-textarea form-type-textarea js-form-item-{key} form-item-{key}">'
                     f'<label for="edit-{key}">{label}</label><div class="form-textarea-wrapper"><textarea data-drupal-selector="edit-{key}" '
                     f'id="edit-{key}" name="{key}" rows="5" cols="60" class="form-textarea resize-vertical"></textarea></div></div>')
    sel = form_id.replace("_", "-")
    return (f'<form class="webform-submission-form webform-submission-add-form webform-submission-{sel}-form webform-submission-{sel}-add-form js-webform-details-toggle webform-details-toggle" '
            f'data-drupal-selector="webform-submission-{sel}-add-form" action="{node}" method="post" id="webform-submission-{sel}-add-form" accept-charset="UTF-8">'
            f'{"".join(parts)}<div data-drupal-selector="edit-actions" class="form-actions webform-actions js-form-wrapper form-wrapper" id="edit-actions">'
            '<input class="webform-button--submit button button--primary js-form-submit form-submit" data-drupal-selector="edit-actions-submit" type="submit" id="edit-actions-submit" name="op" value="Envoyer" /></div>'
            f'<input autocomplete="off" data-drupal-selector="form-x{_n(form_id, 99999, 1000)}" type="hidden" name="form_build_id" value="form-x{_n(form_id, 99999, 1000)}" />'
            f'<input data-drupal-selector="edit-webform-submission-{sel}-add-form" type="hidden" name="form_id" value="webform_submission_{form_id}_add_form" /></form>')


def webform_contact(form_id, node, fields, message_label="Votre message", message_name="message"):
    """Drupal Webform used as a contact form. fields: (key, label, type)."""
    rows = "".join(f'<div class="js-form-item form-item js-form-type-{t} form-type-{t} js-form-item-{k} form-item-{k}">'
                   f'<label for="edit-{k}" class="js-form-required form-required">{lab}</label>'
                   f'<input data-drupal-selector="edit-{k}" type="{t}" id="edit-{k}" name="{k}" value="" size="60" class="form-{t} required" required="required" /></div>'
                   for k, lab, t in fields)
    rows += (f'<div class="js-form-item form-item js-form-type-textarea form-type-textarea js-form-item-{message_name} form-item-{message_name}">'
             f'<label for="edit-{message_name}" class="js-form-required form-required">{message_label}</label><div class="form-textarea-wrapper">'
             f'<textarea data-drupal-selector="edit-{message_name}" id="edit-{message_name}" name="{message_name}" rows="6" cols="60" class="form-textarea required resize-vertical" required="required"></textarea></div></div>')
    sel = form_id.replace("_", "-")
    return (f'<form class="webform-submission-form webform-submission-add-form webform-submission-{sel}-form" data-drupal-selector="webform-submission-{sel}-add-form" '
            f'action="{node}" method="post" id="webform-submission-{sel}-add-form" accept-charset="UTF-8">{rows}'
            '<div data-drupal-selector="edit-actions" class="form-actions webform-actions js-form-wrapper form-wrapper" id="edit-actions">'
            '<input class="webform-button--submit button button--primary js-form-submit form-submit" data-drupal-selector="edit-actions-submit" type="submit" id="edit-actions-submit" name="op" value="Envoyer le message" /></div>'
            f'<input data-drupal-selector="edit-webform-submission-{sel}-add-form" type="hidden" name="form_id" value="webform_submission_{form_id}_add_form" /></form>')


def drupal_poll_block(poll_id, question, choices):
    opts = "".join(f'<div class="js-form-item form-item js-form-type-radio form-type-radio js-form-item-choice form-item-choice">'
                   f'<input data-drupal-selector="edit-choice-{poll_id * 10 + i}" type="radio" id="edit-choice-{poll_id * 10 + i}" name="choice" value="{poll_id * 10 + i}" class="form-radio" />'
                   f'<label for="edit-choice-{poll_id * 10 + i}" class="option">{c}</label></div>' for i, c in enumerate(choices))
    return (f'<div id="block-sondagedumoment" class="block block-poll block-poll-recent-block"><h2>Sondage</h2>'
            f'<form class="poll-view-form poll-view-form-{poll_id}" data-drupal-selector="poll-view-form-{poll_id}" action="/poll/{poll_id}" method="post" id="poll-view-form-{poll_id}" accept-charset="UTF-8">'
            f'<div class="poll"><div class="poll-question"><h3>{question}</h3></div><fieldset data-drupal-selector="edit-choice" id="edit-choice--wrapper" class="fieldgroup form-composite js-form-item form-item js-form-wrapper form-wrapper">'
            f'<legend><span class="visually-hidden fieldset-legend">Choix</span></legend><div class="fieldset-wrapper"><div id="edit-choice" class="form-radios">{opts}</div></div></fieldset>'
            '<input data-drupal-selector="edit-vote" type="submit" id="edit-vote" name="op" value="Voter" class="button js-form-submit form-submit" /></div>'
            f'<input data-drupal-selector="edit-poll-view-form-{poll_id}" type="hidden" name="form_id" value="poll_view_form_{poll_id}" /></form></div>')


def drupal_comments(node, comments, open_=True):
    arts = "".join(f'<article role="article" data-comment-user-id="0" id="comment-{_n(node + who, 900, 10)}" class="comment js-comment by-anonymous">'
                   f'<span class="hidden" data-comment-timestamp="1709{i}22000"></span><footer class="comment__meta"><p class="comment__author"><span lang="" typeof="schema:Person" property="schema:author">{who}</span></p>'
                   f'<p class="comment__time">{when}</p></footer><div class="comment__content"><div class="clearfix text-formatted field field--name-comment-body field--type-text-long field--label-hidden field__item"><p>{text}</p></div>'
                   f'<ul class="links inline"><li><a href="#comment-{_n(node + who, 900, 10)}">Permalien</a></li></ul></div></article>'
                   for i, (who, when, text) in enumerate(comments))
    form = ""
    if open_:
        form = (f'<h2 class="title comment-form__title">Ajouter un commentaire</h2><form class="comment-comment-form comment-form" data-drupal-selector="comment-form" '
                f'action="/comment/reply/node/{node}/comment" method="post" id="comment-form" accept-charset="UTF-8">'
                '<div class="js-form-item form-item js-form-type-textfield form-type-textfield js-form-item-name form-item-name"><label for="edit-name">Votre nom</label>'
                '<input data-drupal-selector="edit-name" type="text" id="edit-name" name="name" value="" size="30" maxlength="60" class="form-text" /></div>'
                '<div class="field--type-text-long field--name-comment-body field--widget-text-textarea js-form-wrapper form-wrapper" data-drupal-selector="edit-comment-body-wrapper" id="edit-comment-body-wrapper">'
                '<div class="js-form-item form-item js-form-type-textarea form-type-textarea js-form-item-comment-body-0-value form-item-comment-body-0-value">'
                '<label for="edit-comment-body-0-value" class="js-form-required form-required">Commentaire</label><div class="form-textarea-wrapper">'
                '<textarea class="js-text-full text-full form-textarea required resize-vertical" data-drupal-selector="edit-comment-body-0-value" id="edit-comment-body-0-value" name="comment_body[0][value]" rows="5" cols="60" required="required" aria-required="true"></textarea></div></div></div>'
                '<input data-drupal-selector="edit-comment-comment-form" type="hidden" name="form_id" value="comment_comment_form" />'
                '<div data-drupal-selector="edit-actions" class="form-actions js-form-wrapper form-wrapper" id="edit-actions"><input data-drupal-selector="edit-submit" type="submit" id="edit-submit" name="op" value="Enregistrer" class="button button--primary js-form-submit form-submit" /></div></form>')
    else:
        form = '<p class="comment-closed">Les commentaires sont fermés pour ce contenu.</p>'
    return (f'<section class="field field--name-comment field--type-comment field--label-above comment-wrapper">'
            f'<h2 class="title comment-section-title">Commentaires</h2>{arts}{form}</section>')


# --------------------------------------------------------------------------------------------------
# Joomla


def joomla_contact(action, contact_id):
    return (f'<div class="com-contact contact"><form id="contact-form" action="{action}" method="post" class="com-contact__form form-validate">'
            '<fieldset class="m-0"><legend>Envoyer un e-mail</legend>'
            '<div class="control-group"><div class="control-label"><label id="jform_contact_name-lbl" for="jform_contact_name" class="required">Nom<span class="star" aria-hidden="true">&#160;*</span></label></div>'
            '<div class="controls"><input type="text" name="jform[contact_name]" id="jform_contact_name" value="" class="form-control required" size="30" required></div></div>'
            '<div class="control-group"><div class="control-label"><label id="jform_contact_email-lbl" for="jform_contact_email" class="required">E-mail<span class="star" aria-hidden="true">&#160;*</span></label></div>'
            '<div class="controls"><input type="email" inputmode="email" name="jform[contact_email]" class="form-control validate-email required" id="jform_contact_email" value="" size="30" autocomplete="email" required></div></div>'
            '<div class="control-group"><div class="control-label"><label id="jform_contact_emailmsg-lbl" for="jform_contact_emailmsg" class="required">Objet</label></div>'
            '<div class="controls"><input type="text" name="jform[contact_subject]" id="jform_contact_emailmsg" value="" class="form-control required" size="60" required></div></div>'
            '<div class="control-group"><div class="control-label"><label id="jform_contact_message-lbl" for="jform_contact_message" class="required">Message</label></div>'
            '<div class="controls"><textarea name="jform[contact_message]" id="jform_contact_message" cols="50" rows="10" class="form-control required" maxlength="1000" required></textarea></div></div>'
            '</fieldset><div class="control-group"><div class="controls"><button class="btn btn-primary validate" type="submit">Envoyer l\'e-mail</button>'
            f'<input type="hidden" name="option" value="com_contact"><input type="hidden" name="task" value="contact.submit"><input type="hidden" name="return" value=""><input type="hidden" name="id" value="{contact_id}:mairie">'
            '<input type="hidden" name="9f2c1b8e7d" value="1"></div></div></form></div>')


def jcomments(object_id, comments):
    items = "".join(f'<div class="{"even" if i % 2 == 0 else "odd"}" id="comment-item-{object_id * 10 + i}"><div class="rbox"><div class="comment-box usertype-guest">'
                    f'<a class="comment-anchor" href="#comment-{object_id * 10 + i}" id="comment-{object_id * 10 + i}">#{i + 1}</a> '
                    f'<span class="comment-author">{who}</span> <span class="comment-date">{when}</span>'
                    f'<div class="comment-body" id="comment-body-{object_id * 10 + i}">{text}</div></div></div></div>'
                    for i, (who, when, text) in enumerate(comments))
    return (f'<div id="jc"><div id="comments"><h4>Commentaires</h4>'
            f'<div id="comments-list" class="comments-list">{items}</div></div>'
            '<h4>Ajouter un commentaire</h4><a id="addcomments" href="#addcomments"></a>'
            '<form id="comments-form" name="comments-form" action="javascript:void(null);">'
            '<p><span><input id="comments-form-name" type="text" name="name" value="" maxlength="20" size="22" tabindex="1" /><label for="comments-form-name">Nom (obligatoire)</label></span></p>'
            '<p><span><input id="comments-form-email" type="text" name="email" value="" size="22" tabindex="2" /><label for="comments-form-email">E-mail (obligatoire, non publié)</label></span></p>'
            '<p><span><textarea id="comments-form-comment" name="comment" cols="65" rows="8" tabindex="5"></textarea></span></p>'
            '<div id="comments-form-buttons"><div class="btn" id="comments-form-send"><div><a href="#" tabindex="7" onclick="jcomments.saveComment();return false;" title="Envoyer (Ctrl+Enter)">Envoyer</a></div></div></div>'
            f'<div><input type="hidden" name="object_id" value="{object_id}" /><input type="hidden" name="object_group" value="com_content" /></div></form>'
            '<script type="text/javascript">function JCommentsInitializeForm(){var jcEditor = new JCommentsEditor(\'comments-form-comment\', true);}</script></div>')


def joomla_poll(poll_id, question, choices):
    """The Joomla poll module (mod_poll of the community polls component)."""
    opts = "".join(f'<li><input type="radio" name="voteid" id="voteid{poll_id * 10 + i}" value="{poll_id * 10 + i}" /> '
                   f'<label for="voteid{poll_id * 10 + i}">{c}</label></li>' for i, c in enumerate(choices))
    return (f'<div class="moduletable poll"><h3>Sondage</h3><form action="/index.php" method="post" name="form_poll_{poll_id}" id="form_poll_{poll_id}" class="poll">'
            f'<h4>{question}</h4><ul class="poll-list list-unstyled">{opts}</ul>'
            '<div class="poll-buttons"><input type="submit" name="task_button" class="btn btn-primary" value="Voter" /> '
            '<input type="submit" name="task_button" class="btn btn-link" value="Résultats" formaction="/index.php?option=com_poll&amp;task=results" /></div>'
            f'<input type="hidden" name="option" value="com_poll" /><input type="hidden" name="task" value="vote" /><input type="hidden" name="id" value="{poll_id}" />'
            '<input type="hidden" name="4a7c21f0e9" value="1" /></form></div>')


def acymailing(form_key):
    return (f'<div class="acym_module" id="acym_module_formAcym{form_key}"><div class="acym_fulldiv" id="acym_fulldiv_formAcym{form_key}">'
            f'<form enctype="multipart/form-data" id="formAcym{form_key}" name="formAcym{form_key}" method="POST" action="/index.php?option=com_acym&amp;ctrl=frontusers&amp;tmpl=component">'
            '<div class="acym_module_form"><div class="acym_introtext">Recevez la lettre d\'information de la ville</div><div class="acym_form">'
            f'<div class="onefield fieldacy2 acyfield_text" id="field_2"><label class="cell margin-top-1"><span class="acym__users__creation__fields__title">Adresse e-mail</span>'
            f'<input id="email_field_{form_key}" name="user[email]" value="" data-authorized-content="{{&quot;0&quot;:&quot;all&quot;}}" required type="email" class="cell acym__user__edit__email"></label></div></div>'
            '<p class="acysubbuttons"><noscript>Activez JavaScript</noscript><input type="button" class="btn btn-primary button subbutton" value="S\'abonner" name="Submit" onclick="try{ return submitAcymForm(\'subscribe\',\'formAcym' + str(form_key) + '\', \'acymSubmitSubForm\'); }catch(err){alert(\'The form could not be submitted \'+err);return false;}"/></p>'
            '<input type="hidden" name="ctrl" value="frontusers"/><input type="hidden" name="task" value="notask"/><input type="hidden" name="option" value="com_acym"/></div></form></div></div>')


# --------------------------------------------------------------------------------------------------
# TYPO3


def powermail(uid, action, fields, message=("message", "Votre message"), title="Écrire à la mairie"):
    rows = "".join(f'<div class="powermail_fieldwrap powermail_fieldwrap_type_input powermail_fieldwrap_{k} form-group">'
                   f'<label for="powermail_field_{k}" class="control-label" title="">{lab}<span class="mandatory">*</span></label>'
                   f'<div class=""><input required="required" aria-required="true" data-parsley-required-message="Ce champ doit être rempli !" '
                   f'data-parsley-trigger="change" class="powermail_input form-control" id="powermail_field_{k}" type="{t}" name="tx_powermail_pi1[field][{k}]" value="" /></div></div>'
                   for k, lab, t in fields)
    if message:
        rows += (f'<div class="powermail_fieldwrap powermail_fieldwrap_type_textarea powermail_fieldwrap_{message[0]} form-group">'
                 f'<label for="powermail_field_{message[0]}" class="control-label">{message[1]}<span class="mandatory">*</span></label>'
                 f'<div class=""><textarea required="required" rows="5" cols="20" class="powermail_textarea form-control" name="tx_powermail_pi1[field][{message[0]}]" id="powermail_field_{message[0]}"></textarea></div></div>')
    return (f'<div class="tx-powermail"><div class="container-fluid"><form data-parsley-validate="data-parsley-validate" data-validate="html5" enctype="multipart/form-data" '
            f'name="field" class="powermail_form powermail_form_{uid} nolabel" action="{action}?tx_powermail_pi1%5Baction%5D=create&amp;tx_powermail_pi1%5Bcontroller%5D=Form&amp;cHash=9a0c2e51" method="post">'
            f'<h3>{title}</h3><fieldset class="powermail_fieldset powermail_fieldset_{uid}">{rows}'
            '<div class="powermail_fieldwrap powermail_fieldwrap_type_submit form-group"><div class="col-sm-offset-2 col-sm-10"><input class="btn btn-primary" type="submit" value="Envoyer" /></div></div></fieldset>'
            f'<input class="powermail_form_uid" type="hidden" name="tx_powermail_pi1[mail][form]" value="{uid}" /></form></div></div>')


def t3_form(identifier, action, questions, submit="Valider mes réponses"):
    """The TYPO3 form framework (ext:form), radio questions."""
    parts = []
    for qi, (label, choices) in enumerate(questions, start=1):
        name = f"tx_form_formframework[{identifier}][radiobutton-{qi}]"
        opts = "".join(f'<div class="form-check"><label class="form-check-label" for="{identifier}-radiobutton-{qi}-{ci}">'
                       f'<input class="form-check-input" id="{identifier}-radiobutton-{qi}-{ci}" type="radio" name="{name}" value="{escape(c)}" /><span>{c}</span></label></div>'
                       for ci, c in enumerate(choices))
        parts.append(f'<div class="form-group"><fieldset id="{identifier}-radiobutton-{qi}" class="form-group"><legend class="form-label">{label}'
                     f'<span class="required">*</span></legend><div class="form-check-list">{opts}</div></fieldset></div>')
    return (f'<form enctype="multipart/form-data" method="post" id="{identifier}" action="{action}?tx_form_formframework%5Baction%5D=perform&amp;tx_form_formframework%5Bcontroller%5D=FormFrontend&amp;cHash=51be02" novalidate>'
            f'<div><input type="hidden" name="tx_form_formframework[{identifier}][__state]" value="TzozOToiVFlQTzNcQ01TXEZvcm0" />'
            f'<input type="hidden" name="tx_form_formframework[__trustedProperties]" value="{{&quot;{identifier}&quot;:1}}" /></div>'
            f'{"".join(parts)}<nav class="form-navigation"><div class="btn-toolbar" role="toolbar"><div class="btn-group" role="group">'
            f'<span class="btn-group next submit"><button class="btn btn-primary" type="submit" name="tx_form_formframework[{identifier}][__currentPage]" value="1">{submit}</button></span>'
            '</div></div></nav></form>')


# --------------------------------------------------------------------------------------------------
# SPIP


def spip_forum(article, messages, form=True):
    """The forum of a SPIP article: its messages (threads) and the posting form."""
    items = "".join(f'<li class="comment-item comment-fil"><div class="comment hentry comment-item" id="forum{article * 10 + i}">'
                    f'<p class="comment-meta"><a href="#forum{article * 10 + i}" title="Lien permanent">#</a> <abbr class="published">{when}</abbr>, par '
                    f'<strong class="fn n">{who}</strong></p><h3 class="comment-titre">{title}</h3><div class="comment-content"><p>{text}</p></div>'
                    f'<p class="comment-reply"><a href="#formulaire_forum_{article}" rel="noindex nofollow">Répondre à ce message</a></p></div></li>'
                    for i, (title, who, when, text) in enumerate(messages))
    out = (f'<div class="comments"><a href="#comments" id="comments"></a><h2 class="h2">{len(messages)} Messages</h2>'
           f'<ul class="comments-items">{items}</ul></div>')
    if form:
        out += spip_forum_form(article)
    return out


def spip_forum_form(article):
    return (f'<a href="#formulaire_forum" id="formulaire_forum"></a><h2 class="h2">Un message, un commentaire ?</h2>'
            f'<div class="formulaire_spip formulaire_forum ajax" id="formulaire_forum_{article}"><form action="spip.php?article{article}#formulaire_forum" method="post" enctype="multipart/form-data">'
            f'<div><input name="formulaire_action" type="hidden" value="forum"><input name="formulaire_action_args" type="hidden" value="Xz{article}aqPL">'
            f'<input name="id_article" type="hidden" value="{article}"></div>'
            '<fieldset class="qui"><legend>Qui êtes-vous ?</legend><div class="editer-groupe">'
            '<div class="editer saisie_session_nom"><label for="session_nom">Votre nom</label><input type="text" class="text" name="session_nom" id="session_nom" value="" size="40" autocapitalize="off" autocorrect="off"></div>'
            '<div class="editer saisie_session_email"><label for="session_email">Votre adresse email</label><input type="email" class="text email" name="session_email" id="session_email" value="" size="40" autocapitalize="off" autocorrect="off"></div>'
            '</div></fieldset><fieldset><legend>Votre message</legend><div class="editer-groupe">'
            '<div class="editer saisie_titre obligatoire"><label for="titre">Titre (obligatoire)</label><input type="text" class="text" name="titre" id="titre" value="" size="60"></div>'
            '<div class="editer saisie_texte obligatoire"><label for="texte">Texte de votre message (obligatoire)</label>'
            '<p class="explication">Pour créer des paragraphes, laissez simplement des lignes vides.</p><textarea name="texte" id="texte" rows="10" cols="60"></textarea></div>'
            '</div></fieldset><p style="display:none;"><label for="nobot_forum">Laisser ce champ vide</label><input type="text" class="text" name="nobot" id="nobot_forum" value="" size="10"></p>'
            '<p class="boutons"><input type="submit" class="submit" name="previsualiser_message" value="Prévisualiser"></p></form></div>')


def spip_petition(article, signatures, open_=True):
    sig = "".join(f'<li class="signature" id="sig{article * 10 + i}"><span class="nom_signataire">{who}</span> <span class="date">{when}</span>'
                  + (f'<div class="message">{msg}</div>' if msg else "") + "</li>" for i, (who, when, msg) in enumerate(signatures))
    form = ""
    if open_:
        form = (f'<div class="formulaire_spip formulaire_signature ajax" id="sp{article}"><h2 class="h2">Signer cette pétition</h2>'
                f'<form method="post" action="spip.php?article{article}#sp{article}"><div><input name="formulaire_action" type="hidden" value="signature">'
                f'<input name="formulaire_action_args" type="hidden" value="sG{article}q"><input name="id_article" type="hidden" value="{article}"></div>'
                '<fieldset><legend>Votre signature</legend><div class="editer-groupe">'
                '<div class="editer saisie_session_nom obligatoire"><label for="session_nom">Votre nom ou pseudo</label><input type="text" class="text" name="session_nom" id="session_nom" value="" size="20"></div>'
                '<div class="editer saisie_session_email obligatoire"><label for="session_email">Votre adresse email</label><input type="email" class="text email" name="session_email" id="session_email" value="" size="20"></div>'
                '</div></fieldset><fieldset><legend>Un message, un commentaire ?</legend><div class="editer-groupe"><div class="editer saisie_message">'
                '<label for="message">Votre message</label><textarea name="message" id="message" rows="4" cols="40"></textarea></div></div></fieldset>'
                '<p class="boutons"><input type="submit" class="submit" value="Valider"></p></form>'
                '<p class="explication">Après validation, vous recevrez un courriel pour confirmer votre signature.</p></div>')
    return (form + f'<div class="petition"><h2 class="h2">{len(signatures)} signatures</h2><ul class="signatures">{sig}</ul>'
            '</div>')


def spip_formidable(form_id, action, questions, textarea=None):
    parts = []
    for qi, (label, choices) in enumerate(questions, start=1):
        opts = "".join(f'<div class="choix choix_{ci}"><input type="radio" name="radio_{qi}" class="radio" id="champ_radio_{qi}_{ci}" value="choix{ci}">'
                       f'<label for="champ_radio_{qi}_{ci}">{c}</label></div>' for ci, c in enumerate(choices))
        parts.append(f'<div class="editer saisie_radio editer_radio_{qi} obligatoire" data-id="radio_{qi}"><label class="label">{label}<span class="obligatoire"> (obligatoire)</span></label>{opts}</div>')
    if textarea:
        parts.append(f'<div class="editer saisie_textarea editer_textarea_1"><label class="label" for="champ_textarea_1">{textarea}</label>'
                     '<textarea name="textarea_1" class="textarea" id="champ_textarea_1" rows="5" cols="40"></textarea></div>')
    return (f'<div class="formulaire_spip formulaire_formidable formulaire_formidable_{form_id} formulaire_formidable-{form_id}" id="formulaire_formidable_{form_id}">'
            f'<form method="post" action="{action}" enctype="multipart/form-data"><div><input name="formulaire_action" type="hidden" value="formidable">'
            f'<input name="formulaire_action_args" type="hidden" value="Fm{form_id}z"></div><div class="editer-groupe">{"".join(parts)}</div>'
            '<p class="boutons"><input type="submit" class="submit" value="Envoyer mes réponses"></p></form></div>')


def spip_contact(action):
    return (f'<div class="formulaire_spip formulaire_ecrire_auteur" id="formulaire_ecrire_auteur"><form method="post" action="{action}">'
            '<div><input name="formulaire_action" type="hidden" value="ecrire_auteur"><input name="formulaire_action_args" type="hidden" value="eA1"></div>'
            '<fieldset><legend>Écrire aux services de la mairie</legend><div class="editer-groupe">'
            '<div class="editer saisie_session_email obligatoire"><label for="email_message_auteur">Votre adresse email</label><input type="email" class="text email" name="email_message_auteur" id="email_message_auteur" value="" size="30"></div>'
            '<div class="editer saisie_sujet_message_auteur obligatoire"><label for="sujet_message_auteur">Sujet</label><input type="text" class="text" name="sujet_message_auteur" id="sujet_message_auteur" value="" size="30"></div>'
            '<div class="editer saisie_texte_message_auteur obligatoire"><label for="texte_message_auteur">Texte de votre message</label><textarea name="texte_message_auteur" id="texte_message_auteur" rows="8" cols="40"></textarea></div>'
            '</div></fieldset><p class="boutons"><input type="submit" class="submit" name="valide" value="Envoyer"></p></form></div>')


# --------------------------------------------------------------------------------------------------
# Publik (w.c.s.)


def wcs_form(slug, fields, submit="Valider", intro=""):
    """A w.c.s. form page. fields: (label, kind) with kind string/email/text/item:<choices separated by |>/file."""
    rows = []
    for i, (label, kind) in enumerate(fields, start=1):
        fid = f"form_f{i}"
        if kind == "text":
            ctl = f'<textarea id="{fid}" name="f{i}" cols="72" rows="8" data-field-id="{i}"></textarea>'
            cls = "TextWidget"
        elif kind.startswith("item:"):
            opts = "".join(f'<option value="{escape(c)}">{c}</option>' for c in kind[5:].split("|"))
            ctl = f'<select id="{fid}" name="f{i}" data-field-id="{i}">{opts}</select>'
            cls = "SingleSelectWidget"
        elif kind == "file":
            ctl = f'<input type="file" id="{fid}" name="f{i}$file" data-field-id="{i}" />'
            cls = "FileWithPreviewWidget"
        else:
            ctl = f'<input type="{"email" if kind == "email" else "text"}" id="{fid}" name="f{i}" value="" data-field-id="{i}" />'
            cls = "EmailWidget" if kind == "email" else "StringWidget"
        rows.append(f'<div class="widget {cls} template-" id="var_f{i}"><div class="title"><label for="{fid}">{label} '
                    f'<span title="Ce champ est obligatoire." class="required">*</span></label></div><div class="content">{ctl}</div></div>')
    head = f'<div class="text-intro">{intro}</div>' if intro else ""
    return (f'<div id="wcs-{slug}" class="wcs-form-page">{head}<form action="/{slug}/" method="post" enctype="multipart/form-data" id="form_{slug}" class="quixote wcs-form" novalidate="novalidate">'
            f'<input type="hidden" name="_form_id" value="form_{slug}" /><input type="hidden" name="_ajax_form_token" value="a7c3e9f0" />'
            f'<div class="page"><div class="form-pages"><h3>Votre demande</h3>{"".join(rows)}</div></div>'
            f'<div class="buttons submit"><div class="buttons-inner"><button name="submit" value="{submit}" class="submit-button">{submit}</button></div>'
            '<div class="buttons-inner"><button name="cancel" value="Abandonner" class="cancel" formnovalidate="formnovalidate">Abandonner</button></div></div></form></div>')


def combo_tiles(items):
    """A Publik (combo) portal cell listing forms."""
    li = "".join(f'<li class="{escape(k)}"><a href="{escape(h)}">{t}</a></li>' for h, t, k in items)
    return f'<div class="cell wcs-category-cell"><h2>Démarches en ligne</h2><div class="links-list"><ul>{li}</ul></div></div>'


# --------------------------------------------------------------------------------------------------
# embeds of form and survey services, third-party comments


def iframe(src, title, height=900):
    return (f'<div class="embed embed--form"><iframe src="{escape(src)}" title="{escape(title)}" width="100%" height="{height}" '
            f'frameborder="0" marginheight="0" marginwidth="0" loading="lazy">Chargement…</iframe></div>')


def typeform(tf_id):
    return (f'<div data-tf-live="{tf_id}"></div><div data-tf-widget="{tf_id}" data-tf-opacity="100" data-tf-iframe-props="title=Questionnaire" '
            'data-tf-transitive-search-params data-tf-medium="snippet" style="width:100%;height:520px;"></div>'
            '<script src="//embed.typeform.com/next/embed.js"></script>')


def tally(form_id, title):
    return (f'<iframe data-tally-src="https://tally.so/embed/{form_id}?alignLeft=1&amp;hideTitle=1&amp;transparentBackground=1&amp;dynamicHeight=1" '
            f'loading="lazy" width="100%" height="640" frameborder="0" marginheight="0" marginwidth="0" title="{escape(title)}"></iframe>'
            '<script>var d=document,w="https://tally.so/widgets/embed.js",v=function(){"undefined"!=typeof Tally?Tally.loadEmbeds():d.querySelectorAll("iframe[data-tally-src]:not([src])").forEach((function(e){e.src=e.dataset.tallySrc}))};if("undefined"!=typeof Tally)v();else if(d.querySelector(\'script[src="\'+w+\'"]\')==null){var s=d.createElement("script");s.src=w,s.onload=v,s.onerror=v,d.body.appendChild(s);}</script>')


def disqus(shortname, url, ident):
    return ('<div id="disqus_thread"></div><script>var disqus_config = function () { '
            f'this.page.url = "{url}"; this.page.identifier = "{ident}"; }};'
            "(function() { var d = document, s = d.createElement('script'); "
            f"s.src = 'https://{shortname}.disqus.com/embed.js'; s.setAttribute('data-timestamp', +new Date()); (d.head || d.body).appendChild(s); }})();</script>"
            '<noscript>Activez JavaScript pour voir les <a href="https://disqus.com/?ref_noscript">commentaires propulsés par Disqus.</a></noscript>')


def fb_comments(url):
    return ('<div id="fb-root"></div><script async defer crossorigin="anonymous" src="https://connect.facebook.net/fr_FR/sdk.js#xfbml=1&amp;version=v19.0" nonce="q8Ra2kLm"></script>'
            f'<div class="fb-comments" data-href="{url}" data-width="100%" data-numposts="8" data-order-by="reverse_time"></div>')


# --------------------------------------------------------------------------------------------------
# platforms' components (rendered inside their themes)


def decidim_process_card(href, title, step, desc):
    return (f'<a href="{escape(href)}" class="card__grid"><div class="card__grid-img"><img src="/rails/active_storage/blobs/redirect/eyJfcmFpbHMi/banniere.jpg" alt=""></div>'
            f'<div class="card__grid-text"><h3 class="h4 text-secondary">{title}</h3><div class="card__grid-metadata"><span class="label">Étape : {step}</span></div>'
            f'<p class="card__grid-text-desc">{desc}</p></div></a>')


def decidim_components(items):
    li = "".join(f'<li><a href="{escape(h)}" class="process-nav__link">{t}</a></li>' for h, t in items)
    return f'<nav class="process-nav" aria-label="Composants"><ul class="process-nav__list">{li}</ul></nav>'


def decidim_proposals(items, new_href):
    cards = "".join(f'<a href="{escape(h)}" class="card__list" id="proposals__proposal_{_n(h, 900, 10)}"><div class="card__list-content">'
                    f'<div class="card__list-title">{t}</div><div class="card__list-metadata"><span>{who}</span>'
                    f'<span><svg class="icon"><use href="#ri-chat-1-line"></use></svg>{c} commentaires</span><span class="label {s[0]}">{s[1]}</span></div></div></a>'
                    for h, t, who, c, s in items)
    return (f'<div class="layout-main__buttons"><a class="button button__sm button__secondary" href="{escape(new_href)}">Nouvelle proposition</a></div>'
            f'<div class="card__list-list" id="proposals">{cards}</div>')


def decidim_new_proposal(action):
    return (f'<form class="form new_proposal proposal_form_admin" id="new_proposal" action="{action}" accept-charset="UTF-8" method="post">'
            '<input type="hidden" name="authenticity_token" value="k3yX9Qd2sVb7Lw0Nf" autocomplete="off" />'
            '<label for="proposal_title">Titre<span title="Champ requis" data-tooltip="true" aria-hidden="true">*</span>'
            '<input maxlength="150" required="required" type="text" name="proposal[title]" id="proposal_title" /></label>'
            '<label for="proposal_body">Proposition<span aria-hidden="true">*</span><textarea required="required" rows="10" name="proposal[body]" id="proposal_body"></textarea></label>'
            '<label for="proposal_address">Adresse<input type="text" name="proposal[address]" id="proposal_address" /></label>'
            '<button type="submit" class="button button__sm button__secondary">Continuer</button></form>')


def decidim_comments(model, model_id, comments):
    items = "".join(f'<div id="comment_{model_id * 10 + i}" class="comment" data-comment-id="{model_id * 10 + i}">'
                    f'<div class="comment__header"><div class="author"><span class="author__name">{who}</span></div>'
                    f'<span class="comment__header-date">{when}</span></div><div class="comment__content"><div class="editor-prosemirror"><p>{text}</p></div></div>'
                    '<div class="comment__footer"><div class="comment__footer-grid"><button class="button button__sm button__text-secondary" data-controls="panel-reply">Répondre</button>'
                    '<div class="comment__votes"><button class="button button__sm button__text-secondary">↑ 0</button></div></div></div></div>'
                    for i, (who, when, text) in enumerate(comments))
    return (f'<section class="layout-main__section"><div id="comments-for-{model}-{model_id}" data-decidim-comments="{{&quot;commentableGid&quot;:&quot;Z2lkOi8v{model_id}&quot;}}">'
            f'<div class="comments" id="comments"><div class="comments__header"><h2 class="h4">{len(comments)} commentaires</h2></div>{items}'
            f'<div class="add-comment"><h3 class="h5">Ajouter un commentaire</h3><form class="form new_comment" id="new_comment_for_{model}_{model_id}" action="/comments" accept-charset="UTF-8" data-remote="true" method="post">'
            f'<input type="hidden" name="comment[commentable_gid]" value="Z2lkOi8v{model_id}" autocomplete="off" />'
            f'<label for="add-comment-{model}-{model_id}">Commentaire</label><textarea minlength="15" maxlength="1000" rows="4" placeholder="Ajoutez votre commentaire" name="comment[body]" id="add-comment-{model}-{model_id}"></textarea>'
            '<button type="submit" class="button button__sm button__secondary">Publier le commentaire</button></form></div></div></div></section>')


def decidim_budget(projects, total):
    rows = "".join(f'<div class="budget-list__item" id="project-{_n(t, 900, 10)}-item"><a href="{escape(h)}" class="card__list"><div class="card__list-content">'
                   f'<div class="card__list-title">{t}</div><div class="card__list-metadata"><span>{amount} €</span></div></div></a>'
                   f'<div class="budget-list__action"><form class="button_to" method="post" action="/budgets/1/order/line_item?project_id={_n(t, 900, 10)}">'
                   f'<button class="button button__sm button__transparent-secondary" data-add="true" type="submit" aria-label="Ajouter {escape(t)} à votre vote">Ajouter</button></form></div></div>'
                   for h, t, amount in projects)
    return (f'<div class="budget-summary" data-safe-url="/budgets/1/projects"><div class="budget-summary__title"><h2 class="h4">Votez pour vos projets préférés</h2>'
            f'<p>Vous disposez de {total} € à répartir. Sélectionnez les projets de votre choix puis confirmez votre vote.</p></div>'
            f'<div class="budget-summary__progressbox"><div class="budget-summary__progressbar"><div class="budget-summary__progressbar--meter" style="width:0%"></div></div>'
            f'<span class="budget-summary__total">Attribué : <strong>0 €</strong> sur {total} €</span></div></div><div class="budget__list" id="projects">{rows}</div>')


def decidim_survey(action, questions):
    parts = []
    for qi, (label, choices) in enumerate(questions):
        opts = "".join(f'<label class="answer-questionnaire__single-option"><input type="radio" value="{qi * 10 + ci}" '
                       f'name="questionnaire[responses][{qi}][choices][][answer_option_id]" id="questionnaire_responses_{qi}_choices_{ci}" />{c}</label>'
                       for ci, c in enumerate(choices))
        parts.append(f'<div class="answer-questionnaire__question" data-max-choices="1"><label class="answer-questionnaire__question-label">{qi + 1}. {label}</label>'
                     f'<div class="answer-questionnaire__question-choices">{opts}</div></div>')
    return (f'<form class="form answer-questionnaire" id="answer-questionnaire" action="{action}" accept-charset="UTF-8" method="post">'
            f'<input type="hidden" name="authenticity_token" value="Vb7Lw0NfA1jRmZp" autocomplete="off" />{"".join(parts)}'
            '<div class="answer-questionnaire__tos"><label for="questionnaire_tos_agreement"><input type="checkbox" value="1" name="questionnaire[tos_agreement]" id="questionnaire_tos_agreement" /> J\'accepte les conditions d\'utilisation</label></div>'
            '<div class="answer-questionnaire__submit"><button type="submit" class="button button__lg button__secondary" data-confirm="Vous ne pourrez plus modifier vos réponses.">Envoyer</button></div></form>')


def consul_proposals(items):
    rows = "".join(f'<div id="proposal_{pid}" class="proposal clear" data-type="proposal"><div class="panel"><div class="row"><div class="small-12 medium-9 column">'
                   f'<div class="proposal-content"><h3><a href="/proposals/{pid}-{escape(slug)}">{t}</a></h3><p class="proposal-info"><span>{c} commentaires</span> &bull; <span>{who}</span></p>'
                   f'<div class="proposal-description"><p>{d}</p></div></div></div><div id="proposal_{pid}_votes" class="small-12 medium-3 column supports-container">'
                   f'<div class="supports"><div class="progress small-12 round"><span class="meter" style="width: {min(s // 20, 100)}%"></span></div>'
                   f'<span class="total-supports">{s} soutiens</span><div class="in-favor"><form class="button_to" method="post" action="/proposals/{pid}-{escape(slug)}/votes?value=yes" data-remote="true"><button class="button button-support small expanded" title="Soutenir cette proposition" type="submit">Soutenir</button></form></div></div></div></div></div></div>'
                   for pid, slug, t, who, c, s, d in items)
    return f'<div class="proposals-list" id="proposals">{rows}</div>'


def consul_investments(budget_id, items, phase="balloting"):
    rows = "".join(f'<div id="budget_investment_{iid}" class="budget-investment clear"><div class="panel"><div class="row"><div class="small-12 medium-9 column">'
                   f'<div class="budget-investment-content"><h3><a href="/budgets/{budget_id}/investments/{iid}">{t}</a></h3><p class="investment-project-info">{heading} &bull; {price} €</p><p>{d}</p></div></div>'
                   f'<div class="small-12 medium-3 column text-center"><div class="ballot">'
                   + (f'<form class="button_to" method="post" action="/budgets/{budget_id}/investments/{iid}/ballot/lines?investment_id={iid}" data-remote="true"><button class="button button-support small expanded" title="Voter pour ce projet" type="submit">Voter</button></form>'
                      if phase == "balloting" else f'<p class="investment-winner">Projet retenu</p>')
                   + '</div></div></div></div></div>' for iid, t, heading, price, d in items)
    return f'<div id="budget-investments" class="budget-investments-list">{rows}</div>'


def consul_poll(poll_id, questions):
    qs = "".join(f'<div class="poll-question" id="poll_question_{poll_id * 10 + qi}"><h3>{q}</h3><div class="poll-question-answers">'
                 + "".join(f'<form class="button_to" method="post" action="/polls/{poll_id}/questions/{poll_id * 10 + qi}/answer" data-remote="true">'
                           f'<button class="button secondary hollow" type="submit" name="answer" value="{escape(a)}">{a}</button></form>' for a in answers)
                 + '</div></div>' for qi, (q, answers) in enumerate(questions))
    return f'<div class="poll-questions" id="poll_{poll_id}_questions">{qs}</div>'


def capco_steps(steps):
    li = "".join(f'<li class="step-item {"active" if cur else ""}"><a href="{escape(h)}"><span class="step-title">{t}</span><span class="step-dates">{d}</span></a></li>'
                 for h, t, d, cur in steps)
    return f'<nav class="project__steps"><ol class="step-list">{li}</ol></nav>'


def capco_proposals(items, vote=False):
    cards = "".join(f'<li class="proposal-preview card"><div class="card__body"><h4 class="card__title"><a href="{escape(h)}">{t}</a></h4>'
                    f'<p class="proposal__author">{who}</p><p class="proposal__stats">{v} votes · {c} commentaires</p>'
                    + ('<button type="button" class="btn btn-success proposal__button__vote">Voter</button>' if vote else '')
                    + '</div></li>' for h, t, who, v, c in items)
    return f'<ul class="proposal-preview-list media-list">{cards}</ul>'


def capco_questionnaire(slug, questions):
    parts = "".join(f'<div class="form-group"><fieldset id="reply-form-responses{qi}"><legend class="control-label">{q}</legend>'
                    + "".join(f'<div class="radio"><label><input type="radio" name="responses.{qi}" value="{escape(c)}" id="responses{qi}_choice-{ci}"> {c}</label></div>'
                              for ci, c in enumerate(choices)) + '</fieldset></div>'
                    for qi, (q, choices) in enumerate(questions))
    return (f'<div id="questionnaire-{slug}" class="questionnaire"><form id="reply-form-{slug}" class="form-horizontal" name="reply-form">{parts}'
            '<button type="submit" id="questionnaire-submit-button" class="btn btn-primary">Envoyer</button></form></div>')


def govocal_idea_cards(items):
    cards = "".join(f'<a class="e2e-idea-card" href="{escape(h)}"><div class="e2e-idea-card-title">{t}</div>'
                    f'<div class="e2e-idea-card-meta"><span class="e2e-ideacard-upvote-count">{v}</span> votes · <span>{c} commentaires</span></div></a>'
                    for h, t, v, c in items)
    return f'<div id="e2e-ideas-container" class="ideas-list">{cards}</div>'


def community_posts(items):
    posts = "".join(f'<article class="post-card"><header><span class="post-card__author">{who}</span> · <span class="post-card__district">{where}</span> · <time>{when}</time></header>'
                    f'<h3 class="post-card__title"><a href="{escape(h)}">{t}</a></h3><p>{text}</p><footer><span>{r} réponses</span></footer></article>'
                    for h, who, where, when, t, text, r in items)
    return f'<div class="feed">{posts}</div>'


def community_reply_form(action):
    return (f'<form class="reply-form" method="post" action="{action}"><label for="reply-body">Répondre à votre voisin</label>'
            '<textarea id="reply-body" name="post[body]" rows="4"></textarea><button type="submit" class="btn">Publier</button></form>')


def phpbb_forumlist(forums):
    rows = "".join(f'<li class="row"><dl class="row-item forum_read"><dt title="Pas de nouveau message"><div class="list-inner">'
                   f'<a href="{escape(h)}" class="forumtitle">{t}</a><br />{d}</div></dt><dd class="topics">{tp} <dfn>Sujets</dfn></dd>'
                   f'<dd class="posts">{ps} <dfn>Messages</dfn></dd><dd class="lastpost"><span><dfn>Dernier message </dfn>par <span class="username">{last}</span></span></dd></dl></li>'
                   for h, t, d, tp, ps, last in forums)
    return (f'<div class="forabg"><div class="inner"><ul class="topiclist"><li class="header"><dl class="row-item"><dt><div class="list-inner">Forums de la ville</div></dt>'
            f'<dd class="topics">Sujets</dd><dd class="posts">Messages</dd><dd class="lastpost"><span>Dernier message</span></dd></dl></li></ul>'
            f'<ul class="topiclist forums">{rows}</ul></div></div>')


def phpbb_topics(forum_id, topics):
    rows = "".join(f'<li class="row bg{1 + i % 2}"><dl class="row-item topic_read"><dt title="Aucun message non lu"><div class="list-inner">'
                   f'<a href="{escape(h)}" class="topictitle">{t}</a><div class="topic-poster responsive-hide left-box">par <span class="username">{who}</span> &raquo; {when}</div></div></dt>'
                   f'<dd class="posts">{r} <dfn>Réponses</dfn></dd><dd class="views">{v} <dfn>Vues</dfn></dd></dl></li>'
                   for i, (h, t, who, when, r, v) in enumerate(topics))
    return (f'<div class="action-bar bar-top"><a href="./ucp.php?mode=login" class="button" title="Écrire un nouveau sujet"><span>Nouveau sujet</span></a></div>'
            f'<div class="forumbg"><div class="inner"><ul class="topiclist"><li class="header"><dl class="row-item"><dt><div class="list-inner">Sujets</div></dt><dd class="posts">Réponses</dd><dd class="views">Vues</dd></dl></li></ul>'
            f'<ul class="topiclist topics">{rows}</ul></div></div>')


def phpbb_posts(forum_id, topic_id, posts):
    rows = "".join(f'<div id="p{topic_id * 10 + i}" class="post has-profile bg{1 + i % 2}"><div class="inner"><dl class="postprofile" id="profile{topic_id * 10 + i}">'
                   f'<dt class="no-profile-rank no-avatar"><span class="username">{who}</span></dt></dl>'
                   f'<div class="postbody"><div id="post_content{topic_id * 10 + i}"><h3 class="first"><a href="#p{topic_id * 10 + i}">{title}</a></h3>'
                   f'<p class="author"><span class="responsive-hide">par <strong><span class="username">{who}</span></strong> &raquo; </span>{when}</p>'
                   f'<div class="content">{text}</div></div></div></div></div>' for i, (title, who, when, text) in enumerate(posts))
    return (f'<div class="action-bar bar-top"><a href="./ucp.php?mode=login" class="button" title="Répondre"><span>Répondre</span></a></div>{rows}'
            f'<form method="post" action="./posting.php?mode=reply&amp;f={forum_id}&amp;t={topic_id}" id="qr_postform"><div class="panel"><div class="inner"><h2 class="quickreply-title">Réponse rapide</h2>'
            '<fieldset class="fields1"><div><input type="text" tabindex="1" name="subject" id="subject" value="" class="inputbox autowidth" /></div>'
            '<div id="message-box" class="message-box"><textarea style="height: 9em;" name="message" rows="7" cols="76" tabindex="3" class="inputbox"></textarea></div></fieldset>'
            '<fieldset class="submit-buttons"><input type="submit" accesskey="s" tabindex="6" name="post" value="Envoyer" class="button1" /></fieldset></div></div></form>')


def discourse_topic_list(topics):
    rows = "".join(f'<tr class="topic-list-item"><td class="main-link"><meta itemprop="position" content="{i + 1}"><span class="link-top-line">'
                   f'<a itemprop="url" href="{escape(h)}" class="title raw-link raw-topic-link">{t}</a></span><div class="link-bottom-line"><a href="{escape(cat[0])}" class="badge-wrapper bullet"><span class="badge-category-bg"></span><span class="category-name">{cat[1]}</span></a></div></td>'
                   f'<td class="replies"><span class="posts" title="messages">{r}</span></td><td class="views"><span class="views" title="vues">{v}</span></td><td>{when}</td></tr>'
                   for i, (h, t, cat, r, v, when) in enumerate(topics))
    return (f'<div class="topic-list-container" itemscope itemtype="http://schema.org/ItemList"><table class="topic-list"><thead><tr><th>Sujet</th><th class="replies">Réponses</th><th class="views">Vues</th><th>Activité</th></tr></thead>'
            f'<tbody>{rows}</tbody></table></div>')


def discourse_posts(posts):
    rows = "".join(f'<div id="post_{i + 1}" itemprop="{"mainEntity" if i == 0 else "comment"}" itemscope itemtype="http://schema.org/{"DiscussionForumPosting" if i == 0 else "Comment"}" class="topic-body crawler-post">'
                   f'<div class="crawler-post-meta"><span class="creator" itemprop="author" itemscope itemtype="http://schema.org/Person"><span itemprop="name">{who}</span></span>'
                   f'<span class="crawler-post-infos"><time itemprop="datePublished" class="post-time">{when}</time><meta itemprop="position" content="{i + 1}"></span></div>'
                   f'<div class="post" itemprop="text"><p>{text}</p></div><div itemprop="interactionStatistic" itemscope itemtype="http://schema.org/InteractionCounter">'
                   '<meta itemprop="interactionType" content="http://schema.org/LikeAction"/><meta itemprop="userInteractionCount" content="2" /><span class="post-likes">2 « J\'aime »</span></div></div>'
                   for i, (who, when, text) in enumerate(posts))
    return f'<div class="crawler-post-list">{rows}</div><p class="crawler-reply"><a href="/guidelines">Règles de l&#39;agora</a> — connectez-vous pour répondre</p>'
