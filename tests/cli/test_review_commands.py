"""import-cases, rounds, sample and results from the command line, on the same services."""

from __future__ import annotations

import csv
import json
import uuid
from datetime import date
from pathlib import Path

import pytest

from taskforce_app.bootstrap import open_context
from taskforce_app.cli import main
from taskforce_app.domain.enums import RoundKind
from tests.services.helpers import granted_engagement

CASE_TYPES = ["Underretning", "Forebyggende", "Anbringelse"]


def _case_list(path: Path, count: int, *, with_cpr_row: bool = False) -> Path:
    with path.open("w", encoding="cp1252", newline="") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(["Sagsudtræk fra DUBU, Vejle Kommune"])
        writer.writerow([])
        writer.writerow(["Sagsnr.", "Fødselsår", "Sagstype", "Foranstaltning", "Afgørelsesdato"])
        for number in range(1, count + 1):
            writer.writerow(
                [
                    f"SAG-2025-{number:04d}",
                    2010 + number % 8,
                    CASE_TYPES[number % 3],
                    "Familiebehandling § 32",
                    f"{1 + number % 28}-{1 + number % 12}-2025",
                ]
            )
        if with_cpr_row:
            writer.writerow(
                ["SAG-2025-9999", "2012", "Anbringelse", "Barn 010203-1234", "1-2-2025"]
            )
    return path


@pytest.fixture
def engagement_db(db_path: Path) -> tuple[Path, uuid.UUID]:
    ctx = open_context(db_path)
    try:
        engagement_id = granted_engagement(ctx, "Vejle", start=date(2026, 1, 5))
    finally:
        ctx.close()
    return db_path, engagement_id


