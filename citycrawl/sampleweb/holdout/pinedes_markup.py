"""Markup helpers of the holdout part "pinedes": large suburban communes around Paris, Lyon and Marseille.

Every helper writes the markup one piece of software writes (a page builder's sections, a form plugin's
fields, a comment module, a platform's cards), with its class names, ids, routes and field names. They
were written for this part alone. Three page layouts (Fluicity, id-city and Jenparle, which no other
theme draws) are at the end, with the pages their header and footer link to.
"""
import zlib
from html import escape


def _h(text: str, n: int = 6) -> str:
    """A stable hexadecimal id, as CMSs and builders generate them."""
    return format(zlib.crc32(text.encode()), "08x")[:n]


def _n(text: str, low: int = 100, span: int = 900) -> int:
    return low + zlib.crc32(text.encode()) % span


# ---------------------------------------------------------------- plain text

def p(*paragraphs) -> str:
    return "".join(f"<p>{x}</p>" for x in paragraphs)


def h2(text: str) -> str:
    return f"<h2>{text}</h2>"


def h3(text: str) -> str:
    return f"<h3>{text}</h3>"


def ul(*items, cls="") -> str:
    attr = f' class="{cls}"' if cls else ""
    return f"<ul{attr}>" + "".join(f"<li>{i}</li>" for i in items) + "</ul>"


def a(href: str, label: str, **attrs) -> str:
    extra = "".join(f' {k.rstrip("_").replace("_", "-")}="{escape(str(v))}"' for k, v in attrs.items())
    return f'<a href="{escape(href)}"{extra}>{label}</a>'


def share(url: str, title: str) -> str:
    """Share intents: not the city's accounts."""
    from urllib.parse import quote
    u, t = quote(url, safe=""), quote(title, safe="")
    return ('<div class="share-links"><span class="share-links__title">Partager cette page</span><ul>'
            f'<li><a class="share-facebook" href="https://www.facebook.com/sharer/sharer.php?u={u}" target="_blank" rel="noopener">Facebook</a></li>'
            f'<li><a class="share-x" href="https://twitter.com/intent/tweet?url={u}&amp;text={t}" target="_blank" rel="noopener">X</a></li>'
            f'<li><a class="share-linkedin" href="https://www.linkedin.com/shareArticle?mini=true&amp;url={u}" target="_blank" rel="noopener">LinkedIn</a></li>'
            f'<li><a class="share-mail" href="mailto:?subject={t}&amp;body={u}">Courriel</a></li></ul></div>')


# ---------------------------------------------------------------- WordPress + Elementor

def el_page(post_id: int, *sections) -> str:
    return (f'<div data-elementor-type="wp-page" data-elementor-id="{post_id}" class="elementor elementor-{post_id}" '
            f'data-elementor-post-type="page">{"".join(sections)}</div>')


def el_section(*widgets, cols=1, css="") -> str:
    sid = _h("".join(widgets)[:200] + css, 7)
    per_col = [widgets[i::cols] for i in range(cols)] if cols > 1 else [widgets]
    width = {1: 100, 2: 50, 3: 33}[cols]
    columns = "".join(
        f'<div class="elementor-column elementor-col-{width} elementor-top-column elementor-element elementor-element-{_h(sid + str(i), 7)}" '
        f'data-id="{_h(sid + str(i), 7)}" data-element_type="column"><div class="elementor-widget-wrap elementor-element-populated">'
        f'{"".join(ws)}</div></div>' for i, ws in enumerate(per_col))
    return (f'<section class="elementor-section elementor-top-section elementor-element elementor-element-{sid} '
            f'elementor-section-boxed elementor-section-height-default elementor-section-height-default {css}" data-id="{sid}" '
            f'data-element_type="section"><div class="elementor-container elementor-column-gap-default">{columns}</div></section>')


def _el_widget(kind: str, inner: str) -> str:
    wid = _h(kind + inner[:300], 7)
    return (f'<div class="elementor-element elementor-element-{wid} elementor-widget elementor-widget-{kind}" data-id="{wid}" '
            f'data-element_type="widget" data-widget_type="{kind}.default"><div class="elementor-widget-container">{inner}</div></div>')


def el_heading(text: str, tag="h2") -> str:
    return _el_widget("heading", f'<{tag} class="elementor-heading-title elementor-size-default">{text}</{tag}>')


def el_text(*paragraphs) -> str:
    return _el_widget("text-editor", p(*paragraphs))


def el_html(html: str) -> str:
    return _el_widget("text-editor", html)


def el_button(label: str, href: str) -> str:
    return _el_widget("button", f'<div class="elementor-button-wrapper"><a class="elementor-button elementor-button-link elementor-size-sm" '
                                f'href="{escape(href)}"><span class="elementor-button-content-wrapper"><span class="elementor-button-text">'
                                f'{label}</span></span></a></div>')


def el_icon_list(links) -> str:
    items = "".join(f'<li class="elementor-icon-list-item"><a href="{escape(href)}"><span class="elementor-icon-list-icon">'
                    f'<i aria-hidden="true" class="fas fa-chevron-right"></i></span><span class="elementor-icon-list-text">{label}</span></a></li>'
                    for href, label in links)
    return _el_widget("icon-list", f'<ul class="elementor-icon-list-items">{items}</ul>')


def el_posts(posts) -> str:
    """Elementor Pro posts widget (classic skin): (href, title, date, excerpt)."""
    arts = "".join(
        f'<article class="elementor-post elementor-grid-item post-{_n(href, 1000, 8000)} post type-post status-publish format-standard hentry category-actualites">'
        f'<div class="elementor-post__text"><h3 class="elementor-post__title"><a href="{escape(href)}">{title}</a></h3>'
        f'<div class="elementor-post__meta-data"><span class="elementor-post-date">{date}</span></div>'
        f'<div class="elementor-post__excerpt"><p>{excerpt}</p></div>'
        f'<a class="elementor-post__read-more" href="{escape(href)}" aria-label="En savoir plus sur {escape(title)}">Lire la suite »</a></div></article>'
        for href, title, date, excerpt in posts)
    return _el_widget("posts", f'<div class="elementor-posts-container elementor-posts elementor-posts--skin-classic elementor-grid">{arts}</div>')


def el_form(name: str, fields, submit: str, post_id: int, form_id: str = "") -> str:
    """Elementor Pro form: fields are (id, type, label, required[, options]); sent by admin-ajax."""
    form_id = form_id or _h(name, 7)
    out = []
    for field in fields:
        fid, ftype, label, required = field[:4]
        req = ' required="required" aria-required="true"' if required else ""
        group = (f'elementor-field-type-{ftype} elementor-field-group elementor-column elementor-field-group-{fid} elementor-col-100'
                 + (" elementor-field-required elementor-mark-required" if required else ""))
        if ftype == "textarea":
            ctl = (f'<textarea class="elementor-field-textual elementor-field  elementor-size-sm" name="form_fields[{fid}]" '
                   f'id="form-field-{fid}" rows="5"{req}></textarea>')
        elif ftype == "select":
            opts = "".join(f'<option value="{escape(o)}">{o}</option>' for o in field[4])
            ctl = (f'<div class="elementor-field elementor-select-wrapper remove-before "><select name="form_fields[{fid}]" '
                   f'id="form-field-{fid}" class="elementor-field-textual elementor-size-sm"{req}>{opts}</select></div>')
        elif ftype in ("radio", "checkbox"):
            opts = "".join(f'<span class="elementor-field-option"><input type="{ftype}" value="{escape(o)}" id="form-field-{fid}-{i}" '
                           f'name="form_fields[{fid}]{"[]" if ftype == "checkbox" else ""}"> <label for="form-field-{fid}-{i}">{o}</label></span>'
                           for i, o in enumerate(field[4]))
            ctl = f'<div class="elementor-field-subgroup  ">{opts}</div>'
        elif ftype == "acceptance":
            ctl = (f'<div class="elementor-field-subgroup"><span class="elementor-field-option"><input type="checkbox" name="form_fields[{fid}]" '
                   f'id="form-field-{fid}" class="elementor-field elementor-size-sm  elementor-acceptance-field"{req}> '
                   f'<label for="form-field-{fid}">{label}</label></span></div>')
            out.append(f'<div class="{group}">{ctl}</div>')
            continue
        else:
            ctl = (f'<input size="1" type="{ftype}" name="form_fields[{fid}]" id="form-field-{fid}" class="elementor-field elementor-size-sm  '
                   f'elementor-field-textual"{req}>')
        out.append(f'<div class="{group}"><label for="form-field-{fid}" class="elementor-field-label">{label}</label>{ctl}</div>')
    return _el_widget("form", (
        f'<form class="elementor-form" method="post" name="{escape(name)}" aria-label="{escape(name)}">'
        f'<input type="hidden" name="post_id" value="{post_id}"/><input type="hidden" name="form_id" value="{form_id}"/>'
        f'<input type="hidden" name="referer_title" value="{escape(name)}" /><input type="hidden" name="queried_id" value="{post_id}"/>'
        f'<div class="elementor-form-fields-wrapper elementor-labels-above">{"".join(out)}'
        f'<div class="elementor-field-group elementor-column elementor-field-type-submit elementor-col-100 e-form__buttons">'
        f'<button class="elementor-button elementor-size-sm" type="submit"><span class="elementor-button-content-wrapper">'
        f'<span class="elementor-button-text">{submit}</span></span></button></div></div></form>'))


# ---------------------------------------------------------------- WordPress: comments, polls, forms

def wp_comments(post_id: int, title: str, comments, open_=True) -> str:
    """Native WordPress comments: (id, author, date, text) and the respond form."""
    items = "".join(
        f'<li id="comment-{cid}" class="comment {"even" if i % 2 == 0 else "odd"} thread-{"even" if i % 2 == 0 else "odd"} depth-1">'
        f'<article id="div-comment-{cid}" class="comment-body"><footer class="comment-meta"><div class="comment-author vcard">'
        f'<b class="fn">{author}</b> <span class="says">dit :</span></div><div class="comment-metadata">'
        f'<a href="#comment-{cid}"><time datetime="{date[0]}">{date[1]}</time></a></div></footer>'
        f'<div class="comment-content"><p>{text}</p></div>'
        f'<div class="reply"><a rel="nofollow" class="comment-reply-link" href="#respond" data-commentid="{cid}" data-postid="{post_id}" '
        f'data-belowelement="div-comment-{cid}" data-respondelement="respond" aria-label="Répondre à {escape(author)}">Répondre</a></div></article></li>'
        for i, (cid, author, date, text) in enumerate(comments))
    count = len(comments)
    head = (f'<h2 class="comments-title">{count} réponse{"s" if count > 1 else ""} à « {title} »</h2><ol class="comment-list">{items}</ol>'
            if comments else "")
    if not open_:
        return f'<div id="comments" class="comments-area">{head}<p class="no-comments">Les commentaires sont fermés.</p></div>'
    form = (
        '<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Laisser un commentaire '
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
        '<p class="comment-form-cookies-consent"><input id="wp-comment-cookies-consent" name="wp-comment-cookies-consent" type="checkbox" value="yes" /> '
        '<label for="wp-comment-cookies-consent">Enregistrer mon nom et mon e-mail dans le navigateur pour mon prochain commentaire.</label></p>'
        '<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Laisser un commentaire" /> '
        f"<input type='hidden' name='comment_post_ID' value='{post_id}' id='comment_post_ID' />"
        "<input type='hidden' name='comment_parent' id='comment_parent' value='0' /></p></form></div>")
    return f'<div id="comments" class="comments-area">{head}{form}</div>'


def wp_polls(poll_id: int, question: str, answers) -> str:
    """WP-Polls in a sidebar widget, open for voting."""
    first = poll_id * 10
    lis = "".join(f'<li><input type="radio" id="poll-answer-{first + i}" name="poll_{poll_id}" value="{first + i}" /> '
                  f'<label for="poll-answer-{first + i}">{ans}</label></li>' for i, ans in enumerate(answers))
    return (f'<section id="polls-widget-2" class="widget widget_polls-widget"><h2 class="widget-title">Sondage</h2>'
            f'<div id="polls-{poll_id}" class="wp-polls"><form id="polls_form_{poll_id}" class="wp-polls-form" action="/index.php" method="post">'
            f'<p style="display: none;"><input type="hidden" id="poll_{poll_id}_nonce" name="wp-polls-nonce" value="{_h(question, 10)}" /></p>'
            f'<p style="display: none;"><input type="hidden" name="poll_id" value="{poll_id}" /></p>'
            f'<p style="text-align: center;"><strong>{question}</strong></p><div id="polls-{poll_id}-ans" class="wp-polls-ans">'
            f'<ul class="wp-polls-ul">{lis}</ul><p style="text-align: center;"><input type="button" name="vote" value="   Voter   " '
            f'class="Buttons" onclick="poll_vote({poll_id});" /></p><p style="text-align: center;"><a href="#ViewPollResults" '
            f'onclick="poll_result({poll_id}); return false;" title="Voir les résultats de ce sondage">Voir les résultats</a></p></div></form></div>'
            f'<div id="polls-{poll_id}-loading" class="wp-polls-loading"><img src="/wp-content/plugins/wp-polls/images/loading.gif" width="16" height="16" '
            f'alt="Chargement ..." title="Chargement ..." class="wp-polls-image" />&nbsp;Chargement ...</div></section>')


