"""Markup of the tenth holdout part (``plateaux``): its own page layouts (registered with the framework's themes
under ``plateaux_*`` names) and the feature markup of the software its communes run, written from how that
software writes it (WordPress with GeneratePress and OceanWP, WPForms, Everest Forms, TotalPoll, wpDiscuz and
bbPress; SPIP 4 with its forums, petitions and "écrire à l'auteur" form; Joomla 4 with Convert Forms and
JComments; Drupal 10 with Webform, Poll and comments; TYPO3 12 with powermail; Decidim 0.27; LimeSurvey; Flarum;
Elgg; Publik; two vendor CMSs; the embeds of Microsoft Forms, Google Forms, Tally, Framaforms, Typeform, Hyvor
Talk and Disqus). No other part's markup is imported."""
from html import escape
from urllib.parse import quote

from .. import themes

# ---- shared pieces of the layouts ----------------------------------------------------------------------------

_NAMES = {"facebook": "Facebook", "x": "X", "instagram": "Instagram", "youtube": "YouTube", "linkedin": "LinkedIn",
          "mastodon": "Mastodon", "bluesky": "Bluesky", "tiktok": "TikTok"}


def _menu(site, li="", a=""):
    return "".join(f'<li class="{li}"><a class="{a}" href="{escape(href)}">{escape(label)}</a></li>' for label, href in site.menu)


def _trail(site, page, sep):
    parts = ['<a href="/">Accueil</a>']
    if page.parent:
        parts.append(f'<a href="{escape(page.parent[1])}">{escape(page.parent[0])}</a>')
    if page.path != "/":
        parts.append(f'<span aria-current="page">{escape(page.title)}</span>')
    return sep.join(parts)


def _follow(site, ul="reseaux", li="reseaux__item"):
    if not site.accounts:
        return ""
    rows = "".join(f'<li class="{li} {li}--{a.platform}"><a href="{escape(a.href)}" target="_blank" rel="noopener'
                   f'{" me" if a.platform == "mastodon" else ""}" aria-label="{_NAMES.get(a.platform, a.platform)} de la ville '
                   f'(nouvelle fenêtre)"><svg aria-hidden="true" class="icon icon-{a.platform}"><use href="#{a.platform}"></use></svg></a></li>'
                   for a in site.accounts)
    return f'<ul class="{ul}">{rows}</ul>'


def _legal_links():
    return '<a href="/mentions-legales">Mentions légales</a> · <a href="/accessibilite">Accessibilité : non conforme</a>'


_LEGAL = ("<h2>Éditeur du site</h2><p>Le site est édité par la commune. Directeur de la publication : le maire.</p>"
          "<h2>Hébergement</h2><p>Hébergé en France par un prestataire de la commune.</p>"
          "<h2>Vos données</h2><p>Vous pouvez exercer vos droits d'accès, de rectification et d'effacement auprès du "
          "délégué à la protection des données de la commune, par courrier adressé à l'hôtel de ville.</p>")
_A11Y = ("<p>La commune s'engage à rendre son site accessible conformément à l'article 47 de la loi du 11 février 2005.</p>"
         "<h2>État de conformité</h2><p>Le site n'a pas encore fait l'objet d'un audit : il est non conforme au RGAA 4.1.</p>"
         "<h2>Voies de recours</h2><p>Vous pouvez saisir le Défenseur des droits par courrier postal gratuit.</p>")
_CHROME = [("/mentions-legales", "Mentions légales", _LEGAL, frozenset()),
           ("/accessibilite", "Déclaration d'accessibilité", _A11Y, frozenset())]


def _register(name, render, chrome=None):
    themes.THEMES[name] = render
    themes.CHROME[name] = list(_CHROME if chrome is None else chrome)


# ---- WordPress, GeneratePress (Lannévez) --------------------------------------------------------------------

def _wp_gp(site, page):
    home = page.path == "/"
    return f"""<!DOCTYPE html>
<html lang="fr-FR">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(page.title)} - {escape(site.title)}</title>
<link rel='stylesheet' id='generate-style-css' href='/wp-content/themes/generatepress/assets/css/main.min.css?ver=3.4.0' media='all' />
<link rel='stylesheet' id='generate-child-css' href='/wp-content/themes/lannevez-gp/style.css?ver=1.3' media='all' />
<link rel='stylesheet' id='cmplz-general-css' href='/wp-content/plugins/complianz-gdpr/assets/css/cookieblocker.min.css?ver=7.0.4' media='all' />
<script src="/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<link rel="https://api.w.org/" href="/wp-json/" />
<meta name="generator" content="WordPress 6.6.2" />
</head>
<body class="{'home page-template-default' if home else 'wp-singular page-template-default'} right-sidebar nav-float-right separate-containers" itemtype="https://schema.org/WebPage" itemscope>
<a class="screen-reader-text skip-link" href="#content" title="Aller au contenu">Aller au contenu</a>
<header class="site-header has-inline-mobile-toggle" id="masthead" aria-label="Site" itemtype="https://schema.org/WPHeader" itemscope>
<div class="inside-header grid-container"><div class="site-branding"><p class="main-title" itemprop="headline"><a href="/" rel="home">{escape(site.title)}</a></p>
<p class="site-description" itemprop="description">Ville de Lannévez – Kêr Lannevez</p></div>
<nav class="main-navigation sub-menu-right" id="site-navigation" aria-label="Principal" itemtype="https://schema.org/SiteNavigationElement" itemscope>
<div class="inside-navigation grid-container"><button class="menu-toggle" aria-controls="primary-menu" aria-expanded="false"><span class="mobile-menu">Menu</span></button>
<div id="primary-menu" class="main-nav"><ul id="menu-principal" class="menu sf-menu">{_menu(site, "menu-item menu-item-type-post_type")}</ul></div></div></nav></div></header>
<div class="site grid-container container hfeed" id="page"><div class="site-content" id="content">
<div class="content-area" id="primary"><main class="site-main" id="main">
<article class="page type-page status-publish" itemtype="https://schema.org/CreativeWork" itemscope><div class="inside-article">
<nav class="gp-breadcrumbs" aria-label="Fil d'Ariane">{_trail(site, page, " › ")}</nav>
<header class="entry-header"><h1 class="entry-title" itemprop="headline">{escape(page.title)}</h1></header>
<div class="entry-content" itemprop="text">{page.body}</div></div></article></main></div>
</div></div>
<div class="site-footer"><div id="footer-widgets" class="site footer-widgets"><div class="footer-widgets-container grid-container"><div class="inside-footer-widgets">
<div class="footer-widget-1"><aside class="widget inner-padding widget_text"><h2 class="widget-title">Mairie de Lannévez</h2><div class="textwidget"><p>{escape(site.address)}</p><p>Lundi au vendredi 8h30-12h / 13h30-17h30</p></div></aside></div>
<div class="footer-widget-2"><aside class="widget inner-padding widget_block"><h2 class="widget-title">Suivez la ville</h2>{_follow(site, "wp-block-social-links", "wp-social-link")}</aside></div></div></div></div>
<footer class="site-info" aria-label="Site" itemtype="https://schema.org/WPFooter" itemscope><div class="inside-site-info grid-container"><div class="copyright-bar">© 2025 Ville de Lannévez · {_legal_links()} · Fait avec GeneratePress</div></div></footer></div>
<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner cmplz-hidden banner-1 optin cmplz-bottom-right" aria-modal="true" data-nosnippet="true" role="dialog" aria-live="polite" aria-labelledby="cmplz-header-1-optin" aria-describedby="cmplz-message-1-optin">
<div class="cmplz-header"><div class="cmplz-title" id="cmplz-header-1-optin">Gérer le consentement aux cookies</div></div>
<div class="cmplz-body"><div class="cmplz-message" id="cmplz-message-1-optin">Nous utilisons des cookies pour mesurer l'audience du site et afficher des contenus externes.</div></div>
<div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">Accepter</button><button class="cmplz-btn cmplz-deny">Refuser</button><button class="cmplz-btn cmplz-view-preferences">Préférences</button></div></div></div>
<script id="generate-menu-js" src="/wp-content/themes/generatepress/assets/js/menu.min.js?ver=3.4.0"></script>
<script id="cmplz-cookiebanner-js" src="/wp-content/plugins/complianz-gdpr/cookiebanner/js/complianz.min.js?ver=7.0.4"></script>
</body></html>"""


# ---- WordPress, OceanWP (Chalonges) --------------------------------------------------------------------------

def _wp_ocean(site, page):
    return f"""<!DOCTYPE html>
<html class="html" lang="fr-FR">
<head>
<meta charset="UTF-8">
<link rel="profile" href="https://gmpg.org/xfn/11">
<title>{escape(page.title)} | {escape(site.title)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel='stylesheet' id='oceanwp-style-css' href='/wp-content/themes/oceanwp/assets/css/style.min.css?ver=3.6.1' media='all' />
<link rel='stylesheet' id='elementor-frontend-css' href='/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.24.5' media='all' />
<script src="/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<script src="/wp-content/plugins/tarteaucitronjs/js/tarteaucitron/tarteaucitron.js?ver=1.9" id="tarteaucitron-js"></script>
<meta name="generator" content="WordPress 6.5.5" />
<meta name="generator" content="Elementor 3.24.5; features: additional_custom_breakpoints; settings: css_print_method-external" />
</head>
<body class="{'home' if page.path == '/' else 'page'} wp-embed-responsive oceanwp-theme dropdown-mobile default-breakpoint has-sidebar content-right-sidebar page-header-disabled elementor-default" itemscope="itemscope" itemtype="https://schema.org/WebPage">
<div id="outer-wrap" class="site clr"><a class="skip-link screen-reader-text" href="#main">Passer au contenu</a>
<div id="wrap" class="clr">
<div id="top-bar-wrap" class="clr"><div id="top-bar" class="clr container"><div id="top-bar-inner" class="clr"><div id="top-bar-content" class="clr has-content top-bar-left">
<span class="topbar-content">Hôtel de ville : 03 85 00 00 00 · <a href="/demarches">Démarches en ligne</a></span></div>
<div id="top-bar-social" class="clr top-bar-right">{_follow(site, "oceanwp-social-menu", "oceanwp-social")}</div></div></div></div>
<header id="site-header" class="minimal-header clr" data-height="74" itemscope="itemscope" itemtype="https://schema.org/WPHeader" role="banner">
<div id="site-header-inner" class="clr container"><div id="site-logo" class="clr" itemscope itemtype="https://schema.org/Brand"><div id="site-logo-inner" class="clr"><a href="/" class="custom-logo-link" rel="home">{escape(site.title)}</a></div></div>
<div id="site-navigation-wrap" class="clr"><nav id="site-navigation" class="navigation main-navigation clr" itemscope="itemscope" itemtype="https://schema.org/SiteNavigationElement" role="navigation">
<ul id="menu-menu-principal" class="main-menu dropdown-menu sf-menu">{_menu(site, "menu-item menu-item-type-post_type", "menu-link")}</ul>
<div id="searchform-dropdown" class="header-searchform-wrap clr"><form aria-label="Rechercher sur ce site" role="search" method="get" class="searchform" action="/"><input aria-label="Insérer une requête de recherche" type="search" id="ocean-search-form-1" class="field" autocomplete="off" placeholder="Rechercher" name="s"></form></div></nav></div></div></header>
<main id="main" class="site-main clr" role="main"><div id="content-wrap" class="container clr"><div id="primary" class="content-area clr"><div id="content" class="site-content clr">
<nav role="navigation" aria-label="Fil d'Ariane" class="site-breadcrumbs clr"><ol class="trail-items">{_trail(site, page, " / ")}</ol></nav>
<article class="single-page-article clr"><h1 class="single-post-title entry-title" itemprop="name">{escape(page.title)}</h1>
<div class="entry clr" itemprop="text">{page.body}</div></article></div></div></div></main>
<footer id="footer" class="site-footer" itemscope="itemscope" itemtype="https://schema.org/WPFooter" role="contentinfo"><div id="footer-inner" class="clr">
<div id="footer-widgets" class="oceanwp-row clr"><div class="footer-widgets-inner container"><div class="footer-box span_1_of_3 col col-1"><div class="footer-widget widget_text clr"><h4 class="widget-title">Ville de Chalonges</h4><div class="textwidget"><p>{escape(site.address)}</p></div></div></div></div></div>
<div id="footer-bottom" class="clr no-footer-nav"><div id="footer-bottom-inner" class="container clr"><div id="copyright" class="clr" role="contentinfo">© Ville de Chalonges · {_legal_links()}</div></div></div></div></footer>
</div></div>
<script>tarteaucitron.init({{"privacyUrl": "/mentions-legales", "hashtag": "#tarteaucitron", "cookieName": "tarteaucitron", "orientation": "bottom", "showAlertSmall": false, "cookieslist": true, "AcceptAllCta": true, "highPrivacy": true}});</script>
<script src="/wp-content/themes/oceanwp/assets/js/theme.min.js?ver=3.6.1" id="oceanwp-main-js"></script>
</body></html>"""


# ---- SPIP 4.2 with the spipr-dist skeletons (Castelvieil-sur-Tarn) ----------------------------------------------

