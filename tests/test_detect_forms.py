import pytest

from citycrawl.detect import Page
from citycrawl.detect.forms import classify_forms
from tests.fixtures.detect.helpers import features, findings, fixture_html


def kinds(html):
    return [info.kind for info in classify_forms(Page.from_html(html, "https://www.villedex.fr/"))]


def test_wordpress_contact_form_7_is_a_contact_form():
    found = findings(fixture_html("contact_wordpress.html"), feature="contact_form")
    assert len(found) == 1
    assert found[0].platform == "contact_form_7"
    assert "textarea your-message" in found[0].detail and "email" in found[0].detail
    assert found[0].rule.startswith("forms:")


@pytest.mark.parametrize("html", [
    # Drupal core contact form
    '<form class="contact-message-feedback-form contact-form" id="contact-message-feedback-form" action="/contact">'
    '<input name="name"><input type="email" name="mail"><input name="subject[0][value]">'
    '<textarea name="message[0][value]"></textarea><input type="submit" value="Envoyer le message"></form>',
    # SPIP formulaire_contact
    '<div class="formulaire_spip formulaire_contact"><form action="/spip.php?page=contact" method="post">'
    '<input type="email" name="email_message_auteur"><input name="sujet_message_auteur">'
    '<textarea name="texte_message_auteur"></textarea><input type="submit" value="Envoyer"></form></div>',
    # Publik (w.c.s.) e-service form
    '<form class="quixote" action="https://demarches.villedex.fr/contact/" method="post">'
    '<div class="widget"><label for="f1">Courriel</label><input id="f1" name="f1" type="text"></div>'
    '<div class="widget"><label for="f2">Votre demande</label><textarea id="f2" name="f2"></textarea></div>'
    '<button>Valider</button></form>',
    # a report of a problem in the street to the city's e-services: its box describes the problem to the city
    '<h1>Signaler un problème</h1><form class="quixote" action="https://demarches.villedex.fr/signaler-un-probleme/" '
    'method="post"><div class="widget"><label for="f1">Catégorie</label><select id="f1" name="f1"><option>Voirie</option>'
    '</select></div><div class="widget"><label for="f2">Adresse</label><input id="f2" name="f2"></div>'
    '<div class="widget"><label for="f3">Description du problème</label><textarea id="f3" name="f3"></textarea></div>'
    '<div class="widget"><label for="f4">Photo</label><input type="file" id="f4" name="f4"></div>'
    '<div class="widget"><label for="f5">Courriel</label><input id="f5" name="f5" type="email"></div>'
    '<button>Envoyer le signalement</button></form>',
    # English feedback form with a textarea and an e-mail
    '<h2>Get in touch</h2><form action="/send"><input type="email" name="email" placeholder="Email">'
    '<textarea name="body" placeholder="Your message"></textarea><button>Send</button></form>',
])
def test_contact_forms_of_cms_plugins_and_e_services(html):
    assert kinds(html) == ["contact"]
    assert "contact_form" in features(html)


@pytest.mark.parametrize("html, contact", [
    # a report of a problem, however the site words it, writes to the city
    ("<h1>Signaler une anomalie</h1><form action='/signalement'><label for=a>Description de l'anomalie</label>"
     "<textarea id=a name=a></textarea><label for=e>Courriel</label><input id=e type=email name=e><button>Envoyer</button>"
     "</form>", True),
    ("<h1>Signalez un problème sur la voie publique</h1><form action='/envoi'><label for=a>Description du problème</label>"
     "<textarea id=a name=a></textarea><label for=e>Courriel</label><input id=e type=email name=e><button>Envoyer</button>"
     "</form>", True),
    # its box, whatever its name, is the message ("Description"), e-mail or not
    ("<h2>Signaler un problème</h2><form class='webform-submission-form' action='/services/signaler-un-probleme'>"
     "<label for=c>Catégorie</label><select id=c name=c><option>Voirie</option></select>"
     "<label for=d>Description</label><textarea id=d name=d></textarea><button>Envoyer</button></form>", True),
    # reporting a comment to the moderators is no message to the city
    ("<h1>Fête des voisins</h1><form class='report-form' action='/report'><h3>Signaler ce commentaire</h3>"
     "<label for=m>Motif du signalement</label><textarea id=m name=m></textarea><button>Signaler</button></form>", False),
])
def test_a_report_of_a_problem_writes_to_the_city(html, contact):
    assert ("contact_form" in features(html)) is contact


