"""Qt model of Mine frister: a consultant's milestones and recommendations by due date."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from taskforce_app.domain.overview import Deadline, DeadlineKind
from taskforce_app.ui.kit.labels import danish_sort_key, date_text

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
OVERDUE_ROLE = Qt.ItemDataRole.UserRole + 3

OVERDUE_COLOUR = QColor("#c62828")

Index = QModelIndex | QPersistentModelIndex


class DeadlineColumn(IntEnum):
    """The columns of the deadlines table, in order."""

    DUE = 0
    DAYS_LEFT = 1
    KIND = 2
    MUNICIPALITY = 3
    TITLE = 4


def column_title(column: DeadlineColumn) -> str:
    """The translated header of a column."""
    titles = {
        DeadlineColumn.DUE: QCoreApplication.translate("DeadlineTable", "Due"),
        DeadlineColumn.DAYS_LEFT: QCoreApplication.translate("DeadlineTable", "Days left"),
        DeadlineColumn.KIND: QCoreApplication.translate("DeadlineTable", "Kind"),
        DeadlineColumn.MUNICIPALITY: QCoreApplication.translate("DeadlineTable", "Engagement"),
        DeadlineColumn.TITLE: QCoreApplication.translate("DeadlineTable", "Title"),
    }
    return titles[column]


def kind_label(kind: DeadlineKind) -> str:
    """The translated name of a deadline's kind."""
    if kind is DeadlineKind.MILESTONE:
        return QCoreApplication.translate("DeadlineTable", "Milestone")
    return QCoreApplication.translate("DeadlineTable", "Recommendation")


def days_left_text(days: int) -> str:
    """ "in 3 days", "today", "5 days overdue"."""
    if days == 0:
        return QCoreApplication.translate("DeadlineTable", "today")
    if days < 0:
        return QCoreApplication.translate("DeadlineTable", "%1 days overdue").replace(
            "%1", str(-days)
        )
    return QCoreApplication.translate("DeadlineTable", "in %1 days").replace("%1", str(days))


@dataclass(frozen=True, slots=True)
class _Prepared:
    deadline: Deadline
    display: tuple[str, ...]
    sort: tuple[str | int, ...]


class DeadlineTableModel(QAbstractTableModel):
    """One row per `Deadline`, in the service's order (overdue first, then by date)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[_Prepared] = []
        self._red = QBrush(OVERDUE_COLOUR)
        self._bold = QFont()
        self._bold.setBold(True)

    def set_deadlines(self, deadlines: Sequence[Deadline]) -> None:
        """Replace every row."""
        prepared = [self._prepare(number, item) for number, item in enumerate(deadlines)]
        self.beginResetModel()
        self._rows = prepared
        self.endResetModel()

    def deadlines(self) -> list[Deadline]:
        """The rows, in model order."""
        return [item.deadline for item in self._rows]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Number of deadlines."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Number of columns."""
        return 0 if parent.isValid() else len(DeadlineColumn)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        """Translated column titles."""
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(DeadlineColumn):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return column_title(DeadlineColumn(section))
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Texts, sort keys, the forløb id; overdue rows in red."""
        row = index.row()
        if not index.isValid() or not 0 <= row < len(self._rows):
            return None
        column = index.column()
        if not 0 <= column < len(DeadlineColumn):
            return None
        item = self._rows[row]
        if role == Qt.ItemDataRole.DisplayRole:
            return item.display[column]
        if role == SORT_ROLE:
            return item.sort[column]
        if role == ID_ROLE:
            return str(item.deadline.engagement_id)
        if role == OVERDUE_ROLE:
            return item.deadline.overdue
        if role == Qt.ItemDataRole.ForegroundRole and item.deadline.overdue:
            return self._red
        if (
            role == Qt.ItemDataRole.FontRole
            and item.deadline.overdue
            and column == DeadlineColumn.DAYS_LEFT
        ):
            return self._bold
        if role == Qt.ItemDataRole.ToolTipRole and column == DeadlineColumn.TITLE:
            return item.deadline.title
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Rows are selectable, never editable."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    @staticmethod
    def _prepare(number: int, deadline: Deadline) -> _Prepared:
        display = (
            date_text(deadline.due_on),
            days_left_text(deadline.days_left),
            kind_label(deadline.kind),
            deadline.municipality_name,
            deadline.title,
        )
        due = deadline.due_on.toordinal()
        sort: tuple[str | int, ...] = (
            number,
            deadline.days_left * 1000 + number,
            danish_sort_key(display[2]),
            danish_sort_key(deadline.municipality_name),
            danish_sort_key(deadline.title) + f"{due:08d}",
        )
        return _Prepared(deadline, display, sort)


class DeadlineSortProxy(QSortFilterProxyModel):
    """Sorting by the model's sort keys (the service's order on the Due column)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)

    def engagement_id(self, index: Index) -> uuid.UUID | None:
        """The forløb of the deadline at a proxy index."""
        if not index.isValid():
            return None
        value = self.data(self.index(index.row(), 0), ID_ROLE)
        return uuid.UUID(value) if isinstance(value, str) else None
