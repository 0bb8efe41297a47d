"""Case lists, pseudonymous cases, review rounds, samples and assessments."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import JSON, Date, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from taskforce_app.domain.enums import (
    Answer,
    RoundKind,
    RoundStatus,
    SampledCaseStatus,
    SamplingMethod,
)
from taskforce_app.persistence.base import Base
from taskforce_app.persistence.models.engagements import Engagement
from taskforce_app.persistence.models.reference import Consultant, CriteriaSet, Criterion
from taskforce_app.persistence.types import CodedEnum, UtcDateTime


class CaseListImport(Base):
    """One imported case list (sagsudtræk): its file, fingerprint, counts and row report."""

    __tablename__ = "case_list_import"

    engagement_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("engagement.id"), index=True)
    file_name: Mapped[str] = mapped_column(String(260))
    sheet_name: Mapped[str] = mapped_column(String(120), default="")
    imported_at: Mapped[datetime] = mapped_column(UtcDateTime)
    imported_by: Mapped[str] = mapped_column(String(120), default="")
    fingerprint: Mapped[str] = mapped_column(String(64))
    row_count: Mapped[int] = mapped_column(Integer, default=0)
    imported_count: Mapped[int] = mapped_column(Integer, default=0)
    rejected_count: Mapped[int] = mapped_column(Integer, default=0)
    column_mapping: Mapped[dict[str, object]] = mapped_column(JSON, default=dict)
    report: Mapped[list[object]] = mapped_column(JSON, default=list)

    engagement: Mapped[Engagement] = relationship()


class Case(Base):
    """A case in the municipality's list, known only by its pseudonymous case reference."""

    __tablename__ = "case_record"
    __table_args__ = (UniqueConstraint("engagement_id", "case_ref"),)

    engagement_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("engagement.id"), index=True)
    import_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("case_list_import.id"), default=None, index=True
    )
    case_ref: Mapped[str] = mapped_column(String(60))
    birth_year: Mapped[int | None] = mapped_column(Integer, default=None)
    age: Mapped[int | None] = mapped_column(Integer, default=None)
    gender: Mapped[str] = mapped_column(String(20), default="")
    case_type: Mapped[str] = mapped_column(String(120), default="")
    measure: Mapped[str] = mapped_column(String(200), default="")
    legal_basis: Mapped[str] = mapped_column(String(120), default="")
    caseworker: Mapped[str] = mapped_column(String(120), default="")
    opened_on: Mapped[date | None] = mapped_column(Date, default=None)
    decided_on: Mapped[date | None] = mapped_column(Date, default=None)
    notified_on: Mapped[date | None] = mapped_column(Date, default=None)
    aware_on: Mapped[date | None] = mapped_column(Date, default=None)
    investigation_started_on: Mapped[date | None] = mapped_column(Date, default=None)
    investigation_completed_on: Mapped[date | None] = mapped_column(Date, default=None)
    measure_started_on: Mapped[date | None] = mapped_column(Date, default=None)
    measure_ended_on: Mapped[date | None] = mapped_column(Date, default=None)
    plan_on: Mapped[date | None] = mapped_column(Date, default=None)
    list_row: Mapped[int | None] = mapped_column(Integer, default=None)
    """The case's row in its list (the file's row number; 1, 2, … for lists before 0007)."""
    extra: Mapped[dict[str, object]] = mapped_column(JSON, default=dict)

    engagement: Mapped[Engagement] = relationship()


