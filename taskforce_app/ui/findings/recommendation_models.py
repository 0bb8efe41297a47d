"""Qt models of recommendations: a forløb's list, one recommendation's history, the tracker."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject

from taskforce_app.domain.enums import RecommendationStatus
from taskforce_app.domain.findings import RecommendationUpdateView, RecommendationView
from taskforce_app.ui.findings.finding_models import FilterProxy
from taskforce_app.ui.findings.prepared_table import Prepared, PreparedTableModel
from taskforce_app.ui.findings.view_table import ViewTableModel
from taskforce_app.ui.kit.labels import danish_sort_key, date_text, recommendation_status_label
from taskforce_app.ui.kit.palette_colours import BROWN, GREEN, GREY, LIGHT_BLUE, RED

OVERDUE_COLOUR = RED
STATUS_COLOURS = {
    RecommendationStatus.NOT_STARTED: GREY,
    RecommendationStatus.IN_PROGRESS: LIGHT_BLUE,
    RecommendationStatus.DONE: GREEN,
    RecommendationStatus.ABANDONED: BROWN,
}
_NO_DATE = 10**9


def days_label(due: date | None, today: date) -> str:
    """'12 days left', 'due today' or '5 days overdue'."""
    if due is None:
        return ""
    days = (due - today).days
    if days == 0:
        return QCoreApplication.translate("RecommendationTable", "due today")
    if days > 0:
        return QCoreApplication.translate("RecommendationTable", "%1 days left").replace(
            "%1", str(days)
        )
    return QCoreApplication.translate("RecommendationTable", "%1 days overdue").replace(
        "%1", str(-days)
    )


class RecommendationColumn(IntEnum):
    """The columns of a forløb's recommendations."""

    TEXT = 0
    OWNER = 1
    DUE = 2
    MILESTONE = 3
    STATUS = 4
    OVERDUE = 5


class RecommendationTableModel(ViewTableModel[RecommendationView]):
    """One row per `RecommendationView`; overdue ones in red."""

    def __init__(
        self, parent: QObject | None = None, *, today: Callable[[], date] = date.today
    ) -> None:
        super().__init__(parent)
        self._today = today

    def titles(self) -> Sequence[str]:
        """The translated column titles."""
        return (
            QCoreApplication.translate("RecommendationTable", "Recommendation"),
            QCoreApplication.translate("RecommendationTable", "Owner"),
            QCoreApplication.translate("RecommendationTable", "Due"),
            QCoreApplication.translate("RecommendationTable", "Milestone"),
            QCoreApplication.translate("RecommendationTable", "Status"),
            QCoreApplication.translate("RecommendationTable", "Overdue"),
        )

    def set_views(
        self, views: Sequence[RecommendationView], milestones: dict[uuid.UUID, str]
    ) -> None:
        """Replace every row; `milestones` names the forløb's milestones by id."""
        today = self._today()
        self._show(views, lambda _number, view: self._prepare(view, milestones, today))

    def _prepare(
        self, view: RecommendationView, milestones: dict[uuid.UUID, str], today: date
    ) -> Prepared:
        overdue = view.is_overdue(today)
        milestone = milestones.get(view.milestone_id, "") if view.milestone_id else ""
        late = days_label(view.due_on, today) if overdue else ""
        colours = {RecommendationColumn.STATUS: STATUS_COLOURS[view.status]}
        if overdue:
            colours |= {
                RecommendationColumn.DUE: OVERDUE_COLOUR,
                RecommendationColumn.OVERDUE: OVERDUE_COLOUR,
            }
        return Prepared(
            id=view.id,
            display=(
                " ".join(view.text.split()),
                view.owner,
                date_text(view.due_on),
                milestone,
                recommendation_status_label(view.status),
                late,
            ),
            sort=(
                danish_sort_key(view.text),
                danish_sort_key(view.owner),
                view.due_on.toordinal() if view.due_on else _NO_DATE,
                danish_sort_key(milestone),
                list(RecommendationStatus).index(view.status),
                (today - view.due_on).days if overdue and view.due_on else -_NO_DATE,
            ),
            keys=view,
            foreground=colours,
            tooltips={RecommendationColumn.TEXT: view.text},
        )


class HistoryColumn(IntEnum):
    """The columns of a recommendation's history."""

    WHEN = 0
    WHO = 1
    CHANGE = 2
    NOTE = 3


