"""Markup of the "cascades" holdout part: its own page layouts (the CMSs and vendor platforms of eight large
cities of the east and south) and the blocks that pages are made of (forms, comment systems, polls, boards,
platform components). Written from the public markup of the software named, never copied.

The layouts are registered in the sample web's theme table under names starting with ``cascades_``.
"""
import zlib
from html import escape

from .. import themes

# ---------------------------------------------------------------------------------------------------------------
# Small helpers shared by the layouts


def _nav(site, li="", a="", current=None):
    out = []
    for label, href in site.menu:
        cur = ' aria-current="page"' if current == href else ""
        out.append(f'<li class="{li}"><a class="{a}" href="{escape(href)}"{cur}>{escape(label)}</a></li>')
    return "".join(out)


def _trail(site, page, sep):
    items = ['<a href="/">Accueil</a>']
    if page.parent:
        label, href = page.parent
        items.append(f'<a href="{escape(href)}">{escape(label)}</a>')
    if page.path != "/":
        items.append(f'<span class="current">{escape(page.title)}</span>')
    return sep.join(items)


_NAMES = {"facebook": "Facebook", "x": "X", "instagram": "Instagram", "youtube": "YouTube", "linkedin": "LinkedIn",
          "mastodon": "Mastodon", "bluesky": "Bluesky", "tiktok": "TikTok"}


def _follow(site, ul, li, with_text=True):
    if not site.accounts:
        return ""
    rows = []
    for acc in site.accounts:
        name = _NAMES.get(acc.platform, acc.platform)
        rel = "noopener me" if acc.platform == "mastodon" else "noopener"
        text = f"<span>{name}</span>" if with_text else f'<span class="visually-hidden">{name}</span>'
        rows.append(f'<li class="{li} {li}--{acc.platform}"><a href="{escape(acc.href)}" target="_blank" rel="{rel}" '
                    f'title="{site.title} sur {name} - nouvelle fenêtre">{text}</a></li>')
    return f'<ul class="{ul}">{"".join(rows)}</ul>'


def _id(page, mod=9000):
    return zlib.crc32(page.path.encode()) % mod + 100


# ---------------------------------------------------------------------------------------------------------------
# City CMS layouts


def ametys(site, page):
    """Ametys (Java CMS of several large cities): skins, zones and zone items."""
    return f"""<!DOCTYPE html>
<html lang="fr" xml:lang="fr">
<head>
<meta charset="UTF-8"/>
<meta name="viewport" content="width=device-width, initial-scale=1"/>
<title>{escape(page.title)} - {escape(site.title)}</title>
<meta name="generator" content="Ametys CMS"/>
<link rel="stylesheet" type="text/css" href="/skins/ville-ir/resources/css/main.min.css?v=4.8.2"/>
<script type="text/javascript" src="/plugins/core-ui/resources/js/jquery/jquery-3.7.1.min.js"></script>
<script type="text/javascript" src="/skins/ville-ir/resources/js/site.js?v=4.8.2"></script>
</head>
<body class="page-{_id(page)} template-{'accueil' if page.path == '/' else 'page'}">
<div id="evitement"><a href="#contenu">Aller au contenu</a> | <a href="#navigation">Aller à la navigation</a></div>
<header id="entete" class="entete">
<div class="entete__bandeau"><a class="entete__logo" href="/" title="{escape(site.title)} - Accueil"><img src="/skins/ville-ir/resources/img/logo.svg" alt="{escape(site.title)}"/></a>
<form class="entete__recherche" action="/fr/recherche.html" method="get"><label for="textfield">Que recherchez-vous ?</label><input type="text" id="textfield" name="textfield"/><button type="submit">OK</button></form></div>
<nav id="navigation" class="menu-principal" aria-label="Menu principal"><ul class="niveau1">{_nav(site, "niveau1__item", "niveau1__lien")}</ul></nav>
</header>
<main id="contenu">
<div class="fil-ariane" role="navigation" aria-label="Vous êtes ici">{_trail(site, page, ' <span class="sep">›</span> ')}</div>
<div class="zone zone-default"><div class="zoneItem zoneItem-{_id(page)}"><h1 class="titre-page">{escape(page.title)}</h1>
<div class="ametys-content rich-text">{page.body}</div></div></div>
</main>
<footer id="pied" class="pied">
<div class="pied__coordonnees"><p class="pied__nom">{escape(site.title)}</p><p>{escape(site.address)}</p></div>
<div class="pied__reseaux"><p>Restez connectés</p>{_follow(site, "reseaux", "reseaux__item")}</div>
<ul class="pied__liens"><li><a href="/mentions-legales">Mentions légales</a></li><li>Accessibilité : partiellement conforme</li><li>Plan du site</li></ul>
</footer>
</body>
</html>"""


def t3sitepackage(site, page):
    """TYPO3 v12 with a city sitepackage (not the bootstrap package): fluid_styled_content frames."""
    uid = _id(page, 800)
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
<title>{escape(page.title)} - {escape(site.title)}</title>
<meta name="generator" content="TYPO3 CMS">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/_assets/6d1b0c8e9f2a7d3b4c5e6f7081929a3b/Css/site.min.css?1716200000" media="all">
<script src="/_assets/6d1b0c8e9f2a7d3b4c5e6f7081929a3b/JavaScript/site.min.js?1716200000"></script>
</head>
<body id="page-{uid}" class="layout-{'home' if page.path == '/' else 'subpage'}">
<a class="skiplink" href="#main">Aller au contenu principal</a>
<header class="site-header"><div class="site-header__inner">
<a class="site-header__logo" href="/"><img src="/fileadmin/templates/logo-ville.svg" alt="{escape(site.title)}" width="180" height="60"></a>
<nav class="site-nav" aria-label="Navigation principale"><ul class="site-nav__list">{_nav(site, "site-nav__item", "site-nav__link")}</ul></nav>
<form class="site-search" method="get" action="/recherche"><input type="hidden" name="tx_kesearch_pi1[page]" value="1"><label for="ke_search_sword">Rechercher</label><input type="search" id="ke_search_sword" name="tx_kesearch_pi1[sword]"></form>
</div></header>
<nav class="rootline" aria-label="Fil d'Ariane"><ol><li>{_trail(site, page, "</li><li>")}</li></ol></nav>
<main id="main" class="main-content">
<div id="c{uid}" class="frame frame-type-header"><h1>{escape(page.title)}</h1></div>
<div id="c{uid + 1}" class="frame frame-type-textmedia">{page.body}</div>
</main>
<footer class="site-footer">
<address class="site-footer__address">{escape(site.title)}<br>{escape(site.address)}</address>
<div class="site-footer__social"><h2>La ville sur les réseaux</h2>{_follow(site, "social-list", "social-list__item")}</div>
<p class="site-footer__meta"><a href="/mentions-legales">Mentions légales</a> · Données personnelles · Accessibilité</p>
</footer>
</body>
</html>"""


def astra(site, page):
    """WordPress with the Astra theme and Elementor (common on city sites made by local agencies)."""
    home = page.path == "/"
    return f"""<!DOCTYPE html>
<html lang="fr-FR">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="profile" href="https://gmpg.org/xfn/11">
<title>{escape(page.title)} - {escape(site.title)}</title>
<meta name="robots" content="index, follow">
<link rel='stylesheet' id='astra-theme-css-css' href='/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.6.11' media='all' />
<link rel='stylesheet' id='elementor-frontend-css' href='/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.21.4' media='all' />
<script src="/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<link rel="https://api.w.org/" href="/wp-json/" />
<meta name="generator" content="WordPress 6.5.2" />
<meta name="generator" content="Elementor 3.21.4; features: e_optimized_assets_loading; settings: css_print_method-external" />
</head>
<body itemtype='https://schema.org/WebPage' itemscope='itemscope' class="{'home' if home else ''} page-template-default page page-id-{_id(page)} ast-page-builder-template ast-no-sidebar elementor-default">
<a class="skip-link screen-reader-text" href="#content">Aller au contenu</a>
<div class="hfeed site" id="page">
<header class="site-header header-main-layout-1 ast-primary-menu-enabled" id="masthead" itemscope="itemscope">
<div class="main-header-bar-wrap"><div class="main-header-bar"><div class="ast-container"><div class="ast-flex main-header-container">
<div class="site-branding"><span class="site-title"><a href="/" rel="home">{escape(site.title)}</a></span></div>
<nav class="main-header-bar-navigation" aria-label="Menu principal"><ul id="ast-hf-menu-1" class="main-header-menu ast-menu-shadow ast-nav-menu">{_nav(site, "menu-item menu-item-type-post_type menu-item-object-page", "menu-link")}</ul></nav>
</div></div></div></div>
</header>
<div id="content" class="site-content"><div class="ast-container"><div id="primary" class="content-area primary">
<main id="main" class="site-main">
<div class="ast-breadcrumbs-wrapper"><div class="ast-breadcrumbs-inner"><nav role="navigation" aria-label="Fils d'Ariane" class="breadcrumb-trail breadcrumbs">{_trail(site, page, " » ")}</nav></div></div>
<article class="post-{_id(page)} page type-page status-publish ast-article-single" id="post-{_id(page)}">
<header class="entry-header"><h1 class="entry-title" itemprop="headline">{escape(page.title)}</h1></header>
<div class="entry-content clear" itemprop="text">{page.body}</div>
</article>
</main></div></div></div>
<footer class="site-footer" id="colophon">
<div class="site-primary-footer-wrap ast-builder-grid-row-container"><div class="ast-builder-grid-row">
<div class="site-footer-section"><aside class="footer-widget-area widget-area"><section class="widget widget_block"><p><strong>{escape(site.title)}</strong><br>{escape(site.address)}</p></section></aside></div>
<div class="site-footer-section"><div class="ast-footer-social-wrap"><div class="footer-social-inner-wrap element-social-inner-wrap social-show-label-false ast-social-color-type-custom">{_follow(site, "ast-social-list", "ast-builder-social-element", False)}</div></div></div>
</div></div>
<div class="site-below-footer-wrap"><div class="ast-footer-copyright"><p>© 2024 {escape(site.title)} · <a href="/mentions-legales">Mentions légales</a></p></div></div>
</footer></div>
<script src="/wp-content/themes/astra/assets/js/minified/frontend.min.js?ver=4.6.11" id="astra-theme-js-js"></script>
</body>
</html>"""


def helix(site, page):
    """Joomla 4 with the Helix Ultimate template (JoomShaper)."""
    return f"""<!doctype html>
<html lang="fr-fr" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
<meta name="generator" content="Helix Ultimate - The Most Popular Joomla! Template Framework.">
<title>{escape(page.title)} - {escape(site.title)}</title>
<link href="/templates/shaper_helixultimate/css/bootstrap.min.css" rel="stylesheet">
<link href="/templates/shaper_helixultimate/css/template.css" rel="stylesheet">
<link href="/templates/shaper_helixultimate/css/presets/default.css" rel="stylesheet">
<script src="/media/vendor/jquery/js/jquery.min.js?3.7.1"></script>
<script src="/templates/shaper_helixultimate/js/main.js"></script>
</head>
<body class="site helix-ultimate hu com_content com-content view-article layout-default task-none itemid-{_id(page, 400)} fr-fr ltr sticky-header layout-fluid offcanvas-init offcanvs-position-right">
<div class="body-wrapper"><div class="body-innerwrapper">
<div id="sp-top-bar"><div class="container"><div class="container-inner"><div class="row"><div id="sp-top1" class="col-lg-6"><div class="sp-column"><ul class="sp-contact-info"><li class="sp-contact-phone">Standard : 05 61 00 00 00</li></ul></div></div></div></div></div></div>
<header id="sp-header"><div class="container"><div class="container-inner"><div class="row">
<div id="sp-logo" class="col-auto"><div class="sp-column"><div class="logo"><a href="/">{escape(site.title)}</a></div></div></div>
<div id="sp-menu" class="col-auto flex-auto"><div class="sp-column d-flex justify-content-end align-items-center"><nav class="sp-megamenu-wrapper d-flex" role="navigation"><ul class="sp-megamenu-parent menu-animation-fade-up d-none d-lg-block">{_nav(site, "sp-menu-item")}</ul></nav></div></div>
</div></div></div></header>
<section id="sp-page-title"><div class="row"><div id="sp-title" class="col-lg-12"><div class="sp-column"><div class="sp-page-title"><div class="container"><h2 class="sp-page-title-heading">{escape(page.title)}</h2>
<ol class="breadcrumb"><li class="breadcrumb-item">{_trail(site, page, '</li><li class="breadcrumb-item">')}</li></ol></div></div></div></div></div></section>
<section id="sp-main-body"><div class="container"><div class="container-inner"><div class="row">
<main id="sp-component" class="col-lg-12"><div class="sp-column"><div id="system-message-container" aria-live="polite"></div>
<div class="article-details" itemscope itemtype="https://schema.org/Article"><div class="article-header"><h1 itemprop="headline">{escape(page.title)}</h1></div>
<div itemprop="articleBody">{page.body}</div></div></div></main>
</div></div></div></section>
<footer id="sp-footer"><div class="container"><div class="container-inner"><div class="row">
<div id="sp-footer1" class="col-lg-6"><div class="sp-column"><span class="sp-copyright">© 2024 {escape(site.title)} — {escape(site.address)} — <a href="/mentions-legales">Mentions légales</a></span></div></div>
<div id="sp-footer2" class="col-lg-6"><div class="sp-column">{_follow(site, "social-icons", "social-icon")}</div></div>
</div></div></div></footer>
</div></div>
</body>
</html>"""


def iris(site, page):
    """A proprietary municipal CMS from a French agency: RGAA-first markup, no generator meta."""
    return f"""<!DOCTYPE html>
