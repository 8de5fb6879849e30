"""`scrapy run`, the periodic command, for real against the sample web: lock, run folder, validation
before publication, and runs stopped by SIGTERM or killed with SIGKILL then resumed."""
import fcntl
import json
import os
import shutil
import signal
import subprocess
import time

import pytest

from citycrawl.storage import Store
from tests.conftest import PROJECT, SCRAPY, page_requests, run_scrapy, sample_web_fixtures
from tests.warc_checks import assert_sound_warcs

GENERATED, SEED = 20, 5
FAST = ["-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=0", "-s", "CITYCRAWL_PROGRESS_INTERVAL=0"]


web, seeds = sample_web_fixtures(GENERATED, SEED)


def run_args(seeds, folder):
    return ["run", "-a", f"seeds={seeds}", "-s", f"CITYCRAWL_RUNS_DIR={folder / 'runs'}",
            "-s", f"CITYCRAWL_DB_URL=sqlite:///{folder / 'db.sqlite'}",
            "-s", f"CITYCRAWL_EXPORT_DIR={folder / 'exports'}", *FAST]


def stored(folder):
    """The runs in the database, and the pages of the only one."""
    with Store(f"sqlite:///{folder / 'db.sqlite'}") as store:
        runs = {run_id: store.load_run(run_id).run["status"] for run_id in store.run_ids()}
        pages = store.load_run(next(iter(runs))).pages
    return runs, sorted(zip(pages["city"], pages["url"]))


@pytest.fixture(scope="module")
def baseline(web, seeds, tmp_path_factory):
    folder = tmp_path_factory.mktemp("baseline")
    web.requests.clear()
    proc = run_scrapy(*run_args(seeds, folder), env={"http_proxy": web.proxy_url})
    runs, pages = stored(folder)
    with Store(f"sqlite:///{folder / 'db.sqlite'}") as store:
        (run_id,) = runs
        _, records = assert_sound_warcs(folder / "runs", run_id, store.load_run(run_id).pages)
    return {"folder": folder, "proc": proc, "requests": page_requests(web), "runs": runs, "pages": pages,
            "warc_records": records}


def test_a_good_run_is_published_with_its_run_folder(baseline):
    folder = baseline["folder"]
    (run_id,) = baseline["runs"]
    assert baseline["runs"][run_id] == "complete"
    assert baseline["proc"].stdout.strip() == (f"scrapy run: run {run_id} published: "
                                               f"{folder / 'exports' / 'latest'} -> {run_id}")
    run = folder / "runs" / run_id
    assert "Spider closed (finished)" in (run / "crawl.log").read_text()
    assert json.loads((run / "stats.json").read_text())["finish_reason"] == "finished"
    assert json.loads((run / "validation.json").read_text()) == {
        "run_id": run_id, "published": True, "problems": []}
    assert (folder / "exports" / "latest").resolve() == folder / "exports" / run_id
    assert (folder / "exports" / run_id / "cities.csv").is_file()


def test_a_bad_run_is_not_published(baseline, seeds, tmp_path, closed_proxy):
    for name in ("runs", "exports"):
        shutil.copytree(baseline["folder"] / name, tmp_path / name, symlinks=True)
    shutil.copy(baseline["folder"] / "db.sqlite", tmp_path)
    (published,) = baseline["runs"]
    proc = run_scrapy(*run_args(seeds, tmp_path), env={"http_proxy": closed_proxy}, check=False)
    assert proc.returncode == 1
    (line,) = proc.stderr.strip().splitlines()  # one line, for cron's mail
    assert line.startswith("scrapy run: run ") and "not published: only 0/34 cities crawled" in line
    assert (tmp_path / "exports" / "latest").resolve().name == published
    (bad,) = [p for p in (tmp_path / "runs").iterdir() if p.name not in (published, "lock", "httpcache")]
    assert json.loads((bad / "validation.json").read_text())["published"] is False
    assert (tmp_path / "exports" / bad.name / "cities.csv").is_file()  # written, for a look, not published


