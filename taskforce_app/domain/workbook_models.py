"""Frozen data for the xlsx workbooks (per forløb, portfolio) and the returned-workbook round trip.

The workbooks' sheet names and the returned sheet's headers live here too (English msgids,
translated by the catalogue), because both the exporters (which write them) and the importer of
a returned workbook (which reads them back in the language the workbook was written in) need
them; the enums' labels are the tables of domain/labels.py.
"""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import NamedTuple

from taskforce_app.domain.changes import Changes
from taskforce_app.domain.engagements import EngagementDetail
from taskforce_app.domain.enums import (
    Answer,
    Health,
    Pejlemaerke,
    Phase,
    RecommendationStatus,
    RoundKind,
    Severity,
    Track,
)
from taskforce_app.domain.errors import render_message
from taskforce_app.domain.findings import CLOSED_STATUSES, FindingView, RecommendationView
from taskforce_app.domain.labels import LAW_LABELS, RECOMMENDATION_STATUS_LABELS
from taskforce_app.domain.milestones import MilestoneView
from taskforce_app.domain.overview import OverviewRow
from taskforce_app.domain.result_tables import EngagementResults
from taskforce_app.domain.review import CriterionView, RoundView, SampledCaseView
from taskforce_app.domain.team import ContactView, TeamMemberView
from taskforce_app.domain.text import N_, Language, translate

FORMAT_ID = "taskforce-tracker/forloeb-workbook"
PORTFOLIO_FORMAT_ID = "taskforce-tracker/portfolio-workbook"
FORMAT_VERSION = 1
"""Raised when the layout of the returned sheet changes; a newer file is refused."""

RETURN_AUTHOR = "Kommunen (returneret regneark)"
"""The author of history entries that come from a returned workbook."""

NOTE_MAX = 2_000
"""The longest note accepted from a returned workbook."""

DATE_FORMAT = "dd-mm-yyyy"
PERCENT_FORMAT = "0%"
POINTS_FORMAT = "+0;-0;0"


class Sheets:
    """The sheet names (English msgids, at most 31 characters in either language); the hidden
    manifest keeps one name in every language, so a returned workbook can always be read."""

    OVERVIEW = N_("Overview")
    MILESTONES = N_("Milestones")
    SAMPLE = N_("Sample")
    ASSESSMENTS = N_("Assessments")
    RESULTS = N_("Results")
    FINDINGS = N_("Findings")
    RECOMMENDATIONS = N_("Recommendations")
    MANIFEST = "Manifest"
    PORTFOLIO = N_("Engagements")


class RecommendationColumns:
    """The headers of the Recommendations sheet (English msgids); the importer finds its columns
    by these, in the language the workbook was written in."""

    ID = N_("Id")
    NUMBER = N_("No.")
    TEXT = N_("Recommendation")
    FINDING = N_("Finding")
    OWNER = N_("Responsible")
    DUE = N_("Deadline")
    STATUS = N_("Status")
    NOTE = N_("Note")
    OVERDUE = N_("Overdue")
    LAST_CHANGE = N_("Last changed")

    ORDER = (ID, NUMBER, TEXT, FINDING, OWNER, DUE, STATUS, NOTE, OVERDUE, LAST_CHANGE)
    REQUIRED = (ID, TEXT, DUE, STATUS, NOTE)


YES, NO = N_("Yes"), N_("No")
WORKBOOK_LANGUAGES: tuple[Language, ...] = ("da", "en")
"""The languages a workbook can be written in (and a returned one read in)."""


def workbook_text(language: Language) -> Callable[[str], str]:
    """A function giving a workbook msgid (sheet, header, text) in `language`."""
    return lambda msgid: translate(msgid, language)


def status_from_label(text: str) -> RecommendationStatus | None:
    """The status a label in any workbook language (or a status code) names, ignoring case and
    outer spaces."""
    wanted = " ".join(text.split()).casefold()
    for language in WORKBOOK_LANGUAGES:
        for status, label in RECOMMENDATION_STATUS_LABELS.labels(language).items():
            if wanted in (label.casefold(), status.value):
                return status
    return None


def recommendation_fingerprint(recommendation_id: uuid.UUID, text: str, due_on: date | None) -> str:
    """SHA-256 (hex) over a recommendation's id and the fields the municipality must not change.

    Line endings and outer whitespace of the text are normalised, so a spreadsheet program that
    writes CRLF does not look like tampering. This detects changes, it does not authenticate:
    anyone can recompute it.
    """
    clean = "\n".join(line.rstrip() for line in text.replace("\r\n", "\n").split("\n")).strip()
    payload = "\x1f".join((str(recommendation_id), clean, due_on.isoformat() if due_on else ""))
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def latest_round(results: EngagementResults) -> tuple[RoundKind | None, str]:
    """The latest measured round of a forløb (Statusmåling before Analyse) and its name."""
    if results.statusmaaling_round is not None:
        return RoundKind.STATUSMAALING, results.statusmaaling_round.name
    if results.analyse_round is not None:
        return RoundKind.ANALYSE, results.analyse_round.name
    return None, ""


