"""Markup of the seventh holdout part (``faubourgs``): page chrome of the CMSs and platforms its communes use,
and the widgets and forms their pages carry.

Every layout here is written for this part (none of ``themes.py`` is reused): each is registered in the sample
web's theme table under a ``faubourgs_`` name when this module is imported, with no chrome pages of its own
(every page a layout links to is declared by the site itself). Static assets (style sheets, scripts, images)
are referenced as real sites reference them; they are not pages and are not served.
"""
from html import escape

from .. import themes

# ------------------------------------------------------------------------------------------------------------
# shared bits


def _menu(site, li="", a="", current=None):
    items = []
    for label, href in site.menu:
        active = ' aria-current="page"' if current == href else ""
        items.append(f'<li class="{li}"><a class="{a}" href="{escape(href)}"{active}>{escape(label)}</a></li>')
    return "".join(items)


def _trail(site, page, sep, home="Accueil"):
    parts = [f'<a href="/">{escape(home)}</a>']
    if page.parent:
        label, href = page.parent
        parts.append(f'<a href="{escape(href)}">{escape(label)}</a>')
    if page.path != "/":
        parts.append(f'<span aria-current="page">{escape(page.title)}</span>')
    return sep.join(parts)


_NAMES = {"facebook": "Facebook", "x": "X", "instagram": "Instagram", "youtube": "YouTube", "linkedin": "LinkedIn",
          "mastodon": "Mastodon", "bluesky": "Bluesky", "tiktok": "TikTok"}


def _social(site, ul="", li="", a="", label="Suivez-nous"):
    if not site.accounts:
        return ""
    rows = []
    for acc in site.accounts:
        name = _NAMES.get(acc.platform, acc.platform)
        rel = "noopener me" if acc.platform == "mastodon" else "noopener"
        rows.append(f'<li class="{li} {li}--{acc.platform}"><a class="{a}" href="{escape(acc.href)}" target="_blank" '
                    f'rel="{rel}" title="{escape(label)} sur {name} (nouvelle fenêtre)"><span class="icon icon-{acc.platform}" '
                    f'aria-hidden="true"></span><span class="visually-hidden">{name}</span></a></li>')
    return f'<ul class="{ul}">{"".join(rows)}</ul>'


def _register(name, function):
    themes.THEMES[name] = function
    themes.CHROME.setdefault(name, [])


# ------------------------------------------------------------------------------------------------------------
# City websites


def stratis(site, page):
    """A Stratis-built municipal site (TYPO3 underneath, the agency's own extension and class names)."""
    home = page.path == "/"
    sep = ' <span class="ariane__sep">›</span> '
    crumbs = "" if home else f'<nav class="ariane" aria-label="Vous êtes ici"><p class="ariane__list">{_trail(site, page, sep)}</p></nav>'

    return f"""<!DOCTYPE html>
<html lang="fr" dir="ltr" class="no-js">
<head>
<meta charset="utf-8">
<!--
	This website is powered by TYPO3 - inspiring people to share!
	TYPO3 is a free open source Content Management Framework initially created by Kasper Skaarhoj and licensed under GNU/GPL.
-->
<title>{escape(page.title)} - {escape(site.title)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="TYPO3 CMS">
<meta name="twitter:card" content="summary">
<link rel="stylesheet" href="/typo3conf/ext/stratis_site/Resources/Public/css/main.min.css?1713184522" media="all">
<script src="/typo3conf/ext/stratis_site/Resources/Public/js/vendor/modernizr.min.js?1713184522"></script>
<script defer src="/typo3conf/ext/stratis_site/Resources/Public/js/app.min.js?1713184522"></script>
</head>
<body class="{'home' if home else 'page-interieure'} lang-fr">
<nav class="menu-skip" aria-label="Accès rapide"><ul><li><a href="#main">Aller au contenu</a></li><li><a href="#menu-main">Aller au menu</a></li></ul></nav>
<div class="page">
<header class="header-bar" role="banner">
<div class="header-bar__inner wrapper">
<p class="header-bar__logo"><a href="/"><img src="/fileadmin/templates/images/logo-ville.svg" alt="{escape(site.title)} - retour à l'accueil" width="210" height="72"></a></p>
<div class="header-bar__components">
<form class="search-box" action="/index.php" method="get" role="search"><input type="hidden" name="id" value="1532"><label for="search-field" class="ghost">Rechercher sur le site</label><input type="text" id="search-field" name="tx_solr[q]" placeholder="Que recherchez-vous ?"><button type="submit" class="search-box__submit"><span class="ghost">Lancer la recherche</span></button></form>
<ul class="header-bar__quick"><li><a href="/demarches">Démarches</a></li><li><a href="/contact">Nous contacter</a></li></ul>
</div></div>
<nav class="menu-main" id="menu-main" role="navigation" aria-label="Menu principal"><ul class="menu-main__level-1">{_menu(site, "menu-main__item", "menu-main__link")}</ul></nav>
</header>
<main class="section-main" id="main" role="main">
<div class="wrapper">
{crumbs}
<header class="heading{' heading--home' if home else ''}"><h1 class="heading__title">{escape(page.title)}</h1></header>
<div class="section-main__content"><div class="rte">{page.body}</div></div>
</div></main>
<footer class="footer" role="contentinfo"><div class="wrapper footer__wrapper">
<div class="footer__column"><p class="footer__title">{escape(site.title)}</p><address>{escape(site.address)}</address><p>Accueil du lundi au vendredi, 8h30-17h30</p></div>
<div class="footer__column footer__column--social"><p class="footer__title">Suivez-nous</p>{_social(site, "social-networks", "social-networks__item", "social-networks__link")}</div>
<ul class="footer__links"><li><a href="/plan-du-site">Plan du site</a></li><li><a href="/mentions-legales">Mentions légales</a></li><li><a href="/accessibilite">Accessibilité : partiellement conforme</a></li><li><a href="/contact">Contact</a></li></ul>
<p class="footer__credits">Conception et réalisation : <a href="https://www.stratis.fr" target="_blank" rel="noopener">Stratis</a></p>
</div></footer>
</div>
<script src="/typo3conf/ext/stratis_site/Resources/Public/js/tarteaucitron/tarteaucitron.js"></script>
</body></html>"""


def wordpress(site, page):
    """WordPress with the GeneratePress theme."""
    home = page.path == "/"
    body_class = ("home page-template-default page page-id-12" if home
                  else "wp-singular post-template-default single single-post" if page.path.startswith("/20")
                  else "page-template-default page")
    return f"""<!DOCTYPE html>
<html lang="fr-FR">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(page.title)} &#8211; {escape(site.title)}</title>
<meta name='robots' content='index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1' />
<link rel='dns-prefetch' href='//fonts.googleapis.com' />
<link rel='stylesheet' id='wp-block-library-css' href='/wp-includes/css/dist/block-library/style.min.css?ver=6.6.2' media='all' />
<link rel='stylesheet' id='generate-style-css' href='/wp-content/themes/generatepress/assets/css/main.min.css?ver=3.4.0' media='all' />
<link rel='stylesheet' id='generate-child-css' href='/wp-content/themes/orbessac/style.css?ver=1.3.2' media='all' />
<script src="/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<link rel="https://api.w.org/" href="/wp-json/" />
<meta name="generator" content="WordPress 6.6.2" />
</head>
<body class="{body_class} wp-custom-logo wp-embed-responsive right-sidebar nav-float-right separate-containers header-aligned-left dropdown-hover" itemtype="https://schema.org/WebPage" itemscope>
<a class="screen-reader-text skip-link" href="#content" title="Aller au contenu">Aller au contenu</a>
<header class="site-header has-inline-mobile-toggle" id="masthead" aria-label="Site" itemtype="https://schema.org/WPHeader" itemscope>
<div class="inside-header grid-container">
<div class="site-logo"><a href="/" rel="home"><img class="header-image is-logo-image" alt="{escape(site.title)}" src="/wp-content/uploads/2023/05/logo-orbessac.png" width="240" height="80" /></a></div>
<nav class="main-navigation sub-menu-right" id="site-navigation" aria-label="Principal" itemtype="https://schema.org/SiteNavigationElement" itemscope>
<div class="inside-navigation grid-container"><button class="menu-toggle" aria-controls="primary-menu" aria-expanded="false"><span class="mobile-menu">Menu</span></button>
<div id="primary-menu" class="main-nav"><ul id="menu-menu-principal" class="menu sf-menu">{_menu(site, "menu-item menu-item-type-post_type menu-item-object-page")}</ul></div></div></nav>
</div></header>
<div class="site grid-container container hfeed" id="page">
<div class="site-content" id="content">
<div class="content-area" id="primary"><main class="site-main" id="main">
<article class="{'post' if page.path.startswith('/20') else 'page'} type-{'post' if page.path.startswith('/20') else 'page'} status-publish hentry" itemtype="https://schema.org/CreativeWork" itemscope>
<div class="inside-article">
{'' if home else f'<nav class="breadcrumbs" aria-label="Fil d&#039;Ariane"><span>{_trail(site, page, " » ")}</span></nav>'}
<header class="entry-header"><h1 class="entry-title" itemprop="headline">{escape(page.title)}</h1></header>
<div class="entry-content" itemprop="text">{page.body}</div>
</div></article>
</main></div>
</div></div>
<div class="site-footer">
<div id="footer-widgets" class="site footer-widgets"><div class="footer-widgets-container grid-container"><div class="inside-footer-widgets">
<div class="footer-widget-1"><aside id="text-3" class="widget inner-padding widget_text"><h2 class="widget-title">Mairie d'Orbessac-les-Pins</h2><div class="textwidget"><p>{escape(site.address)}<br>05 56 00 41 20</p></div></aside></div>
<div class="footer-widget-2"><aside id="block-7" class="widget inner-padding widget_block"><h2 class="widget-title">Restons connectés</h2>{_social(site, "wp-block-social-links is-style-logos-only", "wp-social-link", "wp-block-social-link-anchor")}</aside></div>
<div class="footer-widget-3"><aside id="nav_menu-2" class="widget inner-padding widget_nav_menu"><div class="menu-pied-de-page-container"><ul id="menu-pied-de-page" class="menu"><li class="menu-item"><a href="/mentions-legales/">Mentions légales</a></li><li class="menu-item"><a href="/accessibilite/">Accessibilité</a></li><li class="menu-item"><a href="/contact/">Contact</a></li></ul></div></aside></div>
</div></div></div>
<footer class="site-info" aria-label="Site" itemtype="https://schema.org/WPFooter" itemscope>
<div class="inside-site-info grid-container"><div class="copyright-bar"><span class="copyright">&copy; 2025 {escape(site.title)}</span> &bull; Construit avec <a href="https://generatepress.com" itemprop="url">GeneratePress</a></div></div>
</footer></div>
<script id="generate-menu-js" src="/wp-content/themes/generatepress/assets/js/menu.min.js?ver=3.4.0"></script>
</body></html>"""


