"""Markup helpers of the fourth holdout part (``villes``), written apart from the other parts' helpers.

Each helper writes a feature (or its lookalike) the way the software it imitates prints it: class names,
routes and field names learnt from the public source of WordPress plugins (WPForms, Ninja Forms,
Forminator, Democracy Poll, MailPoet, Contact Form 7), Drupal (Webform, Poll, comments), SPIP (contact,
forum, petitions, Formidable), Joomla (com_contact, RSForm), TYPO3 powermail, Wagtail form pages,
Publik (w.c.s.), Decidim, CONSUL Democracy, Cap Collectif, Go Vocal, phpBB, Flarum and Discourse. The
wording is ours.
"""
import zlib
from html import escape


def prose(*paragraphs):
    return "".join(f"<p>{p}</p>" for p in paragraphs)


def section(title, *paragraphs):
    return f"<h2>{title}</h2>" + prose(*paragraphs)


def bullets(items, cls="liste"):
    return f'<ul class="{cls}">' + "".join(f"<li>{i}</li>" for i in items) + "</ul>"


def link(href, text, cls=None):
    klass = f' class="{cls}"' if cls else ""
    return f'<a href="{escape(href)}"{klass}>{text}</a>'


# ---- home pages -------------------------------------------------------------------------------

def home(welcome, tiles, news, events, extra=""):
    """A city home page: a banner word, "accès directs" tiles, three or four news, the agenda."""
    tiles_html = "".join(f'<li class="acces-direct__item"><a class="acces-direct__link" href="{escape(h)}">'
                         f'<span class="acces-direct__label">{label}</span></a></li>' for label, h in tiles)
    cards = "".join(f'<article class="actu-card"><p class="actu-card__cat">{cat}</p>'
                    f'<h3 class="actu-card__title"><a href="{escape(h)}">{t}</a></h3>'
                    f'<p class="actu-card__date">{d}</p><p class="actu-card__chapo">{s}</p></article>'
                    for cat, t, h, d, s in news)
    dates = "".join(f'<li class="evt"><time class="evt__date">{d}</time> <a class="evt__title" href="{escape(h)}">{t}</a>'
                    f'<span class="evt__lieu">{lieu}</span></li>' for d, t, h, lieu in events)
    return (f'<section class="bandeau-accueil"><p class="bandeau-accueil__texte">{welcome}</p></section>'
            f'<nav class="acces-directs" aria-label="Accès directs"><h2>Accès directs</h2><ul>{tiles_html}</ul></nav>'
            + extra
            + f'<section class="bloc-actus"><h2>À la une</h2><div class="bloc-actus__liste">{cards}</div>'
              f'<p class="bloc-actus__tout"><a href="{escape(news[0][2])}">Toutes les actualités</a></p></section>'
              f'<section class="bloc-agenda"><h2>Agenda</h2><ul>{dates}</ul></section>')


def search_results(action, query, results):
    """A results page of the site's own search engine: a search form and a list of hits."""
    hits = "".join(f'<li class="resultat"><a href="{escape(h)}">{t}</a><p>{s}</p></li>' for t, h, s in results)
    return (f'<form class="recherche-avancee" action="{action}" method="get" role="search">'
            f'<label for="q-page">Rechercher</label><input type="search" id="q-page" name="q" value="{escape(query)}">'
            f'<select name="type"><option value="">Tous les contenus</option><option value="actualite">Actualités</option>'
            f'<option value="demarche">Démarches</option></select><button type="submit">Lancer la recherche</button></form>'
            f'<p class="resultats__nombre">{len(results)} résultats pour « {escape(query)} »</p><ol class="resultats">{hits}</ol>')


def page_rating(page_id):
    """The "was this page useful?" widget many vendor CMSs print under each page: two buttons, no question to residents."""
    return (f'<aside class="page-utile" aria-labelledby="page-utile-titre-{page_id}"><form class="page-utile__form" '
            f'action="/ajax/page-utile" method="post"><input type="hidden" name="page" value="{page_id}">'
            f'<p id="page-utile-titre-{page_id}" class="page-utile__titre">Cette page vous a-t-elle été utile ?</p>'
            f'<button type="submit" name="utile" value="1" class="page-utile__btn">Oui</button>'
            f'<button type="submit" name="utile" value="0" class="page-utile__btn">Non</button></form></aside>')


def login_form(action, user="identifiant", password="mot_de_passe", title="Connexion à votre compte"):
    return (f'<form class="form-connexion" method="post" action="{action}"><h2>{title}</h2>'
            f'<p><label for="cx-user">Adresse électronique ou identifiant</label>'
            f'<input type="text" id="cx-user" name="{user}" autocomplete="username" required></p>'
            f'<p><label for="cx-pass">Mot de passe</label><input type="password" id="cx-pass" name="{password}" '
            f'autocomplete="current-password" required></p><p><input type="checkbox" id="cx-souvenir" name="souvenir">'
            f'<label for="cx-souvenir">Rester connecté</label></p><p><button type="submit">Se connecter</button></p></form>')


def share_links(url, title):
    """Share buttons: intents, not accounts of the city."""
    from urllib.parse import quote
    u, t = quote(url, safe=""), quote(title, safe="")
    return ('<div class="partage"><p class="partage__titre">Partager cet article</p><ul class="partage__liste">'
            f'<li><a href="https://www.facebook.com/sharer/sharer.php?u={u}" target="_blank" rel="noopener">Facebook</a></li>'
            f'<li><a href="https://twitter.com/intent/tweet?url={u}&amp;text={t}" target="_blank" rel="noopener">X</a></li>'
            f'<li><a href="https://www.linkedin.com/shareArticle?mini=true&amp;url={u}" target="_blank" rel="noopener">LinkedIn</a></li>'
            f'<li><a href="mailto:?subject={t}&amp;body={u}">Courriel</a></li></ul></div>')


# ---- WordPress ---------------------------------------------------------------------------------

def wpforms(form_id, action, fields, submit="Envoyer"):
    """WPForms: div.wpforms-container > form.wpforms-form, fields named wpforms[fields][n]."""
    html = []
    for n, (kind, label, required) in enumerate(fields):
        fid = f"wpforms-{form_id}-field_{n}"
        req = ' required' if required else ''
        star = ' <span class="wpforms-required-label">*</span>' if required else ''
        if kind == "textarea":
            control = f'<textarea id="{fid}" class="wpforms-field-medium" name="wpforms[fields][{n}]"{req}></textarea>'
        elif kind == "select":
            opts = "".join(f"<option>{o}</option>" for o in label[1])
            label = label[0]
            control = f'<select id="{fid}" class="wpforms-field-medium" name="wpforms[fields][{n}]"{req}>{opts}</select>'
        else:
            control = f'<input type="{kind}" id="{fid}" class="wpforms-field-medium" name="wpforms[fields][{n}]"{req}>'
        html.append(f'<div id="{fid}-container" class="wpforms-field wpforms-field-{kind}" data-field-id="{n}">'
                    f'<label class="wpforms-field-label" for="{fid}">{label}{star}</label>{control}</div>')
    return (f'<div class="wpforms-container wpforms-container-full" id="wpforms-{form_id}">'
            f'<form id="wpforms-form-{form_id}" class="wpforms-validate wpforms-form wpforms-ajax-form" data-formid="{form_id}" '
            f'method="post" enctype="multipart/form-data" action="{action}"><div class="wpforms-field-container">{"".join(html)}</div>'
            f'<div class="wpforms-submit-container"><input type="hidden" name="wpforms[id]" value="{form_id}">'
            f'<input type="hidden" name="page_title" value=""><button type="submit" name="wpforms[submit]" '
            f'id="wpforms-submit-{form_id}" class="wpforms-submit" data-alt-text="Envoi en cours..." aria-live="assertive" '
            f'value="wpforms-submit">{submit}</button></div></form></div>')


