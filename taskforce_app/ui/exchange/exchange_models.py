"""Qt models of the exchange dialogs: forløb to export, counts per table, conflicts to decide."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    Qt,
)
from PySide6.QtGui import QFont

from taskforce_app.domain.engagements import EngagementSummary
from taskforce_app.domain.enums import Phase
from taskforce_app.domain.merge import DELETED_AT, FieldConflict, Side, TableCounts
from taskforce_app.ui.kit.cell_fonts import bold_font, italic_font
from taskforce_app.ui.kit.check_list_model import CheckableListModel
from taskforce_app.ui.kit.column_table import (
    FEATURE_ROLE,
    ID_ROLE,
    ColumnSpec,
    ColumnTableModel,
    Index,
    number_column,
)
from taskforce_app.ui.kit.labels import phase_label
from taskforce_app.ui.kit.palette_colours import (
    AMBER,
    GREEN,
    muted_cell_text,
)

CHOICE_ROLE = FEATURE_ROLE
"""The side chosen for a conflict ("ours", "theirs", None while undecided), on its whole row."""
KEY_ROLE = ID_ROLE
"""The conflict's key (`table/record id/field`), on every column of its row."""

VALUE_MAX = 80
"""Longer values are shortened in the cell; the tooltip holds the whole text."""

TABLE_ORDER = (
    "engagement",
    "phase_period",
    "municipal_contact",
    "team_member",
    "consultant",
    "application_round",
    "application",
    "milestone",
    "case_list_import",
    "case_record",
    "review_round",
    "sampled_case",
    "assessment",
    "finding",
    "finding_criterion",
    "finding_evidence",
    "recommendation",
    "recommendation_update",
    "review_note",
    "audit_event",
)


def table_label(table: str) -> str:
    """The translated name of an exchanged table (its code when unknown)."""
    labels = {
        "engagement": QCoreApplication.translate("ExchangeLabels", "Engagement"),
        "phase_period": QCoreApplication.translate("ExchangeLabels", "Phase period"),
        "municipal_contact": QCoreApplication.translate("ExchangeLabels", "Municipal contact"),
        "team_member": QCoreApplication.translate("ExchangeLabels", "Team member"),
        "consultant": QCoreApplication.translate("ExchangeLabels", "Consultant"),
        "application_round": QCoreApplication.translate("ExchangeLabels", "Application round"),
        "application": QCoreApplication.translate("ExchangeLabels", "Application"),
        "milestone": QCoreApplication.translate("ExchangeLabels", "Milestone"),
        "case_list_import": QCoreApplication.translate("ExchangeLabels", "Case list import"),
        "case_record": QCoreApplication.translate("ExchangeLabels", "Case"),
        "review_round": QCoreApplication.translate("ExchangeLabels", "Review round"),
        "sampled_case": QCoreApplication.translate("ExchangeLabels", "Sampled case"),
        "assessment": QCoreApplication.translate("ExchangeLabels", "Assessment"),
        "finding": QCoreApplication.translate("ExchangeLabels", "Finding"),
        "finding_criterion": QCoreApplication.translate("ExchangeLabels", "Finding criterion"),
        "finding_evidence": QCoreApplication.translate("ExchangeLabels", "Finding evidence"),
        "recommendation": QCoreApplication.translate("ExchangeLabels", "Recommendation"),
        "recommendation_update": QCoreApplication.translate(
            "ExchangeLabels", "Recommendation update"
        ),
        "review_note": QCoreApplication.translate("ExchangeLabels", "Review note"),
        "audit_event": QCoreApplication.translate("ExchangeLabels", "Change history"),
    }
    return labels.get(table, table)


