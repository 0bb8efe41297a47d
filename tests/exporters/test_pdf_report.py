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
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table

from taskforce_app import paths
from taskforce_app.bootstrap import AppContext, open_context
from taskforce_app.domain.benchmarks import benchmark_caption
from taskforce_app.domain.enums import RoundKind
from taskforce_app.domain.errors import OperationCancelledError
from taskforce_app.domain.report_models import (
    ReportModel,
    ReportOptions,
    ReportSection,
)
from taskforce_app.domain.result_tables import EngagementResults
from taskforce_app.exporters.pdf_flowables import keep_headings_with_next
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
        figure.formatted()
        for item in results.requirements
        for figure in (item.analyse, item.statusmaaling)
        if figure is not None and figure.n
    ]
    assert len(set(figures)) >= 3
    for figure in figures:
        assert figure in text


def test_an_english_report_has_english_headings_labels_and_figures(
    demo: tuple[AppContext, ReportService],
) -> None:
    ctx, reports = demo
    engagement_id = _engagement(ctx, "Haderslev")
    model = reports.build(engagement_id, today=TODAY, language="en")  # type: ignore[arg-type]
    reader = _render(model)
    text = _text(reader)
    pages = len(reader.pages)
    for words in (
        "Status report",
        "Key results by pejlemærke",
        "Month 22 of 24",
        f"Page 1 of {pages}",
        "Confidential",
        "Printed 24-11-2026",
        "Results of the case review",
    ):
        assert words in text
    for danish in ("Fortroligt", "Side 1 af", "Nøgleresultater", "Udskrevet", "Sammenfatning"):
        assert danish not in text
    results: EngagementResults = ctx.results.for_engagement(model.engagement_id)
    figures = [
        figure.formatted("en")
        for item in results.requirements
        for figure in (item.analyse, item.statusmaaling)
        if figure is not None and figure.n
    ]
    assert figures
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


def test_empty_forloeb_omits_its_empty_sections_and_says_so(
    demo: tuple[AppContext, ReportService],
) -> None:
    model = _model(demo, "Hjørring")
    reader = _render(model)
    text = _text(reader)
    assert "Hjørring" in text
    flat = _flat(text)
    assert _flat("Forløbet har endnu ingen data til »Notat om stikprøven«") in flat
    assert _flat("»Nøgletal fra Danmarks Statistik« og »Bilag: Sager i stikprøven og svar«") in flat
    lines = {line.strip() for line in text.splitlines()}
    for heading in ("Resultater af sagsgennemgangen", "Nøgleresultater pr. pejlemærke"):
        assert heading not in lines
    assert "Ingen data endnu." not in text
    assert len(reader.pages) < len(_render(_model(demo, "Haderslev")).pages)
    _assert_no_internals(text)


def test_a_chosen_empty_section_is_explained_in_danish(
    demo: tuple[AppContext, ReportService],
) -> None:
    model = _model(demo, "Hjørring")
    text = _text(_render(model, ReportOptions(frozenset({ReportSection.KEY_FIGURES}))))
    assert "Nøgletal fra Danmarks Statistik" in text
    assert _flat("Der er endnu ingen nøgletal fra Danmarks Statistik for Hjørring") in _flat(text)
    _assert_no_internals(text)


INTERNALS = ("takes_all", "allocation", "stratify_by", "requested_size", "case_list_import")


def _assert_no_internals(text: str) -> None:
    for raw in (*INTERNALS, "{", "}", "taskforce-app", "docs/", "None", "True", "False"):
        assert raw not in text, raw


def _flat(text: str) -> str:
    """Text without white space, so words broken over lines by the layout still match."""
    return "".join(text.split())


def test_sampling_note_is_danish_sentences(demo: tuple[AppContext, ReportService]) -> None:
    model = _model(demo, "Haderslev")
    text = _text(_render(model, ReportOptions(frozenset({ReportSection.SAMPLING}))))
    _assert_no_internals(text)
    flat = _flat(text)
    assert model.rounds
    for item in model.rounds:
        view = item.round
        assert _flat(f"seed (startværdi) »{view.seed}«") in flat
        assert view.population_fingerprint in flat
        assert (
            _flat(
                f"simpel tilfældig udvælgelse: {view.sample_size} af sagslistens "
                f"{view.population_size} sager"
            )
            in flat
        )
    assert "Parametre" not in text


