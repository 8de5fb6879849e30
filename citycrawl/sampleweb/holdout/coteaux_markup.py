"""Markup helpers of the fifteenth holdout part (``coteaux``): three layouts of its own (a proprietary municipal
CMS, a LimeSurvey server, an id-city participation space), registered with the framework's themes under
``coteaux_*`` names, and the fragments that CMS plugins, comment systems, boards and platforms write.

Written from the software's public templates as remembered and checked against public code; nothing here is
copied from a third-party template or page.
"""
from html import escape

from .. import themes

# ---------------------------------------------------------------------------------------------------------------
# small pieces
# ---------------------------------------------------------------------------------------------------------------


def p(*paragraphs):
    return "".join(f"<p>{text}</p>" for text in paragraphs)


def h2(text):
    return f"<h2>{text}</h2>"


def ul(*items, cls=""):
    attr = f' class="{cls}"' if cls else ""
    return f"<ul{attr}>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>"


def a(href, label, cls=""):
    attr = f' class="{cls}"' if cls else ""
    return f'<a href="{href}"{attr}>{label}</a>'


def news_list(items, heading="Actualités", cls="news-list"):
    """items: (href, date, title, teaser)"""
    rows = "".join(
        f'<article class="{cls}__item"><p class="{cls}__date"><time>{date}</time></p>'
        f'<h3 class="{cls}__title"><a href="{href}">{title}</a></h3><p>{teaser}</p></article>'
        for href, date, title, teaser in items)
    return f'<section class="{cls}"><h2>{heading}</h2>{rows}</section>'


def agenda(items, heading="Agenda"):
    """items: (href, day, month, title, place)"""
    rows = "".join(
        f'<li class="agenda__event"><span class="agenda__date"><span class="day">{day}</span> '
        f'<span class="month">{month}</span></span> <a href="{href}">{title}</a> <span class="agenda__place">{place}</span></li>'
        for href, day, month, title, place in items)
    return f'<section class="agenda"><h2>{heading}</h2><ul class="agenda__list">{rows}</ul></section>'


def quick_links(items, heading="Accès rapides"):
    tiles = "".join(f'<li class="quick__item"><a href="{href}"><span class="quick__icon" aria-hidden="true"></span>{label}</a></li>'
                    for href, label in items)
    return f'<nav class="quick" aria-label="{heading}"><h2>{heading}</h2><ul class="quick__list">{tiles}</ul></nav>'


def infos_pratiques(hours, phone):
    return (f'<aside class="infos-pratiques"><h2>Mairie</h2><p>{hours}</p><p>Tél. <a href="tel:{phone.replace(" ", "")}">'
            f'{phone}</a></p></aside>')


def tarteaucitron():
    return ('<div id="tarteaucitronRoot" data-nosnippet><div id="tarteaucitronAlertBig" role="dialog" aria-label="Gestion des cookies">'
            '<span id="tarteaucitronDisclaimerAlert">Ce site utilise des cookies et vous donne le contrôle sur ceux que vous souhaitez activer.</span>'
            '<button type="button" id="tarteaucitronPersonalize2">Tout accepter</button>'
            '<button type="button" id="tarteaucitronAllDenied2">Tout refuser</button>'
            '<button type="button" id="tarteaucitronCloseAlert">Personnaliser</button></div></div>')


def axeptio():
    return ('<script>window.axeptioSettings={clientId:"64b1c2d3e4f5a6b7c8d9e0f1",cookiesVersion:"ville-fr-2024"};'
            '(function(d,s){var t=d.getElementsByTagName(s)[0],e=d.createElement(s);e.async=true;'
            'e.src="//static.axept.io/sdk.js";t.parentNode.insertBefore(e,t);})(document,"script");</script>')


def complianz():
    return ('<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner cmplz-hidden banner-1 optin" '
            'aria-modal="true" data-nosnippet="true" role="dialog" aria-live="polite" aria-labelledby="cmplz-header-1-optin">'
            '<div class="cmplz-header"><div class="cmplz-title" id="cmplz-header-1-optin">Gérer le consentement</div></div>'
            '<div class="cmplz-body"><div class="cmplz-message">Pour offrir les meilleures expériences, nous utilisons des '
            'technologies telles que les cookies pour stocker et/ou accéder aux informations des appareils.</div></div>'
            '<div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">Accepter</button>'
            '<button class="cmplz-btn cmplz-deny">Refuser</button><button class="cmplz-btn cmplz-view-preferences">'
            'Voir les préférences</button></div></div></div>')


def orejime():
    return ('<div class="orejime-Notice" role="dialog" aria-labelledby="orejime-notice-title"><p id="orejime-notice-title" '
            'class="orejime-Notice-title">Vos préférences en matière de cookies</p><p class="orejime-Notice-description">'
            'Nous utilisons des traceurs de mesure d\'audience et des vidéos externes. Vous pouvez les accepter ou les refuser.</p>'
            '<ul class="orejime-Notice-actions"><li><button class="orejime-Button orejime-Button--save">Accepter</button></li>'
            '<li><button class="orejime-Button orejime-Button--decline">Refuser</button></li>'
            '<li><button class="orejime-Button orejime-Button--info">Choisir</button></li></ul></div>')


def share(url, title):
    from urllib.parse import quote
    u, t = quote(url, safe=""), quote(title, safe="")
    return ('<div class="partage"><span>Partager :</span> '
            f'<a class="partage__fb" href="https://www.facebook.com/sharer/sharer.php?u={u}" target="_blank" rel="noopener">Facebook</a> '
            f'<a class="partage__x" href="https://x.com/share?url={u}&amp;text={t}" target="_blank" rel="noopener">X</a> '
            f'<a class="partage__li" href="https://www.linkedin.com/shareArticle?mini=true&amp;url={u}" target="_blank" rel="noopener">LinkedIn</a> '
            f'<a class="partage__mail" href="mailto:?subject={t}&amp;body={u}">E-mail</a></div>')


def downloads(*files):
    """Documents named with their size; the files themselves are asked for at the town hall (no link to a file
    the sample web does not serve)."""
    return '<ul class="telechargements">' + "".join(
        f'<li class="doc-pdf" data-fichier="{href}">{label} <span class="poids">(PDF, {size}) — consultable en mairie</span></li>'
        for href, label, size in files) + "</ul>"


def sidebar(main, aside):
    return f'<div class="row"><div class="col-content">{main}</div><aside class="col-sidebar widget-area" role="complementary">{aside}</aside></div>'


# ---------------------------------------------------------------------------------------------------------------
# WordPress
# ---------------------------------------------------------------------------------------------------------------


def ninja_contact(form_id, fields, submit="Envoyer", title=""):
    """Ninja Forms renders through Backbone; the server sends its container and the form's fields in a script."""
    import json
    data = [{"id": i + 1, "type": kind, "label": label, "key": key, "required": 1}
            for i, (kind, key, label) in enumerate(fields)] + [{"id": len(fields) + 1, "type": "submit", "label": submit, "key": "submit"}]
    rows = "".join(
        f'<div id="nf-field-{i + 1}-container" class="nf-field-container {kind}-container label-above">'
        f'<div class="nf-field-label"><label for="nf-field-{i + 1}" class="">{label} <span class="ninja-forms-req-symbol">*</span></label></div>'
        + (f'<div class="nf-field-element"><textarea id="nf-field-{i + 1}" name="nf-field-{i + 1}" class="ninja-forms-field nf-element"></textarea></div></div>'
           if kind == "textarea" else
           f'<div class="nf-field-element"><input type="{"email" if kind == "email" else "text"}" id="nf-field-{i + 1}" '
           f'name="nf-field-{i + 1}" class="ninja-forms-field nf-element" value=""></div></div>')
        for i, (kind, key, label) in enumerate(fields))
    head = f'<div class="nf-form-title"><h3>{title}</h3></div>' if title else ""
    return (f'<div id="nf-form-{form_id}-cont" class="nf-form-cont" aria-live="polite" role="form">{head}'
            f'<div class="nf-form-wrap ninja-forms-form-wrap"><form id="nf-form-{form_id}" method="post" action="/wp-admin/admin-ajax.php" novalidate>'
            f'<div class="nf-form-fields-required">Les champs marqués d\'un <span class="ninja-forms-req-symbol">*</span> sont obligatoires</div>'
            f'{rows}<div class="nf-field-container submit-container"><input type="submit" id="nf-field-{len(fields) + 1}" class="ninja-forms-field nf-element" value="{submit}"></div>'
            f'<input type="hidden" name="_form_id" value="{form_id}"></form></div></div>'
            f'<script>var formDisplay=1;var nfForms=nfForms||[];var form=[];form.id="{form_id}";'
            f'form.fields={escape(json.dumps(data, ensure_ascii=False), quote=False)};nfForms.push(form);</script>')


def forminator_poll(poll_id, question, answers, results_link=True):
    opts = "".join(
        f'<label for="answer-{poll_id}-{i}" class="forminator-radio"><input type="radio" name="{poll_id}" value="answer-{i}" '
        f'id="answer-{i}-{poll_id}" class="forminator-radio-input"><span class="forminator-radio-bullet" aria-hidden="true"></span>'
        f'<span class="forminator-radio-label">{label}</span></label>'
        for i, label in enumerate(answers, 1))
    link = ('<a href="#" class="forminator-link forminator-poll-results-link" data-poll-id="%d">Voir les résultats</a>' % poll_id
            if results_link else "")
    return (f'<section class="widget widget_forminator_widget"><h2 class="widget-title">Votre avis</h2>'
            f'<form id="forminator-module-{poll_id}" class="forminator-ui forminator-poll forminator-poll-{poll_id} '
            f'forminator-design--default" method="post" data-forminator-render="0" data-uid="6a1b2c3d" action="">'
            f'<div role="radiogroup" class="forminator-poll-body" aria-labelledby="forminator-poll-{poll_id}--title">'
            f'<h3 class="forminator-question" id="forminator-poll-{poll_id}--title">{question}</h3>'
            f'<div class="forminator-field">{opts}</div></div>'
            f'<div class="forminator-poll-footer"><button class="forminator-button forminator-button-submit">Voter</button>{link}</div>'
            f'<input type="hidden" name="form_id" value="{poll_id}"><input type="hidden" name="action" value="forminator_submit_form_poll">'
            f'<input type="hidden" id="forminator_nonce" name="forminator_nonce" value="9c1f2e3d4b"></form></section>')


