"""Markup of the sixth holdout part (``hameaux``): page chrome of the CMSs its communes use, and the widgets,
forms and platform components their pages hold.

Written for this part alone, from how the software writes its pages on the real web (WordPress with the Astra
theme and its plugins, SPIP with the Escal skeleton, Joomla with Helix Ultimate, two proprietary municipal
CMSs, and the components of Decidim, CONSUL Democracy, Cap Collectif, Go Vocal, phpBB and Discourse). Importing
this module registers its themes with ``themes.THEMES`` and the pages their chrome links to with
``themes.CHROME``.
"""
import zlib
from html import escape

from .. import themes

LEGAL = ("<h2>Éditeur du site</h2><p>Mairie, représentée par son maire, directeur de la publication.</p>"
         "<h2>Hébergement</h2><p>Le site est hébergé en France par un prestataire de la commune.</p>"
         "<h2>Vos données</h2><p>Vous pouvez exercer vos droits d'accès, de rectification et d'effacement "
         "auprès du délégué à la protection des données de la commune.</p>")
ACCESSIBILITY = ("<p>La commune s'engage à rendre son site accessible conformément à l'article 47 de la loi "
                 "n° 2005-102 du 11 février 2005. Ce site est <strong>partiellement conforme</strong> au RGAA 4.1.</p>"
                 "<h2>Voies de recours</h2><p>Si vous constatez un défaut d'accessibilité, vous pouvez saisir le "
                 "Défenseur des droits.</p>")
NOTHING = frozenset()


def _num(text, low=100, span=900):
    return zlib.crc32(text.encode()) % span + low


def _links(items, li="", a=""):
    out = []
    for label, href in items:
        cls = f' class="{li}"' if li else ""
        acls = f' class="{a}"' if a else ""
        out.append(f'<li{cls}><a{acls} href="{escape(href)}">{escape(label)}</a></li>')
    return "".join(out)


_NAMES = {"facebook": "Facebook", "x": "X", "instagram": "Instagram", "youtube": "YouTube",
          "linkedin": "LinkedIn", "mastodon": "Mastodon", "bluesky": "Bluesky", "tiktok": "TikTok"}


def _accounts(site, ul, li, a="", label=True):
    if not site.accounts:
        return ""
    items = []
    for acc in site.accounts:
        name = _NAMES.get(acc.platform, acc.platform)
        rel = "noopener noreferrer me" if acc.platform == "mastodon" else "noopener noreferrer"
        text = f'<span class="screen-reader-text">{name}</span>' if label else ""
        acls = f' class="{a}"' if a else ""
        items.append(f'<li class="{li} {li}-{acc.platform}"><a{acls} href="{escape(acc.href)}" target="_blank" '
                     f'rel="{rel}" aria-label="{name} (nouvel onglet)">{text}</a></li>')
    return f'<ul class="{ul}">{"".join(items)}</ul>'


def _trail(site, page, sep, home="Accueil"):
    parts = [f'<a href="/">{home}</a>']
    if page.parent:
        label, href = page.parent
        parts.append(f'<a href="{escape(href)}">{escape(label)}</a>')
    if page.path not in ("/", ""):
        parts.append(f'<span aria-current="page">{escape(page.title)}</span>')
    return sep.join(parts)


SIDEBAR = "<!--sidebar-->"


# ---------------------------------------------------------------------------------------------------------
# WordPress, Astra theme (a right sidebar when the body carries one after the SIDEBAR marker)
# ---------------------------------------------------------------------------------------------------------

def astra(site, page):
    main, _, aside = page.body.partition(SIDEBAR)
    layout = "ast-right-sidebar" if aside else "ast-no-sidebar"
    home = page.path == "/"
    sidebar = (f'<div class="widget-area secondary" id="secondary" role="complementary" itemtype="https://schema.org/WPSideBar" '
               f'itemscope="itemscope"><div class="sidebar-main">{aside}</div></div>') if aside else ""
    post_id = _num(site.host + page.path, 20, 2400)
    return f"""<!DOCTYPE html>
<html lang="fr-FR">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="profile" href="https://gmpg.org/xfn/11">
<title>{escape(page.title)} &#8211; {escape(site.title)}</title>
<meta name='robots' content='index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1' />
<link rel='dns-prefetch' href='//fonts.googleapis.com' />
<link rel='stylesheet' id='astra-theme-css-css' href='/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.6.8' media='all' />
<link rel='stylesheet' id='wp-block-library-css' href='/wp-includes/css/dist/block-library/style.min.css?ver=6.4.3' media='all' />
<link rel='stylesheet' id='mairie-child-css' href='/wp-content/themes/astra-child/style.css?ver=1.2.0' media='all' />
<!--[if IE]><script src='/wp-content/themes/astra/assets/js/minified/flexibility.min.js?ver=4.6.8' id='astra-flexibility-js'></script><![endif]-->
<script src='/wp-includes/js/jquery/jquery.min.js?ver=3.7.1' id='jquery-core-js'></script>
<link rel="https://api.w.org/" href="/wp-json/" />
<link rel="EditURI" type="application/rsd+xml" title="RSD" href="/xmlrpc.php?rsd" />
<meta name="generator" content="WordPress 6.4.3" />
<link rel="shortlink" href="/?p={post_id}" />
</head>
<body itemtype='https://schema.org/WebPage' itemscope='itemscope' class="{'home page-template-default page' if home else 'page-template-default page'} page-id-{post_id} wp-custom-logo {layout} ast-separate-container ast-inherit-site-logo-transparent astra-4.6.8">
<a class="skip-link screen-reader-text" href="#content" title="Aller au contenu">Aller au contenu</a>
<div class="hfeed site" id="page">
<header class="site-header header-main-layout-1 ast-primary-menu-enabled ast-logo-title-inline ast-hide-custom-menu-mobile" id="masthead" itemtype="https://schema.org/WPHeader" itemscope="itemscope" itemid="#masthead">
<div id="ast-desktop-header"><div class="ast-main-header-wrap main-header-bar-wrap"><div class="ast-primary-header-bar ast-primary-header main-header-bar site-header-focus-item" data-section="section-primary-header-builder">
<div class="site-primary-header-wrap ast-builder-grid-row-container site-header-focus-item ast-container" data-section="section-primary-header-builder">
<div class="site-header-primary-section-left site-header-section ast-flex site-header-section-left">
<div class="ast-builder-layout-element ast-flex site-header-focus-item" data-section="title_tagline"><div class="site-branding ast-site-identity" itemtype="https://schema.org/Organization" itemscope="itemscope">
<span class="site-logo-img"><a href="/" class="custom-logo-link" rel="home"><img width="180" height="72" src="/wp-content/uploads/2023/02/logo-mairie.png" class="custom-logo" alt="{escape(site.title)}" decoding="async" /></a></span>
<div class="ast-site-title-wrap"><span class="site-title" itemprop="name"><a href="/" rel="home" itemprop="url">{escape(site.title)}</a></span></div></div></div></div>
<div class="site-header-primary-section-right site-header-section ast-flex ast-grid-right-section">
<div class="ast-builder-menu-1 ast-builder-menu ast-flex ast-builder-menu-1-focus-item ast-builder-layout-element site-header-focus-item" data-section="section-hb-menu-1">
<div class="ast-main-header-bar-alignment"><div class="main-header-bar-navigation"><nav class="site-navigation ast-flex-grow-1 navigation-accessibility site-header-focus-item" id="primary-site-navigation-desktop" aria-label="Navigation du site" itemtype="https://schema.org/SiteNavigationElement" itemscope="itemscope">
<div class="main-navigation ast-inline-flex"><ul id="ast-hf-menu-1" class="main-header-menu ast-menu-shadow ast-nav-menu ast-flex submenu-with-border stack-on-mobile">{_links(site.menu, "menu-item menu-item-type-post_type menu-item-object-page", "menu-link")}</ul></div></nav></div></div></div>
<div class="ast-builder-layout-element ast-flex site-header-focus-item ast-header-search" data-section="section-header-search"><div class="ast-search-menu-icon slide-search">
<form role="search" method="get" class="search-form" action="/"><label for="search-field"><span class="screen-reader-text">Rechercher :</span>
<input type="search" id="search-field" class="search-field" placeholder="Rechercher…" value="" name="s" tabindex="-1"></label></form></div></div>
</div></div></div></div></div>
</header>
<div id="content" class="site-content"><div class="ast-container">
<div id="primary" class="content-area primary">
<div class="ast-breadcrumbs-wrapper"><div class="ast-breadcrumbs-inner"><nav role="navigation" aria-label="Fil d'Ariane" class="breadcrumb-trail breadcrumbs"><div class="ast-breadcrumbs"><p class="trail-items">{_trail(site, page, ' <span class="trail-sep">»</span> ')}</p></div></nav></div></div>
<main id="main" class="site-main">
<article class="post-{post_id} page type-page status-publish ast-article-single" id="post-{post_id}" itemtype="https://schema.org/CreativeWork" itemscope="itemscope">
<div class="ast-post-format- ast-no-thumb single-layout-1"><header class="entry-header ast-no-thumbnail"><h1 class="entry-title" itemprop="headline">{escape(page.title)}</h1></header>
<div class="entry-content clear" itemprop="text">
{main}
</div></div></article>
</main></div>
{sidebar}
</div></div>
<footer class="site-footer" id="colophon" itemtype="https://schema.org/WPFooter" itemscope="itemscope" itemid="#colophon">
<div class="site-primary-footer-wrap ast-builder-grid-row-container site-footer-focus-item ast-builder-grid-row-3-equal ast-builder-grid-row-tablet-3-equal ast-builder-grid-row-mobile-full ast-footer-row-stack ast-footer-row-tablet-stack ast-footer-row-mobile-stack" data-section="section-primary-footer-builder">
<div class="ast-builder-grid-row-container-inner"><div class="ast-builder-footer-grid-columns site-primary-footer-inner-wrap ast-builder-grid-row">
<div class="site-footer-primary-section-1 site-footer-section site-footer-section-1"><aside class="footer-widget-area widget-area site-footer-focus-item footer-widget-area-inner" data-section="sidebar-widgets-footer-widget-1" aria-label="Footer Widget 1"><section id="block-7" class="widget widget_block"><p><strong>Mairie</strong><br>{escape(site.address)}</p></section></aside></div>
<div class="site-footer-primary-section-2 site-footer-section site-footer-section-2"><div class="ast-builder-layout-element ast-flex site-footer-focus-item" data-section="section-fb-social-icons-1"><div class="ast-footer-social-1-wrap ast-footer-social-wrap"><div class="footer-social-inner-wrap element-social-inner-wrap social-show-label-false ast-social-color-type-custom ast-social-stack-none ast-social-element-style-filled">{_accounts(site, "ast-social-list", "ast-builder-social-element", "ast-inline-flex")}</div></div></div></div>
<div class="site-footer-primary-section-3 site-footer-section site-footer-section-3"><div class="ast-footer-copyright"><p>Copyright © 2024 {escape(site.title)} | <a href="/mentions-legales/">Mentions légales</a> | <a href="/accessibilite/">Accessibilité : partiellement conforme</a></p></div></div>
</div></div></div>
</footer>
</div>
<script id="astra-theme-js-js-extra">var astra = {{"break_point":"921","isRtl":"","is_scroll_to_id":"","is_scroll_to_top":"","is_header_footer_builder_active":"1"}};</script>
<script src='/wp-content/themes/astra/assets/js/minified/frontend.min.js?ver=4.6.8' id='astra-theme-js-js'></script>
</body>
</html>"""


# ---------------------------------------------------------------------------------------------------------
# SPIP with the Escal skeleton
# ---------------------------------------------------------------------------------------------------------

def escal(site, page):
    kind = "sommaire" if page.path == "/" else ("rubrique" if "rubrique" in page.path else "article")
    return f"""<!DOCTYPE html>
<html dir="ltr" lang="fr" class="ltr fr no-js">
<head>
<title>{escape(page.title)} - [{escape(site.title)}]</title>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<meta name="generator" content="SPIP 4.1.12 [24876]" />
<meta name="generator" content="Escal 5.1.7" />
<link rel="alternate" type="application/rss+xml" title="Syndiquer tout le site" href="spip.php?page=backend" />
<link rel="stylesheet" href="local/cache-css/escal-urlabs-2f9b31d4.css?1709555170" type="text/css" />
<link rel="stylesheet" href="plugins/auto/escal/v5.1.7/css/perso.css" type="text/css" />
<script type="text/javascript">var mediabox_settings={{"auto_detect":true,"ns":"box","tt_img":true}};</script>
<script src="local/cache-js/jsdyn-escal_js-8e0a5c11.js?1709555170" type="text/javascript"></script>
</head>
<body id="top" class="page_{kind} {kind}">
<div id="page">
<div id="entete">
<div id="bandeau"><a href="/" title="Accueil" class="spip_logo_site"><img class="spip_logo" width="320" height="90" alt="{escape(site.title)}" src="local/cache-vignettes/L320xH90/siteon0-b1d4e.png?1701267510" /></a>
<div id="slogan">Site officiel de la commune</div></div>
<div id="recherche"><div class="formulaire_spip formulaire_recherche" id="formulaire_recherche">
<form action="spip.php?page=recherche" method="get"><div class="editer-groupe">
<input name="page" value="recherche" type="hidden" /><label for="recherche" class="offscreen">Rechercher :</label>
<input type="search" class="search text" size="10" name="recherche" id="recherche" placeholder="Rechercher" />
<input type="submit" class="btn submit offscreen" value="Rechercher" /></div></form></div></div>
<div id="nav"><ul class="menu-liste menu-items menu-conteneur" data-depth="0">{_links(site.menu, "menu-entree item menu-items__item", "menu-items__lien")}</ul></div>
</div>
<div id="conteneur">
<div id="navigation-gauche"><div class="cadre-couleur"><h2 class="titre-bloc">Infos pratiques</h2>
<p>Mairie ouverte du lundi au vendredi, 8h30-12h et 13h30-17h30.</p></div></div>
<div id="contenu"><div class="ariane">{_trail(site, page, ' &gt; ')}</div>
<div class="cadre-couleur"><h1 class="titre-article surlignable">{escape(page.title)}</h1>
<div class="texte surlignable">{page.body}</div></div></div>
</div>
<div id="pied"><div class="pied-haut"><p>{escape(site.address)}</p>{_accounts(site, "reseaux-sociaux", "reseau")}</div>
<div class="pied-bas"><a href="spip.php?article1" title="Mentions légales">Mentions légales</a> | <a href="spip.php?page=plan">Plan du site</a> |
<a href="spip.php?page=login&amp;url=spip.php%3Fpage%3Dsommaire" rel="nofollow" class="login_modal">Se connecter</a> |
Site réalisé avec <a href="https://www.spip.net/" title="Site réalisé avec SPIP">SPIP</a> et <a href="https://escal.edu.ac-lyon.fr/">Escal</a></div></div>
</div></body></html>"""


