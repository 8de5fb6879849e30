"""Markup helpers of the fifth holdout part (``bourgs``), written apart from the other parts' helpers.

Each helper prints a feature (or its lookalike) the way the software it imitates does: class names,
routes and field names learnt from the public source or the public embed codes of WP-Polls, YOP Poll,
Crowdsignal (Polldaddy), Joomla's poll module, SPIP (forums, pétitions, formulaire d'écriture à un auteur,
Forms & Tables), Drupal (Poll, comments, contact), Gravity Forms, Fluent Forms, Convert Forms, TYPO3's form
framework, Disqus, LimeSurvey, Google Forms, Typeform, Tally, Microsoft Forms and Framaforms, and the
routes of Decidim, CONSUL Democracy and Cap Collectif. The wording is ours.
"""
import zlib
from html import escape
from urllib.parse import quote


def p(*paragraphs):
    return "".join(f"<p>{x}</p>" for x in paragraphs)


def h2(title, *paragraphs):
    return f"<h2>{title}</h2>" + p(*paragraphs)


def ul(items, cls="liste"):
    return f'<ul class="{cls}">' + "".join(f"<li>{i}</li>" for i in items) + "</ul>"


def a(href, text, cls=None, blank=False):
    klass = f' class="{cls}"' if cls else ""
    target = ' target="_blank" rel="noopener"' if blank else ""
    return f'<a href="{escape(href)}"{klass}{target}>{text}</a>'


def links(items, cls="liens-utiles"):
    return ul([a(h, t) for t, h in items], cls)


def _id(*parts):
    return zlib.crc32("|".join(map(str, parts)).encode()) % 90000 + 10000


# ---- home pages, lists, shared blocks ---------------------------------------------------------

def accueil(intro, raccourcis, actus, agenda=(), encart=""):
    """A commune's home page: a word from the town hall, "en un clic" shortcuts, news cards, agenda."""
    tiles = "".join(f'<li class="raccourci"><a class="raccourci__lien" href="{escape(h)}">{t}</a></li>'
                    for t, h in raccourcis)
    cards = "".join(f'<div class="une-item"><span class="une-item__rubrique">{r}</span>'
                    f'<h3 class="une-item__titre"><a href="{escape(h)}">{t}</a></h3>'
                    f'<time class="une-item__date">{d}</time><p>{s}</p></div>' for r, t, h, d, s in actus)
    evts = "".join(f'<li><span class="agenda__jour">{d}</span> <a href="{escape(h)}">{t}</a></li>' for d, t, h in agenda)
    return (f'<div class="mot-accueil">{p(intro)}</div>'
            f'<section class="en-un-clic"><h2>En un clic</h2><ul class="raccourcis">{tiles}</ul></section>'
            + encart
            + f'<section class="a-la-une"><h2>Actualités</h2>{cards}</section>'
            + (f'<section class="agenda"><h2>Rendez-vous</h2><ul>{evts}</ul></section>' if agenda else ""))


def liste_actus(items):
    return '<div class="liste-actualites">' + "".join(
        f'<article class="actualite-resume"><h2><a href="{escape(h)}">{t}</a></h2><p class="date">{d}</p><p>{s}</p></article>'
        for t, h, d, s in items) + "</div>"


def partage(url, titre):
    """Share intents under an article: not the city's accounts."""
    u, t = quote(url, safe=""), quote(titre, safe="")
    return ('<div class="boutons-partage" aria-label="Partager"><span>Partager :</span>'
            f'<a class="partage-fb" href="https://www.facebook.com/sharer/sharer.php?u={u}" target="_blank" rel="noopener">Facebook</a> '
            f'<a class="partage-x" href="https://x.com/share?url={u}&amp;text={t}" target="_blank" rel="noopener">X</a> '
            f'<a class="partage-li" href="https://www.linkedin.com/shareArticle?mini=true&amp;url={u}&amp;title={t}" target="_blank" rel="noopener">LinkedIn</a> '
            f'<a class="partage-wa" href="https://api.whatsapp.com/send?text={t}%20{u}" target="_blank" rel="noopener">WhatsApp</a> '
            f'<a class="partage-mail" href="mailto:?subject={t}&amp;body={u}">Courriel</a></div>')


def lettre_info(action, field="email", cls="inscription-lettre"):
    """A newsletter sign-up: one e-mail field and a consent box."""
    return (f'<form class="{cls}" action="{action}" method="post"><h2>La lettre de la mairie</h2>'
            f'<p>Recevez chaque mois l\'essentiel de l\'actualité communale.</p>'
            f'<label for="nl-{field}">Votre adresse électronique</label><input type="email" id="nl-{field}" name="{field}" required>'
            f'<input type="checkbox" id="nl-rgpd" name="rgpd" value="1" required><label for="nl-rgpd">J\'accepte de recevoir la lettre d\'information</label>'
            f'<button type="submit">Je m\'abonne</button></form>')


def connexion(action, user="login", password="password", titre="Espace personnel"):
    return (f'<form class="connexion" action="{action}" method="post"><fieldset><legend>{titre}</legend>'
            f'<label for="cx-login">Courriel ou identifiant</label><input type="text" id="cx-login" name="{user}" required>'
            f'<label for="cx-pass">Mot de passe</label><input type="password" id="cx-pass" name="{password}" required>'
            f'<button type="submit">Connexion</button></fieldset><p><a href="#">Mot de passe oublié ?</a></p></form>')


def recherche(action, q, hits, name="q"):
    items = "".join(f'<li><a href="{escape(h)}">{t}</a><p>{s}</p></li>' for t, h, s in hits)
    return (f'<form class="recherche-page" action="{action}" method="get" role="search"><label for="rq">Mots-clés</label>'
            f'<input type="search" id="rq" name="{name}" value="{escape(q)}"><button type="submit">Rechercher</button></form>'
            f'<p>{len(hits)} résultat(s)</p><ol class="resultats-recherche">{items}</ol>')


def embed_fb_post(page_name, post_id):
    """An embedded post of a third party (a newspaper): not the city's account."""
    return (f'<div class="fb-post" data-href="https://www.facebook.com/{page_name}/posts/{post_id}" data-width="500">'
            f'<blockquote cite="https://www.facebook.com/{page_name}/posts/{post_id}" class="fb-xfbml-parse-ignore">'
            f'<a href="https://www.facebook.com/{page_name}/posts/{post_id}">Publication de {page_name}</a></blockquote></div>'
            '<script async defer crossorigin="anonymous" src="https://connect.facebook.net/fr_FR/sdk.js#xfbml=1&amp;version=v19.0"></script>')


# ---- WordPress polls ---------------------------------------------------------------------------

def wp_polls(poll_id, question, answers, nonce="3b9f0c1d2e"):
    """WP-Polls: div#polls-N.wp-polls > form#polls_form_N, radios named poll_N, Vote button."""
    lis = "".join(f'<li><input type="radio" id="poll-answer-{poll_id * 10 + i}" name="poll_{poll_id}" value="{poll_id * 10 + i}" /> '
                  f'<label for="poll-answer-{poll_id * 10 + i}">{ans}</label></li>' for i, ans in enumerate(answers, 1))
    return (f'<div id="polls-{poll_id}" class="wp-polls">'
            f'<form id="polls_form_{poll_id}" class="wp-polls-form" action="/index.php" method="post">'
            f'<p style="display: none;"><input type="hidden" id="poll_{poll_id}_nonce" name="wp-polls-nonce" value="{nonce}" /></p>'
            f'<p style="display: none;"><input type="hidden" name="poll_id" value="{poll_id}" /></p>'
            f'<p style="text-align: center;"><strong>{question}</strong></p>'
            f'<div id="polls-{poll_id}-ans" class="wp-polls-ans"><ul class="wp-polls-ul">{lis}</ul>'
            f'<p style="text-align: center;"><input type="button" name="vote" value="   Voter   " class="Buttons" onclick="poll_vote({poll_id});" /></p>'
            f'<p style="text-align: center;"><a href="#ViewPollResults" onclick="poll_result({poll_id}); return false;" title="Voir les résultats de ce sondage">Voir les résultats</a></p>'
            f'</div></form></div><div id="polls-{poll_id}-loading" class="wp-polls-loading"><img src="/wp-content/plugins/wp-polls/images/loading.gif" width="16" height="16" alt="Chargement ..." class="wp-polls-image" />&nbsp;Chargement ...</div>')


