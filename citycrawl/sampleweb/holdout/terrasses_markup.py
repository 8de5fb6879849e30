"""Markup helpers of the "terrasses" holdout part: what WordPress plugins, Drupal modules, SPIP
squelettes and vendor municipal CMSs print inside a page's main content."""
from html import escape


def prose(*paragraphs):
    return "".join(f"<p>{p}</p>" for p in paragraphs)


def cookie_banner(kind="tarteaucitron"):
    if kind == "tarteaucitron":
        return ('<div id="tarteaucitronRoot" role="region" aria-label="Gestion des cookies"><div id="tarteaucitronAlertBig">'
                '<span id="tarteaucitronDisclaimerAlert">Ce site utilise des cookies de mesure d\'audience.</span>'
                '<button type="button" id="tarteaucitronPersonalize2">Tout accepter</button>'
                '<button type="button" id="tarteaucitronAllDenied2">Tout refuser</button></div></div>')
    if kind == "complianz":
        return ('<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner cmplz-categories-type-view-preferences" '
                'aria-modal="true" role="dialog"><div class="cmplz-message">Nous utilisons des cookies pour mesurer la fréquentation du site.</div>'
                '<div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">Accepter</button>'
                '<button class="cmplz-btn cmplz-deny">Refuser</button></div></div></div>')
    return ('<div class="eu-cookie-compliance-banner" role="dialog"><div class="popup-content info">'
            '<div id="popup-text"><p>Ce site utilise des cookies.</p></div>'
            '<div id="popup-buttons"><button type="button" class="agree-button eu-cookie-compliance-default-button">OK</button>'
            '<button type="button" class="decline-button">Non merci</button></div></div></div>')


def teasers(items, heading="Actualités", cls="news-list"):
    """items: (href, title, date, chapo)"""
    cards = "".join(
        f'<li class="{cls}__item"><article><p class="{cls}__date">{escape(d)}</p><h3 class="{cls}__title">'
        f'<a href="{escape(h)}">{escape(t)}</a></h3><p>{c}</p></article></li>' for h, t, d, c in items)
    return f'<section class="{cls}"><h2>{heading}</h2><ul>{cards}</ul></section>'


def agenda_list(items, heading="Agenda", ical="webcal://localhost/agenda.ics", filters=True):
    """items: (href, title, when, where, category)"""
    filt = ""
    if filters:
        filt = ('<form class="agenda-filters" method="get" action="/agenda"><label for="ag-cat">Thématique</label>'
                '<select id="ag-cat" name="categorie"><option value="">Toutes</option><option>Culture</option>'
                '<option>Sport</option><option>Vie des quartiers</option><option>Citoyenneté</option></select>'
                '<label for="ag-date">À partir du</label><input type="date" id="ag-date" name="du">'
                '<button type="submit">Filtrer</button></form>')
    cards = "".join(
        f'<li class="event-card" itemscope itemtype="https://schema.org/Event"><span class="event-card__cat">{escape(cat)}</span>'
        f'<h3 itemprop="name"><a href="{escape(h)}">{escape(t)}</a></h3><p class="event-card__when"><time itemprop="startDate">{escape(w)}</time></p>'
        f'<p class="event-card__where" itemprop="location">{escape(wh)}</p></li>' for h, t, w, wh, cat in items)
    return (f'<section class="agenda"><h2>{heading}</h2>{filt}<ul class="event-list">{cards}</ul>'
            f'<p class="agenda__export"><a href="{ical}" type="text/calendar">Exporter l\'agenda (iCal)</a></p></section>')


def event_meta(when, where, ical, lat="45.0", lon="4.8", free=True):
    return (f'<div class="event-infos"><dl><dt>Date</dt><dd><time>{escape(when)}</time></dd><dt>Lieu</dt><dd>{escape(where)}</dd>'
            f'<dt>Tarif</dt><dd>{"Entrée libre" if free else "Payant"}</dd></dl>'
            f'<div class="event-map" data-lat="{lat}" data-lng="{lon}" data-zoom="16"><p class="sr-only">Carte : {escape(where)}</p></div>'
            f'<p><a class="btn-ical" href="{ical}">Ajouter à mon agenda (.ics)</a></p></div>')


