"""The rounds panel: a new round is selected and reviewed at once; the cut-off date is edited."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from taskforce_app.bootstrap import AppContext, open_context
from taskforce_app.domain.enums import RoundKind
from taskforce_app.ui.kit.settings import UiSettings
from taskforce_app.ui.kit.undo import UndoController
from taskforce_app.ui.review.case_review_page import CaseReviewPage
from taskforce_app.ui.review.rounds_panel import NewRoundDialog
from tests.gui.conftest import TODAY, FakePrompts, add_engagements, show_page
from tests.gui.dialog_driver import answer_modal

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
"""Real dialogs shown offscreen: the platform cannot propagate their size hints."""


@pytest.fixture
def demo_context(demo_db_path: Path) -> Iterator[AppContext]:
    """The demo database."""
    context = open_context(demo_db_path)
    yield context
    context.close()


@pytest.fixture
def undo(qtbot: QtBot) -> Iterator[UndoController]:
    """An undo controller."""
    controller = UndoController(language="da")
    yield controller
    QThreadPool.globalInstance().waitForDone(5_000)
    controller.deleteLater()


def make_page(
    qtbot: QtBot,
    context: AppContext,
    prompts: FakePrompts,
    undo: UndoController,
    ui_settings: UiSettings,
) -> CaseReviewPage:
    """The Sagsgennemgang page, wired to the undo controller as the main window wires it."""
    page = CaseReviewPage(
        context, prompts, undo, settings=ui_settings, language="da", today=lambda: TODAY
    )
    qtbot.addWidget(page)
    undo.changed.connect(page.apply_changes)
    show_page(page)
    return page


def name_the_round(name: str) -> Callable[[QWidget], None]:
    """A dialog action: type the round's name and press OK in the real dialog."""

    def act(widget: QWidget) -> None:
        assert isinstance(widget, NewRoundDialog)
        widget.name_edit.setText(name)
        widget.accept()

    return act


def click_new_round(qtbot: QtBot, page: CaseReviewPage, name: str) -> None:
    """Press "Ny runde…" and answer the real modal dialog."""
    driver = answer_modal(name_the_round(name))
    QTest.mouseClick(page.rounds_panel.new_button, Qt.MouseButton.LeftButton)
    assert driver.seen == ["NewRoundDialog"]


def test_a_new_round_is_selected_and_reviewed_at_once_on_a_new_database(
    qtbot: QtBot,
    gui_context: AppContext,
    prompts: FakePrompts,
    undo: UndoController,
    ui_settings: UiSettings,
) -> None:
    engagement = add_engagements(gui_context)[0]
    first, _ = gui_context.review.create_round(engagement.id, RoundKind.ANALYSE, "Første")
    page = make_page(qtbot, gui_context, prompts, undo, ui_settings)
    page.show_engagement(engagement.id)
    shown_round = page.review_widget.round
    assert shown_round is not None
    assert shown_round.id == first.id

    click_new_round(qtbot, page, "Anden runde")

    names = [view.name for view in gui_context.review.rounds(engagement.id)]
    assert names == ["Første", "Anden runde"]
    selected = page.rounds_panel.selected_round()
    assert selected is not None and selected.name == "Anden runde"
    shown_round = page.review_widget.round
    assert shown_round is not None
    assert shown_round.name == "Anden runde"
    assert "Anden runde" in page.sampled_label.text()


def test_after_a_locked_round_the_new_round_is_reviewed_on_the_demo(
    qtbot: QtBot,
    demo_context: AppContext,
    prompts: FakePrompts,
    undo: UndoController,
    ui_settings: UiSettings,
) -> None:
    engagement_id = next(
        summary.id
        for summary in demo_context.engagements.summaries()
        if (rounds := demo_context.review.rounds(summary.id)) and rounds[-1].locked
    )
    page = make_page(qtbot, demo_context, prompts, undo, ui_settings)
    page.show_engagement(engagement_id)
    shown_round = page.review_widget.round
    assert shown_round is not None
    assert shown_round.locked

    click_new_round(qtbot, page, "Ekstra måling")

    shown = page.review_widget.round
    assert shown is not None
    assert shown.name == "Ekstra måling" and not shown.locked
    assert page.rounds_panel.sample_button.isEnabled()


@pytest.mark.usefixtures("danish")
def test_the_cut_off_date_is_shown_and_edited_in_the_rounds_panel(
    qtbot: QtBot,
    gui_context: AppContext,
    prompts: FakePrompts,
    undo: UndoController,
    ui_settings: UiSettings,
) -> None:
    engagement = add_engagements(gui_context)[0]
    view, _ = gui_context.review.create_round(engagement.id, RoundKind.ANALYSE, "Første")
    page = make_page(qtbot, gui_context, prompts, undo, ui_settings)
    page.show_engagement(engagement.id)
    panel = page.rounds_panel
    headers = [
        panel.model.headerData(column, Qt.Orientation.Horizontal)
        for column in range(panel.model.columnCount())
    ]
    column = headers.index("Skæringsdato")
    assert panel.model.index(0, column).data() == "–"

    panel.cut_off_edit.setFocus()
    panel.cut_off_edit.clear()
    QTest.keyClicks(panel.cut_off_edit, "15-1-2027")
    QTest.keyClick(panel.cut_off_edit, Qt.Key.Key_Return)

    assert gui_context.review.get_round(view.id).cut_off_on == date(2027, 1, 15)
    assert panel.model.index(0, column).data() == "15-01-2027"
    shown_round = page.review_widget.round
    assert shown_round is not None
    assert shown_round.cut_off_on == date(2027, 1, 15)

    undo.stack.undo()
    assert gui_context.review.get_round(view.id).cut_off_on is None
    assert panel.model.index(0, column).data() == "–"


@pytest.mark.usefixtures("danish")
def test_a_bad_cut_off_date_gives_one_danish_message_and_stores_nothing(
    qtbot: QtBot,
    gui_context: AppContext,
    prompts: FakePrompts,
    undo: UndoController,
    ui_settings: UiSettings,
) -> None:
    engagement = add_engagements(gui_context)[0]
    view, _ = gui_context.review.create_round(engagement.id, RoundKind.ANALYSE, "Første")
    page = make_page(qtbot, gui_context, prompts, undo, ui_settings)
    page.show_engagement(engagement.id)
    panel = page.rounds_panel
    panel.cut_off_edit.setFocus()
    QTest.keyClicks(panel.cut_off_edit, "31-02-2027")
    QTest.keyClick(panel.cut_off_edit, Qt.Key.Key_Return)

    assert "Skæringsdato" in panel.error_text
    assert gui_context.review.get_round(view.id).cut_off_on is None
    assert undo.stack.count() == 0
