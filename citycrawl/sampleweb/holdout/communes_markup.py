"""Markup of the third part of the holdout (``communes.py``), written apart from the other parts' helpers.

Class names, routes and field names follow the public source or the documented output of each
software: WordPress core comments (``comment-list``, ``#respond``, ``wp-comments-post.php``), YOP Poll
(``basic-yop-poll-container``), WPForms (``wpforms[fields][n]``), Gravity Forms (``gform_wrapper``,
``input_n``), MailPoet (``mailpoet_form``), Formidable Forms (``frm_forms``, ``item_meta[n]``), Jetpack
forms (``contact-form commentsblock``), the Disqus plugin (``disqus_thread``), SPIP (``comments-list`` of
the forum, ``formulaire_forum``, ``formulaire_signature``, Formidable's ``formulaire_formidable``), Drupal
(``poll-view-form``, ``comment-form``, ``webform-submission-form``, Simplenews, the contact module),
Joomla's com_contact (``jform[contact_message]``), TYPO3 powermail (``tx_powermail_pi1[field][...]``),
Decidim (``card__list``, ``answer-questionnaire``, ``budget-list``, comments), CONSUL Democracy
(``debate``, ``proposal``, ``budget-investment``, ``poll``), phpBB's prosilver (``topiclist``,
``postbody``) and the embed codes of LimeSurvey, Tally and Disqus.
"""
from base64 import b64encode
from html import escape


# ---- any site -------------------------------------------------------------------------------------

def paras(*texts):
    return "".join(f"<p>{t}</p>" for t in texts)


def with_sidebar(main, side):
    return f'<div class="col-main">{main}</div><aside class="col-side" role="complementary">{side}</aside>'


def link_list(items, cls="liste-liens"):
    rows = "".join(f'<li><a href="{escape(href)}">{escape(label)}</a></li>' for href, label in items)
    return f'<ul class="{cls}">{rows}</ul>'


def home(welcome, tiles, news, agenda):
    """A city home page: a welcome line, quick links, the latest news and the agenda.

    ``tiles``: (href, label); ``news``: (href, title, date, summary); ``agenda``: (day, month, label, href).
    """
    quick = "".join(f'<li class="acces-rapide__item"><a href="{escape(href)}">{escape(label)}</a></li>'
                    for href, label in tiles)
    cards = "".join(f'<article class="actu-card"><p class="actu-card__date">{escape(date)}</p>'
                    f'<h3 class="actu-card__title"><a href="{escape(href)}">{escape(title)}</a></h3>'
                    f'<p class="actu-card__chapo">{summary}</p></article>' for href, title, date, summary in news)
    events = "".join(f'<li class="agenda-item"><span class="agenda-item__date"><b>{day}</b> {month}</span> '
                     f'<a href="{escape(href)}">{escape(label)}</a></li>' for day, month, label, href in agenda)
    return (f'<section class="bienvenue"><p>{welcome}</p></section>'
            f'<nav class="acces-rapides" aria-label="Accès rapides"><h2>Accès rapides</h2><ul>{quick}</ul></nav>'
            f'<section class="actualites"><h2>Actualités</h2>{cards}</section>'
            f'<section class="agenda"><h2>Agenda</h2><ul>{events}</ul></section>')


def share_links(url, title):
    """Share buttons: intents and sharers, not the city's accounts."""
    from urllib.parse import quote
    u, t = quote(url, safe=""), quote(title, safe="")
    return ('<div class="partage"><p class="partage__titre">Partager cette page</p><ul>'
            f'<li><a class="partage--facebook" href="https://www.facebook.com/sharer/sharer.php?u={u}" target="_blank" '
            'rel="noopener">Facebook</a></li>'
            f'<li><a class="partage--x" href="https://twitter.com/intent/tweet?url={u}&amp;text={t}" target="_blank" '
            'rel="noopener">X</a></li>'
            f'<li><a class="partage--linkedin" href="https://www.linkedin.com/shareArticle?mini=true&amp;url={u}" '
            'target="_blank" rel="noopener">LinkedIn</a></li>'
            f'<li><a class="partage--mail" href="mailto:?subject={t}&amp;body={u}">Courriel</a></li></ul></div>')


def radios(name, choices, checked=None):
    return "".join(f'<label class="choix"><input type="radio" name="{name}" value="{i}"'
                   f'{" checked" if i == checked else ""}> {escape(c)}</label>' for i, c in enumerate(choices, 1))


def rgaa_form(action, fields, submit, cls="form"):
    """A form as French vendor CMSs write it for accessibility (RGAA): one labelled block per field, required
    fields marked; ``fields``: (kind, name, label) with kind text, email, tel, textarea, checkbox or select:<a|b>."""
    blocks = []
    for kind, name, label in fields:
        fid = f"{cls.split()[0]}-{name}"
        if kind == "textarea":
            control = f'<textarea id="{fid}" name="{name}" rows="8" required aria-required="true"></textarea>'
        elif kind == "checkbox":
            blocks.append(f'<div class="form__field form__field--checkbox"><input type="checkbox" id="{fid}" name="{name}" '
                          f'value="1"><label for="{fid}">{label}</label></div>')
            continue
        elif kind.startswith("select:"):
            options = "".join(f"<option>{escape(o)}</option>" for o in kind[7:].split("|"))
            control = f'<select id="{fid}" name="{name}">{options}</select>'
        else:
            control = f'<input type="{kind}" id="{fid}" name="{name}" required aria-required="true">'
        blocks.append(f'<div class="form__field"><label for="{fid}">{label} <span class="form__required" '
                      f'aria-hidden="true">*</span></label>{control}</div>')
    return (f'<form class="{cls}" method="post" action="{action}"><p class="form__legend">Les champs marqués d\'un '
            f'astérisque (*) sont obligatoires.</p>{"".join(blocks)}<div class="form__actions"><button type="submit" '
            f'class="btn btn--primary">{escape(submit)}</button></div></form>')


# ---- WordPress ------------------------------------------------------------------------------------

