"""The results tables (column specs): muted per-law cells, the change column's colour and
alignment, and the header tooltips, on the mixed-law forløb of test_results_law."""

from __future__ import annotations

from PySide6.QtCore import Qt

from taskforce_app.ui.kit.palette_colours import muted_cell_text
from taskforce_app.ui.review.results_models import PejlemaerkeColumn, RequirementColumn
from taskforce_app.ui.review.results_view import ResultsView
from tests.gui.test_results_law import mixed, rows_of, view

__all__ = ["mixed", "view"]  # the fixtures used below

FOREGROUND = Qt.ItemDataRole.ForegroundRole
ALIGNMENT = Qt.ItemDataRole.TextAlignmentRole
TIP = Qt.ItemDataRole.ToolTipRole
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)


def test_requirement_rows_colour_and_align_as_before(view: ResultsView) -> None:
    model = view.requirement_model
    total, serviceloven, _barnets_lov = rows_of(model, "L-02")
    muted = muted_cell_text().color()
    assert model.index(total, RequirementColumn.CODE).data(FOREGROUND) is None
    for column in (RequirementColumn.CODE, RequirementColumn.LAW):
        assert model.index(serviceloven, column).data(FOREGROUND).color() == muted
    assert model.index(serviceloven, RequirementColumn.QUESTION).data(FOREGROUND) is None
    change = model.index(total, RequirementColumn.CHANGE)
    assert change.data(ALIGNMENT) == RIGHT
    assert change.data(FOREGROUND) is not None and change.data(FOREGROUND).color() != muted
    assert change.data(TIP) is None
    not_comparable = model.index(rows_of(model, "SL-05 / BL-05")[0], RequirementColumn.CHANGE)
    assert not_comparable.data(ALIGNMENT) == LEFT
    assert not_comparable.data(FOREGROUND).color() == muted
    assert model.index(total, RequirementColumn.ANALYSE).data(ALIGNMENT) == RIGHT
    assert model.index(total, RequirementColumn.PROVISION).data(ALIGNMENT) is None
    question_tip = model.index(total, RequirementColumn.QUESTION).data(TIP)
    assert question_tip == model.index(total, RequirementColumn.CODE).data(TIP)
    assert question_tip.endswith(model.line(total).question)
    tips = [
        model.headerData(column, Qt.Orientation.Horizontal, TIP) for column in RequirementColumn
    ]
    assert [column for column, tip in zip(RequirementColumn, tips, strict=True) if tip] == [
        RequirementColumn.LAW,
        RequirementColumn.ANALYSE,
        RequirementColumn.STATUS,
        RequirementColumn.NATIONAL,
    ]


def test_pejlemaerke_rows_align_and_explain(view: ResultsView) -> None:
    model = view.pejlemaerke_model
    assert model.rowCount() > 0
    for column in (PejlemaerkeColumn.ANALYSE, PejlemaerkeColumn.STATUS, PejlemaerkeColumn.CHANGE):
        assert model.index(0, column).data(ALIGNMENT) == RIGHT
    assert model.index(0, PejlemaerkeColumn.PEJLEMAERKE).data(ALIGNMENT) is None
    assert model.index(0, PejlemaerkeColumn.TRACK).data(TIP)
    rows = model.results()
    not_comparable = [row for row, result in enumerate(rows) if not result.comparable]
    comparable = [row for row, result in enumerate(rows) if result.comparable]
    assert not_comparable and comparable
    assert model.index(not_comparable[0], PejlemaerkeColumn.CHANGE).data(TIP)
    assert model.index(comparable[0], PejlemaerkeColumn.CHANGE).data(TIP) is None
    assert model.headerData(0, Qt.Orientation.Horizontal, TIP) is None
