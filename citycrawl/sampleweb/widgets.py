"""Feature markup as the software that produces it writes it: forms, comment systems, boards, polls.

Shared by the handmade and the generated cities. Functions return HTML fragments for a page body.
"""
from html import escape


def _field(label, name, kind="text", wrap="p"):
    return f'<{wrap}><label for="{name}">{label}</label><input type="{kind}" id="{name}" name="{name}" value=""></{wrap}>'


# ---- contact forms ------------------------------------------------------------------------------

def cf7_contact(form_id=214, post_id=37, path="/contact/"):
    unit = f"wpcf7-f{form_id}-p{post_id}-o1"
    def ctl(name, kind, extra=""):
        return (f'<span class="wpcf7-form-control-wrap" data-name="{name}"><input size="40" class="wpcf7-form-control '
                f'wpcf7-{kind} wpcf7-validates-as-required{extra}" aria-required="true" aria-invalid="false" value="" '
                f'type="{kind}" name="{name}" /></span>')
    return f"""<div class="wpcf7 no-js" id="{unit}" lang="fr-FR" dir="ltr">
<div class="screen-reader-response"><p role="status" aria-live="polite" aria-atomic="true"></p><ul></ul></div>
<form action="{path}#{unit}" method="post" class="wpcf7-form init" aria-label="Formulaire de contact" novalidate="novalidate" data-status="init">
<div style="display: none;"><input type="hidden" name="_wpcf7" value="{form_id}" /><input type="hidden" name="_wpcf7_version" value="5.9.3" />
<input type="hidden" name="_wpcf7_locale" value="fr_FR" /><input type="hidden" name="_wpcf7_unit_tag" value="{unit}" />
<input type="hidden" name="_wpcf7_container_post" value="{post_id}" /></div>
<p><label> Votre nom<br />{ctl("your-name", "text")}</label></p>
<p><label> Votre e-mail<br />{ctl("your-email", "email", " wpcf7-validates-as-email")}</label></p>
<p><label> Objet<br />{ctl("your-subject", "text")}</label></p>
<p><label> Votre message<br /><span class="wpcf7-form-control-wrap" data-name="your-message"><textarea cols="40" rows="10" class="wpcf7-form-control wpcf7-textarea" aria-invalid="false" name="your-message"></textarea></span></label></p>
<p><span class="wpcf7-form-control-wrap" data-name="rgpd"><span class="wpcf7-form-control wpcf7-acceptance"><span class="wpcf7-list-item"><label><input type="checkbox" name="rgpd" value="1" aria-invalid="false" /><span class="wpcf7-list-item-label">J'accepte que mes données soient utilisées pour traiter ma demande.</span></label></span></span></span></p>
<p><input class="wpcf7-form-control wpcf7-submit has-spinner" type="submit" value="Envoyer" /></p>
<div class="wpcf7-response-output" aria-hidden="true"></div></form></div>"""


def drupal_webform(path="/contact", form="contact"):
    sel = f"webform-submission-{form}-add-form"
    def item(kind, name, label, tag="input"):
        control = (f'<textarea data-drupal-selector="edit-{name}" id="edit-{name}" name="{name}" rows="5" cols="60" class="form-textarea required resize-vertical" required="required" aria-required="true"></textarea>'
                   if tag == "textarea" else
                   f'<input data-drupal-selector="edit-{name}" type="{kind}" id="edit-{name}" name="{name}" value="" size="60" maxlength="255" class="form-{kind} required" required="required" aria-required="true" />')
        return (f'<div class="js-form-item form-item js-form-type-{kind} form-type-{kind} js-form-item-{name} form-item-{name}">'
                f'<label for="edit-{name}" class="js-form-required form-required">{label}</label>{control}</div>')
    return f"""<form class="webform-submission-form webform-submission-add-form {sel} js-webform-details-toggle webform-details-toggle" data-drupal-selector="{sel}" action="{path}" method="post" id="{sel}" accept-charset="UTF-8">
{item("textfield", "name", "Votre nom")}{item("email", "email", "Votre adresse de courriel")}{item("textfield", "subject", "Sujet")}{item("textarea", "message", "Message", "textarea")}
<div data-drupal-selector="edit-actions" class="form-actions webform-actions js-form-wrapper form-wrapper" id="edit-actions"><input class="webform-button--submit button button--primary js-form-submit form-submit" data-drupal-selector="edit-actions-submit" type="submit" id="edit-actions-submit" name="op" value="Envoyer le message" /></div>
<input autocomplete="off" data-drupal-selector="form-x3ykq0ovb1" type="hidden" name="form_build_id" value="form-X3yKq0OvB1lJ4tZm" />
<input data-drupal-selector="edit-{sel}" type="hidden" name="form_id" value="{sel.replace('-', '_')}" /></form>"""


