"""The results of a forløb's case reviews, as tables: per requirement and per pejlemærke,
first review (Analyse) beside the statusmåling, with the national figure."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from taskforce_app.domain.criteria import Benchmark
from taskforce_app.domain.enums import Pejlemaerke, RoundKind, Track
from taskforce_app.domain.results import ComplianceChange, ComplianceFigure, QualityFigure

Figure = ComplianceFigure | QualityFigure


@dataclass(frozen=True, slots=True)
class RoundRef:
    """A round whose answers are in the results."""

    id: uuid.UUID
    kind: RoundKind
    name: str
    criteria_set: str


@dataclass(frozen=True, slots=True)
class LawFigure:
    """One round's figure for a requirement, for the cases judged by one law."""

    kind: RoundKind
    law: str
    """The criteria set's key: `barnets_lov` or `serviceloven`."""
    figure: Figure
    code: str = ""
    """The requirement's code in that law's set ("BL-05")."""
    question: str = ""
    provision: str = ""
    benchmark: Benchmark | None = None
    """The Børnesagsbarometret figure that may stand beside this law's requirement."""


@dataclass(frozen=True, slots=True)
class RequirementResult:
    """One requirement (or quality point) across the rounds: matched by topic across laws."""

    key: str
    codes: tuple[str, ...]
    track: Track
    pejlemaerke: Pejlemaerke
    question: str
    provision: str
    analyse: Figure | None
    statusmaaling: Figure | None
    benchmark: Benchmark | None
    by_law: tuple[LawFigure, ...] = ()
    """The figures per round and law (a round whose cases fall under both laws has two)."""
    not_comparable_reason: str = ""
    """Why no change is computed although both rounds have a figure (Danish); empty: comparable."""

    @property
    def comparable(self) -> bool:
        """True when the requirement is the same in substance in both rounds' laws."""
        return not self.not_comparable_reason

    @property
    def change(self) -> ComplianceChange | None:
        """Statusmåling minus Analyse, in percentage points (None without both, or when the
        requirement differs in substance between the rounds' laws)."""
        from taskforce_app.domain.results import change_between

        if self.analyse is None or self.statusmaaling is None or not self.comparable:
            return None
        return change_between(self.analyse, self.statusmaaling)


@dataclass(frozen=True, slots=True)
class PejlemaerkeResult:
    """The requirements of one pejlemærke pooled (case-requirement pairs, not cases)."""

    track: Track
    pejlemaerke: Pejlemaerke
    analyse: Figure | None
    statusmaaling: Figure | None
    comparable: bool = True
    """False when one of its requirements differs in substance between the rounds' laws."""

    @property
    def change(self) -> ComplianceChange | None:
        """Statusmåling minus Analyse, in percentage points (None without both, or when not
        comparable)."""
        from taskforce_app.domain.results import change_between

        if self.analyse is None or self.statusmaaling is None or not self.comparable:
            return None
        return change_between(self.analyse, self.statusmaaling)


@dataclass(frozen=True, slots=True)
class EngagementResults:
    """Everything the results view, the CLI and the report show."""

    engagement_id: uuid.UUID
    municipality: str
    analyse_round: RoundRef | None
    statusmaaling_round: RoundRef | None
    requirements: tuple[RequirementResult, ...]
    pejlemaerker: tuple[PejlemaerkeResult, ...]