def drupal(site, page):
    """Drupal 10 with a sub-theme of Olivero."""
    node = sum(page.path.encode()) % 700 + 120
    kind = "article" if page.path.startswith("/actualites/") else "page"
    return f"""<!DOCTYPE html>
<html lang="fr" dir="ltr" style="--color--primary-hue:214;--color--primary-saturation:58%;--color--primary-lightness:37">
<head>
<meta charset="utf-8" />
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)" />
<meta name="MobileOptimized" content="width" />
<meta name="HandheldFriendly" content="true" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<link rel="icon" href="/themes/custom/sarlenne/favicon.ico" type="image/vnd.microsoft.icon" />
<title>{escape(page.title)} | {escape(site.title)}</title>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_q4Vd0cZ0zZb9hR3kGm7p1f.css?delta=0&amp;language=fr&amp;theme=sarlenne&amp;include=eJxdjEEOw" />
<script type="application/json" data-drupal-selector="drupal-settings-json">{{"path":{{"baseUrl":"\\/","pathPrefix":"","currentPath":"node\\/{node}","currentPathIsAdmin":false,"isFront":{str(page.path == "/").lower()},"currentLanguage":"fr"}},"ajaxTrustedUrl":{{"\\/search\\/node":true}}}}</script>
<script src="/core/misc/drupalSettingsLoader.js?v=10.3.6"></script>
</head>
<body class="path-{'frontpage' if page.path == '/' else 'node'} page-node-type-{kind}">
<a href="#main-content" class="visually-hidden focusable skip-link">Aller au contenu principal</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<div id="page-wrapper" class="page-wrapper"><div id="page">
<header id="header" class="site-header" data-drupal-selector="site-header" role="banner">
<div class="site-header__fixable" data-drupal-selector="site-header-fixable"><div class="site-header__initial"></div>
<div id="site-header__inner" class="site-header__inner" data-drupal-selector="site-header-inner"><div class="container site-header__inner__container">
<div id="block-sarlenne-site-branding" class="site-branding block block-system block-system-branding-block"><div class="site-branding__inner"><a href="/" rel="home" class="site-branding__logo"><img src="/themes/custom/sarlenne/logo.svg" alt="Accueil" /></a><div class="site-branding__text"><div class="site-branding__name"><a href="/" rel="home">{escape(site.title)}</a></div></div></div></div>
<div class="header-nav-overlay" data-drupal-selector="header-nav-overlay"></div>
<div class="mobile-buttons" data-drupal-selector="mobile-buttons"><button class="mobile-nav-button" data-drupal-selector="mobile-nav-button" aria-label="Menu principal" aria-controls="header-nav" aria-expanded="false"><span class="mobile-nav-button__label">Menu</span></button></div>
<div id="header-nav" class="header-nav" data-drupal-selector="header-nav">
<div class="search-block-form block block-search-narrow" data-drupal-selector="search-block-form" id="block-sarlenne-search-form-narrow" role="search">
<div class="content"><form action="/search/node" method="get" id="search-block-form" accept-charset="UTF-8" class="search-form search-block-form"><div class="js-form-item form-item js-form-type-search form-type-search js-form-item-keys form-item-keys form-no-label"><label for="edit-keys" class="form-item__label visually-hidden">Rechercher</label><input title="Indiquer les termes à rechercher" placeholder="Rechercher sur le site" data-drupal-selector="edit-keys" type="search" id="edit-keys" name="keys" value="" size="15" maxlength="128" class="form-search form-element form-element--type-search form-element--api-search" /></div><div data-drupal-selector="edit-actions" class="form-actions js-form-wrapper form-wrapper" id="edit-actions"><input class="button--primary search-form__submit button js-form-submit form-submit" data-drupal-selector="edit-submit" type="submit" id="edit-submit" value="Rechercher" /></div></form></div></div>
<nav id="block-sarlenne-main-menu" class="primary-nav block block-menu navigation menu--main" aria-labelledby="block-sarlenne-main-menu-menu" role="navigation"><h2 class="visually-hidden block__title" id="block-sarlenne-main-menu-menu">Navigation principale</h2>
<ul class="menu primary-nav__menu primary-nav__menu--level-1" data-drupal-selector="primary-nav-menu--level-1">{_menu(site, "primary-nav__menu-item primary-nav__menu-item--link primary-nav__menu-item--level-1", "primary-nav__menu-link primary-nav__menu-link--link primary-nav__menu-link--level-1")}</ul></nav>
</div></div></div></div></header>
<div id="main-wrapper" class="layout-main-wrapper layout-container"><div id="main" class="layout-main"><div class="main-content">
<a id="main-content" tabindex="-1"></a>
<div class="main-content__container container">
<div class="region region--breadcrumb grid-full layout--pass--content-medium"><div id="block-sarlenne-breadcrumbs" class="block block-system block-system-breadcrumb-block"><nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Fil d'Ariane</h2><ol class="breadcrumb__list"><li class="breadcrumb__item">{_trail(site, page, '</li><li class="breadcrumb__item">')}</li></ol></nav></div></div>
<div class="region region--content-above grid-full layout--pass--content-medium"><div id="block-sarlenne-page-title" class="block block-core block-page-title-block"><h1 class="title page-title"><span class="field field--name-title field--type-string field--label-hidden">{escape(page.title)}</span></h1></div></div>
<div class="region region--content grid-full layout--pass--content-medium" id="content"><div id="block-sarlenne-content" class="block block-system block-system-main-block">
<article data-history-node-id="{node}" class="node node--type-{kind} node--promoted node--view-mode-full"><div class="node__content">
<div class="text-content clearfix field field--name-body field--type-text-with-summary field--label-hidden field__item">{page.body}</div>
</div></article></div></div>
</div></div></div></div>
<footer class="site-footer"><div class="site-footer__inner container">
<div class="region region--footer-top grid-full"><div class="region--footer_top__inner">
<div id="block-sarlenne-coordonnees" class="block block-block-content"><h2 class="block__title">Hôtel de ville</h2><div class="block__content"><p>{escape(site.address)}</p><p>03 20 00 59 59</p></div></div>
<div id="block-sarlenne-reseaux" class="block block-social-media-links"><h2 class="block__title">La ville sur les réseaux</h2>{_social(site, "social-media-links--platforms platforms inline horizontal", "platform", "")}</div>
</div></div>
<div class="region region--footer-bottom grid-full"><nav role="navigation" aria-labelledby="block-sarlenne-footer-menu" id="block-sarlenne-footer"><h2 class="visually-hidden" id="block-sarlenne-footer-menu">Pied de page</h2><ul class="menu menu--footer"><li class="menu__item"><a href="/mentions-legales" class="menu__link">Mentions légales</a></li><li class="menu__item"><a href="/accessibilite" class="menu__link">Accessibilité</a></li><li class="menu__item"><a href="/contact" class="menu__link">Contact</a></li></ul></nav></div>
</div></footer>
</div></div></div>
<script src="/core/assets/vendor/once/once.min.js?v=1.0.1"></script>
<script src="/core/misc/drupal.js?v=10.3.6"></script>
<script src="/core/themes/olivero/js/navigation.js?v=10.3.6"></script>
</body></html>"""


def spip(site, page):
    """SPIP 4 with the Soyezcréateurs skeleton."""
    home = page.path == "/"
    return f"""<!DOCTYPE html>
<html dir="ltr" lang="fr" class="ltr fr no-js">
<head>
<script>/*<![CDATA[*/(function(H){{H.className=H.className.replace(/\\bno-js\\b/,'js')}})(document.documentElement);/*]]>*/</script>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{'' if home else escape(page.title) + ' - '}{escape(site.title)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<meta name="generator" content="SPIP 4.3.2 [24170]" />
<link rel="stylesheet" href="local/cache-css/cssdyn-soyezcreateurs_css-8a2b6c91.css?1731576310" type="text/css" />
<link rel="stylesheet" href="plugins/auto/soyezcreateurs/v5.3.1/css/impression.css" type="text/css" media="print" />
<script src="local/cache-js/jsdyn-jquery_js-41c7b5a3.js?1731576310" type="text/javascript"></script>
</head>
<body class="{'page_sommaire' if home else 'page_article'} secteur_2">
<div id="page">
<p class="accessibilite"><a href="#contenu">Aller au contenu</a> | <a href="#navigation">Aller au menu</a></p>
<div id="entete"><a href="/" title="Accueil" class="spip_logo_site"><img class="spip_logo" width="190" height="96" src="IMG/logo/siteon0.png?1689264812" alt="{escape(site.title)}" /></a>
<p class="slogan">{escape(site.title)}, au bord de l'Oust</p>
<div class="formulaire_spip formulaire_recherche" id="formulaire_recherche"><form action="spip.php?page=recherche" method="get"><div class="editer-groupe"><input name="page" value="recherche" type="hidden" /><label for="recherche">Rechercher :</label><input type="search" class="search text" size="10" name="recherche" id="recherche" accesskey="4" autocapitalize="off" autocorrect="off" /><input type="submit" class="btn submit" value="&gt;&gt;" title="Rechercher" /></div></form></div>
</div>
<div id="navigation"><ul class="menu-liste menu-items" data-depth="0">{_menu(site, "menu-entree item", "")}</ul></div>
<div id="conteneur"><div id="contenu">
{'' if home else f'<p id="hierarchie">{_trail(site, page, " &gt; ")}</p>'}
<div class="contre-encart"><h1 class="titre crayon article-titre">{escape(page.title)}</h1>
<div class="texte crayon article-texte surlignable clearfix">{page.body}</div></div>
</div></div>
<div id="pied"><div class="adresse"><strong>Mairie de {escape(site.title.replace("Commune de ", ""))}</strong><br />{escape(site.address)}<br />Tél. 02 97 00 12 30</div>
{_social(site, "liens-sociaux", "lien-social")}
<p class="plan"><a href="/Plan-du-site">Plan du site</a> | <a href="/Mentions-legales">Mentions légales</a> | Site réalisé avec <a href="https://www.spip.net/" title="Site réalisé avec SPIP">SPIP</a> et <a href="https://contrib.spip.net/SoyezCreateurs">Soyezcréateurs</a></p></div>
</div></body></html>"""


