"""Qt model of Mine frister: a consultant's milestones and recommendations by due date."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from enum import IntEnum

from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    QSortFilterProxyModel,
)
from PySide6.QtGui import QColor

from taskforce_app.domain.overview import Deadline, DeadlineKind
from taskforce_app.ui.kit.cell_fonts import bold_font
from taskforce_app.ui.kit.column_table import (
    FEATURE_ROLE,
    ID_ROLE,
    SORT_ROLE,
    ColumnSpec,
    ColumnTableModel,
    Index,
    text_column,
)
from taskforce_app.ui.kit.labels import danish_sort_key, date_text
from taskforce_app.ui.kit.palette_colours import RED

OVERDUE_ROLE = FEATURE_ROLE

OVERDUE_COLOUR = RED


class DeadlineColumn(IntEnum):
    """The columns of the deadlines table, in order."""

    DUE = 0
    DAYS_LEFT = 1
    KIND = 2
    MUNICIPALITY = 3
    TITLE = 4


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
class _Row:
    number: int
    """The place in the service's order (overdue first, then by date)."""
    deadline: Deadline


def _overdue_colour(row: _Row) -> QColor | None:
    return OVERDUE_COLOUR if row.deadline.overdue else None


def deadline_columns() -> list[ColumnSpec[_Row]]:
    """The columns of the deadlines table; overdue rows in red, their days left in bold."""
    bold = bold_font()
    return [
        ColumnSpec(
            lambda: QCoreApplication.translate("DeadlineTable", "Due"),
            lambda r: date_text(r.deadline.due_on),
            lambda r: r.number,
            foreground=_overdue_colour,
        ),
        ColumnSpec(
            lambda: QCoreApplication.translate("DeadlineTable", "Days left"),
            lambda r: days_left_text(r.deadline.days_left),
            lambda r: r.deadline.days_left * 1000 + r.number,
            foreground=_overdue_colour,
            font=lambda r: bold if r.deadline.overdue else None,
        ),
        text_column(
            lambda: QCoreApplication.translate("DeadlineTable", "Kind"),
            lambda r: kind_label(r.deadline.kind),
            foreground=_overdue_colour,
        ),
        text_column(
            lambda: QCoreApplication.translate("DeadlineTable", "Engagement"),
            lambda r: r.deadline.municipality_name,
            foreground=_overdue_colour,
        ),
        ColumnSpec(
            lambda: QCoreApplication.translate("DeadlineTable", "Title"),
            lambda r: r.deadline.title,
            lambda r: danish_sort_key(r.deadline.title) + f"{r.deadline.due_on.toordinal():08d}",
            foreground=_overdue_colour,
            tooltip=lambda r: r.deadline.title,
        ),
    ]


class DeadlineTableModel(ColumnTableModel[_Row]):
    """One row per `Deadline`, in the service's order (overdue first, then by date)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            deadline_columns(),
            key=lambda r: r.deadline.engagement_id,
            parent=parent,
            row_roles={OVERDUE_ROLE: lambda r: r.deadline.overdue},
        )

    def set_deadlines(self, deadlines: Sequence[Deadline]) -> None:
        """Replace every row."""
        self.reset_rows([_Row(number, item) for number, item in enumerate(deadlines)])

    def deadlines(self) -> list[Deadline]:
        """The rows, in model order."""
        return [row.deadline for row in self.records()]


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
