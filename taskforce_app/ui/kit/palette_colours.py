"""Colours taken from the palette: a status hue tinted into the palette's base, and text that
keeps a WCAG contrast of at least 4.5:1 against it, in a light palette as in a dark one."""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

import shiboken6
from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QBrush, QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QWidget

MIN_CONTRAST = 4.5
"""WCAG 2 level AA for normal text."""

GREEN = QColor("#2e7d32")
LIGHT_GREEN = QColor("#7cb342")
RED = QColor("#c62828")
AMBER = QColor("#b26a00")
BLUE = QColor("#1f4e79")
LIGHT_BLUE = QColor("#1565c0")
YELLOW = QColor("#e6a100")
BROWN = QColor("#8d6e63")
GREY = QColor("#808080")

_BLACK = QColor("#000000")
_WHITE = QColor("#ffffff")


def _channel(value: float) -> float:
    return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4


def relative_luminance(colour: QColor) -> float:
    """The WCAG relative luminance of `colour` (0 black … 1 white)."""
    red, green, blue = (_channel(part) for part in (colour.redF(), colour.greenF(), colour.blueF()))
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def contrast_ratio(first: QColor, second: QColor) -> float:
    """The WCAG contrast ratio of two colours (1 … 21)."""
    lighter, darker = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def blend(colour: QColor, other: QColor, share: float) -> QColor:
    """`share` of `colour` mixed into `other` (0: `other`, 1: `colour`), opaque."""
    rest = 1.0 - share
    return QColor.fromRgbF(
        colour.redF() * share + other.redF() * rest,
        colour.greenF() * share + other.greenF() * rest,
        colour.blueF() * share + other.blueF() * rest,
    )


def is_dark(colour: QColor) -> bool:
    """Whether light text reads better than dark text on `colour`."""
    return contrast_ratio(colour, _WHITE) > contrast_ratio(colour, _BLACK)


def tinted_background(hue: QColor, base: QColor) -> QColor:
    """A background that says `hue` quietly: a light tint in a light palette, a deeper one in
    a dark palette."""
    return blend(hue, base, 0.32 if is_dark(base) else 0.14)


def readable_text(background: QColor, preferred: QColor) -> QColor:
    """`preferred` if it reads on `background`, else black or white (whichever reads better)."""
    if contrast_ratio(preferred, background) >= MIN_CONTRAST:
        return preferred
    return max((_BLACK, _WHITE), key=lambda colour: contrast_ratio(colour, background))


def status_text(hue: QColor, background: QColor, plain: QColor) -> QColor:
    """`hue` as a text colour on `background`: moved towards the plain text colour `plain`
    until it reads (at least 4.5:1)."""
    for step in range(11):
        candidate = blend(plain, hue, step / 10)
        if contrast_ratio(candidate, background) >= MIN_CONTRAST:
            return candidate
    return readable_text(background, plain)


def muted_text(plain: QColor, background: QColor) -> QColor:
    """A quieter (greyer) variant of the text colour `plain` that still reads on `background`."""
    return status_text(blend(plain, background, 0.45), background, plain)


def style_colour(colour: QColor) -> str:
    """A colour as a style-sheet value (#rrggbb)."""
    return colour.name(QColor.NameFormat.HexRgb)


T = TypeVar("T")


class PaletteCache(Generic[T]):
    """A value built from the application's palette, rebuilt when the palette changes."""

    def __init__(self, build: Callable[[QPalette], T]) -> None:
        self._build = build
        self._key: int | None = None
        self._value: T | None = None

    def get(self) -> T:
        """The value for the current application palette."""
        palette = QGuiApplication.palette()
        key = palette.cacheKey()
        if self._value is None or key != self._key:
            self._value = self._build(palette)
            self._key = key
        return self._value


def _cell_memo(palette: QPalette) -> dict[tuple[str, str], QBrush]:
    return {}


_CELL_MEMO = PaletteCache(_cell_memo)


def _palette_base_and_text() -> tuple[QColor, QColor]:
    palette = QGuiApplication.palette()
    return palette.color(QPalette.ColorRole.Base), palette.color(QPalette.ColorRole.Text)


def cell_background(hue: QColor) -> QBrush:
    """A table cell's background saying `hue`, tinted into the current palette's base."""
    memo = _CELL_MEMO.get()
    key = ("background", hue.name())
    brush = memo.get(key)
    if brush is None:
        base, _text = _palette_base_and_text()
        brush = memo[key] = QBrush(tinted_background(hue, base))
    return brush


def cell_text(hue: QColor | None, background_hue: QColor | None = None) -> QBrush:
    """A table cell's text brush: `hue` (the palette's text colour when None) shaded until it
    reads at 4.5:1 on the cell's background (`cell_background(background_hue)`, or the
    palette's base when None)."""
    memo = _CELL_MEMO.get()
    key = (
        "text" if hue is None else hue.name(),
        "" if background_hue is None else background_hue.name(),
    )
    brush = memo.get(key)
    if brush is None:
        base, text = _palette_base_and_text()
        background = base if background_hue is None else tinted_background(background_hue, base)
        colour = (
            readable_text(background, text) if hue is None else status_text(hue, background, text)
        )
        brush = memo[key] = QBrush(colour)
    return brush