def joomla(site, page):
    """Joomla 5 with a T4 Framework template."""
    item = sum(page.path.encode()) % 90 + 101
    return f"""<!DOCTYPE html>
<html lang="fr-fr" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="Site officiel de la commune de {escape(site.title.replace('Ville de ', ''))}">
<meta name="generator" content="Joomla! - Open Source Content Management">
<title>{escape(page.title)} - {escape(site.title)}</title>
<link href="/media/system/images/favicon.ico" rel="icon" type="image/vnd.microsoft.icon">
<link href="/templates/t4_bs5_blank/css/template.css?8c9fa0" rel="stylesheet">
<link href="/media/t4/css/16-sub.css?3d1a22" rel="stylesheet">
<link href="/media/vendor/joomla-custom-elements/css/joomla-alert.min.css?0.2.0" rel="stylesheet">
<script src="/media/vendor/jquery/js/jquery.min.js?3.7.1"></script>
<script src="/media/system/js/core.min.js?2cb912"></script>
<script type="application/json" class="joomla-script-options new">{{"joomla.jtext":{{"ERROR":"Erreur","MESSAGE":"Message","JCLOSE":"Fermer"}},"system.paths":{{"root":"","rootFull":"\\/","base":"","baseFull":"\\/"}},"csrf.token":"2d0c9f7a1e3b5d6c8f0a1b2c3d4e5f60"}}</script>
</head>
<body class="site-t4 navigation-default theme-default layout-default nav-breakpoint-lg com_content view-article item-{item}">
<div class="t4-wrapper"><div class="t4-content"><div class="t4-content-inner">
<div id="t4-header" class="t4-section t4-header"><div class="t4-section-inner container"><div class="header-wrap d-flex align-items-center">
<div class="navbar-brand logo-image"><a href="/" title="{escape(site.title)}"><img class="logo-img" src="/images/logo-beaumesnil.png" alt="{escape(site.title)}" width="220" height="70"></a></div>
<div class="t4-navbar"><nav class="navbar navbar-expand-lg"><div id="t4-megamenu-mainmenu" class="t4-megamenu collapse navbar-collapse"><ul class="nav navbar-nav level0">{_menu(site, "nav-item", "nav-link")}</ul></div></nav></div>
<div class="t4-header-r"><form class="mod-finder js-finder-searchform form-search" action="/component/finder/search" method="get" role="search"><label for="mod-finder-searchword" class="visually-hidden finder">Rechercher</label><input type="text" name="q" id="mod-finder-searchword" class="js-finder-search-query form-control" value="" placeholder="Rechercher..."></form></div>
</div></div></div>
<div id="t4-breadcrumbs" class="t4-section t4-breadcrumbs"><div class="t4-section-inner container"><nav class="mod-breadcrumbs__wrapper" aria-label="Fil d'Ariane"><ol class="mod-breadcrumbs breadcrumb px-3 py-2"><li class="mod-breadcrumbs__here float-start">Vous êtes ici : &#160;</li><li class="mod-breadcrumbs__item breadcrumb-item">{_trail(site, page, '</li><li class="mod-breadcrumbs__item breadcrumb-item">')}</li></ol></nav></div></div>
<div id="t4-main-body" class="t4-section t4-main-body"><div class="t4-section-inner container"><div class="t4-row row"><div class="t4-col component col-md">
<div id="system-message-container" aria-live="polite"></div>
<div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article"><meta itemprop="inLanguage" content="fr-FR">
<div class="page-header"><h1 itemprop="headline">{escape(page.title)}</h1></div>
<div itemprop="articleBody" class="com-content-article__body">{page.body}</div></div>
</div></div></div></div>
<div id="t4-footer" class="t4-section t4-footer"><div class="t4-section-inner container"><div class="t4-row row">
<div class="t4-col footer-1 col-sm"><div class="t4-module module"><div class="module-inner"><h3 class="module-title"><span>Mairie</span></h3><div class="module-ct"><div class="mod-custom custom"><p>{escape(site.address)}<br>Tél. 02 35 00 47 10</p></div></div></div></div></div>
<div class="t4-col footer-2 col-sm"><div class="t4-module module"><div class="module-inner"><h3 class="module-title"><span>Suivez-nous</span></h3><div class="module-ct">{_social(site, "mod-social-icons list-inline", "list-inline-item", "")}</div></div></div></div>
<div class="t4-col footer-3 col-sm"><ul class="mod-menu mod-list nav"><li class="nav-item"><a href="/mentions-legales">Mentions légales</a></li><li class="nav-item"><a href="/accessibilite">Accessibilité</a></li><li class="nav-item"><a href="/connexion">Espace élus</a></li></ul></div>
</div></div></div>
</div></div></div>
<script src="/templates/t4_bs5_blank/js/template.js?8c9fa0"></script>
</body></html>"""


def typo3(site, page):
    """TYPO3 13 with an agency's site package."""
    uid = sum(page.path.encode()) % 300 + 12
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
<title>{escape(page.title)} - {escape(site.title)}</title>
<meta name="generator" content="TYPO3 CMS">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/_assets/5b2e9d0c41f7a3e8/Css/site.min.css?1739358211" media="all">
<script src="/_assets/5b2e9d0c41f7a3e8/JavaScript/site.min.js?1739358211" defer="defer"></script>
</head>
<body id="p{uid}" class="lang-fr layout-{'home' if page.path == '/' else 'content'}">
<a class="skiplink" href="#content">Aller au contenu</a>
<header class="site-header"><div class="site-header__inner container">
<a class="site-header__brand" href="/"><img src="/fileadmin/site/logo-lavandieres.svg" width="200" height="64" alt="Logo {escape(site.title)}"></a>
<nav class="nav-main" aria-label="Navigation principale"><ul class="nav-main__list">{_menu(site, "nav-main__item", "nav-main__link")}</ul></nav>
<form class="site-search" method="get" action="/suche" role="search"><label class="sr-only" for="tx-indexedsearch-searchbox-sword">Rechercher</label><input class="site-search__input" id="tx-indexedsearch-searchbox-sword" type="search" name="tx_indexedsearch_pi2[search][sword]" placeholder="Rechercher"><button class="site-search__button" type="submit">OK</button></form>
</div></header>
<nav class="breadcrumb container" aria-label="Fil d'Ariane"><ol class="breadcrumb__list"><li class="breadcrumb__item">{_trail(site, page, '</li><li class="breadcrumb__item">')}</li></ol></nav>
<main id="content" class="content container">
<!--TYPO3SEARCH_begin-->
<div id="c{uid * 3}" class="frame frame-default frame-type-header frame-layout-0"><header><h1 class="ce-headline-left">{escape(page.title)}</h1></header></div>
<div id="c{uid * 3 + 1}" class="frame frame-default frame-type-textmedia frame-layout-0"><div class="ce-textpic ce-left ce-above"><div class="ce-bodytext">{page.body}</div></div></div>
<!--TYPO3SEARCH_end-->
</main>
<footer class="site-footer"><div class="site-footer__inner container">
<div class="site-footer__col"><p class="site-footer__title">{escape(site.title)}</p><p>{escape(site.address)}<br>04 76 00 38 38</p></div>
<div class="site-footer__col">{_social(site, "socials", "socials__item", "socials__link")}</div>
<ul class="site-footer__meta"><li><a href="/mentions-legales">Mentions légales</a></li><li><a href="/accessibilite">Accessibilité</a></li><li><a href="/contact">Contact</a></li></ul>
</div></footer>
</body></html>"""


def inovagora(site, page):
    """A municipal site built on Inovagora's proprietary CMS."""
    home = page.path == "/"
    return f"""<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{escape(page.title)} - {escape(site.title)}</title>
<meta name="description" content="{escape(page.title)} - site officiel de la {escape(site.title)}">
<meta property="og:type" content="website">
<meta property="og:title" content="{escape(page.title)}">
<link rel="stylesheet" href="/ressources/css/inovagora/site.min.css?v=8.12.3">
<link rel="stylesheet" href="/ressources/css/theme/pontarleve.css?v=2024-11">
<script src="/ressources/js/inovagora/vendors.min.js?v=8.12.3"></script>
<script defer src="/ressources/js/inovagora/front.min.js?v=8.12.3"></script>
</head>
<body class="{'accueil' if home else 'interne'} theme-pontarleve">
<div id="acces-rapides"><ul><li><a href="#contenu">Contenu</a></li><li><a href="#menu">Menu</a></li><li><a href="#recherche">Recherche</a></li></ul></div>
<header id="entete" role="banner"><div class="conteneur">
<div class="logo"><a href="/" title="{escape(site.title)} - Accueil"><img src="/ressources/images/logo-pontarleve.svg" alt="{escape(site.title)}"></a></div>
<div id="recherche" class="moteur"><form action="/recherche" method="get"><label for="mots">Rechercher</label><input type="text" name="mots" id="mots" placeholder="Rechercher une information, une démarche..."><input type="submit" value="OK"></form></div>
<ul class="acces-directs"><li><a href="http://demarches.pontarleve.fr/">Mes démarches en ligne</a></li><li><a href="http://ensemble.pontarleve.fr/">Je participe</a></li></ul>
</div>
<nav id="menu" role="navigation" aria-label="Menu principal"><ul class="menu-niveau-1">{_menu(site, "item-niveau-1", "lien-niveau-1")}</ul></nav>
</header>
<main id="contenu" role="main"><div class="conteneur">
{'' if home else f'<p class="fil-ariane">{_trail(site, page, " <span>›</span> ")}</p>'}
<h1 class="titre-page">{escape(page.title)}</h1>
<div class="contenu-page editeur">{page.body}</div>
</div></main>
<footer id="pied" role="contentinfo"><div class="conteneur">
<div class="pied-coordonnees"><p class="titre">Hôtel de ville</p><p>{escape(site.address)}<br>Standard : 03 81 00 25 25</p><p><a href="/nous-contacter">Nous contacter</a></p></div>
<div class="pied-reseaux"><p class="titre">La ville sur les réseaux</p>{_social(site, "reseaux", "reseau", "")}</div>
<ul class="pied-liens"><li><a href="/plan-du-site">Plan du site</a></li><li><a href="/mentions-legales">Mentions légales</a></li><li><a href="/accessibilite">Accessibilité : partiellement conforme</a></li></ul>
<p class="credits">Site réalisé par <a href="https://www.inovagora.net/" target="_blank" rel="noopener">Inovagora</a></p>
</div></footer>
</body></html>"""


