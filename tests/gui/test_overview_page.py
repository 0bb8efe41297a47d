"""The Overblik page: its model, filters, sorting, health rule text and activation signal."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractItemModel, Qt
from pytestqt.qtbot import QtBot

from taskforce_app.bootstrap import AppContext, open_context
from taskforce_app.domain.changes import Changes, Entity
from taskforce_app.domain.enums import Health, Phase, Region
from taskforce_app.domain.health import HealthRule
from taskforce_app.domain.overview import OverviewRow
from taskforce_app.ui import translations
from taskforce_app.ui.kit.column_table import SORT_ROLE
from taskforce_app.ui.overview.overview_models import (
    OverviewColumn,
    OverviewFilterProxy,
    OverviewTableModel,
    health_rule_lines,
)
from taskforce_app.ui.overview.overview_page import OverviewPage
from tests.gui.conftest import FakePrompts, show_page
from tests.services.helpers import granted_engagement

TODAY = date.today()


@pytest.fixture
def demo_context(demo_db_path: Path) -> Iterator[AppContext]:
    """An `AppContext` over a private copy of the demo database."""
    context = open_context(demo_db_path)
    yield context
    context.close()


@pytest.fixture
def page(qtbot: QtBot, demo_context: AppContext, prompts: FakePrompts) -> OverviewPage:
    """The Overblik page over the demo database."""
    widget = OverviewPage(demo_context, prompts, today=lambda: TODAY)
    qtbot.addWidget(widget)
    show_page(widget)  # pages load when they come on screen
    return widget


def _shown(page: OverviewPage) -> set[uuid.UUID]:
    return set(page.shown_ids())


def _rows(context: AppContext) -> list[OverviewRow]:
    return context.overview.rows(TODAY)


def test_models_pass_the_model_tester(qtmodeltester: object, page: OverviewPage) -> None:
    assert page.model.rowCount() == len(_rows(page.context)) > 0
    qtmodeltester.check(page.model)  # type: ignore[attr-defined]
    qtmodeltester.check(page.proxy)  # type: ignore[attr-defined]


def test_region_filter(page: OverviewPage) -> None:
    rows = _rows(page.context)
    region = rows[0].region
    page.region_combo.setCurrentIndex(page.region_combo.findData(region.value))
    assert _shown(page) == {row.id for row in rows if row.region is region}
    assert page.proxy.region is region


def test_consultant_filter(page: OverviewPage) -> None:
    rows = _rows(page.context)
    initials = rows[0].team_initials[0]
    page.consultant_combo.setCurrentIndex(page.consultant_combo.findData(initials))
    expected = {row.id for row in rows if initials in row.team_initials}
    assert _shown(page) == expected
    assert 0 < len(expected) < len(rows)


def test_phase_filter(page: OverviewPage) -> None:
    rows = _rows(page.context)
    phase = Phase.UDVIKLING
    page.phase_combo.setCurrentIndex(page.phase_combo.findData(phase.value))
    expected = {row.id for row in rows if row.phase is phase}
    assert expected
    assert _shown(page) == expected


@pytest.mark.parametrize("health", list(Health))
def test_health_filter(page: OverviewPage, health: Health) -> None:
    rows = _rows(page.context)
    page.health_combo.setCurrentIndex(page.health_combo.findData(health.value))
    assert _shown(page) == {row.id for row in rows if row.health is health}


def test_search_matches_every_word_case_insensitively(page: OverviewPage) -> None:
    rows = _rows(page.context)
    target = rows[-1]
    page.search_edit.setText(target.municipality_name.upper())
    assert target.id in _shown(page)
    assert all(
        target.municipality_name.casefold() in (row.municipality_name + row.title).casefold()
        for row in rows
        if row.id in _shown(page)
    )
    page.search_edit.setText(f"{target.municipality_name} no-such-word")
    assert _shown(page) == set()


def test_filters_combine_and_clear(page: OverviewPage) -> None:
    total = page.model.rowCount()
    page.phase_combo.setCurrentIndex(page.phase_combo.findData(Phase.UDVIKLING.value))
    page.search_edit.setText("zzz")
    assert page.proxy.rowCount() == 0
    assert page.count_label.text() == f"0 of {total} engagements"
    page.clear_button.click()
    assert page.proxy.rowCount() == total
    assert page.count_label.text() == f"{total} of {total} engagements"


def test_dates_sort_as_dates_with_empty_last(page: OverviewPage) -> None:
    page.table.sortByColumn(OverviewColumn.DUE, Qt.SortOrder.AscendingOrder)
    keys = [
        page.proxy.index(row, OverviewColumn.DUE).data(SORT_ROLE)
        for row in range(page.proxy.rowCount())
    ]
    assert keys == sorted(keys)
    shown = [
        page.proxy.index(row, OverviewColumn.DUE).data() for row in range(page.proxy.rowCount())
    ]
    dates = [date(int(t[6:]), int(t[3:5]), int(t[:2])) for t in shown if t]
    assert dates == sorted(dates)
    assert all(text for text in shown[: len(dates)])


def test_every_column_sorts(page: OverviewPage) -> None:
    for column in OverviewColumn:
        page.table.sortByColumn(column, Qt.SortOrder.AscendingOrder)
        keys = [
            page.proxy.index(row, column).data(SORT_ROLE) for row in range(page.proxy.rowCount())
        ]
        assert keys == sorted(keys), column


def test_health_has_a_dot_and_a_tooltip_explaining_why(page: OverviewPage) -> None:
    rows = _rows(page.context)
    late = next((n for n, row in enumerate(rows) if row.health is Health.LATE), None)
    if late is None:
        pytest.skip("the demo has no late forløb today")
    index = page.model.index(late, OverviewColumn.HEALTH)
    assert not index.data(Qt.ItemDataRole.DecorationRole).isNull()
    assert index.data() == "Late"
    assert "past" in index.data(Qt.ItemDataRole.ToolTipRole)


def test_health_rule_text_is_built_from_the_rule(page: OverviewPage) -> None:
    page.context.overview.rule = HealthRule(late_after_days=21, late_when_overdue_count=3)
    page.refresh()
    text = page.rule_label.text()
    assert "more than 21 days" in text
    assert "3 or more" in text


def test_double_click_emits_the_engagement_id(qtbot: QtBot, page: OverviewPage) -> None:
    index = page.proxy.index(0, OverviewColumn.TEAM)
    with qtbot.waitSignal(page.engagement_activated) as blocker:
        page.table.activated.emit(index)
    assert blocker.args == [page.proxy.engagement_id(index)]


def test_apply_changes_reloads(qtbot: QtBot, gui_context: AppContext) -> None:
    page = OverviewPage(gui_context, FakePrompts())
    qtbot.addWidget(page)
    show_page(page)
    assert page.model.rowCount() == 0
    granted_engagement(gui_context, "Aarhus", start=date.today() - timedelta(days=40))
    page.apply_changes(Changes.of(Entity.APPLICATION))
    assert page.model.rowCount() == 0
    page.apply_changes(Changes.of(Entity.ENGAGEMENT))
    assert page.model.rowCount() == 1


def test_danish_labels(qtbot: QtBot, danish: translations.InstalledTranslators) -> None:
    model = OverviewTableModel()
    headers = [model.headerData(column, Qt.Orientation.Horizontal) for column in OverviewColumn]
    assert headers[:3] == ["Kommune", "Region", "Fase"]
    assert "Næste milepæl" in headers and "Status" in headers and "Overskredet" in headers
    lines = health_rule_lines(HealthRule())
    assert lines[0] == (
        "Forsinket: en milepæl er mere end 14 dage over fristen, eller 2 eller flere er over "
        "fristen."
    )
    assert lines[1].startswith("Risiko: ")
    assert lines[2] == "På sporet: ellers."


def test_filtering_300_forloeb_by_region_and_search(qtbot: QtBot) -> None:
    regions = list(Region)
    rows = [
        OverviewRow(
            id=uuid.uuid4(),
            title=f"Forløb {n}",
            municipality_code=f"{n:03d}",
            municipality_name=f"Kommune {n}",
            region=regions[n % len(regions)],
            phase=list(Phase)[n % len(Phase)],
            start_date=date(2025, 1, 1),
            planned_end_date=date(2027, 1, 1),
            month_of_plan=n % 24,
            next_milestone=f"Milepæl {n}",
            next_milestone_on=date(2026, 1, 1) + timedelta(days=n),
            overdue=n % 3,
            health=list(Health)[n % 3],
            team_initials=("ABC", f"X{n % 7}"),
        )
        for n in range(300)
    ]
    model = OverviewTableModel()
    model.set_overview(rows)
    proxy = OverviewFilterProxy()
    proxy.setSourceModel(model)
    proxy.sort(OverviewColumn.MUNICIPALITY)
    proxy.set_region(Region.SYDDANMARK)
    proxy.set_search("kommune 1")
    assert 0 < proxy.rowCount() < 300
    assert isinstance(proxy.sourceModel(), QAbstractItemModel)


def test_a_hidden_page_loads_when_shown(qtbot: QtBot, gui_context: AppContext) -> None:
    page = OverviewPage(gui_context, FakePrompts())
    qtbot.addWidget(page)
    granted_engagement(gui_context, "Aarhus", start=date.today() - timedelta(days=40))
    page.apply_changes(Changes.of(Entity.ENGAGEMENT))
    assert page.model.rowCount() == 0  # nothing is read while the page is not on screen
    show_page(page)
    assert page.model.rowCount() == 1
