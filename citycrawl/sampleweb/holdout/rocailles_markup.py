"""Markup helpers of the holdout part "rocailles".

Each helper writes the HTML that a real piece of software prints (WordPress and its form, poll and
comment plugins, Drupal webform/poll/comment, SPIP Formidable and forums, Joomla com_contact,
JComments and RSForm, TYPO3 powermail and ext:form, Publik w.c.s., Decidim, CONSUL, Cap Collectif,
Go Vocal, phpBB, Discourse, Flarum, the usual survey and comment embeds), written anew from the
public class names, routes and field names of that software.
"""
from html import escape
import zlib


def _id(*parts) -> int:
    """A stable number for ids, nonces and counters."""
    return zlib.crc32("|".join(str(p) for p in parts).encode()) % 9000 + 1000


def _token(*parts) -> str:
    return format(zlib.crc32(("tok" + "|".join(str(p) for p in parts)).encode()), "08x")


# --------------------------------------------------------------------------- plain content

def prose(*paragraphs) -> str:
    return "".join(p if p.lstrip().startswith("<") else f"<p>{p}</p>" for p in paragraphs)


def h2(text) -> str:
    return f"<h2>{text}</h2>"


def bullets(*items) -> str:
    return "<ul>" + "".join(f"<li>{i}</li>" for i in items) + "</ul>"


def links(items, cls="liste-liens") -> str:
    """items: (href, label[, teaser])"""
    out = []
    for item in items:
        href, label = item[0], item[1]
        teaser = f" <span class=\"teaser\">{item[2]}</span>" if len(item) > 2 else ""
        out.append(f'<li><a href="{escape(href)}">{label}</a>{teaser}</li>')
    return f'<ul class="{cls}">' + "".join(out) + "</ul>"


def tiles(items, title="Accès rapides") -> str:
    cards = "".join(f'<li class="quick-access__item"><a class="quick-access__link" href="{escape(href)}">'
                    f'<span class="quick-access__label">{label}</span></a></li>' for href, label in items)
    return f'<section class="quick-access"><h2 class="quick-access__title">{title}</h2><ul class="quick-access__list">{cards}</ul></section>'


def news_cards(items, title="Actualités") -> str:
    """items: (href, title, date, teaser)"""
    cards = "".join(
        f'<article class="news-card"><p class="news-card__date"><time>{date}</time></p>'
        f'<h3 class="news-card__title"><a href="{escape(href)}">{t}</a></h3><p class="news-card__teaser">{teaser}</p></article>'
        for href, t, date, teaser in items)
    return f'<section class="news-list"><h2>{title}</h2>{cards}</section>'


def agenda(items) -> str:
    """items: (date, title, place)"""
    rows = "".join(f'<li class="event"><span class="event__date">{d}</span> <strong class="event__title">{t}</strong>'
                   f' <span class="event__place">{p}</span></li>' for d, t, p in items)
    return f'<ul class="agenda-list">{rows}</ul>'


def table(headers, rows, caption="") -> str:
    cap = f"<caption>{caption}</caption>" if caption else ""
    head = "".join(f'<th scope="col">{h}</th>' for h in headers)
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    return f'<table class="table">{cap}<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>'


def address_block(name, lines) -> str:
    return f'<div class="contact-card"><h3>{name}</h3><p>' + "<br>".join(lines) + "</p></div>"


def share_buttons(url, title="") -> str:
    """Share intents: not the city's accounts."""
    u = escape(url)
    t = escape(title)
    return ('<div class="share-links"><p class="share-links__title">Partager cette page</p><ul>'
            f'<li><a class="share--facebook" href="https://www.facebook.com/sharer/sharer.php?u={u}" target="_blank" rel="noopener">Facebook</a></li>'
            f'<li><a class="share--x" href="https://twitter.com/intent/tweet?url={u}&amp;text={t}" target="_blank" rel="noopener">X</a></li>'
            f'<li><a class="share--linkedin" href="https://www.linkedin.com/shareArticle?mini=true&amp;url={u}" target="_blank" rel="noopener">LinkedIn</a></li>'
            f'<li><a class="share--mail" href="mailto:?subject={t}&amp;body={u}">Courriel</a></li></ul></div>')


def download(href, label, size="PDF, 1,2 Mo") -> str:
    name = escape(href.rsplit("/", 1)[-1])
    return (f'<p class="document"><span class="document__title">{label}</span> <span class="document__meta">({size}, {name})</span>'
            ' - disponible sur demande à l\'accueil de la mairie</p>')


# --------------------------------------------------------------------------- generic vendor / RGAA forms

def _field(kind, name, label, fid, required=True, options=(), placeholder=""):
    req = ' required aria-required="true"' if required else ""
    star = ' <span class="form__required" aria-hidden="true">*</span>' if required else ""
    ph = f' placeholder="{escape(placeholder)}"' if placeholder else ""
    if kind == "textarea":
        ctl = f'<textarea id="{fid}" name="{name}" rows="8" class="form__textarea"{req}></textarea>'
    elif kind == "select":
        opts = '<option value="">-- Choisir --</option>' + "".join(f'<option value="{escape(o)}">{o}</option>' for o in options)
        ctl = f'<select id="{fid}" name="{name}" class="form__select"{req}>{opts}</select>'
    elif kind == "checkbox":
        return (f'<div class="form__field form__field--checkbox"><input type="checkbox" id="{fid}" name="{name}" value="1"{req}>'
                f'<label for="{fid}">{label}{star}</label></div>')
    elif kind == "radio":
        opts = "".join(f'<div class="form__radio"><input type="radio" id="{fid}-{i}" name="{name}" value="{escape(o)}">'
                       f'<label for="{fid}-{i}">{o}</label></div>' for i, o in enumerate(options))
        return f'<fieldset class="form__fieldset"><legend class="form__legend">{label}{star}</legend>{opts}</fieldset>'
    else:
        ctl = f'<input type="{kind}" id="{fid}" name="{name}" class="form__input"{req}{ph}>'
    return f'<div class="form__field"><label class="form__label" for="{fid}">{label}{star}</label>{ctl}</div>'


def vendor_form(action, fields, submit="Envoyer", legend="", form_id="form", notice=True) -> str:
    """A form of a proprietary municipal CMS, RGAA style. fields: (kind, name, label[, options])."""
    body = "".join(_field(f[0], f[1], f[2], f"{form_id}-{f[1]}", f[3] if len(f) > 3 and isinstance(f[3], bool) else True,
                          f[3] if len(f) > 3 and not isinstance(f[3], bool) else ()) for f in fields)
    leg = f'<legend class="form__legend">{legend}</legend>' if legend else ""
    mention = ('<p class="form__mentions">Les champs marqués d\'un astérisque (*) sont obligatoires. Les données recueillies '
               'sont traitées par la commune dans le seul but de répondre à votre demande.</p>') if notice else ""
    return (f'<form class="form" id="{form_id}" action="{escape(action)}" method="post" novalidate>{mention}'
            f'<fieldset class="form__fieldset">{leg}{body}</fieldset>'
            f'<input type="hidden" name="_token" value="{_token(form_id, action)}">'
            f'<div class="form__actions"><button type="submit" class="btn btn--primary">{submit}</button></div></form>')


def sms_alert_signup(action, quartiers, what="alertes") -> str:
    """A sign-up to text alerts: phone number and district, no message."""
    opts = "".join(f'<option value="{escape(q)}">{q}</option>' for q in quartiers)
    return (f'<form class="form form--alerte" action="{escape(action)}" method="post">'
            f'<fieldset class="form__fieldset"><legend class="form__legend">Inscription aux {what} par SMS</legend>'
            '<div class="form__field"><label class="form__label" for="alerte-nom">Nom et prénom</label><input type="text" id="alerte-nom" name="nom" autocomplete="name"></div>'
            '<div class="form__field"><label class="form__label" for="alerte-tel">Téléphone mobile</label><input type="tel" id="alerte-tel" name="telephone" autocomplete="tel" required></div>'
            f'<div class="form__field"><label class="form__label" for="alerte-quartier">Quartier</label><select id="alerte-quartier" name="quartier">{opts}</select></div>'
            '<div class="form__field form__field--checkbox"><input type="checkbox" id="alerte-rgpd" name="consentement" value="1" required>'
            '<label for="alerte-rgpd">J\'accepte que mon numéro soit utilisé uniquement pour l\'envoi des alertes.</label></div>'
            '</fieldset><div class="form__actions"><button type="submit" class="btn">Je m\'inscris</button></div></form>')


def petition_sign_form(action, pid, count, goal, deadline) -> str:
    """Signing a petition: identity, commune of residence, consent; a counter of signatures."""
    pct = min(100, round(100 * count / goal))
    return (f'<div class="petition-progress" role="progressbar" aria-valuenow="{count}" aria-valuemin="0" aria-valuemax="{goal}">'
            f'<p><strong>{count}</strong> signatures sur {goal} nécessaires — clôture le {deadline}</p>'
            f'<div class="petition-progress__bar" style="width:{pct}%"></div></div>'
            f'<form class="form form--petition" id="signer-{pid}" action="{escape(action)}" method="post">'
            '<fieldset class="form__fieldset"><legend class="form__legend">Je signe cette pétition</legend>'
            f'<div class="form__field"><label for="sig-{pid}-nom">Nom</label><input type="text" id="sig-{pid}-nom" name="signature[nom]" required></div>'
            f'<div class="form__field"><label for="sig-{pid}-prenom">Prénom</label><input type="text" id="sig-{pid}-prenom" name="signature[prenom]" required></div>'
            f'<div class="form__field"><label for="sig-{pid}-mail">Courriel</label><input type="email" id="sig-{pid}-mail" name="signature[email]" required></div>'
            f'<div class="form__field"><label for="sig-{pid}-adresse">Adresse dans la commune</label><input type="text" id="sig-{pid}-adresse" name="signature[adresse]" required></div>'
            f'<div class="form__field form__field--checkbox"><input type="checkbox" id="sig-{pid}-ok" name="signature[certifie]" value="1" required>'
            f'<label for="sig-{pid}-ok">Je certifie résider ou être contribuable dans la commune et avoir 16 ans ou plus.</label></div>'
            f'</fieldset><input type="hidden" name="petition_id" value="{pid}"><div class="form__actions"><button type="submit" class="btn btn--primary">Signer la pétition</button></div></form>')


# --------------------------------------------------------------------------- WordPress and plugins

