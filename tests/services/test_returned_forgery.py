"""A returned workbook is checked against the app's own record of its export, not against the
manifest inside the file: a forged manifest cannot override, repeat or invent history."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook

from taskforce_app.domain.enums import RecommendationStatus
from taskforce_app.domain.errors import UserError
from taskforce_app.domain.findings import RecommendationView
from taskforce_app.domain.workbook_models import RETURN_AUTHOR
from taskforce_app.persistence.database import Database, open_database
from taskforce_app.services.findings import RecommendationService
from taskforce_app.services.overview import OverviewService
from taskforce_app.services.workbooks import WorkbookService
from tests.workbook_danish import STATUS_LABELS, Sheets


@pytest.fixture
def database(demo_db_path: Path) -> Iterator[Database]:
    db = open_database(demo_db_path)
    yield db
    db.close()


@pytest.fixture
def engagement_id(database: Database) -> uuid.UUID:
    service = RecommendationService(database)
    rows = OverviewService(database).rows()
    return max(rows, key=lambda r: len(service.for_engagement(r.id))).id


@pytest.fixture
def exported(database: Database, engagement_id: uuid.UUID, tmp_path: Path) -> Path:
    return WorkbookService(database).export_engagement(engagement_id, tmp_path / "retur.xlsx")


def edit_rows(path: Path, edits: dict[int, dict[str, str]]) -> None:
    """Change cells of the Anbefalinger sheet: {Excel row: {header: value}}."""
    workbook = load_workbook(path)
    sheet = workbook[Sheets.RECOMMENDATIONS]
    columns = {cell.value: index for index, cell in enumerate(sheet[1], start=1)}
    for row, values in edits.items():
        for name, value in values.items():
            sheet.cell(row=row, column=columns[name]).value = value
    workbook.save(path)


def forge_manifest(
    path: Path, values: dict[str, str], statuses: dict[str, RecommendationStatus] | None = None
) -> None:
    """Rewrite the hidden manifest as a forger would: key/value pairs and exported statuses."""
    workbook = load_workbook(path)
    sheet = workbook[Sheets.MANIFEST]
    for row in sheet.iter_rows():
        key = str(row[0].value)
        if key in values:
            row[1].value = values[key]
        if statuses and key in statuses:
            row[2].value = statuses[key].value
    workbook.save(path)


def recommendation_in_row(path: Path, excel_row: int) -> uuid.UUID:
    workbook = load_workbook(path, read_only=True)
    sheet = workbook[Sheets.RECOMMENDATIONS]
    value = next(sheet.iter_rows(min_row=excel_row, max_row=excel_row, values_only=True))[0]
    workbook.close()
    return uuid.UUID(str(value))


def view(database: Database, engagement_id: uuid.UUID, rid: uuid.UUID) -> RecommendationView:
    return next(
        r for r in RecommendationService(database).for_engagement(engagement_id) if r.id == rid
    )


def other_status(*taken: RecommendationStatus) -> RecommendationStatus:
    return next(status for status in RecommendationStatus if status not in taken)


def test_a_forged_exported_status_does_not_override_a_status_changed_after_export(
    database: Database, engagement_id: uuid.UUID, exported: Path
) -> None:
    rid = recommendation_in_row(exported, 2)
    sent = view(database, engagement_id, rid).status
    consultant = other_status(sent)
    RecommendationService(database).set_status(rid, consultant, author="Konsulent")
    municipality = other_status(sent, consultant)
    edit_rows(exported, {2: {"Status": STATUS_LABELS[municipality]}})
    forge_manifest(exported, {}, {str(rid): consultant})

    result = WorkbookService(database).apply_returned(exported)

    assert [(p.excel_row, p.code) for p in result.preview.problems] == [
        (2, "returned.changed_since_export")
    ]
    assert dict(result.preview.problems[0].params)["exported"] == STATUS_LABELS[sent]
    assert result.blocked and result.changed == 0
    assert view(database, engagement_id, rid).status is consultant


def test_a_future_export_time_re_imported_twice_adds_one_history_entry(
    database: Database, engagement_id: uuid.UUID, exported: Path
) -> None:
    rid = recommendation_in_row(exported, 2)
    edit_rows(exported, {2: {"Note": "Kommunens bemærkning."}})
    forge_manifest(exported, {"exported_at": "2099-01-01T00:00:00+00:00"})
    service = WorkbookService(database)

    first = service.apply_returned(exported)
    second = service.apply_returned(exported)

    entries = [u for u in view(database, engagement_id, rid).history if u.author == RETURN_AUTHOR]
    assert first.changed == 1
    assert second.changed == 0
    assert [u.note for u in entries] == ["Kommunens bemærkning."]


@pytest.mark.parametrize(
    "export_id", ["4b6f0c1e-2f1a-4c3b-9a57-0d2e8f1c5a90", ""], ids=["unknown", "missing"]
)
def test_an_unknown_export_id_is_refused_and_nothing_changes(
    database: Database, engagement_id: uuid.UUID, exported: Path, export_id: str
) -> None:
    rid = recommendation_in_row(exported, 2)
    before = view(database, engagement_id, rid)
    edit_rows(exported, {2: {"Status": STATUS_LABELS[other_status(before.status)]}})
    forge_manifest(exported, {"export_id": export_id})

    with pytest.raises(UserError) as caught:
        WorkbookService(database).apply_returned(exported)

    assert caught.value.error_code == "returned.unknown_export"
    assert "ikke fra en eksport" in caught.value.message()
    assert view(database, engagement_id, rid) == before


def test_a_changed_column_the_municipality_does_not_fill_in_is_reported_and_ignored(
    database: Database, engagement_id: uuid.UUID, exported: Path
) -> None:
    rid = recommendation_in_row(exported, 2)
    before = view(database, engagement_id, rid)
    edit_rows(exported, {2: {"Ansvarlig": "En helt anden", "Note": "Set."}})

    result = WorkbookService(database).apply_returned(exported, skip_problem_rows=True)

    problems = [(p.excel_row, p.code, dict(p.params)) for p in result.preview.problems]
    assert problems == [(2, "returned.changed_column", {"column": "Ansvarlig"})]
    assert "Ansvarlig" in result.preview.problems[0].message()
    after = view(database, engagement_id, rid)
    assert after.owner == before.owner
    assert after.history == before.history


def test_the_export_is_recorded_and_the_workbook_carries_its_id(
    database: Database, exported: Path
) -> None:
    workbook = load_workbook(exported, read_only=True)
    pairs = {row[0]: row[1] for row in workbook[Sheets.MANIFEST].iter_rows(values_only=True)}
    workbook.close()
    export_id = uuid.UUID(str(pairs["export_id"]))
    preview = WorkbookService(database).preview_returned(exported)
    assert preview.problems == ()
    assert preview.changes == ()
    assert export_id != uuid.UUID(int=0)
