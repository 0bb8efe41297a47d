"""One writer at a time: a lock file beside an SQLite database names who has it open.

SQLite itself only locks for the length of a transaction; two app instances on the same file
would each think their view is current. The lock file `<database>.lock` holds who (user, host,
process id and the process's start time) opened it for writing and since when.

A lock of this computer whose process is gone, or whose process id now belongs to another
process (the start time differs), is stale and taken over automatically, with a log line.
A lock of another computer, or one whose liveness cannot be determined, is never broken
silently: it refuses a second writer until a user takes it over explicitly (`take_over`).
Liveness and start times come from psutil, the right way on Linux, macOS and Windows (on
Windows `os.kill(pid, 0)` would send Ctrl+C, so it is never used).
"""

from __future__ import annotations

import contextlib
import getpass
import json
import logging
import os
import socket
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path

import psutil

from taskforce_app.domain.errors import DatabaseError
from taskforce_app.temporary_files import remove_dead_temporaries, temporary_beside

log = logging.getLogger(__name__)

START_TIME_TOLERANCE = 1.0
"""Seconds two readings of one process's start time may differ by (clock rounding)."""


class LockState(StrEnum):
    """What a lock file means for someone who wants to write."""

    FREE = "free"
    OURS = "ours"
    LIVE = "live"
    STALE = "stale"
    REMOTE = "remote"
    UNDETERMINED = "undetermined"


@dataclass(frozen=True, slots=True)
class LockHolder:
    """Who holds the writer lock."""

    user: str
    host: str
    pid: int
    since: str
    started: float | None = None
    token: str = ""

    def describe(self) -> str:
        """`user på host (proces pid) siden dd-mm-åååå hh:mm`."""
        try:
            when = datetime.fromisoformat(self.since).astimezone().strftime("%d-%m-%Y %H:%M")
        except ValueError:
            when = self.since
        return f"{self.user} på {self.host} (proces {self.pid}) siden {when}"


@dataclass(frozen=True, slots=True)
class LockStatus:
    """The lock file's holder (None when there is no readable lock) and what it means."""

    state: LockState
    holder: LockHolder | None = None

    @property
    def blocks(self) -> bool:
        """True when the lock keeps another writer out."""
        return self.state in (LockState.LIVE, LockState.REMOTE, LockState.UNDETERMINED)

    @property
    def can_be_taken_over(self) -> bool:
        """True for a lock a user may take over after seeing who holds it."""
        return self.state in (LockState.REMOTE, LockState.UNDETERMINED)


