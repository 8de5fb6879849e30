"""Crawl throughput with the full pipelines (detection + storage + survey) versus none, in one run.

    python benchmarks/throughput.py [--generated 100] [--rounds 2]

The two crawls alternate (bare, full, bare, full...) and each keeps its best round, so that a
passing load on a shared machine does not decide the ratio. Target: full >= 75% of bare, in pages
per second."""
import argparse
import tempfile
from pathlib import Path

from crawls import BARE, crawl, seeds_file

from citycrawl.sampleweb_process import sample_web_process


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--generated", type=int, default=100)
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()
    bares, fulls = [], []
    with tempfile.TemporaryDirectory() as tmp, sample_web_process(generated=args.generated) as proxy:
        seeds = seeds_file(Path(tmp), args.generated)
        for _ in range(args.rounds):
            bares.append(crawl(proxy, seeds, BARE))
            fulls.append(crawl(proxy, seeds, {}))
    bare = max(bares, key=lambda c: c.pages_per_second)
    full = max(fulls, key=lambda c: c.pages_per_second)
    print(f"rounds: {args.rounds}; bare pages/s per round: {[round(c.pages_per_second) for c in bares]}, "
          f"full: {[round(c.pages_per_second) for c in fulls]}")
    print(f"bare (ITEM_PIPELINES={{}}): {bare.pages} pages in {bare.seconds:.1f} s, {bare.pages_per_second:.0f} pages/s")
    print(f"full pipelines:           {full.pages} pages in {full.seconds:.1f} s, {full.pages_per_second:.0f} pages/s")
    print(f"full / bare: {full.pages_per_second / bare.pages_per_second:.0%} (target >= 75%)")


if __name__ == "__main__":
    main()
