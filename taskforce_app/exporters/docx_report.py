"""A written report (analyserapport, statusrapport) as an editable Word document, written with
python-docx from the same `ReportDocument` the PDF exporter draws.

The document starts from a template (resources/reports/template.docx, which the ministry may
replace with one carrying its letterhead): its page set-up, header artwork and styles are kept,
its body is replaced. Headings use Word's own heading styles (so Word builds a table of contents
and a navigation pane from them), tables are Word tables with a repeated heading row, charts are
PNG pictures of the PDF's drawings, and every page carries "Fortroligt" in the header and
"Side x af y" in the footer as Word fields.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path
from typing import Any, BinaryIO

from docx import Document
from docx.document import Document as WordDocument
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_BREAK, WD_TAB_ALIGNMENT
from docx.opc.exceptions import PackageNotFoundError
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.section import _Footer, _Header
from docx.shared import Emu, RGBColor
from docx.table import Table as WordTable
from docx.text.paragraph import Paragraph as WordParagraph

from taskforce_app.domain.messages_authoring import ReportAuthoringError
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
from taskforce_app.exporters.drawing_png import drawing_png
from taskforce_app.exporters.pdf_fonts import register_fonts

STYLE_TITLE = "Title"
STYLE_SUBTITLE = "Subtitle"
STYLE_HEADINGS = {1: "Heading 1", 2: "Heading 2", 3: "Heading 3"}
STYLE_BULLET = "List Bullet"
STYLE_CAPTION = "Caption"
STYLE_HEADER = "Header"
STYLE_FOOTER = "Footer"
STYLE_NOTE = "Note"
STYLE_KICKER = "Cover Kicker"
STYLE_TABLE = "Table Grid"
STYLE_TABLE_TEXT = "Table Text"
STYLE_TABLE_HEADING = "Table Heading"
REQUIRED_STYLES = (
    STYLE_TITLE,
    STYLE_SUBTITLE,
    *STYLE_HEADINGS.values(),
    STYLE_BULLET,
    STYLE_CAPTION,
    STYLE_HEADER,
    STYLE_FOOTER,
    STYLE_NOTE,
    STYLE_KICKER,
    STYLE_TABLE,
    STYLE_TABLE_TEXT,
    STYLE_TABLE_HEADING,
)
"""Every style the report uses; a template without one of them is refused, naming it."""

HEAD_FILL = "E8EEF5"
RULE_COLOUR = "C9D3DE"
CONFIDENTIAL = RGBColor(0xB7, 0x1C, 0x1C)
POINTS_PER_EMU = 1 / 12700


def open_template(path: Path) -> WordDocument:
    """The Word template at `path`, checked for every style the report uses.

    Raises:
        ReportAuthoringError: the file is not a Word document, or it lacks a style (named).
    """
    try:
        document = Document(str(path))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise ReportAuthoringError(
            "report.template_unreadable", path=str(path), detail=str(exc) or type(exc).__name__
        ) from exc
    known = {style.name for style in document.styles}
    for name in REQUIRED_STYLES:
        if name not in known:
            raise ReportAuthoringError("report.template_missing_style", path=str(path), style=name)
    return document


def write_docx(
    document: ReportDocument, target: Path | BinaryIO, *, template: Path, fonts_dir: Path
) -> None:
    """Write `document` as a Word file to `target`, on the template `template`.

    Args:
        document: the written report.
        target: where the .docx goes (a path or a binary stream).
        template: the Word template (styles, page set-up, letterhead).
        fonts_dir: the DejaVu Sans TTF files the chart pictures are painted with.

    Raises:
        ReportAuthoringError: the template cannot be read or lacks a style.
    """
    register_fonts(fonts_dir)  # the charts measure their labels in the embedded font
    word = open_template(template)
    _clear_body(word)
    _set_properties(word, document)
    _header_and_footer(word, document)
    writer = _Writer(word, fonts_dir)
    for index, section in enumerate(document.sections):
        writer.section(section, first=index == 0)
    word.save(target if not isinstance(target, Path) else str(target))


def _clear_body(word: WordDocument) -> None:
    """Remove the template's body text; keep its section properties (page set-up)."""
    body = word.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)


