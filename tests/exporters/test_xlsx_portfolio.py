"""The portfolio workbook: one row per forløb, results across forløb, every assessment streamed."""

from __future__ import annotations

import sqlite3
import uuid
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook
from openpyxl.cell import Cell
from openpyxl.utils import get_column_letter

from taskforce_app.domain.enums import Answer, Health, Pejlemaerke, Phase, Track
from taskforce_app.domain.workbook_models import (
    AssessmentLine,
    PortfolioRow,
    PortfolioWorkbook,
    RequirementAcross,
)
from taskforce_app.exporters.xlsx_portfolio import unique_headers, write_portfolio_workbook
from taskforce_app.persistence.database import Database, open_database
from taskforce_app.services.overview import OverviewService
from taskforce_app.services.workbooks import WorkbookService
from tests.workbook_danish import ANSWER_LABELS, ASSESSMENT_HEADERS, PORTFOLIO_HEADERS, Sheets


@pytest.fixture
def database(demo_db_path: Path) -> Iterator[Database]:
    db = open_database(demo_db_path)
    yield db
    db.close()


def active_assessments(path: Path) -> int:
    connection = sqlite3.connect(path)
    try:
        (count,) = connection.execute(
            "SELECT count(*) FROM assessment a JOIN sampled_case s ON a.sampled_case_id = s.id "
            "WHERE a.deleted_at IS NULL AND s.deleted_at IS NULL AND s.status = 'active'"
        ).fetchone()
    finally:
        connection.close()
    return int(count)


def test_portfolio_from_the_demo_database(
    database: Database, demo_db_path: Path, tmp_path: Path
) -> None:
    reports: list[tuple[int, int]] = []
    target = WorkbookService(database).export_portfolio(
        tmp_path / "portefølje.xlsx", progress=lambda done, total: reports.append((done, total))
    )
    workbook = load_workbook(target)
    assert workbook.sheetnames == [
        Sheets.PORTFOLIO,
        Sheets.RESULTS,
        Sheets.ASSESSMENTS,
        Sheets.MANIFEST,
    ]
    assert workbook[Sheets.MANIFEST].sheet_state == "veryHidden"
    overview = OverviewService(database).rows()
    portfolio = workbook[Sheets.PORTFOLIO]
    assert [c.value for c in portfolio[1]] == list(PORTFOLIO_HEADERS)
    assert portfolio.max_row == len(overview) + 1
    assert [portfolio.cell(row=i + 2, column=1).value for i in range(len(overview))] == [
        row.municipality_name for row in overview
    ]
    start = portfolio.cell(row=2, column=PORTFOLIO_HEADERS.index("Startdato") + 1)
    assert isinstance(start, Cell) and start.is_date and start.number_format == "dd-mm-yyyy"
    legal = PORTFOLIO_HEADERS.index("Juridisk: opfyldt") + 1
    shares = [portfolio.cell(row=r, column=legal) for r in range(2, portfolio.max_row + 1)]
    assert any(cell.value is not None for cell in shares)
    assert all("%" in c.number_format for c in shares if c.value is not None)
    hidden = portfolio.column_dimensions[get_column_letter(len(PORTFOLIO_HEADERS))]
    assert hidden.hidden

    results = workbook[Sheets.RESULTS]
    header = [c.value for c in results[1]]
    assert header[:4] == ["Krav", "Spor", "Pejlemærke", "Spørgsmål"]
    assert len(header) == 4 + len(overview)
    values = [
        c for row in results.iter_rows(min_row=2, min_col=5) for c in row if c.value is not None
    ]
    assert values and all("%" in c.number_format for c in values)
    assert all(0 <= float(c.value) <= 1 for c in values)  # type: ignore[arg-type]

    assessments = workbook[Sheets.ASSESSMENTS]
    assert [c.value for c in assessments[1]] == list(ASSESSMENT_HEADERS)
    expected = active_assessments(demo_db_path)
    assert assessments.max_row == expected + 1
    answers = {row[5] for row in assessments.iter_rows(min_row=2, values_only=True)}
    assert answers <= {*ANSWER_LABELS.values(), None}
    for sheet in (portfolio, results, assessments):
        (table,) = sheet.tables.values()
        assert table.autoFilter is not None and table.autoFilter.ref == table.ref
    assert next(iter(assessments.tables.values())).ref == f"A1:F{expected + 1}"
    assert reports[-1] == (reports[-1][0], reports[-1][0])


