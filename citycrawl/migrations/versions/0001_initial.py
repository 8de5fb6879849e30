"""Initial schema: runs, run_cities, pages, findings.

Revision ID: 0001
Revises:
"""
import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

ROW_ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    op.create_table(
        "runs",
        sa.Column("run_id", sa.String(100), primary_key=True),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("finished_at", sa.DateTime(timezone=True)),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("settings", sa.JSON, nullable=False),
        sa.Column("stats", sa.JSON),
    )
    op.create_table(
        "run_cities",
        sa.Column("run_id", sa.String(100), primary_key=True),
        sa.Column("insee_code", sa.String(100), primary_key=True),
        sa.Column("line", sa.Integer, nullable=False),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("population", sa.BigInteger),
        sa.Column("region", sa.Text, nullable=False),
        sa.Column("website", sa.Text, nullable=False),
        sa.Column("attrs", sa.JSON, nullable=False),
        sa.Column("seed_error", sa.Text),
        sa.Column("budget_exhausted", sa.Boolean, nullable=False),
    )
    op.create_table(
        "pages",
        sa.Column("run_id", sa.String(100), primary_key=True),
        sa.Column("city", sa.String(100), primary_key=True),
        sa.Column("url_key", sa.String(32), primary_key=True),
        sa.Column("url", sa.Text, nullable=False),
        sa.Column("requested_url", sa.Text),
        sa.Column("status", sa.Integer),
        sa.Column("error", sa.Text),
        sa.Column("is_start", sa.Boolean, nullable=False),
        sa.Column("external", sa.Boolean, nullable=False),
        sa.Column("depth", sa.Integer),
        sa.Column("fetched_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_table(
        "findings",
        sa.Column("id", ROW_ID, primary_key=True, autoincrement=True),
        sa.Column("run_id", sa.String(100), nullable=False),
        sa.Column("city", sa.String(100), nullable=False),
        sa.Column("page_key", sa.String(32), nullable=False),
        sa.Column("page_url", sa.Text, nullable=False),
        sa.Column("feature", sa.String(100), nullable=False),
        sa.Column("platform", sa.Text),
        sa.Column("handle", sa.Text),
        sa.Column("url", sa.Text),
        sa.Column("rule", sa.Text),
        sa.Column("detail", sa.Text),
    )
    op.create_index("ix_findings_run_city", "findings", ["run_id", "city"])


def downgrade() -> None:
    for table in ("findings", "pages", "run_cities", "runs"):
        op.drop_table(table)
