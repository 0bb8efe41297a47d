"""Undo steps of the Fund og anbefalinger page: each one only calls services.

Each edit runs as one operation, undone and redone as a unit by `context.operations` (see
`ui/undo.py`): findings, recommendations, several proposed findings at once, resolving a
comment and the round's "klar til rapport" mark. Two steps keep a service-level undo of one
call, because history must not be erased: a recommendation's status change (undone by another
dated change, "Fortrudt") and a review comment (never deleted; undo resolves it).
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QCoreApplication

from taskforce_app.bootstrap import AppContext
from taskforce_app.domain.changes import Changes
from taskforce_app.domain.enums import RecommendationStatus, RoundStatus
from taskforce_app.domain.errors import Notice, UserError
from taskforce_app.domain.findings import FindingDraft, RecommendationDraft
from taskforce_app.ui.kit.undo import ActionCommand, CreateCommand, ServiceCommand

UNDO_NOTE = "Fortrudt"
"""The note of the history entry an undone status change adds (stored data, so Danish)."""


def update_finding(
    context: AppContext, text: str, finding_id: uuid.UUID, draft: FindingDraft
) -> ActionCommand:
    """An edit of a finding; undo puts back the fields this edit changed."""
    findings = context.findings
    return ActionCommand(text, context, lambda: findings.update(finding_id, draft)[1])


def create_finding(
    context: AppContext, text: str, engagement_id: uuid.UUID, draft: FindingDraft
) -> CreateCommand:
    """A new finding: undo soft-deletes it, redo restores it."""
    findings = context.findings

    def create() -> tuple[uuid.UUID, Changes]:
        view, changes = findings.create(engagement_id, draft)
        return view.id, changes

    return CreateCommand(text, context, create)


def delete_finding(context: AppContext, text: str, finding_id: uuid.UUID) -> ActionCommand:
    """A finding soft-deleted (its recommendations stay, standalone); undo restores it."""
    findings = context.findings
    return ActionCommand(text, context, lambda: findings.delete(finding_id))


class UpdateRecommendationCommand(ServiceCommand):
    """An edit of a recommendation's text, owner, due date or links; the service's warnings
    on the save (e.g. due after the forløb's end) are kept in `warnings`."""

    def __init__(
        self,
        text: str,
        context: AppContext,
        recommendation_id: uuid.UUID,
        draft: RecommendationDraft,
    ) -> None:
        super().__init__(text, context)
        self._id, self._draft = recommendation_id, draft
        self.warnings: tuple[Notice, ...] = ()

    def perform(self) -> Changes:
        """Save the draft."""
        view, changes = self._context.recommendations.update(self._id, self._draft)
        self.warnings = view.warnings
        return changes


class CreateRecommendationCommand(CreateCommand):
    """A new recommendation (undo soft-deletes it, redo restores it); the service's warnings
    are kept in `warnings`."""

    warnings: tuple[Notice, ...]

    def __init__(
        self, text: str, context: AppContext, engagement_id: uuid.UUID, draft: RecommendationDraft
    ) -> None:
        service = context.recommendations

        def create() -> tuple[uuid.UUID, Changes]:
            view, changes = service.create(engagement_id, draft)
            self.warnings = view.warnings
            return view.id, changes

        super().__init__(text, context, create)
        self.warnings = ()


def delete_recommendation(
    context: AppContext, text: str, recommendation_id: uuid.UUID
) -> ActionCommand:
    """A recommendation soft-deleted; undo restores it with its history."""
    service = context.recommendations
    return ActionCommand(text, context, lambda: service.delete(recommendation_id))


class CreateFindingsCommand(ServiceCommand):
    """Several proposed findings created as one undo step, in one transaction: if one of them
    is refused, none is saved and no step is pushed."""

    def __init__(
        self, text: str, context: AppContext, engagement_id: uuid.UUID, drafts: list[FindingDraft]
    ) -> None:
        super().__init__(text, context)
        self._engagement, self._drafts = engagement_id, drafts
        self.created_ids: list[uuid.UUID] = []

    def perform(self) -> Changes:
        """Create every finding."""
        findings = self._context.findings
        changes = Changes()
        created: list[uuid.UUID] = []
        for draft in self._drafts:
            view, more = findings.create(self._engagement, draft)
            created.append(view.id)
            changes = changes | more
        self.created_ids = created
        return changes


class SetStatusCommand(ServiceCommand):
    """A recommendation's new status with a note, recorded in its dated history.

    The history is a record of what happened, so undo does not erase the entry: it records
    another change back to the old status with the note "Fortrudt". After an undo the history
    therefore holds both entries (the change and its reversal); redo adds the change again.
    """

    def __init__(
        self,
        text: str,
        context: AppContext,
        recommendation_id: uuid.UUID,
        status: RecommendationStatus,
        note: str,
        *,
        author: str = "",
    ) -> None:
        super().__init__(text, context)
        self._id = recommendation_id
        self._status, self._note, self._author = status, note, author
        self._old: RecommendationStatus | None = None

    def perform(self) -> Changes:
        """Remember the stored status, then change it."""
        self._old = self._context.recommendations.get(self._id).status
        return self._set(self._status, self._note)

    def revert(self) -> Changes:
        """Change back to the old status, noted "Fortrudt" (one operation)."""
        old = self._old
        assert old is not None
        return self._context.operations.run(lambda: self._set(old, UNDO_NOTE))

    def reapply(self) -> Changes:
        """Change to the new status again, with the same note (one operation)."""
        return self._context.operations.run(lambda: self._set(self._status, self._note))

    def _set(self, status: RecommendationStatus, note: str) -> Changes:
        _, changes = self._context.recommendations.set_status(
            self._id, status, note, author=self._author
        )
        return changes


class AddNoteCommand(ServiceCommand):
    """A review comment added to a finding.

    The service keeps every comment (there is no delete), so undo resolves the comment (it then
    no longer blocks "klar til rapport" and shows as resolved by whoever undid it) and redo
    opens it again.
    """

    def __init__(
        self,
        text: str,
        context: AppContext,
        engagement_id: uuid.UUID,
        note: str,
        *,
        finding_id: uuid.UUID,
        author_id: uuid.UUID | None,
    ) -> None:
        super().__init__(text, context)
        self._engagement, self._note = engagement_id, note
        self._finding, self._author = finding_id, author_id
        self.note_id: uuid.UUID | None = None

    def perform(self) -> Changes:
        """Add the comment."""
        self.note_id, changes = self._context.notes.add(
            self._engagement, self._note, finding_id=self._finding, author_id=self._author
        )
        return changes

    def revert(self) -> Changes:
        """Resolve it (comments are never deleted); one operation."""
        note_id = self.note_id
        assert note_id is not None
        notes = self._context.notes
        return self._context.operations.run(lambda: notes.resolve(note_id, by=self._author))

    def reapply(self) -> Changes:
        """Open it again; one operation."""
        note_id = self.note_id
        assert note_id is not None
        notes = self._context.notes
        return self._context.operations.run(lambda: notes.reopen(note_id))


class ResolveNoteCommand(ServiceCommand):
    """A comment resolved (`resolve=True`) or opened again; undo puts back exactly what was
    there (who resolved it and when)."""

    def __init__(
        self,
        text: str,
        context: AppContext,
        note_id: uuid.UUID,
        *,
        resolve: bool,
        by: uuid.UUID | None,
    ) -> None:
        super().__init__(text, context)
        self._id, self._resolve, self._by = note_id, resolve, by

    def perform(self) -> Changes:
        """Resolve or reopen."""
        notes = self._context.notes
        return notes.resolve(self._id, by=self._by) if self._resolve else notes.reopen(self._id)


class RoundReadyCommand(ServiceCommand):
    """A round marked klar til rapport (refused while comments on it are open); undo puts the
    round's previous status back."""

    def __init__(self, text: str, context: AppContext, round_id: uuid.UUID) -> None:
        super().__init__(text, context)
        self._id = round_id

    def perform(self) -> Changes:
        """Mark the round."""
        return self._context.review.mark_ready_for_report(self._id)


def ready_for_report_block(context: AppContext, round_id: object) -> str:
    """Why the round `round_id` cannot be marked klar til rapport now ("" when it can): the
    order is review → klar til rapport → sign-off, so a signed-off round is past that step."""
    if not isinstance(round_id, uuid.UUID):
        return ""
    try:
        status = context.review.get_round(round_id).status
    except UserError:
        return ""
    if status is RoundStatus.SIGNED_OFF:
        return QCoreApplication.translate(
            "ReadyForReport",
            "The round is signed off. Mark it ready for report before the sign-off: the order "
            "is review, ready for report, then sign-off. Unlock the round with a reason to "
            "mark it now.",
        )
    if status is RoundStatus.READY_FOR_REPORT:
        return QCoreApplication.translate(
            "ReadyForReport", "The round is already ready for report; the sign-off comes next."
        )
    return ""
