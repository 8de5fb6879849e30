"""Markup of the ``rivages`` part of the holdout (communes 98801-98808): page layouts and widgets.

Every layout here is this part's own, written from the public source or public pages of the software it stands for
(generator metas, asset paths, class names, form field names and routes are the software's; the prose is ours). The
layouts are registered with the framework's themes under ``rivages_*`` names, with the pages their chrome links to.

Links to the vendors' own sites are written as plain text: the test web serves none of them.
"""
import json
import zlib
from html import escape

from .. import themes


def e(text) -> str:
    return escape(str(text), quote=True)


def _num(text, low=100, span=900) -> int:
    """A stable pseudo id drawn from a text (node ids, post ids)."""
    return zlib.crc32(str(text).encode()) % span + low


_NAMES = {"facebook": "Facebook", "x": "X", "instagram": "Instagram", "youtube": "YouTube", "linkedin": "LinkedIn",
          "mastodon": "Mastodon", "bluesky": "Bluesky", "tiktok": "TikTok"}


def _socials(site, item):
    """The footer accounts, each drawn by ``item(account, label)``."""
    return "".join(item(acc, _NAMES.get(acc.platform, acc.platform)) for acc in site.accounts)


def _menu(site, li="", a="", sep=""):
    return sep.join(f'<li class="{li}"><a class="{a}" href="{e(href)}">{e(label)}</a></li>' for label, href in site.menu)


def _crumbs(page, home="Accueil", sep=" / ", root="/"):
    parts = [f'<a href="{e(root)}">{e(home)}</a>']
    if page.parent:
        label, href = page.parent
        parts.append(f'<a href="{e(href)}">{e(label)}</a>')
    parts.append(f"<span>{e(page.title)}</span>")
    return sep.join(parts)


def _register(name, chrome=()):
    def deco(fn):
        themes.THEMES[name] = fn
        themes.CHROME[name] = list(chrome)
        return fn
    return deco


_LEGAL = ("<h2>Éditeur du site</h2><p>Le site est édité par la commune ; le directeur de la publication est le maire.</p>"
          "<h2>Hébergement</h2><p>Le site est hébergé en France par un prestataire de la collectivité.</p>"
          "<h2>Vos données</h2><p>Vous pouvez exercer vos droits d'accès, de rectification et d'effacement auprès du "
          "délégué à la protection des données de la commune.</p>")
NONE = frozenset()
NOT_CONTACT = frozenset({"contact_form"})
NOT_BOARD = frozenset({"forum"})
NOT_BOARD_NOR_CONTACT = frozenset({"forum", "contact_form"})


# =====================================================================================================================
# WordPress: Blocksy (Estavel-sur-Gironde) and Neve (Bois-Vétyver)
# =====================================================================================================================

_WP_ICON = '<svg class="ct-icon" width="20" height="20" viewBox="0 0 20 20" aria-hidden="true"><circle cx="10" cy="10" r="8"/></svg>'


@_register("rivages_wp_blocksy", [("/mentions-legales/", "Mentions légales", _LEGAL, NONE)])
def wp_blocksy(site, page):
    pid = _num(page.path, 20, 4000)
    home = page.path == "/"
    body_class = ("home page-template-default page page-id-%d" % pid) if home else \
        ("page-template-default page page-id-%d wp-embed-responsive" % pid)
    menu = "".join(
        f'<li id="menu-item-{_num(href, 30, 900)}" class="menu-item menu-item-type-post_type menu-item-object-page '
        f'menu-item-{_num(href, 30, 900)}"><a href="{e(href)}" class="ct-menu-link">{e(label)}</a></li>'
        for label, href in site.menu)
    socials = _socials(site, lambda acc, name: (
        f'<a href="{e(acc.href)}" data-network="{acc.platform}" aria-label="{name}" target="_blank" '
        f'rel="noopener noreferrer nofollow"><span class="ct-icon-container">{_WP_ICON}</span></a>'))
    crumbs = "" if home else (
        '<nav class="ct-breadcrumbs" data-source="default" itemscope="" itemtype="https://schema.org/BreadcrumbList">'
        + _crumbs(page, sep=' <svg class="ct-separator" width="8" height="8" viewBox="0 0 8 8"><path d="M2 1l3 3-3 3"/></svg> ')
        + "</nav>")
    return f"""<!doctype html>
<html lang="fr-FR">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=5, viewport-fit=cover">
<title>{e(page.title)} &#8211; {e(site.title)}</title>
<meta name='robots' content='index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1' />
<link rel="alternate" type="application/rss+xml" title="{e(site.title)} &raquo; Flux" href="/feed/" />
<link rel='stylesheet' id='wp-block-library-css' href='/wp-includes/css/dist/block-library/style.min.css?ver=6.4.3' media='all' />
<link rel='stylesheet' id='ct-main-styles-css' href='/wp-content/themes/blocksy/static/bundle/main.min.css?ver=2.0.42' media='all' />
<link rel='stylesheet' id='forminator-module-css-front-css' href='/wp-content/plugins/forminator/assets/forminator-ui/css/src/forminator-ui.min.css?ver=1.29.3' media='all' />
<link rel="https://api.w.org/" href="/wp-json/" /><link rel="alternate" type="application/json" href="/wp-json/wp/v2/pages/{pid}" />
<meta name="generator" content="WordPress 6.4.3" />
<link rel="canonical" href="{e(site.url(page.path))}" />
</head>
<body class="{body_class}" data-link="type-2" data-prefix="single_page" data-header="type-1" data-footer="type-1" itemscope="itemscope" itemtype="https://schema.org/WebPage">
<a class="skip-link show-on-focus" href="#main">Aller au contenu</a>
<div class="ct-drawer-canvas" data-location="start"></div>
<div id="main-container">
<header id="header" class="ct-header" data-id="type-1" itemscope="" itemtype="https://schema.org/WPHeader">
<div data-device="desktop"><div data-row="middle" data-column-set="2"><div class="ct-container">
<div data-column="start" data-placements="1"><div data-items="primary"><div class="site-branding" data-id="logo" itemscope="itemscope" itemtype="https://schema.org/Organization">
<span class="site-title" itemprop="name"><a href="/" rel="home" itemprop="url">{e(site.title)}</a></span></div></div></div>
<div data-column="end" data-placements="1"><div data-items="primary">
<nav id="header-menu-1" class="header-menu-1" data-id="menu" data-interaction="hover" data-menu="type-1" data-dropdown="type-1:simple" data-responsive="no" itemscope="" itemtype="https://schema.org/SiteNavigationElement" aria-label="Menu principal">
<ul id="menu-principal" class="menu">{menu}</ul></nav>
<button data-toggle-panel="#search-modal" class="ct-header-search ct-toggle" aria-label="Rechercher" data-label="left" data-id="search"><span class="ct-label ct-hidden-sm ct-hidden-md ct-hidden-lg">Rechercher</span></button>
</div></div></div></div></div>
</header>
<main id="main" class="site-main hfeed">
<div class="ct-container-full" data-content="normal" data-vertical-spacing="top:bottom">
<article id="post-{pid}" class="post-{pid} page type-page status-publish hentry">
<div class="hero-section is-width-constrained" data-type="type-1"><header class="entry-header">{crumbs}<h1 class="page-title" title="{e(page.title)}" itemprop="headline">{e(page.title)}</h1></header></div>
<div class="entry-content is-layout-constrained">
{page.body}
</div>
</article></div>
</main>
<footer id="footer" class="ct-footer" data-id="type-1" itemscope="" itemtype="https://schema.org/WPFooter">
<div data-row="middle"><div class="ct-container" data-columns-divider="md:sm">
<div data-column="widget-area-1"><div class="ct-widget widget_block"><p><strong>Hôtel de ville</strong><br>{e(site.address)}</p></div></div>
<div data-column="socials"><div class="ct-footer-socials" data-id="socials"><h2 class="ct-module-title">Suivez la ville</h2>
<div class="ct-social-box" data-color="custom" data-icons-type="simple">{socials}</div></div></div>
</div></div>
<div data-row="bottom"><div class="ct-container"><div data-column="copyright"><div class="ct-footer-copyright" data-id="copyright">
<p>Copyright &copy; 2025 {e(site.title)} &#8211; <a href="/mentions-legales/">Mentions légales</a> &#8211; Accessibilité : non conforme</p></div></div></div></div>
</footer></div>
<div id="search-modal" class="ct-panel" data-behaviour="modal" role="dialog" aria-label="Modale de recherche" inert>
<div class="ct-panel-content"><form role="search" method="get" class="ct-search-form" action="/" aria-haspopup="listbox" data-live-results="thumbs">
<input type="search" class="modal-field" placeholder="Rechercher" value="" name="s" autocomplete="off" title="Rechercher…" aria-label="Rechercher…">
<div class="ct-search-form-controls"><button type="submit" class="wp-element-button" data-button="icon" aria-label="Bouton de recherche"></button>
<input type="hidden" name="ct_post_type" value="post:page"></div></form></div></div>
<script id="ct-scripts-js-extra">var ct_localizations = {{"ajax_url":"\\/wp-admin\\/admin-ajax.php","public_url":"\\/wp-content\\/themes\\/blocksy\\/static\\/bundle\\/"}};</script>
<script src='/wp-content/themes/blocksy/static/bundle/main.js?ver=2.0.42' id='ct-scripts-js'></script>
</body></html>"""


@_register("rivages_wp_neve", [("/mentions-legales/", "Mentions légales", _LEGAL, NONE)])
def wp_neve(site, page):
    pid = _num(page.path, 20, 3000)
    menu = "".join(f'<li id="menu-item-{_num(href, 40, 800)}" class="menu-item menu-item-type-post_type '
                   f'menu-item-object-page menu-item-{_num(href, 40, 800)}"><div class="wrap"><a href="{e(href)}">'
                   f'{e(label)}</a></div></li>' for label, href in site.menu)
    socials = _socials(site, lambda acc, name: (
        f'<li class="social-icon"><a href="{e(acc.href)}" title="{name}" aria-label="{name}" target="_blank" '
        f'rel="noopener"><span class="nv-icon nv-social-{acc.platform}"></span></a></li>'))
    return f"""<!DOCTYPE html>
<html lang="fr-FR">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1, minimum-scale=1">
<link rel="profile" href="http://gmpg.org/xfn/11">
<title>{e(page.title)} &#8211; {e(site.title)}</title>
<meta name='robots' content='max-image-preview:large' />
<link rel='stylesheet' id='neve-style-css' href='/wp-content/themes/neve/style-main-new.min.css?ver=3.8.7' media='all' />
<style id='neve-style-inline-css'>.nv-meta-list li.meta:not(:last-child):after {{ content:"/" }}</style>
<script src="/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<link rel="https://api.w.org/" href="/wp-json/" />
<meta name="generator" content="WordPress 6.5.2" />
</head>
<body class="page-template-default page page-id-{pid} wp-custom-logo nv-blog-default nv-sidebar-full-width menu_sidebar_slide_left" id="neve_body">
<div class="wrapper">
<header class="header" role="banner" next-page-hide>
<a class="neve-skip-link show-on-focus" href="#content">Aller au contenu</a>
<div id="header-grid" class="hfg_header site-header">
<nav class="header--row header-main hide-on-mobile hide-on-tablet layout-full-contained nv-navbar header--row" data-row-id="main" data-show-on="desktop">
<div class="header--row-inner header-main-inner"><div class="container"><div class="row row--wrapper">
<div class="hfg-slot left"><div class="builder-item desktop-left"><div class="item--inner builder-item--logo" data-section="title_tagline" data-item-id="logo">
<div class="site-logo"><a class="brand" href="/" title="{e(site.title)}" aria-label="{e(site.title)}" rel="home"><p class="site-title">{e(site.title)}</p></a></div></div></div></div>
<div class="hfg-slot right"><div class="builder-item has-nav"><div class="item--inner builder-item--primary-menu has_menu" data-section="header_menu_primary" data-item-id="primary-menu">
<div class="nv-nav-wrap"><div role="navigation" class="nav-menu-primary" aria-label="Menu principal"><ul id="nv-primary-navigation-main" class="primary-menu-ul nav-ul menu-desktop">{menu}</ul></div></div></div></div>
<div class="builder-item"><div class="item--inner builder-item--header_search" data-section="header_search" data-item-id="header_search">
<div class="component-wrap search-field"><div class="widget widget-search"><form role="search" method="get" class="search-form" action="/"><label><span class="screen-reader-text">Rechercher…</span></label>
<input type="search" class="search-field" aria-label="Rechercher" placeholder="Rechercher…" value="" name="s"/><button type="submit" class="search-submit nv-submit" aria-label="Rechercher"></button></form></div></div></div></div>
</div></div></div></div></nav></div>
</header>
<main id="content" class="neve-main">
<div class="container single-page-container"><div class="row"><div class="nv-single-page-wrap col">
<div class="nv-page-title-wrap nv-big-title"><div class="nv-page-title ">
<small class="neve-breadcrumbs-wrapper">{_crumbs(page, sep=" » ")}</small>
<h1>{e(page.title)}</h1></div></div>
<div class="nv-content-wrap entry-content">
{page.body}
</div></div></div></div>
</main>
<footer class="site-footer" id="site-footer" next-page-hide>
<div class="hfg_footer"><div class="footer--row footer-top layout-full-contained" id="cb-row--footer-desktop-top" data-row-id="top" data-show-on="desktop">
<div class="footer--row-inner footer-top-inner footer-content-wrap"><div class="container"><div class="hfg-grid nv-footer-content hfg-grid-top row--wrapper row">
<div class="hfg-slot left"><div class="builder-item"><div class="item--inner builder-item--footer-one-widgets"><div class="widget-area"><div class="widget widget_text"><p class="widget-title">Mairie</p><div class="textwidget"><p>{e(site.address)}</p></div></div></div></div></div></div>
<div class="hfg-slot c-left"><div class="builder-item"><div class="item--inner builder-item--social_icons" data-section="social_icons" data-item-id="social_icons">
<div class="component-wrap"><ul class="nv-social-icons-list">{socials}</ul></div></div></div></div>
</div></div></div></div>
<div class="footer--row footer-bottom layout-full-contained" data-row-id="bottom" data-show-on="desktop"><div class="footer--row-inner footer-bottom-inner footer-light-mode"><div class="container">
<div class="component-wrap"><p><a href="/mentions-legales/">Mentions légales</a> &middot; Thème Neve</p></div></div></div></div></div>
</footer>
</div>
<script id='neve-script-js-extra'>var NeveProperties = {{"ajaxurl":"\\/wp-admin\\/admin-ajax.php","nonce":"4c1b2d9e0f"}};</script>
<script src='/wp-content/themes/neve/assets/js/build/modern/frontend.js?ver=3.8.7' id='neve-script-js' async></script>
</body></html>"""


def wp_share(url, title):
    """Blocksy's share box: share intents, not the city's accounts."""
    from urllib.parse import quote
    u, t = quote(url, safe=""), quote(title, safe="")
    return (f'<div class="ct-share-box is-width-constrained" data-location="bottom" data-type="type-1">'
            f'<span class="ct-module-title">Partager</span><div data-icons-type="simple">'
            f'<a href="https://www.facebook.com/sharer/sharer.php?u={u}" data-network="facebook" aria-label="Facebook" rel="noopener noreferrer nofollow">{_WP_ICON}</a>'
            f'<a href="https://x.com/share?text={t}&amp;url={u}" data-network="twitter" aria-label="X (Twitter)" rel="noopener noreferrer nofollow">{_WP_ICON}</a>'
            f'<a href="https://www.linkedin.com/shareArticle?url={u}&amp;title={t}" data-network="linkedin" aria-label="LinkedIn" rel="noopener noreferrer nofollow">{_WP_ICON}</a>'
            f'</div></div>')


def wp_sidebar(main, *widgets):
    """A page with Blocksy's right sidebar (widgets placed by the site on this page's template)."""
    return (f'<div class="ct-container" data-sidebar="right"><section class="ct-main-content">{main}</section>'
            f'<aside class="ct-hidden-sm ct-hidden-md" data-type="type-1" id="sidebar" itemtype="https://schema.org/WPSideBar" '
            f'itemscope="itemscope"><div class="ct-sidebar">{"".join(widgets)}</div></aside></div>')


def wp_widget(title, inner, kind="widget_block"):
    return f'<div class="ct-widget is-layout-flow {kind}"><h3 class="widget-title">{e(title)}</h3>{inner}</div>'


