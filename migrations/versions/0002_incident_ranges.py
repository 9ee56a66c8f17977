"""incident options: data lost as a range; a re-infection's own outage and delay

Revision ID: 0002_incident_ranges
Revises: 0001_baseline
Create Date: 2026-12-02

``data_loss_hours`` was one number; it becomes a range (a dict), the old number kept as a
range of that one value, so an upgraded register analyses to the same figures. The two new
ranges start empty: the engine then reads the option's own downtime, straight after, as
before. The column is renamed, re-added and dropped rather than rebuilt: rebuilding
``response_options`` would fire the ON DELETE SET NULL of the decisions that point at it.
"""

import json

import sqlalchemy as sa
from alembic import op

revision = "0002_incident_ranges"
down_revision = "0001_baseline"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("ALTER TABLE response_options RENAME COLUMN data_loss_hours TO data_loss_hours_0001")
    op.add_column("response_options", sa.Column("data_loss_hours", sa.JSON(), nullable=True))
    op.add_column("response_options",
                  sa.Column("reinfection_downtime_hours", sa.JSON(), nullable=True))
    op.add_column("response_options",
                  sa.Column("reinfection_delay_hours", sa.JSON(), nullable=True))
    bind = op.get_bind()
    rows = bind.execute(sa.text(
        "SELECT id, data_loss_hours_0001 FROM response_options")).all()
    for option_id, hours in rows:
        value = float(hours or 0.0)
        bind.execute(sa.text("UPDATE response_options SET data_loss_hours = :v WHERE id = :id"),
                     {"v": json.dumps({"low": value, "mode": value, "high": value}),
                      "id": option_id})
    op.execute("ALTER TABLE response_options DROP COLUMN data_loss_hours_0001")


def downgrade() -> None:
    op.execute("ALTER TABLE response_options RENAME COLUMN data_loss_hours TO data_loss_hours_0002")
    op.add_column("response_options", sa.Column("data_loss_hours", sa.Float(), nullable=True))
    bind = op.get_bind()
    rows = bind.execute(sa.text(
        "SELECT id, data_loss_hours_0002 FROM response_options")).all()
    for option_id, raw in rows:
        value = json.loads(raw) if isinstance(raw, str) else raw
        hours = float(value.get("mode", value.get("low", 0.0))) if isinstance(value, dict) \
            else float(value or 0.0)
        bind.execute(sa.text("UPDATE response_options SET data_loss_hours = :v WHERE id = :id"),
                     {"v": hours, "id": option_id})
    op.execute("ALTER TABLE response_options DROP COLUMN data_loss_hours_0002")
    op.drop_column("response_options", "reinfection_delay_hours")
    op.drop_column("response_options", "reinfection_downtime_hours")
