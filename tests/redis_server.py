"""A throwaway Redis server for the tests, and the `redis_url` fixture.

Register with `pytest_plugins = ["tests.redis_server"]` in tests/conftest.py. The server (loopback, a
free port, nothing saved to disk) starts once per test session; every test gets an empty database.
When redis-server is absent the Redis tests are skipped and the session ends with a banner saying
so; with CITYCRAWL_REQUIRE_REDIS=1 (CI) they fail instead.
"""
import os
import shutil
import subprocess
import tempfile
import time

import pytest
import redis

from tests.ports import free_port

MISSING = "redis-server not found: install the Debian package 'redis-server'. Redis tests were NOT run"
_skipped = []


@pytest.fixture(scope="session")
def redis_server():
    """URL of the test server."""
    binary = shutil.which("redis-server")
    if binary is None:
        if os.environ.get("CITYCRAWL_REQUIRE_REDIS") == "1":
            pytest.fail(MISSING)
        _skipped.append(MISSING)
        pytest.skip(MISSING)
    folder = tempfile.mkdtemp(prefix="citycrawl-redis-")
    for _attempt in range(5):
        port = free_port()
        proc = subprocess.Popen(
            [binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no",
             "--daemonize", "no", "--dir", folder],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        url = f"redis://127.0.0.1:{port}/0"
        client = redis.Redis.from_url(url)
        if _answers(client, proc, folder):
            break
        # The port was taken between choosing and binding it (another suite on this machine):
        # the server that answered is not ours. Try another port.
        proc.kill()
        proc.wait(timeout=10)
        client.close()
    else:
        pytest.fail("redis-server did not start on a free port (5 attempts)")
    try:
        yield url
    finally:
        client.close()
        proc.terminate()
        proc.wait(timeout=10)
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def redis_url(redis_server):
    """The test server, emptied."""


    with redis.Redis.from_url(redis_server) as client:
        client.flushall()
    return redis_server


def pytest_terminal_summary(terminalreporter):
    if _skipped:
        terminalreporter.section("Redis", sep="!", red=True, bold=True)
        terminalreporter.write_line(MISSING, red=True, bold=True)


def _answers(client, proc, folder: str) -> bool:
    """Our server answers on its port: it is running, and the server answering keeps its data in
    our folder (not another suite's server that took the port first)."""
    deadline = time.monotonic() + 20
    while proc.poll() is None and time.monotonic() < deadline:
        try:
            return client.config_get("dir").get("dir") == os.path.realpath(folder) and proc.poll() is None
        except redis.ConnectionError:
            time.sleep(0.05)
    return False
