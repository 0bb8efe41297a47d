"""Undo steps of the Fund og anbefalinger page: each one only calls services.

Findings and recommendations reuse the generic `UpdateCommand`, `CreateCommand` and
`DeleteCommand` (soft delete and restore). The commands below cover what those cannot:
several proposed findings at once, status changes with their history, review notes (which the
service cannot delete) and the round's "klar til rapport" mark.
"""

from __future__ import annotations

import uuid

from taskforce_app.bootstrap import AppContext
from taskforce_app.domain.changes import Changes
from taskforce_app.domain.enums import RecommendationStatus, RoundStatus
from taskforce_app.domain.errors import Notice, UserError
from taskforce_app.domain.findings import FindingDraft, RecommendationDraft
from taskforce_app.ui.undo import CreateCommand, DeleteCommand, ServiceCommand, UpdateCommand

UNDO_NOTE = "Fortrudt"
"""The note of the history entry an undone status change adds (stored data, so Danish)."""


def update_finding(
    context: AppContext, text: str, finding_id: uuid.UUID, before: FindingDraft, after: FindingDraft
) -> UpdateCommand[FindingDraft]:
    """An edit of a finding; undo puts back only the fields this edit changed."""
    findings = context.findings
    return UpdateCommand(
        text,
        before=before,
        after=after,
        load=lambda: findings.get(finding_id).draft(),
        save=lambda draft: findings.update(finding_id, draft)[1],
    )


def create_finding(
    context: AppContext, text: str, engagement_id: uuid.UUID, draft: FindingDraft
) -> CreateCommand:
    """A new finding: undo soft-deletes it, redo restores it."""
    findings = context.findings

    def create() -> tuple[uuid.UUID, Changes]:
        view, changes = findings.create(engagement_id, draft)
        return view.id, changes

    return CreateCommand(text, create=create, delete=findings.delete, restore=findings.restore)


def delete_finding(context: AppContext, text: str, finding_id: uuid.UUID) -> DeleteCommand:
    """A finding soft-deleted (its recommendations stay, standalone); undo restores it."""
    findings = context.findings
    return DeleteCommand(text, finding_id, delete=findings.delete, restore=findings.restore)


class UpdateRecommendationCommand(UpdateCommand[RecommendationDraft]):
    """An edit of a recommendation's text, owner, due date or links; the service's warnings
    on the first save (e.g. due after the forløb's end) are kept in `warnings`."""

    warnings: tuple[Notice, ...]

    def __init__(
        self,
        text: str,
        context: AppContext,
        recommendation_id: uuid.UUID,
        before: RecommendationDraft,
        after: RecommendationDraft,
    ) -> None:
        service = context.recommendations

        def first(draft: RecommendationDraft) -> Changes:
            view, changes = service.update(recommendation_id, draft)
            self.warnings = view.warnings
            return changes

        super().__init__(
            text,
            before=before,
            after=after,
            load=lambda: service.get(recommendation_id).draft(),
            save=lambda draft: service.update(recommendation_id, draft)[1],
            first=first,
        )
        self.warnings = ()


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

        super().__init__(text, create=create, delete=service.delete, restore=service.restore)
        self.warnings = ()


def delete_recommendation(
    context: AppContext, text: str, recommendation_id: uuid.UUID
) -> DeleteCommand:
    """A recommendation soft-deleted; undo restores it with its history."""
    service = context.recommendations
    return DeleteCommand(text, recommendation_id, delete=service.delete, restore=service.restore)