def pooled_share(results: EngagementResults, track: Track, kind: RoundKind | None) -> float | None:
    """The share met (juridisk) or rated sufficient or better (socialfaglig) over all the track's
    requirements in one round, pooled as case-requirement pairs; None without answers."""
    if kind is None:
        return None
    x = n = 0
    for item in results.requirements:
        if item.track is not track:
            continue
        figure = item.statusmaaling if kind is RoundKind.STATUSMAALING else item.analyse
        if figure is not None:
            x, n = x + figure.x, n + figure.n
    return x / n if n else None


# -- the workbook per forløb ---------------------------------------------------------------------


OTHER_LAW = "—"
"""The assessment cell of a requirement that belongs to the other law than the case's."""


@dataclass(frozen=True, slots=True)
class RoundLaws:
    """Which law each case of a round is judged by, and each law's juridisk requirements."""

    case_laws: Mapping[uuid.UUID, str] = field(default_factory=dict)
    """Active sampled case id → the key of its juridisk set (`serviceloven`, `barnets_lov`)."""
    criteria: Mapping[str, tuple[CriterionView, ...]] = field(default_factory=dict)
    """Set key → the juridisk requirements of that set, for the laws the round's cases have."""

    @property
    def mixed(self) -> bool:
        """True when the round's cases fall under more than one law."""
        return len(set(self.case_laws.values())) > 1


@dataclass(frozen=True, slots=True)
class RoundSheet:
    """One review round: its sampling record, sample, criteria and the answers per case."""

    round: RoundView
    criteria: tuple[CriterionView, ...]
    cases: tuple[SampledCaseView, ...]
    answers: Mapping[tuple[uuid.UUID, uuid.UUID], Answer | None]
    """(sampled case id, criterion id) → the answer; missing pairs are unanswered."""
    laws: RoundLaws = field(default_factory=RoundLaws)

    def columns(self) -> tuple[tuple[CriterionView, str], ...]:
        """The assessment sheet's requirement columns, each with the key of the law it belongs
        to ("" for one that applies to every case): the juridisk requirements of each law its
        cases fall under (in force order), then the quality points."""
        if not self.laws.criteria:
            return tuple((criterion, "") for criterion in self.criteria)
        order = [key for key in LAW_LABELS.msgids if key in self.laws.criteria]
        order += sorted(set(self.laws.criteria) - set(order))
        legal = [(item, key) for key in order for item in self.laws.criteria[key]]
        social = [(item, "") for item in self.criteria if item.track is not Track.JURIDISK]
        return (*legal, *social)

    def cell(self, case: SampledCaseView, criterion: CriterionView, law: str) -> Answer | str:
        """A case's answer to a column's requirement; `OTHER_LAW` where the requirement belongs
        to the other law, "" where unanswered."""
        own = self.laws.case_laws.get(case.id, "")
        if law and own and law != own:
            return OTHER_LAW
        answer = self.answers.get((case.id, criterion.id))
        return "" if answer is None else answer


@dataclass(frozen=True, slots=True)
class EngagementWorkbook:
    """Everything the workbook of one forløb shows, read in one go."""

    engagement: EngagementDetail
    overview: OverviewRow | None
    team: tuple[TeamMemberView, ...]
    contacts: tuple[ContactView, ...]
    milestones: tuple[MilestoneView, ...]
    rounds: tuple[RoundSheet, ...]
    results: EngagementResults
    findings: tuple[FindingView, ...]
    recommendations: tuple[RecommendationView, ...]
    exported_at: datetime
    app_version: str
    today: date
    export_id: uuid.UUID | None = None
    """The app's record of this export (`WorkbookExport`); the workbook carries only its id."""
    language: Language = "da"
    """The language the workbook is written in (recorded in its manifest)."""

    @property
    def overdue_milestones(self) -> int:
        """Planned milestones whose date has passed."""
        return sum(1 for m in self.milestones if m.is_overdue(self.today))

    @property
    def open_recommendations(self) -> int:
        """Recommendations not yet done or abandoned."""
        return sum(1 for r in self.recommendations if r.status not in CLOSED_STATUSES)

    def findings_by_severity(self) -> dict[Severity, int]:
        """The number of findings per severity (all severities present, most severe first)."""
        counts = dict.fromkeys(Severity, 0)
        for finding in self.findings:
            counts[finding.severity] += 1
        return counts


@dataclass(frozen=True, slots=True)
class ManifestRow:
    """What the manifest records about one exported recommendation."""

    recommendation_id: uuid.UUID
    fingerprint: str
    exported_status: RecommendationStatus


