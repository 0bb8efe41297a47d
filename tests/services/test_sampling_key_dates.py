"""A sampled case starts with the key dates its row of the case list holds."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from openpyxl import Workbook

from taskforce_app.bootstrap import AppContext
from taskforce_app.domain.enums import RoundKind, SamplingMethod
from taskforce_app.domain.review import KeyDates
from taskforce_app.domain.sampling import SampleRequest
from tests.services.helpers import granted_engagement


def _case_list(path: Path) -> Path:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(
        [
            "Sagsnr.",
            "Underretning modtaget",
            "Opmærksom",
            "BFU påbegyndt",
            "BFU afsluttet",
            "Afgørelsesdato",
            "Paragraf",
            "Indsats iværksat",
            "Indsats ophørt",
            "Handleplan",
        ]
    )
    for number in range(1, 4):
        sheet.append(
            [
                f"S-{number}",
                date(2024, 1, 10),
                date(2024, 1, 5) if number == 1 else None,
                date(2024, 3, 15),
                date(2024, 7, number),
                date(2024, 7, 20),
                "§ 32",
                date(2024, 8, 1),
                date(2024, 12, 31),
                date(2024, 8, 15),
            ]
        )
    book.save(path)
    return path


def _expected(ref: str) -> KeyDates:
    return KeyDates(
        notification_aware_on=date(2024, 1, 5) if ref == "S-1" else date(2024, 1, 10),
        investigation_started_on=date(2024, 3, 15),
        investigation_completed_on=date(2024, 7, int(ref[-1])),
        decision_on=date(2024, 7, 20),
        decision_basis="§ 32",
        measure_started_on=date(2024, 8, 1),
        measure_ended_on=date(2024, 12, 31),
        plan_on=date(2024, 8, 15),
    )


def test_sampled_and_replacement_cases_get_their_key_dates_from_the_list(
    context: AppContext, tmp_path: Path
) -> None:
    engagement_id = granted_engagement(context, "Vejle")
    preview = context.case_lists.preview(engagement_id, _case_list(tmp_path / "sager.xlsx"))
    outcome, _ = context.case_lists.import_rows(engagement_id, preview.table, preview.mapping)
    assert outcome.stored == 3 and not outcome.report.problems
    round_, _ = context.review.create_round(engagement_id, RoundKind.OTHER, "Test")
    context.sampling.draw(round_.id, SampleRequest(SamplingMethod.RANDOM, 2, "seed"))
    sampled = context.review.sampled_cases(round_.id)
    assert len(sampled) == 2
    for case in sampled:
        assert case.key_dates == _expected(case.case_ref)
    new_ref, _ = context.sampling.replace(sampled[0].id, "Sagen kunne ikke findes")
    replacement = next(c for c in context.review.sampled_cases(round_.id) if c.case_ref == new_ref)
    assert replacement.key_dates == _expected(new_ref)
