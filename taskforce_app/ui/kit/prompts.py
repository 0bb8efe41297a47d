"""Modal questions and messages behind one small interface, so tests never block on a dialog."""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget


class Prompts(Protocol):
    """What a screen may ask of the user: confirm, be told, pick a file."""

    def confirm(self, title: str, text: str) -> bool:
        """Ask a yes/no question; True for yes."""
        ...

    def error(self, title: str, text: str) -> None:
        """Tell the user something went wrong."""
        ...

    def info(self, title: str, text: str) -> None:
        """Tell the user something."""
        ...

    def choose_file(self, title: str, file_filter: str, start: Path | None = None) -> Path | None:
        """Let the user pick an existing file; None when cancelled."""
        ...

    def choose_save_file(
        self, title: str, file_filter: str, start: Path | None = None
    ) -> Path | None:
        """Let the user name a file to write; None when cancelled."""
        ...


class QtPrompts:
    """The real prompts: QMessageBox and QFileDialog over a parent widget."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self.parent = parent

    def confirm(self, title: str, text: str) -> bool:
        """Ask a yes/no question; No is the default button."""
        answer = QMessageBox.question(
            self.parent,
            title,
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def error(self, title: str, text: str) -> None:
        """Show an error message."""
        QMessageBox.critical(self.parent, title, text)

    def info(self, title: str, text: str) -> None:
        """Show an information message."""
        QMessageBox.information(self.parent, title, text)

    def choose_file(self, title: str, file_filter: str, start: Path | None = None) -> Path | None:
        """Show the file dialog for an existing file."""
        chosen, _ = QFileDialog.getOpenFileName(
            self.parent, title, "" if start is None else str(start), file_filter
        )
        return Path(chosen) if chosen else None

    def choose_save_file(
        self, title: str, file_filter: str, start: Path | None = None
    ) -> Path | None:
        """Show the save dialog (it asks before overwriting)."""
        chosen, _ = QFileDialog.getSaveFileName(
            self.parent, title, "" if start is None else str(start), file_filter
        )
        return Path(chosen) if chosen else None
