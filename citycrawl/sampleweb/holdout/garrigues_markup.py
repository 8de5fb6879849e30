"""Markup of the thirteenth holdout part (``garrigues``): three page layouts of its own (an accessibility-first
layout after the State's design system, a WordPress site built with Elementor, a LimeSurvey server) and the
fragments its communes' software writes: forms, polls, embeds, comment systems, boards, petitions, platform
components and the furniture around them (cookie banners, news lists, agendas, quick links).

Written for this part from the codebook and from how the software writes its pages; no other part's markup
is imported. Layouts are registered with the framework's themes under ``garrigues_*`` names.
"""
from html import escape
from urllib.parse import quote

from .. import themes

# ---- layouts ----------------------------------------------------------------------------------------------


def _nav(site, li="", a=""):
    return "".join(f'<li class="{li}"><a class="{a}" href="{escape(href)}">{escape(label)}</a></li>'
                   for label, href in site.menu)


def _trail(page, sep):
    items = ['<a href="/">Accueil</a>']
    if page.parent:
        label, href = page.parent
        items.append(f'<a href="{escape(href)}">{escape(label)}</a>')
    if page.path != "/":
        items.append(f"<span>{escape(page.title)}</span>")
    return sep.join(items)


_NAMES = {"facebook": "Facebook", "x": "X", "instagram": "Instagram", "youtube": "YouTube", "linkedin": "LinkedIn",
          "mastodon": "Mastodon", "bluesky": "Bluesky", "tiktok": "TikTok"}


def _follow(site, ul_class, li_class, a_class):
    return f'<ul class="{ul_class}">' + "".join(
        f'<li class="{li_class}"><a class="{a_class} {a_class}--{acc.platform}" href="{escape(acc.href)}" '
        f'target="_blank" rel="noopener{" me" if acc.platform == "mastodon" else ""}" '
        f'title="{_NAMES.get(acc.platform, acc.platform)} - nouvelle fenêtre">{_NAMES.get(acc.platform, acc.platform)}</a></li>'
        for acc in site.accounts) + "</ul>"


def dsfr(site, page):
    """An accessibility-first municipal site on the State's design system (fr-* classes, Marianne font)."""
    return f"""<!DOCTYPE html>
<html lang="fr" data-fr-scheme="system">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
<title>{escape(page.title)} - {escape(site.title)}</title>
<meta name="theme-color" content="#000091">
<link rel="stylesheet" href="/assets/dsfr/dsfr.min.css?v=1.11.2">
<link rel="stylesheet" href="/assets/dsfr/utility/icons/icons.min.css?v=1.11.2">
<link rel="stylesheet" href="/assets/ville/ville.css?v=2024-10">
</head>
<body>
<div class="fr-skiplinks"><nav class="fr-container" role="navigation" aria-label="Accès rapide"><ul class="fr-skiplinks__list">
<li><a class="fr-link" href="#contenu">Contenu</a></li><li><a class="fr-link" href="#menu-principal">Menu</a></li><li><a class="fr-link" href="#pied">Pied de page</a></li></ul></nav></div>
<header role="banner" class="fr-header"><div class="fr-header__body"><div class="fr-container"><div class="fr-header__body-row">
<div class="fr-header__brand fr-enlarge-link"><div class="fr-header__brand-top"><div class="fr-header__logo"><p class="fr-logo">Ville de<br>{escape(site.title)}</p></div></div>
<div class="fr-header__service"><a href="/" title="Accueil - {escape(site.title)}"><p class="fr-header__service-title">{escape(site.title)}</p></a><p class="fr-header__service-tagline">Site officiel de la ville</p></div></div>
<div class="fr-header__tools"><div class="fr-header__search fr-modal" id="modal-recherche"><div class="fr-search-bar" role="search">
<form action="/recherche" method="get"><label class="fr-label" for="recherche-input">Rechercher</label><input class="fr-input" placeholder="Rechercher" type="search" id="recherche-input" name="q"><button class="fr-btn" title="Rechercher">Rechercher</button></form></div></div></div>
</div></div></div>
<div class="fr-header__menu fr-modal" id="menu-principal"><div class="fr-container"><nav class="fr-nav" role="navigation" aria-label="Menu principal"><ul class="fr-nav__list">{_nav(site, "fr-nav__item", "fr-nav__link")}</ul></nav></div></div>
</header>
<main role="main" id="contenu"><div class="fr-container fr-my-6w">
<nav role="navigation" class="fr-breadcrumb" aria-label="vous êtes ici :"><div class="fr-collapse" id="breadcrumb-1"><ol class="fr-breadcrumb__list"><li>{_trail(page, '</li><li>')}</li></ol></div></nav>
<h1>{escape(page.title)}</h1>
<div class="fr-grid-row fr-grid-row--gutters"><div class="fr-col-12">{page.body}</div></div>
</div></main>
<div class="fr-follow"><div class="fr-container"><div class="fr-grid-row"><div class="fr-col-12"><div class="fr-follow__social"><h2 class="fr-h5">Suivez-nous<br> sur les réseaux sociaux</h2>{_follow(site, "fr-btns-group fr-btns-group--lg", "", "fr-btn")}</div></div></div></div></div>
<footer class="fr-footer" role="contentinfo" id="pied"><div class="fr-container"><div class="fr-footer__body">
<div class="fr-footer__brand fr-enlarge-link"><a href="/" title="Retour à l'accueil"><p class="fr-logo">Ville de<br>{escape(site.title)}</p></a></div>
<div class="fr-footer__content"><p class="fr-footer__content-desc">{escape(site.address)}</p></div></div>
<div class="fr-footer__bottom"><ul class="fr-footer__bottom-list"><li class="fr-footer__bottom-item"><a class="fr-footer__bottom-link" href="/mentions-legales">Mentions légales</a></li>
<li class="fr-footer__bottom-item"><span class="fr-footer__bottom-link">Accessibilité : partiellement conforme</span></li></ul>
<div class="fr-footer__bottom-copy"><p>Sauf mention contraire, les contenus de ce site sont sous licence etalab-2.0</p></div></div></div></footer>
<script type="module" src="/assets/dsfr/dsfr.module.min.js?v=1.11.2"></script>
</body></html>"""


def elementor(site, page):
    """WordPress with the Hello Elementor theme, Elementor Pro headers and a Complianz cookie banner."""
    kind = "home page-template-default page" if page.path == "/" else "page-template-elementor_header_footer page"
    return f"""<!doctype html>
<html lang="fr-FR">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(page.title)} - {escape(site.title)}</title>
<meta name='robots' content='index, follow, max-image-preview:large' />
<link rel='stylesheet' id='hello-elementor-css' href='/wp-content/themes/hello-elementor/style.min.css?ver=3.1.1' media='all' />
<link rel='stylesheet' id='elementor-frontend-css' href='/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.24.4' media='all' />
<link rel='stylesheet' id='elementor-pro-css' href='/wp-content/plugins/elementor-pro/assets/css/frontend.min.css?ver=3.24.2' media='all' />
<link rel='stylesheet' id='cmplz-general-css' href='/wp-content/plugins/complianz-gdpr/assets/css/cookieblocker.min.css?ver=1726563322' media='all' />
<script src="/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<link rel="https://api.w.org/" href="/wp-json/" />
<meta name="generator" content="WordPress 6.6.2" />
<meta name="generator" content="Elementor 3.24.4; features: additional_custom_breakpoints; settings: css_print_method-external, google_font-enabled">
</head>
<body class="{kind} elementor-default elementor-kit-7 cmplz-banner">
<a class="skip-link screen-reader-text" href="#content">Aller au contenu</a>
<div data-elementor-type="header" data-elementor-id="88" class="elementor elementor-88 elementor-location-header">
<div class="elementor-element elementor-element-1b3c e-flex e-con-boxed e-con e-parent"><div class="e-con-inner">
<div class="elementor-widget elementor-widget-theme-site-logo"><a href="/">{escape(site.title)}</a></div>
<div class="elementor-widget elementor-widget-nav-menu"><nav aria-label="Menu" class="elementor-nav-menu--main elementor-nav-menu__container"><ul id="menu-1-4d2e" class="elementor-nav-menu">{_nav(site, "menu-item menu-item-type-post_type", "elementor-item")}</ul></nav></div>
<div class="elementor-widget elementor-widget-search-form"><form class="elementor-search-form" role="search" action="/" method="get"><input placeholder="Rechercher..." class="elementor-search-form__input" type="search" name="s" title="Rechercher" value=""></form></div>
</div></div></div>
<main id="content" class="site-main post-{len(page.path) * 13} page type-page status-publish hentry">
<div data-elementor-type="wp-page" class="elementor">
<div class="elementor-element e-con-full e-flex e-con"><div class="elementor-widget elementor-widget-breadcrumbs"><p id="breadcrumbs">{_trail(page, ' » ')}</p></div>
<div class="elementor-widget elementor-widget-heading"><h1 class="elementor-heading-title elementor-size-default">{escape(page.title)}</h1></div>
<div class="elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container">{page.body}</div></div></div></div>
</main>
<div data-elementor-type="footer" class="elementor elementor-location-footer"><div class="e-con-inner">
<div class="elementor-widget elementor-widget-text-editor"><p><strong>{escape(site.title)}</strong><br>{escape(site.address)}</p></div>
<div class="elementor-widget elementor-widget-social-icons"><div class="elementor-social-icons-wrapper elementor-grid" role="list">{"".join(f'<span class="elementor-grid-item" role="listitem"><a class="elementor-icon elementor-social-icon elementor-social-icon-{a.platform}" href="{escape(a.href)}" target="_blank"><span class="elementor-screen-only">{_NAMES.get(a.platform, a.platform)}</span></a></span>' for a in site.accounts)}</div></div>
<div class="elementor-widget elementor-widget-text-editor"><p><a href="/mentions-legales">Mentions légales</a> · Accessibilité : non conforme</p></div></div></div>
<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner cmplz-hidden banner-1 bottom-right-view-preferences optin cmplz-bottom-right cmplz-categories-type-view-preferences" aria-modal="true" data-nosnippet="true" role="dialog" aria-labelledby="cmplz-header-1-optin">
<div class="cmplz-header"><div class="cmplz-title" id="cmplz-header-1-optin">Gérer le consentement aux cookies</div></div>
<div class="cmplz-body"><div class="cmplz-message">Pour offrir les meilleures expériences, nous utilisons des technologies telles que les cookies pour stocker et/ou accéder aux informations des appareils.</div></div>
<div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">Accepter</button><button class="cmplz-btn cmplz-deny">Refuser</button><button class="cmplz-btn cmplz-view-preferences">Voir les préférences</button></div></div></div>
<script src="/wp-content/plugins/elementor-pro/assets/js/frontend.min.js?ver=3.24.2" id="elementor-pro-frontend-js"></script>
<script src="/wp-content/plugins/complianz-gdpr/cookiebanner/js/complianz.min.js?ver=1726563322" id="cmplz-cookiebanner-js"></script>
</body></html>"""


def limesurvey(site, page):
    """A city's own LimeSurvey server with the "fruity" survey theme."""
    return f"""<!DOCTYPE html>
<html lang="fr" dir="ltr" class="fr lang-fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta name="generator" content="LimeSurvey http://www.limesurvey.org" />
<title>{escape(page.title)}</title>
<link rel="stylesheet" type="text/css" href="/tmp/assets/5b3c1e9a/survey.css" />
<link rel="stylesheet" type="text/css" href="/themes/survey/fruity/css/variations/sea_green.css" />
<script type="text/javascript" src="/tmp/assets/2d4f7a1c/jquery-3.5.1.min.js"></script>
<script type="text/javascript" src="/tmp/assets/8e1b9c2d/survey.js"></script>
</head>
<body class="fruity font-noto lang-fr brand-{escape(site.title.lower().replace(' ', '-'))} ls-survey">
<div id="beginScripts"></div>
<div class="container-fluid"><div class="navbar navbar-default"><div class="navbar-header"><span class="navbar-brand">{escape(site.title)}</span></div></div></div>
<article><div id="outerframeContainer" class="outerframe container">{page.body}</div></article>
<div id="bottomScripts"><p class="text-center small">{escape(site.address)}</p></div>
</body></html>"""


