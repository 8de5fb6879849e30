"""Pages point to their WARC record (file, offset, length) and keep their memento datetime.

A run crawled before has NULL here: its pages were not archived. A re-detected run names the run
it was re-detected from in its settings (`redetected_from`).

Revision ID: 0005_warc_records
Revises: 0004_space_links
"""
import sqlalchemy as sa
from alembic import op

revision = "0005_warc_records"
down_revision = "0004_space_links"
branch_labels = None
depends_on = None

COLUMNS = (("warc_file", sa.Text), ("warc_offset", sa.BigInteger), ("warc_length", sa.BigInteger),
           ("memento_at", sa.DateTime(timezone=True)))


def upgrade() -> None:
    for name, kind in COLUMNS:
        op.add_column("pages", sa.Column(name, kind, nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("pages") as batch:
        for name, _ in reversed(COLUMNS):
            batch.drop_column(name)
