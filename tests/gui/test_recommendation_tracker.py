"""Opfølgning på tværs: open recommendations of every forløb, overdue first, filters, opening."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush
from pytestqt.qtbot import QtBot

from taskforce_app.bootstrap import AppContext, open_context
from taskforce_app.domain.changes import Changes, Entity
from taskforce_app.domain.enums import RecommendationStatus
from taskforce_app.ui.findings.findings_page import FindingsPage
from taskforce_app.ui.findings.recommendation_models import (
    OVERDUE_COLOUR,
    TrackerColumn,
    days_label,
)
from taskforce_app.ui.findings.recommendation_tracker import RecommendationTracker
from taskforce_app.ui.kit.labels import recommendation_status_label
from taskforce_app.ui.kit.undo import UndoController
from tests.gui.conftest import FakePrompts, show_page

TODAY = date.today()


@pytest.fixture
def demo_context(demo_db_path: Path) -> Iterator[AppContext]:
    """An `AppContext` over a private copy of the demo database."""
    context = open_context(demo_db_path)
    yield context
    context.close()


@pytest.fixture
def tracker(qtbot: QtBot, demo_context: AppContext, prompts: FakePrompts) -> RecommendationTracker:
    """The tracker over the demo database, shown."""
    widget = RecommendationTracker(demo_context, prompts, UndoController(), today=lambda: TODAY)
    qtbot.addWidget(widget)
    show_page(widget)
    return widget


def test_models_pass_the_model_tester(
    qtmodeltester: object, tracker: RecommendationTracker
) -> None:
    assert tracker.model.rowCount() > 0
    qtmodeltester.check(tracker.model)  # type: ignore[attr-defined]
    qtmodeltester.check(tracker.proxy)  # type: ignore[attr-defined]


def test_every_open_recommendation_overdue_first_in_red(tracker: RecommendationTracker) -> None:
    context_views = tracker._context.recommendations.tracker(TODAY)
    assert tracker.shown_ids() == [v.id for v in context_views]
    assert all(
        v.status in (RecommendationStatus.NOT_STARTED, RecommendationStatus.IN_PROGRESS)
        for v in context_views
    )
    overdue = [v.is_overdue(TODAY) for v in context_views]
    assert any(overdue) and not all(overdue)
    assert overdue == sorted(overdue, reverse=True)
    for row, view in enumerate(context_views):
        index = tracker.proxy.index(row, TrackerColumn.DAYS)
        assert index.data() == days_label(view.due_on, TODAY)
        brush = index.data(Qt.ItemDataRole.ForegroundRole)
        if view.is_overdue(TODAY):
            assert isinstance(brush, QBrush) and brush.color() == OVERDUE_COLOUR
            assert index.data().endswith("days overdue")
    assert tracker.count_label.text() == f"{len(overdue)} open, {sum(overdue)} overdue"


def test_filter_by_municipality_and_status(tracker: RecommendationTracker) -> None:
    views = tracker._context.recommendations.tracker(TODAY)
    name = views[0].municipality
    tracker.municipality_combo.setCurrentIndex(tracker.municipality_combo.findData(name))
    assert tracker.shown_ids() == [v.id for v in views if v.municipality == name]
    tracker.municipality_combo.setCurrentIndex(0)
    status = RecommendationStatus.IN_PROGRESS
    tracker.status_combo.setCurrentIndex(tracker.status_combo.findData(status.value))
    expected = [v.id for v in views if v.status is status]
    assert 0 < len(expected) < len(views)
    assert tracker.shown_ids() == expected
    assert all(
        tracker.proxy.index(row, TrackerColumn.STATUS).data() == recommendation_status_label(status)
        for row in range(tracker.proxy.rowCount())
    )
    tracker.status_combo.setCurrentIndex(0)
    tracker.search_edit.setText("no-such-word")
    assert tracker.shown_ids() == []


def test_double_click_opens_the_engagement(qtbot: QtBot, tracker: RecommendationTracker) -> None:
    view = tracker._context.recommendations.tracker(TODAY)[0]
    index = tracker.proxy.index(0, TrackerColumn.TEXT)
    with qtbot.waitSignal(tracker.engagement_activated) as blocker:
        tracker.table.activated.emit(index)
    assert blocker.args == [view.engagement_id]


def test_refreshes_on_changes_and_only_when_shown(
    qtbot: QtBot, demo_context: AppContext, prompts: FakePrompts
) -> None:
    widget = RecommendationTracker(demo_context, prompts, UndoController(), today=lambda: TODAY)
    qtbot.addWidget(widget)
    assert widget.model.rowCount() == 0
    show_page(widget)
    count = widget.model.rowCount()
    view = demo_context.recommendations.tracker(TODAY)[0]
    _, changes = demo_context.recommendations.set_status(view.id, RecommendationStatus.DONE, "OK")
    widget.apply_changes(changes)
    assert widget.model.rowCount() == count - 1
    widget.apply_changes(Changes.of(Entity.MILESTONE))
    assert widget.model.rowCount() == count - 1


def test_the_findings_page_hosts_it_and_passes_the_signal_on(
    qtbot: QtBot, demo_context: AppContext, prompts: FakePrompts
) -> None:
    page = FindingsPage(demo_context, prompts, UndoController(), today=lambda: TODAY)
    qtbot.addWidget(page)
    show_page(page)
    assert page.tabs.widget(page.TRACKER_TAB) is page.tracker
    assert page.tabs.tabText(page.TRACKER_TAB) == "Follow-up across engagements"
    page.tabs.setCurrentIndex(page.TRACKER_TAB)
    assert page.tracker.model.rowCount() > 0
    index = page.tracker.proxy.index(0, 0)
    with qtbot.waitSignal(page.engagement_activated) as blocker:
        page.tracker.table.activated.emit(index)
    first = page.tracker.model.view(page.tracker.shown_ids()[0])
    assert first is not None and blocker.args == [first.engagement_id]
