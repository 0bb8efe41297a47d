"""An installation missing a data file: `--smoke-test` exits 2 with one Danish line naming it,
and the GUI shows one message instead of a crash dialog (in process, on a copied install)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from taskforce_app import installation, paths
from taskforce_app.bootstrap import AppContext
from taskforce_app.ui import app as gui_app
from taskforce_app.ui.app import EXIT_USER, launch


@pytest.fixture
def install_copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of db/ and resources/ (the .qm included) that paths.py answers for."""
    root = tmp_path / "install"
    shutil.copytree(paths.install_root() / "db", root / "db")
    shutil.copytree(paths.resources_dir(), root / "resources")
    monkeypatch.setattr(paths, "install_root", lambda: root)
    return root


def test_a_complete_copy_passes_the_file_check(install_copy: Path) -> None:
    assert installation.missing_files() == []
    installation.check_files()


@pytest.mark.parametrize(
    "missing",
    [
        "resources/fonts/DejaVuSans.ttf",
        "resources/i18n/taskforce_da.qm",
        "resources/reference/municipalities.csv",
        "resources/templates/milestones_24m.json",
        "db/migrations/env.py",
    ],
)
def test_the_smoke_test_names_the_missing_file(
    install_copy: Path, missing: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (install_copy / missing).unlink()
    assert launch(db=str(tmp_path / "smoke.sqlite"), language="en", smoke_test=True) == EXIT_USER
    captured = capsys.readouterr()
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("Installationen er ufuldstændig")  # Danish whatever --lang says
    assert str(install_copy / missing) in lines[0]
    assert "smoke test ok" not in captured.out
    assert not (tmp_path / "smoke.sqlite").exists()  # nothing was created


def test_no_criteria_set_and_no_migration_are_named(
    install_copy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for criteria_set in (install_copy / "resources" / "criteria").glob("*_v*.json"):
        criteria_set.unlink()
    for version in (install_copy / "db" / "migrations" / "versions").glob("*.py"):
        version.unlink()
    assert launch(db=str(tmp_path / "smoke.sqlite"), language="da", smoke_test=True) == EXIT_USER
    line = capsys.readouterr().err.strip()
    assert str(install_copy / "resources" / "criteria" / "*_v*.json") in line
    assert str(install_copy / "db" / "migrations" / "versions" / "*.py") in line


def test_a_damaged_criteria_set_is_reported_not_crashed_on(
    install_copy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    damaged = next((install_copy / "resources" / "criteria").glob("*_v*.json"))
    damaged.write_text("{ not json", encoding="utf-8")
    assert launch(db=str(tmp_path / "smoke.sqlite"), language="da", smoke_test=True) == EXIT_USER
    line = capsys.readouterr().err.strip()
    assert line.startswith("Installationen virker ikke")
    assert damaged.name in line


def test_a_qm_that_does_not_translate_is_reported(
    install_copy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (install_copy / "resources" / "i18n" / "taskforce_da.qm").write_bytes(b"not a catalogue")
    assert launch(db=str(tmp_path / "smoke.sqlite"), language="da", smoke_test=True) == EXIT_USER
    line = capsys.readouterr().err.strip()
    assert line.startswith("Installationen virker ikke")
    assert "taskforce_da.qm" in line


def test_the_gui_shows_one_message_instead_of_a_crash_dialog(
    install_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (install_copy / "resources" / "criteria" / "benchmarks.json").unlink()
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        QMessageBox, "critical", lambda _parent, title, text: shown.append((title, text))
    )
    crashes: list[str] = []
    monkeypatch.setattr(gui_app, "show_crash_dialog", crashes.append)
    assert launch(db=str(tmp_path / "gui.sqlite"), language="da", smoke_test=False) == EXIT_USER
    assert crashes == []
    assert len(shown) == 1
    title, text = shown[0]
    assert title == "Task Force Tracker"
    assert "Installationen er ufuldstændig" in text
    assert str(install_copy / "resources" / "criteria" / "benchmarks.json") in text


def test_an_export_that_cannot_load_its_library_is_reported(
    demo_db_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """As in a bundle built without Pillow: reportlab cannot be imported, the PDF fails."""
    from taskforce_app.services.reports import ReportService

    def without_pillow(*_args: object, **_kwargs: object) -> Path:
        raise ModuleNotFoundError("No module named 'PIL'")

    monkeypatch.setattr(ReportService, "export_pdf", without_pillow)
    assert launch(db=str(demo_db_path), language="da", smoke_test=True) == EXIT_USER
    captured = capsys.readouterr()
    assert captured.err.strip() == (
        "Installationen virker ikke: eksport: No module named 'PIL'. "
        "Installér Task Force Tracker igen."
    )
    assert "smoke test ok" not in captured.out


def test_the_smoke_test_exports_the_demo_report(
    demo_db_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    sizes: list[int] = []
    original = installation.check_export

    def measured(context: AppContext) -> int:
        size = original(context)
        sizes.append(size)
        return size

    monkeypatch.setattr(gui_app, "check_export", measured)
    assert launch(db=str(demo_db_path), language="da", smoke_test=True) == 0
    assert capsys.readouterr().out.startswith("smoke test ok: ")
    assert len(sizes) == 1
    assert sizes[0] > 20_000  # a workbook and a PDF report with embedded fonts
