"""The plan table: milestones of one forløb, editable in place; every edit goes to a hook that
saves it through the service (and the undo stack)."""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Callable
from datetime import date
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from taskforce_app.domain.enums import MilestoneStatus, Phase
from taskforce_app.domain.errors import UserError, ValidationError
from taskforce_app.domain.milestones import MilestoneDraft, MilestoneView
from taskforce_app.ui.kit.column_table import ColumnSpec, ColumnTableModel, date_sort
from taskforce_app.ui.kit.date_field import DateField, parse_field_date
from taskforce_app.ui.kit.labels import date_text, phase_label
from taskforce_app.ui.kit.palette_colours import RED, cell_text

Index = QModelIndex | QPersistentModelIndex
MilestoneCommit = Callable[[MilestoneView, MilestoneDraft, str], bool]
"""Save `draft` for the milestone `view`; the text names the edit; True when saved."""


class MilestoneColumn(IntEnum):
    """The columns of the plan table."""

    TITLE = 0
    PHASE = 1
    PLANNED = 2
    ACTUAL = 3
    RESPONSIBLE = 4
    STATUS = 5
    NOTE = 6


def status_label(status: MilestoneStatus) -> str:
    """The translated name of a milestone status."""
    labels = {
        MilestoneStatus.PLANNED: QCoreApplication.translate("MilestoneStatus", "Planned"),
        MilestoneStatus.DONE: QCoreApplication.translate("MilestoneStatus", "Done"),
        MilestoneStatus.CANCELLED: QCoreApplication.translate("MilestoneStatus", "Cancelled"),
    }
    return labels[status]


def edit_text(column: MilestoneColumn) -> str:
    """The name of an edit of `column`, as the undo menu shows it ("Undo <this>")."""
    texts = {
        MilestoneColumn.TITLE: QCoreApplication.translate(
            "MilestoneTable", "edit of a milestone's title"
        ),
        MilestoneColumn.PHASE: QCoreApplication.translate(
            "MilestoneTable", "edit of a milestone's phase"
        ),
        MilestoneColumn.PLANNED: QCoreApplication.translate(
            "MilestoneTable", "edit of a milestone's planned date"
        ),
        MilestoneColumn.ACTUAL: QCoreApplication.translate(
            "MilestoneTable", "edit of a milestone's actual date"
        ),
        MilestoneColumn.RESPONSIBLE: QCoreApplication.translate(
            "MilestoneTable", "edit of a milestone's responsible"
        ),
        MilestoneColumn.STATUS: QCoreApplication.translate(
            "MilestoneTable", "edit of a milestone's status"
        ),
        MilestoneColumn.NOTE: QCoreApplication.translate(
            "MilestoneTable", "edit of a milestone's note"
        ),
    }
    return texts[column]


