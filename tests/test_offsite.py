"""Off-site debate: the SearXNG client against the sample web's engines (good and bad), the
classifier against the sample web's truth, and the measure stored in a real SQLite database."""
import csv
import time
from datetime import date

import pytest

from citycrawl.offsite.classify import CityContext, classify
from citycrawl.offsite.evaluate import classifier_scores, precision_recall, sample_contexts
from citycrawl.offsite.measure import MeasureSettings, measure_run
from citycrawl.offsite.queries import city_queries
from citycrawl.offsite.search import SearchClient, SearchSettings
from citycrawl.sampleweb import seeds_csv, serve
from citycrawl.sampleweb.debate import DOCS, published, truth as debate_truth
from citycrawl.seeds import read_seeds
from citycrawl.storage import Store
from citycrawl.storage.offsite import load_results, load_statuses
from citycrawl.survey import write_survey

QUERY = '"Montclar-sur-Orne" Orne collectif habitants association'


@pytest.fixture(scope="module")
def web():
    with serve() as running:
        yield running


@pytest.fixture
def proxied(web, monkeypatch):
    """Searches go through the sample web's proxy, as every request of the demo does."""
    monkeypatch.setenv("http_proxy", web.proxy_url)
    monkeypatch.delenv("no_proxy", raising=False)
    return web


def client(host, **settings):
    values = {"delay": 0, "retries": 2, "timeout": 2, "max_wait": 5, **settings}
    return SearchClient(SearchSettings(f"http://{host}.sampleweb.test", **values))


# ---- the client, one bad answer at a time --------------------------------------------------------

def test_a_working_engine_answers_with_results(proxied):
    answer = client("search").search(QUERY)
    assert answer.status == "ok" and answer.requests == 1
    assert any("montclar" in r["url"] for r in answer.results)


def test_http_429_is_retried_after_its_retry_after_then_given_up(proxied):
    start = time.monotonic()
    answer = client("search-429", retries=2).search(QUERY)
    assert answer.status == "http_429" and not answer.answered
    assert answer.requests == 3  # one try and two retries, no more
    assert time.monotonic() - start >= 2  # Retry-After: 1, honoured before each retry


def test_a_refusal_then_an_answer_is_an_answer(proxied):
    answer = client("search-flaky").search(QUERY)
    assert answer.status == "ok" and answer.requests == 2 and answer.results


@pytest.mark.parametrize("host, status, requests", [
    ("search-html", "not_json", 1),  # no point asking again for the same page
    ("search-empty", "empty", 1),
    ("search-slow", "timeout", 3),
    ("search-missing", "unreachable", 3),
])
def test_bad_answers_come_back_as_statuses(proxied, host, status, requests):
    answer = client(host, timeout=1).search(QUERY)
    assert (answer.status, answer.requests, answer.results) == (status, requests, [])


# ---- the classifier against the sample web's truth ----------------------------------------------

def test_the_sample_results_cover_every_kind_the_codebook_names():
    kinds = {d.kind for d in DOCS}
    assert {"resident_space", "petition", "newspaper", "city_channel", "homonym", "old",
            "not_about_city", "commerce", "event"} <= kinds
    assert any(d.counted and d.contesting for d in DOCS)
    assert any(d.counted and not d.contesting for d in DOCS)


def test_classifier_precision_and_recall_on_the_sample_web():
    scores = classifier_scores()
    for key, counts in scores.items():
        precision, recall = precision_recall(*counts)
        print(f"{key}: precision {precision:.2f}, recall {recall:.2f} (tp, fp, fn = {counts})")
    assert scores["counted"] == (10, 0, 0)  # one space or petition per city with debate
    assert scores["contesting"] == (6, 0, 0)


