"""The Mine frister page: a consultant's deadlines (by default the one working), overdue first."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from taskforce_app.bootstrap import AppContext
from taskforce_app.domain.changes import Changes, Entity
from taskforce_app.domain.errors import NotFoundError
from taskforce_app.ui.deadlines.deadlines_models import (
    DeadlineColumn,
    DeadlineSortProxy,
    DeadlineTableModel,
)
from taskforce_app.ui.kit.page_filters import wide_combo
from taskforce_app.ui.kit.pages import page_heading
from taskforce_app.ui.kit.prompts import Prompts
from taskforce_app.ui.kit.settings import MAX_DEADLINE_DAYS, UiSettings
from taskforce_app.ui.kit.sorted_tables import sorted_record_table

REFRESHING = frozenset({Entity.ENGAGEMENT, Entity.MILESTONE, Entity.TEAM, Entity.RECOMMENDATION})


class DeadlinesPage(QWidget):
    """Whose deadlines (a filter, by default the consultant working in the program; choosing
    another here does not change who is working), how far ahead, and the table."""

    engagement_activated = Signal(object)
    """A deadline was double-clicked (or Enter pressed): its forløb's `uuid.UUID`."""

    def __init__(
        self,
        context: AppContext,
        prompts: Prompts,
        parent: QWidget | None = None,
        *,
        settings: UiSettings | None = None,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._prompts = prompts
        self._settings = settings if settings is not None else UiSettings()
        self._today = today
        self.model = DeadlineTableModel(self)
        self.proxy = DeadlineSortProxy(self)
        self.proxy.setSourceModel(self.model)

        self.consultant_combo = wide_combo(24)
        self.days_spin = QSpinBox()
        self.days_spin.setRange(1, MAX_DEADLINE_DAYS)
        self.days_spin.setValue(self._settings.deadline_days)
        self.days_spin.setSuffix(self.tr(" days"))
        consultant_label = QLabel(self.tr("&Consultant:"))
        consultant_label.setBuddy(self.consultant_combo)
        days_label = QLabel(self.tr("&Look ahead:"))
        days_label.setBuddy(self.days_spin)
        self.count_label = QLabel()

        self.table = sorted_record_table(self.proxy, DeadlineColumn.DUE)
        self.table.activated.connect(self._on_activated)

        self.empty_label = QLabel()
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        font = self.empty_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.empty_label.setFont(font)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty_label)

        top = QHBoxLayout()
        top.addWidget(page_heading(self.tr("My deadlines")))
        top.addSpacing(24)
        top.addWidget(consultant_label)
        top.addWidget(self.consultant_combo)
        top.addSpacing(12)
        top.addWidget(days_label)
        top.addWidget(self.days_spin)
        top.addStretch(1)
        top.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addLayout(top)
        layout.addWidget(self.stack, 1)

        self.consultant_combo.currentIndexChanged.connect(self._on_consultant)
        self.days_spin.valueChanged.connect(self._on_days)
        self._consultants_stale = True
        self._stale = True
        self._followed: str | None = None

    @property
    def initials(self) -> str | None:
        """The chosen consultant's initials, None until chosen."""
        value = self.consultant_combo.currentData()
        return value if isinstance(value, str) and value else None

    @property
    def days(self) -> int:
        """How many days ahead the table looks."""
        return self.days_spin.value()

    def set_context(self, context: AppContext) -> None:
        """Show another database (after File > Open)."""
        self._context = context
        self._followed = None
        self.consultant_combo.blockSignals(True)
        self.consultant_combo.clear()
        self.consultant_combo.blockSignals(False)
        self._consultants_stale = True
        self._request_refresh()

    def set_consultant(self, initials: str | None) -> bool:
        """Show the deadlines of the consultant with `initials` (None: nobody); False if
        unknown. Who is working does not change."""
        self._ensure_consultants()
        index = 0 if not initials else self.consultant_combo.findData(initials)
        if index < 0:
            return False
        self.consultant_combo.setCurrentIndex(index)
        return True

    def _ensure_consultants(self) -> None:
        if self._consultants_stale:
            self._consultants_stale = False
            self._fill_consultants()

    def _request_refresh(self) -> None:
        """Refresh now if shown, else on the next show (pages not on screen cost nothing)."""
        if self.isVisible():
            self._ensure_consultants()
            self._stale = False
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        """Bring the page up to date when it comes on screen."""
        self._ensure_consultants()
        if self._stale:
            self._stale = False
            self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        """Read the deadlines again."""
        initials = self.initials
        deadlines = []
        if initials is not None:
            try:
                deadlines = self._context.overview.deadlines(
                    initials, days=self.days, today=self._today()
                )
            except NotFoundError:
                initials = None
        self.model.set_deadlines(deadlines)
        self.table.resizeColumnsToContents()
        overdue = sum(1 for item in deadlines if item.overdue)
        if initials is None:
            self.empty_label.setText(self.tr("Choose a consultant above to see their deadlines."))
            self.stack.setCurrentWidget(self.empty_label)
            self.count_label.clear()
        elif not deadlines:
            self.empty_label.setText(
                self.tr("No deadlines in the next %1 days.").replace("%1", str(self.days))
            )
            self.stack.setCurrentWidget(self.empty_label)
            self.count_label.clear()
        else:
            self.stack.setCurrentWidget(self.table)
            self.count_label.setText(
                self.tr("%1 deadlines, %2 overdue")
                .replace("%1", str(len(deadlines)))
                .replace("%2", str(overdue))
            )

    def apply_changes(self, changes: Changes) -> None:
        """Refresh when milestones, recommendations, forløb or teams changed."""
        if changes.touches(Entity.TEAM):
            self._fill_consultants()
        if changes.entities & REFRESHING:
            self._request_refresh()

    def _fill_consultants(self) -> None:
        current = self._context.team.current_consultant()
        working = current.initials if current is not None else None
        chosen = self.initials
        # The filter follows who is working until another consultant is chosen here.
        wanted = working if chosen is None or chosen == self._followed else chosen
        self._followed = working
        self.consultant_combo.blockSignals(True)
        try:
            self.consultant_combo.clear()
            self.consultant_combo.addItem(self.tr("— choose a consultant —"), "")
            for consultant in self._context.team.consultants():
                self.consultant_combo.addItem(consultant.label, consultant.initials)
            index = self.consultant_combo.findData(wanted) if wanted else 0
            self.consultant_combo.setCurrentIndex(max(index, 0))
        finally:
            self.consultant_combo.blockSignals(False)

    def _on_consultant(self, _index: int) -> None:
        self.refresh()

    def _on_days(self, value: int) -> None:
        self._settings.deadline_days = value
        self.refresh()

    def _on_activated(self, index: QModelIndex | QPersistentModelIndex) -> None:
        engagement_id = self.proxy.engagement_id(index)
        if engagement_id is not None:
            self.engagement_activated.emit(engagement_id)