def forminator_results(poll_id, question, rows, total):
    bars = "".join(
        f'<tr><th scope="row">{label}</th><td><span class="forminator-poll-bar"><span style="width:{pct}%"></span></span>'
        f'<span class="forminator-poll-value">{pct} % ({votes} votes)</span></td></tr>' for label, pct, votes in rows)
    return (f'<div class="forminator-ui forminator-poll forminator-poll-{poll_id} forminator-poll--closed">'
            f'<div class="forminator-poll-response-message forminator-show"><p>Ce sondage est clôturé. Merci à tous les participants.</p></div>'
            f'<h3 class="forminator-question">{question}</h3><table class="forminator-chart-table"><tbody>{bars}</tbody></table>'
            f'<p class="forminator-poll-total">{total} votes au total</p></div>')


def wp_comment_list(comments):
    items = "".join(
        f'<li id="comment-{cid}" class="comment {"byuser bypostauthor" if author == "Mairie" else "even thread-even"} depth-1">'
        f'<article id="div-comment-{cid}" class="comment-body"><footer class="comment-meta"><div class="comment-author vcard">'
        f'<b class="fn">{author}</b> <span class="says">dit :</span></div><div class="comment-metadata">'
        f'<time datetime="2025-03-{cid % 28 + 1:02d}">{date}</time></div></footer>'
        f'<div class="comment-content"><p>{text}</p></div>'
        f'<div class="reply"><a rel="nofollow" class="comment-reply-link" href="#comment-{cid}" data-commentid="{cid}" '
        f'aria-label="Répondre à {author}">Répondre</a></div></article></li>'
        for cid, author, date, text in comments)
    n = len(comments)
    return (f'<h2 class="comments-title">{n} réflexion{"s" if n > 1 else ""} sur « cet article »</h2>'
            f'<ol class="comment-list">{items}</ol>')


def wp_comment_form(post_id):
    return (f'<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Laisser un commentaire '
            f'<small><a rel="nofollow" id="cancel-comment-reply-link" href="#respond" style="display:none;">Annuler la réponse</a></small></h3>'
            f'<form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate>'
            f'<p class="comment-notes"><span id="email-notes">Votre adresse e-mail ne sera pas publiée.</span> '
            f'<span class="required-field-message">Les champs obligatoires sont indiqués avec <span class="required">*</span></span></p>'
            f'<p class="comment-form-comment"><label for="comment">Commentaire <span class="required">*</span></label>'
            f'<textarea id="comment" name="comment" cols="45" rows="8" maxlength="65525" required></textarea></p>'
            f'<p class="comment-form-author"><label for="author">Nom <span class="required">*</span></label>'
            f'<input id="author" name="author" type="text" value="" size="30" maxlength="245" autocomplete="name" required /></p>'
            f'<p class="comment-form-email"><label for="email">E-mail <span class="required">*</span></label>'
            f'<input id="email" name="email" type="email" value="" size="30" maxlength="100" autocomplete="email" required /></p>'
            f'<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Laisser un commentaire" />'
            f'<input type="hidden" name="comment_post_ID" value="{post_id}" id="comment_post_ID" />'
            f'<input type="hidden" name="comment_parent" id="comment_parent" value="0" /></p></form></div>')


def wp_comments_closed():
    return '<div id="comments" class="comments-area"><p class="no-comments">Les commentaires sont fermés.</p></div>'


def wpdiscuz(post_id, comments):
    threads = "".join(
        f'<div id="wpd-comm-{cid}_0" class="wpd-comment wpd_comment_level-1"><div class="wpd-comment-wrap wpd-blog-guest">'
        f'<div class="wpd-comment-right"><div class="wpd-comment-header"><div class="wpd-comment-author">{author}</div>'
        f'<div class="wpd-comment-date" title="{date}">{date}</div></div>'
        f'<div class="wpd-comment-text"><p>{text}</p></div><div class="wpd-comment-footer"><div class="wpd-vote">'
        f'<div class="wpd-vote-up wpd_not_clicked"></div><div class="wpd-vote-result">{cid % 7}</div></div>'
        f'<div class="wpd-reply-button"><span>Répondre</span></div></div></div></div></div>'
        for cid, author, date, text in comments)
    return (f'<div class="wpdiscuz_top_clearing"></div><div id="comments" class="comments-area"><div id="respond" style="width:0;height:0;clear:both;margin:0;padding:0;"></div>'
            f'<div id="wpdcom" class="wpdiscuz_unauth wpd-default wpd-layout-2 wpd-comments-open">'
            f'<div class="wc_social_plugin_wrapper"></div><div class="wpd-form-wrap"><div class="wpd-form-head"><div class="wpd-sbs-toggle">'
            f'<span class="wpd-sbs-title">S\'abonner</span></div></div>'
            f'<div class="wpd-form wpd-form-wrapper wpd-main-form-wrapper" id="wpd-main-form-wrapper-0_0">'
            f'<form method="post" enctype="multipart/form-data" data-uploading="false" class="wpd_comm_form wpd_main_comm_form">'
            f'<div class="wpd-field-comment"><div class="wpdiscuz-item wc-field-textarea"><div class="wpdiscuz-textarea-wrap">'
            f'<textarea id="wc-textarea-0_0" placeholder="Participez à la discussion" aria-label="Participez à la discussion" '
            f'name="wc_comment" class="wc_comment wpd-field"></textarea></div></div></div>'
            f'<div class="wpd-form-foot"><div class="wpdiscuz-item wc_name-wrapper wpd-has-icon"><input id="wc_name-0_0" value="" '
            f'required="required" aria-required="true" class="wc_name wpd-field" type="text" name="wc_name" placeholder="Nom*"></div>'
            f'<div class="wpdiscuz-item wc_email-wrapper wpd-has-icon"><input id="wc_email-0_0" value="" class="wc_email wpd-field" '
            f'type="email" name="wc_email" placeholder="E-mail"></div><div class="wc-field-submit">'
            f'<input id="wpd-field-submit-0_0" class="wc_comm_submit wpd_not_clicked wpd-prim-button" type="submit" '
            f'name="submit" value="Publier le commentaire"></div></div>'
            f'<input type="hidden" class="wpdiscuz_unique_id" value="0_0" name="wpdiscuz_unique_id"></form></div></div>'
            f'<div id="wpd-threads" class="wpd-thread-wrapper"><div class="wpd-thread-head"><div class="wpd-thread-info" '
            f'data-comments-count="{len(comments)}"><span class="wpdtc">{len(comments)}</span> Commentaires</div></div>'
            f'<div class="wpd-thread-list">{threads}</div></div></div></div>'
            f'<script id="wpdiscuz-combo-js-js-extra">var wpdiscuzAjaxObj = {{"wc_post_id":"{post_id}"}};</script>')


def gravity_contact(form_id=3, action="/contact/"):
    def field(fid, label, control):
        return (f'<div id="field_{form_id}_{fid}" class="gfield gfield--width-full gfield_contains_required field_sublabel_below '
                f'gfield_visibility_visible"><label class="gfield_label gform-field-label" for="input_{form_id}_{fid}">{label}'
                f'<span class="gfield_required"><span class="gfield_required gfield_required_text">(Nécessaire)</span></span></label>'
                f'<div class="ginput_container">{control}</div></div>')
    return (f'<div class="gf_browser_gecko gform_wrapper gravity-theme gform-theme--no-framework" data-form-theme="gravity-theme" '
            f'id="gform_wrapper_{form_id}"><form method="post" enctype="multipart/form-data" id="gform_{form_id}" action="{action}" novalidate>'
            f'<div class="gform-body gform_body"><div id="gform_fields_{form_id}" class="gform_fields top_label form_sublabel_below description_below">'
            + field(1, "Nom", f'<input name="input_1" id="input_{form_id}_1" type="text" value="" class="large" aria-required="true">')
            + field(2, "E-mail", f'<input name="input_2" id="input_{form_id}_2" type="email" value="" class="large" aria-required="true">')
            + field(3, "Service concerné", f'<select name="input_3" id="input_{form_id}_3" class="large gfield_select"><option>Accueil</option>'
                    f'<option>État civil</option><option>Urbanisme</option><option>Services techniques</option><option>Élus</option></select>')
            + field(4, "Votre message", f'<textarea name="input_4" id="input_{form_id}_4" class="textarea large" aria-required="true" rows="10" cols="50"></textarea>')
            + f'</div></div><div class="gform_footer top_label"><input type="submit" id="gform_submit_button_{form_id}" '
            f'class="gform_button button" value="Envoyer"><input type="hidden" class="gform_hidden" name="is_submit_{form_id}" value="1">'
            f'<input type="hidden" class="gform_hidden" name="gform_submit" value="{form_id}"></div></form></div>')


def mailpoet(form_id=2):
    return (f'<div class="mailpoet_form mailpoet_form_widget" id="mailpoet_form_{form_id}"><form target="_self" method="post" '
            f'action="/wp-admin/admin-post.php?action=mailpoet_subscription_form" class="mailpoet_form mailpoet_form_form" novalidate>'
            f'<input type="hidden" name="data[form_id]" value="{form_id}" /><input type="hidden" name="token" value="8f7e6d5c4b" />'
            f'<div class="mailpoet_paragraph"><label for="form_email_{form_id}" class="mailpoet_text_label">Adresse e-mail</label>'
            f'<input type="email" autocomplete="email" class="mailpoet_text" id="form_email_{form_id}" name="data[form_field_email]" '
            f'title="Adresse e-mail" value="" data-parsley-required="true" /></div>'
            f'<div class="mailpoet_paragraph"><input type="submit" class="mailpoet_submit" value="Je m\'abonne" /></div></form></div>')


