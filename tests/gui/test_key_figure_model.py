"""The key figure table (column specs): headers, figures per 1,000, tooltips with the counts."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester

from taskforce_app.domain.key_figures import KeyFigurePoint, KeyFigureSeries
from taskforce_app.ui.kit.key_figures_panel import KeyFigureTableModel
from tests.gui.test_engagement_models import check

TOOLTIP = Qt.ItemDataRole.ToolTipRole


def _series(table_code: str) -> KeyFigureSeries:
    return KeyFigureSeries(
        table_code=table_code,
        title="Underretninger",
        municipality_code="860",
        municipality_name="Hjørring",
        category="I alt",
        points=(
            KeyFigurePoint("2023", 1103.0, 13400, 148302.0, 1181000),
            KeyFigurePoint("2024", None, 13300, 155010.0, None),
        ),
        per_1000=True,
    )


def test_key_figure_model_headers_figures_and_tooltips(qtmodeltester: ModelTester) -> None:
    model = KeyFigureTableModel(language="da")
    check(qtmodeltester, model)
    assert model.headerData(1, Qt.Orientation.Horizontal) == ""
    model.set_series(_series("UND1"))
    check(qtmodeltester, model)
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(3)]
    assert headers == ["Year", "Hjørring", "National"]
    assert [model.index(0, c).data() for c in range(3)] == ["2023", "82,3", "125,6"]
    assert model.index(1, 1).data() == "–"
    assert model.index(0, 1).data(TOOLTIP) == "Count 1.103; children aged 0–17: 13.400"
    assert model.index(1, 1).data(TOOLTIP) == "No figure (suppressed or not published)"
    assert model.index(1, 2).data(TOOLTIP) == "Count 155.010; children aged 0–17: –"
    assert model.index(0, 0).data(TOOLTIP) is None
    assert model.index(0, 2).data(Qt.ItemDataRole.TextAlignmentRole) == int(
        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
    )
    young = KeyFigureTableModel(language="en")
    young.set_series(_series("ANBAAR"))
    assert young.index(0, 1).data() == "82.3"
    assert young.index(0, 1).data(TOOLTIP) == (
        "Count 1,103; children and young people aged 0–22: 13,400"
    )
    model.set_series(None)
    assert model.rowCount() == 0