def wp_polls_results(poll_id: int, question: str, rows, total: int) -> str:
    """WP-Polls results of a closed poll: bars, no form."""
    lis = "".join(f'<li>{label} <small>({pct}%, {votes} votes)</small><div class="pollbar" style="width: {pct}%;" '
                  f'title="{escape(label)} ({pct}% | {votes} votes)"></div></li>' for label, pct, votes in rows)
    return (f'<div id="polls-{poll_id}" class="wp-polls"><p style="text-align: center;"><strong>{question}</strong></p>'
            f'<div id="polls-{poll_id}-ans" class="wp-polls-ans"><ul class="wp-polls-ul">{lis}</ul>'
            f'<p style="text-align: center;">Votants : <strong>{total}</strong></p><p style="text-align: center;">Ce sondage est clos.</p></div></div>')


def wpforms(form_id: int, action: str, fields, submit: str, upload=False) -> str:
    """WPForms: fields are (type, label, required[, options])."""
    out = []
    for i, field in enumerate(fields):
        ftype, label, required = field[:3]
        fid = f"wpforms-{form_id}-field_{i}"
        req = ' required' if required else ""
        star = ' <span class="wpforms-required-label">*</span>' if required else ""
        cls = "wpforms-field-large" + (" wpforms-field-required" if required else "")
        if ftype == "textarea":
            ctl = f'<textarea id="{fid}" class="wpforms-field-medium{" wpforms-field-required" if required else ""}" name="wpforms[fields][{i}]"{req}></textarea>'
        elif ftype == "select":
            ctl = (f'<select id="{fid}" class="{cls}" name="wpforms[fields][{i}]"{req}>'
                   + "".join(f'<option value="{escape(o)}">{o}</option>' for o in field[3]) + "</select>")
        elif ftype == "file-upload":
            ctl = f'<input type="file" id="{fid}" class="{cls}" name="wpforms_{form_id}_{i}" accept=".pdf,.doc,.docx"{req}>'
        elif ftype == "checkbox":
            ctl = ('<ul id="' + fid + '">' + "".join(
                f'<li class="choice-{j}"><input type="checkbox" id="{fid}_{j}" name="wpforms[fields][{i}][]" value="{escape(o)}"> '
                f'<label class="wpforms-field-label-inline" for="{fid}_{j}">{o}</label></li>' for j, o in enumerate(field[3])) + "</ul>")
        else:
            ctl = f'<input type="{ftype}" id="{fid}" class="{cls}" name="wpforms[fields][{i}]"{req}>'
        out.append(f'<div id="{fid}-container" class="wpforms-field wpforms-field-{ftype}" data-field-id="{i}">'
                   f'<label class="wpforms-field-label" for="{fid}">{label}{star}</label>{ctl}</div>')
    return (f'<div class="wpforms-container wpforms-container-full" id="wpforms-{form_id}"><form id="wpforms-form-{form_id}" '
            f'class="wpforms-validate wpforms-form wpforms-ajax-form" data-formid="{form_id}" method="post" '
            f'enctype="{"multipart/form-data" if upload else "application/x-www-form-urlencoded"}" action="{escape(action)}" '
            f'data-token="{_h(str(form_id) + action, 32)}"><noscript class="wpforms-error-noscript">Veuillez activer JavaScript dans votre '
            f'navigateur pour remplir ce formulaire.</noscript><div class="wpforms-field-container">{"".join(out)}</div>'
            f'<div class="wpforms-submit-container"><input type="hidden" name="wpforms[id]" value="{form_id}">'
            f'<input type="hidden" name="wpforms[post_id]" value="{_n(action, 100, 5000)}"><button type="submit" name="wpforms[submit]" '
            f'id="wpforms-submit-{form_id}" class="wpforms-submit" data-alt-text="Envoi en cours..." data-submit-text="{escape(submit)}" '
            f'aria-live="assertive" value="wpforms-submit">{submit}</button></div></form></div>')


def mailpoet(form_id: int, title: str) -> str:
    """MailPoet subscription form: an e-mail field and a button."""
    return (f'<div class="mailpoet_form_popup_overlay"></div><div id="mailpoet_form_{form_id}" class="mailpoet_form mailpoet_form_shortcode '
            f'mailpoet_form_position_ mailpoet_form_animation_"><form target="_self" method="post" '
            f'action="/wp-admin/admin-post.php?action=mailpoet_subscription_form" class="mailpoet_form mailpoet_form_form mailpoet_form_shortcode" novalidate '
            f'data-delay="" data-exit-intent-enabled="" data-font-family="" data-cookie-expiration-time=""><input type="hidden" name="data[form_id]" value="{form_id}" />'
            f'<input type="hidden" name="token" value="{_h(title, 10)}" /><input type="hidden" name="api_version" value="v1" />'
            f'<input type="hidden" name="endpoint" value="subscribers" /><input type="hidden" name="mailpoet_method" value="subscribe" />'
            f'<label class="mailpoet_hp_email_label" style="display: none !important;">Veuillez laisser ce champ vide<input type="email" name="data[email]"/></label>'
            f'<h2 class="mailpoet-heading">{title}</h2><div class="mailpoet_paragraph"><input type="email" autocomplete="email" class="mailpoet_text" '
            f'id="form_email_{form_id}" name="data[form_field_{_h(title, 12)}_email]" title="Adresse e-mail" value="" data-automation-id="form_email" '
            f'placeholder="Adresse e-mail *" aria-label="Adresse e-mail *" data-parsley-required="true" data-parsley-minlength="6" '
            f'data-parsley-maxlength="150" data-parsley-type-message="Cette valeur doit être un e-mail valide." /></div>'
            f'<div class="mailpoet_paragraph"><input type="submit" class="mailpoet_submit" value="Je m\'abonne" data-automation-id="subscribe-submit-button" />'
            f'<span class="mailpoet_form_loading"><span class="mailpoet_bounce1"></span><span class="mailpoet_bounce2"></span></span></div>'
            f'<div class="mailpoet_message"><p class="mailpoet_validate_success" style="display:none;">Vérifiez votre boite de réception pour confirmer votre abonnement.</p>'
            f'<p class="mailpoet_validate_error" style="display:none;"></p></div></form></div>')


def framaforms(slug: str, title: str, height=900) -> str:
    """A Framaforms form embedded in an iframe, as its 'Partager' tab gives it."""
    return (f'<iframe src="https://framaforms.org/{slug}" width="100%" height="{height}" border="0" style="border: none;" '
            f'title="{escape(title)}"></iframe><p class="embed-fallback">Le formulaire ne s\'affiche pas ? '
            f'<a href="https://framaforms.org/{slug}" target="_blank" rel="noopener">Ouvrir le questionnaire dans un nouvel onglet</a>.</p>')


# ---------------------------------------------------------------- WordPress + Divi

def divi_section(*rows, cls="") -> str:
    idx = _n("".join(rows)[:100], 0, 9)
    return f'<div class="et_pb_section et_pb_section_{idx} et_section_regular {cls}"><div class="et_pb_row et_pb_row_{idx}">' \
           f'<div class="et_pb_column et_pb_column_4_4 et_pb_column_{idx}  et_pb_css_mix_blend_mode_passthrough et-last-child">{"".join(rows)}</div></div></div>'


def divi_text(*paragraphs, heading="") -> str:
    idx = _n("".join(paragraphs)[:80], 0, 20)
    head = f"<h2>{heading}</h2>" if heading else ""
    return (f'<div class="et_pb_module et_pb_text et_pb_text_{idx}  et_pb_text_align_left et_pb_bg_layout_light">'
            f'<div class="et_pb_text_inner">{head}{p(*paragraphs)}</div></div>')


def divi_html(html: str) -> str:
    return f'<div class="et_pb_module et_pb_code et_pb_code_{_n(html[:80], 0, 9)}"><div class="et_pb_code_inner">{html}</div></div>'


def divi_button(label: str, href: str) -> str:
    return (f'<div class="et_pb_button_module_wrapper et_pb_button_0_wrapper  et_pb_module "><a class="et_pb_button et_pb_button_0 '
            f'et_pb_bg_layout_light" href="{escape(href)}">{label}</a></div>')


def divi_blurbs(items) -> str:
    """Divi blurbs as tiles: (href, title, text)."""
    return "".join(
        f'<div class="et_pb_module et_pb_blurb et_pb_blurb_{i}  et_pb_text_align_left  et_pb_blurb_position_top et_pb_bg_layout_light">'
        f'<div class="et_pb_blurb_content"><div class="et_pb_blurb_container"><h4 class="et_pb_module_header"><a href="{escape(href)}">{title}</a></h4>'
        f'<div class="et_pb_blurb_description"><p>{text}</p></div></div></div></div>' for i, (href, title, text) in enumerate(items))


def divi_blog(posts) -> str:
    arts = "".join(
        f'<article id="post-{_n(href, 1000, 9000)}" class="et_pb_post clearfix et_pb_blog_item_0_{i} post-{_n(href, 1000, 9000)} post type-post status-publish format-standard hentry category-actualites">'
        f'<h2 class="entry-title"><a href="{escape(href)}">{title}</a></h2><p class="post-meta"><span class="published">{date}</span></p>'
        f'<div class="post-content"><div class="post-content-inner"><p>{excerpt}</p></div><a href="{escape(href)}" class="more-link">lire plus</a></div></article>'
        for i, (href, title, date, excerpt) in enumerate(posts))
    return f'<div class="et_pb_module et_pb_blog_0 et_pb_blog_grid_wrapper clearfix"><div class="et_pb_blog_grid clearfix "><div class="et_pb_ajax_pagination_container">{arts}</div></div></div>'


def divi_contact(num: int, title: str, action: str, fields, submit="Envoyer") -> str:
    """Divi contact form module: fields are (original_id, label, type, required, half)."""
    out = []
    for i, (oid, label, ftype, required, half) in enumerate(fields):
        name = f"et_pb_contact_{oid}_{num}"
        req = "required" if required else "not_required"
        cls = f"et_pb_contact_field et_pb_contact_field_{i}{' et_pb_contact_field_half' if half else ''}{' et_pb_contact_field_last' if i == len(fields) - 1 else ''}"
        if ftype == "text":
            ctl = (f'<textarea name="{name}" id="{name}" class="et_pb_contact_message input" data-required_mark="{req}" '
                   f'data-field_type="text" data-original_id="{oid}" placeholder="{escape(label)}"></textarea>')
        else:
            ctl = (f'<input type="text" id="{name}" class="input" value="" name="{name}" data-required_mark="{req}" '
                   f'data-field_type="{ftype}" data-original_id="{oid}" placeholder="{escape(label)}">')
        out.append(f'<p class="{cls}" data-id="{oid}" data-type="{ftype}"><label for="{name}" class="et_pb_contact_form_label">{label}</label>{ctl}</p>')
    return (f'<div id="et_pb_contact_form_{num}" class="et_pb_module et_pb_contact_form_{num} et_pb_contact_form_container clearfix" data-form_unique_num="{num}" '
            f'data-form_unique_id="{_h(title, 8)}-{_h(action, 4)}"><h1 class="et_pb_contact_main_title">{title}</h1>'
            f'<div class="et-pb-contact-message"></div><div class="et_pb_contact"><form class="et_pb_contact_form clearfix" method="post" action="{escape(action)}">'
            f'{"".join(out)}<input type="hidden" value="et_contact_proccess" name="et_pb_contactform_submit_{num}"/>'
            f'<div class="et_contact_bottom_container"><div class="et_pb_contact_right"><p class="clearfix"><span class="et_pb_contact_captcha_question">4 + 9</span> = '
            f'<input type="text" size="2" class="input et_pb_contact_captcha" data-first_digit="4" data-second_digit="9" value="" name="et_pb_contact_captcha_{num}" '
            f'data-required_mark="required" autocomplete="off"></p></div><button type="submit" name="et_builder_submit_button" class="et_pb_contact_submit et_pb_button">{submit}</button></div>'
            f'<input type="hidden" id="_wpnonce-et-pb-contact-form-submitted-{num}" name="_wpnonce-et-pb-contact-form-submitted-{num}" value="{_h(title, 10)}" />'
            f'<input type="hidden" name="_wp_http_referer" value="{escape(action)}" /></form></div></div>')


def disqus(shortname: str, url: str, identifier: str) -> str:
    return (f'<div id="disqus_thread"></div><script>var disqus_config = function () {{ this.page.url = "{url}"; '
            f'this.page.identifier = "{identifier}"; }};(function() {{ var d = document, s = d.createElement("script"); '
            f's.src = "https://{shortname}.disqus.com/embed.js"; s.setAttribute("data-timestamp", +new Date()); '
            f'(d.head || d.body).appendChild(s); }})();</script><noscript>Veuillez activer JavaScript pour voir les '
            f'<a href="https://disqus.com/?ref_noscript" rel="nofollow">commentaires propulsés par Disqus.</a></noscript>')


def typeform(form_id: str, title: str) -> str:
    return (f'<div data-tf-live="{form_id}" data-tf-opacity="100" data-tf-iframe-props="title={escape(title)}" '
            f'data-tf-transitive-search-params data-tf-medium="snippet" style="width:100%;height:560px;"></div>'
            f'<script src="//embed.typeform.com/next/embed.js"></script>'
            f'<p><a href="https://form.typeform.com/to/{form_id}" target="_blank" rel="noopener">Répondre au questionnaire en plein écran</a></p>')