# ---------------------------------------------------------------------------------------------------------------
# SPIP
# ---------------------------------------------------------------------------------------------------------------


def spip_forum_thread(article, messages):
    """messages: (id, title, author, date, text, replies) - replies as nested lists of the same tuples."""
    def render(items, depth=1):
        out = ""
        for mid, title, author, date, text, replies in items:
            out += (f'<li class="forum-fil"><div class="forum-message" id="forum{mid}"><div class="forum-chapo">'
                    f'<strong class="forum-titre"><a href="#forum{mid}">{title}</a></strong> '
                    f'<small>{date}, par <span class="forum-auteur">{author}</span></small></div>'
                    f'<div class="forum-texte"><p>{text}</p>'
                    f'<p class="repondre"><a href="/spip.php?page=forum&id_article={article}&id_forum={mid}" rel="noindex nofollow">Répondre à ce message</a></p>'
                    f'</div></div>' + (f'<ul class="forum forum-niveau{depth + 1}">{render(replies, depth + 1)}</ul>' if replies else "")
                    + "</li>")
        return out
    return (f'<div class="forum-total">{sum(1 + len(m[5]) for m in messages)} Messages de forum</div>'
            f'<ul class="forum">{render(messages)}</ul>'
            f'<p class="repondre-article"><a href="/spip.php?page=forum&id_article={article}" rel="noindex nofollow">'
            f'Répondre à cet article</a></p>')


def spip_forum_form(article, reply_to=0):
    return (f'<div class="formulaire_spip formulaire_forum ajax" id="formulaire_forum"><form action="/spip.php?page=forum&id_article={article}" '
            f'method="post" enctype="multipart/form-data"><div><input name="formulaire_action" type="hidden" value="forum" />'
            f'<input name="formulaire_action_args" type="hidden" value="eF3kR9pQ2wZ" /><input name="id_article" type="hidden" value="{article}" />'
            f'<input name="id_forum" type="hidden" value="{reply_to}" />'
            f'<fieldset><legend>Qui êtes-vous ?</legend><div class="editer-groupe"><div class="editer saisie_session_nom">'
            f'<label for="session_nom">Votre nom</label><input type="text" class="text" name="session_nom" id="session_nom" value="" size="40" /></div>'
            f'<div class="editer saisie_session_email"><label for="session_email">Votre adresse email</label>'
            f'<input type="email" class="text email" name="session_email" id="session_email" value="" size="40" /></div></div></fieldset>'
            f'<fieldset><legend>Votre message</legend><p class="explication">Ce forum est modéré a priori : votre contribution '
            f'n\'apparaîtra qu\'après avoir été validée par un administrateur du site.</p><div class="editer-groupe">'
            f'<div class="editer saisie_titre obligatoire"><label for="titre">Titre</label><input type="text" class="text" name="titre" id="titre" value="" size="60" /></div>'
            f'<div class="editer saisie_texte obligatoire"><label for="texte">Texte de votre message</label>'
            f'<textarea name="texte" id="texte" rows="10" cols="40" class="inserer_barre_forum"></textarea></div></div></fieldset>'
            f'<p class="boutons"><input type="submit" class="submit" name="previsualiser_message" value="Prévisualiser" /></p>'
            f'</div></form></div>')


def spip_signature(article, count, open_=True):
    shown = (f'<div class="formulaire_spip formulaire_signature ajax" id="sp{article}"><form method="post" '
             f'action="/spip.php?article{article}#sp{article}"><div><input name="formulaire_action" type="hidden" value="signature" />'
             f'<input name="formulaire_action_args" type="hidden" value="a{article}Zq8" />'
             f'<h3 class="legend">Signer cette pétition</h3><fieldset><div class="editer-groupe">'
             f'<div class="editer saisie_session_nom obligatoire"><label for="session_nom">Votre nom ou pseudo</label>'
             f'<input type="text" class="text" name="session_nom" id="session_nom" value="" size="20" /></div>'
             f'<div class="editer saisie_session_email obligatoire"><label for="session_email">Votre adresse email</label>'
             f'<input type="email" class="text email" name="session_email" id="session_email" value="" size="20" /></div>'
             f'<div class="editer saisie_commune"><label for="commune">Quartier ou lieu-dit</label>'
             f'<input type="text" class="text" name="nom_site" id="commune" value="" size="20" /></div>'
             f'<div class="editer saisie_message"><label for="message">Un message ?</label>'
             f'<textarea name="message" id="message" rows="3" cols="20"></textarea></div></div></fieldset>'
             f'<p class="explication">Vous recevrez un courriel de confirmation : votre signature ne sera comptée qu\'une fois validée.</p>'
             f'<p class="boutons"><input type="submit" class="submit" value="Valider" /></p></div></form></div>'
             if open_ else
             '<div class="formulaire_spip formulaire_signature"><p class="reponse_formulaire">Cette pétition est close : '
             'les signatures ne sont plus acceptées.</p></div>')
    return (shown + f'<div class="petition-signatures" id="signatures"><h3>{count} signatures</h3><ul class="liste-items signatures">'
            + "".join(f'<li class="item"><span class="nom">{n}</span> <small class="date">{d}</small></li>' for n, d in (
                ("Gwenaëlle L.", "12 mars"), ("Yann P.", "12 mars"), ("Soizic M.", "11 mars"), ("Erwan K.", "9 mars")))
            + '</ul><p class="pagination"><a href="#signatures">suivants</a></p></div>')


def formidable(form_id, action, intro, questions, free_text=None):
    """SPIP's Formidable plugin: saisies in a .formulaire_formidable."""
    groups = ""
    for n, (question, answers) in enumerate(questions, 1):
        opts = "".join(f'<div class="choix choix_{k}"><input type="radio" name="radio_{n}" class="radio" id="champ_radio_{n}_{k}" '
                       f'value="choix{k}" /><label for="champ_radio_{n}_{k}">{label}</label></div>'
                       for k, label in enumerate(answers))
        groups += (f'<div class="editer editer_radio_{n} saisie_radio obligatoire"><label class="editer-label">{question}</label>'
                   f'{opts}</div>')
    if free_text:
        groups += (f'<div class="editer editer_textarea_1 saisie_textarea"><label class="editer-label" for="champ_textarea_1">'
                   f'{free_text}</label><textarea name="textarea_1" id="champ_textarea_1" rows="4" cols="40"></textarea></div>')
    return (f'<div class="formulaire_spip formulaire_formidable formulaire_formidable_{form_id} ajax" id="formulaire_formidable_{form_id}">'
            f'<form method="post" action="{action}#formulaire_formidable_{form_id}"><div><input name="formulaire_action" type="hidden" value="formidable" />'
            f'<input name="formulaire_action_args" type="hidden" value="f{form_id}Yx" /><p class="explication">{intro}</p>'
            f'<div class="editer-groupe">{groups}</div><p class="boutons"><input type="submit" class="submit" value="Envoyer" /></p>'
            f'</div></form></div>')


def spip_contact_avance(action):
    return (f'<div class="formulaire_spip formulaire_contact ajax" id="formulaire_contact"><form method="post" action="{action}#formulaire_contact">'
            f'<div><input name="formulaire_action" type="hidden" value="contact" /><input name="formulaire_action_args" type="hidden" value="cT2aQ" />'
            f'<fieldset><legend>Écrire à la mairie</legend><ul class="editer-groupe">'
            f'<li class="editer saisie_destinataire"><label for="destinataire">Service</label><select name="destinataire[]" id="destinataire">'
            f'<option value="3">Accueil de la mairie</option><option value="5">Services techniques</option><option value="7">Enfance-jeunesse</option></select></li>'
            f'<li class="editer saisie_mail obligatoire"><label for="mail">Votre adresse e-mail</label><input type="email" name="mail" id="mail" class="text" value="" /></li>'
            f'<li class="editer saisie_sujet obligatoire"><label for="sujet">Sujet</label><input type="text" name="sujet" id="sujet" class="text" value="" /></li>'
            f'<li class="editer saisie_texte obligatoire"><label for="texte">Votre message</label><textarea name="texte" id="texte" rows="8" cols="40"></textarea></li>'
            f'</ul></fieldset><p class="boutons"><input type="submit" class="submit" value="Envoyer le message" /></p></div></form></div>')


def spip_newsletter(action):
    return (f'<div class="formulaire_spip formulaire_newsletter_subscribe ajax"><form method="post" action="{action}">'
            f'<div><input name="formulaire_action" type="hidden" value="newsletter_subscribe" />'
            f'<div class="editer saisie_session_email obligatoire"><label for="session_email">Votre e-mail</label>'
            f'<input type="email" name="session_email" id="session_email" class="text email" value="" /></div>'
            f'<p class="boutons"><input type="submit" class="submit" value="S\'inscrire à la lettre" /></p></div></form></div>')


def framaforms(node_slug, height=900):
    return (f'<div class="embed-framaforms"><iframe src="https://framaforms.org/{node_slug}" width="100%" height="{height}" '
            f'frameborder="0" title="Formulaire Framaforms" loading="lazy"></iframe>'
            f'<p><small>Formulaire hébergé par Framaforms (Framasoft). Le questionnaire ne s\'affiche pas ? '
            f'Vous pouvez aussi y répondre au format papier, à l\'accueil de la mairie.</small></p></div>')


# ---------------------------------------------------------------------------------------------------------------
# Drupal
# ---------------------------------------------------------------------------------------------------------------


def drupal_comment_form(node, parent=None):
    """The bare comment form, as Drupal's reply page shows it under the comment answered."""
    action = f"/comment/reply/node/{node}/comment" + (f"/{parent}" if parent else "")
    return drupal_comments(node, [], action=action, heading=False)


