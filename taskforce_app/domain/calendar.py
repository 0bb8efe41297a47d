"""Calendar entries: the dated steps of the forløb as a calendar file shows them.

An entry carries nothing about cases: the title is the milestone's (or the recommendation's
opening words) with the municipality, the description the forløb, its phase and status. The UID
is stable, `<kind>-<record uuid>@taskforce-app`, so a calendar that imports the file again
updates the event instead of adding a second one; SEQUENCE counts the record's changes.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from taskforce_app.domain.cpr import redact_cpr
from taskforce_app.domain.messages_calendar import CalendarError
from taskforce_app.domain.overview import DeadlineKind

UID_DOMAIN = "taskforce-app"
TIME_ZONE = "Europe/Copenhagen"
PRODUCT_ID = "-//Task Force på børneområdet//Task Force Tracker//DA"
RECOMMENDATION_TITLE_MAX = 80
DEFAULT_MEETING_MINUTES = 120
MEETING_KEYS = re.compile(r"(^|_)(statusmoede|opstartsmoede|afslutningsmoede)(_|$)")
"""Milestone template keys that are meetings: they become timed events when a time is given."""


EntryKind = DeadlineKind
"""What an entry stands for (part of its UID): the same two kinds as a deadline."""


@dataclass(frozen=True, slots=True)
class CalendarEntry:
    """One event: a milestone, a status meeting or a recommendation's due date."""

    kind: EntryKind
    record_id: uuid.UUID
    engagement_id: uuid.UUID
    title: str
    municipality: str
    engagement_title: str
    on: date
    status: str
    """The record's status code (planned/done/cancelled, not_started/…/abandoned)."""
    status_label: str
    """The status in Danish."""
    meeting: bool
    sequence: int
    last_modified: datetime

    @property
    def uid(self) -> str:
        """The stable UID: the same record always gives the same UID."""
        return entry_uid(self.kind, self.record_id)

    @property
    def summary(self) -> str:
        """The event title: what and where, never case data."""
        return f"{self.title} – {self.municipality}"

    @property
    def cancelled(self) -> bool:
        """True for a cancelled milestone or an abandoned recommendation."""
        return self.status in ("cancelled", "abandoned")


@dataclass(frozen=True, slots=True)
class MeetingTime:
    """When meetings start (Danish time) and how long they last; without it all are all-day."""

    start: time
    minutes: int = DEFAULT_MEETING_MINUTES

    def span(self, on: date) -> tuple[datetime, datetime]:
        """Naive local start and end of a meeting on `on` (the zone is added by the writer)."""
        start = datetime.combine(on, self.start)
        return start, start + timedelta(minutes=self.minutes)


def entry_uid(kind: EntryKind, record_id: uuid.UUID) -> str:
    """The UID of the record's event."""
    return f"{kind.value}-{record_id}@{UID_DOMAIN}"


def recommendation_title(text: str) -> str:
    """A recommendation's first line, shortened, with any CPR number masked."""
    first = redact_cpr(text.strip().splitlines()[0] if text.strip() else "").strip()
    if len(first) > RECOMMENDATION_TITLE_MAX:
        first = first[: RECOMMENDATION_TITLE_MAX - 1].rstrip() + "…"
    return f"Anbefaling: {first}" if first else "Anbefaling"


def is_meeting(template_key: str | None) -> bool:
    """True for the plan's meetings (opstartsmøde, statusmøder, afslutningsmøde)."""
    return bool(template_key) and MEETING_KEYS.search(template_key or "") is not None


def parse_meeting_time(text: str, minutes: int = DEFAULT_MEETING_MINUTES) -> MeetingTime:
    """A meeting time from `HH:MM` and a length in minutes.

    Raises:
        CalendarError: not a time of day, or a length outside 1 minute to 24 hours.
    """
    match = re.fullmatch(r"\s*(\d{1,2})[:.](\d{2})\s*", text)
    if match is None or int(match[1]) > 23 or int(match[2]) > 59:
        raise CalendarError("calendar.bad_time", value=text[:20])
    if not 1 <= minutes <= 24 * 60:
        raise CalendarError("calendar.bad_minutes", value=str(minutes))
    return MeetingTime(time(int(match[1]), int(match[2])), minutes)
