"""A restore killed at any point leaves the old database or the restored one, never a mix.

Every trial copies one prepared database (the demo plus three imported cases), runs
`taskforce-app restore` of a backup (the plain demo) in a child and kills it with SIGKILL: at a
step (taking the lock, copying the backup beside the database, checking the copy, making the
safety backup, swapping the files) or after a random delay. The database must pass SQLite's
integrity check and hold exactly the old content or exactly the backup's; no file a user would
see may be left over; and the next restore must get in (the dead process's lock is taken
over), bring the backup back, and clear the hidden files the killed one left.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from taskforce_app.cli import main
from taskforce_app.services.backups import backup_folder
from tests.faults.harness import (
    calibrate,
    digest,
    in_parallel,
    integrity,
    remove_database,
    run_command,
    schedule,
    visible_strays,
)
from tests.faults.material import municipality_without_cases

SPREAD = 16
DELAYS = 10


def _checkpoint(path: Path) -> None:
    connection = sqlite3.connect(path)
    try:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        connection.close()


@pytest.mark.slow
def test_a_killed_restore_leaves_the_old_or_the_restored_database(
    child_script: Path,
    small_case_list: Path,
    demo_template: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    backup = tmp_path / "kopi.sqlite"
    shutil.copyfile(demo_template, backup)
    base = tmp_path / "base.sqlite"
    shutil.copyfile(demo_template, base)
    municipality = municipality_without_cases(base)
    argv = ["import-cases", "--db", str(base), "--engagement", municipality, str(small_case_list)]
    assert main(argv) == 0
    _checkpoint(base)
    old, restored = digest(base), digest(backup)
    assert old != restored

    def command(database: Path) -> list[str]:
        return ["restore", "--db", str(database), str(backup)]

    finished = tmp_path / "complete" / "taskforce-complete.sqlite"
    finished.parent.mkdir()
    shutil.copyfile(base, finished)
    calibration = calibrate(child_script, command(finished), tmp_path / "trace.txt")
    assert digest(finished) == restored
    kills = schedule(calibration, spread=SPREAD, delays=DELAYS, seed=20261204)

    def database_of(index: int) -> Path:
        return tmp_path / f"trial-{index}" / f"taskforce-{index}.sqlite"

    def trial(index: int) -> tuple[str, str, list[str]]:
        database = database_of(index)
        database.parent.mkdir()
        shutil.copyfile(base, database)
        run_command(child_script, command(database), kills[index])
        return integrity(database), digest(database), visible_strays(database.parent, [database])

    results = in_parallel(trial, len(kills))

    outcomes = set()
    for index, (kill, (check, content, strays)) in enumerate(zip(kills, results, strict=True)):
        assert check == "ok", kill
        assert content in (old, restored), kill
        assert strays == [], (kill, strays)
        outcomes.add(content)
        database = database_of(index)
        # The next restore gets in, brings the backup back and leaves nothing behind.
        assert main(command(database)) == 0, (kill, capsys.readouterr().err)
        assert digest(database) == restored, kill
        assert not Path(f"{database}.lock").exists(), kill
        assert [p.name for p in database.parent.iterdir() if p.name.startswith(".")] == [], kill
        safety = backup_folder(database)
        assert [p.name for p in safety.iterdir() if p.name.startswith(".")] == [], kill
        shutil.rmtree(safety)
        remove_database(database)
    assert outcomes == {old, restored}, "kills fell both before and after the swap"
    assert len(kills) >= 30
    print(f"kills survived: {len(kills)}")
