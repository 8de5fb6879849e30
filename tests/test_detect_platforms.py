import pytest

from tests.fixtures.detect.helpers import findings


def platforms(html, url, feature="participatory_platform"):
    return [f.platform for f in findings(html, url, feature=feature)]


@pytest.mark.parametrize("html, url, platform", [
    ('<head><link rel="stylesheet" href="/decidim-packs/css/decidim_core-4c1a.css">'
     '<script src="/decidim-packs/js/decidim_core-9a8b.js"></script></head>', "https://jeparticipe.villedex.fr/", "decidim"),
    ("<script>Decidim.config.set({\"api_path\": \"/api\"});</script>", "https://participez.villedex-metropole.org/", "decidim"),
    ('<footer><a href="https://consuldemocracy.org">CONSUL DEMOCRACY</a></footer>', "https://decide.villedex.org/", "consul"),
    ('<div class="main-footer"><p>Site propulsé par le logiciel libre <b>Decidim</b></p></div>', "https://avis.villedex.org/", "decidim"),
    # the footer's credit as a link to the software's source, in 0.27's mini-footer or 0.28's footer
    ('<div class="mini-footer"><a href="https://github.com/decidim/decidim" target="_blank">Logiciel libre</a></div>',
     "https://avis.villedex.org/", "decidim"),
    ('<footer><a href="https://github.com/decidim/decidim">Made with free software</a></footer>', "https://avis.villedex.org/",
     "decidim"),
    ('<main><h1>Accueil</h1></main><div data-decidim-map="{}"></div>', "https://avis.villedex.org/carte", "decidim"),
    ('<footer><p>Powered by <span>Cap Collectif</span></p></footer>', "https://avis.villedex.org/", "cap_collectif"),
    ("<h1>Concertation</h1>", "https://villedex.cap-collectif.com/project/parc", "cap_collectif"),
    ("<div id='app'></div>", "https://villedex.citizenlab.co/fr-FR/", "go_vocal"),
    ("<div id='app'></div>", "https://participer.govocal.com/fr-FR/projects", "go_vocal"),
    ('<head><link rel="stylesheet" href="css/plugins/participatoryideation/participatoryideation.css"></head><h1>Accueil</h1>',
     "https://budgetparticipatif.villedex.fr/", "openpb"),
    ("<h1>Consultation</h1>", "https://make.org/FR/consultation/villedex/selection", "make_org"),
    ("<h1>Accueil</h1>", "https://jeparticipe.villedex.fr/", "custom"),
    ("<h1>Accueil</h1>", "https://participons.villedex.fr/", "custom"),
    ("<h1>Accueil</h1>", "https://decidez.villedex.fr/", "custom"),
    ("<h1>Accueil</h1>", "https://laparole.villedex.fr/idees", "custom"),
    ("<h1>La participation</h1>", "https://debats.villedex.fr/pages/la-participation", "custom"),
    ("<h1>Accueil</h1>", "https://dialogue.villedex.fr/", "custom"),
    # iD City's "dialog" route names it on a city's own host
    ("<h1>Budget participatif</h1>", "https://jeparticipe-a-villedex.fr/dialog/bp-2024", "id_city"),
    ("<h1>Comment voter ?</h1>", "https://mongraindesel.villedex.bzh/dialog/budget-participatif-2024/section/comment-voter",
     "id_city"),
    ("<h1>Accueil</h1>", "https://www.villedex-participe.fr/", "custom"),
    ('<iframe src="https://make.org/FR/consultation/villedex-demain/selection"></iframe>', "https://www.villedex.fr/avenir", "make_org"),
    ('<iframe src="https://concertation.villedex.fr/processes/plan-velo/embed"></iframe>', "https://www.villedex.fr/velo", "decidim"),
    ("<h1>Accueil</h1>", "https://www.participation-villedex.fr/", "custom"),
    ("<h1>Accueil</h1>", "https://decidonsensemble.villedex.fr/pages/aide", "custom"),
    ("<h1>Règlement</h1>", "https://budgetcitoyen.villedex.com/page/reglement", "custom"),
    ("<h1>Accueil</h1>", "https://www.jeparticipeavilledex.fr/pages/historique", "custom"),
    ("<h1>Accueil</h1>", "https://www.villedex-concertations.fr/", "custom"),
    ("<h1>Accueil</h1>", "https://lafabriquecitoyenne-villedex.fr/blog", "custom"),
    ("<h1>Règlement</h1>", "https://echocitoyen.villedex.fr/page/reglement", "custom"),
    ("<h1>Le blog</h1>", "https://villedexcestvous.fr/blog/5", "custom"),
    ("<h1>Projets</h1>", "https://agissons.villedex.fr/projets", "custom"),
    ("<h1>Un projet</h1>", "https://villedex.projetsdemaville.com/projet/12/un-verger", "custom"),
    ("<h1>Règlement</h1>", "https://villedex.consultvox.co/blog/12/reglement", "consultvox"),
    # a platform's own routes, on a host no pattern knows and with no markup of its own (a page's text alone)
    ("<h1>Propositions</h1>", "https://ensemble.villedex.fr/processes/plan-vert/f/12/proposals", "decidim"),
    ("<h1>Un projet</h1>", "https://avis.villedex.fr/assemblies/jeunes/f/3/", "decidim"),
    ("<h1>Projets</h1>", "https://ensemble.villedex.fr/budgets/2/investments?heading_id=4", "consul"),
    ("<h1>Projets</h1>", "https://avis.villedex.fr/budgets/budget-2025/investments", "consul"),  # a budget's slug
    ("<h1>Concertation</h1>", "https://avis.villedex.fr/legislation/processes/7/debate", "consul"),
    ("<h1>Dépôt</h1>", "https://ensemble.villedex.fr/project/budget-2025/collect/depot-des-idees", "cap_collectif"),
])
def test_pages_on_a_platform(html, url, platform):
    assert platforms(html, url) == [platform]


