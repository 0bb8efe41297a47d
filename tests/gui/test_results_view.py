"""The results view: the same figures as the results service, two tables and a bar chart."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import cast

import pytest
from PySide6.QtCore import QAbstractItemModel, Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from taskforce_app.bootstrap import AppContext, open_context
from taskforce_app.domain.changes import Changes, Entity
from taskforce_app.domain.enums import RoundKind, Track
from taskforce_app.domain.result_lines import result_lines
from taskforce_app.ui.review.results_chart import NOT_COMPARABLE_MARK, short_code
from taskforce_app.ui.review.results_models import (
    PejlemaerkeColumn,
    PejlemaerkeResultModel,
    RequirementColumn,
    RequirementResultModel,
)
from taskforce_app.ui.review.results_view import ResultsView
from tests.gui.conftest import show_page
from tests.gui.test_engagement_models import check


@pytest.fixture
def demo_context(demo_db_path: Path) -> Iterator[AppContext]:
    """A context over a private copy of the demo database."""
    context = open_context(demo_db_path)
    yield context
    context.close()


def both_rounds(context: AppContext) -> list[object]:
    """The forløb with an Analyse and a Statusmåling round."""
    return [
        engagement.id
        for engagement in context.engagements.summaries()
        if {item.kind for item in context.review.rounds(engagement.id)}
        >= {RoundKind.ANALYSE, RoundKind.STATUSMAALING}
    ]


@pytest.fixture
def view(qtbot: QtBot, demo_context: AppContext) -> ResultsView:
    """The results view of a forløb with both rounds, shown offscreen."""
    widget = ResultsView(demo_context)
    qtbot.addWidget(widget)
    show_page(widget)
    qtbot.waitExposed(widget)
    widget.set_engagement(both_rounds(demo_context)[0])  # type: ignore[arg-type]
    return widget


def test_models_pass_the_model_tester(qtmodeltester: ModelTester, view: ResultsView) -> None:
    check(qtmodeltester, cast(QAbstractItemModel, RequirementResultModel()))
    check(qtmodeltester, cast(QAbstractItemModel, PejlemaerkeResultModel()))
    check(qtmodeltester, cast(QAbstractItemModel, view.requirement_model))
    check(qtmodeltester, cast(QAbstractItemModel, view.pejlemaerke_model))


def test_the_tables_show_the_service_figures(view: ResultsView, demo_context: AppContext) -> None:
    assert view.results is not None
    results = demo_context.results.for_engagement(view.results.engagement_id)
    model = view.requirement_model
    lines = result_lines(results.requirements)
    assert model.rowCount() == len(lines) > len(results.requirements)
    for row, line in enumerate(lines):
        analyse = model.index(row, RequirementColumn.ANALYSE).data()
        status = model.index(row, RequirementColumn.STATUS).data()
        assert analyse == (line.analyse.formatted() if line.analyse else "–")
        assert status == (line.statusmaaling.formatted() if line.statusmaaling else "–")
        assert model.index(row, RequirementColumn.QUESTION).data() == line.question
        if line.analyse is not None and line.analyse.n:
            tip = model.index(row, RequirementColumn.ANALYSE).data(Qt.ItemDataRole.ToolTipRole)
            assert "Wilson" in tip
        if line.change is not None and not line.per_law:
            assert model.index(row, RequirementColumn.CHANGE).data() == line.change.formatted()
        if line.benchmark is not None:
            tip = model.index(row, RequirementColumn.NATIONAL).data(Qt.ItemDataRole.ToolTipRole)
            assert line.benchmark.source in tip
    pooled = view.pejlemaerke_model
    assert pooled.rowCount() == len(results.pejlemaerker)
    for row, pooled_item in enumerate(results.pejlemaerker):
        text = pooled.index(row, PejlemaerkeColumn.ANALYSE).data()
        assert text == (pooled_item.analyse.formatted() if pooled_item.analyse else "–")
    assert "n" in view.note_label.text()


def test_the_chart_has_three_bar_sets_per_requirement(view: ResultsView) -> None:
    assert view.results is not None
    legal = [item for item in view.results.requirements if item.track is Track.JURIDISK]
    series = view.chart.series
    assert series is not None and series.count() == 3
    assert [bar_set.count() for bar_set in series.barSets()] == [len(legal)] * 3
    axis = view.chart.category_axis
    assert axis is not None and axis.count() == len(legal)
    first = axis.categories()[0].removesuffix(NOT_COMPARABLE_MARK)
    assert short_code(legal[0]).endswith(first)
    assert short_code(legal[0]).removesuffix(first) in axis.titleText()


def test_changes_refresh_and_no_engagement_shows_the_hint(view: ResultsView) -> None:
    view.apply_changes(Changes.of(Entity.REVIEW))
    assert view.results is not None
    view.set_engagement(None)
    assert view.stack.currentWidget() is view.empty_label
    assert view.requirement_model.rowCount() == 0
