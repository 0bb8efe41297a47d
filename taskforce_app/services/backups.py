"""Backups of the embedded SQLite database: automatic on open, manual, and restore with a preview.

Backups are made with SQLite's online backup API (consistent even while the app is writing) into
`<user data>/backups/<database name>/`, named by time; the newest `keep` are kept.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import sys
import uuid
from contextlib import closing
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import select

from taskforce_app import paths
from taskforce_app.domain.errors import DatabaseError
from taskforce_app.domain.storage import is_disk_full
from taskforce_app.persistence.database import Database
from taskforce_app.persistence.migrations import inspect_sqlite_file
from taskforce_app.persistence.models import Setting
from taskforce_app.persistence.sqlite_files import (
    BACKUP_SUFFIX,
    copy_database,
    exclusive_access,
    open_read_only,
    stamped_name,
)
from taskforce_app.persistence.writer_lock import WriterLock

log = logging.getLogger(__name__)

DEFAULT_KEEP = 10


@dataclass(frozen=True, slots=True)
class BackupInfo:
    """One backup file."""

    path: Path
    made_at: datetime
    size: int


@dataclass(frozen=True, slots=True)
class RestorePreview:
    """What a restore would bring back: the backup's counts beside the current ones."""

    backup: Path
    revision: str | None
    integrity: str
    counts: dict[str, tuple[int | None, int | None]]

    @property
    def usable(self) -> bool:
        """True when the backup passed its integrity check."""
        return self.integrity == "ok"


def backup_folder(database: Path) -> Path:
    """Where the backups of `database` go."""
    return paths.user_data_dir() / "backups" / database.stem


def list_backups(database: Path) -> list[BackupInfo]:
    """The backups of `database`, newest first."""
    folder = backup_folder(database)
    if not folder.is_dir():
        return []
    found = []
    for item in folder.glob(f"*{BACKUP_SUFFIX}"):
        stat = item.stat()
        found.append(BackupInfo(item, datetime.fromtimestamp(stat.st_mtime, UTC), stat.st_size))
    return sorted(found, key=lambda info: info.path.name, reverse=True)


def make_backup(database: Path, target: Path | None = None, *, keep: int = DEFAULT_KEEP) -> Path:
    """Copy `database` with the online backup API; rotate the automatic folder to `keep` files.

    Raises:
        DatabaseError: the database cannot be read, or the target cannot be written (a full
            disk included); no partial copy is left behind.
    """
    inspect_sqlite_file(database, allow_read_only=True)
    if target is None:
        folder = backup_folder(database)
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise _write_error(folder, exc) from exc
        target = folder / stamped_name(database)
    if not target.parent.is_dir():
        raise DatabaseError("db.missing_folder", folder=str(target.parent))
    try:
        copy_database(database, target)
    except (sqlite3.Error, OSError) as exc:
        if is_disk_full(exc) or isinstance(exc, OSError):
            raise _write_error(target, exc) from exc
        raise DatabaseError("backup.failed", path=str(database), detail=str(exc)) from exc
    if target.parent == backup_folder(database):
        for old in list_backups(database)[keep:]:
            old.path.unlink(missing_ok=True)
    return target


def preview_restore(database: Path, backup: Path) -> RestorePreview:
    """Check a backup and count its records beside the current database's.

    Raises:
        DatabaseError: the file is missing, empty, not an SQLite database, another program's
            database, one without any schema, or written by a newer version.
    """
    check_backup_file(backup)
    status = inspect_sqlite_file(backup, allow_read_only=True)
    if status.current is None:
        raise DatabaseError("backup.no_schema", path=str(backup))
    theirs = _counts(backup)
    ours = _counts(database) if database.is_file() and database.stat().st_size else {}
    integrity = _integrity(backup)
    tables = sorted(set(theirs) | set(ours))
    return RestorePreview(
        backup=backup,
        revision=status.current,
        integrity=integrity,
        counts={name: (ours.get(name), theirs.get(name)) for name in tables},
    )


def check_backup_file(backup: Path) -> None:
    """Refuse a backup path that is missing, a folder or an empty file."""
    if not backup.is_file():
        raise DatabaseError("backup.not_found", path=str(backup))
    if backup.stat().st_size == 0:
        raise DatabaseError("backup.empty", path=str(backup))


