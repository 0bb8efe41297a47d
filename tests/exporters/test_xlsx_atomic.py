"""Exports never leave a half-written file: cancelling and failures leave the target as it was."""

from __future__ import annotations

import os
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from taskforce_app.domain.errors import OperationCancelledError, UserError
from taskforce_app.domain.messages_reports import MESSAGES
from taskforce_app.domain.text import translate
from taskforce_app.exporters.atomic import PARTIAL_MARKER, check_target, write_atomically
from taskforce_app.persistence.database import Database, open_database
from taskforce_app.services.overview import OverviewService
from taskforce_app.services.workbooks import WorkbookService


@pytest.fixture
def database(demo_db_path: Path) -> Iterator[Database]:
    db = open_database(demo_db_path)
    yield db
    db.close()


def cancel_after(calls: int) -> tuple[list[int], object]:
    seen: list[int] = []

    def cancelled() -> bool:
        seen.append(1)
        return len(seen) > calls

    return seen, cancelled


def partials(folder: Path) -> list[Path]:
    return [path for path in folder.iterdir() if PARTIAL_MARKER in path.name]


@pytest.mark.parametrize("calls", [0, 2, 5, 9])
def test_cancelling_an_engagement_export_leaves_no_file(
    database: Database, tmp_path: Path, calls: int
) -> None:
    service = WorkbookService(database)
    engagement_id = OverviewService(database).rows()[0].id
    target = tmp_path / "forløb.xlsx"
    seen, cancelled = cancel_after(calls)
    with pytest.raises(OperationCancelledError):
        service.export_engagement(engagement_id, target, cancelled=cancelled)  # type: ignore[arg-type]
    assert not target.exists()
    assert partials(tmp_path) == []
    assert len(seen) == calls + 1


@pytest.mark.parametrize("calls", [0, 1, 2, 3, 4, 5])
def test_cancelling_a_portfolio_export_keeps_the_previous_file(
    database: Database, tmp_path: Path, calls: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    target = tmp_path / "portefølje.xlsx"
    target.write_bytes(b"the previous export")
    _seen, cancelled = cancel_after(calls)
    with pytest.raises(OperationCancelledError):
        WorkbookService(database).export_portfolio(target, cancelled=cancelled)  # type: ignore[arg-type]
    assert target.read_bytes() == b"the previous export"
    assert partials(tmp_path) == []
    assert list(scratch.iterdir()) == [], "openpyxl's streamed sheets are cleaned up"


def test_a_failing_writer_removes_its_partial_file(tmp_path: Path) -> None:
    target = tmp_path / "out.xlsx"

    def write(partial: Path) -> None:
        partial.write_bytes(b"half")
        raise RuntimeError("disk on fire")

    with pytest.raises(RuntimeError):
        write_atomically(target, write)
    assert list(tmp_path.iterdir()) == []


def test_the_partial_file_is_written_beside_the_target_then_moved(tmp_path: Path) -> None:
    target = tmp_path / "out.xlsx"
    seen: list[Path] = []

    def write(partial: Path) -> None:
        seen.append(partial)
        assert partial.parent == tmp_path and partial.name.startswith(".out.xlsx.")
        partial.write_bytes(b"done")

    assert write_atomically(target, write) == target
    assert target.read_bytes() == b"done"
    assert not seen[0].exists()


def test_a_missing_folder_is_refused_in_danish(tmp_path: Path) -> None:
    with pytest.raises(UserError) as caught:
        check_target(tmp_path / "findes-ikke" / "out.xlsx")
    assert caught.value.error_code == "export.folder_missing"


def test_a_file_where_the_folder_should_be_is_refused(tmp_path: Path) -> None:
    blocker = tmp_path / "fil.txt"
    blocker.write_text("x")
    with pytest.raises(UserError) as caught:
        check_target(blocker / "out.xlsx")
    assert caught.value.error_code == "export.not_a_folder"


def test_a_folder_given_as_the_target_is_refused(tmp_path: Path) -> None:
    with pytest.raises(UserError) as caught:
        check_target(tmp_path)
    assert caught.value.error_code == "export.target_is_folder"


def test_a_read_only_folder_is_refused_before_any_work(database: Database, tmp_path: Path) -> None:
    folder = tmp_path / "låst"
    folder.mkdir()
    folder.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        with pytest.raises(UserError) as caught:
            WorkbookService(database).export_portfolio(folder / "out.xlsx")
        assert caught.value.error_code == "export.folder_read_only"
        assert "Der kan ikke skrives i mappen" in translate(
            MESSAGES["export.folder_read_only"], "da"
        )
    finally:
        folder.chmod(stat.S_IRWXU)
    assert os.listdir(folder) == []


def test_a_read_only_target_file_is_refused(tmp_path: Path) -> None:
    target = tmp_path / "out.xlsx"
    target.write_bytes(b"keep")
    target.chmod(stat.S_IRUSR)
    try:
        with pytest.raises(UserError) as caught:
            check_target(target)
        assert caught.value.error_code == "export.target_read_only"
    finally:
        target.chmod(stat.S_IRUSR | stat.S_IWUSR)