class MilestoneTableModel(ColumnTableModel[MilestoneView]):
    """The milestones of one forløb (`MilestoneView` read models); cells are edited in place.

    `setData` turns the edited cell into a `MilestoneDraft` and hands it to `commit`; the model
    itself never calls a service. A refused edit returns False and emits nothing.
    """

    def __init__(
        self, parent: QObject | None = None, *, today: Callable[[], date] = date.today
    ) -> None:
        super().__init__(
            [
                ColumnSpec(
                    lambda: QCoreApplication.translate("MilestoneTable", "Milestone"),
                    lambda m: m.title,
                    text_tooltip=True,
                ),
                ColumnSpec(
                    lambda: QCoreApplication.translate("MilestoneTable", "Phase"),
                    lambda m: phase_label(m.phase),
                    lambda m: m.phase.order,
                ),
                ColumnSpec(
                    lambda: QCoreApplication.translate("MilestoneTable", "Planned"),
                    lambda m: date_text(m.planned_on),
                    lambda m: date_sort(m.planned_on),
                ),
                ColumnSpec(
                    lambda: QCoreApplication.translate("MilestoneTable", "Actual"),
                    lambda m: date_text(m.actual_on),
                    lambda m: date_sort(m.actual_on),
                ),
                ColumnSpec(
                    lambda: QCoreApplication.translate("MilestoneTable", "Responsible"),
                    lambda m: m.responsible_initials,
                ),
                ColumnSpec(
                    lambda: QCoreApplication.translate("MilestoneTable", "Status"),
                    lambda m: status_label(m.status),
                ),
                ColumnSpec(
                    lambda: QCoreApplication.translate("MilestoneTable", "Note"),
                    lambda m: m.note,
                    text_tooltip=True,
                ),
            ],
            key=lambda m: m.id,
            parent=parent,
        )
        self._today = today
        self.commit: MilestoneCommit | None = None
        self.refusal: Callable[[UserError], None] | None = None
        self.is_read_only: Callable[[], bool] = lambda: False
        """True while the database is read-only: no cell is editable then."""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """As the base model, plus codes for the editors and red dates for overdue milestones."""
        if not index.isValid() or not 0 <= index.row() < self.rowCount():
            return None
        column = index.column()
        view = self.record_at(index.row())
        if role == Qt.ItemDataRole.EditRole:
            if column == MilestoneColumn.PHASE:
                return view.phase.value
            if column == MilestoneColumn.STATUS:
                return view.status.value
            if column == MilestoneColumn.RESPONSIBLE:
                return "" if view.responsible_id is None else str(view.responsible_id)
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and column == MilestoneColumn.PLANNED
            and view.is_overdue(self._today())
        ):
            return cell_text(RED)
        if (
            role == Qt.ItemDataRole.ToolTipRole
            and column == MilestoneColumn.PLANNED
            and view.is_overdue(self._today())
        ):
            return QCoreApplication.translate(
                "MilestoneTable", "Overdue: the date has passed and the milestone is still planned."
            )
        return super().data(index, role)

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Every cell is editable (none while the database is read-only)."""
        flags = super().flags(index)
        if index.isValid() and not self.is_read_only():
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Save one edited cell through `commit`; False when refused or unchanged."""
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self.commit is None:
            return False
        if not 0 <= index.row() < self.rowCount():
            return False
        view = self.record_at(index.row())
        column = MilestoneColumn(index.column())
        try:
            draft = self._edited(view, column, value)
        except UserError as error:
            if self.refusal is not None:
                self.refusal(error)
            return False
        if draft == view.draft():
            return False
        return self.commit(view, draft, edit_text(column))

    def view_of(self, milestone_id: uuid.UUID) -> MilestoneView | None:
        """The read model of a milestone shown here."""
        row = self.row_of(milestone_id)
        return None if row is None else self.record_at(row)

    def _edited(self, view: MilestoneView, column: MilestoneColumn, value: Any) -> MilestoneDraft:
        draft = view.draft()
        text = "" if value is None else str(value)
        if column == MilestoneColumn.TITLE:
            return dataclasses.replace(draft, title=text)
        if column == MilestoneColumn.NOTE:
            return dataclasses.replace(draft, note=text)
        if column == MilestoneColumn.PHASE:
            return dataclasses.replace(draft, phase=Phase(text))
        if column == MilestoneColumn.PLANNED:
            planned = parse_field_date(text, "Planlagt dato")
            if planned is None:
                raise ValidationError("value.required", field="Planlagt dato")
            return dataclasses.replace(draft, planned_on=planned)
        if column == MilestoneColumn.ACTUAL:
            return draft.with_actual_date(parse_field_date(text, "Faktisk dato"))
        if column == MilestoneColumn.RESPONSIBLE:
            return dataclasses.replace(draft, responsible_id=uuid.UUID(text) if text else None)
        status = MilestoneStatus(text)
        actual = draft.actual_on
        if status is MilestoneStatus.DONE and actual is None:
            actual = self._today()
        elif status is MilestoneStatus.PLANNED:
            actual = None  # planned again: it has not happened yet
        return dataclasses.replace(draft, status=status, actual_on=actual)


class MilestoneDelegate(QStyledItemDelegate):
    """Editors for the plan table: combos for phase, status and responsible, dates as text."""

    def __init__(
        self, responsible: Callable[[], list[tuple[str, str]]], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._responsible = responsible

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        """A combo or a date field, by column; text columns get the default editor."""
        column = index.column()
        if column in (MilestoneColumn.PLANNED, MilestoneColumn.ACTUAL):
            editor = DateField(parent)
            editor.setFrame(False)
            return editor
        choices: list[tuple[str, str]] | None = None
        if column == MilestoneColumn.PHASE:
            choices = [(phase_label(p), p.value) for p in Phase]
        elif column == MilestoneColumn.STATUS:
            choices = [(status_label(s), s.value) for s in MilestoneStatus]
        elif column == MilestoneColumn.RESPONSIBLE:
            choices = [("—", ""), *self._responsible()]
        if choices is None:
            return super().createEditor(parent, option, index)
        combo = QComboBox(parent)
        for label, code in choices:
            combo.addItem(label, code)
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        """Put the cell's value into the editor."""
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(value)))
        elif isinstance(editor, DateField):
            editor.setText(str(value or ""))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        """Hand the edited value to the model (which saves it or refuses)."""
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
        elif isinstance(editor, DateField):
            model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)
        else:
            super().setModelData(editor, model, index)
