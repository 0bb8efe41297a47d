"""Milestones of a forløb's plan: read model, edit draft and its rules, start-date shifts (which
move the open milestones, the opening phase period and the planned end together)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from datetime import date, timedelta

from taskforce_app.domain.enums import MilestoneStatus, Phase
from taskforce_app.domain.errors import ValidationError
from taskforce_app.domain.field_checks import required_text
from taskforce_app.domain.plan import next_working_day
from taskforce_app.domain.text import NC_

TITLE_MAX = 200


def _dk(day: date) -> str:
    return day.strftime("%d-%m-%Y")


@dataclass(frozen=True, slots=True)
class MilestoneView:
    """A milestone as lists and the timeline show it."""

    id: uuid.UUID
    engagement_id: uuid.UUID
    title: str
    phase: Phase
    planned_on: date
    actual_on: date | None
    responsible_id: uuid.UUID | None
    responsible_initials: str
    status: MilestoneStatus
    note: str
    template_key: str | None
    sort_order: int

    def is_overdue(self, today: date) -> bool:
        """Still planned, and its date has passed."""
        return self.status is MilestoneStatus.PLANNED and self.planned_on < today

    def draft(self) -> MilestoneDraft:
        """The editable fields (e.g. to undo an edit)."""
        return MilestoneDraft(
            title=self.title,
            phase=self.phase,
            planned_on=self.planned_on,
            actual_on=self.actual_on,
            responsible_id=self.responsible_id,
            status=self.status,
            note=self.note,
        )


@dataclass(frozen=True, slots=True)
class MilestoneDraft:
    """The editable fields of a milestone."""

    title: str
    phase: Phase
    planned_on: date
    actual_on: date | None = None
    responsible_id: uuid.UUID | None = None
    status: MilestoneStatus = MilestoneStatus.PLANNED
    note: str = ""

    def validated(self, start: date | None, end: date | None) -> MilestoneDraft:
        """Checked against the forløb's period [start, end]; `ValidationError` if it falls outside.

        A milestone marked done needs its actual date.
        """
        title = required_text(self.title, NC_("field", "Milestone"), TITLE_MAX)
        for label, day in (
            (NC_("field", "Planned date"), self.planned_on),
            (NC_("field", "Actual date"), self.actual_on),
        ):
            if day is None:
                continue
            if (start is not None and day < start) or (end is not None and day > end):
                raise ValidationError(
                    "milestone.outside_engagement",
                    field=label,
                    value=_dk(day),
                    start=_dk(start) if start else "—",
                    end=_dk(end) if end else "—",
                )
        if self.status is MilestoneStatus.DONE and self.actual_on is None:
            raise ValidationError("milestone.done_without_date")
        status = self.status
        if status is MilestoneStatus.PLANNED and self.actual_on is not None:
            status = MilestoneStatus.DONE  # an actual date means it happened
        return replace(self, title=title, note=self.note.strip(), status=status)

    def with_actual_date(self, actual_on: date | None) -> MilestoneDraft:
        """The draft with an actual date entered or cleared: a date completes a planned
        milestone (Gennemført); clearing it opens a completed one again (Planlagt)."""
        status = self.status
        if actual_on is not None and status is MilestoneStatus.PLANNED:
            status = MilestoneStatus.DONE
        elif actual_on is None and status is MilestoneStatus.DONE:
            status = MilestoneStatus.PLANNED
        return replace(self, actual_on=actual_on, status=status)


@dataclass(frozen=True, slots=True)
class ShiftPreview:
    """What moving the start date would do to one open milestone."""

    milestone_id: uuid.UUID
    title: str
    old_date: date
    new_date: date


@dataclass(frozen=True, slots=True)
class PhaseShiftPreview:
    """What moving the start date would do to the phase period that began on the old start."""

    period_id: uuid.UUID
    phase: Phase
    old_date: date | None
    new_date: date


@dataclass(frozen=True, slots=True)
class StartShiftPlan:
    """Everything a start-date shift moves, shown before anything is moved."""

    old_start: date
    new_start: date
    milestones: tuple[ShiftPreview, ...]
    phases: tuple[PhaseShiftPreview, ...]
    old_planned_end: date | None
    new_planned_end: date


def opening_periods_moved(
    periods: list[tuple[uuid.UUID, Phase, date | None, date | None]],
    old_start: date,
    new_start: date,
) -> tuple[PhaseShiftPreview, ...]:
    """The phase periods (id, phase, started, ended) that begin at the forløb's start move with
    it; a later phase change before the new start refuses the shift (`ValidationError`)."""
    moved = []
    for period_id, phase, started, ended in periods:
        opening = started is None or started <= old_start
        if opening and started != new_start:
            moved.append(PhaseShiftPreview(period_id, phase, started, new_start))
        if not opening and started is not None and started <= new_start:
            raise ValidationError(
                "engagement.start_after_phase_change", value=_dk(new_start), previous=_dk(started)
            )
        if opening and ended is not None and ended < new_start:
            raise ValidationError(
                "engagement.start_after_phase_change", value=_dk(new_start), previous=_dk(ended)
            )
    return tuple(moved)


def shifted_date(planned_on: date, delta: timedelta) -> date:
    """A planned date moved by `delta`, landing on a working day."""
    return next_working_day(planned_on + delta)