def muted_cell_text() -> QBrush:
    """A quieter (greyer) text brush for table cells that still reads on the palette's base."""
    memo = _CELL_MEMO.get()
    brush = memo.get(("muted", ""))
    if brush is None:
        base, text = _palette_base_and_text()
        brush = memo[("muted", "")] = QBrush(muted_text(text, base))
    return brush


def window_text(hue: QColor, widget: QWidget) -> QColor:
    """`hue` as a text colour readable on `widget`'s window background (labels)."""
    palette = widget.palette()
    return status_text(
        hue, palette.color(QPalette.ColorRole.Window), palette.color(QPalette.ColorRole.WindowText)
    )


def set_text_colour(widget: QWidget, colour: QColor) -> None:
    """Give a label (or any widget) its own text colour; its other colours still follow the
    palette."""
    palette = widget.palette()
    palette.setColor(QPalette.ColorRole.WindowText, colour)
    palette.setColor(QPalette.ColorRole.Text, colour)
    widget.setPalette(palette)


def window_colours(palette: QPalette) -> tuple[QColor, QColor]:
    """A palette's window background and window text."""
    return palette.color(QPalette.ColorRole.Window), palette.color(QPalette.ColorRole.WindowText)


def message_colours(hue: QColor, palette: QPalette) -> tuple[QColor, QColor, QColor]:
    """A message box saying `hue` on `palette`'s window: (text, background, border); the text
    reads at 4.5:1 on the background."""
    window, text = window_colours(palette)
    background = tinted_background(hue, window)
    return status_text(hue, background, text), background, blend(hue, window, 0.6)


def message_style(hue: QColor, palette: QPalette) -> str:
    """The style sheet of an inline message box (an error, a note, a confirmation) in `hue`."""
    text, background, border = message_colours(hue, palette)
    return (
        f"color: {style_colour(text)}; background: {style_colour(background)}; "
        f"border: 1px solid {style_colour(border)}; border-radius: 3px; padding: 4px;"
    )


def text_style(hue: QColor, palette: QPalette) -> str:
    """The style sheet of a label whose text says `hue`, readable on `palette`'s window."""
    window, text = window_colours(palette)
    return f"color: {style_colour(status_text(hue, window, text))};"


def muted_style(palette: QPalette) -> str:
    """The style sheet of a quieter (greyer) label, readable on `palette`'s window."""
    window, text = window_colours(palette)
    return f"color: {style_colour(muted_text(text, window))};"


def error_text_style(palette: QPalette) -> str:
    """The style sheet of a label whose text is an error (red, readable)."""
    return text_style(RED, palette)


def warning_text_style(palette: QPalette) -> str:
    """The style sheet of a label whose text is a warning (amber, readable)."""
    return text_style(AMBER, palette)


StyleBuilder = Callable[[QPalette], str]
"""Builds a widget's style sheet from the palette it sits on."""

_WIDGET_EVENTS = (
    QEvent.Type.PaletteChange,
    QEvent.Type.ApplicationPaletteChange,
    QEvent.Type.Show,
    QEvent.Type.ParentChange,
)


class PaletteStyle(QObject):
    """Keeps a widget's style sheet built from the palette it sits on (its parent's, or the
    application's): set at once, on show, and again whenever that palette changes.

    A widget whose style sheet sets its colours no longer receives palette changes itself (its
    palette is the style sheet's), so the parent is watched as well.
    """

    def __init__(self, widget: QWidget, build: StyleBuilder) -> None:
        super().__init__(widget)
        self._widget = widget
        self._build = build
        self._parent: QWidget | None = None
        widget.installEventFilter(self)
        self._watch_parent()
        self.apply()

    def set_builder(self, build: StyleBuilder) -> None:
        """Use another style (e.g. another status hue) from now on."""
        self._build = build
        self.apply()

    def apply(self) -> None:
        """Build the style from the current palette; only a changed style is set."""
        parent = self._widget.parentWidget()
        palette = parent.palette() if parent is not None else QGuiApplication.palette()
        style = self._build(palette)
        if style != self._widget.styleSheet():
            self._widget.setStyleSheet(style)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Rebuild when shown, moved to another parent, or the palette changed."""
        widget = self.__dict__.get("_widget")
        if widget is None or not shiboken6.isValid(widget):
            # Being destroyed with the widget: Qt still reports the child's removal to us.
            return False
        kind = event.type()
        if watched is widget:
            if kind == QEvent.Type.ParentChange:
                self._watch_parent()
            if kind in _WIDGET_EVENTS:
                self.apply()
        elif watched is self._parent and kind == QEvent.Type.PaletteChange:
            self.apply()
        return False

    def _watch_parent(self) -> None:
        parent = self._widget.parentWidget()
        if parent is self._parent:
            return
        if self._parent is not None and shiboken6.isValid(self._parent):
            self._parent.removeEventFilter(self)
        self._parent = parent
        if parent is not None:
            parent.installEventFilter(self)


def follow_palette(widget: QWidget, build: StyleBuilder) -> PaletteStyle:
    """Give `widget` a style sheet built from its palette, rebuilt when the palette changes."""
    return PaletteStyle(widget, build)
