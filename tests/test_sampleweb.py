"""The sample web, fetched through its proxy with a plain HTTP client, as a crawler would."""
import csv
import http.client
import re
import subprocess
import sys
import time
import zlib
import urllib.error
import urllib.request
from collections import deque
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

import pytest

from citycrawl import sampleweb
from citycrawl.sampleweb.site import PAGE_FEATURES


@pytest.fixture(scope="module")
def server():
    with sampleweb.serve() as running:
        yield running


@pytest.fixture(scope="module")
def truth():
    return sampleweb.truth()


def opener(proxy_url):
    return urllib.request.build_opener(urllib.request.ProxyHandler({"http": proxy_url}))


def fetch(server, url, timeout=5):
    """(status, final URL, body) of a GET through the proxy."""
    try:
        with opener(server.proxy_url).open(url, timeout=timeout) as response:
            return response.status, response.geturl(), response.read()
    except urllib.error.HTTPError as error:
        return error.code, url, error.read()


class _Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.hrefs = []
        self.base = None  # the <base href> of the head, which relative links resolve against, as the crawl does
        self.in_head = False

    def handle_starttag(self, tag, attrs):
        if tag == "a":
            self.hrefs += [value for name, value in attrs if name == "href" and value]
        elif tag == "head":
            self.in_head = True
        elif tag == "body":
            self.in_head = False
        elif tag == "base" and self.in_head and self.base is None:
            self.base = next((value for name, value in attrs if name == "href" and value), None)

    def handle_endtag(self, tag):
        if tag == "head":
            self.in_head = False


def links(base, body):
    parser = _Links()
    parser.feed(body.decode("utf-8", "replace"))
    base = urljoin(base, parser.base) if parser.base else base
    return [urljoin(base, href).split("#")[0] for href in parser.hrefs]


def walk(server, start, hosts, max_depth=3):
    """Breadth-first link walk inside ``hosts``: {url: (depth, status)}."""
    seen = {}
    queue = deque([(start, 0)])
    while queue:
        url, depth = queue.popleft()
        if url in seen:
            continue
        status, final, body = fetch(server, url)
        seen[url] = (depth, status)
        if final != url:
            seen.setdefault(final, (depth, status))
        if status != 200 or depth == max_depth:
            continue
        for link in links(final, body):
            if urlsplit(link).scheme == "http" and urlsplit(link).hostname in hosts and link not in seen:
                queue.append((link, depth + 1))
    return seen


def test_every_city_home_page_and_robots_answer(server, truth):
    for city in truth.cities:
        status, _, body = fetch(server, city.website)
        assert status == 200, city.website
        assert b"<html" in body.lower()
        root = urljoin(city.website, "/robots.txt")
        status, _, body = fetch(server, root)
        assert status == 200 and b"User-agent" in body


def test_origin_form_request_with_host_header(server):
    connection = http.client.HTTPConnection("127.0.0.1", server.port, timeout=5)
    connection.request("GET", "/contact/", headers={"Host": "www.montclar-sur-orne.fr"})
    response = connection.getresponse()
    assert response.status == 200
    assert b"wpcf7-form" in response.read()
    connection.close()


def test_unknown_host_gets_no_response(server):
    with pytest.raises((urllib.error.URLError, http.client.RemoteDisconnected, ConnectionError)):
        fetch(server, "http://www.ville-qui-n-existe-pas.fr/")
    assert ("www.ville-qui-n-existe-pas.fr", "/") in server.requests


def test_every_page_in_truth_is_served_and_reachable_within_three_clicks(server, truth):
    for city in truth.cities:
        city_pages = {url for url, page in truth.pages.items() if page.city == city.insee_code}
        hosts = {urlsplit(url).hostname for url in city_pages}
        reached = walk(server, city.website, hosts)
        broken = {url: status for url, (_, status) in reached.items() if status != 200}
        assert not broken, f"{city.name}: links that do not answer 200: {broken}"
        missing = city_pages - set(reached)
        assert not missing, f"{city.name}: pages not reachable within 3 clicks: {sorted(missing)}"


