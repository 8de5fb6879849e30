"""Markup of the eighth holdout part (``vallons``): page layouts of the CMSs and platforms its communes run, and
the widgets and forms their pages carry.

Every layout is registered with the framework's themes under a ``vallons_*`` name. Class names, ids, routes and
field names follow what the software writes (WordPress with Divi and Kadence, SPIP, Drupal 10, Joomla 3's
Protostar, TYPO3's Bootstrap Package, the Stratis and Neopse vendor CMSs, Publik, Decidim, CONSUL Democracy, Cap
Collectif, Go Vocal, Jenparle, id-city, Consultvox, phpBB, MyBB and a neighbours' network); the French text is
this part's own.
"""
import zlib
from html import escape

from .. import themes

# ---------------------------------------------------------------------------------------------------------------
# Shared pieces of chrome


def _e(text):
    return escape(str(text))


def _num(text, low=100, high=999):
    return zlib.crc32(str(text).encode()) % (high - low) + low


def menu(site, li="", a="", sub=""):
    items = []
    for label, href in site.menu:
        items.append(f'<li class="{li}"><a class="{a}" href="{_e(href)}">{_e(label)}</a>{sub}</li>')
    return "".join(items)


def crumbs(site, page, sep=" &gt; ", home="Accueil"):
    trail = [f'<a href="/">{_e(home)}</a>']
    if page.parent:
        label, href = page.parent
        trail.append(f'<a href="{_e(href)}">{_e(label)}</a>')
    if page.path != "/":
        trail.append(f"<span>{_e(page.title)}</span>")
    return sep.join(trail)


_NAMES = {"facebook": "Facebook", "x": "X", "instagram": "Instagram", "youtube": "YouTube", "linkedin": "LinkedIn",
          "mastodon": "Mastodon", "bluesky": "Bluesky", "tiktok": "TikTok"}


def social(site, ul="social", li="social__item", a="social__link", icon="icon", text=False):
    if not site.accounts:
        return ""
    out = []
    for acc in site.accounts:
        name = _NAMES.get(acc.platform, acc.platform)
        rel = "noopener me" if acc.platform == "mastodon" else "noopener"
        label = _e(name) if text else f'<span class="visually-hidden">{_e(name)}</span>'
        out.append(f'<li class="{li} {li}--{acc.platform}"><a class="{a}" href="{_e(acc.href)}" target="_blank" '
                   f'rel="{rel}" title="{_e(name)} - nouvelle fenêtre"><span class="{icon} {icon}-{acc.platform}" '
                   f'aria-hidden="true"></span>{label}</a></li>')
    return f'<ul class="{ul}">{"".join(out)}</ul>'


def register(name, layout, chrome=()):
    """Registers a layout with the framework (``vallons_*`` names only); this part writes its chrome pages itself."""
    assert name.startswith("vallons_")
    themes.THEMES[name] = layout
    themes.CHROME[name] = list(chrome)


# ---------------------------------------------------------------------------------------------------------------
# Layouts: CMSs


def wp_divi(site, page):
    """WordPress with the Divi theme (Elegant Themes)."""
    home = page.path == "/"
    return f"""<!DOCTYPE html>
<html lang="fr-FR">
<head>
<meta charset="UTF-8" />
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<link rel="pingback" href="/xmlrpc.php" />
<script type="text/javascript">document.documentElement.className = 'js';</script>
<title>{_e(page.title)} | {_e(site.title)}</title>
<meta name='robots' content='max-image-preview:large' />
<link rel="alternate" type="application/rss+xml" title="{_e(site.title)} &raquo; Flux" href="/feed/" />
<link rel='stylesheet' id='wp-block-library-css' href='/wp-includes/css/dist/block-library/style.min.css?ver=6.6.2' type='text/css' media='all' />
<link rel='stylesheet' id='divi-style-parent-css' href='/wp-content/themes/Divi/style-static.min.css?ver=4.27.2' type='text/css' media='all' />
<link rel='stylesheet' id='divi-style-css' href='/wp-content/themes/aubre-child/style.css?ver=4.27.2' type='text/css' media='all' />
<script type="text/javascript" src="/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<link rel="https://api.w.org/" href="/wp-json/" />
<meta name="generator" content="WordPress 6.6.2" />
<meta name="viewport" content="width=device-width, initial-scale=1.0, maximum-scale=1.0, user-scalable=0" />
</head>
<body class="{'home page-template-default page' if home else 'page-template-default page'} et_pb_button_helper_class et_fullwidth_nav et_fixed_nav et_show_nav et_primary_nav_dropdown_animation_fade et_header_style_left et_pb_footer_columns4 et_cover_background et_pb_gutter et_pb_gutters3 et_right_sidebar et_divi_theme et-db">
<div id="page-container">
<header id="main-header" data-height-onload="66">
<div class="container clearfix et_menu_container">
<div class="logo_container"><span class="logo_helper"></span><a href="/"><img src="/wp-content/uploads/2023/09/logo-ville.png" width="180" height="60" alt="{_e(site.title)}" id="logo" data-height-percentage="54" /></a></div>
<div id="et-top-navigation" data-height="66" data-fixed-height="40">
<nav id="top-menu-nav"><ul id="top-menu" class="nav">{menu(site, "menu-item menu-item-type-post_type menu-item-object-page")}</ul></nav>
<div id="et_top_search"><span id="et_search_icon"></span></div>
</div></div>
<div class="et_search_outer"><div class="container et_search_form_container">
<form role="search" method="get" class="et-search-form" action="/"><input type="search" class="et-search-field" placeholder="Rechercher &hellip;" value="" name="s" title="Rechercher:" /></form>
<span class="et_close_search_field"></span></div></div>
</header>
<div id="et-main-area">
<div id="main-content"><div class="container"><div id="content-area" class="clearfix">
<div id="left-area">
<p class="et_pb_breadcrumbs">{crumbs(site, page, " &rsaquo; ")}</p>
<article id="post-{_num(page.path)}" class="post-{_num(page.path)} page type-page status-publish hentry">
<h1 class="entry-title main_title">{_e(page.title)}</h1>
<div class="entry-content">
{page.body}
</div>
</article>
</div>
</div></div></div>
<footer id="main-footer">
<div class="container"><div id="footer-widgets" class="clearfix">
<div class="footer-widget"><div id="text-2" class="fwidget et_pb_widget widget_text"><h4 class="title">Hôtel de ville</h4><div class="textwidget"><p>{_e(site.address)}</p></div></div></div>
</div></div>
<div id="footer-bottom"><div class="container clearfix">
{social(site, "et-social-icons", "et-social-icon", "icon", "et-pb-icon")}
<div id="footer-info"><a href="/mentions-legales/">Mentions légales</a></div>
</div></div>
</footer>
</div></div>
<script type="text/javascript" src="/wp-content/themes/Divi/js/scripts.min.js?ver=4.27.2" id="divi-custom-script-js"></script>
</body>
</html>"""


def wp_kadence(site, page):
    """WordPress with the Kadence theme."""
    home = page.path == "/"
    return f"""<!doctype html>
<html lang="fr-FR" class="no-js" itemtype="https://schema.org/WebPage" itemscope>
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1, minimum-scale=1">
<title>{_e(page.title)} &#8211; {_e(site.title)}</title>
<meta name='robots' content='index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1' />
<link rel='stylesheet' id='kadence-global-css' href='/wp-content/themes/kadence/assets/css/global.min.css?ver=1.2.9' media='all' />
<link rel='stylesheet' id='kadence-header-css' href='/wp-content/themes/kadence/assets/css/header.min.css?ver=1.2.9' media='all' />
<link rel='stylesheet' id='kadence-content-css' href='/wp-content/themes/kadence/assets/css/content.min.css?ver=1.2.9' media='all' />
<link rel='stylesheet' id='kadence-footer-css' href='/wp-content/themes/kadence/assets/css/footer.min.css?ver=1.2.9' media='all' />
<script src="/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<meta name="generator" content="WordPress 6.5.5" />
</head>
<body class="{'home page-template-default page' if home else 'post-template-default single'} wp-embed-responsive footer-on-bottom hide-focus-outline link-style-standard has-sidebar content-title-style-normal content-width-normal content-style-boxed content-vertical-padding-show non-transparent-header mobile-non-transparent-header">
<div id="wrapper" class="site wp-site-blocks">
<a class="skip-link screen-reader-text scroll-ignore" href="#main">Aller au contenu</a>
<header id="masthead" class="site-header" role="banner" itemtype="https://schema.org/WPHeader" itemscope>
<div id="main-header" class="site-header-wrap"><div class="site-header-inner-wrap"><div class="site-header-upper-wrap"><div class="site-main-header-wrap site-header-row-container site-header-focus-item site-header-row-layout-standard">
<div class="site-header-main-section-left site-header-section site-header-section-left">
<div class="site-branding branding-layout-standard"><a class="brand has-logo-image" href="/" rel="home"><p class="site-title">{_e(site.title)}</p></a></div></div>
<div class="site-header-main-section-right site-header-section site-header-section-right">
<nav id="site-navigation" class="main-navigation header-navigation nav--toggle-sub header-navigation-style-standard" role="navigation" aria-label="Navigation principale">
<div class="primary-menu-container header-menu-container"><ul id="primary-menu" class="menu">{menu(site, "menu-item menu-item-type-post_type")}</ul></div></nav>
<div class="search-toggle-open-container"><form role="search" method="get" class="search-form" action="/"><label><span class="screen-reader-text">Rechercher :</span><input type="search" class="search-field" placeholder="Rechercher&hellip;" value="" name="s" /></label><input type="submit" class="search-submit" value="Rechercher" /></form></div>
</div></div></div></div></div>
</header>
<div id="inner-wrap" class="wrap hfeed kt-clear">
<div id="primary" class="content-area"><div class="content-container site-container"><main id="main" class="site-main" role="main">
<div class="content-wrap">
<nav id="kadence-breadcrumbs" aria-label="Fil d&#039;Ariane" class="kadence-breadcrumbs"><div class="kadence-breadcrumb-container">{crumbs(site, page, ' <span class="bc-delimiter">/</span> ')}</div></nav>
<article id="post-{_num(page.path)}" class="entry content-bg single-entry post-{_num(page.path)} type-post status-publish format-standard hentry">
<div class="entry-content-wrap">
<header class="entry-header post-title title-align-inherit title-tablet-align-inherit title-mobile-align-inherit"><h1 class="entry-title">{_e(page.title)}</h1></header>
<div class="entry-content single-content">
{page.body}
</div>
</div>
</article>
</div>
</main></div></div>
</div>
<footer id="colophon" class="site-footer" role="contentinfo">
<div class="site-footer-wrap"><div class="site-middle-footer-wrap site-footer-row-container site-footer-focus-item site-footer-row-layout-standard">
<div class="footer-widget-area widget-area site-footer-focus-item footer-widget1 content-align-default"><div class="footer-widget-area-inner site-info-inner"><section class="widget widget_block"><p><strong>Mairie de {_e(site.title.replace("Ville de ", "").replace("Mairie de ", ""))}</strong><br>{_e(site.address)}</p></section></div></div>
<div class="footer-widget-area site-info site-footer-focus-item footer-social content-align-default"><div class="footer-widget-area-inner footer-social-inner">
<div class="footer-social-wrap"><div class="footer-social-inner-wrap element-social-inner-wrap social-show-label-false social-style-filled">{social(site, "kadence-social-list", "social-button-item", "social-button", "kadence-svg-iconset")}</div></div>
</div></div>
<div class="footer-html"><p><a href="/mentions-legales/">Mentions légales</a> &mdash; &copy; 2025 {_e(site.title)}</p></div>
</div></div>
</footer>
</div>
<script id="kadence-navigation-js" src="/wp-content/themes/kadence/assets/js/navigation.min.js?ver=1.2.9"></script>
</body>
</html>"""


def spip(site, page):
    """SPIP 4 with a skeleton derived from spipr-dist (Bootstrap classes)."""
    home = page.path == "/"
    return f"""<!DOCTYPE HTML>
<html class="page_{'sommaire' if home else 'article'} ltr fr no-js" xmlns="http://www.w3.org/1999/xhtml" lang="fr" dir="ltr">
<head>
<script type='text/javascript'>/*<![CDATA[*/(function(H){{H.className=H.className.replace(/\\bno-js\\b/,'js')}})(document.documentElement);/*]]>*/</script>
<title>{_e(page.title)} - {_e(site.title)}</title>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<link rel="alternate" type="application/rss+xml" title="Syndiquer tout le site" href="/spip.php?page=backend" />
<link rel="stylesheet" href="/local/cache-css/7f3b1c0a8e6d2f4a9b5c1d3e.css?1718034422" type="text/css" />
<script type="text/javascript" src="/local/cache-js/0c9d8e7f6a5b4c3d2e1f0a9b.js?1718034422"></script>
<meta name="generator" content="SPIP 4.3.2 [25168]" />
<link rel="shortcut icon" href="/local/cache-gd2/favicon.ico?1700000000" type="image/x-icon" />
</head>
<body class="pas_surlignable page_{'sommaire' if home else 'article'}">
<div class="page">
<div class="container">
<div class="header" id="header">
<div class="row"><header class="accueil clearfix span12">
<a rel="start home" href="/" title="Accueil" class="spip_logo_site"><strong id="nom_site_spip" class="h1">{_e(site.title)}</strong></a>
<p id="slogan_site_spip">Site officiel de la commune</p>
</header></div></div>
<div class="navbar navbar-default" id="nav"><div class="navbar-inner"><div class="container">
<ul class="nav menu-items" data-depth="0">{menu(site, "item menu-entree", "")}</ul>
<div class="formulaire_spip formulaire_recherche navbar-form navbar-right" id="formulaire_recherche">
<form action="/spip.php?page=recherche" method="get"><div class="editer-groupe">
<input name="page" value="recherche" type="hidden" /><label for="recherche" class="muted">Rechercher :</label>
<input type="search" class="form-control search text search-query" size="10" name="recherche" id="recherche" accesskey="4" autocapitalize="off" autocorrect="off" /><input type="submit" class="btn submit" value="&gt;&gt;" title="Rechercher" />
</div></form></div>
</div></div></div>
<div class="wrapper hfeed"><div class="content" id="content">
<p class="arbo">{crumbs(site, page, " &gt; ")}</p>
<div class="cartouche"><h1 class="surlignable">{_e(page.title)}</h1></div>
<div class="main">
{page.body}
</div>
</div></div>
<div class="footer" id="footer"><div class="container">
<p class="colophon">{_e(site.address)}</p>
<div class="reseaux">{social(site, "list-inline reseaux-sociaux", "reseau", "lien-reseau", "icone")}</div>
<p class="generer_url"><a href="/Mentions-legales">Mentions légales</a> | <a href="https://www.spip.net/" rel="generator" title="Site réalisé avec SPIP" class="generator">SPIP</a></p>
</div></div>
</div></div>
</body>
</html>"""


