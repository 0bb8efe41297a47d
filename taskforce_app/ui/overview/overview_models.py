"""Qt models of the Overblik page: every forløb with its health, and the filters over them."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import IntEnum

from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor, QIcon

from taskforce_app.domain.engagements import PLANNED_MONTHS
from taskforce_app.domain.enums import Health, Phase, Region
from taskforce_app.domain.health import HealthRule
from taskforce_app.domain.overview import OverviewRow
from taskforce_app.ui.kit.column_table import (
    FEATURE_ROLE,
    FILTER_ROLE,
    ID_ROLE,
    NO_VALUE_LAST,
    RIGHT,
    SEARCH_ROLE,
    SORT_ROLE,
    ColumnSpec,
    ColumnTableModel,
    Index,
)
from taskforce_app.ui.kit.dot_icons import dot_icon
from taskforce_app.ui.kit.health_labels import health_label
from taskforce_app.ui.kit.labels import danish_sort_key, date_text, phase_label, region_label
from taskforce_app.ui.kit.palette_colours import GREEN, RED, YELLOW

HEALTH_ROLE = FEATURE_ROLE

HEALTH_COLOURS = {
    Health.ON_TRACK: GREEN,
    Health.AT_RISK: YELLOW,
    Health.LATE: RED,
}
OVERDUE_COLOUR = RED
_HEALTH_SORT = {Health.LATE: 0, Health.AT_RISK: 1, Health.ON_TRACK: 2}


class OverviewColumn(IntEnum):
    """The columns of the Overblik table, in order."""

    MUNICIPALITY = 0
    REGION = 1
    PHASE = 2
    MONTH = 3
    NEXT_MILESTONE = 4
    DUE = 5
    OVERDUE = 6
    HEALTH = 7
    TEAM = 8


def health_rule_lines(rule: HealthRule) -> list[str]:
    """The health rule in words, one line per health value, built from the rule's numbers."""

    late = (
        QCoreApplication.translate(
            "HealthRule",
            "a milestone is more than %1 days past its date, or %2 or more are past their dates.",
        )
        .replace("%1", str(rule.late_after_days))
        .replace("%2", str(rule.late_when_overdue_count))
    )
    at_risk = (
        QCoreApplication.translate(
            "HealthRule",
            "a milestone is past its date, or %1 or more fall due within the next %2 days.",
        )
        .replace("%1", str(rule.at_risk_due_count))
        .replace("%2", str(rule.soon_days))
    )
    otherwise = QCoreApplication.translate("HealthRule", "otherwise.")
    return [
        f"{health_label(Health.LATE)}: {late}",
        f"{health_label(Health.AT_RISK)}: {at_risk}",
        f"{health_label(Health.ON_TRACK)}: {otherwise}",
    ]


def health_reason(row: OverviewRow, rule: HealthRule) -> str:
    """Why a forløb has its health, in words (the table's tooltip)."""

    overdue = row.overdue
    if row.health is Health.LATE:
        if overdue >= rule.late_when_overdue_count:
            reason = (
                QCoreApplication.translate(
                    "HealthRule", "%1 open milestones are past their dates (%2 or more means late)."
                )
                .replace("%1", str(overdue))
                .replace("%2", str(rule.late_when_overdue_count))
            )
        else:
            reason = QCoreApplication.translate(
                "HealthRule", "An open milestone is more than %1 days past its date."
            ).replace("%1", str(rule.late_after_days))
    elif row.health is Health.AT_RISK:
        if overdue:
            reason = QCoreApplication.translate("HealthRule", "An open milestone is past its date.")
        else:
            reason = (
                QCoreApplication.translate(
                    "HealthRule", "%1 or more open milestones fall due within the next %2 days."
                )
                .replace("%1", str(rule.at_risk_due_count))
                .replace("%2", str(rule.soon_days))
            )
    else:
        reason = QCoreApplication.translate("HealthRule", "No open milestone is past its date.")
    return f"{health_label(row.health)}: {reason}"


def health_icon(health: Health) -> QIcon:
    """A coloured dot for a health value."""
    return dot_icon(HEALTH_COLOURS[health])


@dataclass(frozen=True, slots=True)
class FilterKeys:
    """What the filters compare, precomputed once per row."""

    region: Region
    phase: Phase
    health: Health
    team: frozenset[str]
    search: str


@dataclass(frozen=True, slots=True)
class _Prepared:
    row: OverviewRow
    display: tuple[str, ...]
    sort: tuple[str | int, ...]
    keys: FilterKeys
    tooltip: str


