"""Undo and redo: a `QUndoStack` whose commands do nothing but call services.

Every command's edit runs as one operation (`context.operations.run`: one transaction, one
operation id); its undo is `context.operations.undo(id)` and its redo the undo's undo, each one
service call in one transaction. The first execution happens before the command is pushed, so
a refused edit (a `UserError`) never reaches the stack. A refusal during undo or redo is
reported and the command is made obsolete: Qt then drops it and the stack stays consistent.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from taskforce_app.bootstrap import AppContext
from taskforce_app.domain.applications import ApplicationDetail, Decision
from taskforce_app.domain.changes import Changes
from taskforce_app.domain.enums import ConsultantRole, Phase
from taskforce_app.domain.errors import UserError
from taskforce_app.domain.team import ContactDraft, ContactView, TeamMemberView


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
    """An undo step whose edit is one operation.

    Subclasses implement `perform` (the service call). Undo and redo go through
    `context.operations`, which reverts the operation's recorded changes as a unit; a command
    for which that generic revert is wrong overrides `revert`/`reapply` with one service call.
    """

    def __init__(self, text: str, context: AppContext) -> None:
        super().__init__(text)
        self._context = context
        self._controller: UndoController | None = None
        self._skip_redo = False
        self._done: uuid.UUID | None = None
        self._undone: uuid.UUID | None = None
        self._scope = Changes()

    def perform(self) -> Changes:
        """The edit: the service call(s), run inside one operation."""
        raise NotImplementedError

    def execute(self) -> Changes:
        """Do the edit the first time, as one operation (may raise `UserError`)."""
        changes = self._context.operations.run(self.perform)
        self._done = changes.operation_id
        self._scope = Changes(changes.entities, changes.ids)
        return changes

    def revert(self) -> Changes:
        """Undo the edit's operation (one transaction)."""
        assert self._done is not None
        changes = self._context.operations.undo(self._done)
        self._undone = changes.operation_id
        return changes | self._scope

    def reapply(self) -> Changes:
        """Redo the edit: undo the undo (one transaction)."""
        assert self._undone is not None
        changes = self._context.operations.redo(self._undone)
        self._done = changes.operation_id
        return changes | self._scope

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


class ActionCommand(ServiceCommand):
    """An edit that is one service call returning `Changes` (an update, a delete, …)."""

    def __init__(self, text: str, context: AppContext, action: Callable[[], Changes]) -> None:
        super().__init__(text, context)
        self._action = action

    def perform(self) -> Changes:
        """Call the service."""
        return self._action()


class CreateCommand(ServiceCommand):
    """A new record (its id in `created_id`): undo soft-deletes it, redo restores it."""

    def __init__(
        self, text: str, context: AppContext, create: Callable[[], tuple[uuid.UUID, Changes]]
    ) -> None:
        super().__init__(text, context)
        self._create = create
        self.created_id: uuid.UUID | None = None

    def perform(self) -> Changes:
        """Create the record."""
        self.created_id, changes = self._create()
        return changes


class ShiftStartCommand(ServiceCommand):
    """Move a forløb's start date and its open milestones; undo puts every date back exactly."""

    def __init__(
        self, text: str, context: AppContext, engagement_id: uuid.UUID, new_start: date
    ) -> None:
        super().__init__(text, context)
        self._id, self._new = engagement_id, new_start

    def perform(self) -> Changes:
        """Shift."""
        return self._context.milestones.shift_start(self._id, self._new)


class DecideCommand(ServiceCommand):
    """A decision on an application. Undo of a grant soft-deletes the forløb and plan it created
    and puts the previous decision back; redo restores them (nothing is created twice)."""

    def __init__(
        self,
        text: str,
        context: AppContext,
        before: ApplicationDetail,
        decision: Decision,
        start_date: date | None,
    ) -> None:
        super().__init__(text, context)
        self._before = before
        self._decision, self._start = decision, start_date
        self.engagement_id: uuid.UUID | None = None

    def perform(self) -> Changes:
        """Record the decision (granting creates the forløb and its plan)."""
        detail, changes = self._context.applications.decide(
            self._before.id, self._decision, start_date=self._start
        )
        self.engagement_id = detail.engagement_id
        return changes


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
        super().__init__(text, context)
        self._id, self._consultant, self._role = engagement_id, consultant_id, role

    def perform(self) -> Changes:
        """Add the member."""
        return self._context.team.add_member(self._id, self._consultant, self._role)


class RemoveMemberCommand(ServiceCommand):
    """A consultant taken off a team; undo puts the same membership back."""

    def __init__(
        self, text: str, context: AppContext, engagement_id: uuid.UUID, member: TeamMemberView
    ) -> None:
        super().__init__(text, context)
        self._member = member

    def perform(self) -> Changes:
        """Remove the member."""
        return self._context.team.remove_member(self._member.id)


class AddContactCommand(ServiceCommand):
    """A municipal contact added; undo removes it."""

    def __init__(
        self, text: str, context: AppContext, engagement_id: uuid.UUID, draft: ContactDraft
    ) -> None:
        super().__init__(text, context)
        self._id, self._draft = engagement_id, draft

    def perform(self) -> Changes:
        """Add the contact."""
        return self._context.team.add_contact(self._id, self._draft)


class RemoveContactCommand(ServiceCommand):
    """A municipal contact removed; undo brings the same contact back."""

    def __init__(
        self, text: str, context: AppContext, engagement_id: uuid.UUID, contact: ContactView
    ) -> None:
        super().__init__(text, context)
        self._contact = contact.id

    def perform(self) -> Changes:
        """Remove the contact."""
        return self._context.team.remove_contact(self._contact)


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
        super().__init__(text, context)
        self._id, self._phase, self._on = engagement_id, phase, on
        self._refusal = refusal

    def perform(self) -> Changes:
        """Change the phase."""
        return self._context.team.change_phase(self._id, self._phase, self._on)

    def irreversible(self) -> str | None:
        """Always: the phase history is a record of what happened."""
        return self._refusal


class GeneratePlanCommand(ServiceCommand):
    """The default plan added to a forløb; undo soft-deletes its milestones, redo restores them."""

    def __init__(self, text: str, context: AppContext, engagement_id: uuid.UUID) -> None:
        super().__init__(text, context)
        self._id = engagement_id

    def perform(self) -> Changes:
        """Generate the plan."""
        _, changes = self._context.milestones.generate_plan(self._id)
        return changes
