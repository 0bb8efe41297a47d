"""The Team and Faser tabs of a forløb: consultants and municipal contacts; phase history."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from taskforce_app.bootstrap import AppContext
from taskforce_app.domain.changes import Changes, Entity
from taskforce_app.domain.engagements import EngagementDetail
from taskforce_app.domain.enums import ConsultantRole, Organisation
from taskforce_app.domain.team import ContactDraft, ContactView, PhasePeriodView, TeamMemberView
from taskforce_app.ui.kit.column_table import ColumnSpec, ColumnTableModel, date_sort
from taskforce_app.ui.kit.edit_dialogs import EditDialogs
from taskforce_app.ui.kit.error_label import error_label
from taskforce_app.ui.kit.inline_errors import CommandErrors
from taskforce_app.ui.kit.labels import danish_sort_key, date_text, phase_label
from taskforce_app.ui.kit.prompts import Prompts
from taskforce_app.ui.kit.table_views import record_table
from taskforce_app.ui.kit.undo import (
    AddContactCommand,
    AddMemberCommand,
    PhaseChangeCommand,
    RemoveContactCommand,
    RemoveMemberCommand,
    UndoController,
)


def role_label(role: ConsultantRole) -> str:
    """The translated name of a consultant's role."""
    labels = {
        ConsultantRole.JURIST: QCoreApplication.translate("ConsultantRole", "Legal consultant"),
        ConsultantRole.SOCIALFAGLIG: QCoreApplication.translate(
            "ConsultantRole", "Social work consultant"
        ),
        ConsultantRole.TEAM_LEAD: QCoreApplication.translate("ConsultantRole", "Team lead"),
        ConsultantRole.OTHER: QCoreApplication.translate("ConsultantRole", "Other"),
    }
    return labels[role]


def organisation_label(organisation: Organisation) -> str:
    """The proper name of an organisation (not translated)."""
    names = {
        Organisation.ANKESTYRELSEN: "Ankestyrelsen",
        Organisation.SOCIAL_OG_BOLIGSTYRELSEN: "Social- og Boligstyrelsen",
    }
    return names[organisation]


class TeamMemberModel(ColumnTableModel[TeamMemberView]):
    """The consultants on a forløb's team."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            [
                ColumnSpec(
                    lambda: QCoreApplication.translate("TeamPanel", "Role"),
                    lambda m: role_label(m.role),
                    lambda m: list(ConsultantRole).index(m.role),
                ),
                ColumnSpec(
                    lambda: QCoreApplication.translate("TeamPanel", "Name"),
                    lambda m: m.name,
                    lambda m: danish_sort_key(m.name),
                ),
                ColumnSpec(
                    lambda: QCoreApplication.translate("TeamPanel", "Initials"),
                    lambda m: m.initials,
                ),
                ColumnSpec(
                    lambda: QCoreApplication.translate("TeamPanel", "Organisation"),
                    lambda m: organisation_label(m.organisation),
                ),
            ],
            key=lambda m: m.id,
            parent=parent,
        )


class ContactModel(ColumnTableModel[ContactView]):
    """The municipal contacts of a forløb."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            [
                ColumnSpec(
                    lambda: QCoreApplication.translate("TeamPanel", "Name"),
                    lambda c: c.name,
                    lambda c: danish_sort_key(c.name),
                ),
                ColumnSpec(
                    lambda: QCoreApplication.translate("TeamPanel", "Title"), lambda c: c.title
                ),
                ColumnSpec(
                    lambda: QCoreApplication.translate("TeamPanel", "Email"), lambda c: c.email
                ),
                ColumnSpec(
                    lambda: QCoreApplication.translate("TeamPanel", "Phone"), lambda c: c.phone
                ),
            ],
            key=lambda c: c.id,
            parent=parent,
        )