def wp_comments(post_id, title, comments):
    """Core WordPress comments: the thread (``wp_list_comments``) and the open form (``comment_form``).

    ``comments``: (id, author, date, text)."""
    items = "".join(
        f'<li id="comment-{cid}" class="comment {"even" if n % 2 == 0 else "odd"} thread-{"even" if n % 2 == 0 else "odd"} '
        f'depth-1"><article id="div-comment-{cid}" class="comment-body"><footer class="comment-meta">'
        f'<div class="comment-author vcard"><b class="fn">{escape(author)}</b> <span class="says">dit :</span></div>'
        f'<div class="comment-metadata"><a href="#comment-{cid}"><time>{escape(date)}</time></a></div></footer>'
        f'<div class="comment-content"><p>{text}</p></div>'
        f'<div class="reply"><a rel="nofollow" class="comment-reply-link" href="#comment-{cid}" data-commentid="{cid}" '
        f'data-postid="{post_id}" data-belowelement="div-comment-{cid}" data-respondelement="respond" '
        f'aria-label="Répondre à {escape(author)}">Répondre</a></div></article></li>'
        for n, (cid, author, date, text) in enumerate(comments))
    heading = (f'<h2 class="comments-title">{len(comments)} réflexions sur « {escape(title)} »</h2>'
               f'<ol class="comment-list">{items}</ol>') if comments else ""
    return (f'<div id="comments" class="comments-area">{heading}'
            '<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Laisser un '
            'commentaire <small><a rel="nofollow" id="cancel-comment-reply-link" href="#respond" style="display:none;">'
            'Annuler la réponse</a></small></h3>'
            '<form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate>'
            '<p class="comment-notes"><span id="email-notes">Votre adresse e-mail ne sera pas publiée.</span> '
            '<span class="required-field-message">Les champs obligatoires sont indiqués avec <span class="required">*'
            '</span></span></p><p class="comment-form-comment"><label for="comment">Commentaire <span class="required">'
            '*</span></label> <textarea id="comment" name="comment" cols="45" rows="8" maxlength="65525" required>'
            '</textarea></p><p class="comment-form-author"><label for="author">Nom <span class="required">*</span>'
            '</label> <input id="author" name="author" type="text" size="30" maxlength="245" autocomplete="name" '
            'required></p><p class="comment-form-email"><label for="email">E-mail <span class="required">*</span>'
            '</label> <input id="email" name="email" type="email" size="30" maxlength="100" autocomplete="email" '
            'required></p><p class="comment-form-cookies-consent"><input id="wp-comment-cookies-consent" '
            'name="wp-comment-cookies-consent" type="checkbox" value="yes"> <label for="wp-comment-cookies-consent">'
            'Enregistrer mon nom et mon e-mail dans le navigateur pour mon prochain commentaire.</label></p>'
            '<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" '
            f'value="Laisser un commentaire"> <input type="hidden" name="comment_post_ID" value="{post_id}" '
            'id="comment_post_ID"> <input type="hidden" name="comment_parent" id="comment_parent" value="0"></p>'
            '</form></div></div>')


def wp_comments_closed():
    """A post whose comments are closed and which never had any."""
    return '<div id="comments" class="comments-area"><p class="nocomments">Les commentaires sont fermés.</p></div>'


def yop_poll(poll_id, question, answers):
    """YOP Poll's front-end template "basic": a question, radio answers, a vote button."""
    items = "".join(
        f'<li class="basic-answer" data-id="{poll_id * 10 + i}" data-type="text" data-vn="0"><div class="basic-answer-content '
        f'basic-text-vertical"><label for="answer[{poll_id * 10 + i}]" class="basic-answer-label"><input type="radio" '
        f'id="answer[{poll_id * 10 + i}]" name="answer[{poll_id}]" value="{poll_id * 10 + i}" data-isdefault="no">'
        f'<span class="basic-text">{escape(a)}</span></label></div></li>' for i, a in enumerate(answers, 1))
    return (f'<section class="widget widget_yop_poll"><h2 class="widget-title">Votre avis</h2>'
            f'<div class="bootstrap-yop yop-poll-mc"><div class="basic-yop-poll-container" data-id="{poll_id}" '
            f'data-temp="basic" data-skin="square" data-cscheme="blue" data-bw="yes" data-isdefault="no">'
            '<div class="basic-inner"><div class="basic-message hide"><p></p></div>'
            f'<form class="basic-form" action=""><input type="hidden" name="_token" value="a81c3f0e5d" autocomplete="off">'
            f'<div class="basic-elements"><div class="basic-element basic-question basic-question-text-vertical" '
            f'data-id="{poll_id}" data-type="question" data-question-type="text" data-required="yes" '
            f'data-allow-multiple="no" data-min="1" data-max="1" data-display="vertical">'
            f'<div role="radiogroup" aria-labelledby="pollQuestion{poll_id}"><div class="basic-question-title">'
            f'<h5 id="pollQuestion{poll_id}">{escape(question)}</h5></div><ul class="basic-answers">{items}</ul></div>'
            '</div><div class="clearfix"></div></div><div class="basic-vote"><a href="#" class="button basic-vote-button" '
            'role="button">Voter</a></div></form></div></div></div></section>')


def yop_poll_results(poll_id, question, results, closed_on):
    """A YOP Poll that has ended: its message and result bars, no form."""
    bars = "".join(
        f'<li class="basic-answer"><div class="basic-answer-content"><span class="basic-text">{escape(a)}</span> '
        f'<span class="basic-answer-votes">{pct} % ({votes} votes)</span></div><div class="basic-poll-results progress">'
        f'<div class="progress-bar" style="width:{pct}%"></div></div></li>' for a, pct, votes in results)
    return (f'<div class="bootstrap-yop yop-poll-mc"><div class="basic-yop-poll-container" data-id="{poll_id}" '
            f'data-temp="basic"><div class="basic-inner"><div class="basic-message show"><p>Ce sondage est terminé '
            f'depuis le {escape(closed_on)}.</p></div><div class="basic-question-title"><h5>{escape(question)}</h5></div>'
            f'<ul class="basic-answers basic-results">{bars}</ul><p class="basic-total">Total : '
            f'{sum(v for _, _, v in results)} votes</p></div></div></div>')


def wpforms(form_id, action, fields, submit="Envoyer"):
    """A WPForms form; ``fields``: (kind, label) with kind text, email, select:<a|b> or textarea."""
    rows = []
    for n, (kind, label) in enumerate(fields):
        fid = f"wpforms-{form_id}-field_{n}"
        name = f"wpforms[fields][{n}]"
        if kind == "textarea":
            control = f'<textarea id="{fid}" class="wpforms-field-medium wpforms-field-required" name="{name}" required></textarea>'
        elif kind.startswith("select:"):
            options = "".join(f"<option>{escape(o)}</option>" for o in kind[7:].split("|"))
            control = f'<select id="{fid}" class="wpforms-field-medium" name="{name}">{options}</select>'
        else:
            control = f'<input type="{kind}" id="{fid}" class="wpforms-field-large wpforms-field-required" name="{name}" required>'
        rows.append(f'<div id="{fid}-container" class="wpforms-field wpforms-field-{kind.split(":")[0]}" data-field-id="{n}">'
                    f'<label class="wpforms-field-label" for="{fid}">{escape(label)} <span class="wpforms-required-label">'
                    f'*</span></label>{control}</div>')
    return (f'<div class="wpforms-container wpforms-container-full" id="wpforms-{form_id}"><form id="wpforms-form-{form_id}" '
            f'class="wpforms-validate wpforms-form wpforms-ajax-form" data-formid="{form_id}" method="post" '
            f'enctype="multipart/form-data" action="{action}"><noscript class="wpforms-error-noscript">Veuillez activer '
            f'JavaScript dans votre navigateur pour remplir ce formulaire.</noscript><div class="wpforms-field-container">'
            f'{"".join(rows)}</div><div class="wpforms-submit-container"><input type="hidden" name="wpforms[id]" '
            f'value="{form_id}"><button type="submit" name="wpforms[submit]" id="wpforms-submit-{form_id}" '
            f'class="wpforms-submit" data-alt-text="Envoi…" value="wpforms-submit">{escape(submit)}</button></div>'
            '</form></div>')