@pytest.mark.parametrize("html", [
    "<h1>La ville lance sa plateforme</h1><p>Rendez-vous sur notre plateforme Decidim pour participer. "
    "Decidim, comme Cap Collectif ou CitizenLab, permet de proposer des idées.</p>",
    "<p>Participez sur <a href='https://jeparticipe.villedex.fr/'>jeparticipe.villedex.fr</a> "
    "et <a href='https://villedex.cap-collectif.com/'>notre consultation</a>.</p>",
    # an article linking to the software's source
    "<p>Notre plateforme repose sur <a href='https://github.com/decidim/decidim'>Decidim</a>, un logiciel libre.</p>",
])
def test_an_article_or_a_link_naming_a_platform_is_not_the_platform(html):
    assert platforms(html, "https://www.villedex.fr/actu/plateforme") == []


@pytest.mark.parametrize("html, platform", [
    # a budget's vote on Decidim, read from its text alone (decidim-budgets: projects.budget_confirm)
    ("<h1>Un verger partagé</h1><p>Confirmez votre vote</p><p>Voici les projets que vous avez choisis pour le "
     "budget.</p><p>Si vous changez d\u2019avis, vous pourrez modifier votre vote plus tard.</p>", "decidim"),
    # a proposal's answer block (decidim-proposals: proposal_m answers)
    ("<h1>Des bancs au square</h1><p>Proposé par Lou</p><p>Cette proposition n'a pas été retenue parce que :</p>"
     "<p>Le square sera réaménagé en 2026.</p>", "decidim"),
    # an investment on CONSUL Democracy (config/locales/fr/budgets.yml)
    ("<h1>Une piste cyclable</h1><p>Ce projet d'investissement <strong>a été marqué comme irréalisable</strong> "
     "et n'ira pas en phase de vote.</p>", "consul"),
    ("<h1>Budget des quartiers</h1><p>Il vous reste <span>12 000 €</span> à investir.</p>", "consul"),
    # a selection step on Cap Collectif (translations/messages.fr-FR.json)
    ("<h1>Nos idées pour le parc</h1><p>L'étape de sélection n'est pas encore ouverte aux votes. Revenez plus "
     "tard !</p>", "cap_collectif"),
])
def test_a_platform_s_own_interface_wording_tells_its_page(html, platform):
    """What the platform's interface writes on its pages (its locale files), with no markup or address of its own:
    a page kept as its text alone, or a platform on a host and a theme of the city's."""
    assert platforms(html, "https://www.villedex.fr/page") == [platform]


@pytest.mark.parametrize("html", [
    # a news item telling what residents did on the platform, in its own words
    "<h1>Budget participatif : le vote est clos</h1><p>Les habitants ont choisi 12 projets pour le budget. Si "
    "vous avez changé d'avis, il est trop tard : les votes sont clos.</p>",
    "<h1>Conseil municipal</h1><p>La proposition n'a pas été retenue par le conseil, parce que le coût est trop "
    "élevé.</p>",
])
def test_a_city_page_telling_of_a_vote_or_a_proposal_is_not_the_platform(html):
    assert platforms(html, "https://www.villedex.fr/actu/vote") == []