def wp_polls_results(poll_id, question, rows, total, closed_on):
    """WP-Polls results of a closed poll: bars and percentages, no radio and no button."""
    lis = "".join(f'<li>{t} <small>({pc}%, {n} votes)</small><div class="pollbar" style="width: {pc}%;" title="{t} ({pc}% | {n} votes)"></div></li>'
                  for t, n, pc in rows)
    return (f'<div id="polls-{poll_id}" class="wp-polls"><p style="text-align: center;"><strong>{question}</strong></p>'
            f'<div id="polls-{poll_id}-ans" class="wp-polls-ans"><ul class="wp-polls-ul">{lis}</ul>'
            f'<p style="text-align: center;">Votants : <strong>{total}</strong></p>'
            f'<p style="text-align: center;">Ce sondage est clos depuis le {closed_on}.</p></div></div>')


def yop_poll(poll_id, question, answers, ends):
    """YOP Poll (v6): div.bootstrap-yop.yop-poll-mc > form.basic-yop-poll-container with answer radios."""
    lis = "".join(f'<li class="basic-answer" style="padding:0px 0px;" data-id="{poll_id * 100 + i}" data-type="text" data-vn="0" data-color="#000000">'
                  f'<div class="radio"><label class="basic-answer-content basic-text-vertical">'
                  f'<input type="radio" name="answer[{poll_id}]" value="{poll_id * 100 + i}">{ans}</label></div></li>'
                  for i, ans in enumerate(answers, 1))
    return (f'<div class="bootstrap-yop yop-poll-mc"><div class="basic-yop-poll-container" style="background-color:#ffffff; border:1px; border-style:solid; border-color:#dddddd; border-radius:0px; padding:10px 10px;" '
            f'data-id="{poll_id}" data-temp="basic" data-skin="minimal" data-cscheme="black" data-cap="0" data-access="guest" data-tid="" data-uid="" data-resdet="votes-number,percentages" data-show-results-to="guest" data-show-results-moment="after-vote" data-show-results-only="false" data-show-message="true" data-show-results-as="bar" data-sort-results-by="as-defined" data-sort-results-rule="asc" data-is-ended="0" data-percentages-decimals="2" data-gdpr="no" data-gdpr-sol="consent" data-css="" data-counter="0" data-load-with="1" data-notification-section="top">'
            f'<div class="row"><div class="col-md-12"><div class="basic-inner"><div class="basic-message hide" style="border-left: 10px solid #008000; padding: 0px 10px;" data-error="#ff0000" data-success="#008000"><p class="basic-message-text" style="color:#000000; font-size:14px; font-weight:normal;"></p></div>'
            f'<div class="basic-overlay hide"><div class="basic-vote-options"></div><div class="basic-preloader"><div class="basic-windows8"></div></div></div>'
            f'<form class="basic-form" action=""><input type="hidden" name="_token" value="a1b2c3d4e5" autocomplete="off">'
            f'<div class="basic-elements"><div class="basic-element basic-question basic-question-text-vertical" data-id="{poll_id}" data-uid="q{poll_id}" data-type="question" data-question-type="text" data-allow-multiple="no" data-min="1" data-max="1" data-display="vertical" data-colnum="" data-display-others="no" data-others-color="" data-others="">'
            f'<div role="radiogroup" aria-labelledby="pollq{poll_id}" class="basic-question-title"><h5 id="pollq{poll_id}" style="color:#000000; font-size:14px; font-weight:normal; text-align:center;">{question}</h5></div>'
            f'<ul class="basic-answers">{lis}</ul></div><div class="clearfix"></div></div>'
            f'<div class="basic-vote"><a href="#" class="button basic-vote-button" role="button" style="background:#ffffff; border:1px; border-style: solid; border-color:#000000; border-radius:5px; padding:5px 10px; color:#000000; font-size:14px; font-weight:normal;">Voter</a></div>'
            f'<p class="basic-yop-poll-end">Fin du vote : {ends}</p></form></div></div></div></div></div>')


def crowdsignal(poll_id, title):
    """A Crowdsignal (formerly Polldaddy) poll embedded by its script, with the noscript fallback link."""
    return (f'<div class="wp-block-embed crowdsignal-poll"><script type="text/javascript" charset="utf-8" src="https://secure.polldaddy.com/p/{poll_id}.js"></script>'
            f'<noscript><a href="https://poll.fm/{poll_id}">{title}</a></noscript></div>')


# ---- Joomla ------------------------------------------------------------------------------------

def joomla_poll(poll_id, title, options, slug):
    """Joomla's poll module (mod_poll / com_poll): radios named voteid, task=vote, option=com_poll."""
    lis = "".join(f'<li class="{"sectiontableentry1" if i % 2 else "sectiontableentry2"}"><label for="voteid{o_id}">'
                  f'<input type="radio" name="voteid" id="voteid{o_id}" value="{o_id}" alt="{o_id}" /> {txt}</label></li>'
                  for i, (o_id, txt) in enumerate(options, 1))
    return (f'<div class="moduletable mod-poll"><h3>Sondage</h3><form action="/index.php" method="post" name="form2" class="poll">'
            f'<h4>{title}</h4><ul class="poll-options">{lis}</ul><div class="poll-buttons">'
            f'<input type="submit" name="task_button" class="button btn btn-primary poll-vote" value="Voter" /> '
            f'<a class="poll-results" href="/index.php?option=com_poll&amp;id={poll_id}:{slug}">Résultats</a></div>'
            f'<input type="hidden" name="option" value="com_poll" /><input type="hidden" name="task" value="vote" />'
            f'<input type="hidden" name="id" value="{poll_id}" /><input type="hidden" name="9f8e7d6c5b4a39281716151413121110" value="1" /></form></div>')


def convert_forms(form_id, action, fields, submit="Envoyer"):
    """Convert Forms (Tassos) for Joomla: div.convertforms > form.cf-form, fields named cf[name]."""
    html = []
    for name, label, kind, required in fields:
        req = " required" if required else ""
        star = ' <span class="cf-required-label">*</span>' if required else ""
        ctl = (f'<textarea name="cf[{name}]" id="form{form_id}_{name}" rows="6" class="cf-input cf-input-shadow-0"{req}></textarea>'
               if kind == "textarea" else
               f'<input type="{kind}" name="cf[{name}]" id="form{form_id}_{name}" class="cf-input cf-input-shadow-0"{req}>')
        html.append(f'<div class="cf-control-group" data-key="{len(html)}" data-name="{name}" data-type="{kind}"{" data-required" if required else ""}>'
                    f'<div class="cf-control-label"><label class="cf-label" for="form{form_id}_{name}">{label}{star}</label></div>'
                    f'<div class="cf-control-input">{ctl}</div></div>')
    return (f'<div id="cf_{form_id}" class="convertforms cf cf-img-above cf-form-bottom cf-success-hideform cf-hasLabels" style="--font-size:16px;">'
            f'<form name="cf{form_id}" id="cf{form_id}" method="post" action="{action}" class="cf-form">'
            f'<div class="cf-form-wrap cf-col-16"><div class="cf-response" aria-live="polite" id="cf_{form_id}_response"></div>'
            f'<div class="cf-fields">{"".join(html)}<div class="cf-control-group" data-type="submit"><div class="cf-control-input">'
            f'<div class="cf-text-left"><button type="submit" class="cf-btn cf-btn-style-flat cf-btn-shadow-0"><span class="cf-btn-text">{submit}</span>'
            f'<span class="cf-spinner-container"><span class="cf-spinner"><span class="bounce1"></span><span class="bounce2"></span></span></span></button></div></div></div></div></div>'
            f'<input type="hidden" name="cf[form_id]" value="{form_id}"></form></div>')


