"""File > Eksportér kalender… through the real main window: the choice dialog, Qt's own file
dialog and the confirmation are real modal dialogs answered from a timer (`ModalDriver`); the
written file is read back with icalendar."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import icalendar
import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QFileDialog,
    QLineEdit,
    QMessageBox,
    QWidget,
)
from pytestqt.qtbot import QtBot

from taskforce_app.bootstrap import AppContext, open_context
from taskforce_app.ui import translations
from taskforce_app.ui.kit.settings import UiSettings
from taskforce_app.ui.main_window import MainWindow
from taskforce_app.ui.reports.calendar_export import CalendarExportDialog
from tests.gui.conftest import TODAY
from tests.gui.modal_driver import ModalDriver, from_event_loop, visible_progress_dialogs

# The offscreen platform cannot propagate size hints, raise a window or grab the keyboard (the
# file dialog's completer popup asks for both); nothing else may warn.
pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support propagateSizeHints",
    "This plugin does not support raise",
    "This plugin does not support grabbing the keyboard",
)

WORKING = "SKA"


@pytest.fixture
def demo(demo_db_path: Path) -> Iterator[AppContext]:
    context = open_context(demo_db_path)
    yield context
    context.close()


@pytest.fixture
def window(
    qtbot: QtBot,
    demo: AppContext,
    ui_settings: UiSettings,
    danish: translations.InstalledTranslators,
) -> MainWindow:
    """The main window with its real prompts (QMessageBox, QFileDialog)."""
    ui_settings.set_current_consultant(demo.database_identity, demo.team.consultant(WORKING).id)
    main = MainWindow(demo, settings=ui_settings, opener=open_context, today=lambda: TODAY)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    return main


def _save_as(path: Path) -> Callable[[QWidget], None]:
    """Type `path` into Qt's own file dialog and press its Save button."""

    def act(modal: QWidget) -> None:
        assert isinstance(modal, QFileDialog)
        name = modal.findChild(QLineEdit, "fileNameEdit")
        assert name is not None
        name.setFocus()
        name.selectAll()
        QTest.keyClick(name, Qt.Key.Key_Delete)
        QTest.keyClicks(name, str(path))
        box = modal.findChild(QDialogButtonBox)
        assert box is not None
        save = next(
            b for b in box.buttons() if box.buttonRole(b) == QDialogButtonBox.ButtonRole.AcceptRole
        )
        QTest.mouseClick(save, Qt.MouseButton.LeftButton)

    return act


def _ok(seen: list[str]) -> Callable[[QWidget], None]:
    def act(modal: QWidget) -> None:
        assert isinstance(modal, QMessageBox)
        seen.append(modal.text())
        button = next(b for b in modal.buttons() if b.text().replace("&", "") == "OK")
        QTest.mouseClick(button, Qt.MouseButton.LeftButton)

    return act


def _run(qtbot: QtBot, driver: ModalDriver, window: MainWindow) -> None:
    """Choose File > Eksportér kalender… as a click does; every expected dialog answered."""
    assert window.export_calendar_action.text().replace("&", "") == "Eksportér kalender…"
    try:
        from_event_loop(qtbot, window.export_calendar_action.trigger)
        qtbot.waitUntil(lambda: driver.done, timeout=60_000)
        qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None, timeout=5_000)
    finally:
        driver.stop()
    assert all(active and "unexpected" not in kind for kind, active, _ in driver.summary()), (
        driver.summary()
    )
    assert visible_progress_dialogs() == []


def _events(path: Path) -> list[icalendar.Component]:
    """The file's events, parsed by icalendar."""
    calendar = icalendar.Calendar.from_ical(path.read_bytes())
    return list(calendar.walk("VEVENT"))


def test_working_consultants_calendar_is_the_default(
    qtbot: QtBot, window: MainWindow, demo: AppContext, tmp_path: Path
) -> None:
    target = tmp_path / "mine.ics"
    chosen: list[str | None] = []

    def keep_default(modal: QWidget) -> None:
        assert isinstance(modal, CalendarExportDialog)
        assert modal.by_consultant.isChecked()
        chosen.append(modal.consultant())
        QTest.mouseClick(
            modal.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
        )

    seen: list[str] = []
    driver = ModalDriver()
    driver.expect(CalendarExportDialog, keep_default)
    driver.expect(QFileDialog, _save_as(target))
    driver.expect(QMessageBox, _ok(seen))
    _run(qtbot, driver, window)

    expected = demo.calendar.entries(consultant=WORKING)
    assert chosen == [WORKING] and expected
    events = _events(target)
    assert len(events) == len(expected)
    assert {str(event["UID"]) for event in events} == {entry.uid for entry in expected}
    assert f"Antal aftaler: {len(expected)}" in seen[0] and str(target) in seen[0]


def test_one_forloebs_calendar(
    qtbot: QtBot, window: MainWindow, demo: AppContext, tmp_path: Path
) -> None:
    viborg = demo.engagements.resolve("Viborg")
    target = tmp_path / "viborg"  # the dialog adds .ics

    def choose_viborg(modal: QWidget) -> None:
        assert isinstance(modal, CalendarExportDialog)
        QTest.mouseClick(modal.by_engagement, Qt.MouseButton.LeftButton)
        combo = modal.engagement_combo
        combo.setCurrentIndex(combo.findData(str(viborg)))
        QTest.mouseClick(
            modal.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
        )

    seen: list[str] = []
    driver = ModalDriver()
    driver.expect(CalendarExportDialog, choose_viborg)
    driver.expect(QFileDialog, _save_as(target))
    driver.expect(QMessageBox, _ok(seen))
    _run(qtbot, driver, window)

    written = target.with_name("viborg.ics")
    expected = demo.calendar.entries(engagement_id=viborg)
    events = _events(written)
    assert expected and len(events) == len(expected)
    assert all("Viborg" in str(event["SUMMARY"]) for event in events)
    assert f"Antal aftaler: {len(expected)}" in seen[0]
