"""Rounds and applications; granting creates a forløb with its 24-month plan."""

from __future__ import annotations

from datetime import date

import pytest

from taskforce_app.bootstrap import AppContext
from taskforce_app.domain.applications import ApplicationDraft, Decision, RoundDraft
from taskforce_app.domain.changes import Entity
from taskforce_app.domain.enums import ApplicationDecision, Phase
from taskforce_app.domain.errors import CprNumberError, ValidationError
from taskforce_app.domain.plan import is_working_day


def test_grant_creates_a_linked_forlob_with_a_24_month_plan(context: AppContext) -> None:
    ctx = context
    round_, _ = ctx.applications.create_round(RoundDraft("Forår 2026", date(2026, 3, 1)))
    aarhus = ctx.reference.find_municipality("Aarhus")
    app, changes = ctx.applications.create(
        ApplicationDraft(
            round_id=round_.id,
            municipality_id=aarhus.id,
            received_on=date(2026, 2, 20),
            council_backing=True,
            council_decision_on=date(2026, 2, 10),
            themes=("tidsfrister", "inddragelse"),
            motivation="Vi vil blive bedre til at overholde fristerne.",
        )
    )
    assert changes.touches(Entity.APPLICATION)
    assert app.warnings == ()

    start = date(2026, 4, 6)
    granted, changes = ctx.applications.decide(
        app.id, Decision(ApplicationDecision.GRANTED, date(2026, 3, 15)), start_date=start
    )
    assert granted.decision is ApplicationDecision.GRANTED
    assert granted.engagement_id is not None
    assert changes.touches(Entity.ENGAGEMENT) and changes.touches(Entity.MILESTONE)

    engagement = ctx.engagements.get(granted.engagement_id)
    assert engagement.municipality.name == "Aarhus"
    assert engagement.phase is Phase.OPSTART
    assert engagement.start_date == start
    assert engagement.description == "Vi vil blive bedre til at overholde fristerne."
    assert ctx.applications.get(app.id).engagement_id == engagement.id  # linked both ways

    plan = ctx.milestones.for_engagement(engagement.id)
    assert len(plan) >= 15
    assert plan[0].planned_on >= start
    assert all(is_working_day(m.planned_on) for m in plan)
    assert engagement.planned_end_date is not None
    assert plan[-1].planned_on <= engagement.planned_end_date
    assert (plan[-1].planned_on - start).days in range(725, 740)  # about 24 months


def test_a_second_application_in_the_same_round_is_refused(context: AppContext) -> None:
    round_, _ = context.applications.create_round(RoundDraft("Efterår 2026"))
    odense = context.reference.find_municipality("461")
    context.applications.create(ApplicationDraft(round_.id, odense.id))
    with pytest.raises(ValidationError) as caught:
        context.applications.create(ApplicationDraft(round_.id, odense.id))
    assert "allerede en ansøgning" in caught.value.message("da")
    assert len(context.applications.applications(round_.id)) == 1


def test_applying_while_a_forlob_is_active_warns(context: AppContext) -> None:
    from tests.services.helpers import granted_engagement

    granted_engagement(context, "Odense")
    round_, _ = context.applications.create_round(RoundDraft("Næste runde"))
    odense = context.reference.find_municipality("Odense")
    app, _ = context.applications.create(ApplicationDraft(round_.id, odense.id))
    assert [w.code for w in app.warnings] == ["application.active_engagement"]
    assert "aktivt forløb (Opstart)" in app.warnings[0].message("da")


def test_cpr_in_motivation_is_refused_and_nothing_saved(context: AppContext) -> None:
    round_, _ = context.applications.create_round(RoundDraft("Runde"))
    odense = context.reference.find_municipality("Odense")
    with pytest.raises(CprNumberError):
        context.applications.create(
            ApplicationDraft(round_.id, odense.id, motivation="Sagen om 010203-1234 viser …")
        )
    assert context.applications.applications(round_.id) == []


def test_council_backing_needs_its_date(context: AppContext) -> None:
    round_, _ = context.applications.create_round(RoundDraft("Runde"))
    odense = context.reference.find_municipality("Odense")
    with pytest.raises(ValidationError):
        context.applications.create(ApplicationDraft(round_.id, odense.id, council_backing=True))


def test_decline_and_waitlist_create_no_forlob(context: AppContext) -> None:
    round_, _ = context.applications.create_round(RoundDraft("Runde"))
    for name, decision in (
        ("Lolland", ApplicationDecision.DECLINED),
        ("Læsø", ApplicationDecision.WAITLISTED),
    ):
        ref = context.reference.find_municipality(name)
        app, _ = context.applications.create(ApplicationDraft(round_.id, ref.id))
        decided, _ = context.applications.decide(
            app.id, Decision(decision, date(2026, 5, 1), "Der er ikke plads i år")
        )
        assert decided.engagement_id is None
    assert context.engagements.summaries() == []
    (summary,) = context.applications.rounds()
    assert (summary.applications, summary.granted, summary.pending) == (2, 0, 0)


def test_a_decision_needs_a_date(context: AppContext) -> None:
    round_, _ = context.applications.create_round(RoundDraft("Runde"))
    ref = context.reference.find_municipality("Odense")
    app, _ = context.applications.create(ApplicationDraft(round_.id, ref.id))
    with pytest.raises(ValidationError):
        context.applications.decide(app.id, Decision(ApplicationDecision.GRANTED, None))
    assert context.engagements.summaries() == []
