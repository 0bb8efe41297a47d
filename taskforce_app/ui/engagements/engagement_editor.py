"""The forløb editor: its fields, saved one by one as they are edited (no Save button), and the
Plan, Team and Faser tabs. Every save is a service call pushed on the undo stack."""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from enum import Enum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from taskforce_app.bootstrap import AppContext
from taskforce_app.domain.changes import Changes
from taskforce_app.domain.engagements import EngagementDetail, EngagementDraft, MunicipalityRef
from taskforce_app.domain.enums import Phase
from taskforce_app.domain.errors import NotFoundError, UserError, ValidationError
from taskforce_app.ui.engagements.engagement_tabs import EngagementTabs
from taskforce_app.ui.engagements.health_badge import HealthBadge
from taskforce_app.ui.kit.commit_fields import (
    CommitTextEdit,
    invalid_style,
    is_marked_invalid,
    mark_invalid,
)
from taskforce_app.ui.kit.date_field import DateField, parse_date
from taskforce_app.ui.kit.edit_dialogs import EditDialogs
from taskforce_app.ui.kit.error_label import error_label
from taskforce_app.ui.kit.inline_errors import InlineErrors
from taskforce_app.ui.kit.labels import phase_label
from taskforce_app.ui.kit.palette_colours import follow_palette
from taskforce_app.ui.kit.prompts import Prompts
from taskforce_app.ui.kit.read_only import ReadOnlyLock, keep_usable
from taskforce_app.ui.kit.undo import ActionCommand, CreateCommand, UndoController
from taskforce_app.ui.kit.unsaved_changes import UnsavedChangesGuard

if TYPE_CHECKING:
    from taskforce_app.ui.kit.key_figures_panel import KeyFiguresPanel

__all__ = ["DateField", "EditorMode", "EngagementEditor", "parse_date"]


class EditorMode(Enum):
    """What the editor is showing."""

    EMPTY = "empty"
    NEW = "new"
    EDIT = "edit"


@dataclass(frozen=True)
class _Field:
    """One saved-on-commit field: the draft attribute, its widget and how to read and show it."""

    name: str
    widget: QWidget
    read: Callable[[], Any]
    show: Callable[[EngagementDetail], None]
    edit_text: str


def _normal(value: Any) -> Any:
    return value.strip() if isinstance(value, str) else value