def gravity_form(form_id, action, description, fields, submit):
    """A Gravity Forms form; ``fields``: (kind, label) with kind text, email, select:<a|b> or textarea."""
    rows = []
    for n, (kind, label) in enumerate(fields, 1):
        iid = f"input_{form_id}_{n}"
        if kind == "textarea":
            control = f"<textarea name='input_{n}' id='{iid}' class='textarea large' rows='10' cols='50'></textarea>"
        elif kind.startswith("select:"):
            options = "".join(f"<option value='{escape(o)}'>{escape(o)}</option>" for o in kind[7:].split("|"))
            control = f"<select name='input_{n}' id='{iid}' class='large gfield_select'>{options}</select>"
        else:
            control = f"<input name='input_{n}' id='{iid}' type='{kind}' value='' class='large'>"
        rows.append(f'<div id="field_{form_id}_{n}" class="gfield gfield--type-{kind.split(":")[0]} field_sublabel_below '
                    f'gfield--width-full"><label class="gfield_label gform-field-label" for="{iid}">{escape(label)}</label>'
                    f"<div class='ginput_container ginput_container_{kind.split(':')[0]}'>{control}</div></div>")
    return (f"<div class='gform_wrapper gravity-theme gform-theme--no-framework' id='gform_wrapper_{form_id}'>"
            f"<div class='gform_heading'><p class='gform_description'>{description}</p></div>"
            f"<form method='post' enctype='multipart/form-data' id='gform_{form_id}' action='{action}' "
            f"data-formid='{form_id}' novalidate><div class='gform-body gform_body'><div id='gform_fields_{form_id}' "
            f"class='gform_fields top_label form_sublabel_below description_below'>{''.join(rows)}</div></div>"
            f"<div class='gform_footer top_label'><input type='submit' id='gform_submit_button_{form_id}' "
            f"class='gform_button button' value='{escape(submit)}'><input type='hidden' class='gform_hidden' "
            f"name='is_submit_{form_id}' value='1'><input type='hidden' class='gform_hidden' name='gform_submit' "
            f"value='{form_id}'></div></form></div>")


def mailpoet_form(form_id, intro):
    """MailPoet's subscription form: an e-mail address and consent, nothing else."""
    return (f'<div class="mailpoet_form_popup_overlay"></div><div id="mailpoet_form_{form_id}" class="mailpoet_form '
            f'mailpoet_form_shortcode"><form target="_self" method="post" action="/wp-admin/admin-post.php?action='
            f'mailpoet_subscription_form" class="mailpoet_form mailpoet_form_form mailpoet_form_shortcode" novalidate>'
            f'<input type="hidden" name="data[form_id]" value="{form_id}"><input type="hidden" name="token" '
            f'value="6f1b2e9a0c"><div class="mailpoet_paragraph">{intro}</div><div class="mailpoet_paragraph">'
            '<label for="form_email_2" class="mailpoet_text_label">Adresse e-mail <span class="mailpoet_required">*'
            '</span></label><input type="email" autocomplete="email" class="mailpoet_text" id="form_email_2" '
            'name="data[form_field_ZmI3NGQ1YmQ0M2Rl_email]" title="Adresse e-mail" data-automation-id="form_email">'
            '</div><div class="mailpoet_paragraph"><input type="submit" class="mailpoet_submit" value="Je m\'abonne">'
            '</div><div class="mailpoet_message"><p class="mailpoet_validate_success" style="display:none;">Vérifiez '
            'votre boîte de réception pour confirmer votre abonnement.</p></div></form></div>')


def disqus_plugin(shortname, post_id, url, title):
    """The Disqus WordPress plugin: an empty thread filled by Disqus' script."""
    return ('<div id="disqus_thread"></div>'
            '<script id="disqus_embed-js-extra">var embedVars = {"disqusConfig":{"integration":"wordpress 3.1.2"},'
            f'"disqusIdentifier":"{post_id} {url}?p={post_id}","disqusShortname":"{shortname}",'
            f'"disqusTitle":"{escape(title)}","disqusUrl":"{url}","postId":"{post_id}"}};</script>'
            '<script src="/wp-content/plugins/disqus-comment-system/public/js/comment_embed.js?ver=3.1.2" '
            'id="disqus_embed-js"></script>'
            '<noscript>Activez JavaScript pour voir les <a href="https://disqus.com/?ref_noscript" rel="nofollow">'
            'commentaires propulsés par Disqus.</a></noscript>')


def formidable_wp(form_id, key, action, questions, remark_label, submit):
    """A Formidable Forms survey: radio questions, an optional remark, a submit button.

    ``questions``: (field id, label, choices)."""
    blocks = "".join(
        f'<div id="frm_field_{fid}_container" class="frm_form_field form-field frm_required_field frm_top_container '
        f'vertical_radio"><div id="field_{fid}_label" class="frm_primary_label">{escape(label)} <span class="frm_required">'
        f'*</span></div><div class="frm_opt_container" aria-labelledby="field_{fid}_label" role="radiogroup">'
        + "".join(f'<div class="frm_radio" id="frm_radio_{fid}-{n}"><label for="field_{fid}-{n}"><input type="radio" '
                  f'name="item_meta[{fid}]" id="field_{fid}-{n}" value="{escape(c)}"> {escape(c)}</label></div>'
                  for n, c in enumerate(choices))
        + '</div></div>' for fid, label, choices in questions)
    remark = (f'<div id="frm_field_90_container" class="frm_form_field form-field frm_top_container"><label for="field_rq" '
              f'class="frm_primary_label">{escape(remark_label)}</label><textarea name="item_meta[90]" id="field_rq" '
              f'rows="4"></textarea></div>')
    return (f'<div class="frm_forms with_frm_style frm_style_formidable-style" id="frm_form_{form_id}_container">'
            f'<form enctype="multipart/form-data" method="post" class="frm-show-form frm_js_validate frm_pro_form" '
            f'id="form_{key}" action="{action}"><div class="frm_form_fields"><fieldset><legend class="frm_screen_reader">'
            f'Questionnaire</legend><div class="frm_fields_container"><input type="hidden" name="frm_action" value="create">'
            f'<input type="hidden" name="form_id" value="{form_id}"><input type="hidden" name="form_key" value="{key}">'
            f'{blocks}{remark}<div class="frm_submit"><button class="frm_button_submit frm_final_submit" type="submit">'
            f'{escape(submit)}</button></div></div></fieldset></div></form></div>')


def jetpack_contact(form_id, action):
    """Jetpack's contact form block (Grunion): its form carries the class ``commentsblock``."""
    field = ('<div class="grunion-field-wrap grunion-field-{kind}-wrap"><label for="g{fid}-{name}" '
             'class="grunion-field-label {kind}">{label}<span class="grunion-label-required">(obligatoire)</span></label>'
             '<input type="{kind}" name="g{fid}-{name}" id="g{fid}-{name}" class="{kind} grunion-field" required></div>')
    return (f'<div class="wp-block-jetpack-contact-form-container"><form action="{action}#contact-form-{form_id}" '
            f'method="post" class="contact-form commentsblock wp-block-jetpack-contact-form" novalidate>'
            + field.format(kind="name", fid=form_id, name="nom", label="Nom")
            + field.format(kind="email", fid=form_id, name="email", label="E-mail")
            + f'<div class="grunion-field-wrap grunion-field-textarea-wrap"><label for="contact-form-comment-g{form_id}-message" '
              f'class="grunion-field-label textarea">Votre message</label><textarea name="g{form_id}-message" '
              f'id="contact-form-comment-g{form_id}-message" rows="12" class="textarea grunion-field"></textarea></div>'
              f'<p class="contact-submit"><button type="submit" class="pushbutton-wide">Envoyer</button>'
              f'<input type="hidden" name="contact-form-id" value="{form_id}"><input type="hidden" name="action" '
              f'value="grunion-contact-form"><input type="hidden" name="contact-form-hash" value="b1c0e7d4a2f9"></p>'
              '</form></div>')


# ---- SPIP -----------------------------------------------------------------------------------------