themes.THEMES.update({"garrigues_dsfr": dsfr, "garrigues_elementor": elementor, "garrigues_limesurvey": limesurvey})
_LEGAL = ("<h2>Éditeur du site</h2><p>Le site est édité par la commune ; directeur de la publication : le maire.</p>"
          "<h2>Hébergement</h2><p>Hébergement assuré par un prestataire établi en France.</p>"
          "<h2>Vos données</h2><p>Vous pouvez exercer vos droits d'accès, de rectification et d'effacement auprès du "
          "délégué à la protection des données de la commune.</p>")
themes.CHROME.update({
    "garrigues_dsfr": [("/mentions-legales", "Mentions légales", _LEGAL, frozenset())],
    "garrigues_elementor": [("/mentions-legales", "Mentions légales", _LEGAL, frozenset())],
    "garrigues_limesurvey": [],
})

# ---- furniture --------------------------------------------------------------------------------------------


def para(*texts):
    return "".join(f"<p>{t}</p>" for t in texts)


def news_list(items, heading="Actualités", cls="news"):
    """A list of news teasers: (href, title, date, teaser)."""
    cards = "".join(
        f'<li class="{cls}__item"><article class="{cls}__card"><p class="{cls}__date"><time>{escape(date)}</time></p>'
        f'<h3 class="{cls}__title"><a href="{href}">{escape(title)}</a></h3><p class="{cls}__teaser">{escape(teaser)}</p></article></li>'
        for href, title, date, teaser in items)
    return f'<section class="{cls}"><h2>{escape(heading)}</h2><ul class="{cls}__list">{cards}</ul></section>'


def agenda(events):
    rows = "".join(f'<li class="agenda__item"><span class="agenda__date">{escape(d)}</span> '
                   f'<span class="agenda__title">{escape(t)}</span> <span class="agenda__place">{escape(p)}</span></li>'
                   for d, t, p in events)
    return f'<section class="agenda"><h2>Agenda</h2><ul class="agenda__list">{rows}</ul></section>'


def quick_links(links, heading="Accès rapides"):
    tiles = "".join(f'<li><a class="quick__link" href="{href}">{escape(label)}</a></li>' for href, label in links)
    return f'<nav class="quick" aria-label="{escape(heading)}"><h2>{escape(heading)}</h2><ul class="quick__list">{tiles}</ul></nav>'


def tarteaucitron():
    return ('<div id="tarteaucitronRoot" class="tarteaucitronBeforeVisible"><div id="tarteaucitronAlertBig" class="tarteaucitronAlertBigBottom">'
            '<span id="tarteaucitronDisclaimerAlert">Ce site utilise des cookies et vous donne le contrôle sur ceux que vous souhaitez activer.</span>'
            '<button type="button" class="tarteaucitronCTAButton tarteaucitronAllow" id="tarteaucitronPersonalize2">Tout accepter</button>'
            '<button type="button" class="tarteaucitronCTAButton tarteaucitronDeny" id="tarteaucitronAllDenied2">Tout refuser</button>'
            '<button type="button" id="tarteaucitronCloseAlert">Personnaliser</button></div></div>')


def cookie_notice():
    return ('<div id="cookie-notice" role="dialog" class="cookie-notice-hidden cookie-revoke-hidden cn-position-bottom" aria-label="Cookie Notice">'
            '<div class="cookie-notice-container"><span id="cn-notice-text" class="cn-text-container">Nous utilisons des cookies de mesure '
            "d'audience anonymes. En poursuivant votre navigation, vous acceptez leur dépôt.</span>"
            '<span id="cn-notice-buttons" class="cn-buttons-container"><a href="#" id="cn-accept-cookie" data-cookie-set="accept" class="cn-set-cookie cn-button">Ok</a>'
            '<a href="#" id="cn-refuse-cookie" data-cookie-set="refuse" class="cn-set-cookie cn-button">Non</a></span></div></div>')


def share(url, title):
    u, t = quote(url, safe=""), quote(title, safe="")
    return ('<div class="partage"><span class="partage__label">Partager :</span>'
            f'<a class="partage__fb" href="https://www.facebook.com/sharer/sharer.php?u={u}" target="_blank" rel="noopener">Facebook</a> '
            f'<a class="partage__x" href="https://x.com/intent/post?url={u}&amp;text={t}" target="_blank" rel="noopener">X</a> '
            f'<a class="partage__in" href="https://www.linkedin.com/sharing/share-offsite/?url={u}" target="_blank" rel="noopener">LinkedIn</a> '
            f'<a class="partage__mail" href="mailto:?subject={t}&amp;body={u}">E-mail</a></div>')


def dl(rows):
    return "<dl class=\"infos\">" + "".join(f"<dt>{escape(k)}</dt><dd>{v}</dd>" for k, v in rows) + "</dl>"


def downloads(files):
    return '<ul class="documents">' + "".join(
        f'<li class="documents__item"><span class="documents__name">{escape(name)}</span> <span class="documents__meta">(PDF, {size})</span></li>'
        for name, size in files) + "</ul>"


# ---- dsfr components ---------------------------------------------------------------------------------------


def dsfr_callout(title, text, href=None, button=None):
    action = f'<a class="fr-btn" href="{href}">{escape(button)}</a>' if href else ""
    return f'<div class="fr-callout"><h3 class="fr-callout__title">{escape(title)}</h3><p class="fr-callout__text">{text}</p>{action}</div>'


def dsfr_cards(cards):
    items = "".join(
        f'<div class="fr-col-12 fr-col-md-4"><div class="fr-card fr-enlarge-link"><div class="fr-card__body"><div class="fr-card__content">'
        f'<h3 class="fr-card__title"><a href="{href}">{escape(title)}</a></h3><p class="fr-card__desc">{escape(desc)}</p></div></div></div></div>'
        for href, title, desc in cards)
    return f'<div class="fr-grid-row fr-grid-row--gutters">{items}</div>'


def dsfr_questionnaire(action, legend, questions, free_label):
    """A questionnaire written by the city itself in the design system's fieldsets."""
    blocks = []
    for i, (question, choices, multiple) in enumerate(questions, 1):
        kind = "checkbox" if multiple else "radio"
        opts = "".join(
            f'<div class="fr-fieldset__element"><div class="fr-{kind}-group"><input type="{kind}" id="q{i}-{j}" name="q{i}{"[]" if multiple else ""}" value="{j}">'
            f'<label class="fr-label" for="q{i}-{j}">{escape(c)}</label></div></div>' for j, c in enumerate(choices))
        blocks.append(f'<fieldset class="fr-fieldset" id="q{i}"><legend class="fr-fieldset__legend">{escape(question)}</legend>{opts}</fieldset>')
    return (f'<form class="questionnaire" method="post" action="{action}"><p class="fr-hint-text">{escape(legend)}</p>{"".join(blocks)}'
            f'<div class="fr-input-group"><label class="fr-label" for="q-libre">{escape(free_label)}</label>'
            '<textarea class="fr-input" id="q-libre" name="commentaire" rows="4"></textarea></div>'
            '<div class="fr-input-group"><label class="fr-label" for="q-quartier">Votre quartier (facultatif)</label><select class="fr-select" id="q-quartier" name="quartier">'
            '<option value="">Choisir</option><option>Centre ancien</option><option>Les Oliviers</option><option>La Combe</option><option>Les Berges</option></select></div>'
            '<button class="fr-btn" type="submit">Envoyer mes réponses</button></form>')


def dsfr_newsletter(action):
    return (f'<div class="fr-follow__newsletter"><h2 class="fr-h5">Abonnez-vous à la lettre d\'information</h2>'
            f'<form action="{action}" method="post"><div class="fr-input-group"><label class="fr-label" for="nl-mail">Votre adresse électronique (ex. : nom@domaine.fr)</label>'
            '<div class="fr-input-wrap fr-input-wrap--addon"><input class="fr-input" title="Votre adresse électronique" autocomplete="email" id="nl-mail" name="email" type="email">'
            '<button class="fr-btn" type="submit">S\'abonner</button></div></div></form></div>')


def dsfr_results(question, rows, closing):
    bars = "".join(f'<tr><th scope="row">{escape(a)}</th><td>{p} %</td><td>{n}</td></tr>' for a, p, n in rows)
    return (f'<div class="fr-table"><table><caption>{escape(question)}</caption><thead><tr><th scope="col">Réponse</th>'
            f'<th scope="col">Part</th><th scope="col">Réponses</th></tr></thead><tbody>{bars}</tbody></table></div>'
            f'<p class="fr-text--sm">{escape(closing)}</p>')


# ---- contact and other forms ---------------------------------------------------------------------------


def elementor_form(form_id, post_id, name, fields, button):
    """Elementor Pro form widget. fields: (id, label, kind) with kind text/email/tel/textarea/select:a|b."""
    out = []
    for fid, label, kind in fields:
        cls = f"elementor-field-group elementor-column elementor-field-group-{fid} elementor-col-100 elementor-field-required"
        if kind == "textarea":
            ctl = (f'<textarea class="elementor-field-textual elementor-field elementor-size-sm" name="form_fields[{fid}]" '
                   f'id="form-field-{fid}" rows="6" required="required"></textarea>')
        elif kind.startswith("select:"):
            opts = "".join(f"<option value=\"{escape(o)}\">{escape(o)}</option>" for o in kind[7:].split("|"))
            ctl = (f'<div class="elementor-field elementor-select-wrapper"><select name="form_fields[{fid}]" id="form-field-{fid}" '
                   f'class="elementor-field-textual elementor-size-sm">{opts}</select></div>')
        else:
            ctl = (f'<input size="1" type="{kind}" name="form_fields[{fid}]" id="form-field-{fid}" '
                   f'class="elementor-field elementor-size-sm elementor-field-textual" required="required">')
        out.append(f'<div class="{cls}"><label for="form-field-{fid}" class="elementor-field-label">{escape(label)}</label>{ctl}</div>')
    return (f'<div class="elementor-widget elementor-widget-form"><form class="elementor-form" method="post" name="{escape(name)}" aria-label="{escape(name)}">'
            f'<input type="hidden" name="post_id" value="{post_id}"/><input type="hidden" name="form_id" value="{form_id}"/>'
            f'<input type="hidden" name="referer_title" value="{escape(name)}" /><input type="hidden" name="queried_id" value="{post_id}"/>'
            f'<div class="elementor-form-fields-wrapper elementor-labels-above">{"".join(out)}'
            '<div class="elementor-field-type-acceptance elementor-field-group elementor-column elementor-col-100"><div class="elementor-field-subgroup">'
            '<span class="elementor-field-option"><input type="checkbox" name="form_fields[rgpd]" id="form-field-rgpd" class="elementor-field elementor-size-sm elementor-acceptance-field" required="required">'
            '<label for="form-field-rgpd">J\'accepte que mes données soient traitées par la mairie pour répondre à ma demande.</label></span></div></div>'
            f'<div class="elementor-field-group elementor-column elementor-field-type-submit elementor-col-100 e-form__buttons"><button type="submit" class="elementor-button elementor-size-sm">'
            f'<span class="elementor-button-content-wrapper"><span class="elementor-button-text">{escape(button)}</span></span></button></div></div></form></div>')


