"""A workbook the municipality sent back: preview its status changes and problems, then apply."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from taskforce_app.bootstrap import AppContext
from taskforce_app.domain.errors import UserError
from taskforce_app.domain.workbook_models import (
    RecommendationChange,
    ReturnedPreview,
    ReturnedResult,
)
from taskforce_app.ui.kit.column_table import RIGHT, ColumnSpec, ColumnTableModel, sorted_proxy
from taskforce_app.ui.kit.labels import recommendation_status_label
from taskforce_app.ui.kit.prompts import Prompts
from taskforce_app.ui.kit.undo import UndoController
from taskforce_app.ui.kit.workers import JobControl, run_with_progress


@dataclass(frozen=True, slots=True)
class ProblemRow:
    """One problem as a table shows it: its place in the list, the file's row, the message."""

    position: int
    row: int | None
    text: str


def change_columns() -> list[ColumnSpec[RecommendationChange]]:
    """Række, anbefaling, fra, til, note."""
    return [
        ColumnSpec(
            lambda: QCoreApplication.translate("ReturnedTable", "Row"),
            lambda c: str(c.excel_row),
            sort=lambda c: c.excel_row,
            align=RIGHT,
        ),
        ColumnSpec(
            lambda: QCoreApplication.translate("ReturnedTable", "Recommendation"),
            lambda c: c.text,
            text_tooltip=True,
        ),
        ColumnSpec(
            lambda: QCoreApplication.translate("ReturnedTable", "From"),
            lambda c: recommendation_status_label(c.old_status),
            sort=lambda c: c.old_status.value,
        ),
        ColumnSpec(
            lambda: QCoreApplication.translate("ReturnedTable", "To"),
            lambda c: recommendation_status_label(c.new_status),
            sort=lambda c: c.new_status.value,
        ),
        ColumnSpec(
            lambda: QCoreApplication.translate("ReturnedTable", "Note"),
            lambda c: c.note,
            text_tooltip=True,
        ),
    ]


def problem_columns() -> list[ColumnSpec[ProblemRow]]:
    """The row number (a dash for the whole file) and the message."""
    return [
        ColumnSpec(
            lambda: QCoreApplication.translate("ReturnedTable", "Row"),
            lambda p: "–" if p.row is None else str(p.row),
            sort=lambda p: -1 if p.row is None else p.row,
            align=RIGHT,
        ),
        ColumnSpec(
            lambda: QCoreApplication.translate("ReturnedTable", "Problem"),
            lambda p: p.text,
            text_tooltip=True,
        ),
    ]


class ChangeTableModel(ColumnTableModel[RecommendationChange]):
    """The status changes a returned workbook would make."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(change_columns(), lambda change: change.recommendation_id, parent)


class ProblemTableModel(ColumnTableModel[ProblemRow]):
    """Rows of a file that cannot be used, with their row numbers."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(problem_columns(), lambda problem: problem.position, parent)


def read_only_table(
    model: ColumnTableModel[RecommendationChange] | ColumnTableModel[ProblemRow],
) -> QTableView:
    """A sortable, read-only, row-selecting table over `model`."""
    table = QTableView()
    proxy = sorted_proxy(model, table)
    table.setModel(proxy)
    table.setSortingEnabled(True)
    table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    header.setHighlightSections(False)
    header.setMaximumSectionSize(420)
    return table