def field_label(field: str) -> str:
    """The translated name of a field that may conflict (its code when unknown)."""
    labels = {
        "title": QCoreApplication.translate("ExchangeLabels", "Title"),
        "name": QCoreApplication.translate("ExchangeLabels", "Name"),
        "description": QCoreApplication.translate("ExchangeLabels", "Description"),
        "notes": QCoreApplication.translate("ExchangeLabels", "Notes"),
        "note": QCoreApplication.translate("ExchangeLabels", "Note"),
        "text": QCoreApplication.translate("ExchangeLabels", "Text"),
        "phase": QCoreApplication.translate("ExchangeLabels", "Phase"),
        "status": QCoreApplication.translate("ExchangeLabels", "Status"),
        "start_date": QCoreApplication.translate("ExchangeLabels", "Start date"),
        "planned_end_date": QCoreApplication.translate("ExchangeLabels", "Planned end"),
        "actual_end_date": QCoreApplication.translate("ExchangeLabels", "Actual end"),
        "planned_on": QCoreApplication.translate("ExchangeLabels", "Planned date"),
        "actual_on": QCoreApplication.translate("ExchangeLabels", "Actual date"),
        "due_on": QCoreApplication.translate("ExchangeLabels", "Due date"),
        "email": QCoreApplication.translate("ExchangeLabels", "Email"),
        "phone": QCoreApplication.translate("ExchangeLabels", "Phone"),
        "initials": QCoreApplication.translate("ExchangeLabels", "Initials"),
        "role": QCoreApplication.translate("ExchangeLabels", "Role"),
        "owner": QCoreApplication.translate("ExchangeLabels", "Owner"),
        "answer": QCoreApplication.translate("ExchangeLabels", "Answer"),
        "reason": QCoreApplication.translate("ExchangeLabels", "Reason"),
        "severity": QCoreApplication.translate("ExchangeLabels", "Severity"),
        "theme": QCoreApplication.translate("ExchangeLabels", "Theme"),
        "themes": QCoreApplication.translate("ExchangeLabels", "Themes"),
        "decision": QCoreApplication.translate("ExchangeLabels", "Decision"),
        "municipality_id": QCoreApplication.translate("ExchangeLabels", "Municipality"),
        DELETED_AT: QCoreApplication.translate("ExchangeLabels", "Deleted"),
    }
    return labels.get(field, field)


def timestamp_text(value: str) -> str:
    """An ISO timestamp (UTC) as local dd-mm-yyyy hh:mm; the text itself when not one."""
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return value
    if moment.tzinfo is not None:
        moment = moment.astimezone()
    return moment.strftime("%d-%m-%Y %H:%M")


def value_text(field: str, value: Any) -> str:
    """A field's value as the user reads it: dates dd-mm-yyyy, phases by name, none as a dash."""
    if field == DELETED_AT:
        if value is None:
            return QCoreApplication.translate("ExchangeLabels", "(not deleted)")
        return QCoreApplication.translate("ExchangeLabels", "Deleted %1").replace(
            "%1", timestamp_text(str(value))
        )
    if value is None or value == "":
        return "—"
    if isinstance(value, bool):
        return (
            QCoreApplication.translate("ExchangeLabels", "Yes")
            if value
            else QCoreApplication.translate("ExchangeLabels", "No")
        )
    if field == "phase" and isinstance(value, str):
        try:
            return phase_label(Phase(value))
        except ValueError:
            return value
    if isinstance(value, str):
        if len(value) == 10:
            try:
                return date.fromisoformat(value).strftime("%d-%m-%Y")
            except ValueError:
                return value
        if len(value) > 19 and value[10] == "T":
            return timestamp_text(value)
    return str(value)


def side_label(side: Side | None) -> str:
    """The choice as the conflict table shows it."""
    if side is Side.OURS:
        return QCoreApplication.translate("ConflictTableModel", "Keep ours")
    if side is Side.THEIRS:
        return QCoreApplication.translate("ConflictTableModel", "Take theirs")
    return QCoreApplication.translate("ConflictTableModel", "— choose —")


def _shorten(text: str) -> str:
    single = " ".join(text.split())
    return single if len(single) <= VALUE_MAX else single[: VALUE_MAX - 1] + "…"


@dataclass(frozen=True, slots=True)
class ConflictRow:
    """One conflict with its readable record label and the side chosen so far."""

    conflict: FieldConflict
    record: str
    choice: Side | None = None


def _kept(row: ConflictRow, ours: bool) -> bool | None:
    """Whether the value of one side is kept (None while undecided)."""
    return None if row.choice is None else (row.choice is Side.OURS) == ours


def _value_column(header: Callable[[], str], ours: bool) -> ColumnSpec[ConflictRow]:
    """One side's value: shortened, whole in the tooltip; kept bold on green, dropped muted."""

    def text(row: ConflictRow) -> str:
        conflict = row.conflict
        return value_text(conflict.field, conflict.ours if ours else conflict.theirs)

    return ColumnSpec(
        header,
        lambda row: _shorten(text(row)),
        tooltip=text,
        background=lambda row: GREEN if _kept(row, ours) else None,
        font=lambda row: bold_font() if _kept(row, ours) else None,
        roles={
            Qt.ItemDataRole.ForegroundRole: lambda row: (
                muted_cell_text() if _kept(row, ours) is False else None
            )
        },
    )