def _spip(site, page):
    kind = "sommaire" if page.path == "/" else ("forum" if "page=forum" in page.path else "article")
    return f"""<!DOCTYPE html>
<html dir="ltr" lang="fr" class="ltr fr no-js">
<head>
<script type='text/javascript'>/*<![CDATA[*/(function(H){{H.className=H.className.replace(/\\bno-js\\b/,'js')}})(document.documentElement);/*]]>*/</script>
<title>{escape(page.title)} - {escape(site.title)}</title>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="alternate" type="application/rss+xml" title="Syndiquer tout le site" href="/spip.php?page=backend" />
<link rel="stylesheet" href="plugins-dist/spipr_dist/css/spip.css?1719000000" type="text/css" />
<link rel="stylesheet" href="squelettes/css/castelvieil.css?1721000000" type="text/css" />
<script type="text/javascript" src="local/cache-js/jsdyn-javascript_porte_plume_start_js-9c3a71d2.js?1721000000"></script>
<meta name="generator" content="SPIP 4.2.14 [24451]" />
</head>
<body class="page_{kind}">
<div class="page"><div class="container">
<div class="header" id="header"><div class="container"><div class="accueil"><a rel="start home" href="/" title="Accueil" class="spip_logo_site"><strong id="nom_site_spip" class="h1">{escape(site.title)}</strong></a>
<p id="slogan_site_spip">Bastide du Tarn</p></div></div></div>
<div class="navbar navbar-expand-md" id="nav"><div class="container"><ul class="menu-liste menu-items nav" data-depth="0">{_menu(site, "menu-entree item nav-item", "nav-link")}</ul>
<div class="formulaire_spip formulaire_recherche" id="formulaire_recherche"><form action="/spip.php?page=recherche" method="get"><div class="editer-groupe"><input name="page" value="recherche" type="hidden" />
<label for="recherche">Rechercher :</label><input type="search" class="search text" size="10" name="recherche" id="recherche" /><input type="submit" class="btn submit" value="&gt;&gt;" title="Rechercher" /></div></form></div></div></div>
<div class="wrapper"><main class="content" id="main">
<p class="arbo">{_trail(site, page, ' <span class="sep">&gt;</span> ')}</p>
<div class="cartouche"><h1 class="surlignable">{escape(page.title)}</h1></div>
<div class="main surlignable">{page.body}</div></main>
<aside class="aside"><div class="liste rubriques"><h2 class="h2">Dans la même rubrique</h2><ul class="liste-items">{_menu(site, "item")}</ul></div></aside></div>
<div class="footer" id="footer"><div class="container"><p class="colophon">{escape(site.address)}</p>{_follow(site, "liens-reseaux", "lien-reseau")}
<p class="generer_url">{_legal_links()} | <a href="/spip.php?page=plan" title="Plan du site">Plan du site</a> | <a href="https://www.spip.net/" title="Site réalisé avec SPIP" class="spip_out">SPIP</a></p></div></div>
</div></div></body></html>"""


_SPIP_CHROME = _CHROME + [("/spip.php?page=plan", "Plan du site",
                           "<p>Plan du site : toutes les rubriques de la mairie, la vie locale, les démarches.</p>", frozenset())]


# ---- Joomla 4 with an Astroid-based template (Anse-Belleville) ---------------------------------------------------

def _joomla(site, page):
    return f"""<!DOCTYPE html>
<html lang="fr-fr" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Joomla! - Open Source Content Management">
<title>{escape(page.title)} – {escape(site.title)}</title>
<link href="/media/templates/site/tpl_ansebelle/css/compiled-3f0c6e5d.css" rel="stylesheet">
<link href="/media/astroid/assets/vendor/fontawesome/css/all.min.css?9c1e4a" rel="stylesheet">
<script src="/media/vendor/jquery/js/jquery.min.js?3.7.1"></script>
<script src="/media/system/js/core.min.js?2cb912"></script>
<script type="application/json" class="joomla-script-options new">{{"csrf.token":"6f1e2d3c4b5a69788796a5b4c3d2e1f0","system.paths":{{"root":"","rootFull":"\\/","base":""}}}}</script>
</head>
<body class="site astroid-framework com-content view-article layout-default itemid-{len(page.path) + 140} tp-style-12 fr-FR ltr">
<div class="astroid-container"><div class="astroid-content"><div class="astroid-layout astroid-layout-wide">
<header id="astroid-header" class="astroid-header astroid-horizontal-header"><div class="container d-flex"><div class="astroid-logo"><a class="site-title" href="/">{escape(site.title)}</a><span class="site-tagline">Ville d'Anse-Belleville – Martinique</span></div>
<nav class="astroid-nav"><ul class="nav astroid-nav d-none d-lg-flex">{_menu(site, "nav-item", "as-menu-item")}</ul></nav>
<form class="mod-finder js-finder-searchform form-search" action="/component/finder/search" method="get" role="search"><label for="mod-finder-searchword" class="visually-hidden">Rechercher</label><input type="search" name="q" id="mod-finder-searchword" class="js-finder-search-query form-control" placeholder="Rechercher..."></form></div></header>
<section class="astroid-section"><div class="container"><nav class="mod-breadcrumbs__wrapper" aria-label="Fil d'Ariane"><ol class="mod-breadcrumbs breadcrumb"><li class="breadcrumb-item">{_trail(site, page, '</li><li class="breadcrumb-item">')}</li></ol></nav>
<main class="astroid-component"><div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article"><meta itemprop="inLanguage" content="fr-FR">
<div class="page-header"><h1 itemprop="headline">{escape(page.title)}</h1></div>
<div itemprop="articleBody" class="com-content-article__body">{page.body}</div></div></main></div></section>
<footer id="astroid-footer" class="astroid-footer"><div class="container"><div class="moduletable"><h3>Hôtel de ville</h3><p>{escape(site.address)}</p></div>
<div class="moduletable"><h3>Rejoignez-nous</h3>{_follow(site, "astroid-social-icons", "astroid-social-icon")}</div><p class="copyright">© 2025 Ville d'Anse-Belleville · {_legal_links()}</p></div></footer>
</div></div></div>
<div id="cookie-bar" class="gdpr-cookie-bar" role="dialog"><p>Ce site utilise des cookies techniques et de mesure d'audience.</p><button type="button" class="btn btn-success" data-cookie="accept">J'accepte</button> <button type="button" class="btn btn-light" data-cookie="refuse">Je refuse</button></div>
<script src="/media/templates/site/tpl_ansebelle/js/script.min.js?3f0c6e"></script>
</body></html>"""


# ---- Drupal 10, an Olivero sub-theme (Charbonnières-la-Fosse) -------------------------------------------------

def _drupal(site, page):
    node = sum(map(ord, page.path)) % 700 + 200
    return f"""<!DOCTYPE html>
<html lang="fr" dir="ltr" style="--color--primary-hue:202;--color--primary-saturation:79%;--color--primary-lightness:50">
<head>
<meta charset="utf-8" />
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)" />
<meta name="MobileOptimized" content="width" />
<meta name="HandheldFriendly" content="true" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<link rel="canonical" href="{site.url(page.path)}" />
<title>{escape(page.title)} | {escape(site.title)}</title>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_qW1b8vO2Yk9y3ZrK.css?delta=0&amp;language=fr&amp;theme=charbo_olivero&amp;include=eJxNjEEK" />
<script src="/core/assets/vendor/once/once.min.js?v=1.0.1"></script>
<script src="/core/misc/drupal.js?v=10.3.6"></script>
</head>
<body class="{'path-frontpage' if page.path == '/' else 'path-node page-node-type-page'}">
<a href="#main-content" class="visually-hidden focusable skip-link">Aller au contenu principal</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div id="page-wrapper" class="page-wrapper"><div id="page">
<header id="header" class="site-header" data-drupal-selector="site-header" role="banner"><div class="site-header__fixable" data-drupal-selector="site-header-fixable"><div class="site-header__initial"></div>
<div class="site-header__inner"><div class="container site-header__inner__container">
<div id="block-charbo-olivero-site-branding" class="site-branding block block-system block-system-branding-block"><div class="site-branding__inner"><div class="site-branding__text"><div class="site-branding__name"><a href="/" title="Accueil" rel="home">{escape(site.title)}</a></div></div></div></div>
<div class="header-nav-overlay" data-drupal-selector="header-nav-overlay"></div>
<div class="mobile-buttons"><button class="mobile-nav-button" aria-label="Menu principal" aria-controls="header-nav" aria-expanded="false"><span class="mobile-nav-button__label">Menu</span></button></div>
<div id="header-nav" class="header-nav" data-drupal-selector="header-nav"><nav role="navigation" aria-labelledby="block-charbo-olivero-main-menu-menu" id="block-charbo-olivero-main-menu" class="primary-nav block block-menu navigation menu--main">
<h2 class="visually-hidden block__title" id="block-charbo-olivero-main-menu-menu">Navigation principale</h2>
<ul class="menu primary-nav__menu primary-nav__menu--level-1">{_menu(site, "primary-nav__menu-item primary-nav__menu-item--level-1", "primary-nav__menu-link primary-nav__menu-link--link primary-nav__menu-link--level-1")}</ul></nav>
<div class="search-block-form block block-search-narrow" data-drupal-selector="search-block-form" id="block-charbo-olivero-search-form-narrow" role="search"><form action="/search/node" method="get" id="search-block-form" accept-charset="UTF-8" class="search-form search-block-form">
<div class="js-form-item form-item js-form-type-search form-item-keys js-form-item-keys form-no-label"><label for="edit-keys" class="visually-hidden">Rechercher</label><input title="Saisir les termes à rechercher." placeholder="Rechercher par mot-clé ou phrase." data-drupal-selector="edit-keys" type="search" id="edit-keys" name="keys" value="" size="15" maxlength="128" class="form-search form-element form-element--type-search form-element--api-search" /></div>
<div data-drupal-selector="edit-actions" class="form-actions js-form-wrapper form-wrapper" id="edit-actions"><button class="button--primary search-form__submit button js-form-submit form-submit" data-drupal-selector="edit-submit" type="submit" id="edit-submit" value="Rechercher"><span class="icon--search"></span><span class="visually-hidden">Rechercher</span></button></div></form></div>
</div></div></div></div></header>
<div id="main-wrapper" class="layout-main-wrapper layout-container"><div id="main" class="layout-main"><div class="main-content"><a id="main-content" tabindex="-1"></a>
<div class="region region--breadcrumb grid-full layout--pass--content-medium"><div id="block-charbo-olivero-breadcrumbs" class="block block-system block-system-breadcrumb-block"><nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Fil d'Ariane</h2>
<ol class="breadcrumb__list"><li class="breadcrumb__item">{_trail(site, page, '</li><li class="breadcrumb__item">')}</li></ol></nav></div></div>
<div class="region region--content-above grid-full layout--pass--content-medium"><div id="block-charbo-olivero-page-title" class="block block-core block-page-title-block"><h1 class="title page-title"><span class="field field--name-title field--type-string field--label-hidden">{escape(page.title)}</span></h1></div></div>
<div class="region region--content grid-full layout--pass--content-medium" id="content"><div id="block-charbo-olivero-content" class="block block-system block-system-main-block">
<article data-history-node-id="{node}" class="node node--type-page node--view-mode-full"><div class="node__content">
<div class="text-content clearfix field field--name-body field--type-text-with-summary field--label-hidden field__item">{page.body}</div></div></article></div></div>
</div></div></div>
<footer class="site-footer"><div class="site-footer__inner container"><div class="region region--footer-top grid-full"><div class="block block-block-content"><p><strong>Mairie de Charbonnières-la-Fosse</strong><br>{escape(site.address)}</p></div>
<div id="block-charbo-olivero-socialmedialinks" class="block-social-media-links block">{_follow(site, "social-media-links--platforms platforms inline horizontal", "platform")}</div></div>
<div class="region region--footer-bottom grid-full"><p>{_legal_links()}</p></div></div></footer>
</div></div></div>
<script type="application/json" data-drupal-selector="drupal-settings-json">{{"path":{{"baseUrl":"\\/","pathPrefix":"","currentPath":"node\\/{node}","currentPathIsAdmin":false,"isFront":{str(page.path == '/').lower()},"currentLanguage":"fr"}},"pluralDelimiter":"\\u0003","user":{{"uid":0,"permissionsHash":"5e1d2c3b"}}}}</script>
<script src="/core/themes/olivero/js/navigation-utils.js?v=10.3.6"></script>
</body></html>"""


# ---- TYPO3 12 with the bootstrap_package (Saint-Gildas-des-Prés) ----------------------------------------------

def _typo3(site, page):
    uid = sum(map(ord, page.path)) % 300 + 12
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
<meta name="viewport" content="width=device-width, initial-scale=1, minimum-scale=1">
<meta name="twitter:card" content="summary">
<link rel="stylesheet" href="/typo3temp/assets/bootstrappackage/css/theme-1c9a0e7b2f.css?1730000000" media="all">
<link rel="stylesheet" href="/_assets/7c1e2d3f4a5b6c7d8e9f0a1b2c3d4e5f/Css/stgildas.css?1730000000" media="all">
<script src="/_assets/9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d/JavaScript/Dist/bootstrap.popover.min.js?1730000000"></script>
</head>
<body id="p{uid}" class="page-{uid} pagelevel-{1 if page.path != '/' else 0} language-0 backendlayout-{'default' if page.path != '/' else 'special_start'} layout-default">
<div id="top"></div><div class="body-bg body-bg-top">
<a class="visually-hidden-focusable page-skip-link" href="#page-content"><span>Aller au contenu</span></a>
<header id="page-header" class="bp-page-header navbar navbar-mainnavigation navbar-default navbar-has-image navbar-top navbar-fixed-top"><div class="container container-mainnavigation">
<a class="navbar-brand navbar-brand-image" href="/"><span class="navbar-brand-text">{escape(site.title)}</span></a>
<button class="navbar-toggler collapsed" type="button" data-bs-toggle="collapse" data-bs-target="#mainnavigation" aria-controls="mainnavigation" aria-expanded="false" aria-label="Basculer la navigation"><span class="navbar-toggler-icon"></span></button>
<nav aria-label="Navigation principale" id="mainnavigation" class="collapse navbar-collapse"><ul class="navbar-nav">{_menu(site, "nav-item", "nav-link nav-link-main")}</ul></nav></div></header>
<nav class="breadcrumb-section" aria-label="Fil d'Ariane"><div class="container"><p class="visually-hidden" id="breadcrumb">Vous êtes ici :</p><ol class="breadcrumb"><li class="breadcrumb-item">{_trail(site, page, '</li><li class="breadcrumb-item">')}</li></ol></div></nav>
<div id="page-content" class="bp-page-content main-section"><main>
<div class="section section-default"><div id="c{uid * 3}" class="frame frame-default frame-type-text frame-layout-default frame-size-default frame-height-default frame-background-none frame-space-before-none frame-space-after-none frame-no-backgroundimage">
<div class="frame-group-container"><div class="frame-group-inner"><div class="frame-container frame-container-default"><div class="frame-inner">
<div class="frame-header"><h1 class="element-header"><span>{escape(page.title)}</span></h1></div>
{page.body}</div></div></div></div></div></div></main></div>
<footer id="page-footer" class="bp-page-footer"><section class="section footer-section footer-section-content"><div class="container"><div class="section-row"><div class="section-column footer-section-content-column footer-section-content-column-left">
<p><strong>Mairie de Saint-Gildas-des-Prés</strong><br>{escape(site.address)}</p></div><div class="section-column footer-section-content-column footer-section-content-column-right">{_follow(site, "socialmedia-list", "socialmedia-item")}</div></div></div></section>
<section class="section footer-section footer-section-meta"><div class="frame frame-default frame-background-none frame-space-before-none frame-space-after-none"><div class="frame-container"><div class="frame-inner"><div class="footer-info-section"><p>{_legal_links()}</p></div></div></div></div></section></footer>
</div>
<script src="/typo3conf/ext/bootstrap_package/Resources/Public/JavaScript/Dist/scripts.js?1730000000"></script>
</body></html>"""


# ---- a vendor CMS of a large town, with tarteaucitron (Brisseval) ---------------------------------------------

def _vendor_ermes(site, page):
    return f"""<!DOCTYPE html>