def test_wordpress_comment_form_is_a_comment_not_a_contact_form():
    html = ('<div id="respond" class="comment-respond"><h3>Laisser un commentaire</h3>'
            '<form action="https://www.villedex.fr/wp-comments-post.php" method="post" id="commentform">'
            '<textarea id="comment" name="comment"></textarea><input id="author" name="author">'
            '<input id="email" name="email" type="email"><input type="hidden" name="comment_post_ID" value="5">'
            '<input name="submit" type="submit" value="Laisser un commentaire"></form></div>')
    assert kinds(html) == ["comment"]
    assert "contact_form" not in features(html)


@pytest.mark.parametrize("html, kind", [
    ('<form action="/recherche"><input type="text" name="q"><input type="submit" value="Rechercher"></form>', "search"),
    ('<form action="/login" id="user-login"><input name="name"><input type="password" name="pass">'
     '<input type="submit" value="Se connecter"></form>', "login"),
    ('<form class="register"><input name="username"><input type="email" name="email"><input type="password" name="p1">'
     '<input type="password" name="p2"><button>Créer mon compte</button></form>', "registration"),
    ('<form action="https://villedex.us1.list-manage.com/subscribe/post" id="mc-embedded-subscribe-form">'
     '<input type="email" name="EMAIL"><input type="submit" value="Je m\'abonne à la newsletter"></form>', "newsletter"),
    ('<form id="checkout"><input name="card_number"><input name="cvv"><button>Payer</button></form>', "payment"),
    ('<form class="reservation"><input type="date" name="date_debut"><input type="number" name="nb_personnes">'
     '<button>Réserver</button></form>', "booking"),
])
def test_forms_that_are_not_contact_forms(html, kind):
    assert kinds(html) == [kind]
    assert "contact_form" not in features(html)


def test_send_to_a_friend_form_is_not_a_contact_form():
    html = ('<form id="mailToFriend"><h3>Envoyer à un ami</h3><input name="friendEmail" type="email">'
            '<textarea name="mailMessage"></textarea><button>Envoyer</button></form>')
    assert kinds(html) == ["other"]


def test_honeypot_textarea_does_not_make_a_contact_form():
    html = ('<form action="/newsletter" class="newsletter"><input type="email" name="email">'
            '<div style="display:none"><textarea name="hp_message"></textarea></div>'
            '<button>S\'abonner</button></form>')
    assert kinds(html) == ["newsletter"]


def test_bare_mailto_is_contact_email_never_contact_form():
    found = findings('<p>Écrivez à <a href="mailto:mairie@villedex.fr">la mairie</a>'
                     '<a href="mailto:?subject=Partager">partager</a></p>')
    assert [(f.feature, f.url) for f in found] == [("contact_email", "mailto:mairie@villedex.fr")]


def test_share_by_email_button_alone_is_nothing():
    assert findings('<a href="mailto:?subject=Une%20page&body=https://x">Envoyer par mail</a>') == []