def spip_contact(path="/Contactez-nous"):
    return f"""<div class="formulaire_spip formulaire_contact ajax" id="formulaire_contact">
<form method="post" action="{path}#formulaire_contact" enctype="multipart/form-data"><div>
<input name="formulaire_action" type="hidden" value="contact" /><input name="formulaire_action_args" type="hidden" value="w6R7mZ8Fq0kD" />
<fieldset><legend>Écrire à la mairie</legend>
<ul class="editer-groupe">
<li class="editer saisie_mail obligatoire"><label for="mail">Votre adresse email</label><input type="email" class="text email" name="mail" id="mail" value="" size="30" /></li>
<li class="editer saisie_sujet obligatoire"><label for="sujet">Sujet</label><input type="text" class="text" name="sujet" id="sujet" value="" size="30" /></li>
<li class="editer saisie_texte obligatoire"><label for="texte">Votre message</label><textarea name="texte" id="texte" rows="8" cols="60"></textarea></li>
</ul></fieldset>
<p style="display:none;"><label for="nobot">Laisser ce champ vide</label><input type="text" class="text" name="nobot" id="nobot" value="" size="10" /></p>
<p class="boutons"><input type="submit" class="submit" name="valide" value="Envoyer" /></p></div></form></div>"""


def joomla_contact(path="/index.php/contact"):
    return f"""<div class="com-contact contact"><div class="com-contact__form contact-form">
<form id="contact-form" action="{path}" method="post" class="form-validate form-horizontal well">
<fieldset><legend>Envoyer un e-mail</legend>
<div class="control-group"><div class="control-label"><label id="jform_contact_name-lbl" for="jform_contact_name" class="required">Nom<span class="star" aria-hidden="true">&#160;*</span></label></div>
<div class="controls"><input type="text" name="jform[contact_name]" id="jform_contact_name" value="" class="form-control required" size="30" required autocomplete="name"></div></div>
<div class="control-group"><div class="control-label"><label id="jform_contact_email-lbl" for="jform_contact_email" class="required">E-mail</label></div>
<div class="controls"><input type="email" inputmode="email" name="jform[contact_email]" class="form-control validate-email required" id="jform_contact_email" value="" size="30" autocomplete="email" required></div></div>
<div class="control-group"><div class="control-label"><label id="jform_contact_emailmsg-lbl" for="jform_contact_emailmsg" class="required">Sujet</label></div>
<div class="controls"><input type="text" name="jform[contact_subject]" id="jform_contact_emailmsg" value="" class="form-control required" size="60" required></div></div>
<div class="control-group"><div class="control-label"><label id="jform_contact_message-lbl" for="jform_contact_message" class="required">Message</label></div>
<div class="controls"><textarea name="jform[contact_message]" id="jform_contact_message" cols="50" rows="10" class="form-control required" required></textarea></div></div>
</fieldset>
<div class="control-group"><div class="controls"><button class="btn btn-primary validate" type="submit">Envoyer</button>
<input type="hidden" name="option" value="com_contact"><input type="hidden" name="task" value="contact.submit"><input type="hidden" name="return" value=""><input type="hidden" name="id" value="1:mairie"><input type="hidden" name="4f1b2c3d5e6f7a8b" value="1"></div></div>
</form></div></div>"""


def typo3_form(path="/contact", ident="contactForm-142"):
    def name(field):
        return f"tx_form_formframework[{ident}][{field}]"
    return f"""<form enctype="multipart/form-data" method="post" id="{ident}" action="{path}?tx_form_formframework%5Baction%5D=perform&amp;tx_form_formframework%5Bcontroller%5D=FormFrontend&amp;cHash=9f8e7d6c5b4a3f2e1d0c#{ident}">
<div><input type="hidden" name="tx_form_formframework[{ident}][__state]" value="TzozOToiVFlQTzNcQ01TXEZvcm0i" /><input type="hidden" name="tx_form_formframework[__trustedProperties]" value="a:1:{{s:15:&quot;contactForm-142&quot;;a:4:{{}}}}" /></div>
<div class="form-group"><label class="control-label" for="{ident}-name">Nom<span class="required">*</span></label><div class="input"><input required="required" placeholder="Votre nom" class="form-control" id="{ident}-name" type="text" name="{name('name')}" value="" /></div></div>
<div class="form-group"><label class="control-label" for="{ident}-email">Courriel<span class="required">*</span></label><div class="input"><input required="required" class="form-control" id="{ident}-email" type="email" name="{name('email')}" value="" /></div></div>
<div class="form-group"><label class="control-label" for="{ident}-message">Votre message<span class="required">*</span></label><div class="input"><textarea required="required" class="xxlarge form-control" id="{ident}-message" name="{name('message')}"></textarea></div></div>
<nav class="form-navigation"><div class="btn-toolbar" role="toolbar"><div class="btn-group" role="group"><span class="btn-group next submit"><button class="btn btn-primary" type="submit" name="tx_form_formframework[{ident}][__currentPage]" value="1">Envoyer</button></span></div></div></nav>
</form>"""