def spip_forum_thread(article_id, messages):
    """The messages of an article's forum, as the dist templates list them; ``messages``: (id, title, date, author, text)."""
    items = "".join(
        f'<li class="comment-item comment-fil {"odd" if n % 2 else "even"}{" first" if n == 1 else ""}"><div class="comment '
        f'hreview"><a href="#forum{fid}" id="forum{fid}"></a><p class="comment-meta"><a rel="self bookmark" href="#forum{fid}" '
        f'title="Lien permanent vers le commentaire {fid}" class="permalink"><span class="permalink">{n}.</span> '
        f'<strong class="comment-titre">{escape(title)}</strong>, <small><abbr class="dtreviewed">{escape(date)}</abbr>, '
        f'par <span>{escape(author)}</span></small></a></p><div class="comment-content description"><p>{text}</p></div>'
        f'<p class="repondre"><a href="/spip.php?page=forum&amp;id_article={article_id}&amp;id_forum={fid}" '
        f'rel="noindex nofollow">Répondre à ce message</a></p></div></li>'
        for n, (fid, title, date, author, text) in enumerate(messages, 1))
    return f'<div class="forum"><h2>Messages de forum</h2><ul class="comments-list">{items}</ul></div>'


def spip_forum_form(action, article_id, reply_to=None):
    """The forum plugin's posting form (moderated before publication)."""
    parent = f'<input type="hidden" name="id_forum" value="{reply_to}">' if reply_to else ""
    return ('<div class="formulaire_spip formulaire_forum ajax" id="formulaire_forum">'
            f'<form action="{escape(action)}#formulaire_forum" method="post" enctype="multipart/form-data"><div>'
            f'<input name="formulaire_action" type="hidden" value="forum"><input name="id_article" type="hidden" '
            f'value="{article_id}">{parent}<fieldset class="moderation_info info"><legend>Modération a priori</legend>'
            '<p class="explication">Ce forum est modéré a priori : votre contribution n\'apparaîtra qu\'après avoir été '
            'validée par un administrateur du site.</p></fieldset><fieldset><legend>Votre message</legend>'
            '<div class="editer-groupe"><div class="editer saisie_titre obligatoire"><label for="titre">Titre '
            '(obligatoire)</label><input type="text" class="text" name="titre" id="titre" size="60"></div>'
            '<div class="editer saisie_texte obligatoire"><label for="texte">Texte de votre message (obligatoire)</label>'
            '<p class="explication">Pour créer des paragraphes, laissez simplement des lignes vides.</p>'
            '<textarea name="texte" id="texte" rows="10" cols="60"></textarea></div>'
            '<div class="editer saisie_session_nom"><label for="session_nom">Votre nom</label><input type="text" '
            'class="text" name="session_nom" id="session_nom" size="40"></div><div class="editer saisie_session_email">'
            '<label for="session_email">Votre adresse email</label><input type="email" class="text" name="session_email" '
            'id="session_email" size="40"></div></div></fieldset><p style="display: none;"><label for="nobot_forum">'
            'Veuillez laisser ce champ vide :</label><input type="text" class="text" name="nobot" id="nobot_forum" '
            'size="10"></p><p class="boutons"><input type="submit" class="btn submit" name="previsualiser_message" '
            'value="Prévisualiser"></p></div></form></div>')


def spip_petition(petition_id, action, intro, signatures):
    """SPIP's petitions plugin: the signature form, then the table of signatures; ``signatures``: (date, name)."""
    rows = "".join(f'<tr class="{"odd" if n % 2 else "even"}"><td class="signature-date"><small>{escape(d)}</small></td>'
                   f'<td class="signature-nom"><strong>{escape(name)}</strong></td></tr>'
                   for n, (d, name) in enumerate(signatures, 1))
    return (f'<div class="formulaire_spip formulaire_signature ajax" id="sp{petition_id}"><form method="post" '
            f'action="{action}#sp{petition_id}"><div><input name="formulaire_action" type="hidden" value="signature">'
            f'</div><fieldset class="info"><legend>Pétition</legend><div class="explication"><p>{intro}</p></div></fieldset>'
            '<fieldset><legend>Indiquez votre nom et votre adresse email</legend><div class="editer-groupe">'
            '<div class="editer saisie_nom_email obligatoire"><label for="session_nom">Votre nom ou pseudo '
            '(obligatoire)</label><input type="text" class="text" name="session_nom" id="session_nom" size="30"></div>'
            '<div class="editer saisie_adresse_email obligatoire"><label for="session_email">Votre adresse email '
            '(obligatoire)</label><input type="text" class="text" name="session_email" id="session_email" size="30">'
            '</div></div></fieldset><p class="boutons"><input type="submit" class="btn submit" value="Valider"></p>'
            '</form></div><div id="signatures"><h2 class="offscreen">Signatures de la pétition</h2>'
            f'<table class="spip"><caption>{len(signatures) + 240} signatures de la pétition</caption><thead><tr>'
            f'<th class="signature-date">Date</th><th class="signature-nom">Nom</th></tr></thead><tbody>{rows}</tbody>'
            '</table></div>')


def spip_formidable(form_id, slug, action, fields, submit="Envoyer"):
    """A form of SPIP's Formidable plugin; ``fields``: (name, label, choices or kind) with kind a string
    ("input", "email", "textarea") or a list of radio choices."""
    blocks = []
    for name, label, spec in fields:
        if isinstance(spec, list):
            choices = "".join(f'<div class="choix choix_{n}"><input type="radio" name="{name}" class="radio" '
                              f'id="champ_{name}_{n}" value="choix{n}"><label for="champ_{name}_{n}">{escape(c)}</label>'
                              '</div>' for n, c in enumerate(spec, 1))
            blocks.append(f'<fieldset class="editer saisie_radio editer_{name} obligatoire"><legend class="editer-label">'
                          f'{escape(label)}<span class="obligatoire"> (obligatoire)</span></legend>{choices}</fieldset>')
        elif spec == "textarea":
            blocks.append(f'<div class="editer saisie_textarea editer_{name}"><label class="editer-label" for="champ_{name}">'
                          f'{escape(label)}</label><textarea name="{name}" id="champ_{name}" rows="6" cols="40"></textarea></div>')
        else:
            blocks.append(f'<div class="editer saisie_{spec} editer_{name} obligatoire"><label class="editer-label" '
                          f'for="champ_{name}">{escape(label)}<span class="obligatoire"> (obligatoire)</span></label>'
                          f'<input type="{"email" if spec == "email" else "text"}" name="{name}" class="text" '
                          f'id="champ_{name}"></div>')
    return (f'<div class="formulaire_spip formulaire_formidable formulaire_formidable_{form_id} formulaire_formidable-{slug}" '
            f'id="formulaire_formidable_{form_id}"><form method="post" action="{action}#formulaire_formidable_{form_id}" '
            f'enctype="multipart/form-data"><div><input name="formulaire_action" type="hidden" value="formidable">'
            f'<input name="formulaire_action_args" type="hidden" value="f{form_id}a9c"></div><div class="editer-groupe">'
            f'{"".join(blocks)}</div><p class="boutons"><input type="submit" class="btn submit" value="{escape(submit)}">'
            '</p></form></div>')


# ---- Drupal ---------------------------------------------------------------------------------------