class WriterLock:
    """The lock file of one database, held by this process once acquired."""

    def __init__(self, database: Path) -> None:
        self.database = database
        self.path = database.with_name(database.name + ".lock")
        self._held = False
        self._token = ""

    @property
    def held(self) -> bool:
        """True while this object holds the lock."""
        return self._held

    def status(self) -> LockStatus:
        """Read the lock file and judge it (free, ours, live, stale, remote, undetermined)."""
        try:
            text = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return LockStatus(LockState.FREE)
        except OSError:
            return LockStatus(LockState.UNDETERMINED, _unknown_holder())
        holder = _parse(text)
        if holder is None:
            return LockStatus(LockState.UNDETERMINED, _unknown_holder())
        return LockStatus(_judge(holder), holder)

    def holder(self) -> LockHolder | None:
        """The holder who keeps another writer out, or None when free, stale or ours."""
        status = self.status()
        return status.holder if status.blocks else None

    def acquire(self) -> None:
        """Take the lock; a stale lock of this computer is taken over with a log line.

        Raises:
            DatabaseError: `db.in_use` naming the holder (`who`) and the lock's `state`.
        """
        remove_dead_temporaries(self.path.parent, "record-", self.path.name)
        for _ in range(3):
            status = self.status()
            if status.blocks:
                assert status.holder is not None
                raise DatabaseError(
                    "db.in_use",
                    path=str(self.database),
                    who=status.holder.describe(),
                    state=status.state.value,
                )
            if status.state is LockState.STALE:
                assert status.holder is not None
                log.warning(
                    "taking over the stale writer lock of %s on %s (%s)",
                    status.holder.describe(),
                    self.database,
                    "process gone" if not psutil.pid_exists(status.holder.pid) else "pid reused",
                )
                self._remove_if(status.holder.token)
            elif status.state is LockState.OURS:
                self._write(replace=True)  # a database reopened in this process
                return
            if self._write(replace=False):
                return
        raise DatabaseError(
            "db.in_use", path=str(self.database), who="et andet program", state="live"
        )

    def take_over(self, reason: str) -> LockHolder | None:
        """Take the lock from whoever holds it (after a user chose to); logged with `reason`.

        Returns the previous holder (None when the lock was free).

        Raises:
            DatabaseError: `lock.live_here` when a running process of this computer holds it.
        """
        status = self.status()
        if status.state is LockState.LIVE:
            assert status.holder is not None
            raise DatabaseError(
                "lock.live_here", path=str(self.database), who=status.holder.describe()
            )
        previous = status.holder if status.state is not LockState.FREE else None
        self._write(replace=True)
        log.warning(
            "writer lock of %s taken over by %s on %s (%s); previous holder: %s",
            self.database,
            _user(),
            socket.gethostname(),
            reason,
            "none" if previous is None else previous.describe(),
        )
        return previous

    def release(self) -> None:
        """Give the lock back (only if this process holds it)."""
        if not self._held:
            return
        self._held = False
        # Only the holder that wrote this lock removes it: a database reopened in the same
        # process has taken it over with a new token and still holds it.
        self._remove_if(self._token)

    def _write(self, *, replace: bool) -> bool:
        """Write our record; without `replace` only if no lock file exists (atomic create)."""
        token = uuid.uuid4().hex
        record = {
            "token": token,
            "user": _user(),
            "host": socket.gethostname(),
            "pid": os.getpid(),
            "started": _start_time(os.getpid()),
            "since": datetime.now(UTC).isoformat(timespec="seconds"),
        }
        temporary = temporary_beside(self.path, f"record-{token[:8]}")
        temporary.write_text(json.dumps(record), encoding="utf-8")
        try:
            if replace:
                os.replace(temporary, self.path)
            elif not _create_exclusively(temporary, self.path):
                return False
        finally:
            temporary.unlink(missing_ok=True)
        self._token = token
        self._held = True
        return True

    def _remove_if(self, token: str) -> None:
        try:
            current = _parse(self.path.read_text(encoding="utf-8"))
            if current is not None and current.token == token:
                self.path.unlink()
        except OSError:
            pass


def _create_exclusively(source: Path, target: Path) -> bool:
    """Put `source`'s content at `target` unless `target` exists; False if it does."""
    try:
        os.link(source, target)  # atomic and complete: nobody sees a half-written lock
        return True
    except FileExistsError:
        return False
    except OSError:
        pass  # file systems without hard links (FAT, some network shares)
    try:
        descriptor = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
    except FileExistsError:
        return False
    with os.fdopen(descriptor, "wb") as handle:
        handle.write(source.read_bytes())
    return True


def _parse(text: str) -> LockHolder | None:
    try:
        data = json.loads(text)
        started = data.get("started")
        return LockHolder(
            user=str(data["user"]),
            host=str(data["host"]),
            pid=int(data["pid"]),
            since=str(data["since"]),
            started=None if started is None else float(started),
            token=str(data.get("token", "")),
        )
    except (ValueError, KeyError, TypeError, AttributeError):
        return None


def _judge(holder: LockHolder) -> LockState:
    if holder.host != socket.gethostname():
        return LockState.REMOTE
    if holder.pid <= 0:
        return LockState.STALE
    try:
        process = psutil.Process(holder.pid)
        started = process.create_time()
        if process.status() == psutil.STATUS_ZOMBIE:
            return LockState.STALE
    except (psutil.NoSuchProcess, psutil.ZombieProcess):
        return LockState.STALE
    except (psutil.AccessDenied, OSError):
        return LockState.UNDETERMINED
    if holder.started is None:
        # A lock written without a start time: the pid is alive, but it may be another process.
        return LockState.OURS if holder.pid == os.getpid() else LockState.UNDETERMINED
    if abs(started - holder.started) > START_TIME_TOLERANCE:
        return LockState.STALE  # the process id was reused
    return LockState.OURS if holder.pid == os.getpid() else LockState.LIVE


def _start_time(pid: int) -> float | None:
    with contextlib.suppress(psutil.Error, OSError):
        return psutil.Process(pid).create_time()
    return None


def _unknown_holder() -> LockHolder:
    return LockHolder(user="ukendt bruger", host="ukendt computer", pid=0, since="ukendt tidspunkt")


def _user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "ukendt bruger"
