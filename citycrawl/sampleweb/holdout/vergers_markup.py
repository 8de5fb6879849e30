"""Markup of the ninth-and-thirtieth part (vergers): old city sites as they still run, Joomla 1.5 tables,
SPIP 2 squelettes, a WordPress of the Twenty Ten years, a home-made PHP site, forum engines of that time,
and the widgets they carry (poll modules, article forums, guestbooks, Formidable forms, LimeSurvey)."""
from html import escape

from ..web import Reply

ASIDE = "<!--aside-->"  # a page body may carry a side column after this marker


def split(body):
    main, _, aside = body.partition(ASIDE)
    return main, aside


def p(*paras):
    return "".join(f"<p>{x}</p>" for x in paras)


def teasers(items, cls="news"):
    """News teasers: (href, title, date, text)."""
    rows = "".join(f'<li class="{cls}-item"><span class="date">{d}</span> <a href="{h}">{t}</a><br/>{x}</li>'
                   for h, t, d, x in items)
    return f'<div class="{cls}"><h3>Actualités</h3><ul>{rows}</ul></div>'


def links(items, title="", cls="liens"):
    rows = "".join(f'<li><a href="{h}">{t}</a></li>' for h, t in items)
    return (f"<h3>{title}</h3>" if title else "") + f'<ul class="{cls}">{rows}</ul>'


def agenda(items):
    rows = "".join(f"<li><strong>{d}</strong> — {t}</li>" for d, t in items)
    return f'<div class="agenda"><h3>Agenda</h3><ul>{rows}</ul></div>'


def share(url):
    """Share buttons of an article: intents, not accounts."""
    u = escape(url)
    return ('<div class="partage"><span>Partager :</span> '
            f'<a href="https://www.facebook.com/sharer/sharer.php?u={u}" target="_blank" class="share-fb">Facebook</a> '
            f'<a href="https://twitter.com/intent/tweet?url={u}" target="_blank" class="share-tw">Twitter</a> '
            f'<a href="mailto:?subject=A%20lire&amp;body={u}" class="share-mail">Envoyer par courriel</a></div>')


# ---- forms that are not contact forms --------------------------------------------------------------

def newsletter(action):
    return (f'<form action="{action}" method="post" class="newsletter"><fieldset><legend>Lettre d\'information</legend>'
            '<label for="nl-email">Votre adresse e-mail</label><input type="text" name="email" id="nl-email" size="25"/>'
            '<input type="hidden" name="action" value="inscription"/><input type="submit" value="Je m\'inscris"/></fieldset></form>')


def login(action, user="login", pwd="pass"):
    return (f'<form action="{action}" method="post" class="connexion"><label>Identifiant <input type="text" name="{user}"/></label>'
            f'<label>Mot de passe <input type="password" name="{pwd}"/></label><input type="submit" value="Connexion"/></form>')


def booking(action, what, options):
    opts = "".join(f"<option>{o}</option>" for o in options)
    return (f'<form action="{action}" method="post" class="reservation"><fieldset><legend>Réserver : {what}</legend>'
            f'<label>Salle <select name="salle">{opts}</select></label><label>Date souhaitée <input type="date" name="date"/></label>'
            '<label>Nom <input type="text" name="nom"/></label><label>Téléphone <input type="tel" name="tel"/></label>'
            '<label>Nombre de personnes <input type="number" name="nb"/></label><input type="submit" value="Vérifier la disponibilité"/></fieldset></form>')


def payment(action, ref_label):
    return (f'<form action="{action}" method="post" class="paiement"><fieldset><legend>Paiement en ligne</legend>'
            f'<label>{ref_label} <input type="text" name="reference"/></label><label>Montant (€) <input type="text" name="montant"/></label>'
            '<label>E-mail pour le reçu <input type="email" name="email"/></label>'
            '<input type="submit" value="Payer par carte bancaire"/></fieldset></form><p class="tipi">Paiement sécurisé PayFiP — DGFiP</p>')


# ---- Joomla ------------------------------------------------------------------------------------

def j15_contact(action, cid=1):
    """Joomla 1.5 com_contact."""
    return (f'<form action="{action}" method="post" name="emailForm" id="emailForm" class="form-validate">'
            '<div class="contact_email"><label for="contact_name">&nbsp;Entrez votre nom :</label><br />'
            '<input type="text" name="name" id="contact_name" size="30" class="inputbox" value="" /><br />'
            '<label id="contact_emailmsg" for="contact_email">&nbsp;Adresse e-mail :</label><br />'
            '<input type="text" id="contact_email" name="email" size="30" value="" class="inputbox required validate-email" maxlength="100" /><br />'
            '<label for="contact_subject">&nbsp;Sujet du message :</label><br />'
            '<input type="text" name="subject" id="contact_subject" size="30" class="inputbox" value="" /><br /><br />'
            '<label id="contact_textmsg" for="contact_text">&nbsp;Entrez votre message :</label><br />'
            '<textarea cols="50" rows="10" name="text" id="contact_text" class="inputbox required"></textarea><br />'
            '<input type="checkbox" name="email_copy" id="contact_email_copy" value="1" />'
            '<label for="contact_email_copy">Recevoir une copie de ce message</label><br /><br />'
            '<button class="button validate" type="submit">Envoyer</button></div>'
            f'<input type="hidden" name="option" value="com_contact" /><input type="hidden" name="view" value="contact" />'
            f'<input type="hidden" name="id" value="{cid}" /><input type="hidden" name="task" value="submit" />'
            '<input type="hidden" name="9c1f2e7ab0d34c55" value="1" /></form>')


