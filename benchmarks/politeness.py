"""Politeness-bound efficiency: with a fixed delay per host, does the crawl keep many hosts busy at once?

    python benchmarks/politeness.py [--generated 134] [--delay SECONDS]

One request at a time per host, DOWNLOAD_DELAY fixed (no jitter, no AutoThrottle). No crawl of a
host can end before (its requests - 1) x delay: the slowest host sets the lower bound of the whole
crawl. Prints actual time / lower bound; target <= 1.25. Above it, either hosts wait on each other
(scheduling) or the crawler runs out of CPU (compare with benchmarks/throughput.py: pages per
second needed = pages / lower bound). The default delay is the project's DOWNLOAD_DELAY, the one real
crawls run with; a much shorter one (--delay 0.2) turns this into a CPU benchmark on a small machine."""
import argparse
import collections
import tempfile
from pathlib import Path

from crawls import BARE, crawl, seeds_file

from citycrawl.sampleweb import serve
from citycrawl.settings import DOWNLOAD_DELAY


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--generated", type=int, default=134)
    parser.add_argument("--delay", type=float, default=DOWNLOAD_DELAY)
    parser.add_argument("--pages", type=int, default=None, help="pages per generated site")
    args = parser.parse_args()
    settings = {**BARE, "DOWNLOAD_DELAY": args.delay, "DOWNLOAD_DELAY_JITTER": 0,
                "CONCURRENT_REQUESTS_PER_DOMAIN": 1, "AUTOTHROTTLE_ENABLED": False}
    with tempfile.TemporaryDirectory() as tmp, serve(generated=args.generated, pages=args.pages) as web:
        seeds = seeds_file(Path(tmp), args.generated, pages=args.pages)
        result = crawl(web.proxy_url, seeds, settings)
        per_host = collections.Counter(host for host, _ in web.requests)
    slowest, requests = per_host.most_common(1)[0]
    bound = (requests - 1) * args.delay
    print(f"{len(per_host)} hosts, {sum(per_host.values())} requests, delay {args.delay} s per host")
    print(f"lower bound: {bound:.1f} s (slowest host {slowest}: {requests} requests)")
    print(f"actual: {result.seconds:.1f} s ({result.pages_per_second:.0f} pages/s; "
          f"the bound needs {sum(per_host.values()) / bound:.0f} requests/s)")
    print(f"actual / lower bound: {result.seconds / bound:.2f} (target <= 1.25)")


if __name__ == "__main__":
    main()
