"""Opfølgning på tværs: every open recommendation across all forløb, overdue first."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
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

        self.municipality_combo = QComboBox()
        self.municipality_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.municipality_combo.setMinimumContentsLength(16)
        self.status_combo = QComboBox()
        self.status_combo.addItem(self.tr("All open"), None)
        for status in OPEN_STATUSES:
            self.status_combo.addItem(recommendation_status_label(status), status.value)
        self.search_edit = QLineEdit()
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setPlaceholderText(self.tr("Search recommendation, owner, finding…"))
        self.count_label = QLabel()
        self.municipality_combo.currentIndexChanged.connect(self._on_municipality)
        self.status_combo.currentIndexChanged.connect(self._on_status)
        self.search_edit.textChanged.connect(self._on_search)

        filters = QHBoxLayout()
        for text, widget in (
            (self.tr("&Municipality:"), self.municipality_combo),
            (self.tr("S&tatus:"), self.status_combo),
            (self.tr("Searc&h:"), self.search_edit),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            filters.addWidget(label)
            filters.addWidget(widget, 1 if widget is self.search_edit else 0)
            filters.addSpacing(6)
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
        self._stale = True

    def set_context(self, context: AppContext) -> None:
        """Show another database."""
        self._context = context
        self._request_refresh()

    def apply_changes(self, changes: Changes) -> None:
        """Refresh when recommendations, findings or forløb changed."""
        if changes.entities & REFRESHING:
            self._request_refresh()

    def showEvent(self, event: QShowEvent) -> None:
        """Bring the list up to date when it comes on screen."""
        if self._stale:
            self._stale = False
            self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        """Read the open recommendations again; keep the filters."""
        self.model.set_views(self._context.recommendations.tracker(self._today()))
        current = self.municipality_combo.currentData()
        self.municipality_combo.blockSignals(True)
        self.municipality_combo.clear()
        self.municipality_combo.addItem(self.tr("All municipalities"), None)
        for name in self.model.municipalities():
            self.municipality_combo.addItem(name, name)
        found = self.municipality_combo.findData(current) if current else 0
        self.municipality_combo.setCurrentIndex(max(found, 0))
        self.municipality_combo.blockSignals(False)
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

    def _request_refresh(self) -> None:
        if self.isVisible():
            self._stale = False
            self.refresh()
        else:
            self._stale = True

    def _on_municipality(self, _index: int) -> None:
        value = self.municipality_combo.currentData()
        self.proxy.set_municipality(value if isinstance(value, str) else None)
        self._update_count()

    def _on_status(self, _index: int) -> None:
        value = self.status_combo.currentData()
        self.proxy.set_status(RecommendationStatus(value) if isinstance(value, str) else None)
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