def test_handmade_cities_cover_every_level_and_feature(truth):
    levels = {city.level for city in truth.cities}
    assert levels >= {0, 1, 2, 3, 4}
    for code in PAGE_FEATURES:
        assert any(city.flags[code] for city in truth.cities), f"no city with {code}"
    decoys = set().union(*(page.decoys for page in truth.pages.values()))
    assert decoys >= {"contact_form", "forum", "comments", "poll", "participation_displayed",
                      "participatory_budget", "suggestion_call", "social_account"}
    assert any(city.level == 0 and city.social_accounts for city in truth.cities)
    assert any(city.level == 0 and not city.social_accounts for city in truth.cities)


def test_city_level_follows_the_ladder(truth):
    montclar = next(c for c in truth.cities if c.name == "Montclar-sur-Orne")
    assert montclar.level == 1 and montclar.flags["contact_form"] == 1 and montclar.flags["participatory"] == 1
    villeneuve = next(c for c in truth.cities if c.name == "Villeneuve-des-Ormes")
    assert villeneuve.level == 4 and villeneuve.flags["modern_dialogue"] == 1 and "decidim" in villeneuve.platforms
    assert "https://www.youtube.com/@villeneuvedesormes" in villeneuve.social_accounts  # handles ignore case
    assert "https://x.com/vdormes" in villeneuve.social_accounts


def test_pages_hold_the_markup_their_truth_declares(server, truth):
    _, _, body = fetch(server, "http://www.villeneuve-des-ormes.fr/2025/02/03/un-nouveau-parc-au-bord-du-lac/")
    assert b'id="respond"' in body and b"wp-comments-post.php" in body
    _, _, body = fetch(server, "http://jeparticipe.villeneuve-des-ormes.fr/processes")
    assert b"/decidim-packs/" in body
    _, _, body = fetch(server, "http://www.vallon-la-foret.fr/actualites/nouvelle-mediatheque/")
    assert b"facebook.com/sharer/sharer.php" in body


def test_seeds_csv_lists_the_cities_with_http_websites(tmp_path, truth):
    path = tmp_path / "seeds.csv"
    rows = sampleweb.seeds_csv(path)
    with open(path, newline="", encoding="utf-8") as f:
        table = list(csv.DictReader(f))
    assert rows == len(table) == len(truth.cities)
    assert tuple(table[0]) == sampleweb.SEED_COLUMNS
    assert [r["insee_code"] for r in table] == [c.insee_code for c in truth.cities]
    assert all(r["website"].startswith("http://") for r in table)
    assert any(urlsplit(r["website"]).path not in ("", "/") for r in table), "a deep-link seed"
    populations = [int(r["population"]) for r in table]
    assert min(populations) < 100_000 and any(100_000 <= p < 200_000 for p in populations) and max(populations) >= 200_000


def test_keep_alive_sustains_over_a_thousand_requests_per_second(server):
    connection = http.client.HTTPConnection("127.0.0.1", server.port, timeout=5)
    count, started = 2000, time.perf_counter()
    for i in range(count):
        connection.request("GET", "http://www.bellerive-en-val.fr/contact")
        response = connection.getresponse()
        response.read()
        assert response.status == 200
    rate = count / (time.perf_counter() - started)
    connection.close()
    assert rate > 1000, f"{rate:.0f} requests/s"


def test_cli_serves_in_a_separate_process(tmp_path):
    process = subprocess.Popen([sys.executable, "-m", "citycrawl.sampleweb", "serve", "--port", "0"],
                               stdout=subprocess.PIPE, text=True)
    try:
        line = process.stdout.readline()
        match = re.fullmatch(r"sampleweb listening on (http://127\.0\.0\.1:(\d+))\n", line)
        assert match, line
        with opener(match.group(1)).open("http://www.roche-aiguille.fr/", timeout=5) as response:
            assert response.status == 200
    finally:
        process.terminate()
        process.wait(timeout=5)


def test_cli_writes_seeds(tmp_path):
    path = tmp_path / "seeds.csv"
    subprocess.run([sys.executable, "-m", "citycrawl.sampleweb", "seeds", str(path)], check=True, capture_output=True)
    assert path.read_text(encoding="utf-8").startswith(",".join(sampleweb.SEED_COLUMNS))


