"""Markup for the eleventh part of the holdout (``collines``): site furniture and the feature blocks as the
software that writes them on French city sites would (WordPress plugins, Drupal modules, SPIP plugins,
Joomla extensions, Publik, Decidim, CONSUL Democracy, Cap Collectif, Go Vocal, LimeSurvey, Kunena).

Written for this part alone, from the platforms' public source and from how French city sites word
these things; no template or page text is copied. Functions return HTML fragments.
"""
from html import escape


# ---- site furniture -----------------------------------------------------------------------------

def prose(*paragraphs):
    return "".join(f"<p>{p}</p>" for p in paragraphs)


def cookie_banner(kind="tarteaucitron"):
    """A consent banner, as most city sites load one (the markup it injects once its script has run)."""
    if kind == "complianz":
        return ('<div class="cmplz-cookiebanner cmplz-hidden banner-1 optin cmplz-bottom-right" aria-modal="true" '
                'data-nosnippet="true" role="dialog" aria-live="polite"><div class="cmplz-header"><div class="cmplz-title">'
                'Gérer le consentement</div></div><div class="cmplz-body"><div class="cmplz-message">Nous utilisons des '
                'cookies de mesure d\'audience. Vous pouvez les accepter ou les refuser.</div></div><div class="cmplz-buttons">'
                '<button class="cmplz-btn cmplz-accept">Accepter</button><button class="cmplz-btn cmplz-deny">Refuser</button>'
                '</div></div>')
    return ('<div id="tarteaucitronRoot" data-nosnippet><div id="tarteaucitronAlertBig" role="alert">'
            '<span id="tarteaucitronDisclaimerAlert">Ce site utilise des cookies et vous donne le contrôle sur ceux que '
            'vous souhaitez activer.</span><button type="button" class="tarteaucitronAllow" id="tarteaucitronPersonalize2">'
            '✓ Tout accepter</button><button type="button" class="tarteaucitronDeny" id="tarteaucitronAllDenied2">'
            '✗ Tout refuser</button><button type="button" id="tarteaucitronCloseAlert">Personnaliser</button></div></div>')


def news(items, title="Actualités", more=None):
    """A news list: (href, date, title, teaser)."""
    cards = "".join(
        f'<article class="news-card"><p class="news-card__date"><time>{escape(date)}</time></p>'
        f'<h3 class="news-card__title"><a href="{href}">{escape(head)}</a></h3><p class="news-card__teaser">{teaser}</p></article>'
        for href, date, head, teaser in items)
    link = f'<p class="news__more"><a href="{more}">Toutes les actualités</a></p>' if more else ""
    return f'<section class="news" aria-labelledby="news-title"><h2 id="news-title">{escape(title)}</h2><div class="news__list">{cards}</div>{link}</section>'


def agenda(items, title="Agenda"):
    """Upcoming events: (day, month, what, where)."""
    rows = "".join(
        f'<li class="event"><span class="event__date"><span class="event__day">{d}</span> <span class="event__month">{m}</span></span>'
        f' <span class="event__title">{escape(what)}</span> <span class="event__place">{escape(where)}</span></li>'
        for d, m, what, where in items)
    return f'<section class="agenda"><h2>{escape(title)}</h2><ul class="agenda__list">{rows}</ul></section>'


def quick_links(links, title="Accès rapides"):
    tiles = "".join(f'<li class="quick__item"><a class="quick__link" href="{href}">{escape(label)}</a></li>' for href, label in links)
    return f'<nav class="quick" aria-label="{escape(title)}"><h2>{escape(title)}</h2><ul class="quick__list">{tiles}</ul></nav>'


def link_list(links, title=None, cls="links"):
    head = f"<h2>{escape(title)}</h2>" if title else ""
    items = "".join(f'<li><a href="{href}">{escape(label)}</a></li>' for href, label in links)
    return f'<div class="{cls}">{head}<ul>{items}</ul></div>'


def with_sidebar(main, aside):
    return f'<div class="layout-2cols"><div class="layout-2cols__main">{main}</div><aside class="sidebar widget-area" role="complementary">{aside}</aside></div>'


def hours(lines):
    rows = "".join(f"<tr><th scope='row'>{escape(day)}</th><td>{escape(h)}</td></tr>" for day, h in lines)
    return f'<table class="horaires"><caption>Horaires d\'ouverture</caption><tbody>{rows}</tbody></table>'


def share_links(url, title):
    from urllib.parse import quote
    u, t = quote(url, safe=""), quote(title, safe="")
    return (f'<div class="partage"><span class="partage__label">Partager</span>'
            f'<a class="partage__fb" href="https://www.facebook.com/sharer/sharer.php?u={u}" target="_blank" rel="noopener">Facebook</a> '
            f'<a class="partage__x" href="https://x.com/share?url={u}&amp;text={t}" target="_blank" rel="noopener">X</a> '
            f'<a class="partage__li" href="https://www.linkedin.com/shareArticle?mini=true&amp;url={u}" target="_blank" rel="noopener">LinkedIn</a> '
            f'<a class="partage__mail" href="mailto:?subject={t}&amp;body={u}">Courriel</a></div>')


def newsletter_form(action, plugin="mailpoet"):
    """A newsletter sign-up: an e-mail field and nothing to write."""
    if plugin == "acymailing":
        return (f'<div class="acym_module" id="acym_module_formAcym1"><form id="formAcym1" action="{action}" method="post" name="formAcym1">'
                '<div class="acym_module_form"><div class="acym_form"><div class="onefield fieldacy2 acyfield_text" id="field_2">'
                '<label class="cell margin-top-1"><div class="acym__users__creation__fields__title">Courriel</div>'
                '<input type="email" name="user[email]" value="" class="cell acym__user__edit__email" required></label></div></div>'
                '<p class="acysubbuttons"><input type="button" class="btn btn-primary button subbutton" value="M\'abonner" name="Submit"></p></div>'
                '<input type="hidden" name="ctrl" value="frontusers"><input type="hidden" name="task" value="notask">'
                '<input type="hidden" name="option" value="com_acym"><input type="hidden" name="subscription[1]" value="2"></form></div>')
    return (f'<div class="mailpoet_form mailpoet_form_shortcode" id="mp_form_shortcode2"><form target="_self" method="post" '
            f'action="{action}" class="mailpoet_form mailpoet_form_form" novalidate>'
            '<input type="hidden" name="data[form_id]" value="2"><input type="hidden" name="token" value="6b1d0e9f2a">'
            '<div class="mailpoet_paragraph"><label for="form_email_2" class="mailpoet_text_label">Recevez la lettre d\'information municipale</label>'
            '<input type="email" autocomplete="email" class="mailpoet_text" id="form_email_2" name="data[form_field_ZW1haWw=]" '
            'title="Adresse e-mail" value="" data-automation-id="form_email" placeholder="Adresse e-mail *"></div>'
            '<div class="mailpoet_paragraph"><input type="submit" class="mailpoet_submit" value="Je m\'inscris"></div></form></div>')


def login_form(action, user="identifiant", password="motdepasse", title="Espace famille"):
    return (f'<form class="connexion" method="post" action="{action}"><fieldset><legend>{escape(title)}</legend>'
            f'<label for="cx-id">Identifiant ou courriel</label><input type="text" id="cx-id" name="{user}" autocomplete="username">'
            f'<label for="cx-pw">Mot de passe</label><input type="password" id="cx-pw" name="{password}" autocomplete="current-password">'
            '<button type="submit">Se connecter</button></fieldset><p><a href="#mot-de-passe">Mot de passe oublié ?</a></p></form>')


def booking_form(action, rooms):
    """Booking a municipal room: dates, a room, a number of people; no message."""
    options = "".join(f"<option>{escape(r)}</option>" for r in rooms)
    return (f'<form class="reservation" method="post" action="{action}"><fieldset><legend>Demande de réservation</legend>'
            f'<label for="res-salle">Salle</label><select id="res-salle" name="salle">{options}</select>'
            '<label for="res-date">Date souhaitée</label><input type="date" id="res-date" name="date" required>'
            '<label for="res-debut">Heure de début</label><input type="time" id="res-debut" name="debut">'
            '<label for="res-fin">Heure de fin</label><input type="time" id="res-fin" name="fin">'
            '<label for="res-nb">Nombre de personnes</label><input type="number" id="res-nb" name="personnes" min="1">'
            '<label for="res-mail">Courriel</label><input type="email" id="res-mail" name="courriel" required>'
            '<button type="submit">Vérifier la disponibilité</button></fieldset></form>')


def payment_form(action):
    return (f'<form class="paiement" method="post" action="{action}"><fieldset><legend>Payer une facture (cantine, périscolaire)</legend>'
            '<label for="pay-ref">Référence de la facture</label><input type="text" id="pay-ref" name="reference" required>'
            '<label for="pay-montant">Montant (€)</label><input type="text" id="pay-montant" name="montant" inputmode="decimal" required>'
            '<button type="submit">Payer par carte bancaire</button></fieldset><p>Paiement sécurisé via PayFiP (DGFiP).</p></form>')


def registration_form(action, what):
    return (f'<form class="inscription" method="post" action="{action}"><fieldset><legend>{escape(what)}</legend>'
            '<label for="ins-nom">Nom</label><input type="text" id="ins-nom" name="nom" required>'
            '<label for="ins-prenom">Prénom</label><input type="text" id="ins-prenom" name="prenom" required>'
            '<label for="ins-naiss">Date de naissance</label><input type="date" id="ins-naiss" name="naissance">'
            '<label for="ins-tel">Téléphone</label><input type="tel" id="ins-tel" name="telephone">'
            '<label for="ins-mail">Courriel</label><input type="email" id="ins-mail" name="courriel" required>'
            '<button type="submit">Valider l\'inscription</button></fieldset></form>')


# ---- WordPress ----------------------------------------------------------------------------------