<html lang="fr" dir="ltr" class="no-js">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(page.title)} — {escape(site.title)}</title>
<link rel="stylesheet" href="/assets/build/css/app.2f81c6.css">
<script src="/assets/build/js/vendors.9a1e04.js" defer></script>
<script src="/assets/build/js/app.2f81c6.js" defer></script>
</head>
<body class="{'is-home' if page.path == '/' else 'is-inner'}">
<nav class="quick-access" aria-label="Accès rapides"><a href="#main-content">Contenu</a> <a href="#main-menu">Menu</a> <a href="#search-input">Recherche</a></nav>
<header class="c-header" role="banner"><div class="c-header__wrap">
<p class="c-header__brand"><a href="/" title="Accueil - {escape(site.title)}"><span class="c-header__brand-name">{escape(site.title)}</span></a></p>
<div class="c-header__tools"><form class="c-search" role="search" action="/resultats-de-recherche" method="get"><label class="c-search__label" for="search-input">Rechercher</label><input class="c-search__input" id="search-input" name="keywords" type="search"><button class="c-search__btn" type="submit">Lancer la recherche</button></form></div>
</div>
<nav id="main-menu" class="c-menu" aria-label="Menu principal"><ul class="c-menu__list">{_nav(site, "c-menu__item", "c-menu__link")}</ul></nav></header>
<main id="main-content" class="l-main" tabindex="-1">
<div class="c-breadcrumb"><nav aria-label="Fil d'Ariane"><p>{_trail(site, page, ' <span class="c-breadcrumb__sep" aria-hidden="true">›</span> ')}</p></nav></div>
<header class="c-page-head"><h1 class="c-page-head__title">{escape(page.title)}</h1></header>
<div class="c-rte l-content">{page.body}</div>
</main>
<footer class="c-footer" role="contentinfo">
<div class="c-footer__contact"><h2 class="c-footer__title">{escape(site.title)}</h2><p>{escape(site.address)}</p></div>
<div class="c-footer__social"><h2 class="c-footer__title">Suivez-nous</h2>{_follow(site, "c-social", "c-social__item")}</div>
<ul class="c-footer__links"><li><a href="/mentions-legales">Mentions légales</a></li><li>Accessibilité : non conforme</li><li>Gestion des cookies</li></ul>
</footer>
</body>
</html>"""


def escal(site, page):
    """SPIP 4 with the Escal skeleton (squelettes-dist replaced)."""
    art = "sommaire" if page.path == "/" else "article"
    return f"""<!DOCTYPE html>
<html dir="ltr" lang="fr" class="ltr fr no-js">
<head>
<title>{escape(page.title)} | {escape(site.title)}</title>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="SPIP 4.2.8 + Escal 5.2.3">
<link rel="alternate" type="application/rss+xml" title="Syndiquer tout le site" href="spip.php?page=backend">
<link rel="stylesheet" href="plugins/auto/escal/v5.2.3/styles/general.css" type="text/css">
<link rel="stylesheet" href="local/cache-css/cssdyn-css_escal_perso_css-91b2c3d4.css" type="text/css">
<script src="prive/javascript/jquery.js?1701000000" type="text/javascript"></script>
</head>
<body class="page_{art}" id="top">
<div id="ecran">
<div id="entete"><div id="bandeau"><a href="/" title="Accueil" class="bandeau-logo">{escape(site.title)}</a>
<div id="formulaire_recherche" class="formulaire_spip formulaire_recherche"><form action="spip.php?page=recherche" method="get"><input name="page" value="recherche" type="hidden"><label for="recherche">Rechercher</label><input type="search" class="search text" name="recherche" id="recherche"><input type="submit" class="submit" value="OK"></form></div></div>
<div id="menuderoulant"><ul class="menu-liste">{_nav(site, "menu-item")}</ul></div></div>
<div id="page"><div id="contenu" class="contenu-{art}">
<div class="ariane">{_trail(site, page, " &gt; ")}</div>
<div class="cadre-article"><h1 class="titre-article">{escape(page.title)}</h1>
<div class="texte surlignable">{page.body}</div></div>
</div></div>
<div id="pied"><div class="pied-gauche">{escape(site.title)} — {escape(site.address)}</div>
<div class="pied-reseaux">{_follow(site, "reseaux-sociaux", "reseau")}</div>
<div class="pied-droite"><a href="/mentions-legales">Mentions légales</a> | <a href="https://www.spip.net/" title="Site réalisé avec SPIP">SPIP</a> | <a href="https://escal.edu.ac-lyon.fr/">Escal</a></div></div>
</div>
</body>
</html>"""


def nuxtcity(site, page):
    """A home-made portal (headless CMS + Nuxt), server-rendered: data-v attributes, __nuxt root."""
    return f"""<!DOCTYPE html>
<html lang="fr" data-capo="">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(page.title)} | {escape(site.title)}</title>
<link rel="stylesheet" href="/_nuxt/entry.B4k2Lq9s.css">
<link rel="modulepreload" as="script" crossorigin href="/_nuxt/Cw3pQe1R.js">
<script type="module" src="/_nuxt/Cw3pQe1R.js" crossorigin></script>
<meta property="og:site_name" content="{escape(site.title)}">
</head>
<body>
<div id="__nuxt"><div data-v-7a1c2e3f class="app-layout">
<header data-v-7a1c2e3f class="AppHeader"><a data-v-7a1c2e3f class="AppHeader-logo" href="/" aria-label="{escape(site.title)}, accueil"><span>{escape(site.title)}</span></a>
<nav data-v-2b9d4c10 class="AppNav" aria-label="Navigation principale"><ul data-v-2b9d4c10 class="AppNav-list">{_nav(site, "AppNav-item", "AppNav-link")}</ul></nav>
<form data-v-7a1c2e3f class="AppHeader-search" action="/recherche" method="get" role="search"><label for="q">Rechercher</label><input id="q" name="q" type="search"></form></header>
<main data-v-7a1c2e3f id="contenu" class="AppMain">
<nav data-v-5e6f7a8b class="Breadcrumb" aria-label="Fil d'Ariane">{_trail(site, page, ' <span aria-hidden="true">/</span> ')}</nav>
<h1 data-v-7a1c2e3f class="PageTitle">{escape(page.title)}</h1>
<div data-v-9c0d1e2f class="BlockText prose">{page.body}</div>
</main>
<footer data-v-7a1c2e3f class="AppFooter"><div class="AppFooter-address"><strong>{escape(site.title)}</strong><p>{escape(site.address)}</p></div>
<div class="AppFooter-social">{_follow(site, "SocialList", "SocialList-item")}</div>
<p class="AppFooter-legal"><a href="/mentions-legales">Mentions légales</a> · Accessibilité : partiellement conforme</p></footer>
</div></div>
<script type="application/json" id="__NUXT_DATA__" data-ssr="true">[{{"state":1,"once":2}},{{}},["Set"]]</script>
</body>
</html>"""


def dsfr(site, page):
    """Drupal 10 with a theme built on the État's design system (DSFR classes)."""
    return f"""<!DOCTYPE html>
<html lang="fr" dir="ltr" data-fr-scheme="system">
<head>
<meta charset="utf-8" />
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<title>{escape(page.title)} | {escape(site.title)}</title>
<link rel="stylesheet" media="all" href="/themes/contrib/ui_suite_dsfr/assets/dsfr/dsfr.min.css?sdx1k2" />
<link rel="stylesheet" media="all" href="/themes/custom/thionvaux/css/style.css?sdx1k2" />
<script src="/core/misc/drupal.js?v=10.2.6"></script>
</head>
<body class="path-node page-node-type-{'accueil' if page.path == '/' else 'page'}">
<div class="fr-skiplinks"><nav class="fr-container" role="navigation" aria-label="Accès rapide"><ul class="fr-skiplinks__list"><li><a class="fr-link" href="#main-content">Contenu</a></li></ul></nav></div>
<header role="banner" class="fr-header"><div class="fr-header__body"><div class="fr-container"><div class="fr-header__body-row">
<div class="fr-header__brand"><div class="fr-header__service"><a href="/" title="Accueil - {escape(site.title)}"><p class="fr-header__service-title">{escape(site.title)}</p></a><p class="fr-header__service-tagline">Site officiel de la ville</p></div></div>
<div class="fr-header__tools"><div class="fr-search-bar" role="search"><form action="/recherche" method="get"><label class="fr-label" for="search-input">Rechercher</label><input class="fr-input" type="search" id="search-input" name="search_api_fulltext"><button class="fr-btn" type="submit">Rechercher</button></form></div></div>
</div></div></div>
<div class="fr-header__menu"><div class="fr-container"><nav class="fr-nav" role="navigation" aria-label="Menu principal"><ul class="fr-nav__list">{_nav(site, "fr-nav__item", "fr-nav__link")}</ul></nav></div></div></header>
<main role="main" id="main-content" class="fr-container">
<nav role="navigation" class="fr-breadcrumb" aria-label="vous êtes ici :"><ol class="fr-breadcrumb__list"><li>{_trail(site, page, "</li><li>")}</li></ol></nav>
<h1>{escape(page.title)}</h1>
<article class="node node--type-page node--view-mode-full"><div class="clearfix text-formatted field field--name-body">{page.body}</div></article>
</main>
<footer class="fr-footer" role="contentinfo" id="footer"><div class="fr-container"><div class="fr-footer__body">
<div class="fr-footer__content"><p class="fr-footer__content-desc">{escape(site.title)} — {escape(site.address)}</p></div>
<div class="fr-follow">{_follow(site, "fr-btns-group fr-btns-group--lg", "fr-btn")}</div></div>
<div class="fr-footer__bottom"><ul class="fr-footer__bottom-list"><li class="fr-footer__bottom-item"><a class="fr-footer__bottom-link" href="/mentions-legales">Mentions légales</a></li></ul></div>
</div></footer>
</body>
</html>"""


# ---------------------------------------------------------------------------------------------------------------
# Vendor participation platforms without a stock layout