def drupal_poll_block(poll_id, question, choices, action):
    """The Poll module's most recent poll block: a voting form."""
    options = "".join(
        f'<div class="js-form-item form-item js-form-type-radio form-type-radio js-form-item-choice form-item-choice">'
        f'<input data-drupal-selector="edit-choice-{poll_id}{n}" type="radio" id="edit-choice-{poll_id}{n}" name="choice" '
        f'value="{poll_id}{n}" class="form-radio"> <label for="edit-choice-{poll_id}{n}" class="option">{escape(c)}</label>'
        '</div>' for n, c in enumerate(choices, 1))
    return (f'<div id="block-ville-sondage" class="block block-poll block-poll-recent-block"><h2>Sondage</h2>'
            f'<div class="content"><form class="poll-view-form poll-view-form-{poll_id}" data-drupal-selector='
            f'"poll-view-form-{poll_id}" action="{action}" method="post" id="poll-view-form-{poll_id}" accept-charset="UTF-8">'
            f'<div class="poll"><div class="vote-form"><h3 class="poll-question">{escape(question)}</h3>'
            f'<fieldset data-drupal-selector="edit-choice" id="edit-choice--wrapper" class="fieldgroup form-composite '
            f'js-form-item form-item js-form-wrapper form-wrapper"><legend><span class="visually-hidden fieldset-legend">'
            f'Choix</span></legend><div class="fieldset-wrapper"><div id="edit-choice" class="form-radios">{options}</div>'
            '</div></fieldset><input data-drupal-selector="edit-vote" type="submit" id="edit-vote" name="op" value="Voter" '
            'class="button js-form-submit form-submit"></div><input type="hidden" name="form_build_id" '
            f'value="form-Pq3v9XbN2kT"><input type="hidden" name="form_id" value="poll_view_form_{poll_id}"></div>'
            '</form></div></div>')


def drupal_comments(node_id, comments):
    """Core comments of an article node: the thread and the anonymous comment form;
    ``comments``: (id, name, date, subject, text)."""
    thread = "".join(
        f'<article data-comment-user-id="0" id="comment-{cid}" class="comment js-comment by-anonymous">'
        f'<footer class="comment__meta"><p class="comment__author"><span>{escape(name)}</span> (non vérifié)</p>'
        f'<p class="comment__time">{escape(date)}</p></footer><div class="comment__content"><h3>'
        f'<a href="#comment-{cid}" class="permalink" rel="bookmark" hreflang="fr">{escape(subject)}</a></h3>'
        f'<div class="clearfix text-formatted field field--name-comment-body field--type-text-long field--label-hidden '
        f'field__item"><p>{text}</p></div></div></article>' for cid, name, date, subject, text in comments)
    return (f'<section class="comments" data-drupal-selector="comments"><h2 class="comments__title">Commentaires</h2>'
            f'{thread}<h2 class="title comment-form__title">Ajouter un commentaire</h2>'
            f'<form class="comment-comment-form comment-form" data-drupal-selector="comment-form" '
            f'action="/comment/reply/node/{node_id}/comment" method="post" id="comment-form" accept-charset="UTF-8">'
            '<div class="js-form-item form-item js-form-type-textfield form-item-name"><label for="edit-name" '
            'class="js-form-required form-required">Votre nom</label><input data-drupal-selector="edit-name" type="text" '
            'id="edit-name" name="name" size="30" maxlength="60" class="form-text required" required></div>'
            '<div class="js-form-item form-item js-form-type-email form-item-mail"><label for="edit-mail">Courriel</label>'
            '<input type="email" id="edit-mail" name="mail" size="30" maxlength="64" class="form-email">'
            '<div class="description">Le contenu de ce champ sera maintenu privé et ne sera pas affiché publiquement.</div>'
            '</div><div class="js-form-item form-item js-form-type-textarea form-item-comment-body-0-value"><label '
            'for="edit-comment-body-0-value" class="js-form-required form-required">Commentaire</label>'
            '<div class="form-textarea-wrapper"><textarea data-drupal-selector="edit-comment-body-0-value" '
            'id="edit-comment-body-0-value" name="comment_body[0][value]" rows="5" cols="60" class="form-textarea '
            'required" required></textarea></div></div><input type="hidden" name="form_id" value="comment_comment_form">'
            '<div data-drupal-selector="edit-actions" class="form-actions js-form-wrapper form-wrapper" id="edit-actions">'
            '<input data-drupal-selector="edit-submit" type="submit" id="edit-submit" name="op" value="Enregistrer" '
            'class="button button--primary js-form-submit form-submit"><input data-drupal-selector="edit-preview" '
            'type="submit" id="edit-preview" name="op" value="Aperçu" class="button js-form-submit form-submit"></div>'
            '</form></section>')


def drupal_webform(machine, action, questions, remark_label, intro):
    """A Webform submission form: radio questions and a free remark; ``questions``: (key, label, [(value, label)])."""
    css = machine.replace("_", "-")
    groups = "".join(
        f'<fieldset data-drupal-selector="edit-{key}" id="edit-{key}--wrapper" class="radios--wrapper fieldgroup '
        f'form-composite webform-composite-visible-title required js-webform-type-radios webform-type-radios js-form-item '
        f'form-item js-form-wrapper form-wrapper"><legend><span class="fieldset-legend js-form-required form-required">'
        f'{escape(label)}</span></legend><div class="fieldset-wrapper"><div id="edit-{key}" class="js-webform-radios '
        f'webform-options-display-one-column form-radios">'
        + "".join(f'<div class="js-form-item form-item js-form-type-radio form-type-radio form-item-{key}"><input '
                  f'data-drupal-selector="edit-{key}-{v}" type="radio" id="edit-{key}-{v}" name="{key.replace("-", "_")}" '
                  f'value="{v}" class="form-radio"><label for="edit-{key}-{v}" class="option">{escape(t)}</label></div>'
                  for v, t in options)
        + '</div></div></fieldset>' for key, label, options in questions)
    return (f'<form class="webform-submission-form webform-submission-add-form webform-submission-{css}-form '
            f'webform-submission-{css}-add-form js-webform-details-toggle webform-details-toggle" data-drupal-selector='
            f'"webform-submission-{css}-add-form" action="{action}" method="post" id="webform-submission-{css}-add-form" '
            f'accept-charset="UTF-8"><div class="webform-element--title--invisible js-form-item form-item">'
            f'<p>{intro}</p></div>{groups}<div class="js-form-item form-item js-form-type-textarea form-type-textarea '
            f'form-item-remarques"><label for="edit-remarques">{escape(remark_label)}</label><div class="form-textarea-'
            f'wrapper"><textarea data-drupal-selector="edit-remarques" id="edit-remarques" name="remarques" rows="5" '
            f'cols="60" class="form-textarea resize-vertical"></textarea></div></div><div data-drupal-selector='
            f'"edit-actions" class="form-actions webform-actions js-form-wrapper form-wrapper" id="edit-actions"><input '
            f'class="webform-button--submit button button--primary js-form-submit form-submit" data-drupal-selector='
            f'"edit-actions-submit" type="submit" id="edit-actions-submit" name="op" value="Envoyer mes réponses"></div>'
            f'<input type="hidden" name="form_id" value="webform_submission_{machine}_add_form"></form>')


