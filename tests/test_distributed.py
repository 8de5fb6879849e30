"""Distributed mode for real: `scrapy crawl cities` worker processes sharing one crawl through a real
Redis server and one PostgreSQL database, against the sample web, compared with a one-process crawl."""
import csv
import os
import signal
import subprocess
import time

import pytest

from citycrawl.storage import Store
from tests.conftest import PROJECT, SCRAPY, page_requests, run_scrapy, sample_web_fixtures

GENERATED, SEED = 20, 11
FAST = ["-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=0", "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=4",
        "-s", "CITYCRAWL_PROGRESS_INTERVAL=0"]


web, seeds = sample_web_fixtures(GENERATED, SEED)


def crawl_args(seeds, db_url, export_dir, *extra):
    return ["crawl", "cities", "-a", f"seeds={seeds}", "-s", f"CITYCRAWL_DB_URL={db_url}",
            "-s", f"CITYCRAWL_EXPORT_DIR={export_dir}", *FAST, *extra]


@pytest.fixture(scope="module")
def single(web, seeds, tmp_path_factory):
    """The same crawl in one process: what the workers together must reproduce."""
    folder = tmp_path_factory.mktemp("single")
    db = f"sqlite:///{folder / 'db.sqlite'}"
    web.requests.clear()
    run_scrapy(*crawl_args(seeds, db, folder / "exports"), env={"http_proxy": web.proxy_url})
    return {"requests": page_requests(web), "pages": stored_pages(db),
            "cities": read_cities(folder / "exports" / "latest")}


def stored_pages(db_url) -> list:
    with Store(db_url) as store:
        (run_id,) = store.run_ids()
        pages = store.load_run(run_id).pages
    return sorted(zip(pages["city"], pages["url"]))


def read_cities(survey_dir) -> list[dict]:
    with open(survey_dir / "cities.csv", newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def differences(cities, expected) -> dict:
    """{insee_code: {column: (got, expected)}} for the rows of cities.csv that differ."""
    assert [c["insee_code"] for c in cities] == [c["insee_code"] for c in expected]
    found = {}
    for got, want in zip(cities, expected):
        diff = {k: (got[k], want[k]) for k in want if got.get(k) != want[k]}
        if diff:
            found[want["insee_code"]] = diff
    return found


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
    # Every page fetched once, as the one-process crawl fetched it.
    assert page_requests(web) == single["requests"]
    assert stored_pages(pg_url) == single["pages"]
    # One run id for both, and the last worker wrote its survey: the same as the one-process survey.
    with Store(pg_url) as store:
        (run_id,) = store.run_ids()
        assert store.latest_run_id() == run_id  # complete
    assert sum("'citycrawl/distributed/last_worker': True" in log for log in logs) == 1
    assert differences(read_cities(tmp_path / "exports" / "latest"), single["cities"]) == {}
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
    # Nothing lost: the pages and the survey are those of the one-process crawl.
    assert stored_pages(pg_url) == single["pages"]
    assert differences(read_cities(tmp_path / "exports" / "latest"), single["cities"]) == {}