<html lang="fr" class="no-js">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(page.title)} - {escape(site.title)}</title>
<meta name="description" content="Site officiel de la Ville de Brisseval : démarches, actualités, agenda, vie des quartiers.">
<meta property="og:title" content="{escape(page.title)}">
<link rel="stylesheet" href="/medias/skins/brisseval/css/site.min.css?v=8.4.2">
<link rel="stylesheet" href="/medias/skins/brisseval/css/print.min.css?v=8.4.2" media="print">
<script src="/js/tarteaucitron/tarteaucitron.js"></script>
<script src="/medias/skins/brisseval/js/site.min.js?v=8.4.2" defer></script>
</head>
<body class="ermes-site {'tpl-accueil' if page.path == '/' else 'tpl-page'}">
<div id="skiplinks"><a href="#contenu">Aller au contenu</a> <a href="#menu">Aller au menu</a> <a href="#recherche">Aller à la recherche</a></div>
<header id="entete" class="entete"><div class="entete__haut"><a class="entete__logo" href="/" title="{escape(site.title)} - Accueil"><img src="/medias/skins/brisseval/img/logo-brisseval.svg" alt="Ville de Brisseval"></a>
<ul class="entete__outils"><li><a href="http://demarches.brisseval.fr/">Mes démarches</a></li><li><a href="http://participer.brisseval.fr/">Je participe</a></li></ul>
<form id="recherche" class="entete__recherche" action="/recherche" method="get" role="search"><label for="motcle" class="invisible">Rechercher</label><input type="text" id="motcle" name="motcle" placeholder="Que recherchez-vous ?"><input type="submit" value="OK"></form></div>
<nav id="menu" class="menu-principal" aria-label="Menu principal"><ul class="menu-principal__liste">{_menu(site, "menu-principal__item", "menu-principal__lien")}</ul></nav></header>
<div id="contenu" class="contenu" role="main"><div class="fil-ariane" aria-label="Vous êtes ici">{_trail(site, page, ' <span class="fil-ariane__sep">›</span> ')}</div>
<div class="contenu__titre"><h1>{escape(page.title)}</h1></div>
<div class="contenu__corps ermes-contenu">{page.body}</div></div>
<footer id="pied" class="pied"><div class="pied__coordonnees"><p class="pied__titre">Hôtel de ville de Brisseval</p><p>{escape(site.address)}</p><p>Du lundi au vendredi de 8h30 à 17h30, le samedi de 9h à 12h (état civil)</p></div>
<div class="pied__reseaux"><p class="pied__titre">La ville sur les réseaux</p>{_follow(site, "pied__reseaux-liste", "pied__reseau")}</div>
<div class="pied__bas"><p>{_legal_links()} · <a href="/plan-du-site">Plan du site</a> · Réalisation : Eolas / Ermes</p></div></footer>
<script>tarteaucitron.init({{"privacyUrl": "/mentions-legales", "orientation": "bottom", "showIcon": true, "iconPosition": "BottomLeft", "DenyAllCta": true, "AcceptAllCta": true, "highPrivacy": true, "mandatory": true}}); tarteaucitron.user.gtagUa = 'G-BRS0000000'; (tarteaucitron.job = tarteaucitron.job || []).push('youtube');</script>
</body></html>"""


_ERMES_CHROME = _CHROME + [("/plan-du-site", "Plan du site", "<p>Plan du site : Mairie, Démarches, Vivre à Brisseval, Sortir, "
                            "Participer.</p><ul><li>Mairie et élus</li><li>Démarches</li><li>Quartiers</li></ul>", frozenset())]


# ---- a small communes' site platform (Lusignac-la-Côte) ---------------------------------------------------------

def _vendor_petite(site, page):
    return f"""<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(site.title)} - {escape(page.title)}</title>
<link rel="stylesheet" href="/assets/communes/theme-vert/app.css?v=3.12">
<script src="/assets/communes/app.js?v=3.12" defer></script>
</head>
<body class="commune-site theme-vert">
<div class="bandeau"><a class="bandeau__nom" href="/">{escape(site.title)}</a><span class="bandeau__dep">Meuse (55)</span></div>
<nav class="menu"><ul>{_menu(site, "menu__item")}</ul></nav>
<div class="fil">{_trail(site, page, " &gt; ")}</div>
<main class="principal"><h1>{escape(page.title)}</h1>{page.body}</main>
<footer class="pied"><p>{escape(site.address)}</p>{_follow(site)}<p>{_legal_links()} · Site créé avec la plateforme des petites communes de l'association des maires de la Meuse</p></footer>
</body></html>"""


# ---- Decidim 0.27 (Brisseval) ---------------------------------------------------------------------------------

def _decidim27(site, page):
    return f"""<!DOCTYPE html>
<html lang="fr" class="no-js">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{escape(page.title)} - {escape(site.title)}</title>
<meta name="csrf-param" content="authenticity_token" />
<meta name="csrf-token" content="pQx7Yb2vV0aT4dK1mN8sR3eW6jH9gL5cF0uZqIoE" />
<meta property="og:site_name" content="{escape(site.title)}">
<meta property="og:title" content="{escape(page.title)}">
<link rel="stylesheet" media="all" href="/packs/css/decidim_core-4a7e2c19.css" />
<link rel="stylesheet" media="all" href="/packs/css/decidim_overrides-18c2f0ab.css" />
<script src="/packs/js/runtime-0f7c2a91d4.js"></script>
<script src="/packs/js/decidim_core-93e1b5c7f0.js"></script>
</head>
<body class="{'home' if page.path == '/' else 'participatory-space'}" data-decidim-version="0.27.6">
<div class="off-canvas-wrapper"><div class="off-canvas-wrapper-inner" data-off-canvas-wrapper><div class="off-canvas-content" data-off-canvas-content>
<div class="footer-separator"><div class="row column"><div class="title-bar"><div class="row column topbar">
<div class="logo-wrapper"><a href="/">{escape(site.title)}</a></div>
<div class="topbar__search"><form action="/search" accept-charset="UTF-8" method="get"><label for="term" class="show-for-sr">Recherche</label><input type="text" name="term" id="term" placeholder="Rechercher" /></form></div>
<div class="topbar__user show-for-medium"><div class="topbar__user__logged"><a href="/users/sign_up">S'inscrire</a> <a class="sign-in-link" href="/users/sign_in">S'identifier</a></div></div></div></div>
<div class="navbar"><div class="row column"><div class="main-nav"><ul class="main-nav__list">{_menu(site, "main-nav__link")}</ul></div></div></div>
<main class="wrapper"><div class="row column"><nav class="breadcrumbs" aria-label="Fil d'Ariane">{_trail(site, page, ' <span class="separator">/</span> ')}</nav>
<h1 class="heading2">{escape(page.title)}</h1>{page.body}</div></main></div></div>
<footer><div class="main__footer"><div class="row"><div class="medium-4 large-6 column"><ul class="footer-nav"><li><a href="/pages/terms-and-conditions">Conditions d'utilisation</a></li><li><a href="/pages">Aide</a></li><li><a href="http://www.brisseval.fr/">Site de la Ville</a></li></ul></div>
<div class="medium-4 large-3 column"><ul class="social-media">{''.join(f'<li><a href="{escape(a.href)}" target="_blank" rel="noopener">{_NAMES.get(a.platform, a.platform)}</a></li>' for a in site.accounts)}</ul></div></div></div>
<div class="mini-footer"><div class="row"><div class="column"><div class="decidim-logo"><a target="_blank" rel="noopener" href="https://decidim.org/"><img alt="Logo Decidim" src="/packs/media/images/decidim-logo-7c2a.svg" /></a></div>
<div class="mf-text"><a rel="license noopener" href="http://creativecommons.org/licenses/by-sa/4.0/" target="_blank">Licence Creative Commons</a> · Site réalisé avec un <a target="_blank" rel="noopener" href="https://github.com/decidim/decidim">logiciel libre</a>.</div></div></div></div></footer>
</div></div></div>
</body></html>"""


def _login_form(action, email, password, button="S'identifier"):
    return (f'<form class="register-form new_user" id="session_new_user" action="{action}" accept-charset="UTF-8" method="post">'
            f'<input type="hidden" name="authenticity_token" value="u2XwK9mPq" autocomplete="off" />'
            f'<div class="field"><label for="session_user_email">Votre e-mail</label><input autocomplete="email" type="email" name="{email}" id="session_user_email" /></div>'
            f'<div class="field"><label for="session_user_password">Mot de passe</label><input autocomplete="current-password" type="password" name="{password}" id="session_user_password" /></div>'
            f'<div class="actions"><button type="submit" class="button expanded">{button}</button></div></form>')


_DECIDIM_CHROME = [
    ("/users/sign_in", "S'identifier", "<p>Connectez-vous pour participer.</p>" + _login_form("/users/sign_in", "user[email]", "user[password]"),
     frozenset({"contact_form"})),
    ("/users/sign_up", "S'inscrire", '<p>Créez votre compte pour déposer une proposition ou voter.</p><form id="register-form" class="register-form new_user" action="/users" method="post">'
     '<div class="field"><label for="registration_user_name">Votre nom</label><input type="text" name="user[name]" id="registration_user_name" /></div>'
     '<div class="field"><label for="registration_user_nickname">Pseudonyme</label><input type="text" name="user[nickname]" id="registration_user_nickname" /></div>'
     '<div class="field"><label for="registration_user_email">Votre e-mail</label><input type="email" name="user[email]" id="registration_user_email" /></div>'
     '<div class="field"><label for="registration_user_password">Mot de passe</label><input type="password" name="user[password]" id="registration_user_password" /></div>'
     '<label><input type="checkbox" name="user[tos_agreement]" value="1" /> J\'accepte les conditions d\'utilisation</label><button type="submit" class="button">S\'inscrire</button></form>',
     frozenset({"contact_form"})),
    ("/pages/terms-and-conditions", "Conditions d'utilisation", _LEGAL, frozenset()),
]


# ---- LimeSurvey 6, "fruity" theme (Castelvieil-sur-Tarn's survey server) ---------------------------------------

def _limesurvey(site, page):
    return f"""<!DOCTYPE html>
<html lang="fr" dir="ltr" class="fr dir-ltr no-js">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta name="generator" content="LimeSurvey http://www.limesurvey.org" />
<title>{escape(page.title)} - {escape(site.title)}</title>
<link rel="stylesheet" type="text/css" href="/tmp/assets/7f8e9d0c/survey.css" />
<link rel="stylesheet" type="text/css" href="/themes/survey/fruity/css/variations/sea_green.css" />
<script type="text/javascript" src="/tmp/assets/2a3b4c5d/jquery-3.5.1.min.js"></script>
<script type="text/javascript" src="/assets/scripts/survey_runtime.js"></script>
</head>
<body class=" fruity font-noto lang-fr brand-header" id="survey-{escape(page.path.strip('/').split('?')[0] or 'index')}">
<article><div id="beginScripts"></div>
<div class="navbar navbar-default ls-fixed-top"><div class="container-fluid"><div class="navbar-header"><a class="navbar-brand logo-container" href="/">{escape(site.title)}</a></div>
<ul class="nav navbar-nav navbar-right"><li><a href="http://www.castelvieil-sur-tarn.fr/">Retour au site de la mairie</a></li></ul></div></div>
<div id="outerframeContainer" class="outerframe container"><div id="main-col" class="col-centered space-col">{page.body}</div></div>
<div class="ls-footer"><p>Enquêtes de la commune de Castelvieil-sur-Tarn · <a href="/mentions-legales">Mentions légales</a> · Propulsé par <a href="https://www.limesurvey.org" target="_blank" rel="noopener">LimeSurvey</a></p></div>
</article></body></html>"""


# ---- Flarum 1.8 (Saint-Gildas-des-Prés's board) ----------------------------------------------------------------

def _flarum(site, page):
    return f"""<!doctype html>
