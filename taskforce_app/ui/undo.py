"""Undo and redo: a `QUndoStack` whose commands do nothing but call service methods.

Every command knows how to do its edit (`execute`, the first time), undo it (`revert`) and do
it again (`reapply`). The first execution happens before the command is pushed, so a refused
edit (a `UserError`) never reaches the stack. A refusal during undo or redo is reported and the
command is made obsolete: Qt then drops it and the stack stays consistent.
"""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Callable
from datetime import date
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from taskforce_app.bootstrap import AppContext
from taskforce_app.domain.applications import ApplicationDetail, Decision
from taskforce_app.domain.changes import Changes
from taskforce_app.domain.enums import ConsultantRole, Phase
from taskforce_app.domain.errors import UserError
from taskforce_app.domain.team import ContactDraft, ContactView, TeamMemberView

D = TypeVar("D")


class UndoController(QObject):
    """Owns the undo stack; runs commands and publishes what they changed through `changed`."""

    changed = Signal(object)
    refused = Signal(str)

    def __init__(self, parent: QObject | None = None, *, language: str = "da") -> None:
        super().__init__(parent)
        self.language = language
        self.stack = QUndoStack(self)

    def perform(self, command: ServiceCommand) -> Changes:
        """Do `command` for the first time and push it; a `UserError` propagates, nothing pushed."""
        changes = command.execute()
        command.attach(self)
        self.stack.push(command)
        self.changed.emit(changes)
        return changes

    def clear(self) -> None:
        """Forget every command (e.g. after another database was opened)."""
        self.stack.clear()

    def publish(self, changes: Changes) -> None:
        """Tell the screens what an undo or redo changed."""
        self.changed.emit(changes)

    def report(self, message: str) -> None:
        """Tell the user why an undo or redo was refused."""
        self.refused.emit(message)


class ServiceCommand(QUndoCommand):
    """A reversible edit made only of service calls."""

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self._controller: UndoController | None = None
        self._skip_redo = False

    def execute(self) -> Changes:
        """Do the edit the first time (may raise `UserError`)."""
        raise NotImplementedError

    def revert(self) -> Changes:
        """Undo the edit."""
        raise NotImplementedError

    def reapply(self) -> Changes:
        """Do the edit again after an undo."""
        return self.execute()

    def irreversible(self) -> str | None:
        """Why this edit cannot be undone, or None when it can."""
        return None

    def attach(self, controller: UndoController) -> None:
        """Called once when pushed: the push's own `redo()` must not repeat the edit."""
        self._controller = controller
        self._skip_redo = True

    def redo(self) -> None:
        """QUndoStack's redo: `reapply`, except right after the push."""
        if self._skip_redo:
            self._skip_redo = False
            return
        self._run(self.reapply)

    def undo(self) -> None:
        """QUndoStack's undo: `revert`, or refuse with a message."""
        reason = self.irreversible()
        if reason is not None:
            self.setObsolete(True)
            if self._controller is not None:
                self._controller.report(reason)
            return
        self._run(self.revert)

    def _run(self, action: Callable[[], Changes]) -> None:
        controller = self._controller
        assert controller is not None
        try:
            changes = action()
        except UserError as error:
            self.setObsolete(True)
            controller.report(error.message(controller.language))
            return
        controller.publish(changes)


def changed_fields(before: Any, after: Any) -> tuple[str, ...]:
    """The names of the dataclass fields that differ between two drafts."""
    return tuple(
        field.name
        for field in dataclasses.fields(before)
        if getattr(before, field.name) != getattr(after, field.name)
    )


def merged(current: D, source: D, names: tuple[str, ...]) -> D:
    """`current` with the fields `names` taken from `source`."""
    return dataclasses.replace(current, **{name: getattr(source, name) for name in names})  # type: ignore[type-var]


class UpdateCommand(ServiceCommand, Generic[D]):
    """An edit of some fields of one record, from a `before` to an `after` draft.

    Undo and redo read the record again and change only the edited fields, so they do not
    overwrite what other commands changed since (e.g. a phase change between two edits).
    """

    def __init__(
        self,
        text: str,
        *,
        before: D,
        after: D,
        load: Callable[[], D],
        save: Callable[[D], Changes],
        first: Callable[[D], Changes] | None = None,
    ) -> None:
        super().__init__(text)
        self._names = changed_fields(before, after)
        self._before, self._after = before, after
        self._load, self._save = load, save
        self._first = first if first is not None else save

    def execute(self) -> Changes:
        """Save the whole `after` draft (the form as the user sees it)."""
        return self._first(self._after)

    def revert(self) -> Changes:
        """Put back the edited fields' old values."""
        return self._save(merged(self._load(), self._before, self._names))

    def reapply(self) -> Changes:
        """Set the edited fields' new values again."""
        return self._save(merged(self._load(), self._after, self._names))


