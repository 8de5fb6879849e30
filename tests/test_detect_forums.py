import pytest

from tests.fixtures.detect.helpers import features, findings


def forum_platforms(html, url="https://forum.villedex.fr/"):
    return [f.platform for f in findings(html, url, feature="forum")]


@pytest.mark.parametrize("html, url, platform", [
    ('<body id="phpbb" class="nojs notouch section-viewforum ltr"><a href="./viewtopic.php?t=12">Sujet</a></body>',
     "https://forum.villedex.fr/viewforum.php?f=2", "phpbb"),
    ('<head><meta name="generator" content="Discourse 3.2.0 - https://github.com/discourse/discourse"></head>',
     "https://forum.villedex.fr/t/stationnement-rue-hugo/123", "discourse"),
    ('<div id="app" class="App"><div id="flarum-loading" style="display: none">Chargement…</div></div>',
     "https://forum.villedex.fr/", "flarum"),
    ('<head><meta name="generator" content="vBulletin 4.2.5"></head>', "https://forum.villedex.fr/", "vbulletin"),
    ('<script>var smf_theme_url = "https://forum.villedex.fr/Themes/default";</script>', "https://forum.villedex.fr/", "smf"),
    ('<html id="XF" data-app="public"><body></body></html>', "https://forum.villedex.fr/", "xenforo"),
    ('<body class="ipsApp ipsApp_front"></body>', "https://forum.villedex.fr/", "invision"),
    ('<footer><p>Powered By <a href="https://mybb.com">MyBB</a></p></footer>', "https://forum.villedex.fr/", "mybb"),
    # a MyBB board's index without its credit: the scripts and stylesheets every page of it loads
    ('<head><script type="text/javascript" src="https://forum.villedex.fr/jscripts/general.js?ver=1839"></script>'
     '<link type="text/css" rel="stylesheet" href="https://forum.villedex.fr/cache/themes/theme3/global.css"></head>'
     '<h1>Forum des habitants</h1>', "https://forum.villedex.fr/", "mybb"),
    ('<div id="bbpress-forums" class="bbpress-wrapper"><ul class="bbp-topics"></ul></div>',
     "https://www.villedex.fr/forums/", "bbpress"),
    # Drupal's Forum module: its list of topics, a topic's node (Drupal 7 and 8+), the page adding a topic
    ('<div class="forum"><table id="forum-topic-3"><tr><td class="forum__topic"><div class="forum__title">'
     '<a href="/forum/stationnement">Stationnement</a></div></td><td class="forum__replies">4</td></tr></table></div>',
     "https://www.villedex.fr/forum/3", "drupal"),
    ('<body class="html not-front page-node node-type-forum"><div class="node node-forum"><h1>Rue Hugo</h1></div></body>',
     "https://www.villedex.fr/forum/rue-hugo", "drupal"),
    ('<body class="path-node page-node-type-forum"><article class="node node--type-forum"><h1>Rue Hugo</h1></article></body>',
     "https://www.villedex.fr/forum/rue-hugo", "drupal"),
    ('<h1>Nouveau sujet</h1><form><input name="title[0][value]"><textarea name="body[0][value]"></textarea></form>',
     "https://www.villedex.fr/node/add/forum?forum_id=4", "drupal"),
    # FluxBB's and PunBB's pages, though their scripts bear phpBB's names; XOOPS's newbb; Misago's topic, though its
    # route is Discourse's shape
    ('<div id="punviewtopic" class="pun"><div class="punwrap"><p>Message</p></div></div>',
     "https://forum.villedex.fr/viewtopic.php?id=3", "fluxbb"),
    ('<div id="brd-wrap" class="brd"><div id="brd-post" class="brd-page post">Nouveau message</div></div>',
     "https://forum.villedex.fr/post.php?fid=2", "fluxbb"),
    ('<body id="newbb"><div class="forum_header"><div class="forum_title">Vie locale</div></div></body>',
     "https://www.villedex.fr/modules/newbb/viewforum.php?forum=2", "xoops_newbb"),
    ('<body class="misago-anonymous"><div id="misago-container"><div id="page-mount"><div class="page page-thread">'
     '<h1>Marché du soir</h1></div></div></div></body>', "https://forum.villedex.fr/t/marche-du-soir/4/", "misago"),
    ('<div id="spMainContainer"><div class="spTopicViewSection">Message</div></div>',
     "https://www.villedex.fr/forum/vie-locale/marche/", "simple_press"),
    ('<ul id="forum-viewtopic"><li id="post-4" class="forum-viewtopic-post">Message</li></ul>',
     "https://www.villedex.fr/forum/vie-locale/4/marche/", "e107"),
    ('<div id="forum"><table><tr class="forum-title"><td>Vie locale</td></tr><tr class="forum-parent"><td>'
     '<a href="/forum/marche/">Marché</a></td></tr></table></div>', "https://www.villedex.fr/forum/", "e107"),
    ('<table class="MsgTable"><tr><td class="MsgBodyText">Message</td></tr></table>',
     "https://forum.villedex.fr/index.php?t=msg&th=12", "fudforum"),
    ('<div class="copyright">Powered by YaBB 2.6.11!</div>', "https://forum.villedex.fr/cgi-bin/YaBB.pl?board=general",
     "yabb"),
    ('<body class="gbody"><table class="forums"><tr><td>Vie locale</td></tr></table></body>',
     "https://forum.villedex.fr/index.php?action=vtopic&forum=1", "minibb"),
    ('<head><meta name="generator" content="my little forum 2.4.24"></head><div id="pbmlf"><a href="https://mylittleforum.net/">'
     'powered by my little forum</a></div>', "https://forum.villedex.fr/index.php?id=42", "my_little_forum"),
    ('<div id="ed" class="type-component ed-responsive view-post">Message</div>',
     "https://www.villedex.fr/index.php?option=com_easydiscuss&view=post&id=3", "easydiscuss"),
    # Forumotion under its German name, and a Forumactif board on a domain of its own: the service's static host
    ('<div id="ipbwrapper"><p>Sujet</p></div>', "https://wolfsrudel.forumieren.com/t7-regeln", "forumactif"),
    ('<head><script src="https://illiweb.com/rs3/60/frm/lang/fr.js"></script></head><div class="post-entry">Message</div>',
     "https://www.forum-des-riverains.fr/t12-stationnement", "forumactif"),
    ('<div class="ccbmaindiv"><table class="ccbnormaltable"><tr><td>Message</td></tr></table></div>',
     "https://www.villedex.fr/index.php?option=com_ccboard&view=postlist&forum=1&topic=2", "ccboard"),
])
def test_forum_engines_by_their_markup(html, url, platform):
    assert forum_platforms(html, url) == [platform]