def test_import_cases_reports_and_stores_once(
    engagement_db: tuple[Path, uuid.UUID], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db_path, _ = engagement_db
    source = _case_list(tmp_path / "sager.csv", 60, with_cpr_row=True)
    code = main(["import-cases", "--db", str(db_path), "--engagement", "Vejle", str(source)])
    out = capsys.readouterr().out
    assert code == 0
    assert "60 sager importeret" in out
    assert "1 afvist" in out
    assert "010203-1234" not in out  # the CPR number is reported, never repeated
    ctx = open_context(db_path)
    try:
        engagement_id = ctx.engagements.resolve("Vejle")
        assert len(ctx.case_lists.existing_refs(engagement_id)) == 60
    finally:
        ctx.close()
    again = main(["import-cases", "--db", str(db_path), "--engagement", "Vejle", str(source)])
    captured = capsys.readouterr()
    assert again == 2  # every row already imported: no valid row
    assert "intet er importeret" in captured.err


def test_sample_is_reproducible_and_dry_run_stores_nothing(
    engagement_db: tuple[Path, uuid.UUID], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db_path, engagement_id = engagement_db
    main(
        [
            "import-cases",
            "--db",
            str(db_path),
            "--engagement",
            "Vejle",
            str(_case_list(tmp_path / "sager.csv", 300)),
        ]
    )
    ctx = open_context(db_path)
    try:
        round_, _ = ctx.review.create_round(engagement_id, RoundKind.ANALYSE)
    finally:
        ctx.close()
    capsys.readouterr()
    args = [
        "sample",
        "--db",
        str(db_path),
        "--round",
        str(round_.id),
        "--method",
        "stratified",
        "--size",
        "20",
        "--seed",
        "tf-2026",
        "--json",
    ]
    assert main([*args, "--dry-run"]) == 0
    dry = json.loads(capsys.readouterr().out)
    assert dry["stored"] is False and len(dry["case_refs"]) == 20
    assert sum(s["sample"] for s in dry["strata"].values()) == 20
    assert main(["rounds", "--db", str(db_path), "--engagement", "Vejle", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)[0]["sampled_cases"] == 0
    assert main(args) == 0
    stored = json.loads(capsys.readouterr().out)
    assert stored["stored"] is True
    assert stored["case_refs"] == dry["case_refs"]  # the same seed draws the same cases
    assert main(["rounds", "--db", str(db_path), "--engagement", "Vejle", "--json"]) == 0
    (listed,) = json.loads(capsys.readouterr().out)
    assert (listed["sampled_cases"], listed["seed"], listed["method"]) == (
        20,
        "tf-2026",
        "stratified",
    )
    assert listed["population_size"] == 300


def test_replacement_comes_from_the_same_seeded_sequence(
    engagement_db: tuple[Path, uuid.UUID], tmp_path: Path
) -> None:
    from taskforce_app.domain.enums import SamplingMethod
    from taskforce_app.domain.sampling import SampleRequest

    db_path, engagement_id = engagement_db
    main(
        [
            "import-cases",
            "--db",
            str(db_path),
            "--engagement",
            "Vejle",
            str(_case_list(tmp_path / "sager.csv", 120)),
        ]
    )
    replacements = []
    for _ in range(2):
        ctx = open_context(db_path)
        try:
            round_, _ = ctx.review.create_round(engagement_id, RoundKind.OTHER, "Test")
            ctx.sampling.draw(round_.id, SampleRequest(SamplingMethod.RANDOM, 20, "same-seed"))
            first = ctx.review.sampled_cases(round_.id)[0]
            new_ref, _ = ctx.sampling.replace(first.id, "Sagen kunne ikke findes")
            cases = ctx.review.sampled_cases(round_.id)
            assert [c.case_ref for c in cases].count(new_ref) == 1
            assert cases[0].replacement_reason == "Sagen kunne ikke findes"
            replacements.append(new_ref)
        finally:
            ctx.close()
    assert replacements[0] == replacements[1]


def test_results_json_matches_the_service(
    demo_db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ctx = open_context(demo_db_path)
    try:
        engagement = next(
            row
            for row in ctx.engagements.summaries()
            if ctx.results.for_engagement(row.id).statusmaaling_round is not None
        )
        expected = ctx.results.for_engagement(engagement.id)
    finally:
        ctx.close()
    assert (
        main(["results", "--db", str(demo_db_path), "--engagement", str(engagement.id), "--json"])
        == 0
    )
    payload = json.loads(capsys.readouterr().out)
    first = payload["requirements"][0]
    assert first["codes"] == list(expected.requirements[0].codes)
    analyse = expected.requirements[0].analyse
    assert analyse is not None
    assert (first["analyse"]["x"], first["analyse"]["n"]) == (analyse.x, analyse.n)
    assert first["analyse"]["text"] == analyse.format_da()
    assert first["national"]["value_pct"] > 0
    assert main(["results", "--db", str(demo_db_path), "--engagement", str(engagement.id)]) == 0
    assert analyse.format_da() in capsys.readouterr().out


def test_sample_for_an_unknown_round(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(
        [
            "sample",
            "--db",
            str(db_path),
            "--round",
            str(uuid.uuid4()),
            "--method",
            "random",
            "--size",
            "5",
            "--seed",
            "x",
        ]
    )
    assert code == 2
    assert "findes ikke" in capsys.readouterr().err


def test_findings_json_lists_findings_with_recommendations(
    demo_db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ctx = open_context(demo_db_path)
    try:
        engagement = next(
            row for row in ctx.engagements.summaries() if ctx.findings.findings(row.id)
        )
        expected = ctx.findings.findings(engagement.id)
    finally:
        ctx.close()
    assert (
        main(["findings", "--db", str(demo_db_path), "--engagement", str(engagement.id), "--json"])
        == 0
    )
    payload = json.loads(capsys.readouterr().out)
    assert [f["title"] for f in payload["findings"]] == [f.title for f in expected]
    first = payload["findings"][0]
    assert (first["shown_in"], first["assessed_in"]) == (
        expected[0].shown_in,
        expected[0].assessed_in,
    )
    statuses = {
        rec["status"] for finding in payload["findings"] for rec in finding["recommendations"]
    } | {rec["status"] for rec in payload["standalone_recommendations"]}
    assert statuses <= {"not_started", "in_progress", "done", "abandoned"} and statuses
    assert main(["findings", "--db", str(demo_db_path), "--engagement", str(engagement.id)]) == 0
    assert "fund," in capsys.readouterr().out
