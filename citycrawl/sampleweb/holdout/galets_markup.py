"""Markup helpers of the holdout part "galets": the HTML that old municipal sites and the software they
use write (SPIP, WordPress and its plugins, Drupal 7, Joomla 3, TYPO3, Publik w.c.s., Decidim, CONSUL,
Cap Collectif, Go Vocal, phpBB, Flarum, a hosted neighbours' network) and a home-made table layout.

Everything here is written anew after the public markup of those programs (class names, routes,
form field names); nothing is copied from another holdout module.
"""
import base64
import zlib
from html import escape


# ---------------------------------------------------------------- plain content

def prose(*paras):
    return "".join(f"<p>{p}</p>" for p in paras)


def h2(text):
    return f"<h2>{text}</h2>"


def h3(text):
    return f"<h3>{text}</h3>"


def ul(*items):
    return "<ul>" + "".join(f"<li>{i}</li>" for i in items) + "</ul>"


def links(pairs, cls=""):
    """A list of internal or external links: (href, label)."""
    c = f' class="{cls}"' if cls else ""
    return f"<ul{c}>" + "".join(f'<li><a href="{escape(h)}">{t}</a></li>' for h, t in pairs) + "</ul>"


def pdf(href, label, size="245 Ko"):
    return f'<a href="{escape(href)}" type="application/pdf">{label}</a> (PDF - {size})'


def pdf_list(items):
    """items: (href, label, size)."""
    return "<ul class=\"documents\">" + "".join(f"<li>{pdf(h, t, s)}</li>" for h, t, s in items) + "</ul>"


def old_table(rows, head=None, width="100%"):
    """A 2000s data table: border=1, cellpadding, bgcolor on the header row."""
    out = [f'<table width="{width}" border="1" cellspacing="0" cellpadding="4" bordercolor="#999999">']
    if head:
        out.append('<tr bgcolor="#DDE4EE">' + "".join(f"<th>{h}</th>" for h in head) + "</tr>")
    for r in rows:
        out.append("<tr>" + "".join(f'<td valign="top">{c}</td>' for c in r) + "</tr>")
    out.append("</table>")
    return "".join(out)


def share_links(url, title=""):
    """Share intents (not accounts of the city)."""
    u = escape(url)
    return ('<div class="partage"><span>Partager :</span> '
            f'<a href="https://www.facebook.com/sharer/sharer.php?u={u}" target="_blank" rel="noopener">Facebook</a> '
            f'<a href="https://twitter.com/intent/tweet?url={u}&amp;text={escape(title)}" target="_blank" rel="noopener">X</a> '
            f'<a href="https://www.linkedin.com/shareArticle?mini=true&amp;url={u}" target="_blank" rel="noopener">LinkedIn</a> '
            f'<a href="mailto:?subject={escape(title)}&amp;body={u}">E-mail</a></div>')


# ---------------------------------------------------------------- embeds of survey services

def google_form(form_id, title, height=1400):
    return (f'<iframe src="https://docs.google.com/forms/d/e/{form_id}/viewform?embedded=true" width="640" '
            f'height="{height}" frameborder="0" marginheight="0" marginwidth="0" title="{escape(title)}">'
            'Chargement…</iframe>')


def framaforms(slug, title, height=1600):
    return (f'<iframe src="https://framaforms.org/{slug}" width="100%" height="{height}" border="0" '
            f'title="{escape(title)}"></iframe>'
            f'<p><small>Le formulaire ne s\'affiche pas ? <a href="https://framaforms.org/{slug}">'
            'Ouvrir le questionnaire dans un nouvel onglet</a>.</small></p>')


def limesurvey(host, sid, title, height=900):
    return (f'<div class="embed-survey"><iframe src="https://{host}/index.php/{sid}?lang=fr&amp;newtest=Y" '
            f'width="100%" height="{height}" style="border:0" title="{escape(title)}" loading="lazy"></iframe></div>')


def typeform(form_id, title):
    return (f'<div data-tf-live="{form_id}" data-tf-medium="snippet" data-tf-hidden="source=site_ville" '
            f'style="width:100%;height:560px;" aria-label="{escape(title)}"></div>'
            '<script src="//embed.typeform.com/next/embed.js"></script>')


def tally(form_id, title, height=620):
    return (f'<iframe data-tally-src="https://tally.so/embed/{form_id}?alignLeft=1&amp;hideTitle=1&amp;'
            f'transparentBackground=1&amp;dynamicHeight=1" loading="lazy" width="100%" height="{height}" '
            f'frameborder="0" marginheight="0" marginwidth="0" title="{escape(title)}"></iframe>'
            '<script>var d=document,w="https://tally.so/widgets/embed.js",v=function(){"undefined"!=typeof Tally?'
            'Tally.loadEmbeds():d.querySelectorAll("iframe[data-tally-src]:not([src])").forEach((function(e){'
            'e.src=e.dataset.tallySrc}))};if("undefined"!=typeof Tally)v();else if(null==d.querySelector('
            '\'script[src="\'+w+\'"]\')){var s=d.createElement("script");s.src=w,s.onload=v,s.onerror=v,'
            'd.body.appendChild(s);}</script>')


# ---------------------------------------------------------------- SPIP

def spip_forum_thread(article_id, messages):
    """An article's public forum (SPIP's 'forum' under an article): messages (id, title, date, author, text)."""
    items = "".join(
        f'<li class="forum-fil"><div class="forum-message"><div class="forum-chapo">'
        f'<strong class="forum-titre"><a href="#forum{i}" name="forum{i}" id="forum{i}">{escape(t)}</a></strong>'
        f'<small>{d}, par {escape(a)}</small></div><div class="forum-texte"><p>{x}</p></div>'
        '</div></li>'
        for i, t, d, a, x in messages)
    return (f'<div class="forum-repondre"><a href="spip.php?page=forum&amp;id_article={article_id}" rel="noindex nofollow">'
            f'Répondre à cet article</a></div>'
            f'<div class="comments"><h2 class="h2">{len(messages)} Messages</h2><ul class="forum">{items}</ul></div>')


def spip_forum_form(article_id, title):
    return (f'<div class="formulaire_spip formulaire_forum ajax" id="formulaire_forum">'
            f'<form action="spip.php?page=forum&amp;id_article={article_id}#formulaire_forum" method="post" enctype="multipart/form-data"><div>'
            f'<input name="page" value="forum" type="hidden" /><input name="id_article" value="{article_id}" type="hidden" />'
            '<input name="formulaire_action" type="hidden" value="forum" />'
            f'<input name="formulaire_action_args" type="hidden" value="e1f03c8a7b2d" />'
            '<fieldset><legend>Votre message</legend>'
            '<p class="explication">Ce forum est modéré a priori : votre contribution n\'apparaîtra qu\'après avoir été validée par un administrateur du site.</p>'
            '<div class="editer-groupe">'
            f'<div class="editer saisie_titre obligatoire"><label for="titre">Titre (obligatoire)</label>'
            f'<input type="text" class="text" name="titre" id="titre" value="{escape(title)}" size="40" /></div>'
            '<div class="editer saisie_texte obligatoire"><label for="texte">Texte de votre message (obligatoire)</label>'
            '<p class="explication">Pour créer des paragraphes, laissez simplement des lignes vides.</p>'
            '<textarea name="texte" id="texte" rows="10" cols="40"></textarea></div></div></fieldset>'
            '<fieldset><legend>Qui êtes-vous ?</legend><div class="editer-groupe">'
            '<div class="editer saisie_session_nom"><label for="session_nom">Votre nom</label>'
            '<input type="text" class="text" name="session_nom" id="session_nom" value="" size="40" autocapitalize="off" autocorrect="off" /></div>'
            '<div class="editer saisie_session_email"><label for="session_email">Votre adresse email</label>'
            '<input type="email" class="text email" name="session_email" id="session_email" value="" size="40" autocapitalize="off" autocorrect="off" /></div>'
            '</div></fieldset>'
            '<p style="display: none;"><label for="nobot_forum">Veuillez laisser ce champ vide :</label>'
            '<input type="text" class="text" name="nobot" id="nobot_forum" value="" size="10" /></p>'
            '<p class="boutons"><input type="submit" class="submit" name="previsualiser_message" value="Prévisualiser" /></p>'
            '</div></form></div>')


