"""Move a forløb's start date: before anything moves, the dialog lists what will move (the open
milestones, the phase period that began at the start, the planned end) or why it cannot."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from taskforce_app.domain.errors import UserError, ValidationError
from taskforce_app.domain.milestones import ShiftPreview, StartShiftPlan
from taskforce_app.ui.kit.column_table import ColumnSpec, ColumnTableModel, date_sort
from taskforce_app.ui.kit.date_field import DateField
from taskforce_app.ui.kit.dialog_layout import ok_cancel
from taskforce_app.ui.kit.error_label import error_label
from taskforce_app.ui.kit.inline_errors import InlineErrors
from taskforce_app.ui.kit.labels import date_text, phase_label

ShiftPlanner = Callable[[date], StartShiftPlan]
"""What moving the start to a date would move (may raise `UserError`)."""


class StartShiftDialog(InlineErrors, QDialog):
    """A new start date, with everything it moves shown before OK; one undoable operation."""

    def __init__(
        self,
        current: date,
        planner: ShiftPlanner,
        parent: QWidget | None = None,
        *,
        language: str = "da",
    ) -> None:
        super().__init__(parent)
        self._planner, self._language, self._current = planner, language, current
        self.plan: StartShiftPlan | None = None
        self.setWindowTitle(self.tr("Move the start date"))
        self.start_edit = DateField()
        self.start_edit.set_value(current)
        self.start_edit.textChanged.connect(self.update_preview)
        form = QFormLayout()
        form.addRow(self.tr("Current start date:"), QLabel(date_text(current)))
        form.addRow(self.tr("&New start date:"), self.start_edit)
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.phases_label = QLabel()
        self.phases_label.setWordWrap(True)
        self.error_label = error_label()
        self.model: ColumnTableModel[ShiftPreview] = ColumnTableModel(
            [
                ColumnSpec(lambda: self.tr("Milestone"), lambda p: p.title, text_tooltip=True),
                ColumnSpec(
                    lambda: self.tr("From"),
                    lambda p: date_text(p.old_date),
                    lambda p: date_sort(p.old_date),
                ),
                ColumnSpec(
                    lambda: self.tr("To"),
                    lambda p: date_text(p.new_date),
                    lambda p: date_sort(p.new_date),
                ),
            ],
            key=lambda p: p.milestone_id,
            parent=self,
        )
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.buttons = ok_cancel(self)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.phases_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.resize(600, 480)
        self.update_preview()

    @property
    def new_start(self) -> date | None:
        """The start date the plan was made for (None while the input is refused)."""
        return None if self.plan is None else self.plan.new_start

    def update_preview(self) -> None:
        """Ask the service what the typed date would move and show it (or why it cannot)."""
        self.plan = None
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        try:
            new_start = self.start_edit.value(self.tr("New start date"))
            if new_start is None:
                raise ValidationError("value.required", field=self.tr("New start date"))
            plan = self._planner(new_start)
        except UserError as error:
            self.model.set_rows([])
            self.summary_label.clear()
            self.phases_label.clear()
            self._show_error(error)
            ok.setEnabled(False)
            return
        self.error_label.hide()
        self.plan = plan
        self.model.set_rows(list(plan.milestones))
        self.summary_label.setText(self._summary(plan))
        self.phases_label.setText(self._phases(plan))
        ok.setEnabled(plan.new_start != self._current)

    def _summary(self, plan: StartShiftPlan) -> str:
        end = (
            self.tr("The planned end moves from %1 to %2.")
            .replace("%1", date_text(plan.old_planned_end) or "–")
            .replace("%2", date_text(plan.new_planned_end))
            if plan.old_planned_end != plan.new_planned_end
            else ""
        )
        moved = self.tr("%1 open milestones move; done and cancelled ones stay.").replace(
            "%1", str(len(plan.milestones))
        )
        return f"{moved} {end}".strip()

    def _phases(self, plan: StartShiftPlan) -> str:
        if not plan.phases:
            return self.tr("No phase period moves.")
        return "\n".join(
            self.tr("Phase %1 begins on %2 instead of %3.")
            .replace("%1", phase_label(shift.phase))
            .replace("%2", date_text(shift.new_date))
            .replace("%3", date_text(shift.old_date) or "–")
            for shift in plan.phases
        )
