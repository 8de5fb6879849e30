"""Waves: what changed between two runs, on the cities crawled in both (waves.csv)."""
import pandas as pd

from citycrawl.survey.codebook import INDICATORS
from citycrawl.survey.stats import indicator_values

COLUMNS = ["indicator", "n_both", "gained", "lost", "kept", "kept_without", "share_before",
           "share_after", "change"]


def wave_table(before: pd.DataFrame, after: pd.DataFrame) -> pd.DataFrame:
    """Per indicator, over the cities crawled in both runs: 0->1 gained, 1->0 lost, 1->1 kept,
    0->0 kept_without, and the shares before and after on those same cities."""
    old, new = _by_code(before), _by_code(after)
    both = old.index.intersection(new.index)
    old, new = old.loc[both], new.loc[both]
    n = len(both)
    rows = []
    for name in INDICATORS:
        was, now = old[name], new[name]
        rows.append({"indicator": name, "n_both": n,
                     "gained": int(((was == 0) & (now == 1)).sum()),
                     "lost": int(((was == 1) & (now == 0)).sum()),
                     "kept": int(((was == 1) & (now == 1)).sum()),
                     "kept_without": int(((was == 0) & (now == 0)).sum()),
                     "share_before": was.mean() if n else float("nan"),
                     "share_after": now.mean() if n else float("nan")})
    table = pd.DataFrame(rows, columns=COLUMNS[:-1])
    table["change"] = table["share_after"] - table["share_before"]
    return table


def _by_code(cities: pd.DataFrame) -> pd.DataFrame:
    values = indicator_values(cities)  # crawled cities only
    return values.set_axis(cities.loc[values.index, "insee_code"])
