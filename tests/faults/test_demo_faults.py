"""A demo killed at any point leaves no database or the old one, or the complete demo.

`taskforce-app demo` (to a new file) and `demo --force` (over an existing database) run in a
child killed with SIGKILL at a step (migrating the hidden temporary, building the forløb
through the services, checkpointing, the rename) or after a random delay. The target must
then be absent (new file) or exactly the old database (`--force`), or pass SQLite's integrity
check and hold the complete demo; no file a user would see may be left; the next writing
command must get in; and the next demo must remove the hidden temporary a killed one left.
"""

from __future__ import annotations

import shutil
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
    table_counts,
    visible_strays,
)

SPREAD = 12
DELAYS = 8
CLEANUP_CHECKS = 2
"""How many killed demos' hidden leftovers a further demo run must clear (each takes long)."""


@pytest.mark.slow
def test_a_killed_demo_leaves_nothing_the_old_database_or_the_whole_demo(
    child_script: Path,
    migrated_template: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    old = digest(migrated_template)

    def command(database: Path, force: bool) -> list[str]:
        return ["demo", "--db", str(database), *(["--force"] if force else [])]

    finished = tmp_path / "complete" / "demo.sqlite"
    finished.parent.mkdir()
    calibration = calibrate(child_script, command(finished, False), tmp_path / "trace.txt")
    complete = table_counts(finished)
    assert complete["case_record"] > 1000
    kills = schedule(calibration, spread=SPREAD, delays=DELAYS, seed=20261207, first=0.5)

    def database_of(index: int) -> Path:
        return tmp_path / f"trial-{index}" / f"demo-{index}.sqlite"

    def trial(index: int) -> tuple[bool, str, str, dict[str, int], list[str]]:
        database, force = database_of(index), index % 2 == 1
        database.parent.mkdir()
        if force:
            shutil.copyfile(migrated_template, database)
        run_command(child_script, command(database, force), kills[index])
        strays = visible_strays(database.parent, [database])
        if not database.exists():
            return False, "", "", {}, strays
        return True, integrity(database), digest(database), table_counts(database), strays

    results = in_parallel(trial, len(kills))

    outcomes, cleanups = set(), 0
    for index, (kill, (exists, check, content, counts, strays)) in enumerate(
        zip(kills, results, strict=True)
    ):
        database, force = database_of(index), index % 2 == 1
        assert strays == [], (kill, strays)
        if not exists:
            assert not force, kill
            outcomes.add("nothing")
        else:
            assert check == "ok", kill
            assert (force and content == old) or counts == complete, kill
            outcomes.add("old" if content == old else "complete")
            # The next writing command gets in, whoever held the writer lock.
            assert main(["backup", "--db", str(database), "--keep", "5"]) == 0, (
                kill,
                capsys.readouterr().err,
            )
            assert not Path(f"{database}.lock").exists(), kill
            shutil.rmtree(backup_folder(database), ignore_errors=True)
        hidden = [p for p in database.parent.iterdir() if p.name.startswith(".")]
        if hidden and cleanups < CLEANUP_CHECKS:
            cleanups += 1
            assert main(command(database, exists)) == 0, (kill, capsys.readouterr().err)
            assert table_counts(database) == complete
            assert [p for p in database.parent.iterdir() if p.name.startswith(".")] == [], kill
        remove_database(database)
    assert outcomes == {"nothing", "old", "complete"}, outcomes
    assert cleanups == CLEANUP_CHECKS, "killed demos left hidden temporaries to clear"
    assert len(kills) >= 30
    print(f"kills survived: {len(kills)}")
