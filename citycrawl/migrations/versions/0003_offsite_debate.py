"""Off-site debate measure: a status per city and the classified web search results.

Revision ID: 0003_offsite_debate
Revises: 0002
"""
import sqlalchemy as sa
from alembic import op

revision = "0003_offsite_debate"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "offsite_status",
        sa.Column("run_id", sa.String(100), primary_key=True),
        sa.Column("city", sa.String(100), primary_key=True),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("queries", sa.Integer, nullable=False),
        sa.Column("answered", sa.Integer, nullable=False),
        sa.Column("requests", sa.Integer, nullable=False),
        sa.Column("engine", sa.Text),
        sa.Column("problems", sa.Text),
        sa.Column("measured_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_table(
        "offsite_results",
        sa.Column("run_id", sa.String(100), primary_key=True),
        sa.Column("city", sa.String(100), primary_key=True),
        sa.Column("url_key", sa.String(32), primary_key=True),
        sa.Column("url", sa.Text, nullable=False),
        sa.Column("query", sa.Text, nullable=False),
        sa.Column("search_url", sa.Text),
        sa.Column("engine", sa.Text),
        sa.Column("rank", sa.Integer, nullable=False),
        sa.Column("title", sa.Text),
        sa.Column("snippet", sa.Text),
        sa.Column("published", sa.String(10)),
        sa.Column("kind", sa.String(40), nullable=False),
        sa.Column("counted", sa.Boolean, nullable=False),
        sa.Column("contesting", sa.Boolean, nullable=False),
        sa.Column("reason", sa.Text, nullable=False),
        sa.Column("details", sa.JSON),
    )


def downgrade() -> None:
    op.drop_table("offsite_results")
    op.drop_table("offsite_status")
