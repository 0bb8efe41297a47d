"""Review rounds, sampled cases and assessments: read models and the rules for answers."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from taskforce_app.domain.deadline_rules import DeadlineCheck, KeyDateFields
from taskforce_app.domain.enums import (
    Answer,
    Pejlemaerke,
    RoundKind,
    RoundStatus,
    SampledCaseStatus,
    SamplingMethod,
    Track,
)
from taskforce_app.domain.errors import ValidationError
from taskforce_app.domain.field_checks import within_limit
from taskforce_app.domain.text import NC_

DECISION_BASIS_LENGTH = 60
"""The longest legal basis of a decision ("§ 47, stk. 1, nr. 2") a case can hold."""

JURIDISK_ANSWERS = frozenset(
    {Answer.MET, Answer.NOT_MET, Answer.NOT_RELEVANT, Answer.CANNOT_ASSESS}
)
QUALITY_ANSWERS = frozenset(
    {
        Answer.QUALITY_1,
        Answer.QUALITY_2,
        Answer.QUALITY_3,
        Answer.QUALITY_4,
        Answer.NOT_RELEVANT,
        Answer.CANNOT_ASSESS,
    }
)


@dataclass(frozen=True, slots=True)
class RoundView:
    """A review round with its sampling record and progress."""

    id: uuid.UUID
    engagement_id: uuid.UUID
    kind: RoundKind
    name: str
    status: RoundStatus
    legal_set_name: str
    social_set_name: str
    sampling_method: SamplingMethod | None
    sampling_parameters: dict[str, object]
    sample_size: int
    seed: str
    population_fingerprint: str
    population_size: int
    sampled_by: str
    sampled_at: datetime | None
    sampled_cases: int
    answered: int
    expected: int
    signed_off_by: str
    signed_off_at: datetime | None
    cut_off_on: date | None = None
    """The date the review looks at: follow-ups and visits are counted up to it."""

    @property
    def locked(self) -> bool:
        """A signed-off round cannot be changed until it is unlocked with a reason."""
        return self.status is RoundStatus.SIGNED_OFF

    @property
    def progress(self) -> float:
        """Share of expected answers given, 0–1."""
        return self.answered / self.expected if self.expected else 0.0


@dataclass(frozen=True, slots=True)
class CriterionView:
    """A requirement or quality point as the review screen shows it."""

    id: uuid.UUID
    code: str
    track: Track
    pejlemaerke: Pejlemaerke
    provision: str
    question: str
    guidance: str
    applies_when: str
    deadline_rule: str | None
    benchmark_key: str | None
    sort_order: int


@dataclass(frozen=True, slots=True)
class KeyDates(KeyDateFields):
    """The case dates the deadline rules need, as the reviewer recorded them."""

    def validated(self) -> KeyDates:
        """Dates in a sensible order, or `ValidationError`."""
        received = self.notification_received_at
        moments = (
            (NC_("field", "Notification assessed"), self.notification_assessed_at, received),
        )
        days = (
            (
                NC_("field", "Investigation completed"),
                self.investigation_completed_on,
                self.investigation_started_on,
            ),
            (NC_("field", "Measure ended"), self.measure_ended_on, self.measure_started_on),
            (
                NC_("field", "Receipt confirmed"),
                self.receipt_confirmed_on,
                None if received is None else received.date() - timedelta(days=1),
            ),
        )
        for label, later, earlier in (*moments, *days):
            if later is not None and earlier is not None and later < earlier:
                raise ValidationError("review.date_order", field=label)
        basis = within_limit(
            " ".join(self.decision_basis.split()),
            NC_("field", "Legal basis"),
            DECISION_BASIS_LENGTH,
        )
        return replace(
            self,
            decision_basis=basis,
            follow_up_dates=tuple(sorted(set(self.follow_up_dates))),
            supervision_visits=tuple(sorted(set(self.supervision_visits))),
        )


@dataclass(frozen=True, slots=True)
class SampledCaseView:
    """A case in a round's sample with its key dates and progress."""

    id: uuid.UUID
    case_id: uuid.UUID
    case_ref: str
    position: int
    status: SampledCaseStatus
    replacement_reason: str
    case_type: str
    measure: str
    decided_on: date | None
    key_dates: KeyDates
    answered: int
    expected: int


@dataclass(frozen=True, slots=True)
class AssessmentView:
    """The stored answer to one criterion for one sampled case."""

    sampled_case_id: uuid.UUID
    criterion_id: uuid.UUID
    answer: Answer | None
    suggested_answer: Answer | None
    reason: str
    note: str
    assessed_by: str


@dataclass(frozen=True, slots=True)
class CriterionSuggestion:
    """The computed suggestion for one juridisk criterion of one case (None: no rule)."""

    criterion_id: uuid.UUID
    code: str
    topic: str
    check: DeadlineCheck | None


@dataclass(frozen=True, slots=True)
class CaseSuggestions:
    """A sampled case's law and the suggestion per criterion of that law's set."""

    sampled_case_id: uuid.UUID
    case_ref: str
    law: str
    """The criteria set's key: `barnets_lov` or `serviceloven`."""
    criteria_set: str
    criteria: tuple[CriterionSuggestion, ...]

    def by_criterion(self) -> dict[uuid.UUID, DeadlineCheck]:
        """The computed checks by criterion id (criteria without a rule left out)."""
        return {item.criterion_id: item.check for item in self.criteria if item.check}


@dataclass(frozen=True, slots=True)
class AnswerDraft:
    """What the reviewer gives for one criterion of one case."""

    answer: Answer | None
    reason: str = ""
    note: str = ""

    def validated(self, track: Track, suggested: Answer | None = None) -> AnswerDraft:
        """Ikke relevant needs a reason; overriding a deadline suggestion needs a reason;
        the answer must fit the track's scale; texts pass the CPR guard."""
        allowed = JURIDISK_ANSWERS if track is Track.JURIDISK else QUALITY_ANSWERS
        if self.answer is not None and self.answer not in allowed:
            raise ValidationError("review.answer_not_on_scale", value=self.answer.value)
        reason = self.reason.strip()
        if self.answer is Answer.NOT_RELEVANT and not reason:
            raise ValidationError("review.reason_required")
        if (
            suggested is not None
            and self.answer is not None
            and self.answer in (Answer.MET, Answer.NOT_MET)
            and self.answer is not suggested
            and not reason
        ):
            raise ValidationError("review.override_needs_reason")
        return AnswerDraft(self.answer, reason, self.note.strip())
