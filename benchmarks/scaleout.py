"""Distributed mode: pages per second with one worker process versus two, sharing one Redis.

    python benchmarks/scaleout.py [--generated 100]

Starts its own redis-server on a free loopback port. Detection and storage are off, so the figure
is the crawl's own scaling; on a machine with few cores the sample web competes for the CPU."""
import argparse
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path

from crawls import BARE, finish, seeds_file, start_crawl

from citycrawl.sampleweb_process import sample_web_process


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def run_workers(count: int, proxy: str, seeds: Path, redis_url: str, tmp: Path):
    settings = {**BARE, "CITYCRAWL_REDIS_URL": redis_url, "CITYCRAWL_WORKER_TIMEOUT": 10,
                "CITYCRAWL_RUN_ID": f"scaleout-{count}"}
    started = time.monotonic()
    logs = [tmp / f"worker-{count}-{n}.log" for n in range(count)]
    procs = [start_crawl(proxy, seeds, settings, log) for log in logs]
    results = [finish(proc, log) for proc, log in zip(procs, logs)]
    return sum(r.pages for r in results), time.monotonic() - started


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--generated", type=int, default=100)
    args = parser.parse_args()
    port = free_port()
    with tempfile.TemporaryDirectory() as tmp, sample_web_process(generated=args.generated) as proxy:
        redis = subprocess.Popen([shutil.which("redis-server"), "--port", str(port), "--bind", "127.0.0.1",
                                  "--save", "", "--appendonly", "no", "--dir", tmp],
                                 stdout=subprocess.DEVNULL)
        try:
            time.sleep(0.5)
            seeds = seeds_file(Path(tmp), args.generated)
            figures = {n: run_workers(n, proxy, seeds, f"redis://127.0.0.1:{port}/0", Path(tmp)) for n in (1, 2)}
        finally:
            redis.terminate()
            redis.wait()
    for n, (pages, seconds) in figures.items():
        print(f"{n} worker(s): {pages} pages in {seconds:.1f} s (start to last exit), {pages / seconds:.0f} pages/s")
    (p1, s1), (p2, s2) = figures[1], figures[2]
    print(f"two workers / one: {(p2 / s2) / (p1 / s1):.2f}x")


if __name__ == "__main__":
    main()