def test_home_made_board_with_threads_replies_and_a_way_to_post():
    html = """<h1>Espace d'échange des habitants</h1><a href="/forum/nouveau">Nouveau sujet</a>
    <table><tr><th>Sujet</th><th>Auteur</th><th>Réponses</th><th>Dernier message</th></tr>
    <tr><td><a href="/forum/sujet/1">Éclairage rue Hugo</a></td><td>Marie</td><td>4</td><td>hier</td></tr></table>"""
    assert forum_platforms(html, "https://www.villedex.fr/forum") == ["custom"]


def test_a_home_made_board_s_index_tells_each_thread_s_last_post():
    """A board's index as a visitor sees it: sections with their topics, messages and last post, and no way to
    post until one signs up."""
    html = """<h1>Tribune des habitants</h1><table><tr><th>Rubrique</th><th>Sujets</th><th>Messages</th>
    <th>Dernier message</th></tr><tr><td><a href="/rubrique.php?id=1">Vie de la commune</a></td><td>24</td>
    <td>131</td><td>8 mars</td></tr></table><a href="/inscription.php">S'inscrire</a>"""
    assert forum_platforms(html, "https://tribune.villedex.fr/") == ["custom"]
    # a table of contents, a sports results table, an alert log, or two tables whose headers only joined would
    # tell a board, are no board
    for table in ("<table><tr><th>Sujet</th><th>Pages</th></tr></table>",
                  "<table><tr><th>Équipe</th><th>Messages</th><th>Dernier match</th></tr></table>",
                  "<table><tr><th>Date</th><th>Sujet</th><th>Messages envoyés</th><th>Dernier message</th></tr></table>",
                  "<table><tr><th>N°</th><th>Sujets</th></tr></table><table><tr><th>Question</th><th>Réponses</th>"
                  "<th>Dernière réponse</th></tr></table>"):
        assert forum_platforms(f"<h1>Bulletin</h1>{table}", "https://www.villedex.fr/bulletin") == []