def _prepared_column(
    column: OverviewColumn,
    header: Callable[[], str],
    *,
    align: Qt.AlignmentFlag | None = None,
    header_tooltip: Callable[[], str | None] | None = None,
    tooltip: Callable[[_Prepared], str | None] | None = None,
    foreground: Callable[[_Prepared], QColor | None] | None = None,
    decoration: Callable[[_Prepared], QIcon | None] | None = None,
) -> ColumnSpec[_Prepared]:
    return ColumnSpec(
        header,
        lambda item: item.display[column],
        lambda item: item.sort[column],
        align=align,
        header_tooltip=header_tooltip,
        tooltip=tooltip,
        foreground=foreground,
        decoration=decoration,
    )


class OverviewTableModel(ColumnTableModel[_Prepared]):
    """One row per `OverviewRow`; every text and key is computed once when rows are set."""

    def __init__(self, parent: QObject | None = None, *, rule: HealthRule | None = None) -> None:
        super().__init__(
            self._overview_columns(),
            key=lambda item: item.row.id,
            parent=parent,
            row_roles={
                FILTER_ROLE: lambda item: item.keys,
                SEARCH_ROLE: lambda item: item.keys.search,
                HEALTH_ROLE: lambda item: item.row.health.value,
            },
        )
        self._rule = rule or HealthRule()

    def _overview_columns(self) -> list[ColumnSpec[_Prepared]]:
        return [
            _prepared_column(
                OverviewColumn.MUNICIPALITY,
                lambda: QCoreApplication.translate("OverviewTable", "Municipality"),
            ),
            _prepared_column(
                OverviewColumn.REGION, lambda: QCoreApplication.translate("OverviewTable", "Region")
            ),
            _prepared_column(
                OverviewColumn.PHASE, lambda: QCoreApplication.translate("OverviewTable", "Phase")
            ),
            _prepared_column(
                OverviewColumn.MONTH,
                lambda: QCoreApplication.translate("OverviewTable", "Month"),
                align=RIGHT,
                header_tooltip=lambda: QCoreApplication.translate(
                    "OverviewTable", "Month of the 24-month plan today, counted from the start date"
                ),
            ),
            _prepared_column(
                OverviewColumn.NEXT_MILESTONE,
                lambda: QCoreApplication.translate("OverviewTable", "Next milestone"),
                tooltip=lambda item: item.row.next_milestone or None,
            ),
            _prepared_column(
                OverviewColumn.DUE, lambda: QCoreApplication.translate("OverviewTable", "Date")
            ),
            _prepared_column(
                OverviewColumn.OVERDUE,
                lambda: QCoreApplication.translate("OverviewTable", "Overdue"),
                align=RIGHT,
                header_tooltip=lambda: QCoreApplication.translate(
                    "OverviewTable", "Open milestones past their planned date"
                ),
                foreground=lambda item: OVERDUE_COLOUR if item.row.overdue else None,
            ),
            _prepared_column(
                OverviewColumn.HEALTH,
                lambda: QCoreApplication.translate("OverviewTable", "Health"),
                header_tooltip=lambda: "\n".join(health_rule_lines(self._rule)),
                tooltip=lambda item: item.tooltip,
                decoration=lambda item: health_icon(item.row.health),
            ),
            _prepared_column(
                OverviewColumn.TEAM, lambda: QCoreApplication.translate("OverviewTable", "Team")
            ),
        ]

    def set_overview(self, rows: Sequence[OverviewRow], rule: HealthRule | None = None) -> None:
        """Replace every row (and the health rule the tooltips explain)."""
        if rule is not None:
            self._rule = rule
        self.reset_rows([self._prepare(row) for row in rows])

    def sort_key(self, row: int, column: int) -> str | int:
        """The precomputed sort key of one cell (what `SORT_ROLE` returns)."""
        return self.record_at(row).sort[column]

    def overview_rows(self) -> list[OverviewRow]:
        """The rows, in model order."""
        return [item.row for item in self.records()]

    def _prepare(self, row: OverviewRow) -> _Prepared:
        month = "" if row.month_of_plan is None else f"{row.month_of_plan}/{PLANNED_MONTHS}"
        team = ", ".join(row.team_initials)
        display = (
            f"{row.municipality_name} ({row.municipality_code})",
            region_label(row.region),
            phase_label(row.phase),
            month,
            row.next_milestone,
            date_text(row.next_milestone_on),
            str(row.overdue) if row.overdue else "",
            health_label(row.health),
            team,
        )
        sort: tuple[str | int, ...] = (
            danish_sort_key(row.municipality_name),
            danish_sort_key(display[1]),
            row.phase.order,
            NO_VALUE_LAST if row.month_of_plan is None else row.month_of_plan,
            danish_sort_key(row.next_milestone) if row.next_milestone else "\uffff",
            NO_VALUE_LAST if row.next_milestone_on is None else row.next_milestone_on.toordinal(),
            row.overdue,
            _HEALTH_SORT[row.health],
            danish_sort_key(team),
        )
        search = " ".join((row.title, *display[:6], display[7], team, row.region.value)).casefold()
        keys = FilterKeys(
            region=row.region,
            phase=row.phase,
            health=row.health,
            team=frozenset(initials.casefold() for initials in row.team_initials),
            search=search,
        )
        return _Prepared(row, display, sort, keys, health_reason(row, self._rule))


