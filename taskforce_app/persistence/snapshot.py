"""One consistent read across many services: a view of a database whose sessions share one
read transaction."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace

from sqlalchemy.orm import sessionmaker

from taskforce_app.persistence.database import Database


@contextmanager
def read_snapshot(db: Database) -> Iterator[Database]:
    """A `Database` whose sessions all read the same snapshot, for as long as the block runs.

    Services built over it see the database as it was at the block's first read, whatever
    other connections commit meanwhile (SQLite WAL: the explicit BEGIN the engine emits plus
    the first SELECT fix the snapshot; PostgreSQL: REPEATABLE READ). Each session works in a
    savepoint of the one transaction, which is rolled back at the end: nothing is written.
    The sessions are configured like `db`'s own (same class, so the same event hooks).
    """
    connection = db.engine.connect()
    try:
        if not db.location.is_sqlite:
            connection = connection.execution_options(isolation_level="REPEATABLE READ")
        with connection.begin() as transaction:
            factory = sessionmaker(
                class_=db.sessions.class_,
                **{
                    **db.sessions.kw,
                    "bind": connection,
                    "join_transaction_mode": "create_savepoint",
                },
            )
            yield replace(db, sessions=factory)
            transaction.rollback()
    finally:
        connection.close()
