"""One Qt table model for every table: its columns declared as `ColumnSpec`s over frozen records."""

from __future__ import annotations

from collections.abc import Callable, Hashable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QIcon

from taskforce_app.ui.kit.labels import danish_sort_key, date_text
from taskforce_app.ui.kit.palette_colours import cell_background, cell_text

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
FILTER_ROLE = Qt.ItemDataRole.UserRole + 3
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 4
FEATURE_ROLE = Qt.ItemDataRole.UserRole + 10
"""The first role free for a feature's own row data (FEATURE_ROLE, FEATURE_ROLE + 1, …)."""

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
CENTRE = Qt.AlignmentFlag.AlignCenter
NO_VALUE_LAST = 10**9

Index = QModelIndex | QPersistentModelIndex
T = TypeVar("T")

_READ_ONLY = (
    Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
)


@dataclass(frozen=True)
class ColumnSpec(Generic[T]):
    """One column: its header, and how a record gives each role of its cell.

    `display` gives the text; `sort` the key of `SORT_ROLE` (the text when absent); `edit_value`
    the value an editor starts from (the text when absent); `edit`, when given, makes the cell
    editable and takes the record and the value typed, returning the record to show instead or
    None to refuse it. `text_tooltip` repeats the text as the tooltip (for narrow columns).
    `foreground` and `background` give hues: the shades shown come from the palette
    (`palette_colours`), so every text reads in a light and in a dark palette.
    Any other role comes from `roles`.
    """

    header: Callable[[], str]
    display: Callable[[T], str]
    sort: Callable[[T], object] | None = None
    align: Qt.AlignmentFlag | None = None
    header_tooltip: Callable[[], str | None] | None = None
    tooltip: Callable[[T], str | None] | None = None
    text_tooltip: bool = False
    foreground: Callable[[T], QColor | None] | None = None
    background: Callable[[T], QColor | None] | None = None
    font: Callable[[T], QFont | None] | None = None
    decoration: Callable[[T], QIcon | None] | None = None
    edit_value: Callable[[T], object] | None = None
    edit: Callable[[T, Any], T | None] | None = None
    editable: Callable[[T], bool] | None = None
    roles: Mapping[int, Callable[[T], object]] = field(default_factory=dict)