def share_buttons(url, style="wp"):
    u = escape(url)
    if style == "wp":
        return ('<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">Partager :</h3><ul>'
                f'<li class="share-facebook"><a class="share-facebook sd-button" href="https://www.facebook.com/sharer/sharer.php?u={u}" target="_blank" rel="nofollow noopener">Facebook</a></li>'
                f'<li class="share-x"><a class="sd-button" href="https://x.com/share?url={u}" target="_blank" rel="nofollow noopener">X</a></li>'
                f'<li class="share-linkedin"><a class="sd-button" href="https://www.linkedin.com/shareArticle?mini=true&amp;url={u}" target="_blank" rel="nofollow noopener">LinkedIn</a></li>'
                '</ul></div>')
    return ('<div class="share"><p class="share__title">Partager cette page</p>'
            f'<a class="share__link share__link--fb" href="https://www.facebook.com/sharer/sharer.php?u={u}" target="_blank" rel="noopener">Facebook</a> '
            f'<a class="share__link share__link--tw" href="https://twitter.com/intent/tweet?url={u}" target="_blank" rel="noopener">Twitter</a> '
            f'<a class="share__link share__link--mail" href="mailto:?subject=A%20lire&amp;body={u}">Courriel</a> '
            '<button type="button" class="share__print" onclick="window.print()">Imprimer</button></div>')


def with_aside(main, aside, cls="layout-2col"):
    return f'<div class="{cls}"><div class="{cls}__main">{main}</div><aside class="{cls}__aside sidebar">{aside}</aside></div>'


# --- comments -------------------------------------------------------------------------------------

def wp_comments(post_id, existing, open_=True):
    """WordPress native comments (comment_form()), optionally with a closed thread."""
    items = "".join(
        f'<li id="comment-{post_id * 10 + i}" class="comment byuser even thread-even depth-1"><article class="comment-body">'
        f'<footer class="comment-meta"><div class="comment-author vcard"><b class="fn">{escape(a)}</b> <span class="says">dit :</span></div>'
        f'<div class="comment-metadata"><time>{escape(d)}</time></div></footer><div class="comment-content"><p>{escape(t)}</p></div>'
        f'<div class="reply"><a rel="nofollow" class="comment-reply-link" href="#respond" data-commentid="{post_id * 10 + i}">Répondre</a></div></article></li>'
        for i, (a, d, t) in enumerate(existing))
    head = f'<h2 class="comments-title">{len(existing)} réflexions sur cet article</h2><ol class="comment-list">{items}</ol>' if existing else ""
    if not open_:
        return f'<div id="comments" class="comments-area">{head}<p class="no-comments">Les commentaires sont fermés.</p></div>'
    form = ('<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Laisser un commentaire</h3>'
            '<form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form">'
            '<p class="comment-notes">Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *</p>'
            '<p class="comment-form-comment"><label for="comment">Commentaire *</label><textarea id="comment" name="comment" cols="45" rows="8" maxlength="65525" required></textarea></p>'
            '<p class="comment-form-author"><label for="author">Nom *</label><input id="author" name="author" type="text" size="30" required></p>'
            '<p class="comment-form-email"><label for="email">E-mail *</label><input id="email" name="email" type="email" size="30" required></p>'
            '<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Laisser un commentaire">'
            f'<input type="hidden" name="comment_post_ID" value="{post_id}" id="comment_post_ID"><input type="hidden" name="comment_parent" id="comment_parent" value="0"></p></form></div>')
    return f'<div id="comments" class="comments-area">{head}{form}</div>'


