"""Writing the demo database to a file or a server, so a failure never leaves half a demo."""

from __future__ import annotations

import logging
import os
import sqlite3
import tempfile
import time
from collections import Counter
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from taskforce_app.bootstrap import open_context, resolve_target
from taskforce_app.demo.builder import DemoBuilder
from taskforce_app.demo.content import load_content
from taskforce_app.demo.portfolio import DEMO_ACTOR
from taskforce_app.domain.errors import DatabaseError
from taskforce_app.services.criteria import load_benchmarks
from taskforce_app.temporary_files import remove_dead_temporaries, temporary_beside

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class DemoSummary:
    """What `write_demo_database` wrote."""

    location: str
    engagements: int
    cases: int
    assessments: int
    findings: int = 0
    recommendations: int = 0
    seconds: float = 0.0


def write_demo_database(
    target: str | Path, *, force: bool, today: date | None = None
) -> DemoSummary:
    """Write the demo database to a file path or a PostgreSQL URL, through the services.

    A file is built in a temporary file beside the target and then moved over the target in
    one step. For a server the demo is built the same way in a temporary file, and the
    server's records are then replaced by its records in one transaction. Either way a failure
    leaves the target as it was.

    Args:
        target: an SQLite file path (or `sqlite:///` URL), or a `postgresql+…` URL.
        force: overwrite an existing file, or replace the forløb of a server database.
        today: the day the demo's dates are anchored to (`date.today()` by default).

    Raises:
        DatabaseError: the target exists (or holds forløb) and `force` is not given, or the
            database cannot be opened.
    """
    started = time.perf_counter()
    anchor = date.today() if today is None else today
    location = resolve_target(target)
    if location.path is None:
        shown = location.display_name
        counts = _write_server(location.url, shown, force=force, today=anchor)
    else:
        shown = str(location.path)
        counts = _write_file(location.path, force=force, today=anchor)
    seconds = time.perf_counter() - started
    log.info("demo database written to %s in %.2f s", shown, seconds)
    return DemoSummary(
        location=shown,
        engagements=counts["engagements"],
        cases=counts["cases"],
        assessments=counts["assessments"],
        findings=counts["findings"],
        recommendations=counts["recommendations"],
        seconds=seconds,
    )


def build_demo(path: Path, today: date) -> Counter[str]:
    """Create the database file `path` (which must not exist) and fill it with the demo."""
    context = open_context(path, actor=DEMO_ACTOR)
    try:
        builder = DemoBuilder(context, today, load_content(), load_benchmarks())
        counts = builder.build()
    finally:
        context.close()
    _checkpoint(path)
    return counts


def _write_file(path: Path, *, force: bool, today: date) -> Counter[str]:
    if path.is_dir():
        raise DatabaseError("db.is_folder", path=str(path))
    if path.exists() and not force:
        raise DatabaseError("db.exists", path=str(path))
    if not path.parent.is_dir():
        raise DatabaseError("db.missing_folder", folder=str(path.parent))
    remove_dead_temporaries(path.parent, "demo", path.name)  # of demos killed on the way
    temporary = temporary_beside(path, "demo")
    try:
        counts = build_demo(temporary, today)
        for stale in _companions(path):
            stale.unlink(missing_ok=True)
        os.replace(temporary, path)
    finally:
        for leftover in (temporary, *_companions(temporary)):
            leftover.unlink(missing_ok=True)
    return counts


def _write_server(url: str, shown: str, *, force: bool, today: date) -> Counter[str]:
    """Build the demo in a temporary file, then replace the server's records in one transaction.

    The services commit each call, so building on the server itself could leave half a demo;
    building beside it and copying in one transaction cannot.
    """
    context = open_context(url, actor=DEMO_ACTOR)
    try:
        if context.engagements.summaries(include_deleted=True) and not force:
            raise DatabaseError("db.exists", path=shown)
        with tempfile.TemporaryDirectory(prefix="taskforce-demo-") as folder:
            built = Path(folder) / "demo.sqlite"
            counts = build_demo(built, today)
            context.maintenance.replace_records_from(built)
    finally:
        context.close()
    return counts


def _companions(path: Path) -> tuple[Path, Path]:
    return path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")


def _checkpoint(path: Path) -> None:
    """Fold the write-ahead log into the file, so the file alone is the complete database."""
    connection = sqlite3.connect(path)
    try:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        connection.close()