def j3_contact(action):
    """Joomla 3 com_contact."""
    return (f'<div class="contact-form"><form id="contact-form" action="{action}" method="post" class="form-validate form-horizontal well">'
            '<fieldset><legend>Envoyer un e-mail</legend>'
            '<div class="control-group field-spacer"><div class="control-label"><span class="spacer"><span class="before"></span>'
            '<span class="text"><label id="jform_spacer-lbl" class=""><strong class="red">*</strong> Champ requis</label></span></span></div></div>'
            '<div class="control-group"><div class="control-label"><label id="jform_contact_name-lbl" for="jform_contact_name" class="hasPopover required">Nom<span class="star">&#160;*</span></label></div>'
            '<div class="controls"><input type="text" name="jform[contact_name]" id="jform_contact_name" value="" class="required" size="30" required aria-required="true" /></div></div>'
            '<div class="control-group"><div class="control-label"><label for="jform_contact_email">E-mail<span class="star">&#160;*</span></label></div>'
            '<div class="controls"><input type="email" name="jform[contact_email]" class="validate-email required" id="jform_contact_email" value="" size="30" required /></div></div>'
            '<div class="control-group"><div class="control-label"><label for="jform_contact_emailmsg">Sujet<span class="star">&#160;*</span></label></div>'
            '<div class="controls"><input type="text" name="jform[contact_subject]" id="jform_contact_emailmsg" value="" class="required" size="60" required /></div></div>'
            '<div class="control-group"><div class="control-label"><label for="jform_contact_message">Message<span class="star">&#160;*</span></label></div>'
            '<div class="controls"><textarea name="jform[contact_message]" id="jform_contact_message" cols="50" rows="10" class="required" required></textarea></div></div>'
            '<div class="control-group"><div class="controls"><label class="checkbox"><input type="checkbox" name="jform[contact_email_copy]" id="jform_contact_email_copy" value="1" /> Recevoir une copie</label></div></div>'
            '<div class="control-group"><div class="controls"><button class="btn btn-primary validate" type="submit">Envoyer</button>'
            '<input type="hidden" name="option" value="com_contact" /><input type="hidden" name="task" value="contact.submit" />'
            '<input type="hidden" name="return" value="" /><input type="hidden" name="id" value="1:mairie" />'
            '<input type="hidden" name="4be7d1e0a9f2c3b8" value="1" /></div></div></fieldset></form></div>')


def j15_poll(pid, question, answers, action="index.php"):
    """Joomla 1.5 mod_poll in a side column."""
    rows = "".join(
        f'<tr><td class="sectiontableentry{1 + i % 2}" valign="top"><input type="radio" name="voteid" id="voteid{pid}{i}" '
        f'value="{pid * 10 + i}" alt="{pid * 10 + i}" /><label for="voteid{pid}{i}">{a}</label></td></tr>'
        for i, a in enumerate(answers, 1))
    return (f'<div class="moduletable"><h3>Sondage</h3><form action="{action}" method="post" name="form2">'
            f'<table width="95%" border="0" cellspacing="0" cellpadding="1" align="center" class="poll">'
            f'<thead><tr><td style="font-weight: bold;">{question}</td></tr></thead><tr><td align="center">'
            f'<table class="pollstableborder" cellspacing="0" cellpadding="0" border="0">{rows}</table></td></tr>'
            '<tr><td><div align="center"><input type="submit" name="task_button" class="button" value="Voter" />'
            f'&nbsp;<input type="button" name="option" class="button" value="Résultats" onclick="document.location.href=\'index.php?option=com_poll&amp;id={pid}\';" />'
            f'</div></td></tr></table><input type="hidden" name="option" value="com_poll" /><input type="hidden" name="id" value="{pid}" />'
            '<input type="hidden" name="task" value="vote" /><input type="hidden" name="a8e2c91f04bd7e66" value="1" /></form></div>')


def j15_poll_results(question, rows, voters, first, last):
    body = "".join(f'<tr class="sectiontableentry{1 + i % 2}"><td width="100%" colspan="3">{a}</td></tr>'
                   f'<tr class="sectiontableentry{1 + i % 2}"><td align="right" width="25">{n}</td><td align="right" width="30">{pc}%</td>'
                   f'<td width="300"><div class="polls_color_{i}" style="height:5px;width:{pc}%;"></div></td></tr>'
                   for i, (a, n, pc) in enumerate(rows, 1))
    return (f'<div class="componentheading">Sondage - Résultats</div><table class="contentpane"><thead><tr><th colspan="3" class="sectiontableheader">'
            f'<img src="/components/com_poll/images/poll.png" align="middle" border="0" width="12" height="14" alt="" />{question}</th></tr></thead>'
            f'<tbody>{body}</tbody></table><table cellspacing="0" cellpadding="0" border="0"><tr><td class="smalldark">Nombre de votants</td><td class="smalldark">&nbsp;:&nbsp;{voters}</td></tr>'
            f'<tr><td class="smalldark">Premier vote</td><td class="smalldark">&nbsp;:&nbsp;{first}</td></tr>'
            f'<tr><td class="smalldark">Dernier vote</td><td class="smalldark">&nbsp;:&nbsp;{last}</td></tr></table>')