def spip_signature(article, id_petition, texte, signatures):
    """SPIP's native petition on an article: the signing form and the published signatures."""
    rows = "".join(f'<tr class="row_{"odd" if n % 2 else "even"}"><td class="signature-date">{d}</td>'
                   f'<td class="signature-nom">{escape(who)}</td><td class="signature-message">{msg}</td></tr>'
                   for n, (d, who, msg) in enumerate(signatures))
    return (f'<div class="formulaire_spip formulaire_signature ajax" id="sp{id_petition}">'
            f'<form method="post" action="spip.php?article{article}#sp{id_petition}"><div>'
            '<input name="formulaire_action" type="hidden" value="signature" />'
            f'<input name="formulaire_action_args" type="hidden" value="a7c2e9d10f3b" />'
            f'<input type="hidden" name="url_page" value="spip.php?article{article}" />'
            f'<fieldset class="info"><legend>Texte de la pétition</legend><div class="explication">{texte}</div></fieldset>'
            '<fieldset><legend>Vos identifiants</legend><div class="editer-groupe">'
            '<div class="editer saisie_nom_email obligatoire"><label for="session_nom">Votre nom ou pseudo (obligatoire)</label>'
            '<input type="text" class="text" name="session_nom" id="session_nom" value="" size="30" /></div>'
            '<div class="editer saisie_adresse_email obligatoire"><label for="session_email">Votre adresse email (obligatoire)</label>'
            '<input type="text" class="text" name="session_email" id="session_email" value="" size="30" /></div>'
            '</div></fieldset>'
            '<fieldset><legend>Lien hypertexte</legend><div class="editer-groupe">'
            '<div class="editer saisie_signature_nom_site"><label for="signature_nom_site">Nom de votre site Web</label>'
            '<input type="text" class="text" name="signature_nom_site" id="signature_nom_site" value="" size="30" /></div>'
            '<div class="editer saisie_signature_url_site"><label for="signature_url_site">Adresse de votre site</label>'
            '<input type="text" class="text" name="signature_url_site" id="signature_url_site" placeholder="http://" value="" size="30" /></div>'
            '</div></fieldset>'
            '<p style="display: none;"><label for="nobot">Veuillez laisser ce champ vide :</label>'
            '<input type="text" class="text" name="nobot" id="nobot" value="" size="10" /></p>'
            '<p class="boutons"><input type="submit" class="btn submit" value="Valider" /></p>'
            '</div></form></div>'
            f'<div class="signatures"><h2>{len(signatures) + 412} signatures</h2>'
            f'<table class="spip signatures"><caption>Dernières signatures</caption><tbody>{rows}</tbody></table></div>')


def spip_ecrire_auteur(article, n=1):
    return (f'<div class="formulaire_spip formulaire_ecrire_auteur ajax" id="formulaire_ecrire_auteur_{n}">'
            f'<form method="post" action="spip.php?article{article}"><div>'
            '<input name="formulaire_action" type="hidden" value="ecrire_auteur" />'
            '<input name="formulaire_action_args" type="hidden" value="c09a71d2ee4b" />'
            '<fieldset><legend>Envoyer un message</legend><div class="editer-groupe">'
            f'<div class="editer saisie_email_message obligatoire"><label for="email_message_{n}">Votre adresse email</label>'
            f'<input type="email" class="text email" name="email_message" id="email_message_{n}" value="" size="30" /></div>'
            f'<div class="editer saisie_sujet_message obligatoire"><label for="sujet_message_{n}">Sujet</label>'
            f'<input type="text" class="text" name="sujet_message" id="sujet_message_{n}" value="" size="30" /></div>'
            f'<div class="editer saisie_texte_message obligatoire"><label for="texte_message_{n}">Texte de votre message</label>'
            f'<textarea name="texte_message" id="texte_message_{n}" rows="10" cols="60"></textarea></div>'
            '</div></fieldset>'
            '<p style="display: none;"><label for="nobot">Veuillez laisser ce champ vide :</label>'
            '<input type="text" class="text" name="nobot" id="nobot" value="" size="10" /></p>'
            '<p class="boutons"><input type="submit" class="submit" name="valide" value="Envoyer" /></p>'
            '</div></form></div>')


def spip_breves(items):
    """A SPIP 'brèves' list: (href, date, title)."""
    return ('<div class="menu menu_breves"><h2>Brèves</h2><ul>' +
            "".join(f'<li><small>{d}</small> <a href="{escape(h)}">{t}</a></li>' for h, d, t in items) +
            "</ul></div>")


def spip_rubrique(articles):
    """A SPIP rubrique's article list: (href, title, intro)."""
    return ('<div class="menu menu_articles"><h2>Articles de cette rubrique</h2><ul class="liste-items">' +
            "".join(f'<li class="item"><strong class="h3-like"><a href="{escape(h)}">{t}</a></strong>'
                    f'<div class="introduction">{i}</div></li>' for h, t, i in articles) + "</ul></div>")


# ---------------------------------------------------------------- WordPress and plugins

def wp_comments(post_id, title, comments, form=True):
    """Native WordPress comments: (id, author, date, text) and the core comment form."""
    items = "".join(
        f'<li id="comment-{cid}" class="comment {"even" if n % 2 == 0 else "odd alt"} thread-even depth-1">'
        f'<article id="div-comment-{cid}" class="comment-body"><footer class="comment-meta">'
        f'<div class="comment-author vcard"><b class="fn">{escape(a)}</b> <span class="says">dit :</span></div>'
        f'<div class="comment-metadata"><a href="#comment-{cid}"><time>{d}</time></a></div></footer>'
        f'<div class="comment-content"><p>{x}</p></div></article></li>'
        for n, (cid, a, d, x) in enumerate(comments))
    out = '<div id="comments" class="comments-area">'
    if comments:
        word = "réflexion" if len(comments) == 1 else "réflexions"
        out += (f'<h2 class="comments-title">{len(comments)} {word} sur « {escape(title)} »</h2>'
                f'<ol class="comment-list">{items}</ol>')
    if form:
        out += (f'<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Laisser un commentaire '
                '<small><a rel="nofollow" id="cancel-comment-reply-link" href="#respond" style="display:none;">Annuler la réponse</a></small></h3>'
                '<form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate>'
                '<p class="comment-notes"><span id="email-notes">Votre adresse e-mail ne sera pas publiée.</span> '
                '<span class="required-field-message">Les champs obligatoires sont indiqués avec <span class="required">*</span></span></p>'
                '<p class="comment-form-comment"><label for="comment">Commentaire <span class="required">*</span></label>'
                '<textarea id="comment" name="comment" cols="45" rows="8" maxlength="65525" required></textarea></p>'
                '<p class="comment-form-author"><label for="author">Nom <span class="required">*</span></label>'
                '<input id="author" name="author" type="text" value="" size="30" maxlength="245" autocomplete="name" required /></p>'
                '<p class="comment-form-email"><label for="email">E-mail <span class="required">*</span></label>'
                '<input id="email" name="email" type="email" value="" size="30" maxlength="100" aria-describedby="email-notes" autocomplete="email" required /></p>'
                '<p class="comment-form-url"><label for="url">Site web</label>'
                '<input id="url" name="url" type="url" value="" size="30" maxlength="200" autocomplete="url" /></p>'
                '<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Laisser un commentaire" />'
                f"<input type='hidden' name='comment_post_ID' value='{post_id}' id='comment_post_ID' />"
                "<input type='hidden' name='comment_parent' id='comment_parent' value='0' /></p></form></div>")
    else:
        out += '<p class="no-comments">Les commentaires sont fermés.</p>'
    return out + "</div>"


