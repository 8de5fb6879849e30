"""Markup of the twelfth holdout part (``bocages``): the plugins, modules, embeds and platform components as
their software writes them, and the furniture of French municipal pages (cookie banners, quick links, news and
agenda lists, asides). Written for this part only; no other part's markup is used."""
from html import escape
from urllib.parse import quote


# ---- furniture ----------------------------------------------------------------------------------

def prose(*paragraphs):
    return "".join(f"<p>{p}</p>" for p in paragraphs)


def section(title, *paragraphs, level=2):
    body = "".join(p if p.startswith(("<ul", "<ol", "<div", "<dl")) else f"<p>{p}</p>" for p in paragraphs)
    return f"<h{level}>{title}</h{level}>{body}"


def bullets(items, cls="liste"):
    return f'<ul class="{cls}">' + "".join(f"<li>{i}</li>" for i in items) + "</ul>"


def cookie_banner(kind):
    """The consent banner most French city sites show before anything else."""
    if kind == "tarteaucitron":
        return ('<div id="tarteaucitronRoot" data-nosnippet="true"><div id="tarteaucitronAlertBig" role="alert" '
                'style="display:none"><span id="tarteaucitronDisclaimerAlert">Ce site utilise des cookies pour mesurer '
                'son audience et afficher des contenus externes.</span><button type="button" class="tarteaucitronCTAButton '
                'tarteaucitronAllow" id="tarteaucitronPersonalize2">Tout accepter</button><button type="button" '
                'class="tarteaucitronCTAButton tarteaucitronDeny" id="tarteaucitronAllDenied2">Tout refuser</button>'
                '<button type="button" id="tarteaucitronCloseAlert">Personnaliser</button></div></div>')
    if kind == "axeptio":
        return ('<script>window.axeptioSettings = { clientId: "64f1c2a9e5b7d3001c8e4a12", cookiesVersion: '
                '"mairie-fr" };(function(d, s) { var t = d.getElementsByTagName(s)[0], e = d.createElement(s); '
                'e.async = true; e.src = "//static.axept.io/sdk.js"; t.parentNode.insertBefore(e, t); })(document, '
                '"script");</script>')
    if kind == "cookieyes":
        return ('<div class="cky-consent-container cky-box-bottom-left" tabindex="0"><div class="cky-consent-bar">'
                '<div class="cky-notice"><p class="cky-title">Nous respectons votre vie privée</p><div class="cky-notice-des">'
                '<p>Nous utilisons des cookies pour les statistiques de fréquentation. Vous pouvez les refuser.</p></div>'
                '<div class="cky-notice-btn-wrapper"><button class="cky-btn cky-btn-customize">Personnaliser</button>'
                '<button class="cky-btn cky-btn-reject">Refuser</button><button class="cky-btn cky-btn-accept">Accepter</button>'
                '</div></div></div></div>')
    return ('<div class="bandeau-cookies" role="dialog" aria-label="Gestion des cookies" hidden><p>En poursuivant votre '
            'navigation, vous acceptez le dépôt de cookies de mesure d\'audience.</p><button type="button" '
            'class="bandeau-cookies__ok">J\'ai compris</button></div>')


def alert(text):
    return f'<div class="bandeau-alerte" role="status"><p><strong>Info</strong> {text}</p></div>'


def tiles(links, title="Accès rapides"):
    items = "".join(f'<li class="acces__item"><a class="acces__lien" href="{h}"><span class="acces__picto" '
                    f'aria-hidden="true"></span>{escape(label)}</a></li>' for h, label in links)
    return f'<section class="acces-directs" aria-labelledby="acces-titre"><h2 id="acces-titre">{title}</h2><ul class="acces__liste">{items}</ul></section>'


def news(items, title="Actualités", more=None):
    cards = "".join(
        f'<article class="actu-card"><p class="actu-card__date"><time>{d}</time></p><h3 class="actu-card__titre">'
        f'<a href="{h}">{escape(t)}</a></h3><p class="actu-card__chapo">{c}</p></article>' for h, t, d, c in items)
    link = f'<p class="actu__plus"><a href="{more}">Toutes les actualités</a></p>' if more else ""
    return f'<section class="actus"><h2>{title}</h2><div class="actus__grille">{cards}</div>{link}</section>'


def agenda(items, title="Agenda"):
    rows = "".join(f'<li class="agenda__evt"><span class="agenda__date">{d}</span> <a href="{h}">{escape(t)}</a>'
                   f' <span class="agenda__lieu">{escape(lieu)}</span></li>' for h, t, d, lieu in items)
    return f'<section class="agenda"><h2>{title}</h2><ul>{rows}</ul></section>'


def columns(main, side):
    return (f'<div class="grille-2col"><div class="grille-2col__principal">{main}</div>'
            f'<aside class="grille-2col__lateral" role="complementary">{side}</aside></div>')


def side_block(title, html):
    return f'<div class="bloc-lateral"><h2 class="bloc-lateral__titre">{title}</h2>{html}</div>'


def opening_hours(lines):
    return '<dl class="horaires">' + "".join(f"<dt>{a}</dt><dd>{b}</dd>" for a, b in lines) + "</dl>"


def share(url, title):
    u, t = quote(url, safe=""), quote(title, safe="")
    return (f'<div class="partage" aria-label="Partager"><span>Partager :</span>'
            f'<a class="partage__fb" href="https://www.facebook.com/sharer/sharer.php?u={u}" target="_blank" rel="noopener">Facebook</a>'
            f'<a class="partage__x" href="https://x.com/share?url={u}&amp;text={t}" target="_blank" rel="noopener">X</a>'
            f'<a class="partage__li" href="https://www.linkedin.com/shareArticle?mini=true&amp;url={u}" target="_blank" rel="noopener">LinkedIn</a>'
            f'<a class="partage__mail" href="mailto:?subject={t}&amp;body={u}">E-mail</a></div>')


def downloads(files):
    return '<ul class="telechargements">' + "".join(
        f'<li><a href="{h}" class="telechargement">{escape(t)} <span class="poids">(PDF, {kb} Ko)</span></a></li>'
        for h, t, kb in files) + "</ul>"


def search_results(query, results):
    rows = "".join(f'<li><a href="{h}">{escape(t)}</a><p>{escape(s)}</p></li>' for h, t, s in results)
    return (f'<form class="recherche-page" action="/recherche" method="get" role="search"><label for="rq">Rechercher</label>'
            f'<input id="rq" type="search" name="q" value="{escape(query)}"><button type="submit">OK</button></form>'
            f'<p>{len(results)} résultat(s) pour « {escape(query)} »</p><ol class="resultats">{rows}</ol>')


# ---- WordPress: Fluent Forms, Poll Maker (Ays), Astra-like comments, Elementor form, Brevo -------

def fluent_form(form_id, post_id, fields, submit="Envoyer", title=""):
    """Fluent Forms: fields are (kind, name, label) with kind text/email/tel/textarea/select:opt1|opt2/checkbox."""
    inst = f"ff_form_instance_{form_id}_1"
    out = []
    for kind, name, label in fields:
        ident = f"ff_{form_id}_{name}"
        if kind == "textarea":
            control = f'<textarea name="{name}" id="{ident}" class="ff-el-form-control" placeholder="" rows="5" cols="2" data-name="{name}" aria-required="true"></textarea>'
        elif kind.startswith("select:"):
            opts = "".join(f'<option value="{escape(o)}">{escape(o)}</option>' for o in kind[7:].split("|"))
            control = f'<select name="{name}" id="{ident}" class="ff-el-form-control" data-name="{name}"><option value="">- Choisir -</option>{opts}</select>'
        elif kind == "checkbox":
            out.append(f'<div class="ff-el-group ff-el-form-check-label"><div class="ff-el-input--content"><div class="ff-el-form-check">'
                       f'<label class="ff-el-form-check-label" for="{ident}"><input type="checkbox" name="{name}" id="{ident}" '
                       f'class="ff-el-form-check-input" value="on"> <span>{label}</span></label></div></div></div>')
            continue
        else:
            control = f'<input type="{kind}" name="{name}" class="ff-el-form-control" placeholder="" data-name="{name}" id="{ident}">'
        out.append(f'<div class="ff-el-group"><div class="ff-el-input--label asterisk-right"><label for="{ident}" '
                   f'aria-label="{escape(label)}">{label}</label></div><div class="ff-el-input--content">{control}</div></div>')
    heading = f'<h3 class="ff-form-title">{title}</h3>' if title else ""
    return f"""<div class="fluentform ff-default fluentform_wrapper_{form_id} ffs_default_wrap">{heading}
<form data-form_id="{form_id}" id="fluentform_{form_id}" class="frm-fluent-form fluent_form_{form_id} ff-el-form-top {inst} ff-form-loading" data-form_instance="{inst}" method="POST" aria-label="Formulaire {form_id}">
<fieldset style="border: none!important;margin: 0!important;padding: 0!important;"><legend class="ff_screen_reader_title">Formulaire</legend>
<input type="hidden" name="__fluent_form_embded_post_id" value="{post_id}" /><input type="hidden" id="_fluentform_{form_id}_fluentformnonce" name="_fluentform_{form_id}_fluentformnonce" value="8c2a41f09d" /><input type="hidden" name="_wp_http_referer" value="/?p={post_id}" />
{''.join(out)}
<div class="ff-el-group ff-text-left ff_submit_btn_wrapper"><button type="submit" class="ff-btn ff-btn-submit ff-btn-md ff_btn_style">{submit}</button></div>
</fieldset></form><div id="fluentform_{form_id}_errors" class="ff-errors-in-stack ff_form_instance_{form_id}_1 ff-form-loading_errors ff_form_instance_{form_id}_1_errors"></div></div>"""


