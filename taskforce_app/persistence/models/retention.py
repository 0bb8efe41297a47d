"""Retention: the record of each purge of a forløb's case data, and the result counts kept."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, Boolean, Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from taskforce_app.domain.enums import Answer
from taskforce_app.persistence.base import Base
from taskforce_app.persistence.types import CodedEnum, UtcDateTime


class PurgeRecord(Base):
    """The case data of a forløb was deleted: when, by whom, early or not (and why), what."""

    __tablename__ = "purge_record"

    engagement_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("engagement.id"), index=True)
    purged_at: Mapped[datetime] = mapped_column(UtcDateTime)
    purged_by: Mapped[str] = mapped_column(String(120), default="")
    early: Mapped[bool] = mapped_column(Boolean, default=False)
    reason: Mapped[str] = mapped_column(Text, default="")
    due_on: Mapped[date | None] = mapped_column(Date, default=None)
    """When the retention period ended (None: the forløb had not ended; an early purge)."""
    counts: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    """Rows deleted per table, and texts where a case reference was masked."""


class ResultCount(Base):
    """How many active sampled cases of a round got an answer to a criterion (kept at purge).

    The results of a purged round are computed from these counts instead of the deleted
    assessments, so they stay exactly what they were.
    """

    __tablename__ = "result_count"

    round_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("review_round.id"), index=True)
    criterion_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("criterion.id"), index=True)
    answer: Mapped[Answer | None] = mapped_column(CodedEnum(Answer), default=None)
    count: Mapped[int] = mapped_column(Integer, default=0)
    position: Mapped[int] = mapped_column(Integer, default=0)
    """The order the answers were met in, so the results list requirements as before."""