def wpforms(form_id, fields, submit="Envoyer", action=""):
    """WPForms: fields are (kind, label, name); kind in text, email, select:<a|b>, textarea."""
    out = []
    for i, (kind, label, _name) in enumerate(fields, 1):
        fid = f"wpforms-{form_id}-field_{i}"
        if kind == "textarea":
            control = f'<textarea id="{fid}" class="wpforms-field-medium wpforms-field-required" name="wpforms[fields][{i}]" required></textarea>'
        elif kind.startswith("select:"):
            opts = "".join(f'<option value="{escape(o)}">{escape(o)}</option>' for o in kind[7:].split("|"))
            control = f'<select id="{fid}" class="wpforms-field-medium" name="wpforms[fields][{i}]">{opts}</select>'
        else:
            control = f'<input type="{kind}" id="{fid}" class="wpforms-field-medium wpforms-field-required" name="wpforms[fields][{i}]" required>'
        ftype = "select" if kind.startswith("select:") else kind
        out.append(f'<div id="{fid}-container" class="wpforms-field wpforms-field-{ftype}" data-field-id="{i}">'
                   f'<label class="wpforms-field-label" for="{fid}">{escape(label)} <span class="wpforms-required-label">*</span></label>{control}</div>')
    return (f'<div class="wpforms-container wpforms-container-full" id="wpforms-{form_id}"><form id="wpforms-form-{form_id}" '
            f'class="wpforms-validate wpforms-form wpforms-ajax-form" data-formid="{form_id}" method="post" enctype="multipart/form-data" '
            f'action="{action}" data-token="0c2f5a9e7b1d"><noscript class="wpforms-error-noscript">Veuillez activer JavaScript dans votre '
            f'navigateur pour remplir ce formulaire.</noscript><div class="wpforms-field-container">{"".join(out)}</div>'
            f'<div class="wpforms-submit-container"><input type="hidden" name="wpforms[id]" value="{form_id}">'
            f'<button type="submit" name="wpforms[submit]" id="wpforms-submit-{form_id}" class="wpforms-submit" data-alt-text="Envoi…" '
            f'aria-live="assertive" value="wpforms-submit">{escape(submit)}</button></div></form></div>')


def gravity_form(form_id, title, description, fields, submit="Envoyer", action=""):
    """Gravity Forms: fields are (kind, label); kind in text, email, textarea, select:<a|b>."""
    items = []
    for i, (kind, label) in enumerate(fields, 1):
        iid = f"input_{form_id}_{i}"
        if kind == "textarea":
            control = f'<textarea name="input_{i}" id="{iid}" class="textarea large" aria-required="true" rows="10" cols="50"></textarea>'
        elif kind.startswith("select:"):
            opts = "".join(f"<option value='{escape(o)}'>{escape(o)}</option>" for o in kind[7:].split("|"))
            control = f"<select name='input_{i}' id='{iid}' class='large gfield_select'>{opts}</select>"
        else:
            control = f"<input name='input_{i}' id='{iid}' type='{kind}' value='' class='large' aria-required='true'>"
        items.append(f'<div id="field_{form_id}_{i}" class="gfield gfield--type-{kind.split(":")[0]} gfield_contains_required field_sublabel_below">'
                     f"<label class='gfield_label gform-field-label' for='{iid}'>{escape(label)}<span class=\"gfield_required\">"
                     f'<span class="gfield_required gfield_required_text">(obligatoire)</span></span></label>'
                     f"<div class='ginput_container ginput_container_{kind.split(':')[0]}'>{control}</div></div>")
    return (f"<div class='gf_browser_gecko gform_wrapper gravity-theme gform-theme--no-framework' data-form-theme='gravity-theme' "
            f"data-form-index='0' id='gform_wrapper_{form_id}'><div class='gform_heading'><h2 class=\"gform_title\">{escape(title)}</h2>"
            f"<p class='gform_description'>{description}</p></div><form method='post' enctype='multipart/form-data' id='gform_{form_id}' "
            f"action='{action}' data-formid='{form_id}' novalidate><div class='gform-body gform_body'><div id='gform_fields_{form_id}' "
            f"class='gform_fields top_label form_sublabel_below description_below validation_below'>{''.join(items)}</div></div>"
            f"<div class='gform_footer top_label'><input type='submit' id='gform_submit_button_{form_id}' class='gform_button button' "
            f"value='{escape(submit)}'><input type='hidden' class='gform_hidden' name='is_submit_{form_id}' value='1'>"
            f"<input type='hidden' class='gform_hidden' name='gform_submit' value='{form_id}'></div></form></div>")


def yop_poll(poll_id, question, answers):
    """YOP Poll as its shortcode renders in a sidebar widget."""
    items = "".join(
        f'<li class="basic-answer" style="padding:0px 0px;" data-id="{poll_id * 10 + i}" data-type="text" data-vn="0" data-color="#000">'
        f'<div class="basic-answer-content basic-text-vertical"><label for="answer[{poll_id * 10 + i}]" class="basic-answer-label">'
        f'<input type="radio" id="answer[{poll_id * 10 + i}]" name="answer[{poll_id}]" value="{poll_id * 10 + i}" autocomplete="off">'
        f'<span class="basic-text basic-text-vertical">{escape(a)}</span></label></div></li>'
        for i, a in enumerate(answers, 1))
    return (f'<section class="widget widget_yop_poll_widget"><h2 class="widget-title">Sondage</h2>'
            f'<div class="bootstrap-yop yop-poll-mc"><div class="basic-yop-poll-container" style="background-color:#fff;" '
            f'data-id="{poll_id}" data-temp="basic" data-skin="minimal" data-cscheme="black" data-cap="0" data-access="guest" '
            f'data-tid="" data-uid="" data-pid="" data-resdet="percentages" data-show-results-to="registered" data-show-results-moment="after-vote" '
            f'data-show-results-only="false" data-show-message="true" data-show-results-as="bar" data-sort-results-by="as-defined" '
            f'data-sort-results-rule="asc" data-is-ended="0" data-percentages-decimals="2" data-gdpr="0" data-gdpr-sol="consent" data-css="" data-counter="0" data-load-with="1">'
            f'<div class="basic-inner"><div class="basic-message hide"><p></p></div><div class="basic-overlay hide"></div>'
            f'<form class="basic-form"><input type="hidden" name="_token" value="b6d0a3f9e1" autocomplete="off">'
            f'<div class="basic-elements"><div class="basic-element basic-question basic-question-text-vertical" data-id="{poll_id}" '
            f'data-uid="q{poll_id}" data-type="question" data-question-type="text" data-min="1" data-max="1" data-display="vertical" '
            f'data-colnum="" data-display-others="no" data-others-color="" data-others="">'
            f'<div role="radiogroup" aria-labelledby="yop-poll-question-{poll_id}"><div class="basic-question-title">'
            f'<h5 id="yop-poll-question-{poll_id}">{escape(question)}</h5></div><ul class="basic-answers">{items}</ul></div></div></div>'
            f'<div class="basic-vote"><a href="#" class="button basic-vote-button" role="button" style="background:#1e73be;">Voter</a></div>'
            f'</form></div></div></div></section>')


def yop_poll_ended(poll_id, question, results):
    bars = "".join(
        f'<li class="basic-answer"><div class="basic-answer-content"><span class="basic-text">{escape(a)}</span>'
        f'<div class="basic-result-bar" style="width:{p}%"></div><span class="basic-result-percent">{p}%</span>'
        f' <span class="basic-result-votes">({v} votes)</span></div></li>'
        for a, p, v in results)
    return (f'<div class="bootstrap-yop yop-poll-mc"><div class="basic-yop-poll-container" data-id="{poll_id}" data-is-ended="1">'
            f'<div class="basic-inner"><div class="basic-question-title"><h5>{escape(question)}</h5></div>'
            f'<ul class="basic-answers">{bars}</ul><div class="basic-message"><p>Ce sondage est terminé.</p></div></div></div></div>')


def wpdiscuz(post_id, comments, closed=False):
    """wpDiscuz: the comment form (textarea "wc_comment") and the threads below it."""
    threads = "".join(
        f'<div id="wpd-comm-{post_id * 100 + i}_0" class="comment even thread-even depth-1 wpd-comment wpd_comment_level-1">'
        f'<div class="wpd-comment-wrap wpd-blog-guest"><div class="wpd-comment-right"><div class="wpd-comment-header">'
        f'<div class="wpd-comment-author">{escape(who)}</div><div class="wpd-comment-date" title="{escape(when)}">{escape(when)}</div></div>'
        f'<div class="wpd-comment-text"><p>{escape(text)}</p></div><div class="wpd-comment-footer"><div class="wpd-reply-button">'
        f'<span>Répondre</span></div></div></div></div></div>'
        for i, (who, when, text) in enumerate(comments))
    if closed:
        form = '<div class="wpd-comments-closed">Les commentaires sont fermés pour cet article.</div>'
    else:
        form = (f'<div class="wpd-form-wrap"><div class="wpd-form wpd-form-wrapper wpd-main-form-wrapper" id="wpd-main-form-wrapper-0_0">'
                f'<form method="post" enctype="multipart/form-data" data-uploading="false" class="wpd_comm_form wpd_main_comm_form">'
                f'<div class="wpd-field-comment"><div class="wpdiscuz-textarea-wrap"><div id="wpd-editor-wraper-0_0">'
                f'<textarea id="wc-textarea-0_0" required name="wc_comment" class="wc_comment wpd-field" placeholder="Participez à la discussion"'
                f' aria-label="Participez à la discussion"></textarea></div></div></div>'
                f'<div class="wpd-form-foot"><div class="wpdiscuz-item wc_name-wrapper wpd-has-icon"><input id="wc_name-0_0" value="" required="required" '
                f'aria-required="true" class="wc_name wpd-field" type="text" name="wc_name" placeholder="Nom*" maxlength="50" pattern=".{{3,50}}" title=""></div>'
                f'<div class="wpdiscuz-item wc_email-wrapper wpd-has-icon"><input id="wc_email-0_0" value="" required="required" aria-required="true" '
                f'class="wc_email wpd-field" type="email" name="wc_email" placeholder="E-mail*"></div>'
                f'<div class="wc-field-submit"><input id="wpd-field-submit-0_0" class="wc_comm_submit wpd_not_clicked wpd-prim-button" type="submit" '
                f'name="submit" value="Publier le commentaire" aria-label="Publier le commentaire"></div></div>'
                f'<input type="hidden" class="wpdiscuz_unique_id" value="0_0" name="wpdiscuz_unique_id"></form></div></div>')
    count = len(comments)
    return (f'<div class="wpdiscuz_top_clearing"></div><div id="comments" class="comments-area"><div id="respond" style="width:0;height:0;clear:both;margin:0;padding:0;"></div>'
            f'<div id="wpdcom" class="wpdiscuz_unauth wpd-default wpd-layout-1 {"wpd-comments-closed" if closed else "wpd-comments-open"}">'
            f'<div class="wc_social_plugin_wrapper"></div>{form}<div id="wpd-threads" class="wpd-thread-wrapper">'
            f'<div class="wpd-thread-head"><div class="wpd-thread-info" data-comments-count="{count}"><span class="wpdtc">{count}</span> Commentaire{"s" if count != 1 else ""}</div></div>'
            f'<div class="wpd-comment-info-bar"></div><div class="wpd-thread-list">{threads}</div></div></div></div>')