def drupal(site, page):
    """Drupal 10 with a Bootstrap 5 (Barrio) subtheme."""
    home = page.path == "/"
    return f"""<!DOCTYPE html>
<html lang="fr" dir="ltr" prefix="og: https://ogp.me/ns#">
<head>
<meta charset="utf-8" />
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)" />
<meta name="MobileOptimized" content="width" />
<meta name="HandheldFriendly" content="true" />
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no" />
<link rel="icon" href="/themes/custom/tournevaux_barrio/favicon.ico" type="image/vnd.microsoft.icon" />
<title>{_e(page.title)} | {_e(site.title)}</title>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_n8Qx3pV2hL0c9bZk1yT4.css?delta=0&amp;language=fr&amp;theme=tournevaux_barrio&amp;include=eJxtj1EOwjAI" />
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_f5Zr0aT7uQ3mY1vB8sD2.css?delta=1&amp;language=fr&amp;theme=tournevaux_barrio&amp;include=eJxtj1EOwjAI" />
<script src="/core/assets/vendor/jquery/jquery.min.js?v=3.7.1"></script>
<script src="/core/misc/drupalSettingsLoader.js?v=10.3.6"></script>
<script src="/core/misc/drupal.js?v=10.3.6"></script>
</head>
<body class="layout-one-sidebar layout-sidebar-second {'path-frontpage' if home else 'path-node page-node-type-article'}">
<a href="#main-content" class="visually-hidden-focusable">Aller au contenu principal</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<div id="page-wrapper"><div id="page">
<header id="header" class="header" role="banner" aria-label="Entête du site">
<nav class="navbar navbar-expand-lg" id="navbar-main">
<div class="container">
<a href="/" title="Accueil" rel="home" class="navbar-brand">{_e(site.title)}</a>
<div class="collapse navbar-collapse justify-content-end" id="CollapsingNavbar">
<nav role="navigation" aria-labelledby="block-tournevaux-barrio-main-menu-menu" id="block-tournevaux-barrio-main-menu" class="block block-menu navigation menu--main">
<h2 class="visually-hidden" id="block-tournevaux-barrio-main-menu-menu">Navigation principale</h2>
<ul class="clearfix nav navbar-nav">{menu(site, "nav-item", "nav-link")}</ul></nav>
<div class="search-block-form block block-search block-search-form-block" data-drupal-selector="search-block-form" id="block-tournevaux-barrio-search" role="search">
<form action="/search/node" method="get" id="search-block-form" accept-charset="UTF-8" class="search-form search-block-form form-row">
<div class="js-form-item js-form-type-search form-type-search js-form-item-keys form-item-keys form-no-label mb-3">
<label for="edit-keys" class="visually-hidden">Rechercher</label>
<input title="Saisir les termes à rechercher." data-drupal-selector="edit-keys" type="search" id="edit-keys" name="keys" value="" size="15" maxlength="128" class="form-search form-control" />
</div>
<div data-drupal-selector="edit-actions" class="form-actions js-form-wrapper form-wrapper mb-3" id="edit-actions"><button data-drupal-selector="edit-submit" type="submit" id="edit-submit" value="Rechercher" class="button js-form-submit form-submit btn btn-primary">Rechercher</button></div>
</form></div>
</div></div></nav>
</header>
<div id="main-wrapper" class="layout-main-wrapper clearfix"><div id="main" class="container">
<div id="block-tournevaux-barrio-breadcrumbs" class="block block-system block-system-breadcrumb-block">
<nav role="navigation" aria-label="Fil d'Ariane"><ol class="breadcrumb"><li class="breadcrumb-item">{crumbs(site, page, '</li><li class="breadcrumb-item">')}</li></ol></nav></div>
<div class="row row-offcanvas row-offcanvas-left clearfix">
<main class="main-content col" id="content" role="main">
<section class="section"><a id="main-content" tabindex="-1"></a>
<div id="block-tournevaux-barrio-page-title" class="block block-core block-page-title-block"><h1 class="title"><span class="field field--name-title field--type-string field--label-hidden">{_e(page.title)}</span></h1></div>
<div id="block-tournevaux-barrio-content" class="block block-system block-system-main-block">
<article data-history-node-id="{_num(page.path)}" class="node node--type-article node--view-mode-full">
<div class="node__content clearfix">
{page.body}
</div>
</article>
</div>
</section>
</main>
</div>
</div></div>
<footer class="site-footer"><div class="container">
<div class="site-footer__top clearfix">
<section class="region region-footer-first"><div id="block-coordonnees" class="block block-block-content"><div class="clearfix text-formatted field field--name-body"><p><strong>Hôtel de ville</strong><br>{_e(site.address)}</p></div></div></section>
<section class="region region-footer-second"><div id="block-socialmedialinks" class="block-social-media-links block block-social-media-links-block">{social(site, "social-media-links--platforms platforms inline horizontal", "social-media-links--platform", "social-media-link", "fab")}</div></section>
</div>
<div class="site-footer__bottom"><nav role="navigation" id="block-pieddepage"><ul class="nav"><li class="nav-item"><a href="/mentions-legales" class="nav-link">Mentions légales</a></li><li class="nav-item"><a href="/user/login" class="nav-link">Connexion</a></li></ul></nav></div>
</div></footer>
</div></div>
</div>
<script type="application/json" data-drupal-selector="drupal-settings-json">{{"path":{{"baseUrl":"\\/","pathPrefix":"","currentPath":"node\\/{_num(page.path)}","currentLanguage":"fr"}},"ajaxTrustedUrl":{{"\\/search\\/node":true}}}}</script>
<script src="/sites/default/files/js/js_Q2w8aB3cD4eF5gH6iJ7k.js?scope=footer&amp;delta=0&amp;language=fr&amp;theme=tournevaux_barrio"></script>
</body>
</html>"""


def joomla3(site, page):
    """Joomla 3.10 with the Protostar template."""
    home = page.path == "/"
    return f"""<!DOCTYPE html>
<html lang="fr-fr" dir="ltr">
<head>
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<meta charset="utf-8" />
<meta name="generator" content="Joomla! - Open Source Content Management" />
<title>{_e(page.title)} - {_e(site.title)}</title>
<link href="/templates/protostar/favicon.ico" rel="shortcut icon" type="image/vnd.microsoft.icon" />
<link href="/templates/protostar/css/template.css?5f8f5a0c1b3c2d4e" rel="stylesheet" />
<script src="/media/jui/js/jquery.min.js?5f8f5a0c1b3c2d4e"></script>
<script src="/media/jui/js/jquery-noconflict.js?5f8f5a0c1b3c2d4e"></script>
<script src="/media/system/js/caption.js?5f8f5a0c1b3c2d4e"></script>
<script src="/media/jui/js/bootstrap.min.js?5f8f5a0c1b3c2d4e"></script>
<script src="/templates/protostar/js/template.js?5f8f5a0c1b3c2d4e"></script>
</head>
<body class="site com_content view-{'featured' if home else 'article'} no-layout no-task itemid-{_num(page.path, 101, 199)}">
<div class="body" id="top"><div class="container">
<header class="header" role="banner"><div class="header-inner clearfix">
<a class="brand pull-left" href="/"><span class="site-title" title="{_e(site.title)}">{_e(site.title)}</span></a>
<div class="header-search pull-right">
<div class="search"><form action="/index.php" method="post" class="form-inline" role="search">
<label for="mod-search-searchword95" class="element-invisible">Rechercher</label> <input name="searchword" id="mod-search-searchword95" maxlength="200" class="inputbox search-query input-medium" type="search" placeholder="Rechercher..." />
<input type="hidden" name="task" value="search" /><input type="hidden" name="option" value="com_search" /><input type="hidden" name="Itemid" value="101" />
</form></div>
</div></div></header>
<nav class="navigation" role="navigation"><div class="navbar pull-left"><a class="btn btn-navbar collapsed" data-toggle="collapse" data-target=".nav-collapse"><span class="element-invisible">Afficher/masquer la navigation</span></a></div>
<div class="nav-collapse"><ul class="nav menu nav-pills mod-list">{menu(site, "item", "")}</ul></div></nav>
<div class="row-fluid">
<main id="content" role="main" class="span9">
<div class="moduletable"><ul itemscope itemtype="https://schema.org/BreadcrumbList" class="breadcrumb"><li>{crumbs(site, page, ' <span class="divider">/</span></li><li>')}</li></ul></div>
<div id="system-message-container"></div>
<div class="item-page" itemscope itemtype="https://schema.org/Article">
<meta itemprop="inLanguage" content="fr-FR" />
<div class="page-header"><h1 itemprop="headline">{_e(page.title)}</h1></div>
<div itemprop="articleBody">
{page.body}
</div>
</div>
</main>
<div id="aside" class="span3"><div class="well "><h3 class="page-header">Mairie</h3><p>{_e(site.address)}</p><p>Du lundi au vendredi, 8 h 30 - 12 h et 13 h 30 - 17 h.</p></div></div>
</div>
</div></div>
<footer class="footer" role="contentinfo"><div class="container">
<hr />
<div class="moduletable social-footer">{social(site, "reseaux-sociaux unstyled inline", "reseau", "", "icon")}</div>
<p class="pull-right"><a href="#top" id="back-top">Haut de page</a></p>
<p>&copy; 2025 {_e(site.title)} &middot; <a href="/index.php/mentions-legales">Mentions légales</a></p>
</div></footer>
</body>
</html>"""


def typo3(site, page):
    """TYPO3 v12 with the Bootstrap Package extension."""
    return f"""<!DOCTYPE html>
<html dir="ltr" lang="fr-FR">
<head>
<meta charset="utf-8">
<!--
	This website is powered by TYPO3 - inspiring people to share!
	TYPO3 is a free open source Content Management Framework initially created by Kasper Skaarhoj and licensed under GNU/GPL.
	TYPO3 is copyright 1998-2025 of Kasper Skaarhoj. Extensions are copyright of their respective owners.
	Information and contribution at https://typo3.org/
-->
<title>{_e(page.title)} - {_e(site.title)}</title>
<meta name="generator" content="TYPO3 CMS" />
<meta name="viewport" content="width=device-width, initial-scale=1, minimum-scale=1" />
<meta name="robots" content="index,follow" />
<meta property="og:site_name" content="{_e(site.title)}" />
<link rel="stylesheet" href="/typo3temp/assets/bootstrappackage/css/theme-5b3c1d0e8f.css?1731922811" media="all">
<link rel="stylesheet" href="/typo3conf/ext/roquebrenne_sitepackage/Resources/Public/Css/main.css?1731922811" media="all">
<script src="/typo3temp/assets/compressed/merged-9a1f2e3d4c5b6a7988-min.js?1731922811"></script>
</head>
<body id="p{_num(page.path, 1, 300)}" class="page-{_num(page.path, 1, 300)} pagelevel-{1 if page.path == '/' else 2} language-0 backendlayout-subnavigation_right layout-default">
<div id="top"></div>
<div class="body-bg body-bg-top">
<a class="visually-hidden-focusable page-skip-link" href="#page-content"><span>Aller au contenu principal</span></a>
<header id="page-header" class="bp-page-header navbar navbar-mainnavigation navbar-default navbar-has-image navbar-top navbar-fixed-top">
<div class="container container-mainnavigation">
<a class="navbar-brand navbar-brand-image" title="{_e(site.title)}" href="/"><img class="navbar-brand-logo-normal" src="/fileadmin/templates/logo.svg" alt="{_e(site.title)} logo" height="52" width="180"></a>
<button class="navbar-toggler collapsed" type="button" data-bs-toggle="collapse" data-bs-target="#mainnavigation" aria-controls="mainnavigation" aria-expanded="false" aria-label="Menu"><span class="navbar-toggler-icon"></span></button>
<nav aria-label="Navigation principale" id="mainnavigation" class="collapse navbar-collapse"><ul class="navbar-nav">{menu(site, "nav-item", "nav-link nav-link-main")}</ul></nav>
</div></header>
<nav class="breadcrumb-section" aria-label="Fil d'Ariane"><div class="container"><p class="visually-hidden" id="breadcrumb">Vous êtes ici :</p><ol class="breadcrumb"><li class="breadcrumb-item">{crumbs(site, page, '</li><li class="breadcrumb-item">')}</li></ol></div></nav>
<div id="page-content" class="bp-page-content main-section">
<!--TYPO3SEARCH_begin-->
<div class="section section-default"><div class="container"><div class="section-row"><main class="section-column maincontent-wrap" role="main">
<div id="c{_num(page.path, 100, 999)}" class="frame frame-default frame-type-text frame-layout-default frame-size-default frame-height-default frame-background-none frame-space-before-none frame-space-after-none frame-no-backgroundimage">
<div class="frame-group-container"><div class="frame-group-inner"><div class="frame-container frame-container-default"><div class="frame-inner">
<div class="frame-header"><h1 class="element-header"><span>{_e(page.title)}</span></h1></div>
{page.body}
</div></div></div></div></div>
</main></div></div></div>
<!--TYPO3SEARCH_end-->
</div>
<footer id="page-footer" class="bp-page-footer">
<section class="section footer-section footer-section-content"><div class="container"><div class="section-row">
<div class="section-column footer-section-content-column footer-section-content-column-left"><p><strong>Hôtel de ville</strong><br>{_e(site.address)}</p></div>
<div class="section-column footer-section-content-column footer-section-content-column-right"><div class="social-links">{social(site, "list-inline social-links-list", "list-inline-item social-link", "social-link-item", "bootstrappackageicon")}</div></div>
</div></div></section>
<section class="section footer-section footer-section-meta"><div class="frame frame-background-none frame-space-before-none frame-space-after-none"><div class="frame-container"><div class="frame-inner">
<div class="footer-meta"><ul class="footer-meta-list"><li><a href="/mentions-legales">Mentions légales</a></li></ul></div>
<div class="footer-copyright"><p>&copy; Ville de Roquebrenne</p></div>
</div></div></div></section>
</footer>
</div>
<script src="/typo3conf/ext/bootstrap_package/Resources/Public/Contrib/bootstrap/dist/js/bootstrap.bundle.min.js?1731922811"></script>
</body>
</html>"""


def stratis(site, page):
    """The Stratis municipal CMS (accessible layout, no generator meta)."""
    home = page.path == "/"
    return f"""<!DOCTYPE html>
<html lang="fr" class="no-js">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{_e(page.title)} - {_e(site.title)}</title>
<meta name="description" content="{_e(page.title)}">
<meta property="og:title" content="{_e(page.title)}">
<meta property="og:site_name" content="{_e(site.title)}">
<link rel="stylesheet" href="/typo3conf/ext/stratis_site/Resources/Public/css/styles.css?v=3.14.2">
<script src="/typo3conf/ext/stratis_site/Resources/Public/js/runtime.js?v=3.14.2" defer></script>
<script src="/typo3conf/ext/stratis_site/Resources/Public/js/main.js?v=3.14.2" defer></script>
</head>
<body class="{'home' if home else 'inner-page'}">
<nav role="navigation" aria-label="Accès rapide" class="menu-skip"><ul class="menu-skip__list"><li class="menu-skip__item"><a href="#main" class="menu-skip__link">Aller au contenu</a></li><li class="menu-skip__item"><a href="#main-menu" class="menu-skip__link">Aller au menu</a></li></ul></nav>
<div class="site-wrapper">
<header class="header" role="banner"><div class="header__wrapper">
<div class="header__logo"><a href="/" class="logo"><img src="/typo3conf/ext/stratis_site/Resources/Public/images/logos/logo.svg" alt="{_e(site.title)} - Retour à la page d'accueil" class="logo__image"></a></div>
<div class="header__components">
<div class="search-box"><form class="search-box__form" action="/recherche/" method="get" role="search"><label class="search-box__label" for="search-field">Rechercher sur le site</label><input class="search-box__field" type="search" id="search-field" name="tx_solr[q]"><button class="search-box__submit" type="submit"><span class="ghost">Rechercher</span></button></form></div>
</div>
<nav class="main-nav" role="navigation" aria-label="Menu principal" id="main-menu"><ul class="main-nav__list">{menu(site, "main-nav__item", "main-nav__link")}</ul></nav>
</div></header>
<main class="main" id="main" role="main">
<div class="page-title"><div class="page-title__wrapper">
<nav class="breadcrumb" aria-label="Fil d'Ariane"><p class="ghost">Vous êtes ici :</p><ol class="breadcrumb__list"><li class="breadcrumb__item">{crumbs(site, page, '</li><li class="breadcrumb__item">')}</li></ol></nav>
<h1 class="page-title__title">{_e(page.title)}</h1>
</div></div>
<div class="section section--content"><div class="section__wrapper"><div class="rte">
{page.body}
</div></div></div>
<div class="share-page"><p class="share-page__title">Partager cette page</p><ul class="share-page__list">
<li><a class="share-page__link" href="https://www.facebook.com/sharer/sharer.php?u=http%3A%2F%2F{_e(site.host)}{_e(page.path)}" target="_blank" rel="noopener">Facebook</a></li>
<li><a class="share-page__link" href="https://twitter.com/intent/tweet?url=http%3A%2F%2F{_e(site.host)}{_e(page.path)}" target="_blank" rel="noopener">X</a></li>
</ul></div>
</main>
<footer class="footer" role="contentinfo"><div class="footer__wrapper">
<div class="footer__column"><div class="footer__logo"><img src="/typo3conf/ext/stratis_site/Resources/Public/images/logos/logo-footer.svg" alt="{_e(site.title)}"></div><address class="footer__address">{_e(site.address)}</address></div>
<div class="footer__column"><p class="footer__title">Suivez-nous</p>{social(site, "social-networks", "social-networks__item", "social-networks__link", "icon")}</div>
<div class="footer__column"><ul class="menu-cross"><li class="menu-cross__item"><a href="/mentions-legales/" class="menu-cross__link">Mentions légales</a></li><li class="menu-cross__item"><a href="/newsletter/" class="menu-cross__link">Lettre d'information</a></li><li class="menu-cross__item"><a href="/contact/" class="menu-cross__link">Contact</a></li></ul>
<p class="footer__stratis">Site réalisé par <a href="https://www.stratis.fr/" target="_blank" rel="noopener">Stratis</a></p></div>
</div></footer>
</div>
</body>
</html>"""


