"""Pages that refresh only when on screen: a change while hidden waits for the next show."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget


class RefreshWhenShown(QObject):
    """Runs `refresh` for `page` now when it is visible, else when it is next shown (pages not
    on screen cost nothing). Starts stale: the first show refreshes."""

    def __init__(self, page: QWidget, refresh: Callable[[], None]) -> None:
        super().__init__(page)
        self._page, self._refresh = page, refresh
        self.stale = True
        page.installEventFilter(self)

    def request(self) -> None:
        """Refresh now if the page is shown, else on its next show."""
        if self._page.isVisible():
            self.stale = False
            self._refresh()
        else:
            self.stale = True

    def catch_up(self) -> None:
        """Refresh now if a change came while the page was hidden."""
        if self.stale:
            self.stale = False
            self._refresh()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Catch up when the page comes on screen (before its own show handling)."""
        if watched is self._page and event.type() == QEvent.Type.Show:
            self.catch_up()
        return False