# ---- Drupal -------------------------------------------------------------------------------------

def drupal_poll_block(poll_id, question, choices, action):
    radios = "".join(
        f'<div class="js-form-item form-item js-form-type-radio form-type-radio js-form-item-choice form-item-choice">'
        f'<input data-drupal-selector="edit-choice-{poll_id}{i}" type="radio" id="edit-choice-{poll_id}{i}" name="choice" value="{poll_id}{i}" class="form-radio">'
        f'<label for="edit-choice-{poll_id}{i}" class="option">{escape(c)}</label></div>'
        for i, c in enumerate(choices, 1))
    return (f'<div id="block-sondage" class="block block-poll block-poll-recent-block"><h2>Sondage</h2>'
            f'<form class="poll-view-form poll-view-form-{poll_id}" data-drupal-selector="poll-view-form-{poll_id}" action="{action}" '
            f'method="post" id="poll-view-form-{poll_id}" accept-charset="UTF-8"><div class="poll"><div class="vote-form">'
            f'<div class="poll-question"><strong>{escape(question)}</strong></div><fieldset data-drupal-selector="edit-choice" id="edit-choice--wrapper" '
            f'class="fieldgroup form-composite js-form-item form-item js-form-wrapper form-wrapper"><legend><span class="visually-hidden fieldset-legend">Choix</span></legend>'
            f'<div class="fieldset-wrapper"><div id="edit-choice" class="form-radios">{radios}</div></div></fieldset>'
            f'<input data-drupal-selector="edit-vote" type="submit" id="edit-vote" name="op" value="Voter" class="button js-form-submit form-submit"></div></div>'
            f'<input autocomplete="off" data-drupal-selector="form-pl{poll_id}" type="hidden" name="form_build_id" value="form-pl{poll_id}aXq">'
            f'<input data-drupal-selector="edit-poll-view-form-{poll_id}" type="hidden" name="form_id" value="poll_view_form_{poll_id}"></form></div>')


def drupal_comments(node, comments, action):
    items = "".join(
        f'<article data-comment-user-id="0" id="comment-{node * 10 + i}" class="comment js-comment by-anonymous clearfix" role="article">'
        f'<span class="hidden" data-comment-timestamp="17{node:03d}{i:05d}"></span><footer class="comment__meta"><p class="comment__author">'
        f'<span>{escape(who)}</span></p><p class="comment__time">{escape(when)}</p></footer><div class="comment__content">'
        f'<div class="clearfix text-formatted field field--name-comment-body field--type-text-long field--label-hidden field__item"><p>{escape(text)}</p></div></div></article>'
        for i, (who, when, text) in enumerate(comments, 1))
    return (f'<section data-drupal-selector="comments" class="comments field field--name-comment field--type-comment field--label-above">'
            f'<h2 class="comments__title">Commentaires</h2>{items}<h2 class="comments__form-title">Ajouter un commentaire</h2>'
            f'<form class="comment-comment-form comment-form" data-drupal-selector="comment-form" action="{action}" method="post" id="comment-form" accept-charset="UTF-8">'
            f'<div class="js-form-item form-item js-form-type-textfield form-item-name"><label for="edit-name">Votre nom</label>'
            f'<input data-drupal-selector="edit-name" type="text" id="edit-name" name="name" value="" size="30" maxlength="60" class="form-text"></div>'
            f'<div class="js-form-item form-item js-form-type-email form-item-mail"><label for="edit-mail">Courriel</label>'
            f'<input data-drupal-selector="edit-mail" type="email" id="edit-mail" name="mail" value="" size="30" maxlength="254" class="form-email">'
            f'<div class="description">Le contenu de ce champ sera maintenu privé et ne sera pas affiché publiquement.</div></div>'
            f'<div class="field--type-text-long field--name-comment-body field--widget-text-textarea js-form-wrapper form-wrapper">'
            f'<div class="js-form-item form-item js-form-type-textarea form-item-comment-body-0-value"><label for="edit-comment-body-0-value" class="js-form-required form-required">Commentaire</label>'
            f'<div class="form-textarea-wrapper"><textarea data-drupal-selector="edit-comment-body-0-value" id="edit-comment-body-0-value" name="comment_body[0][value]" '
            f'rows="5" cols="60" class="form-textarea required" required="required"></textarea></div></div></div>'
            f'<input data-drupal-selector="edit-comment-comment-form" type="hidden" name="form_id" value="comment_comment_form">'
            f'<div data-drupal-selector="edit-actions" class="form-actions js-form-wrapper form-wrapper" id="edit-actions">'
            f'<input data-drupal-selector="edit-submit" type="submit" id="edit-submit--2" name="op" value="Enregistrer" class="button button--primary js-form-submit form-submit"></div></form></section>')


def drupal_webform(form, action, elements, submit="Envoyer"):
    """A Drupal Webform; elements are (kind, key, label, options) with kind in textfield, email, textarea, radios, select."""
    sel = f"webform-submission-{form}-add-form"
    out = []
    for kind, key, label, options in elements:
        k = key.replace("_", "-")
        if kind == "radios":
            radios = "".join(
                f'<div class="js-form-item form-item js-form-type-radio form-type-radio"><input data-drupal-selector="edit-{k}-{j}" type="radio" '
                f'id="edit-{k}-{j}" name="{key}" value="{escape(o)}" class="form-radio"><label for="edit-{k}-{j}" class="option">{escape(o)}</label></div>'
                for j, o in enumerate(options))
            out.append(f'<fieldset data-drupal-selector="edit-{k}" id="edit-{k}--wrapper" class="radios--wrapper fieldgroup form-composite webform-composite-visible-title js-webform-type-radios webform-type-radios js-form-item form-item js-form-wrapper form-wrapper">'
                       f'<legend><span class="fieldset-legend">{escape(label)}</span></legend><div class="fieldset-wrapper"><div id="edit-{k}" class="js-webform-radios webform-options-display-one-column form-radios">{radios}</div></div></fieldset>')
        elif kind == "select":
            opts = "".join(f'<option value="{escape(o)}">{escape(o)}</option>' for o in options)
            out.append(f'<div class="js-form-item form-item js-form-type-select form-item-{k}"><label for="edit-{k}">{escape(label)}</label>'
                       f'<select data-drupal-selector="edit-{k}" id="edit-{k}" name="{key}" class="form-select">{opts}</select></div>')
        elif kind == "textarea":
            out.append(f'<div class="js-form-item form-item js-form-type-textarea form-item-{k}"><label for="edit-{k}">{escape(label)}</label>'
                       f'<div class="form-textarea-wrapper"><textarea data-drupal-selector="edit-{k}" id="edit-{k}" name="{key}" rows="5" cols="60" class="form-textarea resize-vertical"></textarea></div></div>')
        else:
            out.append(f'<div class="js-form-item form-item js-form-type-{kind} form-item-{k}"><label for="edit-{k}">{escape(label)}</label>'
                       f'<input data-drupal-selector="edit-{k}" type="{"email" if kind == "email" else "text"}" id="edit-{k}" name="{key}" value="" size="60" class="form-{kind}"></div>')
    return (f'<form class="webform-submission-form webform-submission-add-form {sel} js-webform-details-toggle webform-details-toggle" '
            f'data-drupal-selector="{sel}" action="{action}" method="post" id="{sel}" accept-charset="UTF-8">{"".join(out)}'
            f'<div data-drupal-selector="edit-actions" class="form-actions webform-actions js-form-wrapper form-wrapper" id="edit-actions">'
            f'<input class="webform-button--submit button button--primary js-form-submit form-submit" data-drupal-selector="edit-actions-submit" '
            f'type="submit" id="edit-actions-submit" name="op" value="{escape(submit)}"></div>'
            f'<input autocomplete="off" type="hidden" name="form_build_id" value="form-{form[:6]}Zq81"><input type="hidden" name="form_id" value="{sel.replace("-", "_")}"></form>')


# ---- SPIP ---------------------------------------------------------------------------------------

