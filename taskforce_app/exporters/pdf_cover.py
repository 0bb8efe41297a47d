"""The top of a PDF report's cover page: programme, report title, municipality and subtitle."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from taskforce_app.exporters.pdf_styles import ReportStyles
from taskforce_app.exporters.pdf_text import paragraph_text


def cover_heading(
    styles: ReportStyles, *, kicker: str, title: str, municipality: str, subtitle: str
) -> list[Flowable]:
    """The cover's title block, set well down the page; the cover's own lines follow it.

    Args:
        styles: the report's paragraph styles.
        kicker: the small line above the title (the programme).
        title: the report's title.
        municipality: the municipality's name, under the title.
        subtitle: the line under the name (the forløb's title).
    """
    return [
        Spacer(1, 30 * mm),
        Paragraph(paragraph_text(kicker), styles.cover_kicker),
        Spacer(1, 4 * mm),
        Paragraph(paragraph_text(title), styles.cover_title),
        Paragraph(paragraph_text(municipality), styles.cover_name),
        Paragraph(paragraph_text(subtitle), styles.cover_line),
        Spacer(1, 3 * mm),
    ]
