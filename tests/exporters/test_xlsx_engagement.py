"""The workbook of one forløb, reopened with openpyxl: sheets, headers, cell types, tables, ids."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from taskforce_app.domain.result_lines import result_lines
from taskforce_app.domain.workbook_models import (
    OTHER_LAW,
    EngagementWorkbook,
    recommendation_fingerprint,
)
from taskforce_app.exporters.xlsx_style import put
from taskforce_app.persistence.database import Database, open_database
from taskforce_app.services.workbooks import WorkbookService
from tests.workbook_danish import ANSWER_LABELS, STATUS_LABELS, RecommendationColumns, Sheets

LIST_SHEETS = (
    Sheets.MILESTONES,
    Sheets.SAMPLE,
    Sheets.ASSESSMENTS,
    Sheets.RESULTS,
    Sheets.FINDINGS,
    Sheets.RECOMMENDATIONS,
)


@pytest.fixture
def database(demo_db_path: Path) -> Iterator[Database]:
    db = open_database(demo_db_path)
    yield db
    db.close()


def busiest_engagement(service: WorkbookService, db: Database) -> uuid.UUID:
    """The demo forløb with two rounds and the most recommendations (Haderslev)."""
    from taskforce_app.services.findings import RecommendationService
    from taskforce_app.services.overview import OverviewService

    rows = OverviewService(db).rows()
    return max(rows, key=lambda r: len(RecommendationService(db).for_engagement(r.id))).id


@pytest.fixture
def exported(database: Database, tmp_path: Path) -> tuple[EngagementWorkbook, Workbook]:
    service = WorkbookService(database)
    engagement_id = busiest_engagement(service, database)
    data = service.engagement_workbook(engagement_id)
    target = service.export_engagement(engagement_id, tmp_path / "forløb.xlsx")
    return data, load_workbook(target)


def headers(sheet: Worksheet, row: int = 1) -> list[object]:
    return [cell.value for cell in sheet[row]]


def column_of(sheet: Worksheet, name: str, row: int = 1) -> int:
    return headers(sheet, row).index(name) + 1


def test_sheets_in_order_and_the_manifest_very_hidden(
    exported: tuple[EngagementWorkbook, Workbook],
) -> None:
    _data, workbook = exported
    assert workbook.sheetnames == [
        Sheets.OVERVIEW,
        *LIST_SHEETS[:3],
        Sheets.RESULTS,
        Sheets.FINDINGS,
        Sheets.RECOMMENDATIONS,
        Sheets.MANIFEST,
    ]
    assert workbook[Sheets.MANIFEST].sheet_state == "veryHidden"
    assert all(workbook[name].sheet_state == "visible" for name in workbook.sheetnames[:-1])


def test_overview_names_the_municipality_and_shows_shares_as_percentages(
    exported: tuple[EngagementWorkbook, Workbook],
) -> None:
    data, workbook = exported
    sheet = workbook[Sheets.OVERVIEW]
    values = {row[0].value: row[1] for row in sheet.iter_rows(min_col=1, max_col=2) if row[0].value}
    assert values["Kommune"].value == data.engagement.municipality.name
    assert isinstance(values["Startdato"].value, datetime)
    assert values["Startdato"].number_format == "dd-mm-yyyy"
    share = values["Juridiske krav opfyldt"]
    assert isinstance(share.value, int | float) and 0 <= share.value <= 1
    assert "%" in share.number_format
    assert values["Anbefalinger i alt"].value == len(data.recommendations)


def test_danish_headers_of_the_list_sheets(exported: tuple[EngagementWorkbook, Workbook]) -> None:
    _data, workbook = exported
    assert headers(workbook[Sheets.RECOMMENDATIONS]) == list(RecommendationColumns.ORDER)
    assert headers(workbook[Sheets.MILESTONES])[:4] == [
        "Milepæl",
        "Fase",
        "Planlagt dato",
        "Faktisk dato",
    ]
    assert headers(workbook[Sheets.RESULTS])[:14] == [
        "Krav",
        "Lov",
        "Spor",
        "Pejlemærke",
        "Spørgsmål",
        "Lovgrundlag",
        "Analyse x",
        "Analyse n",
        "Analyse andel",
        "Statusmåling x",
        "Statusmåling n",
        "Statusmåling andel",
        "Ændring (procentpoint)",
        "Ændring ikke beregnet, fordi",
    ]


def test_dates_are_date_cells_and_shares_are_numbers_with_percent_format(
    exported: tuple[EngagementWorkbook, Workbook],
) -> None:
    data, workbook = exported
    milestones = workbook[Sheets.MILESTONES]
    planned = column_of(milestones, "Planlagt dato")
    first = milestones.cell(row=2, column=planned)
    assert first.value == datetime.combine(data.milestones[0].planned_on, datetime.min.time())
    assert first.is_date and first.number_format == "dd-mm-yyyy"
    results = workbook[Sheets.RESULTS]
    share_column = column_of(results, "Analyse andel")
    shares = [
        results.cell(row=row, column=share_column)
        for row in range(2, len(result_lines(data.results.requirements)) + 2)
    ]
    numbers = [cell for cell in shares if cell.value is not None]
    assert numbers, "the demo forløb has answers"
    assert all(isinstance(c.value, int | float) and 0 <= c.value <= 1 for c in numbers)
    assert all("%" in c.number_format for c in numbers)
    first_result = data.results.requirements[0]
    assert first_result.analyse is not None
    x_column = column_of(results, "Analyse x")
    assert results.cell(row=2, column=x_column).value == first_result.analyse.x
    assert results.cell(row=2, column=x_column + 1).value == first_result.analyse.n


def test_list_sheets_are_excel_tables_with_frozen_headers(
    exported: tuple[EngagementWorkbook, Workbook],
) -> None:
    _data, workbook = exported
    for name in LIST_SHEETS:
        sheet = workbook[name]
        assert sheet.tables, name
        for table in sheet.tables.values():
            assert table.autoFilter is not None and table.autoFilter.ref == table.ref
            assert table.tableStyleInfo is not None
        assert sheet.freeze_panes is not None, name
    recommendations = workbook[Sheets.RECOMMENDATIONS]
    table = next(iter(recommendations.tables.values()))
    assert [column.name for column in table.tableColumns] == list(RecommendationColumns.ORDER)


def test_hidden_id_columns_hold_the_record_ids(
    exported: tuple[EngagementWorkbook, Workbook],
) -> None:
    data, workbook = exported
    sheet = workbook[Sheets.RECOMMENDATIONS]
    column = column_of(sheet, RecommendationColumns.ID)
    assert sheet.column_dimensions[get_column_letter(column)].hidden
    ids = [sheet.cell(row=row, column=column).value for row in range(2, sheet.max_row + 1)]
    assert ids == [str(item.id) for item in data.recommendations]
    milestones = workbook[Sheets.MILESTONES]
    column = column_of(milestones, "Id")
    assert milestones.column_dimensions[get_column_letter(column)].hidden
    assert milestones.cell(row=2, column=column).value == str(data.milestones[0].id)
    for name in (Sheets.FINDINGS, Sheets.SAMPLE, Sheets.ASSESSMENTS):
        hidden = [key for key, dim in workbook[name].column_dimensions.items() if dim.hidden]
        assert hidden, name


def test_assessment_matrix_has_a_row_per_case_and_a_column_per_requirement(
    exported: tuple[EngagementWorkbook, Workbook],
) -> None:
    data, workbook = exported
    sheet = workbook[Sheets.ASSESSMENTS]
    first = data.rounds[0]
    header = headers(sheet, 2)
    while header and header[-1] is None:  # a wider block below (the other law's set)
        header.pop()
    assert header[:2] == ["Sagsnr.", "Lov"]
    assert header[2:-1] == [criterion.code for criterion, _law in first.columns()]
    assert header[-1] == "Id"
    active = [case for case in first.cases if case.status.value == "active"]
    rows = list(
        sheet.iter_rows(min_row=3, max_row=2 + len(active), max_col=len(header), values_only=True)
    )
    assert [row[0] for row in rows] == [case.case_ref for case in active]
    assert {row[1] for row in rows} <= {"Serviceloven", "Barnets lov"}
    answers = {value for row in rows for value in row[2:-1]}
    assert answers <= {*ANSWER_LABELS.values(), OTHER_LAW, None}
    assert "Opfyldt" in answers
    assert len(data.rounds) == 2
    assert len(sheet.tables) == 2


def test_sample_sheet_records_how_each_round_was_drawn(
    exported: tuple[EngagementWorkbook, Workbook],
) -> None:
    data, workbook = exported
    sheet = workbook[Sheets.SAMPLE]
    labels: dict[object, object] = {}
    for label, value in sheet.iter_rows(max_col=2, values_only=True):
        labels.setdefault(label, value)
    first = data.rounds[0].round
    assert labels["Seed (startværdi)"] == first.seed
    assert labels["Sagslistens fingeraftryk (SHA-256)"] == first.population_fingerprint
    assert labels["Sager i sagslisten"] == first.population_size
    assert labels["Udvælgelsesmetode"] == "Simpel tilfældig udvælgelse"


def test_status_column_offers_the_four_danish_statuses(
    exported: tuple[EngagementWorkbook, Workbook],
) -> None:
    data, workbook = exported
    sheet = workbook[Sheets.RECOMMENDATIONS]
    validations = sheet.data_validations.dataValidation
    assert len(validations) == 1
    validation = validations[0]
    assert validation.type == "list"
    assert validation.formula1 == '"' + ",".join(STATUS_LABELS.values()) + '"'
    letter = get_column_letter(column_of(sheet, "Status"))
    assert str(validation.sqref) == f"{letter}2:{letter}{len(data.recommendations) + 1}"


def test_manifest_records_the_forløb_and_a_hash_per_recommendation(
    exported: tuple[EngagementWorkbook, Workbook],
) -> None:
    data, workbook = exported
    rows = list(workbook[Sheets.MANIFEST].iter_rows(values_only=True))
    pairs = {row[0]: row[1] for row in rows[:6]}
    assert pairs["engagement_id"] == str(data.engagement.id)
    assert pairs["app_version"] == data.app_version
    exported_at = datetime.fromisoformat(str(pairs["exported_at"]))
    assert abs((exported_at - data.exported_at).total_seconds()) < 60
    header = next(i for i, row in enumerate(rows) if row[0] == "recommendation_id")
    assert rows[header][:3] == ("recommendation_id", "sha256", "exported_status")
    hashes = {row[0]: row[1] for row in rows[header + 1 :]}
    assert hashes == {
        str(item.id): recommendation_fingerprint(item.id, item.text, item.due_on)
        for item in data.recommendations
    }


def test_text_that_looks_like_a_formula_stays_text() -> None:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    cell = put(sheet, 1, 1, '=HYPERLINK("http://x")\x07')
    assert cell.data_type == "s"
    assert cell.value == '=HYPERLINK("http://x")'