def kosmos(site, page):
    """A municipal site on Kosmos's K-Sup."""
    home = page.path == "/"
    return f"""<!DOCTYPE html>
<html class="no-js" lang="fr">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{escape(site.title)} - {escape(page.title)}</title>
<meta name="description" content="{escape(page.title)}">
<meta property="og:site_name" content="{escape(site.title)}">
<link rel="stylesheet" type="text/css" media="screen" href="/wro/jQueryCSS/7f3c2a5b91e0d4a8e2f1b6c3d9a0e5f7b8c1d2e3.css">
<link rel="stylesheet" type="text/css" media="screen" href="/wro/styles/0a9d8c7b6e5f4a3b2c1d0e9f8a7b6c5d4e3f2a1b.css">
<script src="/wro/scriptsCnil/4c1b2a3d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b.js"></script>
<script src="/adminsite/scripts/libs/jquery/jquery-3.7.1.min.js"></script>
</head>
<body id="body" class="fiche {'accueil' if home else 'pagelibre'} ksup">
<header><div id="header_deco"><div class="header_deco__inner">
<div class="banner" id="banniere"><a href="/" class="banner__link" title="Retour à l'accueil"><img src="/medias/photo/logo-plerivel_1682512231455-png" alt="{escape(site.title)}"></a></div>
<div id="acces_directs" class="acces-directs"><ul><li><a href="/demarches">Démarches</a></li><li><a href="/contact">Contact</a></li></ul></div>
<form class="search-form" action="/servlet/com.kportal.search.SearchServlet" method="get"><label for="MOTS_CLEFS">Recherche</label><input type="text" id="MOTS_CLEFS" name="QUERY" value=""><input type="hidden" name="LANGUE" value="0"><button type="submit">Rechercher</button></form>
</div></div>
<div id="menu" class="menu"><nav role="navigation" aria-label="Menu principal"><ul id="menu_principal" class="menu_principal">{_menu(site, "menu_principal__item", "menu_principal__link")}</ul></nav></div>
</header>
<main id="page"><div id="page_deco"><div id="contenu-encadres"><div id="avec_nav_sans_encadres" class="contenu" role="main">
{'' if home else f'<div id="fil_ariane"><p>{_trail(site, page, " &gt; ")}</p></div>'}
<h1>{escape(page.title)}</h1>
<div class="contenu_fiche pagelibre">{page.body}</div>
</div></div></div></main>
<footer id="footer"><div id="footer_deco">
<div class="footer_coordonnees"><p><strong>Mairie de Plérivel</strong><br>{escape(site.address)}<br>02 96 00 70 70</p></div>
<div class="footer_reseaux">{_social(site, "reseaux-sociaux", "reseaux-sociaux__item", "reseaux-sociaux__link")}</div>
<ul class="plan_site"><li><a href="/mentions-legales">Mentions légales</a></li><li><a href="/accessibilite">Accessibilité</a></li><li><a href="/contact">Contact</a></li></ul>
<p class="footer_credits">Propulsé par <a href="https://www.kosmos.fr/k-sup/" target="_blank" rel="noopener">K-Sup</a></p>
</div></footer>
<script src="/wro/scripts/9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f1e0d.js"></script>
</body></html>"""


# ------------------------------------------------------------------------------------------------------------
# E-services, surveys, boards and networks on the cities' own subdomains


def publik(site, page):
    """Publik (Entr'ouvert): combo portal cells, w.c.s. forms (class "quixote")."""
    return f"""<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(page.title)} - {escape(site.title)}</title>
<link rel="stylesheet" href="/static/pontarleve/style.css?1731422001">
<link rel="stylesheet" href="/static/xstatic/css/font-awesome.min.css">
<script src="/static/xstatic/jquery.min.js"></script>
<script src="/static/js/combo.public.js?1731422001"></script>
<script src="/static/js/qommon.forms.js?1731422001"></script>
</head>
<body class="page-{'index' if page.path == '/' else 'template-standard'} combo" data-portal-url="http://demarches.pontarleve.fr/" data-api-root="/api/">
<div id="page">
<div id="top"><div id="header-wrapper"><header id="header">
<a id="logo" href="/"><img src="/static/pontarleve/img/logo.svg" alt="{escape(site.title)}"></a>
<nav id="nav" aria-label="Navigation principale"><ul>{_menu(site, "menu-item")}</ul></nav>
<div id="toplinks"><span class="user-info"><a class="login-link" href="/login/">Connexion</a></span></div>
</header></div></div>
<div id="main-content-wrapper"><main id="columns"><div id="main-content">
<nav id="breadcrumb" aria-label="Fil d'Ariane">{_trail(site, page, ' <span class="separator">›</span> ')}</nav>
<div class="cell text-cell"><h1 id="page-title">{escape(page.title)}</h1></div>
<div class="cell wcs-form-cell">{page.body}</div>
</div></main></div>
<footer id="footer-wrapper"><div id="footer">
<p>{escape(site.address)}</p>
{_social(site, "cell social-links", "social-link", "")}
<p class="footer-links"><a href="/mentions-legales">Mentions légales</a> — Portail propulsé par <a href="https://publik.entrouvert.com/" target="_blank">Publik</a></p>
</div></footer>
</div></body></html>"""


def limesurvey(site, page):
    """A self-hosted LimeSurvey 6 (fruity theme)."""
    return f"""<!DOCTYPE html>
<html lang="fr" dir="ltr" class="fr dir-ltr no-js">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{escape(page.title)}</title>
<meta name="generator" content="LimeSurvey http://www.limesurvey.org">
<link rel="stylesheet" type="text/css" href="/tmp/assets/f3a92c71/survey.css">
<link rel="stylesheet" type="text/css" href="/themes/survey/fruity/css/theme.css">
<script type="text/javascript" src="/tmp/assets/7b1d5e04/jquery-3.5.1.min.js"></script>
<script type="text/javascript" src="/assets/scripts/survey_runtime.js"></script>
</head>
<body class="lang-fr fruity group-by-group brand-header" data-gr-c-s-loaded="true">
<article class="container-fluid">
<div id="beginScripts"></div>
<div class="top-container"><div class="top-content container"><div class="survey-name"><a class="logo-container" href="http://www.lavandieres-du-mont.fr/"><img class="logo img-fluid" src="/upload/themes/survey/generalfiles/logo-ville.png" alt="{escape(site.title)}"></a></div></div></div>
<div id="outerframeContainer" class="outerframe container">
<div id="main-col" class="col-centered">
{page.body}
</div></div>
<div class="footer container"><p class="text-muted small">Enquête de la Ville de Lavandières-du-Mont — vos réponses sont anonymes. <a href="http://www.lavandieres-du-mont.fr/mentions-legales">Données personnelles</a></p><p class="powered-by small"><a href="https://www.limesurvey.org" target="_blank" rel="noopener">Propulsé par LimeSurvey</a></p></div>
</article></body></html>"""


def _smf_trail(site, page):
    items = ['<li><a href="/"><span>Forum des Plérivelais</span></a></li>']
    if page.parent:
        label, href = page.parent
        items.append(f'<li><span class="dividers"> › </span><a href="{escape(href)}"><span>{escape(label)}</span></a></li>')
    if page.path != "/":
        items.append(f'<li class="last"><span class="dividers"> › </span><span>{escape(page.title)}</span></li>')
    return "".join(items)


def smf(site, page):
    """Simple Machines Forum 2.1 (Curve2 theme), French language pack."""
    action = "home"
    if "action=" in page.path:
        action = page.path.split("action=")[1].split(";")[0].split("&")[0]
    elif "topic=" in page.path:
        action = "display"
    elif "board=" in page.path:
        action = "messageindex"
    return f"""<!DOCTYPE html>
<html lang="fr-FR">
<head>
<meta charset="UTF-8">
<link rel="stylesheet" href="/Themes/default/css/minified_4d3e7c51e0a2b6f9.css?smf214_1700000000">
<style>.main_icons.sfs::before {{ background: url(/Themes/default/images/admin/sfs.webp) no-repeat; }}</style>
<script>var smf_theme_url = "/Themes/default"; var smf_default_theme_url = "/Themes/default"; var smf_images_url = "/Themes/default/images"; var smf_scripturl = "/index.php"; var smf_charset = "UTF-8"; var smf_session_var = "a7c3e9f1"; var smf_member_id = 0; var ajax_notification_text = 'Chargement...';</script>
<script src="/Themes/default/scripts/minified_1e6b2f84c9d0a3e5.js?smf214_1700000000"></script>
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(page.title)}</title>
<meta name="description" content="{escape(page.title)}">
<meta property="og:site_name" content="{escape(site.title)}">
<link rel="help" href="/index.php?action=help">
<link rel="contents" href="/">
</head>
<body id="chrome" class="action_{action}">
<div id="footerfix">
<div id="top_section"><div class="inner_wrap">
<ul class="floatleft" id="top_info"><li class="welcome">Bienvenue, <strong>Invité</strong>. Merci de vous <a href="/index.php?action=login">connecter</a> ou de vous <a href="/index.php?action=register">inscrire</a>.</li></ul>
<form id="search_form" class="floatright" action="/index.php?action=search2" method="post" accept-charset="UTF-8"><input type="search" name="search" value="" placeholder="Rechercher">&nbsp;<button class="button">Rechercher</button><input type="hidden" name="advanced" value="0"></form>
</div></div>
<div id="header"><h1 class="forumtitle"><a id="top" href="/">{escape(site.title)}</a></h1><div id="siteslogan">L'espace d'échanges des habitants de Plérivel</div></div>
<div id="wrapper"><div id="upper_section"><div id="inner_section"><div id="inner_wrap" class="hide_720"><div class="user"><time datetime="2025-04-02T08:12:40Z">2 Avril 2025, 10:12:40</time></div></div>
<a class="mobile_user_menu"><span class="menu_icon"></span><span class="text_menu">Menu principal</span></a>
<div id="main_menu"><div id="mobile_user_menu" class="popup_container"><div class="popup_window description"><div class="popup_heading">Menu principal</div>
<ul class="dropmenu menu_nav"><li class="button_home"><a class="active" href="/"><span class="main_icons home"></span><span class="textmenu">Accueil</span></a></li><li class="button_help"><a href="/index.php?action=help"><span class="main_icons help"></span><span class="textmenu">Aide</span></a></li><li class="button_login"><a href="/index.php?action=login"><span class="main_icons login"></span><span class="textmenu">Connexion</span></a></li><li class="button_signup"><a href="/index.php?action=register"><span class="main_icons regcenter"></span><span class="textmenu">Inscription</span></a></li><li class="button_site"><a href="http://www.plerivel.fr/"><span class="textmenu">Site de la mairie</span></a></li></ul>
</div></div></div>
<div class="navigate_section"><ul>{_smf_trail(site, page)}</ul></div>
</div></div>
<div id="content_section"><div id="main_content_section">
{page.body}
</div></div></div></div>
<div id="footer"><div class="inner_wrap"><ul>
<li class="floatright"><a href="/index.php?action=help">Aide</a> | <a href="http://www.plerivel.fr/mentions-legales">Conditions d'utilisation</a> | <a href="#top_section">Haut de page ▲</a></li>
<li class="copyright"><a href="/index.php?action=credits" title="Licence" target="_blank" rel="noopener">SMF 2.1.4 &copy; 2023</a>, <a href="https://www.simplemachines.org" title="Simple Machines" target="_blank" rel="noopener">Simple Machines</a></li>
</ul><p>Page générée en 0.061 secondes avec 21 requêtes.</p></div></div>
</body></html>"""


