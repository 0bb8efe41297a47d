"""The case-list import wizard: file and sheet → column mapping → report → import.

Reading, checking and importing run off the GUI thread behind a progress dialog with Cancel.
The import is one transaction: cancelled or failed, it stores nothing. Rows are only ever shown
through `preview_rows`, which masks CPR numbers and blanks sensitive columns.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from taskforce_app.bootstrap import AppContext
from taskforce_app.domain.cases import (
    CaseColumnMapping,
    CaseField,
    CaseListProblem,
    CaseListReport,
)
from taskforce_app.domain.errors import render_message
from taskforce_app.importers.case_list import (
    CaseTable,
    is_sensitive_header,
    list_sheets,
    preview_rows,
)
from taskforce_app.ui.kit.column_table import RIGHT, ColumnSpec, ColumnTableModel
from taskforce_app.ui.kit.error_label import error_label
from taskforce_app.ui.kit.prompts import Prompts
from taskforce_app.ui.kit.undo import UndoController

if TYPE_CHECKING:
    from taskforce_app.services.case_lists import CaseListPreview, ImportOutcome
from taskforce_app.ui.kit.workers import JobControl, ProgressRunner, failure_message

T = TypeVar("T")
QWIDGETSIZE_MAX = (1 << 24) - 1
Index = QModelIndex | QPersistentModelIndex

PREVIEW_ROWS = 20
MAX_ROWS_FITTED = 500
"""Up to this many problems, each row is as high as its wrapped message."""
FILE_FILTER = "Sagsudtræk (*.xlsx *.xlsm *.csv);;Excel (*.xlsx *.xlsm);;CSV (*.csv)"
_MAPPED_BACKGROUND = QColor("#eaf2fb")


class CasePreviewModel(QAbstractTableModel):
    """The first rows of a case table (CPR numbers masked), with the mapped fields in the header."""

    def __init__(self, parent: QObject | None = None, *, language: str = "da") -> None:
        super().__init__(parent)
        self._language = language
        self._headers: tuple[str, ...] = ()
        self._rows: list[tuple[int, tuple[str, ...]]] = []
        self._fields: dict[int, CaseField] = {}

    def set_table(self, table: CaseTable | None, mapping: CaseColumnMapping | None) -> None:
        """Show the first rows of `table`; mark the columns `mapping` reads."""
        self.beginResetModel()
        self._headers = () if table is None else table.headers
        self._rows = [] if table is None else preview_rows(table, PREVIEW_ROWS)
        self._fields = {} if mapping is None else {index: f for f, index in mapping.items()}
        self.endResetModel()

    def set_mapping(self, mapping: CaseColumnMapping) -> None:
        """Mark the columns another mapping reads."""
        self._fields = {index: case_field for case_field, index in mapping.items()}
        if self._headers:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._headers) - 1)
            self.dataChanged.emit(
                self.index(0, 0),
                self.index(max(0, len(self._rows) - 1), len(self._headers) - 1),
                [Qt.ItemDataRole.BackgroundRole],
            )

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """The previewed rows."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """The table's columns."""
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Column headings (with "→ field" when mapped); row numbers as in the file."""
        if orientation == Qt.Orientation.Vertical:
            if role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self._rows):
                return str(self._rows[section][0])
            return None
        if not 0 <= section < len(self._headers):
            return None
        header = self._headers[section]
        case_field = self._fields.get(section)
        if role == Qt.ItemDataRole.DisplayRole:
            if case_field is not None:
                return f"{header}\n→ {case_field.label(self._language)}"
            if is_sensitive_header(header):
                hidden = self.tr("(hidden)")
                return f"{header}\n{hidden}"
            return header
        if role == Qt.ItemDataRole.ToolTipRole and is_sensitive_header(header):
            return self.tr("Looks like personal data: never read into a case, hidden here.")
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """The cell's masked text; mapped columns tinted."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if not 0 <= index.column() < len(self._headers):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._rows[index.row()][1][index.column()]
        if role == Qt.ItemDataRole.BackgroundRole and index.column() in self._fields:
            return _MAPPED_BACKGROUND
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Read-only cells."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemNeverHasChildren


