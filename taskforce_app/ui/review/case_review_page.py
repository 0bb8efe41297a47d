"""The Sagsgennemgang page: per forløb its case list, review rounds and samples, the review of
each case, and the results."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelection, QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from taskforce_app.bootstrap import AppContext
from taskforce_app.domain.changes import Changes, Entity
from taskforce_app.domain.errors import UserError
from taskforce_app.ui.kit.column_table import sorted_proxy
from taskforce_app.ui.kit.forloeb_picker import choose_listed, engagement_picker
from taskforce_app.ui.kit.lazy_page import RefreshWhenShown
from taskforce_app.ui.kit.modal import DialogRunner, exec_dialog
from taskforce_app.ui.kit.page_filters import labelled_row
from taskforce_app.ui.kit.pages import fill_engagement_combo, page_heading
from taskforce_app.ui.kit.prompts import Prompts
from taskforce_app.ui.kit.settings import UiSettings
from taskforce_app.ui.kit.undo import UndoController
from taskforce_app.ui.review.results_view import ResultsView
from taskforce_app.ui.review.review_screen import CaseReviewWidget
from taskforce_app.ui.review.round_models import SampledCaseTableModel
from taskforce_app.ui.review.rounds_panel import RoundsPanel

if TYPE_CHECKING:
    from taskforce_app.ui.review.case_import_wizard import CaseImportWizard
    from taskforce_app.ui.review.case_list_browser import CaseListBrowser


class CaseReviewPage(QWidget):
    """Forløb picker and case-list import on top; tabs for rounds/sample, review and results."""

    def __init__(
        self,
        context: AppContext,
        prompts: Prompts,
        undo: UndoController,
        parent: QWidget | None = None,
        *,
        settings: UiSettings | None = None,
        language: str = "da",
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(parent)
        self._context, self._prompts, self._undo = context, prompts, undo
        self._settings, self._language, self._today = settings, language, today
        self._engagement: uuid.UUID | None = None
        self.run_dialog: DialogRunner = exec_dialog

        self.engagement_combo = engagement_picker(self._engagement_chosen)
        self.import_button = QPushButton(self.tr("Import case list…"))
        self.import_button.clicked.connect(self.import_case_list)
        self.browse_button = QPushButton(self.tr("Case lists…"))
        self.browse_button.clicked.connect(self.browse_case_lists)
        self.case_list_label = QLabel()
        top = labelled_row(((self.tr("&Engagement:"), self.engagement_combo),), spacing=12)
        top.addWidget(self.import_button)
        top.addWidget(self.browse_button)
        top.addWidget(self.case_list_label, 1)

        self.rounds_panel = RoundsPanel(context, prompts, undo, language=language)
        self.rounds_panel.round_selected.connect(self._round_selected)
        self.sampled_model = SampledCaseTableModel(self)
        self.sampled_proxy = sorted_proxy(self.sampled_model, self)
        self.sampled_table = QTableView()
        self.sampled_table.setModel(self.sampled_proxy)
        self.sampled_table.setSortingEnabled(True)
        self.sampled_table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.sampled_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.sampled_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.sampled_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.sampled_table.setAlternatingRowColors(True)
        self.sampled_table.setWordWrap(False)
        self.sampled_table.verticalHeader().hide()
        header = self.sampled_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setHighlightSections(False)
        header.setMaximumSectionSize(320)
        self.sampled_table.selectionModel().selectionChanged.connect(self._case_selected)
        self.sampled_label = QLabel()
        sampled_box = QWidget()
        sampled_layout = QVBoxLayout(sampled_box)
        sampled_layout.setContentsMargins(0, 6, 0, 0)
        sampled_layout.addWidget(self.sampled_label)
        sampled_layout.addWidget(self.sampled_table, 1)
        rounds_tab = QSplitter(Qt.Orientation.Vertical)
        rounds_tab.setChildrenCollapsible(False)
        rounds_tab.addWidget(self.rounds_panel)
        rounds_tab.addWidget(sampled_box)
        rounds_tab.setStretchFactor(0, 1)
        rounds_tab.setStretchFactor(1, 2)
        rounds_tab.setSizes([250, 450])
        self.rounds_tab = rounds_tab

        self.review_widget = CaseReviewWidget(
            context, prompts, undo, settings=settings, language=language, today=today
        )
        self.results_view = ResultsView(context, language=language)
        self.tabs = QTabWidget()
        self.tabs.addTab(rounds_tab, self.tr("Rounds and sample"))
        self.tabs.addTab(self.review_widget, self.tr("Review"))
        self.tabs.addTab(self.results_view, self.tr("Results"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.addWidget(page_heading(self.tr("Case review")))
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        self.refresher = RefreshWhenShown(self, self.reload)

    # -- what is shown -----------------------------------------------------------------------

    @property
    def engagement_id(self) -> uuid.UUID | None:
        """The forløb shown."""
        return self._engagement

    @property
    def case_list_text(self) -> str:
        """The case-list status shown next to the import button."""
        return self.case_list_label.text()

    def set_context(self, context: AppContext) -> None:
        """Use another open database."""
        self._context = context
        self._engagement = None
        self.rounds_panel.set_context(context)
        self.review_widget.set_context(context)
        self.results_view.set_context(context)
        self.refresher.request()

    def reload(self) -> None:
        """Read the list of forløb again, keeping the one shown."""
        wanted = self._engagement
        summaries = self._context.engagements.summaries()
        index = fill_engagement_combo(self.engagement_combo, summaries, wanted)
        self._engagement_chosen(index)

    def show_engagement(self, engagement_id: uuid.UUID) -> None:
        """Show one forløb (e.g. when opened from another page)."""
        self.refresher.catch_up()
        choose_listed(self.engagement_combo, engagement_id, self.reload)

    def apply_changes(self, changes: Changes) -> None:
        """Refresh what `changes` touched (or everything on the next show, when hidden)."""
        if not self.isVisible():
            self.refresher.stale = True
            return
        if changes.touches(Entity.ENGAGEMENT):
            self.reload()
        else:
            if changes.touches(Entity.CASE):
                self._show_case_list()
            self.rounds_panel.apply_changes(changes)
            if changes.entities & {Entity.REVIEW, Entity.CASE}:
                self._show_sample()
        self.review_widget.apply_changes(changes)
        self.results_view.apply_changes(changes)

    def _engagement_chosen(self, index: int) -> None:
        value = self.engagement_combo.itemData(index) if index >= 0 else None
        engagement_id = uuid.UUID(value) if isinstance(value, str) else None
        changed = engagement_id != self._engagement
        self._engagement = engagement_id
        self.import_button.setEnabled(engagement_id is not None)
        self.browse_button.setEnabled(engagement_id is not None)
        self._show_case_list()
        self.rounds_panel.set_engagement(engagement_id)
        if changed:
            self.results_view.set_engagement(engagement_id)
        self._show_sample()

    def _show_case_list(self) -> None:
        if self._engagement is None:
            self.case_list_label.setText(self.tr("Choose an engagement."))
            return
        try:
            count = len(self._context.case_lists.existing_refs(self._engagement))
        except UserError as error:
            self.case_list_label.setText(error.message(self._language))
            return
        if count == 0:
            self.case_list_label.setText(self.tr("No case list imported yet."))
        else:
            self.case_list_label.setText(
                self.tr("%1 cases imported").replace("%1", self._number(count))
            )

    def _number(self, value: int) -> str:
        language = QLocale.Language.Danish if self._language == "da" else QLocale.Language.English
        return QLocale(language).toString(value)

    def _round_selected(self, round_id: uuid.UUID | None) -> None:
        self.review_widget.set_round(round_id)
        self._show_sample()

    def _show_sample(self) -> None:
        view = self.rounds_panel.selected_round()
        if view is None:
            self.sampled_model.set_rows([])
            self.sampled_label.setText(self.tr("No round selected."))
            self.rounds_panel.set_selected_case(None)
            return
        try:
            cases = self._context.review.sampled_cases(view.id)
        except UserError as error:
            cases = []
            self.sampled_label.setText(error.message(self._language))
        else:
            if cases:
                self.sampled_label.setText(
                    self.tr("Sample of “%1”: %2 cases, %3 replaced")
                    .replace("%1", view.name)
                    .replace("%2", str(view.sampled_cases))
                    .replace("%3", str(len(cases) - view.sampled_cases))
                )
            else:
                self.sampled_label.setText(
                    self.tr("“%1” has no sample yet: choose Draw sample…").replace("%1", view.name)
                )
        self.sampled_model.set_rows(cases)
        if cases:
            self.sampled_table.resizeColumnsToContents()
        self._case_selected(QItemSelection(), QItemSelection())

    def sampled_refs(self) -> list[str]:
        """The case references of the selected round's sample, in draw order."""
        return [case.case_ref for case in self.sampled_model.records()]

    def select_sampled_case(self, sampled_case_id: uuid.UUID) -> None:
        """Select a case of the sample by its id."""
        row = self.sampled_model.row_of(sampled_case_id)
        if row is not None:
            proxy_index = self.sampled_proxy.mapFromSource(self.sampled_model.index(row, 0))
            self.sampled_table.selectRow(proxy_index.row())

    def _case_selected(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = self.sampled_table.selectionModel().selectedRows()
        if not rows:
            self.rounds_panel.set_selected_case(None)
            return
        source = self.sampled_proxy.mapToSource(rows[0])
        case = self.sampled_model.record_at(source.row())
        self.rounds_panel.set_selected_case(case.id, case.case_ref)

    # -- actions -----------------------------------------------------------------------------

    def make_import_wizard(self) -> CaseImportWizard | None:
        """The import wizard for the shown forløb (imported on first use: it brings openpyxl)."""
        from taskforce_app.ui.review.case_import_wizard import CaseImportWizard

        if self._engagement is None:
            return None
        return CaseImportWizard(
            self._context,
            self._prompts,
            self._undo,
            self._engagement,
            self,
            language=self._language,
        )

    def make_case_list_browser(self) -> CaseListBrowser | None:
        """The read-only browser of the shown forløb's case lists."""
        from taskforce_app.ui.review.case_list_browser import CaseListBrowser

        if self._engagement is None:
            return None
        return CaseListBrowser(self._context, self._engagement, self, language=self._language)

    def browse_case_lists(self) -> None:
        """Show the forløb's case lists, their cases and row reports (read-only)."""
        browser = self.make_case_list_browser()
        if browser is not None:
            self.run_dialog(browser)
            browser.deleteLater()

    def import_case_list(self) -> None:
        """Run the case-list import wizard for the shown forløb."""
        wizard = self.make_import_wizard()
        if wizard is not None:
            self.run_dialog(wizard)
            wizard.deleteLater()
