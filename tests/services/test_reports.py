"""Exporting the statusrapport: atomic write, cancellation, unwritable targets, key figures."""

from __future__ import annotations

import os
import stat
import uuid
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from taskforce_app.domain.errors import NotFoundError, OperationCancelledError, UserError
from taskforce_app.domain.report_models import ReportOptions, ReportSection
from taskforce_app.persistence.database import Database, open_database
from taskforce_app.services.key_figures import KeyFigureService
from taskforce_app.services.overview import OverviewService
from taskforce_app.services.reports import ReportService

TODAY = date(2026, 11, 24)


@pytest.fixture
def db(demo_db_path: Path) -> Iterator[Database]:
    database = open_database(demo_db_path)
    yield database
    database.close()


def _engagement(db: Database, municipality: str = "Haderslev") -> uuid.UUID:
    rows = OverviewService(db).rows(TODAY)
    return next(row.id for row in rows if row.municipality_name == municipality)


def test_export_writes_a_complete_pdf(db: Database, tmp_path: Path) -> None:
    out = tmp_path / "rapporter"
    out.mkdir()
    steps: list[tuple[int, int]] = []
    written = ReportService(db).export_pdf(
        _engagement(db),
        out / "statusrapport.pdf",
        today=TODAY,
        progress=lambda d, t: steps.append((d, t)),
    )
    assert written == out / "statusrapport.pdf"
    assert [path.name for path in out.iterdir()] == ["statusrapport.pdf"]
    reader = PdfReader(written)
    assert "Haderslev" in reader.pages[0].extract_text()
    assert steps and steps[-1][0] == steps[-1][1]
    assert [done for done, _ in steps] == sorted(done for done, _ in steps)


@pytest.mark.parametrize("after", [0, 1, 30])
def test_cancelled_export_leaves_no_file(db: Database, tmp_path: Path, after: int) -> None:
    out = tmp_path / "rapporter"
    out.mkdir()
    calls = 0

    def cancelled() -> bool:
        nonlocal calls
        calls += 1
        return calls > after

    with pytest.raises(OperationCancelledError):
        ReportService(db).export_pdf(
            _engagement(db), out / "statusrapport.pdf", cancelled=cancelled, today=TODAY
        )
    assert list(out.iterdir()) == [], "neither the report nor a temporary file is left"


def test_cancel_keeps_an_existing_report(db: Database, tmp_path: Path) -> None:
    target = tmp_path / "statusrapport.pdf"
    target.write_bytes(b"old report")
    calls = 0

    def cancelled() -> bool:
        nonlocal calls
        calls += 1
        return calls > 10

    with pytest.raises(OperationCancelledError):
        ReportService(db).export_pdf(_engagement(db), target, cancelled=cancelled, today=TODAY)
    assert target.read_bytes() == b"old report"
    assert not [path for path in tmp_path.iterdir() if ".partial-" in path.name]


def test_unwritable_folder_is_a_user_error(db: Database, tmp_path: Path) -> None:
    locked = tmp_path / "låst"
    locked.mkdir()
    locked.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        with pytest.raises(UserError) as raised:
            ReportService(db).export_pdf(_engagement(db), locked / "rapport.pdf", today=TODAY)
        assert raised.value.error_code == "export.folder_read_only"
        assert list(locked.iterdir()) == []
    finally:
        locked.chmod(stat.S_IRWXU)


def test_missing_folder_and_folder_target(db: Database, tmp_path: Path) -> None:
    service = ReportService(db)
    with pytest.raises(UserError) as raised:
        service.export_pdf(_engagement(db), tmp_path / "findes-ikke" / "r.pdf", today=TODAY)
    assert raised.value.error_code == "export.folder_missing"
    with pytest.raises(UserError) as raised:
        service.export_pdf(_engagement(db), tmp_path, today=TODAY)
    assert raised.value.error_code == "export.target_is_folder"


def test_unknown_engagement(db: Database, tmp_path: Path) -> None:
    with pytest.raises(NotFoundError):
        ReportService(db).export_pdf(uuid.uuid4(), tmp_path / "r.pdf", today=TODAY)
    assert not (tmp_path / "r.pdf").exists()


def test_build_reads_everything_the_report_shows(db: Database) -> None:
    model = ReportService(db).build(_engagement(db), today=TODAY)
    assert model.municipality_name == "Haderslev"
    assert len(model.rounds) == 2
    assert all(len(item.cases) >= item.round.sample_size for item in model.rounds)
    answered = sum(
        1 for item in model.rounds for case in item.cases for a in case.answers.values() if a
    )
    assert answered > 0
    assert model.results is not None and model.results.requirements
    assert model.findings and model.recommendations and model.team
    assert model.timeline is not None and model.timeline.milestones


def test_key_figures_appear_in_the_report(db: Database, tmp_path: Path) -> None:
    csv = tmp_path / "UND1.csv"
    csv.write_bytes(
        "\r\n".join(
            [
                "OMRÅDE;KØN;TID;INDHOLD;Børn 0-17 år",
                "Hele landet;I alt;2022;148302;1190000",
                "Hele landet;I alt;2023;151876;1185000",
                "Haderslev;I alt;2022;1021;11900",
                "Haderslev;I alt;2023;1098;11850",
            ]
        ).encode("cp1252")
    )
    KeyFigureService(db).import_file(csv)
    target = tmp_path / "r.pdf"
    options = ReportOptions(frozenset({ReportSection.KEY_FIGURES}))
    ReportService(db).export_pdf(_engagement(db), target, options=options, today=TODAY)
    text = "\n".join(page.extract_text() for page in PdfReader(target).pages)
    assert "Underretninger vedr. børn (UND1)" in text
    assert "pr. 1.000 børn 0–17 år" in text
    assert "85,8" in text, "1021 / 11900 × 1000 for 2022"
    assert "124,6" in text, "148302 / 1190000 × 1000 for 2022"
    assert os.path.getsize(target) > 0
