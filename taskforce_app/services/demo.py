"""The demo database: a realistic, pseudonymous portfolio of forløb, written atomically.

Everything is drawn from seeded random generators, so two runs on the same day write the same
records; only the dates move with `date.today()`, so the phases always look current. No CPR
number, no child's name: cases are known by pseudonymous case numbers like `SAG-2024-0173`.
"""

from __future__ import annotations

import hashlib
import logging
import os
import random
import sqlite3
import time
import uuid
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from datetime import time as clock
from pathlib import Path

from sqlalchemy import delete, func, insert, select
from sqlalchemy.orm import Session

from taskforce_app.domain.criteria import (
    BARNETS_LOV_START,
    Benchmark,
    CriteriaSetSpec,
    CriterionSpec,
    choose_legal_set,
    latest_benchmark,
)
from taskforce_app.domain.engagements import add_months, default_planned_end
from taskforce_app.domain.enums import (
    Answer,
    ApplicationDecision,
    ConsultantRole,
    MilestoneStatus,
    Organisation,
    Phase,
    RecommendationStatus,
    RoundKind,
    RoundStatus,
    SampledCaseStatus,
    SamplingMethod,
    Severity,
    Track,
)
from taskforce_app.domain.errors import DatabaseError
from taskforce_app.domain.plan import MilestoneTemplate, generate_plan, next_working_day
from taskforce_app.domain.sampling import SampleUnit, draw_sample, next_replacement
from taskforce_app.persistence.base import Base
from taskforce_app.persistence.database import Database, open_database
from taskforce_app.persistence.location import resolve_location
from taskforce_app.persistence.models import (
    Application,
    ApplicationRound,
    Assessment,
    Case,
    CaseListImport,
    Consultant,
    Engagement,
    Finding,
    FindingCriterion,
    FindingEvidence,
    Milestone,
    MunicipalContact,
    Municipality,
    PhasePeriod,
    Recommendation,
    RecommendationUpdate,
    ReviewNote,
    ReviewRound,
    SampledCase,
    TeamMember,
)
from taskforce_app.persistence.types import utc_now
from taskforce_app.services.criteria import (
    criteria_set_id,
    criterion_id,
    load_benchmarks,
    load_criteria_sets,
    sync_criteria_sets,
)
from taskforce_app.services.resources import load_milestone_template, read_json, templates_dir

log = logging.getLogger(__name__)

DEMO_SEED = 2012
"""The Task Force's founding year; every random choice of the demo derives from it."""
DEMO_ACTOR = "demo"
SAMPLE_SIZE = 20

PHASE_START_MONTH = {
    Phase.OPSTART: 0,
    Phase.ANALYSE: 1,
    Phase.AFRAPPORTERING: 5,
    Phase.UDVIKLING: 6,
    Phase.STATUSMAALING: 19,
    Phase.STATUSRAPPORT: 22,
    Phase.AFSLUTTET: 24,
}


@dataclass(frozen=True, slots=True)
class DemoSummary:
    """What `write_demo_database` wrote."""

    location: str
    engagements: int
    cases: int
    assessments: int
    findings: int = 0
    recommendations: int = 0
    seconds: float = 0.0


def write_demo_database(
    target: str | Path, *, force: bool, today: date | None = None
) -> DemoSummary:
    """Write the demo database to a file path or a PostgreSQL URL.

    A file is written to a temporary file beside the target through the normal migration path
    and then moved over the target in one step, so a failure never leaves a half-written demo.
    A server database is filled in one transaction.

    Args:
        target: an SQLite file path (or `sqlite:///` URL), or a `postgresql+…` URL.
        force: overwrite an existing file, or replace the forløb of a server database.
        today: the day the demo's dates are anchored to (`date.today()` by default).

    Raises:
        DatabaseError: the target exists (or holds forløb) and `force` is not given, or the
            database cannot be opened.
    """
    started = time.perf_counter()
    anchor = date.today() if today is None else today
    location = resolve_location(target)
    if location.path is None:
        counts = _write_server(location.url, location.display_name, force=force, today=anchor)
        shown = location.display_name
    else:
        counts = _write_file(location.path, force=force, today=anchor)
        shown = str(location.path)
    seconds = time.perf_counter() - started
    log.info("demo database written to %s in %.2f s", shown, seconds)
    return DemoSummary(
        location=shown,
        engagements=counts["engagements"],
        cases=counts["cases"],
        assessments=counts["assessments"],
        findings=counts["findings"],
        recommendations=counts["recommendations"],
        seconds=seconds,
    )


def _write_file(path: Path, *, force: bool, today: date) -> Counter[str]:
    if path.is_dir():
        raise DatabaseError("db.is_folder", path=str(path))
    if path.exists() and not force:
        raise DatabaseError("db.exists", path=str(path))
    if not path.parent.is_dir():
        raise DatabaseError("db.missing_folder", folder=str(path.parent))
    temporary = path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}.tmp")
    try:
        db = open_database(temporary)
        try:
            db.actor = DEMO_ACTOR
            counts = _fill(db, today)
        finally:
            db.close()
        _checkpoint(temporary)
        for stale in _companions(path):
            stale.unlink(missing_ok=True)
        os.replace(temporary, path)
    finally:
        for leftover in (temporary, *_companions(temporary)):
            leftover.unlink(missing_ok=True)
    return counts


def _write_server(url: str, shown: str, *, force: bool, today: date) -> Counter[str]:
    db = open_database(url)
    try:
        db.actor = DEMO_ACTOR
        with db.read() as session:
            existing = session.scalar(select(func.count()).select_from(Engagement)) or 0
        if existing and not force:
            raise DatabaseError("db.exists", path=shown)
        return _fill(db, today, clear=True)
    finally:
        db.close()


def _companions(path: Path) -> tuple[Path, Path]:
    return path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")


def _checkpoint(path: Path) -> None:
    """Fold the write-ahead log into the file, so the file alone is the complete database."""
    connection = sqlite3.connect(path)
    try:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        connection.close()


def _fill(db: Database, today: date, *, clear: bool = False) -> Counter[str]:
    specs = load_criteria_sets()
    benchmarks = load_benchmarks()
    template = load_milestone_template()
    content = _load_content()
    with db.write() as session:
        if clear:
            _clear(session)
        sync_criteria_sets(session, specs)
        builder = _DemoBuilder(session, today, specs, benchmarks, template, content)
        builder.build()
        return builder.counts


def _clear(session: Session) -> None:
    """Delete every record except the municipalities (reference data of the migration)."""
    for table in reversed(Base.metadata.sorted_tables):
        if table.name != "municipality":
            session.execute(delete(table))