def drupal_simplenews(action):
    return ('<form class="simplenews-subscriptions-block-lettre-info simplenews-subscriber-form" data-drupal-selector='
            f'"simplenews-subscriptions-block-lettre-info" action="{action}" method="post" id="simplenews-subscriptions-'
            'block-lettre-info" accept-charset="UTF-8"><div class="field--type-email field--name-mail field--widget-email-'
            'default js-form-wrapper form-wrapper"><div class="js-form-item form-item js-form-type-email form-item-mail-0-'
            'value"><label for="edit-mail-0-value" class="js-form-required form-required">Courriel</label><input '
            'type="email" id="edit-mail-0-value" name="mail[0][value]" size="60" maxlength="254" class="form-email required" '
            'required></div></div><div class="form-actions js-form-wrapper form-wrapper" id="edit-actions"><input '
            'type="submit" id="edit-subscribe" name="op" value="S\'abonner" class="button js-form-submit form-submit">'
            '</div><input type="hidden" name="form_id" value="simplenews_subscriptions_block_lettre_info"></form>')


def drupal_contact(action, subjects):
    options = "".join(f"<option>{escape(s)}</option>" for s in subjects)
    return (f'<form class="contact-message-feedback-form contact-message-form contact-form" data-drupal-selector='
            f'"contact-message-feedback-form" action="{action}" method="post" id="contact-message-feedback-form" '
            'accept-charset="UTF-8"><div class="js-form-item form-item form-item-name"><label for="edit-name" '
            'class="js-form-required form-required">Votre nom</label><input type="text" id="edit-name" name="name" '
            'size="60" maxlength="255" class="form-text required" required></div><div class="js-form-item form-item '
            'form-item-mail"><label for="edit-mail" class="js-form-required form-required">Votre adresse de courriel</label>'
            '<input type="email" id="edit-mail" name="mail" size="60" maxlength="254" class="form-email required" '
            'required></div><div class="js-form-item form-item form-item-field-service"><label for="edit-field-service">'
            f'Service concerné</label><select id="edit-field-service" name="field_service" class="form-select">{options}'
            '</select></div><div class="js-form-item form-item form-item-subject-0-value"><label for="edit-subject-0-value" '
            'class="js-form-required form-required">Sujet</label><input type="text" id="edit-subject-0-value" '
            'name="subject[0][value]" size="60" maxlength="100" class="form-text required" required></div>'
            '<div class="js-form-item form-item form-item-message-0-value"><label for="edit-message-0-value" '
            'class="js-form-required form-required">Message</label><div class="form-textarea-wrapper"><textarea '
            'id="edit-message-0-value" name="message[0][value]" rows="12" cols="60" class="form-textarea required" '
            'required></textarea></div></div><div class="form-actions js-form-wrapper form-wrapper" id="edit-actions">'
            '<input type="submit" id="edit-submit" name="op" value="Envoyer le message" class="button button--primary '
            'js-form-submit form-submit"></div><input type="hidden" name="form_id" value="contact_message_feedback_form">'
            '</form>')


# ---- Joomla and TYPO3 -----------------------------------------------------------------------------

def joomla_contact(action, contact_id):
    def row(name, label, control):
        return (f'<div class="control-group"><div class="control-label"><label id="jform_{name}-lbl" for="jform_{name}" '
                f'class="required">{label}<span class="star" aria-hidden="true">&#160;*</span></label></div>'
                f'<div class="controls">{control}</div></div>')
    return (f'<div class="com-contact contact"><div class="com-contact__container"><form id="contact-form" action="{action}" '
            'method="post" class="com-contact__form form-validate"><fieldset class="m-0"><legend>Envoyer un e-mail</legend>'
            + row("contact_name", "Nom", '<input type="text" name="jform[contact_name]" id="jform_contact_name" '
                  'class="form-control required" size="30" required autocomplete="name">')
            + row("contact_email", "E-mail", '<input type="email" name="jform[contact_email]" class="form-control '
                  'validate-email required" id="jform_contact_email" size="30" autocomplete="email" required>')
            + row("contact_emailmsg", "Sujet", '<input type="text" name="jform[contact_subject]" id="jform_contact_emailmsg" '
                  'class="form-control required" size="60" required>')
            + row("contact_message", "Message", '<textarea name="jform[contact_message]" id="jform_contact_message" '
                  'cols="50" rows="10" class="form-control required" maxlength="1000" required></textarea>')
            + '<div class="control-group"><div class="controls"><button class="btn btn-primary validate" type="submit">'
              'Envoyer l\'e-mail</button><input type="hidden" name="option" value="com_contact"><input type="hidden" '
              f'name="task" value="contact.submit"><input type="hidden" name="id" value="{contact_id}"><input '
              'type="hidden" name="8c1f5d2e7a90b3c4" value="1"></div></div></fieldset></form></div></div>')


def powermail(form_id, action, subjects):
    def wrap(kind, name, label, control):
        return (f'<div class="powermail_fieldwrap powermail_fieldwrap_type_{kind} powermail_fieldwrap_{name} form-group">'
                f'<label for="powermail_field_{name}" class="control-label col-sm-2">{label}<span class="mandatory">*'
                f'</span></label><div class="col-sm-10">{control}</div></div>')
    options = "".join(f'<option value="{escape(s)}">{escape(s)}</option>' for s in subjects)
    return (f'<div class="tx-powermail"><div class="container-fluid"><form data-powermail-validate="data-powermail-validate" '
            f'data-validate="html5" enctype="multipart/form-data" name="field" class="powermail_form powermail_form_{form_id}" '
            f'action="{action}?tx_powermail_pi1%5Baction%5D=checkCreate&amp;tx_powermail_pi1%5Bcontroller%5D=Form" '
            f'method="post"><h3>Écrire à la mairie</h3><fieldset class="powermail_fieldset powermail_fieldset_{form_id}">'
            + wrap("input", "nom", "Nom et prénom", '<input required="required" class="powermail_input form-control" '
                   'id="powermail_field_nom" type="text" name="tx_powermail_pi1[field][nom]" value="">')
            + wrap("input", "courriel", "Courriel", '<input required="required" class="powermail_input form-control" '
                   'id="powermail_field_courriel" type="email" name="tx_powermail_pi1[field][courriel]" value="">')
            + wrap("select", "objet", "Objet", f'<select class="powermail_select form-control" id="powermail_field_objet" '
                   f'name="tx_powermail_pi1[field][objet]">{options}</select>')
            + wrap("textarea", "message", "Votre message", '<textarea required="required" rows="8" cols="20" '
                   'class="powermail_textarea form-control" id="powermail_field_message" '
                   'name="tx_powermail_pi1[field][message]"></textarea>')
            + '<div class="powermail_fieldwrap powermail_fieldwrap_type_submit form-group"><div class="col-sm-10 '
              'col-sm-offset-2"><input class="powermail_submit btn btn-primary" type="submit" value="Envoyer"></div></div>'
              f'</fieldset><input class="powermail_form_uid" type="hidden" name="tx_powermail_pi1[mail][form]" '
              f'value="{form_id}"></form></div></div>')


def limesurvey_iframe(instance, survey_id, title):
    return (f'<div class="embed embed--enquete"><iframe src="https://{instance}/index.php/{survey_id}?lang=fr&amp;newtest=Y" '
            f'title="{escape(title)}" width="100%" height="960" style="border:0" loading="lazy"></iframe>'
            f'<p class="embed__fallback">Le questionnaire ne s\'affiche pas ? <a href="https://{instance}/index.php/'
            f'{survey_id}?lang=fr">Ouvrir le questionnaire dans un nouvel onglet</a>.</p></div>')


