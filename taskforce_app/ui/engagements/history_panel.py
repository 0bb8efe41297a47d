"""The Historik tab of a forløb: every change to it and its plan, team and recommendations."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from taskforce_app.bootstrap import AppContext
from taskforce_app.domain.enums import (
    AuditAction,
    ConsultantRole,
    MilestoneStatus,
    Phase,
    RecommendationStatus,
)
from taskforce_app.domain.errors import UserError
from taskforce_app.domain.history import SWITCH_FIELD, HistoryEntry
from taskforce_app.ui.engagements.milestone_models import status_label as milestone_status_label
from taskforce_app.ui.engagements.team_panel import _EngagementTab, role_label
from taskforce_app.ui.kit.column_table import ColumnSpec, ColumnTableModel
from taskforce_app.ui.kit.labels import date_text, phase_label, recommendation_status_label
from taskforce_app.ui.kit.prompts import Prompts
from taskforce_app.ui.kit.undo import UndoController


def action_label(action: AuditAction) -> str:
    """The action in the UI language."""
    return {
        AuditAction.INSERT: QCoreApplication.translate("HistoryPanel", "Created"),
        AuditAction.UPDATE: QCoreApplication.translate("HistoryPanel", "Changed"),
        AuditAction.DELETE: QCoreApplication.translate("HistoryPanel", "Deleted"),
        AuditAction.RESTORE: QCoreApplication.translate("HistoryPanel", "Restored"),
    }[action]


def table_label(table: str) -> str:
    """What kind of record a table holds, in the UI language."""
    labels = {
        "engagement": QCoreApplication.translate("HistoryPanel", "Engagement"),
        "milestone": QCoreApplication.translate("HistoryPanel", "Milestone"),
        "team_member": QCoreApplication.translate("HistoryPanel", "Team"),
        "municipal_contact": QCoreApplication.translate("HistoryPanel", "Contact"),
        "phase_period": QCoreApplication.translate("HistoryPanel", "Phase"),
        "recommendation": QCoreApplication.translate("HistoryPanel", "Recommendation"),
        "consultant": QCoreApplication.translate("HistoryPanel", "Consultant"),
    }
    return labels.get(table, table)


def field_label(field: str) -> str:
    """A stored field's name in the UI language (lower case, as it reads inside a sentence)."""
    labels = {
        "title": QCoreApplication.translate("HistoryPanel", "title"),
        "municipality_id": QCoreApplication.translate("HistoryPanel", "municipality"),
        "application_id": QCoreApplication.translate("HistoryPanel", "application"),
        "phase": QCoreApplication.translate("HistoryPanel", "phase"),
        "start_date": QCoreApplication.translate("HistoryPanel", "start date"),
        "planned_end_date": QCoreApplication.translate("HistoryPanel", "planned end"),
        "actual_end_date": QCoreApplication.translate("HistoryPanel", "actual end"),
        "themes": QCoreApplication.translate("HistoryPanel", "themes"),
        "description": QCoreApplication.translate("HistoryPanel", "description"),
        "notes": QCoreApplication.translate("HistoryPanel", "notes"),
        "note": QCoreApplication.translate("HistoryPanel", "note"),
        "planned_on": QCoreApplication.translate("HistoryPanel", "planned date"),
        "actual_on": QCoreApplication.translate("HistoryPanel", "actual date"),
        "responsible_id": QCoreApplication.translate("HistoryPanel", "responsible"),
        "status": QCoreApplication.translate("HistoryPanel", "status"),
        "sort_order": QCoreApplication.translate("HistoryPanel", "order"),
        "consultant_id": QCoreApplication.translate("HistoryPanel", "consultant"),
        "role": QCoreApplication.translate("HistoryPanel", "role"),
        "joined_on": QCoreApplication.translate("HistoryPanel", "joined"),
        "left_on": QCoreApplication.translate("HistoryPanel", "left"),
        "name": QCoreApplication.translate("HistoryPanel", "name"),
        "email": QCoreApplication.translate("HistoryPanel", "e-mail"),
        "phone": QCoreApplication.translate("HistoryPanel", "phone"),
        "started_on": QCoreApplication.translate("HistoryPanel", "started"),
        "ended_on": QCoreApplication.translate("HistoryPanel", "ended"),
        "finding_id": QCoreApplication.translate("HistoryPanel", "finding"),
        "milestone_id": QCoreApplication.translate("HistoryPanel", "milestone"),
        "text": QCoreApplication.translate("HistoryPanel", "text"),
        "owner": QCoreApplication.translate("HistoryPanel", "owner"),
        "due_on": QCoreApplication.translate("HistoryPanel", "due date"),
        SWITCH_FIELD: QCoreApplication.translate("HistoryPanel", "user switched to"),
    }
    return labels.get(field, field.replace("_", " "))


def _coded(field: str, table: str, value: str) -> str | None:
    """The label of a stored code (phase, status, role), or None when it is not one."""
    try:
        if field == "phase":
            return phase_label(Phase(value))
        if field == "status" and table == "milestone":
            return milestone_status_label(MilestoneStatus(value))
        if field == "status" and table == "recommendation":
            return recommendation_status_label(RecommendationStatus(value))
        if field == "role":
            return role_label(ConsultantRole(value))
    except ValueError:
        return None
    return None