def wpdiscuz(post_id, existing):
    """The wpDiscuz comment plugin."""
    items = "".join(
        f'<div id="wpd-comm-{post_id}{i}_0" class="wpd-comment wpd_comment_level-1"><div class="wpd-comment-wrap wpd-blog-guest">'
        f'<div class="wpd-comment-header"><div class="wpd-comment-author">{escape(a)}</div><div class="wpd-comment-date">{escape(d)}</div></div>'
        f'<div class="wpd-comment-text"><p>{escape(t)}</p></div></div></div>' for i, (a, d, t) in enumerate(existing))
    return (f'<div class="wpdiscuz_top_clearing"></div><div id="comments" class="comments-area"><div id="respond" style="width:0;height:0;clear:both;margin:0;padding:0;"></div>'
            f'<div id="wpdcom" class="wpdiscuz_unauth wpd-default wpd-layout-1"><div class="wc_social_plugin_wrapper"></div>'
            f'<div class="wpd-form-wrap"><div class="wpd-form-head"><div class="wpd-auth"><div class="wpd-login">Rejoindre la discussion</div></div></div>'
            f'<div class="wpd-form wpd-form-wrapper wpd-main-form-wrapper" id="wpd-main-form-wrapper-0_0">'
            f'<form method="post" enctype="multipart/form-data" data-uploading="false" class="wpd_comm_form wpd_main_comm_form">'
            f'<div class="wpd-field-comment"><div class="wpdiscuz-textarea-wrap"><textarea id="wc-textarea-0_0" placeholder="Donnez votre avis..." aria-label="Donnez votre avis..." name="wc_comment" class="wc_comment wpd-field"></textarea></div></div>'
            f'<div class="wpd-form-col-left"><div class="wpdiscuz-item wc_name-wrapper wpd-has-icon"><input id="wc_name-0_0" value="" required="required" class="wc_name wpd-field" type="text" name="wc_name" placeholder="Nom*"></div>'
            f'<div class="wpdiscuz-item wc_email-wrapper wpd-has-icon"><input id="wc_email-0_0" value="" class="wc_email wpd-field" type="email" name="wc_email" placeholder="E-mail"></div></div>'
            f'<div class="wc-field-submit"><input id="wpd-field-submit-0_0" class="wc_comm_submit wpd_not_clicked wpd-prim-button" type="submit" name="submit" value="Publier le commentaire"></div>'
            f'<input type="hidden" class="wpdiscuz_unique_id" value="0_0" name="wpdiscuz_unique_id"></form></div></div>'
            f'<div id="wpdiscuz-comment-message"></div><div class="wpd-thread-wrapper"><div class="wpd-thread-head"><div class="wpd-thread-info" data-comments-count="{len(existing)}">'
            f'<span class="wpdtc">{len(existing)}</span> Commentaires</div></div><div class="wpd-thread-list">{items}</div></div></div></div>')


def drupal_comments(node_id, existing):
    items = "".join(
        f'<article data-comment-user-id="0" id="comment-{node_id}{i}" class="comment js-comment by-anonymous">'
        f'<footer class="comment__meta"><p class="comment__author"><span>{escape(a)}</span></p><p class="comment__time">{escape(d)}</p></footer>'
        f'<div class="comment__content"><div class="field field--name-comment-body"><p>{escape(t)}</p></div></div></article>'
        for i, (a, d, t) in enumerate(existing))
    return (f'<section class="field field--name-comment field--type-comment field--label-above comment-wrapper">'
            f'<h2 class="title comment-section-title">Commentaires</h2>{items}'
            f'<h2 class="title comment-form__title">Ajouter un commentaire</h2>'
            f'<form class="comment-comment-form comment-form" data-drupal-selector="comment-form" action="/comment/reply/node/{node_id}/comment" method="post" id="comment-form" accept-charset="UTF-8">'
            '<div class="js-form-item form-item form-type-textfield js-form-item-name form-item-name"><label for="edit-name">Votre nom</label>'
            '<input data-drupal-selector="edit-name" type="text" id="edit-name" name="name" value="" size="30" maxlength="60" class="form-text"></div>'
            '<div class="field--type-text-long field--name-comment-body field--widget-text-textarea js-form-wrapper form-wrapper">'
            '<div class="js-form-item form-item form-type-textarea js-form-item-comment-body-0-value form-item-comment-body-0-value">'
            '<label for="edit-comment-body-0-value" class="js-form-required form-required">Commentaire</label>'
            '<textarea data-drupal-selector="edit-comment-body-0-value" id="edit-comment-body-0-value" name="comment_body[0][value]" rows="5" cols="60" class="form-textarea required" required="required"></textarea></div></div>'
            '<input autocomplete="off" data-drupal-selector="form-x7f2" type="hidden" name="form_build_id" value="form-x7f2kq9">'
            '<input data-drupal-selector="edit-comment-comment-form" type="hidden" name="form_id" value="comment_comment_form">'
            '<div data-drupal-selector="edit-actions" class="form-actions js-form-wrapper form-wrapper" id="edit-actions">'
            '<input data-drupal-selector="edit-submit" type="submit" id="edit-submit--2" name="op" value="Enregistrer" class="button button--primary js-form-submit form-submit"></div></form></section>')


