"""Peak memory of a crawl of many sites versus few: 2,000 generated sites of 50 pages versus 100.

    python benchmarks/memory.py [--small 100] [--large 2000] [--pages 50]

Peak resident memory of the crawl process (os.wait4), with detection and storage off so that only
the crawl's own state grows: the page budget's per-city URL sets, the duplicate filter's
fingerprints, the scheduler's queue. Target: large within 1.5x of small."""
import argparse
import tempfile
from pathlib import Path

from crawls import BARE, crawl, seeds_file

from citycrawl.sampleweb_process import sample_web_process


def measure(sites: int, pages: int, tmp: Path):
    with sample_web_process(generated=sites, pages=pages) as proxy:
        return crawl(proxy, seeds_file(tmp, sites, pages=pages), BARE)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--small", type=int, default=100)
    parser.add_argument("--large", type=int, default=2000)
    parser.add_argument("--pages", type=int, default=50)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        small = measure(args.small, args.pages, Path(tmp))
        large = measure(args.large, args.pages, Path(tmp))
    for sites, result in ((args.small, small), (args.large, large)):
        print(f"{sites} sites: {result.pages} pages in {result.seconds:.0f} s, peak RSS {result.peak_rss_mb:.0f} MB")
    print(f"peak RSS large / small: {large.peak_rss_mb / small.peak_rss_mb:.2f} (target <= 1.5)")


if __name__ == "__main__":
    main()
