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
    assert first["analyse"]["text"] == analyse.formatted()
    assert first["national"]["value_pct"] > 0
    assert main(["results", "--db", str(demo_db_path), "--engagement", str(engagement.id)]) == 0
    assert analyse.formatted() in capsys.readouterr().out


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


def _mixed_law_list(path: Path) -> Path:
    """Cases decided on both sides of 1 January 2024."""
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(["Sagsnr.", "Fødselsår", "Sagstype", "Foranstaltning", "Afgørelsesdato"])
        for number in range(1, 41):
            year = 2023 if number % 2 else 2024
            writer.writerow(
                [
                    f"SAG-{number:04d}",
                    2012,
                    CASE_TYPES[number % 3],
                    "Familiebehandling",
                    f"{1 + number % 28}-{1 + number % 12}-{year}",
                ]
            )
    return path


def test_rounds_add_then_suggestions_per_case_law(
    engagement_db: tuple[Path, uuid.UUID], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from datetime import UTC, datetime

    from taskforce_app.domain.review import KeyDates

    db_path, _ = engagement_db
    db = str(db_path)
    source = _mixed_law_list(tmp_path / "sager.csv")
    assert main(["import-cases", "--db", db, "--engagement", "Vejle", str(source)]) == 0
    capsys.readouterr()
    add = ["rounds", "add", "--db", db, "--engagement", "Vejle", "--kind", "analyse"]
    assert main([*add, "--name", "Analyse 2025", "--cut-off", "2025-06-01"]) == 0
    round_id = uuid.UUID(capsys.readouterr().out.strip())
    assert main([*add, "--json"]) == 0
    second = json.loads(capsys.readouterr().out)
    assert second["kind"] == "analyse" and second["cut_off"] is None
    # The bare form still lists (the contract), now with both rounds.
    assert main(["rounds", "--db", db, "--engagement", "Vejle", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert listed[0]["id"] == str(round_id)
    assert listed[0]["name"] == "Analyse 2025" and len(listed) == 2
    sample = ["sample", "--db", db, "--round", str(round_id), "--method", "random"]
    assert main([*sample, "--size", "40", "--seed", "mixed"]) == 0
    ctx = open_context(db_path)
    try:
        cases = ctx.review.sampled_cases(round_id)
        example = cases[0]
        ctx.review.set_key_dates(
            example.id,
            KeyDates(
                notification_received_at=datetime(2024, 1, 10, 9, 0, tzinfo=UTC),
                investigation_started_on=date(2024, 3, 15),
                investigation_completed_on=date(2024, 7, 1),
                decision_on=date(2024, 7, 15),
            ),
        )
        expected = ctx.review.suggestions(round_id)
    finally:
        ctx.close()
    capsys.readouterr()
    assert main(["suggestions", "--db", db, "--round", str(round_id), "--json"]) == 0
    found = json.loads(capsys.readouterr().out)
    assert len(found) == 40 == len(expected)
    assert {case["law"] for case in found} == {"barnets_lov", "serviceloven"}
    by_ref = {case["case_ref"]: case for case in found}
    for case in found:
        assert set(case) == {"case_ref", "law", "criteria"}
        for item in case["criteria"]:
            assert set(item) == {"code", "topic", "suggestion", "due", "reason"}
            assert item["suggestion"] in (None, "met", "not_met", "not_relevant", "cannot_assess")
        prefix = "BL-" if case["law"] == "barnets_lov" else "SL-"
        assert all(item["code"].startswith(prefix) for item in case["criteria"])
    bfu = next(
        item
        for item in by_ref[example.case_ref]["criteria"]
        if item["topic"] == "bfu_within_4_months"
    )
    assert (bfu["suggestion"], bfu["due"]) == ("not_met", "2024-05-10")
    assert "10-05-2024" in bfu["reason"]
    receipt = next(
        item
        for item in by_ref[example.case_ref]["criteria"]
        if item["topic"] == "receipt_6_working_days"
    )
    assert receipt["suggestion"] == "cannot_assess" and receipt["due"] == "2024-01-18"
    assert main(["suggestions", "--db", db, "--round", str(round_id)]) == 0
    assert example.case_ref in capsys.readouterr().out


def test_rounds_add_refuses_bad_input_with_one_line(
    engagement_db: tuple[Path, uuid.UUID], capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(engagement_db[0])
    add = ["rounds", "add", "--db", db, "--engagement", "Vejle", "--kind", "analyse"]
    assert main([*add, "--cut-off", "01-06-2025"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "--cut-off" in err and "Traceback" not in err
    assert main(["rounds", "add", "--db", db, "--engagement", "Vejle", "--kind", "x"]) == 2
    assert capsys.readouterr().err.count("\n") == 1
    assert main(["rounds", "--db", db]) == 2
    assert "--engagement" in capsys.readouterr().err
    assert main(["suggestions", "--db", db, "--round", "nope"]) == 2
    assert capsys.readouterr().err.count("\n") == 1
    ctx = open_context(engagement_db[0])
    try:
        assert ctx.review.rounds(engagement_db[1]) == []
    finally:
        ctx.close()


def test_a_criteria_file_with_an_unknown_topic_stops_the_app_with_one_line(
    db_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    import shutil

    from taskforce_app import paths

    copy = tmp_path / "resources"
    for folder in ("reference", "criteria"):
        shutil.copytree(paths.resources_dir() / folder, copy / folder)
    path = copy / "criteria" / "barnets_lov_v2.json"
    data = json.loads(path.read_text("utf-8"))
    data["criteria"][1]["topic"] = "bfu_within_four_months"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    monkeypatch.setattr(paths, "resources_dir", lambda: copy)
    assert main(["check", "--db", str(db_path)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert "barnets_lov_v2.json" in err and "unknown topic 'bfu_within_four_months'" in err
