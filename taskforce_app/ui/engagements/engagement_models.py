"""Qt models over the forløb read models: the table, its search/sort proxy, counts per phase."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass
from datetime import date
from enum import IntEnum
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from taskforce_app.domain.engagements import PLANNED_MONTHS, EngagementSummary
from taskforce_app.ui.kit.labels import danish_sort_key, date_text, phase_label, region_label

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 2
ID_ROLE = Qt.ItemDataRole.UserRole + 3

_NO_VALUE_LAST = 10**9

Index = QModelIndex | QPersistentModelIndex


class EngagementColumn(IntEnum):
    """The columns of the forløb table, in order."""

    MUNICIPALITY = 0
    REGION = 1
    PHASE = 2
    START = 3
    MONTH = 4
    TEAM = 5
    TITLE = 6


def column_title(column: EngagementColumn) -> str:
    """The translated header of a column."""
    titles = {
        EngagementColumn.MUNICIPALITY: QCoreApplication.translate(
            "EngagementTable", "Municipality"
        ),
        EngagementColumn.REGION: QCoreApplication.translate("EngagementTable", "Region"),
        EngagementColumn.PHASE: QCoreApplication.translate("EngagementTable", "Phase"),
        EngagementColumn.START: QCoreApplication.translate("EngagementTable", "Start"),
        EngagementColumn.MONTH: QCoreApplication.translate("EngagementTable", "Month"),
        EngagementColumn.TEAM: QCoreApplication.translate("EngagementTable", "Team"),
        EngagementColumn.TITLE: QCoreApplication.translate("EngagementTable", "Title"),
    }
    return titles[column]


class EngagementTableModel(QAbstractTableModel):
    """The forløb list: one row per `EngagementSummary` (frozen read models, never ORM rows)."""

    def __init__(
        self, parent: QObject | None = None, *, today: Callable[[], date] = date.today
    ) -> None:
        super().__init__(parent)
        self._rows: list[EngagementSummary] = []
        self._today = today

    def set_rows(self, rows: Sequence[EngagementSummary]) -> None:
        """Replace every row."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def summaries(self) -> list[EngagementSummary]:
        """The rows, in model order."""
        return list(self._rows)

    def summary_at(self, row: int) -> EngagementSummary:
        """The read model of one row."""
        return self._rows[row]

    def row_of(self, engagement_id: uuid.UUID) -> int | None:
        """The row showing `engagement_id`, if any."""
        for row, summary in enumerate(self._rows):
            if summary.id == engagement_id:
                return row
        return None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Number of forløb (none under a valid parent: this is a flat table)."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Number of columns."""
        return 0 if parent.isValid() else len(EngagementColumn)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        """Translated column titles; a tooltip on the month column."""
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(EngagementColumn):
            return None
        column = EngagementColumn(section)
        if role == Qt.ItemDataRole.DisplayRole:
            return column_title(column)
        if role == Qt.ItemDataRole.ToolTipRole and column == EngagementColumn.MONTH:
            return QCoreApplication.translate(
                "EngagementTable", "Month of the 24-month plan today, counted from the start date"
            )
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Display text, sort keys (dates as dates), a search text and the forløb id."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if not 0 <= index.column() < len(EngagementColumn):
            return None
        summary = self._rows[index.row()]
        column = EngagementColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(summary, column)
        if role == SORT_ROLE:
            return self._sort_key(summary, column)
        if role == SEARCH_ROLE:
            return search_text(summary)
        if role == ID_ROLE:
            return str(summary.id)
        if role == Qt.ItemDataRole.ToolTipRole and column == EngagementColumn.TITLE:
            return summary.title
        if role == Qt.ItemDataRole.TextAlignmentRole and column == EngagementColumn.MONTH:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Rows are selectable, not editable in place (the editor below the list edits)."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def _display(self, summary: EngagementSummary, column: EngagementColumn) -> str:
        if column == EngagementColumn.MUNICIPALITY:
            return f"{summary.municipality_name} ({summary.municipality_code})"
        if column == EngagementColumn.REGION:
            return region_label(summary.region)
        if column == EngagementColumn.PHASE:
            return phase_label(summary.phase)
        if column == EngagementColumn.START:
            return date_text(summary.start_date)
        if column == EngagementColumn.MONTH:
            month = summary.month_of_plan(self._today())
            return "" if month is None else f"{month}/{PLANNED_MONTHS}"
        if column == EngagementColumn.TEAM:
            return summary.team
        return summary.title

    def _sort_key(self, summary: EngagementSummary, column: EngagementColumn) -> str | int:
        if column == EngagementColumn.MUNICIPALITY:
            return danish_sort_key(summary.municipality_name)
        if column == EngagementColumn.REGION:
            return danish_sort_key(region_label(summary.region))
        if column == EngagementColumn.PHASE:
            return summary.phase.order
        if column == EngagementColumn.START:
            return _NO_VALUE_LAST if summary.start_date is None else summary.start_date.toordinal()
        if column == EngagementColumn.MONTH:
            month = summary.month_of_plan(self._today())
            return _NO_VALUE_LAST if month is None else month
        if column == EngagementColumn.TEAM:
            return danish_sort_key(summary.team)
        return danish_sort_key(summary.title)