def spip_forum(article_id, existing):
    """SPIP's forum under an article (the commentaires of a SPIP article), formulaire_forum."""
    items = "".join(
        f'<li class="comment-item comment hreview"><div class="comment-meta"><strong class="comment-author">{escape(a)}</strong> '
        f'<abbr class="comment-date">{escape(d)}</abbr></div><div class="comment-content description"><p>{escape(t)}</p></div></li>'
        for a, d, t in existing)
    return (f'<div class="comments"><h2 class="h2">{len(existing)} Messages</h2><ul class="comments-items">{items}</ul></div>'
            f'<div class="formulaire_spip formulaire_forum ajax" id="formulaire_forum"><form action="spip.php?article{article_id}#formulaire_forum" method="post" enctype="multipart/form-data">'
            f'<div><input name="formulaire_action" type="hidden" value="forum"><input name="formulaire_action_args" type="hidden" value="art{article_id}">'
            f'<input name="id_article" type="hidden" value="{article_id}"></div>'
            '<fieldset><legend>Votre message</legend><div class="editer-groupe">'
            '<div class="editer saisie_titre obligatoire"><label for="titre">Titre</label><input type="text" class="text" name="titre" id="titre" value="" size="60"></div>'
            '<div class="editer saisie_texte obligatoire"><label for="texte">Texte de votre message</label>'
            '<textarea name="texte" id="texte" rows="10" cols="40" class="porte_plume_partout"></textarea></div></div></fieldset>'
            '<fieldset><legend>Qui êtes-vous ? (optionnel)</legend><div class="editer saisie_session_nom"><label for="session_nom">Votre nom</label>'
            '<input type="text" class="text" name="session_nom" id="session_nom" value="" size="40"></div>'
            '<div class="editer saisie_session_email"><label for="session_email">Votre adresse email</label>'
            '<input type="email" class="text email" name="session_email" id="session_email" value="" size="40"></div></fieldset>'
            '<p class="boutons"><input type="submit" class="submit" name="previsualiser_message" value="Prévisualiser"></p></form></div>')


def fb_comments(url):
    return ('<div id="fb-root"></div><script async defer crossorigin="anonymous" src="https://connect.facebook.net/fr_FR/sdk.js#xfbml=1&amp;version=v19.0"></script>'
            f'<div class="fb-comments" data-href="{escape(url)}" data-width="100%" data-numposts="10" data-order-by="reverse_time"></div>')


# --- contact and other forms ----------------------------------------------------------------------

