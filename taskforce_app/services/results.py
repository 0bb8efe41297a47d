"""Results of a forløb's case reviews: x af n (y %) per requirement and pejlemærke, Analyse
beside Statusmåling, with Børnesagsbarometret's national figure."""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import NamedTuple

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from taskforce_app.domain.benchmarks import benchmark_for
from taskforce_app.domain.criteria import Benchmark, CriteriaSetSpec, comparison
from taskforce_app.domain.enums import Answer, Pejlemaerke, RoundKind, SampledCaseStatus, Track
from taskforce_app.domain.errors import NotFoundError
from taskforce_app.domain.result_tables import (
    EngagementResults,
    Figure,
    LawFigure,
    PejlemaerkeResult,
    RequirementResult,
    RoundRef,
)
from taskforce_app.domain.results import ComplianceFigure, QualityFigure, tally, tally_quality
from taskforce_app.persistence.database import Database
from taskforce_app.persistence.models import (
    Assessment,
    CriteriaSet,
    Criterion,
    Engagement,
    Municipality,
    ResultCount,
    ReviewRound,
    SampledCase,
)
from taskforce_app.services.criteria import load_benchmarks, load_criteria_sets

PEJLEMAERKE_ORDER = list(Pejlemaerke)


class ResultsService:
    """Read-only results of the case reviews."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def for_engagement(self, engagement_id: uuid.UUID) -> EngagementResults:
        """The latest Analyse and Statusmåling rounds of the forløb, side by side."""
        specs = load_criteria_sets()
        with self._db.read() as session:
            municipality = session.execute(
                select(Municipality.name)
                .join(Engagement, Engagement.municipality_id == Municipality.id)
                .where(Engagement.id == engagement_id)
            ).scalar_one_or_none()
            if municipality is None:
                raise NotFoundError("engagement.not_found", value=str(engagement_id))
            rounds = {
                kind: _latest_round(session, engagement_id, kind)
                for kind in (RoundKind.ANALYSE, RoundKind.STATUSMAALING)
            }
            answers = {
                kind: _answers(session, row.id) if row is not None else {}
                for kind, row in rounds.items()
            }
            criteria = _criteria(session, {item for given in answers.values() for item in given})
            refs = {
                kind: RoundRef(row.id, row.kind, row.name, _set_name(session, row))
                if row is not None
                else None
                for kind, row in rounds.items()
            }
        return _assemble(
            engagement_id, municipality, refs, answers, criteria, specs, load_benchmarks()
        )

    def for_engagements(
        self, engagement_ids: Iterable[uuid.UUID]
    ) -> dict[uuid.UUID, EngagementResults]:
        """`for_engagement` of many forløb at once, in a fixed number of queries.

        Forløb that do not exist are left out.
        """
        wanted = list(dict.fromkeys(engagement_ids))
        if not wanted:
            return {}
        specs = load_criteria_sets()
        with self._db.read() as session:
            municipalities: dict[uuid.UUID, str] = {}
            for chunk in _chunks(wanted):
                municipalities.update(
                    session.execute(
                        select(Engagement.id, Municipality.name)
                        .join(Municipality, Engagement.municipality_id == Municipality.id)
                        .where(Engagement.id.in_(chunk))
                    ).all()
                )
            latest: dict[tuple[uuid.UUID, RoundKind], ReviewRound] = {}
            for chunk in _chunks(list(municipalities)):
                for row in session.scalars(
                    select(ReviewRound)
                    .where(
                        ReviewRound.engagement_id.in_(chunk),
                        ReviewRound.kind.in_((RoundKind.ANALYSE, RoundKind.STATUSMAALING)),
                    )
                    .order_by(ReviewRound.created_at.desc())
                ):
                    latest.setdefault((row.engagement_id, row.kind), row)
            answers_of = _answers_of_rounds(session, list(latest.values()))
            criteria = _criteria(session, {item for given in answers_of.values() for item in given})
            set_ids = {row.legal_criteria_set_id for row in latest.values()} - {None}
            set_names: dict[uuid.UUID | None, str] = dict(
                session.execute(
                    select(CriteriaSet.id, CriteriaSet.name).where(CriteriaSet.id.in_(set_ids))
                ).all()
            )
            refs_of = {
                key: RoundRef(
                    row.id, row.kind, row.name, set_names.get(row.legal_criteria_set_id, "")
                )
                for key, row in latest.items()
            }
        benchmarks = load_benchmarks()
        results: dict[uuid.UUID, EngagementResults] = {}
        for engagement_id, municipality in municipalities.items():
            refs = {
                kind: refs_of.get((engagement_id, kind))
                for kind in (RoundKind.ANALYSE, RoundKind.STATUSMAALING)
            }
            answers = {
                kind: answers_of.get(ref.id, {}) if ref is not None else {}
                for kind, ref in refs.items()
            }
            results[engagement_id] = _assemble(
                engagement_id, municipality, refs, answers, criteria, specs, benchmarks
            )
        return results


def _assemble(
    engagement_id: uuid.UUID,
    municipality: str,
    refs: dict[RoundKind, RoundRef | None],
    answers: dict[RoundKind, dict[uuid.UUID, list[Answer | None]]],
    criteria: dict[uuid.UUID, tuple[str, Track, Pejlemaerke, str, str, str | None, int, str]],
    specs: Sequence[CriteriaSetSpec],
    benchmarks: Sequence[Benchmark],
) -> EngagementResults:
    """The results of one forløb from its rounds' answers (no database)."""
    topics = _topics(specs)
    grouped: dict[str, dict[RoundKind, list[Answer | None]]] = defaultdict(
        lambda: defaultdict(list)
    )
    per_law: dict[str, dict[tuple[RoundKind, str], list[Answer | None]]] = defaultdict(
        lambda: defaultdict(list)
    )
    info: dict[
        str, tuple[tuple[str, ...], Track, Pejlemaerke, str, str, Benchmark | None, int]
    ] = {}
    law_info: dict[tuple[str, str], LawDetails] = {}
    for kind, by_criterion in answers.items():
        for criterion_id, given in by_criterion.items():
            if criterion_id not in criteria:
                continue
            code, track, pejlemaerke, question, provision, benchmark_key, order, set_key = criteria[
                criterion_id
            ]
            key = f"{track.value}:{topics.get((set_key, code)) or code}"
            grouped[key][kind].extend(given)
            per_law[key][(kind, set_key)].extend(given)
            if (key, set_key) not in law_info or kind is RoundKind.STATUSMAALING:
                law_info[(key, set_key)] = LawDetails(
                    code, question, provision, _benchmark(benchmarks, benchmark_key, set_key)
                )
            codes = info[key][0] if key in info else ()
            if code not in codes:
                codes = (*codes, code)
            if key not in info or kind is RoundKind.STATUSMAALING:
                info[key] = (
                    codes,
                    track,
                    pejlemaerke,
                    question,
                    provision,
                    _benchmark(benchmarks, benchmark_key, set_key),
                    order,
                )
            else:
                info[key] = (codes, *info[key][1:])
    requirements = []
    for key, per_kind in grouped.items():
        codes, track, pejlemaerke, question, provision, benchmark, _order = info[key]
        requirements.append(
            RequirementResult(
                key=key,
                codes=codes,
                track=track,
                pejlemaerke=pejlemaerke,
                question=question,
                provision=provision,
                analyse=_figure(track, per_kind.get(RoundKind.ANALYSE)),
                statusmaaling=_figure(track, per_kind.get(RoundKind.STATUSMAALING)),
                benchmark=benchmark,
                by_law=_by_law(
                    track, per_law[key], {law: law_info[(key, law)] for _, law in per_law[key]}
                ),
                not_comparable_reason=(
                    _not_comparable(specs, key.split(":", 1)[1], per_law[key].keys())
                    if track is Track.JURIDISK
                    else ""
                ),
            )
        )
    requirements.sort(key=lambda r: (r.track is not Track.JURIDISK, info[r.key][6]))
    return EngagementResults(
        engagement_id=engagement_id,
        municipality=municipality,
        analyse_round=refs[RoundKind.ANALYSE],
        statusmaaling_round=refs[RoundKind.STATUSMAALING],
        requirements=tuple(requirements),
        pejlemaerker=_pooled(requirements),
    )


