"""The forløb editor: the basic fields of one forløb, saved through the engagement service."""

from __future__ import annotations

import re
import uuid
from datetime import date
from enum import Enum

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from taskforce_app.bootstrap import AppContext
from taskforce_app.domain.engagements import EngagementDetail, EngagementDraft, MunicipalityRef
from taskforce_app.domain.enums import Phase
from taskforce_app.domain.errors import UserError, ValidationError
from taskforce_app.ui.labels import date_text, phase_label
from taskforce_app.ui.prompts import Prompts

_DAY_FIRST = re.compile(r"^(\d{1,2})[-./ ](\d{1,2})[-./ ](\d{4})$")
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_COMPACT = re.compile(r"^(\d{2})(\d{2})(\d{4})$")


def parse_date(text: str) -> date | None:
    """A date typed as dd-mm-åååå (also with . or /, or ddmmåååå, or åååå-mm-dd); None if empty.

    Raises:
        ValueError: the text is not one of those forms or not a real date.
    """
    text = text.strip()
    if not text:
        return None
    if match := _ISO.match(text):
        year, month, day = (int(part) for part in match.groups())
        return date(year, month, day)
    match = _DAY_FIRST.match(text) or _COMPACT.match(text)
    if match is None:
        raise ValueError(text)
    day, month, year = (int(part) for part in match.groups())
    return date(year, month, day)