# ---------------------------------------------------------------------------------------------------------
# Joomla 4 with the Helix Ultimate template
# ---------------------------------------------------------------------------------------------------------

def helix(site, page):
    item = _num(page.path, 101, 180)
    return f"""<!doctype html>
<html lang="fr-fr" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
<meta name="generator" content="Joomla! - Open Source Content Management">
<title>{escape(page.title)} - {escape(site.title)}</title>
<link href="/templates/shaper_helixultimate/images/favicon.ico" rel="icon" type="image/vnd.microsoft.icon">
<link href="/media/vendor/joomla-custom-elements/css/joomla-alert.min.css?0.2.0" rel="stylesheet" />
<link href="/templates/shaper_helixultimate/css/bootstrap.min.css" rel="stylesheet" />
<link href="/templates/shaper_helixultimate/css/template.css" rel="stylesheet" />
<link href="/templates/shaper_helixultimate/css/presets/default.css" rel="stylesheet" />
<script src="/media/vendor/jquery/js/jquery.min.js?3.7.1"></script>
<script src="/templates/shaper_helixultimate/js/main.js"></script>
<script type="application/json" class="joomla-script-options new">{{"data":{{"breakpoints":{{"tablet":991,"mobile":480}},"header":{{"stickyOffset":"100"}}}},"system.paths":{{"root":"","base":""}}}}</script>
</head>
<body class="site helix-ultimate hu com_content com-content view-article layout-default task-none itemid-{item} fr-fr ltr sticky-header layout-fluid offcanvas-init offcanvs-position-right">
<div class="body-wrapper"><div class="body-innerwrapper">
<div id="sp-top-bar"><div class="container"><div class="container-inner"><div class="row">
<div id="sp-top1" class="col-lg-6"><div class="sp-column text-center text-lg-start"><ul class="sp-contact-info"><li class="sp-contact-phone"><span class="fas fa-phone" aria-hidden="true"></span> 04 73 00 00 00</li></ul></div></div>
<div id="sp-top2" class="col-lg-6"><div class="sp-column text-center text-lg-end">{_accounts(site, "social-icons", "social-icon")}</div></div>
</div></div></div></div>
<header id="sp-header"><div class="container"><div class="container-inner"><div class="row">
<div id="sp-logo" class="col-auto"><div class="sp-column"><div class="logo"><a href="/"><img class="logo-image" src="/images/logo-mairie.png" alt="{escape(site.title)}"></a></div></div></div>
<div id="sp-menu" class="col-auto flex-auto"><div class="sp-column d-flex justify-content-end align-items-center"><nav class="sp-megamenu-wrapper d-flex" role="navigation"><ul class="sp-megamenu-parent menu-animation-fade-up d-none d-lg-block">{_links(site.menu, "sp-menu-item")}</ul></nav></div></div>
</div></div></div></header>
<section id="sp-section-1"><div class="row"><div id="sp-title" class="col-lg-12"><div class="sp-column"><div class="sp-page-title"><div class="container"><h2 class="sp-page-title-heading">{escape(page.title)}</h2>
<ol itemscope itemtype="https://schema.org/BreadcrumbList" class="breadcrumb"><li class="float-start"><span class="divider fas fa-map-marker-alt" aria-hidden="true"></span></li><li class="breadcrumb-item">{_trail(site, page, '</li><li class="breadcrumb-item">')}</li></ol>
</div></div></div></div></div></section>
<section id="sp-main-body"><div class="container"><div class="container-inner"><div class="row">
<main id="sp-component" class="col-lg-12"><div class="sp-column"><div id="system-message-container" aria-live="polite"></div>
<div class="article-details" itemscope itemtype="https://schema.org/Article"><meta itemprop="inLanguage" content="fr-FR">
<div class="article-header"><h1 itemprop="headline">{escape(page.title)}</h1></div>
<div itemprop="articleBody">{page.body}</div></div>
</div></main></div></div></div></section>
<footer id="sp-footer"><div class="container"><div class="container-inner"><div class="row">
<div id="sp-footer1" class="col-lg-12"><div class="sp-column"><span class="sp-copyright">© 2024 {escape(site.title)} — {escape(site.address)} — <a href="/mentions-legales">Mentions légales</a> — <a href="/plan-du-site">Plan du site</a></span></div></div>
</div></div></div></footer>
</div></div>
<a href="#" class="sp-scroll-up" aria-label="Retour en haut"><span class="fas fa-angle-up" aria-hidden="true"></span></a>
</body>
</html>"""


# ---------------------------------------------------------------------------------------------------------
# "Alto", a proprietary municipal CMS (RGAA-minded markup, tarteaucitron consent, no generator meta)
# ---------------------------------------------------------------------------------------------------------

def alto(site, page):
    return f"""<!DOCTYPE html>
<html lang="fr" dir="ltr" class="no-js">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1, minimum-scale=1">
<title>{escape(page.title)} - {escape(site.title)}</title>
<meta name="description" content="{escape(page.title)} : toutes les informations de la commune.">
<meta property="og:type" content="website"><meta property="og:title" content="{escape(page.title)}">
<link rel="stylesheet" href="/alto/themes/marais/dist/css/app.4c1e9a.css">
<script>document.documentElement.className = document.documentElement.className.replace('no-js', 'js');</script>
<script src="/alto/vendor/tarteaucitron/tarteaucitron.js"></script>
<script src="/alto/themes/marais/dist/js/app.b72d10.js" defer></script>
</head>
<body class="alto-page {'is-home' if page.path == '/' else 'is-content'}" data-alto-page="{_num(page.path)}">
<nav class="skip" aria-label="Accès rapides"><ul><li><a href="#contenu">Aller au contenu</a></li><li><a href="#menu">Aller au menu</a></li><li><a href="#recherche">Aller à la recherche</a></li></ul></nav>
<header class="o-header" role="banner"><div class="o-header__top">
<a class="o-header__brand" href="/"><img src="/medias/logo-commune.svg" alt="{escape(site.title)} - Accueil" width="210" height="80"></a>
<div class="o-header__tools"><a class="o-header__tool" href="/demarches">Mes démarches</a><a class="o-header__tool" href="/agenda">Agenda</a></div>
<form id="recherche" class="o-search" action="/recherche" method="get" role="search"><label for="o-search-input" class="u-sr-only">Rechercher</label><input id="o-search-input" name="keywords" type="search" placeholder="Que recherchez-vous ?"><button class="o-search__submit" type="submit"><span class="u-sr-only">Lancer la recherche</span></button></form>
</div>
<nav id="menu" class="o-nav" role="navigation" aria-label="Menu principal"><ul class="o-nav__list">{_links(site.menu, "o-nav__item", "o-nav__link")}</ul></nav>
</header>
<main id="contenu" class="o-main" role="main" tabindex="-1">
<nav class="c-breadcrumb" aria-label="Fil d'Ariane"><ol class="c-breadcrumb__list"><li class="c-breadcrumb__item">{_trail(site, page, '</li><li class="c-breadcrumb__item">')}</li></ol></nav>
<div class="c-page-heading"><h1 class="c-page-heading__title">{escape(page.title)}</h1></div>
<div class="c-wysiwyg c-content">{page.body}</div>
</main>
<footer class="o-footer" role="contentinfo">
<div class="o-footer__contact"><p class="o-footer__name">{escape(site.title)}</p><address>{escape(site.address)}</address></div>
<div class="o-footer__social"><p>Suivez votre commune</p>{_accounts(site, "c-social", "c-social__item", "c-social__link")}</div>
<ul class="o-footer__links"><li><a href="/mentions-legales">Mentions légales</a></li><li><a href="/accessibilite">Accessibilité : partiellement conforme</a></li><li><a href="/plan-du-site">Plan du site</a></li></ul>
<p class="o-footer__credits">Site conçu avec Alto, la plateforme web des collectivités</p>
</footer>
</body>
</html>"""


# ---------------------------------------------------------------------------------------------------------
# "Campanile", another proprietary municipal CMS (older table-free layout, jQuery, a cookie bar)
# ---------------------------------------------------------------------------------------------------------

def campanile(site, page):
    return f"""<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(site.title)} - {escape(page.title)}</title>
<link rel="stylesheet" type="text/css" href="/_cmp/skins/ciron/css/global.css?v=3.8.2">
<link rel="stylesheet" type="text/css" href="/_cmp/skins/ciron/css/print.css?v=3.8.2" media="print">
<script type="text/javascript" src="/_cmp/js/jquery-3.6.0.min.js"></script>
<script type="text/javascript" src="/_cmp/js/campanile.front.js?v=3.8.2"></script>
</head>
<body class="cmp-body cmp-{'accueil' if page.path == '/' else 'page'}">
<div id="cmp-cookies" class="cmp-cookies" role="dialog" aria-label="Cookies"><p>Ce site utilise des cookies de mesure d'audience.</p><button type="button" class="cmp-cookies__ok">J'accepte</button><button type="button" class="cmp-cookies__no">Je refuse</button></div>
<div id="cmp-wrapper">
<div id="cmp-header"><div class="cmp-header-inner">
<div id="cmp-logo"><a href="/" title="Retour à l'accueil">{escape(site.title)}</a></div>
<div id="cmp-quicklinks"><a href="/contact">Contact</a> · <a href="/plan-du-site">Plan du site</a></div>
<form id="cmp-search" method="get" action="/recherche"><input type="text" name="q" title="Rechercher" value="" placeholder="Rechercher sur le site"><input type="submit" value="OK"></form>
</div>
<div id="cmp-menu"><ul class="cmp-menu-level1">{_links(site.menu, "cmp-menu-item")}</ul></div></div>
<div id="cmp-main"><div id="cmp-path">Vous êtes ici : {_trail(site, page, ' › ')}</div>
<div id="cmp-content"><h1 class="cmp-title">{escape(page.title)}</h1>
<div class="cmp-text">{page.body}</div></div></div>
<div id="cmp-footer"><div class="cmp-footer-col"><strong>{escape(site.title)}</strong><br>{escape(site.address)}</div>
<div class="cmp-footer-col">{_accounts(site, "cmp-reseaux", "cmp-reseau")}</div>
<div class="cmp-footer-bottom"><a href="/mentions-legales">Mentions légales</a> - <a href="/accessibilite">Accessibilité</a> - Réalisation Campanile Web</div></div>
</div>
</body>
</html>"""


CHROME = {
    "hameaux_astra": [("/mentions-legales/", "Mentions légales", LEGAL, NOTHING),
                      ("/accessibilite/", "Accessibilité", ACCESSIBILITY, NOTHING)],
    "hameaux_escal": [("/spip.php?article1", "Mentions légales", LEGAL, NOTHING),
                      ("/spip.php?page=plan", "Plan du site", "<p>Toutes les rubriques du site.</p>", NOTHING),
                      ("/spip.php?page=login&url=spip.php%3Fpage%3Dsommaire", "Se connecter",
                       '<div class="formulaire_spip formulaire_login"><form method="post" action="spip.php?page=login">'
                       '<label for="var_login">Login ou adresse email</label><input type="text" name="var_login" id="var_login" />'
                       '<label for="password">Mot de passe</label><input type="password" name="password" id="password" />'
                       '<input type="submit" class="submit" value="Valider" /></form></div>', frozenset({"contact_form"}))],
    "hameaux_helix": [("/mentions-legales", "Mentions légales", LEGAL, NOTHING),
                      ("/plan-du-site", "Plan du site", "<p>Toutes les pages du site de la commune.</p>", NOTHING)],
    "hameaux_alto": [("/mentions-legales", "Mentions légales", LEGAL, NOTHING),
                     ("/accessibilite", "Accessibilité", ACCESSIBILITY, NOTHING),
                     ("/plan-du-site", "Plan du site", "<p>L'ensemble des rubriques du site.</p>", NOTHING)],
    "hameaux_campanile": [("/mentions-legales", "Mentions légales", LEGAL, NOTHING),
                          ("/accessibilite", "Accessibilité", ACCESSIBILITY, NOTHING),
                          ("/plan-du-site", "Plan du site", "<p>L'ensemble des pages du site.</p>", NOTHING)],
}

for _name, _render in (("hameaux_astra", astra), ("hameaux_escal", escal), ("hameaux_helix", helix),
                       ("hameaux_alto", alto), ("hameaux_campanile", campanile)):
    themes.THEMES.setdefault(_name, _render)
    themes.CHROME.setdefault(_name, CHROME[_name])


# =========================================================================================================
# WordPress plugins
# =========================================================================================================