def entraide(site, page):
    """The neighbours' network the commune runs with a proximity-network vendor (white-label instance)."""
    return f"""<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">
<title>{escape(page.title)} · {escape(site.title)}</title>
<meta name="description" content="Le réseau d'entraide entre voisins de Plérivel : prêts, coups de main, covoiturage, événements de quartier.">
<meta name="apple-itunes-app" content="app-id=1049271356">
<link rel="manifest" href="/manifest.webmanifest">
<link rel="stylesheet" href="/_next/static/css/4a9c21e7d3b05f18.css">
<script src="/_next/static/chunks/webpack-5f2c8e1a9b7d3c40.js" defer></script>
<script src="/_next/static/chunks/main-app-0e7b3d9c1a5f2e84.js" defer></script>
</head>
<body class="community white-label">
<div id="__next">
<header class="wl-header"><a class="wl-header__brand" href="/"><img src="/_next/static/media/plerivel-entraide.6d1f0a.svg" alt="">{escape(site.title)}</a>
<nav class="wl-header__nav" aria-label="Navigation"><ul>{_menu(site, "wl-nav__item", "wl-nav__link")}</ul></nav>
<div class="wl-header__account"><a class="btn btn--ghost" href="/connexion">Se connecter</a><a class="btn btn--primary" href="/inscription">Rejoindre mes voisins</a></div></header>
<main class="wl-main"><nav class="wl-crumbs" aria-label="Fil d'Ariane">{_trail(site, page, " / ", "Fil des voisins")}</nav>
<h1 class="wl-title">{escape(page.title)}</h1>
{page.body}
</main>
<footer class="wl-footer"><p>Plérivel Entraide est le réseau de voisinage proposé par la Ville de Plérivel.</p>
<ul><li><a href="/comment-ca-marche">Comment ça marche ?</a></li><li><a href="/cgu">Conditions générales d'utilisation</a></li><li><a href="http://www.plerivel.fr/">Site de la mairie</a></li></ul>
<p class="wl-footer__powered">Une communauté propulsée par <a href="https://www.smiile.com/" target="_blank" rel="noopener">Smiile</a></p></footer>
</div></body></html>"""


# ------------------------------------------------------------------------------------------------------------
# Participation platforms


def decidim(site, page):
    """Decidim 0.27 (the classic Foundation layout)."""
    return f"""<!DOCTYPE html>
<html lang="fr" class="no-js">
<head>
<title>{escape(page.title)} - {escape(site.title)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta name="csrf-param" content="authenticity_token" />
<meta name="csrf-token" content="Qm9uam91ciBNb250dsOpemluIGNvbmNlcnRhdGlvbg" />
<meta property="og:title" content="{escape(page.title)}">
<meta property="og:site_name" content="{escape(site.title)}">
<meta name="twitter:card" content="summary_large_image">
<link rel="stylesheet" href="/packs/css/decidim_core-2d9e5a11.css" media="screen" />
<script src="/packs/js/runtime-b83a5f9e41d0c2a7e6f1.js"></script>
<script src="/packs/js/decidim_core-7c31e09d4a2b8f5e6d03.js"></script>
</head>
<body class="" data-decidim-organization-id="1">
<div class="off-canvas-wrapper"><div class="off-canvas-wrapper-inner" data-off-canvas-wrapper>
<div class="off-canvas position-right hide-for-large" data-position="right" id="offCanvas" data-off-canvas><div class="offcanvas__content"><nav class="main-nav" aria-label="Menu principal (mobile)"><ul>{_menu(site, "main-nav__link")}</ul></nav></div></div>
<div class="off-canvas-content" data-off-canvas-content>
<div class="footer-separator">
<div class="skip"><a href="#content">Aller au contenu principal</a></div>
<header><div class="title-bar"><div class="row column topbar">
<div class="logo-wrapper"><a href="/"><img alt="{escape(site.title)}" src="/rails/active_storage/blobs/redirect/eyJfcmFpbHMiOnsibWVzc2FnZSI6IkJBaHBCZz09In19/logo-concertation.png" /></a></div>
<div class="topbar__search"><form action="/search" accept-charset="UTF-8" method="get"><label for="term" class="show-for-sr">Rechercher</label><div class="input-group"><input type="text" name="term" id="term" placeholder="Rechercher" title="Rechercher" class="input-group-field" /><div class="input-group-button"><button type="submit" aria-label="Rechercher"><svg class="icon--magnifying-glass icon"><title>Loupe</title></svg></button></div></div></form></div>
<div class="topbar__user show-for-medium"><div class="topbar__user__login"><a class="sign-in-link" href="/users/sign_in">S'identifier</a></div></div>
</div></div>
<div class="navbar"><div class="row column"><nav class="main-nav" aria-label="Menu principal"><ul>{_menu(site, "main-nav__link")}</ul></nav></div></div>
</header>
<main id="content">
<div class="wrapper"><div class="row column"><nav aria-label="Fil d'Ariane" class="process-breadcrumb"><ul class="breadcrumbs"><li>{_trail(site, page, "</li><li>")}</li></ul></nav>
<h1 class="heading2">{escape(page.title)}</h1></div>
<div class="row column">{page.body}</div></div>
</main>
</div>
<footer><div class="main-footer"><div class="row"><div class="medium-4 large-6 column"><ul class="footer-nav"><li><a href="/pages">Aide</a></li><li><a href="/pages/terms-of-service">Conditions d'utilisation</a></li><li><a href="http://www.montvezin-sur-ardiere.fr/">Site de la ville</a></li></ul></div>
<div class="medium-4 large-3 column"><ul class="footer-social">{"".join(f'<li><a href="{escape(a.href)}" target="_blank" rel="noopener">{_NAMES.get(a.platform, a.platform)}</a></li>' for a in site.accounts)}</ul></div></div></div>
<div class="mini-footer"><div class="row"><div class="column medium-4"><div class="decidim-logo"><a title="Site web réalisé avec un logiciel libre" target="_blank" rel="noopener" href="https://github.com/decidim/decidim"><img alt="Logo Decidim" src="/packs/media/images/decidim-logo-8d0fd4b2a83c2e92a4f1.svg" /></a></div></div>
<div class="column medium-8"><div class="mf-text">Site web réalisé avec un <a target="_blank" rel="noopener" href="https://github.com/decidim/decidim">logiciel libre</a>. <a rel="license noopener" href="http://creativecommons.org/licenses/by-sa/4.0/" target="_blank">Licence Creative Commons</a></div></div></div></div>
</footer></div></div>
<div data-alert class="callout secondary cookies-warning">Ce site utilise des cookies de session. <a href="/pages/terms-of-service">En savoir plus</a></div>
</body></html>"""


def fluicity(site, page):
    """A city's space on Fluicity (server-rendered Nuxt pages)."""
    return f"""<!DOCTYPE html>
<html lang="fr" data-n-head="%7B%22lang%22:%7B%22ssr%22:%22fr%22%7D%7D">
<head>
<title>{escape(page.title)} | {escape(site.title)} - Fluicity</title>
<meta data-n-head="ssr" charset="utf-8"><meta data-n-head="ssr" name="viewport" content="width=device-width, initial-scale=1">
<meta data-n-head="ssr" data-hid="og:site_name" property="og:site_name" content="Fluicity">
<meta data-n-head="ssr" data-hid="og:title" property="og:title" content="{escape(page.title)} | {escape(site.title)}">
<meta data-n-head="ssr" data-hid="apple-itunes-app" name="apple-itunes-app" content="app-id=1074187063">
<link rel="preload" href="https://static.flui.city/_nuxt/runtime.3b21f0c.js" as="script">
<link rel="stylesheet" href="https://static.flui.city/_nuxt/app.8c4e19a.css">
</head>
<body>
<div data-server-rendered="true" id="__nuxt"><div id="__layout"><div class="fl-app">
<header class="fl-header"><a href="/" class="fl-header__space nuxt-link-active"><img src="https://static.flui.city/spaces/orbessac/logo.png" alt="" class="fl-avatar"><span>{escape(site.title)}</span></a>
<nav class="fl-tabs" aria-label="Espace"><ul>{_menu(site, "fl-tabs__item", "fl-tabs__link")}</ul></nav>
<div class="fl-header__actions"><a href="/connexion" class="fl-btn fl-btn--outline">Se connecter</a></div></header>
<main class="fl-main"><p class="fl-breadcrumb">{_trail(site, page, " · ", "Espace")}</p>
<h1 class="fl-title">{escape(page.title)}</h1>
{page.body}
</main>
<footer class="fl-footer"><ul><li><a href="/cgu">Conditions générales d'utilisation</a></li><li><a href="http://www.orbessac-les-pins.fr/">Site de la ville</a></li></ul>
<p>Espace citoyen propulsé par <a href="https://www.flui.city/" target="_blank" rel="noopener">Fluicity</a> — Télécharger l'application : App Store, Google Play</p></footer>
</div></div></div>
<script src="https://static.flui.city/_nuxt/runtime.3b21f0c.js" defer></script><script src="https://static.flui.city/_nuxt/app.5d7a2e9.js" defer></script>
</body></html>"""