def mailchimp(u: str, list_id: str, server="us21") -> str:
    return (f'<div id="mc_embed_shell"><div id="mc_embed_signup"><form action="https://{_h(u, 8)}.{server}.list-manage.com/subscribe/post?u={u}&amp;id={list_id}&amp;f_id=00a1b2e1f0" '
            f'method="post" id="mc-embedded-subscribe-form" name="mc-embedded-subscribe-form" class="validate" target="_blank">'
            f'<div id="mc_embed_signup_scroll"><h2>Recevez la lettre d\'information</h2><div class="indicates-required"><span class="asterisk">*</span> champ obligatoire</div>'
            f'<div class="mc-field-group"><label for="mce-EMAIL">Adresse e-mail <span class="asterisk">*</span></label>'
            f'<input type="email" name="EMAIL" class="required email" id="mce-EMAIL" required="" value=""></div>'
            f'<div class="mc-field-group"><label for="mce-FNAME">Prénom </label><input type="text" name="FNAME" class=" text" id="mce-FNAME" value=""></div>'
            f'<div id="mce-responses" class="clear foot"><div class="response" id="mce-error-response" style="display: none;"></div>'
            f'<div class="response" id="mce-success-response" style="display: none;"></div></div>'
            f'<div aria-hidden="true" style="position: absolute; left: -5000px;"><input type="text" name="b_{u}_{list_id}" tabindex="-1" value=""></div>'
            f'<div class="optionalParent"><div class="clear foot"><input type="submit" name="subscribe" id="mc-embedded-subscribe" class="button" value="S\'inscrire"></div></div>'
            f'</div></form></div></div>')


def google_form_link(form_key: str, label: str) -> str:
    return (f'<p class="bouton-questionnaire"><a class="wp-block-button__link wp-element-button" '
            f'href="https://docs.google.com/forms/d/e/{form_key}/viewform?usp=sf_link" target="_blank" rel="noreferrer noopener">{label}</a></p>')


# ---------------------------------------------------------------- Drupal

def drupal_field(label: str, value: str, name: str) -> str:
    return (f'<div class="field field--name-field-{name} field--type-string field--label-inline clearfix">'
            f'<div class="field__label">{label}</div><div class="field__item">{value}</div></div>')


def _dfi(kind: str, name: str, label: str, ctl: str, required=False) -> str:
    sel = name.replace("_", "-").replace("[", "-").replace("]", "")
    req = " js-form-required form-required" if required else ""
    return (f'<div class="js-form-item form-item js-form-type-{kind} form-type-{kind} js-form-item-{sel} form-item-{sel}">'
            f'<label for="edit-{sel}" class="{req.strip()}">{label}</label>{ctl}</div>')


def webform(webform_id: str, action: str, fields, submit: str, node=0) -> str:
    """Drupal Webform: fields are (key, type, label, required[, options])."""
    suffix = f"_node_{node}" if node else ""
    form_id = f"webform_submission_{webform_id}{suffix}_add_form"
    dom_id = form_id.replace("_", "-")
    out = []
    for field in fields:
        key, ftype, label, required = field[:4]
        sel = key.replace("_", "-")
        req = ' required="required" aria-required="true"' if required else ""
        rcls = " required" if required else ""
        if ftype == "textarea":
            ctl = (f'<div class="form-textarea-wrapper"><textarea data-drupal-selector="edit-{sel}" id="edit-{sel}" name="{key}" rows="5" cols="60" '
                   f'class="form-textarea{rcls} resize-vertical"{req}></textarea></div>')
        elif ftype == "select":
            ctl = (f'<select data-drupal-selector="edit-{sel}" id="edit-{sel}" name="{key}" class="form-select{rcls}"{req}>'
                   f'<option value="" selected="selected">- Sélectionner -</option>'
                   + "".join(f'<option value="{escape(o)}">{o}</option>' for o in field[4]) + "</select>")
        elif ftype == "radios":
            ctl = (f'<div id="edit-{sel}" class="js-webform-radios webform-options-display-one-column form-radios">' + "".join(
                f'<div class="js-form-item form-item js-form-type-radio form-type-radio js-form-item-{sel} form-item-{sel}">'
                f'<input data-drupal-selector="edit-{sel}-{i}" type="radio" id="edit-{sel}-{i}" name="{key}" value="{escape(o)}" class="form-radio" />'
                f'<label for="edit-{sel}-{i}" class="option">{o}</label></div>' for i, o in enumerate(field[4])) + "</div>")
            out.append(f'<fieldset data-drupal-selector="edit-{sel}" class="radios--wrapper fieldgroup form-composite webform-composite-visible-title '
                       f'js-webform-type-radios webform-type-radios js-form-item form-item js-form-wrapper form-wrapper" id="edit-{sel}--wrapper">'
                       f'<legend><span class="fieldset-legend{" js-form-required form-required" if required else ""}">{label}</span></legend>'
                       f'<div class="fieldset-wrapper">{ctl}</div></fieldset>')
            continue
        elif ftype == "checkbox":
            out.append(f'<div class="js-form-item form-item js-form-type-checkbox form-type-checkbox js-form-item-{sel} form-item-{sel}">'
                       f'<input data-drupal-selector="edit-{sel}" type="checkbox" id="edit-{sel}" name="{key}" value="1" class="form-checkbox{rcls}"{req} />'
                       f'<label for="edit-{sel}" class="option{" js-form-required form-required" if required else ""}">{label}</label></div>')
            continue
        else:
            ctl = (f'<input data-drupal-selector="edit-{sel}" type="{ftype}" id="edit-{sel}" name="{key}" value="" size="60" maxlength="255" '
                   f'class="form-{"email" if ftype == "email" else "text"}{rcls}"{req} />')
        out.append(_dfi(ftype if ftype != "text" else "textfield", key, label, ctl, required))
    return (f'<form class="webform-submission-form webform-submission-add-form webform-submission-{webform_id.replace("_", "-")}-form '
            f'js-webform-details-toggle webform-details-toggle" data-drupal-selector="{dom_id}" action="{escape(action)}" method="post" '
            f'id="{dom_id}" accept-charset="UTF-8">{"".join(out)}'
            f'<div data-drupal-selector="edit-actions" class="form-actions webform-actions js-form-wrapper form-wrapper" id="edit-actions">'
            f'<input class="webform-button--submit button button--primary js-form-submit form-submit" data-drupal-selector="edit-actions-submit" '
            f'type="submit" id="edit-actions-submit" name="op" value="{escape(submit)}" /></div>'
            f'<input autocomplete="off" data-drupal-selector="form-{_h(form_id, 12)}" type="hidden" name="form_build_id" value="form-{_h(form_id + action, 32)}" />'
            f'<input data-drupal-selector="edit-{dom_id}" type="hidden" name="form_id" value="{form_id}" /></form>')


def drupal_comments(node: int, comments, form=True) -> str:
    """Drupal core comment module (Olivero-like markup): (cid, author, date, text)."""
    arts = "".join(
        f'<article data-comment-user-id="0" id="comment-{cid}" class="comment js-comment by-anonymous">'
        f'<mark class="hidden" data-comment-timestamp="{_n(str(cid), 1700000000, 9000000)}"></mark>'
        f'<footer class="comment__meta"><p class="comment__author"><span lang="">{author}</span></p>'
        f'<p class="comment__time">{date}</p></footer><div class="comment__content">'
        f'<div class="clearfix text-formatted field field--name-comment-body field--type-text-long field--label-hidden field__item"><p>{text}</p></div>'
        f'<ul class="links inline comment__links"><li class="comment-reply"><a href="#comment-form">Répondre</a></li></ul></div></article>'
        for cid, author, date, text in comments)
    head = f'<h2 class="comments__title">Commentaires</h2>{arts}' if comments else ""
    if not form:
        return f'<section class="comments" data-drupal-selector="comments">{head}</section>'
    return (f'<section class="comments" data-drupal-selector="comments">{head}<h2 class="comment-form__title">Ajouter un commentaire</h2>'
            f'<form class="comment-comment-form comment-form" data-drupal-selector="comment-form" action="/comment/reply/node/{node}/comment" '
            f'method="post" id="comment-form" accept-charset="UTF-8">'
            + _dfi("textfield", "name", "Votre nom", '<input data-drupal-selector="edit-name" type="text" id="edit-name" name="name" value="" size="30" maxlength="60" class="form-text" />')
            + _dfi("email", "mail", "Courriel", '<input data-drupal-selector="edit-mail" aria-describedby="edit-mail--description" type="email" id="edit-mail" name="mail" value="" size="30" maxlength="254" class="form-email" /><div id="edit-mail--description" class="form-item__description">Le contenu de ce champ est gardé privé et ne sera pas montré publiquement.</div>')
            + '<div class="field--type-text-long field--name-comment-body field--widget-text-textarea js-form-wrapper form-wrapper" '
              'data-drupal-selector="edit-comment-body-wrapper" id="edit-comment-body-wrapper"><div class="js-text-format-wrapper text-format-wrapper js-form-item form-item">'
            + _dfi("textarea", "comment_body[0][value]", "Commentaire",
                   '<div class="form-textarea-wrapper"><textarea class="js-text-full text-full form-textarea required resize-vertical" '
                   'data-drupal-selector="edit-comment-body-0-value" id="edit-comment-body-0-value" name="comment_body[0][value]" rows="5" cols="60" '
                   'placeholder="" required="required" aria-required="true"></textarea></div>', True)
            + '</div></div>'
            f'<input autocomplete="off" data-drupal-selector="form-{_h(str(node), 10)}" type="hidden" name="form_build_id" value="form-{_h(str(node) + "c", 32)}" />'
            '<input data-drupal-selector="edit-comment-comment-form" type="hidden" name="form_id" value="comment_comment_form" />'
            '<div data-drupal-selector="edit-actions" class="form-actions js-form-wrapper form-wrapper" id="edit-actions">'
            '<input data-drupal-selector="edit-submit" type="submit" id="edit-submit--2" name="op" value="Enregistrer" class="button button--primary js-form-submit form-submit" />'
            '<input data-drupal-selector="edit-preview" type="submit" id="edit-preview" name="op" value="Aperçu" class="button js-form-submit form-submit" /></div>'
            '</form></section>')


def drupal_poll(poll_id: int, question: str, choices, action: str) -> str:
    """The contributed Poll module's block: radios and a Vote button."""
    first = poll_id * 10
    radios = "".join(
        f'<div class="js-form-item form-item js-form-type-radio form-type-radio js-form-item-choice form-item-choice">'
        f'<input data-drupal-selector="edit-choice-{first + i}" type="radio" id="edit-choice-{first + i}" name="choice" value="{first + i}" class="form-radio" />'
        f'<label for="edit-choice-{first + i}" class="option">{c}</label></div>' for i, c in enumerate(choices))
    return (f'<div id="block-sondagedumois" class="block block-poll block-poll-recent-block"><h2>Le sondage du mois</h2>'
            f'<div class="poll"><form class="poll-view-form poll-view-form-{poll_id}" data-drupal-selector="poll-view-form-{poll_id}" '
            f'action="{escape(action)}" method="post" id="poll-view-form-{poll_id}" accept-charset="UTF-8"><div class="poll-question"><h3>{question}</h3></div>'
            f'<fieldset data-drupal-selector="edit-choice" id="edit-choice--wrapper" class="fieldgroup form-composite js-form-item form-item js-form-wrapper form-wrapper">'
            f'<legend><span class="visually-hidden fieldset-legend">Choix</span></legend><div class="fieldset-wrapper"><div id="edit-choice" class="form-radios">{radios}</div></div></fieldset>'
            f'<div data-drupal-selector="edit-actions" class="form-actions js-form-wrapper form-wrapper" id="edit-actions--2">'
            f'<input data-drupal-selector="edit-vote" type="submit" id="edit-vote" name="op" value="Voter" class="button js-form-submit form-submit" /></div>'
            f'<input data-drupal-selector="edit-poll-view-form-{poll_id}" type="hidden" name="form_id" value="poll_view_form_{poll_id}" /></form></div></div>')


def drupal_teasers(items) -> str:
    """A Views list of article teasers: (href, title, date, summary)."""
    rows = "".join(
        f'<div class="views-row"><article class="node node--type-article node--promoted node--view-mode-teaser">'
        f'<h3 class="node__title"><a href="{escape(href)}" rel="bookmark"><span class="field field--name-title">{title}</span></a></h3>'
        f'<div class="node__meta"><span class="field field--name-created"><time datetime="{date[0]}">{date[1]}</time></span></div>'
        f'<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item"><p>{summary}</p></div>'
        f'<ul class="links inline"><li class="node-readmore"><a href="{escape(href)}" rel="tag" hreflang="fr">Lire la suite<span class="visually-hidden"> de {escape(title)}</span></a></li></ul>'
        f'</article></div>' for href, title, date, summary in items)
    return f'<div class="views-element-container"><div class="view view-actualites view-id-actualites view-display-id-page_1"><div class="view-content">{rows}</div></div></div>'


