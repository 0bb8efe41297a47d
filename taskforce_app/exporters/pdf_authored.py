"""A written report (analyserapport, statusrapport) as a PDF, drawn with reportlab from the same
`ReportDocument` the Word exporter writes.

A4 portrait in the statusrapport's look: the cover on its own page, every section from a new
page under its title, tables with a repeated heading row, charts as vector drawings, and on
every page the header (municipality, report title, "Fortroligt") and "Side x af y".
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, BinaryIO
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
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
    TableStyle,
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
from taskforce_app.exporters.pdf_flowables import keep_headings_with_next
from taskforce_app.exporters.pdf_fonts import register_fonts
from taskforce_app.exporters.pdf_report import (
    ACCENT,
    HEAD_FILL,
    INK,
    MUTED,
    RULE,
    STRIPE,
    numbered_canvas,
)

PAGE_WIDTH, PAGE_HEIGHT = A4
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
    styles = _Styles(regular, bold)
    story: list[Flowable] = []
    for section in document.sections:
        if story:
            story.append(PageBreak())
        story.extend(_section(section, styles))
    doc = SimpleDocTemplate(
        str(target) if isinstance(target, Path) else target,
        pagesize=A4,
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=24 * mm,
        bottomMargin=20 * mm,
        title=f"{document.title} – {document.municipality}",
        author="Task Force på børneområdet",
        subject=document.engagement_title,
        creator="Task Force Tracker",
        initialFontName=regular,
    )
    doc.build(
        keep_headings_with_next(story, styles.headings),
        canvasmaker=_canvas_maker(document, regular, bold),
    )


class _Styles:
    """The paragraph styles, in the embedded font."""

    def __init__(self, regular: str, bold: str) -> None:
        self.regular = regular
        self.body = ParagraphStyle(
            "body", fontName=regular, fontSize=10, leading=14, textColor=INK, spaceAfter=6
        )
        self.note = ParagraphStyle(
            "note", parent=self.body, fontSize=8, leading=10.5, textColor=MUTED, spaceAfter=6
        )
        self.cell = ParagraphStyle("cell", parent=self.body, fontSize=8, leading=10, spaceAfter=0)
        self.head = ParagraphStyle("head", parent=self.cell, fontName=bold, textColor=ACCENT)
        self.fact = ParagraphStyle("fact", parent=self.cell, fontName=bold)
        self.h1 = ParagraphStyle(
            "h1",
            parent=self.body,
            fontName=bold,
            fontSize=17,
            leading=21,
            textColor=ACCENT,
            spaceBefore=2,
            spaceAfter=10,
        )
        self.h2 = ParagraphStyle(
            "h2",
            parent=self.body,
            fontName=bold,
            fontSize=12.5,
            leading=16,
            textColor=ACCENT,
            spaceBefore=10,
            spaceAfter=5,
        )
        self.h3 = ParagraphStyle(
            "h3",
            parent=self.body,
            fontName=bold,
            fontSize=10.5,
            leading=14,
            spaceBefore=8,
            spaceAfter=3,
        )
        self.headings = (self.h1, self.h2, self.h3)
        self.kicker = ParagraphStyle(
            "kicker", parent=self.body, fontName=bold, fontSize=11, textColor=ACCENT
        )
        self.title = ParagraphStyle(
            "title",
            parent=self.body,
            fontName=bold,
            fontSize=30,
            leading=36,
            textColor=ACCENT,
            spaceAfter=8,
        )
        self.subtitle = ParagraphStyle(
            "subtitle", parent=self.body, fontName=bold, fontSize=22, leading=28, spaceAfter=6
        )
        self.cover_line = ParagraphStyle("cover_line", parent=self.body, fontSize=11, leading=15)


def _t(text: str) -> str:
    """Text made safe for a Paragraph; a newline becomes a line break."""
    return escape(text).replace("\n", "<br/>")


def _section(section: DocumentSection, s: _Styles) -> list[Flowable]:
    story: list[Flowable] = []
    if section.cover is not None:
        story.extend(_cover(section.cover, s))
    else:
        story.append(Paragraph(_t(section.title), s.h1))
    for block in section.blocks:
        story.extend(_block(block, s))
    return story


def _cover(cover: Cover, s: _Styles) -> list[Flowable]:
    return [
        Spacer(1, 30 * mm),
        Paragraph(_t(cover.kicker), s.kicker),
        Spacer(1, 4 * mm),
        Paragraph(_t(cover.title), s.title),
        Paragraph(_t(cover.municipality), s.subtitle),
        Paragraph(_t(cover.subtitle), s.cover_line),
        Spacer(1, 3 * mm),
        *(Paragraph(_t(line), s.cover_line) for line in cover.lines),
        Spacer(1, 10 * mm),
    ]


def _block(block: Block, s: _Styles) -> list[Flowable]:
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


def _chart(block: Chart, s: _Styles) -> list[Flowable]:
    parts: list[Flowable] = [chart_drawing(block, CONTENT_WIDTH)]
    if block.caption:
        parts.append(Paragraph(_t(block.caption), s.note))
    return [KeepTogether(parts)]


def _table(block: TextTable, s: _Styles) -> Table:
    rows: list[list[Any]] = []
    if block.header is not None:
        rows.append([Paragraph(_t(cell), s.head) for cell in block.header])
    for row in block.rows:
        cells = [Paragraph(_t(cell), s.cell) for cell in row]
        if block.header is None and cells:
            cells[0] = Paragraph(_t(row[0]), s.fact)
        rows.append(cells)
    header = block.header is not None
    table = Table(
        rows, colWidths=[CONTENT_WIDTH * width for width in block.widths], repeatRows=int(header)
    )
    commands: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE),
        ("ROWBACKGROUNDS", (0, int(header)), (-1, -1), [colors.white, STRIPE]),
    ]
    if header:
        commands += [
            ("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
        ]
    table.setStyle(TableStyle(commands))
    return table


def _canvas_maker(document: ReportDocument, regular: str, bold: str) -> Callable[..., Canvas]:
    return numbered_canvas(
        regular,
        bold,
        header=document.header_text,
        confidential=document.confidential,
        printed=document.printed,
        page_pattern=document.page,
    )