def jcomments(object_id, comments, open_=True):
    """JComments under a Joomla article."""
    items = "".join(
        f'<div class="{"odd" if i % 2 else "even"}" id="comment-item-{object_id * 10 + i}"><div class="rbox"><div class="comment-box">'
        f'<span class="comment-author">{a}</span> <span class="comment-date">{d}</span>'
        f'<div class="comment-body" id="comment-body-{object_id * 10 + i}">{t}</div></div></div></div>'
        for i, (a, d, t) in enumerate(comments, 1))
    listing = (f'<h4>Commentaires <a class="rss" href="#jc" title="RSS">(flux)</a></h4><div id="comments-list" class="comments-list">{items}</div>'
               if comments else "")
    if open_:
        form = ('<h4>Ajouter un commentaire</h4><a id="addcomments" href="#addcomments"></a>'
                '<form id="comments-form" name="comments-form" action="javascript:void(null);">'
                '<p><span><input id="comments-form-name" type="text" name="name" value="" maxlength="20" size="22" tabindex="1" />'
                '<label for="comments-form-name">Nom (requis)</label></span></p>'
                '<p><span><input id="comments-form-email" type="text" name="email" value="" size="22" tabindex="2" />'
                '<label for="comments-form-email">E-mail (requis, non publié)</label></span></p>'
                '<p><span><textarea id="comments-form-comment" name="comment" cols="65" rows="8" tabindex="5"></textarea></span></p>'
                f'<input type="hidden" name="object_id" value="{object_id}" /><input type="hidden" name="object_group" value="com_content" />'
                '<div id="comments-form-buttons"><div class="btn" id="comments-form-send"><div><a href="#" tabindex="7" '
                'onclick="jcomments.saveComment();return false;" title="Envoyer (Ctrl+Entrée)">Envoyer</a></div></div></div></form>')
    else:
        form = '<p class="message">Les commentaires sont fermés pour cet article.</p>'
    return f'<div id="jc"><div id="comments">{listing}</div>{form}<div id="comments-footer" align="center"><a href="http://www.joomlatune.com" title="JComments" target="_blank">JComments</a></div></div>'


def komento(cid, comments, open_=True):
    """Komento (StackIdeas) under a Joomla 3 article."""
    items = "".join(
        f'<li class="kmt-item kmt-comment-item-public" id="kmt-{cid * 10 + i}"><div class="kmt-wrap"><div class="kmt-head">'
        f'<span class="kmt-author">{a}</span> <time class="kmt-date">{d}</time></div><div class="kmt-body"><div class="kmt-text">{t}</div></div></div></li>'
        for i, (a, d, t) in enumerate(comments, 1))
    form = ('<div class="kmt-form-section" id="kmt-form"><h3 class="kmt-form-title">Laisser un commentaire</h3>'
            '<form class="kmt-form formArea" action="#kmt-form" method="post"><ul class="formAlias reset-ul">'
            '<li class="col kmt-form-name"><input id="register-name" class="input text" name="name" type="text" placeholder="Votre nom" /></li>'
            '<li class="col kmt-form-email"><input id="register-email" class="input text" name="email" type="text" placeholder="Votre e-mail" /></li></ul>'
            '<div class="kmt-form-content"><textarea id="commentInput" name="comment" class="input textarea" cols="50" rows="10" placeholder="Votre commentaire..."></textarea></div>'
            f'<input type="hidden" name="component" value="com_content" /><input type="hidden" name="cid" value="{cid}" />'
            '<button type="button" class="kmt-btn kmt-submit submitButton" name="submit-comment">Publier</button></form></div>'
            if open_ else '<div class="kmt-locked">Les commentaires sont désactivés pour cet article.</div>')
    count = f"{len(comments)} commentaire{'s' if len(comments) > 1 else ''}" if comments else "Aucun commentaire"
    return (f'<div id="section-kmt" class="theme-kuro"><div class="kmt-head"><h3 class="kmt-title">{count}</h3></div>'
            f'<ul class="kmt-list reset-child">{items}</ul>{form}</div>')


def acepolls(pid, question, answers):
    """A Joomla 3 poll module (AcePolls) in a side column."""
    rows = "".join(f'<div class="acepolls_option"><input type="radio" name="voteid" id="mod_voteid{o}" value="{o}" />'
                   f'<label for="mod_voteid{o}">{a}</label></div>' for o, a in ((pid * 10 + i, a) for i, a in enumerate(answers, 1)))
    return (f'<div class="moduletable acepolls"><h3>Votre avis</h3><div class="acepolls_title">{question}</div>'
            f'<form action="/index.php?option=com_acepolls" method="post" name="poll_vote_{pid}" id="poll_vote_{pid}">{rows}'
            f'<div class="acepolls_buttons"><input type="submit" class="btn button" value="Voter" /></div>'
            f'<input type="hidden" name="option" value="com_acepolls" /><input type="hidden" name="task" value="vote" />'
            f'<input type="hidden" name="id" value="{pid}" /></form></div>')


# ---- WordPress ---------------------------------------------------------------------------------

def wp_polls(pid, question, answers):
    rows = "".join(f'<li><input type="radio" id="poll-answer-{pid * 10 + i}" name="poll_{pid}" value="{pid * 10 + i}" /> '
                   f'<label for="poll-answer-{pid * 10 + i}">{a}</label></li>' for i, a in enumerate(answers, 1))
    return (f'<li id="polls-widget-2" class="widget-container widget_polls-widget"><h3 class="widget-title">Sondage</h3>'
            f'<div id="polls-{pid}" class="wp-polls"><form id="polls_form_{pid}" class="wp-polls-form" action="/index.php" method="post">'
            f'<p style="display: none;"><input type="hidden" id="poll_{pid}_nonce" name="wp-polls-nonce" value="3fa1c9d2e7" /></p>'
            f'<p style="display: none;"><input type="hidden" name="poll_id" value="{pid}" /></p>'
            f'<p style="text-align: center;"><strong>{question}</strong></p><div id="polls-{pid}-ans" class="wp-polls-ans">'
            f'<ul class="wp-polls-ul">{rows}</ul><p style="text-align: center;"><input type="button" name="vote" value="   Voter   " '
            f'class="Buttons" onclick="poll_vote({pid});" /></p><p style="text-align: center;"><a href="#ViewPollResults" '
            f'onclick="poll_result({pid}); return false;" title="Voir les résultats de ce sondage">Voir les résultats</a></p></div></form></div>'
            f'<div id="polls-{pid}-loading" class="wp-polls-loading"><img src="/wp-content/plugins/wp-polls/images/loading.gif" width="16" height="16" alt="Chargement ..." class="wp-polls-image" />&nbsp;Chargement ...</div></li>')


