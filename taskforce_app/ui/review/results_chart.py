"""The results chart: per juridisk requirement, the share met in Analyse, Statusmåling and in
the Børnesagsbarometret figure comparable with it, as grouped bars on a 0–100 % axis."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QColor, QCursor, QFont, QFontMetrics, QPainter, QResizeEvent
from PySide6.QtWidgets import QToolTip, QWidget

from taskforce_app.domain.enums import Track
from taskforce_app.domain.result_lines import requirement_laws
from taskforce_app.domain.result_tables import Figure, RequirementResult

SET_COLOURS = ("#1f4e79", "#6aa84f", "#b7b7b7")


def share_percent(figure: Figure | None) -> float | None:
    """The share (met, or q3–q4) in percent, None without a figure or with n = 0."""
    if figure is None or figure.n == 0:
        return None
    return 100.0 * figure.x / figure.n


LABEL_PADDING = 8
"""Room Qt Charts keeps beside a category label before it elides the label."""

NOT_COMPARABLE_MARK = "*"
"""Marks a requirement whose change is not computed (it differs between the rounds' laws)."""


def short_code(result: RequirementResult) -> str:
    """The requirement's code: the latest law's code ("BL-02")."""
    laws = requirement_laws(result)
    if laws:
        code = next((item.code for item in result.by_law if item.law == laws[-1]), "")
        if code:
            return code
    return result.codes[-1] if result.codes else result.key


def not_compared(result: RequirementResult) -> bool:
    """True when both rounds have a figure but the change is not computed."""
    return result.analyse is not None and result.statusmaaling is not None and not result.comparable


def axis_labels(codes: Sequence[str]) -> tuple[str, list[str]]:
    """A common prefix for the axis title and short labels: ("BL-", ["01", "02", …])."""
    prefixes = {code.rsplit("-", 1)[0] + "-" for code in codes if "-" in code}
    if len(prefixes) == 1 and all("-" in code for code in codes):
        prefix = prefixes.pop()
        return prefix, [code.removeprefix(prefix) for code in codes]
    return "", list(codes)


class ResultsChart(QChartView):
    """Grouped bars per juridisk requirement: Analyse, Statusmåling, Børnesagsbarometret."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(240)
        self._requirements: list[RequirementResult] = []
        self._chart = QChart()
        self._chart.setBackgroundRoundness(0)
        self._chart.setMargins(QMargins(4, 4, 4, 4))
        self._chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self._chart.setTitle(self.tr("Legal requirements: share met (%)"))
        self.setChart(self._chart)
        self.series: QBarSeries | None = None
        self.category_axis: QBarCategoryAxis | None = None

    def set_requirements(self, requirements: Sequence[RequirementResult]) -> None:
        """Draw the juridisk requirements (the quality points have no barometer figure)."""
        self._requirements = [item for item in requirements if item.track is Track.JURIDISK]
        chart = self._chart
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        font = QFont(self.font())
        chart.setTitleFont(font)
        chart.legend().setFont(font)
        sets = [
            QBarSet(self.tr("Analysis")),
            QBarSet(self.tr("Status measurement")),
            QBarSet(self.tr("Børnesagsbarometret")),
        ]
        for bar_set, colour in zip(sets, SET_COLOURS, strict=True):
            bar_set.setColor(QColor(colour))
            bar_set.setBorderColor(QColor(colour))
        for item in self._requirements:
            barometer = item.benchmark.value_pct if item.benchmark is not None else None
            for bar_set, value in zip(
                sets,
                (share_percent(item.analyse), share_percent(item.statusmaaling), barometer),
                strict=True,
            ):
                bar_set.append(0.0 if value is None else value)
        series = QBarSeries()
        series.setBarWidth(0.8)
        for bar_set in sets:
            series.append(bar_set)
        series.hovered.connect(self._on_hovered)
        chart.addSeries(series)
        categories = QBarCategoryAxis()
        prefix, labels = axis_labels([short_code(item) for item in self._requirements])
        marked = [not_compared(item) for item in self._requirements]
        categories.append(
            [
                label + NOT_COMPARABLE_MARK if mark else label
                for label, mark in zip(labels, marked, strict=True)
            ]
        )
        title = (
            self.tr("Requirement %1…").replace("%1", prefix) if prefix else self.tr("Requirement")
        )
        if any(marked):
            title += self.tr(" (* not comparable between the rounds' laws)")
        categories.setTitleText(title)
        small = QFont(font)
        small.setPointSizeF(max(font.pointSizeF() * 0.85, 7.0))
        categories.setTitleFont(small)
        categories.setLabelsFont(small)
        # Qt Charts elides a label long before it touches its neighbour ("01" in 22 px shows
        # "…"): labels stay whole, and turn upright when they would really collide.
        categories.setTruncateLabels(False)
        values = QValueAxis()
        values.setRange(0, 100)
        values.setTickCount(6)
        values.setLabelFormat("%d %%")
        values.setLabelsFont(small)
        chart.addAxis(categories, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(values, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(categories)
        series.attachAxis(values)
        self.series = series
        self.category_axis = categories
        self._turn_labels()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Turn the requirement labels upright when they no longer fit side by side."""
        super().resizeEvent(event)
        self._turn_labels()

    def labels_fit_across(self) -> bool:
        """True when every requirement label fits its category's width written across."""
        axis = self.category_axis
        if axis is None or axis.count() == 0:
            return True
        metrics = QFontMetrics(axis.labelsFont())
        widest = max(metrics.horizontalAdvance(label) for label in axis.categories())
        room = self._chart.plotArea().width() / axis.count()
        if room <= 0:
            room = (self.viewport().width() - 60) / axis.count()
        return widest + LABEL_PADDING <= room

    def _turn_labels(self) -> None:
        axis = self.category_axis
        if axis is None:
            return
        angle = 0 if self.labels_fit_across() else -90
        if axis.labelsAngle() != angle:
            axis.setLabelsAngle(angle)

    def _on_hovered(self, status: bool, index: int, bar_set: QBarSet) -> None:
        if not status or not 0 <= index < len(self._requirements):
            QToolTip.hideText()
            return
        item = self._requirements[index]
        value = bar_set.at(index)
        text = f"{' / '.join(item.codes)}: {item.question}\n{bar_set.label()}: {value:.0f} %"
        if not_compared(item):
            text += f"\n{item.not_comparable_reason}"
        QToolTip.showText(QCursor.pos(), text, self)
