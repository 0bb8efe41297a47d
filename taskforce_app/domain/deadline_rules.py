"""Suggested answers for the deadline requirements of a case review, computed from key dates.

A suggestion is only a suggestion: when a date the rule needs is missing, or the dates contradict
each other, the answer is None and the reviewer decides. Every check explains itself with a code
`deadline.<rule>.<outcome>` and text parameters (dates as dd-mm-yyyy, times as Danish local
dd-mm-yyyy HH:MM). The review's cut-off date (`as_of`: the date the review looks at) and the
measure's end close every period that runs "until now".

Rules (`CriterionSpec.deadline_rule`, see domain.md Part C):
- `24_hours` (BL § 136; SEL § 155, stk. 1–2): assessed_at − received_at ≤ 24 h exactly
  (elapsed time, so weekends and DST changes count).
- `6_working_days` (SEL § 155 b, stk. 1; BL likely § 138): receipt confirmed no later than 6
  working days after the (Danish local) day the notification was received
  (`plan.add_working_days`). Without a receipt date the answer is Kan ikke vurderes: nothing
  shows that a kvittering was sent.
- `4_months` (BL § 20, stk. 3; SEL § 50, stk. 7): investigation_completed_on ≤ awareness + 4
  calendar months (`engagements.add_months`, clamped to the month's end), where awareness is the
  earliest of the notification's (local) day and `notification_aware_on`: the municipality
  became aware of the possible need, not the day the BFU started.
- `3_months`: first_follow_up (BL § 95, stk. 2; SEL § 70): the first follow-up on or after
  measure_started_on ≤ measure_started_on + 3 months; under Barnets lov
  (`first_follow_up_at_investigation_end`) the earlier end of a parallel investigation is the
  deadline instead. Follow-ups are counted up to the cut-off or the measure's end; a measure that
  ended before the deadline makes the requirement Ikke relevant. For the topic `plan` (BL § 91,
  stk. 1–2) it is plan_on ≤ decision_on + 3 months, and for a § 47 decision plan_on ≤
  decision_on (the plan must exist before the decision).
- `before_decision` (SEL § 140): plan_on ≤ decision_on; a plan within 4 months after an urgent
  decision is left to the reviewer (only an urgent case may have it then).
- `every_6_months` (SEL § 70): each follow-up no more than 6 months after the one before, up to
  the end of the period: the earliest of the cut-off, the measure's end and the last day of the
  criteria set's law (`period_end`: Serviceloven stops at 31-12-2023).
- `two_visits_a_year` (BL § 156, stk. 5): at least two supervision visits in every full year of
  the placement from measure_started_on up to the cut-off or the measure's end.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field, fields
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
RULE_BEFORE_DECISION = "before_decision"
RULE_TWO_VISITS_A_YEAR = "two_visits_a_year"

TOPIC_PLAN = "plan"
TOPIC_FIRST_FOLLOW_UP = "first_follow_up"
BARNETS_LOV_SET_KEY = "barnets_lov"

WITHOUT_CONSENT_SECTION = "47"
"""Barnets lov § 47 (anbringelse uden samtykke): the plan must exist before the decision."""

_HOURS_24 = timedelta(hours=24)
_CET = timedelta(hours=1)
_CEST = timedelta(hours=2)
_SECTION = re.compile(r"§+\s*(\d+)")


@dataclass(frozen=True, slots=True)
class KeyDateFields:
    """The key dates of a sampled case (mirrors `SampledCase`): the fields both the recorded
    dates (`domain.review.KeyDates`) and the deadline rules' `CaseKeyDates` hold."""

    notification_received_at: datetime | None = None
    notification_assessed_at: datetime | None = None
    investigation_started_on: date | None = None
    investigation_completed_on: date | None = None
    decision_on: date | None = None
    measure_started_on: date | None = None
    follow_up_dates: tuple[date, ...] = ()
    receipt_confirmed_on: date | None = None
    plan_on: date | None = None
    notification_aware_on: date | None = None
    """When the municipality became aware of the possible need, when not by the notification."""
    decision_basis: str = ""
    """The decision's legal basis as written in the case ("§ 32", "§ 47, stk. 1", …)."""
    measure_ended_on: date | None = None
    supervision_visits: tuple[date, ...] = ()


@dataclass(frozen=True, slots=True)
class CaseKeyDates(KeyDateFields):
    """The key dates of a sampled case as the deadline rules read them.

    Datetimes must be timezone-aware (the database returns them in UTC).
    """

    @classmethod
    def of(cls, dates: KeyDateFields) -> CaseKeyDates:
        """The same dates, checked for the rules.

        Raises:
            ValueError: a datetime field has no timezone.
        """
        return cls(**{item.name: getattr(dates, item.name) for item in fields(KeyDateFields)})

    def __post_init__(self) -> None:
        """Refuse naive datetimes: their moment is unknown, so no deadline can be computed.

        Raises:
            ValueError: a datetime field has no timezone.
        """
        for name in ("notification_received_at", "notification_assessed_at"):
            value = getattr(self, name)
            if value is not None and value.utcoffset() is None:
                raise ValueError(f"{name} must be a timezone-aware datetime, got {value!r}")

    @property
    def aware_on(self) -> date | None:
        """The day the municipality became aware: the earliest of notification and awareness."""
        days = [
            day
            for day in (
                None
                if self.notification_received_at is None
                else danish_local_time(self.notification_received_at).date(),
                self.notification_aware_on,
            )
            if day is not None
        ]
        return min(days) if days else None

    @property
    def law_day(self) -> date | None:
        """The day that decides the law: the decision, else the notification (awareness)."""
        return self.decision_on if self.decision_on is not None else self.aware_on

    @property
    def decision_section(self) -> str:
        """The paragraph number of the decision's legal basis ("47" for "§ 47, stk. 1")."""
        found = _SECTION.search(self.decision_basis)
        return found.group(1) if found else ""


