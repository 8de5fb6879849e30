"""WARC capture and re-detection, for real: `scrapy run` against the sample web writes every page
as WARC/1.1 with a CDXJ index, and `scrapy redetect` rebuilds the same survey from those files alone."""
import csv
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from warcio.archiveiterator import ArchiveIterator

from citycrawl.detect.rules import RULES_DIR
from citycrawl.storage import Store
from tests.conftest import PROJECT, SCRAPY, run_scrapy, sample_web_fixtures
from tests.warc_checks import assert_sound_warcs, assert_whole, records

GENERATED, SEED = 8, 7
FAST = ["-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=0", "-s", "CITYCRAWL_PROGRESS_INTERVAL=0"]

web, seeds = sample_web_fixtures(GENERATED, SEED)


def settings(folder: Path) -> list[str]:
    return ["-s", f"CITYCRAWL_RUNS_DIR={folder / 'runs'}",
            "-s", f"CITYCRAWL_DB_URL=sqlite:///{folder / 'db.sqlite'}",
            "-s", f"CITYCRAWL_EXPORT_DIR={folder / 'exports'}", *FAST]


def pages_of(folder: Path, run_id: str):
    with Store(f"sqlite:///{folder / 'db.sqlite'}") as store:
        data = store.load_run(run_id)
        return data.pages, data.findings, data.run