def spip_forum_thread(id_article, messages):
    """The messages of an article's forum, threaded (SPIP's plugins-dist/forum): (title, author, date, text, depth)."""
    items = []
    for i, (title, who, date, text, depth) in enumerate(messages, 1):
        items.append(f'<li class="comment-item{" comment-reply" if depth else ""}" style="margin-left:{depth * 2}em"><div class="comment hentry" id="forum{id_article * 10 + i}">'
                     f'<p class="comment-meta"><strong class="comment-titre">{escape(title)}</strong>, <span class="vcard author">par {escape(who)}</span>, '
                     f'<abbr class="published">{escape(date)}</abbr></p><div class="comment-content"><p>{escape(text)}</p></div>'
                     f'<p class="repondre"><a href="/spip.php?page=forum&amp;id_article={id_article}" rel="nofollow">Répondre à ce message</a></p></div></li>')
    return (f'<div class="comments"><a id="forum"></a><h2 class="h2">{len(messages)} Messages</h2>'
            f'<ul class="comments-items">{"".join(items)}</ul></div>'
            f'<p class="repondre-article"><a href="/spip.php?page=forum&amp;id_article={id_article}" rel="nofollow">Répondre à cet article</a></p>')


def spip_forum_form(id_article):
    return (f'<div class="formulaire_spip formulaire_forum ajax" id="formulaire_forum"><form action="/spip.php?page=forum&amp;id_article={id_article}#formulaire_forum" method="post">'
            f'<div><input name="formulaire_action" type="hidden" value="forum"><input name="formulaire_action_args" type="hidden" value="aRt{id_article}qP">'
            f'<input type="hidden" name="id_article" value="{id_article}"><input type="hidden" name="retour_forum" value="!"></div>'
            f'<fieldset class="qui saisie_qui"><legend>Qui êtes-vous ?</legend><div class="editer-groupe">'
            f'<div class="editer saisie_session_nom"><label for="session_nom">Votre nom</label><input type="text" class="text" name="session_nom" id="session_nom" value="" size="40"></div>'
            f'<div class="editer saisie_session_email"><label for="session_email">Votre adresse email</label><input type="email" class="text email" name="session_email" id="session_email" value="" size="40"></div></div></fieldset>'
            f'<fieldset><legend>Votre message</legend><p class="explication">Ce forum est modéré a priori : votre contribution n\'apparaîtra qu\'après avoir été validée par un administrateur du site.</p>'
            f'<div class="editer-groupe"><div class="editer saisie_titre obligatoire"><label for="titre">Titre (obligatoire)</label><input type="text" class="text" name="titre" id="titre" value="" size="60"></div>'
            f'<div class="editer saisie_texte obligatoire"><label for="texte">Texte de votre message (obligatoire)</label>'
            f'<textarea name="texte" id="texte" rows="12" cols="60" class="inserer_barre_forum"></textarea></div></div></fieldset>'
            f'<p style="display:none;"><label for="nobot_forum">Veuillez laisser ce champ vide :</label><input type="text" class="text" name="nobot" id="nobot_forum" value="" size="10"></p>'
            f'<p class="boutons"><input type="submit" class="submit" name="previsualiser_message" value="Prévisualiser"></p></form></div>')


def spip_petition(id_article, count, last):
    """SPIP's own petitions (plugins-dist/petitions): the formulaire_signature and the latest signatures."""
    rows = "".join(f'<tr><td class="signature-date">{escape(d)}</td><td class="signature-nom">{escape(n)}</td></tr>' for d, n in last)
    return (f'<div class="formulaire_spip formulaire_signature ajax" id="sp{id_article}"><h2 class="h2">Signer cette pétition</h2>'
            f'<p class="nombre_signatures">{count} signatures</p>'
            f'<form method="post" action="/spip.php?article{id_article}#sp{id_article}"><div>'
            f'<input name="formulaire_action" type="hidden" value="signature"><input name="formulaire_action_args" type="hidden" value="pEt{id_article}">'
            f'<fieldset><legend>Votre signature</legend><ul class="editer-groupe">'
            f'<li class="editer saisie_session_nom obligatoire"><label for="session_nom">Votre nom ou pseudo</label><input type="text" class="text" name="session_nom" id="session_nom" value="" size="20"></li>'
            f'<li class="editer saisie_session_email obligatoire"><label for="session_email">Votre adresse email</label><input type="email" class="text email" name="session_email" id="session_email" value="" size="20"></li>'
            f'</ul></fieldset><fieldset><legend>Votre site Web</legend><ul class="editer-groupe"><li class="editer saisie_signature_nom_site">'
            f'<label for="signature_nom_site">Nom de votre site Web</label><input type="text" class="text" name="signature_nom_site" id="signature_nom_site" value="" size="20"></li></ul></fieldset>'
            f'<fieldset><legend>Message</legend><ul class="editer-groupe"><li class="editer saisie_message"><label for="message">Un message, un commentaire ?</label>'
            f'<textarea name="message" id="message" rows="3" cols="60"></textarea></li></ul></fieldset>'
            f'<p class="boutons"><input type="submit" class="submit" value="Valider"></p></div></form></div>'
            f'<div class="signatures"><h3>Dernières signatures</h3><table class="spip">{rows}</table></div>')


def spip_formidable(id_form, title, questions, action):
    """A Formidable questionnaire (SPIP plugin): radios and checkboxes built with Saisies."""
    blocks = []
    for i, (kind, label, options) in enumerate(questions, 1):
        if kind == "textarea":
            blocks.append(f'<div class="editer editer_textarea_{i} saisie_textarea"><label class="editer-label" for="champ_textarea_{i}">{escape(label)}</label>'
                          f'<textarea name="textarea_{i}" class="textarea" id="champ_textarea_{i}" rows="5" cols="40"></textarea></div>')
            continue
        inputs = "".join(
            f'<div class="choix choix_{kind}"><input type="{"checkbox" if kind == "checkbox" else "radio"}" name="{kind}_{i}{"[]" if kind == "checkbox" else ""}" '
            f'class="{kind}" id="champ_{kind}_{i}_{j}" value="choix{j}"><label for="champ_{kind}_{i}_{j}">{escape(o)}</label></div>'
            for j, o in enumerate(options))
        blocks.append(f'<fieldset class="editer editer_{kind}_{i} saisie_{kind}"><legend class="editer-label">{escape(label)}</legend>{inputs}</fieldset>')
    return (f'<div class="formulaire_spip formulaire_formidable formulaire_formidable_{id_form} ajax" id="formulaire_formidable_{id_form}">'
            f'<h3 class="titrem">{escape(title)}</h3><form method="post" action="{action}#formulaire_formidable_{id_form}" enctype="multipart/form-data"><div>'
            f'<input name="formulaire_action" type="hidden" value="formidable"><input name="formulaire_action_args" type="hidden" value="fRm{id_form}">'
            f'<input type="hidden" name="id_formulaire" value="{id_form}"><div class="editer-groupe">{"".join(blocks)}</div>'
            f'<p class="boutons"><input type="submit" class="submit" value="Envoyer mes réponses"></p></div></form></div>')


def spip_contact(action, legend="Écrire à la mairie"):
    """The SPIP "Formulaire de contact avancé" plugin."""
    return (f'<div class="formulaire_spip formulaire_contact" id="formulaire_contact"><form method="post" action="{action}#formulaire_contact"><div>'
            f'<input name="formulaire_action" type="hidden" value="contact"><input name="formulaire_action_args" type="hidden" value="cTc91">'
            f'<fieldset><legend>{escape(legend)}</legend><ul class="editer-groupe">'
            f'<li class="editer saisie_mail obligatoire"><label for="mail">Votre adresse email</label><input type="email" class="text" name="mail" id="mail" value="" size="30"></li>'
            f'<li class="editer saisie_sujet obligatoire"><label for="sujet">Objet de votre message</label><input type="text" class="text" name="sujet" id="sujet" value="" size="30"></li>'
            f'<li class="editer saisie_texte obligatoire"><label for="texte">Votre message</label><textarea name="texte" id="texte" rows="8" cols="60"></textarea></li>'
            f'</ul></fieldset><p class="boutons"><input type="submit" class="submit" name="valide" value="Envoyer le message"></p></div></form></div>')


# ---- Joomla -------------------------------------------------------------------------------------

def joomla_contact(action, legend="Écrire à la mairie"):
    def group(name, label, control):
        return (f'<div class="control-group"><div class="control-label"><label id="jform_{name}-lbl" for="jform_{name}" class="required">'
                f'{escape(label)}<span class="star" aria-hidden="true">&#160;*</span></label></div><div class="controls">{control}</div></div>')
    return (f'<div class="com-contact__form contact-form"><form id="contact-form" action="{action}" method="post" class="form-validate form-horizontal well">'
            f'<fieldset><legend>{escape(legend)}</legend>'
            + group("contact_name", "Nom", '<input type="text" name="jform[contact_name]" id="jform_contact_name" value="" class="form-control required" required>')
            + group("contact_email", "Courriel", '<input type="email" name="jform[contact_email]" id="jform_contact_email" value="" class="form-control validate-email required" required>')
            + group("contact_emailmsg", "Objet", '<input type="text" name="jform[contact_subject]" id="jform_contact_emailmsg" value="" class="form-control required" required>')
            + group("contact_message", "Message", '<textarea name="jform[contact_message]" id="jform_contact_message" cols="50" rows="10" class="form-control required" required></textarea>')
            + '</fieldset><div class="control-group"><div class="controls"><button class="btn btn-primary validate" type="submit">Envoyer</button>'
            '<input type="hidden" name="option" value="com_contact"><input type="hidden" name="task" value="contact.submit">'
            '<input type="hidden" name="id" value="2:accueil-mairie"><input type="hidden" name="9c1e5b7a3d" value="1"></div></div></form></div>')


