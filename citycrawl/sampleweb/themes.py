"""Page layouts of the CMSs and platforms that French cities use: head, header, menus, breadcrumb, footer.

Every theme wraps a page's main content the way its software does (generator meta, asset paths,
class names), so that detection meets the markup it will meet on the real web.
"""
import zlib
from html import escape


def render(site, page) -> str:
    return THEMES[site.theme](site, page)


def _menu(site, li='', a=''):
    return "".join(f'<li class="{li}"><a class="{a}" href="{escape(href)}">{escape(label)}</a></li>'
                   for label, href in site.menu)


def _crumbs(site, page, sep=" &gt; "):
    trail = ['<a href="/">Accueil</a>']
    if page.parent:
        label, href = page.parent
        trail.append(f'<a href="{escape(href)}">{escape(label)}</a>')
    if page.path != "/":
        trail.append(f"<span>{escape(page.title)}</span>")
    return sep.join(trail)


_ICONS = {"facebook": "Facebook", "x": "X (ex-Twitter)", "instagram": "Instagram", "youtube": "YouTube",
          "linkedin": "LinkedIn", "mastodon": "Mastodon", "bluesky": "Bluesky", "tiktok": "TikTok"}


def _social(site, ul="social-links", li="", a=""):
    if not site.accounts:
        return ""
    items = "".join(
        f'<li class="{li} {li}--{acc.platform}"><a class="{a}" href="{escape(acc.href)}" target="_blank" '
        f'rel="noopener{" me" if acc.platform == "mastodon" else ""}" title="{_ICONS.get(acc.platform, acc.platform)} '
        f'(nouvelle fenêtre)"><span class="sr-only">{_ICONS.get(acc.platform, acc.platform)}</span></a></li>'
        for acc in site.accounts)
    return f'<ul class="{ul}">{items}</ul>'


def _legal(site):
    return '<a href="/mentions-legales">Mentions légales</a> | Accessibilité : partiellement conforme'



def wordpress(site, page):
    body_class = "home page-template-default" if page.path == "/" else "page-template-default page"
    return f"""<!DOCTYPE html>
<html lang="fr-FR">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(page.title)} &#8211; {escape(site.title)}</title>
<meta name='robots' content='index, follow, max-image-preview:large' />
<link rel="alternate" type="application/rss+xml" title="{escape(site.title)} &raquo; Flux" href="/feed/" />
<link rel='stylesheet' id='wp-block-library-css' href='/wp-includes/css/dist/block-library/style.min.css?ver=6.5.3' media='all' />
<link rel='stylesheet' id='mairie-style-css' href='/wp-content/themes/mairie/style.css?ver=2.4.1' media='all' />
<script src="/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<link rel="https://api.w.org/" href="/wp-json/" />
<meta name="generator" content="WordPress 6.5.3" />
</head>
<body class="{body_class}">
<div id="page" class="site">
<a class="skip-link screen-reader-text" href="#primary">Aller au contenu</a>
<header id="masthead" class="site-header">
<div class="site-branding"><p class="site-title"><a href="/" rel="home">{escape(site.title)}</a></p></div>
<form role="search" method="get" class="search-form" action="/"><label><span class="screen-reader-text">Rechercher :</span>
<input type="search" class="search-field" placeholder="Rechercher&hellip;" value="" name="s" /></label>
<input type="submit" class="search-submit" value="Rechercher" /></form>
<nav id="site-navigation" class="main-navigation"><button class="menu-toggle" aria-controls="primary-menu" aria-expanded="false">Menu</button>
<ul id="primary-menu" class="menu">{_menu(site, "menu-item menu-item-type-post_type menu-item-object-page")}</ul></nav>
</header>
<div id="content" class="site-content"><main id="primary" class="site-main">
<nav class="breadcrumbs" aria-label="Fil d'Ariane">{_crumbs(site, page, " &raquo; ")}</nav>
<article class="page type-page status-publish hentry"><header class="entry-header"><h1 class="entry-title">{escape(page.title)}</h1></header>
<div class="entry-content">{page.body}</div></article>
</main></div>
<footer id="colophon" class="site-footer">
<div class="footer-widgets"><section class="widget widget_text"><h2 class="widget-title">Hôtel de ville</h2><div class="textwidget"><p>{escape(site.address)}</p></div></section>
<section class="widget widget_social"><h2 class="widget-title">Suivez-nous</h2>{_social(site, "social-links", "social-links__item")}</section></div>
<div class="site-info">{_legal(site)}</div>
</footer></div>
<script src="/wp-content/themes/mairie/js/navigation.js?ver=2.4.1" id="mairie-navigation-js"></script>
</body></html>"""