def _figure(track: Track, answers: list[Answer | None] | None) -> Figure | None:
    if not answers:
        return None
    if track is Track.JURIDISK:
        return tally(answers)
    return tally_quality(answers)


def _pooled(requirements: Sequence[RequirementResult]) -> tuple[PejlemaerkeResult, ...]:
    pooled: list[PejlemaerkeResult] = []
    for track in (Track.JURIDISK, Track.SOCIALFAGLIG):
        for pejlemaerke in PEJLEMAERKE_ORDER:
            own = [r for r in requirements if r.track is track and r.pejlemaerke is pejlemaerke]
            if not own:
                continue
            pooled.append(
                PejlemaerkeResult(
                    track=track,
                    pejlemaerke=pejlemaerke,
                    analyse=_sum([r.analyse for r in own]),
                    statusmaaling=_sum([r.statusmaaling for r in own]),
                    comparable=all(r.comparable for r in own),
                )
            )
    return tuple(pooled)


def _sum(figures: list[Figure | None]) -> Figure | None:
    compliance = [figure for figure in figures if isinstance(figure, ComplianceFigure)]
    quality = [figure for figure in figures if isinstance(figure, QualityFigure)]
    if compliance:
        return sum(compliance[1:], compliance[0])
    if quality:
        return sum(quality[1:], quality[0])
    return None


