"""Is a finished run good enough to publish? Judged from its Scrapy stats and its survey's cities.csv.

A handful of comparisons, so a small validator of our own rather than spidermon: spidermon's monitors
run inside the crawl and see its stats, while these checks need the written survey and the survey
last published, which only exist after the crawl; they would not use its reports or actions.
Thresholds can be changed with `-s CITYCRAWL_VALIDATION='{"min_coverage": 0.8}'`.
"""
import csv
from pathlib import Path

from citycrawl.survey.codebook import CRAWLED, FEATURES

THRESHOLDS = {
    "min_coverage": 0.9,  # share of cities with a website crawled (crawl_status ok or partial)
    "max_errors": 10,  # ERROR lines in the log (spider bugs, broken seeds, database trouble)
    "min_pages_per_city": 5,  # median pages of a crawled city: far fewer means links are not followed
    "max_feature_drop": 0.3,  # features per crawled city may not fall by more than this share
}
FLAGS = (*FEATURES, "social_media")


def read_cities(survey_dir: Path) -> list[dict]:
    with open(Path(survey_dir) / "cities.csv", newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def features_per_city(cities: list[dict]) -> float:
    crawled = [c for c in cities if c["crawl_status"] in CRAWLED]
    return sum(c[flag] == "1" for c in crawled for flag in FLAGS) / max(len(crawled), 1)


def problems(stats: dict, survey_dir: Path, previous_dir: Path | None, thresholds=None) -> list[str]:
    """What is wrong with the run, most serious first; empty when it may be published."""
    limits = {**THRESHOLDS, **(thresholds or {})}
    found = []
    reason = stats.get("finish_reason")
    if reason != "finished":
        found.append(f"the crawl ended with '{reason}', not 'finished'")
    if not (Path(survey_dir) / "cities.csv").is_file():
        return found + [f"no survey in {survey_dir}"]
    # Communes without a website are no crawl failure: coverage is of the cities that have one.
    cities = [c for c in read_cities(survey_dir) if c["crawl_status"] != "no_website"]
    crawled = [c for c in cities if c["crawl_status"] in CRAWLED]
    coverage = len(crawled) / max(len(cities), 1)
    if coverage < limits["min_coverage"]:
        found.append(f"only {len(crawled)}/{len(cities)} cities crawled "
                     f"({coverage:.0%} < {limits['min_coverage']:.0%})")
    errors = stats.get("log_count/ERROR", 0)
    if errors > limits["max_errors"]:
        found.append(f"{errors} errors logged (> {limits['max_errors']})")
    pages = sorted(int(c["pages_crawled"] or 0) for c in crawled)
    median = pages[len(pages) // 2] if pages else 0
    if median < limits["min_pages_per_city"]:
        found.append(f"a crawled city has a median of {median} pages (< {limits['min_pages_per_city']})")
    if previous_dir is not None and (Path(previous_dir) / "cities.csv").is_file():
        now, before = features_per_city(cities), features_per_city(read_cities(previous_dir))
        if before and now < before * (1 - limits["max_feature_drop"]):
            found.append(f"{now:.2f} features found per crawled city, down from {before:.2f} "
                         f"in {Path(previous_dir).resolve().name}")
    return found
