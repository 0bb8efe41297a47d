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
    QTableView,
    QVBoxLayout,
    QWidget,
)

from taskforce_app.bootstrap import AppContext
from taskforce_app.domain.changes import Changes, Entity
from taskforce_app.domain.errors import NotFoundError
from taskforce_app.domain.result_tables import EngagementResults
from taskforce_app.ui.review.results_chart import ResultsChart
from taskforce_app.ui.review.results_models import (
    PejlemaerkeColumn,
    PejlemaerkeResultModel,
    RequirementColumn,
    RequirementResultModel,
)

REFRESHING = frozenset({Entity.REVIEW, Entity.CASE, Entity.ENGAGEMENT})


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
        self.rounds_label.setStyleSheet("color: #555;")
        self.note_label = QLabel(
            self.tr(
                "x of n: met in x of the n cases where the requirement could be judged; n leaves "
                "out Not relevant and Cannot be assessed. Quality points count the cases at "
                "Sufficient or Good. Pejlemærke figures pool case-requirement pairs, not cases, so "
                "their intervals are a guide only. Hover a figure for its 95 % interval."
            )
        )
        self.note_label.setWordWrap(True)
        self.note_label.setStyleSheet("color: #444;")

        self.requirement_model = RequirementResultModel(self, language=language)
        self.pejlemaerke_model = PejlemaerkeResultModel(self, language=language)
        self.requirement_table = _table(self.requirement_model)
        header = self.requirement_table.horizontalHeader()
        header.setSectionResizeMode(RequirementColumn.QUESTION, QHeaderView.ResizeMode.Stretch)
        fixed = (
            RequirementColumn.QUESTION,
            RequirementColumn.PROVISION,
            RequirementColumn.CHANGE,
            RequirementColumn.NATIONAL,
        )
        for column in RequirementColumn:
            if column not in fixed:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        metrics = self.fontMetrics()
        header.resizeSection(
            RequirementColumn.PROVISION,
            metrics.horizontalAdvance("Forvaltningsloven §§ 22–24") + 16,
        )
        # A change that is not computed shows its reason in the row, and a barometer figure
        # its year, coverage and law: both wrap in columns of fixed width; the rows grow.
        header.resizeSection(RequirementColumn.CHANGE, metrics.horizontalAdvance("x" * 30))
        header.resizeSection(RequirementColumn.NATIONAL, metrics.horizontalAdvance("x" * 34))
        self.requirement_table.setWordWrap(True)
        self.requirement_table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.requirement_table.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.pejlemaerke_table = _table(self.pejlemaerke_model)
        pejle_header = self.pejlemaerke_table.horizontalHeader()
        for pejle_column in PejlemaerkeColumn:
            pejle_header.setSectionResizeMode(pejle_column, QHeaderView.ResizeMode.ResizeToContents)
        pejle_header.setStretchLastSection(True)
        self.chart = ResultsChart()

        bottom = QSplitter(Qt.Orientation.Horizontal)
        bottom.addWidget(self.pejlemaerke_table)
        bottom.addWidget(self.chart)
        bottom.setStretchFactor(0, 1)
        bottom.setStretchFactor(1, 1)
        bottom.setSizes([600, 660])
        bottom.setChildrenCollapsible(False)
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
        self.pejlemaerke_model.set_results(results.pejlemaerker)
        self.chart.set_requirements(results.requirements)
        self.stack.setCurrentIndex(0)
