"""The calendar export: milestones, statusmøder and recommendation due dates as iCalendar."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from taskforce_app.domain.calendar import (
    CalendarEntry,
    EntryKind,
    MeetingTime,
    is_meeting,
    recommendation_title,
)
from taskforce_app.domain.enums import AuditAction
from taskforce_app.domain.errors import NotFoundError
from taskforce_app.domain.labels import MILESTONE_STATUS_LABELS, RECOMMENDATION_STATUS_LABELS
from taskforce_app.domain.text import Language
from taskforce_app.persistence.database import Database
from taskforce_app.persistence.models import (
    AuditEvent,
    Consultant,
    Engagement,
    Milestone,
    Municipality,
    Recommendation,
    TeamMember,
)
from taskforce_app.persistence.types import utc_now


class CalendarService:
    """Calendar entries of the forløb, and the `.ics` file written from them."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def entries(
        self,
        *,
        consultant: str | None = None,
        engagement_id: uuid.UUID | None = None,
        language: Language = "da",
    ) -> list[CalendarEntry]:
        """Every live milestone and every recommendation with a due date.

        `consultant` (initials) keeps the forløb whose team the consultant is on and the
        milestones they are responsible for; `engagement_id` keeps one forløb. The statuses are
        named in `language`.

        Raises:
            NotFoundError: no consultant has these initials, or no such forløb.
        """
        with self._db.read() as session:
            engagements = select(Engagement.id)
            if engagement_id is not None:
                if session.get(Engagement, engagement_id) is None:
                    raise NotFoundError("engagement.not_found", value=str(engagement_id))
                engagements = engagements.where(Engagement.id == engagement_id)
            responsible: uuid.UUID | None = None
            if consultant is not None:
                responsible = _consultant_id(session, consultant)
                engagements = engagements.where(
                    Engagement.id.in_(
                        select(TeamMember.engagement_id).where(
                            TeamMember.consultant_id == responsible
                        )
                    )
                )
            milestones = select(Milestone, Engagement.title, Municipality.name).join(
                Engagement, Milestone.engagement_id == Engagement.id
            )
            milestones = milestones.join(
                Municipality, Engagement.municipality_id == Municipality.id
            )
            if responsible is not None:
                milestones = milestones.where(
                    Milestone.engagement_id.in_(engagements)
                    | (Milestone.responsible_id == responsible)
                )
                if engagement_id is not None:
                    milestones = milestones.where(Milestone.engagement_id == engagement_id)
            else:
                milestones = milestones.where(Milestone.engagement_id.in_(engagements))
            found: list[CalendarEntry] = []
            rows = list(session.execute(milestones))
            recommendations = list(
                session.execute(
                    select(Recommendation, Engagement.title, Municipality.name)
                    .join(Engagement, Recommendation.engagement_id == Engagement.id)
                    .join(Municipality, Engagement.municipality_id == Municipality.id)
                    .where(
                        Recommendation.due_on.is_not(None),
                        Recommendation.engagement_id.in_(engagements),
                    )
                )
            )
            changes = _change_counts(
                session,
                [row.id for row, _, _ in rows] + [row.id for row, _, _ in recommendations],
            )
            for milestone, title, municipality in rows:
                found.append(
                    CalendarEntry(
                        kind=EntryKind.MILESTONE,
                        record_id=milestone.id,
                        engagement_id=milestone.engagement_id,
                        title=milestone.title,
                        municipality=municipality,
                        engagement_title=title,
                        on=milestone.actual_on or milestone.planned_on,
                        status=milestone.status.value,
                        status_label=MILESTONE_STATUS_LABELS.label(milestone.status, language),
                        meeting=is_meeting(milestone.template_key),
                        sequence=changes.get(milestone.id, 0),
                        last_modified=milestone.updated_at,
                    )
                )
            for recommendation, title, municipality in recommendations:
                assert recommendation.due_on is not None
                found.append(
                    CalendarEntry(
                        kind=EntryKind.RECOMMENDATION,
                        record_id=recommendation.id,
                        engagement_id=recommendation.engagement_id,
                        title=recommendation_title(recommendation.text),
                        municipality=municipality,
                        engagement_title=title,
                        on=recommendation.due_on,
                        status=recommendation.status.value,
                        status_label=RECOMMENDATION_STATUS_LABELS.label(
                            recommendation.status, language
                        ),
                        meeting=False,
                        sequence=changes.get(recommendation.id, 0),
                        last_modified=recommendation.updated_at,
                    )
                )
        return sorted(found, key=lambda entry: (entry.on, entry.uid))

    def export_ics(
        self,
        path: str | Path,
        *,
        consultant: str | None = None,
        engagement_id: uuid.UUID | None = None,
        meeting_time: MeetingTime | None = None,
        now: datetime | None = None,
        language: Language = "da",
    ) -> tuple[Path, int]:
        """Write the calendar to `path` (atomically), its statuses in `language`; returns the
        file and its event count.

        Raises:
            NotFoundError: no such consultant or forløb.
            UserError: the file cannot be written.
        """
        from taskforce_app.exporters.ics import write_calendar

        entries = self.entries(
            consultant=consultant, engagement_id=engagement_id, language=language
        )
        written = write_calendar(
            entries, Path(path), now=now or utc_now(), meeting_time=meeting_time
        )
        return written, len(entries)


def _consultant_id(session: Session, initials: str) -> uuid.UUID:
    found = session.scalars(
        select(Consultant.id).where(func.upper(Consultant.initials) == initials.strip().upper())
    ).first()
    if found is None:
        raise NotFoundError("consultant.unknown", value=initials)
    return found


def _change_counts(session: Session, record_ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, int]:
    """How many times each record was changed after it was made (its SEQUENCE)."""
    counts: dict[uuid.UUID, int] = {}
    ids = list(record_ids)
    for start in range(0, len(ids), 5_000):
        for record_id, count in session.execute(
            select(AuditEvent.record_id, func.count())
            .where(
                AuditEvent.record_id.in_(ids[start : start + 5_000]),
                AuditEvent.action != AuditAction.INSERT,
            )
            .group_by(AuditEvent.record_id)
        ):
            counts[record_id] = int(count)
    return counts
