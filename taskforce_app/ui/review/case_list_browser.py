"""A read-only browser of a forløb's imported case lists: the cases of each list (with a filter
box) and each import's row report (the rows skipped or refused, and why)."""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtCore import QObject, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from taskforce_app.bootstrap import AppContext
from taskforce_app.domain.cases import CaseListImportView, CaseRow, ImportReportLine
from taskforce_app.domain.errors import UserError
from taskforce_app.ui.kit.column_table import (
    RIGHT,
    SORT_ROLE,
    ColumnSpec,
    ColumnTableModel,
    date_sort,
)
from taskforce_app.ui.kit.error_label import error_label
from taskforce_app.ui.kit.inline_errors import InlineErrors


def _day(value: date | None) -> str:
    return "" if value is None else f"{value:%d-%m-%Y}"


def _number(value: int | None) -> str:
    return "" if value is None else str(value)


class CaseRowTableModel(ColumnTableModel[CaseRow]):
    """The cases of one imported list, one row per case, in the list's order."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            [
                ColumnSpec(
                    lambda: self.tr("Row"),
                    lambda r: _number(r.row_number or None),
                    lambda r: r.row_number,
                    align=RIGHT,
                ),
                ColumnSpec(lambda: self.tr("Case number"), lambda r: r.case_ref),
                ColumnSpec(lambda: self.tr("Case type"), lambda r: r.case_type, text_tooltip=True),
                ColumnSpec(lambda: self.tr("Measure"), lambda r: r.measure, text_tooltip=True),
                ColumnSpec(lambda: self.tr("Legal basis"), lambda r: r.legal_basis),
                ColumnSpec(
                    lambda: self.tr("Birth year"),
                    lambda r: _number(r.birth_year),
                    lambda r: r.birth_year or 0,
                    align=RIGHT,
                ),
                ColumnSpec(
                    lambda: self.tr("Age"),
                    lambda r: _number(r.age),
                    lambda r: -1 if r.age is None else r.age,
                    align=RIGHT,
                ),
                ColumnSpec(lambda: self.tr("Gender"), lambda r: r.gender),
                ColumnSpec(lambda: self.tr("Caseworker"), lambda r: r.caseworker),
                ColumnSpec(
                    lambda: self.tr("Notification received"),
                    lambda r: _day(r.notified_on),
                    lambda r: date_sort(r.notified_on),
                ),
                ColumnSpec(
                    lambda: self.tr("Decision"),
                    lambda r: _day(r.decided_on),
                    lambda r: date_sort(r.decided_on),
                ),
            ],
            key=lambda r: r.case_ref,
            parent=parent,
        )


class ReportLineTableModel(ColumnTableModel[ImportReportLine]):
    """An import's row report: the rows skipped or refused, and notes on the whole file."""

    def __init__(self, parent: QObject | None = None, *, language: str = "da") -> None:
        super().__init__(
            [
                ColumnSpec(
                    lambda: self.tr("Row"),
                    lambda line: _number(line.row),
                    lambda line: line.row or 0,
                    align=RIGHT,
                ),
                ColumnSpec(lambda: self.tr("Case number"), lambda line: line.case_ref),
                ColumnSpec(
                    lambda: self.tr("Problem"),
                    lambda line: line.message(language),
                    text_tooltip=True,
                ),
            ],
            key=lambda line: line,
            parent=parent,
        )


def filter_proxy(model: ColumnTableModel[CaseRow], parent: QObject) -> QSortFilterProxyModel:
    """A proxy that sorts by the sort role and keeps the rows where any cell holds the filter
    text (case-blind)."""
    proxy = QSortFilterProxyModel(parent)
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    proxy.setFilterKeyColumn(-1)
    proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    return proxy


def _table(model: QSortFilterProxyModel | ColumnTableModel[ImportReportLine]) -> QTableView:
    table = QTableView()
    table.setModel(model)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    header.setMaximumSectionSize(360)
    return table


