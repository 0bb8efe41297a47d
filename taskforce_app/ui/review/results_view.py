"""The results of a forløb's case reviews: tables per requirement and pejlemærke, and a chart."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QSplitter,
    QStackedWidget,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from taskforce_app.bootstrap import AppContext
from taskforce_app.domain.changes import Changes, Entity
from taskforce_app.domain.errors import NotFoundError
from taskforce_app.domain.result_tables import EngagementResults
from taskforce_app.ui.kit.column_fitting import ColumnFit, ColumnFitter
from taskforce_app.ui.kit.fitting_splitter import FittingSplitter
from taskforce_app.ui.kit.palette_colours import follow_palette, muted_style
from taskforce_app.ui.review.results_chart import ResultsChart
from taskforce_app.ui.review.results_models import (
    PejlemaerkeColumn,
    PejlemaerkeResultModel,
    RequirementColumn,
    RequirementResultModel,
)

REFRESHING = frozenset({Entity.REVIEW, Entity.CASE, Entity.ENGAGEMENT})

REQUIREMENT_FITS: dict[int, ColumnFit] = {
    RequirementColumn.CODE: ColumnFit(),
    RequirementColumn.LAW: ColumnFit(wrap=True, weight=1),
    RequirementColumn.PROVISION: ColumnFit(wrap=True, weight=2),
    RequirementColumn.QUESTION: ColumnFit(wrap=True, weight=8),
    RequirementColumn.ANALYSE: ColumnFit(),
    RequirementColumn.STATUS: ColumnFit(),
    RequirementColumn.CHANGE: ColumnFit(wrap=True, weight=2),
    RequirementColumn.NATIONAL: ColumnFit(wrap=True, weight=3),
}
"""The requirement table's columns: which wrap, and who takes the room left."""

PEJLEMAERKE_FITS: dict[int, ColumnFit] = {
    PejlemaerkeColumn.TRACK: ColumnFit(),
    PejlemaerkeColumn.PEJLEMAERKE: ColumnFit(weight=1),
    PejlemaerkeColumn.ANALYSE: ColumnFit(),
    PejlemaerkeColumn.STATUS: ColumnFit(),
    PejlemaerkeColumn.CHANGE: ColumnFit(),
}
"""The pejlemærke table's columns: every text whole (one line a row)."""


def _table(model: RequirementResultModel | PejlemaerkeResultModel) -> QTableView:
    table = QTableView()
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
    table.horizontalHeader().setHighlightSections(False)
    return table