@pytest.mark.parametrize("html, kind", [
    # reCAPTCHA's script-less fallback box is not a message box
    ('<form action="/newsletter" id="newsletter"><input type="email" name="email" placeholder="Votre e-mail">'
     '<noscript><textarea name="recaptcha_challenge_field"></textarea></noscript>'
     '<input type="submit" value="S\'abonner à la newsletter"></form>', "newsletter"),
    # an account form with a free-text box: a username and "create an account"
    ('<form action="/user/register" id="user-register-form"><input name="name" id="edit-name">'
     '<label for="edit-mail">E-mail</label><input type="text" id="edit-mail" name="mail">'
     '<textarea name="conditions" readonly>Conditions…</textarea><input type="submit" value="Créer un compte"></form>',
     "other"),
    # a job application: its boxes ask for skills and experience, not a message
    ('<form action="/emploi/postuler" id="apply"><h2>Postuler</h2><input name="nom"><input type="email" name="email">'
     '<textarea name="competences"></textarea><textarea name="experience"></textarea>'
     '<button>Envoyer ma candidature</button></form>', "other"),
    # a questionnaire with an optional remarks box is a poll
    ('<form id="questionnaire" class="survey-form"><fieldset><legend>Comment venez-vous ?</legend>'
     '<input type="radio" name="q1" value="bus"><input type="radio" name="q1" value="velo"></fieldset>'
     '<fieldset><legend>Plus de pistes ?</legend><input type="radio" name="q2" value="oui">'
     '<input type="radio" name="q2" value="non"></fieldset><label for="r">Vos remarques</label>'
     '<textarea id="r" name="remarques"></textarea><button>Envoyer mes réponses</button></form>', "poll"),
    # "ask a question" box of a help centre that searches its answers
    ('<form id="answers" action="/answers"><textarea name="q" placeholder="Ask a question"></textarea>'
     '<button>Search answers</button></form>', "search"),
])
def test_a_free_text_box_alone_does_not_make_a_contact_form(html, kind):
    assert kinds(html) == [kind]


@pytest.mark.parametrize("html", [
    # a form shown by a button (hidden until then) and a theme class naming hidden labels
    '<form id="contact-form" class="hidden" action="/contact.php"><label for="e">Email</label>'
    '<input id="e" name="contactEmail"><label for="c">Comments</label><textarea id="c" name="contactComment"></textarea>'
    '<input type="submit" value="Send"></form>',
    '<form class="avia_ajax_form av-form-labels-hidden" action="/contact/"><input name="avia_name_1" placeholder="Name">'
    '<input name="avia_e-mail_1" placeholder="E-Mail"><textarea name="avia_message_1" placeholder="Message"></textarea>'
    '<input class="hidden" name="avia_username_1"><input type="submit" value="Submit"></form>',
    # an old table layout: labels in the cell before the field
    '<form method="post" action="/index.php"><table><tr><td>Votre nom :</td><td><input name="f4"></td></tr>'
    '<tr><td>Votre e-mail :</td><td><input name="f1"></td></tr><tr><td>Texte :</td>'
    '<td><textarea name="f8"></textarea></td></tr></table><input type="submit" value="OK"></form>',
    # layout classes and field names that contain "order" and "depart" are not shop or booking words
    '<form id="formulaire" class="bordergrey" action="/ecrire"><label for="d">Service</label>'
    '<select id="d" name="departmentid"><option>Accueil</option></select><input type="email" name="email">'
    '<textarea name="message"></textarea><button>Envoyer</button></form>',
])
def test_contact_forms_whatever_their_layout(html):
    assert kinds(html) == ["contact"]