def _set_properties(word: WordDocument, document: ReportDocument) -> None:
    props = word.core_properties
    props.title = f"{document.title} – {document.municipality}"
    props.subject = document.engagement_title
    props.author = "Task Force på børneområdet"
    props.keywords = document.confidential
    props.comments = "Skrevet af Task Force Tracker"


def _header_and_footer(word: WordDocument, document: ReportDocument) -> None:
    for section in word.sections:
        width = _text_width(section)
        header = _tabbed_line(word, section.header, STYLE_HEADER, width, document.header_text)
        mark = header.add_run(document.confidential)
        mark.bold = True
        mark.font.color.rgb = CONFIDENTIAL
        footer = _tabbed_line(word, section.footer, STYLE_FOOTER, width, document.printed)
        before, _, rest = document.page.partition("{page}")
        middle, _, after = rest.partition("{pages}")
        footer.add_run(before)
        _field(footer, "PAGE")
        footer.add_run(middle)
        _field(footer, "NUMPAGES")
        if after:
            footer.add_run(after)


def _tabbed_line(
    word: WordDocument, part: _Header | _Footer, style: str, width: int, left: str
) -> WordParagraph:
    """The section's own header or footer line in `style`: `left`, then a tab to the right
    margin, where the caller adds the rest."""
    part.is_linked_to_previous = False
    paragraph = _free_paragraph(part.paragraphs, part.add_paragraph)
    paragraph.style = word.styles[style]
    _right_tab_only(paragraph, word.styles[style], width)
    paragraph.add_run(left)
    paragraph.add_run("\t")
    return paragraph


def _right_tab_only(paragraph: WordParagraph, style: Any, width: int) -> None:
    """One right-aligned tab stop at the right margin; the style's other stops cleared (Word's
    Header style has a centre stop that would catch the tab)."""
    stops = paragraph.paragraph_format.tab_stops
    for stop in style.paragraph_format.tab_stops:
        if int(stop.position) != width:
            stops.add_tab_stop(stop.position, WD_TAB_ALIGNMENT.CLEAR)
    stops.add_tab_stop(Emu(width), WD_TAB_ALIGNMENT.RIGHT)


def _free_paragraph(paragraphs: list[WordParagraph], add: Any) -> WordParagraph:
    """The template's empty header/footer paragraph, or a new one after its artwork."""
    if paragraphs and not paragraphs[-1].text.strip() and not _has_drawing(paragraphs[-1]):
        return paragraphs[-1]
    paragraph: WordParagraph = add()
    return paragraph


def _has_drawing(paragraph: WordParagraph) -> bool:
    return bool(paragraph._p.xpath(".//w:drawing | .//w:pict"))


def _field(paragraph: WordParagraph, code: str) -> None:
    """A Word field (PAGE, NUMPAGES) in `paragraph`, with a placeholder result."""
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), f" {code} ")
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "1"
    run.append(text)
    field.append(run)
    paragraph._p.append(field)


def _text_width(section: Any) -> int:
    """The width between the margins of a Word section, in EMU."""
    return int(section.page_width - section.left_margin - section.right_margin)