class CreateCommand(ServiceCommand):
    """A new record: undo soft-deletes it, redo restores it."""

    def __init__(
        self,
        text: str,
        *,
        create: Callable[[], tuple[uuid.UUID, Changes]],
        delete: Callable[[uuid.UUID], Changes],
        restore: Callable[[uuid.UUID], Changes],
    ) -> None:
        super().__init__(text)
        self._create, self._delete, self._restore = create, delete, restore
        self.created_id: uuid.UUID | None = None

    def execute(self) -> Changes:
        """Create the record."""
        self.created_id, changes = self._create()
        return changes

    def revert(self) -> Changes:
        """Soft-delete it."""
        assert self.created_id is not None
        return self._delete(self.created_id)

    def reapply(self) -> Changes:
        """Restore it."""
        assert self.created_id is not None
        return self._restore(self.created_id)


class DeleteCommand(ServiceCommand):
    """A soft delete: undo restores the record."""

    def __init__(
        self,
        text: str,
        target: uuid.UUID,
        *,
        delete: Callable[[uuid.UUID], Changes],
        restore: Callable[[uuid.UUID], Changes],
    ) -> None:
        super().__init__(text)
        self._target, self._delete, self._restore = target, delete, restore

    def execute(self) -> Changes:
        """Soft-delete the record."""
        return self._delete(self._target)

    def revert(self) -> Changes:
        """Restore it."""
        return self._restore(self._target)


class ShiftStartCommand(ServiceCommand):
    """Move a forløb's start date and its open milestones; undo shifts back to the old start
    and then puts back any milestone date the working-day rounding did not restore exactly."""

    def __init__(
        self, text: str, context: AppContext, engagement_id: uuid.UUID, new_start: date
    ) -> None:
        super().__init__(text)
        self._context, self._id, self._new = context, engagement_id, new_start
        self._old: date | None = None
        self._old_end: date | None = None
        self._dates: dict[uuid.UUID, date] = {}

    def execute(self) -> Changes:
        """Remember the old start, end and dates, then shift."""
        before = self._context.engagements.get(self._id)
        self._old, self._old_end = before.start_date, before.planned_end_date
        self._dates = {
            m.id: m.planned_on for m in self._context.milestones.for_engagement(self._id)
        }
        return self._context.milestones.shift_start(self._id, self._new)

    def revert(self) -> Changes:
        """Shift back, then restore the exact planned dates."""
        assert self._old is not None
        milestones = self._context.milestones
        changes = milestones.shift_start(self._id, self._old)
        for view in milestones.for_engagement(self._id):
            old = self._dates.get(view.id)
            if old is not None and old != view.planned_on:
                _, more = milestones.update(
                    view.id, dataclasses.replace(view.draft(), planned_on=old)
                )
                changes = changes | more
        current = self._context.engagements.get(self._id)
        if current.planned_end_date != self._old_end:
            _, more = self._context.engagements.update(
                self._id, dataclasses.replace(current.draft(), planned_end_date=self._old_end)
            )
            changes = changes | more
        return changes

    def reapply(self) -> Changes:
        """Shift again."""
        return self._context.milestones.shift_start(self._id, self._new)


class DecideCommand(ServiceCommand):
    """A decision on an application. Undo of a grant soft-deletes the forløb it created and puts
    the previous decision back; redo restores that forløb (it is not created twice)."""

    def __init__(
        self,
        text: str,
        context: AppContext,
        before: ApplicationDetail,
        decision: Decision,
        start_date: date | None,
    ) -> None:
        super().__init__(text)
        self._context, self._before = context, before
        self._decision, self._start = decision, start_date
        self.engagement_id: uuid.UUID | None = None
        self._created: uuid.UUID | None = None

    def execute(self) -> Changes:
        """Record the decision (granting creates the forløb and its plan)."""
        detail, changes = self._context.applications.decide(
            self._before.id, self._decision, start_date=self._start
        )
        self.engagement_id = detail.engagement_id
        if self._before.engagement_id is None:
            self._created = detail.engagement_id
        return changes

    def revert(self) -> Changes:
        """Remove the forløb it created, put the old decision back."""
        changes = Changes()
        if self._created is not None:
            changes = self._context.engagements.delete(self._created)
        before = self._before
        old = Decision(before.decision, before.decided_on, before.decision_reason)
        _, more = self._context.applications.decide(before.id, old)
        return changes | more

    def reapply(self) -> Changes:
        """Restore the forløb, record the decision again."""
        changes = Changes()
        if self._created is not None:
            changes = self._context.engagements.restore(self._created)
        _, more = self._context.applications.decide(self._before.id, self._decision)
        return changes | more


def _member_of(
    context: AppContext, engagement_id: uuid.UUID, consultant_id: uuid.UUID
) -> TeamMemberView:
    for member in context.team.team(engagement_id):
        if member.consultant_id == consultant_id:
            return member
    raise UserError("team.not_found")


