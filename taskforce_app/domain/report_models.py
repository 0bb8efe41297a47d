"""The read model of a forløb's PDF statusrapport: everything the exporter draws, built in one go
by the report service, plus the choice of sections and the labels (msgids, translated)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field, fields, replace
from datetime import date
from enum import StrEnum
from typing import Any

from taskforce_app.domain.enums import (
    Answer,
    ConsultantRole,
    Health,
    MilestoneStatus,
    Organisation,
    Pejlemaerke,
    Phase,
    RecommendationStatus,
    RoundKind,
    SamplingMethod,
    Severity,
    Track,
)
from taskforce_app.domain.errors import ValidationError
from taskforce_app.domain.findings import FindingView, RecommendationView
from taskforce_app.domain.key_figures import KeyFigureSeries
from taskforce_app.domain.labels import (
    ANSWER_ABBREVIATIONS,
    HEALTH_LABELS,
    LAW_LABELS,
    MILESTONE_STATUS_LABELS,
    ORGANISATION_LABELS,
    PEJLEMAERKE_LABELS,
    PHASE_LABELS,
    RECOMMENDATION_STATUS_LABELS,
    ROLE_LABELS,
    ROUND_KIND_LABELS,
    SAMPLING_METHOD_LABELS,
    SEVERITY_LABELS,
    TRACK_LABELS,
    health_labels,
    phase_labels,
)
from taskforce_app.domain.milestones import MilestoneView
from taskforce_app.domain.overview import TimelineRow
from taskforce_app.domain.result_tables import EngagementResults
from taskforce_app.domain.review import CriterionView, RoundView
from taskforce_app.domain.team import ContactView, TeamMemberView
from taskforce_app.domain.text import N_, NC_, SOURCE_LANGUAGE, Language, translate


class ReportSection(StrEnum):
    """The sections of the statusrapport, in the order they are printed."""

    COVER = "cover"
    SUMMARY = "summary"
    TIMELINE = "timeline"
    SAMPLING = "sampling"
    RESULTS = "results"
    FINDINGS = "findings"
    KEY_FIGURES = "key_figures"
    APPENDIX = "appendix"


ALL_SECTIONS = frozenset(ReportSection)


@dataclass(frozen=True, slots=True)
class ReportOptions:
    """What the caller (the export dialog, the CLI) wants in the report."""

    sections: frozenset[ReportSection] = ALL_SECTIONS

    @classmethod
    def from_names(cls, names: list[str] | tuple[str, ...]) -> ReportOptions:
        """Options from section codes such as `["cover", "results"]`.

        Raises:
            ValidationError: an unknown section code.
        """
        known = {section.value: section for section in ReportSection}
        chosen: set[ReportSection] = set()
        for name in names:
            section = known.get(name.strip().lower())
            if section is None:
                raise ValidationError("report.unknown_section", value=name, known=", ".join(known))
            chosen.add(section)
        return cls(frozenset(chosen))

    def wants(self, section: ReportSection) -> bool:
        """True when `section` is to be printed."""
        return section in self.sections


@dataclass(frozen=True, slots=True)
class AppendixCase:
    """A sampled case in the appendix: its pseudonymous reference and its answers by criterion."""

    case_ref: str
    position: int
    replaced: bool
    decided_on: date | None
    answers: dict[uuid.UUID, Answer | None]


@dataclass(frozen=True, slots=True)
class RoundReport:
    """A review round with its sampling record, criteria and the answers per sampled case."""

    round: RoundView
    criteria: tuple[CriterionView, ...]
    cases: tuple[AppendixCase, ...]


@dataclass(frozen=True, slots=True)
class ReportModel:
    """Everything the statusrapport shows about one forløb, as frozen values."""

    engagement_id: uuid.UUID
    title: str
    municipality_code: str
    municipality_name: str
    region: str
    phase: Phase
    start_date: date | None
    planned_end_date: date | None
    month_of_plan: int | None
    health: Health
    overdue_milestones: int
    next_milestone: str
    next_milestone_on: date | None
    generated_on: date
    team: tuple[TeamMemberView, ...]
    contacts: tuple[ContactView, ...]
    milestones: tuple[MilestoneView, ...]
    timeline: TimelineRow | None
    rounds: tuple[RoundReport, ...]
    results: EngagementResults | None
    findings: tuple[FindingView, ...]
    recommendations: tuple[RecommendationView, ...]
    key_figures: tuple[KeyFigureSeries, ...]
    labels: ReportLabels = field(default_factory=lambda: report_labels("da"))


@dataclass(frozen=True, slots=True)
class ReportLabels:
    """The report's fixed texts as English msgids; `report_labels(language)` translates them."""

    language: Language = SOURCE_LANGUAGE
    """The language of the texts (and of the message catalogue's sentences): "da" or "en"."""
    report_title: str = N_("Status report")
    programme: str = N_("Task Force for children's cases")
    confidential: str = N_("Confidential")
    page: str = N_("Page {page} of {pages}")
    printed: str = N_("Printed {date}")
    period: str = N_("Period")
    phase: str = N_("Phase")
    month: str = N_("Month {month} of 24")
    health: str = NC_("health", "Status")
    team: str = N_("Task Force team")
    contacts: str = N_("The municipality's contact persons")
    summary: str = N_("Summary")
    key_results: str = N_("Key results by pejlemærke")
    timeline: str = N_("Phases and milestones")
    planned: str = N_("Planned")
    actual: str = N_("Actual")
    today: str = N_("Today")
    sampling: str = N_("Note on the sample")
    results: str = N_("Results of the case review")
    findings: str = N_("Findings and recommendations")
    key_figures: str = N_("Key figures from Statistics Denmark")
    appendix: str = N_("Appendix: sampled cases and answers")
    analyse: str = N_("Analysis")
    statusmaaling: str = N_("Status measurement")
    national: str = "Børnesagsbarometret"
    change: str = N_("Change")
    change_points: str = N_("Change, percentage points")
    requirement: str = N_("Requirement")
    interval: str = N_("CI {low}–{high}%")
    no_data: str = N_("No data yet.")
    omitted: str = N_(
        "The engagement has no data yet for {sections}; those sections are therefore not in "
        "the report."
    )
    no_key_figures: str = N_(
        "There are no key figures from Statistics Denmark for {municipality} in the database "
        "yet. The key figures (e.g. notifications and placements per 1,000 children) are "
        "included in the report once the tables from Statistikbanken have been imported."
    )
    laws: dict[str, str] = field(default_factory=lambda: dict(LAW_LABELS.msgids))
    mixed_round: str = N_(
        "{round} holds cases under both the Children's Act and the Social Services Act. Each "
        "case is assessed under the law in force on its decision date; the round's figure is "
        "at the top of the cell and the figures per law below it."
    )
    not_comparable: str = N_("Not computed ({mark})")
    not_comparable_intro: str = N_(
        "The change from analysis to status measurement is only computed where the "
        "requirement is the same in substance under both laws. Where it is not computed, the "
        "reason is:"
    )
    quality_note: str = N_(
        "Social work pejlemærker are shown as the share of cases rated sufficient or better "
        "(levels 3–4)."
    )
    pooled_note: str = N_(
        "The sum per pejlemærke counts case-requirement pairs, not cases; the interval is "
        "therefore only a guide."
    )
    phases: dict[Phase, str] = field(default_factory=lambda: dict(PHASE_LABELS))
    healths: dict[Health, str] = field(default_factory=lambda: dict(HEALTH_LABELS))
    tracks: dict[Track, str] = field(default_factory=lambda: dict(TRACK_LABELS.msgids))
    pejlemaerker: dict[Pejlemaerke, str] = field(
        default_factory=lambda: dict(PEJLEMAERKE_LABELS.msgids)
    )
    round_kinds: dict[RoundKind, str] = field(
        default_factory=lambda: {
            RoundKind.ANALYSE: N_("Analysis (first case review)"),
            RoundKind.STATUSMAALING: N_("Status measurement"),
            RoundKind.OTHER: NC_("round kind", "Other review"),
        }
    )
    methods: dict[SamplingMethod, str] = field(
        default_factory=lambda: dict(SAMPLING_METHOD_LABELS.msgids)
    )
    severities: dict[Severity, str] = field(default_factory=lambda: dict(SEVERITY_LABELS.msgids))
    statuses: dict[RecommendationStatus, str] = field(
        default_factory=lambda: dict(RECOMMENDATION_STATUS_LABELS.msgids)
    )
    milestone_statuses: dict[MilestoneStatus, str] = field(
        default_factory=lambda: dict(MILESTONE_STATUS_LABELS.msgids)
    )
    organisations: dict[Organisation, str] = field(
        default_factory=lambda: dict(ORGANISATION_LABELS.msgids)
    )
    roles: dict[ConsultantRole, str] = field(default_factory=lambda: dict(ROLE_LABELS.msgids))
    answers: dict[Answer, str] = field(default_factory=lambda: dict(ANSWER_ABBREVIATIONS.msgids))
    answer_legend: str = N_(
        "Yes = met, No = not met, NR = not relevant, CA = cannot be assessed, "
        "1–4 = social work assessment (1 insufficient … 4 good), – = not answered."
    )
    sampling_method_title: str = N_("How to repeat the draw (taskforce-sample-v1)")
    sampling_method: tuple[str, ...] = (
        N_(
            "With the case list, the method, the size and the seed, the sample can be drawn "
            "again with another tool by following the steps below."
        ),
        N_(
            "1. Order: the systematic sample (systematic_list_order) follows the case list's "
            "own order, i.e. the cases' row numbers in the imported file (lists imported "
            "before the row was stored: 1, 2, 3 … in the order the cases were stored, which "
            "is the file's). For the other methods, and in rounds drawn systematically by "
            "case number (systematic), the cases are sorted by case number in the order of "
            "their Unicode code points, and the list's order does not matter. The seed is "
            "stripped of leading and trailing spaces."
        ),
        N_(
            "2. Fingerprint: for each case in that order the case number, the character "
            "U+001F, the stratum (empty when not stratifying) and the character U+001E; all "
            "of it encoded as UTF-8; the fingerprint is SHA-256 in lower-case hexadecimal."
        ),
        N_(
            "3. Streams: SHA-256 of the UTF-8 text »taskforce-sample-v1«, the seed, the "
            "method (random, systematic_list_order, stratified or systematic), the "
            "fingerprint and the stream's name, joined with the character U+001F, is read as "
            "a 256-bit integer (big-endian) and used as the key of MT19937 (init_by_array "
            "with 32-bit words, least significant first, like Python's random.Random). The "
            "streams are called all (simple random), start (systematic), stratum:<name> (a "
            "stratum) and fallback (replacement when a stratum is used up)."
        ),
        N_(
            "4. Integer below m: two 32-bit numbers a and b give v = (a >> 5) · 2^26 + "
            "(b >> 6); v is used if v < 2^53 − (2^53 mod m) and gives v mod m; otherwise draw "
            "again. Permutation: for i = 0, 1, … swap position i with position i + (integer "
            "below m − i), and position i is the next case."
        ),
        N_(
            "5. Draw: simple random = the first n positions of the permutation (the stream "
            "all). Systematic: r = integer below N (the stream start); the positions are "
            "⌊(r + i·N) / n⌋ for i = 0 … n − 1. Stratified: strata in code point order; each "
            "stratum gets its share (proportional with a minimum, rounded by largest "
            "remainder) and the first positions of the permutation of the stratum's own cases "
            "(the stream stratum:<name>)."
        ),
    )