def drupal_comments(node, comments, action=None, heading=True):
    items = "".join(
        f'<article data-comment-user-id="0" id="comment-{cid}" class="comment js-comment by-anonymous">'
        f'<span class="hidden" data-comment-timestamp="17100{cid}"></span><footer class="comment__meta">'
        f'<p class="comment__author"><span>{author}</span></p><p class="comment__time">{date}</p></footer>'
        f'<div class="comment__content"><div class="clearfix text-formatted field field--name-comment-body"><p>{text}</p></div>'
        f'<ul class="links inline"><li class="comment-reply"><a href="/comment/reply/node/{node}/comment/{cid}">Répondre</a></li></ul></div></article>'
        for cid, author, date, text in comments)
    return (f'<section class="field field--name-comment field--type-comment field--label-above comment-wrapper">'
            + (f'<h2 class="title comment-wrapper__title">Commentaires</h2>' if heading else "") + f'{items}'
            f'<h2 class="title comment-form__title">Ajouter un commentaire</h2>'
            f'<form class="comment-comment-form comment-form" data-drupal-selector="comment-form" action="{action or f"/comment/reply/node/{node}/comment"}" '
            f'method="post" id="comment-form" accept-charset="UTF-8">'
            f'<div class="js-form-item form-item js-form-type-textfield form-item-name"><label for="edit-name">Votre nom</label>'
            f'<input data-drupal-selector="edit-name" type="text" id="edit-name" name="name" value="" size="30" maxlength="60" class="form-text" /></div>'
            f'<div class="field--type-text-long field--name-comment-body field--widget-text-textarea js-form-wrapper form-wrapper">'
            f'<div class="js-form-item form-item js-form-type-textarea form-item-comment-body-0-value"><label for="edit-comment-body-0-value" '
            f'class="js-form-required form-required">Commentaire</label><div class="form-textarea-wrapper"><textarea '
            f'data-drupal-selector="edit-comment-body-0-value" id="edit-comment-body-0-value" name="comment_body[0][value]" rows="5" '
            f'cols="60" class="form-textarea required" required="required"></textarea></div></div></div>'
            f'<input autocomplete="off" type="hidden" name="form_build_id" value="form-Tq2Lw8Xz" /><input type="hidden" name="form_id" value="comment_comment_form" />'
            f'<div data-drupal-selector="edit-actions" class="form-actions js-form-wrapper form-wrapper" id="edit-actions">'
            f'<input data-drupal-selector="edit-submit" type="submit" id="edit-submit--2" name="op" value="Enregistrer" class="button button--primary js-form-submit form-submit" />'
            f'<input data-drupal-selector="edit-preview" type="submit" id="edit-preview" name="op" value="Aperçu" class="button js-form-submit form-submit" /></div>'
            f'</form></section>')


def drupal_poll(pid, question, choices):
    opts = "".join(
        f'<div class="js-form-item form-item js-form-type-radio form-item-choice js-form-item-choice">'
        f'<input data-drupal-selector="edit-choice-{k}" type="radio" id="edit-choice-{k}" name="choice" value="{k}" class="form-radio" />'
        f'<label for="edit-choice-{k}" class="option">{label}</label></div>' for k, label in enumerate(choices, 1))
    return (f'<div class="poll" id="poll-{pid}"><form class="poll-view-form poll-view-form-{pid}" data-drupal-selector="poll-view-form-{pid}" '
            f'action="/poll/{pid}" method="post" id="poll-view-form-{pid}" accept-charset="UTF-8"><div class="poll-question">'
            f'<h3>{question}</h3></div><fieldset data-drupal-selector="edit-choice" id="edit-choice--wrapper" class="fieldgroup form-composite '
            f'js-form-item form-item js-form-wrapper form-wrapper"><legend><span class="visually-hidden fieldset-legend">Choix</span></legend>'
            f'<div class="fieldset-wrapper"><div id="edit-choice" class="form-radios">{opts}</div></div></fieldset>'
            f'<div class="form-actions js-form-wrapper form-wrapper"><input data-drupal-selector="edit-vote" type="submit" id="edit-vote" '
            f'name="op" value="Voter" class="button js-form-submit form-submit" /></div>'
            f'<input type="hidden" name="form_id" value="poll_view_form_{pid}" /></form></div>')


def drupal_poll_results(pid, question, rows, total, closed_on):
    bars = "".join(f'<dt class="choice-title">{label}</dt><dd class="choice-result"><div class="bar"><div style="width: {pct}%;" '
                   f'class="foreground"></div></div><div class="percent">{pct}% ({votes} votes)</div></dd>' for label, pct, votes in rows)
    return (f'<div class="poll" id="poll-{pid}"><h3 class="poll-question">{question}</h3><dl>{bars}</dl>'
            f'<div class="total">Total des votes : {total}</div><p class="poll-closed">Sondage clos le {closed_on}.</p></div>')


def webform(form, action, items, submit="Envoyer"):
    """items: (kind, name, label); kind in text/email/tel/textarea/select:<a|b|c>/date/checkbox"""
    sel = f"webform-submission-{form}-add-form"
    out = ""
    for kind, name, label in items:
        if kind == "textarea":
            control = (f'<div class="form-textarea-wrapper"><textarea data-drupal-selector="edit-{name}" id="edit-{name}" name="{name}" '
                       f'rows="5" cols="60" class="form-textarea required" required="required"></textarea></div>')
        elif kind.startswith("select:"):
            control = (f'<select data-drupal-selector="edit-{name}" id="edit-{name}" name="{name}" class="form-select">'
                       + "".join(f"<option>{o}</option>" for o in kind[7:].split("|")) + "</select>")
        elif kind == "checkbox":
            control = f'<input data-drupal-selector="edit-{name}" type="checkbox" id="edit-{name}" name="{name}" value="1" class="form-checkbox" />'
        else:
            control = (f'<input data-drupal-selector="edit-{name}" type="{kind}" id="edit-{name}" name="{name}" value="" size="60" '
                       f'class="form-{kind} required" required="required" />')
        out += (f'<div class="js-form-item form-item js-form-type-{kind.split(":")[0]} form-item-{name} js-form-item-{name}">'
                f'<label for="edit-{name}" class="js-form-required form-required">{label}</label>{control}</div>')
    return (f'<form class="webform-submission-form webform-submission-add-form {sel} js-webform-details-toggle webform-details-toggle" '
            f'data-drupal-selector="{sel}" action="{action}" method="post" id="{sel}" accept-charset="UTF-8">{out}'
            f'<div data-drupal-selector="edit-actions" class="form-actions webform-actions js-form-wrapper form-wrapper">'
            f'<input class="webform-button--submit button button--primary js-form-submit form-submit" type="submit" name="op" value="{submit}" /></div>'
            f'<input type="hidden" name="form_id" value="{sel.replace("-", "_")}" /></form>')


def simplenews():
    return ('<form class="simplenews-subscriber-form" data-drupal-selector="simplenews-subscriptions-block-lettre" '
            'action="/newsletter" method="post" id="simplenews-subscriptions-block-lettre" accept-charset="UTF-8">'
            '<div class="js-form-item form-item js-form-type-email form-item-mail-0-value"><label for="edit-mail-0-value" class="js-form-required form-required">Adresse e-mail</label>'
            '<input type="email" id="edit-mail-0-value" name="mail[0][value]" value="" size="60" class="form-email required" required="required" /></div>'
            '<div class="form-actions"><input type="submit" name="op" value="S\'abonner" class="button js-form-submit form-submit" /></div>'
            '<input type="hidden" name="form_id" value="simplenews_subscriptions_block_lettre" /></form>')


def google_forms(form_key, height=1400):
    return (f'<div class="embed embed--google-forms"><iframe src="https://docs.google.com/forms/d/e/{form_key}/viewform?embedded=true" '
            f'width="640" height="{height}" frameborder="0" marginheight="0" marginwidth="0" title="Questionnaire">Chargement…</iframe></div>')


# ---------------------------------------------------------------------------------------------------------------
# Joomla: com_contact, JComments, Kunena, AcyMailing; Microsoft Forms
# ---------------------------------------------------------------------------------------------------------------


def joomla_contact(action):
    def group(fid, label, control):
        return (f'<div class="control-group"><div class="control-label"><label id="jform_{fid}-lbl" for="jform_{fid}" class="required">'
                f'{label}<span class="star" aria-hidden="true">&#160;*</span></label></div><div class="controls">{control}</div></div>')
    return (f'<div class="com-contact contact"><div class="com-contact__form contact-form"><form id="contact-form" action="{action}" '
            f'method="post" class="form-validate form-horizontal well"><fieldset><legend>Formulaire de contact</legend>'
            + group("contact_name", "Nom", '<input type="text" name="jform[contact_name]" id="jform_contact_name" value="" class="form-control required" required>')
            + group("contact_email", "E-mail", '<input type="email" name="jform[contact_email]" id="jform_contact_email" value="" class="form-control validate-email required" required>')
            + group("contact_emailmsg", "Objet", '<input type="text" name="jform[contact_subject]" id="jform_contact_emailmsg" value="" class="form-control required" required>')
            + group("contact_message", "Message", '<textarea name="jform[contact_message]" id="jform_contact_message" cols="50" rows="10" class="form-control required" required></textarea>')
            + '</fieldset><div class="control-group"><div class="controls"><button class="btn btn-primary validate" type="submit">Envoyer</button>'
            '<input type="hidden" name="option" value="com_contact"><input type="hidden" name="task" value="contact.submit">'
            '<input type="hidden" name="id" value="2:accueil-mairie"><input type="hidden" name="a7c3e9f1b2d4" value="1"></div></div></form></div></div>')