def ays_poll(poll_id, question, answers, button="Voter"):
    """Poll Maker (Ays): a poll shortcode, here in a sidebar widget."""
    items = "".join(
        f'<div class="apm-choosing answer-{poll_id}"><input type="radio" name="answer" id="radio-{poll_id}-{i}" value="{poll_id * 100 + i}" autocomplete="off">'
        f'<label for="radio-{poll_id}-{i}" class="ays_label_poll ays_poll_label_without_padding">{escape(a)}</label></div>'
        for i, a in enumerate(answers, 1))
    return f"""<div class="ays_poll_category-container"><div style="" class="box-apm choosing-poll ays-poll-main" id="ays-poll-box-{poll_id}" data-loading-gif="/wp-content/plugins/poll-maker/public/images/loaders/loading-bar.svg">
<div class="apm-title-box"><h5>Sondage</h5></div><div class="ays_question"><p>{escape(question)}</p></div>
<form class="ays-poll-form" id="ays-poll-form-{poll_id}" method="post"><input type="hidden" name="ays_poll_id" value="{poll_id}"><input type="hidden" name="ays_finish_poll_nonce" value="b7e61c2d40">
<div class="apm-answers">{items}</div>
<div class="apm-button-box"><input type="button" name="ays_finish_poll" class="btn ays-poll-btn choosing-btn ays_finish_poll" data-form="ays-poll-form-{poll_id}" value="{button}"></div>
</form></div></div>"""


def ays_poll_results(poll_id, question, rows, votes):
    bars = "".join(
        f'<div class="answer-title flex-apm"><span class="answer-text">{escape(a)}</span><span class="answer-votes">{p}%</span></div>'
        f'<div class="answer-percent" style="width:{p}%"></div>' for a, p in rows)
    return (f'<div class="box-apm ays-poll-main ays-poll-results" id="ays-poll-box-{poll_id}"><div class="ays_question">'
            f'<p>{escape(question)}</p></div><div class="results-apm">{bars}</div><p class="apm-total-votes">{votes} votes</p>'
            f'<p class="apm-closed-message">Ce sondage est terminé.</p></div>')


def wp_thread(post_id, entries, open_form=True):
    """WordPress native comments as a block theme (Astra-like) prints them."""
    items = "".join(
        f'<li class="comment byuser comment-author-{i} even thread-even depth-1" id="li-comment-{post_id * 10 + i}">'
        f'<article id="comment-{post_id * 10 + i}" class="ast-comment"><div class="ast-comment-info"><div class="ast-comment-avatar-wrap">'
        f'<img alt="" src="/wp-content/uploads/avatar-defaut.png" class="avatar avatar-50 photo" height="50" width="50"></div>'
        f'<div class="ast-comment-data-wrap"><div class="ast-comment-meta-wrap"><header class="ast-comment-meta ast-row ast-comment-author vcard capitalize">'
        f'<div class="ast-comment-cite-wrap"><cite><b class="fn">{escape(who)}</b></cite></div><div class="ast-comment-time"><span class="timendate">'
        f'<time datetime="2025-{d}">{d}</time></span></div></header></div></div></div>'
        f'<section class="ast-comment-content comment"><p>{escape(text)}</p></section></article></li>'
        for i, (who, d, text) in enumerate(entries, 1))
    listing = (f'<h3 class="comments-title">{len(entries)} réflexions au sujet de « cet article »</h3>'
               f'<ol class="ast-comment-list">{items}</ol>') if entries else ""
    if not open_form:
        return f'<div id="comments" class="comments-area comment-form-position-below">{listing}<p class="no-comments">Les commentaires sont fermés.</p></div>'
    return f"""<div id="comments" class="comments-area comment-form-position-below">{listing}
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Laisser un commentaire</h3>
<form action="/wp-comments-post.php" method="post" id="ast-commentform" class="comment-form">
<p class="comment-notes"><span id="email-notes">Votre adresse e-mail ne sera pas publiée.</span> Les commentaires sont modérés avant publication.</p>
<div class="ast-row comment-textarea"><fieldset class="comment-form-comment"><legend class="comment-form-legend"></legend><div class="comment-form-textarea ast-grid-common-col"><label for="comment" class="screen-reader-text">Saisissez votre commentaire…</label><textarea id="comment" name="comment" placeholder="Saisissez votre commentaire…" cols="45" rows="8" aria-required="true"></textarea></div></fieldset></div>
<div class="ast-comment-formwrap ast-row"><p class="comment-form-author ast-grid-common-col ast-width-lg-33 ast-width-md-4 ast-float"><label for="author" class="screen-reader-text">Nom*</label><input id="author" name="author" type="text" value="" placeholder="Nom*" size="30" aria-required="true" autocomplete="name" /></p>
<p class="comment-form-email ast-grid-common-col ast-width-lg-33 ast-width-md-4 ast-float"><label for="email" class="screen-reader-text">E-mail*</label><input id="email" name="email" type="text" value="" placeholder="E-mail*" size="30" aria-required="true" autocomplete="email" /></p></div>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Publier le commentaire" /> <input type="hidden" name="comment_post_ID" value="{post_id}" id="comment_post_ID" /><input type="hidden" name="comment_parent" id="comment_parent" value="0" /></p>
</form></div></div>"""


def elementor_form(form_name, post_id, widget_id, fields, submit="Envoyer"):
    """Elementor Pro's form widget: fields are (kind, name, label)."""
    out = []
    for kind, name, label in fields:
        if kind == "textarea":
            control = f'<textarea class="elementor-field-textual elementor-field elementor-size-sm" name="form_fields[{name}]" id="form-field-{name}" rows="5" placeholder="{escape(label)}" required="required" aria-required="true"></textarea>'
        else:
            control = f'<input size="1" type="{kind}" name="form_fields[{name}]" id="form-field-{name}" class="elementor-field elementor-size-sm elementor-field-textual" placeholder="{escape(label)}" required="required" aria-required="true">'
        out.append(f'<div class="elementor-field-type-{kind} elementor-field-group elementor-column elementor-field-group-{name} elementor-col-100 elementor-field-required">'
                   f'<label for="form-field-{name}" class="elementor-field-label elementor-screen-only">{label}</label>{control}</div>')
    return f"""<div class="elementor-element elementor-element-{widget_id} elementor-button-align-stretch elementor-widget elementor-widget-form" data-id="{widget_id}" data-element_type="widget" data-widget_type="form.default">
<div class="elementor-widget-container"><form class="elementor-form" method="post" name="{escape(form_name)}">
<input type="hidden" name="post_id" value="{post_id}"/><input type="hidden" name="form_id" value="{widget_id}"/><input type="hidden" name="referer_title" value="{escape(form_name)}" />
<div class="elementor-form-fields-wrapper elementor-labels-">{''.join(out)}
<div class="elementor-field-group elementor-column elementor-field-type-submit elementor-col-100 e-form__buttons"><button type="submit" class="elementor-button elementor-size-sm"><span><span class="elementor-button-text">{submit}</span></span></button></div>
</div></form></div></div>"""


def brevo_newsletter(list_name):
    return f"""<div class="sib-form" style="text-align: center;"><div id="sib-form-container" class="sib-form-container">
<div id="sib-container" class="sib-container--large sib-container--vertical"><form id="sib-form" method="POST" action="https://7f3b2c1a.sibforms.com/serve/MUIFAKh2xQ0nB" data-type="subscription">
<div><div class="sib-form-block"><p>{escape(list_name)}</p></div></div>
<div><div class="sib-input sib-form-block"><div class="form__entry entry_block"><div class="form__label-row "><label class="entry__label" for="EMAIL" data-required="*">Votre adresse e-mail</label>
<div class="entry__field"><input class="input " type="text" id="EMAIL" name="EMAIL" autocomplete="off" placeholder="EMAIL" data-required="true" required /></div></div></div></div></div>
<div><div class="sib-form-block" style="text-align: left"><button class="sib-form-block__button sib-form-block__button-with-loader" form="sib-form" type="submit">S'inscrire</button></div></div>
<input type="text" name="email_address_check" value="" class="input--hidden"><input type="hidden" name="locale" value="fr"></form></div></div></div>"""


