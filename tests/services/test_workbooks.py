"""The returned-workbook round trip: preview, apply in one transaction, idempotent, refusals."""

from __future__ import annotations

import uuid
from collections.abc import Iterator, Mapping
from datetime import datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook

from taskforce_app.domain.enums import RecommendationStatus
from taskforce_app.domain.errors import NotFoundError, UserError
from taskforce_app.domain.findings import RecommendationView
from taskforce_app.domain.workbook_models import RETURN_AUTHOR
from taskforce_app.persistence.database import Database, open_database
from taskforce_app.services.findings import RecommendationService
from taskforce_app.services.overview import OverviewService
from taskforce_app.services.workbooks import WorkbookService
from tests.workbook_danish import Sheets

Edits = Mapping[int, Mapping[str, str | datetime | None]]


@pytest.fixture
def database(demo_db_path: Path) -> Iterator[Database]:
    db = open_database(demo_db_path)
    yield db
    db.close()


def busiest(database: Database) -> uuid.UUID:
    recommendations = RecommendationService(database)
    rows = OverviewService(database).rows()
    return max(rows, key=lambda r: len(recommendations.for_engagement(r.id))).id


@pytest.fixture
def engagement_id(database: Database) -> uuid.UUID:
    return busiest(database)


@pytest.fixture
def exported(database: Database, engagement_id: uuid.UUID, tmp_path: Path) -> Path:
    return WorkbookService(database).export_engagement(engagement_id, tmp_path / "retur.xlsx")


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


def recommendations(database: Database, engagement_id: uuid.UUID) -> list[RecommendationView]:
    return RecommendationService(database).for_engagement(engagement_id)


def test_two_statuses_and_a_note_round_trip(
    database: Database, engagement_id: uuid.UUID, exported: Path
) -> None:
    before = recommendations(database, engagement_id)
    edit(
        exported,
        {
            2: {"Status": "I gang", "Note": "Genoptaget efter ny ledelse."},
            3: {"Status": "Ikke påbegyndt"},
            5: {"Note": "Drøftes på næste statusmøde."},
        },
    )
    service = WorkbookService(database)
    preview = service.preview_returned(exported)
    assert preview.problems == ()
    assert preview.engagement_id == engagement_id
    assert [(c.excel_row, c.old_status, c.new_status, c.note) for c in preview.changes] == [
        (2, before[0].status, RecommendationStatus.IN_PROGRESS, "Genoptaget efter ny ledelse."),
        (3, before[1].status, RecommendationStatus.NOT_STARTED, ""),
        (5, before[3].status, before[3].status, "Drøftes på næste statusmøde."),
    ]
    assert preview.unchanged == 2

    result = service.apply_returned(exported)
    assert (result.changed, result.unchanged, result.problems) == (3, 2, 0)
    assert result.applied and not result.blocked

    after = {view.id: view for view in recommendations(database, engagement_id)}
    first = after[before[0].id]
    assert first.status is RecommendationStatus.IN_PROGRESS
    latest = first.history[-1]
    assert latest.author == RETURN_AUTHOR
    assert (latest.old_status, latest.new_status) == (before[0].status, first.status)
    assert latest.note == "Genoptaget efter ny ledelse."
    assert after[before[1].id].status is RecommendationStatus.NOT_STARTED
    noted = after[before[3].id]
    assert noted.status is before[3].status
    assert noted.history[-1].note == "Drøftes på næste statusmøde."
    assert after[before[2].id].history == before[2].history

    again = service.apply_returned(exported)
    assert (again.changed, again.unchanged, again.problems) == (0, 5, 0)
    assert not again.applied
    assert {v.id: v.history for v in recommendations(database, engagement_id)} == {
        v.id: v.history for v in after.values()
    }


def test_a_dry_run_changes_nothing(
    database: Database, engagement_id: uuid.UUID, exported: Path
) -> None:
    before = recommendations(database, engagement_id)
    edit(exported, {2: {"Status": "I gang"}})
    result = WorkbookService(database).apply_returned(exported, dry_run=True)
    assert result.dry_run and result.changed == 1 and not result.applied
    assert recommendations(database, engagement_id) == before


