"""Rapporter > Eksportér kalender…: the same choice dialog as File > Eksportér kalender… (a real
modal answered from a timer), the chosen forløb preselected; the file read back with icalendar."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import icalendar
import pytest
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot

from taskforce_app.bootstrap import AppContext, open_context
from taskforce_app.ui import translations
from taskforce_app.ui.kit.settings import UiSettings
from taskforce_app.ui.kit.undo import UndoController
from taskforce_app.ui.reports.calendar_export import CalendarExportDialog
from taskforce_app.ui.reports.reports_page import ReportsPage
from tests.gui.conftest import TODAY, FakePrompts, show_page
from tests.gui.modal_driver import ModalDriver, from_event_loop, visible_progress_dialogs

# The offscreen platform cannot propagate a modal dialog's size hints; nothing else may warn.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def demo(demo_db_path: Path) -> Iterator[AppContext]:
    context = open_context(demo_db_path)
    yield context
    context.close()


def test_the_calendar_button_exports_the_chosen_forloeb(
    qtbot: QtBot,
    demo: AppContext,
    ui_settings: UiSettings,
    danish: translations.InstalledTranslators,
    tmp_path: Path,
) -> None:
    prompts = FakePrompts(chosen_file=tmp_path / "viborg")  # the export adds .ics
    page = ReportsPage(demo, prompts, UndoController(), settings=ui_settings, today=lambda: TODAY)
    qtbot.addWidget(page)
    show_page(page)
    qtbot.waitExposed(page)
    viborg = demo.engagements.resolve("Viborg")
    page.show_engagement(viborg)
    assert page.calendar_button.text() == "Eksportér kalender…"

    offered: list[str | None] = []

    def choose_preselected(modal: QWidget) -> None:
        assert isinstance(modal, CalendarExportDialog)
        offered.append(modal.engagement_combo.currentData())
        QTest.mouseClick(modal.by_engagement, Qt.MouseButton.LeftButton)
        QTest.mouseClick(
            modal.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
        )

    driver = ModalDriver()
    driver.expect(CalendarExportDialog, choose_preselected)
    try:
        written = from_event_loop(qtbot, page.export_calendar)
        qtbot.waitUntil(lambda: driver.done, timeout=60_000)
        qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None, timeout=5_000)
    finally:
        driver.stop()
        QThreadPool.globalInstance().waitForDone(5_000)
    assert all(active and "unexpected" not in kind for kind, active, _ in driver.summary())
    assert visible_progress_dialogs() == []

    assert offered == [str(viborg)]
    assert written == tmp_path / "viborg.ics"
    expected = demo.calendar.entries(engagement_id=viborg)
    events = list(icalendar.Calendar.from_ical(written.read_bytes()).walk("VEVENT"))
    assert expected and {str(event["UID"]) for event in events} == {e.uid for e in expected}
    assert len(prompts.infos) == 1 and f"Antal aftaler: {len(expected)}" in prompts.infos[0][1]


def test_clicking_the_button_opens_the_dialog_and_cancel_writes_nothing(
    qtbot: QtBot, demo: AppContext, ui_settings: UiSettings
) -> None:
    prompts = FakePrompts()
    page = ReportsPage(demo, prompts, UndoController(), settings=ui_settings, today=lambda: TODAY)
    qtbot.addWidget(page)
    show_page(page)
    seen: list[str] = []

    def cancel(modal: QWidget) -> None:
        assert isinstance(modal, CalendarExportDialog)
        seen.append(type(modal).__name__)
        modal.reject()

    driver = ModalDriver()
    driver.expect(CalendarExportDialog, cancel)
    try:
        from_event_loop(qtbot, page.calendar_button.click)
        qtbot.waitUntil(lambda: driver.done, timeout=30_000)
    finally:
        driver.stop()
    assert seen == ["CalendarExportDialog"]
    assert prompts.file_requests == [] and prompts.infos == []