def cf7(form_id, post_id, action, fields, submit="Envoyer") -> str:
    """Contact Form 7 5.x. fields: (type, name, label) with type text/email/tel/textarea/select/acceptance."""
    unit = f"wpcf7-f{form_id}-p{post_id}-o1"
    rows = []
    for f in fields:
        kind, name, label = f[0], f[1], f[2]
        if kind == "textarea":
            ctl = (f'<textarea cols="40" rows="10" maxlength="2000" class="wpcf7-form-control wpcf7-textarea wpcf7-validates-as-required" '
                   f'aria-required="true" aria-invalid="false" name="{name}"></textarea>')
        elif kind == "select":
            opts = "".join(f'<option value="{escape(o)}">{o}</option>' for o in f[3])
            ctl = f'<select class="wpcf7-form-control wpcf7-select" aria-invalid="false" name="{name}">{opts}</select>'
        elif kind == "acceptance":
            rows.append(f'<p><span class="wpcf7-form-control-wrap" data-name="{name}"><span class="wpcf7-form-control wpcf7-acceptance">'
                        f'<span class="wpcf7-list-item"><label><input type="checkbox" name="{name}" value="1" aria-invalid="false" />'
                        f'<span class="wpcf7-list-item-label">{label}</span></label></span></span></span></p>')
            continue
        else:
            ctl = (f'<input size="40" maxlength="400" class="wpcf7-form-control wpcf7-{kind} wpcf7-validates-as-required" '
                   f'aria-required="true" aria-invalid="false" value="" type="{kind}" name="{name}" />')
        rows.append(f'<p><label> {label}<br /><span class="wpcf7-form-control-wrap" data-name="{name}">{ctl}</span></label></p>')
    return (f'<div class="wpcf7 no-js" id="{unit}" lang="fr-FR" dir="ltr" data-wpcf7-id="{form_id}"><div class="screen-reader-response">'
            '<p role="status" aria-live="polite" aria-atomic="true"></p><ul></ul></div>'
            f'<form action="{escape(action)}#{unit}" method="post" class="wpcf7-form init" aria-label="Formulaire de contact" novalidate="novalidate" data-status="init">'
            f'<div style="display: none;"><input type="hidden" name="_wpcf7" value="{form_id}" /><input type="hidden" name="_wpcf7_version" value="5.9.6" />'
            f'<input type="hidden" name="_wpcf7_locale" value="fr_FR" /><input type="hidden" name="_wpcf7_unit_tag" value="{unit}" />'
            f'<input type="hidden" name="_wpcf7_container_post" value="{post_id}" /><input type="hidden" name="_wpcf7_posted_data_hash" value="" /></div>'
            + "".join(rows) +
            f'<p><input class="wpcf7-form-control wpcf7-submit has-spinner" type="submit" value="{submit}" /></p>'
            '<div class="wpcf7-response-output" aria-hidden="true"></div></form></div>')


def wpforms(form_id, action, fields, submit="Envoyer") -> str:
    """WPForms Lite. fields: (type, label) or (type, label, choices)."""
    rows = []
    for i, f in enumerate(fields, start=1):
        kind, label = f[0], f[1]
        fid = f"wpforms-{form_id}-field_{i}"
        name = f"wpforms[fields][{i}]"
        if kind == "textarea":
            ctl = f'<textarea id="{fid}" class="wpforms-field-medium wpforms-field-required" name="{name}" required></textarea>'
        elif kind == "select":
            opts = "".join(f'<option value="{escape(o)}">{o}</option>' for o in f[2])
            ctl = f'<select id="{fid}" class="wpforms-field-medium" name="{name}">{opts}</select>'
        else:
            ctl = f'<input type="{kind}" id="{fid}" class="wpforms-field-medium wpforms-field-required" name="{name}" required>'
        rows.append(f'<div id="{fid}-container" class="wpforms-field wpforms-field-{"textarea" if kind == "textarea" else kind}" data-field-id="{i}">'
                    f'<label class="wpforms-field-label" for="{fid}">{label} <span class="wpforms-required-label">*</span></label>{ctl}</div>')
    return (f'<div class="wpforms-container wpforms-container-full" id="wpforms-{form_id}">'
            f'<form id="wpforms-form-{form_id}" class="wpforms-validate wpforms-form" data-formid="{form_id}" method="post" '
            f'enctype="multipart/form-data" action="{escape(action)}" data-token="{_token(form_id)}">'
            '<noscript class="wpforms-error-noscript">Veuillez activer JavaScript dans votre navigateur pour remplir ce formulaire.</noscript>'
            f'<div class="wpforms-field-container">{"".join(rows)}</div>'
            f'<div class="wpforms-submit-container"><input type="hidden" name="wpforms[id]" value="{form_id}">'
            f'<input type="hidden" name="page_title" value=""><button type="submit" name="wpforms[submit]" id="wpforms-submit-{form_id}" '
            f'class="wpforms-submit" data-alt-text="Envoi..." data-submit-text="{submit}" aria-live="assertive" value="wpforms-submit">{submit}</button></div>'
            '</form></div>')


def gravity_form(form_id, action, fields, submit="Envoyer", title="") -> str:
    """Gravity Forms 2.8 (gravity-theme). fields: (type, label[, choices])."""
    rows = []
    for i, f in enumerate(fields, start=1):
        kind, label = f[0], f[1]
        iid = f"input_{form_id}_{i}"
        if kind == "textarea":
            ctl = (f"<div class='ginput_container ginput_container_textarea'><textarea name='input_{i}' id='{iid}' "
                   f"class='textarea large' aria-required=\"true\" aria-invalid=\"false\" rows='10' cols='50'></textarea></div>")
        elif kind == "select":
            opts = "".join(f"<option value='{escape(o)}'>{o}</option>" for o in f[2])
            ctl = f"<div class='ginput_container ginput_container_select'><select name='input_{i}' id='{iid}' class='large gfield_select'>{opts}</select></div>"
        else:
            ctl = (f"<div class='ginput_container ginput_container_{kind}'><input name='input_{i}' id='{iid}' type='{kind}' value='' "
                   f"class='large' aria-required=\"true\" aria-invalid=\"false\" /></div>")
        rows.append(f'<div id="field_{form_id}_{i}" class="gfield gfield--type-{kind} gfield_contains_required field_sublabel_below '
                    f'gfield--no-description field_description_below gfield_visibility_visible" data-js-reload="field_{form_id}_{i}">'
                    f"<label class='gfield_label gform-field-label' for='{iid}'>{label}<span class=\"gfield_required\">"
                    f"<span class=\"gfield_required gfield_required_text\">(Nécessaire)</span></span></label>{ctl}</div>")
    head = f"<div class='gform_heading'><h2 class=\"gform_title\">{title}</h2></div>" if title else ""
    return (f"<div class='gf_browser_chrome gform_wrapper gravity-theme gform-theme--no-framework' data-form-theme='gravity-theme' "
            f"data-form-index='0' id='gform_wrapper_{form_id}'>{head}"
            f"<form method='post' enctype='multipart/form-data' id='gform_{form_id}' action='{escape(action)}' data-formid='{form_id}' novalidate>"
            f"<div class='gform-body gform_body'><div id='gform_fields_{form_id}' class='gform_fields top_label form_sublabel_below description_below validation_below'>"
            + "".join(rows) +
            f"</div></div><div class='gform_footer top_label'><input type='submit' id='gform_submit_button_{form_id}' "
            f"class='gform_button button' value='{submit}' />"
            f"<input type='hidden' class='gform_hidden' name='is_submit_{form_id}' value='1' />"
            f"<input type='hidden' class='gform_hidden' name='gform_submit' value='{form_id}' />"
            f"<input type='hidden' class='gform_hidden' name='gform_unique_id' value='' />"
            f"<input type='hidden' class='gform_hidden' name='state_{form_id}' value='{_token('gf', form_id)}' /></div></form></div>")


def wp_comments(post_id, comments, title="", open_=True) -> str:
    """Native WordPress comments (comment-list and comment-respond). comments: (author, date, text)."""
    items = []
    for k, (author, date, text) in enumerate(comments):
        cid = post_id * 10 + k + 1
        items.append(f'<li id="comment-{cid}" class="comment {"even" if k % 2 == 0 else "odd"} thread-{"even" if k % 2 == 0 else "odd"} depth-1">'
                     f'<article id="div-comment-{cid}" class="comment-body"><footer class="comment-meta"><div class="comment-author vcard">'
                     f'<b class="fn">{author}</b> <span class="says">dit&nbsp;:</span></div><div class="comment-metadata">'
                     f'<a href="#comment-{cid}"><time>{date}</time></a></div></footer>'
                     f'<div class="comment-content"><p>{text}</p></div>'
                     + (f'<div class="reply"><a rel="nofollow" class="comment-reply-link" href="#respond" '
                        f'data-commentid="{cid}" data-postid="{post_id}" aria-label="Répondre à {author}">Répondre</a></div>' if open_ else "")
                     + "</article></li>")
    heading = (f'<h2 class="comments-title">{len(comments)} réponse{"s" if len(comments) > 1 else ""} à «&nbsp;{title}&nbsp;»</h2>'
               if comments else "")
    lst = f'<ol class="comment-list">{"".join(items)}</ol>' if comments else ""
    if open_:
        respond = ('<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Laisser un commentaire '
                   '<small><a rel="nofollow" id="cancel-comment-reply-link" href="#respond" style="display:none;">Annuler la réponse</a></small></h3>'
                   '<form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate>'
                   '<p class="comment-notes"><span id="email-notes">Votre adresse e-mail ne sera pas publiée.</span> '
                   '<span class="required-field-message">Les champs obligatoires sont indiqués avec <span class="required">*</span></span></p>'
                   '<p class="comment-form-comment"><label for="comment">Commentaire <span class="required">*</span></label> '
                   '<textarea id="comment" name="comment" cols="45" rows="8" maxlength="65525" required></textarea></p>'
                   '<p class="comment-form-author"><label for="author">Nom <span class="required">*</span></label> '
                   '<input id="author" name="author" type="text" value="" size="30" maxlength="245" autocomplete="name" required /></p>'
                   '<p class="comment-form-email"><label for="email">E-mail <span class="required">*</span></label> '
                   '<input id="email" name="email" type="email" value="" size="30" maxlength="100" aria-describedby="email-notes" autocomplete="email" required /></p>'
                   '<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Laisser un commentaire" /> '
                   f"<input type='hidden' name='comment_post_ID' value='{post_id}' id='comment_post_ID' />"
                   "<input type='hidden' name='comment_parent' id='comment_parent' value='0' /></p></form></div>")
    else:
        respond = '<p class="no-comments">Les commentaires sont fermés.</p>'
    return f'<div id="comments" class="comments-area">{heading}{lst}{respond}</div>'


def wpdiscuz(post_id, comments) -> str:
    """wpDiscuz 7: the main form and the thread list. comments: (author, when, text)."""
    threads = "".join(
        f'<div id="wpd-comm-{post_id * 10 + k}_0" class="comment even thread-even depth-1 wpd-comment wpd_comment_level-1">'
        f'<div class="wpd-comment-wrap wpd-blog-guest"><div class="wpd-comment-left"><div class="wpd-avatar"></div></div>'
        f'<div id="comment-{post_id * 10 + k}" class="wpd-comment-right"><div class="wpd-comment-header">'
        f'<div class="wpd-comment-author ">{author}</div><div class="wpd-comment-date" title="{when}">{when}</div></div>'
        f'<div class="wpd-comment-text"><p>{text}</p></div><div class="wpd-comment-footer"><div class="wpd-vote">'
        f'<div class="wpd-vote-up wpd_not_clicked"></div><div class="wpd-vote-result">0</div></div>'
        f'<div class="wpd-reply-button"><span>Répondre</span></div></div></div></div></div>'
        for k, (author, when, text) in enumerate(comments, start=1))
    return (f'<div class="wpdiscuz_top_clearing"></div><div id="comments" class="comments-area"><div id="respond" style="width: 0;height: 0;clear: both;margin: 0;padding: 0;"></div>'
            '<div id="wpdcom" class="wpdiscuz_unauth wpd-default wpd-layout-1 wpd-comments-open">'
            '<div class="wpd-form-wrap"><div class="wpd-form-head"><div class="wpd-auth"><div class="wpd-login"></div></div></div>'
            '<div class="wpd-form wpd-form-wrapper wpd-main-form-wrapper" id="wpd-main-form-wrapper-0_0">'
            '<form method="post" enctype="multipart/form-data" data-uploading="false" class="wpd_comm_form wpd_main_comm_form">'
            '<div class="wpd-field-comment"><div class="wpdiscuz-item wc-field-textarea"><div class="wpdiscuz-textarea-wrap">'
            '<label style="display: none;" for="wc-textarea-0_0">Commentaire</label>'
            '<textarea id="wc-textarea-0_0" placeholder="Participez à la discussion" aria-label="Participez à la discussion" name="wc_comment" class="wc_comment wpd-field"></textarea>'
            '</div></div></div><div class="wpd-form-foot"><div class="wpdiscuz-item wc_name-wrapper wpd-has-icon">'
            '<input id="wc_name-0_0" value="" required="required" aria-required="true" class="wc_name wpd-field" type="text" name="wc_name" placeholder="Nom*" maxlength="50" pattern=".{3,50}" title=""></div>'
            '<div class="wpdiscuz-item wc_email-wrapper wpd-has-icon"><input id="wc_email-0_0" value="" class="wc_email wpd-field" type="email" name="wc_email" placeholder="Email"></div>'
            '<div class="wc-field-submit"><input id="wpd-field-submit-0_0" class="wc_comm_submit wpd_not_clicked wpd-prim-button" type="submit" name="submit" value="Publier le commentaire" aria-label="Publier le commentaire"></div></div>'
            f'<input type="hidden" class="wpdiscuz_unique_id" value="0_0" name="wpdiscuz_unique_id"></form></div></div>'
            f'<div id="wpd-threads" class="wpd-thread-wrapper"><div class="wpd-thread-head"><div class="wpd-thread-info" data-comments-count="{len(comments)}">'
            f'<span class="wpdtc" title="{len(comments)}">{len(comments)}</span> Commentaires</div></div>'
            f'<div class="wpd-comment-info-bar"></div><div class="wpd-thread-list">{threads}</div></div></div></div>'
            f'<div id="wpdiscuz-loading-bar" class="wpdiscuz-loading-bar-unauth"></div>')


