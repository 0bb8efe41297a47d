"""Application rounds and the municipalities' applications."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import JSON, Boolean, Date, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from taskforce_app.domain.enums import ApplicationDecision
from taskforce_app.persistence.base import Base
from taskforce_app.persistence.models.reference import Municipality
from taskforce_app.persistence.types import CodedEnum


class ApplicationRound(Base):
    """An ansøgningsrunde with its deadline."""

    __tablename__ = "application_round"

    name: Mapped[str] = mapped_column(String(200))
    deadline: Mapped[date | None] = mapped_column(Date, default=None)
    notes: Mapped[str] = mapped_column(Text, default="")

    applications: Mapped[list[Application]] = relationship(back_populates="round")


class Application(Base):
    """A municipality's application in a round, and the Task Force's decision on it."""

    __tablename__ = "application"

    round_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("application_round.id"), index=True)
    municipality_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("municipality.id"), index=True)
    received_on: Mapped[date | None] = mapped_column(Date, default=None)
    council_backing: Mapped[bool] = mapped_column(Boolean, default=False)
    council_decision_on: Mapped[date | None] = mapped_column(Date, default=None)
    contact_persons: Mapped[str] = mapped_column(Text, default="")
    themes: Mapped[list[str]] = mapped_column(JSON, default=list)
    themes_other: Mapped[str] = mapped_column(Text, default="")
    motivation: Mapped[str] = mapped_column(Text, default="")
    assessment_notes: Mapped[str] = mapped_column(Text, default="")
    decision: Mapped[ApplicationDecision] = mapped_column(
        CodedEnum(ApplicationDecision), default=ApplicationDecision.PENDING
    )
    decision_on: Mapped[date | None] = mapped_column(Date, default=None)
    decision_reason: Mapped[str] = mapped_column(Text, default="")

    round: Mapped[ApplicationRound] = relationship(back_populates="applications")
    municipality: Mapped[Municipality] = relationship()