def value_text(entry: HistoryEntry, *, new: bool) -> str:
    """The old or new value as the user reads it: a named record, a dd-mm-yyyy date, a label."""
    value = entry.new_value if new else entry.old_value
    named = entry.new_label if new else entry.old_label
    if named:
        return named
    if not value:
        return ""
    coded = _coded(entry.field, entry.table, value)
    if coded is not None:
        return coded
    try:
        return date_text(date.fromisoformat(value[:10])) if value[4:5] == "-" else value
    except ValueError:
        return value


def subject_text(entry: HistoryEntry) -> str:
    """The changed record's name (a phase by its label, long texts shortened)."""
    subject = entry.subject
    if entry.table == "phase_period" and subject:
        return _coded("phase", entry.table, subject) or subject
    subject = " ".join(subject.split())
    return subject if len(subject) <= 60 else subject[:57] + "…"


def what_text(entry: HistoryEntry) -> str:
    """Which record changed: "Milepæl 'Kick-off-møde'"."""
    subject = subject_text(entry)
    kind = table_label(entry.table)
    return f"{kind} '{subject}'" if subject else kind


def change_text(entry: HistoryEntry) -> str:
    """What happened to it: "faktisk dato 12-03-2027", "oprettet", "slettet"."""
    if entry.action is AuditAction.INSERT:
        return QCoreApplication.translate("HistoryPanel", "created")
    if entry.action is AuditAction.DELETE:
        return QCoreApplication.translate("HistoryPanel", "deleted")
    if entry.action is AuditAction.RESTORE:
        return QCoreApplication.translate("HistoryPanel", "restored")
    after = value_text(entry, new=True)
    if not after:
        return QCoreApplication.translate("HistoryPanel", "%1 cleared").replace(
            "%1", field_label(entry.field)
        )
    return f"{field_label(entry.field)} {after}"


def summary_text(entry: HistoryEntry) -> str:
    """One line: "Milepæl 'Kick-off-møde': faktisk dato 12-03-2027"."""
    return f"{what_text(entry)}: {change_text(entry)}"


def who_text(entry: HistoryEntry) -> str:
    """Who made the change: the consultant's name and initials, or what was recorded."""
    if entry.actor_name:
        return f"{entry.actor_name} ({entry.actor})"
    if entry.actor == "cli":
        return QCoreApplication.translate("HistoryPanel", "command line")
    if not entry.actor:
        return QCoreApplication.translate("HistoryPanel", "not recorded")
    return entry.actor


def history_model(parent: QWidget | None = None) -> ColumnTableModel[HistoryEntry]:
    """A table of history entries, newest first."""
    columns: list[ColumnSpec[HistoryEntry]] = [
        ColumnSpec(
            lambda: QCoreApplication.translate("HistoryPanel", "When"),
            lambda e: e.occurred_at.astimezone().strftime("%d-%m-%Y %H:%M"),
            lambda e: e.occurred_at.isoformat(),
        ),
        ColumnSpec(lambda: QCoreApplication.translate("HistoryPanel", "Who"), who_text),
        ColumnSpec(
            lambda: QCoreApplication.translate("HistoryPanel", "What"), what_text, text_tooltip=True
        ),
        ColumnSpec(
            lambda: QCoreApplication.translate("HistoryPanel", "Change"),
            change_text,
            text_tooltip=True,
        ),
        ColumnSpec(
            lambda: QCoreApplication.translate("HistoryPanel", "Before"),
            lambda e: value_text(e, new=False),
            text_tooltip=True,
        ),
    ]
    return ColumnTableModel(
        columns, key=lambda e: (e.occurred_at, e.record_id, e.field), parent=parent
    )


class HistoryPanel(_EngagementTab):
    """Who changed what, when, from what to what; exportable as CSV."""

    def __init__(
        self,
        context: AppContext,
        undo: UndoController,
        prompts: Prompts,
        *,
        language: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, undo, prompts, language=language, parent=parent)
        self.model = history_model(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.count_label = QLabel()
        self.export_button = QPushButton(self.tr("E&xport…"))
        self.export_button.clicked.connect(self.export)
        top = QHBoxLayout()
        top.addWidget(self.count_label, 1)
        top.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.error_label)
        layout.addWidget(self.table, 1)

    def refresh(self) -> None:
        """Read the forløb's history again."""
        if self._engagement is None:
            self.model.set_rows([])
        else:
            self.model.set_rows(self._context.history.for_engagement(self._engagement.id))
        self.count_label.setText(self.tr("Changes: %1").replace("%1", str(self.model.rowCount())))
        self.table.resizeColumnsToContents()
        self.export_button.setEnabled(self.model.rowCount() > 0)

    def export(self) -> None:
        """Ask where to save, then write the history as CSV."""
        target = self._prompts.choose_save_file(
            self.tr("Export history"), self.tr("CSV files (*.csv)"), None
        )
        if target is None:
            return
        if target.suffix.lower() != ".csv":
            target = target.with_suffix(".csv")
        try:
            self._context.history.export_csv(self.model.records(), target)
        except (UserError, OSError) as error:
            text = error.message(self._language) if isinstance(error, UserError) else str(error)
            self._prompts.error(self.tr("Cannot export the history"), text)
            return
        self._prompts.info(
            self.tr("History exported"), self.tr("Saved as %1").replace("%1", str(target))
        )