def cf7(action, form_id, fields=(("Votre nom", "your-name", "text"), ("Votre e-mail", "your-email", "email"),
                                  ("Objet", "your-subject", "text")), textarea=("Votre message", "your-message")):
    inputs = "".join(f'<p><label>{lbl}<br><span class="wpcf7-form-control-wrap" data-name="{n}"><input size="40" class="wpcf7-form-control wpcf7-{t} wpcf7-validates-as-required" '
                     f'aria-required="true" value="" type="{t}" name="{n}"></span></label></p>' for lbl, n, t in fields)
    ta = ""
    if textarea:
        ta = (f'<p><label>{textarea[0]}<br><span class="wpcf7-form-control-wrap" data-name="{textarea[1]}"><textarea cols="40" rows="10" '
              f'class="wpcf7-form-control wpcf7-textarea" name="{textarea[1]}"></textarea></span></label></p>')
    return (f'<div class="wpcf7 no-js" id="wpcf7-f{form_id}-p1-o1" lang="fr-FR" dir="ltr"><div class="screen-reader-response"><p role="status" aria-live="polite" aria-atomic="true"></p></div>'
            f'<form action="{action}#wpcf7-f{form_id}-p1-o1" method="post" class="wpcf7-form init" aria-label="Formulaire de contact" novalidate="novalidate" data-status="init">'
            f'<div style="display: none;"><input type="hidden" name="_wpcf7" value="{form_id}"><input type="hidden" name="_wpcf7_version" value="5.9.3">'
            f'<input type="hidden" name="_wpcf7_locale" value="fr_FR"><input type="hidden" name="_wpcf7_unit_tag" value="wpcf7-f{form_id}-p1-o1"></div>'
            f'{inputs}{ta}<p><input class="wpcf7-form-control wpcf7-submit has-spinner" type="submit" value="Envoyer"></p></form></div>')


def webform(form_id, action, elements, submit="Envoyer"):
    """Drupal Webform: elements are (label, key, type) with type text/email/tel/textarea/select:a|b/radios:a|b/checkbox/date/number."""
    out = []
    for label, key, kind in elements:
        wrap = f'js-form-item form-item js-form-type-{kind.split(":")[0]} form-item-{key} js-form-item-{key}'
        if kind == "textarea":
            out.append(f'<div class="{wrap}"><label for="edit-{key}">{label}</label><textarea data-drupal-selector="edit-{key}" id="edit-{key}" name="{key}" rows="5" cols="60" class="form-textarea"></textarea></div>')
        elif kind.startswith("select:"):
            opts = "".join(f"<option>{o}</option>" for o in kind[7:].split("|"))
            out.append(f'<div class="{wrap}"><label for="edit-{key}">{label}</label><select data-drupal-selector="edit-{key}" id="edit-{key}" name="{key}" class="form-select"><option value="">- Sélectionner -</option>{opts}</select></div>')
        elif kind.startswith("radios:"):
            opts = "".join(f'<div class="js-form-item form-item js-form-type-radio"><input type="radio" id="edit-{key}-{i}" name="{key}" value="{escape(o)}" class="form-radio"><label for="edit-{key}-{i}" class="option">{o}</label></div>'
                           for i, o in enumerate(kind[7:].split("|")))
            out.append(f'<fieldset class="radios--wrapper fieldgroup form-composite webform-composite-visible-title js-webform-type-radios webform-type-radios" id="edit-{key}--wrapper"><legend><span class="fieldset-legend">{label}</span></legend><div class="fieldset-wrapper"><div id="edit-{key}" class="js-webform-radios webform-options-display-one-column form-radios">{opts}</div></div></fieldset>')
        elif kind == "checkbox":
            out.append(f'<div class="{wrap}"><input type="checkbox" id="edit-{key}" name="{key}" value="1" class="form-checkbox"><label for="edit-{key}" class="option">{label}</label></div>')
        else:
            out.append(f'<div class="{wrap}"><label for="edit-{key}">{label}</label><input data-drupal-selector="edit-{key}" type="{kind}" id="edit-{key}" name="{key}" value="" class="form-{kind}"></div>')
    return (f'<form class="webform-submission-form webform-submission-add-form webform-submission-{form_id}-form js-webform-details-toggle webform-details-toggle" '
            f'data-drupal-selector="webform-submission-{form_id}-add-form" action="{action}" method="post" id="webform-submission-{form_id}-add-form" accept-charset="UTF-8">'
            + "".join(out) +
            f'<input data-drupal-selector="edit-webform-submission-{form_id}-add-form" type="hidden" name="form_id" value="webform_submission_{form_id}_add_form">'
            f'<div data-drupal-selector="edit-actions" class="form-actions webform-actions js-form-wrapper form-wrapper" id="edit-actions"><input class="webform-button--submit button button--primary js-form-submit form-submit" data-drupal-selector="edit-actions-submit" type="submit" id="edit-actions-submit" name="op" value="{submit}"></div></form>')


