"""A database we cannot use is refused with one clear Danish message, and never touched."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from taskforce_app.domain.errors import DatabaseError
from taskforce_app.persistence.database import open_database


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _refused(path: Path, code: str) -> DatabaseError:
    with pytest.raises(DatabaseError) as caught:
        open_database(path)
    assert caught.value.error_code == code
    return caught.value


def test_a_text_file_is_not_a_database(tmp_path: Path) -> None:
    target = tmp_path / "notes.txt"
    target.write_text("Mødereferat, ikke en database\n", encoding="utf-8")
    before = _digest(target)
    error = _refused(target, "db.not_a_database")
    assert "ikke en Task Force-database" in error.message("da")
    assert _digest(target) == before


def test_another_programs_sqlite_file_is_refused(tmp_path: Path) -> None:
    target = tmp_path / "other.sqlite"
    connection = sqlite3.connect(target)
    connection.execute("CREATE TABLE recipes (name TEXT)")
    connection.commit()
    connection.close()
    before = _digest(target)
    _refused(target, "db.foreign_database")
    assert _digest(target) == before


def test_a_database_from_a_newer_version_is_refused(db_path: Path) -> None:
    connection = sqlite3.connect(db_path)
    connection.execute("UPDATE alembic_version SET version_num = '9999_future'")
    connection.commit()
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()
    before = _digest(db_path)
    error = _refused(db_path, "db.too_new")
    assert "nyere version" in error.message("da")
    assert "9999_future" in error.message("da")
    assert _digest(db_path) == before


def test_a_read_only_file_is_refused(db_path: Path) -> None:
    before = _digest(db_path)
    db_path.chmod(stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)
    try:
        error = _refused(db_path, "db.read_only")
        assert "skrivebeskyttet" in error.message("da")
    finally:
        db_path.chmod(stat.S_IRUSR | stat.S_IWUSR)
    assert _digest(db_path) == before


@pytest.fixture
def exclusively_locked(db_path: Path) -> Iterator[Path]:
    holder = sqlite3.connect(db_path, isolation_level=None)
    holder.execute("PRAGMA locking_mode=EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")
    holder.execute("UPDATE municipality SET name = name WHERE code = '101'")
    yield db_path
    holder.execute("ROLLBACK")
    holder.close()


def test_a_locked_database_is_refused(exclusively_locked: Path) -> None:
    before = _digest(exclusively_locked)
    error = _refused(exclusively_locked, "db.locked")
    assert "låst" in error.message("da")
    assert _digest(exclusively_locked) == before


def test_a_missing_folder_is_named(tmp_path: Path) -> None:
    target = tmp_path / "does-not-exist" / "db.sqlite"
    error = _refused(target, "db.missing_folder")
    assert str(target.parent) in error.message("da")
    assert not target.parent.exists()


def test_a_folder_is_not_a_file(tmp_path: Path) -> None:
    _refused(tmp_path, "db.is_folder")


def test_a_new_file_is_created_and_migrated(tmp_path: Path) -> None:
    target = tmp_path / "new.sqlite"
    database = open_database(target)
    database.close()
    assert target.exists() and os.path.getsize(target) > 0
    assert database.upgrade_backup is None


def test_an_unsupported_url_is_refused() -> None:
    with pytest.raises(DatabaseError) as caught:
        open_database("mysql://user@host/db")
    assert caught.value.error_code == "db.bad_url"