class HistoryTableModel(PreparedTableModel):
    """A recommendation's dated changes: when, who, from → to, note (oldest first)."""

    def titles(self) -> Sequence[str]:
        """The translated column titles."""
        return (
            QCoreApplication.translate("HistoryTable", "When"),
            QCoreApplication.translate("HistoryTable", "Who"),
            QCoreApplication.translate("HistoryTable", "From → to"),
            QCoreApplication.translate("HistoryTable", "Note"),
        )

    def set_views(self, history: Sequence[RecommendationUpdateView]) -> None:
        """Replace every row."""
        rows = []
        for number, update in enumerate(history):
            change = recommendation_status_label(update.new_status)
            if update.old_status is not None:
                change = f"{recommendation_status_label(update.old_status)} → {change}"
            when = update.occurred_at.astimezone().strftime("%d-%m-%Y %H:%M")
            rows.append(
                Prepared(
                    id=uuid.UUID(int=number),
                    display=(when, update.author, change, update.note),
                    sort=(
                        number,
                        danish_sort_key(update.author),
                        danish_sort_key(change),
                        danish_sort_key(update.note),
                    ),
                    keys=update,
                )
            )
        self._set_prepared(rows)


class TrackerColumn(IntEnum):
    """The columns of the cross-forløb follow-up."""

    MUNICIPALITY = 0
    TEXT = 1
    OWNER = 2
    DUE = 3
    DAYS = 4
    STATUS = 5
    FINDING = 6


@dataclass(frozen=True, slots=True)
class TrackerKeys:
    """What the tracker's filters compare."""

    municipality: str
    status: RecommendationStatus
    engagement_id: uuid.UUID
    overdue: bool
    search: str


class TrackerTableModel(ViewTableModel[RecommendationView]):
    """Every open recommendation across all forløb; the service's order (overdue first)."""

    def __init__(
        self, parent: QObject | None = None, *, today: Callable[[], date] = date.today
    ) -> None:
        super().__init__(parent)
        self._today = today

    def titles(self) -> Sequence[str]:
        """The translated column titles."""
        return (
            QCoreApplication.translate("TrackerTable", "Municipality"),
            QCoreApplication.translate("TrackerTable", "Recommendation"),
            QCoreApplication.translate("TrackerTable", "Owner"),
            QCoreApplication.translate("TrackerTable", "Due"),
            QCoreApplication.translate("TrackerTable", "Days left / overdue"),
            QCoreApplication.translate("TrackerTable", "Status"),
            QCoreApplication.translate("TrackerTable", "Finding"),
        )

    def set_views(self, views: Sequence[RecommendationView]) -> None:
        """Replace every row (keeps the order given: overdue first)."""
        today = self._today()
        self._show(views, lambda number, view: self._prepare(number, view, today))

    def municipalities(self) -> list[str]:
        """The municipalities with a row, in Danish order."""
        return sorted({v.municipality for v in self.views()}, key=danish_sort_key)

    def _prepare(self, number: int, view: RecommendationView, today: date) -> Prepared:
        overdue = view.is_overdue(today)
        display = (
            view.municipality,
            " ".join(view.text.split()),
            view.owner,
            date_text(view.due_on),
            days_label(view.due_on, today),
            recommendation_status_label(view.status),
            view.finding_title,
        )
        colours = {TrackerColumn.STATUS: STATUS_COLOURS[view.status]}
        if overdue:
            colours |= {column: OVERDUE_COLOUR for column in TrackerColumn}
        return Prepared(
            id=view.id,
            display=display,
            sort=(
                danish_sort_key(view.municipality),
                danish_sort_key(view.text),
                danish_sort_key(view.owner),
                view.due_on.toordinal() if view.due_on else _NO_DATE,
                number,
                list(RecommendationStatus).index(view.status),
                danish_sort_key(view.finding_title),
            ),
            keys=TrackerKeys(
                view.municipality,
                view.status,
                view.engagement_id,
                overdue,
                " ".join(display).casefold(),
            ),
            foreground=colours,
            tooltips={TrackerColumn.TEXT: view.text},
            right=frozenset({TrackerColumn.DAYS}),
        )


class TrackerFilterProxy(FilterProxy):
    """Filters the tracker by municipality and status, plus the search."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.municipality: str | None = None
        self.status: RecommendationStatus | None = None

    def set_municipality(self, name: str | None) -> None:
        """Show only one municipality's recommendations (None: all)."""
        self._set("municipality", name)

    def set_status(self, status: RecommendationStatus | None) -> None:
        """Show only recommendations with `status` (None: all)."""
        self._set("status", status)

    def accepts(self, keys: Any) -> bool:
        """Every active filter matches."""
        if not isinstance(keys, TrackerKeys):
            return False
        return (self.municipality is None or keys.municipality == self.municipality) and (
            self.status is None or keys.status is self.status
        )
