"""What WARC capture costs, and how fast a run is re-detected from its WARCs.

    python benchmarks/warc.py [--sites 200] [--pages 30]

One crawl of generated sample-web sites with WARC capture on, one with it off (same frame, detection
and storage on, rendering off), then `scrapy redetect` of the first. Prints the WARC bytes per page
and per 1,000 pages (compressed, index apart), the crawl time ratio on/off (one run each, on shared
cores: a ratio, not a timing to hold to), and the re-detection speed in pages per second.
"""
import argparse
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from crawls import PROJECT, finish, seeds_file, start_crawl

from citycrawl.sampleweb_process import sample_web_process


def crawl(proxy, seeds, folder: Path, warc: bool):
    settings = {"CITYCRAWL_DB_URL": f"sqlite:///{folder}/db.sqlite", "CITYCRAWL_EXPORT_DIR": str(folder / "exports"),
                "CITYCRAWL_RUNS_DIR": str(folder / "runs"), "CITYCRAWL_WARC": warc, "CITYCRAWL_RENDER": False,
                "CITYCRAWL_RUN_ID": "bench"}
    folder.mkdir()
    return finish(start_crawl(proxy, seeds, settings, folder / "crawl.log"), folder / "crawl.log")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sites", type=int, default=200)
    parser.add_argument("--pages", type=int, default=30, help="pages of each generated site")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp, sample_web_process(generated=args.sites, pages=args.pages) as proxy:
        tmp = Path(tmp)
        seeds = seeds_file(tmp, args.sites, pages=args.pages)
        on = crawl(proxy, seeds, tmp / "on", True)
        off = crawl(proxy, seeds, tmp / "off", False)
        warcs = list((tmp / "on" / "runs" / "bench" / "warc").glob("*.warc.gz"))
        indexes = list((tmp / "on" / "runs" / "bench" / "warc").glob("*.cdxj"))
        warc_bytes = sum(p.stat().st_size for p in warcs)
        index_bytes = sum(p.stat().st_size for p in indexes)
        started = time.monotonic()
        proc = subprocess.run(
            [sys.executable, "-m", "scrapy.cmdline", "redetect", "--run", "bench",
             "-s", f"CITYCRAWL_DB_URL=sqlite:///{tmp}/on/db.sqlite", "-s", f"CITYCRAWL_EXPORT_DIR={tmp}/on/exports",
             "-s", f"CITYCRAWL_RUNS_DIR={tmp}/on/runs"], cwd=PROJECT, capture_output=True, text=True, check=True)
        redetect_seconds = time.monotonic() - started
        rate = re.search(r"\(([\d.]+) pages/s\)", proc.stdout).group(1)
        same = ((tmp / "on" / "exports" / "bench" / "cities.csv").read_bytes()
                == next((tmp / "on" / "exports").glob("bench-redetected-*/cities.csv")).read_bytes())
    print(f"sites: {args.sites}, pages fetched: {on.pages} (WARC on), {off.pages} (off)")
    print(f"WARC: {warc_bytes / on.pages:,.0f} bytes per page, {warc_bytes / on.pages * 1000 / 1e6:.1f} MB per 1,000 pages "
          f"(+ CDXJ index {index_bytes / on.pages:,.0f} bytes per page)")
    print(f"crawl time with WARC / without: {on.seconds / off.seconds:.2f} ({on.seconds:.1f} s / {off.seconds:.1f} s)")
    print(f"re-detection: {rate} pages/s in the detection loop, {redetect_seconds:.1f} s for the command "
          f"(survey included); cities.csv identical to the crawl's: {same}")


if __name__ == "__main__":
    main()
