"""Markup helpers of the gorges part: the blocks that CMS plugins, platforms and forum engines print,
written after the public markup of WordPress plugins (WP-Polls, Contact Form 7, Forminator, MailPoet),
Joomla extensions (com_contact, an Acepolls-like poll module, Kunena, JComments), SPIP (forums,
signatures, Formidable), TYPO3 powermail, Drupal Webform, Publik w.c.s., Decidim and an e-monsite-like
site builder. Every text is written for this part."""
from html import escape


def prose(*paragraphs):
    return "".join(f"<p>{p}</p>" for p in paragraphs)


def h2(text):
    return f"<h2>{text}</h2>"


def bullets(*items):
    return "<ul>" + "".join(f"<li>{i}</li>" for i in items) + "</ul>"


def links(items, cls="liste-liens"):
    return f'<ul class="{cls}">' + "".join(f'<li><a href="{escape(h)}">{escape(t)}</a></li>' for h, t in items) + "</ul>"


def teasers(items, title="Actualités"):
    """News teasers: (href, title, date, chapo)."""
    cards = "".join(
        f'<article class="teaser"><p class="teaser__date"><time>{d}</time></p>'
        f'<h3 class="teaser__title"><a href="{escape(h)}">{escape(t)}</a></h3><p class="teaser__chapo">{c}</p></article>'
        for h, t, d, c in items)
    return f'<section class="news-teasers"><h2>{title}</h2><div class="teasers">{cards}</div></section>'


def agenda(items):
    """Agenda block: (href, day, month, title)."""
    rows = "".join(f'<li class="agenda__item"><span class="agenda__date"><b>{d}</b> {m}</span> '
                   f'<a href="{escape(h)}">{escape(t)}</a></li>' for h, d, m, t in items)
    return f'<section class="agenda"><h2>Agenda</h2><ul class="agenda__list">{rows}</ul></section>'


def cookie_banner(policy="/mentions-legales"):
    return ('<div id="tarteaucitronAlertBig" class="cookie-banner" role="dialog" aria-label="Cookies">'
            '<span class="cookie-banner__text">Ce site utilise des traceurs de mesure d\'audience. '
            f'<a href="{policy}">En savoir plus</a></span>'
            '<button type="button" class="cookie-banner__accept">Tout accepter</button>'
            '<button type="button" class="cookie-banner__deny">Tout refuser</button></div>')


def with_sidebar(main, aside):
    return f'<div class="layout-2col"><div class="col-main">{main}</div><aside class="col-aside sidebar widget-area">{aside}</aside></div>'


def share(url, title=""):
    """Share buttons (intents, not accounts)."""
    from urllib.parse import quote
    u = quote(url, safe="")
    return ('<div class="share-buttons"><span>Partager :</span>'
            f'<a class="share share--facebook" href="https://www.facebook.com/sharer/sharer.php?u={u}" target="_blank" rel="noopener">Facebook</a>'
            f'<a class="share share--x" href="https://twitter.com/intent/tweet?url={u}&amp;text={quote(title)}" target="_blank" rel="noopener">X</a>'
            f'<a class="share share--linkedin" href="https://www.linkedin.com/shareArticle?mini=true&amp;url={u}" target="_blank" rel="noopener">LinkedIn</a>'
            f'<a class="share share--mail" href="mailto:?subject={quote(title)}&amp;body={u}">E-mail</a></div>')


# ---- WordPress --------------------------------------------------------------------------------

def wp_poll(poll_id, question, answers):
    """A WP-Polls-like voting widget (a sidebar widget or a shortcode in a page)."""
    items = "".join(
        f'<li><input type="radio" id="poll-answer-{poll_id * 10 + i}" name="poll_{poll_id}" value="{poll_id * 10 + i}" /> '
        f'<label for="poll-answer-{poll_id * 10 + i}">{escape(a)}</label></li>' for i, a in enumerate(answers))
    return (f'<section id="polls-widget-{poll_id}" class="widget widget_polls-widget"><h2 class="widget-title">Sondage</h2>'
            f'<div id="polls-{poll_id}" class="wp-polls"><form id="polls_form_{poll_id}" class="wp-polls-form" action="/index.php" method="post">'
            f'<p style="display: none;"><input type="hidden" id="poll_{poll_id}_nonce" name="wp-polls-nonce" value="3b8e2f1c0a" /></p>'
            f'<p style="display: none;"><input type="hidden" name="poll_id" value="{poll_id}" /></p>'
            f'<p style="text-align: center;"><strong>{escape(question)}</strong></p>'
            f'<div id="polls-{poll_id}-ans" class="wp-polls-ans"><ul class="wp-polls-ul">{items}</ul>'
            f'<p style="text-align: center;"><input type="button" name="vote" value="   Voter   " class="Buttons" onclick="poll_vote({poll_id});" /></p>'
            f'<p style="text-align: center;"><a href="#ViewPollResults" onclick="poll_result({poll_id}); return false;" title="Voir les résultats de ce sondage">Voir les résultats</a></p>'
            '</div></form></div></section>')