class ResultsView(QWidget):
    """Results of one forløb: x af n (y %) per requirement and pejlemærke, change, barometer."""

    def __init__(
        self, context: AppContext, parent: QWidget | None = None, *, language: str = "da"
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._language = language
        self._engagement_id: uuid.UUID | None = None
        self._stale = False
        self.results: EngagementResults | None = None

        self.title_label = QLabel()
        font = self.title_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.title_label.setFont(font)
        self.rounds_label = QLabel()
        follow_palette(self.rounds_label, muted_style)
        self.note_label = QLabel(
            self.tr(
                "x of n: met in x of the n cases where the requirement could be judged; n leaves "
                "out Not relevant and Cannot be assessed. Quality points count the cases at "
                "Sufficient or Good. Pejlemærke figures pool case-requirement pairs, not cases, so "
                "their intervals are a guide only. Hover a figure for its 95 % interval."
            )
        )
        self.note_label.setWordWrap(True)
        follow_palette(self.note_label, muted_style)

        self.requirement_model = RequirementResultModel(self, language=language)
        self.pejlemaerke_model = PejlemaerkeResultModel(self, language=language)
        self.requirement_table = _table(self.requirement_model)
        # Codes and figures whole; the law, provision, question, change and barometer wrap at
        # spaces in rows that grow, the question taking most of the room: no sideways scroll.
        self.requirement_table.setWordWrap(True)
        self.requirement_table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.requirement_table.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.requirement_columns = ColumnFitter(self.requirement_table, REQUIREMENT_FITS)
        self.pejlemaerke_table = _table(self.pejlemaerke_model)
        self.pejlemaerke_columns = ColumnFitter(self.pejlemaerke_table, PEJLEMAERKE_FITS)
        self.chart = ResultsChart()

        # The pejlemærker take the width their figures need, the chart the rest.
        bottom = FittingSplitter(Qt.Orientation.Horizontal, share=0.6)
        bottom.addWidget(self.pejlemaerke_table)
        bottom.addWidget(self.chart)
        bottom.fit(0, self._pejlemaerke_width)
        bottom.setChildrenCollapsible(False)
        self.bottom_splitter = bottom
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.requirement_table)
        self.splitter.addWidget(bottom)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([440, 300])
        self.splitter.setChildrenCollapsible(False)

        self.empty_label = QLabel(self.tr("Choose an engagement to see its review results."))
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        content = QWidget()
        content_layout = QVBoxLayout(content)
        content_layout.setContentsMargins(0, 0, 0, 0)
        content_layout.addWidget(self.rounds_label)
        content_layout.addWidget(self.note_label)
        content_layout.addWidget(self.splitter, 1)
        self.stack = QStackedWidget()
        self.stack.addWidget(content)
        self.stack.addWidget(self.empty_label)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.title_label)
        layout.addWidget(self.stack, 1)
        self._show(None)

    def _pejlemaerke_width(self) -> int:
        """The pejlemærke table's width with every figure whole."""
        table = self.pejlemaerke_table
        scroll_bar = table.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, table)
        columns = self.pejlemaerke_columns.least_width()
        return columns + scroll_bar + 2 * table.frameWidth() + 2

    def set_context(self, context: AppContext) -> None:
        """Show another database (after File > Open): no forløb is chosen."""
        self._context = context
        self.set_engagement(None)

    def set_engagement(self, engagement_id: uuid.UUID | None) -> None:
        """Show a forløb's results (None: nothing)."""
        self._engagement_id = engagement_id
        self.refresh()

    def apply_changes(self, changes: Changes) -> None:
        """Refresh after answers or rounds changed (now if shown, else when shown)."""
        if self._engagement_id is None or not (changes.entities & REFRESHING):
            return
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        """Catch up on changes made while hidden."""
        if self._stale:
            self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        """Read the results again."""
        self._stale = False
        results = None
        if self._engagement_id is not None:
            try:
                results = self._context.results.for_engagement(self._engagement_id)
            except NotFoundError:
                results = None
        self._show(results)

    def _show(self, results: EngagementResults | None) -> None:
        self.results = results
        if results is None:
            self.title_label.setText(self.tr("Results"))
            self.requirement_model.set_results([])
            self.pejlemaerke_model.set_results([])
            self.chart.set_requirements([])
            self.stack.setCurrentIndex(1)
            return
        self.title_label.setText(self.tr("Results: %1").replace("%1", results.municipality))
        analyse = results.analyse_round
        status = results.statusmaaling_round
        none = self.tr("none yet")
        self.rounds_label.setText(
            self.tr("Analysis: %1 · Status measurement: %2")
            .replace("%1", f"{analyse.name} ({analyse.criteria_set})" if analyse else none)
            .replace("%2", f"{status.name} ({status.criteria_set})" if status else none)
        )
        self.requirement_model.set_results(results.requirements)
        # One law throughout: the provisions name it, its column would only take the room.
        model = self.requirement_model
        laws = {model.line(row).laws for row in range(model.rowCount())} - {()}
        self.requirement_table.setColumnHidden(RequirementColumn.LAW, len(laws) <= 1)
        self.requirement_columns.refit()
        self.pejlemaerke_model.set_results(results.pejlemaerker)
        self.chart.set_requirements(results.requirements)
        self.stack.setCurrentIndex(0)
        if not self.bottom_splitter.user_sized:
            self.bottom_splitter.refit()