def vendor_contact(path="/contact/"):
    return f"""<form class="form form--contact" method="post" action="{path}" novalidate>
<p class="form__mandatory">Les champs marqués d'un astérisque (*) sont obligatoires.</p>
<fieldset class="form__fieldset"><legend class="form__legend">Vos coordonnées</legend>
<div class="form__field"><label for="civilite">Civilité</label><select id="civilite" name="civilite"><option>Madame</option><option>Monsieur</option></select></div>
<div class="form__field"><label for="nom">Nom *</label><input type="text" id="nom" name="nom" required autocomplete="family-name"></div>
<div class="form__field"><label for="courriel">Adresse électronique *</label><input type="email" id="courriel" name="courriel" required autocomplete="email"></div></fieldset>
<fieldset class="form__fieldset"><legend class="form__legend">Votre demande</legend>
<div class="form__field"><label for="objet">Objet *</label><input type="text" id="objet" name="objet" required></div>
<div class="form__field"><label for="demande">Votre message *</label><textarea id="demande" name="demande" rows="8" required></textarea></div></fieldset>
<div class="form__field form__field--rgpd"><input type="checkbox" id="rgpd" name="rgpd" required><label for="rgpd">J'accepte que la Ville traite mes données pour répondre à ma demande.</label></div>
<button type="submit" class="btn btn--primary">Envoyer ma demande</button></form>"""


def publik_form(path="/contacter-la-mairie/"):
    def widget(kind, num, label, control):
        return (f'<div class="field {kind} template-form-field widget-required" data-field-id="{num}" id="var_{num}">'
                f'<div class="title"><label for="form_f{num}">{label}<span title="Ce champ est obligatoire." class="required">*</span></label></div>'
                f'<div class="content">{control}</div></div>')
    return f"""<form enctype="multipart/form-data" method="post" novalidate="novalidate" class="quixote" action="{path}" data-live-url="{path}live">
<input type="hidden" name="_form_id" value="form" /><input type="hidden" name="magictoken" value="c2FtcGxld2Vi" />
<div class="wcs-step" id="steps"><ol><li class="current"><span class="label">Votre demande</span></li><li><span class="label">Validation</span></li></ol></div>
{widget("StringWidget", 1, "Nom", '<input id="form_f1" name="f1" type="text" value="" aria-required="true" />')}
{widget("EmailWidget", 2, "Courriel", '<input id="form_f2" name="f2" type="email" value="" aria-required="true" />')}
{widget("TextWidget", 3, "Votre message", '<textarea id="form_f3" name="f3" rows="8" cols="60" aria-required="true"></textarea>')}
<div class="buttons submit"><div class="submit-button"><button name="submit" value="Suivant">Suivant</button></div><div class="cancel-button"><button name="cancel" value="Abandonner">Abandonner</button></div></div>
</form>"""


# ---- comments -----------------------------------------------------------------------------------

