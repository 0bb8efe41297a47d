"""Import key figures (nøgletal) from a Statistikbanken CSV: choose the file, import, see counts."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, QRegularExpression, Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from taskforce_app.bootstrap import AppContext
from taskforce_app.domain.key_figures import ImportReport, table_title
from taskforce_app.ui.kit.prompts import Prompts
from taskforce_app.ui.kit.workers import JobControl, run_with_progress
from taskforce_app.ui.reports.returned_dialog import ProblemRow, ProblemTableModel, read_only_table


class StatisticsDialog(QDialog):
    """A Danmarks Statistik CSV (UND1, ANBAAR …, FOLK1A) imported in one transaction."""

    imported = Signal(object)
    """The `ImportReport` of a file that was imported."""

    def __init__(
        self,
        context: AppContext,
        prompts: Prompts,
        parent: QWidget | None = None,
        *,
        language: str = "da",
        start_folder: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self._context, self._prompts, self._language = context, prompts, language
        self._start = start_folder
        self._path: Path | None = None
        self.report: ImportReport | None = None
        self.setWindowTitle(self.tr("Import key figures (Statistics Denmark)"))
        self.resize(760, 560)

        help_label = QLabel(
            self.tr(
                "In Statistikbanken (statistikbanken.dk) choose a table such as UND1 "
                "(notifications about children) or ANBAAR (children in care), tick the "
                "municipalities you need, “Hele landet” and the years, and save the table as "
                "a semicolon-separated CSV file (;). Import FOLK1A (children aged 0–17) too "
                "to see the figures per 1,000 children. Importing a file again replaces its "
                "figures."
            )
        )
        help_label.setWordWrap(True)
        self.file_edit = QLineEdit()
        self.file_edit.setReadOnly(True)
        self.file_edit.setPlaceholderText(self.tr("No file chosen"))
        self.choose_button = QPushButton(self.tr("Choose &file…"))
        self.choose_button.clicked.connect(self.choose_file)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(self.choose_button)
        self.table_edit = QLineEdit()
        self.table_edit.setPlaceholderText(self.tr("Found in the file (e.g. UND1)"))
        self.table_edit.setValidator(
            QRegularExpressionValidator(QRegularExpression("[A-Za-z0-9]{0,12}"), self.table_edit)
        )
        self.table_edit.setMaximumWidth(260)
        form = QFormLayout()
        file_label = QLabel(self.tr("CSV &file:"))
        file_label.setBuddy(self.choose_button)
        form.addRow(file_label, file_row)
        table_label = QLabel(self.tr("&Table code:"))
        table_label.setBuddy(self.table_edit)
        form.addRow(table_label, self.table_edit)

        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problems_label = QLabel()
        self.problems_model = ProblemTableModel(self)
        self.problems_table = read_only_table(self.problems_model)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.import_button = QPushButton(self.tr("&Import"))
        self.buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.import_button.clicked.connect(self.import_file)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(help_label)
        layout.addSpacing(6)
        layout.addLayout(form)
        layout.addWidget(self.result_label)
        layout.addWidget(self.problems_label)
        layout.addWidget(self.problems_table, 1)
        layout.addWidget(self.buttons)
        self._show_report()

    @property
    def path(self) -> Path | None:
        """The chosen CSV file."""
        return self._path

    def choose_file(self) -> None:
        """Ask for the CSV file."""
        chosen = self._prompts.choose_file(
            self.tr("Choose a Statistikbanken file"),
            self.tr("CSV files (*.csv *.txt);;All files (*)"),
            self._start if self._path is None else self._path.parent,
        )
        if chosen is not None:
            self.set_file(chosen)

    def set_file(self, path: Path) -> None:
        """Use `path` for the next import."""
        self._path = path
        self.file_edit.setText(str(path))
        self.report = None
        self._show_report()

    def import_file(self) -> ImportReport | None:
        """Import the chosen file off the GUI thread and show the counts and problems."""
        path = self._path
        if path is None:
            return None
        code = self.table_edit.text().strip().upper() or None
        service = self._context.key_figures

        def job(control: JobControl) -> ImportReport:
            control.check()
            return service.import_file(path, table_code=code)

        report = run_with_progress(
            self, self.tr("Importing key figures"), job, self._prompts, self._language
        )
        self.report = report
        self._show_report()
        if report is None:
            self.result_label.setText(self.tr("Nothing was imported."))
        else:
            self.imported.emit(report)
        return report

    def _show_report(self) -> None:
        report = self.report
        self.import_button.setEnabled(self._path is not None)
        problems = [] if report is None else list(report.problems)
        self.problems_model.set_rows(
            [
                ProblemRow(position, problem.row_number, problem.message(self._language))
                for position, problem in enumerate(problems)
            ]
        )
        self.problems_label.setText(
            self.tr("Rows not imported (%1)").replace("%1", self._number(len(problems)))
        )
        self.problems_label.setVisible(bool(problems))
        self.problems_table.setVisible(bool(problems))
        if problems:
            self.problems_table.resizeColumnToContents(0)
        if report is None:
            self.result_label.clear()
            return
        self.result_label.setText(
            self.tr(
                "%1 (%2): %3 figure(s) imported (%4 new, %5 replaced) from %6 row(s); %7 "
                "suppressed value(s) (..) kept as missing; %8 row(s) for regions and other "
                "non-municipal areas left out."
            )
            .replace("%1", table_title(report.table_code))
            .replace("%2", report.table_code)
            .replace("%3", self._number(report.imported))
            .replace("%4", self._number(report.inserted))
            .replace("%5", self._number(report.replaced))
            .replace("%6", self._number(report.rows_read))
            .replace("%7", self._number(report.suppressed))
            .replace("%8", self._number(report.skipped_areas))
        )

    def _number(self, value: int) -> str:
        language = QLocale.Language.Danish if self._language == "da" else QLocale.Language.English
        return QLocale(language).toString(value)