def read_csv(path: Path) -> list[dict]:
    with open(path, newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


@pytest.fixture(scope="module")
def crawled(web, seeds, tmp_path_factory):
    folder = tmp_path_factory.mktemp("warc")
    web.requests.clear()
    proc = run_scrapy("run", "-a", f"seeds={seeds}", *settings(folder), env={"http_proxy": web.proxy_url})
    run_id = proc.stdout.split("run ", 2)[1].split()[0]
    return {"folder": folder, "run_id": run_id, "requests": {(h.split(":")[0], p.split("?")[0])
                                                              for h, p in web.requests}}


def test_every_fetched_page_is_a_warc_record_with_an_index(crawled):
    folder, run_id = crawled["folder"], crawled["run_id"]
    warcs = sorted((folder / "runs" / run_id / "warc").glob("*.warc.gz"))
    assert len(warcs) == 1
    (warc,) = warcs
    found = assert_whole(warc)  # complete records, one gzip member each, all indexed
    # WARC/1.1, a warcinfo record first, then response + request pairs.
    assert {r["version"] for r in found} == {"WARC/1.1"}
    assert [r["type"] for r in found[1:]] == ["response", "request"] * ((len(found) - 1) // 2)
    responses = {r["offset"]: r for r in found if r["type"] == "response"}
    # The CDXJ index is in SURT order, as replay tools need.
    index = warc.with_name(warc.name[:-len(".warc.gz")] + ".cdxj").read_text().splitlines()
    assert [line.split(" ", 1)[0] for line in index] == sorted(line.split(" ", 1)[0] for line in index)
    # Every page stored with an answer points to its own response record.
    pages, _, _ = pages_of(folder, run_id)
    assert assert_sound_warcs(folder / "runs", run_id, pages)[0] == [warc]
    answered = pages[pages["status"].notna()]
    assert len(answered) > 50
    for status, offset, length in zip(answered["status"], answered["warc_offset"], answered["warc_length"]):
        record = responses[int(offset)]
        assert (record["status"], record["length"]) == (int(status), int(length))
    # Every answer the crawl read is there, robots.txt files and redirects included (the browser's
    # own requests for rendered pages are not: the rendered page is).
    asked = {(urlsplit(r["url"]).hostname, urlsplit(r["url"]).path or "/") for r in responses.values()}
    assert {(host, "/robots.txt") for host, _ in asked} <= asked
    assert asked <= crawled["requests"]
    assert any(r["status"] in (301, 302) for r in responses.values())


def test_run_json_says_what_the_warcs_cost(crawled):
    folder, run_id = crawled["folder"], crawled["run_id"]
    run = json.loads((folder / "exports" / run_id / "run.json").read_text())
    warc = run["warc"]
    (name,) = warc["files"]
    pages, _, _ = pages_of(folder, run_id)
    assert warc["enabled"] is True and warc["pages"] == int(pages["warc_file"].notna().sum())
    assert warc["warc_bytes"] == (folder / "runs" / name).stat().st_size
    assert warc["bytes_per_page"] == round(warc["warc_bytes"] / warc["pages"], 1)
    assert warc["index_bytes"] > 0 and warc["missing_files"] == []
    assert run["settings"]["CITYCRAWL_WARC"] is True


def test_each_finding_points_to_the_page_as_it_was(crawled):
    folder, run_id = crawled["folder"], crawled["run_id"]
    evidence = [row for row in read_csv(folder / "exports" / run_id / "evidence.csv") if row["page_url"]]
    assert len(evidence) > 20
    for row in evidence:
        with open(folder / "runs" / row["warc_file"], "rb") as fh:
            fh.seek(int(row["warc_offset"]))
            record = next(iter(ArchiveIterator(fh)))
            assert record.rec_type == "response"
            assert record.rec_headers.get_header("WARC-Target-URI") == row["page_url"]
    # The report shows, beside a flag's evidence, the record of its page as it was.
    report = (folder / "exports" / run_id / "report.html").read_text()
    assert f'{evidence[0]["warc_file"]} @ {evidence[0]["warc_offset"]}' in report


def test_capture_can_be_turned_off(web, seeds, tmp_path):
    run_scrapy("crawl", "cities", "-a", f"seeds={seeds}", "-a", "only=99001", *settings(tmp_path),
               "-s", "CITYCRAWL_WARC=false", env={"http_proxy": web.proxy_url})
    assert not list((tmp_path / "runs").glob("*/warc"))
    (run,) = [json.loads(p.read_text()) for p in (tmp_path / "exports").glob("2*/run.json")]
    assert run["warc"] == {"enabled": False, "pages": 0, "files": []}


@pytest.fixture(scope="module")
def redetected(crawled, web):
    folder, run_id = crawled["folder"], crawled["run_id"]
    source = folder / "exports" / run_id
    before = {p.name: p.read_bytes() for p in source.iterdir()}
    stored_before = pages_of(folder, run_id)
    web.requests.clear()
    # No network at all: the proxy is closed, and the sample web sees no request.
    proc = run_scrapy("redetect", "--run", run_id, *settings(folder),
                      env={"http_proxy": "http://127.0.0.1:9"})
    assert not web.requests
    new_id = proc.stdout.split("run ", 1)[1].split()[0]
    return {"proc": proc, "new": new_id, "before": before, "stored_before": stored_before}


def test_redetection_with_the_same_detectors_gives_the_same_survey(crawled, redetected):
    folder, run_id, new_id = crawled["folder"], crawled["run_id"], redetected["new"]
    assert new_id.startswith(f"{run_id}-redetected-")
    old, new = folder / "exports" / run_id, folder / "exports" / new_id
    for name in ("cities.csv", "evidence.csv", "indicators.csv", "coverage.csv", "useo2009.csv"):
        assert (new / name).read_bytes() == (old / name).read_bytes(), name
    run = json.loads((new / "run.json").read_text())
    assert run["redetected_from"] == run_id and run["settings"]["redetected_from"] == run_id
    assert run["status"] == "complete"
    assert run["stats"]["citycrawl/redetect/pages_read"] > 50
    assert f"re-detected from {run_id}" in redetected["proc"].stdout
    # The new run is not published: the wave published stays the crawl's.
    assert (folder / "exports" / "latest").resolve().name == run_id


def test_redetection_leaves_the_source_run_untouched(crawled, redetected):
    folder, run_id = crawled["folder"], crawled["run_id"]
    source = folder / "exports" / run_id
    assert {p.name: p.read_bytes() for p in source.iterdir()} == redetected["before"]
    pages, findings, run = pages_of(folder, run_id)
    old_pages, old_findings, old_run = redetected["stored_before"]
    assert pages.equals(old_pages) and len(findings) == len(old_findings) and run == old_run
    new_pages, new_findings, _ = pages_of(folder, redetected["new"])
    assert len(new_pages) == len(pages) and len(new_findings) == len(findings)


def test_a_changed_rule_changes_only_its_flags(crawled, tmp_path):
    """Without LinkedIn in the social rules, only LinkedIn accounts go."""
    folder, run_id = crawled["folder"], crawled["run_id"]
    rules = tmp_path / "rules"
    shutil.copytree(RULES_DIR, rules)
    social = (rules / "social.yaml").read_text()
    start = social.index("  - id: linkedin\n")
    end = social.index("  - id: ", start + 1)
    (rules / "social.yaml").write_text(social[:start] + social[end:])
    code = ("import sys; from pathlib import Path; import citycrawl.detect.rules as r; "
            f"r.RULES_DIR = Path({str(rules)!r}); from scrapy.cmdline import execute; "
            "execute(['scrapy', *sys.argv[1:]])")
    proc = subprocess.run([sys.executable, "-c", code, "redetect", "--run", run_id, *settings(folder)],
                          cwd=PROJECT, capture_output=True, text=True, timeout=300, check=True)
    new_id = proc.stdout.split("run ", 1)[1].split()[0]
    old_dir, new_dir = folder / "exports" / run_id, folder / "exports" / new_id

    old_evidence = read_csv(old_dir / "evidence.csv")
    new_evidence = read_csv(new_dir / "evidence.csv")
    assert any(row["platform"] == "linkedin" for row in old_evidence)
    assert new_evidence == [row for row in old_evidence if row["platform"] != "linkedin"]

    old_cities, new_cities = read_csv(old_dir / "cities.csv"), read_csv(new_dir / "cities.csv")
    touched = {"social_linkedin", "social_accounts", "social_media", "participation_index", "level",
               "participatory", "modern_dialogue"}
    changed = set()
    for old, new in zip(old_cities, new_cities, strict=True):
        for column in old:
            if old[column] != new[column]:
                changed.add(column)
        if old["social_linkedin"] in ("0", ""):
            assert new == old  # a city without a LinkedIn account is exactly as it was
        else:
            assert new["social_linkedin"] == "0"
            assert new["social_accounts"] == ";".join(
                a for a in old["social_accounts"].split(";") if "linkedin.com" not in a)
            accounts = [c for c in old if c.startswith("social_") and c not in ("social_media", "social_accounts")]
            assert new["social_media"] == ("1" if any(new[c] == "1" for c in accounts) else "0")
    assert "social_linkedin" in changed and changed <= touched


def test_a_record_cut_short_by_a_kill_is_cut_off_by_the_next_crawl(web, seeds, tmp_path):
    """`scrapy crawl` killed (SIGKILL) while writing a record, then the same run crawled again: the
    next process cuts the file back to its last whole record and indexes it; every page stored
    points to a whole record."""
    args = [*SCRAPY, "crawl", "cities", "-a", f"seeds={seeds}", *settings(tmp_path),
            "-s", "CITYCRAWL_RUN_ID=killed", "-s", "CITYCRAWL_RENDER=false"]
    env = {k: v for k, v in os.environ.items() if k.lower() not in ("http_proxy", "https_proxy")}
    proc = subprocess.Popen(args, cwd=PROJECT, env={**env, "http_proxy": web.proxy_url},
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    folder = tmp_path / "runs" / "killed" / "warc"
    deadline = time.monotonic() + 120
    while sum(p.stat().st_size for p in folder.glob("*.warc.gz")) < 200_000:
        assert proc.poll() is None and time.monotonic() < deadline
        time.sleep(0.02)
    proc.kill()
    proc.wait()
    (killed,) = folder.glob("*.warc.gz")
    whole = records(killed)
    end = whole[-1]["offset"] + whole[-1]["length"]
    # The kill came between two records or inside one: make it inside one, as a power cut would.
    data = killed.read_bytes()[:end]
    killed.write_bytes(data + data[whole[-1]["offset"]:end][:whole[-1]["length"] // 2])
    assert not killed.with_name(killed.name[:-len(".warc.gz")] + ".cdxj").exists()

    run_scrapy(*args[len(SCRAPY):], env={"http_proxy": web.proxy_url})
    assert killed.stat().st_size == end  # the cut record is gone, the whole ones kept
    pages, _, run = pages_of(tmp_path, "killed")
    assert run["status"] == "complete"
    files, _ = assert_sound_warcs(tmp_path / "runs", "killed", pages)
    assert killed in files and len(files) == 2
