"""Key dates read from the case list, so a sampled case starts with them filled in.

case_record gains the optional dates a municipality's list may hold: notification received,
the date the municipality became aware, BFU started and completed, measure started and ended,
and the plan date.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-06
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_COLUMNS = (
    "notified_on",
    "aware_on",
    "investigation_started_on",
    "investigation_completed_on",
    "measure_started_on",
    "measure_ended_on",
    "plan_on",
)


def upgrade() -> None:
    with op.batch_alter_table("case_record", schema=None) as batch_op:
        for name in _COLUMNS:
            batch_op.add_column(sa.Column(name, sa.Date(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("case_record", schema=None) as batch_op:
        for name in reversed(_COLUMNS):
            batch_op.drop_column(name)
