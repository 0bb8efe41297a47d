"""The consultants' written report sections: text, status and last change per forløb, report
type (analyse, status) and section of the report template.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-09
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "report_section_text",
        sa.Column("engagement_id", sa.Uuid(), nullable=False),
        sa.Column("report_type", sa.String(length=32), nullable=False),
        sa.Column("section_id", sa.String(length=60), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=32), nullable=False),
        sa.Column("changed_by_id", sa.Uuid(), nullable=True),
        sa.Column("changed_at", sa.DateTime(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["changed_by_id"],
            ["consultant.id"],
            name=op.f("fk_report_section_text_changed_by_id_consultant"),
        ),
        sa.ForeignKeyConstraint(
            ["engagement_id"],
            ["engagement.id"],
            name=op.f("fk_report_section_text_engagement_id_engagement"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_report_section_text")),
        sa.UniqueConstraint(
            "engagement_id",
            "report_type",
            "section_id",
            name=op.f("uq_report_section_text_engagement_id_report_type_section_id"),
        ),
    )
    with op.batch_alter_table("report_section_text", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_report_section_text_engagement_id"), ["engagement_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("report_section_text", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_report_section_text_engagement_id"))
    op.drop_table("report_section_text")
