"""The Tidslinje: phases (planned and actual) and milestones of one or every forløb, painted.

Geometry is computed apart from painting (`TimelineScene`), so tests read marker rectangles and
the position of the "today" line, and the PDF export paints the same scene on A4 pages.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QHelpEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QPolygonF,
    QResizeEvent,
)
from PySide6.QtWidgets import QToolTip, QWidget

from taskforce_app.domain.enums import Phase
from taskforce_app.domain.overview import PhaseSpan, TimelineMilestone, TimelineRow
from taskforce_app.ui.kit.labels import date_text, phase_label

PHASE_COLOURS = {
    Phase.OPSTART: QColor("#4f7fd9"),
    Phase.ANALYSE: QColor("#8a63c9"),
    Phase.AFRAPPORTERING: QColor("#c9568e"),
    Phase.UDVIKLING: QColor("#2f9c86"),
    Phase.STATUSMAALING: QColor("#d9822b"),
    Phase.STATUSRAPPORT: QColor("#a08c1f"),
    Phase.AFSLUTTET: QColor("#7d7d7d"),
}
OVERDUE = QColor("#c62828")
TODAY = QColor("#d32f2f")
GRID = QColor("#e3e3e3")
GRID_YEAR = QColor("#a8a8a8")
INK = QColor("#202020")
MUTED = QColor("#5f5f5f")

FONT_PIXELS = 12
SMALL_PIXELS = 11
MARGIN = 10.0
LANE_HEIGHT = 40.0
SINGLE_LANE_HEIGHT = 50.0


@dataclass(frozen=True, slots=True)
class LaneShape:
    """Vertical offsets inside a lane: planned bar, marker centre, actual bar."""

    height: float
    planned_top: float
    marker_centre: float
    actual_top: float
    actual_height: float


ALL_SHAPE = LaneShape(LANE_HEIGHT, 8, 11, 21, 13)
SINGLE_SHAPE = LaneShape(SINGLE_LANE_HEIGHT, 19, 22, 31, 14)
LIST_LINE = 18.0
MIN_MONTH_WIDTH = 18.0
MAX_LABEL_WIDTH = 260.0
MARKER_SIZE = 12.0


def tint(colour: QColor, amount: float) -> QColor:
    """`colour` mixed with white: 0 keeps it, 1 gives white."""
    return QColor.fromRgbF(
        colour.redF() + (1 - colour.redF()) * amount,
        colour.greenF() + (1 - colour.greenF()) * amount,
        colour.blueF() + (1 - colour.blueF()) * amount,
    )


def _month_start(day: date) -> date:
    return day.replace(day=1)


def _next_month(day: date) -> date:
    return date(day.year + day.month // 12, day.month % 12 + 1, 1)


@dataclass(frozen=True, slots=True)
class MarkerGeometry:
    """A milestone marker as drawn: the diamond at the planned date, and the actual date's x."""

    engagement_id: uuid.UUID
    milestone: TimelineMilestone
    rect: QRectF
    actual_x: float | None
    number: int
    caption: str = ""


@dataclass(frozen=True, slots=True)
class BarGeometry:
    """A phase bar as drawn."""

    engagement_id: uuid.UUID
    span: PhaseSpan
    rect: QRectF
    planned: bool


@dataclass(slots=True)
class Lane:
    """One horizontal lane: a forløb (all forløb) or a phase (one forløb)."""

    label: str
    tooltip: str
    rect: QRectF
    engagement_id: uuid.UUID
    bars: list[BarGeometry] = field(default_factory=list)
    markers: list[MarkerGeometry] = field(default_factory=list)


