"""Markup helpers of the sixteenth part of the holdout (``landes``): written for this part alone, after the
public markup of the software each helper imitates (WordPress plugins, SPIP, Joomla extensions, TYPO3
powermail, Drupal Webform, Publik w.c.s., Decidim, CONSUL Democracy, Cap Collectif, Go Vocal, Discourse,
a neighbours' network, and the embeds of survey and comment services). No other part's helpers are used."""
from html import escape


def p(*paras):
    return "".join(f"<p>{x}</p>" for x in paras)


def h2(text):
    return f"<h2>{text}</h2>"


def ul(items, cls="liste"):
    return f'<ul class="{cls}">' + "".join(f"<li>{i}</li>" for i in items) + "</ul>"


def links(pairs, cls="liens"):
    return ul([f'<a href="{escape(h)}">{t}</a>' for h, t in pairs], cls)


def cookie_banner():
    return ('<div id="tarteaucitronAlertBig" class="bandeau-cookies" role="dialog" aria-label="Gestion des cookies">'
            '<span class="bandeau-cookies__texte">Ce site utilise des traceurs pour mesurer l\'audience et afficher des '
            'vidéos. Vous pouvez accepter ou refuser ces services.</span><button type="button" class="btn-accepter">'
            'Tout accepter</button><button type="button" class="btn-refuser">Tout refuser</button>'
            '<button type="button" class="btn-personnaliser">Personnaliser</button></div>')


def news(items, title="Actualités"):
    """items: (href, date, title, teaser)"""
    cards = "".join(f'<article class="carte-actu"><p class="carte-actu__date">{d}</p><h3 class="carte-actu__titre">'
                    f'<a href="{escape(h)}">{t}</a></h3><p>{s}</p></article>' for h, d, t, s in items)
    return f'<section class="bloc-actus"><h2>{title}</h2><div class="grille">{cards}</div></section>'


def agenda(items):
    """items: (day, month, title) -- plain text, no link"""
    rows = "".join(f'<li class="evt"><span class="evt__jour">{d}</span> <span class="evt__mois">{m}</span> '
                   f'<span class="evt__titre">{t}</span></li>' for d, m, t in items)
    return f'<section class="bloc-agenda"><h2>Agenda</h2><ul>{rows}</ul></section>'


def tiles(pairs, title="Accès rapides"):
    items = "".join(f'<li class="tuile"><a class="tuile__lien" href="{escape(h)}"><span class="tuile__picto" '
                    f'aria-hidden="true"></span>{t}</a></li>' for h, t in pairs)
    return f'<nav class="acces-directs" aria-label="{title}"><h2>{title}</h2><ul>{items}</ul></nav>'


def aside(main, side):
    return f'<div class="colonnes"><div class="colonne-principale">{main}</div><aside class="colonne-laterale">{side}</aside></div>'


def info_box(text):
    return f'<div class="encadre encadre--info" role="note"><p>{text}</p></div>'


def share(url):
    u = escape(url)
    return (f'<div class="partage"><span>Partager :</span> <a href="https://www.facebook.com/sharer/sharer.php?u={u}" '
            f'class="partage__fb" rel="nofollow">Facebook</a> <a href="https://x.com/share?url={u}" class="partage__x" '
            f'rel="nofollow">X</a> <a href="https://www.linkedin.com/shareArticle?mini=true&amp;url={u}" rel="nofollow">'
            f'LinkedIn</a> <a href="mailto:?subject=A%20lire&amp;body={u}">Courriel</a></div>')


def field(kind, name, label, required=False, options=()):
    star = ' <abbr title="obligatoire">*</abbr>' if required else ""
    req = " required" if required else ""
    fid = f"f-{name}".replace("[", "-").replace("]", "")
    if kind == "textarea":
        ctl = f'<textarea id="{fid}" name="{name}" rows="7"{req}></textarea>'
    elif kind == "select":
        ctl = f'<select id="{fid}" name="{name}"{req}>' + "".join(f"<option>{o}</option>" for o in options) + "</select>"
    elif kind in ("radio", "checkbox"):
        opts = "".join(f'<label><input type="{kind}" name="{name}" value="{escape(o)}"> {o}</label>' for o in options)
        return f'<fieldset class="champ champ--{kind}"><legend>{label}{star}</legend>{opts}</fieldset>'
    else:
        ctl = f'<input type="{kind}" id="{fid}" name="{name}"{req}>'
    return f'<div class="champ"><label for="{fid}">{label}{star}</label>{ctl}</div>'


