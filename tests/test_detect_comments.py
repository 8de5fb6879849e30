import pytest

from tests.fixtures.detect.helpers import features, findings

WORDPRESS_OPEN = """<div id="comments" class="comments-area"><h2 class="comments-title">2 réponses</h2>
<ol class="comment-list"><li id="comment-1" class="comment"><p>Très bonne idée !</p></li></ol>
<div id="respond" class="comment-respond"><h3 id="reply-title">Laisser un commentaire</h3>
<form action="https://www.villedex.fr/wp-comments-post.php" method="post" id="commentform" class="comment-form">
<textarea id="comment" name="comment"></textarea><input id="author" name="author"><input id="email" name="email">
<input name="submit" type="submit" value="Laisser un commentaire"></form></div></div>"""

WPDISCUZ = """<div id="comments" class="comments-area"><div id="respond" style="width: 0;height: 0;"></div>
<div id="wpdcom" class="wpdiscuz_unauth wpd-default wpd-layout-1 wpd-comments-{state}">{body}</div></div>"""
WPDISCUZ_FORM = """<div class="wpd-form-wrap"><form class="wpd_comm_form wpd_main_comm_form" method="post">
<textarea id="wc-textarea-0_0" placeholder="Rejoindre la discussion" name="wc_comment" class="wc_comment wpd-field"></textarea>
<input name="wc_name" type="text" placeholder="Nom"><input name="wc_email" type="email" placeholder="E-mail">
<input class="wc_comm_submit" type="submit" value="Publier"></form></div>"""
WPDISCUZ_THREAD = """<div id="wpd-threads" class="wpd-thread-wrapper"><div class="wpd-thread-list">{comments}</div></div>"""


@pytest.mark.parametrize("html, platform", [
    (WORDPRESS_OPEN, "wordpress"),
    # Jetpack Comments: the native form holds a frame instead of its fields
    ('<div id="respond" class="comment-respond"><h3 id="reply-title">Laisser un commentaire</h3><form id="commentform" '
     'class="comment-form"><iframe title="Formulaire de commentaire" src="https://jetpack.wordpress.com/jetpack-comment/'
     '?blogid=1234&amp;postid=56" name="jetpack_remote_comment" id="jetpack_remote_comment"></iframe>'
     '<input type="hidden" name="comment_post_ID" value="56"></form></div>', "wordpress"),
    ('<div id="respond"><h3 id="reply-title">Laisser un commentaire</h3><iframe src="https://jetpack.wordpress.com/'
     'jetpack-comment/?blogid=1234&amp;jetpack_version=3.8.0" name="jetpack_remote_comment"></iframe></div>',
     "wordpress"),  # before Jetpack 5, in div#respond
    (WPDISCUZ.format(state="open", body=WPDISCUZ_FORM + WPDISCUZ_THREAD.format(comments="")), "wpdiscuz"),
    # comments open to signed-in readers only: WordPress's prompt to sign in in place of the form
    ('<div id="comments" class="comments-area"><div id="respond" class="comment-respond"><h3 id="reply-title" '
     'class="comment-reply-title">Laisser un commentaire</h3><p class="must-log-in">Vous devez <a href="https://www.'
     'villedex.fr/wp-login.php?redirect_to=x">être connecté</a> pour publier un commentaire.</p></div></div>', "wordpress"),
    ('<div id="disqus_thread"></div><script>var disqus_config = function () {};(function() {var d = document, '
     's = d.createElement("script"); s.src = "https://villedex.disqus.com/embed.js"; })();</script>', "disqus"),
    ('<div class="fb-comments" data-href="https://www.villedex.fr/actu" data-numposts="5"></div>', "facebook_comments"),
    ('<script async src="https://talk.hyvor.com/embed/embed.js" type="module"></script>'
     '<hyvor-talk-comments website-id="1234" page-id="actu-1"></hyvor-talk-comments>', "hyvor_talk"),
    ('<script defer src="https://cdn.commento.io/js/commento.js"></script><div id="commento"></div>', "commento"),
    ('<script src="https://giscus.app/client.js" data-repo="villedex/site" crossorigin="anonymous" async></script>', "giscus"),
    ('<script src="https://utteranc.es/client.js" repo="villedex/blog" issue-term="pathname" async></script>', "utterances"),
    ('<script data-isso="//comments.villedex.fr/" src="//comments.villedex.fr/js/embed.min.js"></script>'
     '<section id="isso-thread"></section>', "isso"),
    ('<div id="remark42"></div><script>var remark_config = {host: "https://remark42.villedex.fr", site_id: "v"};</script>',
     "remark42"),
    ('<section class="comments"><form class="comment-form user-info-from-cookie" id="comment-form" action="/comment/reply/node/12/comment">'
     '<textarea name="comment_body[0][value]"></textarea><input type="submit" value="Enregistrer"></form></section>', "drupal"),
    ('<div id="jc"><div id="comments"><div class="comment-item" id="comment-item-3">Bravo</div></div>'
     '<form id="comments-form" action="/index.php?option=com_jcomments"><textarea name="comment"></textarea></form></div>',
     "jcomments"),
])
def test_comment_systems_and_native_comments(html, platform):
    found = findings(html, feature="comments")
    assert [f.platform for f in found] == [platform]
    assert found[0].detail