def forminator_form(form_id, fields, submit="Envoyer le message"):
    """A Forminator custom form (contact, idea box). ``fields``: (kind, element_id, label, required)."""
    rows = []
    for kind, element, label, required in fields:
        req = ' aria-required="true" required' if required else ""
        star = ' <span class="forminator-required">*</span>' if required else ""
        fid = f"forminator-field-{element}_{form_id}"
        if kind == "textarea":
            control = (f'<textarea name="{element}" placeholder="" id="{fid}" class="forminator-textarea" rows="6" '
                       f'style="min-height:140px;" maxlength="2000"{req}></textarea>')
        elif kind == "select":
            opts = "".join(f'<option value="{e(o.lower())}">{e(o)}</option>' for o in label[1])
            label = label[0]
            control = f'<select id="{fid}" class="forminator-select--field forminator-select2" name="{element}"{req}>{opts}</select>'
        elif kind == "consent":
            rows.append(f'<div class="forminator-row"><div class="forminator-col forminator-col-12"><div class="forminator-field">'
                        f'<label for="{fid}" class="forminator-checkbox"><input type="checkbox" name="{element}" id="{fid}" value="checked"{req}>'
                        f'<span class="forminator-checkbox-box" aria-hidden="true"></span><span class="forminator-checkbox-label">{e(label)}</span></label>'
                        f'</div></div></div>')
            continue
        else:
            itype = "email" if kind == "email" else "text"
            control = f'<input type="{itype}" name="{element}" value="" placeholder="" id="{fid}" class="forminator-input forminator-{kind}--field"{req} />'
        rows.append(f'<div class="forminator-row"><div id="{element}" class="forminator-field-{kind} forminator-col forminator-col-12">'
                    f'<div class="forminator-field"><label for="{fid}" class="forminator-label">{e(label)}{star}</label>'
                    f'{control}</div></div></div>')
    return (f'<form id="forminator-module-{form_id}" class="forminator-ui forminator-custom-form forminator-custom-form-{form_id} '
            f'forminator-design--default forminator_ajax" method="post" data-forminator-render="0" data-form-id="{form_id}" '
            f'data-design="default" data-grid="open" data-uid="6612c0a4b1e3f">'
            f'<div role="alert" aria-live="polite" class="forminator-response-message forminator-error" aria-hidden="true"></div>'
            + "".join(rows) +
            f'<input type="hidden" name="referer_url" value="" /><div class="forminator-row forminator-row-last"><div class="forminator-col">'
            f'<div class="forminator-field"><button class="forminator-button forminator-button-submit">{e(submit)}</button></div></div></div>'
            f'<input type="hidden" id="forminator_nonce" name="forminator_nonce" value="3e9b0c2a71" />'
            f'<input type="hidden" name="form_id" value="{form_id}"><input type="hidden" name="page_id" value="0">'
            f'<input type="hidden" name="form_type" value="default"><input type="hidden" name="current_url" value="">'
            f'<input type="hidden" name="render_id" value="0"><input type="hidden" name="action" value="forminator_submit_form_custom-forms">'
            f'</form>'
            f'<script>jQuery(function(){{ jQuery("#forminator-module-{form_id}").forminatorFront({{"form_type":"custom-form"}}).show(); }});</script>')


def forminator_poll(poll_id, question, answers, description="", button="Voter", results_link=False):
    radios = "".join(
        f'<label for="{poll_id}-0-answer-{i}" class="forminator-radio"><input type="radio" name="{poll_id}" value="answer-{i}" '
        f'id="{poll_id}-0-answer-{i}" class="forminator-radio--field"><span class="forminator-radio-bullet" aria-hidden="true"></span>'
        f'<span class="forminator-radio-label">{e(text)}</span></label>'
        for i, text in enumerate(answers, 1))
    desc = f'<span class="forminator-description">{e(description)}</span>' if description else ""
    results = '<a href="?results=true&amp;form_id=%d&amp;render_id=0" class="forminator-link">Voir les résultats</a>' % poll_id \
        if results_link else ""
    return (f'<form id="forminator-module-{poll_id}" class="forminator-ui forminator-poll forminator-poll-{poll_id} '
            f'forminator-design--default forminator_ajax" method="post" data-forminator-render="0" data-form-id="{poll_id}" '
            f'data-design="default">'
            f'<div role="alert" aria-live="polite" class="forminator-response-message" aria-hidden="true"></div>'
            f'<div class="forminator-poll-header"><span id="forminator-poll-{poll_id}--title" class="forminator-question '
            f'forminator-poll--question">{e(question)}</span>{desc}</div>'
            f'<div class="forminator-poll-body"><div role="radiogroup" class="forminator-field" '
            f'aria-labelledby="forminator-poll-{poll_id}--title">{radios}</div></div>'
            f'<div class="forminator-poll-footer forminator-poll--actions"><button class="forminator-button forminator-button-submit">'
            f'<span>{e(button)}</span><i class="forminator-icon-loader forminator-loading" aria-hidden="true"></i></button>{results}</div>'
            f'<input type="hidden" id="forminator_nonce" name="forminator_nonce" value="a81c44e2f0" />'
            f'<input type="hidden" name="form_id" value="{poll_id}"><input type="hidden" name="render_id" value="0">'
            f'<input type="hidden" name="action" value="forminator_submit_form_polls"></form>')


def wpdiscuz(post_id, comments, title):
    """wpDiscuz 7: the main comment form (guests may comment) and the threads under a post."""
    threads = []
    for i, (author, date, text, replies) in enumerate(comments):
        cid = post_id * 10 + i
        reps = "".join(
            f'<div id="wpd-comm-{cid * 10 + j}_{cid}" class="comment odd alt depth-2 wpd-comment wpd_comment_level-2">'
            f'<div class="wpd-comment-wrap wpd-blog-guest"><div class="wpd-comment-right"><div class="wpd-comment-header">'
            f'<div class="wpd-comment-author">{e(ra)}</div><div class="wpd-comment-date" title="{e(rd)}">{e(rd)}</div></div>'
            f'<div class="wpd-comment-text"><p>{e(rt)}</p></div></div></div></div>'
            for j, (ra, rd, rt) in enumerate(replies))
        threads.append(
            f'<div id="wpd-comm-{cid}_0" class="comment even thread-even depth-1 wpd-comment wpd_comment_level-1">'
            f'<div class="wpd-comment-wrap wpd-blog-guest"><div class="wpd-comment-left"><div class="wpd-avatar"></div></div>'
            f'<div id="comment-{cid}" class="wpd-comment-right"><div class="wpd-comment-header"><div class="wpd-comment-author">{e(author)}</div>'
            f'<div class="wpd-comment-date" title="{e(date)}"><i class="far fa-clock" aria-hidden="true"></i> {e(date)}</div></div>'
            f'<div class="wpd-comment-text"><p>{e(text)}</p></div><div class="wpd-comment-footer">'
            f'<div class="wpd-reply-button"><span>Répondre</span></div></div></div></div>'
            f'<div id="wpdiscuz_form_anchor-{cid}_0"></div>{reps}</div>')
    count = len(comments) + sum(len(c[3]) for c in comments)
    return f"""<div class="wpdiscuz_top_clearing"></div>
<div id="comments" class="comments-area"><div id="respond" style="width: 0;height: 0;clear: both;margin: 0;padding: 0;"></div>
<div id="wpdcom" class="wpdiscuz_unauth wpd-default wpd-layout-1 wpd-comments-open">
<div class="wc_social_plugin_wrapper"></div>
<div class="wpd-form-wrap"><div class="wpd-form-head"><div class="wpd-auth"><div class="wpd-login"></div></div></div>
<div class="wpd-form wpd-form-wrapper wpd-main-form-wrapper" id="wpd-main-form-wrapper-0_0">
<form method="post" enctype="multipart/form-data" data-uploading="false" class="wpd_comm_form wpd_main_comm_form">
<div class="wpd-field-comment"><div class="wpdiscuz-item wc-field-textarea"><div class="wpdiscuz-textarea-wrap">
<div id="wpd-editor-wraper-0_0"><div id="wpd-editor-char-counter-0_0" class="wpd-editor-char-counter"></div>
<label style="display: none;" for="wc-textarea-0_0">Label</label>
<textarea id="wc-textarea-0_0" name="wc_comment" class="wc_comment wpd-field" placeholder="Rejoindre la discussion"></textarea>
<div id="wpd-editor-0_0"></div></div></div></div></div>
<div class="wpd-form-foot" style="display:none;"><div class="wpd-form-row"><div class="wpd-form-col-left">
<div class="wpdiscuz-item wc_name-wrapper wpd-has-icon"><input id="wc_name-0_0" value="" required="required" aria-required="true" class="wc_name wpd-field" type="text" name="wc_name" placeholder="Nom*" maxlength="50" pattern=".{{3,50}}" title=""><label for="wc_name-0_0" class="wpdlb">Nom*</label></div>
<div class="wpdiscuz-item wc_email-wrapper wpd-has-icon"><input id="wc_email-0_0" value="" required="required" aria-required="true" class="wc_email wpd-field" type="email" name="wc_email" placeholder="E-mail*"/><label for="wc_email-0_0" class="wpdlb">E-mail*</label></div>
</div><div class="wpd-form-col-right"><div class="wc-field-submit">
<input id="wpd-field-submit-0_0" class="wc_comm_submit wpd_not_clicked wpd-prim-button" type="submit" name="submit" value="Publier le commentaire" aria-label="Publier le commentaire"></div></div>
<div class="clearfix"></div></div></div>
<input type="hidden" class="wpdiscuz_unique_id" value="0_0" name="wpdiscuz_unique_id">
</form></div></div>
<div id="wpd-threads" class="wpd-thread-wrapper"><div class="wpd-thread-head"><div class="wpd-thread-info " data-comments-count="{count}">
<span class='wpdtc' title='{count}'>{count}</span> commentaires</div></div>
<div class="wpd-comment-info-bar"></div>
<div class="wpd-thread-list">{''.join(threads)}<div class="wpdiscuz-comment-pagination"></div></div></div>
</div></div>
<div id="wpdiscuz-loading-bar" class="wpdiscuz-loading-bar-unauth"></div>"""


def tnp_newsletter():
    """The Newsletter Plugin's subscription form: an e-mail field and a button."""
    return ('<div class="tnp tnp-subscription"><form method="post" action="/?na=s">'
            '<input type="hidden" name="nlang" value="">'
            '<div class="tnp-field tnp-field-firstname"><label for="tnp-1">Prénom</label>'
            '<input class="tnp-name" type="text" name="nn" id="tnp-1" value="" placeholder=""></div>'
            '<div class="tnp-field tnp-field-email"><label for="tnp-2">E-mail</label>'
            '<input class="tnp-email" type="email" name="ne" id="tnp-2" value="" placeholder="" required></div>'
            '<div class="tnp-field tnp-privacy-field"><label><input type="checkbox" name="ny" required class="tnp-privacy"> '
            'J\'accepte de recevoir la lettre de la ville</label></div>'
            '<div class="tnp-field tnp-field-button"><input class="tnp-submit" type="submit" value="S\'abonner"></div>'
            '</form></div>')


def ninja_form(form_id, title, fields):
    """Ninja Forms 3: the page carries only a container and the form's settings; the plugin's script draws it."""
    data = [{"id": i + 1, "type": kind, "label": label, "key": key, "required": int(req), "order": i + 1}
            for i, (kind, key, label, req) in enumerate(fields)]
    data.append({"id": len(fields) + 1, "type": "submit", "label": "Envoyer", "key": "submit", "order": len(fields) + 1})
    settings = {"title": title, "formContentData": [f["key"] for f in data], "ajax": "1", "clear_complete": "1"}
    return (f'<noscript class="ninja-forms-noscript-message">Avis : JavaScript est requis pour ce contenu.</noscript>'
            f'<div id="nf-form-{form_id}-cont" class="nf-form-cont" aria-live="polite" aria-labelledby="nf-form-title-{form_id}" '
            f'aria-describedby="nf-form-errors-{form_id}" role="form"><div class="nf-loading-spinner"></div></div>'
            f'<script>var formDisplay=1;var nfForms=nfForms||[];var form=[];form.id=\'{form_id}\';'
            f'form.settings={json.dumps(settings, ensure_ascii=False)};form.fields={json.dumps(data, ensure_ascii=False)};'
            f'nfForms.push(form);</script>'
            f"<script src='/wp-content/plugins/ninja-forms/assets/js/min/front-end.js?ver=3.8.4' id='nf-front-end-js'></script>")


# The script Ninja Forms' pages load (served by ``rivages.hosts()``): this part's own stand-in for the plugin's
# front end, which builds each form from the settings the page carries.
NINJA_FRONT_END = r"""(function () {
  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    if (text) { node.textContent = text; }
    return node;
  }
  function draw(spec) {
    var box = document.getElementById('nf-form-' + spec.id + '-cont');
    if (!box) { return; }
    box.innerHTML = '';
    var wrap = el('div', {'class': 'nf-form-wrap ninja-forms-form-wrap'});
    wrap.appendChild(el('div', {'class': 'nf-form-title'})).appendChild(el('h3', {id: 'nf-form-title-' + spec.id}, spec.settings.title));
    var form = el('form', {novalidate: 'novalidate'});
    var fields = el('nf-fields-wrap', {});
    spec.fields.forEach(function (f) {
      var id = 'nf-field-' + f.id;
      var cont = el('nf-field', {});
      var row = el('div', {id: id + '-container', 'class': 'nf-field-container ' + f.type + '-container label-above'});
      if (f.type === 'submit') {
        row.appendChild(el('input', {id: id, 'class': 'ninja-forms-field nf-element', type: 'submit', value: f.label}));
      } else {
        row.appendChild(el('label', {'for': id, id: id + '-label'}, f.label + (f.required ? ' *' : '')));
        var input = f.type === 'textarea' ? el('textarea', {id: id, name: 'nf-field-' + f.id, 'class': 'ninja-forms-field nf-element'})
          : el('input', {id: id, name: 'nf-field-' + f.id, type: f.type === 'email' ? 'email' : 'text', 'class': 'ninja-forms-field nf-element'});
        if (f.required) { input.setAttribute('aria-required', 'true'); }
        row.appendChild(input);
      }
      cont.appendChild(row);
      fields.appendChild(cont);
    });
    form.appendChild(fields);
    wrap.appendChild(form);
    box.appendChild(wrap);
  }
  document.addEventListener('DOMContentLoaded', function () { (window.nfForms || []).forEach(draw); });
})();
"""


def fb_comments(url):
    return (f'<div id="fb-root"></div><script async defer crossorigin="anonymous" '
            f'src="https://connect.facebook.net/fr_FR/sdk.js#xfbml=1&amp;version=v19.0" nonce="q2Xk8vLr"></script>'
            f'<div class="fb-comments" data-href="{e(url)}" data-width="100%" data-numposts="10" data-order-by="reverse_time"></div>')


def typeform(form_id, title):
    return (f'<div data-tf-live="{form_id}" data-tf-opacity="100" data-tf-iframe-props="title={e(title)}" '
            f'data-tf-transitive-search-params data-tf-medium="snippet" style="width:100%;height:560px;"></div>'
            f'<script src="//embed.typeform.com/next/embed.js"></script>')


def jotform(form_id, title):
    return (f'<iframe id="JotFormIFrame-{form_id}" title="{e(title)}" onload="window.parent.scrollTo(0,0)" '
            f'allowtransparency="true" allow="geolocation; microphone; camera; fullscreen" '
            f'src="https://form.jotform.com/{form_id}" frameborder="0" style="min-width:100%;max-width:100%;height:539px;border:none;" '
            f'scrolling="no"></iframe><script src="https://cdn.jotfor.ms/s/umd/latest/for-form-embed-handler.js"></script>'
            f'<script>window.jotformEmbedHandler("iframe[id=\'JotFormIFrame-{form_id}\']", "https://form.jotform.com/")</script>')


def surveymonkey(token):
    return ('<script>(function(t,e,s,n){var o,a,c;t.SMCX=t.SMCX||[],e.getElementById(n)||(o=e.getElementsByTagName(s),'
            'a=o[o.length-1],c=e.createElement(s),c.type="text/javascript",c.async=!0,c.id=n,'
            f'c.src="https://widget.surveymonkey.com/collect/website/js/{token}.js",a.parentNode.insertBefore(c,a))'
            '})(window,document,"script","smcx-sdk");</script>'
            '<p class="smcx-note">Questionnaire hébergé par SurveyMonkey.</p>')


def evalandgo(code, title):
    return (f'<iframe src="https://form.evalandgo.com/s/?id={code}&amp;a=JTk2cCU5N2slOUElQUY=" title="{e(title)}" '
            f'width="100%" height="700" frameborder="0" style="border:none"></iframe>')


# =====================================================================================================================
# SPIP 4 with the Escal skeleton (Villard-Brenon)
# =====================================================================================================================

@_register("rivages_spip_escal", [("/spip.php?page=mentions", "Mentions légales", _LEGAL, NONE),
                                  ("/spip.php?page=plan", "Plan du site",
                                   "<p>Toutes les rubriques du site sont accessibles depuis le menu principal.</p>", NONE)])