def wp_polls(poll_id, question, answers) -> str:
    """WP-Polls, an open poll (radio answers and the Vote button)."""
    base = poll_id * 10
    lis = "".join(f'<li><input type="radio" id="poll-answer-{base + i}" name="poll_{poll_id}" value="{base + i}" /> '
                  f'<label for="poll-answer-{base + i}">{a}</label></li>' for i, a in enumerate(answers, start=1))
    return (f'<div id="polls-{poll_id}" class="wp-polls"><form id="polls_form_{poll_id}" class="wp-polls-form" action="/index.php" method="post">'
            f'<p style="display: none;"><input type="hidden" id="poll_{poll_id}_nonce" name="wp-polls-nonce" value="{_token("poll", poll_id)}" /></p>'
            f'<p style="display: none;"><input type="hidden" name="poll_id" value="{poll_id}" /></p>'
            f'<p style="text-align: center;"><strong>{question}</strong></p><div id="polls-{poll_id}-ans" class="wp-polls-ans">'
            f'<ul class="wp-polls-ul">{lis}</ul><p style="text-align: center;"><input type="button" name="vote" value="   Voter   " '
            f'class="Buttons" onclick="poll_vote({poll_id});" /></p><p style="text-align: center;"><a href="#ViewPollResults" '
            f'onclick="poll_result({poll_id}); return false;" title="Voir les résultats de ce sondage">Voir les résultats</a></p>'
            f'</div></form></div><div id="polls-{poll_id}-loading" class="wp-polls-loading"></div>')


def forminator_poll(poll_id, question, answers) -> str:
    """Forminator (WPMU DEV), an open poll."""
    opts = "".join(f'<div class="forminator-field"><label for="{poll_id}-field-{i}" class="forminator-radio">'
                   f'<input type="radio" name="{poll_id}" value="answer-{i}" id="{poll_id}-field-{i}" class="forminator-radio--field">'
                   f'<span class="forminator-radio--design" aria-hidden="true"></span><span class="forminator-radio--label">{a}</span></label></div>'
                   for i, a in enumerate(answers, start=1))
    return (f'<form id="forminator-module-{poll_id}" class="forminator-ui forminator-poll forminator-poll-{poll_id} forminator-design--default" '
            f'method="post" data-forminator-render="0" data-form-id="{poll_id}" data-design="default">'
            f'<div role="radiogroup" class="forminator-poll-body" aria-labelledby="forminator-poll-{poll_id}--title">'
            f'<div class="forminator-poll-header"><h3 id="forminator-poll-{poll_id}--title" class="forminator-question">{question}</h3></div>'
            f'<div class="forminator-poll-answers">{opts}</div></div><div class="forminator-poll-footer forminator-poll--actions">'
            '<button class="forminator-button forminator-button-submit">Voter</button>'
            f'<a href="#" class="forminator-link forminator-link--results" data-forminator-results="{poll_id}">Voir les résultats</a></div>'
            f'<input type="hidden" name="_wpnonce" value="{_token("fm", poll_id)}"><input type="hidden" name="form_id" value="{poll_id}">'
            '<input type="hidden" name="action" value="forminator_submit_form_poll"></form>')


def forminator_poll_closed(poll_id, question, results, total) -> str:
    """Forminator: a poll whose voting period has ended, results only. results: (answer, percent)."""
    bars = "".join(f'<li class="forminator-poll-result"><span class="forminator-poll-result__label">{a}</span> '
                   f'<span class="forminator-poll-result__bar" style="width:{p}%"></span> <span class="forminator-poll-result__value">{p}&nbsp;%</span></li>'
                   for a, p in results)
    return (f'<div id="forminator-module-{poll_id}" class="forminator-ui forminator-poll forminator-poll-{poll_id} forminator-poll-disabled">'
            f'<div class="forminator-poll-header"><h3 class="forminator-question">{question}</h3></div>'
            '<div class="forminator-response-message forminator-error" aria-hidden="false"><p>Ce sondage est clos : les votes ne sont plus acceptés.</p></div>'
            f'<ul class="forminator-poll-results">{bars}</ul><p class="forminator-poll-total">{total} votes</p></div>')


# --------------------------------------------------------------------------- Drupal

def drupal_webform(webform_id, action, fields, submit="Envoyer") -> str:
    """Drupal 10 Webform. fields: (type, key, label[, options])."""
    form_css = webform_id.replace("_", "-")
    rows = []
    for f in fields:
        kind, key, label = f[0], f[1], f[2]
        sel = f"edit-{key.replace('_', '-')}"
        if kind == "textarea":
            ctl = (f'<div class="form-textarea-wrapper"><textarea data-drupal-selector="{sel}" id="{sel}" name="{key}" rows="5" cols="60" '
                   'class="form-textarea required resize-vertical" required="required" aria-required="true"></textarea></div>')
            typ = "textarea"
        elif kind == "select":
            opts = '<option value="" selected="selected">- Sélectionner -</option>' + "".join(
                f'<option value="{escape(o)}">{o}</option>' for o in f[3])
            ctl = f'<select data-drupal-selector="{sel}" id="{sel}" name="{key}" class="form-select">{opts}</select>'
            typ = "select"
        else:
            ctl = (f'<input data-drupal-selector="{sel}" type="{kind}" id="{sel}" name="{key}" value="" size="60" maxlength="255" '
                   f'class="form-{"email" if kind == "email" else "text"} required" required="required" aria-required="true" />')
            typ = "email" if kind == "email" else "textfield"
        rows.append(f'<div class="js-form-item form-item js-form-type-{typ} form-item-{key.replace("_", "-")} js-form-item-{key.replace("_", "-")}">'
                    f'<label for="{sel}" class="js-form-required form-required">{label}</label>{ctl}</div>')
    return (f'<form class="webform-submission-form webform-submission-add-form webform-submission-{form_css}-form '
            f'webform-submission-{form_css}-add-form js-webform-details-toggle webform-details-toggle" '
            f'data-drupal-selector="webform-submission-{form_css}-add-form" action="{escape(action)}" method="post" '
            f'id="webform-submission-{form_css}-add-form" accept-charset="UTF-8">' + "".join(rows) +
            '<div data-drupal-selector="edit-actions" class="form-actions webform-actions js-form-wrapper form-wrapper" id="edit-actions">'
            f'<input class="webform-button--submit button button--primary js-form-submit form-submit" data-drupal-selector="edit-actions-submit" '
            f'type="submit" id="edit-actions-submit" name="op" value="{submit}" /></div>'
            f'<input autocomplete="off" data-drupal-selector="form-{_token(webform_id)}" type="hidden" name="form_build_id" value="form-{_token(webform_id, 2)}" />'
            f'<input data-drupal-selector="edit-webform-submission-{form_css}-add-form" type="hidden" name="form_id" '
            f'value="webform_submission_{webform_id}_add_form" /></form>')


def drupal_contact(action) -> str:
    """Drupal core contact module, the site-wide (personal) feedback form."""
    return (f'<form class="contact-message-feedback-form contact-message-form contact-form" data-drupal-selector="contact-message-feedback-form" '
            f'action="{escape(action)}" method="post" id="contact-message-feedback-form" accept-charset="UTF-8">'
            '<div class="js-form-item form-item js-form-type-textfield form-item-name js-form-item-name"><label for="edit-name" class="js-form-required form-required">Votre nom</label>'
            '<input autocomplete="name" data-drupal-selector="edit-name" type="text" id="edit-name" name="name" value="" size="60" maxlength="255" class="form-text required" required="required" aria-required="true" /></div>'
            '<div class="js-form-item form-item js-form-type-email form-item-mail js-form-item-mail"><label for="edit-mail" class="js-form-required form-required">Votre adresse de courriel</label>'
            '<input autocomplete="email" data-drupal-selector="edit-mail" type="email" id="edit-mail" name="mail" value="" size="60" maxlength="254" class="form-email required" required="required" aria-required="true" /></div>'
            '<div class="field--type-string field--name-subject field--widget-string-textfield js-form-wrapper form-wrapper" data-drupal-selector="edit-subject-wrapper" id="edit-subject-wrapper">'
            '<div class="js-form-item form-item js-form-type-textfield form-item-subject-0-value js-form-item-subject-0-value"><label for="edit-subject-0-value" class="js-form-required form-required">Sujet</label>'
            '<input class="js-text-full text-full form-text required" data-drupal-selector="edit-subject-0-value" type="text" id="edit-subject-0-value" name="subject[0][value]" value="" size="60" maxlength="100" required="required" aria-required="true" /></div></div>'
            '<div class="field--type-string-long field--name-message field--widget-string-textarea js-form-wrapper form-wrapper" data-drupal-selector="edit-message-wrapper" id="edit-message-wrapper">'
            '<div class="js-form-item form-item js-form-type-textarea form-item-message-0-value js-form-item-message-0-value"><label for="edit-message-0-value" class="js-form-required form-required">Message</label>'
            '<div class="form-textarea-wrapper"><textarea class="js-text-full text-full form-textarea required resize-vertical" data-drupal-selector="edit-message-0-value" id="edit-message-0-value" name="message[0][value]" rows="12" cols="60" required="required" aria-required="true"></textarea></div></div></div>'
            f'<input autocomplete="off" data-drupal-selector="form-{_token("contact")}" type="hidden" name="form_build_id" value="form-{_token("contact", 1)}" />'
            '<input data-drupal-selector="edit-contact-message-feedback-form" type="hidden" name="form_id" value="contact_message_feedback_form" />'
            '<div data-drupal-selector="edit-actions" class="form-actions js-form-wrapper form-wrapper" id="edit-actions">'
            '<input data-drupal-selector="edit-submit" type="submit" id="edit-submit" name="op" value="Envoyer le message" class="button button--primary js-form-submit form-submit" /></div></form>')