# ---- SPIP --------------------------------------------------------------------------------------

def spip_ecrire_auteur(id_auteur, action):
    """SPIP's #FORMULAIRE_ECRIRE_AUTEUR: sujet, message and e-mail fields, formulaire_ecrire_auteur."""
    return (f'<div class="formulaire_spip formulaire_ecrire_auteur ajax" id="formulaire_ecrire_auteur-{id_auteur}">'
            f'<form method="post" action="{action}#formulaire_ecrire_auteur-{id_auteur}" enctype="multipart/form-data"><div>'
            f'<input name="formulaire_action" type="hidden" value="ecrire_auteur" /><input name="formulaire_action_args" type="hidden" value="AKvqm8N2b3HbTQ==" />'
            f'<fieldset><legend>Envoyer un message</legend><div class="editer-groupe">'
            f'<div class="editer saisie_session_email obligatoire"><label for="email_message_auteur">Votre adresse email</label>'
            f'<input type="email" class="text email" name="email_message_auteur" id="email_message_auteur" value="" size="30" required="required" /></div>'
            f'<div class="editer saisie_sujet_message_auteur obligatoire"><label for="sujet_message_auteur">Sujet</label>'
            f'<input type="text" class="text" name="sujet_message_auteur" id="sujet_message_auteur" value="" size="30" required="required" /></div>'
            f'<div class="editer saisie_texte_message_auteur obligatoire"><label for="texte_message_auteur">Texte de votre message</label>'
            f'<textarea name="texte_message_auteur" id="texte_message_auteur" rows="8" cols="60" required="required"></textarea></div></div></fieldset>'
            f'<p style="display:none;"><label for="nobot">Laisser ce champ vide</label><input type="text" class="text" name="nobot" id="nobot" value="" size="10" /></p>'
            f'<p class="boutons"><input type="submit" class="submit" name="valide" value="Envoyer" /></p></div></form></div>')


def spip_forum_messages(id_article, messages):
    """The messages of an article's SPIP forum, threaded: ul.forum > li.forum-fil > div.forum-message."""
    def one(msg, depth=0):
        mid, auteur, date, titre, texte, replies = msg
        sub = "".join(one(r, depth + 1) for r in replies)
        return (f'<li class="forum-fil"><div class="forum-message" id="forum{mid}">'
                f'<div class="forum-chapo"><strong class="forum-titre"><a href="#forum{mid}" title="Lien permanent">{titre}</a></strong>'
                f'<small class="forum-auteur">{date}, par <span class="vcard author">{auteur}</span></small></div>'
                f'<div class="forum-texte"><p>{texte}</p>'
                f'<p class="repondre"><a href="/spip.php?page=forum&amp;id_article={id_article}#forum{mid}" rel="noindex nofollow">Répondre à ce message</a></p></div></div>'
                + (f'<ul class="forum">{sub}</ul>' if sub else "") + "</li>")
    return (f'<div class="forums" id="forums"><h2 class="h2">{sum(1 + len(m[5]) for m in messages)} Messages</h2>'
            f'<ul class="forum">{"".join(one(m) for m in messages)}</ul></div>'
            f'<p class="repondre"><a href="/spip.php?page=forum&amp;id_article={id_article}" rel="noindex nofollow">Répondre à cet article</a></p>')


def spip_formulaire_forum(id_article, action, titre=""):
    """SPIP's #FORMULAIRE_FORUM: titre and texte of the message, the poster's name and e-mail, previsualisation."""
    return (f'<div class="formulaire_spip formulaire_forum ajax" id="formulaire_forum">'
            f'<form action="{action}#formulaire_forum" method="post" enctype="multipart/form-data"><div>'
            f'<input name="formulaire_action" type="hidden" value="forum" /><input name="formulaire_action_args" type="hidden" value="art{id_article}" />'
            f'<input type="hidden" name="id_article" value="{id_article}" /><fieldset class="saisie_qui"><legend>Qui êtes-vous ?</legend>'
            f'<div class="editer saisie_session_nom"><label for="session_nom">Votre nom</label><input type="text" class="text" name="session_nom" id="session_nom" value="" size="40" autocapitalize="off" autocorrect="off" /></div>'
            f'<div class="editer saisie_session_email"><label for="session_email">Votre adresse email</label><input type="email" class="text email" name="session_email" id="session_email" value="" size="40" /></div></fieldset>'
            f'<fieldset><legend>Votre message</legend><p class="explication">Ce forum est modéré a priori : votre contribution n\'apparaîtra qu\'après avoir été validée par un administrateur du site.</p>'
            f'<div class="editer saisie_titre obligatoire"><label for="titre_forum">Titre</label><input type="text" class="text" name="titre" id="titre_forum" value="{escape(titre)}" size="60" /></div>'
            f'<div class="editer saisie_texte obligatoire"><label for="texte">Texte de votre message</label><p class="explication">Pour créer des paragraphes, laissez simplement des lignes vides.</p>'
            f'<textarea name="texte" id="texte" rows="10" cols="60" class="inserer_barre_forum"></textarea></div></fieldset>'
            f'<p class="boutons"><input type="submit" class="submit" name="previsu" value="Prévisualiser" /></p></div></form></div>')


def spip_login(action):
    """SPIP's #FORMULAIRE_LOGIN (var_login, password)."""
    return (f'<div class="formulaire_spip formulaire_login" id="formulaire_login"><form method="post" action="{action}">'
            f'<input name="formulaire_action" type="hidden" value="login" /><fieldset><legend>Se connecter</legend>'
            f'<div class="editer saisie_login obligatoire"><label for="var_login">Login ou adresse email</label><input type="text" class="text" name="var_login" id="var_login" value="" size="40" autocapitalize="off" autocorrect="off" /></div>'
            f'<div class="editer saisie_password obligatoire"><label for="password">Mot de passe</label><input type="password" class="password text" name="password" id="password" value="" size="40" autocomplete="current-password" /></div>'
            f'</fieldset><p class="boutons"><input type="submit" class="submit" value="Valider" /></p></form></div>')


def spip_sondage(id_form, titre, question, choix, action):
    """A poll of SPIP's Forms & Tables plugin (type sondage): div.spip_forms with radios of one question."""
    radios = "".join(f'<span class="choix"><input type="radio" class="radio" name="ligne_1" id="input_{id_form}_1_{i}" value="{i}" />'
                     f'<label for="input_{id_form}_1_{i}">{c}</label></span>' for i, c in enumerate(choix, 1))
    return (f'<div class="formulaire_spip formulaire_forms spip_forms forms_sondage" id="form{id_form}">'
            f'<form method="post" action="{action}"><input type="hidden" name="id_form" value="{id_form}" />'
            f'<input type="hidden" name="ajout_reponse" value="oui" /><h3 class="spip">{titre}</h3>'
            f'<fieldset><legend>{question}</legend><div class="spip_form_choix_unique">{radios}</div></fieldset>'
            f'<p class="spip_bouton"><input type="submit" class="submit" value="Voter" /></p>'
            f'<p class="resultats"><a href="/spip.php?page=sondage_resultats&amp;id_form={id_form}">Voir les résultats</a></p></form></div>')


