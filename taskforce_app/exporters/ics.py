"""Write calendar entries as an iCalendar file (RFC 5545) with the `icalendar` library.

Dates are all-day events (DTSTART;VALUE=DATE, DTEND the next day). With a meeting time, the
plan's meetings are timed events in Europe/Copenhagen, and the file carries that VTIMEZONE.
DTSTAMP is the export's time, LAST-MODIFIED the record's, SEQUENCE the record's number of
changes; the UID is the record's own, so importing a newer file updates the events.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event, Timezone

from taskforce_app.domain.calendar import (
    PRODUCT_ID,
    TIME_ZONE,
    CalendarEntry,
    MeetingTime,
)
from taskforce_app.exporters.atomic import write_atomically


def build_calendar(
    entries: Sequence[CalendarEntry],
    *,
    now: datetime,
    meeting_time: MeetingTime | None = None,
    name: str = "Task Force-frister",
) -> Calendar:
    """The calendar of `entries`, stamped `now` (aware)."""
    calendar = Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", name)
    calendar.add("x-wr-timezone", TIME_ZONE)
    zone = ZoneInfo(TIME_ZONE)
    timed_days: list[date] = []
    stamp = now.astimezone(UTC)
    for entry in sorted(entries, key=lambda e: (e.on, e.uid)):
        event = Event()
        event.add("uid", entry.uid)
        event.add("dtstamp", stamp)
        event.add("last-modified", entry.last_modified.astimezone(UTC))
        event.add("sequence", entry.sequence)
        event.add("summary", entry.summary)
        event.add("description", _description(entry))
        event.add("categories", ["Task Force", _category(entry)])
        event.add("status", "CANCELLED" if entry.cancelled else "CONFIRMED")
        event.add("transp", "TRANSPARENT")
        if meeting_time is not None and entry.meeting:
            start, end = meeting_time.span(entry.on)
            event.add("dtstart", start.replace(tzinfo=zone))
            event.add("dtend", end.replace(tzinfo=zone))
            event["transp"] = "OPAQUE"
            timed_days.append(entry.on)
        else:
            event.add("dtstart", entry.on)
            event.add("dtend", entry.on + timedelta(days=1))
        calendar.add_component(event)
    if timed_days:
        first = date(min(timed_days).year, 1, 1)
        last = date(max(timed_days).year + 1, 1, 1)
        zone_component = Timezone.from_tzid(TIME_ZONE, first_date=first, last_date=last)
        calendar.subcomponents.insert(0, zone_component)
    return calendar


def write_calendar(
    entries: Sequence[CalendarEntry],
    path: Path,
    *,
    now: datetime,
    meeting_time: MeetingTime | None = None,
) -> Path:
    """Write the calendar to `path` atomically; returns the written file.

    Raises:
        UserError: the folder is missing or not writable, or the file cannot be replaced.
    """
    data = build_calendar(entries, now=now, meeting_time=meeting_time).to_ical()

    def write(partial: Path) -> None:
        partial.write_bytes(data)

    return write_atomically(Path(path), write)


def _category(entry: CalendarEntry) -> str:
    if entry.kind.value == "recommendation":
        return "Anbefaling"
    return "Møde" if entry.meeting else "Milepæl"


def _description(entry: CalendarEntry) -> str:
    return f"{entry.engagement_title}\nStatus: {entry.status_label}"