@pytest.mark.parametrize("html, kind", [
    # WordPress SpeakOut! petition: a name, an e-mail and a note that goes with the signature
    ('<form class="dk-speakout-petition" id="dk-speakout-petition-3"><h3>Signer la pétition</h3>'
     '<input name="dk-speakout-first-name" placeholder="Prénom"><input type="email" name="dk-speakout-email">'
     '<textarea name="dk-speakout-message">Commentaire (facultatif)</textarea>'
     '<button>Signer maintenant</button></form>', "petition"),
    ('<form id="petition-signature" action="/petitions/12/signer"><label for="n">Nom</label><input id="n" name="nom">'
     '<label for="e">Courriel</label><input id="e" type="email" name="email">'
     '<label for="c">Commentaire</label><textarea id="c" name="commentaire"></textarea>'
     '<input type="submit" value="Je signe"></form>', "petition"),
    # Decidim / CONSUL: a proposal published on the platform, not a message to the city
    ('<form class="form new_proposal" id="new_proposal" action="/processes/velo/f/12/proposals">'
     '<input name="proposal[title]"><textarea name="proposal[body]"></textarea>'
     '<input type="submit" value="Continuer"></form>', "contribution"),
    ('<form id="new_debate" action="/debates"><input name="debate[title]"><textarea name="debate[description]">'
     '</textarea><input type="submit" value="Lancer un débat"></form>', "contribution"),
    # a questionnaire with one question and a remarks box is a poll, not a comment form
    ('<form id="questionnaire-mobilite" action="/enquete"><p>Comment venez-vous au centre-ville ?</p>'
     '<label><input type="radio" name="mode" value="1"> À pied</label><label><input type="radio" name="mode" value="2"> En bus</label>'
     '<label for="c">Vos commentaires</label><textarea id="c" name="commentaire"></textarea>'
     '<input type="submit" value="Envoyer"></form>', "poll"),
])
def test_participation_forms_with_a_text_box_are_neither_contact_nor_comment_forms(html, kind):
    assert kinds(html) == [kind]
    assert not {"contact_form", "comments"} & features(html)


def test_questions_answered_from_lists_make_a_questionnaire():
    # Drupal Webform or a form plugin: each question a <select> labelled as a question
    html = ('<h2>Questionnaire sur les rythmes scolaires</h2><form class="webform-submission-form" action="/rythmes">'
            '<label for="a">Combien d\'enfants sont scolarisés ?</label><select id="a" name="enfants"><option>1</option></select>'
            '<label for="b">Quelle semaine préférez-vous ?</label><select id="b" name="semaine"><option>4 jours</option></select>'
            '<input type="submit" value="Valider mes réponses"></form>')
    assert kinds(html) == ["poll"]
    # lists that ask nothing (a subject, a service) are no questions
    html = ('<form class="webform-submission-form" action="/demande"><label for="a">Service</label>'
            '<select id="a" name="service"><option>État civil</option></select><label for="b">Quartier</label>'
            '<select id="b" name="quartier"><option>Centre</option></select><input type="submit" value="Valider"></form>')
    assert kinds(html) == ["other"]
    # a contact form asks who writes and to which service from lists, under a heading asking for opinions
    html = ('<h2>Votre avis nous intéresse</h2><form class="webform-submission-form" action="/contact">'
            '<label for="a">Vous êtes ?</label><select id="a" name="profil"><option>Habitant</option></select>'
            '<label for="b">Quel service souhaitez-vous contacter ?</label><select id="b" name="service">'
            '<option>Voirie</option></select><input name="nom" placeholder="Nom"><input type="email" name="email">'
            '<label for="m">Message</label><textarea id="m" name="message"></textarea><input type="submit" value="Envoyer"></form>')
    assert kinds(html) == ["contact"]


def test_a_civility_choice_does_not_make_a_contact_form_a_questionnaire():
    html = ('<form id="contact" action="/nous-ecrire"><label><input type="radio" name="civilite" value="mme"> Madame</label>'
            '<label><input type="radio" name="civilite" value="m"> Monsieur</label>'
            '<label for="r">Consentement</label><input type="radio" id="r" name="rgpd" value="1">'
            '<input name="nom" placeholder="Nom"><input type="email" name="email">'
            '<textarea name="message" placeholder="Votre avis nous intéresse"></textarea><button>Envoyer</button></form>')
    assert kinds(html) == ["contact"]


def test_a_participatory_budget_ballot_is_a_budget_vote_not_a_poll():
    html = ('<form class="budget-ballot" action="/budgets/3/ballot"><h3>Mon panier</h3>'
            '<label><input type="checkbox" name="projects[]" value="1"> Aire de jeux (15 000 €)</label>'
            '<label><input type="checkbox" name="projects[]" value="2"> Jardin partagé (8 000 €)</label>'
            '<p>Budget restant : 27 000 €</p><button>Valider mon vote</button></form>')
    assert kinds(html) == ["ballot"]
    assert "poll" not in features(html) and "participatory_budget" in features(html)