def wp_polls(poll_id, question, answers, first_answer_id):
    """The WP-Polls widget: a voting form (radio answers, vote button) in a sidebar widget."""
    items = "".join(
        f'<li><input type="radio" id="poll-answer-{first_answer_id + i}" name="poll_{poll_id}" value="{first_answer_id + i}" /> '
        f'<label for="poll-answer-{first_answer_id + i}">{escape(answer)}</label></li>'
        for i, answer in enumerate(answers))
    return f"""<aside id="polls-widget-2" class="widget widget_polls-widget"><h2 class="widget-title">Sondage</h2>
<div id="polls-{poll_id}" class="wp-polls">
<form id="polls_form_{poll_id}" class="wp-polls-form" action="/index.php" method="post">
<p style="display: none;"><input type="hidden" id="poll_{poll_id}_nonce" name="wp-polls-nonce" value="6f0c2a91de" /></p>
<p style="display: none;"><input type="hidden" name="poll_id" value="{poll_id}" /></p>
<p style="text-align: center;"><strong>{escape(question)}</strong></p>
<div id="polls-{poll_id}-ans" class="wp-polls-ans"><ul class="wp-polls-ul">{items}</ul>
<p style="text-align: center;"><input type="button" name="vote" value="   Voter   " class="Buttons" onclick="poll_vote({poll_id});" /></p>
<p style="text-align: center;"><a href="#ViewPollResults" onclick="poll_result({poll_id}); return false;" title="Voir les résultats de ce sondage">Voir les résultats</a></p>
</div></form></div>
<div id="polls-{poll_id}-loading" class="wp-polls-loading"><img src="/wp-content/plugins/wp-polls/images/loading.gif" width="16" height="16" alt="Chargement ..." title="Chargement ..." class="wp-polls-image" />&nbsp;Chargement ...</div>
</aside>"""


def wp_polls_results(poll_id, question, results, closed_on):
    total = sum(v for _, v in results)
    rows = "".join(
        f'<li>{escape(label)} <small>({round(100 * v / total)}%, {v} votes)</small>'
        f'<div class="pollbar" style="width: {round(100 * v / total)}%;" title="{escape(label)} ({round(100 * v / total)}% | {v} votes)"></div></li>'
        for label, v in results)
    return f"""<div id="polls-{poll_id}" class="wp-polls wp-polls-closed">
<p style="text-align: center;"><strong>{escape(question)}</strong></p>
<div id="polls-{poll_id}-ans" class="wp-polls-ans"><ul class="wp-polls-ul">{rows}</ul>
<p style="text-align: center;">Nombre total de votants : <strong>{total}</strong></p>
<p style="text-align: center;">Ce sondage est clos depuis le {closed_on}.</p></div></div>"""


def cf7(form_id, page_id, action, fields, submit="Envoyer"):
    """A Contact Form 7 form; fields: (kind, name, label, required) with kind text/email/tel/textarea/select:opt1|opt2/acceptance."""
    unit = f"wpcf7-f{form_id}-p{page_id}-o1"
    rows = []
    for kind, name, label, required in fields:
        req = ' aria-required="true"' if required else ""
        cls = " wpcf7-validates-as-required" if required else ""
        if kind == "textarea":
            control = f'<textarea cols="40" rows="10" maxlength="2000" class="wpcf7-form-control wpcf7-textarea{cls}"{req} aria-invalid="false" name="{name}"></textarea>'
        elif kind.startswith("select:"):
            options = "".join(f'<option value="{escape(o)}">{escape(o)}</option>' for o in kind[7:].split("|"))
            control = f'<select class="wpcf7-form-control wpcf7-select{cls}"{req} aria-invalid="false" name="{name}">{options}</select>'
        elif kind == "acceptance":
            rows.append(f'<p><span class="wpcf7-form-control-wrap" data-name="{name}"><span class="wpcf7-form-control wpcf7-acceptance"><span class="wpcf7-list-item"><label><input type="checkbox" name="{name}" value="1" aria-invalid="false" /><span class="wpcf7-list-item-label">{label}</span></label></span></span></span></p>')
            continue
        else:
            control = f'<input size="40" maxlength="400" class="wpcf7-form-control wpcf7-{kind} wpcf7-validates-as-{kind}{cls}"{req} aria-invalid="false" value="" type="{kind}" name="{name}" />'
        star = " (obligatoire)" if required else ""
        rows.append(f'<p><label> {label}{star}<br /><span class="wpcf7-form-control-wrap" data-name="{name}">{control}</span></label></p>')
    return f"""<div class="wpcf7 no-js" id="{unit}" lang="fr-FR" dir="ltr">
<div class="screen-reader-response"><p role="status" aria-live="polite" aria-atomic="true"></p><ul></ul></div>
<form action="{action}#{unit}" method="post" class="wpcf7-form init" aria-label="Formulaire de contact" novalidate="novalidate" data-status="init">
<div style="display: none;"><input type="hidden" name="_wpcf7" value="{form_id}" /><input type="hidden" name="_wpcf7_version" value="5.9.3" /><input type="hidden" name="_wpcf7_locale" value="fr_FR" /><input type="hidden" name="_wpcf7_unit_tag" value="{unit}" /><input type="hidden" name="_wpcf7_container_post" value="{page_id}" /></div>
{"".join(rows)}
<p><input class="wpcf7-form-control wpcf7-submit has-spinner" type="submit" value="{submit}" /></p><div class="wpcf7-response-output" aria-hidden="true"></div>
</form></div>"""


def wpforms(form_id, action, fields, submit="Envoyer"):
    """A WPForms form; fields: (kind, label, required, extra) with kind name/email/text/textarea/select/radio/checkbox."""
    rows = []
    for n, (kind, label, required, extra) in enumerate(fields, start=1):
        fid = f"wpforms-{form_id}-field_{n}"
        req = " wpforms-field-required" if required else ""
        star = ' <span class="wpforms-required-label">*</span>' if required else ""
        if kind in ("radio", "checkbox"):
            opts = "".join(
                f'<li class="choice-{i}"><input type="{kind}" id="{fid}_{i}" name="wpforms[fields][{n}]{"[]" if kind == "checkbox" else ""}" value="{escape(o)}" />'
                f'<label class="wpforms-field-label-inline" for="{fid}_{i}">{escape(o)}</label></li>'
                for i, o in enumerate(extra, start=1))
            ulcls = ' class="wpforms-field-required"' if required else ""
            rows.append(f'<div id="{fid}-container" class="wpforms-field wpforms-field-{kind}" data-field-id="{n}"><fieldset><legend class="wpforms-field-label">{label}{star}</legend><ul id="{fid}"{ulcls}>{opts}</ul></fieldset></div>')
            continue
        if kind == "textarea":
            control = f'<textarea id="{fid}" class="wpforms-field-medium{req}" name="wpforms[fields][{n}]"></textarea>'
        elif kind == "select":
            opts = "".join(f'<option value="{escape(o)}">{escape(o)}</option>' for o in extra)
            control = f'<select id="{fid}" class="wpforms-field-medium{req}" name="wpforms[fields][{n}]"><option value="" class="placeholder" disabled selected>— Choisir —</option>{opts}</select>'
        else:
            typ = {"name": "text", "email": "email"}.get(kind, "text")
            control = f'<input type="{typ}" id="{fid}" class="wpforms-field-medium{req}" name="wpforms[fields][{n}]" />'
        rows.append(f'<div id="{fid}-container" class="wpforms-field wpforms-field-{kind}" data-field-id="{n}"><label class="wpforms-field-label" for="{fid}">{label}{star}</label>{control}</div>')
    return f"""<div class="wpforms-container wpforms-container-full" id="wpforms-{form_id}">
<form id="wpforms-form-{form_id}" class="wpforms-validate wpforms-form wpforms-ajax-form" data-formid="{form_id}" method="post" enctype="multipart/form-data" action="{action}" data-token="c1b7f0e2a9">
<noscript class="wpforms-error-noscript">Veuillez activer JavaScript dans votre navigateur pour remplir ce formulaire.</noscript>
<div class="wpforms-field-container">{"".join(rows)}</div>
<div class="wpforms-field wpforms-field-hp"><label for="wpforms-{form_id}-field-hp" class="wpforms-field-label">Message</label><input type="text" name="wpforms[hp]" id="wpforms-{form_id}-field-hp" class="wpforms-field-medium"></div>
<div class="wpforms-submit-container"><input type="hidden" name="wpforms[id]" value="{form_id}"><button type="submit" name="wpforms[submit]" id="wpforms-submit-{form_id}" class="wpforms-submit" data-alt-text="Envoi..." data-submit-text="{submit}" aria-live="assertive" value="wpforms-submit">{submit}</button></div>
</form></div>"""


def wp_comments(post_id, comments, form=True, closed_text="Les commentaires sont fermés."):
    """WordPress native comments: the list (author, date, text) and the comment form, or a closed notice."""
    items = "".join(
        f'<li id="comment-{post_id * 10 + i}" class="comment even thread-even depth-1"><article id="div-comment-{post_id * 10 + i}" class="comment-body">'
        f'<footer class="comment-meta"><div class="comment-author vcard"><b class="fn">{escape(author)}</b> <span class="says">dit :</span></div>'
        f'<div class="comment-metadata"><time datetime="2024-03-0{i + 1}T18:2{i}:00+01:00">{escape(date)}</time></div></footer>'
        f'<div class="comment-content"><p>{escape(text)}</p></div>'
        + (f'<div class="reply"><a rel="nofollow" class="comment-reply-link" href="#comment-{post_id * 10 + i}" data-commentid="{post_id * 10 + i}" data-postid="{post_id}" aria-label="Répondre à {escape(author)}">Répondre</a></div>' if form else "")
        + '</article></li>'
        for i, (author, date, text) in enumerate(comments))
    count = len(comments)
    heading = (f'<h3 class="comments-title">{count} réponse{"s" if count > 1 else ""} à « cet article »</h3><ol class="ast-comment-list">{items}</ol>'
               if comments else "")
    if not form:
        return f'<div id="comments" class="comments-area">{heading}<p class="no-comments">{closed_text}</p></div>'
    return f"""<div id="comments" class="comments-area">{heading}
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Laisser un commentaire <small><a rel="nofollow" id="cancel-comment-reply-link" href="#respond" style="display:none;">Annuler la réponse</a></small></h3>
<form action="/wp-comments-post.php" method="post" id="ast-commentform" class="comment-form">
<p class="comment-notes"><span id="email-notes">Votre adresse e-mail ne sera pas publiée.</span> <span class="required-field-message">Les champs obligatoires sont indiqués avec <span class="required">*</span></span></p>
<div class="ast-row comment-textarea"><fieldset class="comment-form-comment"><legend class="comment-form-legend"></legend><div class="comment-form-textarea ast-grid-common-col"><label for="comment" class="screen-reader-text">Saisissez votre commentaire ici…</label><textarea id="comment" name="comment" placeholder="Saisissez votre commentaire ici…" cols="45" rows="8" aria-required="true"></textarea></div></fieldset></div>
<div class="ast-comment-formwrap ast-row"><p class="comment-form-author ast-grid-common-col ast-width-lg-33 ast-width-md-4 ast-float"><label for="author" class="screen-reader-text">Nom*</label><input id="author" name="author" type="text" value="" placeholder="Nom*" size="30" aria-required="true" /></p>
<p class="comment-form-email ast-grid-common-col ast-width-lg-33 ast-width-md-4 ast-float"><label for="email" class="screen-reader-text">E-mail*</label><input id="email" name="email" type="text" value="" placeholder="E-mail*" size="30" aria-required="true" /></p></div>
<p class="comment-form-cookies-consent"><input id="wp-comment-cookies-consent" name="wp-comment-cookies-consent" type="checkbox" value="yes" /> <label for="wp-comment-cookies-consent">Enregistrer mon nom et mon e-mail dans le navigateur pour mon prochain commentaire.</label></p>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Laisser un commentaire" /> <input type='hidden' name='comment_post_ID' value='{post_id}' id='comment_post_ID' /><input type='hidden' name='comment_parent' id='comment_parent' value='0' /></p>
</form></div></div>"""