def spip_share(url, titre):
    return partage(url, titre)


# ---- Drupal ------------------------------------------------------------------------------------

def drupal_poll_block(poll_id, question, choices):
    """The Drupal Poll module's block: form.poll-view-form, radios named choice, Vote button."""
    radios = "".join(f'<div class="js-form-item form-item js-form-type-radio form-type-radio js-form-item-choice form-item-choice">'
                     f'<input data-drupal-selector="edit-choice-{c_id}" type="radio" id="edit-choice-{c_id}" name="choice" value="{c_id}" class="form-radio" />'
                     f'<label for="edit-choice-{c_id}" class="option">{txt}</label></div>' for c_id, txt in choices)
    return (f'<div id="block-ville-pollrecent" class="block block-poll block-poll-recent-block"><h2>Sondage</h2>'
            f'<form class="poll-view-form poll-view-form-{poll_id}" data-drupal-selector="poll-view-form-{poll_id}" action="/poll/{poll_id}" method="post" id="poll-view-form-{poll_id}" accept-charset="UTF-8">'
            f'<div class="poll"><div class="vote-form"><div class="choices"><h3 class="poll-question">{question}</h3>'
            f'<fieldset data-drupal-selector="edit-choice" id="edit-choice--wrapper" class="fieldgroup form-composite js-form-item form-item js-form-wrapper form-wrapper">'
            f'<legend><span class="visually-hidden fieldset-legend">Choix</span></legend><div class="fieldset-wrapper"><div id="edit-choice" class="form-radios">{radios}</div></div></fieldset></div>'
            f'<input data-drupal-selector="edit-vote" type="submit" id="edit-vote" name="op" value="Voter" class="button js-form-submit form-submit" /></div></div>'
            f'<input autocomplete="off" data-drupal-selector="form-k3l9" type="hidden" name="form_build_id" value="form-k3l9Qx2vBb7N" />'
            f'<input data-drupal-selector="edit-poll-view-form-{poll_id}" type="hidden" name="form_id" value="poll_view_form_{poll_id}" /></form>'
            f'<p class="poll-links"><a href="/poll">Anciens sondages</a></p></div>')


def drupal_poll_results(poll_id, question, rows, total):
    """Drupal Poll results of a closed poll."""
    bars = "".join(f'<dt class="choice-title">{t}</dt><dd class="choice-result"><div class="foreground" style="width: {pc}%"></div>'
                   f'<div class="percent">{pc}% ({n} votes)</div></dd>' for t, n, pc in rows)
    return (f'<div class="poll" id="poll-{poll_id}"><h3 class="poll-question">{question}</h3><dl>{bars}</dl>'
            f'<div class="total">Total des votes : {total}</div><p class="poll-closed">Ce sondage est fermé.</p></div>')


def drupal_comments(node, comments, form=True):
    """Drupal core comments: section.comments, article.comment, and the comment form (comment_body)."""
    items = "".join(f'<article data-comment-user-id="0" id="comment-{cid}" class="comment js-comment by-anonymous">'
                    f'<span class="hidden" data-comment-timestamp="1712{cid:06d}"></span><footer class="comment__meta">'
                    f'<p class="comment__author"><span>{who}</span></p><p class="comment__time">{when}</p>'
                    f'<p class="comment__permalink"><a href="#comment-{cid}">Permalien</a></p></footer>'
                    f'<div class="comment__content"><div class="field field--name-comment-body field--type-text-long"><p>{txt}</p></div>'
                    f'</div></article>'
                    for cid, who, when, txt in comments)
    frm = (f'<h2 class="comment-form__title">Ajouter un commentaire</h2>'
           f'<form class="comment-comment-form comment-form" data-drupal-selector="comment-form" action="/comment/reply/node/{node}/comment" method="post" id="comment-form" accept-charset="UTF-8">'
           f'<div class="js-form-item form-item js-form-type-textfield form-item-name"><label for="edit-name">Votre nom</label>'
           f'<input data-drupal-selector="edit-name" type="text" id="edit-name" name="name" value="" size="30" maxlength="60" class="form-text" /></div>'
           f'<div class="js-form-item form-item js-form-type-email form-item-mail"><label for="edit-mail">Courriel</label>'
           f'<input data-drupal-selector="edit-mail" type="email" id="edit-mail" name="mail" value="" size="30" maxlength="254" class="form-email" />'
           f'<div class="description">Le contenu de ce champ sera maintenu privé et ne sera pas affiché publiquement.</div></div>'
           f'<div class="field--type-text-long field--name-comment-body field--widget-text-textarea js-form-wrapper form-wrapper" id="edit-comment-body-wrapper">'
           f'<div class="js-form-item form-item js-form-type-textarea form-item-comment-body-0-value"><label for="edit-comment-body-0-value" class="js-form-required form-required">Commentaire</label>'
           f'<div class="form-textarea-wrapper"><textarea data-drupal-selector="edit-comment-body-0-value" id="edit-comment-body-0-value" name="comment_body[0][value]" rows="5" cols="60" class="form-textarea required" required="required"></textarea></div></div></div>'
           f'<input data-drupal-selector="edit-comment-form" type="hidden" name="form_id" value="comment_comment_form" />'
           f'<div data-drupal-selector="edit-actions" class="form-actions js-form-wrapper form-wrapper" id="edit-actions">'
           f'<input data-drupal-selector="edit-submit" type="submit" id="edit-submit--2" name="op" value="Enregistrer" class="button button--primary js-form-submit form-submit" />'
           f'<input data-drupal-selector="edit-preview" type="submit" id="edit-preview" name="op" value="Aperçu" class="button js-form-submit form-submit" /></div></form>') if form else ""
    return f'<section class="comments" data-drupal-selector="comments"><h2 class="comments__title">Commentaires</h2>{items}{frm}</section>'


def drupal_contact(action):
    """Drupal core's contact form (contact_message_feedback_form): name, mail, subject, message."""
    return (f'<form class="contact-message-feedback-form contact-message-form contact-form" data-drupal-selector="contact-message-feedback-form" action="{action}" method="post" id="contact-message-feedback-form" accept-charset="UTF-8">'
            f'<div class="js-form-item form-item form-item-name"><label for="edit-name" class="js-form-required form-required">Votre nom</label><input autocomplete="name" data-drupal-selector="edit-name" type="text" id="edit-name" name="name" value="" size="60" maxlength="255" class="form-text required" required="required" /></div>'
            f'<div class="js-form-item form-item form-item-mail"><label for="edit-mail" class="js-form-required form-required">Votre adresse de courriel</label><input autocomplete="email" data-drupal-selector="edit-mail" type="email" id="edit-mail" name="mail" value="" size="60" maxlength="254" class="form-email required" required="required" /></div>'
            f'<div class="field--type-string field--name-subject js-form-wrapper form-wrapper"><div class="js-form-item form-item form-item-subject-0-value"><label for="edit-subject-0-value" class="js-form-required form-required">Sujet</label><input class="js-text-full text-full form-text required" data-drupal-selector="edit-subject-0-value" type="text" id="edit-subject-0-value" name="subject[0][value]" value="" size="60" maxlength="100" required="required" /></div></div>'
            f'<div class="field--type-string-long field--name-message js-form-wrapper form-wrapper"><div class="js-form-item form-item form-item-message-0-value"><label for="edit-message-0-value" class="js-form-required form-required">Message</label><div class="form-textarea-wrapper"><textarea data-drupal-selector="edit-message-0-value" id="edit-message-0-value" name="message[0][value]" rows="12" cols="60" class="form-textarea required" required="required"></textarea></div></div></div>'
            f'<div class="js-form-item form-item form-item-copy"><input data-drupal-selector="edit-copy" type="checkbox" id="edit-copy" name="copy" value="1" class="form-checkbox" /><label for="edit-copy" class="option">Recevoir une copie de ce message</label></div>'
            f'<input data-drupal-selector="edit-contact-message-feedback-form" type="hidden" name="form_id" value="contact_message_feedback_form" />'
            f'<div data-drupal-selector="edit-actions" class="form-actions js-form-wrapper form-wrapper" id="edit-actions"><input data-drupal-selector="edit-submit" type="submit" id="edit-submit" name="op" value="Envoyer le message" class="button button--primary js-form-submit form-submit" /></div></form>')


