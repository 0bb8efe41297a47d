"""The Anbefalinger tab: a forløb's recommendations (under a finding or standalone), their
editor, status changes with a note, and each one's dated history."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import QItemSelection, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from taskforce_app.bootstrap import AppContext
from taskforce_app.domain.enums import RecommendationStatus
from taskforce_app.domain.errors import Notice, UserError
from taskforce_app.domain.findings import FindingView, RecommendationDraft, RecommendationView
from taskforce_app.ui.findings.finding_commands import (
    CreateRecommendationCommand,
    SetStatusCommand,
    UpdateRecommendationCommand,
    delete_recommendation,
)
from taskforce_app.ui.findings.finding_editor import fixed_minimum, warning_label
from taskforce_app.ui.findings.finding_models import FilterProxy
from taskforce_app.ui.findings.prepared_table import find_data, id_at, shown_ids
from taskforce_app.ui.findings.recommendation_models import (
    HistoryColumn,
    HistoryTableModel,
    RecommendationColumn,
    RecommendationTableModel,
)
from taskforce_app.ui.kit.date_field import DateField
from taskforce_app.ui.kit.dialog_layout import ok_cancel, stack
from taskforce_app.ui.kit.error_label import error_label
from taskforce_app.ui.kit.inline_errors import CommandErrors
from taskforce_app.ui.kit.labels import date_text, recommendation_status_label
from taskforce_app.ui.kit.prompts import Prompts
from taskforce_app.ui.kit.read_only import ReadOnlyLock, keep_usable
from taskforce_app.ui.kit.undo import UndoController
from taskforce_app.ui.kit.unsaved_changes import UnsavedChangesGuard

StatusSubmit = Callable[[RecommendationStatus, str], str | None]
"""Record a status change with a note; returns the refusal's message, or None when saved."""


def compact_table(table: QTableView) -> None:
    """The read-only, row-selecting look of the page's tables."""
    table.setSortingEnabled(True)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.setTextElideMode(Qt.TextElideMode.ElideRight)
    table.verticalHeader().hide()
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
    header = table.horizontalHeader()
    header.setHighlightSections(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)


def filtered_table(proxy: QSortFilterProxyModel, stretch: int, sort_by: int) -> QTableView:
    """A compact table over `proxy`: column `stretch` takes the spare width, sorted by `sort_by`
    (ascending)."""
    table = QTableView()
    table.setModel(proxy)
    compact_table(table)
    table.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    table.sortByColumn(sort_by, Qt.SortOrder.AscendingOrder)
    return table


