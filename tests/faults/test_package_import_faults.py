"""A package import killed at any point merges all of the package or none of it.

The package (encrypted, one forløb with edits, deletions and new records) is merged by
`taskforce-app package import` in a child that is killed with SIGKILL at a step or after a
random delay. Then the database must pass SQLite's integrity check and hold exactly what it
held before or exactly what a complete merge leaves; no file a user would see may be left;
and the next writing command must get in although the dead process held the writer lock.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from sqlalchemy import select

from taskforce_app.cli import main
from taskforce_app.persistence.database import open_database
from taskforce_app.persistence.models import Engagement, Finding, Milestone, MunicipalContact
from taskforce_app.services.exchange import ExchangeService
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
from tests.faults.material import SMALL_CASE_LIST_ROWS, municipality_without_cases

SPREAD = 16
DELAYS = 10
PASSPHRASE = "en lang nok adgangssætning"


def _package(demo_template: Path, folder: Path) -> Path:
    """An encrypted package of one forløb with 12 edits, 4 deletions and 25 new records."""
    source = folder / "kilde.sqlite"
    shutil.copyfile(demo_template, source)
    db = open_database(source)
    try:
        with db.write() as session:
            engagement = session.scalars(
                select(Engagement.id)
                .join(Finding, Finding.engagement_id == Engagement.id)
                .order_by(Engagement.id)
            ).first()
            assert engagement is not None
            for milestone in session.scalars(
                select(Milestone).where(Milestone.engagement_id == engagement).limit(12)
            ):
                milestone.note = "rettet i felten"
            for finding in session.scalars(
                select(Finding).where(Finding.engagement_id == engagement).limit(4)
            ):
                finding.soft_delete()
            session.add_all(
                MunicipalContact(engagement_id=engagement, name=f"Ny kontakt {n}")
                for n in range(25)
            )
        return (
            ExchangeService(db)
            .export([engagement], folder / "pakke.tfpkg", passphrase=PASSPHRASE)
            .path
        )
    finally:
        db.close()


@pytest.mark.slow
def test_a_killed_package_import_merges_all_or_nothing(
    child_script: Path,
    small_case_list: Path,
    demo_template: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("TF_FAULT_PASSPHRASE", PASSPHRASE)
    package = _package(demo_template, tmp_path)
    base = tmp_path / "base.sqlite"
    shutil.copyfile(demo_template, base)
    municipality = municipality_without_cases(base)
    before = table_counts(base)

    def command(database: Path) -> list[str]:
        return [
            "package",
            "import",
            "--db",
            str(database),
            "--theirs",
            "--passphrase-env",
            "TF_FAULT_PASSPHRASE",
            str(package),
        ]

    finished = tmp_path / "complete.sqlite"
    shutil.copyfile(base, finished)
    calibration = calibrate(child_script, command(finished), tmp_path / "trace.txt")
    complete = table_counts(finished)
    assert complete["municipal_contact"] == before["municipal_contact"] + 25
    kills = schedule(calibration, spread=SPREAD, delays=DELAYS, seed=20261206)

    def trial(index: int) -> tuple[str, dict[str, int], list[str]]:
        folder = tmp_path / f"trial-{index}"
        folder.mkdir()
        database = folder / "taskforce.sqlite"
        shutil.copyfile(base, database)
        run_command(child_script, command(database), kills[index])
        return integrity(database), table_counts(database), visible_strays(folder, [database])

    results = in_parallel(trial, len(kills))

    outcomes = set()
    for index, (kill, (check, counts, strays)) in enumerate(zip(kills, results, strict=True)):
        assert check == "ok", kill
        assert counts in (before, complete), kill
        assert strays == [], (kill, strays)
        outcomes.add("complete" if counts == complete else "nothing")
        folder = tmp_path / f"trial-{index}"
        database = folder / "taskforce.sqlite"
        small = ["import-cases", "--db", str(database), "--engagement", municipality]
        assert main([*small, str(small_case_list)]) == 0, (kill, capsys.readouterr().err)
        assert table_counts(database)["case_record"] == counts["case_record"] + SMALL_CASE_LIST_ROWS
        assert not Path(f"{database}.lock").exists()
        assert [p.name for p in folder.iterdir() if p.name.startswith(".")] == [], kill
        remove_database(database)
    assert outcomes == {"complete", "nothing"}, "kills fell both before and after the commit"
    assert len(kills) >= 30
    print(f"kills survived: {len(kills)}")
