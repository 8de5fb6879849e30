"""Index findings by page: replacing a re-fetched page's findings no longer scans its city's.

The new index (run_id, city, page_key) also serves every query the old (run_id, city) one did.

Revision ID: 0002
Revises: 0001
"""
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_findings_page", "findings", ["run_id", "city", "page_key"])
    op.drop_index("ix_findings_run_city", table_name="findings")


def downgrade() -> None:
    op.create_index("ix_findings_run_city", "findings", ["run_id", "city"])
    op.drop_index("ix_findings_page", table_name="findings")
