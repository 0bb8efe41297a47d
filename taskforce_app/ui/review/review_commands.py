"""The review screen's undoable commands: an answer, a case's key dates, a round's cut-off date."""

from __future__ import annotations

import uuid
from datetime import date

from taskforce_app.bootstrap import AppContext
from taskforce_app.domain.changes import Changes
from taskforce_app.domain.enums import Answer
from taskforce_app.domain.review import (
    AnswerDraft,
    AssessmentView,
    KeyDates,
)
from taskforce_app.ui.kit.undo import ServiceCommand


class SetAnswerCommand(ServiceCommand):
    """Store one answer; undo puts back exactly what was stored before (or clears it)."""

    def __init__(
        self,
        text: str,
        context: AppContext,
        sampled_case_id: uuid.UUID,
        criterion_id: uuid.UUID,
        draft: AnswerDraft,
        *,
        suggested: Answer | None,
        reviewer_id: uuid.UUID | None,
    ) -> None:
        super().__init__(text, context)
        self.sampled_case_id = sampled_case_id
        self.criterion_id = criterion_id
        self._draft = draft
        self._suggested = suggested
        self._reviewer_id = reviewer_id
        self.view: AssessmentView | None = None

    def perform(self) -> Changes:
        """Store the answer (the service refuses a missing reason, a locked round, …)."""
        self.view, changes = self._context.review.set_answer(
            self.sampled_case_id,
            self.criterion_id,
            self._draft,
            suggested=self._suggested,
            reviewer_id=self._reviewer_id,
        )
        return changes


class SetKeyDatesCommand(ServiceCommand):
    """Record a case's key dates; undo puts the previous dates back."""

    def __init__(
        self, text: str, context: AppContext, sampled_case_id: uuid.UUID, after: KeyDates
    ) -> None:
        super().__init__(text, context)
        self.sampled_case_id = sampled_case_id
        self._after = after

    def perform(self) -> Changes:
        """Store the new dates."""
        return self._context.review.set_key_dates(self.sampled_case_id, self._after)


class SetCutOffCommand(ServiceCommand):
    """Set the round's cut-off date; undo puts the previous date back."""

    def __init__(
        self, text: str, context: AppContext, round_id: uuid.UUID, cut_off: date | None
    ) -> None:
        super().__init__(text, context)
        self.round_id = round_id
        self._cut_off = cut_off

    def perform(self) -> Changes:
        """Store the new cut-off date."""
        return self._context.review.set_cut_off(self.round_id, self._cut_off)