def neopse(site, page):
    """The Neopse (Cosmos) municipal CMS."""
    home = page.path == "/"
    return f"""<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{_e(page.title)} - {_e(site.title)}</title>
<meta name="author" content="Neopse">
<link rel="stylesheet" href="/uploads/Theme/theme.css?v=1729600000">
<link rel="stylesheet" href="/assets/cosmos/css/front.min.css?v=5.8.1">
<script src="/assets/cosmos/js/vendor/jquery.min.js?v=5.8.1"></script>
<script src="/assets/cosmos/js/front.min.js?v=5.8.1" defer></script>
</head>
<body class="cosmos {'page-accueil' if home else 'page-interieure'}">
<a href="#contenu" class="evitement">Aller au contenu</a>
<header id="header" class="header">
<div class="header-top"><div class="container">
<a class="logo" href="/" title="Retour à l'accueil"><img src="/uploads/Theme/logo-mairie.png" alt="{_e(site.title)}"></a>
<form class="recherche" action="/recherche" method="get" role="search"><label for="recherche-mots" class="sr-only">Rechercher</label><input type="text" id="recherche-mots" name="motcle" placeholder="Rechercher"><button type="submit" class="btn-recherche">OK</button></form>
</div></div>
<nav id="menu-principal" class="menu-principal" aria-label="Menu principal"><div class="container"><ul class="menu-niveau-1">{menu(site, "item-niveau-1", "lien-niveau-1")}</ul></div></nav>
</header>
<div id="contenu" class="contenu"><div class="container">
<div class="fil-ariane">{crumbs(site, page, " / ")}</div>
<div class="row"><div class="col-md-12 colonne-principale">
<h1 class="titre-page">{_e(page.title)}</h1>
<div class="bloc-texte">
{page.body}
</div>
</div></div>
</div></div>
<footer id="footer" class="footer"><div class="container">
<div class="footer-coordonnees"><p class="footer-titre">{_e(site.title)}</p><p>{_e(site.address)}</p><p>Tél. : 05 49 00 00 00</p></div>
<div class="footer-reseaux">{social(site, "reseaux-sociaux", "reseau", "lien-reseau", "picto")}</div>
<ul class="footer-liens"><li><a href="/mentions-legales">Mentions légales</a></li><li><a href="/mairie/contact">Contact</a></li></ul>
<p class="footer-neopse">Site réalisé avec <a href="https://www.neopse.com/" target="_blank" rel="noopener">Cosmos</a> par Neopse</p>
</div></footer>
</body>
</html>"""


def publik(site, page):
    """Publik (Entr'ouvert): the combo portal with its w.c.s. forms."""
    home = page.path == "/"
    return f"""<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{_e(page.title)} | {_e(site.title)}</title>
<link rel="stylesheet" type="text/css" href="/static/xstatic/css/font-awesome.min.css">
<link rel="stylesheet" type="text/css" href="/themes/sainte-orlene/static/style.css?2025011501">
<script type="text/javascript" src="/static/xstatic/jquery.min.js"></script>
<script type="text/javascript" src="/static/js/combo.public.js?2025011501"></script>
</head>
<body class="{'page-index' if home else 'page-template-standard'} {'wcs-page' if not home else ''}" data-portal-url="http://{_e(site.host)}/">
<div id="page">
<div id="top"><div id="header">
<h1 id="logo"><a accesskey="1" href="/">{_e(site.title)}</a></h1>
<div id="toplinks"><span class="user"><a href="/login/" class="login-link">Connexion</a></span></div>
</div>
<div id="nav"><ul>{menu(site, "menu-item", "")}</ul></div></div>
<div id="main-content-wrapper"><div id="main-content">
<div id="breadcrumb">{crumbs(site, page, ' <span class="separator">›</span> ', "Mes démarches")}</div>
<div id="columns"><div class="cell gallery-cell wcs-formdef-cell">
<div class="wcs-form-title"><h2 id="page-title">{_e(page.title)}</h2></div>
{page.body}
</div></div>
</div></div>
<div id="footer-wrapper"><div id="footer">
<p>Ville de Sainte-Orlène &mdash; {_e(site.address)}</p>
<p><a href="http://www.sainte-orlene.fr/mentions-legales/">Mentions légales</a> &middot; <a href="https://www.entrouvert.com/" class="publik-credit">Publik</a></p>
</div></div>
</div>
</body>
</html>"""


# ---------------------------------------------------------------------------------------------------------------
# Layouts: participation platforms, boards, a neighbours' network


def decidim(site, page):
    return f"""<!DOCTYPE html>
<html lang="fr" class="no-js">
<head>
<title>{_e(page.title)} - {_e(site.title)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta name="csrf-param" content="authenticity_token" />
<meta name="csrf-token" content="Qe2w7xR9Lk0pM3bV8nYt1aZc4Hs6Uj5FdG0oIi2Ppq" />
<meta property="og:site_name" content="{_e(site.title)}">
<meta property="og:title" content="{_e(page.title)}">
<link rel="stylesheet" href="/decidim-packs/css/decidim_core-6a1d93c08b72.css" media="all" />
<script src="/decidim-packs/js/runtime-2f88f1a0c9e3.js" defer="defer"></script>
<script src="/decidim-packs/js/decidim_core-7c6d90b21e04.js" defer="defer"></script>
<script>window.Decidim = window.Decidim || {{}}; Decidim.config = {{"locale":"fr","api_path":"/api"}};</script>
</head>
<body class="text-gray-4 font-normal" data-decidim-organization="1">
<div class="layout-container">
<header>
<div id="main-bar" class="main-bar">
<div class="main-bar__logo"><a href="/" aria-label="Aller à la page d'accueil">{_e(site.title)}</a></div>
<div class="main-bar__search"><form class="main-bar__search" action="/search" accept-charset="UTF-8" method="get"><input type="text" name="term" id="input-search" placeholder="Rechercher" aria-label="Rechercher" /></form></div>
<div class="main-bar__links-desktop"><div class="main-bar__links-desktop__item-wrapper"><a href="/users/sign_in" class="main-bar__links-desktop__item">Se connecter</a></div></div>
</div>
<div class="menu-bar" id="menu-bar"><nav class="menu-bar__container" aria-label="Menu principal"><ul class="menu-bar__main-dropdown">{menu(site, "menu-bar__item", "menu-bar__link")}</ul></nav></div>
</header>
<main class="layout-main">
<div class="menu-bar__breadcrumb-desktop"><div class="menu-bar__breadcrumb-desktop__item">{crumbs(site, page, ' <span class="menu-bar__breadcrumb-separator">›</span> ', "Accueil")}</div></div>
<section class="layout-main__section"><h1 class="title-decorator">{_e(page.title)}</h1>
{page.body}
</section>
</main>
<footer><div class="main-footer"><div class="main-footer__top">
<nav class="main-footer__top__nav"><ul><li><a href="/pages/terms-of-service">Conditions d'utilisation</a></li></ul></nav>
</div><div class="main-footer__down">
<div class="main-footer__badge"><a href="https://decidim.org/fr/" target="_blank" rel="noopener"><span>Site réalisé avec un <strong>logiciel libre</strong>. </span><span>Decidim</span></a></div>
</div></div></footer>
</div>
</body>
</html>"""


def consul(site, page):
    return f"""<!DOCTYPE html>
<html lang="fr" data-current-user-id="">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<title>{_e(page.title)} - {_e(site.title)}</title>
<link rel="stylesheet" href="/assets/application-3f9a7be1e0c24d85c6a21b8d0e2f3a4b.css" media="all" />
<script src="/assets/application-6d1c0e9f8a7b6c5d4e3f2a1b0c9d8e7f.js"></script>
<meta name="csrf-param" content="authenticity_token" />
<meta name="csrf-token" content="cGFydGljaXBlci50b3VybmV2YXV4" />
<meta property="og:site_name" content="{_e(site.title)}">
</head>
<body class="public">
<div class="wrapper">
<header><div class="top-links"><div class="row"><div class="small-12 column"><ul class="no-bullet external-links"><li><a href="http://www.tournevaux.fr/">Site de la ville</a></li></ul>
<ul class="right no-bullet"><li><a href="/users/sign_in">Connexion</a></li></ul></div></div></div>
<div class="top-bar" id="responsive-menu"><div class="top-bar-title"><a href="/" class="logo" accesskey="0">{_e(site.title)}</a></div>
<div class="top-bar-right"><nav class="subnavigation" role="navigation"><ul>{menu(site)}</ul></nav></div></div>
</header>
<main id="main"><div class="row"><div class="small-12 column">
<ul class="breadcrumbs"><li>{crumbs(site, page, '</li><li>')}</li></ul>
<h1>{_e(page.title)}</h1>
{page.body}
</div></div></main>
<div class="push"></div>
</div>
<footer><div class="footer"><div class="row"><div class="small-12 large-4 column"><h1 class="logo">{_e(site.title)}</h1>
<p class="info">Ce portail utilise l'<a href="https://github.com/consuldemocracy/consuldemocracy">application CONSUL DEMOCRACY</a>, <a href="https://github.com/consuldemocracy/consuldemocracy/blob/master/LICENSE-AGPLv3.txt">logiciel libre</a>.</p></div>
<div class="small-12 large-8 column"><ul class="no-bullet"><li><a href="/help">Aide</a></li><li><a href="/conditions">Conditions d'utilisation</a></li></ul></div></div>
<div class="row subfooter"><div class="small-12 column"><p>Ville de Tournevaux, 2025</p></div></div></div></footer>
</body>
</html>"""


def capcollectif(site, page):
    return f"""<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{_e(page.title)} | {_e(site.title)}</title>
<meta property="og:site_name" content="{_e(site.title)}">
<link rel="stylesheet" href="/css/front.css?v=ac2031b">
<script src="/js/front/vendor.js?v=ac2031b" defer></script>
<script src="/js/front/app.js?v=ac2031b" defer></script>
</head>
<body id="capco" class="body--front">
<div id="app-wrapper">
<header id="main-navbar" role="banner"><nav class="navbar navbar-default" aria-label="Menu principal">
<div class="navbar-header"><a class="navbar-brand" href="/">{_e(site.title)}</a></div>
<ul class="nav navbar-nav">{menu(site, "navbar-item", "")}</ul>
<div class="navbar-user"><a href="/login" class="btn btn-darkest-gray navbar-btn">Connexion</a></div>
</nav></header>
<main id="main" class="main" role="main"><div class="container">
<ol class="breadcrumb"><li>{crumbs(site, page, '</li><li>')}</li></ol>
<h1 class="h1">{_e(page.title)}</h1>
{page.body}
</div></main>
<footer id="footer" role="contentinfo" class="footer"><div class="footer__links"><ul><li><a href="/pages/mentions-legales">Mentions légales</a></li></ul></div>
<div class="footer__capco"><a href="https://cap-collectif.com/" target="_blank" rel="noopener">Propulsé par Cap Collectif</a></div></footer>
</div>
</body>
</html>"""


def govocal(site, page):
    return f"""<!DOCTYPE html>
<html lang="fr-FR">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
<title>{_e(page.title)} | {_e(site.title)}</title>
<meta property="og:title" content="{_e(page.title)}">
<meta property="og:site_name" content="{_e(site.title)}">
<link rel="stylesheet" href="/fragments/main.4c0b2e9a.css">
<script src="/fragments/runtime.91d3af52.js" defer></script>
<script src="/fragments/main.e8b7f3a0.js" defer></script>
</head>
<body>
<div id="modal-portal"></div>
<div id="app">
<div id="e2e-app-container">
<nav id="e2e-navbar" aria-label="Menu principal"><a href="/fr-FR/" class="e2e-navbar-logo">{_e(site.title)}</a><ul>{menu(site)}</ul><a href="/fr-FR/sign-in" id="e2e-navbar-login-menu-item">Se connecter</a></nav>
<main id="e2e-page-content">
<p class="e2e-breadcrumbs">{crumbs(site, page, ' / ')}</p>
<h1>{_e(page.title)}</h1>
{page.body}
</main>
<footer id="e2e-footer"><ul><li><a href="/fr-FR/pages/terms-and-conditions">Conditions générales</a></li></ul><a href="https://www.govocal.com/fr" target="_blank" rel="noopener" class="e2e-powered-by">Propulsé par Go Vocal</a></footer>
</div></div>
</body>
</html>"""


def jenparle(site, page):
    return f"""<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{_e(page.title)} - {_e(site.title)}</title>
<meta property="og:site_name" content="{_e(site.title)}">
<link rel="stylesheet" href="/build/app.0d7c4e21.css">
<script src="/build/runtime.3ab1.js" defer></script>
<script src="/build/app.f2e10c88.js" defer></script>
</head>
<body class="jenparle front">
<header class="jp-header"><div class="jp-header__inner">
<a class="jp-header__brand" href="/">{_e(site.title)}</a>
<nav class="jp-nav" aria-label="Navigation"><ul>{menu(site, "jp-nav__item", "jp-nav__link")}</ul></nav>
<a class="jp-header__login" href="/connexion">Se connecter</a>
</div></header>
<main class="jp-main" id="main"><div class="jp-container">
<nav class="jp-breadcrumb" aria-label="Fil d'Ariane">{crumbs(site, page, " › ")}</nav>
<h1 class="jp-title">{_e(page.title)}</h1>
{page.body}
</div></main>
<footer class="jp-footer"><p><a href="/mentions-legales">Mentions légales</a> · <a href="/charte">Charte de modération</a></p>
<p class="jp-footer__credit">Plateforme de concertation <a href="https://www.jenparle.net/" target="_blank" rel="noopener">Jenparle</a> · Respublica</p></footer>
</body>
</html>"""


def idcity(site, page):
    return f"""<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{_e(page.title)} | {_e(site.title)}</title>
<meta property="og:site_name" content="{_e(site.title)}">
<link rel="stylesheet" href="/static/css/idcity.min.css?v=4.2">
<script src="/static/js/idcity.min.js?v=4.2" defer></script>
</head>
<body class="idcity-platform">
<header class="idc-header"><a class="idc-brand" href="/">{_e(site.title)}</a>
<nav class="idc-menu"><ul>{menu(site, "idc-menu__item", "idc-menu__link")}</ul></nav>
<a class="idc-login" href="/connexion">Connexion</a></header>
<main class="idc-main"><nav class="idc-breadcrumb">{crumbs(site, page, " / ")}</nav>
<h1 class="idc-title">{_e(page.title)}</h1>
{page.body}
</main>
<footer class="idc-footer"><p><a href="/cgu">Conditions d'utilisation</a></p><p>Plateforme de participation propulsée par <a href="https://www.id-city.fr/" target="_blank" rel="noopener">id-city</a></p></footer>
</body>
</html>"""


def consultvox(site, page):
    return f"""<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{_e(page.title)} | {_e(site.title)}</title>
<meta property="og:site_name" content="{_e(site.title)}">
<link rel="stylesheet" href="/assets/consultvox.css?v=2.9.0">
<script src="/assets/consultvox.js?v=2.9.0" defer></script>
</head>
<body class="cv-body">
<header class="cv-header"><a class="cv-logo" href="/">{_e(site.title)}</a><nav class="cv-nav"><ul>{menu(site)}</ul></nav><a class="cv-login" href="/connexion">Se connecter</a></header>
<main class="cv-main"><p class="cv-breadcrumb">{crumbs(site, page, " › ")}</p><h1>{_e(page.title)}</h1>
{page.body}
</main>
<footer class="cv-footer"><a href="/mentions-legales">Mentions légales</a> — Propulsé par <a href="https://www.consultvox.co/" target="_blank" rel="noopener">Consultvox</a></footer>
</body>
</html>"""


