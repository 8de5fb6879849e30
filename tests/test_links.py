"""Which links the crawl follows, in which order, and how the page budget is spent."""
from citycrawl.budget import FULL, OK, SEEN, MemoryBudget
from citycrawl.detect.page import Page
from citycrawl.links import LinkPolicy

HOME = """<html><body>
<nav><a href="/actualites">Actualités</a> <a href="/vie-locale/democratie-participative">Démocratie participative</a>
<a href="/contact">Nous contacter</a></nav>
<a href="https://jeparticipe.ville-exemple.fr/processes">Je participe</a>
<a href="https://ville-exemple.example-platform.com/projects">Budget participatif 2026</a>
<a href="https://www.meteo-exemple.com/">La météo</a>
<a href="https://www.facebook.com/villeexemple">Facebook</a>
<a href="/files/budget-primitif.pdf">Budget primitif (PDF)</a>
<a href="mailto:mairie@ville-exemple.fr">Écrire</a>
</body></html>"""


def chosen(html, url="https://www.ville-exemple.fr/", domains=("ville-exemple.fr",), from_external=False):
    page = Page.from_html(html, url)
    return {u: (p, ext) for u, _t, p, ext in LinkPolicy().choose(page, domains, from_external)}


def test_internal_and_participation_links_followed_first():
    links = chosen(HOME)
    assert links["https://www.ville-exemple.fr/actualites"] == (0, False)
    assert links["https://www.ville-exemple.fr/vie-locale/democratie-participative"][0] > 0
    assert links["https://www.ville-exemple.fr/contact"][0] > 0
    # a subdomain is the city's own; a platform on another domain is a participation space
    assert links["https://jeparticipe.ville-exemple.fr/processes"][1] is False
    assert links["https://ville-exemple.example-platform.com/projects"] == (links["https://www.ville-exemple.fr/contact"][0], True)


def test_social_files_and_unrelated_external_sites_not_fetched():
    links = chosen(HOME)
    assert not any("facebook.com" in u or "meteo" in u or u.endswith(".pdf") or u.startswith("mailto") for u in links)


def test_national_petition_sites_survey_services_and_the_census_are_not_fetched():
    # participation words in their links, but no space the city runs: detection reads the city's page
    html = """<p>Signez la <a href="https://www.change.org/p/ville-exemple-gare">pétition</a> pour la gare.</p>
    <p>Répondez au <a href="https://forms.gle/AbCd12">questionnaire en ligne</a> sur les mobilités.</p>
    <p>Le <a href="https://www.le-recensement-et-moi.fr/">questionnaire du recensement</a> se remplit en ligne.</p>
    <p>Notre <a href="https://ville-exemple.example-platform.com/consultations">consultation en ligne</a> est ouverte.</p>"""
    assert set(chosen(html)) == {"https://ville-exemple.example-platform.com/consultations"}


def test_on_a_participation_space_only_that_space_is_explored():
    html = """<a href="/processes/budget">Budget</a> <a href="https://other-platform.org/participez">Participez</a>
    <a href="https://www.ville-exemple.fr/contact">Mairie</a>"""
    links = chosen(html, url="https://ville-exemple.example-platform.com/", from_external=True)
    assert set(links) == {"https://ville-exemple.example-platform.com/processes/budget",
                          "https://www.ville-exemple.fr/contact"}
    assert links["https://ville-exemple.example-platform.com/processes/budget"][1] is True
    assert links["https://www.ville-exemple.fr/contact"][1] is False


def test_budget_counts_distinct_pages():
    budget = MemoryBudget()
    assert budget.claim("75056", "https://a.fr/1", 2) == OK
    assert budget.claim("75056", "https://a.fr/1", 2) == SEEN  # a menu link met again costs nothing
    assert budget.claim("75056", "https://a.fr/2", 2) == OK
    assert budget.claim("75056", "https://a.fr/3", 2) == FULL
    assert budget.claim("13055", "https://a.fr/3", 2) == OK  # each city has its own budget


def test_a_branded_participation_space_is_recognised_from_the_sentence_around_its_link():
    html = """<p>Les projets de la ville sont soumis au débat : débattez et proposez sur
    <a href="https://www.decidons-exemple.fr/">Décidons ensemble</a>.</p>
    <p>Nos amis : <a href="https://www.club-de-foot.fr/">le club</a>.</p>"""
    links = chosen(html)
    assert links["https://www.decidons-exemple.fr/"][1] is True
    assert "https://www.club-de-foot.fr/" not in links


def test_links_resolve_against_the_pages_base_address():
    html = '<html><head><base href="/vie-locale/"></head><body><a href="contact">Contact</a></body></html>'
    assert "https://www.ville-exemple.fr/vie-locale/contact" in chosen(html, url="https://www.ville-exemple.fr/a/b")


def test_participation_is_read_as_words_not_stems_and_decoys_cancel_it():
    html = """<html><body><main>
    <p>Pour les démarches nationales, consultez <a href="https://www.service-public.fr/">service-public.fr</a>.</p>
    <p>Consultez le site de la <a href="https://www.exemple.gouv.fr/">préfecture</a>.</p>
    <p><a href="https://ville-exemple.espace-citoyens.net/">Espace citoyen</a> : vos démarches en ligne.</p>
    <p><a href="https://www.tourisme-exemple.fr/idees-de-sorties">Idées de sorties</a> avec l'office de tourisme.</p>
    <p><a href="https://www.asso-exemple.fr/forum-des-associations">Forum des associations</a> le 6 septembre.</p>
    <p>Lire l'article du <a href="https://www.journal-exemple.fr/ville/article-12">Journal</a> sur la consultation.</p>
    <p>Donnez votre avis sur le plan vélo : <a href="https://jeparticipe.metropole-exemple.fr/">la plateforme</a>.</p>
    <p><a href="https://www.petitions-exemple.fr/">Pétitions citoyennes</a></p>
    </main></body></html>"""
    followed = {url for url, (_, external) in chosen(html).items() if external}
    assert followed == {"https://jeparticipe.metropole-exemple.fr/", "https://www.petitions-exemple.fr/"}
