"""Recognising a full disk in whatever error a write raised (plain Python, no I/O)."""

from __future__ import annotations

import errno

DISK_FULL_ERRNOS = frozenset({errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)})
SQLITE_FULL = 13
"""SQLite's result code for "database or disk is full"."""


def is_disk_full(error: BaseException) -> bool:
    """True when `error`, or an error it was raised from or wraps, says the disk is full.

    Follows `__cause__`, `__context__` and a wrapped driver error (`orig`, as SQLAlchemy's
    errors carry), so an `OSError(ENOSPC)` or SQLite's `SQLITE_FULL` is found wherever it is.
    """
    seen: set[int] = set()
    pending: list[BaseException] = [error]
    while pending:
        current = pending.pop()
        if id(current) in seen:
            continue
        seen.add(id(current))
        if isinstance(current, OSError) and current.errno in DISK_FULL_ERRNOS:
            return True
        if getattr(current, "sqlite_errorcode", None) == SQLITE_FULL:
            return True
        if "database or disk is full" in str(current).lower():
            return True
        for linked in (current.__cause__, current.__context__, getattr(current, "orig", None)):
            if isinstance(linked, BaseException):
                pending.append(linked)
    return False