@dataclass(frozen=True, slots=True)
class WorkbookManifest:
    """The hidden record that lets a returned workbook be read back safely."""

    format_id: str
    format_version: int
    engagement_id: uuid.UUID
    municipality: str
    exported_at: datetime
    app_version: str
    rows: tuple[ManifestRow, ...]
    export_id: uuid.UUID | None = None
    """The id of the app's own record of the export (None: a workbook from an older version)."""
    language: Language = "da"
    """The language the workbook was written in (Danish for one from an older version)."""

    def row(self, recommendation_id: uuid.UUID) -> ManifestRow | None:
        """The manifest entry of a recommendation, if it was exported."""
        return next((r for r in self.rows if r.recommendation_id == recommendation_id), None)


# -- the portfolio workbook ----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PortfolioRow:
    """One forløb in the management workbook."""

    engagement_id: uuid.UUID
    municipality: str
    region: str
    title: str
    phase: Phase
    start_date: date | None
    planned_end_date: date | None
    month_of_plan: int | None
    health: Health
    overdue_milestones: int
    critical_findings: int
    significant_findings: int
    minor_findings: int
    open_recommendations: int
    recommendations: int
    latest_round: str
    legal_share: float | None
    """Juridisk requirements met in the latest round (pooled pairs), 0–1."""
    quality_share: float | None
    """Socialfaglig points rated sufficient or better in the latest round, 0–1."""


@dataclass(frozen=True, slots=True)
class RequirementAcross:
    """One requirement (matched by topic) with its latest share in each forløb."""

    key: str
    codes: str
    track: Track
    pejlemaerke: Pejlemaerke
    question: str
    shares: tuple[float | None, ...]
    """Aligned with `PortfolioWorkbook.result_columns`; None where not assessed."""


@dataclass(frozen=True, slots=True)
class PortfolioWorkbook:
    """The management overview across all forløb (the assessments are streamed separately)."""

    rows: tuple[PortfolioRow, ...]
    result_columns: tuple[str, ...]
    requirements: tuple[RequirementAcross, ...]
    exported_at: datetime
    app_version: str
    language: Language = "da"
    """The language the workbook is written in."""


class AssessmentLine(NamedTuple):
    """One answer in the portfolio's Vurderinger sheet (a tuple: there can be very many)."""

    municipality: str
    engagement: str
    round_name: str
    case_ref: str
    code: str
    answer: Answer | None


# -- a returned workbook ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ReturnedProblem:
    """A row (or the file) that cannot be read back; never guessed, always reported."""

    excel_row: int | None
    code: str
    params: tuple[tuple[str, str], ...] = ()

    def message(self, language: str = "da") -> str:
        """The problem in Danish (`da`, the default) or English (`en`), with its row number."""
        from taskforce_app.domain.messages_reports import MESSAGES

        params = dict(self.params)
        if self.excel_row is not None:
            params.setdefault("row", str(self.excel_row))
        texts = MESSAGES.get(self.code)
        if texts is None:
            return render_message(self.code, params, language)
        template = translate(texts, language)
        try:
            return template.format(**params)
        except (KeyError, IndexError):
            return template


@dataclass(frozen=True, slots=True)
class ReturnedRow:
    """A row of the returned Anbefalinger sheet that passed every check."""

    excel_row: int
    recommendation_id: uuid.UUID
    text: str
    status: RecommendationStatus
    note: str


@dataclass(frozen=True, slots=True)
class ReturnedWorkbook:
    """A returned workbook as read: the manifest, the valid rows and the problems."""

    file_name: str
    manifest: WorkbookManifest
    rows: tuple[ReturnedRow, ...]
    problems: tuple[ReturnedProblem, ...]


@dataclass(frozen=True, slots=True)
class RecommendationChange:
    """What applying a returned row does to one recommendation."""

    recommendation_id: uuid.UUID
    excel_row: int
    text: str
    old_status: RecommendationStatus
    new_status: RecommendationStatus
    note: str


@dataclass(frozen=True, slots=True)
class ReturnedPreview:
    """What a returned workbook would change, and what could not be read."""

    engagement_id: uuid.UUID
    municipality: str
    file_name: str
    exported_at: datetime
    changes: tuple[RecommendationChange, ...]
    unchanged: int
    problems: tuple[ReturnedProblem, ...]


@dataclass(frozen=True, slots=True)
class ReturnedResult:
    """The outcome of applying a returned workbook (or of a dry run)."""

    preview: ReturnedPreview
    dry_run: bool
    blocked: bool
    """True when problems stopped the whole file, so nothing was applied."""
    changed: int
    """Recommendations changed (for a dry run: that would change)."""
    unchanged: int
    problems: int
    changes: Changes

    @property
    def applied(self) -> bool:
        """True when changes were written to the database."""
        return not self.dry_run and not self.blocked and self.changed > 0
