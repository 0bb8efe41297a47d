"""The ruled tables of the PDF reports: a tinted heading row repeated on every page, a thin rule
under each row and striped rows below."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.lib import colors
from reportlab.platypus import Table, TableStyle

from taskforce_app.exporters.pdf_fonts import REGULAR
from taskforce_app.exporters.pdf_styles import ACCENT, HEAD_FILL, RULE, STRIPE


def ruled_table(
    rows: Sequence[list[Any]],
    widths: Sequence[float],
    *,
    header: bool = True,
    extra: Sequence[tuple[Any, ...]] = (),
) -> Table:
    """A table of `rows` in columns `widths` points wide, in the reports' look.

    Args:
        rows: the cells, row by row (Paragraphs, or plain strings set in the regular font).
        widths: each column's width in points.
        header: the first row is a heading row (tinted, repeated after a page break).
        extra: more table style commands, applied after the common ones.
    """
    table = Table(list(rows), colWidths=list(widths), repeatRows=1 if header else 0)
    commands: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), REGULAR),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE),
    ]
    if header:
        commands += [
            ("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
        ]
    commands += [
        ("ROWBACKGROUNDS", (0, 1 if header else 0), (-1, -1), [colors.white, STRIPE]),
        *extra,
    ]
    table.setStyle(TableStyle(commands))
    return table
