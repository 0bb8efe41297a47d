"""One label table per enum shown outside Qt (CLI, PDF, workbook): English msgids, translated
by the gettext catalogue (resources/locale). The Qt widgets have their own, in the .ts."""

from __future__ import annotations

from collections.abc import Hashable, Mapping
from dataclasses import dataclass
from typing import Generic, TypeVar

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
    SampledCaseStatus,
    SamplingMethod,
    Severity,
    Track,
)
from taskforce_app.domain.text import N_, NC_, Language, label, translate

K = TypeVar("K", bound=Hashable)


@dataclass(frozen=True, slots=True)
class LabelTable(Generic[K]):
    """The msgids of one enum's (or key set's) labels, all of one gettext context."""

    context: str
    msgids: Mapping[K, str]

    def label(self, key: K, language: Language) -> str:
        """The label of `key` in `language`."""
        return translate(self.msgids[key], language, self.context)

    def labels(self, language: Language) -> dict[K, str]:
        """Every label in `language`, in the table's order."""
        return {key: self.label(key, language) for key in self.msgids}


PHASE_LABELS: dict[Phase, str] = {
    Phase.OPSTART: N_("Start-up"),
    Phase.ANALYSE: N_("Analysis"),
    Phase.AFRAPPORTERING: N_("Reporting"),
    Phase.UDVIKLING: N_("Development"),
    Phase.STATUSMAALING: N_("Status measurement"),
    Phase.STATUSRAPPORT: N_("Status report"),
    Phase.AFSLUTTET: N_("Closed"),
}

HEALTH_LABELS: dict[Health, str] = {
    Health.ON_TRACK: N_("On track"),
    Health.AT_RISK: N_("At risk"),
    Health.LATE: N_("Late"),
}


def phase_label(phase: Phase, language: Language) -> str:
    """The name of `phase` in `language`."""
    return label(phase, PHASE_LABELS, language)


def health_label(health: Health, language: Language) -> str:
    """The name of a forløb's `health` in `language` ("Risiko" everywhere, one word per idea)."""
    return label(health, HEALTH_LABELS, language)


def phase_labels(language: Language) -> dict[Phase, str]:
    """Every phase's name in `language`."""
    return {phase: phase_label(phase, language) for phase in PHASE_LABELS}


def health_labels(language: Language) -> dict[Health, str]:
    """Every health's name in `language`."""
    return {health: health_label(health, language) for health in HEALTH_LABELS}


# The tables below name their msgids' context: one English word may need two Danish ones.

ANSWER_LABELS: LabelTable[Answer] = LabelTable(
    "answer",
    {
        Answer.MET: NC_("answer", "Met"),
        Answer.NOT_MET: NC_("answer", "Not met"),
        Answer.NOT_RELEVANT: NC_("answer", "Not relevant"),
        Answer.CANNOT_ASSESS: NC_("answer", "Cannot be assessed"),
        Answer.QUALITY_1: NC_("answer", "Insufficient"),
        Answer.QUALITY_2: NC_("answer", "Partly sufficient"),
        Answer.QUALITY_3: NC_("answer", "Sufficient"),
        Answer.QUALITY_4: NC_("answer", "Good"),
    },
)

ANSWER_ABBREVIATIONS: LabelTable[Answer] = LabelTable(
    "answer abbreviation",
    {
        Answer.MET: NC_("answer abbreviation", "Yes"),
        Answer.NOT_MET: NC_("answer abbreviation", "No"),
        Answer.NOT_RELEVANT: NC_("answer abbreviation", "NR"),
        Answer.CANNOT_ASSESS: NC_("answer abbreviation", "CA"),
        Answer.QUALITY_1: NC_("answer abbreviation", "1"),
        Answer.QUALITY_2: NC_("answer abbreviation", "2"),
        Answer.QUALITY_3: NC_("answer abbreviation", "3"),
        Answer.QUALITY_4: NC_("answer abbreviation", "4"),
    },
)