def spip_escal(site, page):
    kind = "sommaire" if page.path == "/" else ("rubrique" if "rubrique" in page.path else "article")
    menu = "".join(f'<li class="menu-entree"><a href="{e(href)}">{e(label)}</a></li>' for label, href in site.menu)
    socials = _socials(site, lambda acc, name: (
        f'<a class="lien_social {acc.platform}" href="{e(acc.href)}" title="{name}"><img src="plugins/auto/escal/v5.4.5/images/social/'
        f'{acc.platform}.svg" alt="{name}" width="24" height="24"></a>'))
    return f"""<!DOCTYPE html>
<html dir="ltr" lang="fr" class="ltr fr no-js">
<head>
<script>/*<![CDATA[*/(function(H){{H.className=H.className.replace(/\\bno-js\\b/,'js')}})(document.documentElement);/*]]>*/</script>
<title>{e(page.title)} - {e(site.title)}</title>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<link rel="alternate" type="application/rss+xml" title="Syndiquer tout le site" href="spip.php?page=backend" />
<link rel="stylesheet" href="local/cache-css/cssdyn-plugins_auto_escal_v5_4_5_styles_escal_css-1b7c3e2f.css?1714392210" type="text/css" />
<link rel="stylesheet" href="plugins/auto/escal/v5.4.5/styles/perso.css?1714392210" type="text/css" />
<script src="local/cache-js/jsdyn-javascript_escal_js-43ae1c09.js?1714392210" type="text/javascript"></script>
<meta name="generator" content="SPIP 4.2.12 [24567]" />
</head>
<body class="page_{kind} escal">
<div id="conteneur">
<div id="entete" class="clearfix"><div id="bandeau"><a href="/" title="Accueil" class="logo-site">{e(site.title)}</a>
<p class="slogan">Commune de montagne, porte du parc national</p></div>
<div class="formulaire_spip formulaire_recherche" id="formulaire_recherche"><form action="spip.php?page=recherche" method="get"><div>
<input name="page" value="recherche" type="hidden" /><label for="recherche" class="offscreen">Rechercher :</label>
<input type="search" class="search text" size="15" name="recherche" id="recherche" placeholder="Rechercher" />
<input type="submit" class="submit" value="OK" title="Rechercher" /></div></form></div></div>
<div id="menudeproject"><ul id="menu" class="menu-liste">{menu}</ul></div>
<div id="page" class="clearfix">
<div id="contenu" class="contenu-{kind}">
<div class="ariane">{_crumbs(page, sep=" &gt; ")}</div>
<div class="cadre-couleur"><h1 class="titre-{kind}">{e(page.title)}</h1></div>
<div class="texte surlignable clearfix">
{page.body}
</div></div></div>
<div id="pied" class="clearfix"><div class="pied-gauche"><p>{e(site.address)}</p></div>
<div class="pied-centre"><p class="reseaux">{socials}</p></div>
<div class="pied-droite"><a href="spip.php?page=plan">Plan du site</a> | <a href="spip.php?page=mentions">Mentions légales</a> |
Site réalisé avec SPIP et Escal</div></div>
</div></body></html>"""


def spip_forum(article_id, messages, intro="Ajouter un message"):
    """The forum under a SPIP article: its threads, then the posting form (plugin forum)."""
    items = []
    for i, (title, author, date, text, replies) in enumerate(messages):
        fid = article_id * 10 + i
        reps = "".join(
            f'<li class="forum-fil"><div class="forum-message"><div class="forum-chapo"><strong class="forum-titre">'
            f'<a href="#forum{fid * 10 + j}" id="forum{fid * 10 + j}">{e(rt)}</a></strong> <small>{e(rd)}, par '
            f'<span class="vcard author">{e(ra)}</span></small></div><div class="forum-texte"><p>{e(rx)}</p></div></div></li>'
            for j, (rt, ra, rd, rx) in enumerate(replies))
        items.append(
            f'<li class="forum-fil"><div class="forum-message"><div class="forum-chapo"><strong class="forum-titre">'
            f'<a href="#forum{fid}" id="forum{fid}">{e(title)}</a></strong> <small>{e(date)}, par <span class="vcard author">{e(author)}</span></small></div>'
            f'<div class="forum-texte"><p>{e(text)}</p></div></div>'
            + (f'<ul class="forum">{reps}</ul>' if reps else "") + '</li>')
    return f"""<div class="forum-repondre"><h2 class="h2">{len(messages) + sum(len(m[4]) for m in messages)} messages</h2></div>
<ul class="forum">{''.join(items)}</ul>
<div class="formulaire_spip formulaire_forum ajax" id="formulaire_forum">
<form action="spip.php?article{article_id}#formulaire_forum" method="post" enctype='multipart/form-data'><div>
<span class="form-hidden"><input name="id_article" value="{article_id}" type="hidden" /><input name="page" value="article" type="hidden" />
<input name='formulaire_action' type='hidden' value='forum' /><input name='formulaire_action_args' type='hidden' value='1qz5ZJp8bH2' /></span>
<fieldset class="moderation_info info"><legend>Modéré a priori</legend><p class="explication">Ce forum est modéré a priori : votre contribution n'apparaîtra qu'après avoir été validée par un administrateur du site.</p></fieldset>
<fieldset><legend>{e(intro)}</legend><div class="editer-groupe">
<div class='editer saisie_session_nom'><label for="session_nom">Votre nom</label><input type="text" class="text" name="session_nom" id="session_nom" value="" size="40" /></div>
<div class='editer saisie_session_email'><label for="session_email">Votre adresse email</label><input type="email" class="text email" name="session_email" id="session_email" value="" size="40" /></div>
<div class='editer saisie_titre obligatoire'><label for="titre">Titre <em class="aide">(obligatoire)</em></label><input type="text" class="text" name="titre" id="titre" size="60" /></div>
<div class='editer saisie_texte obligatoire'><label for='texte'>Texte de votre message <em class="aide">(obligatoire)</em></label>
<p class="explication forum_saisie_texte_info">Pour créer des paragraphes, laissez simplement des lignes vides.</p>
<textarea name="texte" id="texte" rows="10" cols="60"></textarea></div>
</div></fieldset>
<p style="display: none;"><label for="nobot_forum">Laisser ce champ vide</label><input type="text" class="text" name="nobot" id="nobot_forum" value="" size="10" /></p>
<p class="boutons"><input type="submit" class="btn submit" name="previsualiser_message" value="Prévisualiser" /></p>
</div></form></div>"""


def spip_petition(article_id, text, signatures, total):
    rows = "".join(f'<tr class="{"odd" if i % 2 else "even"}" id="id_signature{article_id * 100 + i}"><td class="signature-date"><small>{e(d)}</small></td>'
                   f'<td class="signature-nom"><strong>{e(n)}</strong></td><td class="signature-message">{e(m)}</td></tr>'
                   for i, (d, n, m) in enumerate(signatures))
    return f"""<div class="formulaire_spip formulaire_signature ajax" id="sp{article_id}">
<form method="post" action="spip.php?article{article_id}#sp{article_id}">
<span class="form-hidden"><input name='formulaire_action' type='hidden' value='signature' /><input name='formulaire_action_args' type='hidden' value='Vk3pR0tQ' /></span>
<input type="hidden" name="url_page" value="spip.php?article{article_id}" />
<fieldset class="info"><legend>Pétition</legend><div class='explication'><p>{e(text)}</p></div></fieldset>
<fieldset><legend>Vos coordonnées</legend><div class="editer-groupe">
<div class='editer saisie_nom_email obligatoire'><label for="session_nom">Votre nom ou pseudo <em class="aide">(obligatoire)</em></label>
<input type="text" class="text" name="session_nom" id="session_nom" value="" size="30" /></div>
<div class='editer saisie_adresse_email obligatoire'><label for="session_email">Votre adresse email <em class="aide">(obligatoire)</em></label>
<input type="text" class="text" name="session_email" id="session_email" value="" size="30" /></div></div></fieldset>
<fieldset><legend>Si vous avez un site Web, vous pouvez l'indiquer ci-dessous</legend><div class="editer-groupe">
<div class='editer saisie_signature_nom_site'><label for="signature_nom_site">Nom de votre site Web</label><input type="text" class="text" name="signature_nom_site" id="signature_nom_site" value="" size="30" /></div>
<div class='editer saisie_signature_url_site'><label for="signature_url_site">Adresse de votre site</label><input type="text" class="text" name="signature_url_site" id="signature_url_site" placeholder="http://" value="" size="30" /></div></div></fieldset>
<p style="display: none;"><label for="nobot">Laisser ce champ vide</label><input type="text" class="text" name="nobot" id="nobot" value="" size="10" /></p>
<fieldset><legend>Un message, un commentaire ?</legend><div class="editer-groupe"><div class='editer saisie_message'>
<label for="message">Texte de votre message</label><textarea name="message" id="message" rows="6" cols="60"></textarea></div></div></fieldset>
<p class="boutons"><input type="submit" class="btn submit" value="Valider" /></p>
</form></div>
<div id="signatures"><h2 class="offscreen">Signatures de la pétition</h2>
<table summary="Signatures de la pétition" class="spip"><caption>{total} signatures</caption>
<thead><tr><th class="signature-date">Date</th><th class="signature-nom">Nom</th><th class="signature-message">Message</th></tr></thead>
<tbody>{rows}</tbody></table><p class="pagination"><strong class="on">0</strong><span class="sep"> | </span><span class="lien_pagination">20</span></p></div>"""


def formidable(number, ident, fields, action, submit="Envoyer"):
    """A form of the Formidable plugin. ``fields``: (saisie, number, label, required); saisie is input, email or textarea."""
    rows = []
    for saisie, n, label, required in fields:
        name = f"{saisie}_{n}"
        cls = "obligatoire" if required else ""
        aide = ' <em class="aide">(obligatoire)</em>' if required else ""
        if saisie == "textarea":
            ctl = f'<textarea name="{name}" id="champ_{name}" rows="8" cols="40" class="textarea"></textarea>'
        elif saisie == "selection":
            label, options = label
            ctl = f'<select name="{name}" id="champ_{name}" class="select">' + "".join(
                f'<option value="{e(o)}">{e(o)}</option>' for o in options) + "</select>"
        else:
            itype = "email" if saisie == "email" else "text"
            ctl = f'<input type="{itype}" name="{name}" class="text" id="champ_{name}" value="" />'
        rows.append(f'<div class="editer saisie_{saisie} editer_{name} {cls}" data-id="{ident}_{name}">'
                    f'<label class="editer-label" for="champ_{name}">{e(label)}{aide}</label>{ctl}</div>')
    return f"""<div class="formulaire_spip formulaire_formidable formulaire_formidable_{number} formulaire_formidable-{ident}" id="formulaire_formidable_{ident}">
<form method='post' action='{e(action)}#formulaire_formidable_{ident}' enctype='multipart/form-data'><div>
<span class="form-hidden"><input name='formulaire_action' type='hidden' value='formidable' /><input name='formulaire_action_args' type='hidden' value='{ident}Zk8d' /></span>
<div class="editer-groupe">{''.join(rows)}</div>
<p style="display: none;"><label for="nobot">Laisser ce champ vide</label><input type="text" class="text" name="nobot" id="nobot" value="" size="10" /></p>
<p class="boutons"><input type="submit" class="btn submit" value="{e(submit)}" /></p>
</div></form></div>"""


def spip_newsletter():
    return """<div class="formulaire_spip formulaire_newsletter_subscribe ajax" id="formulaire_newsletter_subscribe">
<form method="post" action="spip.php?page=newsletter"><div>
<span class="form-hidden"><input name='formulaire_action' type='hidden' value='newsletter_subscribe' /></span>
<div class="editer-groupe"><div class="editer editer_session_email obligatoire"><label for="session_email">Votre e-mail</label>
<input type="email" name="session_email" class="email text" value="" id="session_email" required="required" autocapitalize="off" autocorrect="off" /></div></div>
<p class="boutons"><input type="submit" class="btn submit" value="S'inscrire" /></p>
</div></form></div>"""


def framaforms(slug, title):
    return (f'<iframe src="https://framaforms.org/{slug}" title="{e(title)}" width="100%" height="900" border="0" '
            f'frameborder="0"></iframe><p class="spip_note">Si le questionnaire ne s\'affiche pas, il est hébergé par Framaforms, '
            f'service libre de l\'association Framasoft.</p>')


# =====================================================================================================================
# Drupal 10 with the Bootstrap 5 contributed theme (Lorvignies)
# =====================================================================================================================

@_register("rivages_drupal_b5", [("/mentions-legales", "Mentions légales", _LEGAL, NONE)])
def drupal_b5(site, page):
    nid = _num(page.path, 100, 2400)
    menu = "".join(f'<li class="nav-item"><a href="{e(href)}" class="nav-link" data-drupal-link-system-path="node/{_num(href, 10, 500)}">'
                   f'{e(label)}</a></li>' for label, href in site.menu)
    socials = _socials(site, lambda acc, name: (
        f'<li><a class="social-media-link-icon--{acc.platform}" href="{e(acc.href)}" target="_blank" rel="noopener" '
        f'aria-label="{name}" title="{name}"><span class="fab fa-{acc.platform}"></span></a></li>'))
    crumbs = "" if page.path == "/" else (
        '<nav aria-label="breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Fil d\'Ariane</h2><ol class="breadcrumb">'
        + "".join(f'<li class="breadcrumb-item">{c}</li>' for c in _crumbs(page, sep="|||").split("|||")) + "</ol></nav>")
    return f"""<!DOCTYPE html>
<html lang="fr" dir="ltr" class="h-100">
<head>
<meta charset="utf-8" />
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)" />
<meta name="MobileOptimized" content="width" />
<meta name="HandheldFriendly" content="true" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<link rel="canonical" href="{e(site.url(page.path))}" />
<link rel="shortlink" href="/node/{nid}" />
<title>{e(page.title)} | {e(site.title)}</title>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_aZ2p0T3l1qVQ8xWmBvYhKq8v3YtL9QpHcZr0s0x5fIo.css?delta=0&amp;language=fr&amp;theme=lorvignies&amp;include=eJxNyEEKgDAMBMAP" />
<link rel="stylesheet" media="all" href="/themes/contrib/bootstrap5/dist/bootstrap/5.3.2/dist/css/bootstrap.min.css?s9f0v1" />
<script src="/core/misc/drupal.js?v=10.2.6"></script>
</head>
<body class="path-node page-node-type-{'article' if '/actualites/' in page.path else 'page'} d-flex flex-column h-100">
<a href="#main-content" class="visually-hidden-focusable">Aller au contenu principal</a>
<div class="dialog-off-canvas-main-canvas d-flex flex-column h-100" data-off-canvas-main-canvas>
<header>
<nav class="navbar navbar-expand-lg navbar-dark text-light bg-primary">
<div class="container d-flex"><div class="region region-nav-branding">
<div id="block-lorvignies-branding" class="block block-system block-system-branding-block"><div class="navbar-brand d-flex align-items-center">
<a href="/" title="Accueil" rel="home" class="site-logo d-block">{e(site.title)}</a></div></div></div>
<button class="navbar-toggler collapsed" type="button" data-bs-toggle="collapse" data-bs-target="#navbarSupportedContent" aria-controls="navbarSupportedContent" aria-expanded="false" aria-label="Afficher/masquer la navigation"><span class="navbar-toggler-icon"></span></button>
<div class="collapse navbar-collapse justify-content-md-end flex-wrap" id="navbarSupportedContent">
<div class="region region-nav-main"><nav role="navigation" aria-labelledby="block-lorvignies-main-navigation-menu" id="block-lorvignies-main-navigation" class="block block-menu navigation menu--main">
<h2 class="visually-hidden" id="block-lorvignies-main-navigation-menu">Navigation principale</h2>
<ul data-block="nav_main" class="navbar-nav justify-content-end flex-wrap nav-level-0">{menu}</ul></nav></div>
<div class="region region-nav-additional"><div class="search-block-form block block-search container-inline" data-drupal-selector="search-block-form" id="block-lorvignies-search-form" role="search">
<form action="/search/node" method="get" id="search-block-form" accept-charset="UTF-8"><div class="js-form-item form-item js-form-type-search form-type-search js-form-item-keys form-item-keys form-no-label">
<label for="edit-keys" class="visually-hidden">Rechercher</label><input title="Indiquer les termes à rechercher" data-drupal-selector="edit-keys" type="search" id="edit-keys" name="keys" value="" size="15" maxlength="128" class="form-search form-control" /></div>
<div data-drupal-selector="edit-actions" class="form-actions js-form-wrapper form-wrapper" id="edit-actions"><input data-drupal-selector="edit-submit" type="submit" id="edit-submit" value="Rechercher" class="button js-form-submit form-submit btn btn-primary" /></div></form></div></div>
</div></div></nav>
</header>
<main role="main">
<a id="main-content" tabindex="-1"></a>
<div class="region region-breadcrumb"><div id="block-lorvignies-breadcrumbs" class="block block-system block-system-breadcrumb-block container">{crumbs}</div></div>
<div class="container"><div class="row g-0"><div class="order-1 order-lg-2 col-12">
<div class="region region-content">
<div id="block-lorvignies-page-title" class="block block-core block-page-title-block"><h1><span class="field field--name-title field--type-string field--label-hidden">{e(page.title)}</span></h1></div>
<div id="block-lorvignies-content" class="block block-system block-system-main-block">
<article data-history-node-id="{nid}" class="node node--type-page node--view-mode-full">
<div class="node__content"><div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">
{page.body}
</div></div></article></div></div></div></div></div>
</main>
<footer class="mt-auto footer-dark text-light bg-dark"><div class="container"><div class="region region-footer">
<div id="block-lorvignies-coordonnees" class="block block-block-content"><div class="clearfix text-formatted field field--name-body"><p><strong>Hôtel de ville</strong> — {e(site.address)}</p></div></div>
<div id="block-socialmedialinks" class="block-social-media-links block block-social-media-links-block"><h2>Suivez Lorvignies</h2>
<ul class="social-media-links--platforms platforms inline horizontal">{socials}</ul></div>
<nav role="navigation" id="block-lorvignies-footer" class="block block-menu navigation menu--footer"><ul class="nav"><li class="nav-item"><a href="/mentions-legales" class="nav-link">Mentions légales</a></li></ul></nav>
</div></div></footer>
</div>
<script type="application/json" data-drupal-selector="drupal-settings-json">{{"path":{{"baseUrl":"\\/","pathPrefix":"","currentPath":"node\\/{nid}","currentLanguage":"fr"}},"user":{{"uid":0}}}}</script>
<script src="/themes/contrib/bootstrap5/dist/bootstrap/5.3.2/dist/js/bootstrap.bundle.js?v=5.3.2"></script>
</body></html>"""


