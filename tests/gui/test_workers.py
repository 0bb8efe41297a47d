"""Background jobs: finished, cancelled mid-way, failed; the progress runner and its helper."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QThreadPool, QTimer
from pytestqt.qtbot import QtBot

from taskforce_app.domain.errors import OperationCancelledError, ValidationError
from taskforce_app.ui.workers import Job, JobControl, ProgressRunner, run_with_progress
from tests.gui.conftest import FakePrompts


@pytest.fixture(autouse=True)
def _drain_pool() -> Iterator[None]:
    yield
    QThreadPool.globalInstance().waitForDone(5_000)


def _until_cancelled(control: JobControl) -> int:
    """Report progress until cancelled (at most ~5 s), then stop like a service does."""
    for step in range(1_000):
        control.progress("store", step, 1_000)
        if control.cancelled():
            raise OperationCancelledError()
        time.sleep(0.005)
    return -1


def test_a_job_finishes_with_its_result_off_the_gui_thread(qtbot: QtBot) -> None:
    gui_thread = threading.get_ident()
    seen: list[int] = []

    def work(control: JobControl) -> int:
        seen.append(threading.get_ident())
        control.progress("store", 1, 1)
        return 42

    job: Job[int] = Job(work)
    with qtbot.waitSignal(job.signals.finished, timeout=5_000) as blocker:
        QThreadPool.globalInstance().start(job)
    assert blocker.args == [42]
    assert seen and seen[0] != gui_thread


def test_a_job_cancelled_midway_reports_cancelled(qtbot: QtBot) -> None:
    job: Job[int] = Job(_until_cancelled)
    finished: list[object] = []
    job.signals.finished.connect(finished.append)
    with qtbot.waitSignal(job.signals.progress, timeout=5_000):
        QThreadPool.globalInstance().start(job)
    with qtbot.waitSignal(job.signals.cancelled, timeout=5_000):
        job.cancel()
    qtbot.wait(20)
    assert finished == []


def test_a_user_error_and_a_bug_are_reported(
    qtbot: QtBot, caplog: pytest.LogCaptureFixture
) -> None:
    def refuse(_control: JobControl) -> None:
        raise ValidationError("sampling.bad_size", size=0)

    job: Job[None] = Job(refuse)
    with qtbot.waitSignal(job.signals.failed, timeout=5_000) as blocker:
        QThreadPool.globalInstance().start(job)
    assert isinstance(blocker.args[0], ValidationError)

    def crash(_control: JobControl) -> None:
        raise RuntimeError("boom")

    bug: Job[None] = Job(crash)
    with caplog.at_level(logging.ERROR), qtbot.waitSignal(bug.signals.failed) as blocker:
        QThreadPool.globalInstance().start(bug)
    assert isinstance(blocker.args[0], RuntimeError)
    assert "boom" in caplog.text and "Traceback" in caplog.text


def test_run_with_progress_returns_the_result_or_none(qtbot: QtBot) -> None:
    prompts = FakePrompts()
    assert run_with_progress(None, "Job", lambda _c: "done", prompts) == "done"

    def refuse(_control: JobControl) -> None:
        raise ValidationError("sampling.bad_size", size=0)

    assert run_with_progress(None, "Job", refuse, prompts, "da") is None
    assert prompts.errors == [("Job", "Stikprøven skal være på mindst 1 sag (der står 0).")]

    def crash(_control: JobControl) -> None:
        raise RuntimeError("boom")

    assert run_with_progress(None, "Job", crash, prompts) is None
    assert len(prompts.errors) == 2 and "boom" not in prompts.errors[1][1]


def test_the_runner_cancels_a_running_job(qtbot: QtBot) -> None:
    runner = ProgressRunner(None, "Job")
    QTimer.singleShot(100, runner.cancel)
    outcome = runner.run(_until_cancelled)
    assert outcome.cancelled and outcome.result is None and not outcome.ok
    assert not runner.running
    runner.deleteLater()
