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
    """What a dated item is: a deadline in Mine frister, an entry in the calendar file."""

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


@dataclass(frozen=True, slots=True)
class PhaseSpan:
    """A phase drawn as a bar: planned (from the plan) or actual (from phase changes)."""

    phase: Phase
    start: date
    end: date | None


@dataclass(frozen=True, slots=True)
class TimelineMilestone:
    """A milestone marker: planned date, and the actual date once it happened."""

    id: uuid.UUID
    title: str
    phase: Phase
    planned_on: date
    actual_on: date | None
    done: bool
    overdue: bool


@dataclass(frozen=True, slots=True)
class TimelineRow:
    """One forløb on the timeline."""

    id: uuid.UUID
    label: str
    start_date: date | None
    planned_end_date: date | None
    planned_phases: tuple[PhaseSpan, ...]
    actual_phases: tuple[PhaseSpan, ...]
    milestones: tuple[TimelineMilestone, ...]


def planned_phase_spans(
    milestones: list[tuple[Phase, date]], start: date | None, end: date | None
) -> tuple[PhaseSpan, ...]:
    """Planned phase bars from the plan: a phase runs from its first milestone (the forløb's
    start for the first phase) to where the next phase's first milestone begins."""
    firsts: dict[Phase, date] = {}
    for phase, planned_on in sorted(milestones, key=lambda item: item[1]):
        firsts.setdefault(phase, planned_on)
    ordered = sorted(firsts.items(), key=lambda item: (item[0].order, item[1]))
    spans: list[PhaseSpan] = []
    for index, (phase, first) in enumerate(ordered):
        begin = start if index == 0 and start is not None else first
        finish = ordered[index + 1][1] if index + 1 < len(ordered) else end
        spans.append(PhaseSpan(phase, begin, finish))
    return tuple(spans)