def problem_text(problem: CaseListProblem, language: str) -> str:
    """A problem's sentence without the "Row n (case …):" prefix (the table has those columns)."""
    values = {"row": str(problem.row_number), "case_ref": problem.case_ref, **dict(problem.params)}
    text = render_message(problem.code, values, language)
    return text[:1].upper() + text[1:]


class ProblemTableModel(ColumnTableModel[CaseListProblem]):
    """The rows of a case list that were refused or skipped, in row order."""

    def __init__(self, parent: QObject | None = None, *, language: str = "da") -> None:
        super().__init__(
            [
                ColumnSpec(
                    lambda: self.tr("Row"),
                    lambda p: str(p.row_number),
                    lambda p: p.row_number,
                    align=RIGHT,
                ),
                ColumnSpec(lambda: self.tr("Case number"), lambda p: p.case_ref),
                ColumnSpec(
                    lambda: self.tr("Problem"),
                    lambda p: problem_text(p, language),
                    text_tooltip=True,
                ),
            ],
            key=lambda p: p,
            parent=parent,
        )

    def set_report(self, report: CaseListReport | None) -> None:
        """Show the problems of `report` by row number."""
        problems = [] if report is None else report.problems
        self.set_rows(sorted(problems, key=lambda problem: problem.row_number))