def wp_poll_results(poll_id, question, rows, total):
    bars = "".join(
        f'<li>{escape(a)} <small>({pct}%, {n} votes)</small><div class="pollbar" style="width: {pct}%;" title="{escape(a)} ({pct}% | {n} votes)"></div></li>'
        for a, pct, n in rows)
    return (f'<div id="polls-{poll_id}" class="wp-polls"><p style="text-align: center;"><strong>{escape(question)}</strong></p>'
            f'<div id="polls-{poll_id}-ans" class="wp-polls-ans"><ul class="wp-polls-ul">{bars}</ul>'
            f'<p style="text-align: center;">Nombre total de votants : <strong>{total}</strong></p>'
            '<p style="text-align: center;">Ce sondage est clos.</p></div></div>')


def wp_comments(post_id, title, comments, open_=True):
    items = "".join(
        f'<li id="comment-{post_id * 10 + i}" class="comment {"even" if i % 2 == 0 else "odd"} depth-1">'
        f'<article id="div-comment-{post_id * 10 + i}" class="comment-body"><footer class="comment-meta">'
        f'<div class="comment-author vcard"><b class="fn">{escape(a)}</b> <span class="says">dit :</span></div>'
        f'<div class="comment-metadata"><a href="#comment-{post_id * 10 + i}"><time>{d}</time></a></div></footer>'
        f'<div class="comment-content"><p>{escape(t)}</p></div></article></li>' for i, (a, d, t) in enumerate(comments))
    listing = (f'<h2 class="comments-title">{len(comments)} réponse{"s" if len(comments) > 1 else ""} à « {escape(title)} »</h2>'
               f'<ol class="comment-list">{items}</ol>') if comments else ""
    if not open_:
        return f'<div id="comments" class="comments-area">{listing}<p class="no-comments">Les commentaires sont fermés.</p></div>'
    form = (f'<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Laisser un commentaire</h3>'
            '<form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate>'
            '<p class="comment-notes">Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *</p>'
            '<p class="comment-form-comment"><label for="comment">Commentaire <span class="required">*</span></label>'
            '<textarea id="comment" name="comment" cols="45" rows="8" maxlength="65525" required></textarea></p>'
            '<p class="comment-form-author"><label for="author">Nom <span class="required">*</span></label><input id="author" name="author" type="text" size="30" required /></p>'
            '<p class="comment-form-email"><label for="email">E-mail <span class="required">*</span></label><input id="email" name="email" type="email" size="30" required /></p>'
            '<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Laisser un commentaire" />'
            f'<input type="hidden" name="comment_post_ID" value="{post_id}" id="comment_post_ID" /><input type="hidden" name="comment_parent" id="comment_parent" value="0" /></p>'
            '</form></div>')
    return f'<div id="comments" class="comments-area">{listing}{form}</div>'


