"""Deleting the backups made before a purge: only the listed files go, failures are reported."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from taskforce_app.bootstrap import AppContext, open_context
from taskforce_app.persistence.sqlite_files import BACKUP_SUFFIX
from taskforce_app.services.backups import backup_folder


@pytest.fixture
def demo(demo_db_path: Path) -> Iterator[AppContext]:
    ctx = open_context(demo_db_path, actor="KØW")
    yield ctx
    ctx.close()


@pytest.fixture
def folder(demo_db_path: Path) -> Iterator[Path]:
    """The demo database's backup folder, empty (the sandbox is shared by the session)."""
    path = backup_folder(demo_db_path)
    shutil.rmtree(path, ignore_errors=True)
    path.mkdir(parents=True)
    yield path
    shutil.rmtree(path, ignore_errors=True)


def _aged(path: Path, days: int) -> Path:
    """`path` with its modification time set `days` days back."""
    stamp = (datetime.now(UTC) - timedelta(days=days)).timestamp()
    os.utime(path, (stamp, stamp))
    return path


def test_delete_backups_deletes_only_listed_files_and_reports_failures(
    demo: AppContext, folder: Path
) -> None:
    old_one = folder / f"2026-01-01_0900{BACKUP_SUFFIX}"
    old_one.write_bytes(b"before the purge")
    _aged(old_one, 30)
    stuck = folder / f"2026-01-02_0900{BACKUP_SUFFIX}"
    stuck.mkdir()  # unlink() of a directory fails: a backup that cannot be deleted
    (stuck / "inside").write_bytes(b"x")
    _aged(stuck, 29)
    unrelated = folder / "notes.txt"
    unrelated.write_bytes(b"not a backup")

    randers = demo.engagements.resolve("Randers")
    demo.retention.purge(randers, early=True, reason="Kommunen bad om det")
    newer = folder / f"2099-01-01_0900{BACKUP_SUFFIX}"
    newer.write_bytes(b"after the purge")

    listed = {info.path for info in demo.retention.backups_to_delete()}
    assert listed == {old_one, stuck}

    deleted, failed = demo.retention.delete_backups([old_one, stuck, newer, unrelated])

    assert deleted == [old_one]
    assert failed == [stuck]
    assert not old_one.exists()
    assert stuck.exists() and newer.exists() and unrelated.exists()
    assert {info.path for info in demo.retention.backups_to_delete()} == {stuck}


def test_delete_backups_without_a_purge_deletes_nothing(demo: AppContext, folder: Path) -> None:
    old = folder / f"2026-01-01_0900{BACKUP_SUFFIX}"
    old.write_bytes(b"old")
    _aged(old, 400)

    assert demo.retention.backups_to_delete() == []
    assert demo.retention.delete_backups([old]) == ([], [])
    assert old.exists()