def wpdiscuz(post_id, comments):
    """The wpDiscuz comment plugin: its form (wc_comment textarea, name, e-mail) and the comment threads."""
    threads = "".join(
        f'<div id="wpd-comm-{post_id * 7 + i}_0" class="wpd-comment wpd_comment_level-1"><div class="wpd-comment-wrap wpd-blog-guest">'
        f'<div class="wpd-comment-left"><div class="wpd-avatar"><img alt="{escape(author)}" src="/wp-content/plugins/wpdiscuz/assets/img/avatar.png" class="avatar avatar-64 photo" height="64" width="64"></div></div>'
        f'<div id="comment-{post_id * 7 + i}" class="wpd-comment-right"><div class="wpd-comment-header"><div class="wpd-comment-author">{escape(author)}</div>'
        f'<div class="wpd-comment-date" title="{escape(date)}">{escape(date)}</div></div>'
        f'<div class="wpd-comment-text"><p>{escape(text)}</p></div>'
        f'<div class="wpd-comment-footer"><div class="wpd-vote"><div class="wpd-vote-up wpd_not_clicked"><svg aria-hidden="true" viewBox="0 0 24 24"></svg></div><div class="wpd-vote-result" title="{likes}">{likes}</div></div>'
        f'<div class="wpd-reply-button"><svg viewBox="0 0 24 24" aria-hidden="true"></svg><span>Répondre</span></div></div></div></div></div>'
        for i, (author, date, text, likes) in enumerate(comments))
    return f"""<div class="wpdiscuz_top_clearing"></div>
<div id='comments' class='comments-area'><div id='respond' style='width: 0;height: 0;clear: both;margin: 0;padding: 0;'></div>
<div id="wpdcom" class="wpdiscuz_unauth wpd-default wpd-layout-1 wpd-comments-open">
<div class="wc_social_plugin_wrapper"></div>
<div class="wpd-form-wrap"><div class="wpd-form-head"><div class="wpd-sbs-toggle"><i class="far fa-envelope"></i> <span class="wpd-sbs-title">S'abonner</span></div></div>
<div class="wpd-form wpd-form-wrapper wpd-main-form-wrapper" id="wpd-main-form-wrapper-0_0">
<form method="post" enctype="multipart/form-data" data-uploading="false" class="wpd_comm_form wpd_main_comm_form">
<div class="wpd-field-comment"><div class="wpdiscuz-item wc-field-textarea"><div class="wpdiscuz-textarea-wrap">
<div class="wpd-avatar"><img alt="invité" src="/wp-content/plugins/wpdiscuz/assets/img/avatar.png" class="avatar avatar-56 photo" height="56" width="56"></div>
<label style="display: none;" for="wc-textarea-0_0">Label</label><textarea id="wc-textarea-0_0" placeholder="Participez à la discussion !" aria-label="Participez à la discussion !" name="wc_comment" class="wc_comment wpd-field"></textarea></div></div></div>
<div class="wpd-form-foot"><div class="wpdiscuz-textarea-foot"><div class="wpdiscuz-button-actions"></div></div>
<div class="wpd-form-row"><div class="wpd-form-col-left">
<div class="wpdiscuz-item wc_name-wrapper wpd-has-icon"><div class="wpd-field-icon"><i class="fas fa-user"></i></div><input id="wc_name-0_0" value="" required="required" aria-required="true" class="wc_name wpd-field" type="text" name="wc_name" placeholder="Nom*" maxlength="50" pattern=".{{3,50}}" title=""><label for="wc_name-0_0" class="wpdlb">Nom*</label></div>
<div class="wpdiscuz-item wc_email-wrapper wpd-has-icon"><div class="wpd-field-icon"><i class="fas fa-at"></i></div><input id="wc_email-0_0" value="" required="required" aria-required="true" class="wc_email wpd-field" type="email" name="wc_email" placeholder="E-mail*"/><label for="wc_email-0_0" class="wpdlb">E-mail*</label></div>
</div><div class="wpd-form-col-right"><div class="wc-field-submit"><input id="wpd-field-submit-0_0" class="wc_comm_submit wpd_not_clicked wpd-prim-button" type="submit" name="submit" value="Publier le commentaire" aria-label="Publier le commentaire"/></div></div>
<div class="clearfix"></div></div></div>
<input type="hidden" class="wpdiscuz_unique_id" value="0_0" name="wpdiscuz_unique_id">
</form></div></div></div>
<div id="wpd-threads" class="wpd-thread-wrapper"><div class="wpd-thread-head"><div class="wpd-thread-info " data-comments-count="{len(comments)}"><span class='wpdtc' title='{len(comments)}'>{len(comments)}</span> Commentaires</div></div>
<div class="wpd-comment-info-bar"></div><div class="wpd-thread-list">{threads}</div></div>
</div></div>
<div id="wpdiscuz-loading-bar" class="wpdiscuz-loading-bar-unauth"></div>"""


def share_buttons(url, title):
    """Share links (intents): not the city's accounts."""
    from urllib.parse import quote
    return (f'<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">Partager :</h3><ul class="share-links">'
            f'<li><a class="share-facebook" href="https://www.facebook.com/sharer/sharer.php?u={quote(url, safe="")}" target="_blank" rel="nofollow noopener">Facebook</a></li>'
            f'<li><a class="share-x" href="https://x.com/intent/post?url={quote(url, safe="")}&amp;text={quote(title)}" target="_blank" rel="nofollow noopener">X</a></li>'
            f'<li><a class="share-linkedin" href="https://www.linkedin.com/shareArticle?mini=true&amp;url={quote(url, safe="")}" target="_blank" rel="nofollow noopener">LinkedIn</a></li>'
            f'<li><a class="share-email" href="mailto:?subject={quote(title)}&amp;body={quote(url, safe="")}">E-mail</a></li></ul></div>')


def gravity(form_id, action, fields, submit="Envoyer"):
    """A Gravity Forms form; fields: (kind, label, required) with kind text/email/phone/textarea/select:a|b/consent."""
    rows = []
    for n, (kind, label, required) in enumerate(fields, start=1):
        fid = f"input_{form_id}_{n}"
        req = ' aria-required="true"' if required else ' aria-required="false"'
        star = '<span class="gfield_required"><span class="gfield_required gfield_required_text">(Nécessaire)</span></span>' if required else ""
        if kind == "textarea":
            control = f'<textarea name="input_{n}" id="{fid}" class="textarea large" {req} aria-invalid="false" rows="10" cols="50"></textarea>'
        elif kind.startswith("select:"):
            opts = "".join(f"<option value='{escape(o)}'>{escape(o)}</option>" for o in kind[7:].split("|"))
            control = f"<select name='input_{n}' id='{fid}' class='large gfield_select' {req} aria-invalid=\"false\">{opts}</select>"
        elif kind == "consent":
            control = f"<input name='input_{n}.1' id='{fid}_1' type='checkbox' value='1' {req} aria-invalid='false' /> <label class=\"gform-field-label gform-field-label--type-inline gfield_consent_label\" for='{fid}_1'>{label}</label>"
            rows.append(f'<div id="field_{form_id}_{n}" class="gfield gfield--type-consent gfield--width-full field_sublabel_below gfield_visibility_visible" data-js-reload="field_{form_id}_{n}"><div class="ginput_container ginput_container_consent">{control}</div></div>')
            continue
        else:
            typ = {"email": "email", "phone": "tel"}.get(kind, "text")
            control = f"<input name='input_{n}' id='{fid}' type='{typ}' value='' class='large' {req} aria-invalid=\"false\" />"
        rows.append(f'<div id="field_{form_id}_{n}" class="gfield gfield--type-{kind.split(":")[0]} gfield--width-full field_sublabel_below gfield_visibility_visible" data-js-reload="field_{form_id}_{n}">'
                    f'<label class="gfield_label gform-field-label" for="{fid}">{label}{star}</label><div class="ginput_container ginput_container_{kind.split(":")[0]}">{control}</div></div>')
    return f"""<div class='gf_browser_gecko gform_wrapper gravity-theme gform-theme--no-framework' data-form-theme='gravity-theme' data-form-index='0' id='gform_wrapper_{form_id}'>
<div class='gform_heading'><p class='gform_required_legend'>« <span class="gfield_required gfield_required_asterisk">*</span> » indique les champs nécessaires</p></div>
<form method='post' enctype='multipart/form-data' id='gform_{form_id}' action='{action}' data-formid='{form_id}' novalidate>
<div class='gform-body gform_body'><div id='gform_fields_{form_id}' class='gform_fields top_label form_sublabels_below description_below validation_below'>{"".join(rows)}</div></div>
<div class='gform_footer top_label'><input type='submit' id='gform_submit_button_{form_id}' class='gform_button button' value='{submit}' /><input type='hidden' class='gform_hidden' name='is_submit_{form_id}' value='1' /><input type='hidden' class='gform_hidden' name='gform_submit' value='{form_id}' /><input type='hidden' class='gform_hidden' name='gform_unique_id' value='' /></div>
</form></div>"""


# =========================================================================================================
# SPIP forms
# =========================================================================================================

def spip_forum_thread(id_article, messages, reply=True):
    """Messages of a SPIP forum attached to an article (ul.forum), with a link to the posting page."""
    def one(m, depth):
        id_forum, author, date, title, text, answers = m
        inner = "".join(one(a, depth + 1) for a in answers)
        return (f'<li class="forum-fil"><div class="forum-message"><div class="forum-chapo"><strong class="forum-titre">'
                f'<a href="#forum{id_forum}" name="forum{id_forum}" id="forum{id_forum}">{escape(title)}</a></strong>'
                f' <small>{escape(date)}, par <span class="vcard author">{escape(author)}</span></small></div>'
                f'<div class="forum-texte"><p>{escape(text)}</p>'
                + (f'<p class="repondre"><a href="spip.php?page=forum&amp;id_article={id_article}&amp;id_forum={id_forum}" rel="noindex nofollow">Répondre à ce message</a></p>' if reply else "")
                + f'</div></div>{"<ul>" + inner + "</ul>" if inner else ""}</li>')
    body = "".join(one(m, 0) for m in messages)
    return f'<a href="#forum" name="forum" id="forum"></a><ul class="forum">{body}</ul>'


def spip_formulaire_forum(id_article, action):
    return f"""<div class="formulaire_spip formulaire_forum ajax" id="formulaire_forum">
<p class="explication">Ce forum est modéré a priori : votre contribution n'apparaîtra qu'après avoir été validée par un administrateur du site.</p>
<form action="{action}#formulaire_forum" method="post" enctype="multipart/form-data"><div>
<input name="page" value="forum" type="hidden" /><input name="id_article" value="{id_article}" type="hidden" />
<input name="formulaire_action" type="hidden" value="forum" /><input name="formulaire_action_args" type="hidden" value="k3JpZ9mE1c8a..." />
<input type="hidden" name="retour_forum" value="!" /><input type="hidden" name="id_objet" value="{id_article}" /><input type="hidden" name="objet" value="article" /></div>
<fieldset class="qui saisie_qui"><legend>Qui êtes-vous ?</legend><div class="editer-groupe">
<div class="editer saisie_session_nom"><label for="session_nom">Votre nom</label><input type="text" class="text" name="session_nom" id="session_nom" value="" size="40" autocapitalize="off" autocorrect="off" /></div>
<div class="editer saisie_session_email"><label for="session_email">Votre adresse email</label><input type="email" class="text email" name="session_email" id="session_email" value="" size="40" autocapitalize="off" autocorrect="off" /></div>
</div></fieldset>
<fieldset><legend>Votre message</legend><div class="editer-groupe">
<div class="editer saisie_titre obligatoire"><label for="titre">Titre (obligatoire)</label><input type="text" class="text" name="titre" id="titre" value="" size="60" /></div>
<div class="editer saisie_texte obligatoire"><label for="texte">Texte de votre message</label><p class="explication">Pour créer des paragraphes, laissez simplement des lignes vides.</p><textarea name="texte" id="texte" rows="10" cols="60"></textarea></div>
</div></fieldset>
<p style="display: none;"><label for="nobot_forum">Veuillez laisser ce champ vide :</label><input type="text" class="text" name="nobot" id="nobot_forum" value="" size="10" /></p>
<p class="boutons"><input type="submit" class="submit" name="previsualiser_message" value="Prévisualiser" /></p>
</form></div>"""


def spip_signature(id_article, action, count):
    """The SPIP petition form of an article (formulaire_signature) and its signature count."""
    return f"""<div class="formulaire_spip formulaire_signature ajax" id="sp{id_article}">
<h2 class="h2">Signer cette pétition</h2>
<p class="explication">Signez en indiquant vos nom et adresse email ; un message vous sera envoyé pour confirmer votre signature.</p>
<form method="post" action="{action}#sp{id_article}"><div>
<input name="formulaire_action" type="hidden" value="signature" /><input name="formulaire_action_args" type="hidden" value="a8f2Qz1x..." />
<input type="hidden" name="id_article" value="{id_article}" /></div>
<fieldset><legend>Vos coordonnées</legend><div class="editer-groupe">
<div class="editer saisie_session_nom obligatoire"><label for="session_nom">Votre nom ou pseudo</label><input type="text" class="text" name="session_nom" id="session_nom" value="" size="20" /></div>
<div class="editer saisie_session_email obligatoire"><label for="session_email">Votre adresse email</label><input type="email" class="text email" name="session_email" id="session_email" value="" size="20" /></div>
<div class="editer saisie_ville"><label for="ville">Votre quartier ou hameau</label><input type="text" class="text" name="ville" id="ville" value="" size="20" /></div>
</div></fieldset>
<fieldset><legend>Un message pour accompagner votre signature (facultatif)</legend><div class="editer-groupe"><div class="editer saisie_message"><textarea name="message" id="message" rows="3" cols="40"></textarea></div></div></fieldset>
<p style="display: none;"><label for="nobot_signature">Veuillez laisser ce champ vide :</label><input type="text" class="text" name="nobot" id="nobot_signature" value="" size="10" /></p>
<p class="boutons"><input type="submit" class="submit" value="Valider" /></p>
</form>
<p class="signatures"><strong>{count}</strong> signatures à ce jour</p></div>"""


def spip_formidable(id_formulaire, identifier, action, fields, submit="Envoyer"):
    """A form of the Formidable plugin; fields: (kind, name, label, required) kind input/email/textarea/radio:a|b/checkbox:a|b."""
    rows = []
    for kind, name, label, required in fields:
        ob = " obligatoire" if required else ""
        if kind.startswith(("radio:", "checkbox:")):
            typ, opts = kind.split(":", 1)
            choices = "".join(
                f'<div class="choix choix_{i}"><input type="{typ}" name="{name}{"[]" if typ == "checkbox" else ""}" class="{typ}" id="champ_{name}_{i}" value="{i}" />'
                f'<label for="champ_{name}_{i}">{escape(o)}</label></div>'
                for i, o in enumerate(opts.split("|"), start=1))
            rows.append(f'<div class="editer editer_{name} saisie_{typ}{ob}"><fieldset><legend>{label}</legend>{choices}</fieldset></div>')
            continue
        if kind == "textarea":
            control = f'<textarea name="{name}" class="textarea" id="champ_{name}" rows="8" cols="40"></textarea>'
        else:
            control = f'<input type="{"email" if kind == "email" else "text"}" name="{name}" class="text" id="champ_{name}" value="" size="40" />'
        mark = ' <span class="obligatoire">(obligatoire)</span>' if required else ""
        rows.append(f'<div class="editer editer_{name} saisie_{kind}{ob}"><label for="champ_{name}">{label}{mark}</label>{control}</div>')
    return f"""<div class="formulaire_spip formulaire_formidable formulaire_formidable_{id_formulaire} formulaire_formidable-{identifier}" id="formulaire_formidable_{id_formulaire}">
<form method="post" action="{action}#formulaire_formidable_{id_formulaire}" enctype="multipart/form-data"><div>
<input name="formulaire_action" type="hidden" value="formidable" /><input name="formulaire_action_args" type="hidden" value="Zm9ybWlkYWJsZQ..." />
<input type="hidden" name="id_formulaire" value="{id_formulaire}" /></div>
<div class="editer-groupe">{"".join(rows)}</div>
<p style="display: none;"><label for="nobot">Veuillez laisser ce champ vide :</label><input type="text" class="text" name="nobot" id="nobot" value="" size="10" /></p>
<p class="boutons"><input type="submit" class="submit" value="{submit}" /></p>
</form></div>"""