def webform(machine, action, fields, submit="Envoyer"):
    """A Drupal Webform. ``fields``: (type, key, label, required); type textfield, email, textarea, select, date."""
    dashed = machine.replace("_", "-")
    rows = []
    for kind, key, label, required in fields:
        kd = key.replace("_", "-")
        req = ' required="required" aria-required="true"' if required else ""
        lcls = ' class="js-form-required form-required"' if required else ""
        if kind == "textarea":
            ctl = (f'<div class="form-textarea-wrapper"><textarea data-drupal-selector="edit-{kd}" id="edit-{kd}" name="{key}" '
                   f'rows="5" cols="60" class="form-textarea form-control resize-vertical"{req}></textarea></div>')
        elif kind == "select":
            label, options = label
            ctl = (f'<select data-drupal-selector="edit-{kd}" id="edit-{kd}" name="{key}" class="form-select"{req}>'
                   + "".join(f'<option value="{e(o)}">{e(o)}</option>' for o in options) + "</select>")
        else:
            itype = {"email": "email", "date": "date"}.get(kind, "text")
            ctl = (f'<input data-drupal-selector="edit-{kd}" type="{itype}" id="edit-{kd}" name="{key}" value="" size="60" '
                   f'maxlength="255" class="form-{itype} form-control"{req} />')
        rows.append(f'<div class="js-form-item form-item js-form-type-{kind} form-type-{kind} js-form-item-{kd} form-item-{kd} mb-3">'
                    f'<label for="edit-{kd}"{lcls}>{e(label)}</label>{ctl}</div>')
    return f"""<form class="webform-submission-form webform-submission-add-form webform-submission-{dashed}-form webform-submission-{dashed}-add-form js-webform-details-toggle webform-details-toggle" data-drupal-selector="webform-submission-{dashed}-add-form" action="{e(action)}" method="post" id="webform-submission-{dashed}-add-form" accept-charset="UTF-8">
{''.join(rows)}
<div data-drupal-selector="edit-actions" class="form-actions webform-actions js-form-wrapper form-wrapper" id="edit-actions"><input class="webform-button--submit button button--primary js-form-submit form-submit btn btn-primary" data-drupal-selector="edit-actions-submit" type="submit" id="edit-actions-submit" name="op" value="{e(submit)}" /></div>
<input autocomplete="off" data-drupal-selector="form-{_num(machine, 1000, 8000)}" type="hidden" name="form_build_id" value="form-Q9p1Zc3vN0k2{_num(machine, 1000, 8000)}" />
<input data-drupal-selector="edit-webform-submission-{dashed}-add-form" type="hidden" name="form_id" value="webform_submission_{machine}_add_form" />
</form>"""


def drupal_comments(nid, comments, open_form=True):
    items = "".join(
        f'<article data-comment-user-id="0" id="comment-{nid * 10 + i}" class="js-comment comment comment--level-1">'
        f'<span class="hidden" data-comment-timestamp="17{nid:05d}{i}"></span><footer class="comment__meta"><p class="comment__author">'
        f'<span lang="" typeof="schema:Person" property="schema:name">{e(author)}</span> (non vérifié)</p>'
        f'<p class="comment__time">{e(date)}</p></footer><div class="comment__content"><h3>{e(text[:40])}…</h3><div class="clearfix text-formatted field field--name-comment-body '
        f'field--type-text-long field--label-hidden field__item"><p>{e(text)}</p></div></div></article>'
        for i, (author, date, text) in enumerate(comments))
    form = ""
    if open_form:
        form = f"""<h2 class="title comment-form__title">Ajouter un commentaire</h2>
<form class="comment-comment-form comment-form" data-drupal-selector="comment-form" action="/comment/reply/node/{nid}/comment" method="post" id="comment-form" accept-charset="UTF-8">
<div class="js-form-item form-item js-form-type-textfield form-type-textfield js-form-item-name form-item-name mb-3"><label for="edit-name" class="js-form-required form-required">Votre nom</label>
<input data-drupal-default-value="Anonyme" data-drupal-selector="edit-name" type="text" id="edit-name" name="name" value="" size="30" maxlength="60" class="form-text required form-control" required="required" aria-required="true" /></div>
<div class="js-form-item form-item js-form-type-email form-type-email js-form-item-mail form-item-mail mb-3"><label for="edit-mail">Courriel</label>
<input data-drupal-selector="edit-mail" aria-describedby="edit-mail--description" type="email" id="edit-mail" name="mail" value="" size="30" maxlength="64" class="form-email form-control" />
<div id="edit-mail--description" class="description">Le contenu de ce champ sera maintenu privé et ne sera pas affiché publiquement.</div></div>
<div class="field--type-text-long field--name-comment-body field--widget-text-textarea js-form-wrapper form-wrapper" data-drupal-selector="edit-comment-body-wrapper" id="edit-comment-body-wrapper">
<div class="js-form-item form-item js-form-type-textarea form-type-textarea js-form-item-comment-body-0-value form-item-comment-body-0-value mb-3"><label for="edit-comment-body-0-value" class="js-form-required form-required">Commentaire</label>
<div class="form-textarea-wrapper"><textarea class="js-text-full text-full form-textarea required form-control resize-vertical" data-drupal-selector="edit-comment-body-0-value" id="edit-comment-body-0-value" name="comment_body[0][value]" rows="5" cols="60" required="required" aria-required="true"></textarea></div></div></div>
<input data-drupal-selector="edit-comment-comment-form" type="hidden" name="form_id" value="comment_comment_form" />
<div data-drupal-selector="edit-actions" class="form-actions js-form-wrapper form-wrapper" id="edit-actions--2"><input data-drupal-selector="edit-submit" type="submit" id="edit-submit--2" name="op" value="Enregistrer" class="button button--primary js-form-submit form-submit btn btn-primary" />
<input data-drupal-selector="edit-preview" type="submit" id="edit-preview" name="op" value="Aperçu" class="button js-form-submit form-submit btn btn-secondary" /></div>
</form>"""
    title = f'<h2 class="title">Commentaires</h2>' if comments else ""
    return (f'<section class="field field--name-comment field--type-comment field--label-above comment-wrapper">'
            f'{title}{items}{form}</section>')


def drupal_poll(pid, question, choices, total=None):
    radios = "".join(
        f'<div class="js-form-item form-item js-form-type-radio form-type-radio js-form-item-choice form-item-choice form-check">'
        f'<input data-drupal-selector="edit-choice-{i}" type="radio" id="edit-choice-{i}" name="choice" value="{i}" class="form-radio form-check-input" />'
        f'<label for="edit-choice-{i}" class="option form-check-label">{e(c)}</label></div>'
        for i, c in enumerate(choices, 1))
    return f"""<div class="poll" id="poll-{pid}"><form class="poll-view-form poll-view-form-{pid}" data-drupal-selector="poll-view-form-{pid}" action="/poll/{pid}" method="post" id="poll-view-form-{pid}" accept-charset="UTF-8">
<div class="poll-question"><h3>{e(question)}</h3></div>
<fieldset data-drupal-selector="edit-choice" id="edit-choice--wrapper" class="fieldgroup form-composite js-form-item form-item js-form-wrapper form-wrapper mb-3">
<legend><span class="visually-hidden fieldset-legend">Choix</span></legend><div class="fieldset-wrapper"><div id="edit-choice" class="form-radios">{radios}</div></div></fieldset>
<input data-drupal-selector="edit-poll-view-form-{pid}" type="hidden" name="form_id" value="poll_view_form_{pid}" />
<div data-drupal-selector="edit-actions" class="form-actions js-form-wrapper form-wrapper" id="edit-actions--3"><input data-drupal-selector="edit-vote" type="submit" id="edit-vote" name="op" value="Voter" class="button button--primary js-form-submit form-submit btn btn-primary" /></div>
</form></div>"""


def drupal_poll_results(pid, question, results, total):
    bars = "".join(f'<dt class="choice-title">{e(c)}</dt><dd class="choice-result"><div class="progress"><div class="progress-bar" '
                   f'style="width: {p}%"></div></div><div class="percent">{p}% ({n} votes)</div></dd>' for c, p, n in results)
    return (f'<div class="poll" id="poll-{pid}"><h3 class="poll-question">{e(question)}</h3><dl class="poll-results">{bars}</dl>'
            f'<div class="total">Votes au total : {total}</div><p class="poll-closed">Ce sondage est clos.</p></div>')


def google_form(form_key, title):
    return (f'<iframe src="https://docs.google.com/forms/d/e/{form_key}/viewform?embedded=true" width="100%" height="1200" '
            f'frameborder="0" marginheight="0" marginwidth="0" title="{e(title)}">Chargement…</iframe>')


# =====================================================================================================================
# Joomla 4 with the Astroid framework template, Kunena, RSForm! Pro, JComments, AcyMailing (Castelbrune)
# =====================================================================================================================

def joomla_login():
    return ('<div class="com-users-login login"><form action="/index.php/connexion?task=user.login" method="post" '
            'class="com-users-login__form form-validate form-horizontal well" id="com-users-login__form">'
            '<fieldset><div class="control-group"><div class="control-label"><label id="username-lbl" for="username" class="required">'
            'Identifiant<span class="star" aria-hidden="true">&#160;*</span></label></div><div class="controls">'
            '<input type="text" name="username" id="username" value="" class="validate-username required form-control" size="25" '
            'required autocomplete="username" autofocus></div></div>'
            '<div class="control-group"><div class="control-label"><label id="password-lbl" for="password" class="required">'
            'Mot de passe<span class="star" aria-hidden="true">&#160;*</span></label></div><div class="controls">'
            '<input type="password" name="password" id="password" value="" autocomplete="current-password" class="form-control required" '
            'size="25" maxlength="99" required></div></div>'
            '<div class="com-users-login__remember"><div class="form-check"><input class="form-check-input" id="remember" type="checkbox" '
            'name="remember" value="yes"><label class="form-check-label" for="remember">Se souvenir de moi</label></div></div>'
            '<div class="com-users-login__submit control-group"><div class="controls"><button type="submit" class="btn btn-primary">'
            'Connexion</button></div></div><input type="hidden" name="return" value="aW5kZXgucGhwL2ZvcnVt">'
            '<input type="hidden" name="4f1c09e2b7a35d68" value="1"></fieldset></form>'
            '<div class="com-users-login__options list-group"><a class="com-users-login__reset list-group-item" '
            'href="/index.php/connexion">Mot de passe oublié ?</a></div></div>'
            '<p>Un compte est nécessaire pour publier sur le forum des habitants ; il se crée à l\'accueil de la mairie ou '
            'par courrier au service communication.</p>')


@_register("rivages_joomla_astroid", [("/index.php/mentions-legales", "Mentions légales", _LEGAL, NONE)])
def joomla_astroid(site, page):
    component = "com_kunena" if "/forum" in page.path else ("com_users" if "connexion" in page.path else "com_content")
    view = "category" if component == "com_kunena" else ("login" if component == "com_users" else "article")
    menu = "".join(f'<li class="nav-item nav-item-id-{_num(href, 101, 80)} nav-item-level-1"><a href="{e(href)}" '
                   f'class="as-menu-item nav-link-item-id-{_num(href, 101, 80)} nav-link item-level-1">'
                   f'<span class="nav-title">{e(label)}</span></a></li>' for label, href in site.menu)
    socials = _socials(site, lambda acc, name: (
        f'<li class="list-inline-item"><a title="{name}" href="{e(acc.href)}" target="_blank" rel="noopener">'
        f'<i class="fab fa-{acc.platform}"></i></a></li>'))
    crumbs = "".join(f'<li class="mod-breadcrumbs__item breadcrumb-item">{c}</li>'
                     for c in _crumbs(page, sep="|||").split("|||"))
    return f"""<!DOCTYPE html>
<html lang="fr-fr" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Joomla! - Open Source Content Management">
<title>{e(page.title)} - {e(site.title)}</title>
<link href="/media/templates/site/tp_castelbrune/css/compiled-7f3e91c2b0a54d1e.css" rel="stylesheet" />
<link href="/media/astroid/assets/vendor/fontawesome/css/all.min.css?8d1f4c" rel="stylesheet" />
<link href="/media/com_rsform/css/front.min.css?8d1f4c" rel="stylesheet" />
<script src="/media/vendor/jquery/js/jquery.min.js?3.7.1"></script>
<script src="/media/astroid/js/script.min.js?8d1f4c"></script>
<script type="application/json" class="joomla-script-options new">{{"csrf.token":"4f1c09e2b7a35d68","system.paths":{{"root":"","rootFull":"\\/","base":"","baseFull":"\\/"}}}}</script>
</head>
<body class="site astroid-framework {component} view-{view} layout-default itemid-{_num(page.path, 101, 90)} astroid-header-horizontal-left fr-fr ltr">
<div id="astroid-preloader" class="d-flex align-items-center justify-content-center position-fixed"></div>
<div class="astroid-container">
<div class="astroid-content"><div class="astroid-layout astroid-layout-wide"><div class="astroid-wrapper">
<section class="astroid-section astroid-header-section" id="hs-1529472563843">
<div class="container"><div class="astroid-row row"><div class="astroid-column col-lg-12">
<header id="astroid-header" class="astroid-header astroid-horizontal-header astroid-horizontal-left-header" data-megamenu data-megamenu-class=".has-megamenu" data-megamenu-content-class=".megamenu-container">
<div class="d-flex flex-row justify-content-between"><div class="header-left-section d-flex justify-content-start">
<a class="site-title" href="/">{e(site.title)}</a>
<nav class=" align-self-center px-2 d-none d-lg-block" aria-label="horizontal menu"><ul class="nav astroid-nav d-none d-lg-flex">{menu}</ul></nav></div>
<div class="header-right-section d-flex justify-content-end"><div class="moduletable "><form class="mod-finder js-finder-searchform form-search" action="/index.php/recherche" method="get" role="search">
<label for="mod-finder-searchword116" class="visually-hidden finder">Rechercher</label><input type="text" name="q" id="mod-finder-searchword116" class="js-finder-search-query form-control" value="" placeholder="Rechercher..."></form></div></div></div>
</header></div></div></div></section>
<section class="astroid-section" id="as-breadcrumbs"><div class="container"><nav class="mod-breadcrumbs__wrapper" aria-label="Fil d'Ariane"><ol class="mod-breadcrumbs breadcrumb px-3 py-2">{crumbs}</ol></nav></div></section>
<section class="astroid-section astroid-component-section" id="content-section"><div class="container"><div class="astroid-row row"><div class="astroid-column col-lg-12">
<main class="astroid-component"><div class="astroid-component-area">
<div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article">
<div class="page-header"><h1 itemprop="headline">{e(page.title)}</h1></div>
<div itemprop="articleBody" class="com-content-article__body">
{page.body}
</div></div></div></main></div></div></div></section>
<section class="astroid-section astroid-footer-section" id="fs-1528971561366"><div class="container"><div class="astroid-row row">
<div class="astroid-column col-lg-6"><div class="moduletable "><div class="mod-custom custom"><p><strong>Mairie de Castelbrune</strong><br>{e(site.address)}</p></div></div></div>
<div class="astroid-column col-lg-6"><div class="astroid-social-icons"><ul class="list-inline">{socials}</ul></div>
<div class="astroid-footer"><p><a href="/index.php/mentions-legales">Mentions légales</a> · © 2025 Ville de Castelbrune</p></div></div>
</div></div></section>
</div></div></div></div></div>
</body></html>"""


def rsform(form_id, action, fields, submit="Envoyer"):
    """An RSForm! Pro form. ``fields``: (type, name, label, required)."""
    rows = []
    for kind, name, label, required in fields:
        star = '<strong class="formRequired">(*)</strong>' if required else ""
        if kind == "textarea":
            ctl = f'<textarea cols="50" rows="5" name="form[{name}]" id="{name}" class="rsform-text-box form-control"></textarea>'
        elif kind == "select":
            label, options = label
            ctl = (f'<select name="form[{name}][]" id="{name}" class="rsform-select-box form-select">'
                   + "".join(f'<option value="{e(o)}">{e(o)}</option>' for o in options) + "</select>")
        else:
            itype = "email" if kind == "email" else "text"
            ctl = f'<input type="{itype}" value="" size="20" name="form[{name}]" id="{name}" class="rsform-input-box form-control" />'
        rows.append(f'<div class="mb-3 rsform-block rsform-block-{name.lower()}"><label class="form-label formControlLabel" for="{name}">'
                    f'{e(label)}{star}</label><div class="formControls">{ctl}<span class="formValidation">'
                    f'<span id="component{_num(name, 10, 90)}" class="formNoError">Champ invalide</span></span></div></div>')
    return f"""<form method="post" id="userForm" action="{e(action)}">
<div id="rsform_{form_id}_page_0" class="formContainer">
{''.join(rows)}
<div class="mb-3 rsform-block rsform-block-envoyer"><div class="formControls"><button type="submit" name="form[Envoyer]" id="Envoyer" class="rsform-submit-button btn btn-primary">{e(submit)}</button></div></div>
</div><input type="hidden" name="form[formId]" value="{form_id}"/><input type="hidden" name="4f1c09e2b7a35d68" value="1" />
</form>"""


