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
    # English feedback form with a textarea and an e-mail
    '<h2>Get in touch</h2><form action="/send"><input type="email" name="email" placeholder="Email">'
    '<textarea name="body" placeholder="Your message"></textarea><button>Send</button></form>',
])
def test_contact_forms_of_cms_plugins_and_e_services(html):
    assert kinds(html) == ["contact"]
    assert "contact_form" in features(html)


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