def cf7(form_id, action, fields=(("your-name", "Votre nom", "text"), ("your-email", "Votre e-mail", "email"),
                                  ("your-subject", "Objet", "text")), message=("your-message", "Votre message"),
        submit="Envoyer"):
    """A Contact Form 7 form."""
    rows = "".join(
        f'<p><label> {escape(label)}<br /><span class="wpcf7-form-control-wrap" data-name="{name}">'
        f'<input size="40" class="wpcf7-form-control wpcf7-{kind} wpcf7-validates-as-required" aria-required="true" type="{kind}" name="{name}" value="" /></span></label></p>'
        for name, label, kind in fields)
    msg = ""
    if message:
        msg = (f'<p><label> {escape(message[1])}<br /><span class="wpcf7-form-control-wrap" data-name="{message[0]}">'
               f'<textarea cols="40" rows="10" class="wpcf7-form-control wpcf7-textarea" name="{message[0]}"></textarea></span></label></p>')
    return (f'<div class="wpcf7 no-js" id="wpcf7-f{form_id}-o1" lang="fr-FR" dir="ltr">'
            f'<form action="{action}#wpcf7-f{form_id}-o1" method="post" class="wpcf7-form init" novalidate="novalidate" data-status="init">'
            f'<div style="display: none;"><input type="hidden" name="_wpcf7" value="{form_id}" /><input type="hidden" name="_wpcf7_version" value="5.9.3" />'
            f'<input type="hidden" name="_wpcf7_locale" value="fr_FR" /><input type="hidden" name="_wpcf7_unit_tag" value="wpcf7-f{form_id}-o1" /></div>'
            f'{rows}{msg}<p><input class="wpcf7-form-control wpcf7-submit has-spinner" type="submit" value="{escape(submit)}" /></p>'
            '<div class="wpcf7-response-output" aria-hidden="true"></div></form></div>')


def forminator(form_id, fields, submit="Envoyer"):
    """A Forminator form: fields are (name, label, kind) with kind text/email/textarea/select:a|b."""
    out = []
    for name, label, kind in fields:
        if kind == "textarea":
            ctl = f'<textarea name="{name}" id="forminator-field-{name}" class="forminator-textarea" rows="6"></textarea>'
        elif kind.startswith("select:"):
            opts = "".join(f"<option>{escape(o)}</option>" for o in kind[7:].split("|"))
            ctl = f'<select name="{name}" id="forminator-field-{name}" class="forminator-select--field forminator-select2">{opts}</select>'
        else:
            ctl = f'<input type="{kind}" name="{name}" id="forminator-field-{name}" class="forminator-input forminator-name--field" />'
        out.append(f'<div class="forminator-row"><div id="{name}" class="forminator-field"><label for="forminator-field-{name}" '
                   f'class="forminator-label">{escape(label)}</label>{ctl}</div></div>')
    return (f'<form id="forminator-module-{form_id}" class="forminator-ui forminator-custom-form forminator-custom-form-{form_id} '
            f'forminator-design--default" method="post" data-forminator-render="0" data-form-id="{form_id}">'
            + "".join(out)
            + f'<div class="forminator-row forminator-row-last"><button class="forminator-button forminator-button-submit">{escape(submit)}</button></div>'
            f'<input type="hidden" name="form_id" value="{form_id}" /><input type="hidden" name="action" value="forminator_submit_form_custom-forms" /></form>')


def mailpoet(form_id=2):
    """MailPoet newsletter sign-up widget: an e-mail field, no message."""
    return (f'<div class="widget widget_mailpoet_form"><h2 class="widget-title">Lettre d\'information</h2>'
            f'<form target="_self" method="post" action="/wp-admin/admin-post.php?action=mailpoet_subscription_form" class="mailpoet_form mailpoet_form_form mailpoet_form_widget" novalidate>'
            f'<input type="hidden" name="data[form_id]" value="{form_id}" /><input type="hidden" name="token" value="a41c9e0b7d" />'
            '<div class="mailpoet_paragraph"><label for="form_email_2" class="mailpoet_text_label">Adresse e-mail</label>'
            '<input type="email" id="form_email_2" class="mailpoet_text" name="data[form_field_ZW1haWw=]" title="Adresse e-mail" value="" /></div>'
            '<div class="mailpoet_paragraph"><input type="submit" class="mailpoet_submit" value="Je m\'abonne" /></div></form></div>')


# ---- Joomla -----------------------------------------------------------------------------------

def joomla_contact(action, contact_id=1):
    return (f'<div class="com-contact contact"><form id="contact-form" action="{action}" method="post" class="com-contact__form form-validate">'
            '<fieldset><legend>Envoyer un e-mail</legend>'
            '<div class="control-group"><label id="jform_contact_name-lbl" for="jform_contact_name" class="required">Nom<span class="star">&#160;*</span></label>'
            '<input type="text" name="jform[contact_name]" id="jform_contact_name" value="" class="form-control required" size="30" required></div>'
            '<div class="control-group"><label for="jform_contact_email">E-mail</label><input type="email" name="jform[contact_email]" class="form-control validate-email required" id="jform_contact_email" value="" required></div>'
            '<div class="control-group"><label for="jform_contact_emailmsg">Sujet</label><input type="text" name="jform[contact_subject]" id="jform_contact_emailmsg" value="" class="form-control required" required></div>'
            '<div class="control-group"><label for="jform_contact_message">Message</label><textarea name="jform[contact_message]" id="jform_contact_message" cols="50" rows="10" class="form-control required" required></textarea></div>'
            '</fieldset><div class="control-group"><button class="btn btn-primary validate" type="submit">Envoyer</button>'
            f'<input type="hidden" name="option" value="com_contact"><input type="hidden" name="task" value="contact.submit"><input type="hidden" name="return" value=""><input type="hidden" name="id" value="{contact_id}:mairie"><input type="hidden" name="7f1e0c9a3b2d" value="1"></div></form></div>')


