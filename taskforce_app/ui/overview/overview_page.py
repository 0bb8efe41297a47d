"""The Overblik page: every forløb with phase, month, next milestone and health, with filters."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from taskforce_app.bootstrap import AppContext
from taskforce_app.domain.changes import Changes, Entity
from taskforce_app.domain.enums import Health, Phase, Region
from taskforce_app.ui.kit.labels import phase_label, region_label
from taskforce_app.ui.kit.pages import page_heading
from taskforce_app.ui.kit.prompts import Prompts
from taskforce_app.ui.overview.overview_models import (
    OverviewColumn,
    OverviewFilterProxy,
    OverviewTableModel,
    health_icon,
    health_label,
    health_rule_lines,
)

REFRESHING = frozenset({Entity.ENGAGEMENT, Entity.MILESTONE, Entity.TEAM})


class OverviewPage(QWidget):
    """Filters, the forløb table and the health rule; double-click opens a forløb."""

    engagement_activated = Signal(object)
    """A row was double-clicked (or Enter pressed): the forløb's `uuid.UUID`."""

    def __init__(
        self,
        context: AppContext,
        prompts: Prompts,
        parent: QWidget | None = None,
        *,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._prompts = prompts
        self._today = today
        self.model = OverviewTableModel(self, rule=context.overview.rule)
        self.proxy = OverviewFilterProxy(self)
        self.proxy.setSourceModel(self.model)

        self.region_combo = QComboBox()
        self.region_combo.addItem(self.tr("All regions"), None)
        for region in Region:
            self.region_combo.addItem(region_label(region), region.value)
        self.consultant_combo = QComboBox()
        self.consultant_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.consultant_combo.setMinimumContentsLength(14)
        self.phase_combo = QComboBox()
        self.phase_combo.addItem(self.tr("All phases"), None)
        for phase in Phase:
            self.phase_combo.addItem(phase_label(phase), phase.value)
        self.health_combo = QComboBox()
        self.health_combo.addItem(self.tr("Any health"), None)
        for health in (Health.LATE, Health.AT_RISK, Health.ON_TRACK):
            self.health_combo.addItem(health_icon(health), health_label(health), health.value)
        self.search_edit = QLineEdit()
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setPlaceholderText(self.tr("Search municipality, milestone, team…"))
        self.clear_button = QPushButton(self.tr("Show &all"))
        self.count_label = QLabel()

        self.region_combo.currentIndexChanged.connect(self._on_region)
        self.consultant_combo.currentIndexChanged.connect(self._on_consultant)
        self.phase_combo.currentIndexChanged.connect(self._on_phase)
        self.health_combo.currentIndexChanged.connect(self._on_health)
        self.search_edit.textChanged.connect(self._on_search)
        self.clear_button.clicked.connect(self.clear_filters)

        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(OverviewColumn.MUNICIPALITY, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(OverviewColumn.NEXT_MILESTONE, QHeaderView.ResizeMode.Stretch)
        self.table.activated.connect(self._on_activated)

        self.rule_label = QLabel()
        self.rule_label.setWordWrap(True)
        self.rule_label.setTextFormat(Qt.TextFormat.PlainText)
        self.rule_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        filters = QHBoxLayout()
        for label_text, widget in (
            (self.tr("&Region:"), self.region_combo),
            (self.tr("&Consultant:"), self.consultant_combo),
            (self.tr("&Phase:"), self.phase_combo),
            (self.tr("&Health:"), self.health_combo),
            (self.tr("&Search:"), self.search_edit),
        ):
            label = QLabel(label_text)
            label.setBuddy(widget)
            filters.addWidget(label)
            filters.addWidget(widget, 1 if widget is self.search_edit else 0)
            filters.addSpacing(6)
        filters.addWidget(self.clear_button)

        title_row = QHBoxLayout()
        title_row.addWidget(page_heading(self.tr("Overview")))
        title_row.addStretch(1)
        title_row.addWidget(self.count_label)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addLayout(title_row)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.rule_label)
        self._stale = True

    @property
    def context(self) -> AppContext:
        """The services the page reads from."""
        return self._context

    def set_context(self, context: AppContext) -> None:
        """Show another database (after File > Open)."""
        self._context = context
        self._request_refresh()

    def _request_refresh(self) -> None:
        """Refresh now if shown, else on the next show (pages not on screen cost nothing)."""
        if self.isVisible():
            self._stale = False
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        """Bring the page up to date when it comes on screen."""
        if self._stale:
            self._stale = False
            self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        """Read every forløb again from the service and keep the filters."""
        rule = self._context.overview.rule
        self.model.set_overview(self._context.overview.rows(self._today()), rule)
        self._fill_consultants()
        lines = health_rule_lines(rule)
        self.rule_label.setText("\n".join([self.tr("Health rule:"), *lines]))
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        for column in OverviewColumn:
            if column != OverviewColumn.NEXT_MILESTONE:
                header.resizeSection(column, min(header.sectionSize(column) + 12, 260))
        self._update_count()

    def apply_changes(self, changes: Changes) -> None:
        """Refresh when forløb, milestones or teams changed."""
        if changes.entities & REFRESHING:
            self._request_refresh()

    def clear_filters(self) -> None:
        """Reset every filter and the search box."""
        for combo in (
            self.region_combo,
            self.consultant_combo,
            self.phase_combo,
            self.health_combo,
        ):
            combo.setCurrentIndex(0)
        self.search_edit.clear()

    def shown_ids(self) -> list[uuid.UUID]:
        """The forløb the table shows, top to bottom."""
        found = []
        for row in range(self.proxy.rowCount()):
            engagement_id = self.proxy.engagement_id(self.proxy.index(row, 0))
            if engagement_id is not None:
                found.append(engagement_id)
        return found

    def _fill_consultants(self) -> None:
        current = self.consultant_combo.currentData()
        self.consultant_combo.blockSignals(True)
        try:
            self.consultant_combo.clear()
            self.consultant_combo.addItem(self.tr("All consultants"), None)
            for consultant in self._context.team.consultants():
                self.consultant_combo.addItem(consultant.label, consultant.initials)
            found = self.consultant_combo.findData(current) if current else 0
            self.consultant_combo.setCurrentIndex(max(found, 0))
        finally:
            self.consultant_combo.blockSignals(False)
        self.proxy.set_consultant(self.consultant_combo.currentData())

    def _on_region(self, _index: int) -> None:
        value = self.region_combo.currentData()
        self.proxy.set_region(Region(value) if isinstance(value, str) else None)
        self._update_count()

    def _on_consultant(self, _index: int) -> None:
        value = self.consultant_combo.currentData()
        self.proxy.set_consultant(value if isinstance(value, str) else None)
        self._update_count()

    def _on_phase(self, _index: int) -> None:
        value = self.phase_combo.currentData()
        self.proxy.set_phase(Phase(value) if isinstance(value, str) else None)
        self._update_count()

    def _on_health(self, _index: int) -> None:
        value = self.health_combo.currentData()
        self.proxy.set_health(Health(value) if isinstance(value, str) else None)
        self._update_count()

    def _on_search(self, text: str) -> None:
        self.proxy.set_search(text)
        self._update_count()

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.count_label.setText(
            self.tr("%1 of %2 engagements").replace("%1", str(shown)).replace("%2", str(total))
        )

    def _on_activated(self, index: QModelIndex | QPersistentModelIndex) -> None:
        engagement_id = self.proxy.engagement_id(index)
        if engagement_id is not None:
            self.engagement_activated.emit(engagement_id)
