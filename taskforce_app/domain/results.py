"""Compliance figures of a case review: "opfyldt i x af n sager (y %)", intervals and changes.

Conventions:
- n = met + not met: "Ikke relevant" and "Kan ikke vurderes" are counted but left out of n, as
  in Børnesagsbarometret (a lawful exception is answered as met). Unanswered cases are counted
  separately and left out too.
- Percentages are rounded half up from the exact fraction (12,5 % → 13 %), never via a float.
- The 95 % interval is Wilson's score interval; with n = 0 there is no interval (None), because
  (0, 0) would claim a certainty that nothing supports.
- Aggregates per pejlemærke sum case-requirement *pairs*, not cases: a case counts once per
  requirement of the pejlemærke that applies to it. Pairs of one case are not independent, so
  the Wilson interval of an aggregate is narrower than the truth; show it as a guide only.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import Field, dataclass, fields
from fractions import Fraction
from typing import ClassVar, Protocol, Self

from taskforce_app.domain.enums import Answer, Pejlemaerke
from taskforce_app.domain.text import N_, NC_, Language, translate

Z_95 = 1.959963984540054
"""The standard normal quantile for a two-sided 95 % interval."""

NO_FIGURE = "–"
"""Shown instead of a percentage when n = 0."""

_QUALITY = (Answer.QUALITY_1, Answer.QUALITY_2, Answer.QUALITY_3, Answer.QUALITY_4)


class Proportion(Protocol):
    """Anything with a count x out of n."""

    @property
    def x(self) -> int:
        """The cases counted as a success."""
        ...

    @property
    def n(self) -> int:
        """The cases in the denominator."""
        ...


def wilson_interval(x: int, n: int, z: float = Z_95) -> tuple[float, float] | None:
    """Wilson's score interval for x successes out of n, or None when n = 0.

    The ends are exact at the edges: low is 0.0 when x = 0 and high is 1.0 when x = n.

    Raises:
        ValueError: x or n negative, x > n, or z not a positive finite number.
    """
    if n < 0 or not 0 <= x <= n:
        raise ValueError(f"need 0 ≤ x ≤ n, got x={x}, n={n}")
    if not (math.isfinite(z) and z > 0):
        raise ValueError(f"z must be a positive finite number, got {z}")
    if n == 0:
        return None
    share = x / n
    z2 = z * z
    denominator = 1 + z2 / n
    centre = (share + z2 / (2 * n)) / denominator
    half = z / denominator * math.sqrt(share * (1 - share) / n + z2 / (4 * n * n))
    low = 0.0 if x == 0 else max(0.0, centre - half)
    high = 1.0 if x == n else min(1.0, centre + half)
    return (low, high)


def format_percent(value: Fraction, decimals: int = 0, *, language: Language = "da") -> str:
    """`value` (a share, 0.5 = 50 %) as a percentage, rounded half away from zero.

    The catalogue gives the decimal sign and the percent pattern: "66,7 %" in Danish, "66.7%"
    in English.
    """
    number = _number(value * 100, decimals, language)
    return translate(N_("{number}%"), language).format(number=number)


def format_count(value: int, *, language: Language = "da") -> str:
    """A whole number with thousands separators: "1.234" in Danish, "1,234" in English."""
    return f"{value:,}".replace(
        ",", translate(NC_("thousands separator", ","), language, "thousands separator")
    )


def format_proportion(x: int, n: int, decimals: int = 0, *, language: Language = "da") -> str:
    """ "12 af 18 (67 %)" in Danish, "12 of 18 (67%)" in English; "0 af 0 (–)" when n = 0."""
    share = NO_FIGURE if n == 0 else format_percent(Fraction(x, n), decimals, language=language)
    return translate(N_("{x} of {n} ({share})"), language).format(
        x=format_count(x, language=language), n=format_count(n, language=language), share=share
    )


class _CaseCounts:
    """What both figures share: counts that are never negative and add up field by field, and a
    share x of n with its interval and its text. Subclasses are frozen dataclasses of counts."""

    __slots__ = ()
    __dataclass_fields__: ClassVar[dict[str, Field[int]]]

    @property
    def x(self) -> int:
        """The cases counted as a success."""
        raise NotImplementedError

    @property
    def n(self) -> int:
        """The cases in the denominator."""
        raise NotImplementedError

    def __post_init__(self) -> None:
        """Refuse negative counts.

        Raises:
            ValueError: a count is negative.
        """
        _check_counts(*(getattr(self, field.name) for field in fields(self)))

    def __add__(self, other: Self) -> Self:
        """The figure of both together (counts added)."""
        added = {
            field.name: getattr(self, field.name) + getattr(other, field.name)
            for field in fields(self)
        }
        return type(self)(**added)

    @property
    def interval(self) -> tuple[float, float] | None:
        """The 95 % Wilson interval of x / n, or None when n = 0."""
        return wilson_interval(self.x, self.n)

    def formatted(self, language: Language = "da", decimals: int = 0) -> str:
        """ "12 af 18 (67 %)" ("12 of 18 (67%)" in English); "0 af 0 (–)" when n = 0."""
        return format_proportion(self.x, self.n, decimals, language=language)


@dataclass(frozen=True, slots=True)
class ComplianceFigure(_CaseCounts):
    """The answers to one requirement (or a sum of requirements) across the cases."""

    met: int
    not_met: int
    not_relevant: int = 0
    cannot_assess: int = 0
    unanswered: int = 0
    """Cases without an answer yet: counted here, left out of everything else."""

    @property
    def x(self) -> int:
        """The met answers (the numerator)."""
        return self.met

    @property
    def n(self) -> int:
        """Met + not met: the cases the requirement could be judged on."""
        return self.met + self.not_met

    @property
    def share(self) -> float | None:
        """met / n, or None when n = 0."""
        return None if self.n == 0 else self.met / self.n


@dataclass(frozen=True, slots=True)
class QualityFigure(_CaseCounts):
    """The socialfaglig quality scale across cases: q1 utilstrækkelig … q4 god."""

    q1: int
    q2: int
    q3: int
    q4: int
    not_relevant: int = 0
    cannot_assess: int = 0
    unanswered: int = 0

    @property
    def x(self) -> int:
        """The cases at q3 or q4: "tilstrækkelig eller bedre"."""
        return self.q3 + self.q4

    @property
    def n(self) -> int:
        """The cases placed on the scale (q1 … q4)."""
        return self.q1 + self.q2 + self.q3 + self.q4

    @property
    def share_sufficient(self) -> float | None:
        """(q3 + q4) / n, or None when n = 0."""
        return None if self.n == 0 else self.x / self.n

    @property
    def distribution(self) -> tuple[float, float, float, float] | None:
        """The shares of q1, q2, q3 and q4 (summing to 1), or None when n = 0."""
        if self.n == 0:
            return None
        return (self.q1 / self.n, self.q2 / self.n, self.q3 / self.n, self.q4 / self.n)


@dataclass(frozen=True, slots=True)
class ComplianceChange:
    """The change in a share from one round (e.g. the analyse) to the next (the statusmåling)."""

    before_x: int
    before_n: int
    after_x: int
    after_n: int

    @property
    def points_exact(self) -> Fraction | None:
        """The change in percentage points, exactly; None when either round has n = 0."""
        if self.before_n == 0 or self.after_n == 0:
            return None
        return (Fraction(self.after_x, self.after_n) - Fraction(self.before_x, self.before_n)) * 100

    @property
    def points(self) -> float | None:
        """The change in percentage points; None when either round has n = 0."""
        exact = self.points_exact
        return None if exact is None else float(exact)

    @property
    def sign(self) -> int | None:
        """+1 better, −1 worse, 0 unchanged (exactly); None when either round has n = 0."""
        exact = self.points_exact
        return None if exact is None else (exact > 0) - (exact < 0)

    def formatted(self, language: Language = "da", decimals: int = 0) -> str:
        """ "+12 procentpoint", "-5 procentpoint", "0 procentpoint" ("+12 percentage points" in
        English); "–" when not computable."""
        points = self.signed_points(language, decimals)
        if points == NO_FIGURE:
            return points
        return translate(N_("{points} percentage points"), language).format(points=points)

    def signed_points(self, language: Language = "da", decimals: int = 0) -> str:
        """The change without its unit: "+12", "-5", "0" ("+16,7" in Danish, "+16.7" in
        English); "–" when not computable."""
        exact = self.points_exact
        if exact is None:
            return NO_FIGURE
        points = _number(exact, decimals, language)
        if not points.startswith("-") and _rounded(exact, decimals) != 0:
            return f"+{points}"
        return points


def change_between(before: Proportion, after: Proportion) -> ComplianceChange:
    """The change from `before` to `after` (compliance or quality figures alike)."""
    return ComplianceChange(before.x, before.n, after.x, after.n)


def tally(answers: Iterable[Answer | None]) -> ComplianceFigure:
    """Count met / not met / not relevant / cannot assess; None counts as unanswered.

    Raises:
        ValueError: a quality answer (q1 … q4), which belongs in `tally_quality`.
    """
    counts = dict.fromkeys(Answer, 0)
    unanswered = 0
    for answer in answers:
        if answer is None:
            unanswered += 1
        elif answer in _QUALITY:
            raise ValueError(f"quality answer {answer.value!r} in a compliance tally")
        else:
            counts[answer] += 1
    return ComplianceFigure(
        met=counts[Answer.MET],
        not_met=counts[Answer.NOT_MET],
        not_relevant=counts[Answer.NOT_RELEVANT],
        cannot_assess=counts[Answer.CANNOT_ASSESS],
        unanswered=unanswered,
    )


def tally_quality(answers: Iterable[Answer | None]) -> QualityFigure:
    """Count the quality answers q1 … q4 (plus not relevant / cannot assess / unanswered).

    Raises:
        ValueError: a met / not met answer, which belongs in `tally`.
    """
    counts = dict.fromkeys(Answer, 0)
    unanswered = 0
    for answer in answers:
        if answer is None:
            unanswered += 1
        elif answer in (Answer.MET, Answer.NOT_MET):
            raise ValueError(f"compliance answer {answer.value!r} in a quality tally")
        else:
            counts[answer] += 1
    return QualityFigure(
        q1=counts[Answer.QUALITY_1],
        q2=counts[Answer.QUALITY_2],
        q3=counts[Answer.QUALITY_3],
        q4=counts[Answer.QUALITY_4],
        not_relevant=counts[Answer.NOT_RELEVANT],
        cannot_assess=counts[Answer.CANNOT_ASSESS],
        unanswered=unanswered,
    )


def combine(figures: Iterable[ComplianceFigure]) -> ComplianceFigure:
    """The sum of several figures (counts added); zero counts for none."""
    total = ComplianceFigure(0, 0)
    for figure in figures:
        total += figure
    return total


def aggregate_by_pejlemaerke(
    figures: Iterable[tuple[Pejlemaerke, ComplianceFigure]],
) -> dict[Pejlemaerke, ComplianceFigure]:
    """Sum the requirements' figures per pejlemærke (case-requirement pairs, not cases).

    Args:
        figures: one (pejlemærke, figure) pair per requirement.

    Returns:
        The summed figure per pejlemærke that occurs, in the enum's order.
    """
    sums: dict[Pejlemaerke, ComplianceFigure] = {}
    for pejlemaerke, figure in figures:
        sums[pejlemaerke] = sums.get(pejlemaerke, ComplianceFigure(0, 0)) + figure
    return {item: sums[item] for item in Pejlemaerke if item in sums}


def _check_counts(*counts: int) -> None:
    if any(count < 0 for count in counts):
        raise ValueError(f"counts must not be negative, got {counts}")


def _rounded(value: Fraction, decimals: int) -> int:
    """`value` · 10^decimals rounded half away from zero, as a whole number."""
    factor: int = 10**decimals
    scaled = abs(value) * factor
    whole = (2 * scaled.numerator + scaled.denominator) // (2 * scaled.denominator)
    return -whole if value < 0 else whole


def _number(value: Fraction, decimals: int, language: Language) -> str:
    if decimals < 0:
        raise ValueError(f"decimals must be ≥ 0, got {decimals}")
    rounded = _rounded(value, decimals)
    sign = "-" if rounded < 0 else ""
    whole, fraction = divmod(abs(rounded), 10**decimals)
    if not decimals:
        return f"{sign}{whole}"
    separator = translate(NC_("decimal separator", "."), language, "decimal separator")
    return f"{sign}{whole}{separator}{fraction:0{decimals}d}"
