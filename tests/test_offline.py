"""The real frame with no network: every city ends `unreachable`, the survey folder is complete,
and the run warns about its coverage instead of failing with a traceback."""
import csv

from citycrawl.seeds import DEFAULT_SEEDS, read_seeds
from tests.conftest import run_scrapy, run_settings


def test_crawl_without_network_reports_every_city_unreachable(tmp_path, closed_proxy):
    proc = run_scrapy("crawl", "cities", *run_settings(tmp_path), "-s", "CITYCRAWL_PROGRESS_INTERVAL=1",
                      env={"http_proxy": closed_proxy, "https_proxy": closed_proxy}, timeout=240)
    log = proc.stderr
    assert "Traceback" not in log
    latest = tmp_path / "exports" / "latest"
    with open(latest / "cities.csv", newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert [r["insee_code"] for r in rows] == [s.insee_code for s in read_seeds(DEFAULT_SEEDS)]
    assert {r["crawl_status"] for r in rows} == {"unreachable"}
    assert all(r["level"] == "" and r["contact_form"] == "" for r in rows)  # unknown, not 0
    for name in ("evidence.csv", "indicators.csv", "cities.parquet", "survey.xlsx", "report.html", "run.json"):
        assert (latest / name).is_file(), name
    assert "coverage" in log.lower() and "0/134" in log