class FilePage(QWizardPage):
    """Choose the file and, for a workbook, the sheet."""

    def __init__(self, wizard: CaseImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Choose the case list"))
        self.setSubTitle(
            self.tr(
                "The municipality's case list as an Excel workbook (.xlsx) or a CSV file. "
                "Columns with CPR numbers, names or addresses are never imported."
            )
        )
        self.choose_button = QPushButton(self.tr("Choose &file…"))
        self.choose_button.clicked.connect(self.choose_file)
        self.path_label = QLabel(self.tr("No file chosen."))
        self.path_label.setWordWrap(True)
        self.path_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.sheet_combo = QComboBox()
        self.sheet_combo.setEnabled(False)
        self.sheet_combo.setMinimumContentsLength(24)
        self.sheet_combo.activated.connect(self._sheet_chosen)
        self.info_label = QLabel()
        self.info_label.setWordWrap(True)
        self.error_label = error_label()

        file_row = QHBoxLayout()
        file_row.addWidget(self.choose_button)
        file_row.addWidget(self.path_label, 1)
        sheet_row = QHBoxLayout()
        sheet_label = QLabel(self.tr("&Sheet:"))
        sheet_label.setBuddy(self.sheet_combo)
        sheet_row.addWidget(sheet_label)
        sheet_row.addWidget(self.sheet_combo)
        sheet_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(file_row)
        layout.addLayout(sheet_row)
        layout.addWidget(self.info_label)
        layout.addWidget(self.error_label)
        layout.addStretch(1)

    @property
    def error_text(self) -> str:
        """The message shown for an unusable file ("" when none)."""
        return "" if self.error_label.isHidden() else self.error_label.text()

    def choose_file(self) -> None:
        """Ask for a file and read it."""
        path = self._wizard.prompts.choose_file(
            self.tr("Choose the case list"), FILE_FILTER, self._wizard.path
        )
        if path is not None:
            self.load_file(path)

    def load_file(self, path: Path) -> bool:
        """Read `path` (its sheets, the header row, the proposed mapping); True when usable."""
        self.path_label.setText(str(path))
        engagement_id = self._wizard.engagement_id
        context = self._wizard.context

        def read(_control: JobControl) -> tuple[tuple[str, ...], CaseListPreview]:
            sheets = list_sheets(path)
            return sheets, context.case_lists.preview(engagement_id, path)

        result = self._wizard.run(read, self.tr("Reading the file…"))
        self._wizard.path = path
        self.sheet_combo.clear()
        self.sheet_combo.setEnabled(False)
        if result is None:
            self._wizard.set_preview(None)
        else:
            sheets, preview = result
            self.sheet_combo.addItems(list(sheets))
            self.sheet_combo.setCurrentText(preview.table.sheet_name)
            self.sheet_combo.setEnabled(len(sheets) > 1)
            self._wizard.set_preview(preview)
        self._show_state()
        return result is not None

    def load_sheet(self, sheet_name: str) -> bool:
        """Read another sheet of the chosen workbook."""
        path = self._wizard.path
        if path is None:
            return False
        engagement_id = self._wizard.engagement_id
        context = self._wizard.context

        def read(_control: JobControl) -> CaseListPreview:
            return context.case_lists.preview(engagement_id, path, sheet_name=sheet_name)

        preview = self._wizard.run(read, self.tr("Reading the sheet…"))
        self._wizard.set_preview(preview)
        self._show_state()
        return preview is not None

    def _sheet_chosen(self, _index: int) -> None:
        preview = self._wizard.preview
        name = self.sheet_combo.currentText()
        if preview is None or name != preview.table.sheet_name:
            self.load_sheet(name)

    def _show_state(self) -> None:
        message = self._wizard.last_error
        preview = self._wizard.preview
        if message:
            self.error_label.setText(message)
            self.error_label.show()
        else:
            self.error_label.hide()
        if preview is None:
            self.info_label.clear()
        else:
            table = preview.table
            self.info_label.setText(
                self.tr("Headings found in row %1; %2 rows below them.")
                .replace("%1", str(table.header_row))
                .replace("%2", self._wizard.number(len(table.rows)))
            )
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        """A readable file is chosen."""
        return self._wizard.preview is not None


class MappingPage(QWizardPage):
    """Which column of the file feeds each field; the first rows below as a check."""

    def __init__(self, wizard: CaseImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Match the columns"))
        self.setSubTitle(
            self.tr(
                "Choose the column of the file for each field. Only the case number is required."
            )
        )
        self.source_label = QLabel()
        self.source_label.setWordWrap(True)
        self.hint_label = error_label()
        self.combos: dict[CaseField, QComboBox] = {}
        self.examples: dict[CaseField, QLabel] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(3)
        for column, title in enumerate(
            (self.tr("Field"), self.tr("Column in the file"), self.tr("First value"))
        ):
            heading = QLabel(f"<b>{title}</b>")
            grid.addWidget(heading, 0, column)
        for row, case_field in enumerate(CaseField, start=1):
            label = QLabel(case_field.label(wizard.language))
            combo = QComboBox()
            combo.setMinimumContentsLength(22)
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.activated.connect(lambda _i, f=case_field: self._combo_changed(f))
            label.setBuddy(combo)
            example = QLabel()
            example.setStyleSheet("color: #555;")
            grid.addWidget(label, row, 0)
            grid.addWidget(combo, row, 1)
            grid.addWidget(example, row, 2)
            self.combos[case_field] = combo
            self.examples[case_field] = example
        grid.setColumnStretch(2, 1)
        self.preview_model = CasePreviewModel(self, language=wizard.language)
        self.preview_table = QTableView()
        self.preview_table.setModel(self.preview_model)
        self.preview_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview_table.setWordWrap(False)
        self.preview_table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.preview_table.horizontalHeader().setMaximumSectionSize(260)
        self.preview_label = QLabel(
            self.tr("The first rows of the file (CPR numbers masked, personal data hidden):")
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.source_label)
        layout.addLayout(grid)
        layout.addWidget(self.hint_label)
        layout.addWidget(self.preview_label)
        layout.addWidget(self.preview_table, 1)

    def initializePage(self) -> None:
        """Fill the combos from the file's headings and the proposed mapping."""
        preview = self._wizard.preview
        if preview is None:
            return
        headers = preview.table.headers
        unused = self.tr("— not used —")
        for combo in self.combos.values():
            combo.clear()
            combo.addItem(unused, -1)
            for index, header in enumerate(headers):
                text = header
                if is_sensitive_header(header):
                    text = self.tr("%1 (personal data)").replace("%1", header)
                combo.addItem(text, index)
        self.source_label.setText(self.source_text(preview))
        self.preview_model.set_table(preview.table, self._wizard.mapping)
        self._show_mapping()

    def source_text(self, preview: CaseListPreview) -> str:
        """Where the proposed mapping comes from; a remembered one yields to known headings."""
        municipality = self._wizard.municipality
        if not preview.remembered:
            return self.tr("Suggested from the column headings.")
        if preview.same_layout:
            return self.tr(
                "Remembered from the last import for %1: the file has the same columns."
            ).replace("%1", municipality)
        if preview.remembered_fields:
            fields = ", ".join(
                case_field.label(self._wizard.language) for case_field in preview.remembered_fields
            )
            return (
                self.tr(
                    "The columns differ from the last import for %1: the file's own known "
                    "headings are used, and the remembered mapping only fills %2."
                )
                .replace("%1", municipality)
                .replace("%2", fields)
            )
        return self.tr(
            "The columns differ from the last import for %1: the file's own known headings are "
            "used instead of the remembered mapping."
        ).replace("%1", municipality)

    def set_field(self, case_field: CaseField, header: str | None) -> None:
        """Map `case_field` to the column named `header` (None: not used)."""
        combo = self.combos[case_field]
        index = -1 if header is None else self._wizard.headers.index(header)
        combo.setCurrentIndex(combo.findData(index))
        self._combo_changed(case_field)

    def _combo_changed(self, case_field: CaseField) -> None:
        value = self.combos[case_field].currentData()
        index = value if isinstance(value, int) and value >= 0 else None
        self._wizard.mapping = self._wizard.mapping.with_column(case_field, index)
        self.preview_model.set_mapping(self._wizard.mapping)
        self._show_mapping()

    def _show_mapping(self) -> None:
        mapping = self._wizard.mapping
        first = self._first_values()
        for case_field, combo in self.combos.items():
            column = mapping.column(case_field)
            combo.blockSignals(True)
            combo.setCurrentIndex(max(0, combo.findData(-1 if column is None else column)))
            combo.blockSignals(False)
            self.examples[case_field].setText("" if column is None else first.get(column, ""))
        if mapping.case_ref is None:
            self.hint_label.setText(
                self.tr("Choose the column that holds the case number; it is required.")
            )
            self.hint_label.show()
        else:
            self.hint_label.hide()
        self.completeChanged.emit()

    def _first_values(self) -> dict[int, str]:
        preview = self._wizard.preview
        values: dict[int, str] = {}
        if preview is None:
            return values
        for _number, cells in preview_rows(preview.table, PREVIEW_ROWS):
            for index, text in enumerate(cells):
                if text and index not in values:
                    values[index] = text
        return values

    def isComplete(self) -> bool:
        """The case number must be mapped."""
        return self._wizard.preview is not None and self._wizard.mapping.case_ref is not None


class ReportPage(QWizardPage):
    """What the import will do: counts, notices and every refused row; then import."""

    def __init__(self, wizard: CaseImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Check the rows"))
        self.setSubTitle(
            self.tr("Nothing is stored until you choose Import. Refused rows are not imported.")
        )
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Import"))
        self.counts_label = QLabel()
        self.counts_label.setWordWrap(True)
        font = self.counts_label.font()
        font.setBold(True)
        self.counts_label.setFont(font)
        self.notices_label = QLabel()
        self.notices_label.setWordWrap(True)
        self.notices_label.hide()
        self.error_label = error_label()
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.status_label.hide()
        self.problems_model = ProblemTableModel(self, language=wizard.language)
        self.problems_table = QTableView()
        self.problems_table.setModel(self.problems_model)
        self.problems_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.problems_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.problems_table.setAlternatingRowColors(True)
        self.problems_table.setWordWrap(True)
        self.problems_table.verticalHeader().hide()
        header = self.problems_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.counts_label)
        layout.addWidget(self.notices_label)
        layout.addWidget(self.error_label)
        layout.addWidget(self.problems_table, 1)
        layout.addWidget(self.status_label)

    @property
    def error_text(self) -> str:
        """The message shown when the file cannot be checked or imported ("" when none)."""
        return "" if self.error_label.isHidden() else self.error_label.text()

    @property
    def status_text(self) -> str:
        """The note after a cancelled import ("" when none)."""
        return "" if self.status_label.isHidden() else self.status_label.text()

    def initializePage(self) -> None:
        """Check the rows with the chosen mapping (off the GUI thread)."""
        self.status_label.hide()
        self._wizard.check()
        self._show_report()

    def _show_report(self) -> None:
        report = self._wizard.report
        message = self._wizard.last_error
        if message:
            self.error_label.setText(message)
            self.error_label.show()
        else:
            self.error_label.hide()
        self.problems_model.set_report(report)
        if self.problems_model.rowCount() <= MAX_ROWS_FITTED:
            self.problems_table.resizeRowsToContents()
        if report is None:
            self.counts_label.clear()
            self.notices_label.hide()
        else:
            number = self._wizard.number
            self.counts_label.setText(
                self.tr("%1 rows read: %2 can be imported, %3 refused or skipped.")
                .replace("%1", number(report.rows_read))
                .replace("%2", number(report.valid_count))
                .replace("%3", number(report.refused_count))
            )
            notices = [notice.message(self._wizard.language) for notice in report.notices]
            self.notices_label.setText("\n".join(f"• {text}" for text in notices))
            self.notices_label.setVisible(bool(notices))
            if report.valid_count == 0 and not message:
                self.error_label.setText(self.tr("No row can be imported."))
                self.error_label.show()
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        """There is something valid to import."""
        report = self._wizard.report
        return report is not None and report.valid_count > 0 and not self._wizard.running

    def validatePage(self) -> bool:
        """Import (off the GUI thread, cancellable); stay on the page when it did not happen."""
        imported = self._wizard.import_rows()
        if not imported:
            if self._wizard.cancelled:
                self.status_label.setText(self._wizard.cancelled_text())
                self.status_label.show()
            self._show_report()
        return imported


class DonePage(QWizardPage):
    """What was imported, and that an import is not undone with Undo."""

    def __init__(self, wizard: CaseImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Case list imported"))
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.undo_label = QLabel(
            self.tr(
                "An import cannot be undone with Undo. Cases that are not yet in a sample can "
                "be corrected by importing a corrected list into a new engagement."
            )
        )
        self.undo_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary_label)
        layout.addSpacing(8)
        layout.addWidget(self.undo_label)
        layout.addStretch(1)
        self.setFinalPage(True)

    def initializePage(self) -> None:
        """Summarise the outcome."""
        outcome = self._wizard.outcome
        if outcome is None:
            return
        number = self._wizard.number
        self.summary_label.setText(
            self.tr(
                "%1 cases were imported into the engagement with %2. %3 rows were refused or "
                "skipped; they are listed in the stored import report."
            )
            .replace("%1", number(outcome.stored))
            .replace("%2", self._wizard.municipality)
            .replace("%3", number(outcome.report.refused_count))
        )


class CaseImportWizard(QWizard):
    """Import a municipality's case list into one forløb."""

    def __init__(
        self,
        context: AppContext,
        prompts: Prompts,
        undo: UndoController,
        engagement_id: uuid.UUID,
        parent: QWidget | None = None,
        *,
        language: str = "da",
    ) -> None:
        super().__init__(parent)
        self.context, self.prompts, self.undo = context, prompts, undo
        self.engagement_id = engagement_id
        self.language = language
        self.municipality = context.engagements.get(engagement_id).municipality.name
        self.path: Path | None = None
        self.preview: CaseListPreview | None = None
        self.mapping = CaseColumnMapping()
        self.report: CaseListReport | None = None
        self.outcome: ImportOutcome | None = None
        self.last_error = ""
        self.cancelled = False
        self.runner = ProgressRunner(self, self.tr("Import case list"))
        self.setWindowTitle(self.tr("Import case list – %1").replace("%1", self.municipality))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.file_page = FilePage(self)
        self.mapping_page = MappingPage(self)
        self.report_page = ReportPage(self)
        self.done_page = DonePage(self)
        for page in (self.file_page, self.mapping_page, self.report_page, self.done_page):
            self.addPage(page)
        # An explicit minimum stops QWizard from resizing the window to each page's minimum
        # (which asks the platform to propagate size hints; offscreen cannot).
        self.setMinimumSize(QSize(760, 560))
        self.setMaximumSize(QSize(QWIDGETSIZE_MAX, QWIDGETSIZE_MAX))
        self.resize(960, 740)
        self.restart()

    @property
    def headers(self) -> tuple[str, ...]:
        """The headings of the chosen table."""
        return () if self.preview is None else self.preview.table.headers

    @property
    def running(self) -> bool:
        """True while a background job runs."""
        return self.runner.running

    def cancel_running(self) -> None:
        """Cancel the running job (what the progress dialog's Cancel does; thread-safe)."""
        self.runner.cancel()

    def cancelled_text(self) -> str:
        """The note shown after a cancelled import."""
        return self.tr("The import was cancelled. Nothing was stored.")

    def number(self, value: int) -> str:
        """A count with the thousands separator of the UI language."""
        locale = QLocale(
            QLocale.Language.Danish if self.language == "da" else QLocale.Language.English
        )
        return locale.toString(value)

    def run(self, function: Callable[[JobControl], T], label: str) -> T | None:
        """Run `function` off the GUI thread; keep the error message in `last_error`."""
        self.last_error = ""
        self.cancelled = False
        outcome = self.runner.run(function, label)
        if outcome.error is not None:
            self.last_error = failure_message(outcome.error, self.language)
            return None
        if outcome.cancelled:
            self.cancelled = True
            return None
        return outcome.result

    def set_preview(self, preview: CaseListPreview | None) -> None:
        """Use a newly read table and its proposed mapping."""
        self.preview = preview
        self.mapping = CaseColumnMapping() if preview is None else preview.mapping
        self.report = None

    def check(self) -> CaseListReport | None:
        """Validate every row with the chosen mapping; stores nothing."""
        preview = self.preview
        self.report = None
        if preview is None:
            return None
        table, mapping, engagement_id = preview.table, self.mapping, self.engagement_id
        service = self.context.case_lists

        def check(_control: JobControl) -> CaseListReport:
            return service.check(engagement_id, table, mapping)

        self.report = self.run(check, self.tr("Checking the rows…"))
        return self.report

    def import_rows(self) -> bool:
        """Import the valid rows in one transaction; publish what changed. True when stored."""
        preview = self.preview
        if preview is None:
            return False
        table, mapping, engagement_id = preview.table, self.mapping, self.engagement_id
        service = self.context.case_lists

        def store(control: JobControl) -> tuple[ImportOutcome, Any]:
            return service.import_rows(
                engagement_id,
                table,
                mapping,
                cancelled=control.cancelled,
                progress=control.progress,
            )

        result = self.run(store, self.tr("Importing the cases…"))
        if result is None:
            return False
        outcome, changes = result
        self.outcome = outcome
        self.undo.publish(changes)
        return True

    def reject(self) -> None:
        """Cancel a running job first; close only when none runs."""
        if self.running:
            self.cancel_running()
            return
        super().reject()