@pytest.mark.parametrize("html", [
    # a rating of the page in its footer: yes/no and why
    '<footer><div class="poll-container"><form method="post"><fieldset><legend>Cette page vous a-t-elle été utile ?'
    '</legend><input type="radio" name="f1" value="oui"> Oui <input type="radio" name="f1" value="non"> Non</fieldset>'
    '<label>Dites-nous pourquoi <textarea name="f2"></textarea></label><button>Envoyer</button></form></div></footer>',
    '<form class="was-this-helpful"><p>Was this page helpful?</p><input type="radio" name="h" value="1">'
    '<input type="radio" name="h" value="0"><button>Submit</button></form>',
])
def test_a_page_rating_widget_is_neither_a_poll_nor_a_message(html):
    assert kinds(html) == ["other"]


def test_a_poll_answered_with_one_button_per_option_is_a_poll():
    html = ('<form class="poll" action="/sondage/vote" method="post"><p>Faut-il piétonniser la place du marché ?</p>'
            '<button type="submit" name="answer_id" value="31">Oui</button><button type="submit" name="answer_id" '
            'value="32">Non</button></form>')
    assert kinds(html) == ["poll"]
    # a rating of the page with its buttons, or a preview and a publishing button, are no options
    assert kinds(html.replace('class="poll"', 'class="poll page-vote"')) != ["poll"]
    assert kinds(html.replace('value="31"', 'value="apercu"').replace('value="32"', 'value="publier"')) != ["poll"]
    # one button, however named, is the form's sending: no option to choose
    assert kinds(html.replace('<button type="submit" name="answer_id" value="32">Non</button>', "")) != ["poll"]


def test_a_listing_s_filters_are_no_questionnaire():
    # a board's or an agenda's filters (vBulletin's toolbar: time span, kind of post), polls among what they show
    html = ('<form class="toolbar-filter-overlay" action="/activity/get" method="post">'
            + "".join(f'<label><input type="radio" name="filter_time" value="{v}"> {v}</label>' for v in ("all", "week"))
            + "".join(f'<label><input type="radio" name="filter_show" value="{v}"> {v} only</label>'
                      for v in ("discussions", "polls"))
            + "<button>Voter</button></form>")
    assert kinds(html) == ["search"]
    assert kinds(html.replace("filter_", "q")) == ["poll"]
    # a question on waste sorting is no sorting of a list
    assert kinds(html.replace("filter_", "tri_")) == ["poll"]


def test_a_list_that_leads_to_another_page_is_no_questionnaire():
    # WordPress's categories widget: a category named "Sondages" says nothing of the form
    html = ('<form action="https://www.villedex.fr/" method="get"><label class="screen-reader-text" for="cat">Catégories'
            '</label><select name="cat" id="cat" class="postform"><option value="3">Actualités (14)</option>'
            '<option value="5">Sondages (4)</option></select></form>')
    assert kinds(html) == ["search"]
    assert "poll" not in features(html)


def test_a_form_sending_the_article_to_someone_is_no_contact_form():
    html = ('<form id="emailForm" action="/email-this" method="post"><label>Votre e-mail <input type="email" '
            'name="from"></label><label>E-mail du destinataire <input type="email" name="to"></label><label>Message '
            '<textarea name="emailThisMsg"></textarea></label><button>Envoyer</button></form>')
    assert kinds(html) == ["other"]


def test_the_slug_of_an_article_in_a_comment_form_target_says_nothing_of_the_form():
    html = ('<form action="/politique/article/deux-ans-neuf-mises-en-examen-dix-enquetes-en-cours" method="post">'
            '<input name="nom"><input type="email" name="email"><label>Votre message</label><textarea name="texte">'
            '</textarea><input type="submit" value="Poster ce message"></form>')
    assert kinds(html) != ["poll"]
    assert kinds(html.replace("deux-ans-neuf-mises-en-examen-dix-enquetes-en-cours", "enquete")) == ["poll"]