def spip_formidable(form_id, action, elements, submit="Envoyer"):
    """SPIP Formidable plugin: elements (label, name, type) with type input/email/textarea/radio:a|b/checkbox:a|b/date."""
    out = []
    for i, (label, name, kind) in enumerate(elements, 1):
        if kind == "textarea":
            field = f'<textarea name="{name}" id="champ_{name}" rows="6" cols="40" class="textarea"></textarea>'
        elif kind.startswith(("radio:", "checkbox:")):
            t, _, opts = kind.partition(":")
            field = "".join(f'<div class="choix choix_{t}"><input type="{t}" name="{name}{"[]" if t == "checkbox" else ""}" class="{t}" id="champ_{name}_{j}" value="{escape(o)}"><label for="champ_{name}_{j}">{o}</label></div>'
                            for j, o in enumerate(opts.split("|")))
        else:
            field = f'<input type="{"email" if kind == "email" else "date" if kind == "date" else "text"}" name="{name}" class="text" id="champ_{name}" value="">'
        out.append(f'<div class="editer editer_{name} saisie_{kind.split(":")[0]}"><label class="editer-label" for="champ_{name}">{label}</label>{field}</div>')
    return (f'<div class="formulaire_spip formulaire_formidable formulaire_formidable-{form_id}" id="formulaire_formidable-{form_id}">'
            f'<form method="post" action="{action}" enctype="multipart/form-data"><div><input name="formulaire_action" type="hidden" value="formidable">'
            f'<input name="formulaire_action_args" type="hidden" value="{form_id}"></div><div class="editer-groupe">{"".join(out)}</div>'
            f'<p class="boutons"><input type="submit" class="submit" value="{submit}"></p></form></div>')


def vendor_form(action, legend, elements, submit="Envoyer", cls="form-contact"):
    """A vendor CMS's accessible form: elements (label, name, type) with text/email/tel/textarea/select:a|b/radio:a|b/file/date/checkbox."""
    out = []
    for label, name, kind in elements:
        fid = f"f-{name}"
        if kind == "textarea":
            out.append(f'<div class="form__field"><label for="{fid}">{label}</label><textarea id="{fid}" name="{name}" rows="7"></textarea></div>')
        elif kind.startswith("select:"):
            opts = "".join(f"<option>{o}</option>" for o in kind[7:].split("|"))
            out.append(f'<div class="form__field"><label for="{fid}">{label}</label><select id="{fid}" name="{name}">{opts}</select></div>')
        elif kind.startswith("radio:"):
            opts = "".join(f'<li><input type="radio" id="{fid}-{i}" name="{name}" value="{escape(o)}"><label for="{fid}-{i}">{o}</label></li>'
                           for i, o in enumerate(kind[6:].split("|")))
            out.append(f'<fieldset class="form__group"><legend>{label}</legend><ul class="form__choices">{opts}</ul></fieldset>')
        elif kind == "checkbox":
            out.append(f'<div class="form__field form__field--check"><input type="checkbox" id="{fid}" name="{name}" value="1"><label for="{fid}">{label}</label></div>')
        else:
            out.append(f'<div class="form__field"><label for="{fid}">{label}</label><input type="{kind}" id="{fid}" name="{name}"></div>')
    return (f'<form class="form {cls}" method="post" action="{action}" novalidate><fieldset><legend>{legend}</legend>'
            f'<p class="form__mandatory">Les champs marqués d\'un astérisque (*) sont obligatoires.</p>{"".join(out)}</fieldset>'
            f'<input type="hidden" name="csrf_token" value="b6f1e0c2"><div class="form__actions"><button type="submit" class="btn btn--primary">{submit}</button></div></form>')