class StatusDialog(QDialog):
    """ "Ny status…": the new status and a note; a refusal is shown here and the dialog stays."""

    def __init__(
        self, current: RecommendationStatus, submit: StatusSubmit, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New status"))
        self._submit = submit
        self.status_combo = QComboBox()
        for status in RecommendationStatus:
            self.status_combo.addItem(recommendation_status_label(status), status.value)
        following = {
            RecommendationStatus.NOT_STARTED: RecommendationStatus.IN_PROGRESS,
            RecommendationStatus.IN_PROGRESS: RecommendationStatus.DONE,
        }.get(current, current)
        self.status_combo.setCurrentIndex(self.status_combo.findData(following.value))
        self.note_edit = QPlainTextEdit()
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setPlaceholderText(self.tr("What happened? (never CPR numbers or names)"))
        self.error_label = error_label()
        buttons = ok_cancel(self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Record"))
        form = QFormLayout()
        form.addRow(self.tr("Now:"), QLabel(recommendation_status_label(current)))
        form.addRow(self.tr("&New status:"), self.status_combo)
        form.addRow(self.tr("N&ote:"), self.note_edit)
        stack(self, self.error_label, form, buttons)
        fixed_minimum(self, 380, 220)
        self.resize(460, 260)

    def choose(self, status: RecommendationStatus, note: str) -> None:
        """Fill in the form (what a user would type)."""
        self.status_combo.setCurrentIndex(self.status_combo.findData(status.value))
        self.note_edit.setPlainText(note)

    def accept(self) -> None:
        """Record the change; stay open with the message when it is refused."""
        message = self._submit(
            RecommendationStatus(self.status_combo.currentData()), self.note_edit.toPlainText()
        )
        if message is not None:
            self.error_label.setText(message)
            self.error_label.show()
            return
        super().accept()


class RecommendationPanel(CommandErrors, QWidget):
    """A forløb's recommendations with editor, status changes and history."""

    SHOW_FINDING, SHOW_STANDALONE, SHOW_ALL = "finding", "standalone", "all"

    count_changed = Signal(int)
    """How many recommendations the table shows."""

    def __init__(
        self,
        context: AppContext,
        prompts: Prompts,
        undo: UndoController,
        parent: QWidget | None = None,
        *,
        author: Callable[[], str] = lambda: "",
        language: str = "da",
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(parent)
        self._context, self._prompts, self._undo = context, prompts, undo
        self._author, self._language, self._today = author, language, today
        self._engagement: uuid.UUID | None = None
        self._finding: FindingView | None = None
        self._findings: list[FindingView] = []
        self._current: RecommendationView | None = None
        self._milestones: dict[uuid.UUID, str] = {}
        self.status_dialog: StatusDialog | None = None
        self._baseline: tuple[object, ...] = ()
        self._reverting = False

        self.scope_label = QLabel()
        self.scope_label.setWordWrap(True)
        self.show_combo = QComboBox()
        self.show_combo.addItem(self.tr("The selected finding's"), self.SHOW_FINDING)
        self.show_combo.addItem(self.tr("Without a finding"), self.SHOW_STANDALONE)
        self.show_combo.addItem(self.tr("All in the engagement"), self.SHOW_ALL)
        self.show_combo.currentIndexChanged.connect(lambda _i: self.refresh())

        self.model = RecommendationTableModel(self, today=today)
        self.proxy = FilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = filtered_table(self.proxy, RecommendationColumn.TEXT, RecommendationColumn.DUE)
        self.table.selectionModel().selectionChanged.connect(self._on_selection)

        self.new_button = QPushButton(self.tr("&New recommendation"))
        self.new_button.clicked.connect(self.start_new)
        self.delete_button = QPushButton(self.tr("Delete recommendation"))
        self.delete_button.clicked.connect(self.delete_current)
        self.status_button = QPushButton(self.tr("New &status…"))
        self.status_button.clicked.connect(self.change_status)

        self.heading = QLabel()
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.text_edit = QPlainTextEdit()
        self.text_edit.setTabChangesFocus(True)
        self.text_edit.setMaximumHeight(self.fontMetrics().height() * 4 + 12)
        self.owner_edit = QLineEdit()
        self.owner_edit.setPlaceholderText(self.tr("e.g. head of the children and family unit"))
        self.due_field = DateField()
        self.milestone_combo = QComboBox()
        self.finding_combo = QComboBox()
        self.finding_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.finding_combo.setMinimumContentsLength(30)
        self.status_label = QLabel()
        self.error_label = error_label()
        self.warning_label = warning_label()
        self.save_button = QPushButton(self.tr("Save recommendation"))
        self.save_button.clicked.connect(self.save)
        self.discard_button = QPushButton(self.tr("Discard changes"))
        self.discard_button.clicked.connect(self._show_current)

        self.history_model = HistoryTableModel(self)
        self.history_proxy = FilterProxy(self)
        self.history_proxy.setSourceModel(self.history_model)
        self.history_table = QTableView()
        self.history_table.setModel(self.history_proxy)
        compact_table(self.history_table)
        self.history_table.horizontalHeader().setStretchLastSection(True)
        self.history_table.setWordWrap(True)
        self.history_table.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.history_table.sortByColumn(HistoryColumn.WHEN, Qt.SortOrder.AscendingOrder)

        top = QHBoxLayout()
        top.addWidget(self.scope_label, 1)
        show_label = QLabel(self.tr("Sho&w:"))
        show_label.setBuddy(self.show_combo)
        top.addWidget(show_label)
        top.addWidget(self.show_combo)
        list_buttons = QHBoxLayout()
        list_buttons.addWidget(self.new_button)
        list_buttons.addWidget(self.delete_button)
        list_buttons.addStretch(1)
        list_buttons.addWidget(self.status_button)
        upper = QWidget()
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addLayout(top)
        upper_layout.addWidget(self.table, 1)
        upper_layout.addLayout(list_buttons)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for text, widget in (
            (self.tr("&Recommendation:"), self.text_edit),
            (self.tr("&Owner:"), self.owner_edit),
            (self.tr("&Due:"), self.due_field),
            (self.tr("&Milestone:"), self.milestone_combo),
            (self.tr("&Finding:"), self.finding_combo),
            (self.tr("Status:"), self.status_label),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, widget)
        editor_buttons = QHBoxLayout()
        editor_buttons.addStretch(1)
        editor_buttons.addWidget(self.discard_button)
        editor_buttons.addWidget(self.save_button)
        editor = QWidget()
        editor_layout = QVBoxLayout(editor)
        editor_layout.setContentsMargins(0, 0, 0, 0)
        editor_layout.addWidget(self.heading)
        editor_layout.addWidget(self.error_label)
        editor_layout.addWidget(self.warning_label)
        editor_layout.addLayout(form)
        editor_layout.addLayout(editor_buttons)
        editor_layout.addStretch(1)
        history = QWidget()
        history_layout = QVBoxLayout(history)
        history_layout.setContentsMargins(0, 0, 0, 0)
        history_layout.addWidget(QLabel(self.tr("History")))
        history_layout.addWidget(self.history_table, 1)
        lower = QSplitter(Qt.Orientation.Horizontal)
        lower.addWidget(editor)
        lower.addWidget(history)
        lower.setStretchFactor(0, 1)
        lower.setStretchFactor(1, 1)
        lower.setChildrenCollapsible(False)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(upper)
        splitter.addWidget(lower)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(splitter)
        keep_usable(self.show_combo)
        self.read_only = ReadOnlyLock(self, lambda: self._context.read_only)
        self.unsaved = UnsavedChangesGuard(
            self,
            is_dirty=self.is_dirty,
            save=self.save,
            discard=lambda: self._show_current(),
            describe=self._describe,
        )
        self._show_current()

    # --- state -------------------------------------------------------------------------------

    @property
    def current(self) -> RecommendationView | None:
        """The recommendation in the editor (None: a new one)."""
        return self._current

    @property
    def warning_text(self) -> str:
        """The warning shown ("" when none)."""
        return "" if self.warning_label.isHidden() else self.warning_label.text()

    def is_dirty(self) -> bool:
        """True when the editor holds typed values that are not saved."""
        return self._engagement is not None and self._typed() != self._baseline

    def set_context(self, context: AppContext) -> None:
        """Use another open database."""
        self._context = context
        self.read_only.apply()
        self._baseline = ()
        self.set_scope(None, None, [])

    def set_scope(
        self,
        engagement_id: uuid.UUID | None,
        finding: FindingView | None,
        findings: Sequence[FindingView],
    ) -> None:
        """Show the recommendations of `engagement_id`, around the selected `finding`."""
        changed = engagement_id != self._engagement or (
            (finding.id if finding else None) != (self._finding.id if self._finding else None)
        )
        self._engagement, self._finding = engagement_id, finding
        self._findings = [f for f in findings if f.engagement_id == engagement_id]
        if changed:
            self.warning_label.hide()
            self.error_label.hide()
            wanted = self.SHOW_FINDING if finding is not None else self.SHOW_ALL
            self.show_combo.blockSignals(True)
            self.show_combo.setCurrentIndex(self.show_combo.findData(wanted))
            self.show_combo.blockSignals(False)
        self.refresh(keep_messages=not changed)

    def shown_ids(self) -> list[uuid.UUID]:
        """The recommendations the table shows, top to bottom."""
        return shown_ids(self.proxy)

    def select(self, recommendation_id: uuid.UUID) -> bool:
        """Select a recommendation in the table (and show it in the editor)."""
        row = self.model.row_of(recommendation_id)
        if row is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            return False
        self.table.selectRow(index.row())
        return True

    def refresh(self, *, keep_messages: bool = True) -> None:
        """Read the recommendations, milestones and findings again; keep the selection."""
        eid = self._engagement
        current = self._current.id if self._current is not None else None
        typed = self._typed() if self.is_dirty() else None
        views: list[RecommendationView] = []
        milestones: dict[uuid.UUID, str] = {}
        if eid is not None:
            mode = self.show_combo.currentData()
            every = self._context.recommendations.for_engagement(eid)
            finding_id = self._finding.id if self._finding is not None else None
            if mode == self.SHOW_FINDING:
                views = [v for v in every if v.finding_id == finding_id and finding_id]
            elif mode == self.SHOW_STANDALONE:
                views = [v for v in every if v.finding_id is None]
            else:
                views = every
            milestones = {
                m.id: f"{m.title} ({date_text(m.planned_on)})"
                for m in self._context.milestones.for_engagement(eid)
            }
        self._milestones = milestones
        self.model.set_views(views, milestones)
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        for column in RecommendationColumn:
            if column != RecommendationColumn.TEXT:
                header.resizeSection(column, min(header.sectionSize(column) + 12, 240))
        header.setSectionResizeMode(RecommendationColumn.TEXT, QHeaderView.ResizeMode.Stretch)
        self._fill_combos()
        self._update_scope_label()
        if current is not None and self.select(current):
            self._current = self.model.view(current)
        elif current is not None:
            self._current = None
        if not keep_messages:
            self.error_label.hide()
        self._show_current(keep_messages=keep_messages)
        same = (self._current.id if self._current is not None else None) == current
        if typed is not None and same and eid is not None:
            self._show_typed(typed)
        self.count_changed.emit(self.proxy.rowCount())

    # --- edits -------------------------------------------------------------------------------

    def start_new(self) -> None:
        """An empty editor for a new recommendation (under the selected finding, if any)."""
        if not self.unsaved.resolve():
            return
        self._quietly(self.table.clearSelection)
        self._current = None
        self.warning_label.hide()
        self._show_current(keep_messages=False)
        self.text_edit.setFocus()

    def draft(self) -> RecommendationDraft:
        """What the editor holds (a `ValidationError` for a date that is not one)."""
        finding = self.finding_combo.currentData()
        milestone = self.milestone_combo.currentData()
        return RecommendationDraft(
            text=self.text_edit.toPlainText(),
            owner=self.owner_edit.text(),
            due_on=self.due_field.value("Frist"),
            finding_id=finding if isinstance(finding, uuid.UUID) else None,
            milestone_id=milestone if isinstance(milestone, uuid.UUID) else None,
        )

    def save(self) -> bool:
        """Create or update the recommendation in the editor; one undo step."""
        eid = self._engagement
        if eid is None:
            return False
        try:
            draft = self.draft()
        except UserError as error:
            self._show_error(error)
            return False
        current = self._current
        command: CreateRecommendationCommand | UpdateRecommendationCommand
        if current is None:
            command = CreateRecommendationCommand(
                self.tr("new recommendation"), self._context, eid, draft
            )
        else:
            command = UpdateRecommendationCommand(
                self.tr("edit of a recommendation"),
                self._context,
                current.id,
                draft,
            )
        if not self._perform(command):
            return False
        self._baseline = self._typed()
        if isinstance(command, CreateRecommendationCommand) and command.created_id is not None:
            self._current = self._context.recommendations.get(command.created_id)
            self.refresh()
        self._show_warnings(command.warnings)
        return True

    def delete_current(self) -> bool:
        """Soft-delete the selected recommendation after confirmation."""
        current = self._current
        if current is None:
            return False
        if not self._prompts.confirm(
            self.tr("Delete recommendation"),
            self.tr("Delete the recommendation “%1”? Undo brings it back.").replace(
                "%1", current.text
            ),
        ):
            return False
        command = delete_recommendation(
            self._context, self.tr("deletion of a recommendation"), current.id
        )
        if self._perform(command):
            self._current = None
            self.refresh()
            return True
        return False

    def change_status(self) -> StatusDialog | None:
        """Open "Ny status…" for the selected recommendation (the dialog is returned)."""
        current = self._current
        if current is None:
            return None
        dialog = StatusDialog(current.status, self.submit_status, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.status_dialog = dialog
        dialog.finished.connect(self._status_dialog_closed)
        dialog.open()
        return dialog

    def submit_status(self, status: RecommendationStatus, note: str) -> str | None:
        """Record a status change of the selected recommendation; the refusal's text or None."""
        current = self._current
        if current is None:
            return None
        command = SetStatusCommand(
            self.tr("status change of a recommendation"),
            self._context,
            current.id,
            status,
            note,
            author=self._author(),
        )
        try:
            self._undo.perform(command)
        except UserError as error:
            return error.message(self._language)
        self.error_label.hide()
        return None

    def _status_dialog_closed(self, _result: int) -> None:
        self.status_dialog = None

    def _show_warnings(self, warnings: Sequence[Notice]) -> None:
        texts = [warning.message(self._language) for warning in warnings]
        self.warning_label.setText("\n".join(texts))
        self.warning_label.setVisible(bool(texts))

    # --- display -----------------------------------------------------------------------------

    def _on_selection(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        if self._reverting:
            return
        rows = self.table.selectionModel().selectedRows()
        chosen = id_at(self.proxy, rows[0]) if rows else None
        view = self.model.view(chosen) if chosen is not None else None
        if view is None and self._current is not None and chosen is None:
            return
        current = self._current
        if (view is None) != (current is None) or (
            view is not None and current is not None and view.id != current.id
        ):
            if not self.unsaved.resolve():
                self._quietly(
                    lambda: self.select(current.id) if current else self.table.clearSelection()
                )
                return
            if chosen is not None:
                self._quietly(lambda: self.select(chosen))
                view = self.model.view(chosen)
        if view is not None and (self._current is None or view.id != self._current.id):
            self.warning_label.hide()
            self.error_label.hide()
        self._current = view
        self._show_current()

    def _quietly(self, action: Callable[[], object]) -> None:
        self._reverting = True
        try:
            action()
        finally:
            self._reverting = False

    def _describe(self) -> str:
        if self._current is None:
            return self.tr("the new recommendation")
        text = " ".join(self._current.text.split())
        short = text if len(text) <= 60 else text[:57] + "…"
        return self.tr("the recommendation “%1”").replace("%1", short)

    def _typed(self) -> tuple[object, ...]:
        return (
            self.text_edit.toPlainText().strip(),
            self.owner_edit.text().strip(),
            self.due_field.text().strip(),
            self.milestone_combo.currentData(),
            self.finding_combo.currentData(),
        )

    def _show_typed(self, typed: tuple[object, ...]) -> None:
        """Put back values typed before a refresh (they stay unsaved)."""
        text, owner, due, milestone, finding = typed
        self.text_edit.setPlainText(str(text))
        self.owner_edit.setText(str(owner))
        self.due_field.setText(str(due))
        self.milestone_combo.setCurrentIndex(max(find_data(self.milestone_combo, milestone), 0))
        self.finding_combo.setCurrentIndex(max(find_data(self.finding_combo, finding), 0))

    def _fill_combos(self) -> None:
        self.milestone_combo.blockSignals(True)
        self.milestone_combo.clear()
        self.milestone_combo.addItem(self.tr("— no milestone —"), None)
        for milestone_id, name in self._milestones.items():
            self.milestone_combo.addItem(name, milestone_id)
        self.milestone_combo.blockSignals(False)
        self.finding_combo.blockSignals(True)
        self.finding_combo.clear()
        self.finding_combo.addItem(self.tr("— no finding (standalone) —"), None)
        for finding in self._findings:
            self.finding_combo.addItem(finding.title, finding.id)
            self.finding_combo.setItemData(
                self.finding_combo.count() - 1, finding.title, Qt.ItemDataRole.ToolTipRole
            )
        self.finding_combo.blockSignals(False)

    def _update_scope_label(self) -> None:
        if self._engagement is None:
            text = self.tr("Choose an engagement or select a finding.")
        elif self._finding is not None:
            text = self.tr("Selected finding: %1").replace("%1", self._finding.title)
        else:
            text = self.tr("No finding selected.")
        self.scope_label.setText(text)

    def _show_current(self, *, keep_messages: bool = True) -> None:
        view = self._current
        enabled = self._engagement is not None
        for widget in (
            self.text_edit,
            self.owner_edit,
            self.due_field,
            self.milestone_combo,
            self.finding_combo,
            self.save_button,
            self.discard_button,
            self.new_button,
        ):
            widget.setEnabled(enabled)
        self.delete_button.setEnabled(view is not None)
        self.status_button.setEnabled(view is not None)
        if not keep_messages:
            self.error_label.hide()
        if view is None:
            self.heading.setText(
                self.tr("New recommendation") if enabled else self.tr("No engagement chosen")
            )
            self.text_edit.clear()
            self.owner_edit.clear()
            self.due_field.set_value(None)
            self.milestone_combo.setCurrentIndex(0)
            finding = self._finding.id if self._finding is not None else None
            self.finding_combo.setCurrentIndex(
                max(find_data(self.finding_combo, finding), 0) if finding else 0
            )
            self.status_label.setText(recommendation_status_label(RecommendationStatus.NOT_STARTED))
            self.history_model.set_views([])
            self._baseline = self._typed()
            return
        self.heading.setText(self.tr("Recommendation"))
        self.text_edit.setPlainText(view.text)
        self.owner_edit.setText(view.owner)
        self.due_field.set_value(view.due_on)
        found = find_data(self.milestone_combo, view.milestone_id) if view.milestone_id else 0
        self.milestone_combo.setCurrentIndex(max(found, 0))
        found = find_data(self.finding_combo, view.finding_id) if view.finding_id else 0
        self.finding_combo.setCurrentIndex(max(found, 0))
        status = recommendation_status_label(view.status)
        if view.is_overdue(self._today()):
            status += " – " + self.tr("overdue")
        self.status_label.setText(status)
        self.history_model.set_views(view.history)
        self.history_table.resizeColumnsToContents()
        self.history_table.horizontalHeader().setSectionResizeMode(
            HistoryColumn.NOTE, QHeaderView.ResizeMode.Stretch
        )
        self._baseline = self._typed()
