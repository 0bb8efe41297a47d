"""Opening a database (check, back up, migrate) and the unit of work the services use."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
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
    _closed: bool = field(default=False, repr=False)

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A session for reading; nothing it does is committed."""
        with self._translate_errors(), self.sessions() as session:
            session.info["actor"] = self.actor
            yield session
            session.rollback()

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One transaction: committed if the block ends normally, rolled back on any error."""
        with self._translate_errors(), self.sessions() as session, session.begin():
            session.info["actor"] = self.actor
            yield session

    def close(self) -> None:
        """Release every connection (the file can then be moved or deleted)."""
        if not self._closed:
            self.engine.dispose()
            self._closed = True

    @contextmanager
    def _translate_errors(self) -> Iterator[None]:
        try:
            yield
        except OperationalError as exc:
            if _is_lock(exc):
                raise DatabaseError("db.locked", path=self.location.display_name) from exc
            raise


def open_database(target: str | Path, *, migrate: bool = True) -> Database:
    """Open (creating if new) and migrate the database at a path or URL.

    An SQLite file is checked read-only first, so a file that is not ours, too new, read-only
    or locked is refused with a `DatabaseError` and left byte-for-byte untouched. An existing
    database with a pending upgrade is backed up beside itself before the upgrade.
    """
    install_audit_trail()
    location = resolve_location(target)
    backup: Path | None = None
    if location.path is not None:
        status = migrations.inspect_sqlite_file(location.path)
        engine = create_app_engine(location)
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
    except OperationalError as exc:
        engine.dispose()
        if _is_lock(exc):
            raise DatabaseError("db.locked", path=location.display_name) from exc
        raise
    except BaseException:
        engine.dispose()
        raise
    return Database(
        location=location,
        engine=engine,
        sessions=make_session_factory(engine),
        revision=status.head,
        upgrade_backup=backup,
    )


def _is_lock(exc: DBAPIError) -> bool:
    message = str(exc.orig).lower()
    return "database is locked" in message or "database is busy" in message


def _first_line(exc: BaseException) -> str:
    text = str(getattr(exc, "orig", exc)).strip()
    return text.splitlines()[0] if text else type(exc).__name__