def mailpoet(form_id, host):
    """MailPoet subscription form: an e-mail field and a button, nothing else."""
    return (f'<div class="mailpoet_form mailpoet_form_shortcode" id="mailpoet_form_{form_id}">'
            f'<form target="_self" method="post" action="http://{host}/wp-admin/admin-post.php?action=mailpoet_subscription_form" '
            f'class="mailpoet_form mailpoet_form_form mailpoet_form_shortcode" novalidate data-delay="0">'
            f'<input type="hidden" name="data[form_id]" value="{form_id}"><input type="hidden" name="token" value="5e1c0a9d4b">'
            f'<input type="hidden" name="api_version" value="v1"><input type="hidden" name="endpoint" value="subscribers">'
            f'<input type="hidden" name="mailpoet_method" value="subscribe">'
            f'<div class="mailpoet_paragraph"><input type="text" class="mailpoet_text" name="data[form_field_prenom]" '
            f'title="Prénom" placeholder="Prénom"></div>'
            f'<div class="mailpoet_paragraph"><input type="email" class="mailpoet_text" name="data[form_field_email]" '
            f'title="Adresse e-mail" placeholder="Adresse e-mail *" data-parsley-required="true"></div>'
            f'<div class="mailpoet_paragraph"><input type="submit" class="mailpoet_submit" value="Je m\'abonne"></div>'
            f'<div class="mailpoet_message"><p class="mailpoet_validate_success" style="display:none;">Vérifiez votre boîte '
            f'de réception pour confirmer votre abonnement.</p></div></form></div>')


def forminator_poll(poll_id, question, answers, description=""):
    """Forminator poll: form.forminator-ui.forminator-poll, radios named after the poll id, a "Voter" button."""
    radios = "".join(
        f'<label for="{poll_id}-1-answer-{i}" class="forminator-radio"><input type="radio" name="{poll_id}" '
        f'value="answer-{i}" id="{poll_id}-1-answer-{i}" class="forminator-radio-input" aria-describedby="forminator-poll-{poll_id}--title">'
        f'<span class="forminator-radio-bullet" aria-hidden="true"></span><span class="forminator-radio-label">{a}</span></label>'
        for i, a in enumerate(answers, 1))
    desc = f'<span class="forminator-description">{description}</span>' if description else ""
    return (f'<form id="forminator-module-{poll_id}" class="forminator-ui forminator-poll forminator-poll-{poll_id} '
            f'forminator-design--default forminator_ajax" method="post" data-forminator-render="1" data-uid="{poll_id}">'
            f'<div class="forminator-response-message" aria-hidden="true"></div>'
            f'<div class="forminator-poll-header"><span id="forminator-poll-{poll_id}--title" class="forminator-question '
            f'forminator-poll--question">{question}</span>{desc}</div>'
            f'<div class="forminator-poll-body"><div role="radiogroup" class="forminator-field" '
            f'aria-labelledby="forminator-poll-{poll_id}--title">{radios}</div></div>'
            f'<input type="hidden" name="forminator_nonce" value="8b2f61c0de"><input type="hidden" name="form_id" value="{poll_id}">'
            f'<input type="hidden" name="render_id" value="1"><input type="hidden" name="action" value="forminator_submit_form_poll">'
            f'<div class="forminator-poll-footer forminator-poll--actions"><button class="forminator-button forminator-button-submit">'
            f'<span>Voter</span><i class="forminator-icon-loader forminator-loading" aria-hidden="true"></i></button>'
            f'<span class="forminator-note">Les résultats seront publiés à la clôture du sondage.</span></div></form>')


def forminator_results(poll_id, question, rows, closed_on):
    """A closed Forminator poll shown as a results chart (a table fallback), no radios, no button."""
    body = "".join(f"<tr><th scope=\"row\">{a}</th><td>{n}</td><td>{p} %</td></tr>" for a, n, p in rows)
    total = sum(n for _, n, _ in rows)
    return (f'<div class="forminator-ui forminator-poll forminator-poll-{poll_id} forminator-poll-disabled">'
            f'<div class="forminator-response-message forminator-error forminator-show"><p>Ce sondage est clos depuis le {closed_on}.</p></div>'
            f'<div class="forminator-poll-header"><span class="forminator-question forminator-poll--question">{question}</span></div>'
            f'<div class="forminator-poll-body forminator-poll--chart"><table class="forminator-chart-table"><thead><tr><th>Réponse</th>'
            f'<th>Votes</th><th>Part</th></tr></thead><tbody>{body}</tbody></table>'
            f'<p class="forminator-note">{total} votes au total</p></div></div>')


def wp_comments(post_id, comments, count_label=None):
    """WordPress native comments: ol.comment-list, then #respond with form#commentform to /wp-comments-post.php."""
    items = "".join(
        f'<li id="comment-{cid}" class="comment {"odd" if n % 2 else "even"} thread-{"odd" if n % 2 else "even"} depth-1">'
        f'<article id="div-comment-{cid}" class="comment-body"><footer class="comment-meta"><div class="comment-author vcard">'
        f'<b class="fn">{author}</b> <span class="says">dit :</span></div><div class="comment-metadata"><time>{date}</time></div></footer>'
        f'<div class="comment-content"><p>{text}</p></div>'
        f'<div class="reply"><a rel="nofollow" class="comment-reply-link" href="#respond" data-commentid="{cid}" '
        f'data-postid="{post_id}" aria-label="Répondre à {author}">Répondre</a></div></article></li>'
        for n, (cid, author, date, text) in enumerate(comments, 1))
    heading = count_label or f"{len(comments)} réponses"
    return (f'<div id="comments" class="comments-area"><h2 class="comments-title">{heading}</h2><ol class="comment-list">{items}</ol>'
            f'<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Laisser un commentaire '
            f'<small><a rel="nofollow" id="cancel-comment-reply-link" href="#respond" style="display:none;">Annuler la réponse</a></small></h3>'
            f'<form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate>'
            f'<p class="comment-notes"><span id="email-notes">Votre adresse e-mail ne sera pas publiée.</span> '
            f'<span class="required-field-message">Les champs obligatoires sont indiqués avec <span class="required">*</span></span></p>'
            f'<p class="comment-form-comment"><label for="comment">Commentaire <span class="required">*</span></label>'
            f'<textarea id="comment" name="comment" cols="45" rows="8" maxlength="65525" required></textarea></p>'
            f'<p class="comment-form-author"><label for="author">Nom <span class="required">*</span></label>'
            f'<input id="author" name="author" type="text" size="30" maxlength="245" autocomplete="name" required></p>'
            f'<p class="comment-form-email"><label for="email">E-mail <span class="required">*</span></label>'
            f'<input id="email" name="email" type="email" size="30" maxlength="100" autocomplete="email" required></p>'
            f'<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Laisser un commentaire">'
            f'<input type="hidden" name="comment_post_ID" value="{post_id}" id="comment_post_ID">'
            f'<input type="hidden" name="comment_parent" id="comment_parent" value="0"></p></form></div></div>')


def wp_comments_closed():
    return '<div id="comments" class="comments-area"><p class="no-comments">Les commentaires sont fermés.</p></div>'


def democracy_poll(poll_id, question, answers):
    """Democracy Poll: div.democracy, radios named answer_ids[], hidden dem_act=vote and dem_pid."""
    items = "".join(f'<li data-aid="{i}"><label class="dem__radio_label"><input class="dem__radio" type="radio" '
                    f'value="{i}" name="answer_ids[]"><span class="dem__spot"></span> {a}</label></li>'
                    for i, a in enumerate(answers, poll_id * 10))
    return (f'<section class="widget widget_democracy"><h2 class="widget-title">La question du mois</h2>'
            f'<div id="democracy-{poll_id}" class="democracy" data-opts=\'{{"ajax_url":"/wp-admin/admin-ajax.php","pid":{poll_id}}}\'>'
            f'<div class="dem-poll-title">{question}</div><div class="dem-screen vote"><form method="POST" action="#democracy-{poll_id}">'
            f'<ul class="dem-vote">{items}</ul><div class="dem-bottom"><input type="hidden" name="dem_act" value="vote">'
            f'<input type="hidden" name="dem_pid" value="{poll_id}"><div class="dem-vote-button"><input class="dem-button" '
            f'type="submit" value="Voter" data-dem-act="vote"></div><a href="javascript:void(0);" class="dem-link dem-results-link" '
            f'data-dem-act="view" rel="nofollow">Résultats</a></div></form></div>'
            f'<noscript>Certaines options du sondage sont limitées car JavaScript est désactivé.</noscript></div></section>')