class ReturnedDialog(QDialog):
    """Choose a returned workbook, see what it would change, apply it in one transaction."""

    applied = Signal(object)
    """The `ReturnedResult` of an apply that changed the database."""

    def __init__(
        self,
        context: AppContext,
        prompts: Prompts,
        undo: UndoController,
        engagement_id: uuid.UUID | None,
        parent: QWidget | None = None,
        *,
        language: str = "da",
        engagement_name: str = "",
    ) -> None:
        super().__init__(parent)
        self._context, self._prompts, self._undo = context, prompts, undo
        self._engagement, self._language = engagement_id, language
        self._path: Path | None = None
        self._summary = ""
        self.preview: ReturnedPreview | None = None
        self.last_result: ReturnedResult | None = None
        self.setWindowTitle(self.tr("Load returned workbook"))
        self.resize(960, 620)

        intro = QLabel(
            self.tr(
                "The municipality fills in Status and Note on the Anbefalinger sheet of the "
                "engagement's workbook. Nothing changes until you choose Apply changes."
            )
            if not engagement_name
            else self.tr(
                "The municipality fills in Status and Note on the Anbefalinger sheet of the "
                "workbook for %1. Nothing changes until you choose Apply changes."
            ).replace("%1", engagement_name)
        )
        intro.setWordWrap(True)
        self.file_label = QLabel(self.tr("No file chosen."))
        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.choose_button = QPushButton(self.tr("Choose &file…"))
        self.choose_button.clicked.connect(self.choose_file)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_label, 1)
        file_row.addWidget(self.choose_button)
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)

        self.changes_model = ChangeTableModel(self)
        self.changes_table = read_only_table(self.changes_model)
        self.changes_label = QLabel(self.tr("Changes"))
        self.problems_model = ProblemTableModel(self)
        self.problems_table = read_only_table(self.problems_model)
        self.problems_label = QLabel(self.tr("Problems"))
        changes_box = QWidget()
        changes_layout = QVBoxLayout(changes_box)
        changes_layout.setContentsMargins(0, 0, 0, 0)
        changes_layout.addWidget(self.changes_label)
        changes_layout.addWidget(self.changes_table, 1)
        problems_box = QWidget()
        problems_layout = QVBoxLayout(problems_box)
        problems_layout.setContentsMargins(0, 0, 0, 0)
        problems_layout.addWidget(self.problems_label)
        problems_layout.addWidget(self.problems_table, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(changes_box)
        splitter.addWidget(problems_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)

        self.skip_box = QCheckBox(
            self.tr("Apply only the valid rows (skip the rows with problems)")
        )
        self.skip_box.toggled.connect(self._update_buttons)
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.apply_button = QPushButton(self.tr("&Apply changes"))
        self.buttons.addButton(self.apply_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.apply_button.clicked.connect(self.apply)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(file_row)
        layout.addWidget(self.summary_label)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.skip_box)
        layout.addWidget(self.result_label)
        layout.addWidget(self.buttons)
        self._show_preview()

    @property
    def path(self) -> Path | None:
        """The workbook shown."""
        return self._path

    def choose_file(self) -> None:
        """Ask for a workbook and preview it."""
        chosen = self._prompts.choose_file(
            self.tr("Choose the returned workbook"),
            self.tr("Excel workbooks (*.xlsx);;All files (*)"),
            None if self._path is None else self._path.parent,
        )
        if chosen is not None:
            self.load(chosen)

    def load(self, path: Path) -> bool:
        """Preview `path` off the GUI thread; False (and the message shown) when it is refused."""
        self._path, self.preview, self.last_result = path, None, None
        self.file_label.setText(self.tr("File: %1").replace("%1", str(path)))
        engagement = self._engagement
        workbooks = self._context.workbooks

        def job(control: JobControl) -> ReturnedPreview:
            control.check()
            return workbooks.preview_returned(path, engagement_id=engagement)

        self.preview = run_with_progress(
            self,
            self.tr("Reading the returned workbook"),
            job,
            self._prompts,
            self._language,
            read_only=True,
        )
        self.result_label.clear()
        self._show_preview()
        if self.preview is None:
            self.summary_label.setText(
                self.tr("The file could not be used; nothing was changed. Choose another file.")
            )
        return self.preview is not None

    def apply(self) -> ReturnedResult | None:
        """Apply the workbook in one transaction and tell the screens what changed."""
        path = self._path
        if path is None:
            return None
        engagement = self._engagement
        skip = self.skip_box.isChecked()
        workbooks = self._context.workbooks

        def job(control: JobControl) -> ReturnedResult:
            control.check()
            return workbooks.apply_returned(path, engagement_id=engagement, skip_problem_rows=skip)

        title = self.tr("Applying the returned workbook")
        result = run_with_progress(self, title, job, self._prompts, self._language)
        if result is None:
            self.result_label.setText(self.tr("Nothing was changed."))
            return None
        self.last_result = result
        if result.blocked:
            message = UserError("returned.blocked", count=result.problems).message(self._language)
            self._prompts.error(title, message)
            self.result_label.setText(message)
        elif result.applied:
            self._undo.publish(result.changes)
            self.summary_label.setText(self._summary)
            self.applied.emit(result)
            self.result_label.setText(
                self.tr(
                    "Applied: %1 recommendation(s) changed, %2 unchanged, %3 row(s) with problems "
                    "skipped. The changes are in each recommendation's history."
                )
                .replace("%1", self._number(result.changed))
                .replace("%2", self._number(result.unchanged))
                .replace("%3", self._number(result.problems))
            )
        else:
            self.result_label.setText(
                self.tr("Nothing to change: every status in the workbook is already recorded.")
            )
        self._update_buttons()
        return result

    def _show_preview(self) -> None:
        preview = self.preview
        changes = [] if preview is None else list(preview.changes)
        problems = [] if preview is None else list(preview.problems)
        self.changes_model.set_rows(changes)
        self.problems_model.set_rows(
            [
                ProblemRow(position, problem.excel_row, problem.message(self._language))
                for position, problem in enumerate(problems)
            ]
        )
        self.changes_label.setText(
            self.tr("Changes (%1)").replace("%1", self._number(len(changes)))
        )
        self.problems_label.setText(
            self.tr("Problems (%1)").replace("%1", self._number(len(problems)))
        )
        self.skip_box.setVisible(bool(problems))
        self.skip_box.setChecked(False)
        if changes:
            self.changes_table.resizeColumnsToContents()
        if problems:
            self.problems_table.resizeColumnToContents(0)
        if preview is None:
            self.summary_label.setText(self.tr("Choose the workbook the municipality sent back."))
        else:
            summary = (
                self.tr("%1, exported %2: %3 change(s), %4 unchanged, %5 problem(s).")
                .replace("%1", preview.municipality)
                .replace("%2", preview.exported_at.astimezone().strftime("%d-%m-%Y %H:%M"))
                .replace("%3", self._number(len(changes)))
                .replace("%4", self._number(preview.unchanged))
                .replace("%5", self._number(len(problems)))
            )
            self._summary = summary
            if problems:
                summary += " " + self.tr(
                    "Nothing is applied while the workbook has problems: fix them in the "
                    "workbook and load it again, or apply only the valid rows."
                )
            self.summary_label.setText(summary)
        self._update_buttons()

    def _update_buttons(self) -> None:
        preview = self.preview
        ready = (
            preview is not None
            and bool(preview.changes)
            and (not preview.problems or self.skip_box.isChecked())
            and (self.last_result is None or not self.last_result.applied)
        )
        self.apply_button.setEnabled(ready)

    def _number(self, value: int) -> str:
        language = QLocale.Language.Danish if self._language == "da" else QLocale.Language.English
        return QLocale(language).toString(value)
