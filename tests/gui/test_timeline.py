"""The Tidslinje: markers and the today line of a forløb made through services, all-forløb
mode, tooltips, Danish month names, and the PDF export."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QPointF
from pytestqt.qtbot import QtBot

from taskforce_app.bootstrap import AppContext
from taskforce_app.domain.changes import Changes, Entity
from taskforce_app.ui import translations
from taskforce_app.ui.timeline.timeline_page import TimelinePage
from taskforce_app.ui.timeline.timeline_widget import TimelineWidget
from tests.gui.conftest import FakePrompts, show_page
from tests.services.helpers import granted_engagement

START = date(2026, 1, 5)
TODAY = date(2026, 6, 15)


@dataclass
class SavingPrompts(FakePrompts):
    """Fake prompts that also answer where to save."""

    save_to: Path | None = None

    def choose_save_file(
        self, title: str, file_filter: str, start: Path | None = None
    ) -> Path | None:
        """Record the request and give the scripted target."""
        self.file_requests.append(title)
        return self.save_to


def _page(qtbot: QtBot, context: AppContext, prompts: FakePrompts | None = None) -> TimelinePage:
    page = TimelinePage(context, prompts or FakePrompts(), language="da", today=lambda: TODAY)
    qtbot.addWidget(page)
    show_page(page)  # pages load when they come on screen
    page.timeline.resize(1200, page.timeline.minimumHeight())
    return page


def test_one_forloeb_shows_its_milestones_and_today(qtbot: QtBot, gui_context: AppContext) -> None:
    engagement_id = granted_engagement(gui_context, "Odense", start=START)
    page = _page(qtbot, gui_context)
    assert page.show_engagement(engagement_id)
    assert page.selected_engagement() == engagement_id
    widget = page.timeline
    assert widget.single
    (row,) = gui_context.overview.timeline([engagement_id], TODAY)
    assert row.milestones
    markers = widget.marker_rects()
    assert widget.marker_count() == len(row.milestones) == len(markers)
    assert {m.milestone.id for m in markers} == {m.id for m in row.milestones}
    for marker in markers:
        assert marker.rect.center().x() == pytest.approx(widget.x_for(marker.milestone.planned_on))
        assert marker.rect.width() > 0
    today_x = widget.today_x()
    assert today_x is not None
    assert row.start_date is not None and row.planned_end_date is not None
    assert widget.x_for(row.start_date) < today_x < widget.x_for(row.planned_end_date)
    overdue = [m for m in markers if m.milestone.overdue]
    assert all(m.milestone.planned_on < TODAY for m in overdue)


def test_marker_tooltip_names_the_milestone(qtbot: QtBot, gui_context: AppContext) -> None:
    engagement_id = granted_engagement(gui_context, "Odense", start=START)
    page = _page(qtbot, gui_context)
    page.show_engagement(engagement_id)
    marker = page.timeline.marker_rects()[0]
    text = page.timeline.tooltip_at(marker.rect.center())
    assert text is not None
    assert marker.milestone.title in text
    assert "05-01-2026" in text or marker.milestone.planned_on.strftime("%d-%m-%Y") in text


def test_all_mode_has_a_lane_per_forloeb_on_one_axis(qtbot: QtBot, gui_context: AppContext) -> None:
    first = granted_engagement(gui_context, "Odense", start=START)
    second = granted_engagement(gui_context, "Aarhus", start=date(2025, 3, 3))
    page = _page(qtbot, gui_context)
    assert page.selected_engagement() is None
    widget = page.timeline
    assert not widget.single
    lanes = widget.scene().lanes
    assert [lane.engagement_id for lane in lanes] == [second, first]
    assert widget.marker_count() == sum(
        len(row.milestones) for row in gui_context.overview.timeline(None, TODAY)
    )
    first_start = widget.x_for(START)
    assert any(
        bar.rect.left() == pytest.approx(first_start) for bar in lanes[1].bars if not bar.planned
    )
    with qtbot.waitSignal(page.engagement_activated) as blocker:
        centre = lanes[0].rect.center()
        lane = widget.lane_at(centre.y())
        assert lane is not None
        widget.engagement_activated.emit(lane.engagement_id)
    assert blocker.args == [second]


def test_refresh_keeps_the_choice(qtbot: QtBot, gui_context: AppContext) -> None:
    engagement_id = granted_engagement(gui_context, "Odense", start=START)
    page = _page(qtbot, gui_context)
    page.show_engagement(engagement_id)
    granted_engagement(gui_context, "Aarhus", start=START)
    page.apply_changes(Changes.of(Entity.ENGAGEMENT))
    assert page.selected_engagement() == engagement_id
    assert page.engagement_combo.count() == 3
    assert not page.show_engagement(uuid.uuid4())


def test_danish_month_names_and_legend(
    qtbot: QtBot, gui_context: AppContext, danish: translations.InstalledTranslators
) -> None:
    granted_engagement(gui_context, "Odense", start=START)
    page = _page(qtbot, gui_context)
    scene = page.timeline.scene()
    months = {text for text, _rect in scene.month_labels}
    assert {"maj", "okt"} <= months or {"M", "O"} <= months
    assert "2026" in {text for text, _rect in scene.year_labels}
    legend = {text for _kind, text, _rect in scene.legend}
    assert {"I dag", "Planlagt fase", "Faktisk fase", "Gennemført", "Overskredet"} <= legend
    assert page.engagement_combo.itemText(0) == "Alle forløb"


def test_export_pdf_through_prompts(qtbot: QtBot, gui_context: AppContext, tmp_path: Path) -> None:
    engagement_id = granted_engagement(gui_context, "Odense", start=START)
    prompts = SavingPrompts(save_to=tmp_path / "tidslinje")
    page = _page(qtbot, gui_context, prompts)
    page.show_engagement(engagement_id)
    written = page.choose_and_export()
    assert written == tmp_path / "tidslinje.pdf"
    reader = PdfReader(str(written))
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert float(box.width) > float(box.height)
    text = reader.pages[0].extract_text()
    assert "Odense" in text
    assert "Timeline" in text


def test_widget_without_rows_is_empty_but_drawn(qtbot: QtBot) -> None:
    widget = TimelineWidget()
    qtbot.addWidget(widget)
    widget.set_rows([], TODAY)
    widget.resize(800, 400)
    assert widget.marker_count() == 0
    assert widget.today_x() is not None
    assert widget.tooltip_at(QPointF(1, 1)) is None
    assert not widget.grab().isNull()