class CaseListBrowser(InlineErrors, QDialog):
    """The forløb's case lists, newest first: the cases of the chosen list and its row report.

    Read-only: nothing here changes the database.
    """

    def __init__(
        self,
        context: AppContext,
        engagement_id: uuid.UUID,
        parent: QWidget | None = None,
        *,
        language: str = "da",
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._language = language
        self.setWindowTitle(self.tr("Case lists"))

        self.import_combo = QComboBox()
        self.import_combo.setMinimumContentsLength(40)
        self.import_combo.currentIndexChanged.connect(self._import_chosen)
        import_label = QLabel(self.tr("&Case list:"))
        import_label.setBuddy(self.import_combo)
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.error_label = error_label()

        self.case_model = CaseRowTableModel(self)
        self.case_proxy = filter_proxy(self.case_model, self)
        self.case_table = _table(self.case_proxy)
        self.case_table.setSortingEnabled(True)
        self.case_table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.filter_edit = QLineEdit()
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setPlaceholderText(self.tr("Filter: case number, case type, measure …"))
        self.filter_edit.textChanged.connect(self.set_filter)
        filter_label = QLabel(self.tr("&Filter:"))
        filter_label.setBuddy(self.filter_edit)
        self.count_label = QLabel()
        filter_row = QHBoxLayout()
        filter_row.addWidget(filter_label)
        filter_row.addWidget(self.filter_edit, 1)
        filter_row.addWidget(self.count_label)
        cases_tab = QWidget()
        cases_layout = QVBoxLayout(cases_tab)
        cases_layout.addLayout(filter_row)
        cases_layout.addWidget(self.case_table, 1)

        self.report_model = ReportLineTableModel(self, language=language)
        self.report_table = _table(self.report_model)
        self.report_label = QLabel()
        self.report_label.setWordWrap(True)
        report_tab = QWidget()
        report_layout = QVBoxLayout(report_tab)
        report_layout.addWidget(self.report_label)
        report_layout.addWidget(self.report_table, 1)

        self.tabs = QTabWidget()
        self.tabs.addTab(cases_tab, self.tr("Cases"))
        self.tabs.addTab(report_tab, self.tr("Row report"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)

        top = QHBoxLayout()
        top.addWidget(import_label)
        top.addWidget(self.import_combo, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.error_label)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        self.resize(980, 620)

        self._imports: tuple[CaseListImportView, ...] = ()
        try:
            self._imports = context.case_lists.imports(engagement_id)
        except UserError as error:
            self._show_error(error)
        self.import_combo.blockSignals(True)
        for view in self._imports:
            self.import_combo.addItem(self._import_title(view), str(view.id))
        self.import_combo.blockSignals(False)
        if self._imports:
            self._import_chosen(0)
        else:
            self.summary_label.setText(self.tr("No case list imported yet."))
            self._show_counts()

    @property
    def imports(self) -> tuple[CaseListImportView, ...]:
        """The lists shown, newest first."""
        return self._imports

    def choose_import(self, index: int) -> None:
        """Show the list at `index` of `imports`."""
        self.import_combo.setCurrentIndex(index)

    def set_filter(self, text: str) -> None:
        """Show only the cases where a cell holds `text` (case-blind)."""
        if self.filter_edit.text() != text:
            self.filter_edit.setText(text)
            return
        self.case_proxy.setFilterFixedString(text.strip())
        self._show_counts()

    def shown_refs(self) -> list[str]:
        """The case numbers the table shows, in its order."""
        return [
            str(self.case_proxy.index(row, 1).data()) for row in range(self.case_proxy.rowCount())
        ]

    def _import_title(self, view: CaseListImportView) -> str:
        when = view.imported_at.astimezone()
        return (
            self.tr("%1 – imported %2 (%3 cases)")
            .replace("%1", view.file_name + (f" ({view.sheet_name})" if view.sheet_name else ""))
            .replace("%2", f"{when:%d-%m-%Y %H:%M}")
            .replace("%3", str(view.imported_count))
        )

    def _import_chosen(self, index: int) -> None:
        if not 0 <= index < len(self._imports):
            return
        view = self._imports[index]
        self.error_label.hide()
        try:
            rows = self._context.case_lists.cases(view.id)
        except UserError as error:
            self._show_error(error)
            rows = ()
        self.case_model.set_rows(rows)
        self.report_model.set_rows(view.report)
        self.summary_label.setText(
            self.tr("%1 rows read: %2 imported, %3 refused or skipped. Imported by %4.")
            .replace("%1", str(view.row_count))
            .replace("%2", str(view.imported_count))
            .replace("%3", str(view.rejected_count))
            .replace("%4", view.imported_by or "–")
        )
        if view.report:
            self.report_label.setText(
                self.tr("The rows that were not imported, and why; notes on the whole file first.")
            )
        else:
            self.report_label.setText(self.tr("Every row was imported."))
        self._show_counts()

    def _show_counts(self) -> None:
        self.count_label.setText(
            self.tr("%1 of %2 cases")
            .replace("%1", str(self.case_proxy.rowCount()))
            .replace("%2", str(self.case_model.rowCount()))
        )