# =========================================================================================================
# Drupal forms
# =========================================================================================================

def drupal_poll(nid, question, choices):
    items = "".join(
        f'<div class="js-form-item form-item js-form-type-radio form-type-radio js-form-item-choice form-item-choice">'
        f'<input data-drupal-selector="edit-choice-{i}" type="radio" id="edit-choice-{i}" name="choice" value="{i}" class="form-radio" />'
        f'<label for="edit-choice-{i}" class="option">{escape(c)}</label></div>'
        for i, c in enumerate(choices, start=1))
    return f"""<div class="poll" id="poll-{nid}">
<form class="poll-view-form poll-view-form-{nid}" data-drupal-selector="poll-view-form-{nid}" action="/poll/{nid}" method="post" id="poll-view-form-{nid}" accept-charset="UTF-8">
<div class="poll-question"><h3>{escape(question)}</h3></div>
<fieldset data-drupal-selector="edit-choice" id="edit-choice--wrapper" class="fieldgroup form-composite js-form-item form-item js-form-wrapper form-wrapper"><legend><span class="visually-hidden fieldset-legend">Choix</span></legend>
<div class="fieldset-wrapper"><div id="edit-choice" class="form-radios">{items}</div></div></fieldset>
<input autocomplete="off" data-drupal-selector="form-p0ll{nid}" type="hidden" name="form_build_id" value="form-p0ll{nid}xYz" />
<input data-drupal-selector="edit-poll-view-form-{nid}" type="hidden" name="form_id" value="poll_view_form_{nid}" />
<div data-drupal-selector="edit-actions" class="form-actions js-form-wrapper form-wrapper" id="edit-actions"><input class="button button--primary js-form-submit form-submit" data-drupal-selector="edit-vote" type="submit" id="edit-vote" name="op" value="Voter" /></div>
</form></div>"""


def drupal_comments(nid, comments):
    items = "".join(
        f'<article data-comment-user-id="0" id="comment-{nid * 3 + i}" class="comment js-comment by-anonymous" role="article">'
        f'<span class="hidden" data-comment-timestamp="17100{i}0000"></span><footer class="comment__meta"><p class="comment__author"><span>{escape(author)}</span></p>'
        f'<p class="comment__time">{escape(date)}</p></footer><div class="comment__content"><h3><a href="#comment-{nid * 3 + i}" class="permalink" rel="bookmark" hreflang="fr">{escape(text[:40])}…</a></h3>'
        f'<div class="clearfix text-formatted field field--name-comment-body field--type-text-long field--label-hidden field__item"><p>{escape(text)}</p></div></div></article>'
        for i, (author, date, text) in enumerate(comments))
    return f"""<section data-drupal-selector="comments" class="field field--name-comment field--type-comment field--label-above comment-wrapper">
<h2 class="title comment-section-title">Commentaires</h2>{items}
<h2 class="title comment-form__title">Ajouter un commentaire</h2>
<form class="comment-comment-form comment-form" data-drupal-selector="comment-form" action="/comment/reply/node/{nid}/comment" method="post" id="comment-form" accept-charset="UTF-8">
<div class="js-form-item form-item js-form-type-textfield form-type-textfield js-form-item-name form-item-name"><label for="edit-name">Votre nom</label><input data-drupal-default-value="Anonyme (non vérifié)" data-drupal-selector="edit-name" type="text" id="edit-name" name="name" value="" size="30" maxlength="60" class="form-text" /></div>
<div class="js-form-item form-item js-form-type-email form-type-email js-form-item-mail form-item-mail"><label for="edit-mail">Courriel</label><input data-drupal-selector="edit-mail" aria-describedby="edit-mail--description" type="email" id="edit-mail" name="mail" value="" size="30" maxlength="64" class="form-email" /><div id="edit-mail--description" class="description">Le contenu de ce champ sera maintenu privé et ne sera pas affiché publiquement.</div></div>
<div class="field--type-text-long field--name-comment-body field--widget-text-textarea js-form-wrapper form-wrapper" data-drupal-selector="edit-comment-body-wrapper" id="edit-comment-body-wrapper"><div class="js-text-format-wrapper text-format-wrapper js-form-item form-item">
<div class="js-form-item form-item js-form-type-textarea form-type-textarea js-form-item-comment-body-0-value form-item-comment-body-0-value"><label for="edit-comment-body-0-value" class="js-form-required form-required">Commentaire</label>
<div class="form-textarea-wrapper"><textarea class="js-text-full text-full form-textarea required" data-drupal-selector="edit-comment-body-0-value" id="edit-comment-body-0-value" name="comment_body[0][value]" rows="5" cols="60" placeholder="" required="required" aria-required="true"></textarea></div></div></div></div>
<input autocomplete="off" data-drupal-selector="form-c0mm{nid}" type="hidden" name="form_build_id" value="form-c0mm{nid}aBc" />
<input data-drupal-selector="edit-comment-comment-form" type="hidden" name="form_id" value="comment_comment_form" />
<div data-drupal-selector="edit-actions" class="form-actions js-form-wrapper form-wrapper" id="edit-actions--2"><input data-drupal-selector="edit-submit" type="submit" id="edit-submit--2" name="op" value="Enregistrer" class="button button--primary js-form-submit form-submit" /><input data-drupal-selector="edit-preview" type="submit" id="edit-preview" name="op" value="Aperçu" class="button js-form-submit form-submit" /></div>
</form></section>"""


def drupal_webform(webform_id, action, elements, submit="Envoyer"):
    """A Drupal Webform; elements: (kind, key, label, required, options) with kind textfield/email/tel/textarea/radios/checkboxes/select."""
    rows = []
    for kind, key, label, required, options in elements:
        req = ' required="required" aria-required="true"' if required else ""
        lcls = ' class="js-form-required form-required"' if required else ""
        dkey = key.replace("_", "-")
        if kind in ("radios", "checkboxes"):
            typ = "radio" if kind == "radios" else "checkbox"
            opts = "".join(
                f'<div class="js-form-item form-item js-form-type-{typ} form-type-{typ}"><input data-drupal-selector="edit-{dkey}-{i}" type="{typ}" id="edit-{dkey}-{i}" '
                f'name="{key}{"[" + str(i) + "]" if typ == "checkbox" else ""}" value="{i}" class="form-{typ}" /><label for="edit-{dkey}-{i}" class="option">{escape(o)}</label></div>'
                for i, o in enumerate(options, start=1))
            rows.append(f'<fieldset data-drupal-selector="edit-{dkey}" id="edit-{dkey}--wrapper" class="{kind}--wrapper fieldgroup form-composite webform-composite-visible-title js-webform-type-{kind} webform-type-{kind} js-form-item form-item js-form-wrapper form-wrapper"><legend><span{lcls} class="fieldset-legend">{label}</span></legend>'
                        f'<div class="fieldset-wrapper"><div id="edit-{dkey}" class="js-webform-{kind} webform-options-display-one-column form-{kind}">{opts}</div></div></fieldset>')
            continue
        if kind == "textarea":
            control = f'<div class="form-textarea-wrapper"><textarea data-drupal-selector="edit-{dkey}" id="edit-{dkey}" name="{key}" rows="5" cols="60" class="form-textarea"{req}></textarea></div>'
        elif kind == "select":
            opts = "".join(f'<option value="{i}">{escape(o)}</option>' for i, o in enumerate(options, start=1))
            control = f'<select data-drupal-selector="edit-{dkey}" id="edit-{dkey}" name="{key}" class="form-select"{req}><option value="" selected="selected">- Sélectionner -</option>{opts}</select>'
        else:
            typ = {"textfield": "text", "email": "email", "tel": "tel"}[kind]
            control = f'<input data-drupal-selector="edit-{dkey}" type="{typ}" id="edit-{dkey}" name="{key}" value="" size="60" maxlength="255" class="form-{typ}"{req} />'
        rows.append(f'<div class="js-form-item form-item js-form-type-{kind} form-type-{kind} js-form-item-{dkey} form-item-{dkey}"><label for="edit-{dkey}"{lcls}>{label}</label>{control}</div>')
    wid = webform_id.replace("_", "-")
    return f"""<form class="webform-submission-form webform-submission-add-form webform-submission-{wid}-form webform-submission-{wid}-add-form js-webform-details-toggle webform-details-toggle" data-drupal-selector="webform-submission-{wid}-add-form" action="{action}" method="post" id="webform-submission-{wid}-add-form" accept-charset="UTF-8">
{"".join(rows)}
<input autocomplete="off" data-drupal-selector="form-w3bf{len(webform_id)}" type="hidden" name="form_build_id" value="form-w3bf{len(webform_id)}Qrs" />
<input data-drupal-selector="edit-webform-submission-{wid}-add-form" type="hidden" name="form_id" value="webform_submission_{webform_id}_add_form" />
<div data-drupal-selector="edit-actions" class="form-actions webform-actions js-form-wrapper form-wrapper" id="edit-actions"><input class="webform-button--submit button button--primary js-form-submit form-submit" data-drupal-selector="edit-submit" type="submit" id="edit-submit" name="op" value="{submit}" /></div>
</form>"""


# =========================================================================================================
# Joomla forms and a third-party comment embed
# =========================================================================================================

def joomla_contact(action, contact_id):
    return f"""<div class="com-contact__form contact-form">
<form id="contact-form" action="{action}" method="post" class="com-contact__form form-validate">
<fieldset class="m-0"><legend>Envoyer un e-mail</legend>
<div class="control-group field-spacer"><div class="control-label"><span class="spacer"><span class="before"></span><span class="text"><label id="jform_spacer-lbl"><strong class="red">*</strong> Champ requis</label></span><span class="after"></span></span></div></div>
<div class="control-group"><div class="control-label"><label id="jform_contact_name-lbl" for="jform_contact_name" class="required">Nom<span class="star" aria-hidden="true">&#160;*</span></label></div>
<div class="controls"><input type="text" name="jform[contact_name]" id="jform_contact_name" value="" class="form-control required" size="30" required autocomplete="name"></div></div>
<div class="control-group"><div class="control-label"><label id="jform_contact_email-lbl" for="jform_contact_email" class="required">E-mail<span class="star" aria-hidden="true">&#160;*</span></label></div>
<div class="controls"><input type="email" inputmode="email" name="jform[contact_email]" class="form-control validate-email required" id="jform_contact_email" value="" size="30" autocomplete="email" required></div></div>
<div class="control-group"><div class="control-label"><label id="jform_contact_emailmsg-lbl" for="jform_contact_emailmsg" class="required">Sujet<span class="star" aria-hidden="true">&#160;*</span></label></div>
<div class="controls"><input type="text" name="jform[contact_subject]" id="jform_contact_emailmsg" value="" class="form-control required" size="60" required></div></div>
<div class="control-group"><div class="control-label"><label id="jform_contact_message-lbl" for="jform_contact_message" class="required">Message<span class="star" aria-hidden="true">&#160;*</span></label></div>
<div class="controls"><textarea name="jform[contact_message]" id="jform_contact_message" cols="50" rows="10" class="form-control required" required></textarea></div></div>
<div class="control-group"><div class="control-label"><label id="jform_contact_email_copy-lbl" for="jform_contact_email_copy">Recevoir une copie de cet e-mail</label></div>
<div class="controls"><input type="checkbox" name="jform[contact_email_copy]" id="jform_contact_email_copy" value="1"></div></div>
</fieldset>
<div class="control-group"><div class="controls"><button class="btn btn-primary validate" type="submit">Envoyer l'e-mail</button>
<input type="hidden" name="option" value="com_contact"><input type="hidden" name="task" value="contact.submit"><input type="hidden" name="return" value=""><input type="hidden" name="id" value="{contact_id}:mairie"><input type="hidden" name="3f9d2a7c1b" value="1"></div></div>
</form></div>"""


def rsform(form_id, action, fields, submit="Envoyer"):
    """An RSForm!Pro form (Joomla); fields: (kind, name, label, required) kind textbox/email/textarea/radio:a|b/checkbox:a|b/select:a|b."""
    rows = []
    for kind, name, label, required in fields:
        star = '<strong class="formRequired">(*)</strong>' if required else ""
        if kind.startswith(("radio:", "checkbox:")):
            typ, opts = kind.split(":", 1)
            choices = "".join(
                f'<div class="form-check"><input type="{typ}" name="form[{name}][]" value="{escape(o)}" id="{name}{i}" class="rsform-{typ} form-check-input" />'
                f'<label for="{name}{i}" class="form-check-label">{escape(o)}</label></div>'
                for i, o in enumerate(opts.split("|")))
            control = choices
        elif kind.startswith("select:"):
            opts = "".join(f'<option value="{escape(o)}">{escape(o)}</option>' for o in kind[7:].split("|"))
            control = f'<select name="form[{name}][]" id="{name}" class="rsform-select-box form-select">{opts}</select>'
        elif kind == "textarea":
            control = f'<textarea cols="50" rows="5" name="form[{name}]" id="{name}" class="rsform-text-box form-control"></textarea>'
        else:
            control = f'<input type="{"email" if kind == "email" else "text"}" value="" size="20" name="form[{name}]" id="{name}" class="rsform-input-box form-control" />'
        rows.append(f'<div class="mb-3 rsform-block rsform-block-{name.lower()}"><label class="form-label formControlLabel" for="{name}">{label}{star}</label>'
                    f'<div class="formControls"><div class="formBody">{control}<span class="formValidation"><span id="component{_num(name, 10, 90)}" class="formNoError">Champ invalide</span></span></div></div></div>')
    return f"""<form method="post" id="userForm" action="{action}" enctype="multipart/form-data">
<div id="rsform_{form_id}_page_0"><fieldset class="formHorizontal formContainer" id="rsform_{form_id}_page_0">{"".join(rows)}
<div class="mb-3 rsform-block rsform-block-submit"><div class="formControls"><div class="formBody"><button type="submit" name="form[Envoyer]" id="Envoyer" class="rsform-submit-button btn btn-primary">{submit}</button></div></div></div>
</fieldset></div>
<input type="hidden" name="form[formId]" value="{form_id}"/></form>"""