def cf7(form_id, post_id, action, fields=None):
    """Contact Form 7: name, e-mail, subject, message."""
    unit = f"wpcf7-f{form_id}-p{post_id}-o1"
    return (f'<div class="wpcf7 no-js" id="{unit}" lang="fr-FR" dir="ltr">'
            '<div class="screen-reader-response"><p role="status" aria-live="polite" aria-atomic="true"></p><ul></ul></div>'
            f'<form action="{action}#{unit}" method="post" class="wpcf7-form init" aria-label="Formulaire de contact" novalidate="novalidate" data-status="init">'
            '<div style="display: none;">'
            f'<input type="hidden" name="_wpcf7" value="{form_id}" /><input type="hidden" name="_wpcf7_version" value="5.1.6" />'
            f'<input type="hidden" name="_wpcf7_locale" value="fr_FR" /><input type="hidden" name="_wpcf7_unit_tag" value="{unit}" />'
            f'<input type="hidden" name="_wpcf7_container_post" value="{post_id}" /></div>'
            '<p><label> Votre nom (obligatoire)<br /><span class="wpcf7-form-control-wrap your-name">'
            '<input type="text" name="your-name" value="" size="40" class="wpcf7-form-control wpcf7-text wpcf7-validates-as-required" aria-required="true" aria-invalid="false" /></span> </label></p>'
            '<p><label> Votre adresse de messagerie (obligatoire)<br /><span class="wpcf7-form-control-wrap your-email">'
            '<input type="email" name="your-email" value="" size="40" class="wpcf7-form-control wpcf7-text wpcf7-email wpcf7-validates-as-required wpcf7-validates-as-email" aria-required="true" aria-invalid="false" /></span> </label></p>'
            '<p><label> Objet<br /><span class="wpcf7-form-control-wrap your-subject">'
            '<input type="text" name="your-subject" value="" size="40" class="wpcf7-form-control wpcf7-text" aria-invalid="false" /></span> </label></p>'
            '<p><label> Votre message<br /><span class="wpcf7-form-control-wrap your-message">'
            '<textarea name="your-message" cols="40" rows="10" class="wpcf7-form-control wpcf7-textarea" aria-invalid="false"></textarea></span> </label></p>'
            '<p><input type="submit" value="Envoyer" class="wpcf7-form-control wpcf7-submit" /></p>'
            '<div class="wpcf7-response-output" aria-hidden="true"></div></form></div>')


def wpforms(form_id, action, fields, submit="Envoyer"):
    """WPForms: fields are (kind, label, required, options) with kind in text/email/textarea/select/radio/date."""
    out = []
    for n, (kind, label, req, opts) in enumerate(fields):
        fid = f"wpforms-{form_id}-field_{n}"
        r = ' <span class="wpforms-required-label">*</span>' if req else ""
        rq = " required" if req else ""
        cls = "wpforms-field-large" + (" wpforms-field-required" if req else "")
        if kind == "textarea":
            ctrl = f'<textarea id="{fid}" class="wpforms-field-medium{" wpforms-field-required" if req else ""}" name="wpforms[fields][{n}]"{rq}></textarea>'
        elif kind == "select":
            o = "".join(f'<option value="{escape(x)}">{x}</option>' for x in opts)
            ctrl = f'<select id="{fid}" class="{cls}" name="wpforms[fields][{n}]"{rq}>{o}</select>'
        elif kind == "radio":
            ctrl = '<ul id="' + fid + '">' + "".join(
                f'<li class="choice-{k + 1}"><input type="radio" id="{fid}_{k + 1}" name="wpforms[fields][{n}]" value="{escape(x)}"{rq}>'
                f'<label class="wpforms-field-label-inline" for="{fid}_{k + 1}">{x}</label></li>' for k, x in enumerate(opts)) + "</ul>"
        else:
            ctrl = f'<input type="{kind}" id="{fid}" class="{cls}" name="wpforms[fields][{n}]"{rq}>'
        out.append(f'<div id="{fid}-container" class="wpforms-field wpforms-field-{kind}" data-field-id="{n}">'
                   f'<label class="wpforms-field-label" for="{fid}">{label}{r}</label>{ctrl}</div>')
    return (f'<div class="wpforms-container wpforms-container-full" id="wpforms-{form_id}">'
            f'<form id="wpforms-form-{form_id}" class="wpforms-validate wpforms-form" data-formid="{form_id}" method="post" '
            f'enctype="multipart/form-data" action="{action}"><div class="wpforms-field-container">{"".join(out)}</div>'
            f'<div class="wpforms-submit-container"><input type="hidden" name="wpforms[id]" value="{form_id}">'
            f'<button type="submit" name="wpforms[submit]" id="wpforms-submit-{form_id}" class="wpforms-submit" '
            f'data-alt-text="Envoi…" value="wpforms-submit">{submit}</button></div></form></div>')


def wp_polls(poll_id, question, answers, first_answer_id=40):
    items = "".join(
        f'<li><input type="radio" id="poll-answer-{first_answer_id + k}" name="poll_{poll_id}" value="{first_answer_id + k}" /> '
        f'<label for="poll-answer-{first_answer_id + k}">{a}</label></li>' for k, a in enumerate(answers))
    return (f'<div id="polls-{poll_id}" class="wp-polls">'
            f'<form id="polls_form_{poll_id}" class="wp-polls-form" action="/index.php" method="post">'
            f'<p style="display: none;"><input type="hidden" id="poll_{poll_id}_nonce" name="wp-polls-nonce" value="3f9a1c7e52" /></p>'
            f'<p style="display: none;"><input type="hidden" name="poll_id" value="{poll_id}" /></p>'
            f'<p style="text-align: center;"><strong>{question}</strong></p>'
            f'<div id="polls-{poll_id}-ans" class="wp-polls-ans"><ul class="wp-polls-ul">{items}</ul>'
            f'<p style="text-align: center;"><input type="button" name="vote" value="   Voter   " class="Buttons" onclick="poll_vote({poll_id});" /></p>'
            f'<p style="text-align: center;"><a href="#ViewPollResults" onclick="poll_result({poll_id}); return false;" '
            'title="Voir les résultats de ce sondage">Voir les résultats</a></p></div></form></div>'
            f'<div id="polls-{poll_id}-loading" class="wp-polls-loading"><img src="/wp-content/plugins/wp-polls/images/loading.gif" '
            'width="16" height="16" alt="Chargement…" title="Chargement…" class="wp-polls-image" />&nbsp;Chargement…</div>')


def wp_polls_results(poll_id, question, rows, total):
    items = "".join(f'<li>{a} <small>({pct}%, {n} votes)</small><div class="pollbar" style="width: {pct}%;" '
                    f'title="{a} ({pct}% | {n} votes)"></div></li>' for a, pct, n in rows)
    return (f'<div id="polls-{poll_id}" class="wp-polls"><p style="text-align: center;"><strong>{question}</strong></p>'
            f'<div id="polls-{poll_id}-ans" class="wp-polls-ans"><ul class="wp-polls-ul">{items}</ul>'
            f'<p style="text-align: center;">Votants : <strong>{total}</strong></p>'
            '<p style="text-align: center;">Ce sondage est clos.</p></div></div>')


