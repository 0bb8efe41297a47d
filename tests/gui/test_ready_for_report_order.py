"""Klar til rapport comes before the sign-off, and the Fund og anbefalinger page says so."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from taskforce_app.bootstrap import AppContext, open_context
from taskforce_app.domain.enums import RoundKind, RoundStatus
from taskforce_app.domain.errors import ValidationError
from taskforce_app.ui.findings.findings_page import FindingsPage
from taskforce_app.ui.kit.settings import UiSettings
from taskforce_app.ui.kit.undo import UndoController
from tests.gui.conftest import TODAY, FakePrompts, add_engagements, show_page

pytestmark = pytest.mark.usefixtures("danish")


@pytest.fixture
def demo_context(demo_db_path: Path) -> Iterator[AppContext]:
    """A private copy of the demo database."""
    context = open_context(demo_db_path, actor="test")
    yield context
    context.close()


def make_page(
    qtbot: QtBot, context: AppContext, prompts: FakePrompts, ui_settings: UiSettings
) -> FindingsPage:
    """The page, wired to its undo controller, on screen."""
    undo = UndoController(language="da")
    page = FindingsPage(context, prompts, undo, settings=ui_settings, today=lambda: TODAY)
    undo.changed.connect(page.apply_changes)
    qtbot.addWidget(page)
    show_page(page)
    return page


def choose_round(page: FindingsPage, round_id: object) -> None:
    """Pick a round in the comments tab's round list, as a user would."""
    combo = page.notes.round_combo
    combo.setFocus()
    while combo.currentData() != round_id and combo.currentIndex() < combo.count() - 1:
        QTest.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentData() == round_id


def test_a_signed_off_round_cannot_be_marked_and_the_button_says_what_comes_first(
    qtbot: QtBot, demo_context: AppContext, prompts: FakePrompts, ui_settings: UiSettings
) -> None:
    engagement_id, signed = next(
        (summary.id, view)
        for summary in demo_context.engagements.summaries()
        for view in demo_context.review.rounds(summary.id)
        if view.locked
    )
    page = make_page(qtbot, demo_context, prompts, ui_settings)
    page.show_engagement(engagement_id)
    page.tabs.setCurrentIndex(page.NOTES_TAB)
    notes = page.notes
    notes.round_combo.setCurrentIndex(0)
    choose_round(page, signed.id)

    assert not notes.ready_button.isEnabled()
    tip = notes.ready_button.toolTip()
    assert "før godkendelsen" in tip and "gennemgang, klar til rapport og så godkendelse" in tip

    with pytest.raises(ValidationError) as refused:
        demo_context.review.mark_ready_for_report(signed.id)
    assert "markeres før godkendelsen" in refused.value.message("da")
    assert demo_context.review.get_round(signed.id).status is RoundStatus.SIGNED_OFF


def test_an_open_round_can_be_marked_and_then_says_the_sign_off_is_next(
    qtbot: QtBot, gui_context: AppContext, prompts: FakePrompts, ui_settings: UiSettings
) -> None:
    engagement = add_engagements(gui_context)[0]
    view, _ = gui_context.review.create_round(engagement.id, RoundKind.ANALYSE, "Første")
    page = make_page(qtbot, gui_context, prompts, ui_settings)
    page.show_engagement(engagement.id)
    page.tabs.setCurrentIndex(page.NOTES_TAB)
    notes = page.notes
    assert notes.round_combo.currentData() == view.id
    assert notes.ready_button.isEnabled() and notes.ready_button.toolTip() == ""

    notes.ready_button.click()

    assert gui_context.review.get_round(view.id).status is RoundStatus.READY_FOR_REPORT
    assert not notes.ready_button.isEnabled()
    assert "godkendelsen er næste skridt" in notes.ready_button.toolTip()