def jcomments(object_id, comments):
    items = "".join(
        f'<div class="{"odd" if i % 2 else "even"}" id="comment-item-{object_id * 10 + i}"><div class="rbox"><div class="comment-box">'
        f'<span class="comment-author">{e(a)}</span><span class="comment-date">{e(d)}</span>'
        f'<div class="comment-body" id="comment-body-{object_id * 10 + i}">{e(t)}</div></div></div></div>'
        for i, (a, d, t) in enumerate(comments))
    return f"""<script src="/components/com_jcomments/js/jcomments-v2.3.js?v=12" type="text/javascript"></script>
<script type="text/javascript">var jcomments=new JComments({object_id}, 'com_content','/index.php?option=com_jcomments&amp;tmpl=component');</script>
<div id="jc"><div id="comments"><h4>Commentaires ({len(comments)})</h4><div id="comments-list" class="comments-list">{items}</div></div>
<a id="addcomments" href="#addcomments"></a>
<form id="comments-form" name="comments-form" action="javascript:void(null);">
<h4>Ajouter un commentaire</h4>
<p><span><input id="comments-form-name" type="text" name="name" value="" maxlength="20" size="22" tabindex="1" /><label for="comments-form-name">Nom (obligatoire)</label></span></p>
<p><span><input id="comments-form-email" type="text" name="email" value="" size="22" tabindex="2" /><label for="comments-form-email">E-mail (obligatoire, non publié)</label></span></p>
<p><span><textarea id="comments-form-comment" name="comment" cols="65" rows="8" tabindex="5"></textarea></span></p>
<div id="comments-form-buttons"><div class="btn" id="comments-form-send"><div><a href="#" tabindex="7" onclick="jcomments.saveComment();return false;" title="Envoyer (Ctrl+Entrée)">Envoyer</a></div></div>
<div class="btn" id="comments-form-cancel" style="display:none;"><div><a href="#" tabindex="8" onclick="return false;" title="Annuler">Annuler</a></div></div><div style="clear:both;"></div></div>
<div><input type="hidden" name="object_id" value="{object_id}" /><input type="hidden" name="object_group" value="com_content" /></div>
</form></div>"""


def acym_form():
    return """<div class="acym_module " id="acym_module_formAcym93861"><div class="acym_fulldiv" id="acym_fulldiv_formAcym93861">
<form enctype="multipart/form-data" id="formAcym93861" name="formAcym93861" method="POST" action="/index.php?option=com_acym&amp;ctrl=frontusers&amp;tmpl=component" onsubmit="return submitAcymForm('subscribe','formAcym93861', 'acymSubmitSubForm')">
<div class="acym_module_form"><div class="acym_introtext">Recevez chaque mois la lettre de Castelbrune.</div>
<div class="acym_form"><div class="onefield fieldacy2 acyfield_text" id="field_2"><label class="cell margin-top-1"><div class="acym__users__creation__fields__title">Adresse e-mail</div>
<input id="email_field_181" name="user[email]" placeholder="" value="" data-authorized-content="{&quot;0&quot;:&quot;all&quot;}" required type="email" class="cell acym__user__edit__email"></label></div></div>
<p class="acysubbuttons"><noscript><div class="onefield fieldacyterms">Veuillez activer le javascript sur cette page pour pouvoir valider le formulaire</div></noscript>
<input type="button" class="btn btn-primary button subbutton" value="S'abonner" name="Submit" onclick="try{ return submitAcymForm('subscribe','formAcym93861', 'acymSubmitSubForm'); }catch(err){alert('The form could not be submitted '+err);return false;}"/></p></div>
<input type="hidden" name="ctrl" value="frontusers"/><input type="hidden" name="task" value="notask"/><input type="hidden" name="option" value="com_acym"/>
<input type="hidden" name="hiddenlists" value="1"/><input type="hidden" name="acyformname" value="formAcym93861" />
</form></div></div>"""


def ms_forms(form_id, title):
    return (f'<iframe width="640px" height="780px" src="https://forms.office.com/Pages/ResponsePage.aspx?id={form_id}&amp;embed=true" '
            f'frameborder="0" marginwidth="0" marginheight="0" style="border: none; max-width:100%; max-height:100vh" title="{e(title)}" '
            f'allowfullscreen webkitallowfullscreen mozallowfullscreen msallowfullscreen></iframe>')


def kunena(inner, title="Forum des habitants"):
    """Kunena 6 (Aurelia template) inside the Joomla page: its header, menu and the view."""
    return f"""<div id="kunena" class="layout ">
<nav class="navbar navbar-expand-lg navbar-light bg-light shadow-lg rounded border"><div class="container-fluid">
<a class="navbar-brand" href="/index.php/forum">{e(title)}</a>
<ul class="navbar-nav me-auto"><li class="nav-item item-172"><a href="/index.php/forum" class="nav-link">Index</a></li>
<li class="nav-item item-175"><a href="/index.php/forum/regles" class="nav-link">Règles</a></li></ul>
<div class="klogin-off"><a class="btn btn-outline-primary" href="/index.php/connexion">Connexion</a></div></div></nav>
{inner}
<div class="clearfix"></div><div class="center"><span class="kcredits">Forum propulsé par Kunena</span></div>
</div>"""


# =====================================================================================================================
# TYPO3 12 with the town's site package (Haguenstein)
# =====================================================================================================================

@_register("rivages_typo3_stadt", [("/impressum", "Mentions légales", _LEGAL, NONE)])
def typo3_stadt(site, page):
    uid = _num(page.path, 2, 380)
    menu = "".join(f'<li class="nav-item"><a href="{e(href)}" class="nav-link" title="{e(label)}">{e(label)}</a></li>'
                   for label, href in site.menu)
    socials = _socials(site, lambda acc, name: (
        f'<a href="{e(acc.href)}" class="socialmedia-link socialmedia-link-{acc.platform}" target="_blank" rel="noreferrer" '
        f'title="{name}"><span class="visually-hidden">{name}</span></a>'))
    crumbs = "".join(f'<li class="breadcrumb-item">{c}</li>' for c in _crumbs(page, sep="|||").split("|||"))
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
<title>{e(page.title)} - {e(site.title)}</title>
<meta name="generator" content="TYPO3 CMS">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="twitter:card" content="summary">
<link rel="stylesheet" href="/_assets/5c7e1b9a3f2d4e6c8a0b1d3f5e7a9c2b/Css/main.min.css?1718876543" media="all">
<script src="/_assets/5c7e1b9a3f2d4e6c8a0b1d3f5e7a9c2b/JavaScript/main.min.js?1718876543"></script>
</head>
<body id="p{uid}" class="page-{uid} pagelevel-{1 + page.path.count('/') // 2} language-0 backendlayout-subnavigation_right layout-default">
<div class="page-wrapper">
<header class="page-header"><div class="container">
<a class="page-header-brand" href="/" title="{e(site.title)}"><span class="page-header-brand-name">{e(site.title)}</span></a>
<nav class="page-header-nav" aria-label="Navigation principale"><ul class="navbar-nav">{menu}</ul></nav>
<form method="get" class="page-header-search" action="/recherche" role="search"><label for="tx-indexedsearch-searchbox-sword" class="visually-hidden">Rechercher</label>
<input class="form-control" id="tx-indexedsearch-searchbox-sword" type="text" name="tx_indexedsearch_pi2[search][sword]" value="" placeholder="Rechercher"><button type="submit" class="btn">OK</button></form>
</div></header>
<nav class="breadcrumb-section" aria-label="Fil d'Ariane"><div class="container"><ol class="breadcrumb">{crumbs}</ol></div></nav>
<main id="page-content" class="page-main"><div class="container">
<div id="c{uid * 10}" class="frame frame-default frame-type-header frame-layout-0"><header><h1 class="element-header">{e(page.title)}</h1></header></div>
<div id="c{uid * 10 + 1}" class="frame frame-default frame-type-textmedia frame-layout-0"><div class="ce-textpic ce-center ce-above"><div class="ce-bodytext">
{page.body}
</div></div></div>
</div></main>
<footer class="page-footer"><div class="container">
<div class="page-footer-address"><p><strong>Ville de Haguenstein</strong><br>{e(site.address)}</p></div>
<div class="page-footer-socialmedia">{socials}</div>
<p class="page-footer-meta"><a href="/impressum">Mentions légales</a> · <a href="/impressum#donnees">Protection des données</a></p>
</div></footer></div>
</body></html>"""


def typo3_form(identifier, uid, action, fields, submit="Envoyer"):
    """A form of TYPO3's form framework (EXT:form). ``fields``: (kind, key, label, required)."""
    ident = f"{identifier}-{uid}"
    rows = []
    for kind, key, label, required in fields:
        req = ' required="required"' if required else ""
        star = '<span class="required">*</span>' if required else ""
        name = f"tx_form_formframework[{ident}][{key}]"
        if kind == "textarea":
            ctl = f'<textarea{req} class="xxlarge form-control" id="{ident}-{key}" name="{name}"></textarea>'
        elif kind == "checkbox":
            rows.append(f'<div class="form-element form-element-checkbox mb-3"><div class="form-check"><input type="hidden" name="{name}" value="" />'
                        f'<input{req} class="add-on form-check-input" id="{ident}-{key}" type="checkbox" name="{name}" value="1" />'
                        f'<label class="form-check-label" for="{ident}-{key}">{e(label)}{star}</label></div></div>')
            continue
        else:
            itype = "email" if kind == "email" else "text"
            ctl = f'<input{req} placeholder="" class="form-control" id="{ident}-{key}" type="{itype}" name="{name}" value="" />'
        rows.append(f'<div class="form-element form-element-{kind} mb-3"><label class="form-label" for="{ident}-{key}">{e(label)}{star}</label>'
                    f'<div class="input">{ctl}</div></div>')
    return f"""<form enctype="multipart/form-data" method="post" class="csc-form" id="{ident}" action="{e(action)}?tx_form_formframework%5Baction%5D=perform&amp;tx_form_formframework%5Bcontroller%5D=FormFrontend&amp;cHash=6a1c83f0e2b94d57a3c1e8f90b2d4c6e#{ident}">
<div><input type="hidden" name="tx_form_formframework[{ident}][__state]" value="TzozOToiVFlQTzNcQ01TXEZvcm1cRG9tYWluXFJ1bnRpbWVcRm9ybVN0YXRlIjoy" />
<input type="hidden" name="tx_form_formframework[__trustedProperties]" value="{{&quot;{ident}&quot;:{{&quot;__currentPage&quot;:1}}}}2f8e0c1b9a" /></div>
{''.join(rows)}
<nav class="form-navigation"><div class="btn-toolbar" role="toolbar"><div class="btn-group" role="group">
<span class="btn-group next submit"><button class="btn btn-primary" type="submit" name="tx_form_formframework[{ident}][__currentPage]" value="1">{e(submit)}</button></span></div></div></nav>
</form>"""


def typo3_felogin(uid):
    return f"""<div class="frame frame-default frame-type-felogin_login"><form target="_top" spellcheck="false" action="/espace-citoyen/connexion?tx_felogin_login%5Baction%5D=login&amp;tx_felogin_login%5Bcontroller%5D=Login&amp;cHash=81bc1f0a2e" method="post">
<fieldset><legend>Connexion</legend>
<div><label for="tx-felogin-input-username">Identifiant :</label><input autocomplete="username" type="text" name="user" required="required" id="tx-felogin-input-username" /></div>
<div><label for="tx-felogin-input-password">Mot de passe :</label><input required="required" autocomplete="current-password" type="password" name="pass" value="" id="tx-felogin-input-password" /></div>
<div><input type="submit" value="Connexion" name="submit" /></div>
<div class="felogin-hidden"><input type="hidden" name="logintype" value="login" /><input type="hidden" name="pid" value="{uid}" /></div>
</fieldset></form></div>"""


def hyvor(page_id):
    return (f'<script async src="https://talk.hyvor.com/embed/embed.js" type="module"></script>'
            f'<hyvor-talk-comments website-id="10742" page-id="{e(page_id)}" loading="lazy"></hyvor-talk-comments>')


def tally(form_id, title):
    return (f'<iframe data-tally-src="https://tally.so/embed/{form_id}?alignLeft=1&amp;hideTitle=1&amp;transparentBackground=1&amp;dynamicHeight=1" '
            f'loading="lazy" width="100%" height="620" frameborder="0" marginheight="0" marginwidth="0" title="{e(title)}"></iframe>'
            f'<script>var d=document,w="https://tally.so/widgets/embed.js",v=function(){{"undefined"!=typeof Tally?Tally.loadEmbeds():'
            f'd.querySelectorAll("iframe[data-tally-src]:not([src])").forEach((function(e){{e.src=e.dataset.tallySrc}}))}};'
            f'if("undefined"!=typeof Tally)v();else if(d.querySelector(\'script[src="\'+w+\'"]\')==null){{var s=d.createElement("script");'
            f's.src=w,s.onload=v,s.onerror=v,d.body.appendChild(s);}}</script>')


def brevo_newsletter():
    return """<div class="sib-form" style="text-align: center;"><div id="sib-form-container" class="sib-form-container">
<div id="sib-container" class="sib-container--large sib-container--vertical">
<form id="sib-form" method="POST" action="https://d1f4a8c3.sibforms.com/serve/MUIFAGk3c2Vw0dHq5xYbPj1e9rL" data-type="subscription">
<div><div class="sib-form-block"><p>Lettre d'information de Haguenstein</p></div></div>
<div><div class="sib-input sib-form-block"><div class="form__entry entry_block"><div class="form__label-row "><label class="entry__label" for="EMAIL" data-required="*">Votre adresse e-mail</label>
<div class="entry__field"><input class="input" type="text" id="EMAIL" name="EMAIL" autocomplete="off" placeholder="EMAIL" data-required="true" required /></div></div></div></div></div>
<div><div class="sib-form-block"><button class="sib-form-block__button sib-form-block__button-with-loader" form="sib-form" type="submit">S'inscrire</button></div></div>
<input type="text" name="email_address_check" value="" class="input--hidden"><input type="hidden" name="locale" value="fr">
</form></div></div></div>"""


# =====================================================================================================================
# LimeSurvey 6 (enquetes.haguenstein.fr)
# =====================================================================================================================

@_register("rivages_limesurvey")
def limesurvey(site, page):
    return f"""<!DOCTYPE html>
<html lang="fr" dir="ltr" class="fr dir-ltr no-js">
<head>
<meta charset="UTF-8" />
<meta name="generator" content="LimeSurvey http://www.limesurvey.org" />
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="/tmp/assets/1d4a2c7f/survey.css" />
<link rel="stylesheet" type="text/css" href="/themes/survey/fruity_twentythree/css/theme.css" />
<script type="text/javascript" src="/tmp/assets/5b0e3a91/jquery-3.5.1.min.js"></script>
<title>{e(page.title)}</title>
</head>
<body class="fruity_twentythree font-ibm-sans lang-fr group-by-group" marginwidth="0" marginheight="0">
<article class="container-fluid"><div class="outerframe container" id="outerframeContainer">
<div class="survey-name"><h1 class="text-center">{e(page.title)}</h1></div>
{page.body}
</div></article>
<div class="ls-footer"><p>Enquêtes de la Ville de Haguenstein — questionnaires réalisés avec LimeSurvey</p></div>
</body></html>"""


def limesurvey_form(sid, questions, welcome):
    """An open LimeSurvey survey page. ``questions``: (qid, kind, text, options)."""
    blocks = []
    for qid, kind, text, options in questions:
        code = f"{sid}X{qid // 10}X{qid}"
        if kind == "radio":
            ctl = "".join(f'<li id="javatbd{code}{i}" class="form-check answer-item radio-item"><input class="form-check-input" type="radio" '
                          f'value="A{i}" name="{code}" id="answer{code}A{i}"><label for="answer{code}A{i}" class="form-check-label control-label radio-label">'
                          f'{e(o)}</label></li>' for i, o in enumerate(options, 1))
            ctl = f'<ul class="list-unstyled answers-list radio-list" role="radiogroup">{ctl}</ul>'
            qtype = "list-radio"
        else:
            ctl = (f'<div class="answer-item text-item"><textarea class="form-control textarea" name="{code}" id="answer{code}" rows="5" '
                   f'cols="40"></textarea></div>')
            qtype = "text-long"
        blocks.append(f'<div id="question{qid}" class="row mb-4 {qtype} question-container"><div class="question-title-container col-12">'
                      f'<div class="question-text"><div id="ls-question-text-{code}" class="ls-label-question">{e(text)}</div></div></div>'
                      f'<div class="question-valid-container col-12"><div class="answer-container col-12">{ctl}</div></div></div>')
    return f"""<div class="survey-welcome"><p>{e(welcome)}</p></div>
<form id="limesurvey" name="limesurvey" autocomplete="off" class="survey-form-container form" action="/index.php/{sid}?lang=fr" method="post">
<input type="hidden" value="{sid}" name="sid" id="sid" /><input type="hidden" value="fr" name="lang" id="lang" />
<input type="hidden" name="YII_CSRF_TOKEN" value="Z2xTfk5zV0ZyRk5yMnl4M2RfUm1nY0c3" />
<div class="group-container space-col"><div class="group-title-container"><h2 class="group-title text-center">Vos déplacements</h2></div>
{''.join(blocks)}</div>
<div class="row navigator space-col" id="navigator-container"><div class="col-6 text-end">
<button id="ls-button-submit" type="submit" value="movesubmit" name="move" accesskey="n" class="ls-move-btn ls-move-submit-btn action--ls-button-submit btn btn-lg btn-primary">Envoyer</button></div></div>
</form>"""


