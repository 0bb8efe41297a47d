"""The filter rows of the list pages: choice combos with an "all" entry, a search box, and a row
of labelled fields."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from enum import Enum
from typing import TypeVar

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QWidget

Choice = TypeVar("Choice", bound=Enum)


def wide_combo(min_length: int) -> QComboBox:
    """A combo box as wide as `min_length` characters, whatever its entries."""
    combo = QComboBox()
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(min_length)
    return combo


def choice_combo(all_text: str, choices: Iterable[tuple[str, object]]) -> QComboBox:
    """A filter combo: `all_text` (no filter, data None) and then (text, data) per choice."""
    combo = QComboBox()
    combo.addItem(all_text, None)
    for text, data in choices:
        combo.addItem(text, data)
    return combo


def chosen(combo: QComboBox, kind: type[Choice]) -> Choice | None:
    """The enum member whose value a filter combo holds, None for "all"."""
    value = combo.currentData()
    return kind(value) if isinstance(value, str) else None


def chosen_text(combo: QComboBox) -> str | None:
    """The text value a filter combo holds, None for "all"."""
    value = combo.currentData()
    return value if isinstance(value, str) else None


def refill_combo(combo: QComboBox, all_text: str, entries: Iterable[tuple[str, object]]) -> None:
    """Fill a filter combo again without signals, keeping the entry chosen (else "all")."""
    current = combo.currentData()
    combo.blockSignals(True)
    try:
        combo.clear()
        combo.addItem(all_text, None)
        for text, data in entries:
            combo.addItem(text, data)
        combo.setCurrentIndex(max(index_of(combo, current), 0) if current else 0)
    finally:
        combo.blockSignals(False)


def index_of(combo: QComboBox, data: object) -> int:
    """The index of the entry whose data equals `data` (Python equality, so ids work), or -1."""
    for index in range(combo.count()):
        if combo.itemData(index) == data:
            return index
    return -1


def search_edit(placeholder: str) -> QLineEdit:
    """A search box with a clear button and a hint of what it searches."""
    edit = QLineEdit()
    edit.setClearButtonEnabled(True)
    edit.setPlaceholderText(placeholder)
    return edit


def labelled_row(
    fields: Sequence[tuple[str, QWidget]],
    *,
    stretch: QWidget | None = None,
    spacing: int = 6,
    row: QHBoxLayout | None = None,
) -> QHBoxLayout:
    """A row of fields, each after its label (the label's mnemonic focuses the field);
    `stretch` takes the spare width."""
    row = row if row is not None else QHBoxLayout()
    for text, widget in fields:
        label = QLabel(text)
        label.setBuddy(widget)
        row.addWidget(label)
        row.addWidget(widget, 1 if widget is stretch else 0)
        if spacing:
            row.addSpacing(spacing)
    return row
