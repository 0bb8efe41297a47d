"""Column widths that fit a table view's width: every key column at least as wide as its content
needs (whole texts, or the longest word of a wrapped text), the room left shared by weight."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QHeaderView, QStyle, QTableView


@dataclass(frozen=True, slots=True)
class ColumnFit:
    """How one column takes its width.

    `wrap`: the text may wrap at spaces (its least width is its longest word), else it is kept
    whole. `weight`: its share of the room left once every column has its least width, up to
    the width of its longest line; the room nobody takes goes to the heaviest column.
    """

    wrap: bool = False
    weight: int = 0


def text_margin(view: QTableView) -> int:
    """The horizontal room an item view's style keeps around a cell's text (both sides)."""
    style = view.style()
    return 2 * (style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1)


def column_needs(view: QTableView, column: int, fit: ColumnFit) -> tuple[int, int]:
    """(least, natural) width of `column`: the header, and the longest word (wrapped) or line."""
    model = view.model()
    header = view.horizontalHeader()
    margin = text_margin(view) + 2
    least = natural = header.sectionSizeHint(column)
    for row in range(model.rowCount()):
        index = model.index(row, column)
        text = str(index.data() or "")
        if not text:
            continue
        font = index.data(Qt.ItemDataRole.FontRole)
        metrics = QFontMetrics(font if isinstance(font, QFont) else view.font())
        lines = text.splitlines()
        line = max(metrics.horizontalAdvance(part) for part in lines) + margin
        natural = max(natural, line)
        if fit.wrap:
            words = (word for part in lines for word in part.split(" "))
            least = max(least, max(metrics.horizontalAdvance(word) for word in words) + margin)
        else:
            least = max(least, line)
    return least, max(least, natural)


def fitted_widths(
    room: int, needs: Mapping[int, tuple[int, int]], fits: Mapping[int, ColumnFit]
) -> dict[int, int]:
    """Widths within `room`: each column's least width, then the rest shared by weight up to
    each column's natural width, what is left to the heaviest column."""
    widths = {column: least for column, (least, _natural) in needs.items()}
    left = room - sum(widths.values())
    while left > 0:
        open_columns = [
            column
            for column in widths
            if fits[column].weight > 0 and widths[column] < needs[column][1]
        ]
        total = sum(fits[column].weight for column in open_columns)
        if total == 0:
            break
        given = 0
        for column in open_columns:
            share = max(left * fits[column].weight // total, 1)
            step = min(share, needs[column][1] - widths[column], left - given)
            widths[column] += step
            given += step
        left -= given
        if given == 0:
            break
    heaviest = max(widths, key=lambda column: fits[column].weight, default=None)
    if left > 0 and heaviest is not None and fits[heaviest].weight > 0:
        widths[heaviest] += left
    return widths


class ColumnFitter(QObject):
    """Keeps a table's columns fitted to its viewport: after every resize and new rows."""

    def __init__(self, view: QTableView, fits: Mapping[int, ColumnFit]) -> None:
        super().__init__(view)
        self._view = view
        self._fits = dict(fits)
        header = view.horizontalHeader()
        header.setStretchLastSection(False)
        for column in self._fits:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        view.viewport().installEventFilter(self)
        model = view.model()
        model.modelReset.connect(self.refit)
        model.layoutChanged.connect(self.refit)
        model.rowsInserted.connect(self.refit)
        model.dataChanged.connect(self.refit)

    def least_width(self) -> int:
        """The width the fitted columns need at least (their texts wrapped at spaces)."""
        return sum(self._needs()[column][0] for column in self._needs())

    def refit(self) -> None:
        """Size the columns for the viewport's width now."""
        needs = self._needs()
        room = self._view.viewport().width()
        widths = fitted_widths(room, needs, self._fits)
        header = self._view.horizontalHeader()
        for column, width in widths.items():
            if header.sectionSize(column) != width:
                header.resizeSection(column, width)
        if self._view.wordWrap():
            self._view.resizeRowsToContents()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Refit when the viewport's width changes."""
        if event.type() == QEvent.Type.Resize:
            self.refit()
        return super().eventFilter(watched, event)

    def _needs(self) -> dict[int, tuple[int, int]]:
        return {
            column: column_needs(self._view, column, fit)
            for column, fit in self._fits.items()
            if not self._view.isColumnHidden(column)
        }
