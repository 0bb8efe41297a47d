"""The Plan tab of a forløb: its milestones, edited in place, plus add, delete, generate, shift."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from taskforce_app.bootstrap import AppContext
from taskforce_app.domain.changes import Changes, Entity
from taskforce_app.domain.engagements import EngagementDetail
from taskforce_app.domain.milestones import MilestoneDraft, MilestoneView
from taskforce_app.ui.engagements.milestone_models import (
    MilestoneColumn,
    MilestoneDelegate,
    MilestoneTableModel,
)
from taskforce_app.ui.kit.column_table import sorted_proxy
from taskforce_app.ui.kit.edit_dialogs import EditDialogs
from taskforce_app.ui.kit.error_label import error_label
from taskforce_app.ui.kit.inline_errors import CommandErrors
from taskforce_app.ui.kit.modal import exec_dialog
from taskforce_app.ui.kit.prompts import Prompts
from taskforce_app.ui.kit.undo import (
    ActionCommand,
    CreateCommand,
    GeneratePlanCommand,
    ShiftStartCommand,
    UndoController,
)


class MilestonesPanel(CommandErrors, QWidget):
    """The plan of one forløb; each edit is one service call and one undo step."""

    def __init__(
        self,
        context: AppContext,
        undo: UndoController,
        prompts: Prompts,
        dialogs: Callable[[], EditDialogs],
        *,
        language: str = "da",
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._context, self._undo, self._prompts, self._dialogs = context, undo, prompts, dialogs
        self._language, self._today = language, today
        self._engagement: EngagementDetail | None = None
        self._team: list[tuple[str, str]] = []
        self.run_dialog: Callable[[QDialog], bool] = exec_dialog
        """Shows a dialog modally; True when accepted."""

        self.model = MilestoneTableModel(self, today=today)
        self.model.commit = self._commit
        self.model.refusal = self._show_error
        self.model.is_read_only = lambda: self._context.read_only
        self.proxy: QSortFilterProxyModel = sorted_proxy(self.model, self)
        self.proxy.setDynamicSortFilter(True)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setItemDelegate(MilestoneDelegate(lambda: self._team, self.table))
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(MilestoneColumn.PLANNED, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)

        self.summary_label = QLabel()
        self.add_button = QPushButton(self.tr("&Add milestone"))
        self.add_button.clicked.connect(self.add_milestone)
        self.delete_button = QPushButton(self.tr("Delete milestone"))
        self.delete_button.clicked.connect(self.delete_selected)
        self.generate_button = QPushButton(self.tr("&Generate plan"))
        self.generate_button.setToolTip(
            self.tr("Add the standard 24-month plan from the start date")
        )
        self.generate_button.clicked.connect(self.generate_plan)
        self.shift_button = QPushButton(self.tr("Move start date…"))
        self.shift_button.clicked.connect(self.shift_start)
        self.error_label = error_label()

        buttons = QHBoxLayout()
        buttons.addWidget(self.summary_label, 1)
        buttons.addWidget(self.generate_button)
        buttons.addWidget(self.shift_button)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(buttons)
        layout.addWidget(self.error_label)
        layout.addWidget(self.table, 1)
        self.set_engagement(None)

    def set_context(self, context: AppContext) -> None:
        """Use another open database."""
        self._context = context
        self.set_engagement(None)

    def set_engagement(self, detail: EngagementDetail | None) -> None:
        """Show the plan of `detail` (None: nothing)."""
        changed = detail is None or self._engagement is None or detail.id != self._engagement.id
        self._engagement = detail
        if changed:
            self.error_label.hide()
        self.refresh()

    def apply_changes(self, changes: Changes) -> None:
        """Reload when milestones or the team of the shown forløb changed."""
        if self._engagement is None:
            return
        if (
            changes.touches(Entity.MILESTONE)
            or changes.touches(Entity.TEAM)
            or changes.touches(Entity.ENGAGEMENT)
        ) and self._engagement.id in changes.ids:
            self.refresh()

    def refresh(self) -> None:
        """Read the milestones and the team again."""
        detail = self._engagement
        if detail is None:
            self.model.set_rows([])
            self._team = []
        else:
            rows = self._context.milestones.for_engagement(detail.id)
            self.model.set_rows(rows)
            self._team = [
                (f"{member.initials} – {member.name}", str(member.consultant_id))
                for member in self._context.team.team(detail.id)
            ]
        self._update_buttons()

    def _update_buttons(self) -> None:
        detail = self._engagement
        rows = self.model.records()
        has_start = detail is not None and detail.start_date is not None
        for widget in (self.add_button, self.delete_button, self.table):
            widget.setEnabled(detail is not None)
        self.generate_button.setVisible(has_start and not rows)
        self.shift_button.setEnabled(has_start and bool(rows))
        if detail is None:
            self.summary_label.clear()
        elif not rows:
            self.summary_label.setText(
                self.tr("No plan yet. Generate the 24-month plan from the start date.")
                if has_start
                else self.tr("No plan yet. Give the engagement a start date to generate its plan.")
            )
        else:
            done = sum(1 for row in rows if row.status.value == "done")
            self.summary_label.setText(
                self.tr("%1 milestones, %2 done")
                .replace("%1", str(len(rows)))
                .replace("%2", str(done))
            )
        if rows:
            self.table.resizeColumnsToContents()
            self.table.setColumnWidth(
                MilestoneColumn.TITLE, min(self.table.columnWidth(MilestoneColumn.TITLE), 320)
            )

    # --- edits -------------------------------------------------------------------------------

    def _commit(self, view: MilestoneView, draft: MilestoneDraft, text: str) -> bool:
        milestones = self._context.milestones
        command = ActionCommand(text, self._context, lambda: milestones.update(view.id, draft)[1])
        return self._perform(command)

    def add_milestone(self) -> None:
        """Add a milestone dated today (or at the start), in the forløb's phase; edit its title."""
        detail = self._engagement
        if detail is None:
            return
        day = self._today()
        if detail.start_date is not None and day < detail.start_date:
            day = detail.start_date
        if detail.planned_end_date is not None and day > detail.planned_end_date:
            day = detail.planned_end_date
        draft = MilestoneDraft(title=self.tr("New milestone"), phase=detail.phase, planned_on=day)
        milestones = self._context.milestones

        def create() -> tuple[uuid.UUID, Changes]:
            view, changes = milestones.create(detail.id, draft)
            return view.id, changes

        command = CreateCommand(self.tr("new milestone"), self._context, create)
        if self._perform(command) and command.created_id is not None:
            self.edit_title(command.created_id)

    def edit_title(self, milestone_id: uuid.UUID) -> None:
        """Select a milestone and open its title for editing."""
        row = self.model.row_of(milestone_id)
        if row is None:
            return
        index = self.proxy.mapFromSource(self.model.index(row, MilestoneColumn.TITLE))
        self.table.setCurrentIndex(index)
        self.table.edit(index)

    def selected(self) -> MilestoneView | None:
        """The milestone of the current row."""
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.model.record_at(self.proxy.mapToSource(index).row())

    def delete_selected(self) -> None:
        """Soft-delete the selected milestone after confirmation (undo restores it)."""
        view = self.selected()
        if view is None:
            return
        if not self._prompts.confirm(
            self.tr("Delete milestone"),
            self.tr("Delete the milestone “%1”?").replace("%1", view.title),
        ):
            return
        milestones = self._context.milestones
        self._perform(
            ActionCommand(
                self.tr("deletion of a milestone"),
                self._context,
                lambda: milestones.delete(view.id),
            )
        )

    def generate_plan(self) -> None:
        """Add the standard plan to a forløb with a start date and no milestones."""
        if self._engagement is None:
            return
        self._perform(
            GeneratePlanCommand(
                self.tr("generation of the plan"), self._context, self._engagement.id
            )
        )

    def shift_start(self) -> None:
        """Ask for a new start date (showing the preview), then move the plan."""
        detail = self._engagement
        if detail is None or detail.start_date is None:
            return
        from taskforce_app.ui.engagements.start_shift_dialog import StartShiftDialog

        engagement_id = detail.id
        milestones = self._context.milestones
        dialog = StartShiftDialog(
            detail.start_date,
            lambda day: milestones.plan_start_shift(engagement_id, day),
            self,
            language=self._language,
        )
        accepted = self.run_dialog(dialog)
        new_start = dialog.new_start
        dialog.deleteLater()
        if not accepted or new_start is None or new_start == detail.start_date:
            return
        self._perform(
            ShiftStartCommand(
                self.tr("move of the start date"), self._context, engagement_id, new_start
            )
        )