def drupal(site, page):
    return f"""<!DOCTYPE html>
<html lang="fr" dir="ltr">
<head>
<meta charset="utf-8" />
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)" />
<meta name="MobileOptimized" content="width" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<link rel="icon" href="/themes/custom/ville/favicon.ico" type="image/vnd.microsoft.icon" />
<title>{escape(page.title)} | {escape(site.title)}</title>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Xk2q8bV4nU1dmE0k.css?delta=0&amp;language=fr&amp;theme=ville" />
<script src="/core/assets/vendor/once/once.min.js?v=1.0.1"></script>
<script src="/core/misc/drupal.js?v=10.2.5"></script>
</head>
<body class="path-node page-node-type-page">
<a href="#main-content" class="visually-hidden focusable skip-link">Aller au contenu principal</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<header role="banner" class="site-header">
<div id="block-ville-branding"><a href="/" rel="home" class="site-logo">{escape(site.title)}</a></div>
<div class="search-block-form" data-drupal-selector="search-block-form" id="block-ville-search" role="search">
<form action="/search/node" method="get" id="search-block-form" accept-charset="UTF-8">
<input title="Indiquer les termes à rechercher" data-drupal-selector="edit-keys" type="search" id="edit-keys" name="keys" value="" size="15" maxlength="128" class="form-search" />
<input data-drupal-selector="edit-submit" type="submit" id="edit-submit" value="Rechercher" class="button js-form-submit form-submit" /></form></div>
<nav role="navigation" aria-labelledby="block-ville-main-menu-menu" id="block-ville-main-menu">
<h2 class="visually-hidden" id="block-ville-main-menu-menu">Navigation principale</h2>
<ul class="menu menu--main">{_menu(site, "menu__item", "menu__link")}</ul></nav>
</header>
<nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Fil d'Ariane</h2>
<ol><li>{_crumbs(site, page, "</li><li>")}</li></ol></nav>
<main role="main"><a id="main-content" tabindex="-1"></a>
<div class="region region-content"><h1 class="page-title"><span class="field field--name-title">{escape(page.title)}</span></h1>
<article data-history-node-id="{zlib.crc32(page.path.encode()) % 900 + 100}" class="node node--type-page node--view-mode-full">
<div class="node__content"><div class="clearfix text-formatted field field--name-body field--type-text-with-summary">{page.body}</div></div>
</article></div></main>
<footer role="contentinfo" class="site-footer">
<div class="block-contact"><p>{escape(site.address)}</p></div>
<div id="block-socialmedialinks" class="block-social-media-links">{_social(site, "social-media-links--platforms platforms inline horizontal", "")}</div>
<nav role="navigation" id="block-pieddepage"><p>{_legal(site)}</p></nav>
</footer></div>
<script type="application/json" data-drupal-selector="drupal-settings-json">{{"path":{{"baseUrl":"\\/","pathPrefix":"","currentLanguage":"fr"}}}}</script>
</body></html>"""


