"""Audit events carry the operation (one write transaction) they belong to, for undo.

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-03
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("audit_event", schema=None) as batch_op:
        batch_op.add_column(sa.Column("operation_id", sa.Uuid(), nullable=True))
        batch_op.add_column(sa.Column("operation_seq", sa.Integer(), nullable=True))
        batch_op.create_index(
            batch_op.f("ix_audit_event_operation_id"), ["operation_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("audit_event", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_audit_event_operation_id"))
        batch_op.drop_column("operation_seq")
        batch_op.drop_column("operation_id")
