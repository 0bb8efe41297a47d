"""The systematic sample runs through the case list in the list's own order (issue 13, 8);
a round drawn before keeps its method and redraws exactly."""

from __future__ import annotations

import itertools
import uuid
from pathlib import Path

from sqlalchemy import select, update

from taskforce_app.bootstrap import AppContext
from taskforce_app.domain.enums import RoundKind, SamplingMethod
from taskforce_app.domain.sampling import (
    SampleRequest,
    SampleUnit,
    draw_sample,
    next_replacement,
)
from taskforce_app.persistence.models import Case, ReviewRound, SampledCase
from tests.services.helpers import granted_engagement

REFS = [f"K-{number}" for number in range(1, 41)]
"""The list's order: K-1, K-2, … K-40 (code point order would put K-10 before K-2)."""


def _import(context: AppContext, tmp_path: Path) -> uuid.UUID:
    engagement_id = granted_engagement(context, "Vejle")
    path = tmp_path / "sager.csv"
    path.write_text("Udtræk\nSagsnr.;Sagstype\n" + "".join(f"{r};Forebyggende\n" for r in REFS))
    preview = context.case_lists.preview(engagement_id, path)
    outcome, _ = context.case_lists.import_rows(engagement_id, preview.table, preview.mapping)
    assert outcome.stored == len(REFS)
    return engagement_id


def test_cases_keep_their_row_and_the_systematic_draw_follows_it(
    context: AppContext, tmp_path: Path
) -> None:
    engagement_id = _import(context, tmp_path)
    with context._db.read() as session:
        rows = dict(
            session.execute(
                select(Case.case_ref, Case.list_row).where(Case.engagement_id == engagement_id)
            ).all()
        )
    assert rows == {ref: number for number, ref in enumerate(REFS, start=3)}  # file rows 3 …
    round_, _ = context.review.create_round(engagement_id, RoundKind.OTHER, "Test")
    asked = SampleRequest(SamplingMethod.SYSTEMATIC_BY_CASE_REF, 8, "liste")
    result, _ = context.sampling.draw(round_.id, asked)
    draw = result.draw
    assert draw.method is SamplingMethod.SYSTEMATIC  # a new draw always uses the list's order
    picked = [REFS.index(ref) for ref in draw.case_refs]
    assert picked == sorted(picked) and {b - a for a, b in itertools.pairwise(picked)} == {5}
    stored = context.review.get_round(round_.id)
    assert stored.sampling_method is SamplingMethod.SYSTEMATIC
    assert stored.sampling_parameters["order"] == "list_row"
    units = [SampleUnit(ref, "", row or 0) for ref, row in rows.items()]
    assert draw == draw_sample(units, seed="liste", method=SamplingMethod.SYSTEMATIC, size=8)
    first = context.review.sampled_cases(round_.id)[0]
    new_ref, _ = context.sampling.replace(first.id, "Sagen findes ikke")
    assert new_ref == REFS[picked[0] + 1]  # the next row of the list


def test_an_old_systematic_round_is_replaced_in_case_number_order(
    context: AppContext, tmp_path: Path
) -> None:
    engagement_id = _import(context, tmp_path)
    round_, _ = context.review.create_round(engagement_id, RoundKind.OTHER, "Gammel")
    context.sampling.draw(round_.id, SampleRequest(SamplingMethod.SYSTEMATIC, 8, "gammel"))
    # what the app stored for a systematic round before the list's order was kept
    legacy = draw_sample(
        [SampleUnit(ref) for ref in REFS],
        seed="gammel",
        method=SamplingMethod.SYSTEMATIC_BY_CASE_REF,
        size=8,
    )
    with context._db.write() as session:
        session.execute(
            update(ReviewRound)
            .where(ReviewRound.id == round_.id)
            .values(
                sampling_method=SamplingMethod.SYSTEMATIC_BY_CASE_REF,
                population_fingerprint=legacy.population_fingerprint,
            )
        )
        ids = dict(
            session.execute(
                select(Case.case_ref, Case.id).where(Case.engagement_id == engagement_id)
            ).all()
        )
        sampled = session.scalars(
            select(SampledCase)
            .where(SampledCase.round_id == round_.id)
            .order_by(SampledCase.position)
        ).all()
        # Two passes through cases in neither sample: a row may not take a case another row
        # of the round still holds (unique per round), whatever order the flush takes.
        held = {row.case_id for row in sampled} | {ids[ref] for ref in legacy.case_refs}
        free = [case_id for case_id in ids.values() if case_id not in held]
        for row, case_id in zip(sampled, free, strict=False):
            row.case_id = case_id
        session.flush()
        for row, ref in zip(sampled, legacy.case_refs, strict=True):
            row.case_id = ids[ref]
    first = context.review.sampled_cases(round_.id)[0]
    assert first.case_ref == legacy.case_refs[0]
    new_ref, _ = context.sampling.replace(first.id, "Sagen findes ikke")
    units = [SampleUnit(ref) for ref in REFS]
    assert new_ref == next_replacement(legacy, units, legacy.case_refs[0])
    assert context.review.get_round(round_.id).sampling_method is (
        SamplingMethod.SYSTEMATIC_BY_CASE_REF
    )
