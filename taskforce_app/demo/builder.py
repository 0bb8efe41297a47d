"""Builds the demo portfolio through the services of an `AppContext`, as a user would.

Every record is made by the same service call the GUI and the CLI make, so the demo obeys the
app's rules: drafts are validated, a granted application becomes the forløb with its plan, the
sample is drawn by the app's sampler, and a round is signed off by someone who did not review it.
"""

from __future__ import annotations

import random
import uuid
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from taskforce_app.bootstrap import AppContext
from taskforce_app.demo.cases import CaseAnswers, case_table, review_case
from taskforce_app.demo.content import Content
from taskforce_app.demo.portfolio import (
    DEMO_SEED,
    FORLOEB,
    OTHER_APPLICATIONS,
    PHASE_START_MONTH,
    QUALITY,
    REPLACES_ONE,
    ROUNDS,
    SAMPLE_SIZE,
    ForloebPlan,
    slug,
    status_path,
    target_status,
    theme_keys,
)
from taskforce_app.domain.applications import ApplicationDraft, Decision, RoundDraft
from taskforce_app.domain.benchmarks import benchmark_caption, benchmark_for
from taskforce_app.domain.criteria import (
    Benchmark,
    CriteriaSetSpec,
    CriterionSpec,
    choose_legal_set,
    legal_set_on,
)
from taskforce_app.domain.engagements import EngagementDraft, add_months
from taskforce_app.domain.enums import (
    Answer,
    ApplicationDecision,
    ConsultantRole,
    MilestoneStatus,
    Phase,
    RecommendationStatus,
    RoundKind,
    SampledCaseStatus,
    SamplingMethod,
    Severity,
    Track,
)
from taskforce_app.domain.findings import FindingDraft, RecommendationDraft
from taskforce_app.domain.milestones import MilestoneDraft, MilestoneView
from taskforce_app.domain.plan import next_working_day
from taskforce_app.domain.review import AnswerDraft, SampledCaseView
from taskforce_app.domain.sampling import SampleRequest
from taskforce_app.domain.team import ConsultantDraft, ContactDraft
from taskforce_app.importers.case_list import suggest_mapping

ASSESSED_WHEN_OPEN = 11
"""In an open round, this many cases are fully answered, and `LEGAL_ONLY_WHEN_OPEN` more only
on the juridisk track."""
LEGAL_ONLY_WHEN_OPEN = 3


@dataclass
class _Reviewed:
    """A sampled case as the demo answered it."""

    id: uuid.UUID
    answers: dict[str, Answer]


@dataclass
class _Round:
    """A review round the demo built."""

    id: uuid.UUID
    kind: RoundKind
    complete: bool
    legal: CriteriaSetSpec
    cases: list[_Reviewed] = field(default_factory=list)


@dataclass
class _Forloeb:
    """What the rest of the demo needs to know of one built forløb."""

    id: uuid.UUID
    plan: ForloebPlan
    municipality: str
    team: dict[ConsultantRole, uuid.UUID]
    contacts: list[ContactDraft]
    milestones: dict[str, MilestoneView]
    rounds: list[_Round] = field(default_factory=list)


