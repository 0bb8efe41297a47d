"""Run a real `taskforce-app` command in a child process and SIGKILL it at a chosen point.

The child script installs a step counter, then runs the command line (`cli.main`) exactly as
`taskforce-app` does. A step is an SQL statement or a commit (SQLAlchemy engine events) or a
file-system event the interpreter audits (a file opened for writing, a rename, a removal, a
hard link, an SQLite connection); the last step is the command's return ("exit"), so there is
always a step after the final rename or commit to kill at. With `TF_FAULT_KILL_AFTER=k` the
child kills itself with SIGKILL at its k-th step, before that step happens; a complete run can
write the names of all its steps to `TF_FAULT_TRACE`, so the kill points can be chosen from what
the command does. Kills after a random delay reach the places between steps (parsing a file,
copying pages).
"""

from __future__ import annotations

import hashlib
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable, Collection, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

CHILD = r"""
import os, signal, sys

kill_after = int(os.environ.get("TF_FAULT_KILL_AFTER", "0"))
trace_path = os.environ.get("TF_FAULT_TRACE")
trace = []
seen = 0
done = False
WRITING = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_APPEND | os.O_TRUNC
AUDITED = {"os.rename", "os.remove", "os.link", "sqlite3.connect", "os.truncate"}


def step(name):
    global seen
    if done:
        return
    seen += 1
    if trace_path is not None:
        trace.append(name)
    if seen == kill_after:
        os.kill(os.getpid(), signal.SIGKILL)


def audit(event, args):
    if event in AUDITED:
        step(event)
    elif event == "open":
        mode, flags = args[1], args[2]
        if isinstance(mode, str):
            if any(letter in mode for letter in "wax+"):
                step("open")
        elif isinstance(flags, int) and flags & WRITING:
            step("open")


sys.addaudithook(audit)

from sqlalchemy import event
from sqlalchemy.engine import Engine

event.listen(Engine, "before_cursor_execute", lambda *args, **kwargs: step("sql"))
event.listen(Engine, "commit", lambda *args, **kwargs: step("commit"))

from taskforce_app.cli import main

code = main(sys.argv[1:])
step("exit")
done = True
if trace_path is not None:
    with open(trace_path, "w", encoding="utf-8") as handle:
        handle.write("\n".join(trace))
sys.stdout.flush()
os._exit(code)
"""

DATABASE_COMPANIONS = ("-wal", "-shm", "-journal", ".lock")
"""Files beside a database that a user may see after a crash: SQLite's own and the lock."""

START = 6
"""How many of a command's first steps are each a kill point."""

T = TypeVar("T")


@dataclass(frozen=True)
class Kill:
    """Where to kill the child: at its `after`-th step (0: never), or after `delay` seconds."""

    after: int = 0
    delay: float | None = None


@dataclass(frozen=True)
class Calibration:
    """The steps of one complete run, in order, and how long it took."""

    steps: tuple[str, ...]
    seconds: float


def write_child(folder: Path) -> Path:
    """The child script, written into `folder`."""
    script = folder / "fault_child.py"
    script.write_text(CHILD, encoding="utf-8")
    return script


def run_command(
    script: Path, argv: Sequence[str], kill: Kill = Kill(), *, trace: Path | None = None
) -> int:
    """Run `taskforce-app argv` in a child and kill it as `kill` says; its exit status.

    A child that is neither killed nor successful fails the test with its stderr.
    """
    env = {**os.environ, "TF_FAULT_KILL_AFTER": str(kill.after)}
    env.pop("TF_FAULT_TRACE", None)
    if trace is not None:
        env["TF_FAULT_TRACE"] = str(trace)
    child = subprocess.Popen(
        [sys.executable, str(script), *argv],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    if kill.delay is not None:
        try:
            child.wait(timeout=kill.delay)
        except subprocess.TimeoutExpired:
            child.send_signal(signal.SIGKILL)
    _, err = child.communicate(timeout=600)
    if child.returncode not in (0, -signal.SIGKILL):
        raise AssertionError(f"{argv[0]} failed ({child.returncode}): {err}")
    return child.returncode


def calibrate(script: Path, argv: Sequence[str], trace: Path) -> Calibration:
    """Run the command to the end once and record its steps."""
    started = time.monotonic()
    assert run_command(script, argv, trace=trace) == 0
    seconds = time.monotonic() - started
    steps = tuple(trace.read_text(encoding="utf-8").splitlines())
    trace.unlink()
    return Calibration(steps, seconds)


def schedule(
    calibration: Calibration,
    *,
    spread: int,
    delays: int,
    seed: int,
    first: float = 0.05,
    minimum: int = 30,
) -> list[Kill]:
    """Kill points: the first `START` steps (opening the database, taking the writer lock),
    `spread` steps evenly from the first to the last, the last steps and each side of the
    final renames and commits, and `delays` random delays (more when the step points overlap,
    so there are always at least `minimum` kills)."""
    steps = calibration.steps
    count = len(steps)
    points = set(range(1, min(count, START) + 1))
    points |= {1 + (i * (count - 1)) // max(spread - 1, 1) for i in range(spread)}
    points |= {max(1, count - back) for back in range(3)}
    for name in ("os.rename", "commit"):
        last = [index + 1 for index, step in enumerate(steps) if step == name][-3:]
        points |= {p for index in last for p in (index, index + 1) if 1 <= p <= count}
    rng = random.Random(seed)
    kills = [Kill(after=point) for point in sorted(points)]
    delays = max(delays, minimum - len(kills))
    kills += [Kill(delay=rng.uniform(first, calibration.seconds * 1.1)) for _ in range(delays)]
    return kills


def in_parallel(trial: Callable[[int], T], count: int) -> list[T]:
    """Run `trial(0..count-1)` two at a time (the machine has two cores)."""
    with ThreadPoolExecutor(max_workers=2) as pool:
        return list(pool.map(trial, range(count)))


def integrity(path: Path) -> str:
    """SQLite's integrity check of the database (opened as the next program would)."""
    connection = sqlite3.connect(path)
    try:
        rows = [str(row[0]) for row in connection.execute("PRAGMA integrity_check")]
    finally:
        connection.close()
    return "ok" if rows == ["ok"] else "; ".join(rows[:3])


def table_counts(path: Path) -> dict[str, int]:
    """How many rows every table holds."""
    connection = sqlite3.connect(path)
    try:
        tables = [
            str(row[0])
            for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        return {
            table: int(connection.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0])
            for table in sorted(tables)
        }
    finally:
        connection.close()


def digest(path: Path, *, leave_out: Collection[str] = ()) -> str:
    """A hash of every row of every table (but `leave_out`): equal digests, equal content."""
    connection = sqlite3.connect(path)
    try:
        tables = sorted(
            str(row[0])
            for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
            if str(row[0]) not in leave_out
        )
        hasher = hashlib.sha256()
        for table in tables:
            hasher.update(table.encode())
            for row in connection.execute(f'SELECT * FROM "{table}" ORDER BY 1'):
                hasher.update(repr(row).encode())
        return hasher.hexdigest()
    finally:
        connection.close()


def visible_strays(folder: Path, expected: Sequence[Path]) -> list[str]:
    """Files in `folder` a user would see that are neither expected nor a database's own."""
    allowed = {path.name for path in expected}
    allowed |= {path.name + suffix for path in expected for suffix in DATABASE_COMPANIONS}
    return sorted(
        item.name
        for item in folder.iterdir()
        if not item.name.startswith(".") and item.name not in allowed
    )


def remove_database(path: Path) -> None:
    """Delete a trial's database with its companions."""
    for suffix in ("", *DATABASE_COMPANIONS):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
