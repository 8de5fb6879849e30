"""Store: the one way crawl results reach the database and come back for the survey.

Writes are upserts (INSERT ... ON CONFLICT), never read-then-write, so several crawl processes can
share one PostgreSQL database. Pages are buffered and written in batches; a page and its findings
always go in the same transaction, so a killed crawl loses at most the last batch, never half a page.
"""
import hashlib
import json
import sqlite3
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import cached_property
from pathlib import Path

import pandas as pd
from sqlalchemy import (and_, bindparam, case, create_engine, delete, event, func, literal, not_,
                        or_, select, true, update)
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError

from citycrawl import migrations
from citycrawl.detect.spaces import DIALOGUE, own_sites, sites_of
from citycrawl.storage.models import Finding, Page, Run, RunCity, SpaceLink

PROJECT_ROOT = Path(__file__).resolve().parents[2]
DEFAULT_DB_PATH = PROJECT_ROOT / "data" / "citycrawl.sqlite"
INSERTS = {"sqlite": sqlite.insert, "postgresql": postgresql.insert}
FINDING_KEYS = ("feature", "platform", "handle", "url", "page_url", "rule", "detail")
SQLITE_LOCK_WAIT = 60  # seconds a SQLite writer waits for another process's lock


class StoreError(Exception):
    """The database cannot be used, or holds no such run."""


def default_db_url() -> str:
    return f"sqlite:///{DEFAULT_DB_PATH}"


def safe_url(db_url) -> str:
    """The URL as it may be shown or logged: without its password."""
    try:
        return make_url(db_url).render_as_string(hide_password=True)
    except ArgumentError:
        return "<unparsable database URL>"


def url_key(url: str) -> str:
    """Fixed-size key of a URL: URLs can be too long for an index entry."""
    return hashlib.sha256(url.encode("utf-8")).hexdigest()[:32]


def clean(value):
    """Text from crawled pages as any database accepts it: no NUL, no lone surrogate."""
    if isinstance(value, str):
        return value.replace("\x00", "").encode("utf-8", "replace").decode("utf-8")
    return value


def json_safe(value):
    """A JSON-serializable copy (crawler stats hold datetimes and other objects)."""
    def default(obj):
        return obj.isoformat() if hasattr(obj, "isoformat") else str(obj)
    return json.loads(json.dumps(value, default=default))


def now() -> datetime:
    return datetime.now(UTC)


@dataclass
class RunData:
    """One stored run. `pages` and `findings` (raw rows) load only when asked: they can be large;
    the survey works from `page_summary` (one row per city) and `evidence` (distinct findings)."""
    run: dict
    cities: pd.DataFrame
    page_summary: pd.DataFrame
    evidence: pd.DataFrame
    store: "Store" = field(repr=False)

    @cached_property
    def pages(self) -> pd.DataFrame:
        return self.store._frame(select(Page).where(Page.run_id == self.run["run_id"]))

    @cached_property
    def findings(self) -> pd.DataFrame:
        return self.store._frame(select(Finding).where(Finding.run_id == self.run["run_id"]))

    @cached_property
    def archived(self) -> pd.DataFrame:
        """The pages kept in WARC files: city, url, warc_file, warc_offset, warc_length, memento_at."""
        return self.store._frame(
            select(Page.city, Page.url, Page.warc_file, Page.warc_offset, Page.warc_length,
                   Page.memento_at)
            .where(Page.run_id == self.run["run_id"], Page.warc_file.is_not(None)))

    @cached_property
    def offsite_status(self) -> pd.DataFrame:
        """The off-site debate measure: one status row per city searched (citycrawl.offsite)."""
        from citycrawl.storage.offsite import load_statuses
        return load_statuses(self.store, self.run["run_id"])

    @cached_property
    def offsite_results(self) -> pd.DataFrame:
        from citycrawl.storage.offsite import load_results
        return load_results(self.store, self.run["run_id"])