# --- The demo's content -------------------------------------------------------------------

CONTENT_FILE = "demo_content.json"


@dataclass(frozen=True, slots=True)
class _Measure:
    """A kind of measure in the case lists, with its legal basis under each law."""

    case_type: str
    measure: str
    basis_serviceloven: str
    basis_barnets_lov: str
    weight: float


@dataclass(frozen=True, slots=True)
class _FindingText:
    """The title, theme and recommendation the demo uses for a finding on one topic."""

    title: str
    theme: str
    recommendation: str


@dataclass(frozen=True, slots=True)
class _Content:
    """The demo's Danish texts and names, from resources/templates/demo_content.json."""

    consultants: tuple[tuple[str, str, Organisation, ConsultantRole], ...]
    first_names: tuple[str, ...]
    last_names: tuple[str, ...]
    contact_titles: tuple[str, ...]
    caseworkers: tuple[str, ...]
    case_teams: tuple[str, ...]
    measures: tuple[_Measure, ...]
    decision_reasons: dict[str, str]
    not_met_reasons: dict[str, str]
    legal_findings: dict[str, _FindingText]
    social_findings: dict[str, _FindingText]
    standalone_recommendations: tuple[str, ...]
    update_notes: dict[str, str]
    notes: dict[str, str]


def _load_content() -> _Content:
    data = read_json(templates_dir() / CONTENT_FILE)

    def texts(key: str) -> tuple[str, ...]:
        value = data[key]
        assert isinstance(value, list)
        return tuple(str(item) for item in value)

    def records(key: str) -> list[dict[str, object]]:
        value = data[key]
        assert isinstance(value, list)
        return [dict(item) for item in value if isinstance(item, dict)]

    def mapping(key: str) -> dict[str, object]:
        value = data[key]
        assert isinstance(value, dict)
        return value

    def findings(key: str) -> dict[str, _FindingText]:
        return {
            topic: _FindingText(str(item["title"]), str(item["theme"]), str(item["recommendation"]))
            for topic, item in mapping(key).items()
            if isinstance(item, dict)
        }

    return _Content(
        consultants=tuple(
            (
                str(item["name"]),
                str(item["initials"]),
                Organisation(str(item["organisation"])),
                ConsultantRole(str(item["role"])),
            )
            for item in records("consultants")
        ),
        first_names=texts("first_names"),
        last_names=texts("last_names"),
        contact_titles=texts("contact_titles"),
        caseworkers=texts("caseworkers"),
        case_teams=texts("case_teams"),
        measures=tuple(
            _Measure(
                case_type=str(item["case_type"]),
                measure=str(item["measure"]),
                basis_serviceloven=str(item["basis_serviceloven"]),
                basis_barnets_lov=str(item["basis_barnets_lov"]),
                weight=float(str(item["weight"])),
            )
            for item in records("measures")
        ),
        decision_reasons={k: str(v) for k, v in mapping("decision_reasons").items()},
        not_met_reasons={k: str(v) for k, v in mapping("not_met_reasons").items()},
        legal_findings=findings("legal_findings"),
        social_findings=findings("social_findings"),
        standalone_recommendations=texts("standalone_recommendations"),
        update_notes={k: str(v) for k, v in mapping("update_notes").items()},
        notes={k: str(v) for k, v in data.items() if k.endswith(("_note", "_reason"))},
    )


@dataclass(frozen=True, slots=True)
class _ForloebPlan:
    """One demo forløb: where, which phase, and how long ago it started."""

    municipality_code: str
    phase: Phase
    days_ago: int
    round_index: int
    themes: tuple[str, ...]
    third_member: ConsultantRole | None = None
    overdue: tuple[str, ...] = ()
    late: tuple[tuple[str, int], ...] = ()
    cancelled: tuple[str, ...] = ()


_FORLOEB: tuple[_ForloebPlan, ...] = (
    _ForloebPlan("860", Phase.OPSTART, 28, 2, ("Tidsfrister", "Underretninger", "Arbejdsmiljø")),
    _ForloebPlan(
        "430", Phase.ANALYSE, 95, 1, ("Børnefaglige undersøgelser", "Inddragelse af barnet")
    ),
    _ForloebPlan(
        "316",
        Phase.AFRAPPORTERING,
        165,
        1,
        ("Faglig ledelse og ledelsestilsyn", "Opfølgning"),
        third_member=ConsultantRole.TEAM_LEAD,
    ),
    _ForloebPlan(
        "791", Phase.UDVIKLING, 300, 1, ("Opfølgning", "Tidsfrister"), overdue=("statusmoede_1",)
    ),
    _ForloebPlan(
        "219",
        Phase.UDVIKLING,
        625,
        0,
        ("Tværfagligt samarbejde", "Underretninger"),
        third_member=ConsultantRole.SOCIALFAGLIG,
        overdue=("statusmoede_4",),
        late=(("analyserapport", 21), ("udviklingsplan", 18)),
    ),
    _ForloebPlan("787", Phase.STATUSMAALING, 610, 0, ("Tidsfrister", "Inddragelse af barnet")),
    _ForloebPlan(
        "510",
        Phase.STATUSRAPPORT,
        700,
        0,
        ("Børnefaglige undersøgelser", "Faglig ledelse og ledelsestilsyn"),
        third_member=ConsultantRole.TEAM_LEAD,
        late=(("juridisk_sagsgennemgang", 14),),
    ),
    _ForloebPlan(
        "730",
        Phase.AFSLUTTET,
        790,
        0,
        ("Opfølgning", "Underretninger", "Arbejdsmiljø"),
        cancelled=("statusmoede_3",),
    ),
)

# The demo names themes as a municipality would; these are the theme keys (resources/reference/
# themes.json) they stand for. A label not listed here goes into the free-text "other themes".
_THEME_KEYS = {
    "Tidsfrister": "tidsfrister",
    "Faglig ledelse og ledelsestilsyn": "ledelsesinformation_tilsyn",
    "Arbejdsmiljø": "arbejdsmiljoe",
    "Underretninger": "faglig_udredning",
    "Børnefaglige undersøgelser": "faglig_udredning",
    "Opfølgning": "valg_af_indsats_opfoelgning",
    "Inddragelse af barnet": "inddragelse",
    "Tværfagligt samarbejde": "tvaerfagligt_samarbejde",
    "Faglig udredning": "faglig_udredning",
    "Valg af indsats": "valg_af_indsats_opfoelgning",
    "Styring og ledelse": "styring_faglig_ledelse",
}


def _theme_keys(labels: Sequence[str]) -> tuple[list[str], str]:
    """The theme keys for `labels`, and the labels without a key as free text."""
    keys = list(dict.fromkeys(_THEME_KEYS[label] for label in labels if label in _THEME_KEYS))
    other = ", ".join(label for label in labels if label not in _THEME_KEYS)
    return keys, other