def idcity(site, page):
    """id-city, a white-label participation platform: a city's space on the vendor's domain."""
    return f"""<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(page.title)} · {escape(site.title)}</title>
<meta name="author" content="id-city">
<link rel="stylesheet" href="https://static.id-city.com/front/v3/css/platform.css?v=3.14.0">
<script src="https://static.id-city.com/front/v3/js/platform.js?v=3.14.0" defer></script>
</head>
<body class="idc-platform idc-theme-custom">
<header class="idc-header"><a class="idc-header__logo" href="/">{escape(site.title)}</a>
<nav class="idc-header__nav" aria-label="Menu"><ul>{_nav(site, "idc-nav-item")}</ul></nav>
<div class="idc-header__account"><a class="idc-btn idc-btn--ghost" href="/connexion">Se connecter</a></div></header>
<main class="idc-main"><p class="idc-breadcrumb">{_trail(site, page, " / ")}</p><h1 class="idc-title">{escape(page.title)}</h1>
<div class="idc-content">{page.body}</div></main>
<footer class="idc-footer"><ul><li><a href="/cgu">Conditions générales d'utilisation</a></li><li><a href="/donnees-personnelles">Données personnelles</a></li></ul>
<p class="idc-footer__powered">Plateforme de participation citoyenne <a href="https://www.id-city.fr/" target="_blank" rel="noopener">id-city</a></p></footer>
</body>
</html>"""


def fluicity(site, page):
    """Fluicity: a city's space on flui.city (server-rendered for crawlers)."""
    return f"""<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(page.title)} - {escape(site.title)} | Fluicity</title>
<meta property="og:site_name" content="Fluicity">
<link rel="stylesheet" href="https://assets.flui.city/web/static/css/main.5d1e2c.css">
<script src="https://assets.flui.city/web/static/js/main.5d1e2c.js" defer></script>
</head>
<body class="fluicity-web">
<div id="root"><div class="FlApp">
<header class="FlHeader"><a class="FlHeader__city" href="/">{escape(site.title)}</a>
<nav class="FlTabs" aria-label="Rubriques"><ul>{_nav(site, "FlTabs__tab")}</ul></nav>
<a class="FlHeader__login" href="/login">Connexion</a></header>
<main class="FlMain"><p class="FlCrumbs">{_trail(site, page, " › ")}</p><h1 class="FlTitle">{escape(page.title)}</h1>{page.body}</main>
<footer class="FlFooter"><a href="/cgu">CGU</a> · <a href="https://www.flui.city" target="_blank" rel="noopener">Propulsé par Fluicity</a></footer>
</div></div>
</body>
</html>"""


def jenparle(site, page):
    """Jenparle: consultation platform for local authorities, a city's space on jenparle.net."""
    return f"""<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(page.title)} | {escape(site.title)}</title>
<link rel="stylesheet" href="/build/jp-front.8e21c0.css">
<script src="/build/jp-front.8e21c0.js" defer></script>
</head>
<body class="jp-body">
<header class="jp-header"><div class="jp-container"><a class="jp-brand" href="/">{escape(site.title)}</a>
<nav class="jp-menu" aria-label="Menu principal"><ul>{_nav(site, "jp-menu__item", "jp-menu__link")}</ul></nav>
<a class="jp-login" href="/connexion">Mon compte</a></div></header>
<main class="jp-main jp-container"><div class="jp-crumbs">{_trail(site, page, " › ")}</div><h1 class="jp-h1">{escape(page.title)}</h1>{page.body}</main>
<footer class="jp-footer"><div class="jp-container"><a href="/mentions-legales">Mentions légales</a> — Plateforme <a href="https://www.jenparle.net" rel="noopener">Jenparle</a></div></footer>
</body>
</html>"""


def consultvox(site, page):
    """Consultvox (Open Source Politics' hosted offer): a city's space on consultvox.co."""
    return f"""<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(page.title)} — {escape(site.title)}</title>
<link rel="stylesheet" href="/packs/css/cvx-front-3b7a1d.css">
<script src="/packs/js/cvx-front-3b7a1d.js" defer></script>
</head>
<body class="cvx">
<header class="cvx-topbar"><a class="cvx-logo" href="/">{escape(site.title)}</a>
<nav class="cvx-nav"><ul>{_nav(site, "cvx-nav__item")}</ul></nav><a class="cvx-signin" href="/users/sign_in">Connexion</a></header>
<main class="cvx-main"><div class="cvx-crumbs">{_trail(site, page, " / ")}</div><h1 class="cvx-heading">{escape(page.title)}</h1>{page.body}</main>
<footer class="cvx-footer"><a href="/pages/terms-and-conditions">Conditions d'utilisation</a> · Une plateforme Consultvox</footer>
</body>
</html>"""


def voisinage(site, page):
    """A neighbourhood social network set up for the city by a hosted provider (posts, groups, mutual help)."""
    return f"""<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(page.title)} · {escape(site.title)}</title>
<link rel="stylesheet" href="/static/app/css/feed.4c1d.css"><script src="/static/app/js/feed.4c1d.js" defer></script>
</head>
<body class="rv-app">
<header class="rv-header"><a class="rv-logo" href="/">{escape(site.title)}</a><nav class="rv-nav"><ul>{_nav(site, "rv-nav__item")}</ul></nav>
<div class="rv-account"><a href="/se-connecter">Se connecter</a> · <a class="rv-cta" href="/inscription">Rejoindre le réseau</a></div></header>
<main class="rv-main"><p class="rv-crumbs">{_trail(site, page, " › ")}</p><h1>{escape(page.title)}</h1>{page.body}</main>
<footer class="rv-footer"><a href="/charte">Charte du réseau</a> · <a href="/mentions-legales">Mentions légales</a> · Réseau social de quartier</footer>
</body>
</html>"""


_LEGAL = ("<h2>Éditeur du site</h2><p>Directeur de la publication : le maire, ou son délégué. Conception et "
          "réalisation : direction de la communication.</p><h2>Hébergement</h2><p>Le site est hébergé en France, "
          "chez un prestataire certifié.</p><h2>Vos données</h2><p>Vous pouvez exercer vos droits d'accès, de "
          "rectification et d'effacement auprès du délégué à la protection des données de la ville.</p>")
_LEGAL_PAGE = ("/mentions-legales", "Mentions légales", _LEGAL, frozenset())

LAYOUTS = {f"cascades_{f.__name__}": f for f in (ametys, t3sitepackage, astra, helix, iris, escal, nuxtcity, dsfr,
                                                 idcity, fluicity, jenparle, consultvox, voisinage)}
_CHROME = {name: [_LEGAL_PAGE] for name in LAYOUTS}
_CHROME["cascades_idcity"] = [
    ("/connexion", "Se connecter", themes._login("/connexion", "email", "password"), frozenset({"contact_form"})),
    ("/cgu", "Conditions générales d'utilisation", _LEGAL, frozenset()),
    ("/donnees-personnelles", "Données personnelles", _LEGAL, frozenset())]
_CHROME["cascades_fluicity"] = [
    ("/login", "Connexion", themes._login("/login", "email", "password"), frozenset({"contact_form"})),
    ("/cgu", "Conditions générales d'utilisation", _LEGAL, frozenset())]
_CHROME["cascades_jenparle"] = [
    _LEGAL_PAGE, ("/connexion", "Mon compte", themes._login("/connexion", "_username", "_password"),
                  frozenset({"contact_form"}))]
_CHROME["cascades_consultvox"] = [
    ("/users/sign_in", "Connexion", themes._login("/users/sign_in", "user[email]", "user[password]"),
     frozenset({"contact_form"})),
    ("/pages/terms-and-conditions", "Conditions d'utilisation", _LEGAL, frozenset())]
_CHROME["cascades_voisinage"] = [
    _LEGAL_PAGE, ("/se-connecter", "Se connecter", themes._login("/se-connecter", "email", "password"),
                  frozenset({"contact_form"}))]


def register():
    """Adds the layouts to the sample web's theme table (once)."""
    for name, layout in LAYOUTS.items():
        themes.THEMES.setdefault(name, layout)
        themes.CHROME.setdefault(name, _CHROME[name])


register()

# ---------------------------------------------------------------------------------------------------------------
# Content blocks


def p(*paras):
    return "".join(f"<p>{x}</p>" for x in paras)


def h2(text):
    return f"<h2>{text}</h2>"


def ul(items, cls=""):
    return f'<ul class="{cls}">' + "".join(f"<li>{i}</li>" for i in items) + "</ul>"


def links(pairs, cls="liste-liens"):
    return ul([f'<a href="{escape(h)}">{t}</a>' for h, t in pairs], cls)


def news(items, heading="Actualités", cls="actus"):
    """items: (href, title, date, teaser)."""
    cards = "".join(f'<article class="{cls}__item"><p class="{cls}__date"><time>{d}</time></p>'
                    f'<h3 class="{cls}__titre"><a href="{escape(h)}">{t}</a></h3><p>{s}</p></article>'
                    for h, t, d, s in items)
    return f'<section class="{cls}"><h2>{heading}</h2>{cards}</section>'


def agenda(items, heading="Agenda"):
    """items: (day, month, title, place)."""
    rows = "".join(f'<li class="agenda__event"><span class="agenda__date"><b>{d}</b> {m}</span>'
                   f'<span class="agenda__titre">{t}</span><span class="agenda__lieu">{w}</span></li>'
                   for d, m, t, w in items)
    return f'<section class="agenda"><h2>{heading}</h2><ul>{rows}</ul></section>'


def tiles(pairs, heading="Accès directs", cls="acces-directs"):
    items = "".join(f'<li class="{cls}__item"><a class="{cls}__lien" href="{escape(h)}">{t}</a></li>' for h, t in pairs)
    return f'<nav class="{cls}" aria-label="{heading}"><h2>{heading}</h2><ul>{items}</ul></nav>'


def aside(main, side, cls="colonne"):
    return f'<div class="{cls}"><div class="{cls}__principal">{main}</div><aside class="{cls}__laterale">{side}</aside></div>'


def note(text, cls="encadre"):
    return f'<div class="{cls}"><p>{text}</p></div>'


def share(url):
    """Share buttons (intents, not accounts)."""
    return ('<div class="partage"><span>Partager :</span> '
            f'<a href="https://www.facebook.com/sharer/sharer.php?u={escape(url)}" target="_blank" rel="noopener">Facebook</a> '
            f'<a href="https://twitter.com/intent/tweet?url={escape(url)}" target="_blank" rel="noopener">X</a> '
            f'<a href="https://www.linkedin.com/shareArticle?mini=true&amp;url={escape(url)}" target="_blank" rel="noopener">LinkedIn</a></div>')


def _field(kind, name, label, fid=None, required=True, cls="", attrs=""):
    fid = fid or name.replace("[", "-").replace("]", "")
    req = " required" if required else ""
    star = ' <span class="required">*</span>' if required else ""
    if kind == "textarea":
        ctl = f'<textarea id="{fid}" name="{name}" rows="6" class="{cls}"{req}{attrs}></textarea>'
    else:
        ctl = f'<input type="{kind}" id="{fid}" name="{name}" class="{cls}"{req}{attrs}>'
    return f'<label for="{fid}">{label}{star}</label>{ctl}'


# --- contact forms ---------------------------------------------------------------------------------------------

def ametys_contact(action, subjects):
    opts = "".join(f"<option>{s}</option>" for s in subjects)
    return (f'<div class="ametys-form"><form id="form-contact" class="form-ametys" action="{action}" method="post" '
            f'enctype="multipart/form-data"><fieldset><legend>Vos coordonnées</legend>'
            f'<div class="field">{_field("text", "nom", "Nom")}</div><div class="field">{_field("text", "prenom", "Prénom")}</div>'
            f'<div class="field">{_field("email", "courriel", "Adresse électronique")}</div></fieldset>'
            f'<fieldset><legend>Votre demande</legend><div class="field"><label for="objet">Objet</label>'
            f'<select id="objet" name="objet">{opts}</select></div>'
            f'<div class="field">{_field("textarea", "demande", "Votre message")}</div>'
            f'<div class="field"><input type="checkbox" id="rgpd" name="rgpd" required><label for="rgpd">J\'accepte que mes '
            f'données soient utilisées pour traiter ma demande.</label></div></fieldset>'
            f'<input type="hidden" name="form-id" value="contact-mairie"><button type="submit" class="btn">Envoyer</button></form></div>')


