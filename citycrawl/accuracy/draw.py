"""The validation sample: a stratified random draw of a run's crawled cities.

Each population stratum gets its share of the sample in proportion to its crawled cities (largest
remainders), so the sample is self-weighting and its unweighted rates estimate the run's. Within a
stratum, cities are ranked by a hash of the seed and their INSEE code, and the first ones are
taken: the same seed draws the same cities on any machine and Python version, whatever the order
of the frame."""
import hashlib
import math
import secrets

import pandas as pd

from citycrawl.survey.codebook import CRAWLED

DEFAULT_SIZE = 30


def new_seed() -> int:
    return secrets.randbelow(1_000_000)


def _rank(seed: int, insee_code: str) -> str:
    return hashlib.sha256(f"{seed}:{insee_code}".encode()).hexdigest()


def allocation(sizes: dict, total: int) -> dict:
    """Sample size per stratum, proportional to `sizes` (largest remainders; ties: larger stratum,
    then label)."""
    population = sum(sizes.values())
    total = min(total, population)
    if population == 0:
        return dict.fromkeys(sizes, 0)
    quotas = {label: total * size / population for label, size in sizes.items()}
    taken = {label: math.floor(q) for label, q in quotas.items()}
    order = sorted(sizes, key=lambda label: (-(quotas[label] - taken[label]), -sizes[label], label))
    for label in order[:total - sum(taken.values())]:
        taken[label] += 1
    return taken


def draw_sample(cities: pd.DataFrame, size: int, seed: int) -> pd.DataFrame:
    """The drawn rows of `cities` (a cities.csv table with `stratum`), in the run's order."""
    crawled = cities[cities["crawl_status"].isin(CRAWLED)]
    strata = crawled.groupby("stratum", sort=True).size().to_dict()
    chosen = []
    for label, count in allocation(strata, size).items():
        members = crawled[crawled["stratum"] == label]
        ranks = members["insee_code"].astype(str).map(lambda code: _rank(seed, code))
        chosen.extend(ranks.sort_values(kind="stable").index[:count])
    return cities.loc[sorted(chosen)]