def joomla_poll(poll_id, question, answers):
    """An Acepolls-like Joomla poll module."""
    items = "".join(f'<div class="acepolls-answer"><input type="radio" name="voteid" id="voteid{poll_id}{i}" value="{poll_id}{i}" />'
                    f'<label for="voteid{poll_id}{i}">{escape(a)}</label></div>' for i, a in enumerate(answers))
    return (f'<div class="moduletable acepolls-module"><h3>Votre avis</h3><div class="acepolls">'
            f'<form action="/index.php?option=com_acepolls" method="post" name="poll_vote_{poll_id}" id="poll_vote_{poll_id}">'
            f'<div class="acepolls_question"><strong>{escape(question)}</strong></div><div class="acepolls_answers">{items}</div>'
            f'<input type="submit" name="task_button" class="button btn" value="Voter" />'
            f'<input type="hidden" name="option" value="com_acepolls" /><input type="hidden" name="task" value="vote" />'
            f'<input type="hidden" name="poll_id" value="{poll_id}" /></form>'
            '<p class="acepolls-footer">Résultats affichés après votre vote</p></div></div>')


def jcomments(object_id, comments):
    items = "".join(
        f'<div class="{"even" if i % 2 == 0 else "odd"}" id="comment-item-{object_id * 10 + i}"><div class="rbox"><div class="comment-box">'
        f'<span class="comment-author">{escape(a)}</span> <span class="comment-date">{d}</span>'
        f'<div class="comment-body" id="comment-body-{object_id * 10 + i}">{escape(t)}</div></div></div></div>'
        for i, (a, d, t) in enumerate(comments))
    return (f'<div id="jc"><div id="comments"><h4>Commentaires</h4><div class="comments-list" id="comments-list-0">{items}</div></div>'
            '<a id="addcomments" href="#addcomments"></a><h4>Ajouter un commentaire</h4>'
            '<form id="comments-form" name="comments-form" action="javascript:void(null);">'
            '<p><span><input id="comments-form-name" type="text" name="name" value="" maxlength="20" size="22" tabindex="1" />'
            '<label for="comments-form-name">Nom (obligatoire)</label></span></p>'
            '<p><span><input id="comments-form-email" type="text" name="email" value="" size="22" tabindex="2" />'
            '<label for="comments-form-email">E-mail (obligatoire, non publié)</label></span></p>'
            '<p><span><textarea id="comments-form-comment" name="comment" cols="65" rows="8" tabindex="5"></textarea></span></p>'
            '<div id="comments-form-buttons"><div class="btn" id="comments-form-send"><div><a href="#" tabindex="7" '
            'onclick="jcomments.saveComment();return false;" title="Envoyer (Ctrl+Entrée)">Envoyer</a></div></div></div>'
            f'<div><input type="hidden" name="object_id" value="{object_id}" /><input type="hidden" name="object_group" value="com_content" /></div>'
            '</form><script>var jcomments=new JComments(' + str(object_id) + ', \'com_content\',\'/index.php?option=com_jcomments&amp;tmpl=component\');</script></div>')


def kunena_index(categories):
    """Kunena category index: (href, title, description, topics, posts)."""
    rows = "".join(
        f'<tr class="category"><td class="kcol-first kcol-category-icon"><span class="kicon-folder"></span></td>'
        f'<td class="kcol-mid kcol-kcattitle"><h3><a href="{escape(h)}" class="hasTooltip">{escape(t)}</a></h3>'
        f'<div class="kthead-desc">{escape(d)}</div></td><td class="kcol-mid kcol-kcattopics">{n} Sujets</td>'
        f'<td class="kcol-mid kcol-kcatreplies">{p} Messages</td></tr>' for h, t, d, n, p in categories)
    return (f'<div id="kunena" class="layout"><div class="kfrontend"><h2 class="btn-toolbar">Forum des habitants</h2>'
            f'<table class="kblock kcategories-{len(categories)} table table-bordered"><tbody>{rows}</tbody></table></div></div>')


