"""StoragePipeline and SurveyPipeline in a real `scrapy crawl`, with no network (a closed proxy)."""
import json
import os

from citycrawl.storage import Store
from tests.conftest import run_scrapy, run_settings


def test_a_crawl_stores_its_run_and_writes_a_published_survey(tmp_path, closed_proxy):
    seeds = tmp_path / "seeds.csv"
    seeds.write_text("insee_code,name,population,website,region_name\n"
                     "11111,Ville Une,60000,https://ville-une.example/,Bretagne\n"
                     "22222,Ville Deux,120000,not a url,Bretagne\n", encoding="utf-8")
    proc = run_scrapy("crawl", "cities", "-a", f"seeds={seeds}", *run_settings(tmp_path),
                      "-s", "CITYCRAWL_RUN_ID=offline-1", "-s", "CITYCRAWL_STRATA=100000",
                      env={"http_proxy": closed_proxy, "https_proxy": closed_proxy}, timeout=240)
    assert "Traceback" not in proc.stderr
    assert "WARNING: coverage: 0/2 cities crawled (1 unreachable, 1 error)" in proc.stderr

    with Store(f"sqlite:///{tmp_path / 'citycrawl.sqlite'}") as store:
        assert store.latest_run_id() == "offline-1"
        run = store.load_run("offline-1")
    assert run.cities["insee_code"].tolist() == ["11111", "22222"]
    assert set(run.pages["city"]) == {"11111"} and run.pages["status"].isna().all()
    assert not {"response", "page"} & set(run.pages.columns)

    folder = tmp_path / "exports" / "offline-1"
    assert os.readlink(tmp_path / "exports" / "latest") == "offline-1"
    meta = json.loads((folder / "run.json").read_text())
    assert meta["status"] == "complete" and meta["stats"]["finish_reason"] == "finished"
    assert meta["stats"]["citycrawl/stored_pages"] == len(run.pages)
    assert meta["settings"]["CITYCRAWL_RUN_ID"] == "offline-1"
    assert meta["settings"]["seeds"] == str(seeds)
    assert meta["strata"] == [100000]
    assert "<100k" in (folder / "indicators.csv").read_text()