@dataclass(slots=True)
class TimelineScene:
    """Everything the painter draws, in one coordinate system."""

    width: float
    height: float
    first: date
    last: date
    chart: QRectF
    header_top: float
    lanes: list[Lane]
    today: date
    today_x: float | None
    milestone_list: list[MarkerGeometry]
    list_top: float
    legend_top: float
    legend: list[tuple[str, str, QRectF]]
    month_labels: list[tuple[str, QRectF]]
    year_labels: list[tuple[str, QRectF]]
    gridlines: list[tuple[float, bool]]
    shape: LaneShape = ALL_SHAPE

    def lanes_bottom(self, count: int) -> float:
        """The y below `count` lanes."""
        return self.chart.top() + self.shape.height * max(count, 1)

    def x_for(self, day: date) -> float:
        """The x of a date on the shared axis."""
        span = max((self.last - self.first).days, 1)
        return self.chart.left() + (day - self.first).days * self.chart.width() / span

    @property
    def markers(self) -> list[MarkerGeometry]:
        """Every milestone marker, lane by lane."""
        return [marker for lane in self.lanes for marker in lane.markers]

    @property
    def bars(self) -> list[BarGeometry]:
        """Every phase bar, lane by lane."""
        return [bar for lane in self.lanes for bar in lane.bars]


class Fonts:
    """The pixel-sized fonts of the timeline (pixel sizes scale with a printer's painter)."""

    def __init__(self, base: QFont) -> None:
        self.normal = QFont(base)
        self.normal.setPixelSize(FONT_PIXELS)
        self.bold = QFont(self.normal)
        self.bold.setBold(True)
        self.small = QFont(base)
        self.small.setPixelSize(SMALL_PIXELS)
        self.metrics = QFontMetricsF(self.normal)
        self.bold_metrics = QFontMetricsF(self.bold)
        self.small_metrics = QFontMetricsF(self.small)


def _date_range(rows: Sequence[TimelineRow], today: date, single: bool) -> tuple[date, date]:
    days: list[date] = []
    for row in rows:
        days += [d for d in (row.start_date, row.planned_end_date) if d is not None]
        for span in (*row.planned_phases, *row.actual_phases):
            days += [d for d in (span.start, span.end) if d is not None]
        for milestone in row.milestones:
            days += [d for d in (milestone.planned_on, milestone.actual_on) if d is not None]
    if not days:
        days = [today - timedelta(days=180), today + timedelta(days=365)]
    if not single:
        days.append(today)
    first = _month_start(min(days))
    last = _next_month(max(days))
    return first, last


def _months(first: date, last: date) -> list[date]:
    months = []
    current = first
    while current < last:
        months.append(current)
        current = _next_month(current)
    return months


def _lanes_of(
    rows: Sequence[TimelineRow], single: bool
) -> list[tuple[str, str, TimelineRow, Phase | None]]:
    if single and rows:
        row = rows[0]
        return [(phase_label(phase), phase_label(phase), row, phase) for phase in Phase]
    return [(row.label.split(": ", 1)[0], row.label, row, None) for row in rows]


def legend_items() -> list[tuple[str, str]]:
    """(kind, text) of every legend entry, in order."""
    items = [
        ("planned", QCoreApplication.translate("TimelineWidget", "Planned phase")),
        ("actual", QCoreApplication.translate("TimelineWidget", "Actual phase")),
        ("open", QCoreApplication.translate("TimelineWidget", "Milestone (planned date)")),
        ("done", QCoreApplication.translate("TimelineWidget", "Done")),
        ("overdue", QCoreApplication.translate("TimelineWidget", "Overdue")),
        ("moved", QCoreApplication.translate("TimelineWidget", "Actual date")),
        ("today", QCoreApplication.translate("TimelineWidget", "Today")),
    ]
    items += [(f"phase:{phase.value}", phase_label(phase)) for phase in Phase]
    return items