class ColumnTableModel(QAbstractTableModel, Generic[T]):
    """A flat table over frozen records, one row each, columns from `ColumnSpec`s.

    `set_rows` with the records of the same keys in the same order updates the cells in place
    (`dataChanged`), so an editor open in a view survives a refresh; otherwise it resets.
    Every column answers `ID_ROLE` with the row's key (as text) and the `row_roles` given.
    """

    def __init__(
        self,
        columns: Sequence[ColumnSpec[T]],
        key: Callable[[T], Hashable],
        parent: QObject | None = None,
        *,
        row_roles: Mapping[int, Callable[[T], object]] | None = None,
    ) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._key = key
        self._row_roles = dict(row_roles or {})
        self._rows: list[T] = []

    @property
    def columns(self) -> list[ColumnSpec[T]]:
        """The column specs, in order."""
        return list(self._columns)

    def set_columns(self, columns: Sequence[ColumnSpec[T]]) -> None:
        """Replace the columns (a reset)."""
        self.beginResetModel()
        self._columns = list(columns)
        self.endResetModel()

    def set_rows(self, rows: Sequence[T]) -> None:
        """Replace the records."""
        new = list(rows)
        if new and [self._key(r) for r in new] == [self._key(r) for r in self._rows]:
            self._rows = new
            if self._columns:
                self.dataChanged.emit(
                    self.index(0, 0), self.index(len(new) - 1, len(self._columns) - 1)
                )
            return
        self.beginResetModel()
        self._rows = new
        self.endResetModel()

    def reset_rows(self, rows: Sequence[T]) -> None:
        """Replace the records with a model reset (views drop their selection)."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def records(self) -> list[T]:
        """The records, in model order."""
        return list(self._rows)

    def record_at(self, row: int) -> T:
        """The record of one row."""
        return self._rows[row]

    def keys(self) -> list[Hashable]:
        """The keys of the records, in model order."""
        return [self._key(record) for record in self._rows]

    def row_of(self, key: Hashable) -> int | None:
        """The row of the record whose key is `key`, if any."""
        for row, record in enumerate(self._rows):
            if self._key(record) == key:
                return row
        return None

    def replace_record(self, row: int, record: T) -> None:
        """Show `record` in place of row `row` (same key expected)."""
        self._rows[row] = record
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self._columns) - 1))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Number of records (none under a valid parent: a flat table)."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Number of columns."""
        return 0 if parent.isValid() else len(self._columns)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        """Translated column titles and their tooltips."""
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._columns):
            return None
        column = self._columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.header()
        if role == Qt.ItemDataRole.ToolTipRole and column.header_tooltip is not None:
            return column.header_tooltip()
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Each role of a cell, as its column spec says."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if not 0 <= index.column() < len(self._columns):
            return None
        record = self._rows[index.row()]
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.display(record)
        if role == Qt.ItemDataRole.EditRole:
            return (
                column.display(record) if column.edit_value is None else column.edit_value(record)
            )
        if role == SORT_ROLE:
            return column.display(record) if column.sort is None else column.sort(record)
        if role == ID_ROLE:
            return str(self._key(record))
        return self._role_data(record, column, role)

    def _role_data(self, record: T, column: ColumnSpec[T], role: int) -> Any:
        if role in column.roles:
            return column.roles[role](record)
        if role in self._row_roles:
            return self._row_roles[role](record)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return None if column.align is None else int(column.align)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column.tooltip is not None:
                return column.tooltip(record)
            return (column.display(record) or None) if column.text_tooltip else None
        if role == Qt.ItemDataRole.ForegroundRole:
            hue = None if column.foreground is None else column.foreground(record)
            back = None if column.background is None else column.background(record)
            return None if hue is None and back is None else cell_text(hue, back)
        if role == Qt.ItemDataRole.BackgroundRole:
            back = None if column.background is None else column.background(record)
            return None if back is None else cell_background(back)
        if role == Qt.ItemDataRole.FontRole:
            return None if column.font is None else column.font(record)
        if role == Qt.ItemDataRole.DecorationRole:
            return None if column.decoration is None else column.decoration(record)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Selectable cells; editable where the column has an `edit`."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if not 0 <= index.row() < len(self._rows) or not 0 <= index.column() < len(self._columns):
            return _READ_ONLY
        column = self._columns[index.column()]
        if column.edit is not None and (
            column.editable is None or column.editable(self._rows[index.row()])
        ):
            return _READ_ONLY | Qt.ItemFlag.ItemIsEditable
        return _READ_ONLY

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Hand a typed value to the column's `edit`; show the record it returns."""
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        if not Qt.ItemFlag.ItemIsEditable & self.flags(index):
            return False
        column = self._columns[index.column()]
        assert column.edit is not None
        changed = column.edit(self._rows[index.row()], value)
        if changed is None:
            return False
        self.replace_record(index.row(), changed)
        return True


def date_sort(value: date | None) -> int:
    """A sort key for an optional date (no date last)."""
    return NO_VALUE_LAST if value is None else value.toordinal()


def text_column(header: Callable[[], str], text: Callable[[T], str], **more: Any) -> ColumnSpec[T]:
    """A column of texts sorted the Danish way (`more`: the spec's other fields)."""
    return ColumnSpec(header, text, lambda record: danish_sort_key(text(record)), **more)


def date_column(
    header: Callable[[], str], value: Callable[[T], date | None], **more: Any
) -> ColumnSpec[T]:
    """A column of optional dates as dd-mm-yyyy, sorted by date with no date last."""
    return ColumnSpec(
        header,
        lambda record: date_text(value(record)),
        lambda record: date_sort(value(record)),
        **more,
    )


def number_column(
    header: Callable[[], str], value: Callable[[T], int], **more: Any
) -> ColumnSpec[T]:
    """A right-aligned column of whole numbers, sorted by value."""
    return ColumnSpec(header, lambda record: str(value(record)), value, align=RIGHT, **more)


def sorted_proxy(
    model: QAbstractTableModel, parent: QObject | None = None
) -> QSortFilterProxyModel:
    """A proxy sorting `model` by its `SORT_ROLE`."""
    proxy = QSortFilterProxyModel(parent)
    proxy.setSortRole(SORT_ROLE)
    proxy.setSourceModel(model)
    return proxy
