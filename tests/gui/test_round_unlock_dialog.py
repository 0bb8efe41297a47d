"""Unlocking a signed-off round: the real dialog asks only why; who unlocks is the consultant
working in the program, shown in the dialog (no picker to unlock in another's name)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QComboBox, QWidget
from pytestqt.qtbot import QtBot

from taskforce_app.bootstrap import AppContext, open_context
from taskforce_app.domain.enums import RoundStatus
from taskforce_app.ui import translations
from taskforce_app.ui.kit.undo import UndoController
from taskforce_app.ui.review.review_dialogs import UnlockDialog
from taskforce_app.ui.review.review_screen import CaseReviewWidget
from tests.gui.conftest import TODAY, FakePrompts, show_page
from tests.gui.modal_driver import ModalDriver, from_event_loop, type_and_enter

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def demo_context(demo_db_path: Path) -> Iterator[AppContext]:
    """A private copy of the demo database."""
    context = open_context(demo_db_path)
    yield context
    context.close()


def test_unlock_is_made_as_the_working_consultant_shown_in_the_dialog(
    qtbot: QtBot,
    demo_context: AppContext,
    prompts: FakePrompts,
    danish: translations.InstalledTranslators,
) -> None:
    signed = next(
        item
        for engagement in demo_context.engagements.summaries()
        for item in demo_context.review.rounds(engagement.id)
        if item.status is RoundStatus.SIGNED_OFF
    )
    working = demo_context.team.consultant("CHS")
    demo_context.team.act_as(working.id)
    undo = UndoController()
    screen = CaseReviewWidget(demo_context, prompts, undo, today=lambda: TODAY)
    undo.changed.connect(screen.apply_changes)
    qtbot.addWidget(screen)
    show_page(screen)
    screen.set_round(signed.id)
    assert screen.unlock_button.isEnabled()

    seen: dict[str, object] = {}

    def answer(modal: QWidget) -> None:
        assert isinstance(modal, UnlockDialog)
        seen["title"] = modal.windowTitle()
        seen["by"] = modal.by_label.text()
        seen["pickers"] = len(modal.findChildren(QComboBox))
        type_and_enter("Rettelse efter kvalitetssikring")(modal)

    driver = ModalDriver(settle_ms=50)
    driver.expect(UnlockDialog, answer)
    try:
        from_event_loop(qtbot, screen.unlock_button.click)
    finally:
        driver.stop()
    assert driver.done and prompts.errors == []
    assert seen == {
        "title": "Lås runde op",
        "by": f"Låses op af dig: {working.label}",
        "pickers": 0,
    }
    reopened = demo_context.review.get_round(signed.id)
    assert not reopened.locked and reopened.status is RoundStatus.OPEN
    assert not screen.banner.isVisible()
