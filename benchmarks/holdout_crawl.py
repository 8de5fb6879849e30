"""City-level scores on the holdout after a full crawl: the survey the crawl writes (cities.csv), city by city,
against the holdout's truth, each part apart. This is how a survey is read: a feature counts for a city when a page
of its web presence holds it, pages drawn by scripts are rendered (when a Chromium is found), and outside spaces
are followed. No rule may be written against the holdout (citycrawl/sampleweb/HOLDOUT.md).

    .venv/bin/python benchmarks/holdout_crawl.py
"""
import csv
import sys
import tempfile
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from crawls import finish, start_crawl  # noqa: E402

from citycrawl import sampleweb  # noqa: E402
from citycrawl.sampleweb.holdout import PARTS, part  # noqa: E402
from citycrawl.sampleweb.site import PAGE_FEATURES  # noqa: E402
from detection import line, macro_f1, outcome, scores  # noqa: E402

SCORED = (*PAGE_FEATURES, "social_media")


def main() -> None:
    truth = sampleweb.truth(holdout=True)
    with tempfile.TemporaryDirectory() as tmp, sampleweb.serve(holdout=True) as server:
        seeds = Path(tmp) / "seeds.csv"
        sampleweb.seeds_csv(seeds, holdout=True)
        settings = {"CITYCRAWL_DB_URL": f"sqlite:///{tmp}/db.sqlite", "CITYCRAWL_EXPORT_DIR": f"{tmp}/exports",
                    "CITYCRAWL_RUNS_DIR": f"{tmp}/runs"}
        log = Path(tmp) / "crawl.log"
        done = finish(start_crawl(server.proxy_url, seeds, settings, log), log)
        with open(Path(tmp) / "exports" / "latest" / "cities.csv", newline="", encoding="utf-8") as f:
            rows = {row["insee_code"]: row for row in csv.DictReader(f)}
    renders = "citycrawl/renders" in done.log
    print(f"holdout crawl: {len(rows)} cities, {done.pages} pages in {done.seconds:.0f} s"
          f"{'' if renders else ' (no page was rendered: no Chromium found?)'}")
    pooled, pooled_right, scored = {}, Counter(), 0  # every part together, as the closing figures quote it
    for name in PARTS:
        cities = [c for c in truth.cities if part(c.insee_code) == name]
        if not cities:
            continue  # a part being written
        counts, right, wrong = {}, Counter(), []
        for city in cities:
            row = rows[city.insee_code]
            status_ok, level_ok = row["crawl_status"] == city.crawl_status, row["level"] == str(city.level)
            right["crawl_status"] += status_ok
            right["level"] += level_ok
            if not (status_ok and level_ok):
                wrong.append(f"{city.name}: {row['crawl_status']}, level {row['level']} "
                             f"(truth: {city.crawl_status}, level {city.level})")
            for code in SCORED:
                found, expected = row[code] == "1", bool(city.flags[code])
                counts.setdefault(code, Counter())[outcome(found, expected)] += 1
                pooled.setdefault(code, Counter())[outcome(found, expected)] += 1
        pooled_right.update(right)
        scored += len(cities)
        print(f"holdout, {name} part: {len(cities)} cities; crawl status right {right['crawl_status']}/{len(cities)}, "
              f"level right {right['level']}/{len(cities)}; macro F1 {macro_f1(counts.values()):.3f}")
        for text in wrong:
            print(f"  wrong status or level: {text}")
        _feature_lines(counts)
    print(f"holdout, every part: {scored} cities; crawl status right {pooled_right['crawl_status']}/{scored}, "
          f"level right {pooled_right['level']}/{scored}; macro F1 {macro_f1(pooled.values()):.3f}")
    _feature_lines(pooled)


def _feature_lines(counts: dict) -> None:
    for code in SCORED:
        c = counts[code]
        print(line(f"  {code}", scores(c["tp"], c["fp"], c["fn"])))


if __name__ == "__main__":
    main()
