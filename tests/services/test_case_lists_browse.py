"""The read-only case-list browser's queries: the forløb's imports and each list's cases."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest

from taskforce_app.bootstrap import AppContext
from taskforce_app.domain.errors import NotFoundError
from tests.services.helpers import granted_engagement


def _csv(path: Path) -> Path:
    path.write_text(
        "Sagsnr.;Sagstype;CPR-nummer;Afgørelsesdato\n"
        "S-2;Anbringelse;;01-02-2025\n"
        "S-10;Forebyggende;;snart\n"
        "S-1;Forebyggende;;03-02-2025\n"
        "S-2;Anbringelse;;01-02-2025\n",
        encoding="utf-8",
    )
    return path


def test_imports_newest_first_with_their_row_report(context: AppContext, tmp_path: Path) -> None:
    engagement_id = granted_engagement(context, "Vejle")
    assert context.case_lists.imports(engagement_id) == ()
    preview = context.case_lists.preview(engagement_id, _csv(tmp_path / "sager.csv"))
    outcome, _ = context.case_lists.import_rows(engagement_id, preview.table, preview.mapping)
    (view,) = context.case_lists.imports(engagement_id)
    assert view.id == outcome.import_id and view.file_name == "sager.csv"
    assert (view.row_count, view.imported_count, view.rejected_count) == (4, 2, 2)
    messages = [line.message() for line in view.report]
    assert messages[0].startswith("Kolonnen 'CPR-nummer'")  # left out of every case
    assert [line.row for line in view.report] == [None, 3, 5]
    assert "snart" in messages[1] and "S-10" in messages[1]
    assert "Række 5" in messages[2] and "række 2" in messages[2]
    english = view.report[1].message("en")
    assert english.startswith("Row 3") and english != messages[1]


def test_cases_come_in_the_lists_order(context: AppContext, tmp_path: Path) -> None:
    engagement_id = granted_engagement(context, "Vejle")
    preview = context.case_lists.preview(engagement_id, _csv(tmp_path / "sager.csv"))
    outcome, _ = context.case_lists.import_rows(engagement_id, preview.table, preview.mapping)
    assert outcome.import_id is not None
    rows = context.case_lists.cases(outcome.import_id)
    assert [(row.row_number, row.case_ref, row.case_type) for row in rows] == [
        (2, "S-2", "Anbringelse"),
        (4, "S-1", "Forebyggende"),
    ]
    with pytest.raises(NotFoundError):
        context.case_lists.cases(uuid.uuid4())
