"""The holdout part of the sample web, served through the proxy: every page answers, its truth holds together,
and it stays apart from the main sample web. No test here runs detection on it (HOLDOUT.md)."""
import csv
import json
import subprocess
import sys
from collections import Counter
from urllib.parse import quote, urlsplit

import pytest

from citycrawl import sampleweb
from citycrawl.render import is_app_shell
from citycrawl.settings import CITYCRAWL_MAX_DEPTH as MAX_DEPTH
from citycrawl.sampleweb.holdout import communes, hosts, part, villes
from citycrawl.sampleweb.site import PAGE_FEATURES, SOCIAL
from tests.test_sampleweb import fetch, walk

CODES = set(PAGE_FEATURES) | {SOCIAL}


@pytest.fixture(scope="module")
def server():
    with sampleweb.serve(holdout=True) as running:
        yield running


@pytest.fixture(scope="module")
def truth():
    return sampleweb.truth(holdout=True)


def hosts_of(truth):
    return {urlsplit(url).hostname for url in truth.pages}


def test_every_listed_page_is_served_and_reached_from_the_city_start_page(server, truth):
    for city in truth.cities:
        city_pages = {url for url, page in truth.pages.items() if page.city == city.insee_code}
        # within the crawl's depth (a platform's proposals sit five clicks from the city's home page)
        reached = walk(server, city.website, {urlsplit(url).hostname for url in city_pages}, max_depth=MAX_DEPTH)
        broken = {url: status for url, (_, status) in reached.items() if status != 200}
        assert not broken, f"{city.name}: links that do not answer 200: {broken}"
        # (links a script draws, in a space drawn by a script, are followed by the crawl once it has rendered the
        # page: benchmarks/holdout_crawl.py measures that; here the space's own pages need only answer)
        drawn = {url for url in city_pages if urlsplit(url).hostname in hosts()}
        missing = city_pages - set(reached) - drawn
        assert not missing, f"{city.name}: pages no link leads to: {sorted(missing)}"
        assert all(fetch(server, url)[0] == 200 for url in drawn - set(reached)), city.name


def test_pages_are_whole_documents_and_home_pages_carry_a_real_site_furniture(server, truth):
    homes = {city.website for city in truth.cities}
    for url in truth.pages:
        status, _, body = fetch(server, url)
        assert status == 200, url
        assert b"<title>" in body and b"</html>" in body and (len(body) > 800 or is_app_shell(body)), url
        if url in homes:  # menu, quick links, news and agenda, as on real city home pages
            assert len(body) > 2500 and body.count(b"<a ") >= 12, url


def test_truth_uses_codebook_codes_and_every_city_has_a_level(truth):
    assert 589 <= len(truth.cities) <= 593
    assert 15900 <= len(truth.pages) <= 16100
    for page in truth.pages.values():
        assert page.features <= CODES and page.decoys <= CODES, page.url
        assert not page.features & page.decoys, page.url
    for city in truth.cities:
        assert city.crawl_status == "ok" and city.level in range(5), city.name
    # Every page-level feature has several positive pages and at least one hard negative, so each is scored.
    positives = Counter(code for page in truth.pages.values() for code in page.features)
    decoys = Counter(code for page in truth.pages.values() for code in page.decoys)
    assert set(positives) == CODES
    assert all(positives[code] >= 5 and decoys[code] >= 1 for code in PAGE_FEATURES), (positives, decoys)


