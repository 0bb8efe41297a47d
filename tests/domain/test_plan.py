"""Milestone plans land on working days; the Danish calendar is right around holidays."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from taskforce_app import paths
from taskforce_app.domain.enums import Phase
from taskforce_app.domain.plan import (
    MilestoneTemplateItem,
    TemplateError,
    add_working_days,
    generate_plan,
    is_working_day,
    next_working_day,
    parse_template,
)


def _template_data() -> dict[str, object]:
    path = paths.resources_dir() / "templates" / "milestones_24m.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (date(2025, 4, 17), date(2025, 4, 22)),  # skærtorsdag → Tuesday after 2. påskedag
        (date(2025, 4, 18), date(2025, 4, 22)),  # langfredag
        (date(2025, 4, 21), date(2025, 4, 22)),  # 2. påskedag
        (date(2026, 4, 2), date(2026, 4, 7)),  # skærtorsdag 2026
        (date(2026, 4, 6), date(2026, 4, 7)),  # 2. påskedag 2026
        (date(2025, 5, 29), date(2025, 5, 30)),  # Kristi himmelfartsdag 2025
        (date(2026, 5, 14), date(2026, 5, 15)),  # Kristi himmelfartsdag 2026
        (date(2025, 6, 9), date(2025, 6, 10)),  # 2. pinsedag 2025
        (date(2025, 6, 5), date(2025, 6, 6)),  # grundlovsdag (Thursday)
        (date(2026, 6, 5), date(2026, 6, 8)),  # grundlovsdag (Friday) → Monday
        (date(2025, 12, 24), date(2025, 12, 29)),  # juleaften, jul, 2. juledag, weekend
        (date(2026, 12, 24), date(2026, 12, 28)),
        (date(2025, 12, 31), date(2026, 1, 2)),  # nytårsaften + nytårsdag
        (date(2026, 12, 31), date(2027, 1, 4)),  # … then a weekend
        (date(2025, 3, 15), date(2025, 3, 17)),  # Saturday → Monday
        (date(2025, 3, 17), date(2025, 3, 17)),  # a working Monday stays
    ],
)
def test_next_working_day_skips_weekends_holidays_and_state_days_off(
    day: date, expected: date
) -> None:
    assert next_working_day(day) == expected


def test_store_bededag_is_a_working_day_from_2024() -> None:
    assert not is_working_day(date(2023, 5, 5))
    assert is_working_day(date(2024, 4, 26))


def test_add_working_days_counts_hverdage_after_the_day() -> None:
    assert add_working_days(date(2025, 3, 14), 6) == date(2025, 3, 24)  # Fri + 6 → Mon week
    assert add_working_days(date(2025, 4, 16), 1) == date(2025, 4, 22)  # over Easter
    assert add_working_days(date(2025, 12, 23), 2) == date(2025, 12, 30)
    assert add_working_days(date(2025, 3, 24), -6) == date(2025, 3, 14)
    assert add_working_days(date(2025, 3, 15), 0) == date(2025, 3, 15)


def test_generate_plan_from_the_shipped_template() -> None:
    template = parse_template(_template_data())
    plan = generate_plan(date(2025, 1, 6), template)
    assert len(plan) == len(template.items)
    by_key = {milestone.key: milestone for milestone in plan}
    assert by_key["opstartsmoede"].planned_on == date(2025, 1, 6)
    assert by_key["sagsudtraek_modtaget"].planned_on == date(2025, 2, 6)
    assert by_key["juridisk_sagsgennemgang"].nominal_on == date(2025, 5, 6)
    assert by_key["afslutningsmoede"].planned_on == date(2027, 1, 6)
    assert [m.sort_order for m in plan] == list(range(len(plan)))
    assert all(is_working_day(m.planned_on) for m in plan)
    assert [m.planned_on for m in plan] == sorted(m.planned_on for m in plan)
    assert {m.phase for m in plan} == set(Phase)


def test_generate_plan_moves_a_milestone_off_easter_and_christmas() -> None:
    items = [
        MilestoneTemplateItem("a", 3, "Påske", "Easter", Phase.ANALYSE),
        MilestoneTemplateItem("b", 11, "Jul", "Christmas", Phase.UDVIKLING),
    ]
    plan = generate_plan(date(2025, 1, 18), items)  # → 18 Apr (langfredag), 18 Dec
    assert plan[0].nominal_on == date(2025, 4, 18)
    assert plan[0].planned_on == date(2025, 4, 22)
    assert plan[0].shifted
    plan = generate_plan(date(2025, 1, 24), items)  # → 24 Apr, 24 Dec
    assert plan[1].planned_on == date(2025, 12, 29)


def test_generate_plan_clamps_month_ends() -> None:
    items = [MilestoneTemplateItem("a", 1, "A", "A", Phase.ANALYSE)]
    assert generate_plan(date(2026, 1, 30), items)[0].nominal_on == date(2026, 2, 28)


def test_parse_template_rejects_malformed_data() -> None:
    data = _template_data()
    with pytest.raises(TemplateError, match="items"):
        parse_template({**data, "items": []})
    items = list(data["items"])  # type: ignore[call-overload]
    with pytest.raises(TemplateError, match="repeated"):
        parse_template({**data, "items": [items[0], items[0]]})
    with pytest.raises(TemplateError, match="Phase"):
        parse_template({**data, "items": [{**items[0], "phase": "nope"}]})
    with pytest.raises(TemplateError, match="month"):
        parse_template({**data, "items": [{**items[0], "month": "3"}]})


@given(st.dates(min_value=date(1990, 1, 1), max_value=date(2100, 12, 31)))
def test_next_working_day_is_working_not_earlier_and_close(day: date) -> None:
    result = next_working_day(day)
    assert is_working_day(result)
    assert day <= result <= day + timedelta(days=10)
    if is_working_day(day):
        assert result == day


@given(
    st.dates(min_value=date(2000, 1, 1), max_value=date(2090, 12, 31)),
    st.integers(min_value=0, max_value=40),
)
def test_add_working_days_lands_on_a_working_day_and_round_trips(day: date, count: int) -> None:
    result = add_working_days(day, count)
    if count:
        assert is_working_day(result)
        assert result > day
        assert add_working_days(result, -count) == day or not is_working_day(day)