def hyvor_talk(website_id, page_id):
    return (f'<section class="reactions"><h2>Réagir</h2><script async src="https://talk.hyvor.com/embed/embed.js" type="module"></script>'
            f'<hyvor-talk-comments website-id="{website_id}" page-id="{page_id}" language="fr"></hyvor-talk-comments></section>')


# ---- Drupal: Poll module block, comments -----------------------------------------------------------

def drupal_poll_block(poll_id, question, choices):
    radios = "".join(
        f'<div class="js-form-item form-item js-form-type-radio form-type-radio js-form-item-choice form-item-choice">'
        f'<input data-drupal-selector="edit-choice-{i}" type="radio" id="edit-choice-{i}" name="choice" value="{i}" class="form-radio" />'
        f'<label for="edit-choice-{i}" class="option">{escape(c)}</label></div>' for i, c in enumerate(choices, 1))
    return f"""<div id="block-sondagedumoment" class="block block-poll block-poll-recent-block"><h2>Sondage du moment</h2>
<div class="poll" id="poll-{poll_id}"><form class="poll-view-form poll-view-form-{poll_id}" data-drupal-selector="poll-view-form-{poll_id}" action="/poll/{poll_id}" method="post" id="poll-view-form-{poll_id}" accept-charset="UTF-8">
<div class="poll-question"><h3>{escape(question)}</h3></div>
<fieldset data-drupal-selector="edit-choice" id="edit-choice--wrapper" class="fieldgroup form-composite js-form-item form-item js-form-wrapper form-wrapper"><legend><span class="visually-hidden fieldset-legend">Choix</span></legend>
<div class="fieldset-wrapper"><div id="edit-choice" class="form-radios">{radios}</div></div></fieldset>
<div data-drupal-selector="edit-actions" class="form-actions js-form-wrapper form-wrapper" id="edit-actions--2"><input data-drupal-selector="edit-vote" type="submit" id="edit-vote" name="op" value="Voter" class="button js-form-submit form-submit" /></div>
<input data-drupal-selector="edit-poll-view-form-{poll_id}" type="hidden" name="form_id" value="poll_view_form_{poll_id}" /></form></div></div>"""


def drupal_poll_closed(poll_id, question, rows, total):
    bars = "".join(f'<dt class="choice-title">{escape(c)}</dt><dd class="choice-result"><div class="foreground" style="width: {p}%;"></div>'
                   f'<div class="percent">{p}% ({n} votes)</div></dd>' for c, p, n in rows)
    return (f'<div class="poll" id="poll-{poll_id}"><h3 class="poll-question">{escape(question)}</h3><dl>{bars}</dl>'
            f'<div class="total">Total des votes : {total}</div><div class="poll-closed">Fermé</div></div>')


def drupal_thread(node, entries, form=True):
    items = "".join(
        f'<article data-comment-user-id="0" id="comment-{node * 10 + i}" class="comment js-comment by-anonymous">'
        f'<span class="hidden" data-comment-timestamp="17{node}{i}0000"></span><footer class="comment__meta">'
        f'<p class="comment__submitted">Soumis par <span class="username">{escape(who)}</span> le {d}</p></footer>'
        f'<div class="comment__content"><div class="field field--name-comment-body field--type-text-long">'
        f'<p>{escape(text)}</p></div></div></article>' for i, (who, d, text) in enumerate(entries, 1))
    form_html = f"""<h2 class="title comment-form__title">Réagir à cet article</h2>
<form class="comment-comment-forum-form comment-form" data-drupal-selector="comment-form" action="/comment/reply/node/{node}/comment_actualite" method="post" id="comment-form" accept-charset="UTF-8">
<div class="js-form-item form-item js-form-type-textfield form-item-name"><label for="edit-name" class="js-form-required form-required">Votre nom</label><input data-drupal-selector="edit-name" type="text" id="edit-name" name="name" value="" size="30" maxlength="60" class="form-text required" required="required" /></div>
<div class="js-form-item form-item js-form-type-email form-item-mail"><label for="edit-mail">Courriel</label><input data-drupal-selector="edit-mail" type="email" id="edit-mail" name="mail" value="" size="30" maxlength="64" class="form-email" /><div class="description">Le contenu de ce champ est gardé privé et ne sera pas affiché publiquement.</div></div>
<div class="js-form-item form-item js-form-type-textarea form-item-comment-body-0-value"><label for="edit-comment-body-0-value" class="js-form-required form-required">Votre réaction</label><div class="form-textarea-wrapper"><textarea data-drupal-selector="edit-comment-body-0-value" id="edit-comment-body-0-value" name="comment_body[0][value]" rows="5" cols="60" class="form-textarea required" required="required"></textarea></div></div>
<input data-drupal-selector="edit-comment-actualite-form" type="hidden" name="form_id" value="comment_comment_actualite_form" />
<div data-drupal-selector="edit-actions" class="form-actions js-form-wrapper form-wrapper" id="edit-actions"><input data-drupal-selector="edit-submit" type="submit" id="edit-submit" name="op" value="Publier" class="button button--primary js-form-submit form-submit" /></div></form>""" if form else ""
    return f'<section data-drupal-selector="comments" class="comments"><h2 class="comments__title">Réactions ({len(entries)})</h2>{items}{form_html}</section>'


def drupal_webform_custom(form, action, fields, submit):
    """A Drupal Webform with the city's own fields: (kind, name, label)."""
    sel = f"webform-submission-{form}-add-form"
    out = []
    for kind, name, label in fields:
        if kind == "textarea":
            control = f'<div class="form-textarea-wrapper"><textarea data-drupal-selector="edit-{name}" id="edit-{name}" name="{name}" rows="6" cols="60" class="form-textarea"></textarea></div>'
        elif kind.startswith("select:"):
            opts = "".join(f'<option value="{escape(o)}">{escape(o)}</option>' for o in kind[7:].split("|"))
            control = f'<select data-drupal-selector="edit-{name}" id="edit-{name}" name="{name}" class="form-select"><option value="" selected="selected">- Sélectionner -</option>{opts}</select>'
            kind = "select"
        else:
            control = f'<input data-drupal-selector="edit-{name}" type="{kind}" id="edit-{name}" name="{name}" value="" size="60" maxlength="255" class="form-{kind}" />'
        out.append(f'<div class="js-form-item form-item js-form-type-{kind} form-item-{name}"><label for="edit-{name}">{label}</label>{control}</div>')
    return f"""<form class="webform-submission-form webform-submission-add-form {sel} js-webform-details-toggle" data-drupal-selector="{sel}" action="{action}" method="post" id="{sel}" accept-charset="UTF-8">
{''.join(out)}<div data-drupal-selector="edit-actions" class="form-actions webform-actions js-form-wrapper form-wrapper" id="edit-actions"><input class="webform-button--submit button button--primary js-form-submit form-submit" data-drupal-selector="edit-actions-submit" type="submit" id="edit-actions-submit" name="op" value="{submit}" /></div>
<input data-drupal-selector="edit-{sel}" type="hidden" name="form_id" value="{sel.replace('-', '_')}" /></form>"""


# ---- SPIP: article forum, posting form, Formidable ------------------------------------------------

def spip_forum_thread(article, messages):
    """SPIP's public forum under an article (forum.html of the dist): messages, then the link to post."""
    items = "".join(
        f'<li class="forum-fil"><div class="forum-message hentry" id="forum{article * 10 + i}"><div class="forum-chapo">'
        f'<strong class="forum-titre"><a href="#forum{article * 10 + i}" title="Lien permanent vers ce message">{escape(t)}</a></strong>'
        f'<small>{d}, par <span class="vcard author">{escape(who)}</span></small></div><div class="forum-texte"><p>{escape(text)}</p></div>'
        f'<p class="repondre"><a href="/spip.php?page=forum&amp;id_article={article}&amp;id_forum={article * 10 + i}" rel="noindex nofollow">Répondre à ce message</a></p></div></li>'
        for i, (t, who, d, text) in enumerate(messages, 1))
    return (f'<div class="comments forum-repondre"><h2 class="forum-titre-section">{len(messages)} Messages</h2>'
            f'<ul class="forum">{items}</ul><p class="repondre"><a href="/spip.php?page=forum&amp;id_article={article}" '
            f'rel="noindex nofollow">Répondre à cet article</a></p></div>')