class Store:
    def __init__(self, db_url: str | None = None, batch_size: int = 500, max_batch_age: float = 5.0):
        self.db_url = db_url or default_db_url()
        self.batch_size = batch_size
        self.max_batch_age = max_batch_age  # seconds: a slow crawl still commits regularly
        self._pending = {}  # (run_id, city, url_key) -> (page row, finding rows)
        self._last_flush = time.monotonic()
        try:
            self.engine = _engine(self.db_url)
            with self.engine.connect() as connection:
                if self.engine.dialect.name == "sqlite":
                    # Take the write lock first: a second process opening the same file waits,
                    # then finds it migrated (PostgreSQL: an advisory lock, see migrations/env.py).
                    connection.exec_driver_sql("BEGIN IMMEDIATE")
                migrations.upgrade(connection)
                connection.commit()
        except (SQLAlchemyError, OSError, ImportError, StoreError) as exc:
            raise StoreError(f"cannot open database {safe_url(self.db_url)}: {_reason(exc)}") from exc
        self._insert = INSERTS[self.engine.dialect.name]

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def close(self) -> None:
        self.flush()
        self.engine.dispose()

    # -- writing ------------------------------------------------------------------------------

    def start_run(self, run_id: str, settings: dict, started_at: datetime | None = None) -> None:
        """Record a run, or resume it: a rerun with the same id keeps its start time and pages."""
        row = {"run_id": run_id, "started_at": started_at or now(), "finished_at": None, "status": "running",
               "settings": json_safe(settings), "stats": None}
        stmt = self._insert(Run).values(row)
        stmt = stmt.on_conflict_do_update(
            index_elements=["run_id"],
            set_={"status": "running", "finished_at": None, "settings": stmt.excluded.settings})
        with self.engine.begin() as connection:
            connection.execute(stmt)

    def add_cities(self, run_id: str, seeds) -> None:
        rows = [{"run_id": run_id, "insee_code": clean(s.insee_code), "line": s.line,
                 "name": clean(s.name), "population": s.population, "region": clean(s.region or ""),
                 "website": clean(s.website), "attrs": json_safe(s.attrs), "seed_error": s.error,
                 "budget_exhausted": False} for s in seeds]
        if rows:
            with self.engine.begin() as connection:
                self._upsert(connection, RunCity, rows, ["run_id", "insee_code"],
                             keep=("budget_exhausted",))

    def add_page(self, run_id: str, page: dict, findings: list) -> None:
        """Store a page and its findings; a page stored again replaces the earlier copy."""
        url = clean(page.get("url") or page.get("requested_url"))
        if not page.get("city") or not url:
            raise ValueError(f"a page needs a city and a url: {page!r:.200}")
        key = url_key(url)
        row = {"run_id": run_id, "city": clean(page["city"]), "url_key": key, "url": url,
               "requested_url": clean(page.get("requested_url")), "status": _integer(page.get("status")),
               "error": clean(page.get("error")), "is_start": bool(page.get("is_start")),
               "external": bool(page.get("external")), "depth": _integer(page.get("depth")),
               "fetched_at": page.get("fetched_at") or now(),
               "warc_file": clean(page.get("warc_file")), "warc_offset": _integer(page.get("warc_offset")),
               "warc_length": _integer(page.get("warc_length")), "memento_at": page.get("memento_at")}
        found = []
        for finding in findings or ():
            values = finding.as_dict() if hasattr(finding, "as_dict") else dict(finding)
            if not values.get("feature"):  # refused here, alone, rather than failing a whole batch
                raise ValueError(f"a finding needs a feature: {values!r:.200}")
            found.append({"run_id": run_id, "city": row["city"], "page_key": key,
                          **{k: clean(values.get(k)) for k in FINDING_KEYS}, "page_url": url})
        earlier = self._pending.get((run_id, row["city"], key))
        row["is_start"] = row["is_start"] or bool(earlier and earlier[0]["is_start"])  # see flush
        self._pending[(run_id, row["city"], key)] = (row, found)
        if (len(self._pending) >= self.batch_size
                or time.monotonic() - self._last_flush > self.max_batch_age):
            self.flush()

    def flush(self) -> None:
        """Commit the buffered pages, each with its findings, in one transaction."""
        self._last_flush = time.monotonic()
        if not self._pending:
            return
        batch = [self._pending[k] for k in sorted(self._pending)]  # one lock order for all writers
        self._pending = {}
        pages = [page for page, _ in batch]
        with self.engine.begin() as connection:
            # A start page reached again by a link stays a start page: crawl_status depends on it.
            self._upsert(connection, Page, pages, ["run_id", "city", "url_key"], sticky=("is_start",))
            connection.execute(
                delete(Finding).where(Finding.run_id == bindparam("r"),
                                      Finding.city == bindparam("c"),
                                      Finding.page_key == bindparam("k")),
                [{"r": p["run_id"], "c": p["city"], "k": p["url_key"]} for p in pages])
            found = [f for _, findings in batch for f in findings]
            if found:
                connection.execute(self._insert(Finding), found)

    def copy_run_rows(self, source: str, target: str) -> None:
        """Give run `target` the cities, space links and off-site measure of run `source` (what a
        re-detection keeps of the crawl); `target`'s earlier rows of these tables are replaced."""
        from citycrawl.storage.models import OffsiteResult, OffsiteStatus
        with self.engine.begin() as connection:
            for model in (RunCity, SpaceLink, OffsiteStatus, OffsiteResult):
                table = model.__table__
                names = [c.name for c in table.columns]
                connection.execute(delete(table).where(table.c.run_id == target))
                columns = [literal(target).label("run_id") if name == "run_id" else table.c[name]
                           for name in names]
                connection.execute(table.insert().from_select(
                    names, select(*columns).where(table.c.run_id == source)))

    def mark_budget_exhausted(self, run_id: str, city: str) -> None:
        with self.engine.begin() as connection:
            connection.execute(update(RunCity)
                               .where(RunCity.run_id == run_id, RunCity.insee_code == city)
                               .values(budget_exhausted=True))

    def finish_run(self, run_id: str, stats: dict, status: str = "complete") -> None:
        if status not in ("complete", "failed"):
            raise ValueError(f"a run finishes complete or failed, not {status!r}")
        self.flush()
        with self.engine.begin() as connection:
            done = connection.execute(update(Run).where(Run.run_id == run_id).values(
                finished_at=now(), status=status, stats=json_safe(stats)))
        if done.rowcount == 0:
            raise StoreError(f"no run {run_id!r} in {safe_url(self.db_url)}")

    def _upsert(self, connection, model, rows, keys, keep=(), sticky=()):
        """Insert or update `rows`; columns in `keep` keep the stored value, boolean columns in
        `sticky` stay true once true."""
        stmt = self._insert(model)
        columns = model.__table__.columns
        set_ = {c.name: stmt.excluded[c.name] for c in columns if c.name not in keys and c.name not in keep}
        set_.update({name: or_(columns[name], stmt.excluded[name]) for name in sticky})
        stmt = stmt.on_conflict_do_update(index_elements=keys, set_=set_)
        connection.execute(stmt, rows)

    # -- reading ------------------------------------------------------------------------------

    def run_ids(self) -> list[str]:
        """Every stored run, oldest first."""
        with self.engine.connect() as connection:
            return list(connection.scalars(select(Run.run_id).order_by(Run.started_at, Run.run_id)))

    def latest_run_id(self, complete_only: bool = True) -> str | None:
        query = select(Run.run_id).order_by(Run.started_at.desc(), Run.run_id.desc()).limit(1)
        if complete_only:
            query = query.where(Run.status == "complete")
        with self.engine.connect() as connection:
            return connection.scalar(query)

    def previous_run_id(self, run_id: str, complete_only: bool = True) -> str | None:
        """The run started just before `run_id`: the default other side of a wave comparison."""
        started = select(Run.started_at).where(Run.run_id == run_id).scalar_subquery()
        query = (select(Run.run_id).where(Run.started_at < started, Run.run_id != run_id)
                 .order_by(Run.started_at.desc()).limit(1))
        if complete_only:
            query = query.where(Run.status == "complete")
        with self.engine.connect() as connection:
            return connection.scalar(query)

    def load_run(self, run_id: str) -> RunData:
        self.flush()
        with self.engine.connect() as connection:
            run = connection.execute(select(Run).where(Run.run_id == run_id)).mappings().first()
        if run is None:
            known = self.run_ids()
            raise StoreError(f"no run {run_id!r} in {safe_url(self.db_url)}; stored runs: "
                             + (", ".join(known[-10:]) if known else "none"))
        run = {k: _iso(v) for k, v in run.items()}
        cities = self._frame(select(RunCity).where(RunCity.run_id == run_id).order_by(RunCity.line))
        evidence = self._frame(_evidence(run_id))
        own, outward = self._own_sites(run_id, cities, evidence)
        evidence = pd.concat([evidence, own], ignore_index=True) if not own.empty else evidence
        credited = self._credited(run_id, evidence.columns, own[own["page_url"].isin(outward)])
        if not credited.empty:
            evidence = pd.concat([evidence, credited], ignore_index=True)
        return RunData(run=run, cities=cities, page_summary=self._frame(_page_summary(run_id)),
                       evidence=evidence, store=self)

    def add_space_link(self, run_id: str, city: str, url: str, page_url: str) -> None:
        """`city`'s page `page_url` links to the participation space page `url` (the first linking
        page is kept)."""
        row = {"run_id": run_id, "city": clean(city), "url_key": url_key(url), "url": clean(url),
               "page_url": clean(page_url)}
        with self.engine.begin() as connection:
            self._upsert(connection, SpaceLink, [row], ["run_id", "city", "url_key"], keep=("page_url",))

    def _own_sites(self, run_id: str, cities: pd.DataFrame, evidence: pd.DataFrame) -> tuple[pd.DataFrame, set]:
        """The platforms that sites of their own are (citycrawl/detect/spaces.py), judged from the pages
        crawled, the start pages and the seeds' websites telling each city's main site; and the addresses
        of the pages crawled outside the cities' domains (spaces, credited to every city linking to them;
        a city's own subdomain is credited to none other)."""
        # Only the cities where residents act somewhere can have one: their pages are a few of the run's
        acting_cities = select(Finding.city).where(Finding.run_id == run_id, Finding.feature.in_(DIALOGUE))
        crawled = self._frame(select(Page.city, Page.url, Page.requested_url, Page.is_start, Page.external)
                              .where(Page.run_id == run_id, Page.city.in_(acting_cities)))
        read = set(crawled["city"])
        seeds = [(code, site) for code, site in zip(cities["insee_code"], cities["website"])
                 if code in read and isinstance(site, str) and site.strip()]
        crawled = pd.concat([crawled, pd.DataFrame([(code, site, site, True, False) for code, site in seeds],
                                                   columns=crawled.columns)], ignore_index=True)
        outward = set(crawled.loc[crawled["external"].astype(bool), "url"])
        return own_sites(evidence, crawled), outward

    def _credited(self, run_id: str, columns, own: pd.DataFrame) -> pd.DataFrame:
        """The findings of participation spaces outside every city's domains, credited to each city
        that links to them: a space is fetched once per run, by whichever city reached it first. A
        city gets the findings of the pages on the host it links to (and the platform such a site of
        its own is, `own_sites`), with its linking page as page_url."""
        links = self._frame(select(SpaceLink.city, SpaceLink.url, SpaceLink.page_url)
                            .where(SpaceLink.run_id == run_id))
        if links.empty:
            return pd.DataFrame(columns=columns)
        spaces = self._frame(
            select(Finding.city, Finding.feature, Finding.platform, Finding.url, Finding.detail,
                   Finding.page_url, Finding.rule, Finding.handle)
            .join(Page, and_(Page.run_id == Finding.run_id, Page.city == Finding.city,
                             Page.url_key == Finding.page_key))
            .where(Finding.run_id == run_id, Page.external == true()))
        if not own.empty:
            spaces = pd.concat([spaces, own[list(spaces.columns)]], ignore_index=True)
        if spaces.empty:
            return pd.DataFrame(columns=columns)
        spaces["host"] = sites_of(spaces["page_url"]).to_numpy()
        links["host"] = sites_of(links["url"]).to_numpy()
        links = links.sort_values("page_url").drop_duplicates(["city", "host"])
        credited = links.merge(spaces, on="host", suffixes=("", "_space"))
        credited = credited[credited["city"] != credited["city_space"]]  # that city has them already
        credited = credited.assign(rule=credited["rule"] + " (linked space)")
        credited = credited.drop_duplicates(["city", "feature", "platform", "url"])
        credited["occurrences"] = 1
        return credited.reindex(columns=columns)

    def _frame(self, query) -> pd.DataFrame:
        with self.engine.connect() as connection:
            result = connection.execute(query)
            # Plain tuples: pandas probes each Row's attributes, slowly, when given Rows.
            return pd.DataFrame([tuple(row) for row in result], columns=list(result.keys()))