def test_the_holdout_has_seventy_three_parts_and_all_but_the_first_two_score_every_feature(truth):
    parts = Counter(part(city.insee_code) for city in truth.cities)
    assert parts == {"first": 17, "second": 6, "third": 8, "fourth": 8, "fifth": 8, "sixth": 8, "seventh": 8, "eighth": 8,
                     "ninth": 8, "tenth": 8, "eleventh": 8, "twelfth": 8,
                     "thirteenth": 8, "fourteenth": 8,
                     "fifteenth": 8, "sixteenth": 8, "seventeenth": 8, "eighteenth": 8,
                     "nineteenth": 8, "twentieth": 8, "twenty-first": 8, "twenty-second": 8, "twenty-third": 8,
                     "twenty-fourth": 8, "twenty-fifth": 8, "twenty-sixth": 8, "twenty-seventh": 8,
                     "twenty-eighth": 8, "twenty-ninth": 8, "thirtieth": 8, "thirty-first": 8, "thirty-second": 8,
                     "thirty-third": 8, "thirty-fourth": 8, "thirty-fifth": 8, "thirty-sixth": 8,
                     "thirty-seventh": 8, "thirty-eighth": 8, "thirty-ninth": 8, "fortieth": 8,
                     "forty-first": 8, "forty-second": 8, "forty-third": 8, "forty-fourth": 8,
                     "forty-fifth": 8, "forty-sixth": 8, "forty-seventh": 8, "forty-eighth": 8,
                     "forty-ninth": 8, "fiftieth": 8, "fifty-first": 8, "fifty-second": 8,
                     "fifty-third": 8, "fifty-fourth": 8, "fifty-fifth": 8, "fifty-sixth": 8,
                     "fifty-seventh": 8, "fifty-eighth": 8, "fifty-ninth": 8, "sixtieth": 8,
                     "sixty-first": 8, "sixty-second": 8, "sixty-third": 8, "sixty-fourth": 8,
                     "sixty-fifth": 8, "sixty-sixth": 8, "sixty-seventh": 8, "sixty-eighth": 8,
                     "sixty-ninth": 8, "seventieth": 8, "seventy-first": 8, "seventy-second": 8,
                     "seventy-third": 8}
    for name, first in (("third", 98201), ("fourth", 98301), ("fifth", 98401), ("sixth", 98501), ("seventh", 98601),
                        ("eighth", 98701), ("ninth", 98801), ("tenth", 98901), ("eleventh", 99201), ("twelfth", 99801),
                        ("thirteenth", 99901), ("fourteenth", 99601), ("fifteenth", 99501), ("sixteenth", 99701),
                        ("seventeenth", 99851), ("eighteenth", 99951), ("nineteenth", 99251), ("twentieth", 99551),
                        ("twenty-first", 99651), ("twenty-second", 99751), ("twenty-third", 99151),
                        ("twenty-fourth", 99351), ("twenty-fifth", 99051), ("twenty-sixth", 99071),
                        ("twenty-seventh", 99081), ("twenty-eighth", 99091), ("twenty-ninth", 99021),
                        ("thirtieth", 99031), ("thirty-first", 99041), ("thirty-second", 99061),
                        ("thirty-third", 99121), ("thirty-fourth", 99131),
                        ("thirty-fifth", 99141), ("thirty-sixth", 99161),
                        ("thirty-seventh", 99181), ("thirty-eighth", 99191),
                        ("thirty-ninth", 99211), ("fortieth", 99221),
                        ("forty-first", 99231), ("forty-second", 99261),
                        ("forty-third", 99271), ("forty-fourth", 99281),
                        ("forty-fifth", 99291), ("forty-sixth", 99311),
                        ("forty-seventh", 99321), ("forty-eighth", 99331),
                        ("forty-ninth", 99341), ("fiftieth", 99361),
                        ("fifty-first", 99371), ("fifty-second", 99381),
                        ("fifty-third", 99391), ("fifty-fourth", 99411),
                        ("fifty-fifth", 99421), ("fifty-sixth", 99431),
                        ("fifty-seventh", 99441), ("fifty-eighth", 99451),
                        ("fifty-ninth", 99461), ("sixtieth", 99471),
                        ("sixty-first", 99481), ("sixty-second", 99491),
                        ("sixty-third", 99511), ("sixty-fourth", 99521),
                        ("sixty-fifth", 99531), ("sixty-sixth", 99541),
                        ("sixty-seventh", 99561), ("sixty-eighth", 99571),
                        ("sixty-ninth", 99581), ("seventieth", 99591),
                        ("seventy-first", 99171), ("seventy-second", 99241),
                        ("seventy-third", 99621)):
        assert {c.insee_code for c in truth.cities if part(c.insee_code) == name} == {str(first + n) for n in range(8)}
        # a positive page for every code, a hard negative for every page-level feature
        pages = [p for p in truth.pages.values() if part(p.city) == name]
        positives = Counter(code for p in pages for code in p.features)
        decoys = Counter(code for p in pages for code in p.decoys)
        assert set(positives) == CODES and all(decoys[code] >= 1 for code in PAGE_FEATURES), (name, positives, decoys)


