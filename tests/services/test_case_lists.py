"""Case-list import: one transaction, cancellable, mapping remembered per municipality."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from openpyxl import Workbook

from taskforce_app.bootstrap import AppContext
from taskforce_app.domain.cases import CaseField
from taskforce_app.domain.changes import Entity
from taskforce_app.domain.errors import OperationCancelledError
from tests.services.helpers import granted_engagement


def _xlsx(path: Path, count: int, header: str = "Sagsnummer") -> Path:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Udtræk pr. 1. marts 2026"])
    sheet.append([header, "Sagstype", "Afgørelse dato"])
    for number in range(count):
        sheet.append([f"K-{number:05d}", "Forebyggende", date(2025, 1 + number % 12, 1)])
    book.save(path)
    return path


def test_cancelled_import_stores_nothing(context: AppContext, tmp_path: Path) -> None:
    engagement_id = granted_engagement(context, "Odense")
    preview = context.case_lists.preview(engagement_id, _xlsx(tmp_path / "l.xlsx", 5_000))
    batches: list[int] = []

    def progress(_phase: str, done: int, _total: int) -> None:
        batches.append(done)

    with pytest.raises(OperationCancelledError):
        context.case_lists.import_rows(
            engagement_id,
            preview.table,
            preview.mapping,
            progress=progress,
            cancelled=lambda: len(batches) >= 2,
        )
    assert batches == [2_000, 4_000]
    assert context.case_lists.existing_refs(engagement_id) == frozenset()


def test_import_stores_rows_and_remembers_the_mapping(context: AppContext, tmp_path: Path) -> None:
    engagement_id = granted_engagement(context, "Odense")
    first = context.case_lists.preview(engagement_id, _xlsx(tmp_path / "a.xlsx", 30))
    assert not first.remembered
    assert first.mapping.column(CaseField.CASE_REF) == 0
    outcome, changes = context.case_lists.import_rows(engagement_id, first.table, first.mapping)
    assert outcome.stored == 30 and outcome.report.fingerprint
    assert changes.touches(Entity.CASE)
    assert len(context.case_lists.existing_refs(engagement_id)) == 30
    second = context.case_lists.preview(engagement_id, _xlsx(tmp_path / "b.xlsx", 40))
    assert second.remembered
    outcome, _ = context.case_lists.import_rows(engagement_id, second.table, second.mapping)
    assert outcome.stored == 10  # the first 30 are already imported and reported
    assert outcome.report.refused_count == 30
