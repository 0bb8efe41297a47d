"""The PDF statusrapport reopened with pypdf: text, Danish letters, page header and footer,
the same "x af n (y %)" figures as the results service, section choice, embedded fonts."""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from taskforce_app import paths
from taskforce_app.bootstrap import AppContext, open_context
from taskforce_app.domain.errors import OperationCancelledError
from taskforce_app.domain.report_models import (
    ReportModel,
    ReportOptions,
    ReportSection,
)
from taskforce_app.domain.result_tables import EngagementResults
from taskforce_app.exporters.pdf_report import write_report
from taskforce_app.persistence.database import open_database
from taskforce_app.services.reports import ReportService

TODAY = date(2026, 11, 24)
FONTS = paths.resources_dir() / "fonts"


@pytest.fixture
def demo(demo_db_path: Path) -> Iterator[tuple[AppContext, ReportService]]:
    ctx = open_context(demo_db_path)
    db = open_database(demo_db_path)
    yield ctx, ReportService(db)
    db.close()
    ctx.close()


def _engagement(ctx: AppContext, municipality: str) -> object:
    return next(row.id for row in ctx.overview.rows() if row.municipality_name == municipality)


def _model(demo: tuple[AppContext, ReportService], municipality: str) -> ReportModel:
    ctx, reports = demo
    engagement_id = _engagement(ctx, municipality)
    assert hasattr(engagement_id, "hex")
    return reports.build(engagement_id, today=TODAY)  # type: ignore[arg-type]


def _render(model: ReportModel, options: ReportOptions | None = None) -> PdfReader:
    stream = io.BytesIO()
    write_report(model, stream, fonts_dir=FONTS, options=options)
    stream.seek(0)
    return PdfReader(stream)


def _text(reader: PdfReader) -> str:
    return "\n".join(page.extract_text() for page in reader.pages)


def test_report_text_matches_the_results_service(
    demo: tuple[AppContext, ReportService],
) -> None:
    model = _model(demo, "Haderslev")
    reader = _render(model)
    text = _text(reader)
    assert "Haderslev" in text
    for word in ("Statusmåling", "Nøgleresultater", "pejlemærke", "Ændring", "Måned 22 af 24"):
        assert word in text
    pages = len(reader.pages)
    assert f"Side 1 af {pages}" in reader.pages[0].extract_text()
    for number, page in enumerate(reader.pages, 1):
        page_text = page.extract_text()
        assert "Fortroligt" in page_text, f"page {number} lacks the header"
        assert f"Side {number} af {pages}" in page_text
        assert "Udskrevet 24-11-2026" in page_text
    ctx, _ = demo
    results: EngagementResults = ctx.results.for_engagement(model.engagement_id)
    figures = [
        figure.format_da()
        for item in results.requirements
        for figure in (item.analyse, item.statusmaaling)
        if figure is not None and figure.n
    ]
    assert len(set(figures)) >= 3
    for figure in figures:
        assert figure in text


def test_municipality_with_danish_letters(demo: tuple[AppContext, ReportService]) -> None:
    text = _text(_render(_model(demo, "Hillerød")))
    assert "Hillerød" in text
    assert "Fund og anbefalinger" in text


def test_text_is_set_only_in_the_embedded_dejavu_font(
    demo: tuple[AppContext, ReportService],
) -> None:
    reader = _render(_model(demo, "Haderslev"))
    used: set[str] = set()
    for page in reader.pages:
        resources: Any = page["/Resources"].get_object()
        fonts = resources["/Font"]
        content = page.get_contents()
        assert content is not None
        for name in set(re.findall(rb"(/[^\s/]+) [\d.]+ Tf", content.get_data())):
            font = fonts[name.decode()].get_object()
            used.add(str(font["/BaseFont"]))
            descendant = font.get("/DescendantFonts")
            holder = descendant[0].get_object() if descendant is not None else font
            descriptor = holder["/FontDescriptor"].get_object()
            assert "/FontFile2" in descriptor, f"{font['/BaseFont']} is not embedded"
    assert used and all("DejaVuSans" in name for name in used), used


def test_section_choice_removes_sections(demo: tuple[AppContext, ReportService]) -> None:
    model = _model(demo, "Haderslev")
    full = _text(_render(model))
    assert "Notat om stikprøven" in full and "Bilag: Sager i stikprøven" in full
    chosen = ReportOptions(frozenset({ReportSection.COVER, ReportSection.RESULTS}))
    reader = _render(model, chosen)
    text = _text(reader)
    assert "Resultater af sagsgennemgangen" in text
    assert "Notat om stikprøven" not in text
    assert "Bilag: Sager i stikprøven" not in text
    assert "Faser og milepæle" not in text
    assert len(reader.pages) < len(_render(model).pages)
    no_results = ReportOptions(frozenset(set(ReportSection) - {ReportSection.RESULTS}))
    assert "Resultater af sagsgennemgangen" not in _text(_render(model, no_results))


def test_options_from_names() -> None:
    options = ReportOptions.from_names(["cover", "Results"])
    assert options.sections == {ReportSection.COVER, ReportSection.RESULTS}
    with pytest.raises(Exception) as raised:
        ReportOptions.from_names(["forside"])
    assert getattr(raised.value, "error_code", "") == "report.unknown_section"


def test_appendix_lists_case_refs_and_answers(demo: tuple[AppContext, ReportService]) -> None:
    model = _model(demo, "Haderslev")
    reader = _render(model, ReportOptions(frozenset({ReportSection.APPENDIX})))
    text = _text(reader)
    refs = [case.case_ref for item in model.rounds for case in item.cases]
    assert refs and all(ref in text for ref in refs)
    assert "Nej" in text and "IR" in text


def test_cancel_while_drawing_raises(demo: tuple[AppContext, ReportService]) -> None:
    model = _model(demo, "Haderslev")
    calls = 0

    def cancelled() -> bool:
        nonlocal calls
        calls += 1
        return calls > 20

    with pytest.raises(OperationCancelledError):
        write_report(model, io.BytesIO(), fonts_dir=FONTS, cancelled=cancelled)


def test_empty_forloeb_still_prints(demo: tuple[AppContext, ReportService]) -> None:
    text = _text(_render(_model(demo, "Hjørring")))
    assert "Hjørring" in text
    assert "Ingen data endnu." in text
    assert "Der er ikke importeret nøgletal for Hjørring" in text