# =====================================================================================================================
# Ametys CMS (Saint-Priac-sur-Loire) and Publik (its e-services portal)
# =====================================================================================================================

@_register("rivages_ametys", [("/fr/mentions-legales.html", "Mentions légales", _LEGAL, NONE),
                              ("/fr/plan-du-site.html", "Plan du site",
                               "<p>Retrouvez toutes les rubriques du site dans le menu principal.</p>", NONE)])
def ametys(site, page):
    menu = "".join(f'<li class="level1"><a href="{e(href)}"><span>{e(label)}</span></a></li>' for label, href in site.menu)
    socials = _socials(site, lambda acc, name: (
        f'<li class="social-{acc.platform}"><a href="{e(acc.href)}" title="{name} - Saint-Priac-sur-Loire (nouvelle fenêtre)" '
        f'target="_blank"><span class="sr-only">{name}</span></a></li>'))
    crumbs = _crumbs(page, sep=' <span class="separator">›</span> ', root="/fr/index.html")
    return f"""<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" lang="fr" xml:lang="fr">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta content="width=device-width, initial-scale=1" name="viewport">
<title>{e(page.title)} - {e(site.title)}</title>
<meta content="Ametys CMS Open source (http://www.ametys.org)" name="generator">
<meta content="fr" http-equiv="Content-Language">
<link href="/skins/saintpriac/resources/css/main.min.css" rel="stylesheet" type="text/css">
<link href="/plugins/web/resources/css/contents.css" rel="stylesheet" type="text/css">
<script src="/plugins/jquery3/resources/js/jquery-3.7.1.min.js" type="text/javascript"></script>
<script src="/skins/saintpriac/resources/js/main.min.js" type="text/javascript"></script>
<script type="text/javascript">var ametys_context = {{"siteName":"www","lang":"fr","skin":"saintpriac"}};</script>
</head>
<body class="template-page lang-fr">
<div id="skip"><a href="#main">Aller au contenu</a> | <a href="#nav">Aller au menu</a> | <a href="#search-input">Aller à la recherche</a></div>
<div id="wrapper">
<header id="header" role="banner"><div class="header-inner">
<a id="logo" href="/fr/index.html" title="Accueil - {e(site.title)}"><span>{e(site.title)}</span></a>
<form id="search-form" action="/fr/recherche.html" method="get" role="search"><label for="search-input" class="sr-only">Rechercher</label>
<input id="search-input" name="textfield" type="text" placeholder="Rechercher"><input name="submit-form" type="hidden" value="true"><button type="submit">OK</button></form>
</div>
<nav id="nav" role="navigation" aria-label="Menu principal"><ul class="sitemap level1">{menu}</ul></nav></header>
<div id="main" role="main">
<p id="breadcrumb">{crumbs}</p>
<div class="zone zone-default"><div class="zone-item zone-item-first zone-item-last"><div class="ametys-cms-content content-article">
<h1 class="title">{e(page.title)}</h1>
<div class="rich-text">
{page.body}
</div></div></div></div></div>
<footer id="footer" role="contentinfo"><div class="footer-address"><p><strong>{e(site.title)}</strong><br>{e(site.address)}</p></div>
<div class="footer-social"><p>Suivez-nous</p><ul>{socials}</ul></div>
<ul class="footer-links"><li><a href="/fr/mentions-legales.html">Mentions légales</a></li><li><a href="/fr/plan-du-site.html">Plan du site</a></li></ul></footer>
</div></body></html>"""


def ametys_newsletter():
    return """<div class="newsletter-subscribe"><form action="/fr/lettre-d-information.html" method="post" id="newsletter-subscribe-form">
<input type="hidden" name="newsletter-subscribe" value="true"><fieldset><legend>Abonnez-vous à « Saint-Priac Infos »</legend>
<label for="newsletter-email">Adresse e-mail</label><input type="email" id="newsletter-email" name="email" required>
<ul class="categories"><li><input type="checkbox" id="cat-ville" name="category" value="ville" checked><label for="cat-ville">Actualités de la ville</label></li>
<li><input type="checkbox" id="cat-culture" name="category" value="culture"><label for="cat-culture">Agenda culturel</label></li></ul>
<button type="submit">Je m'abonne</button></fieldset></form></div>"""


_PUBLIK_LOGIN = ('<form method="post" action="/login/" class="login-form" id="login-password-form"><input type="hidden" name="csrfmiddlewaretoken" value="pQ3w8Zx1">'
                 '<p><label for="id_username">Adresse électronique</label><input type="text" name="username" autocomplete="username" id="id_username" required></p>'
                 '<p><label for="id_password">Mot de passe</label><input type="password" name="password" autocomplete="current-password" id="id_password" required></p>'
                 '<button class="submit-button" name="login-password-submit">Connexion</button></form>'
                 '<p>Pas encore de compte ? Créez-le depuis l\'accueil de la mairie ou avec FranceConnect.</p>')


@_register("rivages_publik", [("/login/", "Connexion", _PUBLIK_LOGIN, NOT_CONTACT)])
def publik(site, page):
    menu = "".join(f'<li class="menu-item"><a href="{e(href)}">{e(label)}</a></li>' for label, href in site.menu)
    return f"""<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{e(page.title)} | {e(site.title)}</title>
<link rel="stylesheet" href="/static/xstatic/css/font-awesome.min.css">
<link rel="stylesheet" href="/static/css/saint-priac/style.css?1716290111">
<script src="/static/xstatic/jquery.min.js"></script>
<script src="/static/js/combo.public.js?1716290111"></script>
<script src="/static/js/qommon.forms.js?1716290111"></script>
</head>
<body class="page-template-{'index' if page.path == '/' else 'standard'} page-{_num(page.path, 1, 60)} section-demarches" data-combo-page-id="{_num(page.path, 1, 60)}">
<div id="page"><header id="header"><div id="top"><a id="logo" href="/"><span>{e(site.title)}</span></a>
<div id="user-info" class="cell"><a class="login-link" href="/login/">Connexion</a></div></div>
<nav id="nav"><ul>{menu}</ul></nav></header>
<main id="main-content" class="main-content"><div id="content">
<nav class="breadcrumbs"><a href="/">Démarches</a> › <span>{e(page.title)}</span></nav>
<h1 id="page-title">{e(page.title)}</h1>
<div class="cell text-cell wcs-formdef-cell">
{page.body}
</div></div></main>
<footer id="footer"><p>{e(site.address)}</p><p>Portail des démarches de la ville — plateforme Publik (Entr'ouvert)</p></footer>
</div></body></html>"""


def wcs_form(slug, fields, submit="Valider", intro=""):
    """A w.c.s. (Publik) form page. ``fields``: (widget, number, label, required); widget String, Email, Text, Item."""
    rows = []
    for widget, n, label, required in fields:
        req = ' required aria-required="true"' if required else ""
        cls = " widget-required" if required else ""
        if widget == "Text":
            ctl = f'<textarea id="form_f{n}" name="f{n}" cols="72" rows="8" data-textarea-resize{req}></textarea>'
        elif widget == "Item":
            label, options = label
            ctl = f'<select id="form_f{n}" name="f{n}"{req}>' + "".join(f'<option value="{e(o)}">{e(o)}</option>' for o in options) + "</select>"
        else:
            itype = "email" if widget == "Email" else "text"
            ctl = f'<input id="form_f{n}" name="f{n}" type="{itype}" value="" maxlength="255"{req} />'
        star = '<span title="Ce champ est obligatoire." class="required">*</span>' if required else ""
        rows.append(f'<div class="field {widget}Widget template-form{cls}" data-field-id="{n}" id="var_{slug}_{n}">'
                    f'<div class="title" id="form_label_f{n}"><label for="form_f{n}">{e(label)}{star}</label></div>'
                    f'<div class="content">{ctl}</div></div>')
    intro = f'<div class="form-description"><p>{e(intro)}</p></div>' if intro else ""
    return f"""<div id="formdef-{slug}" class="wcs-form">{intro}
<form method="post" enctype="multipart/form-data" novalidate action="/{slug}/" class="quixote" data-live-url="/{slug}/live" data-has-draft="true">
<input type="hidden" name="magictoken" value="mt-{_num(slug, 10000, 80000)}f3a9" /><input type="hidden" name="_form_id" value="{slug}" />
<div class="page"><div class="form-fields">{''.join(rows)}</div></div>
<div class="buttons submit"><div class="buttons"><button name="submit" value="{e(submit)}" class="submit-button">{e(submit)}</button>
<button name="savedraft" value="Enregistrer le brouillon" class="save-draft form-save-draft">Enregistrer le brouillon</button></div></div>
</form></div>"""


# =====================================================================================================================
# Jalios JCMS (Montigrelle-sur-Aube)
# =====================================================================================================================

@_register("rivages_jalios", [("/jcms/p_5002/fr/mentions-legales", "Mentions légales", _LEGAL, NONE)])
def jalios(site, page):
    menu = "".join(f'<li class="nav-item"><a class="nav-link" href="{e(href)}">{e(label)}</a></li>' for label, href in site.menu)
    socials = _socials(site, lambda acc, name: (
        f'<a class="btn btn-social social-{acc.platform}" href="{e(acc.href)}" title="{name}" target="_blank">'
        f'<span class="jalios-icon icon-{acc.platform}"></span><span class="sr-only">{name}</span></a>'))
    return f"""<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="UTF-8" />
<meta name="Generator" content="Jalios JCMS - 10.0.7 (Build: 2024-03-18)" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>{e(page.title)} - {e(site.title)}</title>
<link rel="stylesheet" href="/s.css/jcore/css/jalios-core.css?v=10.0.7" />
<link rel="stylesheet" href="/plugins/MontigrellePlugin/css/montigrelle.css?v=3" />
<script src="/s.js/jcore/js/jalios-common.js?v=10.0.7"></script>
<base href="http://{site.host}/" />
</head>
<body class="jcms body-front fo-layout {'body-home' if page.path == '/' else 'body-content'}" data-jalios-lang="fr">
<div class="jalios-layout page-wrapper">
<header class="header-fo"><div class="container"><a class="header-logo" href="/">{e(site.title)}</a>
<form class="header-search form-inline" action="jcms/p_5001/fr/recherche" method="get" role="search"><input type="hidden" name="portal" value="p_5000" />
<label for="text-search" class="sr-only">Rechercher</label><input type="text" class="form-control" id="text-search" name="text" placeholder="Rechercher" />
<button class="btn btn-primary" type="submit">OK</button></form></div>
<nav class="navbar navbar-default" aria-label="Navigation principale"><ul class="nav navbar-nav">{menu}</ul></nav></header>
<main class="main-fo container" id="main">
<ol class="breadcrumb"><li>{_crumbs(page, sep="</li><li>")}</li></ol>
<div class="publication-display"><h1 class="publication-title">{e(page.title)}</h1>
<div class="wysiwyg">
{page.body}
</div></div></main>
<footer class="footer-fo"><div class="container"><p>{e(site.address)}</p><div class="footer-social">{socials}</div>
<p><a href="jcms/p_5002/fr/mentions-legales">Mentions légales</a></p></div></footer>
</div></body></html>"""


# =====================================================================================================================
# Decidim 0.27 (participez.estavel-sur-gironde.fr)
# =====================================================================================================================

_DECIDIM_SIGN_IN = """<div class="row collapse"><div class="row collapse"><div class="columns large-8 large-centered text-center page-title"><h1>Se connecter</h1>
<p>Vous n'avez pas encore de compte ? <a href="/users/sign_up">Créer un compte</a></p></div></div>
<div class="row"><div class="columns large-6 medium-centered"><div class="card"><div class="card__content">
<form class="new_user" id="session_new_user" novalidate="novalidate" action="/users/sign_in" accept-charset="UTF-8" method="post">
<input type="hidden" name="authenticity_token" value="dq3y0P6s8kVwXcZ1" autocomplete="off" />
<div class="field"><label for="session_user_email">Votre e-mail<input autocomplete="email" type="email" name="user[email]" id="session_user_email" /></label></div>
<div class="field"><label for="session_user_password">Mot de passe<input autocomplete="current-password" type="password" name="user[password]" id="session_user_password" /></label></div>
<div class="field"><input name="user[remember_me]" type="hidden" value="0" autocomplete="off" /><input type="checkbox" value="1" name="user[remember_me]" id="session_user_remember_me" /><label for="session_user_remember_me">Se souvenir de moi</label></div>
<div class="actions"><button type="submit" class="button expanded">Se connecter</button></div>
</form></div></div></div></div></div>"""

_DECIDIM_SIGN_UP = """<div class="row"><div class="columns large-6 medium-centered"><div class="card"><div class="card__content">
<h1>Créer un compte</h1>
<form class="register-form new_user" id="register-form" action="/users" accept-charset="UTF-8" method="post">
<input type="hidden" name="authenticity_token" value="dq3y0P6s8kVwXcZ1" autocomplete="off" />
<div class="field"><label for="registration_user_name">Votre nom<input type="text" name="user[name]" id="registration_user_name" /></label></div>
<div class="field"><label for="registration_user_nickname">Pseudonyme<input type="text" name="user[nickname]" id="registration_user_nickname" /></label></div>
<div class="field"><label for="registration_user_email">Votre e-mail<input type="email" name="user[email]" id="registration_user_email" /></label></div>
<div class="field"><label for="registration_user_password">Mot de passe<input type="password" name="user[password]" id="registration_user_password" /></label></div>
<div class="field"><input type="checkbox" value="1" name="user[tos_agreement]" id="registration_user_tos_agreement" /><label for="registration_user_tos_agreement">J'accepte les <a href="/pages/terms-of-service">conditions d'utilisation</a></label></div>
<div class="actions"><button type="submit" class="button expanded">S'inscrire</button></div></form></div></div></div></div>"""


@_register("rivages_decidim027", [
    ("/users/sign_in", "Se connecter", _DECIDIM_SIGN_IN, NOT_CONTACT),
    ("/users/sign_up", "Créer un compte", _DECIDIM_SIGN_UP, NOT_CONTACT),
    ("/pages/terms-of-service", "Conditions d'utilisation",
     "<div class=\"row column\"><p>En utilisant la plateforme, vous acceptez la charte de modération des contributions.</p>"
     + _LEGAL + "</div>", NONE)])
def decidim027(site, page):
    menu = "".join(f'<li class="main-nav__link"><a href="{e(href)}">{e(label)}</a></li>' for label, href in site.menu)
    return f"""<!DOCTYPE html>
<html lang="fr" class="no-js">
<head>
<title>{e(page.title)} - {e(site.title)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta name="csrf-param" content="authenticity_token" />
<meta name="csrf-token" content="pG7c0vQ1m8ZkLxR4yT6wB2nD9fH3jK5s" />
<meta property="og:site_name" content="{e(site.title)}">
<meta property="og:title" content="{e(page.title)}">
<link rel="stylesheet" media="all" href="/packs/css/decidim_core-5f1e9c7a2b3d.css" />
<script src="/packs/js/runtime-3c8d1e4f6a7b.js"></script>
<script src="/packs/js/decidim_core-9a1b2c3d4e5f.js"></script>
</head>
<body class="" data-decidim-organization-id="1">
<div class="off-canvas-wrapper"><div class="off-canvas-wrapper-inner" data-off-canvas-wrapper>
<div class="off-canvas position-right hide-for-large" data-position="right" id="offCanvas" data-off-canvas><div class="hide-for-large" data-set="nav-holder"></div></div>
<div class="off-canvas-content" data-off-canvas-content>
<div class="footer-separator">
<div id="content"><header><div class="title-bar"><div class="row column topbar">
<div class="logo-wrapper"><a href="/">{e(site.title)}</a></div>
<div class="topbar__search"><form action="/search" accept-charset="UTF-8" method="get"><label for="term" class="show-for-sr">Rechercher</label>
<input type="text" name="term" id="term" placeholder="Rechercher" title="Rechercher" /><input type="submit" value="Rechercher" class="show-for-sr" /></form></div>
<div class="topbar__user show-for-medium" data-set="nav-login-holder"><div id="topbar__user__login" class="topbar__user__login">
<a class="sign-in-link" href="/users/sign_in">S’identifier</a><a class="sign-up-link" href="/users/sign_up">S'inscrire</a></div></div>
</div></div>
<div class="navbar"><div class="row column"><div class="main-nav" data-set="nav-holder"><nav class="main-nav" aria-label="Menu principal"><ul>{menu}</ul></nav></div></div></div>
</header>
<main class="wrapper">
{page.body}
</main></div></div>
<div class="main-footer"><div class="row"><div class="medium-4 large-3 column"><div class="main-footer__badge">{e(site.title)}</div></div>
<div class="medium-4 large-6 column"><ul class="footer-nav"><li><a href="/pages/terms-of-service">Conditions d'utilisation</a></li></ul></div></div></div>
<div class="mini-footer"><div class="row"><div class="column medium-4"><div class="decidim-logo"><span>Decidim</span></div></div>
<div class="column medium-4 mf-text"><p>Site créé avec un logiciel libre.</p></div></div></div>
</div></div></div>
</body></html>"""


