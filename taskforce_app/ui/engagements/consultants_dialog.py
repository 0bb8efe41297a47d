"""Konsulenter (create, edit, deactivate consultants) and "Who are you?" (choose or add
yourself)."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QCoreApplication, QModelIndex, QRegularExpression, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from taskforce_app.bootstrap import AppContext
from taskforce_app.domain.changes import Changes
from taskforce_app.domain.enums import ConsultantRole, Organisation
from taskforce_app.domain.errors import UserError
from taskforce_app.domain.team import ConsultantDetail, ConsultantDraft
from taskforce_app.ui.engagements.team_panel import organisation_label, role_label
from taskforce_app.ui.kit.column_table import ColumnSpec, ColumnTableModel
from taskforce_app.ui.kit.dialog_layout import ok_cancel
from taskforce_app.ui.kit.error_label import error_label
from taskforce_app.ui.kit.inline_errors import CommandErrors, InlineErrors
from taskforce_app.ui.kit.labels import danish_sort_key
from taskforce_app.ui.kit.table_views import record_table
from taskforce_app.ui.kit.undo import ActionCommand, CreateCommand, ServiceCommand, UndoController


class ConsultantTableModel(ColumnTableModel[ConsultantDetail]):
    """Every consultant with organisation, role, e-mail and whether they are active."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            [
                ColumnSpec(
                    lambda: QCoreApplication.translate("ConsultantsDialog", "Initials"),
                    lambda c: c.initials,
                ),
                ColumnSpec(
                    lambda: QCoreApplication.translate("ConsultantsDialog", "Name"),
                    lambda c: c.name,
                    lambda c: danish_sort_key(c.name),
                ),
                ColumnSpec(
                    lambda: QCoreApplication.translate("ConsultantsDialog", "Organisation"),
                    lambda c: organisation_label(c.organisation),
                ),
                ColumnSpec(
                    lambda: QCoreApplication.translate("ConsultantsDialog", "Role"),
                    lambda c: role_label(c.role),
                ),
                ColumnSpec(
                    lambda: QCoreApplication.translate("ConsultantsDialog", "Email"),
                    lambda c: c.email,
                ),
                ColumnSpec(
                    lambda: QCoreApplication.translate("ConsultantsDialog", "Status"),
                    lambda c: (
                        QCoreApplication.translate("ConsultantsDialog", "Active")
                        if c.active
                        else QCoreApplication.translate("ConsultantsDialog", "Deactivated")
                    ),
                ),
            ],
            key=lambda c: c.id,
            parent=parent,
        )