def rgpd(text="Les données recueillies sont traitées par la mairie pour répondre à votre demande."):
    return (f'<div class="champ champ--rgpd"><label><input type="checkbox" name="rgpd" required> J\'accepte que mes '
            f'données soient utilisées pour traiter ma demande.</label><p class="aide">{text}</p></div>')


# --- WordPress ---------------------------------------------------------------------------------------------

def gravity_form(form_id, fields, button="Envoyer", title=""):
    inner = "".join(f'<li class="gfield">{f}</li>' for f in fields)
    head = f'<div class="gform_heading"><h3 class="gform_title">{title}</h3></div>' if title else ""
    return (f'<div class="gform_wrapper gravity-theme" id="gform_wrapper_{form_id}">{head}<form method="post" '
            f'enctype="multipart/form-data" id="gform_{form_id}" action="#gf_{form_id}"><div class="gform_body '
            f'gform-body"><ul class="gform_fields">{inner}</ul></div><div class="gform_footer"><input type="submit" '
            f'id="gform_submit_button_{form_id}" class="gform_button button" value="{button}"><input type="hidden" '
            f'name="gform_submit" value="{form_id}"></div></form></div>')


def fluent_form(form_id, fields, button="Envoyer mon idée"):
    return (f'<div class="fluentform fluentform_wrapper_{form_id}"><form data-form_id="{form_id}" id="fluentform_{form_id}" '
            f'class="frm-fluent-form fluent_form_{form_id}" method="POST"><input type="hidden" name="__fluent_form_embded_post_id" '
            f'value="{form_id * 7}">' + "".join(f'<div class="ff-el-group">{f}</div>' for f in fields)
            + f'<div class="ff_submit_btn_wrapper"><button type="submit" class="ff-btn ff-btn-submit">{button}</button>'
            '</div></form></div>')


def yop_poll(poll_id, question, answers, action="/wp-admin/admin-ajax.php"):
    opts = "".join(f'<li class="basic-answer"><label><input type="radio" name="answer[{poll_id}]" value="{i}" '
                   f'class="basic-answer-input"> <span class="basic-text">{a}</span></label></li>'
                   for i, a in enumerate(answers, 1))
    return (f'<section class="widget widget_yop_poll"><h2 class="widget-title">Sondage</h2><div class="bootstrap-yop yop-poll-mc">'
            f'<div class="basic-yop-poll-container" data-id="{poll_id}" data-uid="yp5f{poll_id}c"><form class="basic-form" '
            f'method="post" action="{action}"><input type="hidden" name="action" value="yop_poll_record_vote">'
            f'<div class="basic-question-title"><h5>{question}</h5></div><ul class="basic-answers">{opts}</ul>'
            f'<div class="basic-vote"><button class="button basic-vote-button">Voter</button></div></form></div></div></section>')


def yop_results(question, rows, closed_on):
    bars = "".join(f'<li class="basic-answer"><span class="basic-text">{a}</span> <span class="basic-answer-content">'
                   f'{pct} % ({n} votes)</span><div class="basic-bar" style="width:{pct}%"></div></li>' for a, pct, n in rows)
    return (f'<div class="bootstrap-yop yop-poll-mc"><div class="basic-yop-poll-container basic-results"><div class="basic-question-title">'
            f'<h5>{question}</h5></div><ul class="basic-answers">{bars}</ul><p class="basic-message">Ce sondage est clos '
            f'depuis le {closed_on}. Merci de votre participation.</p></div></div>')


def wp_comments(post_id, comments, closed=False):
    items = "".join(f'<li id="comment-{post_id * 10 + i}" class="comment even depth-1"><article class="comment-body">'
                    f'<footer class="comment-meta"><div class="comment-author vcard"><b class="fn">{who}</b> '
                    f'<span class="says">dit :</span></div><div class="comment-metadata"><time>{when}</time></div></footer>'
                    f'<div class="comment-content"><p>{txt}</p></div><div class="reply"><a rel="nofollow" class="comment-reply-link" '
                    f'href="#respond" data-commentid="{post_id * 10 + i}">Répondre</a></div></article></li>'
                    for i, (who, when, txt) in enumerate(comments, 1))
    count = f'<h2 class="comments-title">{len(comments)} réponses</h2><ol class="comment-list">{items}</ol>' if comments else ""
    if closed:
        form = '<p class="no-comments">Les commentaires sont fermés.</p>'
    else:
        form = ('<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Laisser un commentaire</h3>'
                '<form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate>'
                '<p class="comment-notes">Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *</p>'
                '<p class="comment-form-comment"><label for="comment">Commentaire *</label><textarea id="comment" name="comment" '
                'cols="45" rows="6" maxlength="65525" required></textarea></p><p class="comment-form-author"><label for="author">'
                'Nom *</label><input id="author" name="author" type="text" size="30" required></p><p class="comment-form-email">'
                '<label for="email">E-mail *</label><input id="email" name="email" type="email" size="30" required></p>'
                f'<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Laisser un commentaire">'
                f'<input type="hidden" name="comment_post_ID" value="{post_id}" id="comment_post_ID"><input type="hidden" '
                'name="comment_parent" id="comment_parent" value="0"></p></form></div>')
    return f'<div id="comments" class="comments-area">{count}{form}</div>'