def test_a_home_made_board_s_topic_with_its_reply_form():
    """A topic's page: its messages and a form publishing a reply to all, not a message to the city."""
    html = """<h1>Le city-stade est-il ouvert le soir ?</h1><div class="message"><strong>Lucas25</strong>
    <p>Jusqu'à quelle heure peut-on jouer ?</p></div><form method="post" action="/sujet.php?id=14"><h2>Répondre</h2>
    <label for="p">Pseudo</label><input id="p" name="pseudo"><label for="m">Message</label>
    <textarea id="m" name="message"></textarea><input type="submit" value="Publier la réponse"></form>"""
    url = "https://tribune.villedex.fr/sujet.php?id=14"
    assert forum_platforms(html, url) == ["custom"]
    assert "contact_form" not in features(html, url)
    # a questionnaire's answer or a contact form answered "au sujet de votre demande" is no reply to a topic
    quiz = html.replace('<label for="p">', '<input type="radio" name="q" value="a"><input type="radio" name="q" '
                        'value="b"><label for="p">')
    assert forum_platforms(quiz, "https://www.villedex.fr/consultation") == []
    about = html.replace("<h2>Répondre</h2>", "<p>Les services vous répondront au sujet de votre demande.</p>")
    assert forum_platforms(about.replace("Publier la réponse", "Envoyer"), "https://www.villedex.fr/contact") == []
    # the same fields sending a message to the city are a contact form, no board
    contact = html.replace("Répondre", "Écrire à la mairie").replace("Publier la réponse", "Envoyer")
    assert forum_platforms(contact, "https://www.villedex.fr/contact") == []
    assert "contact_form" in features(contact, "https://www.villedex.fr/contact")


@pytest.mark.parametrize("html", [
    "<title>Forum des associations 2025</title><h1>Forum des associations</h1><p>Stands, inscriptions.</p>"
    "<table><tr><th>Association</th><th>Stand</th></tr></table>",
    "<h1>Forum de l'emploi et des métiers</h1><p>Le forum de l'emploi aura lieu samedi. Inscrivez-vous !</p>",
    "<h1>Forum des associations</h1><table><tr><th>Sujets</th><th>Réponses</th></tr></table><a href='/r'>Répondre</a>",
    "<p>Rendez-vous au forum de la petite enfance. Posez vos questions, le forum répond.</p>",
])
def test_events_called_forum_are_not_forums(html):
    assert forum_platforms(html, "https://www.villedex.fr/agenda/forum") == []


@pytest.mark.parametrize("url, platform", [
    ("https://forum.villedex.fr/ucp.php?mode=login", "phpbb"),
    ("https://forum.villedex.fr/posting.php?mode=post&f=3", "phpbb"),
    ("https://forum.villedex.fr/newthread.php?fid=4", "mybb"),
    ("https://forum.villedex.fr/index.php?action=post;board=2.0", "smf"),
    ("https://forum.villedex.fr/index.php?action=login", "smf"),
    ("https://forum.villedex.fr/member.php?action=login", "mybb"),
])
def test_a_board_reached_through_its_login_or_posting_page(url, platform):
    html = "<h1>Connexion</h1><form method='post'><input name='username'><input type='password' name='password'></form>"
    assert forum_platforms(html, url) == [platform]


