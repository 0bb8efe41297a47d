"""Findings, the evidence behind them, recommendations, their updates, and review notes."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import Date, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from taskforce_app.domain.enums import RecommendationStatus, Severity, Track
from taskforce_app.persistence.base import Base
from taskforce_app.persistence.models.cases import ReviewRound, SampledCase
from taskforce_app.persistence.models.engagements import Engagement, Milestone
from taskforce_app.persistence.models.reference import Consultant, Criterion
from taskforce_app.persistence.types import CodedEnum, UtcDateTime


class Finding(Base):
    """A juridisk or socialfaglig finding (fund) of a forløb."""

    __tablename__ = "finding"

    engagement_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("engagement.id"), index=True)
    round_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("review_round.id"), default=None, index=True
    )
    track: Mapped[Track] = mapped_column(CodedEnum(Track))
    theme: Mapped[str] = mapped_column(String(120), default="")
    title: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    severity: Mapped[Severity] = mapped_column(CodedEnum(Severity))

    engagement: Mapped[Engagement] = relationship()
    round: Mapped[ReviewRound | None] = relationship()
    criteria: Mapped[list[FindingCriterion]] = relationship(back_populates="finding")
    evidence: Mapped[list[FindingEvidence]] = relationship(back_populates="finding")
    recommendations: Mapped[list[Recommendation]] = relationship(back_populates="finding")


class FindingCriterion(Base):
    """A requirement (and its provision) that a finding concerns."""

    __tablename__ = "finding_criterion"
    __table_args__ = (UniqueConstraint("finding_id", "criterion_id"),)

    finding_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("finding.id"), index=True)
    criterion_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("criterion.id"), index=True)

    finding: Mapped[Finding] = relationship(back_populates="criteria")
    criterion: Mapped[Criterion] = relationship()


class FindingEvidence(Base):
    """A sampled case that shows a finding."""

    __tablename__ = "finding_evidence"
    __table_args__ = (UniqueConstraint("finding_id", "sampled_case_id"),)

    finding_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("finding.id"), index=True)
    sampled_case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("sampled_case.id"), index=True)

    finding: Mapped[Finding] = relationship(back_populates="evidence")
    sampled_case: Mapped[SampledCase] = relationship()


class Recommendation(Base):
    """An anbefaling to the municipality, under a finding or standalone."""

    __tablename__ = "recommendation"

    engagement_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("engagement.id"), index=True)
    finding_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("finding.id"), default=None, index=True
    )
    milestone_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("milestone.id"), default=None)
    text: Mapped[str] = mapped_column(Text)
    owner: Mapped[str] = mapped_column(String(120), default="")
    due_on: Mapped[date | None] = mapped_column(Date, default=None)
    status: Mapped[RecommendationStatus] = mapped_column(
        CodedEnum(RecommendationStatus), default=RecommendationStatus.NOT_STARTED
    )

    engagement: Mapped[Engagement] = relationship()
    finding: Mapped[Finding | None] = relationship(back_populates="recommendations")
    milestone: Mapped[Milestone | None] = relationship()
    updates: Mapped[list[RecommendationUpdate]] = relationship(
        back_populates="recommendation", order_by="RecommendationUpdate.occurred_at"
    )


class RecommendationUpdate(Base):
    """A dated change to a recommendation: who, when, what changed, and a note."""

    __tablename__ = "recommendation_update"

    recommendation_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("recommendation.id"), index=True
    )
    occurred_at: Mapped[datetime] = mapped_column(UtcDateTime)
    author: Mapped[str] = mapped_column(String(120), default="")
    old_status: Mapped[RecommendationStatus | None] = mapped_column(
        CodedEnum(RecommendationStatus), default=None
    )
    new_status: Mapped[RecommendationStatus] = mapped_column(CodedEnum(RecommendationStatus))
    note: Mapped[str] = mapped_column(Text, default="")

    recommendation: Mapped[Recommendation] = relationship(back_populates="updates")


class ReviewNote(Base):
    """A comment on a finding or an assessment that must be resolved before reporting."""

    __tablename__ = "review_note"

    engagement_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("engagement.id"), index=True)
    finding_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("finding.id"), default=None, index=True
    )
    assessment_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("assessment.id"), default=None, index=True
    )
    text: Mapped[str] = mapped_column(Text)
    author_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("consultant.id"), default=None)
    resolved_at: Mapped[datetime | None] = mapped_column(UtcDateTime, default=None)
    resolved_by_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("consultant.id"), default=None
    )

    author: Mapped[Consultant | None] = relationship(foreign_keys=[author_id])