<html dir="ltr" lang="fr">
<head>
<meta charset="utf-8">
<title>{escape(page.title)} - {escape(site.title)}</title>
<link rel="stylesheet" href="/assets/forum.css?v=2c8f1e0d">
<link rel="canonical" href="{site.url(page.path)}">
<link rel="preload" href="/assets/forum.js?v=5e9a1b3c" as="script">
<link rel="preload" href="/assets/forum-fr.js?v=7d2c4b6a" as="script">
<meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1, minimum-scale=1">
<meta name="description" content="Le forum des Gildasiens : entraide, vie des hameaux, petites annonces de services.">
<meta name="theme-color" content="#2E7D5B">
</head>
<body>
<div id="app" class="App"><div id="app-navigation" class="App-navigation"></div>
<div id="drawer" class="App-drawer"><header id="header" class="App-header"><div id="header-navigation" class="Header-navigation"></div>
<div class="container"><div class="Header-title"><a href="/" id="home-link">{escape(site.title)}</a></div><div id="header-primary" class="Header-primary"></div><div id="header-secondary" class="Header-secondary"></div></div></header></div>
<main class="App-content"><div id="content"></div>
<div id="flarum-loading" style="display: none">Chargement…</div>
<noscript><div class="Alert"><div class="container">Ce forum s'affiche mieux avec JavaScript activé dans un navigateur récent.</div></div>
<div id="flarum-content" class="container"><nav><ul>{_menu(site)}</ul></nav><h1>{escape(page.title)}</h1>{page.body}</div></noscript>
<div class="App-composer"><div class="container"><div id="composer"></div></div></div></main></div>
<div id="modal"></div><div id="alerts"></div>
<script src="/assets/forum.js?v=5e9a1b3c"></script>
<script src="/assets/forum-fr.js?v=7d2c4b6a"></script>
<script id="flarum-json-payload" type="application/json">{{"resources":[],"session":{{"userId":0}},"locales":{{"fr":"Français"}},"locale":"fr"}}</script>
<script>document.getElementById('flarum-loading').style.display = 'block'; var flarum = {{extensions: {{}}}}; flarum.core.app.load(JSON.parse(document.getElementById('flarum-json-payload').textContent)); flarum.core.app.bootExtensions(flarum.extensions); flarum.core.app.boot();</script>
</body></html>"""


_FLARUM_CHROME = [
    ("/p/1-charte", "Charte du forum", "<p>Charte : restez courtois, pas de publicité, pas d'attaques personnelles. "
     "Les modérateurs sont des bénévoles de l'association Saint-Gildas Entraide.</p>", frozenset({"forum"})),
]


# ---- Elgg 5 (Saint-Gildas-des-Prés's network of neighbours) ----------------------------------------------------

def _elgg(site, page):
    return f"""<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="UTF-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>{escape(page.title)} : {escape(site.title)}</title>
<link rel="stylesheet" href="/cache/1729000000/default/elgg.css" />
<link rel="stylesheet" href="/cache/1729000000/default/voisins/theme.css" />
<script src="/cache/1729000000/default/elgg.js"></script>
<script src="/cache/1729000000/default/require.js"></script>
</head>
<body class="elgg-page elgg-page-default">
<div class="elgg-page-section elgg-page-topbar"><div class="elgg-inner"><div class="elgg-nav-logo"><h1 class="elgg-heading-site"><a href="/">{escape(site.title)}</a></h1></div>
<nav class="elgg-nav-collapse"><ul class="elgg-menu elgg-menu-site elgg-menu-site-default">{_menu(site, "elgg-menu-item")}</ul>
<ul class="elgg-menu elgg-menu-topbar"><li class="elgg-menu-item-login"><a href="/login">Se connecter</a></li><li class="elgg-menu-item-register"><a href="/register">Rejoindre</a></li></ul></nav></div></div>
<div class="elgg-page-section elgg-page-body"><div class="elgg-inner"><div class="elgg-layout elgg-layout-one-sidebar">
<div class="elgg-layout-header"><nav class="elgg-breadcrumbs" aria-label="Fil d'Ariane">{_trail(site, page, " » ")}</nav><h2 class="elgg-heading-main">{escape(page.title)}</h2></div>
<div class="elgg-layout-body"><div class="elgg-main elgg-body elgg-layout-content">{page.body}</div></div></div></div></div>
<div class="elgg-page-section elgg-page-footer"><div class="elgg-inner"><ul class="elgg-menu elgg-menu-footer"><li><a href="/cgu">Conditions d'utilisation</a></li><li><a href="http://www.saint-gildas-des-pres.fr/">Mairie de Saint-Gildas-des-Prés</a></li></ul>
<p class="elgg-powered">Réseau propulsé par <a href="https://elgg.org/" title="Elgg">Elgg</a>, hébergé par la commune.</p></div></div>
</body></html>"""


_ELGG_LOGIN = ('<form method="post" action="/action/login" class="elgg-form elgg-form-login"><fieldset><div class="elgg-field">'
               '<label for="elgg-field-u">Nom d\'utilisateur ou e-mail</label><input type="text" name="username" id="elgg-field-u" class="elgg-input-text"></div>'
               '<div class="elgg-field"><label for="elgg-field-p">Mot de passe</label><input type="password" name="password" id="elgg-field-p" class="elgg-input-password"></div>'
               '<div class="elgg-foot"><button type="submit" class="elgg-button elgg-button-submit">Se connecter</button></div></fieldset></form>')
_ELGG_REGISTER = ('<p>L\'inscription est réservée aux habitants de Saint-Gildas-des-Prés : votre adresse est vérifiée par la mairie.</p>'
                  '<form method="post" action="/action/register" class="elgg-form elgg-form-account"><fieldset>'
                  '<div class="elgg-field"><label for="r-name">Nom affiché</label><input type="text" name="name" id="r-name"></div>'
                  '<div class="elgg-field"><label for="r-email">E-mail</label><input type="email" name="email" id="r-email"></div>'
                  '<div class="elgg-field"><label for="r-quartier">Votre hameau ou quartier</label><select name="quartier" id="r-quartier"><option>Le Bourg</option><option>La Noë</option><option>Les Landelles</option></select></div>'
                  '<div class="elgg-field"><label for="r-pw">Mot de passe</label><input type="password" name="password" id="r-pw"></div>'
                  '<div class="elgg-foot"><button type="submit" class="elgg-button elgg-button-submit">Créer mon compte</button></div></fieldset></form>')


# ---- Consultvox (Chalonges's concertation on the vendor's domain) ---------------------------------------------

def _consultvox(site, page):
    return f"""<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(page.title)} · {escape(site.title)}</title>
<meta property="og:site_name" content="{escape(site.title)}">
<link rel="stylesheet" href="/static/cvx/css/front.b81c3e.css">
<script src="/static/cvx/js/front.b81c3e.js" defer></script>
</head>
<body class="cvx-public">
<header class="cvx-header"><a class="cvx-header__brand" href="/">{escape(site.title)}</a><nav class="cvx-nav"><ul>{_menu(site, "cvx-nav__item")}</ul></nav><a class="cvx-header__login" href="/connexion">Se connecter</a></header>
<main class="cvx-main"><p class="cvx-crumbs">{_trail(site, page, " / ")}</p><h1 class="cvx-title">{escape(page.title)}</h1>{page.body}</main>
<footer class="cvx-footer"><p>Concertation organisée par la Ville de Chalonges · <a href="/mentions-legales">Mentions légales</a></p><p class="cvx-powered">Plateforme Consultvox</p></footer>
</body></html>"""


_CVX_CHROME = [("/mentions-legales", "Mentions légales", _LEGAL, frozenset()),
               ("/connexion", "Se connecter", _login_form("/connexion", "email", "password", "Connexion"), frozenset({"contact_form"}))]


# ---- the shell of Chalonges's own participation site (its pages are drawn by a script) --------------------------

def _spa(site, page):
    return f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(page.title)} - {escape(site.title)}</title><link rel="stylesheet" href="/static/agir.css"></head>
<body><header><a href="/">{escape(site.title)}</a></header><main><h1>{escape(page.title)}</h1>{page.body}</main>
<footer><p>Ville de Chalonges — <a href="/mentions-legales">Mentions légales</a></p></footer></body></html>"""


for _name, _render, _chrome in (
        ("plateaux_wp_gp", _wp_gp, None), ("plateaux_wp_ocean", _wp_ocean, None), ("plateaux_spip", _spip, _SPIP_CHROME),
        ("plateaux_joomla", _joomla, None), ("plateaux_drupal", _drupal, None), ("plateaux_typo3", _typo3, None),
        ("plateaux_ermes", _vendor_ermes, _ERMES_CHROME), ("plateaux_petite", _vendor_petite, None),
        ("plateaux_decidim", _decidim27, _DECIDIM_CHROME), ("plateaux_limesurvey", _limesurvey, _CHROME[:1]),
        ("plateaux_flarum", _flarum, _FLARUM_CHROME), ("plateaux_consultvox", _consultvox, _CVX_CHROME),
        ("plateaux_spa", _spa, _CHROME[:1]),
        ("plateaux_elgg", _elgg, [("/login", "Se connecter", _ELGG_LOGIN, frozenset({"contact_form"})),
                                  ("/register", "Rejoindre le réseau", _ELGG_REGISTER, frozenset({"contact_form"})),
                                  ("/cgu", "Conditions d'utilisation", _LEGAL, frozenset())])):
    _register(_name, _render, _chrome)


# ---- page furniture ---------------------------------------------------------------------------------------------

def prose(*paragraphs):
    return "".join(f"<p>{p}</p>" for p in paragraphs)


def news(items, heading="Actualités"):
    """A list of news teasers: (href, title, date, summary)."""
    rows = "".join(f'<li class="actu"><p class="actu__date">{escape(d)}</p><h3 class="actu__titre"><a href="{href}">{escape(t)}</a></h3>'
                   f'<p class="actu__chapo">{escape(s)}</p></li>' for href, t, d, s in items)
    return f'<section class="actualites"><h2>{heading}</h2><ul class="actualites__liste">{rows}</ul></section>'


def agenda(items):
    rows = "".join(f'<li><span class="agenda__date">{escape(d)}</span> <a href="{href}">{escape(t)}</a></li>' for href, t, d in items)
    return f'<section class="agenda"><h2>Agenda</h2><ul class="agenda__liste">{rows}</ul></section>'


def quick(links, heading="Accès rapides"):
    rows = "".join(f'<li class="acces__item"><a href="{href}">{escape(label)}</a></li>' for href, label in links)
    return f'<nav class="acces-rapides" aria-label="{heading}"><h2>{heading}</h2><ul class="acces__liste">{rows}</ul></nav>'


def with_aside(main, aside, cls="sidebar"):
    return f'<div class="contenu-colonnes"><div class="colonne-principale">{main}</div><aside class="{cls}" role="complementary">{aside}</aside></div>'


def share(url, title):
    u, t = quote(url, safe=""), quote(title, safe="")
    return (f'<div class="partage"><span>Partager :</span> <a class="partage__fb" href="https://www.facebook.com/sharer/sharer.php?u={u}" target="_blank" rel="noopener">Facebook</a> '
            f'<a class="partage__x" href="https://x.com/intent/post?url={u}&amp;text={t}" target="_blank" rel="noopener">X</a> '
            f'<a class="partage__li" href="https://www.linkedin.com/sharing/share-offsite/?url={u}" target="_blank" rel="noopener">LinkedIn</a> '
            f'<a class="partage__mail" href="mailto:?subject={t}&amp;body={u}">Envoyer par courriel</a></div>')


def newsletter_box(action, plugin="mailpoet"):
    return (f'<div class="lettre-info lettre-info--{plugin}"><h2>La lettre de la ville</h2><form method="post" action="{action}" class="lettre-info__form">'
            '<label for="nl-mail">Votre adresse e-mail</label><input type="email" id="nl-mail" name="email" required>'
            '<label><input type="checkbox" name="consentement" required> J\'accepte de recevoir la lettre d\'information</label>'
            '<button type="submit">S\'abonner</button></form></div>')


def mailto_block(address, phone):
    return (f'<div class="coordonnees"><p>Téléphone : <a href="tel:{phone.replace(" ", "")}">{phone}</a></p>'
            f'<p>Courriel : <a href="mailto:{address}">{address}</a></p></div>')


# ---- contact and other forms -------------------------------------------------------------------------------------

def wpforms(form_id, fields, submit="Envoyer", action=""):
    """WPForms: ``fields`` are (kind, label) with kind text, email, textarea, select:<a|b>, checkbox:<label>."""
    out = []
    for n, (kind, label) in enumerate(fields, 1):
        ident = f"wpforms-{form_id}-field_{n}"
        name = f"wpforms[fields][{n}]"
        if kind == "textarea":
            control = f'<textarea id="{ident}" class="wpforms-field-medium wpforms-field-required" name="{name}" required></textarea>'
        elif kind.startswith("select:"):
            opts = "".join(f"<option>{escape(o)}</option>" for o in kind[7:].split("|"))
            control = f'<select id="{ident}" class="wpforms-field-medium" name="{name}">{opts}</select>'
        elif kind.startswith("checkbox:"):
            control = f'<ul id="{ident}"><li class="choice-1"><input type="checkbox" id="{ident}_1" name="{name}[]" value="1" required><label class="wpforms-field-label-inline" for="{ident}_1">{escape(kind[9:])}</label></li></ul>'
        else:
            control = f'<input type="{kind}" id="{ident}" class="wpforms-field-medium wpforms-field-required" name="{name}" required>'
        out.append(f'<div id="{ident}-container" class="wpforms-field wpforms-field-{kind.split(":")[0]}" data-field-id="{n}">'
                   f'<label class="wpforms-field-label" for="{ident}">{escape(label)} <span class="wpforms-required-label">*</span></label>{control}</div>')
    return (f'<div class="wpforms-container wpforms-container-full" id="wpforms-{form_id}"><form id="wpforms-form-{form_id}" class="wpforms-validate wpforms-form wpforms-ajax-form" '
            f'data-formid="{form_id}" method="post" enctype="multipart/form-data" action="{action}" data-token="d4c1e7b2a9f03e56">'
            f'<div class="wpforms-field-container">{"".join(out)}</div>'
            f'<div class="wpforms-submit-container"><input type="hidden" name="wpforms[id]" value="{form_id}"><button type="submit" name="wpforms[submit]" id="wpforms-submit-{form_id}" class="wpforms-submit" data-alt-text="Envoi en cours…" value="wpforms-submit">{escape(submit)}</button></div></form></div>')


