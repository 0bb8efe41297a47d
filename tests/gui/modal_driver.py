"""Drive the REAL modal dialogs of a flow: a timer finds the active modal widget and acts on it.

Nothing is replaced: the code under test opens its own QMessageBox or dialog with `exec()`,
and the driver answers it like a user would (typing into the focused widget, pressing keys or
buttons). Before acting it lets the dialog settle for longer than a progress dialog's show
delay, and records whether the dialog was still the active modal widget and whether any
progress dialog was visible: a progress dialog that outlives its job shows up here.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QProgressDialog, QWidget
from pytestqt.qtbot import QtBot

from taskforce_app.ui.kit.workers import PROGRESS_DIALOG_NAME

T = TypeVar("T")

SETTLE_MS = 700
"""How long a modal dialog is left alone before the driver acts (longer than the show delay)."""


def from_event_loop(qtbot: QtBot, function: Callable[[], T], timeout_ms: int = 60_000) -> T:
    """Call `function` from inside a running event loop, as a button or menu slot runs.

    A test that calls a slot directly runs it outside any event loop, where Qt delivers
    deferred deletions at the next loop; in the app a slot runs inside the main loop, where
    they wait until the slot returns. Bugs of the second kind only show this way.
    """
    results: list[T] = []
    errors: list[BaseException] = []

    def call() -> None:
        try:
            results.append(function())
        except BaseException as error:  # re-raised in the test below
            errors.append(error)

    QTimer.singleShot(0, call)
    qtbot.waitUntil(lambda: bool(results or errors), timeout=timeout_ms)
    if errors:
        raise errors[0]
    return results[0]


def visible_progress_dialogs() -> list[QWidget]:
    """Every progress dialog (ours or Qt's) that is visible now."""
    return [
        widget
        for widget in QApplication.topLevelWidgets()
        if widget.isVisible()
        and (isinstance(widget, QProgressDialog) or widget.objectName() == PROGRESS_DIALOG_NAME)
    ]


@dataclass
class Step:
    """One expected modal dialog and what to do with it."""

    kind: type[QWidget]
    act: Callable[[QWidget], None]


@dataclass
class Seen:
    """What the driver found when it acted on a modal dialog."""

    kind: str
    still_active: bool
    progress_visible: int


class ModalDriver:
    """Answers the modal dialogs a flow opens, in order; records what it found.

    A modal dialog nobody expected is recorded (as "unexpected …") and rejected after
    `unexpected_ms`, so a test fails instead of hanging.
    """

    def __init__(self, settle_ms: int = SETTLE_MS, unexpected_ms: int = 3_000) -> None:
        self.settle_ms = settle_ms
        self.unexpected_ms = unexpected_ms
        self.steps: deque[Step] = deque()
        self.seen: list[Seen] = []
        self._busy = False
        self._stranger: QWidget | None = None
        self._stranger_ticks = 0
        self._timer = QTimer()
        self._timer.setInterval(20)
        self._timer.timeout.connect(self._poll)
        self._timer.start()

    def expect(self, kind: type[QWidget], act: Callable[[QWidget], None]) -> None:
        """Answer the next modal dialog of type `kind` with `act`."""
        self.steps.append(Step(kind, act))

    def stop(self) -> None:
        """Stop polling."""
        self._timer.stop()

    @property
    def done(self) -> bool:
        """True when every expected dialog was answered."""
        return not self.steps

    def summary(self) -> list[tuple[str, bool, int]]:
        """(kind, still the active modal widget when acted on, progress dialogs visible)."""
        return [(seen.kind, seen.still_active, seen.progress_visible) for seen in self.seen]

    def _poll(self) -> None:
        modal = QApplication.activeModalWidget()
        if self._busy or modal is None or not modal.isVisible():
            return
        if self.steps and isinstance(modal, self.steps[0].kind):
            self._busy = True
            self._stranger = None
            QTimer.singleShot(self.settle_ms, lambda: self._act(modal))
            return
        if modal is not self._stranger:
            self._stranger, self._stranger_ticks = modal, 0
            return
        self._stranger_ticks += 1
        if self._stranger_ticks * self._timer.interval() >= self.unexpected_ms:
            self.seen.append(Seen(f"unexpected {type(modal).__name__}", True, 0))
            self._stranger = None
            if isinstance(modal, QDialog):
                modal.reject()
            else:
                modal.hide()

    def _act(self, modal: QWidget) -> None:
        step = self.steps.popleft()
        active = QApplication.activeModalWidget()
        progress = [widget for widget in visible_progress_dialogs() if widget is not modal]
        self.seen.append(Seen(step.kind.__name__, active is modal, len(progress)))
        if active is not modal or progress:
            for widget in progress:
                widget.hide()
            if isinstance(modal, QDialog):
                modal.reject()
        else:
            step.act(modal)
        self._busy = False


def type_and_enter(text: str) -> Callable[[QWidget], None]:
    """Type `text` into the focused widget and press Enter, as a user does."""

    def act(_modal: QWidget) -> None:
        target = QApplication.focusWidget()
        assert target is not None, "the modal dialog has no focused widget"
        QTest.keyClicks(target, text)
        QTest.keyClick(target, Qt.Key.Key_Return)

    return act


def press_escape(modal: QWidget) -> None:
    """Press Esc in the modal dialog's focused widget."""
    QTest.keyClick(QApplication.focusWidget() or modal, Qt.Key.Key_Escape)


def click_button(text: str) -> Callable[[QWidget], None]:
    """Click the message box button whose text (without &) is `text`."""

    def act(modal: QWidget) -> None:
        assert isinstance(modal, QMessageBox)
        button = next(b for b in modal.buttons() if b.text().replace("&", "") == text)
        QTest.mouseClick(button, Qt.MouseButton.LeftButton)

    return act


def accept(modal: QWidget) -> None:
    """Accept a dialog as its OK button would."""
    assert isinstance(modal, QDialog)
    modal.accept()
