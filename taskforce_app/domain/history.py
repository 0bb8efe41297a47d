"""The change history of records, as read models."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from taskforce_app.domain.enums import AuditAction

SWITCH_FIELD = "working_now"
"""The `field` of the history entry logging a switch of the consultant working in the program."""


@dataclass(frozen=True, slots=True)
class HistoryEntry:
    """One change to one field of one record: who, when, old → new.

    `actor` is what the audit trail recorded (a consultant's initials, "cli", or empty);
    `actor_name` is that consultant's name when the initials are known. `subject` names the
    changed record (a milestone's title, a contact's name, a phase's code …); `old_label` and
    `new_label` name a referenced record (a consultant, municipality, milestone or finding)
    where the stored value is its id.
    """

    occurred_at: datetime
    actor: str
    action: AuditAction
    table: str
    record_id: uuid.UUID
    field: str
    old_value: str | None
    new_value: str | None
    actor_name: str = ""
    subject: str = ""
    old_label: str | None = None
    new_label: str | None = None