def spip(site, page):
    return f"""<!DOCTYPE html>
<html dir="ltr" lang="fr" class="ltr fr no-js">
<head>
<script type='text/javascript'>/*<![CDATA[*/(function(H){{H.className=H.className.replace(/\\bno-js\\b/,'js')}})(document.documentElement);/*]]>*/</script>
<title>{escape(page.title)} - {escape(site.title)}</title>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<link rel="alternate" type="application/rss+xml" title="Syndiquer tout le site" href="spip.php?page=backend" />
<link rel='stylesheet' href='local/cache-css/cssdyn-css_bootstrap_css-4f7c1a2b.css?1712345678' type='text/css' />
<link rel="stylesheet" href="squelettes/css/mairie.css?1709876543" type="text/css" />
<script type='text/javascript' src='local/cache-js/jsdyn-javascript_porte_plume_start_js-82b5c3e1.js?1712345678'></script>
<script src="prive/javascript/jquery.js?1700000000" type="text/javascript"></script>
<meta name="generator" content="SPIP 4.2.10" />
</head>
<body class="pas_surlignable page_{'sommaire' if page.path == '/' else 'article'}">
<div class="page">
<div class="header" id="header"><a rel="start home" href="/" title="Accueil" class="spip_logo_site">{escape(site.title)}</a>
<div class="formulaire_spip formulaire_recherche" id="formulaire_recherche"><form action="spip.php?page=recherche" method="get"><div>
<input name="page" value="recherche" type="hidden" /><label for="recherche">Rechercher :</label>
<input type="search" class="search text" size="10" name="recherche" id="recherche" accesskey="4" autocapitalize="off" autocorrect="off" />
<input type="submit" class="submit" value="&gt;&gt;" title="Rechercher" /></div></form></div></div>
<div class="nav clearfix" id="nav"><ul class="menu-liste menu-items" data-depth="0">{_menu(site, "menu-entree item", "")}</ul></div>
<div class="wrapper"><div class="content" id="content">
<p class="arbo">{_crumbs(site, page)}</p>
<div class="cartouche"><h1 class="surlignable">{escape(page.title)}</h1></div>
<div class="texte surlignable clearfix">{page.body}</div>
</div></div>
<div class="footer clearfix" id="footer"><p class="colophon">{escape(site.address)}</p>
<div class="reseaux-sociaux">{_social(site, "liens-sociaux", "lien-social")}</div>
<p class="generer_url">{_legal(site)} | Site réalisé avec <a href="https://www.spip.net/" title="Site réalisé avec SPIP">SPIP</a></p></div>
</div></body></html>"""


def joomla(site, page):
    return f"""<!DOCTYPE html>
<html lang="fr-fr" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Joomla! - Open Source Content Management">
<title>{escape(page.title)} - {escape(site.title)}</title>
<link href="/media/templates/site/cassiopeia/css/template.min.css?4f2e1c" rel="stylesheet" />
<link href="/media/system/css/joomla-fontawesome.min.css?4f2e1c" rel="stylesheet" />
<script src="/media/system/js/core.min.js?37ffe4186289eba9c5df81bea44080aff77b9684"></script>
<script type="application/json" class="joomla-script-options new">{{"joomla.jtext":{{"ERROR":"Erreur"}},"system.paths":{{"root":"","base":""}}}}</script>
</head>
<body class="site com_content wrapper-static view-article no-layout no-task itemid-{len(page.path) + 101}">
<header class="header container-header full-width">
<div class="grid-child"><div class="navbar-brand"><a class="brand-logo" href="/">{escape(site.title)}</a></div></div>
<div class="grid-child container-nav"><nav class="navbar navbar-expand-md" aria-label="Menu principal">
<ul class="mod-menu mod-list nav ">{_menu(site, "nav-item", "")}</ul></nav>
<div class="container-search"><form class="mod-finder js-finder-searchform form-search" action="/index.php/component/finder/search" method="get" role="search">
<label for="mod-finder-searchword" class="visually-hidden finder">Rechercher</label><input type="text" name="q" id="mod-finder-searchword" class="js-finder-search-query form-control" value="" placeholder="Rechercher..."></form></div></div>
</header>
<div class="site-grid"><div class="grid-child container-component">
<nav class="mod-breadcrumbs__wrapper" aria-label="Fil d'Ariane"><ol class="mod-breadcrumbs breadcrumb px-3 py-2"><li class="mod-breadcrumbs__item breadcrumb-item">{_crumbs(site, page, '</li><li class="mod-breadcrumbs__item breadcrumb-item">')}</li></ol></nav>
<main><div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article">
<div class="page-header"><h1 itemprop="headline">{escape(page.title)}</h1></div>
<div itemprop="articleBody" class="com-content-article__body">{page.body}</div></div></main>
</div></div>
<footer class="container-footer footer full-width"><div class="grid-child">
<div class="moduletable"><p>{escape(site.address)}</p>{_social(site, "mod-social", "mod-social__item")}<p>{_legal(site)}</p></div>
</div></footer>
</body></html>"""