def facebook_comments(url):
    """The Facebook comments social plugin (a third-party comment system) and its SDK."""
    return f"""<div id="fb-root"></div>
<script async defer crossorigin="anonymous" src="https://connect.facebook.net/fr_FR/sdk.js#xfbml=1&version=v19.0" nonce="pQ7sK2aD"></script>
<div class="fb-comments-wrapper"><h3>Réagissez</h3>
<div class="fb-comments" data-href="{escape(url)}" data-width="100%" data-numposts="10" data-order-by="reverse_time" data-lazy="true"></div></div>"""


# =========================================================================================================
# TYPO3 form framework
# =========================================================================================================

def typo3_form(identifier, action, elements, submit="Envoyer"):
    """A TYPO3 form framework form; elements: (kind, name, label, required, options)."""
    rows = []
    for kind, name, label, required, options in elements:
        fname = f"tx_form_formframework[{identifier}][{name}]"
        fid = f"{identifier}-{name}"
        req = ' required="required"' if required else ""
        star = '<span class="required">*</span>' if required else ""
        if kind in ("RadioButton", "MultiCheckbox"):
            typ = "radio" if kind == "RadioButton" else "checkbox"
            opts = "".join(
                f'<div class="form-check"><label class="form-check-label" for="{fid}-{i}"><input class="form-check-input" id="{fid}-{i}" type="{typ}" name="{fname}{"[]" if typ == "checkbox" else ""}" value="{escape(o)}" /><span>{escape(o)}</span></label></div>'
                for i, o in enumerate(options))
            rows.append(f'<div class="form-group"><fieldset id="{fid}" class="clearfix"><legend class="form-label">{label}{star}</legend><div class="input">{opts}</div></fieldset></div>')
            continue
        if kind == "Textarea":
            control = f'<textarea{req} class="xxlarge form-control" id="{fid}" name="{fname}" rows="6"></textarea>'
        else:
            typ = {"Text": "text", "Email": "email", "Telephone": "tel"}[kind]
            control = f'<input{req} class="form-control" id="{fid}" type="{typ}" name="{fname}" value="" />'
        rows.append(f'<div class="form-group"><label class="form-label" for="{fid}">{label}{star}</label><div class="input">{control}</div></div>')
    return f"""<form enctype="multipart/form-data" method="post" class="form-horizontal" id="{identifier}" action="{action}?tx_form_formframework%5Baction%5D=perform&amp;tx_form_formframework%5Bcontroller%5D=FormFrontend&amp;cHash=8f0c1e2d3b4a5968#{identifier}">
<div><input type="hidden" name="tx_form_formframework[{identifier}][__state]" value="TzozOToiVFlQTzNcQ01TXEZvcm1cRG9tYWluXFJ1bnRpbWVcRm9ybVN0YXRlIjoy..." /><input type="hidden" name="tx_form_formframework[__trustedProperties]" value="{{&quot;{identifier}&quot;:1}}" /></div>
<h2>{escape(identifier.split("-")[0].capitalize())}</h2>
{"".join(rows)}
<input autocomplete="off" aria-hidden="true" id="{identifier}-text-1" style="position:absolute; margin:0 0 0 -999em;" tabindex="-1" type="text" name="tx_form_formframework[{identifier}][text-1]" />
<div class="actions"><nav class="form-navigation"><div class="btn-toolbar" role="toolbar"><div class="btn-group" role="group"><span class="btn-group next submit"><button class="btn btn-primary" type="submit" name="tx_form_formframework[{identifier}][__currentPage]" value="1">{submit}</button></span></div></div></nav></div>
</form>"""


# =========================================================================================================
# Embedded survey services
# =========================================================================================================

def framaforms(slug, title, height=1400):
    return (f'<iframe src="https://framaforms.org/{slug}" width="100%" height="{height}" border="0" style="border:none;" '
            f'title="{escape(title)}"></iframe><p><small>Le questionnaire ne s\'affiche pas ? '
            f'<a href="https://framaforms.org/{slug}" target="_blank" rel="noopener">Ouvrir le questionnaire sur Framaforms</a>.</small></p>')


def google_form(form_key, title, height=1800):
    return (f'<iframe src="https://docs.google.com/forms/d/e/{form_key}/viewform?embedded=true" width="640" height="{height}" '
            f'frameborder="0" marginheight="0" marginwidth="0" title="{escape(title)}">Chargement…</iframe>')


def ms_forms(form_id, title, height=1200):
    return (f'<iframe width="640px" height="{height}px" src="https://forms.office.com/Pages/ResponsePage.aspx?id={form_id}&amp;embed=true" '
            f'frameborder="0" marginwidth="0" marginheight="0" style="border: none; max-width:100%; max-height:100vh" '
            f'allowfullscreen webkitallowfullscreen mozallowfullscreen msallowfullscreen title="{escape(title)}"></iframe>')


def tally(form_id, title, height=620):
    return (f'<iframe data-tally-src="https://tally.so/embed/{form_id}?alignLeft=1&amp;hideTitle=1&amp;transparentBackground=1&amp;dynamicHeight=1" '
            f'loading="lazy" width="100%" height="{height}" frameborder="0" marginheight="0" marginwidth="0" title="{escape(title)}"></iframe>'
            '<script>var d=document,w="https://tally.so/widgets/embed.js",v=function(){"undefined"!=typeof Tally?Tally.loadEmbeds():'
            'd.querySelectorAll("iframe[data-tally-src]:not([src])").forEach((function(e){e.src=e.dataset.tallySrc}))};'
            'if("undefined"!=typeof Tally)v();else if(d.querySelector(\'script[src="\'+w+\'"]\')==null){var s=d.createElement("script");'
            's.src=w,s.onload=v,s.onerror=v,d.body.appendChild(s);}</script>')


def typeform(form_id, height=560):
    return (f'<div data-tf-live="{form_id}" data-tf-opacity="100" data-tf-iframe-props="title=Questionnaire" '
            f'data-tf-transitive-search-params data-tf-medium="snippet" style="width:100%;height:{height}px;"></div>'
            '<script src="//embed.typeform.com/next/embed.js"></script>')


# =========================================================================================================
# Proprietary CMS forms (Alto, Campanile)
# =========================================================================================================

def alto_form(form_id, action, fields, submit="Envoyer", legend=None):
    """Alto's form module; fields: (kind, name, label, required, options) kind text/email/tel/textarea/radio/checkbox/select."""
    rows = []
    for kind, name, label, required, options in fields:
        req = ' required aria-required="true"' if required else ""
        star = ' <abbr class="c-form__required" title="obligatoire">*</abbr>' if required else ""
        fid = f"f{form_id}-{name}"
        if kind in ("radio", "checkbox"):
            opts = "".join(
                f'<div class="c-form__choice"><input type="{kind}" id="{fid}-{i}" name="{name}{"[]" if kind == "checkbox" else ""}" value="{i}"{req if kind == "radio" else ""}>'
                f'<label for="{fid}-{i}">{escape(o)}</label></div>'
                for i, o in enumerate(options, start=1))
            rows.append(f'<fieldset class="c-form__group c-form__group--{kind}"><legend class="c-form__legend">{label}{star}</legend>{opts}</fieldset>')
            continue
        if kind == "textarea":
            control = f'<textarea class="c-form__field" id="{fid}" name="{name}" rows="6"{req}></textarea>'
        elif kind == "select":
            opts = "".join(f'<option value="{i}">{escape(o)}</option>' for i, o in enumerate(options, start=1))
            control = f'<select class="c-form__field" id="{fid}" name="{name}"{req}><option value="">Choisir</option>{opts}</select>'
        else:
            control = f'<input class="c-form__field" type="{kind}" id="{fid}" name="{name}"{req}>'
        rows.append(f'<div class="c-form__group"><label class="c-form__label" for="{fid}">{label}{star}</label>{control}</div>')
    head = f'<p class="c-form__legend-main">{legend}</p>' if legend else ""
    return f"""<form class="c-form js-alto-form" id="alto-form-{form_id}" action="{action}" method="post" novalidate>
{head}<p class="c-form__mandatory">Les champs marqués d'un astérisque (*) sont obligatoires.</p>
{"".join(rows)}
<input type="hidden" name="alto_form_id" value="{form_id}"><input type="hidden" name="alto_token" value="8c2e61f0b7a94d35">
<div class="c-form__rgpd"><p>Les informations recueillies sont traitées par la commune pour répondre à votre demande. Vous disposez d'un droit d'accès et de rectification.</p></div>
<div class="c-form__actions"><button class="c-button c-button--primary" type="submit">{submit}</button></div>
</form>"""


def campanile_form(form_id, action, fields, submit="Valider"):
    """Campanile's form builder; fields: (kind, name, label, required)."""
    rows = []
    for kind, name, label, required in fields:
        star = '<span class="cmp-obl">*</span>' if required else ""
        if kind == "textarea":
            control = f'<textarea name="{name}" id="cmp_{form_id}_{name}" rows="7" cols="50"></textarea>'
        elif kind.startswith("select:"):
            opts = "".join(f'<option>{escape(o)}</option>' for o in kind[7:].split("|"))
            control = f'<select name="{name}" id="cmp_{form_id}_{name}">{opts}</select>'
        else:
            control = f'<input type="{kind}" name="{name}" id="cmp_{form_id}_{name}" value="" size="40">'
        rows.append(f'<tr><th><label for="cmp_{form_id}_{name}">{label}{star}</label></th><td>{control}</td></tr>')
    return f"""<div class="cmp-formulaire" id="cmp-formulaire-{form_id}">
<form name="cmpform{form_id}" method="post" action="{action}"><input type="hidden" name="cmp_form" value="{form_id}"><input type="hidden" name="cmp_etape" value="envoi">
<table class="cmp-form-table" role="presentation">{"".join(rows)}</table>
<p class="cmp-captcha"><label for="cmp_{form_id}_captcha">Recopiez le code : <img src="/_cmp/captcha.php?f={form_id}" alt="code de sécurité"></label> <input type="text" name="captcha" id="cmp_{form_id}_captcha" size="6"></p>
<p class="cmp-form-submit"><input type="submit" value="{submit}"></p></form></div>"""


# =========================================================================================================
# Decidim components (rendered inside the decidim theme)
# =========================================================================================================

def decidim_process_cards(cards):
    """cards: (href, title, step, description)."""
    items = "".join(
        f'<a href="{escape(href)}" class="card__grid" id="participatory_process_{_num(href, 2, 60)}"><div class="card__grid-img"><img src="/uploads/decidim/participatory_process/hero_image/{_num(href, 2, 60)}/hero.jpg" alt=""></div>'
        f'<div class="card__grid-text"><h3 class="h4 text-secondary">{escape(title)}</h3><p class="card__grid-metadata">Étape actuelle : {escape(step)}</p><div class="card__grid-description">{escape(desc)}</div></div></a>'
        for href, title, step, desc in cards)
    return f'<section class="content-block" id="processes-grid"><div class="card__grid-grid">{items}</div></section>'


def decidim_proposals(base, proposals, can_create=True):
    """A proposals component list. proposals: (id, title, author, supports, comments, state)."""
    items = "".join(
        f'<a href="{base}/{pid}" class="card__list" id="proposals__proposal_{pid}"><div class="card__list-content"><h3 class="h4 card__list-title">{escape(title)}</h3>'
        f'<div class="card__list-metadata"><div class="author"><span class="author__name">{escape(author)}</span></div>'
        f'<div><span class="icon" aria-hidden="true"></span><span>{supports} soutiens</span></div><div><span>{comments} commentaires</span></div>'
        + (f'<div class="label {"success" if state == "Acceptée" else "alert" if state == "Rejetée" else "warning"}">{escape(state)}</div>' if state else "")
        + '</div></div></a>'
        for pid, title, author, supports, comments, state in proposals)
    button = (f'<a class="button button__sm button__secondary" href="{base}/new"><span>Nouvelle proposition</span><svg width="1em" height="1em" role="img" aria-hidden="true"><use href="/decidim-packs/media/images/remixicon.symbol.svg#ri-add-line"></use></svg></a>'
              if can_create else "")
    return f"""<div class="layout-main__section layout-main__buttons" data-component="proposals">{button}</div>
<div class="proposal-list__container"><h2 class="h5 text-secondary" id="proposals-count">{len(proposals)} propositions</h2>
<div class="card__list-list" id="proposals">{items}</div></div>"""


def decidim_new_proposal(base):
    return f"""<div class="form__wrapper">
<form class="new_proposal proposal_form_admin" id="new_proposal" enctype="multipart/form-data" action="{base}" accept-charset="UTF-8" method="post">
<input type="hidden" name="authenticity_token" value="pZt1c5mYwE0qH6n8R2vB" autocomplete="off" />
<div class="row column"><label for="proposal_title">Titre<span title="Champ obligatoire" data-tooltip="true" data-disable-hover="false" data-keep-on-hover="true" class="label-required"><span aria-hidden="true">*</span><span class="show-for-sr">Obligatoire</span></span>
<input type="text" name="proposal[title]" id="proposal_title" minlength="15" maxlength="150" required /></label><span class="help-text">Au moins 15 caractères. Un titre court et explicite.</span></div>
<div class="row column"><label for="proposal_body">Description<span class="label-required"><span aria-hidden="true">*</span></span>
<textarea rows="10" name="proposal[body]" id="proposal_body" minlength="15" maxlength="1000" required></textarea></label><span class="help-text">Expliquez votre idée : le constat, ce que vous proposez et où.</span></div>
<div class="row column"><label for="proposal_address">Adresse<input type="text" name="proposal[address]" id="proposal_address" autocomplete="off" /></label></div>
<div class="row column"><label for="proposal_category_id">Thème<select name="proposal[category_id]" id="proposal_category_id"><option value="">Choisir un thème</option><option value="3">Cyclables et piétons</option><option value="4">Transports collectifs</option><option value="5">Sécurité routière</option></select></label></div>
<div class="form__wrapper-block"><button type="submit" class="button button__sm md:button__lg button__secondary">Continuer</button></div>
</form></div>"""