def newsletter(action="/newsletter/inscription", name="email"):
    return (f'<div class="newsletter-block"><h2>Lettre d\'information</h2><p>Recevez chaque mois l\'essentiel de l\'actualité municipale.</p>'
            f'<form class="newsletter-form" method="post" action="{action}"><label for="nl-email">Votre adresse e-mail</label>'
            f'<input type="email" id="nl-email" name="{name}" required><label><input type="checkbox" name="rgpd" value="1" required> J\'accepte de recevoir la lettre</label>'
            '<button type="submit">Je m\'abonne</button></form></div>')


def mc4wp(form_id):
    return (f'<form id="mc4wp-form-1" class="mc4wp-form mc4wp-form-{form_id}" method="post" data-id="{form_id}" data-name="Lettre municipale">'
            '<div class="mc4wp-form-fields"><p><label>Adresse e-mail :</label><input type="email" name="EMAIL" placeholder="vous@exemple.fr" required></p>'
            '<p><input type="submit" value="S\'inscrire à la lettre"></p></div><label style="display: none !important;">Laissez ce champ vide <input type="text" name="_mc4wp_honeypot" value="" tabindex="-1" autocomplete="off"></label>'
            f'<input type="hidden" name="_mc4wp_form_id" value="{form_id}"><div class="mc4wp-response"></div></form>')


# --- polls ----------------------------------------------------------------------------------------

def wp_polls(poll_id, question, answers):
    rows = "".join(f'<li><input type="radio" id="poll-answer-{poll_id * 10 + i}" name="poll_{poll_id}" value="{poll_id * 10 + i}">'
                   f'<label for="poll-answer-{poll_id * 10 + i}">{escape(a)}</label></li>' for i, a in enumerate(answers))
    return (f'<section class="widget widget_polls-widget"><h2 class="widget-title">Sondage</h2><div id="polls-{poll_id}" class="wp-polls">'
            f'<form id="polls_form_{poll_id}" class="wp-polls-form" action="/index.php" method="post"><p style="display: none;"><input type="hidden" id="poll_{poll_id}_nonce" name="wp-polls-nonce" value="2f6b0a9c1d"></p>'
            f'<p style="display: none;"><input type="hidden" name="poll_id" value="{poll_id}"></p><p style="text-align: center;"><strong>{escape(question)}</strong></p>'
            f'<div id="polls-{poll_id}-ans" class="wp-polls-ans"><ul class="wp-polls-ul">{rows}</ul>'
            f'<p style="text-align: center;"><input type="button" name="vote" value="   Voter   " class="Buttons" onclick="poll_vote({poll_id});"></p>'
            f'<p style="text-align: center;"><a href="#ViewPollResults" onclick="poll_result({poll_id}); return false;" title="Voir les résultats">Voir les résultats</a></p></div></form></div></section>')


def poll_results(question, rows, note="Sondage clos."):
    bars = "".join(f'<li>{escape(a)} <small>({pct}%, {n} votes)</small><div class="pollbar" style="width: {pct}%;" title="{escape(a)} ({pct}% | {n} votes)"></div></li>'
                   for a, pct, n in rows)
    total = sum(n for _a, _p, n in rows)
    return (f'<div class="wp-polls wp-polls-results"><p style="text-align: center;"><strong>{escape(question)}</strong></p><ul class="wp-polls-ul">{bars}</ul>'
            f'<p style="text-align: center;">Nombre total de votants : <strong>{total}</strong></p><p class="poll-closed">{note}</p></div>')


