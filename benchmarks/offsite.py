"""Off-site debate benchmark: the result classifier's precision and recall on the sample web's
search results (ground truth in citycrawl/sampleweb/debate.py), and the search requests a city
costs, measured by running the real measure against the sample web's engines.

    python benchmarks/offsite.py

The engines: `search` (answers every query), `search-flaky` (refuses every other request with
HTTP 429 and Retry-After: 1, as an instance whose engines throttle it).
"""
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from citycrawl import settings as project  # noqa: E402
from citycrawl.offsite.evaluate import classifier_scores, precision_recall  # noqa: E402
from citycrawl.offsite.measure import MeasureSettings, measure_run  # noqa: E402
from citycrawl.offsite.search import SearchSettings  # noqa: E402
from citycrawl.sampleweb import seeds_csv, serve  # noqa: E402
from citycrawl.seeds import read_seeds  # noqa: E402
from citycrawl.storage import Store  # noqa: E402


def main():
    for key, counts in classifier_scores().items():
        precision, recall = precision_recall(*counts)
        print(f"classifier {key:<10} precision {precision:.3f} recall {recall:.3f} "
              f"(tp {counts[0]}, fp {counts[1]}, fn {counts[2]})")
    with serve() as web, tempfile.TemporaryDirectory() as tmp:
        os.environ["http_proxy"] = web.proxy_url
        seeds = Path(tmp) / "seeds.csv"
        cities = seeds_csv(seeds)
        for host in ("search", "search-flaky"):
            with Store(f"sqlite:///{Path(tmp) / (host + '.sqlite')}") as store:
                store.start_run("r", {})
                store.add_cities("r", read_seeds(seeds))
                search = SearchSettings(f"http://{host}.sampleweb.test", delay=0,
                                        retries=project.CITYCRAWL_SEARCH_RETRIES,
                                        timeout=project.CITYCRAWL_SEARCH_TIMEOUT,
                                        max_wait=project.CITYCRAWL_SEARCH_MAX_WAIT)
                start = time.perf_counter()
                summary = measure_run(store, "r", MeasureSettings(
                    search, project.CITYCRAWL_SEARCH_MAX_QUERIES, project.CITYCRAWL_SEARCH_GIVE_UP))
                seconds = time.perf_counter() - start
            print(f"engine {host:<13} {cities} cities: {summary['measured']} measured, "
                  f"{summary['partial']} partial, {summary['failed']} failed; "
                  f"{summary['requests']} search requests = {summary['requests'] / cities:.1f} per "
                  f"city, {summary['page_requests']} for petition pages and their robots.txt; "
                  f"{seconds:.1f} s (no delay between requests)")
    queries = project.CITYCRAWL_SEARCH_MAX_QUERIES
    delay = project.CITYCRAWL_SEARCH_DELAY
    print(f"a monthly run of the 134-city frame at the default settings: {134 * queries} queries, "
          f"at most {134 * queries * (1 + project.CITYCRAWL_SEARCH_RETRIES)} requests with every "
          f"retry; at least {134 * queries * delay / 60:.0f} min at one request every {delay:.0f} s")


if __name__ == "__main__":
    main()