def test_a_petition_keeps_its_target_place_date_and_signatures():
    city = next(c for c in sample_contexts() if c.insee_code == "99014")
    doc = next(d for d in DOCS if d.kind == "petition" and d.name == "Fontclaire")
    today = date.today()
    verdict = classify({"url": doc.url, "title": doc.title, "content": doc.content,
                        "publishedDate": published(doc, today)}, city, today)
    assert verdict.details == {"place": "Fontclaire", "date": published(doc, today),
                               "signatures": 905,
                               "target": "conseil municipal de fontclaire (bouches-du-rhone)"}


def test_homonyms_are_told_apart_by_departement():
    city = CityContext("97411", "Saint-Denis", "974")
    today = date.today()
    here = {"url": "https://www.facebook.com/groups/stdenisrun/", "title": "Saint-Denis (974) en colère",
            "content": "Habitants de Saint-Denis, La Réunion"}
    there = {"url": "https://www.facebook.com/groups/stdenis93/", "title": "Saint-Denis en colère",
             "content": "Groupe des habitants de Saint-Denis, Seine-Saint-Denis : 93200 Saint-Denis"}
    assert classify(here, city, today).contesting
    assert classify(there, city, today).kind == "homonym"


def test_queries_name_the_city_and_its_departement_within_the_bound():
    queries = city_queries("Saint-Denis", "974", 2)
    assert len(queries) == 2
    assert all('"Saint-Denis"' in q for _, q in queries) and "La Réunion" in queries[0][1]


# ---- the measure, stored --------------------------------------------------------------------------

@pytest.fixture
def stored_run(tmp_path):
    """A stored run of the sample web's cities (no page: only the frame matters to the measure)."""
    path = tmp_path / "seeds.csv"
    seeds_csv(path)
    store = Store(f"sqlite:///{tmp_path / 'db.sqlite'}")
    store.start_run("r", {})
    store.add_cities("r", read_seeds(path))
    yield store
    store.close()


def measure(store, host, petition_pages=False, **settings):
    search = SearchSettings(f"http://{host}.sampleweb.test",
                            **{"delay": 0, "retries": 0, "timeout": 1, "max_wait": 2, **settings})
    return measure_run(store, "r", MeasureSettings(search, max_queries=4, give_up=8,
                                                   petition_pages=petition_pages))


def test_a_good_engine_measures_every_city_with_four_requests_each(proxied, stored_run):
    summary = measure(stored_run, "search")
    statuses = load_statuses(stored_run, "r")
    assert summary["measured"] == len(statuses) == 14 and summary["requests"] == 14 * 4
    results = load_results(stored_run, "r")
    counted = results[results["counted"].astype(bool)]
    found = {c: int(c in set(counted["city"])) for c in statuses["city"]}
    assert found == {c: t["offsite_debate"] for c, t in debate_truth().items()}
    # Evidence: where each result was found.
    assert counted["query"].str.len().gt(0).all() and counted["rank"].ge(1).all()
    assert counted["search_url"].str.startswith("http://search.sampleweb.test/search?").all()


def test_petition_pages_are_read_once_where_robots_txt_allows(proxied, stored_run):
    summary = measure(stored_run, "search", petition_pages=True)
    results = load_results(stored_run, "r")
    details = {r["city"]: r["details"] for r in results.to_dict("records") if r["kind"] == "petition"}
    today = date.today()
    # The page says more than the snippet: its count is newer, its target and date are there.
    assert details["99003"] == {"place": "Montclar-sur-Orne", "signatures": 1517,
                                "target": "mairie de montclar-sur-orne",
                                "date": date.fromordinal(today.toordinal() - 45).isoformat()}
    assert details["99014"]["signatures"] == 911
    # mesopinions' robots.txt forbids its petitions: the snippet's figures only.
    assert details["99009"]["signatures"] == 2187
    assert summary["page_requests"] == 3 + 2  # each site's robots.txt once, each allowed page once
    requested = [(host, path) for host, path in proxied.requests if host == "www.mesopinions.com"]
    assert requested and all(path == "/robots.txt" for _, path in requested)


