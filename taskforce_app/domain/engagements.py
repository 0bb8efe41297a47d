"""Read models and rules for a forløb (engagement)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from taskforce_app.domain.enums import Phase, Region
from taskforce_app.domain.errors import ValidationError
from taskforce_app.domain.field_checks import required_text, within_limit
from taskforce_app.domain.text import NC_

PLANNED_MONTHS = 24
TITLE_MAX = 200
NOTES_MAX = 20_000


@dataclass(frozen=True, slots=True)
class MunicipalityRef:
    """A municipality as shown in lists and pickers."""

    id: uuid.UUID
    code: str
    name: str
    region: Region

    @property
    def label(self) -> str:
        """`Name (code)`, as shown in pickers."""
        return f"{self.name} ({self.code})"


@dataclass(frozen=True, slots=True)
class EngagementSummary:
    """One row of the forløb list."""

    id: uuid.UUID
    title: str
    municipality_code: str
    municipality_name: str
    region: Region
    phase: Phase
    start_date: date | None
    planned_end_date: date | None
    team: str

    def month_of_plan(self, today: date) -> int | None:
        """Month x of 24 on `today` (0 before the start); None without a start or once closed."""
        if self.start_date is None or self.phase is Phase.AFSLUTTET:
            return None
        months = (today.year - self.start_date.year) * 12 + (today.month - self.start_date.month)
        if today.day < self.start_date.day:
            months -= 1
        return max(0, months)


@dataclass(frozen=True, slots=True)
class EngagementDetail:
    """Everything the forløb page edits, plus the stamp used to detect concurrent edits."""

    id: uuid.UUID
    title: str
    municipality: MunicipalityRef
    phase: Phase
    start_date: date | None
    planned_end_date: date | None
    actual_end_date: date | None
    description: str
    notes: str
    updated_stamp: str

    def draft(self) -> EngagementDraft:
        """The editable fields (e.g. to undo an edit)."""
        return EngagementDraft(
            title=self.title,
            municipality_id=self.municipality.id,
            phase=self.phase,
            start_date=self.start_date,
            planned_end_date=self.planned_end_date,
            actual_end_date=self.actual_end_date,
            description=self.description,
            notes=self.notes,
        )


@dataclass(frozen=True, slots=True)
class EngagementDraft:
    """The editable fields of a forløb, as the user typed them."""

    title: str
    municipality_id: uuid.UUID
    phase: Phase = Phase.OPSTART
    start_date: date | None = None
    planned_end_date: date | None = None
    actual_end_date: date | None = None
    description: str = ""
    notes: str = ""

    def validated(self) -> EngagementDraft:
        """The draft with whitespace trimmed, or `ValidationError` (CPR refused where stored)."""
        title = required_text(self.title, NC_("field", "Title"), TITLE_MAX)
        for field, text in (
            (NC_("field", "Description"), self.description),
            (NC_("field", "Notes"), self.notes),
        ):
            within_limit(text, field, NOTES_MAX)
        for end in (self.planned_end_date, self.actual_end_date):
            if self.start_date is not None and end is not None and end < self.start_date:
                raise ValidationError(
                    "date.end_before_start",
                    start=self.start_date.strftime("%d-%m-%Y"),
                    end=end.strftime("%d-%m-%Y"),
                )
        return EngagementDraft(
            title=title,
            municipality_id=self.municipality_id,
            phase=self.phase,
            start_date=self.start_date,
            planned_end_date=self.planned_end_date,
            actual_end_date=self.actual_end_date,
            description=self.description.strip(),
            notes=self.notes.strip(),
        )


def default_planned_end(start: date) -> date:
    """The end of a 24-month plan that begins on `start` (clamped to the month's last day)."""
    return add_months(start, PLANNED_MONTHS)


def add_months(day: date, months: int) -> date:
    """`day` moved by `months` calendar months, clamped to the target month's last day."""
    index = day.year * 12 + (day.month - 1) + months
    year, month = divmod(index, 12)
    month += 1
    last = _days_in_month(year, month)
    return date(year, month, min(day.day, last))


def _days_in_month(year: int, month: int) -> int:
    if month == 12:
        return 31
    return (date(year, month + 1, 1) - date(year, month, 1)).days