def simplenews(newsletter: str) -> str:
    """Simplenews subscription block: an e-mail field."""
    return ('<div id="block-simplenews-subscription" class="block block-simplenews block-simplenews-subscription-block">'
            f'<h2>{newsletter}</h2><form class="simplenews-subscriptions-block-{_h(newsletter, 8)} simplenews-subscriber-form" '
            f'data-drupal-selector="simplenews-subscriptions-block-{_h(newsletter, 8)}" action="/newsletter/subscriptions" method="post" accept-charset="UTF-8">'
            '<div class="field--type-simplenews-subscription field--name-subscriptions field--widget-simplenews-subscription-select js-form-wrapper form-wrapper">'
            '<input data-drupal-selector="edit-subscriptions" type="hidden" name="subscriptions[default]" value="default" /></div>'
            + _dfi("email", "mail[0][value]", "Adresse e-mail", '<input data-drupal-selector="edit-mail-0-value" type="email" id="edit-mail-0-value" '
                   'name="mail[0][value]" value="" size="60" maxlength="254" class="form-email required" required="required" aria-required="true" />', True)
            + '<div data-drupal-selector="edit-actions" class="form-actions js-form-wrapper form-wrapper" id="edit-actions--3">'
              '<input data-drupal-selector="edit-subscribe" type="submit" id="edit-subscribe" name="op" value="S\'abonner" class="button js-form-submit form-submit" /></div>'
              '<input data-drupal-selector="edit-simplenews-subscriptions-block" type="hidden" name="form_id" value="simplenews_subscriptions_block" /></form></div>')


def paragraphs(*blocks) -> str:
    """Drupal Paragraphs: each block a (type, html)."""
    return "".join(f'<div class="paragraph paragraph--type--{t} paragraph--view-mode--default">{html}</div>' for t, html in blocks)


def accordion(items) -> str:
    return ('<div class="accordion">' + "".join(
        f'<details class="accordion__item"><summary class="accordion__title">{q}</summary><div class="accordion__content">{r}</div></details>'
        for q, r in items) + "</div>")


# ---------------------------------------------------------------- TYPO3

def t3_ce(uid: int, ctype: str, header: str, html: str) -> str:
    """A TYPO3 content element (fluid_styled_content / bootstrap_package frames)."""
    head = f'<header class="frame-header"><h2 class="element-header"><span>{header}</span></h2></header>' if header else ""
    return f'<div id="c{uid}" class="frame frame-default frame-type-{ctype} frame-layout-0 frame-background-none frame-space-before-none frame-space-after-none">' \
           f'<div class="frame-container"><div class="frame-inner">{head}{html}</div></div></div>'


def t3_news_list(items) -> str:
    """EXT:news list view: (href, title, date, teaser)."""
    arts = "".join(
        f'<div class="article articletype-0 topnews" itemscope="itemscope" itemtype="http://schema.org/Article">'
        f'<div class="header"><h3><a title="{escape(title)}" href="{escape(href)}"><span itemprop="headline">{title}</span></a></h3></div>'
        f'<div class="footer"><p><span class="news-list-date"><time itemprop="datePublished" datetime="{date[0]}">{date[1]}</time></span></p></div>'
        f'<div class="teaser-text"><div itemprop="description"><p>{teaser}</p></div>'
        f'<a class="more" title="{escape(title)}" href="{escape(href)}">Lire la suite</a></div></div>' for href, title, date, teaser in items)
    return f'<div class="news"><div class="news-list-view" id="news-container-{_n(arts[:50])}">{arts}</div></div>'


def t3_news_detail(date, html: str, category: str) -> str:
    return (f'<div class="news news-single"><div class="article" itemscope="itemscope" itemtype="http://schema.org/Article">'
            f'<div class="footer"><p><span class="news-list-date"><time itemprop="datePublished" datetime="{date[0]}">{date[1]}</time></span> '
            f'<span class="news-list-category">{category}</span></p></div><div class="news-text-wrap" itemprop="articleBody">{html}</div>'
            f'<div class="news-backlink-wrap"><a href="/actualites">Retour aux actualités</a></div></div></div>')


def powermail(form_uid: int, page_path: str, title: str, fields, submit="Envoyer") -> str:
    """EXT:powermail form: fields are (marker, type, label, required[, options])."""
    out = []
    for field in fields:
        marker, ftype, label, required = field[:4]
        req = ' required="required" aria-required="true" data-powermail-required-message="Ce champ doit être rempli !"' if required else ""
        star = '<span class="mandatory">*</span>' if required else ""
        name = f"tx_powermail_pi1[field][{marker}]"
        if ftype == "textarea":
            ctl = f'<textarea{req} rows="5" cols="20" class="powermail_textarea form-control " id="powermail_field_{marker}" name="{name}"></textarea>'
        elif ftype == "select":
            ctl = (f'<select{req} class="powermail_select form-control " id="powermail_field_{marker}" name="{name}"><option value="">Veuillez choisir</option>'
                   + "".join(f'<option value="{escape(o)}">{o}</option>' for o in field[4]) + "</select>")
        elif ftype == "file":
            ctl = f'<input type="file" id="powermail_field_{marker}" class="powermail_file form-control " name="{name}[]" accept=".jpg,.jpeg,.png" />'
        elif ftype == "check":
            ctl = (f'<div class="checkbox "><label><input type="checkbox" name="{name}[]" value="1" id="powermail_field_{marker}_1" '
                   f'class="powermail_checkbox powermail_checkbox_{_n(marker)}"{req} />{label}</label></div>')
        else:
            ctl = f'<input{req} class="powermail_input form-control " id="powermail_field_{marker}" type="{ftype}" name="{name}" value="" />'
        out.append(f'<div class="powermail_fieldwrap powermail_fieldwrap_type_{ftype} powermail_fieldwrap_{marker}  form-group">'
                   f'<label for="powermail_field_{marker}" class="control-label col-sm-2" title="">{label}{star}</label>'
                   f'<div class="col-sm-10">{ctl}</div></div>')
    ch = _h(page_path + title, 32)
    return (f'<div class="tx-powermail"><div class="container-fluid"><form data-powermail-validate="data-powermail-validate" data-parsley-trigger="change" '
            f'data-validate="html5" data-powermail-ajax="true" data-powermail-form="{form_uid}" name="field" enctype="multipart/form-data" method="post" '
            f'class="powermail_form powermail_form_{form_uid} nolabel " action="{page_path}?tx_powermail_pi1%5Baction%5D=checkCreate&amp;'
            f'tx_powermail_pi1%5Bcontroller%5D=Form&amp;cHash={ch}#c{form_uid * 7}"><div>'
            f'<input type="hidden" name="tx_powermail_pi1[__referrer][@extension]" value="Powermail" />'
            f'<input type="hidden" name="tx_powermail_pi1[__referrer][@controller]" value="Form" />'
            f'<input type="hidden" name="tx_powermail_pi1[__referrer][@action]" value="form" />'
            f'<input type="hidden" name="tx_powermail_pi1[__trustedProperties]" value="{_h(ch, 40)}" /></div>'
            f'<h3>{title}</h3><fieldset class="powermail_fieldset powermail_fieldset_{form_uid} ">{"".join(out)}'
            f'<div class="powermail_fieldwrap powermail_fieldwrap_type_submit  form-group"><div class="col-sm-10 col-sm-offset-2">'
            f'<input class="btn btn-primary" type="submit" value="{escape(submit)}" /></div></div></fieldset>'
            f'<input class="powermail_form_uid" type="hidden" name="tx_powermail_pi1[mail][form]" value="{form_uid}" /></form></div></div>')


def t3_form(identifier: str, page_path: str, fields, submit="Envoyer") -> str:
    """EXT:form (form framework): fields are (key, type, label, required[, options])."""
    out = []
    for field in fields:
        key, ftype, label, required = field[:4]
        name = f"tx_form_formframework[{identifier}][{key}]"
        req = ' required="required"' if required else ""
        star = '<span class="required">*</span>' if required else ""
        if ftype == "textarea":
            ctl = f'<textarea{req} class="xlarge form-control" id="{identifier}-{key}" name="{name}"></textarea>'
        elif ftype == "select":
            ctl = (f'<select{req} class="form-control" id="{identifier}-{key}" name="{name}">'
                   + "".join(f'<option value="{escape(o)}">{o}</option>' for o in field[4]) + "</select>")
        elif ftype == "radio":
            ctl = "".join(f'<div class="form-check"><label class="add-on form-check-label" for="{identifier}-{key}-{i}">'
                          f'<input{req} class="form-check-input" id="{identifier}-{key}-{i}" type="radio" name="{name}" value="{escape(o)}" />'
                          f'<span>{o}</span></label></div>' for i, o in enumerate(field[4]))
        else:
            ctl = f'<input{req} class="form-control" id="{identifier}-{key}" type="{ftype}" name="{name}" value="" />'
        out.append(f'<div class="form-group"><label class="control-label" for="{identifier}-{key}">{label}{star}</label>'
                   f'<div class="input"><div class="clearfix">{ctl}</div></div></div>')
    ch = _h(identifier + page_path, 32)
    return (f'<form enctype="multipart/form-data" method="post" id="{identifier}" action="{page_path}?tx_form_formframework%5Baction%5D=perform&amp;'
            f'tx_form_formframework%5Bcontroller%5D=FormFrontend&amp;cHash={ch}#{identifier}"><div>'
            f'<input type="hidden" name="tx_form_formframework[{identifier}][__state]" value="{_h(ch, 40)}" />'
            f'<input type="hidden" name="tx_form_formframework[__trustedProperties]" value="{_h(ch + "t", 40)}" /></div>'
            f'<div class="form-page" id="{identifier}-page-1">{"".join(out)}</div>'
            f'<div class="actions"><nav class="form-navigation"><div class="btn-toolbar" role="toolbar"><div class="btn-group" role="group">'
            f'<span class="btn-group next submit"><button class="btn btn-primary" type="submit" name="tx_form_formframework[{identifier}][__currentPage]" value="1">'
            f'{submit}</button></span></div></div></nav></div></form>')


def ms_forms(form_id: str, title: str) -> str:
    """A Microsoft Forms questionnaire embedded in an iframe."""
    return (f'<div class="embed embed-responsive"><iframe width="640px" height="780px" src="https://forms.office.com/Pages/ResponsePage.aspx?id={form_id}&amp;embed=true" '
            f'frameborder="0" marginwidth="0" marginheight="0" style="border: none; max-width:100%; max-height:100vh" allowfullscreen webkitallowfullscreen '
            f'mozallowfullscreen msallowfullscreen title="{escape(title)}"> </iframe></div>')


def t3_menu_cards(items) -> str:
    """A bootstrap_package menu of subpages as cards: (href, title, abstract)."""
    cards = "".join(f'<div class="card-menu-item"><div class="card"><div class="card-body"><h3 class="card-title">{title}</h3>'
                    f'<div class="card-text"><p>{abstract}</p></div></div><div class="card-footer"><a href="{escape(href)}" title="{escape(title)}" '
                    f'class="btn btn-primary">En savoir plus</a></div></div></div>' for href, title, abstract in items)
    return f'<div class="card-menu card-menu-align-left card-menu-columns-3">{cards}</div>'


# ---------------------------------------------------------------- Joomla

def joomla_blog(items) -> str:
    """com_content category blog: (href, title, date, intro)."""
    arts = "".join(
        f'<div class="com-content-category-blog__item blog-item" itemprop="blogPost" itemscope itemtype="https://schema.org/BlogPosting">'
        f'<div class="item-content"><div class="page-header"><h2 itemprop="name"><a href="{escape(href)}" itemprop="url">{title}</a></h2></div>'
        f'<dl class="article-info text-muted"><dt class="article-info-term">Détails</dt><dd class="published"><span class="icon-calendar icon-fw" aria-hidden="true"></span>'
        f'<time datetime="{date[0]}" itemprop="datePublished">Publication : {date[1]}</time></dd></dl><p>{intro}</p>'
        f'<p class="readmore"><a class="btn btn-secondary" href="{escape(href)}" aria-label="Lire la suite : {escape(title)}">'
        f'<span class="icon-chevron-right" aria-hidden="true"></span> Lire la suite : {title}</a></p></div></div>'
        for href, title, date, intro in items)
    return f'<div class="com-content-category-blog blog" itemscope itemtype="https://schema.org/Blog"><div class="com-content-category-blog__items blog-items ">{arts}</div></div>'


def joomla_contact(slug: str, action: str) -> str:
    """com_contact's e-mail form, as Joomla 4 writes it."""
    def group(fid, label, ctl, required=True):
        star = '<span class="star" aria-hidden="true">&#160;*</span>' if required else ""
        cls = ' class="required"' if required else ""
        return (f'<div class="control-group"><div class="control-label"><label id="jform_{fid}-lbl" for="jform_{fid}"'
                f'{cls}>{label}{star}</label></div><div class="controls">{ctl}</div></div>')
    return ('<div class="com-contact__form contact-form"><form id="contact-form" action="' + escape(action) + '" method="post" class="com-contact__form form-validate">'
            '<fieldset class="m-0"><legend>Envoyer un e-mail</legend>'
            '<div class="control-group field-spacer"><div class="control-label"><span class="spacer"><span class="before"></span><span class="text">'
            '<label id="jform_spacer-lbl"><strong class="red">*</strong> Champ requis</label></span><span class="after"></span></span></div></div>'
            + group("contact_name", "Nom", '<input type="text" name="jform[contact_name]" id="jform_contact_name" value="" class="form-control required" size="30" required>')
            + group("contact_email", "E-mail", '<input type="email" inputmode="email" name="jform[contact_email]" class="form-control validate-email required" id="jform_contact_email" value="" size="30" autocomplete="email" required>')
            + group("contact_emailmsg", "Objet", '<input type="text" name="jform[contact_subject]" id="jform_contact_emailmsg" value="" class="form-control required" size="60" required>')
            + group("contact_message", "Message", '<textarea name="jform[contact_message]" id="jform_contact_message" cols="50" rows="10" class="form-control required" required></textarea>')
            + group("contact_email_copy", "Recevoir une copie de ce courriel", '<input type="checkbox" name="jform[contact_email_copy]" id="jform_contact_email_copy" value="1" class="form-check-input">', False)
            + '</fieldset><div class="control-group"><div class="controls"><button class="btn btn-primary validate" type="submit">Envoyer</button>'
              '<input type="hidden" name="option" value="com_contact"><input type="hidden" name="task" value="contact.submit">'
              f'<input type="hidden" name="return" value=""><input type="hidden" name="id" value="{slug}">'
              f'<input type="hidden" name="{_h(slug, 32)}" value="1"></div></div></form></div>')