def kunena_category(topics, new_topic_href):
    rows = "".join(
        f'<tr class="category"><td class="hidden-phone center topic-item-unread"><span class="icon-topic"></span></td>'
        f'<td><div><a class="topictitle hasTooltip" href="{escape(h)}">{escape(t)}</a></div>'
        f'<div class="started">Démarré par {escape(a)}</div></td><td class="hidden-phone center"><div class="replies">Réponses :<span class="repliesnum">{n}</span></div></td></tr>'
        for h, t, a, n in topics)
    return (f'<div id="kunena" class="layout"><div class="kfrontend"><div class="pull-left">'
            f'<a class="btn btn-primary" href="{escape(new_topic_href)}" rel="nofollow">Nouveau sujet</a></div>'
            f'<table class="table table-bordered topiclist"><tbody>{rows}</tbody></table></div></div>')


def kunena_topic(posts, reply_action):
    msgs = "".join(
        f'<div class="row message message-published"><div class="span2 hidden-phone"><ul class="unstyled center profilebox">'
        f'<li><strong><span class="kwho-user">{escape(a)}</span></strong></li></ul></div>'
        f'<div class="span10 message-published"><small class="text-muted pull-right">{d}</small>'
        f'<div class="kmsg"><div class="kmsgtext">{escape(t)}</div></div></div></div>' for a, d, t in posts)
    return (f'<div id="kunena" class="layout"><div class="kfrontend">{msgs}'
            f'<form action="{reply_action}" method="post" class="form-horizontal" id="kreply-form" name="postform" enctype="multipart/form-data">'
            '<input type="hidden" name="task" value="post" /><input type="hidden" name="view" value="topic" />'
            '<div class="control-group"><label class="control-label" for="kbbcode-message">Réponse rapide</label>'
            '<textarea class="qreply" id="kbbcode-message" name="message" rows="6" cols="60"></textarea></div>'
            '<input type="submit" class="btn btn-primary kreply-submit" name="submit" value="Envoyer" /></form></div></div>')


# ---- SPIP -------------------------------------------------------------------------------------

def spip_forum(article_id, messages, open_=True):
    items = "".join(
        f'<li class="comment-item comment-fil {"odd" if i % 2 else "even"}"><div class="comment hreview">'
        f'<p class="comment-meta"><a href="#forum{article_id * 10 + i}" class="permalink">#</a> '
        f'<abbr class="dtreviewed">{d}</abbr>, par <span class="comment-author">{escape(a)}</span></p>'
        f'<div class="comment-content description"><p>{escape(t)}</p></div></div></li>' for i, (a, d, t) in enumerate(messages))
    out = (f'<div class="comments"><a href="#forum" name="forum" id="forum"></a><h2>{len(messages)} Messages</h2>'
           f'<ul class="comments-items">{items}</ul></div>') if messages else ""
    if open_:
        out += (f'<div class="formulaire_spip formulaire_forum ajax" id="formulaire_forum"><h2 class="titrem">Un message, un commentaire ?</h2>'
                f'<form action="spip.php?article{article_id}#formulaire_forum" method="post" enctype="multipart/form-data"><div>'
                f'<input name="formulaire_action" type="hidden" value="forum" /><input name="formulaire_action_args" type="hidden" value="art{article_id}" />'
                '<fieldset><legend>Votre message</legend><div class="editer-groupe">'
                '<div class="editer saisie_titre obligatoire"><label for="titre">Titre</label><input type="text" class="text" name="titre" id="titre" value="" size="60" /></div>'
                '<div class="editer saisie_texte obligatoire"><label for="texte">Texte de votre message</label>'
                '<textarea name="texte" id="texte" rows="10" cols="60" class="inserer_barre_forum"></textarea></div></div></fieldset>'
                '<fieldset class="qui"><legend>Qui êtes-vous ?</legend><div class="editer saisie_session_nom"><label for="session_nom">Votre nom</label>'
                '<input type="text" class="text" name="session_nom" id="session_nom" value="" size="40" /></div></fieldset>'
                '<p class="boutons"><input type="submit" class="submit" name="previsualiser_message" value="Prévisualiser" /></p></div></form></div>')
    return out


