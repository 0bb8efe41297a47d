"""The forløb page after a grant: save-on-commit refusals, the plan, start shift, team, phases."""

from __future__ import annotations

import uuid
from datetime import date
from typing import cast

import pytest
from PySide6.QtCore import QAbstractItemModel
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit, QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from taskforce_app.bootstrap import AppContext
from taskforce_app.domain.enums import ConsultantRole, MilestoneStatus, Phase
from taskforce_app.domain.errors import UserError
from taskforce_app.domain.milestones import MilestoneView, ShiftPreview
from taskforce_app.ui.engagements.engagement_editor import EngagementEditor
from taskforce_app.ui.engagements.milestone_models import MilestoneColumn, MilestoneTableModel
from taskforce_app.ui.engagements.start_shift_dialog import StartShiftDialog
from taskforce_app.ui.engagements.team_panel import ContactModel, PhasePeriodModel, TeamMemberModel
from taskforce_app.ui.kit.column_table import ColumnSpec, ColumnTableModel
from taskforce_app.ui.kit.edit_dialogs import PhaseChangeDialog, RoundDialog, ShiftStartDialog
from taskforce_app.ui.main_window import MainWindow
from tests.gui.conftest import TODAY, FakePrompts, WindowFactory
from tests.gui.dialog_driver import answer_modal
from tests.gui.test_applications_page import FakeDialogs, window_with_dialogs
from tests.gui.test_engagement_models import check
from tests.services.helpers import consultant, granted_engagement

CPR_NOTE = "Barnet (310805-2345) blev hørt"
START = date(2026, 1, 5)


def opened(
    make_window: WindowFactory, context: AppContext
) -> tuple[MainWindow, FakeDialogs, EngagementEditor, uuid.UUID]:
    engagement_id = granted_engagement(context, "Odense", START)
    window, dialogs = window_with_dialogs(make_window, context)
    assert window.open_engagement(engagement_id)
    return window, dialogs, window.engagements_page.editor, engagement_id


def test_models_of_the_forlob_tabs_pass_the_model_tester(
    qtmodeltester: ModelTester, make_window: WindowFactory, gui_context: AppContext
) -> None:
    _window, _dialogs, editor, engagement_id = opened(make_window, gui_context)
    jurist = consultant(gui_context, "JUR", ConsultantRole.JURIST)
    gui_context.team.add_member(engagement_id, jurist, ConsultantRole.JURIST)
    editor.load(engagement_id)
    models: list[object] = [
        editor.plan_panel.model,
        editor.team_panel.members,
        editor.team_panel.contacts,
        editor.phases_panel.periods,
        MilestoneTableModel(),
        TeamMemberModel(),
        ContactModel(),
        PhasePeriodModel(),
    ]
    previews: ColumnTableModel[ShiftPreview] = ColumnTableModel(
        [ColumnSpec(lambda: "Milestone", lambda p: p.title)], key=lambda p: p.milestone_id
    )
    previews.set_rows(gui_context.milestones.preview_start_shift(engagement_id, date(2026, 2, 2)))
    models.append(previews)
    for model in models:
        check(qtmodeltester, cast(QAbstractItemModel, model))
    assert editor.team_panel.members.rowCount() == 1
    assert editor.phases_panel.periods.rowCount() == 1


def test_end_before_start_is_refused_and_kept_marked(
    make_window: WindowFactory, gui_context: AppContext
) -> None:
    window, _dialogs, editor, engagement_id = opened(make_window, gui_context)
    stored = gui_context.engagements.get(engagement_id)
    editor.planned_end_edit.setText("01-01-2025")
    editor.planned_end_edit.editingFinished.emit()
    assert "Slutdatoen (01-01-2025) ligger før startdatoen (05-01-2026)" in editor.error_text
    assert editor.planned_end_edit.text() == "01-01-2025"
    assert editor.is_invalid(editor.planned_end_edit)
    assert gui_context.engagements.get(engagement_id).planned_end_date == stored.planned_end_date
    assert window.undo.stack.count() == 0
    editor.planned_end_edit.setText("01-03-2028")
    editor.planned_end_edit.editingFinished.emit()
    assert editor.error_text == ""
    assert not editor.is_invalid(editor.planned_end_edit)
    assert gui_context.engagements.get(engagement_id).planned_end_date == date(2028, 3, 1)
    assert window.undo.stack.count() == 1


def test_cpr_number_in_notes_is_refused_with_no_undo_step(
    make_window: WindowFactory, gui_context: AppContext
) -> None:
    window, _dialogs, editor, engagement_id = opened(make_window, gui_context)
    editor.notes_edit.setPlainText(CPR_NOTE)
    editor.notes_edit.editingFinished.emit()
    assert "CPR-nummer" in editor.error_text
    assert editor.notes_edit.toPlainText() == CPR_NOTE
    assert editor.is_invalid(editor.notes_edit)
    assert gui_context.engagements.get(engagement_id).notes == ""
    assert window.undo.stack.count() == 0
    assert not window.undo_action.isEnabled()


