"""The A4 page of the PDF reports: its margins, the document laid out on it, and the canvas
that draws the header (municipality, report title, "Fortroligt") and the footer (date printed,
"Side x af y") on every page."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO, TypeVar

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import SimpleDocTemplate

from taskforce_app.exporters.pdf_styles import CONFIDENTIAL, MUTED, RULE

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_X = 18 * mm
"""The side margin of the statusrapport, and where every report's header and footer start."""
MARGIN_TOP = 24 * mm
MARGIN_BOTTOM = 20 * mm

DocumentT = TypeVar("DocumentT", bound=SimpleDocTemplate)


def a4_document(
    document_class: type[DocumentT],
    target: Path | BinaryIO,
    *,
    margin_x: float,
    title: str,
    author: str,
    subject: str,
    font: str,
) -> DocumentT:
    """A portrait A4 document writing to `target` (a path or a binary stream).

    Args:
        document_class: `SimpleDocTemplate` or a subclass of it.
        target: where the PDF goes.
        margin_x: the left and right margins in points.
        title: the PDF's title (its metadata).
        author: the PDF's author.
        subject: the PDF's subject.
        font: the font name text starts in (the embedded regular face).
    """
    return document_class(
        str(target) if isinstance(target, Path) else target,
        pagesize=A4,
        leftMargin=margin_x,
        rightMargin=margin_x,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=title,
        author=author,
        subject=subject,
        creator="Task Force Tracker",
        initialFontName=font,
    )


@dataclass(frozen=True)
class PageMarks:
    """What every page carries: the header's text and confidentiality mark, the footer's date
    printed, and the page number's pattern with {page} and {pages}."""

    header: str
    confidential: str
    printed: str
    page_pattern: str


def numbered_canvas(regular: str, bold: str, marks: PageMarks) -> type[Canvas]:
    """A canvas drawing the report's header and footer, with "page x of n", on every page."""
    header, confidential, printed = marks.header, marks.confidential, marks.printed

    class NumberedCanvas(Canvas):
        """Keeps every page until the end, then draws header and footer with the page count."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()  # type: ignore[attr-defined]

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self._decorate(total)
                super().showPage()
            super().save()

        def _decorate(self, total: int) -> None:
            self.saveState()
            top = PAGE_HEIGHT - 14 * mm
            self.setFont(regular, 8)
            self.setFillColor(MUTED)
            self.drawString(MARGIN_X, top, header)
            self.setFont(bold, 9)
            self.setFillColor(CONFIDENTIAL)
            self.drawRightString(PAGE_WIDTH - MARGIN_X, top, confidential)
            self.setStrokeColor(RULE)
            self.setLineWidth(0.6)
            self.line(MARGIN_X, top - 4, PAGE_WIDTH - MARGIN_X, top - 4)
            bottom = 11 * mm
            self.line(MARGIN_X, bottom + 10, PAGE_WIDTH - MARGIN_X, bottom + 10)
            self.setFont(regular, 8)
            self.setFillColor(MUTED)
            self.drawString(MARGIN_X, bottom, printed)
            page = marks.page_pattern.format(page=self.getPageNumber(), pages=total)
            self.drawRightString(PAGE_WIDTH - MARGIN_X, bottom, page)
            self.restoreState()

    return NumberedCanvas