def test_spip_forum_under_an_article():
    html = ("<article><h1>Réaménagement de la place du marché</h1><p>Les travaux commencent en mars.</p></article>"
            "<div class='forum-fil'><ul class='forum'><li class='forum-fil'><div class='forum-message'>"
            "<p>Pensez aux places pour les vélos.</p></div></li></ul></div>"
            "<div class='formulaire_spip formulaire_forum ajax' id='formulaire_forum'><form action='/spip.php?article31' method='post'>"
            "<label for='texte'>Votre message</label><textarea name='texte' id='texte'></textarea>"
            "<input type='submit' value='Voir ce message avant de le poster'></form></div>")
    assert forum_platforms(html, "https://www.villedex.fr/spip.php?article31") == ["spip"]
    # SPIP's messages under an article are its native comment system and its forum: the codebook names both
    # ("SPIP native comments", "SPIP forums"), on the article and on its posting page
    assert {"comments", "forum"} <= features(html, "https://www.villedex.fr/spip.php?article31")
    assert {"comments", "forum"} <= features(html, "https://www.villedex.fr/spip.php?page=forum&id_article=31")
    # a board's own section, a page of another template, holds threads under no content: a forum only
    for template in ("forum_quartiers", "forum-citoyen"):  # SPIP's template names take hyphens too
        section = features(html, f"https://www.villedex.fr/spip.php?page={template}&id_forum=18")
        assert "forum" in section and "comments" not in section


def test_a_spip_article_with_no_forum_is_not_one():
    html = ("<article><h1>Réaménagement de la place du marché</h1><p>Le forum des associations se tient place du marché.</p></article>"
            "<div class='formulaire_spip formulaire_recherche'><form action='/spip.php'><input name='recherche'></form></div>")
    assert forum_platforms(html, "https://www.villedex.fr/spip.php?article31") == []


DISCOURSE_HEAD = '<head><meta name="generator" content="Discourse 3.2.0 - https://github.com/discourse/discourse"></head>'
KUNENA_BODY = '<div id="kunena" class="layout"><h1>Forum</h1></div>'
PHPBB_BODY = '<body id="phpbb" class="nojs notouch section-faq ltr"><a href="./viewtopic.php?t=12">Sujet</a></body>'


@pytest.mark.parametrize("html, url, board", [
    # the engine's help and rules pages carry its markup, but nobody posts there (Discourse's static pages,
    # phpBB's FAQ before and after 3.2)
    (DISCOURSE_HEAD, "https://forum.villedex.fr/guidelines", False),
    (DISCOURSE_HEAD, "https://forum.villedex.fr/tos", False),
    (DISCOURSE_HEAD, "https://www.villedex.fr/forum/faq", False),
    (PHPBB_BODY, "https://forum.villedex.fr/faq.php", False),
    (PHPBB_BODY, "https://forum.villedex.fr/app.php/help/faq", False),
    (PHPBB_BODY, "https://forum.villedex.fr/ucp.php?mode=terms", False),
    (DISCOURSE_HEAD, "https://forum.villedex.fr/rules", False),
    (PHPBB_BODY, "https://forum.villedex.fr/viewforum.php?f=3&x=/help/faq", True),
    # its login page and a category named after the rules are the board's
    (DISCOURSE_HEAD, "https://forum.villedex.fr/login", True),
    (DISCOURSE_HEAD, "https://forum.villedex.fr/c/faq", True),
    (PHPBB_BODY, "https://forum.villedex.fr/ucp.php?mode=login", True),
    (KUNENA_BODY, "https://www.villedex.fr/index.php/forum/regles", False),
    (KUNENA_BODY, "https://www.villedex.fr/index.php?option=com_kunena&view=misc&Itemid=12", False),
    (KUNENA_BODY, "https://www.villedex.fr/index.php/forum/vie-locale/12-marche-du-samedi", True),
    # the same for the engines read from their source: FluxBB's help, XOOPS newbb's search, e107's rules, FUDforum's
    # help, my little forum's terms, Misago's terms (its shell shows no board page), an EasyDiscuss module on another page
    ('<div id="punhelp" class="pun">Aide</div>', "https://forum.villedex.fr/help.php", False),
    ('<body id="newbb"><p>Recherche</p></body>', "https://www.villedex.fr/modules/newbb/search.php", False),
    ('<ul id="forum-viewtopic"><li class="forum-viewtopic-post">Règles</li></ul>', "https://www.villedex.fr/forum/rules", False),
    ('<footer><p class="SmallText">Powered by: FUDforum 3.0.7.</p></footer>', "https://forum.villedex.fr/index.php?t=help_index",
     False),
    ('<head><meta name="generator" content="my little forum 2.4.24"></head>',
     "https://forum.villedex.fr/index.php?mode=login&action=show_tou", False),
    ('<div id="misago-container"><div class="page page-legal legal-terms-of-service">Conditions</div></div>',
     "https://forum.villedex.fr/terms-of-service/", False),
    ('<div id="ed" class="ed-mod">Dernières questions</div>', "https://www.villedex.fr/actualites", False),
    # EasyDiscuss's badges on a Joomla address of its own; a Drupal home page's block of the latest topics (teasers)
    ('<div id="ed" class="type-component ed-responsive view-badges layout-default"><h2>Badges</h2></div>',
     "https://www.villedex.fr/index.php/forum/badges", False),
    ('<body class="path-frontpage"><main><h1>Bienvenue à Villedex</h1><section><h2>Derniers sujets du forum</h2>'
     '<article class="node node--type-forum node--view-mode-teaser"><h3><a href="/forum/vie-locale/stationnement">'
     'Stationnement rue Hugo</a></h3></article></section></main></body>', "https://www.villedex.fr/", False),
])
def test_an_engine_s_help_and_rules_pages_are_not_the_board(html, url, board):
    assert bool(forum_platforms(html, url)) is board


