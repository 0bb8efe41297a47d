"""Retention and purge: refused until due, one transaction, results kept, no case reference left."""

from __future__ import annotations

import sqlite3
import uuid
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from taskforce_app.bootstrap import AppContext, open_context
from taskforce_app.domain.findings import RecommendationDraft
from taskforce_app.domain.messages_retention import RetentionError
from taskforce_app.domain.retention import MASK, dk


@pytest.fixture
def demo(demo_db_path: Path) -> Iterator[AppContext]:
    ctx = open_context(demo_db_path, actor="KØW")
    yield ctx
    ctx.close()


def _scan(path: Path, references: set[str]) -> list[tuple[str, str]]:
    """(table, column) of every text value in the file holding one of `references`: every
    column of every table, read with sqlite3, not with the app."""
    found: list[tuple[str, str]] = []
    connection = sqlite3.connect(path)
    try:
        tables = [
            r[0] for r in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
        ]
        for table in tables:
            columns = [r[1] for r in connection.execute(f'PRAGMA table_info("{table}")')]
            for column in columns:
                for (value,) in connection.execute(f'SELECT "{column}" FROM "{table}"'):
                    if isinstance(value, str) and any(ref in value for ref in references):
                        found.append((table, column))
    finally:
        connection.close()
    return found


def _own_references(ctx: AppContext, engagement: str) -> tuple[uuid.UUID, set[str]]:
    """The forløb's id and its case references that no other forløb has."""
    target = ctx.engagements.resolve(engagement)
    own = set(ctx.retention.case_references(target))
    others = {
        ref
        for status in ctx.retention.statuses()
        if status.engagement_id != target
        for ref in ctx.retention.case_references(status.engagement_id)
    }
    return target, own - others


def test_purge_before_due_is_refused_with_the_due_date(demo: AppContext) -> None:
    randers = demo.engagements.resolve("Randers")
    status = next(s for s in demo.retention.statuses() if s.engagement_id == randers)
    assert status.actual_end is not None and status.due is not None
    assert status.due == status.actual_end.replace(year=status.actual_end.year + 5)
    with pytest.raises(RetentionError) as caught:
        demo.retention.purge(randers, today=status.due - timedelta(days=1))
    assert dk(status.due) in caught.value.message()
    viborg = demo.engagements.resolve("Viborg")
    with pytest.raises(RetentionError) as not_ended:
        demo.retention.purge(viborg)
    assert "ikke afsluttet" in not_ended.value.message()
    with pytest.raises(RetentionError, match="reason"):
        demo.retention.purge(viborg, early=True, reason="  ")
    assert demo.retention.case_references(randers)


def test_due_list_and_purge_on_the_due_day(demo: AppContext) -> None:
    randers = demo.engagements.resolve("Randers")
    status = next(s for s in demo.retention.statuses() if s.engagement_id == randers)
    assert status.due is not None
    assert [s.engagement_id for s in demo.retention.due(status.due)] == [randers]
    assert demo.retention.due(status.due - timedelta(days=1)) == []
    result = demo.retention.purge(randers, today=status.due)
    assert not result.early and result.counts["case_record"] == status.case_count
    assert demo.retention.due(status.due) == []
    assert demo.retention.case_references(randers) == []


def test_early_purge_keeps_results_and_reports_and_leaves_no_case_reference(
    demo: AppContext, demo_db_path: Path, tmp_path: Path
) -> None:
    randers, references = _own_references(demo, "Randers")
    assert references
    one = sorted(references)[0]
    recommendation, _ = demo.recommendations.create(
        randers, RecommendationDraft(f"Gennemgå {one} igen", "Leder", date(2027, 1, 4))
    )
    results = demo.results.for_engagement(randers)
    findings = demo.findings.findings(randers)
    assert _scan(demo_db_path, references)

    dry = demo.retention.purge(randers, early=True, reason="Kommunen bad om det", dry_run=True)
    assert dry.counts["case_record"] == len(demo.retention.case_references(randers))
    assert demo.retention.case_references(randers)

    done = demo.retention.purge(randers, early=True, reason="Kommunen bad om det")
    assert done.early and done.reason == "Kommunen bad om det" and done.purged_by == "KØW"
    assert done.counts["assessment"] > 0 and done.counts["masked_texts"] >= 1
    assert demo.results.for_engagement(randers) == results
    assert [f.id for f in demo.findings.findings(randers)] == [f.id for f in findings]
    kept = demo.recommendations.for_engagement(randers)
    assert any(r.id == recommendation.id and MASK in r.text for r in kept)
    assert _scan(demo_db_path, references) == []
    assert demo.retention.traces(references) == []
    pdf = demo.reports.export_pdf(randers, tmp_path / "randers.pdf")
    assert "Randers" in "".join(page.extract_text() for page in PdfReader(pdf).pages[:2])
    demo.workbooks.export_engagement(randers, tmp_path / "randers.xlsx")
    with pytest.raises(RetentionError, match="already purged"):
        demo.retention.purge(randers, early=True, reason="igen")


def test_purge_leaves_nothing_to_undo(demo: AppContext, demo_db_path: Path) -> None:
    randers = demo.engagements.resolve("Randers")

    def operations() -> set[str]:
        connection = sqlite3.connect(demo_db_path)
        try:
            rows = connection.execute(
                "SELECT DISTINCT operation_id FROM audit_event WHERE operation_id IS NOT NULL"
            )
            return {row[0] for row in rows}
        finally:
            connection.close()

    before = operations()
    demo.retention.purge(randers, early=True, reason="Data skulle aldrig have været her")
    assert operations() <= before


def test_retention_period_is_set_by_a_team_lead_only(demo: AppContext) -> None:
    assert demo.retention.years() == 5
    with pytest.raises(RetentionError, match="team lead"):
        demo.retention.set_years(3, by="MNL")
    with pytest.raises(RetentionError, match="whole number"):
        demo.retention.set_years("tre", by="KØW")
    assert demo.retention.set_years(3, by="køw") == 3
    assert demo.retention.years() == 3
    randers = demo.engagements.resolve("Randers")
    status = next(s for s in demo.retention.statuses() if s.engagement_id == randers)
    assert status.actual_end is not None and status.due == status.actual_end.replace(
        year=status.actual_end.year + 3
    )
