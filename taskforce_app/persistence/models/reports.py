"""The consultants' written text of a report's sections, per forløb and report type."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from taskforce_app.domain.report_templates import ReportType, SectionStatus
from taskforce_app.persistence.base import Base
from taskforce_app.persistence.models.engagements import Engagement
from taskforce_app.persistence.models.reference import Consultant
from taskforce_app.persistence.types import CodedEnum, UtcDateTime


class ReportSectionText(Base):
    """A written section of an analyserapport or statusrapport: text, status, last change."""

    __tablename__ = "report_section_text"
    __table_args__ = (UniqueConstraint("engagement_id", "report_type", "section_id"),)

    engagement_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("engagement.id"), index=True)
    report_type: Mapped[ReportType] = mapped_column(CodedEnum(ReportType))
    section_id: Mapped[str] = mapped_column(String(60))
    text: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[SectionStatus] = mapped_column(
        CodedEnum(SectionStatus), default=SectionStatus.DRAFT
    )
    changed_by_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("consultant.id"), default=None
    )
    changed_at: Mapped[datetime] = mapped_column(UtcDateTime)

    engagement: Mapped[Engagement] = relationship()
    changed_by: Mapped[Consultant | None] = relationship()