def test_comment_form_is_not_a_contact_form():
    assert features(WORDPRESS_OPEN) == {"comments"}


def test_closed_comments_with_none_shown_are_nothing():
    html = ('<article class="post"><h1>Fête de la musique</h1><p>Programme.</p>'
            '<div id="comments" class="comments-area"><p class="no-comments">Les commentaires sont fermés.</p></div></article>')
    assert "comments" not in features(html)


def test_wpdiscuz_closed_shows_its_comments_or_nothing():
    comment = ('<div id="wpd-comm-1_0" class="comment even depth-1 wpd-comment wpd_comment_level-1">'
               '<div class="wpd-comment-text"><p>Bravo pour le marché.</p></div></div>')
    assert "comments" in features(WPDISCUZ.format(state="closed", body=WPDISCUZ_THREAD.format(comments=comment)))
    assert "comments" not in features(WPDISCUZ.format(state="closed", body=WPDISCUZ_THREAD.format(comments="")))
    # its form publishes a comment, it writes to nobody
    assert "contact_form" not in features(WPDISCUZ.format(state="open", body=WPDISCUZ_FORM))


def test_the_word_comments_is_not_comments():
    html = "<h1>Vos commentaires</h1><p>Comments and remarks on the plan can be sent by post.</p>"
    assert "comments" not in features(html)


def test_contact_form_is_not_comments():
    html = ('<h1>Contact</h1><form id="contact" action="/contact"><input type="email" name="email">'
            '<textarea name="message"></textarea><button>Envoyer</button></form>')
    assert features(html) == {"contact_form"}


@pytest.mark.parametrize("html, platform", [
    ('<div class="comments" id="comments"><h4>2 commentaires</h4><div class="comment-thread"><ol><li class="comment">'
     'Bravo pour la fête</li></ol></div><iframe id="comment-editor" src="https://www.blogger.com/comment/frame/1234?po=56">'
     '</iframe></div>', "blogger"),
    ('<div class="taglib-discussion" id="_com_liferay_discussion"><textarea name="body"></textarea>'
     '<button>Répondre</button></div>', "liferay"),
    ('<script defer src="https://cdn.jsdelivr.net/ghost/comments-ui@~0.12/umd/comments-ui.min.js" '
     'data-ghost-comments="https://blog.villedex.fr/"></script>', "ghost"),
])
def test_comments_of_other_publishing_systems(html, platform):
    assert [f.platform for f in findings(html, feature="comments")] == [platform]


def test_a_home_made_comment_section_shown_to_signed_in_readers():
    html = ('<article><h1>Le nouveau pont</h1><p>Les travaux ont commencé.</p></article>'
            '<section id="reactions"><h2>Réagir</h2><form class="reaction-form" style="display:none">'
            '<textarea placeholder="Votre réaction"></textarea><a href="#" class="send">Publier</a></form>'
            '<a href="/connexion?retour=/pont">Connectez-vous pour réagir</a></section>')
    assert [f.rule for f in findings(html, feature="comments")] == ["comments:comment-section"]
    closed = '<article><h1>Le pont</h1></article><div id="comments"><p>Les commentaires sont fermés.</p></div>'
    assert findings(closed, feature="comments") == []


def test_a_list_of_comments_under_a_text_is_a_comment_section():
    # a home-made system: the list and its comments named so, the form to add one drawn by a script
    html = ('<article><h1>Non à la fermeture du marché</h1><p>Le texte de la pétition.</p></article>'
            '<a href="#ajout" class="button">Ajouter un commentaire</a><div class="pt-comments-list">'
            '<div class="pt-comment-card"><strong>Martine, le 2 mai</strong><p>Le marché fait vivre le quartier.</p></div>'
            '<div class="pt-comment-card"><strong>Paul, le 3 mai</strong><p>Gardons-le !</p></div></div>')
    assert [f.rule for f in findings(html, feature="comments")] == ["comments:comment-list"]
    # a blog's list of posts, each with a link to its comments, holds none
    listing = ('<ul class="posts"><li><h2>Le marché</h2><span class="comments-link"><a href="/marche#comments">'
               '3 commentaires</a></span></li><li><h2>Le pont</h2><span class="comments-link">'
               '<a href="/pont#comments">Laisser un commentaire</a></span></li></ul>')
    assert findings(listing, feature="comments") == []
    # nor does a "recent comments" widget beside a news list, whose items are links to posts
    widget = ('<ul class="comment-list-widget"><li class="comment-item"><a href="/marche#c-3">Martine sur Le marché</a></li>'
              '<li class="comment-item"><a href="/pont#c-9">Paul sur Le pont</a></li></ul>')
    assert findings(widget, feature="comments") == []