def build_scene(
    rows: Sequence[TimelineRow],
    today: date,
    *,
    single: bool,
    width: float,
    fonts: Fonts,
    locale: QLocale,
    list_milestones: bool = True,
) -> TimelineScene:
    """Lay out lanes, bars, markers, axis labels and legend for `width` pixels."""
    lanes_spec = _lanes_of(rows, single)
    first, last = _date_range(rows, today, single)
    months = _months(first, last)
    label_width = min(
        max((fonts.bold_metrics.horizontalAdvance(spec[0]) for spec in lanes_spec), default=80.0)
        + 16,
        MAX_LABEL_WIDTH,
    )
    chart_left = MARGIN + label_width
    chart_width = max(width - chart_left - MARGIN, len(months) * MIN_MONTH_WIDTH)
    line = fonts.metrics.height()
    header_top = MARGIN
    rows_top = header_top + 2 * (line + 4) + 2
    shape = SINGLE_SHAPE if single else ALL_SHAPE
    chart = QRectF(chart_left, rows_top, chart_width, shape.height * max(len(lanes_spec), 1))
    scene = TimelineScene(
        width=chart.right() + MARGIN,
        height=0.0,
        first=first,
        last=last,
        chart=chart,
        header_top=header_top,
        lanes=[],
        today=today,
        today_x=None,
        milestone_list=[],
        list_top=0.0,
        legend_top=0.0,
        legend=[],
        month_labels=[],
        year_labels=[],
        gridlines=[],
        shape=shape,
    )
    if first <= today <= last:
        scene.today_x = scene.x_for(today)
    _axis(scene, months, fonts, locale, line)

    number = 0
    for position, (label, tooltip, row, phase) in enumerate(lanes_spec):
        top = rows_top + position * shape.height
        lane_rect = QRectF(MARGIN, top, scene.width - 2 * MARGIN, shape.height)
        lane = Lane(label, tooltip, lane_rect, row.id)
        for planned, spans in ((True, row.planned_phases), (False, row.actual_phases)):
            for span in spans:
                if phase is not None and span.phase is not phase:
                    continue
                end = span.end or (today if not planned else (row.planned_end_date or today))
                left = scene.x_for(span.start)
                right = max(scene.x_for(end + timedelta(days=1)), left + 3)
                rect = (
                    QRectF(left, top + shape.planned_top, right - left, 6)
                    if planned
                    else QRectF(left, top + shape.actual_top, right - left, shape.actual_height)
                )
                lane.bars.append(BarGeometry(row.id, span, rect, planned))
        for milestone in row.milestones:
            if phase is not None and milestone.phase is not phase:
                continue
            number += 1
            x = scene.x_for(milestone.planned_on)
            half = MARKER_SIZE / 2
            rect = QRectF(x - half, top + shape.marker_centre - half, MARKER_SIZE, MARKER_SIZE)
            actual_x = (
                scene.x_for(milestone.actual_on)
                if milestone.actual_on is not None and milestone.actual_on != milestone.planned_on
                else None
            )
            lane.markers.append(MarkerGeometry(row.id, milestone, rect, actual_x, number))
        if single:
            lane.markers = _captioned(lane.markers, fonts)
        scene.lanes.append(lane)

    bottom = chart.bottom() + fonts.small_metrics.height() + 14
    if single and list_milestones and rows:
        scene.milestone_list = scene.markers
        scene.list_top = bottom
        bottom += (len(scene.milestone_list) + 1) * LIST_LINE + 10
    scene.legend_top = bottom
    scene.legend = _legend(fonts, scene.width, bottom)
    legend_bottom = max((rect.bottom() for _k, _t, rect in scene.legend), default=bottom)
    scene.height = legend_bottom + MARGIN
    return scene


def _captioned(markers: list[MarkerGeometry], fonts: Fonts) -> list[MarkerGeometry]:
    """Number captions above the markers; markers too close share one caption ("2–3")."""
    groups: list[list[MarkerGeometry]] = []
    for marker in sorted(markers, key=lambda m: (m.rect.center().x(), m.number)):
        if groups:
            group = groups[-1]
            caption = _group_caption(group)
            reach = group[0].rect.center().x() + fonts.small_metrics.horizontalAdvance(caption)
            if marker.rect.center().x() < reach + 2:
                group.append(marker)
                continue
        groups.append([marker])
    captioned = []
    for group in groups:
        caption = _group_caption(group)
        for position, marker in enumerate(group):
            captioned.append(
                MarkerGeometry(
                    marker.engagement_id,
                    marker.milestone,
                    marker.rect,
                    marker.actual_x,
                    marker.number,
                    caption if position == 0 else "",
                )
            )
    return sorted(captioned, key=lambda m: m.number)


def _group_caption(group: list[MarkerGeometry]) -> str:
    numbers = sorted(marker.number for marker in group)
    if len(numbers) == 1:
        return str(numbers[0])
    if numbers == list(range(numbers[0], numbers[-1] + 1)):
        return f"{numbers[0]}–{numbers[-1]}"
    return ",".join(str(n) for n in numbers)


