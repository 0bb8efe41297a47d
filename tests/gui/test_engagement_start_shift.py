"""Moving a forløb's start moves its opening phase period too, and the next phase change works;
a refused phase change is explained where it was asked (the real dialogs, driven by a timer)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QWidget

from taskforce_app.bootstrap import AppContext
from taskforce_app.domain.enums import Phase
from taskforce_app.ui.engagements.engagement_editor import EngagementEditor
from taskforce_app.ui.engagements.start_shift_dialog import StartShiftDialog
from taskforce_app.ui.kit.edit_dialogs import PhaseChangeDialog
from taskforce_app.ui.main_window import MainWindow
from tests.gui.conftest import TODAY, WindowFactory
from tests.gui.dialog_driver import answer_modal
from tests.services.helpers import granted_engagement

pytestmark = [
    pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
    pytest.mark.usefixtures("danish"),
]

PLANNED_START = date(2027, 1, 4)
REAL_START = date(2026, 9, 1)


def opened(make_window: WindowFactory, context: AppContext) -> tuple[MainWindow, EngagementEditor]:
    """A granted forløb (start in January 2027) open in a main window with the real dialogs."""
    engagement_id = granted_engagement(context, "Odense", PLANNED_START)
    window = make_window(context)
    assert window.open_engagement(engagement_id)
    return window, window.engagements_page.editor


def shift_to(text: str, seen: list[str]) -> Callable[[QWidget], None]:
    """A dialog action: type the new start, note what the dialog says, press OK if it may."""

    def act(widget: QWidget) -> None:
        assert isinstance(widget, StartShiftDialog)
        widget.start_edit.setText(text)
        seen.extend((widget.summary_label.text(), widget.phases_label.text()))
        ok = widget.buttons.button(QDialogButtonBox.StandardButton.Ok)
        seen.append(widget.error_label.text() if not widget.error_label.isHidden() else "")
        if ok.isEnabled():
            ok.click()
        else:
            widget.reject()

    return act


def change_phase_on(text: str) -> Callable[[QWidget], None]:
    """A dialog action: keep the next phase proposed, type its date, press OK."""

    def act(widget: QWidget) -> None:
        assert isinstance(widget, PhaseChangeDialog)
        widget.date_edit.setText(text)
        widget.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    return act


def test_a_start_moved_earlier_moves_the_opstart_period_and_the_next_phase_change_works(
    make_window: WindowFactory, gui_context: AppContext
) -> None:
    window, editor = opened(make_window, gui_context)
    engagement_id = editor.engagement_id
    assert engagement_id is not None
    editor.tabs.setCurrentIndex(editor.plan_tab)
    seen: list[str] = []
    driver = answer_modal(shift_to("01-09-2026", seen))
    editor.plan_panel.shift_button.click()
    assert driver.seen == ["StartShiftDialog"]
    summary, phases, error = seen
    assert "åbne milepæle flyttes" in summary and "planlagte afslutning" in summary
    assert phases == "Fasen Opstart begynder 01-09-2026 i stedet for 04-01-2027."
    assert error == ""
    [opstart] = gui_context.team.phase_periods(engagement_id)
    assert (opstart.phase, opstart.started_on) == (Phase.OPSTART, REAL_START)
    assert gui_context.engagements.get(engagement_id).start_date == REAL_START

    editor.tabs.setCurrentIndex(editor.details_tab)
    driver = answer_modal(change_phase_on("24-11-2026"))
    editor.change_phase_button.click()
    assert driver.seen == ["PhaseChangeDialog"]
    assert editor.error_text == ""
    assert gui_context.engagements.get(engagement_id).phase is Phase.ANALYSE
    row = next(r for r in gui_context.overview.rows(TODAY) if r.id == engagement_id)
    assert row.phase is Phase.ANALYSE

    window.undo.stack.undo()  # a phase change is refused undo; the shift before it is its own step
    assert gui_context.engagements.get(engagement_id).phase is Phase.ANALYSE


def test_the_start_shift_is_one_undo_step_for_milestones_phase_and_end(
    make_window: WindowFactory, gui_context: AppContext
) -> None:
    window, editor = opened(make_window, gui_context)
    engagement_id = editor.engagement_id
    assert engagement_id is not None
    before = gui_context.engagements.get(engagement_id)
    plan_before = [m.planned_on for m in gui_context.milestones.for_engagement(engagement_id)]
    driver = answer_modal(shift_to("01-09-2026", []))
    editor.plan_panel.shift_button.click()
    assert driver.seen == ["StartShiftDialog"]
    assert window.undo.stack.count() == 1

    window.undo_action.trigger()
    after = gui_context.engagements.get(engagement_id)
    assert (after.start_date, after.planned_end_date) == (PLANNED_START, before.planned_end_date)
    assert [m.planned_on for m in gui_context.milestones.for_engagement(engagement_id)] == (
        plan_before
    )
    [opstart] = gui_context.team.phase_periods(engagement_id)
    assert opstart.started_on == PLANNED_START


def test_a_refused_phase_change_is_explained_where_it_was_asked(
    make_window: WindowFactory, gui_context: AppContext
) -> None:
    window, editor = opened(make_window, gui_context)
    engagement_id = editor.engagement_id
    assert engagement_id is not None
    editor.tabs.setCurrentIndex(editor.details_tab)
    driver = answer_modal(change_phase_on("01-12-2026"))
    editor.change_phase_button.click()
    assert driver.seen == ["PhaseChangeDialog"]
    assert "ligger før starten på den nuværende fase" in editor.error_text
    assert editor.error_label.isVisible()
    assert gui_context.engagements.get(engagement_id).phase is Phase.OPSTART
    assert window.undo.stack.count() == 0


def test_a_start_moved_past_a_phase_change_is_refused_in_the_dialog(
    make_window: WindowFactory, gui_context: AppContext
) -> None:
    window, editor = opened(make_window, gui_context)
    engagement_id = editor.engagement_id
    assert engagement_id is not None
    gui_context.team.change_phase(engagement_id, Phase.ANALYSE, date(2027, 2, 1))
    seen: list[str] = []
    driver = answer_modal(shift_to("01-03-2027", seen))
    editor.plan_panel.shift_button.click()
    assert driver.seen == ["StartShiftDialog"]
    assert "skiftede allerede fase 01-02-2027" in seen[-1]
    assert gui_context.engagements.get(engagement_id).start_date == PLANNED_START
    assert window.undo.stack.count() == 0
