"""URL handling: registrable domains, private hosts, normalisation (examples and properties)."""
import pytest
from hypothesis import given, strategies as st

from citycrawl.urls import host_of, is_home, is_listing, is_private_host, is_search_results, normalize_url, registrable_domain, same_site


def test_registrable_domain_of_french_city_hosts():
    assert registrable_domain("jeparticipe.ville-rennes.fr") == "ville-rennes.fr"
    assert registrable_domain("www.strasbourg.eu") == "strasbourg.eu"
    assert registrable_domain("metropole.toulouse.fr") == "toulouse.fr"
    assert registrable_domain("WWW.Paris.FR.") == "paris.fr"
    assert registrable_domain("127.0.0.1") == "127.0.0.1"
    assert same_site("https://participer.lyon.fr/x", {"lyon.fr"})
    assert not same_site("https://lyon.decidim.site/", {"lyon.fr"})


def test_private_hosts_are_recognised():
    for host in ("localhost", "127.0.0.1", "10.0.0.1", "169.254.169.254", "192.168.1.10", "172.16.0.1",
                 "[::1]", "2130706433", "0x7f000001", "intranet", "nas.local", "db.internal"):
        assert is_private_host(host), host
    for host in ("www.ville.fr", "8.8.8.8", "jeparticipe.ville.fr"):
        assert not is_private_host(host), host


def test_normalize_url():
    assert normalize_url("HTTP://WWW.Ville.fr:80/a?b=1#frag") == "http://www.ville.fr/a?b=1"
    assert normalize_url("https://ville.fr") == "https://ville.fr/"
    assert normalize_url("https://ville.fr:8443/x") == "https://ville.fr:8443/x"


hosts = st.from_regex(r"[a-z0-9-]{1,12}(\.[a-z0-9-]{1,12}){0,3}\.(fr|com|eu|org|co\.uk)", fullmatch=True)


@given(hosts)
def test_registrable_domain_is_a_suffix_of_the_host(host):
    domain = registrable_domain(host)
    assert host == domain or host.endswith("." + domain)
    assert registrable_domain(domain) == domain


@given(st.text(max_size=200))
def test_url_helpers_never_raise(text):
    host_of(text)
    is_private_host(text)
    registrable_domain(host_of(text))
    normalize_url(text)
    normalize_url("http://" + text)


@given(hosts, st.from_regex(r"(/[a-zA-Z0-9_.-]{0,8}){0,4}", fullmatch=True))
def test_normalize_url_is_idempotent(host, path):
    url = normalize_url(f"https://{host}{path}")
    assert normalize_url(url) == url
    assert host_of(url) == host


@pytest.mark.parametrize("url, home", [
    ("https://www.villedex.fr", True), ("https://www.villedex.fr/", True), ("https://www.villedex.fr/fr/", True),
    ("https://www.villedex.fr/fr-FR", True), ("https://www.villedex.fr/accueil", True),
    ("https://www.villedex.fr/index.php", True), ("https://www.villedex.fr/en/home/", True),
    ("https://www.villedex.fr/bp", False), ("https://www.villedex.fr/cm/", False),  # two letters are no language
    ("https://www.villedex.fr/?s=budget", False), ("https://www.villedex.fr/budget-participatif", False),
    ("http://[x/", False),
])
def test_a_site_s_home_page(url, home):
    assert is_home(url) is home


@pytest.mark.parametrize("url, listing", [
    ("https://www.villedex.fr/actualites/", True), ("https://www.villedex.fr/index.php/agenda", True),
    ("https://www.villedex.fr/fr/actus/page/3", True), ("https://www.villedex.fr/actualites?paged=2", True),
    ("https://www.villedex.fr/actualites/fete-des-quartiers", False),  # one news item
    ("https://www.villedex.fr/actualites?s=budget", False),  # a search of the news
    ("https://www.villedex.fr/actualites.html", True), ("https://www.villedex.fr/mairie/toutes-les-actualites/", True),
    ("https://www.villedex.fr/agenda/categorie/culture", True), ("https://www.villedex.fr/de/agenda", True),
    ("https://www.villedex.fr/blog/?p=42", False),  # WordPress's address of one post
    ("https://www.villedex.fr/agenda?page=2paged=3", False),
    ("https://www.villedex.fr/", False), ("http://[x/", False),
])
def test_a_site_s_list_of_news_or_events(url, listing):
    assert is_listing(url) is listing


@pytest.mark.parametrize("url, search", [
    ("https://www.villedex.fr/?s=budget", True), ("https://www.villedex.fr/recherche?q=budget+participatif", True),
    ("https://www.villedex.fr/recherche?q=budget", True), ("https://www.villedex.fr/search/node?keys=budget", True),
    ("https://www.villedex.fr/index.php?searchword=budget&searchphrase=all", True),
    ("https://www.villedex.fr/index.php?option=com_finder&view=search&q=budget", True),
    ("https://www.villedex.fr/spip.php?page=recherche&recherche=budget", True),
    ("https://www.villedex.fr/suche?tx_solr%5Bq%5D=budget+participatif", True),
    ("https://www.villedex.fr/@@search?SearchableText=budget", True),
    ("https://www.villedex.fr/?s=", False), ("https://www.villedex.fr/?s=2", False),
    ("https://www.villedex.fr/index.php?q=node/12", False), ("https://www.villedex.fr/spip.php?article12", False),
    ("https://jeparticipe.villedex.fr/processes/x/f/7/proposals?filter%5Bsearch_text%5D=velo", False),
    ("https://www.villedex.fr/agenda?keywords=conseil", False),
    ("https://www.villedex.fr/?taxonomy=thematique&term=budget-participatif", False),
    ("https://www.villedex.fr/recherche-de-benevoles", False), ("http://[x/", False),
])
def test_a_site_search_s_results_page(url, search):
    assert is_search_results(url) is search
