"""The survey of runs stored through Store: crawl_status, cities.csv, files, publishing, waves."""
import csv
import json
import os

import openpyxl
import pandas as pd
import pytest

from citycrawl.seeds import Seed
from citycrawl.storage import Store, StoreError
from citycrawl.survey import city_table, publish_survey, write_survey
from citycrawl.survey.codebook import CITY_COLUMNS, INDEX_COMPONENTS


ROBOTS = "IgnoreRequest: Forbidden by robots.txt"
DNS = "DNSLookupError: DNS lookup failed: no results for hostname lookup"
HOSTILE = "=HYPERLINK(\"http://evil.example\",\"clic\")"


def add_city(store, run_id, code, pages=(), findings=(), *, line, population=60_000, region="11",
             region_name="Île-de-France", error=None, exhausted=False, website=None):
    """Store one city: its seed, pages as (path, status, error, is_start), findings on its '/'."""
    store.add_cities(run_id, [Seed(line=line, insee_code=code, name=f"Ville {code}",
                                   population=population,
                                   website=f"https://{code}.example.fr/" if website is None else website,
                                   region=region, attrs={"region_name": region_name}, error=error)])
    for path, status, failure, is_start in pages:
        url = f"https://{code}.example.fr{path}"
        store.add_page(run_id, {"city": code, "url": url, "requested_url": url, "status": status,
                                "error": failure, "is_start": is_start, "external": False,
                                "depth": 0 if is_start else 1},
                       [dict(f, page_url=url) for f in findings] if path == "/" else [])
    if exhausted:
        store.mark_budget_exhausted(run_id, code)


def feature(code, platform=None, url="https://x.example.fr/", detail="seen", handle=None):
    return {"feature": code, "platform": platform, "url": url, "handle": handle,
            "rule": f"test:{code}", "detail": detail}


def account(platform, handle):
    return feature("social_account", platform, f"https://{platform}.example/{handle}", handle=handle)


OK = ("/", 200, None, True)

# code -> (add_city keyword arguments, expected crawl_status, expected pages_crawled)
SCENARIO = {
    "A": (dict(pages=[OK, ("/contact", 200, None, False)], findings=[feature("contact_form")]),
          "ok", 2),
    "B": (dict(pages=[OK], exhausted=True, population=150_000,
               findings=[feature("participation_displayed"), feature("contact_form"),
                         account("x", "villeb"), account("facebook", "villeb")]), "partial", 1),
    "C": (dict(pages=[OK, ("/old", 503, None, False), ("/gone", 404, None, False)],
               findings=[feature("forum", "phpbb", detail=HOSTILE)]), "partial", 3),
    "D": (dict(pages=[OK, ("/x", None, DNS, False)], region="84", region_name="Auvergne-Rhône-Alpes",
               findings=[feature("participatory_platform", "decidim"), feature("comments", "disqus")]),
          "partial", 1),
    "E": (dict(pages=[("/", 301, None, True), ("/private", None, ROBOTS, False)],
               population=250_000), "ok", 1),
    "F": (dict(pages=[("/", None, ROBOTS, True), ("/accueil", None, ROBOTS, True)]), "blocked", 0),
    "G": (dict(pages=[("/", 404, None, True), ("/accueil", None, ROBOTS, True)]), "error", 1),
    "H": (dict(pages=[("/", None, "TimeoutError: took longer than 30 seconds", True)]),
          "unreachable", 0),
    "I": (dict(), "unreachable", 0),
    "J": (dict(pages=[OK], error="line 11: column website: empty", findings=[feature("poll")]),
          "error", 1),
    "K": (dict(pages=[("/", 500, None, True), ("/a", None, "ConnectionRefusedError: refused", True)]),
          "error", 1),
    "L": (dict(website=""), "no_website", 0),  # a commune of the frame without a website
}


def scenario_run(store, run_id="2026-01", status="complete"):
    store.start_run(run_id, {"CITYCRAWL_MAX_PAGES": 50})
    for line, (code, (kwargs, _, _)) in enumerate(SCENARIO.items(), start=2):
        add_city(store, run_id, code, line=line, **kwargs)
    if status:
        store.finish_run(run_id, {"item_scraped_count": 12}, status=status)