def spip_petition(article_id, count, names):
    sig = "".join(f'<tr class="signature"><td class="signature-date">{d}</td><td class="signature-nom">{escape(n)}</td></tr>' for d, n in names)
    return (f'<div class="formulaire_spip formulaire_signature ajax" id="sp{article_id}"><h2 class="titrem">Signer cette pétition</h2>'
            f'<form method="post" action="spip.php?article{article_id}#sp{article_id}"><div>'
            f'<input name="formulaire_action" type="hidden" value="signature" /><input name="formulaire_action_args" type="hidden" value="{article_id}" />'
            '<fieldset><legend>Votre signature</legend><div class="editer-groupe">'
            '<div class="editer saisie_session_nom obligatoire"><label for="session_nom">Votre nom ou pseudo</label><input type="text" class="text" name="session_nom" id="session_nom" value="" size="20" /></div>'
            '<div class="editer saisie_session_email obligatoire"><label for="session_email">Votre adresse email</label><input type="email" class="text email" name="session_email" id="session_email" value="" size="20" /></div>'
            '<div class="editer saisie_ville"><label for="ville">Votre commune de résidence</label><input type="text" class="text" name="ville" id="ville" value="" /></div>'
            '</div></fieldset><p class="explication">Un courriel de confirmation vous sera envoyé pour valider votre signature.</p>'
            '<p class="boutons"><input type="submit" class="submit" value="Valider" /></p></div></form></div>'
            f'<div class="signatures"><h2>{count} signatures</h2><table class="spip">{sig}</table>'
            f'<p class="pagination"><a href="#sp{article_id}">Signer à votre tour</a></p></div>')


def formidable(form_id, slug, fields, submit="Envoyer"):
    """SPIP Formidable form: fields (name, label, kind) kind in input/email/textarea/radio:a|b/checkbox:a|b."""
    out = []
    for name, label, kind in fields:
        if kind == "textarea":
            ctl = f'<textarea name="{name}" class="textarea" id="champ_{name}" rows="5" cols="40"></textarea>'
        elif kind.split(":")[0] in ("radio", "checkbox"):
            typ, opts = kind.split(":", 1)
            ctl = '<div class="choix-groupe">' + "".join(
                f'<div class="choix choix_{typ}"><input type="{typ}" name="{name}{"[]" if typ == "checkbox" else ""}" class="{typ}" id="champ_{name}_{i}" value="choix{i}" />'
                f'<label for="champ_{name}_{i}">{escape(o)}</label></div>' for i, o in enumerate(opts.split("|"))) + "</div>"
        else:
            ctl = f'<input type="{"email" if kind == "email" else "text"}" name="{name}" class="text" id="champ_{name}" value="" />'
        out.append(f'<div class="editer editer_{name} saisie_{kind.split(":")[0]}"><label class="editer-label" for="champ_{name}">{escape(label)}</label>{ctl}</div>')
    return (f'<div class="formulaire_spip formulaire_formidable formulaire_formidable_{form_id} formulaire_formidable_{slug}" id="formulaire_formidable_{form_id}">'
            f'<form method="post" action="spip.php?page=formulaire&amp;id_formulaire={form_id}" enctype="multipart/form-data"><div>'
            f'<input name="formulaire_action" type="hidden" value="formidable" /><input name="formulaire_action_args" type="hidden" value="{form_id}" />'
            f'<div class="editer-groupe">{"".join(out)}</div><p class="boutons"><input type="submit" class="submit" value="{escape(submit)}" /></p></div></form></div>')


# ---- TYPO3 ------------------------------------------------------------------------------------

