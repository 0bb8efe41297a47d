"""A written report (analyserapport, statusrapport) as a PDF, drawn with reportlab from the same
`ReportDocument` the Word exporter writes.

A4 portrait in the statusrapport's look: the cover on its own page, every section from a new
page under its title, tables with a repeated heading row, charts as vector drawings, and on
every page the header (municipality, report title, "Fortroligt") and "Side x af y".
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, BinaryIO

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    ListFlowable,
    ListItem,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
)

from taskforce_app.domain.report_document import (
    Block,
    Bullets,
    Chart,
    Cover,
    DocumentSection,
    Heading,
    ReportDocument,
    TextStyle,
)
from taskforce_app.domain.report_document import Paragraph as TextParagraph
from taskforce_app.domain.report_document import Table as TextTable
from taskforce_app.exporters.authored_charts import chart_drawing
from taskforce_app.exporters.pdf_cover import cover_heading
from taskforce_app.exporters.pdf_flowables import keep_headings_with_next
from taskforce_app.exporters.pdf_fonts import register_fonts
from taskforce_app.exporters.pdf_page import PAGE_WIDTH, PageMarks, a4_document, numbered_canvas
from taskforce_app.exporters.pdf_styles import WRITTEN_REPORT_SIZES, ReportStyles
from taskforce_app.exporters.pdf_tables import ruled_table
from taskforce_app.exporters.pdf_text import paragraph_text as _t

MARGIN_X = 20 * mm
CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN_X


def write_authored_pdf(
    document: ReportDocument, target: Path | BinaryIO, *, fonts_dir: Path
) -> None:
    """Draw `document` as a PDF to `target` (a path or a binary stream).

    Args:
        document: the written report.
        target: where the PDF goes.
        fonts_dir: the folder with the DejaVu Sans TTF files (embedded).
    """
    regular, bold = register_fonts(fonts_dir)
    styles = ReportStyles(regular, bold, WRITTEN_REPORT_SIZES)
    story: list[Flowable] = []
    for section in document.sections:
        if story:
            story.append(PageBreak())
        story.extend(_section(section, styles))
    doc = a4_document(
        SimpleDocTemplate,
        target,
        margin_x=MARGIN_X,
        title=f"{document.title} – {document.municipality}",
        author="Task Force på børneområdet",
        subject=document.engagement_title,
        font=regular,
    )
    doc.build(
        keep_headings_with_next(story, styles.headings),
        canvasmaker=_canvas_maker(document, regular, bold),
    )


def _section(section: DocumentSection, s: ReportStyles) -> list[Flowable]:
    story: list[Flowable] = []
    if section.cover is not None:
        story.extend(_cover(section.cover, s))
    else:
        story.append(Paragraph(_t(section.title), s.h1))
    for block in section.blocks:
        story.extend(_block(block, s))
    return story


def _cover(cover: Cover, s: ReportStyles) -> list[Flowable]:
    return [
        *cover_heading(
            s,
            kicker=cover.kicker,
            title=cover.title,
            municipality=cover.municipality,
            subtitle=cover.subtitle,
        ),
        *(Paragraph(_t(line), s.cover_line) for line in cover.lines),
        Spacer(1, 10 * mm),
    ]


def _block(block: Block, s: ReportStyles) -> list[Flowable]:
    if isinstance(block, Heading):
        return [Paragraph(_t(block.text), s.h2 if block.level <= 2 else s.h3)]
    if isinstance(block, TextParagraph):
        return [Paragraph(_t(block.text), s.note if block.style is TextStyle.NOTE else s.body)]
    if isinstance(block, Bullets):
        items: list[Any] = [
            ListItem(Paragraph(_t(item), s.body), leftIndent=14) for item in block.items
        ]
        return [ListFlowable(items, bulletType="bullet", start="•", leftIndent=14)]
    if isinstance(block, TextTable):
        return [_table(block, s), Spacer(1, 6)]
    return _chart(block, s)


def _chart(block: Chart, s: ReportStyles) -> list[Flowable]:
    parts: list[Flowable] = [chart_drawing(block, CONTENT_WIDTH)]
    if block.caption:
        parts.append(Paragraph(_t(block.caption), s.note))
    return [KeepTogether(parts)]


def _table(block: TextTable, s: ReportStyles) -> Table:
    rows: list[list[Any]] = []
    if block.header is not None:
        rows.append([Paragraph(_t(cell), s.head) for cell in block.header])
    for row in block.rows:
        cells = [Paragraph(_t(cell), s.cell) for cell in row]
        if block.header is None and cells:
            cells[0] = Paragraph(_t(row[0]), s.fact)
        rows.append(cells)
    widths = [CONTENT_WIDTH * width for width in block.widths]
    return ruled_table(rows, widths, header=block.header is not None)


def _canvas_maker(document: ReportDocument, regular: str, bold: str) -> type[Canvas]:
    marks = PageMarks(document.header_text, document.confidential, document.printed, document.page)
    return numbered_canvas(regular, bold, marks)