def _count(condition):
    return func.coalesce(func.sum(case((condition, 1), else_=0)), 0)


def _page_summary(run_id):
    """Per city, the page counts the crawl_status rules need (see citycrawl.survey.cities)."""
    error = func.lower(func.coalesce(Page.error, ""))
    robots = and_(Page.status.is_(None), error.like("ignorerequest%"), error.like("%robots%"))
    start = Page.is_start == true()
    no_response = and_(Page.status.is_(None), not_(robots))
    return (select(Page.city,
                   _count(Page.status.is_not(None)).label("pages_crawled"),
                   _count(start).label("start_pages"),
                   _count(and_(start, Page.status < 400)).label("start_reached"),
                   _count(and_(start, Page.status >= 400)).label("start_http_error"),
                   _count(and_(start, robots)).label("start_robots"),
                   _count(and_(not_(start), or_(no_response, Page.status >= 500))).label("failed_pages"))
            .where(Page.run_id == run_id).group_by(Page.city))


def _evidence(run_id):
    """Distinct findings of the run: a footer link seen on 300 pages is one row, with how many
    findings it merges (`occurrences`)."""
    return (select(Finding.city, Finding.feature, Finding.platform, Finding.url,
                   func.min(Finding.detail).label("detail"),
                   func.min(Finding.page_url).label("page_url"),
                   func.min(Finding.rule).label("rule"),
                   func.min(Finding.handle).label("handle"),
                   func.count().label("occurrences"))
            .where(Finding.run_id == run_id)
            .group_by(Finding.city, Finding.feature, Finding.platform, Finding.url))