def test_results_per_law_and_change_only_where_comparable(
    demo: tuple[AppContext, ReportService],
) -> None:
    ctx, _ = demo
    model = _model(demo, "Haderslev")
    results = ctx.results.for_engagement(model.engagement_id)
    flat = _flat(_text(_render(model, ReportOptions(frozenset({ReportSection.RESULTS})))))
    mixed = [
        item
        for item in results.requirements
        if len([entry for entry in item.by_law if entry.kind is RoundKind.ANALYSE]) > 1
    ]
    assert mixed, "the demo's Haderslev analyse holds both laws"
    assert _flat("Analyse 2025 rummer sager efter både barnets lov og serviceloven") in flat
    names = {"barnets_lov": "Barnets lov", "serviceloven": "Serviceloven"}
    for item in mixed:
        for entry in item.by_law:
            if entry.kind is RoundKind.ANALYSE:
                assert _flat(f"{names[entry.law]}: {entry.figure.formatted()}") in flat
    not_comparable = [
        item
        for item in results.requirements
        if item.analyse is not None and item.statusmaaling is not None and not item.comparable
    ]
    assert not_comparable
    for item in not_comparable:
        assert _flat(item.not_comparable_reason) in flat
    assert flat.count(_flat("Ikke beregnet (")) == len(not_comparable)
    for item in results.requirements:
        if item.change is not None:
            points = item.change.formatted().removesuffix(" procentpoint")
            assert _flat(points) in flat


def test_benchmarks_are_labelled_with_year_and_municipalities(
    demo: tuple[AppContext, ReportService],
) -> None:
    model = _model(demo, "Haderslev")
    flat = _flat(_text(_render(model, ReportOptions(frozenset({ReportSection.RESULTS})))))
    shown = (
        [item.benchmark for item in model.results.requirements if item.benchmark]
        if (model.results)
        else []
    )
    assert shown
    for benchmark in shown:
        caption = benchmark_caption(benchmark)
        assert re.fullmatch(r"Børnesagsbarometret \S+(, \w+)? \(.+\)", caption), caption
        assert _flat(caption) in flat
    assert "Landstal" not in flat and "landstal" not in flat


def _page_lines(page: Any) -> list[str]:
    lines = [line.strip() for line in page.extract_text().splitlines() if line.strip()]
    return [
        line
        for line in lines
        if not line.startswith("Udskrevet") and not re.match(r"^Side \d+ af \d+$", line)
    ]


def test_no_heading_ends_a_page_in_the_demo_reports(
    demo: tuple[AppContext, ReportService],
) -> None:
    for municipality in ("Haderslev", "Hillerød", "Thisted"):
        model = _model(demo, municipality)
        headings = {
            model.labels.key_results,
            "Milepæle",
            "Juridisk gennemgang",
            "Socialfaglig gennemgang",
            "Juridiske fund",
            "Socialfaglige fund",
            "Øvrige anbefalinger",
            model.labels.sampling_method_title,
            *(item.round.name for item in model.rounds),
        }
        reader = _render(model)
        for number, page in enumerate(reader.pages[:-1], 1):
            lines = _page_lines(page)
            assert lines and lines[-1] not in headings, (municipality, number, lines[-1:])


def test_a_heading_stays_with_the_first_rows_of_its_table() -> None:
    """Push a heading down the page line by line: wherever it lands, it is never the last
    thing on its page and it is never moved on alone, and the page is not left empty when
    the table's first rows fit under it."""
    styles = getSampleStyleSheet()
    heading_style = ParagraphStyle("h", parent=styles["Heading2"])
    filler_style = ParagraphStyle("filler", parent=styles["BodyText"])
    for fillers in range(30, 60):
        heading = Paragraph("Overskriften", heading_style)
        table = Table([["Kolonne"], *[[f"Række {index}"] for index in range(1, 80)]], repeatRows=1)
        filler = [Paragraph(f"Fyld {index}", filler_style) for index in range(fillers)]
        story = keep_headings_with_next([*filler, heading, table], [heading_style])
        stream = io.BytesIO()
        SimpleDocTemplate(stream).build(story)
        stream.seek(0)
        pages = [page.extract_text() for page in PdfReader(stream).pages]
        where = next(index for index, text in enumerate(pages) if "Overskriften" in text)
        assert "Række 1\n" in pages[where] + "\n", fillers
        assert pages[where].strip().splitlines()[-1] != "Overskriften"
        last_filler = next(
            index for index, text in enumerate(pages) if f"Fyld {fillers - 1}" in text
        )
        assert where in (last_filler, last_filler + 1)