def test_a_second_run_exits_at_once_while_a_run_holds_the_lock(seeds, tmp_path, closed_proxy):
    (tmp_path / "runs").mkdir()
    with open(tmp_path / "runs" / "lock", "a+") as held:
        fcntl.flock(held, fcntl.LOCK_EX | fcntl.LOCK_NB)
        held.write("pid 4242")
        held.flush()
        started = time.monotonic()
        proc = run_scrapy(*run_args(seeds, tmp_path), env={"http_proxy": closed_proxy}, check=False)
    assert proc.returncode == 75
    assert proc.stderr.strip() == (f"scrapy run: another run is in progress "
                                   f"(pid 4242 holds {tmp_path / 'runs' / 'lock'})")
    assert time.monotonic() - started < 30  # no crawl happened
    assert not (tmp_path / "db.sqlite").exists()


@pytest.mark.parametrize("sig, progress", [(signal.SIGTERM, 0.3), (signal.SIGKILL, 0.1), (signal.SIGKILL, 0.6)])
def test_a_stopped_run_resumes_to_the_same_result(web, seeds, baseline, tmp_path, sig, progress):
    env = {k: v for k, v in os.environ.items() if k.lower() not in ("http_proxy", "https_proxy")}
    env["http_proxy"] = web.proxy_url
    web.requests.clear()
    proc = subprocess.Popen([*SCRAPY, *run_args(seeds, tmp_path)], cwd=PROJECT, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    total = sum(baseline["requests"].values())
    deadline = time.monotonic() + 120
    while sum(page_requests(web).values()) < total * progress:
        assert proc.poll() is None and time.monotonic() < deadline, proc.communicate()
        time.sleep(0.02)
    proc.send_signal(sig)
    _, err = proc.communicate(timeout=120)
    (folder,) = [p for p in (tmp_path / "runs").iterdir() if (p / "jobdir").exists()]
    runs, _ = stored(tmp_path)
    assert runs == {folder.name: "failed" if sig == signal.SIGTERM else "running"}  # never complete
    if sig == signal.SIGTERM:
        assert proc.returncode == 3
        assert err.strip() == f"scrapy run: run {folder.name} interrupted; the next `scrapy run` resumes it"
    first_attempt = page_requests(web)

    resumed = run_scrapy(*run_args(seeds, tmp_path), env={"http_proxy": web.proxy_url})
    assert f"run {folder.name} published" in resumed.stdout
    runs, pages = stored(tmp_path)
    assert runs == {folder.name: "complete"}  # the same run, resumed
    assert pages == baseline["pages"]  # nothing lost, nothing twice
    # The WARCs too: every file whole and indexed, each fetch recorded as often as in a run never
    # stopped (no record twice, none lost). A resumed run writes a file of its own; a run crawled
    # again after a kill starts its WARC folder afresh, so a record cut short by the kill cannot remain.
    with Store(f"sqlite:///{tmp_path / 'db.sqlite'}") as store:
        files, records = assert_sound_warcs(tmp_path / "runs", folder.name, store.load_run(folder.name).pages)
    assert len(files) == (2 if sig == signal.SIGTERM else 1)
    assert records == baseline["warc_records"]
    if sig == signal.SIGTERM:
        # Resumed from the JOBDIR: no page fetched again, none left out.
        assert first_attempt + (page_requests(web) - first_attempt) == baseline["requests"]
        assert page_requests(web) == baseline["requests"]


def test_a_second_run_costs_the_sites_no_unchanged_page(web, seeds, baseline):
    """The HTTP cache kept between periodic runs: every page comes back as 304 Not Modified."""
    sent_before = web.bodies_sent
    not_modified_before = web.not_modified
    web.requests.clear()
    run_scrapy(*run_args(seeds, baseline["folder"]), env={"http_proxy": web.proxy_url})
    # The same pages were asked again (permanent redirects, cacheable, not even that)...
    assert set(page_requests(web)) <= set(baseline["requests"])
    # ...each page answered 304 (robots.txt files too), and no page body was sent again.
    assert web.not_modified - not_modified_before >= len(baseline["pages"])
    assert web.bodies_sent == sent_before