def rsform(form_id: int, action: str, fields, submit: str) -> str:
    """RSForm!Pro (Joomla): fields are (name, type, label, required[, options])."""
    out = []
    for field in fields:
        name, ftype, label, required = field[:4]
        star = '<strong class="formRequired">(*)</strong>' if required else ""
        if ftype == "textarea":
            ctl = f'<textarea cols="50" rows="5" name="form[{name}]" id="{name}" class="rsform-text-box form-control"></textarea>'
        elif ftype == "checkbox":
            ctl = (f'<div class="form-check"><input type="checkbox" name="form[{name}][]" value="oui" id="{name}0" class="rsform-checkbox form-check-input" />'
                   f'<label id="{name}0-lbl" for="{name}0" class="form-check-label">{field[4][0]}</label></div>')
        elif ftype == "select":
            ctl = (f'<select name="form[{name}][]" id="{name}" class="rsform-select-box form-select">'
                   + "".join(f'<option value="{escape(o)}">{o}</option>' for o in field[4]) + "</select>")
        else:
            ctl = f'<input type="{ftype}" value="" size="20" name="form[{name}]" id="{name}" class="rsform-input-box form-control" />'
        out.append(f'<div class="mb-3 rsform-block rsform-block-{name.lower()}"><label class="form-label formControlLabel" for="{name}">{label}{star}</label>'
                   f'<div class="formControls">{ctl}<span class="formValidation"><span id="component{_n(name, 10, 90)}" class="formNoError">Champ invalide</span></span></div></div>')
    return (f'<form method="post" id="userForm" enctype="multipart/form-data" action="{escape(action)}"><div id="rsform_{form_id}_page_0">{"".join(out)}'
            f'<div class="mb-3 rsform-block rsform-block-envoyer"><div class="formControls"><button type="submit" name="form[Envoyer]" id="Envoyer" '
            f'class="rsform-submit-button  btn btn-primary" >{submit}</button></div></div></div>'
            f'<input type="hidden" name="form[formId]" value="{form_id}"/><input type="hidden" name="{_h(action, 32)}" value="1" /></form>')


def acymailing(module: int) -> str:
    name = f"formAcym{_n(str(module), 10000, 89999)}"
    return (f'<div class="acym_module " id="acym_module_{name}"><div class="acym_fulldiv" id="acym_fulldiv_{name}" >'
            f'<form enctype="multipart/form-data" id="{name}" name="{name}" method="POST" action="/index.php?option=com_acym&amp;ctrl=frontusers&amp;tmpl=component" '
            f'onsubmit="return submitAcymForm(\'subscribe\',\'{name}\', \'acymSubmitSubForm\')"><div class="acym_module_form"><div class="acym_introtext">'
            f'Recevez chaque mois l\'essentiel de l\'actualité municipale.</div><div class="acym_form"><div class="onefield fieldacy2 acyfield_text" id="field_2">'
            f'<input name="user[email]" id="email_field_{module}" placeholder="Adresse e-mail" value="" required type="email" class="cell acym__user__edit__email  "></div></div>'
            f'<p class="acysubbuttons"><noscript>Veuillez activer le javascript sur cette page pour pouvoir valider le formulaire</noscript>'
            f'<input type="button" class="btn btn-primary button subbutton" value="S\'abonner" name="Submit" onclick="try{{ return submitAcymForm(\'subscribe\',\'{name}\', \'acymSubmitSubForm\'); }}catch(err){{alert(\'The form could not be submitted \'+err);return false;}}"/></p></div>'
            f'<input type="hidden" name="ctrl" value="frontusers"/><input type="hidden" name="task" value="notask"/><input type="hidden" name="option" value="com_acym"/>'
            f'<input type="hidden" name="ajax" value="1"/><input type="hidden" name="successmode" value="replace"/><input type="hidden" name="acy_source" value="Module n°{module}" />'
            f'<input type="hidden" name="hiddenlists" value="1"/><input type="hidden" name="acyformname" value="{name}" /></form></div></div>')


def tally(form_id: str, title: str, height=420) -> str:
    """A Tally form embedded with its loader script."""
    return (f'<iframe data-tally-src="https://tally.so/embed/{form_id}?alignLeft=1&amp;hideTitle=1&amp;transparentBackground=1&amp;dynamicHeight=1" '
            f'loading="lazy" width="100%" height="{height}" frameborder="0" marginheight="0" marginwidth="0" title="{escape(title)}"></iframe>'
            '<script>var d=document,w="https://tally.so/widgets/embed.js",v=function(){"undefined"!=typeof Tally?Tally.loadEmbeds():'
            'd.querySelectorAll("iframe[data-tally-src]:not([src])").forEach((function(e){e.src=e.dataset.tallySrc}))};'
            'if("undefined"!=typeof Tally)v();else if(d.querySelector(\'script[src="\'+w+\'"]\')==null){var s=d.createElement("script");'
            's.src=w,s.onload=v,s.onerror=v,d.body.appendChild(s);}</script>')


# ---------------------------------------------------------------- SPIP

def spip_list(items, cls="liste-articles") -> str:
    """A SPIP loop of articles: (href, title, date, intro)."""
    lis = "".join(f'<li class="item"><h3 class="h3 titre"><a href="{escape(href)}">{title}</a></h3>'
                  f'<p class="info-publi"><abbr class="published" title="{date[0]}">{date[1]}</abbr></p>'
                  f'<div class="introduction">{intro}</div></li>' for href, title, date, intro in items)
    return f'<div class="menu {cls}"><ul class="liste-items">{lis}</ul></div>'


def spip_forum(article: int, messages, form=True) -> str:
    """Forum of a SPIP article (public comments): (id, title, author, date, text) and formulaire_forum."""
    fil = "".join(
        f'<li class="forum-fil"><div class="forum-message"><div class="forum-chapo"><strong class="forum-titre">'
        f'<a href="#forum{fid}" name="forum{fid}" id="forum{fid}">{title}</a></strong>'
        f'<small>{date}, par <span class="vcard author"><span class="fn">{author}</span></span></small></div>'
        f'<div class="forum-texte"><p>{text}</p><p class="repondre"><a href="#formulaire_forum" rel="noindex nofollow">Répondre à ce message</a></p></div></div></li>'
        for fid, title, author, date, text in messages)
    head = (f'<div class="forum-repondre"><h2 class="h2">{len(messages)} message{"s" if len(messages) > 1 else ""}</h2></div>'
            f'<div class="forum-fil"><ul class="forum">{fil}</ul></div>' if messages else "")
    if not form:
        return f'<div class="forum-public">{head}</div>'
    sig = _h(str(article), 24)
    return (f'<div class="forum-public">{head}<div class="formulaire_spip formulaire_forum ajax" id="formulaire_forum">'
            f'<h2 class="h2">Un message, un commentaire ?</h2><form action="spip.php?article{article}#formulaire_forum" method="post" enctype="multipart/form-data">'
            f'<div><input name="formulaire_action" type="hidden" value="forum"><input name="formulaire_action_args" type="hidden" value="{sig}">'
            f'<input name="formulaire_action_sign" type="hidden" value="{_h(sig, 12)}"><input type="hidden" name="id_article" value="{article}" />'
            '<input type="hidden" name="id_forum" value="" /><input type="hidden" name="arg" value="" /><input type="hidden" name="hash" value="" />'
            '<input type="hidden" name="verif_" value="ok" /><input type="hidden" name="ajouter_document" value="" /></div>'
            '<fieldset class="saisie_qui"><legend>Qui êtes-vous ?</legend><div class="editer-groupe">'
            '<div class="editer saisie_session_nom"><label for="session_nom">Votre nom</label><input type="text" class="text" name="session_nom" id="session_nom" value="" size="40" autocapitalize="off" autocorrect="off" /></div>'
            '<div class="editer saisie_session_email"><label for="session_email">Votre adresse email</label><input type="email" class="text email" name="session_email" id="session_email" value="" size="40" autocapitalize="off" autocorrect="off" /></div>'
            '</div></fieldset><fieldset><legend>Votre message</legend><p class="explication">Pour créer des paragraphes, laissez simplement des lignes vides.</p>'
            '<div class="editer-groupe"><div class="editer saisie_titre obligatoire"><label for="titre_forum">Titre (obligatoire)</label>'
            '<input type="text" class="text" name="titre" id="titre_forum" value="" size="60" /></div>'
            '<div class="editer saisie_texte obligatoire"><label for="texte_forum">Texte de votre message (obligatoire)</label>'
            '<textarea name="texte" id="texte_forum" rows="10" cols="40" class="inserer_barre_forum"></textarea></div></div></fieldset>'
            '<p style="display:none;"><label for="nobot_forum">Veuillez laisser ce champ vide :</label><input type="text" class="text" name="nobot" id="nobot_forum" value="" size="10" /></p>'
            '<p class="boutons"><input type="submit" class="submit" name="previsualiser_message" value="Prévisualiser" /></p></form></div></div>')


def formidable(identifier: str, article: int, fields, submit="Envoyer") -> str:
    """SPIP plugin Formidable: fields are (name, type, label, required[, options])."""
    out = []
    for field in fields:
        name, ftype, label, required = field[:4]
        ob = " obligatoire" if required else ""
        req = ' required="required"' if required else ""
        if ftype == "textarea":
            ctl = f'<textarea name="{name}" class="textarea" id="champ_{name}" rows="10" cols="40"{req}></textarea>'
        elif ftype == "radio":
            ctl = "".join(f'<div class="choix choix_{i}"><input type="radio" name="{name}" class="radio" id="champ_{name}_{i}" value="{escape(o)}"{req} />'
                          f'<label for="champ_{name}_{i}">{o}</label></div>' for i, o in enumerate(field[4]))
        elif ftype == "checkbox":
            ctl = "".join(f'<div class="choix choix_{i}"><input type="checkbox" name="{name}[]" class="checkbox" id="champ_{name}_{i}" value="{escape(o)}" />'
                          f'<label for="champ_{name}_{i}">{o}</label></div>' for i, o in enumerate(field[4]))
        else:
            ctl = f'<input type="{ftype}" name="{name}" class="text{" email" if ftype == "email" else ""}" id="champ_{name}" value=""{req} />'
        saisie = {"textarea": "textarea", "radio": "radio", "checkbox": "checkbox", "email": "email"}.get(ftype, "input")
        mark = '<span class="obligatoire"> (obligatoire)</span>' if required else ""
        out.append(f'<div class="editer editer_{name}{ob} saisie_{saisie}"><label class="editer-label" for="champ_{name}">{label}'
                   f'{mark}</label>{ctl}</div>')
    sig = _h(identifier + str(article), 24)
    return (f'<div class="formulaire_spip formulaire_formidable formulaire_formidable_{identifier}" id="formulaire_formidable_{identifier}">'
            f'<form method="post" action="spip.php?article{article}#formulaire_formidable_{identifier}" enctype="multipart/form-data"><div>'
            f'<input name="formulaire_action" type="hidden" value="formidable"><input name="formulaire_action_args" type="hidden" value="{sig}">'
            f'<input name="formulaire_action_sign" type="hidden" value="{_h(sig, 12)}"><input type="hidden" name="formidable_afficher_apres" value="" /></div>'
            f'<div class="editer-groupe">{"".join(out)}</div><p style="display:none;"><label for="nobot_formidable">Veuillez laisser ce champ vide :</label>'
            f'<input type="text" class="text" name="nobot" id="nobot_formidable" value="" size="10" /></p>'
            f'<p class="boutons"><input type="submit" class="submit" value="{escape(submit)}" /></p></form></div>')


def spip_newsletter(article: int) -> str:
    """Plugin Newsletters (mailsubscribers): formulaire_newsletter_subscribe."""
    sig = _h(f"nl{article}", 24)
    return (f'<div class="formulaire_spip formulaire_newsletter_subscribe" id="formulaire_newsletter_subscribe">'
            f'<form method="post" action="spip.php?article{article}#formulaire_newsletter_subscribe"><div>'
            f'<input name="formulaire_action" type="hidden" value="newsletter_subscribe"><input name="formulaire_action_args" type="hidden" value="{sig}">'
            f'<input name="formulaire_action_sign" type="hidden" value="{_h(sig, 12)}"></div><div class="editer-groupe">'
            '<div class="editer editer_session_email obligatoire"><label for="session_email_nl">Votre adresse email</label>'
            '<input type="email" name="session_email" class="text email" id="session_email_nl" value="" required="required" /></div></div>'
            '<p class="boutons"><input type="submit" class="submit" value="S\'inscrire" /></p></form></div>')


