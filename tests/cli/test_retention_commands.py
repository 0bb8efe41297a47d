"""`purge` and `retention` from the command line: exit 2 with the due date, dry run, JSON."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from taskforce_app.cli import main


def test_purge_not_due_exits_2_with_the_date(
    demo_db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(demo_db_path)
    assert main(["purge", "--db", db, "--engagement", "Randers"]) == 2
    error = capsys.readouterr().err
    assert "skal først slettes" in error and error.count("\n") == 1
    assert main(["purge", "--db", db, "--engagement", "Viborg"]) == 2
    assert "ikke afsluttet" in capsys.readouterr().err
    assert main(["purge", "--db", db, "--engagement", "Randers", "--early"]) == 2
    assert "begrundelse" in capsys.readouterr().err


def test_early_purge_dry_run_then_for_real(
    demo_db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(demo_db_path)
    early = ["--early", "--reason", "Kommunen bad om det"]
    assert main(["purge", "--db", db, "--engagement", "Randers", *early, "--dry-run"]) == 0
    assert "intet slettet" in capsys.readouterr().out
    assert main(["purge", "--db", db, "--engagement", "Randers", *early, "--json"]) == 0
    done = json.loads(capsys.readouterr().out)
    assert done["early"] and done["counts"]["case_record"] > 0 and not done["dry_run"]
    assert main(["retention", "--db", db, "--json"]) == 0
    listing = json.loads(capsys.readouterr().out)
    randers = next(e for e in listing["engagements"] if e["id"] == done["engagement_id"])
    assert randers["cases"] == 0 and randers["purged_at"] is not None
    assert main(["purge", "--db", db, "--engagement", "Randers", *early]) == 2
    assert "allerede slettet" in capsys.readouterr().err


def test_retention_period_set_by_a_team_lead(
    demo_db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(demo_db_path)
    assert main(["retention", "--db", db, "--years", "3"]) == 2
    assert "--as" in capsys.readouterr().err
    assert main(["retention", "--db", db, "--years", "3", "--as", "MNL"]) == 2
    assert "teamleder" in capsys.readouterr().err
    assert main(["retention", "--db", db, "--years", "3", "--as", "KØW"]) == 0
    assert "3 år" in capsys.readouterr().out