def mailpoet(list_name="Lettre d'information"):
    return (f'<div class="widget widget_mailpoet_form"><h2 class="widget-title">{list_name}</h2><form class="mailpoet_form" '
            'method="post" action="/wp-admin/admin-post.php?action=mailpoet_subscription_form" novalidate>'
            '<input type="hidden" name="data[form_id]" value="2"><div class="mailpoet_paragraph"><label>Votre adresse e-mail'
            '<input type="email" class="mailpoet_text" name="data[form_field_ZW1haWw=]" required></label></div>'
            '<input type="submit" class="mailpoet_submit" value="Je m\'abonne"></form></div>')


def bbp_forums(rows):
    """rows: (href, forum title, description, topics, posts)"""
    items = "".join(f'<ul class="forum type-forum status-publish"><li class="bbp-forum-info"><a class="bbp-forum-title" '
                    f'href="{h}">{t}</a><div class="bbp-forum-content">{d}</div></li><li class="bbp-forum-topic-count">{n}</li>'
                    f'<li class="bbp-forum-reply-count">{r}</li></ul>' for h, t, d, n, r in rows)
    return (f'<div id="bbpress-forums" class="bbpress-wrapper"><ul id="forums-list-0" class="bbp-forums"><li class="bbp-header">'
            f'<ul class="forum-titles"><li class="bbp-forum-info">Forum</li><li class="bbp-forum-topic-count">Sujets</li>'
            f'<li class="bbp-forum-reply-count">Messages</li></ul></li><li class="bbp-body">{items}</li></ul></div>')


def bbp_topics(rows, forum_id, logged_in_link):
    items = "".join(f'<ul class="topic type-topic"><li class="bbp-topic-title"><a class="bbp-topic-permalink" href="{h}">{t}</a>'
                    f'<p class="bbp-topic-meta">Démarré par : <span class="bbp-topic-started-by">{who}</span></p></li>'
                    f'<li class="bbp-topic-voice-count">{v}</li><li class="bbp-topic-reply-count">{r}</li></ul>'
                    for h, t, who, v, r in rows)
    return (f'<div id="bbpress-forums" class="bbpress-wrapper"><ul id="bbp-forum-{forum_id}" class="bbp-topics"><li class="bbp-header">'
            f'<ul class="forum-titles"><li class="bbp-topic-title">Sujet</li><li class="bbp-topic-voice-count">Participants</li>'
            f'<li class="bbp-topic-reply-count">Réponses</li></ul></li><li class="bbp-body">{items}</li></ul>'
            f'<div class="bbp-template-notice"><p>Vous devez être <a href="{logged_in_link}">connecté</a> pour créer un nouveau sujet.</p></div></div>')


def bbp_topic(topic_id, posts):
    items = "".join(f'<div id="post-{topic_id + i}" class="bbp-reply-header"><span class="bbp-reply-post-date">{when}</span></div>'
                    f'<div class="reply type-reply"><div class="bbp-reply-author"><span class="bbp-author-name">{who}</span></div>'
                    f'<div class="bbp-reply-content"><p>{txt}</p></div></div>' for i, (who, when, txt) in enumerate(posts))
    form = (f'<div id="new-reply-{topic_id}" class="bbp-reply-form"><form id="new-post" name="new-post" method="post">'
            f'<fieldset class="bbp-form"><legend>Répondre à : ce sujet</legend><div><label for="bbp_reply_content">Votre réponse</label>'
            f'<textarea id="bbp_reply_content" name="bbp_reply_content" rows="8"></textarea></div><div class="bbp-submit-wrapper">'
            f'<button type="submit" id="bbp_reply_submit" name="bbp_reply_submit" class="button submit">Envoyer</button></div>'
            f'<input type="hidden" name="bbp_topic_id" value="{topic_id}"><input type="hidden" name="action" value="bbp-new-reply">'
            '</fieldset></form></div>')
    return f'<div id="bbpress-forums" class="bbpress-wrapper"><ul class="bbp-replies"><li class="bbp-body">{items}</li></ul>{form}</div>'