def speakout(pid, title, goal, count):
    """The SpeakOut! Email Petitions plugin's signing form."""
    return (f'<div id="dk-speakout-petition-{pid}" class="dk-speakout-petition-wrap">'
            f'<h3>{title}</h3><div class="dk-speakout-response"></div>'
            f'<form class="dk-speakout-petition"><input type="hidden" id="dk-speakout-posttitle-{pid}" value="{escape(title)}" />'
            f'<input type="hidden" id="dk-speakout-tweet-{pid}" value="" />'
            f'<div class="dk-speakout-half"><label for="dk-speakout-first-name-{pid}" class="required">Prénom</label>'
            f'<input name="dk-speakout-first-name" id="dk-speakout-first-name-{pid}" value="" type="text" /></div>'
            f'<div class="dk-speakout-half"><label for="dk-speakout-last-name-{pid}" class="required">Nom</label>'
            f'<input name="dk-speakout-last-name" id="dk-speakout-last-name-{pid}" value="" type="text" /></div>'
            f'<div class="dk-speakout-full"><label for="dk-speakout-email-{pid}" class="required">Courriel</label>'
            f'<input name="dk-speakout-email" id="dk-speakout-email-{pid}" value="" type="email" /></div>'
            f'<div class="dk-speakout-half"><label for="dk-speakout-city-{pid}">Commune</label>'
            f'<input name="dk-speakout-city" id="dk-speakout-city-{pid}" value="" type="text" /></div>'
            f'<div class="dk-speakout-half"><label for="dk-speakout-postcode-{pid}">Code postal</label>'
            f'<input name="dk-speakout-postcode" id="dk-speakout-postcode-{pid}" value="" type="text" /></div>'
            f'<div class="dk-speakout-optin-wrap"><input type="checkbox" name="dk-speakout-privacypolicy" id="dk-speakout-privacypolicy-{pid}" />'
            f'<label for="dk-speakout-privacypolicy-{pid}">J\'accepte que mes données soient utilisées pour cette pétition</label></div>'
            f'<div class="dk-speakout-submit-wrap"><div id="dk-speakout-ajaxloader-{pid}" class="dk-speakout-ajaxloader" style="visibility: hidden;">&nbsp;</div>'
            f'<a name="{pid}" class="dk-speakout-submit"><span>Signer la pétition</span></a></div></form>'
            f'<div class="dk-speakout-progress"><p><span class="dk-speakout-signature-count"><span>{count}</span> signatures</span> '
            f'sur un objectif de {goal}</p><div class="dk-speakout-progress-bar" style="width: {min(100, count * 100 // goal)}%;"></div></div></div>')


# ---------------------------------------------------------------- Drupal 7

def _d7_item(kind, key, label, req, opts=()):
    star = ' <span class="form-required" title="Ce champ est requis.">*</span>' if req else ""
    rq = " required" if req else ""
    if kind == "textarea":
        ctrl = (f'<div class="form-textarea-wrapper resizable"><textarea id="edit-submitted-{key}" name="submitted[{key}]" '
                f'cols="60" rows="6" class="form-textarea{rq}"></textarea></div>')
    elif kind == "radios":
        ctrl = f'<div id="edit-submitted-{key}" class="form-radios">' + "".join(
            f'<div class="form-item form-type-radio form-item-submitted-{key}"><input type="radio" id="edit-submitted-{key}-{k + 1}" '
            f'name="submitted[{key}]" value="{k + 1}" class="form-radio" /> <label class="option" for="edit-submitted-{key}-{k + 1}">{o} </label></div>'
            for k, o in enumerate(opts)) + "</div>"
        return (f'<div class="form-item webform-component webform-component-radios webform-component--{key}" id="webform-component-{key}">'
                f'<label for="edit-submitted-{key}">{label}{star}</label>{ctrl}</div>')
    elif kind == "checkboxes":
        ctrl = f'<div id="edit-submitted-{key}" class="form-checkboxes">' + "".join(
            f'<div class="form-item form-type-checkbox form-item-submitted-{key}-{k + 1}"><input type="checkbox" id="edit-submitted-{key}-{k + 1}" '
            f'name="submitted[{key}][{k + 1}]" value="{k + 1}" class="form-checkbox" /> <label class="option" for="edit-submitted-{key}-{k + 1}">{o} </label></div>'
            for k, o in enumerate(opts)) + "</div>"
        return (f'<div class="form-item webform-component webform-component-checkboxes webform-component--{key}" id="webform-component-{key}">'
                f'<label for="edit-submitted-{key}">{label}{star}</label>{ctrl}</div>')
    elif kind == "select":
        o = "".join(f'<option value="{k + 1}">{x}</option>' for k, x in enumerate(opts))
        ctrl = f'<select id="edit-submitted-{key}" name="submitted[{key}]" class="form-select{rq}"><option value="" selected="selected">- Choisir -</option>{o}</select>'
    else:
        ctrl = f'<input type="{kind}" id="edit-submitted-{key}" name="submitted[{key}]" value="" size="60" maxlength="128" class="form-text{rq}" />'
    return (f'<div class="form-item webform-component webform-component-{kind} webform-component--{key}" id="webform-component-{key}">'
            f'<label for="edit-submitted-{key}">{label}{star}</label>{ctrl}</div>')


def drupal7_webform(nid, action, fields, submit="Envoyer"):
    """Webform 7.x-4: fields are (kind, key, label, required, options)."""
    items = "".join(_d7_item(k, key, lab, req, opts) for k, key, lab, req, opts in fields)
    return (f'<form class="webform-client-form webform-client-form-{nid}" enctype="multipart/form-data" action="{action}" '
            f'method="post" id="webform-client-form-{nid}" accept-charset="UTF-8"><div>{items}'
            f'<input type="hidden" name="details[sid]" /><input type="hidden" name="details[page_num]" value="1" />'
            f'<input type="hidden" name="details[page_count]" value="1" /><input type="hidden" name="details[finished]" value="0" />'
            f'<input type="hidden" name="form_build_id" value="form-Yq2v8nKk3dT1e0rPz6mB9sW4xA7cL5hJ" />'
            f'<input type="hidden" name="form_id" value="webform_client_form_{nid}" />'
            f'<div class="form-actions"><input class="webform-submit button-primary form-submit" type="submit" name="op" value="{submit}" /></div>'
            '</div></form>')


def drupal7_comments(nid, comments, form=True):
    """Drupal 7 core comments on an article node: (cid, author, date, subject, text)."""
    items = "".join(
        f'<a id="comment-{cid}"></a><div class="comment comment-by-anonymous clearfix" about="/comment/{cid}#comment-{cid}" typeof="sioc:Post sioct:Comment">'
        f'<div class="attribution"><div class="comment-submitted"><p class="commenter-name"><span class="username" xml:lang="" typeof="sioc:UserAccount" property="foaf:name">{escape(a)} (non vérifié)</span></p>'
        f'<p class="comment-time">{d}</p></div></div>'
        f'<div class="comment-text"><h3>{s}</h3>'
        f'<div class="content"><div class="field field-name-comment-body field-type-text-long field-label-hidden"><div class="field-items"><div class="field-item even" property="content:encoded"><p>{x}</p></div></div></div></div>'
        '</div></div>'
        for cid, a, d, s, x in comments)
    out = f'<div id="comments" class="comment-wrapper"><h2 class="title">Commentaires</h2>{items}'
    if form:
        out += (f'<h2 class="title comment-form">Ajouter un commentaire</h2>'
                f'<form class="comment-form" action="/comment/reply/{nid}" method="post" id="comment-form" accept-charset="UTF-8"><div>'
                '<div class="form-item form-type-textfield form-item-name"><label for="edit-name">Votre nom </label>'
                '<input type="text" id="edit-name" name="name" value="Anonyme" size="30" maxlength="60" class="form-text" /></div>'
                '<div class="form-item form-type-textfield form-item-subject"><label for="edit-subject">Sujet </label>'
                '<input type="text" id="edit-subject" name="subject" value="" size="60" maxlength="64" class="form-text" /></div>'
                '<div class="field-type-text-long field-name-comment-body field-widget-text-textarea form-wrapper" id="edit-comment-body">'
                '<div class="form-item form-type-textarea form-item-comment-body-und-0-value"><label for="edit-comment-body-und-0-value">Commentaire '
                '<span class="form-required" title="Ce champ est requis.">*</span></label><div class="form-textarea-wrapper resizable">'
                '<textarea class="text-full form-textarea required" id="edit-comment-body-und-0-value" name="comment_body[und][0][value]" cols="60" rows="5"></textarea></div></div></div>'
                '<input type="hidden" name="form_build_id" value="form-Qm3n0rB8vC1xZ7kL4pT2sY6wE9dH5gJa" />'
                '<input type="hidden" name="form_id" value="comment_node_article_form" />'
                '<div class="form-actions form-wrapper" id="edit-actions"><input type="submit" id="edit-submit" name="op" value="Enregistrer" class="form-submit" />'
                '<input type="submit" id="edit-preview" name="op" value="Aperçu" class="form-submit" /></div></div></form>')
    return out + "</div>"