# ---------------------------------------------------------------- Vendor CMS (RGAA-minded municipal software)

def v_section(title: str, html: str, mod="") -> str:
    return f'<section class="section section--{mod or "default"}"><h2 class="section__title">{title}</h2><div class="section__content">{html}</div></section>'


def v_cards(items) -> str:
    """Vendor list cards: (href, title, category, date, teaser)."""
    lis = "".join(f'<li class="list__item"><article class="news-item"><div class="news-item__content"><p class="news-item__category">{cat}</p>'
                  f'<h3 class="news-item__title"><a class="news-item__link" href="{escape(href)}">{title}</a></h3>'
                  f'<p class="news-item__teaser">{teaser}</p><p class="news-item__date"><time datetime="{date[0]}">{date[1]}</time></p></div></article></li>'
                  for href, title, cat, date, teaser in items)
    return f'<ul class="list list--news">{lis}</ul>'


def v_tiles(items) -> str:
    """Quick access tiles: (href, label)."""
    return ('<nav class="quick-access" aria-label="Accès rapides"><ul class="quick-access__list">' + "".join(
        f'<li class="quick-access__item"><a class="quick-access__link" href="{escape(href)}"><span class="quick-access__icon" aria-hidden="true"></span>'
        f'<span class="quick-access__label">{label}</span></a></li>' for href, label in items) + "</ul></nav>")


def v_useful(page_id: int) -> str:
    """The 'was this page useful?' rating at the foot of every page (not a survey)."""
    return (f'<div class="page-rating" data-page-id="{page_id}"><form class="page-rating__form" action="/page-rating/{page_id}" method="post">'
            '<fieldset><legend class="page-rating__title">Cette page vous a-t-elle été utile ?</legend>'
            f'<input type="radio" id="rating-yes-{page_id}" name="useful" value="1"><label for="rating-yes-{page_id}">Oui</label>'
            f'<input type="radio" id="rating-no-{page_id}" name="useful" value="0"><label for="rating-no-{page_id}">Non</label></fieldset>'
            '<button type="submit" class="btn btn--small">Valider</button></form></div>')


def v_infos(*rows) -> str:
    return ('<div class="infos-pratiques"><h2 class="infos-pratiques__title">Infos pratiques</h2><dl>'
            + "".join(f"<dt>{k}</dt><dd>{v}</dd>" for k, v in rows) + "</dl></div>")


def v_steps(items) -> str:
    return ('<ol class="timeline">' + "".join(f'<li class="timeline__item"><p class="timeline__date">{d}</p><p class="timeline__text">{t}</p></li>'
                                               for d, t in items) + "</ol>")


def brevo(form_key: str) -> str:
    """A Brevo (ex-Sendinblue) subscription form pasted in the page."""
    return (f'<div class="sib-form" style="text-align: center;"><div id="sib-form-container" class="sib-form-container">'
            f'<div id="sib-container" class="sib-container--large sib-container--vertical"><form id="sib-form" method="POST" '
            f'action="https://{_h(form_key, 6)}.sibforms.com/serve/{form_key}" data-type="subscription">'
            '<div><div class="sib-form-block"><p>Lettre d\'information municipale</p></div></div>'
            '<div><div class="sib-input sib-form-block"><div class="form__entry entry_block"><div class="form__label-row ">'
            '<label class="entry__label" for="EMAIL" data-required="*">Votre adresse e-mail</label><div class="entry__field">'
            '<input class="input " type="text" id="EMAIL" name="EMAIL" autocomplete="off" placeholder="EMAIL" data-required="true" required /></div></div></div></div></div>'
            '<div><div class="sib-form-block"><button class="sib-form-block__button sib-form-block__button-with-loader" form="sib-form" type="submit">'
            'S\'inscrire</button></div></div><input type="text" name="email_address_check" value="" class="input--hidden">'
            '<input type="hidden" name="locale" value="fr"></form></div></div></div>')


# ---------------------------------------------------------------- Publik (w.c.s. forms, combo cells)

def wcs_form(slug: str, title: str, fields, submit="Valider", intro="") -> str:
    """A w.c.s. form page: fields are (n, widget, label, required[, options])."""
    out = []
    for field in fields:
        num, widget, label, required = field[:4]
        star = '<span title="Ce champ est obligatoire." class="required">*</span>' if required else ""
        aria = ' aria-required="true"' if required else ""
        if widget == "TextWidget":
            ctl = f'<textarea name="f{num}" id="form_f{num}" cols="72" rows="8"{aria}></textarea>'
        elif widget == "SingleSelectWidget":
            ctl = (f'<select name="f{num}" id="form_f{num}"{aria}><option value="">---</option>'
                   + "".join(f'<option value="{escape(o)}">{o}</option>' for o in field[4]) + "</select>")
        elif widget == "EmailWidget":
            ctl = f'<input type="email" name="f{num}" id="form_f{num}" value="" size="35" autocomplete="email"{aria}>'
        elif widget == "FileWithPreviewWidget":
            ctl = f'<input type="file" name="f{num}$file" id="form_f{num}" class="file-upload" data-max-file-size="10000000" accept="image/*">'
        elif widget == "CheckboxWidget":
            ctl = f'<label><input type="checkbox" name="f{num}" id="form_f{num}" value="yes"{aria}><span>{label}</span></label>'
        elif widget == "DateWidget":
            ctl = f'<input type="date" name="f{num}" id="form_f{num}" value=""{aria}>'
        else:
            ctl = f'<input type="text" name="f{num}" id="form_f{num}" value="" size="35"{aria}>'
        req = " widget-required" if required else " widget-optional"
        out.append(f'<div class="widget {widget} template-default{req}" data-field-id="{num}" data-widget-name="f{num}" id="var_{slug}_{num}">'
                   f'<div class="title{" widget-title" if widget != "CheckboxWidget" else ""}"><label for="form_f{num}">{label}{star}</label></div>'
                   f'<div class="content">{ctl}</div></div>')
    intro_html = f'<div class="form-comment">{intro}</div>' if intro else ""
    return (f'<div id="steps"><ol><li class="current"><span class="marker">1</span> <span class="label">Remplissage</span></li>'
            f'<li><span class="marker">2</span> <span class="label">Validation</span></li></ol></div>'
            f'<form action="/{slug}/" method="post" class="quixote" enctype="multipart/form-data" novalidate="novalidate" data-live-url="/{slug}/live" '
            f'data-has-draft="yes"><input type="hidden" name="_form_id" value="{_h(slug, 8)}"><input type="hidden" name="_ajax_form_token" value="{_h(slug + title, 32)}">'
            f'<h2>{title}</h2>{intro_html}<div class="form-content"><div class="page">{"".join(out)}</div></div>'
            f'<div class="buttons"><div class="submit-button"><button name="submit" class="submit-button" value="{escape(submit)}">{submit}</button></div>'
            f'<div class="cancel-button"><button name="cancel" class="cancel-button" formnovalidate value="Abandonner">Abandonner</button></div></div></form>')


def combo_links(title: str, items) -> str:
    """A combo 'list of links' cell: (href, label, description)."""
    lis = "".join(f'<li class="link-{_h(href, 4)}"><a href="{escape(href)}">{label}</a><span class="description">{desc}</span></li>'
                  for href, label, desc in items)
    return f'<div class="cell link-list-cell"><div><h2>{title}</h2><ul>{lis}</ul></div></div>'


def combo_text(html: str) -> str:
    return f'<div class="cell text-cell"><div>{html}</div></div>'


# ---------------------------------------------------------------- Decidim

def decidim_cards(items, kind="processes") -> str:
    """Card grid of processes or assemblies: (href, title, summary, status)."""
    cards = "".join(f'<a href="{escape(href)}" class="card__grid"><div class="card__grid-img"><img src="/rails/active_storage/representations/{_h(href, 12)}/banner.jpg" alt=""></div>'
                    f'<div class="card__grid-text"><h3 class="h4 text-secondary">{title}</h3><div class="card__grid-text-summary">{summary}</div></div>'
                    f'<div class="card__grid-metadata"><div class="card__grid-metadata-item"><span class="label">{status}</span></div></div></a>'
                    for href, title, summary, status in items)
    return f'<div id="{kind}-grid" class="card__grid-list">{cards}</div>'


def decidim_process_header(title: str, subtitle: str, phase: str, components) -> str:
    links = "".join(f'<li><a href="{escape(href)}" class="process-nav__link">{label}</a></li>' for href, label in components)
    return (f'<section class="layout-main__section"><div class="process__hero"><p class="process__hero-subtitle">{subtitle}</p>'
            f'<div class="process__hero-phase"><span>Phase actuelle :</span> <strong>{phase}</strong></div></div>'
            f'<nav class="process-nav" aria-label="Composants de {escape(title)}"><ul>{links}</ul></nav></section>')


def decidim_proposals(items, new_href="") -> str:
    """A proposals list: (href, title, author, supports, comments, state)."""
    cards = "".join(f'<a href="{escape(href)}" class="card__list" id="proposals__proposal_{_n(href, 100, 900)}"><div class="card__list-content">'
                    f'<h3 class="h4 card__list-title">{title}</h3><div class="card__list-metadata"><span class="author__name">{author}</span>'
                    f'<span class="card__list-metadata-item">{supports} soutiens</span><span class="card__list-metadata-item">{comments} commentaires</span>'
                    f'<span class="label {"success" if state == "Retenu" else ""}">{state}</span></div></div></a>'
                    for href, title, author, supports, comments, state in items)
    new = (f'<div class="layout-aside__ctas-buttons"><a class="button button__xl button__secondary w-full" href="{escape(new_href)}">'
           f'Déposer une proposition</a></div>' if new_href else "")
    return f'{new}<div id="proposals" class="card__list-list">{cards}</div>'


def decidim_comments(resource: str, rid: int, comments, can_comment=True) -> str:
    """Decidim comments: (id, author, date, text, votes_up); adding one asks to sign in."""
    threads = "".join(
        f'<div class="comment-thread"><div id="comment_{cid}" class="comment" data-comment-id="{cid}"><div class="comment__header">'
        f'<div class="author"><span class="author__avatar"><img src="/decidim-packs/media/images/default-avatar-aaa9e55ac402a2b0.svg" alt="Avatar : {escape(author)}"></span>'
        f'<span class="author__name">{author}</span></div><span class="comment__date">{date}</span></div>'
        f'<div class="comment__content"><div class="editor-content"><p>{text}</p></div></div>'
        f'<div class="comment__footer"><div class="comment__votes"><button class="button button__sm button__text-secondary js-comment__votes--up" '
        f'title="Je suis d\'accord avec ce commentaire" disabled><span>{up}</span></button></div></div></div></div>'
        for cid, author, date, text, up in comments)
    data = ('{"singleComment":false,"toggleTranslations":false,"commentableGid":"' + _h(resource + str(rid), 24)
            + f'","commentsUrl":"/comments","rootDepth":0,"order":"older","lastCommentId":{comments[-1][0] if comments else 0}}}')
    add = ('<div class="add-comment"><p>Connectez-vous avec votre compte ou inscrivez-vous pour ajouter votre commentaire.</p>'
           '<a class="button button__sm button__secondary" href="/users/sign_in">Se connecter</a></div>' if can_comment else
           '<div class="callout warning"><p>Les commentaires sont désactivés pour le moment.</p></div>')
    return (f'<section class="layout-main__section"><div id="comments-for-{resource}-{rid}" class="comments" data-decidim-comments=\'{data}\'>'
            f'<div class="comments__header"><h2 class="h4"><span class="comments-count">{len(comments)} commentaires</span></h2></div>'
            f'<div class="comment-threads">{threads}</div>{add}</div></section>')


def decidim_survey(action: str, questions) -> str:
    """A Decidim survey (questionnaire): (question, kind, options)."""
    qs = []
    for i, (q, kind, options) in enumerate(questions):
        if kind == "long_answer":
            ctl = f'<textarea name="questionnaire[responses][{i}][body]" id="questionnaire_responses_{i}" rows="5" maxlength="1000"></textarea>'
        else:
            typ = "radio" if kind == "single_option" else "checkbox"
            ctl = "".join(f'<div class="answer-questionnaire__option"><label><input type="{typ}" name="questionnaire[responses][{i}][choices][][answer_option_id]" '
                          f'value="{_n(q + o)}"> {o}</label></div>' for o in options)
        qs.append(f'<div class="answer-questionnaire__question" data-max-choices=""><div class="answer-questionnaire__question-label">'
                  f'<span>{i + 1}. {q}</span></div>{ctl}</div>')
    return (f'<form class="answer-questionnaire" id="answer-questionnaire" action="{escape(action)}" accept-charset="UTF-8" method="post">'
            f'<input type="hidden" name="authenticity_token" value="{_h(action, 40)}" autocomplete="off" />'
            f'<div class="answer-questionnaire__step">{"".join(qs)}</div>'
            '<div class="answer-questionnaire__tos"><label><input type="checkbox" name="questionnaire[tos_agreement]" value="1"> '
            'J\'accepte les conditions d\'utilisation de cette enquête</label></div>'
            '<div class="answer-questionnaire__submit"><button type="submit" class="button button__lg button__secondary" '
            'data-confirm="Une fois envoyées, vos réponses ne pourront plus être modifiées.">Envoyer</button></div></form>')