def wp_comments(post_id, path, existing=()):
    items = "".join(
        f'<li id="comment-{post_id * 10 + i}" class="comment even thread-even depth-1"><article class="comment-body">'
        f'<footer class="comment-meta"><div class="comment-author vcard"><b class="fn">{escape(who)}</b> <span class="says">dit :</span></div></footer>'
        f'<div class="comment-content"><p>{escape(text)}</p></div><div class="reply"><a rel="nofollow" class="comment-reply-link" href="#comment-{post_id * 10 + i}">Répondre</a></div></article></li>'
        for i, (who, text) in enumerate(existing, 1))
    listing = f'<h2 class="comments-title">{len(existing)} réponse(s)</h2><ol class="comment-list">{items}</ol>' if existing else ""
    return f"""<div id="comments" class="comments-area">{listing}
<div id="respond" class="comment-respond">
<h3 id="reply-title" class="comment-reply-title">Laisser un commentaire <small><a rel="nofollow" id="cancel-comment-reply-link" href="{path}#respond" style="display:none;">Annuler la réponse</a></small></h3>
<form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate>
<p class="comment-notes"><span id="email-notes">Votre adresse e-mail ne sera pas publiée.</span> <span class="required-field-message">Les champs obligatoires sont indiqués avec <span class="required">*</span></span></p>
<p class="comment-form-comment"><label for="comment">Commentaire <span class="required">*</span></label> <textarea id="comment" name="comment" cols="45" rows="8" maxlength="65525" required></textarea></p>
<p class="comment-form-author"><label for="author">Nom <span class="required">*</span></label> <input id="author" name="author" type="text" value="" size="30" maxlength="245" autocomplete="name" required /></p>
<p class="comment-form-email"><label for="email">E-mail <span class="required">*</span></label> <input id="email" name="email" type="email" value="" size="30" maxlength="100" aria-describedby="email-notes" autocomplete="email" required /></p>
<p class="comment-form-url"><label for="url">Site web</label> <input id="url" name="url" type="url" value="" size="30" maxlength="200" autocomplete="url" /></p>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Laisser un commentaire" /> <input type='hidden' name='comment_post_ID' value='{post_id}' id='comment_post_ID' /> <input type='hidden' name='comment_parent' id='comment_parent' value='0' /></p>
</form></div></div>"""


def wp_comments_closed():
    return '<div id="comments" class="comments-area"><p class="no-comments">Les commentaires sont fermés.</p></div>'


def drupal_comments(node):
    return f"""<section class="field field--name-comment field--type-comment field--label-above comment-wrapper">
<h2 class="title comment-form__title">Ajouter un commentaire</h2>
<form class="comment-comment-form comment-form" data-drupal-selector="comment-form" action="/comment/reply/node/{node}/comment" method="post" id="comment-form" accept-charset="UTF-8">
<div class="js-form-item form-item js-form-type-textfield form-item-name"><label for="edit-name">Votre nom</label><input data-drupal-selector="edit-name" type="text" id="edit-name" name="name" value="" size="30" maxlength="60" class="form-text" /></div>
<div class="js-form-item form-item js-form-type-textfield form-item-subject-0-value"><label for="edit-subject-0-value">Sujet</label><input data-drupal-selector="edit-subject-0-value" type="text" id="edit-subject-0-value" name="subject[0][value]" value="" size="60" maxlength="64" class="form-text" /></div>
<div class="js-form-item form-item js-form-type-textarea form-item-comment-body-0-value"><label for="edit-comment-body-0-value" class="js-form-required form-required">Commentaire</label><div class="form-textarea-wrapper"><textarea data-drupal-selector="edit-comment-body-0-value" id="edit-comment-body-0-value" name="comment_body[0][value]" rows="5" cols="60" class="form-textarea required" required="required"></textarea></div></div>
<input data-drupal-selector="edit-comment-form" type="hidden" name="form_id" value="comment_comment_form" />
<div data-drupal-selector="edit-actions" class="form-actions js-form-wrapper form-wrapper" id="edit-actions"><input data-drupal-selector="edit-submit" type="submit" id="edit-submit" name="op" value="Enregistrer" class="button button--primary js-form-submit form-submit" /></div>
</form></section>"""


def disqus(shortname, url, ident):
    return f"""<div id="disqus_thread"></div>
<script>
var disqus_config = function () {{ this.page.url = "{url}"; this.page.identifier = "{ident}"; }};
(function() {{ var d = document, s = d.createElement('script'); s.src = 'https://{shortname}.disqus.com/embed.js';
s.setAttribute('data-timestamp', +new Date()); (d.head || d.body).appendChild(s); }})();
</script>
<noscript>Please enable JavaScript to view the <a href="https://disqus.com/?ref_noscript">comments powered by Disqus.</a></noscript>"""


def facebook_comments(url):
    return f"""<div id="fb-root"></div>
<script async defer crossorigin="anonymous" src="https://connect.facebook.net/fr_FR/sdk.js#xfbml=1&amp;version=v19.0" nonce="kT9xq2Lz"></script>
<div class="fb-comments" data-href="{url}" data-width="100%" data-numposts="10" data-order-by="reverse_time"></div>"""


