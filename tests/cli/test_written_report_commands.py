"""export docx|pdf --report analyse|status from the command line, and its bad input."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from pypdf import PdfReader

from taskforce_app.cli import main
from taskforce_app.services.report_authoring import default_word_template


def _export(db: Path, kind: str, target: Path, *extra: str) -> int:
    return main(
        ["export", kind, "--db", str(db), "--engagement", "Haderslev", "-o", str(target), *extra]
    )


def test_both_reports_in_word_and_pdf(demo_db_path: Path, tmp_path: Path) -> None:
    for report in ("analyse", "status"):
        word, pdf = tmp_path / f"{report}.docx", tmp_path / f"{report}.pdf"
        assert _export(demo_db_path, "docx", word, "--report", report) == 0
        assert _export(demo_db_path, "pdf", pdf, "--report", report) == 0
        title = "Analyserapport" if report == "analyse" else "Statusrapport"
        assert Document(str(word)).paragraphs[1].text == title
        assert title in PdfReader(pdf).pages[0].extract_text()


def test_the_fixed_statusrapport_stays_without_report(demo_db_path: Path, tmp_path: Path) -> None:
    fixed = tmp_path / "fast.pdf"
    assert _export(demo_db_path, "pdf", fixed) == 0
    first = PdfReader(fixed).pages[0].extract_text()
    assert "Statusrapport" in first and "Haderslev" in first


def test_bad_input_is_one_danish_line_and_exit_2(
    demo_db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "rapport.docx"
    assert _export(demo_db_path, "docx", target) == 2
    assert "--report analyse" in capsys.readouterr().err
    assert _export(demo_db_path, "xlsx", tmp_path / "x.xlsx", "--report", "status") == 2
    assert "--report gælder kun" in capsys.readouterr().err

    letterhead = Document(str(default_word_template()))
    style = letterhead.styles["Heading 2"]
    style.element.getparent().remove(style.element)
    template = tmp_path / "brevpapir.docx"
    letterhead.save(str(template))
    assert (
        _export(demo_db_path, "docx", target, "--report", "analyse", "--template", str(template))
        == 2
    )
    error = capsys.readouterr().err
    assert "»Heading 2«" in error and "brevpapir.docx" in error
    assert len(error.strip().splitlines()) == 1
    assert not target.exists()


def _headings_and_texts(path: Path) -> tuple[list[str], str]:
    """The Heading 1 texts of a Word file, and all its paragraphs' text."""
    paragraphs = Document(str(path)).paragraphs
    headings = [p.text for p in paragraphs if p.style is not None and p.style.name == "Heading 1"]
    return headings, "\n".join(p.text for p in paragraphs)


def test_english_report_has_english_titles_and_notes(demo_db_path: Path, tmp_path: Path) -> None:
    english, danish = tmp_path / "analysis.docx", tmp_path / "analyse.docx"
    assert main(["--lang", "en", *_args(demo_db_path, "docx", english, "analyse")]) == 0
    assert _export(demo_db_path, "docx", danish, "--report", "analyse") == 0

    headings, text = _headings_and_texts(english)
    assert "Introduction" in headings and "Results of the case review" in headings
    assert "Indledning" not in headings and "Resultater af sagsgennemgangen" not in headings
    assert "Afsnittet er endnu ikke skrevet" not in text and "Vejledning:" not in text
    assert "This section has not been written yet." in text and "Guidance: " in text
    pdf = tmp_path / "analysis.pdf"
    assert main(["--lang", "en", *_args(demo_db_path, "pdf", pdf, "analyse")]) == 0
    pages = "\n".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "Introduction" in pages and "Afsnittet er endnu ikke skrevet" not in pages

    headings, text = _headings_and_texts(danish)
    assert "Indledning" in headings and "Resultater af sagsgennemgangen" in headings
    assert "Introduction" not in headings
    assert "Afsnittet er endnu ikke skrevet." in text and "Vejledning: " in text
    assert "This section has not been written yet." not in text


def _args(db: Path, kind: str, target: Path, report: str) -> list[str]:
    return [
        "export",
        kind,
        "--db",
        str(db),
        "--engagement",
        "Haderslev",
        "-o",
        str(target),
        "--report",
        report,
    ]