def decidim_proposal(title, author, date, body, supports):
    return f"""<section class="layout-main__section layout-main__heading"><div class="layout-author"><span class="author__name">{escape(author)}</span> <span class="author__date">{escape(date)}</span></div></section>
<section class="layout-main__section"><div class="editor-content">{body}</div></section>
<section class="layout-main__section"><div class="proposal__aside-vote"><div class="button__group"><span class="proposal__button-vote">{supports} soutiens</span>
<a href="/users/sign_in" class="button button__lg button__transparent-secondary">Se connecter pour soutenir</a></div></div></section>"""


def decidim_budget(base, total, projects, intro):
    """A budgets component: the voting summary and the projects list. projects: (id, title, amount, scope)."""
    items = "".join(
        f'<div id="project-{pid}-item" class="budget-list__item card__list"><a href="{base}/{pid}" class="card__link budget-list__title"><h3 class="h4 card__list-title">{escape(title)}</h3></a>'
        f'<div class="card__list-metadata"><span class="budget-list__scope">{escape(scope)}</span></div>'
        f'<div class="budget-list__data"><span class="budget-list__number">{amount:,} €</span>'.replace(",", " ")
        + f'<a href="/users/sign_in" class="button button__sm button__transparent-secondary budget-list__action" data-toggle="loginModal">Ajouter</a></div></div>'
        for pid, title, amount, scope in projects)
    return f"""<section class="layout-main__section"><div class="editor-content">{intro}</div></section>
<section class="layout-main__section"><div class="budget-summary" id="order-progress" data-total-budget="{total}">
<h2 class="h4">Votez pour les projets de votre choix</h2><p class="budget-summary__progressbar-legend">Vous avez attribué <strong>0 €</strong> sur un budget total de <strong>{total:,} €</strong>.</p>
<a href="/users/sign_in" class="button button__lg button__secondary">Commencer à voter</a></div></section>
<section class="layout-main__section"><h2 class="h5 text-secondary">{len(projects)} projets</h2><div class="budget-list" id="projects">{items}</div></section>""".replace(f"{total:,}", f"{total:,}".replace(",", " "))


def decidim_project(title, amount, scope, body, votes):
    return f"""<section class="layout-main__section"><div class="budget__summary"><span class="budget__amount">Budget : {f"{amount:,}".replace(",", " ")} €</span> · <span>{escape(scope)}</span> · <span>{votes} votes</span></div></section>
<section class="layout-main__section"><div class="editor-content">{body}</div></section>
<section class="layout-main__section"><a href="/users/sign_in" class="button button__lg button__secondary">Ajouter à votre vote</a></section>"""


def decidim_survey(action, questions, intro):
    """A surveys component. questions: (kind, text, options) with kind single_option/multiple_option/long_answer."""
    rows = []
    for n, (kind, text, options) in enumerate(questions):
        if kind == "long_answer":
            control = f'<textarea name="questionnaire[responses][{n}][body]" id="questionnaire_responses_{n}" rows="6"></textarea>'
        else:
            typ = "radio" if kind == "single_option" else "checkbox"
            control = "".join(
                f'<label for="questionnaire_responses_{n}_choices_{i}"><input type="{typ}" name="questionnaire[responses][{n}][choices][][body]" value="{escape(o)}" id="questionnaire_responses_{n}_choices_{i}"> {escape(o)}</label>'
                for i, o in enumerate(options))
        rows.append(f'<div class="answer-questionnaire__question" data-max-choices=""><label class="answer-questionnaire__question-label">{n + 1}. {escape(text)}</label><div class="answer-questionnaire__question-options">{control}</div></div>')
    return f"""<section class="layout-main__section"><div class="editor-content">{intro}</div></section>
<div class="answer-questionnaire"><form class="form answer-questionnaire" action="{action}" accept-charset="UTF-8" method="post">
<input type="hidden" name="authenticity_token" value="Q8s1bV0c2Lm4Xw9Z" autocomplete="off" />
<div class="answer-questionnaire__step" id="step-0">{"".join(rows)}</div>
<div class="answer-questionnaire__tos"><label for="questionnaire_tos_agreement"><input type="checkbox" name="questionnaire[tos_agreement]" id="questionnaire_tos_agreement" value="1"> En participant, vous acceptez les conditions d'utilisation.</label></div>
<div class="answer-questionnaire__submit"><button type="submit" class="button button__sm md:button__lg button__secondary">Envoyer</button></div>
</form></div>"""


# =========================================================================================================
# CONSUL Democracy components
# =========================================================================================================

def consul_proposals(proposals, note):
    """proposals: (id, slug, title, author, supports, comments); note: the sidebar's explanation."""
    items = "".join(
        f'<div id="proposal_{pid}" class="proposal clear" data-type="proposal"><div class="panel"><div class="row"><div class="small-12 medium-9 column"><div class="proposal-content">'
        f'<h3><a href="/proposals/{pid}-{slug}">{escape(title)}</a></h3><p class="proposal-info"><span class="icon-comments"></span>&nbsp;{comments} commentaires <span class="bullet">&nbsp;&bull;&nbsp;</span> {escape(author)}</p>'
        f'</div></div><div id="proposal_{pid}_votes" class="small-12 medium-3 column supports-container"><div class="supports">'
        f'<span class="total-supports">{supports} soutiens</span>'
        f'<div class="in-favor"><a class="button button-support small expanded" title="Soutenir cette proposition" href="/users/sign_in">Soutenir</a></div></div></div></div></div></div>'
        for pid, slug, title, author, supports, comments in proposals)
    return f"""<div class="row"><div id="proposals" class="proposals-list small-12 medium-9 column">
{items}</div>
<aside class="small-12 medium-3 column"><a class="button expanded" href="/proposals/new">Créer une proposition</a>
<div class="sidebar-divider"></div><h2 class="sidebar-title">Comment ça marche ?</h2><p class="small">{note}</p></aside></div>"""


def consul_new_proposal():
    return """<div class="proposal-form row"><div class="small-12 medium-9 column">
<form class="new_proposal" id="new_proposal" enctype="multipart/form-data" action="/proposals" accept-charset="UTF-8" method="post">
<input type="hidden" name="authenticity_token" value="dGhpcyBpcyBjb25zdWw" autocomplete="off" />
<div class="small-12 column"><label for="proposal_title">Titre de la proposition</label><input maxlength="80" type="text" name="proposal[title_fr]" id="proposal_title" /></div>
<div class="small-12 column"><label for="proposal_summary">Résumé de la proposition <span>(200 caractères maximum)</span></label><textarea rows="4" maxlength="200" name="proposal[summary_fr]" id="proposal_summary"></textarea></div>
<div class="small-12 column"><label for="proposal_description">Texte de la proposition</label><textarea class="html-area" maxlength="6000" name="proposal[description_fr]" id="proposal_description"></textarea></div>
<div class="small-12 column"><label for="proposal_tag_list">Sujets</label><input class="js-tag-list tag-autocomplete" placeholder="Saisissez les sujets séparés par une virgule" type="text" name="proposal[tag_list]" id="proposal_tag_list" /></div>
<div class="small-12 column"><label for="proposal_geozone_id">Quartier concerné</label><select name="proposal[geozone_id]" id="proposal_geozone_id"><option value="">Toute la ville</option><option value="1">Centre</option><option value="2">Le Rebberg</option><option value="3">Zornhof</option></select></div>
<div class="small-12 column"><input name="proposal[terms_of_service]" type="hidden" value="0" /><input type="checkbox" value="1" name="proposal[terms_of_service]" id="proposal_terms_of_service" /><label for="proposal_terms_of_service">J'accepte la politique de confidentialité et les <a href="/conditions" target="blank">conditions d'utilisation</a></label></div>
<div class="actions small-12 medium-6 large-4 end column"><input type="submit" name="commit" value="Créer la proposition" class="button expanded" /></div>
</form></div></div>"""


def consul_budget_investments(budget_id, heading, investments, total):
    """investments: (id, title, price, supports)."""
    items = "".join(
        f'<div id="budget_investment_{iid}" class="budget-investment clear"><div class="panel"><div class="row"><div class="small-12 medium-9 column"><div class="budget-investment-content">'
        f'<h3><a href="/budgets/{budget_id}/investments/{iid}">{escape(title)}</a></h3><p class="investment-project-info"><span class="icon-comments"></span> {escape(heading)}</p>'
        f'</div></div><div class="small-12 medium-3 column text-center"><div class="supports"><p class="investment-project-amount">{f"{price:,}".replace(",", " ")} €</p>'
        f'<span class="total-supports">{supports} soutiens</span><a class="button button-support small expanded" href="/users/sign_in">Soutenir</a></div></div></div></div></div>'
        for iid, title, price, supports in investments)
    return f"""<div class="expanded budget no-margin-top"><div class="row"><div class="small-12 column"><p class="budget-header-info">Montant alloué : <strong>{f"{total:,}".replace(",", " ")} €</strong></p></div></div></div>
<div class="row"><div id="budget-investments" class="budget-investments-list small-12 medium-9 column">
<div class="budget-phase"><h2>Phase en cours : soutiens aux projets</h2><p>Soutenez les projets qui vous semblent les plus utiles : les plus soutenus passeront au vote final.</p></div>
{items}</div><aside class="small-12 medium-3 column"><a class="button expanded" href="/budgets/{budget_id}/investments/new">Proposer un projet</a></aside></div>"""


def consul_new_investment(budget_id):
    return f"""<form class="new_budget_investment" id="new_budget_investment" enctype="multipart/form-data" action="/budgets/{budget_id}/investments" accept-charset="UTF-8" method="post">
<input type="hidden" name="authenticity_token" value="YnVkZ2V0IGludmVzdA" autocomplete="off" />
<div class="small-12 medium-8 column"><label for="budget_investment_heading_id">Quartier</label><select name="budget_investment[heading_id]" id="budget_investment_heading_id"><option value="4">Toute la ville</option><option value="5">Centre</option><option value="6">Le Rebberg</option></select></div>
<div class="small-12 column"><label for="budget_investment_title_fr">Titre</label><input maxlength="80" type="text" name="budget_investment[title_fr]" id="budget_investment_title_fr" /></div>
<div class="small-12 column"><label for="budget_investment_description_fr">Description</label><textarea maxlength="10000" class="html-area" name="budget_investment[description_fr]" id="budget_investment_description_fr"></textarea></div>
<div class="small-12 column"><label for="budget_investment_location">Emplacement (facultatif)</label><input type="text" name="budget_investment[location]" id="budget_investment_location" /></div>
<div class="small-12 column"><input type="checkbox" value="1" name="budget_investment[terms_of_service]" id="budget_investment_terms_of_service" /><label for="budget_investment_terms_of_service">J'accepte les <a href="/conditions">conditions d'utilisation</a></label></div>
<div class="actions small-12 medium-6 large-4 end column"><input type="submit" name="commit" value="Proposer le projet" class="button expanded" /></div>
</form>"""


def consul_poll(poll_id, question, answers, ends):
    items = "".join(
        f'<div class="poll-question-answer"><input type="radio" name="answer" value="{i}" id="answer_{poll_id}_{i}"><label for="answer_{poll_id}_{i}">{escape(a)}</label></div>'
        for i, a in enumerate(answers, start=1))
    return f"""<div class="row margin"><div class="small-12 medium-9 column"><div class="poll-question" id="poll_question_{poll_id}">
<h3>{escape(question)}</h3>
<form class="poll-question-form" action="/polls/{poll_id}/answer" method="post"><input type="hidden" name="authenticity_token" value="cG9sbHM" autocomplete="off" />
<div class="poll-question-answers">{items}</div><input type="submit" value="Voter" class="button"></form>
<p class="help-text">Vote ouvert jusqu'au {ends}. Un seul vote par habitant, vérifié lors de votre inscription.</p></div></div></div>"""


# =========================================================================================================
# Cap Collectif and Go Vocal components
# =========================================================================================================

def capco_steps(project, steps, current):
    """The step tabs of a Cap Collectif project; steps: (label, href, dates)."""
    items = "".join(
        f'<li class="{"active " if label == current else ""}step"><a href="{escape(href)}"><span class="step__title">{escape(label)}</span><span class="step__dates">{escape(dates)}</span></a></li>'
        for label, href, dates in steps)
    return f'<div id="project-header" class="project__header"><p class="project__title">{escape(project)}</p><ul class="nav nav-pills project__steps">{items}</ul></div>'


def capco_proposals(cards, count_label="propositions", vote_label="votes"):
    """cards: (href, title, author, votes, comments, theme)."""
    items = "".join(
        f'<li class="proposal-preview list-group-item" id="proposal-{_num(href, 100, 800)}"><div class="card__body"><h3 class="card__title"><a href="{escape(href)}">{escape(title)}</a></h3>'
        f'<p class="excerpt small">{escape(author)} · {escape(theme)}</p><div class="proposal__counters"><span class="proposal__counter--votes">{votes} {vote_label}</span> · <span class="proposal__counter--comments">{comments} commentaires</span></div></div></li>'
        for href, title, author, votes, comments, theme in cards)
    return f'<div class="proposal-list-view"><p class="proposals-count">{len(cards)} {count_label}</p><ul class="media-list proposal-preview-list">{items}</ul></div>'