@pytest.mark.parametrize("host, part_module, query, root", [
    (communes.CASTELMAURE, communes, "chemin", b'<div id="app">'),  # the third part's participation space
    (villes.CM_FABRIQUE, villes, "page", b'<div id="root"></div>'),  # the fourth part's Fabrique citoyenne
])
def test_a_page_drawn_by_a_script_is_an_empty_shell_filled_from_its_api(server, truth, host, part_module, query, root):
    site = f"http://{host}"
    for path, (title, chapo, block, features) in part_module.APP_PAGES.items():
        assert truth.pages[site + path].features >= features
        status, _, shell = fetch(server, site + path)
        assert status == 200 and root in shell and part_module.APP_BUNDLE.encode() in shell
        assert b"<form" not in shell and b"<h1" not in shell and b"<a " not in shell
        status, _, data = fetch(server, f"{site}{part_module.APP_API}?{query}={quote(path, safe='')}")
        assert status == 200 and json.loads(data) == {"titre": title, "chapo": chapo, "bloc": block}
    status, _, script = fetch(server, site + part_module.APP_BUNDLE)
    assert status == 200 and part_module.APP_API.encode() in script
    status, _, _ = fetch(server, f"{site}{part_module.APP_API}?{query}=%2Finconnue")
    assert status == 404


VENDOR_DOMAINS = (".flui.city", ".jenparle.net", ".id-city.com", ".consultvox.co", ".cap-collectif.com", ".govocal.com")
# Breton communes often use .bzh, those of La Réunion .re, of Mayotte .yt, of Corsica .corsica
CITY_TLDS = (".fr", ".bzh", ".re", ".yt", ".corsica")


def test_holdout_stays_apart_from_the_main_sample_web(truth):
    main = sampleweb.truth(hostile=True)
    assert not hosts_of(truth) & hosts_of(main)
    assert not {c.insee_code for c in truth.cities} & {c.insee_code for c in main.cities}
    assert not {c.name for c in truth.cities} & {c.name for c in main.cities}
    # the cities' own domains, or a city's space on a platform vendor's domain (lorvignac.flui.city)
    assert all(host.endswith(CITY_TLDS) or host.endswith(VENDOR_DOMAINS) for host in hosts_of(truth))
    with sampleweb.serve() as main_server:  # the default sample web does not answer for holdout hosts
        assert main_server.web.host(next(iter(hosts_of(truth)))) is None
    holdout_codes = {c.insee_code for c in truth.cities}
    assert not holdout_codes & {c.insee_code for c in sampleweb.cities(generated=3, hostile=True)}
    assert {c.insee_code for c in sampleweb.cities(holdout=True)} == holdout_codes


def test_seeds_csv_of_the_holdout(tmp_path, truth):
    path = tmp_path / "seeds.csv"
    assert sampleweb.seeds_csv(path, holdout=True) == len(truth.cities)
    with open(path, encoding="utf-8") as rows:
        websites = [row["website"] for row in csv.DictReader(rows)]
    assert websites == [c.website for c in truth.cities]


def test_cli_writes_the_holdout_seeds(tmp_path, truth):
    path = tmp_path / "seeds.csv"
    done = subprocess.run([sys.executable, "-m", "citycrawl.sampleweb", "seeds", str(path), "--holdout"],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    with open(path, encoding="utf-8") as rows:
        assert [row["insee_code"] for row in csv.DictReader(rows)] == [c.insee_code for c in truth.cities]


def test_the_second_coder_labelled_holdout_pages_of_the_older_parts_with_codebook_codes(truth):
    path = sampleweb.__file__.replace("__init__.py", "holdout/second_coder.jsonl")
    labelled = [json.loads(line) for line in open(path, encoding="utf-8") if line.strip()]
    assert len(labelled) == len({r["url"] for r in labelled}) == 140
    for record in labelled:
        assert record["url"] in truth.pages, record["url"]
        assert part(truth.pages[record["url"]].city) not in ("thirty-ninth", "fortieth", "forty-first", "forty-second",
                                                             "forty-third", "forty-fourth", "forty-fifth",
                                                             "forty-sixth", "forty-seventh", "forty-eighth",
                                                             "forty-ninth", "fiftieth", "fifty-first",
                                                             "fifty-second", "fifty-third", "fifty-fourth",
                                                             "fifty-fifth", "fifty-sixth", "fifty-seventh",
                                                             "fifty-eighth", "fifty-ninth", "sixtieth",
                                                             "sixty-first", "sixty-second")
        assert set(record["labels"]) <= set(PAGE_FEATURES) and not (record.get("shell") and record["labels"])