def wp_polls_results(pid, question, rows, total):
    items = "".join(f'<li>{a} <small>({pc}%, {n} votes)</small><div class="pollbar" style="width: {pc}%;" title="{a} ({pc}% | {n} votes)"></div></li>'
                    for a, pc, n in rows)
    return (f'<div id="polls-{pid}" class="wp-polls"><p style="text-align: center;"><strong>{question}</strong></p>'
            f'<ul class="wp-polls-ul">{items}</ul><p style="text-align: center;">Nombre total de votants : <strong>{total}</strong></p>'
            '<p class="poll-closed" style="text-align: center;">Ce sondage est clos.</p></div>')


def wp_comments(post_id, comments, open_=True):
    items = "".join(
        f'<li class="comment even thread-{"odd" if i % 2 else "even"} depth-1" id="li-comment-{post_id + i}"><div id="comment-{post_id + i}">'
        f'<div class="comment-author vcard"><cite class="fn">{a}</cite> <span class="says">dit&nbsp;:</span></div>'
        f'<div class="comment-meta commentmetadata"><a href="#comment-{post_id + i}">{d}</a></div>'
        f'<div class="comment-body"><p>{t}</p></div></div></li>' for i, (a, d, t) in enumerate(comments, 1))
    head = f'<h3 id="comments-title">{len(comments)} réponses à <em>cet article</em></h3><ol class="commentlist">{items}</ol>' if comments else ""
    form = (f'<div id="respond"><h3 id="reply-title">Laisser un commentaire</h3><form action="/wp-comments-post.php" method="post" id="commentform">'
            '<p class="comment-notes">Votre adresse de messagerie ne sera pas publiée. Les champs obligatoires sont indiqués avec <span class="required">*</span></p>'
            '<p class="comment-form-author"><label for="author">Nom</label> <span class="required">*</span><input id="author" name="author" type="text" value="" size="30" /></p>'
            '<p class="comment-form-email"><label for="email">Adresse de contact</label> <span class="required">*</span><input id="email" name="email" type="text" value="" size="30" /></p>'
            '<p class="comment-form-url"><label for="url">Site web</label><input id="url" name="url" type="text" value="" size="30" /></p>'
            '<p class="comment-form-comment"><label for="comment">Commentaire</label><textarea id="comment" name="comment" cols="45" rows="8"></textarea></p>'
            f'<p class="form-submit"><input name="submit" type="submit" id="submit" value="Laisser un commentaire" />'
            f'<input type="hidden" name="comment_post_ID" value="{post_id}" id="comment_post_ID" /><input type="hidden" name="comment_parent" id="comment_parent" value="0" /></p></form></div>'
            if open_ else '<p class="nocomments">Les commentaires sont fermés.</p>')
    return f'<div id="comments">{head}{form}</div>'


def cf7(form_id, page_id, fields, submit="Envoyer"):
    """Contact Form 7 (an old 3.x version): fields are (name, label, kind)."""
    rows = "".join(
        f'<p>{lab}<br /><span class="wpcf7-form-control-wrap {n}">'
        + (f'<textarea name="{n}" cols="40" rows="10" class="wpcf7-form-control wpcf7-textarea"></textarea>' if k == "textarea"
           else f'<input type="{k}" name="{n}" value="" size="40" class="wpcf7-form-control wpcf7-text" />')
        + "</span></p>" for n, lab, k in fields)
    return (f'<div class="wpcf7" id="wpcf7-f{form_id}-p{page_id}-o1"><form action="/?page_id={page_id}#wpcf7-f{form_id}-p{page_id}-o1" method="post" class="wpcf7-form">'
            f'<div style="display: none;"><input type="hidden" name="_wpcf7" value="{form_id}" /><input type="hidden" name="_wpcf7_version" value="3.4.1" />'
            f'<input type="hidden" name="_wpcf7_unit_tag" value="wpcf7-f{form_id}-p{page_id}-o1" /><input type="hidden" name="_wpnonce" value="5d1e8a0c3b" /></div>'
            f'{rows}<p><input type="submit" value="{submit}" class="wpcf7-form-control wpcf7-submit" /></p>'
            '<div class="wpcf7-response-output wpcf7-display-none"></div></form></div>')


# ---- SPIP --------------------------------------------------------------------------------------

def spip_forum_thread(messages):
    """Messages of a SPIP forum (under an article or in a forum rubrique)."""
    items = "".join(
        f'<li class="forum-fil"><div class="forum-message" id="forum{fid}"><div class="forum-chapo">'
        f'<strong class="forum-titre"><a href="#forum{fid}" title="Message {fid}">{t}</a></strong>'
        f'<small>{d}, par <span class="vcard author">{a}</span></small></div><div class="forum-texte"><p>{x}</p></div>'
        f'<p class="repondre"><a href="#formulaire_forum" rel="noindex nofollow">Répondre à ce message</a></p></div></li>'
        for fid, t, d, a, x in messages)
    return f'<div class="forums" id="forum"><h2>{len(messages)} Messages</h2><ul class="forum">{items}</ul></div>'


