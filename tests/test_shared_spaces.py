"""Links out of the cities' domains, crawled for real on the sample web: only participation spaces are
fetched (link-follow precision), and a space shared by several cities is fetched once per run and
credited to each of them, with each city's linking page as evidence."""
import csv
import sqlite3

import pytest

from citycrawl.sampleweb import elsewhere, seeds_csv, serve, truth
from citycrawl.urls import registrable_domain
from tests.conftest import page_requests, run_scrapy, run_settings

FAST = ["-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=0", "-s", "CITYCRAWL_PROGRESS_INTERVAL=0"]
CODES = ("99301", "99302", "99303")


def outside_requests(requests, sample_truth) -> dict:
    """(host, path) -> count of the requests to hosts outside every city's own domains."""
    own = {registrable_domain(c.website.split("/")[2]) for c in sample_truth.cities}
    return {r: n for r, n in requests.items() if registrable_domain(r[0]) not in own}


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    return tmp_path_factory.mktemp("shared")


@pytest.fixture(scope="module")
def crawl(folder):
    seeds = folder / "seeds.csv"
    seeds_csv(seeds, elsewhere=True)
    with serve() as web:
        run_scrapy("crawl", "cities", "-a", f"seeds={seeds}", "-a", f"only={','.join(CODES)}",
                   *run_settings(folder), *FAST, env={"http_proxy": web.proxy_url})
        requests = page_requests(web)
    with open(folder / "exports" / "latest" / "cities.csv", newline="", encoding="utf-8") as f:
        cities = {row["insee_code"]: row for row in csv.DictReader(f)}
    with open(folder / "exports" / "latest" / "evidence.csv", newline="", encoding="utf-8") as f:
        evidence = list(csv.DictReader(f))
    return requests, cities, evidence


def test_a_shared_platform_is_fetched_once_and_credited_to_every_city_linking_to_it(crawl):
    requests, cities, evidence = crawl
    platform = {path: n for (host, path), n in requests.items() if host == elsewhere.SHARED_PLATFORM}
    assert platform and set(platform.values()) == {1}, platform  # one request per platform page
    assert {"/", "/processes"} <= set(platform)
    credited = []
    for code in CODES:
        assert cities[code]["participatory_platform"] == "1", code
        assert "decidim" in cities[code]["platforms"]
        rows = [e for e in evidence if e["insee_code"] == code and e["feature"] == "participatory_platform"
                and not e["rule"].startswith("spaces:")]  # Val-d'Amont's own budget site: the test below
        assert rows and all(elsewhere.SHARED_PLATFORM in r["url"] for r in rows), code
        pages = {r["page_url"] for r in rows}
        if all(elsewhere.SHARED_PLATFORM in p for p in pages):
            continue  # the city whose crawl reached the platform first: found on the platform's pages
        # The others: credited, with their own page linking to the platform as evidence.
        assert pages == {cities[code]["website"] + "participer/"}, (code, pages)
        credited.append(code)
    assert len(credited) == 2


def test_only_participation_spaces_are_fetched_outside_the_cities(crawl):
    requests, _, _ = crawl
    outside = outside_requests(requests, truth(elsewhere=True))
    spaces = elsewhere.link_truth()
    fetched = {host for host, _ in outside}
    assert fetched == {host for host, is_space in spaces.items() if is_space}  # no decoy, no space lost


def test_a_budget_site_under_a_brand_of_its_own_is_the_city_s_platform(crawl):
    _, cities, evidence = crawl
    rows = [e for e in evidence if e["feature"] == "participatory_platform" and e["rule"] == "spaces:own-site"]
    assert rows and {r["insee_code"] for r in rows} == {"99301"}, rows
    assert all(elsewhere.BUDGET_SITE in r["page_url"] and r["platform"] == "custom" for r in rows)
    assert cities["99301"]["platforms"] == "custom;decidim"
    assert {cities[code]["platforms"] for code in CODES[1:]} == {"decidim"}
    # what made it one: residents propose and vote there (the budget's own findings, on the same pages)
    budget = {e["page_url"] for e in evidence if e["insee_code"] == "99301" and e["feature"] == "participatory_budget"}
    assert {r["page_url"] for r in rows} <= budget


def test_a_link_out_that_redirects_back_into_the_city_leads_to_the_city_s_own_page(crawl, folder):
    _, cities, evidence = crawl
    with sqlite3.connect(folder / "citycrawl.sqlite") as db:
        pages = dict(db.execute("SELECT url, external FROM pages WHERE city = '99302'").fetchall())
    budget = "http://www.pont-des-vallees.fr/budget-participatif/"
    assert pages[budget] == 0, pages  # reached through the brand domain, stored as the city's page
    assert any(e["page_url"] == budget and e["feature"] == "participatory_budget" for e in evidence)
    assert cities["99302"]["platforms"] == "decidim"  # its own budget page is no site of its own
