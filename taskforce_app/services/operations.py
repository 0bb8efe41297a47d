"""Operations, Anki-style: one user action is one transaction, undone or redone as a unit.

Every outermost `Database.write()` is an operation: its id is on every audit event it writes.
`run` makes several service calls one operation; `undo` reverts all audit events of one
operation in one transaction (update → the old value back, insert → soft delete, soft delete →
restore) and is itself an operation, so `redo` is the undo's undo.

Writes that bypass the audit trail (the Core bulk inserts of case-list imports and key figures,
the Core statements of an exchange-package merge) leave no events and are not undoable here.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import JSON, Boolean, Date, DateTime, Float, Integer, Numeric, Uuid, or_, select
from sqlalchemy.orm import Mapper, Session
from sqlalchemy.types import TypeEngine

from taskforce_app.domain.changes import Changes, Entity
from taskforce_app.domain.enums import AuditAction, RoundStatus
from taskforce_app.domain.errors import UndoRefusedError
from taskforce_app.persistence import models as _models  # noqa: F401  (maps every table)
from taskforce_app.persistence.audit_trail import audit_text
from taskforce_app.persistence.base import Base
from taskforce_app.persistence.database import Database
from taskforce_app.persistence.models.audit import AuditEvent
from taskforce_app.persistence.models.cases import Assessment, ReviewRound, SampledCase
from taskforce_app.persistence.types import CodedEnum, UtcDateTime

_INCLUDE_DELETED = {"include_deleted": True}
"""Undo must see soft-deleted rows (it restores them)."""

_ENTITIES: dict[str, tuple[Entity, ...]] = {
    "engagement": (Entity.ENGAGEMENT,),
    "application": (Entity.APPLICATION, Entity.ENGAGEMENT),
    "milestone": (Entity.MILESTONE, Entity.ENGAGEMENT),
    "team_member": (Entity.TEAM, Entity.ENGAGEMENT),
    "municipal_contact": (Entity.TEAM,),
    "phase_period": (Entity.TEAM, Entity.ENGAGEMENT),
    "consultant": (Entity.TEAM,),
    "case_record": (Entity.CASE,),
    "case_list_import": (Entity.CASE,),
    "review_round": (Entity.REVIEW, Entity.ENGAGEMENT),
    "sampled_case": (Entity.REVIEW, Entity.CASE),
    "assessment": (Entity.REVIEW,),
    "finding": (Entity.FINDING,),
    "finding_criterion": (Entity.FINDING,),
    "finding_evidence": (Entity.FINDING,),
    "recommendation": (Entity.RECOMMENDATION,),
    "recommendation_update": (Entity.RECOMMENDATION,),
    "review_note": (Entity.FINDING, Entity.REVIEW),
}
"""Which screens an undone change to a table concerns (unknown tables: every screen)."""

_OWNER_KEYS = ("engagement_id", "round_id", "sampled_case_id", "finding_id", "recommendation_id")
"""Foreign keys whose values also go into `Changes.ids`, so the owning screens refresh."""


@dataclass
class _RecordPlan:
    """What one operation did to one record: inserted it, and/or changed these fields."""

    table: str
    record_id: uuid.UUID
    inserted: bool = False
    first_old: dict[str, str | None] = field(default_factory=dict)
    last_new: dict[str, str | None] = field(default_factory=dict)


class OperationService:
    """Runs actions as operations and undoes or redoes an operation as one transaction."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def run(self, action: Callable[[], Changes]) -> Changes:
        """Run `action` (one or more service calls) as one operation: one transaction.

        Returns:
            The action's changes, carrying the operation id that `undo` takes. If the action
            raises, nothing it wrote is kept.
        """
        with self._db.write():
            operation = self._db.operation_id
            changes = action()
        assert operation is not None
        return changes.in_operation(operation)

    def undo(self, operation_id: uuid.UUID) -> Changes:
        """Revert every change of the operation `operation_id`, in one transaction.

        Returns:
            What the undo changed, carrying the undo's own operation id (give it to `redo`).

        Raises:
            UndoRefusedError: the operation is unknown, a record it changed has been changed
                since by a later operation, a record belongs to a signed-off round, or a record
                is not kept by the ORM. Nothing is changed then.
        """
        with self._db.write() as session:
            undo_id = self._db.operation_id
            events = session.scalars(
                select(AuditEvent)
                .where(AuditEvent.operation_id == operation_id)
                .order_by(AuditEvent.operation_seq)
                .execution_options(**_INCLUDE_DELETED)
            ).all()
            if not events:
                raise UndoRefusedError("undo.unknown_operation")
            plans = _plans(events)
            _refuse_later_changes(session, operation_id, events, plans)
            changes = Changes()
            for plan in reversed(plans):
                changes = changes | _revert(session, plan)
        assert undo_id is not None
        return changes.in_operation(undo_id)

    def redo(self, undo_operation_id: uuid.UUID) -> Changes:
        """Do again what the undo `undo_operation_id` reverted: the undo's undo.

        Returns:
            What the redo changed, carrying its operation id (give it to `undo`).
        """
        return self.undo(undo_operation_id)