ROLE_LABELS: LabelTable[ConsultantRole] = LabelTable(
    "role",
    {
        ConsultantRole.JURIST: NC_("role", "Lawyer"),
        ConsultantRole.SOCIALFAGLIG: NC_("role", "Social work consultant"),
        ConsultantRole.TEAM_LEAD: NC_("role", "Team lead"),
        ConsultantRole.OTHER: NC_("role", "Other"),
    },
)

RECOMMENDATION_STATUS_LABELS: LabelTable[RecommendationStatus] = LabelTable(
    "recommendation status",
    {
        RecommendationStatus.NOT_STARTED: NC_("recommendation status", "Not started"),
        RecommendationStatus.IN_PROGRESS: NC_("recommendation status", "In progress"),
        RecommendationStatus.DONE: NC_("recommendation status", "Done"),
        RecommendationStatus.ABANDONED: NC_("recommendation status", "Abandoned"),
    },
)

MILESTONE_STATUS_LABELS: LabelTable[MilestoneStatus] = LabelTable(
    "milestone status",
    {
        MilestoneStatus.PLANNED: NC_("milestone status", "Planned"),
        MilestoneStatus.DONE: NC_("milestone status", "Done"),
        MilestoneStatus.CANCELLED: NC_("milestone status", "Cancelled"),
    },
)

SEVERITY_LABELS: LabelTable[Severity] = LabelTable(
    "severity",
    {
        Severity.CRITICAL: NC_("severity", "Critical"),
        Severity.SIGNIFICANT: NC_("severity", "Significant"),
        Severity.MINOR: NC_("severity", "Minor"),
    },
)

TRACK_LABELS: LabelTable[Track] = LabelTable(
    "track",
    {
        Track.JURIDISK: NC_("track", "Legal"),
        Track.SOCIALFAGLIG: NC_("track", "Social work"),
    },
)

PEJLEMAERKE_LABELS: LabelTable[Pejlemaerke] = LabelTable(
    "pejlemaerke",
    {
        Pejlemaerke.FAGLIG_UDREDNING: NC_("pejlemaerke", "Professional assessment"),
        Pejlemaerke.VALG_AF_INDSATS: NC_("pejlemaerke", "Choice of intervention"),
        Pejlemaerke.OPFOELGNING: NC_("pejlemaerke", "Follow-up"),
        Pejlemaerke.INDDRAGELSE: NC_("pejlemaerke", "Involvement"),
    },
)

ROUND_KIND_LABELS: LabelTable[RoundKind] = LabelTable(
    "round kind",
    {
        RoundKind.ANALYSE: NC_("round kind", "Analysis"),
        RoundKind.STATUSMAALING: NC_("round kind", "Status measurement"),
        RoundKind.OTHER: NC_("round kind", "Other review"),
    },
)

SAMPLING_METHOD_LABELS: LabelTable[SamplingMethod] = LabelTable(
    "sampling method",
    {
        SamplingMethod.RANDOM: NC_("sampling method", "Simple random sampling"),
        SamplingMethod.SYSTEMATIC: NC_("sampling method", "Systematic sampling"),
        SamplingMethod.SYSTEMATIC_BY_CASE_REF: NC_(
            "sampling method", "Systematic sampling (case number order)"
        ),
        SamplingMethod.STRATIFIED: NC_("sampling method", "Stratified sampling"),
    },
)

SAMPLED_STATUS_LABELS: LabelTable[SampledCaseStatus] = LabelTable(
    "sampled case",
    {
        SampledCaseStatus.ACTIVE: NC_("sampled case", "Active"),
        SampledCaseStatus.REPLACED: NC_("sampled case", "Replaced"),
    },
)

ORGANISATION_LABELS: LabelTable[Organisation] = LabelTable(
    "organisation",
    {
        Organisation.ANKESTYRELSEN: NC_("organisation", "The National Social Appeals Board"),
        Organisation.SOCIAL_OG_BOLIGSTYRELSEN: NC_(
            "organisation", "The Social and Housing Authority (VISO)"
        ),
    },
)

LAW_LABELS: LabelTable[str] = LabelTable(
    "law",
    {
        "serviceloven": NC_("law", "The Social Services Act"),
        "barnets_lov": NC_("law", "The Children's Act"),
    },
)
"""The juridisk criteria sets by key, in the order they were in force."""