def publik_form(slug, title, fields, submit="Valider"):
    """A w.c.s. form as Publik renders it. fields: (kind, label)."""
    rows = []
    for i, (kind, label) in enumerate(fields, 1):
        name = f"f{i}"
        if kind == "textarea":
            ctl = f'<textarea id="form_{name}" name="{name}" cols="70" rows="8"></textarea>'
            w = "TextWidget"
        elif kind == "select":
            ctl = f'<select id="form_{name}" name="{name}"><option>—</option><option>Voirie</option><option>Propreté</option></select>'
            w = "SingleSelectWidget"
        else:
            ctl = f'<input type="{kind}" id="form_{name}" name="{name}" value="">'
            w = "StringWidget" if kind == "text" else "EmailWidget"
        rows.append(f'<div class="widget {w} template-form widget-required" data-field-id="{i}"><div class="title">'
                    f'<label for="form_{name}">{label}</label><span class="required">*</span></div>'
                    f'<div class="content">{ctl}</div></div>')
    return (f'<div id="steps"><ol><li class="current"><span class="marker">1</span><span class="label">Remplir</span></li>'
            f'<li><span class="marker">2</span><span class="label">Valider</span></li></ol></div>'
            f'<form action="/{slug}/" method="post" enctype="multipart/form-data" data-form-slug="{slug}" class="quixote">'
            f'<input type="hidden" name="_form_id" value="{slug}"><h2>{title}</h2>{"".join(rows)}'
            f'<div class="buttons submit"><button class="submit-button" name="submit" value="{submit}">{submit}</button></div>'
            f'<input type="hidden" name="_ajax_form_token" value="b2f5a7c1d3e8"></form>')


def powermail(uid, fields, submit="Envoyer"):
    """TYPO3 powermail form. fields: (kind, marker, label)."""
    rows = []
    for kind, marker, label in fields:
        fid = f"powermail_field_{marker}"
        name = f"tx_powermail_pi1[field][{marker}]"
        if kind == "textarea":
            ctl = f'<textarea rows="5" cols="20" required="required" id="{fid}" class="powermail_textarea" name="{name}"></textarea>'
        elif kind == "radio":
            ctl = "".join(f'<div class="radio"><label><input type="radio" name="{name}" value="{o}" class="powermail_radio">{o}</label></div>'
                          for o in label[1])
            label = label[0]
        else:
            ctl = f'<input required="required" id="{fid}" class="powermail_{kind}" type="{kind}" name="{name}" value="">'
        rows.append(f'<div class="powermail_fieldwrap powermail_fieldwrap_type_{kind} powermail_fieldwrap_{marker}">'
                    f'<label for="{fid}" class="powermail_label">{label}</label><div class="powermail_field">{ctl}</div></div>')
    return (f'<div class="tx-powermail"><div class="container-fluid"><form data-powermail-validate="data-powermail-validate" '
            f'action="/?tx_powermail_pi1%5Baction%5D=create&amp;tx_powermail_pi1%5Bcontroller%5D=Form" method="post" '
            f'class="powermail_form powermail_form_{uid} nolabel" enctype="multipart/form-data">'
            f'<fieldset class="powermail_fieldset powermail_fieldset_{uid}">{"".join(rows)}'
            f'<div class="powermail_fieldwrap powermail_fieldwrap_type_submit"><button type="submit" class="btn btn-primary powermail_submit">{submit}</button></div>'
            f'</fieldset><input type="hidden" name="tx_powermail_pi1[mail][form]" value="{uid}"></form></div></div>')


def cf7(form_id, fields, submit="Envoyer"):
    """Contact Form 7. fields: (kind, name, label)."""
    rows = "".join(
        f'<p><label>{label}<br><span class="wpcf7-form-control-wrap" data-name="{name}">'
        + (f'<textarea cols="40" rows="10" class="wpcf7-form-control wpcf7-textarea wpcf7-validates-as-required" aria-required="true" name="{name}"></textarea>'
           if kind == "textarea" else
           f'<input size="40" class="wpcf7-form-control wpcf7-{kind} wpcf7-validates-as-required" aria-required="true" value="" type="{kind}" name="{name}">')
        + '</span></label></p>' for kind, name, label in fields)
    return (f'<div class="wpcf7 no-js" id="wpcf7-f{form_id}-p{form_id + 7}-o1" lang="fr-FR" dir="ltr">'
            f'<form action="#wpcf7-f{form_id}-p{form_id + 7}-o1" method="post" class="wpcf7-form init" novalidate="novalidate" data-status="init">'
            f'<div style="display: none;"><input type="hidden" name="_wpcf7" value="{form_id}"><input type="hidden" name="_wpcf7_version" value="5.9.3">'
            f'<input type="hidden" name="_wpcf7_locale" value="fr_FR"><input type="hidden" name="_wpcf7_unit_tag" value="wpcf7-f{form_id}-o1"></div>'
            f'{rows}<p><input class="wpcf7-form-control wpcf7-submit has-spinner" type="submit" value="{submit}"></p>'
            f'<div class="wpcf7-response-output" aria-hidden="true"></div></form></div>')


def gravity(form_id, title, fields, submit="Envoyer"):
    """Gravity Forms. fields: (kind, label, choices-or-None)."""
    rows = []
    for i, (kind, label, choices) in enumerate(fields, 1):
        fid = f"input_{form_id}_{i}"
        if kind == "textarea":
            ctl = f'<textarea name="input_{i}" id="{fid}" class="textarea large" aria-required="true" rows="10" cols="50"></textarea>'
        elif kind == "radio":
            ctl = '<div class="gfield_radio" id="' + fid + '">' + "".join(
                f'<div class="gchoice gchoice_{form_id}_{i}_{j}"><input class="gfield-choice-input" name="input_{i}" type="radio" value="{c}" id="choice_{form_id}_{i}_{j}">'
                f'<label for="choice_{form_id}_{i}_{j}">{c}</label></div>' for j, c in enumerate(choices)) + "</div>"
        elif kind == "select":
            ctl = f'<select name="input_{i}" id="{fid}" class="large gfield_select">' + "".join(f"<option value='{c}'>{c}</option>" for c in choices) + "</select>"
        else:
            ctl = f'<input name="input_{i}" id="{fid}" type="{kind}" value="" class="large" aria-required="true">'
        rows.append(f'<div id="field_{form_id}_{i}" class="gfield gfield--type-{kind} gfield_contains_required field_sublabel_below">'
                    f'<label class="gfield_label gform-field-label" for="{fid}">{label}<span class="gfield_required">*</span></label>'
                    f'<div class="ginput_container ginput_container_{kind}">{ctl}</div></div>')
    return (f'<div class="gf_browser_gecko gform_wrapper gravity-theme gform-theme--no-framework" id="gform_wrapper_{form_id}">'
            f'<div class="gform_heading"><h2 class="gform_title">{title}</h2></div>'
            f'<form method="post" enctype="multipart/form-data" id="gform_{form_id}" action="" novalidate>'
            f'<div class="gform-body gform_body"><div id="gform_fields_{form_id}" class="gform_fields top_label form_sublabel_below description_below">{"".join(rows)}</div></div>'
            f'<div class="gform_footer top_label"><input type="submit" id="gform_submit_button_{form_id}" class="gform_button button" value="{submit}">'
            f'<input type="hidden" class="gform_hidden" name="is_submit_{form_id}" value="1"><input type="hidden" name="gform_submit" value="{form_id}"></div></form></div>')


def wpforms(form_id, fields, submit="Envoyer"):
    """WPForms. fields: (kind, label)."""
    rows = []
    for i, (kind, label) in enumerate(fields):
        fid = f"wpforms-{form_id}-field_{i}"
        if kind == "textarea":
            ctl = f'<textarea id="{fid}" class="wpforms-field-medium wpforms-field-required" name="wpforms[fields][{i}]" required></textarea>'
        elif kind == "file":
            ctl = f'<input type="file" id="{fid}" name="wpforms_{form_id}_{i}" class="wpforms-field-required" required>'
        else:
            ctl = f'<input type="{kind}" id="{fid}" class="wpforms-field-medium wpforms-field-required" name="wpforms[fields][{i}]" required>'
        rows.append(f'<div id="{fid}-container" class="wpforms-field wpforms-field-{kind}" data-field-id="{i}">'
                    f'<label class="wpforms-field-label" for="{fid}">{label} <span class="wpforms-required-label">*</span></label>{ctl}</div>')
    return (f'<div class="wpforms-container wpforms-container-full" id="wpforms-{form_id}">'
            f'<form id="wpforms-form-{form_id}" class="wpforms-validate wpforms-form" data-formid="{form_id}" method="post" enctype="multipart/form-data" action="">'
            f'<div class="wpforms-field-container">{"".join(rows)}</div><div class="wpforms-submit-container">'
            f'<input type="hidden" name="wpforms[id]" value="{form_id}"><button type="submit" name="wpforms[submit]" class="wpforms-submit">{submit}</button></div></form></div>')


def joomla_contact(contact_id):
    return (f'<div class="com-contact contact"><div class="com-contact__form contact-form">'
            f'<form id="contact-form" action="/index.php/contact?view=contact&amp;id={contact_id}" method="post" class="form-validate form-horizontal well">'
            f'<fieldset><legend>Envoyer un courriel</legend>'
            f'<div class="control-group field-spacer"><div class="control-label"><span class="spacer"><strong class="red">*</strong> Champ requis</span></div></div>'
            f'<div class="control-group"><div class="control-label"><label id="jform_contact_name-lbl" for="jform_contact_name" class="required">Nom<span class="star">&#160;*</span></label></div>'
            f'<div class="controls"><input type="text" name="jform[contact_name]" id="jform_contact_name" value="" class="form-control required" required></div></div>'
            f'<div class="control-group"><div class="control-label"><label for="jform_contact_email" class="required">E-mail<span class="star">&#160;*</span></label></div>'
            f'<div class="controls"><input type="email" inputmode="email" name="jform[contact_email]" class="form-control validate-email required" id="jform_contact_email" value="" required></div></div>'
            f'<div class="control-group"><div class="control-label"><label for="jform_contact_emailmsg" class="required">Sujet<span class="star">&#160;*</span></label></div>'
            f'<div class="controls"><input type="text" name="jform[contact_subject]" id="jform_contact_emailmsg" value="" class="form-control required" required></div></div>'
            f'<div class="control-group"><div class="control-label"><label for="jform_contact_message" class="required">Message<span class="star">&#160;*</span></label></div>'
            f'<div class="controls"><textarea name="jform[contact_message]" id="jform_contact_message" cols="50" rows="10" class="form-control required" required></textarea></div></div>'
            f'</fieldset><div class="control-group"><div class="controls"><button class="btn btn-primary validate" type="submit">Envoyer un courriel</button>'
            f'<input type="hidden" name="option" value="com_contact"><input type="hidden" name="task" value="contact.submit">'
            f'<input type="hidden" name="return" value=""><input type="hidden" name="id" value="{contact_id}:mairie"></div></div></form></div></div>')


def spip_contact(id_auteur):
    return (f'<div class="formulaire_spip formulaire_ecrire_auteur ajax" id="formulaire_ecrire_auteur{id_auteur}">'
            f'<form method="post" action="spip.php?page=contact#formulaire_ecrire_auteur{id_auteur}"><div>'
            f'<input name="formulaire_action" type="hidden" value="ecrire_auteur"><input name="formulaire_action_args" type="hidden" value="{id_auteur}">'
            f'<fieldset><legend>Envoyer un message</legend><div class="editer-groupe">'
            f'<div class="editer saisie_email_message_auteur obligatoire"><label for="email_message_auteur{id_auteur}">Votre adresse email</label>'
            f'<input required="required" type="email" class="text email" name="email_message_auteur" id="email_message_auteur{id_auteur}" value="" size="30"></div>'
            f'<div class="editer saisie_sujet_message_auteur obligatoire"><label for="sujet_message_auteur{id_auteur}">Sujet</label>'
            f'<input required="required" type="text" class="text" name="sujet_message_auteur" id="sujet_message_auteur{id_auteur}" value="" size="30"></div>'
            f'<div class="editer saisie_texte_message_auteur obligatoire"><label for="texte_message_auteur{id_auteur}">Texte de votre message</label>'
            f'<textarea required="required" name="texte_message_auteur" id="texte_message_auteur{id_auteur}" rows="10" cols="60"></textarea></div>'
            f'</div></fieldset><p class="boutons"><input type="submit" class="submit" name="valide" value="Envoyer"></p></div></form></div>')


