"""The Historik tab of a forløb: every change to it and its plan, team and recommendations."""

from __future__ import annotations

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
from taskforce_app.domain.enums import AuditAction
from taskforce_app.domain.errors import UserError
from taskforce_app.domain.history import HistoryEntry
from taskforce_app.ui.engagement_models import Column, RecordTableModel
from taskforce_app.ui.prompts import Prompts
from taskforce_app.ui.team_panel import _EngagementTab
from taskforce_app.ui.undo import UndoController


def _tr(text: str) -> str:
    return QCoreApplication.translate("HistoryPanel", text)


def action_label(action: AuditAction) -> str:
    """The action in the UI language."""
    return {
        AuditAction.INSERT: _tr("Created"),
        AuditAction.UPDATE: _tr("Changed"),
        AuditAction.DELETE: _tr("Deleted"),
        AuditAction.RESTORE: _tr("Restored"),
    }[action]


def table_label(table: str) -> str:
    """What kind of record a table holds, in the UI language."""
    labels = {
        "engagement": _tr("Engagement"),
        "milestone": _tr("Milestone"),
        "team_member": _tr("Team"),
        "municipal_contact": _tr("Contact"),
        "phase_period": _tr("Phase"),
        "recommendation": _tr("Recommendation"),
    }
    return labels.get(table, table)


def history_model(parent: QWidget | None = None) -> RecordTableModel[HistoryEntry]:
    """A table of history entries, newest first."""
    columns: list[Column[HistoryEntry]] = [
        Column(
            lambda: _tr("When"),
            lambda e: e.occurred_at.astimezone().strftime("%d-%m-%Y %H:%M"),
            lambda e: e.occurred_at.isoformat(),
        ),
        Column(lambda: _tr("Who"), lambda e: e.actor),
        Column(lambda: _tr("What"), lambda e: table_label(e.table)),
        Column(lambda: _tr("Action"), lambda e: action_label(e.action)),
        Column(lambda: _tr("Field"), lambda e: e.field),
        Column(lambda: _tr("Before"), lambda e: e.old_value or "", tooltip=True),
        Column(lambda: _tr("After"), lambda e: e.new_value or "", tooltip=True),
    ]
    return RecordTableModel(
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