class OverviewFilterProxy(QSortFilterProxyModel):
    """Filters by region, consultant, phase and health, and a search over precomputed keys."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._region: Region | None = None
        self._consultant: str | None = None
        self._phase: Phase | None = None
        self._health: Health | None = None
        self._words: tuple[str, ...] = ()
        self.setSortRole(SORT_ROLE)

    @property
    def region(self) -> Region | None:
        """The region shown, None for all."""
        return self._region

    @property
    def consultant(self) -> str | None:
        """The initials of the consultant whose forløb are shown, None for all."""
        return self._consultant

    @property
    def phase(self) -> Phase | None:
        """The phase shown, None for all."""
        return self._phase

    @property
    def health(self) -> Health | None:
        """The health shown, None for all."""
        return self._health

    @property
    def search(self) -> str:
        """The current search words, joined by spaces."""
        return " ".join(self._words)

    def set_region(self, region: Region | None) -> None:
        """Show only forløb in `region` (None: all)."""
        if region != self._region:
            self._change(lambda: setattr(self, "_region", region))

    def set_consultant(self, initials: str | None) -> None:
        """Show only forløb whose team includes `initials` (None or empty: all)."""
        value = initials.strip().casefold() if initials else None
        if value != self._consultant:
            self._change(lambda: setattr(self, "_consultant", value or None))

    def set_phase(self, phase: Phase | None) -> None:
        """Show only forløb in `phase` (None: all)."""
        if phase != self._phase:
            self._change(lambda: setattr(self, "_phase", phase))

    def set_health(self, health: Health | None) -> None:
        """Show only forløb with `health` (None: all)."""
        if health != self._health:
            self._change(lambda: setattr(self, "_health", health))

    def set_search(self, text: str) -> None:
        """Show only rows matching every word of `text` (case-insensitive)."""
        words = tuple(text.casefold().split())
        if words != self._words:
            self._change(lambda: setattr(self, "_words", words))

    def clear_filters(self) -> None:
        """Show every forløb."""

        def reset() -> None:
            self._region = self._consultant = self._phase = self._health = None
            self._words = ()

        self._change(reset)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        """True when the row passes every active filter."""
        model = self.sourceModel()
        keys = model.data(model.index(source_row, 0, source_parent), FILTER_ROLE)
        if not isinstance(keys, FilterKeys):
            return False
        if self._region is not None and keys.region is not self._region:
            return False
        if self._phase is not None and keys.phase is not self._phase:
            return False
        if self._health is not None and keys.health is not self._health:
            return False
        if self._consultant is not None and self._consultant not in keys.team:
            return False
        return all(word in keys.search for word in self._words)

    def lessThan(self, source_left: Index, source_right: Index) -> bool:
        """Compare the precomputed sort keys straight from the source model: the same order
        as comparing `SORT_ROLE`, without two `data()` calls per comparison."""
        model = self.sourceModel()
        if not isinstance(model, OverviewTableModel):
            return super().lessThan(source_left, source_right)
        column = source_left.column()
        left = model.sort_key(source_left.row(), column)
        right = model.sort_key(source_right.row(), column)
        return left < right  # type: ignore[operator]

    def engagement_id(self, index: Index) -> uuid.UUID | None:
        """The id of the forløb shown at a proxy index."""
        if not index.isValid():
            return None
        value = self.data(self.index(index.row(), 0), ID_ROLE)
        return uuid.UUID(value) if isinstance(value, str) else None

    def _change(self, apply: Callable[[], None]) -> None:
        self.beginFilterChange()
        apply()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