def typo3(site, page):
    return f"""<!DOCTYPE html>
<html lang="fr-FR">
<head>
<meta charset="utf-8">
<!--
	This website is powered by TYPO3 - inspiring people to share!
	TYPO3 is a free open source Content Management Framework initially created by Kasper Skaarhoj and licensed under GNU/GPL.
	TYPO3 is copyright 1998-2024 of Kasper Skaarhoj. Extensions are copyright of their respective owners.
	Information and contribution at https://typo3.org/
-->
<title>{escape(site.title)}: {escape(page.title)}</title>
<meta name="generator" content="TYPO3 CMS" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<link rel="stylesheet" href="/typo3temp/assets/compressed/merged-3c2f0e5a1b8d7c6e-min.css?1712000000" media="all">
<link rel="stylesheet" href="/_assets/9f1c2d3e4b5a69788a7b6c5d4e3f2a1b/Css/main.css?1712000000" media="all">
<script src="/typo3temp/assets/compressed/merged-8b7a6c5d4e3f2a1b-min.js?1712000000"></script>
</head>
<body id="p{len(page.path) + 1}" class="page-{len(page.path) + 1} pagelevel-1 language-0 backendlayout-default layout-default">
<div class="body-bg"><a class="visually-hidden-focusable page-skip-link" href="#page-content"><span>Aller au contenu</span></a>
<header id="page-header" class="bp-page-header navbar navbar-mainnavigation"><div class="container">
<a class="navbar-brand" title="{escape(site.title)}" href="/">{escape(site.title)}</a>
<nav aria-label="Navigation principale" id="mainnavigation" class="navbar-collapse"><ul class="navbar-nav">{_menu(site, "nav-item", "nav-link")}</ul></nav>
</div></header>
<nav class="breadcrumb-section" aria-label="Fil d'Ariane"><div class="container"><ol class="breadcrumb"><li class="breadcrumb-item">{_crumbs(site, page, '</li><li class="breadcrumb-item">')}</li></ol></div></nav>
<div id="page-content" class="bp-page-content main-section"><main>
<div id="c{len(page.title) * 7}" class="frame frame-default frame-type-text frame-layout-0"><header><h1 class="element-header">{escape(page.title)}</h1></header>
{page.body}</div></main></div>
<footer id="page-footer" class="bp-page-footer"><section class="section footer-section footer-section-content"><div class="container">
<p>{escape(site.address)}</p>{_social(site, "footer-social", "footer-social-item")}</div></section>
<section class="section footer-section footer-section-meta"><div class="container"><p>{_legal(site)}</p></div></section></footer>
</div></body></html>"""


def vendor(site, page):
    """A proprietary municipal CMS: no generator meta, vendor asset paths, accessible-first markup (RGAA)."""
    return f"""<!DOCTYPE html>
<html lang="fr" class="no-js">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(page.title)} | {escape(site.title)}</title>
<meta name="description" content="Site officiel de la {escape(site.title)}">
<meta property="og:site_name" content="{escape(site.title)}">
<link rel="stylesheet" href="/static/ville/css/styles.min.css?v=20240311">
<link rel="preload" href="/static/ville/fonts/marianne-regular.woff2" as="font" type="font/woff2" crossorigin>
<script defer src="/static/ville/js/app.min.js?v=20240311"></script>
<script defer src="/tarteaucitron/tarteaucitron.js"></script>
</head>
<body class="site-ville template-{'home' if page.path == '/' else 'content'}">
<ul class="skip-links"><li><a href="#main">Aller au contenu</a></li><li><a href="#nav-main">Aller au menu</a></li></ul>
<header class="header" role="banner"><div class="header__inner">
<a class="header__logo" href="/"><span class="sr-only">{escape(site.title)} - retour à l'accueil</span></a>
<form class="header__search" action="/recherche" method="get" role="search"><label class="sr-only" for="search-q">Rechercher sur le site</label><input id="search-q" type="search" name="q"><button type="submit">Rechercher</button></form>
</div>
<nav id="nav-main" class="main-nav" role="navigation" aria-label="Menu principal"><ul class="main-nav__list">{_menu(site, "main-nav__item", "main-nav__link")}</ul></nav>
</header>
<main id="main" role="main">
<nav class="breadcrumb" aria-label="Vous êtes ici"><p class="breadcrumb__list">{_crumbs(site, page, ' <span aria-hidden="true">/</span> ')}</p></nav>
<div class="heading"><h1 class="heading__title">{escape(page.title)}</h1></div>
<div class="rte">{page.body}</div>
</main>
<footer class="footer" role="contentinfo"><div class="footer__address"><p><strong>{escape(site.title)}</strong><br>{escape(site.address)}</p></div>
<div class="footer__social"><p class="footer__social-title">Suivez-nous</p>{_social(site, "social-networks", "social-networks__item")}</div>
<div class="footer__bottom"><p>{_legal(site)}</p></div>
</footer></body></html>"""


