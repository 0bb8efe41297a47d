"""The results view of a round that straddles 1 January 2024: figures per law, each with its own
n and interval, and the reason in the row where the change between the rounds is not computed."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import cast

import pytest
from PySide6.QtCore import QAbstractItemModel, Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from taskforce_app.bootstrap import AppContext
from taskforce_app.domain.criteria import comparison
from taskforce_app.domain.results import ComplianceFigure
from taskforce_app.services.criteria import load_criteria_sets
from taskforce_app.ui import translations
from taskforce_app.ui.review.results_chart import NOT_COMPARABLE_MARK
from taskforce_app.ui.review.results_models import (
    PejlemaerkeColumn,
    RequirementColumn,
    RequirementResultModel,
)
from taskforce_app.ui.review.results_view import ResultsView
from tests.gui.conftest import show_page
from tests.gui.test_engagement_models import check
from tests.services.mixed_law import MixedLawForloeb, build_mixed_law_forloeb

TIP = Qt.ItemDataRole.ToolTipRole


@pytest.fixture
def mixed(gui_context: AppContext, tmp_path: Path) -> MixedLawForloeb:
    """A forløb whose Analyse holds Serviceloven and Barnets lov cases."""
    return build_mixed_law_forloeb(gui_context, tmp_path)


@pytest.fixture
def view(
    qtbot: QtBot,
    gui_context: AppContext,
    mixed: MixedLawForloeb,
    danish: translations.InstalledTranslators,
) -> Iterator[ResultsView]:
    """The results view of the mixed-law forløb, in Danish, shown offscreen."""
    widget = ResultsView(gui_context)
    qtbot.addWidget(widget)
    show_page(widget)
    qtbot.waitExposed(widget)
    widget.set_engagement(mixed.engagement_id)
    yield widget


def rows_of(model: RequirementResultModel, code_part: str) -> list[int]:
    """The rows whose code column holds `code_part`."""
    return [
        row
        for row in range(model.rowCount())
        if code_part in model.index(row, RequirementColumn.CODE).data()
    ]


def text(model: RequirementResultModel, row: int, column: RequirementColumn) -> str:
    """The shown text of a cell."""
    return cast(str, model.index(row, column).data())


def test_a_requirement_judged_under_both_laws_shows_each_law_with_its_own_n(
    view: ResultsView, qtmodeltester: ModelTester
) -> None:
    model = view.requirement_model
    check(qtmodeltester, cast(QAbstractItemModel, model))
    total, serviceloven, barnets_lov = rows_of(model, "L-02")  # BFU within 4 months
    assert text(model, total, RequirementColumn.CODE) == "SL-02 / BL-02"
    assert text(model, total, RequirementColumn.LAW) == "Begge love (i alt)"
    assert text(model, total, RequirementColumn.ANALYSE) == "4 af 5 (80 %)"
    assert text(model, total, RequirementColumn.STATUS) == "3 af 4 (75 %)"
    assert text(model, total, RequirementColumn.CHANGE) == "-5 procentpoint"
    assert text(model, serviceloven, RequirementColumn.CODE).endswith("SL-02")
    assert text(model, serviceloven, RequirementColumn.LAW) == "Serviceloven"
    assert text(model, serviceloven, RequirementColumn.ANALYSE) == "3 af 3 (100 %)"
    assert text(model, serviceloven, RequirementColumn.STATUS) == "–"
    assert "serviceloven § 50" in text(model, serviceloven, RequirementColumn.PROVISION).lower()
    assert text(model, barnets_lov, RequirementColumn.LAW) == "Barnets lov"
    assert text(model, barnets_lov, RequirementColumn.ANALYSE) == "1 af 2 (50 %)"
    assert text(model, barnets_lov, RequirementColumn.STATUS) == "3 af 4 (75 %)"
    assert text(model, barnets_lov, RequirementColumn.CHANGE) == ""
    own = model.line(barnets_lov).analyse
    assert isinstance(own, ComplianceFigure) and own.interval is not None
    low, high = own.interval
    tip = model.index(barnets_lov, RequirementColumn.ANALYSE).data(TIP)
    assert "Wilson" in tip
    assert model.index(total, RequirementColumn.ANALYSE).data(TIP) != tip
    assert 0 < low < 0.5 < high < 1
    only_barnets_lov = rows_of(model, "BL-18")
    assert len(only_barnets_lov) == 1
    assert text(model, only_barnets_lov[0], RequirementColumn.LAW) == "Barnets lov"


def test_barometer_figures_stand_beside_the_law_they_may_be_compared_with(
    view: ResultsView,
) -> None:
    model = view.requirement_model
    total, serviceloven, barnets_lov = rows_of(model, "L-05")  # the plan
    assert text(model, total, RequirementColumn.NATIONAL) == ""
    handleplan = text(model, serviceloven, RequirementColumn.NATIONAL)
    assert "Børnesagsbarometret" in handleplan and "kommuner" in handleplan
    assert "Målt efter serviceloven" in handleplan
    assert text(model, barnets_lov, RequirementColumn.NATIONAL) == ""
    first_total, first_sl, first_bl = rows_of(model, "L-01")
    assert "Børnesagsbarometret" in text(model, first_sl, RequirementColumn.NATIONAL)
    assert "Børnesagsbarometret" in text(model, first_bl, RequirementColumn.NATIONAL)
    assert text(model, first_total, RequirementColumn.NATIONAL) == ""


def test_a_change_that_is_not_comparable_shows_the_reason_in_the_row(view: ResultsView) -> None:
    model = view.requirement_model
    reason = comparison(load_criteria_sets(), "plan", "serviceloven", "barnets_lov").reason
    assert reason
    total = rows_of(model, "SL-05 / BL-05")[0]
    shown = text(model, total, RequirementColumn.CHANGE)
    assert shown == f"Ikke sammenlignelig: {reason}"
    assert "procentpoint" not in shown
    assert model.index(total, RequirementColumn.CHANGE).data(TIP) == reason
    rect = view.requirement_table.visualRect(model.index(total, RequirementColumn.CHANGE))
    assert rect.height() > view.requirement_table.fontMetrics().height() * 2  # wrapped, not cut
    assert view.results is not None
    legal = [item for item in view.results.requirements if item.track.value == "juridisk"]
    axis = view.chart.category_axis
    assert axis is not None
    marked = [label.endswith(NOT_COMPARABLE_MARK) for label in axis.categories()]
    assert marked == [not item.comparable for item in legal]
    assert any(marked) and not all(marked)
    pooled = view.pejlemaerke_model
    changes = [
        pooled.index(row, PejlemaerkeColumn.CHANGE).data() for row in range(pooled.rowCount())
    ]
    assert "Ikke sammenlignelig" in changes
