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

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QFocusEvent, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from taskforce_app.bootstrap import AppContext
from taskforce_app.domain.changes import Changes
from taskforce_app.domain.engagements import EngagementDetail, EngagementDraft, MunicipalityRef
from taskforce_app.domain.enums import Health, Phase
from taskforce_app.domain.errors import NotFoundError, UserError, ValidationError
from taskforce_app.ui.engagements.history_panel import HistoryPanel
from taskforce_app.ui.engagements.milestones_panel import MilestonesPanel
from taskforce_app.ui.engagements.team_panel import PhasesPanel, TeamPanel
from taskforce_app.ui.kit.date_field import DateField, parse_date
from taskforce_app.ui.kit.edit_dialogs import EditDialogs
from taskforce_app.ui.kit.error_label import error_style
from taskforce_app.ui.kit.labels import date_text, phase_label
from taskforce_app.ui.kit.palette_colours import (
    AMBER,
    GREEN,
    RED,
    follow_palette,
    message_colours,
    style_colour,
)
from taskforce_app.ui.kit.prompts import Prompts
from taskforce_app.ui.kit.read_only import ReadOnlyLock, keep_usable
from taskforce_app.ui.kit.undo import ActionCommand, CreateCommand, UndoController
from taskforce_app.ui.kit.unsaved_changes import UnsavedChangesGuard

__all__ = ["DateField", "EditorMode", "EngagementEditor", "parse_date"]

HEALTH_HUES = {
    Health.ON_TRACK: GREEN,
    Health.AT_RISK: AMBER,
    Health.LATE: RED,
}


def invalid_style(palette: QPalette) -> str:
    """The editor's style sheet: a field marked invalid gets a red border and a red tint."""
    _text, background, border = message_colours(RED, palette)
    return (
        f'*[invalid="true"] {{ border: 1px solid {style_colour(border)};'
        f" background: {style_colour(background)}; }}"
    )


def health_style(health: Health, palette: QPalette) -> str:
    """The health badge's style sheet: the health's hue, readable on the palette."""
    text, background, _border = message_colours(HEALTH_HUES[health], palette)
    return (
        f"#healthLabel {{ color: {style_colour(text)}; background: {style_colour(background)};"
        " border-radius: 3px; padding: 3px 8px; font-weight: bold; }"
    )


if TYPE_CHECKING:
    from taskforce_app.ui.kit.key_figures_panel import KeyFiguresPanel


class EditorMode(Enum):
    """What the editor is showing."""

    EMPTY = "empty"
    NEW = "new"
    EDIT = "edit"


class CommitTextEdit(QPlainTextEdit):
    """A plain-text field that says when the user leaves it, like `QLineEdit.editingFinished`."""

    editingFinished = Signal()  # noqa: N815 (named like QLineEdit's signal)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        """Leaving the field finishes the edit."""
        super().focusOutEvent(event)
        self.editingFinished.emit()


@dataclass(frozen=True)
class _Field:
    """One saved-on-commit field: the draft attribute, its widget and how to read and show it."""

    name: str
    widget: QWidget
    read: Callable[[], Any]
    show: Callable[[EngagementDetail], None]
    edit_text: str


def health_label(health: Health) -> str:
    """The translated name of a health value."""
    labels = {
        Health.ON_TRACK: QCoreApplication.translate("Health", "On track"),
        Health.AT_RISK: QCoreApplication.translate("Health", "At risk"),
        Health.LATE: QCoreApplication.translate("Health", "Late"),
    }
    return labels[health]


def _normal(value: Any) -> Any:
    return value.strip() if isinstance(value, str) else value