def publik(site, page):
    """Publik (Entr'ouvert), the e-services portal of many French cities: combo portal, w.c.s. forms."""
    return f"""<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<title>{escape(page.title)} | {escape(site.title)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/static/xstatic/css/font-awesome.min.css">
<link rel="stylesheet" type="text/css" href="/static/ville/style.css?20240215">
<script src="/static/xstatic/jquery.min.js"></script>
<script src="/static/js/combo.public.js?20240215"></script>
</head>
<body class="page-{'index' if page.path == '/' else 'template-form'} combo">
<div id="page"><div id="header"><a id="logo" href="/">{escape(site.title)}</a>
<nav id="nav"><ul>{_menu(site, "nav-item")}</ul></nav>
<div id="user-info"><a href="/login/" class="login-link">Connexion</a></div></div>
<div id="main-content-wrapper"><div id="content"><div id="breadcrumb">{_crumbs(site, page, ' <span class="separator">&gt;</span> ')}</div>
<h1 id="page-title">{escape(page.title)}</h1>
<div class="cell wcs-form-cell">{page.body}</div></div></div>
<div id="footer"><p>{escape(site.address)}</p>{_social(site, "cell social-links-cell", "social-link")}<p><a href="/mentions-legales">Mentions légales</a> — Plateforme propulsée par <a href="https://www.entrouvert.com/">Publik</a></p></div>
</div></body></html>"""


def decidim(site, page):
    return f"""<!DOCTYPE html>
<html lang="fr" class="no-js">
<head>
<title>{escape(page.title)} - {escape(site.title)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta name="csrf-param" content="authenticity_token" />
<meta name="csrf-token" content="k3yX9Qd2sVb7Lw0NfA1jRmZp4uTc8HeG" />
<meta property="og:site_name" content="{escape(site.title)}">
<link rel="stylesheet" href="/decidim-packs/css/decidim_core-5c3e9f1ab2d4.css" media="all" />
<script src="/decidim-packs/js/runtime-4a1d0bd9f2f7.js" defer="defer"></script>
<script src="/decidim-packs/js/decidim_core-2e6f8c1a9b3d.js" defer="defer"></script>
</head>
<body class="text-gray-4 font-normal" data-decidim-organization="1">
<div class="layout-container">
<header><div class="main-bar"><div class="main-bar__logo"><a href="/">{escape(site.title)}</a></div>
<form class="main-bar__search" action="/search" accept-charset="UTF-8" method="get"><input type="text" name="term" id="input-search" placeholder="Rechercher" aria-label="Rechercher" /></form>
<div class="main-bar__links-desktop"><a href="/users/sign_in">Se connecter</a></div></div>
<nav class="menu-bar" aria-label="Menu principal"><ul class="menu-bar__container">{_menu(site, "menu-bar__item")}</ul></nav></header>
<main class="layout-main"><div class="menu-bar__breadcrumb-desktop">{_crumbs(site, page, ' <span class="menu-bar__breadcrumb-separator">/</span> ')}</div>
<section class="layout-main__section"><h1 class="title-decorator">{escape(page.title)}</h1>{page.body}</section></main>
<footer><div class="main-footer"><div class="main-footer__down">
<a href="/pages/terms-of-service">Conditions d'utilisation</a>
<div class="main-footer__badge"><a href="https://decidim.org/" target="_blank" rel="noopener">Site créé avec un <strong>logiciel libre</strong> : Decidim</a></div>
</div></div></footer></div>
</body></html>"""


