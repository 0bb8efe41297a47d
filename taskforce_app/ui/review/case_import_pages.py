"""The pages of the case list import wizard: file, column mapping, report and done."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from taskforce_app.domain.cases import (
    CaseField,
)
from taskforce_app.importers.case_list import (
    is_sensitive_header,
    list_sheets,
    preview_rows,
)
from taskforce_app.ui.kit.error_label import error_label
from taskforce_app.ui.kit.fitting_splitter import FittingSplitter
from taskforce_app.ui.kit.inline_errors import shown_text

if TYPE_CHECKING:
    from taskforce_app.services.case_lists import CaseListPreview
    from taskforce_app.ui.review.case_import_wizard import CaseImportWizard
from taskforce_app.ui.kit.palette_colours import follow_palette, muted_style
from taskforce_app.ui.kit.workers import JobControl
from taskforce_app.ui.review.case_import_models import (
    FILE_FILTER,
    MAX_ROWS_FITTED,
    PREVIEW_ROWS,
    CasePreviewModel,
    ProblemTableModel,
)


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
        return shown_text(self.error_label)

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
            follow_palette(example, muted_style)
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
        # The fields scroll above, the file's first rows below: at 960×740 the preview keeps
        # several whole rows whatever the number of fields.
        form = QWidget()
        form.setLayout(grid)
        grid.setContentsMargins(0, 0, 8, 0)
        self.form_area = QScrollArea()
        self.form_area.setWidget(form)
        self.form_area.setWidgetResizable(True)
        self.form_area.setFrameShape(QFrame.Shape.NoFrame)
        self.form_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        preview = QWidget()
        preview_layout = QVBoxLayout(preview)
        preview_layout.setContentsMargins(0, 0, 0, 0)
        preview_layout.addWidget(self.preview_label)
        preview_layout.addWidget(self.preview_table, 1)
        self.splitter = FittingSplitter(Qt.Orientation.Vertical, share=0.5)
        self.splitter.addWidget(self.form_area)
        self.splitter.addWidget(preview)
        self.splitter.fit(1, self._preview_height)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.source_label)
        layout.addWidget(self.hint_label)
        layout.addWidget(self.splitter, 1)

    def _preview_height(self) -> int:
        """The label, the table's header and six rows of the file."""
        table = self.preview_table
        rows = 6 * table.verticalHeader().defaultSectionSize()
        scroll_bar = table.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, table)
        frame = 2 * table.frameWidth()
        header = table.horizontalHeader().sizeHint().height()
        return self.preview_label.sizeHint().height() + header + rows + scroll_bar + frame + 6

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
        return shown_text(self.error_label)

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
