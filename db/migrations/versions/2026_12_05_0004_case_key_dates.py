"""Key dates the legal rules need, the law of each sampled case, and the round's cut-off date.

sampled_case gains: when the municipality became aware (when not by the notification), the
receipt (kvittering) date, the decision's legal basis, the measure's end, the plan date, the
supervision visits, and the criteria set the case is judged by (its own law). review_round gains
the cut-off date the review looks at.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-05
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("sampled_case", schema=None) as batch_op:
        batch_op.add_column(sa.Column("notification_aware_on", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("receipt_confirmed_on", sa.Date(), nullable=True))
        batch_op.add_column(
            sa.Column("decision_basis", sa.String(length=60), nullable=False, server_default="")
        )
        batch_op.add_column(sa.Column("measure_ended_on", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("plan_on", sa.Date(), nullable=True))
        batch_op.add_column(
            sa.Column("supervision_visits", sa.JSON(), nullable=False, server_default="[]")
        )
        batch_op.add_column(sa.Column("legal_criteria_set_id", sa.Uuid(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_sampled_case_legal_criteria_set_id_criteria_set"),
            "criteria_set",
            ["legal_criteria_set_id"],
            ["id"],
        )
    with op.batch_alter_table("review_round", schema=None) as batch_op:
        batch_op.add_column(sa.Column("cut_off_on", sa.Date(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("review_round", schema=None) as batch_op:
        batch_op.drop_column("cut_off_on")
    with op.batch_alter_table("sampled_case", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_sampled_case_legal_criteria_set_id_criteria_set"), type_="foreignkey"
        )
        batch_op.drop_column("legal_criteria_set_id")
        batch_op.drop_column("supervision_visits")
        batch_op.drop_column("plan_on")
        batch_op.drop_column("measure_ended_on")
        batch_op.drop_column("decision_basis")
        batch_op.drop_column("receipt_confirmed_on")
        batch_op.drop_column("notification_aware_on")