def jcomments(object_id, comments):
    items = "".join(
        f'<div class="comment-box usertype-guest" id="comment-item-{cid}"><span class="comment-author">{author}</span> '
        f'<span class="comment-date">{date}</span><div class="comment-body" id="comm-{cid}">{text}</div>'
        f'<span class="comments-buttons"><a href="#" onclick="jcomments.showReply({cid}); return false;">Répondre</a></span></div>'
        for cid, author, date, text in comments)
    return (f'<div id="jc"><div id="comments"><h4>Commentaires <span class="rss" data-object="{object_id}" title="Flux RSS des commentaires"></span></h4>'
            f'<div id="comments-list" class="comments-list">{items}</div></div>'
            f'<a id="addcomments" href="#addcomments"></a><form id="comments-form" name="comments-form" action="javascript:void(null);">'
            f'<h4>Ajouter un commentaire</h4><p><input id="comments-form-name" type="text" name="name" value="" maxlength="20" size="22" tabindex="1" />'
            f'<label for="comments-form-name">Nom (obligatoire)</label></p><p><input id="comments-form-email" type="text" name="email" value="" '
            f'size="22" tabindex="2" /><label for="comments-form-email">E-mail (obligatoire, non publié)</label></p>'
            f'<p><textarea id="comments-form-comment" name="comment" cols="65" rows="8" tabindex="5"></textarea></p>'
            f'<div id="comments-form-buttons"><div class="btn" id="comments-form-send"><div><a href="#" tabindex="7" '
            f'onclick="jcomments.saveComment(); return false;" title="Envoyer (Ctrl+Enter)">Envoyer</a></div></div></div>'
            f'<div><input type="hidden" name="object_id" value="{object_id}" /><input type="hidden" name="object_group" value="com_content" /></div>'
            f'</form></div>')


def kunena_index(categories):
    """categories: (href, title, description, topics, posts, last)"""
    rows = "".join(
        f'<tr class="category"><td class="center hidden-phone"><span class="icon-folder" aria-hidden="true"></span></td>'
        f'<td><div><h3><a href="{href}" title="{title}">{title}</a></h3></div><div class="category-description">{desc}</div></td>'
        f'<td class="center hidden-phone"><div class="kcounter">{topics} Sujets</div><div class="kcounter">{posts} Messages</div></td>'
        f'<td class="hidden-phone"><div class="klatest-post">{last}</div></td></tr>'
        for href, title, desc, topics, posts, last in categories)
    return (f'<div id="kunena" class="layout"><div class="kfrontend"><h2 class="btn-toolbar pull-right"></h2>'
            f'<h1>Forum des habitants</h1><div class="row-fluid"><div class="kblock kcategories-1">'
            f'<table class="table table-bordered"><thead><tr><th colspan="4">Rubriques</th></tr></thead><tbody>{rows}</tbody></table>'
            f'</div></div><div class="kfooter">Propulsé par <a href="https://www.kunena.org" rel="follow" target="_blank">Kunena</a> Forum</div></div></div>')


def kunena_topics(category, topics, new_topic_href):
    """topics: (href, title, author, replies, views, last)"""
    rows = "".join(
        f'<tr class="category"><td class="hidden-phone center"><span class="icon-topic" aria-hidden="true"></span></td>'
        f'<td><div><a class="hasTooltip topictitle" href="{href}" title="{title}">{title}</a></div>'
        f'<div class="pull-left"><div class="ktopic-by">Commencé par {author}</div></div></td>'
        f'<td class="center hidden-phone"><div class="replies">Réponses : {replies}</div><div class="views">Affichages : {views}</div></td>'
        f'<td class="hidden-phone"><div class="klatest-post">{last}</div></td></tr>'
        for href, title, author, replies, views, last in topics)
    return (f'<div id="kunena" class="layout"><div class="kfrontend"><div class="row"><div class="col-md-12">'
            f'<a class="btn btn-success" href="{new_topic_href}" rel="nofollow">Nouveau sujet</a></div></div>'
            f'<h2 class="kcategory-title">{category}</h2><form action="/index.php/forum" method="post" name="ktopicsform">'
            f'<table class="table table-bordered kblocktable" id="kflattable"><tbody>{rows}</tbody></table></form>'
            f'<div class="kfooter">Propulsé par <a href="https://www.kunena.org" target="_blank">Kunena</a> Forum</div></div></div>')


def kunena_topic(title, posts, reply_action):
    msgs = "".join(
        f'<div class="row message"><div class="col-md-2 shadow rounded d-none d-md-block"><ul class="unstyled center profilebox">'
        f'<li><strong>{author}</strong></li><li>Messages : {n * 7 + 3}</li></ul></div><div class="col-md-10 message-published">'
        f'<div class="mykmsg-header"><small class="text-muted float-end"><span class="icon-clock"></span> {date}</small>'
        f'<div class="badger-left badger-info khistory" data-badger="{author} a créé le sujet : {title}">'
        f'<div class="kmessage"><div class="kmsg">{text}</div></div></div></div></div></div>'
        for n, (author, date, text) in enumerate(posts))
    return (f'<div id="kunena" class="layout"><div class="kfrontend"><h1>Sujet : {title}</h1><div class="ktopic-messages">{msgs}</div>'
            f'<form action="{reply_action}" method="post" id="postform" name="postform" class="form-horizontal qreplyform">'
            f'<h3>Réponse rapide</h3><div class="form-group"><label for="kanonymous">Votre nom</label><input type="text" name="authorname" '
            f'class="form-control" maxlength="35" value="" /></div><textarea class="qreply form-control qrlocalstorage" id="editor" name="message" '
            f'rows="6" cols="60" placeholder="Votre réponse…"></textarea><input type="hidden" name="task" value="post" />'
            f'<input type="submit" class="btn btn-primary" name="submit" value="Envoyer" /></form>'
            f'<div class="kfooter">Propulsé par <a href="https://www.kunena.org" target="_blank">Kunena</a> Forum</div></div></div>')


def acymailing():
    return ('<div class="acym_module " id="acym_module_formAcym21"><div class="acym_fulldiv" id="acym_fulldiv_formAcym21">'
            '<form enctype="multipart/form-data" id="formAcym21" name="formAcym21" method="POST" action="/index.php?option=com_acym&amp;ctrl=frontusers&amp;tmpl=component">'
            '<div class="acym_module_form"><div class="acym_form"><div class="onefield fieldacy2 acyfield_text" id="field_2">'
            '<label class="cell margin-top-1"><span class="acym__users__creation__fields__title">E-mail</span>'
            '<input class="cell acym__user__edit__email" type="email" name="user[email]" value="" required /></label></div></div>'
            '<p class="acysubbuttons"><noscript>Activez JavaScript.</noscript><input type="button" class="btn btn-primary button subbutton" '
            'value="Je m\'inscris" name="Submit" /></p></div><input type="hidden" name="ctrl" value="frontusers" />'
            '<input type="hidden" name="task" value="notask" /><input type="hidden" name="hiddenlists" value="1" /></form></div></div>')


def ms_forms(form_id, height=900):
    return (f'<div class="embed-ms-forms"><iframe width="640px" height="{height}px" src="https://forms.office.com/Pages/ResponsePage.aspx?id={form_id}&amp;embed=true" '
            f'frameborder="0" marginwidth="0" marginheight="0" style="border: none; max-width:100%; max-height:100vh" allowfullscreen '
            f'webkitallowfullscreen mozallowfullscreen msallowfullscreen title="Questionnaire Microsoft Forms"></iframe></div>')


# ---------------------------------------------------------------------------------------------------------------
# TYPO3: powermail, form framework; Tally; Remark42
# ---------------------------------------------------------------------------------------------------------------


def powermail(uid, action, fields, submit="Envoyer"):
    """fields: (kind, marker, label); kind text/email/textarea/radio:<a|b>"""
    rows = ""
    for kind, marker, label in fields:
        if kind == "textarea":
            control = (f'<textarea required="required" rows="5" cols="20" class="powermail_textarea form-control" '
                       f'name="tx_powermail_pi1[field][{marker}]" id="powermail_field_{marker}"></textarea>')
        elif kind.startswith("radio:"):
            control = "".join(f'<div class="radio"><label><input type="radio" name="tx_powermail_pi1[field][{marker}]" value="{o}" '
                              f'class="powermail_radio" /> {o}</label></div>' for o in kind[6:].split("|"))
        else:
            control = (f'<input required="required" class="powermail_input form-control" id="powermail_field_{marker}" type="{kind}" '
                       f'name="tx_powermail_pi1[field][{marker}]" value="" />')
        rows += (f'<div class="powermail_fieldwrap powermail_fieldwrap_type_{kind.split(":")[0]} powermail_fieldwrap_{marker} form-group">'
                 f'<label for="powermail_field_{marker}" class="control-label col-sm-2">{label}<span class="mandatory">*</span></label>'
                 f'<div class="col-sm-10">{control}</div></div>')
    return (f'<div class="tx-powermail"><div class="container-fluid"><form data-powermail-validate="data-powermail-validate" '
            f'data-validate="html5" enctype="multipart/form-data" name="field" class="powermail_form powermail_form_{uid} nolabel" '
            f'action="{action}?tx_powermail_pi1%5Baction%5D=create&amp;tx_powermail_pi1%5Bcontroller%5D=Form" method="post">'
            f'<h3>Formulaire</h3><fieldset class="powermail_fieldset powermail_fieldset_{uid}">{rows}'
            f'<div class="powermail_fieldwrap powermail_fieldwrap_type_submit form-group"><div class="col-sm-10 col-sm-offset-2">'
            f'<input class="btn btn-primary" type="submit" value="{submit}" /></div></div></fieldset>'
            f'<input class="powermail_form_uid" type="hidden" name="tx_powermail_pi1[mail][form]" value="{uid}" /></form></div></div>')


