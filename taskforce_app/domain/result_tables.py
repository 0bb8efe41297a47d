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

    @property
    def change(self) -> ComplianceChange | None:
        """Statusmåling minus Analyse, in percentage points (None without both)."""
        from taskforce_app.domain.results import change_between

        if self.analyse is None or self.statusmaaling is None:
            return None
        return change_between(self.analyse, self.statusmaaling)


@dataclass(frozen=True, slots=True)
class PejlemaerkeResult:
    """The requirements of one pejlemærke pooled (case-requirement pairs, not cases)."""

    track: Track
    pejlemaerke: Pejlemaerke
    analyse: Figure | None
    statusmaaling: Figure | None

    @property
    def change(self) -> ComplianceChange | None:
        """Statusmåling minus Analyse, in percentage points (None without both)."""
        from taskforce_app.domain.results import change_between

        if self.analyse is None or self.statusmaaling is None:
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