def drupal_comments(node_id, comments, open_=True) -> str:
    """Drupal core comment field (Olivero-like). comments: (author, date, text)."""
    arts = "".join(
        f'<article data-comment-user-id="0" id="comment-{node_id * 10 + k}" class="comment js-comment by-anonymous">'
        f'<span class="hidden" data-comment-timestamp="17{node_id:04d}{k:04d}"></span><div class="comment__picture-wrapper"></div>'
        f'<div class="comment__text-wrapper"><footer class="comment__meta"><p class="comment__author"><span>{author}</span></p>'
        f'<p class="comment__time">{date}</p></footer><div class="comment__content"><div class="clearfix text-formatted field '
        f'field--name-comment-body field--type-text-long field--label-hidden field__item"><p>{text}</p></div></div>'
        + '</div></article>'
        for k, (author, date, text) in enumerate(comments, start=1))
    form = ""
    if open_:
        form = ('<h2 class="comment-form__title">Ajouter un commentaire</h2>'
                f'<form class="comment-comment-form comment-form" data-drupal-selector="comment-form" action="/comment/reply/node/{node_id}/comment" '
                'method="post" id="comment-form" accept-charset="UTF-8">'
                '<div class="js-form-item form-item js-form-type-textfield form-item-name js-form-item-name"><label for="edit-name">Votre nom</label>'
                '<input data-drupal-default-value="Anonyme" data-drupal-selector="edit-name" type="text" id="edit-name" name="name" value="" size="30" maxlength="60" class="form-text" /></div>'
                '<div class="field--type-text-long field--name-comment-body field--widget-text-textarea js-form-wrapper form-wrapper" data-drupal-selector="edit-comment-body-wrapper" id="edit-comment-body-wrapper">'
                '<div class="js-text-format-wrapper text-format-wrapper js-form-item form-item"><div class="js-form-item form-item js-form-type-textarea form-item-comment-body-0-value js-form-item-comment-body-0-value">'
                '<label for="edit-comment-body-0-value" class="js-form-required form-required">Commentaire</label><div class="form-textarea-wrapper">'
                '<textarea class="js-text-full text-full form-textarea required resize-vertical" data-drupal-selector="edit-comment-body-0-value" id="edit-comment-body-0-value" name="comment_body[0][value]" rows="5" cols="60" required="required" aria-required="true"></textarea>'
                '</div></div></div></div>'
                f'<input autocomplete="off" data-drupal-selector="form-{_token("cf", node_id)}" type="hidden" name="form_build_id" value="form-{_token("cf", node_id, 1)}" />'
                '<input data-drupal-selector="edit-comment-comment-form" type="hidden" name="form_id" value="comment_comment_form" />'
                '<div data-drupal-selector="edit-actions" class="form-actions js-form-wrapper form-wrapper" id="edit-actions">'
                '<input data-drupal-selector="edit-submit" type="submit" id="edit-submit" name="op" value="Enregistrer" class="button button--primary js-form-submit form-submit" />'
                '<input data-drupal-selector="edit-preview" type="submit" id="edit-preview" name="op" value="Aperçu" class="button js-form-submit form-submit" /></div></form>')
    count = f'<h2 class="comments__title">Commentaires <span class="comments__count">{len(comments)}</span></h2>' if comments else ""
    return f'<section data-drupal-selector="comments" class="comments"><div class="comment-section">{count}{arts}{form}</div></section>'


def drupal_poll(poll_id, question, choices) -> str:
    """Drupal contrib Poll module, the voting form."""
    radios = "".join(
        f'<div class="js-form-item form-item js-form-type-radio form-item-choice js-form-item-choice">'
        f'<input data-drupal-selector="edit-choice-{poll_id}{i}" type="radio" id="edit-choice-{poll_id}{i}" name="choice" value="{poll_id}{i}" class="form-radio" />'
        f'<label for="edit-choice-{poll_id}{i}" class="option">{c}</label></div>' for i, c in enumerate(choices, start=1))
    return (f'<form class="poll-view-form poll-view-form-{poll_id}" data-drupal-selector="poll-view-form-{poll_id}" action="/poll/{poll_id}" '
            f'method="post" id="poll-view-form-{poll_id}" accept-charset="UTF-8"><div class="poll">'
            f'<div class="poll-question"><h3>{question}</h3></div>'
            '<fieldset data-drupal-selector="edit-choice" id="edit-choice--wrapper" class="fieldgroup form-composite js-form-item form-item js-form-wrapper form-wrapper">'
            '<legend><span class="visually-hidden fieldset-legend">Choix</span></legend><div class="fieldset-wrapper">'
            f'<div id="edit-choice" class="form-radios">{radios}</div></div></fieldset>'
            '<div data-drupal-selector="edit-actions" class="form-actions js-form-wrapper form-wrapper" id="edit-actions">'
            '<input data-drupal-selector="edit-vote" type="submit" id="edit-vote" name="op" value="Voter" class="button js-form-submit form-submit" /></div>'
            f'<input autocomplete="off" data-drupal-selector="form-{_token("poll", poll_id)}" type="hidden" name="form_build_id" value="form-{_token("poll", poll_id, 1)}" />'
            f'<input data-drupal-selector="edit-poll-view-form-{poll_id}" type="hidden" name="form_id" value="poll_view_form_{poll_id}" /></div></form>')


def drupal_poll_results(poll_id, question, results, total) -> str:
    """Drupal Poll: the results block of a closed poll. results: (choice, percent, votes)."""
    bars = "".join(f'<dt class="choice-title">{c}</dt><dd class="choice-result"><div class="foreground" style="width: {p}%"></div>'
                   f'<div class="percent">{p}% ({v} votes)</div></dd>' for c, p, v in results)
    return (f'<div class="poll" id="poll-{poll_id}"><div class="poll-question"><h3>{question}</h3></div><dl>{bars}</dl>'
            f'<div class="total">Nombre total de votes : {total}</div><p class="poll-closed">Sondage clos.</p></div>')


# --------------------------------------------------------------------------- SPIP

def spip_forum_messages(messages) -> str:
    """Messages of a SPIP forum thread (forum.html of the forum plugin). messages: (id, author, date, title, text, depth)."""
    out = ['<div class="comments"><h2>Messages</h2><ul class="comments-items">']
    for fid, author, date, title, text, depth in messages:
        out.append(f'<li class="comment-item comment-{"fil" if depth else "racine"}" id="forum{fid}"><div class="comment-meta">'
                   f'<a href="#forum{fid}" title="Lien permanent vers ce message" class="permalink">#</a> '
                   f'<strong class="comment-title">{title}</strong> <span class="comment-author">{author}</span> '
                   f'<span class="comment-date">{date}</span></div><div class="comment-content"><p>{text}</p></div>'
                   f'<p class="comment-reply repondre"><a href="#formulaire_forum" rel="noindex nofollow">Répondre à ce message</a></p></li>')
    out.append("</ul></div>")
    return "".join(out)


def spip_forum_form(action, id_objet, objet="article") -> str:
    """SPIP forum plugin, formulaire_forum (title, text, preview then send)."""
    return ('<div class="formulaire_spip formulaire_forum ajax" id="formulaire_forum">'
            f'<form action="{escape(action)}#formulaire_forum" method="post" enctype="multipart/form-data"><div>'
            '<span class="form-hidden"><input name="formulaire_action" type="hidden" value="forum" />'
            f'<input name="formulaire_action_args" type="hidden" value="{_token("forum", id_objet)}" />'
            f'<input name="formulaire_action_sign" type="hidden" value="" /><input name="objet" type="hidden" value="{objet}" />'
            f'<input name="id_objet" type="hidden" value="{id_objet}" /></span>'
            '<fieldset class="moderation_info info"><legend>Modération a priori</legend><p class="explication">Ce forum est modéré a priori : '
            'votre contribution n\'apparaîtra qu\'après avoir été validée par un administrateur du site.</p></fieldset>'
            '<fieldset><legend>Votre message</legend><div class="editer-groupe">'
            '<div class="editer saisie_titre obligatoire"><label for="titre">Titre (obligatoire)</label>'
            '<input type="text" class="text" name="titre" id="titre" value="" size="60" /></div>'
            '<div class="editer saisie_texte obligatoire"><label for="texte">Texte de votre message (obligatoire)</label>'
            '<p class="explication forum_saisie_texte_info">Pour créer des paragraphes, laissez simplement des lignes vides.</p>'
            '<textarea name="texte" id="texte" rows="10" cols="60"></textarea></div></div></fieldset>'
            '<fieldset><legend>Qui êtes-vous ?</legend><div class="editer-groupe">'
            '<div class="editer saisie_session_nom"><label for="session_nom">Votre nom</label><input type="text" class="text" name="session_nom" id="session_nom" value="" size="40" autocapitalize="off" autocorrect="off" /></div>'
            '<div class="editer saisie_session_email"><label for="session_email">Votre adresse email</label><input type="email" class="text email" name="session_email" id="session_email" value="" size="40" autocapitalize="off" autocorrect="off" /></div>'
            '</div></fieldset>'
            '<p style="display: none;"><label for="nobot_forum">Veuillez laisser ce champ vide :</label><input type="text" class="text" name="nobot" id="nobot_forum" value="" size="10" /></p>'
            '<p class="boutons"><input type="submit" class="btn submit" name="previsualiser_message" value="Prévisualiser" /></p>'
            '</div></form></div>')


def spip_formidable(form_id, action, fields, submit="Envoyer", identifier="formulaire") -> str:
    """SPIP Formidable plugin (saisies). fields: (saisie, name, label[, options]) with saisie input/email/textarea/radio/selection."""
    rows = []
    for f in fields:
        saisie, name, label = f[0], f[1], f[2]
        cid = f"champ_{name}"
        if saisie == "textarea":
            ctl = f'<textarea name="{name}" class="textarea" id="{cid}" rows="10" cols="40" required="required"></textarea>'
        elif saisie == "radio":
            ctl = "".join(f'<div class="choix choix_{escape(o)}"><input type="radio" name="{name}" class="radio" id="{cid}_{i}" value="{escape(o)}" />'
                          f'<label for="{cid}_{i}">{o}</label></div>' for i, o in enumerate(f[3]))
        elif saisie == "selection":
            ctl = f'<select name="{name}" id="{cid}"><option value=""></option>' + "".join(
                f'<option value="{escape(o)}">{o}</option>' for o in f[3]) + "</select>"
        else:
            ctl = f'<input type="{"email" if saisie == "email" else "text"}" name="{name}" class="text" id="{cid}" required="required" />'
        wrap = "fieldset" if saisie == "radio" else "div"
        lab = f'<legend>{label}</legend>' if saisie == "radio" else f'<label for="{cid}">{label}<span class="obligatoire"> (obligatoire)</span></label>'
        rows.append(f'<{wrap} class="editer editer_{name} obligatoire saisie_{saisie}" data-id="{_token(name)}">{lab}{ctl}</{wrap}>')
    return (f'<div class="formulaire_spip formulaire_formidable formulaire_formidable_{form_id} formulaire_editable_formidable '
            f'formulaire_formidable-{identifier}" id="formulaire_formidable_{form_id}">'
            f'<form method="post" action="{escape(action)}#formulaire_formidable_{form_id}" enctype="multipart/form-data"><div>'
            f'<span class="form-hidden"><input name="formulaire_action" type="hidden" value="formidable" />'
            f'<input name="formulaire_action_args" type="hidden" value="{_token("formidable", form_id)}" />'
            f'<input name="formidable_afficher_apres" type="hidden" value="valeurs" /></span>'
            f'<div class="editer-groupe">{"".join(rows)}</div>'
            '<p style="display: none;"><label for="mechantrobot">Veuillez laisser ce champ vide :</label><input type="text" id="mechantrobot" name="mechantrobot" value="" /></p>'
            f'<p class="boutons"><input type="submit" class="submit" value="{submit}" /></p></div></form></div>')