def everest_contact(form_id, action):
    return f"""<div class="evf-container default" id="evf-{form_id}"><form id="evf-form-{form_id}" class="everest-form" data-formid="{form_id}" method="post" enctype="multipart/form-data" action="{action}">
<div class="evf-field-container"><input type="hidden" id="_wpnonce{form_id}" name="_wpnonce{form_id}" value="a1b2c3d4e5" />
<div class="evf-frontend-row" data-row="row_1"><div class="evf-frontend-grid evf-grid-2" data-grid="grid_1">
<div id="evf-{form_id}-field_nom-container" class="evf-field evf-field-first-name form-row validate-required" data-field-id="nom"><label class="evf-field-label" for="evf-{form_id}-field_nom">Prénom et nom <abbr class="required" title="Requis">*</abbr></label><input type="text" id="evf-{form_id}-field_nom" class="input-text" name="everest_forms[form_fields][nom]" required></div>
<div id="evf-{form_id}-field_mail-container" class="evf-field evf-field-email form-row validate-required validate-email" data-field-id="mail"><label class="evf-field-label" for="evf-{form_id}-field_mail">Adresse e-mail <abbr class="required" title="Requis">*</abbr></label><input type="email" id="evf-{form_id}-field_mail" class="input-text" name="everest_forms[form_fields][mail]" required></div>
<div id="evf-{form_id}-field_service-container" class="evf-field evf-field-select form-row" data-field-id="service"><label class="evf-field-label" for="evf-{form_id}-field_service">Service concerné</label><select id="evf-{form_id}-field_service" name="everest_forms[form_fields][service]"><option>Accueil - état civil</option><option>Services techniques</option><option>Éducation - enfance</option><option>Culture et sports</option><option>Cabinet du maire</option></select></div>
<div id="evf-{form_id}-field_msg-container" class="evf-field evf-field-textarea form-row validate-required" data-field-id="msg"><label class="evf-field-label" for="evf-{form_id}-field_msg">Votre message <abbr class="required" title="Requis">*</abbr></label><textarea id="evf-{form_id}-field_msg" class="input-text" name="everest_forms[form_fields][msg]" rows="6" required></textarea></div>
</div></div></div>
<div class="evf-submit-container"><input type="hidden" name="everest_forms[id]" value="{form_id}"><button type="submit" name="everest_forms[submit]" class="everest-forms-submit-button button evf-submit" id="evf-submit-{form_id}" value="evf-submit">Envoyer</button></div></form></div>"""


def spip_ecrire_auteur(id_article, path):
    return f"""<div class="formulaire_spip formulaire_ecrire_auteur ajax" id="formulaire_ecrire_auteur_article{id_article}">
<br class="bugajaxie" /><form method="post" action="{path}#formulaire_ecrire_auteur_article{id_article}" enctype="multipart/form-data"><div>
<input name="formulaire_action" type="hidden" value="ecrire_auteur" /><input name="formulaire_action_args" type="hidden" value="J8nB3tQv5xL2" /><input name="id_article" type="hidden" value="{id_article}" />
<fieldset><legend>Envoyer un message au secrétariat de mairie</legend><div class="editer-groupe">
<div class="editer saisie_email_message obligatoire"><label for="email_message_article{id_article}">Votre adresse email</label><input required="required" type="email" class="text email" name="email_message" id="email_message_article{id_article}" value="" size="30" /></div>
<div class="editer saisie_sujet_message obligatoire"><label for="sujet_message_article{id_article}">Sujet</label><input required="required" type="text" class="text" name="sujet_message" id="sujet_message_article{id_article}" value="" size="30" /></div>
<div class="editer saisie_texte_message obligatoire"><label for="texte_message_article{id_article}">Texte de votre message</label><textarea required="required" name="texte_message" id="texte_message_article{id_article}" rows="10" cols="60"></textarea></div>
</div></fieldset>
<p style="display:none;"><label for="nobot_article{id_article}">Laisser ce champ vide</label><input type="text" class="text" name="nobot" id="nobot_article{id_article}" value="" size="10" /></p>
<p class="boutons"><input type="submit" class="submit" name="valide" value="Envoyer" /></p></div></form></div>"""


def convertforms(form_id, fields, submit, action):
    """Convert Forms (Tassos): ``fields`` are (kind, name, label)."""
    rows = []
    for kind, name, label in fields:
        control = (f'<textarea name="cf[{name}]" id="form{form_id}_{name}" required class="cf-input cf-input-shadow-0" rows="5"></textarea>'
                   if kind == "textarea" else
                   f'<input type="{kind}" name="cf[{name}]" id="form{form_id}_{name}" required class="cf-input cf-input-shadow-0">')
        rows.append(f'<div class="cf-control-group" data-key="{name}" data-name="{name}" data-type="{kind}" data-required>'
                    f'<div class="cf-control-label"><label class="cf-label" for="form{form_id}_{name}">{escape(label)}<span class="cf-required-label">*</span></label></div>'
                    f'<div class="cf-control-input">{control}</div></div>')
    return (f'<div id="cf_{form_id}" class="convertforms cf cf-img-above cf-form-bottom cf-success-hideform cf-hasLabels" style="max-width:auto">'
            f'<form name="cf{form_id}" id="cf{form_id}" method="post" action="{action}"><div class="cf-content-wrap cf-col-16"><div class="cf-fields">{"".join(rows)}'
            f'<div class="cf-control-group" data-type="submit"><div class="cf-control-input"><div class="cf-text-left"><button type="submit" class="cf-btn cf-btn-style-flat cf-btn-shadow-0"><span class="cf-btn-text">{escape(submit)}</span></button></div></div></div>'
            f'</div></div><input type="hidden" name="cf[form_id]" value="{form_id}"><input type="hidden" name="6f1e2d3c4b5a69788796a5b4c3d2e1f0" value="1"></form></div>')


def webform(form, action, fields, submit):
    """Drupal Webform: ``fields`` are (kind, key, label); kind text, email, textarea, radios:<a|b>, select:<a|b>."""
    sel = f"webform-submission-{form}-add-form"
    rows = []
    for kind, key, label in fields:
        k = key.replace("_", "-")
        if kind == "textarea":
            rows.append(f'<div class="js-form-item form-item js-form-type-textarea form-type--textarea js-form-item-{k} form-item--{k}"><label for="edit-{k}" class="form-item__label js-form-required form-required">{escape(label)}</label>'
                        f'<div class="form-textarea-wrapper"><textarea data-drupal-selector="edit-{k}" id="edit-{k}" name="{key}" rows="5" cols="60" class="form-textarea required resize-vertical form-element form-element--type-textarea" required="required"></textarea></div></div>')
        elif kind.startswith("radios:"):
            opts = "".join(f'<div class="js-form-item form-item js-form-type-radio form-type--radio"><input data-drupal-selector="edit-{k}-{i}" type="radio" id="edit-{k}-{i}" name="{key}" value="{i}" class="form-radio form-boolean form-boolean--type-radio" />'
                           f'<label for="edit-{k}-{i}" class="form-item__label option">{escape(o)}</label></div>' for i, o in enumerate(kind[7:].split("|")))
            rows.append(f'<fieldset data-drupal-selector="edit-{k}" id="edit-{k}--wrapper" class="radios--wrapper fieldgroup form-composite webform-composite-visible-title js-webform-type-radios webform-type-radios js-form-item form-item js-form-wrapper form-wrapper">'
                        f'<legend><span class="fieldset__label">{escape(label)}</span></legend><div class="fieldset__wrapper"><div id="edit-{k}" class="js-webform-radios webform-options-display-one-column form-boolean-group">{opts}</div></div></fieldset>')
        elif kind.startswith("select:"):
            opts = "".join(f"<option value=\"{i}\">{escape(o)}</option>" for i, o in enumerate(kind[7:].split("|")))
            rows.append(f'<div class="js-form-item form-item js-form-type-select form-type--select js-form-item-{k}"><label for="edit-{k}" class="form-item__label">{escape(label)}</label>'
                        f'<select data-drupal-selector="edit-{k}" id="edit-{k}" name="{key}" class="form-select form-element form-element--type-select">{opts}</select></div>')
        else:
            rows.append(f'<div class="js-form-item form-item js-form-type-{kind} form-type--{kind} js-form-item-{k}"><label for="edit-{k}" class="form-item__label js-form-required form-required">{escape(label)}</label>'
                        f'<input data-drupal-selector="edit-{k}" type="{"email" if kind == "email" else "text"}" id="edit-{k}" name="{key}" value="" size="60" maxlength="255" class="form-{kind} required form-element form-element--type-{kind}" required="required" /></div>')
    return (f'<form class="webform-submission-form webform-submission-add-form {sel} js-webform-details-toggle webform-details-toggle" data-drupal-selector="{sel}" action="{action}" method="post" id="{sel}" accept-charset="UTF-8">'
            + "".join(rows)
            + f'<div data-drupal-selector="edit-actions" class="form-actions webform-actions js-form-wrapper form-wrapper" id="edit-actions"><input class="webform-button--submit button button--primary js-form-submit form-submit" data-drupal-selector="edit-actions-submit" type="submit" id="edit-actions-submit" name="op" value="{escape(submit)}" /></div>'
            f'<input autocomplete="off" data-drupal-selector="form-{form[:6]}" type="hidden" name="form_build_id" value="form-Wb{form[:4]}Q2z8" /><input data-drupal-selector="edit-{sel}" type="hidden" name="form_id" value="{sel.replace("-", "_")}" /></form>')


def powermail(form_uid, action, fields, submit):
    """TYPO3 powermail: ``fields`` are (kind, marker, label)."""
    rows = []
    for kind, marker, label in fields:
        fid = f"powermail_field_{marker}"
        if kind == "textarea":
            control = f'<textarea required="required" rows="5" cols="20" class="powermail_textarea form-control" id="{fid}" name="tx_powermail_pi1[field][{marker}]"></textarea>'
        elif kind.startswith("select:"):
            control = (f'<select class="powermail_select form-control" id="{fid}" name="tx_powermail_pi1[field][{marker}]">'
                       + "".join(f"<option>{escape(o)}</option>" for o in kind[7:].split("|")) + "</select>")
        else:
            control = f'<input required="required" class="powermail_input form-control" id="{fid}" type="{kind}" name="tx_powermail_pi1[field][{marker}]" value="" />'
        rows.append(f'<div class="powermail_fieldwrap powermail_fieldwrap_type_{kind.split(":")[0]} powermail_fieldwrap_{marker} form-group">'
                    f'<label for="{fid}" class="control-label" title="">{escape(label)}<span class="mandatory">*</span></label><div class="">{control}</div></div>')
    return (f'<div class="tx-powermail"><div class="container-fluid"><form data-powermail-validate="data-powermail-validate" data-validate="html5" enctype="multipart/form-data" name="field" class="powermail_form powermail_form_{form_uid} nolabel" action="{action}?tx_powermail_pi1%5Baction%5D=create&amp;tx_powermail_pi1%5Bcontroller%5D=Form&amp;cHash=4e7d1c0a9b8f" method="post">'
            f'<fieldset class="powermail_fieldset powermail_fieldset_{form_uid} layout1"><legend class="powermail_legend">{escape(submit)}</legend>{"".join(rows)}'
            f'<div class="powermail_fieldwrap powermail_fieldwrap_type_submit form-group"><div class="col-sm-10 col-sm-offset-2"><input class="btn btn-primary" type="submit" value="{escape(submit)}" /></div></div></fieldset>'
            f'<input class="powermail_form_uid" type="hidden" name="tx_powermail_pi1[mail][form]" value="{form_uid}" /></form></div></div>')


def vendor_form(action, legend, fields, submit, cls="formulaire"):
    """A vendor CMS's own form builder: ``fields`` are (kind, name, label)."""
    rows = []
    for kind, name, label in fields:
        if kind == "textarea":
            control = f'<textarea id="f-{name}" name="{name}" rows="7" required aria-required="true"></textarea>'
        elif kind.startswith("radio:"):
            control = "".join(f'<label class="{cls}__choix"><input type="radio" name="{name}" value="{i}"> {escape(o)}</label>'
                              for i, o in enumerate(kind[6:].split("|")))
        elif kind.startswith("select:"):
            control = f'<select id="f-{name}" name="{name}">' + "".join(f"<option>{escape(o)}</option>" for o in kind[7:].split("|")) + "</select>"
        else:
            control = f'<input type="{kind}" id="f-{name}" name="{name}" required aria-required="true">'
        rows.append(f'<div class="{cls}__champ {cls}__champ--{kind.split(":")[0]}"><label for="f-{name}">{escape(label)}</label>{control}</div>')
    return (f'<form class="{cls}" method="post" action="{action}"><fieldset><legend>{escape(legend)}</legend>{"".join(rows)}</fieldset>'
            f'<p class="{cls}__mentions">Les informations recueillies sont traitées par la commune. Champs obligatoires signalés.</p>'
            f'<button type="submit" class="{cls}__envoyer">{escape(submit)}</button></form>')


def publik_wcs(path, fields, step="Votre demande"):
    rows = []
    for n, (kind, label) in enumerate(fields, 1):
        if kind == "textarea":
            control, widget = f'<textarea id="form_f{n}" name="f{n}" rows="8" cols="60" aria-required="true"></textarea>', "TextWidget"
        elif kind.startswith("select:"):
            control = f'<select id="form_f{n}" name="f{n}">' + "".join(f"<option>{escape(o)}</option>" for o in kind[7:].split("|")) + "</select>"
            widget = "SingleSelectWidget"
        else:
            control, widget = f'<input id="form_f{n}" name="f{n}" type="{kind}" value="" aria-required="true" />', ("EmailWidget" if kind == "email" else "StringWidget")
        rows.append(f'<div class="field {widget} template-form-field widget-required" data-field-id="{n}" id="var_f{n}"><div class="title"><label for="form_f{n}">{escape(label)}'
                    f'<span title="Ce champ est obligatoire." class="required">*</span></label></div><div class="content">{control}</div></div>')
    return (f'<form enctype="multipart/form-data" method="post" novalidate="novalidate" class="quixote" action="{path}" data-live-url="{path}live">'
            f'<input type="hidden" name="_form_id" value="form" /><input type="hidden" name="magictoken" value="YnJpc3NldmFs" />'
            f'<div class="wcs-step" id="steps"><ol><li class="current"><span class="label">{escape(step)}</span></li><li><span class="label">Validation</span></li></ol></div>'
            + "".join(rows)
            + '<div class="buttons submit"><div class="submit-button"><button name="submit" value="Suivant">Suivant</button></div><div class="cancel-button"><button name="cancel" value="Abandonner">Abandonner</button></div></div></form>')


