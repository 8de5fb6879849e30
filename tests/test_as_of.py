"""The crawl of the past, for real: pywb (the replay engine) on loopback serves "the sample web in
2009" (citycrawl/sampleweb/web2009.py, a WARC collection written by the test), and
`scrapy crawl cities -a as_of=2009-06-15` must find that version's ground truth."""
import csv
import json
from datetime import datetime

import pytest

from citycrawl.sampleweb import web2009
from citycrawl.storage import Store
from tests.conftest import run_scrapy
from tests.ports import free_port
from tests.pywb_server import pywb, require_pywb
from tests.warc_checks import assert_sound_warcs

FAST = ["-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=0", "-s", "CITYCRAWL_PROGRESS_INTERVAL=0",
        "-s", "CITYCRAWL_RENDER=false"]


def read_csv(path):
    with open(path, newline="", encoding="utf-8") as fh:
        return {row["insee_code"]: row for row in csv.DictReader(fh)}


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    folder = tmp_path_factory.mktemp("pywb")
    warc = folder / "sample-web-2009.warc.gz"
    web2009.write_collection(warc)
    with pywb(folder / "pywb", "sample2009", [warc]) as url:
        yield {"url": url, "log": folder / "pywb" / "pywb.log"}


@pytest.fixture(scope="module")
def crawled(archive, tmp_path_factory):
    folder = tmp_path_factory.mktemp("as_of")
    seeds = folder / "frame-2009.csv"
    web2009.seeds_csv_2009(seeds)
    proc = run_scrapy("crawl", "cities", "-a", f"seeds={seeds}", "-a", f"as_of={web2009.AS_OF}",
                      "-s", f"CITYCRAWL_ARCHIVE_URL={archive['url']}",
                      "-s", f"CITYCRAWL_ARCHIVE_WINDOW={web2009.WINDOW_DAYS}",
                      "-s", f"CITYCRAWL_DB_URL=sqlite:///{folder / 'db.sqlite'}",
                      "-s", f"CITYCRAWL_EXPORT_DIR={folder / 'exports'}",
                      "-s", f"CITYCRAWL_RUNS_DIR={folder / 'runs'}", *FAST,
                      # Any request to the sites themselves would go to a closed proxy and fail.
                      env={"http_proxy": f"http://127.0.0.1:{free_port()}", "no_proxy": "127.0.0.1"})
    (run_dir,) = [p for p in (folder / "exports").iterdir() if p.is_dir() and p.name != "latest"]
    return {"folder": folder, "run": run_dir, "proc": proc}


def test_a_crawl_as_of_2009_finds_the_2009_truth(crawled):
    cities = read_csv(crawled["run"] / "cities.csv")
    for code, expected in web2009.truth_2009().items():
        row = cities[code]
        assert row["crawl_status"] == expected["crawl_status"], code
        if expected["flags"] is None:
            assert row["level"] == "" and row["contact_form"] == "", code  # unknown, not 0
            continue
        assert int(row["level"]) == expected["level"], code
        assert {k: int(row[k]) for k in expected["flags"]} == expected["flags"], code


def test_each_page_keeps_its_memento_datetime_and_original_url(crawled):
    folder = crawled["folder"]
    captured = {url: datetime.strptime(stamp, "%Y%m%d%H%M%S")
                for url, stamp, status, _, _ in web2009.CAPTURES if status == 200}
    with Store(f"sqlite:///{folder / 'db.sqlite'}") as store:
        (run_id,) = store.run_ids()
        data = store.load_run(run_id)
        pages = data.pages
        assert data.run["settings"]["as_of"] == web2009.AS_OF
    archived = pages[pages["memento_at"].notna()]
    assert sorted(archived["url"]) == sorted(u for u in captured if "montclar" not in u)
    for url, memento in zip(archived["url"], archived["memento_at"]):
        assert memento.replace(tzinfo=None) == captured[url], url
    # No page at an archive address: the crawl worked on the sites' own URLs.
    assert not pages["url"].str.contains("127.0.0.1").any()
    assert not pages["requested_url"].str.contains("127.0.0.1").any()
    # The redirect captured in 2009 (relative Location) was followed inside the archive.
    assert ("http://www.saint-aubin-des-landes.fr/index.php?rub=accueil", "http://www.saint-aubin-des-landes.fr/") in \
        set(zip(pages["url"], pages["requested_url"]))
    # The pages read from the archive are kept as WARC too, at their original URLs.
    assert_sound_warcs(folder / "runs", run_id, pages)


