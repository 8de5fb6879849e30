"""The hostile web: nothing crashes, nothing is lost, nothing gets in.

One real crawl of the sample web's hostile corner (tests/hostile_crawl.py) is read by every test
here: its survey folder, its database, and the sample web's log of the requests it received."""
import json
import re
from collections import Counter
from urllib.parse import urlsplit

import lxml.html
import openpyxl
import pytest
from warcio.archiveiterator import ArchiveIterator

from citycrawl.sampleweb import hostile
from citycrawl.urls import host_of
from tests.hostile_crawl import (EXPECTED, FORMULA_NAMES, MARKUP_NAME, MAX_PAGES, ORDINARY, RETRY_TIMES,
                                 crawl, read_csv, shared_crawl)

REDIRECT_MAX_TIMES = 10  # the project's setting

FORMULA_START = re.compile(r"^[=+\-@\t\r]")


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    return shared_crawl(tmp_path_factory)


def host(code):
    return host_of(EXPECTED[code].website)


def test_the_crawl_ends_normally_and_writes_its_survey(run):
    assert "Traceback" not in run.proc.stderr
    assert run.run["stats"]["finish_reason"] == "finished"
    for name in ("cities.csv", "evidence.csv", "indicators.csv", "survey.xlsx", "report.html", "run.json"):
        assert (run.latest / name).is_file(), name


@pytest.mark.parametrize("code", [c for c in EXPECTED if c >= "99100"])
def test_each_hostile_city_gets_the_status_a_careful_crawler_reports(run, code):
    row = run.cities[code]
    assert row["crawl_status"] == EXPECTED[code].crawl_status, row
    if EXPECTED[code].level is not None:
        assert row["level"] == str(EXPECTED[code].level)
        assert row["contact_form"] == "1"
    else:
        assert row["level"] == "" and row["contact_form"] == ""  # unknown, not "none found"


def test_ordinary_cities_crawled_alongside_are_unaffected(run):
    for code in ORDINARY:
        assert (run.cities[code]["crawl_status"], run.cities[code]["level"]) == (
            EXPECTED[code].crawl_status, str(EXPECTED[code].level))


def test_crawler_trap_stops_at_the_page_budget_and_the_contact_page_is_still_found(run):
    trap = run.cities["99101"]
    assert int(trap["pages_crawled"]) <= MAX_PAGES
    assert len(run.requested(host("99101"))) <= MAX_PAGES + 1  # + robots.txt
    assert trap["contact_form"] == "1"
    assert any(e["insee_code"] == "99101" and e["feature"] == "contact_form" and e["url"].endswith("/contact/")
               for e in run.evidence)


@pytest.mark.parametrize("code, reason", [
    ("99102", "max redirections"), ("99103", "500"), ("99104", "took longer than 2.0 seconds"),
    ("99105", "ConnectionLost"), ("99106", "Connection"),
])
def test_dead_sites_are_unreachable_with_their_reason_kept_and_retries_bounded(run, code, reason):
    [(url, status, error)] = run.pages(code)
    assert reason in f"{status} {error}"
    requests = Counter(run.requested(host(code)))
    assert requests, "the site was tried"
    if code == "99102":  # the loop's pages answer: the redirect limit bounds them, not retries
        assert requests.total() - requests["/robots.txt"] <= REDIRECT_MAX_TIMES + 1, requests
    else:
        # Each URL: 1 + RETRY_TIMES attempts, each of which the HTTP client may repeat once when a
        # kept-alive proxy connection drops (Twisted's automatic retry of idempotent requests).
        assert max(requests.values()) <= 2 * (1 + RETRY_TIMES), requests


def test_retries_are_counted_in_run_json(run):
    stats = run.run["stats"]
    assert stats["retry/max_reached"] >= 4  # the 500, the timeout, the reset, the unknown host...
    # Every failure here is permanent: each request that gave up was retried RETRY_TIMES, no more.
    assert stats["retry/count"] == stats["retry/max_reached"] * RETRY_TIMES


def test_huge_page_and_gzip_bomb_are_refused_and_the_rest_of_the_site_is_crawled(run):
    pages = {urlsplit(url).path: (status, error) for url, status, error in run.pages("99107")}
    assert "larger than download max size" in pages["/rapport-annuel.html"][1]
    assert "exceeded DOWNLOAD_MAXSIZE" in pages["/donnees-ouvertes.html"][1]  # while decompressing
    assert pages["/contact/"] == (200, None)
    assert run.cities["99107"]["contact_form"] == "1"
    stats = run.run["stats"]
    assert stats["memusage/max"] - stats["memusage/startup"] < 200 * 1024 ** 2  # not 10 GB inflated


def test_warc_records_are_bounded_as_pages_are(run):
    """The hostile corner's WARC: no record body over DOWNLOAD_MAXSIZE; the gzip bomb is kept as the
    bytes it sent, never inflated; the 60 MB page, refused from its announced length, is not kept."""
    limit = int(run.run["settings"]["DOWNLOAD_MAXSIZE"])
    files = list((run.latest.resolve().parent.parent / "runs").glob("*/warc/*.warc.gz"))
    assert files
    kept = {}
    for path in files:
        with open(path, "rb") as fh:
            for record in ArchiveIterator(fh):
                if record.rec_type == "response":
                    body = record.raw_stream.read(limit + 1)  # as sent: still compressed
                    assert len(body) <= limit
                    kept[urlsplit(record.rec_headers.get_header("WARC-Target-URI")).path] = len(body)
    assert 0 < kept["/donnees-ouvertes.html"] < 5 * 1024 ** 2  # the bomb, compressed as it came
    assert "/rapport-annuel.html" not in kept
    assert sum(p.stat().st_size for p in files) < 3 * limit


