"""The ColumnSpec-driven table model of ui/kit: roles from specs, in-place refresh, edits."""

from __future__ import annotations

from dataclasses import dataclass, replace

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont
from pytestqt.modeltest import ModelTester

from taskforce_app.ui.kit.column_table import (
    ID_ROLE,
    RIGHT,
    SORT_ROLE,
    ColumnSpec,
    ColumnTableModel,
    sorted_proxy,
)
from taskforce_app.ui.kit.palette_colours import cell_background, cell_text

RED = QColor("#c62828")


@dataclass(frozen=True)
class Item:
    """A frozen record as the services return them."""

    id: int
    name: str
    count: int


def _rename(item: Item, value: object) -> Item | None:
    text = str(value).strip()
    return replace(item, name=text) if text else None


def _bold() -> QFont:
    font = QFont()
    font.setBold(True)
    return font


BOLD = _bold()

COLUMNS: list[ColumnSpec[Item]] = [
    ColumnSpec(
        lambda: "Name",
        lambda item: item.name,
        lambda item: item.name.casefold(),
        text_tooltip=True,
        edit=_rename,
        header_tooltip=lambda: "The item's name",
    ),
    ColumnSpec(
        lambda: "Count",
        lambda item: str(item.count),
        lambda item: item.count,
        align=RIGHT,
        foreground=lambda item: RED if item.count < 0 else None,
        background=lambda item: RED if item.count > 100 else None,
        font=lambda item: BOLD if item.count < 0 else None,
        roles={Qt.ItemDataRole.AccessibleTextRole: lambda item: f"{item.count} items"},
    ),
]

ROWS = [Item(1, "Beta", 5), Item(2, "alfa", -3), Item(3, "Gamma", 200)]


def make_model() -> ColumnTableModel[Item]:
    """A model over ROWS."""
    model = ColumnTableModel(COLUMNS, key=lambda item: item.id)
    model.set_rows(ROWS)
    return model


def test_the_model_passes_the_model_tester(qtmodeltester: ModelTester) -> None:
    model = make_model()
    qtmodeltester.check(model)  # type: ignore[no-untyped-call]
    qtmodeltester.check(sorted_proxy(model))  # type: ignore[no-untyped-call]


def test_each_role_comes_from_the_column_spec() -> None:
    model = make_model()
    name, count = model.index(1, 0), model.index(1, 1)
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Name"
    assert (
        model.headerData(0, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
        == "The item's name"
    )
    assert name.data() == "alfa" and name.data(SORT_ROLE) == "alfa"
    assert name.data(Qt.ItemDataRole.ToolTipRole) == "alfa"
    assert name.data(ID_ROLE) == "2"
    assert count.data(SORT_ROLE) == -3
    assert count.data(Qt.ItemDataRole.TextAlignmentRole) == int(RIGHT)
    brush = count.data(Qt.ItemDataRole.ForegroundRole)
    assert isinstance(brush, QBrush) and brush.color() == cell_text(RED).color()
    assert count.data(Qt.ItemDataRole.FontRole).bold()
    assert count.data(Qt.ItemDataRole.AccessibleTextRole) == "-3 items"
    assert model.index(0, 1).data(Qt.ItemDataRole.ForegroundRole) is None
    background = model.index(2, 1).data(Qt.ItemDataRole.BackgroundRole)
    assert background.color() == cell_background(RED).color()
    assert model.index(0, 1).data(Qt.ItemDataRole.BackgroundRole) is None


def test_the_proxy_sorts_by_the_sort_keys() -> None:
    proxy = sorted_proxy(make_model())
    proxy.sort(1, Qt.SortOrder.AscendingOrder)
    assert [proxy.index(row, 0).data() for row in range(3)] == ["alfa", "Beta", "Gamma"]
    proxy.sort(0, Qt.SortOrder.DescendingOrder)
    assert [proxy.index(row, 0).data() for row in range(3)] == ["Gamma", "Beta", "alfa"]


def test_an_edit_replaces_the_record_and_a_refused_value_changes_nothing() -> None:
    model = make_model()
    name, count = model.index(0, 0), model.index(0, 1)
    assert model.flags(name) & Qt.ItemFlag.ItemIsEditable
    assert not model.flags(count) & Qt.ItemFlag.ItemIsEditable
    assert not model.setData(count, "9")
    assert not model.setData(name, "   ")
    assert model.record_at(0) == ROWS[0]
    assert model.setData(name, "Delta")
    assert model.record_at(0) == Item(1, "Delta", 5)


def test_rows_with_the_same_keys_refresh_in_place(qtbot: object) -> None:
    model = make_model()
    resets: list[bool] = []
    changed: list[tuple[int, int]] = []
    model.modelReset.connect(lambda: resets.append(True))
    model.dataChanged.connect(lambda first, last: changed.append((first.row(), last.row())))
    model.set_rows([replace(item, count=item.count + 1) for item in ROWS])
    assert not resets and changed == [(0, 2)]
    assert model.index(0, 1).data() == "6"
    model.set_rows(ROWS[:2])
    assert resets == [True] and model.rowCount() == 2
    assert model.row_of(2) == 1 and model.row_of(3) is None
