"""Compliance maths: Wilson intervals, tallies, Danish formatting, changes and aggregates."""

from __future__ import annotations

from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from taskforce_app.domain.enums import Answer, Pejlemaerke
from taskforce_app.domain.results import (
    ComplianceChange,
    ComplianceFigure,
    QualityFigure,
    aggregate_by_pejlemaerke,
    change_between,
    combine,
    format_count,
    format_percent,
    format_proportion,
    tally,
    tally_quality,
    wilson_interval,
)


@pytest.mark.parametrize(
    ("x", "n", "low", "high"),
    [
        (12, 18, 0.437495, 0.837212),
        (0, 10, 0.0, 0.277533),
        (10, 10, 0.722467, 1.0),
        (5, 10, 0.236593, 0.763407),
        (1, 1, 0.206549, 1.0),
        (81, 263, 0.255289, 0.366210),  # Newcombe (1998), method 3: 0.2553–0.3662
    ],
)
def test_wilson_against_known_values(x: int, n: int, low: float, high: float) -> None:
    interval = wilson_interval(x, n)
    assert interval is not None
    assert interval == pytest.approx((low, high), abs=1e-6)


def test_wilson_edges() -> None:
    assert wilson_interval(0, 0) is None
    low, high = wilson_interval(0, 7) or (None, None)
    assert low == 0.0 and high is not None and high < 1
    low, high = wilson_interval(7, 7) or (None, None)
    assert high == 1.0 and low is not None and low > 0
    wide = wilson_interval(12, 18, z=2.5758)
    narrow = wilson_interval(12, 18)
    assert wide is not None and narrow is not None
    assert wide[0] < narrow[0] and wide[1] > narrow[1]


@pytest.mark.parametrize(("x", "n", "z"), [(-1, 5, 1.96), (6, 5, 1.96), (0, -1, 1.96), (1, 2, 0.0)])
def test_wilson_refuses_nonsense(x: int, n: int, z: float) -> None:
    with pytest.raises(ValueError):
        wilson_interval(x, n, z)


@given(st.integers(0, 2000).flatmap(lambda n: st.tuples(st.integers(0, n), st.just(n))))
def test_wilson_contains_the_share(pair: tuple[int, int]) -> None:
    x, n = pair
    interval = wilson_interval(x, n)
    if n == 0:
        assert interval is None
        return
    assert interval is not None
    low, high = interval
    assert 0.0 <= low <= x / n <= high <= 1.0


def test_tally_leaves_out_not_relevant_cannot_assess_and_unanswered() -> None:
    answers: list[Answer | None] = [Answer.MET] * 12
    answers += [Answer.NOT_MET] * 6
    answers += [Answer.NOT_RELEVANT] * 3
    answers += [Answer.CANNOT_ASSESS] * 2 + [None, None]
    figure = tally(answers)
    assert figure == ComplianceFigure(
        met=12, not_met=6, not_relevant=3, cannot_assess=2, unanswered=2
    )
    assert (figure.x, figure.n) == (12, 18)
    assert figure.share == pytest.approx(2 / 3)
    assert figure.interval == pytest.approx((0.437495, 0.837212), abs=1e-6)
    assert figure.formatted() == "12 af 18 (67 %)"
    assert figure.formatted("da", 1) == "12 af 18 (66,7 %)"
    assert figure.formatted("en") == "12 of 18 (67%)"


def test_empty_and_extreme_figures() -> None:
    nothing = tally([Answer.NOT_RELEVANT, None])
    assert nothing.n == 0 and nothing.share is None and nothing.interval is None
    assert nothing.formatted() == "0 af 0 (–)"
    assert tally([Answer.NOT_MET] * 4).formatted() == "0 af 4 (0 %)"
    assert tally([Answer.MET] * 4).formatted("da", 1) == "4 af 4 (100,0 %)"
    assert tally([]) == ComplianceFigure(0, 0)


def test_tally_refuses_the_other_scale() -> None:
    with pytest.raises(ValueError, match="quality answer"):
        tally([Answer.QUALITY_3])
    with pytest.raises(ValueError, match="compliance answer"):
        tally_quality([Answer.MET])
    with pytest.raises(ValueError, match="negative"):
        ComplianceFigure(-1, 0)
    with pytest.raises(ValueError, match="negative"):
        QualityFigure(0, 0, 0, -1)


