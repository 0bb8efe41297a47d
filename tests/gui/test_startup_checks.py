"""Start-up: the window opens first; the integrity check and the backup follow in the background."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from taskforce_app.bootstrap import open_context
from taskforce_app.domain.errors import DatabaseError
from taskforce_app.ui.startup_checks import StartupChecks
from tests.gui.conftest import FakePrompts, WindowFactory, add_engagements


def _damage(path: Path) -> None:
    """Fold the WAL into the file, then overwrite the page holding the audit trail's records
    (which opening the file does not read) with garbage."""
    connection = sqlite3.connect(path)
    try:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        page_size = connection.execute("PRAGMA page_size").fetchone()[0]
        (root,) = connection.execute(
            "SELECT rootpage FROM sqlite_master WHERE type = 'table' AND name = 'audit_event'"
        ).fetchone()
    finally:
        connection.close()
    with path.open("r+b") as file:
        file.seek((root - 1) * page_size)
        file.write(b"\xa5" * page_size)


def test_the_backup_is_made_after_the_window_is_shown(
    qtbot: QtBot, make_window: WindowFactory, prompts: FakePrompts, db_path: Path
) -> None:
    context = open_context(db_path, lock=True, defer_checks=True)
    try:
        add_engagements(context)
        window = make_window(context, language="en")
        assert context.last_backup is None  # nothing was copied before the window appeared
        checks = StartupChecks(window, context, prompts, "en")
        assert checks.job is None
        checks.start()
        assert "Checking the database" in window.statusBar().currentMessage()
        assert checks.job is not None

        def reported() -> bool:
            made = context.last_backup
            return made is not None and made.name in window.statusBar().currentMessage()

        qtbot.waitUntil(reported, timeout=20_000)
        backup = context.last_backup
        assert backup is not None and backup.is_file()
        assert prompts.errors == []
    finally:
        context.close()


def test_a_damaged_file_opens_deferred_and_is_reported_after_the_window_is_shown(
    qtbot: QtBot, make_window: WindowFactory, prompts: FakePrompts, db_path: Path
) -> None:
    setup = open_context(db_path)
    add_engagements(setup)
    setup.close()
    _damage(db_path)
    with pytest.raises(DatabaseError) as refused:
        open_context(db_path)
    assert refused.value.error_code == "db.corrupt"
    context = open_context(db_path, defer_checks=True)
    try:
        window = make_window(context, language="da")
        checks = StartupChecks(window, context, prompts, "da")
        checks.start()
        assert checks.job is not None
        # The job may end before a signal spy could be connected: wait for what the user sees.
        qtbot.waitUntil(lambda: bool(prompts.errors), timeout=20_000)
        _title, text = prompts.errors[0]
        before_detail = refused.value.message("da").split("(")[0]
        assert text.startswith(before_detail)  # the message opening the file would have given
        assert str(db_path) in text
        assert context.last_backup is None
    finally:
        context.close()
