"""The inline error message of forms and dialogs: a hidden, word-wrapped red label."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

ERROR_STYLE = (
    "color: #8a1c1c; background: #fdecea; border: 1px solid #e6b0aa; border-radius: 3px;"
    " padding: 4px;"
)


def error_label() -> QLabel:
    """A hidden, word-wrapped label for an inline error message."""
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet(ERROR_STYLE)
    label.hide()
    return label