def decidim_budget(budget_total: str, projects) -> str:
    """Decidim budgets: a vote with a progress bar; (href, title, amount)."""
    items = "".join(f'<div class="budget-list__item" id="project-{_n(href)}-item"><div class="budget-list__text"><a href="{escape(href)}" class="budget-list__title">{title}</a>'
                    f'<div class="budget-list__number"><span>Budget</span> <strong>{amount}</strong></div></div>'
                    f'<div class="budget-list__action"><button class="button button__sm button__transparent-secondary" data-add="true" '
                    f'aria-label="Ajouter ce projet à votre vote">Ajouter</button></div></div>' for href, title, amount in projects)
    return (f'<div class="budget-summary" data-safe-url="/processes" id="budget-summary"><div class="budget-summary__progressbar">'
            f'<p>Vous avez choisi <strong>0 €</strong> sur <strong>{budget_total}</strong>. Sélectionnez les projets que vous souhaitez voir réalisés, '
            f'puis confirmez votre vote.</p><progress max="100" value="0" class="budget-summary__progressbar--meter"></progress></div>'
            f'<button class="button button__sm button__secondary" disabled>Voter</button></div><div class="budget-list">{items}</div>')


def decidim_meetings(items) -> str:
    """Meetings list: (date, title, place)."""
    cards = "".join(f'<div class="card__list"><div class="card__calendar"><span class="card__calendar-day">{d}</span></div>'
                    f'<div class="card__list-content"><h3 class="h4 card__list-title">{t}</h3><div class="card__list-metadata">'
                    f'<span>{place}</span><span>Rencontre en présentiel</span></div></div></div>' for d, t, place in items)
    return f'<div id="meetings" class="card__list-list">{cards}</div>'


# ---------------------------------------------------------------- CONSUL Democracy

def consul_debates(items) -> str:
    """Debates list: (href, title, author, date, comments, summary)."""
    arts = "".join(f'<div id="debate_{_n(href)}" class="debate clear" data-type="debate"><div class="panel"><div class="row"><div class="small-12 medium-9 column">'
                   f'<div class="debate-content"><h3><a href="{escape(href)}">{title}</a></h3><p class="debate-info"><span class="icon-comments"></span>&nbsp;'
                   f'<a href="{escape(href)}#comments">{n} commentaires</a>&nbsp;&bull;&nbsp;{date}&nbsp;&bull;&nbsp;<span class="author">{author}</span></p>'
                   f'<div class="debate-description"><p>{summary}</p></div></div></div></div></div></div>' for href, title, author, date, n, summary in items)
    return f'<div class="debates-list"><a class="button expanded" href="/users/sign_in" title="Connectez-vous pour ouvrir un débat">Ouvrir un débat</a><section role="feed">{arts}</section></div>'


def consul_comments(commentable: str, cid: int, comments) -> str:
    """CONSUL comments: (id, author, date, text); the form asks to sign in."""
    items = "".join(f'<div id="comment_{i}" class="comment small-12"><div class="comment-body"><div class="comment-info">'
                    f'<span class="user-name">{author}</span>&nbsp;&bull;&nbsp;<time>{date}</time></div>'
                    f'<div class="comment-user"><p>{text}</p></div><div id="comment_{i}_votes" class="comment-votes float-right">'
                    f'<span>{_n(str(i), 0, 20)} votes</span></div></div></div>' for i, author, date, text in comments)
    return (f'<section class="expanded comments"><div class="row"><div id="comments" class="small-12 column">'
            f'<h2>Commentaires <span class="js-comments-count">({len(comments)})</span></h2>'
            f'<div class="comment-list" data-commentable="{commentable}_{cid}">{items}</div>'
            '<div class="callout primary">Vous devez vous <a href="/users/sign_in">connecter</a> ou vous <a href="/users/sign_in">inscrire</a> pour laisser un commentaire.</div>'
            '</div></div></section>')


def consul_proposals(items) -> str:
    """Proposals list: (href, title, author, supports, needed, summary)."""
    arts = "".join(f'<div id="proposal_{_n(href)}" class="proposal clear" data-type="proposal"><div class="panel"><div class="row">'
                   f'<div class="small-12 medium-9 column"><div class="proposal-content"><h3><a href="{escape(href)}">{title}</a></h3>'
                   f'<p class="proposal-info"><span class="author">{author}</span></p><div class="proposal-description"><p>{summary}</p></div></div></div>'
                   f'<div id="proposal_{_n(href)}_votes" class="small-12 medium-3 column supports-container"><div class="supports">'
                   f'<div class="progress small-12 round"><span class="meter" style="width: {min(100, supports * 100 // needed)}%"></span></div>'
                   f'<span class="total-supports">{supports} soutiens</span><span class="percentage">{needed} soutiens nécessaires</span>'
                   f'<div class="in-favor"><a class="button button-support small expanded" href="/users/sign_in">Soutenir</a></div></div></div></div></div></div>'
                   for href, title, author, supports, needed, summary in items)
    return f'<div class="proposals-list"><a class="button expanded" href="/users/sign_in" title="Connectez-vous pour créer une proposition">Créer une proposition</a><section role="feed">{arts}</section></div>'


def consul_investments(items) -> str:
    """Budget investments in the vote phase: (title, price, heading)."""
    arts = "".join(f'<div id="budget_investment_{_n(t)}" class="budget-investment clear"><div class="panel"><div class="row">'
                   f'<div class="small-12 medium-8 column"><div class="budget-investment-content"><h3>{t}</h3><p class="investment-project-info">{h}</p></div></div>'
                   f'<div class="small-12 medium-4 column"><div class="ballot"><p class="investment-project-amount">{price}</p>'
                   f'<a class="button button-support small expanded" title="Voter ce projet" href="/users/sign_in">Voter</a></div></div></div></div></div>'
                   for t, price, h in items)
    return f'<div class="budget-investments-list">{arts}</div>'


def consul_poll(poll_id: int, questions) -> str:
    """A CONSUL poll: (question, answers); answering asks to sign in, then to verify the account."""
    qs = "".join(f'<div id="question_{poll_id * 10 + i}" class="poll-question"><h3>{q}</h3><div class="poll-question-answers">'
                 + "".join(f'<a href="/users/sign_in" class="button secondary hollow" title="Répondre : {escape(ans)}">{ans}</a>' for ans in answers)
                 + "</div></div>" for i, (q, answers) in enumerate(questions))
    return (f'<div class="poll-questions" id="poll_{poll_id}_questions"><div class="callout primary">Vous devez '
            f'<a href="/users/sign_in">vous connecter</a> pour participer.</div>{qs}</div>')


# ---------------------------------------------------------------- Cap Collectif

def capco_project_header(title: str, steps, current: str, counters) -> str:
    """Project header with its steps: (href, label, dates)."""
    nav = "".join(f'<li class="{"active" if label == current else ""}"><a href="{escape(href)}" class="step-link">'
                  f'<span class="step-title">{label}</span><span class="step-dates">{dates}</span></a></li>' for href, label, dates in steps)
    counts = "".join(f'<div class="project-counter"><span class="value">{v}</span> <span class="label">{k}</span></div>' for k, v in counters)
    return (f'<div id="project-header" class="project-header"><div class="project-header__counters">{counts}</div>'
            f'<nav class="project-steps" aria-label="Étapes du projet {escape(title)}"><ul class="nav nav-pills">{nav}</ul></nav></div>')


def capco_opinions(items) -> str:
    """Consultation opinions with votes and arguments: (title, author, agree, mixed, disagree, args)."""
    lis = "".join(f'<li class="opinion list-group-item" data-opinion-id="{_n(t)}"><div class="opinion__body"><div class="opinion__user">'
                  f'<span class="opinion__user-name">{author}</span></div><h3 class="opinion__title">{t}</h3>'
                  f'<div class="opinion__votes-bar"><span class="vote vote-ok">{ok} d\'accord</span> <span class="vote vote-mitige">{mid} mitigé</span> '
                  f'<span class="vote vote-nok">{nok} pas d\'accord</span></div><div class="opinion__actions"><button class="btn btn-success" disabled>D\'accord</button>'
                  f'<button class="btn btn-warning" disabled>Mitigé</button><button class="btn btn-danger" disabled>Pas d\'accord</button></div>'
                  f'<div class="opinion__arguments"><h4>{len(args)} arguments</h4><ul class="arguments">'
                  + "".join(f'<li class="argument argument--{kind}"><span class="argument__author">{who}</span><p class="argument__body">{txt}</p></li>'
                            for kind, who, txt in args)
                  + '</ul><form class="argument-form" action="/login" method="get"><label for="argument-body">Ajouter un argument</label>'
                    '<textarea id="argument-body" name="body" disabled placeholder="Connectez-vous pour argumenter"></textarea>'
                    '<button type="submit" class="btn btn-primary">Se connecter pour publier</button></form></div></div></li>'
                  for t, author, ok, mid, nok, args in items)
    return f'<div class="opinion-list"><ul class="list-group">{lis}</ul></div>'


def capco_questionnaire(qid: str, questions) -> str:
    """A questionnaire step: (title, kind, options)."""
    out = []
    for i, (q, kind, options) in enumerate(questions):
        name = f"responses.{i}"
        if kind == "text":
            ctl = f'<textarea id="{qid}-{i}" name="{name}" class="form-control" rows="4"></textarea>'
        else:
            typ = "radio" if kind == "radio" else "checkbox"
            ctl = "".join(f'<div class="{typ}"><label><input type="{typ}" name="{name}" value="{escape(o)}"> {o}</label></div>' for o in options)
        out.append(f'<div class="form-group" id="{qid}-question-{i}"><label class="control-label h4" for="{qid}-{i}">{q}</label>{ctl}</div>')
    return (f'<div id="questionnaire-{qid}" class="questionnaire-page"><form id="reply-form-{qid}" name="reply-form" class="reply-form" '
            f'method="post" action="/project/questionnaire/{qid}/reply">{"".join(out)}'
            '<div class="form-group"><label><input type="checkbox" name="private"> Répondre anonymement</label></div>'
            '<button type="submit" class="btn btn-primary" id="submit-create-reply">Envoyer mes réponses</button></form></div>')


def capco_proposals(items, deposit=True) -> str:
    """Collect step cards: (href, title, author, district, votes, comments)."""
    cards = "".join(f'<li class="proposal-preview"><div class="card proposal__preview"><div class="card__body"><h3 class="card__title">'
                    f'<a href="{escape(href)}">{title}</a></h3><p class="proposal__author">{author}</p><p class="proposal__district">{district}</p></div>'
                    f'<div class="card__counters"><span class="proposal__counter--votes">{votes} votes</span> <span class="proposal__counter--comments">{comments} commentaires</span></div></div></li>'
                    for href, title, author, district, votes, comments in items)
    btn = '<a id="add-proposal" class="btn btn-primary" href="/login">Déposer une proposition</a>' if deposit else ""
    return f'<div class="proposal-step-page">{btn}<ul class="media-list proposal-preview-list">{cards}</ul></div>'


def capco_comments(comments) -> str:
    """Comments under a proposal: (author, date, text)."""
    items = "".join(f'<li class="opinion opinion--comment"><div class="opinion__user"><span class="opinion__user-name">{au}</span> '
                    f'<span class="excerpt small">{d}</span></div><p class="opinion__text">{t}</p></li>' for au, d, t in comments)
    return (f'<div id="proposal-page-comments" class="comments-section"><h2>{len(comments)} commentaires</h2><ul class="media-list comments-list">{items}</ul>'
            '<form id="CommentForm" class="comment-form"><label for="CommentForm-body">Commenter</label><textarea id="CommentForm-body" name="body" '
            'class="form-control" placeholder="Votre commentaire"></textarea><p class="small">Vous devez être connecté pour commenter.</p>'
            '<a class="btn btn-primary" href="/login">Connexion</a></form></div>')


# ---------------------------------------------------------------- Go Vocal (CitizenLab)

def gv_project_cards(items) -> str:
    """Project cards on the landing page: (href, title, phase, participants)."""
    cards = "".join(f'<a href="{escape(href)}" class="e2e-project-card e2e-open-project" data-testid="project-card"><div class="ProjectCard__ContentContainer">'
                    f'<h3 class="e2e-project-card-project-title">{title}</h3><div class="e2e-project-card-phase">{phase}</div>'
                    f'<div class="e2e-project-card-participants-count">{n} participants</div></div></a>' for href, title, phase, n in items)
    return f'<div id="e2e-projects-container" class="e2e-projects-list">{cards}</div>'


def gv_idea_cards(items) -> str:
    """Idea cards: (href, title, author, votes, comments)."""
    cards = "".join(f'<a href="{escape(href)}" class="e2e-idea-card"><h3 class="e2e-idea-card-title">{title}</h3>'
                    f'<div class="e2e-idea-card-author">{author}</div><div class="e2e-ideacard-upvote-count">{votes}</div>'
                    f'<div class="e2e-ideacard-comment-count">{comments}</div></a>' for href, title, author, votes, comments in items)
    return f'<div id="e2e-ideas-list" class="e2e-ideas-container">{cards}</div>'