# --- SPIP -------------------------------------------------------------------------------------------------

def spip_forum(article, messages):
    items = "".join(f'<li class="forum-fil"><div class="forum-message" id="forum{article * 10 + i}"><div class="forum-chapo">'
                    f'<strong class="forum-titre">{t}</strong><small>{d}, par {who}</small></div><div class="forum-texte">'
                    f'<p>{txt}</p></div><p class="repondre"><a href="/spip.php?page=forum&amp;id_article={article}&amp;id_forum='
                    f'{article * 10 + i}" rel="nofollow">Répondre à ce message</a></p></div></li>'
                    for i, (t, who, d, txt) in enumerate(messages, 1))
    return (f'<div class="forum-repondre"><a href="/spip.php?page=forum&amp;id_article={article}" rel="nofollow">Un message, '
            f'un commentaire ?</a></div><div class="forums" id="forum"><h2>{len(messages)} Messages</h2><ul class="forum">{items}</ul></div>')


def spip_forum_form(article):
    return (f'<div class="formulaire_spip formulaire_forum ajax" id="formulaire_forum"><form action="/spip.php?page=forum&amp;'
            f'id_article={article}#formulaire_forum" method="post" enctype="multipart/form-data"><div><input name="formulaire_action" '
            'type="hidden" value="forum"><input name="id_article" type="hidden" value="{article}"></div><fieldset class="saisie_titre">'
            '<label for="titre_forum">Titre</label><input type="text" class="text" name="titre" id="titre_forum" size="40"></fieldset>'
            '<fieldset class="saisie_texte"><legend>Votre message</legend><label for="texte_forum">Pour créer des paragraphes, '
            'laissez simplement des lignes vides.</label><textarea name="texte" id="texte_forum" rows="10" cols="40"></textarea>'
            '</fieldset><p class="explication">Ce forum est modéré a priori : votre contribution n\'apparaîtra qu\'après avoir '
            'été validée par un administrateur du site.</p><p class="boutons"><input type="submit" class="submit" name="previsualiser_message" '
            'value="Prévisualiser"></p></form></div>').replace("{article}", str(article))


def spip_petition(article, signatures, count, threshold):
    rows = "".join(f'<tr class="row_{"odd" if i % 2 else "even"}"><td class="signature-date">{d}</td><td class="signature-nom">{n}</td>'
                   f'<td class="signature-message">{m}</td></tr>' for i, (d, n, m) in enumerate(signatures))
    return (f'<div class="formulaire_spip formulaire_signature" id="sp{article}"><h2>Signer cette pétition</h2><form method="post" '
            f'action="/spip.php?article{article}#sp{article}"><input type="hidden" name="formulaire_action" value="signature">'
            f'<input type="hidden" name="id_article" value="{article}"><fieldset><ul><li class="editer saisie_session_nom obligatoire">'
            '<label for="session_nom">Votre nom ou pseudo</label><input type="text" class="text" name="session_nom" id="session_nom"></li>'
            '<li class="editer saisie_session_email obligatoire"><label for="session_email">Votre adresse email</label>'
            '<input type="email" class="text" name="session_email" id="session_email"></li><li class="editer saisie_message">'
            '<label for="message">Un message ?</label><textarea name="message" id="message" rows="3"></textarea></li></ul></fieldset>'
            f'<p class="explication">Vous recevrez un courriel de confirmation. {count} signatures sur {threshold} nécessaires.</p>'
            '<p class="boutons"><input type="submit" class="submit" value="Signer"></p></form></div>'
            f'<div class="petition-signatures"><h2>Dernières signatures</h2><table class="spip">{rows}</table></div>')


def spip_ecrire(action):
    return (f'<div class="formulaire_spip formulaire_ecrire_auteur ajax"><form method="post" action="{action}"><input type="hidden" '
            'name="formulaire_action" value="ecrire_auteur"><fieldset><ul><li class="editer saisie_session_email obligatoire">'
            '<label for="email_message_auteur">Votre adresse email</label><input type="email" class="text email" '
            'name="email_message_auteur" id="email_message_auteur"></li><li class="editer saisie_sujet_message_auteur obligatoire">'
            '<label for="sujet_message_auteur">Sujet</label><input type="text" class="text" name="sujet_message_auteur" '
            'id="sujet_message_auteur"></li><li class="editer saisie_texte_message_auteur obligatoire"><label for="texte_message_auteur">'
            'Texte de votre message</label><textarea name="texte_message_auteur" id="texte_message_auteur" rows="8" cols="60"></textarea>'
            '</li></ul></fieldset><p class="boutons"><input type="submit" class="submit" name="confirmer" value="Envoyer"></p></form></div>')


