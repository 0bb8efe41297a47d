"""The Sagsgennemgang page: forløb picker, case-list status, rounds, sample, tabs."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from taskforce_app.bootstrap import AppContext, open_context
from taskforce_app.domain.enums import RoundKind
from taskforce_app.ui.kit.settings import UiSettings
from taskforce_app.ui.kit.undo import UndoController
from taskforce_app.ui.review.case_import_wizard import CaseImportWizard
from taskforce_app.ui.review.case_review_page import CaseReviewPage
from taskforce_app.ui.review.results_view import ResultsView
from taskforce_app.ui.review.review_screen import CaseReviewWidget
from taskforce_app.ui.review.sampling_dialog import SamplingDialog
from tests.gui.conftest import TODAY, FakePrompts, add_engagements, show_page
from tests.gui.test_case_import_wizard import write_case_list


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
    """A page that refreshes on published changes (as the main window wires it)."""
    page = CaseReviewPage(
        context, prompts, undo, settings=ui_settings, language="da", today=lambda: TODAY
    )
    qtbot.addWidget(page)
    undo.changed.connect(page.apply_changes)
    show_page(page)  # the page loads when it comes on screen
    return page


def test_the_demo_forløb_shows_its_rounds_and_sample(
    qtbot: QtBot,
    demo_context: AppContext,
    prompts: FakePrompts,
    undo: UndoController,
    ui_settings: UiSettings,
) -> None:
    page = make_page(qtbot, demo_context, prompts, undo, ui_settings)
    summaries = demo_context.engagements.summaries()
    assert page.engagement_combo.count() == len(summaries) == 8
    first = summaries[0]
    assert page.engagement_id == first.id
    count = len(demo_context.case_lists.existing_refs(first.id))
    assert page.case_list_text == f"{count} cases imported"
    rounds = demo_context.review.rounds(first.id)
    assert [view.id for view in page.rounds_panel.rounds()] == [view.id for view in rounds]
    selected = page.rounds_panel.selected_round()
    assert selected is not None and selected.id == rounds[-1].id
    expected = [case.case_ref for case in demo_context.review.sampled_cases(selected.id)]
    assert page.sampled_refs() == expected and expected
    assert [page.tabs.tabText(i) for i in range(3)] == ["Rounds and sample", "Review", "Results"]

    other = next(s for s in summaries if s.id != first.id and demo_context.review.rounds(s.id))
    page.show_engagement(other.id)
    assert page.engagement_id == other.id
    assert page.rounds_panel.engagement_id == other.id
    shown = page.rounds_panel.selected_round()
    assert shown is not None and shown.engagement_id == other.id


def test_selecting_a_round_and_a_forløb_reaches_the_other_tabs(
    qtbot: QtBot,
    demo_context: AppContext,
    prompts: FakePrompts,
    undo: UndoController,
    ui_settings: UiSettings,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    calls: list[tuple[str, object]] = []
    set_round, set_engagement = CaseReviewWidget.set_round, ResultsView.set_engagement

    def record_round(widget: CaseReviewWidget, round_id: uuid.UUID | None) -> None:
        calls.append(("round", round_id))
        set_round(widget, round_id)

    def record_engagement(view: ResultsView, engagement_id: uuid.UUID | None) -> None:
        calls.append(("engagement", engagement_id))
        set_engagement(view, engagement_id)

    monkeypatch.setattr(CaseReviewWidget, "set_round", record_round)
    monkeypatch.setattr(ResultsView, "set_engagement", record_engagement)
    page = make_page(qtbot, demo_context, prompts, undo, ui_settings)
    assert isinstance(page.review_widget, CaseReviewWidget)
    assert isinstance(page.results_view, ResultsView)
    selected = page.rounds_panel.selected_round()
    assert selected is not None
    assert ("round", selected.id) in calls
    assert ("engagement", page.engagement_id) in calls
    calls.clear()
    summaries = demo_context.engagements.summaries()
    page.engagement_combo.setCurrentIndex(1)
    assert ("engagement", summaries[1].id) in calls
    assert any(kind == "round" for kind, _ in calls)


def test_import_then_sample_from_the_page(
    qtbot: QtBot,
    gui_context: AppContext,
    prompts: FakePrompts,
    undo: UndoController,
    ui_settings: UiSettings,
    tmp_path: Path,
) -> None:
    add_engagements(gui_context)
    page = make_page(qtbot, gui_context, prompts, undo, ui_settings)
    assert page.case_list_text == "No case list imported yet."
    prompts.chosen_file = write_case_list(tmp_path / "sager.xlsx", 1_221, cpr_row=None)

    def answer(dialog: QDialog) -> bool:
        assert isinstance(dialog, CaseImportWizard)
        dialog.file_page.choose_button.click()
        dialog.next()
        dialog.next()
        dialog.next()
        assert dialog.currentPage() is dialog.done_page
        return True

    page.run_dialog = answer
    page.import_button.click()
    assert page.case_list_text == "1.221 cases imported"

    engagement_id = page.engagement_id
    assert engagement_id is not None
    gui_context.review.create_round(engagement_id, RoundKind.ANALYSE)
    page.rounds_panel.refresh()
    previewed: list[str] = []

    def sample(dialog: QDialog) -> bool:
        assert isinstance(dialog, SamplingDialog)
        dialog.seed_edit.setText("side-seed")
        dialog.preview()
        previewed.extend(dialog.drawn_model.refs())
        return dialog.store()

    page.rounds_panel.run_dialog = sample
    page.rounds_panel.sample_button.click()
    assert page.sampled_refs() == previewed and len(previewed) == 20
    assert page.sampled_label.text() == "Sample of “Analyse”: 20 cases, 0 replaced"