def consul(site, page):
    return f"""<!DOCTYPE html>
<html lang="fr" data-current-user-id="">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<title>{escape(page.title)} - {escape(site.title)}</title>
<link rel="stylesheet" href="/assets/application-9e1b3c5d7f2a4b6c8d0e1f2a3b4c5d6e.css" media="all" />
<script src="/assets/application-1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d.js"></script>
<meta name="csrf-param" content="authenticity_token" />
<meta name="csrf-token" content="Zm9yIGNvbnN1bCBkZW1vY3JhY3k" />
</head>
<body class="public">
<div class="wrapper">
<header><div class="top-links"><a href="/users/sign_in">Connexion</a></div>
<div class="top-bar"><a href="/" class="logo">{escape(site.title)}</a>
<nav class="subnavigation" role="navigation"><ul>{_menu(site)}</ul></nav></div></header>
<main id="main"><div class="row"><div class="small-12 column"><p class="breadcrumbs">{_crumbs(site, page)}</p>
<h1>{escape(page.title)}</h1>{page.body}</div></div></main>
</div>
<footer><div class="row"><div class="small-12 column"><p>{escape(site.title)} — <a href="/conditions">Conditions d'utilisation</a></p>
<p class="consul-code">Plateforme propulsée par <a href="https://consuldemocracy.org" rel="nofollow">CONSUL DEMOCRACY</a>, logiciel libre (<a href="https://github.com/consuldemocracy/consuldemocracy">code source</a>).</p></div></div></footer>
</body></html>"""


def capcollectif(site, page):
    return f"""<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(page.title)} | {escape(site.title)}</title>
<meta property="og:site_name" content="{escape(site.title)}">
<link rel="stylesheet" href="/css/style-capco-front.css?v=2024.3.1">
<script src="/js/vendor.js?v=2024.3.1" defer></script>
<script src="/js/front.js?v=2024.3.1" defer></script>
</head>
<body class="capco-frontend">
<div id="capco_main_navbar"><nav class="navbar" aria-label="Navigation principale"><a class="navbar-brand" href="/">{escape(site.title)}</a>
<ul class="nav navbar-nav">{_menu(site)}</ul><a href="/login" class="btn btn-default">Connexion</a></nav></div>
<main id="main" class="container"><p class="breadcrumb">{_crumbs(site, page)}</p><h1>{escape(page.title)}</h1>{page.body}</main>
<footer id="footer" class="footer"><p>{escape(site.title)}</p><ul class="footer-links"><li><a href="/pages/mentions-legales">Mentions légales</a></li></ul>
<p class="powered">Propulsé par <a href="https://cap-collectif.com/" target="_blank" rel="noopener">Cap Collectif</a></p></footer>
</body></html>"""


def govocal(site, page):
    """Go Vocal (formerly CitizenLab): a single-page app; the server sends a shell plus crawler content."""
    return f"""<!DOCTYPE html>
<html lang="fr-FR">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(page.title)} | {escape(site.title)}</title>
<meta property="og:title" content="{escape(page.title)}">
<link rel="stylesheet" href="/fragments/main.6f2e1a.css">
<script src="https://cdn.govocal.com/frontend/main.8c3d2b.js" defer></script>
</head>
<body><div id="app"><div id="e2e-app-container">
<nav id="e2e-navbar" aria-label="Navigation"><a href="/">{escape(site.title)}</a><ul>{_menu(site)}</ul></nav>
<main id="e2e-landing-page"><p>{_crumbs(site, page)}</p><h1>{escape(page.title)}</h1>{page.body}</main>
<footer id="e2e-footer"><a href="/fr-FR/pages/terms-and-conditions">Conditions générales</a> <a href="https://www.govocal.com/" target="_blank">Propulsé par Go Vocal</a></footer>
</div></div></body></html>"""


def phpbb(site, page):
    return f"""<!DOCTYPE html>
<html dir="ltr" lang="fr">
<head>
<meta charset="utf-8" />
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>{escape(site.title)} - {escape(page.title)}</title>
<link href="./styles/prosilver/theme/stylesheet.css?assets_version=42" rel="stylesheet">
<link href="./styles/prosilver/theme/fr/stylesheet.css?assets_version=42" rel="stylesheet">
</head>
<body id="phpbb" class="nojs notouch section-{'index' if page.path == '/' else 'viewforum'} ltr ">
<div id="wrap" class="wrap">
<a id="top" class="top-anchor" accesskey="t"></a>
<div id="page-header"><div class="headerbar" role="banner"><div class="inner"><div id="site-description" class="site-description">
<a id="logo" class="logo" href="/" title="Index du forum">{escape(site.title)}</a><p>Le forum des habitants</p></div></div></div>
<div class="navbar" role="navigation"><ul id="nav-main" class="nav-main linklist" role="menubar">
<li><a href="/faq.php" rel="help">FAQ</a></li><li><a href="/ucp.php?mode=login" accesskey="x">Connexion</a></li></ul>
<ul id="nav-breadcrumbs" class="nav-breadcrumbs linklist navlinks" role="menubar"><li class="breadcrumbs">{_crumbs(site, page, ' <span class="crumb">›</span> ')}</li></ul></div></div>
<div id="page-body" class="page-body" role="main"><h2 class="forum-title">{escape(page.title)}</h2>{page.body}</div>
<div id="page-footer" class="page-footer" role="contentinfo"><div class="copyright">
<p class="footer-row"><span class="footer-copyright">Développé par <a href="https://www.phpbb.com/">phpBB</a>&reg; Forum Software &copy; phpBB Limited</span></p>
<p class="footer-row"><span class="footer-copyright">Traduit par <a href="https://www.phpbb-fr.com">phpBB-fr.com</a></span></p></div></div>
</div></body></html>"""


