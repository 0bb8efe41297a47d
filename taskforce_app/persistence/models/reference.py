"""Reference records: municipalities, consultants, criteria sets and their criteria, settings."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
    true,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from taskforce_app.domain.enums import ConsultantRole, Organisation, Pejlemaerke, Region, Track
from taskforce_app.persistence.base import Base
from taskforce_app.persistence.types import CodedEnum


class Municipality(Base):
    """One of the 98 municipalities, loaded by the first migration."""

    __tablename__ = "municipality"

    code: Mapped[str] = mapped_column(String(3), unique=True)
    name: Mapped[str] = mapped_column(String(80))
    region: Mapped[Region] = mapped_column(CodedEnum(Region))
    iso_region: Mapped[str] = mapped_column(String(5))


class Consultant(Base):
    """A Task Force consultant from Ankestyrelsen or Social- og Boligstyrelsen."""

    __tablename__ = "consultant"

    name: Mapped[str] = mapped_column(String(120))
    initials: Mapped[str] = mapped_column(String(10), unique=True)
    organisation: Mapped[Organisation] = mapped_column(CodedEnum(Organisation))
    role: Mapped[ConsultantRole] = mapped_column(CodedEnum(ConsultantRole))
    email: Mapped[str] = mapped_column(String(200), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True, server_default=true())
    """False once deactivated: kept in teams and history, no longer offered in pickers."""


class CriteriaSet(Base):
    """A versioned set of requirements (juridisk) or quality points (socialfaglig)."""

    __tablename__ = "criteria_set"
    __table_args__ = (UniqueConstraint("key", "version"),)

    key: Mapped[str] = mapped_column(String(60))
    version: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(200))
    track: Mapped[Track] = mapped_column(CodedEnum(Track))
    law: Mapped[str] = mapped_column(String(60), default="")
    valid_from: Mapped[date | None] = mapped_column(Date, default=None)
    valid_to: Mapped[date | None] = mapped_column(Date, default=None)
    source: Mapped[str] = mapped_column(Text, default="")
    scale: Mapped[list[str]] = mapped_column(JSON, default=list)

    criteria: Mapped[list[Criterion]] = relationship(
        back_populates="criteria_set", order_by="Criterion.sort_order"
    )


class Criterion(Base):
    """One requirement or quality point, citing its provision."""

    __tablename__ = "criterion"
    __table_args__ = (UniqueConstraint("criteria_set_id", "code"),)

    criteria_set_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("criteria_set.id"), index=True)
    code: Mapped[str] = mapped_column(String(30))
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    pejlemaerke: Mapped[Pejlemaerke] = mapped_column(CodedEnum(Pejlemaerke))
    provision: Mapped[str] = mapped_column(String(120), default="")
    question: Mapped[str] = mapped_column(Text)
    guidance: Mapped[str] = mapped_column(Text, default="")
    applies_when: Mapped[str] = mapped_column(Text, default="")
    deadline_rule: Mapped[str | None] = mapped_column(String(40), default=None)
    benchmark_key: Mapped[str | None] = mapped_column(String(60), default=None)

    criteria_set: Mapped[CriteriaSet] = relationship(back_populates="criteria")


class Setting(Base):
    """A setting that the CLI and reports need too (UI state lives in QSettings)."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(120), unique=True)
    value: Mapped[object] = mapped_column(JSON)
