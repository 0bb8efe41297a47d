"""What every section of the PDF statusrapport is built from: the report model, its styles and
options, and the helpers for the tables' cells."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

from taskforce_app.domain.report_models import ReportLabels, ReportModel, ReportOptions
from taskforce_app.domain.result_tables import RequirementResult
from taskforce_app.exporters.pdf_page import MARGIN_X, PAGE_WIDTH
from taskforce_app.exporters.pdf_styles import ReportStyles

Cancelled = Callable[[], bool]

CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN_X


def day_text(day: date | None) -> str:
    """`day` as dd-mm-yyyy, or a dash."""
    return day.strftime("%d-%m-%Y") if day is not None else "–"


class StoryBase:
    """The report model, styles and options a section reads, and helpers for its cells."""

    def __init__(
        self,
        model: ReportModel,
        styles: ReportStyles,
        options: ReportOptions,
        cancelled: Cancelled | None,
    ) -> None:
        self.m = model
        self.s = styles
        self.labels: ReportLabels = model.labels
        self.options = options
        self.cancelled = cancelled
        self.numbers = {item.key: index for index, item in enumerate(self._requirements(), 1)}

    def _p(self, text: str, style: ParagraphStyle | None = None) -> Paragraph:
        return Paragraph(text, style or self.s.cell)

    def _requirements(self) -> tuple[RequirementResult, ...]:
        return self.m.results.requirements if self.m.results is not None else ()
