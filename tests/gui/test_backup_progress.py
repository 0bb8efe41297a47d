"""File > Back up now runs on the shared progress runner: off the GUI thread, dialog gone after."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from taskforce_app.bootstrap import open_context
from taskforce_app.domain.engagements import EngagementDraft
from taskforce_app.services.backups import BackupService
from taskforce_app.ui.kit.job_progress_dialog import JobProgressDialog
from taskforce_app.ui.main_window import MainWindow
from tests.gui.conftest import FakePrompts, WindowFactory
from tests.gui.modal_driver import ModalDriver, from_event_loop, visible_progress_dialogs


@pytest.fixture(autouse=True)
def _drain_pool() -> Iterator[None]:
    yield
    QThreadPool.globalInstance().waitForDone(5_000)


def _window(make_window: WindowFactory, db_path: Path) -> MainWindow:
    context = open_context(db_path, lock=True)
    odense = context.reference.find_municipality("Odense")
    context.engagements.create(EngagementDraft("Før kopien", odense.id))
    return make_window(context)


def _backup_files(window: MainWindow) -> list[Path]:
    return [info.path for info in window.context.backups.backups()]


def test_back_up_now_through_the_menu_writes_the_file_and_leaves_no_dialog(
    qtbot: QtBot, make_window: WindowFactory, db_path: Path, prompts: FakePrompts
) -> None:
    window = _window(make_window, db_path)
    before = set(_backup_files(window))

    from_event_loop(qtbot, window.backup_action.trigger)

    written = set(_backup_files(window)) - before
    assert len(written) == 1 and next(iter(written)).stat().st_size > 0
    assert prompts.errors == []
    assert len(prompts.infos) == 1 and str(next(iter(written))) in prompts.infos[0][1]
    qtbot.wait(400)
    assert visible_progress_dialogs() == []


@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
def test_a_slow_backup_runs_off_the_gui_thread_behind_a_dialog_that_goes(
    qtbot: QtBot,
    make_window: WindowFactory,
    db_path: Path,
    prompts: FakePrompts,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = _window(make_window, db_path)
    gui_thread = threading.get_ident()
    release = threading.Event()
    threads: list[int] = []
    real_backup = BackupService.backup

    def slow_backup(self: BackupService, target: Path | None = None) -> Path:
        threads.append(threading.get_ident())
        assert release.wait(10), "the progress dialog never appeared"
        return real_backup(self, target)

    monkeypatch.setattr(BackupService, "backup", slow_backup)
    seen: list[JobProgressDialog] = []

    def seen_then_release(modal: QWidget) -> None:
        assert isinstance(modal, JobProgressDialog)
        seen.append(modal)
        release.set()

    driver = ModalDriver(settle_ms=0)
    driver.expect(JobProgressDialog, seen_then_release)
    try:
        written = from_event_loop(qtbot, window.backup_now)
    finally:
        driver.stop()
    assert threads and threads[0] != gui_thread
    assert written is not None and written.exists()
    assert driver.summary() == [("JobProgressDialog", True, 0)]
    assert prompts.errors == []
    qtbot.wait(400)
    assert visible_progress_dialogs() == []
    assert len(seen) == 1
