"""The overview across all forløb, and a consultant's deadlines (Mine frister)."""

from __future__ import annotations

import uuid
from collections import defaultdict
from datetime import date, timedelta
from typing import Any

from sqlalchemy import ColumnElement, String, func, select, type_coerce
from sqlalchemy.orm import QueryableAttribute, Session

from taskforce_app.domain.engagements import EngagementSummary
from taskforce_app.domain.enums import MilestoneStatus, Phase, RecommendationStatus
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
            engagements = session.execute(
                engagement_list_query().add_columns(_raw(Engagement.id))
            ).all()
            # Team members and milestones carry their forløb's id as stored; the forløb query
            # maps it to the UUID, so each id is converted once rather than once per row.
            id_of = {row[-1]: row[0] for row in engagements}
            team = _overview_team(session, id_of)
            milestones = _overview_milestones(session, id_of)
        rows = []
        planned = MilestoneStatus.PLANNED
        for eng_id, title, phase, start, end, code, name, region, _raw_id in engagements:
            own = milestones.get(eng_id, [])
            health = assess_health(
                (MilestoneDates(planned_on=p, status=planned) for p, _t in own), today, self.rule
            )
            upcoming = next(((p, t) for p, t in own if p >= today), None)
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
        start date. Three queries whatever the number of forløb; ids and codes of milestones
        and periods are read as stored and mapped through small dictionaries."""
        today = today or date.today()
        with self._db.read() as session:
            query = (
                select(
                    Engagement.id,
                    _raw(Engagement.id),
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
            # Milestones and periods carry their forløb's id as stored; the forløb query maps it
            # to the UUID, so each id is converted once rather than once per milestone.
            id_of = {raw: eng_id for eng_id, raw, *_rest in engagements}
            milestones = _timeline_milestones(session, engagement_ids, id_of, today)
            periods = _timeline_periods(session, engagement_ids, id_of)
        rows = []
        for eng_id, _raw_id, title, start, end, name in engagements:
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


def _raw(column: QueryableAttribute[Any]) -> ColumnElement[Any]:
    """`column` as the driver returns it, without the model type's conversion (a bulk read
    compares or maps the raw values itself)."""
    return type_coerce(column, String).label(f"raw_{column.key}")


_PHASES = {phase.value: phase for phase in Phase}


def _overview_team(session: Session, id_of: dict[Any, uuid.UUID]) -> dict[uuid.UUID, list[str]]:
    """The initials of each forløb's team (forløb in `id_of`, keyed by stored id), sorted."""
    team: dict[uuid.UUID, list[str]] = defaultdict(list)
    for raw_engagement, initials in session.execute(
        select(_raw(TeamMember.engagement_id), Consultant.initials)
        .join(Consultant, TeamMember.consultant_id == Consultant.id)
        .order_by(Consultant.initials)
    ):
        engagement_id = id_of.get(raw_engagement)
        if engagement_id is not None:
            team[engagement_id].append(initials)
    return team


def _overview_milestones(
    session: Session, id_of: dict[Any, uuid.UUID]
) -> dict[uuid.UUID, list[tuple[date, str]]]:
    """Date and title of each forløb's open (planned) milestones, by planned date."""
    milestones: dict[uuid.UUID, list[tuple[date, str]]] = defaultdict(list)
    for raw_engagement, planned_on, title in session.execute(
        select(_raw(Milestone.engagement_id), Milestone.planned_on, Milestone.title)
        .where(Milestone.status == MilestoneStatus.PLANNED)
        .order_by(Milestone.planned_on, Milestone.sort_order)
    ):
        engagement_id = id_of.get(raw_engagement)
        if engagement_id is not None:
            milestones[engagement_id].append((planned_on, title))
    return milestones


def _timeline_milestones(
    session: Session,
    engagement_ids: list[uuid.UUID] | None,
    id_of: dict[Any, uuid.UUID],
    today: date,
) -> dict[uuid.UUID, list[TimelineMilestone]]:
    """The milestones of the forløb in `id_of` (keyed by stored id), by planned date."""
    query = select(
        Milestone.id,
        _raw(Milestone.engagement_id),
        Milestone.title,
        _raw(Milestone.phase),
        Milestone.planned_on,
        Milestone.actual_on,
        _raw(Milestone.status),
    ).order_by(Milestone.planned_on, Milestone.sort_order)
    if engagement_ids is not None:
        query = query.where(Milestone.engagement_id.in_(list(id_of.values())))
    done, planned = MilestoneStatus.DONE.value, MilestoneStatus.PLANNED.value
    found: dict[uuid.UUID, list[TimelineMilestone]] = defaultdict(list)
    for item_id, raw_engagement, title, phase, planned_on, actual_on, status in session.execute(
        query
    ):
        engagement_id = id_of.get(raw_engagement)
        if engagement_id is None:
            continue
        found[engagement_id].append(
            TimelineMilestone(
                id=item_id,
                title=title,
                phase=_PHASES[phase],
                planned_on=planned_on,
                actual_on=actual_on,
                done=status == done,
                overdue=status == planned and planned_on < today,
            )
        )
    return found


def _timeline_periods(
    session: Session, engagement_ids: list[uuid.UUID] | None, id_of: dict[Any, uuid.UUID]
) -> dict[uuid.UUID, list[PhaseSpan]]:
    """The started phase periods of the forløb in `id_of` (keyed by stored id)."""
    query = select(
        _raw(PhasePeriod.engagement_id),
        _raw(PhasePeriod.phase),
        PhasePeriod.started_on,
        PhasePeriod.ended_on,
    ).where(PhasePeriod.started_on.is_not(None))
    if engagement_ids is not None:
        query = query.where(PhasePeriod.engagement_id.in_(list(id_of.values())))
    found: dict[uuid.UUID, list[PhaseSpan]] = defaultdict(list)
    for raw_engagement, phase, started_on, ended_on in session.execute(query):
        engagement_id = id_of.get(raw_engagement)
        if engagement_id is not None:
            found[engagement_id].append(PhaseSpan(_PHASES[phase], started_on, ended_on))
    return found


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
