"""The database work the first screen does not need, run after the window is shown.

Opening a large database file used to check its integrity and copy it to the automatic backup
before the window appeared (seconds on a national database). The window now opens first; this
job then runs both on the thread pool while the status bar says so, and reports the outcome
there. A damaged file is reported at once with the message opening it would have given.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QThreadPool
from PySide6.QtWidgets import QMainWindow

from taskforce_app.bootstrap import AppContext
from taskforce_app.domain.errors import UserError
from taskforce_app.ui.kit.prompts import Prompts
from taskforce_app.ui.kit.workers import Job, JobControl, failure_message

log = logging.getLogger(__name__)

MESSAGE_MS = 8000


def _check_and_back_up(context: AppContext) -> Path | None:
    """The integrity check, then the automatic backup of an embedded file (in a worker)."""
    context.maintenance.quick_check()
    if context.read_only or not context.backups.available:
        return None
    return context.backups.backup()


class StartupChecks(QObject):
    """Runs `_check_and_back_up` once for a shown window; `job` is None before `start`."""

    def __init__(
        self, window: QMainWindow, context: AppContext, prompts: Prompts, language: str
    ) -> None:
        super().__init__(window)
        self._window = window
        self._context = context
        self._prompts = prompts
        self._language = language
        self.job: Job[Path | None] | None = None

    def start(self) -> None:
        """Say so in the status bar and start the job on the global thread pool."""
        self._window.statusBar().showMessage(
            QCoreApplication.translate(
                "StartupChecks", "Checking the database and making the automatic backup…"
            )
        )

        def work(_control: JobControl) -> Path | None:
            return _check_and_back_up(self._context)

        self.job = Job(work)
        self.job.signals.finished.connect(self._finished)
        self.job.signals.failed.connect(self._failed)
        QThreadPool.globalInstance().start(self.job)

    def wait(self, msecs: int = -1) -> bool:
        """Block until the job ended (tests, the benchmark and closing the window)."""
        return QThreadPool.globalInstance().waitForDone(msecs)

    def _finished(self, backup: Path | None) -> None:
        if backup is not None:
            self._context.last_backup = backup
            text = QCoreApplication.translate(
                "StartupChecks", "Database checked; automatic backup made (%1)"
            ).replace("%1", backup.name)
        else:
            text = QCoreApplication.translate("StartupChecks", "Database checked")
        self._window.statusBar().showMessage(text, MESSAGE_MS)

    def _failed(self, error: BaseException) -> None:
        self._window.statusBar().clearMessage()
        if isinstance(error, UserError):
            log.warning("start-up check failed: %s", error.error_code)
        title = QCoreApplication.translate("StartupChecks", "Database check")
        self._prompts.error(title, failure_message(error, self._language))
