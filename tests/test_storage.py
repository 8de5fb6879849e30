"""Store on a real SQLite file and a real PostgreSQL server: idempotence, resume, batches, errors."""
import multiprocessing
import socket

import pytest
from sqlalchemy import create_engine, func, inspect, select, text

from citycrawl.seeds import Seed
from citycrawl.storage import Store, StoreError
from citycrawl.storage.models import Finding, Page, RunCity
from citycrawl.storage.store import _engine, url_key



def seeds(*codes):
    return [Seed(line=i + 2, insee_code=code, name=f"Ville {code}", population=60000 + i,
                 website=f"https://{code}.example.fr/") for i, code in enumerate(codes)]


def page(city, path="/", **fields):
    return {"city": city, "url": f"https://{city}.example.fr{path}", "requested_url": None,
            "status": 200, "error": None, "is_start": path == "/", "external": False, "depth": 0,
            **fields}


def finding(feature, url="https://x.example.fr/", **fields):
    return {"feature": feature, "platform": None, "handle": None, "url": url,
            "page_url": url, "rule": "test", "detail": "", **fields}


def count(store, model, **where):
    with store.engine.connect() as connection:
        query = select(func.count()).select_from(model)
        for column, value in where.items():
            query = query.where(getattr(model, column) == value)
        return connection.scalar(query)


def test_re_adding_cities_pages_and_findings_never_duplicates(db_url):
    with Store(db_url) as store:
        store.start_run("r1", {})
        store.add_cities("r1", seeds("1", "2"))
        store.add_cities("r1", seeds("1", "2"))
        store.add_page("r1", page("1"), [finding("forum"), finding("poll")])
        store.flush()
        store.add_page("r1", page("1", status=500), [finding("contact_form")])
        store.add_page("r1", page("1", status=503), [finding("comments")])  # same batch: last wins
        store.flush()
        assert count(store, RunCity) == 2
        assert count(store, Page) == 1
        run = store.load_run("r1")
        assert run.pages["status"].tolist() == [503]
        assert run.findings["feature"].tolist() == ["comments"]


def test_finding_objects_with_as_dict_are_accepted(db_url):
    class Found:
        def as_dict(self):
            return finding("petition", platform="decidim")

    with Store(db_url) as store:
        store.start_run("r1", {})
        store.add_page("r1", page("1"), [Found()])
        assert store.load_run("r1").evidence[["feature", "platform"]].values.tolist() == [
            ["petition", "decidim"]]


def test_a_rerun_with_the_same_id_resumes(db_url):
    with Store(db_url) as store:
        store.start_run("r1", {"CITYCRAWL_MAX_PAGES": 10})
        store.add_cities("r1", seeds("1"))
        store.add_page("r1", page("1"), [finding("forum")])
        store.finish_run("r1", {"item_scraped_count": 1}, status="failed")
        first = store.load_run("r1").run
        store.start_run("r1", {"CITYCRAWL_MAX_PAGES": 20})
        again = store.load_run("r1")
        assert again.run["status"] == "running"
        assert again.run["finished_at"] is None
        assert again.run["started_at"] == first["started_at"]
        assert again.run["settings"] == {"CITYCRAWL_MAX_PAGES": 20}
        assert len(again.pages) == 1 and len(again.findings) == 1


def test_run_ids_and_latest_complete_run(db_url):
    with Store(db_url) as store:
        for run_id in ("2024-a", "2025-b", "2026-c"):
            store.start_run(run_id, {})
        store.finish_run("2024-a", {})
        store.finish_run("2025-b", {})
        assert store.run_ids() == ["2024-a", "2025-b", "2026-c"]
        assert store.latest_run_id() == "2025-b"
        assert store.latest_run_id(complete_only=False) == "2026-c"
        assert store.previous_run_id("2025-b") == "2024-a"
        assert store.previous_run_id("2024-a") is None


def test_empty_database_has_no_latest_run(db_url):
    with Store(db_url) as store:
        assert store.latest_run_id() is None and store.run_ids() == []