def drupal_webform(form_id, intro, fields, submit="Envoyer"):
    """Drupal Webform. fields: (kind, key, label, choices)."""
    rows = []
    for kind, key, label, choices in fields:
        dk = key.replace("_", "-")
        if kind == "textarea":
            ctl = (f'<div class="js-form-item form-item js-form-type-textarea form-type-textarea form-item-{dk}">'
                   f'<label for="edit-{dk}" class="js-form-required form-required">{label}</label>'
                   f'<div class="form-textarea-wrapper"><textarea data-drupal-selector="edit-{dk}" id="edit-{dk}" name="{key}" rows="5" cols="60" class="form-textarea required resize-vertical" required="required"></textarea></div></div>')
        elif kind == "radios":
            opts = "".join(f'<div class="js-form-item form-item js-form-type-radio form-type-radio"><input data-drupal-selector="edit-{dk}-{j}" type="radio" id="edit-{dk}-{j}" name="{key}" value="{c}" class="form-radio">'
                           f'<label for="edit-{dk}-{j}" class="option">{c}</label></div>' for j, c in enumerate(choices))
            ctl = (f'<fieldset data-drupal-selector="edit-{dk}" class="radios--wrapper fieldgroup form-composite webform-composite-visible-title js-webform-type-radios webform-type-radios js-form-item form-item js-form-wrapper form-wrapper" id="edit-{dk}--wrapper">'
                   f'<legend><span class="fieldset-legend">{label}</span></legend><div class="fieldset-wrapper"><div id="edit-{dk}" class="js-webform-radios webform-options-display-one-column form-radios">{opts}</div></div></fieldset>')
        elif kind == "checkboxes":
            opts = "".join(f'<div class="js-form-item form-item js-form-type-checkbox form-type-checkbox"><input type="checkbox" id="edit-{dk}-{j}" name="{key}[{c}]" value="{c}" class="form-checkbox">'
                           f'<label for="edit-{dk}-{j}" class="option">{c}</label></div>' for j, c in enumerate(choices))
            ctl = (f'<fieldset class="checkboxes--wrapper fieldgroup form-composite js-webform-type-checkboxes webform-type-checkboxes" id="edit-{dk}--wrapper">'
                   f'<legend><span class="fieldset-legend">{label}</span></legend><div class="fieldset-wrapper"><div id="edit-{dk}" class="js-webform-checkboxes form-checkboxes">{opts}</div></div></fieldset>')
        else:
            ctl = (f'<div class="js-form-item form-item js-form-type-{kind} form-type-{kind} form-item-{dk}">'
                   f'<label for="edit-{dk}" class="js-form-required form-required">{label}</label>'
                   f'<input data-drupal-selector="edit-{dk}" type="{kind}" id="edit-{dk}" name="{key}" value="" size="60" class="form-{kind} required" required="required"></div>')
        rows.append(ctl)
    fid = form_id.replace("_", "-")
    return (f'<form class="webform-submission-form webform-submission-add-form webform-submission-{fid}-form js-webform-details-toggle webform-details-toggle" '
            f'data-drupal-selector="webform-submission-{fid}-add-form" action="/form/{fid}" method="post" id="webform-submission-{fid}-add-form" accept-charset="UTF-8">'
            f'<div id="edit-intro" class="js-form-item form-item js-form-type-processed-text form-type-processed-text"><p>{intro}</p></div>'
            f'{"".join(rows)}<div data-drupal-selector="edit-actions" class="form-actions webform-actions js-form-wrapper form-wrapper" id="edit-actions">'
            f'<input class="webform-button--submit button button--primary js-form-submit form-submit" data-drupal-selector="edit-actions-submit" type="submit" id="edit-actions-submit" name="op" value="{submit}"></div>'
            f'<input data-drupal-selector="form-{fid}" type="hidden" name="form_build_id" value="form-{fid}-x1y2z3"><input type="hidden" name="form_id" value="webform_submission_{form_id}_add_form"></form>')


def vendor_form(action, legend, fields, submit="Envoyer", cls="c-form"):
    """A proprietary CMS's form module. fields: (kind, name, label, choices)."""
    rows = []
    for kind, name, label, choices in fields:
        if kind == "radio":
            opts = "".join(f'<div class="{cls}__choice"><input type="radio" id="{name}-{j}" name="{name}" value="{j}"><label for="{name}-{j}">{c}</label></div>'
                           for j, c in enumerate(choices))
            rows.append(f'<fieldset class="{cls}__group"><legend class="{cls}__legend">{label}</legend>{opts}</fieldset>')
        elif kind == "select":
            opts = "".join(f"<option>{c}</option>" for c in choices)
            rows.append(f'<div class="{cls}__field"><label for="{name}">{label}</label><select id="{name}" name="{name}">{opts}</select></div>')
        else:
            rows.append(f'<div class="{cls}__field">{_field(kind, name, label)}</div>')
    return (f'<form class="{cls}" action="{action}" method="post" novalidate><p class="{cls}__mandatory">Les champs marqués d\'un astérisque sont obligatoires.</p>'
            f'<fieldset><legend class="{cls}__title">{legend}</legend>{"".join(rows)}</fieldset>'
            f'<div class="{cls}__actions"><button type="submit" class="c-btn c-btn--primary">{submit}</button></div></form>')


# --- comments ---------------------------------------------------------------------------------------------------

def wp_comments(post_id, comments, open_=True):
    items = "".join(
        f'<li id="comment-{post_id * 10 + i}" class="comment even thread-even depth-1"><article id="div-comment-{post_id * 10 + i}" class="comment-body">'
        f'<footer class="comment-meta"><div class="comment-author vcard"><b class="fn">{a}</b> <span class="says">dit :</span></div>'
        f'<div class="comment-metadata"><time>{d}</time></div></footer><div class="comment-content"><p>{t}</p></div>'
        f'<div class="reply"><a rel="nofollow" class="comment-reply-link" href="#comment-{post_id * 10 + i}">Répondre</a></div></article></li>'
        for i, (a, d, t) in enumerate(comments, 1))
    title = f'<h2 class="comments-title">{len(comments)} réactions</h2><ol class="comment-list">{items}</ol>' if comments else ""
    if not open_:
        return f'<div id="comments" class="comments-area">{title}<p class="no-comments">Les commentaires sont fermés.</p></div>'
    form = (f'<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Laisser un commentaire</h3>'
            f'<form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate>'
            f'<p class="comment-notes">Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *</p>'
            f'<p class="comment-form-comment"><label for="comment">Commentaire <span class="required">*</span></label><textarea id="comment" name="comment" cols="45" rows="8" maxlength="65525" required></textarea></p>'
            f'<p class="comment-form-author"><label for="author">Nom <span class="required">*</span></label><input id="author" name="author" type="text" value="" size="30" maxlength="245" required></p>'
            f'<p class="comment-form-email"><label for="email">E-mail <span class="required">*</span></label><input id="email" name="email" type="email" value="" size="30" maxlength="100" required></p>'
            f'<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Laisser un commentaire"><input type="hidden" name="comment_post_ID" value="{post_id}" id="comment_post_ID"><input type="hidden" name="comment_parent" id="comment_parent" value="0"></p></form></div>')
    return f'<div id="comments" class="comments-area">{title}{form}</div>'


def wpdiscuz(post_id, comments):
    threads = "".join(
        f'<div id="wpd-comm-{post_id}{i}_0" class="wpd-comment wpd_comment_level-1"><div class="wpd-comment-wrap wpd-blog-guest">'
        f'<div class="wpd-comment-right"><div class="wpd-comment-header"><div class="wpd-comment-author">{a}</div><div class="wpd-comment-date">{d}</div></div>'
        f'<div class="wpd-comment-text"><p>{t}</p></div><div class="wpd-comment-footer"><div class="wpd-vote"><div class="wpd-vote-up wpd_not_clicked"></div><div class="wpd-vote-result">{i + 2}</div></div>'
        f'<div class="wpd-reply-button"><span>Répondre</span></div></div></div></div></div>'
        for i, (a, d, t) in enumerate(comments, 1))
    return (f'<div class="wpdiscuz_top_clearing"></div><div id="comments" class="comments-area"><div id="respond" style="width: 0;height: 0;clear: both;margin: 0;padding: 0;"></div>'
            f'<div id="wpdcom" class="wpdiscuz_unauth wpd-default wpd-layout-2 wpd-comments-open">'
            f'<div class="wc_social_plugin_wrapper"></div><div class="wpd-form-wrap"><div class="wpd-form-head"><div class="wpd-sbs-toggle"><i class="far fa-envelope"></i> <span class="wpd-sbs-title">S\'abonner</span></div></div>'
            f'<div class="wpd-form wpd-form-wrapper wpd-main-form-wrapper" id="wpd-main-form-wrapper-0_0"><form method="post" enctype="multipart/form-data" data-uploading="false" class="wpd_comm_form wpd_main_comm_form">'
            f'<div class="wpd-field-comment"><div class="wpdiscuz-item wc-field-textarea"><div class="wpdiscuz-textarea-wrap"><textarea id="wc-textarea-0_0" placeholder="Participez à la discussion" aria-label="Participez à la discussion" name="wc_comment" class="wc_comment wpd-field"></textarea></div></div></div>'
            f'<div class="wpd-form-foot"><div class="wpdiscuz-item wc_name-wrapper wpd-has-icon"><input id="wc_name-0_0" value="" required="required" aria-required="true" class="wc_name wpd-field" type="text" name="wc_name" placeholder="Nom*"></div>'
            f'<div class="wpdiscuz-item wc_email-wrapper wpd-has-icon"><input id="wc_email-0_0" value="" class="wc_email wpd-field" type="email" name="wc_email" placeholder="E-mail*"></div>'
            f'<div class="wc-field-submit"><input id="wpd-field-submit-0_0" class="wc_comm_submit wpd_not_clicked wpd-prim-button" type="submit" name="submit" value="Publier le commentaire"></div></div>'
            f'<input type="hidden" class="wpdiscuz_unique_id" value="0_0" name="wpdiscuz_unique_id"></form></div></div>'
            f'<div id="wpd-threads" class="wpd-thread-wrapper"><div class="wpd-thread-head"><div class="wpd-thread-info " data-comments-count="{len(comments)}"><span class="wpdtc">{len(comments)}</span> Commentaires</div></div>'
            f'<div class="wpd-thread-list">{threads}</div></div></div></div>'
            f'<script id="wpdiscuz-combo-js-js-extra">var wpdiscuzAjaxObj = {{"wc_post_id":"{post_id}"}};</script>')


def drupal_comments(node_id, comments):
    items = "".join(
        f'<article data-comment-user-id="0" id="comment-{node_id}{i}" class="comment js-comment by-anonymous"><footer class="comment__meta">'
        f'<p class="comment__author"><span>{a}</span></p><p class="comment__time">{d}</p></footer>'
        f'<div class="comment__content"><div class="field field--name-comment-body"><p>{t}</p></div></div></article>'
        for i, (a, d, t) in enumerate(comments, 1))
    return (f'<section class="field field--name-comment field--type-comment field--label-above comment-wrapper">'
            f'<h2 class="title comment-wrapper__title">Commentaires</h2>{items}'
            f'<h2 class="title comment-form__title">Ajouter un commentaire</h2>'
            f'<form class="comment-comment-form comment-form" data-drupal-selector="comment-form" action="/comment/reply/node/{node_id}/comment" method="post" id="comment-form" accept-charset="UTF-8">'
            f'<div class="js-form-item form-item js-form-type-textfield form-item-name"><label for="edit-name">Votre nom</label><input data-drupal-selector="edit-name" type="text" id="edit-name" name="name" value="" size="30" maxlength="60" class="form-text"></div>'
            f'<div class="field--type-text-long field--name-comment-body field--widget-text-textarea js-form-wrapper form-wrapper"><div class="js-form-item form-item js-form-type-textarea form-item-comment-body-0-value">'
            f'<label for="edit-comment-body-0-value" class="js-form-required form-required">Commentaire</label><div class="form-textarea-wrapper"><textarea class="js-text-full text-full form-textarea required" data-drupal-selector="edit-comment-body-0-value" id="edit-comment-body-0-value" name="comment_body[0][value]" rows="5" cols="60" required="required"></textarea></div></div></div>'
            f'<input type="hidden" name="form_id" value="comment_comment_form"><div data-drupal-selector="edit-actions" class="form-actions js-form-wrapper form-wrapper" id="edit-actions">'
            f'<input data-drupal-selector="edit-submit" type="submit" id="edit-submit" name="op" value="Enregistrer" class="button button--primary js-form-submit form-submit"></div></form></section>')