def phpbb(site, page):
    section = "index" if page.path == "/" else ("viewtopic" if "viewtopic" in page.path else
                                                  ("posting" if "posting" in page.path else "viewforum"))
    return f"""<!DOCTYPE html>
<html dir="ltr" lang="fr">
<head>
<meta charset="utf-8" />
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>{_e(page.title)} - {_e(site.title)}</title>
<link href="./assets/css/font-awesome.min.css?assets_version=37" rel="stylesheet">
<link href="./styles/prosilver/theme/stylesheet.css?assets_version=37" rel="stylesheet">
<link href="./styles/prosilver/theme/fr/stylesheet.css?assets_version=37" rel="stylesheet">
</head>
<body id="phpbb" class="nojs notouch section-{section} ltr ">
<div id="wrap" class="wrap">
<a id="top" class="top-anchor" accesskey="t"></a>
<div id="page-header">
<div class="headerbar" role="banner"><div class="inner">
<div id="site-description" class="site-description"><a id="logo" class="logo" href="/" title="Index du forum"><span class="site_logo"></span></a>
<h1>{_e(site.title)}</h1><p>Le forum des habitantes et des habitants de Hautvallon</p></div>
<div id="search-box" class="search-box search-header" role="search"><form action="/search.php" method="get" id="search"><fieldset><input name="keywords" id="keywords" type="search" maxlength="128" title="Recherche par mots-clés" class="inputbox search tiny" size="20" value="" placeholder="Rechercher…" /><button class="button button-search" type="submit" title="Rechercher">Rechercher</button></fieldset></form></div>
</div></div>
<div class="navbar" role="navigation"><div class="inner">
<ul id="nav-main" class="nav-main linklist" role="menubar">
<li><a href="/faq.php" rel="help" title="Foire aux questions" role="menuitem"><span>FAQ</span></a></li>
<li class="rightside"><a href="/ucp.php?mode=login" title="Connexion" accesskey="x" role="menuitem"><span>Connexion</span></a></li>
<li class="rightside"><a href="/ucp.php?mode=register" role="menuitem"><span>S’enregistrer</span></a></li>
</ul>
<ul id="nav-breadcrumbs" class="nav-breadcrumbs linklist navlinks" role="menubar"><li class="breadcrumbs"><span class="crumb"><a href="http://www.hautvallon.fr/" data-navbar-reference="home">Site de la mairie</a></span><span class="crumb"><a href="/" accesskey="h" data-navbar-reference="index">Index du forum</a></span></li></ul>
</div></div>
</div>
<div id="page-body" class="page-body" role="main">
<h2 class="forum-title">{_e(page.title)}</h2>
{page.body}
</div>
<div id="page-footer" class="page-footer" role="contentinfo">
<div class="navbar" role="navigation"><div class="inner"><ul id="nav-footer" class="nav-footer linklist" role="menubar"><li class="breadcrumbs"><span class="crumb"><a href="/" data-navbar-reference="index">Index du forum</a></span></li><li class="rightside">Heures au format <span title="Europe/Paris">UTC+01:00</span></li></ul></div></div>
<div class="copyright"><p class="footer-row"><span class="footer-copyright">Développé par <a href="https://www.phpbb.com/">phpBB</a>® Forum Software © phpBB Limited</span></p>
<p class="footer-row"><span class="footer-copyright">Traduit par <a href="https://www.phpbb-fr.com">phpBB-fr.com</a></span></p></div>
</div>
</div>
<script src="./assets/javascript/jquery-3.7.1.min.js?assets_version=37"></script>
<script src="./assets/javascript/core.js?assets_version=37"></script>
</body>
</html>"""


def mybb(site, page):
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xml:lang="fr" lang="fr" xmlns="http://www.w3.org/1999/xhtml">
<head>
<title>{_e(site.title)} - {_e(page.title)}</title>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<script type="text/javascript" src="/jscripts/jquery.js?ver=1823"></script>
<script type="text/javascript" src="/jscripts/general.js?ver=1827"></script>
<link type="text/css" rel="stylesheet" href="/cache/themes/theme1/global.css?t=1712345678" />
<link type="text/css" rel="stylesheet" href="/cache/themes/theme1/css3.css?t=1712345678" />
<script type="text/javascript">
<!--
	lang.unknown_error = "Une erreur inconnue s'est produite.";
	var cookieDomain = ".plouzevel.bzh";
	var cookiePath = "/";
	var imagepath = "images";
// -->
</script>
</head>
<body>
<div id="container">
<a name="top" id="top"></a>
<div id="header"><div id="logo"><div class="wrapper">
<a href="/"><img src="/images/logo.png" alt="{_e(site.title)}" title="{_e(site.title)}" /></a>

</div></div>
<div id="panel"><div class="upper"><div class="wrapper"><span class="welcome">Bonjour, visiteur ! <a href="/member.php?action=login" class="login">Connexion</a> <a href="/member.php?action=register" class="register">Inscription</a></span></div></div></div>
</div>
<div id="content"><div class="wrapper">
<div class="navigation"><a href="/">{_e(site.title)}</a>{'' if page.path == '/' else ' <span class="active">› ' + _e(page.title) + '</span>'}</div>
<br />
{page.body}
</div></div>
<div id="footer"><div class="upper"><div class="wrapper"><ul class="menu bottom_links"><li><a href="http://www.plouzevel.bzh/">Site de la commune</a></li></ul></div></div>
<div class="lower"><div class="wrapper"><span id="copyright">Propulsé par <a href="https://mybb.com" target="_blank" rel="noopener">MyBB</a>, &copy; 2002-2025 <a href="https://mybb.com" target="_blank" rel="noopener">MyBB Group</a>.</span></div></div></div>
</div>
</body>
</html>"""


def voisins(site, page):
    """The neighbours' network Plouzével runs on Smiile's white-label offer."""
    return f"""<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{_e(page.title)} - {_e(site.title)}</title>
<meta name="description" content="Le réseau d'entraide entre voisins de Plouzével">
<meta property="og:site_name" content="{_e(site.title)}">
<link rel="stylesheet" href="/assets/smiile-white-label/app.css?v=7.12.0">
<script src="/assets/smiile-white-label/app.js?v=7.12.0" defer></script>
</head>
<body class="sml-community">
<header class="sml-header"><a class="sml-header__logo" href="/">{_e(site.title)}</a>
<nav class="sml-header__nav"><ul>{menu(site, "sml-nav__item", "sml-nav__link")}</ul></nav>
<div class="sml-header__actions"><a href="/connexion" class="sml-btn sml-btn--ghost">Se connecter</a> <a href="/inscription" class="sml-btn">Rejoindre mes voisins</a></div></header>
<main class="sml-main"><p class="sml-breadcrumb">{crumbs(site, page, " › ")}</p><h1 class="sml-title">{_e(page.title)}</h1>
{page.body}
</main>
<footer class="sml-footer"><p>Voisins de Plouzével, le réseau d'entraide entre voisins de la commune · <a href="/cgu">CGU</a></p>
<p class="sml-footer__powered">Propulsé par <a href="https://www.smiile.com/" target="_blank" rel="noopener">Smiile</a></p></footer>
</body>
</html>"""


def dialogue_fallback(site, page):
    """What the white-label platform ``dialogue.`` sends for an address its application does not know."""
    return shell(site.title, "/static/dialogue/app.2b7e91.js")


def shell(title, bundle):
    """An empty application shell: the script fetches the page's content from the API and draws it."""
    return f"""<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{_e(title)}</title>
<link rel="stylesheet" href="/static/dialogue/app.2b7e91.css">
</head>
<body>
<noscript>Pour participer, activez JavaScript dans votre navigateur.</noscript>
<div id="root"></div>
<script src="{_e(bundle)}" defer></script>
</body>
</html>"""


for _name, _layout in (("vallons_wp_divi", wp_divi), ("vallons_wp_kadence", wp_kadence), ("vallons_spip", spip),
                       ("vallons_drupal", drupal), ("vallons_joomla3", joomla3), ("vallons_typo3", typo3),
                       ("vallons_stratis", stratis), ("vallons_neopse", neopse), ("vallons_publik", publik),
                       ("vallons_decidim", decidim), ("vallons_consul", consul), ("vallons_capco", capcollectif),
                       ("vallons_govocal", govocal), ("vallons_jenparle", jenparle), ("vallons_idcity", idcity),
                       ("vallons_consultvox", consultvox), ("vallons_phpbb", phpbb), ("vallons_mybb", mybb),
                       ("vallons_voisins", voisins), ("vallons_dialogue", dialogue_fallback)):
    register(_name, _layout)


# ---------------------------------------------------------------------------------------------------------------
# Widgets and forms, as each plugin or service writes them


def teasers(items, cls="teasers"):
    """A list of links with a line of text each: (href, title, text)."""
    lis = "".join(f'<li class="{cls}__item"><a class="{cls}__link" href="{_e(href)}">{_e(title)}</a>'
                  f'{f" <p>{text}</p>" if text else ""}</li>' for href, title, text in items)
    return f'<ul class="{cls}">{lis}</ul>'


def iframe(src, title, height=900, extra=""):
    return (f'<iframe src="{_e(src)}" title="{_e(title)}" width="100%" height="{height}" frameborder="0" '
            f'marginheight="0" marginwidth="0"{extra}>Chargement…</iframe>')


# WordPress ------------------------------------------------------------------------------------------------------

def cf7(form_id, post_id, path, fields, submit="Envoyer", label="Formulaire de contact"):
    """Contact Form 7: ``fields`` are (kind, name, label, options); kind text, email, tel, textarea, select,
    checkbox (acceptance)."""
    unit = f"wpcf7-f{form_id}-p{post_id}-o1"
    rows = []
    for kind, name, text, opts in fields:
        if kind == "textarea":
            control = (f'<textarea cols="40" rows="10" maxlength="2000" class="wpcf7-form-control wpcf7-textarea '
                       f'wpcf7-validates-as-required" aria-required="true" aria-invalid="false" name="{name}"></textarea>')
        elif kind == "select":
            options = "".join(f'<option value="{_e(o)}">{_e(o)}</option>' for o in opts)
            control = (f'<select class="wpcf7-form-control wpcf7-select" aria-invalid="false" name="{name}">'
                       f'<option value="">&#8212;Veuillez choisir une option&#8212;</option>{options}</select>')
        elif kind == "acceptance":
            control = (f'<span class="wpcf7-form-control wpcf7-acceptance"><span class="wpcf7-list-item">'
                       f'<label><input type="checkbox" name="{name}" value="1" aria-invalid="false" />'
                       f'<span class="wpcf7-list-item-label">{_e(text)}</span></label></span></span>')
            rows.append(f'<p><span class="wpcf7-form-control-wrap" data-name="{name}">{control}</span></p>')
            continue
        else:
            control = (f'<input size="40" maxlength="400" class="wpcf7-form-control wpcf7-{kind} '
                       f'wpcf7-validates-as-required{" wpcf7-validates-as-email" if kind == "email" else ""}" '
                       f'autocomplete="{"email" if kind == "email" else "name" if "name" in name or "nom" in name else "off"}" '
                       f'aria-required="true" aria-invalid="false" value="" type="{kind}" name="{name}" />')
        rows.append(f'<p><label> {_e(text)}<br />\n<span class="wpcf7-form-control-wrap" data-name="{name}">'
                    f'{control}</span> </label></p>')
    return f"""<div class="wpcf7 no-js" id="{unit}" lang="fr-FR" dir="ltr" data-wpcf7-id="{form_id}">
<div class="screen-reader-response"><p role="status" aria-live="polite" aria-atomic="true"></p> <ul></ul></div>
<form action="{_e(path)}#{unit}" method="post" class="wpcf7-form init" aria-label="{_e(label)}" novalidate="novalidate" data-status="init">
<div style="display: none;">
<input type="hidden" name="_wpcf7" value="{form_id}" />
<input type="hidden" name="_wpcf7_version" value="5.9.8" />
<input type="hidden" name="_wpcf7_locale" value="fr_FR" />
<input type="hidden" name="_wpcf7_unit_tag" value="{unit}" />
<input type="hidden" name="_wpcf7_container_post" value="{post_id}" />
<input type="hidden" name="_wpcf7_posted_data_hash" value="" />
</div>
{chr(10).join(rows)}
<p><input class="wpcf7-form-control wpcf7-submit has-spinner" type="submit" value="{_e(submit)}" /></p><div class="wpcf7-response-output" aria-hidden="true"></div>
</form>
</div>"""


def gravity(form_id, path, title, fields, submit="Envoyer"):
    """Gravity Forms (Orbital/Gravity theme markup): fields are (kind, label, required, choices)."""
    out = []
    for i, (kind, label, required, choices) in enumerate(fields, start=1):
        req = ' <span class="gfield_required"><span class="gfield_required gfield_required_text">(Nécessaire)</span></span>' if required else ""
        fid = f"input_{form_id}_{i}"
        areq = ' aria-required="true"' if required else ""
        if kind == "textarea":
            control = f"<textarea name='input_{i}' id='{fid}' class='textarea large' {areq} aria-invalid='false' rows='10' cols='50'></textarea>"
        elif kind == "radio":
            opts = "".join(f"<div class='gchoice gchoice_{form_id}_{i}_{j}'><input class='gfield-choice-input' name='input_{i}' type='radio' value='{_e(c)}' id='choice_{form_id}_{i}_{j}' /><label for='choice_{form_id}_{i}_{j}' id='label_{form_id}_{i}_{j}' class='gform-field-label gform-field-label--type-inline'>{_e(c)}</label></div>" for j, c in enumerate(choices))
            control = f"<div class='gfield_radio' id='{fid}'>{opts}</div>"
        elif kind == "select":
            opts = "".join(f"<option value='{_e(c)}'>{_e(c)}</option>" for c in choices)
            control = f"<select name='input_{i}' id='{fid}' class='large gfield_select' aria-invalid='false'>{opts}</select>"
        elif kind == "consent":
            control = f"<input name='input_{i}.1' id='{fid}_1' type='checkbox' value='1' aria-required='true' /><label class='gform-field-label gform-field-label--type-inline gfield_consent_label' for='{fid}_1'>{_e(choices[0])}</label>"
        else:
            control = f"<input name='input_{i}' id='{fid}' type='{kind}' value='' class='large'{areq} aria-invalid='false' />"
        out.append(f'<div id="field_{form_id}_{i}" class="gfield gfield--type-{kind} gfield--width-full {"gfield_contains_required " if required else ""}field_sublabel_below gfield--no-description field_description_below gfield_visibility_visible" data-js-reload="field_{form_id}_{i}">'
                   f"<label class='gfield_label gform-field-label' for='{fid}'>{_e(label)}{req}</label>"
                   f"<div class='ginput_container ginput_container_{kind}'>{control}</div></div>")
    return f"""<div class='gf_browser_gecko gform_wrapper gravity-theme gform-theme--no-framework' data-form-theme='gravity-theme' data-form-index='0' id='gform_wrapper_{form_id}' >
<div class='gform_heading'><p class='gform_required_legend'>&quot;<span class="gfield_required gfield_required_asterisk">*</span>&quot; indique les champs nécessaires</p></div>
<form method='post' enctype='multipart/form-data'  id='gform_{form_id}'  action='{_e(path)}' data-formid='{form_id}' novalidate>
<div class='gform-body gform_body'><div id='gform_fields_{form_id}' class='gform_fields top_label form_sublabel_below description_below validation_below'>
{chr(10).join(out)}
</div></div>
<div class='gform_footer top_label'> <input type='submit' id='gform_submit_button_{form_id}' class='gform_button button' value='{_e(submit)}'  />
<input type='hidden' class='gform_hidden' name='gform_submission_method' data-js='gform_submission_method_{form_id}' value='postback' />
<input type='hidden' class='gform_hidden' name='gform_theme' data-js='gform_theme_{form_id}' id='gform_theme_{form_id}' value='gravity-theme' />
<input type='hidden' class='gform_hidden' name='is_submit_{form_id}' value='1' />
<input type='hidden' class='gform_hidden' name='gform_submit' value='{form_id}' />
<input type='hidden' class='gform_hidden' name='gform_unique_id' value='' />
<input type='hidden' class='gform_hidden' name='gform_target_page_number_{form_id}' id='gform_target_page_number_{form_id}' value='0' />
<input type='hidden' class='gform_hidden' name='gform_source_page_number_{form_id}' id='gform_source_page_number_{form_id}' value='1' />
<input type='hidden' name='gform_field_values' value='' />
</div>
</form>
</div>"""


def wp_polls(poll_id, question, answers, nonce="9f2c4e7a1b"):
    """WP-Polls' voting form with its default templates."""
    lis = "".join(f'<li><input type="radio" id="poll-answer-{aid}" name="poll_{poll_id}" value="{aid}" /> '
                  f'<label for="poll-answer-{aid}">{_e(text)}</label></li>' for aid, text in answers)
    return f"""<div id="polls-{poll_id}" class="wp-polls">
	<form id="polls_form_{poll_id}" class="wp-polls-form" action="/index.php" method="post">
		<p style="display: none;"><input type="hidden" id="poll_{poll_id}_nonce" name="wp-polls-nonce" value="{nonce}" /></p>
		<p style="display: none;"><input type="hidden" name="poll_id" value="{poll_id}" /></p>
		<p style="text-align: center;"><strong>{_e(question)}</strong></p><div id="polls-{poll_id}-ans" class="wp-polls-ans"><ul class="wp-polls-ul">
		{lis}
		</ul><p style="text-align: center;"><input type="button" name="vote" value="   Voter   " class="Buttons" onclick="poll_vote({poll_id});" /></p><p style="text-align: center;"><a href="#ViewPollResults" onclick="poll_result({poll_id}); return false;" title="Voir les résultats de ce sondage">Voir les résultats</a></p></div>
	</form>
</div>
<div id="polls-{poll_id}-loading" class="wp-polls-loading"><img src="/wp-content/plugins/wp-polls/images/loading.gif" width="16" height="16" alt="Chargement ..." title="Chargement ..." class="wp-polls-image" />&nbsp;Chargement ...</div>"""


