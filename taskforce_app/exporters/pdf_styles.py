"""The PDF reports' colours and paragraph styles: one family of styles, set in the
statusrapport's sizes or in the (slightly larger) sizes of the written reports."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle

INK = colors.HexColor("#1a1a1a")
MUTED = colors.HexColor("#5f6368")
ACCENT = colors.HexColor("#1f4e79")
RULE = colors.HexColor("#c9d3de")
HEAD_FILL = colors.HexColor("#e8eef5")
STRIPE = colors.HexColor("#f7f9fb")
CONFIDENTIAL = colors.HexColor("#b71c1c")


@dataclass(frozen=True)
class Size:
    """A style's font size and leading, and the space before and after its paragraphs."""

    size: float
    leading: float
    before: float
    after: float


@dataclass(frozen=True)
class TextSizes:
    """The sizes that differ between the reports: running text, notes and the three headings."""

    body: Size
    note: Size
    h1: Size
    h2: Size
    h3: Size


STATUS_REPORT_SIZES = TextSizes(
    body=Size(9.5, 13, before=0, after=4),
    note=Size(7.5, 9.5, before=0, after=6),
    h1=Size(16, 20, before=4, after=10),
    h2=Size(12, 15, before=10, after=6),
    h3=Size(10, 13, before=8, after=3),
)
"""The statusrapport drawn from the report model."""

WRITTEN_REPORT_SIZES = TextSizes(
    body=Size(10, 14, before=0, after=6),
    note=Size(8, 10.5, before=0, after=6),
    h1=Size(17, 21, before=2, after=10),
    h2=Size(12.5, 16, before=10, after=5),
    h3=Size(10.5, 14, before=8, after=3),
)
"""The written reports (analyserapport, statusrapport) the consultants author."""


def _sized(
    name: str, parent: ParagraphStyle | None, size: Size, font: str, colour: colors.Color
) -> ParagraphStyle:
    return ParagraphStyle(
        name,
        parent=parent,
        fontName=font,
        fontSize=size.size,
        leading=size.leading,
        spaceBefore=size.before,
        spaceAfter=size.after,
        textColor=colour,
    )


class ReportStyles:
    """The paragraph styles of a PDF report, all in the embedded font."""

    def __init__(self, regular: str, bold: str, sizes: TextSizes) -> None:
        self.regular = regular
        self.bold = bold
        self.body = _sized("body", None, sizes.body, regular, INK)
        self.note = _sized("note", self.body, sizes.note, regular, MUTED)
        self.small = ParagraphStyle("small", parent=self.body, fontSize=8, leading=10.5)
        self.cell = ParagraphStyle("cell", parent=self.body, fontSize=8, leading=10, spaceAfter=0)
        self.cell_right = ParagraphStyle("cell_right", parent=self.cell, alignment=TA_RIGHT)
        self.head = ParagraphStyle("head", parent=self.cell, fontName=bold, textColor=ACCENT)
        self.fact = ParagraphStyle("fact", parent=self.cell, fontName=bold)
        self.h1 = _sized("h1", self.body, sizes.h1, bold, ACCENT)
        self.h2 = _sized("h2", self.body, sizes.h2, bold, ACCENT)
        self.h3 = _sized("h3", self.body, sizes.h3, bold, INK)
        self.headings = (self.h1, self.h2, self.h3)
        """Headings stay on the page of what follows them (`keep_headings_with_next`)."""
        self.cover_kicker = ParagraphStyle(
            "kicker", parent=self.body, fontName=bold, fontSize=11, textColor=ACCENT
        )
        self.cover_title = ParagraphStyle(
            "cover_title",
            parent=self.body,
            fontName=bold,
            fontSize=30,
            leading=36,
            textColor=ACCENT,
            spaceAfter=8,
        )
        self.cover_name = ParagraphStyle(
            "cover_name", parent=self.body, fontName=bold, fontSize=22, leading=28, spaceAfter=6
        )
        self.cover_line = ParagraphStyle("cover_line", parent=self.body, fontSize=11, leading=15)