def spip_forum_post(article, reply_to=None):
    args = f"id_article={article}" + (f"&amp;id_forum={reply_to}" if reply_to else "")
    return f"""<div class="formulaire_spip formulaire_forum ajax" id="formulaire_forum">
<form action="/spip.php?page=forum&amp;{args}#formulaire_forum" method="post" enctype="multipart/form-data"><div>
<input name="formulaire_action" type="hidden" value="forum" /><input name="formulaire_action_args" type="hidden" value="pVw9gS2f1kQm" />
<fieldset><legend>Votre message</legend><p class="explication">Avant d'être publié, votre message sera relu par l'équipe municipale.</p>
<div class="editer-groupe"><div class="editer saisie_titre obligatoire"><label for="titre">Titre</label><input type="text" class="text" name="titre" id="titre" value="Re : aménagement" size="60" /></div>
<div class="editer saisie_texte obligatoire"><label for="texte">Texte de votre message</label><textarea name="texte" id="texte" rows="10" cols="60" class="porte_plume_partie_publique"></textarea></div></div></fieldset>
<fieldset><legend>Qui êtes-vous ?</legend><div class="editer-groupe"><div class="editer saisie_session_nom"><label for="session_nom">Votre nom</label><input type="text" class="text" name="session_nom" id="session_nom" value="" size="40" autocomplete="name" /></div>
<div class="editer saisie_session_email"><label for="session_email">Votre adresse email</label><input type="email" class="text email" name="session_email" id="session_email" value="" size="40" autocomplete="email" /></div></div></fieldset>
<p style="display: none;"><label for="nobot_forum">Veuillez laisser ce champ vide :</label><input type="text" class="text" name="nobot" id="nobot_forum" value="" size="10" /></p>
<p class="boutons"><input type="submit" class="submit" name="previsualiser_message" value="Prévisualiser" /></p></div></form></div>"""


def spip_formidable(ident, action, fields, submit="Envoyer"):
    """The Formidable plugin's form: fields are (kind, name, label), kind input/email/textarea/radio:a|b."""
    out = []
    for kind, name, label in fields:
        if kind == "textarea":
            control = f'<textarea name="{name}" id="champ_{name}" rows="5" cols="40" class="textarea"></textarea>'
        elif kind.startswith("radio:"):
            control = "".join(f'<div class="choix choix_{j}"><input type="radio" name="{name}" class="radio" id="champ_{name}_{j}" value="{j}" />'
                              f'<label for="champ_{name}_{j}">{escape(o)}</label></div>' for j, o in enumerate(kind[6:].split("|")))
            kind = "radio"
        else:
            control = f'<input type="{"email" if kind == "email" else "text"}" name="{name}" class="text" id="champ_{name}" value="" />'
        out.append(f'<div class="editer saisie_{kind} editer_{name}"><label class="editer-label" for="champ_{name}">{label}</label>{control}</div>')
    return f"""<div class="formulaire_spip formulaire_formidable formulaire_formidable_{ident} ajax" id="formulaire_formidable_{ident}">
<form method="post" action="{action}#formulaire_formidable_{ident}" enctype="multipart/form-data"><div>
<input name="formulaire_action" type="hidden" value="formidable" /><input name="formulaire_action_args" type="hidden" value="{ident}Zq8w" />
<div class="editer-groupe">{''.join(out)}</div>
<p style="display: none;"><label for="nobot_formidable">Veuillez laisser ce champ vide :</label><input type="text" class="text" name="nobot" id="nobot_formidable" value="" size="10" /></p>
<p class="boutons"><input type="submit" class="submit" value="{submit}" /></p></div></form></div>"""


# ---- Joomla: Convert Forms, Komento ----------------------------------------------------------------

def convert_forms(form_id, fields, submit="Envoyer", heading=""):
    out = []
    for i, (kind, name, label) in enumerate(fields):
        ident = f"form{form_id}_{name}"
        if kind == "textarea":
            control = f'<textarea name="cf[{name}]" id="{ident}" required placeholder="" class="cf-input cf-input-shadow-0" rows="5"></textarea>'
        elif kind.startswith("radio:"):
            control = "".join(f'<div class="cf-radio-group"><input type="radio" name="cf[{name}][]" id="{ident}_{j}" value="{escape(o)}" class="cf-input">'
                              f'<label class="cf-label" for="{ident}_{j}">{escape(o)}</label></div>' for j, o in enumerate(kind[6:].split("|")))
            kind = "radio"
        else:
            control = f'<input type="{kind}" name="cf[{name}]" id="{ident}" required placeholder="" autocomplete="off" class="cf-input cf-input-shadow-0">'
        out.append(f'<div class="cf-control-group" data-key="{i}" data-name="{name}" data-type="{kind}" data-required>'
                   f'<div class="cf-control-label"><label class="cf-label" for="{ident}">{label}<span class="cf-required-label">*</span></label></div>'
                   f'<div class="cf-control-input">{control}</div></div>')
    head = f'<div class="cf-content-wrap cf-col-16"><div class="cf-content"><div class="cf-content-text">{heading}</div></div></div>' if heading else ""
    return f"""<div id="cf_{form_id}" class="convertforms cf cf-img-above cf-form-bottom cf-success-hideform cf-hasLabels" style="--font-size:16px;">
<form name="cf{form_id}" id="cf{form_id}" method="post" action="#">{head}
<div class="cf-form-wrap cf-col-16"><div class="cf-response" aria-live="polite" id="cf_{form_id}_response"></div>
<div class="cf-fields">{''.join(out)}
<div class="cf-control-group" data-key="{len(fields)}" data-name="submit_{form_id}" data-type="submit"><div class="cf-control-input"><div class="cf-text-left"><button type="submit" class="cf-btn cf-btn-style-flat cf-btn-shadow-0 cf-one-third"><span class="cf-btn-text">{submit}</span><span class="cf-spinner-container"><span class="cf-spinner"><span class="bounce1"></span></span></span></button></div></div></div>
</div></div><input type="hidden" name="cf[form_id]" value="{form_id}"><input type="hidden" name="d5c3e1b7a9f2" value="1"></form></div>"""


def komento(article, entries, title="Commentaires"):
    items = "".join(
        f'<div class="kt-list__item" id="comment-{article * 10 + i}" data-kt-comment-item data-id="{article * 10 + i}"><div class="kt-comment">'
        f'<div class="kt-comment__hd"><span class="kt-comment-author">{escape(who)}</span> <time class="kt-comment-date">{d}</time></div>'
        f'<div class="kt-comment__bd"><div class="kt-comment-message" data-kt-comment-content>{escape(text)}</div></div>'
        f'<div class="kt-comment__ft"><a href="javascript:void(0);" class="kt-reply-btn" data-kt-reply>Répondre</a></div></div></div>'
        for i, (who, d, text) in enumerate(entries, 1))
    return f"""<div id="fd" class="kt kt-frontend is-joomla-4" data-kt-structure="a91c2e"><div class="kt-comments-container" data-kt-wrapper data-component="com_content" data-cid="{article}">
<div class="kt-title-bar"><div class="kt-title-bar__title">{title} <span class="kt-comment-counter" data-kt-counter>{len(entries)}</span></div></div>
<div class="kt-comments" data-kt-comments><div class="kt-list" data-kt-list>{items}</div></div>
<div class="kt-form-section" data-kt-form><div class="kt-form-header"><h4>Laisser un commentaire</h4></div>
<form class="kt-form" method="post" data-kt-form-element><div class="kt-form-editor"><div class="kt-editor" data-kt-editor-wrapper><textarea name="comment" class="o-form-control kt-form-editor__textarea" placeholder="Écrivez votre commentaire ici…" data-kt-editor></textarea></div></div>
<div class="kt-form-name"><input type="text" name="name" class="o-form-control" placeholder="Votre nom" data-kt-name /></div><div class="kt-form-email"><input type="email" name="email" class="o-form-control" placeholder="Votre e-mail" data-kt-email /></div>
<div class="kt-form-submit"><button type="button" class="o-btn o-btn--primary kt-form-submit-btn" data-kt-submit>Soumettre</button></div>
<input type="hidden" name="component" value="com_content" /><input type="hidden" name="cid" value="{article}" /></form></div></div></div>"""


# ---- TYPO3 (form framework) and a state-like (DSFR) vendor form -----------------------------------

def typo3_form(ident, action, fields, submit="Envoyer"):
    def name(f):
        return f"tx_form_formframework[{ident}][{f}]"
    out = []
    for kind, field, label in fields:
        if kind == "textarea":
            control = f'<textarea required="required" class="form-control" id="{ident}-{field}" name="{name(field)}" rows="6"></textarea>'
        elif kind.startswith("select:"):
            opts = "".join(f'<option value="{escape(o)}">{escape(o)}</option>' for o in kind[7:].split("|"))
            control = f'<select class="form-select" id="{ident}-{field}" name="{name(field)}">{opts}</select>'
        else:
            control = f'<input required="required" class="form-control" id="{ident}-{field}" type="{kind}" name="{name(field)}" value="" />'
        out.append(f'<div class="form-element form-element-{kind.split(":")[0]} mb-3"><label class="form-label" for="{ident}-{field}">{label}'
                   f'<span class="required">*</span></label><div class="input">{control}</div></div>')
    return f"""<div class="frame frame-default frame-type-form_formframework"><form enctype="multipart/form-data" method="post" id="{ident}" action="{action}?tx_form_formframework%5Baction%5D=perform&amp;tx_form_formframework%5Bcontroller%5D=FormFrontend&amp;cHash=3b7c1e9a5d2f4068#{ident}">
<div><input type="hidden" name="tx_form_formframework[{ident}][__state]" value="TzozOToiVFlQTzNcQ01TXEZvcm1cRG9tYWluIg==" /><input type="hidden" name="tx_form_formframework[__trustedProperties]" value="{{&quot;{ident}&quot;:1}}8e2d" /></div>
{''.join(out)}<div class="actions"><nav class="form-navigation"><div class="btn-toolbar" role="toolbar"><div class="btn-group" role="group"><span class="next submit"><button class="btn btn-primary" type="submit" name="tx_form_formframework[{ident}][__currentPage]" value="1">{submit}</button></span></div></div></nav></div>
</form></div>"""