def test_budget_exhausted_is_kept_when_cities_are_added_again(db_url):
    with Store(db_url) as store:
        store.start_run("r1", {})
        store.add_cities("r1", seeds("1", "2"))
        store.mark_budget_exhausted("r1", "2")
        store.add_cities("r1", seeds("1", "2"))
        cities = store.load_run("r1").cities
        assert cities.set_index("insee_code")["budget_exhausted"].to_dict() == {"1": False, "2": True}


def test_pages_are_committed_in_batches_with_their_findings(db_url):
    store = Store(db_url, batch_size=3, max_batch_age=3600)
    store.start_run("r1", {})
    for n in range(4):
        store.add_page("r1", page("1", f"/p{n}"), [finding("forum"), finding("poll")])
    # Another process sees what a killed crawl would leave: whole pages of the committed batch.
    with Store(db_url) as reader:
        assert count(reader, Page) == 3
        assert count(reader, Finding) == 6
    store.close()
    with Store(db_url) as reader:
        assert count(reader, Page) == 4 and count(reader, Finding) == 8


def test_hostile_text_is_stored_and_read_back(db_url):
    long_url = "https://1.example.fr/" + "é" * 3000  # longer than a PostgreSQL index entry
    with Store(db_url) as store:
        store.start_run("r1", {})
        store.add_page("r1", page("1", url=long_url, error="bad\x00byte"),
                       [finding("comments", url=long_url, detail="nul\x00 and \ud800 surrogate")])
        run = store.load_run("r1")
        assert run.pages["url"].tolist() == [long_url]
        assert run.pages["error"].tolist() == ["badbyte"]
        assert run.evidence["detail"].tolist() == ["nul and ? surrogate"]


def test_a_finding_without_feature_is_refused_alone(db_url):
    with Store(db_url) as store:
        store.start_run("r1", {})
        store.add_page("r1", page("1", "/a"), [finding("forum")])
        with pytest.raises(ValueError, match="needs a feature"):
            store.add_page("r1", page("1", "/b"), [finding(None)])
        store.flush()
        assert store.load_run("r1").pages["url"].tolist() == ["https://1.example.fr/a"]


def test_unknown_run_is_a_clear_error(db_url):
    with Store(db_url) as store:
        store.start_run("known", {})
        with pytest.raises(StoreError, match="no run 'nope'.*stored runs: known"):
            store.load_run("nope")


def test_unreachable_database_is_one_clear_error_without_the_password():
    with socket.socket() as sock:  # a port nobody listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    with pytest.raises(StoreError) as error:
        Store(f"postgresql+psycopg://crawler:s3cret@127.0.0.1:{port}/citycrawl")
    message = str(error.value)
    assert message.startswith(f"cannot open database postgresql+psycopg://crawler:***@127.0.0.1:{port}")
    assert "s3cret" not in message and "refused" in message.lower()


