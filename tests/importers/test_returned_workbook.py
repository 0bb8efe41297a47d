"""Reading a returned workbook back: valid rows, and every bad row reported with its row number."""

from __future__ import annotations

import uuid
from collections.abc import Iterator, Mapping
from datetime import datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook

from taskforce_app.domain.enums import RecommendationStatus
from taskforce_app.domain.errors import UserError
from taskforce_app.domain.workbook_models import status_from_label
from taskforce_app.importers.returned_workbook import read_returned
from taskforce_app.persistence.database import Database, open_database
from taskforce_app.services.findings import RecommendationService
from taskforce_app.services.overview import OverviewService
from taskforce_app.services.workbooks import WorkbookService
from tests.workbook_danish import STATUS_LABELS, RecommendationColumns, Sheets

Edits = Mapping[int, Mapping[str, str | datetime | None]]


@pytest.fixture
def database(demo_db_path: Path) -> Iterator[Database]:
    db = open_database(demo_db_path)
    yield db
    db.close()


@pytest.fixture
def exported(database: Database, tmp_path: Path) -> Path:
    """The workbook of the demo forløb with the most recommendations."""
    recommendations = RecommendationService(database)
    rows = OverviewService(database).rows()
    busiest = max(rows, key=lambda r: len(recommendations.for_engagement(r.id)))
    return WorkbookService(database).export_engagement(busiest.id, tmp_path / "retur.xlsx")


def edit(path: Path, edits: Edits) -> Path:
    """Change cells of the Anbefalinger sheet: {Excel row: {header: value}}."""
    workbook = load_workbook(path)
    sheet = workbook[Sheets.RECOMMENDATIONS]
    columns = {cell.value: index for index, cell in enumerate(sheet[1], start=1)}
    for row, values in edits.items():
        for name, value in values.items():
            sheet.cell(row=row, column=columns[name]).value = value
    workbook.save(path)
    return path


def test_an_untouched_workbook_reads_back_without_problems(exported: Path) -> None:
    returned = read_returned(exported)
    assert returned.problems == ()
    assert len(returned.rows) == len(returned.manifest.rows) == 5
    assert [row.excel_row for row in returned.rows] == [2, 3, 4, 5, 6]
    assert all(row.note == "" for row in returned.rows)


def test_changed_status_and_note_are_read(exported: Path) -> None:
    edit(exported, {3: {"Status": " i gang ", "Note": "Vi er i gang.\r\nMøde i maj."}})
    returned = read_returned(exported)
    row = next(r for r in returned.rows if r.excel_row == 3)
    assert row.status is RecommendationStatus.IN_PROGRESS
    assert row.note == "Vi er i gang.\nMøde i maj."


def test_bad_rows_are_reported_with_their_excel_row_numbers(exported: Path) -> None:
    edit(
        exported,
        {
            2: {"Status": "Næsten færdig"},
            3: {"Anbefaling": "En anden tekst"},
            4: {"Id": str(uuid.uuid4())},
            5: {"Frist": datetime(2030, 1, 1)},
            6: {"Status": None},
            8: {"Anbefaling": "En ny anbefaling fra kommunen"},
        },
    )
    returned = read_returned(exported)
    problems = {(p.excel_row, p.code) for p in returned.problems}
    assert problems == {
        (2, "returned.unknown_status"),
        (3, "returned.changed_protected"),
        (4, "returned.unknown_id"),
        (5, "returned.changed_protected"),
        (6, "returned.status_missing"),
        (8, "returned.missing_id"),
    }
    assert returned.rows == ()
    by_row = {p.excel_row: p for p in returned.problems}
    assert by_row[2].message().startswith("Række 2: status 'Næsten færdig' kendes ikke")
    assert "Ikke påbegyndt, I gang, Gennemført, Opgivet" in by_row[2].message()
    assert by_row[3].message("en").startswith("Row 3:")


def test_a_duplicated_row_and_a_cpr_number_in_a_note_are_refused(exported: Path) -> None:
    workbook = load_workbook(exported)
    sheet = workbook[Sheets.RECOMMENDATIONS]
    for column in range(1, sheet.max_column + 1):
        sheet.cell(row=7, column=column).value = sheet.cell(row=2, column=column).value
    workbook.save(exported)
    edit(exported, {3: {"Note": "Barnet 010203-1234 er flyttet"}})
    returned = read_returned(exported)
    assert {(p.excel_row, p.code) for p in returned.problems} == {
        (7, "returned.duplicate_id"),
        (3, "returned.cpr_in_note"),
    }
    assert "010203" not in " ".join(p.message() for p in returned.problems)


def test_a_due_date_typed_as_danish_text_is_the_same_date(exported: Path) -> None:
    workbook = load_workbook(exported)
    sheet = workbook[Sheets.RECOMMENDATIONS]
    column = [c.value for c in sheet[1]].index(RecommendationColumns.DUE) + 1
    cell = sheet.cell(row=2, column=column)
    assert isinstance(cell.value, datetime)
    cell.value = cell.value.strftime("%d-%m-%Y")
    workbook.save(exported)
    assert read_returned(exported).problems == ()


def test_a_workbook_without_the_manifest_is_refused(exported: Path) -> None:
    workbook = load_workbook(exported)
    del workbook[Sheets.MANIFEST]
    workbook.save(exported)
    with pytest.raises(UserError) as caught:
        read_returned(exported)
    assert caught.value.error_code == "returned.no_manifest"


def test_a_newer_format_is_refused(exported: Path) -> None:
    workbook = load_workbook(exported)
    workbook[Sheets.MANIFEST]["B2"] = "99"
    workbook.save(exported)
    with pytest.raises(UserError) as caught:
        read_returned(exported)
    assert caught.value.error_code == "returned.newer_format"


def test_a_deleted_status_column_is_refused(exported: Path) -> None:
    workbook = load_workbook(exported)
    sheet = workbook[Sheets.RECOMMENDATIONS]
    column = [c.value for c in sheet[1]].index(RecommendationColumns.STATUS) + 1
    sheet.delete_cols(column)
    sheet.tables.clear()
    workbook.save(exported)
    with pytest.raises(UserError) as caught:
        read_returned(exported)
    assert caught.value.error_code == "returned.missing_columns"
    assert caught.value.params["columns"] == "Status"


def test_a_file_that_is_not_a_workbook_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "retur.xlsx"
    path.write_text("not a zip file")
    with pytest.raises(UserError) as caught:
        read_returned(path)
    assert caught.value.error_code == "returned.unreadable"


def test_status_labels_and_codes_are_recognised() -> None:
    for status, label in STATUS_LABELS.items():
        assert status_from_label(label.upper()) is status
        assert status_from_label(status.value) is status
    assert status_from_label("  I   gang ") is RecommendationStatus.IN_PROGRESS
    assert status_from_label("færdig") is None