def jcomments(object_id, comments):
    """JComments under a Joomla article: the list and the add-comment form."""
    items = "".join(
        f'<div class="even" id="comment-item-{object_id * 10 + i}"><div class="rbox"><div class="comment-box usertype-guest">'
        f'<span class="comment-author">{escape(who)}</span> <span class="comment-date">{escape(when)}</span>'
        f'<div class="comment-body" id="comment-body-{object_id * 10 + i}">{escape(text)}</div></div></div></div>'
        for i, (who, when, text) in enumerate(comments, 1))
    return (f'<div id="jc"><div id="comments"><h4>Commentaires <a class="rss" href="#" title="RSS">RSS</a></h4><div id="comments-list" class="comments-list">{items}</div></div>'
            f'<a id="addcomments" href="#addcomments"></a><form id="comments-form" name="comments-form" action="javascript:void(null);">'
            f'<h4>Ajouter un commentaire</h4><p><span><input id="comments-form-name" type="text" name="name" value="" maxlength="20" size="22" tabindex="1">'
            f'<label for="comments-form-name">Nom (obligatoire)</label></span></p><p><span><input id="comments-form-email" type="text" name="email" value="" size="22" tabindex="2">'
            f'<label for="comments-form-email">E-mail (obligatoire, non publié)</label></span></p>'
            f'<p><span><textarea id="comments-form-comment" name="comment" cols="65" rows="8" tabindex="5"></textarea></span></p>'
            f'<div id="comments-form-buttons"><div class="btn" id="comments-form-send"><div><a href="#" tabindex="7" title="Envoyer (Ctrl+Entrée)">Envoyer</a></div></div></div>'
            f'<div><input type="hidden" name="object_id" value="{object_id}"><input type="hidden" name="object_group" value="com_content"></div></form></div>')


def kunena_index(categories):
    """Kunena's category index: (href, title, description, topics, posts, last)."""
    rows = "".join(
        f'<tr class="category"><td class="span1 center hidden-phone"><a href="{href}" title="Voir la catégorie"><i class="icon-folder"></i></a></td>'
        f'<td class="span8"><div><h3><a href="{href}" title="{escape(title)}" class="hasTooltip">{escape(title)}</a></h3></div>'
        f'<div class="hidden-phone header-desc">{escape(desc)}</div></td><td class="span1 center hidden-phone post-topics">'
        f'<div>{topics} Sujets</div><div>{posts} Messages</div></td><td class="span2 post-lastpost"><div class="ktopic-latest-post">{escape(last)}</div></td></tr>'
        for href, title, desc, topics, posts, last in categories)
    return (f'<div id="kunena" class="layout"><div class="kfrontend"><div class="btn-toolbar pull-right"><div class="btn-group">'
            f'<span class="btn btn-small disabled">Connectez-vous pour écrire</span></div></div><h2 class="btn-link"><a href="/index.php/forum" title="Index du forum">Forum des Aubervaliens</a></h2>'
            f'<div class="row-fluid collapse in" id="category1"><table class="table table-bordered"><tbody>{rows}</tbody></table></div></div>'
            f'<div class="kfrontend"><h2 class="btn-link">Statistiques</h2><div class="row-fluid"><p>Messages : 1 284 — Sujets : 211 — Membres : 362</p></div></div></div>')


def kunena_category(title, topics, new_topic_href):
    rows = "".join(
        f'<tr class="category"><td class="span1 center hidden-phone"><i class="icon-topic"></i></td><td class="span6">'
        f'<div><a href="{href}" class="hasTooltip topictitle">{escape(head)}</a></div><div class="pull-right"><span class="ktopic-category">par {escape(who)}</span></div></td>'
        f'<td class="span2 hidden-phone"><div class="replies">Réponses : {replies}</div><div class="views">Vues : {replies * 37 + 12}</div></td></tr>'
        for href, head, who, replies in topics)
    return (f'<div id="kunena" class="layout"><div class="row-fluid"><div class="span12"><h2 class="pull-left">{escape(title)}</h2>'
            f'<div class="btn-toolbar pull-right"><a class="btn btn-primary" href="{new_topic_href}" rel="nofollow"><i class="icon-edit"></i> Nouveau sujet</a></div></div></div>'
            f'<form action="/index.php/forum" method="post" name="ktopicsform"><table class="table table-bordered"><tbody>{rows}</tbody></table></form></div>')


def kunena_topic(title, posts, reply_href):
    msgs = "".join(
        f'<div class="row-fluid message message-published"><div class="span2 hidden-phone"><ul class="unstyled center profilebox">'
        f'<li><strong><a class="kwho-user hasTooltip" href="#">{escape(who)}</a></strong></li><li>Messages : {7 + 3 * i}</li></ul></div>'
        f'<div class="span10 message-published"><small class="text-muted pull-right hidden-phone"><span class="kmsgdate">{escape(when)}</span> #{900 + i}</small>'
        f'<div class="badger-left badger-info"><div class="kmessage"><div class="horizontal-message"><div class="horizontal-message-top badger-info">'
        f'<h3>{"Re: " if i else ""}{escape(title)}</h3></div><div class="kmsg">{escape(text)}</div></div></div></div></div></div>'
        for i, (who, when, text) in enumerate(posts))
    return (f'<div id="kunena" class="layout"><h1>{escape(title)}</h1><div class="pull-left"><a class="btn" href="{reply_href}" rel="nofollow">'
            f'<i class="icon-undo"></i> Répondre au sujet</a></div><div class="clearfix"></div>{msgs}</div>')


def kunena_post_form(action, category):
    return (f'<div id="kunena" class="layout"><form action="{action}" method="post" class="form-validate form-horizontal" id="postform" name="postform" enctype="multipart/form-data">'
            f'<input type="hidden" name="view" value="topic"><input type="hidden" name="task" value="post"><input type="hidden" name="catid" value="{category}">'
            f'<h2>Nouveau sujet</h2><div class="control-group"><label class="control-label" for="subject">Titre</label><div class="controls">'
            f'<input type="text" class="input-xxlarge" name="subject" id="subject" maxlength="50" value=""></div></div>'
            f'<div class="control-group"><label class="control-label" for="kbbcode-message">Message</label><div class="controls">'
            f'<textarea class="input-xxlarge" name="message" id="kbbcode-message" rows="12" tabindex="7" required="required"></textarea></div></div>'
            f'<div class="center"><input type="submit" name="ksubmit" class="btn btn-success" value="Envoyer"> <input type="reset" class="btn" value="Annuler"></div></form></div>')


# ---- TYPO3 --------------------------------------------------------------------------------------

def typo3_contact(action, ident="contact-217"):
    def name(f):
        return f"tx_form_formframework[{ident}][{f}]"
    return (f'<form enctype="multipart/form-data" method="post" id="{ident}" action="{action}?tx_form_formframework%5Baction%5D=perform&amp;'
            f'tx_form_formframework%5Bcontroller%5D=FormFrontend&amp;cHash=41be8f0c2d7a#{ident}"><div>'
            f'<input type="hidden" name="tx_form_formframework[{ident}][__state]" value="TzozOToiVFlQTzNcQ01TXEZvcm0i"></div>'
            f'<fieldset class="form-group"><legend>Vos coordonnées</legend>'
            f'<div class="form-group"><label class="form-label" for="{ident}-nom">Nom et prénom<span class="required">*</span></label>'
            f'<input required="required" class="form-control" id="{ident}-nom" type="text" name="{name("nom")}" value=""></div>'
            f'<div class="form-group"><label class="form-label" for="{ident}-courriel">Courriel<span class="required">*</span></label>'
            f'<input required="required" class="form-control" id="{ident}-courriel" type="email" name="{name("courriel")}" value=""></div></fieldset>'
            f'<div class="form-group"><label class="form-label" for="{ident}-service">Service concerné</label><select class="form-control" id="{ident}-service" name="{name("service")}">'
            f'<option>Accueil général</option><option>Urbanisme</option><option>Propreté et voirie</option><option>Enfance et écoles</option></select></div>'
            f'<div class="form-group"><label class="form-label" for="{ident}-message">Votre message<span class="required">*</span></label>'
            f'<textarea required="required" class="xxlarge form-control" id="{ident}-message" name="{name("message")}" rows="8"></textarea></div>'
            f'<nav class="form-navigation"><div class="btn-toolbar" role="toolbar"><div class="btn-group" role="group"><span class="btn-group next submit">'
            f'<button class="btn btn-primary" type="submit" name="tx_form_formframework[{ident}][__currentPage]" value="1">Envoyer</button></span></div></div></nav></form>')


# ---- a vendor CMS -------------------------------------------------------------------------------

def vendor_form(action, legend, fields, submit="Envoyer", cls="form-contact"):
    """A municipal vendor CMS form (RGAA-minded): fields are (kind, name, label)."""
    out = []
    for kind, name, label in fields:
        if kind == "textarea":
            ctl = f'<textarea id="f-{name}" name="{name}" rows="7" required aria-required="true"></textarea>'
        elif kind.startswith("select:"):
            ctl = f'<select id="f-{name}" name="{name}">' + "".join(f"<option>{escape(o)}</option>" for o in kind[7:].split("|")) + "</select>"
        else:
            ctl = f'<input type="{kind}" id="f-{name}" name="{name}" required aria-required="true">'
        out.append(f'<div class="frm-field frm-field--{kind.split(":")[0]}"><label class="frm-label" for="f-{name}">{escape(label)} <abbr title="obligatoire">*</abbr></label>{ctl}</div>')
    return (f'<form class="frm {cls}" method="post" action="{action}"><p class="frm-mandatory">Les champs suivis d\'un astérisque sont obligatoires.</p>'
            f'<fieldset class="frm-fieldset"><legend>{escape(legend)}</legend>{"".join(out)}</fieldset>'
            f'<div class="frm-rgpd"><input type="checkbox" id="f-rgpd" name="rgpd" required><label for="f-rgpd">J\'ai pris connaissance de la politique de protection des données.</label></div>'
            f'<div class="frm-actions"><button type="submit" class="btn btn--primary">{escape(submit)}</button></div></form>')