def formidable(form_id, key, fields, button, action):
    """Formidable Forms (WordPress). fields: (id, label, kind) kind text/email/textarea/date/number."""
    out = []
    for fid, label, kind in fields:
        if kind == "textarea":
            ctl = f'<textarea name="item_meta[{fid}]" id="field_{key}{fid}" rows="5" aria-required="true"></textarea>'
        else:
            ctl = f'<input type="{kind}" id="field_{key}{fid}" name="item_meta[{fid}]" value="" aria-required="true" />'
        out.append(f'<div id="frm_field_{fid}_container" class="frm_form_field form-field frm_required_field frm_top_container">'
                   f'<label for="field_{key}{fid}" class="frm_primary_label">{escape(label)} <span class="frm_required">*</span></label>{ctl}</div>')
    return (f'<div class="frm_forms with_frm_style frm_style_formidable-style" id="frm_form_{form_id}_container">'
            f'<form enctype="multipart/form-data" method="post" class="frm-show-form frm_pro_form" id="form_{key}" action="{action}">'
            f'<div class="frm_form_fields"><fieldset><legend class="frm_screen_reader">{escape(button)}</legend><div class="frm_fields_container">'
            f'<input type="hidden" name="frm_action" value="create" /><input type="hidden" name="form_id" value="{form_id}" />'
            f'<input type="hidden" name="form_key" value="{key}" /><input type="hidden" id="frm_submit_entry_{form_id}" name="frm_submit_entry_{form_id}" value="a81c2f09d3" />'
            f'{"".join(out)}<div class="frm_submit"><button class="frm_button_submit" type="submit">{escape(button)}</button></div></div></fieldset></div></form></div>')


def spip_contact(action, legend="Écrire à la mairie"):
    return (f'<div class="formulaire_spip formulaire_contact formulaire_contact_avance ajax" id="formulaire_contact">'
            f'<form method="post" action="{action}"><div><input name="formulaire_action" type="hidden" value="contact" />'
            '<input name="formulaire_action_args" type="hidden" value="Qp2cVb91m" /><input type="hidden" name="page" value="contact" />'
            f'<fieldset><legend>{escape(legend)}</legend><div class="editer-groupe">'
            '<div class="editer saisie_destinataire"><label for="destinataire">Service concerné</label><select name="destinataire[]" id="destinataire">'
            '<option value="1">Secrétariat de mairie</option><option value="2">Services techniques</option><option value="3">École et périscolaire</option></select></div>'
            '<div class="editer saisie_nom obligatoire"><label for="contact_nom">Nom</label><input type="text" class="text" name="nom" id="contact_nom" value="" /></div>'
            '<div class="editer saisie_mail obligatoire"><label for="contact_mail">Votre adresse email</label><input type="email" class="text email" name="mail" id="contact_mail" value="" /></div>'
            '<div class="editer saisie_sujet obligatoire"><label for="contact_sujet">Sujet</label><input type="text" class="text" name="sujet" id="contact_sujet" value="" /></div>'
            '<div class="editer saisie_texte obligatoire"><label for="contact_texte">Votre message</label><textarea name="texte" id="contact_texte" rows="8" cols="40"></textarea></div>'
            '</div></fieldset><p class="boutons"><input type="submit" class="submit" name="valide" value="Envoyer le message" /></p></div></form></div>')


def spip_formidable(action, ident, fields, button):
    """SPIP's Formidable plugin. fields: (name, label, kind, choices) with kind input/textarea/radio/checkbox."""
    out = []
    for name, label, kind, choices in fields:
        if kind == "textarea":
            ctl = f'<textarea name="{name}" id="champ_{name}" rows="6" cols="40" class="textarea"></textarea>'
        elif kind in ("radio", "checkbox"):
            ctl = "".join(f'<div class="choix choix_{j}"><input type="{kind}" name="{name}{"[]" if kind == "checkbox" else ""}" class="{kind}" '
                          f'id="champ_{name}_{j}" value="choix{j}" /><label for="champ_{name}_{j}">{escape(c)}</label></div>' for j, c in enumerate(choices))
        else:
            ctl = f'<input type="{kind}" name="{name}" class="text" id="champ_{name}" value="" />'
        out.append(f'<div class="editer editer_{name} saisie_{kind}"><label class="label" for="champ_{name}">{escape(label)}</label>{ctl}</div>')
    return (f'<div class="formulaire_spip formulaire_formidable formulaire_formidable_{ident}" id="formulaire_formidable_{ident}">'
            f'<form method="post" action="{action}" enctype="multipart/form-data"><div>'
            f'<input name="formulaire_action" type="hidden" value="formidable" /><input name="formulaire_action_args" type="hidden" value="pXa9{ident}k" />'
            f'<div class="editer-groupe">{"".join(out)}</div><p class="boutons"><input type="submit" class="submit" value="{escape(button)}" /></p></div></form></div>')


def spip_booking(action):
    return (f'<div class="formulaire_spip formulaire_formidable formulaire_formidable_reservation"><form method="post" action="{action}"><div class="editer-groupe">'
            '<div class="editer saisie_date"><label for="resa_date">Date souhaitée</label><input type="date" name="date" id="resa_date" /></div>'
            '<div class="editer saisie_radio"><label>Salle</label><div class="choix"><input type="radio" name="salle" value="fetes" id="s1"><label for="s1">Salle des fêtes (120 places)</label></div>'
            '<div class="choix"><input type="radio" name="salle" value="asso" id="s2"><label for="s2">Salle associative (40 places)</label></div></div>'
            '<div class="editer saisie_nom"><label for="resa_nom">Nom</label><input type="text" name="nom" id="resa_nom" /></div>'
            '<div class="editer saisie_tel"><label for="resa_tel">Téléphone</label><input type="tel" name="telephone" id="resa_tel" /></div></div>'
            '<p class="boutons"><input type="submit" class="submit" value="Demander la réservation" /></p></form></div>')


def joomla_contact(action, name):
    def field(fid, label, kind="text", required=True):
        req = ' required aria-required="true"' if required else ""
        lcls = ' class="required"' if required else ""
        star = '<span class="star" aria-hidden="true">&#160;*</span>' if required else ""
        return (f'<div class="control-group field-spacer"><div class="control-label"><label id="jform_{fid}-lbl" for="jform_{fid}"{lcls}>{escape(label)}'
                f'{star}</label></div><div class="controls">'
                + (f'<textarea name="jform[{fid}]" id="jform_{fid}" cols="50" rows="10" class="form-control required"{req}></textarea>' if kind == "textarea"
                   else f'<input type="{kind}" name="jform[{fid}]" class="form-control{" validate-email" if kind == "email" else ""}" id="jform_{fid}" value="" size="30"{req}>')
                + "</div></div>")
    return (f'<div class="com-contact contact"><h2>{escape(name)}</h2><div class="com-contact__form contact-form">'
            f'<form id="contact-form" action="{action}" method="post" class="com-contact__form form-validate form-horizontal well">'
            '<fieldset><legend>Envoyer un e-mail</legend>'
            + field("contact_name", "Nom") + field("contact_email", "E-mail", "email") + field("contact_subject", "Sujet")
            + field("contact_message", "Message", "textarea")
            + '<div class="control-group"><div class="controls"><input type="checkbox" name="jform[contact_email_copy]" id="jform_contact_email_copy" value="1"><label for="jform_contact_email_copy">Recevoir une copie de ce message</label></div></div>'
            '</fieldset><div class="control-group"><div class="controls"><button class="btn btn-primary validate" type="submit">Envoyer un e-mail</button>'
            '<input type="hidden" name="option" value="com_contact"><input type="hidden" name="task" value="contact.submit"><input type="hidden" name="return" value="">'
            '<input type="hidden" name="id" value="1:mairie"><input type="hidden" name="1f3c7a9d2e5b8c0f1a2b3c4d5e6f7a8b" value="1"></div></div></form></div></div>')


def joomla_login(action):
    return (f'<div class="com-users-login login"><form action="{action}" method="post" class="com-users-login__form form-validate form-horizontal well" id="com-users-login__form">'
            '<fieldset><div class="control-group"><div class="control-label"><label id="username-lbl" for="username" class="required">Identifiant</label></div>'
            '<div class="controls"><input type="text" name="username" id="username" value="" class="form-control validate-username required" size="25" required autocomplete="username"></div></div>'
            '<div class="control-group"><div class="control-label"><label id="password-lbl" for="password" class="required">Mot de passe</label></div>'
            '<div class="controls"><input type="password" name="password" id="password" value="" class="form-control required" size="25" required></div></div>'
            '<div class="com-users-login__submit control-group"><div class="controls"><button type="submit" class="btn btn-primary">Connexion</button></div></div>'
            '<input type="hidden" name="option" value="com_users"><input type="hidden" name="task" value="user.login"></fieldset></form></div>')


def newsletter_box(action, provider="sendinblue"):
    return (f'<div class="newsletter-box newsletter-box--{provider}"><h2>Restez informé</h2><p>Recevez chaque mois les actualités de la commune dans votre boîte mail.</p>'
            f'<form method="post" action="{action}" class="newsletter-box__form"><label for="nl-email-{provider}">Adresse e-mail</label>'
            f'<input type="email" id="nl-email-{provider}" name="EMAIL" required autocomplete="email">'
            '<label><input type="checkbox" name="OPT_IN" value="1" required> J\'accepte de recevoir la lettre d\'information</label>'
            '<button type="submit">S\'inscrire</button></form></div>')


def drupal_webform(action, form, items, button):
    """Drupal Webform. items: (key, label, kind) with kind textfield/email/textarea/select:a|b/number."""
    sel = f"webform-submission-{form}-add-form"
    out = []
    for key, label, kind in items:
        if kind == "textarea":
            ctl = f'<div class="form-textarea-wrapper"><textarea data-drupal-selector="edit-{key}" id="edit-{key}" name="{key}" rows="5" cols="60" class="form-textarea required resize-vertical" required="required"></textarea></div>'
            k = "textarea"
        elif kind.startswith("select:"):
            opts = "".join(f"<option value=\"{escape(o)}\">{escape(o)}</option>" for o in kind[7:].split("|"))
            ctl = f'<select data-drupal-selector="edit-{key}" id="edit-{key}" name="{key}" class="form-select required" required="required">{opts}</select>'
            k = "select"
        else:
            ctl = f'<input data-drupal-selector="edit-{key}" type="{"email" if kind == "email" else "number" if kind == "number" else "text"}" id="edit-{key}" name="{key}" value="" size="60" maxlength="255" class="form-{kind} required" required="required" />'
            k = kind
        out.append(f'<div class="js-form-item form-item js-form-type-{k} form-item-{key} js-form-item-{key}"><label for="edit-{key}" class="js-form-required form-required">{escape(label)}</label>{ctl}</div>')
    return (f'<form class="webform-submission-form webform-submission-add-form {sel} js-webform-details-toggle webform-details-toggle" data-drupal-selector="{sel}" action="{action}" method="post" id="{sel}" accept-charset="UTF-8">'
            f'{"".join(out)}<div data-drupal-selector="edit-actions" class="form-actions webform-actions js-form-wrapper form-wrapper" id="edit-actions">'
            f'<input class="webform-button--submit button button--primary js-form-submit form-submit" data-drupal-selector="edit-actions-submit" type="submit" id="edit-actions-submit" name="op" value="{escape(button)}" /></div>'
            f'<input autocomplete="off" data-drupal-selector="form-lq8z" type="hidden" name="form_build_id" value="form-Lq8ZpR2vWx" />'
            f'<input data-drupal-selector="edit-{sel}" type="hidden" name="form_id" value="{sel.replace("-", "_")}" /></form>')