def spip_forum_form(action, id_article):
    return (f'<div class="formulaire_spip formulaire_forum ajax" id="formulaire_forum"><h2 class="titrem">Un message, un commentaire ?</h2>'
            f'<form action="{action}#formulaire_forum" method="post" enctype="multipart/form-data"><div>'
            '<input name="formulaire_action" type="hidden" value="forum" /><input name="formulaire_action_args" type="hidden" value="Hl8k2AqF0xwZ" />'
            f'<input type="hidden" name="id_article" value="{id_article}" /><input type="hidden" name="id_forum" value="0" /></div>'
            '<fieldset class="saisie_titre"><legend>Votre message</legend><ul><li class="editer saisie_titre obligatoire">'
            '<label for="titre">Titre (obligatoire)</label><input type="text" class="text" name="titre" id="titre" value="" size="60" /></li>'
            '<li class="editer saisie_texte obligatoire"><label for="texte">Texte de votre message</label>'
            '<textarea name="texte" id="texte" rows="10" cols="40"></textarea></li></ul></fieldset>'
            '<fieldset><legend>Qui êtes-vous ?</legend><ul><li class="editer saisie_session_nom"><label for="session_nom">Votre nom</label>'
            '<input type="text" class="text" name="session_nom" id="session_nom" value="" size="40" /></li>'
            '<li class="editer saisie_session_email"><label for="session_email">Votre adresse email</label>'
            '<input type="text" class="text" name="session_email" id="session_email" value="" size="40" /></li></ul></fieldset>'
            '<p style="display: none;"><label for="nobot_forum">Veuillez laisser ce champ vide :</label><input type="text" class="text" name="nobot" id="nobot_forum" value="" size="10" /></p>'
            '<p class="boutons"><input type="submit" class="submit" name="previsualiser" value="Voir ce message avant de le poster" /></p></form></div>')


def formidable(fid, action, fields, submit="Envoyer"):
    """The Formidable plugin: fields are (name, label, kind, options)."""
    rows = []
    for i, (n, lab, kind, opts) in enumerate(fields, 1):
        key = f"{kind}_{i}"
        if kind == "textarea":
            ctrl = f'<textarea name="{key}" id="champ_{key}" rows="6" cols="40" class="textarea"></textarea>'
        elif kind == "radio":
            ctrl = "".join(f'<div class="choix choix_{key}_{j}"><input type="radio" name="{key}" class="radio" id="champ_{key}_{j}" value="choix{j}" />'
                           f'<label for="champ_{key}_{j}">{o}</label></div>' for j, o in enumerate(opts))
        elif kind == "checkbox":
            ctrl = "".join(f'<div class="choix"><input type="checkbox" name="{key}[]" class="checkbox" id="champ_{key}_{j}" value="choix{j}" />'
                           f'<label for="champ_{key}_{j}">{o}</label></div>' for j, o in enumerate(opts))
        elif kind == "selection":
            ctrl = f'<select name="{key}" id="champ_{key}">' + "".join(f'<option value="choix{j}">{o}</option>' for j, o in enumerate(opts)) + "</select>"
        else:
            ctrl = f'<input type="text" name="{key}" class="text" id="champ_{key}" value="" size="40" />'
        rows.append(f'<li class="editer editer_{key} saisie_{kind}"><label for="champ_{key}">{lab}</label>{ctrl}</li>')
    return (f'<div class="formulaire_spip formulaire_formidable formulaire_formidable_{fid}" id="formulaire_formidable_{fid}">'
            f'<form method="post" action="{action}#formulaire_formidable_{fid}" enctype="multipart/form-data"><div>'
            f'<input name="formulaire_action" type="hidden" value="formidable" /><input name="formulaire_action_args" type="hidden" value="{fid}" />'
            f'<input type="hidden" name="id_formulaire" value="{fid}" /></div><ul class="editer-groupe">{"".join(rows)}</ul>'
            '<p style="display:none;"><label for="nobot">Laisser ce champ vide</label><input type="text" name="nobot" id="nobot" value="" /></p>'
            f'<p class="boutons"><input type="submit" class="submit" value="{submit}" /></p></form></div>')


def spip_petition(action, id_article, count, names):
    sigs = "".join(f'<tr class="row_{"odd" if i % 2 else "even"}"><td class="signature-date">{d}</td><td class="signature-nom">{n}</td>'
                   f'<td class="signature-message">{m}</td></tr>' for i, (d, n, m) in enumerate(names))
    return (f'<div class="formulaire_spip formulaire_signature" id="sp{id_article}"><h2 class="titrem">Signer cette pétition</h2>'
            f'<form action="{action}#sp{id_article}" method="post"><div><input name="formulaire_action" type="hidden" value="signature" />'
            f'<input type="hidden" name="id_article" value="{id_article}" /></div><fieldset><ul>'
            '<li class="editer saisie_session_nom obligatoire"><label for="session_nom">Votre nom ou pseudo</label><input type="text" class="text" name="session_nom" id="session_nom" value="" size="20" /></li>'
            '<li class="editer saisie_session_email obligatoire"><label for="session_email">Votre adresse email</label><input type="email" class="text" name="session_email" id="session_email" value="" size="20" /></li>'
            '<li class="editer saisie_message"><label for="message">Un commentaire (facultatif)</label><textarea name="message" id="message" rows="3" cols="20"></textarea></li></ul></fieldset>'
            '<p class="boutons"><input type="submit" class="submit" value="Valider" /></p></form></div>'
            f'<div class="petition-signatures"><h2>{count} signatures</h2><table class="spip signatures">{sigs}</table></div>')