# ---- boards -------------------------------------------------------------------------------------

def phpbb_index(forums):
    rows = "".join(
        f'<li class="row"><dl class="row-item forum_read"><dt title="Aucun message non lu"><div class="list-inner">'
        f'<a href="{href}" class="forumtitle">{escape(title)}</a><br />{escape(desc)}</div></dt>'
        f'<dd class="topics">{topics} <dfn>Sujets</dfn></dd><dd class="posts">{topics * 6} <dfn>Messages</dfn></dd></dl></li>'
        for href, title, desc, topics in forums)
    return f"""<div class="forabg"><div class="inner"><ul class="topiclist"><li class="header"><dl class="row-item"><dt><div class="list-inner">Forums de discussion</div></dt><dd class="topics">Sujets</dd><dd class="posts">Messages</dd></dl></li></ul>
<ul class="topiclist forums">{rows}</ul></div></div>
<div class="stat-block online-list"><h3>Qui est en ligne ?</h3><p>Au total il y a <strong>7</strong> utilisateurs en ligne.</p></div>"""


def phpbb_viewforum(topics):
    rows = "".join(
        f'<li class="row bg{1 + i % 2}"><dl class="row-item topic_read"><dt><div class="list-inner">'
        f'<a href="{href}" class="topictitle">{escape(title)}</a><br /><div class="topic-poster responsive-hide left-box">par <a href="#" class="username">{escape(who)}</a></div></div></dt>'
        f'<dd class="posts">{replies} <dfn>Réponses</dfn></dd></dl></li>'
        for i, (href, title, who, replies) in enumerate(topics))
    return f"""<div class="action-bar bar-top"><a href="/ucp.php?mode=login" class="button" title="Écrire un nouveau sujet"><span>Nouveau sujet</span></a></div>
<div class="forumbg"><div class="inner"><ul class="topiclist"><li class="header"><dl class="row-item"><dt><div class="list-inner">Sujets</div></dt><dd class="posts">Réponses</dd></dl></li></ul>
<ul class="topiclist topics">{rows}</ul></div></div>"""


def phpbb_topic(posts):
    items = "".join(
        f'<div id="p{100 + i}" class="post has-profile bg{1 + i % 2}"><div class="inner"><dl class="postprofile"><dt><a href="#" class="username">{escape(who)}</a></dt></dl>'
        f'<div class="postbody"><h3>Re: discussion</h3><div class="content">{escape(text)}</div></div></div></div>'
        for i, (who, text) in enumerate(posts))
    return items + '<div class="action-bar bar-bottom"><a href="/ucp.php?mode=login" class="button"><span>Répondre</span></a></div>'


def discourse_latest(topics):
    rows = "".join(
        f"<tr class='topic-list-item'><td class='main-link'><meta itemprop='position' content='{i}'>"
        f"<span class='link-top-line'><a itemprop='url' href='{href}' class='title raw-link raw-topic-link'>{escape(title)}</a></span></td>"
        f"<td class='replies'><span class='posts' title='messages'>{replies}</span></td></tr>"
        for i, (href, title, replies) in enumerate(topics, 1))
    return f"<div class='topic-list-container' itemscope itemtype='http://schema.org/ItemList'><table class='topic-list'><thead><tr><th>Sujet</th><th class='replies'>Réponses</th></tr></thead><tbody>{rows}</tbody></table></div>"


def discourse_topic(posts):
    return "".join(
        f"<div id='post_{i}' itemprop='comment' itemscope itemtype='http://schema.org/Comment' class='topic-body crawler-post'>"
        f"<div class='crawler-post-meta'><span class='creator' itemprop='author'><span itemprop='name'>{escape(who)}</span></span></div>"
        f"<div class='post' itemprop='text'><p>{escape(text)}</p></div></div>"
        for i, (who, text) in enumerate(posts, 1))


def flarum_list(discussions):
    items = "".join(f'<li><a href="{href}">{escape(title)}</a></li>' for href, title in discussions)
    return f"<h2>Toutes les discussions</h2><ul>{items}</ul>"


# ---- polls, petitions, ideas --------------------------------------------------------------------

