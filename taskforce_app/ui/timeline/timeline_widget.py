"""The Tidslinje: phases (planned and actual) and milestones of one or every forløb, painted.

Geometry is computed apart from painting (`TimelineScene`), so tests read marker rectangles and
the position of the "today" line, and the PDF export paints the same scene on A4 pages.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QEvent, QLocale, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QHelpEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QResizeEvent,
)
from PySide6.QtWidgets import QToolTip, QWidget

from taskforce_app.domain.overview import TimelineRow
from taskforce_app.ui.timeline.timeline_painter import (
    TimelinePainter,
    bar_tooltip,
    marker_tooltip,
)
from taskforce_app.ui.timeline.timeline_scene import (
    Fonts,
    Lane,
    MarkerGeometry,
    TimelineScene,
    build_scene,
    date_range,
)


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
        self._axis: tuple[date, date] | None = None
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
        self._axis = date_range(self._rows, today, self._single)
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
            axis=self._axis,
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
        scene = self.scene()
        position = math.floor((y - scene.chart.top()) / scene.shape.height)
        if not 0 <= position < len(scene.lanes):
            return None
        lane = scene.lanes[position]  # laid out on first access: only this lane
        return lane if lane.rect.top() <= y < lane.rect.bottom() else None

    def tooltip_at(self, point: QPointF) -> str | None:
        """The tooltip text for a point: a marker, a bar or a lane label."""
        scene = self.scene()
        lane = self.lane_at(point.y())
        if lane is None:  # markers and bars lie inside their lane
            return None
        for marker in reversed(lane.markers):
            if marker.rect.adjusted(-3, -3, 3, 3).contains(point):
                return marker_tooltip(marker.milestone)
        for bar in lane.bars:
            if bar.rect.adjusted(0, -2, 0, 2).contains(point):
                return bar_tooltip(bar)
        if point.x() < scene.chart.left():
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
            axis=self._axis,
        )
        return scene.width
