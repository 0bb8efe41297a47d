"""Table models of the retention view: the forløb and their retention, stale backups."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
)
from PySide6.QtGui import QFont

from taskforce_app.domain.retention import RetentionStatus, add_years
from taskforce_app.ui.kit.column_table import (
    RIGHT,
    SORT_ROLE,
    ColumnSpec,
    ColumnTableModel,
    date_sort,
)
from taskforce_app.ui.kit.labels import danish_sort_key, date_text
from taskforce_app.ui.kit.palette_colours import GREY, RED

if TYPE_CHECKING:
    from taskforce_app.services.backups import BackupInfo

DUE_COLOUR = RED
PURGED_COLOUR = GREY


def status_text(status: RetentionStatus, today: date) -> str:
    """Where a forløb's case data stands: purged, due, not due yet, not ended, none."""
    if status.purged_at is not None:
        return (
            QCoreApplication.translate("RetentionTableModel", "Deleted %1 by %2")
            .replace("%1", date_text(status.purged_at.astimezone().date()))
            .replace("%2", status.purged_by or "?")
        )
    if status.case_count == 0 and status.assessment_count == 0:
        return QCoreApplication.translate("RetentionTableModel", "No case data")
    if status.is_due(today):
        return QCoreApplication.translate("RetentionTableModel", "Due for deletion")
    if status.actual_end is None:
        return QCoreApplication.translate("RetentionTableModel", "Not ended")
    return QCoreApplication.translate("RetentionTableModel", "Not due yet")


def due_text(status: RetentionStatus, years: int) -> str:
    """The day the case data becomes due; for a forløb not ended, the estimate from its plan."""
    if status.due is not None:
        return date_text(status.due)
    estimate = due_or_estimate(status, years)
    if estimate is not None:
        return QCoreApplication.translate(
            "RetentionTableModel", "about %1 (from the planned end)"
        ).replace("%1", date_text(estimate))
    return QCoreApplication.translate("RetentionTableModel", "after the engagement ends")


def due_or_estimate(status: RetentionStatus, years: int) -> date | None:
    """The day the case data becomes due, or for a forløb not ended its estimate."""
    if status.due is None and status.planned_end is not None:
        return add_years(status.planned_end, years)
    return status.due


class RetentionTableModel(ColumnTableModel[RetentionStatus]):
    """One row per forløb: its end, when its case data is due, how much there is, its status."""

    def __init__(self, today: date, years: int, parent: QObject | None = None) -> None:
        self.today = today
        self.years = years
        bold = QFont()
        bold.setBold(True)
        columns: list[ColumnSpec[RetentionStatus]] = [
            ColumnSpec(
                lambda: QCoreApplication.translate("RetentionTableModel", "Engagement"),
                lambda s: s.title,
                sort=lambda s: danish_sort_key(s.title),
                text_tooltip=True,
            ),
            ColumnSpec(
                lambda: QCoreApplication.translate("RetentionTableModel", "Municipality"),
                lambda s: s.municipality,
                sort=lambda s: danish_sort_key(s.municipality),
            ),
            ColumnSpec(
                lambda: QCoreApplication.translate("RetentionTableModel", "Actual end"),
                lambda s: date_text(s.actual_end),
                sort=lambda s: date_sort(s.actual_end),
            ),
            ColumnSpec(
                lambda: QCoreApplication.translate(
                    "RetentionTableModel", "Case data due for deletion"
                ),
                lambda s: due_text(s, self.years),
                sort=lambda s: date_sort(due_or_estimate(s, self.years)),
                font=lambda s: bold if s.is_due(self.today) else None,
            ),
            ColumnSpec(
                lambda: QCoreApplication.translate("RetentionTableModel", "Cases"),
                lambda s: str(s.case_count),
                sort=lambda s: s.case_count,
                align=RIGHT,
            ),
            ColumnSpec(
                lambda: QCoreApplication.translate("RetentionTableModel", "Assessments"),
                lambda s: str(s.assessment_count),
                sort=lambda s: s.assessment_count,
                align=RIGHT,
            ),
            ColumnSpec(
                lambda: QCoreApplication.translate("RetentionTableModel", "Status"),
                lambda s: status_text(s, self.today),
                foreground=lambda s: (
                    DUE_COLOUR
                    if s.is_due(self.today)
                    else PURGED_COLOUR
                    if s.purged_at is not None
                    else None
                ),
                font=lambda s: bold if s.is_due(self.today) else None,
            ),
        ]
        super().__init__(columns, key=lambda s: s.engagement_id, parent=parent)


class DueOnlyProxy(QSortFilterProxyModel):
    """Shows only the forløb whose case data is due (when `due_only`), sorted by SORT_ROLE."""

    def __init__(self, source: RetentionTableModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._source = source
        self.due_only = True
        self.setSortRole(SORT_ROLE)
        self.setSourceModel(source)

    def set_due_only(self, due_only: bool) -> None:
        """Show only the due forløb, or every forløb."""
        self.beginFilterChange()
        self.due_only = due_only
        self.endFilterChange()

    def filterAcceptsRow(
        self,
        source_row: int,
        source_parent: QModelIndex | QPersistentModelIndex,
    ) -> bool:
        """Every row, or only the due ones."""
        if not self.due_only:
            return True
        return self._source.record_at(source_row).is_due(self._source.today)


def size_text(size: int, language: str) -> str:
    """A file size the way the user's language writes it (e.g. "25,9 MB")."""
    locale = QLocale("da_DK" if language == "da" else "en_GB")
    return locale.formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat)


def backup_table_model(
    language: str, parent: QObject | None = None
) -> ColumnTableModel[BackupInfo]:
    """The backups made before a purge: file, when made, size."""
    columns: list[ColumnSpec[BackupInfo]] = [
        ColumnSpec(
            lambda: QCoreApplication.translate("BackupTableModel", "Backup"),
            lambda b: b.path.name,
            tooltip=lambda b: str(b.path),
        ),
        ColumnSpec(
            lambda: QCoreApplication.translate("BackupTableModel", "Made"),
            lambda b: b.made_at.astimezone().strftime("%d-%m-%Y %H:%M"),
            sort=lambda b: b.made_at.timestamp(),
        ),
        ColumnSpec(
            lambda: QCoreApplication.translate("BackupTableModel", "Size"),
            lambda b: size_text(b.size, language),
            sort=lambda b: b.size,
            align=RIGHT,
        ),
    ]
    return ColumnTableModel(columns, key=lambda b: str(b.path), parent=parent)
