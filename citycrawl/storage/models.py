"""The database schema at the head migration: runs, their cities, pages and findings.

Pages are keyed by a hash of their URL rather than the URL itself: a hostile or redirected URL can
be longer than a PostgreSQL index entry allows. HTML is never stored.
"""
from sqlalchemy import JSON, BigInteger, Boolean, DateTime, Index, Integer, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

# SQLite only autoincrements an INTEGER PRIMARY KEY; PostgreSQL needs 64 bits for millions of rows.
ROW_ID = BigInteger().with_variant(Integer(), "sqlite")


class Base(DeclarativeBase):
    pass


class Run(Base):
    __tablename__ = "runs"
    run_id: Mapped[str] = mapped_column(String(100), primary_key=True)
    started_at = mapped_column(DateTime(timezone=True), nullable=False)
    finished_at = mapped_column(DateTime(timezone=True))
    status: Mapped[str] = mapped_column(String(20), nullable=False)  # running, complete, failed
    settings = mapped_column(JSON, nullable=False)
    stats = mapped_column(JSON)


class RunCity(Base):
    __tablename__ = "run_cities"
    run_id: Mapped[str] = mapped_column(String(100), primary_key=True)
    insee_code: Mapped[str] = mapped_column(String(100), primary_key=True)
    line = mapped_column(Integer, nullable=False)  # line in the seeds file: the survey's row order
    name = mapped_column(Text, nullable=False)
    population = mapped_column(BigInteger)
    region = mapped_column(Text, nullable=False)
    website = mapped_column(Text, nullable=False)
    attrs = mapped_column(JSON, nullable=False)
    seed_error = mapped_column(Text)
    budget_exhausted = mapped_column(Boolean, nullable=False, default=False)


class Page(Base):
    __tablename__ = "pages"
    run_id: Mapped[str] = mapped_column(String(100), primary_key=True)
    city: Mapped[str] = mapped_column(String(100), primary_key=True)
    url_key: Mapped[str] = mapped_column(String(32), primary_key=True)  # see store.url_key
    url = mapped_column(Text, nullable=False)
    requested_url = mapped_column(Text)
    status = mapped_column(Integer)
    error = mapped_column(Text)
    is_start = mapped_column(Boolean, nullable=False)
    external = mapped_column(Boolean, nullable=False)
    depth = mapped_column(Integer)
    fetched_at = mapped_column(DateTime(timezone=True), nullable=False)
    # The page's WARC response record (citycrawl/warc.py), file relative to CITYCRAWL_RUNS_DIR;
    # NULL when capture was off (migration 0005).
    warc_file = mapped_column(Text)
    warc_offset = mapped_column(BigInteger)
    warc_length = mapped_column(BigInteger)
    memento_at = mapped_column(DateTime(timezone=True))  # crawl of the past: the snapshot's datetime


class Finding(Base):
    __tablename__ = "findings"
    id = mapped_column(ROW_ID, primary_key=True, autoincrement=True)
    run_id = mapped_column(String(100), nullable=False)
    city = mapped_column(String(100), nullable=False)
    page_key = mapped_column(String(32), nullable=False)  # url_key of the page it was found on
    page_url = mapped_column(Text, nullable=False)
    feature = mapped_column(String(100), nullable=False)
    platform = mapped_column(Text)
    handle = mapped_column(Text)
    url = mapped_column(Text)
    rule = mapped_column(Text)
    detail = mapped_column(Text)
    __table_args__ = (
        # Serves both loading a city's findings and replacing a re-fetched page's findings
        # (migration 0002 widened it from (run_id, city)).
        Index("ix_findings_page", "run_id", "city", "page_key"),
        # Serves reading a run's evidence, grouped by city, feature, platform and address (migration 0006;
        # the address, of unbounded length, is left out)
        Index("ix_findings_feature", "run_id", "city", "feature", "platform"),
    )


# The off-site debate measure (citycrawl/offsite/, citycrawl/storage/offsite.py).
class SpaceLink(Base):
    """A city's page links to a participation space outside every city's domains (one per city and
    space page): the space is fetched once per run, and credited to each city that links to it."""
    __tablename__ = "space_links"
    run_id: Mapped[str] = mapped_column(String(100), primary_key=True)
    city: Mapped[str] = mapped_column(String(100), primary_key=True)
    url_key: Mapped[str] = mapped_column(String(32), primary_key=True)  # of the space's page
    url = mapped_column(Text, nullable=False)
    page_url = mapped_column(Text, nullable=False)  # the city's linking page (the first one stored)


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