# ---- generated cities ---------------------------------------------------------------------------

def test_generated_sites_are_deterministic_and_reachable():
    first, second = sampleweb.truth(generated=200, seed=5), sampleweb.truth(generated=200, seed=5)
    assert [(c.insee_code, c.level, c.flags) for c in first.cities] == [(c.insee_code, c.level, c.flags) for c in second.cities]
    assert first.pages == second.pages
    other = sampleweb.truth(generated=200, seed=6)
    assert [c.flags for c in other.cities] != [c.flags for c in first.cities]
    generated = [c for c in first.cities if c.insee_code.startswith("G")]
    assert len(generated) == 200 and {c.level for c in generated} == {0, 1, 2, 3, 4}
    with sampleweb.serve(generated=200, seed=5) as one, sampleweb.serve(generated=200, seed=5) as two:
        for city in generated[:40:4]:
            assert fetch(one, city.website)[2] == fetch(two, city.website)[2]
            city_pages = {url for url, page in first.pages.items() if page.city == city.insee_code}
            reached = walk(one, city.website, {urlsplit(url).hostname for url in city_pages})
            assert city_pages <= set(reached), city.name
            assert all(status == 200 for _, status in reached.values())
            assert len(reached) >= 40, "about 50 pages per site"
        with pytest.raises((urllib.error.URLError, http.client.RemoteDisconnected, ConnectionError)):
            fetch(one, "http://www.ville-g00200.fr/")  # beyond N: unknown host


def test_generated_sites_are_built_on_demand_not_held_in_memory():
    from citycrawl.sampleweb import web
    started = time.perf_counter()
    with sampleweb.serve(generated=100_000, seed=1) as running:
        assert time.perf_counter() - started < 2
        web._generated_hosts.cache_clear()
        connection = http.client.HTTPConnection("127.0.0.1", running.port, timeout=5)
        for index in range(0, 100_000, 97):
            connection.request("GET", f"http://www.ville-g{index:05d}.fr/robots.txt")
            response = connection.getresponse()
            response.read()
            assert response.status == 200
        connection.close()
        assert web._generated_hosts.cache_info().currsize <= web._generated_hosts.cache_info().maxsize < 1000


# ---- hostile corner -----------------------------------------------------------------------------

@pytest.fixture(scope="module")
def hostile():
    with sampleweb.serve(hostile=True) as running:
        yield running


def raw_get(server, url, timeout=5):
    connection = http.client.HTTPConnection("127.0.0.1", server.port, timeout=timeout)
    connection.request("GET", url)
    return connection, connection.getresponse()


def test_hostile_truth_states_statuses():
    statuses = {c.crawl_status for c in sampleweb.truth(hostile=True).cities}
    assert statuses == {"ok", "partial", "unreachable", "blocked", "error"}


def test_silent_host_does_not_block_other_connections(hostile):
    silent = http.client.HTTPConnection("127.0.0.1", hostile.port, timeout=1)
    silent.request("GET", "http://www.ville-muette.fr/")
    started = time.perf_counter()
    assert fetch(hostile, "http://www.ville-piege.fr/contact/")[0] == 200
    assert time.perf_counter() - started < 0.5
    with pytest.raises(TimeoutError):
        silent.getresponse()
    silent.close()


def test_failing_hosts(hostile):
    with pytest.raises(ConnectionResetError):
        raw_get(hostile, "http://www.ville-coupee.fr/")
    assert fetch(hostile, "http://www.ville-panne.fr/")[0] == 500
    with pytest.raises(urllib.error.HTTPError, match="infinite loop|redirect"):
        opener(hostile.proxy_url).open("http://www.ville-boucle.fr/", timeout=5)
    with pytest.raises((urllib.error.URLError, http.client.RemoteDisconnected, ConnectionError)):
        fetch(hostile, "http://www.ville-fantome.fr/")


def test_crawler_trap_never_ends_but_contact_is_one_click_away(hostile):
    url = "http://www.ville-piege.fr/"
    assert "http://www.ville-piege.fr/contact/" in links(url, fetch(hostile, url)[2])
    url = "http://www.ville-piege.fr/agenda/?mois=1&PHPSESSID=0a1b2c3d"
    visited = set()
    for _ in range(30):
        visited.add(url)
        url = next(link for link in links(url, fetch(hostile, url)[2]) if "Mois" not in link and "mois=" in link
                   and link not in visited)
    assert len(visited) == 30


