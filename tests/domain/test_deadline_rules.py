"""Deadline suggestions: exact edges, month ends, leap years, Danish holidays, missing dates."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from taskforce_app import paths
from taskforce_app.domain.criteria import DEADLINE_RULES, CriteriaSetSpec, parse_criteria_set
from taskforce_app.domain.deadline_rules import (
    CaseKeyDates,
    check_deadline,
    danish_local_time,
    follow_up_dates_from_json,
    suggest_for_criterion,
)
from taskforce_app.domain.engagements import add_months
from taskforce_app.domain.enums import Answer
from taskforce_app.domain.plan import is_working_day

RECEIVED = datetime(2025, 3, 3, 10, 0, tzinfo=UTC)


def _notification(received: datetime = RECEIVED, after: timedelta | None = None) -> CaseKeyDates:
    assessed = None if after is None else received + after
    return CaseKeyDates(notification_received_at=received, notification_assessed_at=assessed)


# 24 hours


@pytest.mark.parametrize(
    ("after", "expected"),
    [
        (timedelta(0), Answer.MET),
        (timedelta(hours=23, minutes=59, seconds=59), Answer.MET),
        (timedelta(hours=24), Answer.MET),
        (timedelta(hours=24, seconds=1), Answer.NOT_MET),
        (timedelta(hours=24, microseconds=1), Answer.NOT_MET),
        (timedelta(days=3), Answer.NOT_MET),
    ],
)
def test_24_hours_edges(after: timedelta, expected: Answer) -> None:
    check = check_deadline("24_hours", _notification(after=after))
    assert check.answer is expected
    assert check.due == RECEIVED + timedelta(hours=24)
    assert check.explanation_code == f"deadline.24_hours.{expected.value}"


def test_24_hours_explains_in_danish_local_time() -> None:
    check = check_deadline("24_hours", _notification(after=timedelta(hours=24, seconds=1)))
    assert check.params_dict == {
        "received": "03-03-2025 11:00",
        "assessed": "04-03-2025 11:00",
        "due": "04-03-2025 11:00",
        "elapsed": "24:00:01",
    }
    assert check.missing == ()


def test_24_hours_counts_real_hours_across_a_clock_change() -> None:
    copenhagen_winter = timezone(timedelta(hours=1))
    copenhagen_summer = timezone(timedelta(hours=2))
    received = datetime(2025, 3, 29, 12, 0, tzinfo=copenhagen_winter)
    # 12:30 on the wall clock the next day is only 23 h 30 min later (the clock jumped).
    assessed = datetime(2025, 3, 30, 12, 30, tzinfo=copenhagen_summer)
    check = check_deadline(
        "24_hours",
        CaseKeyDates(notification_received_at=received, notification_assessed_at=assessed),
    )
    assert check.answer is Answer.MET
    assert check.params_dict["elapsed"] == "23:30:00"


def test_24_hours_missing_and_inconsistent_dates_leave_it_to_the_reviewer() -> None:
    missing = check_deadline("24_hours", CaseKeyDates(notification_received_at=RECEIVED))
    assert missing.answer is None and missing.due is None
    assert missing.explanation_code == "deadline.24_hours.missing"
    assert missing.missing == ("notification_assessed_at",)
    assert check_deadline("24_hours", CaseKeyDates()).missing == (
        "notification_received_at",
        "notification_assessed_at",
    )
    backwards = check_deadline("24_hours", _notification(after=timedelta(hours=-1)))
    assert backwards.answer is None
    assert backwards.explanation_code == "deadline.24_hours.out_of_order"


def test_naive_datetimes_are_refused() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        CaseKeyDates(notification_received_at=datetime(2025, 1, 1, 12, 0))
    with pytest.raises(ValueError, match="timezone-aware"):
        danish_local_time(datetime(2025, 1, 1, 12, 0))


# 6 working days


def _at_noon(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, 11, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("received", "due"),
    [
        (date(2025, 3, 3), date(2025, 3, 11)),  # Monday → Tuesday week
        (date(2025, 3, 7), date(2025, 3, 17)),  # Friday → Monday week
        (date(2025, 3, 8), date(2025, 3, 17)),  # Saturday: counting starts Monday
        (date(2025, 4, 16), date(2025, 4, 29)),  # Easter 2025: 17, 18, 21 April off
        (date(2026, 4, 1), date(2026, 4, 14)),  # Easter 2026: 2, 3, 6 April off
        (date(2025, 12, 22), date(2026, 1, 6)),  # 24–26 and 31 Dec, 1 Jan off
        (date(2026, 5, 13), date(2026, 5, 22)),  # Kristi himmelfart 14 May 2026
    ],
)
def test_6_working_days_over_holidays(received: date, due: date) -> None:
    dates = CaseKeyDates(notification_received_at=_at_noon(received), receipt_confirmed_on=due)
    on_time = check_deadline("6_working_days", dates)
    assert on_time.answer is Answer.MET
    assert on_time.due == due
    assert on_time.explanation_code == "deadline.6_working_days.met"
    late = CaseKeyDates(
        notification_received_at=_at_noon(received), receipt_confirmed_on=due + timedelta(days=1)
    )
    assert check_deadline("6_working_days", late).answer is Answer.NOT_MET


def test_6_working_days_without_a_receipt_date_cannot_be_assessed() -> None:
    # The assessment date is no evidence that a kvittering was sent.
    dates = CaseKeyDates(
        notification_received_at=_at_noon(date(2025, 4, 16)),
        notification_assessed_at=_at_noon(date(2025, 4, 16)),
    )
    check = check_deadline("6_working_days", dates)
    assert check.answer is Answer.CANNOT_ASSESS
    assert check.explanation_code == "deadline.6_working_days.no_receipt"
    assert check.due == date(2025, 4, 29)
    assert check.missing == ("receipt_confirmed_on",)
    assert "Kan ikke vurderes" in check.message()


def test_6_working_days_uses_the_danish_date_of_receipt() -> None:
    # 23:30 UTC on Thursday 16 April 2025 is 01:30 on skærtorsdag in Copenhagen.
    late_evening = datetime(2025, 4, 16, 23, 30, tzinfo=UTC)
    check = check_deadline(
        "6_working_days",
        CaseKeyDates(notification_received_at=late_evening, receipt_confirmed_on=date(2025, 4, 30)),
    )
    assert check.params_dict["received"] == "17-04-2025"
    assert check.due == date(2025, 4, 29)
    assert check.answer is Answer.NOT_MET


def test_6_working_days_missing_dates() -> None:
    check = check_deadline("6_working_days", CaseKeyDates(receipt_confirmed_on=date(2025, 1, 1)))
    assert check.missing == ("notification_received_at",)
    early = CaseKeyDates(notification_received_at=RECEIVED, receipt_confirmed_on=date(2025, 3, 2))
    assert check_deadline("6_working_days", early).explanation_code == (
        "deadline.6_working_days.out_of_order"
    )


@given(st.dates(date(2020, 1, 1), date(2030, 12, 31)))
def test_6_working_days_due_is_a_working_day_with_six_before_it(received: date) -> None:
    check = check_deadline(
        "6_working_days",
        CaseKeyDates(notification_received_at=_at_noon(received), receipt_confirmed_on=received),
    )
    assert isinstance(check.due, date)
    assert is_working_day(check.due)
    days = [
        received + timedelta(days=offset) for offset in range(1, (check.due - received).days + 1)
    ]
    assert sum(is_working_day(day) for day in days) == 6


# 4 months


@pytest.mark.parametrize(
    ("started", "due"),
    [
        (date(2023, 10, 31), date(2024, 2, 29)),  # into a leap February
        (date(2024, 10, 31), date(2025, 2, 28)),  # into a common February
        (date(2024, 1, 31), date(2024, 5, 31)),
        (date(2023, 11, 30), date(2024, 3, 30)),
        (date(2024, 2, 29), date(2024, 6, 29)),
        (date(2025, 9, 15), date(2026, 1, 15)),  # across the new year
    ],
)
def test_4_months_across_month_ends_and_leap_years(started: date, due: date) -> None:
    on_time = CaseKeyDates(notification_aware_on=started, investigation_completed_on=due)
    check = check_deadline("4_months", on_time)
    assert (check.answer, check.due) == (Answer.MET, due)
    late = CaseKeyDates(
        notification_aware_on=started, investigation_completed_on=due + timedelta(days=1)
    )
    assert check_deadline("4_months", late).answer is Answer.NOT_MET


def test_4_months_missing_and_backwards() -> None:
    check = check_deadline("4_months", CaseKeyDates(notification_aware_on=date(2024, 1, 1)))
    assert check.answer is None and check.missing == ("investigation_completed_on",)
    started_only = CaseKeyDates(
        investigation_started_on=date(2024, 1, 1), investigation_completed_on=date(2024, 2, 1)
    )
    check = check_deadline("4_months", started_only)
    assert check.answer is None, "the BFU's start is not the anchor"
    assert check.missing == ("notification_received_at", "notification_aware_on")
    backwards = CaseKeyDates(
        notification_aware_on=date(2024, 3, 1), investigation_completed_on=date(2024, 2, 1)
    )
    assert (
        check_deadline("4_months", backwards).explanation_code == "deadline.4_months.out_of_order"
    )


@given(st.dates(date(2000, 1, 1), date(2100, 12, 31)), st.integers(0, 200))
def test_4_months_is_met_exactly_up_to_the_clamped_date(started: date, days: int) -> None:
    completed = started + timedelta(days=days)
    check = check_deadline(
        "4_months",
        CaseKeyDates(notification_aware_on=started, investigation_completed_on=completed),
    )
    due = add_months(started, 4)
    assert check.due == due
    assert due.day == started.day or due.day < started.day
    assert (check.answer is Answer.MET) == (completed <= due)


# 3 months: first follow-up and barnets plan


def test_3_months_first_follow_up() -> None:
    started = date(2024, 11, 30)
    met = CaseKeyDates(measure_started_on=started, follow_up_dates=(date(2025, 2, 28),))
    check = check_deadline("3_months", met)
    assert (check.answer, check.due) == (Answer.MET, date(2025, 2, 28))
    assert check.params_dict == {
        "started": "30-11-2024",
        "due": "28-02-2025",
        "follow_up": "28-02-2025",
    }
    late = CaseKeyDates(
        measure_started_on=started, follow_up_dates=(date(2025, 6, 1), date(2025, 3, 1))
    )
    assert check_deadline("3_months", late).answer is Answer.NOT_MET


def test_3_months_ignores_follow_ups_before_the_measure() -> None:
    started = date(2025, 1, 10)
    dates = CaseKeyDates(
        measure_started_on=started, follow_up_dates=(date(2024, 12, 1), date(2025, 4, 20))
    )
    check = check_deadline("3_months", dates)
    assert check.answer is Answer.NOT_MET
    assert check.params_dict["follow_up"] == "20-04-2025"
    only_before = CaseKeyDates(measure_started_on=started, follow_up_dates=(date(2024, 12, 1),))
    assert check_deadline("3_months", only_before).explanation_code == (
        "deadline.3_months.out_of_order"
    )


def test_3_months_missing() -> None:
    check = check_deadline("3_months", CaseKeyDates(measure_started_on=date(2025, 1, 1)))
    assert check.answer is None and check.missing == ("follow_up_dates",)
    check = check_deadline("3_months", CaseKeyDates(follow_up_dates=(date(2025, 1, 1),)))
    assert check.missing == ("measure_started_on",)


def test_barnets_lov_first_follow_up_is_due_at_a_parallel_investigations_end() -> None:
    dates = CaseKeyDates(
        measure_started_on=date(2025, 1, 6),
        investigation_completed_on=date(2025, 2, 14),
        follow_up_dates=(date(2025, 3, 20),),
    )
    plain = check_deadline("3_months", dates)
    assert (plain.answer, plain.due) == (Answer.MET, date(2025, 4, 6))
    earlier = check_deadline("3_months", dates, first_follow_up_at_investigation_end=True)
    assert (earlier.answer, earlier.due) == (Answer.NOT_MET, date(2025, 2, 14))
    assert earlier.explanation_code == "deadline.3_months.not_met_investigation_end"
    finished_before = CaseKeyDates(
        measure_started_on=date(2025, 1, 6),
        investigation_completed_on=date(2024, 12, 1),
        follow_up_dates=(date(2025, 3, 20),),
    )
    check = check_deadline("3_months", finished_before, first_follow_up_at_investigation_end=True)
    assert (check.answer, check.explanation_code) == (Answer.MET, "deadline.3_months.met")


def test_3_months_for_the_plan_counts_from_the_decision() -> None:
    dates = CaseKeyDates(decision_on=date(2024, 11, 30), plan_on=date(2025, 2, 28))
    check = check_deadline("3_months", dates, topic="plan")
    assert (check.answer, check.explanation_code) == (Answer.MET, "deadline.3_months.plan_met")
    late = CaseKeyDates(decision_on=date(2024, 11, 30), plan_on=date(2025, 3, 1))
    assert check_deadline("3_months", late, topic="plan").answer is Answer.NOT_MET
    missing = check_deadline("3_months", CaseKeyDates(decision_on=date(2024, 1, 1)), topic="plan")
    assert (missing.answer, missing.explanation_code) == (None, "deadline.3_months.plan_missing")
    assert missing.missing == ("plan_on",)


# every 6 months


def test_every_6_months_met_and_next_due() -> None:
    dates = CaseKeyDates(
        measure_started_on=date(2023, 1, 5),
        follow_up_dates=(date(2023, 4, 1), date(2023, 10, 1), date(2024, 3, 31)),
    )
    check = check_deadline("every_6_months", dates, as_of=date(2024, 9, 30))
    assert (check.answer, check.due) == (Answer.MET, date(2024, 9, 30))
    assert check.params_dict["count"] == "3"


def test_every_6_months_month_end_gap() -> None:
    # 31 August + 6 months = 29 February 2024.
    on_time = CaseKeyDates(follow_up_dates=(date(2023, 8, 31), date(2024, 2, 29)))
    assert check_deadline("every_6_months", on_time).answer is Answer.MET
    late = CaseKeyDates(follow_up_dates=(date(2023, 8, 31), date(2024, 3, 1), date(2024, 4, 1)))
    check = check_deadline("every_6_months", late)
    assert (check.answer, check.due) == (Answer.NOT_MET, date(2024, 2, 29))
    assert check.explanation_code == "deadline.every_6_months.gap"
    assert check.params_dict == {
        "previous": "31-08-2023",
        "next": "01-03-2024",
        "due": "29-02-2024",
    }


def test_every_6_months_overdue_against_the_reference_date() -> None:
    dates = CaseKeyDates(follow_up_dates=(date(2024, 1, 10), date(2024, 6, 10)))
    assert check_deadline("every_6_months", dates, as_of=date(2024, 12, 10)).answer is Answer.MET
    overdue = check_deadline("every_6_months", dates, as_of=date(2024, 12, 11))
    assert (overdue.answer, overdue.due) == (Answer.NOT_MET, date(2024, 12, 10))
    assert overdue.explanation_code == "deadline.every_6_months.overdue"
    single = CaseKeyDates(follow_up_dates=(date(2024, 1, 10),))
    assert check_deadline("every_6_months", single, as_of=date(2024, 8, 1)).answer is Answer.NOT_MET


def test_every_6_months_undecided() -> None:
    assert check_deadline("every_6_months", CaseKeyDates()).missing == ("follow_up_dates",)
    single = check_deadline("every_6_months", CaseKeyDates(follow_up_dates=(date(2024, 1, 1),)))
    assert (single.answer, single.explanation_code) == (
        None,
        "deadline.every_6_months.single_follow_up",
    )


# the rules as used by the criteria sets


def test_unknown_rule() -> None:
    with pytest.raises(ValueError, match="unknown deadline rule"):
        check_deadline("5_days", CaseKeyDates())


@pytest.mark.parametrize("rule", sorted(DEADLINE_RULES))
def test_every_rule_leaves_an_empty_case_to_the_reviewer(rule: str) -> None:
    check = check_deadline(rule, CaseKeyDates())
    assert check.rule == rule and check.answer is None and check.due is None
    assert check.explanation_code.startswith(f"deadline.{rule}.")
    assert check.missing


def _shipped(name: str) -> CriteriaSetSpec:
    folder = paths.resources_dir() / "criteria"
    return parse_criteria_set(json.loads((folder / name).read_text(encoding="utf-8")))


def test_suggest_for_the_shipped_criteria() -> None:
    barnets_lov = _shipped("barnets_lov_v2.json")
    dates = CaseKeyDates(
        notification_aware_on=date(2024, 11, 1),
        measure_started_on=date(2025, 1, 6),
        investigation_started_on=date(2024, 11, 20),
        investigation_completed_on=date(2025, 2, 14),
        follow_up_dates=(date(2025, 3, 20),),
    )
    assert (
        suggest_for_criterion(barnets_lov.criterion("BL-01"), dates, set_key="barnets_lov") is None
    )
    bfu = suggest_for_criterion(barnets_lov.criterion("BL-02"), dates, set_key="barnets_lov")
    assert bfu is not None and bfu.answer is Answer.MET and bfu.due == date(2025, 3, 1)
    follow_up = suggest_for_criterion(barnets_lov.criterion("BL-06"), dates, set_key="barnets_lov")
    assert follow_up is not None and follow_up.due == date(2025, 2, 14)
    plan = suggest_for_criterion(barnets_lov.criterion("BL-05"), dates, set_key="barnets_lov")
    assert plan is not None and plan.explanation_code == "deadline.3_months.plan_missing"


# The example: underretning 10-01-2024, BFU started 15-03, finished 01-07.


def test_bfu_deadline_runs_from_the_notification_not_from_the_bfu_start() -> None:
    dates = CaseKeyDates(
        notification_received_at=datetime(2024, 1, 10, 9, 30, tzinfo=UTC),
        investigation_started_on=date(2024, 3, 15),
        investigation_completed_on=date(2024, 7, 1),
    )
    for name, key in (("barnets_lov_v2.json", "barnets_lov"), ("serviceloven_v2.json", "")):
        spec = _shipped(name)
        item = next(c for c in spec.criteria if c.topic == "bfu_within_4_months")
        check = suggest_for_criterion(item, dates, set_key=key or spec.key)
        assert check is not None
        assert (check.answer, check.due) == (Answer.NOT_MET, date(2024, 5, 10))
        assert "10-05-2024" in check.message() and "opmærksom 10-01-2024" in check.message()


def test_bfu_awareness_is_the_earliest_of_notification_and_awareness() -> None:
    received = datetime(2024, 1, 10, 9, 30, tzinfo=UTC)
    earlier = CaseKeyDates(
        notification_received_at=received,
        notification_aware_on=date(2023, 12, 20),
        investigation_completed_on=date(2024, 4, 21),
    )
    check = check_deadline("4_months", earlier)
    assert (check.answer, check.due) == (Answer.NOT_MET, date(2024, 4, 20))
    later = replace(earlier, notification_aware_on=date(2024, 2, 1))
    assert check_deadline("4_months", later).due == date(2024, 5, 10)
    edge = replace(later, investigation_completed_on=date(2024, 5, 10))
    assert check_deadline("4_months", edge).answer is Answer.MET
    assert (
        check_deadline(
            "4_months", replace(edge, investigation_completed_on=date(2024, 5, 11))
        ).answer
        is Answer.NOT_MET
    )


# First follow-up up to the cut-off or the measure's end


def test_first_follow_up_without_any_follow_up_by_the_cut_off() -> None:
    started = date(2024, 2, 1)
    dates = CaseKeyDates(measure_started_on=started)
    assert check_deadline("3_months", dates).answer is None
    not_due = check_deadline("3_months", dates, as_of=date(2024, 5, 1))
    assert not_due.answer is None and not_due.explanation_code == "deadline.3_months.not_due"
    late = check_deadline("3_months", dates, as_of=date(2024, 5, 2))
    assert (late.answer, late.due) == (Answer.NOT_MET, date(2024, 5, 1))
    # A follow-up after the cut-off is not counted.
    after = replace(dates, follow_up_dates=(date(2024, 7, 1),))
    assert check_deadline("3_months", after, as_of=date(2024, 6, 1)).answer is Answer.NOT_MET


def test_first_follow_up_of_a_measure_that_ended_before_the_deadline() -> None:
    dates = CaseKeyDates(measure_started_on=date(2024, 2, 1), measure_ended_on=date(2024, 5, 1))
    check = check_deadline("3_months", dates, as_of=date(2024, 12, 1))
    assert check.answer is Answer.NOT_RELEVANT
    assert check.explanation_code == "deadline.3_months.ended_before_due"
    longer = replace(dates, measure_ended_on=date(2024, 5, 2))
    assert check_deadline("3_months", longer, as_of=date(2024, 12, 1)).answer is Answer.NOT_MET
    on_time = replace(dates, follow_up_dates=(date(2024, 4, 1),))
    assert check_deadline("3_months", on_time, as_of=date(2024, 12, 1)).answer is Answer.MET


# Barnets plan: § 47 before the decision


def test_plan_for_a_placement_without_consent_must_exist_before_the_decision() -> None:
    decided = date(2024, 3, 1)
    dates = CaseKeyDates(decision_on=decided, plan_on=decided, decision_basis="§ 47, stk. 1")
    check = check_deadline("3_months", dates, topic="plan")
    assert (check.answer, check.due) == (Answer.MET, decided)
    late = replace(dates, plan_on=date(2024, 3, 2))
    check = check_deadline("3_months", late, topic="plan")
    assert check.answer is Answer.NOT_MET
    assert check.explanation_code == "deadline.3_months.plan_before_decision_not_met"
    support = replace(late, decision_basis="§ 32")
    assert check_deadline("3_months", support, topic="plan").answer is Answer.MET
    placement = replace(late, decision_basis="barnets lov § 46", plan_on=date(2024, 6, 2))
    assert check_deadline("3_months", placement, topic="plan").answer is Answer.NOT_MET


def test_serviceloven_handleplan_before_the_decision() -> None:
    decided = date(2023, 3, 1)
    dates = CaseKeyDates(decision_on=decided, plan_on=decided)
    assert check_deadline("before_decision", dates).answer is Answer.MET
    urgent = check_deadline("before_decision", replace(dates, plan_on=date(2023, 7, 1)))
    assert (
        urgent.answer is None and urgent.explanation_code == "deadline.before_decision.urgent_only"
    )
    late = check_deadline("before_decision", replace(dates, plan_on=date(2023, 7, 2)))
    assert late.answer is Answer.NOT_MET


# The 6-month SEL rule stops at 31-12-2023


def test_every_6_months_stops_at_the_end_of_serviceloven() -> None:
    follow_ups = (date(2023, 3, 1), date(2023, 8, 1))
    dates = CaseKeyDates(measure_started_on=date(2022, 12, 1), follow_up_dates=follow_ups)
    sel_end = date(2023, 12, 31)
    # 01-08-2023 + 6 months = 01-02-2024: after the law's end, so nothing is overdue.
    check = check_deadline("every_6_months", dates, as_of=date(2024, 6, 1), period_end=sel_end)
    assert (
        check.answer is Answer.MET and check.explanation_code == "deadline.every_6_months.met_until"
    )
    assert check.params_dict["as_of"] == "31-12-2023"
    earlier = replace(dates, follow_up_dates=(date(2023, 3, 1), date(2023, 6, 30)))
    overdue = check_deadline("every_6_months", earlier, as_of=date(2024, 6, 1), period_end=sel_end)
    assert (overdue.answer, overdue.due) == (Answer.NOT_MET, date(2023, 12, 30))
    shipped = _shipped("serviceloven_v2.json")
    item = next(c for c in shipped.criteria if c.topic == "ongoing_follow_up")
    via_set = suggest_for_criterion(
        item, earlier, set_key=shipped.key, as_of=date(2024, 6, 1), period_end=shipped.valid_to
    )
    assert via_set is not None and via_set.answer is Answer.NOT_MET


def test_every_6_months_counts_up_to_the_measure_end() -> None:
    dates = CaseKeyDates(
        measure_started_on=date(2022, 1, 1),
        measure_ended_on=date(2022, 9, 1),
        follow_up_dates=(date(2022, 3, 1),),
    )
    check = check_deadline("every_6_months", dates, as_of=date(2023, 6, 1))
    assert check.answer is Answer.MET
    ended_later = replace(dates, measure_ended_on=date(2022, 9, 2))
    assert (
        check_deadline("every_6_months", ended_later, as_of=date(2023, 6, 1)).answer
        is Answer.NOT_MET
    )


# Two supervision visits a year (BL § 156, stk. 5)


def test_two_supervision_visits_in_every_full_year() -> None:
    started = date(2024, 1, 15)
    visits = (date(2024, 3, 1), date(2025, 1, 14), date(2025, 2, 1), date(2025, 9, 1))
    dates = CaseKeyDates(measure_started_on=started, supervision_visits=visits)
    check = check_deadline("two_visits_a_year", dates, as_of=date(2026, 1, 15))
    assert check.answer is Answer.MET and check.params_dict["years"] == "2"
    short_year = replace(dates, supervision_visits=visits[:1] + visits[2:])
    check = check_deadline("two_visits_a_year", short_year, as_of=date(2026, 1, 15))
    assert check.answer is Answer.NOT_MET and check.params_dict["visits"] == "1"
    # Less than a full year before the cut-off: the reviewer decides.
    short = check_deadline("two_visits_a_year", dates, as_of=date(2025, 1, 14))
    assert short.answer is None and short.explanation_code == "deadline.two_visits_a_year.short"
    ended = replace(dates, measure_ended_on=date(2025, 1, 14))
    assert check_deadline("two_visits_a_year", ended).answer is None


def test_danish_local_time_follows_the_eu_summer_time_rule() -> None:
    assert danish_local_time(datetime(2025, 3, 30, 0, 59, tzinfo=UTC)) == datetime(
        2025, 3, 30, 1, 59
    )
    assert danish_local_time(datetime(2025, 3, 30, 1, 0, tzinfo=UTC)) == datetime(2025, 3, 30, 3, 0)
    assert danish_local_time(datetime(2025, 10, 26, 0, 59, tzinfo=UTC)) == datetime(
        2025, 10, 26, 2, 59
    )
    assert danish_local_time(datetime(2025, 10, 26, 1, 0, tzinfo=UTC)) == datetime(
        2025, 10, 26, 2, 0
    )
    assert danish_local_time(datetime(2024, 12, 31, 23, 30, tzinfo=UTC)) == datetime(
        2025, 1, 1, 0, 30
    )


def test_follow_up_dates_from_json() -> None:
    assert follow_up_dates_from_json(["2025-03-01", "2024-12-01", "2025-03-01"]) == (
        date(2024, 12, 1),
        date(2025, 3, 1),
    )
    with pytest.raises(ValueError):
        follow_up_dates_from_json(["01-03-2025"])
    with pytest.raises(ValueError, match="ISO date text"):
        follow_up_dates_from_json([20250301])
