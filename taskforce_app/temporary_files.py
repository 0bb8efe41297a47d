"""Hidden temporary files named after the process writing them, so a later one can clear them.

A file is written beside its target under a temporary name and renamed into place at the end.
A process killed on the way (SIGKILL, a crash, power loss) cannot remove its temporary; the
next process writing there does. The name `.<target>.<host>.<pid>.<kind>` hides the file from
a user and tells whether its writer is gone: a temporary of this computer whose process no
longer runs is removed; one of another computer (a shared folder) or of a running process is
left alone.
"""

from __future__ import annotations

import contextlib
import glob
import os
import socket
from pathlib import Path

import psutil


def temporary_beside(target: Path, kind: str) -> Path:
    """The hidden temporary of this process for `target`; `kind` must not contain a dot."""
    return target.with_name(f".{target.name}.{_host()}.{os.getpid()}.{kind}")


def remove_dead_temporaries(folder: Path, kind: str, target_name: str = "*") -> None:
    """Remove the temporaries of `kind` in `folder` (for `target_name`, or for any target)
    whose writer was a process of this computer that is gone; SQLite's companions of such a
    temporary (`-journal`, `-wal`, `-shm`) go with it."""
    target = target_name if target_name == "*" else glob.escape(target_name)
    for item in folder.glob(f".{target}.{glob.escape(_host())}.*.{glob.escape(kind)}*"):
        parts = item.name.rsplit(".", 3)
        if len(parts) != 4 or parts[1] != _host() or not parts[2].isdigit():
            continue
        if not parts[3].startswith(kind) or psutil.pid_exists(int(parts[2])):
            continue
        with contextlib.suppress(OSError):
            item.unlink()


def _host() -> str:
    """This computer's name as it can stand between dots in a file name."""
    return socket.gethostname().replace(".", "_") or "host"
