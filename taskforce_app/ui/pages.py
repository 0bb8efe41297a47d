"""Page helpers: the heading style, and honest placeholders for features still to come."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


def page_heading(text: str) -> QLabel:
    """A page's title in a larger bold font."""
    label = QLabel(text)
    font = label.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.4)
    label.setFont(font)
    return label


class PlaceholderPage(QWidget):
    """A page whose feature comes in a later version: it says so, and what it will do."""

    def __init__(self, title: str, purpose: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.notice = QLabel(self.tr("This page arrives in a later version of Task Force Tracker."))
        self.purpose = QLabel(purpose)
        self.purpose.setWordWrap(True)
        self.purpose.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.addWidget(page_heading(title))
        layout.addSpacing(8)
        layout.addWidget(self.notice)
        layout.addSpacing(4)
        layout.addWidget(self.purpose)
        layout.addStretch(1)
