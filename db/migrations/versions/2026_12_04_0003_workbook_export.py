"""The app's own record of each exported forløb workbook, to check a returned one against.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-04
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "workbook_export",
        sa.Column("engagement_id", sa.Uuid(), nullable=False),
        sa.Column("exported_at", sa.DateTime(), nullable=False),
        sa.Column("app_version", sa.String(length=40), nullable=False),
        sa.Column("rows", sa.JSON(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["engagement_id"],
            ["engagement.id"],
            name=op.f("fk_workbook_export_engagement_id_engagement"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_workbook_export")),
    )
    with op.batch_alter_table("workbook_export", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_workbook_export_engagement_id"), ["engagement_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("workbook_export", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_workbook_export_engagement_id"))
    op.drop_table("workbook_export")