def powermail(action, form_uid, fields, button):
    """TYPO3 powermail. fields: (marker, label, kind)."""
    out = []
    for marker, label, kind in fields:
        name = f"tx_powermail_pi1[field][{marker}]"
        if kind == "textarea":
            ctl = f'<textarea required="required" data-parsley-required-message="Ce champ doit être rempli !" rows="5" cols="20" class="powermail_textarea form-control" id="powermail_field_{marker}" name="{name}"></textarea>'
        else:
            ctl = f'<input required="required" class="powermail_input form-control" id="powermail_field_{marker}" type="{kind}" name="{name}" value="" />'
        out.append(f'<div class="powermail_fieldwrap powermail_fieldwrap_type_{"textarea" if kind == "textarea" else "input"} powermail_fieldwrap_{marker} form-group">'
                   f'<label for="powermail_field_{marker}" class="control-label col-sm-3" title="">{escape(label)}<span class="mandatory">*</span></label>'
                   f'<div class="col-sm-9">{ctl}</div></div>')
    return (f'<div class="tx-powermail"><div class="container-fluid"><form data-parsley-validate="data-parsley-validate" data-validate="html5" '
            f'enctype="multipart/form-data" name="field" class="powermail_form powermail_form_{form_uid} nolabel form-horizontal" action="{action}" method="post">'
            f'<h3>Formulaire de contact</h3><fieldset class="powermail_fieldset powermail_fieldset_{form_uid}">{"".join(out)}</fieldset>'
            f'<div class="powermail_fieldwrap powermail_fieldwrap_type_submit form-group"><div class="col-sm-10 col-sm-offset-2"><input class="btn btn-primary" type="submit" value="{escape(button)}" /></div></div>'
            f'<input type="hidden" name="tx_powermail_pi1[mail][form]" value="{form_uid}" /></form></div></div>')


def vendor_contact(action):
    """An RGAA-minded contact form of a proprietary municipal CMS."""
    return (f'<form class="form form--contact" method="post" action="{action}" novalidate><p class="form__mandatory">Les champs marqués d\'un astérisque (<abbr title="obligatoire">*</abbr>) sont obligatoires.</p>'
            '<fieldset class="form__fieldset"><legend class="form__legend">Vos coordonnées</legend>'
            '<div class="form__field"><label for="ct-civ">Civilité</label><select id="ct-civ" name="civilite"><option>Madame</option><option>Monsieur</option><option>Ne se prononce pas</option></select></div>'
            '<div class="form__field"><label for="ct-nom">Nom <abbr title="obligatoire">*</abbr></label><input id="ct-nom" name="nom" type="text" autocomplete="family-name" required aria-required="true"></div>'
            '<div class="form__field"><label for="ct-prenom">Prénom</label><input id="ct-prenom" name="prenom" type="text" autocomplete="given-name"></div>'
            '<div class="form__field"><label for="ct-mail">Adresse électronique <abbr title="obligatoire">*</abbr> <span class="form__hint">(format attendu : nom@domaine.fr)</span></label><input id="ct-mail" name="email" type="email" autocomplete="email" required aria-required="true"></div></fieldset>'
            '<fieldset class="form__fieldset"><legend class="form__legend">Votre demande</legend>'
            '<div class="form__field"><label for="ct-service">Service destinataire <abbr title="obligatoire">*</abbr></label><select id="ct-service" name="service"><option>Accueil de la mairie</option><option>État civil</option><option>Urbanisme</option><option>Enfance et éducation</option><option>Cabinet du maire</option></select></div>'
            '<div class="form__field"><label for="ct-objet">Objet <abbr title="obligatoire">*</abbr></label><input id="ct-objet" name="objet" type="text" required aria-required="true"></div>'
            '<div class="form__field"><label for="ct-message">Votre message <abbr title="obligatoire">*</abbr></label><textarea id="ct-message" name="message" rows="8" required aria-required="true"></textarea></div></fieldset>'
            '<div class="form__field form__field--checkbox"><input id="ct-rgpd" name="rgpd" type="checkbox" required><label for="ct-rgpd">J\'ai pris connaissance de la politique de protection des données.</label></div>'
            '<div class="form__actions"><button class="btn btn--primary" type="submit">Envoyer</button></div></form>')


def vendor_booking(action):
    return (f'<form class="form form--rdv" method="post" action="{action}"><fieldset class="form__fieldset"><legend class="form__legend">Prendre rendez-vous</legend>'
            '<div class="form__field"><label for="rdv-motif">Motif</label><select id="rdv-motif" name="motif"><option>Carte nationale d\'identité</option><option>Passeport</option><option>Recensement citoyen</option></select></div>'
            '<div class="form__field"><label for="rdv-date">Date</label><input id="rdv-date" name="date" type="date"></div>'
            '<div class="form__field"><label for="rdv-creneau">Créneau</label><select id="rdv-creneau" name="creneau"><option>9 h 00</option><option>9 h 20</option><option>9 h 40</option><option>14 h 00</option></select></div>'
            '<div class="form__field"><label for="rdv-nom">Nom</label><input id="rdv-nom" name="nom" type="text"></div>'
            '<div class="form__field"><label for="rdv-mail">Courriel</label><input id="rdv-mail" name="email" type="email"></div></fieldset>'
            '<div class="form__actions"><button class="btn btn--primary" type="submit">Réserver le créneau</button></div></form>')


def wcs_form(action, title, fields, button, step="Étape 1 sur 2"):
    """A Publik (w.c.s.) form. fields: (varname, label, kind, hint) with kind string/email/text/item:a|b/file/date."""
    out = []
    mark = '<span title="Ce champ est obligatoire." class="required">*</span>'
    for i, (var, label, kind, hint) in enumerate(fields, 1):
        hint_html = f'<div class="hint">{escape(hint)}</div>' if hint else ""
        if kind == "text":
            ctl = f'<textarea name="f{i}" id="form_f{i}" cols="72" rows="8" class="text" data-varname="{var}"></textarea>'
            widget = "TextWidget"
        elif kind.startswith("item:"):
            ctl = f'<select name="f{i}" id="form_f{i}" data-varname="{var}">' + "".join(f"<option>{escape(o)}</option>" for o in kind[5:].split("|")) + "</select>"
            widget = "SingleSelectWidget"
        elif kind == "file":
            ctl = f'<input type="file" name="f{i}$file" id="form_f{i}" data-varname="{var}">'
            widget = "FileWithPreviewWidget"
        else:
            ctl = f'<input type="{ "email" if kind == "email" else "date" if kind == "date" else "text"}" name="f{i}" id="form_f{i}" value="" data-varname="{var}">'
            widget = {"email": "EmailWidget", "date": "DateWidget"}.get(kind, "StringWidget")
        out.append(f'<div class="field widget {widget} template-form-field {"widget-required" if kind != "file" else "widget-optional"}" data-field-id="{i}" id="var_{var}">'
                   f'<div class="title"><label for="form_f{i}">{escape(label)}{mark if kind != "file" else ""}</label></div>'
                   f'{hint_html}<div class="content">{ctl}</div></div>')
    return (f'<div id="steps"><ol><li class="current"><span class="marker">1</span><span class="label">Remplissage</span></li><li><span class="marker">2</span><span class="label">Validation</span></li></ol></div>'
            f'<form action="{action}" method="post" enctype="multipart/form-data" class="quixote" data-live-url="{action}live" novalidate="novalidate">'
            f'<input type="hidden" name="step" value="0" /><input type="hidden" name="page" value="1" /><input type="hidden" name="_form_id" value="{quote(title)}" />'
            f'<div id="form-page-1" class="page"><h2>{escape(step)} : {escape(title)}</h2>{"".join(out)}</div>'
            f'<div class="buttons submit"><div class="widget SubmitWidget next-button"><div class="content"><button name="submit" value="Suivant">{escape(button)}</button></div></div>'
            '<div class="widget SubmitWidget cancel-button"><div class="content"><button name="cancel" value="Abandonner" formnovalidate="novalidate">Abandonner</button></div></div></div>'
            '<input type="hidden" name="_ajax_form_token" value="8d1b3e6f0a" /></form>')


def wcs_catalog(groups):
    html = []
    for title, links in groups:
        items = "".join(f'<li><a href="{href}">{escape(label)}</a></li>' for href, label in links)
        html.append(f'<div class="cell wcs-category-cell"><h2>{escape(title)}</h2><ul>{items}</ul></div>')
    return '<div class="combo-cells">' + "".join(html) + "</div>"


# ---- polls and questionnaires ----------------------------------------------------------------------------


def democracy_poll(pid, question, answers, first_answer_id):
    items = "".join(
        f'<li data-aid="{first_answer_id + i}"><label class="dem__radio_label"><input class="dem__radio" type="radio" value="{first_answer_id + i}" name="answer_ids[]">'
        f'<span class="dem__spot"></span>{escape(a)}</label></li>' for i, a in enumerate(answers))
    return (f'<div id="democracy-{pid}" class="democracy" data-opts=\'{{"ajax_url":"\\/wp-admin\\/admin-ajax.php","pid":{pid},"max_answs":0,"answs_max_height":"500","anim_speed":"400","line_anim_speed":1500}}\'>'
            f'<div class="dem-poll-title">{escape(question)}</div><form method="POST" action="#democracy-{pid}"><ul class="dem-vote">{items}</ul>'
            f'<div class="dem-bottom"><input type="hidden" name="dem_act" value="vote"><input type="hidden" name="dem_pid" value="{pid}">'
            '<div class="dem-vote-button"><button class="dem-button" type="submit" value="vote">Voter</button></div>'
            '<div class="dem-results-link"><a href="#" class="dem-link" data-dem-act="view" rel="nofollow">Résultats</a></div></div></form>'
            '<noscript>Poll Options are limited because JavaScript is disabled in your browser.</noscript></div>')


def democracy_results(pid, question, rows, total):
    items = "".join(
        f'<li class="dem-{"winner" if i == 0 else "answer"}" title="{n} votes"><div class="dem-label">{escape(a)}<span class="dem-label-percent-txt">{p}%, {n} votes</span></div>'
        f'<div class="dem-graph"><div class="dem-fill" data-width="{p}%" style="width:{p}%"></div><div class="dem-votes-txt"><span class="dem-percent-txt">{p}%</span></div></div></li>'
        for i, (a, p, n) in enumerate(rows))
    return (f'<div id="democracy-{pid}" class="democracy"><div class="dem-poll-title">{escape(question)}</div><ul class="dem-answers">{items}</ul>'
            f'<div class="dem-bottom"><div class="dem-poll-info"><div class="dem-total-votes">Total des votes : {total}</div>'
            '<div class="dem-end-date">Vote clos le 30/04/2025</div></div><div class="dem-poll-closed">Ce sondage est clôturé</div></div></div>')


def drupal_poll(nid, question, choices):
    opts = "".join(
        f'<div class="js-form-item form-item js-form-type-radio form-item-choice js-form-item-choice"><input data-drupal-selector="edit-choice-{j}" type="radio" id="edit-choice-{j}" name="choice" value="{j}" class="form-radio" />'
        f'<label for="edit-choice-{j}" class="option">{escape(c)}</label></div>' for j, c in enumerate(choices, 1))
    return (f'<div class="poll" id="poll-view-form-{nid}"><form class="poll-view-form" data-drupal-selector="poll-view-form-{nid}" action="/poll/{nid}?destination=/vie-citoyenne/sondage" method="post" id="poll-view-form-{nid}" accept-charset="UTF-8">'
            f'<div class="poll-question"><h3>{escape(question)}</h3></div><fieldset data-drupal-selector="edit-choice" id="edit-choice--wrapper" class="fieldgroup form-composite js-form-item form-item js-form-wrapper form-wrapper">'
            f'<legend><span class="visually-hidden fieldset-legend">Choix</span></legend><div class="fieldset-wrapper"><div id="edit-choice" class="form-radios">{opts}</div></div></fieldset>'
            f'<div data-drupal-selector="edit-actions" class="form-actions js-form-wrapper form-wrapper" id="edit-actions--2"><input data-drupal-selector="edit-vote" type="submit" id="edit-vote" name="op" value="Voter" class="button js-form-submit form-submit" /></div>'
            f'<input data-drupal-selector="edit-poll-view-form-{nid}" type="hidden" name="form_id" value="poll_view_form_{nid}" /></form></div>')


