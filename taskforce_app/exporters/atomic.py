"""Write an export next to its target and move it into place at the end, or not at all.

The file is written to the hidden `.<target>.<host>.<pid>.partial-<random>` in the target's own
folder (so the final `os.replace` is a rename on one file system, atomic on POSIX and Windows).
Cancelling or any error removes the partial file; the target is then exactly as it was before.
A process killed on the way cannot: the next export to the same target removes its partial.
A full disk is reported as `disk.full` (one clear message), whichever library hit it.
"""

from __future__ import annotations

import logging
import os
import secrets
import stat
from collections.abc import Callable
from pathlib import Path

from taskforce_app.domain.errors import OperationCancelledError, UserError
from taskforce_app.domain.storage import is_disk_full
from taskforce_app.temporary_files import remove_dead_temporaries, temporary_beside

log = logging.getLogger(__name__)

Cancelled = Callable[[], bool]
Progress = Callable[[int, int], None]
"""Called with (done, total) steps; total may grow while writing."""

PARTIAL_KIND = "partial-"
PARTIAL_MARKER = f".{PARTIAL_KIND}"
"""Part of every partial file's name."""


def check_target(target: Path) -> None:
    """Refuse a target that cannot be written, before any work is done.

    Raises:
        UserError: the folder is missing, is a file, or is not writable; or the target is a
            folder or a read-only file.
    """
    folder = target.parent
    if not folder.exists():
        raise UserError("export.folder_missing", folder=str(folder))
    if not folder.is_dir():
        raise UserError("export.not_a_folder", folder=str(folder))
    if not _is_writable(folder):
        raise UserError("export.folder_read_only", folder=str(folder))
    if target.is_dir():
        raise UserError("export.target_is_folder", path=str(target))
    if target.exists() and not _is_writable(target):
        raise UserError("export.target_read_only", path=str(target))


def raise_if_cancelled(cancelled: Cancelled | None) -> None:
    """Raise `OperationCancelledError` when the user asked to stop."""
    if cancelled is not None and cancelled():
        raise OperationCancelledError()


def write_atomically(
    target: Path,
    write: Callable[[Path], None],
    *,
    cancelled: Cancelled | None = None,
    before_replace: Callable[[], None] | None = None,
) -> Path:
    """Run `write(partial_path)`, then move the partial file onto `target`.

    `write` should call `raise_if_cancelled(cancelled)` between batches of work; cancellation is
    also checked once more just before the file is moved into place. `before_replace` (e.g.
    committing a record of the export) runs after that check, just before the move: if it
    raises, the target is untouched.

    Returns:
        The target path.

    Raises:
        OperationCancelledError: cancelled; no partial file is left and the target is untouched.
        UserError: the target cannot be written or replaced.
    """
    target = Path(target)
    check_target(target)
    raise_if_cancelled(cancelled)
    remove_dead_temporaries(target.parent, PARTIAL_KIND, target.name)
    partial = temporary_beside(target, f"{PARTIAL_KIND}{secrets.token_hex(4)}")
    try:
        write(partial)
        raise_if_cancelled(cancelled)
        if before_replace is not None:
            before_replace()
        try:
            os.replace(partial, target)
        except PermissionError as exc:
            raise UserError("export.target_in_use", path=str(target)) from exc
    except OSError as exc:
        _remove(partial)
        if is_disk_full(exc):
            raise UserError("disk.full", path=str(target)) from exc
        raise UserError(
            "export.write_failed", path=str(target), detail=exc.strerror or exc
        ) from exc
    except BaseException as exc:
        _remove(partial)
        if not isinstance(exc, UserError) and is_disk_full(exc):
            raise UserError("disk.full", path=str(target)) from exc  # wrapped by a library
        raise
    log.info("wrote %s", target)
    return target


def _remove(path: Path) -> None:
    try:
        path.unlink(missing_ok=True)
    except OSError:
        log.warning("could not remove the partial file %s", path, exc_info=True)


def _is_writable(path: Path) -> bool:
    """Write permission by mode bits and by access check (root passes `os.access` regardless)."""
    mode = path.stat().st_mode
    if not mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH):
        return False
    return os.access(path, os.W_OK)
