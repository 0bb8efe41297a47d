"""A returned workbook read, shown and applied through the real dialogs, from the event loop:
no progress dialog outlives its job, and the dialog that follows receives the input."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from taskforce_app.bootstrap import AppContext, open_context
from taskforce_app.ui.kit.prompts import QtPrompts
from taskforce_app.ui.kit.undo import UndoController
from taskforce_app.ui.reports.returned_dialog import ReturnedDialog
from tests.gui.conftest import TODAY
from tests.gui.modal_driver import SETTLE_MS, ModalDriver, from_event_loop, visible_progress_dialogs
from tests.gui.test_reports_page import edit_statuses


@pytest.fixture
def demo(demo_db_path: Path) -> Iterator[AppContext]:
    """A context over a private copy of the demo database."""
    context = open_context(demo_db_path)
    yield context
    context.close()


@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
def test_a_returned_workbook_is_read_shown_and_applied_without_a_lingering_progress_dialog(
    qtbot: QtBot, demo: AppContext, tmp_path: Path
) -> None:
    engagement = next(
        s.id for s in demo.engagements.summaries() if s.municipality_name == "Hillerød"
    )
    workbook = demo.workbooks.export_engagement(engagement, tmp_path / "retur.xlsx", today=TODAY)
    edited = edit_statuses(workbook, 2)
    before = {rid: demo.recommendations.get(rid).status for rid in edited}
    undo = UndoController()
    dialog = ReturnedDialog(demo, QtPrompts(), undo, engagement, language="da")
    driver = ModalDriver()
    applied: list[bool] = []

    def apply_then_close(modal: QWidget) -> None:
        assert modal is dialog and dialog.apply_button.isEnabled()
        QTest.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
        applied.append(dialog.last_result is not None and dialog.last_result.applied)
        QTest.mouseClick(
            dialog.buttons.button(dialog.buttons.StandardButton.Close), Qt.MouseButton.LeftButton
        )

    def load_and_show() -> int:
        assert dialog.load(workbook)
        return dialog.exec()

    driver.expect(ReturnedDialog, apply_then_close)
    try:
        from_event_loop(qtbot, load_and_show)
        qtbot.wait(SETTLE_MS)
    finally:
        driver.stop()
        dialog.deleteLater()
        undo.deleteLater()
    assert driver.summary() == [("ReturnedDialog", True, 0)]
    assert applied == [True]
    assert visible_progress_dialogs() == []
    after = {rid: demo.recommendations.get(rid).status for rid in edited}
    assert len(after) == 2 and all(after[rid] != before[rid] for rid in edited)
