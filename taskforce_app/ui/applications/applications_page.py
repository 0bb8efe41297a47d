"""The Ansøgninger page: application rounds on the left, the selected round's applications and
the application editor on the right."""

from __future__ import annotations

import html
import uuid
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from taskforce_app.bootstrap import AppContext
from taskforce_app.domain.applications import RoundDraft, RoundSummary
from taskforce_app.domain.changes import Changes, Entity
from taskforce_app.domain.errors import UserError
from taskforce_app.ui.applications.application_editor import ApplicationEditor
from taskforce_app.ui.applications.application_models import (
    LINK_COLUMN,
    ApplicationTableModel,
    RoundTableModel,
    theme_labels,
)
from taskforce_app.ui.kit.column_table import sorted_proxy
from taskforce_app.ui.kit.edit_dialogs import EditDialogs
from taskforce_app.ui.kit.labels import date_text
from taskforce_app.ui.kit.pages import page_heading
from taskforce_app.ui.kit.palette_colours import error_text_style, follow_palette
from taskforce_app.ui.kit.prompts import Prompts
from taskforce_app.ui.kit.read_only import ReadOnlyLock
from taskforce_app.ui.kit.table_views import record_table
from taskforce_app.ui.kit.undo import ActionCommand, UndoController

Index = QModelIndex | QPersistentModelIndex


def _round_draft(summary: RoundSummary) -> RoundDraft:
    return RoundDraft(summary.name, summary.deadline, summary.notes)