def spip_ecrire_auteur(action, id_auteur) -> str:
    """SPIP core formulaire_ecrire_auteur (write to an author)."""
    return ('<div class="formulaire_spip formulaire_ecrire_auteur ajax" id="formulaire_ecrire_auteur">'
            f'<form method="post" action="{escape(action)}#formulaire_ecrire_auteur" enctype="multipart/form-data"><div>'
            '<span class="form-hidden"><input name="formulaire_action" type="hidden" value="ecrire_auteur" />'
            f'<input name="formulaire_action_args" type="hidden" value="{_token("ecrire", id_auteur)}" /></span>'
            '<fieldset><legend>Envoyer un message</legend><div class="editer-groupe">'
            '<div class="editer saisie_email_message_auteur obligatoire"><label for="email_message_auteur">Votre adresse email</label>'
            '<input type="email" class="text email" name="email_message_auteur" id="email_message_auteur" value="" size="30" /></div>'
            '<div class="editer saisie_sujet_message_auteur obligatoire"><label for="sujet_message_auteur">Sujet</label>'
            '<input type="text" class="text" name="sujet_message_auteur" id="sujet_message_auteur" value="" size="30" /></div>'
            '<div class="editer saisie_texte_message_auteur obligatoire"><label for="texte_message_auteur">Texte de votre message</label>'
            '<textarea name="texte_message_auteur" id="texte_message_auteur" rows="10" cols="60"></textarea></div></div></fieldset>'
            '<p style="display: none;"><label for="nobot">Veuillez laisser ce champ vide :</label><input type="text" class="text" name="nobot" id="nobot" value="" size="10" /></p>'
            '<p class="boutons"><input type="submit" class="submit" name="valide" value="Envoyer" /></p></div></form></div>')


# --------------------------------------------------------------------------- Joomla

def joomla_contact(action, contact_id) -> str:
    """Joomla 4/5 com_contact, the contact's e-mail form."""
    def row(fid, label, ctl):
        return (f'<div class="control-group"><div class="control-label"><label id="jform_{fid}-lbl" for="jform_{fid}" class="required">'
                f'{label}<span class="star" aria-hidden="true">&#160;*</span></label></div><div class="controls">{ctl}</div></div>')
    return (f'<div class="com-contact__form contact-form"><form id="contact-form" action="{escape(action)}" method="post" class="form-validate form-horizontal well">'
            '<fieldset><legend>Envoyer un e-mail</legend>'
            + row("contact_name", "Nom", '<input type="text" name="jform[contact_name]" id="jform_contact_name" value="" class="form-control required" size="30" required>')
            + row("contact_email", "E-mail", '<input type="email" inputmode="email" name="jform[contact_email]" class="form-control validate-email required" id="jform_contact_email" value="" size="30" autocomplete="email" required>')
            + row("contact_emailmsg", "Sujet", '<input type="text" name="jform[contact_subject]" id="jform_contact_emailmsg" value="" class="form-control required" size="60" required>')
            + row("contact_message", "Message", '<textarea name="jform[contact_message]" id="jform_contact_message" cols="50" rows="10" class="form-control required" maxlength="2000" required></textarea>')
            + '</fieldset><div class="control-group"><div class="controls"><button class="btn btn-primary validate" type="submit">Envoyer</button>'
            f'<input type="hidden" name="option" value="com_contact"><input type="hidden" name="task" value="contact.submit">'
            f'<input type="hidden" name="return" value=""><input type="hidden" name="id" value="{contact_id}:mairie">'
            f'<input type="hidden" name="{_token("jtok", contact_id)}{_token("j2")}" value="1"></div></div></form></div>')


def jcomments(object_id, comments) -> str:
    """JComments for Joomla articles: the list and the form. comments: (author, date, text)."""
    items = "".join(
        f'<div class="{"even" if k % 2 else "odd"}" id="comment-item-{object_id * 10 + k}"><div class="rbox"><div class="comment-box">'
        f'<a class="comment-anchor" href="#comment-{object_id * 10 + k}" id="comment-{object_id * 10 + k}">#{k}</a> '
        f'<span class="comment-author">{author}</span> <span class="comment-date">{date}</span>'
        f'<div class="comment-body" id="comment-body-{object_id * 10 + k}">{text}</div></div></div></div>'
        for k, (author, date, text) in enumerate(comments, start=1))
    return ('<script src="/components/com_jcomments/js/jcomments-v2.3.js?v=12" type="text/javascript"></script>'
            f'<div id="jc"><div id="comments"><h4>Commentaires ({len(comments)})</h4><div class="comments-list" id="comments-list-0">{items}</div></div>'
            '<a id="addcomments" href="#addcomments"></a><form id="comments-form" name="comments-form" action="javascript:void(null);">'
            '<h4>Ajouter un commentaire</h4>'
            '<p><span><input id="comments-form-name" type="text" name="name" value="" maxlength="20" size="22" tabindex="1" />'
            '<label for="comments-form-name">Nom (obligatoire)</label></span></p>'
            '<p><span><input id="comments-form-email" type="text" name="email" value="" size="22" tabindex="2" />'
            '<label for="comments-form-email">E-mail (obligatoire, mais non publié)</label></span></p>'
            '<p><span><textarea id="comments-form-comment" name="comment" cols="65" rows="8" tabindex="5"></textarea></span></p>'
            '<div id="comments-form-buttons"><div class="btn" id="comments-form-send"><div><a href="#" tabindex="7" '
            'onclick="jcomments.saveComment();return false;" title="Envoyer (Ctrl+Enter)">Envoyer</a></div></div></div>'
            f'<div style="display:none;"><input type="hidden" name="object_id" value="{object_id}" />'
            '<input type="hidden" name="object_group" value="com_content" /></div></form></div>')


def rsform(form_id, action, fields, submit="Envoyer") -> str:
    """RSForm! Pro for Joomla. fields: (type, name, label)."""
    rows = []
    for kind, name, label in fields:
        if kind == "textarea":
            ctl = f'<textarea cols="50" rows="5" name="form[{name}]" id="{name}" class="rsform-text-box form-control"></textarea>'
        else:
            ctl = f'<input type="{kind}" value="" size="20" name="form[{name}]" id="{name}" class="rsform-input-box form-control" />'
        rows.append(f'<div class="mb-3 rsform-block rsform-block-{name.lower()}"><label class="form-label formControlLabel" for="{name}">{label}'
                    f'<strong class="formRequired">(*)</strong></label><div class="formControls">{ctl}'
                    f'<div><span class="formValidation"><span id="component{_id(name)}" class="formNoError">Champ invalide</span></span></div></div></div>')
    return (f'<form method="post" id="userForm" action="{escape(action)}"><div id="rsform_{form_id}_page_0">'
            f'<fieldset class="formHorizontal formContainer" id="rsform_{form_id}_page_0">' + "".join(rows) +
            f'<div class="mb-3 rsform-block rsform-block-envoyer"><div class="formControls"><button type="submit" name="form[Envoyer]" '
            f'id="Envoyer" class="rsform-submit-button btn btn-primary">{submit}</button></div></div></fieldset></div>'
            f'<input type="hidden" name="form[formId]" value="{form_id}"/></form>')


# --------------------------------------------------------------------------- TYPO3

def powermail(form_uid, action, fields, submit="Envoyer", title="") -> str:
    """TYPO3 powermail 12. fields: (type, marker, label[, options])."""
    rows = []
    for f in fields:
        kind, marker, label = f[0], f[1], f[2]
        fid = f"powermail_field_{marker}"
        if kind == "textarea":
            ctl = (f'<textarea required="required" aria-required="true" data-powermail-required-message="Ce champ doit être rempli." '
                   f'rows="5" cols="20" class="powermail_textarea" id="{fid}" name="tx_powermail_pi1[field][{marker}]"></textarea>')
        elif kind == "select":
            opts = "".join(f'<option value="{escape(o)}">{o}</option>' for o in f[3])
            ctl = f'<select class="powermail_select" id="{fid}" name="tx_powermail_pi1[field][{marker}]">{opts}</select>'
        else:
            ctl = (f'<input required="required" aria-required="true" data-powermail-required-message="Ce champ doit être rempli." '
                   f'class="powermail_input" id="{fid}" type="{kind}" name="tx_powermail_pi1[field][{marker}]" value="" />')
        rows.append(f'<div class="powermail_fieldwrap powermail_fieldwrap_type_{"textarea" if kind == "textarea" else "input"} '
                    f'powermail_fieldwrap_{marker} "><label for="{fid}" class="powermail_label" title="">{label}<span class="mandatory">*</span></label>'
                    f'<div class="powermail_field">{ctl}</div></div>')
    return (f'<div class="tx-powermail"><div class="container-fluid"><form data-powermail-validate="data-powermail-validate" '
            f'data-validate="html5" enctype="multipart/form-data" name="field" class="powermail_form powermail_form_{form_uid} nolabel" '
            f'action="{escape(action)}?tx_powermail_pi1%5Baction%5D=create&amp;tx_powermail_pi1%5Bcontroller%5D=Form&amp;cHash={_token("pm", form_uid)}" method="post">'
            + (f'<h3>{title}</h3>' if title else "") +
            f'<fieldset class="powermail_fieldset powermail_fieldset_{form_uid} ">' + "".join(rows) +
            f'<div class="powermail_fieldwrap powermail_fieldwrap_type_submit"><div class="powermail_field "><input class="powermail_submit" type="submit" value="{submit}" /></div></div>'
            f'</fieldset><input class="powermail_form_uid" type="hidden" name="tx_powermail_pi1[mail][form]" value="{form_uid}" />'
            f'<input type="hidden" name="tx_powermail_pi1[__trustedProperties]" value="{_token("tp", form_uid)}" /></form></div></div>')


def typo3_form(identifier, uid, action, fields, submit="Envoyer") -> str:
    """TYPO3 core form framework (EXT:form). fields: (type, key, label)."""
    ident = f"{identifier}-{uid}"
    rows = []
    for kind, key, label in fields:
        name = f"tx_form_formframework[{ident}][{key}]"
        if kind == "textarea":
            ctl = f'<textarea required="required" class="xxlarge form-control" id="{ident}-{key}" name="{name}"></textarea>'
        else:
            ctl = f'<input required="required" class="form-control" id="{ident}-{key}" type="{kind}" name="{name}" value="" />'
        rows.append(f'<div class="form-group"><label class="control-label" for="{ident}-{key}">{label}<span class="required">*</span></label>'
                    f'<div class="input">{ctl}</div></div>')
    return (f'<form enctype="multipart/form-data" method="post" id="{ident}" action="{escape(action)}?tx_form_formframework%5Baction%5D=perform'
            f'&amp;tx_form_formframework%5Bcontroller%5D=FormFrontend&amp;cHash={_token("t3f", uid)}#{ident}">'
            f'<div><input type="hidden" name="tx_form_formframework[{ident}][__state]" value="{_token("st", uid)}" />'
            f'<input type="hidden" name="tx_form_formframework[__trustedProperties]" value="{_token("tr", uid)}" /></div>'
            f'<div class="form-page"><h2>{escape(identifier.replace("-", " ").capitalize())}</h2>' + "".join(rows) + "</div>"
            f'<div class="actions"><nav class="form-navigation"><div class="btn-toolbar" role="toolbar"><div class="btn-group" role="group">'
            f'<span class="btn-group next submit"><button class="btn btn-primary" type="submit" name="tx_form_formframework[{ident}][__currentPage]" value="1">{submit}</button>'
            '</span></div></div></nav></div></form>')


# --------------------------------------------------------------------------- Publik (w.c.s.)

