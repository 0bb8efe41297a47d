"""An actual date completes a milestone; clearing it opens the milestone again; health follows."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import date

from taskforce_app.bootstrap import AppContext
from taskforce_app.domain.enums import Health, MilestoneStatus
from tests.services.helpers import granted_engagement

TODAY = date(2026, 11, 24)


def health(context: AppContext, engagement_id: uuid.UUID) -> Health:
    """The forløb's health in the overview on TODAY."""
    return next(row.health for row in context.overview.rows(TODAY) if row.id == engagement_id)


def test_an_actual_date_completes_the_milestone_and_the_forlob_is_no_longer_late(
    context: AppContext,
) -> None:
    engagement_id = granted_engagement(context, start=date(2026, 1, 5))
    overdue = [m for m in context.milestones.for_engagement(engagement_id) if m.is_overdue(TODAY)]
    assert overdue and health(context, engagement_id) is Health.LATE
    for milestone in overdue:
        stored, _ = context.milestones.update(
            milestone.id, milestone.draft().with_actual_date(milestone.planned_on)
        )
        assert stored.status is MilestoneStatus.DONE
    assert health(context, engagement_id) is not Health.LATE


def test_a_planned_milestone_saved_with_an_actual_date_is_stored_as_completed(
    context: AppContext,
) -> None:
    engagement_id = granted_engagement(context)
    first = context.milestones.for_engagement(engagement_id)[0]
    stored, _ = context.milestones.update(
        first.id, replace(first.draft(), actual_on=first.planned_on)
    )
    assert stored.status is MilestoneStatus.DONE


def test_clearing_the_actual_date_opens_the_milestone_again(context: AppContext) -> None:
    engagement_id = granted_engagement(context)
    first = context.milestones.for_engagement(engagement_id)[0]
    done, _ = context.milestones.update(first.id, first.draft().with_actual_date(first.planned_on))
    reopened, _ = context.milestones.update(first.id, done.draft().with_actual_date(None))
    assert (reopened.status, reopened.actual_on) == (MilestoneStatus.PLANNED, None)


def test_a_cancelled_milestone_stays_cancelled_with_an_actual_date(context: AppContext) -> None:
    engagement_id = granted_engagement(context)
    first = context.milestones.for_engagement(engagement_id)[0]
    cancelled = replace(first.draft(), status=MilestoneStatus.CANCELLED)
    stored, _ = context.milestones.update(first.id, cancelled.with_actual_date(first.planned_on))
    assert stored.status is MilestoneStatus.CANCELLED