def restore_backup(database: Path, backup: Path) -> Path:
    """Replace `database` by `backup`, losing nothing; returns the safety copy of the old one.

    The backup is checked (a database of this app, not newer, intact) and read through
    SQLite's backup API, so rows still in its `-wal` come along; the copy is checked again.
    Then, holding the writer lock and SQLite's exclusive lock (refused while any program has
    the database open, a read-only window included), the current file is saved as a safety
    backup, which is kept, and the copy is moved over it in one step.

    Raises:
        DatabaseError: the backup is missing, empty, damaged or not a Task Force database;
            the database is in use; or the disk is full (the database is then unchanged).
    """
    preview = preview_restore(database, backup)
    if not preview.usable:
        raise DatabaseError("db.corrupt", path=str(backup), detail=preview.integrity)
    staged = database.with_name(f".{database.name}.restoring")
    lock = WriterLock(database)
    lock.acquire()  # refuses while another program writes; keeps one from opening meanwhile
    try:
        with exclusive_access(database):
            pass  # refuse early (before any copy is made) while a reader has the file open
        # Copy first: the safety backup below must not rotate away the file being restored.
        copy_database(backup, staged)
        integrity = _integrity(staged)
        if integrity != "ok" or _revision(staged) != preview.revision:
            raise DatabaseError("db.corrupt", path=str(backup), detail=integrity)
        safety = database
        if database.is_file() and database.stat().st_size:
            safety = make_backup(database, keep=sys.maxsize)
            log.info("restore of %s: the current database is saved as %s", database, safety)
        with exclusive_access(database):
            for extra in ("-wal", "-shm", "-journal"):
                Path(f"{database}{extra}").unlink(missing_ok=True)
            os.replace(staged, database)
    except (sqlite3.Error, OSError) as exc:
        raise _write_error(database, exc) from exc
    finally:
        for leftover in (staged, Path(f"{staged}-wal"), Path(f"{staged}-shm")):
            leftover.unlink(missing_ok=True)  # the checks' read-only opens leave empty ones
        lock.release()
    log.info("restored %s from %s", database, backup)
    return safety


def _write_error(path: Path, exc: BaseException) -> DatabaseError:
    if is_disk_full(exc):
        return DatabaseError("disk.full", path=str(path))
    detail = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
    return DatabaseError("backup.cannot_write", path=str(path), detail=detail)


def _revision(database: Path) -> str | None:
    with closing(open_read_only(database)) as connection:
        try:
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        except sqlite3.Error:
            return None
    return None if row is None else str(row[0])


def _counts(database: Path) -> dict[str, int]:
    with closing(open_read_only(database)) as connection:
        tables = [
            row[0]
            for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
                " AND name != 'alembic_version'"
            )
        ]
        counts = {}
        for table in tables:
            columns = {row[1] for row in connection.execute(f'PRAGMA table_info("{table}")')}
            where = " WHERE deleted_at IS NULL" if "deleted_at" in columns else ""
            counts[table] = int(
                connection.execute(f'SELECT count(*) FROM "{table}"{where}').fetchone()[0]
            )
        return counts


def _integrity(database: Path) -> str:
    with closing(open_read_only(database)) as connection:
        try:
            rows = [str(row[0]) for row in connection.execute("PRAGMA integrity_check")]
        except sqlite3.DatabaseError as exc:
            return str(exc)
    return "ok" if rows == ["ok"] else "; ".join(rows[:3])


KEEP_SETTING = "backup.keep"


class BackupService:
    """Backups of the open database (SQLite only)."""

    def __init__(self, db: Database) -> None:
        self._db = db

    @property
    def available(self) -> bool:
        """True for the embedded SQLite database."""
        return self._db.location.path is not None

    def keep(self) -> int:
        """How many automatic backups are kept (a database setting, default 10)."""
        with self._db.read() as session:
            value = session.scalars(
                select(Setting.value).where(Setting.key == KEEP_SETTING)
            ).first()
        return value if isinstance(value, int) and value > 0 else DEFAULT_KEEP

    def set_keep(self, count: int) -> None:
        """Keep the newest `count` automatic backups (1–100)."""
        count = max(1, min(100, count))
        with self._db.write() as session:
            row = session.scalars(select(Setting).where(Setting.key == KEEP_SETTING)).first()
            if row is None:
                session.add(Setting(id=uuid.uuid4(), key=KEEP_SETTING, value=count))
            else:
                row.value = count

    def backup(self, target: Path | None = None) -> Path:
        """Back up now (into the backup folder, or to `target`)."""
        path = self._path()
        return make_backup(path, target, keep=self.keep())

    def backups(self) -> list[BackupInfo]:
        """The automatic and manual backups in the backup folder, newest first."""
        return list_backups(self._path()) if self.available else []

    def preview_restore(self, backup: Path) -> RestorePreview:
        """What restoring `backup` would bring back."""
        return preview_restore(self._path(), backup)

    def _path(self) -> Path:
        path = self._db.location.path
        if path is None:
            raise DatabaseError("backup.server")
        return path