def wcs_form(action, fields, submit="Valider", intro="") -> str:
    """Publik w.c.s. form page (quixote widgets). fields: (widget, label[, options]); widget String/Email/Text/Item/Checkbox/Date."""
    rows = []
    for i, f in enumerate(fields, start=1):
        widget, label = f[0], f[1]
        name = f"f{i}"
        fid = f"form_{name}"
        if widget == "Text":
            ctl = f'<textarea id="{fid}" name="{name}" cols="72" rows="10" aria-required="true" required></textarea>'
        elif widget == "Item":
            ctl = f'<select id="{fid}" name="{name}" data-first-element-empty-label="---"><option value="">---</option>' + "".join(
                f'<option value="{escape(o)}">{o}</option>' for o in f[2]) + "</select>"
        elif widget == "Checkbox":
            ctl = f'<input id="{fid}" name="{name}" type="checkbox" value="yes" aria-required="true" required />'
        else:
            kind = {"Email": "email", "Date": "date", "Tel": "tel"}.get(widget, "text")
            ctl = f'<input id="{fid}" name="{name}" type="{kind}" aria-required="true" required />'
        rows.append(f'<div class="field {widget}Widget template-form-field widget-required" data-field-id="{i}" id="var_{name}">'
                    f'<div class="title" id="form_label_{name}"><label for="{fid}">{label}<span title="Ce champ est obligatoire." class="required">*</span></label></div>'
                    f'<div class="content">{ctl}</div></div>')
    return ((f'<div class="wcs-form-intro"><p>{intro}</p></div>' if intro else "")
            + f'<form action="{escape(action)}" method="post" enctype="multipart/form-data" class="quixote" novalidate="novalidate" '
            f'data-live-url="{escape(action)}live">'
            f'<input type="hidden" name="_form_id" value="{_token("wcs", action)}" /><div class="page"><div class="wcs-step">'
            + "".join(rows) +
            f'</div></div><div class="buttons form-buttons"><div class="submit-button"><button name="submit" value="{submit}">{submit}</button></div>'
            '<div class="cancel-button"><button name="cancel" value="Abandonner" formnovalidate>Abandonner</button></div></div>'
            f'<input type="hidden" name="magictoken" value="{_token("magic", action)}" /></form>')


def publik_tiles(items) -> str:
    """Combo portal: a list of w.c.s. forms. items: (href, label, category)."""
    cats = {}
    for href, label, cat in items:
        cats.setdefault(cat, []).append((href, label))
    cells = "".join(f'<div class="cell wcs-category-cell"><h2>{cat}</h2><ul class="links-list">'
                    + "".join(f'<li><a href="{escape(h)}">{l}</a></li>' for h, l in lst) + "</ul></div>"
                    for cat, lst in cats.items())
    return f'<div class="wcs-forms-of-category">{cells}</div>'


# --------------------------------------------------------------------------- embeds

def google_form(form_key, title, height=1400) -> str:
    return (f'<iframe src="https://docs.google.com/forms/d/e/{form_key}/viewform?embedded=true" width="640" height="{height}" '
            f'frameborder="0" marginheight="0" marginwidth="0" title="{escape(title)}">Chargement…</iframe>')


def framaforms(slug, title) -> str:
    return (f'<iframe src="https://framaforms.org/{slug}" width="100%" height="900" style="border:none;" title="{escape(title)}"></iframe>'
            f'<p><a href="https://framaforms.org/{slug}" target="_blank" rel="noopener">Répondre au questionnaire dans une nouvelle fenêtre</a></p>')


def limesurvey_iframe(host, sid, title) -> str:
    return (f'<iframe src="https://{host}/index.php/{sid}?lang=fr" width="100%" height="1000" frameborder="0" title="{escape(title)}"></iframe>'
            f'<p class="lien-enquete"><a href="https://{host}/index.php/{sid}?lang=fr">Ouvrir le questionnaire en plein écran</a></p>')


def typeform(form_id, title) -> str:
    return (f'<div data-tf-live="{form_id}" data-tf-widget="{form_id}" data-tf-opacity="100" data-tf-iframe-props="title={escape(title)}" '
            'data-tf-transitive-search-params data-tf-medium="snippet" style="width:100%;height:560px;"></div>'
            '<script src="//embed.typeform.com/next/embed.js"></script>')


def tally(form_id, title) -> str:
    return (f'<iframe data-tally-src="https://tally.so/embed/{form_id}?alignLeft=1&amp;hideTitle=1&amp;transparentBackground=1&amp;dynamicHeight=1" '
            f'loading="lazy" width="100%" height="620" frameborder="0" marginheight="0" marginwidth="0" title="{escape(title)}"></iframe>'
            '<script>var d=document,w="https://tally.so/widgets/embed.js",v=function(){"undefined"!=typeof Tally?Tally.loadEmbeds():'
            'd.querySelectorAll("iframe[data-tally-src]:not([src])").forEach((function(e){e.src=e.dataset.tallySrc}))};'
            'if("undefined"!=typeof Tally)v();else if(d.querySelector(\'script[src="\'+w+\'"]\')==null){var s=d.createElement("script");'
            's.src=w,s.onload=v,s.onerror=v,d.body.appendChild(s);}</script>')


def disqus(shortname, url, identifier) -> str:
    return ('<div id="disqus_thread"></div><script>var disqus_config = function () {'
            f"this.page.url = '{url}'; this.page.identifier = '{identifier}'; this.language = 'fr';}};"
            "(function() { var d = document, s = d.createElement('script');"
            f"s.src = 'https://{shortname}.disqus.com/embed.js'; s.setAttribute('data-timestamp', +new Date());"
            "(d.head || d.body).appendChild(s); })();</script>"
            '<noscript>Veuillez activer JavaScript pour voir les <a href="https://disqus.com/?ref_noscript">commentaires propulsés par Disqus.</a></noscript>')


def hyvor_talk(website_id, page_id) -> str:
    return ('<script async src="https://talk.hyvor.com/embed/embed.js" type="module"></script>'
            f'<hyvor-talk-comments website-id="{website_id}" page-id="{page_id}" language="fr"></hyvor-talk-comments>')


# --------------------------------------------------------------------------- Decidim (0.27/0.28 markup)

def decidim_hero(title, text, cta_href=None, cta="Participer") -> str:
    btn = f'<a href="{escape(cta_href)}" class="button button__lg button__secondary">{cta}</a>' if cta_href else ""
    return (f'<section class="hero"><div class="hero__container"><h2 class="hero__title">{title}</h2>'
            f'<p class="hero__subtitle">{text}</p>{btn}</div></section>')


def decidim_space_cards(items) -> str:
    """Participatory spaces (processes, assemblies) as card__grid. items: (href, title, meta)."""
    cards = "".join(f'<a href="{escape(h)}" class="card__grid" id="{_token(h)}"><div class="card__grid-img"></div>'
                    f'<div class="card__grid-text"><h3 class="h4 text-secondary">{t}</h3>'
                    f'<div class="card__grid-metadata"><span>{m}</span></div></div></a>' for h, t, m in items)
    return f'<div class="card__grid-container">{cards}</div>'


def decidim_list_cards(items, kind="proposals", link=True) -> str:
    """Resources as card__list (proposals, projects, initiatives). items: (href, title, metadata).
    Without link, the card is a div (card_l's rendering when the whole card is not a link)."""
    def card(h, t, m):
        inner = (f'<div class="card__list-content"><div class="card__list-title">{t}</div>'
                 f'<div class="card__list-metadata"><span>{m}</span></div></div>')
        if link:
            return f'<a href="{escape(h)}" class="card__list" id="{kind}__{kind[:-1]}_{_id(h)}">{inner}</a>'
        return (f'<div class="card__list" id="{kind}__{kind[:-1]}_{_id(h)}">{inner}'
                f'<button class="button button__sm button__transparent-secondary budget-list__action">Ajouter</button></div>')
    cards = "".join(card(h, t, m) for h, t, m in items)
    return f'<div id="{kind}" class="card__list-list">{cards}</div>'


def decidim_components(items) -> str:
    """The tabs of a process' components. items: (href, label)."""
    return ('<nav class="process-nav"><ul>' + "".join(
        f'<li class="process-nav__item"><a href="{escape(h)}" class="process-nav__link">{l}</a></li>' for h, l in items) + "</ul></nav>")


def decidim_comments(resource, rid, comments, can_comment=True) -> str:
    """decidim-comments: the thread and the add-comment form (comment[body])."""
    threads = "".join(
        f'<div class="comment__container" id="comment_{rid * 10 + k}"><div class="comment" data-comment-id="{rid * 10 + k}">'
        f'<div class="comment__header"><div class="author"><span class="author__name">{author}</span></div>'
        f'<span class="comment__header-time">{date}</span></div><div class="comment__content"><div class="editor-content"><p>{text}</p></div></div>'
        f'<div class="comment__footer"><button class="button button__sm button__text-secondary comment__reply" data-controls="panel-commentReply{rid * 10 + k}">Répondre</button>'
        f'<div class="comment__votes"><button class="button button__sm button__text-secondary">J\'approuve</button></div></div></div></div>'
        for k, (author, date, text) in enumerate(comments, start=1))
    form = ""
    if can_comment:
        form = (f'<div class="add-comment" id="add-comment-{resource}-{rid}"><h3 class="h4">Ajouter un commentaire</h3>'
                f'<form id="new_comment_for_{resource}_{rid}" class="new_comment" action="/comments?order=older" accept-charset="UTF-8" data-remote="true" method="post">'
                f'<input type="hidden" name="authenticity_token" value="{_token("auth", rid)}" autocomplete="off" />'
                f'<input value="{_token("gid", resource, rid)}" autocomplete="off" type="hidden" name="comment[commentable_gid]" />'
                '<input class="alignment-input" value="0" autocomplete="off" type="hidden" name="comment[alignment]" />'
                f'<div class="form__wrapper gap-2"><label class="text-gray-2" for="add-comment-{resource}-{rid}-body">Commentaire</label>'
                f'<textarea id="add-comment-{resource}-{rid}-body" class="w-full rounded border min-h-[160px] border-text-gray-2" maxlength="1000" required="required" '
                'placeholder="Ajouter un commentaire" name="comment[body]"></textarea>'
                '<div class="w-full text-right"><button type="submit" class="button button__sm button__secondary" disabled="disabled"><span>Publier le commentaire</span></button></div></div></form></div>')
    else:
        form = '<div class="callout">Vous devez vous <a href="/users/sign_in">connecter</a> pour commenter.</div>'
    return (f'<div id="comments-for-{resource}-{rid}" class="comments" data-decidim-comments=\'{{"commentableGid":"{_token("gid", resource, rid)}","toggleTranslations":false}}\'>'
            f'<section class="comments-container"><h2 class="h2 comments-count">{len(comments)} commentaires</h2><div class="comment-threads">{threads}</div>{form}</section></div>')


def decidim_survey(action, questions) -> str:
    """decidim-surveys / decidim-forms answer form. questions: (title, kind, options) with kind single/long."""
    blocks = []
    for idx, (title, kind, options) in enumerate(questions):
        field = f"questionnaire_responses_{idx}"
        if kind == "single":
            inner = "".join(
                f'<div class="js-collection-input"><label for="{field}_choices_{i}_body">'
                f'<input type="radio" name="questionnaire[responses][{idx}][choices][][body]" id="{field}_choices_{i}_body" value="{escape(o)}" /> {o}'
                f'<input type="hidden" name="questionnaire[responses][{idx}][choices][][answer_option_id]" id="{field}_choices_{i}_answer_option" value="{_id(title, o)}" disabled="disabled" />'
                f'</label></div>' for i, o in enumerate(options))
            inner = f'<div class="answer-questionnaire__single-option js-radio-button-collection">{inner}</div>'
        else:
            inner = f'<textarea name="questionnaire[responses][{idx}][body]" id="{field}_body" rows="10" maxlength="1000"></textarea>'
        blocks.append(f'<div class="answer question" data-max-choices="" data-conditioned="false" data-question-id="{_id(title)}">'
                      f'<label class="answer-questionnaire__question-label" for="{field}_body">{idx + 1}. {title}</label>{inner}</div>')
    return ('<div class="mb-10"><p class="help-text">Les champs marqués d\'un astérisque (*) sont obligatoires.</p></div>'
            f'<form class="form answer-questionnaire" data-safe-path="{escape(action)}" enctype="multipart/form-data" action="{escape(action)}" accept-charset="UTF-8" method="post">'
            f'<input type="hidden" name="authenticity_token" value="{_token("q", action)}" autocomplete="off" />'
            '<div id="step-0" class="answer-questionnaire__step">' + "".join(blocks) +
            '<div class="answer-questionnaire__footer"><div class="answer-questionnaire__tos"><input name="questionnaire[tos_agreement]" type="hidden" value="0" autocomplete="off" />'
            '<label for="questionnaire_tos_agreement"><input id="questionnaire_tos_agreement" type="checkbox" value="1" name="questionnaire[tos_agreement]" /> '
            'J\'accepte les conditions d\'utilisation</label></div><button type="submit" class="button button__sm button__secondary">Envoyer</button></div></div></form>')


