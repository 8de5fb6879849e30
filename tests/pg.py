"""A throwaway PostgreSQL server for the tests, and the `db_url` fixture run on SQLite and PostgreSQL.

Register with `pytest_plugins = ["tests.pg"]` in tests/conftest.py. The server (initdb + pg_ctl in a
temporary folder, loopback, a free port) starts once per test session; every test gets a fresh
database. When the server binaries are absent the PostgreSQL tests are skipped and the session
ends with a banner saying so; with CITYCRAWL_REQUIRE_POSTGRES=1 (CI) they fail instead.
"""
import glob
import os
import pwd
import shutil
import subprocess
import tempfile
import uuid
from pathlib import Path

import pytest

from tests.ports import free_port

MISSING = ("PostgreSQL server binaries (initdb, pg_ctl) not found: install the Debian package "
           "'postgresql'. PostgreSQL tests were NOT run")
_skipped = []


def _bindir() -> Path | None:
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True)
    on_path = shutil.which("initdb")
    if on_path:
        candidates.insert(0, str(Path(on_path).parent))
    for folder in candidates:
        if (Path(folder) / "initdb").exists() and (Path(folder) / "pg_ctl").exists():
            return Path(folder)
    return None


def _as_server_user(folder: Path) -> list[str]:
    """initdb refuses to run as root: run the server as the 'postgres' system user then."""
    if os.geteuid() != 0:
        return []
    try:
        user = pwd.getpwnam("postgres")
    except KeyError:
        pytest.fail("running as root and no 'postgres' system user to run the test server as")
    for path in [folder, *folder.rglob("*")]:
        os.chown(path, user.pw_uid, user.pw_gid)
    return ["runuser", "-u", "postgres", "--"]


@pytest.fixture(scope="session")
def pg_server():
    """URL of the server's maintenance database."""
    bindir = _bindir()
    if bindir is None:
        if os.environ.get("CITYCRAWL_REQUIRE_POSTGRES") == "1":
            pytest.fail(MISSING)
        _skipped.append(MISSING)
        pytest.skip(MISSING)
    folder = Path(tempfile.mkdtemp(prefix="citycrawl-pg-"))
    data, sockets = folder / "data", folder / "sockets"
    sockets.mkdir()
    runas = _as_server_user(folder)
    port = free_port()

    def run(*args):
        subprocess.run([*runas, *args], check=True, capture_output=True, text=True, timeout=120)

    run(str(bindir / "initdb"), "-D", str(data), "-U", "postgres", "-A", "trust", "--no-sync",
        "-E", "UTF8", "--locale=C")
    options = (f"-p {port} -k {sockets} -c listen_addresses=127.0.0.1 -c fsync=off "
               "-c synchronous_commit=off -c full_page_writes=off")
    run(str(bindir / "pg_ctl"), "-D", str(data), "-o", options, "-l", str(folder / "log"),
        "-w", "-t", "60", "start")
    try:
        yield f"postgresql+psycopg://postgres@127.0.0.1:{port}/postgres"
    finally:
        run(str(bindir / "pg_ctl"), "-D", str(data), "-m", "immediate", "-w", "stop")
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def pg_url(pg_server):
    """A new, empty database on the test server."""
    import psycopg

    name = f"t_{uuid.uuid4().hex[:12]}"
    dsn = pg_server.replace("postgresql+psycopg", "postgresql")
    with psycopg.connect(dsn, autocommit=True) as connection:
        connection.execute(f'CREATE DATABASE "{name}"')
    return pg_server.rsplit("/", 1)[0] + f"/{name}"


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request, tmp_path):
    """Each test using it runs once on a SQLite file and once on PostgreSQL."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'citycrawl.sqlite'}"
    return request.getfixturevalue("pg_url")


def pytest_terminal_summary(terminalreporter):
    if _skipped:
        terminalreporter.section("PostgreSQL", sep="!", red=True, bold=True)
        terminalreporter.write_line(MISSING, red=True, bold=True)
