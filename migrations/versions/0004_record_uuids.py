"""record uuids: a stable identity for every record, kept across archives

Revision ID: 0004_record_uuids
Revises: 0003_breach_details
Create Date: 2026-12-02

Every entity table gets a ``uuid`` column (36 characters, unique), filled for the rows
already there, so a record keeps its identity when an archive carries it to another register
and back (``privguard export`` / ``privguard import`` match records by it). Added with
``ADD COLUMN`` and a unique index rather than a table rebuild, which would fire the ON DELETE
cascades; new rows get theirs from the model's default.
"""

import uuid

import sqlalchemy as sa
from alembic import op

revision = "0004_record_uuids"
down_revision = "0003_breach_details"
branch_labels = None
depends_on = None

#: Every table whose rows are records of the register (not link tables, not the audit trail).
TABLES = (
    "settings", "catalogue_items", "persons", "business_services", "assets",
    "processing_activities", "purposes", "threats", "controls", "risks", "risk_scores",
    "incidents", "timeline_entries", "breach_assessments", "response_options", "decisions",
    "report_records",
)


def upgrade() -> None:
    conn = op.get_bind()
    for table in TABLES:
        op.add_column(table, sa.Column("uuid", sa.String(length=36), nullable=True))
        ids = [row[0] for row in conn.execute(sa.text(f"SELECT id FROM {table}"))]  # noqa: S608
        if ids:
            conn.execute(sa.text(f"UPDATE {table} SET uuid = :u WHERE id = :i"),  # noqa: S608
                         [{"u": str(uuid.uuid4()), "i": i} for i in ids])
        op.create_index(f"ix_{table}_uuid", table, ["uuid"], unique=True)


def downgrade() -> None:
    for table in reversed(TABLES):
        op.drop_index(f"ix_{table}_uuid", table_name=table)
        op.drop_column(table, "uuid")
