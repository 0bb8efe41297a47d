"""A splitter that gives some panes their natural size and the rest to the others, until the
user moves a handle (from then on the user's sizes hold and only the other panes grow)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QSplitter, QWidget


class FittingSplitter(QSplitter):
    """A `QSplitter` whose fitted panes take their hinted size (at most `share` of the whole)."""

    def __init__(
        self, orientation: Qt.Orientation, parent: QWidget | None = None, *, share: float = 0.5
    ) -> None:
        super().__init__(orientation, parent)
        self._share = share
        self._hints: dict[int, Callable[[], int]] = {}
        self.user_sized = False
        self.splitterMoved.connect(self._moved)

    def fit(self, index: int, hint: Callable[[], int]) -> None:
        """Give pane `index` the size `hint()` returns (read again at every fit)."""
        self._hints[index] = hint
        for pane in range(self.count()):
            self.setStretchFactor(pane, 0 if pane in self._hints else 1)

    def refit(self) -> None:
        """Size the panes from their hints now (also after the user moved a handle)."""
        count = self.count()
        if count == 0:
            return
        length = self.width() if self.orientation() == Qt.Orientation.Horizontal else self.height()
        total = length - self.handleWidth() * (count - 1)
        if total <= 0:
            return
        cap = int(total * self._share)
        fitted = {index: min(max(hint(), 0), cap) for index, hint in self._hints.items()}
        free = [index for index in range(count) if index not in fitted]
        rest = max(total - sum(fitted.values()), 0)
        sizes = [fitted.get(index, rest // max(len(free), 1)) for index in range(count)]
        self.setSizes(sizes)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Fit the panes again until the user has sized them."""
        super().resizeEvent(event)
        if not self.user_sized:
            self.refit()

    def _moved(self, _position: int, _index: int) -> None:
        self.user_sized = True