def wp_polls_results(poll_id, question, answers, total):
    """WP-Polls' result template of a closed poll (no voting form)."""
    lis = "".join(f'<li>{_e(text)} <small>({pct}%, {votes} votes)</small><div class="pollbar" style="width: {pct}%;" '
                  f'title="{_e(text)} ({pct}% | {votes} votes)"></div></li>' for text, pct, votes in answers)
    return f"""<div id="polls-{poll_id}" class="wp-polls">
<p style="text-align: center;"><strong>{_e(question)}</strong></p><div id="polls-{poll_id}-ans" class="wp-polls-ans"><ul class="wp-polls-ul">
{lis}
</ul><p style="text-align: center;">Nombre total de votants : <strong>{total}</strong></p><p style="text-align: center;">Ce sondage est clos.</p></div>
</div>"""


def yop_poll(poll_id, question, answers, ended=False):
    """YOP Poll's basic template (version 6 markup); an ended poll shows its results: (id, text, percent, votes)."""
    if ended:
        return _yop_results(poll_id, question, answers)
    lis = "".join(f'<li class="basic-answer" style="padding:0px 0px;" data-id="{aid}" data-type="text" data-vn="0" data-color="#000">'
                  f'<div class="basic-answer-content basic-text-vertical"><label for="answer[{aid}]" class="basic-label">'
                  f'<input type="radio" id="answer[{aid}]" name="answer[{poll_id}]" value="{aid}" autocomplete="off"'
                  f'{" disabled" if ended else ""}><span class="basic-text" style="color: #000; font-size: 14px; font-weight: normal;">{_e(text)}</span></label></div></li>'
                  for aid, text in answers)
    msg = ('<div class="basic-message" style="border-left: 10px solid #ff0000; padding: 0px 10px;" data-error="#ff0000" data-success="#008000">'
           '<p class="basic-message-text" style="color:#000000; font-size:14px; font-weight:normal;">Ce sondage est terminé.</p></div>'
           if ended else
           '<div class="basic-message hide" style="border-left: 10px solid #008000; padding: 0px 10px;" data-error="#ff0000" data-success="#008000">'
           '<p class="basic-message-text" style="color:#000000; font-size:14px; font-weight:normal;"></p></div>')
    return f"""<div class="bootstrap-yop yop-poll-mc">
<div class="basic-yop-poll-container" style="background-color:#ffffff; border:1px; border-style:solid; border-color:#000000; border-radius:5px; padding:10px 10px;" data-id="{poll_id}" data-temp="basic" data-skin="minimal" data-cscheme="black" data-cap="0" data-access="guest" data-tid="" data-uid="" data-pid="" data-resdet="votes-number,percentages" data-show-results-to="guest" data-show-results-moment="after-vote" data-show-results-only="false" data-show-message="true" data-show-results-as="bar" data-sort-results-by="as-defined" data-sort-results-rule="asc" data-is-ended="{1 if ended else 0}" data-gdpr="no" data-gdpr-sol="consent" data-css="" data-counter="0" data-load-with="1" data-notification-section="top">
<div class="row"><div class="col-md-12"><div class="basic-inner">
{msg}
<div class="basic-overlay hide"><div class="basic-vote-options"></div><div class="basic-preloader"><div class="basic-windows8"></div></div></div>
<form class="basic-form" action="">
<input type="hidden" name="_token" value="b3c7d81e2f" autocomplete="off">
<div class="basic-elements"><div class="basic-element basic-question basic-question-text-vertical" data-id="{poll_id}" data-uid="" data-type="question" data-question-type="text" data-required="yes" data-allow-multiple="no" data-min="1" data-max="1" data-display="vertical" data-colnum="" data-display-others="no" data-others-color="" data-others="">
<div role="radiogroup" aria-labelledby="pollquestion-{poll_id}"><div class="basic-question-title"><h5 id="pollquestion-{poll_id}" style="color:#000; font-size:16px; font-weight:normal; text-align:center;">{_e(question)}</h5></div>
<ul class="basic-answers">{lis}</ul></div></div></div>
<div class="basic-vote"><a href="#" class="button basic-vote-button" role="button" style="background:#ffffff; border:1px; border-style: solid; border-radius:0px; border-color:#000000; color:#000000;font-size:14px; font-weight:normal;">Voter</a></div>
</form>
</div></div></div>
</div>
</div>"""


def _yop_results(poll_id, question, answers):
    """YOP Poll once the poll has ended: the results, no way to vote."""
    lis = "".join(f'<li class="basic-answer" data-id="{aid}"><div class="basic-answer-content basic-text-vertical"><span class="basic-text">{_e(text)}</span>'
                  f'<span class="basic-answer-result">{pct}% ({votes} votes)</span></div><div class="progress"><div class="progress-bar" role="progressbar" '
                  f'style="width: {pct}%;" aria-valuenow="{pct}" aria-valuemin="0" aria-valuemax="100"></div></div></li>'
                  for aid, text, pct, votes in answers)
    return f"""<div class="bootstrap-yop yop-poll-mc">
<div class="basic-yop-poll-container" data-id="{poll_id}" data-temp="basic" data-skin="minimal" data-is-ended="1" data-show-results-as="bar">
<div class="basic-inner"><div class="basic-message" style="border-left: 10px solid #ff0000; padding: 0px 10px;"><p class="basic-message-text">Ce sondage est terminé.</p></div>
<div class="basic-question-title"><h5>{_e(question)}</h5></div>
<ul class="basic-answers-results">{lis}</ul>
<div class="basic-stats"><span class="basic-stats-votes-number">{sum(a[3] for a in answers)}</span> votes</div>
</div></div></div>"""


def wp_comments(post_id, title, comments, open_=True):
    """Native WordPress comments (comment list and comment form)."""
    lis = []
    for i, (author, date, text) in enumerate(comments, start=1):
        cid = post_id * 10 + i
        lis.append(f"""<li id="comment-{cid}" class="comment {'even' if i % 2 else 'odd alt'} thread-{'even' if i % 2 else 'odd'} depth-1">
<article id="div-comment-{cid}" class="comment-body">
<footer class="comment-meta"><div class="comment-author vcard"><b class="fn">{_e(author)}</b> <span class="says">dit :</span></div>
<div class="comment-metadata"><a href="#comment-{cid}"><time datetime="{date}">{_e(date)}</time></a></div></footer>
<div class="comment-content"><p>{_e(text)}</p></div>
{'<div class="reply"><a rel="nofollow" class="comment-reply-link" href="#comment-' + str(cid) + '" data-commentid="' + str(cid) + '" data-postid="' + str(post_id) + '" data-belowelement="div-comment-' + str(cid) + '" data-respondelement="respond" data-replyto="Répondre à ' + _e(author) + '" aria-label="Répondre à ' + _e(author) + '">Répondre</a></div>' if open_ else ''}
</article></li>""")
    count = len(comments)
    heading = (f'<h2 class="comments-title">{count} réponse{"s" if count > 1 else ""} à &laquo;&nbsp;{_e(title)}&nbsp;&raquo;</h2>'
               if count else "")
    listing = f'<ol class="comment-list">{"".join(lis)}</ol>' if lis else ""
    if open_:
        form = f"""<div id="respond" class="comment-respond">
<h3 id="reply-title" class="comment-reply-title">Laisser un commentaire <small><a rel="nofollow" id="cancel-comment-reply-link" href="#respond" style="display:none;">Annuler la réponse</a></small></h3>
<form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate>
<p class="comment-notes"><span id="email-notes">Votre adresse e-mail ne sera pas publiée.</span> <span class="required-field-message">Les champs obligatoires sont indiqués avec <span class="required">*</span></span></p>
<p class="comment-form-comment"><label for="comment">Commentaire <span class="required">*</span></label> <textarea id="comment" name="comment" cols="45" rows="8" maxlength="65525" required></textarea></p>
<p class="comment-form-author"><label for="author">Nom <span class="required">*</span></label> <input id="author" name="author" type="text" value="" size="30" maxlength="245" autocomplete="name" required /></p>
<p class="comment-form-email"><label for="email">E-mail <span class="required">*</span></label> <input id="email" name="email" type="email" value="" size="30" maxlength="100" aria-describedby="email-notes" autocomplete="email" required /></p>
<p class="comment-form-cookies-consent"><input id="wp-comment-cookies-consent" name="wp-comment-cookies-consent" type="checkbox" value="yes" /> <label for="wp-comment-cookies-consent">Enregistrer mon nom et mon e-mail dans ce navigateur pour mon prochain commentaire.</label></p>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Laisser un commentaire" /> <input type='hidden' name='comment_post_ID' value='{post_id}' id='comment_post_ID' />
<input type='hidden' name='comment_parent' id='comment_parent' value='0' /></p>
</form></div>"""
    else:
        form = '<p class="no-comments">Les commentaires sont fermés.</p>'
    return f'<div id="comments" class="comments-area">{heading}{listing}{form}</div>'


def mailpoet(form_id=1):
    """MailPoet's subscription form (a newsletter sign-up)."""
    return f"""<div class="mailpoet_form mailpoet_form_shortcode" id="mailpoet_form_{form_id}">
<form target="_self" method="post" action="/wp-admin/admin-post.php?action=mailpoet_subscription_form" class="mailpoet_form mailpoet_form_form mailpoet_form_shortcode" novalidate data-delay="0" data-exit-intent-enabled="" data-font-family="" data-cookie-expiration-time="">
<input type="hidden" name="data[form_id]" value="{form_id}" />
<input type="hidden" name="token" value="4d2f0c1b9a" />
<input type="hidden" name="api_version" value="v1" />
<input type="hidden" name="endpoint" value="subscribers" />
<input type="hidden" name="mailpoet_method" value="subscribe" />
<label class="mailpoet_hp_email_label" style="display: none !important;">Veuillez laisser ce champ vide<input type="email" name="data[email]"/></label>
<div class="mailpoet_paragraph"><label for="form_first_name_{form_id}" class="mailpoet_text_label">Prénom</label><input type="text" autocomplete="given-name" class="mailpoet_text" id="form_first_name_{form_id}" name="data[form_field_MGI0NjQ2ZGNmZjU1X2ZpcnN0X25hbWU=]" title="Prénom" value="" data-automation-id="form_first_name" /></div>
<div class="mailpoet_paragraph"><label for="form_email_{form_id}" class="mailpoet_text_label">Adresse e-mail <span class="mailpoet_required" aria-hidden="true">*</span></label><input type="email" autocomplete="email" class="mailpoet_text" id="form_email_{form_id}" name="data[form_field_ZTA5ZjI2NTk0NzUzX2VtYWls]" title="Adresse e-mail" value="" data-automation-id="form_email" data-parsley-required="true" data-parsley-type-message="Cette valeur doit être un e-mail valide." /></div>
<div class="mailpoet_paragraph"><input type="submit" class="mailpoet_submit" value="Je m'abonne" data-automation-id="subscribe-submit-button" /></div>
<div class="mailpoet_message"><p class="mailpoet_validate_success" style="display:none;">Vérifiez votre boîte de réception pour confirmer votre abonnement.</p></div>
</form></div>"""


def brevo(form_key="MUIFAJx0Kq"):
    """Brevo (ex-Sendinblue) embedded sign-up form (a newsletter sign-up)."""
    return f"""<div class="sib-form" style="text-align: center;">
<div id="sib-form-container" class="sib-form-container">
<div id="sib-container" class="sib-container--large sib-container--vertical">
<form id="sib-form" method="POST" action="https://d5e2c3a1.sibforms.com/serve/{form_key}" data-type="subscription">
<div style="padding: 8px 0;"><div class="sib-form-block"><p>Recevez chaque mois les nouvelles de la commune.</p></div></div>
<div style="padding: 8px 0;"><div class="sib-input sib-form-block"><div class="form__entry entry_block"><div class="form__label-row "><label class="entry__label" for="EMAIL" data-required="*">Votre adresse e-mail</label>
<div class="entry__field"><input class="input" type="text" id="EMAIL" name="EMAIL" autocomplete="off" placeholder="EMAIL" data-required="true" required /></div></div></div></div></div>
<div style="padding: 8px 0;"><div class="sib-form-block" style="text-align: left"><button class="sib-form-block__button sib-form-block__button-with-loader" form="sib-form" type="submit">S'INSCRIRE</button></div></div>
<input type="text" name="email_address_check" value="" class="input--hidden">
<input type="hidden" name="locale" value="fr">
</form></div></div></div>
<script defer src="https://sibforms.com/forms/end-form/build/main.js"></script>"""


def disqus(shortname, url, identifier):
    return f"""<div id="disqus_thread"></div>
<script>
    var disqus_config = function () {{
        this.page.url = '{url}';
        this.page.identifier = '{identifier}';
        this.language = 'fr';
    }};
    (function() {{
        var d = document, s = d.createElement('script');
        s.src = 'https://{shortname}.disqus.com/embed.js';
        s.setAttribute('data-timestamp', +new Date());
        (d.head || d.body).appendChild(s);
    }})();
</script>
<noscript>Veuillez activer JavaScript pour voir les <a href="https://disqus.com/?ref_noscript">commentaires propulsés par Disqus.</a></noscript>"""


def fb_comments(url, app_id="742811093327601"):
    """The Facebook comments plugin (SDK plus its ``fb-comments`` element)."""
    return f"""<div id="fb-root"></div>
<script async defer crossorigin="anonymous" src="https://connect.facebook.net/fr_FR/sdk.js#xfbml=1&version=v19.0&appId={app_id}" nonce="pQ7zR2s1"></script>
<div class="fb-comments" data-href="{url}" data-width="100%" data-numposts="10" data-order-by="reverse_time"></div>"""


# Survey services -----------------------------------------------------------------------------------------------

def framaforms(slug, title):
    return iframe(f"https://framaforms.org/{slug}", title, 1400)


def google_form(form_key, title):
    return iframe(f"https://docs.google.com/forms/d/e/{form_key}/viewform?embedded=true", title, 1600)


def ms_forms(form_key, title):
    return (f'<iframe width="640px" height="480px" src="https://forms.office.com/Pages/ResponsePage.aspx?id={form_key}'
            f'&amp;embed=true" frameborder="0" marginwidth="0" marginheight="0" title="{_e(title)}" style="border: none; '
            f'max-width:100%; max-height:100vh" allowfullscreen webkitallowfullscreen mozallowfullscreen msallowfullscreen> </iframe>')


def typeform(form_id):
    return (f'<div data-tf-live="{form_id}"></div><script src="//embed.typeform.com/next/embed.js"></script>')


def tally(form_id, title):
    return (f'<iframe data-tally-src="https://tally.so/embed/{form_id}?alignLeft=1&amp;hideTitle=1&amp;transparentBackground=1&amp;dynamicHeight=1" '
            f'loading="lazy" width="100%" height="520" frameborder="0" marginheight="0" marginwidth="0" title="{_e(title)}"></iframe>'
            '<script>var d=document,w="https://tally.so/widgets/embed.js",v=function(){"undefined"!=typeof Tally?Tally.loadEmbeds():'
            'd.querySelectorAll("iframe[data-tally-src]:not([src])").forEach((function(e){e.src=e.dataset.tallySrc}))};'
            'if("undefined"!=typeof Tally)v();else if(d.querySelector(\'script[src="\'+w+\'"]\')==null){var s=d.createElement("script");'
            's.src=w,s.onload=v,s.onerror=v,d.body.appendChild(s);}</script>')


def evalandgo(survey_key, title):
    return iframe(f"https://app.evalandgo.com/s/index.php?id={survey_key}&a=1", title, 1100)


# SPIP ----------------------------------------------------------------------------------------------------------

def _spip_action(form, args, page_path):
    return (f'<div><input name="formulaire_action" type="hidden" value="{form}" />'
            f'<input name="formulaire_action_args" type="hidden" value="{args}" />'
            f'<input name="formulaire_action_sign" type="hidden" value="" /></div>')


def spip_forum_thread(article_id, messages):
    """The forum under a SPIP article: messages are (id, author, date, title, text, replies)."""
    def one(msg):
        fid, author, date, title, text, replies = msg
        sub = "".join(one(r) for r in replies)
        return (f'<li class="forum-fil"><div class="forum-message" id="forum{fid}">'
                f'<div class="forum-chapo"><strong class="forum-titre"><a href="#forum{fid}" title="Lien permanent vers ce commentaire">{_e(title)}</a></strong> '
                f'<small>{_e(date)}, par <span class="vcard author">{_e(author)}</span></small></div>'
                f'<div class="forum-texte"><p>{_e(text)}</p>'
                f'<p class="repondre"><a href="/spip.php?page=forum&amp;id_article={article_id}" rel="noindex nofollow">Répondre à ce message</a></p></div></div>'
                f'{f"<ul>{sub}</ul>" if sub else ""}</li>')
    lis = "".join(one(m) for m in messages)
    return (f'<div class="forum-fil"><h2 class="h2">{len(messages)} Messages de forum</h2><ul class="forum">{lis}</ul></div>')


