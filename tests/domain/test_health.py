"""The health rule at its edges."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from taskforce_app.domain.enums import Health, MilestoneStatus
from taskforce_app.domain.health import HealthRule, MilestoneDates, assess_health

TODAY = date(2026, 11, 24)
PLANNED = MilestoneStatus.PLANNED


def _m(days_from_today: int, status: MilestoneStatus = PLANNED) -> MilestoneDates:
    return MilestoneDates(planned_on=TODAY + timedelta(days=days_from_today), status=status)


@pytest.mark.parametrize(
    ("milestones", "expected"),
    [
        ([], Health.ON_TRACK),
        ([_m(30), _m(60)], Health.ON_TRACK),
        ([_m(0)], Health.ON_TRACK),  # due today is not overdue
        ([_m(5), _m(14)], Health.AT_RISK),  # two due within 14 days
        ([_m(5), _m(15)], Health.ON_TRACK),  # the second is outside the window
        ([_m(-1)], Health.AT_RISK),  # one day overdue
        ([_m(-14)], Health.AT_RISK),  # exactly 14 days overdue is still only a risk
        ([_m(-15)], Health.LATE),  # more than 14 days overdue
        ([_m(-2), _m(-1)], Health.LATE),  # two overdue
        ([_m(-40, MilestoneStatus.DONE), _m(-40, MilestoneStatus.CANCELLED)], Health.ON_TRACK),
    ],
)
def test_health_rule(milestones: list[MilestoneDates], expected: Health) -> None:
    assert assess_health(milestones, TODAY).health is expected


def test_figures_behind_the_health() -> None:
    result = assess_health([_m(-20), _m(-3), _m(4), _m(100)], TODAY)
    assert (result.overdue, result.worst_days_overdue, result.due_soon) == (2, 20, 1)


def test_the_rule_is_tunable() -> None:
    strict = HealthRule(late_after_days=0, late_when_overdue_count=1)
    assert assess_health([_m(-1)], TODAY, strict).health is Health.LATE