def discourse(site, page):
    """Discourse sends crawlers a plain HTML view (body class "crawler")."""
    return f"""<!DOCTYPE html>
<html lang="fr" class="desktop-view not-mobile-device text-size-normal anon">
<head>
<meta charset="utf-8">
<title>{escape(page.title)} - {escape(site.title)}</title>
<meta name="description" content="Espace de discussion des habitants">
<meta name="generator" content="Discourse 3.2.1 - https://github.com/discourse/discourse version 3.2.1">
<link rel="stylesheet" href="/stylesheets/desktop_3c4e5f.css?__ws=forum" media="all" data-target="desktop">
<meta name="discourse_theme_id" content="2">
<meta name="discourse_current_homepage" content="latest">
</head>
<body class="crawler ">
<header><a href="/">{escape(site.title)}</a></header>
<div id="main-outlet" class="wrap" role="main"><nav><ul>{_menu(site)}</ul></nav>
<p class="breadcrumbs">{_crumbs(site, page)}</p><h1>{escape(page.title)}</h1>{page.body}</div>
<footer class="container wrap"><nav class="crawler-nav"><ul><li><a href="/">Accueil</a></li><li><a href="/guidelines">FAQ/Guidelines</a></li><li><a href="/tos">Conditions générales d'utilisation</a></li></ul></nav></footer>
<div id="noscript-footer"><p>Propulsé par <a href="https://www.discourse.org">Discourse</a>, le rendu est meilleur quand JavaScript est activé</p></div>
</body></html>"""


def flarum(site, page):
    return f"""<!doctype html>
<html dir="ltr" lang="fr">
<head>
<meta charset="utf-8">
<title>{escape(page.title)} - {escape(site.title)}</title>
<link rel="stylesheet" href="/assets/forum.css?v=7a1b2c3d">
<link rel="canonical" href="{site.url(page.path)}">
<meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1, minimum-scale=1">
<meta name="description" content="Le forum citoyen">
<meta name="theme-color" content="#4D698E">
</head>
<body>
<div id="app" class="App">
<div id="app-navigation" class="App-navigation"></div>
<div id="drawer" class="App-drawer"><header id="header" class="App-header"><div id="header-navigation" class="Header-navigation"></div>
<div class="container"><h1 class="Header-title"><a href="/" id="home-link">{escape(site.title)}</a></h1></div></header></div>
<main class="App-content"><div id="content"></div>
<div id="flarum-loading" style="display: none">Chargement...</div>
<noscript><div class="Alert"><div class="container">Ce site est conçu pour fonctionner avec JavaScript.</div></div>
<div id="flarum-content" class="container"><nav><ul>{_menu(site)}</ul></nav><h2>{escape(page.title)}</h2>{page.body}</div></noscript>
</main></div>
<script src="/assets/forum.js?v=4e5f6a7b"></script>
<script src="/assets/forum-fr.js?v=8c9d0e1f"></script>
<script>document.getElementById('flarum-loading').style.display = 'block'; var flarum = {{extensions: {{}}}};</script>
</body></html>"""