def spip_forum_form(article_id, action_path):
    return f"""<div class="formulaire_spip formulaire_forum ajax" id="formulaire_forum">
<form action="{_e(action_path)}#formulaire_forum" method="post" enctype='multipart/form-data'><div>
<span class="form-hidden"><input name="page" value="article" type="hidden" /><input name="id_article" value="{article_id}" type="hidden" />
{_spip_action("forum", "lUO0H2mhVxgd3zqF", action_path)}<input type='hidden' name='_jeton' value='f4c2e0b8' /></span>
<fieldset class="moderation_info info"><legend>Modéré à priori</legend><p class="explication">Ce forum est modéré à priori : votre contribution n’apparaîtra qu’après avoir été validée par un administrateur du site.</p></fieldset>
<fieldset><legend>Qui êtes-vous ?</legend><div class="editer-groupe">
<div class="editer saisie_session_nom"><label for="session_nom">Votre nom</label><input type="text" class="text" name="session_nom" id="session_nom" value="" size="40" autocapitalize="off" autocorrect="off" /></div>
<div class="editer saisie_session_email"><label for="session_email">Votre adresse email</label><input type="email" class="text email" name="session_email" id="session_email" value="" size="40" autocapitalize="off" autocorrect="off" /></div>
</div></fieldset>
<fieldset><legend>Votre message</legend><input type="hidden" name="titre" id="titre" value="" /><div class="editer-groupe">
<div class='editer saisie_texte obligatoire'><label for='texte'>Texte de votre message (obligatoire)</label>
<p class="explication forum_saisie_texte_info">Pour créer des paragraphes, laissez simplement des lignes vides.</p>
<textarea name="texte" id="texte" rows="10" cols="60"></textarea></div>
</div></fieldset>
<p style="display: none;"><label for="nobot_forum">Laisser ce champ vide</label><input type="text" class="text" name="nobot" id="nobot_forum" value="" size="10" /></p>
<p class="boutons"><input type="submit" class="btn submit" name="previsualiser_message" value="Prévisualiser" /></p>
</div></form>
</div>"""


def spip_signature(petition_id, action_path, text, count, recent):
    """SPIP's petition signature form (plugin petitions) and the latest signatures."""
    sigs = "".join(f'<li class="signature"><strong class="nom">{_e(n)}</strong> <small class="date">{_e(d)}</small></li>'
                   for n, d in recent)
    return f"""<div class="formulaire_spip formulaire_signature ajax" id="sp{petition_id}">
<form method="post" action="{_e(action_path)}#sp{petition_id}">
<div>{_spip_action("signature", "cG9ldGl0aW9u", action_path)}</div>
<input type="hidden" name="url_page" value="{_e(action_path)}" />
<fieldset class="info"><legend>Signer cette pétition</legend><div class='explication'><p>{_e(text)}</p></div></fieldset>
<fieldset><legend>Votre identité</legend><div class="editer-groupe">
<div class='editer saisie_nom_email obligatoire'><label for="session_nom">Votre nom ou pseudo (obligatoire)</label><input type="text" class="text" name="session_nom" id="session_nom" value="" size="30" /></div>
<div class='editer saisie_adresse_email obligatoire'><label for="session_email">Votre adresse email (obligatoire)</label><input type="text" class="text" name="session_email" id="session_email" value="" size="30" /></div>
</div></fieldset>
<p style="display: none;"><label for="nobot">Laisser ce champ vide</label><input type="text" class="text" name="nobot" id="nobot" value="" size="10" /></p>
<p class="boutons"><input type="submit" class="btn submit" value="Valider" /></p>
</form>
</div>
<div class="petition-signatures"><h2>{count} signatures</h2><ul class="liste-items signatures">{sigs}</ul></div>"""


def spip_contact(action_path, subject_label="Sujet", message_label="Texte de votre message"):
    """SPIP's contact plugin form (formulaire_contact)."""
    return f"""<div class="formulaire_spip formulaire_contact ajax" id="formulaire_contact">
<form method="post" action="{_e(action_path)}#formulaire_contact" enctype="multipart/form-data"><div>
{_spip_action("contact", "Y29udGFjdA", action_path)}
<input name="page" value="article" type="hidden" />
<ul class="editer-groupe">
<li class="editer saisie_mail obligatoire"><label for="mail">Votre adresse email (obligatoire)</label><input type="email" name="mail" id="mail" class="text" value="" size="40" /></li>
<li class="editer saisie_nom"><label for="nom">Votre nom</label><input type="text" name="nom" id="nom" class="text" value="" size="40" /></li>
<li class="editer saisie_sujet obligatoire"><label for="sujet">{_e(subject_label)} (obligatoire)</label><input type="text" name="sujet" id="sujet" class="text" value="" size="40" /></li>
<li class="editer saisie_texte obligatoire"><label for="texte">{_e(message_label)} (obligatoire)</label><textarea name="texte" id="texte" rows="8" cols="40"></textarea></li>
</ul>
<p style="display: none;"><label for="nobot">Laisser ce champ vide</label><input type="text" class="text" name="nobot" id="nobot" value="" size="10" /></p>
<p class="boutons"><input type="submit" class="btn submit" name="valide" value="Envoyer" /></p>
</div></form>
</div>"""


# Drupal --------------------------------------------------------------------------------------------------------

def drupal_poll(poll_id, question, choices, path):
    """The contrib Poll module's voting form (Drupal 10)."""
    radios = "".join(f'<div class="js-form-item form-item js-form-type-radio form-type-radio js-form-item-choice form-item-choice form-check">'
                     f'<input data-drupal-selector="edit-choice-{cid}" type="radio" id="edit-choice-{cid}" name="choice" value="{cid}" class="form-radio form-check-input" />'
                     f'<label for="edit-choice-{cid}" class="option form-check-label">{_e(text)}</label></div>' for cid, text in choices)
    return f"""<div class="poll">
<form class="poll-view-form poll-view-form-{poll_id}" data-drupal-selector="poll-view-form-{poll_id}" action="{_e(path)}" method="post" id="poll-view-form-{poll_id}" accept-charset="UTF-8">
<div class="poll-question"><h3>{_e(question)}</h3></div>
<fieldset data-drupal-selector="edit-choice" id="edit-choice--wrapper" class="fieldgroup form-composite js-form-item form-item js-form-wrapper form-wrapper mb-3">
<legend><span class="visually-hidden fieldset-legend">Choix</span></legend><div class="fieldset-wrapper"><div id="edit-choice" class="form-radios">{radios}</div></div></fieldset>
<input autocomplete="off" data-drupal-selector="form-{_num(question, 10000, 99999)}" type="hidden" name="form_build_id" value="form-Rp{_num(question, 10000, 99999)}xq3LcZ0vHk" />
<input data-drupal-selector="edit-poll-view-form-{poll_id}" type="hidden" name="form_id" value="poll_view_form_{poll_id}" />
<div data-drupal-selector="edit-actions" class="form-actions js-form-wrapper form-wrapper mb-3" id="edit-actions--2"><button class="button button--primary js-form-submit form-submit btn btn-primary" data-drupal-selector="edit-vote" type="submit" id="edit-vote" name="op" value="Voter">Voter</button></div>
</form>
</div>"""


def drupal_poll_results(question, rows, total):
    bars = "".join(f'<dl class="poll-bar"><dt class="choice-title">{_e(t)}</dt><dd class="choice-result"><div class="foreground" style="width: {p}%"></div>'
                   f'<div class="percent">{p}% ({v} votes)</div></dd></dl>' for t, p, v in rows)
    return (f'<div class="poll"><div class="poll-question"><h3>{_e(question)}</h3></div><div class="poll-results">{bars}</div>'
            f'<div class="poll-footer"><div class="total">Total des votes : {total}</div><p class="poll-closed">Ce sondage est clôturé.</p></div></div>')


def webform(form_name, path, fields, submit="Envoyer"):
    """Drupal Webform: fields are (kind, key, label, choices)."""
    out = []
    for kind, key, label, choices in fields:
        dkey = key.replace("_", "-")
        if kind == "textarea":
            out.append(f'<div class="js-form-item form-item js-form-type-textarea form-type-textarea js-form-item-{dkey} form-item-{dkey} mb-3">'
                       f'<label for="edit-{dkey}" class="js-form-required form-required">{_e(label)}</label>'
                       f'<div class="form-textarea-wrapper"><textarea data-drupal-selector="edit-{dkey}" id="edit-{dkey}" name="{key}" rows="5" cols="60" class="form-textarea required resize-vertical form-control" required="required" aria-required="true"></textarea></div></div>')
        elif kind == "radios":
            radios = "".join(f'<div class="js-form-item form-item js-form-type-radio form-type-radio js-form-item-{dkey} form-item-{dkey} form-check">'
                             f'<input data-drupal-selector="edit-{dkey}-{j}" type="radio" id="edit-{dkey}-{j}" name="{key}" value="{_e(c)}" class="form-radio form-check-input" />'
                             f'<label for="edit-{dkey}-{j}" class="option form-check-label">{_e(c)}</label></div>' for j, c in enumerate(choices))
            out.append(f'<fieldset data-drupal-selector="edit-{dkey}" id="edit-{dkey}--wrapper" class="radios--wrapper fieldgroup form-composite webform-composite-visible-title required js-webform-type-radios webform-type-radios js-form-item form-item js-form-wrapper form-wrapper mb-3">'
                       f'<legend><span class="fieldset-legend js-form-required form-required">{_e(label)}</span></legend><div class="fieldset-wrapper"><div id="edit-{dkey}" class="js-webform-radios webform-options-display-one-column form-radios">{radios}</div></div></fieldset>')
        elif kind == "select":
            opts = "".join(f'<option value="{_e(c)}">{_e(c)}</option>' for c in choices)
            out.append(f'<div class="js-form-item form-item js-form-type-select form-type-select js-form-item-{dkey} form-item-{dkey} mb-3">'
                       f'<label for="edit-{dkey}">{_e(label)}</label><select data-drupal-selector="edit-{dkey}" id="edit-{dkey}" name="{key}" class="form-select form-control"><option value="" selected="selected">- Choisir -</option>{opts}</select></div>')
        else:
            out.append(f'<div class="js-form-item form-item js-form-type-{kind} form-type-{kind} js-form-item-{dkey} form-item-{dkey} mb-3">'
                       f'<label for="edit-{dkey}" class="js-form-required form-required">{_e(label)}</label>'
                       f'<input data-drupal-selector="edit-{dkey}" type="{"email" if kind == "email" else "text"}" id="edit-{dkey}" name="{key}" value="" size="60" maxlength="255" class="form-{kind} required form-control" required="required" aria-required="true" /></div>')
    fid = form_name.replace("_", "-")
    return f"""<form class="webform-submission-form webform-submission-add-form webform-submission-{fid}-form webform-submission-{fid}-add-form js-webform-details-toggle webform-details-toggle" data-drupal-selector="webform-submission-{fid}-add-form" action="{_e(path)}" method="post" id="webform-submission-{fid}-add-form" accept-charset="UTF-8">
{chr(10).join(out)}
<input autocomplete="off" data-drupal-selector="form-{fid}" type="hidden" name="form_build_id" value="form-K{_num(form_name, 1000, 9999)}aZ0rT5bNq1Wm" />
<input data-drupal-selector="edit-webform-submission-{fid}-add-form" type="hidden" name="form_id" value="webform_submission_{form_name}_add_form" />
<div data-drupal-selector="edit-actions" class="form-actions webform-actions js-form-wrapper form-wrapper mb-3" id="edit-actions"><button class="webform-button--submit button button--primary js-form-submit form-submit btn btn-primary" data-drupal-selector="edit-actions-submit" type="submit" id="edit-actions-submit" name="op" value="{_e(submit)}">{_e(submit)}</button></div>
</form>"""


def drupal_comments(node_id, comments, open_=True):
    arts = "".join(f"""<article data-comment-user-id="0" id="comment-{node_id * 10 + i}" class="comment js-comment by-anonymous">
<span class="hidden" data-comment-timestamp="1738{i}00000"></span>
<footer class="comment__meta"><p class="comment__author"><span>{_e(author)}</span></p><p class="comment__time">{_e(date)}</p></footer>
<div class="comment__content"><h3><a href="#comment-{node_id * 10 + i}" class="permalink" rel="bookmark" hreflang="fr">{_e(subject)}</a></h3>
<div class="clearfix text-formatted field field--name-comment-body field--type-text-long field--label-hidden field__item"><p>{_e(text)}</p></div></div>
</article>""" for i, (author, date, subject, text) in enumerate(comments, start=1))
    if open_:
        form = f"""<h2 class="title comment-form__title">Ajouter un commentaire</h2>
<form class="comment-comment-form comment-form" data-drupal-selector="comment-form" action="/comment/reply/node/{node_id}/comment" method="post" id="comment-form" accept-charset="UTF-8">
<div class="js-form-item form-item js-form-type-textfield form-type-textfield js-form-item-name form-item-name mb-3"><label for="edit-name">Votre nom</label><input data-drupal-selector="edit-name" type="text" id="edit-name" name="name" value="" size="30" maxlength="60" class="form-text form-control" /></div>
<div class="js-form-item form-item js-form-type-textfield form-type-textfield js-form-item-subject-0-value form-item-subject-0-value mb-3"><label for="edit-subject-0-value">Objet</label><input data-drupal-selector="edit-subject-0-value" type="text" id="edit-subject-0-value" name="subject[0][value]" value="" size="60" maxlength="64" class="form-text form-control" /></div>
<div class="field--type-text-long field--name-comment-body field--widget-text-textarea js-form-wrapper form-wrapper mb-3"><div class="js-form-item form-item js-form-type-textarea form-type-textarea js-form-item-comment-body-0-value form-item-comment-body-0-value mb-3"><label for="edit-comment-body-0-value" class="js-form-required form-required">Commentaire</label>
<div class="form-textarea-wrapper"><textarea class="js-text-full text-full form-textarea required resize-vertical form-control" data-drupal-selector="edit-comment-body-0-value" id="edit-comment-body-0-value" name="comment_body[0][value]" rows="5" cols="60" required="required" aria-required="true"></textarea></div></div></div>
<input autocomplete="off" data-drupal-selector="form-cmt{node_id}" type="hidden" name="form_build_id" value="form-cmt{node_id}Xy7bQ2" />
<input data-drupal-selector="edit-comment-comment-form" type="hidden" name="form_id" value="comment_comment_form" />
<div data-drupal-selector="edit-actions" class="form-actions js-form-wrapper form-wrapper mb-3" id="edit-actions--3"><button data-drupal-selector="edit-submit" type="submit" id="edit-submit--2" name="op" value="Enregistrer" class="button button--primary js-form-submit form-submit btn btn-primary">Enregistrer</button>
<button data-drupal-selector="edit-preview" type="submit" id="edit-preview" name="op" value="Aperçu" class="button js-form-submit form-submit btn btn-secondary">Aperçu</button></div>
</form>"""
    else:
        form = ""
    heading = '<h2 class="title comment-section-title">Commentaires</h2>' if comments or open_ else ""
    return (f'<section class="field field--name-comment field--type-comment field--label-above comment-wrapper">'
            f'{heading}{arts}{form}</section>')


# Joomla --------------------------------------------------------------------------------------------------------

def joomla_mod_poll(poll_id, slug, question, options, token="3f1c9e0a7b2d4c6e8f0a1b2c3d4e5f6a"):
    lis = "".join(f'<li class="{"sectiontableentry2" if i % 2 else "sectiontableentry1"}"><label for="voteid{oid}">'
                  f'<input type="radio" name="voteid" id="voteid{oid}" value="{oid}" alt="{oid}" /> {_e(text)}</label></li>'
                  for i, (oid, text) in enumerate(options))
    return f"""<form action="/index.php" method="post" name="form2" class="polls">
<h4>{_e(question)}</h4>
<ul class="unstyled">{lis}</ul>
<div class="poll-buttons">
<input type="submit" name="task_button" class="button btn btn-primary poll-vote" value="Voter" />
<a class="btn poll-results" href="/index.php?option=com_poll&amp;view=poll&amp;id={poll_id}:{slug}">Résultats</a>
</div>
<input type="hidden" name="option" value="com_poll" />
<input type="hidden" name="task" value="vote" />
<input type="hidden" name="id" value="{poll_id}" />
<input type="hidden" name="{token}" value="1" />
</form>"""


