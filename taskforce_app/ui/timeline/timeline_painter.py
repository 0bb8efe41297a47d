"""Painting a laid-out timeline scene with QPainter, and the tooltips of its bars and markers."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QPainter,
    QPen,
    QPolygonF,
)

from taskforce_app.domain.enums import Phase
from taskforce_app.domain.overview import PhaseSpan, TimelineMilestone
from taskforce_app.ui.kit.labels import date_text, phase_label
from taskforce_app.ui.timeline.timeline_scene import (
    GRID,
    GRID_YEAR,
    INK,
    LIST_LINE,
    MARGIN,
    MARKER_SIZE,
    MUTED,
    OVERDUE,
    PHASE_COLOURS,
    TODAY,
    BarGeometry,
    Fonts,
    Lane,
    MarkerGeometry,
    TimelineScene,
    tint,
)


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
