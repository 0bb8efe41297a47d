"""Read models of the team lead's overview and of a consultant's deadlines."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from taskforce_app.domain.enums import Health, Phase, Region


@dataclass(frozen=True, slots=True)
class OverviewRow:
    """One forløb in the overview: where it stands and what is due next."""

    id: uuid.UUID
    title: str
    municipality_code: str
    municipality_name: str
    region: Region
    phase: Phase
    start_date: date | None
    planned_end_date: date | None
    month_of_plan: int | None
    next_milestone: str
    next_milestone_on: date | None
    overdue: int
    health: Health
    team_initials: tuple[str, ...]


class DeadlineKind(StrEnum):
    """What a deadline in Mine frister is."""

    MILESTONE = "milestone"
    RECOMMENDATION = "recommendation"


@dataclass(frozen=True, slots=True)
class Deadline:
    """A milestone or recommendation due date for one consultant."""

    kind: DeadlineKind
    item_id: uuid.UUID
    engagement_id: uuid.UUID
    municipality_name: str
    title: str
    due_on: date
    days_left: int

    @property
    def overdue(self) -> bool:
        """True when the date has passed."""
        return self.days_left < 0


@dataclass(frozen=True, slots=True)
class ConsultantView:
    """A consultant as pickers and settings show them."""

    id: uuid.UUID
    name: str
    initials: str
    organisation: str
    role: str

    @property
    def label(self) -> str:
        """`Name (INI)`."""
        return f"{self.name} ({self.initials})"