SIGN_UP = "<h1>Inscription</h1><form method='post'><input name='username'><input type='password' name='new_password'></form>"


@pytest.mark.parametrize("html, url", [
    # registration forms and members' pages (phpBB's ucp.php and memberlist.php, SMF's Register.php and Profile.php,
    # MyBB's member.php, FluxBB's register.php, NodeBB's /register): nobody reads or posts a discussion there
    (PHPBB_BODY + SIGN_UP, "https://forum.villedex.fr/ucp.php?mode=register"),
    (PHPBB_BODY + "<h2>Profil de martine</h2><dl><dt>Messages :</dt><dd>42</dd></dl>",
     "https://forum.villedex.fr/memberlist.php?mode=viewprofile&u=12"),
    ("<footer>Powered by SMF 2.1</footer>" + SIGN_UP, "https://forum.villedex.fr/index.php?action=register"),
    ("<footer>Powered by MyBB</footer>" + SIGN_UP, "https://forum.villedex.fr/member.php?action=register"),
    ('<div id="punregister" class="pun">' + SIGN_UP + "</div>", "https://forum.villedex.fr/register.php"),
    ('<script>var config = {"nodebb": true};</script>' + SIGN_UP, "https://forum.villedex.fr/register"),
    ("<footer>Powered by SMF 2.1</footer>" + SIGN_UP, "https://forum.villedex.fr/index.php?action=signup"),
    ('<script>var config = {"nodebb": true};</script><h1>martine</h1>', "https://forum.villedex.fr/user/martine"),
    ("<footer>Powered by MyBB</footer><h1>Profil de martine</h1>", "https://forum.villedex.fr/user-12.html"),
    # a static page of Flarum's FoF Pages (a charter), a Kunena charter
    ('<div id="flarum-loading">Chargement</div><h1>Charte du forum</h1>', "https://forum.villedex.fr/p/2-charte"),
    (KUNENA_BODY, "https://www.villedex.fr/forum/charte"),
])
def test_an_engine_s_registration_and_members_pages_are_not_the_board(html, url):
    assert forum_platforms(html, url) == []  # (its login page still is: test_a_board_reached_through_its_login...)