def tally_embed(form_id, title, height=540):
    """Tally's embed: an iframe whose src is set from data-tally-src by Tally's widget script."""
    return (f'<iframe data-tally-src="https://tally.so/embed/{form_id}?alignLeft=1&amp;hideTitle=1&amp;'
            f'transparentBackground=1&amp;dynamicHeight=1" loading="lazy" width="100%" height="{height}" frameborder="0" '
            f'marginheight="0" marginwidth="0" title="{escape(title)}"></iframe>'
            '<script>(function(d){var w="https://tally.so/widgets/embed.js";function load(){if(typeof Tally!=="undefined")'
            '{Tally.loadEmbeds();}else{d.querySelectorAll("iframe[data-tally-src]:not([src])").forEach(function(e)'
            '{e.src=e.dataset.tallySrc;});}}var s=d.createElement("script");s.src=w;s.onload=load;s.onerror=load;'
            'd.body.appendChild(s);})(document);</script>')


# ---- Decidim --------------------------------------------------------------------------------------

def decidim_cards(items):
    """A list of resources as Decidim draws them (``card__list``); ``items``: (href, title, metadata list)."""
    cards = "".join(
        f'<a href="{escape(href)}" class="card__list" id="{escape("__".join(href.rstrip("/").split("/")[-2:]))}">'
        f'<div class="card__list-content"><h3 class="h4 card__list-title">{escape(title)}</h3><div class="card__list-metadata">'
        + "".join(f"<span>{escape(m)}</span>" for m in metadata) + "</div></div></a>"
        for href, title, metadata in items)
    return f'<div class="card__list-list">{cards}</div>'


def decidim_login_button(label):
    """What an anonymous visitor gets instead of a form: a button opening the login dialog."""
    return (f'<button type="button" class="button button__sm button__secondary" data-dialog-open="loginModal">'
            f'{escape(label)}</button>')


def decidim_comments(resource, rid, comments):
    """Decidim's comments: the thread and, for a visitor, the invitation to log in; ``comments``: (id, author, date, text)."""
    thread = "".join(
        f'<div id="comment_{cid}" class="comment" data-comment-id="{cid}"><div class="comment__header"><div class="author">'
        f'<span class="author__name">{escape(author)}</span></div><span class="comment__date">{escape(date)}</span></div>'
        f'<div class="comment__content"><div class="editor-content"><p>{text}</p></div></div><div class="comment__footer">'
        f'<button class="button button__sm button__text-secondary comment__reply" data-dialog-open="loginModal">Répondre'
        f'</button></div></div>' for cid, author, date, text in comments)
    count = f"{len(comments)} commentaire{'s' if len(comments) > 1 else ''}" if comments else "Aucun commentaire"
    gid = b64encode(f"gid://decidim-app/Decidim::{resource}s::{resource}/{rid}".encode()).decode()
    return (f'<section id="comments-for-{resource}-{rid}" class="comments" data-decidim-comments=\'{{"commentableGid":'
            f'"{gid}","rootDepth":0,"order":"older"}}\'><div class="comments__header"><h2 class="h4">'
            f'<span class="comments-count">{count}</span></h2></div><div class="comment-threads">{thread}</div>'
            '<div class="add-comment"><p>Connectez-vous avec votre compte ou inscrivez-vous pour ajouter votre commentaire.'
            '</p><button class="button button__sm button__secondary" data-dialog-open="loginModal">Se connecter</button>'
            '</div></section>')


def decidim_survey(action, description, questions):
    """A Decidim survey component: the questionnaire form; ``questions``: (label, choices)."""
    blocks = "".join(
        f'<div class="answer question" data-max-choices="" data-conditioned="false" data-question-id="{100 + i}">'
        f'<div class="answer-questionnaire__question"><label for="questionnaire_responses_{i}" class="answer-questionnaire__'
        f'question-label questionnaire-question" data-answer-idx="{i + 1}">{i + 1}. {escape(label)}</label>'
        f'<div class="answer-questionnaire__single-option js-radio-button-collection">'
        + "".join(f'<div class="js-collection-input"><label for="questionnaire_responses_{i}_choices_{n}_body"><input '
                  f'type="radio" name="questionnaire[responses][{i}][choices][][body]" value="{escape(c)}" '
                  f'id="questionnaire_responses_{i}_choices_{n}_body"> {escape(c)}</label></div>'
                  for n, c in enumerate(choices))
        + f'</div><input type="hidden" name="questionnaire[responses][{i}][question_id]" value="{100 + i}"></div></div>'
        for i, (label, choices) in enumerate(questions))
    return (f'<div class="editor-content">{description}</div><div class="mb-10"><p class="help-text">Les champs marqués '
            f'd\'un astérisque (*) sont obligatoires.</p></div><form class="form answer-questionnaire" data-safe-path="'
            f'{action}" enctype="multipart/form-data" action="{action}/answer" accept-charset="UTF-8" method="post">'
            f'<input type="hidden" name="_method" value="post"><div id="step-0" class="answer-questionnaire__step">{blocks}'
            '<div class="answer-questionnaire__footer"><div class="answer-questionnaire__tos"><label for="questionnaire_'
            'tos_agreement"><input type="checkbox" value="1" name="questionnaire[tos_agreement]" id="questionnaire_tos_'
            'agreement"> En participant, vous acceptez les conditions d\'utilisation</label></div><button type="submit" '
            'class="button button__lg button__secondary" data-dialog-open="loginModal">Envoyer</button></div></div></form>')


def decidim_projects(budget_total, projects):
    """The projects of a budget, with the vote rules and an "Ajouter" button per project; ``projects``: (id, title, amount)."""
    items = "".join(
        f'<div class="budget-list__item" id="project-{pid}-item"><div class="budget-list__text"><h3 class="h4 '
        f'budget-list__title">{escape(title)}</h3><div class="budget-list__number"><span class="budget-list__number-label">'
        f'Budget</span> <strong>{escape(amount)}</strong></div></div><div class="budget-list__action">'
        f'<button class="button button__sm budget-list__action button__secondary" id="project-vote-button-{pid}" '
        f'data-dialog-open="loginModal" title="Ajouter le projet {escape(title)} à votre vote."><span>Ajouter</span>'
        f'</button></div></div>' for pid, title, amount in projects)
    return (f'<div class="card budget-summary" data-progress-reference><div class="budget-summary__content">'
            f'<h2 class="h3 budget-summary__content__header--title">Votez pour le budget</h2><p>Sélectionnez au maximum 3 '
            f'projets que vous souhaitez voir se réaliser et votez selon vos préférences pour définir le budget.</p>'
            f'<div class="budget-summary__total"><span class="mini-title">Budget total <strong>{escape(budget_total)}'
            f'</strong></span></div><div class="budget-summary__progressbar"><div class="budget-progress" role="progressbar" '
            f'aria-valuenow="0" aria-valuemin="0" aria-valuemax="100"></div></div></div></div>'
            f'<section id="projects" class="layout-main__section"><span class="text-xl font-semibold">Sélectionner des '
            f'projets</span><div class="budget-list">{items}</div></section>')


def decidim_progress(count, required):
    pct = min(100, round(count * 100 / required))
    return (f'<div class="progress__bar"><div class="progress__bar__title"><span class="progress__bar__number">{count}</span>'
            f'/{required}</div><div class="progress progress__bar__bar" role="progressbar" aria-valuenow="{pct}" '
            f'aria-valuemin="0" aria-valuemax="100"><div class="progress-meter progress__bar__bar--complete" '
            f'style="width: {pct}%"></div></div><div class="progress__bar__subtitle">Besoin de plus de signatures</div></div>')