def _axis(
    scene: TimelineScene, months: list[date], fonts: Fonts, locale: QLocale, line: float
) -> None:
    month_width = scene.chart.width() / max(len(months), 1)
    names = [
        locale.standaloneMonthName(m, QLocale.FormatType.ShortFormat).rstrip(".")
        for m in range(1, 13)
    ]
    widest = max(fonts.small_metrics.horizontalAdvance(name) for name in names)
    if month_width >= widest + 6:
        step, short = 1, True
    elif month_width >= fonts.small_metrics.horizontalAdvance("M") + 4:
        step, short = 1, False
    else:
        step, short = 3, True
    month_top = scene.header_top + line + 4
    for month in months:
        left = scene.x_for(month)
        right = scene.x_for(_next_month(month))
        scene.gridlines.append((left, month.month == 1))
        if (month.month - 1) % step:
            continue
        text = names[month.month - 1] if short else names[month.month - 1][:1].upper()
        scene.month_labels.append((text, QRectF(left, month_top, right - left, line + 4)))
    scene.gridlines.append((scene.x_for(scene.last), scene.last.month == 1))
    year = scene.first.year
    while date(year, 1, 1) < scene.last:
        start = max(date(year, 1, 1), scene.first)
        end = min(date(year + 1, 1, 1), scene.last)
        rect = QRectF(
            scene.x_for(start), scene.header_top, scene.x_for(end) - scene.x_for(start), line + 4
        )
        if rect.width() >= fonts.bold_metrics.horizontalAdvance(str(year)) + 6:
            scene.year_labels.append((str(year), rect))
        year += 1


def _legend(fonts: Fonts, width: float, top: float) -> list[tuple[str, str, QRectF]]:
    placed: list[tuple[str, str, QRectF]] = []
    line = fonts.metrics.height() + 8
    x, y = MARGIN, top
    previous_phase = False
    for kind, text in legend_items():
        is_phase = kind.startswith("phase:")
        if is_phase and not previous_phase:
            x, y = MARGIN, y + line
        previous_phase = is_phase
        item_width = 30 + fonts.metrics.horizontalAdvance(text) + 18
        if x + item_width > width - MARGIN and x > MARGIN:
            x, y = MARGIN, y + line
        placed.append((kind, text, QRectF(x, y, item_width, line)))
        x += item_width
    return placed