IDEA_FORM = ("<form method='post' action='/boite-a-idees'><label>Votre nom <input name='nom'></label>"
             "<label>Courriel <input type='email' name='email'></label>"
             "<label>Votre message <textarea name='message'></textarea></label><button>Envoyer</button></form>")


@pytest.mark.parametrize("url", ["https://villedex.id-city.com/boite-a-idees",
                                 "https://jeparticipe.villedex.fr/debats/14-la-gare",
                                 # a word holding "signal" is no report to the city
                                 "https://participation.villedex.fr/signaletique-du-centre-ville"])
def test_a_message_box_on_a_participation_platform_publishes_and_writes_to_nobody(url):
    assert findings(IDEA_FORM, url, feature="contact_form") == []


POST_FORM = ("<form method='post' action=''><label>Votre nom <input name='nom'></label>"
             "<label>Courriel <input type='email' name='email'></label><label>Sujet <input name='subject'></label>"
             "<label>Message <textarea name='message'></textarea></label><button>Publier</button></form>")


@pytest.mark.parametrize("html, url", [
    # a neighbours' network's own page: a post to the neighbours
    (POST_FORM, "https://voisins.villedex.fr/quartiers/la-gare"),
    ("<title>Le réseau social de proximité de Villedex</title>" + POST_FORM, "https://lakour.villedex.fr/entraide"),
    # a forum engine's page, its new topic form (Kunena's component, its markup on every page)
    ("<div id='kunena' class='layout'>" + POST_FORM + "</div>", "https://www.villedex.fr/index.php/forum/entraide/new"),
])
def test_a_message_box_on_a_network_s_or_a_board_s_page_is_a_post_not_a_message_to_the_city(html, url):
    assert findings(html, url, feature="contact_form") == []


@pytest.mark.parametrize("html", [
    POST_FORM,
    # a city page that loads a board's stylesheet or a script setting an engine shares is the city's
    "<link rel='stylesheet' href='/media/kunena/css/kunena.css'>" + POST_FORM,
    "<script>var config = {relative_path: ''};</script>" + POST_FORM,
])
def test_a_message_box_on_the_city_s_own_page_writes_to_the_city(html):
    found = findings(html, "https://www.villedex.fr/ecrire-au-maire", feature="contact_form")
    assert [f.feature for f in found] == ["contact_form"]


@pytest.mark.parametrize("html, url", [
    (IDEA_FORM, "https://jeparticipe.villedex.fr/contact"),  # the platform's own contact page
    (IDEA_FORM, "https://villedex.id-city.com/signalements/nouveau"),  # a report sent to the city
    (IDEA_FORM.replace("action='/boite-a-idees'", "class='contact-form' action='/ecrire'"),
     "https://jeparticipe.villedex.fr/aide"),
    (IDEA_FORM, "https://www.villedex.fr/boite-a-idees"),  # the city's own site: a message to the city
    # the city's page that embeds a platform's frame is the city's
    (IDEA_FORM + "<iframe src='https://villedex.flui.city/embed/ideas'></iframe>", "https://www.villedex.fr/participer"),
    # the form says it writes to the city
    (IDEA_FORM.replace("<label>Votre nom", "<h2>Formulaire de contact</h2><label>Votre nom"),
     "https://jeparticipe.villedex.fr/nous-joindre-l-equipe"),
])
def test_a_form_that_writes_to_the_city_stays_a_contact_form_on_a_platform(html, url):
    assert [f.feature for f in findings(html, url, feature="contact_form")] == ["contact_form"]


@pytest.mark.parametrize("box", ["Votre idée", "Décrivez votre idée", "Description de votre suggestion",
                                 "Votre proposition"])
