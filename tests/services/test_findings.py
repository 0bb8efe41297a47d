"""The chain: weak requirement → proposed finding → recommendation → updates → tracker."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest

from taskforce_app.bootstrap import AppContext, open_context
from taskforce_app.domain.enums import Answer, RecommendationStatus, RoundStatus, Severity, Track
from taskforce_app.domain.errors import CprNumberError, ValidationError
from taskforce_app.domain.findings import FindingDraft, RecommendationDraft
from taskforce_app.domain.overview import DeadlineKind
from taskforce_app.domain.review import AnswerDraft, RoundView


@pytest.fixture
def demo(demo_db_path: Path) -> Iterator[AppContext]:
    ctx = open_context(demo_db_path, actor="test")
    yield ctx
    ctx.close()


def _complete_round(ctx: AppContext) -> RoundView:
    for row in ctx.engagements.summaries():
        for round_ in ctx.review.rounds(row.id):
            if round_.expected and round_.answered == round_.expected and not round_.locked:
                return round_
    raise AssertionError("the demo has a complete, unlocked round")


def test_weak_requirement_to_tracked_recommendation(demo: AppContext) -> None:
    round_ = _complete_round(demo)
    proposals = demo.findings.propose(round_.id, threshold=0.75)
    assert proposals, "some requirement is met in under 75 % of the cases"
    proposal = proposals[0]
    assert proposal.round_id == round_.id and len(proposal.criterion_ids) == 1
    assert "af" in proposal.description and "%" in proposal.description
    finding, _ = demo.findings.create(round_.engagement_id, proposal)
    assert finding.shown_in == len(proposal.evidence_ids)
    assert finding.assessed_in >= finding.shown_in > 0
    assert finding.evidence_text == f"{finding.shown_in} af {finding.assessed_in} sager"

    today = date.today()
    recommendation, _ = demo.recommendations.create(
        round_.engagement_id,
        RecommendationDraft(
            "Indfør en fast tjekliste", "Afdelingsleder", today - timedelta(days=3), finding.id
        ),
    )
    assert recommendation.status is RecommendationStatus.NOT_STARTED
    assert recommendation.is_overdue(today)
    updated, _ = demo.recommendations.set_status(
        recommendation.id, RecommendationStatus.IN_PROGRESS, "Tjeklisten er i høring", author="MHJ"
    )
    assert [u.new_status for u in updated.history] == [
        RecommendationStatus.NOT_STARTED,
        RecommendationStatus.IN_PROGRESS,
    ]
    assert updated.history[-1].author == "MHJ"
    tracker = demo.recommendations.tracker(today)
    assert tracker[0].is_overdue(today)
    assert recommendation.id in {r.id for r in tracker}
    team = [m.initials for m in demo.team.team(round_.engagement_id)]
    deadlines = demo.overview.deadlines(team[0], days=30, today=today)
    assert recommendation.id in {
        d.item_id for d in deadlines if d.kind is DeadlineKind.RECOMMENDATION
    }


def test_the_evidence_count_follows_the_assessments(demo: AppContext) -> None:
    round_ = _complete_round(demo)
    proposal = demo.findings.propose(round_.id, threshold=1.01)[0]
    finding, _ = demo.findings.create(round_.engagement_id, proposal)
    (criterion_id,) = proposal.criterion_ids
    met_case = next(
        case
        for case in demo.review.sampled_cases(round_.id)
        if any(
            a.criterion_id == criterion_id and a.answer in (Answer.MET, Answer.QUALITY_4)
            for a in demo.review.assessments(case.id)
        )
    )
    track = next(c.track for c in demo.review.criteria(round_.id) if c.id == criterion_id)
    worse = Answer.NOT_MET if track is Track.JURIDISK else Answer.QUALITY_1
    demo.review.set_answer(met_case.id, criterion_id, AnswerDraft(worse, reason="Genvurderet"))
    assert demo.findings.get(finding.id).shown_in == finding.shown_in + 1
    assert demo.findings.get(finding.id).assessed_in == finding.assessed_in


def test_review_notes_block_ready_for_report_until_resolved(demo: AppContext) -> None:
    round_ = _complete_round(demo)
    for earlier in demo.notes.notes(round_.engagement_id, open_only=True):
        demo.notes.resolve(earlier.id)
    demo.review.mark_ready_for_report(round_.id)
    demo.review.reopen(round_.id)
    finding, _ = demo.findings.create(
        round_.engagement_id,
        FindingDraft(
            Track.JURIDISK, "Manglende partshøring", Severity.SIGNIFICANT, round_id=round_.id
        ),
    )
    note_id, _ = demo.notes.add(round_.engagement_id, "Tjek sag 4 igen", finding_id=finding.id)
    assert demo.findings.get(finding.id).open_notes == 1
    with pytest.raises(ValidationError) as caught:
        demo.review.mark_ready_for_report(round_.id)
    assert "ikke løst" in caught.value.message("da")
    demo.notes.resolve(note_id)
    demo.review.mark_ready_for_report(round_.id)
    assert demo.review.get_round(round_.id).status is RoundStatus.READY_FOR_REPORT


def test_bad_input_saves_nothing(demo: AppContext) -> None:
    engagement = demo.engagements.summaries()[0]
    before = len(demo.findings.findings(engagement.id))
    with pytest.raises(ValidationError):
        demo.findings.create(engagement.id, FindingDraft(Track.JURIDISK, "  ", Severity.MINOR))
    with pytest.raises(CprNumberError):
        demo.findings.create(
            engagement.id,
            FindingDraft(Track.JURIDISK, "Fund", Severity.MINOR, description="Barnet 010203-1234"),
        )
    assert len(demo.findings.findings(engagement.id)) == before
    recs = len(demo.recommendations.for_engagement(engagement.id))
    with pytest.raises(ValidationError):
        demo.recommendations.create(engagement.id, RecommendationDraft("   "))
    assert len(demo.recommendations.for_engagement(engagement.id)) == recs
    detail = demo.engagements.get(engagement.id)
    assert detail.planned_end_date is not None
    late, _ = demo.recommendations.create(
        engagement.id,
        RecommendationDraft(
            "Evaluer indsatsen", due_on=detail.planned_end_date + timedelta(days=30)
        ),
    )
    assert [w.code for w in late.warnings] == ["recommendation.due_after_end"]
    edited, _ = demo.recommendations.update(late.id, replace(late.draft(), due_on=None))
    assert edited.warnings == ()
