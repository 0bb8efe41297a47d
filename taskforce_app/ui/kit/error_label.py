"""Inline messages of forms and dialogs: a hidden, word-wrapped label in a box of a status hue
(an error in red, a warning in amber, a confirmation in green) whose colours come from the
palette, readable in a light and in a dark palette."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QLabel

from taskforce_app.ui.kit.palette_colours import RED, follow_palette, message_style


def error_style(palette: QPalette) -> str:
    """The style sheet of an inline error message on `palette`."""
    return message_style(RED, palette)


def message_label(hue: QColor) -> QLabel:
    """A hidden, word-wrapped label for an inline message in a box of `hue`."""
    label = QLabel()
    label.setWordWrap(True)
    follow_palette(label, lambda palette: message_style(hue, palette))
    label.hide()
    return label


def error_label() -> QLabel:
    """A hidden, word-wrapped label for an inline error message."""
    return message_label(RED)
