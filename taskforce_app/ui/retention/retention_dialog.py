"""Sagsdata til sletning: the retention period, the forløb whose case data is due, the purge,
and the backups made before a purge (they still hold the purged case data)."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from taskforce_app.bootstrap import AppContext
from taskforce_app.domain.enums import ConsultantRole
from taskforce_app.domain.errors import UserError
from taskforce_app.domain.retention import MASK, MAX_YEARS, MIN_YEARS, RetentionStatus
from taskforce_app.ui.kit.labels import date_text
from taskforce_app.ui.kit.palette_colours import follow_palette, muted_style
from taskforce_app.ui.kit.prompts import Prompts
from taskforce_app.ui.kit.table_views import record_table
from taskforce_app.ui.kit.workers import JobControl, run_with_progress
from taskforce_app.ui.retention.retention_models import (
    DueOnlyProxy,
    RetentionTableModel,
    backup_table_model,
)

if TYPE_CHECKING:
    from taskforce_app.services.retention import PurgeResult


class RetentionDialog(QDialog):
    """A team lead's tool: the period, the due forløb, a purge (early with a reason), and the
    backups to delete afterwards. Emits `changed` with the purge's `Changes`."""

    changed = Signal(object)

    def __init__(
        self,
        context: AppContext,
        prompts: Prompts,
        parent: QWidget | None = None,
        *,
        language: str = "da",
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._prompts = prompts
        self._language = language
        self._today = today
        self.setWindowTitle(self.tr("Case data due for deletion"))
        self.intro = QLabel()
        self.intro.setWordWrap(True)

        self.years_spin = QSpinBox()
        self.years_spin.setRange(MIN_YEARS, MAX_YEARS)
        self.years_spin.setSuffix(self.tr(" years"))
        self.save_years_button = QPushButton(self.tr("Save period"))
        self.save_years_button.clicked.connect(self.save_years)
        self.years_hint = QLabel()
        follow_palette(self.years_hint, muted_style)
        period = QHBoxLayout()
        period.addWidget(QLabel(self.tr("Retention period after the actual end:")))
        period.addWidget(self.years_spin)
        period.addWidget(self.save_years_button)
        period.addWidget(self.years_hint, 1)

        self.model = RetentionTableModel(today(), context.retention.years(), self)
        self.proxy = DueOnlyProxy(self.model, self)
        self.table = record_table(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(3, Qt.SortOrder.AscendingOrder)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        self.due_only = QCheckBox(self.tr("Show only engagements whose case data is due"))
        self.due_only.setChecked(True)
        self.due_only.toggled.connect(self._due_only_toggled)
        self.empty_hint = QLabel()
        follow_palette(self.empty_hint, muted_style)
        self.empty_hint.setWordWrap(True)

        self.early = QCheckBox(
            self.tr(
                "Delete early (the municipality asked for it, or the data should never have "
                "been here)"
            )
        )
        self.early.toggled.connect(self._early_toggled)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("Required for an early deletion"))
        self.reason.setMaxLength(2000)
        self.reason.setEnabled(False)
        self.purge_button = QPushButton(self.tr("Delete case data…"))
        self.purge_button.clicked.connect(self.purge_selected)
        reason_row = QHBoxLayout()
        reason_row.addWidget(QLabel(self.tr("Reason:")))
        reason_row.addWidget(self.reason, 1)
        reason_row.addWidget(self.purge_button)

        self.backups_box = QGroupBox(self.tr("Backups made before the deletion"))
        self.backups_text = QLabel(
            self.tr(
                "These backups were made before case data was deleted and still hold it: "
                "restoring one of them would bring the case data back. Delete them here, or "
                "open their folder and delete them there."
            )
        )
        self.backups_text.setWordWrap(True)
        self.backup_model = backup_table_model(language, self)
        self.backup_table = record_table(self.backup_model)
        backup_header = self.backup_table.horizontalHeader()
        backup_header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        backup_header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        backup_header.setStretchLastSection(False)
        self.delete_backups_button = QPushButton(self.tr("Delete these backups…"))
        self.delete_backups_button.clicked.connect(self.delete_backups)
        self.open_folder_button = QPushButton(self.tr("Open the folder"))
        self.open_folder_button.clicked.connect(self.open_backup_folder)
        backup_buttons = QHBoxLayout()
        backup_buttons.addStretch(1)
        backup_buttons.addWidget(self.open_folder_button)
        backup_buttons.addWidget(self.delete_backups_button)
        box_layout = QVBoxLayout(self.backups_box)
        box_layout.addWidget(self.backups_text)
        box_layout.addWidget(self.backup_table)
        box_layout.addLayout(backup_buttons)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(period)
        layout.addWidget(self.due_only)
        layout.addWidget(self.table, 3)
        layout.addWidget(self.empty_hint)
        layout.addWidget(self.early)
        layout.addLayout(reason_row)
        layout.addWidget(self.backups_box, 2)
        layout.addWidget(self.buttons)

        read_only = context.read_only
        for widget in (self.save_years_button, self.purge_button, self.delete_backups_button):
            widget.setEnabled(not read_only)
        self.resize(1000, 640)
        self.refresh()

    # -- reading ---------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the period, the forløb and the backups to delete again."""
        years = self._context.retention.years()
        selected = self.selected_status()
        self.model.today = self._today()
        self.model.years = years
        self.model.reset_rows(self._context.retention.statuses())
        self.years_spin.setValue(years)
        self.intro.setText(
            self.tr(
                "Case lists, sampled cases, assessments and their notes and history are "
                "personal data about children. They are kept for %1 years after the "
                "engagement's actual end and must then be deleted. Results per requirement "
                "and pejlemærke, findings, recommendations and written reports stay."
            ).replace("%1", str(years))
        )
        self._update_years_hint()
        due = sum(1 for s in self.model.records() if s.is_due(self.model.today))
        self.empty_hint.setText(
            self.tr(
                "No engagement has case data due for deletion today. Untick the box above "
                "to see every engagement and when its case data becomes due."
            )
            if due == 0 and self.due_only.isChecked()
            else ""
        )
        self.empty_hint.setVisible(bool(self.empty_hint.text()))
        self._select(selected.engagement_id if selected is not None else None)
        stale = self._context.retention.backups_to_delete()
        self.backup_model.reset_rows(stale)
        self.backups_box.setVisible(bool(stale))

    def _update_years_hint(self) -> None:
        person = self._context.team.current_consultant()
        if person is not None and person.role is ConsultantRole.TEAM_LEAD:
            self.years_hint.setText(self.tr("You are a team lead and may change the period."))
        else:
            self.years_hint.setText(self.tr("Only a team lead can change the period."))

    def _select(self, engagement_id: uuid.UUID | None) -> None:
        row = None if engagement_id is None else self.model.row_of(engagement_id)
        if row is None:
            index = self.proxy.index(0, 0)
        else:
            index = self.proxy.mapFromSource(self.model.index(row, 0))
            if not index.isValid():
                index = self.proxy.index(0, 0)
        if index.isValid():
            self.table.selectRow(index.row())

    def selected_status(self) -> RetentionStatus | None:
        """The forløb selected in the table, if any."""
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        source = self.proxy.mapToSource(rows[0])
        return self.model.record_at(source.row()) if source.isValid() else None

    def select_engagement(self, engagement_id: uuid.UUID) -> bool:
        """Select a forløb's row (shown even when not due); False when it is not listed."""
        row = self.model.row_of(engagement_id)
        if row is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            self.due_only.setChecked(False)
            index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.table.selectRow(index.row())
        return True

    def _due_only_toggled(self, checked: bool) -> None:
        self.proxy.set_due_only(checked)
        self.refresh()

    def _early_toggled(self, checked: bool) -> None:
        self.reason.setEnabled(checked)
        if checked:
            self.due_only.setChecked(False)
            self.reason.setFocus()

    # -- the period ------------------------------------------------------------------------

    def save_years(self) -> bool:
        """Store the period shown (a team lead only: the service refuses anyone else)."""
        title = self.tr("Retention period")
        if self._context.team.current_consultant() is None:
            self._prompts.error(
                title,
                self.tr(
                    "Choose who you are first (Edit > Switch user…): only a team lead can "
                    "change the retention period. Nothing was changed."
                ),
            )
            return False
        try:
            years = self._context.retention.set_years(self.years_spin.value())
        except UserError as error:
            self._prompts.error(title, error.message(self._language))
            self.years_spin.setValue(self._context.retention.years())
            return False
        self.refresh()
        self._prompts.info(
            title,
            self.tr(
                "The retention period is now %1 years after an engagement's actual end."
            ).replace("%1", str(years)),
        )
        return True

    # -- the purge -------------------------------------------------------------------------

    def purge_selected(self) -> PurgeResult | None:
        """Delete the selected forløb's case data after a confirmation naming what goes and
        what stays; an early deletion needs a reason. Returns what was deleted."""
        title = self.tr("Delete case data")
        status = self.selected_status()
        if status is None:
            self._prompts.error(
                title, self.tr("Choose the engagement whose case data should be deleted.")
            )
            return None
        early = self.early.isChecked()
        reason = self.reason.text().strip() if early else ""
        refusal = self._refusal(status, early, reason)
        if refusal:
            self._prompts.error(title, refusal)
            if early:
                self.reason.setFocus()
            return None
        today = self._today()
        service = self._context.retention

        def dry_run(control: JobControl) -> PurgeResult:
            control.check()
            return service.purge(
                status.engagement_id, early=early, reason=reason, dry_run=True, today=today
            )

        planned = run_with_progress(
            self, title, dry_run, self._prompts, self._language, read_only=True
        )
        if planned is None:
            return None
        if not self._prompts.confirm(title, self._confirmation(planned)):
            return None

        def purge(control: JobControl) -> PurgeResult:
            control.check()
            return service.purge(status.engagement_id, early=early, reason=reason, today=today)

        done = run_with_progress(
            self,
            title,
            purge,
            self._prompts,
            self._language,
            label=self.tr("Deleting case data…"),
        )
        if done is None:
            self.refresh()
            return None
        self.early.setChecked(False)
        self.reason.clear()
        self.refresh()
        self.changed.emit(done.changes)
        self._prompts.info(title, self._purged_text(done))
        return done

    def _refusal(self, status: RetentionStatus, early: bool, reason: str) -> str:
        """Why the purge is refused before the service is asked ("" when it may go on)."""
        if status.purged_at is not None:
            return ""  # the service names when and by whom
        if early:
            if not reason:
                return self.tr(
                    "An early deletion needs a reason: write in the Reason field why the case "
                    "data is deleted now (for example that the municipality asked for it). "
                    "Nothing was deleted."
                )
            return ""
        if status.is_due(self.model.today):
            return ""
        if status.case_count == 0 and status.assessment_count == 0:
            return self.tr("%1 has no case data to delete.").replace("%1", status.title)
        if status.actual_end is None:
            return self.tr(
                "The engagement %1 has not ended, so its case data is not due for deletion. "
                "To delete it early, tick Delete early and write a reason. Nothing was "
                "deleted."
            ).replace("%1", status.title)
        return (
            self.tr(
                "The case data of %1 is due for deletion on %2 (%3 years after the engagement "
                "ended on %4). To delete it early, tick Delete early and write a reason. "
                "Nothing was deleted."
            )
            .replace("%1", status.title)
            .replace("%2", date_text(status.due))
            .replace("%3", str(self.model.years))
            .replace("%4", date_text(status.actual_end))
        )

    def _confirmation(self, planned: PurgeResult) -> str:
        counts = planned.counts
        deleted = (
            self.tr(
                "Deleted: %1 case lists with %2 cases, %3 sampled cases, %4 assessments, "
                "%5 review notes and %6 links from findings to cases, with their history. "
                "A case number left in a text that stays is replaced by %7."
            )
            .replace("%1", str(counts.get("case_list_import", 0)))
            .replace("%2", str(counts.get("case_record", 0)))
            .replace("%3", str(counts.get("sampled_case", 0)))
            .replace("%4", str(counts.get("assessment", 0)))
            .replace("%5", str(counts.get("review_note", 0)))
            .replace("%6", str(counts.get("finding_evidence", 0)))
            .replace("%7", MASK)
        )
        kept = self.tr(
            "Kept: the results per requirement and pejlemærke, findings, recommendations, "
            "key figures and the written reports."
        )
        final = self.tr(
            "The deletion cannot be undone. It travels in exchange packages: a colleague who "
            "imports a package from this database has the case data deleted too, and an older "
            "package never brings it back. It is recorded with the time and your name."
        )
        parts = [
            self.tr("Delete the case data of %1?").replace("%1", planned.title),
            deleted,
            kept,
            final,
        ]
        if planned.early:
            parts.append(self.tr("Early deletion. Reason: %1").replace("%1", planned.reason))
        return "\n\n".join(parts)

    def _purged_text(self, done: PurgeResult) -> str:
        text = (
            self.tr("The case data of %1 was deleted: %2 cases and %3 assessments.")
            .replace("%1", done.title)
            .replace("%2", str(done.counts.get("case_record", 0)))
            .replace("%3", str(done.counts.get("assessment", 0)))
        )
        stale = self.backup_model.rowCount()
        if stale:
            text += "\n\n" + self.tr(
                "%1 backups made before the deletion still hold the case data. They are "
                "listed at the bottom of this window: delete them there, or open their folder."
            ).replace("%1", str(stale))
        return text

    # -- backups ---------------------------------------------------------------------------

    def stale_backups(self) -> list[Path]:
        """The backups listed for deletion."""
        return [info.path for info in self.backup_model.records()]

    def delete_backups(self) -> list[Path]:
        """Delete the listed backups after a confirmation; returns the files deleted."""
        title = self.tr("Delete backups")
        chosen = self.stale_backups()
        if not chosen:
            return []
        question = self.tr(
            "Delete %1 backups made before the deletion? They still hold the deleted case "
            "data. This cannot be undone."
        ).replace("%1", str(len(chosen)))
        if not self._prompts.confirm(title, question):
            return []
        deleted, failed = self._context.retention.delete_backups(chosen)
        self.refresh()
        if failed:
            self._prompts.error(
                title,
                self.tr(
                    "These backups could not be deleted: %1. Close any program using them "
                    "and try again, or delete them in their folder."
                ).replace("%1", ", ".join(path.name for path in failed)),
            )
        else:
            self._prompts.info(
                title, self.tr("%1 backups were deleted.").replace("%1", str(len(deleted)))
            )
        return deleted

    def open_backup_folder(self) -> bool:
        """Open the folder of the listed backups in the file manager."""
        paths = self.stale_backups()
        if not paths:
            return False
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(paths[0].parent)))
