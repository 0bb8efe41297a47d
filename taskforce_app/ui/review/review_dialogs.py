"""The review screen's dialogs behind a protocol (tests answer them): why a round is unlocked."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from taskforce_app.domain.team import ConsultantDetail


class ReviewDialogs(Protocol):
    """The question of unlock (why), replaceable in tests. Nobody picks a name: the consultant
    working in the program signs off and unlocks as themselves."""

    def unlock_reason(self, working: ConsultantDetail | None) -> str | None:
        """Why `working` unlocks the round; None when cancelled."""
        ...


class UnlockDialog(QDialog):
    """Why the round is unlocked, by the consultant working in the program (shown, not chosen)."""

    def __init__(self, working: ConsultantDetail | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Unlock round"))
        self.by_label = QLabel(
            self.tr("Unlocked by you: %1").replace("%1", working.label)
            if working is not None
            else self.tr("Nobody chosen: choose who you are at the bottom of the window")
        )
        self.by_label.setObjectName("unlockBy")
        self.by_label.setWordWrap(True)
        self.reason = QLineEdit()
        self.reason.setMinimumWidth(360)
        form = QFormLayout(self)
        form.addRow(self.by_label)
        form.addRow(self.tr("&Reason:"), self.reason)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.reason.setFocus()


class QtReviewDialogs:
    """The real dialogs, modal over `parent`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self.parent = parent

    def unlock_reason(self, working: ConsultantDetail | None) -> str | None:
        """Ask why the working consultant unlocks the round."""
        dialog = UnlockDialog(working, parent=self.parent)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return dialog.reason.text()
        finally:
            dialog.deleteLater()