class CreateFindingsCommand(ServiceCommand):
    """Several proposed findings created as one undo step.

    If one of them is refused, the ones already created are deleted again and the error
    propagates, so nothing is saved and no step is pushed.
    """

    def __init__(
        self, text: str, context: AppContext, engagement_id: uuid.UUID, drafts: list[FindingDraft]
    ) -> None:
        super().__init__(text)
        self._context, self._engagement, self._drafts = context, engagement_id, drafts
        self.created_ids: list[uuid.UUID] = []

    def execute(self) -> Changes:
        """Create every finding."""
        findings = self._context.findings
        changes = Changes()
        self.created_ids = []
        try:
            for draft in self._drafts:
                view, more = findings.create(self._engagement, draft)
                self.created_ids.append(view.id)
                changes = changes | more
        except UserError:
            for finding_id in self.created_ids:
                findings.delete(finding_id)
            self.created_ids = []
            raise
        return changes

    def revert(self) -> Changes:
        """Soft-delete them."""
        changes = Changes()
        for finding_id in self.created_ids:
            changes = changes | self._context.findings.delete(finding_id)
        return changes

    def reapply(self) -> Changes:
        """Restore them."""
        changes = Changes()
        for finding_id in self.created_ids:
            changes = changes | self._context.findings.restore(finding_id)
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
        super().__init__(text)
        self._context, self._id = context, recommendation_id
        self._status, self._note, self._author = status, note, author
        self._old: RecommendationStatus | None = None

    def execute(self) -> Changes:
        """Remember the stored status, then change it."""
        self._old = self._context.recommendations.get(self._id).status
        return self.reapply()

    def revert(self) -> Changes:
        """Change back to the old status, noted "Fortrudt"."""
        assert self._old is not None
        _, changes = self._context.recommendations.set_status(
            self._id, self._old, UNDO_NOTE, author=self._author
        )
        return changes

    def reapply(self) -> Changes:
        """Change to the new status again, with the same note."""
        _, changes = self._context.recommendations.set_status(
            self._id, self._status, self._note, author=self._author
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
        super().__init__(text)
        self._context, self._engagement, self._note = context, engagement_id, note
        self._finding, self._author = finding_id, author_id
        self.note_id: uuid.UUID | None = None

    def execute(self) -> Changes:
        """Add the comment."""
        self.note_id, changes = self._context.notes.add(
            self._engagement, self._note, finding_id=self._finding, author_id=self._author
        )
        return changes

    def revert(self) -> Changes:
        """Resolve it (comments are never deleted)."""
        assert self.note_id is not None
        return self._context.notes.resolve(self.note_id, by=self._author)

    def reapply(self) -> Changes:
        """Open it again."""
        assert self.note_id is not None
        return self._context.notes.reopen(self.note_id)


class ResolveNoteCommand(ServiceCommand):
    """A comment resolved (`resolve=True`) or opened again; undo does the opposite.

    Undoing a reopen resolves the comment again in the name of `by` (the service records the
    resolver's id, and only the current user's is at hand).
    """

    def __init__(
        self,
        text: str,
        context: AppContext,
        note_id: uuid.UUID,
        *,
        resolve: bool,
        by: uuid.UUID | None,
    ) -> None:
        super().__init__(text)
        self._context, self._id, self._resolve, self._by = context, note_id, resolve, by

    def execute(self) -> Changes:
        """Resolve or reopen."""
        return self._set(self._resolve)

    def revert(self) -> Changes:
        """The opposite."""
        return self._set(not self._resolve)

    def _set(self, resolved: bool) -> Changes:
        notes = self._context.notes
        return notes.resolve(self._id, by=self._by) if resolved else notes.reopen(self._id)


class RoundReadyCommand(ServiceCommand):
    """A round marked klar til rapport (refused while comments on it are open); undo takes it
    back to work unless it already was klar til rapport before."""

    def __init__(self, text: str, context: AppContext, round_id: uuid.UUID) -> None:
        super().__init__(text)
        self._context, self._id = context, round_id
        self._was_ready = False

    def execute(self) -> Changes:
        """Mark the round."""
        before = self._context.review.get_round(self._id).status
        changes = self._context.review.mark_ready_for_report(self._id)
        self._was_ready = before is RoundStatus.READY_FOR_REPORT
        return changes

    def revert(self) -> Changes:
        """Reopen the round (if it was open before)."""
        if self._was_ready:
            return Changes()
        return self._context.review.reopen(self._id)

    def reapply(self) -> Changes:
        """Mark it again."""
        return self._context.review.mark_ready_for_report(self._id)