def typeform(form_id, title):
    return (f'<div data-tf-widget="{form_id}" data-tf-opacity="100" data-tf-iframe-props="title={escape(title)}" '
            'data-tf-transitive-search-params data-tf-medium="snippet" style="width:100%;height:560px;"></div>'
            '<script src="//embed.typeform.com/next/embed.js"></script>')


def framaforms(slug, title):
    return (f'<iframe src="https://framaforms.org/{slug}" width="100%" height="900" border="0" style="border:none" '
            f'title="{escape(title)}"></iframe>')


def ms_forms(form_id, title):
    return (f'<iframe width="640px" height="480px" src="https://forms.office.com/Pages/ResponsePage.aspx?id={form_id}&amp;embed=true" '
            f'frameborder="0" marginwidth="0" marginheight="0" style="border: none; max-width:100%; max-height:100vh" allowfullscreen webkitallowfullscreen '
            f'mozallowfullscreen msallowfullscreen title="{escape(title)}"> </iframe>')


def tally(form_id, title):
    return (f'<iframe data-tally-src="https://tally.so/embed/{form_id}?alignLeft=1&amp;hideTitle=1&amp;transparentBackground=1&amp;dynamicHeight=1" '
            f'loading="lazy" width="100%" height="640" frameborder="0" marginheight="0" marginwidth="0" title="{escape(title)}"></iframe>'
            '<script>var d=document,w="https://tally.so/widgets/embed.js",v=function(){"undefined"!=typeof Tally?Tally.loadEmbeds():'
            'd.querySelectorAll("iframe[data-tally-src]:not([src])").forEach((function(e){e.src=e.dataset.tallySrc}))};'
            'if("undefined"!=typeof Tally)v();else if(d.querySelector(\'script[src="\'+w+\'"]\')==null){var s=d.createElement("script");'
            's.src=w,s.onload=v,s.onerror=v,d.body.appendChild(s);}</script>')


def google_forms(form_id, title):
    return (f'<iframe src="https://docs.google.com/forms/d/e/{form_id}/viewform?embedded=true" width="640" height="1400" '
            f'frameborder="0" marginheight="0" marginwidth="0" title="{escape(title)}">Chargement…</iframe>')


def limesurvey_page(sid, name, description, questions, welcome):
    """One page of a LimeSurvey survey (group by group format)."""
    blocks = []
    for qid, (text, kind, answers) in enumerate(questions, 1):
        code = f"{sid}X12X{40 + qid}"
        if kind == "L":
            ctl = '<ul class="answers-list radio-list list-unstyled" role="radiogroup">' + "".join(
                f'<li id="javatbd{code}{k}" class="answer-item radio-item"><input class="radio" type="radio" value="A{k}" name="{code}" id="answer{code}A{k}">'
                f'<label for="answer{code}A{k}" class="control-label radio-label">{escape(a)}</label></li>' for k, a in enumerate(answers, 1)) + "</ul>"
            cls = "list-radio"
        elif kind == "M":
            ctl = '<ul class="ls-answers subquestion-list questions-list checkbox-list list-unstyled">' + "".join(
                f'<li class="question-item answer-item checkbox-item form-group"><input type="checkbox" name="{code}SQ00{k}" id="answer{code}SQ00{k}" value="Y">'
                f'<label for="answer{code}SQ00{k}" class="control-label label-checkbox">{escape(a)}</label></li>' for k, a in enumerate(answers, 1)) + "</ul>"
            cls = "multiple-opt"
        else:
            ctl = f'<div class="answer-item text-item"><textarea class="form-control textarea" name="{code}" id="answer{code}" rows="5" cols="40"></textarea></div>'
            cls = "text-long"
        blocks.append(f'<div id="question{40 + qid}" class="question-container {cls} mandatory"><div class="question-title-container">'
                      f'<div class="question-number">{qid}</div><div class="ls-label-question">{escape(text)}</div></div>'
                      f'<div class="question-valid-container"></div><div class="answer-container">{ctl}</div></div>')
    return (f'<div class="survey-name"><h1>{escape(name)}</h1></div><div class="survey-description">{description}</div>'
            f'<div class="survey-welcome">{welcome}</div><div class="progress"><div class="progress-bar" role="progressbar" aria-valuenow="0">0%</div></div>'
            f'<form id="limesurvey" name="limesurvey" action="/index.php/{sid}?lang=fr" method="post" class="survey-form-container form">'
            f'<input type="hidden" name="YII_CSRF_TOKEN" value="bG1zLnZpbGxl" /><div class="group-container"><div class="group-title-container"><h2 class="group-title">Votre avis</h2></div>'
            f'{"".join(blocks)}</div><input type="hidden" name="fieldnames" value="{sid}X12X41|{sid}X12X42" /><input type="hidden" name="thisstep" value="1" id="thisstep" />'
            f'<input type="hidden" name="sid" value="{sid}" id="sid" /><div class="navigator row" id="navigator-container">'
            '<button type="submit" id="ls-button-submit" value="movenext" name="move" accesskey="n" class="ls-move-btn ls-move-next-btn ls-move-submit-btn btn btn-lg btn-primary">Suivant</button></div></form>'
            '<div class="ls-privacy">Ce questionnaire est anonyme.</div>')


# ---- comments --------------------------------------------------------------------------------------------


def facebook_comments(url, app="1284711936201187"):
    return ('<div id="fb-root"></div>'
            f'<script async defer crossorigin="anonymous" src="https://connect.facebook.net/fr_FR/sdk.js#xfbml=1&amp;version=v20.0&amp;appId={app}" nonce="Ra71bqXw"></script>'
            f'<div class="fb-comments" data-href="{escape(url)}" data-width="100%" data-numposts="8" data-colorscheme="light"></div>')


def disqus(shortname, url, ident):
    return (f'<div id="disqus_thread"></div><script>var disqus_config = function () {{ this.page.url = "{url}"; this.page.identifier = "{ident}"; this.language = "fr"; }};'
            f'(function() {{ var d = document, s = d.createElement("script"); s.src = "https://{shortname}.disqus.com/embed.js"; '
            's.setAttribute("data-timestamp", +new Date()); (d.head || d.body).appendChild(s); })();</script>'
            '<noscript>Veuillez activer JavaScript pour voir les <a href="https://disqus.com/?ref_noscript" rel="nofollow">commentaires fournis par Disqus.</a></noscript>')


def wp_comments(post_id, comments, open_=True):
    items = "".join(
        f'<li id="comment-{post_id * 10 + i}" class="comment even thread-even depth-1"><article id="div-comment-{post_id * 10 + i}" class="comment-body">'
        f'<footer class="comment-meta"><div class="comment-author vcard"><b class="fn">{escape(who)}</b> <span class="says">dit :</span></div>'
        f'<div class="comment-metadata"><time>{escape(when)}</time></div></footer><div class="comment-content"><p>{escape(text)}</p></div>'
        f'<div class="reply"><a rel="nofollow" class="comment-reply-link" href="#comment-{post_id * 10 + i}" data-commentid="{post_id * 10 + i}" data-postid="{post_id}">Répondre</a></div></article></li>'
        for i, (who, when, text) in enumerate(comments, 1))
    head = (f'<h2 class="comments-title">{len(comments)} réponse{"s" if len(comments) > 1 else ""} à « cet article »</h2><ol class="comment-list">{items}</ol>' if comments else "")
    if not open_:
        return f'<div id="comments" class="comments-area">{head}<p class="no-comments">Les commentaires sont fermés.</p></div>'
    form = (f'<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Laisser un commentaire</h3>'
            '<form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate>'
            '<p class="comment-notes"><span id="email-notes">Votre adresse e-mail ne sera pas publiée.</span> Les champs obligatoires sont indiqués avec <span class="required">*</span></p>'
            '<p class="comment-form-comment"><label for="comment">Commentaire <span class="required">*</span></label><textarea id="comment" name="comment" cols="45" rows="8" maxlength="65525" required></textarea></p>'
            '<p class="comment-form-author"><label for="author">Nom <span class="required">*</span></label><input id="author" name="author" type="text" value="" size="30" maxlength="245" autocomplete="name" required /></p>'
            '<p class="comment-form-email"><label for="email">E-mail <span class="required">*</span></label><input id="email" name="email" type="email" value="" size="30" maxlength="100" autocomplete="email" required /></p>'
            '<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Laisser un commentaire" />'
            f'<input type="hidden" name="comment_post_ID" value="{post_id}" id="comment_post_ID" /><input type="hidden" name="comment_parent" id="comment_parent" value="0" /></p></form></div>')
    return f'<div id="comments" class="comments-area">{head}{form}</div>'


def jcomments(object_id, comments):
    items = "".join(
        f'<div class="even" id="comment-item-{object_id * 10 + i}"><div class="rbox"><div class="comment-box">'
        f'<span class="comment-author">{escape(who)}</span> <span class="comment-date">{escape(when)}</span>'
        f'<div class="comment-body" id="comment-body-{object_id * 10 + i}">{escape(text)}</div></div></div></div>'
        for i, (who, when, text) in enumerate(comments, 1))
    return (f'<script src="/components/com_jcomments/js/jcomments-v2.3.js?v=12"></script><div id="jc"><div id="comments"><h4>Commentaires ({len(comments)})</h4>'
            f'<div class="comments-list" id="comments-list-0">{items}</div></div>'
            '<h4>Ajouter un commentaire</h4><a id="addcomments" href="#addcomments"></a>'
            '<form id="comments-form" name="comments-form" action="javascript:void(null);">'
            '<p><span><input id="comments-form-name" type="text" name="name" value="" maxlength="20" size="22" tabindex="1" /><label for="comments-form-name">Nom (requis)</label></span></p>'
            '<p><span><input id="comments-form-email" type="text" name="email" value="" size="22" tabindex="2" /><label for="comments-form-email">E-mail (requis, non publié)</label></span></p>'
            '<p><span><textarea id="comments-form-comment" name="comment" cols="65" rows="8" tabindex="5"></textarea></span></p>'
            '<div id="comments-form-buttons"><div class="btn" id="comments-form-send"><div><a href="#" tabindex="7" onclick="jcomments.saveComment();return false;" title="Envoyer (Ctrl+Entrée)">Envoyer</a></div></div></div>'
            f'<div><input type="hidden" name="object_id" value="{object_id}" /><input type="hidden" name="object_group" value="com_content" /></div></form></div>')


def drupal_comments(node, comments):
    items = "".join(
        f'<article data-comment-user-id="0" id="comment-{node * 10 + i}" class="comment js-comment by-anonymous"><span class="hidden" data-comment-timestamp="17{node}0{i}"></span>'
        f'<footer class="comment__meta"><p class="comment__submitted">Soumis par <span>{escape(who)}</span> le {escape(when)}</p></footer>'
        f'<div class="comment__content"><div class="clearfix text-formatted field field--name-comment-body field--type-text-long field--label-hidden field__item"><p>{escape(text)}</p></div></div></article>'
        for i, (who, when, text) in enumerate(comments, 1))
    return (f'<section class="field field--name-comment field--type-comment field--label-above comment-wrapper"><h2 class="title comment-section__title">Commentaires</h2>{items}'
            '<h2 class="title comment-form__title">Ajouter un commentaire</h2>'
            f'<form class="comment-comment-form comment-form" data-drupal-selector="comment-form" action="/comment/reply/node/{node}/comment" method="post" id="comment-form" accept-charset="UTF-8">'
            '<div class="js-form-item form-item js-form-type-textfield form-item-name js-form-item-name"><label for="edit-name">Votre nom</label><input data-drupal-selector="edit-name" type="text" id="edit-name" name="name" value="" size="30" maxlength="60" class="form-text" /></div>'
            '<div class="field--type-text-long field--name-comment-body field--widget-text-textarea js-form-wrapper form-wrapper"><div class="js-form-item form-item js-form-type-textarea form-item-comment-body-0-value js-form-item-comment-body-0-value">'
            '<label for="edit-comment-body-0-value" class="js-form-required form-required">Commentaire</label><div class="form-textarea-wrapper"><textarea data-drupal-selector="edit-comment-body-0-value" id="edit-comment-body-0-value" name="comment_body[0][value]" rows="5" cols="60" class="form-textarea required" required="required"></textarea></div></div></div>'
            '<input data-drupal-selector="edit-comment-comment-form" type="hidden" name="form_id" value="comment_comment_form" />'
            '<div data-drupal-selector="edit-actions" class="form-actions js-form-wrapper form-wrapper" id="edit-actions"><input data-drupal-selector="edit-submit" type="submit" id="edit-submit" name="op" value="Enregistrer" class="button button--primary js-form-submit form-submit" /></div></form></section>')


