"""A merge killed at any point leaves an intact database with all of the merge or none of it.

Each trial copies the target database, runs the merge in a child process and kills it with
SIGKILL: either after its k-th SQL statement (a hook in the child script only, read from an
environment variable) or after a random delay. Then SQLite's integrity check must pass and the
records the package adds, changes and deletes must be there either all or not at all.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import select

from taskforce_app.persistence.database import open_database
from taskforce_app.persistence.models import Engagement, Finding, Milestone, MunicipalContact
from taskforce_app.services.exchange import ExchangeService
from tests.services.helpers import PASSPHRASE

HOOK_TRIALS = 44
DELAY_TRIALS = 12
CHILD = """
import os, signal, sys
from pathlib import Path
from sqlalchemy import event
from sqlalchemy.engine import Engine

kill_after = int(os.environ.get("TF_FAULT_KILL_AFTER", "0"))
seen = 0


def _step(*_args, **_kwargs):
    global seen
    seen += 1
    if seen == kill_after:
        os.kill(os.getpid(), signal.SIGKILL)


event.listen(Engine, "before_cursor_execute", _step)
event.listen(Engine, "commit", _step)

from taskforce_app.persistence.database import open_database
from taskforce_app.services.exchange import ExchangeService

db = open_database(sys.argv[1])
ExchangeService(db).merge(Path(sys.argv[2]), passphrase=sys.argv[3], resolve="theirs")
db.close()
print(seen)
"""


@dataclass(frozen=True)
class Scenario:
    """The target database, the package and what the package changes."""

    target: Path
    package: Path
    script: Path
    edited: tuple[str, ...]
    deleted: tuple[str, ...]
    added: tuple[str, ...]


def _hex(record_id: uuid.UUID) -> str:
    return record_id.hex


@pytest.fixture(scope="module")
def scenario(demo_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Scenario:
    """A package of one forløb with 12 edits, 4 deletions and 25 new records."""
    folder = tmp_path_factory.mktemp("faults")
    source, target = folder / "a.sqlite", folder / "b.sqlite"
    shutil.copyfile(demo_template, source)
    shutil.copyfile(demo_template, target)
    db = open_database(source)
    try:
        with db.write() as session:
            engagement = session.scalars(
                select(Engagement.id)
                .join(Finding, Finding.engagement_id == Engagement.id)
                .order_by(Engagement.id)
            ).first()
            assert engagement is not None
            milestones = session.scalars(
                select(Milestone).where(Milestone.engagement_id == engagement).limit(12)
            ).all()
            for milestone in milestones:
                milestone.note = "rettet i felten"
            findings = session.scalars(
                select(Finding).where(Finding.engagement_id == engagement).limit(4)
            ).all()
            for finding in findings:
                finding.soft_delete()
            contacts = [
                MunicipalContact(engagement_id=engagement, name=f"Ny kontakt {n}")
                for n in range(25)
            ]
            session.add_all(contacts)
            session.flush()
            edited = tuple(_hex(m.id) for m in milestones)
            deleted = tuple(_hex(f.id) for f in findings)
            added = tuple(_hex(c.id) for c in contacts)
        package = (
            ExchangeService(db).export([engagement], folder / "a.tfpkg", passphrase=PASSPHRASE).path
        )
    finally:
        db.close()
    _checkpoint(target)
    script = folder / "child.py"
    script.write_text(CHILD, encoding="utf-8")
    return Scenario(target, package, script, edited, deleted, added)


def _checkpoint(path: Path) -> None:
    connection = sqlite3.connect(path)
    try:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        connection.close()


def _run(scenario: Scenario, copy: Path, kill_after: int, delay: float | None) -> str:
    shutil.copyfile(scenario.target, copy)
    env = {**os.environ, "TF_FAULT_KILL_AFTER": str(kill_after)}
    child = subprocess.Popen(
        [sys.executable, str(scenario.script), str(copy), str(scenario.package), PASSPHRASE],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    if delay is not None:
        try:
            child.wait(timeout=delay)
        except subprocess.TimeoutExpired:
            child.send_signal(signal.SIGKILL)
    out, err = child.communicate(timeout=60)
    if child.returncode not in (0, -signal.SIGKILL):
        raise AssertionError(f"child failed ({child.returncode}): {err}")
    return out.strip()


def _state(scenario: Scenario, copy: Path) -> tuple[str, int, int, int, int]:
    """Integrity check result, and how many edits, deletions, additions and logs are there."""
    connection = sqlite3.connect(copy)
    try:
        check = connection.execute("PRAGMA integrity_check").fetchone()[0]

        def count(sql: str, ids: tuple[str, ...]) -> int:
            marks = ",".join("?" * len(ids))
            return int(connection.execute(sql.format(marks=marks), ids).fetchone()[0])

        edited = count(
            "SELECT count(*) FROM milestone WHERE note = 'rettet i felten' AND id IN ({marks})",
            scenario.edited,
        )
        deleted = count(
            "SELECT count(*) FROM finding WHERE deleted_at IS NOT NULL AND id IN ({marks})",
            scenario.deleted,
        )
        added = count(
            "SELECT count(*) FROM municipal_contact WHERE id IN ({marks})", scenario.added
        )
        logs = int(
            connection.execute(
                "SELECT count(*) FROM setting WHERE key LIKE 'exchange.merge.%'"
            ).fetchone()[0]
        )
    finally:
        connection.close()
    return check, edited, deleted, added, logs


@pytest.mark.slow
def test_a_killed_merge_leaves_all_or_nothing(scenario: Scenario, tmp_path: Path) -> None:
    calibration = tmp_path / "calibration.sqlite"
    statements = int(_run(scenario, calibration, 0, None))
    complete = (len(scenario.edited), len(scenario.deleted), len(scenario.added), 1)
    assert _state(scenario, calibration) == ("ok", *complete)
    before = time.monotonic()
    _run(scenario, tmp_path / "timing.sqlite", 0, None)
    duration = time.monotonic() - before

    assert statements > 20
    rng = random.Random(20261124)
    trials: list[tuple[int, float | None]] = [
        (1 + (i * (statements + 2)) // (HOOK_TRIALS - 1), None) for i in range(HOOK_TRIALS)
    ]
    trials += [(0, rng.uniform(0.2, duration * 1.1)) for _ in range(DELAY_TRIALS)]

    def trial(index: int) -> tuple[str, int, int, int, int]:
        kill_after, delay = trials[index]
        copy = tmp_path / f"trial-{index}.sqlite"
        _run(scenario, copy, kill_after, delay)
        state = _state(scenario, copy)
        for suffix in ("", "-wal", "-shm"):
            Path(f"{copy}{suffix}").unlink(missing_ok=True)
        return state

    with ThreadPoolExecutor(max_workers=2) as pool:
        results = list(pool.map(trial, range(len(trials))))

    outcomes = set()
    for (kill_after, delay), (check, *counts) in zip(trials, results, strict=True):
        assert check == "ok", (kill_after, delay)
        assert tuple(counts) in {(0, 0, 0, 0), complete}, (kill_after, delay, counts)
        outcomes.add(tuple(counts))
    assert outcomes == {(0, 0, 0, 0), complete}, "both outcomes must occur"
    assert len(trials) >= 50
