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

NOT_WRITTEN = "Afsnittet er endnu ikke skrevet."
GUIDANCE = "Vejledning: {guidance}"


def build_document(
    template: ReportTemplate,
    model: ReportModel,
    texts: Mapping[str, SectionText],
) -> ReportDocument:
    """The report of `template` for the forløb in `model`, with the written `texts`.

    Args:
        template: the report type's sections.
        model: everything the generated parts show.
        texts: the written sections by section id (missing: not written yet).
    """
    labels = model.labels
    sections: list[DocumentSection] = []
    for section in template.sections:
        if section.is_text:
            sections.append(_text_section(section, texts.get(section.id)))
        else:
            blocks, cover = generated_part(section.kind, model, template.title)
            sections.append(
                DocumentSection(section.id, section.kind, section.title, blocks, cover=cover)
            )
    return ReportDocument(
        report_type=template.report_type,
        title=template.title,
        municipality=model.municipality_name,
        engagement_title=model.title,
        generated_on=model.generated_on,
        confidential=labels.confidential,
        page=labels.page,
        printed=labels.printed.format(date=model.generated_on.strftime("%d-%m-%Y")),
        sections=tuple(sections),
    )


def _text_section(section: SectionTemplate, stored: SectionText | None) -> DocumentSection:
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
        blocks.append(Paragraph(NOT_WRITTEN, TextStyle.NOTE))
        if section.guidance:
            blocks.append(Paragraph(GUIDANCE.format(guidance=section.guidance), TextStyle.NOTE))
    return DocumentSection(section.id, section.kind, section.title, tuple(blocks), status=status)
