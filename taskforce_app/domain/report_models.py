"""The read model of a forløb's PDF statusrapport: everything the exporter draws, built in one go
by the report service, plus the choice of sections and the Danish labels."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

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
from taskforce_app.domain.labels import health_labels, phase_labels
from taskforce_app.domain.milestones import MilestoneView
from taskforce_app.domain.overview import TimelineRow
from taskforce_app.domain.result_tables import EngagementResults
from taskforce_app.domain.review import CriterionView, RoundView
from taskforce_app.domain.team import ContactView, TeamMemberView


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
    labels: ReportLabels = field(default_factory=lambda: ReportLabels())


@dataclass(frozen=True, slots=True)
class ReportLabels:
    """The report's fixed texts (Danish by default); an English report passes its own."""

    language: str = "da"
    """The language of the message catalogue's sentences (the sampling note): "da" or "en"."""
    report_title: str = "Statusrapport"
    programme: str = "Task Force på børneområdet"
    confidential: str = "Fortroligt"
    page: str = "Side {page} af {pages}"
    printed: str = "Udskrevet {date}"
    period: str = "Periode"
    phase: str = "Fase"
    month: str = "Måned {month} af 24"
    health: str = "Status"
    team: str = "Task Force-team"
    contacts: str = "Kommunens kontaktpersoner"
    summary: str = "Sammenfatning"
    key_results: str = "Nøgleresultater pr. pejlemærke"
    timeline: str = "Faser og milepæle"
    planned: str = "Planlagt"
    actual: str = "Faktisk"
    today: str = "I dag"
    sampling: str = "Notat om stikprøven"
    results: str = "Resultater af sagsgennemgangen"
    findings: str = "Fund og anbefalinger"
    key_figures: str = "Nøgletal fra Danmarks Statistik"
    appendix: str = "Bilag: Sager i stikprøven og svar"
    analyse: str = "Analyse"
    statusmaaling: str = "Statusmåling"
    national: str = "Børnesagsbarometret"
    change: str = "Ændring"
    change_points: str = "Ændring, pct.-point"
    requirement: str = "Krav"
    interval: str = "KI {low}–{high} %"
    no_data: str = "Ingen data endnu."
    omitted: str = (
        "Forløbet har endnu ingen data til {sections}; de afsnit er derfor ikke med i rapporten."
    )
    no_key_figures: str = (
        "Der er endnu ingen nøgletal fra Danmarks Statistik for {municipality} i databasen. "
        "Nøgletallene (fx underretninger og anbringelser pr. 1.000 børn) kommer med i "
        "rapporten, når tabellerne fra Statistikbanken er indlæst."
    )
    laws: dict[str, str] = field(
        default_factory=lambda: {"barnets_lov": "Barnets lov", "serviceloven": "Serviceloven"}
    )
    mixed_round: str = (
        "{round} rummer sager efter både barnets lov og serviceloven. Hver sag er vurderet "
        "efter den lov, der gjaldt på dens afgørelsesdato; tallet for runden står øverst i "
        "cellen og tallene pr. lov under det."
    )
    not_comparable: str = "Ikke beregnet ({mark})"
    not_comparable_intro: str = (
        "Ændringen fra analyse til statusmåling er kun beregnet, hvor kravet er det samme i "
        "substans efter begge love. Hvor den ikke er beregnet, er grunden:"
    )
    quality_note: str = (
        "Socialfaglige pejlemærker vises som andelen af sager vurderet tilstrækkelig eller "
        "bedre (niveau 3–4)."
    )
    pooled_note: str = (
        "Summen pr. pejlemærke tæller sag-krav-par, ikke sager; intervallet er derfor kun "
        "vejledende."
    )
    phases: dict[Phase, str] = field(default_factory=lambda: phase_labels("da"))
    healths: dict[Health, str] = field(default_factory=lambda: health_labels("da"))
    tracks: dict[Track, str] = field(
        default_factory=lambda: {Track.JURIDISK: "Juridisk", Track.SOCIALFAGLIG: "Socialfaglig"}
    )
    pejlemaerker: dict[Pejlemaerke, str] = field(
        default_factory=lambda: {
            Pejlemaerke.FAGLIG_UDREDNING: "Faglig udredning",
            Pejlemaerke.VALG_AF_INDSATS: "Valg af indsats",
            Pejlemaerke.OPFOELGNING: "Opfølgning",
            Pejlemaerke.INDDRAGELSE: "Inddragelse",
        }
    )
    round_kinds: dict[RoundKind, str] = field(
        default_factory=lambda: {
            RoundKind.ANALYSE: "Analyse (første sagsgennemgang)",
            RoundKind.STATUSMAALING: "Statusmåling",
            RoundKind.OTHER: "Anden gennemgang",
        }
    )
    methods: dict[SamplingMethod, str] = field(
        default_factory=lambda: {
            SamplingMethod.RANDOM: "Simpel tilfældig udvælgelse",
            SamplingMethod.SYSTEMATIC: "Systematisk udvælgelse",
            SamplingMethod.SYSTEMATIC_BY_CASE_REF: "Systematisk udvælgelse (sagsnummerorden)",
            SamplingMethod.STRATIFIED: "Stratificeret udvælgelse",
        }
    )
    severities: dict[Severity, str] = field(
        default_factory=lambda: {
            Severity.CRITICAL: "Kritisk",
            Severity.SIGNIFICANT: "Væsentlig",
            Severity.MINOR: "Mindre",
        }
    )
    statuses: dict[RecommendationStatus, str] = field(
        default_factory=lambda: {
            RecommendationStatus.NOT_STARTED: "Ikke påbegyndt",
            RecommendationStatus.IN_PROGRESS: "I gang",
            RecommendationStatus.DONE: "Gennemført",
            RecommendationStatus.ABANDONED: "Opgivet",
        }
    )
    milestone_statuses: dict[MilestoneStatus, str] = field(
        default_factory=lambda: {
            MilestoneStatus.PLANNED: "Planlagt",
            MilestoneStatus.DONE: "Gennemført",
            MilestoneStatus.CANCELLED: "Aflyst",
        }
    )
    organisations: dict[Organisation, str] = field(
        default_factory=lambda: {
            Organisation.ANKESTYRELSEN: "Ankestyrelsen",
            Organisation.SOCIAL_OG_BOLIGSTYRELSEN: "Social- og Boligstyrelsen (VISO)",
        }
    )
    roles: dict[ConsultantRole, str] = field(
        default_factory=lambda: {
            ConsultantRole.JURIST: "Jurist",
            ConsultantRole.SOCIALFAGLIG: "Socialfaglig konsulent",
            ConsultantRole.TEAM_LEAD: "Teamleder",
            ConsultantRole.OTHER: "Konsulent",
        }
    )
    answers: dict[Answer, str] = field(
        default_factory=lambda: {
            Answer.MET: "Ja",
            Answer.NOT_MET: "Nej",
            Answer.NOT_RELEVANT: "IR",
            Answer.CANNOT_ASSESS: "KV",
            Answer.QUALITY_1: "1",
            Answer.QUALITY_2: "2",
            Answer.QUALITY_3: "3",
            Answer.QUALITY_4: "4",
        }
    )
    answer_legend: str = (
        "Ja = opfyldt, Nej = ikke opfyldt, IR = ikke relevant, KV = kan ikke vurderes, "
        "1–4 = socialfaglig vurdering (1 utilstrækkelig … 4 god), – = ikke besvaret."
    )
    sampling_method_title: str = "Sådan gentages udtrækningen (taskforce-sample-v1)"
    sampling_method: tuple[str, ...] = (
        "Med sagslisten, metoden, størrelsen og seed (startværdi) kan stikprøven trækkes igen "
        "med et andet værktøj ved at følge trinene nedenfor.",
        "1. Rækkefølge: den systematiske stikprøve (systematic_list_order) følger sagslistens "
        "egen rækkefølge, dvs. sagernes rækkenumre i den indlæste fil (lister indlæst før "
        "rækken blev gemt: 1, 2, 3 … i den rækkefølge, sagerne blev gemt, som er filens). "
        "Ved de øvrige metoder, og i runder trukket systematisk efter sagsnummer "
        "(systematic), sorteres sagerne efter sagsnummer i Unicode-tegnværdiernes orden, og "
        "listens rækkefølge betyder ikke noget. Seed renses for mellemrum før og efter.",
        "2. Fingeraftryk: for hver sag i den orden sagsnummer, tegnet U+001F, stratum (tomt, "
        "hvis der ikke stratificeres) og tegnet U+001E; det hele kodet som UTF-8; "
        "fingeraftrykket er SHA-256 i små hexadecimale tegn.",
        "3. Strømme: SHA-256 af UTF-8-teksten »taskforce-sample-v1«, seed, metode (random, "
        "systematic_list_order, stratified eller systematic), fingeraftryk og strømmens navn, "
        "sat sammen med tegnet U+001F imellem, læses som et 256-bit heltal (big-endian) og "
        "bruges som nøgle til MT19937 (init_by_array med 32-bit-ord, mindst betydende "
        "først, som Pythons random.Random). Strømmene hedder all (simpel tilfældig), start "
        "(systematisk), stratum:<navn> (et stratum) og fallback (erstatning, når et stratum "
        "er opbrugt).",
        "4. Heltal under m: to 32-bit-tal a og b giver v = (a >> 5) · 2^26 + (b >> 6); "
        "v bruges, hvis v < 2^53 − (2^53 mod m), og giver v mod m; ellers trækkes igen. "
        "Permutation: for i = 0, 1, … byttes plads i med plads i + (heltal under m − i), "
        "og pladsen i er næste sag.",
        "5. Udtrækning: simpel tilfældig = de første n pladser i permutationen (strømmen all). "
        "Systematisk: r = heltal under N (strømmen start); pladserne er ⌊(r + i·N) / n⌋ for "
        "i = 0 … n − 1. Stratificeret: strata i tegnværdiernes orden; hvert stratum får sin "
        "andel (forholdsmæssig med minimum, afrundet efter største rest) og de første pladser "
        "i permutationen af stratummets egne sager (strømmen stratum:<navn>).",
    )
