"""Consultants: create, edit, deactivate; who is working, the switch log, signing as oneself."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from taskforce_app.bootstrap import AppContext, open_context
from taskforce_app.domain.enums import (
    Answer,
    ConsultantRole,
    Organisation,
    Phase,
    RoundStatus,
    Track,
)
from taskforce_app.domain.errors import CprNumberError, NotFoundError, ValidationError
from taskforce_app.domain.history import SWITCH_FIELD
from taskforce_app.domain.review import AnswerDraft, RoundView
from taskforce_app.domain.team import (
    ConsultantDraft,
    ContactDraft,
    checked_email,
    parse_organisation,
)
from taskforce_app.persistence.models import Consultant
from tests.services.helpers import granted_engagement


def _draft(name: str = "Mette Hjort", initials: str = "MHJ", email: str = "") -> ConsultantDraft:
    return ConsultantDraft(
        name, initials, Organisation.ANKESTYRELSEN, ConsultantRole.JURIST, email=email
    )


def _count(ctx: AppContext) -> int:
    with ctx._db.read() as session:
        return int(session.scalar(select(func.count()).select_from(Consultant)) or 0)


def test_create_edit_deactivate_and_undo(context: AppContext) -> None:
    view, _ = context.team.create_consultant(_draft(email=" mhj@ast.dk "))
    detail = context.team.consultant("mhj")
    assert (detail.name, detail.email, detail.active) == ("Mette Hjort", "mhj@ast.dk", True)
    edited, _ = context.team.edit_consultant(
        view.id,
        ConsultantDraft(
            "Mette Hjort Jensen",
            "mhje",
            Organisation.SOCIAL_OG_BOLIGSTYRELSEN,
            ConsultantRole.SOCIALFAGLIG,
        ),
    )
    assert (edited.initials, edited.organisation) == ("MHJE", Organisation.SOCIAL_OG_BOLIGSTYRELSEN)
    changes = context.operations.run(lambda: context.team.set_active(view.id, False))
    assert context.team.consultants() == []
    assert [d.active for d in context.team.consultant_details()] == [False]
    with pytest.raises(ValidationError) as caught:
        context.team.set_active(view.id, False)
    assert "allerede deaktiveret" in caught.value.message("da")
    assert changes.operation_id is not None
    context.operations.undo(changes.operation_id)
    assert [c.initials for c in context.team.consultants()] == ["MHJE"]


@pytest.mark.parametrize(
    ("draft", "code", "danish"),
    [
        (_draft(initials="mhj"), "consultant.duplicate_initials", "bruges allerede"),
        (_draft(name="   "), "value.required", "Navn skal udfyldes"),
        (_draft(initials="M1"), "consultant.bad_initials", "2–6 bogstaver"),
        (_draft(email="mhj@@ast"), "email.invalid", "Konsulentens e-mail"),
    ],
)
def test_bad_input_stores_nothing_and_says_so_in_danish(
    context: AppContext, draft: ConsultantDraft, code: str, danish: str
) -> None:
    context.team.create_consultant(_draft())
    with pytest.raises(ValidationError) as caught:
        context.team.create_consultant(draft)
    assert caught.value.error_code == code
    assert danish in caught.value.message("da")
    assert _count(context) == 1


def test_a_cpr_number_in_a_name_is_refused_naming_the_field(context: AppContext) -> None:
    with pytest.raises(CprNumberError) as caught:
        context.team.create_consultant(_draft(name="Mette 010203-1234"))
    message = caught.value.message("da")
    assert message.startswith("Konsulentens navn") and "CPR-nummer" in message
    assert "010203" not in message
    assert _count(context) == 0
    view, _ = context.team.create_consultant(_draft())
    with pytest.raises(CprNumberError):
        context.team.edit_consultant(view.id, _draft(name="Mette 0102031234"))
    assert context.team.consultant("MHJ").name == "Mette Hjort"


def test_editing_to_taken_initials_is_refused(context: AppContext) -> None:
    context.team.create_consultant(_draft())
    other, _ = context.team.create_consultant(_draft("Bo Bech", "BBO"))
    with pytest.raises(ValidationError) as caught:
        context.team.edit_consultant(other.id, _draft("Bo Bech", "Mhj"))
    assert caught.value.error_code == "consultant.duplicate_initials"
    assert context.team.consultant("BBO").name == "Bo Bech"
    with pytest.raises(NotFoundError):
        context.team.consultant("XYZ")


def test_contact_email_is_checked(context: AppContext) -> None:
    engagement = granted_engagement(context)
    with pytest.raises(ValidationError) as caught:
        context.team.add_contact(engagement, ContactDraft("Lis Holm", email="lis.holm"))
    assert "Kontaktpersonens e-mail" in caught.value.message("da")
    assert context.team.contacts(engagement) == []
    context.team.add_contact(engagement, ContactDraft("Lis Holm", email="lis@odense.dk"))
    assert [c.email for c in context.team.contacts(engagement)] == ["lis@odense.dk"]


def test_email_and_organisation_parsing() -> None:
    assert checked_email("", "E-mail") == ""
    assert checked_email(" a.b-c@sub.ast.dk ", "E-mail") == "a.b-c@sub.ast.dk"
    for bad in ("a b@ast.dk", "a@ast", "@ast.dk", "a..b@ast.dk", "a@ast..dk"):
        with pytest.raises(ValidationError):
            checked_email(bad, "E-mail")
    assert parse_organisation("Social- og Boligstyrelsen") is Organisation.SOCIAL_OG_BOLIGSTYRELSEN
    assert parse_organisation("ANKESTYRELSEN") is Organisation.ANKESTYRELSEN
    with pytest.raises(ValidationError):
        parse_organisation("Socialstyrelsen")


def test_changes_carry_the_working_consultant_and_a_switch_is_logged(
    context: AppContext,
) -> None:
    first, _ = context.team.create_consultant(_draft())
    second, _ = context.team.create_consultant(_draft("Bo Bech", "BBO"))
    assert context.team.act_as(first.id) is not None
    assert context.team.current_consultant() == context.team.consultant("MHJ")
    engagement = granted_engagement(context)
    context.team.add_contact(engagement, ContactDraft("Lis Holm"))
    switched, _ = context.team.switch_consultant(second.id)
    assert switched.initials == "BBO"
    context.team.change_phase(engagement, Phase.ANALYSE, date(2026, 3, 2))
    contact = context.team.contacts(engagement)[0]
    context.team.remove_contact(contact.id)
    history = context.history.for_engagement(engagement)
    actors = {(e.table, e.action.value): e.actor for e in history if e.table == "municipal_contact"}
    assert actors[("municipal_contact", "insert")] == "MHJ"
    assert actors[("municipal_contact", "delete")] == "BBO"
    phase_rows = [e for e in history if e.table == "phase_period" and e.action.value == "insert"]
    assert [e.actor for e in phase_rows] == ["BBO", "MHJ"]  # newest first: the change, the start
    switches = context.history.for_record(second.id)
    logged = [e for e in switches if e.field == SWITCH_FIELD]
    assert [(e.old_value, e.new_value, e.actor) for e in logged] == [("MHJ", "BBO", "BBO")]
    context.team.set_active(first.id, False)
    with pytest.raises(ValidationError) as caught:
        context.team.switch_consultant(first.id)
    assert "deaktiveret" in caught.value.message("da")
    assert context.team.current_consultant() == context.team.consultant("BBO")
    assert context.team.act_as(first.id) is None
    assert context.team.current_consultant() is None


@pytest.fixture
def demo(demo_db_path: Path) -> Iterator[AppContext]:
    ctx = open_context(demo_db_path)
    yield ctx
    ctx.close()


def _open_round(ctx: AppContext) -> RoundView:
    for row in ctx.engagements.summaries():
        for round_ in ctx.review.rounds(row.id):
            if round_.status is RoundStatus.OPEN and round_.sampled_cases:
                return round_
    raise AssertionError("the demo has an open round with a sample")


def _answer_all(ctx: AppContext, round_: RoundView) -> None:
    criteria = ctx.review.criteria(round_.id)
    for case in ctx.review.sampled_cases(round_.id):
        if case.status.value != "active":
            continue
        for criterion in criteria:
            answer = Answer.MET if criterion.track is Track.JURIDISK else Answer.QUALITY_3
            ctx.review.set_answer(case.id, criterion.id, AnswerDraft(answer))


def test_the_reviewer_cannot_sign_their_own_round_and_nobody_signs_for_another(
    demo: AppContext,
) -> None:
    round_ = _open_round(demo)
    reviewer, signer = demo.team.consultants()[:2]
    demo.team.switch_consultant(reviewer.id)
    _answer_all(demo, round_)
    case = demo.review.sampled_cases(round_.id)[0]
    assert {a.assessed_by for a in demo.review.assessments(case.id)} == {reviewer.initials}
    with pytest.raises(ValidationError) as caught:
        demo.review.sign_off(round_.id)
    assert "anden konsulent" in caught.value.message("da")
    with pytest.raises(ValidationError) as caught:
        demo.review.sign_off(round_.id, signer.id)
    assert caught.value.error_code == "review.sign_as_yourself"
    assert reviewer.initials in caught.value.message("da")
    assert not demo.review.get_round(round_.id).locked
    demo.team.switch_consultant(signer.id)
    demo.review.sign_off(round_.id)
    signed = demo.review.get_round(round_.id)
    assert signed.locked and signed.signed_off_by == signer.initials


def test_without_a_working_consultant_sign_off_needs_a_name(demo: AppContext) -> None:
    round_ = _open_round(demo)
    with pytest.raises(ValidationError) as caught:
        demo.review.sign_off(round_.id)
    assert caught.value.error_code == "review.sign_off_needs_consultant"
    assert "Vælg, hvem du er" in caught.value.message("da")