def search_text(summary: EngagementSummary) -> str:
    """Everything the search box matches, in lower case."""
    parts = (
        summary.title,
        summary.municipality_name,
        summary.municipality_code,
        summary.region.value,
        summary.team,
        phase_label(summary.phase),
    )
    return " ".join(parts).casefold()


class EngagementFilterProxy(QSortFilterProxyModel):
    """Search and sort over `EngagementTableModel`: every typed word must match somewhere."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._words: tuple[str, ...] = ()
        self.setSortRole(SORT_ROLE)
        self.setFilterRole(SEARCH_ROLE)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    @property
    def search(self) -> str:
        """The current search words, joined by spaces."""
        return " ".join(self._words)

    def set_search(self, text: str) -> None:
        """Show only rows matching every word of `text` (case-insensitive)."""
        words = tuple(text.casefold().split())
        if words == self._words:
            return
        self.beginFilterChange()
        self._words = words
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        """True when every search word occurs in the row's search text."""
        if not self._words:
            return True
        model = self.sourceModel()
        haystack = model.data(model.index(source_row, 0, source_parent), SEARCH_ROLE)
        if not isinstance(haystack, str):
            return False
        return all(word in haystack for word in self._words)

    def engagement_id(self, index: Index) -> uuid.UUID | None:
        """The id of the forløb shown at a proxy index."""
        if not index.isValid():
            return None
        value = self.data(self.index(index.row(), 0), ID_ROLE)
        return uuid.UUID(value) if isinstance(value, str) else None


T = TypeVar("T")


@dataclass(frozen=True)
class Column(Generic[T]):
    """One column of a `RecordTableModel`: its title, display text and sort key."""

    title: Callable[[], str]
    display: Callable[[T], str]
    sort: Callable[[T], str | int] | None = None
    align_right: bool = False
    tooltip: bool = False


class RecordTableModel(QAbstractTableModel, Generic[T]):
    """A read-only table over frozen read models that have an `id`, one row per record.

    `set_rows` with the same records in the same order updates the cells in place
    (`dataChanged`), so an editor open in a view survives a refresh; otherwise it resets.
    """

    def __init__(
        self,
        columns: Sequence[Column[T]],
        key: Callable[[T], Hashable],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._key = key
        self._rows: list[T] = []

    def set_rows(self, rows: Sequence[T]) -> None:
        """Replace the records."""
        new = list(rows)
        if [self._key(r) for r in new] == [self._key(r) for r in self._rows] and new:
            self._rows = new
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(new) - 1, len(self._columns) - 1)
            )
            return
        self.beginResetModel()
        self._rows = new
        self.endResetModel()

    def records(self) -> list[T]:
        """The records, in model order."""
        return list(self._rows)

    def record_at(self, row: int) -> T:
        """The record of one row."""
        return self._rows[row]

    def row_of(self, record_id: Hashable) -> int | None:
        """The row of the record whose key is `record_id`, if any."""
        for row, record in enumerate(self._rows):
            if self._key(record) == record_id:
                return row
        return None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Number of records (none under a valid parent: a flat table)."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Number of columns."""
        return 0 if parent.isValid() else len(self._columns)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        """Translated column titles."""
        if (
            orientation != Qt.Orientation.Horizontal
            or role != Qt.ItemDataRole.DisplayRole
            or not 0 <= section < len(self._columns)
        ):
            return None
        return self._columns[section].title()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Display text, sort key, id, tooltip and alignment."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if not 0 <= index.column() < len(self._columns):
            return None
        record = self._rows[index.row()]
        column = self._columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return column.display(record)
        if role == SORT_ROLE:
            return column.sort(record) if column.sort is not None else column.display(record)
        if role == ID_ROLE:
            return str(self._key(record))
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip:
            return column.display(record) or None
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Selectable, read-only cells."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )


def date_sort(value: date | None) -> int:
    """A sort key for an optional date (no date last)."""
    return _NO_VALUE_LAST if value is None else value.toordinal()


def sorted_proxy(
    model: QAbstractTableModel, parent: QObject | None = None
) -> QSortFilterProxyModel:
    """A proxy sorting `model` by its `SORT_ROLE`."""
    proxy = QSortFilterProxyModel(parent)
    proxy.setSortRole(SORT_ROLE)
    proxy.setSourceModel(model)
    return proxy