def joomla_contact(contact_slug, token="8e2b7c4d1f0a9e3b6c5d2a1f0e9d8c7b"):
    return f"""<div class="contact-form">
<form id="contact-form" action="/index.php/contact" method="post" class="form-validate form-horizontal well">
<fieldset><legend>Envoyer un e-mail</legend>
<div class="control-group field-spacer"><div class="control-label"><span class="spacer"><span class="before"></span><span class="text"><label id="jform_spacer-lbl" class=""><strong class="red">*</strong> Champ requis</label></span><span class="after"></span></span></div></div>
<div class="control-group"><div class="control-label"><label id="jform_contact_name-lbl" for="jform_contact_name" class="hasPopover required" title="Nom" data-content="Votre nom.">Nom<span class="star">&#160;*</span></label></div>
<div class="controls"><input type="text" name="jform[contact_name]" id="jform_contact_name" value="" class="required" size="30" required aria-required="true" /></div></div>
<div class="control-group"><div class="control-label"><label id="jform_contact_email-lbl" for="jform_contact_email" class="hasPopover required" title="E-mail" data-content="Adresse e-mail du contact.">E-mail<span class="star">&#160;*</span></label></div>
<div class="controls"><input type="email" name="jform[contact_email]" class="validate-email required" id="jform_contact_email" value="" size="30" autocomplete="email" required aria-required="true" /></div></div>
<div class="control-group"><div class="control-label"><label id="jform_contact_emailmsg-lbl" for="jform_contact_emailmsg" class="hasPopover required" title="Sujet" data-content="Entrez ici le sujet de votre message.">Sujet<span class="star">&#160;*</span></label></div>
<div class="controls"><input type="text" name="jform[contact_subject]" id="jform_contact_emailmsg" value="" class="required" size="60" required aria-required="true" /></div></div>
<div class="control-group"><div class="control-label"><label id="jform_contact_message-lbl" for="jform_contact_message" class="hasPopover required" title="Message" data-content="Entrez ici votre message.">Message<span class="star">&#160;*</span></label></div>
<div class="controls"><textarea name="jform[contact_message]" id="jform_contact_message" cols="50" rows="10" class="required" required aria-required="true"></textarea></div></div>
<div class="control-group"><div class="control-label"><label id="jform_contact_email_copy-lbl" for="jform_contact_email_copy" class="hasPopover" title="Recevoir une copie" data-content="Envoie une copie du message à l'adresse que vous avez fournie.">Recevoir une copie</label></div>
<div class="controls"><input type="checkbox" name="jform[contact_email_copy]" id="jform_contact_email_copy" value="1" /></div></div>
</fieldset>
<div class="control-group"><div class="controls"><button class="btn btn-primary validate" type="submit">Envoyer l'e-mail</button>
<input type="hidden" name="option" value="com_contact" />
<input type="hidden" name="task" value="contact.submit" />
<input type="hidden" name="return" value="" />
<input type="hidden" name="id" value="{contact_slug}" />
<input type="hidden" name="{token}" value="1" /></div></div>
</form>
</div>"""


def joomla_login(token="5a4b3c2d1e0f9a8b7c6d5e4f3a2b1c0d"):
    return f"""<div class="login">
<form action="/index.php/component/users/?task=user.login&amp;Itemid=101" method="post" class="form-validate form-horizontal well">
<fieldset>
<div class="control-group"><div class="control-label"><label id="username-lbl" for="username" class="required">Identifiant<span class="star">&#160;*</span></label></div><div class="controls"><input type="text" name="username" id="username" value="" class="validate-username required" size="25" required aria-required="true" autofocus /></div></div>
<div class="control-group"><div class="control-label"><label id="password-lbl" for="password" class="required">Mot de passe<span class="star">&#160;*</span></label></div><div class="controls"><input type="password" name="password" id="password" value="" class="validate-password required" size="25" maxlength="99" required aria-required="true" /></div></div>
<div class="control-group"><div class="controls"><button type="submit" class="btn btn-primary">Connexion</button></div></div>
<input type="hidden" name="return" value="aW5kZXgucGhw" /><input type="hidden" name="{token}" value="1" />
</fieldset>
</form>
</div>"""


# TYPO3 ---------------------------------------------------------------------------------------------------------

def powermail(form_uid, path, fields, submit="Envoyer"):
    """powermail: fields are (kind, marker, label, choices)."""
    out = []
    for kind, marker, label, choices in fields:
        if kind == "textarea":
            control = (f'<textarea required="required" aria-required="true" data-powermail-required-message="Ce champ doit être rempli !" '
                       f'rows="5" cols="20" class="powermail_textarea form-control" id="powermail_field_{marker}" name="tx_powermail_pi1[field][{marker}]"></textarea>')
        elif kind == "select":
            opts = "".join(f'<option value="{_e(c)}">{_e(c)}</option>' for c in choices)
            control = f'<select class="powermail_select form-control" id="powermail_field_{marker}" name="tx_powermail_pi1[field][{marker}]">{opts}</select>'
        elif kind == "check":
            control = (f'<div class="checkbox"><label><input type="checkbox" value="1" id="powermail_field_{marker}_1" name="tx_powermail_pi1[field][{marker}][]" '
                       f'class="powermail_checkbox powermail_checkbox_{form_uid}" required="required" aria-required="true" />{_e(choices[0])}</label></div>')
        else:
            control = (f'<input required="required" aria-required="true" data-powermail-required-message="Ce champ doit être rempli !" '
                       f'class="powermail_input form-control" id="powermail_field_{marker}" type="{"email" if kind == "email" else "text"}" name="tx_powermail_pi1[field][{marker}]" value="" />')
        out.append(f'<div class="powermail_fieldwrap powermail_fieldwrap_type_{kind if kind != "text" else "input"} powermail_fieldwrap_{marker} form-group">'
                   f'<label for="powermail_field_{marker}" class="control-label col-sm-3" title="">{_e(label)}<span class="mandatory">*</span></label>'
                   f'<div class="col-sm-9">{control}</div></div>')
    return f"""<div class="tx-powermail">
<div class="container-fluid">
<form data-powermail-validate="data-powermail-validate" data-validate="html5" enctype="multipart/form-data" name="field" class="powermail_form powermail_form_{form_uid} nolabel form-horizontal" action="{_e(path)}?tx_powermail_pi1%5Baction%5D=checkCreate&amp;tx_powermail_pi1%5Bcontroller%5D=Form&amp;cHash=7d1e0b1f2a3c4d5e6f708192a3b4c5d6#c{form_uid}" method="post">
<div>
<input type="hidden" name="tx_powermail_pi1[__referrer][@extension]" value="Powermail" />
<input type="hidden" name="tx_powermail_pi1[__referrer][@controller]" value="Form" />
<input type="hidden" name="tx_powermail_pi1[__referrer][@action]" value="form" />
<input type="hidden" name="tx_powermail_pi1[__trustedProperties]" value="{{&quot;field&quot;:{{&quot;nom&quot;:1}}}}9c1d0e" />
</div>
<h3>Formulaire de contact</h3>
<fieldset class="powermail_fieldset powermail_fieldset_1 ">
<legend class="powermail_legend">Vos coordonnées et votre message</legend>
{chr(10).join(out)}
<div class="powermail_fieldwrap powermail_fieldwrap_type_submit powermail_fieldwrap_envoyer form-group"><div class="col-sm-10 col-sm-offset-2"><input class="btn btn-primary powermail_submit" type="submit" value="{_e(submit)}" /></div></div>
</fieldset>
<input class="powermail_form_uid" type="hidden" name="tx_powermail_pi1[mail][form]" value="{form_uid}" />
<div style="margin-left: -99999px; position: absolute;"><label for="powermail_hp_{form_uid}">Ne pas remplir ce champ !</label><input autocomplete="new-powermail-hp-{form_uid}" aria-hidden="true" id="powermail_hp_{form_uid}" type="text" name="tx_powermail_pi1[field][__hp]" value="" /></div>
</form>
</div>
</div>"""


def typo3_form(identifier, path, fields, submit="Envoyer"):
    """TYPO3's form framework (ext:form): fields are (kind, key, label)."""
    out = []
    for kind, key, label in fields:
        name = f"tx_form_formframework[{identifier}][{key}]"
        fid = f"{identifier}-{key}"
        if kind == "textarea":
            control = f'<textarea required="required" class="xxlarge form-control" id="{fid}" name="{name}"></textarea>'
        else:
            control = f'<input required="required" class="form-control" id="{fid}" type="{"email" if kind == "email" else "text"}" name="{name}" value="" />'
        out.append(f'<div class="form-group"><label class="control-label" for="{fid}">{_e(label)}<span class="required">*</span></label>'
                   f'<div class="input {"textarea" if kind == "textarea" else ""}">{control}</div></div>')
    return f"""<form enctype="multipart/form-data" method="post" class="" id="{identifier}" action="{_e(path)}?tx_form_formframework%5Baction%5D=perform&amp;tx_form_formframework%5Bcontroller%5D=FormFrontend&amp;cHash=a81c7e5b2d#{identifier}">
<div><input type="hidden" name="tx_form_formframework[{identifier}][__state]" value="TzozOToiVFlQTzNcQ01TXEZvcm1cRG9tYWluXFJ1bnRpbWVcRm9ybVN0YXRlIjo" /><input type="hidden" name="tx_form_formframework[__trustedProperties]" value="{{&quot;{identifier}&quot;:1}}b4d7" /></div>
<h2>Votre contribution</h2>
{chr(10).join(out)}
<div class="actions"><nav class="form-navigation"><div class="btn-toolbar" role="toolbar"><div class="btn-group" role="group"><span class="btn-group next submit"><button class="btn btn-primary" type="submit" name="tx_form_formframework[{identifier}][__currentPage]" value="1">{_e(submit)}</button></span></div></div></nav></div>
</form>"""


# Vendor CMSs and Publik ----------------------------------------------------------------------------------------

def neopse_form(form_id, path, fields, submit="Envoyer"):
    """A Neopse (Cosmos) form module: fields are (kind, name, label, choices)."""
    out = []
    for kind, name, label, choices in fields:
        if kind == "textarea":
            control = f'<textarea name="formulaire[{name}]" id="champ-{name}" rows="7" class="form-control" required></textarea>'
        elif kind == "select":
            opts = "".join(f'<option value="{_e(c)}">{_e(c)}</option>' for c in choices)
            control = f'<select name="formulaire[{name}]" id="champ-{name}" class="form-control"><option value="">Choisir</option>{opts}</select>'
        else:
            control = f'<input type="{kind}" name="formulaire[{name}]" id="champ-{name}" class="form-control" required>'
        out.append(f'<div class="form-group champ-{kind}"><label for="champ-{name}">{_e(label)} <abbr title="obligatoire">*</abbr></label>{control}</div>')
    return f"""<form class="cosmos-formulaire" id="formulaire-{form_id}" action="{_e(path)}" method="post">
<input type="hidden" name="formulaire_id" value="{form_id}"><input type="hidden" name="_token" value="YzRmNWE2YjdjOGQ5">
{chr(10).join(out)}
<div class="form-group champ-rgpd"><input type="checkbox" name="formulaire[rgpd]" id="champ-rgpd" value="1" required> <label for="champ-rgpd">J'accepte que mes données soient utilisées pour traiter ma demande.</label></div>
<p class="form-actions"><button type="submit" class="btn btn-primary">{_e(submit)}</button></p>
</form>"""


def wcs_form(slug, fields, submit="Valider"):
    """A Publik (w.c.s.) form: fields are (kind, label, required, choices)."""
    out = []
    for i, (kind, label, required, choices) in enumerate(fields, start=1):
        star = ' <span title="Ce champ est obligatoire." class="required">*</span>' if required else ""
        areq = ' aria-required="true"' if required else ""
        if kind == "text":
            control = f'<textarea id="form_f{i}" name="f{i}" cols="72" rows="8"{areq}></textarea>'
            widget = "TextWidget"
        elif kind == "radio":
            control = "".join(f'<label><input type="radio" name="f{i}" value="{_e(c)}" /><span>{_e(c)}</span></label>' for c in choices)
            control = f'<div class="RadiobuttonsWidget-content">{control}</div>'
            widget = "RadiobuttonsWidget"
        elif kind == "item":
            opts = "".join(f'<option value="{_e(c)}">{_e(c)}</option>' for c in choices)
            control = f'<select id="form_f{i}" name="f{i}"><option value="">---</option>{opts}</select>'
            widget = "SingleSelectHintWidget"
        elif kind == "email":
            control = f'<input id="form_f{i}" type="email" name="f{i}" value=""{areq} autocomplete="email" />'
            widget = "EmailWidget"
        else:
            control = f'<input id="form_f{i}" type="text" name="f{i}" value=""{areq} />'
            widget = "StringWidget"
        out.append(f'<div class="widget {widget} template-{kind}{" widget-required" if required else ""}" id="var_{slug}_{i}" data-field-id="{i}">'
                   f'<div class="title"><label for="form_f{i}">{_e(label)}{star}</label></div><div class="content">{control}</div></div>')
    return f"""<div id="wcs-form"><form action="/{slug}/" method="post" enctype="multipart/form-data" class="quixote" novalidate="novalidate" data-has-draft="yes" data-live-url="/{slug}/live">
<input type="hidden" name="_form_id" value="{_num(slug, 10, 99)}" />
<input type="hidden" name="_ajax_form_token" value="6f8c2a9e4b1d" />
<input type="hidden" name="magictoken" value="b2c5f0a1e7d34c1b" />
<div class="form-pages"><ol class="form-pages-list"><li class="current"><span class="marker">1</span><span class="label">Ma demande</span></li><li><span class="marker">2</span><span class="label">Validation</span></li></ol></div>
{chr(10).join(out)}
<div class="buttons submit"><div class="buttons"><button name="submit" class="submit-button">{_e(submit)}</button><button name="savedraft" class="save-draft form-save-draft">Enregistrer le brouillon</button></div></div>
</form></div>"""


def login_form(action, user="username", password="password", button="Se connecter"):
    return (f'<form method="post" action="{_e(action)}" class="login-form" id="login-form"><div class="field"><label for="login-user">Adresse e-mail ou identifiant</label>'
            f'<input type="text" id="login-user" name="{user}" autocomplete="username" required></div>'
            f'<div class="field"><label for="login-password">Mot de passe</label><input type="password" id="login-password" name="{password}" autocomplete="current-password" required></div>'
            f'<p><a href="#mot-de-passe-oublie">Mot de passe oublié ?</a></p><button type="submit" class="btn">{_e(button)}</button></form>')


# Decidim -------------------------------------------------------------------------------------------------------

def decidim_comments(model, model_id, comments, gid):
    """Decidim's comments block (``data-decidim-comments``) with its form."""
    threads = "".join(f"""<div id="comment_{model_id * 10 + i}" class="comment" data-comment-id="{model_id * 10 + i}">
<div class="comment__header"><div class="author"><span class="author__name">{_e(author)}</span></div><span class="comment__header-date">{_e(date)}</span></div>
<div class="comment__content"><div class="editor-content"><p>{_e(text)}</p></div></div>
<div class="comment__footer"><div class="comment__footer-grid"><button class="button button__sm button__text-secondary" data-controls="panel-comment{model_id * 10 + i}-reply">Répondre</button></div></div>
</div>""" for i, (author, date, text) in enumerate(comments, start=1))
    return f"""<div class="comments" id="comments-for-{model}-{model_id}" data-decidim-comments='{{"singleComment":false,"toggleTranslations":false,"commentableGid":"{gid}","commentsUrl":"/comments","rootDepth":0,"order":"older"}}'>
<section class="layout-main__section"><div class="comments__header"><h2 class="h4"><span class="comments-count">{len(comments)} commentaires</span></h2></div>
<div class="comment-threads">{threads}</div>
<div class="add-comment" id="add-comment-anchor">
<h3 class="h5">Ajouter un commentaire</h3>
<form id="new_comment_for_{model}_{model_id}" class="new_comment" action="/comments" accept-charset="UTF-8" data-remote="true" method="post">
<input type="hidden" name="comment[commentable_gid]" value="{gid}" autocomplete="off" />
<input class="alignment-input" type="hidden" value="0" name="comment[alignment]" autocomplete="off" />
<div class="form__wrapper gap-2"><label class="text-gray-2" for="add-comment-{model}-{model_id}">Commentaire</label>
<textarea id="add-comment-{model}-{model_id}" class="w-full rounded border min-h-[160px] border-text-gray-2" maxlength="1000" required="required" placeholder="Ajoutez votre commentaire ici" name="comment[body]"></textarea>
<div class="w-full text-right"><button type="submit" class="button button__sm button__secondary" disabled="disabled"><span>Publier un commentaire</span></button></div></div>
</form></div>
</section></div>"""