def read_csv(path):
    with open(path, newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def test_crawl_status_follows_the_codebook(db_url):
    with Store(db_url) as store:
        scenario_run(store)
        cities = city_table(store.load_run("2026-01")).set_index("insee_code")
    expected = {code: (status, pages) for code, (_, status, pages) in SCENARIO.items()}
    found = {code: (row.crawl_status, row.pages_crawled) for code, row in cities.iterrows()}
    assert found == expected


@pytest.fixture
def survey_dir(db_url, tmp_path):
    with Store(db_url) as store:
        scenario_run(store)
        yield write_survey(store, "2026-01", tmp_path / "exports")


def test_cities_csv_holds_the_contract_columns_in_seed_order(survey_dir):
    rows = read_csv(survey_dir / "cities.csv")
    header = list(rows[0])
    assert header[:len(CITY_COLUMNS)] == list(CITY_COLUMNS)
    assert [r["insee_code"] for r in rows] == list(SCENARIO)
    by_code = {r["insee_code"]: r for r in rows}
    for code in "FGHIJK":  # not crawled: every flag unknown
        assert {by_code[code][c] for c in CITY_COLUMNS[7:]} == {""}, code
    a, b, c, d, e = (by_code[k] for k in "ABCDE")
    assert (a["level"], a["participatory"], a["contact_form"], a["expression_space"]) == ("1", "1", "1", "0")
    assert (b["level"], b["participation_displayed"], b["social_media"]) == ("2", "1", "1")
    assert (b["social_x"], b["social_facebook"], b["social_instagram"]) == ("1", "1", "0")
    assert b["social_accounts"] == "https://facebook.example/villeb;https://x.example/villeb"
    assert (c["level"], c["forum"], c["expression_space"], c["platforms"]) == ("3", "1", "1", "")
    assert (d["level"], d["modern_dialogue"], d["comments"]) == ("4", "1", "1")
    assert d["platforms"] == "decidim"  # participation platforms only, not comment systems
    assert (e["level"], e["participatory"], e["social_media"], e["platforms"]) == ("0", "0", "0", "")
    assert float(b["participation_index"]) == pytest.approx(3 / len(INDEX_COMPONENTS), abs=1e-4)
    assert (b["stratum"], e["stratum"], d["region_name"]) == ("100-200k", "200k+", "Auvergne-Rhône-Alpes")


def test_every_export_file_is_written_and_reads_back(survey_dir):
    names = {"cities.csv", "evidence.csv", "indicators.csv", "coverage.csv", "useo2009.csv",
             "cities.parquet", "survey.xlsx", "run.json", "report.html", "README.md"}
    assert names <= set(os.listdir(survey_dir))
    csv_cities = pd.read_csv(survey_dir / "cities.csv", dtype={"insee_code": str})
    parquet = pd.read_parquet(survey_dir / "cities.parquet")
    assert parquet["insee_code"].tolist() == csv_cities["insee_code"].tolist()
    assert parquet["level"].tolist()[:5] == [1, 2, 3, 4, 0]
    assert parquet["level"].isna().sum() == 7  # the 6 cities not crawled and the one without a website
    sheets = pd.read_excel(survey_dir / "survey.xlsx", sheet_name=None, dtype={"insee_code": str})
    assert list(sheets)[0] == "read me"
    assert {"cities", "evidence", "indicators", "coverage", "useo2009"} <= set(sheets)
    assert sheets["cities"]["insee_code"].tolist() == list(SCENARIO)
    assert len(sheets["indicators"]) == len(pd.read_csv(survey_dir / "indicators.csv"))
    run = json.loads((survey_dir / "run.json").read_text())
    assert (run["run_id"], run["status"]) == ("2026-01", "complete")
    assert run["settings"] == {"CITYCRAWL_MAX_PAGES": 50}
    assert run["stats"] == {"item_scraped_count": 12}
    assert run["coverage"]["crawled"] == 5 and run["coverage"]["seeded"] == len(SCENARIO)
    assert "2026-01" in (survey_dir / "report.html").read_text()


def test_coverage_counts_every_status(survey_dir):
    coverage = {r["crawl_status"]: int(r["count"]) for r in read_csv(survey_dir / "coverage.csv")}
    assert coverage == {"ok": 2, "partial": 3, "unreachable": 2, "blocked": 1, "error": 3, "no_website": 1}


def test_evidence_lists_each_finding_with_crawled_text_neutralised(survey_dir):
    rows = read_csv(survey_dir / "evidence.csv")
    assert list(rows[0])[:5] == ["insee_code", "feature", "platform", "url", "detail"]
    assert [(r["insee_code"], r["feature"]) for r in rows][:3] == [
        ("A", "contact_form"), ("B", "contact_form"), ("B", "participation_displayed")]
    forum = next(r for r in rows if r["feature"] == "forum")
    assert forum["detail"] == "'" + HOSTILE
    assert forum["page_url"] == "https://C.example.fr/"
    # In the workbook the value stays exact: a typed text cell, never a formula.
    sheet = openpyxl.load_workbook(survey_dir / "survey.xlsx", read_only=True)["evidence"]
    header, *cells = sheet.iter_rows()
    detail = [c.value for c in header].index("detail")
    forum_cell = next(row[detail] for row in cells if row[1].value == "forum")
    assert (forum_cell.value, forum_cell.data_type) == (HOSTILE, "s")


def test_latest_moves_only_when_a_complete_run_is_published(db_url, tmp_path):
    exports = tmp_path / "exports"
    with Store(db_url) as store:
        scenario_run(store, "2026-01", status=None)  # still running
        write_survey(store, "2026-01", exports)
        assert not os.path.lexists(exports / "latest")
        store.finish_run("2026-01", {})
        write_survey(store, "2026-01", exports, publish=False)  # validation comes first
        assert not os.path.lexists(exports / "latest")
        publish_survey(exports, "2026-01")
        assert os.readlink(exports / "latest") == "2026-01"
        scenario_run(store, "2026-02")
        write_survey(store, "2026-02", exports)
        assert os.readlink(exports / "latest") == "2026-02"
        assert (exports / "LATEST").read_text() == "2026-02\n"
        assert (exports / "latest" / "cities.csv").exists()
        write_survey(store, "2026-02", exports)  # a rebuild replaces the folder in place
    assert sorted(os.listdir(exports)) == ["2026-01", "2026-02", "LATEST", "latest"]  # no leftovers


def test_a_run_id_that_is_not_a_folder_name_is_refused(db_url, tmp_path):
    with Store(db_url) as store:
        store.start_run("../escape", {})
        with pytest.raises(ValueError, match="cannot name a folder"):
            write_survey(store, "../escape", tmp_path)


def test_waves_compare_cities_crawled_in_both_runs(db_url, tmp_path):
    with Store(db_url) as store:
        store.start_run("2025", {})
        add_city(store, "2025", "1", [OK], [feature("forum")], line=2)
        add_city(store, "2025", "2", [OK], [feature("contact_form")], line=3)
        add_city(store, "2025", "3", [OK], [feature("forum")], line=4)
        add_city(store, "2025", "4", [("/", None, DNS, True)], line=5)  # not crawled in 2025
        store.finish_run("2025", {})
        store.start_run("2026", {})
        add_city(store, "2026", "1", [OK], [feature("forum"), feature("poll")], line=2)
        add_city(store, "2026", "2", [OK], [feature("forum")], line=3)
        add_city(store, "2026", "3", [("/", None, DNS, True)], line=4)  # not crawled in 2026
        add_city(store, "2026", "4", [OK], [feature("forum")], line=5)
        store.finish_run("2026", {})
        folder = write_survey(store, "2026", tmp_path, compare_to="2025")
    waves = {r["indicator"]: r for r in read_csv(folder / "waves.csv")}
    forum = waves["forum"]
    assert (forum["n_both"], forum["gained"], forum["lost"], forum["kept"], forum["kept_without"]) == (
        "2", "1", "0", "1", "0")
    assert (float(forum["share_before"]), float(forum["share_after"]), float(forum["change"])) == (
        0.5, 1.0, 0.5)
    contact = waves["contact_form"]
    assert (contact["gained"], contact["lost"], contact["kept_without"]) == ("0", "1", "1")
    assert waves["level_1"]["lost"] == "1" and waves["level_3"]["gained"] == "1"
    assert json.loads((folder / "run.json").read_text())["compared_run"] == "2025"


def test_comparing_with_an_unknown_run_is_a_clear_error(db_url, tmp_path):
    with Store(db_url) as store:
        scenario_run(store)
        with pytest.raises(StoreError, match="no run 'nope'"):
            write_survey(store, "2026-01", tmp_path, compare_to="nope")
    assert not (tmp_path / "2026-01").exists()
