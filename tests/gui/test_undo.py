"""Undo/redo through the main window: each command only calls services; the database is the
judge (checked through a fresh service call)."""

from __future__ import annotations

import uuid
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from pytestqt.qtbot import QtBot

from taskforce_app.bootstrap import AppContext, open_context
from taskforce_app.domain.enums import MilestoneStatus
from taskforce_app.ui.engagements.milestone_models import MilestoneColumn
from taskforce_app.ui.main_window import MainWindow
from tests.gui.conftest import FakePrompts, WindowFactory
from tests.services.helpers import granted_engagement


def fresh_planned_on(db_path: Path, milestone_id: uuid.UUID) -> date:
    """The stored planned date, read through a separate context."""
    other = open_context(db_path)
    try:
        return other.milestones.get(milestone_id).planned_on
    finally:
        other.close()


def open_plan(window: MainWindow, engagement_id: uuid.UUID) -> None:
    assert window.open_engagement(engagement_id)
    editor = window.engagements_page.editor
    editor.tabs.setCurrentIndex(editor.plan_tab)


def test_edit_menu_has_undo_and_redo_with_their_keys(
    make_window: WindowFactory, gui_context: AppContext
) -> None:
    window = make_window(gui_context, language="en")
    assert window.undo_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Undo)
    shortcuts = window.redo_action.shortcuts()
    assert QKeySequence("Ctrl+Shift+Z") in shortcuts
    for key in QKeySequence.keyBindings(QKeySequence.StandardKey.Redo):
        assert key in shortcuts
    assert not window.undo_action.isEnabled()
    assert not window.redo_action.isEnabled()


def test_milestone_edit_through_the_model_is_undone_and_redone_in_the_database(
    make_window: WindowFactory, gui_context: AppContext, db_path: Path
) -> None:
    engagement_id = granted_engagement(gui_context, "Odense", date(2026, 1, 5))
    window = make_window(gui_context, language="en")
    open_plan(window, engagement_id)
    panel = window.engagements_page.editor.plan_panel
    model = panel.model
    view = model.record_at(3)
    old = view.planned_on
    index = model.index(3, MilestoneColumn.PLANNED)
    assert model.setData(index, "02-06-2026", Qt.ItemDataRole.EditRole)
    assert fresh_planned_on(db_path, view.id) == date(2026, 6, 2)
    assert window.undo_action.text().startswith("&Undo edit of a milestone's planned date")

    window.undo_action.trigger()
    assert fresh_planned_on(db_path, view.id) == old
    shown = model.view_of(view.id)
    assert shown is not None and shown.planned_on == old
    assert window.redo_action.isEnabled()

    window.redo_action.trigger()
    assert fresh_planned_on(db_path, view.id) == date(2026, 6, 2)
    shown = model.view_of(view.id)
    assert shown is not None and shown.planned_on == date(2026, 6, 2)


def test_milestone_status_done_fills_the_actual_date_and_undo_restores_both(
    make_window: WindowFactory, gui_context: AppContext
) -> None:
    engagement_id = granted_engagement(gui_context, "Odense", date(2026, 1, 5))
    window = make_window(gui_context)
    open_plan(window, engagement_id)
    model = window.engagements_page.editor.plan_panel.model
    view = model.record_at(0)
    assert model.setData(
        model.index(0, MilestoneColumn.STATUS), MilestoneStatus.DONE.value, Qt.ItemDataRole.EditRole
    )
    stored = gui_context.milestones.get(view.id)
    assert stored.status is MilestoneStatus.DONE
    assert stored.actual_on == date(2026, 11, 24)
    window.undo_action.trigger()
    stored = gui_context.milestones.get(view.id)
    assert stored.status is MilestoneStatus.PLANNED
    assert stored.actual_on is None


