"""What the crawl benchmarks share: a seeds file, one `scrapy crawl cities` child process, its figures.

Figures come from the crawl's own log: the stats dump (elapsed time, pages) and, through os.wait4,
the child's peak resident memory."""
import os
import re
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT))

from citycrawl.sampleweb import seeds_csv  # noqa: E402

# The sample web answers on loopback: no politeness delay unless a benchmark sets one.
FAST = {"DOWNLOAD_DELAY": 0, "AUTOTHROTTLE_ENABLED": False, "CITYCRAWL_PROGRESS_INTERVAL": 0,
        "LOG_LEVEL": "INFO"}
BARE = {"ITEM_PIPELINES": "{}"}  # no detection, no storage


@dataclass
class Crawl:
    seconds: float
    pages: int
    peak_rss_mb: float
    log: str

    @property
    def pages_per_second(self) -> float:
        return self.pages / self.seconds


def seeds_file(folder: Path, generated: int, seed: int = 0, pages: int | None = None) -> Path:
    path = Path(folder) / f"seeds-{generated}-{seed}-{pages}.csv"
    seeds_csv(path, generated=generated, seed=seed, pages=pages)
    return path


def start_crawl(proxy: str, seeds: Path, settings: dict, log_path: Path) -> subprocess.Popen:
    args = [sys.executable, "-m", "scrapy.cmdline", "crawl", "cities", "-a", f"seeds={seeds}"]
    for name, value in {**FAST, **settings}.items():
        args += ["-s", f"{name}={value}"]
    env = {**os.environ, "http_proxy": proxy}
    with open(log_path, "w") as log:
        return subprocess.Popen(args, cwd=PROJECT, env=env, stdout=log, stderr=subprocess.STDOUT)


def finish(proc: subprocess.Popen, log_path: Path) -> Crawl:
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    log = Path(log_path).read_text()
    if proc.returncode != 0:
        raise SystemExit(f"crawl failed ({proc.returncode}):\n{log[-3000:]}")
    return Crawl(seconds=_stat(log, "elapsed_time_seconds"), pages=int(_stat(log, "citycrawl/pages")),
                 peak_rss_mb=usage.ru_maxrss / 1024, log=log)


def crawl(proxy: str, seeds: Path, settings: dict) -> Crawl:
    with tempfile.TemporaryDirectory() as tmp:
        settings = {"CITYCRAWL_DB_URL": f"sqlite:///{tmp}/db.sqlite", "CITYCRAWL_EXPORT_DIR": f"{tmp}/exports",
                    **settings}
        log_path = Path(tmp) / "crawl.log"
        return finish(start_crawl(proxy, seeds, settings, log_path), log_path)


def _stat(log: str, name: str) -> float:
    found = re.findall(rf"'{re.escape(name)}': ([\d.]+)", log)
    if not found:
        raise SystemExit(f"no {name} in the crawl's stats:\n{log[-2000:]}")
    return float(found[-1])