class ConflictTableModel(ColumnTableModel[ConflictRow]):
    """The conflicts side by side; the last column (Choice) is editable: ours or theirs."""

    RECORD, FIELD, OURS, THEIRS, CHOICE = range(5)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            [
                ColumnSpec(lambda: self.tr("Record"), lambda row: row.record, text_tooltip=True),
                ColumnSpec(
                    lambda: self.tr("Field"),
                    lambda row: field_label(row.conflict.field),
                    text_tooltip=True,
                ),
                _value_column(lambda: self.tr("Our value"), ours=True),
                _value_column(lambda: self.tr("Their value"), ours=False),
                ColumnSpec(
                    lambda: self.tr("Choice"),
                    lambda row: side_label(row.choice),
                    text_tooltip=True,
                    font=lambda row: italic_font() if row.choice is None else None,
                    edit_value=lambda row: None if row.choice is None else row.choice.value,
                    edit=self._edit_choice,
                    editable=lambda _row: not self._read_only,
                ),
            ],
            key=lambda row: row.conflict.key,
            parent=parent,
            row_roles={CHOICE_ROLE: lambda row: None if row.choice is None else row.choice.value},
        )
        self._read_only = False

    def set_conflicts(
        self, conflicts: Iterable[FieldConflict], labels: Mapping[str, str] | None = None
    ) -> None:
        """Show `conflicts`, undecided; `labels` names records by id (else table and short id)."""
        names = labels or {}
        self._read_only = False
        self.reset_rows(
            [ConflictRow(conflict, self._record_label(conflict, names)) for conflict in conflicts]
        )

    @staticmethod
    def _record_label(conflict: FieldConflict, names: Mapping[str, str]) -> str:
        table = table_label(conflict.table)
        name = names.get(conflict.record_id)
        if name:
            return f"{table}: {name}"
        return f"{table} {conflict.record_id[:8]}"

    @staticmethod
    def _edit_choice(row: ConflictRow, value: Any) -> ConflictRow | None:
        """The row with the side `value` names ("ours", "theirs", none); None refuses it."""
        if value is None or value == "":
            return replace(row, choice=None)
        try:
            return replace(row, choice=Side(str(value)))
        except ValueError:
            return None

    def set_read_only(self, read_only: bool) -> None:
        """Freeze the choices (after the merge)."""
        self._read_only = read_only
        if self.rowCount():
            self.dataChanged.emit(
                self.index(0, self.CHOICE), self.index(self.rowCount() - 1, self.CHOICE)
            )

    @property
    def conflicts(self) -> tuple[FieldConflict, ...]:
        """The conflicts shown."""
        return tuple(row.conflict for row in self.records())

    def choice(self, row: int) -> Side | None:
        """The side chosen for the conflict in `row` (None while undecided)."""
        return self.record_at(row).choice

    def decisions(self) -> dict[str, Side]:
        """The decided conflicts by key, as `ExchangeService.merge(resolve=…)` takes them."""
        return {row.conflict.key: row.choice for row in self.records() if row.choice is not None}

    def undecided(self) -> int:
        """How many conflicts have no choice yet."""
        return sum(1 for row in self.records() if row.choice is None)

    def choose(self, row: int, side: Side | None) -> None:
        """Set the choice of one conflict."""
        if self._read_only or not 0 <= row < self.rowCount():
            return
        current = self.record_at(row)
        if current.choice is not side:
            self.replace_record(row, replace(current, choice=side))

    def toggle(self, row: int) -> None:
        """Switch between keep ours and take theirs (an undecided conflict becomes ours)."""
        if 0 <= row < self.rowCount():
            side = Side.THEIRS if self.record_at(row).choice is Side.OURS else Side.OURS
            self.choose(row, side)

    def choose_all(self, side: Side) -> None:
        """The same choice for every conflict."""
        if not self._read_only:
            self.set_rows([replace(row, choice=side) for row in self.records()])

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Choose a side: "ours", "theirs" (or a `Side`), or None for undecided."""
        if role == CHOICE_ROLE:
            role = Qt.ItemDataRole.EditRole
        return super().setData(index, value, role)


@dataclass(frozen=True)
class CountsRow:
    """One row of a counts table: a table's counts, or the total (`table` empty)."""

    table: str
    counts: TableCounts

    @property
    def is_total(self) -> bool:
        """Whether this is the total row."""
        return not self.table