def ninja_forms(form_id, title, fields):
    """Ninja Forms 3: the server prints an empty container and the form's fields as a script; JavaScript draws the form."""
    import json
    data = [{"objectType": "Field", "id": n, "type": kind, "label": label, "key": f"{kind}_{n}", "required": 1 if req else 0,
             "order": n} for n, (kind, label, req) in enumerate(fields, 1)]
    data.append({"objectType": "Field", "id": len(fields) + 1, "type": "submit", "label": "Envoyer", "key": "envoyer",
                 "processing_label": "Envoi en cours"})
    settings = {"objectType": "Form Setting", "title": title, "show_title": 0, "clear_complete": 1, "hide_complete": 1,
                "default_label_pos": "above", "ajax": 1, "currentLanguage": "fr_FR"}
    return (f'<noscript class="ninja-forms-noscript-message">Avis : JavaScript est requis pour ce contenu.</noscript>'
            f'<div id="nf-form-{form_id}-cont" class="nf-form-cont" aria-live="polite" aria-labelledby="nf-form-title-{form_id}" '
            f'aria-describedby="nf-form-errors-{form_id}" role="form"><div class="nf-loading-spinner"></div></div>'
            f"<script>var formDisplay=1;var nfForms=nfForms||[];var form=[];form.id='{form_id}';"
            f"form.settings={json.dumps(settings, ensure_ascii=False)};var formContentData=[];"
            f"form.fields={json.dumps(data, ensure_ascii=False)};nfForms.push(form);</script>"
            f'<script id="tmpl-nf-field-textarea" type="text/template"><textarea id="nf-field-{{{{{{ data.id }}}}}}" '
            f'name="nf-field-{{{{{{ data.id }}}}}}" class="{{{{{{ data.renderClasses() }}}}}} nf-element"></textarea></script>')


def cf7(form_id, action, fields, submit="Envoyer"):
    """Contact Form 7: div.wpcf7 > form.wpcf7-form, controls in span.wpcf7-form-control-wrap[data-name]."""
    html = []
    for name, label, kind in fields:
        if kind == "textarea":
            control = f'<textarea cols="40" rows="10" class="wpcf7-form-control wpcf7-textarea" name="{name}"></textarea>'
        elif isinstance(kind, list):
            control = (f'<select class="wpcf7-form-control wpcf7-select" name="{name}">'
                       + "".join(f'<option value="{escape(o)}">{o}</option>' for o in kind) + "</select>")
        else:
            control = f'<input size="40" class="wpcf7-form-control wpcf7-{kind}" type="{kind}" name="{name}" value="">'
        html.append(f'<p><label>{label}<br><span class="wpcf7-form-control-wrap" data-name="{name}">{control}</span></label></p>')
    return (f'<div class="wpcf7 no-js" id="wpcf7-f{form_id}-p{form_id + 7}-o1" lang="fr-FR" dir="ltr">'
            f'<div class="screen-reader-response"><p role="status" aria-live="polite" aria-atomic="true"></p></div>'
            f'<form action="{action}#wpcf7-f{form_id}-p{form_id + 7}-o1" method="post" class="wpcf7-form init" '
            f'aria-label="Formulaire de contact" novalidate="novalidate" data-status="init">'
            f'<div style="display: none;"><input type="hidden" name="_wpcf7" value="{form_id}">'
            f'<input type="hidden" name="_wpcf7_version" value="5.9.3"><input type="hidden" name="_wpcf7_locale" value="fr_FR">'
            f'<input type="hidden" name="_wpcf7_unit_tag" value="wpcf7-f{form_id}-p{form_id + 7}-o1"></div>'
            + "".join(html)
            + f'<p><input class="wpcf7-form-control wpcf7-submit has-spinner" type="submit" value="{submit}"></p>'
              f'<div class="wpcf7-response-output" aria-hidden="true"></div></form></div>')


def disqus(shortname, url, identifier):
    """The Disqus universal embed: an empty #disqus_thread filled by the forum's embed.js."""
    return (f'<div id="comments" class="comments-area disqus-wrap"><div id="disqus_thread"></div>'
            f"<script>var disqus_config = function () {{ this.page.url = '{url}'; this.page.identifier = '{identifier}'; "
            f"this.language = 'fr'; }};(function () {{ var d = document, s = d.createElement('script'); "
            f"s.src = 'https://{shortname}.disqus.com/embed.js'; s.setAttribute('data-timestamp', +new Date()); "
            f"(d.head || d.body).appendChild(s); }})();</script>"
            f'<noscript>Activez JavaScript pour afficher les <a href="https://disqus.com/?ref_noscript" rel="nofollow">'
            f'commentaires propulsés par Disqus.</a></noscript></div>')


# ---- embedded survey services ------------------------------------------------------------------

def framaforms(slug, height=1200):
    return (f'<div class="embed-questionnaire"><iframe src="https://framaforms.org/{slug}" width="100%" height="{height}" '
            f'style="border:0" title="Questionnaire en ligne" loading="lazy"></iframe>'
            f'<p class="embed-questionnaire__aide">Le questionnaire ne s\'affiche pas ? Désactivez le blocage de contenus '
            f'tiers pour ce site, ou demandez un exemplaire papier à l\'accueil de la mairie.</p></div>')


def microsoft_forms(form_key):
    return (f'<iframe width="640px" height="480px" src="https://forms.office.com/Pages/ResponsePage.aspx?id={form_key}&amp;embed=true" '
            f'frameborder="0" marginwidth="0" marginheight="0" style="border: none; max-width:100%; max-height:100vh" '
            f'allowfullscreen webkitallowfullscreen mozallowfullscreen msallowfullscreen></iframe>')


# ---- Drupal ------------------------------------------------------------------------------------

def _drupal_item(kind, name, label, required=False, options=None):
    sel = name.replace("_", "-")
    req = ' required="required" aria-required="true"' if required else ""
    lab_cls = ' class="js-form-required form-required"' if required else ""
    if kind == "textarea":
        control = (f'<div class="form-textarea-wrapper"><textarea data-drupal-selector="edit-{sel}" id="edit-{sel}" '
                   f'name="{name}" rows="5" cols="60" class="form-textarea resize-vertical"{req}></textarea></div>')
    elif kind == "radios":
        radios = "".join(
            f'<div class="js-form-item form-item js-form-type-radio form-type-radio js-form-item-{sel} form-item-{sel}">'
            f'<input data-drupal-selector="edit-{sel}-{i}" type="radio" id="edit-{sel}-{i}" name="{name}" value="{escape(o)}" '
            f'class="form-radio"><label for="edit-{sel}-{i}" class="option">{o}</label></div>' for i, o in enumerate(options))
        return (f'<fieldset data-drupal-selector="edit-{sel}" id="edit-{sel}--wrapper" class="radios--wrapper fieldgroup '
                f'form-composite webform-composite-visible-title js-webform-type-radios webform-type-radios js-form-item form-item '
                f'js-form-wrapper form-wrapper"><legend><span class="fieldset-legend">{label}</span></legend>'
                f'<div class="fieldset-wrapper"><div id="edit-{sel}" class="js-webform-radios webform-options-display-one-column '
                f'form-radios">{radios}</div></div></fieldset>')
    else:
        control = (f'<input data-drupal-selector="edit-{sel}" type="{kind}" id="edit-{sel}" name="{name}" value="" '
                   f'size="60" maxlength="255" class="form-{kind}"{req}>')
    return (f'<div class="js-form-item form-item js-form-type-{kind} form-type-{kind} js-form-item-{sel} form-item-{sel}">'
            f'<label for="edit-{sel}"{lab_cls}>{label}</label>{control}</div>')