def consul(site, page):
    """CONSUL Democracy 2.x."""
    section = page.path.strip("/").split("/")[0] or "welcome"
    return f"""<!DOCTYPE html>
<html lang="fr" data-current-user-id="">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<title>{escape(page.title)} - {escape(site.title)}</title>
<meta name="csrf-param" content="authenticity_token" />
<meta name="csrf-token" content="c2FybGVubmUgZMOpY2lkZXogY29uc3Vs" />
<link rel="stylesheet" href="/assets/application-3f0c9b8e27a1d4f6c5e2b1a0d9c8e7f6.css" media="all" />
<link rel="stylesheet" href="/assets/print-6a5b4c3d2e1f0a9b8c7d6e5f4a3b2c1d.css" media="print" />
<script src="/assets/application-8e7d6c5b4a3f2e1d0c9b8a7f6e5d4c3b.js"></script>
<link rel="shortcut icon" href="/assets/favicon-5c4b3a2f.ico" />
</head>
<body class="{section}-index public">
<a href="#main" class="show-on-focus">Aller au contenu</a>
<div class="wrapper">
<header>
<div class="top-links"><div class="row"><ul class="no-bullet external-links"><li><a href="http://www.ville-sarlenne.fr/" target="_blank">Site de la ville de Sarlenne</a></li></ul></div></div>
<div class="top-bar"><div class="top-bar-title"><a href="/" accesskey="0"><img alt="{escape(site.title)}" src="/system/site_customization/images/logo_header.png" /></a></div>
<div class="top-bar-right"><ul class="menu" data-responsive-menu="medium-dropdown"><li><a href="/users/sign_in" class="button hollow">Se connecter</a></li><li><a href="/users/sign_up" class="button">S'inscrire</a></li></ul></div></div>
<div class="subnavigation"><div class="row"><nav class="small-12 column"><ul>{_menu(site, "", "")}</ul></nav></div></div>
</header>
<main id="main">
<div class="row"><div class="small-12 column"><p class="breadcrumbs">{_trail(site, page, " › ")}</p><h1>{escape(page.title)}</h1></div></div>
<div class="row"><div class="small-12 column">{page.body}</div></div>
</main>
<div class="push"></div>
</div>
<footer><div class="footer"><div class="row">
<div class="small-12 large-4 column"><h2><a href="/">{escape(site.title)}</a></h2><p class="info">Ce site de participation a été réalisé avec <a href="https://github.com/consuldemocracy/consuldemocracy" target="_blank" rel="nofollow">CONSUL DEMOCRACY</a>, logiciel libre.</p></div>
<div class="small-12 large-4 column"><ul class="no-bullet"><li><a href="/help">Aide</a></li><li><a href="/conditions">Conditions d'utilisation</a></li><li><a href="/users/sign_in">Se connecter</a></li></ul></div>
</div></div></footer>
</body></html>"""


def capcollectif(site, page):
    """A Cap Collectif platform (server-rendered React pages)."""
    return f"""<!DOCTYPE html>
<html lang="fr-FR">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(page.title)} | {escape(site.title)}</title>
<meta property="og:title" content="{escape(page.title)}">
<meta property="og:site_name" content="{escape(site.title)}">
<link rel="preconnect" href="https://assets.cap-collectif.com">
<link rel="stylesheet" href="https://assets.cap-collectif.com/builds/front-7f2c91e0.css">
<script src="https://assets.cap-collectif.com/builds/vendor-4b8e1d03.js" defer></script>
<script src="https://assets.cap-collectif.com/builds/app-2c6f9a51.js" defer></script>
</head>
<body data-instance="lavandieres-du-mont" class="theme--default">
<div id="app-wrapper">
<header id="main-navbar" class="cap-navbar"><div class="cap-navbar__inner">
<a class="cap-navbar__brand" href="/"><img src="https://assets.cap-collectif.com/media/lavandieres/logo.png" alt="{escape(site.title)}"></a>
<nav aria-label="Navigation principale"><ul class="cap-navbar__menu">{_menu(site, "cap-navbar__item", "cap-navbar__link")}</ul></nav>
<div class="cap-navbar__user"><a href="/login" class="btn btn-primary">Connexion</a></div>
</div></header>
<main id="main" class="container"><nav class="cap-breadcrumb" aria-label="Fil d'Ariane">{_trail(site, page, " / ")}</nav>
<h1 class="cap-title">{escape(page.title)}</h1>
{page.body}
</main>
<footer class="cap-footer"><div class="container"><ul class="cap-footer__links"><li><a href="/pages/mentions-legales">Mentions légales</a></li><li><a href="http://www.lavandieres-du-mont.fr/">Ville de Lavandières-du-Mont</a></li></ul>
<p class="cap-footer__powered">Propulsé par <a href="https://cap-collectif.com/" target="_blank" rel="noopener">Cap Collectif</a></p></div></footer>
</div></body></html>"""


def ensemble(site, page):
    """The city's own participation platform, built in house on Symfony ("Pontarlève Ensemble")."""
    return f"""<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(page.title)} — {escape(site.title)}</title>
<meta name="description" content="La plateforme de participation citoyenne de la Ville de Pontarlève.">
<link rel="stylesheet" href="/build/app.91e3f0ac.css">
<script src="/build/runtime.2b7d4e10.js" defer></script>
<script src="/build/app.c05a8b37.js" defer></script>
</head>
<body class="pe {'pe--home' if page.path == '/' else 'pe--page'}">
<a class="pe-skip" href="#pe-main">Aller au contenu</a>
<header class="pe-header"><div class="pe-header__inner">
<a class="pe-header__logo" href="/"><img src="/images/logo-pontarleve-ensemble.svg" alt="{escape(site.title)}"></a>
<nav class="pe-nav" aria-label="Rubriques"><ul>{_menu(site, "pe-nav__item", "pe-nav__link")}</ul></nav>
<a class="pe-header__login" href="/connexion">Mon compte</a>
</div></header>
<main id="pe-main" class="pe-main"><ol class="pe-crumbs"><li>{_trail(site, page, "</li><li>")}</li></ol>
<h1 class="pe-title">{escape(page.title)}</h1>
{page.body}
</main>
<footer class="pe-footer"><p><strong>{escape(site.title)}</strong> — une plateforme de la Ville de Pontarlève</p>
<ul><li><a href="/regles-de-moderation">Règles de modération</a></li><li><a href="http://www.pontarleve.fr/participer/charte-de-la-participation">Charte de la participation</a></li><li><a href="http://www.pontarleve.fr/mentions-legales">Mentions légales</a></li></ul>
{_social(site, "pe-social", "pe-social__item", "")}</footer>
</body></html>"""


for _name, _function in (("stratis", stratis), ("wordpress", wordpress), ("drupal", drupal), ("spip", spip),
                         ("joomla", joomla), ("typo3", typo3), ("inovagora", inovagora), ("kosmos", kosmos),
                         ("publik", publik), ("limesurvey", limesurvey), ("smf", smf), ("entraide", entraide),
                         ("decidim", decidim), ("fluicity", fluicity), ("consul", consul),
                         ("capcollectif", capcollectif), ("ensemble", ensemble)):
    _register("faubourgs_" + _name, _function)

THEME = {name: "faubourgs_" + name for name in (
    "stratis", "wordpress", "drupal", "spip", "joomla", "typo3", "inovagora", "kosmos", "publik", "limesurvey", "smf",
    "entraide", "decidim", "fluicity", "consul", "capcollectif", "ensemble")}


# ------------------------------------------------------------------------------------------------------------
# Widgets and forms


def teasers(items, cls="list-actus"):
    """A list of links with a date and a summary: [(href, title, date, summary)]."""
    rows = "".join(f'<li class="{cls}__item"><p class="{cls}__date">{escape(date)}</p><h3 class="{cls}__title">'
                   f'<a href="{escape(href)}">{escape(title)}</a></h3><p>{summary}</p></li>'
                   for href, title, date, summary in items)
    return f'<ul class="{cls}">{rows}</ul>'


def links(items, cls="liste-liens"):
    return f'<ul class="{cls}">' + "".join(f'<li><a href="{escape(h)}">{escape(t)}</a></li>' for h, t in items) + "</ul>"


def share_buttons(url, title):
    """Share links (intents), as many CMS add under an article: not the city's accounts."""
    from urllib.parse import quote
    u, t = quote(url, safe=""), quote(title, safe="")
    return (f'<div class="partage"><p class="partage__titre">Partager cette page</p><ul class="partage__liste">'
            f'<li><a class="partage__facebook" href="https://www.facebook.com/sharer/sharer.php?u={u}" target="_blank" rel="noopener">Facebook</a></li>'
            f'<li><a class="partage__x" href="https://twitter.com/intent/tweet?url={u}&amp;text={t}" target="_blank" rel="noopener">X</a></li>'
            f'<li><a class="partage__linkedin" href="https://www.linkedin.com/shareArticle?mini=true&amp;url={u}&amp;title={t}" target="_blank" rel="noopener">LinkedIn</a></li>'
            f'<li><a class="partage__mail" href="mailto:?subject={t}&amp;body={u}">Courriel</a></li></ul></div>')


