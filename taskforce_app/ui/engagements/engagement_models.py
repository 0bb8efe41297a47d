"""Qt models over the forløb read models: the table, its search/sort proxy, counts per phase."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date
from enum import IntEnum

from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    QSortFilterProxyModel,
    Qt,
)

from taskforce_app.domain.engagements import PLANNED_MONTHS, EngagementSummary
from taskforce_app.ui.kit.column_table import (
    ID_ROLE,
    NO_VALUE_LAST,
    RIGHT,
    SEARCH_ROLE,
    SORT_ROLE,
    ColumnSpec,
    ColumnTableModel,
    Index,
    date_column,
    text_column,
)
from taskforce_app.ui.kit.labels import danish_sort_key, phase_label, region_label


class EngagementColumn(IntEnum):
    """The columns of the forløb table, in order."""

    MUNICIPALITY = 0
    REGION = 1
    PHASE = 2
    START = 3
    MONTH = 4
    TEAM = 5
    TITLE = 6


def _month(today: Callable[[], date]) -> Callable[[EngagementSummary], int | None]:
    return lambda summary: summary.month_of_plan(today())


def engagement_columns(today: Callable[[], date]) -> list[ColumnSpec[EngagementSummary]]:
    """The columns of the forløb table; `today` dates the month of the plan."""
    month = _month(today)
    return [
        ColumnSpec(
            lambda: QCoreApplication.translate("EngagementTable", "Municipality"),
            lambda s: f"{s.municipality_name} ({s.municipality_code})",
            lambda s: danish_sort_key(s.municipality_name),
        ),
        text_column(
            lambda: QCoreApplication.translate("EngagementTable", "Region"),
            lambda s: region_label(s.region),
        ),
        ColumnSpec(
            lambda: QCoreApplication.translate("EngagementTable", "Phase"),
            lambda s: phase_label(s.phase),
            lambda s: s.phase.order,
        ),
        date_column(
            lambda: QCoreApplication.translate("EngagementTable", "Start"), lambda s: s.start_date
        ),
        ColumnSpec(
            lambda: QCoreApplication.translate("EngagementTable", "Month"),
            lambda s: "" if (m := month(s)) is None else f"{m}/{PLANNED_MONTHS}",
            lambda s: NO_VALUE_LAST if (m := month(s)) is None else m,
            align=RIGHT,
            header_tooltip=lambda: QCoreApplication.translate(
                "EngagementTable", "Month of the 24-month plan today, counted from the start date"
            ),
        ),
        text_column(
            lambda: QCoreApplication.translate("EngagementTable", "Team"), lambda s: s.team
        ),
        text_column(
            lambda: QCoreApplication.translate("EngagementTable", "Title"),
            lambda s: s.title,
            text_tooltip=True,
        ),
    ]


class EngagementTableModel(ColumnTableModel[EngagementSummary]):
    """The forløb list: one row per `EngagementSummary` (frozen read models, never ORM rows)."""

    def __init__(
        self, parent: QObject | None = None, *, today: Callable[[], date] = date.today
    ) -> None:
        super().__init__(
            engagement_columns(today),
            key=lambda summary: summary.id,
            parent=parent,
            row_roles={SEARCH_ROLE: search_text},
        )

    def summaries(self) -> list[EngagementSummary]:
        """The rows, in model order."""
        return self.records()

    def summary_at(self, row: int) -> EngagementSummary:
        """The read model of one row."""
        return self.record_at(row)


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
