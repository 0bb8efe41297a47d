"""A national-scale database: N forløb with their case lists, review rounds, plans and findings.

Run: `.venv/bin/python bench/scale.py --forloeb 100 --db /tmp/scale100.sqlite [--seed 17]
[--cases 500-5000] [--today 2026-06-01] [--force]`.

The database is created and migrated by the app (`open_database`) and filled through the
persistence layer's bulk path: Core `insert()` executions inside `Database.write()`, one
transaction per forløb, with the CPR guard on the engine (every statement is scanned). Each forløb
gets, as a ten-year national portfolio would: the granted application it came from (in its
year's application round), a team of 2–3 from 30 consultants, 3 municipal
contacts, its phase periods, ~60 milestones, a case list of `--cases` cases (500–5,000 by
default), two review rounds (analyse, signed off; statusmåling) of 20 sampled cases each
answered on the 20 juridisk requirements and 4 socialfaglige kvalitetspunkter the app ships,
~10 findings with their criteria and evidence, ~30 recommendations with a history of status
changes, review notes, and the audit events of that history. Every value comes from a seeded
random generator, so the same arguments and `--today` give the same database.

N = 0 or a negative N is refused with one line and exit code 2.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
import uuid
from collections import Counter
from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import insert, select

from taskforce_app.domain.enums import (
    Answer,
    ApplicationDecision,
    AuditAction,
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
from taskforce_app.persistence.base import Base
from taskforce_app.persistence.database import Database, open_database
from taskforce_app.persistence.models import (
    Application,
    ApplicationRound,
    Assessment,
    AuditEvent,
    Case,
    CaseListImport,
    Consultant,
    CriteriaSet,
    Criterion,
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

CONSULTANTS = 30
MILESTONES = 60
SAMPLE = 20
FINDINGS = 10
RECOMMENDATIONS = 30
ACTOR = "scale"
PHASES = list(Phase)
PHASE_MONTHS = (0, 2, 7, 9, 19, 22, 24)
"""Month of the forløb in which each phase begins (opstart … afsluttet)."""
MEASURES = ("Familiebehandling", "Aflastning", "Anbringelse i plejefamilie", "Kontaktperson")
CASEWORKERS = ("Mette Holm", "Søren Bak", "Lise Ørum", "Jonas Friis", "Anne Kjær")
THEMES = ("tidsfrister", "børnesamtaler", "handleplaner", "opfølgning", "inddragelse")
STATUSES = list(RecommendationStatus)


class ScaleError(Exception):
    """Bad arguments: printed as one line, exit code 2."""


def _cases_range(text: str) -> tuple[int, int]:
    low, _, high = text.partition("-")
    try:
        bounds = (int(low), int(high or low))
    except ValueError:
        raise argparse.ArgumentTypeError("--cases skal være MIN-MAX, fx 500-5000") from None
    if bounds[0] < 2 * SAMPLE or bounds[1] < bounds[0]:
        raise argparse.ArgumentTypeError(
            f"--cases skal være MIN-MAX med {2 * SAMPLE} <= MIN <= MAX (to stikprøver à {SAMPLE})"
        )
    return bounds


class ScaleBuilder:
    """Writes N seeded forløb into an open, migrated database, one transaction per forløb."""

    def __init__(
        self, db: Database, seed: int, today: date, cases: tuple[int, int], name_prefix: str = ""
    ) -> None:
        self.db = db
        self.rng = random.Random(seed)
        self.today = today
        self.cases = cases
        self.prefix = name_prefix
        self.counts: Counter[str] = Counter()
        self.stamp = datetime.combine(today, datetime.min.time(), tzinfo=UTC)
        with db.read() as session:
            self.municipalities = list(
                session.scalars(select(Municipality.id).order_by(Municipality.code))
            )
            legal = session.scalars(
                select(CriteriaSet)
                .where(CriteriaSet.track == Track.JURIDISK, CriteriaSet.key == "barnets_lov")
                .order_by(CriteriaSet.version.desc())
            ).first()
            social = session.scalars(
                select(CriteriaSet)
                .where(CriteriaSet.track == Track.SOCIALFAGLIG)
                .order_by(CriteriaSet.version.desc())
            ).first()
            assert legal is not None and social is not None, "the migrations load criteria sets"
            self.legal_set, self.social_set = legal.id, social.id
            self.legal = list(
                session.scalars(select(Criterion.id).where(Criterion.criteria_set_id == legal.id))
            )
            self.social = list(
                session.scalars(select(Criterion.id).where(Criterion.criteria_set_id == social.id))
            )
        self.consultants: list[uuid.UUID] = []
        self.rounds: dict[int, uuid.UUID] = {}

    def uid(self) -> uuid.UUID:
        """A UUID drawn from the seeded generator (reproducible, unlike `uuid4`)."""
        return uuid.UUID(int=self.rng.getrandbits(128), version=4)

    def row(self, **values: Any) -> dict[str, Any]:
        """A record's values with its id and timestamps."""
        return {"id": self.uid(), "created_at": self.stamp, "updated_at": self.stamp, **values}

    def insert(self, session: Any, model: type[Base], rows: Sequence[dict[str, Any]]) -> None:
        """One Core executemany through the session (the CPR guard sees it) and count it."""
        if rows:
            session.execute(insert(model), list(rows))
            self.counts[model.__tablename__] += len(rows)

    def build(self, forloeb: int) -> None:
        """Consultants, then `forloeb` forløb, each in its own transaction."""
        with self.db.write() as session:
            rows = [
                self.row(
                    name=f"Konsulent {n:02d}",
                    initials=f"KS{n:02d}",
                    organisation=Organisation.ANKESTYRELSEN
                    if n % 2 == 0
                    else Organisation.SOCIAL_OG_BOLIGSTYRELSEN,
                    role=ConsultantRole.JURIST if n % 2 == 0 else ConsultantRole.SOCIALFAGLIG,
                    email=f"ks{n:02d}@taskforce.dk",
                    active=True,
                )
                for n in range(CONSULTANTS)
            ]
            self.insert(session, Consultant, rows)
            self.consultants = [row["id"] for row in rows]
        first = self.today - timedelta(days=365 * 10)
        span = (self.today - first).days + 60
        for n in range(forloeb):
            start = first + timedelta(days=(span * n) // max(forloeb, 1) + self.rng.randrange(20))
            with self.db.write() as session:
                self.forloeb(session, n, start)

    def forloeb(self, session: Any, n: int, start: date) -> None:
        """One forløb with everything it owns."""
        rng, today = self.rng, self.today
        month = (today - start).days // 30
        reached = [i for i, begins in enumerate(PHASE_MONTHS) if begins <= max(month, 0)]
        phase = PHASES[reached[-1]] if reached else Phase.OPSTART
        end = start + timedelta(days=730)
        engagement = self.row(
            municipality_id=self.municipalities[n % len(self.municipalities)],
            title=f"{self.prefix}Task Force-forløb {n + 1}",
            phase=phase,
            start_date=start,
            planned_end_date=end,
            actual_end_date=end if phase is Phase.AFSLUTTET else None,
            themes=rng.sample(THEMES, 2),
            description="Forløb om sagsbehandlingens kvalitet og tidsfrister.",
            notes="",
        )
        eid = engagement["id"]
        engagement["application_id"] = self.application(session, engagement)
        self.insert(session, Engagement, [engagement])
        periods = []
        for index in reached or [0]:
            began = start + timedelta(days=30 * PHASE_MONTHS[index])
            ends = index + 1 < len(PHASES) and index + 1 in reached
            periods.append(
                self.row(
                    engagement_id=eid,
                    phase=PHASES[index],
                    started_on=began,
                    ended_on=start + timedelta(days=30 * PHASE_MONTHS[index + 1] - 1)
                    if ends
                    else None,
                )
            )
        self.insert(session, PhasePeriod, periods)
        team = rng.sample(self.consultants, rng.randint(2, 3))
        self.insert(
            session,
            TeamMember,
            [
                self.row(
                    engagement_id=eid,
                    consultant_id=member,
                    role=ConsultantRole.JURIST if i == 0 else ConsultantRole.SOCIALFAGLIG,
                    joined_on=start,
                )
                for i, member in enumerate(team)
            ],
        )
        self.insert(
            session,
            MunicipalContact,
            [
                self.row(
                    engagement_id=eid,
                    name=f"Kontakt {n}-{i}",
                    title=("Direktør", "Afdelingsleder", "Faglig koordinator")[i],
                    email=f"kontakt{n}-{i}@kommune.dk",
                    phone=f"7{rng.randrange(10_000_000):07d}",
                )
                for i in range(3)
            ],
        )
        milestones = []
        for i in range(MILESTONES + rng.randint(-5, 5)):
            planned = start + timedelta(days=(730 * i) // MILESTONES)
            done = planned < today and rng.random() < 0.92
            milestones.append(
                self.row(
                    engagement_id=eid,
                    template_key=f"m{i:02d}",
                    title=f"Milepæl {i + 1}",
                    phase=PHASES[min(i * 7 // MILESTONES, 6)],
                    planned_on=planned,
                    actual_on=planned + timedelta(days=rng.randint(0, 9)) if done else None,
                    responsible_id=rng.choice(team),
                    status=MilestoneStatus.DONE if done else MilestoneStatus.PLANNED,
                    note="Aftalt på styregruppemødet" if i % 7 == 0 else "",
                    sort_order=i,
                    extra={},
                )
            )
        self.insert(session, Milestone, milestones)
        history: list[dict[str, Any]] = [
            self.audit(row["id"], "milestone", "status", "planned", "done", row["actual_on"])
            for row in milestones
            if row["actual_on"] is not None
        ]
        if month < 2:
            self.insert(session, AuditEvent, history)
            return
        listed = start + timedelta(days=45)
        size = rng.randint(*self.cases)
        import_row = self.row(
            engagement_id=eid,
            file_name=f"sagsliste_{n + 1}.xlsx",
            sheet_name="Sager",
            imported_at=self.stamp,
            imported_by=ACTOR,
            fingerprint=f"{rng.getrandbits(256):064x}",
            row_count=size,
            imported_count=size,
            rejected_count=0,
            column_mapping={"Sagsnr.": "case_ref", "Foranstaltning": "measure"},
            report=[],
        )
        self.insert(session, CaseListImport, [import_row])
        cases = []
        for i in range(size):
            opened = listed - timedelta(days=rng.randrange(900))
            cases.append(
                self.row(
                    engagement_id=eid,
                    import_id=import_row["id"],
                    case_ref=f"S-{n + 1:04d}-{i + 1:05d}",
                    birth_year=listed.year - rng.randint(0, 17),
                    gender=rng.choice(("Pige", "Dreng")),
                    case_type="Udsatte børn og unge",
                    measure=rng.choice(MEASURES),
                    legal_basis=rng.choice(("§ 32", "§ 46", "§ 52")),
                    caseworker=rng.choice(CASEWORKERS),
                    opened_on=opened,
                    decided_on=opened + timedelta(days=rng.randint(10, 120)),
                    list_row=i + 2,
                    extra={"team": rng.choice(("Øst", "Vest", "Nord"))},
                )
            )
        for chunk in range(0, len(cases), 5000):
            self.insert(session, Case, cases[chunk : chunk + 5000])
        rounds: list[tuple[RoundKind, date | None]] = [
            (RoundKind.ANALYSE, listed + timedelta(days=30))
        ]
        if month >= 19:
            rounds.append((RoundKind.STATUSMAALING, start + timedelta(days=30 * 19)))
        else:
            rounds.append((RoundKind.STATUSMAALING, None))
        chosen = rng.sample(cases, SAMPLE * 2)
        evidence_pool: list[uuid.UUID] = []
        analysis_round: uuid.UUID | None = None
        for number, (kind, held) in enumerate(rounds):
            done = held is not None and held < today
            round_row = self.row(
                engagement_id=eid,
                kind=kind,
                name="Analyse" if kind is RoundKind.ANALYSE else "Statusmåling",
                legal_criteria_set_id=self.legal_set,
                social_criteria_set_id=self.social_set,
                status=RoundStatus.SIGNED_OFF if done else RoundStatus.OPEN,
                sampling_method=SamplingMethod.RANDOM,
                sampling_parameters={"seed": str(n)},
                sample_size=SAMPLE,
                seed=f"{n}-{number}",
                population_fingerprint=import_row["fingerprint"],
                population_size=size,
                sampled_by=ACTOR,
                sampled_at=self.stamp,
                cut_off_on=held,
                signed_off_by_id=team[-1] if done else None,
                signed_off_at=self.stamp if done else None,
                lock_log=[],
            )
            self.insert(session, ReviewRound, [round_row])
            if kind is RoundKind.ANALYSE:
                analysis_round = round_row["id"]
            sampled = [
                self.row(
                    round_id=round_row["id"],
                    case_id=case["id"],
                    position=i + 1,
                    status=SampledCaseStatus.ACTIVE,
                    follow_up_dates=[],
                    supervision_visits=[],
                    legal_criteria_set_id=self.legal_set,
                    decision_on=case["decided_on"],
                )
                for i, case in enumerate(chosen[number * SAMPLE : (number + 1) * SAMPLE])
            ]
            self.insert(session, SampledCase, sampled)
            answered = sampled if done else sampled[: SAMPLE // 2]
            assessments = []
            for case_row in answered:
                for criterion in self.legal:
                    answer = Answer.MET if rng.random() < 0.7 else Answer.NOT_MET
                    assessments.append(self.answer(case_row["id"], criterion, answer, team[0]))
                for criterion in self.social:
                    answer = rng.choice((Answer.QUALITY_2, Answer.QUALITY_3, Answer.QUALITY_4))
                    assessments.append(self.answer(case_row["id"], criterion, answer, team[-1]))
            self.insert(session, Assessment, assessments)
            history.extend(
                self.audit(row["id"], "assessment", "answer", None, str(row["answer"]), held)
                for row in assessments
            )
            if kind is RoundKind.ANALYSE:
                evidence_pool = [row["id"] for row in sampled]
            self.insert(
                session,
                ReviewNote,
                [
                    self.row(
                        engagement_id=eid,
                        assessment_id=assessments[0]["id"] if assessments else None,
                        text="Tjek dato for børnesamtalen mod journalen.",
                        author_id=team[0],
                        resolved_at=self.stamp if done else None,
                        resolved_by_id=team[-1] if done else None,
                    )
                ],
            )
        if month < 7 or analysis_round is None:
            self.insert(session, AuditEvent, history)
            return
        self.findings(session, eid, analysis_round, start, team, evidence_pool, history)
        self.insert(session, AuditEvent, history)

    def findings(
        self,
        session: Any,
        eid: uuid.UUID,
        round_id: uuid.UUID,
        start: date,
        team: list[uuid.UUID],
        evidence_pool: list[uuid.UUID],
        history: list[dict[str, Any]],
    ) -> None:
        """~10 findings with criteria and evidence, ~30 recommendations with their history."""
        rng, today = self.rng, self.today
        findings, criteria, evidence = [], [], []
        for i in range(FINDINGS + rng.randint(-2, 2)):
            legal = i % 3 != 2
            finding = self.row(
                engagement_id=eid,
                round_id=round_id,
                track=Track.JURIDISK if legal else Track.SOCIALFAGLIG,
                theme=rng.choice(THEMES),
                title=f"Fund {i + 1}: frister overholdes ikke altid",
                description="I en del af sagerne er fristen for børnesamtalen overskredet.",
                severity=rng.choice(list(Severity)),
            )
            findings.append(finding)
            for criterion in rng.sample(self.legal if legal else self.social, 2):
                criteria.append(self.row(finding_id=finding["id"], criterion_id=criterion))
            for case in rng.sample(evidence_pool, 4):
                evidence.append(self.row(finding_id=finding["id"], sampled_case_id=case))
        self.insert(session, Finding, findings)
        self.insert(session, FindingCriterion, criteria)
        self.insert(session, FindingEvidence, evidence)
        recommendations, updates = [], []
        for i in range(RECOMMENDATIONS + rng.randint(-5, 5)):
            due = start + timedelta(days=rng.randint(240, 700))
            path = STATUSES[: rng.randint(1, 3)] if due < today else STATUSES[:1]
            recommendation = self.row(
                engagement_id=eid,
                finding_id=findings[i % len(findings)]["id"],
                text=f"Anbefaling {i + 1}: fast procedure for opfølgning på handleplaner.",
                owner=rng.choice(("Afdelingsleder", "Faglig koordinator", "Direktør")),
                due_on=due,
                status=path[-1],
            )
            recommendations.append(recommendation)
            previous: RecommendationStatus | None = None
            for step, status in enumerate(path):
                occurred = start + timedelta(days=240 + 60 * step)
                updates.append(
                    self.row(
                        recommendation_id=recommendation["id"],
                        occurred_at=datetime.combine(occurred, datetime.min.time(), tzinfo=UTC),
                        author=ACTOR,
                        old_status=previous,
                        new_status=status,
                        note="Drøftet på statusmødet." if step else "",
                    )
                )
                history.append(
                    self.audit(
                        recommendation["id"],
                        "recommendation",
                        "status",
                        None if previous is None else str(previous),
                        str(status),
                        occurred,
                    )
                )
                previous = status
        self.insert(session, Recommendation, recommendations)
        self.insert(session, RecommendationUpdate, updates)

    def application(self, session: Any, engagement: dict[str, Any]) -> uuid.UUID:
        """The granted application the forløb came from, in its year's application round."""
        start: date = engagement["start_date"]
        round_id = self.rounds.get(start.year)
        if round_id is None:
            row = self.row(
                name=f"Ansøgningsrunde {start.year}",
                deadline=date(start.year - 1, 10, 1),
                notes="",
            )
            self.insert(session, ApplicationRound, [row])
            round_id = self.rounds[start.year] = row["id"]
        application = self.row(
            round_id=round_id,
            municipality_id=engagement["municipality_id"],
            received_on=date(start.year - 1, 9, 15),
            council_backing=True,
            council_decision_on=date(start.year - 1, 9, 1),
            contact_persons="Direktør for Børn og Unge",
            themes=engagement["themes"],
            themes_other="",
            motivation="Vi vil styrke kvaliteten i sagsbehandlingen og overholde fristerne.",
            assessment_notes="Velbegrundet ansøgning med politisk opbakning.",
            decision=ApplicationDecision.GRANTED,
            decision_on=date(start.year - 1, 11, 15),
            decision_reason="Bevilget",
        )
        self.insert(session, Application, [application])
        return uuid.UUID(str(application["id"]))

    def answer(
        self, case: uuid.UUID, criterion: uuid.UUID, answer: Answer, by: uuid.UUID
    ) -> dict[str, Any]:
        """One assessment row."""
        return self.row(
            sampled_case_id=case,
            criterion_id=criterion,
            answer=answer,
            suggested_answer=None,
            reason="",
            note="",
            assessed_by_id=by,
            assessed_at=self.stamp,
        )

    def audit(
        self,
        record: uuid.UUID,
        table: str,
        field: str,
        old: str | None,
        new: str | None,
        day: date | None,
    ) -> dict[str, Any]:
        """One audit event (the history the Historik tab and the exchange carry)."""
        when = datetime.combine(day or self.today, datetime.min.time(), tzinfo=UTC)
        return self.row(
            occurred_at=when,
            actor=ACTOR,
            action=AuditAction.UPDATE,
            table_name=table,
            record_id=record,
            field=field,
            old_value=old,
            new_value=new,
            operation_id=None,
            operation_seq=None,
        )


def build_scale_database(
    path: Path,
    forloeb: int,
    *,
    seed: int = 17,
    today: date | None = None,
    cases: tuple[int, int] = (500, 5000),
) -> Counter[str]:
    """Create `path` (which must not exist) holding `forloeb` seeded forløb; the record counts.

    Raises:
        ScaleError: `forloeb` is not positive, or `path` already exists.
    """
    if forloeb <= 0:
        raise ScaleError(f"--forloeb skal være et positivt heltal (fik {forloeb})")
    if path.exists():
        raise ScaleError(f"{path} findes allerede (brug --force for at erstatte den)")
    db = open_database(path)
    try:
        builder = ScaleBuilder(db, seed, today or date.today(), cases)
        builder.build(forloeb)
    finally:
        db.close()
    return builder.counts


def main(argv: list[str] | None = None) -> int:
    """Parse, build, print the counts; exit 2 with one line on bad input."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--forloeb", type=int, required=True, metavar="N")
    parser.add_argument("--db", type=Path, required=True, metavar="PATH")
    parser.add_argument("--seed", type=int, default=17)
    parser.add_argument("--cases", type=_cases_range, default=(500, 5000), metavar="MIN-MAX")
    parser.add_argument("--today", type=date.fromisoformat, default=None, metavar="YYYY-MM-DD")
    parser.add_argument("--force", action="store_true", help="replace an existing file")
    args = parser.parse_args(argv)
    try:
        if args.forloeb <= 0:
            raise ScaleError(f"--forloeb skal være et positivt heltal (fik {args.forloeb})")
        if args.force:
            for suffix in ("", "-wal", "-shm"):
                Path(f"{args.db}{suffix}").unlink(missing_ok=True)
        started = time.perf_counter()
        counts = build_scale_database(
            args.db, args.forloeb, seed=args.seed, today=args.today, cases=args.cases
        )
    except ScaleError as error:
        print(f"scale: {error}", file=sys.stderr)
        return 2
    seconds = time.perf_counter() - started
    size = args.db.stat().st_size / 1e6
    print(
        f"{args.forloeb} forløb, {sum(counts.values()):,} records, {size:.0f} MB in {seconds:.1f} s"
    )
    for table, count in sorted(counts.items()):
        print(f"  {table:<24} {count:>10,}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
