"""The survey of one run, as the exporters and the report receive it."""
from dataclasses import dataclass

import pandas as pd


@dataclass
class Survey:
    run: dict  # run_id, started_at, finished_at, status, settings, stats, coverage
    cities: pd.DataFrame  # the cities.csv columns, plus participation_index
    evidence: pd.DataFrame  # insee_code, feature, platform, url, detail, page_url, rule
    indicators: pd.DataFrame  # the indicators.csv columns
    coverage: pd.DataFrame  # crawl_status, count, share (of all seeded cities)
    useo2009: pd.DataFrame  # indicator, label, base, share_2009, count, n, share, ci_low, ci_high, difference
    waves: pd.DataFrame | None = None  # indicator, n_both, gained, lost, kept, kept_without, share_before, share_after, change
    compared_run: str | None = None
    offsite: pd.DataFrame | None = None  # offsite.csv: the off-site debate search results, when searched
    accuracy: object | None = None  # citycrawl.accuracy.score.Accuracy, once a validation sample is scored
    archive: pd.DataFrame | None = None  # archive.csv: a crawl of the past, what the archive had per city
