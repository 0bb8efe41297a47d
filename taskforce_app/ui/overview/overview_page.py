"""The Overblik page: every forløb with phase, month, next milestone and health, with filters."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from taskforce_app.bootstrap import AppContext
from taskforce_app.domain.changes import Changes, Entity
from taskforce_app.domain.enums import Health, Phase, Region
from taskforce_app.ui.kit.health_labels import health_label
from taskforce_app.ui.kit.labels import phase_label, region_label
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
from taskforce_app.ui.kit.pages import page_heading
from taskforce_app.ui.kit.prompts import Prompts
from taskforce_app.ui.kit.sorted_tables import sorted_record_table
from taskforce_app.ui.overview.overview_models import (
    OverviewColumn,
    OverviewFilterProxy,
    OverviewTableModel,
    health_icon,
    health_rule_lines,
)

REFRESHING = frozenset({Entity.ENGAGEMENT, Entity.MILESTONE, Entity.TEAM})
RESIZE_ROWS = 100
"""How many rows beyond those in view the column widths are measured from."""


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

        self.region_combo = choice_combo(
            self.tr("All regions"), ((region_label(region), region.value) for region in Region)
        )
        self.consultant_combo = wide_combo(14)
        self.phase_combo = choice_combo(
            self.tr("All phases"), ((phase_label(phase), phase.value) for phase in Phase)
        )
        self.health_combo = QComboBox()
        self.health_combo.addItem(self.tr("Any health"), None)
        for health in (Health.LATE, Health.AT_RISK, Health.ON_TRACK):
            self.health_combo.addItem(health_icon(health), health_label(health), health.value)
        self.search_edit = search_edit(self.tr("Search municipality, milestone, team…"))
        self.clear_button = QPushButton(self.tr("Show &all"))
        self.count_label = QLabel()

        self.region_combo.currentIndexChanged.connect(self._on_region)
        self.consultant_combo.currentIndexChanged.connect(self._on_consultant)
        self.phase_combo.currentIndexChanged.connect(self._on_phase)
        self.health_combo.currentIndexChanged.connect(self._on_health)
        self.search_edit.textChanged.connect(self._on_search)
        self.clear_button.clicked.connect(self.clear_filters)

        self.table = sorted_record_table(self.proxy, OverviewColumn.MUNICIPALITY)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        # Column widths from the rows in view and up to RESIZE_ROWS more, not from every row:
        # measuring 1,000 forløb held the window for most of a refresh at national scale.
        header.setResizeContentsPrecision(RESIZE_ROWS)
        header.setSectionResizeMode(OverviewColumn.NEXT_MILESTONE, QHeaderView.ResizeMode.Stretch)
        self.table.activated.connect(self._on_activated)

        self.rule_label = QLabel()
        self.rule_label.setWordWrap(True)
        self.rule_label.setTextFormat(Qt.TextFormat.PlainText)
        self.rule_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        filters = labelled_row(
            (
                (self.tr("&Region:"), self.region_combo),
                (self.tr("&Consultant:"), self.consultant_combo),
                (self.tr("&Phase:"), self.phase_combo),
                (self.tr("&Health:"), self.health_combo),
                (self.tr("&Search:"), self.search_edit),
            ),
            stretch=self.search_edit,
        )
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
        self.refresher = RefreshWhenShown(self, self.refresh)

    @property
    def context(self) -> AppContext:
        """The services the page reads from."""
        return self._context

    def set_context(self, context: AppContext) -> None:
        """Show another database (after File > Open)."""
        self._context = context
        self.refresher.request()

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
            self.refresher.request()

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
        refill_combo(
            self.consultant_combo,
            self.tr("All consultants"),
            (
                (consultant.label, consultant.initials)
                for consultant in self._context.team.consultants()
            ),
        )
        self.proxy.set_consultant(self.consultant_combo.currentData())

    def _on_region(self, _index: int) -> None:
        self.proxy.set_region(chosen(self.region_combo, Region))
        self._update_count()

    def _on_consultant(self, _index: int) -> None:
        self.proxy.set_consultant(chosen_text(self.consultant_combo))
        self._update_count()

    def _on_phase(self, _index: int) -> None:
        self.proxy.set_phase(chosen(self.phase_combo, Phase))
        self._update_count()

    def _on_health(self, _index: int) -> None:
        self.proxy.set_health(chosen(self.health_combo, Health))
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