def dsfr_form(action, legend, fields, submit="Envoyer", cls="formulaire"):
    """A form in the State design system's classes (fr-input-group), as accessibility-first vendor CMSs write it."""
    out = []
    for kind, name, label in fields:
        if kind == "textarea":
            control = f'<textarea class="fr-input" id="{name}" name="{name}" rows="6" required></textarea>'
        elif kind.startswith("select:"):
            opts = "".join(f'<option value="{escape(o)}">{escape(o)}</option>' for o in kind[7:].split("|"))
            control = f'<select class="fr-select" id="{name}" name="{name}"><option value="" selected disabled hidden>Sélectionner une option</option>{opts}</select>'
        elif kind.startswith("radio:"):
            control = '<div class="fr-fieldset__content">' + "".join(
                f'<div class="fr-radio-group"><input type="radio" id="{name}-{j}" name="{name}" value="{j}"><label class="fr-label" for="{name}-{j}">{escape(o)}</label></div>'
                for j, o in enumerate(kind[6:].split("|"))) + "</div>"
            out.append(f'<fieldset class="fr-fieldset" id="{name}-set"><legend class="fr-fieldset__legend fr-text--regular">{label}</legend>{control}</fieldset>')
            continue
        elif kind == "checkbox":
            out.append(f'<div class="fr-checkbox-group"><input type="checkbox" id="{name}" name="{name}" required><label class="fr-label" for="{name}">{label}</label></div>')
            continue
        else:
            control = f'<input class="fr-input" type="{kind}" id="{name}" name="{name}" required>'
        out.append(f'<div class="fr-input-group"><label class="fr-label" for="{name}">{label}</label>{control}</div>')
    return (f'<form class="{cls}" action="{action}" method="post"><fieldset class="fr-fieldset"><legend class="fr-fieldset__legend">{legend}</legend>'
            f'<p class="fr-hint-text">Tous les champs sont obligatoires sauf mention contraire.</p>{"".join(out)}</fieldset>'
            f'<input type="hidden" name="csrf_token" value="a3f91c0e72b4"><button class="fr-btn" type="submit">{submit}</button></form>')


# ---- Publik (w.c.s.) forms as a city's e-services portal writes them --------------------------------

def wcs_form(action, steps, fields, submit="Valider"):
    out = []
    for i, (kind, label) in enumerate(fields, 1):
        if kind == "text":
            control, widget = f'<textarea id="form_f{i}" name="f{i}" rows="7" cols="70" aria-required="true"></textarea>', "TextWidget"
        elif kind == "email":
            control, widget = f'<input id="form_f{i}" name="f{i}" type="email" value="" aria-required="true" />', "EmailWidget"
        elif kind == "check":
            control, widget = f'<label><input id="form_f{i}" name="f{i}" type="checkbox" value="yes" aria-required="true" /> {label}</label>', "CheckboxWidget"
            out.append(f'<div class="widget {widget} template-default widget-required" id="var_f{i}"><div class="content">{control}</div></div>')
            continue
        else:
            control, widget = f'<input id="form_f{i}" name="f{i}" type="text" value="" aria-required="true" />', "StringWidget"
        out.append(f'<div class="widget {widget} template-default widget-required" id="var_f{i}"><div class="title"><label for="form_f{i}">{label}</label>'
                   f'<span title="Ce champ est obligatoire." class="required">*</span></div><div class="content">{control}</div></div>')
    step_html = "".join(f'<li class="{"current" if j == 0 else ""}"><span class="marker">{j + 1}</span> <span class="label">{s}</span></li>' for j, s in enumerate(steps))
    return f"""<div id="steps" class="wcs-step"><ol>{step_html}</ol></div>
<form class="quixote" enctype="multipart/form-data" method="post" novalidate="novalidate" action="{action}" data-has-draft="true">
<input type="hidden" name="_form_id" value="form" /><input type="hidden" name="_ajax_form_token" value="Y2l0eWNyYXdsLWJvY2FnZXM" /><input type="hidden" name="page_no" value="0" />
{''.join(out)}<div class="buttons submit"><div class="submit-button"><button name="submit" value="{submit}">{submit}</button></div><div class="cancel-button"><button name="cancel" value="Abandonner" formnovalidate>Abandonner</button></div></div></form>"""