def small_portfolio() -> PortfolioWorkbook:
    row = PortfolioRow(
        engagement_id=uuid.uuid4(),
        municipality="Odense",
        region="Region Syddanmark",
        title="=Forløb",
        phase=Phase.ANALYSE,
        start_date=date(2026, 1, 5),
        planned_end_date=date(2028, 1, 5),
        month_of_plan=3,
        health=Health.ON_TRACK,
        overdue_milestones=0,
        critical_findings=1,
        significant_findings=0,
        minor_findings=2,
        open_recommendations=1,
        recommendations=3,
        latest_round="Analyse",
        legal_share=0.625,
        quality_share=None,
    )
    requirement = RequirementAcross(
        key="juridisk:bfu_made",
        codes="BL-01 / SL-01",
        track=Track.JURIDISK,
        pejlemaerke=Pejlemaerke.FAGLIG_UDREDNING,
        question="Er der udarbejdet en børnefaglig undersøgelse?",
        shares=(0.5, None),
    )
    return PortfolioWorkbook(
        rows=(row,),
        result_columns=("Odense", "Odense"),
        requirements=(requirement,),
        exported_at=datetime(2026, 11, 1, 12, 0, tzinfo=UTC),
        app_version="test",
    )


def test_hand_built_portfolio_keeps_text_as_text_and_makes_headers_unique(
    tmp_path: Path,
) -> None:
    lines = [
        AssessmentLine("Odense", "=Forløb", "Analyse", "=1+1", "BL-01", Answer.MET),
        AssessmentLine("Odense", "=Forløb", "Analyse", "SAG-2", "BL-01", None),
    ]
    target = write_portfolio_workbook(small_portfolio(), iter(lines), tmp_path / "p.xlsx")
    workbook = load_workbook(target)
    assessments = workbook[Sheets.ASSESSMENTS]
    assert assessments["D2"].value == "=1+1" and assessments["D2"].data_type == "s"
    assert assessments["F2"].value == "Opfyldt"
    assert assessments["F3"].value is None
    assert workbook[Sheets.PORTFOLIO]["C2"].data_type == "s"
    assert [c.value for c in workbook[Sheets.RESULTS][1]][4:] == ["Odense", "Odense (2)"]
    assert workbook[Sheets.RESULTS]["E2"].value == 0.5


def test_unique_headers() -> None:
    assert unique_headers(["A", "a", "B", "Krav"], reserved=["Krav"]) == (
        "A",
        "a (2)",
        "B",
        "Krav (2)",
    )


def test_portfolio_sheets_are_set_up_for_printing(database: Database, tmp_path: Path) -> None:
    target = WorkbookService(database).export_portfolio(tmp_path / "portefoelje.xlsx")
    workbook = load_workbook(target)
    visible = [sheet for sheet in workbook.worksheets if sheet.sheet_state == "visible"]
    assert len(visible) == 3
    for sheet in visible:
        properties = sheet.sheet_properties.pageSetUpPr
        assert properties is not None and properties.fitToPage, sheet.title
        assert sheet.page_setup.fitToHeight == 0 and sheet.page_setup.fitToWidth == 1
        assert sheet.print_title_rows == "$1:$1", sheet.title
        footer = sheet.oddFooter
        assert footer is not None and footer.center.text is not None
        assert "Side &P af &N" in footer.center.text
    assert workbook[Sheets.PORTFOLIO].page_setup.orientation == "landscape"
    assert workbook[Sheets.ASSESSMENTS].page_setup.orientation == "portrait"
    results = workbook[Sheets.RESULTS]
    long_rows = [
        row
        for row in range(2, results.max_row + 1)
        if len(str(results.cell(row=row, column=4).value or "")) > 2 * 60
    ]
    assert long_rows
    for row in long_rows:
        cell = results.cell(row=row, column=4)
        assert cell.alignment.wrap_text
        height = results.row_dimensions[row].height
        assert height is not None and height >= 3 * 15, (row, height)
