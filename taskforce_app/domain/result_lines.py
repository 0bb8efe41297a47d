"""The lines of a results table: a requirement's figures, and below them the figures per law
when its cases fall under both Serviceloven and Barnets lov (the GUI and the workbook share
this grouping)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from taskforce_app.domain.criteria import Benchmark
from taskforce_app.domain.enums import RoundKind, Track
from taskforce_app.domain.labels import LAW_LABELS
from taskforce_app.domain.result_tables import Figure, LawFigure, RequirementResult
from taskforce_app.domain.results import ComplianceChange
from taskforce_app.domain.text import N_, Language, translate

LAW_ORDER = ("serviceloven", "barnets_lov")
"""The juridisk sets in the order they were in force."""

BOTH_LAWS = N_("Both laws (total)")
"""The label of a requirement's total line over both laws."""


@dataclass(frozen=True, slots=True)
class ResultLine:
    """One line of a results table.

    A requirement whose answers come from one law gives one line. A requirement judged under
    both laws gives a total line (`laws` holds both) followed by one line per law
    (`per_law` True), each with its own code, provision, n and barometer figure.
    """

    requirement: RequirementResult
    laws: tuple[str, ...]
    """The juridisk sets the line's figures come from (empty for a socialfaglig point)."""
    per_law: bool
    code: str
    question: str
    provision: str
    analyse: Figure | None
    statusmaaling: Figure | None
    benchmark: Benchmark | None
    change: ComplianceChange | None
    not_comparable_reason: str
    """Why the change is not computed although both rounds have a figure; "" otherwise."""


def requirement_laws(requirement: RequirementResult) -> tuple[str, ...]:
    """The juridisk sets (in force order) whose cases answered the requirement."""
    if requirement.track is not Track.JURIDISK:
        return ()
    found = {item.law for item in requirement.by_law}
    return tuple(law for law in LAW_ORDER if law in found) + tuple(sorted(found - set(LAW_ORDER)))


def result_lines(requirements: Iterable[RequirementResult]) -> tuple[ResultLine, ...]:
    """The table lines of `requirements`, in their order, split per law where they hold two."""
    lines: list[ResultLine] = []
    for requirement in requirements:
        laws = requirement_laws(requirement)
        both = len(laws) > 1
        codes = [_law_code(requirement, law) for law in laws]
        lines.append(
            ResultLine(
                requirement=requirement,
                laws=laws,
                per_law=False,
                code=" / ".join(code for code in codes if code) if both else _code(requirement),
                question=requirement.question,
                provision=_provisions(requirement, laws) if both else requirement.provision,
                analyse=requirement.analyse,
                statusmaaling=requirement.statusmaaling,
                benchmark=None if both else requirement.benchmark,
                change=requirement.change,
                not_comparable_reason=_reason(requirement),
            )
        )
        if not both:
            continue
        for law in laws:
            own = [item for item in requirement.by_law if item.law == law]
            first = own[-1]
            lines.append(
                ResultLine(
                    requirement=requirement,
                    laws=(law,),
                    per_law=True,
                    code=first.code,
                    question=first.question or requirement.question,
                    provision=first.provision or requirement.provision,
                    analyse=_of_kind(own, RoundKind.ANALYSE),
                    statusmaaling=_of_kind(own, RoundKind.STATUSMAALING),
                    benchmark=first.benchmark,
                    change=None,
                    not_comparable_reason="",
                )
            )
    return tuple(lines)


def law_label(laws: tuple[str, ...], language: Language) -> str:
    """The name of the law of a line in `language` (e.g. "Barnets lov"), "Both laws (total)"
    for a total line, or "" (no law: socialfaglig)."""
    if not laws:
        return ""
    if len(laws) > 1:
        return translate(BOTH_LAWS, language)
    if laws[0] in LAW_LABELS.msgids:
        return LAW_LABELS.label(laws[0], language)
    return laws[0]


def _code(requirement: RequirementResult) -> str:
    return requirement.codes[-1] if requirement.codes else requirement.key


def _law_code(requirement: RequirementResult, law: str) -> str:
    return next((item.code for item in requirement.by_law if item.law == law), "")


def _provisions(requirement: RequirementResult, laws: tuple[str, ...]) -> str:
    found = [
        next((item.provision for item in requirement.by_law if item.law == law), "") for law in laws
    ]
    return " / ".join(text for text in found if text) or requirement.provision


def _of_kind(figures: list[LawFigure], kind: RoundKind) -> Figure | None:
    return next((item.figure for item in figures if item.kind is kind), None)


def _reason(requirement: RequirementResult) -> str:
    if requirement.analyse is None or requirement.statusmaaling is None:
        return ""
    return requirement.not_comparable_reason