_OTHER_APPLICATIONS: tuple[tuple[int, str, ApplicationDecision, tuple[str, ...]], ...] = (
    (0, "330", ApplicationDecision.DECLINED, ("Tidsfrister", "Økonomisk styring")),
    (0, "151", ApplicationDecision.WAITLISTED, ("Faglig ledelse og ledelsestilsyn",)),
    (1, "621", ApplicationDecision.DECLINED, ("Arbejdsmiljø",)),
    (1, "370", ApplicationDecision.WAITLISTED, ("Underretninger", "Tidsfrister")),
    (2, "151", ApplicationDecision.WAITLISTED, ("Faglig ledelse og ledelsestilsyn", "Opfølgning")),
    (
        2,
        "820",
        ApplicationDecision.PENDING,
        ("Børnefaglige undersøgelser", "Inddragelse af barnet"),
    ),
    (2, "779", ApplicationDecision.PENDING, ("Tværfagligt samarbejde",)),
)

# (days ago of the deadline, days from deadline to the decision)
_ROUNDS: tuple[tuple[int, int], ...] = ((880, 30), (340, 25), (75, 25))

# topic → (probability the requirement applies, p(met) in Analyse, p(met) in Statusmåling)
_ANSWER_PROFILE: dict[str, tuple[float, float, float]] = {
    "bfu_made": (0.85, 0.66, 0.82),
    "bfu_within_4_months": (1.0, 0.50, 0.72),
    "child_talk_in_bfu": (1.0, 0.90, 0.96),
    "child_talk_before_decision": (0.95, 0.56, 0.78),
    "plan": (0.90, 0.72, 0.86),
    "first_follow_up": (0.85, 0.50, 0.76),
    "ongoing_follow_up": (0.50, 0.45, 0.66),
    "personal_supervision": (1.0, 0.75, 0.86),
    "notification_24h": (0.70, 0.86, 0.94),
    "reassessment": (0.20, 0.60, 0.80),
    "receipt_6_working_days": (0.40, 0.55, 0.82),
    "hearing": (0.60, 0.80, 0.90),
    "reasons": (1.0, 0.74, 0.90),
    "appeal_guidance": (1.0, 0.86, 0.95),
}
_QUALITY_WEIGHTS = {
    RoundKind.ANALYSE: (0.15, 0.37, 0.35, 0.13),
    RoundKind.STATUSMAALING: (0.05, 0.22, 0.46, 0.27),
}
_QUALITY = (Answer.QUALITY_1, Answer.QUALITY_2, Answer.QUALITY_3, Answer.QUALITY_4)


@dataclass
class _Sampled:
    """A sampled case while the demo is built: its id, case, dates and answers by code."""

    id: uuid.UUID
    case: dict[str, object]
    position: int
    answers: dict[str, Answer] = field(default_factory=dict)
    topics: dict[str, Answer] = field(default_factory=dict)


@dataclass
class _RoundResult:
    """A built review round and its sampled cases."""

    id: uuid.UUID
    kind: RoundKind
    complete: bool
    legal: CriteriaSetSpec
    sampled: list[_Sampled]