class _Writer:
    """Appends the report's sections to the document body."""

    def __init__(self, word: WordDocument, fonts_dir: Path) -> None:
        self.word = word
        self.fonts_dir = fonts_dir
        self.width = _text_width(word.sections[-1])
        self.styles = {name: word.styles[name] for name in REQUIRED_STYLES}
        """Looked up once: python-docx finds a style by name by walking every style."""

    def section(self, section: DocumentSection, *, first: bool) -> None:
        """A section from a new page: its cover or its title, then its blocks."""
        if not first:
            self.word.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        if section.cover is not None:
            self._cover(section.cover)
        else:
            self.word.add_paragraph(section.title, self.styles[STYLE_HEADINGS[1]])
        for block in section.blocks:
            self._block(block)

    def _cover(self, cover: Cover) -> None:
        self.word.add_paragraph(cover.kicker, self.styles[STYLE_KICKER])
        self.word.add_paragraph(cover.title, self.styles[STYLE_TITLE])
        self.word.add_paragraph(cover.municipality, self.styles[STYLE_SUBTITLE])
        self.word.add_paragraph(cover.subtitle)
        for line in cover.lines:
            self.word.add_paragraph(line)

    def _block(self, block: Block) -> None:
        if isinstance(block, Heading):
            level = min(3, max(2, block.level))
            self.word.add_paragraph(block.text, self.styles[STYLE_HEADINGS[level]])
        elif isinstance(block, TextParagraph):
            style = self.styles[STYLE_NOTE] if block.style is TextStyle.NOTE else None
            self.word.add_paragraph(block.text, style)
        elif isinstance(block, Bullets):
            for item in block.items:
                self.word.add_paragraph(item, self.styles[STYLE_BULLET])
        elif isinstance(block, TextTable):
            self._table(block)
        else:
            self._chart(block)

    def _table(self, block: TextTable) -> None:
        header = block.header is not None
        rows = ([block.header] if block.header is not None else []) + list(block.rows)
        columns = len(block.widths)
        table: WordTable = self.word.add_table(rows=len(rows), cols=columns)
        table.style = self.styles[STYLE_TABLE]
        table.alignment = WD_TABLE_ALIGNMENT.LEFT
        table.autofit = False
        widths = [Emu(int(self.width * share)) for share in block.widths]
        _fixed_layout(table, widths)
        for row_index, (row, values) in enumerate(zip(table.rows, rows, strict=True)):
            is_head = header and row_index == 0
            _row_flag(row, "w:cantSplit")
            if is_head:
                _row_flag(row, "w:tblHeader")
            for col_index, cell in enumerate(row.cells):
                cell.width = widths[col_index]
                value = values[col_index] if col_index < len(values) else ""
                bold = is_head or (not header and col_index == 0)
                style = self.styles[STYLE_TABLE_HEADING if is_head else STYLE_TABLE_TEXT]
                _cell_text(cell, value, style, bold=bold and not is_head)
                if is_head:
                    _shade(cell, HEAD_FILL)
        self.word.add_paragraph()

    def _chart(self, block: Chart) -> None:
        width_points = self.width * POINTS_PER_EMU
        drawing = chart_drawing(block, width_points)
        picture = drawing_png(drawing, fonts_dir=self.fonts_dir)
        paragraph = self.word.add_paragraph()
        paragraph.paragraph_format.keep_with_next = bool(block.caption)
        paragraph.add_run().add_picture(
            io.BytesIO(picture), width=Emu(int(self.width * block.width))
        )
        if block.caption:
            self.word.add_paragraph(block.caption, self.styles[STYLE_CAPTION])


def _fixed_layout(table: WordTable, widths: list[Emu]) -> None:
    """Column widths as given (the grid, the table's width, a fixed layout), so Word and
    LibreOffice lay the table out alike."""
    for column, width in zip(table.columns, widths, strict=True):
        column.width = width
    properties = table._tbl.tblPr
    total = OxmlElement("w:tblW")
    total.set(qn("w:w"), str(sum(int(width) for width in widths) // 635))
    total.set(qn("w:type"), "dxa")
    for old in properties.findall(qn("w:tblW")):
        properties.remove(old)
    properties.append(total)
    layout = OxmlElement("w:tblLayout")
    layout.set(qn("w:type"), "fixed")
    properties.append(layout)
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        line = OxmlElement(f"w:{edge}")
        line.set(qn("w:val"), "single")
        line.set(qn("w:sz"), "4")
        line.set(qn("w:space"), "0")
        line.set(qn("w:color"), RULE_COLOUR)
        borders.append(line)
    properties.append(borders)


def _cell_text(cell: Any, value: str, style: Any, *, bold: bool) -> None:
    """A cell's lines as one paragraph with line breaks, in `style`."""
    paragraph = cell.paragraphs[0]
    paragraph._p.style = style.style_id  # by id: python-docx's setter walks every style
    for index, line in enumerate(value.split("\n")):
        run = paragraph.add_run(line)
        if bold and index == 0:
            run.bold = True
        if index < value.count("\n"):
            run.add_break()


def _row_flag(row: Any, tag: str) -> None:
    """Set a row property: `w:tblHeader` repeats the row on each page, `w:cantSplit` keeps a
    row on one page."""
    properties = row._tr.get_or_add_trPr()
    flag = OxmlElement(tag)
    flag.set(qn("w:val"), "true")
    properties.append(flag)


def _shade(cell: Any, fill: str) -> None:
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill)
    cell._tc.get_or_add_tcPr().append(shading)
