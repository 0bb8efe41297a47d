"""The iCalendar writer: no case data in the events, valid all-day and timed events."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, time
from pathlib import Path

import pytest
import vobject  # type: ignore[import-untyped]

from taskforce_app.domain.calendar import (
    CalendarEntry,
    EntryKind,
    MeetingTime,
    parse_meeting_time,
    recommendation_title,
)
from taskforce_app.domain.errors import UserError
from taskforce_app.exporters.ics import write_calendar

NOW = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)


def _entry(kind: EntryKind, title: str, on: date, *, meeting: bool = False) -> CalendarEntry:
    return CalendarEntry(
        kind=kind,
        record_id=uuid.uuid4(),
        engagement_id=uuid.uuid4(),
        title=title,
        municipality="Randers",
        engagement_title="Task Force-forløb Randers 2024",
        on=on,
        status="planned",
        status_label="Planlagt",
        meeting=meeting,
        sequence=2,
        last_modified=NOW,
    )


def test_written_file_parses_with_a_second_library(tmp_path: Path) -> None:
    entries = [
        _entry(EntryKind.MILESTONE, "Statusmøde 1", date(2026, 3, 30), meeting=True),
        _entry(EntryKind.MILESTONE, "Statusmøde 2", date(2026, 11, 2), meeting=True),
        _entry(EntryKind.RECOMMENDATION, recommendation_title("Brug tjeklisten"), date(2026, 5, 4)),
    ]
    write_calendar(entries, tmp_path / "c.ics", now=NOW, meeting_time=MeetingTime(time(13, 0)))
    parsed = vobject.readOne((tmp_path / "c.ics").read_text(encoding="utf-8"))
    events = {event.uid.value: event for event in parsed.vevent_list}
    assert set(events) == {entry.uid for entry in entries}
    summer = events[entries[0].uid].dtstart.value
    winter = events[entries[1].uid].dtstart.value
    assert summer.utcoffset().total_seconds() == 2 * 3600  # CEST after 29 March 2026
    assert winter.utcoffset().total_seconds() == 3600  # CET
    assert events[entries[2].uid].dtstart.value == date(2026, 5, 4)
    assert events[entries[2].uid].summary.value == "Anbefaling: Brug tjeklisten – Randers"
    assert int(events[entries[0].uid].sequence.value) == 2


def test_all_day_calendar_has_no_time_zone_block(tmp_path: Path) -> None:
    entries = [_entry(EntryKind.MILESTONE, "Statusmøde 1", date(2026, 3, 30), meeting=True)]
    write_calendar(entries, tmp_path / "c.ics", now=NOW)
    text = (tmp_path / "c.ics").read_text(encoding="utf-8")
    assert "BEGIN:VTIMEZONE" not in text
    assert "DTSTART;VALUE=DATE:20260330" in text
    assert "DTEND;VALUE=DATE:20260331" in text


def test_recommendation_title_masks_cpr_and_keeps_the_first_line() -> None:
    assert recommendation_title("Se 010203-1234 igen\nanden linje") == (
        "Anbefaling: Se XXXXXX-XXXX igen"
    )
    assert len(recommendation_title("x" * 300)) <= len("Anbefaling: ") + 80


@pytest.mark.parametrize("text", ["25:00", "10", "ti", "10:60"])
def test_bad_meeting_time_is_refused_in_danish(text: str) -> None:
    with pytest.raises(UserError) as caught:
        parse_meeting_time(text)
    assert "klokkeslæt" in caught.value.message()


def test_bad_meeting_length_is_refused() -> None:
    with pytest.raises(UserError) as caught:
        parse_meeting_time("10:00", 0)
    assert "minutter" in caught.value.message()