@pytest.mark.parametrize("url", ["https://cap-collectif.com/2018/05/25/une-nouvelle-plateforme/",
                                 "https://support.govocal.com/fr/articles/recueillir-les-propositions",
                                 "https://get.flui.city/blog/fluicity-dans-une-ville", "https://www.id-city.fr/civic-tech/",
                                 "https://www.consultvox.co/realisations/budget-participatif/"])
def test_a_vendor_s_own_site_speaks_of_its_platform_and_is_none(url):
    assert platforms("<h1>Le budget participatif</h1>", url) == []
    # the cities' spaces on the same domains are platforms
    city = {"cap-collectif.com": "https://villedex.cap-collectif.com/", "govocal.com": "https://villedex.govocal.com/fr-FR/",
            "flui.city": "https://villedex.flui.city/", "id-city.fr": "https://villedex.id-city.com/",
            "consultvox.co": "https://villedex.consultvox.co/"}
    space = next(address for domain, address in city.items() if domain in url)
    assert platforms("<h1>Le budget participatif</h1>", space) != []


@pytest.mark.parametrize("url", ["https://consultation.numerique.gouv.fr/villes", "https://www.ideesdesortie.fr/",
                                 "https://www.villedex.fr/participer",
                                 # e-services counters, a consultancy: not participation platforms
                                 "https://www.espace-citoyens.net/villedex/espace-citoyens/",
                                 "https://demarches-citoyennes.villedex.fr/", "https://www.consultants-villedex.fr/",
                                 "https://portail-citoyen.villedex.fr/", "https://e-citoyens.villedex.fr/",
                                 "https://guichet-citoyen.villedex.fr/", "https://moncompte-citoyen.villedex.fr/",
                                 "https://alerte-citoyen.villedex.fr/", "https://citoyen.villedex.fr/",
                                 "https://pass-citoyen.villedex.fr/",
                                 # sites explaining a State's budget or selling a budget simulator, named "budget citoyen"
                                 "https://budgetcitoyen.fr/tableau-de-bord", "https://www.budgetcitoyen.com/tarifs",
                                 # a city site's own sections, which platforms' routes only look like
                                 "https://www.villedex.fr/processes/demarches", "https://www.villedex.fr/project/parc",
                                 "https://www.villedex.fr/budgets/2024",
                                 # a modal's or a share box's route on a city's or a social network's main host
                                 "https://www.villedex.fr/dialog/contact", "https://www.facebook.com/dialog/share?app_id=1"])
def test_a_participation_word_elsewhere_in_an_address_is_no_platform(url):
    assert platforms("<h1>Accueil</h1>", url) == []


@pytest.mark.parametrize("html, url, platform", [
    ("<h1>Bienvenue</h1>", "https://www.smiile.com/villedex", "smiile"),
    ('<iframe src="https://www.ensembl.fr/widget/villedex"></iframe>', "https://www.villedex.fr/voisins", "ensembl"),
    ("<title>Le réseau social de quartier de Villedex</title>", "https://voisins.villedex.fr/", "custom"),
])
def test_territorial_social_networks(html, url, platform):
    # The platforms family names the network; the vocabulary family may also read its words (no platform).
    found = platforms(html, url, "territorial_social_network")
    assert platform in found and set(found) <= {platform, None}


def test_global_social_media_are_not_territorial_networks():
    html = '<footer><a href="https://www.facebook.com/villedex">Facebook</a></footer>'
    assert platforms(html, "https://www.villedex.fr/", "territorial_social_network") == []


@pytest.mark.parametrize("html", [
    # every page of a network's own site carries the footer that says what it is
    "<title>Connexion - Les Voisins</title><h1>Se connecter</h1><footer><p>CGU · Réseau social de proximité</p></footer>",
    "<title>Le réseau des voisins de Villedex</title><h1>Bienvenue</h1>",
    "<title>Villedex Neighbors</title><footer>The neighborhood network of Villedex</footer>",
    # the footer's words, whatever markup puts between them: entities, line breaks, tags
    "<title>Accueil</title><div class='site-footer'>R&eacute;seau&nbsp;social de proximit&eacute;</div>",
    "<title>Accueil</title><div id='footer'>RÉSEAU\u00a0SOCIAL DE PROXIMITÉ</div>",
    "<title>Connexion - Proxi</title><h1>Se connecter</h1><footer><p>CGU · Réseau\n social de proximité</p></footer>",
    "<title>Accueil</title><footer><span>Réseau</span> <span>social</span> de&#xa0;quartier</footer>",
])
def test_a_local_network_says_what_it_is(html):
    found = platforms(html, "https://proxi.villedex.fr/", "territorial_social_network")
    assert "custom" in found and set(found) <= {"custom", None}