class TimelinePainter:
    """Paints a `TimelineScene`; `print_mode` uses black text and light fills with patterns."""

    def __init__(self, fonts: Fonts, *, print_mode: bool = False) -> None:
        self.fonts = fonts
        self.print_mode = print_mode

    def paint(
        self,
        painter: QPainter,
        scene: TimelineScene,
        lanes: Sequence[Lane] | None = None,
        exposed: QRectF | None = None,
    ) -> None:
        """Draw the axis, the given lanes (all by default), today, the list and the legend.

        With `exposed` (a paint event's rectangle) only the lanes crossing it are drawn, so a
        window over hundreds of forløb paints the few lanes on screen.
        """
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        shown = scene.lanes if lanes is None else lanes
        top = scene.chart.top()
        bottom = scene.lanes_bottom(len(shown))
        height = scene.shape.height
        self._header(painter, scene, bottom)
        first, last = 0, len(shown)
        if exposed is not None and height > 0:
            first = max(0, int((exposed.top() - top) // height))
            last = min(len(shown), int((exposed.bottom() - top) // height) + 1)
        for position in range(first, last):
            self._lane(painter, scene, shown[position], top + position * height, position)
        self._today(painter, scene, top, bottom)

    def paint_list_and_legend(self, painter: QPainter, scene: TimelineScene, top: float) -> float:
        """Draw the milestone list (one forløb) and the legend from `top`; returns the bottom."""
        y = top
        if scene.milestone_list:
            y = self._milestone_list(painter, scene, y)
        return self._legend(painter, scene, y)

    # --- parts ---------------------------------------------------------------------------------

    def _header(self, painter: QPainter, scene: TimelineScene, bottom: float) -> None:
        chart = scene.chart
        for x, year_start in scene.gridlines:
            painter.setPen(QPen(GRID_YEAR if year_start else GRID, 1))
            painter.drawLine(QPointF(x, scene.header_top), QPointF(x, bottom))
        painter.setFont(self.fonts.bold)
        painter.setPen(INK)
        for text, rect in scene.year_labels:
            painter.drawText(
                rect.adjusted(4, 0, 0, 0),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                text,
            )
        painter.setFont(self.fonts.small)
        painter.setPen(MUTED if not self.print_mode else INK)
        for text, rect in scene.month_labels:
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
        painter.setPen(QPen(GRID_YEAR, 1))
        painter.drawLine(
            QPointF(chart.left(), chart.top() - 1), QPointF(chart.right(), chart.top() - 1)
        )
        painter.drawLine(QPointF(chart.left(), bottom), QPointF(chart.right(), bottom))

    def _lane(
        self, painter: QPainter, scene: TimelineScene, lane: Lane, top: float, position: int
    ) -> None:
        offset = top - lane.rect.top()
        if position % 2:
            band = QRectF(MARGIN, top, scene.width - 2 * MARGIN, scene.shape.height)
            painter.fillRect(band, QColor(0, 0, 0, 10))
        painter.setFont(self.fonts.bold)
        painter.setPen(INK)
        label_rect = QRectF(MARGIN + 4, top, scene.chart.left() - MARGIN - 12, scene.shape.height)
        text = self.fonts.bold_metrics.elidedText(
            lane.label, Qt.TextElideMode.ElideRight, label_rect.width()
        )
        painter.drawText(
            label_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text
        )
        for bar in lane.bars:
            self._bar(painter, bar, bar.rect.translated(0, offset))
        for marker in lane.markers:
            self._marker(painter, marker, marker.rect.translated(0, offset))

    def _bar(self, painter: QPainter, bar: BarGeometry, rect: QRectF) -> None:
        colour = PHASE_COLOURS[bar.span.phase]
        if bar.planned:
            painter.setPen(QPen(colour.darker(120), 1))
            painter.setBrush(QBrush(tint(colour, 0.7)))
            painter.drawRect(rect)
            if self.print_mode:
                painter.setBrush(QBrush(colour.darker(110), Qt.BrushStyle.BDiagPattern))
                painter.drawRect(rect)
            return
        fill = tint(colour, 0.55) if self.print_mode else colour
        painter.setPen(QPen(colour.darker(140), 1))
        painter.setBrush(QBrush(fill))
        painter.drawRoundedRect(rect, 2, 2)
        name = phase_label(bar.span.phase)
        available = rect.width() - 6
        if available >= self.fonts.small_metrics.horizontalAdvance(name[:3]) + 2:
            painter.setFont(self.fonts.small)
            painter.setPen(INK if self.print_mode else QColor("white"))
            text = self.fonts.small_metrics.elidedText(name, Qt.TextElideMode.ElideRight, available)
            painter.drawText(
                rect.adjusted(3, 0, -3, 0),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                text,
            )

    def _marker(self, painter: QPainter, marker: MarkerGeometry, rect: QRectF) -> None:
        milestone = marker.milestone
        centre = rect.center()
        if marker.actual_x is not None:
            painter.setPen(QPen(INK, 1.2))
            end = QPointF(marker.actual_x, centre.y())
            painter.drawLine(centre, end)
            painter.drawLine(QPointF(end.x(), centre.y() - 4), QPointF(end.x(), centre.y() + 4))
        colour = OVERDUE if milestone.overdue else INK
        painter.setPen(QPen(colour, 2.0 if milestone.overdue else 1.2))
        painter.setBrush(QBrush(colour) if milestone.done else QBrush(QColor("white")))
        painter.drawPolygon(_diamond(rect))
        if milestone.overdue:
            painter.setFont(self.fonts.bold)
            painter.drawText(
                QRectF(rect.right(), rect.top() - 3, 10, rect.height() + 6),
                Qt.AlignmentFlag.AlignCenter,
                "!",
            )
        if marker.caption:
            painter.setFont(self.fonts.small)
            painter.setPen(INK)
            height = self.fonts.small_metrics.height()
            width = self.fonts.small_metrics.horizontalAdvance(marker.caption) + 2
            box = QRectF(centre.x() - 4, rect.top() - height - 1, width, height)
            painter.drawText(
                box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, marker.caption
            )

    def _today(self, painter: QPainter, scene: TimelineScene, top: float, bottom: float) -> None:
        if scene.today_x is None:
            return
        x = scene.today_x
        pen = QPen(TODAY, 2, Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.drawLine(QPointF(x, top - 2), QPointF(x, bottom + 2))
        text = QCoreApplication.translate("TimelineWidget", "Today")
        painter.setFont(self.fonts.small)
        width = self.fonts.small_metrics.horizontalAdvance(text) + 8
        height = self.fonts.small_metrics.height() + 2
        box = QRectF(x - width / 2, bottom + 2, width, height)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QBrush(QColor("white") if self.print_mode else TODAY))
        painter.drawRoundedRect(box, 3, 3)
        painter.setPen(TODAY if self.print_mode else QColor("white"))
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)

    def _milestone_list(self, painter: QPainter, scene: TimelineScene, top: float) -> float:
        columns = (MARGIN + 4, MARGIN + 40, MARGIN + 140, MARGIN + 240)
        heads = (
            QCoreApplication.translate("TimelineWidget", "No."),
            QCoreApplication.translate("TimelineWidget", "Planned"),
            QCoreApplication.translate("TimelineWidget", "Actual"),
            QCoreApplication.translate("TimelineWidget", "Milestone"),
        )
        painter.setFont(self.fonts.bold)
        painter.setPen(INK)
        for x, text in zip(columns, heads, strict=True):
            painter.drawText(QRectF(x, top, 200, LIST_LINE), Qt.AlignmentFlag.AlignVCenter, text)
        y = top + LIST_LINE
        painter.setFont(self.fonts.normal)
        for marker in scene.milestone_list:
            milestone = marker.milestone
            status = ""
            if milestone.overdue:
                status = " — " + QCoreApplication.translate("TimelineWidget", "overdue")
            elif milestone.done and milestone.actual_on is None:
                status = " — " + QCoreApplication.translate("TimelineWidget", "done")
            painter.setPen(OVERDUE if milestone.overdue else INK)
            values = (
                str(marker.number),
                date_text(milestone.planned_on),
                date_text(milestone.actual_on),
                milestone.title + status,
            )
            for x, text in zip(columns, values, strict=True):
                width = scene.width - x - MARGIN if x == columns[-1] else 96
                shown = self.fonts.metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)
                painter.drawText(
                    QRectF(x, y, width, LIST_LINE), Qt.AlignmentFlag.AlignVCenter, shown
                )
            y += LIST_LINE
        return y + 10

    def _legend(self, painter: QPainter, scene: TimelineScene, top: float) -> float:
        offset = top - scene.legend_top
        bottom = top
        painter.setFont(self.fonts.normal)
        for kind, text, placed in scene.legend:
            rect = placed.translated(0, offset)
            bottom = max(bottom, rect.bottom())
            swatch = QRectF(rect.left(), rect.center().y() - 7, 24, 14)
            self._legend_swatch(painter, kind, swatch)
            painter.setPen(INK)
            painter.drawText(
                QRectF(swatch.right() + 6, rect.top(), rect.width() - 30, rect.height()),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                text,
            )
        return bottom

    def _legend_swatch(self, painter: QPainter, kind: str, swatch: QRectF) -> None:
        centre = swatch.center()
        sample_phase = Phase.ANALYSE
        if kind.startswith("phase:"):
            phase = Phase(kind.removeprefix("phase:"))
            colour = PHASE_COLOURS[phase]
            painter.setPen(QPen(colour.darker(140), 1))
            painter.setBrush(QBrush(tint(colour, 0.55) if self.print_mode else colour))
            painter.drawRoundedRect(swatch.adjusted(0, 1, 0, -1), 2, 2)
        elif kind == "planned":
            span = PhaseSpan(sample_phase, date.min, None)
            self._bar(
                painter,
                BarGeometry(
                    uuid.UUID(int=0), span, QRectF(swatch.left(), centre.y() - 3, 24, 6), True
                ),
                QRectF(swatch.left(), centre.y() - 3, 24, 6),
            )
        elif kind == "actual":
            colour = PHASE_COLOURS[sample_phase]
            painter.setPen(QPen(colour.darker(140), 1))
            painter.setBrush(QBrush(tint(colour, 0.55) if self.print_mode else colour))
            painter.drawRoundedRect(QRectF(swatch.left(), centre.y() - 6, 24, 12), 2, 2)
        elif kind in ("open", "done", "overdue"):
            rect = QRectF(
                centre.x() - MARKER_SIZE / 2, centre.y() - MARKER_SIZE / 2, MARKER_SIZE, MARKER_SIZE
            )
            colour = OVERDUE if kind == "overdue" else INK
            painter.setPen(QPen(colour, 2.0 if kind == "overdue" else 1.2))
            painter.setBrush(QBrush(colour) if kind == "done" else QBrush(QColor("white")))
            painter.drawPolygon(_diamond(rect))
        elif kind == "moved":
            painter.setPen(QPen(INK, 1.2))
            painter.setBrush(QBrush(QColor("white")))
            painter.drawLine(
                QPointF(swatch.left() + 4, centre.y()), QPointF(swatch.right(), centre.y())
            )
            painter.drawLine(
                QPointF(swatch.right(), centre.y() - 4), QPointF(swatch.right(), centre.y() + 4)
            )
            painter.drawPolygon(_diamond(QRectF(swatch.left(), centre.y() - 4, 8, 8)))
        elif kind == "today":
            painter.setPen(QPen(TODAY, 2, Qt.PenStyle.DashLine))
            painter.drawLine(
                QPointF(centre.x(), swatch.top() - 2), QPointF(centre.x(), swatch.bottom() + 2)
            )


def _diamond(rect: QRectF) -> QPolygonF:
    centre = rect.center()
    return QPolygonF(
        [
            QPointF(centre.x(), rect.top()),
            QPointF(rect.right(), centre.y()),
            QPointF(centre.x(), rect.bottom()),
            QPointF(rect.left(), centre.y()),
        ]
    )


def marker_tooltip(milestone: TimelineMilestone) -> str:
    """Title, planned date, and the actual date or status of a milestone."""
    lines = [
        milestone.title,
        QCoreApplication.translate("TimelineWidget", "Planned: %1").replace(
            "%1", date_text(milestone.planned_on)
        ),
    ]
    if milestone.actual_on is not None:
        lines.append(
            QCoreApplication.translate("TimelineWidget", "Actual: %1").replace(
                "%1", date_text(milestone.actual_on)
            )
        )
    if milestone.overdue:
        lines.append(QCoreApplication.translate("TimelineWidget", "Overdue"))
    elif milestone.done:
        lines.append(QCoreApplication.translate("TimelineWidget", "Done"))
    else:
        lines.append(QCoreApplication.translate("TimelineWidget", "Not done yet"))
    return "\n".join(lines)


def bar_tooltip(bar: BarGeometry) -> str:
    """The phase and its dates."""
    kind = (
        QCoreApplication.translate("TimelineWidget", "Planned")
        if bar.planned
        else QCoreApplication.translate("TimelineWidget", "Actual")
    )
    end = (
        date_text(bar.span.end)
        if bar.span.end is not None
        else QCoreApplication.translate("TimelineWidget", "ongoing")
    )
    return f"{phase_label(bar.span.phase)} ({kind.lower()})\n{date_text(bar.span.start)} – {end}"


class TimelineWidget(QWidget):
    """The painted timeline: one forløb (a lane per phase) or every forløb (a lane each)."""

    engagement_activated = Signal(object)
    """A forløb's lane was double-clicked: its `uuid.UUID`."""

    def __init__(self, parent: QWidget | None = None, *, locale: QLocale | None = None) -> None:
        super().__init__(parent)
        self._rows: list[TimelineRow] = []
        self._today = date.today()
        self._single = False
        self._locale = locale or QLocale()
        self._scene: TimelineScene | None = None
        self.setMouseTracking(False)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.Base)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    # --- data --------------------------------------------------------------------------------

    def set_rows(self, rows: Sequence[TimelineRow], today: date, *, single: bool = False) -> None:
        """Show `rows` on one shared axis; `single` draws the first forløb with a lane per phase."""
        self._rows = list(rows)
        self._today = today
        self._single = single and bool(self._rows)
        self._scene = None
        minimum = self.build(self._minimum_width())
        self.setMinimumSize(int(minimum.width) + 1, int(minimum.height) + 1)
        self.updateGeometry()
        self.update()

    def set_locale(self, locale: QLocale) -> None:
        """Month names in `locale`."""
        self._locale = locale
        self._scene = None
        self.update()

    @property
    def locale_used(self) -> QLocale:
        """The locale of the month names."""
        return self._locale

    @property
    def rows(self) -> list[TimelineRow]:
        """The forløb shown."""
        return list(self._rows)

    @property
    def single(self) -> bool:
        """True when one forløb is shown (a lane per phase)."""
        return self._single

    def build(self, width: float) -> TimelineScene:
        """The scene laid out for `width` pixels."""
        return build_scene(
            self._rows,
            self._today,
            single=self._single,
            width=width,
            fonts=Fonts(self.font()),
            locale=self._locale,
        )

    def scene(self) -> TimelineScene:
        """The scene as currently drawn (built for the widget's width)."""
        if (
            self._scene is None
            or abs(self._scene.width - max(self.width(), self.minimumWidth())) > 0.5
        ):
            self._scene = self.build(max(self.width(), self.minimumWidth()))
        return self._scene

    def marker_rects(self) -> list[MarkerGeometry]:
        """Every milestone marker with its rectangle, as drawn."""
        return self.scene().markers

    def marker_count(self) -> int:
        """How many milestone markers are drawn."""
        return len(self.scene().markers)

    def today_x(self) -> float | None:
        """The x of the "today" line, None when today is outside the axis."""
        return self.scene().today_x

    def x_for(self, day: date) -> float:
        """The x of a date."""
        return self.scene().x_for(day)

    def lane_at(self, y: float) -> Lane | None:
        """The lane under a y coordinate."""
        for lane in self.scene().lanes:
            if lane.rect.top() <= y < lane.rect.bottom():
                return lane
        return None

    def tooltip_at(self, point: QPointF) -> str | None:
        """The tooltip text for a point: a marker, a bar or a lane label."""
        scene = self.scene()
        for marker in reversed(scene.markers):
            if marker.rect.adjusted(-3, -3, 3, 3).contains(point):
                return marker_tooltip(marker.milestone)
        for bar in scene.bars:
            if bar.rect.adjusted(0, -2, 0, 2).contains(point):
                return bar_tooltip(bar)
        lane = self.lane_at(point.y())
        if lane is not None and point.x() < scene.chart.left():
            return lane.tooltip
        return None

    # --- Qt ----------------------------------------------------------------------------------

    def sizeHint(self) -> QSize:
        """The minimum size is also the preferred one; the scroll area widens it."""
        return self.minimumSize()

    def paintEvent(self, event: QPaintEvent) -> None:
        """Paint the scene for the current width."""
        painter = QPainter(self)
        try:
            scene = self.scene()
            drawer = TimelinePainter(Fonts(self.font()))
            drawer.paint(painter, scene, exposed=QRectF(event.rect()))
            drawer.paint_list_and_legend(painter, scene, scene.list_top or scene.legend_top)
        finally:
            painter.end()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """The scene depends on the width."""
        self._scene = None
        super().resizeEvent(event)

    def event(self, event: QEvent) -> bool:
        """Tooltips on markers, bars and lane labels."""
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            text = self.tooltip_at(QPointF(event.pos()))
            if text:
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        """Double-click on a forløb's lane emits `engagement_activated`."""
        lane = self.lane_at(event.position().y())
        if lane is not None:
            self.engagement_activated.emit(lane.engagement_id)
        super().mouseDoubleClickEvent(event)

    def _minimum_width(self) -> float:
        scene = build_scene(
            self._rows,
            self._today,
            single=self._single,
            width=0,
            fonts=Fonts(self.font()),
            locale=self._locale,
        )
        return scene.width
