"""Charts of the statusrapport drawn with reportlab graphics: the phase and milestone timeline,
the grouped results bars (Analyse, Statusmåling, Børnesagsbarometret) and the key-figure lines."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.shapes import Drawing, Group, Line, Polygon, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from taskforce_app.domain.enums import Phase
from taskforce_app.domain.overview import PhaseSpan, TimelineRow

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"

PLANNED = colors.HexColor("#b9cde5")
ACTUAL = colors.HexColor("#1f4e79")
DONE = colors.HexColor("#2e7d32")
OVERDUE = colors.HexColor("#c62828")
OPEN = colors.HexColor("#757575")
TODAY = colors.HexColor("#d84315")
GRID = colors.HexColor("#d9d9d9")
SERIES = (colors.HexColor("#9dc3e6"), colors.HexColor("#1f4e79"), colors.HexColor("#ed7d31"))

MONTHS_DA = ("jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec")


def _drawing(width: float, height: float) -> Drawing:
    """A drawing whose default font is the embedded one (never the Type 1 Helvetica)."""
    drawing = Drawing(width, height)
    drawing.initialFontName = FONT  # type: ignore[attr-defined]
    return drawing


def _month_start(day: date) -> date:
    return date(day.year, day.month, 1)


def _next_month(day: date) -> date:
    return date(day.year + day.month // 12, day.month % 12 + 1, 1)


def timeline_drawing(
    row: TimelineRow,
    *,
    today: date,
    width: float,
    phase_names: dict[Phase, str],
    legend: tuple[str, str, str, str, str, str],
) -> Drawing:
    """Planned and actual bars per phase, milestone markers and a today line.

    Args:
        row: the forløb's timeline.
        today: where the today line goes (left out when outside the period).
        width: the drawing's width in points.
        phase_names: the phases' display names.
        legend: labels for planned, actual, milestone done, overdue, open, and today.
    """
    phases = [
        phase
        for phase in Phase
        if any(span.phase is phase for span in (*row.planned_phases, *row.actual_phases))
        or any(item.phase is phase for item in row.milestones)
    ]
    dates = [
        day
        for day in (
            row.start_date,
            row.planned_end_date,
            *(span.start for span in (*row.planned_phases, *row.actual_phases)),
            *(span.end for span in (*row.planned_phases, *row.actual_phases)),
            *(item.planned_on for item in row.milestones),
            *(item.actual_on for item in row.milestones),
        )
        if day is not None
    ]
    row_height = 20.0
    label_width = 92.0
    top_axis = 22.0
    legend_height = 26.0
    height = top_axis + row_height * max(1, len(phases)) + legend_height + 6
    drawing = _drawing(width, height)
    if not dates:
        return drawing
    first = _month_start(min(dates))
    last = _next_month(max(max(dates), today if first <= today else first))
    if row.planned_end_date is not None and today > row.planned_end_date:
        last = _next_month(max(max(dates), row.planned_end_date))
    span_days = max(1, (last - first).days)
    x0, x1 = label_width, width - 6
    plot_top = height - top_axis
    plot_bottom = plot_top - row_height * len(phases)

    def x(day: date) -> float:
        clamped = min(max(day, first), last)
        return x0 + (x1 - x0) * (clamped - first).days / span_days

    month = first
    index = 0
    months = (last.year - first.year) * 12 + last.month - first.month
    step = 1 if months <= 12 else 3 if months <= 36 else 6
    while month <= last:
        if index % step == 0:
            px = x(month)
            drawing.add(Line(px, plot_bottom, px, plot_top, strokeColor=GRID, strokeWidth=0.5))
            if month < last:
                label = f"{MONTHS_DA[month.month - 1]} {month.year % 100:02d}"
                drawing.add(String(px + 1.5, plot_top + 4, label, fontName=FONT, fontSize=6.5))
        month = _next_month(month)
        index += 1
    for position, phase in enumerate(phases):
        top = plot_top - position * row_height
        if position % 2 == 0:
            drawing.add(_rect(0, top - row_height, width, row_height, colors.HexColor("#f5f7fa")))
        drawing.add(
            String(
                4,
                top - row_height / 2 - 3,
                phase_names.get(phase, phase.value),
                fontName=FONT,
                fontSize=7.5,
            )
        )
        for span in row.planned_phases:
            if span.phase is phase:
                _bar(drawing, span, x, top - 8, 6, PLANNED, last)
        for span in row.actual_phases:
            if span.phase is phase:
                _bar(drawing, span, x, top - 15, 6, ACTUAL, min(today, last))
    drawing.add(Line(x0, plot_bottom, x0, plot_top, strokeColor=GRID, strokeWidth=0.8))
    for item in row.milestones:
        if item.phase not in phases:
            continue
        top = plot_top - phases.index(item.phase) * row_height
        day = item.actual_on if item.done and item.actual_on else item.planned_on
        colour = DONE if item.done else OVERDUE if item.overdue else OPEN
        _diamond(drawing, x(day), top - row_height / 2, 3.6, colour, filled=item.done)
    if first <= today <= last:
        tx = x(today)
        drawing.add(
            Line(
                tx,
                plot_bottom - 2,
                tx,
                plot_top + 2,
                strokeColor=TODAY,
                strokeWidth=1.2,
                strokeDashArray=[3, 2],
            )
        )
        drawing.add(
            String(
                tx + 2,
                plot_bottom - 9,
                legend[5],
                fontName=FONT_BOLD,
                fontSize=6.5,
                fillColor=TODAY,
            )
        )
    _timeline_legend(drawing, legend, plot_bottom - 24)
    return drawing


def _bar(
    drawing: Drawing,
    span: PhaseSpan,
    x: Callable[[date], float],
    y: float,
    height: float,
    colour: colors.Color,
    open_end: date,
) -> None:
    end = span.end if span.end is not None else max(open_end, span.start)
    left, right = x(span.start), x(end)
    drawing.add(_rect(left, y, max(1.5, right - left), height, colour))


def _rect(x: float, y: float, width: float, height: float, colour: colors.Color) -> Rect:
    """A filled rectangle without an outline."""
    shape = Rect(x, y, width, height)
    shape.fillColor = colour
    shape.strokeColor = None
    return shape


def _diamond(
    drawing: Drawing, cx: float, cy: float, r: float, colour: colors.Color, *, filled: bool
) -> None:
    drawing.add(
        Polygon(
            [cx, cy + r, cx + r, cy, cx, cy - r, cx - r, cy],
            fillColor=colour if filled else colors.white,
            strokeColor=colour,
            strokeWidth=1,
        )
    )


def _timeline_legend(
    drawing: Drawing, labels: tuple[str, str, str, str, str, str], y: float
) -> None:
    cursor = 4.0
    for label, colour in ((labels[0], PLANNED), (labels[1], ACTUAL)):
        drawing.add(_rect(cursor, y, 14, 6, colour))
        drawing.add(String(cursor + 18, y, label, fontName=FONT, fontSize=7))
        cursor += 30 + stringWidth(label, FONT, 7)
    for label, colour, filled in (
        (labels[2], DONE, True),
        (labels[3], OVERDUE, False),
        (labels[4], OPEN, False),
    ):
        _diamond(drawing, cursor + 4, y + 3, 3.6, colour, filled=filled)
        drawing.add(String(cursor + 11, y, label, fontName=FONT, fontSize=7))
        cursor += 22 + stringWidth(label, FONT, 7)
    drawing.add(
        Line(
            cursor, y - 1, cursor, y + 8, strokeColor=TODAY, strokeWidth=1.2, strokeDashArray=[3, 2]
        )
    )
    drawing.add(String(cursor + 4, y, labels[5], fontName=FONT, fontSize=7))


def results_chart(
    categories: Sequence[str],
    series: Sequence[Sequence[float | None]],
    names: Sequence[str],
    *,
    width: float,
    height: float = 190,
) -> Drawing:
    """Grouped vertical bars in percent (0–100): one group per requirement, one bar per series.

    Args:
        categories: the group labels (the requirements' numbers in the table).
        series: one list of percentages per series (None leaves a gap).
        names: the series' names for the legend.
        width: the drawing's width in points.
        height: the drawing's height in points.
    """
    drawing = _drawing(width, height)
    chart = VerticalBarChart()
    chart.x, chart.y = 30, 34
    chart.width, chart.height = int(width - 40), int(height - 44)
    chart.data = [list(values) for values in series]
    _style_axes(chart, list(categories))
    chart.categoryAxis.labels.dy = -2
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = 100
    chart.valueAxis.valueStep = 20
    chart.valueAxis.labelTextFormat = "%d %%"
    chart.groupSpacing = 4
    chart.barSpacing = 1
    for index, colour in enumerate(SERIES[: len(series)]):
        chart.bars[index].fillColor = colour
        chart.bars[index].strokeColor = None
    drawing.add(chart)
    drawing.add(_legend(names, SERIES, x=30, y=4))
    return drawing


def key_figure_chart(
    periods: Sequence[str],
    series: Sequence[Sequence[float | None]],
    names: Sequence[str],
    *,
    width: float,
    height: float = 150,
) -> Drawing:
    """Lines over the periods: the municipality against the country.

    Args:
        periods: the x-axis labels.
        series: one list of values per line (None leaves a gap).
        names: the lines' names for the legend.
        width: the drawing's width in points.
        height: the drawing's height in points.
    """
    drawing = _drawing(width, height)
    chart = HorizontalLineChart()
    chart.x, chart.y = 42, 32
    chart.width, chart.height = int(width - 54), int(height - 40)
    # A line without a single value (e.g. one year, the country's figure suppressed) makes
    # reportlab fail on an empty polyline: it is left out, the other lines keep their colours.
    drawn = [index for index, values in enumerate(series) if any(v is not None for v in values)]
    chart.data = [list(series[index]) for index in drawn]
    _style_axes(chart, list(periods))
    known = [value for values in series for value in values if value is not None]
    top = max(known, default=1.0)
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = _nice_ceiling(top * 1.1)
    chart.valueAxis.labelTextFormat = _axis_format
    chart.joinedLines = True
    colours = (SERIES[1], SERIES[2])
    for line, index in enumerate(drawn):
        if index < len(colours):
            chart.lines[line].strokeColor = colours[index]
            chart.lines[line].strokeWidth = 1.6
    if drawn:
        drawing.add(chart)
    drawing.add(_legend(names, (SERIES[1], SERIES[2]), x=42, y=4))
    return drawing


def _style_axes(chart: VerticalBarChart | HorizontalLineChart, categories: list[str]) -> None:
    """Name the categories and set both axes' labels and the value grid in the charts' look."""
    chart.categoryAxis.categoryNames = categories
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = 7
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = GRID
    chart.valueAxis.gridStrokeWidth = 0.4


def _axis_format(value: float) -> str:
    text = f"{value:,.0f}" if value >= 10 or value == int(value) else f"{value:.1f}"
    return text.replace(",", "X").replace(".", ",").replace("X", ".")


def _nice_ceiling(value: float) -> float:
    if value <= 0:
        return 1.0
    magnitude = float(10 ** (len(str(int(value))) - 1))
    for factor in (1.0, 2.0, 2.5, 5.0, 10.0):
        if factor * magnitude >= value:
            return factor * magnitude
    return 10.0 * magnitude


def _legend(names: Sequence[str], palette: Sequence[colors.Color], *, x: float, y: float) -> Group:
    """Swatches and names in a row, spaced by the names' real widths."""
    group = Group()
    cursor = x
    for name, colour in zip(names, palette, strict=False):
        group.add(_rect(cursor, y, 9, 7, colour))
        group.add(String(cursor + 12, y + 0.5, name, fontName=FONT, fontSize=7))
        cursor += 12 + stringWidth(name, FONT, 7) + 14
    return group
