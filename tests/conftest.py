"""Shared fixtures: the project's scrapy command run for real, in a child process."""
import collections
import functools
import os
import subprocess
import sys
import threading
from contextlib import contextmanager
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from hypothesis import settings

from tests.ports import free_port

# Property tests draw the same examples on every run, so that a fresh machine's CI never fails at random; a
# developer draws new ones with HYPOTHESIS_PROFILE=explore (many more examples, random), and turns what they find
# into fixed @example cases.
settings.register_profile("ci", derandomize=True)
settings.register_profile("explore", max_examples=3000, derandomize=False)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

# Throwaway PostgreSQL and Redis servers, started by the tests themselves.
pytest_plugins = ["tests.pg", "tests.redis_server", "tests.pywb_server"]

PROJECT = Path(__file__).resolve().parent.parent
SCRAPY = [sys.executable, "-m", "scrapy.cmdline"]


def run_scrapy(*args, env=None, timeout=300, check=True):
    """Run `scrapy ARGS` in the project folder; return the CompletedProcess (output in .stdout/.stderr)."""
    full_env = {k: v for k, v in os.environ.items() if k.lower() not in ("http_proxy", "https_proxy", "no_proxy")}
    full_env.update(env or {})
    proc = subprocess.run([*SCRAPY, *args], cwd=PROJECT, env=full_env, capture_output=True, text=True,
                          timeout=timeout)
    if check and proc.returncode != 0:
        raise AssertionError(f"scrapy {' '.join(args)} exited {proc.returncode}\n{proc.stderr[-4000:]}")
    return proc


def run_settings(tmp_path: Path) -> list[str]:
    """Settings that keep a test run's database and exports in its own folder."""
    return ["-s", f"CITYCRAWL_DB_URL=sqlite:///{tmp_path / 'citycrawl.sqlite'}",
            "-s", f"CITYCRAWL_EXPORT_DIR={tmp_path / 'exports'}",
            "-s", f"CITYCRAWL_RUNS_DIR={tmp_path / 'runs'}"]


@contextmanager
def served_folder(folder: Path):
    """The folder's files served on a loopback port, for as long as the block runs: yields the base URL."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(SimpleHTTPRequestHandler, directory=str(folder)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture
def closed_proxy():
    """A proxy address where nothing listens: every request fails as it does without a network."""
    return f"http://127.0.0.1:{free_port()}"


def sample_web_fixtures(generated: int, seed: int):
    """Module fixtures `web` (the sample web with that many generated cities, in this process, so
    its request log can be read) and `seeds` (their seeds file)."""
    from citycrawl.sampleweb import seeds_csv, serve

    @pytest.fixture(scope="module")
    def web():
        with serve(generated=generated, seed=seed) as running:
            yield running

    @pytest.fixture(scope="module")
    def seeds(tmp_path_factory):
        path = tmp_path_factory.mktemp("seeds") / "seeds.csv"
        seeds_csv(path, generated=generated, seed=seed)
        return path

    return web, seeds


def page_requests(web) -> collections.Counter:
    """How many times each page was requested (robots.txt is fetched once per host and process)."""
    return collections.Counter(r for r in web.requests if r[1] != "/robots.txt")