class LawDetails(NamedTuple):
    """How a requirement reads in one law's set: code, question, provision, barometer figure."""

    code: str
    question: str
    provision: str
    benchmark: Benchmark | None


def _by_law(
    track: Track,
    answers: dict[tuple[RoundKind, str], list[Answer | None]],
    details: dict[str, LawDetails],
) -> tuple[LawFigure, ...]:
    """The figure of each round per law, Analyse first."""
    result: list[LawFigure] = []
    for (kind, law), given in sorted(
        answers.items(), key=lambda item: (item[0][0] is not RoundKind.ANALYSE, item[0][1])
    ):
        figure = _figure(track, given)
        if figure is not None:
            result.append(LawFigure(kind, law, figure, *details[law]))
    return tuple(result)


def _not_comparable(
    specs: Sequence[CriteriaSetSpec], topic: str, kinds_and_laws: Iterable[tuple[RoundKind, str]]
) -> str:
    """Why the change of `topic` between Analyse and Statusmåling is not computed ("" if it is).

    Every law of the Analyse must match every law of the Statusmåling in substance (the
    criteria files' comparability table).
    """
    pairs = list(kinds_and_laws)
    before = sorted({law for kind, law in pairs if kind is RoundKind.ANALYSE})
    after = sorted({law for kind, law in pairs if kind is RoundKind.STATUSMAALING})
    for first in before:
        for second in after:
            found = comparison(specs, topic, first, second)
            if not found.same:
                return found.reason
    return ""


def _benchmark(benchmarks: Sequence[Benchmark], key: str | None, set_key: str) -> Benchmark | None:
    """The Børnesagsbarometret figure comparable with the criterion of set `set_key`."""
    return benchmark_for(benchmarks, key, set_key) if key else None


def _topics(specs: Sequence[CriteriaSetSpec]) -> dict[tuple[str, str], str]:
    return {(spec.key, item.code): item.topic for spec in specs for item in spec.criteria}


def _latest_round(
    session: Session, engagement_id: uuid.UUID, kind: RoundKind
) -> ReviewRound | None:
    return session.scalars(
        select(ReviewRound)
        .where(
            ReviewRound.engagement_id == engagement_id,
            ReviewRound.kind == kind,
        )
        .order_by(ReviewRound.created_at.desc())
    ).first()


def _chunks(ids: list[uuid.UUID], size: int = 500) -> list[list[uuid.UUID]]:
    """`ids` in slices small enough for one IN list."""
    return [ids[start : start + size] for start in range(0, len(ids), size)]


