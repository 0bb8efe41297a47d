"""The only schema path: inspect a database, refuse what we cannot open, back up, then upgrade.

Alembic is imported only when an upgrade is actually pending; the stored revision is compared
with the head found by reading the migration files' headers, which costs next to nothing.
"""

from __future__ import annotations

import logging
import os
import re
import sqlite3
import stat
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from sqlalchemy import Engine, inspect, text

from taskforce_app import paths
from taskforce_app.domain.errors import DatabaseError
from taskforce_app.persistence.location import DatabaseLocation
from taskforce_app.persistence.sqlite_files import copy_database, open_read_only, stamped_name

log = logging.getLogger(__name__)

SQLITE_HEADER = b"SQLite format 3\x00"
PREFLIGHT_TIMEOUT_S = 2.0
_REVISION = re.compile(r"^revision(?:\s*:\s*str)?\s*=\s*['\"]([^'\"]+)['\"]", re.MULTILINE)
_DOWN = re.compile(
    r"^down_revision(?:\s*:\s*[^=]+)?\s*=\s*(None|['\"]([^'\"]+)['\"])", re.MULTILINE
)


@dataclass(frozen=True, slots=True)
class SchemaStatus:
    """What a database holds before it is opened: its revision, or None when new/empty."""

    current: str | None
    head: str

    @property
    def pending(self) -> bool:
        """True when an upgrade must run."""
        return self.current != self.head


@cache
def known_revisions() -> dict[str, str | None]:
    """Every revision in db/migrations/versions mapped to its parent."""
    graph: dict[str, str | None] = {}
    for script in sorted(paths.migrations_dir().joinpath("versions").glob("*.py")):
        source = script.read_text(encoding="utf-8")
        rev = _REVISION.search(source)
        down = _DOWN.search(source)
        if rev is None or down is None:
            continue
        graph[rev.group(1)] = down.group(2)
    return graph


def head_revision() -> str:
    """The single head revision (the one no other revision builds on)."""
    graph = known_revisions()
    parents = {parent for parent in graph.values() if parent is not None}
    heads = [rev for rev in graph if rev not in parents]
    if len(heads) != 1:
        raise RuntimeError(f"expected one migration head, found {heads}")
    return heads[0]


def inspect_sqlite_file(path: Path, *, allow_read_only: bool = False) -> SchemaStatus:
    """Check an SQLite file without changing a byte of it; raise `DatabaseError` if unusable.

    With `allow_read_only`, a write-protected file is fine (it is to be opened read-only).
    """
    head = head_revision()
    if path.is_dir():
        raise DatabaseError("db.is_folder", path=str(path))
    if not path.parent.is_dir():
        raise DatabaseError("db.missing_folder", folder=str(path.parent))
    if not path.exists():
        if not os.access(path.parent, os.W_OK):
            raise DatabaseError("db.read_only", path=str(path))
        return SchemaStatus(current=None, head=head)
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except PermissionError as exc:
        raise DatabaseError("db.read_only", path=str(path)) from exc
    if not header:
        return SchemaStatus(current=None, head=head)
    if header != SQLITE_HEADER:
        raise DatabaseError("db.not_a_database", path=str(path))
    if not allow_read_only and not _is_writable(path):
        raise DatabaseError("db.read_only", path=str(path))
    current = _read_revision_read_only(path)
    if current is not None and current not in known_revisions():
        raise DatabaseError("db.too_new", path=str(path), revision=current)
    return SchemaStatus(current=current, head=head)


def inspect_server(engine: Engine, location: DatabaseLocation) -> SchemaStatus:
    """The same check for a server database (PostgreSQL)."""
    head = head_revision()
    inspector = inspect(engine)
    tables = set(inspector.get_table_names())
    if not tables:
        return SchemaStatus(current=None, head=head)
    if "alembic_version" not in tables:
        raise DatabaseError("db.foreign_database", path=location.display_name)
    with engine.connect() as connection:
        current = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
    if current is not None and current not in known_revisions():
        raise DatabaseError("db.too_new", path=location.display_name, revision=current)
    return SchemaStatus(current=current, head=head)


def backup_sqlite_file(path: Path, label: str) -> Path:
    """Copy a live SQLite database beside itself, named by `label` and time; returns the copy."""
    target = path.with_name(stamped_name(path, label))
    copy_database(path, target)
    return target


def upgrade_to_head(engine: Engine) -> None:
    """Run every pending migration in one transaction per revision (imports Alembic)."""
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(paths.migrations_dir()))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
    log.info("database upgraded to %s", head_revision())


def _is_writable(path: Path) -> bool:
    mode = path.stat().st_mode
    if not mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH):
        return False
    return os.access(path, os.W_OK)


def _read_revision_read_only(path: Path) -> str | None:
    try:
        connection = open_read_only(path, timeout=PREFLIGHT_TIMEOUT_S)
    except sqlite3.Error as exc:
        raise DatabaseError("db.not_a_database", path=str(path)) from exc
    try:
        tables = {
            row[0]
            for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        }
        if not tables:
            return None
        if "alembic_version" not in tables:
            raise DatabaseError("db.foreign_database", path=str(path))
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        return None if row is None else str(row[0])
    except sqlite3.OperationalError as exc:
        if _is_lock_error(exc):
            raise DatabaseError("db.locked", path=str(path)) from exc
        raise DatabaseError("db.corrupt", path=str(path), detail=str(exc)) from exc
    except sqlite3.DatabaseError as exc:
        raise DatabaseError("db.corrupt", path=str(path), detail=str(exc)) from exc
    finally:
        connection.close()


def _is_lock_error(exc: sqlite3.Error) -> bool:
    message = str(exc).lower()
    return "locked" in message or "busy" in message