def test_invalid_date_text_is_explained(
    make_window: WindowFactory, gui_context: AppContext
) -> None:
    window, _dialogs, editor, _engagement_id = opened(make_window, gui_context)
    editor.actual_end_edit.setText("31-02-2026")
    editor.actual_end_edit.editingFinished.emit()
    assert "'31-02-2026' er ikke en gyldig dato" in editor.error_text
    assert window.undo.stack.count() == 0


def test_plan_tab_shows_the_generated_plan_and_health(
    make_window: WindowFactory, gui_context: AppContext
) -> None:
    _window, _dialogs, editor, engagement_id = opened(make_window, gui_context)
    model = editor.plan_panel.model
    assert model.rowCount() == len(gui_context.milestones.for_engagement(engagement_id))
    assert model.rowCount() >= 15
    assert editor.health_label.text().startswith(("Late", "Forsinket", "At risk", "Risiko"))
    assert not editor.plan_panel.generate_button.isVisibleTo(editor.plan_panel)


def test_milestone_date_outside_the_forlob_is_refused(
    make_window: WindowFactory, gui_context: AppContext
) -> None:
    window, _dialogs, editor, _engagement_id = opened(make_window, gui_context)
    model = editor.plan_panel.model
    view = model.record_at(0)
    assert not model.setData(model.index(0, MilestoneColumn.PLANNED), "01-01-2020")
    assert "ligger uden for forløbet" in editor.plan_panel.error_text
    assert gui_context.milestones.get(view.id).planned_on == view.planned_on
    assert window.undo.stack.count() == 0


def test_milestone_edited_through_the_view_delegate(
    make_window: WindowFactory, gui_context: AppContext
) -> None:
    _window, _dialogs, editor, _engagement_id = opened(make_window, gui_context)
    panel = editor.plan_panel
    editor.tabs.setCurrentIndex(editor.plan_tab)
    view: MilestoneView = panel.model.record_at(0)
    source = panel.model.index(0, MilestoneColumn.NOTE)
    index = panel.proxy.mapFromSource(source)
    panel.table.setCurrentIndex(index)
    panel.table.edit(index)
    delegate = panel.table.itemDelegate()
    line = panel.table.indexWidget(index) or panel.table.viewport().findChild(QLineEdit)
    assert isinstance(line, QLineEdit)
    line.setText("Aftalt med forvaltningen")
    delegate.setModelData(line, panel.proxy, index)
    assert gui_context.milestones.get(view.id).note == "Aftalt med forvaltningen"


def test_add_and_delete_milestone_with_undo(
    make_window: WindowFactory, gui_context: AppContext
) -> None:
    window, _dialogs, editor, engagement_id = opened(make_window, gui_context)
    panel = editor.plan_panel
    before = panel.model.rowCount()
    panel.add_milestone()
    assert panel.model.rowCount() == before + 1
    window.undo_action.trigger()
    assert len(gui_context.milestones.for_engagement(engagement_id)) == before
    window.redo_action.trigger()
    assert len(gui_context.milestones.for_engagement(engagement_id)) == before + 1
    row = panel.model.rowCount() - 1
    panel.table.setCurrentIndex(panel.proxy.mapFromSource(panel.model.index(row, 0)))
    panel.delete_selected()
    assert panel.model.rowCount() == before
    window.undo_action.trigger()
    assert panel.model.rowCount() == before + 1


def test_generate_plan_for_a_forlob_without_one(
    make_window: WindowFactory, gui_context: AppContext
) -> None:
    window, _dialogs, editor, engagement_id = opened(make_window, gui_context)
    for view in gui_context.milestones.for_engagement(engagement_id):
        gui_context.milestones.delete(view.id)
    editor.load(engagement_id)
    panel = editor.plan_panel
    assert panel.generate_button.isVisibleTo(panel)
    panel.generate_button.click()
    assert panel.model.rowCount() >= 15
    window.undo_action.trigger()
    assert gui_context.milestones.for_engagement(engagement_id) == []


@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
def test_move_start_shows_the_preview_and_undo_restores_every_date(
    make_window: WindowFactory, gui_context: AppContext
) -> None:
    window, _dialogs, editor, engagement_id = opened(make_window, gui_context)
    model = editor.plan_panel.model
    first = model.record_at(0)
    assert model.setData(model.index(0, MilestoneColumn.STATUS), MilestoneStatus.DONE.value)
    before = {m.id: m.planned_on for m in gui_context.milestones.for_engagement(engagement_id)}
    end_before = gui_context.engagements.get(engagement_id).planned_end_date
    previews: list[list[ShiftPreview]] = []

    def type_new_start(widget: QWidget) -> None:
        assert isinstance(widget, StartShiftDialog)
        widget.start_edit.setText("02-02-2026")
        previews.append(widget.model.records())
        widget.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    driver = answer_modal(type_new_start)
    editor.plan_panel.shift_button.click()
    assert driver.seen == ["StartShiftDialog"]
    [preview] = previews
    assert preview and all(p.new_date > p.old_date for p in preview)
    assert first.id not in {p.milestone_id for p in preview}
    after = {m.id: m.planned_on for m in gui_context.milestones.for_engagement(engagement_id)}
    assert after[first.id] == before[first.id]
    assert {p.milestone_id: p.new_date for p in preview}.items() <= after.items()
    assert gui_context.engagements.get(engagement_id).start_date == date(2026, 2, 2)
    assert editor.start_edit.text() == "02-02-2026"

    window.undo_action.trigger()
    restored = {m.id: m.planned_on for m in gui_context.milestones.for_engagement(engagement_id)}
    assert restored == before
    detail = gui_context.engagements.get(engagement_id)
    assert detail.start_date == START
    assert detail.planned_end_date == end_before


