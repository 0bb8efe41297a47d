"""Milestone plans: a template of month offsets turned into dated milestones on working days.

Working days are Monday to Friday except Danish public holidays, as listed by the `holidays`
library (nytårsdag, skærtorsdag, langfredag, påskedag, 2. påskedag, store bededag until 2023,
Kristi himmelfartsdag, pinsedag, 2. pinsedag, juledag, 2. juledag). The Task Force is a state
workplace where grundlovsdag (5 June), juleaftensdag (24 December) and nytårsaftensdag
(31 December) are days off too, so those three are non-working days here as well, although they
are not statutory holidays. The same calendar counts the "hverdage" of legal deadlines.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

from taskforce_app.domain.engagements import add_months
from taskforce_app.domain.enums import ConsultantRole, Phase

EXTRA_DAYS_OFF: tuple[tuple[int, int], ...] = ((6, 5), (12, 24), (12, 31))
"""(month, day) pairs that are days off at the Task Force besides the public holidays."""

_MAX_SEARCH_DAYS = 31


@dataclass(frozen=True, slots=True)
class MilestoneTemplateItem:
    """One step of a plan template: when (months after the start) and what."""

    key: str
    month: int
    title_da: str
    title_en: str
    phase: Phase
    day_offset: int = 0
    responsible_role: ConsultantRole | None = None


@dataclass(frozen=True, slots=True)
class MilestoneTemplate:
    """A named, versioned plan template with its source."""

    key: str
    version: int
    name: str
    items: tuple[MilestoneTemplateItem, ...]
    source: str = ""
    note: str = ""


@dataclass(frozen=True, slots=True)
class PlannedMilestone:
    """A milestone placed on a working day of a concrete forløb."""

    key: str
    title_da: str
    title_en: str
    phase: Phase
    planned_on: date
    nominal_on: date
    sort_order: int
    responsible_role: ConsultantRole | None = None

    @property
    def shifted(self) -> bool:
        """True when the nominal date was not a working day and the milestone moved."""
        return self.planned_on != self.nominal_on


class TemplateError(ValueError):
    """A milestone template file does not have the expected shape."""


@cache
def _days_off(year: int) -> frozenset[date]:
    import holidays  # imported on first use: it costs ~20 ms, and start-up does not need it

    official = holidays.country_holidays("DK", years=year)
    extra = {date(year, month, day) for month, day in EXTRA_DAYS_OFF}
    return frozenset(set(official.keys()) | extra)


def is_working_day(day: date) -> bool:
    """True for Monday–Friday that is neither a Danish public holiday nor a Task Force day off."""
    return day.weekday() < 5 and day not in _days_off(day.year)


def next_working_day(day: date) -> date:
    """`day` itself if it is a working day, else the first working day after it."""
    current = day
    for _ in range(_MAX_SEARCH_DAYS):
        if is_working_day(current):
            return current
        current += timedelta(days=1)
    raise RuntimeError(f"no working day within {_MAX_SEARCH_DAYS} days of {day}")


def add_working_days(day: date, count: int) -> date:
    """The date `count` working days after `day` (before it when `count` is negative).

    `day` itself is not counted, so a notification received on a Friday with a 6-hverdage
    deadline is due on the following Monday week (ignoring holidays). `count == 0` returns
    `day` unchanged.
    """
    step = 1 if count >= 0 else -1
    remaining = abs(count)
    current = day
    while remaining:
        current += timedelta(days=step)
        if is_working_day(current):
            remaining -= 1
    return current


def generate_plan(
    start: date, template: MilestoneTemplate | Iterable[MilestoneTemplateItem]
) -> list[PlannedMilestone]:
    """Place every template milestone at `start` + its months (+ days) on a working day.

    Args:
        start: the forløb's start date (the kick-off).
        template: the template, or just its items.

    Returns:
        The milestones sorted by date (template order breaks ties), with `sort_order` 0, 1, …
    """
    items = template.items if isinstance(template, MilestoneTemplate) else tuple(template)
    placed: list[tuple[date, int, MilestoneTemplateItem, date]] = []
    for index, item in enumerate(items):
        nominal = add_months(start, item.month) + timedelta(days=item.day_offset)
        placed.append((next_working_day(nominal), index, item, nominal))
    placed.sort(key=lambda entry: (entry[0], entry[1]))
    return [
        PlannedMilestone(
            key=item.key,
            title_da=item.title_da,
            title_en=item.title_en,
            phase=item.phase,
            planned_on=planned,
            nominal_on=nominal,
            sort_order=order,
            responsible_role=item.responsible_role,
        )
        for order, (planned, _index, item, nominal) in enumerate(placed)
    ]


def parse_template(data: Mapping[str, object]) -> MilestoneTemplate:
    """Build a `MilestoneTemplate` from the parsed JSON of a template file.

    Raises:
        TemplateError: a field is missing or has the wrong type, or a key is repeated.
    """
    raw_items = data.get("items")
    if not isinstance(raw_items, list) or not raw_items:
        raise TemplateError("template: 'items' must be a non-empty list")
    items: list[MilestoneTemplateItem] = []
    seen: set[str] = set()
    for position, raw in enumerate(raw_items):
        where = f"template item {position}"
        if not isinstance(raw, Mapping):
            raise TemplateError(f"{where}: must be an object")
        key = _text(raw, "key", where)
        if key in seen:
            raise TemplateError(f"{where}: key {key!r} is repeated")
        seen.add(key)
        month = raw.get("month")
        day_offset = raw.get("day_offset", 0)
        if not isinstance(month, int) or isinstance(month, bool) or month < 0:
            raise TemplateError(f"{where} ({key}): 'month' must be a whole number ≥ 0")
        if not isinstance(day_offset, int) or isinstance(day_offset, bool):
            raise TemplateError(f"{where} ({key}): 'day_offset' must be a whole number")
        role_text = raw.get("responsible_role")
        try:
            phase = Phase(_text(raw, "phase", where))
            role = None if role_text is None else ConsultantRole(str(role_text))
        except ValueError as exc:
            raise TemplateError(f"{where} ({key}): {exc}") from exc
        items.append(
            MilestoneTemplateItem(
                key=key,
                month=month,
                title_da=_text(raw, "title_da", where),
                title_en=_text(raw, "title_en", where),
                phase=phase,
                day_offset=day_offset,
                responsible_role=role,
            )
        )
    version = data.get("version", 1)
    if not isinstance(version, int) or isinstance(version, bool):
        raise TemplateError("template: 'version' must be a whole number")
    return MilestoneTemplate(
        key=_text(data, "key", "template"),
        version=version,
        name=_text(data, "name", "template"),
        items=tuple(items),
        source=str(data.get("source", "")),
        note=str(data.get("note", "")),
    )


def _text(data: Mapping[str, object], field: str, where: str) -> str:
    value = data.get(field)
    if not isinstance(value, str) or not value.strip():
        raise TemplateError(f"{where}: {field!r} must be a non-empty text")
    return value