def drupal_poll(poll_id, question, choices):
    rows = "".join(f'<div class="js-form-item form-item js-form-type-radio form-item-choice js-form-item-choice"><input data-drupal-selector="edit-choice-{i}" type="radio" id="edit-choice-{i}" name="choice" value="{i}" class="form-radio">'
                   f'<label for="edit-choice-{i}" class="option">{escape(c)}</label></div>' for i, c in enumerate(choices, 1))
    return (f'<div class="block block-poll block-poll-recent-block"><h2>Sondage</h2><div class="poll"><form class="poll-view-form poll-view-form-{poll_id}" data-drupal-selector="poll-view-form-{poll_id}" action="/poll/{poll_id}" method="post" id="poll-view-form-{poll_id}" accept-charset="UTF-8">'
            f'<fieldset data-drupal-selector="edit-choice" id="edit-choice--wrapper" class="fieldgroup form-composite js-form-item form-item js-form-wrapper form-wrapper"><legend><span class="fieldset-legend">{escape(question)}</span></legend>'
            f'<div class="fieldset-wrapper"><div id="edit-choice" class="form-radios">{rows}</div></div></fieldset>'
            f'<input data-drupal-selector="edit-poll-view-form-{poll_id}" type="hidden" name="form_id" value="poll_view_form_{poll_id}">'
            '<div data-drupal-selector="edit-actions" class="form-actions js-form-wrapper form-wrapper"><input data-drupal-selector="edit-vote" type="submit" id="edit-vote" name="op" value="Voter" class="button js-form-submit form-submit"></div></form></div></div>')


# --- petitions, ideas, budget ---------------------------------------------------------------------

def petition_list(items):
    """items: (href, title, signatures, threshold, status)"""
    rows = "".join(f'<li class="petition-card"><h3><a href="{escape(h)}">{escape(t)}</a></h3><div class="petition-card__progress" role="progressbar" aria-valuenow="{s}" aria-valuemax="{th}">'
                   f'<span class="petition-card__count">{s} signatures</span> / objectif {th}</div><p class="petition-card__status">{escape(st)}</p></li>' for h, t, s, th, st in items)
    return f'<ul class="petition-list">{rows}</ul>'


def sign_form(action, petition_id):
    return (f'<form class="petition-sign" method="post" action="{action}"><h2>Signer cette pétition</h2><input type="hidden" name="petition_id" value="{petition_id}">'
            '<label for="ps-nom">Nom *</label><input id="ps-nom" name="nom" required><label for="ps-prenom">Prénom *</label><input id="ps-prenom" name="prenom" required>'
            '<label for="ps-email">E-mail *</label><input type="email" id="ps-email" name="email" required>'
            '<label for="ps-cp">Code postal *</label><input id="ps-cp" name="code_postal" inputmode="numeric" required>'
            '<label><input type="checkbox" name="resident" value="1" required> Je certifie résider ou travailler dans la commune</label>'
            '<button type="submit">Je signe</button></form>')


def timeline(steps):
    """steps: (label, dates, state) state in done/current/next"""
    items = "".join(f'<li class="timeline__step timeline__step--{st}"><span class="timeline__label">{escape(l)}</span> <span class="timeline__dates">{escape(d)}</span></li>'
                    for l, d, st in steps)
    return f'<ol class="timeline">{items}</ol>'


def project_cards(items, vote=False, action="", max_votes=3):
    """items: (id, title, quartier, cost)"""
    cards = "".join(
        f'<li class="projet-card"><h3>{escape(t)}</h3><p class="projet-card__quartier">{escape(q)}</p><p class="projet-card__cout">Coût estimé : {escape(c)}</p>'
        + (f'<label class="projet-card__vote"><input type="checkbox" name="projets[]" value="{i}"> Je soutiens ce projet</label>' if vote else "")
        + "</li>" for i, t, q, c in items)
    if not vote:
        return f'<ul class="projets-grid">{cards}</ul>'
    return (f'<form class="bp-vote" method="post" action="{action}"><p>Choisissez jusqu\'à {max_votes} projets.</p><ul class="projets-grid">{cards}</ul>'
            '<label for="bp-email">Votre e-mail (pour valider le vote)</label><input type="email" id="bp-email" name="email" required>'
            '<label for="bp-cp">Votre adresse dans la commune</label><input id="bp-cp" name="adresse" required>'
            '<button type="submit">Valider mon vote</button></form>')


def downloads(items):
    rows = "".join(f'<li class="document"><a href="{escape(h)}" class="document__link">{escape(t)}</a> <span class="document__meta">(PDF, {escape(s)})</span></li>'
                   for h, t, s in items)
    return f'<div class="documents"><h2>Documents à télécharger</h2><ul>{rows}</ul></div>'
