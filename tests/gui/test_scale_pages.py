"""Every page of the main window on a national-scale database of 100 forløb (bench/scale.py).

The database is built once per session by the benchmark's own builder, with small case lists
(40–60 cases) so it stays quick; every other record is there at full scale (two review rounds
of 20 answered cases, ~60 milestones, ~10 findings, ~30 recommendations per forløb).
"""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import closing
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from bench.scale import build_scale_database
from bench.scale import main as scale_main
from taskforce_app.bootstrap import AppContext, open_context
from taskforce_app.ui.main_window import MainWindow, Page
from tests.gui.conftest import TODAY, WindowFactory

FORLOEB = 100


@pytest.fixture(scope="session")
def scale_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The 100-forløb database, built once per session."""
    path = tmp_path_factory.mktemp("scale") / "scale.sqlite"
    counts = build_scale_database(path, FORLOEB, seed=17, today=TODAY, cases=(40, 60))
    assert counts["engagement"] == FORLOEB
    return path


@pytest.fixture
def scale_context(scale_template: Path, tmp_path: Path) -> Iterator[AppContext]:
    """A private copy of the scale database, opened."""
    target = tmp_path / "scale.sqlite"
    shutil.copyfile(scale_template, target)
    for suffix in ("-wal", "-shm"):
        companion = Path(f"{scale_template}{suffix}")
        if companion.exists():
            shutil.copyfile(companion, Path(f"{target}{suffix}"))
    context = open_context(target)
    yield context
    context.close()


def _show(window: MainWindow, page: Page) -> object:
    window.show_page(page)
    QApplication.processEvents()
    return window.page_widget(page)


def test_every_page_is_populated_on_100_forloeb(
    qtbot: QtBot, make_window: WindowFactory, scale_context: AppContext
) -> None:
    window = make_window(scale_context, language="en")
    assert window.engagement_model.rowCount() == FORLOEB

    overview = _show(window, Page.OVERVIEW)
    assert overview.model.rowCount() == FORLOEB  # type: ignore[attr-defined]

    deadlines = _show(window, Page.DEADLINES)
    assert deadlines.consultant_combo.count() >= 30  # type: ignore[attr-defined]

    applications = _show(window, Page.APPLICATIONS)
    years = {row.start_date.year for row in scale_context.engagements.summaries() if row.start_date}
    assert applications.rounds.rowCount() == len(years)  # type: ignore[attr-defined]

    timeline = _show(window, Page.TIMELINE)
    assert len(timeline.timeline.rows) == FORLOEB  # type: ignore[attr-defined]
    assert not timeline.timeline.grab().isNull()  # type: ignore[attr-defined]

    review = _show(window, Page.CASE_REVIEW)
    assert review.engagement_combo.count() >= FORLOEB  # type: ignore[attr-defined]

    findings = _show(window, Page.FINDINGS)
    shown = findings.model.rowCount()  # type: ignore[attr-defined]
    assert shown == len(scale_context.findings.findings(None))
    assert shown >= 7 * FORLOEB // 2  # most forløb are past the analyse: ~10 findings each

    reports = _show(window, Page.REPORTS)
    assert reports.engagement_combo.count() >= FORLOEB  # type: ignore[attr-defined]

    engagements = _show(window, Page.ENGAGEMENTS)
    assert engagements.isVisible()  # type: ignore[attr-defined]


def _contents(path: Path) -> list[tuple[object, ...]]:
    with closing(sqlite3.connect(path)) as connection:
        return [
            *connection.execute("SELECT id, title, start_date FROM engagement ORDER BY id"),
            *connection.execute("SELECT id, case_ref, opened_on FROM case_record ORDER BY id"),
            *connection.execute("SELECT id, answer FROM assessment ORDER BY id"),
        ]


def test_the_scale_builder_is_reproducible(tmp_path: Path) -> None:
    day = date(2026, 6, 1)
    first = build_scale_database(tmp_path / "a.sqlite", 3, seed=5, today=day, cases=(40, 45))
    second = build_scale_database(tmp_path / "b.sqlite", 3, seed=5, today=day, cases=(40, 45))
    assert first == second
    assert first["case_record"] >= 3 * 40
    assert _contents(tmp_path / "a.sqlite") == _contents(tmp_path / "b.sqlite")
    other = build_scale_database(tmp_path / "c.sqlite", 3, seed=6, today=day, cases=(40, 45))
    assert other["engagement"] == 3
    assert _contents(tmp_path / "c.sqlite") != _contents(tmp_path / "a.sqlite")


@pytest.mark.parametrize("forloeb", ["0", "-3"])
def test_no_forloeb_is_refused_with_one_line_and_exit_2(
    forloeb: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "scale.sqlite"
    assert scale_main(["--forloeb", forloeb, "--db", str(target)]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.count("\n") == 1
    assert "--forloeb" in captured.err and forloeb in captured.err
    assert not target.exists()
