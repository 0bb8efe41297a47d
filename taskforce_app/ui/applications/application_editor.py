"""The application editor: one municipality's application in a round, and the decision on it.
Granting creates the forløb (with its 24-month plan when a start date is given)."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from taskforce_app.bootstrap import AppContext
from taskforce_app.domain.applications import ApplicationDetail, ApplicationDraft, Decision
from taskforce_app.domain.changes import Changes, Entity
from taskforce_app.domain.enums import ApplicationDecision
from taskforce_app.domain.errors import NotFoundError, UserError, ValidationError
from taskforce_app.ui.applications.application_models import decision_label, theme_labels
from taskforce_app.ui.kit.date_field import DateField
from taskforce_app.ui.kit.edit_dialogs import EditDialogs
from taskforce_app.ui.kit.error_label import error_label, message_label
from taskforce_app.ui.kit.inline_errors import InlineErrors, shown_text
from taskforce_app.ui.kit.palette_colours import AMBER, RED, cell_text
from taskforce_app.ui.kit.prompts import Prompts
from taskforce_app.ui.kit.read_only import ReadOnlyLock, keep_usable
from taskforce_app.ui.kit.undo import ActionCommand, CreateCommand, DecideCommand, UndoController
from taskforce_app.ui.kit.unsaved_changes import UnsavedChangesGuard


class ApplicationEditor(InlineErrors, QWidget):
    """Register or edit an application (Save) and record the decision on it."""

    open_requested = Signal(object)

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
        self._language, self._today = language, today
        self._round_id: uuid.UUID | None = None
        self._detail: ApplicationDetail | None = None
        self._new = False
        self._baseline: tuple[object, ...] = ()
        self._decision_baseline: tuple[object, ...] = ()
        self._build()
        keep_usable(self.open_button)
        self.read_only = ReadOnlyLock(self, lambda: self._context.read_only)
        self.unsaved = UnsavedChangesGuard(
            self,
            is_dirty=self.is_dirty,
            save=self.save_pending,
            discard=self.discard_changes,
            describe=self._describe,
        )
        self.set_context(context)

    # --- construction ------------------------------------------------------------------------

    def _build(self) -> None:
        self.heading = QLabel()
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.warning_label = message_label(AMBER)
        self.error_label = error_label()

        self.municipality_combo = QComboBox()
        self.municipality_combo.setMaxVisibleItems(20)
        self.received_edit = DateField()
        self.backing_check = QCheckBox(self.tr("Backed by the council on"))
        self.council_date_edit = DateField()
        self.backing_check.toggled.connect(self.council_date_edit.setEnabled)
        self.contacts_edit = QLineEdit()
        self.themes_other_edit = QLineEdit()
        # The themes wrap at the list's width (no sideways scroll): each a line or two.
        self.themes_list = QListWidget()
        self.themes_list.setMinimumWidth(220)
        self.themes_list.setWordWrap(True)
        self.themes_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.themes_list.setResizeMode(QListView.ResizeMode.Adjust)
        self.motivation_edit = QPlainTextEdit()
        self.motivation_edit.setTabChangesFocus(True)
        self.assessment_edit = QPlainTextEdit()
        self.assessment_edit.setTabChangesFocus(True)
        self.assessment_edit.setPlaceholderText(
            self.tr("Never write CPR numbers or children's names here.")
        )

        backing = QHBoxLayout()
        backing.addWidget(self.backing_check)
        backing.addWidget(self.council_date_edit, 1)
        form = QFormLayout()
        form.addRow(self.tr("&Municipality:"), self.municipality_combo)
        form.addRow(self.tr("&Received:"), self.received_edit)
        form.addRow(self.tr("Council:"), backing)
        form.addRow(self.tr("&Contact persons:"), self.contacts_edit)
        form.addRow(self.tr("Other t&hemes:"), self.themes_other_edit)
        themes = QVBoxLayout()
        themes.addWidget(QLabel(self.tr("Themes:")))
        themes.addWidget(self.themes_list, 1)
        texts = QVBoxLayout()
        motivation_label = QLabel(self.tr("Mo&tivation:"))
        motivation_label.setBuddy(self.motivation_edit)
        assessment_label = QLabel(self.tr("&Assessment notes:"))
        assessment_label.setBuddy(self.assessment_edit)
        texts.addWidget(motivation_label)
        texts.addWidget(self.motivation_edit, 1)
        texts.addWidget(assessment_label)
        texts.addWidget(self.assessment_edit, 1)
        fields = QHBoxLayout()
        fields.addLayout(form, 3)
        fields.addLayout(themes, 4)
        fields.addLayout(texts, 3)

        self.delete_button = QPushButton(self.tr("Delete…"))
        self.delete_button.clicked.connect(self.delete_current)
        self.save_button = QPushButton(self.tr("Save application"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        save_row = QHBoxLayout()
        save_row.addWidget(self.delete_button)
        save_row.addStretch(1)
        save_row.addWidget(self.save_button)

        self.decision_box = QGroupBox(self.tr("Decision"))
        self.decision_group = QButtonGroup(self)
        self.decision_buttons: dict[ApplicationDecision, QRadioButton] = {}
        radios = QHBoxLayout()
        for decision in (
            ApplicationDecision.GRANTED,
            ApplicationDecision.DECLINED,
            ApplicationDecision.WAITLISTED,
            ApplicationDecision.PENDING,
        ):
            button = QRadioButton(decision_label(decision))
            self.decision_group.addButton(button)
            self.decision_buttons[decision] = button
            radios.addWidget(button)
            button.toggled.connect(self._suggest_decision_date)
        radios.addStretch(1)
        self.decided_edit = DateField()
        self.reason_edit = QLineEdit()
        self.decide_button = QPushButton(self.tr("Record decision"))
        self.decide_button.clicked.connect(self.record_decision)
        self.open_button = QPushButton(self.tr("Open engagement"))
        self.open_button.clicked.connect(self._open_engagement)
        decision_form = QHBoxLayout()
        decision_form.addWidget(QLabel(self.tr("Date:")))
        decision_form.addWidget(self.decided_edit)
        decision_form.addWidget(QLabel(self.tr("Reason:")))
        decision_form.addWidget(self.reason_edit, 1)
        decision_form.addWidget(self.decide_button)
        decision_form.addWidget(self.open_button)
        decision_layout = QVBoxLayout(self.decision_box)
        decision_layout.addLayout(radios)
        decision_layout.addLayout(decision_form)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.warning_label)
        layout.addWidget(self.error_label)
        layout.addLayout(fields, 1)
        layout.addLayout(save_row)
        layout.addWidget(self.decision_box)

    # --- state -------------------------------------------------------------------------------

    @property
    def application_id(self) -> uuid.UUID | None:
        """The application shown (None when empty or new)."""
        return None if self._detail is None else self._detail.id

    @property
    def round_id(self) -> uuid.UUID | None:
        """The round new applications go into."""
        return self._round_id

    @property
    def detail(self) -> ApplicationDetail | None:
        """The application as last read."""
        return self._detail

    @property
    def warning_text(self) -> str:
        """The warning shown ("" when none)."""
        return shown_text(self.warning_label)

    def is_dirty(self) -> bool:
        """True when the form or the decision holds values that are not saved."""
        if self._detail is None and not self._new:
            return False
        return self._form_dirty() or self._decision_dirty()

    def save_pending(self) -> bool:
        """Save what is unsaved: the application, then a chosen but unrecorded decision."""
        decision = self._decision_snapshot() if self._decision_dirty() else None
        if self._form_dirty() and not self.save():
            return False
        if decision is None or self._detail is None:
            return True
        chosen, decided, reason = decision
        if isinstance(chosen, ApplicationDecision):
            self.decision_buttons[chosen].setChecked(True)
        self.decided_edit.setText(str(decided))
        self.reason_edit.setText(str(reason))
        return self.record_decision()

    def discard_changes(self) -> None:
        """Show the stored application again (or empty the form of a new one)."""
        if self._detail is not None:
            self._show(self._detail)
        else:
            self.clear()

    def set_context(self, context: AppContext) -> None:
        """Use another open database."""
        self._context = context
        self.read_only.apply()
        self.municipality_combo.clear()
        self.municipality_combo.addItem(self.tr("— choose a municipality —"), None)
        for ref in context.reference.municipalities():
            self.municipality_combo.addItem(ref.label, str(ref.id))
        self.themes_list.clear()
        for key, label in theme_labels(context.applications.themes(), self._language).items():
            item = QListWidgetItem(label, self.themes_list)
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            item.setToolTip(label)
        self.set_round(None)

    def set_round(self, round_id: uuid.UUID | None) -> None:
        """The round new applications go into; the editor is emptied."""
        self._round_id = round_id
        self.clear()

    def clear(self) -> None:
        """Show nothing."""
        self._detail, self._new = None, False
        self._fill(None)
        self.heading.setText(
            self.tr("Select an application, or register a new one.")
            if self._round_id is not None
            else self.tr("Select or create an application round first.")
        )
        self.warning_label.hide()
        self._update_enabled()

    def start_new(self) -> None:
        """An empty form for a new application in the current round."""
        if self._round_id is None:
            return
        self._detail, self._new = None, True
        self._fill(None)
        self.warning_label.hide()
        self.heading.setText(self.tr("New application"))
        self._update_enabled()
        self.municipality_combo.setFocus()

    def load(self, application_id: uuid.UUID) -> bool:
        """Show one application."""
        try:
            detail = self._context.applications.get(application_id)
        except UserError as error:
            self.clear()
            self._show_error(error)
            return False
        self._show(detail)
        self.warning_label.hide()
        return True

    def apply_changes(self, changes: Changes) -> None:
        """Show the stored application again after an undo or redo changed it."""
        if self._detail is None or not changes.touches(Entity.APPLICATION):
            return
        if self._detail.id not in changes.ids:
            return
        try:
            detail = self._context.applications.get(self._detail.id)
        except NotFoundError:
            self.clear()
            return
        self._show(detail)

    # --- actions -----------------------------------------------------------------------------

    def save(self) -> bool:
        """Register the new application or save the edited one; a refusal keeps every value."""
        if self._round_id is None or (self._detail is None and not self._new):
            return False
        applications = self._context.applications
        warnings: list[str] = []
        try:
            draft = self._draft()
            if self._detail is None:

                def create() -> tuple[uuid.UUID, Changes]:
                    detail, changes = applications.create(draft)
                    warnings.extend(w.message(self._language) for w in detail.warnings)
                    return detail.id, changes

                command: CreateCommand | ActionCommand = CreateCommand(
                    self.tr("registration of an application"), self._context, create
                )
            else:
                application_id = self._detail.id
                command = ActionCommand(
                    self.tr("edit of an application"),
                    self._context,
                    lambda: applications.update(application_id, draft)[1],
                )
            self._undo.perform(command)
        except UserError as error:
            self._show_error(error)
            return False
        new_id = command.created_id if isinstance(command, CreateCommand) else self.application_id
        assert new_id is not None
        self.load(new_id)
        if warnings:
            self.warning_label.setText("\n".join(warnings))
            self.warning_label.show()
        return True

    def delete_current(self) -> bool:
        """Soft-delete the application after confirmation (undo restores it)."""
        detail = self._detail
        if detail is None:
            return False
        if not self._prompts.confirm(
            self.tr("Delete application"),
            self.tr("Delete the application from %1?").replace("%1", detail.municipality_name),
        ):
            return False
        applications = self._context.applications
        try:
            self._undo.perform(
                ActionCommand(
                    self.tr("deletion of an application"),
                    self._context,
                    lambda: applications.delete(detail.id),
                )
            )
        except UserError as error:
            self._show_error(error)
            return False
        self.clear()
        return True

    def record_decision(self) -> bool:
        """Record the chosen decision; granting asks for the start date and creates the forløb,
        then offers to open it."""
        detail = self._detail
        if detail is None:
            return False
        chosen = next(
            (d for d, b in self.decision_buttons.items() if b.isChecked()),
            ApplicationDecision.PENDING,
        )
        try:
            decision = Decision(
                chosen, self.decided_edit.value("Beslutningsdato"), self.reason_edit.text()
            ).validated()
        except UserError as error:
            self._show_error(error)
            return False
        start: date | None = None
        creates = chosen is ApplicationDecision.GRANTED and detail.engagement_id is None
        if creates:
            answer = self._dialogs().ask_grant_start(detail)
            if answer is None:
                return False
            start = answer.start
        command = DecideCommand(
            self.tr("decision on %1").replace("%1", detail.municipality_name),
            self._context,
            detail,
            decision,
            start,
        )
        try:
            self._undo.perform(command)
        except UserError as error:
            self._show_error(error)
            return False
        self.load(detail.id)
        engagement_id = command.engagement_id
        if creates and engagement_id is not None:
            text = (
                self.tr(
                    "The engagement for %1 has been created with its 24-month plan. Open it now?"
                )
                if start is not None
                else self.tr(
                    "The engagement for %1 has been created. Give it a start date to generate "
                    "its plan. Open it now?"
                )
            )
            if self._prompts.confirm(
                self.tr("Engagement created"), text.replace("%1", detail.municipality_name)
            ):
                self.open_requested.emit(engagement_id)
        return True

    # --- helpers -----------------------------------------------------------------------------

    def _describe(self) -> str:
        if self._detail is None:
            return self.tr("the new application")
        return self.tr("the application from %1").replace("%1", self._detail.municipality_name)

    def _snapshot(self) -> tuple[object, ...]:
        themes = tuple(
            row
            for row in range(self.themes_list.count())
            if self.themes_list.item(row).checkState() == Qt.CheckState.Checked
        )
        return (
            self.municipality_combo.currentIndex(),
            self.received_edit.text().strip(),
            self.backing_check.isChecked(),
            self.council_date_edit.text().strip(),
            self.contacts_edit.text().strip(),
            self.themes_other_edit.text().strip(),
            themes,
            self.motivation_edit.toPlainText().strip(),
            self.assessment_edit.toPlainText().strip(),
        )

    def _decision_snapshot(self) -> tuple[object, ...]:
        chosen = next((d for d, b in self.decision_buttons.items() if b.isChecked()), None)
        return (chosen, self.decided_edit.text().strip(), self.reason_edit.text().strip())

    def _form_dirty(self) -> bool:
        return (self._detail is not None or self._new) and self._snapshot() != self._baseline

    def _decision_dirty(self) -> bool:
        granted = self._detail is not None and self._detail.engagement_id is not None
        return (
            self._detail is not None
            and not granted
            and self._decision_snapshot() != self._decision_baseline
        )

    def _open_engagement(self) -> None:
        if self._detail is not None and self._detail.engagement_id is not None:
            self.open_requested.emit(self._detail.engagement_id)

    def _suggest_decision_date(self, checked: bool) -> None:
        pending = self.decision_buttons[ApplicationDecision.PENDING]
        if checked and not pending.isChecked() and not self.decided_edit.text().strip():
            self.decided_edit.set_value(self._today())

    def _draft(self) -> ApplicationDraft:
        assert self._round_id is not None
        municipality = self.municipality_combo.currentData()
        if not isinstance(municipality, str):
            raise ValidationError("value.required", field=self.tr("Municipality"))
        themes = tuple(
            str(self.themes_list.item(row).data(Qt.ItemDataRole.UserRole))
            for row in range(self.themes_list.count())
            if self.themes_list.item(row).checkState() == Qt.CheckState.Checked
        )
        return ApplicationDraft(
            round_id=self._detail.round_id if self._detail is not None else self._round_id,
            municipality_id=uuid.UUID(municipality),
            received_on=self.received_edit.value(self.tr("Received")),
            council_backing=self.backing_check.isChecked(),
            council_decision_on=self.council_date_edit.value(self.tr("Council decision")),
            contact_persons=self.contacts_edit.text(),
            themes=themes,
            themes_other=self.themes_other_edit.text(),
            motivation=self.motivation_edit.toPlainText(),
            assessment_notes=self.assessment_edit.toPlainText(),
        )

    def _show(self, detail: ApplicationDetail) -> None:
        self._detail, self._new = detail, False
        self._fill(detail)
        self.heading.setText(
            self.tr("Application from %1 (%2)")
            .replace("%1", detail.municipality_name)
            .replace("%2", detail.round_name)
        )
        self._update_enabled()

    def _fill(self, detail: ApplicationDetail | None) -> None:
        self.error_label.hide()
        found = self.municipality_combo.findData(str(detail.municipality_id)) if detail else 0
        self.municipality_combo.setCurrentIndex(max(0, found))
        self.received_edit.set_value(detail.received_on if detail else None)
        self.backing_check.setChecked(bool(detail and detail.council_backing))
        self.council_date_edit.setEnabled(self.backing_check.isChecked())
        self.council_date_edit.set_value(detail.council_decision_on if detail else None)
        self.contacts_edit.setText(detail.contact_persons if detail else "")
        chosen = set(detail.themes) if detail else set()
        self._show_unknown_themes(chosen)
        for row in range(self.themes_list.count()):
            item = self.themes_list.item(row)
            checked = item.data(Qt.ItemDataRole.UserRole) in chosen
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.themes_other_edit.setText(detail.themes_other if detail else "")
        self.motivation_edit.setPlainText(detail.motivation if detail else "")
        self.assessment_edit.setPlainText(detail.assessment_notes if detail else "")
        decision = detail.decision if detail else ApplicationDecision.PENDING
        for button in self.decision_buttons.values():
            button.blockSignals(True)
        self.decision_buttons[decision].setChecked(True)
        for button in self.decision_buttons.values():
            button.blockSignals(False)
        self.decided_edit.set_value(detail.decided_on if detail else None)
        self.reason_edit.setText(detail.decision_reason if detail else "")
        for line in (self.contacts_edit, self.themes_other_edit, self.reason_edit):
            line.setCursorPosition(0)
        self._baseline = self._snapshot()
        self._decision_baseline = self._decision_snapshot()

    def _show_unknown_themes(self, chosen: set[str]) -> None:
        """Stored themes that are not on the list are shown (checked) instead of dropped."""
        for row in reversed(range(self.themes_list.count())):
            item = self.themes_list.item(row)
            if item.data(Qt.ItemDataRole.UserRole + 1):
                self.themes_list.takeItem(row)
        known = {
            self.themes_list.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(self.themes_list.count())
        }
        for key in sorted(chosen - known):
            item = QListWidgetItem(key, self.themes_list)
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setData(Qt.ItemDataRole.UserRole + 1, True)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setToolTip(self.tr("Not one of the known themes: uncheck it and choose one."))
            item.setForeground(cell_text(RED))

    def _update_enabled(self) -> None:
        editing = self._detail is not None or self._new
        for widget in (
            self.municipality_combo,
            self.received_edit,
            self.backing_check,
            self.contacts_edit,
            self.themes_other_edit,
            self.themes_list,
            self.motivation_edit,
            self.assessment_edit,
            self.save_button,
        ):
            widget.setEnabled(editing)
        self.council_date_edit.setEnabled(editing and self.backing_check.isChecked())
        self.save_button.setText(
            self.tr("Register application") if self._new else self.tr("Save application")
        )
        self.delete_button.setEnabled(self._detail is not None)
        granted = self._detail is not None and self._detail.engagement_id is not None
        self.decision_box.setEnabled(self._detail is not None)
        for button in self.decision_buttons.values():
            button.setEnabled(not granted)
        self.decide_button.setEnabled(self._detail is not None and not granted)
        self.open_button.setVisible(granted)
        self.delete_button.setEnabled(self._detail is not None and not granted)
