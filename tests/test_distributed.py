"""Distributed mode for real: `scrapy crawl cities` worker processes sharing one crawl through a real
Redis server and one PostgreSQL database, against the sample web, compared with a one-process crawl.

The page budget is set so that the generated cities run out of it: which of their article pages a
crawl gets depends on the order pages are answered, in one process as in several. The comparison is
the one docs/ARCHITECTURE.md defines as "the same crawl" (`assert_same_crawl`)."""
import collections
import csv
import os
import signal
import subprocess
import time
from pathlib import Path

import pytest

from citycrawl.sampleweb import truth as sample_truth
from citycrawl.storage import Store
from tests.conftest import PROJECT, SCRAPY, page_requests, run_scrapy, sample_web_fixtures

GENERATED, SEED = 20, 11
BUDGET = 30  # generated cities have about 50 pages, handmade ones fewer than 20
FAST = ["-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=0", "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=4",
        "-s", "CITYCRAWL_PROGRESS_INTERVAL=0", "-s", f"CITYCRAWL_MAX_PAGES={BUDGET}"]


web, seeds = sample_web_fixtures(GENERATED, SEED)


def crawl_args(seeds, db_url, export_dir, *extra):
    return ["crawl", "cities", "-a", f"seeds={seeds}", "-s", f"CITYCRAWL_DB_URL={db_url}",
            "-s", f"CITYCRAWL_EXPORT_DIR={export_dir}",
            "-s", f"CITYCRAWL_RUNS_DIR={Path(export_dir).parent / 'runs'}", *FAST, *extra]


@pytest.fixture(scope="module")
def single(web, seeds, tmp_path_factory):
    """The same crawl in one process: what the workers together must reproduce."""
    folder = tmp_path_factory.mktemp("single")
    db = f"sqlite:///{folder / 'db.sqlite'}"
    web.requests.clear()
    run_scrapy(*crawl_args(seeds, db, folder / "exports"), env={"http_proxy": web.proxy_url})
    run = stored(db, folder / "exports" / "latest")
    assert_same_crawl(run, run)  # the definition holds for one process too
    return {"requests": page_requests(web), "run": run}


def assert_same_crawl(got, expected):
    """`got` is the same crawl as `expected` (two `stored` runs), as docs/ARCHITECTURE.md defines it:
    - a city whose budget did not run out: the same pages and the same row of cities.csv;
    - a city whose budget ran out: as many pages, the same status, and, on the pages its start pages
      link to that its ground truth lists (those holding a feature or a decoy), the same pages and the
      same findings. Its other pages, hence findings there, depend on the order pages were answered."""
    truth = sample_truth(generated=GENERATED, seed=SEED)
    pages, want = got["pages"], expected["pages"]
    cities = {city for city, _ in want}
    assert {city for city, _ in pages} == cities
    count = collections.Counter(city for city, _ in want)
    limited = {city for city in cities if count[city] == BUDGET}
    assert len(limited) >= GENERATED // 2, "the budget no longer limits the generated cities: lower BUDGET"
    for city in cities - limited:
        assert {u for c, u in pages if c == city} == {u for c, u in want if c == city}, city
    sure = {(city, url) for (city, url), depth in want.items()
            if city in limited and depth <= 1 and url in truth.pages}
    for city in limited:
        assert sum(c == city for c, _ in pages) == BUDGET, city
    assert sure - pages.keys() == set()
    keep = cities - limited
    assert ({f for f in got["findings"] if f[0] in keep or f[:2] in sure}
            == {f for f in expected["findings"] if f[0] in keep or f[:2] in sure})
    rows = {row["insee_code"]: row for row in got["cities"]}
    for row in expected["cities"]:
        columns = row if row["insee_code"] in keep else ("crawl_status", "pages_crawled")
        assert {k: rows[row["insee_code"]][k] for k in columns} == {k: row[k] for k in columns}