def powermail(form_uid, action, fields, submit="Envoyer"):
    """A powermail form: fields (marker, label, kind) kind in input/email/textarea/radio:a|b."""
    out = []
    for marker, label, kind in fields:
        base = f'tx_powermail_pi1[field][{marker}]'
        if kind == "textarea":
            ctl = f'<textarea rows="5" cols="20" class="powermail_textarea" id="powermail_field_{marker}" name="{base}"></textarea>'
        elif kind.startswith("radio:"):
            ctl = "".join(f'<div class="radio"><label><input type="radio" class="powermail_radio" name="{base}" value="{escape(o)}" id="powermail_field_{marker}_{i}" />{escape(o)}</label></div>'
                          for i, o in enumerate(kind[6:].split("|")))
        else:
            ctl = f'<input class="powermail_input" id="powermail_field_{marker}" type="{"email" if kind == "email" else "text"}" name="{base}" value="" />'
        out.append(f'<div class="powermail_fieldwrap powermail_fieldwrap_type_{kind.split(":")[0]} powermail_fieldwrap_{marker}">'
                   f'<label for="powermail_field_{marker}" class="powermail_label">{escape(label)}</label><div class="powermail_field">{ctl}</div></div>')
    return (f'<div class="tx-powermail"><div class="container-fluid">'
            f'<form data-powermail-validate="data-powermail-validate" action="{action}?tx_powermail_pi1%5Baction%5D=checkCreate&amp;tx_powermail_pi1%5Bcontroller%5D=Form" '
            f'method="post" name="field" enctype="multipart/form-data" class="powermail_form powermail_form_{form_uid} nolabel">'
            f'<fieldset class="powermail_fieldset powermail_fieldset_{form_uid}">{"".join(out)}'
            f'<div class="powermail_fieldwrap powermail_fieldwrap_type_submit"><input type="submit" value="{escape(submit)}" class="btn btn-primary powermail_submit" /></div>'
            f'</fieldset><input type="hidden" name="tx_powermail_pi1[mail][form]" value="{form_uid}" /></form></div></div>')


# ---- Drupal -----------------------------------------------------------------------------------

def webform(form_id, action, fields, submit="Envoyer"):
    """A Drupal Webform: fields (key, label, kind) kind in textfield/email/textarea/radios:a|b/select:a|b."""
    out = []
    for key, label, kind in fields:
        dk = key.replace("_", "-")
        if kind == "textarea":
            ctl = f'<textarea data-drupal-selector="edit-{dk}" id="edit-{dk}" name="{key}" rows="5" cols="60" class="form-textarea"></textarea>'
        elif kind.startswith("radios:"):
            ctl = "".join(f'<div class="js-form-item form-item js-form-type-radio form-type--radio"><input data-drupal-selector="edit-{dk}-{i}" type="radio" id="edit-{dk}-{i}" name="{key}" value="{i}" class="form-radio" />'
                          f'<label for="edit-{dk}-{i}" class="option">{escape(o)}</label></div>' for i, o in enumerate(kind[7:].split("|")))
        elif kind.startswith("select:"):
            ctl = f'<select data-drupal-selector="edit-{dk}" id="edit-{dk}" name="{key}" class="form-select">' + "".join(
                f"<option>{escape(o)}</option>" for o in kind[7:].split("|")) + "</select>"
        else:
            ctl = f'<input data-drupal-selector="edit-{dk}" type="{"email" if kind == "email" else "text"}" id="edit-{dk}" name="{key}" value="" size="60" class="form-{kind}" />'
        out.append(f'<div class="js-form-item form-item js-form-type-{kind.split(":")[0]} form-item-{dk}"><label for="edit-{dk}">{escape(label)}</label>{ctl}</div>')
    fid = form_id.replace("_", "-")
    return (f'<form class="webform-submission-form webform-submission-add-form webform-submission-{fid}-form js-webform-details-toggle" '
            f'data-drupal-selector="webform-submission-{fid}-add-form" action="{action}" method="post" id="webform-submission-{fid}-add-form" accept-charset="UTF-8">'
            + "".join(out)
            + f'<div data-drupal-selector="edit-actions" class="form-actions webform-actions js-form-wrapper form-wrapper" id="edit-actions">'
            f'<input class="webform-button--submit button button--primary js-form-submit form-submit" data-drupal-selector="edit-actions-submit" type="submit" id="edit-actions-submit" name="op" value="{escape(submit)}" /></div>'
            f'<input autocomplete="off" data-drupal-selector="form-x3" type="hidden" name="form_build_id" value="form-x3k9Qp" />'
            f'<input data-drupal-selector="edit-webform-submission-{fid}-add-form" type="hidden" name="form_id" value="webform_submission_{form_id}_add_form" /></form>')


# ---- Publik -----------------------------------------------------------------------------------

