"""Result lines: a requirement judged under both laws is a total line and a line per law."""

from __future__ import annotations

import uuid

from taskforce_app.domain.criteria import Benchmark
from taskforce_app.domain.enums import Pejlemaerke, RoundKind, Track
from taskforce_app.domain.result_lines import law_label, result_lines
from taskforce_app.domain.result_tables import LawFigure, RequirementResult
from taskforce_app.domain.results import ComplianceFigure

HANDLEPLAN = Benchmark(
    "handleplan",
    "Handleplan",
    "Plan",
    77.0,
    "2019",
    2019,
    "ast.dk",
    kind="pilot",
    municipalities=12,
    comparable_with=("serviceloven",),
)


def plan(reason: str) -> RequirementResult:
    """The plan requirement: Analyse under both laws, Statusmåling under Barnets lov."""
    sl_a, bl_a, bl_s = ComplianceFigure(3, 0), ComplianceFigure(1, 1), ComplianceFigure(3, 1)
    return RequirementResult(
        key=f"juridisk:plan:{uuid.uuid4()}",
        codes=("BL-05", "SL-05"),
        track=Track.JURIDISK,
        pejlemaerke=Pejlemaerke.VALG_AF_INDSATS,
        question="Barnets plan?",
        provision="Barnets lov § 91",
        analyse=sl_a + bl_a,
        statusmaaling=bl_s,
        benchmark=None,
        by_law=(
            LawFigure(RoundKind.ANALYSE, "barnets_lov", bl_a, "BL-05", "Barnets plan?", "BL § 91"),
            LawFigure(
                RoundKind.ANALYSE,
                "serviceloven",
                sl_a,
                "SL-05",
                "Handleplan?",
                "SEL § 140",
                HANDLEPLAN,
            ),
            LawFigure(
                RoundKind.STATUSMAALING, "barnets_lov", bl_s, "BL-05", "Barnets plan?", "BL § 91"
            ),
        ),
        not_comparable_reason=reason,
    )


def test_a_requirement_under_both_laws_gives_a_total_and_a_line_per_law_in_force_order() -> None:
    total, serviceloven, barnets_lov = result_lines([plan("Forskellige krav.")])
    assert (total.code, law_label(total.laws, "da")) == ("SL-05 / BL-05", "Begge love (i alt)")
    assert total.provision == "SEL § 140 / BL § 91"
    assert total.change is None and total.not_comparable_reason == "Forskellige krav."
    assert total.benchmark is None and not total.per_law
    assert total.analyse is not None and (total.analyse.x, total.analyse.n) == (4, 5)
    assert serviceloven.per_law and law_label(serviceloven.laws, "da") == "Serviceloven"
    assert law_label(serviceloven.laws, "en") == "The Social Services Act"
    assert law_label(total.laws, "en") == "Both laws (total)"
    assert serviceloven.benchmark is HANDLEPLAN and serviceloven.statusmaaling is None
    assert serviceloven.analyse is not None and serviceloven.analyse.n == 3
    assert (barnets_lov.code, barnets_lov.provision) == ("BL-05", "BL § 91")
    assert barnets_lov.benchmark is None and barnets_lov.not_comparable_reason == ""
    assert barnets_lov.statusmaaling is not None and barnets_lov.statusmaaling.n == 4


def test_a_comparable_requirement_keeps_its_change_on_the_total_line() -> None:
    total, *_ = result_lines([plan("")])
    assert total.change is not None and total.not_comparable_reason == ""
