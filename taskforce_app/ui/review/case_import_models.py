"""Qt models of the case list import: the file preview with its mapped columns, the problems."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
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
from taskforce_app.ui.kit.palette_colours import BLUE, cell_background

if TYPE_CHECKING:
    pass

QWIDGETSIZE_MAX = (1 << 24) - 1


Index = QModelIndex | QPersistentModelIndex


PREVIEW_ROWS = 20


MAX_ROWS_FITTED = 500
"""Up to this many problems, each row is as high as its wrapped message."""


FILE_FILTER = "Sagsudtræk (*.xlsx *.xlsm *.csv);;Excel (*.xlsx *.xlsm);;CSV (*.csv)"


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
            return cell_background(BLUE)
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
