"""The written sections' markup and the report templates: pure rules."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from taskforce_app import paths
from taskforce_app.domain.report_markup import (
    TextBullets,
    TextHeading,
    TextParagraph,
    append_text,
    parse_markup,
)
from taskforce_app.domain.report_templates import (
    PartKind,
    ReportTemplateError,
    ReportType,
    parse_report_template,
)


def test_headings_paragraphs_and_bullets() -> None:
    text = (
        "# Baggrund\n"
        "Kommunen søgte i 2025.\n"
        "Ansøgningen blev bevilget.\n"
        "\n"
        "- Første punkt\n"
        "  fortsat på næste linje\n"
        "* Andet punkt\n"
        "Afsluttende afsnit.\n"
        "#hashtag er ikke en overskrift"
    )
    assert parse_markup(text) == (
        TextHeading("Baggrund"),
        TextParagraph("Kommunen søgte i 2025. Ansøgningen blev bevilget."),
        TextBullets(("Første punkt fortsat på næste linje", "Andet punkt")),
        TextParagraph("Afsluttende afsnit. #hashtag er ikke en overskrift"),
    )


def test_empty_markers_and_windows_line_ends() -> None:
    assert parse_markup("") == ()
    assert parse_markup("#\r\n- \r\n\r\n") == ()
    assert parse_markup("Linje et\r\nlinje to") == (TextParagraph("Linje et linje to"),)


@given(st.lists(st.text(alphabet="abcæøå 12", min_size=1, max_size=12), max_size=8))
def test_every_word_survives_the_parse(lines: list[str]) -> None:
    text = "\n".join(lines)
    blocks = parse_markup(text)
    words: list[str] = []
    for block in blocks:
        if isinstance(block, TextBullets):
            words += " ".join(block.items).split()
        else:
            words += block.text.split()
    assert words == text.split()


def test_append_keeps_one_blank_line_between() -> None:
    assert append_text("", "# Fund") == "# Fund"
    assert append_text("Tekst\n\n\n", "# Fund") == "Tekst\n\n# Fund"


@pytest.mark.parametrize("report_type", list(ReportType))
def test_the_shipped_templates_load(report_type: ReportType) -> None:
    path = paths.resources_dir() / "reports" / f"{report_type.value}.json"
    template = parse_report_template(json.loads(path.read_text(encoding="utf-8")))
    assert template.report_type is report_type
    kinds = [section.kind for section in template.sections]
    assert kinds[0] is PartKind.COVER
    assert set(PartKind) <= set(kinds)
    assert all(section.guidance for section in template.text_sections)
    assert all(section.guidance_en for section in template.text_sections)
    assert all(section.title_en for section in template.sections)
    conclusions = template.section(template.conclusions)
    assert conclusions is not None and conclusions.is_text


def test_a_template_with_a_repeated_title_or_a_generated_conclusion_is_refused() -> None:
    base = {
        "report": "analyse",
        "title": "Analyserapport",
        "title_en": "Analysis report",
        "conclusions": "konklusioner",
        "sections": [
            {"id": "forside", "kind": "cover", "title": "Forside", "title_en": "Cover"},
            {"id": "konklusioner", "kind": "text", "title": "Konklusioner", "title_en": "Ends"},
        ],
    }
    assert parse_report_template(base).conclusions == "konklusioner"
    repeated = {
        **base,
        "sections": [*base["sections"], {"id": "x", "title": "Forside", "title_en": "X"}],
    }
    with pytest.raises(ReportTemplateError, match="title"):
        parse_report_template(repeated)
    with pytest.raises(ReportTemplateError, match="conclusions"):
        parse_report_template({**base, "conclusions": "forside"})
    with pytest.raises(ReportTemplateError):
        parse_report_template({**base, "report": "årsrapport"})


def test_titles_and_guidance_in_english_and_danish() -> None:
    template = parse_report_template(
        {
            "report": "status",
            "title": "Statusrapport",
            "title_en": "Status report",
            "conclusions": "konklusioner",
            "sections": [
                {
                    "id": "konklusioner",
                    "title": "Konklusioner",
                    "title_en": "Conclusions",
                    "guidance": "Skriv her.",
                    "guidance_en": "Write here.",
                }
            ],
        }
    )
    section = template.sections[0]
    assert (template.label("en"), template.label("da")) == ("Status report", "Statusrapport")
    assert (section.label("en"), section.label("da")) == ("Conclusions", "Konklusioner")
    assert (section.guidance_in("en"), section.guidance_in("da")) == ("Write here.", "Skriv her.")


def test_a_template_without_english_is_refused() -> None:
    section = {"id": "konklusioner", "title": "Konklusioner", "title_en": "Conclusions"}
    base = {
        "report": "analyse",
        "title": "Analyserapport",
        "title_en": "Analysis report",
        "conclusions": "konklusioner",
        "sections": [section],
    }
    assert parse_report_template(base).sections[0].title_en == "Conclusions"
    with pytest.raises(ReportTemplateError, match="title_en"):
        parse_report_template({k: v for k, v in base.items() if k != "title_en"})
    untitled = {"id": "konklusioner", "title": "Konklusioner"}
    with pytest.raises(ReportTemplateError, match="title_en"):
        parse_report_template({**base, "sections": [untitled]})
    half = {**section, "guidance": "Skriv her."}
    with pytest.raises(ReportTemplateError, match="guidance"):
        parse_report_template({**base, "sections": [half]})