def stored(db_url, survey_dir) -> dict:
    """What a run stored: its pages {(city, url): depth}, findings {(city, page_url, feature)}, and
    the rows of its cities.csv."""
    with Store(db_url) as store:
        (run_id,) = store.run_ids()
        run = store.load_run(run_id)
        pages, findings = run.pages, run.findings
    return {"pages": dict(zip(zip(pages["city"], pages["url"]), pages["depth"])),
            "findings": set(zip(findings["city"], findings["page_url"], findings["feature"])),
            "cities": read_cities(survey_dir)}


def read_cities(survey_dir) -> list[dict]:
    with open(survey_dir / "cities.csv", newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def start_worker(web, args, log_path):
    env = {k: v for k, v in os.environ.items() if k.lower() not in ("http_proxy", "https_proxy")}
    env["http_proxy"] = web.proxy_url
    with open(log_path, "w") as log:
        return subprocess.Popen([*SCRAPY, *args], cwd=PROJECT, env=env, stdout=log, stderr=log)


def wait_all(workers, timeout=240):
    deadline = time.monotonic() + timeout
    for proc in workers:
        proc.wait(timeout=max(1, deadline - time.monotonic()))


def distributed_args(seeds, pg_url, redis_url, export_dir):
    return crawl_args(seeds, pg_url, export_dir, "-s", f"CITYCRAWL_REDIS_URL={redis_url}",
                      "-s", "CITYCRAWL_WORKER_TIMEOUT=2")


def test_two_workers_share_one_crawl(web, seeds, single, pg_url, redis_url, tmp_path):
    Store(pg_url).close()  # the database exists before the workers start, as an operator creates it
    web.requests.clear()
    args = distributed_args(seeds, pg_url, redis_url, tmp_path / "exports")
    workers = [start_worker(web, args, tmp_path / f"worker{n}.log") for n in (1, 2)]
    wait_all(workers)
    logs = [(tmp_path / f"worker{n}.log").read_text() for n in (1, 2)]
    assert [w.returncode for w in workers] == [0, 0], logs[0][-3000:] + logs[1][-3000:]
    for log in logs:
        assert "Traceback" not in log
        assert "'scheduler/dequeued/redis'" in log  # each worker took its share from the queue
    # No page fetched more often than the one-process crawl fetched it (a start page that redirects to
    # the other start page is fetched twice by both), as many requests in all, and the same crawl.
    requests = page_requests(web)
    assert {page: n for page, n in requests.items() if n > single["requests"].get(page, 1)} == {}
    assert sum(requests.values()) == sum(single["requests"].values())
    # One run id for both, and the last worker wrote its survey: the same as the one-process survey.
    with Store(pg_url) as store:
        (run_id,) = store.run_ids()
        assert store.latest_run_id() == run_id  # complete
    assert sum("'citycrawl/distributed/last_worker': True" in log for log in logs) == 1
    assert_same_crawl(stored(pg_url, tmp_path / "exports" / "latest"), single["run"])
    assert (tmp_path / "exports" / "latest").resolve().name == run_id


def test_a_killed_worker_loses_nothing(web, seeds, single, pg_url, redis_url, tmp_path):
    Store(pg_url).close()
    web.requests.clear()
    args = distributed_args(seeds, pg_url, redis_url, tmp_path / "exports")
    doomed = start_worker(web, args, tmp_path / "doomed.log")
    survivor = start_worker(web, args, tmp_path / "survivor.log")
    total = sum(single["requests"].values())
    deadline = time.monotonic() + 120
    while sum(page_requests(web).values()) < total * 0.4:  # mid-crawl: requests in flight
        assert time.monotonic() < deadline and doomed.poll() is None
        time.sleep(0.05)
    doomed.send_signal(signal.SIGKILL)
    wait_all([doomed, survivor])
    log = (tmp_path / "survivor.log").read_text()
    assert survivor.returncode == 0, log[-3000:]
    assert "stopped answering" in log and "'citycrawl/distributed/requests_recovered'" in log
    # Nothing lost: the same crawl as in one process.
    assert_same_crawl(stored(pg_url, tmp_path / "exports" / "latest"), single["run"])
