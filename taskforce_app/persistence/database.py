"""Opening a database (check, back up, migrate) and the unit of work the services use."""

from __future__ import annotations

import logging
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from taskforce_app.domain.errors import DatabaseError
from taskforce_app.persistence import migrations
from taskforce_app.persistence.audit_trail import install_audit_trail
from taskforce_app.persistence.engine import create_app_engine, make_session_factory
from taskforce_app.persistence.location import DatabaseLocation, resolve_location
from taskforce_app.persistence.reference_sync import ensure_reference_data
from taskforce_app.persistence.writer_lock import WriterLock

log = logging.getLogger(__name__)


@dataclass
class Database:
    """An open, migrated database and its sessions."""

    location: DatabaseLocation
    engine: Engine
    sessions: sessionmaker[Session]
    revision: str
    upgrade_backup: Path | None = None
    actor: str = ""
    actor_id: uuid.UUID | None = None
    """The acting consultant (the GUI's current consultant), on every session as `actor_id`."""
    read_only: bool = False
    writer_lock: WriterLock | None = None
    _closed: bool = field(default=False, repr=False)
    _active: ContextVar[Session | None] = field(
        default_factory=lambda: ContextVar("active_write_session", default=None), repr=False
    )

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A session for reading; nothing it does is committed.

        Inside a `write()` block on the same thread it is that block's session, so a read
        within an operation sees the operation's own changes.
        """
        active = self._active.get()
        if active is not None:
            yield active
            return
        with self._translate_errors(), self.sessions() as session:
            session.info["actor"] = self.actor
            session.info["actor_id"] = self.actor_id
            yield session
            session.rollback()

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One transaction (an operation): committed if the block ends normally, rolled back on
        any error.

        The outermost block gets a new operation id, recorded on every audit event it writes.
        A `write()` nested in another on the same thread joins it inside a savepoint: the
        nested block's error undoes only its own changes, and nothing is committed before the
        outermost block ends.
        """
        active = self._active.get()
        if active is not None:
            with self._translate_errors(), active.begin_nested():
                yield active
            return
        with self._translate_errors(), self.sessions() as session, session.begin():
            session.info["actor"] = self.actor
            session.info["actor_id"] = self.actor_id
            session.info["operation_id"] = uuid.uuid4()
            token = self._active.set(session)
            try:
                yield session
            finally:
                self._active.reset(token)

    @property
    def operation_id(self) -> uuid.UUID | None:
        """The id of the operation (outermost `write()`) running on this thread, if any."""
        active = self._active.get()
        if active is None:
            return None
        value = active.info.get("operation_id")
        return value if isinstance(value, uuid.UUID) else None

    def close(self) -> None:
        """Release every connection (the file can then be moved or deleted)."""
        if not self._closed:
            self.engine.dispose()
            if self.writer_lock is not None:
                self.writer_lock.release()
            self._closed = True

    @contextmanager
    def _translate_errors(self) -> Iterator[None]:
        try:
            yield
        except OperationalError as exc:
            if _is_lock(exc):
                raise DatabaseError("db.locked", path=self.location.display_name) from exc
            if _is_read_only(exc):
                raise DatabaseError("db.read_only_session") from exc
            raise


def open_database(
    target: str | Path,
    *,
    migrate: bool = True,
    lock: bool = False,
    read_only: bool = False,
    check_integrity: bool = True,
) -> Database:
    """Open (creating if new) and migrate the database at a path or URL.

    An SQLite file is checked read-only first, so a file that is not ours, too new, read-only
    or locked is refused with a `DatabaseError` and left byte-for-byte untouched. An existing
    database with a pending upgrade is backed up beside itself before the upgrade. `lock` takes
    the writer lock (a second writer is told who has the file open); `read_only` opens an
    existing, current SQLite file without any write (no lock, no migration). SQLite's quick
    integrity check runs on every open, unless `check_integrity` is False: the GUI then runs
    `quick_check` in the background after its window is shown.
    """
    install_audit_trail()
    location = resolve_location(target)
    backup: Path | None = None
    writer_lock: WriterLock | None = None
    if location.path is not None and read_only:
        status = migrations.inspect_sqlite_file(location.path, allow_read_only=True)
        if status.pending:
            raise DatabaseError("db.needs_upgrade", path=str(location.path))
        engine = create_app_engine(location, read_only=True)
        _quick_check(engine, location)
        return Database(
            location=location,
            engine=engine,
            sessions=make_session_factory(engine),
            revision=status.head,
            read_only=True,
        )
    if location.path is not None:
        status = migrations.inspect_sqlite_file(location.path)
        if lock:
            writer_lock = WriterLock(location.path)
            writer_lock.acquire()
        try:
            engine = create_app_engine(location)
        except BaseException:
            if writer_lock is not None:
                writer_lock.release()
            raise
    else:
        engine = create_app_engine(location)
        try:
            status = migrations.inspect_server(engine, location)
        except DBAPIError as exc:
            engine.dispose()
            raise DatabaseError(
                "db.unreachable", url=location.display_name, detail=_first_line(exc)
            ) from exc
        except BaseException:
            engine.dispose()
            raise
    try:
        if status.pending:
            if not migrate:
                raise DatabaseError("db.too_new", path=location.display_name, revision="?")
            if status.current is not None and location.path is not None:
                backup = migrations.backup_sqlite_file(location.path, f"before-{status.head}")
                log.info("backed up %s to %s before upgrading", location.path, backup)
            migrations.upgrade_to_head(engine)
        if location.path is not None and (check_integrity or status.pending):
            _quick_check(engine, location)
        ensure_reference_data(engine)
    except OperationalError as exc:
        _abandon(engine, writer_lock)
        if _is_lock(exc):
            raise DatabaseError("db.locked", path=location.display_name) from exc
        raise
    except BaseException:
        _abandon(engine, writer_lock)
        raise
    return Database(
        location=location,
        engine=engine,
        sessions=make_session_factory(engine),
        revision=status.head,
        upgrade_backup=backup,
        writer_lock=writer_lock,
    )


def _abandon(engine: Engine, writer_lock: WriterLock | None) -> None:
    engine.dispose()
    if writer_lock is not None:
        writer_lock.release()


def quick_check(db: Database) -> None:
    """SQLite's quick integrity check of an open database file (nothing for a server).

    Raises:
        DatabaseError: `db.corrupt` (the file is damaged) or `db.locked`.
    """
    if db.location.path is not None:
        _quick_check(db.engine, db.location)


def _quick_check(engine: Engine, location: DatabaseLocation) -> None:
    """SQLite's quick integrity check; a damaged file is refused with `db.corrupt`."""
    try:
        with engine.connect() as connection:
            rows = [str(row[0]) for row in connection.exec_driver_sql("PRAGMA quick_check")]
    except DBAPIError as exc:
        if _is_lock(exc):
            raise DatabaseError("db.locked", path=location.display_name) from exc
        raise DatabaseError(
            "db.corrupt", path=location.display_name, detail=_first_line(exc)
        ) from exc
    if rows != ["ok"]:
        raise DatabaseError("db.corrupt", path=location.display_name, detail="; ".join(rows[:3]))


def _is_read_only(exc: DBAPIError) -> bool:
    message = str(exc.orig).lower()
    return "readonly" in message or "read-only" in message or "query_only" in message


def _is_lock(exc: DBAPIError) -> bool:
    message = str(exc.orig).lower()
    return "database is locked" in message or "database is busy" in message


def _first_line(exc: BaseException) -> str:
    text = str(getattr(exc, "orig", exc)).strip()
    return text.splitlines()[0] if text else type(exc).__name__