# ---- boards ----------------------------------------------------------------------------------------------


def spip_forum_thread(id_article, messages):
    """Messages of a SPIP forum under an article, with the "reply" links of the forum skeleton."""
    items = "".join(
        f'<li class="forum-fil"><div class="forum-message" id="forum{id_article * 10 + i}"><div class="forum-chapo">'
        f'<strong class="forum-titre"><a href="#forum{id_article * 10 + i}" title="Lien permanent vers ce message">{escape(title)}</a></strong>'
        f'<small>{escape(when)}, par <span class="vcard author">{escape(who)}</span></small></div>'
        f'<div class="forum-texte"><p>{escape(text)}</p></div>'
        f'<p class="repondre"><a href="/spip.php?page=forum&amp;id_article={id_article}" rel="noindex nofollow">Répondre à ce message</a></p></div></li>'
        for i, (title, who, when, text) in enumerate(messages, 1))
    return (f'<div class="forum-repondre"><h2 class="h2"><a href="/spip.php?page=forum&amp;id_article={id_article}" rel="noindex nofollow">Un message, un commentaire ?</a></h2></div>'
            f'<div class="comments"><h2 class="h2">{len(messages)} Messages</h2><ul class="forum">{items}</ul></div>')


def spip_forum_form(id_article):
    return (f'<div class="formulaire_spip formulaire_forum ajax" id="formulaire_forum"><form action="/spip.php?page=forum&amp;id_article={id_article}#formulaire_forum" method="post" enctype="multipart/form-data"><div>'
            f'<input name="formulaire_action" type="hidden" value="forum" /><input name="formulaire_action_args" type="hidden" value="a{id_article}Wq7" />'
            f'<input type="hidden" name="id_article" value="{id_article}" /><input type="hidden" name="id_forum" value="" />'
            '<fieldset class="qui saisie_qui"><legend>Qui êtes-vous ?</legend><div class="editer-groupe">'
            '<div class="editer saisie_session_nom"><label for="session_nom">Votre nom</label><input type="text" class="text" name="session_nom" id="session_nom" value="" size="40" autocapitalize="off" autocorrect="off" /></div>'
            '<div class="editer saisie_session_email"><label for="session_email">Votre adresse email</label><input type="email" class="text email" name="session_email" id="session_email" value="" size="40" /></div></div></fieldset>'
            '<fieldset><legend>Votre message</legend><p class="explication">Pour créer des paragraphes, laissez simplement des lignes vides.</p><div class="editer-groupe">'
            '<div class="editer saisie_titre obligatoire"><label for="titre">Titre (obligatoire)</label><input type="text" class="text" name="titre" id="titre" value="" size="60" /></div>'
            '<div class="editer saisie_texte obligatoire"><label for="texte">Texte de votre message (obligatoire)</label><textarea name="texte" id="texte" rows="10" cols="60"></textarea></div></div></fieldset>'
            '<p class="boutons"><input type="submit" class="submit" name="previsualiser_message" value="Prévisualiser" /></p></div></form></div>')


def wpforo_forums(categories):
    html = []
    for cat, forums in categories:
        rows = "".join(
            f'<div class="wpforo-forum"><div class="wpforo-forum-icon"><i class="fas fa-comments wpfcl-0"></i></div><div class="wpforo-forum-info">'
            f'<h3 class="wpforo-forum-title"><a href="{href}">{escape(title)}</a></h3><div class="wpforo-forum-description">{escape(desc)}</div></div>'
            f'<div class="wpforo-forum-stat-topics">{topics}</div><div class="wpforo-forum-stat-posts">{topics * 5}</div></div>'
            for href, title, desc, topics in forums)
        html.append(f'<div class="wpforo-category"><div class="cat-title">{escape(cat)}</div><div class="cat-stat-topics">Sujets</div><div class="cat-stat-posts">Messages</div></div>'
                    f'<div class="wpforo-forum-list">{rows}</div>')
    return (f'<div id="wpforo"><div id="wpforo-wrap" class="wpft-forum wpf-guest"><div class="wpforo-main"><div class="wpforo-content">'
            f'{"".join(html)}</div></div><div id="wpforo-stat-body"><div class="wpf-stat-item"><span class="wpf-stat-label">Membres</span> 412</div></div></div></div>')


def wpforo_topics(forum_title, topics, login_href):
    rows = "".join(
        f'<div class="wpf-topic-item"><div class="wpf-topic-title"><a href="{href}">{escape(title)}</a></div>'
        f'<div class="wpf-topic-author">par {escape(who)}</div><div class="wpf-topic-posts">{replies}</div><div class="wpf-topic-last">{escape(last)}</div></div>'
        for href, title, who, replies, last in topics)
    return (f'<div id="wpforo"><div id="wpforo-wrap" class="wpft-topic wpf-guest"><div class="wpf-head-bar"><h1 id="wpforo-title">{escape(forum_title)}</h1>'
            f'<a class="wpf-button add_wpftopic" href="{login_href}">Ajouter un sujet</a></div>'
            f'<div class="wpforo-topic-list"><div class="wpf-topic-head"><div>Sujets</div><div>Réponses</div><div>Dernier message</div></div>{rows}</div></div></div>')


def wpforo_posts(posts, login_href):
    items = "".join(
        f'<div id="post-{300 + i}" class="wpforo-post wpfcl-1"><div class="wpf-left"><div class="author-name"><span>{escape(who)}</span></div>'
        f'<div class="author-title">{escape(rank)}</div></div><div class="wpf-right"><div class="wpforo-post-content-top"><span class="wpf-post-date">{escape(when)}</span></div>'
        f'<div class="wpforo-post-content"><p>{escape(text)}</p></div></div></div>'
        for i, (who, rank, when, text) in enumerate(posts))
    return (f'<div id="wpforo"><div id="wpforo-wrap" class="wpft-post wpf-guest"><div class="wpforo-post-head"><a class="wpf-button" href="{login_href}">Répondre</a></div>{items}'
            f'<div class="wpf-reply-form-guest"><p>Vous devez être <a href="{login_href}">connecté</a> pour répondre à ce sujet.</p></div></div></div>')


def wpforo_login(action):
    return (f'<div id="wpforo"><div id="wpforo-wrap" class="wpft-login"><div class="wpforo-login-wrap"><div class="wpforo-login-content"><h3>Connexion</h3>'
            f'<form name="wpflogin" action="{action}" method="POST"><div class="wpforo-table wpforo-login-table"><div class="wpf-field wpf-field-type-text">'
            '<label for="userlogin">Identifiant ou e-mail</label><input autofocus required type="text" name="log" id="userlogin" class="wpf-login-text" /></div>'
            '<div class="wpf-field wpf-field-type-password"><label for="userpass">Mot de passe</label><input required type="password" name="pwd" id="userpass" class="wpf-login-text" /></div>'
            '<div class="wpf-field"><input type="submit" name="wpforologin" value="Connexion" /></div></div></form>'
            '<p class="wpf-register-link">Pas encore de compte ? L\'inscription est réservée aux habitants de la commune.</p></div></div></div></div>')


def kunena_categories(sections):
    rows = []
    for title, cats in sections:
        cells = "".join(
            f'<tr class="category{i}"><td class="span1 center hidden-phone"><i class="icon-folder"></i></td><td class="span8">'
            f'<div><h3><a href="{href}" class="kunena-category">{escape(name)}</a></h3></div><div class="hidden-phone header-desc">{escape(desc)}</div></td>'
            f'<td class="span1 center hidden-phone post-total"><div class="replies">Sujets :<span class="repliesnum">{t}</span></div><div class="views">Messages :<span class="viewsnum">{t * 7}</span></div></td></tr>'
            for i, (href, name, desc, t) in enumerate(cats))
        rows.append(f'<div class="kfrontend"><h2 class="btn-toolbar pull-right"></h2><h1 class="kblock">{escape(title)}</h1>'
                    f'<table class="table table-bordered"><tbody>{cells}</tbody></table></div>')
    return ('<div id="kunena" class="layout "><div class="navbar"><div class="navbar-inner"><ul class="nav"><li class="item-index active"><span>Index du forum</span></li>'
            '<li class="item-recent"><span>Sujets récents</span></li></ul></div></div>' + "".join(rows)
            + '<div class="kfrontend"><h2 class="kblock">Statistiques</h2><p>Total des messages : 1 284 · Total des sujets : 187 · Total des membres : 366</p></div>'
            '<div class="center small">Propulsé par Kunena Forum</div></div>')


def kunena_topics(category, topics, new_topic_href):
    rows = "".join(
        f'<tr class="category"><td class="span7"><div><a href="{href}" class="hasTooltip topictitle">{escape(title)}</a></div>'
        f'<div class="pull-right"><span class="ks">par {escape(who)}</span></div></td><td class="span2 center hidden-phone"><div class="replies">Réponses :<span class="repliesnum">{replies}</span></div></td>'
        f'<td class="span3"><span class="lastpostlink">{escape(last)}</span></td></tr>'
        for href, title, who, replies, last in topics)
    return (f'<div id="kunena" class="layout "><div class="row-fluid"><h1>{escape(category)}</h1><div class="btn-toolbar"><a class="btn btn-primary" href="{new_topic_href}">'
            f'<i class="icon-pencil"></i> Nouveau sujet</a></div><form action="/index.php/forum" method="post" name="ktopicsform"><table class="table table-bordered"><thead><tr><th>Sujet</th><th>Réponses</th><th>Dernier message</th></tr></thead>'
            f'<tbody class="category-item">{rows}</tbody></table></form></div><div class="center small">Propulsé par Kunena Forum</div></div>')


def kunena_topic(title, posts, reply_href):
    items = "".join(
        f'<div class="row-fluid message message-published"><div class="span2 profile-horizontal"><ul class="unstyled center profilebox"><li><strong><span class="kwho-user">{escape(who)}</span></strong></li></ul></div>'
        f'<div class="span10 message-published"><small class="text-muted pull-right hidden-phone"><span class="icon icon-clock"></span> {escape(when)}</small>'
        f'<div class="badger-left badger-info message-published" data-badger="{escape(title)}"><div class="kmessage"><div class="kmsg">{escape(text)}</div></div></div></div></div>'
        for who, when, text in posts)
    return (f'<div id="kunena" class="layout "><h1><span>{escape(title)}</span></h1><div class="pull-left"><a class="btn" href="{reply_href}"><i class="icon-undo"></i> Répondre au sujet</a></div>'
            f'<div class="kmessages">{items}</div><div class="center small">Propulsé par Kunena Forum</div></div>')


def spip_forum_section(topics):
    """A SPIP section used as a residents' forum: each article is a subject, messages below."""
    rows = "".join(f'<li class="item hentry"><strong class="h3-like entry-title"><a href="{href}" rel="bookmark">{escape(title)}</a></strong>'
                   f'<small class="info-publi"><abbr class="published">{escape(when)}</abbr> — {n} messages</small></li>' for href, title, when, n in topics)
    return f'<div class="menu menu_articles"><h2>Les sujets en discussion</h2><ul class="liste-items">{rows}</ul></div>'


# ---- petitions -------------------------------------------------------------------------------------------