def formidable(ident, fields, button="Envoyer"):
    return (f'<div class="formulaire_spip formulaire_formidable formulaire_formidable_{ident}" id="formulaire_formidable_{ident}">'
            f'<form method="post" action="/spip.php?page=formulaire&amp;id={ident}" enctype="multipart/form-data">'
            f'<input type="hidden" name="formulaire_action" value="formidable"><input type="hidden" name="formulaire_action_args" '
            f'value="{ident}"><div class="editer-groupe">' + "".join(f'<div class="editer">{f}</div>' for f in fields)
            + f'</div><p class="boutons"><input type="submit" class="submit" value="{button}"></p></form></div>')


# --- Joomla -------------------------------------------------------------------------------------------------

def joomla_contact(action):
    return (f'<div class="com-contact contact"><form id="contact-form" action="{action}" method="post" class="form-validate '
            'form-horizontal well"><fieldset><legend>Envoyer un courriel</legend><div class="control-group"><label id="jform_contact_name-lbl" '
            'for="jform_contact_name">Nom<span class="star">&#160;*</span></label><input type="text" name="jform[contact_name]" '
            'id="jform_contact_name" class="form-control required" required></div><div class="control-group"><label for="jform_contact_email">'
            'E-mail<span class="star">&#160;*</span></label><input type="email" name="jform[contact_email]" id="jform_contact_email" '
            'class="form-control validate-email required" required></div><div class="control-group"><label for="jform_contact_emailmsg">'
            'Sujet</label><input type="text" name="jform[contact_subject]" id="jform_contact_emailmsg" class="form-control"></div>'
            '<div class="control-group"><label for="jform_contact_message">Message<span class="star">&#160;*</span></label>'
            '<textarea name="jform[contact_message]" id="jform_contact_message" cols="50" rows="10" class="form-control required" '
            'required></textarea></div><div class="control-group"><input type="checkbox" name="jform[contact_email_copy]" '
            'id="jform_contact_email_copy"><label for="jform_contact_email_copy">Recevoir une copie de ce courriel</label></div>'
            '<button class="btn btn-primary validate" type="submit">Envoyer un courriel</button><input type="hidden" name="option" '
            'value="com_contact"><input type="hidden" name="task" value="contact.submit"></fieldset></form></div>')


def kunena_categories(rows):
    items = "".join(f'<tr class="category"><td class="kcol-first kcol-category-icon"></td><td class="kcol-mid"><h3>'
                    f'<a href="{h}" class="hasTooltip">{t}</a></h3><div class="kdescription">{d}</div></td>'
                    f'<td class="kcol-mid kcol-kcattopics">{n} sujets</td><td class="kcol-mid kcol-kcatreplies">{r} réponses</td></tr>'
                    for h, t, d, n, r in rows)
    return (f'<div id="kunena" class="layout"><div class="kfrontend"><h2 class="btn-toolbar">Forum de la commune</h2>'
            f'<table class="table table-bordered kblocktable">{items}</table></div></div>')


def kunena_topics(rows, new_topic_href):
    items = "".join(f'<tr class="category"><td class="kcol-mid kcol-ktopictitle"><a href="{h}" class="topictitle">{t}</a>'
                    f'<div class="ks">Par {who} » {d}</div></td><td class="kcol-mid">{r} Réponses</td></tr>'
                    for h, t, who, d, r in rows)
    return (f'<div id="kunena" class="layout"><div class="btn-toolbar"><a class="btn btn-primary" href="{new_topic_href}">'
            f'Nouveau sujet</a></div><table class="table table-bordered kblocktable"><tbody class="topic-list">{items}</tbody>'
            '</table></div>')


