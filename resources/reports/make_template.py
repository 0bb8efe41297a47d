"""Write resources/reports/template.docx: the Word template of the written reports.

Run: .venv/bin/python resources/reports/make_template.py
The template holds the page set-up (A4, margins) and every style the report uses (Word's own
Title, Subtitle, Heading 1-3, List Bullet, Caption, Header, Footer and Table Grid, and the
report's Note, Cover Kicker, Table Text and Table Heading). The ministry may replace the file
with one carrying its letterhead; it must keep these style names (the export names a missing
one).
"""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_TAB_ALIGNMENT
from docx.shared import Mm, Pt, RGBColor

HERE = Path(__file__).resolve().parent
TARGET = HERE / "template.docx"
FONT = "Calibri"
ACCENT = RGBColor(0x1F, 0x4E, 0x79)
INK = RGBColor(0x1A, 0x1A, 0x1A)
MUTED = RGBColor(0x5F, 0x63, 0x68)
TEXT_WIDTH = Mm(210 - 2 * 22)


def build(target: Path = TARGET) -> Path:
    """Write the template to `target` and return it."""
    document = Document()
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.left_margin = section.right_margin = Mm(22)  # TEXT_WIDTH between them
    section.top_margin, section.bottom_margin = Mm(25), Mm(22)
    section.header_distance = section.footer_distance = Mm(10)
    styles = document.styles

    normal = styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(10.5)
    normal.font.color.rgb = INK
    normal.paragraph_format.space_after = Pt(6)
    normal.paragraph_format.line_spacing = 1.15

    for name, size, space_before in (
        ("Heading 1", 18, 0),
        ("Heading 2", 13, 12),
        ("Heading 3", 11, 8),
    ):
        heading = styles[name]
        heading.font.name = FONT
        heading.font.size = Pt(size)
        heading.font.bold = True
        heading.font.color.rgb = ACCENT if name != "Heading 3" else INK
        heading.paragraph_format.space_before = Pt(space_before)
        heading.paragraph_format.space_after = Pt(6)
        heading.paragraph_format.keep_with_next = True

    title = styles["Title"]
    title.font.name = FONT
    title.font.size = Pt(32)
    title.font.bold = True
    title.font.color.rgb = ACCENT
    subtitle = styles["Subtitle"]
    subtitle.font.name = FONT
    subtitle.font.size = Pt(22)
    subtitle.font.italic = False
    subtitle.font.bold = True
    subtitle.font.color.rgb = INK
    for name in ("Header", "Footer", "Caption"):
        styles[name].font.name = FONT
        styles[name].font.size = Pt(8)
        styles[name].font.color.rgb = MUTED
    for name in ("Header", "Footer"):
        stops = styles[name].paragraph_format.tab_stops
        stops.clear_all()
        stops.add_tab_stop(TEXT_WIDTH, WD_TAB_ALIGNMENT.RIGHT)
    styles["Caption"].font.italic = False
    styles["Caption"].font.bold = False

    note = styles.add_style("Note", WD_STYLE_TYPE.PARAGRAPH)
    note.base_style = normal
    note.font.size = Pt(8.5)
    note.font.color.rgb = MUTED
    kicker = styles.add_style("Cover Kicker", WD_STYLE_TYPE.PARAGRAPH)
    kicker.base_style = normal
    kicker.font.bold = True
    kicker.font.size = Pt(11)
    kicker.font.color.rgb = ACCENT
    kicker.paragraph_format.space_before = Pt(120)
    cell = styles.add_style("Table Text", WD_STYLE_TYPE.PARAGRAPH)
    cell.base_style = normal
    cell.font.size = Pt(8.5)
    cell.paragraph_format.space_after = Pt(0)
    cell.paragraph_format.line_spacing = 1.0
    head = styles.add_style("Table Heading", WD_STYLE_TYPE.PARAGRAPH)
    head.base_style = cell
    head.font.bold = True
    head.font.color.rgb = ACCENT

    props = document.core_properties
    props.title = "Task Force på børneområdet"
    props.author = "Task Force på børneområdet"
    props.comments = "Skabelon til analyserapport og statusrapport (Task Force Tracker)"
    document.save(str(target))
    return target


if __name__ == "__main__":
    print(build())