# ---- WordPress forms and comments -------------------------------------------------------------

def gravity_form(form_id, action, fields, submit="Envoyer"):
    """Gravity Forms: div.gform_wrapper > form#gform_N, li/div.gfield, inputs input_N."""
    html = []
    for n, (label, kind, required) in enumerate(fields, 1):
        fid = f"input_{form_id}_{n}"
        req = ' aria-required="true"' if required else ' aria-required="false"'
        star = '<span class="gfield_required"><span class="gfield_required gfield_required_text">(Nécessaire)</span></span>' if required else ""
        if kind == "textarea":
            ctl = f'<textarea name="input_{n}" id="{fid}" class="textarea medium" rows="10" cols="50"{req}></textarea>'
        elif kind == "select":
            label, opts = label
            ctl = f'<select name="input_{n}" id="{fid}" class="medium gfield_select"{req}>' + "".join(f'<option value="{o}">{o}</option>' for o in opts) + "</select>"
        else:
            ctl = f'<input name="input_{n}" id="{fid}" type="{kind}" value="" class="large"{req} />'
        html.append(f'<div id="field_{form_id}_{n}" class="gfield gfield--type-{kind} gfield_contains_required field_sublabel_below gfield--no-description field_description_below gfield_visibility_visible" data-js-reload="field_{form_id}_{n}">'
                    f'<label class="gfield_label gform-field-label" for="{fid}">{label}{star}</label><div class="ginput_container ginput_container_{kind}">{ctl}</div></div>')
    return (f'<div class="gf_browser_gecko gform_wrapper gravity-theme gform-theme--no-framework" data-form-theme="gravity-theme" data-form-index="0" id="gform_wrapper_{form_id}">'
            f'<form method="post" enctype="multipart/form-data" id="gform_{form_id}" action="{action}" data-formid="{form_id}" novalidate>'
            f'<div class="gform-body gform_body"><div id="gform_fields_{form_id}" class="gform_fields top_label form_sublabel_below description_below validation_below">{"".join(html)}</div></div>'
            f'<div class="gform_footer before"><input type="submit" id="gform_submit_button_{form_id}" class="gform_button button" value="{submit}" />'
            f'<input type="hidden" class="gform_hidden" name="is_submit_{form_id}" value="1" /><input type="hidden" class="gform_hidden" name="gform_submit" value="{form_id}" />'
            f'<input type="hidden" class="gform_hidden" name="gform_unique_id" value="" /><input type="hidden" name="gform_field_values" value="" /></div></form></div>')


def fluent_form(form_id, action, fields, submit="Envoyer le message"):
    """Fluent Forms: div.fluentform > form.frm-fluent-form, div.ff-el-group, button.ff-btn-submit."""
    html = []
    for name, label, kind, required in fields:
        req = ' aria-required="true"' if required else ""
        cls = " ff-el-is-required asterisk-right" if required else ""
        ctl = (f'<textarea name="{name}" id="ff_{form_id}_{name}" class="ff-el-form-control" placeholder="" rows="4" cols="2" data-name="{name}"{req}></textarea>'
               if kind == "textarea" else
               f'<input type="{kind}" name="{name}" id="ff_{form_id}_{name}" class="ff-el-form-control" placeholder="" data-name="{name}"{req}>')
        html.append(f'<div class="ff-el-group"><div class="ff-el-input--label{cls}"><label for="ff_{form_id}_{name}">{label}</label></div>'
                    f'<div class="ff-el-input--content">{ctl}</div></div>')
    return (f'<div class="fluentform ff-default fluentform_wrapper_{form_id} ffs_default_wrap"><form data-form_id="{form_id}" id="fluentform_{form_id}" class="frm-fluent-form fluent_form_{form_id} ff-el-form-top ff_form_instance_{form_id}_1 ff-form-loading ffs_default" data-form_instance="ff_form_instance_{form_id}_1" method="POST" action="{action}">'
            f'<fieldset><legend class="ff_screen_reader_title">Formulaire de contact</legend>'
            f'<input type="hidden" name="__fluent_form_embded_post_id" value="{form_id * 7}"><input type="hidden" id="_fluentform_{form_id}_fluentformnonce" name="_fluentform_{form_id}_fluentformnonce" value="5e4d3c2b1a">'
            f'{"".join(html)}<div class="ff-el-group ff-text-left ff_submit_btn_wrapper"><button type="submit" class="ff-btn ff-btn-submit ff-btn-md ff_btn_style">{submit}</button></div></fieldset></form>'
            f'<div id="fluentform_{form_id}_errors" class="ff-errors-in-stack ff_form_instance_{form_id}_1 ff-form-loading_errors ff_form_instance_{form_id}_1_errors"></div></div>')


def wp_comments(post_id, comments, title="Réactions"):
    """WordPress native comments: ol.comment-list, then #respond with form#commentform to wp-comments-post.php."""
    items = "".join(f'<li id="comment-{cid}" class="comment even thread-even depth-1"><article id="div-comment-{cid}" class="comment-body">'
                    f'<footer class="comment-meta"><div class="comment-author vcard"><b class="fn">{who}</b> <span class="says">dit :</span></div>'
                    f'<div class="comment-metadata"><a href="#comment-{cid}"><time>{when}</time></a></div></footer>'
                    f'<div class="comment-content"><p>{txt}</p></div><div class="reply"><a rel="nofollow" class="comment-reply-link" href="#respond" data-commentid="{cid}" data-postid="{post_id}" aria-label="Répondre à {who}">Répondre</a></div></article></li>'
                    for cid, who, when, txt in comments)
    head = f'<h2 class="comments-title">{len(comments)} réflexions sur « {title} »</h2><ol class="comment-list">{items}</ol>' if comments else ""
    return (f'<div id="comments" class="comments-area">{head}<div id="respond" class="comment-respond">'
            f'<h3 id="reply-title" class="comment-reply-title">Laisser un commentaire <small><a rel="nofollow" id="cancel-comment-reply-link" href="#respond" style="display:none;">Annuler la réponse</a></small></h3>'
            f'<form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate>'
            f'<p class="comment-notes"><span id="email-notes">Votre adresse e-mail ne sera pas publiée.</span> <span class="required-field-message">Les champs obligatoires sont indiqués avec <span class="required">*</span></span></p>'
            f'<p class="comment-form-comment"><label for="comment">Commentaire <span class="required">*</span></label> <textarea id="comment" name="comment" cols="45" rows="8" maxlength="65525" required></textarea></p>'
            f'<p class="comment-form-author"><label for="author">Nom <span class="required">*</span></label> <input id="author" name="author" type="text" value="" size="30" maxlength="245" autocomplete="name" required /></p>'
            f'<p class="comment-form-email"><label for="email">E-mail <span class="required">*</span></label> <input id="email" name="email" type="email" value="" size="30" maxlength="100" aria-describedby="email-notes" autocomplete="email" required /></p>'
            f'<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Laisser un commentaire" /> <input type="hidden" name="comment_post_ID" value="{post_id}" id="comment_post_ID" /><input type="hidden" name="comment_parent" id="comment_parent" value="0" /></p>'
            f'</form></div></div>')


