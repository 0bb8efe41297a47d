"""Writing the analyserapport and statusrapport: sections with status and who changed them,
one undoable operation per save, the CPR guard naming the section, findings pulled in."""

from __future__ import annotations

import uuid

import pytest

from taskforce_app.bootstrap import AppContext
from taskforce_app.domain.enums import ConsultantRole, Severity, Track
from taskforce_app.domain.errors import CprNumberError
from taskforce_app.domain.findings import FindingDraft, RecommendationDraft
from taskforce_app.domain.messages_authoring import ReportAuthoringError, SectionChangedError
from taskforce_app.domain.report_templates import (
    PartKind,
    ReportType,
    SectionStatus,
    SectionVersion,
)
from tests.services.helpers import consultant, granted_engagement

ANALYSE = ReportType.ANALYSE


@pytest.fixture
def ctx(context: AppContext) -> AppContext:
    """A context whose working consultant is KBW."""
    context.team.act_as(consultant(context, "KBW", ConsultantRole.SOCIALFAGLIG))
    return context


def test_sections_come_in_template_order_with_draft_status(ctx: AppContext) -> None:
    engagement = granted_engagement(ctx)
    sections = ctx.report_authoring.sections(engagement, ANALYSE)
    template = ctx.report_authoring.template(ANALYSE)
    assert [state.template.id for state in sections] == [s.id for s in template.sections]
    for state in sections:
        expected = SectionStatus.DRAFT if state.template.kind is PartKind.TEXT else None
        assert state.status is expected
        assert state.text == "" and state.stored is None


def test_saving_records_text_consultant_and_time_and_undoes_as_one_step(
    ctx: AppContext,
) -> None:
    engagement = granted_engagement(ctx)
    authoring = ctx.report_authoring
    first = ctx.operations.run(
        lambda: authoring.save_text(engagement, ANALYSE, "indledning", "Første udkast")[1]
    )
    state, second = authoring.save_text(engagement, ANALYSE, "indledning", "# Baggrund\nAndet")
    assert state.text == "# Baggrund\nAndet"
    assert state.stored is not None and state.stored.changed_by == "KBW Konsulent KBW"
    assert state.stored.changed_at is not None
    assert second.ids >= {engagement}
    same_state, nothing = authoring.save_text(engagement, ANALYSE, "indledning", state.text)
    assert nothing.ids == frozenset() and same_state.text == state.text

    assert second.operation_id is None  # a plain call; the GUI runs it as an operation
    latest = ctx.operations.run(
        lambda: authoring.save_text(engagement, ANALYSE, "indledning", "Tredje")[1]
    )
    assert latest.operation_id is not None and first.operation_id is not None
    ctx.operations.undo(latest.operation_id)
    assert authoring.section(engagement, ANALYSE, "indledning").text == "# Baggrund\nAndet"


def test_the_first_save_is_undone_to_nothing_written(ctx: AppContext) -> None:
    engagement = granted_engagement(ctx)
    authoring = ctx.report_authoring
    done = ctx.operations.run(
        lambda: authoring.save_text(engagement, ANALYSE, "metode", "Metodeafsnit")[1]
    )
    assert done.operation_id is not None
    ctx.operations.undo(done.operation_id)
    assert authoring.section(engagement, ANALYSE, "metode").text == ""


def test_a_cpr_number_is_refused_naming_the_section_and_nothing_is_stored(
    ctx: AppContext,
) -> None:
    engagement = granted_engagement(ctx)
    authoring = ctx.report_authoring
    authoring.save_text(engagement, ANALYSE, "metode", "Gemt før")
    with pytest.raises(CprNumberError) as caught:
        authoring.save_text(engagement, ANALYSE, "metode", "Barnet 010203-1234 blev hørt")
    message = caught.value.message("da")
    assert "»Metode«" in message and "CPR-nummer" in message
    assert not any(character.isdigit() for character in message)
    assert authoring.section(engagement, ANALYSE, "metode").text == "Gemt før"


def test_status_changes_and_an_edit_of_an_approved_text_makes_it_a_draft(
    ctx: AppContext,
) -> None:
    engagement = granted_engagement(ctx)
    authoring = ctx.report_authoring
    state, _ = authoring.set_status(engagement, ANALYSE, "sammenfatning", SectionStatus.READY)
    assert state.status is SectionStatus.READY and state.text == ""
    authoring.save_text(engagement, ANALYSE, "sammenfatning", "Hovedbudskaber")
    assert authoring.section(engagement, ANALYSE, "sammenfatning").status is SectionStatus.READY
    authoring.set_status(engagement, ANALYSE, "sammenfatning", SectionStatus.APPROVED)
    edited, _ = authoring.save_text(engagement, ANALYSE, "sammenfatning", "Rettet")
    assert edited.status is SectionStatus.DRAFT
    other = authoring.section(engagement, ReportType.STATUS, "sammenfatning")
    assert other.text == "" and other.status is SectionStatus.DRAFT


def test_generated_and_unknown_sections_cannot_be_written(ctx: AppContext) -> None:
    engagement = granted_engagement(ctx)
    authoring = ctx.report_authoring
    with pytest.raises(ReportAuthoringError) as generated:
        authoring.save_text(engagement, ANALYSE, "resultater", "tekst")
    assert "»Resultater af sagsgennemgangen«" in generated.value.message("da")
    with pytest.raises(ReportAuthoringError) as unknown:
        authoring.set_status(engagement, ANALYSE, "findes_ikke", SectionStatus.READY)
    assert "findes_ikke" in unknown.value.message("da")