def kunena_topic(topic_id, posts, reply_form=True):
    items = "".join(f'<div class="row message" id="{topic_id * 100 + i}"><div class="profile-horizontal"><strong>{who}</strong>'
                    f' <small>{d}</small></div><div class="kmsg"><div class="kmessage"><p>{txt}</p></div></div></div>'
                    for i, (who, d, txt) in enumerate(posts))
    form = ('<div class="kreply-form"><form action="/index.php?option=com_kunena&amp;view=topic" method="post" '
            'name="postform" enctype="multipart/form-data"><input type="hidden" name="task" value="post">'
            f'<input type="hidden" name="parentid" value="{topic_id}"><label for="kmessage-{topic_id}">Réponse rapide</label>'
            f'<textarea id="kmessage-{topic_id}" name="message" rows="6" class="qreply"></textarea>'
            '<input type="submit" class="btn btn-primary" value="Envoyer"></form></div>') if reply_form else ""
    return f'<div id="kunena" class="layout"><div class="kfrontend topic">{items}</div>{form}</div>'


def jcomments(object_id, comments):
    items = "".join(f'<div class="comment-box"><span class="comment-author">{who}</span> <span class="comment-date">{d}</span>'
                    f'<div class="comment-body" id="comment-body-{object_id * 10 + i}">{txt}</div></div>'
                    for i, (who, d, txt) in enumerate(comments))
    return (f'<div id="jc"><div id="comments"><h4>Commentaires</h4><div class="comments-list" id="comments-list-0">{items}</div></div>'
            f'<a id="addcomments" href="#addcomments"></a><form id="comments-form" name="comments-form" action="javascript:void(null);">'
            '<h4>Ajouter un commentaire</h4><p><input id="comments-form-name" type="text" name="name" maxlength="20" size="22">'
            '<label for="comments-form-name">Nom (obligatoire)</label></p><p><textarea id="comments-form-comment" name="comment" '
            f'cols="65" rows="8"></textarea></p><input type="hidden" name="object_id" value="{object_id}"><input type="hidden" '
            'name="object_group" value="com_content"><div id="comments-form-buttons"><div class="btn" id="comments-form-send">'
            '<a href="#" onclick="jcomments.saveComment();return false;">Envoyer</a></div></div></form></div>')


def rsform(form_id, fields, button="Envoyer"):
    return (f'<form method="post" id="userForm" enctype="multipart/form-data" action="/index.php?option=com_rsform&amp;formId={form_id}">'
            '<div class="rsform-block formContainer">' + "".join(f'<div class="rsform-block-item">{f}</div>' for f in fields)
            + f'<button type="submit" class="rsform-submit-button btn btn-primary">{button}</button></div>'
            f'<input type="hidden" name="form[formId]" value="{form_id}"></form>')


def joomla_poll(poll_id, question, answers):
    opts = "".join(f'<li><input type="radio" name="voteid" id="voteid{poll_id}{i}" value="{i}"><label for="voteid{poll_id}{i}">'
                   f'{a}</label></li>' for i, a in enumerate(answers, 1))
    return (f'<div class="moduletable mod-poll"><h3>Votre avis</h3><form action="/index.php?option=com_acepolls&amp;view=poll&amp;'
            f'id={poll_id}" method="post" name="poll_vote_{poll_id}"><p class="poll-question">{question}</p><ul class="poll">{opts}</ul>'
            '<input type="submit" name="task_button" class="btn btn-primary" value="Voter"><input type="hidden" name="task" value="vote">'
            '</form></div>')


# --- TYPO3 powermail, Drupal Webform, Publik w.c.s. ---------------------------------------------------------

def powermail(uid, action, fields, button="Envoyer"):
    return (f'<div class="tx-powermail"><div class="container-fluid"><form data-parsley-validate="data-parsley-validate" '
            f'data-validate="html5" enctype="multipart/form-data" name="field" class="powermail_form powermail_form_{uid} nolabel" '
            f'action="{action}?tx_powermail_pi1%5Baction%5D=create&amp;tx_powermail_pi1%5Bcontroller%5D=Form" method="post">'
            f'<fieldset class="powermail_fieldset powermail_fieldset_{uid}">'
            + "".join(f'<div class="powermail_fieldwrap form-group">{f}</div>' for f in fields)
            + f'<div class="powermail_fieldwrap powermail_fieldwrap_type_submit"><input class="btn btn-primary" type="submit" '
            f'value="{button}"></div></fieldset><input type="hidden" name="tx_powermail_pi1[mail][form]" value="{uid}"></form></div></div>')


