"""The plan of a forløb: generate it from the template, edit milestones, move the start date
(with the open milestones, the opening phase period and the planned end, as one operation)."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from taskforce_app.domain.changes import Changes, Entity
from taskforce_app.domain.engagements import default_planned_end
from taskforce_app.domain.enums import MilestoneStatus
from taskforce_app.domain.errors import ValidationError
from taskforce_app.domain.milestones import (
    MilestoneDraft,
    MilestoneView,
    ShiftPreview,
    StartShiftPlan,
    opening_periods_moved,
    shifted_date,
)
from taskforce_app.domain.plan import generate_plan
from taskforce_app.persistence.database import Database
from taskforce_app.persistence.models import Engagement, Milestone, PhasePeriod, TeamMember
from taskforce_app.services._rows import load, load_engagement, set_deleted
from taskforce_app.services.resources import load_milestone_template


def add_plan(session: Session, engagement: Engagement, start: date) -> list[Milestone]:
    """Create the default 24-month plan for `engagement` from `start` (inside a transaction).

    Each milestone's responsible person is the team member in the template's role, if any.
    """
    by_role = {
        member.role: member.consultant_id
        for member in session.scalars(
            select(TeamMember).where(TeamMember.engagement_id == engagement.id)
        )
    }
    rows = [
        Milestone(
            id=uuid.uuid4(),
            engagement_id=engagement.id,
            template_key=planned.key,
            title=planned.title_da,
            phase=planned.phase,
            planned_on=planned.planned_on,
            responsible_id=by_role.get(planned.responsible_role)
            if planned.responsible_role
            else None,
            status=MilestoneStatus.PLANNED,
            sort_order=planned.sort_order,
            extra={"title_en": planned.title_en},
        )
        for planned in generate_plan(start, load_milestone_template())
    ]
    session.add_all(rows)
    last = max((row.planned_on for row in rows), default=None)
    if last is not None and (
        engagement.planned_end_date is None or engagement.planned_end_date < last
    ):
        engagement.planned_end_date = last
    return rows


class MilestoneService:
    """Use cases on milestones."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def for_engagement(self, engagement_id: uuid.UUID) -> list[MilestoneView]:
        """The forløb's milestones by planned date."""
        with self._db.read() as session:
            rows = session.scalars(
                select(Milestone)
                .where(Milestone.engagement_id == engagement_id)
                .options(selectinload(Milestone.responsible))
                .order_by(Milestone.planned_on, Milestone.sort_order)
            )
            return [to_view(row) for row in rows]

    def get(self, milestone_id: uuid.UUID) -> MilestoneView:
        """One milestone."""
        with self._db.read() as session:
            return to_view(_load(session, milestone_id))

    def generate_plan(self, engagement_id: uuid.UUID) -> tuple[list[MilestoneView], Changes]:
        """Add the default plan to a forløb that has a start date but no milestones yet."""
        with self._db.write() as session:
            engagement = load_engagement(session, engagement_id)
            if engagement.start_date is None:
                raise ValidationError("engagement.no_start_date")
            if engagement.planned_end_date is None:
                engagement.planned_end_date = default_planned_end(engagement.start_date)
            rows = add_plan(session, engagement, engagement.start_date)
            session.flush()
            views = [to_view(row) for row in rows]
        return views, Changes.of(Entity.MILESTONE, engagement_id)

    def create(
        self, engagement_id: uuid.UUID, draft: MilestoneDraft
    ) -> tuple[MilestoneView, Changes]:
        """Add a milestone to the plan."""
        with self._db.write() as session:
            engagement = load_engagement(session, engagement_id)
            clean = draft.validated(engagement.start_date, _end(engagement))
            row = Milestone(id=uuid.uuid4(), engagement_id=engagement_id, sort_order=999)
            _apply(row, clean)
            session.add(row)
            session.flush()
            session.refresh(row)
            view = to_view(row)
        return view, Changes.of(Entity.MILESTONE, view.id, engagement_id)

    def update(
        self, milestone_id: uuid.UUID, draft: MilestoneDraft
    ) -> tuple[MilestoneView, Changes]:
        """Save a milestone's edited fields (saved at once; the UI offers undo)."""
        with self._db.write() as session:
            row = _load(session, milestone_id)
            engagement = load_engagement(session, row.engagement_id)
            clean = draft.validated(engagement.start_date, _end(engagement))
            _apply(row, clean)
            session.flush()
            session.refresh(row)
            view = to_view(row)
        return view, Changes.of(Entity.MILESTONE, milestone_id, view.engagement_id)

    def delete(self, milestone_id: uuid.UUID) -> Changes:
        """Soft-delete a milestone."""
        return set_deleted(
            self._db, Milestone, milestone_id, "milestone.not_found", Entity.MILESTONE, deleted=True
        )

    def restore(self, milestone_id: uuid.UUID) -> Changes:
        """Undo a soft delete."""
        return set_deleted(
            self._db,
            Milestone,
            milestone_id,
            "milestone.not_found",
            Entity.MILESTONE,
            deleted=False,
        )

    def preview_start_shift(self, engagement_id: uuid.UUID, new_start: date) -> list[ShiftPreview]:
        """What moving the start date to `new_start` would do to the open milestones."""
        return list(self.plan_start_shift(engagement_id, new_start).milestones)

    def plan_start_shift(self, engagement_id: uuid.UUID, new_start: date) -> StartShiftPlan:
        """Everything moving the start date to `new_start` would move (nothing is stored).

        Raises:
            ValidationError: no start date yet, or a later phase began before `new_start`.
        """
        with self._db.read() as session:
            return _start_shift_plan(session, load_engagement(session, engagement_id), new_start)

    def shift_start(self, engagement_id: uuid.UUID, new_start: date) -> Changes:
        """Move the start date; open milestones move by the same number of days (on working days),
        done and cancelled ones stay, the phase period that began at the start begins on the new
        start, and the planned end moves along. One transaction, so one undo step."""
        with self._db.write() as session:
            engagement = load_engagement(session, engagement_id)
            plan = _start_shift_plan(session, engagement, new_start)
            moved = {preview.milestone_id: preview.new_date for preview in plan.milestones}
            for row in _open_milestones(session, engagement_id):
                if row.id in moved:
                    row.planned_on = moved[row.id]
            for phase in plan.phases:
                period = session.get(PhasePeriod, phase.period_id)
                if period is not None:
                    period.started_on = phase.new_date
            engagement.planned_end_date = plan.new_planned_end
            engagement.start_date = new_start
        return Changes.of(Entity.MILESTONE, engagement_id) | Changes.of(
            Entity.ENGAGEMENT, engagement_id
        )