def webform(webform_id, action, items, submit="Envoyer"):
    """Drupal Webform: form.webform-submission-form, data-drupal-selector attributes, hidden form_build_id/form_id."""
    sel = webform_id.replace("_", "-")
    fields = "".join(_drupal_item(*item) for item in items)
    return (f'<form class="webform-submission-form webform-submission-add-form webform-submission-{sel}-form '
            f'webform-submission-{sel}-add-form js-webform-details-toggle webform-details-toggle" '
            f'data-drupal-selector="webform-submission-{sel}-add-form" action="{action}" method="post" '
            f'id="webform-submission-{sel}-add-form" accept-charset="UTF-8">{fields}'
            f'<div data-drupal-selector="edit-actions" class="form-actions webform-actions js-form-wrapper form-wrapper" id="edit-actions">'
            f'<input class="webform-button--submit button button--primary js-form-submit form-submit" data-drupal-selector="edit-submit" '
            f'type="submit" id="edit-submit--2" name="op" value="{submit}"></div>'
            f'<input autocomplete="off" data-drupal-selector="form-7hq3lk0v2x" type="hidden" name="form_build_id" value="form-7hQ3lk0V2xYp">'
            f'<input data-drupal-selector="edit-webform-submission-{sel}-add-form" type="hidden" name="form_id" '
            f'value="webform_submission_{webform_id}_add_form"></form>')


def drupal_poll(poll_id, action, question, choices, closes):
    """Drupal Poll (8+): form.poll-view-form with radios named "choice" and an "op" submit."""
    radios = "".join(
        f'<div class="js-form-item form-item js-form-type-radio form-type-radio js-form-item-choice form-item-choice">'
        f'<input data-drupal-selector="edit-choice-{cid}" type="radio" id="edit-choice-{cid}" name="choice" value="{cid}" '
        f'class="form-radio"><label for="edit-choice-{cid}" class="option">{c}</label></div>'
        for cid, c in enumerate(choices, poll_id * 10))
    return (f'<form class="poll-view-form poll-view-form-{poll_id}" data-drupal-selector="poll-view-form-{poll_id}" '
            f'action="{action}" method="post" id="poll-view-form-{poll_id}" accept-charset="UTF-8">'
            f'<div class="poll" id="poll-{poll_id}"><div class="vote-form"><h3 class="poll-question">{question}</h3>'
            f'<div class="choices"><fieldset data-drupal-selector="edit-choice" id="edit-choice--wrapper" class="fieldgroup '
            f'form-composite js-form-item form-item js-form-wrapper form-wrapper"><legend><span class="visually-hidden fieldset-legend">'
            f'Choix</span></legend><div class="fieldset-wrapper"><div id="edit-choice" class="form-radios">{radios}</div></div>'
            f'</fieldset></div><input data-drupal-selector="edit-vote" type="submit" id="edit-vote" name="op" value="Voter" '
            f'class="button js-form-submit form-submit"></div>'
            f'<p class="poll-meta">Le vote est ouvert jusqu\'au {closes}. Un vote par foyer.</p></div>'
            f'<input autocomplete="off" type="hidden" name="form_build_id" value="form-pQ8vW2nL0aZk">'
            f'<input data-drupal-selector="edit-poll-view-form-{poll_id}" type="hidden" name="form_id" value="poll_view_form_{poll_id}"></form>')


def drupal_poll_results(poll_id, question, rows):
    bars = "".join(f'<dt class="choice-title">{c}</dt><dd class="choice-result"><div class="percent">{p} %</div>'
                   f'<div class="bar"><div class="foreground" style="width: {p}%"></div></div></dd>' for c, p in rows)
    return (f'<div class="poll" id="poll-{poll_id}"><div class="poll-results"><h3 class="poll-question">{question}</h3>'
            f'<dl>{bars}</dl><div class="total">Le sondage est clos. Participation : 1 204 votes.</div></div></div>')


def drupal_comments(node_id, comments):
    """Drupal comments: section.comments with article.comment items, then form.comment-comment-form."""
    items = "".join(
        f'<article data-comment-user-id="0" id="comment-{cid}" class="comment js-comment by-anonymous">'
        f'<span class="hidden" data-comment-timestamp="1712000000"></span><footer class="comment__meta">'
        f'<p class="comment__author"><span>{author}</span></p><p class="comment__time">{date}</p></footer>'
        f'<div class="comment__content"><div class="clearfix text-formatted field field--name-comment-body">'
        f'<p>{text}</p></div><ul class="links inline"><li class="comment-reply"><a href="#comment-form">Répondre</a></li></ul></div></article>'
        for cid, author, date, text in comments)
    return (f'<section class="comments field field--name-comment field--type-comment field--label-above">'
            f'<h2 class="comments__title">Commentaires</h2>{items}'
            f'<h2 class="comments__form-title">Ajouter un commentaire</h2>'
            f'<form class="comment-comment-form comment-form" data-drupal-selector="comment-form" '
            f'action="/comment/reply/node/{node_id}/comment" method="post" id="comment-form" accept-charset="UTF-8">'
            + _drupal_item("text", "name", "Votre nom")
            + _drupal_item("text", "subject[0][value]", "Sujet")
            + f'<div class="js-form-item form-item js-form-type-textarea form-type-textarea js-form-item-comment-body-0-value '
              f'form-item-comment-body-0-value"><label for="edit-comment-body-0-value" class="js-form-required form-required">Commentaire</label>'
              f'<div class="form-textarea-wrapper"><textarea data-drupal-selector="edit-comment-body-0-value" id="edit-comment-body-0-value" '
              f'name="comment_body[0][value]" rows="5" cols="60" class="form-textarea required" required="required"></textarea></div></div>'
              f'<input type="hidden" name="form_build_id" value="form-c0MmEnT5aBc"><input type="hidden" name="form_id" value="comment_comment_form">'
              f'<div class="form-actions js-form-wrapper form-wrapper" id="edit-actions"><input type="submit" id="edit-submit" name="op" '
              f'value="Enregistrer" class="button button--primary js-form-submit form-submit"></div></form></section>')


# ---- SPIP --------------------------------------------------------------------------------------

def _spip_hidden(form, args):
    return (f'<div><input name="formulaire_action" type="hidden" value="{form}">'
            f'<input name="formulaire_action_args" type="hidden" value="{args}"><input name="formulaire_action_sign" '
            f'type="hidden" value=""><input type="hidden" name="_jeton" value="f3a9c1"></div>')


def spip_contact(action):
    """The SPIP "contact" plugin form: li.editer items, fields mail, sujet, texte."""
    return (f'<div class="formulaire_spip formulaire_contact ajax" id="formulaire_contact">'
            f'<form method="post" action="{action}#formulaire_contact" enctype="multipart/form-data">'
            + _spip_hidden("contact", "9QmUe8rW2c3")
            + '<fieldset><legend>Écrire à la mairie</legend><div class="editer-groupe">'
              '<div class="editer saisie_nom"><label for="contact_nom">Vos nom et prénom</label>'
              '<input type="text" class="text" name="nom" id="contact_nom" size="40"></div>'
              '<div class="editer saisie_mail obligatoire"><label for="contact_mail">Votre adresse email <span class="obligatoire">'
              '(obligatoire)</span></label><input type="email" class="text email" name="mail" id="contact_mail" size="40" required></div>'
              '<div class="editer saisie_sujet obligatoire"><label for="contact_sujet">Objet de votre message</label>'
              '<input type="text" class="text" name="sujet" id="contact_sujet" size="40"></div>'
              '<div class="editer saisie_texte obligatoire"><label for="contact_texte">Votre message</label>'
              '<textarea name="texte" id="contact_texte" rows="8" cols="40"></textarea></div></div></fieldset>'
              '<p style="display:none;"><label for="nobot">Laisser ce champ vide</label><input type="text" class="text" name="nobot" id="nobot" value=""></p>'
              '<p class="boutons"><input type="submit" class="submit" value="Envoyer le message"></p></form></div>')