def typo3_form_questionnaire(ident, action, questions, free_text):
    rows = ""
    for n, (question, answers) in enumerate(questions, 1):
        opts = "".join(f'<div class="form-check"><label class="add-on form-check-label" for="{ident}-radiobutton-{n}-{k}">'
                       f'<input id="{ident}-radiobutton-{n}-{k}" class="form-check-input" type="radio" name="tx_form_formframework[{ident}][radiobutton-{n}]" '
                       f'value="{label}" /><span>{label}</span></label></div>' for k, label in enumerate(answers))
        rows += (f'<div class="form-group"><fieldset id="{ident}-radiobutton-{n}" class="clearfix"><legend class="form-label">{question}</legend>'
                 f'<div class="input">{opts}</div></fieldset></div>')
    rows += (f'<div class="form-group"><label class="form-label" for="{ident}-textarea-1">{free_text}</label><div class="input">'
             f'<textarea id="{ident}-textarea-1" class="xxlarge form-control" name="tx_form_formframework[{ident}][textarea-1]"></textarea></div></div>')
    return (f'<form enctype="multipart/form-data" method="post" class="form" id="{ident}" action="{action}?tx_form_formframework%5Baction%5D=perform'
            f'&amp;tx_form_formframework%5Bcontroller%5D=FormFrontend#{ident}"><div><input type="hidden" '
            f'name="tx_form_formframework[{ident}][__state]" value="TzozOToiVFlQTzNcQ01TXEZvcm0=" /></div>'
            f'<h2>Questionnaire</h2>{rows}<nav class="form-navigation"><div class="btn-toolbar" role="toolbar"><div class="btn-group" role="group">'
            f'<span class="btn-group next submit"><button class="btn btn-primary" type="submit" name="tx_form_formframework[{ident}][__currentPage]" '
            f'value="1">Envoyer mes réponses</button></span></div></div></nav></form>')


def tally(form_id, height=620):
    return (f'<iframe data-tally-src="https://tally.so/embed/{form_id}?alignLeft=1&amp;hideTitle=1&amp;transparentBackground=1&amp;dynamicHeight=1" '
            f'loading="lazy" width="100%" height="{height}" frameborder="0" marginheight="0" marginwidth="0" title="Questionnaire"></iframe>'
            '<script>var d=document,w="https://tally.so/widgets/embed.js",v=function(){"undefined"!=typeof Tally?Tally.loadEmbeds():'
            'd.querySelectorAll("iframe[data-tally-src]:not([src])").forEach((function(e){e.src=e.dataset.tallySrc}))};'
            'if("undefined"!=typeof Tally)v();else if(d.querySelector(\'script[src="\'+w+\'"]\')==null){var s=d.createElement("script");'
            's.src=w,s.onload=v,s.onerror=v,d.body.appendChild(s);}</script>')


def remark42(host, site_id, url):
    return (f'<div id="remark42"></div><script>var remark_config = {{host: "{host}", site_id: "{site_id}", url: "{url}", '
            f'components: ["embed", "counter"], locale: "fr", theme: "light", no_footer: false}};</script>'
            f'<script>!function(e,n){{for(var o=0;o<e.length;o++){{var r=n.createElement("script"),c=".js",d=n.head||n.body;'
            f'"noModule"in r?(r.type="module",c=".mjs"):r.async=!0,r.defer=!0,r.src=remark_config.host+"/web/"+e[o]+c,d.appendChild(r)}}}}'
            f'(remark_config.components||["embed"],document);</script>'
            f'<noscript>Activez JavaScript pour voir les commentaires propulsés par Remark42.</noscript>')


# ---------------------------------------------------------------------------------------------------------------
# vendor CMSs: RGAA-style forms, Disqus, Facebook comments, Typeform
# ---------------------------------------------------------------------------------------------------------------


def rgaa_form(action, legend, fields, submit="Envoyer", cls="form-contact"):
    """An accessible form as municipal vendor CMSs write it; fields: (kind, name, label, hint)"""
    rows = ""
    for kind, name, label, hint in fields:
        help_ = f'<span class="form__hint" id="{name}-hint">{hint}</span>' if hint else ""
        described = f' aria-describedby="{name}-hint"' if hint else ""
        if kind == "textarea":
            control = f'<textarea id="{name}" name="{name}" rows="7" required aria-required="true"{described}></textarea>'
        elif kind.startswith("select:"):
            control = (f'<select id="{name}" name="{name}"{described}>' + "".join(f"<option>{o}</option>" for o in kind[7:].split("|"))
                       + "</select>")
        elif kind.startswith("radio:"):
            control = ('<div class="form__radios">' + "".join(
                f'<span class="form__radio"><input type="radio" id="{name}-{k}" name="{name}" value="{o}"><label for="{name}-{k}">{o}</label></span>'
                for k, o in enumerate(kind[6:].split("|"))) + "</div>")
        elif kind == "checkbox":
            control = f'<input type="checkbox" id="{name}" name="{name}" value="1">'
        else:
            control = f'<input type="{kind}" id="{name}" name="{name}" required aria-required="true" autocomplete="on"{described}>'
        rows += f'<div class="form__group form__group--{kind.split(":")[0]}"><label class="form__label" for="{name}">{label}</label>{help_}{control}</div>'
    return (f'<form class="form {cls}" action="{action}" method="post" novalidate><fieldset class="form__fieldset"><legend class="form__legend">{legend}</legend>'
            f'<p class="form__mandatory">Tous les champs sont obligatoires sauf mention contraire.</p>{rows}</fieldset>'
            f'<input type="hidden" name="csrf_token" value="b7d1e4a9c2f3"><div class="form__actions"><button type="submit" class="btn btn--primary">{submit}</button></div></form>')


def disqus(shortname, url, ident):
    return (f'<div id="disqus_thread"></div><script>var disqus_config = function () {{ this.page.url = "{url}"; '
            f'this.page.identifier = "{ident}"; this.language = "fr"; }};(function() {{ var d = document, s = d.createElement("script"); '
            f's.src = "https://{shortname}.disqus.com/embed.js"; s.setAttribute("data-timestamp", +new Date()); (d.head || d.body).appendChild(s); }})();'
            f'</script><noscript>Activez JavaScript pour voir les <a href="https://disqus.com/?ref_noscript" rel="nofollow">commentaires propulsés par Disqus.</a></noscript>')


def facebook_comments(url, app_id="412365879012345"):
    return (f'<div id="fb-root"></div><script async defer crossorigin="anonymous" '
            f'src="https://connect.facebook.net/fr_FR/sdk.js#xfbml=1&amp;version=v19.0&amp;appId={app_id}" nonce="Qx7aK2pL"></script>'
            f'<h2>Réagir</h2><div class="fb-comments" data-href="{url}" data-width="100%" data-numposts="10" data-order-by="reverse_time"></div>')


def typeform(form_id, title):
    return (f'<div data-tf-live="{form_id}" data-tf-opacity="100" data-tf-iframe-props="title={escape(title)}" '
            f'data-tf-transitive-search-params data-tf-medium="snippet" style="width:100%;height:560px;"></div>'
            f'<script src="//embed.typeform.com/next/embed.js"></script>')


# ---------------------------------------------------------------------------------------------------------------
# Publik (w.c.s. forms)
# ---------------------------------------------------------------------------------------------------------------


def wcs_form(action, fields, submit="Valider", steps=()):
    """fields: (kind, fid, label); kind string/email/text/item:<a|b>/bool/file"""
    rows = ""
    for kind, fid, label in fields:
        if kind == "text":
            control = f'<textarea id="form_f{fid}" name="f{fid}" cols="72" rows="8" aria-required="true"></textarea>'
            cls = "TextWidget"
        elif kind.startswith("item:"):
            control = f'<select id="form_f{fid}" name="f{fid}">' + "".join(f"<option>{o}</option>" for o in kind[5:].split("|")) + "</select>"
            cls = "SingleSelectHintWidget"
        elif kind == "bool":
            control = f'<input type="checkbox" id="form_f{fid}" name="f{fid}" value="yes">'
            cls = "CheckboxWidget"
        elif kind == "file":
            control = f'<input type="file" id="form_f{fid}" name="f{fid}$file">'
            cls = "FileWithPreviewWidget"
        else:
            control = f'<input type="{"email" if kind == "email" else "text"}" id="form_f{fid}" name="f{fid}" value="" aria-required="true">'
            cls = "EmailWidget" if kind == "email" else "StringWidget"
        rows += (f'<div class="widget {cls} template-{kind.split(":")[0]}" data-field-id="{fid}"><div class="title"><label for="form_f{fid}">'
                 f'{label}<span title="Ce champ est obligatoire." class="required">*</span></label></div><div class="content">{control}</div></div>')
    bar = ""
    if steps:
        bar = '<div id="steps" class="steps-total"><ol>' + "".join(
            f'<li class="{"current" if k == 0 else ""}"><span class="marker">{k + 1}</span> <span class="label">{s}</span></li>'
            for k, s in enumerate(steps)) + "</ol></div>"
    return (f'{bar}<form action="{action}" method="post" enctype="multipart/form-data" class="quixote"><input type="hidden" name="_form_id" value="form" />'
            f'<div class="form-pages">{rows}</div><div class="buttons submit"><button name="submit" value="{submit}">{submit}</button></div>'
            f'<input type="hidden" name="_ajax_form_token" value="4c9a1e7b" /></form>')


# ---------------------------------------------------------------------------------------------------------------
# Decidim, Cap Collectif, CONSUL Democracy
# ---------------------------------------------------------------------------------------------------------------


def decidim_phases(phases, active):
    return ('<div class="process__steps"><ol class="process__steps-list">' + "".join(
        f'<li class="process__steps-item{" is-active" if k == active else ""}"><span class="process__steps-date">{dates}</span> '
        f'<span class="process__steps-title">{name}</span></li>' for k, (name, dates) in enumerate(phases)) + "</ol></div>")


def decidim_cards(cards):
    """cards: (href, title, meta, extra)"""
    return '<div class="card__list-list">' + "".join(
        f'<a href="{href}" class="card__list"><div class="card__list-content"><div class="card__list-title">{title}</div>'
        f'<div class="card__list-metadata">{meta}</div></div><div class="card__list-extra">{extra}</div></a>'
        for href, title, meta, extra in cards) + "</div>"


