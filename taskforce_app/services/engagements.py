"""Forløb: list, read, create, edit, soft-delete and restore."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import Select, select

from taskforce_app.domain.changes import Changes, Entity
from taskforce_app.domain.engagements import (
    EngagementDetail,
    EngagementDraft,
    EngagementSummary,
    default_planned_end,
)
from taskforce_app.domain.enums import Phase, Region
from taskforce_app.domain.errors import NotFoundError, ValidationError
from taskforce_app.persistence.database import Database
from taskforce_app.persistence.models import Consultant, Engagement, Municipality, TeamMember
from taskforce_app.services._rows import load_engagement, set_deleted
from taskforce_app.services.reference import to_municipality_ref


class EngagementService:
    """Use cases on forløb."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def summaries(self, *, include_deleted: bool = False) -> list[EngagementSummary]:
        """Every forløb (not deleted ones unless asked), by municipality name."""
        with self._db.read() as session:
            query = engagement_list_query().execution_options(include_deleted=include_deleted)
            rows = session.execute(query).all()
            team: dict[uuid.UUID, list[str]] = {}
            for engagement_id, initials in session.execute(
                select(TeamMember.engagement_id, Consultant.initials)
                .join(Consultant, TeamMember.consultant_id == Consultant.id)
                .order_by(TeamMember.created_at)
            ):
                team.setdefault(engagement_id, []).append(initials)
        return [
            EngagementSummary(
                id=row.id,
                title=row.title,
                municipality_code=row.code,
                municipality_name=row.name,
                region=Region(row.region),
                phase=Phase(row.phase),
                start_date=row.start_date,
                planned_end_date=row.planned_end_date,
                team=", ".join(team.get(row.id, [])),
            )
            for row in rows
        ]

    def get(self, engagement_id: uuid.UUID) -> EngagementDetail:
        """One forløb with its editable fields."""
        with self._db.read() as session:
            return _detail(load_engagement(session, engagement_id))

    def resolve(self, text: str) -> uuid.UUID:
        """The id of the forløb named by its id (or a unique prefix), municipality name or code."""
        wanted = text.strip().casefold()
        matches = [
            row.id
            for row in self.summaries()
            if str(row.id).startswith(wanted)
            or wanted in {row.municipality_name.casefold(), row.municipality_code}
        ]
        if not matches:
            raise NotFoundError("engagement.not_found", value=text)
        if len(matches) > 1:
            raise ValidationError("engagement.ambiguous", value=text, count=len(matches))
        return matches[0]

    def create(self, draft: EngagementDraft) -> tuple[EngagementDetail, Changes]:
        """Create a forløb; a missing planned end is set to 24 months after the start."""
        clean = draft.validated()
        planned_end = clean.planned_end_date
        if planned_end is None and clean.start_date is not None:
            planned_end = default_planned_end(clean.start_date)
        with self._db.write() as session:
            if session.get(Municipality, clean.municipality_id) is None:
                raise NotFoundError("municipality.unknown", value=str(clean.municipality_id))
            row = Engagement(
                id=uuid.uuid4(),
                municipality_id=clean.municipality_id,
                title=clean.title,
                phase=clean.phase,
                start_date=clean.start_date,
                planned_end_date=planned_end,
                actual_end_date=clean.actual_end_date,
                description=clean.description,
                notes=clean.notes,
            )
            session.add(row)
            session.flush()
            session.refresh(row)
            detail = _detail(row)
        return detail, Changes.of(Entity.ENGAGEMENT, detail.id)

    def update(
        self, engagement_id: uuid.UUID, draft: EngagementDraft, *, expected_stamp: str | None = None
    ) -> tuple[EngagementDetail, Changes]:
        """Save edited fields; refused if someone else saved since `expected_stamp` was read."""
        clean = draft.validated()
        with self._db.write() as session:
            row = load_engagement(session, engagement_id)
            if expected_stamp is not None and _stamp(row) != expected_stamp:
                raise ValidationError("engagement.changed_elsewhere")
            if session.get(Municipality, clean.municipality_id) is None:
                raise NotFoundError("municipality.unknown", value=str(clean.municipality_id))
            row.title = clean.title
            row.municipality_id = clean.municipality_id
            row.phase = clean.phase
            row.start_date = clean.start_date
            row.planned_end_date = clean.planned_end_date
            row.actual_end_date = clean.actual_end_date
            row.description = clean.description
            row.notes = clean.notes
            session.flush()
            session.refresh(row)
            detail = _detail(row)
        return detail, Changes.of(Entity.ENGAGEMENT, engagement_id)

    def delete(self, engagement_id: uuid.UUID) -> Changes:
        """Soft-delete a forløb: hidden everywhere, kept so the deletion can be merged or undone."""
        return self._set_deleted(engagement_id, deleted=True)

    def restore(self, engagement_id: uuid.UUID) -> Changes:
        """Undo a soft delete."""
        return self._set_deleted(engagement_id, deleted=False)

    def _set_deleted(self, engagement_id: uuid.UUID, *, deleted: bool) -> Changes:
        return set_deleted(
            self._db,
            Engagement,
            engagement_id,
            "engagement.not_found",
            Entity.ENGAGEMENT,
            deleted=deleted,
            value=str(engagement_id),
        )


def _stamp(row: Engagement) -> str:
    return row.updated_at.isoformat()


def _detail(row: Engagement) -> EngagementDetail:
    return EngagementDetail(
        id=row.id,
        title=row.title,
        municipality=to_municipality_ref(row.municipality),
        phase=row.phase,
        start_date=row.start_date,
        planned_end_date=row.planned_end_date,
        actual_end_date=row.actual_end_date,
        description=row.description,
        notes=row.notes,
        updated_stamp=_stamp(row),
    )


def engagement_list_query() -> Select[*tuple[Any, ...]]:
    """Each forløb with its municipality, by municipality name: the lists' first query."""
    return (
        select(
            Engagement.id,
            Engagement.title,
            Engagement.phase,
            Engagement.start_date,
            Engagement.planned_end_date,
            Municipality.code,
            Municipality.name,
            Municipality.region,
        )
        .join(Municipality, Engagement.municipality_id == Municipality.id)
        .order_by(Municipality.name, Engagement.start_date)
    )
