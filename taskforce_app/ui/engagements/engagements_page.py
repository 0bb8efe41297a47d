"""The Forløb page: the searchable, sortable list of forløb above the editor of the selected one."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from taskforce_app.bootstrap import AppContext
from taskforce_app.domain.changes import Changes
from taskforce_app.ui.engagements.engagement_editor import EditorMode, EngagementEditor
from taskforce_app.ui.engagements.engagement_models import (
    EngagementColumn,
    EngagementFilterProxy,
    EngagementTableModel,
)
from taskforce_app.ui.kit.edit_dialogs import EditDialogs
from taskforce_app.ui.kit.page_filters import search_edit
from taskforce_app.ui.kit.prompts import Prompts
from taskforce_app.ui.kit.sorted_tables import sorted_record_table
from taskforce_app.ui.kit.undo import UndoController


class EngagementsPage(QWidget):
    """Search box, the forløb table and the editor; selecting a row loads it into the editor."""

    engagement_chosen = Signal(object)
    """The user selected a forløb in the table (its `uuid.UUID`)."""

    def __init__(
        self,
        context: AppContext,
        model: EngagementTableModel,
        prompts: Prompts,
        undo: UndoController,
        dialogs: Callable[[], EditDialogs],
        *,
        language: str = "da",
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._model = model
        self._reverting = False
        self.proxy = EngagementFilterProxy(self)
        self.proxy.setSourceModel(model)

        self.search_edit = search_edit(self.tr("Search municipality, code, region, team or title"))
        self.search_edit.textChanged.connect(self._on_search)
        search_label = QLabel(self.tr("Sea&rch:"))
        search_label.setBuddy(self.search_edit)
        self.count_label = QLabel()
        self.new_button = QPushButton(self.tr("&New engagement"))

        self.table = sorted_record_table(self.proxy, EngagementColumn.MUNICIPALITY)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_row)

        self.editor = EngagementEditor(
            context, prompts, undo, dialogs, language=language, today=today
        )
        self.table.doubleClicked.connect(lambda _index: self.editor.title_edit.setFocus())
        self.new_button.clicked.connect(self.start_new)
        self.editor.created.connect(self._select_quietly)

        top = QHBoxLayout()
        top.addWidget(search_label)
        top.addWidget(self.search_edit, 1)
        top.addWidget(self.count_label)
        top.addSpacing(12)
        top.addWidget(self.new_button)
        list_part = QWidget()
        list_layout = QVBoxLayout(list_part)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.addLayout(top)
        list_layout.addWidget(self.table, 1)

        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(list_part)
        self.splitter.addWidget(self.editor)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([300, 460])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 6)
        layout.addWidget(self.splitter)
        model.modelReset.connect(self._update_count)
        self._update_count()

    def start_new(self) -> None:
        """Empty the editor for a new forløb (after asking about unsaved changes)."""
        if not self.editor.confirm_discard():
            return
        self._reverting = True
        try:
            self.table.clearSelection()
            self.table.selectionModel().clearCurrentIndex()
        finally:
            self._reverting = False
        self.editor.start_new()

    def apply_changes(self, changes: Changes) -> None:
        """Show what a service call changed in the forløb being edited."""
        self.editor.apply_changes(changes)

    def open(self, engagement_id: uuid.UUID) -> bool:
        """Select `engagement_id` and load it, clearing the search if it hides the forløb."""
        if self._model.row_of(engagement_id) is None:
            return False
        if not self.select(engagement_id):
            self.search_edit.clear()
            if not self.select(engagement_id):
                return False
        if self.editor.engagement_id != engagement_id:
            self.editor.load(engagement_id)
        return True

    def show_engagement(self, engagement_id: uuid.UUID) -> None:
        """Follow a forløb chosen on another page, unless the editor holds unsaved typing."""
        if self.editor.engagement_id == engagement_id or self.editor.is_dirty():
            return
        self.open(engagement_id)

    def select(self, engagement_id: uuid.UUID) -> bool:
        """Select the row of `engagement_id` (if the search shows it)."""
        row = self._model.row_of(engagement_id)
        if row is None:
            return False
        index = self.proxy.mapFromSource(self._model.index(row, 0))
        if not index.isValid():
            return False
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)
        return True

    def after_reload(self) -> None:
        """Re-select what the editor shows after the list was reloaded."""
        self._update_count()
        self.table.resizeColumnsToContents()
        engagement_id = self.editor.engagement_id
        if engagement_id is not None:
            self._select_quietly(engagement_id)

    def _select_quietly(self, engagement_id: uuid.UUID) -> None:
        self._reverting = True
        try:
            self.select(engagement_id)
        finally:
            self._reverting = False

    def _on_search(self, text: str) -> None:
        self.proxy.set_search(text)
        self._update_count()

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self._model.rowCount()
        if shown == total:
            text = self.tr("%1 engagements").replace("%1", str(total))
        else:
            text = (
                self.tr("%1 of %2 engagements").replace("%1", str(shown)).replace("%2", str(total))
            )
        self.count_label.setText(text)

    def _on_current_row(
        self,
        current: QModelIndex | QPersistentModelIndex,
        previous: QModelIndex | QPersistentModelIndex,
    ) -> None:
        if self._reverting or not current.isValid():
            return
        engagement_id = self.proxy.engagement_id(current)
        if engagement_id is None or (
            engagement_id == self.editor.engagement_id and self.editor.mode == EditorMode.EDIT
        ):
            return
        if not self.editor.confirm_discard():
            self._reverting = True
            try:
                if previous.isValid():
                    self.table.selectionModel().setCurrentIndex(
                        previous,
                        QItemSelectionModel.SelectionFlag.ClearAndSelect
                        | QItemSelectionModel.SelectionFlag.Rows,
                    )
                else:
                    self.table.clearSelection()
            finally:
                self._reverting = False
            return
        self.editor.load(engagement_id)
        self.engagement_chosen.emit(engagement_id)
