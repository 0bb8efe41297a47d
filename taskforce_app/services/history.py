"""The append-only change history: per record, per forløb, and exported as CSV."""

from __future__ import annotations

import csv
import dataclasses
import os
import uuid
from collections.abc import Iterable
from pathlib import Path

from sqlalchemy import ColumnElement, or_, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from taskforce_app.domain.errors import DatabaseError
from taskforce_app.domain.history import HistoryEntry
from taskforce_app.persistence.database import Database
from taskforce_app.persistence.models import (
    AuditEvent,
    Consultant,
    Engagement,
    Finding,
    Milestone,
    MunicipalContact,
    Municipality,
    PhasePeriod,
    Recommendation,
    TeamMember,
)

_OWNED_BY_ENGAGEMENT = (Milestone, TeamMember, MunicipalContact, PhasePeriod, Recommendation)

_NAMED: dict[str, tuple[InstrumentedAttribute[uuid.UUID], InstrumentedAttribute[str]]] = {
    "consultant": (Consultant.id, Consultant.name),
    "engagement": (Engagement.id, Engagement.title),
    "milestone": (Milestone.id, Milestone.title),
    "municipal_contact": (MunicipalContact.id, MunicipalContact.name),
    "recommendation": (Recommendation.id, Recommendation.text),
}
"""Per table, the column that names one of its records in the history."""

_REFERENCED: tuple[tuple[InstrumentedAttribute[uuid.UUID], InstrumentedAttribute[str]], ...] = (
    (Consultant.id, Consultant.name),
    (Municipality.id, Municipality.name),
    (Milestone.id, Milestone.title),
    (Finding.id, Finding.title),
)
"""Records a changed field may point to (an `…_id` column), named by these columns."""


class HistoryService:
    """Read the audit events the persistence layer writes for every change."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def for_record(self, record_id: uuid.UUID) -> list[HistoryEntry]:
        """Every change of one record, newest first."""
        return self._entries([record_id])

    def for_engagement(self, engagement_id: uuid.UUID) -> list[HistoryEntry]:
        """The changes of a forløb and of its milestones, team, contacts, phases and
        recommendations, newest first; deleted ones included (history is where they show)."""
        ids: list[uuid.UUID] = [engagement_id]
        with self._db.read() as session:
            for model in _OWNED_BY_ENGAGEMENT:
                ids.extend(
                    session.scalars(
                        select(model.id)
                        .where(model.engagement_id == engagement_id)
                        .execution_options(include_deleted=True)
                    )
                )
        return self._entries(ids)

    def export_csv(self, entries: list[HistoryEntry], path: Path) -> Path:
        """Write `entries` as a semicolon CSV (UTF-8 with BOM, so Excel reads æøå)."""
        if not path.parent.is_dir():
            raise DatabaseError("db.missing_folder", folder=str(path.parent))
        partial = path.with_name(f".{path.name}.partial")
        with partial.open("w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle, delimiter=";")
            writer.writerow(
                ["Tidspunkt", "Hvem", "Handling", "Tabel", "Post", "Felt", "Før", "Efter"]
            )
            for entry in entries:
                writer.writerow(
                    [
                        entry.occurred_at.astimezone().strftime("%d-%m-%Y %H:%M:%S"),
                        entry.actor,
                        entry.action.value,
                        entry.table,
                        str(entry.record_id),
                        entry.field,
                        entry.old_value or "",
                        entry.new_value or "",
                    ]
                )
        os.replace(partial, path)
        return path

    def _entries(self, record_ids: list[uuid.UUID]) -> list[HistoryEntry]:
        with self._db.read() as session:
            rows = session.scalars(
                select(AuditEvent)
                .where(
                    or_(
                        *(
                            AuditEvent.record_id.in_(record_ids[i : i + 500])
                            for i in range(0, len(record_ids), 500)
                        )
                    )
                )
                .order_by(AuditEvent.occurred_at.desc(), AuditEvent.field)
                .execution_options(include_deleted=True)
            )
            entries = [
                HistoryEntry(
                    row.occurred_at,
                    row.actor,
                    row.action,
                    row.table_name,
                    row.record_id,
                    row.field,
                    row.old_value,
                    row.new_value,
                )
                for row in rows
            ]
            return _described(session, entries)


def _names(
    session: Session,
    key: InstrumentedAttribute[uuid.UUID],
    name: InstrumentedAttribute[str],
    ids: Iterable[uuid.UUID],
) -> dict[uuid.UUID, str]:
    wanted = sorted(set(ids))
    found: dict[uuid.UUID, str] = {}
    for start in range(0, len(wanted), 500):
        condition: ColumnElement[bool] = key.in_(wanted[start : start + 500])
        rows = session.execute(
            select(key, name).where(condition).execution_options(include_deleted=True)
        )
        found.update({row_id: str(text) for row_id, text in rows})
    return found


def _as_id(value: str | None) -> uuid.UUID | None:
    if not value:
        return None
    try:
        return uuid.UUID(value)
    except ValueError:
        return None


def _described(session: Session, entries: list[HistoryEntry]) -> list[HistoryEntry]:
    """The entries with the acting consultant's name, the changed record's name and the names
    of the records a changed `…_id` field points to."""
    consultants = {
        initials.casefold(): name
        for initials, name in session.execute(
            select(Consultant.initials, Consultant.name).execution_options(include_deleted=True)
        )
    }
    subjects: dict[uuid.UUID, str] = {}
    for table, (key, name) in _NAMED.items():
        ids = [e.record_id for e in entries if e.table == table]
        if ids:
            subjects.update(_names(session, key, name, ids))
    members = [e.record_id for e in entries if e.table == "team_member"]
    if members:
        member_rows = session.execute(
            select(TeamMember.id, Consultant.name)
            .join(Consultant, Consultant.id == TeamMember.consultant_id)
            .where(TeamMember.id.in_(sorted(set(members))))
            .execution_options(include_deleted=True)
        )
        subjects.update({member_id: str(name) for member_id, name in member_rows})
    periods = [e.record_id for e in entries if e.table == "phase_period"]
    if periods:
        period_rows = session.execute(
            select(PhasePeriod.id, PhasePeriod.phase)
            .where(PhasePeriod.id.in_(sorted(set(periods))))
            .execution_options(include_deleted=True)
        )
        subjects.update({period_id: phase.value for period_id, phase in period_rows})
    referenced = {
        found
        for e in entries
        if e.field.endswith("_id")
        for found in (_as_id(e.old_value), _as_id(e.new_value))
        if found is not None
    }
    labels: dict[uuid.UUID, str] = {}
    if referenced:
        for key, name in _REFERENCED:
            labels.update(_names(session, key, name, referenced - labels.keys()))

    def label(value: str | None) -> str | None:
        found = _as_id(value)
        return labels.get(found) if found is not None else None

    return [
        dataclasses.replace(
            entry,
            actor_name=consultants.get(entry.actor.casefold(), "") if entry.actor else "",
            subject=subjects.get(entry.record_id, ""),
            old_label=label(entry.old_value) if entry.field.endswith("_id") else None,
            new_label=label(entry.new_value) if entry.field.endswith("_id") else None,
        )
        for entry in entries
    ]
