"""Shared fixtures: the project's scrapy command run for real, in a child process."""
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

# Throwaway PostgreSQL and Redis servers, started by the tests themselves.
pytest_plugins = ["tests.pg", "tests.redis_server"]

PROJECT = Path(__file__).resolve().parent.parent
SCRAPY = [sys.executable, "-m", "scrapy.cmdline"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


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
            "-s", f"CITYCRAWL_EXPORT_DIR={tmp_path / 'exports'}"]


@pytest.fixture
def closed_proxy():
    """A proxy address where nothing listens: every request fails as it does without a network."""
    return f"http://127.0.0.1:{free_port()}"