def spip_forum(article_id, messages):
    """SPIP's forum under an article, as the distributed templates print it: "Commentaires", then the message form."""
    items = "".join(
        f'<li class="comment-item comment-fil {"odd" if n % 2 else "even"}"><div class="comment hentry comment-forum" id="forum{fid}">'
        f'<p class="comment-meta"><a href="#forum{fid}" class="permalink">#</a> <small>Le {date}, par '
        f'<span class="vcard author"><strong class="fn">{author}</strong></span></small></p>'
        f'<div class="comment-content">{text}</div></div></li>'
        for n, (fid, author, date, text) in enumerate(messages, 1))
    return (f'<div class="comments"><a href="#forum" id="forum"></a><h2>Commentaires</h2><ul class="comments-items">{items}</ul></div>'
            f'<h2>Un message, un commentaire ?</h2><div class="formulaire_spip formulaire_forum ajax" id="formulaire_forum">'
            f'<form action="/spip.php?article{article_id}#formulaire_forum" method="post" enctype="multipart/form-data">'
            + _spip_hidden("forum", f"article-{article_id}")
            + f'<input type="hidden" name="id_objet" value="{article_id}"><input type="hidden" name="objet" value="article">'
              f'<fieldset><legend>Message</legend><div class="editer-groupe">'
              f'<div class="editer saisie_titre obligatoire"><label for="titre">Titre (obligatoire)</label>'
              f'<input type="text" class="text" name="titre" id="titre" size="60"></div>'
              f'<div class="editer saisie_texte obligatoire"><label for="texte">Texte de votre message (obligatoire)</label>'
              f'<textarea name="texte" id="texte" rows="10" cols="60"></textarea></div></div></fieldset>'
              f'<fieldset><legend>Qui êtes-vous ?</legend><div class="editer-groupe">'
              f'<div class="editer saisie_session_nom"><label for="session_nom">Votre nom</label>'
              f'<input type="text" class="text" name="session_nom" id="session_nom" size="40"></div>'
              f'<div class="editer saisie_session_email"><label for="session_email">Votre adresse email</label>'
              f'<input type="email" class="text email" name="session_email" id="session_email" size="40"></div></div></fieldset>'
              f'<p class="explication">Ce forum est modéré a priori : votre contribution n\'apparaîtra qu\'après avoir été validée.</p>'
              f'<p class="boutons"><input type="submit" class="submit" name="previsualiser_message" value="Prévisualiser"></p></form></div>')


def spip_signature(article_id, count, signatures):
    """The SPIP petitions plugin: #FORMULAIRE_SIGNATURE (session_nom, session_email, message) and the list of signatures."""
    rows = "".join(f'<tr class="row_{"odd" if n % 2 else "even"}"><td class="signature-date">{d}</td>'
                   f'<td class="signature-nom">{who}</td><td class="signature-message">{msg}</td></tr>'
                   for n, (d, who, msg) in enumerate(signatures, 1))
    return (f'<div class="formulaire_spip formulaire_signature ajax" id="sp{article_id}"><h2 class="titrem">Signer cette pétition</h2>'
            f'<form method="post" action="/spip.php?article{article_id}#sp{article_id}">'
            + _spip_hidden("signature", f"article-{article_id}")
            + f'<fieldset><legend>Votre signature</legend><div class="editer-groupe">'
              f'<div class="editer editer_session_nom obligatoire"><label for="session_nom_{article_id}">Votre nom ou pseudo</label>'
              f'<input type="text" class="text" name="session_nom" id="session_nom_{article_id}" required></div>'
              f'<div class="editer editer_session_email obligatoire"><label for="session_email_{article_id}">Votre adresse email</label>'
              f'<input type="email" class="text email" name="session_email" id="session_email_{article_id}" required></div>'
              f'<div class="editer editer_message"><label for="message_{article_id}">Un mot pour accompagner votre signature (facultatif)</label>'
              f'<textarea name="message" id="message_{article_id}" rows="3" cols="40"></textarea></div></div></fieldset>'
              f'<p class="explication">Un courriel de confirmation vous sera envoyé : votre signature ne sera comptée qu\'une fois '
              f'validée.</p><p class="boutons"><input type="submit" class="submit" value="Signer"></p></form></div>'
              f'<div class="signatures"><h2>{count} signatures</h2><table class="spip signatures"><thead><tr><th>Date</th><th>Nom</th>'
              f'<th>Message</th></tr></thead><tbody>{rows}</tbody></table></div>')


def spip_formidable(form_id, action, saisies, submit="Envoyer"):
    """The Formidable plugin for SPIP: div.formulaire_formidable, saisies named input_n, textarea_n, radio_n."""
    html = []
    counters = {}
    for kind, label, extra in saisies:
        counters[kind] = counters.get(kind, 0) + 1
        name = f"{kind}_{counters[kind]}"
        if kind == "textarea":
            control = f'<textarea name="{name}" id="champ_{name}" rows="6" cols="40"></textarea>'
        elif kind == "radio":
            control = "".join(f'<div class="choix choix_{i}"><input type="radio" name="{name}" class="radio" id="champ_{name}_{i}" '
                              f'value="choix{i}"><label for="champ_{name}_{i}">{o}</label></div>' for i, o in enumerate(extra))
        else:
            control = f'<input type="{extra or "text"}" name="{name}" class="text" id="champ_{name}" size="40">'
        html.append(f'<div class="editer editer_{name} saisie_{kind}"><label for="champ_{name}">{label}</label>{control}</div>')
    return (f'<div class="formulaire_spip formulaire_formidable formulaire_formidable-{form_id} ajax" id="formulaire_formidable-{form_id}">'
            f'<form method="post" action="{action}#formulaire_formidable-{form_id}" enctype="multipart/form-data">'
            + _spip_hidden("formidable", f"formidable-{form_id}")
            + '<div class="editer-groupe">' + "".join(html) + '</div>'
              f'<p class="boutons"><input type="submit" class="submit" value="{submit}"></p></form></div>')


# ---- Joomla ------------------------------------------------------------------------------------

def joomla_contact(action, contact_slug):
    """Joomla com_contact: form#contact-form with jform[contact_*] fields and option/task hidden inputs."""
    return (f'<div class="com-contact__form contact-form"><form id="contact-form" action="{action}" method="post" '
            f'class="form-validate form-horizontal well"><fieldset><legend>Envoyer un e-mail</legend>'
            f'<div class="control-group field-spacer"><div class="control-label"><span class="spacer"><span class="before"></span>'
            f'<span class="text"><label id="jform_spacer-lbl"><strong class="red">*</strong> Champ requis</label></span></span></div></div>'
            f'<div class="control-group"><div class="control-label"><label id="jform_contact_name-lbl" for="jform_contact_name" '
            f'class="required">Nom<span class="star" aria-hidden="true">&#160;*</span></label></div><div class="controls">'
            f'<input type="text" name="jform[contact_name]" id="jform_contact_name" value="" class="form-control required" size="30" required></div></div>'
            f'<div class="control-group"><div class="control-label"><label id="jform_contact_email-lbl" for="jform_contact_email" '
            f'class="required">E-mail<span class="star" aria-hidden="true">&#160;*</span></label></div><div class="controls">'
            f'<input type="email" name="jform[contact_email]" class="form-control validate-email required" id="jform_contact_email" '
            f'value="" size="30" autocomplete="email" required></div></div>'
            f'<div class="control-group"><div class="control-label"><label id="jform_contact_emailmsg-lbl" for="jform_contact_emailmsg" '
            f'class="required">Objet<span class="star" aria-hidden="true">&#160;*</span></label></div><div class="controls">'
            f'<input type="text" name="jform[contact_subject]" id="jform_contact_emailmsg" value="" class="form-control required" '
            f'size="60" required></div></div>'
            f'<div class="control-group"><div class="control-label"><label id="jform_contact_message-lbl" for="jform_contact_message" '
            f'class="required">Message<span class="star" aria-hidden="true">&#160;*</span></label></div><div class="controls">'
            f'<textarea name="jform[contact_message]" id="jform_contact_message" cols="50" rows="10" class="form-control required" '
            f'maxlength="1000" required></textarea></div></div>'
            f'<div class="control-group"><div class="control-label"><label id="jform_contact_email_copy-lbl" for="jform_contact_email_copy">'
            f'Recevoir une copie</label></div><div class="controls"><input type="checkbox" name="jform[contact_email_copy]" '
            f'id="jform_contact_email_copy" value="1" class="form-check-input"></div></div></fieldset>'
            f'<div class="control-group"><div class="controls"><button class="btn btn-primary validate" type="submit">Envoyer</button>'
            f'<input type="hidden" name="option" value="com_contact"><input type="hidden" name="task" value="contact.submit">'
            f'<input type="hidden" name="return" value=""><input type="hidden" name="id" value="{contact_slug}">'
            f'<input type="hidden" name="b7e1c3d9a0f2" value="1"></div></div></form></div>')