def decidim_comments(resource_gid, comments, threads_label="commentaires"):
    items = "".join(
        f'<div id="comment_{cid}" class="comment__container" data-comment-id="{cid}"><div class="comment"><div class="comment__header">'
        f'<span class="author__name">{author}</span> <span class="author__date">{date}</span></div>'
        f'<div class="comment__content"><div class="editor-content"><p>{text}</p></div></div><div class="comment__footer">'
        f'<button class="comment__reply" type="button" data-controls="panel-comment{cid}-reply">Répondre</button>'
        f'<div class="comment__votes"><button class="button__sm button__transparent-secondary">{cid % 9} pour</button></div></div></div></div>'
        for cid, author, date, text in comments)
    return (f'<section class="comments" id="comments-for-{resource_gid}" data-decidim-comments="{{&quot;commentableGid&quot;:&quot;{resource_gid}&quot;}}">'
            f'<div class="comments__header"><h2 class="h4">{len(comments)} {threads_label}</h2><div class="comment-order-by"></div></div>'
            f'<div id="comments-list" class="comment-threads">{items}</div>'
            f'<div class="add-comment" id="add-comment-anchor"><h3 class="h4">Ajouter un commentaire</h3>'
            f'<form class="form new_comment" id="new_comment_for_{resource_gid}" action="/comments" accept-charset="UTF-8" data-remote="true" method="post">'
            f'<input type="hidden" name="comment[commentable_gid]" value="{resource_gid}" autocomplete="off" />'
            f'<label for="add-comment-{resource_gid}">Commentaire</label><textarea minlength="15" maxlength="1000" rows="4" '
            f'placeholder="Ajoutez votre commentaire" name="comment[body]" id="add-comment-{resource_gid}"></textarea>'
            f'<button type="submit" class="button button__sm button__secondary" disabled="disabled">Publier le commentaire</button>'
            f'<p class="comments__login">Connectez-vous avec votre compte ou <a href="/users/sign_in">inscrivez-vous</a> pour ajouter votre commentaire.</p>'
            f'</form></div></section>')


def decidim_survey(action, questions):
    qs = ""
    for n, (question, answers) in enumerate(questions):
        if answers:
            opts = "".join(f'<label class="answer-questionnaire__choice"><input type="radio" value="{k}" '
                           f'name="questionnaire[responses][{n}][choices][][answer_option_id]" id="questionnaire_responses_{n}_choices_{k}"> '
                           f'{label}</label>' for k, label in enumerate(answers))
        else:
            opts = f'<textarea rows="5" name="questionnaire[responses][{n}][body]" id="questionnaire_responses_{n}"></textarea>'
        qs += (f'<div class="answer-questionnaire__question" data-max-choices=""><label class="answer-questionnaire__question-label">'
               f'{n + 1}. {question}</label>{opts}</div>')
    return (f'<form class="form answer-questionnaire" id="new_questionnaire" action="{action}" accept-charset="UTF-8" method="post">'
            f'<input type="hidden" name="authenticity_token" value="p0Rq9sT" autocomplete="off" /><div class="answer-questionnaire__step">{qs}</div>'
            f'<div class="answer-questionnaire__tos"><label><input type="checkbox" name="questionnaire[tos_agreement]" value="1"> '
            f'J\'accepte les conditions d\'utilisation du questionnaire</label></div>'
            f'<div class="answer-questionnaire__submit"><button type="submit" class="button button__sm button__secondary" '
            f'data-confirm="Une fois envoyées, vos réponses ne pourront plus être modifiées.">Envoyer</button></div></form>')


def capco_steps(steps, current):
    return ('<div class="step-tabs"><ul class="step-tabs__list">' + "".join(
        f'<li class="step-tabs__tab{" active" if k == current else ""}"><a href="{href}"><p class="step-tabs__tab-title">{name}</p>'
        f'<p class="excerpt small">{dates}</p></a></li>' for k, (href, name, dates) in enumerate(steps)) + "</ul></div>")


def capco_proposals(items, count_label):
    """items: (href, title, author, district, counter)"""
    cards = "".join(
        f'<li class="list-group-item proposal-preview"><div class="card__body"><div class="card__user">{author}</div>'
        f'<h3 class="card__title"><a href="{href}">{title}</a></h3><p class="excerpt">{district}</p>'
        f'<div class="proposal__counters"><span class="proposal__counter">{counter}</span></div></div></li>'
        for href, title, author, district, counter in items)
    return f'<div class="proposal__list"><p class="proposal__count">{count_label}</p><ul class="media-list proposal-preview-list">{cards}</ul></div>'


def capco_comments(comments):
    items = "".join(
        f'<li class="opinion opinion--comment" id="comment-{cid}"><div class="opinion__body box"><div class="opinion__user">'
        f'<span class="author-name">{author}</span> <span class="excerpt small">{date}</span></div>'
        f'<p class="opinion__text">{text}</p><button class="btn btn-xs btn-dark-gray btn--outline">Répondre</button></div></li>'
        for cid, author, date, text in comments)
    return (f'<div class="comments__section"><h2 class="h2">{len(comments)} commentaires</h2><form id="comment-form" class="comment-form">'
            f'<label class="sr-only" for="CommentForm-textarea">Commenter</label><textarea id="CommentForm-textarea" name="body" '
            f'class="form-control" placeholder="Commenter…" rows="3"></textarea><button type="submit" class="btn btn-primary">Commenter</button>'
            f'</form><ul class="media-list opinion__list">{items}</ul></div>')


def consul_comments(commentable, comments):
    items = "".join(
        f'<div id="comment_{cid}" class="comment small-12"><div class="comment-body"><div class="comment-info">'
        f'<span class="user-name">{author}</span> &nbsp;&bullet;&nbsp; <time>{date}</time></div>'
        f'<div class="comment-user"><p>{text}</p></div><div class="comment-footer"><div class="comment-votes"><span class="in-favor">'
        f'<button class="like" title="Je suis d\'accord">{cid % 11}</button></span></div>'
        f'<a class="reply-link" href="#comment_{cid}">Répondre</a></div></div></div>'
        for cid, author, date, text in comments)
    return (f'<section class="expanded comments"><div class="row"><div id="comments" class="small-12 column">'
            f'<h2>Commentaires <span class="js-comments-count">({len(comments)})</span></h2>'
            f'<form class="new_comment" id="new_comment" action="/comments" accept-charset="UTF-8" data-remote="true" method="post">'
            f'<input type="hidden" name="comment[commentable_type]" value="{commentable[0]}" />'
            f'<input type="hidden" name="comment[commentable_id]" value="{commentable[1]}" />'
            f'<label for="comment-body-{commentable[1]}">Laisser un commentaire</label>'
            f'<textarea id="comment-body-{commentable[1]}" name="comment[body]" maxlength="1000"></textarea>'
            f'<input type="submit" name="commit" value="Publier le commentaire" class="button" /></form>'
            f'<div class="comment-list">{items}</div></div></div></section>')


# ---------------------------------------------------------------------------------------------------------------
# Discourse, neighbours' network
# ---------------------------------------------------------------------------------------------------------------


def discourse_topics(topics):
    """topics: (href, title, category, replies, views, last)"""
    rows = "".join(
        f'<tr class="topic-list-item"><td class="main-link"><meta itemprop="position" content="{k + 1}">'
        f'<span class="link-top-line"><a itemprop="url" href="{href}" class="title raw-link raw-topic-link">{title}</a></span>'
        f'<div class="link-bottom-line"><a href="#" class="badge-wrapper bullet"><span class="badge-category-bg"></span>'
        f'<span class="category-name">{cat}</span></a></div></td><td class="replies"><span class="posts" title="messages">{replies}</span></td>'
        f'<td class="views"><span class="views" title="vues">{views}</span></td><td>{last}</td></tr>'
        for k, (href, title, cat, replies, views, last) in enumerate(topics))
    return (f'<div class="topic-list"><table class="topic-list"><thead><tr><th>Sujet</th><th class="replies">Réponses</th>'
            f'<th class="views">Vues</th><th>Activité</th></tr></thead><tbody>{rows}</tbody></table></div>')


def discourse_posts(posts):
    return "".join(
        f'<div id="post_{n + 1}" itemprop="{"mainEntity" if n == 0 else "comment"}" itemscope itemtype="http://schema.org/'
        f'{"DiscussionForumPosting" if n == 0 else "Comment"}" class="topic-body crawler-post"><div class="crawler-post-meta">'
        f'<span class="creator" itemprop="author" itemscope itemtype="http://schema.org/Person"><span itemprop="name">{author}</span></span>'
        f'<span class="crawler-post-infos"><time itemprop="datePublished" datetime="2025-05-{n + 10}T08:12:00Z" class="post-time">{date}</time>'
        f'<meta itemprop="position" content="{n + 1}"></span></div><div class="post" itemprop="text"><p>{text}</p></div>'
        f'<div itemprop="interactionStatistic" itemscope itemtype="http://schema.org/InteractionCounter"><meta itemprop="interactionType" '
        f'content="http://schema.org/LikeAction"/><meta itemprop="userInteractionCount" content="{n * 2 + 1}" /></div></div>'
        for n, (author, date, text) in enumerate(posts))


def neighbour_posts(posts):
    """posts: (author, street, when, kind, text, replies)"""
    return '<div class="feed">' + "".join(
        f'<article class="feed-post feed-post--{kind}"><header class="feed-post__head"><span class="feed-post__author">{author}</span> '
        f'<span class="feed-post__where">{street}</span> · <time>{when}</time> <span class="badge">{kind}</span></header>'
        f'<div class="feed-post__text"><p>{text}</p></div><footer class="feed-post__actions"><button class="btn-link">Merci</button> '
        f'<button class="btn-link">Répondre</button> <span class="feed-post__count">{replies} réponses</span></footer></article>'
        for author, street, when, kind, text, replies in posts) + "</div>"


