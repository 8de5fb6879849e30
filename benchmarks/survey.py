"""Benchmark: write_survey on a synthetic run of 35,000 cities (the size of all French communes).

    python benchmarks/survey.py [--cities N] [--pages N] [--rebuild]

The run is stored through Store in a SQLite file kept in benchmarks/.cache (built once, ~a minute);
the survey is written to a temporary folder. Prints the time of each step and the total; the
target is under 10 s for 35,000 cities.
"""
import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from citycrawl.seeds import Seed  # noqa: E402
from citycrawl.storage import Store  # noqa: E402
from citycrawl.survey import write_survey  # noqa: E402

CACHE = Path(__file__).resolve().parent / ".cache"
RUN_ID = "bench"
REGIONS = ["Bretagne", "Normandie", "Occitanie", "Grand Est", "Hauts-de-France", "Île-de-France",
           "Nouvelle-Aquitaine", "Auvergne-Rhône-Alpes", "Pays de la Loire", "Corse", "Guyane",
           "Centre-Val de Loire", "Bourgogne-Franche-Comté"]
# feature -> share of cities where it is found, roughly what small and large communes show
FEATURE_MIX = {"contact_form": 0.7, "participation_displayed": 0.25, "forum": 0.03, "comments": 0.1,
               "poll": 0.05, "petition": 0.01, "suggestion_call": 0.04, "participatory_budget": 0.03,
               "participatory_platform": 0.02, "territorial_social_network": 0.01}
SOCIAL_MIX = {"facebook": 0.8, "instagram": 0.4, "x": 0.3, "youtube": 0.2, "linkedin": 0.15}
PLATFORMS = {"forum": "phpbb", "comments": "disqus", "participatory_platform": "decidim"}


def build(path: Path, cities: int, pages: int) -> float:
    rng = random.Random(35_000)
    start = time.perf_counter()
    with Store(f"sqlite:///{path}", batch_size=2000) as store:
        store.start_run(RUN_ID, {"CITYCRAWL_MAX_PAGES": pages})
        store.add_cities(RUN_ID, [
            Seed(line=i + 2, insee_code=f"{i:05d}", name=f"Commune {i}",
                 population=int(rng.paretovariate(1.2) * 2_000), website=f"https://c{i}.example.fr/",
                 region=str(i % len(REGIONS)), attrs={"region_name": REGIONS[i % len(REGIONS)]},
                 error="line 9: column website: empty" if rng.random() < 0.01 else None)
            for i in range(cities)])
        for i in range(cities):
            _add_city(store, rng, f"{i:05d}", pages)
        store.finish_run(RUN_ID, {"item_scraped_count": cities * pages})
    return time.perf_counter() - start


def _add_city(store, rng, code, pages):
    host = f"https://c{int(code)}.example.fr"
    fate = rng.random()
    if fate < 0.03:  # unreachable, blocked, start page in error
        error = rng.choice(["DNSLookupError: no such host", "IgnoreRequest: Forbidden by robots.txt"])
        store.add_page(RUN_ID, {"city": code, "url": host + "/", "status": None, "error": error,
                                "is_start": True}, [])
        return
    if fate < 0.04:
        store.mark_budget_exhausted(RUN_ID, code)
    accounts = [(p, f"https://www.{p}.com/commune{code}") for p, share in SOCIAL_MIX.items()
                if rng.random() < share]
    features = [f for f, share in FEATURE_MIX.items() if rng.random() < share]
    count = max(1, int(rng.expovariate(1 / pages)))
    for n in range(count):
        url = host + ("/" if n == 0 else f"/page{n}")
        status = 200 if rng.random() > 0.01 else rng.choice([404, 500])
        found = [{"feature": "social_account", "platform": p, "url": u, "handle": u.rsplit("/", 1)[1],
                  "page_url": url, "rule": "social:footer", "detail": "footer link"}
                 for p, u in accounts]  # footer links: on every page
        if n < len(features):
            feature = features[n]
            found.append({"feature": feature, "platform": PLATFORMS.get(feature), "url": url,
                          "page_url": url, "rule": f"bench:{feature}", "detail": f"{feature} on page"})
        store.add_page(RUN_ID, {"city": code, "url": url, "status": status, "is_start": n == 0,
                                "depth": min(n, 3)}, found)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cities", type=int, default=35_000)
    parser.add_argument("--pages", type=int, default=12, help="mean pages per city")
    parser.add_argument("--rebuild", action="store_true")
    args = parser.parse_args()
    CACHE.mkdir(exist_ok=True)
    db = CACHE / f"survey-{args.cities}-{args.pages}.sqlite"
    if args.rebuild or not db.exists():
        db.unlink(missing_ok=True)
        seconds = build(db, args.cities, args.pages)
        print(f"built synthetic run: {args.cities} cities in {seconds:.1f} s")
    with Store(f"sqlite:///{db}") as store, store.engine.connect() as connection:
        from sqlalchemy import text
        pages, findings = (connection.scalar(text(f"SELECT count(*) FROM {t}"))
                           for t in ("pages", "findings"))
    print(f"database: {args.cities} cities, {pages} pages, {findings} findings ({db.stat().st_size / 1e6:.0f} MB)")
    with Store(f"sqlite:///{db}") as store, tempfile.TemporaryDirectory() as tmp:
        timings = {}
        start = time.perf_counter()
        folder = write_survey(store, RUN_ID, tmp, timings=timings)
        total = time.perf_counter() - start
        sizes = {p.name: p.stat().st_size for p in folder.iterdir()}
    for step, seconds in timings.items():
        print(f"  {step:<8} {seconds:6.2f} s")
    print(f"write_survey total: {total:.2f} s (target < 10 s)")
    print("files: " + ", ".join(f"{name} {size / 1e6:.1f} MB" for name, size in sorted(sizes.items())))


if __name__ == "__main__":
    main()