def webform(ident, action, fields, button="Envoyer"):
    return (f'<form class="webform-submission-form webform-submission-add-form webform-submission-{ident}-form js-webform-details-toggle" '
            f'data-drupal-selector="webform-submission-{ident}-add-form" action="{action}" method="post" '
            f'id="webform-submission-{ident}-add-form" accept-charset="UTF-8">'
            + "".join(f'<div class="js-form-item form-item">{f}</div>' for f in fields)
            + f'<div data-drupal-selector="edit-actions" class="form-actions webform-actions"><input class="webform-button--submit '
            f'button button--primary js-form-submit form-submit" type="submit" name="op" value="{button}"></div>'
            f'<input type="hidden" name="form_id" value="webform_submission_{ident}_add_form"></form>')


def drupal_comments(node, comments):
    items = "".join(f'<article data-comment-user-id="0" id="comment-{node * 10 + i}" class="comment js-comment by-anonymous">'
                    f'<footer class="comment__meta"><p class="comment__author">{who}</p><p class="comment__time">{d}</p></footer>'
                    f'<div class="comment__content"><div class="field field--name-comment-body"><p>{txt}</p></div></div></article>'
                    for i, (who, d, txt) in enumerate(comments))
    return (f'<section class="field field--name-comment field--type-comment"><h2>Commentaires</h2>{items}<h2 class="title '
            f'comment-form__title">Ajouter un commentaire</h2><form class="comment-comment-form comment-form" action="/comment/reply/node/'
            f'{node}/comment" method="post" accept-charset="UTF-8"><div class="js-form-item form-item"><label for="edit-name">Votre nom'
            '</label><input type="text" id="edit-name" name="name" size="30" maxlength="60" class="form-text"></div><div class="js-form-item '
            'form-item"><label for="edit-comment-body-0-value" class="js-form-required form-required">Commentaire</label><textarea '
            'id="edit-comment-body-0-value" name="comment_body[0][value]" rows="5" class="form-textarea required"></textarea></div>'
            '<div class="form-actions"><input type="submit" id="edit-submit--2" name="op" value="Enregistrer" class="button form-submit">'
            '</div><input type="hidden" name="form_id" value="comment_comment_form"></form></section>')


def wcs_form(slug, fields, button="Valider", step="Saisie"):
    return (f'<div id="wcs-form-{slug}" class="wcs-form"><div id="steps"><ol><li class="current"><span class="label">{step}</span></li>'
            f'<li><span class="label">Validation</span></li></ol></div><form action="/{slug}/" method="post" '
            f'enctype="multipart/form-data" class="quixote" data-live-url="/{slug}/live">'
            + "".join(f'<div class="widget">{f}</div>' for f in fields)
            + f'<div class="buttons submit"><button name="submit" value="{button}">{button}</button></div>'
            '<input type="hidden" name="_form_id" value="form"></form></div>')


# --- embeds ----------------------------------------------------------------------------------------------------

def iframe(src, title, height=900):
    return (f'<div class="embed-responsive"><iframe src="{escape(src)}" title="{escape(title)}" width="100%" height="{height}" '
            'frameborder="0" marginheight="0" marginwidth="0" loading="lazy">Chargement…</iframe></div>')


def tally(code, title):
    return (f'<iframe data-tally-src="https://tally.so/embed/{code}?alignLeft=1&amp;hideTitle=1&amp;transparentBackground=1&amp;'
            f'dynamicHeight=1" loading="lazy" width="100%" height="620" frameborder="0" title="{escape(title)}"></iframe>'
            '<script>var d=document,w="https://tally.so/widgets/embed.js";if(!d.querySelector(\'script[src="\'+w+\'"]\'))'
            '{var s=d.createElement("script");s.src=w;d.body.appendChild(s);}</script>')


def typeform(form_id):
    return (f'<div data-tf-live="{form_id}" data-tf-opacity="100" data-tf-iframe-props="title=Questionnaire" '
            'style="width:100%;height:560px;"></div><script src="//embed.typeform.com/next/embed.js"></script>')


def disqus(shortname, ident, url):
    return (f'<div id="disqus_thread"></div><script>var disqus_config=function(){{this.page.url="{url}";this.page.identifier="{ident}";}};'
            f'(function(){{var d=document,s=d.createElement("script");s.src="https://{shortname}.disqus.com/embed.js";'
            's.setAttribute("data-timestamp",+new Date());(d.head||d.body).appendChild(s);})();</script>'
            '<noscript>Activez JavaScript pour voir les commentaires propulsés par Disqus.</noscript>')


def hyvor(website_id, page_id):
    return (f'<script async src="https://talk.hyvor.com/embed/embed.js" type="module"></script>'
            f'<hyvor-talk-comments website-id="{website_id}" page-id="{page_id}" loading="lazy"></hyvor-talk-comments>')