def yop_poll(poll_id, question, answers, total_note=""):
    """A YOP Poll 6 widget (WordPress), as its shortcode renders it in a sidebar."""
    question_id = poll_id * 3 + 1
    items = "".join(
        f'<li class="basic-answer" style="padding:0px 0px;" data-id="{poll_id * 10 + i}" data-type="text" data-vn="0" data-color="#000000">'
        f'<div class="basic-answer-content basic-text-vertical"><label for="answer[{poll_id * 10 + i}]" class="basic-answer-label">'
        f'<input type="radio" id="answer[{poll_id * 10 + i}]" name="answer[{question_id}]" value="{poll_id * 10 + i}" autocomplete="off">'
        f'<span class="basic-text">{escape(a)}</span></label></div></li>'
        for i, a in enumerate(answers, 1))
    return f"""<div class="bootstrap-yop yop-poll-mc"><div class="basic-yop-poll-container" style="background-color:#ffffff; border:1px; border-style:solid; border-color:#e0e0e0; border-radius:4px; padding:10px 10px;" data-id="{poll_id}" data-temp="basic" data-skin="minimal" data-cscheme="blue" data-bw="1" data-ver="6.5.29">
<div class="basic-canvas"></div><div class="basic-inner"><div class="basic-message hide" style="border-left: 10px solid #008000; padding: 0px 10px;" data-error="#ff0000" data-success="#008000"><p class="basic-message-text" style="color:#000000; font-size:14px; font-weight:normal;"></p></div>
<div class="basic-overlay hide"><div class="basic-vote-options"></div><div class="basic-preloader"><div class="basic-windows8"></div></div></div>
<form class="basic-form" action=""><input type="hidden" name="_token" value="2f1b7c9d0e" autocomplete="off">
<div class="basic-elements"><div class="basic-element basic-question basic-question-text-vertical" data-id="{question_id}" data-uid="{poll_id}q" data-type="question" data-question-type="text" data-allow-multiple="no" data-min="1" data-max="1" data-display="vertical" data-colnum="" data-display-others="no" data-others-color="" data-others="">
<div role="radiogroup" aria-labelledby="pollquestion-{question_id}"><div class="basic-question-title"><h5 id="pollquestion-{question_id}" style="color:#000000; font-size:16px; font-weight:normal; text-align:left;">{escape(question)}</h5></div>
<ul class="basic-answers">{items}</ul></div></div><div class="clearfix"></div></div>
<div class="basic-vote"><button type="button" class="button basic-vote-button" style="background:#1d6fa5; border:0px; border-style: solid; border-color:#1d6fa5; border-radius:0px; padding:5px 10px; color:#ffffff; font-size:14px; font-weight:normal;">Voter</button></div>
</form></div></div>{total_note}</div>"""


def poll_module(poll_id, question, answers, results_href):
    """A poll module in a Joomla sidebar position (Community Polls style markup, form posted to the component)."""
    items = "".join(f'<li><input type="radio" name="voteid" id="voteid{poll_id}{i}" value="{poll_id * 10 + i}">'
                    f'<label for="voteid{poll_id}{i}">{escape(a)}</label></li>' for i, a in enumerate(answers, 1))
    return f"""<div class="t4-module module mod-poll" id="Mod{poll_id + 80}"><div class="module-inner"><h3 class="module-title"><span>Sondage</span></h3><div class="module-ct">
<form action="/component/communitypolls/?task=poll.vote" method="post" name="poll-form-{poll_id}" class="poll-form">
<p class="poll-question"><strong>{escape(question)}</strong></p>
<ul class="poll-answers list-unstyled">{items}</ul>
<div class="poll-buttons"><button type="submit" class="btn btn-primary btn-sm">Voter</button> <a class="btn btn-link btn-sm" href="{escape(results_href)}">Résultats</a></div>
<input type="hidden" name="option" value="com_communitypolls"><input type="hidden" name="task" value="poll.vote"><input type="hidden" name="id" value="{poll_id}"><input type="hidden" name="2d0c9f7a1e3b5d6c8f0a1b2c3d4e5f60" value="1">
</form></div></div></div>"""


def wp_comments(post_id, title, comments, closed=False):
    """WordPress core comments: list and reply form (wp-comments-post.php)."""
    rows = "".join(
        f'<li id="comment-{cid}" class="comment {"even" if i % 2 == 0 else "odd"} thread-{"even" if i % 2 == 0 else "odd"} depth-1">'
        f'<article id="div-comment-{cid}" class="comment-body" itemtype="https://schema.org/Comment" itemscope>'
        f'<footer class="comment-meta" aria-label="Métadonnées du commentaire"><div class="comment-author-info"><cite itemprop="author" class="fn">{escape(who)}</cite>'
        f'<div class="entry-meta comment-metadata"><time datetime="{escape(when)}">{escape(when)}</time></div></div></footer>'
        f'<div class="comment-content" itemprop="text"><p>{escape(text)}</p></div>'
        f'<span class="reply"><a rel="nofollow" class="comment-reply-link" href="#comment-{cid}" data-commentid="{cid}" data-postid="{post_id}" aria-label="Répondre à {escape(who)}">Répondre</a></span></article></li>'
        for i, (cid, who, when, text) in enumerate(comments))
    listing = (f'<h2 class="comments-title">{len(comments)} réflexion{"s" if len(comments) > 1 else ""} sur « {escape(title)} »</h2>'
               f'<ol class="comment-list">{rows}</ol>') if comments else ""
    if closed:
        return f'<div class="comments-area"><div id="comments">{listing}<p class="no-comments">Les commentaires sont fermés.</p></div></div>'
    return f"""<div class="comments-area"><div id="comments">{listing}
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Laisser un commentaire <small><a rel="nofollow" id="cancel-comment-reply-link" href="#respond" style="display:none;">Annuler la réponse</a></small></h3>
<form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate>
<p class="comment-notes"><span id="email-notes">Votre adresse e-mail ne sera pas publiée.</span> <span class="required-field-message">Les champs obligatoires sont indiqués avec <span class="required">*</span></span></p>
<p class="comment-form-comment"><label for="comment" class="screen-reader-text">Commentaire</label><textarea id="comment" name="comment" cols="45" rows="8" required></textarea></p>
<label for="author" class="screen-reader-text">Nom</label><input placeholder="Nom *" id="author" name="author" type="text" value="" size="30" required />
<label for="email" class="screen-reader-text">E-mail</label><input placeholder="E-mail *" id="email" name="email" type="email" value="" size="30" required />
<p class="comment-form-cookies-consent"><input id="wp-comment-cookies-consent" name="wp-comment-cookies-consent" type="checkbox" value="yes" /> <label for="wp-comment-cookies-consent">Enregistrer mon nom et mon e-mail dans ce navigateur pour mon prochain commentaire.</label></p>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Publier le commentaire" /> <input type='hidden' name='comment_post_ID' value='{post_id}' id='comment_post_ID' /><input type='hidden' name='comment_parent' id='comment_parent' value='0' /></p>
</form></div></div></div>"""


def drupal_comments(node, comments):
    """Drupal core comment field: threaded comments and the anonymous comment form."""
    rows = "".join(
        f'<article data-comment-user-id="0" id="comment-{cid}" class="comment js-comment by-anonymous" role="article">'
        f'<span class="hidden" data-comment-timestamp="1739{cid:06d}"></span><div class="comment__picture-wrapper"></div>'
        f'<div class="comment__text-wrapper"><footer class="comment__meta"><p class="comment__author"><span>{escape(who)}</span> (non vérifié)</p>'
        f'<p class="comment__time">{escape(when)}</p></footer><div class="comment__content"><h3><a href="#comment-{cid}" class="permalink" rel="bookmark" hreflang="fr">{escape(subject)}</a></h3>'
        f'<div class="clearfix text-formatted field field--name-comment-body field--type-text-long field--label-hidden field__item"><p>{escape(text)}</p></div></div></div></article>'
        for cid, who, when, subject, text in comments)
    return f"""<section data-drupal-selector="comments" class="comments">
<h2 class="comments__title">Commentaires <span class="comments__count">{len(comments)}</span></h2>
{rows}
<h2 class="comment-form__title">Ajouter un commentaire</h2>
<form class="comment-comment-form comment-form" data-drupal-selector="comment-form" action="/comment/reply/node/{node}/comment" method="post" id="comment-form" accept-charset="UTF-8">
<div class="js-form-item form-item js-form-type-textfield form-type--textfield js-form-item-name form-item--name"><label for="edit-name" class="form-item__label">Votre nom</label><input data-drupal-selector="edit-name" type="text" id="edit-name" name="name" value="" size="30" maxlength="60" class="form-text form-element form-element--type-text form-element--api-textfield" /></div>
<div class="js-form-item form-item js-form-type-textfield form-type--textfield js-form-item-subject-0-value form-item--subject-0-value"><label for="edit-subject-0-value" class="form-item__label">Sujet</label><input data-drupal-selector="edit-subject-0-value" type="text" id="edit-subject-0-value" name="subject[0][value]" value="" size="60" maxlength="64" class="form-text form-element form-element--type-text form-element--api-textfield" /></div>
<div class="js-form-item form-item js-form-type-textarea form-type--textarea js-form-item-comment-body-0-value form-item--comment-body-0-value"><label for="edit-comment-body-0-value" class="form-item__label js-form-required form-required">Commentaire</label><div class="form-textarea-wrapper"><textarea class="js-text-full text-full form-textarea required form-element form-element--type-textarea form-element--api-textarea" data-drupal-selector="edit-comment-body-0-value" id="edit-comment-body-0-value" name="comment_body[0][value]" rows="5" cols="60" required="required" aria-required="true"></textarea></div></div>
<input autocomplete="off" data-drupal-selector="form-8a3c1f0b2d" type="hidden" name="form_build_id" value="form-8a3c1f0b2dXk4mQ7rT1vY9wZ3pL6nB0cD5eF2gH" /><input data-drupal-selector="edit-comment-comment-form" type="hidden" name="form_id" value="comment_comment_form" />
<div data-drupal-selector="edit-actions" class="form-actions js-form-wrapper form-wrapper" id="edit-actions--2"><input data-drupal-selector="edit-submit" type="submit" id="edit-submit--2" name="op" value="Enregistrer" class="button button--primary js-form-submit form-submit" /><input data-drupal-selector="edit-preview" type="submit" id="edit-preview" name="op" value="Aperçu" class="button js-form-submit form-submit" /></div>
</form></section>"""