# ---- CONSUL Democracy -----------------------------------------------------------------------------

def consul_debate_item(did, href, title, summary, comments, agree, disagree):
    return (f'<div id="debate_{did}" class="debate"><div class="panel"><div class="row"><div class="small-12 medium-9 column">'
            f'<div class="debate-content"><span class="label left">Débat</span><i class="icon-comment-quotes"></i>'
            f'<h3><a href="{href}">{escape(title)}</a></h3><p class="debate-info"><i class="icon-chat-bubble-two"></i>&nbsp;'
            f'<a href="{href}#comments">{comments} commentaires</a></p><div class="debate-description"><p>{summary}</p></div>'
            f'</div></div><div id="debate_{did}_votes" class="small-12 medium-3 column text-center"><div class="votes">'
            f'<div class="in-favor"><button class="like" title="Je suis d\'accord" disabled>{agree} %</button></div>'
            f'<div class="against"><button class="unlike" title="Je ne suis pas d\'accord" disabled>{disagree} %</button>'
            f'</div><span class="total-votes">{agree + disagree + 12} votes</span></div></div></div></div></div>')


def consul_comments(count, comments):
    """CONSUL's comment tree for a visitor; ``comments``: (id, author, date, text)."""
    thread = "".join(
        f'<div id="comment_{cid}" class="comment small-12"><div class="comment-body"><div class="comment-info">'
        f'<span class="user-name">{escape(author)}</span> &bull; <time>{escape(date)}</time></div><div class="comment-user">'
        f'<p>{text}</p></div><div class="comment-footer"><span class="responses-count">Aucune réponse</span></div></div>'
        '</div>' for cid, author, date, text in comments)
    return (f'<div class="row comments"><div id="comments" class="small-12 column"><h3>Commentaires '
            f'<span class="js-comments-count">({count})</span></h3><div data-alert class="callout primary">Vous devez '
            '<a href="/users/sign_in">vous connecter</a> ou <a href="/users/sign_in">vous inscrire</a> pour laisser un '
            f'commentaire.</div>{thread}</div></div>')


def consul_supports(supports, needed):
    pct = min(100, round(supports * 100 / needed))
    return (f'<div class="supports"><div class="progress small-12 success round"><span class="meter" style="width: {pct}%">'
            f'</span></div><span class="total-supports">{supports} soutiens</span><span class="supports-needed">'
            f'{needed - supports} soutiens nécessaires</span><div class="in-favor"><a class="button button-support small '
            'expanded" href="/users/sign_in" title="Soutenir cette proposition">Soutenir</a></div></div>')


# ---- phpBB ----------------------------------------------------------------------------------------

def phpbb_forums(forums):
    """The board index; ``forums``: (href, name, description, topics, posts, last)."""
    rows = "".join(
        f'<li class="row"><dl class="row-item forum_read"><dt title="Aucun message non lu"><div class="list-inner">'
        f'<a href="{href}" class="forumtitle">{escape(name)}</a><br>{escape(desc)}</div></dt><dd class="topics">{topics} '
        f'<dfn>Sujets</dfn></dd><dd class="posts">{posts} <dfn>Messages</dfn></dd><dd class="lastpost"><span><dfn>Dernier '
        f'message</dfn> par <span class="username">{escape(last[0])}</span><br>{escape(last[1])}</span></dd></dl></li>'
        for href, name, desc, topics, posts, last in forums)
    return ('<div class="forabg"><div class="inner"><ul class="topiclist"><li class="header"><dl class="row-item"><dt>'
            '<div class="list-inner">Forum</div></dt><dd class="topics">Sujets</dd><dd class="posts">Messages</dd>'
            f'<dd class="lastpost"><span>Dernier message</span></dd></dl></li></ul><ul class="topiclist forums">{rows}</ul>'
            '</div></div>')


def phpbb_topics(topics):
    """A forum's topic list; ``topics``: (href, title, author, date, replies, views)."""
    rows = "".join(
        f'<li class="row bg{1 + n % 2}"><dl class="row-item topic_read"><dt><div class="list-inner"><a href="{href}" '
        f'class="topictitle">{escape(title)}</a><br><div class="topic-poster responsive-hide left-box">par <span '
        f'class="username">{escape(author)}</span> &raquo; {escape(date)}</div></div></dt><dd class="posts">{replies} '
        f'<dfn>Réponses</dfn></dd><dd class="views">{views} <dfn>Vues</dfn></dd></dl></li>'
        for n, (href, title, author, date, replies, views) in enumerate(topics))
    return ('<div class="action-bar bar-top"><a href="/ucp.php?mode=login" class="button" title="Publier un nouveau sujet">'
            '<span>Nouveau sujet</span></a></div><div class="forumbg"><div class="inner"><ul class="topiclist"><li '
            'class="header"><dl class="row-item"><dt><div class="list-inner">Sujets</div></dt><dd class="posts">Réponses'
            f'</dd><dd class="views">Vues</dd></dl></li></ul><ul class="topiclist topics">{rows}</ul></div></div>')


def phpbb_posts(topic_id, posts):
    """A topic's posts; ``posts``: (id, title, author, date, text)."""
    items = "".join(
        f'<div id="p{pid}" class="post has-profile bg{1 + n % 2}"><div class="inner"><dl class="postprofile" '
        f'id="profile{pid}"><dt class="no-profile-rank no-avatar"><span class="username">{escape(author)}</span></dt>'
        f'</dl><div class="postbody"><div id="post_content{pid}"><h3 class="{"first" if n == 0 else ""}"><a '
        f'href="#p{pid}">{escape(title)}</a></h3><p class="author"><span class="responsive-hide">par <strong>'
        f'{escape(author)}</strong> &raquo; </span>{escape(date)}</p><div class="content">{text}</div></div></div></div>'
        f'</div><hr class="divider">' for n, (pid, title, author, date, text) in enumerate(posts))
    return ('<div class="action-bar bar-top"><a href="/ucp.php?mode=login" class="button" title="Répondre au sujet">'
            f'<span>Répondre</span></a></div><div id="topic-{topic_id}">{items}</div>')


def phpbb_login(action, intro):
    return (f'<form action="{action}" method="post" id="login" data-focus="username"><div class="panel"><div class="inner">'
            f'<div class="content"><h2 class="login-title">Connexion</h2><p>{intro}</p><fieldset class="fields1"><dl><dt>'
            '<label for="username">Nom d’utilisateur :</label></dt><dd><input type="text" tabindex="1" name="username" '
            'id="username" size="25" class="inputbox autowidth"></dd></dl><dl><dt><label for="password">Mot de passe :'
            '</label></dt><dd><input type="password" tabindex="2" id="password" name="password" size="25" '
            'class="inputbox autowidth" autocomplete="off"></dd></dl><dl><dd><label for="autologin"><input '
            'type="checkbox" name="autologin" id="autologin" tabindex="4"> Se souvenir de moi</label></dd><dd><label '
            'for="viewonline"><input type="checkbox" name="viewonline" id="viewonline" tabindex="5"> Cacher mon statut en '
            'ligne pour cette session</label></dd></dl><dl><dt>&nbsp;</dt><dd><input type="submit" name="login" '
            'tabindex="6" value="Connexion" class="button1"></dd></dl></fieldset></div></div></div></form>')