def spip_signature(id_article, count, texte):
    return (f'<div class="petition"><h2>Signer cette pétition</h2><p class="petition-texte">{escape(texte)}</p>'
            f'<p class="nb-signatures"><strong>{count}</strong> signatures</p>'
            f'<div class="formulaire_spip formulaire_signature ajax" id="sp{id_article}"><form method="post" action="/spip.php?article{id_article}#sp{id_article}"><div>'
            '<input name="formulaire_action" type="hidden" value="signature" />'
            f'<input name="formulaire_action_args" type="hidden" value="{id_article}x9Fp" />'
            '<fieldset><legend>Signer cette pétition</legend><div class="editer-groupe">'
            '<div class="editer saisie_session_nom obligatoire"><label for="session_nom">Votre nom ou pseudo</label><input type="text" class="text" name="session_nom" id="session_nom" value="" size="20" /></div>'
            '<div class="editer saisie_session_email obligatoire"><label for="session_email">Votre adresse email</label><input type="email" class="text email" name="session_email" id="session_email" value="" size="20" /></div>'
            '<div class="editer saisie_message"><label for="message">Un message, un commentaire ?</label><textarea name="message" id="message" rows="3" cols="20"></textarea></div>'
            '</div></fieldset><p class="boutons"><input type="submit" class="submit" value="Valider" /></p></div></form></div>'
            f'<p class="signatures-lien">Les signatures sont vérifiées par courriel avant d\'être comptées.</p></div>')


def drupal_petition_list(petitions):
    rows = "".join(
        f'<div class="views-row"><article class="node node--type-petition node--view-mode-teaser"><h2 class="node__title"><a href="{href}">{escape(title)}</a></h2>'
        f'<div class="field field--name-field-signatures">{signed} signatures sur {goal} nécessaires</div>'
        f'<div class="field field--name-field-statut">{escape(state)}</div>'
        f'<div class="progress" aria-label="Progression"><div class="progress__bar" style="width:{min(100, signed * 100 // goal)}%"></div></div></article></div>'
        for href, title, signed, goal, state in petitions)
    return f'<div class="view view-petitions view-id-petitions view-display-id-page_1"><div class="view-content">{rows}</div></div>'


def drupal_petition_sign(nid, signed, goal):
    return (f'<div class="petition-counter"><span class="petition-counter__count">{signed}</span> signatures sur {goal}</div>'
            f'<form class="petition-signature-form" data-drupal-selector="petition-signature-form" action="/node/{nid}/signer" method="post" id="petition-signature-form" accept-charset="UTF-8">'
            '<div class="js-form-item form-item form-item-nom"><label for="edit-nom" class="js-form-required form-required">Nom et prénom</label><input type="text" id="edit-nom" name="nom" size="60" class="form-text required" required="required" /></div>'
            '<div class="js-form-item form-item form-item-courriel"><label for="edit-courriel" class="js-form-required form-required">Courriel</label><input type="email" id="edit-courriel" name="courriel" size="60" class="form-email required" required="required" /></div>'
            '<div class="js-form-item form-item form-item-adresse"><label for="edit-adresse" class="js-form-required form-required">Adresse à Lanvézec</label><input type="text" id="edit-adresse" name="adresse" size="60" class="form-text required" required="required" /></div>'
            '<div class="js-form-item form-item form-type-checkbox"><input type="checkbox" id="edit-majeur" name="majeur" value="1" class="form-checkbox required" required="required" /><label for="edit-majeur" class="option">Je certifie avoir 16 ans ou plus et résider, travailler ou étudier à Lanvézec</label></div>'
            '<div class="form-actions"><input type="submit" id="edit-submit--2" name="op" value="Je signe la pétition" class="button button--primary js-form-submit form-submit" /></div>'
            '<input type="hidden" name="form_id" value="petition_signature_form" /></form>')


# ---- participation platforms ----------------------------------------------------------------------------


def decidim_process_cards(cards):
    items = "".join(
        f'<a href="{href}" class="card__grid"><div class="card__grid-text"><h3 class="h4 text-secondary">{escape(title)}</h3>'
        f'<div class="card__grid-metadata"><span>{escape(phase)}</span><span>{escape(until)}</span></div></div></a>' for href, title, phase, until in cards)
    return f'<section class="content-block"><h2 class="h2 decorator">Processus actifs</h2><div class="card__grid-home">{items}</div></section>'


def decidim_process(slug, title, intro, steps, components):
    step_html = "".join(f'<li class="process-header__phase{" is-active" if active else ""}"><span>{escape(s)}</span></li>' for s, active in steps)
    comp = "".join(f'<li><a href="{href}" class="tab-x">{escape(label)}</a></li>' for href, label in components)
    return (f'<section class="process-header"><div class="process-header__container"><h2 class="process-header__title">{escape(title)}</h2>'
            f'<div class="process-header__phase-container"><p>Phase actuelle</p><ol class="process-header__phases">{step_html}</ol></div></div></section>'
            f'<div class="editor-content">{intro}</div><nav class="process-nav" aria-label="Composants du processus"><ul>{comp}</ul></nav>')


def decidim_budget_projects(budget_id, total, projects, slug, comp):
    rows = "".join(
        f'<div id="project-{pid}-item" class="budget-list__item"><a href="/processes/{slug}/f/{comp}/budgets/{budget_id}/projects/{pid}" class="budget-list__text">'
        f'<h3 class="h4 text-secondary">{escape(title)}</h3></a><div class="budget-list__data"><span class="budget-list__number">{escape(cost)}</span>'
        f'<div class="budget-list__action"><button class="button button__sm button__secondary" data-add="true" data-budget="{escape(cost)}" aria-label="Ajouter le projet au vote">Ajouter</button></div></div></div>'
        for pid, title, cost in projects)
    return (f'<div class="budget-summary" data-progress-reference><div class="budget-summary__content"><h2 class="h3">Vous décidez du budget</h2>'
            f'<p>Sélectionnez les projets que vous souhaitez voir réalisés dans la limite de {escape(total)}, puis confirmez votre vote.</p>'
            f'<div class="budget-summary__progressbox"><span class="budget-summary__progressbar-legend">Attribué : <strong>0 €</strong> sur {escape(total)}</span>'
            f'<div class="budget-summary__progressbar" role="progressbar" aria-valuenow="0" aria-valuemin="0" aria-valuemax="100"><div class="budget-summary__progressbar--meter" style="width:0%"></div></div></div>'
            f'<a href="/users/sign_in" class="button button__sm button__secondary">Se connecter pour voter</a></div></div>'
            f'<div class="budget-list" id="projects">{rows}</div>')


def decidim_comments(resource, comments, count=None):
    items = "".join(
        f'<div id="comment_{cid}" class="comment" data-comment-id="{cid}"><div class="comment__header"><div class="author"><span class="author__name">{escape(who)}</span></div>'
        f'<span class="comment__header-date">{escape(when)}</span></div><div class="comment__content"><div class="editor-content"><p>{escape(text)}</p></div></div>'
        f'<div class="comment__footer"><div class="comment__footer-grid"><div class="comment__votes"><button class="button button__sm button__text-secondary" title="Je suis d\'accord">&#128077; {3 + cid % 5}</button></div></div></div></div>'
        for cid, who, when, text in comments)
    return (f'<div id="comments-for-{resource}" class="comments" data-decidim-comments=\'{{"singleComment":false,"toggleTranslations":false,"commentableGid":"{resource}","commentsUrl":"/comments"}}\'>'
            f'<div class="comments__header"><h2 class="h4"><span class="comments-count">{count or len(comments)} commentaires</span></h2>'
            '<div class="comment-order-by"><label for="order">Trier par</label><select id="order"><option>Plus anciens</option><option>Plus récents</option><option>Meilleur classement</option></select></div></div>'
            f'<div class="comment-threads">{items}</div><div class="add-comment"><div class="comment__form-login"><p>Connectez-vous avec votre compte ou inscrivez-vous pour ajouter votre commentaire.</p>'
            '<a class="button button__sm button__secondary" href="/users/sign_in">Se connecter</a></div></div></div>')


def decidim_proposals(cards, new_href):
    items = "".join(
        f'<a href="{href}" class="card__list" id="proposals__proposal_{pid}"><div class="card__list-content"><h3 class="h4 card__list-title">{escape(title)}</h3>'
        f'<div class="card__list-metadata"><span>{escape(who)}</span><span>{n} commentaires</span><span class="label">{escape(state)}</span></div></div></a>'
        for pid, href, title, who, n, state in cards)
    return (f'<div class="layout-main__heading"><a href="{new_href}" class="button button__sm button__secondary">Nouvelle proposition</a></div>'
            f'<div class="proposals__list" id="proposals">{items}</div>')


def decidim_survey(slug, comp, questions):
    blocks = []
    for i, (text, kind, answers) in enumerate(questions, 1):
        if kind == "single_option":
            ctl = "".join(f'<label><input type="radio" name="questionnaire[responses][{i - 1}][choices][][answer_option_id]" value="{i * 10 + k}"> {escape(a)}</label>' for k, a in enumerate(answers))
        elif kind == "multiple_option":
            ctl = "".join(f'<label><input type="checkbox" name="questionnaire[responses][{i - 1}][choices][][answer_option_id]" value="{i * 10 + k}"> {escape(a)}</label>' for k, a in enumerate(answers))
        else:
            ctl = f'<textarea name="questionnaire[responses][{i - 1}][body]" rows="4" maxlength="1000"></textarea>'
        blocks.append(f'<div class="question" data-max-choices="" data-conditioned="false" id="questionnaire_question_{i}"><div class="answer-questionnaire__question">'
                      f'<label class="answer-questionnaire__question-label">{i}. {escape(text)}</label>{ctl}</div></div>')
    return (f'<div class="answer-questionnaire"><form class="form answer-questionnaire" action="/processes/{slug}/f/{comp}/questionnaire/answer" accept-charset="UTF-8" method="post">'
            '<input type="hidden" name="_method" value="patch" autocomplete="off" /><input type="hidden" name="authenticity_token" value="Tq3xkX0a" autocomplete="off" />'
            f'<div class="answer-questionnaire__step">{"".join(blocks)}</div><div class="answer-questionnaire__tos"><label><input type="checkbox" name="questionnaire[tos_agreement]" value="1"> '
            "J'accepte les conditions d'utilisation</label></div><div class=\"answer-questionnaire__submit\"><button type=\"submit\" class=\"button button__lg button__secondary\">Envoyer</button></div></form></div>")


def capco_steps(steps):
    return '<nav class="step-nav" aria-label="Étapes du projet"><ol class="step-nav__list">' + "".join(
        f'<li class="step-nav__item{" step-nav__item--active" if active else ""}"><a href="{href}">{escape(label)}</a><span class="step-nav__dates">{escape(dates)}</span></li>'
        for href, label, dates, active in steps) + "</ol></nav>"


def capco_proposals(cards, cta, cta_href):
    items = "".join(
        f'<li class="proposal-preview" id="proposal-{pid}"><div class="card proposal__preview"><div class="card__body"><h3 class="card__title proposal__title"><a href="{href}">{escape(title)}</a></h3>'
        f'<p class="excerpt proposal__author">{escape(who)}</p><div class="proposal__infos"><span class="proposal__counter">{votes} {escape(unit)}</span> · <span>{n} commentaires</span> · <span class="label label-info">{escape(cat)}</span></div></div></div></li>'
        for pid, href, title, who, votes, unit, n, cat in cards)
    return (f'<div class="proposal__step-page"><div class="proposal-step__header"><a class="btn btn-primary" id="main-proposal-create" href="{cta_href}">{escape(cta)}</a>'
            f'<div class="proposal-step__filters"><label for="proposal-sorting">Trier</label><select id="proposal-sorting"><option>Aléatoire</option><option>Les plus soutenues</option><option>Les plus récentes</option></select></div></div>'
            f'<ul class="media-list proposal-preview-list">{items}</ul></div>')