def test_smf_posting_form_is_the_board_s_not_a_contact_form():
    """SMF's new-topic page: its form posts to action=post2 (Post.template.php), with a subject, a message
    and, for a guest, a name and an e-mail: a message to the board, not to the city."""
    html = ('<script>var smf_theme_url = "https://forum.villedex.fr/Themes/default";</script>'
            '<form action="https://forum.villedex.fr/index.php?action=post2;start=0;board=2" method="post" id="postmodify">'
            '<input type="text" name="guestname"><input type="email" name="email"><input type="text" name="subject">'
            '<textarea name="message"></textarea><input type="submit" value="Publier"></form>')
    url = "https://forum.villedex.fr/index.php?action=post;board=2.0"
    assert forum_platforms(html, url) == ["smf"]
    assert "contact_form" not in features(html, url)
    # the quick reply under a topic posts there too (Display.template.php)
    reply = html.replace("index.php?action=post2;start=0;board=2", "index.php?board=2.0;action=post2")
    assert "contact_form" not in features(reply, "https://forum.villedex.fr/index.php?topic=12.0")
    # its credits page carries the board's markup, but nobody posts there
    assert forum_platforms(html.split("<form")[0], "https://forum.villedex.fr/index.php?action=credits") == []


@pytest.mark.parametrize("url, platform", [
    # a topic's or a discussion's route names its engine on any host (Discourse "t/:slug/:topic_id", Flarum
    # "/d/<id>-<slug>", NodeBB "/topic/:topic_id/:slug", XenForo "threads/<slug>.<id>/")
    ("https://debats.villedex.fr/t/pistes-cyclables-rue-hugo/34", "discourse"),
    ("https://www.villedex.fr/forum/d/12-la-fibre-aux-granges", "flarum"),
    ("https://www.villedex.fr/forum/topic/7/marche-du-samedi", "nodebb"),
    ("https://forum.villedex.fr/threads/eclairage-public.41/", "xenforo"),
    # addresses of the same shape that are no topic
    ("https://www.villedex.fr/t/actualites", None),
    ("https://www.villedex.fr/documents/d/2024", None),
    ("https://www.villedex.fr/threads/", None),
])
def test_a_topic_s_route_names_its_engine_wherever_the_board_is_hosted(url, platform):
    html = "<h1>Pistes cyclables</h1><p>Marie : il faudrait une piste le long du canal.</p>"
    assert forum_platforms(html, url) == ([platform] if platform else [])


@pytest.mark.parametrize("html, board", [
    # a board the page names, where residents post, read as text: no engine tells it
    ("<title>Forum citoyen</title><h1>Forum citoyen</h1><p>Ici, les habitants échangent sur la vie de leur quartier.</p>"
     "<a href='/forum-citoyen/nouveau'>Nouveau sujet</a>", True),
    ("<title>Espace de discussion</title><h1>Espace de discussion</h1><p>La fibre aux Granges, le marché du samedi.</p>"
     "<button type='button'>Publier un message</button>", True),
    # an event called a citizens' forum names no posting, whatever its text and its footer say
    ("<title>Forum citoyen</title><h1>Forum citoyen sur la transition</h1><p>Samedi 12 mars, salle des fêtes : "
     "tables rondes et ateliers ouverts à tous.</p>", False),
    ("<title>Forum citoyen sur la mobilité</title><h1>Forum citoyen sur la mobilité</h1><p>Les habitants pourront "
     "déposer des messages sur le mur d'expression. Derniers messages : voir la salle.</p>"
     "<footer><a href='/contact'>Écrire un message</a></footer>", False),
])
def test_a_board_named_with_a_way_to_post_is_a_forum(html, board):
    assert bool(forum_platforms(html, "https://www.villedex.fr/forum-citoyen")) is board


def test_a_board_s_help_page_is_not_the_board():
    html = ("<title>FAQ - Forum des habitants</title><h1>Forum des habitants : aide</h1>"
            "<p>Comment publier un message ? Cliquez sur Nouveau sujet.</p>")
    assert forum_platforms(html, "https://forum.villedex.fr/faq.php") == []


