"""Coloured dots for table cells and combo items (severity, health), made once per colour."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QBrush, QColor, QIcon, QPainter, QPen, QPixmap

_ICONS: dict[str, QIcon] = {}


def dot_icon(colour: QColor) -> QIcon:
    """A coloured dot (made once per colour, then cached)."""
    key = colour.name()
    icon = _ICONS.get(key)
    if icon is None:
        pixmap = QPixmap(14, 14)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(colour.darker(130), 1))
        painter.setBrush(QBrush(colour))
        painter.drawEllipse(QPointF(7, 7), 5.5, 5.5)
        painter.end()
        icon = QIcon(pixmap)
        _ICONS[key] = icon
    return icon