def _bold_total(row: CountsRow) -> QFont | None:
    return bold_font() if row.is_total else None


def _ordered(names: Iterable[str]) -> list[str]:
    order = {name: position for position, name in enumerate(TABLE_ORDER)}
    return sorted(names, key=lambda name: (order.get(name, len(order)), name))


class PackageCountsModel(ColumnTableModel[CountsRow]):
    """Per table: records new, changed, deleted and with conflicts, with a total row."""

    TABLE, NEW, CHANGED, DELETED, CONFLICTS = range(5)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            [
                ColumnSpec(lambda: self.tr("Table"), self._name, font=_bold_total),
                self._number(lambda: self.tr("New"), lambda c: c.new),
                self._number(lambda: self.tr("Changed"), lambda c: c.changed),
                self._number(lambda: self.tr("Deleted"), lambda c: c.deleted),
                self._number(
                    lambda: self.tr("Conflicts"),
                    lambda c: c.conflicts,
                    header_tooltip=lambda: self.tr(
                        "Records with at least one field changed differently on both sides"
                    ),
                    foreground=lambda row: AMBER if row.counts.conflicts else None,
                ),
            ],
            key=lambda row: row.table,
            parent=parent,
        )
        self._total = TableCounts()

    def _name(self, row: CountsRow) -> str:
        return self.tr("Total") if row.is_total else table_label(row.table)

    @staticmethod
    def _number(
        header: Callable[[], str],
        value: Callable[[TableCounts], int],
        **more: Any,
    ) -> ColumnSpec[CountsRow]:
        return number_column(header, lambda row: value(row.counts), font=_bold_total, **more)

    def set_counts(self, counts: Mapping[str, TableCounts]) -> None:
        """Show the counts (tables with nothing to do are left out)."""
        names = _ordered(name for name, one in counts.items() if one != TableCounts())
        rows = [CountsRow(name, counts[name]) for name in names]
        self._total = sum((row.counts for row in rows), TableCounts())
        self.reset_rows([*rows, CountsRow("", self._total)] if rows else [])

    @property
    def total(self) -> TableCounts:
        """The sum over the tables shown."""
        return self._total

    def counts(self, table: str) -> TableCounts:
        """The counts of one table (zero when not shown)."""
        row = self.row_of(table) if table else None
        return TableCounts() if row is None else self.record_at(row).counts


class RecordCountsModel(ColumnTableModel[CountsRow]):
    """Records per table written to a package, with a total row (the count held as `new`)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            [
                ColumnSpec(
                    lambda: self.tr("Table"),
                    lambda row: self.tr("Total") if row.is_total else table_label(row.table),
                    font=_bold_total,
                ),
                number_column(
                    lambda: self.tr("Records"), lambda row: row.counts.new, font=_bold_total
                ),
            ],
            key=lambda row: row.table,
            parent=parent,
        )

    def set_counts(self, counts: Mapping[str, int]) -> None:
        """Show the tables that hold records."""
        rows = [
            CountsRow(name, TableCounts(new=counts[name]))
            for name in _ordered(name for name, count in counts.items() if count)
        ]
        total = CountsRow("", TableCounts(new=sum(row.counts.new for row in rows)))
        self.reset_rows([*rows, total] if rows else [])


def engagement_text(summary: EngagementSummary) -> str:
    """A forløb as the export list names it: municipality – title (phase)."""
    return f"{summary.municipality_name} – {summary.title} ({phase_label(summary.phase)})"


class EngagementChoiceModel(CheckableListModel[EngagementSummary]):
    """The forløb to put in a package, each with a check box."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(lambda row: row.id, engagement_text, parent)

    def set_engagements(
        self, summaries: Sequence[EngagementSummary], checked: Collection[uuid.UUID] = ()
    ) -> None:
        """Show `summaries`; those in `checked` are ticked."""
        self.set_items(summaries, checked)

    def checked(self) -> list[EngagementSummary]:
        """The ticked forløb, in list order."""
        return self.checked_items()