def decidim_budget_projects(process, component, budget, projects, total):
    cards = "".join(f"""<li class="budget__list--item" id="project-{pid}-item">
<div class="card__list"><a class="card__list-content" href="/processes/{process}/f/{component}/budgets/{budget}/projects/{pid}"><div class="card__list-title">{_e(title)}</div>
<div class="card__list-metadata"><span class="budget__list--item-budget">{amount} €</span><span>{_e(area)}</span></div></a>
<div id="project-{pid}-budget-button"><button class="button button__sm button__transparent-secondary budget__list--action" data-toggle="loginModal" aria-label="Ajouter le projet {_e(title)} à votre vote.">Ajouter</button></div></div>
</li>""" for pid, title, amount, area in projects)
    return f"""<div class="budget-summary" data-progress-reference>
<div class="budget-summary__total" data-total-budget="{total}"><span class="mini-title">Budget total <strong class="mini-title__strong mini-title__strong--highlight">{f"{total:,}".replace(",", " ")} €</strong></span></div>
<p>Sélectionnez au maximum 4 projets que vous souhaitez voir se réaliser et votez selon vos préférences pour définir le budget.</p>
<div id="order-progress"><div class="budget-summary__progressbox"><span class="budget-summary__progressbox-legend">Assigné : 0 €</span><button class="button button__lg button__secondary" disabled="disabled">Voter</button></div></div>
</div>
<div class="budget__list" id="projects"><ul class="budget__list--items">{cards}</ul></div>"""


def decidim_proposals(process, component, proposals):
    cards = "".join(f"""<a class="card__list" id="proposals__proposal_{pid}" href="/processes/{process}/f/{component}/proposals/{pid}">
<div class="card__list-content"><h3 class="card__list-title">{_e(title)}</h3><div class="card__list-metadata"><span>{_e(author)}</span><span>{comments} commentaires</span><span>{supports} soutiens</span></div></div></a>""" for pid, title, author, comments, supports in proposals)
    return f"""<div class="layout-main__heading"><a class="button button__sm button__secondary" href="/users/sign_in" id="new-proposal-button">Nouvelle proposition</a></div>
<div id="proposals" class="card__list-list" aria-live="polite">{cards}</div>"""


def decidim_survey(process, component, questions, intro):
    qs = []
    for i, (q, choices) in enumerate(questions):
        radios = "".join(f'<label><input type="radio" value="{_num(q + c, 1000, 9999)}" name="questionnaire[responses][{i}][choices][][answer_option_id]" id="questionnaire_responses_{i}_choices_{j}_answer_option_id" /> {_e(c)}</label>'
                         for j, c in enumerate(choices))
        qs.append(f'<div class="answer question" data-max-choices="" data-conditioned="false" data-question-id="{_num(q, 100, 999)}">'
                  f'<label class="questionnaire-question" for="questionnaire_responses_{i}">{i + 1}. {_e(q)}</label>'
                  f'<div class="radio-button-collection">{radios}</div>'
                  f'<input type="hidden" name="questionnaire[responses][{i}][question_id]" value="{_num(q, 100, 999)}" /></div>')
    return f"""<div class="editor-content"><p>{_e(intro)}</p></div>
<div class="form__wrapper">
<form class="form answer-questionnaire" id="answer-questionnaire" action="/processes/{process}/f/{component}/questionnaire/answer" accept-charset="UTF-8" method="post">
<input type="hidden" name="_method" value="post" autocomplete="off" />
<input type="hidden" name="authenticity_token" value="vFQ9cR1e0m7Kq2dZbX4yW8sT3uN6pL5o" autocomplete="off" />
<div class="questionnaire-step" data-toggler=".hide" id="step-0">
{chr(10).join(qs)}
<div class="answer-questionnaire__tos"><label for="questionnaire_tos_agreement"><input type="checkbox" value="1" name="questionnaire[tos_agreement]" id="questionnaire_tos_agreement" /> En participant, vous acceptez les conditions d'utilisation</label></div>
<div class="answer-questionnaire__submit"><button type="submit" class="button button__sm button__secondary" data-confirm="Une fois envoyées, vous ne pourrez plus modifier vos réponses.">Envoyer</button></div>
</div>
</form></div>"""


# phpBB ---------------------------------------------------------------------------------------------------------

def phpbb_topic_rows(topics, forum_id):
    rows = "".join(f"""<li class="row bg{1 if i % 2 == 0 else 2}"><dl class="row-item topic_read"><dt title="Aucun message non lu"><div class="list-inner">
<a href="/viewtopic.php?t={tid}" class="topictitle">{_e(title)}</a><br /><div class="topic-poster responsive-hide left-box">par <span class="username">{_e(author)}</span> &raquo; {_e(date)}</div></div></dt>
<dd class="posts">{replies} <dfn>Réponses</dfn></dd><dd class="views">{views} <dfn>Vues</dfn></dd></dl></li>""" for i, (tid, title, author, date, replies, views) in enumerate(topics))
    return f"""<div class="action-bar bar-top"><a href="/posting.php?mode=post&amp;f={forum_id}" class="button" title="Publier un nouveau sujet"><span>Nouveau sujet</span> <i class="icon fa-pencil fa-fw" aria-hidden="true"></i></a></div>
<div class="forumbg"><div class="inner"><ul class="topiclist"><li class="header"><dl class="row-item"><dt><div class="list-inner">Sujets</div></dt><dd class="posts">Réponses</dd><dd class="views">Vues</dd></dl></li></ul>
<ul class="topiclist topics">{rows}</ul></div></div>"""


def phpbb_posts(topic_id, posts):
    out = "".join(f"""<div id="p{topic_id * 10 + i}" class="post has-profile bg{1 if i % 2 else 2}"><div class="inner">
<dl class="postprofile" id="profile{topic_id * 10 + i}"><dt class="no-profile-rank no-avatar"><span class="username">{_e(author)}</span></dt><dd class="profile-posts"><strong>Messages :</strong> {posts_count}</dd></dl>
<div class="postbody"><div id="post_content{topic_id * 10 + i}"><h3 class="first"><a href="#p{topic_id * 10 + i}">{_e(subject)}</a></h3>
<p class="author"><span class="responsive-hide">par <strong>{_e(author)}</strong> &raquo; </span>{_e(date)}</p>
<div class="content">{_e(text)}</div></div></div></div></div>
<hr class="divider" />""" for i, (author, posts_count, subject, date, text) in enumerate(posts, start=1))
    return f"""<div class="action-bar bar-top"><a href="/posting.php?mode=reply&amp;t={topic_id}" class="button" title="Répondre"><span>Répondre</span> <i class="icon fa-reply fa-fw" aria-hidden="true"></i></a></div>
{out}"""


def phpbb_posting(action, subject_value="", heading="Publier un nouveau sujet"):
    return f"""<form id="postform" method="post" action="{_e(action)}" enctype="multipart/form-data">
<div class="panel" id="postingbox"><div class="inner">
<h3>{_e(heading)}</h3>
<fieldset class="fields1">
<dl style="clear: left;"><dt><label for="subject">Sujet :</label></dt><dd><input type="text" name="subject" id="subject" size="45" maxlength="120" tabindex="2" value="{_e(subject_value)}" class="inputbox autowidth" /></dd></dl>
<div id="message-box" class="message-box"><textarea name="message" id="message" rows="15" cols="76" tabindex="4" onselect="storeCaret(this);" onclick="storeCaret(this);" onkeyup="storeCaret(this);" onfocus="initInsertions();" class="inputbox"></textarea></div>
</fieldset>
</div></div>
<div class="panel bg2"><div class="inner"><fieldset class="submit-buttons">
<input type="hidden" name="creation_time" value="1736947200" /><input type="hidden" name="form_token" value="2f6e1c4a9b0d7e35a1c8" />
<input type="submit" tabindex="5" name="preview" value="Aperçu" class="button1" />&nbsp;
<input type="submit" accesskey="s" tabindex="6" name="post" value="Envoyer" class="button1 default-submit-action" />&nbsp;
</fieldset></div></div>
</form>"""


def phpbb_login(action="/ucp.php?mode=login"):
    return f"""<form action="{_e(action)}" method="post" id="login" data-focus="username">
<div class="panel"><div class="inner"><div class="content"><h2 class="login-title">Connexion</h2>
<fieldset class="fields1">
<dl><dt><label for="username">Nom d’utilisateur :</label></dt><dd><input type="text" tabindex="1" name="username" id="username" size="25" value="" class="inputbox autowidth" autocomplete="username" /></dd></dl>
<dl><dt><label for="password">Mot de passe :</label></dt><dd><input type="password" tabindex="2" id="password" name="password" size="25" class="inputbox autowidth" autocomplete="current-password" /></dd></dl>
<dl><dd><label for="autologin"><input type="checkbox" name="autologin" id="autologin" tabindex="4" /> Se souvenir de moi</label></dd></dl>
<dl><dt>&nbsp;</dt><dd><input type="hidden" name="sid" value="" /><input type="submit" name="login" tabindex="6" value="Connexion" class="button1" /></dd></dl>
</fieldset></div></div></div>
</form>"""


# MyBB ----------------------------------------------------------------------------------------------------------

def mybb_threads(fid, threads):
    rows = "".join(f"""<tr class="inline_row"><td class="trow{1 if i % 2 == 0 else 2} forumdisplay_regular"><div><span class=" subject_old" id="tid_{tid}"><a href="showthread.php?tid={tid}">{_e(title)}</a></span>
<div class="author smalltext">{_e(author)}</div></div></td><td class="trow{1 if i % 2 == 0 else 2} forumdisplay_regular" align="center">{replies}</td><td class="trow{1 if i % 2 == 0 else 2} forumdisplay_regular" align="center">{views}</td>
<td class="trow{1 if i % 2 == 0 else 2} forumdisplay_regular" style="white-space: nowrap; text-align: right;"><span class="lastpost smalltext">{_e(date)}</span></td></tr>""" for i, (tid, title, author, replies, views, date) in enumerate(threads))
    return f"""<div class="float_right"><a href="newthread.php?fid={fid}" class="button new_thread_button"><span>Nouvelle discussion</span></a></div><br class="clear" />
<table border="0" cellspacing="0" cellpadding="5" class="tborder clear">
<tr><td class="thead" colspan="4"><strong>Discussions</strong></td></tr>
<tr><td class="tcat" width="66%"><span class="smalltext"><strong>Sujet / Auteur</strong></span></td><td class="tcat" align="center" width="7%"><span class="smalltext"><strong>Réponses</strong></span></td><td class="tcat" align="center" width="7%"><span class="smalltext"><strong>Vues</strong></span></td><td class="tcat" align="right" width="20%"><span class="smalltext"><strong>Dernier message</strong></span></td></tr>
{rows}
</table>"""


def mybb_posts(tid, posts):
    out = "".join(f"""<div class="post " style="" id="post_{tid * 10 + i}">
<div class="post_author"><div class="author_information"><strong><span class="largetext">{_e(author)}</span></strong><br /><span class="smalltext">Membre</span></div></div>
<div class="post_content"><div class="post_head"><span class="post_date">{_e(date)}</span></div>
<div class="post_body scaleimages" id="pid_{tid * 10 + i}">{_e(text)}</div></div>
</div>""" for i, (author, date, text) in enumerate(posts, start=1))
    return f"""<div id="posts_container"><div id="posts">{out}</div></div>
<form method="post" action="newreply.php?tid={tid}&amp;processed=1" name="quick_reply_form" id="quick_reply_form">
<table border="0" cellspacing="0" cellpadding="5" class="tborder tfixed">
<thead><tr><td class="thead" colspan="2"><strong>Réponse rapide</strong></td></tr></thead>
<tbody id="quickreply_e"><tr><td class="trow1" valign="top" width="22%"><strong>Message</strong><br /><span class="smalltext">Tapez votre réponse à ce message ici.</span></td>
<td class="trow1"><div style="width: 95%"><textarea style="width: 100%; padding: 4px; margin: 0;" rows="8" cols="80" name="message" id="message" tabindex="1"></textarea></div></td></tr>
<tr><td colspan="2" align="center" class="tfoot"><input type="submit" class="button" value="Publier la réponse" tabindex="2" accesskey="s" id="quick_reply_submit" /></td></tr></tbody>
</table>
<input type="hidden" name="action" value="do_newreply" /><input type="hidden" name="my_post_key" value="8c3f1a7e5d9b2c40e6f1a3b5d7c9e0f2" />
<input type="hidden" name="tid" value="{tid}" /><input type="hidden" name="replyto" value="0" />
</form>"""


def mybb_newthread(fid, post_key="8c3f1a7e5d9b2c40e6f1a3b5d7c9e0f2"):
    return f"""<form action="newthread.php?fid={fid}&amp;processed=1" method="post" enctype="multipart/form-data" name="input">
<input type="hidden" name="my_post_key" value="{post_key}" />
<table border="0" cellspacing="0" cellpadding="5" class="tborder">
<tr><td class="thead" colspan="2"><strong>Publier une nouvelle discussion</strong></td></tr>
<tr><td class="trow2" width="20%"><strong>Votre nom :</strong></td><td class="trow2"><input type="text" class="textbox" name="username" size="40" maxlength="30" value="" tabindex="1" /></td></tr>
<tr><td class="trow2" width="20%"><strong>Sujet :</strong></td><td class="trow2"><input type="text" class="textbox" name="subject" size="40" maxlength="85" value="" tabindex="1" /></td></tr>
<tr><td class="trow2" valign="top"><strong>Votre message :</strong></td><td class="trow2"><textarea name="message" id="message" rows="20" cols="70" tabindex="2"></textarea></td></tr>
</table>
<br />
<div align="center"><input type="submit" class="button" name="submit" value="Publier la discussion" tabindex="4" accesskey="s" />  <input type="submit" class="button" name="previewpost" value="Aperçu du message" tabindex="5" /></div>
<input type="hidden" name="action" value="do_newthread" />
<input type="hidden" name="posthash" value="a7f2c91e0b5d4c3e8f6a1b2c3d4e5f60" id="posthash" />
<input type="hidden" name="attachmentaid" value="" /><input type="hidden" name="attachmentact" value="" /><input type="hidden" name="quoted_ids" value="" />
<input type="hidden" name="tid" value="0" />
</form>"""


def mybb_login():
    return """<form action="member.php" method="post">
<table border="0" cellspacing="0" cellpadding="5" class="tborder">
<tr><td class="thead" colspan="2"><strong>Connexion</strong></td></tr>
<tr><td class="trow1" width="25%"><strong>Identifiant :</strong></td><td class="trow1"><input type="text" class="textbox" name="username" size="25" style="width: 200px;" value="" /></td></tr>
<tr><td class="trow2"><strong>Mot de passe :</strong></td><td class="trow2"><input type="password" class="textbox" name="password" size="25" style="width: 200px;" value="" /></td></tr>
</table>
<br /><div align="center"><input type="submit" class="button" name="submit" value="Connexion" /></div>
<input type="hidden" name="action" value="do_login" /><input type="hidden" name="url" value="" />
</form>"""


def democracy_poll(poll_id, question, answers, note=""):
    """Democracy Poll's voting screen (WordPress)."""
    lis = "".join(f'<li data-aid="{aid}"><label class="dem__radio_label"><input class="dem__radio" type="radio" value="{aid}" name="answer_ids" >'
                  f'<span class="dem__spot"></span>{_e(text)}</label></li>' for aid, text in answers)
    return f"""<div id="democracy-{poll_id}" class="democracy" data-opts='{{"ajax_url":"\\/wp-admin\\/admin-ajax.php","pid":{poll_id},"max_answs":0,"answs_max_height":"500","anim_speed":"400","line_anim_speed":1500}}' >
<div class="dem-poll-title">{_e(question)}</div>
<div class="dem-screen vote"><form method="POST" action="#democracy-{poll_id}">
<ul class="dem-vote">{lis}</ul>
<div class="dem-bottom"><input type="hidden" name="dem_act" value="vote"><input type="hidden" name="dem_pid" value="{poll_id}">
<div class="dem-vote-button"><input class="dem-button " type="submit" value="Voter" data-dem-act="vote"></div>
<a href="#democracy-{poll_id}" class="dem-link dem-results-link" data-dem-act="view" rel="nofollow">Résultats</a></div>
</form></div>
{f'<div class="dem-poll-note">{note}</div>' if note else ''}
<noscript>Poll Options are limited because JavaScript is disabled in your browser.</noscript>
</div>"""