@pytest.mark.parametrize(
    ("x", "n", "decimals", "text"),
    [
        (1, 8, 0, "1 af 8 (13 %)"),  # 12.5 rounds half up
        (3, 8, 0, "3 af 8 (38 %)"),  # 37.5
        (1, 3, 2, "1 af 3 (33,33 %)"),
        (2, 3, 1, "2 af 3 (66,7 %)"),
        (1, 200, 0, "1 af 200 (1 %)"),  # 0.5
        (1234, 2000, 1, "1.234 af 2.000 (61,7 %)"),
    ],
)
def test_danish_formatting(x: int, n: int, decimals: int, text: str) -> None:
    assert format_proportion(x, n, decimals) == text


def test_formatting_helpers() -> None:
    assert format_percent(Fraction(1, 3), 1, language="en") == "33.3%"
    assert format_count(1234567) == "1.234.567"
    assert format_count(1234567, language="en") == "1,234,567"
    with pytest.raises(ValueError, match="decimals"):
        format_percent(Fraction(1, 2), -1)


def test_change_between_rounds() -> None:
    before, after = ComplianceFigure(9, 9), ComplianceFigure(12, 6)
    change = change_between(before, after)
    assert change.points_exact == Fraction(50, 3)
    assert change.points == pytest.approx(16.6667, abs=1e-4)
    assert change.sign == 1
    assert change.formatted() == "+17 procentpoint"
    assert change.formatted("da", 1) == "+16,7 procentpoint"
    assert change.formatted("en", 1) == "+16.7 percentage points"
    worse = change_between(after, before)
    assert (worse.sign, worse.formatted()) == (-1, "-17 procentpoint")
    same = change_between(ComplianceFigure(1, 1), ComplianceFigure(5, 5))
    assert (same.sign, same.formatted()) == (0, "0 procentpoint")
    tiny = ComplianceChange(before_x=100, before_n=200, after_x=201, after_n=400)
    assert (tiny.sign, tiny.formatted()) == (1, "0 procentpoint")
    unknown = change_between(ComplianceFigure(0, 0), after)
    assert (unknown.points, unknown.sign, unknown.formatted()) == (None, None, "–")


def test_aggregate_per_pejlemaerke_sums_case_requirement_pairs() -> None:
    figures = [
        (Pejlemaerke.OPFOELGNING, ComplianceFigure(5, 5, not_relevant=2)),
        (Pejlemaerke.FAGLIG_UDREDNING, ComplianceFigure(12, 6)),
        (Pejlemaerke.OPFOELGNING, ComplianceFigure(3, 7, unanswered=1)),
    ]
    result = aggregate_by_pejlemaerke(figures)
    assert list(result) == [Pejlemaerke.FAGLIG_UDREDNING, Pejlemaerke.OPFOELGNING]
    assert result[Pejlemaerke.OPFOELGNING] == ComplianceFigure(8, 12, not_relevant=2, unanswered=1)
    assert result[Pejlemaerke.OPFOELGNING].formatted() == "8 af 20 (40 %)"
    assert combine(figure for _, figure in figures) == ComplianceFigure(
        20, 18, not_relevant=2, unanswered=1
    )


def test_quality_scale() -> None:
    answers: list[Answer | None] = [Answer.QUALITY_1, Answer.QUALITY_2, Answer.QUALITY_2]
    answers += [Answer.QUALITY_3] * 6
    answers += [Answer.QUALITY_4] * 3 + [Answer.NOT_RELEVANT, Answer.CANNOT_ASSESS, None]
    figure = tally_quality(answers)
    assert figure == QualityFigure(1, 2, 6, 3, not_relevant=1, cannot_assess=1, unanswered=1)
    assert (figure.x, figure.n) == (9, 12)
    assert figure.share_sufficient == 0.75
    assert figure.distribution == pytest.approx((1 / 12, 2 / 12, 6 / 12, 3 / 12))
    assert figure.formatted() == "9 af 12 (75 %)"
    assert figure.formatted("en") == "9 of 12 (75%)"
    assert figure.interval == wilson_interval(9, 12)
    empty = tally_quality([None])
    assert (empty.distribution, empty.share_sufficient, empty.interval) == (None, None, None)
    later = figure + QualityFigure(0, 0, 2, 2)
    assert later.n == 16 and later.x == 13
    assert change_between(figure, later).formatted("da", 1) == "+6,3 procentpoint"