def capco_proposal_form(action, title_label, body_label, submit, themes_):
    options = "".join(f'<option value="{i}">{escape(t)}</option>' for i, t in enumerate(themes_, start=1))
    return f"""<div class="proposal-form__wrapper" id="proposal-form">
<form id="proposal-form-create" action="{action}" method="post" class="form-horizontal">
<div class="form-group"><label class="control-label" for="proposal_title">{title_label}<span class="excerpt"> obligatoire</span></label><input id="proposal_title" name="title" type="text" class="form-control" maxlength="255"></div>
<div class="form-group"><label class="control-label" for="proposal_theme">Thématique</label><select id="proposal_theme" name="theme" class="form-control"><option value="">Sélectionner une thématique</option>{options}</select></div>
<div class="form-group"><label class="control-label" for="proposal_body">{body_label}<span class="excerpt"> obligatoire</span></label><textarea id="proposal_body" name="body" class="form-control" rows="8"></textarea></div>
<div class="form-group"><label class="control-label" for="proposal_address">Adresse approximative</label><input id="proposal_address" name="address" type="text" class="form-control"></div>
<button type="submit" class="btn btn-primary">{submit}</button></form></div>"""


def capco_questionnaire(action, questions):
    """questions: (kind, title, options) with kind radio/checkbox/textarea/select."""
    rows = []
    for n, (kind, title, options) in enumerate(questions, start=1):
        if kind == "textarea":
            control = f'<textarea id="response-{n}" name="responses[{n}]" class="form-control" rows="4"></textarea>'
        elif kind == "select":
            control = f'<select id="response-{n}" name="responses[{n}]" class="form-control"><option value="">Choisir</option>' + "".join(
                f'<option>{escape(o)}</option>' for o in options) + "</select>"
        else:
            control = "".join(
                f'<div class="{kind}"><label for="response-{n}-{i}"><input type="{kind}" id="response-{n}-{i}" name="responses[{n}]{"[]" if kind == "checkbox" else ""}" value="{escape(o)}"> {escape(o)}</label></div>'
                for i, o in enumerate(options))
        rows.append(f'<div class="form-group" id="question-{n}"><p class="control-label h4">{n}. {escape(title)}</p>{control}</div>')
    return f"""<div class="questionnaire__wrapper"><form id="reply-form" action="{action}" method="post">{"".join(rows)}
<div class="form-group"><div class="checkbox"><label><input type="checkbox" name="private" value="1"> Répondre de façon anonyme</label></div></div>
<button type="submit" class="btn btn-primary" id="confirm-opinion-create">Envoyer mes réponses</button></form></div>"""


def govocal_cards(cards):
    """cards: (href, title, meta)."""
    items = "".join(
        f'<div class="e2e-idea-card" data-testid="ideaCard"><a href="{escape(href)}" class="e2e-card-title"><h3>{escape(title)}</h3></a><p class="e2e-card-meta">{escape(meta)}</p></div>'
        for href, title, meta in cards)
    return f'<div id="e2e-ideas-container" class="e2e-ideas-list">{items}</div>'


def govocal_idea_form(action, project):
    return f"""<div id="idea-form" class="e2e-idea-form">
<form action="{action}" method="post" id="e2e-idea-new-form" data-project="{escape(project)}">
<fieldset><legend>Votre idée</legend>
<label for="e2e-idea-title-input">Titre<span aria-hidden="true">*</span></label><input id="e2e-idea-title-input" name="title_multiloc[fr-FR]" type="text" maxlength="120">
<label for="e2e-idea-description-input">Description<span aria-hidden="true">*</span></label><textarea id="e2e-idea-description-input" name="body_multiloc[fr-FR]" rows="8"></textarea>
<label for="e2e-idea-topics">Thèmes</label><select id="e2e-idea-topics" name="topic_ids[]" multiple><option value="t1">Vie de quartier</option><option value="t2">Nature en ville</option><option value="t3">Sport et loisirs</option></select>
<label for="e2e-idea-location">Adresse</label><input id="e2e-idea-location" name="location_description" type="text"></fieldset>
<button type="submit" class="e2e-submit-idea-form">Publier votre idée</button></form></div>"""


def govocal_survey(action, questions):
    rows = []
    for n, (kind, title, options) in enumerate(questions, start=1):
        if kind == "text":
            control = f'<textarea name="q{n}" id="q{n}" rows="4"></textarea>'
        else:
            control = "".join(
                f'<label class="e2e-option"><input type="{kind}" name="q{n}{"[]" if kind == "checkbox" else ""}" value="{escape(o)}"> {escape(o)}</label>'
                for o in options)
        rows.append(f'<div class="e2e-survey-question"><p id="q{n}-title"><strong>{escape(title)}</strong></p>{control}</div>')
    return f"""<div id="e2e-native-survey" class="e2e-survey"><form action="{action}" method="post">{"".join(rows)}
<button type="submit" class="e2e-submit-form">Envoyer</button></form></div>"""


# =========================================================================================================
# phpBB and Discourse pages (rendered inside the phpbb and discourse themes)
# =========================================================================================================

def phpbb_forumlist(forums):
    """forums: (href, name, description, topics, posts, last)."""
    rows = "".join(
        f'<li class="row"><dl class="row-item forum_read"><dt title="Aucun message non lu"><div class="list-inner"><a href="{escape(href)}" class="forumtitle">{escape(name)}</a><br />{escape(desc)}</div></dt>'
        f'<dd class="topics">{topics} <dfn>Sujets</dfn></dd><dd class="posts">{posts} <dfn>Messages</dfn></dd><dd class="lastpost"><span><dfn>Dernier message </dfn>{escape(last)}</span></dd></dl></li>'
        for href, name, desc, topics, posts, last in forums)
    return f"""<div class="forabg"><div class="inner"><ul class="topiclist"><li class="header"><dl class="row-item"><dt><div class="list-inner">Forums</div></dt><dd class="topics">Sujets</dd><dd class="posts">Messages</dd><dd class="lastpost"><span>Dernier message</span></dd></dl></li></ul>
<ul class="topiclist forums">{rows}</ul></div></div>
<div class="stat-block online-list"><h3>Qui est en ligne ?</h3><p>Au total, il y a <strong>7</strong> utilisateurs en ligne :: 1 inscrit, 0 invisible et 6 invités</p></div>"""


def phpbb_topics(forum_id, topics):
    """topics: (id, title, author, replies, views, last)."""
    rows = "".join(
        f'<li class="row bg{1 + i % 2}"><dl class="row-item topic_read"><dt title="Aucun message non lu"><div class="list-inner"><a href="./viewtopic.php?t={tid}" class="topictitle">{escape(title)}</a><br />'
        f'<div class="topic-poster responsive-hide left-box">par <span class="username">{escape(author)}</span></div></div></dt>'
        f'<dd class="posts">{replies} <dfn>Réponses</dfn></dd><dd class="views">{views} <dfn>Vues</dfn></dd><dd class="lastpost"><span><dfn>Dernier message </dfn>{escape(last)}</span></dd></dl></li>'
        for i, (tid, title, author, replies, views, last) in enumerate(topics))
    return f"""<div class="action-bar bar-top"><a href="./posting.php?mode=post&amp;f={forum_id}" class="button" title="Écrire un nouveau sujet"><span>Nouveau sujet</span> <i class="icon fa-pencil fa-fw" aria-hidden="true"></i></a></div>
<div class="forumbg"><div class="inner"><ul class="topiclist"><li class="header"><dl class="row-item"><dt><div class="list-inner">Sujets</div></dt><dd class="posts">Réponses</dd><dd class="views">Vues</dd><dd class="lastpost"><span>Dernier message</span></dd></dl></li></ul>
<ul class="topiclist topics">{rows}</ul></div></div>"""


def phpbb_topic(topic_id, forum_id, subject, posts):
    """posts: (id, author, date, text)."""
    items = []
    for i, (pid, author, date, text) in enumerate(posts):
        first = ' class="first"' if i == 0 else ""
        prefix = "Re: " if i else ""
        items.append(
            f'<div id="p{pid}" class="post has-profile bg{1 + i % 2}"><div class="inner"><dl class="postprofile" id="profile{pid}"><dt class="no-profile-rank no-avatar"><span class="username">{escape(author)}</span></dt><dd class="profile-posts"><strong>Messages :</strong> {3 + pid % 40}</dd></dl>'
            f'<div class="postbody"><div id="post_content{pid}"><h3{first}><a href="#p{pid}">{prefix}{escape(subject)}</a></h3>'
            f'<p class="author"><span class="responsive-hide">par <strong>{escape(author)}</strong> » </span>{escape(date)}</p><div class="content">{escape(text)}</div></div></div></div></div><hr class="divider" />')
    return f"""<div class="action-bar bar-top"><a href="./posting.php?mode=reply&amp;t={topic_id}" class="button" title="Répondre"><span>Répondre</span> <i class="icon fa-reply fa-fw" aria-hidden="true"></i></a></div>
{"".join(items)}
<div class="action-bar bar-bottom"><a href="./viewforum.php?f={forum_id}" class="left-box arrow-left" accesskey="r"><span>Retourner vers le forum</span></a></div>"""


def phpbb_posting(forum_id, reply_to=None):
    action = f"./posting.php?mode=reply&amp;t={reply_to}" if reply_to else f"./posting.php?mode=post&amp;f={forum_id}"
    return f"""<form id="postform" method="post" action="{action}" enctype="multipart/form-data">
<div class="panel" id="postingbox"><div class="inner"><h3>{"Écrire une réponse" if reply_to else "Écrire un nouveau sujet"}</h3>
<fieldset class="fields1">
<dl style="clear: left;"><dt><label for="subject">Sujet :</label></dt><dd><input type="text" name="subject" id="subject" size="45" maxlength="120" tabindex="2" value="" class="inputbox autowidth" /></dd></dl>
<div id="format-buttons" class="format-buttons"><button type="button" class="button button-icon-only bbcode-b" accesskey="b" name="addbbcode0" value=" B " title="Gras"><i class="icon fa-bold fa-fw" aria-hidden="true"></i></button>
<button type="button" class="button button-icon-only bbcode-i" accesskey="i" name="addbbcode2" value=" i " title="Italique"><i class="icon fa-italic fa-fw" aria-hidden="true"></i></button></div>
<div id="message-box" class="message-box"><textarea name="message" id="message" rows="15" cols="76" tabindex="4" class="inputbox"></textarea></div>
</fieldset>
<fieldset class="submit-buttons"><input type="submit" tabindex="5" name="preview" value="Prévisualiser" class="button button-form-bold" />&nbsp;
<input type="submit" accesskey="s" tabindex="6" name="post" value="Envoyer" class="button button-form" />&nbsp;</fieldset>
<input type="hidden" name="creation_time" value="1712243110" /><input type="hidden" name="form_token" value="9b8f1d3c2a0e5f7b6d4c" />
</div></div></form>"""


def discourse_topic_list(topics):
    """The crawler view of a topic list; topics: (href, title, category, replies, views, date)."""
    rows = "".join(
        f'<tr class="topic-list-item"><td class="main-link" itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><meta itemprop="position" content="{i + 1}">'
        f'<span class="link-top-line"><a href="{escape(href)}" class="title raw-link raw-topic-link" itemprop="url">{escape(title)}</a></span>'
        f'<div class="link-bottom-line"><a href="{escape(category[1])}" class="badge-wrapper bullet"><span class="badge-category-bg"></span><span class="badge-category clear-badge"><span class="category-name">{escape(category[0])}</span></span></a></div></td>'
        f'<td class="replies"><span class="posts" title="messages">{replies}</span></td><td class="views"><span class="views" title="vues">{views}</span></td><td>{escape(date)}</td></tr>'
        for i, (href, title, category, replies, views, date) in enumerate(topics))
    return f"""<div class="topic-list-container" itemscope itemtype="http://schema.org/ItemList"><meta itemprop="itemListOrder" content="http://schema.org/ItemListOrderDescending">
<table class="topic-list"><thead><tr><th>Sujet</th><th class="replies">Réponses</th><th class="views">Vues</th><th>Activité</th></tr></thead><tbody>{rows}</tbody></table></div>"""


def discourse_topic(posts, category):
    """The crawler view of a topic; posts: (n, author, date, html)."""
    items = "".join(
        f'<div id="post_{n}" itemprop="{"mainEntity" if n == 1 else "comment"}" itemscope itemtype="http://schema.org/{"DiscussionForumPosting" if n == 1 else "Comment"}" class="topic-body crawler-post">'
        f'<div class="crawler-post-meta"><span class="creator" itemprop="author" itemscope itemtype="http://schema.org/Person"><span itemprop="name">{escape(author)}</span></span>'
        f'<span class="crawler-post-infos"><time itemprop="datePublished" datetime="2024-04-0{n}T09:1{n}:00Z" class="post-time">{escape(date)}</time><span itemprop="position">{n}</span></span></div>'
        f'<div class="post" itemprop="text">{text}</div></div>'
        for n, author, date, text in posts)
    return f'<div id="breadcrumbs"><div class="crawler-linkback-list"><a href="{escape(category[1])}">{escape(category[0])}</a></div></div>{items}'


def discourse_login():
    return """<div id="login-form" class="login-modal"><p>Connectez-vous pour ouvrir un sujet ou répondre aux habitants.</p>
<form id="login-form-inner" method="post" action="/session"><label for="login-account-name">Adresse e-mail ou nom d'utilisateur</label>
<input type="text" id="login-account-name" name="login" autocomplete="username"><label for="login-account-password">Mot de passe</label>
<input type="password" id="login-account-password" name="password" autocomplete="current-password"><button type="submit" class="btn btn-primary">Se connecter</button></form>
<p>Pas encore de compte ? Inscrivez-vous depuis l'écran de connexion, avec votre adresse e-mail.</p></div>"""