class DemoBuilder:
    """Fills an open, empty database with the demo portfolio; every random choice is seeded."""

    def __init__(
        self,
        context: AppContext,
        today: date,
        content: Content,
        benchmarks: Sequence[Benchmark],
    ) -> None:
        self.ctx = context
        self.today = today
        self.text = content
        self.benchmarks = list(benchmarks)
        self.specs = context.review.criteria_sets()
        self.social = max(
            (spec for spec in self.specs if spec.track is Track.SOCIALFAGLIG),
            key=lambda spec: spec.version,
        )
        self.rng = random.Random(DEMO_SEED)
        self.counts: Counter[str] = Counter()
        self.consultants: dict[ConsultantRole, list[uuid.UUID]] = {}
        self.initials: dict[uuid.UUID, str] = {}
        self.municipalities = {ref.code: ref for ref in context.reference.municipalities()}

    # -- helpers ---------------------------------------------------------------------------

    def _past(self, day: date) -> date:
        return min(day, self.today)

    def _phone(self, rng: random.Random) -> str:
        return f"+45 {rng.randint(2000, 9999)} {rng.randint(1000, 9999)}"

    def _person(self, rng: random.Random) -> str:
        return f"{rng.choice(self.text.first_names)} {rng.choice(self.text.last_names)}"

    def _first(self, role: ConsultantRole) -> uuid.UUID:
        return self.consultants[role][0]

    # -- the whole demo --------------------------------------------------------------------

    def build(self) -> Counter[str]:
        """Write the portfolio; returns how many forløb, cases, answers, findings and
        recommendations were made."""
        self._consultants()
        rounds = self._application_rounds()
        built = [self._forloeb(index, plan, rounds) for index, plan in enumerate(FORLOEB)]
        self._other_applications(rounds)
        for forloeb in built:
            self._reviews(forloeb)
        for forloeb in built:
            self._conclusions(forloeb)
        self.counts["engagements"] = len(built)
        return self.counts

    def _consultants(self) -> None:
        for person in self.text.consultants:
            domain = (
                "ast.example" if person.organisation.value == "ankestyrelsen" else "sbst.example"
            )
            first = person.name.split()[0].lower()
            view, _ = self.ctx.team.create_consultant(
                ConsultantDraft(
                    name=person.name,
                    initials=person.initials,
                    organisation=person.organisation,
                    role=person.role,
                    email=f"{first}.{person.initials.lower()}@{domain}",
                )
            )
            self.consultants.setdefault(person.role, []).append(view.id)
            self.initials[view.id] = view.initials

    def _application_rounds(self) -> list[tuple[uuid.UUID, date, date]]:
        result: list[tuple[uuid.UUID, date, date]] = []
        for days_ago, to_decision in ROUNDS:
            deadline = next_working_day(self.today - timedelta(days=days_ago))
            season = "forår" if deadline.month <= 6 else "efterår"
            summary, _ = self.ctx.applications.create_round(
                RoundDraft(
                    name=f"Ansøgningsrunde {season} {deadline.year}",
                    deadline=deadline,
                    notes=self.text.notes["round_note"],
                )
            )
            decided = next_working_day(deadline + timedelta(days=to_decision))
            result.append((summary.id, deadline, decided))
        return result

    def _application(
        self,
        round_: tuple[uuid.UUID, date, date],
        code: str,
        decision: ApplicationDecision,
        themes: Sequence[str],
        start: date | None = None,
    ) -> uuid.UUID | None:
        """Record an application and its decision; returns the forløb a grant created."""
        rng = self.rng
        round_id, deadline, decided = round_
        municipality = self.municipalities[code]
        received = deadline - timedelta(days=rng.randint(1, 20))
        chief = self._person(rng)
        keys, other = theme_keys(themes)
        detail, _ = self.ctx.applications.create(
            ApplicationDraft(
                round_id=round_id,
                municipality_id=municipality.id,
                received_on=received,
                council_backing=True,
                council_decision_on=received - timedelta(days=rng.randint(7, 40)),
                contact_persons=f"Børne- og familiechef {chief}, tlf. {self._phone(rng)}",
                themes=keys,
                themes_other=other,
                motivation=(
                    f"{municipality.name} Kommune ønsker hjælp til at styrke kvaliteten i "
                    f"sagsbehandlingen med fokus på {', '.join(t.lower() for t in themes)}. "
                    "Kommunalbestyrelsen har besluttet at søge om et forløb."
                ),
                assessment_notes="Ansøgningen er vurderet af Task Forcens ledelse."
                if decision is not ApplicationDecision.PENDING
                else "Afventer vurdering på næste ledermøde.",
            )
        )
        if decision is ApplicationDecision.PENDING:
            return None
        decided_detail, _ = self.ctx.applications.decide(
            detail.id,
            Decision(decision, decided, self.text.decision_reasons.get(decision.value, "")),
            start_date=start,
        )
        return decided_detail.engagement_id

    def _other_applications(self, rounds: list[tuple[uuid.UUID, date, date]]) -> None:
        for index, code, decision, themes in OTHER_APPLICATIONS:
            self._application(rounds[index], code, decision, themes)

    # -- one forløb: grant, team, contacts, plan, phases -----------------------------------

    def _forloeb(
        self, index: int, plan: ForloebPlan, rounds: list[tuple[uuid.UUID, date, date]]
    ) -> _Forloeb:
        start = next_working_day(self.today - timedelta(days=plan.days_ago))
        engagement_id = self._application(
            rounds[plan.round_index],
            plan.municipality_code,
            ApplicationDecision.GRANTED,
            plan.themes,
            start,
        )
        assert engagement_id is not None
        municipality = self.municipalities[plan.municipality_code].name
        team = self._team(index, plan, engagement_id)
        contacts = self._contacts(engagement_id, municipality)
        milestones = self._milestones(engagement_id, plan, team)
        self._phases(engagement_id, plan.phase, start)
        if plan.overdue and plan.phase is Phase.UDVIKLING and plan.days_ago > 600:
            self._note(engagement_id, self.text.notes["late_engagement_note"])
        return _Forloeb(engagement_id, plan, municipality, team, contacts, milestones)

    def _team(
        self, index: int, plan: ForloebPlan, engagement_id: uuid.UUID
    ) -> dict[ConsultantRole, uuid.UUID]:
        jurists = self.consultants[ConsultantRole.JURIST]
        socials = self.consultants[ConsultantRole.SOCIALFAGLIG]
        team = {
            ConsultantRole.JURIST: jurists[index % len(jurists)],
            ConsultantRole.SOCIALFAGLIG: socials[index % len(socials)],
        }
        members = list(team.items())
        if plan.third_member is ConsultantRole.TEAM_LEAD:
            team[ConsultantRole.TEAM_LEAD] = self._first(ConsultantRole.TEAM_LEAD)
            members.append((ConsultantRole.TEAM_LEAD, team[ConsultantRole.TEAM_LEAD]))
        elif plan.third_member is ConsultantRole.SOCIALFAGLIG:
            members.append((ConsultantRole.SOCIALFAGLIG, socials[(index + 2) % len(socials)]))
        for role, consultant_id in members:
            self.ctx.team.add_member(engagement_id, consultant_id, role)
        return team

    def _contacts(self, engagement_id: uuid.UUID, municipality: str) -> list[ContactDraft]:
        drafts: list[ContactDraft] = []
        for title in self.text.contact_titles:
            name = self._person(self.rng)
            first, last = name.split()
            draft = ContactDraft(
                name=name,
                title=title,
                email=f"{slug(first)}.{slug(last)}@{slug(municipality)}.kommune.example",
                phone=self._phone(self.rng),
            )
            self.ctx.team.add_contact(engagement_id, draft)
            drafts.append(draft)
        return drafts

    def _milestones(
        self, engagement_id: uuid.UUID, plan: ForloebPlan, team: dict[ConsultantRole, uuid.UUID]
    ) -> dict[str, MilestoneView]:
        """Give the plan the grant made its responsible people, and mark what has happened."""
        rng = random.Random(f"{DEMO_SEED}:{plan.municipality_code}:milestones")
        late = dict(plan.late)
        result: dict[str, MilestoneView] = {}
        views = self.ctx.milestones.for_engagement(engagement_id)
        for view in sorted(views, key=lambda v: v.sort_order):
            responsible = view.responsible_id
            if responsible is None:
                responsible = team[ConsultantRole.SOCIALFAGLIG]
            status = MilestoneStatus.PLANNED
            actual: date | None = None
            note = ""
            phase = view.phase
            reached = phase.order < plan.phase.order or (
                phase is plan.phase and view.planned_on <= self.today - timedelta(days=3)
            )
            key = view.template_key or ""
            if key in plan.cancelled:
                status = MilestoneStatus.CANCELLED
                note = self.text.notes["cancelled_milestone_note"]
            elif reached and key not in plan.overdue and view.planned_on <= self.today:
                delay = late.get(key, rng.choice((-2, 0, 0, 0, 1, 2, 3)))
                actual = self._past(next_working_day(view.planned_on + timedelta(days=delay)))
                status = MilestoneStatus.DONE
                if key in late:
                    note = f"Afholdt {late[key]} dage efter planen."
            elif key in plan.overdue:
                note = self.text.notes["overdue_milestone_note"]
            updated, _ = self.ctx.milestones.update(
                view.id,
                MilestoneDraft(
                    title=view.title,
                    phase=view.phase,
                    planned_on=view.planned_on,
                    actual_on=actual,
                    responsible_id=responsible,
                    status=status,
                    note=note,
                ),
            )
            result[key] = updated
        return result

    def _phases(self, engagement_id: uuid.UUID, current: Phase, start: date) -> None:
        for phase in Phase:
            if phase is Phase.OPSTART or phase.order > current.order:
                continue
            began = self._past(next_working_day(add_months(start, PHASE_START_MONTH[phase])))
            self.ctx.team.change_phase(engagement_id, phase, began)

    def _note(self, engagement_id: uuid.UUID, notes: str) -> None:
        detail = self.ctx.engagements.get(engagement_id)
        self.ctx.engagements.update(
            engagement_id,
            EngagementDraft(
                title=detail.title,
                municipality_id=detail.municipality.id,
                phase=detail.phase,
                start_date=detail.start_date,
                planned_end_date=detail.planned_end_date,
                actual_end_date=detail.actual_end_date,
                description=detail.description,
                notes=notes,
            ),
            expected_stamp=detail.updated_stamp,
        )

    # -- case lists and reviews ------------------------------------------------------------

    def _reviews(self, forloeb: _Forloeb) -> None:
        plan = forloeb.plan
        start = self._start(forloeb)
        marks = forloeb.milestones
        if plan.phase.order >= Phase.ANALYSE.order:
            received = marks["sagsudtraek_modtaget"].actual_on or start
            self._import(forloeb, (add_months(start, -25), add_months(start, -1)), received)
            drawn = marks["stikproeve_udtrukket"]
            sampled_on = drawn.actual_on or self._past(drawn.planned_on)
            forloeb.rounds.append(
                self._round(
                    forloeb,
                    RoundKind.ANALYSE,
                    sampled_on,
                    complete=plan.phase is not Phase.ANALYSE,
                    replace_one=plan.municipality_code == REPLACES_ONE,
                )
            )
        if plan.phase.order >= Phase.STATUSMAALING.order:
            mark = marks["statusmaaling_stikproeve"]
            received = mark.actual_on or self._past(mark.planned_on)
            self._import(forloeb, (add_months(start, 7), add_months(start, 18)), received)
            forloeb.rounds.append(
                self._round(
                    forloeb,
                    RoundKind.STATUSMAALING,
                    next_working_day(received + timedelta(days=5)),
                    complete=plan.phase is not Phase.STATUSMAALING,
                )
            )

    def _start(self, forloeb: _Forloeb) -> date:
        start = self.ctx.engagements.get(forloeb.id).start_date
        assert start is not None
        return start

    def _import(self, forloeb: _Forloeb, window: tuple[date, date], received: date) -> None:
        taken = self.ctx.case_lists.existing_refs(forloeb.id)
        table = case_table(self.rng, self.text, forloeb.municipality, window, received, taken)
        outcome, _ = self.ctx.case_lists.import_rows(
            forloeb.id, table, suggest_mapping(table.headers)
        )
        self.counts["cases"] += outcome.stored

    def _round(
        self,
        forloeb: _Forloeb,
        kind: RoundKind,
        sampled_on: date,
        *,
        complete: bool,
        replace_one: bool = False,
    ) -> _Round:
        review = self.ctx.review
        label = "Analyse" if kind is RoundKind.ANALYSE else "Statusmåling"
        view, _ = review.create_round(forloeb.id, kind, f"{label} {sampled_on.year}")
        seed = f"{slug(forloeb.municipality)}-{kind.value}-{self.rng.randint(1000, 9999)}"
        self.ctx.sampling.draw(
            view.id, SampleRequest(method=SamplingMethod.RANDOM, size=SAMPLE_SIZE, seed=seed)
        )
        sample = review.sampled_cases(view.id)
        legal = choose_legal_set(
            [case.decided_on for case in sample],
            [spec for spec in self.specs if spec.track is Track.JURIDISK],
        )
        review.set_legal_set(view.id, legal.key)
        if replace_one:
            self.ctx.sampling.replace(sample[4].id, self.text.notes["replacement_reason"])
            sample = review.sampled_cases(view.id)
        active = [case for case in sample if case.status is SampledCaseStatus.ACTIVE]
        built = _Round(view.id, kind, complete, legal)
        assessed = SAMPLE_SIZE if complete else ASSESSED_WHEN_OPEN
        legal_only = 0 if complete else LEGAL_ONLY_WHEN_OPEN
        for order, case in enumerate(active):
            if order >= assessed + legal_only:
                continue
            # Each case is judged by the law in force on its own decision date.
            case_legal = legal_set_on(
                case.decided_on, [spec for spec in self.specs if spec.track is Track.JURIDISK]
            )
            found = self._case_answers(forloeb, case, sampled_on, kind, case_legal)
            review.set_key_dates(case.id, found.key_dates)
            ids = {criterion.code: criterion.id for criterion in review.case_criteria(case.id)}
            tracks = [(case_legal, forloeb.team[ConsultantRole.JURIST])]
            if order < assessed:
                tracks.append((self.social, forloeb.team[ConsultantRole.SOCIALFAGLIG]))
            given: dict[str, Answer] = {}
            for spec, reviewer in tracks:
                drafts: list[tuple[uuid.UUID, AnswerDraft, Answer | None]] = []
                for criterion in spec.criteria:
                    answer = found.answers[criterion.code]
                    draft = AnswerDraft(answer, self._reason(criterion, answer))
                    drafts.append((ids[criterion.code], draft, found.suggested.get(criterion.code)))
                    given[criterion.code] = answer
                review.set_answers(case.id, drafts, reviewer_id=reviewer)
                self.counts["assessments"] += len(drafts)
            built.cases.append(_Reviewed(case.id, given))
        return built

    def _case_answers(
        self,
        forloeb: _Forloeb,
        case: SampledCaseView,
        sampled_on: date,
        kind: RoundKind,
        legal: CriteriaSetSpec,
    ) -> CaseAnswers:
        assert case.decided_on is not None
        return review_case(
            f"{forloeb.plan.municipality_code}:{kind.value}:{case.case_ref}",
            case.case_type,
            case.decided_on,
            sampled_on,
            kind,
            legal,
            self.social,
            basis=case.key_dates.decision_basis,
        )

    def _reason(self, criterion: CriterionSpec, answer: Answer) -> str:
        if answer is Answer.NOT_MET:
            return self.text.not_met_reasons.get(criterion.topic, "")
        if answer is Answer.CANNOT_ASSESS:
            return self.text.notes["cannot_assess_reason"]
        if answer is Answer.NOT_RELEVANT:
            return self.text.notes["not_relevant_reason"]
        return ""

    # -- findings, recommendations, notes, sign-off ----------------------------------------

    def _conclusions(self, forloeb: _Forloeb) -> None:
        rng = random.Random(f"{DEMO_SEED}:{forloeb.plan.municipality_code}:findings")
        first_finding: uuid.UUID | None = None
        for built in forloeb.rounds:
            if built.complete:
                found = self._findings(forloeb, built, rng)
                first_finding = first_finding or found
        lead = self._first(ConsultantRole.TEAM_LEAD)
        phase = forloeb.plan.phase
        if first_finding is not None and phase is Phase.STATUSRAPPORT:
            note_id, _ = self.ctx.notes.add(
                forloeb.id,
                self.text.notes["resolved_review_note"],
                finding_id=first_finding,
                author_id=lead,
            )
            self.ctx.notes.resolve(note_id, by=self._first(ConsultantRole.JURIST))
        for built in forloeb.rounds:
            if not built.complete:
                continue
            self.ctx.review.mark_ready_for_report(built.id)
            if phase is not Phase.AFRAPPORTERING:
                self.ctx.review.sign_off(built.id, self._signer(forloeb))
        if first_finding is not None and phase is Phase.AFRAPPORTERING:
            self.ctx.notes.add(
                forloeb.id,
                self.text.notes["open_review_note"],
                finding_id=first_finding,
                author_id=lead,
            )

    def _signer(self, forloeb: _Forloeb) -> uuid.UUID:
        """Who signs a round off: the team lead, who did not review it (four eyes)."""
        reviewers = {forloeb.team[ConsultantRole.JURIST], forloeb.team[ConsultantRole.SOCIALFAGLIG]}
        return next(
            person
            for role in (ConsultantRole.TEAM_LEAD, ConsultantRole.JURIST)
            for person in self.consultants[role]
            if person not in reviewers
        )

    def _findings(self, forloeb: _Forloeb, built: _Round, rng: random.Random) -> uuid.UUID | None:
        """The round's findings and (for an analyse) their recommendations; the first finding."""
        analyse = built.kind is RoundKind.ANALYSE
        first: uuid.UUID | None = None
        for criterion, met, total, evidence in self._worst_legal(built)[: 3 if analyse else 1]:
            rate = met / total if total else 1.0
            severity = (
                Severity.CRITICAL
                if rate < 0.5
                else Severity.SIGNIFICANT
                if rate < 0.7
                else Severity.MINOR
            )
            text = self.text.legal_findings[criterion.topic]
            benchmark = benchmark_for(
                self.benchmarks, criterion.benchmark_key or "", built.legal.key
            )
            national = ""
            if benchmark is not None:
                national = (
                    f" Til sammenligning {benchmark.value_pct:.0f} % i "
                    f"{benchmark_caption(benchmark)}."
                )
            share = round(100 * met / total) if total else 100
            finding_id = self._finding(
                forloeb,
                FindingDraft(
                    track=Track.JURIDISK,
                    title=text.title,
                    severity=severity,
                    theme=text.theme,
                    description=f"Kravet ({criterion.provision}) var opfyldt i {met} af {total} "
                    f"relevante sager ({share} %).{national}",
                    round_id=built.id,
                    criterion_ids=(self._criterion_id(built.id, criterion.code),),
                    evidence_ids=tuple(evidence),
                ),
            )
            first = first or finding_id
            if analyse:
                self._recommendation(forloeb, finding_id, text.recommendation, rng)
        weakest = self._weakest_social(built)
        if weakest is not None:
            criterion, mean, evidence = weakest
            text = self.text.social_findings[criterion.pejlemaerke.value]
            finding_id = self._finding(
                forloeb,
                FindingDraft(
                    track=Track.SOCIALFAGLIG,
                    title=text.title,
                    severity=Severity.SIGNIFICANT if mean < 2.5 else Severity.MINOR,
                    theme=text.theme,
                    description=f"Gennemsnitlig vurdering {mean:.1f} på skalaen 1–4 for "
                    f"pejlemærket "
                    f"{criterion.provision.removeprefix('Pejlemærke: ').lower()}.",
                    round_id=built.id,
                    criterion_ids=(self._criterion_id(built.id, criterion.code),),
                    evidence_ids=tuple(evidence),
                ),
            )
            if analyse:
                self._recommendation(forloeb, finding_id, text.recommendation, rng)
        if analyse:
            self._recommendation(
                forloeb,
                None,
                rng.choice(self.text.standalone_recommendations),
                rng,
                target=RecommendationStatus.ABANDONED
                if forloeb.plan.phase is Phase.AFSLUTTET
                else None,
            )
        return first

    def _criterion_id(self, round_id: uuid.UUID, code: str) -> uuid.UUID:
        return next(item.id for item in self.ctx.review.criteria(round_id) if item.code == code)

    def _finding(self, forloeb: _Forloeb, draft: FindingDraft) -> uuid.UUID:
        view, _ = self.ctx.findings.create(forloeb.id, draft)
        self.counts["findings"] += 1
        return view.id

    def _worst_legal(self, built: _Round) -> list[tuple[CriterionSpec, int, int, list[uuid.UUID]]]:
        rows: list[tuple[CriterionSpec, int, int, list[uuid.UUID]]] = []
        for criterion in built.legal.criteria:
            met = total = 0
            evidence: list[uuid.UUID] = []
            for case in built.cases:
                answer = case.answers.get(criterion.code)
                if answer in (Answer.MET, Answer.NOT_MET):
                    total += 1
                    met += answer is Answer.MET
                    if answer is Answer.NOT_MET and len(evidence) < 6:
                        evidence.append(case.id)
            if total >= 3 and met < total:
                rows.append((criterion, met, total, evidence))
        rows.sort(key=lambda row: (row[1] / row[2], row[0].code))
        return rows

    def _weakest_social(self, built: _Round) -> tuple[CriterionSpec, float, list[uuid.UUID]] | None:
        best: tuple[CriterionSpec, float, list[uuid.UUID]] | None = None
        for criterion in self.social.criteria:
            scores = [
                (QUALITY.index(answer) + 1, case.id)
                for case in built.cases
                if (answer := case.answers.get(criterion.code)) in QUALITY
            ]
            if not scores:
                continue
            mean = sum(score for score, _ in scores) / len(scores)
            evidence = [ident for score, ident in scores if score == 1][:5]
            if best is None or mean < best[1]:
                best = (criterion, mean, evidence)
        return best

    def _recommendation(
        self,
        forloeb: _Forloeb,
        finding_id: uuid.UUID | None,
        text: str,
        rng: random.Random,
        *,
        target: RecommendationStatus | None = None,
    ) -> None:
        drawn = target_status(forloeb.plan.phase, rng)
        goal = drawn if target is None else target
        udviklingsplan = forloeb.milestones["udviklingsplan"]
        view, _ = self.ctx.recommendations.create(
            forloeb.id,
            RecommendationDraft(
                text=text,
                owner=rng.choice(forloeb.contacts).title,
                due_on=add_months(udviklingsplan.planned_on, rng.choice((3, 6, 9, 12))),
                finding_id=finding_id,
                milestone_id=udviklingsplan.id,
            ),
        )
        self.counts["recommendations"] += 1
        lead = self.initials[self._first(ConsultantRole.TEAM_LEAD)]
        for status in status_path(goal):
            author = forloeb.contacts[0].name if status is RecommendationStatus.DONE else lead
            self.ctx.recommendations.set_status(
                view.id, status, self.text.update_notes[status.value], author=author
            )
