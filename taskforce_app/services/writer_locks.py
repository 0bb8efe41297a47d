"""Who may write to an embedded database: the writer lock as the front ends see it.

The GUI and every writing CLI command take the same lock (`open_context(lock=True)`); the
functions here show who holds it, take over a lock a user has judged abandoned, and give a
command that replaces the whole file (restore, demo) sole access to it.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from taskforce_app.persistence.sqlite_files import exclusive_access
from taskforce_app.persistence.writer_lock import LockStatus, WriterLock


@dataclass(frozen=True, slots=True)
class LockReport:
    """The writer lock of one database, as shown to a user."""

    database: Path
    state: str
    """free, ours, live, stale, remote or undetermined."""
    holder: str
    """`user på host (proces pid) siden …`, empty when free."""
    user: str = ""
    host: str = ""
    since: str = ""

    @property
    def can_be_taken_over(self) -> bool:
        """True for a lock of another computer or of an undetermined process."""
        return self.state in ("remote", "undetermined", "stale")


def lock_report(database: Path) -> LockReport:
    """Who holds the writer lock of `database` (read only; nothing is changed)."""
    return _report(database, WriterLock(database).status())


def take_over_lock(database: Path, *, reason: str) -> LockReport:
    """Remove the writer lock of `database` after a user chose to take it over; logged.

    Returns the lock as it was. Raises `DatabaseError("lock.live_here")` when a running
    process of this computer holds it (close that program instead).
    """
    lock = WriterLock(database)
    before = lock.status()
    lock.take_over(reason)
    lock.release()
    return _report(database, before)


@contextlib.contextmanager
def sole_access(database: Path) -> Iterator[None]:
    """Hold the writer lock and SQLite's exclusive lock on `database` for the block.

    Raises:
        DatabaseError: `db.in_use` (another writer) or `db.open_elsewhere` (a reader).
    """
    lock = WriterLock(database)
    lock.acquire()
    try:
        with exclusive_access(database):
            yield
    finally:
        lock.release()


def _report(database: Path, status: LockStatus) -> LockReport:
    holder = status.holder
    if holder is None:
        return LockReport(database, status.state.value, "")
    return LockReport(
        database,
        status.state.value,
        holder.describe(),
        user=holder.user,
        host=holder.host,
        since=holder.since,
    )