def drupal7_poll(nid, question, choices):
    radios = "".join(
        f'<div class="form-item form-type-radio form-item-choice"><input type="radio" id="edit-choice-{k + 1}" name="choice" value="{k + 1}" class="form-radio" /> '
        f'<label class="option" for="edit-choice-{k + 1}">{c} </label></div>' for k, c in enumerate(choices))
    return (f'<form action="/node/{nid}" method="post" id="poll-view-voting" accept-charset="UTF-8"><div><div class="poll">'
            f'<div class="vote-form"><div class="choices"><div class="title">{question}</div>'
            f'<div class="form-item form-type-radios form-item-choice"><div id="edit-choice" class="form-radios">{radios}</div></div></div>'
            '<input type="submit" id="edit-vote" name="op" value="Voter" class="form-submit" /></div>'
            '<input type="hidden" name="form_build_id" value="form-p0LLv0t1ng8sK2mQ" />'
            '<input type="hidden" name="form_id" value="poll_view_voting" /></div></div></form>')


# ---------------------------------------------------------------- Joomla 3

def joomla_contact(action, contact_id="1:mairie"):
    """com_contact's form."""
    return (f'<div class="contact-form"><form id="contact-form" action="{action}" method="post" class="form-validate form-horizontal well">'
            '<fieldset><legend>Envoyer un e-mail. Tous les champs avec un * sont obligatoires.</legend>'
            '<div class="control-group field-spacer"><div class="control-label"><span class="spacer"><span class="before"></span><span class="text">'
            '<label id="jform_spacer-lbl" class=""><strong class="red">*</strong> Champ requis</label></span><span class="after"></span></span></div></div>'
            '<div class="control-group"><div class="control-label"><label id="jform_contact_name-lbl" for="jform_contact_name" class="hasPopover required">Nom<span class="star">&#160;*</span></label></div>'
            '<div class="controls"><input type="text" name="jform[contact_name]" id="jform_contact_name" value="" class="required" size="30" required aria-required="true" /></div></div>'
            '<div class="control-group"><div class="control-label"><label id="jform_contact_email-lbl" for="jform_contact_email" class="hasPopover required">E-mail<span class="star">&#160;*</span></label></div>'
            '<div class="controls"><input type="email" name="jform[contact_email]" class="validate-email required" id="jform_contact_email" value="" size="30" autocomplete="email" required aria-required="true" /></div></div>'
            '<div class="control-group"><div class="control-label"><label id="jform_contact_emailmsg-lbl" for="jform_contact_emailmsg" class="hasPopover required">Sujet<span class="star">&#160;*</span></label></div>'
            '<div class="controls"><input type="text" name="jform[contact_subject]" id="jform_contact_emailmsg" value="" class="required" size="60" required aria-required="true" /></div></div>'
            '<div class="control-group"><div class="control-label"><label id="jform_contact_message-lbl" for="jform_contact_message" class="hasPopover required">Message<span class="star">&#160;*</span></label></div>'
            '<div class="controls"><textarea name="jform[contact_message]" id="jform_contact_message" cols="50" rows="10" class="required" required aria-required="true"></textarea></div></div>'
            '<div class="control-group"><div class="control-label"><label id="jform_contact_email_copy-lbl" for="jform_contact_email_copy">Recevoir une copie de cet e-mail</label></div>'
            '<div class="controls"><input type="checkbox" name="jform[contact_email_copy]" id="jform_contact_email_copy" value="1" /></div></div>'
            '</fieldset><div class="control-group"><div class="controls"><button class="btn btn-primary validate" type="submit">Envoyer l\'e-mail</button>'
            '<input type="hidden" name="option" value="com_contact" /><input type="hidden" name="task" value="contact.submit" />'
            '<input type="hidden" name="return" value="" />'
            f'<input type="hidden" name="id" value="{contact_id}" />'
            '<input type="hidden" name="8d3e6a1f0b2c4d5e6f7a8b9c0d1e2f3a" value="1" /></div></div></form></div>')


def rsform(form_id, action, fields, submit="Envoyer"):
    """RSForm! Pro, the Joomla forms extension: fields are (kind, name, label, options)."""
    rows = []
    for kind, name, label, opts in fields:
        if kind == "textarea":
            ctrl = f'<textarea cols="50" rows="5" name="form[{name}]" id="{name}" class="rsform-text-box"></textarea>'
        elif kind == "select":
            ctrl = f'<select name="form[{name}][]" id="{name}" class="rsform-select-box">' + "".join(
                f'<option value="{escape(o)}">{o}</option>' for o in opts) + "</select>"
        elif kind == "radio":
            ctrl = "".join(f'<input type="radio" name="form[{name}]" value="{escape(o)}" id="{name}{k}" class="rsform-radio" />'
                           f'<label for="{name}{k}">{o}</label> ' for k, o in enumerate(opts))
        elif kind == "file":
            ctrl = f'<input type="file" name="form[{name}]" id="{name}" class="rsform-upload-box" />'
        else:
            ctrl = f'<input type="{kind}" value="" size="20" name="form[{name}]" id="{name}" class="rsform-input-box" />'
        rows.append(f'<div class="rsform-block rsform-block-{name.lower()}"><div class="formControlLabel">{label}</div>'
                    f'<div class="formControls"><div class="formBody">{ctrl}<span class="formValidation"><span id="component{len(rows) + 1}" class="formNoError">Saisie invalide</span></span></div></div></div>')
    return (f'<form method="post" id="userForm" enctype="multipart/form-data" action="{action}"><div id="rsform_{form_id}_page_0">'
            + "".join(rows) +
            f'<div class="rsform-block rsform-block-envoyer"><div class="formControls"><div class="formBody">'
            f'<button type="submit" name="form[Envoyer]" id="Envoyer" class="rsform-submit-button btn btn-primary">{submit}</button></div></div></div></div>'
            f'<input type="hidden" name="form[formId]" value="{form_id}"/></form>')


# ---------------------------------------------------------------- TYPO3

def powermail(uid, page_id, fields, submit="Envoyer"):
    """EXT:powermail: fields are (kind, marker, label, required)."""
    items = []
    for kind, marker, label, req in fields:
        star = '<span class="mandatory">*</span>' if req else ""
        rq = ' required="required" data-parsley-required-message="Ce champ doit être rempli !"' if req else ""
        if kind == "textarea":
            ctrl = f'<textarea{rq} rows="5" cols="20" id="powermail_field_{marker}" class="powermail_textarea" name="tx_powermail_pi1[field][{marker}]"></textarea>'
        else:
            ctrl = f'<input{rq} id="powermail_field_{marker}" class="powermail_{kind}" type="{kind}" name="tx_powermail_pi1[field][{marker}]" value="" />'
        items.append(f'<div class="powermail_fieldwrap powermail_fieldwrap_type_{"textarea" if kind == "textarea" else "input"} powermail_fieldwrap_{marker}">'
                     f'<label for="powermail_field_{marker}" class="powermail_label" title="">{label}{star}</label>'
                     f'<div class="powermail_field">{ctrl}</div></div>')
    return (f'<div class="tx-powermail"><div class="container-fluid">'
            f'<form data-parsley-validate="data-parsley-validate" data-validate="html5" enctype="multipart/form-data" name="field" '
            f'class="powermail_form powermail_form_{uid} nolabel" action="/index.php?id={page_id}&amp;tx_powermail_pi1%5Baction%5D=create&amp;'
            f'tx_powermail_pi1%5Bcontroller%5D=Form&amp;cHash=6c1f0a2b9d8e7f3a4b5c" method="post">'
            f'<h3>Formulaire de contact</h3><fieldset class="powermail_fieldset powermail_fieldset_{uid}">'
            f'<legend class="powermail_legend">Votre demande</legend>{"".join(items)}'
            f'<div class="powermail_fieldwrap powermail_fieldwrap_type_submit powermail_fieldwrap_envoyer"><div class="powermail_field">'
            f'<input class="powermail_submit" type="submit" value="{submit}" /></div></div></fieldset>'
            f'<input class="powermail_form_uid" type="hidden" name="tx_powermail_pi1[mail][form]" value="{uid}" />'
            '<div style="margin-left: -99999px; position: absolute;"><label for="powermail_hp_1">Ne pas remplir ce champ !</label>'
            '<input autocomplete="new-powermail-hp" id="powermail_hp_1" type="text" name="tx_powermail_pi1[field][__hp]" value="" /></div>'
            '</form></div></div>')


