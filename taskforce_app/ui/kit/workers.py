"""Long work off the GUI thread: a cancellable `Job` on a QThreadPool, and a progress dialog.

A job function receives a `JobControl`: it passes `control.cancelled` to the service as its
`cancelled` callback and `control.progress` as its `progress` callback. The job itself never
touches a widget; it only emits signals, which Qt delivers in the GUI thread. Services open
their own session per call, so one call from the worker is one transaction: a cancelled or
failed call stores nothing.
"""

from __future__ import annotations

import gc
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QCoreApplication,
    QEventLoop,
    QObject,
    QRunnable,
    QThreadPool,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import QDialogButtonBox, QWidget

from taskforce_app.domain.errors import OperationCancelledError, UserError
from taskforce_app.ui.kit.job_progress_dialog import PROGRESS_DIALOG_NAME, JobProgressDialog
from taskforce_app.ui.kit.prompts import Prompts

__all__ = [
    "PROGRESS_DIALOG_NAME",
    "Job",
    "JobControl",
    "JobOutcome",
    "ProgressRunner",
    "failure_message",
    "run_with_progress",
]

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

    def check(self) -> None:
        """Stop here when cancelled: raise `OperationCancelledError` (nothing is kept)."""
        if self.cancelled():
            raise OperationCancelledError()


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
    """One function run on a thread pool; exactly one of finished/failed/cancelled, then done.

    The outcome is what happened: a function that returned finished (a cancel that came too
    late to stop it does not undo its work); it is cancelled only when it raised
    `OperationCancelledError` (see `JobControl.check`).
    """

    def __init__(self, function: JobFunction[T]) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.signals = JobSignals()
        self.control = JobControl(self.signals.progress.emit)
        self._function = function
        self.ended = False
        """True once the function returned or raised (set in the worker thread)."""

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
            self.signals.finished.emit(result)
        finally:
            self.ended = True
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
    """Runs jobs one at a time behind a progress dialog that can never outlive its job.

    `run` starts the job on the pool and waits in a local event loop (the GUI stays live).
    The dialog is created only when the job is still running after the show delay, and is
    hidden for good and deleted the moment the job ends, whatever the order of its signals:
    a job shorter than the delay never shows anything. Cancel, Esc and the close button ask
    the job to stop; a read-only job is left to finish unseen and its result dropped.
    """

    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        *,
        pool: QThreadPool | None = None,
        show_delay_ms: int = MINIMUM_DURATION_MS,
    ) -> None:
        super().__init__(parent)
        self._parent = parent
        self._title = title
        self._pool = pool if pool is not None else QThreadPool.globalInstance()
        self._show_delay_ms = show_delay_ms
        self._stop: Callable[[], None] | None = None
        self.job: Job[object] | None = None
        self.dialog: JobProgressDialog | None = None

    @property
    def running(self) -> bool:
        """True while a job runs."""
        return self.job is not None

    def cancel(self) -> None:
        """Cancel the running job, if any (what the dialog's Cancel button does)."""
        if self.dialog is not None:
            self.dialog.request_cancel(self.tr("Cancelling…"))
        elif self._stop is not None:
            self._stop()

    def run(
        self, function: JobFunction[T], label: str = "", *, read_only: bool = False
    ) -> JobOutcome[T]:
        """Run `function` off the GUI thread and return how it ended.

        With `read_only` the job changes nothing: on cancel the runner returns at once as
        cancelled and drops whatever the job still returns.
        """
        if self.job is not None:
            raise RuntimeError("a job is already running")
        job: Job[object] = Job(function)
        loop = QEventLoop()
        ended: list[JobOutcome[Any]] = []
        latest: list[tuple[str, int, int]] = [(label or self._title, 0, 0)]

        def end(outcome: JobOutcome[Any]) -> None:
            if not ended:
                ended.append(outcome)
            loop.quit()

        def stop() -> None:
            job.cancel()
            if read_only:
                end(JobOutcome(cancelled=True))

        def on_progress(phase: str, done: int, total: int) -> None:
            if self.job is not job:
                return
            latest[0] = (self.phase_text(phase, label), done, total)
            if self.dialog is not None:
                self.dialog.set_progress(self.phase_text(phase, label), done, total)

        def show_dialog() -> None:
            if ended or self.job is not job:
                return
            text, done, total = latest[0]
            dialog = JobProgressDialog(self._parent, self._title, text, stop)
            dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
            dialog.set_progress(text, done, total)
            self.dialog = dialog
            dialog.show()

        signals = job.signals
        signals.progress.connect(on_progress)
        signals.finished.connect(lambda result: end(JobOutcome(result)))
        signals.failed.connect(lambda error: end(JobOutcome(error=error)))
        signals.cancelled.connect(lambda: end(JobOutcome(cancelled=True)))
        signals.done.connect(lambda: end(JobOutcome(cancelled=True)))
        show_timer = QTimer()
        show_timer.setSingleShot(True)
        show_timer.timeout.connect(show_dialog)
        self.job, self._stop = job, stop
        # No cyclic garbage collection on the GUI thread while the job runs: PySide6 6.10 was
        # seen to crash collecting while a worker thread was writing (floor CI, first-day test).
        collecting = gc.isenabled()
        gc.disable()
        try:
            self._pool.start(job)
            show_timer.start(self._show_delay_ms)
            if not ended:
                loop.exec()
        finally:
            if collecting:
                gc.enable()
            show_timer.stop()
            self.job, self._stop = None, None
            dialog, self.dialog = self.dialog, None
            if dialog is not None:
                dialog.finish()
            _keep_until_done(job)
        return ended[0]

    def phase_text(self, phase: str, fallback: str) -> str:
        """The dialog's text for a phase the services report."""
        texts = {
            "store": self.tr("Storing…"),
            "read": self.tr("Reading the file…"),
            "check": self.tr("Checking the rows…"),
        }
        return texts.get(phase, fallback or self._title)


_UNFINISHED: set[Job[Any]] = set()
"""Jobs whose runner returned before they ended (a cancelled read-only job)."""


def _keep_until_done(job: Job[Any]) -> None:
    """Keep `job` (and its signals) alive until its thread is done with it."""
    if job.ended:
        return
    _UNFINISHED.add(job)
    job.signals.done.connect(lambda: _UNFINISHED.discard(job))
    if job.ended:
        _UNFINISHED.discard(job)


def run_with_progress(
    parent: QWidget | None,
    title: str,
    job_fn: JobFunction[T],
    prompts: Prompts,
    language: str = "da",
    *,
    label: str = "",
    read_only: bool = False,
) -> T | None:
    """Run `job_fn` off the GUI thread behind a progress dialog (see `ProgressRunner`).

    Returns the result, or None when the user cancelled or the job failed; a failure is shown
    through `prompts.error` (a `UserError` by its message, a bug by a short notice; the
    traceback is in the log).
    """
    runner = ProgressRunner(parent, title)
    try:
        outcome = runner.run(job_fn, label, read_only=read_only)
    finally:
        runner.deleteLater()
    if outcome.error is not None:
        prompts.error(title, failure_message(outcome.error, language))
        return None
    if outcome.cancelled:
        return None
    return outcome.result
