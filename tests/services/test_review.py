"""Review rounds on the demo database: criteria, answers and their rules, sign-off and unlock."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from taskforce_app.bootstrap import AppContext, open_context
from taskforce_app.domain.engagements import EngagementSummary
from taskforce_app.domain.enums import Answer, RoundKind, RoundStatus, Track
from taskforce_app.domain.errors import CprNumberError, ValidationError
from taskforce_app.domain.review import AnswerDraft, RoundView


@pytest.fixture
def demo(demo_db_path: Path) -> Iterator[AppContext]:
    ctx = open_context(demo_db_path)
    yield ctx
    ctx.close()


def _open_round(ctx: AppContext) -> tuple[EngagementSummary, RoundView]:
    for row in ctx.engagements.summaries():
        for round_ in ctx.review.rounds(row.id):
            if round_.status is RoundStatus.OPEN and round_.sampled_cases:
                return row, round_
    raise AssertionError("the demo has an open round with a sample")


def test_rounds_show_their_sets_sample_and_progress(demo: AppContext) -> None:
    _, round_ = _open_round(demo)
    assert round_.sampled_cases == 20
    assert round_.legal_set_name in {"Barnets lov (fra 1.1.2024)", "Serviceloven (til 31.12.2023)"}
    assert round_.social_set_name
    assert 0 < round_.answered < round_.expected
    criteria = demo.review.criteria(round_.id)
    assert {c.track for c in criteria} == {Track.JURIDISK, Track.SOCIALFAGLIG}
    assert all(c.provision for c in criteria if c.track is Track.JURIDISK)


def test_answers_follow_the_rules(demo: AppContext) -> None:
    _, round_ = _open_round(demo)
    case = demo.review.sampled_cases(round_.id)[0]
    legal = next(c for c in demo.review.criteria(round_.id) if c.track is Track.JURIDISK)
    social = next(c for c in demo.review.criteria(round_.id) if c.track is Track.SOCIALFAGLIG)
    with pytest.raises(ValidationError):
        demo.review.set_answer(case.id, legal.id, AnswerDraft(Answer.NOT_RELEVANT))
    with pytest.raises(ValidationError):
        demo.review.set_answer(case.id, legal.id, AnswerDraft(Answer.QUALITY_3))
    with pytest.raises(ValidationError):
        demo.review.set_answer(case.id, legal.id, AnswerDraft(Answer.NOT_MET), suggested=Answer.MET)
    with pytest.raises(CprNumberError):
        demo.review.set_answer(case.id, legal.id, AnswerDraft(Answer.MET, note="jf. 010203-1234"))
    view, _ = demo.review.set_answer(
        case.id, legal.id, AnswerDraft(Answer.NOT_RELEVANT, reason="Ingen underretning i sagen")
    )
    assert view.answer is Answer.NOT_RELEVANT
    view, _ = demo.review.set_answer(case.id, social.id, AnswerDraft(Answer.QUALITY_3))
    stored = {a.criterion_id: a.answer for a in demo.review.assessments(case.id)}
    assert stored[legal.id] is Answer.NOT_RELEVANT and stored[social.id] is Answer.QUALITY_3


def test_sign_off_needs_a_complete_round_and_another_consultant(demo: AppContext) -> None:
    _, round_ = _open_round(demo)
    consultants = demo.team.consultants()
    reviewer, signer = consultants[0].id, consultants[1].id
    with pytest.raises(ValidationError) as caught:
        demo.review.sign_off(round_.id, signer)
    assert "mangler" in caught.value.message("da")
    criteria = demo.review.criteria(round_.id)
    for case in demo.review.sampled_cases(round_.id):
        if case.status.value != "active":
            continue
        for criterion in criteria:
            answer = Answer.MET if criterion.track is Track.JURIDISK else Answer.QUALITY_3
            demo.review.set_answer(case.id, criterion.id, AnswerDraft(answer), reviewer_id=reviewer)
    with pytest.raises(ValidationError) as caught:
        demo.review.sign_off(round_.id, reviewer)
    assert "anden konsulent" in caught.value.message("da")
    demo.review.sign_off(round_.id, signer)
    assert demo.review.get_round(round_.id).locked
    case = demo.review.sampled_cases(round_.id)[0]
    with pytest.raises(ValidationError):
        demo.review.set_answer(case.id, criteria[0].id, AnswerDraft(Answer.NOT_MET, reason="x"))
    with pytest.raises(ValidationError):
        demo.review.unlock(round_.id, signer, "  ")
    demo.review.unlock(round_.id, signer, "Fejl i sag 3 skal rettes")
    assert demo.review.get_round(round_.id).status is RoundStatus.OPEN


def test_a_new_round_copies_the_setup_without_answers(demo: AppContext) -> None:
    engagement, round_ = _open_round(demo)
    copy, _ = demo.review.create_round(
        engagement.id, RoundKind.OTHER, "Ekstra", copy_from=round_.id
    )
    assert copy.legal_set_name == round_.legal_set_name
    assert copy.sampling_method == round_.sampling_method
    assert (copy.sampled_cases, copy.answered, copy.status) == (0, 0, RoundStatus.OPEN)


def test_demo_samples_use_the_app_sampler_so_cases_can_be_replaced(demo: AppContext) -> None:
    from taskforce_app.domain.enums import SampledCaseStatus

    _, round_ = _open_round(demo)
    cases = demo.review.sampled_cases(round_.id)
    assert [c.position for c in cases][:3] == [1, 2, 3]
    first = next(c for c in cases if c.status is SampledCaseStatus.ACTIVE)
    new_ref, _ = demo.sampling.replace(first.id, "Sagen er uden for målgruppen")
    after = demo.review.sampled_cases(round_.id)
    assert new_ref not in {c.case_ref for c in cases}
    assert [c.case_ref for c in after if c.status is SampledCaseStatus.ACTIVE].count(new_ref) == 1
    replaced = next(c for c in after if c.id == first.id)
    assert replaced.status is SampledCaseStatus.REPLACED
    assert round_.sampling_parameters.get("case_list_import")


def test_a_replaced_case_cannot_be_replaced_again(demo: AppContext) -> None:
    from taskforce_app.domain.enums import SampledCaseStatus

    _, round_ = _open_round(demo)
    first = next(
        c for c in demo.review.sampled_cases(round_.id) if c.status is SampledCaseStatus.ACTIVE
    )
    demo.sampling.replace(first.id, "Sagen kan ikke findes")
    active = sum(
        1 for c in demo.review.sampled_cases(round_.id) if c.status is SampledCaseStatus.ACTIVE
    )
    with pytest.raises(ValidationError) as caught:
        demo.sampling.replace(first.id, "Igen")
    assert "allerede erstattet" in caught.value.message("da")
    after = sum(
        1 for c in demo.review.sampled_cases(round_.id) if c.status is SampledCaseStatus.ACTIVE
    )
    assert after == active


def test_the_criteria_set_cannot_change_under_answers(demo: AppContext) -> None:
    engagement, round_ = _open_round(demo)
    assert round_.answered > 0
    other = "serviceloven" if "Barnets" in round_.legal_set_name else "barnets_lov"
    with pytest.raises(ValidationError) as caught:
        demo.review.set_legal_set(round_.id, other)
    assert "kan ikke skiftes" in caught.value.message("da")
    assert demo.results.for_engagement(engagement.id).requirements  # results still compute


def test_service_replacement_respects_a_zero_minimum() -> None:
    """A stratified draw with minimum 0 is redrawn with minimum 0 when a case is replaced."""
    from taskforce_app.services.sampling import _stored_minimum

    assert _stored_minimum({"minimum_per_stratum": 0}) == 0
    assert _stored_minimum({"minimum_per_stratum": 3}) == 3
    assert _stored_minimum({}) == 1


def test_results_are_per_law_and_change_only_where_comparable(demo: AppContext) -> None:
    seen_not_comparable = seen_comparable = False
    for engagement in demo.engagements.summaries():
        results = demo.results.for_engagement(engagement.id)
        for requirement in results.requirements:
            if requirement.track is not Track.JURIDISK:
                continue
            laws = {figure.law for figure in requirement.by_law}
            assert laws <= {"barnets_lov", "serviceloven"}
            per_kind = {
                kind: sum(f.figure.n for f in requirement.by_law if f.kind is kind)
                for kind in (RoundKind.ANALYSE, RoundKind.STATUSMAALING)
            }
            for kind, figure in (
                (RoundKind.ANALYSE, requirement.analyse),
                (RoundKind.STATUSMAALING, requirement.statusmaaling),
            ):
                assert (figure.n if figure is not None else 0) == per_kind[kind]
            if requirement.analyse is None or requirement.statusmaaling is None:
                continue
            if requirement.comparable:
                seen_comparable = True
                assert requirement.change is not None
            else:
                seen_not_comparable = True
                assert requirement.change is None and requirement.not_comparable_reason
                assert laws == {"barnets_lov", "serviceloven"}
    assert seen_comparable and seen_not_comparable


def test_key_dates_decide_the_case_law_and_the_cut_off_the_follow_up(
    demo: AppContext,
) -> None:
    from dataclasses import replace
    from datetime import date

    _, round_ = _open_round(demo)
    unanswered = next(
        case
        for case in demo.review.sampled_cases(round_.id)
        if case.answered == 0 and case.status.value == "active"
    )
    dates = replace(
        unanswered.key_dates,
        decision_on=date(2023, 12, 31),
        notification_aware_on=date(2023, 11, 1),
        measure_started_on=date(2023, 12, 31),
        measure_ended_on=None,
        follow_up_dates=(),
    )
    demo.review.set_key_dates(unanswered.id, dates)
    assert demo.review.case_suggestions(unanswered.id).law == "serviceloven"
    demo.review.set_key_dates(unanswered.id, replace(dates, decision_on=date(2024, 1, 1)))
    found = demo.review.case_suggestions(unanswered.id)
    assert found.law == "barnets_lov"
    codes = {item.code for item in demo.review.case_criteria(unanswered.id)}
    assert {item.code for item in found.criteria} <= codes
    first = next(item for item in found.criteria if item.topic == "first_follow_up")
    assert first.check is not None and first.check.answer is None  # no cut-off: not judged
    demo.review.set_cut_off(round_.id, date(2024, 6, 1))
    first = next(
        item
        for item in demo.review.case_suggestions(unanswered.id).criteria
        if item.topic == "first_follow_up"
    )
    assert first.check is not None and first.check.answer is Answer.NOT_MET
    assert demo.review.get_round(round_.id).cut_off_on == date(2024, 6, 1)
