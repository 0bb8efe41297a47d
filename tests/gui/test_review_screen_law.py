"""The review screen judges each case by its own law and shows the service's suggestions."""

from __future__ import annotations

from taskforce_app.bootstrap import AppContext
from taskforce_app.domain.enums import RoundStatus, SampledCaseStatus, Track
from taskforce_app.ui.review.review_screen import CaseReviewWidget
from tests.gui.test_review_screen import demo_context, dialogs, rounds, screen  # noqa: F401


def test_each_case_shows_its_own_law_and_the_service_suggestions(
    screen: CaseReviewWidget,  # noqa: F811
    demo_context: AppContext,  # noqa: F811
) -> None:
    mixed = None
    for round_ in rounds(demo_context, RoundStatus.OPEN) + rounds(
        demo_context, RoundStatus.SIGNED_OFF
    ):
        laws = {
            case.id: demo_context.review.case_suggestions(case.id).law
            for case in demo_context.review.sampled_cases(round_.id)
            if case.status is SampledCaseStatus.ACTIVE
        }
        if set(laws.values()) == {"barnets_lov", "serviceloven"}:
            mixed = round_, laws
            break
    assert mixed is not None, "the demo has a round straddling 1 January 2024"
    round_, laws = mixed
    screen.set_round(round_.id)
    for row, case in enumerate(screen.sample_model.cases()):
        if case.id not in laws:
            continue
        screen.select_case(row)
        prefix = "BL-" if laws[case.id] == "barnets_lov" else "SL-"
        legal = [
            screen.criteria_model.review_row(number)
            for number in screen.criteria_model.criterion_rows()
        ]
        codes = [
            r.criterion.code for r in legal if r is not None and r.criterion.track is Track.JURIDISK
        ]
        assert codes and all(code.startswith(prefix) for code in codes)
        expected = demo_context.review.case_suggestions(case.id).by_criterion()
        shown = {
            r.criterion.id: r.suggestion
            for r in legal
            if r is not None and r.suggestion is not None
        }
        assert shown == expected
