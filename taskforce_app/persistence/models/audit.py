"""The append-only change history and imported key figures."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import Float, Integer, String, Text, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from taskforce_app.domain.enums import AuditAction
from taskforce_app.persistence.base import Base
from taskforce_app.persistence.types import CodedEnum, UtcDateTime


class AuditEvent(Base):
    """One change to one field of one record: who, when, old → new, and in which operation.

    `operation_id` names the write transaction (one user action) the change belongs to, and
    `operation_seq` orders the changes within it, so an operation can be undone as a unit.
    """

    __tablename__ = "audit_event"

    occurred_at: Mapped[datetime] = mapped_column(UtcDateTime, index=True)
    actor: Mapped[str] = mapped_column(String(120), default="")
    action: Mapped[AuditAction] = mapped_column(CodedEnum(AuditAction))
    table_name: Mapped[str] = mapped_column(String(60))
    record_id: Mapped[uuid.UUID] = mapped_column(Uuid, index=True)
    field: Mapped[str] = mapped_column(String(60), default="")
    old_value: Mapped[str | None] = mapped_column(Text, default=None)
    new_value: Mapped[str | None] = mapped_column(Text, default=None)
    operation_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, index=True, default=None)
    operation_seq: Mapped[int | None] = mapped_column(Integer, default=None)


class KeyFigure(Base):
    """A value imported from a Danmarks Statistik table (e.g. UND1, ANBAAR)."""

    __tablename__ = "key_figure"

    table_code: Mapped[str] = mapped_column(String(20), index=True)
    area_code: Mapped[str] = mapped_column(String(3), index=True)
    period: Mapped[str] = mapped_column(String(10))
    category: Mapped[str] = mapped_column(String(200), default="")
    value: Mapped[float | None] = mapped_column(Float, default=None)
    children_population: Mapped[int | None] = mapped_column(Integer, default=None)
    source: Mapped[str] = mapped_column(Text, default="")
