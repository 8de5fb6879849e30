"""Link-follow precision: of the pages the crawl fetched outside every city's own domains, the share
that are participation spaces; and the participation spaces it missed.

    python benchmarks/link_precision.py [--generated 20]

A real crawl (detection and storage on) of the sample web through its loopback proxy: the handmade
cities, the three communes whose pages link to national sites, an e-services portal, a tourism
office, a newspaper, the préfecture and a forum of associations, and share a metropolitan platform
(citycrawl/sampleweb/elsewhere.py), plus generated cities. Target: precision >= 0.95, no space lost."""
import argparse
import collections
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from citycrawl.sampleweb import elsewhere, seeds_csv, serve, truth  # noqa: E402
from citycrawl.urls import registrable_domain  # noqa: E402
from tests.conftest import page_requests, run_scrapy, run_settings  # noqa: E402

PARTICIPATION = {"participatory_platform", "forum", "poll", "petition", "suggestion_call", "participatory_budget",
                 "territorial_social_network", "comments", "participation_displayed"}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--generated", type=int, default=20)
    args = parser.parse_args()
    sample = truth(generated=args.generated, elsewhere=True)
    own = {registrable_domain(c.website.split("/")[2]) for c in sample.cities}
    features = collections.defaultdict(set)
    for url, page in sample.pages.items():
        features[url.split("/")[2]] |= page.features
    spaces = {host for host, found in features.items() if registrable_domain(host) not in own and found & PARTICIPATION}
    spaces |= {host for host, is_space in elsewhere.link_truth().items() if is_space}
    with tempfile.TemporaryDirectory() as tmp, serve(generated=args.generated) as web:
        seeds = Path(tmp) / "seeds.csv"
        seeds_csv(seeds, generated=args.generated, elsewhere=True)
        run_scrapy("crawl", "cities", "-a", f"seeds={seeds}", *run_settings(Path(tmp)), "-s", "DOWNLOAD_DELAY=0",
                   "-s", "AUTOTHROTTLE_ENABLED=0", "-s", "CITYCRAWL_PROGRESS_INTERVAL=0",
                   env={"http_proxy": web.proxy_url}, timeout=1200)
        requests = page_requests(web)
    outside = collections.Counter()
    for (host, _path), count in requests.items():
        if registrable_domain(host) not in own:
            outside[host] += count
    good = sum(n for host, n in outside.items() if host in spaces)
    total = sum(outside.values())
    lost = sorted(spaces - set(outside))
    print(f"sample web: {len(sample.cities)} cities, {len(spaces)} participation spaces outside the cities' domains")
    print(f"pages fetched outside the cities' domains: {total}, of which on participation spaces: {good}")
    print(f"link-follow precision: {good / total:.3f}" if total else "link-follow precision: no page fetched outside")
    print(f"participation spaces lost: {len(lost)}" + (f" ({', '.join(lost)})" if lost else ""))
    wrong = sorted(host for host in outside if host not in spaces)
    if wrong:
        print("fetched outside and not a participation space: " + ", ".join(wrong))


if __name__ == "__main__":
    main()