def rsform(form_id, action, blocks, submit="Envoyer mes réponses"):
    """RSForm!Pro (Joomla): form#userForm, div.rsform-block-<name>, controls named form[<name>]."""
    html = []
    for name, label, kind, options in blocks:
        if kind == "radio":
            control = "".join(f'<div class="form-check"><input type="radio" name="form[{name}]" value="{escape(o)}" id="{name}{i}" '
                              f'class="rsform-radio form-check-input"><label for="{name}{i}" class="form-check-label">{o}</label></div>'
                              for i, o in enumerate(options))
        elif kind == "checkbox":
            control = "".join(f'<div class="form-check"><input type="checkbox" name="form[{name}][]" value="{escape(o)}" '
                              f'id="{name}{i}" class="rsform-checkbox form-check-input"><label for="{name}{i}" '
                              f'class="form-check-label">{o}</label></div>' for i, o in enumerate(options))
        elif kind == "textarea":
            control = f'<textarea cols="50" rows="5" name="form[{name}]" id="{name}" class="rsform-text-box form-control"></textarea>'
        else:
            control = f'<input type="{kind}" value="" size="20" name="form[{name}]" id="{name}" class="rsform-input-box form-control">'
        html.append(f'<div class="mb-3 rsform-block rsform-block-{name.lower()}"><label class="form-label formControlLabel" '
                    f'for="{name}">{label}</label><div class="formControls"><div class="formBody">{control}'
                    f'<span class="formValidation"><span id="component{len(html) + 40}" class="formNoError">Réponse invalide</span>'
                    f'</span></div></div></div>')
    return (f'<form method="post" id="userForm" action="{action}"><div id="rsform_{form_id}_page_0">' + "".join(html)
            + f'<div class="mb-3 rsform-block rsform-block-envoyer"><div class="formControls"><div class="formBody">'
              f'<button type="submit" name="form[Envoyer]" id="Envoyer" class="rsform-submit-button btn btn-primary">{submit}</button>'
              f'</div></div></div></div><input type="hidden" name="form[formId]" value="{form_id}"></form>')


# ---- TYPO3 powermail ---------------------------------------------------------------------------

def powermail(form_uid, action, fields, submit="Envoyer"):
    """TYPO3 powermail: form.powermail_form, div.powermail_fieldwrap_type_*, fields named tx_powermail_pi1[field][marker]."""
    html = []
    for kind, marker, label, options in fields:
        if kind == "radio":
            control = "".join(f'<div class="radio"><label><input type="radio" name="tx_powermail_pi1[field][{marker}]" '
                              f'value="{escape(o)}" id="powermail_field_{marker}_{i}" class="powermail_radio"> {o}</label></div>'
                              for i, o in enumerate(options, 1))
            html.append(f'<div class="powermail_fieldwrap powermail_fieldwrap_type_radio powermail_fieldwrap_{marker} form-group">'
                        f'<label class="control-label">{label}</label><div class="col-sm-10">{control}</div></div>')
            continue
        if kind == "textarea":
            control = (f'<textarea rows="5" cols="20" id="powermail_field_{marker}" name="tx_powermail_pi1[field][{marker}]" '
                       f'class="powermail_textarea form-control"></textarea>')
        elif kind == "select":
            control = (f'<select id="powermail_field_{marker}" name="tx_powermail_pi1[field][{marker}]" class="powermail_select form-control">'
                       + "".join(f"<option>{o}</option>" for o in options) + "</select>")
        else:
            control = (f'<input type="{kind}" id="powermail_field_{marker}" name="tx_powermail_pi1[field][{marker}]" '
                       f'class="powermail_input form-control" value="">')
        html.append(f'<div class="powermail_fieldwrap powermail_fieldwrap_type_{"input" if kind in ("text", "email") else kind} '
                    f'powermail_fieldwrap_{marker} form-group"><label for="powermail_field_{marker}" class="control-label">{label}</label>'
                    f'<div class="col-sm-10">{control}</div></div>')
    return (f'<div class="tx-powermail"><div class="container-fluid"><form data-powermail-validate="data-powermail-validate" '
            f'data-validate="html5" enctype="multipart/form-data" name="field" class="powermail_form powermail_form_{form_uid} '
            f'form-horizontal" action="{action}?tx_powermail_pi1%5Baction%5D=checkCreate&amp;tx_powermail_pi1%5Bcontroller%5D=Form" '
            f'method="post"><div><input type="hidden" name="tx_powermail_pi1[__referrer][@extension]" value="Powermail">'
            f'<input type="hidden" name="tx_powermail_pi1[__trustedProperties]" value="a9f3e1"></div>'
            f'<fieldset class="powermail_fieldset powermail_fieldset_{form_uid}">' + "".join(html)
            + f'<div class="powermail_fieldwrap powermail_fieldwrap_type_submit form-group"><div class="col-sm-10 col-sm-offset-2">'
              f'<input class="btn btn-primary powermail_submit" type="submit" value="{submit}"></div></div></fieldset>'
              f'<input class="powermail_form_uid" type="hidden" name="tx_powermail_pi1[mail][form]" value="{form_uid}"></form></div></div>')


# ---- Wagtail and Publik ------------------------------------------------------------------------

def wagtail_form(action, fields, submit="Envoyer", intro=""):
    """A Wagtail form page: a Django form printed as paragraphs, with csrfmiddlewaretoken."""
    html = []
    for kind, name, label in fields:
        if kind == "textarea":
            control = f'<textarea name="{name}" cols="40" rows="10" required id="id_{name}"></textarea>'
        elif kind == "checkbox":
            control = f'<input type="checkbox" name="{name}" id="id_{name}">'
        else:
            control = f'<input type="{kind}" name="{name}" maxlength="255" required id="id_{name}">'
        html.append(f'<p><label for="id_{name}">{label} :</label> {control}</p>')
    return (f'<div class="block-form_page">{intro}<form action="{action}" method="POST" class="form-page">'
            f'<input type="hidden" name="csrfmiddlewaretoken" value="kP3vX0yQ9mZs2LrT8wB1nC4dE7fG5hJ6">'
            + "".join(html) + f'<button type="submit" class="btn btn--primary">{submit}</button></form></div>')


