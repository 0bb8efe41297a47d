"""The timeline's geometry: lanes, bars, markers, axis and legend laid out from the rows."""

from __future__ import annotations

import uuid
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import overload

from PySide6.QtCore import QCoreApplication, QLocale, QRectF
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
)

from taskforce_app.domain.enums import Phase
from taskforce_app.domain.overview import PhaseSpan, TimelineMilestone, TimelineRow
from taskforce_app.ui.kit.labels import phase_label

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
    lanes: Sequence[Lane]
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


def date_range(rows: Sequence[TimelineRow], today: date, single: bool) -> tuple[date, date]:
    """The first and the last month boundary of the axis for `rows`."""
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
    axis: tuple[date, date] | None = None,
) -> TimelineScene:
    """Lay out lanes, bars, markers, axis labels and legend for `width` pixels.

    A lane's bars and markers are laid out when the lane is first read (`LazyLanes`), so a
    scene over a thousand forløb costs the few lanes painted. `axis` is `date_range(rows, ...)`
    when the caller already has it.
    """
    lanes_spec = _lanes_of(rows, single)
    first, last = axis if axis is not None else date_range(rows, today, single)
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

    lanes = LazyLanes(scene, lanes_spec)
    if single:
        lanes.build_all(fonts)
    scene.lanes = lanes

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


class LazyLanes(Sequence[Lane]):
    """The lanes of a scene, each laid out on first access and then kept."""

    def __init__(
        self, scene: TimelineScene, specs: list[tuple[str, str, TimelineRow, Phase | None]]
    ) -> None:
        self._scene = scene
        self._specs = specs
        self._built: list[Lane | None] = [None] * len(specs)
        self._numbers: list[int] = []
        before = 0
        for _label, _tooltip, row, phase in specs:
            self._numbers.append(before)
            if phase is None:
                before += len(row.milestones)
            else:
                before += sum(1 for m in row.milestones if m.phase is phase)

    def __len__(self) -> int:
        return len(self._specs)

    @overload
    def __getitem__(self, index: int) -> Lane: ...

    @overload
    def __getitem__(self, index: slice) -> list[Lane]: ...

    def __getitem__(self, index: int | slice) -> Lane | list[Lane]:
        if isinstance(index, slice):
            return [self._lane(i) for i in range(*index.indices(len(self._specs)))]
        if index < 0:
            index += len(self._specs)
        if not 0 <= index < len(self._specs):
            raise IndexError(index)
        return self._lane(index)

    def __iter__(self) -> Iterator[Lane]:
        return (self._lane(i) for i in range(len(self._specs)))

    def build_all(self, fonts: Fonts) -> None:
        """Lay out every lane now, with number captions (one forløb: a lane per phase)."""
        for position in range(len(self._specs)):
            lane = self._lane(position)
            lane.markers = _captioned(lane.markers, fonts)

    def _lane(self, position: int) -> Lane:
        built = self._built[position]
        if built is None:
            built = _layout_lane(
                self._scene, self._specs[position], position, self._numbers[position]
            )
            self._built[position] = built
        return built


def _layout_lane(
    scene: TimelineScene,
    spec: tuple[str, str, TimelineRow, Phase | None],
    position: int,
    numbered_before: int,
) -> Lane:
    """One lane's bars and markers; its markers are numbered on from `numbered_before`."""
    label, tooltip, row, phase = spec
    shape, today = scene.shape, scene.today
    top = scene.chart.top() + position * shape.height
    origin = scene.chart.left()
    width = scene.chart.width()
    days = max((scene.last - scene.first).days, 1)
    first = scene.first

    def x_for(day: date) -> float:  # as TimelineScene.x_for, without the attribute reads
        return origin + (day - first).days * width / days

    lane = Lane(label, tooltip, QRectF(MARGIN, top, scene.width - 2 * MARGIN, shape.height), row.id)
    for planned, spans in ((True, row.planned_phases), (False, row.actual_phases)):
        for span in spans:
            if phase is not None and span.phase is not phase:
                continue
            end = span.end or (today if not planned else (row.planned_end_date or today))
            left = x_for(span.start)
            right = max(x_for(end + timedelta(days=1)), left + 3)
            rect = (
                QRectF(left, top + shape.planned_top, right - left, 6)
                if planned
                else QRectF(left, top + shape.actual_top, right - left, shape.actual_height)
            )
            lane.bars.append(BarGeometry(row.id, span, rect, planned))
    half = MARKER_SIZE / 2
    for milestone in row.milestones:
        if phase is not None and milestone.phase is not phase:
            continue
        x = x_for(milestone.planned_on)
        rect = QRectF(x - half, top + shape.marker_centre - half, MARKER_SIZE, MARKER_SIZE)
        actual_x = (
            x_for(milestone.actual_on)
            if milestone.actual_on is not None and milestone.actual_on != milestone.planned_on
            else None
        )
        number = numbered_before + len(lane.markers) + 1
        lane.markers.append(MarkerGeometry(row.id, milestone, rect, actual_x, number))
    return lane


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
