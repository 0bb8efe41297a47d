"""The Tidslinje page: every forløb on one axis, or one forløb phase by phase; PDF export."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QLocale, QMarginsF, QRectF, Qt, Signal
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPainter, QPdfWriter
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from taskforce_app import APP_NAME
from taskforce_app.bootstrap import AppContext
from taskforce_app.domain.changes import Changes, Entity
from taskforce_app.domain.overview import TimelineRow
from taskforce_app.ui.kit.labels import date_text
from taskforce_app.ui.kit.lazy_page import RefreshWhenShown
from taskforce_app.ui.kit.page_filters import refill_combo, wide_combo
from taskforce_app.ui.kit.pages import page_heading
from taskforce_app.ui.kit.prompts import Prompts
from taskforce_app.ui.timeline.timeline_painter import TimelinePainter
from taskforce_app.ui.timeline.timeline_scene import MARGIN, SINGLE_SHAPE, Fonts, build_scene
from taskforce_app.ui.timeline.timeline_widget import TimelineWidget

REFRESHING = frozenset({Entity.ENGAGEMENT, Entity.MILESTONE})
PRINT_WIDTH = 1180.0
PRINT_DPI = 1200  # QPdfWriter's resolution; what QPrinter's HighResolution mode used for PDF
PRINT_TITLE_HEIGHT = 44.0


def locale_for(language: str) -> QLocale:
    """Danish month names for "da", English otherwise."""
    if language == "da":
        return QLocale(QLocale.Language.Danish, QLocale.Country.Denmark)
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)


class TimelinePage(QWidget):
    """A forløb picker ("All engagements" or one), the painted timeline and Export to PDF."""

    engagement_activated = Signal(object)
    """A forløb's lane was double-clicked in "all" mode: the forløb's `uuid.UUID`."""

    def __init__(
        self,
        context: AppContext,
        prompts: Prompts,
        parent: QWidget | None = None,
        *,
        language: str = "da",
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._prompts = prompts
        self._today = today
        self._all_rows: list[TimelineRow] = []

        self.engagement_combo = wide_combo(36)
        self.engagement_combo.currentIndexChanged.connect(self._on_choice)
        combo_label = QLabel(self.tr("&Show:"))
        combo_label.setBuddy(self.engagement_combo)
        self.export_button = QPushButton(self.tr("&Export to PDF…"))
        self.export_button.setToolTip(self.tr("Save the timeline as a PDF on A4 landscape"))
        self.export_button.clicked.connect(self.choose_and_export)

        self.timeline = TimelineWidget(locale=locale_for(language))
        self.timeline.engagement_activated.connect(self.engagement_activated.emit)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setWidget(self.timeline)
        self.scroll_area.setBackgroundRole(self.timeline.backgroundRole())

        top = QHBoxLayout()
        top.addWidget(page_heading(self.tr("Timeline")))
        top.addSpacing(24)
        top.addWidget(combo_label)
        top.addWidget(self.engagement_combo)
        top.addStretch(1)
        top.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addLayout(top)
        layout.addWidget(self.scroll_area, 1)
        self.refresher = RefreshWhenShown(self, self.refresh)

    def set_context(self, context: AppContext) -> None:
        """Show another database (after File > Open)."""
        self._context = context
        self.refresher.request()

    def refresh(self) -> None:
        """Read every forløb's phases and milestones again and keep the choice."""
        self._all_rows = self._context.overview.timeline(None, self._today())
        refill_combo(
            self.engagement_combo,
            self.tr("All engagements"),
            (
                (row.label, str(row.id))
                for row in sorted(self._all_rows, key=lambda r: r.label.casefold())
            ),
        )
        self._show_choice()

    def apply_changes(self, changes: Changes) -> None:
        """Refresh when forløb or milestones changed."""
        if changes.entities & REFRESHING:
            self.refresher.request()

    def show_engagement(self, engagement_id: uuid.UUID | None) -> bool:
        """Show one forløb (None: all); False when it is not on the timeline."""
        index = 0 if engagement_id is None else self.engagement_combo.findData(str(engagement_id))
        if index < 0:
            return False
        self.engagement_combo.setCurrentIndex(index)
        return True

    def selected_engagement(self) -> uuid.UUID | None:
        """The forløb shown alone, None for all."""
        value = self.engagement_combo.currentData()
        return uuid.UUID(value) if isinstance(value, str) else None

    def choose_and_export(self) -> Path | None:
        """Ask where to save, then write the PDF; the path written, or None."""
        title = self.tr("Export timeline to PDF")
        file_filter = self.tr("PDF files (*.pdf)")
        target = self._prompts.choose_save_file(title, file_filter, None)
        if target is None:
            return None
        if target.suffix.lower() != ".pdf":
            target = target.with_suffix(".pdf")
        try:
            self.export_pdf(target)
        except OSError as error:
            self._prompts.error(self.tr("Export failed"), str(error))
            return None
        return target

    def export_pdf(self, target: Path) -> int:
        """Write the timeline as shown to `target` on A4 landscape pages; the number of pages."""
        printer = QPdfWriter(str(target))
        printer.setTitle(self.tr("Timeline"))
        printer.setCreator(APP_NAME)
        printer.setResolution(PRINT_DPI)
        printer.setPageLayout(
            QPageLayout(
                QPageSize(QPageSize.PageSizeId.A4),
                QPageLayout.Orientation.Landscape,
                QMarginsF(10, 10, 10, 10),
                QPageLayout.Unit.Millimeter,
            )
        )
        page = QRectF(printer.pageLayout().paintRectPixels(PRINT_DPI))
        scale = page.width() / PRINT_WIDTH
        page_height = page.height() / scale
        fonts = Fonts(self.font())
        scene = build_scene(
            self.timeline.rows,
            self._today(),
            single=self.timeline.single,
            width=PRINT_WIDTH,
            fonts=fonts,
            locale=self.timeline.locale_used,
        )
        if scene.shape is SINGLE_SHAPE:
            needed = PRINT_TITLE_HEIGHT + scene.height
            if needed > page_height:
                scale = page.height() / needed
            chunks = [scene.lanes]
        else:
            tail = scene.height - scene.lanes_bottom(len(scene.lanes))
            room = page_height - PRINT_TITLE_HEIGHT - scene.chart.top() - tail
            per_page = max(int(room // scene.shape.height), 1)
            chunks = [
                scene.lanes[start : start + per_page]
                for start in range(0, len(scene.lanes), per_page)
            ] or [[]]
        drawer = TimelinePainter(fonts, print_mode=True)
        painter = QPainter()
        if not painter.begin(printer):
            raise OSError(self.tr("Cannot write %1").replace("%1", str(target)))
        try:
            for number, lanes in enumerate(chunks, start=1):
                if number > 1:
                    printer.newPage()
                painter.resetTransform()
                painter.scale(scale, scale)
                self._print_title(painter, fonts.bold, number, len(chunks))
                painter.translate(0, PRINT_TITLE_HEIGHT)
                drawer.paint(painter, scene, lanes)
                bottom = scene.lanes_bottom(len(lanes))
                drawer.paint_list_and_legend(
                    painter, scene, bottom + fonts.small_metrics.height() + 14
                )
        finally:
            painter.end()
        return len(chunks)

    def _print_title(self, painter: QPainter, font: QFont, page: int, pages: int) -> None:
        chosen = self.engagement_combo.currentText()
        title = self.tr("Timeline: %1").replace("%1", chosen)
        big = QFont(font)
        big.setPixelSize(18)
        painter.setFont(big)
        painter.setPen(Qt.GlobalColor.black)
        painter.drawText(
            QRectF(MARGIN, 0, PRINT_WIDTH - 2 * MARGIN, 28),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            title,
        )
        painter.setFont(font)
        info = (
            self.tr("Printed %1 — page %2 of %3")
            .replace("%1", date_text(self._today()))
            .replace("%2", str(page))
            .replace("%3", str(pages))
        )
        painter.drawText(
            QRectF(MARGIN, 0, PRINT_WIDTH - 2 * MARGIN, 28),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            info,
        )

    def _on_choice(self, _index: int) -> None:
        self._show_choice()

    def _show_choice(self) -> None:
        chosen = self.selected_engagement()
        if chosen is None:
            self.timeline.set_rows(self._all_rows, self._today())
        else:
            rows = [row for row in self._all_rows if row.id == chosen]
            self.timeline.set_rows(rows, self._today(), single=True)
        self.scroll_area.horizontalScrollBar().setValue(0)
