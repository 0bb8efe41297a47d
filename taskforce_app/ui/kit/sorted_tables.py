"""The sorted, read-only record tables of the list pages (Overblik, Mine frister, Forløb)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import QTableView

from taskforce_app.ui.kit.table_views import record_table


def sorted_record_table(model: QAbstractItemModel, column: int) -> QTableView:
    """A read-only, row-selecting table over `model`, sortable, sorted by `column` ascending."""
    view = record_table(model)
    view.setSortingEnabled(True)
    view.sortByColumn(column, Qt.SortOrder.AscendingOrder)
    view.horizontalHeader().setHighlightSections(False)
    return view