def wp_comments_closed():
    return '<div id="comments" class="comments-area"><p class="no-comments">Les commentaires sont fermés.</p></div>'


def disqus(shortname, identifier, url):
    """The Disqus universal embed: div#disqus_thread and embed.js of the site's shortname."""
    return ('<div id="disqus_thread"></div><script>var disqus_config = function () {'
            f'this.page.url = "{url}"; this.page.identifier = "{identifier}"; this.language = "fr";}};'
            "(function() { var d = document, s = d.createElement('script');"
            f"s.src = 'https://{shortname}.disqus.com/embed.js'; s.setAttribute('data-timestamp', +new Date());"
            "(d.head || d.body).appendChild(s); })();</script>"
            '<noscript>Veuillez activer JavaScript pour voir les <a href="https://disqus.com/?ref_noscript" rel="nofollow">commentaires propulsés par Disqus.</a></noscript>')


def boite_reactions(action, ref, reactions):
    """A home-made reactions box of a small city site: earlier reactions, then name + text."""
    items = "".join(f'<li class="reaction"><p class="reaction__auteur">{who} <span class="reaction__date">— {when}</span></p><p class="reaction__texte">{txt}</p></li>'
                    for who, when, txt in reactions)
    return (f'<section class="reactions" id="reactions"><h2>Vos réactions ({len(reactions)})</h2><ul class="reactions__liste">{items}</ul>'
            f'<form class="reactions__form" action="{action}" method="post"><input type="hidden" name="ref" value="{ref}">'
            f'<p><label for="r-pseudo">Prénom ou pseudo</label><input type="text" id="r-pseudo" name="pseudo" maxlength="40" required></p>'
            f'<p><label for="r-texte">Votre réaction</label><textarea id="r-texte" name="reaction" rows="4" maxlength="1500" required></textarea></p>'
            f'<p class="reactions__charte">Les réactions sont publiées après relecture, dans le respect de la charte de modération.</p>'
            f'<p><button type="submit">Publier ma réaction</button></p></form></section>')


# ---- TYPO3 form framework ---------------------------------------------------------------------

def typo3_form(identifier, uid, action, fields, submit="Envoyer"):
    """TYPO3 EXT:form: form#identifier-uid, fields named tx_form_formframework[identifier-uid][field]."""
    key = f"{identifier}-{uid}"
    html = []
    for name, label, kind, required in fields:
        req = ' required="required"' if required else ""
        star = '<span class="required">*</span>' if required else ""
        ctl = (f'<textarea{req} class="xxlarge form-control" id="{key}-{name}" name="tx_form_formframework[{key}][{name}]"></textarea>'
               if kind == "textarea" else
               f'<input{req} class=" form-control" id="{key}-{name}" type="{kind}" name="tx_form_formframework[{key}][{name}]" value="" />')
        html.append(f'<div class="form-group"><label class="control-label" for="{key}-{name}">{label}{star}</label><div class="input">{ctl}</div></div>')
    return (f'<form enctype="multipart/form-data" method="post" id="{key}" action="{action}">'
            f'<div><input type="hidden" name="tx_form_formframework[{key}][__state]" value="TzozOToiVFlQTzNcQ01TXEZvcm0=" />'
            f'<input type="hidden" name="tx_form_formframework[__trustedProperties]" value="{{&quot;{key}&quot;:1}}" /></div>'
            f'{"".join(html)}<div class="actions"><nav class="form-navigation"><div class="btn-toolbar" role="toolbar"><div class="btn-group" role="group">'
            f'<span class="btn-group next submit"><button class="btn btn-primary" type="submit" name="tx_form_formframework[{key}][__currentPage]" value="1">{submit}</button></span></div></div></nav></div></form>')


# ---- a vendor CMS's form -----------------------------------------------------------------------

def formulaire_ville(action, titre, champs, bouton="Envoyer", cls="form-ville"):
    """A vendor CMS's accessible form: fieldset, labels with mandatory marks, RGPD notice."""
    html = []
    for name, label, kind, required in champs:
        req = ' required aria-required="true"' if required else ""
        mark = ' <abbr title="obligatoire">*</abbr>' if required else ""
        if kind == "textarea":
            ctl = f'<textarea id="f-{name}" name="{name}" rows="7"{req}></textarea>'
        elif isinstance(kind, tuple):
            if kind[0] == "radio":
                ctl = "".join(f'<span class="form-ville__choix"><input type="radio" id="f-{name}-{i}" name="{name}" value="{i}"{req}>'
                              f'<label for="f-{name}-{i}">{o}</label></span>' for i, o in enumerate(kind[1], 1))
                html.append(f'<fieldset class="form-ville__groupe"><legend>{label}{mark}</legend>{ctl}</fieldset>')
                continue
            ctl = f'<select id="f-{name}" name="{name}"{req}>' + "".join(f"<option>{o}</option>" for o in kind[1]) + "</select>"
        else:
            ctl = f'<input type="{kind}" id="f-{name}" name="{name}"{req}>'
        html.append(f'<div class="form-ville__champ"><label for="f-{name}">{label}{mark}</label>{ctl}</div>')
    return (f'<form class="{cls}" action="{action}" method="post" novalidate><fieldset><legend>{titre}</legend>'
            f'<p class="form-ville__aide">Les champs marqués d\'un astérisque (*) sont obligatoires.</p>{"".join(html)}</fieldset>'
            f'<p class="form-ville__rgpd">Les informations recueillies sont traitées par la commune pour répondre à votre demande ; '
            f'vous pouvez exercer vos droits auprès du délégué à la protection des données.</p>'
            f'<button type="submit" class="btn btn--primaire">{bouton}</button></form>')


# ---- embedded surveys --------------------------------------------------------------------------

def limesurvey_iframe(host, sid, titre):
    return (f'<div class="questionnaire-integre"><iframe title="{titre}" src="http://{host}/index.php/{sid}?lang=fr" '
            f'width="100%" height="900" frameborder="0" loading="lazy"></iframe>'
            f'<p>Le questionnaire ne s\'affiche pas ? <a href="http://{host}/index.php/{sid}?lang=fr">Ouvrir le questionnaire dans une nouvelle page</a>.</p></div>')