class AddMemberCommand(ServiceCommand):
    """A consultant put on a team; undo takes them off again."""

    def __init__(
        self,
        text: str,
        context: AppContext,
        engagement_id: uuid.UUID,
        consultant_id: uuid.UUID,
        role: ConsultantRole,
    ) -> None:
        super().__init__(text)
        self._context, self._id = context, engagement_id
        self._consultant, self._role = consultant_id, role

    def execute(self) -> Changes:
        """Add the member."""
        return self._context.team.add_member(self._id, self._consultant, self._role)

    def revert(self) -> Changes:
        """Remove the member again."""
        member = _member_of(self._context, self._id, self._consultant)
        return self._context.team.remove_member(member.id)


class RemoveMemberCommand(ServiceCommand):
    """A consultant taken off a team; undo adds them back in the same role."""

    def __init__(
        self, text: str, context: AppContext, engagement_id: uuid.UUID, member: TeamMemberView
    ) -> None:
        super().__init__(text)
        self._context, self._id, self._member = context, engagement_id, member

    def execute(self) -> Changes:
        """Remove the member."""
        return self._context.team.remove_member(self._member.id)

    def revert(self) -> Changes:
        """Add them back."""
        return self._context.team.add_member(
            self._id, self._member.consultant_id, self._member.role
        )

    def reapply(self) -> Changes:
        """Remove them again (their membership has a new id since the undo)."""
        member = _member_of(self._context, self._id, self._member.consultant_id)
        return self._context.team.remove_member(member.id)


class AddContactCommand(ServiceCommand):
    """A municipal contact added; undo removes it."""

    def __init__(
        self, text: str, context: AppContext, engagement_id: uuid.UUID, draft: ContactDraft
    ) -> None:
        super().__init__(text)
        self._context, self._id, self._draft = context, engagement_id, draft
        self._contact: uuid.UUID | None = None

    def execute(self) -> Changes:
        """Add the contact and remember its id."""
        before = {contact.id for contact in self._context.team.contacts(self._id)}
        changes = self._context.team.add_contact(self._id, self._draft)
        added = [c.id for c in self._context.team.contacts(self._id) if c.id not in before]
        self._contact = added[0] if added else None
        return changes

    def revert(self) -> Changes:
        """Remove the contact."""
        if self._contact is None:
            raise UserError("team.not_found")
        return self._context.team.remove_contact(self._contact)


class RemoveContactCommand(ServiceCommand):
    """A municipal contact removed; undo adds it again with the same details."""

    def __init__(
        self, text: str, context: AppContext, engagement_id: uuid.UUID, contact: ContactView
    ) -> None:
        super().__init__(text)
        self._context, self._id = context, engagement_id
        self._contact = contact.id
        self._draft = ContactDraft(contact.name, contact.title, contact.email, contact.phone)

    def execute(self) -> Changes:
        """Remove the contact."""
        return self._context.team.remove_contact(self._contact)

    def revert(self) -> Changes:
        """Add it again (under a new id, remembered for redo)."""
        before = {contact.id for contact in self._context.team.contacts(self._id)}
        changes = self._context.team.add_contact(self._id, self._draft)
        added = [c.id for c in self._context.team.contacts(self._id) if c.id not in before]
        if added:
            self._contact = added[0]
        return changes


class PhaseChangeCommand(ServiceCommand):
    """A phase change. It is recorded in the forløb's phase history and is not undone: undo
    refuses with `refusal` (correct a mistake with another phase change)."""

    def __init__(
        self,
        text: str,
        context: AppContext,
        engagement_id: uuid.UUID,
        phase: Phase,
        on: date,
        *,
        refusal: str,
    ) -> None:
        super().__init__(text)
        self._context, self._id, self._phase, self._on = context, engagement_id, phase, on
        self._refusal = refusal

    def execute(self) -> Changes:
        """Change the phase."""
        return self._context.team.change_phase(self._id, self._phase, self._on)

    def irreversible(self) -> str | None:
        """Always: the phase history has no undo in the service layer."""
        return self._refusal


class GeneratePlanCommand(ServiceCommand):
    """The default plan added to a forløb; undo soft-deletes its milestones, redo restores them."""

    def __init__(self, text: str, context: AppContext, engagement_id: uuid.UUID) -> None:
        super().__init__(text)
        self._context, self._id = context, engagement_id
        self._ids: list[uuid.UUID] = []

    def execute(self) -> Changes:
        """Generate the plan."""
        views, changes = self._context.milestones.generate_plan(self._id)
        self._ids = [view.id for view in views]
        return changes

    def revert(self) -> Changes:
        """Remove the generated milestones."""
        changes = Changes()
        for milestone_id in self._ids:
            changes = changes | self._context.milestones.delete(milestone_id)
        return changes

    def reapply(self) -> Changes:
        """Bring them back."""
        changes = Changes()
        for milestone_id in self._ids:
            changes = changes | self._context.milestones.restore(milestone_id)
        return changes
