"""archive.csv: for a crawl of the past (`-a as_of=...`), what the archive had of each city.

One row per seeded city, in seed order: the pages the crawl wanted (every page stored, answered or
not) and those the archive had within the window, the dates of those captures around `as_of`, and
for a city the archive could not give, why (the reason its start pages failed).
"""
from datetime import UTC, datetime

import pandas as pd

ARCHIVE_COLUMNS = ["insee_code", "as_of", "pages_wanted", "pages_archived", "archived_share",
                   "first_capture", "last_capture", "median_days_from_as_of", "max_days_from_as_of",
                   "reason"]
NOT_MEASURED = ("unreachable", "blocked", "error")


def archive_table(run_data, cities: pd.DataFrame) -> pd.DataFrame | None:
    """None for a crawl of the live web."""
    as_of = (run_data.run.get("settings") or {}).get("as_of")
    if not as_of:
        return None
    day = datetime.strptime(as_of, "%Y-%m-%d")
    noon = datetime(day.year, day.month, day.day, 12, tzinfo=UTC)
    pages = run_data.pages
    mementos = pd.to_datetime(pages["memento_at"], utc=True, format="mixed")
    rows = []
    for code, status in zip(cities["insee_code"], cities["crawl_status"]):
        mine = (pages["city"] == code).to_numpy()
        dates = mementos[mine].dropna()
        days = [(d.to_pydatetime() - noon).total_seconds() / 86400 for d in dates]
        wanted, had = int(mine.sum()), len(dates)
        rows.append({
            "insee_code": code, "as_of": as_of, "pages_wanted": wanted, "pages_archived": had,
            "archived_share": round(had / wanted, 4) if wanted else 0.0,
            "first_capture": dates.min().date().isoformat() if had else None,
            "last_capture": dates.max().date().isoformat() if had else None,
            "median_days_from_as_of": round(float(pd.Series(days).median()), 1) if had else None,
            "max_days_from_as_of": round(max(abs(d) for d in days)) if had else None,
            "reason": _reason(pages[mine]) if status in NOT_MEASURED else None,
        })
    table = pd.DataFrame(rows, columns=ARCHIVE_COLUMNS)
    table["max_days_from_as_of"] = table["max_days_from_as_of"].astype("Int64")
    return table


def _reason(pages: pd.DataFrame) -> str:
    """Why the city could not be measured: its start pages' errors (IgnoreRequest's class name
    dropped), or that it has no page at all."""
    starts = pages[pages["is_start"].astype(bool)]
    errors = [e.split(": ", 1)[-1] for e in starts["error"].dropna()]
    return "; ".join(dict.fromkeys(errors)) or "no start page answered"