def decidim_process_header(title, subtitle, steps, active):
    steps_html = "".join(f'<li class="{"is-active" if i == active else ""}">{e(s)}</li>' for i, s in enumerate(steps))
    return (f'<div class="process-header"><div class="process-header__container"><div class="process-header__main">'
            f'<div class="row column"><h1 class="text-highlight heading2">{e(title)}</h1><h2 class="text-highlight heading-small">{e(subtitle)}</h2>'
            f'</div></div><div class="process-header__phase"><div class="process-header__phase-info">'
            f'<p class="text-small">Phase {active + 1} sur {len(steps)}</p><ul class="process-header__steps">{steps_html}</ul></div></div></div></div>')


def decidim_nav(slug, components):
    links = "".join(f'<li class="{"is-active" if active else ""}"><a href="{e(href)}">{e(name)}</a></li>'
                    for href, name, active in components)
    return (f'<div class="process-nav"><div class="row column"><ul><li><a href="/processes/{slug}">Le processus</a></li>'
            f'{links}</ul></div></div>')


def decidim_comments(kind, rid, comments, alignment=False):
    """Existing comments and, for visitors, the invitation to sign in to comment (Decidim 0.27)."""
    threads = "".join(
        f'<div id="comment_{rid * 10 + i}" class="comment" data-comment-id="{rid * 10 + i}"><div class="comment__header">'
        f'<div class="author-data"><div class="author-data__main"><div class="author author--inline"><span class="author__name">{e(a)}</span></div>'
        f'<span>{e(d)}</span></div></div></div><div class="comment__content"><div><p>{e(t)}</p></div></div>'
        f'<div class="comment__footer"><div class="comment__votes"><button class="comment__votes--up" title="Je suis d\'accord avec ce commentaire" disabled>'
        f'<span class="show-for-sr">Voter pour</span></button></div></div></div>'
        for i, (a, d, t) in enumerate(comments))
    return f"""<div id="comments-for-{kind}-{rid}" data-decidim-comments='{{"singleComment":false,"toggleTranslations":false,"commentableGid":"Z2lkOi8vZGVjaWRpbS9EZWNpZGltOjp7a2luZH0ve3JpZH0","commentsUrl":"/comments","rootDepth":0,"order":"older","lastCommentId":{rid * 10 + len(comments)}}}'>
<div class="columns large-9 comments-container" id="comments"><div class="comments"><div class="row collapse order-by">
<h2 class="order-by__text section-heading">{len(comments)} commentaires</h2></div>
<div class="comment-threads">{threads}</div>
<div class="callout primary"><p>Connectez-vous avec votre compte ou <a href="/users/sign_up">inscrivez-vous</a> pour ajouter votre commentaire.</p>
<a class="button" href="/users/sign_in">S’identifier</a></div></div></div></div>"""


# =====================================================================================================================
# Fluicity (lorvignies.flui.city)
# =====================================================================================================================

_FLUI_LOGIN = """<div class="fl-auth"><h2>Connectez-vous pour participer</h2>
<form class="fl-auth__form" action="/connexion" method="post"><input type="hidden" name="_token" value="Fz2kQ8pL">
<label for="fl-email">Adresse e-mail</label><input id="fl-email" type="email" name="email" autocomplete="email" required>
<label for="fl-password">Mot de passe</label><input id="fl-password" type="password" name="password" autocomplete="current-password" required>
<button type="submit" class="fl-btn fl-btn--primary">Se connecter</button></form>
<p>Pas encore de compte ? L'inscription est gratuite depuis l'application ou ce site.</p></div>"""


@_register("rivages_fluicity", [("/connexion", "Connexion", _FLUI_LOGIN, NOT_CONTACT)])
def fluicity(site, page):
    menu = "".join(f'<li><a class="fl-nav__link" href="{e(href)}">{e(label)}</a></li>' for label, href in site.menu)
    return f"""<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>{e(page.title)} · {e(site.title)} · Fluicity</title>
<meta name="description" content="La plateforme de participation citoyenne de {e(site.title)}">
<meta property="og:site_name" content="Fluicity">
<link rel="stylesheet" href="/_app/immutable/assets/app.3f9d2a1c.css">
<link rel="modulepreload" href="/_app/immutable/entry/start.7b2e0c4d.js">
</head>
<body data-sveltekit-preload-data="hover" class="fl-body">
<div style="display: contents">
<header class="fl-header"><a class="fl-header__logo" href="/">{e(site.title)}</a>
<nav class="fl-nav" aria-label="Navigation"><ul>{menu}</ul></nav>
<a class="fl-btn fl-btn--outline" href="/connexion">Se connecter</a></header>
<main class="fl-main" id="main">
<nav class="fl-breadcrumb">{_crumbs(page, sep=" › ")}</nav>
<h1 class="fl-title">{e(page.title)}</h1>
{page.body}
</main>
<footer class="fl-footer"><p>{e(site.title)} — plateforme citoyenne Fluicity</p><p><a href="/connexion">Mon compte</a></p></footer>
</div>
<script type="module">import("/_app/immutable/entry/start.7b2e0c4d.js").then((app) => app.start(document.querySelector("body > div")));</script>
</body></html>"""


# =====================================================================================================================
# Cap Collectif (haguenstein.cap-collectif.com)
# =====================================================================================================================

_CAPCO_LOGIN = """<div class="container"><div class="row"><div class="col-md-6 col-md-offset-3"><h1>Connexion</h1>
<form id="login-form" action="/login_check" method="post"><input type="hidden" name="_csrf_token" value="z7Qw1pR8">
<div class="form-group"><label for="username" class="control-label">Adresse électronique</label><input type="email" id="username" name="_username" class="form-control" required></div>
<div class="form-group"><label for="password" class="control-label">Mot de passe</label><input type="password" id="password" name="_password" class="form-control" required></div>
<button id="confirm-login" type="submit" class="btn btn-primary">Se connecter</button></form>
<p>Pas encore inscrit ? <a href="/register">Inscription</a></p></div></div></div>"""

_CAPCO_REGISTER = """<div class="container"><h1>Inscription</h1><form id="registration-form" action="/register" method="post">
<div class="form-group"><label for="username">Nom ou pseudonyme</label><input id="username" name="username" type="text" class="form-control"></div>
<div class="form-group"><label for="email">Adresse électronique</label><input id="email" name="email" type="email" class="form-control"></div>
<div class="form-group"><label for="password">Mot de passe</label><input id="password" name="plainPassword" type="password" class="form-control"></div>
<div class="form-group"><label><input type="checkbox" name="charte"> J'accepte la charte de la plateforme</label></div>
<button type="submit" class="btn btn-primary">S'inscrire</button></form></div>"""


@_register("rivages_capco", [("/login", "Connexion", _CAPCO_LOGIN, NOT_CONTACT),
                             ("/register", "Inscription", _CAPCO_REGISTER, NOT_CONTACT),
                             ("/pages/mentions-legales", "Mentions légales", _LEGAL, NONE)])
def capco(site, page):
    menu = "".join(f'<li class="navbar__item"><a href="{e(href)}" class="navbar__link">{e(label)}</a></li>' for label, href in site.menu)
    return f"""<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{e(page.title)} | {e(site.title)}</title>
<meta property="og:site_name" content="{e(site.title)}">
<link rel="stylesheet" href="/css/front.css?v=b1e7c9d2">
<link rel="stylesheet" href="/css/custom.css?v=b1e7c9d2">
<script src="/js/vendor.js?v=b1e7c9d2"></script>
</head>
<body class="capco-body">
<div id="app-wrapper">
<header id="main-navbar" class="navbar navbar-default navbar-fixed-top" role="banner"><div class="container">
<div class="navbar-header"><a class="navbar-brand" href="/">{e(site.title)}</a></div>
<nav class="navbar-collapse" aria-label="Navigation principale"><ul class="nav navbar-nav">{menu}</ul>
<div class="navbar-right"><a href="/register" class="btn btn-default navbar-btn">Inscription</a> <a href="/login" id="login-button" class="btn btn-darkest-gray navbar-btn">Connexion</a></div></nav>
</div></header>
<div id="main" role="main"><div class="container"><h1 class="h1">{e(page.title)}</h1>
{page.body}
</div></div>
<footer class="footer" role="contentinfo"><div class="container"><div class="row"><div class="col-xs-12 footer__body"><h4 class="h4">Ville de Haguenstein</h4><p>La plateforme participative des Haguensteinois.</p></div></div></div>
<div class="footer__links"><div class="container"><ul><li><a href="/pages/mentions-legales">Mentions légales</a></li></ul>
<div class="capco-powered"><p>Propulsé par Cap Collectif</p></div></div></div></footer>
</div>
<script src="/js/app.js?v=b1e7c9d2"></script>
</body></html>"""


def capco_steps(project, steps, active):
    items = "".join(f'<li class="step{" active" if href == active else ""}"><a href="{e(href)}" class="stepper__link">'
                    f'<span class="step__title">{e(name)}</span><span class="step__dates">{e(dates)}</span></a></li>'
                    for name, href, dates in steps)
    return f'<div class="project__header"><p class="project__title">{e(project)}</p><ul class="stepper__list">{items}</ul></div>'


def capco_proposal_card(href, title, author, votes, comments, status=""):
    badge = f'<span class="label label-info proposal__status">{e(status)}</span>' if status else ""
    return (f'<li class="proposal-preview list-group-item"><div class="proposal__body"><h3 class="proposal__title"><a href="{e(href)}">{e(title)}</a></h3>'
            f'<p class="proposal__author">par {e(author)}</p>{badge}</div><div class="proposal__footer"><span class="proposal__counter proposal__counter--votes">'
            f'{votes} soutiens</span> · <span class="proposal__counter proposal__counter--comments">{comments} commentaires</span></div></li>')


def capco_comments(comments):
    items = "".join(f'<li class="opinion opinion--comment"><div class="opinion__user"><span class="author-name">{e(a)}</span> '
                    f'<span class="excerpt small">{e(d)}</span></div><p class="opinion__text">{e(t)}</p></li>' for a, d, t in comments)
    return f"""<section id="comments" class="comments__section"><h2 class="h2">{len(comments)} commentaires</h2>
<form id="CommentForm" class="comment-form" method="post" action=""><div class="form-group"><label for="body" class="sr-only">Votre commentaire</label>
<textarea id="body" name="body" class="form-control" rows="3" placeholder="Ajouter un commentaire"></textarea></div>
<div class="form-group"><label for="authorName">Nom</label><input id="authorName" name="authorName" type="text" class="form-control"></div>
<div class="form-group"><label for="authorEmail">Adresse électronique</label><input id="authorEmail" name="authorEmail" type="email" class="form-control"></div>
<button type="submit" class="btn btn-primary" id="confirm-comment">Commenter</button></form>
<ul class="media-list opinion__list">{items}</ul></section>"""


# =====================================================================================================================
# Go Vocal, formerly CitizenLab (boisvetyver.govocal.com): the server-rendered view crawlers are given
# =====================================================================================================================

_GOVOCAL_AUTH = """<div id="e2e-authentication-modal"><h2>{title}</h2><form class="e2e-{kind}-form" method="post" action="/web_api/v1/{action}">
<label for="email">Adresse e-mail</label><input id="email" type="email" name="email" autocomplete="email">
<label for="password">Mot de passe</label><input id="password" type="password" name="password">
<button type="submit" class="e2e-{kind}-submit">{button}</button></form></div>"""


@_register("rivages_govocal", [
    ("/fr-FR/pages/terms-and-conditions", "Conditions générales", _LEGAL, NONE),
    ("/fr-FR/sign-in", "Se connecter", _GOVOCAL_AUTH.format(title="Se connecter", kind="signin", action="user_token", button="Se connecter"), NOT_CONTACT),
    ("/fr-FR/sign-up", "S'inscrire", _GOVOCAL_AUTH.format(title="Créer un compte", kind="signup", action="users", button="Continuer"), NOT_CONTACT)])
def govocal(site, page):
    menu = "".join(f'<li><a class="e2e-navbar-item" href="{e(href)}">{e(label)}</a></li>' for label, href in site.menu)
    return f"""<!DOCTYPE html>
<html lang="fr-FR">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1,shrink-to-fit=no">
<title>{e(page.title)} | {e(site.title)}</title>
<meta property="og:title" content="{e(page.title)}">
<meta property="og:site_name" content="{e(site.title)}">
<link rel="stylesheet" href="/fragments/main.43b1e0f2.css">
<script defer src="/main.8e2d4c61.js"></script>
</head>
<body>
<div id="app"><div id="e2e-app-container">
<nav id="e2e-navbar" aria-label="Navigation principale"><a id="e2e-navbar-logo" href="/fr-FR/">{e(site.title)}</a><ul class="e2e-navbar-items">{menu}</ul>
<a id="e2e-navbar-login-menu-item" href="/fr-FR/sign-in">Se connecter</a> <a id="e2e-register-button" href="/fr-FR/sign-up">S'inscrire</a></nav>
<main id="e2e-main-content">
<h1>{e(page.title)}</h1>
{page.body}
</main>
<footer id="e2e-footer"><ul><li><a href="/fr-FR/pages/terms-and-conditions">Conditions générales</a></li></ul><p>Plateforme propulsée par Go Vocal</p></footer>
</div></div>
</body></html>"""


def govocal_idea_card(href, title, author, likes, comments, budget=None):
    money = f'<div class="e2e-idea-budget">{budget}</div><button class="e2e-assign-budget-button">Ajouter à mon panier</button>' if budget else \
        f'<button class="e2e-ideacard-like-button" aria-label="J\'aime">{likes}</button>'
    return (f'<div class="e2e-idea-card"><a href="{e(href)}"><h3 class="e2e-idea-card-title">{e(title)}</h3></a>'
            f'<p class="e2e-idea-card-author">{e(author)}</p>{money}<span class="e2e-ideacard-comment-count">{comments}</span></div>')


def govocal_comments(comments):
    items = "".join(f'<div class="e2e-comment-thread"><div class="e2e-parentcomment"><span class="e2e-author">{e(a)}</span>'
                    f'<time>{e(d)}</time><div class="e2e-comment-body"><p>{e(t)}</p></div></div></div>' for a, d, t in comments)
    return f"""<section class="e2e-comments-container" id="e2e-comments"><h2>Commentaires ({len(comments)})</h2>
<form class="e2e-comment-form"><label for="submit-comment" class="visually-hidden">Votre commentaire</label>
<textarea id="submit-comment" class="e2e-parent-comment-form" name="comment" placeholder="Écrivez votre commentaire ici" rows="1"></textarea>
<button class="e2e-submit-parentcomment" type="submit">Publier</button></form>
<div class="e2e-comments">{items}</div></section>"""


# =====================================================================================================================
# id-city (castelbrune.id-city.com)
# =====================================================================================================================

_IDCITY_LOGIN = """<div class="idc-login"><form action="/connexion" method="post" class="idc-form"><input type="hidden" name="csrf" value="k1Pq9z">
<label for="idc-email">E-mail</label><input type="email" id="idc-email" name="login[email]" required>
<label for="idc-pwd">Mot de passe</label><input type="password" id="idc-pwd" name="login[password]" required>
<button type="submit" class="idc-btn">Connexion</button></form><p>Première visite ? Créez votre compte en deux minutes.</p></div>"""


@_register("rivages_idcity", [("/connexion", "Connexion", _IDCITY_LOGIN, NOT_CONTACT),
                              ("/cgu", "Conditions générales d'utilisation", _LEGAL, NONE)])
def idcity(site, page):
    menu = "".join(f'<li class="idc-menu__item"><a href="{e(href)}">{e(label)}</a></li>' for label, href in site.menu)
    return f"""<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{e(page.title)} - {e(site.title)}</title>
<link rel="stylesheet" href="/build/app.2c9e41d7.css">
<script src="/build/runtime.8f1a3b2c.js" defer></script><script src="/build/app.2c9e41d7.js" defer></script>
</head>
<body class="idc idc-theme-castelbrune">
<header class="idc-header"><a class="idc-header__logo" href="/">{e(site.title)}</a>
<nav class="idc-menu" aria-label="Menu"><ul>{menu}</ul></nav><a class="idc-btn idc-btn--ghost" href="/connexion">Connexion</a></header>
<main class="idc-main"><p class="idc-breadcrumb">{_crumbs(page, sep=" › ")}</p><h1 class="idc-title">{e(page.title)}</h1>
{page.body}
</main>
<footer class="idc-footer"><a href="/cgu">CGU</a> · Plateforme de participation réalisée par id-city</footer>
</body></html>"""