def test_the_survey_says_what_the_archive_had(crawled):
    archive = read_csv(crawled["run"] / "archive.csv")
    for code, wanted in web2009.WANTED_PAGES.items():
        row = archive[code]
        assert (int(row["pages_wanted"]), int(row["pages_archived"])) == (wanted, web2009.ARCHIVED_PAGES[code])
        assert float(row["archived_share"]) == round(web2009.ARCHIVED_PAGES[code] / wanted, 4)
        assert row["as_of"] == web2009.AS_OF and row["reason"] == ""
    assert (archive["99001"]["first_capture"], archive["99001"]["last_capture"]) == ("2009-04-20", "2009-07-01")
    assert (archive["99002"]["first_capture"], archive["99002"]["last_capture"]) == ("2009-03-10", "2009-08-20")
    assert int(archive["99002"]["max_days_from_as_of"]) == 97  # 2009-03-10, 97 days before
    assert archive["99003"]["reason"] == (
        f"archive: no capture within {web2009.WINDOW_DAYS} days of 2009-06-15 (nearest 2012-04-02)")
    assert archive["99004"]["reason"] == "archive: not in the archive"
    assert archive["99003"]["pages_archived"] == "0" and archive["99004"]["archived_share"] == "0.0"
    run = json.loads((crawled["run"] / "run.json").read_text())
    assert run["as_of"] == web2009.AS_OF and "archive.csv" in run["files"]


def test_only_the_archive_is_asked(crawled, archive):
    with Store(f"sqlite:///{crawled['folder'] / 'db.sqlite'}") as store:
        (run_id,) = store.run_ids()
        pages = store.load_run(run_id).pages
    errors = set(pages["error"].dropna())
    assert errors and all(e.startswith("IgnoreRequest: archive: ") for e in errors)
    log = archive["log"].read_text()
    asked = [line.split('"')[1] for line in log.splitlines() if '"GET ' in line]
    asked.remove("GET / HTTP/1.1")  # the fixture's own probe, once, before the crawl
    assert asked and all(" /sample2009/2009061512" in a or a.startswith("GET /robots.txt") for a in asked)
    assert "GET /sample2009/20090615120000id_/http://www.mairie-vallon.fr/contact.php HTTP/1.1" in asked


def test_the_demo_crawls_the_sample_web_of_2009(tmp_path):
    require_pywb()  # the demo starts its own pywb
    run_scrapy("demo", "-a", f"as_of={web2009.AS_OF}", "-s", f"CITYCRAWL_DB_URL=sqlite:///{tmp_path / 'db.sqlite'}",
               "-s", f"CITYCRAWL_EXPORT_DIR={tmp_path / 'exports'}", "-s", f"CITYCRAWL_RUNS_DIR={tmp_path / 'runs'}")
    cities = read_csv(tmp_path / "exports" / "latest" / "cities.csv")
    assert {code: row["crawl_status"] for code, row in cities.items()} == {
        code: truth["crawl_status"] for code, truth in web2009.truth_2009().items()}
    assert (tmp_path / "exports" / "latest" / "archive.csv").is_file()


def test_the_report_marks_where_the_archive_limits_the_measure(crawled):
    report = (crawled["run"] / "report.html").read_text()
    assert "Read from a web archive, as of 2009-06-15" in report
    assert "As of 2009-06-15" in report  # the column beside Uséo's 2009 shares
    assert "2 cities were measured from the archive (91.7% of the pages wanted were archived); " \
           "2 could not be, their flags unknown. Cities measured on part of their pages only: 1" in report
    assert "archive: no capture within 183 days of 2009-06-15 (nearest 2012-04-02)" in report
    assert "<td>Saint-Aubin-des-Landes</td><td>partial</td><td class=\"num\">3 / 4</td>" in report


def test_a_crawl_of_the_past_is_re_detected_like_any_run(crawled):
    folder, run_id = crawled["folder"], crawled["run"].name
    proc = run_scrapy("redetect", "--run", run_id, "-s", f"CITYCRAWL_DB_URL=sqlite:///{folder / 'db.sqlite'}",
                      "-s", f"CITYCRAWL_EXPORT_DIR={folder / 'exports'}", "-s", f"CITYCRAWL_RUNS_DIR={folder / 'runs'}")
    new = folder / "exports" / proc.stdout.split("run ", 1)[1].split()[0]
    for name in ("cities.csv", "evidence.csv", "archive.csv", "indicators.csv"):
        assert (new / name).read_bytes() == (crawled["run"] / name).read_bytes(), name
