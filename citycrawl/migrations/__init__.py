"""Alembic migrations of the results database, run from code when a Store opens.

`upgrade(connection)` brings any database (empty, or made by an older citycrawl) to the head
revision. No alembic.ini: the configuration is built here.
"""
import logging
from pathlib import Path

# Alembic reports every plugin and step at INFO: noise in a crawl log, where a Store opens each run.
logging.getLogger("alembic").setLevel(logging.WARNING)

from alembic import command  # noqa: E402  (after quieting its logger, which logs on import)
from alembic.config import Config  # noqa: E402

HERE = Path(__file__).parent
# Any constant: PostgreSQL advisory lock held while migrating, so that several crawl workers
# opening the same database at once migrate it only once.
MIGRATION_LOCK = 4_242_001


def alembic_config(connection) -> Config:
    config = Config()
    config.set_main_option("script_location", str(HERE))
    config.attributes["connection"] = connection
    return config


def upgrade(connection, revision: str = "head") -> None:
    """Upgrade the database behind `connection` (inside its transaction) to `revision`."""
    command.upgrade(alembic_config(connection), revision)


def current_revision(connection) -> str | None:
    from alembic.migration import MigrationContext

    return MigrationContext.configure(connection).get_current_revision()