@dataclass(frozen=True, slots=True)
class DeadlineCheck:
    """A suggested answer for one deadline rule, with its explanation."""

    rule: str
    answer: Answer | None
    """The suggested answer, or None when the reviewer must decide."""
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
    period_end: date | None = None,
) -> DeadlineCheck:
    """Suggest an answer for `rule` from the case's key dates.

    Args:
        rule: one of `criteria.DEADLINE_RULES`.
        dates: the case's key dates.
        as_of: the review's cut-off date (the date the review looks at); None leaves periods
            that run "until now" open.
        topic: the criterion's topic; `plan` makes `3_months` check the plan date.
        first_follow_up_at_investigation_end: Barnets lov § 95: the first follow-up is due at
            the end of a parallel investigation when that comes before the 3 months.
        period_end: the last day the criterion's law applies (the set's `valid_to`).

    Raises:
        ValueError: an unknown rule.
    """
    end = _earliest(as_of, dates.measure_ended_on)
    if rule == RULE_24_HOURS:
        return _check_24_hours(dates)
    if rule == RULE_6_WORKING_DAYS:
        return _check_6_working_days(dates)
    if rule == RULE_4_MONTHS:
        return _check_4_months(dates)
    if rule == RULE_3_MONTHS:
        if topic == TOPIC_PLAN:
            return _check_plan(dates)
        return _check_first_follow_up(dates, first_follow_up_at_investigation_end, as_of)
    if rule == RULE_EVERY_6_MONTHS:
        return _check_every_6_months(dates, _earliest(end, period_end))
    if rule == RULE_BEFORE_DECISION:
        return _check_plan_before_decision(dates)
    if rule == RULE_TWO_VISITS_A_YEAR:
        return _check_two_visits_a_year(dates, end)
    raise ValueError(f"unknown deadline rule {rule!r} (known: {', '.join(sorted(DEADLINE_RULES))})")


