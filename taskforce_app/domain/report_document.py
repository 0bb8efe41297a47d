"""One written report as a renderer-neutral document: sections of headings, paragraphs, bullet
lists, tables and charts. The Word and the PDF exporter each draw this same value, so the two
files carry the same content.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from taskforce_app.domain.enums import Phase
from taskforce_app.domain.overview import TimelineRow
from taskforce_app.domain.report_templates import PartKind, ReportType, SectionStatus


class TextStyle(StrEnum):
    """How a paragraph is set."""

    BODY = "body"
    NOTE = "note"


@dataclass(frozen=True, slots=True)
class Heading:
    """A heading below the section's title (level 2 or 3)."""

    text: str
    level: int = 2


@dataclass(frozen=True, slots=True)
class Paragraph:
    """Running text."""

    text: str
    style: TextStyle = TextStyle.BODY


@dataclass(frozen=True, slots=True)
class Bullets:
    """A bullet list."""

    items: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Table:
    """A table of texts; a cell's lines are separated by a newline.

    `widths` are fractions of the text width, one per column. Without a header the first
    column is set in bold (a table of facts).
    """

    header: tuple[str, ...] | None
    rows: tuple[tuple[str, ...], ...]
    widths: tuple[float, ...]


@dataclass(frozen=True, slots=True)
class ResultsChart:
    """Grouped bars per requirement: analyse, statusmåling and Børnesagsbarometret (per cent)."""

    categories: tuple[str, ...]
    series: tuple[tuple[float | None, ...], ...]
    names: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class KeyFigureChart:
    """Lines over the periods: the municipality and the whole country."""

    periods: tuple[str, ...]
    series: tuple[tuple[float | None, ...], ...]
    names: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class TimelineChart:
    """The forløb's phases planned and actual, with its milestones and today."""

    row: TimelineRow
    today: date
    phase_names: Mapping[Phase, str]
    legend: tuple[str, str, str, str, str, str]


@dataclass(frozen=True, slots=True)
class Chart:
    """A chart and its caption; `width` is a fraction of the text width."""

    chart: ResultsChart | KeyFigureChart | TimelineChart
    caption: str
    width: float = 1.0


Block = Heading | Paragraph | Bullets | Table | Chart


@dataclass(frozen=True, slots=True)
class Cover:
    """The front page: the programme, the report's title, the municipality and the forløb."""

    kicker: str
    title: str
    municipality: str
    subtitle: str
    lines: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class DocumentSection:
    """A section as printed: its title (a top-level heading) and its blocks."""

    id: str
    kind: PartKind
    title: str
    blocks: tuple[Block, ...]
    status: SectionStatus | None = None
    cover: Cover | None = None


@dataclass(frozen=True, slots=True)
class ReportDocument:
    """A written report, ready for a renderer."""

    report_type: ReportType
    title: str
    municipality: str
    engagement_title: str
    generated_on: date
    confidential: str
    page: str
    """The page number's text, with `{page}` and `{pages}`."""
    printed: str
    sections: tuple[DocumentSection, ...]

    @property
    def headings(self) -> tuple[str, ...]:
        """The titles of the sections printed under a heading (every one but the cover)."""
        return tuple(item.title for item in self.sections if item.cover is None)

    @property
    def header_text(self) -> str:
        """The running header's left part: municipality and report title."""
        return f"{self.municipality} · {self.title}"