@pytest.mark.parametrize("form", [
    # bbPress's reply form under a topic and its new topic form (templates/default/bbpress/form-reply.php,
    # form-topic.php): a message to the board, neither a comment under content nor a message to the city
    '<div id="new-reply-41" class="bbp-reply-form"><form id="new-post" name="new-post" method="post" action="">'
    '<fieldset class="bbp-form"><legend>Répondre à : Covoiturage vers Brest</legend>'
    '<textarea id="bbp_reply_content" name="bbp_reply_content"></textarea>'
    '<button type="submit" id="bbp_reply_submit" name="bbp_reply_submit">Envoyer</button></fieldset></form></div>',
    '<div id="new-topic-0" class="bbp-topic-form"><form id="new-post" name="new-post" method="post" action="">'
    '<fieldset class="bbp-form"><legend>Créer un nouveau sujet</legend><label for="bbp_anonymous_author">Nom</label>'
    '<input type="text" id="bbp_anonymous_author" name="bbp_anonymous_name"><input type="email" name="bbp_anonymous_email">'
    '<input type="text" id="bbp_topic_title" name="bbp_topic_title">'
    '<textarea id="bbp_topic_content" name="bbp_topic_content"></textarea><button type="submit">Envoyer</button>'
    '</fieldset></form></div>',
])
def test_bbpress_posting_forms_are_the_board_s(form):
    html = f'<div id="bbpress-forums" class="bbpress-wrapper">{form}</div>'
    found = features(html, "https://www.villedex.fr/forums/topic/covoiturage-brest/")
    assert "forum" in found
    assert "comments" not in found and "contact_form" not in found


@pytest.mark.parametrize("url, html, board", [
    # a board Forumactif hosts, whatever its page holds: a topic, a section, its login page
    ("https://mairie-lestang.forumactif.com/t2493-travaux-rue-des-ecoles", "<h1>Travaux rue des écoles</h1>", True),
    ("https://lestang.forum-actif.net/f3-vie-du-village", "<h1>Vie du village</h1>", True),
    ("https://lestang.forumactif.org/login", "<h1>Connexion</h1><input type='password' name='password'>", True),
    # on a domain of the board's own, its footer names the host
    ("https://forum.lestang.fr/t12-marche-de-noel", "<h1>Marché de Noël</h1><footer>Forum gratuit : Forumactif</footer>", True),
    # its FAQ is no discussion; a city page telling of the board is not the board
    ("https://lestang.forumactif.org/faq", "<h1>FAQ</h1>", False),
    ("https://www.lestang.fr/vie-locale", "<p>Rejoignez le forum du village sur lestang.forumactif.org.</p>", False),
    # a city's footer naming the host of its residents' board, and the host's own site
    ("https://www.lestang.fr/associations", "<h1>Associations</h1><footer><p>Le forum des habitants (Forumactif)</p></footer>",
     False),
    ("https://www.forumactif.com/", "<h1>Créez votre forum gratuit</h1>", False),
])
def test_a_board_hosted_by_forumactif(url, html, board):
    assert (forum_platforms(html, url) == ["forumactif"]) is board


def test_a_network_of_neighbours_threads_are_the_network_s_not_a_board():
    html = ("<h1>Quartier de la gare</h1><table><tr><th>Sujets</th><th>Réponses</th></tr>"
            "<tr><td><a href='/s/gare/1'>Prêt d'une échelle</a></td><td>3</td></tr></table>"
            "<a href='/s/gare/nouveau'>Nouveau sujet</a>")
    assert forum_platforms(html, "https://voisins.villedex.fr/") == []
    assert forum_platforms(html, "https://www.villedex.fr/forum") == ["custom"]


def test_kunena_posting_forms_are_the_board_s_not_contact_forms():
    """Kunena's new topic form and quick reply (its template layouts topic/edit: form#postform posting to
    option=com_kunena&view=topic; the quick reply form.kreply) post to the board, with a subject and a message."""
    for form in ('<form action="/index.php?option=com_kunena&amp;view=topic" method="post" id="postform" name="postform">',
                 '<form action="/index.php/forum/topic" method="post" class="kreply-form" id="kreply31_form">'):
        html = (f'<h1>Nouveau sujet</h1>{form}<input name="subject"><input type="email" name="email">'
                '<textarea name="message"></textarea><button>Envoyer</button></form>')
        assert "contact_form" not in features(html, "https://www.villedex.fr/index.php/forum/vie-du-village/create")