def limesurvey_page(sid, titre, description, questions):
    """LimeSurvey's public survey page (theme vanilla/fruity): form#limesurvey, question-container, radio answers."""
    qs = []
    for n, (texte, reponses) in enumerate(questions, 1):
        qid = sid % 1000 + n
        name = f"{sid}X{n}X{qid}"
        if reponses:
            ans = "".join(f'<li id="javatbd{name}A{i}" class="answer-item radio-item"><input class="radio" type="radio" value="A{i}" name="{name}" id="answer{name}A{i}" />'
                          f'<label for="answer{name}A{i}" class="control-label radio-label">{r}</label></li>' for i, r in enumerate(reponses, 1))
            body = f'<div class="answer-container"><ul class="answers-list radio-list list-unstyled" role="radiogroup">{ans}</ul></div>'
            qtype = "list-radio"
        else:
            body = (f'<div class="answer-container"><textarea class="form-control answer-item text-item" name="{name}" id="answer{name}" rows="5" cols="40"></textarea></div>')
            qtype = "text-long"
        qs.append(f'<div id="question{qid}" class="row {qtype} mandatory question-container"><div class="question-title-container"><div class="question-number">{n}</div>'
                  f'<div class="question-text"><div id="ls-question-text-{name}" class="ls-label-question">{texte}</div></div></div>'
                  f'<div class="question-valid-container"></div>{body}</div>')
    return (f'<div id="outerframeContainer" class="ls-survey"><div class="survey-name"><h2>{titre}</h2></div><div class="survey-description">{p(description)}</div>'
            f'<form id="limesurvey" name="limesurvey" action="/index.php/{sid}?lang=fr" method="post" class="form-horizontal">'
            f'<input type="hidden" name="sid" value="{sid}" id="sid" /><input type="hidden" name="lastgroup" value="{sid}X1" id="lastgroup" />'
            f'<div class="group-outer-container"><div class="group-container">{"".join(qs)}</div></div>'
            f'<div class="row navigator space-col" id="navigator-container"><div class="col-xs-6 text-right">'
            f'<button id="ls-button-submit" type="submit" value="movesubmit" name="move" accesskey="l" class="ls-move-btn ls-move-submit-btn btn btn-lg btn-primary">Envoyer</button></div></div>'
            f'<input type="hidden" name="YII_CSRF_TOKEN" value="dXJ5bGltZXN1cnZleQ==" /></form>'
            f'<p class="ls-footer">Ce questionnaire est réalisé avec LimeSurvey.</p></div>')


def google_form(form_key, titre):
    return (f'<iframe src="https://docs.google.com/forms/d/e/{form_key}/viewform?embedded=true" width="640" height="1240" '
            f'frameborder="0" marginheight="0" marginwidth="0" title="{titre}">Chargement…</iframe>')


def typeform(form_id, titre):
    return (f'<div data-tf-live="{form_id}" data-tf-opacity="100" data-tf-iframe-props="title={titre}" data-tf-transitive-search-params '
            f'data-tf-medium="snippet" style="width:100%;height:600px;"></div><script src="//embed.typeform.com/next/embed.js"></script>'
            f'<noscript><a href="https://form.typeform.com/to/{form_id}">{titre}</a></noscript>')


def tally(form_id, titre):
    return (f'<iframe data-tally-src="https://tally.so/embed/{form_id}?alignLeft=1&amp;hideTitle=1&amp;transparentBackground=1&amp;dynamicHeight=1" '
            f'loading="lazy" width="100%" height="520" frameborder="0" marginheight="0" marginwidth="0" title="{titre}"></iframe>'
            '<script>var d=document,w="https://tally.so/widgets/embed.js",v=function(){"undefined"!=typeof Tally?Tally.loadEmbeds():'
            'd.querySelectorAll("iframe[data-tally-src]:not([src])").forEach((function(e){e.src=e.dataset.tallySrc}))};'
            'if("undefined"!=typeof Tally)v();else if(d.querySelector(\'script[src="\'+w+\'"]\')==null){var s=d.createElement("script");'
            's.src=w,s.onload=v,s.onerror=v,d.body.appendChild(s);}</script>')


def ms_forms(form_id, titre):
    return (f'<iframe width="640px" height="480px" src="https://forms.office.com/Pages/ResponsePage.aspx?id={form_id}&amp;embed=true" '
            f'frameborder="0" marginwidth="0" marginheight="0" style="border: none; max-width:100%; max-height:100vh" title="{titre}" '
            f'allowfullscreen webkitallowfullscreen mozallowfullscreen msallowfullscreen></iframe>')


def framaforms(slug, titre):
    return (f'<iframe src="https://framaforms.org/{slug}" width="100%" height="800" border="0" title="{titre}"></iframe>'
            f'<p><a href="https://framaforms.org/{slug}">Répondre au questionnaire sur Framaforms</a></p>')


# ---- platforms ---------------------------------------------------------------------------------

def propulse(nom, url):
    return f'<p class="propulse-par">Plateforme participative propulsée par <a href="{url}" rel="noopener">{nom}</a></p>'


def decidim_process_card(href, titre, resume, etape):
    return (f'<a href="{escape(href)}" class="card__grid"><div class="card__grid-text"><h3 class="h4 text-secondary">{titre}</h3>'
            f'<p>{resume}</p><div class="card__grid-metadata"><span>Étape en cours : {etape}</span></div></div></a>')


def decidim_component_nav(base, items):
    return ('<nav class="process-navigation" aria-label="Composants"><ul>' +
            "".join(f'<li><a href="{escape(base + path)}">{t}</a></li>' for t, path in items) + "</ul></nav>")


def decidim_proposal_cards(items):
    return '<div class="card__list-list" id="proposals">' + "".join(
        f'<a href="{escape(h)}" class="card__list" id="proposals__proposal_{_id(h)}"><div class="card__list-content">'
        f'<div class="card__list-title">{t}</div><div class="card__list-metadata"><span>{auteur}</span><span>{supports} soutiens</span>'
        f'<span class="label {etat_cls}">{etat}</span></div></div></a>' for t, h, auteur, supports, etat, etat_cls in items) + "</div>"


def decidim_comments(commentable, comments, open_=True):
    """Decidim's comments block: div#comments > .comment-thread, and the add-comment form."""
    gid = f"Z2lkOi8vZGVjaWRpbS9EZWNpZGltOjpQcm9wb3NhbHM6OlByb3Bvc2FsL{commentable}"
    items = "".join(f'<div class="comment-thread"><div id="comment_{cid}" class="comment" data-comment-id="{cid}">'
                    f'<div class="comment__header"><span class="author__name">{who}</span> <span class="comment__date">{when}</span></div>'
                    f'<div class="comment__content"><div class="editor-content"><p>{txt}</p></div></div>'
                    f'<div class="comment__footer"><button class="button button__sm button__transparent-secondary" data-controls="panel-comment{cid}-reply">Répondre</button></div></div></div>'
                    for cid, who, when, txt in comments)
    form = (f'<div class="add-comment" id="add-comment-{commentable}"><h3 class="h4">Ajouter un commentaire</h3>'
            f'<form class="new_comment" id="new_comment_for_{commentable}" action="/comments" accept-charset="UTF-8" data-remote="true" method="post">'
            f'<input type="hidden" name="comment[commentable_gid]" value="{gid}" autocomplete="off" />'
            f'<label for="add-comment-{commentable}-body">Commentaire</label><textarea minlength="15" maxlength="1000" required="required" name="comment[body]" id="add-comment-{commentable}-body" rows="4" placeholder="Votre commentaire"></textarea>'
            f'<button type="submit" class="button button__sm button__secondary">Publier le commentaire</button></form></div>') if open_ else ""
    return (f'<div id="comments" class="comments"><div class="comments-count"><h2 class="h4">{len(comments)} commentaires</h2></div>'
            f'<div id="comments-for-{commentable}" data-decidim-comments="">{items}</div>{form}</div>')


