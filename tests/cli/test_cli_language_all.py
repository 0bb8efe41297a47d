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
