"""The list's own order: each case remembers its row in the case list it was imported from.

case_record gains list_row, the number of the case's row in the imported file (as in the row
report), so a systematic sample can run through the list in the municipality's order
(method `systematic_list_order`). Cases imported before this migration get 1, 2, 3, … per
import in the order they are stored, which is the order they were imported in (the file's
order): on SQLite the rowid, on PostgreSQL the physical order (ctid), ties by case number.
Their numbers are therefore positions in the list, not the file's row numbers.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-08
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("case_record", schema=None) as batch_op:
        batch_op.add_column(sa.Column("list_row", sa.Integer(), nullable=True))
    bind = op.get_bind()
    stored_order = "rowid" if bind.dialect.name == "sqlite" else "ctid"
    rows = bind.execute(
        sa.text(f"SELECT id, import_id FROM case_record ORDER BY {stored_order}, case_ref")
    ).all()
    counters: Counter[object] = Counter()
    numbers: list[dict[str, object]] = []
    for case_id, import_id in rows:
        counters[import_id] += 1
        numbers.append({"id": case_id, "row": counters[import_id]})
    if numbers:
        bind.execute(sa.text("UPDATE case_record SET list_row = :row WHERE id = :id"), numbers)


def downgrade() -> None:
    with op.batch_alter_table("case_record", schema=None) as batch_op:
        batch_op.drop_column("list_row")