def _start_shift_plan(session: Session, engagement: Engagement, new_start: date) -> StartShiftPlan:
    old_start = engagement.start_date
    if old_start is None:
        raise ValidationError("engagement.no_start_date")
    milestones = _shift_plan(session, engagement, new_start)
    periods = [
        (row.id, row.phase, row.started_on, row.ended_on)
        for row in session.scalars(
            select(PhasePeriod).where(PhasePeriod.engagement_id == engagement.id)
        )
    ]
    phases = opening_periods_moved(periods, old_start, new_start)
    old_end = engagement.planned_end_date
    new_end = (
        default_planned_end(new_start) if old_end is None else old_end + (new_start - old_start)
    )
    latest = max((preview.new_date for preview in milestones), default=None)
    if latest is not None and latest > new_end:
        new_end = latest  # a milestone moved to the next working day must stay inside the forløb
    return StartShiftPlan(
        old_start=old_start,
        new_start=new_start,
        milestones=tuple(milestones),
        phases=phases,
        old_planned_end=old_end,
        new_planned_end=new_end,
    )


def _shift_plan(session: Session, engagement: Engagement, new_start: date) -> list[ShiftPreview]:
    if engagement.start_date is None:
        raise ValidationError("engagement.no_start_date")
    delta = new_start - engagement.start_date
    previews = []
    for row in _open_milestones(session, engagement.id):
        new_date = shifted_date(row.planned_on, delta)
        if new_date != row.planned_on:
            previews.append(ShiftPreview(row.id, row.title, row.planned_on, new_date))
    return previews


def _open_milestones(session: Session, engagement_id: uuid.UUID) -> list[Milestone]:
    return list(
        session.scalars(
            select(Milestone)
            .where(
                Milestone.engagement_id == engagement_id,
                Milestone.status == MilestoneStatus.PLANNED,
            )
            .order_by(Milestone.planned_on)
        )
    )


def _apply(row: Milestone, draft: MilestoneDraft) -> None:
    row.title = draft.title
    row.phase = draft.phase
    row.planned_on = draft.planned_on
    row.actual_on = draft.actual_on
    row.responsible_id = draft.responsible_id
    row.status = draft.status
    row.note = draft.note


def _end(engagement: Engagement) -> date | None:
    if engagement.actual_end_date is not None:
        return max(engagement.actual_end_date, engagement.planned_end_date or date.min)
    return engagement.planned_end_date


def _load(session: Session, milestone_id: uuid.UUID) -> Milestone:
    return load(session, Milestone, milestone_id, "milestone.not_found")


def to_view(row: Milestone) -> MilestoneView:
    """The read model of a milestone row."""
    return MilestoneView(
        id=row.id,
        engagement_id=row.engagement_id,
        title=row.title,
        phase=row.phase,
        planned_on=row.planned_on,
        actual_on=row.actual_on,
        responsible_id=row.responsible_id,
        responsible_initials=row.responsible.initials if row.responsible is not None else "",
        status=row.status,
        note=row.note,
        template_key=row.template_key,
        sort_order=row.sort_order,
    )