def booking_form(action, rooms):
    opts = "".join(f"<option>{escape(r)}</option>" for r in rooms)
    return (f'<form class="reservation" method="post" action="{action}"><fieldset><legend>Réserver une salle</legend>'
            f'<label for="r-salle">Salle</label><select id="r-salle" name="salle">{opts}</select>'
            '<label for="r-date">Date</label><input type="date" id="r-date" name="date" required>'
            '<label for="r-creneau">Créneau</label><select id="r-creneau" name="creneau"><option>Matin</option><option>Après-midi</option><option>Soirée</option></select>'
            '<label for="r-asso">Association ou particulier</label><input type="text" id="r-asso" name="demandeur" required>'
            '<label for="r-mail">Courriel</label><input type="email" id="r-mail" name="courriel" required></fieldset>'
            '<button type="submit">Vérifier la disponibilité</button></form>')


# ---- comments ----------------------------------------------------------------------------------------------------

def wp_native_comments(post_id, path, existing=(), closed=False):
    items = "".join(
        f'<li id="comment-{post_id * 7 + i}" class="comment byuser even depth-1"><article id="div-comment-{post_id * 7 + i}" class="comment-body" itemtype="https://schema.org/Comment" itemscope>'
        f'<footer class="comment-meta"><div class="comment-author-info"><cite itemprop="name" class="fn">{escape(who)}</cite> <div class="entry-meta comment-metadata"><time datetime="2025-03-{10 + i}">{escape(when)}</time></div></div></footer>'
        f'<div class="comment-content" itemprop="text"><p>{escape(text)}</p></div><span class="reply"><a rel="nofollow" class="comment-reply-link" href="#respond" data-commentid="{post_id * 7 + i}" data-postid="{post_id}">Répondre</a></span></article></li>'
        for i, (who, when, text) in enumerate(existing, 1))
    head = f'<h2 class="comments-title">{len(existing)} commentaire(s)</h2><ol class="comment-list">{items}</ol>' if existing else ""
    if closed:
        return f'<div class="comments-area"><div id="comments">{head}<p class="no-comments">Les commentaires sont fermés.</p></div></div>'
    return f"""<div class="comments-area"><div id="comments">{head}
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Laisser un commentaire <small><a rel="nofollow" id="cancel-comment-reply-link" href="{path}#respond" style="display:none;">Annuler la réponse</a></small></h3>
<form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate><p class="comment-form-comment"><label for="comment" class="screen-reader-text">Commentaire</label><textarea id="comment" name="comment" cols="45" rows="8" required></textarea></p>
<label for="author" class="screen-reader-text">Nom</label><input placeholder="Nom *" id="author" name="author" type="text" value="" size="30" required />
<label for="email" class="screen-reader-text">E-mail</label><input placeholder="E-mail *" id="email" name="email" type="email" value="" size="30" required />
<p class="comment-form-cookies-consent"><input id="wp-comment-cookies-consent" name="wp-comment-cookies-consent" type="checkbox" value="yes" /> <label for="wp-comment-cookies-consent">Enregistrer mon nom et mon e-mail dans le navigateur pour mon prochain commentaire.</label></p>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Publier le commentaire" /> <input type='hidden' name='comment_post_ID' value='{post_id}' id='comment_post_ID' /><input type='hidden' name='comment_parent' id='comment_parent' value='0' /></p></form></div></div></div>"""


def wpdiscuz(post_id, count, existing=()):
    threads = "".join(
        f'<div id="wpd-comm-{post_id * 3 + i}_0" class="comment even thread-even depth-1 wpd-comment wpd_comment_level-1"><div class="wpd-comment-wrap wpd-blog-guest">'
        f'<div class="wpd-comment-right"><div class="wpd-comment-header"><div class="wpd-comment-author">{escape(who)}</div><div class="wpd-comment-date">{escape(when)}</div></div>'
        f'<div class="wpd-comment-text"><p>{escape(text)}</p></div><div class="wpd-comment-footer"><div class="wpd-vote"><div class="wpd-vote-up wpd_not_clicked"></div><div class="wpd-vote-result">0</div></div><div class="wpd-reply-button"><span>Répondre</span></div></div></div></div></div>'
        for i, (who, when, text) in enumerate(existing, 1))
    return f"""<div class="wpdiscuz_top_clearing"></div><div id="comments" class="comments-area"><div id="respond" style="width: 0;height: 0;clear: both;margin: 0;padding: 0;"></div>
<div id="wpdcom" class="wpdiscuz_unauth wpd-default wpd-layout-2 wpd-comments-open">
<div class="wc_social_plugin_wrapper"></div><div class="wpd-form-wrap"><div class="wpd-form-head"><div class="wpd-sbs-toggle"><i class="far fa-envelope"></i> <span class="wpd-sbs-title">S'abonner</span></div></div>
<div class="wpd-form wpd-form-wrapper wpd-main-form-wrapper" id="wpd-main-form-wrapper-0_0"><form method="post" enctype="multipart/form-data" data-uploading="false" class="wpd_comm_form wpd_main_comm_form">
<div class="wpd-field-comment"><div class="wpdiscuz-item wc-field-textarea"><div class="wpdiscuz-textarea-wrap"><textarea id="wc-textarea-0_0" placeholder="Rejoindre la discussion" aria-label="Rejoindre la discussion" name="wc_comment" class="wc_comment wpd-field"></textarea></div></div></div>
<div class="wpd-form-foot"><div class="wpdiscuz-textarea-foot"><div class="wpdiscuz-button-actions"></div></div>
<div class="wpd-form-row"><div class="wpd-form-col-left"><div class="wpdiscuz-item wc_name-wrapper wpd-has-icon"><input id="wc_name-0_0" value="" required="required" aria-required="true" class="wc_name wpd-field" type="text" name="wc_name" placeholder="Nom*" maxlength="50" pattern=".{{3,50}}" title=""></div>
<div class="wpdiscuz-item wc_email-wrapper wpd-has-icon"><input id="wc_email-0_0" value="" required="required" aria-required="true" class="wc_email wpd-field" type="email" name="wc_email" placeholder="Email*"/></div></div>
<div class="wpd-form-col-right"><div class="wc-field-submit"><input id="wpd-field-submit-0_0" class="wc_comm_submit wpd_not_clicked wpd-prim-button" type="submit" name="submit" value="Publier le commentaire" aria-label="Publier le commentaire"/></div></div></div></div>
<input type="hidden" class="wpdiscuz_unique_id" value="0_0" name="wpdiscuz_unique_id"></form></div></div>
<div id="wpd-threads" class="wpd-thread-wrapper"><div class="wpd-thread-head"><div class="wpd-thread-info " data-comments-count="{count}"><span class='wpdtc' title='{count}'>{count}</span> Commentaires</div></div>
<div class="wpd-comment-info-bar"></div><div class="wpd-thread-list">{threads}</div></div></div></div>
<script id="wpdiscuz-combo-js-js" src="/wp-content/plugins/wpdiscuz/assets/js/wpdiscuz-combo.min.js?ver=7.6.24"></script>"""


def jcomments(object_id, existing=()):
    items = "".join(
        f'<div class="comment-box" id="comment-item-{object_id * 5 + i}"><span class="comment-author">{escape(who)}</span> <span class="comment-date">{escape(when)}</span>'
        f'<div class="comment-body" id="comment-body-{object_id * 5 + i}">{escape(text)}</div></div>' for i, (who, when, text) in enumerate(existing, 1))
    return f"""<script src="/components/com_jcomments/js/jcomments-v2.3.js?v=12"></script>
<div id="jc"><div id="comments"><h4>Commentaires ({len(existing)})</h4><div id="comments-list" class="comments-list">{items}</div></div>
<a id="addcomments" href="#addcomments"></a>
<form id="comments-form" name="comments-form" action="javascript:void(null);"><h4>Ajouter un commentaire</h4>
<p><span><input id="comments-form-name" type="text" name="name" value="" maxlength="20" size="22" tabindex="1" /><label for="comments-form-name">Nom (requis)</label></span></p>
<p><span><input id="comments-form-email" type="text" name="email" value="" size="22" tabindex="2" /><label for="comments-form-email">E-mail (requis, non publié)</label></span></p>
<p><span><textarea id="comments-form-comment" name="comment" cols="65" rows="8" tabindex="5"></textarea></span></p>
<div id="comments-form-buttons"><div class="btn" id="comments-form-send"><div><a href="#" tabindex="7" onclick="jcomments.saveComment();return false;" title="Envoyer (Ctrl+Entrée)">Envoyer</a></div></div></div>
<div><input type="hidden" name="object_id" value="{object_id}" /><input type="hidden" name="object_group" value="com_content" /></div></form>
<script type="text/javascript">function JCommentsInitializeForm(){{var jcEditor = new JCommentsEditor('comments-form-comment', true);jcomments.setForm(new JCommentsForm('comments-form', jcEditor));}}</script></div>"""


def fb_comments_plugin(url):
    return f"""<div id="fb-root"></div>
<script async defer crossorigin="anonymous" src="https://connect.facebook.net/fr_FR/sdk.js#xfbml=1&version=v21.0&appId=402117395830021" nonce="Qp7Lm2xA"></script>
<div class="fb-comments" data-href="{url}" data-width="" data-numposts="5" data-lazy="true"></div>"""


def drupal_comment_section(node, existing=(), closed=False):
    items = "".join(
        f'<article data-comment-user-id="0" id="comment-{node * 4 + i}" class="comment js-comment by-anonymous"><span class="hidden" data-comment-timestamp="1710000000"></span>'
        f'<div class="comment__picture-wrapper"></div><div class="comment__text-wrapper"><footer class="comment__meta"><p class="comment__author"><span>{escape(who)}</span></p><p class="comment__time">{escape(when)}</p></footer>'
        f'<div class="comment__content"><div class="clearfix text-content field field--name-comment-body field--type-text-long field--label-hidden field__item"><p>{escape(text)}</p></div></div></div></article>'
        for i, (who, when, text) in enumerate(existing, 1))
    form = "" if closed else f"""<div class="comment-form__wrapper"><h3 class="comment-form__title">Ajouter un commentaire</h3>
<form class="comment-comment-form comment-form" data-drupal-selector="comment-form" action="/comment/reply/node/{node}/comment" method="post" id="comment-form" accept-charset="UTF-8">
<div class="js-form-item form-item js-form-type-textfield form-type--textfield js-form-item-name form-item--name"><label for="edit-name" class="form-item__label js-form-required form-required">Votre nom</label><input data-drupal-selector="edit-name" type="text" id="edit-name" name="name" value="" size="30" maxlength="60" class="form-text required form-element form-element--type-text" required="required" /></div>
<div class="js-form-item form-item js-form-type-email form-type--email js-form-item-mail"><label for="edit-mail" class="form-item__label">Courriel</label><input data-drupal-selector="edit-mail" type="email" id="edit-mail" name="mail" value="" size="30" maxlength="64" class="form-email form-element form-element--type-email" /><div class="form-item__description">Le contenu de ce champ sera maintenu privé et ne sera pas affiché publiquement.</div></div>
<div class="field--type-text-long field--name-comment-body field--widget-text-textarea js-form-wrapper form-wrapper" data-drupal-selector="edit-comment-body-wrapper"><div class="js-form-item form-item js-form-type-textarea form-type--textarea js-form-item-comment-body-0-value"><label for="edit-comment-body-0-value" class="form-item__label js-form-required form-required">Commentaire</label><div class="form-textarea-wrapper"><textarea class="js-text-full text-full form-textarea required resize-vertical form-element form-element--type-textarea" data-drupal-selector="edit-comment-body-0-value" id="edit-comment-body-0-value" name="comment_body[0][value]" rows="5" cols="60" required="required"></textarea></div></div></div>
<input data-drupal-selector="edit-comment-form" type="hidden" name="form_id" value="comment_comment_form" />
<div data-drupal-selector="edit-actions" class="form-actions js-form-wrapper form-wrapper" id="edit-actions--2"><input data-drupal-selector="edit-submit" type="submit" id="edit-submit--2" name="op" value="Enregistrer" class="button button--primary js-form-submit form-submit" /><input data-drupal-selector="edit-preview" type="submit" id="edit-preview" name="op" value="Aperçu" class="button js-form-submit form-submit" /></div></form></div>"""
    heading = f'<h2 class="comments__title">Commentaires <span class="comments__count">{len(existing)}</span></h2>' if existing else ""
    return f'<section data-drupal-selector="comments" class="comments">{heading}{items}{form}</section>'


def hyvor_talk(website_id, page_id):
    return (f'<script async src="https://talk.hyvor.com/embed/embed.js" type="module"></script>'
            f'<hyvor-talk-comments website-id="{website_id}" page-id="{escape(page_id)}" language="fr"></hyvor-talk-comments>')


def disqus_embed(shortname, url, ident):
    return f"""<div id="disqus_thread"></div>
<script>var disqus_config = function () {{ this.page.url = '{url}'; this.page.identifier = '{ident}'; this.language = 'fr'; }};
(function () {{ var d = document, s = d.createElement('script'); s.src = 'https://{shortname}.disqus.com/embed.js'; s.setAttribute('data-timestamp', +new Date()); (d.head || d.body).appendChild(s); }})();</script>
<noscript>Activez JavaScript pour voir les <a href="https://disqus.com/?ref_noscript">commentaires propulsés par Disqus.</a></noscript>"""


