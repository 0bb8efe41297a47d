"""Milestone edits, start-date shifts with preview, the overview and Mine frister."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from taskforce_app.bootstrap import AppContext
from taskforce_app.domain.engagements import EngagementDraft
from taskforce_app.domain.enums import ConsultantRole, Health, MilestoneStatus, Phase
from taskforce_app.domain.errors import ValidationError
from taskforce_app.domain.overview import DeadlineKind
from taskforce_app.domain.plan import is_working_day
from tests.services.helpers import consultant, granted_engagement


def test_editing_a_milestone_saves_and_the_old_draft_restores_it(context: AppContext) -> None:
    engagement_id = granted_engagement(context)
    first = context.milestones.for_engagement(engagement_id)[0]
    before = first.draft()
    edited, _ = context.milestones.update(
        first.id,
        replace(before, status=MilestoneStatus.DONE, actual_on=first.planned_on, note="Holdt"),
    )
    assert (edited.status, edited.note) == (MilestoneStatus.DONE, "Holdt")
    restored, _ = context.milestones.update(first.id, before)
    assert restored.draft() == before
    assert context.milestones.get(first.id).status is MilestoneStatus.PLANNED


def test_a_milestone_outside_the_forlob_is_refused(context: AppContext) -> None:
    engagement_id = granted_engagement(context, start=date(2026, 1, 5))
    first = context.milestones.for_engagement(engagement_id)[0]
    with pytest.raises(ValidationError) as caught:
        context.milestones.update(first.id, replace(first.draft(), planned_on=date(2025, 12, 1)))
    assert "uden for forløbet" in caught.value.message("da")
    assert context.milestones.get(first.id).planned_on == first.planned_on


def test_done_needs_an_actual_date(context: AppContext) -> None:
    engagement_id = granted_engagement(context)
    first = context.milestones.for_engagement(engagement_id)[0]
    with pytest.raises(ValidationError):
        context.milestones.update(first.id, replace(first.draft(), status=MilestoneStatus.DONE))


def test_an_end_before_the_start_is_refused(context: AppContext) -> None:
    odense = context.reference.find_municipality("Odense")
    with pytest.raises(ValidationError) as caught:
        context.engagements.create(
            EngagementDraft(
                "Forløb", odense.id, start_date=date(2026, 5, 1), planned_end_date=date(2026, 4, 1)
            )
        )
    assert "før startdatoen" in caught.value.message("da")
    assert context.engagements.summaries() == []


def test_moving_the_start_previews_then_shifts_open_milestones_only(context: AppContext) -> None:
    start = date(2026, 1, 5)
    engagement_id = granted_engagement(context, start=start)
    plan = context.milestones.for_engagement(engagement_id)
    done = plan[0]
    context.milestones.update(
        done.id, replace(done.draft(), status=MilestoneStatus.DONE, actual_on=done.planned_on)
    )
    new_start = start + timedelta(days=14)
    preview = context.milestones.preview_start_shift(engagement_id, new_start)
    assert done.id not in {p.milestone_id for p in preview}
    assert len(preview) == len(plan) - 1
    assert all(p.new_date > p.old_date and is_working_day(p.new_date) for p in preview)
    unchanged = context.milestones.for_engagement(engagement_id)
    assert [m.planned_on for m in unchanged] == [
        m.planned_on for m in plan
    ]  # preview stores nothing

    context.milestones.shift_start(engagement_id, new_start)
    after = {m.id: m.planned_on for m in context.milestones.for_engagement(engagement_id)}
    assert after[done.id] == done.planned_on
    assert all(after[p.milestone_id] == p.new_date for p in preview)
    assert context.engagements.get(engagement_id).start_date == new_start


def test_overview_counts_overdue_and_computes_health(context: AppContext) -> None:
    start = date(2026, 1, 5)
    engagement_id = granted_engagement(context, "Aalborg", start=start)
    today = date(2026, 3, 20)  # kick-off and two analysis milestones have passed
    (row,) = context.overview.rows(today)
    assert row.municipality_name == "Aalborg"
    assert row.region.value == "Region Nordjylland"
    assert row.month_of_plan == 2
    assert row.overdue >= 2
    assert row.health is Health.LATE
    assert row.next_milestone_on is not None and row.next_milestone_on >= today

    for milestone in context.milestones.for_engagement(engagement_id):
        if milestone.planned_on < today:
            context.milestones.update(
                milestone.id,
                replace(
                    milestone.draft(), status=MilestoneStatus.DONE, actual_on=milestone.planned_on
                ),
            )
    (row,) = context.overview.rows(today)
    assert row.overdue == 0
    assert row.health in {Health.ON_TRACK, Health.AT_RISK}


def test_deadlines_for_a_consultant_put_overdue_first(context: AppContext) -> None:
    jurist = consultant(context, "MHJ", ConsultantRole.JURIST)
    odense = context.reference.find_municipality("Odense")
    detail, _ = context.engagements.create(
        EngagementDraft(
            "Forløb Odense", odense.id, phase=Phase.ANALYSE, start_date=date(2026, 1, 5)
        )
    )
    context.team.add_member(detail.id, jurist, ConsultantRole.JURIST)
    context.milestones.generate_plan(detail.id)
    today = date(2026, 2, 10)
    found = context.overview.deadlines("mhj", days=30, today=today)
    assert found, "the jurist is responsible for the case-list milestones"
    assert all(d.kind is DeadlineKind.MILESTONE for d in found)
    assert all(d.due_on <= today + timedelta(days=30) for d in found)
    overdue = [d.overdue for d in found]
    assert overdue == sorted(overdue, reverse=True)
    with pytest.raises(Exception) as caught:
        context.overview.deadlines("XYZ")
    assert "XYZ" in str(caught.value)


def test_phase_change_records_actual_dates(context: AppContext) -> None:
    engagement_id = granted_engagement(context, start=date(2026, 1, 5))
    context.team.change_phase(engagement_id, Phase.ANALYSE, date(2026, 2, 2))
    periods = context.team.phase_periods(engagement_id)
    assert [(p.phase, p.started_on, p.ended_on) for p in periods] == [
        (Phase.OPSTART, date(2026, 1, 5), date(2026, 2, 2)),
        (Phase.ANALYSE, date(2026, 2, 2), None),
    ]
    assert context.engagements.get(engagement_id).phase is Phase.ANALYSE
    with pytest.raises(ValidationError):
        context.team.change_phase(engagement_id, Phase.AFRAPPORTERING, date(2026, 1, 1))


def test_timeline_has_planned_and_actual_phases_and_markers(context: AppContext) -> None:
    start = date(2026, 1, 5)
    engagement_id = granted_engagement(context, "Skive", start=start)
    context.team.change_phase(engagement_id, Phase.ANALYSE, date(2026, 2, 9))
    (row,) = context.overview.timeline([engagement_id], today=date(2026, 3, 1))
    assert row.label.startswith("Skive: ")
    planned = [span.phase for span in row.planned_phases]
    assert planned == sorted(planned, key=lambda phase: phase.order)
    assert planned[0] is Phase.OPSTART and row.planned_phases[0].start == start
    assert Phase.STATUSRAPPORT in planned
    assert all(a.end is None or a.end >= a.start for a in row.planned_phases)
    assert [(s.phase, s.start, s.end) for s in row.actual_phases] == [
        (Phase.OPSTART, start, date(2026, 2, 9)),
        (Phase.ANALYSE, date(2026, 2, 9), None),
    ]
    assert len(row.milestones) >= 15
    assert any(m.overdue for m in row.milestones)


def test_the_timeline_hides_deleted_forloeb_and_milestones(context: AppContext) -> None:
    kept = granted_engagement(context, "Skive", start=date(2026, 1, 5))
    gone = granted_engagement(context, "Viborg", start=date(2026, 1, 5))
    (row,) = context.overview.timeline([kept], today=date(2026, 3, 1))
    deleted = row.milestones[0]
    context.milestones.delete(deleted.id)
    context.engagements.delete(gone)
    for ids in ([kept, gone], None):
        rows = context.overview.timeline(ids, today=date(2026, 3, 1))
        assert [r.id for r in rows] == [kept]
        assert deleted.id not in {m.id for m in rows[0].milestones}
        assert len(rows[0].milestones) == len(row.milestones) - 1


def test_shifting_keeps_every_open_milestone_inside_the_forlob(context: AppContext) -> None:
    engagement_id = granted_engagement(context, start=date(2026, 1, 5))
    for days in (5, 6, 11, 33):
        detail = context.engagements.get(engagement_id)
        assert detail.start_date is not None
        context.milestones.shift_start(engagement_id, detail.start_date + timedelta(days=days))
        end = context.engagements.get(engagement_id).planned_end_date
        assert end is not None
        assert all(m.planned_on <= end for m in context.milestones.for_engagement(engagement_id))
        last = context.milestones.for_engagement(engagement_id)[-1]
        context.milestones.update(last.id, replace(last.draft(), note="Stadig redigerbar"))