@pytest.mark.parametrize("url, network", [
    # a site of its own named for neighbours or mutual help, whatever its pages say (an Elgg or HumHub site)
    ("https://voisins.villedex.fr/groups/profile/14/la-noe", True),
    ("https://entraide.villedex.fr/marketplace", True),
    # the words in a page's path, or a city's page on its neighbourhood watch, name no network's site
    ("https://www.villedex.fr/voisins-vigilants", False),
    ("https://www.villedex.fr/entraide/aide-aux-devoirs", False),
])
def test_a_site_named_for_neighbours_is_a_local_network(url, network):
    html = "<title>La Noë</title><h1>La Noë</h1><div class='elgg-layout'><p>12 membres</p></div>"
    assert ("custom" in platforms(html, url, "territorial_social_network")) is network


def test_a_city_page_presenting_a_local_network_counts_but_is_no_platform():
    """Issue: a city page presenting its network of neighbours (what it is, how to join) is the
    feature; it is not the network's own site, so no platform is named."""
    html = ("<title>Actualités - Villedex</title><h1>Entraide</h1><p>Rejoignez le réseau social de proximité "
            "des habitants.</p><footer>Ville de Villedex</footer>")
    assert platforms(html, "https://www.villedex.fr/actu/entraide", "territorial_social_network") == [None]
    watch = ("<title>Participation citoyenne</title><h1>Voisins vigilants</h1><p>Avec la gendarmerie, un réseau "
             "de voisinage contre les cambriolages.</p>")
    assert platforms(watch, "https://www.villedex.fr/securite", "territorial_social_network") == []

def test_a_footer_past_the_bound_of_the_markup_search_is_still_read():
    """The markup is searched up to its bound, the tree is read whole: a footer's words past the bound
    cannot gate the footer out."""
    from citycrawl.detect.page import MAX_SOURCE_CHARS
    html = (f"<title>Concertation</title><div class='site-footer'>Mentions</div><p>{'texte ' * (MAX_SOURCE_CHARS // 6 + 10)}</p>"
            "<footer>Propulsé par le logiciel libre Decidim</footer>")
    assert platforms(html, "https://avis.villedex.org/") == ["decidim"]


@pytest.mark.parametrize("html, url, engine, home", [
    ('<head><meta name="generator" content="Discourse 3.2.0 - https://github.com/discourse/discourse"></head>'
     "<h1>Stationnement rue Hugo</h1>", "https://parlons.villedex.fr/t/stationnement-rue-hugo/123", "discourse",
     "https://parlons.villedex.fr/"),
    ('<body id="phpbb" class="nojs notouch section-viewforum ltr"><a href="./viewtopic.php?t=12">Sujet</a></body>',
     "https://participez.villedex.fr/forum/viewforum.php?f=2", "phpbb", "https://participez.villedex.fr/"),
])
def test_a_forum_engine_on_a_site_named_for_participation_is_a_board_not_a_platform(html, url, engine, home):
    # the engine that generated or routed the whole page outweighs the site's name
    assert platforms(html, url) == []
    assert [f.platform for f in findings(html, url, feature="forum")] == [engine]
    # the same site's own pages, with no engine, are still its platform's
    assert platforms("<h1>Accueil</h1>", home) == ["custom"]


def test_a_board_s_topics_listed_on_a_participation_site_leave_it_a_platform():
    # a block of a board's markup (three of its topics) embedded in the platform's own page
    topics = "".join(f'<a href="https://forum.villedex.fr/viewtopic.php?t={n}">Sujet {n}</a>' for n in (1, 2, 3))
    assert platforms(f"<h1>Accueil</h1><div class='forum-topics'>{topics}</div>", "https://jeparticipe.villedex.fr/") \
        == ["custom"]


def test_a_board_named_for_a_neighbourhood_body_presents_no_participation_approach():
    # a forum engine's own pages (its generator): the board's name and its topics are residents' words
    head = ('<head><title>Bus du dimanche - Forum de la table de quartier des Tilleuls</title>'
            '<meta name="generator" content="Discourse 3.2.0 - https://github.com/discourse/discourse"></head>')
    body = ("<h1>Bus du dimanche</h1><p>La table de quartier en a parlé hier : le conseil citoyen demande une ligne "
            "le dimanche. Qui vient à la prochaine réunion de la table de quartier ?</p>")
    url = "https://forum.tables-tilleuls.fr/t/bus-du-dimanche/18"
    assert [f.platform for f in findings(head + body, url, feature="forum")] == ["discourse"]
    assert findings(head + body, url, feature="participation_displayed") == []
    # the same words on a city's page present its approach
    assert findings(f"<title>Table de quartier des Tilleuls</title>{body}", "https://www.villedex.fr/tilleuls",
                    feature="participation_displayed")
