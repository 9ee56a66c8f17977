"""breach assessments: the rest of what GDPR Art. 33 and 34 ask

Revision ID: 0003_breach_details
Revises: 0002_incident_ranges
Create Date: 2026-12-02

Breach type, ongoing or ended with start and end, the reasons for a late notification
(Art. 33(1)), the cross-border case and its lead authority, notification in phases
(Art. 33(4)), the notice to the people affected or the Art. 34(3) exemption relied on, and the
reasoning when no risk is concluded (Art. 33(5)). Columns only: existing assessments keep
every value and read as "not said yet" for the new ones (empty texts and lists, not a
cross-border case), so they open and save as before. Added with ``ADD COLUMN`` rather than a
table rebuild, which would fire the incidents' ON DELETE CASCADE.
"""

import sqlalchemy as sa
from alembic import op

revision = "0003_breach_details"
down_revision = "0002_incident_ranges"
branch_labels = None
depends_on = None

_EMPTY_TEXT = sa.text("''")
_EMPTY_LIST = sa.text("'[]'")


def _columns() -> tuple[sa.Column, ...]:
    """Fresh columns each time: a Column belongs to one table once added."""
    return (
        sa.Column("breach_types", sa.JSON(), nullable=False, server_default=_EMPTY_LIST),
        sa.Column("breach_state", sa.String(length=20), nullable=True),
        sa.Column("breach_started_at", sa.DateTime(), nullable=True),
        sa.Column("breach_ended_at", sa.DateTime(), nullable=True),
        sa.Column("delay_reasons", sa.Text(), nullable=False, server_default=_EMPTY_TEXT),
        sa.Column("cross_border", sa.Boolean(), nullable=False, server_default=sa.text("0")),
        sa.Column("lead_authority", sa.String(length=300), nullable=False,
                  server_default=_EMPTY_TEXT),
        sa.Column("phases", sa.JSON(), nullable=False, server_default=_EMPTY_LIST),
        sa.Column("subjects_notice_content", sa.Text(), nullable=False,
                  server_default=_EMPTY_TEXT),
        sa.Column("subjects_channel", sa.String(length=300), nullable=False,
                  server_default=_EMPTY_TEXT),
        sa.Column("subjects_told", sa.Integer(), nullable=True),
        sa.Column("subjects_exemption", sa.String(length=30), nullable=True),
        sa.Column("subjects_exemption_reason", sa.Text(), nullable=False,
                  server_default=_EMPTY_TEXT),
        sa.Column("no_risk_reasoning", sa.Text(), nullable=False, server_default=_EMPTY_TEXT),
    )


def upgrade() -> None:
    for column in _columns():
        op.add_column("breach_assessments", column)


def downgrade() -> None:
    for column in reversed(_columns()):
        op.drop_column("breach_assessments", column.name)
