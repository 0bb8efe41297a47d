"""The exchange counts tables (column specs): rows in table order, a bold total, amber conflicts."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, Qt
from pytestqt.modeltest import ModelTester

from taskforce_app.domain.merge import TableCounts
from taskforce_app.ui.exchange.exchange_models import PackageCountsModel, RecordCountsModel
from taskforce_app.ui.kit.palette_colours import AMBER, cell_text
from tests.gui.test_engagement_models import check


def _cells(model: QAbstractItemModel, row: int) -> list[str]:
    return [str(model.index(row, column).data()) for column in range(model.columnCount())]


def test_package_counts_total_tooltip_and_conflict_colour(qtmodeltester: ModelTester) -> None:
    model = PackageCountsModel()
    check(qtmodeltester, model)
    model.set_counts({"finding": TableCounts(deleted=2), "engagement": TableCounts(conflicts=1)})
    check(qtmodeltester, model)
    assert [model.index(row, 0).data() for row in range(3)] == ["Engagement", "Finding", "Total"]
    assert model.total == TableCounts(deleted=2, conflicts=1)
    assert model.counts("finding") == TableCounts(deleted=2)
    assert model.counts("milestone") == TableCounts()
    assert model.counts("") == TableCounts()
    conflicts = PackageCountsModel.CONFLICTS
    assert "both sides" in str(
        model.headerData(conflicts, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    )
    amber = cell_text(AMBER).color()
    assert model.index(0, conflicts).data(Qt.ItemDataRole.ForegroundRole).color() == amber
    assert model.index(1, conflicts).data(Qt.ItemDataRole.ForegroundRole) is None
    assert model.index(2, 0).data(Qt.ItemDataRole.FontRole).bold()
    assert model.index(0, 0).data(Qt.ItemDataRole.FontRole) is None
    assert model.index(0, 1).data(Qt.ItemDataRole.TextAlignmentRole) == int(
        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
    )
    model.set_counts({"finding": TableCounts()})
    assert model.rowCount() == 0 and model.total == TableCounts()


def test_record_counts_rows_and_total(qtmodeltester: ModelTester) -> None:
    model = RecordCountsModel()
    model.set_counts({"milestone": 17, "engagement": 1, "audit_event": 0, "zzz": 2})
    check(qtmodeltester, model)
    assert [_cells(model, row) for row in range(model.rowCount())] == [
        ["Engagement", "1"],
        ["Milestone", "17"],
        ["zzz", "2"],
        ["Total", "20"],
    ]
    assert model.index(3, 1).data(Qt.ItemDataRole.FontRole).bold()
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Records"
    model.set_counts({})
    assert model.rowCount() == 0