# =====================================================================================================================
# NodeBB 3, Harmony theme (forum.boisvetyver.re)
# =====================================================================================================================

_NODEBB_LOGIN = """<div data-widget-area="header"></div><div class="row login flex-fill"><div class="d-flex flex-column gap-2">
<h2 class="tracking-tight fw-semibold text-center">Connexion</h2>
<form class="d-flex flex-column gap-3" role="form" method="post" id="login-form" action="/login">
<div class="mb-2 d-flex flex-column gap-2"><label for="username">Nom d'utilisateur / Email</label><input class="form-control" type="text" placeholder="Nom d'utilisateur / Email" name="username" id="username" autocorrect="off" autocapitalize="off" autocomplete="username" value=""/></div>
<div class="mb-2 d-flex flex-column gap-2"><label for="password">Mot de passe</label><input class="form-control" type="password" placeholder="Mot de passe" name="password" id="password" autocomplete="current-password" autocapitalize="off"/></div>
<div class="form-check mb-2"><input class="form-check-input" type="checkbox" name="remember" id="remember" checked /><label class="form-check-label" for="remember">Se souvenir de moi ?</label></div>
<input type="hidden" name="_csrf" value="m5q1lR8d" /><input type="hidden" name="noscript" id="noscript" value="true" />
<button class="btn btn-primary" id="login" type="submit">Connexion</button>
<div class="alert alert-danger alert-dismissible" id="login-error-notify" style="display:none;"></div>
<span>Pas encore de compte ? <a href="/register">Inscription</a></span></form></div></div>"""

_NODEBB_REGISTER = """<div class="row register flex-fill"><div class="d-flex flex-column gap-2"><h2 class="tracking-tight fw-semibold text-center">Inscription</h2>
<form component="register/local" class="d-flex flex-column gap-3" role="form" action="/register" method="post">
<div class="mb-2 d-flex flex-column gap-2"><label for="username">Nom d'utilisateur</label><input class="form-control" type="text" placeholder="Nom d'utilisateur" name="username" id="username" autocorrect="off" autocapitalize="off" autocomplete="off" /></div>
<div class="mb-2 d-flex flex-column gap-2"><label for="password">Mot de passe</label><input class="form-control" type="password" placeholder="Mot de passe" name="password" id="password" autocomplete="new-password" /></div>
<div class="mb-2 d-flex flex-column gap-2"><label for="password-confirm">Confirmer le mot de passe</label><input class="form-control" type="password" placeholder="Confirmer le mot de passe" name="password-confirm" id="password-confirm" autocomplete="new-password" /></div>
<button class="btn btn-primary" id="register" type="submit">Inscription</button><input id="token" type="hidden" name="token" value="" /><input id="noscript" type="hidden" name="noscript" value="true" /><input type="hidden" name="_csrf" value="m5q1lR8d" />
</form><p>Déjà inscrit ? <a href="/login">Connexion</a></p></div></div>"""


@_register("rivages_nodebb", [("/login", "Connexion", _NODEBB_LOGIN, NOT_BOARD_NOR_CONTACT),
                              ("/register", "Inscription", _NODEBB_REGISTER, NOT_BOARD_NOR_CONTACT)])
def nodebb(site, page):
    template = "categories" if page.path == "/" else ("category" if page.path.startswith("/category/") else
                                                      ("topic" if page.path.startswith("/topic/") else page.path.strip("/")))
    return f"""<!DOCTYPE html>
<html lang="fr" data-dir="ltr" style="direction: ltr;">
<head>
<title>{e(page.title)} | {e(site.title)}</title>
<meta name="viewport" content="width&#x3D;device-width, initial-scale&#x3D;1.0" />
<meta name="content-type" content="text/html; charset=UTF-8" />
<meta name="apple-mobile-web-app-capable" content="yes" />
<meta property="og:site_name" content="{e(site.title)}" />
<meta name="title" content="{e(page.title)}" />
<link rel="stylesheet" type="text/css" href="/assets/client.css?v=9f2c1e7a5b3" />
<link rel="icon" type="image/x-icon" href="/assets/uploads/system/favicon.ico?v=9f2c1e7a5b3" />
<link rel="manifest" href="/manifest.webmanifest" crossorigin="use-credentials" />
<link rel="search" type="application/opensearchdescription+xml" title="{e(site.title)}" href="/osd.xml" />
<script>var config = JSON.parse('{{"relative_path":"","upload_url":"/assets/uploads","asset_base_url":"/assets","assetBaseUrl":"/assets","siteTitle":"{e(site.title)}","browserTitle":"{e(site.title)}","titleLayout":"&#123;pageTitle&#125; | &#123;browserTitle&#125;","showSiteTitle":true,"maintenanceMode":false,"postQueue":1,"minimumTitleLength":3,"maximumTitleLength":255,"minimumPostLength":8,"useOutgoingLinksPage":false,"allowGuestHandles":false,"disableChat":false,"defaultLang":"fr","userLang":"fr","loggedIn":false,"uid":-1,"cache-buster":"v=9f2c1e7a5b3","topicPostSort":"oldest_to_newest","csrf_token":"m5q1lR8d"}}');</script>
</head>
<body class="template-{template} page-{template} skin-noskin theme-harmony user-guest" data-gr-c-s-loaded>
<a class="visually-hidden-focusable position-absolute top-0 start-0 p-3 m-3 bg-body" style="z-index: 1021;" href="#content">Aller au contenu</a>
<div class="layout-container d-flex justify-content-between pb-4 pb-md-0">
<nav component="sidebar/left" class="sidebar sidebar-left start-0 border-end vh-100 d-none d-lg-flex flex-column justify-content-between sticky-top">
<ul id="main-nav" class="list-unstyled d-flex flex-column w-100 gap-2 mt-2 overflow-y-auto">
<li class="nav-item mx-2"><a class="nav-link navigation-link d-flex gap-2 justify-content-between align-items-center" href="/" aria-label="Catégories"><span class="nav-text small visible-open fw-semibold">Catégories</span></a></li>
<li class="nav-item mx-2"><a class="nav-link navigation-link" href="/category/2/vie-des-quartiers"><span class="nav-text small visible-open fw-semibold">Vie des quartiers</span></a></li></ul>
<div class="sidebar-toggle-container align-self-start"><ul class="list-unstyled"><li><a href="/login" class="nav-link">Connexion</a></li><li><a href="/register" class="nav-link">Inscription</a></li></ul></div>
</nav>
<main id="panel" class="d-flex flex-column gap-3 flex-grow-1 mt-3" style="min-width: 0;">
<div class="container-lg px-md-4 d-flex flex-column gap-3 h-100 mb-5 mb-lg-0" id="content">
<ol class="breadcrumb mb-0" itemscope="itemscope" itemprop="breadcrumb" itemtype="http://schema.org/BreadcrumbList">
<li class="breadcrumb-item"><a href="/" itemprop="item"><span itemprop="name">Accueil</span></a></li><li component="breadcrumb/current" class="breadcrumb-item active"><span>{e(page.title)}</span></li></ol>
{page.body}
</div></main></div>
<div class="d-none">Propulsé par NodeBB</div>
<script defer src="/assets/nodebb.min.js?v=9f2c1e7a5b3"></script>
</body></html>"""


def nodebb_topic_row(tid, cid, slug, title, author, posts, last):
    return (f'<li component="category/topic" class="category-item hover-parent border-bottom py-3 py-lg-4 d-flex flex-column flex-lg-row align-items-start" '
            f'data-tid="{tid}" data-index="{tid % 7}" data-cid="{cid}" itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem">'
            f'<link itemprop="url" content="/topic/{tid}/{slug}" /><meta itemprop="name" content="{e(title)}" />'
            f'<div class="d-flex p-0 col-12 col-lg-7 gap-2 gap-lg-3 pe-1 align-items-start"><div class="flex-grow-1 d-flex flex-wrap gap-1">'
            f'<h3 component="topic/header" class="title text-break fs-5 fw-semibold m-0 tracking-tight w-100"><a class="text-reset" href="/topic/{tid}/{slug}">{e(title)}</a></h3>'
            f'<span class="text-xs text-muted">par {e(author)}</span></div></div>'
            f'<div class="d-flex p-0 col-lg-5 col-12 align-content-stretch"><div class="stats text-center"><span class="fs-5 ff-secondary lh-1">{posts}</span>'
            f'<span class="d-none d-xl-flex text-lowercase text-xs">messages</span></div><div class="lastpost text-xs">Dernier message {e(last)}</div></div></li>')


def nodebb_post(pid, author, date, text, index):
    return (f'<li component="post" class="pt-4" data-index="{index}" data-pid="{pid}" data-uid="{_num(author, 2, 300)}" itemprop="comment" '
            f'itemtype="http://schema.org/Comment" itemscope><div class="d-flex align-items-start gap-3"><div class="post-container d-flex flex-grow-1 flex-column w-100">'
            f'<div class="d-flex align-items-center gap-1 flex-wrap w-100 post-header mt-1"><span class="fw-bold text-nowrap" itemprop="author">{e(author)}</span>'
            f'<span class="text-muted">{e(date)}</span></div><div class="content text-break" component="post/content" itemprop="text"><p dir="auto">{e(text)}</p></div>'
            f'</div></div></li>')


# =====================================================================================================================
# HumHub 1.15 (voisins.lorvignies.fr), the neighbours' network Lorvignies runs
# =====================================================================================================================

_HUMHUB_LOGIN = """<div class="container" style="text-align: center;"><div class="panel panel-default animated bounceIn" id="login-form" style="max-width: 300px; margin: 0 auto 20px auto; text-align: left;">
<div class="panel-heading">Connectez-vous</div><div class="panel-body">
<form id="account-login-form" action="/user/auth/login" method="post"><input type="hidden" name="_csrf" value="Qm9uam91ciB2b2lzaW5z">
<div class="form-group field-login-username required"><input type="text" id="login_username" class="form-control" name="Login[username]" placeholder="Nom d'utilisateur ou e-mail" aria-required="true"></div>
<div class="form-group field-login-password required"><input type="password" id="login_password" class="form-control" name="Login[password]" placeholder="Mot de passe" aria-required="true"></div>
<div class="form-group field-login-rememberme"><div class="checkbox"><label><input type="checkbox" id="login-rememberme" name="Login[rememberMe]" value="1" checked> Rester connecté</label></div></div>
<button type="submit" id="login-button" class="btn btn-large btn-primary">Se connecter</button></form></div></div>
<div class="panel panel-default" id="register-form" style="max-width: 300px; margin: 0 auto 20px auto; text-align: left;"><div class="panel-heading">Inscription</div><div class="panel-body">
<p>Vous habitez Lorvignies ? Inscrivez-vous avec votre adresse : un code vous sera remis pour confirmer votre quartier.</p>
<form id="invite-form" action="/user/auth/login" method="post"><input type="hidden" name="_csrf" value="Qm9uam91ciB2b2lzaW5z">
<div class="form-group field-invite-email required"><input type="email" id="register-email" class="form-control" name="Invite[email]" placeholder="Adresse e-mail" aria-required="true"></div>
<button type="submit" class="btn btn-primary">S'inscrire</button></form></div></div></div>"""


@_register("rivages_humhub", [("/user/auth/login", "Connexion", _HUMHUB_LOGIN, NOT_CONTACT)])
def humhub(site, page):
    menu = "".join(f'<li class="visible-md visible-lg"><a href="{e(href)}">{e(label)}</a></li>' for label, href in site.menu)
    return f"""<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="UTF-8">
<title>{e(page.title)} - {e(site.title)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1.0, maximum-scale=1.0, user-scalable=no">
<meta name="csrf-param" content="_csrf">
<meta name="csrf-token" content="Qm9uam91ciB2b2lzaW5z">
<link href="/assets/6f2c1d3e/css/humhub.bundle.min.css?v=1715171600" rel="stylesheet">
<link href="/themes/HumHub/css/theme.css?v=1715171600" rel="stylesheet">
<script src="/assets/2b8e7c9a/jquery.min.js?v=1715171600"></script>
<script src="/assets/9d1a4f6b/js/humhub/humhub.core.js?v=1715171600"></script>
</head>
<body class="humhub-guest">
<div id="topbar-first" class="topbar"><div class="container"><div class="topbar-brand hidden-xs"><a class="navbar-brand" href="/">{e(site.title)}</a></div>
<div class="topbar-actions pull-right"><a href="/user/auth/login" class="btn btn-enter" data-action-click="ui.modal.load" data-action-url="/user/auth/login">Se connecter / S'inscrire</a></div></div></div>
<div id="topbar-second" class="topbar"><div class="container"><ul class="nav" id="top-menu-nav">{menu}</ul></div></div>
<div id="layout-content"><div class="container"><div class="row"><div class="col-md-12">
<div class="panel panel-default"><div class="panel-heading"><strong>{e(page.title)}</strong></div><div class="panel-body">
{page.body}
</div></div></div></div></div></div>
<div class="footer-nav"><p>{e(site.title)} · réseau social de voisinage de la Ville de Lorvignies · logiciel libre HumHub</p></div>
</body></html>"""


def humhub_entry(cid, author, date, text, comments):
    com = "".join(f'<div class="media" id="comment_{cid * 10 + i}"><div class="media-body"><h4 class="media-heading">{e(a)} '
                  f'<small>{e(d)}</small></h4><div class="comment-message" data-ui-richtext><p>{e(t)}</p></div></div></div>'
                  for i, (a, d, t) in enumerate(comments))
    return (f'<div class="wall-entry" data-content-key="{cid}" data-stream-entry><div class="panel panel-default wall_humhubmodulespostmodelsPost_{cid}">'
            f'<div class="panel-body"><div class="media"><div class="media-body"><div class="media-heading">{e(author)}</div>'
            f'<div class="media-subheading"><time>{e(date)}</time></div></div></div><div class="content" id="wall_content_{cid}">'
            f'<div data-ui-markdown data-ui-richtext><p>{e(text)}</p></div></div>'
            f'<div class="wall-entry-controls"><span class="likeLinkContainer">J\'aime</span></div>'
            f'<div class="comment-container"><div class="well well-small comment" id="comments_area_humhubmodulespostmodelsPost_{cid}">'
            f'<div class="comment">{com}</div><p class="comment-guest">Connectez-vous pour commenter.</p></div></div></div></div></div>')


# =====================================================================================================================
# Priac'Agora (agora.saint-priac.fr): the city's own platform, a single-page application drawn by a script
# =====================================================================================================================

AGORA_BUNDLE = "/static/agora/app.7d21c0.js"
AGORA_STYLE = "/static/agora/app.7d21c0.css"
AGORA_API = "/api/v2/vues"


@_register("rivages_agora")
def agora_shell(site, page):
    """What the server sends for every page of the platform: an empty root and the application's bundle."""
    return f"""<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Priac'Agora</title>
<link rel="stylesheet" href="{AGORA_STYLE}">
<link rel="icon" href="/static/agora/favicon.svg" type="image/svg+xml">
</head>
<body>
<div id="agora-root" aria-live="polite"></div>
<noscript>Priac'Agora a besoin de JavaScript : activez-le dans votre navigateur pour participer.</noscript>
<script src="{AGORA_BUNDLE}" defer></script>
</body></html>"""


# The application: it asks the API for the view of the current route (a tree of elements) and builds the DOM.
AGORA_APP_JS = r"""(function () {
  'use strict';
  var root = document.getElementById('agora-root');
  function build(node) {
    if (typeof node === 'string') { return document.createTextNode(node); }
    var el = document.createElement(node.t);
    var attrs = node.a || {};
    Object.keys(attrs).forEach(function (name) { el.setAttribute(name, attrs[name]); });
    (node.c || []).forEach(function (child) { el.appendChild(build(child)); });
    return el;
  }
  var req = new XMLHttpRequest();
  req.open('GET', '/api/v2/vues?route=' + encodeURIComponent(window.location.pathname));
  req.setRequestHeader('Accept', 'application/json');
  req.onload = function () {
    if (req.status !== 200) { root.textContent = 'Cette page est momentanément indisponible.'; return; }
    var view = JSON.parse(req.responseText);
    document.title = view.titre + " | Priac'Agora";
    root.appendChild(build(view.arbre));
  };
  req.send();
})();
"""

AGORA_CSS = "body{font-family:Marianne,Arial,sans-serif;margin:0}#agora-root{min-height:100vh}.ag-header{background:#0b4f6c;color:#fff;padding:1rem}"


def E(tag, attrs=None, *children):
    """An element of the tree the Priac'Agora API sends."""
    node = {"t": tag}
    if attrs:
        node["a"] = attrs
    if children:
        node["c"] = [c for c in children if c is not None]
    return node


def tree_html(node) -> str:
    """The HTML the application builds from a tree (used to check the part, not served)."""
    if isinstance(node, str):
        return e(node)
    attrs = "".join(f' {k}="{e(v)}"' for k, v in (node.get("a") or {}).items())
    inner = "".join(tree_html(c) for c in node.get("c", []))
    return f"<{node['t']}{attrs}>{inner}</{node['t']}>"
