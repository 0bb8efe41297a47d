"""Showing a dialog window-modally, and the runner type tests replace to fill dialogs in."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

DialogRunner = Callable[[QDialog], bool]
"""Shows a dialog modally; True when accepted. Tests replace it to fill the dialog in."""


def exec_dialog(dialog: QDialog) -> bool:
    """Show `dialog` window-modally and wait for the answer."""
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    return dialog.exec() == QDialog.DialogCode.Accepted