def test_an_idea_written_to_the_city_on_its_own_site_is_a_contact_form(box):
    """An idea box on the city's site: a resident writes free text to the city (codebook), whatever the box is called;
    the same box on a platform publishes a proposal and writes to nobody."""
    form = ("<form action='/boite-a-idees/envoyer' method='post'><label for='t'>Titre</label>"
            f"<input id='t' name='titre'><label for='d'>{box}</label><textarea id='d' name='description'></textarea>"
            "<label for='n'>Nom</label><input id='n' name='nom'><label for='m'>Courriel</label>"
            "<input id='m' type='email' name='email'><button>Envoyer</button></form>")
    assert kinds(form) == ["contact"]
    assert "contact_form" in features(form, "https://www.villedex.fr/boite-a-idees")
    assert "contact_form" not in features(form, "https://jeparticipe.villedex.fr/boite-a-idees")


def _described(action, box, first="<label for='a'>Nom de l'association</label><input id='a' name='association'>",
               reply="<label for='n'>Nom</label><input id='n' name='nom'><label for='m'>Courriel</label>"
                     "<input id='m' type='email' name='email'>"):
    return (f"<form action='{action}' method='post'>{first}<label for='d'>{box}</label>"
            f"<textarea id='d' name='description'></textarea>{reply}<button>Envoyer</button></form>")


@pytest.mark.parametrize("box", ["Description du projet", "Descriptif de votre projet", "Description du projet associatif"])
def test_a_project_s_description_asked_by_a_grant_or_a_listing_form_is_no_message(box):
    assert kinds(_described("/demarches/subvention", box)) == ["other"]
    assert kinds(_described("/annuaire/ajouter", box)) == ["other"]
    assert kinds(_described("/formulaire", box, first="<h2>Déposer une petite annonce</h2>")) == ["other"]


@pytest.mark.parametrize("box", ["Description du projet", "Descriptif de votre projet", "Décrivez votre projet"])
def test_a_project_described_to_the_city_on_its_own_site_with_a_name_and_an_email_is_a_message(box):
    """A participatory budget's filing form on the city's site: the resident writes their project to the city, with the
    name and e-mail a reply needs (codebook: a free-text message to the city). Without them, or on a platform that
    publishes the project, it is none."""
    title = "<label for='t'>Titre</label><input id='t' name='titre'>"
    form = _described("/budget-participatif/deposer", box, first=title)
    assert kinds(form) == ["contact"]
    assert "contact_form" in features(form, "https://www.villedex.fr/budget-participatif/deposer")
    assert "contact_form" not in features(form, "https://jeparticipe.villedex.fr/budget-participatif/deposer")
    assert kinds(_described("/budget-participatif/deposer", box, first=title,
                            reply="<input type='email' name='email'>")) == ["other"]
    # the form's heading says what it files, whatever its address; a second box (the place) changes nothing
    heading = "<h2>Déposer votre projet pour le quartier</h2>" + title
    assert kinds(_described("/formulaire/envoi", box, first=heading)) == ["contact"]
    place = heading + "<label for='l'>Lieu d'implantation</label><textarea id='l' name='lieu'></textarea>"
    assert kinds(_described("/formulaire/envoi", box, first=place)) == ["contact"]


@pytest.mark.parametrize("heading, box", [
    ("Proposer un événement pour l'agenda", "Description de l'événement"),
    ("Guide des associations : votre fiche", "Présentation et description de l'association"),
    ("Demande d'occupation du domaine public", "Description de l'occupation (terrasse, échafaudage)"),
    ("Bourse aux projets jeunes : demande de financement", "Description du projet"),
    ("Demande de stage en mairie", "Décrivez votre projet professionnel"),
    ("Prêt de salle aux associations", "Description de la manifestation"),
    ("Vide-greniers : bulletin d'inscription exposant", "Description des objets"),
    ("Devenir bénévole", "Décrivez vos disponibilités"),
    ("Concours photo : participer", "Description de la photo"),
])
def test_a_description_a_listing_an_application_or_a_sign_up_asks_for_is_no_message(heading, box):
    """Agenda events, directory entries, permits, grants, internships, room loans, sign-ups and contest entries ask for
    a description with a name and an e-mail: it is the file's or the listing's, not a message to the city."""
    first = f"<h2>{heading}</h2><label for='t'>Titre</label><input id='t' name='titre'>"
    assert kinds(_described("/formulaire/envoi", box, first=first)) == ["other"]
