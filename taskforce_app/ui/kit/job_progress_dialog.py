"""The progress dialog of one background job: it lives exactly as long as its job.

Unlike QProgressDialog it has no timer of its own that could show it again later: the runner
creates it when the show delay has passed, and `finish` hides it for good. Cancel, Esc and the
window's close button all ask the job to stop; the dialog closes when the job has ended.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLayout,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

PROGRESS_DIALOG_NAME = "job-progress"
"""The object name of every job progress dialog (tests find them by it)."""


def modal_anchor(parent: QWidget | None) -> QWidget | None:
    """The nearest visible widget of `parent`'s chain, which the dialog is modal to."""
    widget = parent
    while widget is not None and not widget.isVisible():
        widget = widget.parentWidget()
    return widget


class JobProgressDialog(QDialog):
    """A label, a progress bar and Cancel; never shown again once `finish` was called."""

    def __init__(
        self, parent: QWidget | None, title: str, text: str, on_cancel: Callable[[], None]
    ) -> None:
        anchor = modal_anchor(parent)
        super().__init__(anchor)
        self.setObjectName(PROGRESS_DIALOG_NAME)
        self.setWindowTitle(title)
        self.setWindowModality(
            Qt.WindowModality.WindowModal
            if anchor is not None
            else Qt.WindowModality.ApplicationModal
        )
        self._on_cancel = on_cancel
        self._finished = False
        self.cancel_requested = False
        self.label = QLabel(text)
        self.label.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        # No minimum size from the layout: a top-level minimum asks the platform to
        # propagate size hints, which some platforms (offscreen) warn about.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.buttons)
        hint = self.sizeHint()
        self.resize(max(hint.width(), 380), hint.height())

    @property
    def finished_for_good(self) -> bool:
        """True once the job ended; the dialog can never be shown again."""
        return self._finished

    def set_progress(self, text: str, done: int, total: int) -> None:
        """Show the phase text and, when the total is known, how far the job is."""
        if not self.cancel_requested:
            self.label.setText(text)
        if total > 0:
            self.bar.setRange(0, total)
            self.bar.setValue(min(max(done, 0), total))

    def request_cancel(self, cancelling_text: str) -> None:
        """Ask the job to stop (once); the dialog stays until the job has ended."""
        if self.cancel_requested or self._finished:
            return
        self.cancel_requested = True
        self.label.setText(cancelling_text)
        self.buttons.setEnabled(False)
        self._on_cancel()

    def reject(self) -> None:
        """Cancel and Esc ask the job to stop instead of closing the dialog."""
        if self._finished:
            super().reject()
            return
        self.request_cancel(self.tr("Cancelling…"))

    def closeEvent(self, event: QCloseEvent) -> None:
        """The window's close button cancels like Cancel; the job's end closes the dialog."""
        if self._finished:
            super().closeEvent(event)
            return
        event.ignore()
        self.reject()

    def setVisible(self, visible: bool) -> None:
        """Refuse to be shown after the job ended (whatever asks for it)."""
        if visible and self._finished:
            return
        super().setVisible(visible)

    def finish(self) -> None:
        """The job ended: hide for good and schedule the deletion."""
        self._finished = True
        self.hide()
        self.deleteLater()
