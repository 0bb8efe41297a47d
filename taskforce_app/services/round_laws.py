"""Which law each case of a round is judged by, for the workbook's assessment sheet."""

from __future__ import annotations

import uuid

from taskforce_app.domain.enums import Track
from taskforce_app.domain.review import CriterionView
from taskforce_app.domain.workbook_models import RoundLaws
from taskforce_app.services.review import ReviewService


def round_laws(review: ReviewService, round_id: uuid.UUID) -> RoundLaws:
    """Each active case's law (as the review screen and `suggestions` give it) and the juridisk
    requirements of every law the round's cases fall under.

    Args:
        review: the review service over the database (or snapshot) being read.
        round_id: the round.
    """
    case_laws: dict[uuid.UUID, str] = {}
    criteria: dict[str, tuple[CriterionView, ...]] = {}
    for item in review.suggestions(round_id):
        if not item.law:
            continue
        case_laws[item.sampled_case_id] = item.law
        if item.law not in criteria:
            criteria[item.law] = tuple(
                criterion
                for criterion in review.case_criteria(item.sampled_case_id)
                if criterion.track is Track.JURIDISK
            )
    return RoundLaws(case_laws, criteria)
