"""An export killed at any point leaves the old file or a complete new one, and no visible litter.

Every trial puts an old workbook at the target, runs `taskforce-app export xlsx|portfolio` in a
child and kills it with SIGKILL (at a step or after a random delay). The target must then be
byte for byte the old file or a complete workbook (opened with openpyxl: the same sheets and
rows as a complete run's); the database must be untouched; no file a user would see may be
left; and the next export to the same target must succeed and remove the hidden partial file
the killed one left behind.
"""

from __future__ import annotations

import shutil
import sqlite3
import uuid
from pathlib import Path

import pytest
from openpyxl import load_workbook

from taskforce_app.cli import main
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

SPREAD = 14
DELAYS = 10

Shape = tuple[tuple[str, int, int], ...]


def _shape(workbook: Path) -> Shape:
    """Every sheet's name, rows and columns (opening fails on a partial file)."""
    book = load_workbook(workbook, read_only=True)
    try:
        return tuple((sheet.title, sheet.max_row or 0, sheet.max_column or 0) for sheet in book)
    finally:
        book.close()


def _engagement(database: Path) -> str:
    connection = sqlite3.connect(database)
    try:
        row = connection.execute(
            "SELECT e.id FROM engagement e JOIN case_record c ON c.engagement_id = e.id"
            " GROUP BY e.id ORDER BY count(*) DESC"
        ).fetchone()
    finally:
        connection.close()
    return str(uuid.UUID(str(row[0])))


@pytest.mark.slow
@pytest.mark.parametrize("kind", ["xlsx", "portfolio"])
def test_a_killed_export_leaves_the_old_file_or_a_complete_one(
    kind: str,
    child_script: Path,
    small_case_list: Path,
    demo_template: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    base = tmp_path / "base.sqlite"
    shutil.copyfile(demo_template, base)
    # A forløb workbook's export is recorded (workbook_export and its audit event) in the
    # transaction that writes the file; everything else stays as it was.
    record = ("workbook_export", "audit_event") if kind == "xlsx" else ()
    content = digest(base, leave_out=record)
    engagement = ["--engagement", _engagement(base)] if kind == "xlsx" else []
    old = small_case_list.read_bytes()

    def command(database: Path, target: Path) -> list[str]:
        return ["export", kind, "--db", str(database), *engagement, "-o", str(target)]

    def prepare(folder: Path) -> tuple[Path, Path]:
        folder.mkdir()
        database, target = folder / "taskforce.sqlite", folder / "rapport.xlsx"
        shutil.copyfile(base, database)
        target.write_bytes(old)
        return database, target

    database, target = prepare(tmp_path / "complete")
    calibration = calibrate(child_script, command(database, target), tmp_path / "trace.txt")
    complete = _shape(target)
    assert target.read_bytes() != old
    kills = schedule(calibration, spread=SPREAD, delays=DELAYS, seed=20261205)

    def trial(index: int) -> tuple[str, str, bytes, list[str], int]:
        database, target = prepare(tmp_path / f"trial-{index}")
        run_command(child_script, command(database, target), kills[index])
        strays = visible_strays(target.parent, [database, target])
        exports = table_counts(database).get("workbook_export", 0)
        written = target.read_bytes()
        return integrity(database), digest(database, leave_out=record), written, strays, exports

    results = in_parallel(trial, len(kills))

    outcomes = set()
    for index, (kill, (check, after, written, strays, exports)) in enumerate(
        zip(kills, results, strict=True)
    ):
        folder = tmp_path / f"trial-{index}"
        database, target = folder / "taskforce.sqlite", folder / "rapport.xlsx"
        assert check == "ok" and after == content, kill
        assert strays == [], (kill, strays)
        if written == old:
            outcomes.add("old")
        else:
            assert _shape(target) == complete, kill
            outcomes.add("new")
        if kind == "xlsx":
            # a workbook that reached its target always has its record (a record whose file was
            # never renamed into place is harmless: nobody can return that workbook)
            assert exports in ((1,) if written != old else (0, 1)), kill
        # The next export to the same target succeeds and clears the killed one's partial.
        assert main(command(database, target)) == 0, (kill, capsys.readouterr().err)
        assert _shape(target) == complete
        assert [p.name for p in folder.iterdir() if p.name.startswith(".")] == [], kill
        target.unlink()
        remove_database(database)
    assert outcomes == {"old", "new"}, "kills fell both before and after the rename"
    assert len(kills) >= 30
    print(f"kills survived: {len(kills)}")