def _integer(value):
    return None if value is None else int(value)


def _iso(value):
    if isinstance(value, datetime):
        return (value if value.tzinfo else value.replace(tzinfo=UTC)).isoformat()
    return value


def _engine(db_url: str):
    url = make_url(db_url)
    backend = url.get_backend_name()
    if backend not in INSERTS:
        raise StoreError(f"unsupported database {backend!r}: use sqlite or postgresql")
    if backend == "sqlite":
        if url.database and url.database != ":memory:" and not url.database.startswith("file:"):
            Path(url.database).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"timeout": SQLITE_LOCK_WAIT})
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    return create_engine(url, pool_pre_ping=True, connect_args={"connect_timeout": 10})


def _sqlite_pragmas(dbapi_connection, _record):
    # WAL: readers (scrapy survey) never block the crawl; NORMAL sync is durable at each WAL
    # checkpoint and still safe from corruption.
    cursor = dbapi_connection.cursor()
    try:
        deadline = time.monotonic() + SQLITE_LOCK_WAIT
        # WAL is kept in the file: only the first connection to a new database switches to it.
        while cursor.execute("PRAGMA journal_mode").fetchone()[0].lower() != "wal":
            try:
                cursor.execute("PRAGMA journal_mode=WAL")
                break  # an in-memory database answers "memory" and stays so
            except sqlite3.OperationalError as error:
                # The switch takes the file's lock without waiting for it (SQLite's busy timeout
                # does not apply): two processes opening a new database at once must retry.
                if "locked" not in str(error) or time.monotonic() > deadline:
                    raise
                time.sleep(0.05)
        cursor.execute("PRAGMA synchronous=NORMAL")
    finally:
        cursor.close()


def _reason(exc: BaseException) -> str:
    """The first line of the driver's message, without SQLAlchemy's boilerplate."""
    origin = getattr(exc, "orig", None) or exc
    text = str(origin).strip() or type(origin).__name__
    return text.splitlines()[0]
