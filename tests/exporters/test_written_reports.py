"""The written reports as Word and PDF: the same sections in both, the Word file read back with
python-docx and opened by LibreOffice (headings, tables, pictures), a replaced Word template
without a needed style refused naming it."""

from __future__ import annotations

import shutil
import subprocess
import uuid
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from docx import Document
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph as DocxParagraph
from pypdf import PdfReader

from taskforce_app.domain.messages_authoring import ReportAuthoringError
from taskforce_app.domain.report_templates import ReportType
from taskforce_app.persistence.database import open_database
from taskforce_app.services.findings import FindingService
from taskforce_app.services.report_authoring import (
    ReportAuthoringService,
    default_word_template,
)

INTRODUCTION = "# Baggrund\nKommunen søgte om et forløb i 2025.\n\n- Tidsfrister\n- Inddragelse"
SUMMARY = "Kommunen har flyttet sig på alle fire pejlemærker."


@pytest.fixture
def written(demo_db_path: Path) -> Iterator[tuple[ReportAuthoringService, uuid.UUID]]:
    """The demo forløb with the most findings, with written sections and a pulled finding."""
    database = open_database(demo_db_path)
    try:
        counts = Counter(item.engagement_id for item in FindingService(database).findings())
        engagement = counts.most_common(1)[0][0]
        service = ReportAuthoringService(database)
        for report_type in ReportType:
            service.save_text(engagement, report_type, "indledning", INTRODUCTION)
            service.save_text(engagement, report_type, "sammenfatning", SUMMARY)
        finding = FindingService(database).findings(engagement)[0]
        service.pull_finding(engagement, ReportType.ANALYSE, finding.id)
        yield service, engagement
    finally:
        database.close()


def _style(paragraph: DocxParagraph) -> str:
    return paragraph.style.name if paragraph.style is not None else ""


def _docx_headings(path: Path) -> list[str]:
    return [p.text for p in Document(str(path)).paragraphs if _style(p) == "Heading 1"]


def _in_order(text: str, titles: list[str]) -> bool:
    position = 0
    for title in titles:
        found = text.find(title, position)
        if found < 0:
            return False
        position = found + len(title)
    return True


@pytest.mark.parametrize("report_type", list(ReportType))
def test_word_and_pdf_carry_the_same_section_titles(
    written: tuple[ReportAuthoringService, uuid.UUID], tmp_path: Path, report_type: ReportType
) -> None:
    service, engagement = written
    titles = list(service.document(engagement, report_type).headings)
    assert titles == [s.title for s in service.template(report_type).sections[1:]]
    word = service.export_docx(engagement, report_type, tmp_path / "rapport.docx")
    pdf = service.export_pdf(engagement, report_type, tmp_path / "rapport.pdf")
    assert _docx_headings(word) == titles
    pages = [page.extract_text() for page in PdfReader(pdf).pages]
    assert _in_order("\n".join(pages), titles)
    for number, page in enumerate(pages, 1):
        assert "Fortroligt" in page and f"Side {number} af {len(pages)}" in page


@pytest.mark.parametrize("report_type", list(ReportType))
def test_an_english_export_has_english_section_titles(
    written: tuple[ReportAuthoringService, uuid.UUID], tmp_path: Path, report_type: ReportType
) -> None:
    service, engagement = written
    template = service.template(report_type)
    english = [section.title_en for section in template.sections[1:]]
    danish = [section.title for section in template.sections[1:]]
    document = service.document(engagement, report_type, language="en")
    assert document.title == template.title_en
    assert list(document.headings) == english
    assert list(service.document(engagement, report_type).headings) == danish
    word = service.export_docx(engagement, report_type, tmp_path / "report.docx", language="en")
    pdf = service.export_pdf(engagement, report_type, tmp_path / "report.pdf", language="en")
    assert _docx_headings(word) == english
    text = "\n".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert _in_order(text, english)
    assert not any(title in _docx_headings(word) for title in danish if title not in english)


def test_python_docx_reads_back_the_written_sections(
    written: tuple[ReportAuthoringService, uuid.UUID], tmp_path: Path
) -> None:
    service, engagement = written
    path = service.export_docx(engagement, ReportType.ANALYSE, tmp_path / "analyse.docx")
    document = Document(str(path))
    paragraphs = [(_style(p), p.text) for p in document.paragraphs]
    assert ("Heading 2", "Baggrund") in paragraphs
    assert (None, "Kommunen søgte om et forløb i 2025.") in [
        (None if style == "Normal" else style, text) for style, text in paragraphs
    ]
    bullets = [text for style, text in paragraphs if style == "List Bullet"]
    assert bullets[:2] == ["Tidsfrister", "Inddragelse"]
    assert (None, SUMMARY) in [(None, text) for style, text in paragraphs if style == "Normal"]
    assert ("Title", "Analyserapport") in paragraphs
    conclusions = service.section(engagement, ReportType.ANALYSE, "konklusioner").text
    pulled = conclusions.splitlines()[0].removeprefix("# ")
    assert ("Heading 2", pulled) in paragraphs
    assert len(document.tables) >= 5
    assert document.tables[0].rows[0].cells[0].text == "Navn"
    assert len(document.inline_shapes) >= 2  # the timeline and the results chart
    section = document.sections[0]
    assert "Fortroligt" in section.header.paragraphs[-1].text
    fields = [f.get(qn("w:instr")) for f in section.footer._element.iter(qn("w:fldSimple"))]
    assert [field.strip() for field in fields] == ["PAGE", "NUMPAGES"]


def test_libreoffice_opens_the_word_file_with_headings_tables_and_pictures(
    written: tuple[ReportAuthoringService, uuid.UUID], tmp_path: Path
) -> None:
    service, engagement = written
    word = service.export_docx(engagement, ReportType.STATUS, tmp_path / "status.docx")
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.fail(
            "LibreOffice (soffice) is not on PATH: apt-get install libreoffice-writer-nogui"
        )
    result = subprocess.run(
        [
            soffice,
            f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path / "out"),
            str(word),
        ],
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    converted = tmp_path / "out" / "status.pdf"
    assert result.returncode == 0 and converted.exists(), result.stderr or result.stdout
    reader = PdfReader(converted)
    text = "\n".join(page.extract_text() for page in reader.pages)
    assert _in_order(text, list(service.document(engagement, ReportType.STATUS).headings))
    assert "Pejlemærke" in text and "Statusmåling" in text  # a table's heading row
    assert "Side 1 af" in text and "Fortroligt" in text
    assert sum(len(page.images) for page in reader.pages) >= 2


def test_a_template_without_a_needed_style_is_refused_naming_it(
    written: tuple[ReportAuthoringService, uuid.UUID], tmp_path: Path
) -> None:
    service, engagement = written
    letterhead = Document(str(default_word_template()))
    style = letterhead.styles["Table Text"]
    style.element.getparent().remove(style.element)
    template = tmp_path / "ministeriet.docx"
    letterhead.save(str(template))
    target = tmp_path / "rapport.docx"
    with pytest.raises(ReportAuthoringError) as caught:
        service.export_docx(engagement, ReportType.ANALYSE, target, template=template)
    assert "»Table Text«" in caught.value.message("da")
    assert not target.exists()