def decidim_initiative(title, signatures, goal, deadline, body, sign_href) -> str:
    pct = min(100, round(100 * signatures / goal))
    return (f'<div class="initiative__aside"><section class="layout-aside__section"><div class="progress-bar__container">'
            f'<div class="progress-bar__number"><span>{signatures}</span>/{goal}<span class="progress-bar__text"> signatures</span></div>'
            f'<div class="progress-bar" role="progressbar" aria-valuenow="{pct}" aria-valuemin="0" aria-valuemax="100"><div class="progress-bar__bar" style="width:{pct}%"></div></div></div>'
            f'<div id="initiative-vote-cabin"><a class="button button__xl button__secondary w-full" href="{escape(sign_href)}" data-open="loginModal">Signer</a></div>'
            f'<p class="initiative__aside-date">Collecte de signatures jusqu\'au {deadline}</p></section></div>'
            f'<div class="editor-content">{body}</div>')


# --------------------------------------------------------------------------- CONSUL Democracy

def consul_investments(budget_id, items) -> str:
    """Budgets::InvestmentComponent list. items: (id, title, price, supports, heading)."""
    cards = "".join(
        f'<div id="budget_investment_{iid}" class="budget-investment clear" data-equalizer-watch><div class="panel"><div class="row">'
        f'<div class="small-12 medium-9 column"><div class="budget-investment-content"><h3><a href="/budgets/{budget_id}/investments/{iid}">{title}</a></h3>'
        f'<p class="investment-project-info"><span class="heading">{heading}</span> &nbsp;&bull;&nbsp; <span class="price">{price}</span></p>'
        f'</div></div><div class="small-12 medium-3 column table" data-equalizer-watch><div class="supports js-participation">'
        f'<span class="total-supports">{supports} soutiens</span><div class="in-favor"><form class="button_to" method="post" action="/budgets/{budget_id}/investments/{iid}/votes">'
        '<button class="button button-support expanded" title="Soutenir ce projet" type="submit">Soutenir</button>'
        f'<input type="hidden" name="authenticity_token" value="{_token("cv", iid)}" autocomplete="off" /></form></div></div></div></div></div></div>'
        for iid, title, price, supports, heading in items)
    return f'<div id="budget-investments" class="budget-investments-list">{cards}</div>'


def consul_comments(commentable, cid, comments) -> str:
    """CONSUL comment tree and the new comment form (comment[body])."""
    items = "".join(
        f'<li class="comment"><div id="comment_{cid * 10 + k}" class="comment-body"><div class="comment-info">'
        f'<span class="user-name">{author}</span> &bull; <time>{date}</time></div><div class="comment-user"><p>{text}</p></div>'
        f'<div class="comment-footer"><span class="responses-count">0 réponse</span> <a class="reply-link" href="#">Répondre</a>'
        f'<span class="in-favor"><button class="like" title="Je suis d\'accord">0</button></span></div></div></li>'
        for k, (author, date, text) in enumerate(comments, start=1))
    return (f'<section class="comments"><div class="row"><div id="comments" class="small-12 column comments-list">'
            f'<h2>Commentaires <span class="js-comments-count">({len(comments)})</span></h2>'
            f'<form class="new_comment" id="new_comment" action="/comments" accept-charset="UTF-8" data-remote="true" method="post">'
            f'<input type="hidden" name="authenticity_token" value="{_token("cc", cid)}" autocomplete="off" />'
            f'<label for="comment-body-{commentable}_{cid}">Laisser votre commentaire</label>'
            f'<textarea id="comment-body-{commentable}_{cid}" maxlength="1000" name="comment[body]"></textarea>'
            f'<input value="{commentable}" type="hidden" name="comment[commentable_type]" /><input value="{cid}" type="hidden" name="comment[commentable_id]" />'
            '<input type="submit" name="commit" value="Publier le commentaire" class="button" data-disable-with="Publier le commentaire" /></form>'
            f'<ul class="comment-list">{items}</ul></div></div></section>')


def consul_debates(items) -> str:
    """Debates index. items: (id, title, author, comments, votes)."""
    return '<div id="debates" class="debates-list">' + "".join(
        f'<div id="debate_{did}" class="debate clear" data-type="debate"><div class="panel"><div class="debate-content">'
        f'<h3><a href="/debates/{did}">{title}</a></h3><p class="debate-info"><span class="author">{author}</span> &bull; '
        f'<span class="comments-count"><a href="/debates/{did}#comments">{ncom} commentaires</a></span></p></div>'
        f'<div class="votes"><div class="in-favor"><button class="like" title="Je suis d\'accord">{votes}%</button></div></div></div></div>'
        for did, title, author, ncom, votes in items) + "</div>"


def consul_poll(poll_id, question, answers, open_=True) -> str:
    """A CONSUL poll's question with its answer buttons."""
    if open_:
        btns = "".join(f'<form class="button_to" method="post" action="/polls/questions/{poll_id}/answer?answer={escape(a)}">'
                       f'<button class="button secondary hollow" title="Voter {escape(a)}" type="submit">{a}</button>'
                       f'<input type="hidden" name="authenticity_token" value="{_token("pa", poll_id, a)}" autocomplete="off" /></form>' for a in answers)
    else:
        btns = "".join(f'<span class="button secondary hollow disabled">{a}</span>' for a in answers)
    return (f'<div class="poll-question" id="poll_question_{poll_id}"><h3>{question}</h3>'
            f'<div class="poll-question-answers" id="poll_question_{poll_id}_answers">{btns}</div></div>')


# --------------------------------------------------------------------------- Cap Collectif

def capco_project_cards(items) -> str:
    """Projects list. items: (href, title, type, step)."""
    return '<div class="project-preview-list">' + "".join(
        f'<div class="project-preview col-sm-6 col-md-4"><div class="card project-preview__body"><p class="project-preview__type">{typ}</p>'
        f'<h3 class="card__title"><a href="{escape(h)}" title="{escape(t)}">{t}</a></h3><p class="project-preview__step">{step}</p></div></div>'
        for h, t, typ, step in items) + "</div>"


def capco_steps(items) -> str:
    """Step tabs of a project. items: (href, label, status)."""
    return '<nav class="step-tabs"><ul class="step-tabs__list">' + "".join(
        f'<li class="step-tabs__tab"><a href="{escape(h)}"><span class="step-tabs__tab-title">{l}</span>'
        f'<span class="step-tabs__tab-status label label-default">{s}</span></a></li>' for h, l, s in items) + "</ul></nav>"


def capco_proposals(items) -> str:
    """Proposal previews of a collect step. items: (href, title, author, district, votes)."""
    return '<ul class="media-list proposal-preview-list">' + "".join(
        f'<li class="block proposal__preview" id="proposal-{_id(h)}"><div class="proposal__body"><h2 class="h4 proposal__title">'
        f'<a href="{escape(h)}">{t}</a></h2><p class="proposal__infos"><span class="proposal__author">{a}</span> &middot; '
        f'<span class="proposal__district">{d}</span></p></div><div class="proposal__footer"><span class="proposal__counter">{v} votes</span></div></li>'
        for h, t, a, d, v in items) + "</ul>"


def capco_comment_section(comments) -> str:
    """The comments of a proposal (the form asks to log in or to give a name and e-mail)."""
    items = "".join(f'<li class="opinion block block--bordered comment" id="comment-{_id(a, t)}"><div class="opinion__user">'
                    f'<span class="opinion__user-name">{a}</span> <span class="excerpt small">{d}</span></div>'
                    f'<p class="opinion__text">{t}</p></li>' for a, d, t in comments)
    return (f'<div id="proposal-page-comments" class="comments__section"><h3>{len(comments)} commentaires</h3>'
            '<form id="comment-form" class="comment-form" method="post" action="/graphql">'
            '<div class="form-group"><label for="body" class="control-label">Votre commentaire</label>'
            '<textarea id="body" name="body" class="form-control" placeholder="Ajouter un commentaire"></textarea></div>'
            '<div class="form-group"><label for="authorName">Nom ou pseudonyme</label><input id="authorName" name="authorName" type="text" class="form-control"></div>'
            '<div class="form-group"><label for="authorEmail">Adresse électronique</label><input id="authorEmail" name="authorEmail" type="email" class="form-control"></div>'
            '<button type="submit" class="btn btn-primary" id="confirm-comment">Commenter</button></form>'
            f'<ul class="media-list opinion__list">{items}</ul></div>')


def capco_questionnaire(step_id, questions) -> str:
    """A questionnaire step (server-rendered fallback of the React form). questions: (title, options or None)."""
    rows = []
    for i, (title, options) in enumerate(questions, start=1):
        if options:
            ctl = "".join(f'<div class="radio"><label><input type="radio" name="responses.{i}" value="{escape(o)}"> {o}</label></div>' for o in options)
        else:
            ctl = f'<textarea class="form-control" name="responses.{i}" rows="4"></textarea>'
        rows.append(f'<div class="form-group" id="reply-form-responses{i}"><label class="control-label h5">{title}</label>{ctl}</div>')
    return (f'<div id="create-reply-form" class="questionnaire"><form id="reply-form-{step_id}" class="form-horizontal" method="post" action="/graphql">'
            + "".join(rows) + '<button type="submit" id="submit-create-reply" class="btn btn-primary">Envoyer</button></form></div>')


# --------------------------------------------------------------------------- Go Vocal

def govocal_project_cards(items) -> str:
    """items: (href, title, status)"""
    return '<div id="e2e-projects-list" class="e2e-projects-list">' + "".join(
        f'<a href="{escape(h)}" class="e2e-project-card e2e-admin-publication-card"><div class="e2e-project-card-content">'
        f'<h3 class="e2e-project-card-project-title">{t}</h3><p class="e2e-project-card-status">{s}</p></div></a>'
        for h, t, s in items) + "</div>"


def govocal_idea_cards(items) -> str:
    """items: (href, title, author, votes, comments)"""
    return '<div id="e2e-ideas-list" class="e2e-ideas-list">' + "".join(
        f'<a href="{escape(h)}" class="e2e-idea-card"><div class="e2e-idea-card-title"><h3>{t}</h3></div>'
        f'<p class="e2e-idea-card-author">{a}</p><div class="e2e-idea-card-footer"><span class="e2e-ideacard-upvote-count">{v}</span>'
        f'<span class="e2e-ideacard-comment-count">{c}</span></div></a>' for h, t, a, v, c in items) + "</div>"


def govocal_comments(comments) -> str:
    items = "".join(f'<div class="e2e-comment-thread"><div class="e2e-parentcomment"><span class="e2e-author-name">{a}</span> '
                    f'<span class="e2e-comment-date">{d}</span><div class="e2e-comment-body"><p>{t}</p></div></div></div>'
                    for a, d, t in comments)
    return (f'<section id="e2e-comments-container" class="e2e-comments-container"><h2>Commentaires ({len(comments)})</h2>'
            '<form class="e2e-comment-form" id="e2e-parent-comment-form"><label for="submit-comment" class="visually-hidden">Écrire un commentaire</label>'
            '<textarea id="submit-comment" name="comment" class="e2e-mentions" placeholder="Écrivez votre commentaire ici"></textarea>'
            '<button type="submit" class="e2e-submit-parentcomment">Publier</button></form>'
            f'<div class="e2e-comments-list">{items}</div></section>')