def wp_poll(poll_id, question, answers):
    options = "".join(
        f'<li><input type="radio" id="poll-answer-{poll_id * 10 + i}" name="poll_{poll_id}" value="{poll_id * 10 + i}" />'
        f'<label for="poll-answer-{poll_id * 10 + i}">{escape(a)}</label></li>' for i, a in enumerate(answers))
    return f"""<div id="polls-{poll_id}" class="wp-polls"><form id="polls_form_{poll_id}" class="wp-polls-form" action="/index.php" method="post">
<p style="display: none;"><input type="hidden" id="poll_{poll_id}_nonce" name="wp-polls-nonce" value="4d1f2e3a5b" /></p>
<p style="display: none;"><input type="hidden" name="poll_id" value="{poll_id}" /></p>
<p style="text-align: center;"><strong>{escape(question)}</strong></p>
<div id="polls-{poll_id}-ans" class="wp-polls-ans"><ul class="wp-polls-ul">{options}</ul>
<p style="text-align: center;"><input type="button" name="vote" value="   Voter   " class="Buttons" /></p></div></form></div>"""


def questionnaire(action, intro, questions):
    """A resident survey (questionnaire en ligne) with radio questions and a free comment."""
    blocks = "".join(
        f'<fieldset class="question"><legend>{escape(q)}</legend>' + "".join(
            f'<label><input type="radio" name="q{i}" value="{j}"> {escape(choice)}</label>' for j, choice in enumerate(choices))
        + "</fieldset>" for i, (q, choices) in enumerate(questions, 1))
    return f"""<div class="questionnaire"><p>{intro}</p><form method="post" action="{action}" class="survey-form" id="questionnaire">
{blocks}<label for="remarques">Vos remarques (facultatif)</label><textarea id="remarques" name="remarques" rows="4"></textarea>
<button type="submit">Envoyer mes réponses</button></form></div>"""


def poll_results(question, results):
    bars = "".join(f'<li><span class="answer">{escape(a)}</span> <span class="pct">{p} %</span>'
                   f'<span class="bar" style="width:{p}%"></span></li>' for a, p in results)
    return (f'<div class="poll-results"><p><strong>{escape(question)}</strong></p><ul>{bars}</ul>'
            '<p class="poll-closed">Ce sondage est clos. Merci pour votre participation.</p></div>')


def petition_form(action, title, signatures):
    return f"""<div class="petition"><h2>{escape(title)}</h2><p class="petition__count"><strong>{signatures}</strong> signatures</p>
<form method="post" action="{action}" class="petition__form" id="signer-petition">
<label for="pet-nom">Nom et prénom</label><input type="text" id="pet-nom" name="nom" required>
<label for="pet-email">Courriel</label><input type="email" id="pet-email" name="email" required>
<label for="pet-cp">Code postal</label><input type="text" id="pet-cp" name="code_postal" required>
<label><input type="checkbox" name="habitant" required> Je certifie habiter la commune</label>
<button type="submit">Signer la pétition</button></form></div>"""


def idea_box(action):
    return f"""<form method="post" action="{action}" class="boite-a-idees" id="boite-a-idees">
<label for="idee-titre">Titre de votre idée</label><input type="text" id="idee-titre" name="titre" required>
<label for="idee-theme">Thème</label><select id="idee-theme" name="theme"><option>Cadre de vie</option><option>Mobilités</option><option>Solidarités</option><option>Culture et sport</option></select>
<label for="idee-texte">Décrivez votre idée</label><textarea id="idee-texte" name="idee" rows="8" required></textarea>
<label for="idee-email">Votre courriel</label><input type="email" id="idee-email" name="email" required>
<button type="submit">Proposer mon idée</button></form>"""


# ---- decoys -------------------------------------------------------------------------------------

def newsletter(action="/newsletter/inscription"):
    return f"""<form class="newsletter" method="post" action="{action}"><h2>Lettre d'information</h2>
<label for="nl-email">Recevez l'actualité de la ville chaque mois</label><input type="email" id="nl-email" name="email" placeholder="Votre adresse e-mail" required>
<button type="submit">Je m'abonne</button></form>"""


def share_buttons(url, title):
    from urllib.parse import quote
    u, t = quote(url, safe=""), quote(title, safe="")
    return f"""<div class="share"><p>Partager cette page :</p><ul class="share__list">
<li><a href="https://www.facebook.com/sharer/sharer.php?u={u}" target="_blank" rel="noopener">Facebook</a></li>
<li><a href="https://twitter.com/intent/tweet?url={u}&amp;text={t}" target="_blank" rel="noopener">X</a></li>
<li><a href="https://www.linkedin.com/shareArticle?mini=true&amp;url={u}" target="_blank" rel="noopener">LinkedIn</a></li>
<li><a href="mailto:?subject={t}&amp;body={u}">Courriel</a></li></ul></div>"""
