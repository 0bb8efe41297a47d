"""One writer at a time: a lock file beside an SQLite database names who has it open.

SQLite itself only locks for the length of a transaction; two app instances on the same file
would each think their view is current. The lock file `<database>.lock` holds who (user, host,
process) opened it for writing and since when. A lock whose process is gone (same host) is stale
and taken over; any other lock refuses a second writer, who may open the file read-only instead.
"""

from __future__ import annotations

import getpass
import json
import os
import socket
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from taskforce_app.domain.errors import DatabaseError


@dataclass(frozen=True, slots=True)
class LockHolder:
    """Who holds the writer lock."""

    user: str
    host: str
    pid: int
    since: str

    def describe(self) -> str:
        """`user på host (proces pid) siden dd-mm-åååå hh:mm`."""
        try:
            when = datetime.fromisoformat(self.since).astimezone().strftime("%d-%m-%Y %H:%M")
        except ValueError:
            when = self.since
        return f"{self.user} på {self.host} (proces {self.pid}) siden {when}"


class WriterLock:
    """The lock file of one database, held by this process once acquired."""

    def __init__(self, database: Path) -> None:
        self.path = database.with_name(database.name + ".lock")
        self._held = False
        self._token = ""

    def holder(self) -> LockHolder | None:
        """The live holder of the lock, or None when free or stale."""
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            holder = LockHolder(
                str(data["user"]), str(data["host"]), int(data["pid"]), str(data["since"])
            )
        except (OSError, ValueError, KeyError, TypeError):
            return None
        if holder.host == socket.gethostname() and not _process_alive(holder.pid):
            return None
        if holder.host == socket.gethostname() and holder.pid == os.getpid():
            return None  # this process: a reopened database takes the lock over
        return holder

    def acquire(self) -> None:
        """Take the lock; `DatabaseError("db.in_use")` naming the holder if someone has it."""
        holder = self.holder()
        if holder is not None:
            raise DatabaseError(
                "db.in_use", path=str(self.path.with_suffix("")), who=holder.describe()
            )
        self._token = uuid.uuid4().hex
        record = {
            "token": self._token,
            "user": _user(),
            "host": socket.gethostname(),
            "pid": os.getpid(),
            "since": datetime.now(UTC).isoformat(timespec="seconds"),
        }
        temporary = self.path.with_name(f"{self.path.name}.{os.getpid()}.tmp")
        temporary.write_text(json.dumps(record), encoding="utf-8")
        os.replace(temporary, self.path)
        self._held = True

    def release(self) -> None:
        """Give the lock back (only if this process holds it)."""
        if not self._held:
            return
        self._held = False
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            # Only the holder that wrote this lock removes it: a database reopened in the same
            # process has taken it over with a new token and still holds it.
            if data.get("token") == self._token:
                self.path.unlink()
        except (OSError, ValueError):
            pass


def _process_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    except OSError:
        return False
    return True


def _user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "ukendt bruger"
