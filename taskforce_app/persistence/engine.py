"""The SQLAlchemy engine with SQLite pragmas, and the session factory the services use."""

from __future__ import annotations

import sqlite3
from typing import Any
from urllib.parse import quote

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from taskforce_app.persistence.cpr_guard import install_cpr_guard
from taskforce_app.persistence.location import DatabaseLocation
from taskforce_app.persistence.soft_delete import install_soft_delete_filter

SQLITE_BUSY_TIMEOUT_MS = 5_000

_PRAGMAS = ("foreign_keys=ON", f"busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
"""Every SQLite connection's pragmas."""
_WRITING_PRAGMAS = (*_PRAGMAS, "journal_mode=WAL", "synchronous=NORMAL")
_READ_ONLY_PRAGMAS = (*_PRAGMAS, "query_only=ON")


def create_app_engine(location: DatabaseLocation, *, read_only: bool = False) -> Engine:
    """An engine for `location`; SQLite gets foreign keys, WAL, NORMAL sync and real BEGINs.

    Every engine refuses a CPR number in any INSERT or UPDATE (`install_cpr_guard`) and never
    puts SQL parameters into error messages or logs (`hide_parameters`).
    `read_only` opens an SQLite file with `mode=ro` and `query_only`, so nothing can be written.
    """
    if not location.is_sqlite:
        server = create_engine(location.url, pool_pre_ping=True, hide_parameters=True)
        install_cpr_guard(server)
        return server
    url = location.url
    if read_only and location.path is not None:
        url = f"sqlite+pysqlite:///file:{quote(str(location.path))}?mode=ro&uri=true"
    engine = create_engine(
        url, connect_args={"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000}, hide_parameters=True
    )
    install_cpr_guard(engine)
    event.listen(
        engine, "connect", _on_sqlite_connect_read_only if read_only else _on_sqlite_connect
    )
    event.listen(engine, "begin", _on_sqlite_begin)
    return engine


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    """Sessions that keep loaded values after commit (read models are built inside them)."""
    install_soft_delete_filter(Session)
    return sessionmaker(engine, expire_on_commit=False)


def _on_sqlite_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    _set_pragmas(dbapi_connection, _WRITING_PRAGMAS)


def _on_sqlite_connect_read_only(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    _set_pragmas(dbapi_connection, _READ_ONLY_PRAGMAS)


def _set_pragmas(dbapi_connection: sqlite3.Connection, pragmas: tuple[str, ...]) -> None:
    # Let SQLAlchemy emit BEGIN itself, so that every transaction (DDL included) is atomic.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        for pragma in pragmas:
            cursor.execute(f"PRAGMA {pragma}")
    finally:
        cursor.close()


def _on_sqlite_begin(connection: Any) -> None:
    connection.exec_driver_sql("BEGIN")