def community(site, page):
    """A neighbourhood social network run for the city (a hosted community platform)."""
    return f"""<!DOCTYPE html>
<html lang="fr">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(page.title)} - {escape(site.title)}</title>
<link rel="stylesheet" href="/build/app.3e9a1c.css"><script src="/build/app.5b2d7f.js" defer></script></head>
<body class="community">
<header class="community-header"><a class="community-logo" href="/">{escape(site.title)}</a><nav><ul>{_menu(site)}</ul></nav>
<a href="/connexion" class="btn">Rejoindre mes voisins</a></header>
<main><p class="breadcrumb">{_crumbs(site, page)}</p><h1>{escape(page.title)}</h1>{page.body}</main>
<footer><p><a href="/cgu">CGU</a> · Réseau social de proximité</p></footer>
</body></html>"""


THEMES = {f.__name__: f for f in (wordpress, drupal, spip, joomla, typo3, vendor, publik, decidim, consul,
                                  capcollectif, govocal, phpbb, discourse, flarum, community)}


def _login(action, user="username", password="password"):
    return (f'<form method="post" action="{action}" class="login-form"><label for="login-user">Identifiant</label>'
            f'<input type="text" id="login-user" name="{user}" autocomplete="username">'
            f'<label for="login-password">Mot de passe</label><input type="password" id="login-password" name="{password}">'
            '<input type="submit" value="Se connecter"></form>')


_LEGAL_TEXT = ("<h2>Éditeur</h2><p>Directeur de la publication : le maire.</p><h2>Hébergement</h2>"
               "<p>Hébergeur du site : prestataire situé en France.</p><h2>Données personnelles</h2>"
               "<p>Conformément au RGPD, vous disposez d'un droit d'accès et de rectification.</p>")
_NO_FEATURES = frozenset()
_LOGIN = frozenset({"contact_form"})  # a login form is not a contact form
_NOT_THE_BOARD = frozenset({"forum"})

# Pages that a theme's own header and footer link to: (path, title, body, decoys).
CHROME = {
    "wordpress": [("/mentions-legales", "Mentions légales", _LEGAL_TEXT, _NO_FEATURES)],
    "drupal": [("/mentions-legales", "Mentions légales", _LEGAL_TEXT, _NO_FEATURES)],
    "spip": [("/mentions-legales", "Mentions légales", _LEGAL_TEXT, _NO_FEATURES)],
    "joomla": [("/mentions-legales", "Mentions légales", _LEGAL_TEXT, _NO_FEATURES)],
    "typo3": [("/mentions-legales", "Mentions légales", _LEGAL_TEXT, _NO_FEATURES)],
    "vendor": [("/mentions-legales", "Mentions légales", _LEGAL_TEXT, _NO_FEATURES)],
    "publik": [("/mentions-legales", "Mentions légales", _LEGAL_TEXT, _NO_FEATURES),
               ("/login/", "Connexion", _login("/login/", "username", "password"), _LOGIN)],
    "decidim": [("/users/sign_in", "Se connecter", _login("/users/sign_in", "user[email]", "user[password]"), _LOGIN),
                ("/pages/terms-of-service", "Conditions d'utilisation", _LEGAL_TEXT, _NO_FEATURES)],
    "consul": [("/users/sign_in", "Connexion", _login("/users/sign_in", "user[login]", "user[password]"), _LOGIN),
               ("/conditions", "Conditions d'utilisation", _LEGAL_TEXT, _NO_FEATURES)],
    "capcollectif": [("/login", "Connexion", _login("/login_check", "_username", "_password"), _LOGIN),
                     ("/pages/mentions-legales", "Mentions légales", _LEGAL_TEXT, _NO_FEATURES)],
    "govocal": [("/fr-FR/pages/terms-and-conditions", "Conditions générales", _LEGAL_TEXT, _NO_FEATURES)],
    # a board's help and rules pages carry its markup, but nobody posts there: not the forum
    "phpbb": [("/faq.php", "FAQ", "<p>Foire aux questions : comment s'enregistrer, comment poster.</p>", _NOT_THE_BOARD),
              ("/ucp.php?mode=login", "Connexion", _login("/ucp.php?mode=login"), _LOGIN)],
    "discourse": [("/guidelines", "FAQ/Guidelines", "<p>Règles de bonne conduite du forum.</p>", _NOT_THE_BOARD),
                  ("/tos", "Conditions générales d'utilisation", _LEGAL_TEXT, _NOT_THE_BOARD)],
    "flarum": [],
    "community": [("/connexion", "Se connecter", _login("/connexion", "email", "password"), _LOGIN),
                  ("/cgu", "Conditions générales d'utilisation", _LEGAL_TEXT, _NO_FEATURES)],
}
