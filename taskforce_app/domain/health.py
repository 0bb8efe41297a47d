"""A forløb's health (På sporet / Risiko / Forsinket), computed from its open milestones.

The rule is data (`HealthRule`) so the UI can show it and a team can tune it:
- **Forsinket** (late): an open milestone is more than `late_after_days` days past its planned
  date, or `late_when_overdue_count` or more open milestones are past their dates.
- **Risiko** (at risk): an open milestone is past its planned date, or `at_risk_due_count` or
  more open milestones fall due within the next `soon_days` days.
- **På sporet** (on track): otherwise.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from taskforce_app.domain.enums import Health, MilestoneStatus


@dataclass(frozen=True, slots=True)
class HealthRule:
    """Thresholds of the health rule."""

    late_after_days: int = 14
    late_when_overdue_count: int = 2
    soon_days: int = 14
    at_risk_due_count: int = 2


DEFAULT_RULE = HealthRule()


@dataclass(frozen=True, slots=True)
class MilestoneDates:
    """What the rule needs of a milestone."""

    planned_on: date
    status: MilestoneStatus


@dataclass(frozen=True, slots=True)
class HealthAssessment:
    """The health with the figures behind it."""

    health: Health
    overdue: int
    worst_days_overdue: int
    due_soon: int


def is_open(status: MilestoneStatus) -> bool:
    """True for a milestone that still has to happen."""
    return status is MilestoneStatus.PLANNED


def assess_health(
    milestones: Iterable[MilestoneDates], today: date, rule: HealthRule = DEFAULT_RULE
) -> HealthAssessment:
    """Apply `rule` to the open milestones as of `today`."""
    open_items = [item for item in milestones if is_open(item.status)]
    overdue_days = [
        (today - item.planned_on).days for item in open_items if item.planned_on < today
    ]
    soon_limit = today + timedelta(days=rule.soon_days)
    due_soon = sum(1 for item in open_items if today <= item.planned_on <= soon_limit)
    worst = max(overdue_days, default=0)
    if worst > rule.late_after_days or len(overdue_days) >= rule.late_when_overdue_count:
        health = Health.LATE
    elif overdue_days or due_soon >= rule.at_risk_due_count:
        health = Health.AT_RISK
    else:
        health = Health.ON_TRACK
    return HealthAssessment(
        health=health, overdue=len(overdue_days), worst_days_overdue=worst, due_soon=due_soon
    )
