"""The overview across all forløb, and a consultant's deadlines (Mine frister)."""

from __future__ import annotations

import uuid
from collections import defaultdict
from datetime import date, timedelta
from typing import Any

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import QueryableAttribute, Session

from taskforce_app.domain.engagements import EngagementSummary
from taskforce_app.domain.enums import MilestoneStatus, RecommendationStatus
from taskforce_app.domain.errors import NotFoundError
from taskforce_app.domain.health import HealthRule, MilestoneDates, assess_health
from taskforce_app.domain.overview import (
    Deadline,
    DeadlineKind,
    OverviewRow,
    PhaseSpan,
    TimelineMilestone,
    TimelineRow,
    planned_phase_spans,
)
from taskforce_app.persistence.database import Database
from taskforce_app.persistence.models import (
    Consultant,
    Engagement,
    Milestone,
    Municipality,
    PhasePeriod,
    Recommendation,
    TeamMember,
)
from taskforce_app.services.engagements import engagement_list_query


class OverviewService:
    """Read-only views across forløb."""

    def __init__(self, db: Database, rule: HealthRule | None = None) -> None:
        self._db = db
        self.rule = rule or HealthRule()

    def rows(self, today: date | None = None) -> list[OverviewRow]:
        """Every live forløb with phase, month x of 24, next milestone, overdue count and health.

        Three queries in all, whatever the number of forløb and milestones.
        """
        today = today or date.today()
        with self._db.read() as session:
            engagements = session.execute(engagement_list_query()).all()
            team: dict[uuid.UUID, list[str]] = defaultdict(list)
            for engagement_id, initials in session.execute(
                select(TeamMember.engagement_id, Consultant.initials)
                .join(Consultant, TeamMember.consultant_id == Consultant.id)
                .order_by(Consultant.initials)
            ):
                team[engagement_id].append(initials)
            milestones: dict[uuid.UUID, list[tuple[date, str, MilestoneStatus]]] = defaultdict(list)
            for engagement_id, planned_on, title, status in session.execute(
                select(
                    Milestone.engagement_id,
                    Milestone.planned_on,
                    Milestone.title,
                    Milestone.status,
                )
                .where(
                    Milestone.status == MilestoneStatus.PLANNED,
                )
                .order_by(Milestone.planned_on, Milestone.sort_order)
            ):
                milestones[engagement_id].append((planned_on, title, status))
        rows = []
        for eng_id, title, phase, start, end, code, name, region in engagements:
            own = milestones.get(eng_id, [])
            health = assess_health(
                (MilestoneDates(planned_on=p, status=s) for p, _t, s in own), today, self.rule
            )
            upcoming = next(((p, t) for p, t, _s in own if p >= today), None)
            summary = EngagementSummary(eng_id, title, code, name, region, phase, start, end, "")
            rows.append(
                OverviewRow(
                    id=eng_id,
                    title=title,
                    municipality_code=code,
                    municipality_name=name,
                    region=region,
                    phase=phase,
                    start_date=start,
                    planned_end_date=end,
                    month_of_plan=summary.month_of_plan(today),
                    next_milestone=upcoming[1] if upcoming else "",
                    next_milestone_on=upcoming[0] if upcoming else None,
                    overdue=health.overdue,
                    health=health.health,
                    team_initials=tuple(team.get(eng_id, [])),
                )
            )
        return rows

    def deadlines(
        self, initials: str, *, days: int = 30, today: date | None = None
    ) -> list[Deadline]:
        """The consultant's open milestones and their forløb's open recommendations due within
        `days` days (overdue ones included), overdue first, then by date.

        Raises:
            NotFoundError: no consultant has these initials.
        """
        today = today or date.today()
        horizon = today + timedelta(days=days)
        with self._db.read() as session:
            consultant = session.scalars(
                select(Consultant).where(
                    func.upper(Consultant.initials) == initials.strip().upper(),
                )
            ).first()
            if consultant is None:
                raise NotFoundError("consultant.unknown", value=initials)
            own_engagements = select(TeamMember.engagement_id).where(
                TeamMember.consultant_id == consultant.id
            )
            found = _deadlines(
                session,
                DeadlineKind.MILESTONE,
                (Milestone, Milestone.title, Milestone.planned_on),
                today,
                Milestone.status == MilestoneStatus.PLANNED,
                Milestone.responsible_id == consultant.id,
                Milestone.planned_on <= horizon,
            ) + _deadlines(
                session,
                DeadlineKind.RECOMMENDATION,
                (Recommendation, Recommendation.text, Recommendation.due_on),
                today,
                Recommendation.status.in_(
                    [RecommendationStatus.NOT_STARTED, RecommendationStatus.IN_PROGRESS]
                ),
                Recommendation.due_on.is_not(None),
                Recommendation.due_on <= horizon,
                Recommendation.engagement_id.in_(own_engagements),
            )
        return sorted(found, key=lambda d: (not d.overdue, d.due_on, d.municipality_name))

    def timeline(
        self, engagement_ids: list[uuid.UUID] | None = None, today: date | None = None
    ) -> list[TimelineRow]:
        """Phases (planned and actual) and milestones of the given forløb (all when None), by
        start date. Three queries whatever the number of forløb."""
        today = today or date.today()
        with self._db.read() as session:
            query = (
                select(
                    Engagement.id,
                    Engagement.title,
                    Engagement.start_date,
                    Engagement.planned_end_date,
                    Municipality.name,
                )
                .join(Municipality, Engagement.municipality_id == Municipality.id)
                .order_by(Engagement.start_date, Municipality.name)
            )
            if engagement_ids is not None:
                query = query.where(Engagement.id.in_(engagement_ids))
            engagements = session.execute(query).all()
            wanted = [row[0] for row in engagements]
            milestones: dict[uuid.UUID, list[TimelineMilestone]] = defaultdict(list)
            for row in session.execute(
                select(
                    Milestone.id,
                    Milestone.engagement_id,
                    Milestone.title,
                    Milestone.phase,
                    Milestone.planned_on,
                    Milestone.actual_on,
                    Milestone.status,
                )
                .where(Milestone.engagement_id.in_(wanted))
                .order_by(Milestone.planned_on, Milestone.sort_order)
            ):
                milestones[row.engagement_id].append(
                    TimelineMilestone(
                        id=row.id,
                        title=row.title,
                        phase=row.phase,
                        planned_on=row.planned_on,
                        actual_on=row.actual_on,
                        done=row.status is MilestoneStatus.DONE,
                        overdue=row.status is MilestoneStatus.PLANNED and row.planned_on < today,
                    )
                )
            periods: dict[uuid.UUID, list[PhaseSpan]] = defaultdict(list)
            for period in session.scalars(
                select(PhasePeriod).where(PhasePeriod.engagement_id.in_(wanted))
            ):
                if period.started_on is not None:
                    periods[period.engagement_id].append(
                        PhaseSpan(period.phase, period.started_on, period.ended_on)
                    )
        rows = []
        for eng_id, title, start, end, name in engagements:
            own = milestones.get(eng_id, [])
            rows.append(
                TimelineRow(
                    id=eng_id,
                    label=f"{name}: {title}",
                    start_date=start,
                    planned_end_date=end,
                    planned_phases=planned_phase_spans(
                        [(m.phase, m.planned_on) for m in own], start, end
                    ),
                    actual_phases=tuple(
                        sorted(periods.get(eng_id, []), key=lambda span: span.start)
                    ),
                    milestones=tuple(own),
                )
            )
        return rows


def _deadlines(
    session: Session,
    kind: DeadlineKind,
    item: tuple[type[Milestone | Recommendation], QueryableAttribute[str], QueryableAttribute[Any]],
    today: date,
    *conditions: ColumnElement[bool],
) -> list[Deadline]:
    """The dated items of one kind that meet `conditions`, with their municipality's name.

    `item` names the model, its title column and its date column.
    """
    model, title, due = item
    rows = session.execute(
        select(model.id, model.engagement_id, Municipality.name, title, due)
        .join(Engagement, model.engagement_id == Engagement.id)
        .join(Municipality, Engagement.municipality_id == Municipality.id)
        .where(*conditions)
    )
    return [
        Deadline(kind, item_id, engagement_id, name, text, on, (on - today).days)
        for item_id, engagement_id, name, text, on in rows
        if on is not None
    ]
