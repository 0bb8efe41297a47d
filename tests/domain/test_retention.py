"""Retention rules: due dates, who may purge when, and masking case references in kept texts."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from taskforce_app.domain.messages_retention import RetentionError
from taskforce_app.domain.retention import (
    MASK,
    RetentionStatus,
    add_years,
    check_purge,
    check_years,
    mask_in_value,
    mask_references,
    reference_pattern,
)


def _status(**changes: object) -> RetentionStatus:
    values: dict[str, object] = {
        "engagement_id": uuid.uuid4(),
        "title": "Forløb Randers",
        "municipality": "Randers",
        "actual_end": date(2026, 10, 5),
        "planned_end": date(2026, 10, 5),
        "due": date(2031, 10, 5),
        "case_count": 10,
        "assessment_count": 30,
    }
    values.update(changes)
    return RetentionStatus(**values)  # type: ignore[arg-type]


@given(st.dates(min_value=date(2000, 1, 1), max_value=date(2090, 12, 31)), st.integers(1, 30))
def test_add_years_keeps_the_day_or_ends_february(day: date, years: int) -> None:
    moved = add_years(day, years)
    assert moved.year == day.year + years and moved.month == day.month
    assert moved.day == day.day or (day.month, day.day, moved.day) == (2, 29, 28)


def test_purge_rules() -> None:
    status = _status()
    with pytest.raises(RetentionError) as not_due:
        check_purge(status, 5, date(2031, 10, 4), early=False, reason="")
    assert "05-10-2031" in not_due.value.message()
    assert check_purge(status, 5, date(2031, 10, 5), early=False, reason="") == ""
    assert check_purge(status, 5, date(2027, 1, 1), early=True, reason=" Bedt om ") == "Bedt om"
    with pytest.raises(RetentionError):
        check_purge(status, 5, date(2027, 1, 1), early=True, reason="")
    with pytest.raises(RetentionError):
        check_purge(status, 5, date(2040, 1, 1), early=False, reason="uden --early")
    running = _status(actual_end=None, due=None, planned_end=date(2027, 3, 1))
    with pytest.raises(RetentionError) as not_ended:
        check_purge(running, 5, date(2040, 1, 1), early=False, reason="")
    assert "01-03-2032" in not_ended.value.message()
    purged = _status(purged_at=datetime(2032, 1, 2, tzinfo=UTC), purged_by="KØW")
    with pytest.raises(RetentionError) as again:
        check_purge(purged, 5, date(2040, 1, 1), early=True, reason="x")
    assert "02-01-2032" in again.value.message() and "KØW" in again.value.message()


def test_years_in_range() -> None:
    assert check_years(" 7 ") == 7
    for bad in (0, 31, "fem", 2.5):
        with pytest.raises(RetentionError):
            check_years(bad)


def test_masking_whole_references_only() -> None:
    pattern = reference_pattern(["SAG-2023-0154", "123", "SAG-2023-01"])
    assert pattern is not None
    assert mask_references("Se SAG-2023-0154 og SAG-2023-01.", pattern) == f"Se {MASK} og {MASK}."
    assert mask_references("SAG-2023-01545 og 123", pattern) == "SAG-2023-01545 og 123"
    value = {"SAG-2023-0154": ["x SAG-2023-0154", 3, None]}
    assert mask_in_value(value, pattern) == {MASK: [f"x {MASK}", 3, None]}
    assert reference_pattern(["12", " "]) is None