def neighbour_publish():
    return ('<form class="feed-composer" action="/publications" method="post"><label for="composer" class="sr-only">Publier</label>'
            '<textarea id="composer" name="publication[texte]" rows="3" placeholder="Une info, un prêt, un coup de main ? '
            'Écrivez à vos voisins…"></textarea><select name="publication[rubrique]"><option>Entraide</option><option>Prêt et don</option>'
            '<option>Vie du quartier</option><option>Objets perdus</option></select><button type="submit" class="btn">Publier</button></form>')


# ---------------------------------------------------------------------------------------------------------------
# the part's own layouts
# ---------------------------------------------------------------------------------------------------------------


_SOCIAL_NAMES = {"facebook": "Facebook", "x": "X", "instagram": "Instagram", "youtube": "YouTube", "linkedin": "LinkedIn",
                 "mastodon": "Mastodon", "bluesky": "Bluesky", "tiktok": "TikTok"}


def _accounts(site, cls):
    if not site.accounts:
        return ""
    return f'<ul class="{cls}">' + "".join(
        f'<li class="{cls}__item"><a href="{escape(acc.href)}" target="_blank" rel="noopener{" me" if acc.platform == "mastodon" else ""}" '
        f'title="{_SOCIAL_NAMES.get(acc.platform, acc.platform)} de la ville (nouvelle fenêtre)"><svg class="icon" aria-hidden="true">'
        f'<use href="/themes/kosmos/dist/sprite.svg#{acc.platform}"></use></svg><span class="ghost">{_SOCIAL_NAMES.get(acc.platform, acc.platform)}</span></a></li>'
        for acc in site.accounts) + "</ul>"


def _trail(site, page, sep):
    trail = ['<a href="/">Accueil</a>']
    if page.parent:
        trail.append(f'<a href="{escape(page.parent[1])}">{escape(page.parent[0])}</a>')
    if page.path != "/":
        trail.append(f'<span aria-current="page">{escape(page.title)}</span>')
    return sep.join(trail)


def kosmos(site, page):
    """A proprietary municipal CMS of the kind French cities buy from agencies: no generator, theme assets
    under /themes/, an accessibility toolbar, a mega-menu, a footer with the city's numbers."""
    menu = "".join(f'<li class="mega-menu__item"><a class="mega-menu__link" href="{escape(href)}">{escape(label)}</a></li>'
                   for label, href in site.menu)
    home = page.path == "/"
    return f"""<!DOCTYPE html>
<html lang="fr" dir="ltr" class="no-js">
<head>
<meta charset="UTF-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(page.title)} - {escape(site.title)}</title>
<link rel="stylesheet" href="/themes/kosmos/dist/css/styles.css?v=3.12.4">
<link rel="stylesheet" href="/themes/kosmos/dist/css/print.css?v=3.12.4" media="print">
<script src="/themes/kosmos/dist/js/vendor.js?v=3.12.4" defer></script>
<script src="/themes/kosmos/dist/js/app.js?v=3.12.4" defer></script>
<script src="/tarteaucitron/tarteaucitron.js?v=1.19"></script>
</head>
<body class="{'is-home' if home else 'is-inner'} js-body">
<nav role="navigation" aria-label="Accès rapide" class="skip-links"><ul><li><a href="#main">Contenu</a></li><li><a href="#menu">Menu</a></li><li><a href="#search">Recherche</a></li></ul></nav>
<div class="site-wrapper">
<header class="header" role="banner" id="top">
<div class="header__tools"><ul class="tools"><li><button class="tools__btn js-font-size" type="button">Taille du texte</button></li><li><button class="tools__btn js-contrast" type="button">Contraste renforcé</button></li></ul></div>
<div class="header__inner"><p class="header__logo"><a href="/" class="logo"><img src="/uploads/logo-ville.svg" alt="{escape(site.title)}, retour à l'accueil" width="220" height="80"></a></p>
<div class="header__search" id="search"><form role="search" action="/recherche" method="get" class="search-form"><label for="search-field" class="ghost">Rechercher sur le site</label><input type="search" id="search-field" name="keywords" placeholder="Que recherchez-vous ?"><button type="submit" class="search-form__btn"><span class="ghost">Lancer la recherche</span></button></form></div></div>
<nav class="mega-menu" id="menu" role="navigation" aria-label="Navigation principale"><ul class="mega-menu__list">{menu}</ul></nav>
</header>
<main class="main" id="main" role="main">
{'' if home else f'<nav class="breadcrumb" aria-label="Fil d&#039;Ariane"><p>{_trail(site, page, " › ")}</p></nav>'}
<div class="heading{' heading--home' if home else ''}"><h1 class="heading__title">{escape(page.title)}</h1></div>
<div class="section section--content"><div class="rte">{page.body}</div></div>
</main>
<footer class="footer" role="contentinfo"><div class="footer__inner"><div class="footer__col"><p class="footer__name">{escape(site.title)}</p><address>{escape(site.address)}</address></div>
<div class="footer__col footer__col--social"><p class="footer__title">La ville sur les réseaux</p>{_accounts(site, "social-list")}</div></div>
<div class="footer__bottom"><ul class="footer__links"><li><a href="/mentions-legales">Mentions légales</a></li><li><a href="/accessibilite">Accessibilité : partiellement conforme</a></li><li><a href="/plan-du-site">Plan du site</a></li></ul></div></footer>
</div></body></html>"""


def limesurvey(site, page):
    """A LimeSurvey 6 server with the fruity theme, as a city's survey service runs it."""
    return f"""<!DOCTYPE html>
<html lang="fr" dir="ltr" class="fr dir-ltr no-js">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta name="generator" content="LimeSurvey http://www.limesurvey.org" />
<link rel="stylesheet" type="text/css" href="/tmp/assets/7b3e2c1d/survey.css" />
<link rel="stylesheet" type="text/css" href="/themes/survey/fruity_twentythree/css/theme.css" />
<script src="/tmp/assets/2a9f8e7d/jquery-3.7.1.min.js"></script>
<title>{escape(page.title)} - {escape(site.title)}</title>
</head>
<body class="fruity_twentythree lang-fr brand-header" marginwidth="0" marginheight="0">
<nav class="navbar navbar-default ls-navbar"><div class="container-fluid"><a class="navbar-brand" href="/">{escape(site.title)}</a>
<ul class="nav navbar-nav navbar-right"><li><a href="/">Liste des questionnaires</a></li></ul></div></nav>
<div class="outerframe container" id="outerframeContainer"><article><div id="dynamicReloadContainer" class="row">
<div class="col-12"><h1 class="survey-name text-center">{escape(page.title)}</h1>{page.body}</div></div></article></div>
<footer class="footer"><p>{escape(site.address)}</p><p class="ls-powered">Questionnaire propulsé par <a href="https://www.limesurvey.org" target="_blank">LimeSurvey</a></p></footer>
</body></html>"""


def idcity(site, page):
    """An iD City participation space on the vendor's domain: a header with the partner's name, dialogues, a footer."""
    menu = "".join(f'<li class="nav-item"><a class="nav-link" href="{escape(href)}">{escape(label)}</a></li>' for label, href in site.menu)
    return f"""<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
<title>{escape(page.title)} | {escape(site.title)}</title>
<meta name="description" content="Plateforme de participation citoyenne - iD City">
<link rel="stylesheet" href="/build/app.idcity.8d2f1c.css">
<script src="/build/runtime.4e1a9b.js" defer></script><script src="/build/app.idcity.8d2f1c.js" defer></script>
</head>
<body class="front partner-theme">
<header class="header-front"><nav class="navbar navbar-expand-lg"><a class="navbar-brand" href="/">{escape(site.title)}</a>
<ul class="navbar-nav mr-auto">{menu}</ul><a class="btn btn-outline-primary" href="/connexion">Se connecter</a></nav></header>
<main class="container main-front"><nav aria-label="breadcrumb"><p class="breadcrumb">{_trail(site, page, " / ")}</p></nav>
<h1 class="page-title">{escape(page.title)}</h1>{page.body}</main>
<footer class="footer-front"><ul class="list-inline"><li class="list-inline-item"><a href="/cgu">Conditions d'utilisation</a></li>
<li class="list-inline-item"><a href="/connexion">Connexion</a></li></ul>
<p class="powered-by">Plateforme propulsée par <a href="https://www.id-city.fr" target="_blank" rel="noopener">iD City</a></p></footer>
</body></html>"""


_LEGAL = ("<h2>Éditeur du site</h2><p>Le directeur de la publication est le maire de la commune.</p><h2>Hébergement</h2>"
          "<p>Le site est hébergé en France par un prestataire de la commune.</p><h2>Vos données</h2>"
          "<p>Vous pouvez exercer vos droits d'accès, de rectification et d'effacement auprès du délégué à la protection des données.</p>")
_LOGIN_FORM = ('<form method="post" action="/connexion" class="form-signin"><label for="inputEmail">Adresse e-mail</label>'
               '<input type="email" id="inputEmail" name="_username" required><label for="inputPassword">Mot de passe</label>'
               '<input type="password" id="inputPassword" name="_password" required><button type="submit" class="btn btn-primary">'
               'Se connecter</button><p><a href="/cgu">Conditions d\'utilisation</a></p></form>')

themes.THEMES.update({"coteaux_kosmos": kosmos, "coteaux_limesurvey": limesurvey, "coteaux_idcity": idcity})
themes.CHROME.update({
    "coteaux_kosmos": [("/mentions-legales", "Mentions légales", _LEGAL, frozenset()),
                       ("/accessibilite", "Déclaration d'accessibilité",
                        "<p>La commune s'engage à rendre ses sites accessibles conformément à l'article 47 de la loi n° 2005-102. "
                        "État de conformité : partiellement conforme (taux de 71 %).</p>", frozenset()),
                       ("/plan-du-site", "Plan du site", "<p>Retrouvez toutes les rubriques du site depuis le menu principal.</p>",
                        frozenset())],
    "coteaux_limesurvey": [],
    "coteaux_idcity": [("/connexion", "Se connecter", _LOGIN_FORM, frozenset({"contact_form"})),
                       ("/cgu", "Conditions générales d'utilisation", _LEGAL, frozenset())],
})
