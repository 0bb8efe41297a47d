"""The shipped DejaVu Sans TTF registered once with reportlab, so æøå and symbols embed."""

from __future__ import annotations

import threading
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
FONT_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf"}

_lock = threading.Lock()


def register_fonts(fonts_dir: Path) -> tuple[str, str]:
    """Register the regular and bold faces from `fonts_dir` (once per process).

    Returns:
        The (regular, bold) font names to use in styles and on the canvas.

    Raises:
        FileNotFoundError: a font file is missing from `fonts_dir` (a broken installation).
    """
    with _lock:
        known = set(pdfmetrics.getRegisteredFontNames())
        for name, file_name in FONT_FILES.items():
            if name in known:
                continue
            path = fonts_dir / file_name
            if not path.is_file():
                raise FileNotFoundError(path)
            pdfmetrics.registerFont(TTFont(name, str(path)))
        addMapping(REGULAR, 0, 0, REGULAR)
        addMapping(REGULAR, 1, 0, BOLD)
        addMapping(REGULAR, 0, 1, REGULAR)
        addMapping(REGULAR, 1, 1, BOLD)
    return REGULAR, BOLD