def suggest_for_criterion(
    criterion: CriterionSpec,
    dates: CaseKeyDates,
    *,
    set_key: str,
    as_of: date | None = None,
    period_end: date | None = None,
) -> DeadlineCheck | None:
    """The suggestion for a criterion of the set `set_key`, or None when it has no deadline rule.

    Passes the criterion's topic, and applies Barnets lov § 95 to the first follow-up of the
    `barnets_lov` set; `period_end` is the set's `valid_to`.
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
        period_end=period_end,
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
    if received is None:
        return _undecided(rule, "missing", missing=("notification_received_at",))
    received_day = danish_local_time(received).date()
    due = add_working_days(received_day, 6)
    params = {"received": _day(received_day), "due": _day(due)}
    compared = dates.receipt_confirmed_on
    if compared is None:
        return DeadlineCheck(
            rule=rule,
            answer=Answer.CANNOT_ASSESS,
            due=due,
            explanation_code=f"deadline.{rule}.no_receipt",
            params=tuple(params.items()),
            missing=("receipt_confirmed_on",),
        )
    params["compared"] = _day(compared)
    if compared < received_day:
        return _undecided(rule, "out_of_order", params=params)
    return _decided(rule, compared <= due, due, params)


def _check_4_months(dates: CaseKeyDates) -> DeadlineCheck:
    rule = RULE_4_MONTHS
    aware, completed = dates.aware_on, dates.investigation_completed_on
    missing = _missing(
        notification_received_at=aware,
        notification_aware_on=aware,
        investigation_completed_on=completed,
    )
    if aware is None or completed is None:
        return _undecided(rule, "missing", missing=missing)
    due = add_months(aware, 4)
    params = {"aware": _day(aware), "completed": _day(completed), "due": _day(due)}
    if completed < aware:
        return _undecided(rule, "out_of_order", params=params)
    return _decided(rule, completed <= due, due, params)


def _check_first_follow_up(
    dates: CaseKeyDates, at_investigation_end: bool, as_of: date | None
) -> DeadlineCheck:
    rule = RULE_3_MONTHS
    started = dates.measure_started_on
    if started is None:
        return _undecided(rule, "missing", missing=("measure_started_on",))
    due = add_months(started, 3)
    suffix = ""
    completed = dates.investigation_completed_on
    if at_investigation_end and completed is not None and started <= completed < due:
        due = completed
        suffix = "_investigation_end"
    params = {"started": _day(started), "due": _day(due)}
    end = _earliest(as_of, dates.measure_ended_on)
    counted = [day for day in dates.follow_up_dates if end is None or day <= end]
    after_start = [day for day in counted if day >= started]
    if after_start:
        first = min(after_start)
        params["follow_up"] = _day(first)
        if first <= due:
            return _decided(rule, True, due, params, suffix=suffix)
    ended = dates.measure_ended_on
    if ended is not None and ended <= due:
        params["ended"] = _day(ended)
        return _decision(rule, Answer.NOT_RELEVANT, due, "ended_before_due", params)
    if after_start:
        return _decided(rule, False, due, params, suffix=suffix)
    if counted:
        params["follow_up"] = _day(max(counted))
        return _undecided(rule, "out_of_order", params=params)
    if end is not None and end > due:
        params["until"] = _day(end)
        return _decision(rule, Answer.NOT_MET, due, "none_by_due", params)
    missing = ("follow_up_dates",) if as_of is None else ()
    return _undecided(
        rule, "missing" if as_of is None else "not_due", missing=missing, params=params
    )


def _check_plan(dates: CaseKeyDates) -> DeadlineCheck:
    rule = RULE_3_MONTHS
    decided, plan = dates.decision_on, dates.plan_on
    missing = _missing(decision_on=decided, plan_on=plan)
    if decided is None or plan is None:
        return _undecided(rule, "plan_missing", missing=missing)
    params = {"decision": _day(decided), "plan": _day(plan)}
    if dates.decision_section == WITHOUT_CONSENT_SECTION:
        params["due"] = _day(decided)
        return _decided(rule, plan <= decided, decided, params, prefix="plan_before_decision_")
    due = add_months(decided, 3)
    params["due"] = _day(due)
    return _decided(rule, plan <= due, due, params, prefix="plan_")


def _check_plan_before_decision(dates: CaseKeyDates) -> DeadlineCheck:
    rule = RULE_BEFORE_DECISION
    decided, plan = dates.decision_on, dates.plan_on
    missing = _missing(decision_on=decided, plan_on=plan)
    if decided is None or plan is None:
        return _undecided(rule, "missing", missing=missing)
    urgent_due = add_months(decided, 4)
    params = {"decision": _day(decided), "plan": _day(plan), "urgent_due": _day(urgent_due)}
    if plan <= decided:
        return _decision(rule, Answer.MET, decided, "met", params)
    if plan <= urgent_due:
        return _undecided(rule, "urgent_only", params=params)
    return _decision(rule, Answer.NOT_MET, decided, "not_met", params)


def _check_every_6_months(dates: CaseKeyDates, end: date | None) -> DeadlineCheck:
    rule = RULE_EVERY_6_MONTHS
    started = dates.measure_started_on
    follow_ups = sorted(
        {
            day
            for day in dates.follow_up_dates
            if (started is None or day >= started) and (end is None or day <= end)
        }
    )
    if not follow_ups:
        return _undecided(rule, "missing", missing=("follow_up_dates",))
    if len(follow_ups) == 1 and end is None:
        return _undecided(rule, "single_follow_up", params={"first": _day(follow_ups[0])})
    for previous, following in pairwise(follow_ups):
        due = add_months(previous, 6)
        if following > due:
            params = {"previous": _day(previous), "next": _day(following), "due": _day(due)}
            return _decision(rule, Answer.NOT_MET, due, "gap", params)
    last = follow_ups[-1]
    next_due = add_months(last, 6)
    params = {"count": str(len(follow_ups)), "last": _day(last), "due": _day(next_due)}
    if end is not None:
        params["as_of"] = _day(end)
        if end > next_due:
            return _decision(rule, Answer.NOT_MET, next_due, "overdue", params)
        return _decision(rule, Answer.MET, next_due, "met_until", params)
    return _decision(rule, Answer.MET, next_due, "met", params)


def _check_two_visits_a_year(dates: CaseKeyDates, end: date | None) -> DeadlineCheck:
    rule = RULE_TWO_VISITS_A_YEAR
    started = dates.measure_started_on
    if started is None or end is None:
        missing = _missing(measure_started_on=started, measure_ended_on=end)
        return _undecided(rule, "missing", missing=missing)
    params = {"started": _day(started), "until": _day(end)}
    year = 0
    while add_months(started, 12 * (year + 1)) <= end:
        begins, ends = add_months(started, 12 * year), add_months(started, 12 * (year + 1))
        visits = sum(1 for day in dates.supervision_visits if begins <= day < ends)
        if visits < 2:
            params |= {"from": _day(begins), "to": _day(ends), "visits": str(visits)}
            return _decision(rule, Answer.NOT_MET, ends, "too_few", params)
        year += 1
    if year == 0:
        return _undecided(rule, "short", params=params)
    params["years"] = str(year)
    return _decision(rule, Answer.MET, add_months(started, 12 * year), "met", params)


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


def _earliest(*days: date | None) -> date | None:
    given = [day for day in days if day is not None]
    return min(given) if given else None


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
