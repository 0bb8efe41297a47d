"""The overview's rows leave out deleted forløb, milestones and team members."""

from __future__ import annotations

from datetime import date

from taskforce_app.bootstrap import AppContext
from taskforce_app.domain.enums import ConsultantRole
from tests.services.helpers import consultant, granted_engagement

TODAY = date(2026, 3, 1)


def test_the_overview_hides_deleted_forloeb_milestones_and_team_members(
    context: AppContext,
) -> None:
    kept = granted_engagement(context, "Skive", start=date(2026, 1, 5))
    gone = granted_engagement(context, "Viborg", start=date(2026, 1, 5))
    staying = consultant(context, "AB", ConsultantRole.JURIST)
    leaving = consultant(context, "ZZ", ConsultantRole.JURIST)
    context.team.add_member(kept, staying, ConsultantRole.JURIST)
    context.team.add_member(kept, leaving, ConsultantRole.JURIST)
    context.team.add_member(gone, leaving, ConsultantRole.JURIST)
    before = {row.id: row for row in context.overview.rows(TODAY)}
    assert before[kept].team_initials == ("AB", "ZZ")
    upcoming = [m for m in context.milestones.for_engagement(kept) if m.planned_on >= TODAY]
    assert before[kept].next_milestone == upcoming[0].title

    context.milestones.delete(upcoming[0].id)
    (member,) = [m for m in context.team.team(kept) if m.consultant_id == leaving]
    context.team.remove_member(member.id)
    context.engagements.delete(gone)

    (row,) = context.overview.rows(TODAY)
    assert row.id == kept
    assert row.team_initials == ("AB",)
    assert (row.next_milestone, row.next_milestone_on) == (
        upcoming[1].title,
        upcoming[1].planned_on,
    )