def jcomments(object_id, comments):
    items = "".join(
        f'<div class="even" id="comment-item-{object_id}{i}"><div class="rbox"><div class="comment-box"><span class="comment-author">{a}</span>'
        f'<span class="comment-date">{d}</span><div class="comment-body" id="comment-body-{object_id}{i}">{t}</div></div></div></div>'
        for i, (a, d, t) in enumerate(comments, 1))
    return (f'<div id="jc"><div id="comments"><h4>Commentaires ({len(comments)})</h4><div id="comments-list" class="comments-list">{items}</div></div>'
            f'<a id="addcomments" href="#addcomments"></a><form id="comments-form" name="comments-form" action="javascript:void(null);">'
            f'<p><input id="comments-form-name" type="text" name="name" value="" maxlength="20" size="22" tabindex="1"><label for="comments-form-name">Nom (obligatoire)</label></p>'
            f'<p><input id="comments-form-email" type="text" name="email" value="" size="22" tabindex="2"><label for="comments-form-email">E-mail (obligatoire, non publié)</label></p>'
            f'<p><textarea id="comments-form-comment" name="comment" cols="65" rows="8" tabindex="5"></textarea></p>'
            f'<div id="comments-form-buttons"><div class="btn" id="comments-form-send"><div><a href="#" tabindex="7">Envoyer</a></div></div></div>'
            f'<div><input type="hidden" name="object_id" value="{object_id}"><input type="hidden" name="object_group" value="com_content"></div></form>'
            f'<script type="text/javascript">var jcomments=new JComments({object_id}, \'com_content\',\'/index.php?option=com_jcomments&amp;tmpl=component\');</script></div>')


def disqus(shortname, ident):
    return (f'<div id="disqus_thread"></div><script>var disqus_config = function () {{ this.page.identifier = "{ident}"; }};'
            f'(function() {{ var d = document, s = d.createElement("script"); s.src = "https://{shortname}.disqus.com/embed.js";'
            f's.setAttribute("data-timestamp", +new Date()); (d.head || d.body).appendChild(s); }})();</script>'
            f'<noscript>Activez JavaScript pour voir les <a href="https://disqus.com/?ref_noscript">commentaires propulsés par Disqus.</a></noscript>')


def fb_comments(url):
    return ('<div id="fb-root"></div><script async defer crossorigin="anonymous" src="https://connect.facebook.net/fr_FR/sdk.js#xfbml=1&version=v19.0"></script>'
            f'<div class="fb-comments" data-href="{escape(url)}" data-width="100%" data-numposts="10" data-order-by="reverse_time"></div>')


# --- polls and surveys --------------------------------------------------------------------------------------------

def yop_poll(poll_id, question, answers):
    opts = "".join(f'<li class="basic-answer" style="padding:0px 0px;"><div class="basic-answer-content basic-text-vertical">'
                   f'<label for="answer[{poll_id}{i}]" class="basic-answer-label"><input type="radio" id="answer[{poll_id}{i}]" name="answer[{poll_id}]" value="{poll_id}{i}" autocomplete="off">'
                   f'<span class="basic-text">{a}</span></label></div></li>' for i, a in enumerate(answers, 1))
    return (f'<div class="bootstrap-yop yop-poll-mc"><div class="basic-yop-poll-container" data-id="{poll_id}" data-temp="basic" data-skin="minimal" data-cscheme="blue" data-cap="0" data-access="guest" data-tid="" data-uid="" data-pid="" data-resdet="votes-number,percentages" data-show-results-to="guest" data-show-results-moment="after-vote" data-show-results-only="false" data-show-message="true" data-show-results-as="bar" data-sort-results-by="as-defined" data-sort-results-rule="asc" data-is-ended="0" data-gdpr="no" data-gdpr-sol="consent" data-css="" data-counter="0" data-load-with="1" data-notification-section="top">'
            f'<div class="basic-inner"><div class="basic-message hide"><p></p></div><div class="basic-overlay hide"></div>'
            f'<form class="basic-form" action=""><input type="hidden" name="_token" value="5c1ab3e7d2" autocomplete="off"><div class="basic-elements">'
            f'<div class="basic-element basic-question basic-question-text-vertical" data-id="{poll_id}" data-uid="q{poll_id}" data-type="question" data-question-type="text" data-required="yes" data-allow-multiple="no" data-min="1" data-max="1" data-display="vertical" data-colnum="" data-display-others="no" data-others-color="" data-others="">'
            f'<div role="radiogroup" aria-labelledby="q-{poll_id}"><div class="basic-question-title"><h5 id="q-{poll_id}">{question}</h5></div><ul class="basic-answers">{opts}</ul></div></div></div>'
            f'<div class="basic-vote"><a href="#" class="button basic-vote-button" role="button" style="background:#0b5394; border:0px; color:#fff;">Voter</a></div></form></div></div></div>')


def democracy_poll(poll_id, question, answers):
    opts = "".join(f'<li><label for="democracy-answer-{poll_id}-{i}" class="dem__radio_label"><input id="democracy-answer-{poll_id}-{i}" class="dem__radio" type="radio" value="{poll_id}{i}" name="answer_ids[]"><span class="dem__spot"></span> {a}</label></li>'
                   for i, a in enumerate(answers, 1))
    return (f'<div id="democracy-{poll_id}" class="democracy" data-opts=\'{{"ajax_url":"/wp-admin/admin-ajax.php","pid":{poll_id},"max_answs":1,"answs_max_height":"500","anim_speed":"400","line_anim_speed":1500}}\'>'
            f'<div class="dem-poll-title">{question}</div><div class="dem-screen vote"><form method="POST" action="#democracy-{poll_id}">'
            f'<ul class="dem-vote">{opts}</ul><div class="dem-bottom"><input type="hidden" name="dem_act" value="vote"><input type="hidden" name="dem_pid" value="{poll_id}">'
            f'<div class="dem-vote-button"><input class="dem-button" type="submit" value="Voter" data-dem-act="vote"></div>'
            f'<div class="dem-results-link"><a href="#" class="dem-link dem-results-link" data-dem-act="view" rel="nofollow">Voir les résultats</a></div></div></form></div>'
            f'<noscript>Poll Options are limited because JavaScript is disabled in your browser.</noscript></div>')


def results_bars(question, rows, total, closed_note):
    """A closed poll's results: bars, no form."""
    bars = "".join(f'<li class="resultat"><span class="resultat__libelle">{a}</span><span class="resultat__barre" style="width:{pct}%"></span>'
                   f'<span class="resultat__valeur">{pct} % ({n} voix)</span></li>' for a, pct, n in rows)
    return (f'<div class="resultats-sondage"><h3>{question}</h3><ul class="resultats">{bars}</ul>'
            f'<p class="resultats__total">{total} participants — {closed_note}</p></div>')


def iframe(src, title, height=900, cls="embed"):
    return (f'<div class="{cls}"><iframe src="{escape(src)}" title="{title}" width="100%" height="{height}" frameborder="0" '
            f'marginheight="0" marginwidth="0" loading="lazy" allowfullscreen>Chargement…</iframe></div>')


def limesurvey(base, sid, title):
    return iframe(f"{base}/index.php/{sid}?lang=fr&newtest=Y", title, 1100, "limesurvey-embed")


def framaforms(slug, title):
    return iframe(f"https://framaforms.org/{slug}", title, 1000, "framaforms-embed")


def msforms(form_id, title):
    return iframe(f"https://forms.office.com/Pages/ResponsePage.aspx?id={form_id}&embed=true", title, 1000, "ms-forms")


def gforms(form_id, title):
    return iframe(f"https://docs.google.com/forms/d/e/{form_id}/viewform?embedded=true", title, 1400, "google-form")


def tally(form_id, title):
    return (f'<iframe data-tally-src="https://tally.so/embed/{form_id}?alignLeft=1&hideTitle=1&transparentBackground=1&dynamicHeight=1" '
            f'loading="lazy" width="100%" height="620" frameborder="0" marginheight="0" marginwidth="0" title="{title}"></iframe>'
            '<script>var d=document,w="https://tally.so/widgets/embed.js",v=function(){"undefined"!=typeof Tally?Tally.loadEmbeds():'
            'd.querySelectorAll("iframe[data-tally-src]:not([src])").forEach((function(e){e.src=e.dataset.tallySrc}))};'
            'if("undefined"!=typeof Tally)v();else if(d.querySelector(\'script[src="\'+w+\'"]\')==null){var s=d.createElement("script");'
            's.src=w,s.onload=v,s.onerror=v,d.body.appendChild(s);}</script>')


def typeform(form_id, title):
    return (f'<div data-tf-live="{form_id}" data-tf-opacity="100" data-tf-iframe-props="title={title}" data-tf-transitive-search-params '
            f'data-tf-medium="snippet" style="width:100%;height:600px;"></div><script src="//embed.typeform.com/next/embed.js"></script>')


def radio_block(name, question, answers, cls="question"):
    opts = "".join(f'<li><input type="radio" id="{name}-{i}" name="{name}" value="{i}"><label for="{name}-{i}">{a}</label></li>'
                   for i, a in enumerate(answers, 1))
    return f'<fieldset class="{cls}"><legend>{question}</legend><ul>{opts}</ul></fieldset>'


def spip_formidable_sondage(id_form, questions, intro):
    body = "".join(radio_block(f"radio_{i}", q, a, "editer saisie_radio") for i, (q, a) in enumerate(questions, 1))
    return (f'<div class="formulaire_spip formulaire_formidable formulaire_formidable_{id_form}" id="formulaire_formidable_{id_form}">'
            f'<form method="post" action="spip.php?page=formidable&amp;id_formulaire={id_form}"><input name="formulaire_action" type="hidden" value="formidable">'
            f'<input name="formulaire_action_args" type="hidden" value="{id_form}"><p class="explication">{intro}</p>'
            f'<div class="editer-groupe">{body}</div><p class="boutons"><input type="submit" class="submit" value="Envoyer mes réponses"></p></form></div>')


def spip_petition(id_article, count, thresh):
    return (f'<div class="formulaire_spip formulaire_signature" id="sp{id_article}">'
            f'<p class="signatures"><strong>{count}</strong> signatures — seuil de recevabilité : {thresh}</p>'
            f'<form method="post" action="spip.php?article{id_article}#sp{id_article}"><input name="formulaire_action" type="hidden" value="signature">'
            f'<input name="formulaire_action_args" type="hidden" value="{id_article}"><fieldset><legend>Signer cette pétition</legend>'
            f'<div class="editer-groupe"><div class="editer saisie_session_nom obligatoire"><label for="session_nom">Votre nom ou pseudo</label><input type="text" class="text" name="session_nom" id="session_nom" value="" size="20"></div>'
            f'<div class="editer saisie_session_email obligatoire"><label for="session_email">Votre adresse email</label><input type="email" class="text email" name="session_email" id="session_email" value="" size="20"></div>'
            f'<div class="editer saisie_message"><label for="message">Un message (facultatif)</label><textarea name="message" id="message" rows="3" cols="20"></textarea></div></div></fieldset>'
            f'<p class="boutons"><input type="submit" class="submit" name="ok" value="Valider"></p></form>'
            f'<p class="liste_signatures">Liste des signataires publiée à la clôture.</p></div>')


# --- boards (Kunena on Joomla) ------------------------------------------------------------------------------------

def kunena_categories(cats):
    rows = "".join(f'<tr class="category"><td class="kcol-first kcol-category-icon"></td><td class="kcol-mid kcol-kcattitle">'
                   f'<h3><a href="{escape(h)}">{t}</a></h3><div class="kcatdesc">{d}</div></td>'
                   f'<td class="kcol-mid kcol-kcattopics"><span class="kcat-topics-number">{n}</span> Sujets</td>'
                   f'<td class="kcol-mid kcol-kcatreplies"><span class="kcat-replies-number">{r}</span> Messages</td></tr>'
                   for h, t, d, n, r in cats)
    return (f'<div id="kunena" class="layout"><div class="kblock kcategories-0"><div class="kheader"><h2><span>Forum des habitants</span></h2></div>'
            f'<div class="kcontainer"><table class="kblocktable">{rows}</table></div></div></div>')


