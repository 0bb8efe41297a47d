"""Suggested answers for the deadline requirements of a case review, computed from key dates.

A suggestion is only a suggestion: when a date the rule needs is missing, or the dates contradict
each other, the answer is None and the reviewer decides. Every check explains itself with a code
`deadline.<rule>.<outcome>` and text parameters (dates as dd-mm-yyyy, times as Danish local
dd-mm-yyyy HH:MM).

Rules (`CriterionSpec.deadline_rule`, see domain.md Part B §3):
- `24_hours`: assessed_at − received_at ≤ 24 h exactly (elapsed time, so DST changes count).
- `6_working_days`: receipt confirmed no later than 6 working days after the day the notification
  was received (Danish local date; `plan.add_working_days`, which skips weekends, Danish
  holidays and the Task Force's days off). The case record has no receipt date yet, so the
  date compared is `receipt_confirmed_on` when given, else the (local) date of
  `notification_assessed_at`, and the explanation says which (`…_by_assessment`).
- `4_months`: investigation_completed_on ≤ investigation_started_on + 4 calendar months
  (`engagements.add_months`: clamped to the month's end, 31-10-2023 → 29-02-2024).
  investigation_started_on stands for the day the municipality became aware of the need.
- `3_months`: the first follow-up on or after measure_started_on ≤ measure_started_on + 3
  months; under Barnets lov § 95 (`first_follow_up_at_investigation_end`) the earlier end of a
  parallel investigation is the deadline instead. For the topic `plan` (barnets plan, BL § 91)
  it is `plan_on` ≤ decision_on + 3 months.
- `every_6_months`: each follow-up no more than 6 months after the one before, counted from the
  first; with `as_of`, the last one no more than 6 months before `as_of`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from itertools import pairwise

from taskforce_app.domain.criteria import DEADLINE_RULES, CriterionSpec
from taskforce_app.domain.engagements import add_months
from taskforce_app.domain.enums import Answer
from taskforce_app.domain.errors import Language, render_message
from taskforce_app.domain.plan import add_working_days

RULE_24_HOURS = "24_hours"
RULE_6_WORKING_DAYS = "6_working_days"
RULE_4_MONTHS = "4_months"
RULE_3_MONTHS = "3_months"
RULE_EVERY_6_MONTHS = "every_6_months"

TOPIC_PLAN = "plan"
TOPIC_FIRST_FOLLOW_UP = "first_follow_up"
BARNETS_LOV_SET_KEY = "barnets_lov"

_HOURS_24 = timedelta(hours=24)
_CET = timedelta(hours=1)
_CEST = timedelta(hours=2)


@dataclass(frozen=True, slots=True)
class CaseKeyDates:
    """The key dates of a sampled case (mirrors `SampledCase`), plus two optional extras.

    Datetimes must be timezone-aware (the database returns them in UTC). `receipt_confirmed_on`
    and `plan_on` are not stored on a sampled case yet; when given they make the
    `6_working_days` and plan checks exact.
    """

    notification_received_at: datetime | None = None
    notification_assessed_at: datetime | None = None
    investigation_started_on: date | None = None
    investigation_completed_on: date | None = None
    decision_on: date | None = None
    measure_started_on: date | None = None
    follow_up_dates: tuple[date, ...] = ()
    receipt_confirmed_on: date | None = None
    plan_on: date | None = None

    def __post_init__(self) -> None:
        """Refuse naive datetimes: their moment is unknown, so no deadline can be computed.

        Raises:
            ValueError: a datetime field has no timezone.
        """
        for name in ("notification_received_at", "notification_assessed_at"):
            value = getattr(self, name)
            if value is not None and value.utcoffset() is None:
                raise ValueError(f"{name} must be a timezone-aware datetime, got {value!r}")


@dataclass(frozen=True, slots=True)
class DeadlineCheck:
    """A suggested answer for one deadline rule, with its explanation."""

    rule: str
    answer: Answer | None
    """MET or NOT_MET, or None when the reviewer must decide."""
    due: date | datetime | None
    """The deadline that applied (for `every_6_months` when met: the next one)."""
    explanation_code: str
    params: tuple[tuple[str, str], ...] = ()
    missing: tuple[str, ...] = field(default=())
    """The `CaseKeyDates` fields that were needed but empty."""

    @property
    def params_dict(self) -> dict[str, str]:
        """The explanation's parameters as a dict."""
        return dict(self.params)

    def message(self, language: Language = "da") -> str:
        """The explanation in Danish (`da`, the default) or English (`en`)."""
        return render_message(self.explanation_code, self.params_dict, language)