def report_labels(language: Language) -> ReportLabels:
    """The report's fixed texts in `language` (every msgid looked up in the catalogue)."""
    english = ReportLabels()
    texts: dict[str, Any] = {
        "language": language,
        "health": translate(english.health, language, "health"),
        "laws": LAW_LABELS.labels(language),
        "phases": phase_labels(language),
        "healths": health_labels(language),
        "tracks": TRACK_LABELS.labels(language),
        "pejlemaerker": PEJLEMAERKE_LABELS.labels(language),
        "round_kinds": {
            RoundKind.ANALYSE: translate(english.round_kinds[RoundKind.ANALYSE], language),
            RoundKind.STATUSMAALING: translate(english.statusmaaling, language),
            RoundKind.OTHER: ROUND_KIND_LABELS.label(RoundKind.OTHER, language),
        },
        "methods": SAMPLING_METHOD_LABELS.labels(language),
        "severities": SEVERITY_LABELS.labels(language),
        "statuses": RECOMMENDATION_STATUS_LABELS.labels(language),
        "milestone_statuses": MILESTONE_STATUS_LABELS.labels(language),
        "organisations": ORGANISATION_LABELS.labels(language),
        "roles": ROLE_LABELS.labels(language),
        "answers": ANSWER_ABBREVIATIONS.labels(language),
        "sampling_method": tuple(translate(part, language) for part in english.sampling_method),
    }
    for item in fields(ReportLabels):
        value = getattr(english, item.name)
        if item.name not in texts and isinstance(value, str) and item.name != "national":
            texts[item.name] = translate(value, language)
    return replace(english, **texts)