def wcs_petition_sign(action, title, count, goal):
    pct = min(100, count * 100 // goal)
    return f"""<div class="petition-etat"><p class="petition-etat__titre">{escape(title)}</p>
<div class="jauge" role="progressbar" aria-valuenow="{count}" aria-valuemin="0" aria-valuemax="{goal}"><div class="jauge__remplie" style="width:{pct}%"></div></div>
<p><strong>{count}</strong> signataires sur les {goal} nécessaires pour une inscription à l'ordre du jour du conseil municipal.</p></div>
{wcs_form(action, ["Signature", "Confirmation par courriel"], [("string", "Nom"), ("string", "Prénom"), ("email", "Courriel"), ("string", "Adresse dans la commune"), ("check", "Je certifie être âgé(e) d'au moins 16 ans et résider ou travailler dans la commune")], "Signer la pétition")}"""


def wcs_list(items, title):
    rows = "".join(f'<li class="{cls}"><a href="{h}">{escape(t)}</a> <span class="meta">{escape(m)}</span></li>' for h, t, m, cls in items)
    return f'<div class="cell list-of-forms"><h2>{title}</h2><ul>{rows}</ul></div>'


# ---- Simple Machines Forum (served whole: its own layout) ----------------------------------------

def smf_page(board_title, page_title, body, host, city_url):
    return f"""<!DOCTYPE html>
<html lang="fr-FR">
<head>
<meta charset="UTF-8">
<link rel="stylesheet" href="/Themes/default/css/index.css?smf214_1701234567">
<link rel="stylesheet" href="/Themes/default/css/responsive.css?smf214_1701234567">
<script src="/Themes/default/scripts/script.js?smf214_1701234567"></script>
<script src="/Themes/default/scripts/theme.js?smf214_1701234567"></script>
<script>var smf_theme_url = "http://{host}/Themes/default"; var smf_scripturl = "http://{host}/index.php"; var smf_charset = "UTF-8";</script>
<title>{escape(page_title)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:site_name" content="{escape(board_title)}">
<link rel="help" href="http://{host}/index.php?action=help">
<link rel="contents" href="http://{host}/index.php">
</head>
<body id="chrome" class="action_home">
<div id="footerfix">
<div id="top_section"><div class="inner_wrap"><ul class="floatleft" id="top_info"><li class="welcome">Bienvenue sur <strong>{escape(board_title)}</strong>. Merci de vous <a href="/index.php?action=login">connecter</a>.</li></ul></div></div>
<div id="header"><h1 class="forumtitle"><a id="top" href="/index.php">{escape(board_title)}</a></h1><div id="siteslogan">L'espace d'échange des habitants, ouvert par la mairie</div></div>
<div id="wrapper"><div id="upper_section"><div id="inner_section"><div id="inner_wrap" class="hide_720"><div class="user"><time datetime="2025-03-14T09:12:00Z">14 mars 2025, 10:12:00</time></div></div>
<a class="mobile_user_menu"><span class="menu_icon"></span><span class="text_menu">Menu principal</span></a>
<div id="main_menu"><div id="mobile_user_menu" class="popup_container"><div class="popup_window description"><div class="popup_heading">Menu principal</div>
<ul class="dropmenu menu_nav"><li class="button_home"><a class="active" href="/index.php"><span class="textmenu">Accueil</span></a></li><li class="button_help"><a href="/index.php?action=help"><span class="textmenu">Aide</span></a></li><li class="button_login"><a href="/index.php?action=login"><span class="textmenu">Se connecter</span></a></li><li class="button_mairie"><a href="{city_url}"><span class="textmenu">Site de la mairie</span></a></li></ul></div></div></div>
</div></div>
<div id="content_section"><div id="main_content_section">{body}</div></div></div></div>
<div id="footer"><div class="inner_wrap"><ul><li class="floatright"><a href="/index.php?action=help">Aide</a> | <a href="/index.php?action=agreement">Conditions et règles</a> | <a href="#top_section">Haut &#9650;</a></li>
<li class="copyright"><a href="http://{host}/index.php?action=credits" title="License" target="_blank" rel="noopener">SMF 2.1.4 &copy; 2023</a>, <a href="https://www.simplemachines.org" title="Simple Machines" target="_blank" rel="noopener">Simple Machines</a></li></ul></div></div>
</body></html>"""


def smf_board_index(boards):
    rows = "".join(
        f'<div id="board_{bid}" class="up_contain "><div class="board_icon"><a href="/index.php?board={bid}.0" class="board_off" title="Pas de nouveaux messages"></a></div>'
        f'<div class="info"><a class="subject mobile_subject" href="/index.php?board={bid}.0" id="b{bid}">{escape(name)}</a><div class="board_description">{escape(desc)}</div></div>'
        f'<div class="board_stats"><p>{posts} Messages<br>{topics} Sujets</p></div></div>'
        for bid, name, desc, topics, posts in boards)
    return (f'<div id="boardindex_table" class="boardindex_table"><div class="main_container"><div class="cat_bar" id="category_1">'
            f'<h3 class="catbg"><a id="c1"></a>La vie de la commune</h3></div><div id="category_1_boards">{rows}</div></div></div>'
            f'<div class="roundframe" id="info_center"><div class="title_bar"><h3 class="titlebg"><span class="toggle_up floatright" id="upshrink_ic"></span>Centre d\'informations</h3></div>'
            f'<div id="upshrink_stats"><div class="sub_bar"><h4 class="subbg">Statistiques du forum</h4></div><p class="inline">1 284 messages dans 203 sujets par 412 membres.</p></div></div>')


def smf_message_index(board, name, topics):
    rows = "".join(
        f'<div class="windowbg"><div class="board_icon"><img src="/Themes/default/images/post/xx.png" alt=""></div><div class="info info_block">'
        f'<div class="message_index_title"><span class="preview" title=""><span id="msg_{tid * 7}"><a href="/index.php?topic={tid}.0">{escape(t)}</a></span></span></div>'
        f'<p class="floatleft">Démarré par <a href="/index.php?topic={tid}.0" title="Voir le sujet">{escape(who)}</a></p></div>'
        f'<div class="board_stats centertext"><p>{rep} Réponses<br>{rep * 31} Vues</p></div></div>'
        for tid, t, who, rep in topics)
    return (f'<div id="display_head" class="information"><h2 class="display_title">{escape(name)}</h2></div>'
            f'<div class="pagesection"><div class="buttonlist floatright"><a class="button button_strip_new_topic active" href="/index.php?action=post;board={board}.0">Nouveau sujet</a></div></div>'
            f'<div id="messageindex"><div class="title_bar" id="topic_header"><div class="board_icon"></div><div class="info">Sujet / Démarré par</div><div class="board_stats centertext">Réponses / Vues</div></div>'
            f'<div id="topic_container">{rows}</div></div>')


def smf_display(tid, subject, posts):
    items = "".join(
        f'<div class="windowbg" id="msg{tid * 10 + i}"><div class="post_wrapper"><div class="poster"><h4><a href="#msg{tid * 10 + i}">{escape(who)}</a></h4>'
        f'<ul class="user_info"><li class="membergroup">Habitant</li><li class="postcount">Messages: {12 + i * 5}</li></ul></div>'
        f'<div class="postarea"><div class="keyinfo"><h5><a href="#msg{tid * 10 + i}" class="smalltext">{d}</a></h5></div>'
        f'<div class="post"><div class="inner" data-msgid="{tid * 10 + i}" id="msg_{tid * 10 + i}">{escape(text)}</div></div></div></div></div>'
        for i, (who, d, text) in enumerate(posts, 1))
    return (f'<div id="display_head" class="information"><h2 class="display_title"><span id="top_subject">{escape(subject)}</span></h2>'
            f'<p>Sujet lu {len(posts) * 53} fois</p></div><div class="pagesection"><div class="buttonlist floatright">'
            f'<a class="button button_strip_reply active" href="/index.php?action=post;topic={tid}.0">Répondre</a></div></div>'
            f'<div id="forumposts"><form action="/index.php?action=quickmod2;topic={tid}.0" method="post" name="quickModForm" id="quickModForm">{items}</form></div>')


def smf_post_form(action, subject=""):
    return f"""<form action="{action}" method="post" accept-charset="UTF-8" name="postmodify" id="postmodify" class="flow_hidden" enctype="multipart/form-data">
<div class="cat_bar"><h3 class="catbg">Rédiger un message</h3></div><div id="post_area"><div class="roundframe noup">
<div id="post_header"><dl id="post_header_guest"><dt class="clear_left"><span id="caption_guestname">Nom :</span></dt><dd><input type="text" id="guestname" name="guestname" size="25" value="" tabindex="1" required></dd>
<dt class="clear_left"><span id="caption_email">E-mail :</span></dt><dd><input type="email" id="email" name="email" size="25" value="" tabindex="2" required></dd></dl>
<dl><dt class="clear_left"><span id="caption_subject">Titre :</span></dt><dd><input type="text" name="subject" value="{escape(subject)}" tabindex="3" size="80" maxlength="80" required></dd></dl></div>
<div id="post_body"><textarea class="editor" name="message" id="message" cols="600" onselect="storeCaret(this);" tabindex="4" style="width: 100%; height: 175px;" required></textarea></div>
<span id="post_confirm_buttons" class="floatright"><input type="submit" value="Publier" name="post" tabindex="5" accesskey="s" class="button"> <input type="submit" name="preview" value="Prévisualiser" tabindex="6" accesskey="p" class="button"></span>
</div></div><input type="hidden" name="seqnum" value="4"><input type="hidden" name="c4e1f2a9" value="8b3d7e0f1c6a5924"></form>"""


def smf_login():
    return """<form class="login" action="/index.php?action=login2" name="frmLogin" id="frmLogin" method="post" accept-charset="UTF-8">
<div class="login"><div class="cat_bar"><h2 class="catbg"><span class="main_icons login"></span> Identifiez-vous</h2></div><div class="roundframe">
<dl><dt>Identifiant ou adresse e-mail :</dt><dd><input type="text" id="smf_autov_username" name="user" size="20" value="" required></dd>
<dt>Mot de passe :</dt><dd><input type="password" id="smf_autov_pwmain" name="passwrd" value="" size="20" required></dd></dl>
<dl><dt>Rester connecté :</dt><dd><input type="checkbox" name="cookieneverexp"></dd></dl>
<p><input type="submit" value="S'identifier" class="button"></p><p class="smalltext"><a href="/index.php?action=help">Mot de passe oublié ?</a></p></div></div></form>"""


# ---- Decidim components ------------------------------------------------------------------------

def decidim_process_cards(cards):
    items = "".join(
        f'<a href="{h}" class="card__grid"><div class="card__grid-img"><img src="/rails/active_storage/blobs/redirect/{i}/visuel.jpg" alt=""></div>'
        f'<div class="card__grid-text"><span class="label">{escape(step)}</span><h3 class="h4 text-secondary">{escape(t)}</h3>'
        f'<p>{escape(desc)}</p></div></a>' for i, (h, t, step, desc) in enumerate(cards, 1))
    return f'<section class="content-block"><h2 class="h2 decorator">Processus actifs</h2><div class="content-block__container card__grid-container">{items}</div></section>'


def decidim_budget_projects(base, projects, total):
    rows = "".join(
        f'<div class="card__list budget__list-item" id="project-{pid}-item"><div class="card__list-content"><a href="{base}/{pid}" class="card__list-title">{escape(t)}</a>'
        f'<div class="card__list-metadata"><span class="budget-list__data--amount">{amount} €</span></div></div>'
        f'<div class="budget__list--header"><button type="button" class="button button__sm button__transparent-secondary budget-list__action" data-add="true" '
        f'data-budget-amount="{amount}" aria-label="Ajouter le projet à votre vote">Ajouter</button></div></div>'
        for pid, t, amount in projects)
    return (f'<div class="budget-summary" data-total-allocation="{total}"><h2 class="h4">Votre vote : répartissez {total} €</h2>'
            f'<div class="budget-summary__progressbar"><div class="budget-summary__progressbar--meter" style="width:0%"></div></div>'
            f'<p>Sélectionnez au moins 3 projets puis confirmez votre vote.</p></div><div class="budget__list">{rows}</div>'
            f'<div class="budget-summary__footer"><button class="button button__lg button__secondary" disabled>Confirmer le vote</button></div>')


def decidim_comments(kind, ident, entries):
    items = "".join(
        f'<div id="comment_{ident * 10 + i}" class="comment" data-comment-id="{ident * 10 + i}"><div class="comment__header"><div class="author">'
        f'<span class="author__name">{escape(who)}</span></div><span class="comment__date">{d}</span></div>'
        f'<div class="comment__content"><div class="editor-content"><p>{escape(text)}</p></div></div>'
        f'<div class="comment__footer"><button class="button button__sm button__text-secondary comment__reply" aria-controls="panel-comment{ident * 10 + i}-reply">Répondre</button>'
        f'<div class="comment__votes"><button class="button button__sm button__text-secondary" title="Je suis d\'accord">{3 + i}</button></div></div></div>'
        for i, (who, d, text) in enumerate(entries, 1))
    return f"""<section class="layout-main__section" id="comments"><div class="comments" data-decidim-comments='{{"singleComment":false,"toggleTranslations":false,"commentableGid":"gid://vaudrecourt/Decidim::{kind}/{ident}"}}'>
<h2 class="h4">{len(entries)} commentaires</h2><div class="comment-threads">{items}</div>
<div class="add-comment" id="add-comment-anchor"><h3 class="h4">Ajouter un commentaire</h3><form class="new_comment" id="new_comment_for_{kind}_{ident}" action="/comments" accept-charset="UTF-8" data-remote="true" method="post">
<input type="hidden" name="comment[commentable_gid]" value="Z2lkOi8vdmF1ZHJlY291cnQ" /><input type="hidden" name="comment[alignment]" value="0" />
<label for="add-comment-{kind}-{ident}" class="sr-only">Ajoutez votre commentaire</label><textarea required="required" maxlength="1000" id="add-comment-{kind}-{ident}" rows="4" placeholder="Ajoutez votre commentaire" name="comment[body]"></textarea>
<div class="add-comment__footer"><button type="submit" class="button button__sm button__secondary" id="submit-comment-{kind}-{ident}" disabled>Publier un commentaire</button></div></form></div></div></section>"""


def decidim_survey(action, questions):
    blocks = "".join(
        f'<div class="questionnaire-question" id="questionnaire_question_{i}-field"><label class="questionnaire-question__title">{i}. {escape(q)}</label>'
        + "".join(f'<div class="questionnaire-question__answer-option"><label><input type="radio" value="{escape(c)}" name="questionnaire[responses][{i - 1}][choices][][body]" '
                  f'id="questionnaire_responses_{i - 1}_choices_{j}_body"> {escape(c)}</label></div>' for j, c in enumerate(choices))
        + "</div>" for i, (q, choices) in enumerate(questions, 1))
    return f"""<div class="answer-questionnaire__container"><form class="form answer-questionnaire" id="edit_questionnaire" action="{action}" accept-charset="UTF-8" method="post">
<input type="hidden" name="_method" value="post" /><input type="hidden" name="authenticity_token" value="dGVzdC10b2tlbi1ib2NhZ2Vz" />
<div class="answer-questionnaire__step">{blocks}
<div class="questionnaire-question"><label for="questionnaire_responses_free">Avez-vous d'autres remarques ?</label><textarea rows="4" name="questionnaire[responses][{len(questions)}][body]" id="questionnaire_responses_free"></textarea></div></div>
<div class="form__wrapper-checkbox-label"><label for="questionnaire_tos_agreement"><input type="checkbox" name="questionnaire[tos_agreement]" id="questionnaire_tos_agreement" value="1" required /> J'accepte les conditions d'utilisation</label></div>
<div class="answer-questionnaire__submit"><button class="button button__sm button__secondary" type="submit" data-confirm="Une fois envoyées, vos réponses ne pourront pas être modifiées.">Envoyer</button></div></form></div>"""


def decidim_debates(base, debates):
    rows = "".join(
        f'<a href="{base}/{did}" class="card__list" id="debates__debate_{did}"><div class="card__list-content"><h3 class="h4 card__list-title">{escape(t)}</h3>'
        f'<div class="card__list-metadata"><span>{escape(who)}</span><span><span class="sr-only">Commentaires</span>{n} commentaires</span></div></div></a>'
        for did, t, who, n in debates)
    return (f'<div class="layout-main__buttons"><a class="button button__sm button__secondary" href="/users/sign_in">Nouveau débat</a></div>'
            f'<div class="debates-list" id="debates">{rows}</div>')


def decidim_initiative(title, count, goal, action):
    pct = count * 100 // goal
    return f"""<div class="initiative__aside"><div class="progress-bar__container"><div class="progress-bar" role="progressbar" aria-valuenow="{pct}" aria-valuemin="0" aria-valuemax="100">
<div class="progress-bar__bar"><div class="progress-bar__bar--complete" style="width:{pct}%"></div></div><div class="progress-bar__number"><span>{count}</span><span class="progress-bar__total">/ {goal}</span></div><div class="progress-bar__units">signatures</div></div></div>
<form class="button_to" method="post" action="{action}"><button class="button button__lg button__secondary w-full" id="initiative-{abs(hash(title)) % 97}-vote-cabin" type="submit">Signer</button><input type="hidden" name="authenticity_token" value="c2lnbmF0dXJlLXRva2Vu" autocomplete="off" /></form></div>"""


# ---- Cap Collectif, Jenparle, id-city (vendors' participation spaces) ---------------------------

def capco_proposals(items, step_url):
    cards = "".join(
        f'<li class="proposal-preview list-group-item" id="proposal-{pid}"><div class="card__body"><h4 class="card__title"><a href="{h}">{escape(t)}</a></h4>'
        f'<p class="excerpt">{escape(ex)}</p></div><div class="proposal__footer"><span class="proposal__counter">{votes} votes</span> '
        f'<span class="proposal__counter">{comments} commentaires</span><a class="btn btn-success proposal__button__vote" href="/login">Voter pour</a></div></li>'
        for pid, h, t, ex, votes, comments in items)
    return (f'<div class="step__header"><p class="step__status">Étape en cours</p></div><div id="proposal-list" class="proposal-list">'
            f'<p class="small">{len(items)} projets</p><ul class="media-list proposal-preview-list">{cards}</ul></div>'
            f'<p><a href="{step_url}" class="btn btn-default">Voir le règlement de l\'étape</a></p>')


def capco_comments(entries, proposal):
    items = "".join(
        f'<li class="opinion opinion--comment" id="comment-{proposal * 10 + i}"><div class="opinion__body"><div class="opinion__user">'
        f'<span class="author-name">{escape(who)}</span> <span class="excerpt small">{d}</span></div><p class="opinion__text">{escape(text)}</p></div></li>'
        for i, (who, d, text) in enumerate(entries, 1))
    return f"""<div id="CommentSection" class="comments__section"><h3 class="h4">{len(entries)} commentaires</h3>
<form id="comment-form-proposal-{proposal}" class="comment-form" method="post"><div class="form-group"><label class="control-label sr-only" for="proposal-{proposal}-comment-body">Commentaire</label>
<textarea id="proposal-{proposal}-comment-body" name="body" class="form-control" rows="2" placeholder="Écrire un commentaire…"></textarea></div>
<div class="form-group"><input type="text" name="authorName" class="form-control" placeholder="Votre nom"> <input type="email" name="authorEmail" class="form-control" placeholder="Votre adresse e-mail"></div>
<button type="submit" class="btn btn-primary" id="confirm-comment-proposal-{proposal}">Commenter</button></form>
<ul class="media-list opinion__list">{items}</ul></div>"""


def capco_vote_box(count, amount):
    return (f'<div class="proposal__vote-box"><p class="proposal__estimation">Coût estimé : <strong>{amount} €</strong></p>'
            f'<p><strong>{count}</strong> votes</p><a href="/login" class="btn btn-success btn-block proposal__button__vote">Voter pour ce projet</a>'
            f'<p class="small">Vous disposez de 3 votes. Connectez-vous pour voter.</p></div>')


def jenparle_cards(items):
    cards = "".join(
        f'<div class="jp-card jp-card--{kind}"><span class="jp-badge">{escape(label)}</span><h3 class="jp-card__title"><a href="{h}">{escape(t)}</a></h3>'
        f'<p>{escape(ex)}</p><p class="jp-card__meta">{escape(meta)}</p></div>' for h, t, kind, label, ex, meta in items)
    return f'<div class="jp-grid">{cards}</div>'


def jenparle_questionnaire(action, questions):
    blocks = "".join(
        f'<div class="jp-question" data-question="{i}"><p class="jp-question__label">{escape(q)}</p>'
        + "".join(f'<label class="jp-choice"><input type="radio" name="reponse[{i}]" value="{j}"> {escape(c)}</label>' for j, c in enumerate(choices))
        + "</div>" for i, (q, choices) in enumerate(questions, 1))
    return (f'<form class="jp-questionnaire" method="post" action="{action}">{blocks}<div class="jp-question"><label for="jp-libre">Un mot à ajouter ?</label>'
            f'<textarea id="jp-libre" name="reponse_libre" rows="3"></textarea></div><button type="submit" class="jp-btn jp-btn--primary">Je réponds</button></form>')


def jenparle_contributions(entries, ident):
    items = "".join(f'<li class="jp-contrib"><p class="jp-contrib__auteur">{escape(who)} <span>{d}</span></p><p>{escape(text)}</p>'
                    f'<p class="jp-contrib__actions"><button type="button" class="jp-like">J\'approuve ({2 + i})</button></p></li>'
                    for i, (who, d, text) in enumerate(entries, 1))
    return (f'<section class="jp-contributions"><h2>Contributions ({len(entries)})</h2><ul>{items}</ul>'
            f'<form class="jp-contrib-form" method="post" action="/fr/contribution/{ident}"><label for="jp-contrib-{ident}">Votre contribution</label>'
            f'<textarea id="jp-contrib-{ident}" name="contenu" rows="4" required></textarea><button type="submit" class="jp-btn">Publier</button></form></section>')


def idcity_ideas_form(action):
    return f"""<form class="idc-form idc-form--idee" method="post" action="{action}"><p class="idc-form__intro">Votre idée sera publiée après validation par la mairie. Les autres habitants pourront la soutenir.</p>
<div class="idc-field"><label for="idc-titre">Titre de votre idée</label><input type="text" id="idc-titre" name="idee[titre]" maxlength="120" required></div>
<div class="idc-field"><label for="idc-categorie">Catégorie</label><select id="idc-categorie" name="idee[categorie]"><option>Environnement</option><option>Voirie et déplacements</option><option>Animations</option><option>Enfance et jeunesse</option></select></div>
<div class="idc-field"><label for="idc-texte">Description</label><textarea id="idc-texte" name="idee[description]" rows="6" required></textarea></div>
<div class="idc-field"><label for="idc-email">Votre e-mail</label><input type="email" id="idc-email" name="idee[email]" required></div>
<button type="submit" class="idc-btn">Envoyer mon idée</button></form>"""


def idcity_poll(action, question, choices):
    opts = "".join(f'<li><label><input type="radio" name="sondage[choix]" value="{i}"> {escape(c)}</label></li>' for i, c in enumerate(choices))
    return (f'<div class="idc-sondage"><p class="idc-sondage__question">{escape(question)}</p><form method="post" action="{action}"><ul>{opts}</ul>'
            f'<button type="submit" class="idc-btn">Je vote</button></form><p class="idc-sondage__fin">Réponses acceptées jusqu\'au 30 avril.</p></div>')


def idea_cards(items):
    return '<ul class="cartes-idees">' + "".join(
        f'<li class="carte-idee"><h3><a href="{h}">{escape(t)}</a></h3><p>{escape(ex)}</p><p class="carte-idee__soutiens">{n} soutiens</p></li>'
        for h, t, ex, n in items) + "</ul>"


# ---- embeds of survey tools -------------------------------------------------------------------------

def framaforms(slug, title):
    return (f'<div class="embed-formulaire"><iframe src="https://framaforms.org/{slug}" width="100%" height="900" border="0" '
            f'title="{escape(title)}" style="border:0">Votre navigateur ne peut pas afficher ce questionnaire : '
            f'<a href="https://framaforms.org/{slug}">répondre sur Framaforms</a>.</iframe></div>')


def ms_forms(form_id, title):
    return (f'<iframe width="640px" height="800px" src="https://forms.office.com/Pages/ResponsePage.aspx?id={form_id}&amp;embed=true" '
            f'frameborder="0" marginwidth="0" marginheight="0" style="border: none; max-width:100%; max-height:100vh" title="{escape(title)}" '
            'allowfullscreen webkitallowfullscreen mozallowfullscreen msallowfullscreen> </iframe>')


def google_forms(form_id, title):
    return (f'<iframe src="https://docs.google.com/forms/d/e/{form_id}/viewform?embedded=true" width="640" height="1400" frameborder="0" '
            f'marginheight="0" marginwidth="0" title="{escape(title)}">Chargement…</iframe>')


def tally(form_id, title):
    return (f'<iframe data-tally-src="https://tally.so/embed/{form_id}?alignLeft=1&amp;hideTitle=1&amp;transparentBackground=1&amp;dynamicHeight=1" '
            f'loading="lazy" width="100%" height="620" frameborder="0" marginheight="0" marginwidth="0" title="{escape(title)}"></iframe>'
            '<script>var d=document,w="https://tally.so/widgets/embed.js",v=function(){"undefined"!=typeof Tally?Tally.loadEmbeds():'
            'd.querySelectorAll("iframe[data-tally-src]:not([src])").forEach((function(e){e.src=e.dataset.tallySrc}))};'
            'if("undefined"!=typeof Tally)v();else if(d.querySelector(\'script[src="\'+w+\'"]\')==null){var s=d.createElement("script");'
            's.src=w,s.onload=v,s.onerror=v,d.body.appendChild(s);}</script>')


def typeform(form_id):
    return (f'<div data-tf-live="{form_id}" data-tf-opacity="100" data-tf-iframe-props="title=Questionnaire" '
            'data-tf-transitive-search-params data-tf-medium="snippet" style="width:100%;height:560px;"></div>'
            '<script src="//embed.typeform.com/next/embed.js"></script>')


def limesurvey(host, sid, title):
    return (f'<div class="questionnaire-integre"><iframe src="https://{host}/index.php/{sid}?lang=fr&amp;newtest=Y" width="100%" '
            f'height="1100" title="{escape(title)}" style="border:none"></iframe><p><a href="https://{host}/index.php/{sid}?lang=fr">'
            'Ouvrir le questionnaire dans une nouvelle fenêtre</a></p></div>')


# ---- other forms: booking, payment, registration, contest --------------------------------------

def booking_form(action, what):
    return f"""<form class="reservation" method="post" action="{action}"><h2>Réserver : {escape(what)}</h2>
<label for="res-date">Date souhaitée</label><input type="date" id="res-date" name="date" required>
<label for="res-creneau">Créneau</label><select id="res-creneau" name="creneau"><option>Matin</option><option>Après-midi</option><option>Soirée</option></select>
<label for="res-nb">Nombre de personnes</label><input type="number" id="res-nb" name="personnes" min="1" max="120">
<label for="res-email">Courriel de confirmation</label><input type="email" id="res-email" name="email" required>
<button type="submit">Vérifier la disponibilité</button></form>"""


def payfip_form(action):
    return f"""<form class="paiement-payfip" method="post" action="{action}"><h2>Payer ma facture en ligne</h2>
<p>Munissez-vous de votre avis de sommes à payer.</p><label for="pf-ident">Identifiant de la collectivité</label><input type="text" id="pf-ident" name="numcli" value="017423" readonly>
<label for="pf-ref">Référence de la facture</label><input type="text" id="pf-ref" name="exer_refdet" required>
<label for="pf-montant">Montant (€)</label><input type="text" id="pf-montant" name="montant" inputmode="decimal" required>
<label for="pf-mel">Courriel</label><input type="email" id="pf-mel" name="mel" required>
<button type="submit">Payer par carte bancaire</button></form>"""


def contest_form(action, what):
    return f"""<form class="inscription-concours" method="post" action="{action}" enctype="multipart/form-data"><h2>Inscription : {escape(what)}</h2>
<label for="cc-nom">Nom et prénom</label><input type="text" id="cc-nom" name="nom" required>
<label for="cc-adresse">Adresse</label><input type="text" id="cc-adresse" name="adresse" required>
<label for="cc-cat">Catégorie</label><select id="cc-cat" name="categorie"><option>Maison avec jardin</option><option>Balcon ou terrasse</option><option>Commerce</option></select>
<label for="cc-photo">Photo (facultatif)</label><input type="file" id="cc-photo" name="photo" accept="image/*">
<button type="submit">M'inscrire</button></form>"""


def login_form(action, user="identifiant"):
    return (f'<form class="connexion" method="post" action="{action}"><label for="cx-user">Adresse e-mail</label>'
            f'<input type="email" id="cx-user" name="{user}" autocomplete="username" required><label for="cx-pass">Mot de passe</label>'
            '<input type="password" id="cx-pass" name="motdepasse" autocomplete="current-password" required>'
            '<button type="submit">Se connecter</button><p><a href="#mdp">Mot de passe oublié ?</a></p></form>')


def registration_form(action, what):
    return f"""<form class="inscription" method="post" action="{action}"><h2>{escape(what)}</h2>
<label for="in-nom">Nom de l'enfant</label><input type="text" id="in-nom" name="enfant_nom" required>
<label for="in-prenom">Prénom de l'enfant</label><input type="text" id="in-prenom" name="enfant_prenom" required>
<label for="in-naiss">Date de naissance</label><input type="date" id="in-naiss" name="naissance" required>
<label for="in-ecole">École</label><select id="in-ecole" name="ecole"><option>École des Tilleuls</option><option>École du Bourg</option></select>
<label for="in-tel">Téléphone du responsable</label><input type="tel" id="in-tel" name="telephone" required>
<button type="submit">Valider l'inscription</button></form>"""
