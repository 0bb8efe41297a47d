"""Fonts that table cells return for their `FontRole`: bold and italic variants of the default."""

from __future__ import annotations

from PySide6.QtGui import QFont


def bold_font() -> QFont:
    """The default font in bold."""
    font = QFont()
    font.setBold(True)
    return font


def italic_font() -> QFont:
    """The default font in italics."""
    font = QFont()
    font.setItalic(True)
    return font