class ConsultantForm(QWidget):
    """The fields of one consultant: name, initials, organisation, role, e-mail."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = QLineEdit()
        self.initials = QLineEdit()
        self.initials.setMaxLength(6)
        self.initials.setValidator(
            QRegularExpressionValidator(QRegularExpression("[A-Za-zÆØÅæøå]{0,6}"), self.initials)
        )
        self.organisation = QComboBox()
        for organisation in Organisation:
            self.organisation.addItem(organisation_label(organisation), organisation.value)
        self.role = QComboBox()
        for role in ConsultantRole:
            self.role.addItem(role_label(role), role.value)
        self.email = QLineEdit()
        self.email.setPlaceholderText("navn@ast.dk")
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Initials:"), self.initials)
        form.addRow(self.tr("&Organisation:"), self.organisation)
        form.addRow(self.tr("&Role:"), self.role)
        form.addRow(self.tr("&Email:"), self.email)

    def draft(self) -> ConsultantDraft:
        """What the fields hold (validated by the service)."""
        return ConsultantDraft(
            self.name.text(),
            self.initials.text(),
            Organisation(self.organisation.currentData()),
            ConsultantRole(self.role.currentData()),
            email=self.email.text(),
        )

    def show_detail(self, detail: ConsultantDetail | None) -> None:
        """Fill the fields from `detail` (None: empty, for a new consultant)."""
        self.name.setText("" if detail is None else detail.name)
        self.initials.setText("" if detail is None else detail.initials)
        organisation = Organisation.ANKESTYRELSEN if detail is None else detail.organisation
        role = ConsultantRole.JURIST if detail is None else detail.role
        self.organisation.setCurrentIndex(self.organisation.findData(organisation.value))
        self.role.setCurrentIndex(self.role.findData(role.value))
        self.email.setText("" if detail is None else detail.email)

    def is_empty(self) -> bool:
        """True while nothing is typed in the name and initials."""
        return not self.name.text().strip() and not self.initials.text().strip()


class ConsultantsDialog(CommandErrors, QDialog):
    """Konsulenter: the list, and a form to add a consultant or change the selected one.

    Every change is one service call on the undo stack (Ctrl+Z in the main window undoes it),
    announced by `changed` with its `Changes`.
    """

    changed = Signal(object)

    def __init__(
        self,
        context: AppContext,
        undo: UndoController,
        *,
        language: str = "da",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._context, self._undo, self._language = context, undo, language
        self.setWindowTitle(self.tr("Consultants"))
        self.model = ConsultantTableModel(self)
        self.table = record_table(self.model)
        self.table.selectionModel().currentRowChanged.connect(self._on_row)
        self.form = ConsultantForm()
        self.error_label = error_label()
        self.new_button = QPushButton(self.tr("&New consultant"))
        self.new_button.clicked.connect(self.start_new)
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.active_button = QPushButton(self.tr("&Deactivate"))
        self.active_button.clicked.connect(self.toggle_active)
        self.editing_label = QLabel()
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addStretch(1)
        buttons.addWidget(self.active_button)
        buttons.addWidget(self.save_button)
        box = QGroupBox()
        box_layout = QVBoxLayout(box)
        box_layout.addWidget(self.editing_label)
        box_layout.addWidget(self.form)
        box_layout.addWidget(self.error_label)
        box_layout.addLayout(buttons)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        # No minimum size from the layout (offscreen platforms warn about size hints).
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        layout.addWidget(self.table, 1)
        layout.addWidget(box)
        layout.addWidget(close)
        self.resize(760, 520)
        self._editing: ConsultantDetail | None = None
        self.refresh()
        self.start_new()

    @property
    def editing(self) -> ConsultantDetail | None:
        """The consultant the form changes (None: the form adds a new one)."""
        return self._editing

    def refresh(self) -> None:
        """Read the consultants again."""
        self.model.set_rows(self._context.team.consultant_details())
        self.table.resizeColumnsToContents()

    def select(self, initials: str) -> bool:
        """Select the consultant with `initials` and load them into the form."""
        for row, person in enumerate(self.model.records()):
            if person.initials == initials.upper():
                self.table.setCurrentIndex(self.model.index(row, 0))
                self._load(person)
                return True
        return False

    def start_new(self) -> None:
        """Empty the form to add a consultant."""
        self.table.setCurrentIndex(QModelIndex())
        self._load(None)
        self.form.name.setFocus()

    def _on_row(self, current: object, _previous: object = None) -> None:
        row = self.table.currentIndex().row()
        self._load(self.model.record_at(row) if row >= 0 else None)

    def _load(self, detail: ConsultantDetail | None) -> None:
        self._editing = detail
        self.form.show_detail(detail)
        self.error_label.hide()
        self.editing_label.setText(
            self.tr("New consultant")
            if detail is None
            else self.tr("Change %1").replace("%1", detail.label)
        )
        self.active_button.setEnabled(detail is not None)
        self.active_button.setText(
            self.tr("&Activate")
            if detail is not None and not detail.active
            else self.tr("&Deactivate")
        )

    def save(self) -> bool:
        """Add the consultant in the form, or store the changes to the selected one."""
        draft = self.form.draft()
        editing = self._editing
        if editing is None:
            command: ActionCommand | CreateCommand = CreateCommand(
                self.tr("adding the consultant %1").replace("%1", draft.name.strip()),
                self._context,
                lambda: _created_id(self._context, draft),
            )
        else:
            command = ActionCommand(
                self.tr("changing the consultant %1").replace("%1", editing.initials),
                self._context,
                lambda: self._context.team.edit_consultant(editing.id, draft)[1],
            )
        if not self._perform(command):
            return False
        self.refresh()
        self.select(draft.initials.strip())
        return True

    def toggle_active(self) -> bool:
        """Deactivate the selected consultant (or activate a deactivated one)."""
        editing = self._editing
        if editing is None:
            return False
        text = self.tr("activating %1") if not editing.active else self.tr("deactivating %1")
        ok = self._perform(
            ActionCommand(
                text.replace("%1", editing.initials),
                self._context,
                lambda: self._context.team.set_active(editing.id, not editing.active),
            )
        )
        if ok:
            self.refresh()
            self.select(editing.initials)
        return ok

    def _perform(self, command: ServiceCommand) -> bool:
        changes = self._try_perform(command)
        if changes is not None:
            self.changed.emit(changes)
        return changes is not None


def _created_id(context: AppContext, draft: ConsultantDraft) -> tuple[uuid.UUID, Changes]:
    view, changes = context.team.create_consultant(draft)
    return view.id, changes


class WhoAreYouDialog(InlineErrors, QDialog):
    """Who is working in this database: choose yourself, or add yourself as a consultant.

    Accepting switches the working consultant (logged) and emits `chosen` with the
    consultant's id; a refused new consultant shows the Danish message and keeps the dialog.
    """

    chosen = Signal(object)

    def __init__(
        self,
        context: AppContext,
        undo: UndoController,
        *,
        language: str = "da",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._context, self._undo, self._language = context, undo, language
        self.setWindowTitle(self.tr("Who are you?"))
        people = context.team.consultants()
        current = context.team.current_consultant()
        intro = QLabel(
            self.tr(
                "Everything you change in this database is recorded in your name: answers, "
                "sign-offs, phase changes and the history. Choose yourself, or add yourself "
                "as a consultant."
            )
            if people
            else self.tr(
                "This database has no consultants yet. Add yourself, so that what you change "
                "is recorded in your name."
            )
        )
        intro.setWordWrap(True)
        self.consultant_combo = QComboBox()
        self.consultant_combo.addItem(self.tr("— add myself as a new consultant —"), "")
        for person in people:
            self.consultant_combo.addItem(person.label, str(person.id))
        if current is not None:
            self.consultant_combo.setCurrentIndex(self.consultant_combo.findData(str(current.id)))
        elif people:
            self.consultant_combo.setCurrentIndex(1)
        self.consultant_combo.currentIndexChanged.connect(self._update)
        self.form = ConsultantForm()
        self.new_box = QGroupBox(self.tr("Add yourself"))
        QVBoxLayout(self.new_box).addWidget(self.form)
        self.error_label = error_label()
        self.buttons = ok_cancel(self, self.confirm)
        choose = QFormLayout()
        choose.addRow(self.tr("&I am:"), self.consultant_combo)
        layout = QVBoxLayout(self)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        layout.addWidget(intro)
        layout.addLayout(choose)
        layout.addWidget(self.new_box)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self._update()
        hint = self.sizeHint()
        self.resize(max(hint.width(), 520), hint.height())

    def _update(self) -> None:
        adding = not self.consultant_combo.currentData()
        self.new_box.setVisible(adding)
        if adding:
            self.form.name.setFocus()

    def confirm(self) -> bool:
        """Switch to the chosen consultant, or add the typed one and switch to them."""
        data = self.consultant_combo.currentData()
        try:
            if data:
                consultant_id = uuid.UUID(str(data))
            else:
                draft = self.form.draft()
                command = CreateCommand(
                    self.tr("adding the consultant %1").replace("%1", draft.name.strip()),
                    self._context,
                    lambda: _created_id(self._context, draft),
                )
                self._undo.perform(command)
                assert command.created_id is not None
                consultant_id = command.created_id
            _, changes = self._context.team.switch_consultant(consultant_id)
        except UserError as error:
            self._show_error(error)
            return False
        self._undo.publish(changes)
        self.chosen.emit(consultant_id)
        self.accept()
        return True