def facebook_comments(url):
    return ('<div id="fb-root"></div><script async defer crossorigin="anonymous" '
            'src="https://connect.facebook.net/fr_FR/sdk.js#xfbml=1&amp;version=v18.0&amp;appId=412233445566" nonce="Qm9zc2Fs"></script>'
            f'<div class="fb-comments" data-href="{url}" data-width="" data-numposts="5" data-lazy="true"></div>')


def disqus(shortname, url, ident):
    return (f'<div id="disqus_thread"></div><script>var disqus_config = function () {{ this.page.url = "{url}"; this.page.identifier = "{ident}"; '
            f'this.language = "fr"; }}; (function() {{ var d = document, s = d.createElement("script"); s.src = "https://{shortname}.disqus.com/embed.js"; '
            f's.setAttribute("data-timestamp", +new Date()); (d.head || d.body).appendChild(s); }})();</script>'
            '<noscript>Activez JavaScript pour afficher les commentaires.</noscript>')


# ---- Publik (w.c.s. forms) ----------------------------------------------------------------------

def publik_form(action, steps, widgets, submit="Valider"):
    """A w.c.s. form: widgets are (kind, num, label) with kind in StringWidget, EmailWidget, TextWidget, SingleSelectWidget:a|b."""
    out = []
    for kind, num, label in widgets:
        if kind == "TextWidget":
            ctl = f'<textarea id="form_f{num}" name="f{num}" cols="72" rows="8" aria-required="true"></textarea>'
        elif kind.startswith("SingleSelectWidget"):
            ctl = f'<select id="form_f{num}" name="f{num}">' + "".join(f"<option>{escape(o)}</option>" for o in kind.split(":")[1].split("|")) + "</select>"
            kind = "SingleSelectWidget"
        elif kind == "CheckboxWidget":
            ctl = f'<input id="form_f{num}" name="f{num}" type="checkbox" value="yes">'
        else:
            ctl = f'<input id="form_f{num}" name="f{num}" type="{"email" if kind == "EmailWidget" else "text"}" value="" aria-required="true">'
        out.append(f'<div class="field {kind} template-form-field widget-required" data-field-id="{num}" id="var_{num}">'
                   f'<div class="title"><label for="form_f{num}">{escape(label)}<span title="Ce champ est obligatoire." class="required">*</span></label></div>'
                   f'<div class="content">{ctl}</div></div>')
    bar = "".join(f'<li class="{"current" if i == 0 else ""}"><span class="marker">{i + 1}</span><span class="label">{escape(s)}</span></li>' for i, s in enumerate(steps))
    return (f'<form enctype="multipart/form-data" method="post" novalidate="novalidate" class="quixote" action="{action}" data-live-url="{action}live">'
            f'<input type="hidden" name="_form_id" value="form"><input type="hidden" name="magictoken" value="cm9zYWxpZQ">'
            f'<div class="wcs-step" id="steps"><ol>{bar}</ol></div>{"".join(out)}'
            f'<div class="buttons submit"><button class="submit-button" name="submit" value="{escape(submit)}">{escape(submit)}</button>'
            f'<button class="cancel" name="cancel" value="Abandonner">Abandonner</button></div></form>')


def publik_tiles(links):
    tiles = "".join(f'<li class="link-list--item"><a href="{href}"><span class="tile-title">{escape(t)}</span></a></li>' for href, t in links)
    return f'<div class="cell link-list-cell"><h2>Démarches en ligne</h2><ul class="link-list">{tiles}</ul></div>'


# ---- Decidim ------------------------------------------------------------------------------------

def decidim_process_card(href, title, step, body):
    return (f'<a href="{href}" class="card__grid"><div class="card__grid-text"><span class="label">{escape(step)}</span>'
            f'<h3 class="h4 text-secondary">{escape(title)}</h3><p>{escape(body)}</p></div></a>')


def decidim_proposals(items, new_href):
    cards = "".join(
        f'<a href="{href}" class="card__list" id="proposals__proposal_{1000 + i}"><div class="card__list-content">'
        f'<div class="card__list-title">{escape(title)}</div><div class="card__list-metadata"><div><span>{escape(who)}</span></div>'
        f'<div><span class="label success">{escape(state)}</span></div><div><span>{supports} soutiens</span></div>'
        f'<div><span>{comments} commentaires</span></div></div></div></a>'
        for i, (href, title, who, state, supports, comments) in enumerate(items))
    return (f'<div class="layout-main__buttons"><a class="button button__sm button__secondary" href="{new_href}">Nouvelle proposition</a></div>'
            f'<section class="layout-main__section"><h2 class="h5 text-secondary">{len(items)} propositions</h2><div class="card__list-list">{cards}</div></section>')


def decidim_comments(resource_gid, comments, signed_in_href="/users/sign_in"):
    items = "".join(
        f'<div id="comment_{i + 300}" class="comment" data-comment-id="{i + 300}"><div class="comment__header"><div class="author">'
        f'<span class="author__name">{escape(who)}</span></div><span class="comment__date">{escape(when)}</span></div>'
        f'<div class="comment__content"><div class="rich-text-display"><p>{escape(text)}</p></div></div>'
        f'<div class="comment__footer"><button class="button button__sm button__text-secondary" data-controls="panel-comment{i + 300}-reply">Répondre</button>'
        f'<div class="comment__votes"><button class="button button__sm button__text-secondary">{3 + i} pour</button></div></div></div>'
        for i, (who, when, text) in enumerate(comments))
    return (f'<div class="comments-count">{len(comments)} commentaires</div><div id="comments-for-{resource_gid}" data-decidim-comments=\'{{"commentableGid":"{resource_gid}"}}\'>'
            f'<div class="comment-threads">{items}</div><div class="add-comment" id="add-comment-anchor"><h3 class="h4">Ajouter un commentaire</h3>'
            f'<form class="new_comment" id="new_comment_for_{resource_gid}" action="/comments" accept-charset="UTF-8" data-remote="true" method="post">'
            f'<input type="hidden" name="comment[commentable_gid]" value="{resource_gid}"><div class="comment__textarea-container">'
            f'<label for="add-comment-{resource_gid}" class="sr-only">Commentaire</label><textarea minlength="15" maxlength="1000" '
            f'placeholder="Ajoutez votre commentaire" id="add-comment-{resource_gid}" name="comment[body]" data-input-emoji="true"></textarea></div>'
            f'<div class="comment__form-submit"><button type="submit" class="button button__sm button__secondary" disabled="disabled">Publier le commentaire</button></div>'
            f'</form><p class="text-sm">Vous devez vous <a href="{signed_in_href}">connecter</a> pour commenter.</p></div></div>')


def decidim_survey(action, questions):
    blocks = []
    for i, (label, choices) in enumerate(questions, 1):
        if choices:
            opts = "".join(f'<label for="questionnaire_responses_{i}_choices_{j}"><input type="radio" value="{j}" '
                           f'name="questionnaire[responses][{i}][choices][][body]" id="questionnaire_responses_{i}_choices_{j}"> {escape(c)}</label>'
                           for j, c in enumerate(choices))
            blocks.append(f'<div class="answer question" data-max-choices="1"><div class="question__title"><span>{i}. {escape(label)}</span></div>'
                          f'<div class="radio-button-collection">{opts}</div></div>')
        else:
            blocks.append(f'<div class="answer question"><div class="question__title"><label for="questionnaire_responses_{i}">{i}. {escape(label)}</label></div>'
                          f'<textarea id="questionnaire_responses_{i}" name="questionnaire[responses][{i}][body]" rows="6"></textarea></div>')
    return (f'<div class="form__wrapper"><form class="form answer-questionnaire" id="answer-questionnaire" action="{action}" method="post">'
            f'<input type="hidden" name="authenticity_token" value="c3VydmV5LXZhbG1v">{"".join(blocks)}'
            f'<div class="answer-questionnaire__tos"><label for="questionnaire_tos_agreement"><input type="checkbox" name="questionnaire[tos_agreement]" id="questionnaire_tos_agreement"> '
            f'J\'accepte les conditions d\'utilisation</label></div><div class="answer-questionnaire__submit"><button type="submit" class="button button__lg button__secondary">Envoyer</button></div></form></div>')