def spip_article_forum(id_article, messages, open_=True):
    """SPIP's forum under an article: the messages and the link to post (SPIP routes posting to page=forum)."""
    rows = "".join(
        f'<li class="forum-fil"><div class="forum-message" id="forum{id_article * 10 + i}"><div class="forum-chapo"><strong class="forum-titre">'
        f'<a href="#forum{id_article * 10 + i}" title="Lien permanent vers ce message">{escape(title)}</a></strong><small class="forum-date">{escape(when)}, par {escape(who)}</small></div>'
        f'<div class="forum-texte"><p>{escape(text)}</p></div>'
        + "</div></li>" for i, (title, who, when, text) in enumerate(messages, 1))
    post = (f'<p class="repondre"><a href="/spip.php?page=forum&amp;id_article={id_article}" rel="noindex nofollow">Un message, un commentaire ?</a></p>' if open_ else "")
    return (f'<div class="forum-total"><h2 class="h2">{len(messages)} Messages</h2></div><div class="comments"><ul class="comments-items forum">{rows}</ul></div>{post}')


def spip_forum_form(id_article, id_forum=None, title=""):
    args = f'<input name="id_forum" type="hidden" value="{id_forum}" />' if id_forum else ""
    return f"""<div class="formulaire_spip formulaire_forum ajax" id="formulaire_forum"><form action="/spip.php?page=forum&amp;id_article={id_article}#formulaire_forum" method="post" enctype="multipart/form-data"><div>
<input name="formulaire_action" type="hidden" value="forum" /><input name="formulaire_action_args" type="hidden" value="Qm9uam91cg" /><input name="id_article" type="hidden" value="{id_article}" />{args}
<fieldset class="qui saisie_qui"><legend>Qui êtes-vous ?</legend><div class="editer-groupe"><div class="editer saisie_session_nom"><label for="session_nom">Votre nom</label><input type="text" class="text" name="session_nom" id="session_nom" value="" size="40" /></div>
<div class="editer saisie_session_email"><label for="session_email">Votre adresse email</label><input type="email" class="text email" name="session_email" id="session_email" value="" size="40" /></div></div></fieldset>
<fieldset><legend>Votre message</legend><div class="editer-groupe"><div class="editer saisie_titre obligatoire"><label for="titre">Titre (obligatoire)</label><input type="text" class="text" name="titre" id="titre" value="{escape(title)}" size="60" required /></div>
<div class="editer saisie_texte obligatoire"><label for="texte">Texte de votre message (obligatoire)</label><p class="explication">Pour créer des paragraphes, laissez simplement des lignes vides.</p><textarea name="texte" id="texte" rows="12" cols="60" required class="inserer_barre_forum"></textarea></div></div></fieldset>
<p class="spip_bouton"><input type="submit" class="submit" name="previsualiser_message" value="Prévisualiser" /></p></div></form></div>"""


# ---- boards ------------------------------------------------------------------------------------------------------

def bbp_forum_index(forums):
    rows = "".join(
        f'<ul id="bbp-forum-{n}" class="loop-item-{i} bbp-parent-forum-0 odd status-publish type-forum"><li class="bbp-forum-info"><a class="bbp-forum-title" href="{href}">{escape(title)}</a>'
        f'<div class="bbp-forum-content">{escape(desc)}</div></li><li class="bbp-forum-topic-count">{topics}</li><li class="bbp-forum-reply-count">{topics * 5}</li>'
        f'<li class="bbp-forum-freshness"><a href="{href}" title="Il y a 2 jours">il y a 2 jours</a></li></ul>'
        for i, (n, href, title, desc, topics) in enumerate(forums))
    return (f'<div id="bbpress-forums" class="bbpress-wrapper"><div class="bbp-search-form"><form role="search" method="get" id="bbp-search-form"><label class="screen-reader-text hidden" for="bbp_search">Rechercher :</label>'
            f'<input type="hidden" name="action" value="bbp-search-request" /><input type="text" value="" name="bbp_search" id="bbp_search" /><input class="button" type="submit" id="bbp_search_submit" value="Rechercher" /></form></div>'
            f'<ul id="forums-list-0" class="bbp-forums"><li class="bbp-header"><ul class="forum-titles"><li class="bbp-forum-info">Forum</li><li class="bbp-forum-topic-count">Sujets</li><li class="bbp-forum-reply-count">Messages</li><li class="bbp-forum-freshness">Fraîcheur</li></ul></li>'
            f'<li class="bbp-body">{rows}</li></ul></div>')


def bbp_topic_list(forum_id, topics, new_topic_href):
    rows = "".join(
        f'<ul id="bbp-topic-{n}" class="loop-item-{i} bbp-parent-forum-{forum_id} user-id-{n % 9 + 2} type-topic"><li class="bbp-topic-title"><a class="bbp-topic-permalink" href="{href}">{escape(title)}</a>'
        f'<p class="bbp-topic-meta"><span class="bbp-topic-started-by">Démarré par : <a href="#" class="bbp-author-name">{escape(who)}</a></span></p></li>'
        f'<li class="bbp-topic-voice-count">{replies // 2 + 1}</li><li class="bbp-topic-reply-count">{replies}</li></ul>'
        for i, (n, href, title, who, replies) in enumerate(topics))
    return (f'<div id="bbpress-forums" class="bbpress-wrapper"><div class="bbp-pagination"><div class="bbp-pagination-count">Affichage de {len(topics)} sujets</div></div>'
            f'<ul id="bbp-forum-{forum_id}" class="bbp-topics"><li class="bbp-header"><ul class="forum-titles"><li class="bbp-topic-title">Sujet</li><li class="bbp-topic-voice-count">Participants</li><li class="bbp-topic-reply-count">Réponses</li></ul></li>'
            f'<li class="bbp-body">{rows}</li></ul><p class="bbp-new-topic-link"><a href="{new_topic_href}" class="button">Créer un nouveau sujet</a></p></div>')


def bbp_topic(topic_id, posts, reply=True):
    rows = "".join(
        f'<div id="post-{topic_id + i}" class="bbp-reply-header"><div class="bbp-meta"><span class="bbp-reply-post-date">{escape(when)}</span><a href="#post-{topic_id + i}" class="bbp-reply-permalink">#{topic_id + i}</a></div></div>'
        f'<div class="loop-item-{i} user-id-{i + 3} bbp-parent-forum-12 bbp-parent-topic-{topic_id} even type-reply"><div class="bbp-reply-author"><a href="#" class="bbp-author-name">{escape(who)}</a><div class="bbp-author-role">Participant</div></div>'
        f'<div class="bbp-reply-content"><p>{escape(text)}</p></div></div>' for i, (who, when, text) in enumerate(posts))
    form = f"""<div id="new-reply-{topic_id}" class="bbp-reply-form"><form id="new-post" name="new-post" method="post"><fieldset class="bbp-form"><legend>Répondre à : {escape(posts[0][2][:30])}…</legend>
<div><div class="bbp-template-notice"><ul><li>Votre compte peut publier du HTML restreint.</li></ul></div>
<div class="bbp-the-content-wrapper"><label for="bbp_reply_content" class="screen-reader-text">Réponse</label><textarea id="bbp_reply_content" class="bbp-the-content" name="bbp_reply_content" cols="60" rows="12"></textarea></div>
<p><input name="bbp_topic_subscription" id="bbp_topic_subscription" type="checkbox" value="bbp_subscribe" /><label for="bbp_topic_subscription">M'avertir par e-mail des réponses</label></p>
<div class="bbp-submit-wrapper"><button type="submit" id="bbp_reply_submit" name="bbp_reply_submit" class="button submit">Envoyer</button></div></div>
<input type="hidden" name="bbp_topic_id" id="bbp_topic_id" value="{topic_id}" /><input type="hidden" name="action" id="bbp_post_action" value="bbp-new-reply" /><input type="hidden" id="_wpnonce" name="_wpnonce" value="8c2e0f1a9d" /></fieldset></form></div>""" if reply else ""
    return f'<div id="bbpress-forums" class="bbpress-wrapper"><ul id="topic-{topic_id}-replies" class="forums bbp-replies"><li class="bbp-body">{rows}</li></ul>{form}</div>'


def bbp_new_topic_form(forum_id, forum_name):
    return f"""<div id="bbpress-forums" class="bbpress-wrapper"><div id="new-topic-0" class="bbp-topic-form"><form id="new-post" name="new-post" method="post"><fieldset class="bbp-form"><legend>Créer un nouveau sujet dans « {escape(forum_name)} »</legend>
<div><p><label for="bbp_topic_title">Titre du sujet (longueur maximale : 80) :</label><br /><input type="text" id="bbp_topic_title" value="" size="40" name="bbp_topic_title" maxlength="80" /></p>
<div class="bbp-the-content-wrapper"><textarea id="bbp_topic_content" class="bbp-the-content" name="bbp_topic_content" cols="60" rows="12"></textarea></div>
<p><label for="bbp_topic_tags">Étiquettes du sujet :</label><br /><input type="text" value="" size="40" name="bbp_topic_tags" id="bbp_topic_tags" /></p>
<div class="bbp-submit-wrapper"><button type="submit" id="bbp_topic_submit" name="bbp_topic_submit" class="button submit">Envoyer</button></div></div>
<input type="hidden" name="bbp_forum_id" id="bbp_forum_id" value="{forum_id}" /><input type="hidden" name="action" id="bbp_post_action" value="bbp-new-topic" /><input type="hidden" id="_wpnonce" name="_wpnonce" value="1f0e9d8c7b" /></fieldset></form></div></div>"""


def flarum_index(discussions):
    rows = "".join(f'<li><a href="{href}">{escape(title)}</a> <span class="DiscussionListItem-count">{n}</span></li>' for href, title, n in discussions)
    return f'<h2>Toutes les discussions</h2><ul class="DiscussionList-discussions">{rows}</ul>'


def flarum_discussion(posts):
    return "".join(f'<div class="Post CommentPost"><h3 class="PostUser-name">{escape(who)}</h3><div class="Post-body"><p>{escape(text)}</p></div></div>'
                   for who, text in posts)


# ---- polls, questionnaires and their embeds ----------------------------------------------------------------------

def totalpoll(poll_id, question, choices):
    rows = "".join(
        f'<div class="totalpoll-question-choices-item totalpoll-question-choices-item-type-text"><label class="totalpoll-question-choices-item-container" for="choice-{poll_id}{i}">'
        f'<div class="totalpoll-question-choices-item-control"><input id="choice-{poll_id}{i}" type="radio" name="totalpoll[choices][q{poll_id}][]" value="c{poll_id}{i}"></div>'
        f'<div class="totalpoll-question-choices-item-label"><span>{escape(c)}</span></div></label></div>' for i, c in enumerate(choices))
    return f"""<div id="totalpoll" class="totalpoll-wrapper" totalpoll="{poll_id}" totalpoll-uid="2f9c0e1b" totalpoll-screen="vote" totalpoll-ajax-url="/wp-admin/admin-ajax.php?action=totalpoll">
<form method="post" class="totalpoll-form" action="/?totalpoll[action]=vote&amp;totalpoll[pollId]={poll_id}"><input type="hidden" name="totalpoll[pollId]" value="{poll_id}">
<div class="totalpoll-questions"><div class="totalpoll-question" totalpoll-question-uid="q{poll_id}"><div class="totalpoll-question-container"><div class="totalpoll-question-content">{escape(question)}</div>
<div class="totalpoll-question-choices">{rows}</div></div></div></div>
<div class="totalpoll-buttons"><button name="totalpoll[action]" value="results" class="totalpoll-buttons-results totalpoll-button">Résultats</button><button name="totalpoll[action]" value="vote" class="totalpoll-buttons-vote totalpoll-button totalpoll-button-primary">Voter</button></div></form></div>
<script src="/wp-content/plugins/totalpoll-lite/assets/dist/scripts/frontend/totalpoll.js?ver=4.10.2"></script>"""


def totalpoll_results(poll_id, question, rows_, ended):
    rows = "".join(f'<div class="totalpoll-question-choices-item"><div class="totalpoll-question-choices-item-label"><span>{escape(c)}</span></div>'
                   f'<div class="totalpoll-question-choices-item-votes"><div class="totalpoll-question-choices-item-votes-bar" style="width: {p}%"></div>'
                   f'<div class="totalpoll-question-choices-item-votes-text">{p}% ({v} votes)</div></div></div>' for c, p, v in rows_)
    return (f'<div id="totalpoll" class="totalpoll-wrapper" totalpoll="{poll_id}" totalpoll-screen="results"><div class="totalpoll-message totalpoll-message-error">Ce sondage est terminé depuis le {escape(ended)}.</div>'
            f'<div class="totalpoll-questions"><div class="totalpoll-question"><div class="totalpoll-question-content">{escape(question)}</div><div class="totalpoll-question-choices">{rows}</div></div></div></div>')


def drupal_poll(poll_id, question, choices):
    rows = "".join(f'<div class="js-form-item form-item js-form-type-radio form-type--radio js-form-item-choice"><input data-drupal-selector="edit-choice-{i}" type="radio" id="edit-choice-{i}" name="choice" value="{i}" class="form-radio form-boolean form-boolean--type-radio" />'
                   f'<label for="edit-choice-{i}" class="form-item__label option">{escape(c)}</label></div>' for i, c in enumerate(choices, 1))
    return f"""<div class="poll" data-drupal-selector="poll-view-form-{poll_id}"><form class="poll-view-form poll-view-form-{poll_id}" data-drupal-selector="poll-view-form-{poll_id}" action="/poll/{poll_id}" method="post" id="poll-view-form-{poll_id}" accept-charset="UTF-8">
<div class="poll-question"><h3>{escape(question)}</h3></div><fieldset data-drupal-selector="edit-choice" id="edit-choice--wrapper" class="fieldgroup form-composite js-form-item form-item js-form-wrapper form-wrapper"><legend><span class="visually-hidden fieldset-legend">Choix</span></legend>
<div class="fieldset-wrapper"><div id="edit-choice" class="form-radios form-boolean-group">{rows}</div></div></fieldset>
<input data-drupal-selector="edit-poll-view-form-{poll_id}" type="hidden" name="form_id" value="poll_view_form_{poll_id}" /><div data-drupal-selector="edit-actions" class="form-actions js-form-wrapper form-wrapper"><input data-drupal-selector="edit-vote" type="submit" id="edit-vote" name="op" value="Voter" class="button js-form-submit form-submit" /></div></form></div>"""


