"""The shipped application font, so text renders the same (æøå included) on every machine."""

from __future__ import annotations

import logging

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from taskforce_app import paths

log = logging.getLogger(__name__)

FONT_FILES = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf")
POINT_SIZE = 10


def register_fonts() -> str | None:
    """Register the shipped TTF files with Qt; the family name, or None if none loaded."""
    family: str | None = None
    for name in FONT_FILES:
        path = paths.resources_dir() / "fonts" / name
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            log.warning("could not load font %s", path)
            continue
        families = QFontDatabase.applicationFontFamilies(font_id)
        if families and family is None:
            family = families[0]
    return family


def apply_app_font(app: QApplication) -> QFont:
    """Register the shipped font and make it the application's default font."""
    family = register_fonts()
    font = QFont(app.font())
    if family is not None:
        font = QFont(family, POINT_SIZE)
    app.setFont(font)
    return font
