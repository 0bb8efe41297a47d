"""The append-only change history: per record, per forløb, and exported as CSV."""

from __future__ import annotations

import csv
import os
import uuid
from pathlib import Path

from sqlalchemy import or_, select

from taskforce_app.domain.errors import DatabaseError
from taskforce_app.domain.history import HistoryEntry
from taskforce_app.persistence.database import Database
from taskforce_app.persistence.models import (
    AuditEvent,
    Milestone,
    MunicipalContact,
    PhasePeriod,
    Recommendation,
    TeamMember,
)

_OWNED_BY_ENGAGEMENT = (Milestone, TeamMember, MunicipalContact, PhasePeriod, Recommendation)


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
            return [
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
