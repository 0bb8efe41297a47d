"""Whole-file operations on SQLite databases: read-only opens, a consistent copy, exclusive access.

`open_read_only` is how every whole-file check (revision, counts, integrity) reads a file.
`copy_database` is the one place that runs SQLite's online backup API (`stamped_name` names
the automatic and the before-upgrade backups by time): it reads the source
through SQLite, so committed rows still in the source's `-wal` are included, and writes the
copy beside its target before moving it into place (no half-written copy is ever visible; the
hidden partial copy of a process killed on the way is removed by the next copy there).

`exclusive_access` proves that no other connection has a database open, in any program (the
GUI, a read-only window, another tool), and keeps new ones out while a file is replaced.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import quote

from taskforce_app.domain.errors import DatabaseError
from taskforce_app.temporary_files import remove_dead_temporaries, temporary_beside

BACKUP_SUFFIX = ".sqlite"
"""The file suffix of every backup copy."""


def read_only_uri(path: Path) -> str:
    """An SQLite URI that opens `path` without ever writing to it."""
    return f"file:{quote(str(path))}?mode=ro"


def open_read_only(path: Path, *, timeout: float = 5.0) -> sqlite3.Connection:
    """A connection that reads `path` and never writes to it (close it, e.g. with `closing`).

    Raises:
        sqlite3.Error: the file cannot be opened.
    """
    return sqlite3.connect(read_only_uri(path), uri=True, timeout=timeout)


def stamped_name(database: Path, label: str = "") -> str:
    """The file name of a backup of `database` made now: `<stem>[.<label>]-<UTC time>.sqlite`."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    name = f"{database.stem}.{label}" if label else database.stem
    return f"{name}-{stamp}{BACKUP_SUFFIX}"


def copy_database(source: Path, target: Path, *, timeout: float = 5.0) -> None:
    """Copy `source` to `target` with the online backup API, WAL included; atomic at `target`.

    Raises:
        sqlite3.Error: the source cannot be read or the copy cannot be written.
        OSError: the copy cannot be moved into place.
    """
    remove_dead_temporaries(target.parent, "partial")  # of copies killed on the way
    partial = temporary_beside(target, "partial")
    try:
        reader = open_read_only(source, timeout=timeout)
        try:
            writer = sqlite3.connect(partial)
            try:
                reader.backup(writer)
            finally:
                writer.close()
        finally:
            reader.close()
        os.replace(partial, target)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise


@contextlib.contextmanager
def exclusive_access(database: Path) -> Iterator[None]:
    """Hold SQLite's exclusive lock on `database`; refuse while any connection has it open.

    Every connection that has read a WAL database keeps a shared lock on it, so taking the
    exclusive lock fails while another program (or a read-only window) has the file open.
    The database is switched to rollback-journal mode first: its WAL is checkpointed and
    removed while nobody else can see it, and closing this connection deletes nothing by name
    (the file may have been replaced meanwhile). New connections wait on the lock and are
    refused with "database is locked" until the block ends. A missing file or one that is
    not an SQLite database has no connections: the block runs without a lock.

    Raises:
        DatabaseError: `db.open_elsewhere` when another connection has the database open.
    """
    connection = _lock_exclusively(database) if database.is_file() else None
    try:
        yield
    finally:
        if connection is not None:
            connection.close()


def _lock_exclusively(database: Path) -> sqlite3.Connection | None:
    connection = sqlite3.connect(database, timeout=0, isolation_level=None)
    try:
        connection.execute("PRAGMA locking_mode=EXCLUSIVE")
        mode = connection.execute("PRAGMA journal_mode=DELETE").fetchone()
        if mode is None or str(mode[0]).lower() != "delete":
            raise DatabaseError("db.open_elsewhere", path=str(database))
        connection.execute("BEGIN EXCLUSIVE")
        connection.execute("COMMIT")  # exclusive locking mode keeps the lock until close
    except sqlite3.OperationalError as exc:
        connection.close()
        if _is_busy(exc):
            raise DatabaseError("db.open_elsewhere", path=str(database)) from exc
        raise
    except sqlite3.DatabaseError:
        connection.close()
        return None  # not an SQLite database: nobody can have it open as one
    except BaseException:
        connection.close()
        raise
    return connection


def _is_busy(exc: sqlite3.OperationalError) -> bool:
    message = str(exc).lower()
    return "locked" in message or "busy" in message