def check_deadline(
    rule: str,
    dates: CaseKeyDates,
    *,
    as_of: date | None = None,
    topic: str = "",
    first_follow_up_at_investigation_end: bool = False,
) -> DeadlineCheck:
    """Suggest an answer for `rule` from the case's key dates.

    Args:
        rule: one of `criteria.DEADLINE_RULES`.
        dates: the case's key dates.
        as_of: the reference date of the review (`every_6_months` checks that the last
            follow-up is no more than 6 months before it); None checks only the gaps.
        topic: the criterion's topic; `plan` makes `3_months` check the plan date.
        first_follow_up_at_investigation_end: Barnets lov § 95: the first follow-up is due at
            the end of a parallel investigation when that comes before the 3 months.

    Raises:
        ValueError: an unknown rule.
    """
    if rule == RULE_24_HOURS:
        return _check_24_hours(dates)
    if rule == RULE_6_WORKING_DAYS:
        return _check_6_working_days(dates)
    if rule == RULE_4_MONTHS:
        return _check_4_months(dates)
    if rule == RULE_3_MONTHS:
        if topic == TOPIC_PLAN:
            return _check_plan(dates)
        return _check_first_follow_up(dates, first_follow_up_at_investigation_end)
    if rule == RULE_EVERY_6_MONTHS:
        return _check_every_6_months(dates, as_of)
    raise ValueError(f"unknown deadline rule {rule!r} (known: {', '.join(sorted(DEADLINE_RULES))})")


def suggest_for_criterion(
    criterion: CriterionSpec, dates: CaseKeyDates, *, set_key: str, as_of: date | None = None
) -> DeadlineCheck | None:
    """The suggestion for a criterion of the set `set_key`, or None when it has no deadline rule.

    Passes the criterion's topic, and applies Barnets lov § 95 to the first follow-up of the
    `barnets_lov` set.
    """
    if criterion.deadline_rule is None:
        return None
    return check_deadline(
        criterion.deadline_rule,
        dates,
        as_of=as_of,
        topic=criterion.topic,
        first_follow_up_at_investigation_end=(
            set_key == BARNETS_LOV_SET_KEY and criterion.topic == TOPIC_FIRST_FOLLOW_UP
        ),
    )


def danish_local_time(moment: datetime) -> datetime:
    """`moment` as Danish wall-clock time (naive): CET, or CEST by the EU rule in force since 1996.

    Summer time runs from 01:00 UTC on the last Sunday of March to 01:00 UTC on the last Sunday
    of October. Computed here rather than with zoneinfo, which needs the tzdata package on
    Windows.

    Raises:
        ValueError: `moment` is naive.
    """
    if moment.utcoffset() is None:
        raise ValueError(f"a timezone-aware datetime is needed, got {moment!r}")
    utc = moment.astimezone(UTC).replace(tzinfo=None)
    begins = datetime.combine(_last_sunday(utc.year, 3), datetime.min.time()) + _CET
    ends = datetime.combine(_last_sunday(utc.year, 10), datetime.min.time()) + _CET
    return utc + (_CEST if begins <= utc < ends else _CET)


def follow_up_dates_from_json(values: Iterable[object]) -> tuple[date, ...]:
    """Parse `SampledCase.follow_up_dates` (ISO texts) into sorted, distinct dates.

    Raises:
        ValueError: a value is not an ISO date text.
    """
    result: set[date] = set()
    for value in values:
        if not isinstance(value, str):
            raise ValueError(f"a follow-up date must be an ISO date text, got {value!r}")
        result.add(date.fromisoformat(value))
    return tuple(sorted(result))


def _check_24_hours(dates: CaseKeyDates) -> DeadlineCheck:
    rule = RULE_24_HOURS
    received, assessed = dates.notification_received_at, dates.notification_assessed_at
    missing = _missing(notification_received_at=received, notification_assessed_at=assessed)
    if received is None or assessed is None:
        return _undecided(rule, "missing", missing=missing)
    due = received + _HOURS_24
    params = {"received": _moment(received), "assessed": _moment(assessed), "due": _moment(due)}
    if assessed < received:
        return _undecided(rule, "out_of_order", params=params)
    params["elapsed"] = _duration(assessed - received)
    return _decided(rule, assessed - received <= _HOURS_24, due, params)


def _check_6_working_days(dates: CaseKeyDates) -> DeadlineCheck:
    rule = RULE_6_WORKING_DAYS
    received = dates.notification_received_at
    if dates.receipt_confirmed_on is not None:
        compared: date | None = dates.receipt_confirmed_on
        suffix = ""
    else:
        assessed = dates.notification_assessed_at
        compared = None if assessed is None else danish_local_time(assessed).date()
        suffix = "_by_assessment"
    missing = _missing(notification_received_at=received)
    if compared is None:
        missing += ("receipt_confirmed_on", "notification_assessed_at")
    if received is None or compared is None:
        return _undecided(rule, "missing", missing=missing)
    received_day = danish_local_time(received).date()
    due = add_working_days(received_day, 6)
    params = {"received": _day(received_day), "compared": _day(compared), "due": _day(due)}
    if compared < received_day:
        return _undecided(rule, "out_of_order", params=params)
    return _decided(rule, compared <= due, due, params, suffix=suffix)


