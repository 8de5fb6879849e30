"""Shares with 95% Wilson intervals (indicators.csv) and the coverage of the crawl (coverage.csv)."""
from statistics import NormalDist

import numpy as np
import pandas as pd

from citycrawl.survey.codebook import CRAWLED, INDICATORS, STATUSES
from citycrawl.survey.strata import (DEFAULT_STRATA, population_stratum, region_label,
                                     strata_labels)

Z95 = NormalDist().inv_cdf(0.975)  # 1.959963984540054
INDICATOR_COLUMNS = ["indicator", "base", "stratum", "count", "n", "share", "ci_low", "ci_high"]


def wilson(count, n, z: float = Z95):
    """Wilson score interval (Wilson 1927; Newcombe 1998, method 3) of count/n.

    Works on numbers or arrays; n = 0 gives NaN bounds."""
    count, n = np.asarray(count, dtype=float), np.asarray(n, dtype=float)
    with np.errstate(invalid="ignore", divide="ignore"):
        p = count / n
        denominator = 1 + z * z / n
        centre = (p + z * z / (2 * n)) / denominator
        half = z * np.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / denominator
        low = np.where(count == 0, 0.0, np.clip(centre - half, 0, 1))
        high = np.where(count == n, 1.0, np.clip(centre + half, 0, 1))
    nan = n == 0
    return np.where(nan, np.nan, low), np.where(nan, np.nan, high)


def indicator_values(cities: pd.DataFrame) -> pd.DataFrame:
    """The 0/1 value of every indicator (INDICATORS) for each crawled city."""
    crawled = cities[cities["crawl_status"].isin(CRAWLED)]
    values = pd.DataFrame(index=crawled.index)
    for name in INDICATORS:
        if name.startswith("level_"):
            values[name] = (crawled["level"] == int(name.removeprefix("level_"))).astype(int)
        else:
            values[name] = crawled[name].astype(int)
    return values


def indicator_table(cities: pd.DataFrame, strata=DEFAULT_STRATA, values=None) -> pd.DataFrame:
    """indicators.csv: every indicator on both bases, overall, by population stratum, by region.

    Every stratum of the frame is listed, even with no crawled city (n = 0, empty share).
    `values` (default: indicator_values) may leave a city's value empty: that city is then left
    out of the indicator's n (a measure that did not reach it)."""
    values = indicator_values(cities) if values is None else values
    population = cities["population"].map(lambda p: population_stratum(p, strata))
    regions = pd.Series([region_label(r, n) for r, n in zip(cities["region"], cities["region_name"])],
                        index=cities.index)
    breakdowns = [(pd.Series("all", index=cities.index), ["all"]),
                  (population, _present(population, strata_labels(strata))),
                  (regions, sorted(regions.dropna().unique()))]
    participatory = cities.loc[values.index, "participatory"].fillna(0) == 1
    frames = []
    for base, rows in (("all", values), ("participatory", values[participatory])):
        for labels, order in breakdowns:
            grouped = rows.groupby(labels.loc[rows.index])
            count = grouped.sum().reindex(order, fill_value=0)
            n = grouped.count().reindex(order, fill_value=0)  # cities with a value
            long = pd.DataFrame({"count": count.stack(), "n": n.stack()}).reset_index()
            long.columns = ["stratum", "indicator", "count", "n"]
            long.insert(0, "base", base)
            frames.append(long)
    table = pd.concat(frames, ignore_index=True)
    table["count"] = table["count"].astype(int)
    table["n"] = table["n"].astype(int)
    with np.errstate(invalid="ignore", divide="ignore"):
        table["share"] = np.where(table["n"] > 0, table["count"] / table["n"], np.nan)
    table["ci_low"], table["ci_high"] = wilson(table["count"], table["n"])
    return table[INDICATOR_COLUMNS]


def _present(labels: pd.Series, order: list[str]) -> list[str]:
    """The configured strata in order, then any other label found (below the first bound, unknown)."""
    return order + sorted(set(labels) - set(order))


def coverage_table(cities: pd.DataFrame) -> pd.DataFrame:
    """How many seeded cities got each crawl_status. Shares are of all seeded cities."""
    counts = cities["crawl_status"].value_counts().reindex(list(STATUSES), fill_value=0)
    total = len(cities)
    return pd.DataFrame({"crawl_status": list(STATUSES), "count": counts.to_numpy(),
                         "share": counts.to_numpy() / total if total else np.nan})


def coverage_summary(coverage: pd.DataFrame) -> dict:
    """The coverage as run.json and the log give it."""
    counts = dict(zip(coverage["crawl_status"], coverage["count"].astype(int).tolist()))
    seeded = sum(counts.values())
    crawled = sum(counts[s] for s in CRAWLED)
    return {"seeded": seeded, "crawled": crawled, **counts,
            "note": "shares are computed on crawled cities only (crawl_status ok or partial)"}


def coverage_line(summary: dict) -> str:
    """'coverage: 120/134 cities crawled (10 unreachable, 4 blocked)'."""
    missing = ", ".join(f"{summary[s]} {s}" for s in STATUSES if s not in CRAWLED and summary[s])
    return (f"coverage: {summary['crawled']}/{summary['seeded']} cities crawled"
            + (f" ({missing})" if missing else ""))