def test_oversized_bodies_are_streamed(hostile):
    connection, response = raw_get(hostile, "http://www.ville-lourde.fr/rapport-annuel.html")
    assert int(response.getheader("Content-Length")) == 60 * 1024 * 1024
    assert response.read(1024).startswith(b"<!DOCTYPE html>")
    connection.close()
    connection, response = raw_get(hostile, "http://www.ville-lourde.fr/donnees-ouvertes.html")
    assert response.getheader("Content-Encoding") == "gzip"
    assert int(response.getheader("Content-Length")) < 20 * 1024 * 1024
    inflater = zlib.decompressobj(31)
    inflated = sum(len(inflater.decompress(response.read(64 * 1024), 10 * 1024 * 1024)) for _ in range(8))
    assert inflated >= 30 * 1024 * 1024  # 512 KB on the wire already make tens of megabytes
    connection.close()


def test_broken_markup_and_legacy_encodings_still_hold_a_contact_form(hostile):
    status, _, body = fetch(hostile, "http://www.ville-bancale.fr/document")
    assert status == 200 and b"\0" in body
    assert b"<textarea" in fetch(hostile, "http://www.ville-bancale.fr/contact")[2]
    body = fetch(hostile, "http://www.ville-ancienne.fr/contact.php")[2]
    assert "Écrivez".encode("cp1252") in body and b"charset" not in body
    body = fetch(hostile, "http://www.ville-latine.fr/contact.php")[2]
    assert "Écrivez".encode("latin-1") in body and b"charset=utf-8" in body  # declared wrongly


def test_robots_rules_and_request_log(hostile):
    assert fetch(hostile, "http://www.ville-fermee.fr/robots.txt")[2] == b"User-agent: *\nDisallow: /\n"
    assert b"Disallow: /prive/" in fetch(hostile, "http://www.ville-discrete.fr/robots.txt")[2]
    truth = sampleweb.truth(hostile=True)
    assert truth.city("99112").never_request == {"http://www.ville-discrete.fr/prive/dossiers/"}
    assert ("www.ville-discrete.fr", "/robots.txt") in hostile.requests


def test_private_network_links_and_injection(hostile):
    body = fetch(hostile, "http://www.ville-ouverte.fr/liens-utiles")[2].decode()
    assert f"http://127.0.0.1:{hostile.port}/" in body and "http://169.254.169.254/" in body
    body = fetch(hostile, "http://www.ville-injection.fr/")[2].decode()
    assert "&lt;script&gt;" in body and "<script>" not in body  # the markup is text a report must escape
    city = sampleweb.truth(hostile=True).city("99114")
    assert city.social_accounts == {"https://www.facebook.com/villeinjection"}


@pytest.mark.parametrize("holdout", [False, True])
def test_every_theme_shows_the_accounts_its_pages_declare(holdout):
    """A site's accounts are in the footer of every page (its truth says so): each theme renders them."""
    from html import escape

    from citycrawl.sampleweb.themes import render
    for city in sampleweb.cities(holdout=holdout):
        for site in city.sites:
            for page in site.pages[:3] if site.accounts else ():
                html = render(site, page)
                missing = [a.href for a in site.accounts if escape(a.href) not in html]
                assert not missing, f"{site.theme} theme, {site.host}{page.path}: {missing}"


def test_a_forum_s_help_pages_are_decoys_of_the_board_its_site_is(truth):
    """A board's site carries `forum` on every page, but its help and rules pages, where nobody posts, are
    decoys of it: a page's decoys take its site's features off it."""
    help_pages = [page for url, page in truth.pages.items() if url.endswith(("/faq.php", "/guidelines", "/tos"))]
    assert help_pages
    for page in help_pages:
        assert "forum" in page.decoys and "forum" not in page.features, page.url
    assert any("forum" in page.features for url, page in truth.pages.items() if url.endswith("/ucp.php?mode=login"))