def test_team_members_and_contacts_with_undo(
    make_window: WindowFactory, gui_context: AppContext
) -> None:
    jurist = consultant(gui_context, "JUR", ConsultantRole.JURIST)
    window, _dialogs, editor, engagement_id = opened(make_window, gui_context)
    team = editor.team_panel
    team.consultant_combo.setCurrentIndex(team.consultant_combo.findData(str(jurist)))
    assert team.role_combo.currentData() == ConsultantRole.JURIST.value
    team.add_member_button.click()
    assert [m.consultant_id for m in gui_context.team.team(engagement_id)] == [jurist]
    assert window.engagement_model.summary_at(0).team == "JUR"
    window.undo_action.trigger()
    assert gui_context.team.team(engagement_id) == []
    window.redo_action.trigger()
    assert team.members.rowCount() == 1

    team.members_view.setCurrentIndex(team.members.index(0, 0))
    team.remove_member_button.click()
    assert gui_context.team.team(engagement_id) == []
    window.undo_action.trigger()
    [member] = gui_context.team.team(engagement_id)
    assert member.role is ConsultantRole.JURIST

    team.contact_name.setText("Inge Rasmussen")
    team.contact_title.setText("Børne- og familiechef")
    team.add_contact_button.click()
    assert [c.name for c in gui_context.team.contacts(engagement_id)] == ["Inge Rasmussen"]
    assert team.contact_name.text() == ""
    window.undo_action.trigger()
    assert gui_context.team.contacts(engagement_id) == []

    team.contact_name.setText("Barn 310805-2345")
    team.add_contact_button.click()
    assert "CPR-nummer" in team.error_text
    assert gui_context.team.contacts(engagement_id) == []


def test_phase_change_is_recorded_and_its_undo_refused_with_a_message(
    make_window: WindowFactory, gui_context: AppContext, prompts: FakePrompts
) -> None:
    window, dialogs, editor, engagement_id = opened(make_window, gui_context)
    dialogs.phase_answer = (Phase.ANALYSE, date(2026, 3, 2))
    editor.phases_panel.change_button.click()
    assert gui_context.engagements.get(engagement_id).phase is Phase.ANALYSE
    assert editor.phases_panel.periods.rowCount() == 2
    assert editor.phase_combo.currentData() == Phase.ANALYSE.value
    window.undo_action.trigger()
    assert gui_context.engagements.get(engagement_id).phase is Phase.ANALYSE
    errors = prompts.errors
    assert len(errors) == 1
    assert window.undo.stack.count() == 0

    dialogs.phase_answer = (Phase.AFRAPPORTERING, date(2026, 1, 1))
    editor.phases_panel.change_button.click()
    assert "ligger før starten på den nuværende fase" in editor.phases_panel.error_text
    assert window.undo.stack.count() == 0


def test_health_in_the_header_names_the_reason(
    make_window: WindowFactory, gui_context: AppContext
) -> None:
    _window, _dialogs, editor, _engagement_id = opened(make_window, gui_context)
    overdue = sum(1 for m in editor.plan_panel.model.records() if m.is_overdue(TODAY))
    assert str(overdue) in editor.health_label.text()
    assert editor.health_label.isVisibleTo(editor)


def test_real_dialogs_check_their_input(
    qtbot: QtBot, make_window: WindowFactory, gui_context: AppContext
) -> None:
    window, _dialogs, _editor, engagement_id = opened(make_window, gui_context)
    milestones = gui_context.milestones
    shift = ShiftStartDialog(
        START, lambda day: milestones.preview_start_shift(engagement_id, day), window
    )
    qtbot.addWidget(shift)
    shift.start_edit.setText("02-02-2026")
    assert shift.model.rowCount() > 0
    shift.start_edit.clear()
    with pytest.raises(UserError):
        shift.check()
    phase = PhaseChangeDialog(Phase.OPSTART, TODAY, window)
    qtbot.addWidget(phase)
    assert phase.answer() == (Phase.ANALYSE, TODAY)
    round_dialog = RoundDialog("Ny runde", None, window)
    qtbot.addWidget(round_dialog)
    with pytest.raises(UserError):
        round_dialog.check()
    round_dialog.name_edit.setText("Forår 2027")
    assert round_dialog.draft().name == "Forår 2027"
