"""The off-site debate measure in the database: one status row per city, one row per result.

Rows are keyed by (run_id, city) and (run_id, city, url_key); a city measured again replaces its
earlier rows in one transaction, so a rerun of the measure is idempotent.
"""
import pandas as pd
from sqlalchemy import JSON, Boolean, DateTime, Integer, String, Text, delete, select
from sqlalchemy.orm import Mapped, mapped_column

from citycrawl.storage.models import Base
from citycrawl.storage.store import clean, json_safe, now, url_key

STATUSES = ("measured", "partial", "failed")  # and "not measured": no row at all


class OffsiteStatus(Base):
    __tablename__ = "offsite_status"
    run_id: Mapped[str] = mapped_column(String(100), primary_key=True)
    city: Mapped[str] = mapped_column(String(100), primary_key=True)
    status = mapped_column(String(20), nullable=False)  # measured, partial, failed
    queries = mapped_column(Integer, nullable=False)  # queries asked
    answered = mapped_column(Integer, nullable=False)  # queries with a usable answer
    requests = mapped_column(Integer, nullable=False)  # HTTP requests spent, retries included
    engine = mapped_column(Text)  # the search engine's base URL
    problems = mapped_column(Text)  # what went wrong, e.g. "http_429 x2; not_json"
    measured_at = mapped_column(DateTime(timezone=True), nullable=False)


class OffsiteResult(Base):
    __tablename__ = "offsite_results"
    run_id: Mapped[str] = mapped_column(String(100), primary_key=True)
    city: Mapped[str] = mapped_column(String(100), primary_key=True)
    url_key: Mapped[str] = mapped_column(String(32), primary_key=True)
    url = mapped_column(Text, nullable=False)
    query = mapped_column(Text, nullable=False)
    search_url = mapped_column(Text)  # the request that found it
    engine = mapped_column(Text)  # the engines behind the instance that gave the result
    rank = mapped_column(Integer, nullable=False)  # 1 = first result of its query
    title = mapped_column(Text)
    snippet = mapped_column(Text)
    published = mapped_column(String(10))  # ISO date, when known
    kind = mapped_column(String(40), nullable=False)
    counted = mapped_column(Boolean, nullable=False)  # an offsite_debate space
    contesting = mapped_column(Boolean, nullable=False)
    reason = mapped_column(Text, nullable=False)
    details = mapped_column(JSON)  # petition: target, place, date, signatures


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
