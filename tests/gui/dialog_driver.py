"""Drive a real modal dialog from a timer: the dialog runs its own event loop, untouched."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget

POLL_MS = 20
GIVE_UP_AFTER = 250
"""Polls before the driver stops waiting (5 s): a dialog that never opens fails the test."""


@dataclass
class ModalDriver:
    """What happened to the dialog the driver waited for."""

    seen: list[str] = field(default_factory=list)
    """The class names of the modal dialogs it acted on."""


def answer_modal(act: Callable[[QWidget], None]) -> ModalDriver:
    """Once a modal dialog is open, call `act` with it (it fills the fields and closes it)."""
    driver = ModalDriver()
    polls = 0

    def poll() -> None:
        nonlocal polls
        widget = QApplication.activeModalWidget()
        if widget is None or not widget.isVisible():
            polls += 1
            if polls < GIVE_UP_AFTER:
                QTimer.singleShot(POLL_MS, poll)
            return
        driver.seen.append(type(widget).__name__)
        act(widget)

    QTimer.singleShot(0, poll)
    return driver


def accept(widget: QWidget) -> None:
    """Press OK."""
    assert isinstance(widget, QDialog)
    widget.accept()
