"""The app's own record of each forløb workbook it exported: what the municipality was sent."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import JSON, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from taskforce_app.persistence.base import Base
from taskforce_app.persistence.types import UtcDateTime


class WorkbookExport(Base):
    """One exported forløb workbook; its id is the only thing the workbook must carry back.

    `rows` holds, per recommendation, the values as sent: id, text, finding, owner, due date
    (ISO text or null), status code and note. A returned workbook is compared against this
    record, never against what the file itself claims.
    """

    __tablename__ = "workbook_export"

    engagement_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("engagement.id"), index=True)
    exported_at: Mapped[datetime] = mapped_column(UtcDateTime)
    app_version: Mapped[str] = mapped_column(String(40), default="")
    rows: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
