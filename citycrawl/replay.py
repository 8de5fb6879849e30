"""pywb, the web archive replay engine, serving WARC files on loopback: for the demo of the crawl of
the past (`scrapy demo -a as_of=2009-06-15`) and its tests.

pywb pins redis 2.10, which the crawl's own Redis client cannot share a virtualenv with, so it lives
in a virtualenv of its own: `.venv-pywb/` (`make pywb`, from requirements-pywb.txt), or the folder of
a `wayback` program named by CITYCRAWL_PYWB_BIN.
"""
import contextlib
import os
import socket
import subprocess
import time
import urllib.request
from pathlib import Path

from citycrawl.processes import stop

PROJECT = Path(__file__).resolve().parent.parent
MISSING = "pywb not found: run `make pywb` (a virtualenv .venv-pywb/)"


class ReplayError(RuntimeError):
    pass


def pywb_bin() -> Path | None:
    folder = Path(os.environ.get("CITYCRAWL_PYWB_BIN") or PROJECT / ".venv-pywb" / "bin")
    return folder if (folder / "wayback").is_file() and (folder / "wb-manager").is_file() else None


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextlib.contextmanager
def serve_pywb(folder: Path, collection: str, warcs: list[Path], port: int | None = None):
    """Serve `warcs` as `collection` from `folder` (created); yields the collection's Wayback-style
    URL, `http://127.0.0.1:PORT/COLLECTION/`. The server's log is `folder/pywb.log`."""
    binary = pywb_bin()
    if binary is None:
        raise ReplayError(MISSING)
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    for args in (["init", collection], ["add", collection, *map(str, warcs)]):
        done = subprocess.run([binary / "wb-manager", *args], cwd=folder, capture_output=True, text=True)
        if done.returncode != 0:
            raise ReplayError(f"wb-manager {args[0]} failed: {done.stderr[-1000:]}")
    port = port or free_port()
    log = open(folder / "pywb.log", "w")
    proc = subprocess.Popen([binary / "wayback", "--port", str(port), "--bind", "127.0.0.1"], cwd=folder,
                            stdout=log, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=2).read()
                break
            except OSError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    raise ReplayError(f"pywb did not start: {(folder / 'pywb.log').read_text()[-2000:]}")
                time.sleep(0.1)
        yield f"http://127.0.0.1:{port}/{collection}/"
    finally:
        stop(proc)
        log.close()
