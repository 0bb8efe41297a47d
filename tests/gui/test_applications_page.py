"""Ansøgninger: rounds, applications, duplicates, warnings, and a grant that creates the forløb."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import cast

from PySide6.QtCore import QAbstractItemModel, Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from taskforce_app.bootstrap import AppContext
from taskforce_app.domain.applications import (
    ApplicationDetail,
    ApplicationDraft,
    Decision,
    RoundDraft,
)
from taskforce_app.domain.enums import ApplicationDecision, Phase
from taskforce_app.domain.milestones import ShiftPreview
from taskforce_app.ui.applications.application_editor import ApplicationEditor
from taskforce_app.ui.applications.application_models import ApplicationTableModel, RoundTableModel
from taskforce_app.ui.kit.edit_dialogs import StartAnswer
from taskforce_app.ui.main_window import MainWindow, Page
from tests.gui.conftest import FakePrompts, WindowFactory
from tests.gui.test_engagement_models import check


@dataclass
class FakeDialogs:
    """Editing dialogs that answer from a script and record what they were shown."""

    round_answer: RoundDraft | None = None
    start_answer: StartAnswer | None = None
    shift_answer: date | None = None
    phase_answer: tuple[Phase, date] | None = None
    previews: list[list[ShiftPreview]] = field(default_factory=list)
    asked: list[str] = field(default_factory=list)

    def ask_round(self, title: str, initial: RoundDraft | None) -> RoundDraft | None:
        """Give the scripted round."""
        self.asked.append("round")
        return self.round_answer

    def ask_grant_start(self, application: ApplicationDetail) -> StartAnswer | None:
        """Give the scripted start date."""
        self.asked.append("grant")
        return self.start_answer

    def ask_start_shift(
        self, current: date, preview: Callable[[date], list[ShiftPreview]]
    ) -> date | None:
        """Record the preview the dialog would show, give the scripted date."""
        self.asked.append("shift")
        if self.shift_answer is not None:
            self.previews.append(preview(self.shift_answer))
        return self.shift_answer

    def ask_phase_change(self, current: Phase, today: date) -> tuple[Phase, date] | None:
        """Give the scripted phase and date."""
        self.asked.append("phase")
        return self.phase_answer


def window_with_dialogs(
    make_window: WindowFactory, context: AppContext
) -> tuple[MainWindow, FakeDialogs]:
    """A main window whose editing dialogs are scripted."""
    window = make_window(context)
    dialogs = FakeDialogs()
    window.dialogs = dialogs
    return window, dialogs


def choose(editor: ApplicationEditor, label: str) -> None:
    index = editor.municipality_combo.findText(label)
    assert index > 0, label
    editor.municipality_combo.setCurrentIndex(index)


def check_theme(editor: ApplicationEditor, key: str) -> None:
    for row in range(editor.themes_list.count()):
        item = editor.themes_list.item(row)
        if item.data(Qt.ItemDataRole.UserRole) == key:
            item.setCheckState(Qt.CheckState.Checked)
            return
    raise AssertionError(key)


def new_round(window: MainWindow, dialogs: FakeDialogs, name: str) -> uuid.UUID:
    dialogs.round_answer = RoundDraft(name, date(2026, 9, 10))
    window.applications_page.new_round_button.click()
    round_id = window.applications_page.round_id
    assert round_id is not None
    return round_id


def register(window: MainWindow, municipality: str) -> bool:
    page = window.applications_page
    page.new_button.click()
    editor = page.editor
    choose(editor, municipality)
    editor.received_edit.setText("01-09-2026")
    editor.backing_check.setChecked(True)
    editor.council_date_edit.setText("20-08-2026")
    editor.contacts_edit.setText("Børne- og familiechef")
    check_theme(editor, "tidsfrister")
    editor.motivation_edit.setPlainText("Vi vil styrke sagsbehandlingen.")
    return editor.save()


def test_new_models_pass_the_model_tester(qtmodeltester: ModelTester) -> None:
    rounds = RoundTableModel()
    rounds.set_rows([])
    check(qtmodeltester, cast(QAbstractItemModel, rounds))
    applications = ApplicationTableModel({"tidsfrister": "Tidsfrister"})
    check(qtmodeltester, cast(QAbstractItemModel, applications))


def test_models_over_real_rows(
    qtmodeltester: ModelTester, make_window: WindowFactory, gui_context: AppContext
) -> None:
    window, dialogs = window_with_dialogs(make_window, gui_context)
    new_round(window, dialogs, "Forår 2026")
    assert register(window, "Aarhus (751)")
    page = window.applications_page
    check(qtmodeltester, cast(QAbstractItemModel, page.rounds))
    check(qtmodeltester, cast(QAbstractItemModel, page.applications))
    assert page.applications.index(0, 3).data() == "Overholdelse af tidsfrister"
    assert page.rounds.index(0, 2).data() == "1"


def test_grant_creates_the_forlob_with_its_plan_and_opens_it(
    qtbot: QtBot, make_window: WindowFactory, gui_context: AppContext, prompts: FakePrompts
) -> None:
    window, dialogs = window_with_dialogs(make_window, gui_context)
    window.show_page(Page.APPLICATIONS)
    new_round(window, dialogs, "Efterår 2026")
    assert register(window, "Odense (461)")
    editor = window.applications_page.editor
    assert editor.application_id is not None
    assert editor.error_text == ""

    editor.decision_buttons[ApplicationDecision.GRANTED].setChecked(True)
    editor.decided_edit.setText("01-10-2026")
    dialogs.start_answer = StartAnswer(date(2026, 11, 2))
    prompts.confirm_answer = True
    with qtbot.waitSignal(window.changes_applied):
        editor.decide_button.click()

    detail = gui_context.applications.get(editor.application_id)
    assert detail.decision is ApplicationDecision.GRANTED
    engagement_id = detail.engagement_id
    assert engagement_id is not None
    assert "grant" in dialogs.asked
    assert prompts.confirms, "offers to open the new forløb"
    assert window.current_page() == Page.ENGAGEMENTS
    forlob = window.engagements_page.editor
    assert forlob.engagement_id == engagement_id
    assert forlob.detail is not None and forlob.detail.start_date == date(2026, 11, 2)
    rows = forlob.plan_panel.model.rowCount()
    assert 15 <= rows <= 20
    [timeline] = gui_context.overview.timeline([engagement_id])
    assert len(timeline.milestones) == rows
    assert editor.open_button.isVisibleTo(editor)

    window.show_page(Page.TIMELINE)  # and the Tidslinje page draws the new plan
    assert window.timeline_page.show_engagement(engagement_id)
    assert window.timeline_page.timeline.marker_count() == rows


def test_grant_cancelled_at_the_start_date_changes_nothing(
    make_window: WindowFactory, gui_context: AppContext
) -> None:
    window, dialogs = window_with_dialogs(make_window, gui_context)
    new_round(window, dialogs, "Runde")
    assert register(window, "Odense (461)")
    editor = window.applications_page.editor
    assert editor.application_id is not None
    editor.decision_buttons[ApplicationDecision.GRANTED].setChecked(True)
    dialogs.start_answer = None
    assert not editor.record_decision()
    assert gui_context.applications.get(editor.application_id).decision is (
        ApplicationDecision.PENDING
    )
    assert gui_context.engagements.summaries() == []


def test_second_application_in_the_same_round_is_refused(
    make_window: WindowFactory, gui_context: AppContext
) -> None:
    window, dialogs = window_with_dialogs(make_window, gui_context)
    round_id = new_round(window, dialogs, "Runde A")
    assert register(window, "Ærø (492)")
    depth = window.undo.stack.count()
    assert not register(window, "Ærø (492)")
    editor = window.applications_page.editor
    assert "har allerede en ansøgning i runden 'Runde A'" in editor.error_text
    assert editor.municipality_combo.currentText() == "Ærø (492)"
    assert editor.motivation_edit.toPlainText() == "Vi vil styrke sagsbehandlingen."
    assert len(gui_context.applications.applications(round_id)) == 1
    assert window.undo.stack.count() == depth


def test_active_forlob_is_a_warning_not_an_error(
    make_window: WindowFactory, gui_context: AppContext
) -> None:
    first = gui_context.applications.create_round(RoundDraft("Gammel runde"))[0]
    odense = gui_context.reference.find_municipality("Odense")
    app, _ = gui_context.applications.create(ApplicationDraft(first.id, odense.id))
    gui_context.applications.decide(
        app.id, Decision(ApplicationDecision.GRANTED, date(2026, 1, 5)), start_date=date(2026, 1, 5)
    )
    window, dialogs = window_with_dialogs(make_window, gui_context)
    window.show_page(Page.APPLICATIONS)
    new_round(window, dialogs, "Ny runde")
    assert register(window, "Odense (461)")
    editor = window.applications_page.editor
    assert editor.error_text == ""
    assert "Odense har allerede et aktivt forløb" in editor.warning_text
    assert editor.warning_label.isVisible()


def test_undo_of_a_registration_deletes_it_and_redo_brings_it_back(
    make_window: WindowFactory, gui_context: AppContext
) -> None:
    window, dialogs = window_with_dialogs(make_window, gui_context)
    round_id = new_round(window, dialogs, "Runde")
    assert register(window, "Aarhus (751)")
    window.undo_action.trigger()
    assert gui_context.applications.applications(round_id) == []
    assert window.applications_page.applications.rowCount() == 0
    window.redo_action.trigger()
    assert len(gui_context.applications.applications(round_id)) == 1
    assert window.applications_page.applications.rowCount() == 1


def test_undo_of_a_grant_removes_the_forlob_and_redo_restores_the_same_one(
    make_window: WindowFactory, gui_context: AppContext, prompts: FakePrompts
) -> None:
    window, dialogs = window_with_dialogs(make_window, gui_context)
    new_round(window, dialogs, "Runde")
    assert register(window, "Aarhus (751)")
    editor = window.applications_page.editor
    application_id = editor.application_id
    assert application_id is not None
    editor.decision_buttons[ApplicationDecision.GRANTED].setChecked(True)
    dialogs.start_answer = StartAnswer(None)
    prompts.confirm_answer = False
    assert editor.record_decision()
    engagement_id = gui_context.applications.get(application_id).engagement_id
    assert engagement_id is not None
    window.undo_action.trigger()
    assert gui_context.applications.get(application_id).decision is ApplicationDecision.PENDING
    assert gui_context.engagements.summaries() == []
    window.redo_action.trigger()
    assert gui_context.applications.get(application_id).engagement_id == engagement_id
    assert [s.id for s in gui_context.engagements.summaries()] == [engagement_id]