def spip_forum(id_article, messages):
    """SPIP's public forum under an article: the messages and the "Répondre à cet article" form."""
    rows = "".join(
        f'<li class="forum-fil"><div class="forum-message" id="forum{fid}"><div class="forum-chapo"><strong class="forum-titre"><a href="#forum{fid}" title="Message {fid}">{escape(subject)}</a></strong>'
        f'<small>{escape(when)}, par <span class="vcard author">{escape(who)}</span></small></div><div class="forum-texte"><p>{escape(text)}</p></div>'
        f'<p class="repondre"><a href="#formulaire_forum" rel="noindex nofollow">Répondre à ce message</a></p></div></li>'
        for fid, who, when, subject, text in messages)
    return f"""<div class="forums"><h2 class="h2">{len(messages)} Messages</h2><ul class="forum">{rows}</ul></div>
<div class="formulaire_spip formulaire_forum ajax" id="formulaire_forum"><h3>Répondre à cet article</h3>
<form action="spip.php?article{id_article}#formulaire_forum" method="post" enctype="multipart/form-data"><div>
<input name="formulaire_action" type="hidden" value="forum"><input name="formulaire_action_args" type="hidden" value="Wm9yZ2FuIGZvcnVtIHRyZXZhbGxvbg"><input name="id_article" type="hidden" value="{id_article}"><input name="id_objet" type="hidden" value="{id_article}"><input name="objet" type="hidden" value="article">
<fieldset><legend>Qui êtes-vous ?</legend><div class="editer-groupe"><div class="editer saisie_session_nom"><label for="session_nom">Votre nom</label><input type="text" class="text" name="session_nom" id="session_nom" value="" size="40" autocapitalize="off" autocorrect="off" /></div>
<div class="editer saisie_session_email"><label for="session_email">Votre adresse email</label><input type="email" class="text email" name="session_email" id="session_email" value="" size="40" autocapitalize="off" autocorrect="off" /></div></div></fieldset>
<fieldset><legend>Votre message</legend><div class="editer-groupe"><div class="editer saisie_titre obligatoire"><label for="titre_{id_article}">Titre (obligatoire)</label><input type="text" class="text" name="titre" id="titre_{id_article}" value="" size="60" /></div>
<div class="editer saisie_texte obligatoire"><label for="texte_{id_article}">Texte de votre message (obligatoire)</label><p class="explication">Pour créer des paragraphes, laissez simplement des lignes vides.</p><textarea name="texte" id="texte_{id_article}" rows="10" cols="40" class="inserer_barre_forum"></textarea></div></div></fieldset>
<p style="display: none;"><label for="nobot_forum">Veuillez laisser ce champ vide :</label><input type="text" class="text" name="nobot" id="nobot_forum" value="" size="10" /></p>
<p class="boutons"><input type="submit" class="submit" value="Prévisualiser" /></p></div></form></div>"""


def disqus(shortname, identifier, url):
    return f"""<div id="disqus_thread"></div>
<script>
var disqus_config = function () {{ this.page.url = "{url}"; this.page.identifier = "{identifier}"; this.language = "fr"; }};
(function() {{ var d = document, s = d.createElement('script'); s.src = 'https://{shortname}.disqus.com/embed.js'; s.setAttribute('data-timestamp', +new Date()); (d.head || d.body).appendChild(s); }})();
</script>
<noscript>Veuillez activer JavaScript pour afficher les <a href="https://disqus.com/?ref_noscript">commentaires propulsés par Disqus.</a></noscript>"""


def hyvor(website_id, page_id):
    return (f'<section class="ce-comments"><h2>Vos réactions</h2>'
            f'<hyvor-talk-comments website-id="{website_id}" page-id="{page_id}" page-language="fr" colors="os"></hyvor-talk-comments>'
            f'<script async src="https://talk.hyvor.com/embed/embed.js" type="module"></script></section>')


def field(kind, name, label, required=False, options=(), fid=None, cls="form-group"):
    """One labelled field of a plain HTML form."""
    fid = fid or name.replace("[", "-").replace("]", "")
    req = ' required aria-required="true"' if required else ""
    star = ' <span class="required" aria-hidden="true">*</span>' if required else ""
    if kind == "textarea":
        control = f'<textarea id="{fid}" name="{name}" rows="7"{req}></textarea>'
    elif kind == "select":
        control = f'<select id="{fid}" name="{name}"{req}><option value="">- Choisir -</option>' + "".join(
            f'<option value="{i}">{escape(o)}</option>' for i, o in enumerate(options, 1)) + "</select>"
    elif kind in ("radio", "checkbox"):
        control = "".join(f'<span class="choice"><input type="{kind}" id="{fid}-{i}" name="{name}" value="{i}"{req if kind == "radio" else ""}>'
                          f'<label for="{fid}-{i}">{escape(o)}</label></span>' for i, o in enumerate(options, 1))
        return f'<fieldset class="{cls} {cls}--{kind}"><legend>{escape(label)}{star}</legend>{control}</fieldset>'
    else:
        control = f'<input type="{kind}" id="{fid}" name="{name}"{req}>'
    return f'<div class="{cls}"><label for="{fid}">{escape(label)}{star}</label>{control}</div>'


def rgpd(text="Les données recueillies sont traitées par la Ville pour répondre à votre demande. Vous disposez d'un droit d'accès, de rectification et d'effacement."):
    return f'<p class="form-rgpd"><small>{escape(text)}</small></p>'


def iframe(src, title, height=900):
    return (f'<div class="embed embed--form"><iframe src="{escape(src)}" title="{escape(title)}" width="100%" height="{height}" '
            f'frameborder="0" marginheight="0" marginwidth="0" loading="lazy" allowfullscreen>Chargement…</iframe></div>')


def newsletter_brevo(list_id):
    """A Brevo (ex-Sendinblue) newsletter sign-up form: an e-mail field only."""
    return f"""<div class="sib-form" style="text-align: center;"><div id="sib-form-container" class="sib-form-container">
<div id="sib-container" class="sib-container--large sib-container--vertical">
<form id="sib-form" method="POST" action="https://d1a2b3c4.sibforms.com/serve/MUIFAKqG3xl6Rr0{list_id}" data-type="subscription">
<div style="padding: 8px 0;"><div class="sib-input sib-form-block"><div class="form__entry entry_block"><div class="form__label-row"><label class="entry__label" for="EMAIL" data-required="*">Votre adresse e-mail</label>
<div class="entry__field"><input class="input" type="text" id="EMAIL" name="EMAIL" autocomplete="off" placeholder="exemple@domaine.fr" data-required="true" required /></div></div></div></div></div>
<div style="padding: 8px 0;"><div class="sib-optin sib-form-block"><div class="form__entry entry_mcq"><div class="form__label-row"><div class="entry__choice"><label><input type="checkbox" class="input_replaced" value="1" id="OPT_IN" name="OPT_IN" required /><span class="checkbox checkbox_tick_positive"></span><span>J'accepte de recevoir la lettre d'information de la Ville et je peux me désinscrire à tout moment.</span></label></div></div></div></div></div>
<div style="padding: 8px 0;"><div class="sib-form-block" style="text-align: left"><button class="sib-form-block__button sib-form-block__button-with-loader" form="sib-form" type="submit">S'abonner</button></div></div>
<input type="text" name="email_address_check" value="" class="input--hidden"><input type="hidden" name="locale" value="fr">
</form></div></div></div>"""


def login_form(action, user_name, password_name, user_label="Adresse e-mail", extra="", button="Se connecter"):
    return (f'<form class="login-form" method="post" action="{escape(action)}" accept-charset="UTF-8">'
            f'<div class="form-group"><label for="login-user">{escape(user_label)}</label><input type="text" id="login-user" name="{user_name}" autocomplete="username"></div>'
            f'<div class="form-group"><label for="login-password">Mot de passe</label><input type="password" id="login-password" name="{password_name}" autocomplete="current-password"></div>'
            f'{extra}<button type="submit" class="button">{escape(button)}</button></form>')


def wcs_form(action, fields, submit="Valider", steps=()):
    """A w.c.s. form as Publik renders it (class "quixote", one div.widget per field)."""
    kinds = {"text": "StringWidget", "email": "EmailWidget", "textarea": "TextWidget", "select": "SingleSelectWidget",
             "date": "DateWidget", "tel": "StringWidget", "radio": "RadiobuttonsWidget"}
    rows = []
    for i, (kind, label, required, options) in enumerate(fields, 1):
        req = ' <span title="Ce champ est obligatoire." class="required">*</span>' if required else ""
        if kind == "textarea":
            control = f'<textarea id="form_f{i}" name="f{i}" cols="72" rows="10"></textarea>'
        elif kind == "select":
            control = f'<select id="form_f{i}" name="f{i}"><option value="">---</option>' + "".join(
                f'<option value="{escape(o)}">{escape(o)}</option>' for o in options) + "</select>"
        elif kind == "radio":
            control = "".join(f'<label><input type="radio" name="f{i}" value="{escape(o)}"> {escape(o)}</label>' for o in options)
        else:
            control = f'<input id="form_f{i}" type="{"email" if kind == "email" else "text"}" name="f{i}" value="" maxlength="255">'
        rows.append(f'<div class="{kinds[kind]} widget template-form-field{" widget-required" if required else ""}" data-field-id="{i}" data-widget-name="f{i}">'
                    f'<div class="title"><label for="form_f{i}">{escape(label)}{req}</label></div><div class="content">{control}</div></div>')
    progress = ""
    if steps:
        progress = '<div id="steps" class="wcs-step"><ol>' + "".join(
            f'<li class="{"current" if i == 0 else ""}"><span class="marker">{i + 1}</span> <span class="label">{escape(s)}</span></li>'
            for i, s in enumerate(steps)) + "</ol></div>"
    return (f'{progress}<form class="quixote" enctype="multipart/form-data" method="post" novalidate="novalidate" action="{escape(action)}" data-has-draft="yes">'
            f'<input type="hidden" name="_form_id" value="d91a6f"><div class="form-content page">{"".join(rows)}</div>'
            f'<div class="buttons form-buttons"><div class="submit-button"><button class="submit-button" name="submit" value="{escape(submit)}">{escape(submit)}</button></div>'
            f'<div class="savedraft-button"><button class="save-draft" name="savedraft" value="Enregistrer le brouillon" formnovalidate="true">Enregistrer le brouillon</button></div></div></form>')