class DateField(QLineEdit):
    """A date typed as dd-mm-åååå; empty means "no date"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(self.tr("dd-mm-yyyy"))
        self.setClearButtonEnabled(True)
        self.setMaxLength(10)

    def value(self, field_name: str) -> date | None:
        """The typed date, or a `ValidationError` naming `field_name`."""
        try:
            return parse_date(self.text())
        except ValueError:
            raise ValidationError("date.invalid", field=field_name, value=self.text()) from None

    def set_value(self, value: date | None) -> None:
        """Show `value` (empty for no date)."""
        self.setText(date_text(value))


class EditorMode(Enum):
    """What the editor is showing."""

    EMPTY = "empty"
    NEW = "new"
    EDIT = "edit"


class EngagementEditor(QWidget):
    """Edit, create and soft-delete one forløb; emits `changed` with the service's `Changes`."""

    changed = Signal(object)

    def __init__(
        self,
        context: AppContext,
        prompts: Prompts,
        *,
        language: str = "da",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._prompts = prompts
        self._language = language
        self._mode = EditorMode.EMPTY
        self._detail: EngagementDetail | None = None
        self._baseline: tuple[object, ...] = ()
        self._build()
        self.set_context(context)

    def _build(self) -> None:
        self.heading = QLabel()
        heading_font = self.heading.font()
        heading_font.setBold(True)
        heading_font.setPointSizeF(heading_font.pointSizeF() * 1.15)
        self.heading.setFont(heading_font)
        self.error_label = QLabel()
        self.error_label.setObjectName("errorLabel")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(
            "#errorLabel { color: #8a1c1c; background: #fdecea; border: 1px solid #e6b0aa;"
            " border-radius: 3px; padding: 6px; }"
        )
        self.error_label.hide()

        self.title_edit = QLineEdit()
        self.title_edit.setMaxLength(200)
        self.municipality_combo = QComboBox()
        self.municipality_combo.setMaxVisibleItems(20)
        self.phase_combo = QComboBox()
        for phase in Phase:
            self.phase_combo.addItem(phase_label(phase), phase.value)
        self.start_edit = DateField()
        self.planned_end_edit = DateField()
        self.actual_end_edit = DateField()
        self.description_edit = QPlainTextEdit()
        self.description_edit.setTabChangesFocus(True)
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setPlaceholderText(
            self.tr("Never write CPR numbers or children's names here.")
        )

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("&Title:"), self.title_edit)
        form.addRow(self.tr("&Municipality:"), self.municipality_combo)
        form.addRow(self.tr("&Phase:"), self.phase_combo)
        form.addRow(self.tr("Start &date:"), self.start_edit)
        form.addRow(self.tr("Pl&anned end:"), self.planned_end_edit)
        form.addRow(self.tr("Act&ual end:"), self.actual_end_edit)

        texts = QGridLayout()
        description_label = QLabel(self.tr("De&scription:"))
        description_label.setBuddy(self.description_edit)
        notes_label = QLabel(self.tr("N&otes:"))
        notes_label.setBuddy(self.notes_edit)
        texts.addWidget(description_label, 0, 0)
        texts.addWidget(self.description_edit, 1, 0)
        texts.addWidget(notes_label, 0, 1)
        texts.addWidget(self.notes_edit, 1, 1)

        fields = QHBoxLayout()
        fields.addLayout(form, 2)
        fields.addLayout(texts, 3)

        self.delete_button = QPushButton(self.tr("Delete…"))
        self.delete_button.clicked.connect(self.delete_current)
        self.discard_button = QPushButton(self.tr("Discard changes"))
        self.discard_button.clicked.connect(self.discard_changes)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Save))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        buttons = QHBoxLayout()
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        buttons.addWidget(self.discard_button)
        buttons.addWidget(self.save_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.error_label)
        layout.addLayout(fields, 1)
        layout.addLayout(buttons)
        self._inputs: list[QWidget] = [
            self.title_edit,
            self.municipality_combo,
            self.phase_combo,
            self.start_edit,
            self.planned_end_edit,
            self.actual_end_edit,
            self.description_edit,
            self.notes_edit,
            self.save_button,
            self.discard_button,
        ]

    # --- state -------------------------------------------------------------------------------

    @property
    def mode(self) -> EditorMode:
        """Whether the editor is empty, creating or editing."""
        return self._mode

    @property
    def engagement_id(self) -> uuid.UUID | None:
        """The forløb being edited (None when empty or creating)."""
        return None if self._detail is None else self._detail.id

    @property
    def error_text(self) -> str:
        """The error shown in the form ("" when none)."""
        return self.error_label.text() if not self.error_label.isHidden() else ""

    def is_dirty(self) -> bool:
        """True when the form holds typed values that are not saved."""
        return self._mode != EditorMode.EMPTY and self._snapshot() != self._baseline

    def confirm_discard(self) -> bool:
        """True when there is nothing unsaved, or the user agrees to drop it."""
        if not self.is_dirty():
            return True
        return self._prompts.confirm(
            self.tr("Unsaved changes"),
            self.tr("The engagement you are editing has unsaved changes. Discard them?"),
        )

    def set_context(self, context: AppContext) -> None:
        """Use another open database (after File > Open); the editor is emptied."""
        self._context = context
        self._fill_municipalities(context.reference.municipalities())
        self.clear()

    def clear(self) -> None:
        """Show nothing (no forløb selected)."""
        self._detail = None
        self._mode = EditorMode.EMPTY
        self._fill(None)
        self._set_enabled(False)
        self.heading.setText(self.tr("Select an engagement in the list, or create a new one."))

    def load(self, engagement_id: uuid.UUID) -> bool:
        """Show one forløb for editing; False (and a message) if it cannot be read."""
        try:
            detail = self._context.engagements.get(engagement_id)
        except UserError as error:
            self.clear()
            self._show_error(error)
            return False
        self._show_detail(detail)
        return True

    def start_new(self) -> None:
        """Empty the form to create a new forløb."""
        self._detail = None
        self._mode = EditorMode.NEW
        self._fill(None)
        self._set_enabled(True)
        self.delete_button.setEnabled(False)
        self.heading.setText(self.tr("New engagement"))
        self.planned_end_edit.setPlaceholderText(
            self.tr("dd-mm-yyyy (empty: 24 months after the start)")
        )
        self.title_edit.setFocus()

    def discard_changes(self) -> None:
        """Put back the values last loaded or saved."""
        if self._mode == EditorMode.EDIT and self._detail is not None:
            self._show_detail(self._detail)
        elif self._mode == EditorMode.NEW:
            self.start_new()

    # --- actions -----------------------------------------------------------------------------

    def save(self) -> bool:
        """Create or update through the service; on a refusal show why and keep every value."""
        if self._mode == EditorMode.EMPTY:
            return False
        try:
            draft = self._draft()
            if self._mode == EditorMode.NEW:
                detail, changes = self._context.engagements.create(draft)
            else:
                assert self._detail is not None
                detail, changes = self._context.engagements.update(
                    self._detail.id, draft, expected_stamp=self._detail.updated_stamp
                )
        except UserError as error:
            self._show_error(error)
            return False
        self._show_detail(detail)
        self.changed.emit(changes)
        return True

    def delete_current(self) -> bool:
        """Soft-delete the forløb being edited, after the user confirms."""
        if self._mode != EditorMode.EDIT or self._detail is None:
            return False
        detail = self._detail
        question = self.tr(
            "Delete the engagement “%1” (%2)?\n\nIt disappears from every list. It is kept in "
            "the database, marked as deleted."
        )
        question = question.replace("%1", detail.title).replace("%2", detail.municipality.name)
        if not self._prompts.confirm(self.tr("Delete engagement"), question):
            return False
        try:
            changes = self._context.engagements.delete(detail.id)
        except UserError as error:
            self._show_error(error)
            return False
        self.clear()
        self.changed.emit(changes)
        return True

    # --- helpers -----------------------------------------------------------------------------

    def _draft(self) -> EngagementDraft:
        municipality = self.municipality_combo.currentData()
        if not isinstance(municipality, str):
            raise ValidationError("value.required", field=self.tr("Municipality"))
        return EngagementDraft(
            title=self.title_edit.text(),
            municipality_id=uuid.UUID(municipality),
            phase=Phase(self.phase_combo.currentData()),
            start_date=self.start_edit.value(self.tr("Start date")),
            planned_end_date=self.planned_end_edit.value(self.tr("Planned end")),
            actual_end_date=self.actual_end_edit.value(self.tr("Actual end")),
            description=self.description_edit.toPlainText(),
            notes=self.notes_edit.toPlainText(),
        )

    def _show_detail(self, detail: EngagementDetail) -> None:
        self._detail = detail
        self._mode = EditorMode.EDIT
        self._fill(detail)
        self._set_enabled(True)
        self.heading.setText(detail.title)
        self.planned_end_edit.setPlaceholderText(self.tr("dd-mm-yyyy"))

    def _fill(self, detail: EngagementDetail | None) -> None:
        self.error_label.clear()
        self.error_label.hide()
        if detail is None:
            self.title_edit.clear()
            self.municipality_combo.setCurrentIndex(0)
            self.phase_combo.setCurrentIndex(0)
            for field in (self.start_edit, self.planned_end_edit, self.actual_end_edit):
                field.set_value(None)
            self.description_edit.clear()
            self.notes_edit.clear()
        else:
            self.title_edit.setText(detail.title)
            found = self.municipality_combo.findData(str(detail.municipality.id))
            if found < 0:
                self.municipality_combo.addItem(
                    detail.municipality.label, str(detail.municipality.id)
                )
                found = self.municipality_combo.count() - 1
            self.municipality_combo.setCurrentIndex(found)
            self.phase_combo.setCurrentIndex(max(0, self.phase_combo.findData(detail.phase.value)))
            self.start_edit.set_value(detail.start_date)
            self.planned_end_edit.set_value(detail.planned_end_date)
            self.actual_end_edit.set_value(detail.actual_end_date)
            self.description_edit.setPlainText(detail.description)
            self.notes_edit.setPlainText(detail.notes)
        self._baseline = self._snapshot()

    def _fill_municipalities(self, municipalities: list[MunicipalityRef]) -> None:
        self.municipality_combo.clear()
        self.municipality_combo.addItem(self.tr("— choose a municipality —"), None)
        for ref in municipalities:
            self.municipality_combo.addItem(ref.label, str(ref.id))

    def _snapshot(self) -> tuple[object, ...]:
        return (
            self.title_edit.text(),
            self.municipality_combo.currentIndex(),
            self.phase_combo.currentIndex(),
            self.start_edit.text(),
            self.planned_end_edit.text(),
            self.actual_end_edit.text(),
            self.description_edit.toPlainText(),
            self.notes_edit.toPlainText(),
        )

    def _set_enabled(self, enabled: bool) -> None:
        for widget in self._inputs:
            widget.setEnabled(enabled)
        self.delete_button.setEnabled(enabled and self._mode == EditorMode.EDIT)

    def _show_error(self, error: UserError) -> None:
        self.error_label.setText(error.message(self._language))
        self.error_label.show()
