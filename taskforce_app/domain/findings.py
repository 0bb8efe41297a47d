"""Findings (fund), recommendations (anbefalinger) and review notes: drafts, rules, read models."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from datetime import date, datetime

from taskforce_app.domain.enums import RecommendationStatus, Severity, Track
from taskforce_app.domain.errors import Notice, ValidationError
from taskforce_app.domain.field_checks import required_text
from taskforce_app.domain.text import NC_

TITLE_MAX = 200
CLOSED_STATUSES = frozenset({RecommendationStatus.DONE, RecommendationStatus.ABANDONED})


@dataclass(frozen=True, slots=True)
class FindingDraft:
    """The editable fields of a finding."""

    track: Track
    title: str
    severity: Severity
    theme: str = ""
    description: str = ""
    round_id: uuid.UUID | None = None
    criterion_ids: tuple[uuid.UUID, ...] = ()
    evidence_ids: tuple[uuid.UUID, ...] = ()

    def validated(self) -> FindingDraft:
        """Trimmed, or `ValidationError` (a CPR number is refused where it is stored)."""
        title = required_text(self.title, NC_("field", "Title"), TITLE_MAX)
        return replace(
            self,
            title=title,
            theme=self.theme.strip(),
            description=self.description.strip(),
            criterion_ids=tuple(dict.fromkeys(self.criterion_ids)),
            evidence_ids=tuple(dict.fromkeys(self.evidence_ids)),
        )


@dataclass(frozen=True, slots=True)
class CriterionRef:
    """A requirement a finding concerns."""

    id: uuid.UUID
    code: str
    provision: str
    question: str


@dataclass(frozen=True, slots=True)
class EvidenceCase:
    """A sampled case that shows a finding."""

    sampled_case_id: uuid.UUID
    case_ref: str


@dataclass(frozen=True, slots=True)
class Improvement:
    """How the requirements behind a finding did from Analyse to Statusmåling (met shares)."""

    analyse_x: int
    analyse_n: int
    status_x: int
    status_n: int

    @property
    def points(self) -> float | None:
        """The change in percentage points; None without both figures."""
        if not self.analyse_n or not self.status_n:
            return None
        return 100 * (self.status_x / self.status_n - self.analyse_x / self.analyse_n)


@dataclass(frozen=True, slots=True)
class FindingView:
    """A finding with its requirements, evidence and the figures computed from the review."""

    id: uuid.UUID
    engagement_id: uuid.UUID
    municipality: str
    round_id: uuid.UUID | None
    round_name: str
    track: Track
    theme: str
    title: str
    description: str
    severity: Severity
    criteria: tuple[CriterionRef, ...]
    evidence: tuple[EvidenceCase, ...]
    shown_in: int
    assessed_in: int
    recommendations: int
    open_notes: int
    improvement: Improvement | None

    @property
    def evidence_text(self) -> str:
        """'x af n sager': the cases where a requirement was not met, of those assessed."""
        return f"{self.shown_in} af {self.assessed_in} sager"

    def draft(self) -> FindingDraft:
        """The editable fields (e.g. to undo an edit)."""
        return FindingDraft(
            track=self.track,
            title=self.title,
            severity=self.severity,
            theme=self.theme,
            description=self.description,
            round_id=self.round_id,
            criterion_ids=tuple(c.id for c in self.criteria),
            evidence_ids=tuple(e.sampled_case_id for e in self.evidence),
        )


@dataclass(frozen=True, slots=True)
class RecommendationDraft:
    """The editable fields of a recommendation (the status changes through updates)."""

    text: str
    owner: str = ""
    due_on: date | None = None
    finding_id: uuid.UUID | None = None
    milestone_id: uuid.UUID | None = None

    def validated(self) -> RecommendationDraft:
        """Trimmed, or `ValidationError` (a CPR number is refused where it is stored)."""
        text = self.text.strip()
        if not text:
            raise ValidationError("value.required", field=NC_("field", "Recommendation"))
        return replace(self, text=text, owner=self.owner.strip())


@dataclass(frozen=True, slots=True)
class RecommendationUpdateView:
    """One dated change of a recommendation."""

    occurred_at: datetime
    author: str
    old_status: RecommendationStatus | None
    new_status: RecommendationStatus
    note: str


@dataclass(frozen=True, slots=True)
class RecommendationView:
    """A recommendation with its history and how its finding's requirements developed."""

    id: uuid.UUID
    engagement_id: uuid.UUID
    municipality: str
    finding_id: uuid.UUID | None
    finding_title: str
    milestone_id: uuid.UUID | None
    text: str
    owner: str
    due_on: date | None
    status: RecommendationStatus
    history: tuple[RecommendationUpdateView, ...]
    improvement: Improvement | None
    warnings: tuple[Notice, ...] = ()

    def is_overdue(self, today: date) -> bool:
        """Open, and its due date has passed."""
        return (
            self.status not in CLOSED_STATUSES and self.due_on is not None and self.due_on < today
        )

    def draft(self) -> RecommendationDraft:
        """The editable fields (e.g. to undo an edit)."""
        return RecommendationDraft(
            self.text, self.owner, self.due_on, self.finding_id, self.milestone_id
        )


@dataclass(frozen=True, slots=True)
class ReviewNoteView:
    """A review comment on a finding or an assessment."""

    id: uuid.UUID
    engagement_id: uuid.UUID
    finding_id: uuid.UUID | None
    assessment_id: uuid.UUID | None
    text: str
    author: str
    created_at: datetime
    resolved_at: datetime | None
    resolved_by: str

    @property
    def is_open(self) -> bool:
        """Not yet resolved."""
        return self.resolved_at is None


def severity_for_share(share: float) -> Severity:
    """The proposed severity of a finding from its requirement's met share (0–1)."""
    if share < 0.5:
        return Severity.CRITICAL
    if share < 0.75:
        return Severity.SIGNIFICANT
    return Severity.MINOR
