"""The Fund og anbefalinger page: findings with their evidence, recommendations with their
history, review comments, and the follow-up of open recommendations across all forløb."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from datetime import date

from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from taskforce_app.bootstrap import AppContext
from taskforce_app.domain.changes import Changes, Entity
from taskforce_app.domain.enums import Severity, Track
from taskforce_app.domain.errors import UserError
from taskforce_app.domain.findings import FindingDraft, FindingView, Improvement
from taskforce_app.domain.review import RoundView
from taskforce_app.ui.findings.finding_commands import (
    CreateFindingsCommand,
    create_finding,
    delete_finding,
    update_finding,
)
from taskforce_app.ui.findings.finding_editor import FindingEditor, ProposeFindingsDialog
from taskforce_app.ui.findings.finding_labels import severity_label, theme_label, track_label
from taskforce_app.ui.findings.finding_models import (
    FAILED_TEXT,
    FindingColumn,
    FindingFilterProxy,
    FindingTableModel,
    FollowUp,
    ImprovementState,
    follow_up_label,
)
from taskforce_app.ui.findings.notes_panel import NotesPanel
from taskforce_app.ui.findings.prepared_table import find_data, id_at, shown_ids
from taskforce_app.ui.findings.recommendation_panel import RecommendationPanel, compact_table
from taskforce_app.ui.findings.recommendation_tracker import RecommendationTracker
from taskforce_app.ui.kit.error_label import error_label
from taskforce_app.ui.kit.fitting_splitter import FittingSplitter
from taskforce_app.ui.kit.labels import danish_sort_key
from taskforce_app.ui.kit.latest_job import LatestJob
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
from taskforce_app.ui.kit.read_only import ReadOnlyLock
from taskforce_app.ui.kit.settings import UiSettings
from taskforce_app.ui.kit.undo import ServiceCommand, UndoController
from taskforce_app.ui.kit.unsaved_changes import UnsavedChangesGuard, resolve_unsaved

REFRESHING = frozenset(
    {
        Entity.ENGAGEMENT,
        Entity.FINDING,
        Entity.RECOMMENDATION,
        Entity.REVIEW,
        Entity.MILESTONE,
        Entity.TEAM,
    }
)


class FindingsPage(QWidget):
    """Fund, Anbefalinger, Kommentarer and Opfølgning på tværs, for one forløb or all."""

    FINDINGS_TAB, RECOMMENDATIONS_TAB, NOTES_TAB, TRACKER_TAB = range(4)

    engagement_activated = Signal(object)
    """A forløb should be opened (double-click in the follow-up): its `uuid.UUID`."""

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
        self.refresher = RefreshWhenShown(self, self.refresh)
        self._selected: uuid.UUID | None = None
        self._reverting = False
        self._chosen_engagement: uuid.UUID | None = None
        self.propose_dialog: ProposeFindingsDialog | None = None
        self.improvements = LatestJob(self)
        """Computes the improvement column in the background after each refresh."""
        self.improvements.finished.connect(self._on_improvements)
        self.improvements.failed.connect(self._on_improvements_failed)

        self.engagement_combo = wide_combo(28)
        self.engagement_combo.addItem(self.tr("All engagements"), None)
        self.engagement_combo.currentIndexChanged.connect(self._on_engagement)

        self.model = FindingTableModel(self)
        self.proxy = FindingFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        compact_table(self.table)
        # Column widths from the rows in view, not from every row: measuring thousands of
        # findings' texts held the window for most of a refresh at national scale.
        self.table.horizontalHeader().setResizeContentsPrecision(0)
        self.table.sortByColumn(FindingColumn.SEVERITY, Qt.SortOrder.AscendingOrder)
        self.table.selectionModel().selectionChanged.connect(self._on_selection)

        self.track_combo = choice_combo(
            self.tr("All tracks"), ((track_label(track), track.value) for track in Track)
        )
        self.severity_combo = choice_combo(
            self.tr("Any severity"), ((severity_label(value), value.value) for value in Severity)
        )
        self.theme_combo = wide_combo(14)
        self.follow_up_combo = choice_combo(
            self.tr("Any follow-up"), ((follow_up_label(value), value.value) for value in FollowUp)
        )
        self.round_combo = wide_combo(12)
        self.search_edit = search_edit(self.tr("Search title, description, requirement…"))
        self.search_edit.setMinimumWidth(160)
        self.clear_button = QPushButton(self.tr("Show all"))
        self.clear_button.clicked.connect(self.clear_filters)
        self.track_combo.currentIndexChanged.connect(self._on_filters)
        self.severity_combo.currentIndexChanged.connect(self._on_filters)
        self.theme_combo.currentIndexChanged.connect(self._on_filters)
        self.follow_up_combo.currentIndexChanged.connect(self._on_filters)
        self.round_combo.currentIndexChanged.connect(self._on_filters)
        self.search_edit.textChanged.connect(self._on_filters)

        self.new_button = QPushButton(self.tr("&New finding"))
        self.new_button.clicked.connect(self.new_finding)
        self.delete_button = QPushButton(self.tr("&Delete finding"))
        self.delete_button.clicked.connect(self.delete_selected)
        self.propose_button = QPushButton(self.tr("&Propose findings…"))
        self.propose_button.setToolTip(
            self.tr("Propose a finding for each requirement met in too few of a round's cases")
        )
        self.propose_button.clicked.connect(self.propose_findings)
        self.count_label = QLabel()
        self.error_label = error_label()

        self.editor = FindingEditor(context)
        self.editor.save_button.clicked.connect(self.save_finding)
        self.finding_guard = UnsavedChangesGuard(
            self.editor,
            is_dirty=self.editor.is_dirty,
            save=self.save_finding,
            discard=self.editor.reload,
            describe=self.editor.describe,
        )
        author = self._author_initials
        self.recommendations = RecommendationPanel(
            context, prompts, undo, author=author, language=language, today=today
        )
        self.notes = NotesPanel(
            context, prompts, undo, consultant=self._consultant_id, language=language
        )
        self.notes.open_count_changed.connect(self._update_notes_tab)
        self.tracker = RecommendationTracker(context, prompts, undo, today=today)
        self.tracker.engagement_activated.connect(self.engagement_activated)

        filters = labelled_row(
            (
                (self.tr("T&rack:"), self.track_combo),
                (self.tr("Se&verity:"), self.severity_combo),
                (self.tr("T&heme:"), self.theme_combo),
                (self.tr("Follo&w-up:"), self.follow_up_combo),
                (self.tr("R&ound:"), self.round_combo),
            ),
            spacing=4,
        )
        filters.addStretch(1)
        search_row = QHBoxLayout()
        search_label = QLabel(self.tr("&Search:"))
        search_label.setBuddy(self.search_edit)
        search_row.addWidget(search_label)
        search_row.addWidget(self.search_edit, 1)
        search_row.addWidget(self.clear_button)
        actions = QHBoxLayout()
        actions.addWidget(self.new_button)
        actions.addWidget(self.delete_button)
        actions.addWidget(self.propose_button)
        actions.addStretch(1)
        actions.addWidget(self.count_label)
        list_side = QWidget()
        list_layout = QVBoxLayout(list_side)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.addLayout(filters)
        list_layout.addLayout(search_row)
        list_layout.addWidget(self.error_label)
        list_layout.addWidget(self.table, 1)
        list_layout.addLayout(actions)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.editor)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        # The editor takes the height it needs (up to 70 %), the list the rest: at 1280×800 the
        # whole editor shows without scrolling.
        self.splitter = FittingSplitter(Qt.Orientation.Vertical, share=0.7)
        self.splitter.addWidget(list_side)
        self.splitter.addWidget(scroll)
        self.splitter.fit(1, lambda: self._editor_height(scroll))
        self.splitter.setChildrenCollapsible(False)
        findings_tab = QWidget()
        findings_layout = QVBoxLayout(findings_tab)
        findings_layout.setContentsMargins(6, 6, 6, 6)
        findings_layout.addWidget(self.splitter)

        self.tabs = QTabWidget()
        self.tabs.addTab(findings_tab, self.tr("Findings"))
        self.tabs.addTab(self.recommendations, self.tr("Recommendations"))
        self.tabs.addTab(self.notes, self.tr("Comments"))
        self.tabs.addTab(self.tracker, self.tr("Follow-up across engagements"))

        top = QHBoxLayout()
        top.addWidget(page_heading(self.tr("Findings and recommendations")))
        top.addStretch(1)
        engagement_label = QLabel(self.tr("&Engagement:"))
        engagement_label.setBuddy(self.engagement_combo)
        top.addWidget(engagement_label)
        top.addWidget(self.engagement_combo)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        self.read_only = ReadOnlyLock(
            self,
            lambda: self._context.read_only,
            only=(self.new_button, self.delete_button, self.propose_button),
        )
        self._update_buttons()

    # --- context, loading --------------------------------------------------------------------

    @property
    def context(self) -> AppContext:
        """The services the page reads from."""
        return self._context

    @property
    def engagement_id(self) -> uuid.UUID | None:
        """The forløb chosen at the top, or else the selected finding's."""
        chosen = self.engagement_combo.currentData()
        if isinstance(chosen, uuid.UUID):
            return chosen
        finding = self.selected_finding()
        return finding.engagement_id if finding is not None else None

    def set_context(self, context: AppContext) -> None:
        """Show another database (after File > Open)."""
        self._context = context
        self.improvements.drop()
        self.read_only.apply()
        self._selected = None
        self.editor.set_context(context)
        self.recommendations.set_context(context)
        self.notes.set_context(context)
        self.tracker.set_context(context)
        self.engagement_combo.blockSignals(True)
        self.engagement_combo.setCurrentIndex(0)
        self.engagement_combo.blockSignals(False)
        self._chosen_engagement = None
        self.refresher.request()

    def show_engagement(self, engagement_id: uuid.UUID) -> None:
        """Choose `engagement_id` at the top and show its findings."""
        self._fill_engagements()
        found = find_data(self.engagement_combo, engagement_id)
        if found >= 0:
            self.engagement_combo.setCurrentIndex(found)
        self.tabs.setCurrentIndex(self.FINDINGS_TAB)

    def apply_changes(self, changes: Changes) -> None:
        """Refresh when findings, recommendations, the review or forløb changed."""
        if changes.entities & REFRESHING:
            self.refresher.request()
        self.tracker.apply_changes(changes)

    def refresh(self) -> None:
        """Read the findings and their recommendations again; keep filters and selection.

        The Udvikling column (one forløb chosen; all forløb show Kommune instead) is computed
        in the background (`improvements`), the page usable meanwhile."""
        self._fill_engagements()
        chosen = self.engagement_combo.currentData()
        eid = chosen if isinstance(chosen, uuid.UUID) else None
        findings = self._context.findings.list_findings(eid)
        counts = self._context.recommendations.follow_up(eid)
        selected = self._selected
        self.table.selectionModel().blockSignals(True)
        self.model.set_views(findings, counts, improvements_pending=True)
        self.table.selectionModel().blockSignals(False)
        service, wanted = self._context.findings, [finding.id for finding in findings]
        self.improvements.start(lambda: service.improvements(wanted))
        self._fill_filter_combos(findings, all_engagements=eid is None)
        self.table.setColumnHidden(FindingColumn.MUNICIPALITY, eid is not None)
        self.table.setColumnHidden(FindingColumn.IMPROVEMENT, eid is None)
        self._size_columns()
        if selected is not None and self.select_finding(selected):
            self._show_selected(reloaded=True)
        else:
            self._selected = None
            self._show_selected(reloaded=True)
        self._update_count()

    # --- findings ----------------------------------------------------------------------------

    def shown_ids(self) -> list[uuid.UUID]:
        """The findings the table shows, top to bottom."""
        return shown_ids(self.proxy)

    def selected_finding(self) -> FindingView | None:
        """The finding selected in the table."""
        return self.model.view(self._selected) if self._selected is not None else None

    def select_finding(self, finding_id: uuid.UUID) -> bool:
        """Select a finding (when the filters show it)."""
        row = self.model.row_of(finding_id)
        if row is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            return False
        self.table.selectionModel().select(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)
        return True

    def clear_filters(self) -> None:
        """Reset every filter and the search box."""
        for combo in (
            self.track_combo,
            self.severity_combo,
            self.theme_combo,
            self.follow_up_combo,
            self.round_combo,
        ):
            combo.setCurrentIndex(0)
        self.search_edit.clear()

    def new_finding(self) -> None:
        """An empty editor for a new finding of the chosen forløb."""
        eid = self.engagement_id
        self.error_label.hide()
        if eid is None:
            self.error_label.setText(self.tr("Choose an engagement at the top first."))
            self.error_label.show()
            return
        if not resolve_unsaved(self):
            return
        self._quietly(self.table.clearSelection)
        self._selected = None
        self.editor.load(eid, None)
        self._panels()
        self.tabs.setCurrentIndex(self.FINDINGS_TAB)
        self.editor.title_edit.setFocus()

    def save_finding(self) -> bool:
        """Create or update the finding in the editor; one undo step."""
        eid = self.editor.engagement_id
        if eid is None:
            return False
        draft = self.editor.draft()
        current = self.editor.finding
        if current is None:
            command = create_finding(self._context, self.tr("new finding"), eid, draft)
            if not self._perform(command, editor=True):
                return False
            self.editor.mark_saved()
            if command.created_id is not None:
                self.reveal(command.created_id)
            return True
        update = update_finding(self._context, self.tr("edit of a finding"), current.id, draft)
        if not self._perform(update, editor=True):
            return False
        self.editor.mark_saved()
        return True

    def reveal(self, finding_id: uuid.UUID) -> bool:
        """Select `finding_id`, reading the list again and resetting filters as needed."""
        if self.model.row_of(finding_id) is None:
            self.refresh()
        if self.model.row_of(finding_id) is None:
            return False
        if finding_id not in self.shown_ids():
            self.clear_filters()
        return self.select_finding(finding_id)

    def delete_selected(self) -> bool:
        """Soft-delete the selected finding after confirmation (its recommendations stay)."""
        finding = self.selected_finding()
        if finding is None:
            return False
        if not self._prompts.confirm(
            self.tr("Delete finding"),
            self.tr(
                "Delete the finding “%1”? Its recommendations stay, without a finding. Undo "
                "brings it back."
            ).replace("%1", finding.title),
        ):
            return False
        return self._perform(
            delete_finding(self._context, self.tr("deletion of a finding"), finding.id)
        )

    def propose_findings(self) -> ProposeFindingsDialog:
        """Open "Foreslå fund…" (the dialog is returned; accepting creates the ticked ones)."""
        rounds = self._rounds()
        finding = self.selected_finding()
        preferred = finding.round_id if finding is not None else None
        if preferred is None:
            complete = [r for _label, r in rounds if r.expected and r.answered == r.expected]
            preferred = complete[0].id if complete else None
        dialog = ProposeFindingsDialog(
            self._context, rounds, self, language=self._language, round_id=preferred
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._create_proposed(dialog))
        dialog.finished.connect(self._propose_closed)
        self.propose_dialog = dialog
        dialog.open()
        return dialog

    def create_findings(self, engagement_id: uuid.UUID, drafts: Sequence[FindingDraft]) -> bool:
        """Create several findings as one undo step."""
        if not drafts:
            return False
        command = CreateFindingsCommand(
            self.tr("proposed findings (%1)").replace("%1", str(len(drafts))),
            self._context,
            engagement_id,
            list(drafts),
        )
        if not self._perform(command):
            return False
        if command.created_ids:
            self.reveal(command.created_ids[0])
        return True

    # --- internals ---------------------------------------------------------------------------

    def _create_proposed(self, dialog: ProposeFindingsDialog) -> None:
        engagement_id = dialog.engagement_id
        if engagement_id is not None:
            self.create_findings(engagement_id, dialog.chosen())

    def _propose_closed(self, _result: int) -> None:
        self.propose_dialog = None

    def _rounds(self) -> list[tuple[str, RoundView]]:
        chosen = self.engagement_combo.currentData()
        summaries = [
            s
            for s in self._context.engagements.summaries()
            if not isinstance(chosen, uuid.UUID) or s.id == chosen
        ]
        found = []
        for summary in sorted(summaries, key=lambda s: danish_sort_key(s.municipality_name)):
            for round_ in self._context.review.rounds(summary.id):
                found.append((f"{summary.municipality_name} – {round_.name}", round_))
        return found

    def _perform(self, command: ServiceCommand, *, editor: bool = False) -> bool:
        try:
            self._undo.perform(command)
        except UserError as error:
            if editor:
                self.editor.show_error(error, self._language)
            else:
                self.error_label.setText(error.message(self._language))
                self.error_label.show()
            return False
        self.error_label.hide()
        self.editor.clear_error()
        return True

    def _author_initials(self) -> str:
        current = self._context.team.current_consultant()
        return "" if current is None else current.initials

    def _consultant_id(self) -> uuid.UUID | None:
        initials = self._author_initials().casefold()
        if not initials:
            return None
        for consultant in self._context.team.consultants():
            if consultant.initials.casefold() == initials:
                return consultant.id
        return None

    def _fill_engagements(self) -> None:
        summaries = sorted(
            self._context.engagements.summaries(),
            key=lambda s: danish_sort_key(s.municipality_name),
        )
        refill_combo(
            self.engagement_combo,
            self.tr("All engagements"),
            (
                (f"{summary.municipality_name} – {summary.title}", summary.id)
                for summary in summaries
            ),
        )

    def _fill_filter_combos(
        self, findings: Sequence[FindingView], *, all_engagements: bool
    ) -> None:
        themes = sorted({theme_label(f.theme) for f in findings if f.theme}, key=danish_sort_key)
        refill_combo(self.theme_combo, self.tr("All themes"), ((value, value) for value in themes))
        rounds: dict[uuid.UUID, str] = {}
        for finding in findings:
            if finding.round_id is not None:
                rounds[finding.round_id] = (
                    f"{finding.municipality} – {finding.round_name}"
                    if all_engagements
                    else finding.round_name
                )
        refill_combo(
            self.round_combo,
            self.tr("All rounds"),
            (
                (label, key)
                for key, label in sorted(rounds.items(), key=lambda i: danish_sort_key(i[1]))
            ),
        )
        self._on_filters()

    def _on_filters(self, *_args: object) -> None:
        round_id = self.round_combo.currentData()
        self.proxy.set_track(chosen(self.track_combo, Track))
        self.proxy.set_severity(chosen(self.severity_combo, Severity))
        self.proxy.set_theme(chosen_text(self.theme_combo))
        self.proxy.set_follow_up(chosen(self.follow_up_combo, FollowUp))
        self.proxy.set_round(round_id if isinstance(round_id, uuid.UUID) else None)
        self.proxy.set_search(self.search_edit.text())
        self._update_count()

    def _on_engagement(self, _index: int) -> None:
        if not resolve_unsaved(self):
            previous = self._chosen_engagement
            found = find_data(self.engagement_combo, previous) if previous is not None else 0
            self.engagement_combo.blockSignals(True)
            self.engagement_combo.setCurrentIndex(max(found, 0))
            self.engagement_combo.blockSignals(False)
            return
        chosen = self.engagement_combo.currentData()
        self._chosen_engagement = chosen if isinstance(chosen, uuid.UUID) else None
        self._selected = None
        self.error_label.hide()
        self.refresher.request()

    def _on_selection(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        if self._reverting:
            return
        rows = self.table.selectionModel().selectedRows()
        chosen = id_at(self.proxy, rows[0]) if rows else None
        if chosen == self._selected:
            return
        previous = self._selected
        if not resolve_unsaved(self):
            if previous is not None:
                self._quietly(lambda: self.select_finding(previous))
            return
        if chosen is not None:
            self._quietly(lambda: self.select_finding(chosen))
        self._selected = chosen
        self.error_label.hide()
        self._show_selected(reloaded=False)

    def _on_improvements(self, improvements: Mapping[uuid.UUID, Improvement | None]) -> None:
        self.model.set_improvements(improvements)
        self._size_improvement_column()
        self._show_figures()

    def _on_improvements_failed(self, _error: BaseException) -> None:
        self.model.improvements_failed()
        self._show_figures()

    def _show_figures(self) -> None:
        finding = self.selected_finding()
        if finding is not None:
            self.editor.show_figures(finding, improvement_note=self._improvement_note())

    def _improvement_note(self) -> str | None:
        """The editor's development text while the improvement is not known."""
        state = self.model.improvement_state
        if state is ImprovementState.PENDING:
            return self.tr("being computed…")
        if state is ImprovementState.FAILED:
            return FAILED_TEXT
        return None

    def _show_selected(self, *, reloaded: bool) -> None:
        finding = self.selected_finding()
        editor = self.editor
        if finding is not None:
            same = editor.finding is not None and editor.finding.id == finding.id
            keep = same and reloaded and editor.is_dirty() and _same_stored(editor.finding, finding)
            if not keep:
                editor.load(finding.engagement_id, finding)
            editor.show_figures(finding, improvement_note=self._improvement_note())
        elif (
            editor.finding is not None
            or editor.engagement_id != self.engagement_id
            or (reloaded and editor.engagement_id is None)
        ):
            editor.load(self.engagement_id, None)
        self._panels()
        self._update_buttons()

    def _quietly(self, action: Callable[[], object]) -> None:
        self._reverting = True
        try:
            action()
        finally:
            self._reverting = False

    def _panels(self) -> None:
        eid = self.engagement_id
        finding = self.selected_finding()
        views = self.model.views()
        self.recommendations.set_scope(eid, finding, views)
        self.notes.set_scope(eid, finding, views)

    def _update_buttons(self) -> None:
        self.delete_button.setEnabled(self._selected is not None)
        self.new_button.setEnabled(self.engagement_id is not None)

    def _update_notes_tab(self, count: int) -> None:
        text = self.tr("Comments (%1)").replace("%1", str(count)) if count else self.tr("Comments")
        self.tabs.setTabText(self.NOTES_TAB, text)

    def _update_count(self) -> None:
        self.count_label.setText(
            self.tr("%1 of %2 findings")
            .replace("%1", str(self.proxy.rowCount()))
            .replace("%2", str(self.model.rowCount()))
        )

    def _editor_height(self, scroll: QScrollArea) -> int:
        """The height the finding editor needs whole, in its scroll area."""
        editor = self.editor
        needed = max(
            editor.sizeHint().height(),
            editor.minimumSizeHint().height(),
            editor.minimumHeight(),
            editor.heightForWidth(scroll.viewport().width()),  # the heading wraps
        )
        return needed + 2 * scroll.frameWidth() + 12

    def _size_improvement_column(self) -> None:
        header = self.table.horizontalHeader()
        self.table.resizeColumnToContents(FindingColumn.IMPROVEMENT)
        column = FindingColumn.IMPROVEMENT
        header.resizeSection(
            column, max(header.sectionSize(column) + 8, header.sectionSizeHint(column))
        )

    def _size_columns(self) -> None:
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        for column in FindingColumn:
            if column != FindingColumn.TITLE:
                # Long cells give way (their tooltips and the editor show them), the heading not.
                width = max(min(header.sectionSize(column) + 8, 96), header.sectionSizeHint(column))
                header.resizeSection(column, width)
        header.setSectionResizeMode(FindingColumn.TITLE, QHeaderView.ResizeMode.Stretch)


def _same_stored(shown: FindingView | None, stored: FindingView) -> bool:
    """True when `shown` is `stored` as stored (the improvement is computed apart, later)."""
    return shown is not None and replace(shown, improvement=None) == replace(
        stored, improvement=None
    )
