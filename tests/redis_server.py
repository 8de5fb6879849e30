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
    import redis

    port = free_port()
    folder = tempfile.mkdtemp(prefix="citycrawl-redis-")
    proc = subprocess.Popen(
        [binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no",
         "--daemonize", "no", "--dir", folder],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"redis://127.0.0.1:{port}/0"
    client = redis.Redis.from_url(url)
    deadline = time.monotonic() + 20
    while True:
        try:
            client.ping()
            break
        except redis.ConnectionError:
            if proc.poll() is not None or time.monotonic() > deadline:
                proc.kill()
                pytest.fail(f"redis-server did not start on port {port}")
            time.sleep(0.05)
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
    import redis

    with redis.Redis.from_url(redis_server) as client:
        client.flushall()
    return redis_server


def pytest_terminal_summary(terminalreporter):
    if _skipped:
        terminalreporter.section("Redis", sep="!", red=True, bold=True)
        terminalreporter.write_line(MISSING, red=True, bold=True)