def test_forlob_field_edit_is_undone(
    make_window: WindowFactory, gui_context: AppContext, db_path: Path
) -> None:
    engagement_id = granted_engagement(gui_context, "Aarhus", date(2026, 2, 2))
    window = make_window(gui_context)
    assert window.open_engagement(engagement_id)
    editor = window.engagements_page.editor
    old_title = editor.title_edit.text()
    editor.title_edit.setText("Nyt fokus på handleplaner")
    editor.title_edit.editingFinished.emit()
    assert gui_context.engagements.get(engagement_id).title == "Nyt fokus på handleplaner"
    assert window.undo.stack.count() == 1
    assert [row.title for row in window.engagement_model.summaries()] == [
        "Nyt fokus på handleplaner"
    ]

    window.undo_action.trigger()
    other = open_context(db_path)
    try:
        assert other.engagements.get(engagement_id).title == old_title
    finally:
        other.close()
    assert editor.title_edit.text() == old_title
    window.redo_action.trigger()
    assert editor.title_edit.text() == "Nyt fokus på handleplaner"


def test_undo_of_a_title_edit_leaves_a_later_notes_edit_alone(
    make_window: WindowFactory, gui_context: AppContext
) -> None:
    engagement_id = granted_engagement(gui_context, "Aarhus", date(2026, 2, 2))
    window = make_window(gui_context)
    assert window.open_engagement(engagement_id)
    editor = window.engagements_page.editor
    editor.title_edit.setText("Titel 2")
    assert editor.commit("title")
    editor.notes_edit.setPlainText("Møde aftalt")
    assert editor.commit("notes")
    window.undo.stack.setIndex(0)
    detail = gui_context.engagements.get(engagement_id)
    assert detail.title != "Titel 2"
    assert detail.notes == ""
    window.undo.stack.redo()
    assert gui_context.engagements.get(engagement_id).title == "Titel 2"


def test_undo_refused_by_the_service_is_reported_and_the_stack_stays_consistent(
    make_window: WindowFactory, gui_context: AppContext, prompts: FakePrompts, db_path: Path
) -> None:
    engagement_id = granted_engagement(gui_context, "Odense", date(2026, 1, 5))
    window = make_window(gui_context)
    open_plan(window, engagement_id)
    model = window.engagements_page.editor.plan_panel.model
    view = model.record_at(1)
    assert model.setData(model.index(1, MilestoneColumn.NOTE), "Husk dagsorden")
    other = open_context(db_path)
    try:
        other.milestones.delete(view.id)
    finally:
        other.close()
    window.undo_action.trigger()
    assert len(prompts.errors) == 1
    assert "en milepæl er slettet siden" in prompts.errors[0][1]
    assert window.undo.stack.count() == 0
    assert not window.undo_action.isEnabled()
    assert not window.redo_action.isEnabled()


def test_creating_a_forlob_is_undone_by_a_soft_delete_and_redone_by_restore(
    qtbot: QtBot, make_window: WindowFactory, gui_context: AppContext
) -> None:
    window = make_window(gui_context)
    window.new_engagement()
    editor = window.engagements_page.editor
    editor.title_edit.setText("Nyt forløb")
    editor.municipality_combo.setCurrentIndex(editor.municipality_combo.findText("Aarhus (751)"))
    assert editor.save()
    created = editor.engagement_id
    assert created is not None
    window.undo_action.trigger()
    assert gui_context.engagements.summaries() == []
    assert editor.engagement_id is None
    window.redo_action.trigger()
    assert [s.id for s in gui_context.engagements.summaries()] == [created]


def test_deleting_a_forlob_is_undone(
    make_window: WindowFactory, gui_context: AppContext, prompts: FakePrompts
) -> None:
    engagement_id = granted_engagement(gui_context, "Aarhus", date(2026, 2, 2))
    window = make_window(gui_context)
    assert window.open_engagement(engagement_id)
    window.delete_action.trigger()
    assert gui_context.engagements.summaries() == []
    window.undo_action.trigger()
    assert [s.id for s in gui_context.engagements.summaries()] == [engagement_id]
    assert window.engagement_model.rowCount() == 1