def test_measuring_again_is_idempotent(proxied, stored_run):
    measure(stored_run, "search")
    before = load_results(stored_run, "r")
    again = measure(stored_run, "search")
    assert again["skipped"] == 14 and again["requests"] == 0
    assert len(load_results(stored_run, "r")) == len(before)


@pytest.mark.parametrize("host", ["search-429", "search-html", "search-empty", "search-missing"])
def test_an_engine_without_answers_loses_no_city_and_publishes_no_zero(proxied, stored_run,
                                                                      tmp_path, host):
    summary = measure(stored_run, host)
    statuses = load_statuses(stored_run, "r")
    assert len(statuses) == 14 and set(statuses["status"]) == {"failed"}
    assert summary["requests"] <= 8  # the engine counts as gone after 8 silent queries
    stored_run.finish_run("r", {})
    rows = read_csv(write_survey(stored_run, "r", tmp_path / "exports") / "cities.csv")
    assert len(rows) == 14
    assert {(r["offsite_debate"], r["contesting_debate"], r["offsite_status"]) for r in rows} == {
        ("", "", "failed")}


def test_an_engine_that_answers_some_queries_gives_partial_cities(proxied, stored_run, tmp_path):
    measure(stored_run, "search-partial")
    stored_run.finish_run("r", {})
    rows = {r["insee_code"]: r for r in
            read_csv(write_survey(stored_run, "r", tmp_path / "exports") / "cities.csv")}
    assert {r["offsite_status"] for r in rows.values()} == {"partial"}
    # Found without the petition queries: 1; nothing found on a partial search: unknown, not 0.
    assert rows["99005"]["offsite_debate"] == "1"  # the collective's blog
    assert rows["99001"]["offsite_debate"] == ""


def test_a_survey_without_a_search_engine_says_not_measured(stored_run, tmp_path):
    stored_run.finish_run("r", {})
    folder = write_survey(stored_run, "r", tmp_path / "exports")
    rows = read_csv(folder / "cities.csv")
    assert {(r["offsite_debate"], r["contesting_debate"], r["offsite_status"]) for r in rows} == {
        ("", "", "not measured")}
    assert not any(r["indicator"] in ("offsite_debate", "contesting_debate")
                   for r in read_csv(folder / "indicators.csv"))
    useo = {r["indicator"]: r for r in read_csv(folder / "useo2009.csv")}
    assert useo["contesting_debate_outside"]["share"] == ""
    assert useo["contesting_debate_outside"]["note"].startswith("not measured")
    assert not (folder / "offsite.csv").exists()


def read_csv(path):
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def test_scrapy_offsite_measures_a_run_crawled_without_a_search_engine(tmp_path):
    from citycrawl.sampleweb_process import sample_web_process
    from tests.conftest import run_scrapy, run_settings

    run_scrapy("demo", *run_settings(tmp_path), "-s", "CITYCRAWL_SEARCH_URL=")
    latest = tmp_path / "exports" / "latest"
    assert {r["offsite_status"] for r in read_csv(latest / "cities.csv")} == {"not measured"}
    with sample_web_process() as proxy:
        proc = run_scrapy("offsite", *run_settings(tmp_path), "-s",
                          "CITYCRAWL_SEARCH_URL=http://search.sampleweb.test", "-s",
                          "CITYCRAWL_SEARCH_DELAY=0", env={"http_proxy": proxy})
    assert "14 measured" in proc.stdout and "56 search requests" in proc.stdout
    rows = read_csv(latest / "cities.csv")
    assert {r["insee_code"]: {c: int(r[c]) for c in ("offsite_debate", "contesting_debate")}
            for r in rows} == debate_truth()


def test_scrapy_offsite_needs_a_search_engine(tmp_path):
    from tests.conftest import run_scrapy, run_settings

    proc = run_scrapy("offsite", *run_settings(tmp_path), check=False)
    assert proc.returncode == 2 and "CITYCRAWL_SEARCH_URL" in proc.stderr