class ApplicationsPage(QWidget):
    """Rounds, their applications, and the editor of the selected application."""

    open_engagement = Signal(object)

    def __init__(
        self,
        context: AppContext,
        prompts: Prompts,
        undo: UndoController,
        dialogs: Callable[[], EditDialogs],
        *,
        language: str = "da",
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._context, self._prompts, self._undo, self._dialogs = context, prompts, undo, dialogs
        self._language = language
        self._reverting = False

        self.rounds = RoundTableModel(self)
        self.rounds_view = record_table(self.rounds)
        self.rounds_view.selectionModel().currentRowChanged.connect(self._on_round)
        self.new_round_button = QPushButton(self.tr("New round…"))
        self.new_round_button.clicked.connect(self.new_round)
        self.edit_round_button = QPushButton(self.tr("Edit round…"))
        self.edit_round_button.clicked.connect(self.edit_round)
        self.round_error = QLabel()
        self.round_error.setWordWrap(True)
        follow_palette(self.round_error, error_text_style)
        self.round_error.hide()
        round_buttons = QVBoxLayout()
        round_buttons.addWidget(self.new_round_button)
        round_buttons.addWidget(self.edit_round_button)
        round_buttons.addStretch(1)
        round_row = QHBoxLayout()
        round_row.addWidget(self.rounds_view, 1)
        round_row.addLayout(round_buttons)
        rounds_part = QWidget()
        rounds_layout = QVBoxLayout(rounds_part)
        rounds_layout.setContentsMargins(0, 0, 0, 0)
        rounds_layout.addWidget(QLabel(self.tr("<b>Application rounds</b>")))
        rounds_layout.addLayout(round_row, 1)
        rounds_layout.addWidget(self.round_error)

        self.applications = ApplicationTableModel(parent=self)
        self.proxy = sorted_proxy(self.applications, self)
        self.applications_view = record_table(self.proxy)
        self.applications_view.setSortingEnabled(True)
        self.applications_view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.applications_view.selectionModel().currentRowChanged.connect(self._on_application)
        self.applications_view.doubleClicked.connect(self._on_double_click)
        self.round_heading = QLabel()
        self.count_label = QLabel()
        self.new_button = QPushButton(self.tr("&New application"))
        self.new_button.clicked.connect(self.new_application)
        top = QHBoxLayout()
        top.addWidget(self.round_heading, 1)
        top.addWidget(self.count_label)
        top.addSpacing(12)
        top.addWidget(self.new_button)
        list_part = QWidget()
        list_layout = QVBoxLayout(list_part)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.addLayout(top)
        list_layout.addWidget(self.applications_view, 1)

        self.editor = ApplicationEditor(
            context, prompts, undo, dialogs, language=language, today=today
        )
        self.editor.open_requested.connect(self.open_engagement)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(rounds_part)
        self.splitter.addWidget(list_part)
        self.splitter.addWidget(self.editor)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setStretchFactor(2, 4)
        self.splitter.setSizes([130, 180, 400])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 6)
        layout.addWidget(page_heading(self.tr("Applications")))
        layout.addWidget(self.splitter, 1)
        self.read_only = ReadOnlyLock(
            self,
            lambda: self._context.read_only,
            only=(self.new_round_button, self.edit_round_button, self.new_button),
        )
        self.set_context(context)

    # --- state -------------------------------------------------------------------------------

    @property
    def round_id(self) -> uuid.UUID | None:
        """The selected round."""
        index = self.rounds_view.currentIndex()
        return self.rounds.record_at(index.row()).id if index.isValid() else None

    def set_context(self, context: AppContext) -> None:
        """Use another open database."""
        self._context = context
        self.read_only.apply()
        self.applications.themes = theme_labels(context.applications.themes(), self._language)
        self.editor.set_context(context)
        self.reload()

    def reload(self) -> None:
        """Read the rounds (keeping the selection) and the selected round's applications."""
        selected = self.round_id
        self.rounds.set_rows(self._context.applications.rounds())
        row = self.rounds.row_of(selected) if selected is not None else None
        if row is None and self.rounds.rowCount() > 0:
            row = 0
        if row is not None:
            self.select_round(self.rounds.record_at(row).id)
        else:
            self._show_round(None)
        self.rounds_view.resizeColumnsToContents()
        self.rounds_view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

    def select_round(self, round_id: uuid.UUID) -> None:
        """Make `round_id` the selected round."""
        row = self.rounds.row_of(round_id)
        if row is None:
            return
        index = self.rounds.index(row, 0)
        if self.rounds_view.currentIndex().row() == row:
            self._show_round(round_id)
            return
        self.rounds_view.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )

    def select_application(self, application_id: uuid.UUID) -> bool:
        """Select an application of the shown round (and load it into the editor)."""
        row = self.applications.row_of(application_id)
        if row is None:
            return False
        index = self.proxy.mapFromSource(self.applications.index(row, 0))
        self.applications_view.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        return True

    def apply_changes(self, changes: Changes) -> None:
        """Refresh after a service call changed applications or forløb."""
        if changes.touches(Entity.APPLICATION) or changes.touches(Entity.ENGAGEMENT):
            self.reload()
            self.editor.apply_changes(changes)

    # --- actions -----------------------------------------------------------------------------

    def new_round(self) -> None:
        """Ask for a new round and create it (rounds have no delete, so this is not undoable)."""
        draft = self._dialogs().ask_round(self.tr("New application round"), None)
        if draft is None:
            return
        try:
            summary, changes = self._context.applications.create_round(draft)
        except UserError as error:
            self._show_round_error(error)
            return
        self.round_error.hide()
        self._undo.publish(changes)
        self.select_round(summary.id)

    def edit_round(self) -> None:
        """Edit the selected round's name, deadline and notes (undoable)."""
        index = self.rounds_view.currentIndex()
        if not index.isValid():
            return
        summary = self.rounds.record_at(index.row())
        draft = self._dialogs().ask_round(self.tr("Edit application round"), _round_draft(summary))
        if draft is None:
            return
        applications = self._context.applications
        command = ActionCommand(
            self.tr("edit of the round %1").replace("%1", summary.name),
            self._context,
            lambda: applications.update_round(summary.id, draft)[1],
        )
        try:
            self._undo.perform(command)
        except UserError as error:
            self._show_round_error(error)
            return
        self.round_error.hide()

    def new_application(self) -> None:
        """An empty application form in the selected round (after asking about unsaved changes)."""
        if not self.editor.unsaved.resolve():
            return
        self._quietly(self.applications_view.clearSelection)
        self.editor.start_new()

    # --- helpers -----------------------------------------------------------------------------

    def _show_round_error(self, error: UserError) -> None:
        self.round_error.setText(error.message(self._language))
        self.round_error.show()

    def _on_round(self, current: Index, previous: Index) -> None:
        if self._reverting:
            return
        if not self.editor.unsaved.resolve():
            self._restore(self.rounds_view, previous)
            return
        self._show_round(self.rounds.record_at(current.row()).id if current.isValid() else None)

    def _restore(self, view: QAbstractItemView, previous: Index) -> None:
        """Put the selection back on the edited row (the user chose Annuller)."""

        def select() -> None:
            if previous.isValid():
                view.selectionModel().setCurrentIndex(
                    previous,
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
            else:
                view.clearSelection()

        self._quietly(select)

    def _quietly(self, action: Callable[[], object]) -> None:
        self._reverting = True
        try:
            action()
        finally:
            self._reverting = False

    def _show_round(self, round_id: uuid.UUID | None) -> None:
        summary = (
            None if round_id is None else self.rounds.record_at(self.rounds.row_of(round_id) or 0)
        )
        shown = self.editor.application_id
        rows = [] if round_id is None else self._context.applications.applications(round_id)
        self.applications.set_rows(rows)
        self.applications_view.resizeColumnsToContents()
        self.applications_view.setColumnWidth(3, min(self.applications_view.columnWidth(3), 300))
        if summary is None:
            self.round_heading.setText(self.tr("No application round yet: create one."))
            self.count_label.clear()
        else:
            name = html.escape(summary.name)
            heading = (
                self.tr("<b>%1</b> – deadline %2")
                .replace("%1", name)
                .replace("%2", date_text(summary.deadline))
                if summary.deadline is not None
                else f"<b>{name}</b>"
            )
            self.round_heading.setText(heading)
            self.count_label.setText(
                self.tr("%n application(s), %1 granted, %2 pending", "", summary.applications)
                .replace("%1", str(summary.granted))
                .replace("%2", str(summary.pending))
            )
        self.new_button.setEnabled(round_id is not None)
        self.edit_round_button.setEnabled(round_id is not None)
        if round_id != self.editor.round_id:
            self.editor.set_round(round_id)
        elif shown is not None and not self.select_application(shown):
            self.editor.clear()

    def _on_application(self, current: Index, previous: Index) -> None:
        if self._reverting or not current.isValid():
            return
        detail = self.applications.record_at(self.proxy.mapToSource(current).row())
        if detail.id == self.editor.application_id:
            return
        if not self.editor.unsaved.resolve():
            self._restore(self.applications_view, previous)
            return
        self.editor.load(detail.id)
        self._quietly(lambda: self.select_application(detail.id))

    def _on_double_click(self, index: Index) -> None:
        detail = self.applications.record_at(self.proxy.mapToSource(index).row())
        if index.column() == LINK_COLUMN and detail.engagement_id is not None:
            self.open_engagement.emit(detail.engagement_id)
