"""The shipped application font, so text renders the same (æøå included) on every machine."""

from __future__ import annotations

import logging

from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics
from PySide6.QtWidgets import QApplication

from taskforce_app import paths

log = logging.getLogger(__name__)

FONT_FILES = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf")
POINT_SIZE = 10
DANISH_LETTERS = "æøåÆØÅ"

_registered: dict[str, str] = {}


def register_fonts() -> str | None:
    """Register the shipped TTF files with Qt (once each); the family, or None if none loaded."""
    family: str | None = None
    for name in FONT_FILES:
        path = paths.fonts_dir() / name
        if str(path) not in _registered:
            font_id = QFontDatabase.addApplicationFont(str(path))
            families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
            if not families:
                log.warning("could not load font %s", path)
                continue
            _registered[str(path)] = families[0]
        if family is None:
            family = _registered[str(path)]
    return family


def apply_app_font(app: QApplication) -> QFont:
    """Register the shipped font and make it the application's default font."""
    family = register_fonts()
    font = QFont(app.font())
    if family is not None:
        font = QFont(family, POINT_SIZE)
    app.setFont(font)
    return font


def shipped_font_problem() -> str | None:
    """Why the shipped font cannot serve Danish text (in Danish), or None when it can."""
    family = register_fonts()
    if family is None:
        return f"skrifttypen i {paths.fonts_dir()} kan ikke indlæses"
    metrics = QFontMetrics(QFont(family, POINT_SIZE))
    absent = [letter for letter in DANISH_LETTERS if not metrics.inFontUcs4(ord(letter))]
    if absent:
        return f"skrifttypen {family} mangler tegnene {''.join(absent)}"
    return None