# ---- page layouts of that time, served by a CustomHost --------------------------------------------

def _social(site):
    if not site.accounts:
        return ""
    return ('<div class="reseaux">Retrouvez-nous sur : ' + " | ".join(
        f'<a href="{escape(a.href)}" target="_blank">{escape(a.platform.capitalize())}</a>' for a in site.accounts) + "</div>")


def _menu(site, sep=""):
    return sep.join(f'<li><a href="{escape(h)}">{escape(t)}</a></li>' for t, h in site.menu)


def joomla15(site, page):
    main, aside = split(page.body)
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="fr-fr" lang="fr-fr" dir="ltr">
<head>
<meta http-equiv="content-type" content="text/html; charset=utf-8" />
<meta name="robots" content="index, follow" />
<meta name="keywords" content="mairie, {escape(site.title)}, ville" />
<meta name="generator" content="Joomla! 1.5 - Open Source Content Management" />
<title>{escape(page.title)} - {escape(site.title)}</title>
<link href="/templates/ville_hervelle/favicon.ico" rel="shortcut icon" type="image/x-icon" />
<script type="text/javascript" src="/media/system/js/mootools.js"></script>
<script type="text/javascript" src="/media/system/js/caption.js"></script>
<link rel="stylesheet" href="/templates/system/css/system.css" type="text/css" />
<link rel="stylesheet" href="/templates/ville_hervelle/css/template.css" type="text/css" />
</head>
<body id="page_bg">
<a name="up" id="up"></a>
<table id="conteneur" width="960" border="0" cellspacing="0" cellpadding="0" align="center">
<tr><td colspan="3" id="bandeau"><a href="/"><img src="/templates/ville_hervelle/images/bandeau.jpg" alt="{escape(site.title)}" width="960" height="140" border="0" /></a></td></tr>
<tr><td colspan="3" id="pathway"><span class="breadcrumbs pathway"><a href="/" class="pathway">Accueil</a> <img src="/templates/ville_hervelle/images/arrow.png" alt="" /> {escape(page.title)}</span></td></tr>
<tr valign="top">
<td id="left" width="200"><div class="moduletable_menu"><h3>Menu principal</h3><ul class="menu">{_menu(site)}</ul></div>
<div class="moduletable"><h3>Rechercher</h3><form action="index.php" method="post"><div class="search"><input name="searchword" id="mod_search_searchword" maxlength="20" alt="Rechercher" class="inputbox" type="text" size="20" value="rechercher..." /></div>
<input type="hidden" name="task" value="search" /><input type="hidden" name="option" value="com_search" /></form></div>{aside}</td>
<td id="maincolumn" width="560"><table class="contentpaneopen"><tr><td class="contentheading" width="100%">{escape(page.title)}</td>
<td align="right" width="100%" class="buttonheading"><a href="javascript:void(0)" onclick="window.print();return false;" title="Imprimer">Imprimer</a></td></tr></table>
<table class="contentpaneopen"><tr><td valign="top">{main}</td></tr></table></td>
<td id="right" width="200"><div class="moduletable"><h3>Mairie</h3><p>{escape(site.address)}</p><p>Lundi au vendredi<br />8h30-12h / 13h30-17h30</p></div></td>
</tr>
<tr><td colspan="3" id="footer"><p>&copy; 2009 {escape(site.title)} - <a href="/mentions-legales">Mentions légales</a> - Site réalisé avec Joomla!</p>{_social(site)}</td></tr>
</table>
</body>
</html>"""


def spip2(site, page):
    main, aside = split(page.body)
    cls = "page_sommaire" if page.path == "/" else "page_article"
    return f"""<!DOCTYPE html PUBLIC '-//W3C//DTD XHTML 1.0 Strict//EN' 'http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd'>
