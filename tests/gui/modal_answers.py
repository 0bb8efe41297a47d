"""Answer a real modal QMessageBox from a timer, as a user would click it, and record it."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox


@dataclass
class ModalAnswers:
    """Clicks the button named in `answers` (one per box, in order) of each box that appears."""

    answers: list[str]
    seen: list[tuple[str, str, list[str]]] = field(default_factory=list)
    _tries: int = 0

    def start(self) -> ModalAnswers:
        """Start watching for the next box."""
        QTimer.singleShot(0, self._poll)
        return self

    @property
    def texts(self) -> list[str]:
        """The question of every box answered."""
        return [text for _title, text, _buttons in self.seen]

    def _poll(self) -> None:
        if not self.answers:
            return
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox) or not box.isVisible():
            self._tries += 1
            if self._tries < 500:
                QTimer.singleShot(10, self._poll)
            return
        wanted = self.answers.pop(0)
        names = [button.text().replace("&", "") for button in box.buttons()]
        self.seen.append((box.windowTitle(), box.text(), names))
        for button in box.buttons():
            if button.text().replace("&", "") == wanted:
                button.click()
                break
        else:
            box.reject()
        self._tries = 0
        if self.answers:
            QTimer.singleShot(10, self._poll)