def decidim_budget_projects(base, budget_id, projects, total):
    items = "".join(f'<div class="budget-list__item" id="project-{pid}-item"><span class="budget-list__title" id="project-{pid}-title">{t}</span>'
                    f'<div class="budget-list__data"><span class="budget-list__number">{montant} €</span>'
                    f'<form class="button_to" method="post" action="{escape(base)}/budgets/{budget_id}/order/line_item?project_id={pid}"><button class="button button__sm button__secondary budget-list__action" type="submit">Ajouter à mon vote</button>'
                    f'<input type="hidden" name="authenticity_token" value="tK3n9Vb" autocomplete="off" /></form></div></div>'
                    for pid, t, montant in projects)
    return (f'<div class="budget-summary" data-total-allocation="{total}"><h2 class="h4">Votre vote</h2><p>Répartissez jusqu\'à <strong>{total} €</strong> entre les projets de votre choix, puis confirmez votre vote.</p>'
            f'<div class="budget-summary__progressbar" role="progressbar" aria-valuenow="0" aria-valuemin="0" aria-valuemax="100"></div></div>'
            f'<div class="budget-list" id="projects">{items}</div>')


def decidim_survey(base, questions):
    """Decidim's surveys component: the answer form of a questionnaire (questionnaire[responses][n])."""
    qs = []
    for n, (texte, choix) in enumerate(questions):
        if choix:
            opts = "".join(f'<label><input type="radio" value="{n * 10 + i}" name="questionnaire[responses][{n}][choices][][answer_option_id]" /> {c}</label>'
                           for i, c in enumerate(choix, 1))
            ctl = f'<div class="answer-questionnaire__single-option">{opts}</div>'
        else:
            ctl = f'<textarea rows="5" name="questionnaire[responses][{n}][body]" id="questionnaire_responses_{n}"></textarea>'
        qs.append(f'<div class="answer-questionnaire__question"><label class="answer-questionnaire__question-label">{n + 1}. {texte}</label>{ctl}</div>')
    return (f'<form class="answer-questionnaire" id="edit_questionnaire" action="{escape(base)}/questionnaire/answer" method="post">'
            f'<input type="hidden" name="_method" value="post" />{"".join(qs)}'
            f'<div class="answer-questionnaire__tos"><input type="checkbox" name="questionnaire[tos_agreement]" id="questionnaire_tos_agreement" value="1" />'
            f'<label for="questionnaire_tos_agreement">J\'accepte les conditions d\'utilisation</label></div>'
            f'<button type="submit" class="button button__lg button__secondary">Envoyer</button></form>')


def consul_debate_list(items):
    return '<div id="debates" class="debates-list">' + "".join(
        f'<div id="debate_{did}" class="debate clear" data-type="debate"><div class="panel"><div class="debate-content">'
        f'<h3><a href="/debates/{did}-{slug}">{t}</a></h3><p class="debate-info"><span class="icon-comments"></span> <a href="/debates/{did}-{slug}#comments">{n} commentaires</a> · {auteur}</p>'
        f'<div class="debate-description">{resume}</div></div><div class="votes"><form class="button_to" method="post" action="/debates/{did}-{slug}/vote?value=yes"><button class="like" type="submit">Je suis d\'accord</button></form>'
        f'<form class="button_to" method="post" action="/debates/{did}-{slug}/vote?value=no"><button class="unlike" type="submit">Je ne suis pas d\'accord</button></form></div></div></div>'
        for did, slug, t, n, auteur, resume in items) + "</div>"


def consul_comments(commentable_type, commentable_id, comments):
    items = "".join(f'<li class="comment" id="comment_{cid}"><div class="comment-body"><div class="comment-info"><span class="user-name">{who}</span> • <time>{when}</time></div>'
                    f'<div class="comment-user"><p>{txt}</p></div><div class="comment-footer"><a class="reply" href="#js-comment-form-comment_{cid}">Répondre</a></div></div></li>'
                    for cid, who, when, txt in comments)
    return (f'<section class="expanded comments"><div class="row"><div id="comments" class="small-12 column"><h2>Commentaires <span>({len(comments)})</span></h2>'
            f'<div id="js-comment-form-{commentable_type.lower()}_{commentable_id}"><form class="new_comment" id="new_comment" action="/comments" accept-charset="UTF-8" data-remote="true" method="post">'
            f'<label for="comment-body-{commentable_type.lower()}_{commentable_id}">Laissez votre commentaire</label>'
            f'<textarea id="comment-body-{commentable_type.lower()}_{commentable_id}" maxlength="1000" name="comment[body]"></textarea>'
            f'<input value="{commentable_type}" type="hidden" name="comment[commentable_type]" /><input value="{commentable_id}" type="hidden" name="comment[commentable_id]" />'
            f'<input type="submit" name="commit" value="Publier le commentaire" class="button" /></form></div>'
            f'<ul class="comment-list">{items}</ul></div></div></section>')


def consul_poll_questions(poll_id, questions):
    """A CONSUL poll's questions with its answer buttons (poll_question answers)."""
    qs = "".join(f'<div class="poll-question" id="poll_question_{poll_id * 10 + n}"><h3>{q}</h3><div class="poll-question-answers">'
                 + "".join(f'<form class="button_to" method="post" action="/polls/{poll_id}/answers?question_id={poll_id * 10 + n}"><button class="button secondary hollow js-question-answer" type="submit" name="answer" value="{r}">{r}</button></form>'
                           for r in reps) + "</div></div>" for n, (q, reps) in enumerate(questions, 1))
    return f'<div class="poll-questions" id="poll_{poll_id}_questions">{qs}</div>'


def consul_investments(budget_id, heading_id, items):
    return '<div id="budget-investments" class="budget-investments-list">' + "".join(
        f'<div id="budget_investment_{iid}" class="budget-investment clear"><div class="panel"><div class="budget-investment-content">'
        f'<h3>{t}</h3><p class="investment-project-info">{montant} €</p><div class="investment-project-description">{resume}</div></div>'
        f'<div class="supports ballot"><form class="button_to" method="post" action="/budgets/{budget_id}/investments/{iid}/votes?heading_id={heading_id}"><button class="button button-support small expanded" type="submit">Voter</button></form></div></div></div>'
        for iid, t, montant, resume in items) + "</div>"


def capco_step_nav(slug, steps):
    return ('<div class="project__step-tabs"><ul class="nav nav-tabs">' +
            "".join(f'<li class="{"active" if cur else ""}"><a href="/project/{slug}/{kind}/{s}">{t}</a></li>' for t, kind, s, cur in steps)
            + "</ul></div>")


def capco_proposals(slug, step, items):
    return '<div class="proposal-list" id="proposal-list">' + "".join(
        f'<div class="proposal-preview" id="proposal-{_id(ps)}"><h3 class="proposal__title"><a href="/project/{slug}/collect/{step}/proposals/{ps}">{t}</a></h3>'
        f'<p class="proposal__author">{auteur}</p><p class="proposal__counters"><span class="proposal__counter--votes">{v} votes</span> <span class="proposal__counter--comments">{c} commentaires</span></p></div>'
        for ps, t, auteur, v, c in items) + "</div>"


def capco_questionnaire(qid, questions):
    qs = []
    for n, (texte, choix) in enumerate(questions, 1):
        if choix:
            ctl = "".join(f'<div class="radio"><label><input type="radio" name="responses[{n}]" value="{i}"> {c}</label></div>' for i, c in enumerate(choix, 1))
        else:
            ctl = f'<textarea class="form-control" name="responses[{n}]" rows="4"></textarea>'
        qs.append(f'<div class="form-group" id="reply-form-responses{n}"><label class="control-label">{texte}</label>{ctl}</div>')
    return (f'<form id="reply-form-{qid}" class="reply-form" action="/questionnaires/{qid}/replies" method="post">{"".join(qs)}'
            f'<button type="submit" id="validate-reply-form" class="btn btn-primary">Envoyer mes réponses</button></form>')
