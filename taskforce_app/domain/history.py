"""The change history of records, as read models."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from taskforce_app.domain.enums import AuditAction


@dataclass(frozen=True, slots=True)
class HistoryEntry:
    """One change to one field of one record: who, when, old → new."""

    occurred_at: datetime
    actor: str
    action: AuditAction
    table: str
    record_id: uuid.UUID
    field: str
    old_value: str | None
    new_value: str | None
