"""Two consultants writing the same section: the editor's save over a text a colleague saved
after it was loaded is refused with the real Danish message box naming the colleague; reloading
shows the colleague's text and puts one's own on the clipboard, keeping it saves nothing."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from taskforce_app.bootstrap import AppContext
from taskforce_app.domain.enums import ConsultantRole
from taskforce_app.domain.report_templates import ReportType
from taskforce_app.ui import translations
from taskforce_app.ui.kit.undo import UndoController
from taskforce_app.ui.reports.report_writer import WrittenReportEditor
from tests.gui.conftest import show_page
from tests.gui.modal_driver import ModalDriver, from_event_loop
from tests.services.helpers import consultant, granted_engagement

# The offscreen platform cannot propagate a modal dialog's size hints; nothing else may warn.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

ANALYSE = ReportType.ANALYSE
SECTION = "metode"


@dataclass
class Conflict:
    """An editor whose loaded section a colleague saved afterwards, with the typed text."""

    editor: WrittenReportEditor
    context: AppContext
    typed: str
    colleague_text: str

    def stored(self) -> str:
        engagement = self.editor._engagement
        assert engagement is not None
        return self.context.report_authoring.section(engagement, ANALYSE, SECTION).text


@pytest.fixture
def conflict(
    qtbot: QtBot, gui_context: AppContext, danish: translations.InstalledTranslators
) -> Conflict:
    kbw = consultant(gui_context, "KBW", ConsultantRole.SOCIALFAGLIG)
    jne = consultant(gui_context, "JNE", ConsultantRole.JURIST)
    gui_context.team.act_as(kbw)
    engagement = granted_engagement(gui_context)
    authoring = gui_context.report_authoring
    authoring.save_text(engagement, ANALYSE, SECTION, "Fælles udgangspunkt")
    editor = WrittenReportEditor(gui_context, UndoController(), autosave_ms=60_000)
    qtbot.addWidget(editor)
    editor.set_engagement(engagement)
    show_page(editor, 1100, 700)
    editor.select_section(SECTION)
    assert editor.text_edit.toPlainText() == "Fælles udgangspunkt"

    gui_context.team.act_as(jne)  # the colleague saves on another laptop meanwhile
    authoring.save_text(engagement, ANALYSE, SECTION, "Juristens afsnit")
    gui_context.team.act_as(kbw)

    editor.text_edit.moveCursor(editor.text_edit.textCursor().MoveOperation.End)
    QTest.keyClicks(editor.text_edit, " og min tilføjelse")
    typed = editor.text_edit.toPlainText()
    return Conflict(editor, gui_context, typed, "Juristens afsnit")


def _answer(button: str, seen: list[str]) -> Callable[[QWidget], None]:
    def act(modal: QWidget) -> None:
        assert isinstance(modal, QMessageBox)
        seen.append(f"{modal.windowTitle()}\n{modal.text()}\n{modal.informativeText()}")
        chosen = next(b for b in modal.buttons() if b.text().replace("&", "") == button)
        QTest.mouseClick(chosen, Qt.MouseButton.LeftButton)

    return act


def _save(qtbot: QtBot, conflict: Conflict, button: str) -> tuple[bool, str]:
    seen: list[str] = []
    driver = ModalDriver()
    driver.expect(QMessageBox, _answer(button, seen))
    try:
        result = from_event_loop(qtbot, conflict.editor.save_now)
        qtbot.waitUntil(lambda: driver.done, timeout=30_000)
        qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None, timeout=5_000)
    finally:
        driver.stop()
    assert all(active and "unexpected" not in kind for kind, active, _ in driver.summary())
    assert len(seen) == 1
    return result, seen[0]


def test_reloading_shows_the_colleagues_text_and_keeps_mine_on_the_clipboard(
    qtbot: QtBot, conflict: Conflict
) -> None:
    saved, shown = _save(qtbot, conflict, "Hent igen")

    assert saved is True
    assert shown.startswith("Afsnittet er blevet ændret\n")
    assert "JNE Konsulent JNE ændrede afsnittet »Metode«" in shown
    assert "Din tekst blev ikke gemt" in shown and "udklipsholderen" in shown
    assert conflict.stored() == conflict.colleague_text
    assert conflict.editor.text_edit.toPlainText() == conflict.colleague_text
    assert QGuiApplication.clipboard().text() == conflict.typed
    assert "udklipsholderen" in conflict.editor.error.text()
    assert conflict.editor.changed_label.text().startswith("Ændret af JNE Konsulent JNE")

    edit = conflict.editor.text_edit
    edit.moveCursor(edit.textCursor().MoveOperation.End)
    QTest.keyClicks(edit, " Rettet.")  # the next save is over the version reloaded
    assert conflict.editor.save_now() is True
    assert conflict.stored() == f"{conflict.colleague_text} Rettet."


def test_keeping_my_text_saves_nothing_and_says_who_changed_it(
    qtbot: QtBot, conflict: Conflict
) -> None:
    saved, _shown = _save(qtbot, conflict, "Behold min tekst")

    assert saved is False
    assert conflict.stored() == conflict.colleague_text
    assert conflict.editor.text_edit.toPlainText() == conflict.typed
    assert conflict.editor.error.isVisibleTo(conflict.editor)
    assert "JNE Konsulent JNE ændrede afsnittet »Metode«" in conflict.editor.error.text()
