"""Workbooks written in English (--lang en): English sheets, headers and labels, and an English
workbook returned by the municipality reads back."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook

from taskforce_app.domain.enums import RecommendationStatus
from taskforce_app.persistence.database import Database, open_database
from taskforce_app.services.findings import RecommendationService
from taskforce_app.services.overview import OverviewService
from taskforce_app.services.workbooks import WorkbookService

ENGLISH_SHEETS = [
    "Overview",
    "Milestones",
    "Sample",
    "Assessments",
    "Results",
    "Findings",
    "Recommendations",
    "Manifest",
]
DANISH_WORDS = ("Overblik", "Anbefaling", "Frist", "Ansvarlig", "Milepæl", "Ikke påbegyndt")


@pytest.fixture
def database(demo_db_path: Path) -> Iterator[Database]:
    db = open_database(demo_db_path)
    yield db
    db.close()


@pytest.fixture
def engagement_id(database: Database) -> uuid.UUID:
    recommendations = RecommendationService(database)
    rows = OverviewService(database).rows()
    return max(rows, key=lambda r: len(recommendations.for_engagement(r.id))).id


def test_an_english_workbook_has_english_sheets_headers_and_statuses(
    database: Database, engagement_id: uuid.UUID, tmp_path: Path
) -> None:
    path = WorkbookService(database).export_engagement(
        engagement_id, tmp_path / "en.xlsx", language="en"
    )
    workbook = load_workbook(path)
    assert workbook.sheetnames == ENGLISH_SHEETS
    sheet = workbook["Recommendations"]
    headers = [cell.value for cell in sheet[1]]
    assert headers[:7] == [
        "Id",
        "No.",
        "Recommendation",
        "Finding",
        "Responsible",
        "Deadline",
        "Status",
    ]
    statuses = {row[6] for row in sheet.iter_rows(min_row=2, values_only=True)}
    assert statuses <= {"Not started", "In progress", "Done", "Abandoned"}
    overview = " ".join(
        str(value) for row in workbook["Overview"].iter_rows(values_only=True) for value in row
    )
    assert "Task Force engagement:" in overview
    assert not [word for word in DANISH_WORDS if word in overview + " ".join(map(str, headers))]
    manifest = {row[0]: row[1] for row in workbook["Manifest"].iter_rows(values_only=True)}
    assert manifest["language"] == "en"


def test_an_english_portfolio_has_english_sheets(database: Database, tmp_path: Path) -> None:
    path = WorkbookService(database).export_portfolio(tmp_path / "p.xlsx", language="en")
    workbook = load_workbook(path, read_only=True)
    assert workbook.sheetnames[:3] == ["Engagements", "Results", "Assessments"]
    first = next(workbook["Engagements"].iter_rows(max_row=1, values_only=True))
    assert first[:3] == ("Municipality", "Region", "Engagement")


def test_an_english_returned_workbook_imports(
    database: Database, engagement_id: uuid.UUID, tmp_path: Path
) -> None:
    service = WorkbookService(database)
    path = service.export_engagement(engagement_id, tmp_path / "en.xlsx", language="en")
    workbook = load_workbook(path)
    sheet = workbook["Recommendations"]
    columns = {cell.value: index for index, cell in enumerate(sheet[1], start=1)}
    before = sheet.cell(row=2, column=columns["Status"]).value
    wanted = "Abandoned" if before != "Abandoned" else "In progress"
    sheet.cell(row=2, column=columns["Status"]).value = wanted
    sheet.cell(row=2, column=columns["Note"]).value = "Discussed at the status meeting."
    workbook.save(path)

    result = service.apply_returned(path)

    assert result.problems == 0
    assert result.changed == 1
    changed = {
        item.id: item.status
        for item in RecommendationService(database).for_engagement(engagement_id)
    }
    recommendation_id = uuid.UUID(str(sheet.cell(row=2, column=columns["Id"]).value))
    expected = (
        RecommendationStatus.ABANDONED
        if wanted == "Abandoned"
        else RecommendationStatus.IN_PROGRESS
    )
    assert changed[recommendation_id] is expected


def test_an_unknown_english_status_is_reported_in_english(
    database: Database, engagement_id: uuid.UUID, tmp_path: Path
) -> None:
    service = WorkbookService(database)
    path = service.export_engagement(engagement_id, tmp_path / "en.xlsx", language="en")
    workbook = load_workbook(path)
    sheet = workbook["Recommendations"]
    columns = {cell.value: index for index, cell in enumerate(sheet[1], start=1)}
    sheet.cell(row=2, column=columns["Status"]).value = "Maybe"
    workbook.save(path)

    preview = service.preview_returned(path)

    assert len(preview.problems) == 1
    assert "Not started, In progress, Done, Abandoned" in preview.problems[0].message("en")
