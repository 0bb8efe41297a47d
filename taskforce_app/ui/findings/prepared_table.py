"""Tables over rows prepared once (texts, keys, colours, icons), and helpers for their proxies."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QObject,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor, QIcon
from PySide6.QtWidgets import QComboBox

from taskforce_app.ui.kit.column_table import (
    FILTER_ROLE,
    ID_ROLE,
    RIGHT,
    ColumnSpec,
    ColumnTableModel,
    Index,
)


@dataclass(frozen=True, slots=True)
class Prepared:
    """One row of a `PreparedTableModel`: texts and keys computed once."""

    id: uuid.UUID
    display: tuple[str, ...]
    sort: tuple[str | int, ...]
    keys: object = None
    foreground: dict[Any, QColor] | None = None
    icons: dict[Any, QIcon] | None = None
    tooltips: dict[Any, str] | None = None
    right: frozenset[int] = frozenset()


def prepared_columns(
    count: int,
    titles: Callable[[], Sequence[str]],
    header_tooltip: Callable[[int], str | None],
) -> list[ColumnSpec[Prepared]]:
    """`count` column specs reading a `Prepared` row's texts, keys, colours and icons."""
    return [_prepared_column(column, titles, header_tooltip) for column in range(count)]


def _prepared_column(
    column: int,
    titles: Callable[[], Sequence[str]],
    header_tooltip: Callable[[int], str | None],
) -> ColumnSpec[Prepared]:
    def tooltip(item: Prepared) -> str | None:
        if item.tooltips and column in item.tooltips:
            return item.tooltips[column]
        return item.display[column] or None

    return ColumnSpec(
        lambda: titles()[column],
        lambda item: item.display[column],
        lambda item: item.sort[column],
        header_tooltip=lambda: header_tooltip(column),
        tooltip=tooltip,
        foreground=lambda item: item.foreground.get(column) if item.foreground else None,
        decoration=lambda item: item.icons.get(column) if item.icons else None,
        roles={
            Qt.ItemDataRole.TextAlignmentRole: lambda item: (
                int(RIGHT) if column in item.right else None
            )
        },
    )


class PreparedTableModel(ColumnTableModel[Prepared]):
    """A read-only table over rows prepared once; subclasses give the titles and `set_views`."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            prepared_columns(len(self.titles()), self.titles, self.header_tooltip),
            key=lambda item: item.id,
            parent=parent,
            row_roles={FILTER_ROLE: lambda item: item.keys},
        )

    def titles(self) -> Sequence[str]:
        """The translated column titles."""
        raise NotImplementedError

    def header_tooltip(self, section: int) -> str | None:
        """A column's tooltip, if any."""
        return None

    def _set_prepared(self, rows: list[Prepared]) -> None:
        self.reset_rows(rows)

    def ids(self) -> list[uuid.UUID]:
        """The row ids, in model order."""
        return [row.id for row in self.records()]


def find_data(combo: QComboBox, value: object) -> int:
    """The index of the item whose data equals `value` (Python equality, so ids work), or -1."""
    for index in range(combo.count()):
        if combo.itemData(index) == value:
            return index
    return -1


def id_at(proxy: QSortFilterProxyModel, index: Index) -> uuid.UUID | None:
    """The id of the row shown at a proxy index."""
    if not index.isValid():
        return None
    value = proxy.index(index.row(), 0).data(ID_ROLE)
    return uuid.UUID(value) if isinstance(value, str) else None


def shown_ids(proxy: QSortFilterProxyModel) -> list[uuid.UUID]:
    """The ids a proxy shows, top to bottom."""
    found = []
    for row in range(proxy.rowCount()):
        item = id_at(proxy, proxy.index(row, 0))
        if item is not None:
            found.append(item)
    return found