def wcs_form(action, fields, submit="Envoyer"):
    """A w.c.s. form as Publik serves it: fields (label, kind) kind in string/email/text/item:a|b."""
    out = []
    for i, (label, kind) in enumerate(fields, 1):
        if kind == "text":
            ctl = f'<textarea id="form_f{i}" name="f{i}" cols="72" rows="6"></textarea>'
            cls = "TextWidget template-text"
        elif kind.startswith("item:"):
            ctl = f'<select id="form_f{i}" name="f{i}">' + "".join(f"<option>{escape(o)}</option>" for o in kind[5:].split("|")) + "</select>"
            cls = "SingleSelectWidget template-item"
        else:
            ctl = f'<input id="form_f{i}" name="f{i}" type="{"email" if kind == "email" else "text"}" value="" />'
            cls = "EmailWidget template-email" if kind == "email" else "StringWidget template-string"
        out.append(f'<div class="field widget {cls}" data-field-id="{i}"><div class="title"><label for="form_f{i}">{escape(label)}</label></div>'
                   f'<div class="content">{ctl}</div></div>')
    return (f'<div id="steps"><ol><li class="current"><span class="marker">1</span><span class="label">Saisie</span></li>'
            f'<li><span class="marker">2</span><span class="label">Validation</span></li></ol></div>'
            f'<form action="{action}" method="post" enctype="multipart/form-data" class="quixote" novalidate="novalidate">'
            f'<input type="hidden" name="_form_id" value="f{len(action)}" /><input type="hidden" name="_ajax_form_token" value="6a1f0e" />'
            f'<div class="page">{"".join(out)}</div><div class="buttons submit"><button class="submit-button" name="submit" value="{escape(submit)}">{escape(submit)}</button></div></form>')


# ---- Decidim ----------------------------------------------------------------------------------

def decidim_cards(items, kind="proposals"):
    """Decidim 0.28-like card list: (href, title, meta)."""
    rows = "".join(
        f'<a href="{escape(h)}" class="card__list" id="{kind}__{kind[:-1]}_{i + 30}"><div class="card__list-content">'
        f'<h3 class="card__list-title">{escape(t)}</h3><div class="card__list-metadata">{m}</div></div></a>'
        for i, (h, t, m) in enumerate(items))
    return f'<div id="{kind}" class="{kind}__list card__list-container">{rows}</div>'


def decidim_comments(comments, commentable):
    items = "".join(
        f'<div id="comment_{i + 100}" class="comment" data-comment-id="{i + 100}"><div class="comment__header">'
        f'<span class="author__name">{escape(a)}</span> <span class="comment__date">{d}</span></div>'
        f'<div class="comment__content"><div class="rich-text-display"><p>{escape(t)}</p></div></div></div>'
        for i, (a, d, t) in enumerate(comments))
    return (f'<section class="comments" id="comments-for-{commentable}"><div class="comments__header"><h2 class="h4">{len(comments)} commentaires</h2></div>'
            f'<div class="comment-threads">{items}</div>'
            f'<div class="add-comment" id="add-comment-anchor"><form class="new_comment" id="new_comment_for_{commentable}" action="/comments" accept-charset="UTF-8" data-remote="true" method="post">'
            f'<input type="hidden" name="comment[commentable_gid]" value="{commentable}" />'
            f'<label for="add-comment-{commentable}">Ajoutez votre commentaire</label>'
            f'<textarea name="comment[body]" id="add-comment-{commentable}" maxlength="1000" rows="4" placeholder="Ajoutez votre commentaire"></textarea>'
            '<button type="submit" class="button button__sm button__secondary">Publier un commentaire</button></form></div></section>')


def decidim_survey(action, questions):
    """Decidim surveys component: questions (text, options)."""
    qs = "".join(
        f'<div class="answer question" data-max-choices=""><label class="answer-questionnaire__question-label">{n}. {escape(q)}</label>'
        + "".join(f'<div class="answer-questionnaire__choice"><label><input type="radio" value="{j}" name="questionnaire[responses][{n - 1}][choices][][body]" />{escape(o)}</label></div>'
                  for j, o in enumerate(opts)) + "</div>"
        for n, (q, opts) in enumerate(questions, 1))
    return (f'<div class="answer-questionnaire"><form class="form answer-questionnaire" action="{action}" accept-charset="UTF-8" method="post">'
            f'<input type="hidden" name="_method" value="patch" />{qs}'
            '<div class="answer-questionnaire__tos"><label><input type="checkbox" name="questionnaire[tos_agreement]" value="1" />J\'accepte les conditions d\'utilisation</label></div>'
            '<button type="submit" class="button button__lg button__secondary" data-confirm="Vous ne pourrez plus modifier vos réponses.">Envoyer</button></form></div>')
