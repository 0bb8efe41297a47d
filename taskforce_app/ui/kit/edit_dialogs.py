"""The editing dialogs (round, start date of a grant, start-date shift, phase change) behind one
small interface, so the pages never open a modal dialog in tests."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Protocol

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from taskforce_app.domain.applications import ApplicationDetail, RoundDraft
from taskforce_app.domain.enums import Phase
from taskforce_app.domain.errors import UserError
from taskforce_app.domain.milestones import ShiftPreview
from taskforce_app.ui.kit.column_table import ColumnSpec, ColumnTableModel, date_sort
from taskforce_app.ui.kit.date_field import DateField
from taskforce_app.ui.kit.dialog_layout import ok_cancel
from taskforce_app.ui.kit.labels import date_text, phase_label
from taskforce_app.ui.kit.palette_colours import error_text_style, follow_palette

PreviewFunction = Callable[[date], list[ShiftPreview]]


@dataclass(frozen=True, slots=True)
class StartAnswer:
    """The answer to "when does the forløb start?": a date, or None for "not yet known"."""

    start: date | None


class EditDialogs(Protocol):
    """The questions the editing pages ask in a dialog; None means cancelled."""

    def ask_round(self, title: str, initial: RoundDraft | None) -> RoundDraft | None:
        """Name, deadline and notes of an application round."""
        ...

    def ask_grant_start(self, application: ApplicationDetail) -> StartAnswer | None:
        """The start date of the forløb a grant creates (optional)."""
        ...

    def ask_start_shift(self, current: date, preview: PreviewFunction) -> date | None:
        """A new start date, after showing what it does to the plan."""
        ...

    def ask_phase_change(self, current: Phase, today: date) -> tuple[Phase, date] | None:
        """The next phase and the date it begins."""
        ...


def _error_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    follow_palette(label, error_text_style)
    label.hide()
    return label


class _FormDialog(QDialog):
    """A dialog with a form, an inline error and OK/Cancel; OK runs `check` first."""

    def __init__(self, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout()
        self.error = _error_label()
        self.buttons = ok_cancel(self, self._on_ok)
        self.body = QVBoxLayout(self)
        self.body.addLayout(self.form)

    def finish_layout(self) -> None:
        """Add the error line and the buttons below whatever the subclass added."""
        self.body.addWidget(self.error)
        self.body.addWidget(self.buttons)

    def check(self) -> None:
        """Raise `UserError` when the input cannot be accepted."""

    def show_error(self, error: UserError) -> None:
        """Show why the input is refused."""
        self.error.setText(error.message(self.property("language") or "da"))
        self.error.show()

    def _on_ok(self) -> None:
        try:
            self.check()
        except UserError as error:
            self.show_error(error)
            return
        self.accept()


class RoundDialog(_FormDialog):
    """Create or edit an application round."""

    def __init__(self, title: str, initial: RoundDraft | None, parent: QWidget | None) -> None:
        super().__init__(title, parent)
        self.name_edit = QLineEdit(initial.name if initial else "")
        self.deadline_edit = DateField()
        self.deadline_edit.set_value(initial.deadline if initial else None)
        self.notes_edit = QPlainTextEdit(initial.notes if initial else "")
        self.notes_edit.setTabChangesFocus(True)
        self.form.addRow(self.tr("&Name:"), self.name_edit)
        self.form.addRow(self.tr("&Deadline:"), self.deadline_edit)
        self.form.addRow(self.tr("N&otes:"), self.notes_edit)
        self.finish_layout()

    def draft(self) -> RoundDraft:
        """The typed round (may raise `UserError`)."""
        return RoundDraft(
            name=self.name_edit.text(),
            deadline=self.deadline_edit.value(self.tr("Deadline")),
            notes=self.notes_edit.toPlainText(),
        ).validated()

    def check(self) -> None:
        """The round must be valid."""
        self.draft()


class GrantDialog(_FormDialog):
    """Ask for the start date of the forløb a grant creates."""

    def __init__(self, application: ApplicationDetail, parent: QWidget | None) -> None:
        super().__init__(self.tr("Grant the application"), parent)
        text = QLabel(
            self.tr(
                "Granting creates the engagement for %1. With a start date it also gets its "
                "24-month plan; without one, add the start date later."
            ).replace("%1", application.municipality_name)
        )
        text.setWordWrap(True)
        self.form.addRow(text)
        self.start_edit = DateField()
        self.form.addRow(self.tr("&Start date:"), self.start_edit)
        self.finish_layout()

    def check(self) -> None:
        """The date, if any, must be a real date."""
        self.start_edit.value(self.tr("Start date"))


class ShiftStartDialog(_FormDialog):
    """Pick a new start date and see, before moving anything, where each open milestone lands."""

    def __init__(self, current: date, preview: PreviewFunction, parent: QWidget | None) -> None:
        super().__init__(self.tr("Move the start date"), parent)
        self._preview = preview
        self.form.addRow(self.tr("Current start date:"), QLabel(date_text(current)))
        self.start_edit = DateField()
        self.start_edit.set_value(current)
        self.start_edit.textChanged.connect(self.update_preview)
        self.form.addRow(self.tr("&New start date:"), self.start_edit)
        self.model: ColumnTableModel[ShiftPreview] = ColumnTableModel(
            [
                ColumnSpec(lambda: self.tr("Milestone"), lambda p: p.title),
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
        self.summary = QLabel()
        self.body.addWidget(self.summary)
        self.body.addWidget(self.table, 1)
        self.finish_layout()
        self.resize(560, 460)

    def update_preview(self) -> None:
        """Show where the open milestones move (done and cancelled ones stay)."""
        try:
            new_start = self.start_edit.value(self.tr("New start date"))
            rows = [] if new_start is None else self._preview(new_start)
        except UserError:
            rows = []
        self.model.set_rows(rows)
        self.summary.setText(
            self.tr("%1 open milestones move; done and cancelled ones stay.").replace(
                "%1", str(len(rows))
            )
        )

    def check(self) -> None:
        """A new start date is required."""
        if self.start_edit.value(self.tr("New start date")) is None:
            raise UserError("value.required", field=self.tr("New start date"))


class PhaseChangeDialog(_FormDialog):
    """Pick the next phase and the date it begins."""

    def __init__(self, current: Phase, today: date, parent: QWidget | None) -> None:
        super().__init__(self.tr("Change phase"), parent)
        self.form.addRow(self.tr("Current phase:"), QLabel(phase_label(current)))
        self.phase_combo = QComboBox()
        for phase in Phase:
            self.phase_combo.addItem(phase_label(phase), phase.value)
        following = list(Phase)[min(current.order + 1, len(Phase) - 1)]
        self.phase_combo.setCurrentIndex(self.phase_combo.findData(following.value))
        self.date_edit = DateField()
        self.date_edit.set_value(today)
        self.form.addRow(self.tr("&New phase:"), self.phase_combo)
        self.form.addRow(self.tr("&From:"), self.date_edit)
        self.finish_layout()

    def answer(self) -> tuple[Phase, date]:
        """The chosen phase and date."""
        day = self.date_edit.value(self.tr("Date"))
        if day is None:
            raise UserError("value.required", field=self.tr("Date"))
        return Phase(self.phase_combo.currentData()), day

    def check(self) -> None:
        """The date is required."""
        self.answer()


class QtEditDialogs:
    """The real dialogs, modal over `parent`."""

    def __init__(self, parent: QWidget | None = None, language: str = "da") -> None:
        self.parent = parent
        self.language = language

    def _run(self, dialog: _FormDialog) -> bool:
        dialog.setProperty("language", self.language)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        return dialog.exec() == QDialog.DialogCode.Accepted

    def ask_round(self, title: str, initial: RoundDraft | None) -> RoundDraft | None:
        """Show the round dialog."""
        dialog = RoundDialog(title, initial, self.parent)
        return dialog.draft() if self._run(dialog) else None

    def ask_grant_start(self, application: ApplicationDetail) -> StartAnswer | None:
        """Show the start-date dialog of a grant."""
        dialog = GrantDialog(application, self.parent)
        if not self._run(dialog):
            return None
        return StartAnswer(dialog.start_edit.value(""))

    def ask_start_shift(self, current: date, preview: PreviewFunction) -> date | None:
        """Show the start-date shift dialog with its preview."""
        dialog = ShiftStartDialog(current, preview, self.parent)
        dialog.update_preview()
        return dialog.start_edit.value("") if self._run(dialog) else None

    def ask_phase_change(self, current: Phase, today: date) -> tuple[Phase, date] | None:
        """Show the phase-change dialog."""
        dialog = PhaseChangeDialog(current, today, self.parent)
        return dialog.answer() if self._run(dialog) else None