class ReviewRound(Base):
    """A case review (Analyse, Statusmåling, …) with its sampling record and sign-off."""

    __tablename__ = "review_round"

    engagement_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("engagement.id"), index=True)
    kind: Mapped[RoundKind] = mapped_column(CodedEnum(RoundKind))
    name: Mapped[str] = mapped_column(String(200))
    legal_criteria_set_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("criteria_set.id"), default=None
    )
    social_criteria_set_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("criteria_set.id"), default=None
    )
    status: Mapped[RoundStatus] = mapped_column(CodedEnum(RoundStatus), default=RoundStatus.OPEN)
    sampling_method: Mapped[SamplingMethod | None] = mapped_column(
        CodedEnum(SamplingMethod), default=None
    )
    sampling_parameters: Mapped[dict[str, object]] = mapped_column(JSON, default=dict)
    sample_size: Mapped[int] = mapped_column(Integer, default=20)
    seed: Mapped[str] = mapped_column(String(64), default="")
    population_fingerprint: Mapped[str] = mapped_column(String(64), default="")
    population_size: Mapped[int] = mapped_column(Integer, default=0)
    sampled_by: Mapped[str] = mapped_column(String(120), default="")
    sampled_at: Mapped[datetime | None] = mapped_column(UtcDateTime, default=None)
    cut_off_on: Mapped[date | None] = mapped_column(Date, default=None)
    signed_off_by_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("consultant.id"), default=None
    )
    signed_off_at: Mapped[datetime | None] = mapped_column(UtcDateTime, default=None)
    lock_log: Mapped[list[object]] = mapped_column(JSON, default=list)

    engagement: Mapped[Engagement] = relationship()
    legal_criteria_set: Mapped[CriteriaSet | None] = relationship(
        foreign_keys=[legal_criteria_set_id]
    )
    social_criteria_set: Mapped[CriteriaSet | None] = relationship(
        foreign_keys=[social_criteria_set_id]
    )
    signed_off_by: Mapped[Consultant | None] = relationship()
    sampled_cases: Mapped[list[SampledCase]] = relationship(
        back_populates="round", order_by="SampledCase.position"
    )


class SampledCase(Base):
    """A case drawn into a round's sample, with the key dates the review needs."""

    __tablename__ = "sampled_case"
    __table_args__ = (UniqueConstraint("round_id", "case_id"),)

    round_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("review_round.id"), index=True)
    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("case_record.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    status: Mapped[SampledCaseStatus] = mapped_column(
        CodedEnum(SampledCaseStatus), default=SampledCaseStatus.ACTIVE
    )
    replacement_reason: Mapped[str] = mapped_column(Text, default="")
    replaced_by_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("sampled_case.id"), default=None
    )
    notification_received_at: Mapped[datetime | None] = mapped_column(UtcDateTime, default=None)
    notification_assessed_at: Mapped[datetime | None] = mapped_column(UtcDateTime, default=None)
    investigation_started_on: Mapped[date | None] = mapped_column(Date, default=None)
    investigation_completed_on: Mapped[date | None] = mapped_column(Date, default=None)
    decision_on: Mapped[date | None] = mapped_column(Date, default=None)
    measure_started_on: Mapped[date | None] = mapped_column(Date, default=None)
    follow_up_dates: Mapped[list[str]] = mapped_column(JSON, default=list)
    notification_aware_on: Mapped[date | None] = mapped_column(Date, default=None)
    receipt_confirmed_on: Mapped[date | None] = mapped_column(Date, default=None)
    decision_basis: Mapped[str] = mapped_column(String(60), default="")
    measure_ended_on: Mapped[date | None] = mapped_column(Date, default=None)
    plan_on: Mapped[date | None] = mapped_column(Date, default=None)
    supervision_visits: Mapped[list[str]] = mapped_column(JSON, default=list)
    legal_criteria_set_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("criteria_set.id"), default=None
    )
    """The juridisk set this case is judged by (the law in force on its decision date)."""

    round: Mapped[ReviewRound] = relationship(back_populates="sampled_cases")
    case: Mapped[Case] = relationship()
    legal_criteria_set: Mapped[CriteriaSet | None] = relationship()
    assessments: Mapped[list[Assessment]] = relationship(back_populates="sampled_case")


class Assessment(Base):
    """The answer to one criterion for one sampled case."""

    __tablename__ = "assessment"
    __table_args__ = (UniqueConstraint("sampled_case_id", "criterion_id"),)

    sampled_case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("sampled_case.id"), index=True)
    criterion_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("criterion.id"), index=True)
    answer: Mapped[Answer | None] = mapped_column(CodedEnum(Answer), default=None)
    suggested_answer: Mapped[Answer | None] = mapped_column(CodedEnum(Answer), default=None)
    reason: Mapped[str] = mapped_column(Text, default="")
    note: Mapped[str] = mapped_column(Text, default="")
    assessed_by_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("consultant.id"), default=None
    )
    assessed_at: Mapped[datetime | None] = mapped_column(UtcDateTime, default=None)

    sampled_case: Mapped[SampledCase] = relationship(back_populates="assessments")
    criterion: Mapped[Criterion] = relationship()
    assessed_by: Mapped[Consultant | None] = relationship()
