"""Alembic environment: runs on the connection handed over by citycrawl.migrations.upgrade."""
from alembic import context
from sqlalchemy import text

from citycrawl.migrations import MIGRATION_LOCK
from citycrawl.storage.models import Base

connection = context.config.attributes["connection"]
if connection.dialect.name == "postgresql":
    connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK})
# Batch mode lets the same migrations alter tables on SQLite (which has little ALTER TABLE).
context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
