"""The same services on SQLite and on a real PostgreSQL server."""

from __future__ import annotations

from datetime import date

import pytest

from taskforce_app.bootstrap import open_context
from taskforce_app.cli import main
from taskforce_app.domain.enums import RoundKind, Severity, Track
from taskforce_app.domain.findings import FindingDraft, RecommendationDraft
from tests.services.helpers import granted_engagement


def test_schema_and_reference_data(backend_url: str) -> None:
    ctx = open_context(backend_url)
    try:
        assert len(ctx.reference.municipalities()) == 98
        report = ctx.maintenance.check()
        assert report.revision == report.head
        assert report.counts["municipality"] == 98
    finally:
        ctx.close()
    again = open_context(backend_url)  # a second open finds the schema current
    again.close()


def test_the_lifecycle_services(backend_url: str) -> None:
    ctx = open_context(backend_url, actor="test")
    try:
        engagement_id = granted_engagement(ctx, "Aalborg", start=date(2026, 1, 5))
        assert len(ctx.milestones.for_engagement(engagement_id)) >= 15
        (row,) = ctx.overview.rows(date(2026, 3, 1))
        assert row.municipality_name == "Aalborg" and row.overdue >= 1
        round_, _ = ctx.review.create_round(engagement_id, RoundKind.ANALYSE)
        assert ctx.review.criteria(round_.id)
        finding, _ = ctx.findings.create(
            engagement_id,
            FindingDraft(Track.JURIDISK, "Fristerne overholdes ikke", Severity.CRITICAL),
        )
        rec, _ = ctx.recommendations.create(
            engagement_id, RecommendationDraft("Indfør fristliste", finding_id=finding.id)
        )
        assert ctx.recommendations.get(rec.id).finding_title == "Fristerne overholdes ikke"
    finally:
        ctx.close()


def test_demo_and_list_from_the_command_line(
    backend_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["demo", "--db", backend_url]) == 0
    capsys.readouterr()
    assert main(["list", "--db", backend_url, "--json"]) == 0
    import json

    rows = json.loads(capsys.readouterr().out)
    assert len(rows) == 8
    assert {row["phase"] for row in rows} >= {"opstart", "afsluttet"}
