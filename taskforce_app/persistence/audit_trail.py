"""Writes an append-only audit event for every inserted, changed or soft-deleted record.

Each event names the operation (the outermost write transaction, see `Database.write`) it
belongs to and its place in it, so an operation can be undone as a unit.
"""

from __future__ import annotations

import json
import uuid
from datetime import date, datetime
from enum import Enum
from typing import Any

from sqlalchemy import event, inspect
from sqlalchemy.orm import Session

from taskforce_app.domain.enums import AuditAction
from taskforce_app.domain.history import SWITCH_FIELD
from taskforce_app.persistence.base import Base
from taskforce_app.persistence.models.audit import AuditEvent
from taskforce_app.persistence.types import utc_now

_SKIPPED_FIELDS = frozenset({"created_at", "updated_at", "id"})


def install_audit_trail(session_class: type[Session] = Session) -> None:
    """Register the before-flush hook once for every session of `session_class`."""
    if not event.contains(session_class, "before_flush", _record_changes):
        event.listen(session_class, "before_flush", _record_changes)


def _record_changes(session: Session, _context: Any, _instances: Any) -> None:
    actor = str(session.info.get("actor", ""))
    operation = session.info.get("operation_id")
    now = utc_now()
    events: list[AuditEvent] = []
    for obj in list(session.new):
        if isinstance(obj, Base) and not isinstance(obj, AuditEvent):
            if obj.id is None:
                obj.id = uuid.uuid4()
            events.append(_event(now, actor, AuditAction.INSERT, obj, "", None, None))
    for obj in list(session.dirty):
        if not isinstance(obj, Base) or isinstance(obj, AuditEvent):
            continue
        state = inspect(obj)
        for attr in state.mapper.column_attrs:
            if attr.key in _SKIPPED_FIELDS:
                continue
            history = state.attrs[attr.key].history
            if not history.has_changes():
                continue
            old = history.deleted[0] if history.deleted else None
            new = history.added[0] if history.added else None
            if old == new:
                continue
            action = AuditAction.UPDATE
            if attr.key == "deleted_at":
                action = AuditAction.DELETE if new is not None else AuditAction.RESTORE
            events.append(
                _event(now, actor, action, obj, attr.key, audit_text(old), audit_text(new))
            )
    if isinstance(operation, uuid.UUID):
        first = int(session.info.get("operation_seq", 0))
        for offset, audit in enumerate(events):
            audit.operation_id = operation
            audit.operation_seq = first + offset
        session.info["operation_seq"] = first + len(events)
    session.add_all(events)


def log_consultant_switch(
    session: Session, consultant_id: uuid.UUID, previous: str | None, current: str
) -> None:
    """Record that the consultant working in the program changed (`previous` → `current`
    initials) as an event on the new consultant's record, outside any undoable operation."""
    session.add(
        AuditEvent(
            id=uuid.uuid4(),
            occurred_at=utc_now(),
            actor=current,
            action=AuditAction.UPDATE,
            table_name="consultant",
            record_id=consultant_id,
            field=SWITCH_FIELD,
            old_value=previous,
            new_value=current,
        )
    )


def _event(
    now: datetime,
    actor: str,
    action: AuditAction,
    obj: Base,
    field: str,
    old: str | None,
    new: str | None,
) -> AuditEvent:
    return AuditEvent(
        occurred_at=now,
        actor=actor,
        action=action,
        table_name=obj.__tablename__,
        record_id=obj.id,
        field=field,
        old_value=old,
        new_value=new,
    )


def audit_text(value: object) -> str | None:
    """A column value as an audit event stores it (ISO dates, enum values, JSON lists)."""
    if value is None:
        return None
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return str(value)