def typo3_form(identifier, page_id, elements, submit="Envoyer"):
    """TYPO3's form framework (EXT:form): elements are (kind, key, label, options)."""
    prefix = f"tx_form_formframework[{identifier}]"
    out = []
    for kind, key, label, opts in elements:
        if kind == "radio":
            ctrl = "".join(f'<div class="form-check"><label class="add-on form-check-label" for="{identifier}-{key}-{k}">'
                           f'<input id="{identifier}-{key}-{k}" class="add-on form-check-input" type="radio" name="{prefix}[{key}]" value="{escape(o)}" />'
                           f'<span>{o}</span></label></div>' for k, o in enumerate(opts))
            out.append(f'<div class="form-group"><fieldset id="{identifier}-{key}" class="form-group"><legend class="form-label">{label}</legend>'
                       f'<div class="input">{ctrl}</div></fieldset></div>')
        elif kind == "textarea":
            out.append(f'<div class="form-group"><label class="form-label" for="{identifier}-{key}">{label}</label><div class="input">'
                       f'<textarea class="xxlarge form-control" id="{identifier}-{key}" name="{prefix}[{key}]"></textarea></div></div>')
        else:
            out.append(f'<div class="form-group"><label class="form-label" for="{identifier}-{key}">{label}</label><div class="input">'
                       f'<input class="form-control" id="{identifier}-{key}" type="{kind}" name="{prefix}[{key}]" value="" /></div></div>')
    return (f'<form enctype="multipart/form-data" method="post" id="{identifier}" '
            f'action="/index.php?id={page_id}&amp;tx_form_formframework%5Baction%5D=perform&amp;tx_form_formframework%5Bcontroller%5D=FormFrontend&amp;cHash=9e8d7c6b5a4f3e2d1c0b#{identifier}">'
            f'<div><input type="hidden" name="{prefix}[__state]" value="TzozOToiVFlQTzNcQ01TXEZvcm0=" />'
            f'<input type="hidden" name="{prefix}[__currentPage]" value="" /></div>{"".join(out)}'
            f'<div class="actions"><nav class="form-navigation"><div class="btn-toolbar" role="toolbar"><div class="btn-group" role="group">'
            f'<span class="btn-group next submit"><button class="btn btn-primary" type="submit" name="{prefix}[__currentPage]" value="1">{submit}</button></span>'
            '</div></div></nav></div></form>')


def tx_news_link(page_id, news_id, label):
    return (f'<a href="/index.php?id={page_id}&amp;tx_news_pi1%5Bnews%5D={news_id}&amp;tx_news_pi1%5Bcontroller%5D=News&amp;'
            f'tx_news_pi1%5Baction%5D=detail">{label}</a>')


def tx_news_path(page_id, news_id):
    return (f"/index.php?id={page_id}&tx_news_pi1%5Bnews%5D={news_id}&tx_news_pi1%5Bcontroller%5D=News&"
            "tx_news_pi1%5Baction%5D=detail")


# ---------------------------------------------------------------- Publik (w.c.s.)

def wcs_form(action, fields, submit="Valider", intro=""):
    """A w.c.s. form as Publik renders it: fields are (kind, label, required, options); f1, f2… field names."""
    out = []
    for n, (kind, label, req, opts) in enumerate(fields, 1):
        star = ' <span title="Ce champ est obligatoire." class="required">*</span>' if req else ""
        aria = ' aria-required="true"' if req else ""
        widget = {"text": "StringWidget", "email": "EmailWidget", "textarea": "TextWidget", "select": "SingleSelectWidget",
                  "radio": "RadiobuttonsWidget", "checkbox": "CheckboxWidget", "date": "DateWidget", "file": "FileWithPreviewWidget"}[kind]
        if kind == "textarea":
            ctrl = f'<textarea id="form_f{n}" name="f{n}" cols="72" rows="10"{aria}></textarea>'
        elif kind == "select":
            ctrl = f'<select id="form_f{n}" name="f{n}"{aria}><option value="">---</option>' + "".join(
                f'<option value="{escape(o)}">{o}</option>' for o in opts) + "</select>"
        elif kind == "radio":
            ctrl = "".join(f'<label><input type="radio" name="f{n}" value="{escape(o)}"{aria} /><span>{o}</span></label>' for o in opts)
        elif kind == "checkbox":
            ctrl = f'<label><input type="checkbox" id="form_f{n}" name="f{n}" value="yes"{aria} /><span>{label}</span></label>'
            label = ""
        elif kind == "file":
            ctrl = f'<input type="file" id="form_f{n}" name="f{n}$file" />'
        else:
            ctrl = f'<input id="form_f{n}" type="{kind}" name="f{n}" value=""{aria} />'
        out.append(f'<div class="field {widget} {"widget-required" if req else "widget-optional"}" data-field-id="{n}">'
                   f'<div class="title"><label for="form_f{n}">{label}{star}</label></div><div class="content">{ctrl}</div></div>')
    return (f'<div id="wcs-form-{zlib.crc32(action.encode()) % 1000}" class="wcs-form">{intro}'
            f'<form action="{action}" method="post" enctype="multipart/form-data" class="quixote" novalidate="novalidate" data-live-url="{action}live">'
            '<input type="hidden" name="_form_token" value="e7d2a3c9b81f4a6e" /><input type="hidden" name="magictoken" value="3Kq8zR2vT6" />'
            f'<div class="page">{"".join(out)}</div>'
            f'<div class="buttons submit"><span class="cancel-button"><button name="cancel" class="cancel-button">Abandonner</button></span>'
            f'<button name="submit" class="submit-button" value="{escape(submit)}">{submit}</button></div></form></div>')


def publik_tiles(items):
    """Combo's list of forms ('démarches'): (href, label)."""
    return ('<div class="cell wcs-forms-of-category-cell"><div><ul>' +
            "".join(f'<li><a href="{escape(h)}">{t}</a></li>' for h, t in items) + "</ul></div></div>")


# ---------------------------------------------------------------- Decidim

def decidim_process_card(href, title, step, date):
    return (f'<a href="{escape(href)}" class="card__grid"><div class="card__grid-text"><h3 class="h4 text-secondary">{title}</h3>'
            f'<div class="card__grid-metadata"><span class="card__grid-metadata-item">{step}</span>'
            f'<span class="card__grid-metadata-item">{date}</span></div></div></a>')


def _gid(model, rid):
    return base64.b64encode(f"gid://decidim-app/Decidim::{model}/{rid}".encode()).decode()


def decidim_comments(model, rid, comments, logged_in_form=True):
    """decidim-comments: existing comments (id, author, date, text) and the add-comment form."""
    items = "".join(
        f'<div id="comment_{cid}" class="comment" data-comment-id="{cid}"><div class="comment__header"><div class="author">'
        f'<span class="author__name">{escape(a)}</span></div><span class="comment__header-date">{d}</span></div>'
        f'<div class="editor-content comment__content"><p>{x}</p></div>'
        f'<div class="comment__footer"><button class="button button__sm button__text-secondary" data-controls="panel-comment{cid}-reply">Répondre</button></div></div>'
        for cid, a, d, x in comments)
    form = ""
    if logged_in_form:
        fid = f"new_comment_for_{model}_{rid}"
        form = (f'<div class="add-comment" id="add-comment-anchor"><h3 class="comment__title">Ajoutez votre commentaire</h3>'
                f'<form id="{fid}" class="new_comment" action="/comments?order=older" accept-charset="UTF-8" data-remote="true" method="post">'
                f'<input type="hidden" name="comment[commentable_gid]" value="{_gid(model, rid)}" />'
                '<input type="hidden" name="comment[alignment]" class="alignment-input" value="0" />'
                '<div class="form__wrapper gap-2"><label class="text-gray-2" for="add-comment-' + f'{model}-{rid}">Commentaire</label>'
                f'<textarea id="add-comment-{model}-{rid}" class="w-full rounded border min-h-[160px] border-text-gray-2" maxlength="1000" required="required" '
                f'placeholder="Ajoutez votre commentaire" name="comment[body]"></textarea>'
                '<div class="w-full text-right"><button type="submit" class="button button__sm button__secondary" disabled="disabled"><span>Publier le commentaire</span></button></div>'
                '</div></form></div>')
    else:
        form = ('<div class="add-comment"><p>Connectez-vous avec votre compte ou <a href="/users/sign_in">inscrivez-vous</a> '
                'pour ajouter votre commentaire.</p><a href="/users/sign_in" class="button button__sm button__secondary">Se connecter</a></div>')
    return (f'<div id="comments-for-{model}-{rid}" class="comments" data-decidim-comments=\'{{"commentableGid":"{model}-{rid}","lastCommentId":{comments[-1][0] if comments else 0}}}\'>'
            f'<div class="comments__header"><h2 class="h4">{len(comments)} commentaires</h2></div>'
            f'<div class="comment-threads">{items}</div>{form}</div>')


