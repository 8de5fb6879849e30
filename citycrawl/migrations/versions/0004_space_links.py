"""Links from a city's pages to participation spaces outside every city's domains.

Revision ID: 0004_space_links
Revises: 0003_offsite_debate
"""
import sqlalchemy as sa
from alembic import op

revision = "0004_space_links"
down_revision = "0003_offsite_debate"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "space_links",
        sa.Column("run_id", sa.String(100), primary_key=True),
        sa.Column("city", sa.String(100), primary_key=True),
        sa.Column("url_key", sa.String(32), primary_key=True),
        sa.Column("url", sa.Text, nullable=False),
        sa.Column("page_url", sa.Text, nullable=False),
    )


def downgrade() -> None:
    op.drop_table("space_links")
