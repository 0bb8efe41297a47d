"""`--lang en|da` gives one language throughout the CLI's output: headers, phases and health."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from taskforce_app.cli import main
from taskforce_app.domain.enums import Health, Phase
from taskforce_app.domain.labels import health_labels, phase_labels


def _list(capsys: pytest.CaptureFixture[str], db: Path, *lang: str) -> list[str]:
    code = main([*lang, "list", "--db", str(db)])
    captured = capsys.readouterr()
    assert (code, captured.err) == (0, "")
    return captured.out.splitlines()


def _each_row_names_its_phase_and_health(rows: list[str], language: str) -> None:
    assert len(rows) >= 5
    for row in rows:
        assert any(f"  {name}  " in row for name in phase_labels(language).values()), row
        assert any(f"  {name}  " in row for name in health_labels(language).values()), row


def test_english_list_has_english_headers_and_values(
    demo_db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lines = _list(capsys, demo_db_path, "--lang", "en")
    assert lines[0].split() == [
        "Id", "Municipality", "Region", "Phase", "Month", "Status", "Overdue", "Next", "milestone"
    ]  # fmt: skip
    _each_row_names_its_phase_and_health(lines[1:-1], "en")
    for danish in ("På sporet", "Risiko", "Forsinket", "Opstart", "Afrapportering"):
        assert danish not in "\n".join(lines), danish
    assert lines[-1].endswith(" engagements")


def test_danish_list_is_danish_throughout(
    demo_db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lines = _list(capsys, demo_db_path)
    assert lines[0].split()[:4] == ["Id", "Kommune", "Region", "Fase"]
    _each_row_names_its_phase_and_health(lines[1:-1], "da")
    for english in ("Municipality", "On track", "At risk", "Late", "Start-up", "Analysis"):
        assert english not in "\n".join(lines), english
    assert lines[-1].endswith(" forløb")


def test_one_word_for_at_risk_in_every_output() -> None:
    assert health_labels("da")[Health.AT_RISK] == "Risiko"
    assert health_labels("en")[Health.AT_RISK] == "At risk"
    assert phase_labels("da")[Phase.STATUSMAALING] == "Statusmåling"
    assert phase_labels("en")[Phase.STATUSMAALING] == "Status measurement"


def _results(capsys: pytest.CaptureFixture[str], db: Path, *lang: str) -> str:
    code = main([*lang, "results", "--db", str(db), "--engagement", "Haderslev"])
    captured = capsys.readouterr()
    assert (code, captured.err) == (0, "")
    return captured.out


def test_results_follow_the_language(
    demo_db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    english = _results(capsys, demo_db_path, "--lang", "en")
    assert english.startswith("Results for Haderslev")
    for words in ("Requirement", "Provision", "Status measurement", "Track", "Legal"):
        assert words in english, words
    assert re.search(r"\d+ of \d+ \(\d+%\)", english)
    assert not re.search(r"\d+ af \d+", english)
    for danish in ("Resultater", "Krav", "Statusmåling", "Spor", "procentpoint"):
        assert danish not in english, danish
    danish_text = _results(capsys, demo_db_path)
    assert danish_text.startswith("Resultater for Haderslev")
    for words in ("Krav", "Bestemmelse", "Statusmåling", "Spor", "Juridisk"):
        assert words in danish_text, words
    assert re.search(r"\d+ af \d+ \(\d+ %\)", danish_text)


def test_an_english_pdf_export_has_english_headings(
    demo_db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from pypdf import PdfReader

    target = tmp_path / "report.pdf"
    code = main(
        ["--lang", "en", "export", "pdf", "--db", str(demo_db_path), "--engagement",
         "Haderslev", "-o", str(target), "--sections", "cover,summary"]
    )  # fmt: skip
    assert (code, capsys.readouterr().out.strip()) == (0, f"Written: {target}")
    text = "\n".join(page.extract_text() for page in PdfReader(target).pages)
    assert "Status report" in text and "Summary" in text
    assert "Statusrapport" not in text and "Sammenfatning" not in text