def test_a_finding_is_pulled_into_the_conclusions_with_its_recommendations(
    ctx: AppContext,
) -> None:
    engagement = granted_engagement(ctx)
    finding, _ = ctx.findings.create(
        engagement,
        FindingDraft(
            Track.JURIDISK,
            "Børnesamtaler mangler",
            Severity.SIGNIFICANT,
            description="Samtalen med barnet er ikke dokumenteret.",
        ),
    )
    ctx.recommendations.create(
        engagement, RecommendationDraft("Indfør tjekliste for samtaler", finding_id=finding.id)
    )
    authoring = ctx.report_authoring
    authoring.save_text(engagement, ANALYSE, "konklusioner", "Indledende konklusion.")
    state, changes = authoring.pull_finding(engagement, ANALYSE, finding.id)
    assert state.template.id == "konklusioner" and changes.ids
    assert state.text == (
        "Indledende konklusion.\n\n# Børnesamtaler mangler\n\n"
        "Samtalen med barnet er ikke dokumenteret.\n\n- Indfør tjekliste for samtaler"
    )
    other = granted_engagement(ctx, "Aarhus")
    with pytest.raises(ReportAuthoringError) as elsewhere:
        authoring.pull_finding(other, ANALYSE, finding.id)
    assert "Børnesamtaler mangler" in elsewhere.value.message("da")
    with pytest.raises(ReportAuthoringError):
        authoring.pull_finding(engagement, ANALYSE, uuid.uuid4())


def test_a_finding_pulled_twice_is_in_the_text_once(ctx: AppContext) -> None:
    engagement = granted_engagement(ctx)
    finding, _ = ctx.findings.create(
        engagement,
        FindingDraft(
            Track.JURIDISK,
            "Handleplaner mangler",
            Severity.SIGNIFICANT,
            description="Der er ingen handleplan i flere sager.",
        ),
    )
    authoring = ctx.report_authoring
    first, changed = authoring.pull_finding(engagement, ANALYSE, finding.id)
    assert changed.ids and first.text.count("# Handleplaner mangler") == 1
    again, nothing = authoring.pull_finding(engagement, ANALYSE, finding.id)
    assert nothing.ids == frozenset() and again.text == first.text

    edited = first.text.replace("i flere sager", "i 7 af 20 sager")
    authoring.save_text(engagement, ANALYSE, "konklusioner", edited)
    kept, nothing_either = authoring.pull_finding(engagement, ANALYSE, finding.id)
    assert nothing_either.ids == frozenset() and kept.text == edited
    elsewhere, moved = authoring.pull_finding(engagement, ANALYSE, finding.id, "anbefalinger")
    assert moved.ids and elsewhere.text.startswith("# Handleplaner mangler")


def test_a_save_over_a_newer_text_is_refused_naming_who_and_when(ctx: AppContext) -> None:
    engagement = granted_engagement(ctx)
    authoring = ctx.report_authoring
    kbw = ctx.team.current_consultant()
    assert kbw is not None
    authoring.save_text(engagement, ANALYSE, "metode", "Udgangspunkt")
    opened_by_kbw = SectionVersion.of(authoring.section(engagement, ANALYSE, "metode"))

    ctx.team.act_as(consultant(ctx, "JNE", ConsultantRole.JURIST))
    colleague = authoring.section(engagement, ANALYSE, "metode")
    authoring.save_text(
        engagement, ANALYSE, "metode", "Juristens tekst", loaded=SectionVersion.of(colleague)
    )
    stored = authoring.section(engagement, ANALYSE, "metode").stored
    assert stored is not None and stored.changed_at is not None

    ctx.team.act_as(kbw.id)
    with pytest.raises(SectionChangedError) as refused:
        authoring.save_text(engagement, ANALYSE, "metode", "Min tekst", loaded=opened_by_kbw)
    message = refused.value.message("da")
    assert "JNE Konsulent JNE" in message and "»Metode«" in message
    assert stored.changed_at.astimezone().strftime("%d-%m-%Y %H:%M") in message
    assert authoring.section(engagement, ANALYSE, "metode").text == "Juristens tekst"

    fresh = SectionVersion.of(authoring.section(engagement, ANALYSE, "metode"))
    state, changes = authoring.save_text(engagement, ANALYSE, "metode", "Min tekst", loaded=fresh)
    assert changes.ids and state.text == "Min tekst"


def test_a_first_save_is_refused_when_someone_wrote_the_section_meanwhile(
    ctx: AppContext,
) -> None:
    engagement = granted_engagement(ctx)
    authoring = ctx.report_authoring
    empty = SectionVersion.of(authoring.section(engagement, ANALYSE, "indledning"))
    assert empty.changed_at is None
    authoring.save_text(engagement, ANALYSE, "indledning", "Først")
    with pytest.raises(SectionChangedError):
        authoring.save_text(engagement, ANALYSE, "indledning", "Også først", loaded=empty)
    same, nothing = authoring.save_text(engagement, ANALYSE, "indledning", "Først", loaded=empty)
    assert nothing.ids == frozenset() and same.text == "Først"