# ---------------------------------------------------------------- CONSUL Democracy

def consul_investment_card(budget, iid, title, heading, price, supports):
    return (f'<div id="budget_investment_{iid}" class="budget-investment clear"><div class="panel"><div class="row">'
            f'<div class="small-12 medium-9 column"><div class="budget-investment-content"><h3><a href="/budgets/{budget}/investments/{iid}">{title}</a></h3>'
            f'<p class="investment-project-info"><span class="heading">{heading}</span> &bull; <span class="price">{price}</span></p></div></div>'
            f'<div id="budget_investment_{iid}_ballot" class="small-12 medium-3 column text-center"><div class="supports js-participation">'
            f'<span class="total-supports">{supports} soutiens</span><div class="in-favor">'
            f'<a class="button button-support small expanded" title="Soutenir ce projet" href="/users/sign_in" '
            f'data-remote="true" rel="nofollow" data-method="post">Soutenir</a></div></div></div></div></div></div>')


def consul_comments(model, rid, comments, signed_in=False):
    """CONSUL's comments section: (id, author, date, text)."""
    items = "".join(
        f'<div id="comment_{cid}" class="comment small-12"><div class="comment-body"><div class="comment-info">'
        f'<span class="user-name">{escape(a)}</span> &bull; <time>{d}</time></div>'
        f'<div class="comment-user"><p>{x}</p></div>'
        f'<div class="comment-footer"><span class="in-favor">Je suis d\'accord ({2 + cid % 5})</span> '
        f'<span class="against">Je ne suis pas d\'accord ({cid % 3})</span></div></div></div>'
        for cid, a, d, x in comments)
    if signed_in:
        form = (f'<div id="js-comment-form-{model}_{rid}" class="comment-form"><form class="new_comment" id="new_comment" action="/comments" accept-charset="UTF-8" data-remote="true" method="post">'
                f'<label for="comment-body-{model}_{rid}">Laisser un commentaire</label>'
                f'<textarea id="comment-body-{model}_{rid}" maxlength="1000" name="comment[body]"></textarea>'
                f'<input value="{model}" type="hidden" name="comment[commentable_type]" /><input value="{rid}" type="hidden" name="comment[commentable_id]" />'
                '<input type="hidden" name="comment[parent_id]" /><input type="submit" name="commit" value="Publier le commentaire" class="button" id="publish_comment" /></form></div>')
    else:
        form = ('<div data-alert class="callout primary">Vous devez <a href="/users/sign_in">vous connecter</a> ou '
                '<a href="/users/sign_in">vous inscrire</a> pour laisser un commentaire.</div>')
    return (f'<section class="expanded comments"><div class="row"><div id="comments" class="small-12 column">'
            f'<h2>Commentaires <span class="js-comments-count">({len(comments)})</span></h2>{form}{items}</div></div></section>')


# ---------------------------------------------------------------- Cap Collectif

def capco_step_nav(project, steps, current):
    items = "".join((f'<li class="step{" active" if s == current else ""}"><a href="{escape(h)}"><span class="step__title">{s}</span>'
                     f'<span class="step__status">{st}</span></a></li>') if h else
                    (f'<li class="step"><span class="step__title">{s}</span><span class="step__status">{st}</span></li>')
                    for s, h, st in steps)
    return f'<nav class="project__step-tabs" aria-label="Étapes du projet {escape(project)}"><ul class="nav">{items}</ul></nav>'


def capco_proposal_card(href, title, author, district, votes, comments):
    return (f'<li class="proposal-preview list-group-item" data-testid="proposal-preview"><div class="card__body">'
            f'<h3 class="card__title"><a href="{escape(href)}">{title}</a></h3>'
            f'<p class="proposal__author">Déposé par <span class="author__name">{escape(author)}</span></p>'
            f'<p class="proposal__district"><span class="cap-marker-1"></span> {district}</p></div>'
            f'<div class="card__counters"><span class="proposal__counter--votes">{votes} votes</span>'
            f'<span class="proposal__counter--comments">{comments} commentaires</span></div></li>')


def capco_comments(comments, form=True):
    items = "".join(
        f'<li class="opinion opinion--comment" id="comment-{cid}"><div class="opinion__body"><div class="opinion__user">'
        f'<span class="author__name">{escape(a)}</span> <span class="excerpt small">{d}</span></div>'
        f'<p class="opinion__text">{x}</p></div></li>' for cid, a, d, x in comments)
    f = ""
    if form:
        f = ('<form id="CommentForm" class="comment-form" method="post" action="/graphql/internal"><label for="CommentForm-body" class="sr-only">Votre commentaire</label>'
             '<textarea id="CommentForm-body" name="body" class="form-control" rows="3" placeholder="Votre commentaire"></textarea>'
             '<button type="submit" class="btn btn-primary" id="confirm-comment-create">Commenter</button></form>')
    return (f'<section id="comments" class="proposal__comments"><h2 class="h4">{len(comments)} commentaires</h2>{f}'
            f'<ul class="media-list opinion__list">{items}</ul></section>')


# ---------------------------------------------------------------- Go Vocal

def govocal_idea_card(href, title, votes, comments):
    return (f'<div class="e2e-idea-card"><a href="{escape(href)}" class="e2e-card-title"><h3>{title}</h3></a>'
            f'<div class="e2e-card-footer"><span class="e2e-ideacard-upvote-count">{votes}</span> votes · '
            f'<span class="e2e-ideacard-comment-count">{comments}</span> commentaires</div></div>')


def govocal_comments(comments):
    items = "".join(
        f'<div class="e2e-parent-and-childcomments"><div class="e2e-comment-thread" id="comment-{cid}"><div class="e2e-author-name">{escape(a)}</div>'
        f'<time>{d}</time><div class="e2e-comment-body"><p>{x}</p></div></div></div>' for cid, a, d, x in comments)
    return (f'<div id="e2e-comments-container"><h2>Commentaires ({len(comments)})</h2>'
            '<form id="e2e-comment-form" class="e2e-comment-form"><label for="submit-comment" class="visually-hidden">Écrire un commentaire</label>'
            '<textarea id="submit-comment" name="comment" placeholder="Écrivez votre commentaire ici" class="e2e-mentionstextarea"></textarea>'
            '<button type="submit" class="e2e-submit-parentcomment">Publier</button></form>'
            f'<div class="e2e-comments">{items}</div></div>')


# ---------------------------------------------------------------- phpBB (prosilver)

def phpbb_forumlist(categories):
    """categories: (title, [(f_id, name, desc, topics, posts, last)])."""
    out = []
    for title, forums in categories:
        rows = "".join(
            f'<li class="row"><dl class="row-item forum_read"><dt title="Aucun message non lu"><div class="list-inner">'
            f'<a href="./viewforum.php?f={fid}" class="forumtitle">{name}</a><br />{desc}</div></dt>'
            f'<dd class="topics">{t} <dfn>Sujets</dfn></dd><dd class="posts">{p} <dfn>Messages</dfn></dd>'
            f'<dd class="lastpost"><span><dfn>Dernier message </dfn>{last}</span></dd></dl></li>'
            for fid, name, desc, t, p, last in forums)
        out.append(f'<div class="forabg"><div class="inner"><ul class="topiclist"><li class="header"><dl class="row-item">'
                   f'<dt><div class="list-inner">{title}</div></dt><dd class="topics">Sujets</dd><dd class="posts">Messages</dd>'
                   f'<dd class="lastpost"><span>Dernier message</span></dd></dl></li></ul>'
                   f'<ul class="topiclist forums">{rows}</ul></div></div>')
    return "".join(out)


