"""Read-only mode (a database opened read-only because another user writes to it): every input of
an editor is locked in one place, so no editor can forget a field or re-enable a Save button.

An editor creates one `ReadOnlyLock` over its root widget. While the database is read-only, text
fields become read-only (their text can still be selected and scrolled) and every other input and
button is disabled; an editor's own later `setEnabled(True)` is undone at once. Widgets that only
look or navigate (a filter, "Open engagement", "Export…") are marked with `keep_usable`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

_LOCKED = "readOnlyLocked"
_USABLE = "readOnlyUsable"

_TEXT_INPUTS = (QLineEdit, QPlainTextEdit, QTextEdit, QAbstractSpinBox)
_OTHER_INPUTS = (QComboBox, QAbstractButton, QListView)


def keep_usable(*widgets: QWidget) -> None:
    """Mark widgets that stay usable in read-only mode (they change nothing)."""
    for widget in widgets:
        widget.setProperty(_USABLE, True)


def is_locked(widget: QWidget) -> bool:
    """True when read-only mode keeps `widget` from changing anything."""
    if isinstance(widget, _TEXT_INPUTS):
        return widget.isReadOnly() or not widget.isEnabled()
    return not widget.isEnabled()


def inputs_under(root: QWidget) -> list[QWidget]:
    """The inputs and buttons below `root` that read-only mode locks (parts of composite
    widgets, tab-bar arrows and widgets marked `keep_usable` left out)."""
    found: list[QWidget] = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, _TEXT_INPUTS + _OTHER_INPUTS):
            continue
        parent = widget.parentWidget()
        if isinstance(parent, QComboBox | QAbstractSpinBox | QTabBar):
            continue
        if widget.property(_USABLE):
            continue
        found.append(widget)
    return found


class ReadOnlyLock(QObject):
    """Locks the inputs below `root` (or the `only` widgets) whenever `is_read_only()` is true.

    The lock is applied each time the root is shown and by `apply()` (after another database
    was opened); a locked widget that an editor enables again is disabled again at once.
    """

    def __init__(
        self,
        root: QWidget,
        is_read_only: Callable[[], bool],
        *,
        only: Iterable[QWidget] | None = None,
    ) -> None:
        super().__init__(root)
        self._root = root
        self._is_read_only = is_read_only
        self._only = None if only is None else list(only)
        root.installEventFilter(self)
        self.apply()

    def widgets(self) -> list[QWidget]:
        """The widgets this lock governs."""
        return list(self._only) if self._only is not None else inputs_under(self._root)

    def apply(self) -> None:
        """Lock (read-only database) or release (writable) the governed widgets."""
        locked = self._is_read_only()
        for widget in self.widgets():
            if locked:
                self._lock(widget)
            elif widget.property(_LOCKED):
                self._release(widget)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Re-apply on show; undo an editor's enabling of a locked widget."""
        if watched is self._root and event.type() == QEvent.Type.Show:
            self.apply()
        elif (
            event.type() == QEvent.Type.EnabledChange
            and isinstance(watched, QWidget)
            and watched.property(_LOCKED)
            and watched.isEnabled()
            and not isinstance(watched, _TEXT_INPUTS)
            and self._is_read_only()
        ):
            watched.setEnabled(False)
        return False

    def _lock(self, widget: QWidget) -> None:
        if not widget.property(_LOCKED):
            widget.setProperty(_LOCKED, True)
            widget.installEventFilter(self)
        if isinstance(widget, _TEXT_INPUTS):
            widget.setReadOnly(True)
        else:
            widget.setEnabled(False)

    def _release(self, widget: QWidget) -> None:
        widget.setProperty(_LOCKED, False)
        widget.removeEventFilter(self)
        if isinstance(widget, _TEXT_INPUTS):
            widget.setReadOnly(False)
