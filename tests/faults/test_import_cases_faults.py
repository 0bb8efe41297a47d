"""A case-list import of 50,000 rows killed at any point stores all of it or none of it.

Every trial copies one prepared database, runs `taskforce-app import-cases` in a child and
kills it with SIGKILL (at a step or after a random delay, so the kills fall while the file is
read, while the rows are stored, and around the commit). Then the database must pass SQLite's
integrity check and hold either exactly what it held before or exactly what a complete run
stores, no file a user would see may be left over, and the next writing command must get in:
the dead process's writer lock is taken over without anybody's help.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from taskforce_app.cli import main
from tests.faults.harness import (
    calibrate,
    in_parallel,
    integrity,
    remove_database,
    run_command,
    schedule,
    table_counts,
    visible_strays,
)
from tests.faults.material import (
    BIG_CASE_LIST_ROWS,
    SMALL_CASE_LIST_ROWS,
    municipality_without_cases,
)

SPREAD = 12
DELAYS = 8


@pytest.mark.slow
def test_a_killed_case_import_stores_all_or_nothing(
    child_script: Path,
    big_case_list: Path,
    small_case_list: Path,
    demo_template: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    base = tmp_path / "base.sqlite"
    shutil.copyfile(demo_template, base)
    municipality = municipality_without_cases(base)
    before = table_counts(base)

    def command(database: Path, case_list: Path = big_case_list) -> list[str]:
        return ["import-cases", "--db", str(database), "--engagement", municipality, str(case_list)]

    finished = tmp_path / "complete.sqlite"
    shutil.copyfile(base, finished)
    calibration = calibrate(child_script, command(finished), tmp_path / "trace.txt")
    complete = table_counts(finished)
    assert complete["case_record"] == before["case_record"] + BIG_CASE_LIST_ROWS
    assert complete["case_list_import"] == before["case_list_import"] + 1
    kills = schedule(calibration, spread=SPREAD, delays=DELAYS, seed=20261203)

    def trial(index: int) -> tuple[int, str, dict[str, int], list[str]]:
        folder = tmp_path / f"trial-{index}"
        folder.mkdir()
        database = folder / "taskforce.sqlite"
        shutil.copyfile(base, database)
        code = run_command(child_script, command(database), kills[index])
        return code, integrity(database), table_counts(database), visible_strays(folder, [database])

    results = in_parallel(trial, len(kills))

    outcomes = set()
    for index, (kill, (_, check, counts, strays)) in enumerate(zip(kills, results, strict=True)):
        assert check == "ok", kill
        assert counts in (before, complete), (kill, _difference(before, counts))
        assert strays == [], (kill, strays)
        outcomes.add("complete" if counts == complete else "nothing")
        # The next writing command gets in although the killed process held the writer lock.
        folder = tmp_path / f"trial-{index}"
        database = folder / "taskforce.sqlite"
        assert main(command(database, small_case_list)) == 0, (kill, capsys.readouterr().err)
        after = table_counts(database)
        assert after["case_record"] == counts["case_record"] + SMALL_CASE_LIST_ROWS
        assert not Path(f"{database}.lock").exists()
        assert sorted(p.name for p in folder.iterdir() if p.name.startswith(".")) == [], kill
        remove_database(database)
    assert outcomes == {"complete", "nothing"}, "kills fell both before and after the commit"
    assert len(kills) >= 30
    print(f"kills survived: {len(kills)}")


def _difference(expected: dict[str, int], found: dict[str, int]) -> dict[str, tuple[int, int]]:
    return {
        table: (expected.get(table, 0), count)
        for table, count in found.items()
        if expected.get(table) != count
    }