def decidim_initiative(title, votes, threshold, sign_href):
    pct = min(100, votes * 100 // threshold)
    return (f'<section class="initiative__aside"><div class="initiative__votes"><div class="progress-bar__container">'
            f'<div class="progress-bar" role="progressbar" aria-valuenow="{pct}" aria-valuemin="0" aria-valuemax="100" aria-label="{escape(title)}">'
            f'<div class="progress-bar__bar"><div class="progress-bar__bar-complete" style="width:{pct}%"></div></div>'
            f'<div class="progress-bar__number"><span>{votes}</span> / {threshold} signatures</div></div></div>'
            f'<a class="button button__xl button__secondary w-full" href="{sign_href}">Signer</a></div></section>')


# ---- CONSUL Democracy ---------------------------------------------------------------------------

def consul_debate_list(items):
    rows = "".join(
        f'<div id="debate_{200 + i}" class="debate clear" data-type="debate"><div class="panel"><div class="row"><div class="small-12 medium-9 column">'
        f'<div class="debate-content"><h3><a href="{href}">{escape(title)}</a></h3><p class="debate-info"><span class="icon-comments"></span> '
        f'<a href="{href}#comments">{n} commentaires</a> • {escape(when)} • {escape(who)}</p><div class="debate-description"><p>{escape(desc)}</p></div></div></div>'
        f'<div class="small-12 medium-3 column"><div class="votes"><div class="in-favor">{n * 4 + 3} votes</div></div></div></div></div></div>'
        for i, (href, title, desc, who, when, n) in enumerate(items))
    return (f'<div class="debates-list" id="debates"><a class="button expanded" href="/debates/new">Commencer un débat</a>{rows}</div>')


def consul_comments(commentable, comments):
    items = "".join(
        f'<div id="comment_{800 + i}" class="comment small-12"><div class="comment-body"><div class="comment-info"><span class="user-name">{escape(who)}</span> • '
        f'<time>{escape(when)}</time></div><div class="comment-user"><p>{escape(text)}</p></div><div class="comment-footer"><a class="reply-link" href="/users/sign_in">Répondre</a>'
        f' <span class="in-favor">{2 + i}</span> <span class="against">{i}</span></div></div></div>'
        for i, (who, when, text) in enumerate(comments))
    return (f'<section class="expanded comments"><div class="row"><div id="comments" class="small-12 column"><h2>Commentaires <span>({len(comments)})</span></h2>'
            f'<form class="new_comment" id="new_comment" action="/comments" accept-charset="UTF-8" data-remote="true" method="post">'
            f'<input type="hidden" name="comment[commentable_type]" value="{commentable[0]}"><input type="hidden" name="comment[commentable_id]" value="{commentable[1]}">'
            f'<label for="comment-body-{commentable[0].lower()}_{commentable[1]}">Laissez votre commentaire</label>'
            f'<textarea id="comment-body-{commentable[0].lower()}_{commentable[1]}" name="comment[body]" rows="4" maxlength="1000"></textarea>'
            f'<input type="submit" name="commit" value="Publier le commentaire" class="button" data-disable-with="Publier le commentaire"></form>'
            f'{items}</div></div></section>')


def consul_investments(items, budget_href):
    rows = "".join(
        f'<div id="budget_investment_{400 + i}" class="budget-investment clear"><div class="panel"><div class="row"><div class="small-12 medium-9 column">'
        f'<h3><a href="{href}">{escape(title)}</a></h3><p class="investment-project-info"><span>{escape(heading)}</span> • {escape(price)} €</p>'
        f'<p>{escape(desc)}</p></div><div class="small-12 medium-3 column"><div class="supports js-participation"><span class="total-supports">{sup} soutiens</span>'
        f'<form class="button_to" method="post" action="{href}/votes" data-remote="true"><button class="button button-support small expanded" title="Soutenir ce projet" type="submit">Soutenir</button></form></div></div></div></div></div>'
        for i, (href, title, heading, price, desc, sup) in enumerate(items))
    return (f'<div class="budget-investments-list"><p><a href="{budget_href}">Retour au budget participatif</a></p>{rows}</div>')


def consul_poll_form(action, questions):
    blocks = "".join(
        f'<div class="poll-question" id="question_{30 + i}"><h3>{escape(q)}</h3><div class="poll-question-answers">' + "".join(
            f'<label><input type="radio" name="answers[{30 + i}]" value="{j}"> {escape(a)}</label>' for j, a in enumerate(ans))
        + '</div></div>' for i, (q, ans) in enumerate(questions))
    return (f'<div class="poll-questions"><form class="poll-form" action="{action}" method="post"><input type="hidden" name="authenticity_token" value="cG9sbC1jaGF0ZWw">'
            f'{blocks}<input type="submit" class="button" value="Voter"></form></div>')


# ---- Cap Collectif ------------------------------------------------------------------------------

def capco_step_nav(steps):
    items = "".join(f'<li class="{"active" if active else ""}"><a href="{href}"><span class="step-title">{escape(t)}</span>'
                    f'<span class="step-dates">{escape(d)}</span></a></li>' for href, t, d, active in steps)
    return f'<nav class="stepper" id="project-steps"><ul class="nav nav-pills">{items}</ul></nav>'


def capco_proposals(items, new_href, label="Déposer une idée"):
    cards = "".join(
        f'<li class="proposal-preview" id="proposal-{700 + i}"><div class="card"><div class="card__body"><h3 class="card__title">'
        f'<a href="{href}">{escape(title)}</a></h3><p class="card__author">par {escape(who)}</p><p class="proposal__theme">{escape(theme)}</p></div>'
        f'<div class="card__counters"><span class="proposal__counter proposal__counter--votes">{votes} votes</span> '
        f'<span class="proposal__counter proposal__counter--comments">{com} commentaires</span></div></div></li>'
        for i, (href, title, who, theme, votes, com) in enumerate(items))
    return (f'<div id="proposal-step-page-rendered"><div class="proposal__step-page"><a class="btn btn-primary" id="add-proposal" href="{new_href}">{escape(label)}</a>'
            f'<ul class="media-list proposal-preview-list">{cards}</ul></div></div>')


def capco_comments(comments):
    items = "".join(
        f'<li class="opinion opinion--comment" id="comment-{500 + i}"><div class="opinion__body"><div class="opinion__user"><span class="author-name">{escape(who)}</span> '
        f'<span class="excerpt small">{escape(when)}</span></div><p class="opinion__text">{escape(text)}</p></div></li>'
        for i, (who, when, text) in enumerate(comments))
    return (f'<div id="proposal-page-comments" class="comments"><h3>{len(comments)} commentaires</h3><form id="comment-form" class="comment-section-form">'
            f'<label for="comment-body" class="sr-only">Votre commentaire</label><textarea id="comment-body" name="body" rows="3" placeholder="Votre commentaire"></textarea>'
            f'<button type="submit" class="btn btn-primary">Commenter</button></form><ul class="media-list opinion__list">{items}</ul></div>')


def capco_proposal_form(action, budget=False):
    extra = ('<div class="form-group"><label for="proposal_estimation" class="control-label">Estimation du coût (€)</label>'
             '<input type="number" id="proposal_estimation" name="estimation" class="form-control"></div>') if budget else ""
    return (f'<form id="proposal-form" class="proposal-form" action="{action}" method="post"><div class="form-group"><label for="proposal_title" class="control-label">Titre</label>'
            f'<input type="text" id="proposal_title" name="title" class="form-control" maxlength="255" required></div>'
            f'<div class="form-group"><label for="proposal_theme" class="control-label">Thème</label><select id="proposal_theme" name="theme" class="form-control">'
            f'<option>Nature en ville</option><option>Mobilités douces</option><option>Jeunesse et sport</option><option>Solidarités</option></select></div>'
            f'<div class="form-group"><label for="proposal_body" class="control-label">Description</label><textarea id="proposal_body" name="body" rows="10" class="form-control" required></textarea></div>'
            f'{extra}<div class="form-group"><label for="proposal_address" class="control-label">Adresse ou lieu</label><input type="text" id="proposal_address" name="address" class="form-control"></div>'
            f'<button type="submit" class="btn btn-primary">Publier</button></form>')


# ---- Go Vocal -----------------------------------------------------------------------------------

def govocal_ideas(items):
    cards = "".join(
        f'<a href="{href}" class="e2e-idea-card" data-testid="idea-card"><div class="e2e-card-title"><h3>{escape(title)}</h3></div>'
        f'<div class="e2e-idea-card-footer"><span class="e2e-ideacard-upvote-count">{up}</span> <span class="e2e-ideacard-comment-count">{com}</span></div></a>'
        for href, title, up, com in items)
    return f'<div id="e2e-ideas-container" class="e2e-ideas-list">{cards}</div>'


def govocal_survey(action, questions):
    qs = "".join(
        f'<fieldset class="e2e-native-survey-field"><legend>{escape(q)}</legend>' + "".join(
            f'<label><input type="radio" name="q{i}" value="{j}"> {escape(a)}</label>' for j, a in enumerate(ans)) + "</fieldset>"
        for i, (q, ans) in enumerate(questions))
    return (f'<form id="e2e-idea-new-page" class="e2e-native-survey" action="{action}" method="post">{qs}'
            f'<label for="e2e-open-answer">Autre chose à nous dire ?</label><textarea id="e2e-open-answer" name="open"></textarea>'
            f'<button type="submit" id="e2e-submit-survey" class="e2e-submit-form">Envoyer</button></form>')


# ---- a neighbours' network ----------------------------------------------------------------------

def feed(posts):
    items = "".join(
        f'<article class="feed-post feed-post--{kind}"><header class="feed-post__head"><span class="feed-post__author">{escape(who)}</span>'
        f' · <span class="feed-post__place">{escape(where)}</span> · <time>{escape(when)}</time> <span class="feed-post__kind">{escape(kind)}</span></header>'
        f'<p class="feed-post__text">{escape(text)}</p><footer class="feed-post__actions"><button class="like">Merci ({n})</button> '
        f'<button class="reply">Répondre</button></footer></article>'
        for kind, who, where, when, text, n in posts)
    return f'<div class="feed" id="fil-quartier">{items}</div>'


def post_box(action, placeholder="Que voulez-vous partager avec vos voisins ?"):
    return (f'<form class="feed-compose" method="post" action="{action}"><label for="fc-type">Type de message</label><select id="fc-type" name="type">'
            f'<option>Entraide</option><option>Prêt d\'objet</option><option>Événement</option><option>Alerte</option></select>'
            f'<label for="fc-text" class="sr-only">Message</label><textarea id="fc-text" name="contenu" rows="3" placeholder="{escape(placeholder)}"></textarea>'
            f'<button type="submit">Publier</button></form>')


# ---- LimeSurvey (a whole page: the survey software has its own layout) ---------------------------

def limesurvey_page(site_title, sid, title, description, questions, lang="fr"):
    qs = []
    for qid, (label, answers) in enumerate(questions, 1):
        code = f"{sid}X{10 + qid}X{100 + qid}"
        if answers:
            opts = "".join(
                f'<li id="javatbd{code}A{j}" class="answer-item radio-item"><input class="radio" type="radio" value="A{j}" name="{code}" id="answer{code}A{j}">'
                f'<label for="answer{code}A{j}" class="control-label radio-label">{escape(a)}</label></li>'
                for j, a in enumerate(answers, 1))
            body = f'<div class="answer-container"><ul class="answers-list radio-list list-unstyled" role="radiogroup" aria-labelledby="ls-question-text-{code}">{opts}</ul></div>'
            qtype = "list-radio"
        else:
            body = (f'<div class="answer-container"><textarea class="form-control textarea" name="{code}" id="answer{code}" rows="5" '
                    f'aria-labelledby="ls-question-text-{code}"></textarea></div>')
            qtype = "text-long"
        qs.append(f'<div id="question{100 + qid}" class="question-container {qtype} mandatory ls-irrelevant-hidden"><div class="question-title-container">'
                  f'<div id="ls-question-text-{code}" class="ls-label-question">{escape(label)}</div></div><div class="question-valid-container"></div>'
                  f'<div class="ls-answers answer-container">{body}</div></div>')
    return f"""<!DOCTYPE html>
<html lang="{lang}" dir="ltr" class="{lang} dir-ltr no-js">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta name="generator" content="LimeSurvey http://www.limesurvey.org">
<title>{escape(site_title)} - {escape(title)}</title>
<link rel="stylesheet" type="text/css" href="/tmp/assets/5b6c1e2f/survey.css">
<link rel="stylesheet" type="text/css" href="/themes/survey/fruity/css/variations/sea_green.css">
<script type="text/javascript" src="/tmp/assets/9a8b7c6d/jquery-3.5.1.min.js"></script>
<script type="text/javascript" src="/assets/scripts/survey_runtime.js"></script>
</head>
<body class="fruity font-noto lang-{lang} group-by-group" marginwidth="0" marginheight="0" id="survey-{sid}">
<article tabindex="-1"><div id="beginScripts"></div>
<div class="skip"><a href="#main-col">Aller au contenu</a></div>
<div id="survey-nav" class="navbar navbar-default ls-survey-title"><div class="container-fluid"><div class="navbar-header">
<div class="navbar-brand logo-container"><span class="survey-name">{escape(title)}</span></div></div></div></div>
<div id="outerframeContainer" class="outerframe container"><div id="main-col" class="col-centered space-col">
<form id="limesurvey" name="limesurvey" action="/index.php/{sid}?lang={lang}" method="post" class="ls-form survey-form-container form-{sid}">
<input type="hidden" name="YII_CSRF_TOKEN" value="bGltZXN1cnZleS12YWxtbw">
<div class="group-container space-col"><div class="survey-description">{description}</div>
<div class="group-outer-container"><div class="group-title-container"><h3 class="group-title text-info">Vos habitudes</h3></div>
{''.join(qs)}</div></div>
<div class="row navigator space-col" id="navigator-container"><div class="col-xs-6 text-right">
<button type="submit" id="ls-button-submit" value="movesubmit" name="move" accesskey="l" class="ls-move-btn ls-move-submit-btn btn btn-lg btn-primary">Envoyer</button></div></div>
<input type="hidden" name="thisstep" value="1" id="thisstep"><input type="hidden" name="sid" value="{sid}" id="sid"></form></div></div>
<div class="ls-footer"><p>Questionnaire anonyme — les réponses sont conservées six mois par la Ville.</p></div>
</article></body></html>"""


def limesurvey_list(site_title, surveys):
    rows = "".join(f'<li><a href="/index.php/{sid}?lang=fr" class="surveytitle" title="{escape(t)}">{escape(t)}</a></li>' for sid, t in surveys)
    return f"""<!DOCTYPE html>
<html lang="fr" class="fr dir-ltr no-js">
<head><meta charset="utf-8"><meta name="generator" content="LimeSurvey http://www.limesurvey.org">
<title>{escape(site_title)} - Questionnaires disponibles</title>
<link rel="stylesheet" type="text/css" href="/themes/survey/fruity/css/variations/sea_green.css">
<script type="text/javascript" src="/tmp/assets/9a8b7c6d/jquery-3.5.1.min.js"></script></head>
<body class="fruity lang-fr"><div id="outerframeContainer" class="outerframe container"><div class="survey-list-heading"><h1>{escape(site_title)}</h1>
<p>Les questionnaires suivants sont disponibles :</p></div><ul class="surveys-list">{rows}</ul>
<p class="ls-footer">Pour toute question, adressez-vous au service Relations aux usagers de la Ville.</p></div></body></html>"""


# ---- phpBB (prosilver) --------------------------------------------------------------------------

def phpbb_index(forums, online=5):
    rows = "".join(
        f'<li class="row"><dl class="row-item forum_read"><dt title="Aucun message non lu"><div class="list-inner">'
        f'<a href="{href}" class="forumtitle">{escape(title)}</a><br>{escape(desc)}</div></dt>'
        f'<dd class="topics">{topics} <dfn>Sujets</dfn></dd><dd class="posts">{posts} <dfn>Messages</dfn></dd>'
        f'<dd class="lastpost"><span><dfn>Dernier message </dfn>par <a href="#" class="username">{escape(last)}</a></span></dd></dl></li>'
        for href, title, desc, topics, posts, last in forums)
    return (f'<div class="forabg"><div class="inner"><ul class="topiclist"><li class="header"><dl class="row-item"><dt><div class="list-inner">'
            f'<a href="#">Vivre à Plouzévenec</a></div></dt><dd class="topics">Sujets</dd><dd class="posts">Messages</dd><dd class="lastpost"><span>Dernier message</span></dd></dl></li></ul>'
            f'<ul class="topiclist forums">{rows}</ul></div></div>'
            f'<div class="stat-block online-list"><h3>Qui est en ligne ?</h3><p>Au total il y a <strong>{online}</strong> utilisateurs en ligne :: 1 inscrit, 0 invisible et {online - 1} invités</p></div>'
            f'<div class="stat-block statistics"><h3>Statistiques</h3><p>Messages publiés <strong>2 417</strong> &bull; Sujets <strong>318</strong> &bull; Membres <strong>204</strong></p></div>')


def phpbb_viewforum(f, topics):
    rows = "".join(
        f'<li class="row bg{1 + i % 2}"><dl class="row-item topic_read"><dt title="Aucun message non lu"><div class="list-inner">'
        f'<a href="{href}" class="topictitle">{escape(title)}</a><br><div class="topic-poster responsive-hide left-box">par '
        f'<a href="#" class="username">{escape(who)}</a> &raquo; {escape(when)}</div></div></dt>'
        f'<dd class="posts">{replies} <dfn>Réponses</dfn></dd><dd class="views">{replies * 29 + 40} <dfn>Vues</dfn></dd></dl></li>'
        for i, (href, title, who, when, replies) in enumerate(topics))
    return (f'<div class="action-bar bar-top"><a href="/posting.php?mode=post&amp;f={f}" class="button" title="Écrire un nouveau sujet">'
            f'<span>Nouveau sujet</span> <i class="icon fa-pencil fa-fw" aria-hidden="true"></i></a></div>'
            f'<div class="forumbg"><div class="inner"><ul class="topiclist"><li class="header"><dl class="row-item"><dt><div class="list-inner">Sujets</div></dt>'
            f'<dd class="posts">Réponses</dd><dd class="views">Vues</dd></dl></li></ul><ul class="topiclist topics">{rows}</ul></div></div>')


def phpbb_viewtopic(f, t, title, posts):
    first = ' class="first"'
    items = "".join(
        f'<div id="p{t * 100 + i}" class="post has-profile bg{2 - i % 2}"><div class="inner"><dl class="postprofile" id="profile{t * 100 + i}">'
        f'<dt class="no-profile-rank no-avatar"><a href="#" class="username">{escape(who)}</a></dt><dd class="profile-posts"><strong>Messages :</strong> {12 + i * 5}</dd></dl>'
        f'<div class="postbody"><div id="post_content{t * 100 + i}"><h3{first if i == 0 else ""}><a href="#p{t * 100 + i}">{"Re: " if i else ""}{escape(title)}</a></h3>'
        f'<p class="author"><span class="responsive-hide">par <strong><a href="#" class="username">{escape(who)}</a></strong> &raquo; </span>{escape(when)}</p>'
        f'<div class="content">{escape(text)}</div></div></div></div></div><hr class="divider">'
        for i, (who, when, text) in enumerate(posts))
    return (f'<h2 class="topic-title"><a href="/viewtopic.php?t={t}">{escape(title)}</a></h2>'
            f'<div class="action-bar bar-top"><a href="/posting.php?mode=reply&amp;t={t}" class="button" title="Répondre"><span>Répondre</span></a></div>'
            f'{items}<div class="action-bar bar-bottom"><a href="/posting.php?mode=reply&amp;t={t}" class="button"><span>Répondre</span></a></div>'
            f'<p class="jumpbox-return"><a href="/viewforum.php?f={f}" class="left-box arrow-left" accesskey="r">Retourner à la section</a></p>')


def phpbb_posting(action, heading):
    return (f'<h2 class="posting-title">{escape(heading)}</h2><form id="postform" method="post" action="{action}" enctype="multipart/form-data">'
            f'<div class="panel" id="postingbox"><div class="inner"><h3>Écrire un nouveau sujet</h3><fieldset class="fields1">'
            f'<dl><dt><label for="subject">Sujet :</label></dt><dd><input type="text" name="subject" id="subject" size="45" maxlength="120" tabindex="2" value="" class="inputbox autowidth"></dd></dl>'
            f'<div id="message-box" class="message-box"><textarea name="message" id="message" rows="15" cols="76" tabindex="4" class="inputbox"></textarea></div></fieldset>'
            f'<fieldset class="submit-buttons"><input type="submit" tabindex="5" name="preview" value="Aperçu" class="button1"> '
            f'<input type="submit" accesskey="s" tabindex="6" name="post" value="Envoyer" class="button1 default-submit-action"></fieldset>'
            f'<input type="hidden" name="creation_time" value="1718000000"><input type="hidden" name="form_token" value="a6c1d0e9f8b7"></div></div></form>')