def phpbb_topiclist(fid, topics):
    """topics: (t_id, title, author, replies, views, last)."""
    rows = "".join(
        f'<li class="row bg{1 + n % 2}"><dl class="row-item topic_read"><dt title="Aucun message non lu"><div class="list-inner">'
        f'<a href="./viewtopic.php?t={tid}" class="topictitle">{title}</a><br /><div class="topic-poster responsive-hide left-box">'
        f'par <span class="username">{escape(a)}</span></div></div></dt>'
        f'<dd class="posts">{r} <dfn>Réponses</dfn></dd><dd class="views">{v} <dfn>Vues</dfn></dd>'
        f'<dd class="lastpost"><span><dfn>Dernier message </dfn>{last}</span></dd></dl></li>'
        for n, (tid, title, a, r, v, last) in enumerate(topics))
    return (f'<div class="action-bar bar-top"><a href="./ucp.php?mode=login" class="button" title="Publier un nouveau sujet">'
            '<span>Nouveau sujet</span> <i class="icon fa-pencil fa-fw" aria-hidden="true"></i></a></div>'
            '<div class="forumbg"><div class="inner"><ul class="topiclist"><li class="header"><dl class="row-item"><dt><div class="list-inner">Sujets</div></dt>'
            '<dd class="posts">Réponses</dd><dd class="views">Vues</dd><dd class="lastpost"><span>Dernier message</span></dd></dl></li></ul>'
            f'<ul class="topiclist topics">{rows}</ul></div></div>')


FIRST = ' class="first"'


def phpbb_topic(fid, tid, subject, posts):
    """posts: (p_id, author, date, html)."""
    out = "".join(
        f'<div id="p{pid}" class="post has-profile bg{1 + n % 2}"><div class="inner"><dl class="postprofile" id="profile{pid}">'
        f'<dt class="no-profile-rank no-avatar"><span class="username">{escape(a)}</span></dt>'
        f'<dd class="profile-posts"><strong>Messages :</strong> {3 + n * 7}</dd></dl>'
        f'<div class="postbody"><div id="post_content{pid}"><h3{FIRST if n == 0 else ""}><a href="#p{pid}">{"Re: " if n else ""}{escape(subject)}</a></h3>'
        f'<p class="author"><span class="responsive-hide">par <strong><span class="username">{escape(a)}</span></strong> &raquo; </span>{d}</p>'
        f'<div class="content">{x}</div></div></div></div></div><hr class="divider" />'
        for n, (pid, a, d, x) in enumerate(posts))
    return (f'<div class="action-bar bar-top"><a href="./ucp.php?mode=login" class="button" title="Publier une réponse">'
            '<span>Répondre</span> <i class="icon fa-reply fa-fw" aria-hidden="true"></i></a>'
            f'<div class="pagination">{len(posts)} messages &bull; Page <strong>1</strong> sur <strong>1</strong></div></div>{out}'
            '<div class="action-bar bar-bottom"><a href="./ucp.php?mode=login" class="button"><span>Répondre</span></a></div>')


# ---------------------------------------------------------------- Flarum (server-rendered noscript content)

def flarum_index(heading, discussions):
    items = "".join(f'<li><a href="/d/{slug}">{title}</a></li>' for slug, title in discussions)
    return f'<div class="container"><h1>{heading}</h1><ul>{items}</ul></div>'


def flarum_discussion(title, posts):
    items = "".join(f'<article><div class="PostUser"><h3 class="PostUser-name">{escape(a)}</h3></div>'
                    f'<div class="Post-body">{x}</div></article><hr>' for a, x in posts)
    return f'<div class="container"><h1>{title}</h1><div>{items}</div></div>'


# ---------------------------------------------------------------- hosted neighbours' network

def feed(posts, compose=True):
    """A neighbourhood feed: (author, quartier, when, kind, text, replies)."""
    comp = ""
    if compose:
        comp = ('<form class="composer" action="/publications" method="post"><label for="composer-text" class="sr-only">Publier un message</label>'
                '<textarea id="composer-text" name="publication[texte]" placeholder="Une question, un objet à prêter, un coup de main ? Écrivez à vos voisins…"></textarea>'
                '<select name="publication[categorie]"><option>Entraide</option><option>Prêt et don</option><option>Événement</option>'
                '<option>Alerte</option><option>Bons plans</option></select><button type="submit" class="btn btn-primary">Publier</button></form>')
    items = "".join(
        f'<article class="post-card post-card--{kind}"><header><span class="post-card__author">{escape(a)}</span> '
        f'<span class="post-card__quartier">{q}</span> <time>{w}</time> <span class="badge">{kind}</span></header>'
        f'<div class="post-card__body"><p>{x}</p></div><footer><a href="#" class="post-card__reply">{r} réponses</a> · '
        '<a href="#" class="post-card__thanks">Merci</a></footer></article>'
        for a, q, w, kind, x, r in posts)
    return f'{comp}<div class="feed">{items}</div>'


# ---------------------------------------------------------------- a home-made site (Dreamweaver era)

def homemade_document(site_title, page_title, menu, body, updated, footer_links, address, dept):
    """A 2000s home-made municipal page: HTML 4.01, a layout table, a left menu, <font> tags, spacer gifs."""
    left = "".join(f'<tr><td class="menu" bgcolor="#E8EEF5"><img src="/images/puce.gif" width="7" height="7" alt=""> '
                   f'<a href="{escape(h)}" class="lienmenu">{escape(t)}</a></td></tr>' for t, h in menu)
    foot = " | ".join(f'<a href="{escape(h)}">{escape(t)}</a>' for t, h in footer_links)
    return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><!-- InstanceBegin template="/Templates/modele_mairie.dwt" codeOutsideHTMLIsLocked="false" -->
<head>
<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
<!-- InstanceBeginEditable name="doctitle" -->
<title>{escape(site_title)} - {escape(page_title)}</title>
<!-- InstanceEndEditable -->
<meta name="keywords" content="mairie, ville, {escape(site_title)}, {escape(dept)}, services municipaux, associations">
<link href="/css/styles.css" rel="stylesheet" type="text/css">
<script language="JavaScript" type="text/JavaScript">
<!--
function MM_swapImgRestore() {{ var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc; }}
function MM_openBrWindow(theURL,winName,features) {{ window.open(theURL,winName,features); }}
//-->
</script>
</head>
<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<table width="780" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td colspan="3"><a href="/"><img src="/images/bandeau.jpg" width="780" height="120" border="0" alt="{escape(site_title)} - Site officiel de la Ville"></a></td></tr>
<tr><td colspan="3" bgcolor="#003366" height="22"><font face="Verdana, Arial, Helvetica, sans-serif" size="1" color="#FFFFFF">&nbsp;Site officiel de la Ville de {escape(site_title)}</font></td></tr>
<tr>
<td width="170" valign="top" bgcolor="#E8EEF5"><table width="170" border="0" cellspacing="0" cellpadding="4">{left}</table>
<p align="center"><img src="/images/spacer.gif" width="1" height="20" alt=""></p></td>
<td width="10"><img src="/images/spacer.gif" width="10" height="1" alt=""></td>
<td width="600" valign="top"><font face="Verdana, Arial, Helvetica, sans-serif" size="2">
<!-- InstanceBeginEditable name="contenu" -->
<h1><font color="#003366">{escape(page_title)}</font></h1>
{body}
<!-- InstanceEndEditable -->
</font></td></tr>
<tr><td colspan="3" bgcolor="#003366" align="center"><font face="Verdana, Arial, Helvetica, sans-serif" size="1" color="#FFFFFF">
{address}<br>
{foot}<br>Derni&egrave;re mise &agrave; jour : {updated}</font></td></tr>
</table>
</body>
<!-- InstanceEnd --></html>"""


PDF_BYTES = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
             b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")
