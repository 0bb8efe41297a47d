"""A forløb built through the services whose Analyse round straddles 1 January 2024.

Analyse: three cases decided in 2023 (Serviceloven) and two in 2024 (Barnets lov).
Statusmåling: four cases decided in 2025 (Barnets lov), from a newer case list.
Every juridisk requirement is answered the same way, so each figure is known:
Serviceloven cases all Opfyldt; the Barnets lov cases Opfyldt except the first of each round
(Ikke opfyldt). Quality points: Tilstrækkelig.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from openpyxl import Workbook

from taskforce_app.bootstrap import AppContext
from taskforce_app.domain.enums import Answer, RoundKind, SamplingMethod, Track
from taskforce_app.domain.review import AnswerDraft
from taskforce_app.domain.sampling import SampleRequest
from tests.services.helpers import granted_engagement

ANALYSE_CASES = (
    ("A-1", date(2023, 3, 1)),
    ("A-2", date(2023, 6, 15)),
    ("A-3", date(2023, 12, 29)),
    ("A-4", date(2024, 1, 2)),
    ("A-5", date(2024, 5, 20)),
)
STATUS_CASES = (
    ("S-1", date(2025, 2, 3)),
    ("S-2", date(2025, 3, 4)),
    ("S-3", date(2025, 4, 7)),
    ("S-4", date(2025, 5, 6)),
)
NOT_MET = frozenset({"A-4", "S-1"})
"""The cases answered Ikke opfyldt on every juridisk requirement."""


@dataclass(frozen=True, slots=True)
class MixedLawForloeb:
    """The ids of the forløb and its two rounds."""

    engagement_id: uuid.UUID
    analyse_id: uuid.UUID
    status_id: uuid.UUID


def _case_list(path: Path, cases: tuple[tuple[str, date], ...]) -> Path:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Sagsnr.", "Sagstype", "Afgørelsesdato"])
    for ref, decided in cases:
        sheet.append([ref, "Underretning", decided])
    book.save(path)
    return path


def _import(
    ctx: AppContext, engagement_id: uuid.UUID, path: Path, cases: tuple[tuple[str, date], ...]
) -> None:
    preview = ctx.case_lists.preview(engagement_id, _case_list(path, cases))
    outcome, _ = ctx.case_lists.import_rows(engagement_id, preview.table, preview.mapping)
    assert outcome.stored == len(cases) and not outcome.report.problems


def _answer_round(ctx: AppContext, round_id: uuid.UUID) -> None:
    for case in ctx.review.sampled_cases(round_id):
        answer = Answer.NOT_MET if case.case_ref in NOT_MET else Answer.MET
        drafts: list[tuple[uuid.UUID, AnswerDraft, Answer | None]] = [
            (
                criterion.id,
                AnswerDraft(answer if criterion.track is Track.JURIDISK else Answer.QUALITY_3),
                None,
            )
            for criterion in ctx.review.case_criteria(case.id)
        ]
        ctx.review.set_answers(case.id, drafts)


def build_mixed_law_forloeb(ctx: AppContext, folder: Path) -> MixedLawForloeb:
    """Create the forløb, import both case lists, draw and answer both rounds."""
    engagement_id = granted_engagement(ctx, "Vejle", start=date(2024, 9, 2))
    _import(ctx, engagement_id, folder / "sager_analyse.xlsx", ANALYSE_CASES)
    analyse, _ = ctx.review.create_round(engagement_id, RoundKind.ANALYSE, "Analyse 2024")
    ctx.sampling.draw(
        analyse.id, SampleRequest(SamplingMethod.RANDOM, len(ANALYSE_CASES), "analyse")
    )
    _answer_round(ctx, analyse.id)
    _import(ctx, engagement_id, folder / "sager_status.xlsx", STATUS_CASES)
    status, _ = ctx.review.create_round(engagement_id, RoundKind.STATUSMAALING, "Statusmåling 2025")
    ctx.sampling.draw(status.id, SampleRequest(SamplingMethod.RANDOM, len(STATUS_CASES), "status"))
    _answer_round(ctx, status.id)
    return MixedLawForloeb(engagement_id, analyse.id, status.id)