def fb_comments(url):
    return (f'<div id="fb-root"></div><script async defer crossorigin="anonymous" src="https://connect.facebook.net/fr_FR/sdk.js'
            f'#xfbml=1&amp;version=v19.0"></script><div class="fb-comments" data-href="{url}" data-width="100%" data-numposts="10" '
            'data-order-by="reverse_time"></div>')


# --- participation platforms ---------------------------------------------------------------------------------

def decidim_cards(rows):
    """rows: (href, title, text, meta)"""
    return '<div class="card__grid-grid">' + "".join(
        f'<a href="{h}" class="card__grid"><div class="card__grid-text"><h3 class="card__title h4">{t}</h3><p>{x}</p>'
        f'<div class="card__grid-metadata"><span>{m}</span></div></div></a>' for h, t, x, m in rows) + "</div>"


def decidim_comments(model, comments, can_add=True):
    items = "".join(f'<div id="comment_{i + 40}" class="comment__container" data-comment-id="{i + 40}"><div class="comment__header">'
                    f'<span class="author__name">{who}</span> <span class="comment__date">{d}</span></div><div class="comment__content">'
                    f'<div class="editor-content"><p>{txt}</p></div></div><div class="comment__footer"><button class="button '
                    f'button__sm comment__reply">Répondre</button></div></div>' for i, (who, d, txt) in enumerate(comments))
    add = (f'<div class="add-comment"><form class="new_comment" id="new_comment_for_{model}" action="/comments" accept-charset="UTF-8" '
           f'data-remote="true" method="post"><input type="hidden" name="comment[commentable_gid]" value="{model}"><label '
           f'for="add-comment-{model}">Ajouter un commentaire</label><textarea id="add-comment-{model}" name="comment[body]" rows="4" '
           'maxlength="1000" minlength="15" placeholder="Ajoutez votre commentaire"></textarea><button type="submit" class="button '
           'button__sm button__secondary">Publier un commentaire</button></form></div>') if can_add else ""
    return (f'<div id="comments-for-{model}" class="comments" data-decidim-comments=\'{{"commentableGid":"{model}"}}\'>'
            f'<h2 class="h4 comments-count">{len(comments)} commentaires</h2><div class="comment-threads">{items}</div>{add}</div>')


def consul_debates(rows):
    return '<div id="debates" class="debates-list">' + "".join(
        f'<div id="debate_{i}" class="debate clear" data-type="debate"><div class="panel"><div class="debate-content"><h3>'
        f'<a href="{h}">{t}</a></h3><p class="debate-info"><span class="icon-comments"></span> <a href="{h}#comments">{c} commentaires'
        f'</a> • <span>{d}</span> • <span class="author">{who}</span></p><div class="debate-description">{x}</div></div></div></div>'
        for i, (h, t, x, who, d, c) in enumerate(rows, 11)) + "</div>"


def consul_comments(kind, ident, comments):
    items = "".join(f'<div id="comment_{ident * 10 + i}" class="comment small-12"><div class="comment-body"><div class="comment-info">'
                    f'<span class="user-name">{who}</span> • <time>{d}</time></div><div class="comment-user"><p>{txt}</p></div>'
                    '</div></div>' for i, (who, d, txt) in enumerate(comments))
    return (f'<section class="expanded comments" id="comments"><div class="row"><div class="small-12 column"><h2>Commentaires '
            f'<span class="js-comments-count">({len(comments)})</span></h2><form class="new_comment" id="new_comment" action="/comments" '
            f'accept-charset="UTF-8" method="post"><label for="comment-body-{kind}_{ident}">Laisse ton commentaire</label><textarea '
            f'id="comment-body-{kind}_{ident}" name="comment[body]" maxlength="5000"></textarea><input type="hidden" '
            f'name="comment[commentable_type]" value="{kind.capitalize()}"><input type="hidden" name="comment[commentable_id]" '
            f'value="{ident}"><input type="submit" name="commit" value="Publier le commentaire" class="button"></form>{items}</div></div></section>')


def community_feed(posts):
    return '<div class="fil-voisins">' + "".join(
        f'<article class="post"><header class="post__header"><span class="post__author">{who}</span> · <span class="post__group">{g}</span>'
        f' · <time>{d}</time></header><div class="post__body"><p>{txt}</p></div><footer class="post__actions"><button type="button">'
        f"J'aide</button> <button type=\"button\">Commenter ({c})</button></footer></article>" for who, g, d, txt, c in posts) + "</div>"