class EngagementEditor(InlineErrors, QWidget):
    """Edit, create and soft-delete one forløb, with its plan, team and phases below.

    `created` carries the id of a forløb created here, so the list can select it.
    """

    created = Signal(object)

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
        self._context = context
        self._prompts = prompts
        self._undo = undo
        self._dialogs = dialogs
        self._language = language
        self._today = today
        self._mode = EditorMode.EMPTY
        self._detail: EngagementDetail | None = None
        self._baseline: tuple[object, ...] = ()
        self._loading = False
        self._build()
        keep_usable(self.history_panel.export_button)
        self.read_only = ReadOnlyLock(self, lambda: self._context.read_only)
        self.unsaved = UnsavedChangesGuard(
            self,
            is_dirty=self._pending_after_autosave,
            save=self.save,
            discard=self.discard_changes,
            describe=self._describe,
        )
        self.set_context(context)

    # --- construction ------------------------------------------------------------------------

    def _build(self) -> None:
        follow_palette(self, invalid_style)
        self.heading = QLabel()
        heading_font = self.heading.font()
        heading_font.setBold(True)
        heading_font.setPointSizeF(heading_font.pointSizeF() * 1.15)
        self.heading.setFont(heading_font)
        self.health_label = HealthBadge()
        self.error_label = error_label()
        self.delete_button = QPushButton(self.tr("Delete…"))
        self.delete_button.clicked.connect(self.delete_current)

        self.title_edit = QLineEdit()
        self.title_edit.setMaxLength(200)
        self.municipality_combo = QComboBox()
        self.municipality_combo.setMaxVisibleItems(20)
        self.phase_combo = QComboBox()
        for phase in Phase:
            self.phase_combo.addItem(phase_label(phase), phase.value)
        self.change_phase_button = QPushButton(self.tr("Change phase…"))
        self.start_edit = DateField()
        self.planned_end_edit = DateField()
        self.actual_end_edit = DateField()
        self.description_edit = CommitTextEdit()
        self.description_edit.setTabChangesFocus(True)
        self.notes_edit = CommitTextEdit()
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setPlaceholderText(
            self.tr("Never write CPR numbers or children's names here.")
        )

        phase_row = QHBoxLayout()
        phase_row.addWidget(self.phase_combo, 1)
        phase_row.addWidget(self.change_phase_button)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("&Title:"), self.title_edit)
        form.addRow(self.tr("&Municipality:"), self.municipality_combo)
        phase_caption = QLabel(self.tr("&Phase:"))
        phase_caption.setBuddy(self.phase_combo)  # a row holding a layout has no buddy itself
        form.addRow(phase_caption, phase_row)
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

        self.saved_hint = QLabel(
            self.tr("Every change is saved as soon as you leave the field; Ctrl+Z undoes it.")
        )
        self.saved_hint.setStyleSheet("color: palette(mid);")
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.discard_changes)
        self.create_button = QPushButton(self.tr("Create engagement"))
        self.create_button.setDefault(True)
        self.create_button.clicked.connect(self.save)
        buttons = QHBoxLayout()
        buttons.addWidget(self.saved_hint, 1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.create_button)

        details = QWidget()
        details_layout = QVBoxLayout(details)
        details_layout.setContentsMargins(6, 6, 6, 6)
        details_layout.addLayout(fields, 1)
        details_layout.addLayout(buttons)

        self.change_phase_button.clicked.connect(self.change_phase)
        self.tabs = EngagementTabs(
            details,
            self._context,
            self._prompts,
            self._undo,
            self._dialogs,
            language=self._language,
            today=self._today,
        )
        tabs = self.tabs
        self.plan_panel, self.team_panel = tabs.plan_panel, tabs.team_panel
        self.phases_panel, self.history_panel = tabs.phases_panel, tabs.history_panel
        self.details_tab, self.plan_tab, self.team_tab = (
            tabs.details_tab,
            tabs.plan_tab,
            tabs.team_tab,
        )
        self.phases_tab, self.history_tab = tabs.phases_tab, tabs.history_tab
        self.key_figures_tab = tabs.key_figures_tab

        header = QHBoxLayout()
        header.addWidget(self.heading, 1)
        header.addWidget(self.health_label)
        header.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(header)
        layout.addWidget(self.error_label)
        layout.addWidget(self.tabs, 1)

        self._fields = [
            _Field(
                "title",
                self.title_edit,
                self.title_edit.text,
                lambda d: self.title_edit.setText(d.title),
                self.tr("edit of the title"),
            ),
            _Field(
                "municipality_id",
                self.municipality_combo,
                self._municipality,
                self._show_municipality,
                self.tr("change of municipality"),
            ),
            self._date_field(
                "start_date",
                self.start_edit,
                self.tr("Start date"),
                self.tr("edit of the start date"),
            ),
            self._date_field(
                "planned_end_date",
                self.planned_end_edit,
                self.tr("Planned end"),
                self.tr("edit of the planned end"),
            ),
            self._date_field(
                "actual_end_date",
                self.actual_end_edit,
                self.tr("Actual end"),
                self.tr("edit of the actual end"),
            ),
            _Field(
                "description",
                self.description_edit,
                self.description_edit.toPlainText,
                lambda d: self.description_edit.setPlainText(d.description),
                self.tr("edit of the description"),
            ),
            _Field(
                "notes",
                self.notes_edit,
                self.notes_edit.toPlainText,
                lambda d: self.notes_edit.setPlainText(d.notes),
                self.tr("edit of the notes"),
            ),
        ]
        for field in self._fields:
            if isinstance(field.widget, QComboBox):
                field.widget.currentIndexChanged.connect(
                    lambda _i, name=field.name: self._on_committed(name)
                )
            else:
                field.widget.editingFinished.connect(  # type: ignore[attr-defined]
                    lambda name=field.name: self._on_committed(name)
                )
        self._inputs: list[QWidget] = [f.widget for f in self._fields] + [self.phase_combo]

    def _date_field(self, name: str, widget: DateField, caption: str, edit_text: str) -> _Field:
        """A date of the forløb: read under `caption` (for a refusal), shown from the detail."""
        return _Field(
            name,
            widget,
            lambda: widget.value(caption),
            lambda d: widget.set_value(getattr(d, name)),
            edit_text,
        )

    @property
    def key_figures_panel(self) -> KeyFiguresPanel | None:
        """The Key figures tab's panel, once the tab has been opened."""
        return self.tabs.key_figures_panel

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
    def detail(self) -> EngagementDetail | None:
        """The forløb as last read from the service."""
        return self._detail

    def is_invalid(self, widget: QWidget) -> bool:
        """True when `widget` holds a value the service refused."""
        return is_marked_invalid(widget)

    def is_dirty(self) -> bool:
        """True when the form holds typed values that are not saved."""
        if self._mode == EditorMode.NEW:
            return self._snapshot() != self._baseline
        if self._mode == EditorMode.EDIT:
            return any(self._field_dirty(field) for field in self._fields)
        return False

    def confirm_discard(self) -> bool:
        """Ask about unsaved changes (Gem / Kassér / Annuller); True when the caller may go on."""
        return self.unsaved.resolve()

    def _pending_after_autosave(self) -> bool:
        """Save the edited fields that can be saved (as leaving a field would), then say
        whether anything unsaved is left: a refused value, or a new forløb not yet created."""
        if self._mode == EditorMode.EDIT and not self._context.read_only:
            self.save()
        return self.is_dirty()

    def _describe(self) -> str:
        if self._mode == EditorMode.NEW:
            return self.tr("the new engagement")
        title = "" if self._detail is None else self._detail.title
        return self.tr("the engagement “%1”").replace("%1", title)

    def set_context(self, context: AppContext) -> None:
        """Use another open database (after File > Open); the editor is emptied."""
        self._context = context
        self._fill_municipalities(context.reference.municipalities())
        self.tabs.set_context(context)
        self.clear()
        self.read_only.apply()

    def clear(self) -> None:
        """Show nothing (no forløb selected)."""
        self._detail = None
        self._mode = EditorMode.EMPTY
        self._fill(None)
        self._set_enabled(False)
        self.heading.setText(self.tr("Select an engagement in the list, or create a new one."))
        self._update_health()
        self._update_panels()

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
        self.heading.setText(self.tr("New engagement"))
        self.planned_end_edit.setPlaceholderText(
            self.tr("dd-mm-yyyy (empty: 24 months after the start)")
        )
        self._update_health()
        self._update_panels()
        self.tabs.setCurrentIndex(self.details_tab)
        self.title_edit.setFocus()

    def discard_changes(self) -> None:
        """Put back the stored values (or empty the form of a new forløb)."""
        if self._mode == EditorMode.EDIT and self._detail is not None:
            self._show_detail(self._detail)
        elif self._mode == EditorMode.NEW:
            self.clear()

    def apply_changes(self, changes: Changes) -> None:
        """Show what a service call changed in the forløb shown here (after an edit or undo)."""
        if self._mode != EditorMode.EDIT or self._detail is None:
            return
        if self._detail.id not in changes.ids:
            return
        try:
            detail = self._context.engagements.get(self._detail.id)
        except NotFoundError:
            self.clear()
            return
        old, self._detail = self._detail, detail
        self._loading = True
        try:
            for field in self._fields:
                if not self._field_dirty(field, old):
                    field.show(detail)
                    mark_invalid(field.widget, False)
            self.phase_combo.setCurrentIndex(max(0, self.phase_combo.findData(detail.phase.value)))
        finally:
            self._loading = False
        self.heading.setText(detail.title)
        if not any(self.is_invalid(f.widget) for f in self._fields):
            self.error_label.hide()
        self._update_health()
        self._update_panels()

    # --- actions -----------------------------------------------------------------------------

    def save(self) -> bool:
        """Create the new forløb, or save every field that differs from the stored one."""
        if self._mode == EditorMode.NEW:
            return self._create()
        if self._mode == EditorMode.EDIT:
            results = [self.commit(f.name) for f in self._fields if self._field_dirty(f)]
            return all(results)
        return False

    def commit(self, name: str) -> bool:
        """Save one field through the service (one undo step); on a refusal show why, keep the
        typed value and mark the field invalid."""
        if self._mode != EditorMode.EDIT or self._detail is None:
            return False
        field = next(f for f in self._fields if f.name == name)
        detail = self._detail
        try:
            value = field.read()
            before = detail.draft()
            if _normal(value) == _normal(getattr(before, name)):
                mark_invalid(field.widget, False)
                self._after_success()
                return True
            after = dataclasses.replace(before, **{name: value})
            engagements = self._context.engagements
            stamp = detail.updated_stamp
            command = ActionCommand(
                field.edit_text,
                self._context,
                lambda: engagements.update(detail.id, after, expected_stamp=stamp)[1],
            )
            self._undo.perform(command)
        except UserError as error:
            mark_invalid(field.widget, True)
            self._show_error(error)
            return False
        mark_invalid(field.widget, False)
        if self._detail is not None and self._detail.id == detail.id:
            self._loading = True
            try:
                field.show(self._detail)
            finally:
                self._loading = False
        self._after_success()
        return True

    def delete_current(self) -> bool:
        """Soft-delete the forløb being edited, after the user confirms (undo restores it)."""
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
        engagements = self._context.engagements
        command = ActionCommand(
            self.tr("deletion of the engagement"),
            self._context,
            lambda: engagements.delete(detail.id),
        )
        try:
            self._undo.perform(command)
        except UserError as error:
            self._show_error(error)
            return False
        self.clear()
        return True

    # --- helpers -----------------------------------------------------------------------------

    def _create(self) -> bool:
        engagements = self._context.engagements
        try:
            draft = self._draft()

            def create() -> tuple[uuid.UUID, Changes]:
                detail, changes = engagements.create(draft)
                return detail.id, changes

            command = CreateCommand(self.tr("creation of the engagement"), self._context, create)
            self._undo.perform(command)
        except UserError as error:
            self._show_error(error)
            return False
        assert command.created_id is not None
        self.load(command.created_id)
        self.created.emit(command.created_id)
        return True

    def _on_committed(self, name: str) -> None:
        if not self._loading and self._mode == EditorMode.EDIT:
            self.commit(name)

    def _after_success(self) -> None:
        if not any(self.is_invalid(f.widget) for f in self._fields):
            self.error_label.hide()

    def _field_dirty(self, field: _Field, detail: EngagementDetail | None = None) -> bool:
        detail = detail or self._detail
        if detail is None:
            return False
        try:
            value = field.read()
        except UserError:
            return True
        return bool(_normal(value) != _normal(getattr(detail.draft(), field.name)))

    def _municipality(self) -> uuid.UUID:
        municipality = self.municipality_combo.currentData()
        if not isinstance(municipality, str):
            raise ValidationError("value.required", field=self.tr("Municipality"))
        return uuid.UUID(municipality)

    def _show_municipality(self, detail: EngagementDetail) -> None:
        found = self.municipality_combo.findData(str(detail.municipality.id))
        if found < 0:
            self.municipality_combo.addItem(detail.municipality.label, str(detail.municipality.id))
            found = self.municipality_combo.count() - 1
        self.municipality_combo.setCurrentIndex(found)

    def _draft(self) -> EngagementDraft:
        return EngagementDraft(
            title=self.title_edit.text(),
            municipality_id=self._municipality(),
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
        self._update_health()
        self._update_panels()

    def _update_panels(self) -> None:
        self.tabs.set_engagement(self._detail if self._mode == EditorMode.EDIT else None)
        new = self._mode == EditorMode.NEW
        self.create_button.setVisible(new)
        self.cancel_button.setVisible(new)
        self.saved_hint.setVisible(self._mode == EditorMode.EDIT)

    def _update_health(self) -> None:
        detail = self._detail if self._mode == EditorMode.EDIT else None
        if detail is None:
            self.health_label.hide()
            return
        rows = self._context.overview.rows(self._today())
        row = next((r for r in rows if r.id == detail.id), None)
        self.health_label.show_row(row, has_start=detail.start_date is not None)

    def _fill(self, detail: EngagementDetail | None) -> None:
        self._loading = True
        try:
            self.error_label.clear()
            self.error_label.hide()
            for field in self._fields:
                mark_invalid(field.widget, False)
            if detail is None:
                self.title_edit.clear()
                self.municipality_combo.setCurrentIndex(0)
                self.phase_combo.setCurrentIndex(0)
                for date_field in (self.start_edit, self.planned_end_edit, self.actual_end_edit):
                    date_field.set_value(None)
                self.description_edit.clear()
                self.notes_edit.clear()
            else:
                for field in self._fields:
                    field.show(detail)
                self.phase_combo.setCurrentIndex(
                    max(0, self.phase_combo.findData(detail.phase.value))
                )
        finally:
            self._loading = False
        self._baseline = self._snapshot()

    def _fill_municipalities(self, municipalities: list[MunicipalityRef]) -> None:
        self._loading = True
        try:
            self.municipality_combo.clear()
            self.municipality_combo.addItem(self.tr("— choose a municipality —"), None)
            for ref in municipalities:
                self.municipality_combo.addItem(ref.label, str(ref.id))
        finally:
            self._loading = False

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
        editing = self._mode == EditorMode.EDIT
        self.phase_combo.setEnabled(self._mode == EditorMode.NEW)
        self.phase_combo.setToolTip(
            self.tr("Change the phase with “Change phase…”, so its history is kept.")
            if editing
            else ""
        )
        self.change_phase_button.setVisible(editing)
        self.delete_button.setVisible(editing)

    def change_phase(self) -> None:
        """Ask for the next phase and change it; a refusal is shown here, where it was asked."""
        self.phases_panel.error_label.hide()
        self.phases_panel.change_phase()
        message = self.phases_panel.error_text
        if message:
            self.error_label.setText(message)
            self.error_label.show()
        else:
            self.error_label.hide()
