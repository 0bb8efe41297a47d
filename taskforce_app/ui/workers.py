"""Long work off the GUI thread: a cancellable `Job` on a QThreadPool, and a progress dialog.

A job function receives a `JobControl`: it passes `control.cancelled` to the service as its
`cancelled` callback and `control.progress` as its `progress` callback. The job itself never
touches a widget; it only emits signals, which Qt delivers in the GUI thread. Services open
their own session per call, so one call from the worker is one transaction: a cancelled or
failed call stores nothing.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from taskforce_app.domain.errors import OperationCancelledError, UserError
from taskforce_app.ui.prompts import Prompts

log = logging.getLogger(__name__)

T = TypeVar("T")

MINIMUM_DURATION_MS = 300
"""A job that ends sooner never shows its progress dialog."""


class JobControl:
    """What a running job may ask: has the user cancelled, and report progress."""

    def __init__(self, emit_progress: Callable[[str, int, int], None]) -> None:
        self._cancel = threading.Event()
        self._emit_progress = emit_progress

    def cancel(self) -> None:
        """Ask the job to stop (thread-safe; the job stops at its next check)."""
        self._cancel.set()

    def cancelled(self) -> bool:
        """True once `cancel` was called (thread-safe)."""
        return self._cancel.is_set()

    def progress(self, phase: str, done: int, total: int) -> None:
        """Report progress (delivered to the GUI thread by signal)."""
        self._emit_progress(phase, done, total)


JobFunction = Callable[[JobControl], T]


class JobSignals(QObject):
    """The signals of a `Job` (a QRunnable is not a QObject)."""

    progress = Signal(str, int, int)
    """phase, done, total."""
    finished = Signal(object)
    """The job's result."""
    failed = Signal(object)
    """The exception: a `UserError` (expected) or any other exception (a bug, already logged)."""
    cancelled = Signal()
    """The job stopped because it was cancelled; it stored nothing."""
    done = Signal()
    """Emitted last, whatever the outcome."""


class Job(QRunnable, Generic[T]):
    """One function run on a thread pool; exactly one of finished/failed/cancelled, then done."""

    def __init__(self, function: JobFunction[T]) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.signals = JobSignals()
        self.control = JobControl(self.signals.progress.emit)
        self._function = function

    def cancel(self) -> None:
        """Ask the job to stop (thread-safe)."""
        self.control.cancel()

    def run(self) -> None:
        """Run the function (in a worker thread) and report the outcome by signal."""
        try:
            result = self._function(self.control)
        except OperationCancelledError:
            self.signals.cancelled.emit()
        except UserError as error:
            self.signals.failed.emit(error)
        except Exception as error:
            log.exception("background job failed")
            self.signals.failed.emit(error)
        else:
            if self.control.cancelled():
                self.signals.cancelled.emit()
            else:
                self.signals.finished.emit(result)
        finally:
            self.signals.done.emit()


@dataclass(frozen=True, slots=True)
class JobOutcome(Generic[T]):
    """How a job ended: its result, or the error, or cancelled."""

    result: T | None = None
    error: BaseException | None = None
    cancelled: bool = False

    @property
    def ok(self) -> bool:
        """True when the job finished normally."""
        return self.error is None and not self.cancelled


def failure_message(error: BaseException, language: str) -> str:
    """The text to show for a failed job: a UserError's own message, else a short notice."""
    if isinstance(error, UserError):
        return error.message(language)
    return QCoreApplication.translate(
        "Workers",
        "An unexpected error stopped the work; nothing was stored. Details are in the log file.",
    )


class ProgressRunner(QObject):
    """Runs jobs one at a time behind a window-modal progress dialog with a Cancel button.

    `run` starts the job on the pool and waits in a local event loop (the GUI stays live);
    the dialog appears only when the job takes longer than `MINIMUM_DURATION_MS`.
    """

    def __init__(
        self, parent: QWidget | None, title: str, *, pool: QThreadPool | None = None
    ) -> None:
        super().__init__(parent)
        self._parent = parent
        self._title = title
        self._pool = pool if pool is not None else QThreadPool.globalInstance()
        self.job: Job[object] | None = None
        self.dialog: QProgressDialog | None = None

    @property
    def running(self) -> bool:
        """True while a job runs."""
        return self.job is not None

    def cancel(self) -> None:
        """Cancel the running job, if any (what the dialog's Cancel button does)."""
        if self.job is not None:
            self.job.cancel()

    def run(self, function: JobFunction[T], label: str = "") -> JobOutcome[T]:
        """Run `function` off the GUI thread and return how it ended."""
        if self.job is not None:
            raise RuntimeError("a job is already running")
        job: Job[object] = Job(function)
        dialog = QProgressDialog(label or self._title, self.tr("Cancel"), 0, 0, self._parent)
        dialog.setWindowTitle(self._title)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(MINIMUM_DURATION_MS)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.canceled.connect(job.cancel)
        dialog.canceled.connect(lambda: dialog.setLabelText(self.tr("Cancelling…")))
        dialog.setValue(0)
        outcome: list[JobOutcome[Any]] = []
        loop = QEventLoop()

        def on_progress(phase: str, done: int, total: int) -> None:
            if total > 0:
                dialog.setMaximum(total)
                dialog.setValue(min(done, total))
            dialog.setLabelText(self.phase_text(phase, label))

        job.signals.progress.connect(on_progress)
        job.signals.finished.connect(lambda result: outcome.append(JobOutcome(result)))
        job.signals.failed.connect(lambda error: outcome.append(JobOutcome(error=error)))
        job.signals.cancelled.connect(lambda: outcome.append(JobOutcome(cancelled=True)))
        job.signals.done.connect(loop.quit, Qt.ConnectionType.QueuedConnection)
        self.job, self.dialog = job, dialog
        try:
            self._pool.start(job)
            loop.exec()
        finally:
            self.job, self.dialog = None, None
            dialog.blockSignals(True)
            dialog.hide()
            dialog.deleteLater()
        ended: JobOutcome[Any] = outcome[0] if outcome else JobOutcome(cancelled=True)
        return ended

    def phase_text(self, phase: str, fallback: str) -> str:
        """The dialog's text for a phase the services report."""
        texts = {
            "store": self.tr("Storing…"),
            "read": self.tr("Reading the file…"),
            "check": self.tr("Checking the rows…"),
        }
        return texts.get(phase, fallback or self._title)


def run_with_progress(
    parent: QWidget | None,
    title: str,
    job_fn: JobFunction[T],
    prompts: Prompts,
    language: str = "da",
) -> T | None:
    """Run `job_fn` off the GUI thread behind a progress dialog.

    Returns the result, or None when the user cancelled or the job failed; a failure is shown
    through `prompts.error` (a `UserError` by its message, a bug by a short notice; the
    traceback is in the log).
    """
    runner = ProgressRunner(parent, title)
    try:
        outcome = runner.run(job_fn)
    finally:
        runner.deleteLater()
    if outcome.error is not None:
        prompts.error(title, failure_message(outcome.error, language))
        return None
    if outcome.cancelled:
        return None
    return outcome.result