class PhasePeriodModel(ColumnTableModel[PhasePeriodView]):
    """The phases a forløb has actually been in, with their dates."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            [
                ColumnSpec(
                    lambda: QCoreApplication.translate("TeamPanel", "Phase"),
                    lambda p: phase_label(p.phase),
                    lambda p: p.phase.order,
                ),
                ColumnSpec(
                    lambda: QCoreApplication.translate("TeamPanel", "From"),
                    lambda p: date_text(p.started_on),
                    lambda p: date_sort(p.started_on),
                ),
                ColumnSpec(
                    lambda: QCoreApplication.translate("TeamPanel", "To"),
                    lambda p: (
                        date_text(p.ended_on)
                        or QCoreApplication.translate("TeamPanel", "(current phase)")
                    ),
                    lambda p: date_sort(p.ended_on),
                ),
            ],
            key=lambda p: (p.phase, p.started_on),
            parent=parent,
        )


class _EngagementTab(CommandErrors, QWidget):
    """Common state of the tabs below a forløb: the services, the undo stack, the forløb."""

    def __init__(
        self,
        context: AppContext,
        undo: UndoController,
        prompts: Prompts,
        *,
        language: str,
        parent: QWidget | None,
    ) -> None:
        super().__init__(parent)
        self._context, self._undo, self._prompts, self._language = context, undo, prompts, language
        self._engagement: EngagementDetail | None = None
        self.error_label = error_label()

    def set_context(self, context: AppContext) -> None:
        """Use another open database."""
        self._context = context
        self.set_engagement(None)

    def set_engagement(self, detail: EngagementDetail | None) -> None:
        """Show `detail` (None: nothing)."""
        if detail is None or self._engagement is None or detail.id != self._engagement.id:
            self.error_label.hide()
        self._engagement = detail
        self.refresh()

    def refresh(self) -> None:
        """Read what the tab shows again."""


class TeamPanel(_EngagementTab):
    """The consultants (by role and organisation) and the municipal contacts of a forløb."""

    def __init__(
        self,
        context: AppContext,
        undo: UndoController,
        prompts: Prompts,
        *,
        language: str = "da",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, undo, prompts, language=language, parent=parent)
        self._roles: dict[str, str] = {}
        self.members = TeamMemberModel(self)
        self.members_view = record_table(self.members)
        self.consultant_combo = QComboBox()
        self.consultant_combo.setMinimumContentsLength(18)
        self.role_combo = QComboBox()
        for role in ConsultantRole:
            self.role_combo.addItem(role_label(role), role.value)
        self.consultant_combo.currentIndexChanged.connect(self._suggest_role)
        self.add_member_button = QPushButton(self.tr("Add to team"))
        self.add_member_button.clicked.connect(self.add_member)
        self.remove_member_button = QPushButton(self.tr("Remove from team"))
        self.remove_member_button.clicked.connect(self.remove_member)
        self.consultants_button = QPushButton(self.tr("Consultants…"))
        self.consultants_button.setToolTip(
            self.tr("Add, change or deactivate the consultants to choose from")
        )
        self.consultants_button.clicked.connect(self.show_consultants)
        self.consultants_dialog: QDialog | None = None

        team_box = QGroupBox(self.tr("Consultants"))
        team_layout = QVBoxLayout(team_box)
        team_layout.addWidget(self.members_view, 1)
        add_row = QHBoxLayout()
        add_row.addWidget(self.consultant_combo, 1)
        add_row.addWidget(self.role_combo)
        add_row.addWidget(self.add_member_button)
        team_layout.addLayout(add_row)
        manage_row = QHBoxLayout()
        manage_row.addWidget(self.remove_member_button)
        manage_row.addStretch(1)
        manage_row.addWidget(self.consultants_button)
        team_layout.addLayout(manage_row)

        self.contacts = ContactModel(self)
        self.contacts_view = record_table(self.contacts)
        self.contact_name = QLineEdit()
        self.contact_name.setPlaceholderText(self.tr("Name"))
        self.contact_title = QLineEdit()
        self.contact_title.setPlaceholderText(self.tr("Job title"))
        self.contact_email = QLineEdit()
        self.contact_email.setPlaceholderText(self.tr("Email"))
        self.contact_phone = QLineEdit()
        self.contact_phone.setPlaceholderText(self.tr("Phone"))
        self.add_contact_button = QPushButton(self.tr("Add contact"))
        self.add_contact_button.clicked.connect(self.add_contact)
        self.remove_contact_button = QPushButton(self.tr("Remove contact"))
        self.remove_contact_button.clicked.connect(self.remove_contact)

        contact_box = QGroupBox(self.tr("Municipal contacts"))
        contact_layout = QVBoxLayout(contact_box)
        contact_layout.addWidget(self.contacts_view, 1)
        grid = QGridLayout()
        grid.addWidget(self.contact_name, 0, 0)
        grid.addWidget(self.contact_title, 0, 1)
        grid.addWidget(self.contact_email, 1, 0)
        grid.addWidget(self.contact_phone, 1, 1)
        grid.addWidget(self.add_contact_button, 1, 2)
        contact_layout.addLayout(grid)
        contact_layout.addWidget(self.remove_contact_button)

        boxes = QHBoxLayout()
        boxes.addWidget(team_box, 1)
        boxes.addWidget(contact_box, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.error_label)
        layout.addLayout(boxes, 1)

    def apply_changes(self, changes: Changes) -> None:
        """Reload when a team or a consultant changed (names and the picker follow)."""
        if self._engagement is not None and changes.touches(Entity.TEAM):
            self.refresh()

    def show_consultants(self) -> QDialog:
        """Open Konsulenter (window-modal): add, change or deactivate consultants."""
        from taskforce_app.ui.engagements.consultants_dialog import ConsultantsDialog

        dialog = ConsultantsDialog(self._context, self._undo, language=self._language, parent=self)
        dialog.changed.connect(self.apply_changes)
        dialog.finished.connect(dialog.deleteLater)
        self.consultants_dialog = dialog
        dialog.open()
        return dialog

    def refresh(self) -> None:
        """Read the team, the contacts and the consultants to choose from."""
        detail = self._engagement
        members = [] if detail is None else self._context.team.team(detail.id)
        members.sort(key=lambda m: (list(ConsultantRole).index(m.role), danish_sort_key(m.name)))
        self.members.set_rows(members)
        self.contacts.set_rows([] if detail is None else self._context.team.contacts(detail.id))
        on_team = {m.consultant_id for m in members}
        self.consultant_combo.blockSignals(True)
        self.consultant_combo.clear()
        self._roles.clear()
        for person in self._context.team.consultants() if detail is not None else []:
            if person.id not in on_team:
                self.consultant_combo.addItem(person.label, str(person.id))
                self._roles[str(person.id)] = person.role
        self.consultant_combo.blockSignals(False)
        self._suggest_role()
        for view in (self.members_view, self.contacts_view):
            view.resizeColumnsToContents()
        enabled = detail is not None
        for widget in (
            self.add_member_button,
            self.remove_member_button,
            self.add_contact_button,
            self.remove_contact_button,
            self.contact_name,
            self.contact_title,
            self.contact_email,
            self.contact_phone,
        ):
            widget.setEnabled(enabled)
        self.add_member_button.setEnabled(enabled and self.consultant_combo.count() > 0)

    def _suggest_role(self) -> None:
        role = self._roles.get(str(self.consultant_combo.currentData()))
        if role is not None:
            self.role_combo.setCurrentIndex(max(0, self.role_combo.findData(role)))

    def add_member(self) -> None:
        """Put the chosen consultant on the team in the chosen role (undo takes them off)."""
        data = self.consultant_combo.currentData()
        if self._engagement is None or not isinstance(data, str):
            return
        self._perform(
            AddMemberCommand(
                self.tr("adding %1 to the team").replace("%1", self.consultant_combo.currentText()),
                self._context,
                self._engagement.id,
                uuid.UUID(data),
                ConsultantRole(self.role_combo.currentData()),
            )
        )

    def _selected(self, view: QTableView) -> int | None:
        index = view.currentIndex()
        return index.row() if index.isValid() else None

    def remove_member(self) -> None:
        """Take the selected consultant off the team (undo puts them back)."""
        row = self._selected(self.members_view)
        if self._engagement is None or row is None:
            return
        member = self.members.record_at(row)
        self._perform(
            RemoveMemberCommand(
                self.tr("removing %1 from the team").replace("%1", member.name),
                self._context,
                self._engagement.id,
                member,
            )
        )

    def add_contact(self) -> None:
        """Add the typed municipal contact; the fields are emptied when it is saved."""
        if self._engagement is None:
            return
        draft = ContactDraft(
            self.contact_name.text(),
            self.contact_title.text(),
            self.contact_email.text(),
            self.contact_phone.text(),
        )
        if self._perform(
            AddContactCommand(
                self.tr("adding the contact %1").replace("%1", draft.name.strip()),
                self._context,
                self._engagement.id,
                draft,
            )
        ):
            for field in (
                self.contact_name,
                self.contact_title,
                self.contact_email,
                self.contact_phone,
            ):
                field.clear()

    def remove_contact(self) -> None:
        """Remove the selected contact (undo adds it again)."""
        row = self._selected(self.contacts_view)
        if self._engagement is None or row is None:
            return
        contact = self.contacts.record_at(row)
        self._perform(
            RemoveContactCommand(
                self.tr("removing the contact %1").replace("%1", contact.name),
                self._context,
                self._engagement.id,
                contact,
            )
        )


class PhasesPanel(_EngagementTab):
    """The phases a forløb has been in, and "Change phase…"."""

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
        super().__init__(context, undo, prompts, language=language, parent=parent)
        self._dialogs, self._today = dialogs, today
        self.periods = PhasePeriodModel(self)
        self.periods_view = record_table(self.periods)
        self.current_label = QLabel()
        self.change_button = QPushButton(self.tr("Change phase…"))
        self.change_button.clicked.connect(self.change_phase)
        note = QLabel(
            self.tr(
                "A phase change ends the current phase and starts the next on the date you "
                "give. It is kept in the engagement's history and cannot be undone; correct a "
                "mistake with another phase change."
            )
        )
        note.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.current_label, 1)
        top.addWidget(self.change_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(top)
        layout.addWidget(self.error_label)
        layout.addWidget(self.periods_view, 1)
        layout.addWidget(note)

    def apply_changes(self, changes: Changes) -> None:
        """Reload when the shown forløb changed."""
        if (
            self._engagement is not None
            and changes.touches(Entity.ENGAGEMENT)
            and self._engagement.id in changes.ids
        ):
            self._engagement = self._context.engagements.get(self._engagement.id)
            self.refresh()

    def refresh(self) -> None:
        """Read the phase history again."""
        detail = self._engagement
        self.periods.set_rows([] if detail is None else self._context.team.phase_periods(detail.id))
        self.periods_view.resizeColumnsToContents()
        self.change_button.setEnabled(detail is not None)
        self.current_label.setText(
            ""
            if detail is None
            else self.tr("Current phase: %1").replace("%1", phase_label(detail.phase))
        )

    def change_phase(self) -> None:
        """Ask for the next phase and its date, then change the phase."""
        detail = self._engagement
        if detail is None:
            return
        answer = self._dialogs().ask_phase_change(detail.phase, self._today())
        if answer is None:
            return
        phase, on = answer
        self._perform(
            PhaseChangeCommand(
                self.tr("phase change to %1").replace("%1", phase_label(phase)),
                self._context,
                detail.id,
                phase,
                on,
                refusal=self.tr(
                    "A phase change cannot be undone: it is part of the engagement's history. "
                    "Correct it with another phase change on the Phases tab."
                ),
            )
        )