def gv_comments(comments) -> str:
    """Go Vocal comments under an idea: (author, date, text)."""
    items = "".join(f'<div class="e2e-comment-thread"><div class="e2e-parentcomment"><div class="e2e-comment-author">{au}</div>'
                    f'<time>{d}</time><div class="e2e-comment-body"><p>{t}</p></div></div></div>' for au, d, t in comments)
    return (f'<div id="e2e-comments-container" class="e2e-comments"><h2 id="e2e-comment-count">Commentaires ({len(comments)})</h2>{items}'
            '<form class="e2e-comment-form"><label for="submit-comment">Écrivez votre commentaire</label>'
            '<textarea id="submit-comment" class="e2e-mentionsTextArea" name="comment" placeholder="Écrivez votre commentaire ici"></textarea>'
            '<button type="submit" class="e2e-submit-parentcomment">Publier</button></form></div>')


def gv_survey(questions) -> str:
    """A native survey: (question, options or None)."""
    out = []
    for i, (q, options) in enumerate(questions):
        if options:
            ctl = "".join(f'<label class="e2e-option"><input type="radio" name="q{i}" value="{escape(o)}"> {o}</label>' for o in options)
        else:
            ctl = f'<textarea name="q{i}" class="e2e-textarea"></textarea>'
        out.append(f'<fieldset class="e2e-survey-question"><legend>{q}</legend>{ctl}</fieldset>')
    return (f'<form id="e2e-native-survey" class="e2e-survey-form" method="post">{"".join(out)}'
            '<button type="submit" id="e2e-submit-form">Envoyer</button></form>')


def gv_voting(items, budget: str) -> str:
    """Budget allocation phase: (title, cost)."""
    cards = "".join(f'<div class="e2e-idea-card e2e-budgeting-card"><h3 class="e2e-idea-card-title">{t}</h3><div class="e2e-idea-budget">{c}</div>'
                    f'<button class="e2e-assign-budget-button">Ajouter</button></div>' for t, c in items)
    return (f'<div id="e2e-voting-status" class="e2e-pb-form"><p>Votre budget : <strong>{budget}</strong>, dépensé : 0 €</p>'
            f'<button id="e2e-voting-submit-button" disabled>Soumettre</button></div><div class="e2e-ideas-container">{cards}</div>')


# ---------------------------------------------------------------- Discourse (crawler view)

def discourse_topic_list(items) -> str:
    """(href, title, category, replies, views, last_activity)."""
    rows = "".join(f'<tr class="topic-list-item"><td class="main-link" itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem">'
                   f'<meta itemprop="position" content="{i + 1}"><span class="link-top-line"><a itemprop="url" href="{escape(href)}" '
                   f'class="title raw-link raw-topic-link">{title}</a></span><div class="link-bottom-line"><span class="category-name">{cat}</span></div></td>'
                   f'<td class="replies"><span class="posts" title="messages">{replies}</span></td><td class="views"><span class="views" title="vues">{views}</span></td>'
                   f'<td>{last}</td></tr>' for i, (href, title, cat, replies, views, last) in enumerate(items))
    return (f'<div class="topic-list-container" itemscope itemtype="http://schema.org/ItemList"><table class="topic-list"><thead><tr>'
            f'<th>Sujet</th><th class="replies">Réponses</th><th class="views">Vues</th><th>Activité</th></tr></thead><tbody>{rows}</tbody></table></div>')


def discourse_posts(posts) -> str:
    """(author, date, text): the crawler view of a topic."""
    arts = "".join(f'<div id="post_{i + 1}" itemprop="{"comment" if i else "mainEntity"}" itemscope itemtype="http://schema.org/{"Comment" if i else "DiscussionForumPosting"}" '
                   f'class="topic-body crawler-post"><div class="crawler-post-meta"><span class="creator" itemprop="author" itemscope itemtype="http://schema.org/Person">'
                   f'<span itemprop="name">{au}</span></span><span class="crawler-post-infos"><time itemprop="datePublished" class="post-time">{d}</time>'
                   f'<span itemprop="position">{i + 1}</span></span></div><div class="post" itemprop="text"><p>{t}</p></div>'
                   f'<div itemprop="interactionStatistic" itemscope itemtype="http://schema.org/InteractionCounter"><meta itemprop="interactionType" content="http://schema.org/LikeAction"/>'
                   f'<meta itemprop="userInteractionCount" content="{_n(t, 0, 12)}" /><span class="post-likes">{_n(t, 0, 12)} J\'aime</span></div></div>'
                   for i, (au, d, t) in enumerate(posts))
    return f'<div class="topic-body-crawler">{arts}</div>'


# ---------------------------------------------------------------- neighbours' network

def feed(posts) -> str:
    """Neighbours' posts: (author, street, when, text, replies, kind)."""
    arts = "".join(f'<article class="post post--{kind}"><header class="post__header"><span class="post__author">{au}</span>'
                   f'<span class="post__street">{street}</span><time class="post__date">{when}</time><span class="post__tag">{kind.capitalize()}</span></header>'
                   f'<div class="post__body"><p>{text}</p></div><footer class="post__footer"><span class="post__replies">{rep} réponses</span>'
                   f'<a class="post__reply" href="/connexion">Répondre</a></footer></article>' for au, street, when, text, rep, kind in posts)
    return f'<div class="feed">{arts}</div>'


def thread(post, replies) -> str:
    au, street, when, text, kind = post
    reps = "".join(f'<li class="reply"><span class="reply__author">{ra}</span> <time>{rw}</time><p>{rt}</p></li>' for ra, rw, rt in replies)
    return (f'<article class="post post--{kind} post--full"><header class="post__header"><span class="post__author">{au}</span>'
            f'<span class="post__street">{street}</span><time class="post__date">{when}</time></header><div class="post__body"><p>{text}</p></div>'
            f'<section class="post__replies"><h2>{len(replies)} réponses</h2><ul>{reps}</ul>'
            '<form class="reply-form" action="/connexion" method="get"><label for="reply-body">Répondre à votre voisin</label>'
            '<textarea id="reply-body" name="body" placeholder="Connectez-vous pour répondre"></textarea><button type="submit">Envoyer</button></form></section></article>')


# ---------------------------------------------------------------- layouts no theme draws

def _accounts(site, cls):
    if not site.accounts:
        return ""
    return f'<ul class="{cls}">' + "".join(f'<li><a href="{escape(acc.href)}" target="_blank" rel="noopener">{acc.platform}</a></li>'
                                           for acc in site.accounts) + "</ul>"


def _crumb(page):
    trail = ['<a href="/">Accueil</a>']
    if page.parent:
        trail.append(f'<a href="{escape(page.parent[1])}">{escape(page.parent[0])}</a>')
    if page.path != "/":
        trail.append(f"<span>{escape(page.title)}</span>")
    return " › ".join(trail)


def _menu(site, li_cls, a_cls):
    return "".join(f'<li class="{li_cls}"><a class="{a_cls}" href="{escape(href)}">{escape(label)}</a></li>' for label, href in site.menu)


def fluicity_layout(site, page) -> str:
    """Fluicity: a React app served with pre-rendered content (the crawler sees the server HTML)."""
    return f"""<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1,shrink-to-fit=no">
<title>{escape(page.title)} · {escape(site.title)} · Fluicity</title>
<meta name="description" content="{escape(site.title)} : participez à la vie de votre commune sur Fluicity.">
<meta property="og:site_name" content="Fluicity">
<meta name="apple-itunes-app" content="app-id=1071385743">
<link rel="manifest" href="/manifest.json">
<link href="/static/css/main.4b1f3c2e.chunk.css" rel="stylesheet">
</head>
<body class="fluicity-web">
<noscript>Vous devez activer JavaScript pour utiliser Fluicity.</noscript>
<div id="root"><div class="App">
<header class="Header"><a class="Header-logo" href="/">{escape(site.title)}</a>
<nav class="Header-nav" aria-label="Navigation"><ul class="Header-tabs">{_menu(site, "Header-tab", "Header-tabLink")}</ul></nav>
<a class="Header-login Button Button--primary" href="/login">Se connecter</a></header>
<main class="Main"><p class="Breadcrumb">{_crumb(page)}</p><h1 class="PageTitle">{escape(page.title)}</h1>
<div class="Main-content">{page.body}</div></main>
<footer class="Footer"><div class="Footer-apps"><a href="https://apps.apple.com/fr/app/fluicity/id1071385743">App Store</a>
<a href="https://play.google.com/store/apps/details?id=city.flui.app">Google Play</a></div>
<p><a href="/legal">Mentions légales et CGU</a> · Propulsé par <a href="https://www.flui.city/" target="_blank" rel="noopener">Fluicity</a></p></footer>
</div></div>
<script>window.__INITIAL_STATE__={{"space":{{"slug":"{escape(site.host.split('.')[0])}","locale":"fr"}}}};</script>
<script src="/static/js/2.8d1e7a44.chunk.js"></script><script src="/static/js/main.c9f02b11.chunk.js"></script>
</body></html>"""


def idcity_layout(site, page) -> str:
    """id-city: the web version of the city's participation app."""
    return f"""<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(page.title)} - {escape(site.title)}</title>
<meta name="generator" content="id-city participation">
<link rel="stylesheet" href="/assets/idcity/app.7e2c.css">
<script src="/assets/idcity/app.91af.js" defer></script>
</head>
<body class="idc idc-page-{'home' if page.path == '/' else 'inner'}">
<header class="idc-header"><div class="idc-header__brand"><a href="/">{escape(site.title)}</a></div>
<nav class="idc-nav" aria-label="Menu"><ul>{_menu(site, "idc-nav__item", "idc-nav__link")}</ul></nav>
<div class="idc-header__account"><a href="/connexion" class="idc-btn idc-btn--ghost">Mon compte</a></div></header>
<main class="idc-main" id="contenu"><nav class="idc-breadcrumb" aria-label="Fil d'Ariane">{_crumb(page)}</nav>
<h1 class="idc-title">{escape(page.title)}</h1><div class="idc-content">{page.body}</div></main>
<footer class="idc-footer"><p>{escape(site.address)}</p>{_accounts(site, "idc-footer__social")}
<p><a href="/mentions-legales">Mentions légales</a> · <a href="/connexion">Connexion</a> · Plateforme <a href="https://www.id-city.com/" target="_blank" rel="noopener">id-city</a></p></footer>
</body></html>"""


def jenparle_layout(site, page) -> str:
    """Jenparle: a hosted consultation platform."""
    return f"""<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(page.title)} | {escape(site.title)} | Jenparle</title>
<link rel="stylesheet" href="/themes/jenparle/css/jp.min.css?v=3.8.2">
<script src="/themes/jenparle/js/jp.min.js?v=3.8.2" defer></script>
</head>
<body class="jp-body jp-tenant">
<div class="jp-topbar"><a class="jp-brand" href="/">{escape(site.title)}</a>
<nav class="jp-menu" aria-label="Menu principal"><ul>{_menu(site, "jp-menu__item", "jp-menu__link")}</ul></nav>
<a class="jp-login" href="/connexion">Connexion / Inscription</a></div>
<main class="jp-main"><div class="jp-container"><p class="jp-breadcrumb">{_crumb(page)}</p>
<h1 class="jp-page-title">{escape(page.title)}</h1>{page.body}</div></main>
<footer class="jp-footer"><div class="jp-container"><p>{escape(site.address)}</p>
<p><a href="/mentions-legales">Mentions légales</a> · <a href="/charte">Charte de participation</a> · Une plateforme <a href="https://www.jenparle.net/" target="_blank" rel="noopener">Jenparle</a></p></div></footer>
</body></html>"""


LEGAL = ("<h2>Éditeur</h2><p>La plateforme est éditée pour le compte de la commune, responsable de traitement.</p>"
         "<h2>Hébergement</h2><p>Données hébergées en France.</p><h2>Vos droits</h2>"
         "<p>Vous pouvez exercer vos droits d'accès, de rectification et d'effacement auprès du délégué à la protection des données de la commune.</p>")


def login_form(action: str, user="email", password="password") -> str:
    return (f'<form method="post" action="{action}" class="login-form"><label for="login-user">Adresse e-mail</label>'
            f'<input type="email" id="login-user" name="{user}" autocomplete="username"><label for="login-password">Mot de passe</label>'
            f'<input type="password" id="login-password" name="{password}"><button type="submit">Se connecter</button></form>'
            '<p>Pas encore de compte ? L\'inscription ne prend qu\'une minute.</p>')


# The pages each layout's header and footer link to: (path, title, body, decoys), as themes.CHROME holds them.
LAYOUTS = {
    "pinedes_fluicity": (fluicity_layout, [
        ("/legal", "Mentions légales et CGU", LEGAL, frozenset()),
        ("/login", "Se connecter", login_form("/api/auth/login"), frozenset({"contact_form"})),
    ]),
    "pinedes_idcity": (idcity_layout, [
        ("/mentions-legales", "Mentions légales", LEGAL, frozenset()),
        ("/connexion", "Connexion", login_form("/connexion", "login", "mdp"), frozenset({"contact_form"})),
    ]),
    "pinedes_jenparle": (jenparle_layout, [
        ("/mentions-legales", "Mentions légales", LEGAL, frozenset()),
        ("/charte", "Charte de participation", "<p>Les contributions sont modérées a posteriori. Restez courtois, argumentez, "
                                             "ne publiez pas de données personnelles.</p>", frozenset()),
        ("/connexion", "Connexion / Inscription", login_form("/connexion"), frozenset({"contact_form"})),
    ]),
}