def kunena_topics(cat_id, topics, new_href):
    rows = "".join(f'<tr class="krow"><td class="kcol-first kcol-ktopicicon"></td><td class="kcol-mid kcol-ktopictitle"><div class="ktopic-title-cover">'
                   f'<a class="ktopic-title km" href="{escape(h)}">{t}</a></div><div class="ktopic-details">Démarré par {a}</div></td>'
                   f'<td class="kcol-mid kcol-ktopicreplies"><strong>{r}</strong> Réponses</td></tr>' for h, t, a, r in topics)
    return (f'<div id="kunena" class="layout"><div class="kblock"><div class="kheader"><h2>Sujets</h2></div>'
            f'<p><a class="btn btn-primary" href="{escape(new_href)}">Nouveau sujet</a></p><table class="kblocktable" id="kflattable">{rows}</table></div>'
            f'<input type="hidden" name="catid" value="{cat_id}"></div>')


def kunena_thread(posts, reply_action):
    msgs = "".join(f'<div class="kmsg kmsg-{i}"><div class="kmsg-header"><span class="kmsgusername">{a}</span> <span class="kmsgdate">{d}</span></div>'
                   f'<div class="kmsgbody"><div class="kmsgtext">{t}</div></div></div>' for i, (a, d, t) in enumerate(posts, 1))
    return (f'<div id="kunena" class="layout"><div class="kmessages">{msgs}</div>'
            f'<form action="{reply_action}" method="post" class="kform kreply" name="postform" enctype="multipart/form-data">'
            f'<input type="hidden" name="view" value="topic"><input type="hidden" name="task" value="post">'
            f'<label for="kbbcode-message">Réponse rapide</label><textarea id="kbbcode-message" name="message" class="qrlocalstorage" rows="6" cols="60"></textarea>'
            f'<input type="submit" class="btn btn-primary kreply-submit" name="submit" value="Envoyer"></form></div>')


# --- Discourse (crawler view) -------------------------------------------------------------------------------------

def discourse_topic_list(topics):
    rows = "".join(f'<tr class="topic-list-item"><td class="main-link"><meta itemprop="position" content="{i}">'
                   f'<span class="link-top-line"><a itemprop="url" href="{escape(h)}" class="title raw-link raw-topic-link">{t}</a></span>'
                   f'<div class="link-bottom-line"><a href="{escape(ch)}" class="badge-wrapper bullet"><span class="badge-category-bg"></span>'
                   f'<span class="category-name">{c}</span></a></div></td><td class="replies"><span class="posts" title="messages">{n}</span></td>'
                   f'<td class="views"><span class="views" title="vues">{v}</span></td></tr>'
                   for i, (h, t, ch, c, n, v) in enumerate(topics, 1))
    return (f'<div class="topic-list-container" itemscope itemtype="http://schema.org/ItemList"><table class="topic-list"><thead><tr>'
            f'<th>Sujet</th><th class="replies">Réponses</th><th class="views">Vues</th></tr></thead><tbody>{rows}</tbody></table></div>')


def discourse_posts(posts):
    out = "".join(f'<div class="topic-body crawler-post" itemprop="comment" itemscope itemtype="http://schema.org/Comment">'
                  f'<div class="crawler-post-meta"><span class="creator" itemprop="author"><span itemprop="name">{a}</span></span>'
                  f'<span class="crawler-post-infos"><time itemprop="datePublished" class="post-time">{d}</time><span itemprop="position">{i}</span></span></div>'
                  f'<div class="post" itemprop="text"><p>{t}</p></div><meta itemprop="interactionStatistic" content="LikeAction: {i}"></div>'
                  for i, (a, d, t) in enumerate(posts, 1))
    return f'<div id="post_1" class="topic-body crawler-post">{out}</div><p class="crawler-login">Connectez-vous pour répondre.</p>'


# --- Decidim components --------------------------------------------------------------------------------------------

def decidim_cards(items, kind="proposal"):
    """items: (href, title, meta, text)."""
    cards = "".join(f'<a href="{escape(h)}" class="card__list" id="{kind}s__{kind}_{i}"><div class="card__list-content">'
                    f'<h3 class="card__list-title">{t}</h3><div class="card__list-metadata">{m}</div><p class="card__list-text">{x}</p></div></a>'
                    for i, (h, t, m, x) in enumerate(items, 1))
    return f'<div class="layout-main__section"><div class="card__list-list" id="{kind}s">{cards}</div></div>'


def decidim_comments(rid, rtype, comments):
    items = "".join(f'<div id="comment_{rid}{i}" class="comment" data-comment-id="{rid}{i}"><div class="comment__header"><span class="author__name">{a}</span>'
                    f'<span class="comment__date">{d}</span></div><div class="comment__content"><div class="editor-content"><p>{t}</p></div></div>'
                    f'<div class="comment__footer"><button class="button button__sm button__text-secondary comment__reply">Répondre</button></div></div>'
                    for i, (a, d, t) in enumerate(comments, 1))
    return (f'<div id="comments-for-{rtype}-{rid}" class="comments" data-decidim-comments=\'{{"commentableGid":"gid://decidim/{rtype}/{rid}"}}\'>'
            f'<h2 class="h4">{len(comments)} commentaires</h2><div class="comment-threads">{items}</div>'
            f'<div class="add-comment" id="add-comment-{rtype}-{rid}"><form class="new_comment" id="new_comment_for_{rtype}_{rid}" action="/comments" method="post" data-remote="true">'
            f'<input type="hidden" name="comment[commentable_gid]" value="gid://decidim/{rtype}/{rid}">'
            f'<label for="add-comment-{rtype}-{rid}-body">Ajouter un commentaire</label>'
            f'<textarea id="add-comment-{rtype}-{rid}-body" name="comment[body]" maxlength="1000" rows="4" placeholder="Ajoutez un commentaire"></textarea>'
            f'<button type="submit" class="button button__sm button__secondary" name="commit">Publier un commentaire</button></form></div></div>')


def decidim_budget(budget_name, total, projects):
    """Projects: (href, title, amount)."""
    rows = "".join(f'<div class="budget-list__item" id="project-{i}-item"><a href="{escape(h)}" class="card__list"><h3 class="card__list-title">{t}</h3></a>'
                   f'<div class="budget-list__data"><span class="budget-list__number">{a} €</span>'
                   f'<button class="button button__sm button__transparent-secondary budget-list__action" data-add="true" aria-label="Ajouter {t} à votre vote">Ajouter</button></div></div>'
                   for i, (h, t, a) in enumerate(projects, 1))
    return (f'<div class="budget-summary" data-progress-reference><h2 class="h4">{budget_name}</h2>'
            f'<p class="budget-summary__description">Vous pouvez sélectionner des projets jusqu\'à {total} €. Une fois votre sélection faite, confirmez votre vote.</p>'
            f'<div class="budget-summary__progressbar" role="progressbar" aria-valuemin="0" aria-valuemax="100" aria-valuenow="0"><div class="budget-summary__progressbar--meter" style="width:0%"></div></div>'
            f'<p class="budget-summary__total">Attribué : <strong>0 €</strong></p><button class="button button__sm button__secondary" disabled>Voter</button></div>'
            f'<div class="budget-list">{rows}</div>')


def decidim_survey(sid, questions):
    qs = "".join(f'<div class="answer question" data-max-choices="" data-conditioned="false" data-question-id="{sid}{i}">'
                 f'<label class="answer-questionnaire__question-label" for="questionnaire_responses_{i}">{i}. {q}</label>'
                 + ("".join(f'<label><input type="radio" value="{j}" name="questionnaire[responses][{i}][choices][][answer_option_id]" id="questionnaire_responses_{i}_choices_{j}">{o}</label>'
                            for j, o in enumerate(opts)) if opts else
                    f'<textarea name="questionnaire[responses][{i}][body]" id="questionnaire_responses_{i}" rows="6"></textarea>')
                 + '</div>' for i, (q, opts) in enumerate(questions))
    return (f'<div class="answer-questionnaire"><form class="form answer-questionnaire" id="answer-questionnaire-{sid}" action="/processes/questionnaire/f/{sid}/questionnaire/answer" method="post">'
            f'<input type="hidden" name="_method" value="post">{qs}'
            f'<div class="answer-questionnaire__tos"><input type="checkbox" name="questionnaire[tos_agreement]" id="questionnaire_tos_agreement" value="1"><label for="questionnaire_tos_agreement">J\'accepte les conditions d\'utilisation</label></div>'
            f'<button type="submit" class="button button__sm button__secondary">Envoyer</button></form></div>')


def decidim_initiative(title, count, needed, days_left):
    pct = min(100, round(count * 100 / needed))
    return (f'<div class="initiative__aside"><section class="layout-aside__section"><div class="progress-bar__container">'
            f'<div class="progress-bar" role="progressbar" aria-valuenow="{pct}" aria-valuemin="0" aria-valuemax="100"><div class="progress-bar__bar" style="width:{pct}%"></div></div>'
            f'<div class="progress-bar__number"><span>{count}</span>/{needed} signatures</div></div>'
            f'<p>Il reste {days_left} jours pour signer « {title} ».</p>'
            f'<form class="button_to" method="post" action="/initiatives/i-{count % 97}/signatures"><button class="button button__xl button__secondary w-full" id="initiative-{count % 97}-vote-cabin" type="submit">Signer</button></form></section></div>')


# --- CONSUL components -------------------------------------------------------------------------------------------

def consul_investments(items, heading, ballot=True):
    rows = "".join(f'<div id="budget_investment_{i}" class="budget-investment clear"><div class="panel"><div class="row"><div class="small-12 medium-9 column">'
                   f'<div class="budget-investment-content"><h3><a href="{escape(h)}">{t}</a></h3><p class="investment-project-info">{q}</p>'
                   f'<div class="investment-project-description">{x}</div></div></div><div id="budget_investment_{i}_ballot" class="small-12 medium-3 column text-center">'
                   f'<div class="ballot"><p class="investment-project-amount">{a} €</p>'
                   + (f'<form class="button_to" method="post" action="/budgets/3/investments/{i}/line_items" data-remote="true"><button class="button button-support small expanded" title="Voter pour {t}" type="submit">Voter</button></form>'
                      if ballot else '<span class="supports-count">Soutiens clos</span>')
                   + '</div></div></div></div></div>' for i, (h, t, q, x, a) in enumerate(items, 1))
    return f'<div class="budget-investments-list"><h2>{heading}</h2>{rows}</div>'


def consul_proposals(items):
    rows = "".join(f'<div id="proposal_{i}" class="proposal clear" data-type="proposal"><div class="panel"><div class="proposal-content">'
                   f'<h3><a href="{escape(h)}">{t}</a></h3><p class="proposal-info">{m}</p><div class="proposal-description"><p>{x}</p></div></div>'
                   f'<div id="proposal_{i}_votes" class="supports"><div class="progress small-12 round"><span class="meter" style="width: {s % 100}%"></span></div>'
                   f'<span class="total-supports">{s} soutiens</span><form class="button_to" method="post" action="/proposals/{i}/vote" data-remote="true"><button class="button button-support small expanded" type="submit">Soutenir</button></form></div></div></div>'
                   for i, (h, t, m, x, s) in enumerate(items, 1))
    return f'<div id="proposals" class="proposals-list">{rows}</div>'


def consul_poll(poll_id, questions):
    qs = "".join(f'<div id="poll_question_{poll_id}{i}" class="poll-question"><h3>{q}</h3><div class="poll-question-answers">'
                 + "".join(f'<label><input type="radio" name="web_vote[{poll_id}{i}][option_id]" value="{j}">{o}</label>' for j, o in enumerate(opts))
                 + '</div></div>' for i, (q, opts) in enumerate(questions, 1))
    return (f'<div class="poll-questions"><form class="new_web_vote" action="/polls/{poll_id}/votes" method="post">{qs}'
            f'<input type="submit" name="commit" value="Voter" class="button"></form></div>')