def _answers_of_rounds(
    session: Session, rounds: Sequence[ReviewRound]
) -> dict[uuid.UUID, dict[uuid.UUID, list[Answer | None]]]:
    """`_answers` of many rounds in a fixed number of queries, by round id (counted in SQL)."""
    found: dict[uuid.UUID, dict[uuid.UUID, list[Answer | None]]] = defaultdict(
        lambda: defaultdict(list)
    )
    ids = [row.id for row in rounds]
    purged: set[uuid.UUID] = set()
    for chunk in _chunks(ids):
        for round_id, criterion_id, answer, count in session.execute(
            select(
                ResultCount.round_id,
                ResultCount.criterion_id,
                ResultCount.answer,
                ResultCount.count,
            )
            .where(ResultCount.round_id.in_(chunk))
            .order_by(ResultCount.position)
        ):
            purged.add(round_id)
            found[round_id][criterion_id].extend([answer] * count)
    live = [round_id for round_id in ids if round_id not in purged]
    case_set = func.coalesce(SampledCase.legal_criteria_set_id, ReviewRound.legal_criteria_set_id)
    for chunk in _chunks(live):
        for round_id, criterion_id, answer, count in session.execute(
            select(SampledCase.round_id, Assessment.criterion_id, Assessment.answer, func.count())
            .join(ReviewRound, SampledCase.round_id == ReviewRound.id)
            .join(Assessment, Assessment.sampled_case_id == SampledCase.id)
            .join(Criterion, Assessment.criterion_id == Criterion.id)
            .where(
                SampledCase.round_id.in_(chunk),
                SampledCase.status == SampledCaseStatus.ACTIVE,
                (Criterion.criteria_set_id == case_set)
                | (Criterion.criteria_set_id == ReviewRound.social_criteria_set_id),
            )
            .group_by(SampledCase.round_id, Assessment.criterion_id, Assessment.answer)
        ):
            found[round_id][criterion_id].extend([answer] * count)
    return found


def _answers(session: Session, round_id: uuid.UUID) -> dict[uuid.UUID, list[Answer | None]]:
    """The answers of the round's active cases, each case's to its own law's set and to the
    round's socialfaglig set (an answer left from a law the case no longer falls under is not
    counted)."""
    row = session.get(ReviewRound, round_id)
    assert row is not None
    found: dict[uuid.UUID, list[Answer | None]] = defaultdict(list)
    kept = session.execute(
        select(ResultCount.criterion_id, ResultCount.answer, ResultCount.count)
        .where(ResultCount.round_id == round_id)
        .order_by(ResultCount.position)
    ).all()
    if kept:  # the round's case data was purged: its answers as counted then
        for criterion_id, answer, count in kept:
            found[criterion_id].extend([answer] * count)
        return found
    case_set = func.coalesce(SampledCase.legal_criteria_set_id, row.legal_criteria_set_id)
    for criterion_id, answer in session.execute(
        select(Assessment.criterion_id, Assessment.answer)
        .join(SampledCase, Assessment.sampled_case_id == SampledCase.id)
        .join(Criterion, Assessment.criterion_id == Criterion.id)
        .where(
            SampledCase.round_id == round_id,
            SampledCase.status == SampledCaseStatus.ACTIVE,
            (Criterion.criteria_set_id == case_set)
            | (Criterion.criteria_set_id == row.social_criteria_set_id),
        )
    ):
        found[criterion_id].append(answer)
    return found


def answer_counts(
    session: Session, round_id: uuid.UUID
) -> dict[tuple[uuid.UUID, Answer | None], int]:
    """How many of the round's counted answers each (criterion, answer) has: what the results
    are computed from, kept when the round's case data is purged."""
    counts: dict[tuple[uuid.UUID, Answer | None], int] = defaultdict(int)
    for criterion_id, given in _answers(session, round_id).items():
        for answer in given:
            counts[(criterion_id, answer)] += 1
    return dict(counts)


def _criteria(
    session: Session, criterion_ids: set[uuid.UUID]
) -> dict[uuid.UUID, tuple[str, Track, Pejlemaerke, str, str, str | None, int, str]]:
    return {
        item.id: (
            item.code,
            track,
            item.pejlemaerke,
            item.question,
            item.provision,
            item.benchmark_key,
            item.sort_order,
            set_key,
        )
        for item, track, set_key in session.execute(
            select(Criterion, CriteriaSet.track, CriteriaSet.key)
            .join(CriteriaSet, Criterion.criteria_set_id == CriteriaSet.id)
            .where(Criterion.id.in_(criterion_ids))
        )
    }


def _set_name(session: Session, row: ReviewRound) -> str:
    if row.legal_criteria_set_id is None:
        return ""
    found = session.get(CriteriaSet, row.legal_criteria_set_id)
    return found.name if found is not None else ""