class EngagementEditor(QWidget):
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
        self.health_label = QLabel()
        self.health_label.setObjectName("healthLabel")
        self.health_label.hide()
        self.health_style = follow_palette(
            self.health_label, lambda palette: health_style(Health.ON_TRACK, palette)
        )
        self.error_label = QLabel()
        self.error_label.setObjectName("errorLabel")
        self.error_label.setWordWrap(True)
        follow_palette(
            self.error_label, lambda palette: f"#errorLabel {{ {error_style(palette)} }}"
        )
        self.error_label.hide()
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

        self.plan_panel = MilestonesPanel(
            self._context,
            self._undo,
            self._prompts,
            self._dialogs,
            language=self._language,
            today=self._today,
        )
        self.team_panel = TeamPanel(
            self._context, self._undo, self._prompts, language=self._language
        )
        self.phases_panel = PhasesPanel(
            self._context,
            self._undo,
            self._prompts,
            self._dialogs,
            language=self._language,
            today=self._today,
        )
        self.change_phase_button.clicked.connect(self.change_phase)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.details_tab = self.tabs.addTab(details, self.tr("&Details"))
        self.plan_tab = self.tabs.addTab(self.plan_panel, self.tr("P&lan"))
        self.team_tab = self.tabs.addTab(self.team_panel, self.tr("T&eam"))
        self.phases_tab = self.tabs.addTab(self.phases_panel, self.tr("P&hases"))
        self.history_panel = HistoryPanel(
            self._context, self._undo, self._prompts, language=self._language
        )
        self.history_tab = self.tabs.addTab(self.history_panel, self.tr("Hi&story"))
        # Key figures draw charts (QtCharts): the tab is filled the first time it is opened.
        self.key_figures_holder = QWidget()
        QVBoxLayout(self.key_figures_holder).setContentsMargins(0, 0, 0, 0)
        self.key_figures_panel: KeyFiguresPanel | None = None
        self.key_figures_tab = self.tabs.addTab(self.key_figures_holder, self.tr("&Key figures"))
        self.tabs.currentChanged.connect(self._on_tab)

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
            _Field(
                "start_date",
                self.start_edit,
                lambda: self.start_edit.value(self.tr("Start date")),
                lambda d: self.start_edit.set_value(d.start_date),
                self.tr("edit of the start date"),
            ),
            _Field(
                "planned_end_date",
                self.planned_end_edit,
                lambda: self.planned_end_edit.value(self.tr("Planned end")),
                lambda d: self.planned_end_edit.set_value(d.planned_end_date),
                self.tr("edit of the planned end"),
            ),
            _Field(
                "actual_end_date",
                self.actual_end_edit,
                lambda: self.actual_end_edit.value(self.tr("Actual end")),
                lambda d: self.actual_end_edit.set_value(d.actual_end_date),
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

    @property
    def error_text(self) -> str:
        """The error shown in the form ("" when none)."""
        return self.error_label.text() if not self.error_label.isHidden() else ""

    def is_invalid(self, widget: QWidget) -> bool:
        """True when `widget` holds a value the service refused."""
        return bool(widget.property("invalid"))

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
        for panel in (self.plan_panel, self.team_panel, self.phases_panel, self.history_panel):
            panel.set_context(context)
        if self.key_figures_panel is not None:
            self.key_figures_panel.set_context(context)
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
                    self._mark(field.widget, False)
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
                self._mark(field.widget, False)
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
            self._mark(field.widget, True)
            self._show_error(error)
            return False
        self._mark(field.widget, False)
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

    def _mark(self, widget: QWidget, invalid: bool) -> None:
        if bool(widget.property("invalid")) == invalid:
            return
        widget.setProperty("invalid", invalid)
        widget.style().unpolish(widget)
        widget.style().polish(widget)

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
        detail = self._detail if self._mode == EditorMode.EDIT else None
        for panel in (self.plan_panel, self.team_panel, self.phases_panel, self.history_panel):
            panel.set_engagement(detail)
        for tab in (
            self.plan_tab,
            self.team_tab,
            self.phases_tab,
            self.history_tab,
            self.key_figures_tab,
        ):
            self.tabs.setTabEnabled(tab, detail is not None)
        if self.key_figures_panel is not None:
            self.key_figures_panel.set_municipality(
                None if detail is None else detail.municipality.code
            )
        new = self._mode == EditorMode.NEW
        self.create_button.setVisible(new)
        self.cancel_button.setVisible(new)
        self.saved_hint.setVisible(self._mode == EditorMode.EDIT)

    def _on_tab(self, index: int) -> None:
        if index != self.key_figures_tab or self.key_figures_panel is not None:
            return
        from taskforce_app.ui.kit.key_figures_panel import KeyFiguresPanel

        panel = KeyFiguresPanel(self._context, language=self._language)
        layout = self.key_figures_holder.layout()
        assert layout is not None
        layout.addWidget(panel)
        self.key_figures_panel = panel
        detail = self._detail if self._mode == EditorMode.EDIT else None
        panel.set_municipality(None if detail is None else detail.municipality.code)

    def _update_health(self) -> None:
        detail = self._detail if self._mode == EditorMode.EDIT else None
        if detail is None:
            self.health_label.hide()
            return
        today = self._today()
        row = next((r for r in self._context.overview.rows(today) if r.id == detail.id), None)
        if row is None:
            self.health_label.hide()
            return
        if row.overdue:
            reason = self.tr("%1 milestones overdue").replace("%1", str(row.overdue))
        elif row.health is Health.AT_RISK:
            reason = self.tr("several milestones due within 14 days")
        elif row.next_milestone:
            reason = (
                self.tr("next: %1 on %2")
                .replace("%1", row.next_milestone)
                .replace("%2", date_text(row.next_milestone_on))
            )
        elif detail.start_date is None:
            reason = self.tr("no start date, no plan")
        else:
            reason = self.tr("no open milestones")
        health = row.health
        self.health_label.setText(f"{health_label(row.health)} – {reason}")
        self.health_label.setToolTip(
            self.tr(
                "Late: a milestone is more than 14 days overdue, or two or more are overdue. "
                "At risk: a milestone is overdue, or two or more fall due within 14 days."
            )
        )
        self.health_style.set_builder(lambda palette: health_style(health, palette))
        self.health_label.show()

    def _fill(self, detail: EngagementDetail | None) -> None:
        self._loading = True
        try:
            self.error_label.clear()
            self.error_label.hide()
            for field in self._fields:
                self._mark(field.widget, False)
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

    def _show_error(self, error: UserError) -> None:
        self.error_label.setText(error.message(self._language))
        self.error_label.show()
