"""The validation folder of a run, `<run folder>/validation/`, as the survey reads and writes it.

The kit (`sample.json`, `coding.*`) is written by `scrapy validate draw`, the checked sheets
(`coded.csv`) by `scrapy validate score`; `accuracy.csv` and `disagreements.csv` are derived from
them each time the survey is written, so `scrapy survey` keeps them."""
from pathlib import Path

import pandas as pd

from citycrawl.accuracy.kit import read_sample
from citycrawl.accuracy.score import Accuracy, score
from citycrawl.survey.export import VALIDATION  # noqa: F401 (the folder's name, kept by the survey)
CODED_FILE = "coded.csv"
DERIVED_TABLES = ("accuracy", "disagreements")
DERIVED = tuple(f"{name}.csv" for name in DERIVED_TABLES)


def read_coded(folder: Path) -> pd.DataFrame | None:
    path = Path(folder) / CODED_FILE
    if not path.is_file():
        return None
    return pd.read_csv(path, dtype=str, keep_default_na=False).astype({"sheet": int})


def load_accuracy(folder: Path, cities, evidence, indicators) -> Accuracy | None:
    """The scored validation sample of the folder, or None when no sheet was scored yet."""
    sample, coded = read_sample(folder), read_coded(folder)
    if sample is None or coded is None:
        return None
    return score(sample, coded, cities, evidence, indicators)


def with_corrected(indicators: pd.DataFrame, accuracy: Accuracy) -> pd.DataFrame:
    """indicators.csv once a sample is scored: every row marked `estimate` raw, then the corrected
    shares (base all, stratum all) marked corrected, with why one is not estimable in `note`."""
    raw = indicators.assign(estimate="raw", note="")
    corrected = accuracy.corrected.reindex(columns=raw.columns)
    return pd.concat([raw, corrected], ignore_index=True)
