"""The tabs of the forløb editor: its details, then the plan, team, phases, history and key
figures of the forløb shown. Its texts are the editor's (translation context EngagementEditor)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from taskforce_app.bootstrap import AppContext
from taskforce_app.domain.engagements import EngagementDetail
from taskforce_app.ui.engagements.history_panel import HistoryPanel
from taskforce_app.ui.engagements.milestones_panel import MilestonesPanel
from taskforce_app.ui.engagements.team_panel import PhasesPanel, TeamPanel
from taskforce_app.ui.kit.edit_dialogs import EditDialogs
from taskforce_app.ui.kit.prompts import Prompts
from taskforce_app.ui.kit.undo import UndoController

if TYPE_CHECKING:
    from taskforce_app.ui.kit.key_figures_panel import KeyFiguresPanel


class EngagementTabs(QTabWidget):
    """The details page given, and one tab per part of the forløb; those are enabled only while a
    stored forløb is shown. Key figures draw charts (QtCharts): that tab is filled when first
    opened."""

    def __init__(
        self,
        details: QWidget,
        context: AppContext,
        prompts: Prompts,
        undo: UndoController,
        dialogs: Callable[[], EditDialogs],
        *,
        language: str,
        today: Callable[[], date],
    ) -> None:
        super().__init__()
        self._context, self._language = context, language
        self._detail: EngagementDetail | None = None
        self.setDocumentMode(True)
        self.plan_panel = MilestonesPanel(
            context, undo, prompts, dialogs, language=language, today=today
        )
        self.team_panel = TeamPanel(context, undo, prompts, language=language)
        self.phases_panel = PhasesPanel(
            context, undo, prompts, dialogs, language=language, today=today
        )
        self.history_panel = HistoryPanel(context, undo, prompts, language=language)
        self.key_figures_holder = QWidget()
        QVBoxLayout(self.key_figures_holder).setContentsMargins(0, 0, 0, 0)
        self.key_figures_panel: KeyFiguresPanel | None = None
        self.details_tab = self.addTab(
            details, QCoreApplication.translate("EngagementEditor", "&Details")
        )
        self.plan_tab = self.addTab(
            self.plan_panel, QCoreApplication.translate("EngagementEditor", "P&lan")
        )
        self.team_tab = self.addTab(
            self.team_panel, QCoreApplication.translate("EngagementEditor", "T&eam")
        )
        self.phases_tab = self.addTab(
            self.phases_panel, QCoreApplication.translate("EngagementEditor", "P&hases")
        )
        self.history_tab = self.addTab(
            self.history_panel, QCoreApplication.translate("EngagementEditor", "Hi&story")
        )
        self.key_figures_tab = self.addTab(
            self.key_figures_holder, QCoreApplication.translate("EngagementEditor", "&Key figures")
        )
        self.currentChanged.connect(self._on_tab)

    def set_context(self, context: AppContext) -> None:
        """Use another open database."""
        self._context = context
        for panel in (self.plan_panel, self.team_panel, self.phases_panel, self.history_panel):
            panel.set_context(context)
        if self.key_figures_panel is not None:
            self.key_figures_panel.set_context(context)

    def set_engagement(self, detail: EngagementDetail | None) -> None:
        """Show the parts of the stored forløb `detail` (None: none, the tabs disabled)."""
        self._detail = detail
        for panel in (self.plan_panel, self.team_panel, self.phases_panel, self.history_panel):
            panel.set_engagement(detail)
        for tab in (
            self.plan_tab,
            self.team_tab,
            self.phases_tab,
            self.history_tab,
            self.key_figures_tab,
        ):
            self.setTabEnabled(tab, detail is not None)
        if self.key_figures_panel is not None:
            self.key_figures_panel.set_municipality(self._municipality_code())

    def _municipality_code(self) -> str | None:
        return None if self._detail is None else self._detail.municipality.code

    def _on_tab(self, index: int) -> None:
        if index != self.key_figures_tab or self.key_figures_panel is not None:
            return
        from taskforce_app.ui.kit.key_figures_panel import KeyFiguresPanel

        panel = KeyFiguresPanel(self._context, language=self._language)
        layout = self.key_figures_holder.layout()
        assert layout is not None
        layout.addWidget(panel)
        self.key_figures_panel = panel
        panel.set_municipality(self._municipality_code())