def test_problems_stop_the_whole_file_unless_asked_to_skip_them(
    database: Database, engagement_id: uuid.UUID, exported: Path
) -> None:
    before = recommendations(database, engagement_id)
    edit(
        exported,
        {
            2: {"Status": "I gang"},
            3: {"Anbefaling": "Ændret tekst"},
            4: {"Id": str(uuid.uuid4())},
            5: {"Status": "Snart"},
        },
    )
    service = WorkbookService(database)
    result = service.apply_returned(exported)
    assert result.blocked and not result.applied and result.changed == 0
    assert [(p.excel_row, p.code) for p in result.preview.problems] == [
        (3, "returned.changed_protected"),
        (4, "returned.unknown_id"),
        (5, "returned.unknown_status"),
    ]
    assert recommendations(database, engagement_id) == before

    partial = service.apply_returned(exported, skip_problem_rows=True)
    assert (partial.changed, partial.problems) == (1, 3) and partial.applied
    after = recommendations(database, engagement_id)
    assert after[0].status is RecommendationStatus.IN_PROGRESS
    assert [a.history for a in after[1:]] == [b.history for b in before[1:]]


def test_a_workbook_of_another_forløb_is_refused(
    database: Database, engagement_id: uuid.UUID, exported: Path
) -> None:
    other = next(row.id for row in OverviewService(database).rows() if row.id != engagement_id)
    with pytest.raises(UserError) as caught:
        WorkbookService(database).apply_returned(exported, engagement_id=other)
    assert caught.value.error_code == "returned.other_engagement"


def test_a_workbook_from_another_database_is_refused_and_nothing_changes(
    exported: Path, db_path: Path
) -> None:
    empty = open_database(db_path)
    try:
        edit(exported, {2: {"Status": "I gang"}})
        with pytest.raises(UserError) as caught:
            WorkbookService(empty).apply_returned(exported)
        assert caught.value.error_code == "returned.unknown_engagement"
        assert RecommendationService(empty).all() == []
    finally:
        empty.close()


def test_a_status_changed_in_the_program_after_the_export_is_a_conflict(
    database: Database, engagement_id: uuid.UUID, exported: Path
) -> None:
    first = recommendations(database, engagement_id)[0]
    RecommendationService(database).set_status(
        first.id, RecommendationStatus.ABANDONED, "Opgivet på mødet", author="KØW"
    )
    edit(exported, {2: {"Status": "I gang"}})
    preview = WorkbookService(database).preview_returned(exported)
    assert [(p.excel_row, p.code) for p in preview.problems] == [
        (2, "returned.changed_since_export")
    ]
    assert "Opgivet" in preview.problems[0].message()


def test_an_untouched_status_with_a_note_keeps_the_current_status(
    database: Database, engagement_id: uuid.UUID, exported: Path
) -> None:
    first = recommendations(database, engagement_id)[0]
    RecommendationService(database).set_status(
        first.id, RecommendationStatus.IN_PROGRESS, "Genåbnet", author="KØW"
    )
    edit(exported, {2: {"Note": "Tak for opfølgningen."}})
    result = WorkbookService(database).apply_returned(exported)
    assert result.changed == 1
    view = RecommendationService(database).get(first.id)
    assert view.status is RecommendationStatus.IN_PROGRESS
    assert view.history[-1].note == "Tak for opfølgningen."


def test_exporting_an_unknown_forløb_is_refused(database: Database, tmp_path: Path) -> None:
    with pytest.raises(NotFoundError):
        WorkbookService(database).export_engagement(uuid.uuid4(), tmp_path / "x.xlsx")
    assert not any(path.name.startswith("x.xlsx") for path in tmp_path.iterdir())


def test_the_export_reads_one_snapshot_and_leaves_the_database_writable(
    database: Database, engagement_id: uuid.UUID, tmp_path: Path
) -> None:
    service = WorkbookService(database)
    data = service.engagement_workbook(engagement_id)
    assert data.results.engagement_id == engagement_id
    assert len(data.recommendations) == 5
    first = data.recommendations[0]
    RecommendationService(database).set_status(first.id, RecommendationStatus.IN_PROGRESS, "x")
    assert RecommendationService(database).get(first.id).status is RecommendationStatus.IN_PROGRESS
