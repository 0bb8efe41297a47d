"""The Plan tab: typing a milestone's actual date completes it; health and undo follow."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtTest import QTest

from taskforce_app.bootstrap import AppContext
from taskforce_app.domain.enums import Health, MilestoneStatus
from taskforce_app.ui.engagements.milestone_models import MilestoneColumn
from taskforce_app.ui.engagements.milestones_panel import MilestonesPanel
from taskforce_app.ui.kit.date_field import DateField
from taskforce_app.ui.kit.labels import date_text
from tests.gui.conftest import TODAY, WindowFactory
from tests.gui.test_engagement_lifecycle import opened


def type_actual_date(panel: MilestonesPanel, row: int, text: str) -> None:
    """Open the Actual cell's date editor in the view, type `text` and press Return."""
    index = panel.proxy.mapFromSource(panel.model.index(row, MilestoneColumn.ACTUAL))
    panel.table.setCurrentIndex(index)
    panel.table.edit(index)
    editor = panel.table.indexWidget(index)
    assert isinstance(editor, DateField)
    editor.selectAll()
    QTest.keyClicks(editor, text)
    QTest.keyClick(editor, Qt.Key.Key_Return)
    QCoreApplication.processEvents()  # the delegate commits on a queued call


@pytest.mark.usefixtures("danish")
def test_typing_actual_dates_completes_the_milestones_and_the_forlob_is_no_longer_late(
    make_window: WindowFactory, gui_context: AppContext
) -> None:
    window, _dialogs, editor, engagement_id = opened(make_window, gui_context)
    editor.tabs.setCurrentIndex(editor.plan_tab)
    panel = editor.plan_panel
    assert editor.health_label.text().startswith("Forsinket")
    overdue = [m.id for m in panel.model.records() if m.is_overdue(TODAY)]
    assert overdue

    for milestone_id in overdue:
        row = panel.model.row_of(milestone_id)
        assert row is not None
        view = panel.model.record_at(row)
        type_actual_date(panel, row, date_text(view.planned_on))
        stored = gui_context.milestones.get(milestone_id)
        assert (stored.status, stored.actual_on) == (MilestoneStatus.DONE, view.planned_on)

    row = panel.model.row_of(overdue[-1])
    assert row is not None
    assert panel.model.index(row, MilestoneColumn.STATUS).data() == "Gennemført"
    assert not editor.health_label.text().startswith("Forsinket")
    health = next(r.health for r in gui_context.overview.rows(TODAY) if r.id == engagement_id)
    assert health is not Health.LATE

    window.undo_action.trigger()
    undone = gui_context.milestones.get(overdue[-1])
    assert (undone.status, undone.actual_on) == (MilestoneStatus.PLANNED, None)
    assert panel.model.index(row, MilestoneColumn.STATUS).data() == "Planlagt"


@pytest.mark.usefixtures("danish")
def test_clearing_the_actual_date_opens_the_milestone_again(
    make_window: WindowFactory, gui_context: AppContext
) -> None:
    _window, _dialogs, editor, _engagement_id = opened(make_window, gui_context)
    editor.tabs.setCurrentIndex(editor.plan_tab)
    panel = editor.plan_panel
    first = panel.model.record_at(0)
    type_actual_date(panel, 0, date_text(first.planned_on))
    assert gui_context.milestones.get(first.id).status is MilestoneStatus.DONE

    index = panel.proxy.mapFromSource(panel.model.index(0, MilestoneColumn.ACTUAL))
    panel.table.setCurrentIndex(index)
    panel.table.edit(index)
    date_editor = panel.table.indexWidget(index)
    assert isinstance(date_editor, DateField)
    date_editor.clear()
    QTest.keyClick(date_editor, Qt.Key.Key_Return)
    QCoreApplication.processEvents()
    reopened = gui_context.milestones.get(first.id)
    assert (reopened.status, reopened.actual_on) == (MilestoneStatus.PLANNED, None)
