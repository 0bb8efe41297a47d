"""Qt models of the case list import: the file preview with its mapped columns, the problems."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

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
    preview_rows,
)
from taskforce_app.ui.kit.column_table import RIGHT, ColumnSpec, ColumnTableModel
from taskforce_app.ui.kit.palette_colours import BLUE

if TYPE_CHECKING:
    pass

QWIDGETSIZE_MAX = (1 << 24) - 1


Index = QModelIndex | QPersistentModelIndex


PREVIEW_ROWS = 20


MAX_ROWS_FITTED = 500
"""Up to this many problems, each row is as high as its wrapped message."""


FILE_FILTER = "Sagsudtræk (*.xlsx *.xlsm *.csv);;Excel (*.xlsx *.xlsm);;CSV (*.csv)"


PreviewRow = tuple[int, tuple[str, ...]]
"""A previewed row: its number in the file and its (masked) cells."""


class CasePreviewModel(ColumnTableModel[PreviewRow]):
    """The first rows of a case table (CPR numbers masked), with the mapped fields in the header."""

    def __init__(self, parent: QObject | None = None, *, language: str = "da") -> None:
        super().__init__([], key=lambda row: row[0], parent=parent)
        self._language = language
        self._headers: tuple[str, ...] = ()
        self._fields: dict[int, CaseField] = {}

    def set_table(self, table: CaseTable | None, mapping: CaseColumnMapping | None) -> None:
        """Show the first rows of `table`; mark the columns `mapping` reads."""
        self._headers = () if table is None else table.headers
        self._fields = {} if mapping is None else {index: f for f, index in mapping.items()}
        self.set_columns([self._column(section) for section in range(len(self._headers))])
        self.reset_rows([] if table is None else preview_rows(table, PREVIEW_ROWS))

    def set_mapping(self, mapping: CaseColumnMapping) -> None:
        """Mark the columns another mapping reads."""
        self._fields = {index: case_field for case_field, index in mapping.items()}
        if self._headers:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._headers) - 1)
            self.dataChanged.emit(
                self.index(0, 0),
                self.index(max(0, self.rowCount() - 1), len(self._headers) - 1),
                [Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole],
            )

    def _column(self, section: int) -> ColumnSpec[PreviewRow]:
        return ColumnSpec(
            lambda: self._header(section),
            lambda row: row[1][section],
            header_tooltip=lambda: (
                self.tr("Looks like personal data: never read into a case, hidden here.")
                if is_sensitive_header(self._headers[section])
                else None
            ),
            background=lambda _row: BLUE if section in self._fields else None,
        )

    def _header(self, section: int) -> str:
        """A column heading (with "→ field" when mapped, "(hidden)" when sensitive)."""
        header = self._headers[section]
        case_field = self._fields.get(section)
        if case_field is not None:
            return f"{header}\n→ {case_field.label(self._language)}"
        if is_sensitive_header(header):
            hidden = self.tr("(hidden)")
            return f"{header}\n{hidden}"
        return header

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Column headings from the specs; row numbers as in the file."""
        if orientation == Qt.Orientation.Vertical:
            if role == Qt.ItemDataRole.DisplayRole and 0 <= section < self.rowCount():
                return str(self.record_at(section)[0])
            return None
        return super().headerData(section, orientation, role)

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Read-only cells, not selectable."""
        return super().flags(index) & ~Qt.ItemFlag.ItemIsSelectable


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
