"""Retention: a record of each purge of a forløb's case data, and the result counts kept.

`purge_record` says when a forløb's case lists, sampled cases and assessments were deleted,
by whom, whether early (with the reason) and how many rows; `result_count` keeps, per round,
criterion and answer, how many active sampled cases had that answer, so the results stay the
same after the assessments are gone.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-10
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _common() -> list[sa.Column[object]]:
    return [
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
    ]


def upgrade() -> None:
    op.create_table(
        "purge_record",
        sa.Column("engagement_id", sa.Uuid(), nullable=False),
        sa.Column("purged_at", sa.DateTime(), nullable=False),
        sa.Column("purged_by", sa.String(length=120), nullable=False),
        sa.Column("early", sa.Boolean(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column("counts", sa.JSON(), nullable=False),
        *_common(),
        sa.ForeignKeyConstraint(
            ["engagement_id"],
            ["engagement.id"],
            name=op.f("fk_purge_record_engagement_id_engagement"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_purge_record")),
    )
    with op.batch_alter_table("purge_record", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_purge_record_engagement_id"), ["engagement_id"], unique=False
        )
    op.create_table(
        "result_count",
        sa.Column("round_id", sa.Uuid(), nullable=False),
        sa.Column("criterion_id", sa.Uuid(), nullable=False),
        sa.Column("answer", sa.String(length=32), nullable=True),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        *_common(),
        sa.ForeignKeyConstraint(
            ["round_id"], ["review_round.id"], name=op.f("fk_result_count_round_id_review_round")
        ),
        sa.ForeignKeyConstraint(
            ["criterion_id"],
            ["criterion.id"],
            name=op.f("fk_result_count_criterion_id_criterion"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_result_count")),
    )
    with op.batch_alter_table("result_count", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_result_count_round_id"), ["round_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_result_count_criterion_id"), ["criterion_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("result_count", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_result_count_criterion_id"))
        batch_op.drop_index(batch_op.f("ix_result_count_round_id"))
    op.drop_table("result_count")
    with op.batch_alter_table("purge_record", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_purge_record_engagement_id"))
    op.drop_table("purge_record")
