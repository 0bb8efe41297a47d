"""File > Open database… resumes the consultant remembered for the opened database, or asks
who you are with the same "Hvem er du?" dialog as at first start."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from taskforce_app.bootstrap import AppContext, open_context
from taskforce_app.domain.enums import ConsultantRole, Organisation
from taskforce_app.domain.team import ConsultantDraft
from taskforce_app.ui import translations
from taskforce_app.ui.engagements.consultants_dialog import WhoAreYouDialog
from taskforce_app.ui.kit.settings import UiSettings
from tests.gui.conftest import FakePrompts, WindowFactory


def _choose(qtbot: QtBot, dialog: WhoAreYouDialog, label: str) -> None:
    dialog.consultant_combo.setCurrentIndex(dialog.consultant_combo.findText(label))
    button = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())


def test_opening_a_database_resumes_its_consultant_or_asks(
    qtbot: QtBot,
    make_window: WindowFactory,
    gui_context: AppContext,
    prompts: FakePrompts,
    ui_settings: UiSettings,
    db_path: Path,
    tmp_path: Path,
    danish: translations.InstalledTranslators,
) -> None:
    other = tmp_path / "kollega.sqlite"
    shutil.copyfile(db_path, other)
    colleague = open_context(other)
    for context in (gui_context, colleague):
        for name, initials in (("Sofie Kam", "SKA"), ("Bo Bech", "BBO")):
            context.team.create_consultant(
                ConsultantDraft(name, initials, Organisation.ANKESTYRELSEN, ConsultantRole.JURIST)
            )
    colleague.close()
    ska = gui_context.team.consultant("SKA").id
    ui_settings.set_current_consultant(gui_context.database_identity, ska)
    window = make_window(gui_context)
    assert window.greet() is None and "SKA" in window.consultant_button.text()

    prompts.chosen_file = other
    window.open_action.trigger()
    asked = window.who_dialog
    assert isinstance(asked, WhoAreYouDialog) and asked.isVisible()
    assert asked.windowTitle() == "Hvem er du?"
    assert window.context.team.current_consultant() is None
    _choose(qtbot, asked, "Bo Bech (BBO)")
    assert "BBO" in window.consultant_button.text()

    prompts.chosen_file = db_path
    window.open_action.trigger()
    assert window.who_dialog is asked, "a remembered consultant is resumed, not asked for"
    current = window.context.team.current_consultant()
    assert current is not None and current.initials == "SKA"
    assert "SKA" in window.consultant_button.text()

    prompts.chosen_file = other
    window.open_action.trigger()
    assert window.who_dialog is asked
    current = window.context.team.current_consultant()
    assert current is not None and current.initials == "BBO"