def govocal_survey(questions) -> str:
    """A native survey phase of a project (radio and text questions). questions: (title, options or None)."""
    rows = []
    for i, (title, options) in enumerate(questions, start=1):
        if options:
            ctl = "".join(f'<label class="e2e-radio"><input type="radio" name="q{i}" value="{escape(o)}"> {o}</label>' for o in options)
        else:
            ctl = f'<textarea name="q{i}" rows="4"></textarea>'
        rows.append(f'<fieldset class="e2e-survey-question"><legend>{title}</legend>{ctl}</fieldset>')
    return ('<form id="e2e-idea-form" class="e2e-native-survey"><div class="e2e-survey-page">' + "".join(rows)
            + '<button type="submit" id="e2e-submit-form" class="e2e-submit-survey">Envoyer mes réponses</button></div></form>')


# --------------------------------------------------------------------------- phpBB (prosilver)

def phpbb_forumlist(category, forums) -> str:
    """index.php: a category and its forums. forums: (f, name, desc, topics, posts)."""
    rows = "".join(
        f'<li class="row"><dl class="row-item forum_read"><dt title="Aucun message non lu"><div class="list-inner">'
        f'<a href="./viewforum.php?f={f}" class="forumtitle">{name}</a><br />{desc}</div></dt>'
        f'<dd class="topics">{topics} <dfn>Sujets</dfn></dd><dd class="posts">{posts} <dfn>Messages</dfn></dd>'
        f'<dd class="lastpost"><span><dfn>Dernier message </dfn></span></dd></dl></li>' for f, name, desc, topics, posts in forums)
    return (f'<div class="forabg"><div class="inner"><ul class="topiclist"><li class="header"><dl class="row-item"><dt><div class="list-inner">'
            f'<a href="./">{category}</a></div></dt><dd class="topics">Sujets</dd><dd class="posts">Messages</dd>'
            f'<dd class="lastpost"><span>Dernier message</span></dd></dl></li></ul><ul class="topiclist forums">{rows}</ul></div></div>')


def phpbb_topiclist(f, topics) -> str:
    """viewforum.php. topics: (t, title, author, replies, views)."""
    rows = "".join(
        f'<li class="row bg{1 + k % 2}"><dl class="row-item topic_read"><dt title="Aucun message non lu"><div class="list-inner">'
        f'<a href="./viewtopic.php?t={t}" class="topictitle">{title}</a><br /><div class="topic-poster responsive-hide left-box">'
        f'par <span class="username">{author}</span></div></div></dt>'
        f'<dd class="posts">{replies} <dfn>Réponses</dfn></dd><dd class="views">{views} <dfn>Vues</dfn></dd></dl></li>'
        for k, (t, title, author, replies, views) in enumerate(topics))
    return (f'<div class="action-bar bar-top"><a href="./ucp.php?mode=login" class="button" title="Publier un nouveau sujet">'
            '<span>Nouveau sujet</span> <i class="icon fa-pencil fa-fw" aria-hidden="true"></i></a></div>'
            '<div class="forumbg"><div class="inner"><ul class="topiclist"><li class="header"><dl class="row-item"><dt><div class="list-inner">Sujets</div></dt>'
            f'<dd class="posts">Réponses</dd><dd class="views">Vues</dd></dl></li></ul><ul class="topiclist topics">{rows}</ul></div></div>')


def phpbb_posts(t, f, title, posts) -> str:
    """viewtopic.php with the quick reply. posts: (author, date, text)."""
    first = ' class="first"'
    items = "".join(
        f'<div id="p{t * 10 + k}" class="post has-profile bg{2 - k % 2}"><div class="inner"><dl class="postprofile" id="profile{t * 10 + k}">'
        f'<dt class="has-profile-rank no-avatar"><span class="username">{a}</span></dt>'
        f'<dd class="profile-rank">Habitant</dd></dl><div class="postbody"><div id="post_content{t * 10 + k}">'
        f'<h3{first if k == 0 else ""}><a href="#p{t * 10 + k}">{"" if k == 0 else "Re: "}{title}</a></h3>'
        f'<p class="author"><span class="responsive-hide">par <strong><span class="username">{a}</span></strong> » </span>{d}</p>'
        f'<div class="content">{text}</div></div></div><div class="back2top"><a href="#top" class="top" title="Haut"></a></div></div></div>'
        for k, (a, d, text) in enumerate(posts))
    return (f'<h2 class="topic-title"><a href="./viewtopic.php?t={t}">{title}</a></h2>'
            f'<div class="action-bar bar-top"><a href="./ucp.php?mode=login" class="button" title="Répondre"><span>Répondre</span></a></div>'
            + items +
            f'<form method="post" action="./posting.php?mode=reply&amp;f={f}&amp;t={t}" id="qr_postform"><div class="panel" id="qr_editor_div"><div class="inner">'
            '<h2 class="quickreply-title">Réponse rapide</h2><fieldset class="fields1"><dl style="clear: left;"><dt><label for="subject">Sujet :</label></dt>'
            f'<dd><input type="text" name="subject" id="subject" size="45" maxlength="124" tabindex="2" value="Re: {escape(title)}" class="inputbox autowidth" /></dd></dl>'
            '<div id="message-box" class="message-box"><textarea style="height: 9em;" name="message" rows="7" cols="76" tabindex="3" class="inputbox"></textarea></div>'
            '</fieldset><fieldset class="submit-buttons"><input type="hidden" name="form_token" value="' + _token("qr", t) + '" />'
            '<input type="submit" accesskey="s" tabindex="6" name="post" value="Envoyer" class="button1" />&nbsp;'
            '<input type="submit" accesskey="f" tabindex="6" name="full_editor" value="Éditeur complet et aperçu" class="button2" /></fieldset></div></div></form>')


# --------------------------------------------------------------------------- Discourse (crawler view)

def discourse_topic_list(topics, category=None) -> str:
    """list.erb for crawlers. topics: (href, title, category_name, category_href, replies, views, date)."""
    head = ""
    if category:
        head = f'<h1><a href="{escape(category[1])}" itemprop="item"><span itemprop="name">{category[0]}</span></a></h1><br/>'
    rows = "".join(
        f'<tr class="topic-list-item"><td class="main-link topic-list-data" itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem">'
        f"<meta itemprop='name' content='{escape(t)}'><meta itemprop='position' content='{i}'>"
        f"<span class=\"link-top-line\"><a href='{escape(h)}' class='title raw-link raw-topic-link'>{t}</a></span>"
        f"<div class=\"link-bottom-line\"><a href='{escape(ch)}' class='badge-wrapper bullet'><span class='badge-category-bg'></span>"
        f"<span class='badge-category clear-badge'><span class='category-name'>{c}</span></span></a></div></td>"
        f"<td class='posters topic-list-data'></td><td class=\"replies num topic-list-data\"><span class='posts' title='messages'>{r}</span></td>"
        f"<td class=\"views num topic-list-data\"><span class='views' title='vues'>{v}</span></td><td class=\"num topic-list-data\">{d}</td></tr>"
        for i, (h, t, c, ch, r, v, d) in enumerate(topics, start=1))
    return (head + "<div itemscope itemtype='http://schema.org/ItemList'><meta itemprop='itemListOrder' content='http://schema.org/ItemListOrderDescending'>"
            "<table class='topic-list'><thead class=\"topic-list-header\"><tr class=\"topic-list-header-row\"><th class=\"default topic-list-data\">Sujet</th>"
            "<th class=\"posters topic-list-data\"></th><th class=\"posts num topic-list-data\">Réponses</th><th class=\"views num topic-list-data\">Vues</th>"
            f"<th class=\"activity num topic-list-data\">Activité</th></tr></thead><tbody class=\"topic-list-body\">{rows}</tbody></table></div>")


def discourse_topic(topic_id, posts) -> str:
    """topics/show for crawlers: posts as schema.org DiscussionForumPosting/Comment. posts: (username, date, html)."""
    out = []
    for n, (user, date, html) in enumerate(posts, start=1):
        scope = ('itemscope itemtype="http://schema.org/DiscussionForumPosting"' if n == 1
                 else 'itemprop="comment" itemscope itemtype="http://schema.org/Comment"')
        out.append(f"<div id='post_{n}' {scope} class='topic-body crawler-post'>"
                   f"<div class='crawler-post-meta'><span class=\"creator\" itemprop=\"author\" itemscope itemtype=\"http://schema.org/Person\">"
                   f"<span itemprop='name'>{user}</span></span>"
                   f"<span class=\"crawler-post-infos\"><time itemprop='datePublished' class='post-time'>{date}</time>"
                   f"<meta itemprop='position' content='{n}'></span></div><div class='post' itemprop='text'>{html}</div>"
                   f"<div itemprop=\"interactionStatistic\" itemscope itemtype=\"http://schema.org/InteractionCounter\">"
                   f"<meta itemprop=\"interactionType\" content=\"http://schema.org/LikeAction\"/><meta itemprop=\"userInteractionCount\" content=\"{(n * 3) % 7}\" />"
                   f"<span class='post-likes'>{(n * 3) % 7} J’aime</span></div></div>")
    return f'<div id="topic-title" data-topic-id="{topic_id}"></div><div class="topic-posts">' + "".join(out) + "</div>"


# --------------------------------------------------------------------------- Flarum (noscript content)

def flarum_index(discussions, heading="Toutes les discussions") -> str:
    """index.blade.php. discussions: (href, title)."""
    return (f'<div class="container"><h1>{heading}</h1><ul>'
            + "".join(f'<li><a href="{escape(h)}">{t}</a></li>' for h, t in discussions)
            + '</ul></div>')


def flarum_discussion(title, posts) -> str:
    """discussion.blade.php. posts: (display_name, html)."""
    return (f'<div class="container"><h1>{title}</h1><div>'
            + "".join(f'<article><div class="PostUser"><h3 class="PostUser-name">{u}</h3></div><div class="Post-body">{html}</div></article><hr>'
                      for u, html in posts)
            + "</div></div>")


# --------------------------------------------------------------------------- a neighbours' network (community platform)

def community_feed(posts, composer=True, group="") -> str:
    """A neighbourhood feed. posts: (author, quartier, when, kind, text, replies)."""
    comp = ""
    if composer:
        comp = (f'<form class="composer" action="/publications" method="post"><input type="hidden" name="groupe" value="{escape(group)}">'
                '<label for="composer-type">Type de publication</label><select id="composer-type" name="type"><option>Entraide</option>'
                '<option>Prêt / don</option><option>Information</option><option>Événement</option><option>Alerte</option></select>'
                '<label for="composer-text" class="sr-only">Votre message aux voisins</label>'
                '<textarea id="composer-text" name="contenu" placeholder="Écrivez à vos voisins…"></textarea>'
                '<button type="submit" class="btn">Publier</button></form>')
    items = "".join(
        f'<article class="post post--{kind.lower().replace(" ", "-").replace("/", "")}"><header class="post__header"><span class="post__author">{a}</span> '
        f'<span class="post__quartier">{q}</span> <time class="post__time">{w}</time> <span class="post__badge">{kind}</span></header>'
        f'<div class="post__content"><p>{t}</p></div><footer class="post__footer"><a href="#" class="post__replies">{r} réponses</a> '
        f'<a href="#" class="post__reply">Répondre</a> <a href="#" class="post__thanks">Merci</a></footer></article>'
        for a, q, w, kind, t, r in posts)
    return f'{comp}<div class="feed">{items}</div>'


def community_groups(items) -> str:
    """items: (href, name, members)"""
    return '<ul class="groups">' + "".join(
        f'<li class="group-card"><a href="{escape(h)}" class="group-card__name">{n}</a> <span class="group-card__members">{m} membres</span></li>'
        for h, n, m in items) + "</ul>"
