"""The Tidslinje over many forløb: lanes laid out on demand give the geometry of a full layout,
markers numbered on across lanes, and lanes, tooltips and ids found from a y coordinate."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QPointF
from pytestqt.qtbot import QtBot

from taskforce_app.bootstrap import AppContext
from taskforce_app.ui.timeline.timeline_widget import TimelineWidget
from tests.services.helpers import granted_engagement

START = date(2026, 1, 5)
TODAY = date(2026, 6, 15)
TOWNS = ("Odense", "Aarhus", "Viborg", "Thisted")


def _widget(qtbot: QtBot, context: AppContext) -> TimelineWidget:
    for town in TOWNS:
        granted_engagement(context, town, start=START)
    widget = TimelineWidget()
    qtbot.addWidget(widget)
    widget.set_rows(context.overview.timeline(None, TODAY), TODAY)
    widget.resize(1200, widget.minimumHeight())
    return widget


def test_a_lane_read_alone_equals_the_same_lane_of_a_full_layout(
    qtbot: QtBot, gui_context: AppContext
) -> None:
    widget = _widget(qtbot, gui_context)
    alone = widget.build(1200).lanes[2]  # the first lane read in a fresh scene
    full = list(widget.build(1200).lanes)[2]
    assert alone.engagement_id == full.engagement_id
    assert [m.rect for m in alone.markers] == [m.rect for m in full.markers]
    assert [m.number for m in alone.markers] == [m.number for m in full.markers]
    assert [b.rect for b in alone.bars] == [b.rect for b in full.bars]
    assert alone.markers and alone.bars


def test_markers_are_numbered_on_across_lanes(qtbot: QtBot, gui_context: AppContext) -> None:
    widget = _widget(qtbot, gui_context)
    scene = widget.build(1200)
    last_lane = scene.lanes[len(scene.lanes) - 1]  # before any other lane is laid out
    numbers = [marker.number for marker in scene.markers]
    assert numbers == list(range(1, len(numbers) + 1))
    assert last_lane.markers[-1].number == len(numbers)
    assert scene.lanes[-1] is last_lane
    assert [lane.engagement_id for lane in scene.lanes[1:3]] == [
        lane.engagement_id for lane in list(scene.lanes)[1:3]
    ]


def test_lane_and_tooltip_under_a_point(qtbot: QtBot, gui_context: AppContext) -> None:
    widget = _widget(qtbot, gui_context)
    scene = widget.scene()
    rows = widget.rows
    assert len(scene.lanes) == len(rows) == len(TOWNS)
    for position, row in enumerate(rows):
        lane = widget.lane_at(scene.chart.top() + (position + 0.5) * scene.shape.height)
        assert lane is not None and lane.engagement_id == row.id
        marker = lane.markers[0]
        assert widget.tooltip_at(marker.rect.center()) is not None
        assert widget.tooltip_at(QPointF(2, lane.rect.center().y())) == row.label
    assert widget.lane_at(scene.chart.top() - 1) is None
    assert widget.lane_at(scene.lanes_bottom(len(rows)) + 1) is None
    assert widget.tooltip_at(QPointF(2, scene.chart.top() - 1)) is None
