"""The calendar export: entries from the database, stable UIDs across exports, no case data."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime, time
from pathlib import Path

import vobject  # type: ignore[import-untyped]

from taskforce_app.bootstrap import AppContext
from taskforce_app.domain.calendar import EntryKind, MeetingTime, entry_uid
from taskforce_app.domain.enums import ConsultantRole
from taskforce_app.domain.findings import RecommendationDraft
from tests.services.helpers import consultant, granted_engagement

NOW = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)


def _events(path: Path) -> dict[str, object]:
    """The file's events by UID, parsed by vobject (not the library that wrote them)."""
    parsed = vobject.readOne(path.read_text(encoding="utf-8"))
    return {event.uid.value: event for event in parsed.vevent_list}


def test_export_holds_milestones_and_due_recommendations_with_stable_uids(
    context: AppContext, tmp_path: Path
) -> None:
    engagement = granted_engagement(context, "Odense")
    recommendation, _ = context.recommendations.create(
        engagement,
        RecommendationDraft(
            "Styrk opfølgningen på handleplaner\nmed detaljer", "Leder", date(2026, 9, 1)
        ),
    )
    context.recommendations.create(engagement, RecommendationDraft("Uden frist"))
    milestones = context.milestones.for_engagement(engagement)
    first = context.calendar.export_ics(tmp_path / "a.ics", engagement_id=engagement, now=NOW)
    assert first == (tmp_path / "a.ics", len(milestones) + 1)
    events = _events(tmp_path / "a.ics")
    assert set(events) == {
        *(entry_uid(EntryKind.MILESTONE, m.id) for m in milestones),
        entry_uid(EntryKind.RECOMMENDATION, recommendation.id),
    }
    due = events[entry_uid(EntryKind.RECOMMENDATION, recommendation.id)]
    assert due.summary.value == "Anbefaling: Styrk opfølgningen på handleplaner – Odense"  # type: ignore[attr-defined]
    assert due.dtstart.value == date(2026, 9, 1)  # type: ignore[attr-defined]
    assert int(due.sequence.value) == 0  # type: ignore[attr-defined]

    moved = milestones[3]
    context.milestones.update(
        moved.id, dataclasses.replace(moved.draft(), planned_on=moved.planned_on.replace(day=1))
    )
    context.calendar.export_ics(tmp_path / "b.ics", engagement_id=engagement, now=NOW)
    again = _events(tmp_path / "b.ics")
    assert set(again) == set(events)
    before = events[entry_uid(EntryKind.MILESTONE, moved.id)]
    after = again[entry_uid(EntryKind.MILESTONE, moved.id)]
    assert after.dtstart.value == moved.planned_on.replace(day=1)  # type: ignore[attr-defined]
    assert int(after.sequence.value) > int(before.sequence.value)  # type: ignore[attr-defined]
    assert after.dtstamp.value == NOW  # type: ignore[attr-defined]


def test_meetings_are_timed_in_copenhagen_and_the_rest_all_day(
    context: AppContext, tmp_path: Path
) -> None:
    engagement = granted_engagement(context, "Aarhus")
    meeting = MeetingTime(time(10, 0), 90)
    context.calendar.export_ics(
        tmp_path / "m.ics", engagement_id=engagement, meeting_time=meeting, now=NOW
    )
    text = (tmp_path / "m.ics").read_text(encoding="utf-8")
    assert "BEGIN:VTIMEZONE" in text and "TZID:Europe/Copenhagen" in text
    by_title = {
        event.summary.value: event  # type: ignore[attr-defined]
        for event in _events(tmp_path / "m.ics").values()
    }
    status = by_title["Statusmøde 1 – Aarhus"]
    start = status.dtstart.value  # type: ignore[attr-defined]
    assert isinstance(start, datetime)
    assert start.tzinfo is not None
    assert getattr(start.tzinfo, "_tzid", "") == "Europe/Copenhagen"  # as vobject read it
    assert f"DTSTART;TZID=Europe/Copenhagen:{start:%Y%m%d}T100000" in text
    assert (start.hour, start.minute) == (10, 0)
    end = status.dtend.value  # type: ignore[attr-defined]
    assert (end - start).total_seconds() == 90 * 60
    received = by_title["Sagsudtræk modtaget – Aarhus"]
    assert type(received.dtstart.value) is date  # type: ignore[attr-defined]


def test_consultant_filter_keeps_their_forloeb(context: AppContext, tmp_path: Path) -> None:
    mine = granted_engagement(context, "Odense")
    granted_engagement(context, "Aalborg")
    person = consultant(context, "ABC", ConsultantRole.JURIST)
    context.team.add_member(mine, person, ConsultantRole.JURIST)
    entries = context.calendar.entries(consultant="abc")
    assert entries
    assert {entry.engagement_id for entry in entries} == {mine}
    assert all("Odense" in entry.summary for entry in entries)


def test_re_export_of_the_parsed_calendar_keeps_the_uids(
    context: AppContext, tmp_path: Path
) -> None:
    engagement = granted_engagement(context, "Odense")
    context.calendar.export_ics(
        tmp_path / "a.ics", engagement_id=engagement, meeting_time=MeetingTime(time(9, 30)), now=NOW
    )
    parsed = vobject.readOne((tmp_path / "a.ics").read_text(encoding="utf-8"))
    (tmp_path / "again.ics").write_text(parsed.serialize(), encoding="utf-8")
    assert set(_events(tmp_path / "again.ics")) == set(_events(tmp_path / "a.ics"))
