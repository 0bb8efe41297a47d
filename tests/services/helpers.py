"""Small builders for service tests."""

from __future__ import annotations

import uuid
from datetime import date

from taskforce_app.bootstrap import AppContext
from taskforce_app.domain.applications import ApplicationDraft, Decision, RoundDraft
from taskforce_app.domain.enums import ApplicationDecision, ConsultantRole, Organisation
from taskforce_app.domain.team import ConsultantDraft


def granted_engagement(
    ctx: AppContext, municipality: str = "Odense", start: date = date(2026, 1, 5)
) -> uuid.UUID:
    """Round → application → granted with a start date; returns the new forløb's id."""
    round_, _ = ctx.applications.create_round(RoundDraft(f"Runde {uuid.uuid4().hex[:6]}"))
    ref = ctx.reference.find_municipality(municipality)
    app, _ = ctx.applications.create(
        ApplicationDraft(round_id=round_.id, municipality_id=ref.id, themes=("tidsfrister",))
    )
    detail, _ = ctx.applications.decide(
        app.id, Decision(ApplicationDecision.GRANTED, start), start_date=start
    )
    assert detail.engagement_id is not None
    return detail.engagement_id


def consultant(ctx: AppContext, initials: str, role: ConsultantRole) -> uuid.UUID:
    """Create a consultant; returns the id."""
    organisation = (
        Organisation.ANKESTYRELSEN
        if role is ConsultantRole.JURIST
        else Organisation.SOCIAL_OG_BOLIGSTYRELSEN
    )
    view, _ = ctx.team.create_consultant(
        ConsultantDraft(f"Konsulent {initials}", initials, organisation, role)
    )
    return view.id


PASSPHRASE = "fælles adgangsfrase til test"
"""The passphrase tests encrypt a package with when they expect a trusted (authenticated) merge."""
