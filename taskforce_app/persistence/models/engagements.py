"""The forløb (engagement), its team, its municipal contacts, phases and milestones."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import JSON, Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from taskforce_app.domain.enums import ConsultantRole, MilestoneStatus, Phase
from taskforce_app.persistence.base import Base
from taskforce_app.persistence.models.applications import Application
from taskforce_app.persistence.models.reference import Consultant, Municipality
from taskforce_app.persistence.types import CodedEnum


class Engagement(Base):
    """A Task Force forløb with one municipality, about 24 months long."""

    __tablename__ = "engagement"

    municipality_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("municipality.id"), index=True)
    application_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("application.id"), default=None, index=True
    )
    title: Mapped[str] = mapped_column(String(200))
    phase: Mapped[Phase] = mapped_column(CodedEnum(Phase), default=Phase.OPSTART)
    start_date: Mapped[date | None] = mapped_column(Date, default=None)
    planned_end_date: Mapped[date | None] = mapped_column(Date, default=None)
    actual_end_date: Mapped[date | None] = mapped_column(Date, default=None)
    themes: Mapped[list[str]] = mapped_column(JSON, default=list)
    description: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")

    municipality: Mapped[Municipality] = relationship()
    application: Mapped[Application | None] = relationship()
    team: Mapped[list[TeamMember]] = relationship(back_populates="engagement")
    contacts: Mapped[list[MunicipalContact]] = relationship(back_populates="engagement")
    milestones: Mapped[list[Milestone]] = relationship(
        back_populates="engagement", order_by="Milestone.planned_on"
    )
    phase_periods: Mapped[list[PhasePeriod]] = relationship(back_populates="engagement")


class PhasePeriod(Base):
    """When a forløb actually entered and left a phase."""

    __tablename__ = "phase_period"

    engagement_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("engagement.id"), index=True)
    phase: Mapped[Phase] = mapped_column(CodedEnum(Phase))
    started_on: Mapped[date | None] = mapped_column(Date, default=None)
    ended_on: Mapped[date | None] = mapped_column(Date, default=None)

    engagement: Mapped[Engagement] = relationship(back_populates="phase_periods")


class TeamMember(Base):
    """A consultant on a forløb's team, in a role."""

    __tablename__ = "team_member"

    engagement_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("engagement.id"), index=True)
    consultant_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("consultant.id"), index=True)
    role: Mapped[ConsultantRole] = mapped_column(CodedEnum(ConsultantRole))
    joined_on: Mapped[date | None] = mapped_column(Date, default=None)
    left_on: Mapped[date | None] = mapped_column(Date, default=None)

    engagement: Mapped[Engagement] = relationship(back_populates="team")
    consultant: Mapped[Consultant] = relationship()


class MunicipalContact(Base):
    """A contact person at the municipality (an adult professional, never a child)."""

    __tablename__ = "municipal_contact"

    engagement_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("engagement.id"), index=True)
    name: Mapped[str] = mapped_column(String(120))
    title: Mapped[str] = mapped_column(String(120), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")

    engagement: Mapped[Engagement] = relationship(back_populates="contacts")


class Milestone(Base):
    """A dated step of the plan, generated from a template and then edited."""

    __tablename__ = "milestone"

    engagement_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("engagement.id"), index=True)
    template_key: Mapped[str | None] = mapped_column(String(60), default=None)
    title: Mapped[str] = mapped_column(String(200))
    phase: Mapped[Phase] = mapped_column(CodedEnum(Phase))
    planned_on: Mapped[date] = mapped_column(Date)
    actual_on: Mapped[date | None] = mapped_column(Date, default=None)
    responsible_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("consultant.id"), default=None, index=True
    )
    status: Mapped[MilestoneStatus] = mapped_column(
        CodedEnum(MilestoneStatus), default=MilestoneStatus.PLANNED
    )
    note: Mapped[str] = mapped_column(Text, default="")
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    extra: Mapped[dict[str, object]] = mapped_column(JSON, default=dict)

    engagement: Mapped[Engagement] = relationship(back_populates="milestones")
    responsible: Mapped[Consultant | None] = relationship()
