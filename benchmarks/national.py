"""National scale: a full crawl (detection and storage on) of a generated frame of sample-web sites, on one
process and with two distributed workers, and from its figures an estimate for every French commune.

    python benchmarks/national.py [--sites 5000] [--pages 30] [--budget 300]

Measured: pages per second (start to last exit), crawler CPU seconds per page (the crawl processes'
own user+system time, the sample web's excluded), disk per page (the results database, and WARC files
when the crawl writes them). The two workers share a redis-server started here; each stores into its
own SQLite file (the figure is the crawl's; a real deployment shares one PostgreSQL). The sample web
runs on the same 2 cores, so pages per second are a lower bound of what the crawler does alone.
"""
import argparse
import math
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from crawls import FAST, seeds_file

from citycrawl.frames import build
from citycrawl.sampleweb_process import sample_web_process
from scaleout import free_port

PROJECT = Path(__file__).resolve().parent.parent
DELAY = 1.0  # the project's per-host delay (settings.DOWNLOAD_DELAY): one page per second and host
IN_FLIGHT, ANSWER_SECONDS = 128, 0.5  # CONCURRENT_REQUESTS, and an assumed answer time of real sites


def run(workers: int, proxy: str, seeds: Path, folder: Path, budget: int, redis_url: str | None):
    """Start `workers` crawl processes; return (pages, seconds, cpu seconds, bytes on disk)."""
    procs = []
    started = time.monotonic()
    for n in range(workers):
        out = folder / f"w{workers}-{n}"
        out.mkdir()
        settings = {**FAST, "CITYCRAWL_DB_URL": f"sqlite:///{out}/db.sqlite", "CITYCRAWL_EXPORT_DIR": str(out / "exports"),
                    "CITYCRAWL_RUNS_DIR": str(out / "runs"), "CITYCRAWL_MAX_PAGES": budget, "LOG_LEVEL": "WARNING"}
        if redis_url:
            settings |= {"CITYCRAWL_REDIS_URL": redis_url, "CITYCRAWL_WORKER_TIMEOUT": 10,
                         "CITYCRAWL_RUN_ID": f"national-{workers}"}
        args = [sys.executable, "-m", "scrapy.cmdline", "crawl", "cities", "-a", f"seeds={seeds}"]
        for name, value in settings.items():
            args += ["-s", f"{name}={value}"]
        log = open(out / "crawl.log", "w")
        procs.append((subprocess.Popen(args, cwd=PROJECT, env={**os.environ, "http_proxy": proxy},
                                       stdout=log, stderr=subprocess.STDOUT), log, out))
    cpu = 0.0
    for proc, log, out in procs:
        _, status, usage = os.wait4(proc.pid, 0)
        log.close()
        if os.waitstatus_to_exitcode(status) != 0:
            raise SystemExit(f"crawl failed:\n{(out / 'crawl.log').read_text()[-3000:]}")
        cpu += usage.ru_utime + usage.ru_stime
    seconds = time.monotonic() - started
    pages = sum(_pages(out) for _, _, out in procs)
    disk = sum(f.stat().st_size for _, _, out in procs for f in out.rglob("*")
               if f.is_file() and (f.suffix == ".sqlite" or f.name.endswith(".warc.gz")))
    return pages, seconds, cpu, disk


def _pages(out: Path) -> int:
    import sqlite3
    with sqlite3.connect(out / "db.sqlite") as db:
        return db.execute("select count(*) from pages where status is not null").fetchone()[0]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sites", type=int, default=5000)
    parser.add_argument("--pages", type=int, default=30, help="pages of each generated site")
    parser.add_argument("--budget", type=int, default=300, help="CITYCRAWL_MAX_PAGES")
    args = parser.parse_args()
    figures = {}
    with tempfile.TemporaryDirectory() as tmp, sample_web_process(generated=args.sites, pages=args.pages) as proxy:
        folder = Path(tmp)
        seeds = seeds_file(folder, args.sites, pages=args.pages)
        figures[1] = run(1, proxy, seeds, folder, args.budget, None)
        port = free_port()
        redis = subprocess.Popen([shutil.which("redis-server"), "--port", str(port), "--bind", "127.0.0.1",
                                  "--save", "", "--appendonly", "no", "--dir", tmp], stdout=subprocess.DEVNULL)
        try:
            time.sleep(0.5)
            figures[2] = run(2, proxy, seeds, folder, args.budget, f"redis://127.0.0.1:{port}/0")
        finally:
            redis.terminate()
            redis.wait()
    print(f"frame: {args.sites} generated sites of about {args.pages} pages, budget {args.budget}")
    for workers, (pages, seconds, cpu, disk) in figures.items():
        print(f"{workers} crawl process(es): {pages} pages in {seconds:.0f} s = {pages / seconds:.0f} pages/s; "
              f"CPU {cpu / pages * 1000:.2f} ms/page; disk {disk / pages / 1024:.1f} kB/page")
    estimate(figures[2])


def estimate(two_workers):
    """The full French frame, from the two-worker figures (one 2-core machine runs two workers)."""
    pages_measured, seconds, cpu, disk = two_workers
    cpu_page, disk_page = cpu / pages_measured, disk / pages_measured
    # On the real web a process also waits for answers: at most IN_FLIGHT / ANSWER_SECONDS pages per second.
    network = 2 * IN_FLIGHT / ANSWER_SECONDS
    rate = min(pages_measured / seconds, network)
    print(f"rate used: {rate:.0f} pages/s per machine (measured {pages_measured / seconds:.0f}; network bound "
          f"{network:.0f} with {IN_FLIGHT} requests in flight per process and {ANSWER_SECONDS} s per answer, assumed)")
    communes = build()
    sites = sum(1 for c in communes if c["website"])
    print(f"estimate for every French commune with a website: {sites} of {len(communes)} communes")
    for per_city in (100, 300):
        pages = sites * per_city
        hours = pages / rate / 3600
        print(f"  at {per_city} pages per city: {pages / 1e6:.1f} M pages; {hours:.1f} h on one 2-core machine "
              f"({pages * cpu_page / 3600:.0f} CPU hours); {math.ceil(hours / 48)} machine(s) for a 48-hour run; "
              f"disk {pages * disk_page / 1e9:.1f} GB; each city's host: {per_city} requests over at least "
              f"{per_city * DELAY / 60:.0f} min, at most 2 at a time, about 1 per second")


if __name__ == "__main__":
    main()