def capco_comments(comments):
    items = "".join(
        f'<li class="opinion opinion--comment" id="comment-{cid}"><div class="opinion__body"><div class="opinion__user"><span class="opinion__user-name">{escape(who)}</span> '
        f'<span class="excerpt small">{escape(when)}</span></div><p class="opinion__text">{escape(text)}</p><div class="opinion__votes"><button class="btn btn-xs btn-dark-gray btn--outline">D\'accord</button> {cid % 7}</div></div></li>'
        for cid, who, when, text in comments)
    return (f'<div class="comments__section" id="comments"><h2 class="h4">{len(comments)} commentaires</h2>'
            '<form class="comment-form" id="CommentForm"><label for="CommentForm-body">Votre commentaire</label><textarea id="CommentForm-body" name="body" class="form-control" placeholder="Écrivez votre commentaire…" rows="3"></textarea>'
            '<button type="submit" class="btn btn-primary">Commenter</button><p class="excerpt">Vous devez être connecté pour publier. <a href="/login">Connexion</a></p></form>'
            f'<ul class="media-list comment-list">{items}</ul></div>')


def capco_questionnaire(qid, questions):
    blocks = []
    for i, (text, kind, answers) in enumerate(questions, 1):
        if kind in ("radio", "checkbox"):
            ctl = "".join(f'<div class="{kind}"><label><input type="{kind}" name="responses.{i}" value="{escape(a)}"> {escape(a)}</label></div>' for a in answers)
        elif kind == "ranking":
            ctl = '<ol class="ranking__choices">' + "".join(f'<li class="ranking__choice" draggable="true">{escape(a)}</li>' for a in answers) + "</ol>"
        else:
            ctl = f'<textarea class="form-control" name="responses.{i}" rows="4"></textarea>'
        blocks.append(f'<div class="form-group" id="questionnaire-{qid}-question-{i}"><label class="control-label h5">{escape(text)}</label>{ctl}</div>')
    return (f'<form id="reply-form-{qid}" class="questionnaire-reply-form" method="post">{"".join(blocks)}'
            '<div class="form-group"><label><input type="checkbox" name="private"> Publier anonymement</label></div>'
            '<button type="submit" id="submit-create-reply" class="btn btn-primary">Envoyer mes réponses</button></form>')


def consul_debates(debates):
    items = "".join(
        f'<div id="debate_{did}" class="debate clear" data-type="debate"><div class="panel"><div class="row"><div class="small-12 medium-9 column"><div class="debate-content">'
        f'<h3><a href="/debates/{did}-{slug}">{escape(title)}</a></h3><p class="debate-info"><span class="icon-comments"></span>&nbsp;<a href="/debates/{did}-{slug}#comments">{n} commentaires</a>'
        f'&nbsp;&bull;&nbsp;{escape(when)}&nbsp;&bull;&nbsp;{escape(who)}</p><div class="debate-description">{escape(desc)}</div></div></div>'
        f'<div id="debate_{did}_votes" class="small-12 medium-3 column supports-container"><div class="votes"><div class="in-favor"><span class="icon-like"></span> {60 + did}%</div>'
        f'<div class="against"><span class="icon-unlike"></span> {40 - did}%</div><span class="total-votes">{n * 4} votes</span></div></div></div></div></div>'
        for did, slug, title, who, when, n, desc in debates)
    return (f'<div class="debates-list"><div class="row"><div class="small-12 medium-3 column"><aside><a class="button expanded" href="/users/sign_in">Commencer un débat</a></aside></div>'
            f'<div class="small-12 medium-9 column"><div class="order-links"><span>Trier par :</span> les plus actifs · les mieux notés · les plus récents</div>{items}</div></div></div>')


def consul_comments(kind, rid, comments):
    items = "".join(
        f'<div id="comment_{cid}" class="comment small-12"><div class="comment-body"><div class="comment-info"><span class="user-name">{escape(who)}</span>&nbsp;&bull;&nbsp;<time>{escape(when)}</time></div>'
        f'<div class="comment-user"><p>{escape(text)}</p></div><div id="comment_{cid}_votes" class="comment-votes float-right"><span>{cid % 9} votes</span></div></div></div>'
        for cid, who, when, text in comments)
    return (f'<section class="expanded comments"><div class="row"><div id="comments" class="small-12 column"><h2>Commentaires <span class="js-comments-count">({len(comments)})</span></h2>'
            f'<div class="callout primary"><a href="/users/sign_in">Connectez-vous</a> pour laisser un commentaire.</div>'
            f'<form class="new_comment" id="new_comment_{kind}_{rid}" action="/comments" accept-charset="UTF-8" data-remote="true" method="post">'
            f'<label for="comment-body-{kind}_{rid}">Laisser votre commentaire</label><textarea id="comment-body-{kind}_{rid}" name="comment[body]" maxlength="1000"></textarea>'
            f'<input value="{rid}" type="hidden" name="comment[commentable_id]" /><input value="{kind.capitalize()}" type="hidden" name="comment[commentable_type]" />'
            f'<input type="submit" name="commit" value="Publier le commentaire" class="button" /></form><div class="comment-list">{items}</div></div></div></section>')


def consul_proposals(cards):
    items = "".join(
        f'<div id="proposal_{pid}" class="proposal clear" data-type="proposal"><div class="panel"><div class="proposal-content"><h3><a href="/proposals/{pid}-{slug}">{escape(title)}</a></h3>'
        f'<p class="proposal-info"><span>{n} commentaires</span> &bull; {escape(who)}</p><div class="proposal-description">{escape(desc)}</div></div>'
        f'<div class="supports-container"><div class="supports"><div class="progress small-12 round"><span class="meter" style="width: {min(100, sup * 100 // 1200)}%;"></span>'
        f'<span class="percentage">{sup} soutiens</span></div><span class="total-supports">{sup} soutiens / 1 200 nécessaires</span>'
        f'<a class="button button-support small expanded" href="/users/sign_in">Soutenir</a></div></div></div></div>'
        for pid, slug, title, who, n, sup, desc in cards)
    return (f'<div class="row"><div class="small-12 medium-3 column"><aside><a class="button expanded" href="/users/sign_in">Créer une proposition</a></aside></div>'
            f'<div id="proposals" class="proposals-list small-12 medium-9 column">{items}</div></div>')


def consul_investments(budget, investments):
    items = "".join(
        f'<div id="budget_investment_{iid}" class="budget-investment clear"><div class="panel"><div class="row"><div class="small-12 medium-8 column"><div class="budget-investment-content">'
        f'<h3>{escape(title)}</h3><p class="investment-project-info">{escape(heading)} &bull; {escape(who)}</p><div class="investment-project-description">{escape(desc)}</div></div></div>'
        f'<div class="small-12 medium-4 column table"><div class="ballot"><p class="investment-project-amount">{escape(price)}</p>'
        f'<a class="button button-support small expanded" title="Ajouter ce projet à votre vote" href="/users/sign_in">Voter</a></div></div></div></div></div>'
        for iid, title, heading, who, price, desc in investments)
    return (f'<div class="budget-header"><h2>{escape(budget)}</h2><p class="phase">Phase en cours : vote final des projets</p></div>'
            f'<div class="row"><div class="small-12 medium-9 column"><div id="budget-investments" class="budget-investments-list">{items}</div></div>'
            '<div class="small-12 medium-3 column"><aside id="sidebar"><div class="sidebar-divider"></div><h2 class="sidebar-title">Mon vote</h2>'
            '<p>Vous n\'avez voté pour aucun projet.</p><p>Montant restant : 380 000 €</p></aside></div></div>')


def consul_poll_question(pid, question, answers):
    opts = "".join(f'<a href="/users/sign_in" class="button secondary hollow answer" title="Voter {escape(a)}">{escape(a)}</a>' for a in answers)
    return (f'<div class="poll-question" id="poll_question_{pid}"><h3>{escape(question)}</h3><div class="poll-question-answers">{opts}</div>'
            '<div class="callout primary"><p>Vous devez <a href="/users/sign_in">vous connecter</a> ou être vérifié(e) pour participer.</p></div></div>')


def govocal_ideas(cards, cta_href):
    items = "".join(
        f'<div class="e2e-idea-card" id="idea-card-{iid}"><a href="{href}" class="e2e-card-title"><h3>{escape(title)}</h3></a>'
        f'<div class="e2e-idea-card-footer"><span class="e2e-idea-card-upvote-count">{votes}</span> votes · <span class="e2e-ideacard-comment-count">{n}</span> commentaires</div></div>'
        for iid, href, title, votes, n in cards)
    return (f'<div id="e2e-project-page"><div class="e2e-project-ideas"><a class="e2e-idea-button" href="{cta_href}">Soumettre votre idée</a>'
            f'<div id="e2e-ideas-list" class="e2e-ideas-container">{items}</div></div></div>')


def govocal_comments(comments):
    items = "".join(
        f'<div class="e2e-comment-thread" id="comment-{cid}"><div class="e2e-parentcomment"><span class="e2e-username">{escape(who)}</span> <time>{escape(when)}</time>'
        f'<div class="e2e-comment-body"><p>{escape(text)}</p></div><button class="e2e-comment-reply-button">Répondre</button></div></div>'
        for cid, who, when, text in comments)
    return (f'<div id="e2e-comments-container"><h2>Commentaires ({len(comments)})</h2><div class="e2e-comments">{items}</div>'
            '<form id="e2e-comment-form" class="e2e-parent-comment-form"><label for="submit-comment" class="visually-hidden">Écrivez votre commentaire</label>'
            '<textarea id="submit-comment" name="comment" placeholder="Écrivez votre commentaire ici"></textarea><button type="submit" class="e2e-submit-comment">Publier</button></form></div>')


def govocal_survey(questions):
    blocks = []
    for i, (text, kind, answers) in enumerate(questions, 1):
        if kind in ("select", "multiselect"):
            t = "radio" if kind == "select" else "checkbox"
            ctl = "".join(f'<label class="e2e-option"><input type="{t}" name="q{i}" value="{escape(a)}"> {escape(a)}</label>' for a in answers)
        elif kind == "linear_scale":
            ctl = '<div class="e2e-linear-scale">' + "".join(f'<label><input type="radio" name="q{i}" value="{k}"> {k}</label>' for k in range(1, 6)) + "</div>"
        else:
            ctl = f'<textarea name="q{i}" rows="4"></textarea>'
        blocks.append(f'<fieldset class="e2e-survey-question" data-input-type="{kind}"><legend>{escape(text)}</legend>{ctl}</fieldset>')
    return (f'<div id="e2e-native-survey"><form class="e2e-survey-form" method="post">{"".join(blocks)}'
            '<button type="submit" class="e2e-submit-form">Envoyer</button></form></div>')


# ---- neighbours' networks ---------------------------------------------------------------------------


def network_feed(posts, composer=True, group=None):
    box = ('<form class="composer" method="post" action="/publications"><label for="composer-text">Quoi de neuf dans le quartier ?</label>'
           '<textarea id="composer-text" name="contenu" rows="3" placeholder="Partagez une info, demandez un coup de main, proposez un objet…"></textarea>'
           '<select name="categorie"><option>Entraide</option><option>Prêt et don</option><option>Vie du quartier</option><option>Objets perdus</option></select>'
           '<button type="submit">Publier</button></form>') if composer else ""
    items = "".join(
        f'<article class="post" id="post-{pid}"><header class="post__head"><span class="post__author">{escape(who)}</span> · <span class="post__place">{escape(where)}</span> · <time>{escape(when)}</time>'
        f'<span class="post__tag">{escape(tag)}</span></header><p class="post__text">{escape(text)}</p>'
        f'<footer class="post__foot"><button class="post__react">Merci ({pid % 11})</button> <span class="post__replies">{replies} réponses</span></footer></article>'
        for pid, who, where, when, tag, text, replies in posts)
    title = f'<p class="group__intro">Groupe : {escape(group)}</p>' if group else ""
    return f'{title}{box}<div class="feed">{items}</div>'