<html dir="ltr" lang="fr" xml:lang="fr" xmlns="http://www.w3.org/1999/xhtml" class="ltr fr no-js">
<head>
<title>{escape(page.title)} - {escape(site.title)}</title>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<link rel="alternate" type="application/rss+xml" title="Syndiquer tout le site" href="spip.php?page=backend" />
<link rel="stylesheet" href="squelettes-dist/spip_style.css" type="text/css" media="all" />
<link rel="stylesheet" href="squelettes/habillage.css" type="text/css" media="projection, screen, tv" />
<script src="prive/javascript/jquery.js" type="text/javascript"></script>
<!-- insert_head --><meta name="generator" content="SPIP 2.1.12 [19133]" />
</head>
<body class="{cls}">
<div class="page">
<div id="entete"><a rel="start home" href="/" title="Accueil" class="accueil"><img class="spip_logos" alt="" src="IMG/siteon0.png" width="120" height="80" /> <span id="nom_site_spip">{escape(site.title)}</span></a>
<p id="slogan_site_spip">Site officiel de la ville</p></div>
<div id="menu"><ul class="menu-liste">{_menu(site)}</ul></div>
<div id="conteneur"><div id="contenu">
<p id="hierarchie"><a href="/">Accueil</a> &gt; <strong class="on">{escape(page.title)}</strong></p>
<div class="contre-encart"><h1 class="titre">{escape(page.title)}</h1><div class="texte">{main}</div></div>
</div></div>
<div id="navigation"><div class="formulaire_spip formulaire_recherche" id="formulaire_recherche"><form action="spip.php?page=recherche" method="get"><div>
<input name="page" value="recherche" type="hidden" /><label for="recherche">Rechercher :</label><input type="text" class="text" size="10" name="recherche" id="recherche" accesskey="4" />
<input type="submit" class="submit" value="&gt;&gt;" title="Rechercher" /></div></form></div>
<div class="rubriques"><h2 class="structure">Rubriques</h2><ul>{_menu(site)}</ul></div>{aside}</div>
<div id="pied"><small class="generer_url_page_backend"><a href="/mentions-legales">Mentions légales</a> | {escape(site.address)}</small>
{_social(site)}<small class="generer_url_page_login"><a href="http://www.spip.net/" title="Site réalisé avec SPIP">Site réalisé avec SPIP</a></small></div>
</div></body></html>"""


def homemade(site, page):
    main, aside = split(page.body)
    nav = "".join(f'<tr><td class="menu" height="24">&raquo; <a href="{escape(h)}" class="lienmenu">{escape(t)}</a></td></tr>' for t, h in site.menu)
    return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<title>{escape(site.title)} - {escape(page.title)}</title>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="description" content="Site officiel de la mairie de {escape(site.title)}">
<meta name="author" content="Service communication">
<link href="styles/ville.css" rel="stylesheet" type="text/css">
<script language="JavaScript" type="text/JavaScript" src="js/menu.js"></script>
</head>
<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<table width="800" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td colspan="2"><a href="/index.php"><img src="images/entete.gif" width="800" height="120" border="0" alt="Mairie de {escape(site.title)}"></a></td></tr>
<tr><td colspan="2" bgcolor="#336699" height="22"><font face="Verdana" size="1" color="#FFFFFF">&nbsp;Vous êtes ici : <a href="/index.php"><font color="#FFFFFF">Accueil</font></a> &gt; {escape(page.title)}</font></td></tr>
<tr><td width="180" valign="top" bgcolor="#E8EEF4"><table width="180" border="0" cellspacing="0" cellpadding="4">{nav}</table>{aside}</td>
<td width="620" valign="top"><table width="100%" border="0" cellspacing="0" cellpadding="10"><tr><td>
<h1 class="titre"><font face="Arial" color="#336699">{escape(page.title)}</font></h1>
<font face="Verdana" size="2">{main}</font></td></tr></table></td></tr>
<tr><td colspan="2" bgcolor="#336699" align="center" height="30"><font face="Verdana" size="1" color="#FFFFFF">Mairie de {escape(site.title)} - {escape(site.address)} -
<a href="/mentions-legales"><font color="#FFFFFF">Mentions légales</font></a> - Dernière mise à jour : 12/03/2024</font>{_social(site)}</td></tr>
</table>
<script type="text/javascript">var _gaq = _gaq || []; _gaq.push(['_setAccount', 'UA-9123456-1']); _gaq.push(['_trackPageview']);</script>
</body>
</html>"""


def twentyten(site, page):
    main, aside = split(page.body)
    return f"""<!DOCTYPE html>
<html dir="ltr" lang="fr-FR">
<head>
<meta charset="UTF-8" />
<title>{escape(page.title)} | {escape(site.title)}</title>
<link rel="profile" href="http://gmpg.org/xfn/11" />
<link rel="stylesheet" type="text/css" media="all" href="/wp-content/themes/twentyten-ville/style.css" />
<link rel="alternate" type="application/rss+xml" title="{escape(site.title)} &raquo; Flux" href="/feed/" />
<script type='text/javascript' src='/wp-includes/js/jquery/jquery.js?ver=1.7.2'></script>
<link rel="EditURI" type="application/rsd+xml" title="RSD" href="/xmlrpc.php?rsd" />
<meta name="generator" content="WordPress 3.4.2" />
</head>
<body class="{'home blog' if page.path == '/' else 'page page-template-default'}">
<div id="wrapper" class="hfeed">
<div id="header"><div id="masthead"><div id="branding" role="banner">
<div id="site-title"><span><a href="/" title="{escape(site.title)}" rel="home">{escape(site.title)}</a></span></div>
<div id="site-description">Site officiel de la Ville</div><img src="/wp-content/themes/twentyten-ville/images/headers/ville.jpg" width="940" height="198" alt="" /></div>
<div id="access" role="navigation"><div class="skip-link screen-reader-text"><a href="#content" title="Aller au contenu">Aller au contenu</a></div>
<div class="menu-header"><ul id="menu-principal" class="menu">{_menu(site)}</ul></div></div></div></div>
<div id="main"><div id="container"><div id="content" role="main">
<div class="post type-page status-publish hentry"><h1 class="entry-title">{escape(page.title)}</h1><div class="entry-content">{main}</div></div>
</div></div>
<div id="primary" class="widget-area" role="complementary"><ul class="xoxo">
<li id="search-2" class="widget-container widget_search"><form role="search" method="get" id="searchform" action="/"><div><label class="screen-reader-text" for="s">Rechercher&nbsp;:</label>
<input type="text" value="" name="s" id="s" /><input type="submit" id="searchsubmit" value="Rechercher" /></div></form></li>{aside}</ul></div>
</div>
<div id="footer" role="contentinfo"><div id="colophon"><div id="site-info"><a href="/" title="{escape(site.title)}" rel="home">{escape(site.title)}</a> — {escape(site.address)} — <a href="/mentions-legales">Mentions légales</a></div>
{_social(site)}<div id="site-generator"><a href="http://wordpress.org/" title="Plate-forme de publication personnelle à la pointe de la sémantique">Fièrement propulsé par WordPress</a></div></div></div>
</div></body></html>"""