def test_sqlite_file_that_cannot_be_created_is_a_clear_error(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    with pytest.raises(StoreError, match="cannot open database sqlite:///.*file/db.sqlite"):
        Store(f"sqlite:///{blocker}/db.sqlite")


def test_default_database_is_a_file_in_the_project_data_folder():
    from citycrawl.storage.store import PROJECT_ROOT, default_db_url

    assert (PROJECT_ROOT / "scrapy.cfg").exists()
    assert default_db_url() == f"sqlite:///{PROJECT_ROOT / 'data' / 'citycrawl.sqlite'}"


def _worker(db_url, worker):
    with Store(db_url, batch_size=7) as store:
        store.start_run("shared", {})
        store.add_cities("shared", seeds("1", "2", "3"))
        for n in range(60):  # both workers write the same pages, in opposite orders
            n = n if worker == 0 else 59 - n
            store.add_page("shared", page(str(n % 3 + 1), f"/p{n}"),
                           [finding("forum", detail=f"worker {worker}")])


def test_several_processes_write_one_database(db_url):
    context = multiprocessing.get_context("spawn")
    workers = [context.Process(target=_worker, args=(db_url, w)) for w in (0, 1)]
    for process in workers:
        process.start()
    for process in workers:
        process.join(120)
    assert [p.exitcode for p in workers] == [0, 0]
    with Store(db_url) as store:
        assert count(store, RunCity) == 3
        assert count(store, Page) == 60
        assert count(store, Finding) == 60  # each page keeps the findings of its last writer only


def test_upgrade_from_the_initial_schema_keeps_the_data(db_url):
    from alembic.script import ScriptDirectory

    from citycrawl import migrations

    engine = create_engine(db_url)
    with engine.begin() as connection:
        migrations.upgrade(connection, "0001")
        connection.execute(text(
            "INSERT INTO runs (run_id, started_at, status, settings) "
            "VALUES ('old', '2025-01-01 00:00:00+00', 'complete', '{}')"))
        connection.execute(text(
            "INSERT INTO run_cities (run_id, insee_code, line, name, population, region, website, "
            "attrs, budget_exhausted) VALUES ('old', '1', 2, 'A', 60000, '11', 'https://a.fr/', '{}', "
            "false)"))
        connection.execute(text(
            "INSERT INTO pages (run_id, city, url_key, url, status, is_start, external, fetched_at) "
            "VALUES ('old', '1', :key, 'https://1.example.fr/', 200, true, false, '2025-01-01')"),
            {"key": url_key("https://1.example.fr/")})
        connection.execute(text(
            "INSERT INTO findings (run_id, city, page_key, page_url, feature) "
            "VALUES ('old', '1', :key, 'https://1.example.fr/', 'forum')"),
            {"key": url_key("https://1.example.fr/")})
    indexes = {ix["name"] for ix in inspect(engine).get_indexes("findings")}
    assert "ix_findings_run_city" in indexes and "ix_findings_page" not in indexes
    engine.dispose()

    with Store(db_url) as store:
        with store.engine.connect() as connection:
            head = ScriptDirectory.from_config(migrations.alembic_config(None)).get_current_head()
            assert migrations.current_revision(connection) == head
        indexes = {ix["name"] for ix in inspect(store.engine).get_indexes("findings")}
        assert "ix_findings_page" in indexes and "ix_findings_run_city" not in indexes
        old = store.load_run("old")
        assert old.cities["name"].tolist() == ["A"]
        assert old.evidence["feature"].tolist() == ["forum"]
        store.add_page("old", page("1"), [finding("poll")])  # the re-fetch replaces old findings
        assert store.load_run("old").findings["feature"].tolist() == ["poll"]


def test_the_models_match_the_migrated_schema(db_url):
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from citycrawl.storage.models import Base

    with Store(db_url) as store, store.engine.connect() as connection:
        assert compare_metadata(MigrationContext.configure(connection), Base.metadata) == []


def test_a_start_page_reached_again_by_a_link_stays_a_start_page(db_url):
    with Store(db_url) as store:
        store.start_run("r1", {})
        store.add_cities("r1", seeds("1"))
        store.add_page("r1", page("1", is_start=True), [])
        store.add_page("r1", page("1", is_start=False), [])  # same batch
        store.flush()
        store.add_page("r1", page("1", is_start=False), [])  # a later batch
        store.flush()
        assert store.load_run("r1").pages["is_start"].tolist() == [True]


def _open(db_url, results, start):
    engine = _engine(db_url)
    start.wait()  # all together, as workers started by one cron line
    try:
        with engine.connect() as connection:  # the connection's set-up switches the file to WAL
            connection.exec_driver_sql("CREATE TABLE IF NOT EXISTS t (x)")
        with Store(db_url) as store:
            store.start_run("shared", {})
        results.put("ok")
    except Exception as error:  # noqa: BLE001 - the message is what the test reports
        results.put(repr(error))


def test_processes_opening_a_new_sqlite_file_at_once_all_succeed(tmp_path):
    """Workers started together on a new SQLite file: each switches it to WAL, which SQLite does
    without waiting for the lock; none may fail with 'database is locked'."""
    context = multiprocessing.get_context("fork")
    for attempt in range(20):
        results, start = context.Queue(), context.Barrier(4)
        workers = [context.Process(target=_open, args=(f"sqlite:///{tmp_path / f'{attempt}.sqlite'}", results, start))
                   for _ in range(4)]
        for process in workers:
            process.start()
        for process in workers:
            process.join(120)
        assert [results.get(timeout=5) for _ in workers] == ["ok"] * 4
