"""A Qt list model of records, each line with a check box: which are ticked, by key."""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, Qt, Signal

from taskforce_app.ui.kit.column_table import ID_ROLE, Index

T = TypeVar("T")


class CheckableListModel(QAbstractListModel, Generic[T]):
    """Lines of records that can be ticked; `checked_changed` follows every tick and reset.

    `key` identifies a record (its text is the line's `ID_ROLE`), `text` names it and
    `tooltip`, when given, explains it.
    """

    checked_changed = Signal()

    def __init__(
        self,
        key: Callable[[T], Hashable],
        text: Callable[[T], str],
        parent: QObject | None = None,
        *,
        tooltip: Callable[[T], str] | None = None,
    ) -> None:
        super().__init__(parent)
        self._key = key
        self._text = text
        self._tooltip = tooltip
        self._items: list[T] = []
        self._checked: set[Hashable] = set()

    def set_items(self, items: Iterable[T], checked: Iterable[Hashable] = ()) -> None:
        """Replace the lines; those whose key is in `checked` are ticked."""
        self.beginResetModel()
        self._items = list(items)
        known = {self._key(item) for item in self._items}
        self._checked = {key for key in checked if key in known}
        self.endResetModel()
        self.checked_changed.emit()

    def items(self) -> list[T]:
        """Every line's record."""
        return list(self._items)

    def checked_items(self) -> list[T]:
        """The ticked records, in list order."""
        return [item for item in self._items if self._key(item) in self._checked]

    def set_checked(self, key: Hashable, checked: bool) -> None:
        """Tick or untick the line of `key`."""
        for row, item in enumerate(self._items):
            if self._key(item) == key:
                self.setData(
                    self.index(row),
                    (Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked).value,
                    Qt.ItemDataRole.CheckStateRole,
                )

    def set_all(self, checked: bool) -> None:
        """Tick or untick every line."""
        self._checked = {self._key(item) for item in self._items} if checked else set()
        if self._items:
            self.dataChanged.emit(
                self.index(0), self.index(len(self._items) - 1), [Qt.ItemDataRole.CheckStateRole]
            )
        self.checked_changed.emit()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Number of lines."""
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Text, tooltip, check state and key."""
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(item)
        if role == Qt.ItemDataRole.ToolTipRole and self._tooltip is not None:
            return self._tooltip(item)
        if role == Qt.ItemDataRole.CheckStateRole:
            ticked = self._key(item) in self._checked
            return Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked
        if role == ID_ROLE:
            return str(self._key(item))
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Tick or untick a line (`CheckStateRole`, a `Qt.CheckState` or its value)."""
        if (
            role != Qt.ItemDataRole.CheckStateRole
            or not index.isValid()
            or not 0 <= index.row() < len(self._items)
        ):
            return False
        state = value.value if isinstance(value, Qt.CheckState) else value
        key = self._key(self._items[index.row()])
        if state == Qt.CheckState.Checked.value:
            self._checked.add(key)
        else:
            self._checked.discard(key)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        self.checked_changed.emit()
        return True

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Lines can be ticked."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsUserCheckable
            | Qt.ItemFlag.ItemNeverHasChildren
        )
