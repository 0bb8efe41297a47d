"""Opfølgning på tværs: every open recommendation across all forløb, overdue first."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from taskforce_app.bootstrap import AppContext
from taskforce_app.domain.changes import Changes, Entity
from taskforce_app.domain.enums import RecommendationStatus
from taskforce_app.ui.findings.prepared_table import id_at, shown_ids
from taskforce_app.ui.findings.recommendation_models import (
    TrackerColumn,
    TrackerFilterProxy,
    TrackerTableModel,
)
from taskforce_app.ui.findings.recommendation_panel import compact_table
from taskforce_app.ui.kit.labels import recommendation_status_label
from taskforce_app.ui.kit.lazy_page import RefreshWhenShown
from taskforce_app.ui.kit.page_filters import (
    choice_combo,
    chosen,
    chosen_text,
    labelled_row,
    refill_combo,
    search_edit,
    wide_combo,
)
from taskforce_app.ui.kit.prompts import Prompts
from taskforce_app.ui.kit.undo import UndoController

REFRESHING = frozenset({Entity.RECOMMENDATION, Entity.FINDING, Entity.ENGAGEMENT})
OPEN_STATUSES = (RecommendationStatus.NOT_STARTED, RecommendationStatus.IN_PROGRESS)


class RecommendationTracker(QWidget):
    """The open recommendations of every forløb; double-click opens the forløb."""

    engagement_activated = Signal(object)
    """A row was double-clicked (or Enter pressed): the forløb's `uuid.UUID`."""

    def __init__(
        self,
        context: AppContext,
        prompts: Prompts,
        undo: UndoController,
        parent: QWidget | None = None,
        *,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(parent)
        self._context, self._prompts, self._undo, self._today = context, prompts, undo, today
        self.model = TrackerTableModel(self, today=today)
        self.proxy = TrackerFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        compact_table(self.table)
        self.table.sortByColumn(TrackerColumn.DAYS, Qt.SortOrder.AscendingOrder)
        self.table.horizontalHeader().setSectionResizeMode(
            TrackerColumn.TEXT, QHeaderView.ResizeMode.Stretch
        )
        self.table.activated.connect(self._on_activated)

        self.municipality_combo = wide_combo(16)
        self.status_combo = choice_combo(
            self.tr("All open"),
            ((recommendation_status_label(status), status.value) for status in OPEN_STATUSES),
        )
        self.search_edit = search_edit(self.tr("Search recommendation, owner, finding…"))
        self.count_label = QLabel()
        self.municipality_combo.currentIndexChanged.connect(self._on_municipality)
        self.status_combo.currentIndexChanged.connect(self._on_status)
        self.search_edit.textChanged.connect(self._on_search)

        filters = labelled_row(
            (
                (self.tr("&Municipality:"), self.municipality_combo),
                (self.tr("S&tatus:"), self.status_combo),
                (self.tr("Searc&h:"), self.search_edit),
            ),
            stretch=self.search_edit,
        )
        filters.addWidget(self.count_label)
        hint = QLabel(
            self.tr(
                "Overdue recommendations come first, in red. Double-click a row to open its "
                "engagement."
            )
        )
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(hint)
        self.refresher = RefreshWhenShown(self, self.refresh)

    def set_context(self, context: AppContext) -> None:
        """Show another database."""
        self._context = context
        self.refresher.request()

    def apply_changes(self, changes: Changes) -> None:
        """Refresh when recommendations, findings or forløb changed."""
        if changes.entities & REFRESHING:
            self.refresher.request()

    def refresh(self) -> None:
        """Read the open recommendations again; keep the filters.

        The table shows no improvement, so no forløb's review results are computed for it.
        """
        views = self._context.recommendations.tracker(self._today(), with_improvement=False)
        self.model.set_views(views)
        refill_combo(
            self.municipality_combo,
            self.tr("All municipalities"),
            ((name, name) for name in self.model.municipalities()),
        )
        self.proxy.set_municipality(self.municipality_combo.currentData())
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        for column in TrackerColumn:
            if column != TrackerColumn.TEXT:
                header.resizeSection(column, min(header.sectionSize(column) + 12, 220))
        header.setSectionResizeMode(TrackerColumn.TEXT, QHeaderView.ResizeMode.Stretch)
        self._update_count()

    def shown_ids(self) -> list[uuid.UUID]:
        """The recommendations shown, top to bottom."""
        return shown_ids(self.proxy)

    def _on_municipality(self, _index: int) -> None:
        self.proxy.set_municipality(chosen_text(self.municipality_combo))
        self._update_count()

    def _on_status(self, _index: int) -> None:
        self.proxy.set_status(chosen(self.status_combo, RecommendationStatus))
        self._update_count()

    def _on_search(self, text: str) -> None:
        self.proxy.set_search(text)
        self._update_count()

    def _update_count(self) -> None:
        today = self._today()
        overdue = sum(
            1
            for item in self.shown_ids()
            if (view := self.model.view(item)) is not None and view.is_overdue(today)
        )
        self.count_label.setText(
            self.tr("%1 open, %2 overdue")
            .replace("%1", str(self.proxy.rowCount()))
            .replace("%2", str(overdue))
        )

    def _on_activated(self, index: QModelIndex | QPersistentModelIndex) -> None:
        item = id_at(self.proxy, index)
        view = self.model.view(item) if item is not None else None
        if view is not None:
            self.engagement_activated.emit(view.engagement_id)