def wcs_form(slug, steps, fields, submit="Valider"):
    """A Publik (w.c.s.) form: form.quixote, div.widget blocks, fields named f1, f2..., the steps of the demand."""
    items = "".join(f'<li class="{"current" if i == 0 else ""}"><span class="marker">{i + 1}</span>'
                    f'<span class="label">{s}</span></li>' for i, s in enumerate(steps))
    html = []
    for n, (kind, label, required, options) in enumerate(fields, 1):
        widget = {"text": "StringWidget", "email": "EmailWidget", "textarea": "TextWidget", "select": "SingleSelectWidget",
                  "date": "DateWidget", "checkbox": "CheckboxWidget"}[kind]
        if kind == "textarea":
            control = f'<textarea id="form_f{n}" name="f{n}" rows="8" cols="60"></textarea>'
        elif kind == "select":
            control = (f'<select id="form_f{n}" name="f{n}">' + "".join(f'<option value="{escape(o)}">{o}</option>' for o in options)
                       + "</select>")
        else:
            control = f'<input id="form_f{n}" name="f{n}" type="{kind}" value="">'
        req = '<span title="Ce champ est requis" class="required">*</span>' if required else ""
        html.append(f'<div class="widget {widget} template-form-field{" widget-required" if required else ""}" '
                    f'data-field-id="{n}" data-widget-name="f{n}"><div class="title"><label for="form_f{n}">{label}</label>{req}</div>'
                    f'<div class="content">{control}</div></div>')
    return (f'<div id="steps" class="wcs-step"><ol>{items}</ol></div>'
            f'<form method="post" enctype="multipart/form-data" action="/{slug}/" class="quixote" data-has-draft="yes">'
            f'<input type="hidden" name="_form_id" value="form"><input type="hidden" name="_ajax_form_token" value="7c2d4f">'
            + "".join(html)
            + f'<div class="buttons form-buttons"><div class="buttons submit"><button name="submit" value="{submit}" '
              f'class="submit-button">{submit}</button></div><div class="buttons cancel"><button name="cancel" '
              f'class="cancel-button">Abandonner</button></div></div></form>')


# ---- Decidim -----------------------------------------------------------------------------------

def decidim_card(href, title, meta, text=""):
    return (f'<div class="card card__list"><a href="{escape(href)}" class="card__link"><h3 class="card__title">{title}</h3></a>'
            f'<div class="card__text">{text}</div><div class="card__list-metadata">{meta}</div></div>')


def decidim_comments(resource, resource_id, comments):
    """Decidim comments: #comments thread, each .comment with its author and body; a sign-in call for anonymous visitors."""
    items = "".join(
        f'<div id="comment_{cid}" class="comment" data-comment-id="{cid}"><div class="comment__header"><div class="author">'
        f'<span class="author__name">{author}</span><span class="author__date">{date}</span></div></div>'
        f'<div class="comment__content"><p>{text}</p></div>'
        f'<div class="comment__footer"><button class="comment__reply" aria-controls="comment{cid}-reply">Répondre</button>'
        f'<div class="comment__votes"><span class="comment__votes--up">{up}</span></div></div></div>'
        for cid, author, date, text, up in comments)
    return (f'<section class="comments-container" id="comments"><div class="comments-count"><h2 class="h4">'
            f'{len(comments)} commentaires</h2></div><div class="comment-order-by"><span>Trier par</span> '
            f'<span class="comment-order-by__item">Plus anciens</span></div><div class="comment-threads">{items}</div>'
            f'<div class="add-comment" id="add-comment-{resource}-{resource_id}"><h3 class="h4">Ajouter un commentaire</h3>'
            f'<div class="callout announcement">Connectez-vous avec votre compte ou <a href="/users/sign_in">inscrivez-vous</a> '
            f'pour ajouter votre commentaire.</div></div></section>')


def decidim_survey(action, title, questions, note):
    """The Decidim surveys component: form.answer-questionnaire, one .question per item, radios named questionnaire[responses]."""
    blocks = []
    for n, (q, options) in enumerate(questions):
        if options:
            control = "".join(
                f'<label for="questionnaire_responses_{n}_choices_{i}"><input type="radio" value="{i}" '
                f'name="questionnaire[responses][{n}][choices][][answer_option_id]" id="questionnaire_responses_{n}_choices_{i}"> {o}</label>'
                for i, o in enumerate(options))
            blocks.append(f'<div class="question" data-max-choices="1"><div class="question__label">{n + 1}. {q}</div>'
                          f'<div class="radio-button-collection">{control}</div></div>')
        else:
            blocks.append(f'<div class="question"><label class="question__label" for="questionnaire_responses_{n}">{n + 1}. {q}</label>'
                          f'<textarea name="questionnaire[responses][{n}][body]" id="questionnaire_responses_{n}" rows="4"></textarea></div>')
    return (f'<div class="questionnaire-header"><h2 class="h3">{title}</h2><p>{note}</p></div>'
            f'<form class="form answer-questionnaire" id="answer-questionnaire" action="{action}" accept-charset="UTF-8" method="post">'
            f'<input type="hidden" name="_method" value="post"><input type="hidden" name="authenticity_token" value="dQ3x8Rk2Vp">'
            f'<div class="questionnaire-step">' + "".join(blocks) + '</div>'
            f'<div class="form__wrapper-block"><input type="checkbox" name="questionnaire[tos_agreement]" id="questionnaire_tos_agreement">'
            f'<label for="questionnaire_tos_agreement">J\'accepte les conditions d\'utilisation</label></div>'
            f'<div class="questionnaire-submit"><button type="submit" class="button button__sm button__secondary" '
            f'data-disable-with="Envoyer">Envoyer</button></div></form>')


# ---- CONSUL Democracy --------------------------------------------------------------------------

def consul_investment(href, title, author, price, supports, summary):
    return (f'<div class="budget-investment clear" data-type="investment"><div class="panel"><div class="row">'
            f'<div class="small-12 medium-9 column"><div class="budget-investment-content"><h3><a href="{escape(href)}">{title}</a></h3>'
            f'<p class="investment-project-info"><span class="author">{author}</span> &nbsp;&bull;&nbsp; {price}</p>'
            f'<div class="investment-project-description"><p>{summary}</p></div></div></div>'
            f'<div class="small-12 medium-3 column text-center"><div class="supports js-participation">'
            f'<span class="total-supports"><span>{supports} soutiens</span></span>'
            f'<a class="button button-support small expanded" title="Soutenir ce projet" href="/users/sign_in">Soutenir</a>'
            f'</div></div></div></div></div>')


def consul_proposal_card(href, title, author, supports, needed, summary):
    pct = round(100 * supports / needed)
    return (f'<div id="proposal_{zlib.crc32(href.encode()) % 900 + 100}" class="proposal clear" data-type="proposal"><div class="panel">'
            f'<div class="proposal-content"><h3><a href="{escape(href)}">{title}</a></h3><p class="proposal-info">'
            f'<span class="author">{author}</span></p><div class="proposal-description"><p>{summary}</p></div></div>'
            f'<div class="supports"><div class="progress small-12 round"><span class="meter" style="width: {pct}%"></span>'
            f'<span class="percentage">{pct}%</span></div><span class="total-supports">{supports} soutiens</span>'
            f'<span class="total-supports-needed">{needed} soutiens nécessaires</span>'
            f'<a class="button button-support small expanded" title="Soutenir cette proposition" href="/users/sign_in">Soutenir</a></div></div></div>')


def consul_comments(commentable, comments, leave_label="Laisser un commentaire"):
    """CONSUL comments: section.comments, div.comment items with their votes, and the comment form of a signed-in user."""
    items = "".join(
        f'<div id="comment_{cid}" class="comment small-12"><div class="comment-body"><div class="comment-info">'
        f'<span class="user-name">{author}</span> &bull; <time>{date}</time></div><div class="comment-user"><p>{text}</p></div>'
        f'<div class="comment-footer"><span class="responses-count">Aucune réponse</span> | <span class="in-favor">{up}</span> '
        f'<span class="against">{down}</span> | <a class="reply-link" href="#comment_{cid}">Répondre</a></div></div></div>'
        for cid, author, date, text, up, down in comments)
    return (f'<section class="expanded comments" id="comments"><div class="row"><div id="comments" class="small-12 column">'
            f'<h2>Commentaires <span class="js-comments-count">({len(comments)})</span></h2>'
            f'<form class="new_comment" id="new_comment" action="/comments" accept-charset="UTF-8" method="post">'
            f'<input type="hidden" name="authenticity_token" value="Q29tbWVudA"><label for="comment-body-{commentable}">'
            f'{leave_label}</label><textarea id="comment-body-{commentable}" rows="8" name="comment[body]"></textarea>'
            f'<input type="hidden" name="comment[commentable_type]" value="{commentable.split("_")[0].capitalize()}">'
            f'<input type="hidden" name="comment[commentable_id]" value="{commentable.split("_")[-1]}">'
            f'<input type="submit" name="commit" value="Publier un commentaire" class="button"></form>'
            f'<div class="comment-list">{items}</div></div></div></section>')


