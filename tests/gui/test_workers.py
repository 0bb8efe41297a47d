"""Background jobs: finished, cancelled mid-way, failed; the progress runner and its helper;
the progress dialog never outlives its job, and Esc cancels."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QThreadPool, QTimer
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from taskforce_app.domain.errors import OperationCancelledError, ValidationError
from taskforce_app.ui.kit.job_progress_dialog import JobProgressDialog
from taskforce_app.ui.kit.prompts import QtPrompts
from taskforce_app.ui.kit.workers import (
    MINIMUM_DURATION_MS,
    Job,
    JobControl,
    ProgressRunner,
    run_with_progress,
)
from tests.gui.conftest import FakePrompts
from tests.gui.modal_driver import (
    ModalDriver,
    click_button,
    from_event_loop,
    press_escape,
    visible_progress_dialogs,
)


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


def _wait_for(event: threading.Event) -> Callable[[JobControl], str]:
    """A job that runs until `event` is set (at most 10 s), then finishes."""

    def job(_control: JobControl) -> str:
        assert event.wait(10), "the test never let the job end"
        return "done"

    return job


@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
def test_a_short_job_then_a_real_message_box_gets_the_input(qtbot: QtBot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    runner = ProgressRunner(window, "Job")
    driver = ModalDriver()
    driver.expect(QMessageBox, click_button("Yes"))

    def short_job_then_question() -> tuple[object, bool]:
        outcome = runner.run(lambda _control: "quick")
        return outcome.result, QtPrompts(window).confirm("Spørgsmål", "Videre?")

    try:
        assert from_event_loop(qtbot, short_job_then_question) == ("quick", True)
        qtbot.wait(2 * MINIMUM_DURATION_MS)
    finally:
        driver.stop()
    assert driver.summary() == [("QMessageBox", True, 0)]
    assert visible_progress_dialogs() == []


@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
def test_a_long_job_shows_its_dialog_which_is_gone_for_good_when_it_ends(qtbot: QtBot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    runner = ProgressRunner(window, "Job")
    release = threading.Event()
    shown: list[JobProgressDialog] = []

    def seen_then_release(modal: QWidget) -> None:
        assert isinstance(modal, JobProgressDialog) and modal is runner.dialog
        shown.append(modal)
        release.set()

    driver = ModalDriver(settle_ms=0)
    driver.expect(JobProgressDialog, seen_then_release)

    def run_and_try_to_show_again() -> tuple[object, bool]:
        outcome = runner.run(_wait_for(release), "Arbejder…")
        shown[0].show()
        return outcome.result, shown[0].isVisible()

    try:
        assert from_event_loop(qtbot, run_and_try_to_show_again) == ("done", False)
    finally:
        driver.stop()
    assert driver.summary() == [("JobProgressDialog", True, 0)]
    assert runner.dialog is None and not runner.running
    qtbot.wait(2 * MINIMUM_DURATION_MS)
    assert visible_progress_dialogs() == []


@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
def test_esc_cancels_a_running_job_and_the_dialog_goes(qtbot: QtBot) -> None:
    runner = ProgressRunner(None, "Job")
    driver = ModalDriver(settle_ms=0)
    driver.expect(JobProgressDialog, press_escape)
    try:
        outcome = from_event_loop(qtbot, lambda: runner.run(_until_cancelled))
    finally:
        driver.stop()
    assert outcome.cancelled and outcome.result is None
    assert driver.summary() == [("JobProgressDialog", True, 0)]
    qtbot.wait(2 * MINIMUM_DURATION_MS)
    assert visible_progress_dialogs() == []


def test_a_cancelled_read_only_job_returns_at_once_and_its_late_result_is_dropped(
    qtbot: QtBot,
) -> None:
    runner = ProgressRunner(None, "Job")
    release = threading.Event()
    QTimer.singleShot(50, runner.cancel)
    outcome = runner.run(_wait_for(release), read_only=True)
    assert outcome.cancelled and outcome.result is None
    release.set()
    assert QThreadPool.globalInstance().waitForDone(5_000)
    qtbot.wait(20)
    assert not runner.running and visible_progress_dialogs() == []


def test_a_job_that_returns_after_a_late_cancel_reports_what_it_did(qtbot: QtBot) -> None:
    runner = ProgressRunner(None, "Job")
    release = threading.Event()

    def cancel_then_release() -> None:
        runner.cancel()
        release.set()

    QTimer.singleShot(50, cancel_then_release)
    outcome = runner.run(_wait_for(release))
    assert outcome.ok and outcome.result == "done"