def consul_comments(cid, comments):
    items = "".join(f'<div id="comment_{cid}{i}" class="comment small-12"><div class="comment-body"><div class="comment-info"><span class="user-name">{a}</span> • <time>{d}</time></div>'
                    f'<div class="comment-user"><p>{t}</p></div></div></div>' for i, (a, d, t) in enumerate(comments, 1))
    return (f'<section class="expanded comments"><div class="row"><div id="comments" class="small-12 column"><h2>Commentaires <span class="js-comments-count">({len(comments)})</span></h2>'
            f'<form class="new_comment" id="new_comment_debate_{cid}" action="/comments" method="post" data-remote="true">'
            f'<label for="comment-body-debate_{cid}">Laissez votre commentaire</label><textarea id="comment-body-debate_{cid}" name="comment[body]" maxlength="1000" rows="4"></textarea>'
            f'<input type="hidden" name="comment[commentable_type]" value="Debate"><input type="hidden" name="comment[commentable_id]" value="{cid}">'
            f'<input type="submit" name="commit" value="Publier le commentaire" class="button"></form>{items}</div></div></section>')


# --- Cap Collectif, id-city, Fluicity, Jenparle, Go Vocal, Consultvox ----------------------------------------------

def capco_steps(steps):
    lis = "".join(f'<li class="step {"step--current" if cur else ""}"><span class="step__title">{t}</span><span class="step__dates">{d}</span></li>'
                  for t, d, cur in steps)
    return f'<div class="project__header"><ol class="steps-list">{lis}</ol></div>'


def capco_proposals(items, vote=True):
    cards = "".join(f'<li class="proposal-preview" id="proposal-{i}"><div class="card"><h3 class="proposal__title"><a href="{escape(h)}">{t}</a></h3>'
                    f'<p class="proposal__meta">{m}</p><div class="proposal__footer"><span class="proposal__votes">{v} votes</span>'
                    + (f'<button class="btn btn-success proposal__button__vote" id="proposal-vote-btn-{i}">Voter</button>' if vote else "")
                    + '</div></div></li>' for i, (h, t, m, v) in enumerate(items, 1))
    return f'<ul class="media-list proposal-preview-list">{cards}</ul>'


def capco_questionnaire(qid, questions):
    qs = "".join(f'<div class="form-group" id="reply-form-responses{i}"><label class="control-label">{q}</label>'
                 + "".join(f'<div class="radio"><label><input type="radio" name="responses[{i}].value" value="{o}"> {o}</label></div>' for o in opts)
                 + '</div>' for i, (q, opts) in enumerate(questions))
    return (f'<div id="questionnaire-{qid}" class="questionnaire-step"><form id="reply-form" class="form-horizontal">{qs}'
            f'<button type="submit" id="reply-form-confirm" class="btn btn-primary">Envoyer mes réponses</button></form></div>')


def capco_petition(title, count, goal):
    return (f'<div class="petition-step"><div class="counters-block"><span class="value">{count}</span> signatures sur un objectif de {goal}</div>'
            f'<p>{title}</p><form class="petition-sign" method="post" action="/petitions/sign"><button type="submit" class="btn btn-success btn-lg">Signer la pétition</button></form></div>')


def idc_cards(items, cls="idc-card"):
    cards = "".join(f'<article class="{cls}"><span class="{cls}__badge">{b}</span><h3 class="{cls}__title"><a href="{escape(h)}">{t}</a></h3>'
                    f'<p class="{cls}__text">{x}</p></article>' for h, t, b, x in items)
    return f'<div class="idc-grid">{cards}</div>'


def idc_idea_form(action, label="Proposer une idée"):
    return (f'<form class="idc-form idc-form--idea" action="{action}" method="post"><h2>{label}</h2>'
            f'{_field("text", "idea[title]", "Titre de votre idée")}{_field("textarea", "idea[description]", "Décrivez votre idée")}'
            f'<label for="idea-category">Thématique</label><select id="idea-category" name="idea[category]"><option>Cadre de vie</option><option>Mobilités</option><option>Solidarités</option></select>'
            f'<button class="idc-btn" type="submit">Publier</button></form>')


def idc_poll(pid, question, options):
    opts = "".join(f'<label class="idc-poll__option"><input type="radio" name="poll[{pid}][answer]" value="{i}"> {o}</label>' for i, o in enumerate(options))
    return (f'<div class="idc-poll" data-poll-id="{pid}"><form action="/sondages/{pid}/vote" method="post"><p class="idc-poll__question">{question}</p>{opts}'
            f'<button class="idc-btn" type="submit">Je vote</button></form></div>')


def idc_petition(pid, count, goal):
    return (f'<div class="idc-petition"><div class="idc-gauge"><span class="idc-gauge__value">{count}</span> / {goal} signatures</div>'
            f'<form action="/petitions/{pid}/signer" method="post"><button class="idc-btn idc-btn--big" type="submit">Je signe</button></form></div>')


def flui_feed(items):
    cards = "".join(f'<div class="FlCard FlCard--{k}"><span class="FlCard__type">{lbl}</span><h3 class="FlCard__title"><a href="{escape(h)}">{t}</a></h3>'
                    f'<p class="FlCard__excerpt">{x}</p><div class="FlCard__stats">{s}</div></div>' for h, k, lbl, t, x, s in items)
    return f'<div class="FlFeed">{cards}</div>'


def flui_idea_form():
    return ('<form class="FlForm FlForm--idea" action="/ideas/new" method="post"><h2>Proposer une idée</h2>'
            + _field("text", "title", "Titre") + _field("textarea", "description", "Votre idée en quelques lignes")
            + '<button class="FlButton FlButton--primary" type="submit">Publier mon idée</button></form>')


def flui_survey(sid, questions):
    qs = "".join(radio_block(f"q{sid}_{i}", q, a, "FlSurvey__question") for i, (q, a) in enumerate(questions, 1))
    return (f'<form class="FlSurvey" action="/surveys/{sid}/answers" method="post">{qs}'
            f'<button class="FlButton FlButton--primary" type="submit">Envoyer mes réponses</button></form>')


def flui_comments(items):
    rows = "".join(f'<li class="FlComment"><b>{a}</b> <time>{d}</time><p>{t}</p></li>' for a, d, t in items)
    return (f'<section class="FlComments"><h2>{len(items)} commentaires</h2><ul>{rows}</ul>'
            '<form class="FlComments__form" action="/comments" method="post"><label for="fl-comment">Votre commentaire</label>'
            '<textarea id="fl-comment" name="comment[content]" rows="3"></textarea><button class="FlButton" type="submit">Commenter</button></form></section>')


def jp_cards(items):
    cards = "".join(f'<div class="jp-card"><span class="jp-card__status jp-card__status--{st}">{lbl}</span><h3><a href="{escape(h)}">{t}</a></h3><p>{x}</p></div>'
                    for h, st, lbl, t, x in items)
    return f'<div class="jp-cards">{cards}</div>'


def jp_questionnaire(qid, questions, intro):
    qs = "".join(radio_block(f"reponse[{qid}][{i}]", q, a, "jp-question") for i, (q, a) in enumerate(questions, 1))
    return (f'<form class="jp-form jp-questionnaire" action="/questionnaire/{qid}/repondre" method="post"><p class="jp-intro">{intro}</p>{qs}'
            f'<div class="jp-question"><label for="libre-{qid}">Un commentaire libre ?</label><textarea id="libre-{qid}" name="reponse[{qid}][libre]" rows="4"></textarea></div>'
            f'<button type="submit" class="jp-btn">Valider mes réponses</button></form>')


def jp_idea_box(action):
    return (f'<form class="jp-form jp-boite-idees" action="{action}" method="post"><h2>Déposer une idée</h2>'
            + _field("text", "idee[titre]", "Votre idée en une phrase") + _field("textarea", "idee[detail]", "Précisez")
            + '<label for="idee-quartier">Quartier concerné</label><select id="idee-quartier" name="idee[quartier]"><option>Toute la ville</option><option>Centre</option><option>Nord</option><option>Sud</option></select>'
            + '<button type="submit" class="jp-btn">Envoyer mon idée</button></form>')


def jp_comments(items):
    rows = "".join(f'<div class="jp-comment"><p class="jp-comment__author">{a} · {d}</p><p>{t}</p></div>' for a, d, t in items)
    return (f'<section class="jp-comments"><h2>Réactions ({len(items)})</h2>{rows}<form class="jp-comment-form" method="post" action="/commentaires">'
            '<label for="jp-comment-text">Réagir</label><textarea id="jp-comment-text" name="commentaire[texte]" rows="4"></textarea><button type="submit" class="jp-btn">Publier</button></form></section>')


def gv_cards(items):
    cards = "".join(f'<div class="e2e-idea-card"><a href="{escape(h)}"><h3 class="e2e-idea-card-title">{t}</h3></a><p>{x}</p>'
                    f'<div class="e2e-idea-card-vote-count"><span>{v}</span> votes</div><div class="e2e-idea-card-comment-count">{c} commentaires</div></div>'
                    for h, t, x, v, c in items)
    return f'<div id="e2e-ideas-list" class="e2e-ideas-container">{cards}</div>'


def gv_projects(items):
    cards = "".join(f'<a class="e2e-project-card" href="{escape(h)}"><div class="e2e-project-card-content"><span class="e2e-project-card-participation-method">{m}</span>'
                    f'<h3 class="e2e-project-card-title">{t}</h3><p>{x}</p></div></a>' for h, m, t, x in items)
    return f'<div id="e2e-projects-container" class="e2e-projects-list">{cards}</div>'


def cvx_cards(items):
    cards = "".join(f'<article class="cvx-card"><span class="cvx-card__state">{s}</span><h3><a href="{escape(h)}">{t}</a></h3><p>{x}</p></article>'
                    for h, s, t, x in items)
    return f'<div class="cvx-cards">{cards}</div>'


def cvx_questionnaire(qid, questions):
    qs = "".join(radio_block(f"questionnaire[answers][{i}][choice]", q, a, "cvx-question") for i, (q, a) in enumerate(questions, 1))
    return (f'<form class="cvx-questionnaire" id="questionnaire-{qid}" action="/questionnaires/{qid}/answer" method="post">{qs}'
            f'<button type="submit" class="cvx-btn">Envoyer</button></form>')


def cvx_contribution_form(action):
    return (f'<form class="cvx-contribution" action="{action}" method="post"><h2>Déposer une contribution</h2>'
            + _field("text", "proposal[title]", "Titre") + _field("textarea", "proposal[body]", "Votre proposition")
            + '<button type="submit" class="cvx-btn">Déposer</button></form>')


# --- neighbourhood networks -----------------------------------------------------------------------------------------

def rv_posts(posts, group=None):
    cards = "".join(f'<article class="rv-post rv-post--{k}"><header class="rv-post__head"><span class="rv-post__author">{a}</span>'
                    f'<span class="rv-post__meta">{w} · {d}</span></header><p class="rv-post__text">{t}</p>'
                    f'<footer class="rv-post__foot"><span>{r} réponses</span> <a href="/se-connecter">Répondre</a></footer></article>'
                    for k, a, w, d, t, r in posts)
    head = f'<p class="rv-group">Groupe : {group}</p>' if group else ""
    return (f'{head}<form class="rv-composer" action="/publications" method="post"><label for="rv-new">Publier à mes voisins</label>'
            f'<textarea id="rv-new" name="publication[texte]" rows="3" placeholder="Une question, un service, un objet à donner…"></textarea>'
            f'<select name="publication[type]"><option>Entraide</option><option>Don / prêt</option><option>Événement</option><option>Alerte</option></select>'
            f'<button type="submit">Publier</button></form><div class="rv-feed">{cards}</div>')


def community_posts(posts):
    cards = "".join(f'<div class="post-card"><div class="post-card__author">{a} <small>{w}</small></div><div class="post-card__body">{t}</div>'
                    f'<div class="post-card__actions"><a href="/connexion">Commenter</a> · {r} commentaires</div></div>' for a, w, t, r in posts)
    return f'<div class="feed">{cards}</div>'