class _DemoBuilder:
    """Writes the demo's records into one session; every random choice is seeded."""

    def __init__(
        self,
        session: Session,
        today: date,
        specs: Sequence[CriteriaSetSpec],
        benchmarks: Sequence[Benchmark],
        template: MilestoneTemplate,
        content: _Content,
    ) -> None:
        self.text = content
        self.session = session
        self.today = today
        self.specs = list(specs)
        self.social = next(spec for spec in specs if spec.track is Track.SOCIALFAGLIG)
        self.benchmarks = list(benchmarks)
        self.template = template
        self.rng = random.Random(DEMO_SEED)
        self.now = utc_now()
        self.counts: Counter[str] = Counter()
        self.cases: list[dict[str, object]] = []
        self.sampled_rows: list[dict[str, object]] = []
        self.assessment_rows: list[dict[str, object]] = []
        self.consultants: list[Consultant] = []
        self.municipalities: dict[str, Municipality] = {}

    # -- helpers ---------------------------------------------------------------------------

    def _id(self) -> uuid.UUID:
        return uuid.UUID(int=self.rng.getrandbits(128), version=4)

    def _at(self, day: date, hour: int = 10) -> datetime:
        return datetime.combine(day, clock(hour, 0), tzinfo=UTC)

    def _past(self, day: date) -> date:
        return min(day, self.today)

    def _phone(self, rng: random.Random) -> str:
        return f"+45 {rng.randint(2000, 9999)} {rng.randint(1000, 9999)}"

    def _person(self, rng: random.Random) -> str:
        return f"{rng.choice(self.text.first_names)} {rng.choice(self.text.last_names)}"

    # -- the whole demo --------------------------------------------------------------------

    def build(self) -> None:
        self.municipalities = {row.code: row for row in self.session.scalars(select(Municipality))}
        self._consultants()
        rounds = self._application_rounds()
        engagements = [self._engagement(index, plan, rounds) for index, plan in enumerate(_FORLOEB)]
        self._other_applications(rounds)
        self.session.flush()
        self._bulk_insert()
        for engagement, plan, results, contacts, milestones in engagements:
            self._findings(engagement, plan, results, contacts, milestones)
        self.session.flush()
        self.counts["engagements"] = len(_FORLOEB)
        self.counts["cases"] = len(self.cases)
        self.counts["assessments"] = len(self.assessment_rows)

    def _consultants(self) -> None:
        for name, initials, organisation, role in self.text.consultants:
            domain = "ast.example" if organisation is Organisation.ANKESTYRELSEN else "sbst.example"
            first = name.split()[0].lower()
            row = Consultant(
                id=self._id(),
                name=name,
                initials=initials,
                organisation=organisation,
                role=role,
                email=f"{first}.{initials.lower()}@{domain}",
            )
            self.consultants.append(row)
            self.session.add(row)

    def _by_role(self, role: ConsultantRole) -> list[Consultant]:
        return [row for row in self.consultants if row.role is role]

    def _application_rounds(self) -> list[tuple[ApplicationRound, date]]:
        result: list[tuple[ApplicationRound, date]] = []
        for days_ago, to_decision in _ROUNDS:
            deadline = next_working_day(self.today - timedelta(days=days_ago))
            season = "forår" if deadline.month <= 6 else "efterår"
            row = ApplicationRound(
                id=self._id(),
                name=f"Ansøgningsrunde {season} {deadline.year}",
                deadline=deadline,
                notes=self.text.notes["round_note"],
            )
            self.session.add(row)
            result.append((row, next_working_day(deadline + timedelta(days=to_decision))))
        return result

    def _application(
        self,
        round_: ApplicationRound,
        decided: date,
        code: str,
        decision: ApplicationDecision,
        themes: Sequence[str],
    ) -> Application:
        rng = self.rng
        municipality = self.municipalities[code]
        assert round_.deadline is not None
        received = round_.deadline - timedelta(days=rng.randint(1, 20))
        chief = self._person(rng)
        row = Application(
            id=self._id(),
            round_id=round_.id,
            municipality_id=municipality.id,
            received_on=received,
            council_backing=True,
            council_decision_on=received - timedelta(days=rng.randint(7, 40)),
            contact_persons=f"Børne- og familiechef {chief}, tlf. {self._phone(rng)}",
            themes=_theme_keys(themes)[0],
            themes_other=_theme_keys(themes)[1],
            motivation=(
                f"{municipality.name} Kommune ønsker hjælp til at styrke kvaliteten i "
                f"sagsbehandlingen med fokus på {', '.join(theme.lower() for theme in themes)}. "
                "Kommunalbestyrelsen har besluttet at søge om et forløb."
            ),
            assessment_notes="Ansøgningen er vurderet af Task Forcens ledelse."
            if decision is not ApplicationDecision.PENDING
            else "Afventer vurdering på næste ledermøde.",
            decision=decision,
            decision_on=None if decision is ApplicationDecision.PENDING else decided,
            decision_reason=self.text.decision_reasons.get(decision.value, ""),
        )
        self.session.add(row)
        return row

    def _other_applications(self, rounds: list[tuple[ApplicationRound, date]]) -> None:
        for index, code, decision, themes in _OTHER_APPLICATIONS:
            round_, decided = rounds[index]
            self._application(round_, decided, code, decision, themes)

    # -- one forløb ------------------------------------------------------------------------

    def _engagement(
        self, index: int, plan: _ForloebPlan, rounds: list[tuple[ApplicationRound, date]]
    ) -> tuple[
        Engagement, _ForloebPlan, list[_RoundResult], list[MunicipalContact], dict[str, Milestone]
    ]:
        municipality = self.municipalities[plan.municipality_code]
        round_, decided = rounds[plan.round_index]
        application = self._application(
            round_, decided, plan.municipality_code, ApplicationDecision.GRANTED, plan.themes
        )
        start = next_working_day(self.today - timedelta(days=plan.days_ago))
        engagement = Engagement(
            id=self._id(),
            municipality_id=municipality.id,
            application_id=application.id,
            title=f"Task Force-forløb {municipality.name}",
            phase=plan.phase,
            start_date=start,
            planned_end_date=default_planned_end(start),
            themes=_theme_keys(plan.themes)[0],
            description=f"Forløb med {municipality.name} Kommune om "
            f"{', '.join(theme.lower() for theme in plan.themes)}.",
            notes="",
        )
        self.session.add(engagement)
        team = self._team(index, plan, engagement, start)
        contacts = self._contacts(engagement, municipality.name)
        self._phase_periods(engagement, plan.phase, start)
        milestones = self._milestones(engagement, plan, start, team)
        done = milestones.get("afslutningsmoede")
        if plan.phase is Phase.AFSLUTTET and done is not None:
            engagement.actual_end_date = done.actual_on
        engagement.notes = (
            self.text.notes["late_engagement_note"]
            if plan.overdue and plan.phase is Phase.UDVIKLING and plan.days_ago > 600
            else ""
        )
        results: list[_RoundResult] = []
        if plan.phase.order >= Phase.ANALYSE.order:
            window_end = add_months(start, -1)
            cases = self._case_list(
                engagement,
                municipality.name,
                add_months(start, -25),
                window_end,
                self._at(milestones["sagsudtraek_modtaget"].actual_on or start),
                team,
            )
            sampled_on = milestones["stikproeve_udtrukket"].actual_on or self._past(
                milestones["stikproeve_udtrukket"].planned_on
            )
            status = (
                RoundStatus.OPEN
                if plan.phase is Phase.ANALYSE
                else RoundStatus.READY_FOR_REPORT
                if plan.phase is Phase.AFRAPPORTERING
                else RoundStatus.SIGNED_OFF
            )
            results.append(
                self._review_round(
                    engagement,
                    municipality.name,
                    RoundKind.ANALYSE,
                    cases,
                    sampled_on,
                    status,
                    team,
                    replace_one=plan.municipality_code == "791",
                )
            )
        if plan.phase.order >= Phase.STATUSMAALING.order:
            mark = milestones["statusmaaling_stikproeve"]
            received = mark.actual_on or self._past(mark.planned_on)
            cases = self._case_list(
                engagement,
                municipality.name,
                add_months(start, 7),
                add_months(start, 18),
                self._at(received),
                team,
            )
            status = (
                RoundStatus.OPEN if plan.phase is Phase.STATUSMAALING else RoundStatus.SIGNED_OFF
            )
            results.append(
                self._review_round(
                    engagement,
                    municipality.name,
                    RoundKind.STATUSMAALING,
                    cases,
                    next_working_day(received + timedelta(days=5)),
                    status,
                    team,
                )
            )
        return engagement, plan, results, contacts, milestones

    def _team(
        self, index: int, plan: _ForloebPlan, engagement: Engagement, start: date
    ) -> dict[ConsultantRole, Consultant]:
        jurists = self._by_role(ConsultantRole.JURIST)
        socials = self._by_role(ConsultantRole.SOCIALFAGLIG)
        team = {
            ConsultantRole.JURIST: jurists[index % len(jurists)],
            ConsultantRole.SOCIALFAGLIG: socials[index % len(socials)],
        }
        members = list(team.items())
        if plan.third_member is ConsultantRole.TEAM_LEAD:
            lead = self._by_role(ConsultantRole.TEAM_LEAD)[0]
            team[ConsultantRole.TEAM_LEAD] = lead
            members.append((ConsultantRole.TEAM_LEAD, lead))
        elif plan.third_member is ConsultantRole.SOCIALFAGLIG:
            members.append((ConsultantRole.SOCIALFAGLIG, socials[(index + 2) % len(socials)]))
        for role, consultant in members:
            self.session.add(
                TeamMember(
                    id=self._id(),
                    engagement_id=engagement.id,
                    consultant_id=consultant.id,
                    role=role,
                    joined_on=start,
                    left_on=None,
                )
            )
        return team

    def _contacts(self, engagement: Engagement, municipality: str) -> list[MunicipalContact]:
        slug = _slug(municipality)
        rows: list[MunicipalContact] = []
        for title in self.text.contact_titles:
            name = self._person(self.rng)
            first, last = name.split()
            row = MunicipalContact(
                id=self._id(),
                engagement_id=engagement.id,
                name=name,
                title=title,
                email=f"{_slug(first)}.{_slug(last)}@{slug}.kommune.example",
                phone=self._phone(self.rng),
            )
            self.session.add(row)
            rows.append(row)
        return rows

    def _phase_periods(self, engagement: Engagement, current: Phase, start: date) -> None:
        phases = [phase for phase in Phase if phase.order <= current.order]
        for position, phase in enumerate(phases):
            began = self._past(next_working_day(add_months(start, PHASE_START_MONTH[phase])))
            ended: date | None = None
            if phase is not current:
                following = phases[position + 1]
                ended = self._past(
                    next_working_day(add_months(start, PHASE_START_MONTH[following]))
                    - timedelta(days=1)
                )
            self.session.add(
                PhasePeriod(
                    id=self._id(),
                    engagement_id=engagement.id,
                    phase=phase,
                    started_on=began,
                    ended_on=ended,
                )
            )

    def _milestones(
        self,
        engagement: Engagement,
        plan: _ForloebPlan,
        start: date,
        team: dict[ConsultantRole, Consultant],
    ) -> dict[str, Milestone]:
        rng = random.Random(f"{DEMO_SEED}:{plan.municipality_code}:milestones")
        late = dict(plan.late)
        result: dict[str, Milestone] = {}
        for planned in generate_plan(start, self.template):
            role = planned.responsible_role or ConsultantRole.SOCIALFAGLIG
            responsible = team.get(role) or team[ConsultantRole.SOCIALFAGLIG]
            status = MilestoneStatus.PLANNED
            actual: date | None = None
            note = ""
            reached = planned.phase.order < plan.phase.order or (
                planned.phase is plan.phase and planned.planned_on <= self.today - timedelta(days=3)
            )
            if planned.key in plan.cancelled:
                status = MilestoneStatus.CANCELLED
                note = self.text.notes["cancelled_milestone_note"]
            elif reached and planned.key not in plan.overdue and planned.planned_on <= self.today:
                delay = late.get(planned.key, rng.choice((-2, 0, 0, 0, 1, 2, 3)))
                actual = self._past(next_working_day(planned.planned_on + timedelta(days=delay)))
                status = MilestoneStatus.DONE
                if planned.key in late:
                    note = f"Afholdt {late[planned.key]} dage efter planen."
            elif planned.key in plan.overdue:
                note = self.text.notes["overdue_milestone_note"]
            row = Milestone(
                id=self._id(),
                engagement_id=engagement.id,
                template_key=planned.key,
                title=planned.title_da,
                phase=planned.phase,
                planned_on=planned.planned_on,
                actual_on=actual,
                responsible_id=responsible.id,
                status=status,
                note=note,
                sort_order=planned.sort_order,
                extra={"template": f"{self.template.key}:{self.template.version}"},
            )
            self.session.add(row)
            result[planned.key] = row
        return result

    # -- cases and reviews -----------------------------------------------------------------

    def _case_list(
        self,
        engagement: Engagement,
        municipality: str,
        window_start: date,
        window_end: date,
        imported_at: datetime,
        team: dict[ConsultantRole, Consultant],
    ) -> list[dict[str, object]]:
        rng = self.rng
        size = rng.randint(60, 200)
        rejected = rng.randint(0, 4)
        span = max(1, (window_end - window_start).days)
        numbers = rng.sample(range(1, 9999), size)
        import_id = self._id()
        weights = [measure.weight for measure in self.text.measures]
        rows: list[dict[str, object]] = []
        for number in numbers:
            decided = window_start + timedelta(days=rng.randrange(span))
            opened = decided - timedelta(days=rng.randint(20, 400))
            measure = rng.choices(self.text.measures, weights)[0]
            age = rng.choices(
                range(18), weights=[2, 3, 3, 3, 4, 4, 5, 5, 6, 6, 7, 8, 9, 10, 10, 9, 8, 6]
            )[0]
            rows.append(
                {
                    "id": self._id(),
                    "engagement_id": engagement.id,
                    "import_id": import_id,
                    "case_ref": f"SAG-{opened.year}-{number:04d}",
                    "birth_year": decided.year - age,
                    "age": age,
                    "gender": rng.choice(("Dreng", "Pige")),
                    "case_type": measure.case_type,
                    "measure": measure.measure,
                    "legal_basis": measure.basis_barnets_lov
                    if decided >= BARNETS_LOV_START
                    else measure.basis_serviceloven,
                    "caseworker": rng.choice(self.text.caseworkers),
                    "opened_on": opened,
                    "decided_on": decided,
                    "extra": {"team": rng.choice(self.text.case_teams)},
                    "created_at": self.now,
                    "updated_at": self.now,
                }
            )
        # A case number must be unique within the forløb (two lists may share the year prefix).
        taken = {
            str(row["case_ref"]) for row in self.cases if row["engagement_id"] == engagement.id
        }
        rows = [row for row in rows if str(row["case_ref"]) not in taken]
        fingerprint = hashlib.sha256(
            "\n".join(
                f"{row['case_ref']};{row['decided_on']}"
                for row in sorted(rows, key=lambda r: str(r["case_ref"]))
            ).encode("utf-8")
        ).hexdigest()
        report: list[object] = [
            {
                "row": rng.randint(2, size + 1),
                "field": "Afgørelsesdato",
                "code": "date.invalid",
                "message": "Datoen kan ikke læses.",
            }
            for _ in range(rejected)
        ]
        self.session.add(
            CaseListImport(
                id=import_id,
                engagement_id=engagement.id,
                file_name=f"Sagsudtraek_{_slug(municipality)}_{imported_at.date().isoformat()}.xlsx",
                sheet_name="Sager",
                imported_at=imported_at,
                imported_by=team[ConsultantRole.JURIST].initials,
                fingerprint=fingerprint,
                row_count=len(rows) + rejected,
                imported_count=len(rows),
                rejected_count=rejected,
                column_mapping={
                    "Sagsnummer": "case_ref",
                    "Fødselsår": "birth_year",
                    "Køn": "gender",
                    "Sagstype": "case_type",
                    "Foranstaltning": "measure",
                    "Lovgrundlag": "legal_basis",
                    "Sagsbehandler": "caseworker",
                    "Oprettet": "opened_on",
                    "Afgørelsesdato": "decided_on",
                },
                report=report,
            )
        )
        for row in rows:
            row["_fingerprint"] = fingerprint
        self.cases.extend(rows)
        return rows

    def _review_round(
        self,
        engagement: Engagement,
        municipality: str,
        kind: RoundKind,
        population: list[dict[str, object]],
        sampled_on: date,
        status: RoundStatus,
        team: dict[ConsultantRole, Consultant],
        *,
        replace_one: bool = False,
    ) -> _RoundResult:
        seed = f"{_slug(municipality)}-{kind.value}-{self.rng.randint(1000, 9999)}"
        by_ref = {str(row["case_ref"]): row for row in population}
        units = [SampleUnit(ref) for ref in by_ref]
        draw = draw_sample(units, seed=seed, method=SamplingMethod.RANDOM, size=SAMPLE_SIZE)
        drawn = [by_ref[ref] for ref in draw.case_refs]
        if replace_one:
            drawn.append(by_ref[next_replacement(draw, units, draw.case_refs[0])])
        decisions = [row["decided_on"] for row in drawn[:SAMPLE_SIZE]]
        legal = choose_legal_set([d for d in decisions if isinstance(d, date)], self.specs)
        jurist = team[ConsultantRole.JURIST]
        social = team[ConsultantRole.SOCIALFAGLIG]
        round_id = self._id()
        complete = status is not RoundStatus.OPEN
        signed = status is RoundStatus.SIGNED_OFF
        signed_at = self._at(self._past(sampled_on + timedelta(days=90)), 14)
        kind_label = "Analyse" if kind is RoundKind.ANALYSE else "Statusmåling"
        self.session.add(
            ReviewRound(
                id=round_id,
                engagement_id=engagement.id,
                kind=kind,
                name=f"{kind_label} {sampled_on.year}",
                legal_criteria_set_id=criteria_set_id(legal.key, legal.version),
                social_criteria_set_id=criteria_set_id(self.social.key, self.social.version),
                status=status,
                sampling_method=SamplingMethod.RANDOM,
                sampling_parameters={
                    **draw.parameters,
                    "stratify_by": None,
                    "case_list_import": str(population[0]["import_id"]),
                    "decided_from": min(str(row["decided_on"]) for row in population),
                    "decided_to": max(str(row["decided_on"]) for row in population),
                },
                sample_size=SAMPLE_SIZE,
                seed=seed,
                population_fingerprint=draw.population_fingerprint,
                population_size=len(population),
                sampled_by=jurist.initials,
                sampled_at=self._at(sampled_on, 9),
                signed_off_by_id=jurist.id if signed else None,
                signed_off_at=signed_at if signed else None,
                lock_log=[
                    {"at": signed_at.isoformat(), "by": jurist.initials, "action": "signed_off"}
                ]
                if signed
                else [],
            )
        )
        sampled: list[_Sampled] = []
        replacement: _Sampled | None = None
        for position, case in enumerate(drawn, start=1):
            item = _Sampled(id=self._id(), case=case, position=position)
            if position == SAMPLE_SIZE + 1:
                replacement = item
            else:
                sampled.append(item)
        assessed_cases = SAMPLE_SIZE if complete else 11
        legal_only = 0 if complete else 3
        for item in sampled:
            self._answers(item, legal, kind)
        replaced = sampled[4] if replacement is not None else None
        if replacement is not None:
            self._answers(replacement, legal, kind)
        rows: list[dict[str, object]] = []
        active = [item for item in sampled if item is not replaced]
        if replacement is not None:
            active.append(replacement)
        for item in [*([replacement] if replacement else []), *sampled]:
            is_replaced = item is replaced
            rows.append(
                self._sampled_row(
                    item, round_id, sampled_on, is_replaced, replacement if is_replaced else None
                )
            )
        for order, item in enumerate(active):
            if order >= assessed_cases + legal_only:
                item.answers = {}
                continue
            day = self._past(sampled_on + timedelta(days=14 + order * 2))
            for spec, who in ((legal, jurist), (self.social, social)):
                if spec is self.social and order >= assessed_cases:
                    continue
                for criterion in spec.criteria:
                    answer = item.answers[criterion.code]
                    self.assessment_rows.append(
                        self._assessment_row(item, spec, criterion, answer, who, day)
                    )
            if order >= assessed_cases:
                legal_codes = {criterion.code for criterion in legal.criteria}
                item.answers = {
                    code: answer for code, answer in item.answers.items() if code in legal_codes
                }
        self.sampled_rows.extend(rows)
        return _RoundResult(id=round_id, kind=kind, complete=complete, legal=legal, sampled=active)

    def _answers(self, item: _Sampled, legal: CriteriaSetSpec, kind: RoundKind) -> None:
        rng = random.Random(f"{DEMO_SEED}:{item.id}:answers")
        placement = str(item.case["case_type"]).startswith("Anbringelse")
        status = kind is RoundKind.STATUSMAALING
        by_topic: dict[str, Answer] = {}
        for criterion in legal.criteria:
            applies, p_analyse, p_status = _ANSWER_PROFILE.get(criterion.topic, (1.0, 0.7, 0.85))
            relevant = rng.random() < applies
            if criterion.topic in ("bfu_within_4_months", "child_talk_in_bfu"):
                relevant = by_topic.get("bfu_made") is Answer.MET
            if criterion.topic == "personal_supervision":
                relevant = placement
            if criterion.topic == "ongoing_follow_up":
                relevant = relevant and by_topic.get("first_follow_up") in (
                    Answer.MET,
                    Answer.NOT_MET,
                )
            if not relevant:
                answer = Answer.NOT_RELEVANT
            elif rng.random() < 0.02:
                answer = Answer.CANNOT_ASSESS
            else:
                answer = (
                    Answer.MET
                    if rng.random() < (p_status if status else p_analyse)
                    else Answer.NOT_MET
                )
            by_topic[criterion.topic] = answer
            item.answers[criterion.code] = answer
        item.topics = by_topic
        weights = _QUALITY_WEIGHTS[RoundKind.STATUSMAALING if status else RoundKind.ANALYSE]
        for criterion in self.social.criteria:
            if criterion.pejlemaerke.value == "opfoelgning" and rng.random() < 0.05:
                item.answers[criterion.code] = Answer.NOT_RELEVANT
            else:
                item.answers[criterion.code] = rng.choices(_QUALITY, weights)[0]

    def _sampled_row(
        self,
        item: _Sampled,
        round_id: uuid.UUID,
        sampled_on: date,
        replaced: bool,
        replaced_by: _Sampled | None,
    ) -> dict[str, object]:
        rng = random.Random(f"{DEMO_SEED}:{item.id}:dates")
        topics = item.topics
        decided = item.case["decided_on"]
        assert isinstance(decided, date)
        received_at: datetime | None = None
        assessed_at: datetime | None = None
        started: date | None = None
        completed: date | None = None
        if topics.get("bfu_made") is Answer.MET:
            completed = decided - timedelta(days=rng.randint(3, 30))
            total = (
                rng.randint(45, 118)
                if topics.get("bfu_within_4_months") is not Answer.NOT_MET
                else rng.randint(125, 210)
            )
            received_day = completed - timedelta(days=total)
            started = received_day + timedelta(days=rng.randint(1, 10))
        else:
            received_day = decided - timedelta(days=rng.randint(20, 120))
        if topics.get("notification_24h") is not Answer.NOT_RELEVANT:
            received_at = self._at(received_day, rng.randint(7, 15))
            hours = (
                rng.randint(1, 22)
                if topics.get("notification_24h") is not Answer.NOT_MET
                else rng.randint(27, 140)
            )
            assessed_at = received_at + timedelta(hours=hours)
        measure_started = decided + timedelta(days=rng.randint(1, 30))
        follow_ups: list[str] = []
        first = topics.get("first_follow_up")
        if first in (Answer.MET, Answer.NOT_MET):
            gap = rng.randint(55, 88) if first is Answer.MET else rng.randint(100, 170)
            when = measure_started + timedelta(days=gap)
            for _ in range(4):
                if when > sampled_on:
                    break
                follow_ups.append(when.isoformat())
                when += timedelta(days=rng.randint(120, 200))
        return {
            "id": item.id,
            "round_id": round_id,
            "case_id": item.case["id"],
            "position": item.position,
            "status": SampledCaseStatus.REPLACED if replaced else SampledCaseStatus.ACTIVE,
            "replacement_reason": self.text.notes["replacement_reason"] if replaced else "",
            "replaced_by_id": replaced_by.id if replaced_by is not None else None,
            "notification_received_at": received_at,
            "notification_assessed_at": assessed_at,
            "investigation_started_on": started,
            "investigation_completed_on": completed,
            "decision_on": decided,
            "measure_started_on": measure_started,
            "follow_up_dates": follow_ups,
            "created_at": self.now,
            "updated_at": self.now,
        }

    def _assessment_row(
        self,
        item: _Sampled,
        spec: CriteriaSetSpec,
        criterion: CriterionSpec,
        answer: Answer,
        who: Consultant,
        day: date,
    ) -> dict[str, object]:
        suggested = (
            answer if criterion.deadline_rule and answer in (Answer.MET, Answer.NOT_MET) else None
        )
        reason = ""
        if answer is Answer.NOT_MET:
            reason = self.text.not_met_reasons.get(criterion.topic, "")
        elif answer is Answer.CANNOT_ASSESS:
            reason = self.text.notes["cannot_assess_reason"]
        return {
            "id": self._id(),
            "sampled_case_id": item.id,
            "criterion_id": criterion_id(spec.key, spec.version, criterion.code),
            "answer": answer,
            "suggested_answer": suggested,
            "reason": reason,
            "note": "",
            "assessed_by_id": who.id,
            "assessed_at": self._at(day, 12),
            "created_at": self.now,
            "updated_at": self.now,
        }

    def _bulk_insert(self) -> None:
        case_rows = [{k: v for k, v in row.items() if not k.startswith("_")} for row in self.cases]
        tables = Base.metadata.tables
        for name, rows in (
            (Case.__tablename__, case_rows),
            (SampledCase.__tablename__, self.sampled_rows),
            (Assessment.__tablename__, self.assessment_rows),
        ):
            if rows:
                self.session.execute(insert(tables[name]), rows)

    # -- findings and recommendations ------------------------------------------------------

    def _findings(
        self,
        engagement: Engagement,
        plan: _ForloebPlan,
        results: list[_RoundResult],
        contacts: list[MunicipalContact],
        milestones: dict[str, Milestone],
    ) -> None:
        rng = random.Random(f"{DEMO_SEED}:{plan.municipality_code}:findings")
        first_finding: Finding | None = None
        for result in results:
            if not result.complete:
                continue
            legal_limit = 3 if result.kind is RoundKind.ANALYSE else 1
            report_mark = milestones[
                "analyserapport" if result.kind is RoundKind.ANALYSE else "statusrapport"
            ]
            report_day = report_mark.actual_on or report_mark.planned_on
            worst = self._worst_legal(result)[:legal_limit]
            for criterion, met, total, evidence in worst:
                rate = met / total if total else 1.0
                severity = (
                    Severity.CRITICAL
                    if rate < 0.5
                    else Severity.SIGNIFICANT
                    if rate < 0.7
                    else Severity.MINOR
                )
                text = self.text.legal_findings[criterion.topic]
                benchmark = latest_benchmark(self.benchmarks, criterion.benchmark_key or "")
                national = ""
                if benchmark is not None:
                    national = (
                        f" Landstal i Børnesagsbarometret: {benchmark.value_pct:.0f} %"
                        f" ({benchmark.period})."
                    )
                finding = self._finding(
                    engagement,
                    result,
                    Track.JURIDISK,
                    text.theme,
                    text.title,
                    f"Kravet ({criterion.provision}) var opfyldt i {met} af {total} relevante "
                    f"sager ({round(100 * met / total) if total else 100} %).{national}",
                    severity,
                    [criterion_id(result.legal.key, result.legal.version, criterion.code)],
                    evidence,
                )
                first_finding = first_finding or finding
                if result.kind is RoundKind.ANALYSE:
                    self._recommendation(
                        engagement,
                        plan,
                        finding,
                        text.recommendation,
                        contacts,
                        milestones,
                        report_day,
                        rng,
                    )
            weakest = self._weakest_social(result)
            if weakest is not None:
                criterion, mean, evidence = weakest
                text = self.text.social_findings[criterion.pejlemaerke.value]
                finding = self._finding(
                    engagement,
                    result,
                    Track.SOCIALFAGLIG,
                    text.theme,
                    text.title,
                    f"Gennemsnitlig vurdering {mean:.1f} på skalaen 1–4 for pejlemærket "
                    f"{criterion.provision.removeprefix('Pejlemærke: ').lower()}.",
                    Severity.SIGNIFICANT if mean < 2.5 else Severity.MINOR,
                    [criterion_id(self.social.key, self.social.version, criterion.code)],
                    evidence,
                )
                if result.kind is RoundKind.ANALYSE:
                    self._recommendation(
                        engagement,
                        plan,
                        finding,
                        text.recommendation,
                        contacts,
                        milestones,
                        report_day,
                        rng,
                    )
            if result.kind is RoundKind.ANALYSE:
                self._recommendation(
                    engagement,
                    plan,
                    None,
                    rng.choice(self.text.standalone_recommendations),
                    contacts,
                    milestones,
                    report_day,
                    rng,
                    target=RecommendationStatus.ABANDONED
                    if plan.phase is Phase.AFSLUTTET
                    else None,
                )
        self._review_notes(engagement, plan, first_finding)

    def _worst_legal(
        self, result: _RoundResult
    ) -> list[tuple[CriterionSpec, int, int, list[uuid.UUID]]]:
        rows: list[tuple[CriterionSpec, int, int, list[uuid.UUID]]] = []
        for criterion in result.legal.criteria:
            met = total = 0
            evidence: list[uuid.UUID] = []
            for item in result.sampled:
                answer = item.answers.get(criterion.code)
                if answer in (Answer.MET, Answer.NOT_MET):
                    total += 1
                    met += answer is Answer.MET
                    if answer is Answer.NOT_MET and len(evidence) < 6:
                        evidence.append(item.id)
            if total >= 3 and met < total:
                rows.append((criterion, met, total, evidence))
        rows.sort(key=lambda row: (row[1] / row[2], row[0].code))
        return rows

    def _weakest_social(
        self, result: _RoundResult
    ) -> tuple[CriterionSpec, float, list[uuid.UUID]] | None:
        best: tuple[CriterionSpec, float, list[uuid.UUID]] | None = None
        for criterion in self.social.criteria:
            scores = [
                (_QUALITY.index(answer) + 1, item.id)
                for item in result.sampled
                if (answer := item.answers.get(criterion.code)) in _QUALITY
            ]
            if not scores:
                continue
            mean = sum(score for score, _ in scores) / len(scores)
            evidence = [ident for score, ident in scores if score == 1][:5]
            if best is None or mean < best[1]:
                best = (criterion, mean, evidence)
        return best

    def _finding(
        self,
        engagement: Engagement,
        result: _RoundResult,
        track: Track,
        theme: str,
        title: str,
        description: str,
        severity: Severity,
        criteria: list[uuid.UUID],
        evidence: list[uuid.UUID],
    ) -> Finding:
        finding = Finding(
            id=self._id(),
            engagement_id=engagement.id,
            round_id=result.id,
            track=track,
            theme=theme,
            title=title,
            description=description,
            severity=severity,
        )
        self.session.add(finding)
        for ident in criteria:
            self.session.add(
                FindingCriterion(id=self._id(), finding_id=finding.id, criterion_id=ident)
            )
        for ident in evidence:
            self.session.add(
                FindingEvidence(id=self._id(), finding_id=finding.id, sampled_case_id=ident)
            )
        self.counts["findings"] += 1
        return finding

    def _recommendation(
        self,
        engagement: Engagement,
        plan: _ForloebPlan,
        finding: Finding | None,
        text: str,
        contacts: list[MunicipalContact],
        milestones: dict[str, Milestone],
        report_day: date,
        rng: random.Random,
        *,
        target: RecommendationStatus | None = None,
    ) -> None:
        drawn = _target_status(plan.phase, rng)
        target = drawn if target is None else target
        udviklingsplan = milestones["udviklingsplan"]
        row = Recommendation(
            id=self._id(),
            engagement_id=engagement.id,
            finding_id=None if finding is None else finding.id,
            milestone_id=udviklingsplan.id,
            text=text,
            owner=rng.choice(contacts).title,
            due_on=add_months(udviklingsplan.planned_on, rng.choice((3, 6, 9, 12))),
            status=target,
        )
        self.session.add(row)
        self.counts["recommendations"] += 1
        path = [RecommendationStatus.NOT_STARTED]
        if target is RecommendationStatus.IN_PROGRESS:
            path.append(RecommendationStatus.IN_PROGRESS)
        elif target is RecommendationStatus.DONE:
            path += [RecommendationStatus.IN_PROGRESS, RecommendationStatus.DONE]
        elif target is RecommendationStatus.ABANDONED:
            path += [RecommendationStatus.IN_PROGRESS, RecommendationStatus.ABANDONED]
        span = max(1, (self.today - report_day).days)
        steps = len(path)
        for position, (old, new) in enumerate(zip([None, *path[:-1]], path, strict=True)):
            day = self._past(report_day + timedelta(days=span * position // steps))
            author = (
                contacts[0].name
                if new is RecommendationStatus.DONE
                else self.consultants[-1].initials
            )
            self.session.add(
                RecommendationUpdate(
                    id=self._id(),
                    recommendation_id=row.id,
                    occurred_at=self._at(day, 11),
                    author=author,
                    old_status=old,
                    new_status=new,
                    note=self.text.update_notes[new.value],
                )
            )

    def _review_notes(
        self, engagement: Engagement, plan: _ForloebPlan, finding: Finding | None
    ) -> None:
        if finding is None:
            return
        jurist = self._by_role(ConsultantRole.JURIST)[0]
        lead = self._by_role(ConsultantRole.TEAM_LEAD)[0]
        if plan.phase is Phase.AFRAPPORTERING:
            self.session.add(
                ReviewNote(
                    id=self._id(),
                    engagement_id=engagement.id,
                    finding_id=finding.id,
                    text=self.text.notes["open_review_note"],
                    author_id=lead.id,
                )
            )
        elif plan.phase is Phase.STATUSRAPPORT:
            self.session.add(
                ReviewNote(
                    id=self._id(),
                    engagement_id=engagement.id,
                    finding_id=finding.id,
                    text=self.text.notes["resolved_review_note"],
                    author_id=lead.id,
                    resolved_at=self._at(self._past(self.today - timedelta(days=20)), 13),
                    resolved_by_id=jurist.id,
                )
            )


def _target_status(phase: Phase, rng: random.Random) -> RecommendationStatus:
    if phase is Phase.AFRAPPORTERING:
        return RecommendationStatus.NOT_STARTED
    options: tuple[RecommendationStatus, ...]
    if phase is Phase.UDVIKLING:
        options = (
            RecommendationStatus.NOT_STARTED,
            RecommendationStatus.IN_PROGRESS,
            RecommendationStatus.IN_PROGRESS,
            RecommendationStatus.DONE,
        )
    else:
        options = (
            RecommendationStatus.IN_PROGRESS,
            RecommendationStatus.DONE,
            RecommendationStatus.DONE,
            RecommendationStatus.DONE,
            RecommendationStatus.ABANDONED,
        )
    return rng.choice(options)


def _slug(text: str) -> str:
    table = str.maketrans(
        {"æ": "ae", "ø": "oe", "å": "aa", "Æ": "ae", "Ø": "oe", "Å": "aa", " ": "-"}
    )
    return text.translate(table).lower()