@pytest.mark.parametrize("code, page", [
    ("99108", "/contact"),  # malformed HTML, next to a binary "document"
    ("99109", "/contact.php"),  # windows-1252 with no charset anywhere
    ("99110", "/contact.php"),  # ISO-8859-1 declaring utf-8
])
def test_broken_markup_and_wrong_charsets_still_give_their_contact_form(run, code, page):
    assert any(e["insee_code"] == code and e["feature"] == "contact_form" and e["url"].endswith(page)
               for e in run.evidence)
    stored = {urlsplit(url).path: (status, error) for url, status, error in run.pages(code)}
    assert stored[page] == (200, None)
    if code == "99108":
        assert stored["/document"] == (200, None)  # binary as text/html: fetched, nothing found, no crash


def test_robots_txt_forbidding_everything_blocks_the_city_without_fetching_a_page(run):
    assert run.cities["99111"]["crawl_status"] == "blocked"
    assert run.requested(host("99111")) == ["/robots.txt"]


def test_robots_txt_forbidding_a_part_keeps_those_pages_unrequested(run):
    requested = run.requested(host("99112"))
    assert "/contact/" in requested
    assert not [p for p in requested if p.startswith("/prive/")]
    assert run.cities["99112"]["contact_form"] == "1"


PRIVATE_HOSTS = {"169.254.169.254", "10.0.0.1", "localhost", "127.0.0.1"}


def test_links_into_private_networks_are_never_requested(run):
    assert "/liens-utiles" in run.requested(host("99113"))  # the page holding the links was read
    assert not [r for r in run.requests if r[0] in PRIVATE_HOSTS]


def test_the_private_network_guard_is_what_stops_them(run):
    assert run.run["stats"].get("citycrawl/private_network_refused", 0) >= len(PRIVATE_HOSTS)


def test_links_into_private_networks_are_followed_only_when_allowed(tmp_path):
    allowed = crawl(tmp_path, "-s", "CITYCRAWL_ALLOW_PRIVATE_NETWORKS=True", only="99113")
    reached = {h for h, _ in allowed.requests} & PRIVATE_HOSTS
    # localhost may bypass the proxy and meet nothing listening on port 80: the others go through it.
    assert reached >= {"169.254.169.254", "10.0.0.1", "127.0.0.1"}, reached


def _csv_cells(run):
    for name in ("cities.csv", "evidence.csv", "indicators.csv"):
        for row in read_csv(run.latest / name):
            yield from row.values()


def _xlsx_cells(run):
    book = openpyxl.load_workbook(run.latest / "survey.xlsx")
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            yield from row


def test_no_export_cell_can_run_as_a_spreadsheet_formula(run):
    # CSV has no types: a spreadsheet runs any cell that starts like a formula, unless quoted by "'".
    risky = [c for c in _csv_cells(run) if FORMULA_START.match(c) and not re.fullmatch(r"-?[\d.]+(e-?\d+)?", c)]
    assert not risky
    names = {row["name"] for row in read_csv(run.latest / "cities.csv")}
    assert {"'" + name for name in FORMULA_NAMES} <= names  # shown as text, not dropped
    # XLSX types its cells: text stays text, whatever it starts with.
    formulas = [(c.coordinate, c.value) for c in _xlsx_cells(run) if c.data_type == "f"]
    assert not formulas
    assert set(FORMULA_NAMES) <= {c.value for c in _xlsx_cells(run)}


def test_injected_markup_stays_one_plain_text_cell_in_every_export(run):
    assert run.cities["99305"]["name"] == MARKUP_NAME  # quotes and brackets did not split the row
    assert MARKUP_NAME in {c.value for c in _xlsx_cells(run)}
    accounts = run.cities["99114"]["social_accounts"].split(";")
    assert accounts == ["https://www.facebook.com/villeinjection"]  # the forged handle is no account
    texts = [*_csv_cells(run), *(c.value for c in _xlsx_cells(run))]
    assert not [t for t in texts if isinstance(t, str) and hostile.INJECTED_HANDLE in t]


def test_report_html_has_no_live_injected_element(run):
    html = (run.latest / "report.html").read_text(encoding="utf-8")
    doc = lxml.html.fromstring(html)
    for script in doc.iter("script"):
        if script.get("type") in (None, "", "text/javascript", "module"):
            assert "alert(" not in (script.text or ""), "an injected script would run"
    handlers = [(el.tag, name) for el in doc.iter() if isinstance(el.tag, str)
                for name in el.attrib if name.lower().startswith("on")]
    assert not handlers
    assert not doc.xpath("//img[@src='x']")
    for injected in (MARKUP_NAME, hostile.INJECTED_TITLE, hostile.INJECTED_LINK, hostile.INJECTED_HANDLE):
        assert injected not in html  # never raw markup, only escaped text or data
    # The odd city name is still there, as data the report's script shows as text.
    cities = json.loads(doc.get_element_by_id("city-data").text)["cities"]
    assert any(MARKUP_NAME in city for city in cities)
