"""The off-site debate measure in the database: one status row per city, one row per result.

Rows are keyed by (run_id, city) and (run_id, city, url_key); a city measured again replaces its
earlier rows in one transaction, so a rerun of the measure is idempotent.
"""
import pandas as pd
from sqlalchemy import delete, select

from citycrawl.storage.models import OffsiteResult, OffsiteStatus
from citycrawl.storage.store import clean, json_safe, now, url_key

STATUSES = ("measured", "partial", "failed")  # and "not measured": no row at all


def save_city(store, run_id: str, city: str, status: dict, results: list[dict]) -> None:
    """Store (or replace) one city's measure: its status row and its classified results."""
    row = {"run_id": run_id, "city": city, "measured_at": now(),
           **{k: clean(status.get(k)) for k in ("status", "queries", "answered", "requests",
                                                 "engine", "problems")}}
    rows = [{"run_id": run_id, "city": city, "url_key": url_key(r["url"]),
             **{k: clean(r.get(k)) for k in ("url", "query", "search_url", "engine", "rank", "title", "snippet",
                                             "published", "kind", "reason")},
             "counted": bool(r["counted"]), "contesting": bool(r["contesting"]),
             "details": json_safe(r.get("details") or None)} for r in results]
    with store.engine.begin() as connection:
        store._upsert(connection, OffsiteStatus, [row], ["run_id", "city"])
        connection.execute(delete(OffsiteResult).where(OffsiteResult.run_id == run_id,
                                                       OffsiteResult.city == city))
        if rows:
            connection.execute(store._insert(OffsiteResult), rows)


def load_statuses(store, run_id: str) -> pd.DataFrame:
    return store._frame(select(OffsiteStatus).where(OffsiteStatus.run_id == run_id))


def load_results(store, run_id: str) -> pd.DataFrame:
    return store._frame(select(OffsiteResult).where(OffsiteResult.run_id == run_id)
                        .order_by(OffsiteResult.city, OffsiteResult.query, OffsiteResult.rank))
