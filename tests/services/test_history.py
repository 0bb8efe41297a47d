"""Every change writes an audit event: who, when, record, field, old → new."""

from __future__ import annotations

import csv
from dataclasses import replace
from pathlib import Path

from taskforce_app.bootstrap import open_context
from taskforce_app.domain.enums import AuditAction, MilestoneStatus
from tests.services.helpers import granted_engagement


def test_changes_are_recorded_and_exported(db_path: Path, tmp_path: Path) -> None:
    ctx = open_context(db_path, actor="MHJ")
    try:
        engagement_id = granted_engagement(ctx, "Odense")
        detail = ctx.engagements.get(engagement_id)
        ctx.engagements.update(engagement_id, replace(detail.draft(), title="Nyt navn"))
        milestone = ctx.milestones.for_engagement(engagement_id)[0]
        ctx.milestones.update(
            milestone.id,
            replace(milestone.draft(), status=MilestoneStatus.DONE, actual_on=milestone.planned_on),
        )
        record = ctx.history.for_record(engagement_id)
        title_change = next(e for e in record if e.field == "title")
        assert (title_change.old_value, title_change.new_value) == (detail.title, "Nyt navn")
        assert title_change.actor == "MHJ" and title_change.action is AuditAction.UPDATE
        assert any(e.action is AuditAction.INSERT for e in record)
        everything = ctx.history.for_engagement(engagement_id)
        assert any(e.record_id == milestone.id and e.field == "status" for e in everything)
        assert everything == sorted(everything, key=lambda e: e.occurred_at, reverse=True)
        target = ctx.history.export_csv(everything, tmp_path / "historik.csv")
    finally:
        ctx.close()
    with target.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    assert rows[0][:3] == ["Tidspunkt", "Hvem", "Handling"]
    assert any(row[5] == "title" and row[7] == "Nyt navn" for row in rows[1:])