def _check_4_months(dates: CaseKeyDates) -> DeadlineCheck:
    rule = RULE_4_MONTHS
    started, completed = dates.investigation_started_on, dates.investigation_completed_on
    missing = _missing(investigation_started_on=started, investigation_completed_on=completed)
    if started is None or completed is None:
        return _undecided(rule, "missing", missing=missing)
    due = add_months(started, 4)
    params = {"started": _day(started), "completed": _day(completed), "due": _day(due)}
    if completed < started:
        return _undecided(rule, "out_of_order", params=params)
    return _decided(rule, completed <= due, due, params)


def _check_first_follow_up(dates: CaseKeyDates, at_investigation_end: bool) -> DeadlineCheck:
    rule = RULE_3_MONTHS
    started = dates.measure_started_on
    missing = _missing(measure_started_on=started, follow_up_dates=dates.follow_up_dates or None)
    if started is None or not dates.follow_up_dates:
        return _undecided(rule, "missing", missing=missing)
    due = add_months(started, 3)
    suffix = ""
    completed = dates.investigation_completed_on
    if at_investigation_end and completed is not None and started <= completed < due:
        due = completed
        suffix = "_investigation_end"
    params = {"started": _day(started), "due": _day(due)}
    after_start = [day for day in dates.follow_up_dates if day >= started]
    if not after_start:
        params["follow_up"] = _day(max(dates.follow_up_dates))
        return _undecided(rule, "out_of_order", params=params)
    first = min(after_start)
    params["follow_up"] = _day(first)
    return _decided(rule, first <= due, due, params, suffix=suffix)


def _check_plan(dates: CaseKeyDates) -> DeadlineCheck:
    rule = RULE_3_MONTHS
    decided, plan = dates.decision_on, dates.plan_on
    missing = _missing(decision_on=decided, plan_on=plan)
    if decided is None or plan is None:
        return _undecided(rule, "plan_missing", missing=missing)
    due = add_months(decided, 3)
    params = {"decision": _day(decided), "plan": _day(plan), "due": _day(due)}
    return _decided(rule, plan <= due, due, params, prefix="plan_")


def _check_every_6_months(dates: CaseKeyDates, as_of: date | None) -> DeadlineCheck:
    rule = RULE_EVERY_6_MONTHS
    started = dates.measure_started_on
    follow_ups = sorted({day for day in dates.follow_up_dates if started is None or day >= started})
    if not follow_ups:
        return _undecided(rule, "missing", missing=("follow_up_dates",))
    if len(follow_ups) == 1 and as_of is None:
        return _undecided(rule, "single_follow_up", params={"first": _day(follow_ups[0])})
    for previous, following in pairwise(follow_ups):
        due = add_months(previous, 6)
        if following > due:
            params = {"previous": _day(previous), "next": _day(following), "due": _day(due)}
            return _decision(rule, Answer.NOT_MET, due, "gap", params)
    last = follow_ups[-1]
    next_due = add_months(last, 6)
    params = {"count": str(len(follow_ups)), "last": _day(last), "due": _day(next_due)}
    if as_of is not None:
        params["as_of"] = _day(as_of)
        if as_of > next_due:
            return _decision(rule, Answer.NOT_MET, next_due, "overdue", params)
    return _decision(rule, Answer.MET, next_due, "met", params)


def _decided(
    rule: str,
    met: bool,
    due: date | datetime,
    params: dict[str, str],
    *,
    prefix: str = "",
    suffix: str = "",
) -> DeadlineCheck:
    outcome = "met" if met else "not_met"
    answer = Answer.MET if met else Answer.NOT_MET
    return _decision(rule, answer, due, f"{prefix}{outcome}{suffix}", params)


def _decision(
    rule: str, answer: Answer, due: date | datetime, outcome: str, params: dict[str, str]
) -> DeadlineCheck:
    return DeadlineCheck(
        rule=rule,
        answer=answer,
        due=due,
        explanation_code=f"deadline.{rule}.{outcome}",
        params=tuple(params.items()),
    )


def _undecided(
    rule: str,
    outcome: str,
    *,
    missing: tuple[str, ...] = (),
    params: dict[str, str] | None = None,
) -> DeadlineCheck:
    return DeadlineCheck(
        rule=rule,
        answer=None,
        due=None,
        explanation_code=f"deadline.{rule}.{outcome}",
        params=tuple((params or {}).items()),
        missing=missing,
    )


def _missing(**values: object) -> tuple[str, ...]:
    return tuple(name for name, value in values.items() if value is None)


def _last_sunday(year: int, month: int) -> date:
    last = add_months(date(year, month, 1), 1) - timedelta(days=1)
    return last - timedelta(days=(last.weekday() + 1) % 7)


def _day(day: date) -> str:
    return day.strftime("%d-%m-%Y")


def _moment(moment: datetime) -> str:
    return danish_local_time(moment).strftime("%d-%m-%Y %H:%M")


def _duration(elapsed: timedelta) -> str:
    seconds, fraction = divmod(elapsed, timedelta(seconds=1))
    seconds += 1 if fraction else 0
    hours, rest = divmod(seconds, 3600)
    minutes, seconds = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{seconds:02d}"
