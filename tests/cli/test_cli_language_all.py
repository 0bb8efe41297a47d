"""`--lang en` gives English, and `--lang da` Danish, in the human output of the read-only
commands (the data itself, such as municipality names and titles, stays as it was typed)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from taskforce_app.cli import main

DANISH_LETTERS = re.compile("[æøåÆØÅ]")
DANISH_WORDS = ("dage", "frister", "problemer", "nyeste", "Skrevet", "Frist", "Hvad", "Kommune")


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> list[str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    assert (code, captured.err) == (0, "")
    return captured.out.splitlines()


def _english(text: str) -> None:
    assert not DANISH_LETTERS.search(text), text
    for word in DANISH_WORDS:
        assert not re.search(rf"\b{word}\b", text), (word, text)


def test_check_in_english_and_danish(
    demo_db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    english = _run(capsys, "--lang", "en", "check", "--db", str(demo_db_path))
    _english("\n".join(english))
    assert english[1].startswith("Schema version:") and "(newest: " in english[1]
    assert english[3].startswith("Foreign keys:") and english[3].endswith(" 0 problems")
    danish = _run(capsys, "--lang", "da", "check", "--db", str(demo_db_path))
    assert danish[1].startswith("Skemaversion:") and "(nyeste: " in danish[1]
    assert danish[2].startswith("Integritet:")
    assert danish[3].startswith("Fremmednøgler:") and danish[3].endswith(" 0 problemer")


def _deadlines(capsys: pytest.CaptureFixture[str], db: Path, language: str) -> list[str]:
    """The deadlines of the first consultant who has any."""
    consultants = _run(capsys, "consultants", "list", "--db", str(db), "--json")
    lines: list[str] = []
    for initials in re.findall(r'"initials": "([A-ZÆØÅ]+)"', "\n".join(consultants)):
        argv = ["--lang", language, "deadlines", "--db", str(db), "--days", "3650"]
        lines = _run(capsys, *argv, "--consultant", initials)
        if len(lines) > 3:
            return lines
    return lines


def test_deadlines_in_english(demo_db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    lines = _deadlines(capsys, demo_db_path, "en")
    assert lines[0].split() == ["Due", "Status", "Type", "Municipality", "What"]
    assert re.fullmatch(r"\d+ deadlines in the next 3650 days \(overdue first\)", lines[-1])
    rows = lines[2:-1] if set(lines[1]) <= {"-", " "} else lines[1:-1]
    assert rows
    for row in rows:
        status_and_kind = re.search(
            r"(\d+ days overdue|in \d+ days)\s+(Milestone|Recommendation)\s", row
        )
        assert status_and_kind is not None, row
    _english("\n".join([lines[0], lines[-1]]))


def test_deadlines_in_danish(demo_db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    lines = _deadlines(capsys, demo_db_path, "da")
    assert lines[0].split() == ["Frist", "Status", "Type", "Kommune", "Hvad"]
    assert re.fullmatch(r"\d+ frister de næste 3650 dage \(overskredne først\)", lines[-1])
    assert any(
        re.search(r"(\d+ dage over|om \d+ dage)\s+(Milepæl|Anbefaling)\s", row) for row in lines
    )


def _both(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[list[str], list[str]]:
    """The output of one command in English, then in Danish."""
    return _run(capsys, "--lang", "en", *argv), _run(capsys, "--lang", "da", *argv)


def _round_ids(capsys: pytest.CaptureFixture[str], db: Path, municipality: str) -> list[str]:
    listed = _run(capsys, "rounds", "--db", str(db), "--engagement", municipality, "--json")
    return re.findall(r'"id": "([0-9a-f-]{36})"', "\n".join(listed))


def test_rounds_in_english_and_danish(
    demo_db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    english, danish = _both(capsys, "rounds", "--db", str(demo_db_path), "--engagement", "Thisted")
    assert english[0].split() == [
        "Id", "Round", "Criteria", "set", "Method", "Seed", "Cases", "Answers", "Status"
    ]  # fmt: skip
    _english(english[0])
    assert danish[0].split()[:4] == ["Id", "Runde", "Kriteriesæt", "Metode"]
    assert len(english) == len(danish) == 3


def test_findings_in_english_and_danish(
    demo_db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    english, danish = _both(capsys, "findings", "--db", str(demo_db_path), "--engagement", "Viborg")
    assert re.fullmatch(r"\d+ findings, \d+ recommendations", english[-1])
    assert re.fullmatch(r"\d+ fund, \d+ anbefalinger", danish[-1])
    headings = [line for line in english if line.startswith("[")]
    assert headings
    for line in headings:
        assert re.match(r"\[(Critical|Significant|Minor)\] ", line), line
        assert re.search(r"\((Legal|Social work); \d+ of \d+ cases; ", line), line
    statuses = [line.split()[1] for line in english if line.startswith("    - ")]
    assert statuses and set(statuses) <= {"Not", "In", "Done", "Abandoned"}
    assert any(re.match(r"\[(Kritisk|Væsentlig|Mindre)\] .*\d+ af \d+ sager", s) for s in danish)


def test_suggestions_in_english_and_danish(
    demo_db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    round_id = _round_ids(capsys, demo_db_path, "Thisted")[0]
    english, danish = _both(capsys, "suggestions", "--db", str(demo_db_path), "--round", round_id)
    reasons = [line.split(None, 2)[2] for line in english if line.startswith("  ")]
    assert reasons and len(english) == len(danish)
    for reason in reasons:
        _english(reason.split("(")[0])
    assert any(DANISH_LETTERS.search(line) for line in danish if line.startswith("  "))


def test_sample_dry_run_in_english_and_danish(
    demo_db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    round_id = _round_ids(capsys, demo_db_path, "Thisted")[-1]
    argv = ["sample", "--db", str(demo_db_path), "--round", round_id, "--method", "random"]
    english, danish = _both(capsys, *argv, "--seed", "s", "--size", "5", "--dry-run")
    assert re.fullmatch(
        r"5 of \d+ cases, method random, seed s, population \w+…; not stored \(--dry-run\)",
        english[-1],
    )
    assert re.fullmatch(
        r"5 af \d+ sager, metode random, seed s, population \w+…; ikke gemt \(--dry-run\)",
        danish[-1],
    )


def test_consultants_in_english_and_danish(
    demo_db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    english, danish = _both(capsys, "consultants", "list", "--db", str(demo_db_path))
    assert english[0].split() == ["Initials", "Name", "Organisation", "Role", "E-mail", "Status"]
    assert danish[0].split() == ["Initialer", "Navn", "Organisation", "Rolle", "E-mail", "Status"]
    assert all(line.endswith(("active", "deactivated")) for line in english[1:])
    assert any("Lawyer" in line for line in english) and any("Jurist" in line for line in danish)
    assert all(line.endswith(("aktiv", "deaktiveret")) for line in danish[1:])


def test_retention_and_purge_dry_run_in_english_and_danish(
    demo_db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    english, danish = _both(capsys, "retention", "--db", str(demo_db_path))
    assert english[0] == "Retention period: 5 years after the engagement's actual end date"
    assert re.fullmatch(r"Case data due for deletion: \d+ engagements", english[1])
    assert english[2].split()[:3] == ["Engagement", "Ended", "To"]
    assert danish[0] == "Opbevaringsperiode: 5 år efter forløbets faktiske slutdato"
    assert danish[2].split() == ["Forløb", "Afsluttet", "Slettes", "Sager", "Status"]
    argv = ["purge", "--db", str(demo_db_path), "--engagement", "Haderslev", "--dry-run"]
    english, danish = _both(capsys, *argv, "--early", "--reason", "test")
    assert english[0].startswith("Would delete (--dry-run, nothing deleted): case data of ")
    assert english[1].split() == ["Table", "Rows"]
    assert danish[0].startswith("Ville slette (--dry-run, intet slettet): sagsdata for ")
    assert danish[1].split() == ["Tabel", "Rækker"]


def test_unlock_of_a_free_database_in_english_and_danish(
    demo_db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    english, danish = _both(capsys, "unlock", "--db", str(demo_db_path))
    assert english == [f"The database {demo_db_path} is not locked."]
    assert danish == [f"Databasen {demo_db_path} er ikke låst."]


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", "taskforce-app: export pdf needs --engagement ID"),
        ("da", "taskforce-app: export pdf kræver --engagement ID"),
    ],
)
def test_a_usage_error_in_the_language_asked_for(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], language: str, expected: str
) -> None:
    argv = ["export", "pdf", "--db", str(tmp_path / "none.sqlite"), "-o", str(tmp_path / "x.pdf")]
    assert main(["--lang", language, *argv]) == 2
    assert capsys.readouterr().err.strip() == expected


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", "--days must be a whole number from 0 to 36500, not '-1'"),
        ("da", "--days skal være et helt tal fra 0 til 36500, ikke '-1'"),
    ],
)
def test_a_parse_error_in_the_language_asked_for(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], language: str, expected: str
) -> None:
    argv = ["deadlines", "--db", str(tmp_path / "none.sqlite"), "--consultant", "X"]
    assert main([*argv, "--lang", language, "--days", "-1"]) == 2
    assert capsys.readouterr().err.strip() == f"taskforce-app: {expected}"
