"""`list` shows where every forløb stands; `deadlines` shows a consultant's next dates."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest

from taskforce_app.bootstrap import open_context
from taskforce_app.cli import main
from taskforce_app.domain.enums import ConsultantRole
from tests.services.helpers import consultant, granted_engagement


@pytest.fixture
def planned_db(db_path: Path) -> Path:
    ctx = open_context(db_path)
    try:
        jurist = consultant(ctx, "MHJ", ConsultantRole.JURIST)
        start = date.today() - timedelta(days=75)
        engagement_id = granted_engagement(ctx, "Vejle", start=start)
        ctx.team.add_member(engagement_id, jurist, ConsultantRole.JURIST)
        # the plan was made before the jurist joined: give the jurist the case-list milestone
        first_jurist_item = next(
            m
            for m in ctx.milestones.for_engagement(engagement_id)
            if m.template_key == "sagsudtraek_modtaget"
        )
        from dataclasses import replace

        ctx.milestones.update(
            first_jurist_item.id, replace(first_jurist_item.draft(), responsible_id=jurist)
        )
    finally:
        ctx.close()
    return db_path


def test_list_json_has_phase_health_next_milestone_and_overdue(
    planned_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["list", "--db", str(planned_db), "--json"]) == 0
    (row,) = json.loads(capsys.readouterr().out)
    assert row["municipality"] == "Vejle"
    assert row["phase"] == "opstart"
    assert row["health"] == "late"  # kick-off and case-list milestones are 2+ months overdue
    assert row["overdue"] >= 2
    assert row["month_of_plan"] == 2
    assert date.fromisoformat(row["next_milestone_date"]) >= date.today()
    assert row["team"] == ["MHJ"]


def test_list_table_in_danish(planned_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["list", "--db", str(planned_db)]) == 0
    out = capsys.readouterr().out
    assert "Vejle (630)" in out and "Forsinket" in out and "Opstart" in out


def test_deadlines_json(planned_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["deadlines", "--db", str(planned_db), "--consultant", "mhj", "--json"]) == 0
    items = json.loads(capsys.readouterr().out)
    assert items and items[0]["overdue"] is True
    assert items[0]["title"] == "Sagsudtræk modtaget"


def test_deadlines_for_an_unknown_consultant(
    planned_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["deadlines", "--db", str(planned_db), "--consultant", "ZZZ"])
    err = capsys.readouterr().err
    assert code == 2
    assert "ZZZ" in err and err.count("\n") == 1


def test_deadlines_needs_the_consultant(capsys: pytest.CaptureFixture[str], db_path: Path) -> None:
    assert main(["deadlines", "--db", str(db_path)]) == 2
    assert "--consultant" in capsys.readouterr().err
