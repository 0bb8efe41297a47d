"""Read-only work for a page on the thread pool, without a dialog; only the newest run counts.

A page shows what it reads fast at once and hands the slow part to a `LatestJob`: the work runs
as a `workers.Job` (it never touches a widget), its result comes back by signal in the GUI
thread, and a newer `start` supersedes an older run, whose outcome is then dropped. A failure
is logged (a bug with its traceback, by `Job`) and reported by `failed`, for the page to show
a neutral placeholder instead of a traceback.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QThreadPool, Signal

from taskforce_app.domain.errors import UserError
from taskforce_app.ui.kit.workers import Job, JobControl

log = logging.getLogger(__name__)

_UNFINISHED: set[Job[object]] = set()
"""Every started job until its thread is done with it: a QRunnable (and the signals it emits)
must outlive its run, also when the page that started it is closed first."""


class LatestJob(QObject):
    """Runs read-only functions off the GUI thread; reports only the newest one's outcome."""

    finished = Signal(object)
    """The newest run's result."""
    failed = Signal(object)
    """The newest run's exception (already logged)."""

    def __init__(self, parent: QObject | None = None, *, pool: QThreadPool | None = None) -> None:
        super().__init__(parent)
        self._pool = pool if pool is not None else QThreadPool.globalInstance()
        self._current: Job[object] | None = None

    @property
    def running(self) -> bool:
        """True while the newest run has not reported yet."""
        return self._current is not None

    def start(self, function: Callable[[], object]) -> None:
        """Run `function` on the pool; an older run still going is superseded (dropped)."""
        self.drop()

        def work(_control: JobControl) -> object:
            return function()

        job: Job[object] = Job(work)
        job.signals.finished.connect(self._on_finished)
        job.signals.failed.connect(self._on_failed)
        job.signals.done.connect(lambda: _UNFINISHED.discard(job))
        self._current = job
        _UNFINISHED.add(job)
        self._pool.start(job)

    def drop(self) -> None:
        """Forget the running job: it ends unseen and its outcome is not reported."""
        if self._current is not None:
            self._current.cancel()
            self._current = None

    def wait(self, msecs: int = -1) -> bool:
        """Block until the pool is idle, then deliver the outcome (tests and benchmarks)."""
        idle = self._pool.waitForDone(msecs)
        QCoreApplication.sendPostedEvents()
        return idle

    def _sent_by_current(self) -> bool:
        current = self._current
        return current is not None and self.sender() is current.signals

    def _on_finished(self, result: object) -> None:
        if self._sent_by_current():
            self._current = None
            self.finished.emit(result)

    def _on_failed(self, error: BaseException) -> None:
        if not self._sent_by_current():
            return
        self._current = None
        if isinstance(error, UserError):
            log.warning("background read failed: %s", error.error_code)
        self.failed.emit(error)