def _plans(events: Sequence[AuditEvent]) -> list[_RecordPlan]:
    """The operation's events per record, in the order the records were first touched."""
    plans: dict[tuple[str, uuid.UUID], _RecordPlan] = {}
    for event in events:
        key = (event.table_name, event.record_id)
        plan = plans.get(key)
        if plan is None:
            plan = plans[key] = _RecordPlan(event.table_name, event.record_id)
        if event.action is AuditAction.INSERT:
            plan.inserted = True
            continue
        plan.first_old.setdefault(event.field, event.old_value)
        plan.last_new[event.field] = event.new_value
    return list(plans.values())


def _refuse_later_changes(
    session: Session,
    operation_id: uuid.UUID,
    events: Sequence[AuditEvent],
    plans: Sequence[_RecordPlan],
) -> None:
    """Refuse when a later operation changed what the undo would put back.

    A field the operation changed counts when a later change to it has not been reverted
    since; a record the operation inserted counts when any of its fields changed since.
    """
    since = min(event.occurred_at for event in events)
    later = session.scalars(
        select(AuditEvent)
        .where(
            AuditEvent.record_id.in_([plan.record_id for plan in plans]),
            AuditEvent.occurred_at >= since,
            or_(AuditEvent.operation_id.is_(None), AuditEvent.operation_id != operation_id),
        )
        .order_by(AuditEvent.occurred_at, AuditEvent.operation_seq)
        .execution_options(**_INCLUDE_DELETED)
    ).all()
    first_old: dict[tuple[uuid.UUID, str], str | None] = {}
    last_new: dict[tuple[uuid.UUID, str], str | None] = {}
    for event in later:
        key = (event.record_id, event.field)
        first_old.setdefault(key, event.old_value)
        last_new[key] = event.new_value
    for plan in plans:
        watched = None if plan.inserted else set(plan.last_new)
        for (record_id, name), old in first_old.items():
            if record_id != plan.record_id or (watched is not None and name not in watched):
                continue
            if old != last_new[(record_id, name)]:
                raise UndoRefusedError("undo.changed_since", record=plan.table)


def _revert(session: Session, plan: _RecordPlan) -> Changes:
    """Put one record back as it was before the operation."""
    mapper = _mappers().get(plan.table)
    if mapper is None:
        raise UndoRefusedError("undo.not_undoable", record=plan.table)
    row = session.get(mapper.class_, plan.record_id, execution_options=_INCLUDE_DELETED)
    if row is None:
        raise UndoRefusedError("undo.changed_since", record=plan.table)
    _refuse_locked(session, plan.table, row)
    if plan.inserted:
        if "deleted_at" not in plan.last_new and row.deleted_at is None:
            row.soft_delete()
        elif row.deleted_at is not None and plan.last_new.get("deleted_at") is None:
            raise UndoRefusedError("undo.changed_since", record=plan.table)
    else:
        if "deleted_at" not in plan.last_new and row.deleted_at is not None:
            raise UndoRefusedError("undo.deleted_since", record=plan.table)
        for name, old in plan.first_old.items():
            if audit_text(getattr(row, name)) != plan.last_new[name]:
                raise UndoRefusedError("undo.changed_since", record=plan.table)
            setattr(row, name, _typed(mapper, name, old))
    return _changes_of(plan.table, row)


def _refuse_locked(session: Session, table: str, row: Base) -> None:
    """Refuse a change to a signed-off round or to what it holds (answers, sampled cases)."""
    round_id: uuid.UUID | None = None
    if isinstance(row, ReviewRound):
        round_id = row.id
    elif isinstance(row, SampledCase):
        round_id = row.round_id
    elif isinstance(row, Assessment):
        round_id = session.scalar(
            select(SampledCase.round_id)
            .where(SampledCase.id == row.sampled_case_id)
            .execution_options(**_INCLUDE_DELETED)
        )
    if round_id is None:
        return
    status = session.scalar(
        select(ReviewRound.status)
        .where(ReviewRound.id == round_id)
        .execution_options(**_INCLUDE_DELETED)
    )
    if status is RoundStatus.SIGNED_OFF:
        raise UndoRefusedError("undo.round_locked", record=table)


def _changes_of(table: str, row: Base) -> Changes:
    entities = _ENTITIES.get(table, tuple(Entity))
    ids = {row.id}
    for key in _OWNER_KEYS:
        value = getattr(row, key, None)
        if isinstance(value, uuid.UUID):
            ids.add(value)
    return Changes(frozenset(entities), frozenset(ids))


def _mappers() -> dict[str, Mapper[Any]]:
    """Every ORM class by its table name."""
    return {
        mapper.local_table.name: mapper
        for mapper in Base.registry.mappers
        if mapper.local_table is not None and hasattr(mapper.local_table, "name")
    }


def _typed(mapper: Mapper[Any], name: str, text: str | None) -> object:
    """An audit event's text back as the value of the column `name`."""
    if text is None:
        return None
    column_type: TypeEngine[Any] = mapper.attrs[name].columns[0].type
    if isinstance(column_type, CodedEnum):
        return column_type.enum_type(text)
    if isinstance(column_type, UtcDateTime | DateTime):
        return datetime.fromisoformat(text)
    if isinstance(column_type, Date):
        return date.fromisoformat(text)
    if isinstance(column_type, Uuid):
        return uuid.UUID(text)
    if isinstance(column_type, Boolean):
        return text == "True"
    if isinstance(column_type, Integer):
        return int(text)
    if isinstance(column_type, Float):
        return float(text)
    if isinstance(column_type, Numeric):
        return Decimal(text)
    if isinstance(column_type, JSON):
        return json.loads(text)
    return text