def smf(site, page):
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<link rel="stylesheet" type="text/css" href="/Themes/default/css/index.css?fin20" />
<script type="text/javascript" src="/Themes/default/scripts/script.js?fin20"></script>
<script type="text/javascript"><!-- // --><![CDATA[
var smf_theme_url = "/Themes/default"; var smf_scripturl = "/index.php"; var smf_charset = "UTF-8";
// ]]></script>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<title>{escape(page.title)} - {escape(site.title)}</title>
</head>
<body>
<div id="wrapper" style="width: 90%">
<div id="header"><div class="frame"><div id="top_section"><h1 class="forumtitle"><a href="/index.php">{escape(site.title)}</a></h1></div>
<div id="upper_section" class="middletext"><div class="user"><form id="guest_form" action="/index.php?action=login2" method="post" accept-charset="UTF-8">
<div class="info">Bienvenue, <strong>Invité</strong>. Merci de vous <a href="/index.php?action=login">connecter</a> ou de vous <a href="/index.php?action=register">inscrire</a>.</div>
<input type="text" name="user" size="10" class="input_text" /><input type="password" name="passwrd" size="10" class="input_password" /><input type="submit" value="Connexion" class="button_submit" /></form></div></div>
<div id="main_menu"><ul class="dropmenu" id="menu_nav"><li id="button_home"><a class="active firstlevel" href="/index.php"><span class="last firstlevel">Accueil</span></a></li>
<li id="button_register"><a class="firstlevel" href="/index.php?action=register"><span class="last firstlevel">Inscription</span></a></li>
<li><a class="firstlevel" href="http://www.villebreche.fr/index.php"><span class="firstlevel">Site de la mairie</span></a></li></ul></div></div></div>
<div id="content_section"><div class="frame"><div id="main_content_section">
<div class="navigate_section"><ul><li><a href="/index.php"><span>{escape(site.title)}</span></a> &#187;</li><li class="last"><span>{escape(page.title)}</span></li></ul></div>
{page.body}</div></div></div>
<div id="footer_section"><div class="frame"><ul class="reset"><li class="copyright"><span class="smalltext" style="display: inline; visibility: visible; font-family: Verdana, Arial, sans-serif;">
<a href="http://www.simplemachines.org/about/smf/license.php" title="License" target="_blank" class="new_win">SMF 2.0.15</a> | <a href="http://www.simplemachines.org/about/smf/license.php" title="License" target="_blank" class="new_win">SMF &copy; 2017</a>, <a href="http://www.simplemachines.org" title="Simple Machines" target="_blank" class="new_win">Simple Machines</a></span></li>
<li><a href="/mentions-legales">Mentions légales</a></li></ul></div></div>
</div></body></html>"""


def fluxbb(site, page):
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="fr" lang="fr" dir="ltr">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{escape(page.title)} / {escape(site.title)}</title>
<link rel="stylesheet" type="text/css" href="style/Air.css" />
</head>
<body>
<div id="punindex" class="pun">
<div class="top-box"></div>
<div class="punwrap">
<div id="brdheader" class="block"><div class="box">
<div id="brdtitle" class="inbox"><h1><a href="index.php">{escape(site.title)}</a></h1><div id="brddesc"><p>Forum de discussion des habitants — modéré par la mairie</p></div></div>
<div id="brdmenu" class="inbox"><ul><li id="navindex" class="isactive"><a href="index.php">Index</a></li><li id="navregister"><a href="register.php">Inscription</a></li>
<li id="navlogin"><a href="login.php">Identification</a></li><li><a href="http://www.orgelas.fr/">Site de la ville</a></li></ul></div>
<div id="brdwelcome" class="inbox"><p class="conl">Vous n'êtes pas identifié(e).</p><div class="clearer"></div></div>
</div></div>
<div id="brdmain">{page.body}</div>
<div id="brdfooter" class="block"><h2><span>Pied de page</span></h2><div class="box"><div class="inbox">
<p id="poweredby">Propulsé par <a href="http://fluxbb.org/">FluxBB</a> — <a href="/mentions-legales">Mentions légales</a></p><div class="clearer"></div></div></div></div>
</div><div class="end-box"></div></div>
</body>
</html>"""


def limesurvey(site, page):
    return f"""<!DOCTYPE html>
<html lang="fr" class="no-js">
<head>
<meta charset="utf-8" />
<meta name="generator" content="LimeSurvey http://www.limesurvey.org" />
<title>{escape(page.title)} - {escape(site.title)}</title>
<link rel="stylesheet" type="text/css" href="/assets/2a1c9e0f/survey.css" />
<link rel="stylesheet" type="text/css" href="/upload/templates/ville/template.css" />
<script type="text/javascript" src="/assets/7b3d1f22/jquery-1.11.3.min.js"></script>
</head>
<body class="lang-fr groupbygroup">
<div class="outerframe"><div id="surveytitle"><h1>{escape(page.title)}</h1></div>
<div id="wrapper">{page.body}</div>
<div class="surveycontact"><p>Questionnaire administré par {escape(site.title)}. <a href="/mentions-legales">Mentions légales</a></p></div>
<div class="powered-by"><a href="http://www.limesurvey.org" title="LimeSurvey - Outil d'enquête en ligne libre">Propulsé par LimeSurvey</a></div></div>
</body>
</html>"""


LAYOUTS = {f.__name__: f for f in (joomla15, spip2, homemade, twentyten, smf, fluxbb, limesurvey)}


def custom_host(site, layout):
    """A host whose every page is drawn with one of the layouts above (robots.txt and redirects as usual)."""
    from ..hostile import CustomHost
    draw = LAYOUTS[layout]
    rendered = {}

    def special(request):
        found = site.by_path.get(request.target)
        if found is None:
            return None
        if request.target not in rendered:
            rendered[request.target] = draw(site, found)
        return Reply.html(rendered[request.target])

    return CustomHost(site, special)
