"""Fields saved one by one as the user leaves them: a plain-text field that says when it is left,
and the red "invalid" mark on a field whose value the service refused."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QFocusEvent, QPalette
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from taskforce_app.ui.kit.palette_colours import RED, message_colours, style_colour


class CommitTextEdit(QPlainTextEdit):
    """A plain-text field that says when the user leaves it, like `QLineEdit.editingFinished`."""

    editingFinished = Signal()  # noqa: N815 (named like QLineEdit's signal)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        """Leaving the field finishes the edit."""
        super().focusOutEvent(event)
        self.editingFinished.emit()


def invalid_style(palette: QPalette) -> str:
    """A form's style sheet: a field marked invalid gets a red border and a red tint."""
    _text, background, border = message_colours(RED, palette)
    return (
        f'*[invalid="true"] {{ border: 1px solid {style_colour(border)};'
        f" background: {style_colour(background)}; }}"
    )


def is_marked_invalid(widget: QWidget) -> bool:
    """True when `widget` is marked as holding a value the service refused."""
    return bool(widget.property("invalid"))


def mark_invalid(widget: QWidget, invalid: bool) -> None:
    """Mark `widget` invalid (or not) and restyle it when the mark changes."""
    if is_marked_invalid(widget) == invalid:
        return
    widget.setProperty("invalid", invalid)
    widget.style().unpolish(widget)
    widget.style().polish(widget)
