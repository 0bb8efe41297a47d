"""Building a written report: the template's sections in order, the written ones parsed from
their markup, the generated ones made from the forløb's report model."""

from __future__ import annotations

from collections.abc import Mapping

from taskforce_app.domain.report_document import (
    Block,
    Bullets,
    DocumentSection,
    Heading,
    Paragraph,
    ReportDocument,
    TextStyle,
)
from taskforce_app.domain.report_markup import (
    TextBullets,
    TextHeading,
    TextParagraph,
    parse_markup,
)
from taskforce_app.domain.report_models import ReportModel
from taskforce_app.domain.report_parts import generated_part
from taskforce_app.domain.report_templates import (
    ReportTemplate,
    SectionStatus,
    SectionTemplate,
    SectionText,
)
from taskforce_app.domain.text import N_, Language, translate

NOT_WRITTEN = N_("This section has not been written yet.")
GUIDANCE = N_("Guidance: {guidance}")


def build_document(
    template: ReportTemplate,
    model: ReportModel,
    texts: Mapping[str, SectionText],
) -> ReportDocument:
    """The report of `template` for the forløb in `model`, with the written `texts`.

    Titles and guidance are in the language of the model's labels.

    Args:
        template: the report type's sections.
        model: everything the generated parts show.
        texts: the written sections by section id (missing: not written yet).
    """
    labels = model.labels
    language = labels.language
    title = template.label(language)
    sections: list[DocumentSection] = []
    for section in template.sections:
        if section.is_text:
            sections.append(_text_section(section, texts.get(section.id), language))
        else:
            blocks, cover = generated_part(section.kind, model, title)
            sections.append(
                DocumentSection(
                    section.id, section.kind, section.label(language), blocks, cover=cover
                )
            )
    return ReportDocument(
        report_type=template.report_type,
        title=title,
        municipality=model.municipality_name,
        engagement_title=model.title,
        generated_on=model.generated_on,
        confidential=labels.confidential,
        page=labels.page,
        printed=labels.printed.format(date=model.generated_on.strftime("%d-%m-%Y")),
        sections=tuple(sections),
    )


def _text_section(
    section: SectionTemplate, stored: SectionText | None, language: Language
) -> DocumentSection:
    status = stored.status if stored is not None else SectionStatus.DRAFT
    blocks: list[Block] = []
    for block in parse_markup(stored.text if stored is not None else ""):
        if isinstance(block, TextHeading):
            blocks.append(Heading(block.text))
        elif isinstance(block, TextParagraph):
            blocks.append(Paragraph(block.text))
        elif isinstance(block, TextBullets):
            blocks.append(Bullets(block.items))
    if not blocks:
        blocks.append(Paragraph(translate(NOT_WRITTEN, language), TextStyle.NOTE))
        guidance = section.guidance_in(language)
        if guidance:
            note = translate(GUIDANCE, language).format(guidance=guidance)
            blocks.append(Paragraph(note, TextStyle.NOTE))
    return DocumentSection(
        section.id, section.kind, section.label(language), tuple(blocks), status=status
    )