# ---- forums ------------------------------------------------------------------------------------

def phpbb_forums(forums, links=()):
    """The board index; ``links`` are phpBB "forum link" rows, which redirect to a URL and count the clicks."""
    rows = "".join(
        f'<li class="row"><dl class="row-item forum_read"><dt title="Aucun message non lu"><div class="list-inner">'
        f'<a href="./viewforum.php?f={fid}" class="forumtitle">{name}</a><br>{desc}</div></dt>'
        f'<dd class="topics">{topics} <dfn>Sujets</dfn></dd><dd class="posts">{posts} <dfn>Messages</dfn></dd>'
        f'<dd class="lastpost"><span><dfn>Dernier message </dfn>par <span class="username">{last}</span> <br>{when}</span></dd></dl></li>'
        for fid, name, desc, topics, posts, last, when in forums)
    rows += "".join(
        f'<li class="row"><dl class="row-item forum_link"><dt title="Lien de redirection"><div class="list-inner">'
        f'<a href="{escape(url)}" class="forumtitle">{name}</a><br>{desc}</div></dt>'
        f'<dd class="redirect"><span>Redirections : {n}</span></dd></dl></li>' for name, url, desc, n in links)
    return (f'<div class="forabg"><div class="inner"><ul class="topiclist"><li class="header"><dl class="row-item"><dt>'
            f'<div class="list-inner">Forums</div></dt><dd class="topics">Sujets</dd><dd class="posts">Messages</dd>'
            f'<dd class="lastpost"><span>Dernier message</span></dd></dl></li></ul><ul class="topiclist forums">{rows}</ul></div></div>')


def phpbb_topics(forum_id, topics, new_topic=True):
    rows = "".join(
        f'<li class="row bg{1 + n % 2}"><dl class="row-item topic_read"><dt><div class="list-inner">'
        f'<a href="./viewtopic.php?t={tid}" class="topictitle">{title}</a><br><div class="topic-poster responsive-hide left-box">'
        f'par <span class="username">{author}</span> &raquo; {when}</div></div></dt><dd class="posts">{replies} <dfn>Réponses</dfn></dd>'
        f'<dd class="views">{views} <dfn>Vues</dfn></dd></dl></li>' for n, (tid, title, author, when, replies, views) in enumerate(topics))
    button = (f'<a href="./posting.php?mode=post&amp;f={forum_id}" class="button" title="Écrire un nouveau sujet">'
              f'<span>Nouveau sujet</span></a>') if new_topic else ""
    return (f'<div class="action-bar bar-top">{button}</div>'
            f'<div class="forumbg"><div class="inner"><ul class="topiclist"><li class="header"><dl class="row-item"><dt>'
            f'<div class="list-inner">Sujets</div></dt><dd class="posts">Réponses</dd><dd class="views">Vues</dd></dl></li></ul>'
            f'<ul class="topiclist topics">{rows}</ul></div></div>')


FIRST = ' class="first"'


def phpbb_posts(forum_id, topic_id, posts, locked=False):
    items = "".join(
        f'<div id="p{pid}" class="post has-profile bg{1 + n % 2}"><div class="inner"><dl class="postprofile" id="profile{pid}">'
        f'<dt class="no-profile-rank no-avatar"><span class="username">{author}</span></dt><dd class="profile-posts">'
        f'<strong>Messages :</strong> {count}</dd></dl><div class="postbody"><div id="post_content{pid}">'
        f'<h3{FIRST if n == 0 else ""}><a href="#p{pid}">{"Re: " if n else ""}{subject}</a></h3>'
        f'<p class="author"><span class="responsive-hide">par <strong><span class="username">{author}</span></strong> &raquo; </span>{when}</p>'
        f'<div class="content">{text}</div></div></div></div></div>'
        for n, (pid, author, count, when, subject, text) in enumerate(posts))
    button = ('<span class="button disabled" title="Ce sujet est verrouillé, vous ne pouvez pas modifier de messages ou poster '
              'de réponse.">Verrouillé</span>') if locked else (
        f'<a href="./posting.php?mode=reply&amp;f={forum_id}&amp;t={topic_id}" class="button" title="Répondre"><span>Répondre</span></a>')
    return (f'<div class="action-bar bar-top">{button}</div>{items}'
            f'<div class="action-bar bar-bottom"><a href="./viewforum.php?f={forum_id}" class="left-box arrow-left" accesskey="r">'
            f'<span>Retourner à la liste des sujets</span></a></div>')


def flarum_list(discussions, heading="Toutes les discussions"):
    items = "".join(f'<li><a href="/d/{slug}">{title}</a> <span class="DiscussionListItem-count">{n} réponses</span></li>'
                    for slug, title, n in discussions)
    return f'<div class="container"><h2>{heading}</h2><ul>{items}</ul></div>'


def flarum_discussion(posts):
    return "".join(f'<div class="Post"><div class="PostUser"><h3 class="PostUser-name">{who}</h3></div>'
                   f'<div class="Post-meta"><time>{when}</time></div><div class="Post-body">{text}</div></div>'
                   for who, when, text in posts)


def discourse_topics(topics):
    rows = "".join(
        f'<tr class="topic-list-item"><td class="main-link"><meta itemprop="position" content="{n}">'
        f'<span class="link-top-line"><a href="{escape(href)}" class="title raw-link raw-topic-link" itemprop="url">{title}</a></span>'
        f'<div class="link-bottom-line"><span class="category-name">{cat}</span></div></td>'
        f'<td class="replies"><span class="posts" title="messages">{replies}</span></td>'
        f'<td class="views"><span class="views" title="vues">{views}</span></td><td>{when}</td></tr>'
        for n, (href, title, cat, replies, views, when) in enumerate(topics, 1))
    return (f'<div class="topic-list-container" itemscope itemtype="http://schema.org/ItemList"><table class="topic-list">'
            f'<thead><tr><th>Sujet</th><th class="replies">Réponses</th><th class="views">Vues</th><th>Activité</th></tr></thead>'
            f'<tbody>{rows}</tbody></table></div>')


def discourse_posts(posts):
    return "".join(
        f'<div id="post_{n}" itemprop="{"comment" if n > 1 else "articleBody"}" itemscope itemtype="http://schema.org/Comment" '
        f'class="topic-body crawler-post"><div class="crawler-post-meta"><span class="creator" itemprop="author" itemscope '
        f'itemtype="http://schema.org/Person"><span itemprop="name">{who}</span></span><span class="crawler-post-infos">'
        f'<time itemprop="datePublished" class="post-time">{when}</time><meta itemprop="position" content="{n}"></span></div>'
        f'<div class="post" itemprop="text">{text}</div><div itemprop="interactionStatistic" itemscope '
        f'itemtype="http://schema.org/InteractionCounter"><meta itemprop="interactionType" content="http://schema.org/LikeAction">'
        f'<meta itemprop="userInteractionCount" content="{likes}"><span class="post-likes">{likes} J\'aime</span></div></div>'
        for n, (who, when, text, likes) in enumerate(posts, 1))


# ---- a neighbours' network ---------------------------------------------------------------------

def neighbour_posts(posts):
    return "".join(
        f'<article class="publication publication--{kind}"><header class="publication__entete"><span class="publication__auteur">'
        f'{who}</span> <span class="publication__lieu">{where}</span> <time>{when}</time>'
        f'<span class="publication__type">{kind_label}</span></header><div class="publication__texte"><p>{text}</p></div>'
        f'<footer class="publication__actions"><span class="publication__reponses">{answers} réponses</span> '
        f'<button type="button" class="btn-lien">Répondre</button> <button type="button" class="btn-lien">Merci</button></footer></article>'
        for kind, kind_label, who, where, when, text, answers in posts)
