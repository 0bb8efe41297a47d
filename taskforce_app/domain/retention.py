"""Retention of case data: when a forløb's case-level data is due for deletion, and the rules
of a purge (no I/O).

Case lists, sampled cases, assessments and their notes and history are personal data about
children; they are kept for a retention period (default 5 years) after the forløb's actual
end and then purged. Aggregated results, findings, recommendations and reports stay. An early
purge needs a reason. A purge cannot be undone.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime

from taskforce_app.domain.messages_retention import RetentionError

DEFAULT_YEARS = 5
MIN_YEARS = 1
MAX_YEARS = 30
SETTING_KEY = "retention.years"
"""The `setting` row holding the database's retention period in years."""
MASK = "[sag slettet]"
"""What a case reference left in a kept text is replaced by."""
SHORTEST_MASKED_REFERENCE = 4
"""Shorter case references are not masked in free text (they would hit ordinary numbers)."""
REASON_MAX = 2000

CASE_TABLES = ("case_list_import", "case_record", "sampled_case", "assessment")
"""Tables holding case-level data, deleted for a purged forløb."""
PURGED_TABLES = (*CASE_TABLES, "finding_evidence", "review_note")
"""Every table a purge deletes rows from (evidence links and review notes on assessments)."""


def add_years(day: date, years: int) -> date:
    """`day` moved `years` years on (29 February becomes 28 February)."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def check_years(value: object) -> int:
    """A retention period in whole years from MIN_YEARS to MAX_YEARS.

    Raises:
        RetentionError: not a whole number in range.
    """
    try:
        years = int(str(value).strip())
    except ValueError:
        years = -1
    if not MIN_YEARS <= years <= MAX_YEARS:
        raise RetentionError(
            "retention.bad_years", value=str(value)[:20], low=MIN_YEARS, high=MAX_YEARS
        )
    return years


def due_on(actual_end: date | None, years: int) -> date | None:
    """The day the case data becomes due for purging (None while the forløb has not ended)."""
    return None if actual_end is None else add_years(actual_end, years)


def dk(day: date | None) -> str:
    """A date as dd-mm-åååå."""
    return "" if day is None else day.strftime("%d-%m-%Y")


@dataclass(frozen=True, slots=True)
class RetentionStatus:
    """One forløb's retention: when it ended, when its case data is due, whether purged."""

    engagement_id: uuid.UUID
    title: str
    municipality: str
    actual_end: date | None
    planned_end: date | None
    due: date | None
    case_count: int
    assessment_count: int
    purged_at: datetime | None = None
    purged_by: str = ""

    def is_due(self, today: date) -> bool:
        """Ended, retention period over, case data still there."""
        return (
            self.purged_at is None
            and self.due is not None
            and self.due <= today
            and self.case_count > 0
        )


def check_purge(
    status: RetentionStatus, years: int, today: date, *, early: bool, reason: str
) -> str:
    """The reason to record for a purge, or why it is refused.

    Raises:
        RetentionError: already purged; not ended or not due without `early`; `early` without
            a reason; a reason without `early`.
    """
    reason = reason.strip()
    if status.purged_at is not None:
        raise RetentionError(
            "retention.already_purged",
            title=status.title,
            when=dk(status.purged_at.date()),
            who=status.purged_by or "?",
        )
    if reason and not early:
        raise RetentionError("retention.reason_without_early")
    if early:
        if not reason:
            raise RetentionError("retention.reason_required")
        return reason[:REASON_MAX]
    if status.actual_end is None:
        planned = planned_due = ""
        if status.planned_end is not None:
            planned = dk(status.planned_end)
            planned_due = dk(add_years(status.planned_end, years))
        raise RetentionError(
            "retention.not_ended",
            title=status.title,
            years=years,
            planned=planned,
            planned_due=planned_due,
        )
    assert status.due is not None
    if status.due > today:
        raise RetentionError(
            "retention.not_due",
            title=status.title,
            due=dk(status.due),
            years=years,
            ended=dk(status.actual_end),
        )
    return ""


def reference_pattern(references: Iterable[str]) -> re.Pattern[str] | None:
    """A pattern matching any of the case references as a whole word (None: nothing to mask)."""
    usable = sorted(
        {ref.strip() for ref in references if len(ref.strip()) >= SHORTEST_MASKED_REFERENCE},
        key=len,
        reverse=True,
    )
    if not usable:
        return None
    alternatives = "|".join(re.escape(ref) for ref in usable)
    return re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])")


def mask_references(text: str, pattern: re.Pattern[str]) -> str:
    """`text` with every case reference replaced by MASK."""
    return pattern.sub(MASK, text)


def mask_in_value(value: object, pattern: re.Pattern[str]) -> object:
    """A JSON value with every case reference in its strings (keys too) replaced by MASK."""
    if isinstance(value, str):
        return mask_references(value, pattern)
    if isinstance(value, list):
        return [mask_in_value(item, pattern) for item in value]
    if isinstance(value, dict):
        return {
            mask_references(str(key), pattern): mask_in_value(item, pattern)
            for key, item in value.items()
        }
    return value