def drupal_poll_closed(question, rows_, total):
    bars = "".join(f'<dt class="choice-title">{escape(c)}</dt><dd class="choice-result"><div class="foreground" style="width: {p}%"></div><div class="percent">{p}% ({v} votes)</div></dd>'
                   for c, p, v in rows_)
    return (f'<div class="poll"><div class="poll-question"><h3>{escape(question)}</h3></div><dl class="poll-results">{bars}</dl>'
            f'<div class="poll-total">Total des votes : {total}</div><div class="poll-closed">Clos</div></div>')


def ms_forms(form_id, height=1200):
    return (f'<iframe width="640px" height="{height}px" src="https://forms.office.com/Pages/ResponsePage.aspx?id={form_id}&amp;embed=true" frameborder="0" marginwidth="0" marginheight="0" '
            'style="border: none; max-width:100%; max-height:100vh" allowfullscreen webkitallowfullscreen mozallowfullscreen msallowfullscreen> </iframe>')


def google_form(form_key, height=1650):
    return (f'<iframe src="https://docs.google.com/forms/d/e/{form_key}/viewform?embedded=true" width="640" height="{height}" frameborder="0" marginheight="0" marginwidth="0">Chargement…</iframe>')


def tally(form_id, title):
    return (f'<iframe data-tally-src="https://tally.so/embed/{form_id}?alignLeft=1&amp;hideTitle=1&amp;transparentBackground=1&amp;dynamicHeight=1" loading="lazy" width="100%" height="540" frameborder="0" marginheight="0" marginwidth="0" title="{escape(title)}"></iframe>'
            '<script>var d=document,w="https://tally.so/widgets/embed.js",v=function(){"undefined"!=typeof Tally?Tally.loadEmbeds():d.querySelectorAll("iframe[data-tally-src]:not([src])").forEach((function(e){e.src=e.dataset.tallySrc}))};'
            'if("undefined"!=typeof Tally)v();else if(d.querySelector(\'script[src="\'+w+\'"]\')==null){var s=d.createElement("script");s.src=w,s.onload=v,s.onerror=v,d.body.appendChild(s);}</script>')


def framaforms(slug, height=900):
    return (f'<iframe src="https://framaforms.org/{slug}" width="100%" height="{height}" border="0" style="border:none"></iframe>'
            f'<p class="small">Le formulaire ne s\'affiche pas ? <a href="https://framaforms.org/{slug}" target="_blank" rel="noopener">Ouvrez-le dans un nouvel onglet</a>.</p>')


def typeform(form_id):
    return (f'<div data-tf-live="{form_id}" data-tf-opacity="100" data-tf-iframe-props="title=Questionnaire" data-tf-transitive-search-params data-tf-medium="snippet" style="width:100%;height:600px;"></div>'
            '<script src="//embed.typeform.com/next/embed.js"></script>')


def limesurvey_iframe(src, title):
    return (f'<div class="iframe-limesurvey"><iframe src="{src}" title="{escape(title)}" width="100%" height="1100" style="border:0"></iframe></div>')


def limesurvey_question(sid, gid, qid, code, text, answers, kind="radio"):
    inputs = "".join(
        f'<li id="javatbd{sid}X{gid}X{qid}{chr(65 + i)}{n:02d}" class="answer-item radio-item"><input class="radio" type="radio" value="A{n}" name="{sid}X{gid}X{qid}" id="answer{sid}X{gid}X{qid}A{n}" />'
        f'<label for="answer{sid}X{gid}X{qid}A{n}" class="control-label radio-label">{escape(a)}</label></li>'
        for n, a in enumerate(answers, 1) for i in (0,)) if kind == "radio" else (
        f'<textarea class="form-control textarea" name="{sid}X{gid}X{qid}" id="answer{sid}X{gid}X{qid}" rows="5" cols="40"></textarea>')
    cls = "list-radio" if kind == "radio" else "text-long"
    return (f'<div id="question{qid}" class="question-container {cls} mandatory col-xs-12"><div class="question-title-container"><div class="question-code text-muted">{code}</div>'
            f'<div class="ls-label-question">{escape(text)}</div></div><div class="question-valid-container"></div>'
            f'<div class="answer-container"><ul class="ls-answers answers-list radio-list" role="radiogroup">{inputs}</ul></div></div>' if kind == "radio" else
            f'<div id="question{qid}" class="question-container {cls} col-xs-12"><div class="question-title-container"><div class="question-code text-muted">{code}</div>'
            f'<div class="ls-label-question">{escape(text)}</div></div><div class="answer-container">{inputs}</div></div>')


def limesurvey_form(sid, group_title, questions_html, token="Y2FzdGVsdmllaWw"):
    return (f'<form id="limesurvey" name="limesurvey" action="/index.php/{sid}?lang=fr" method="post" autocomplete="off" class="survey-group form-change">'
            f'<input type="hidden" value="{token}" name="YII_CSRF_TOKEN" /><div class="group-container space-col"><div class="group-title-container"><h3 class="group-title text-center">{escape(group_title)}</h3></div>'
            f'{questions_html}</div><div class="navigator row" id="navigator-container"><div class="col-xs-6 text-left"><button id="ls-button-previous" type="submit" value="moveprev" name="move" class="ls-move-btn ls-move-previous-btn btn btn-lg btn-default">Précédent</button></div>'
            f'<div class="col-xs-6 text-right"><button id="ls-button-submit" type="submit" value="movenext" name="move" accesskey="n" class="ls-move-btn ls-move-next-btn ls-move-submit-btn btn btn-lg btn-primary">Suivant</button></div></div>'
            f'<input type="hidden" name="thisstep" value="1" id="thisstep" /><input type="hidden" name="sid" value="{sid}" id="sid" /><input type="hidden" name="start_time" value="1736000000" id="start_time" /></form>')


def radio_block(name, question, choices):
    opts = "".join(f'<label class="choix"><input type="radio" name="{name}" value="{i}"> {escape(c)}</label>' for i, c in enumerate(choices))
    return f'<fieldset class="question"><legend>{escape(question)}</legend>{opts}</fieldset>'


def spip_formidable(id_form, action, title, questions, free_label=None, submit="Envoyer"):
    """SPIP Formidable: ``questions`` are (name, label, choices); an empty choices list is a text field."""
    rows = []
    for name, label, choices in questions:
        if choices:
            opts = "".join(f'<div class="choix choix_{name}_{i}"><input type="radio" name="{name}" class="radio" id="champ_{name}_{i}" value="choix{i}" /><label for="champ_{name}_{i}">{escape(c)}</label></div>'
                           for i, c in enumerate(choices, 1))
            rows.append(f'<div class="editer saisie_radio editer_{name} obligatoire"><label>{escape(label)}</label>{opts}</div>')
        else:
            rows.append(f'<div class="editer saisie_input editer_{name}"><label for="champ_{name}">{escape(label)}</label><input type="text" name="{name}" class="text" id="champ_{name}" value="" /></div>')
    if free_label:
        rows.append(f'<div class="editer saisie_textarea editer_textarea_1"><label for="champ_textarea_1">{escape(free_label)}</label><textarea name="textarea_1" id="champ_textarea_1" rows="6" cols="40"></textarea></div>')
    return (f'<div class="formulaire_spip formulaire_formidable formulaire_formidable_{id_form} formulaire_editable ajax" id="formulaire_formidable_{id_form}">'
            f'<h3 class="titrem">{escape(title)}</h3><form method="post" action="{action}#formulaire_formidable_{id_form}" enctype="multipart/form-data"><div>'
            f'<input name="formulaire_action" type="hidden" value="formidable" /><input name="formulaire_action_args" type="hidden" value="Rm9ybWlkYWJsZQ" /><input name="id_formulaire" type="hidden" value="{id_form}" />'
            f'<div class="editer-groupe">{"".join(rows)}</div><p class="boutons"><input type="submit" class="submit" value="{escape(submit)}" /></p></div></form></div>')


# ---- petitions ---------------------------------------------------------------------------------------------------

def spip_petition(id_article, count, texte):
    return f"""<div class="formulaire_spip formulaire_signature ajax" id="sp{id_article}"><a id="formulaire_signature"></a>
<h2 class="h2">Signer cette pétition</h2><p class="explication">{escape(texte)}</p><p class="nb_signatures"><strong>{count}</strong> signatures</p>
<form method="post" action="/spip.php?article{id_article}#sp{id_article}"><div><input name="formulaire_action" type="hidden" value="signature" /><input name="formulaire_action_args" type="hidden" value="{id_article}" />
<fieldset><legend>Votre signature</legend><div class="editer-groupe"><div class="editer saisie_session_nom obligatoire"><label for="session_nom">Votre nom ou pseudo</label><input type="text" class="text" name="session_nom" id="session_nom" value="" size="20" required /></div>
<div class="editer saisie_session_email obligatoire"><label for="session_email">Votre adresse email</label><input type="email" class="text email" name="session_email" id="session_email" value="" size="20" required /></div>
<div class="editer saisie_ville"><label for="ville">Votre commune de résidence</label><input type="text" class="text" name="ville" id="ville" value="" /></div></div></fieldset>
<fieldset><legend>Un message (facultatif)</legend><div class="editer saisie_message"><textarea name="message" id="message" rows="3" cols="40"></textarea></div></fieldset>
<p class="boutons"><input type="submit" class="submit" value="Valider" /></p></div></form>
<p class="signatures"><a href="/spip.php?page=signatures&amp;id_article={id_article}">Voir les signatures</a></p></div>"""


def petition_card(href, title, author, count, goal, status):
    pct = min(100, round(100 * count / goal))
    return (f'<article class="petition-carte"><h3><a href="{href}">{escape(title)}</a></h3><p class="petition-carte__auteur">Déposée par {escape(author)}</p>'
            f'<div class="jauge" role="progressbar" aria-valuenow="{count}" aria-valuemin="0" aria-valuemax="{goal}"><span style="width:{pct}%"></span></div>'
            f'<p class="petition-carte__compte">{count} / {goal} signatures · {escape(status)}</p></article>')


def sign_form(action, cls="signature", certify="Je certifie résider ou travailler dans la commune et avoir 16 ans ou plus."):
    return (f'<form class="{cls}" method="post" action="{action}"><h2>Je signe</h2>'
            '<label for="sg-prenom">Prénom</label><input type="text" id="sg-prenom" name="prenom" required>'
            '<label for="sg-nom">Nom</label><input type="text" id="sg-nom" name="nom" required>'
            '<label for="sg-mail">Adresse e-mail (une confirmation vous sera envoyée)</label><input type="email" id="sg-mail" name="email" required>'
            '<label for="sg-quartier">Quartier</label><input type="text" id="sg-quartier" name="quartier">'
            f'<label><input type="checkbox" name="certification" required> {escape(certify)}</label>'
            '<button type="submit">Signer la pétition</button></form>')


# ---- platform pieces (Decidim 0.27) ------------------------------------------------------------------------------

def decidim_card(href, title, text, meta, extra=""):
    return (f'<div class="card card--list__item"><div class="card--list__text"><div><a href="{href}" class="card__link"><h5 class="card--list__heading">{escape(title)}</h5></a>'
            f'<p>{escape(text)}</p><div class="card__status"><ul class="card-data"><li class="card-data__item">{escape(meta)}</li></ul></div></div></div>{extra}</div>')


def decidim_comments(resource, existing, can_comment=True):
    items = "".join(
        f'<div id="comment_{resource * 9 + i}" class="comment" data-comment-id="{resource * 9 + i}"><div class="comment__header"><div class="author-data"><span class="author__name">{escape(who)}</span>'
        f'<span class="author-data__extra">{escape(when)}</span></div></div><div class="comment__content"><div><p>{escape(text)}</p></div></div>'
        f'<div class="comment__footer"><div class="comment__actions"><button class="comment__reply muted-link" aria-controls="comment{resource * 9 + i}-reply" data-toggle="comment{resource * 9 + i}-reply">Répondre</button></div>'
        f'<div class="comment__votes"><span class="comment__votes--up">0</span></div></div></div>' for i, (who, when, text) in enumerate(existing, 1))
    add = (f'<div class="add-comment"><h4 class="section-heading">Ajouter un commentaire</h4><form class="new_comment" id="new_comment_for_Proposal_{resource}" data-remote="true" action="/comments" accept-charset="UTF-8" method="post">'
           f'<input type="hidden" name="comment[commentable_gid]" value="Z2lkOi8vYnJpc3NldmFsL1Byb3Bvc2FsL{resource}" /><input type="hidden" name="comment[alignment]" value="0" />'
           f'<label class="show-for-sr" for="add-comment-Proposal-{resource}">Commentaire</label><textarea name="comment[body]" id="add-comment-Proposal-{resource}" maxlength="1000" rows="4" placeholder="Ajoutez votre commentaire" data-remaining-characters="#add-comment-Proposal-{resource}-remaining-characters"></textarea>'
           f'<button type="submit" class="button button--sc" disabled="disabled">Publier un commentaire</button></form></div>') if can_comment else (
        '<div class="callout secondary"><p>Les commentaires sont désactivés à cette étape.</p></div>')
    return (f'<div id="comments-for-Proposal-{resource}" class="decidim-comments" data-decidim-comments=\'{{"commentableGid":"Proposal-{resource}","lastCommentId":0,"order":"older"}}\'>'
            f'<div class="comments"><div class="row collapse order-by"><h2 class="order-by__text section-heading">{len(existing)} commentaires</h2></div>'
            f'<div class="comment-threads">{items}</div>{add}</div></div>')
