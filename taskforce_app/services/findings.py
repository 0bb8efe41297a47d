"""Findings with their evidence, recommendations with their history, and review notes."""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Collection, Iterable
from datetime import date, datetime

from sqlalchemy import case, distinct, func, select
from sqlalchemy.orm import Session

from taskforce_app.domain.changes import Changes, Entity
from taskforce_app.domain.enums import Answer, RecommendationStatus, SampledCaseStatus, Track
from taskforce_app.domain.errors import NotFoundError, Notice, ValidationError
from taskforce_app.domain.findings import (
    CLOSED_STATUSES,
    CriterionRef,
    EvidenceCase,
    FindingDraft,
    FindingView,
    Improvement,
    RecommendationDraft,
    RecommendationUpdateView,
    RecommendationView,
    ReviewNoteView,
    severity_for_share,
)
from taskforce_app.domain.result_tables import EngagementResults
from taskforce_app.domain.results import ComplianceFigure, QualityFigure, tally, tally_quality
from taskforce_app.domain.text import NC_
from taskforce_app.persistence.database import Database
from taskforce_app.persistence.models import (
    Assessment,
    Case,
    Consultant,
    CriteriaSet,
    Criterion,
    Engagement,
    Finding,
    FindingCriterion,
    FindingEvidence,
    Municipality,
    Recommendation,
    RecommendationUpdate,
    ReviewNote,
    ReviewRound,
    SampledCase,
)
from taskforce_app.persistence.types import utc_now
from taskforce_app.services._rows import load, load_engagement, set_deleted
from taskforce_app.services.results import ResultsService

SHOWING = frozenset({Answer.NOT_MET, Answer.QUALITY_1, Answer.QUALITY_2})
ASSESSED = frozenset(
    {
        Answer.MET,
        Answer.NOT_MET,
        Answer.QUALITY_1,
        Answer.QUALITY_2,
        Answer.QUALITY_3,
        Answer.QUALITY_4,
    }
)
DEFAULT_THRESHOLD = 0.75
_CHUNK = 500
"""Ids per `IN` list."""
PEJLEMAERKE_THEMES = {
    "faglig_udredning": "Faglig udredning",
    "valg_af_indsats": "Valg af indsats",
    "opfoelgning": "Opfølgning",
    "inddragelse": "Inddragelse",
}
"""A proposed finding's theme: its pejlemærke, named as the findings' themes are (Danish)."""


class FindingService:
    """Use cases on findings."""

    def __init__(self, db: Database) -> None:
        self._db = db
        self._results = ResultsService(db)

    def findings(self, engagement_id: uuid.UUID | None = None) -> list[FindingView]:
        """The findings of one forløb (or all), most severe first, with their improvement."""
        return self._listed(engagement_id, with_improvement=True)

    def list_findings(self, engagement_id: uuid.UUID | None = None) -> list[FindingView]:
        """`findings` without the improvement (always None): the fast part, in a few queries.

        The improvement needs every forløb's review results; `improvements` gives it apart.
        """
        return self._listed(engagement_id, with_improvement=False)

    def improvements(self, finding_ids: Iterable[uuid.UUID]) -> dict[uuid.UUID, Improvement | None]:
        """Each finding's development after the status measurement (the slow part of `findings`).

        Args:
            finding_ids: The findings wanted; unknown or deleted ones are left out.

        Returns:
            The improvement by finding id: None where the forløb has no status measurement
            yet or the finding's requirements were not assessed, as `findings` gives it.
        """
        wanted = list(dict.fromkeys(finding_ids))
        with self._db.read() as session:
            engagements: dict[uuid.UUID, uuid.UUID] = {}
            codes: dict[uuid.UUID, tuple[str, ...]] = {}
            for start in range(0, len(wanted), _CHUNK):
                chunk = wanted[start : start + _CHUNK]
                for finding_id, engagement_id in session.execute(
                    select(Finding.id, Finding.engagement_id).where(Finding.id.in_(chunk))
                ):
                    engagements[finding_id] = engagement_id
                codes.update(_finding_codes(session, chunk))
        results = self._results.for_engagements(engagements.values())
        return {
            finding_id: _improvement(results[engagement_id], codes.get(finding_id, ()))
            if engagement_id in results
            else None
            for finding_id, engagement_id in engagements.items()
        }

    def _listed(
        self, engagement_id: uuid.UUID | None, *, with_improvement: bool
    ) -> list[FindingView]:
        with self._db.read() as session:
            query = select(Finding)
            if engagement_id is not None:
                query = query.where(Finding.engagement_id == engagement_id)
            rows = list(session.scalars(query))
            results = self._results_for(rows) if with_improvement else {}
            views = _finding_views(session, rows, results)
        order = {"critical": 0, "significant": 1, "minor": 2}
        return sorted(views, key=lambda v: (v.municipality, order[v.severity.value], v.title))

    def get(self, finding_id: uuid.UUID) -> FindingView:
        """One finding."""
        with self._db.read() as session:
            row = _finding(session, finding_id)
            return _finding_views(session, [row], self._results_for([row]))[0]

    def propose(
        self, round_id: uuid.UUID, threshold: float = DEFAULT_THRESHOLD
    ) -> list[FindingDraft]:
        """A proposed finding for each requirement met in fewer than `threshold` of the cases
        (quality points: rated sufficient or better), pre-filled with its figures."""
        with self._db.read() as session:
            load(session, ReviewRound, round_id, "review.round_not_found")
            answers: dict[uuid.UUID, list[tuple[uuid.UUID, Answer | None]]] = defaultdict(list)
            for sampled_id, criterion_id, answer in session.execute(
                select(Assessment.sampled_case_id, Assessment.criterion_id, Assessment.answer)
                .join(SampledCase, Assessment.sampled_case_id == SampledCase.id)
                .where(
                    SampledCase.round_id == round_id,
                    SampledCase.status == SampledCaseStatus.ACTIVE,
                )
            ):
                answers[criterion_id].append((sampled_id, answer))
            criteria = {
                item.id: (item, track)
                for item, track in session.execute(
                    select(Criterion, CriteriaSet.track)
                    .join(CriteriaSet, Criterion.criteria_set_id == CriteriaSet.id)
                    .where(Criterion.id.in_(list(answers)))
                    .order_by(CriteriaSet.track, Criterion.sort_order)
                )
            }
            proposals: list[FindingDraft] = []
            for criterion_id, (criterion, track) in criteria.items():
                given = [answer for _sampled, answer in answers[criterion_id]]
                figure: ComplianceFigure | QualityFigure
                if track is Track.JURIDISK:
                    figure = tally(given)
                    share = figure.share
                else:
                    figure = tally_quality(given)
                    share = figure.share_sufficient
                if share is None or share >= threshold:
                    continue
                shown = tuple(s for s, answer in answers[criterion_id] if answer in SHOWING)
                proposals.append(
                    FindingDraft(
                        track=track,
                        title=_shorten(criterion.question),
                        severity=severity_for_share(share),
                        theme=PEJLEMAERKE_THEMES[criterion.pejlemaerke.value],
                        description=(
                            f"{criterion.code} ({criterion.provision}): opfyldt i "
                            f"{figure.formatted()} af de gennemgåede sager."
                        ),
                        round_id=round_id,
                        criterion_ids=(criterion_id,),
                        evidence_ids=shown,
                    )
                )
        return proposals

    def create(self, engagement_id: uuid.UUID, draft: FindingDraft) -> tuple[FindingView, Changes]:
        """Record a finding with its requirements and evidence cases."""
        clean = draft.validated()
        with self._db.write() as session:
            load_engagement(session, engagement_id)
            row = Finding(id=uuid.uuid4(), engagement_id=engagement_id)
            _apply_finding(session, row, clean)
            session.add(row)
            session.flush()
            _set_links(session, row, clean)
            session.flush()
            view = _finding_views(session, [row], self._results_for([row]))[0]
        return view, Changes.of(Entity.FINDING, view.id, engagement_id)

    def update(self, finding_id: uuid.UUID, draft: FindingDraft) -> tuple[FindingView, Changes]:
        """Save a finding's edited fields, requirements and evidence."""
        clean = draft.validated()
        with self._db.write() as session:
            row = _finding(session, finding_id)
            _apply_finding(session, row, clean)
            _set_links(session, row, clean)
            session.flush()
            view = _finding_views(session, [row], self._results_for([row]))[0]
        return view, Changes.of(Entity.FINDING, finding_id, view.engagement_id)

    def delete(self, finding_id: uuid.UUID) -> Changes:
        """Soft-delete a finding (its recommendations stay, standalone)."""
        return set_deleted(
            self._db, Finding, finding_id, "finding.not_found", Entity.FINDING, deleted=True
        )

    def restore(self, finding_id: uuid.UUID) -> Changes:
        """Undo a soft delete."""
        return set_deleted(
            self._db, Finding, finding_id, "finding.not_found", Entity.FINDING, deleted=False
        )

    def _results_for(self, rows: Iterable[Finding]) -> dict[uuid.UUID, EngagementResults]:
        return self._results.for_engagements(row.engagement_id for row in rows)


class RecommendationService:
    """Use cases on recommendations and their follow-up."""

    def __init__(self, db: Database) -> None:
        self._db = db
        self._results = ResultsService(db)

    def for_engagement(self, engagement_id: uuid.UUID) -> list[RecommendationView]:
        """A forløb's recommendations by due date."""
        return self._views(Recommendation.engagement_id == engagement_id)

    def tracker(
        self, today: date | None = None, *, with_improvement: bool = True
    ) -> list[RecommendationView]:
        """Every open recommendation across all forløb, overdue first, then by due date.

        Without `with_improvement` the views' improvement is None and no forløb's review
        results are computed (what the follow-up table needs, at a fraction of the cost).
        """
        today = today or date.today()
        views = self._views(
            Recommendation.status.in_(
                [RecommendationStatus.NOT_STARTED, RecommendationStatus.IN_PROGRESS]
            ),
            with_improvement=with_improvement,
        )
        return sorted(
            views,
            key=lambda v: (not v.is_overdue(today), v.due_on or date.max, v.municipality),
        )

    def all(self) -> list[RecommendationView]:
        """Every recommendation across all forløb."""
        return self._views(None)

    def follow_up(self, engagement_id: uuid.UUID | None = None) -> dict[uuid.UUID, tuple[int, int]]:
        """Per finding of one forløb (or all): its (open, all) recommendations, in one query.

        Open is every status but done and abandoned; findings without recommendations are
        left out.
        """
        query = (
            select(
                Recommendation.finding_id,
                func.count(),
                func.count(case((Recommendation.status.not_in(list(CLOSED_STATUSES)), 1))),
            )
            .join(Engagement, Recommendation.engagement_id == Engagement.id)
            .where(Recommendation.finding_id.is_not(None))
        )
        if engagement_id is not None:
            query = query.where(Recommendation.engagement_id == engagement_id)
        with self._db.read() as session:
            rows = session.execute(query.group_by(Recommendation.finding_id)).all()
        return {
            finding_id: (open_count, total)
            for finding_id, total, open_count in rows
            if finding_id is not None
        }

    def get(self, recommendation_id: uuid.UUID) -> RecommendationView:
        """One recommendation."""
        views = self._views(Recommendation.id == recommendation_id)
        if not views:
            raise NotFoundError("recommendation.not_found")
        return views[0]

    def create(
        self, engagement_id: uuid.UUID, draft: RecommendationDraft
    ) -> tuple[RecommendationView, Changes]:
        """Add a recommendation; a due date after the forløb's planned end is a warning."""
        clean = draft.validated()
        with self._db.write() as session:
            engagement = load_engagement(session, engagement_id)
            row = Recommendation(
                id=uuid.uuid4(),
                engagement_id=engagement_id,
                status=RecommendationStatus.NOT_STARTED,
            )
            _apply_recommendation(row, clean)
            session.add(row)
            session.flush()
            record_status_change(
                session,
                row,
                RecommendationStatus.NOT_STARTED,
                author=str(session.info.get("actor", "")),
                note="Oprettet",
                created=True,
            )
            warnings = _due_warnings(engagement, clean.due_on)
            recommendation_id = row.id
        view = self.get(recommendation_id)
        view = _with_warnings(view, warnings)
        return view, Changes.of(Entity.RECOMMENDATION, recommendation_id, engagement_id)

    def update(
        self, recommendation_id: uuid.UUID, draft: RecommendationDraft
    ) -> tuple[RecommendationView, Changes]:
        """Save text, owner, due date and links."""
        clean = draft.validated()
        with self._db.write() as session:
            row = _recommendation(session, recommendation_id)
            _apply_recommendation(row, clean)
            engagement = session.get(Engagement, row.engagement_id)
            assert engagement is not None
            warnings = _due_warnings(engagement, clean.due_on)
            engagement_id = row.engagement_id
        view = _with_warnings(self.get(recommendation_id), warnings)
        return view, Changes.of(Entity.RECOMMENDATION, recommendation_id, engagement_id)

    def set_status(
        self,
        recommendation_id: uuid.UUID,
        status: RecommendationStatus,
        note: str = "",
        *,
        author: str = "",
    ) -> tuple[RecommendationView, Changes]:
        """Change the status, recording who, when, old → new and a note in the history."""
        with self._db.write() as session:
            row = _recommendation(session, recommendation_id)
            if row.status is status and not note.strip():
                raise ValidationError("recommendation.same_status", value=status.value)
            record_status_change(
                session,
                row,
                status,
                author=author or str(session.info.get("actor", "")),
                note=note.strip(),
            )
            engagement_id = row.engagement_id
        return self.get(recommendation_id), Changes.of(
            Entity.RECOMMENDATION, recommendation_id, engagement_id
        )

    def delete(self, recommendation_id: uuid.UUID) -> Changes:
        """Soft-delete a recommendation."""
        return self._set_deleted(recommendation_id, deleted=True)

    def restore(self, recommendation_id: uuid.UUID) -> Changes:
        """Undo a soft delete."""
        return self._set_deleted(recommendation_id, deleted=False)

    def _set_deleted(self, recommendation_id: uuid.UUID, *, deleted: bool) -> Changes:
        return set_deleted(
            self._db,
            Recommendation,
            recommendation_id,
            "recommendation.not_found",
            Entity.RECOMMENDATION,
            deleted=deleted,
        )

    def _views(
        self, condition: object, *, with_improvement: bool = True
    ) -> list[RecommendationView]:
        with self._db.read() as session:
            query = (
                select(Recommendation, Municipality.name)
                .join(Engagement, Recommendation.engagement_id == Engagement.id)
                .join(Municipality, Engagement.municipality_id == Municipality.id)
                .order_by(Recommendation.due_on, Recommendation.created_at)
            )
            if condition is not None:
                query = query.where(condition)  # type: ignore[arg-type]
            pairs = session.execute(query).all()
            ids = [row.id for row, _name in pairs]
            history: dict[uuid.UUID, list[RecommendationUpdateView]] = defaultdict(list)
            for update in session.scalars(
                select(RecommendationUpdate)
                .where(
                    RecommendationUpdate.recommendation_id.in_(ids),
                )
                .order_by(RecommendationUpdate.occurred_at)
            ):
                history[update.recommendation_id].append(
                    RecommendationUpdateView(
                        update.occurred_at,
                        update.author,
                        update.old_status,
                        update.new_status,
                        update.note,
                    )
                )
            finding_ids = {row.finding_id for row, _ in pairs if row.finding_id is not None}
            findings = {
                f.id: f for f in session.scalars(select(Finding).where(Finding.id.in_(finding_ids)))
            }
            results = (
                self._results.for_engagements(row.engagement_id for row, _ in pairs)
                if with_improvement
                else {}
            )
            codes = _finding_codes(session, list(finding_ids)) if with_improvement else {}
            views = []
            for row, name in pairs:
                finding = findings.get(row.finding_id) if row.finding_id else None
                improvement = (
                    _improvement(results[row.engagement_id], codes.get(finding.id, ()))
                    if finding is not None and row.engagement_id in results
                    else None
                )
                views.append(
                    RecommendationView(
                        id=row.id,
                        engagement_id=row.engagement_id,
                        municipality=name,
                        finding_id=row.finding_id,
                        finding_title=finding.title if finding is not None else "",
                        milestone_id=row.milestone_id,
                        text=row.text,
                        owner=row.owner,
                        due_on=row.due_on,
                        status=row.status,
                        history=tuple(history.get(row.id, [])),
                        improvement=improvement,
                    )
                )
        return views


class ReviewNoteService:
    """Review comments that must be resolved before a round is ready for the report."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def notes(self, engagement_id: uuid.UUID, *, open_only: bool = False) -> list[ReviewNoteView]:
        """A forløb's review notes, open ones first."""
        with self._db.read() as session:
            query = select(ReviewNote).where(ReviewNote.engagement_id == engagement_id)
            if open_only:
                query = query.where(ReviewNote.resolved_at.is_(None))
            rows = list(session.scalars(query.order_by(ReviewNote.created_at)))
            names = _initials(
                session, {r.author_id for r in rows} | {r.resolved_by_id for r in rows}
            )
            views = [
                ReviewNoteView(
                    r.id,
                    r.engagement_id,
                    r.finding_id,
                    r.assessment_id,
                    r.text,
                    names.get(r.author_id, ""),
                    r.created_at,
                    r.resolved_at,
                    names.get(r.resolved_by_id, ""),
                )
                for r in rows
            ]
        return sorted(views, key=lambda v: (not v.is_open, v.created_at))

    def add(
        self,
        engagement_id: uuid.UUID,
        text: str,
        *,
        finding_id: uuid.UUID | None = None,
        assessment_id: uuid.UUID | None = None,
        author_id: uuid.UUID | None = None,
    ) -> tuple[uuid.UUID, Changes]:
        """Add a comment to a finding or an assessment."""
        text = text.strip()
        if not text:
            raise ValidationError("value.required", field=NC_("field", "Comment"))
        if finding_id is None and assessment_id is None:
            raise ValidationError("note.target_required")
        with self._db.write() as session:
            row = ReviewNote(
                id=uuid.uuid4(),
                engagement_id=engagement_id,
                finding_id=finding_id,
                assessment_id=assessment_id,
                text=text,
                author_id=author_id,
            )
            session.add(row)
            note_id = row.id
        return note_id, Changes.of(Entity.FINDING, note_id, engagement_id) | Changes.of(
            Entity.REVIEW, engagement_id
        )

    def resolve(self, note_id: uuid.UUID, by: uuid.UUID | None = None) -> Changes:
        """Mark a comment resolved."""
        return self._set_resolved(note_id, resolved=True, by=by)

    def reopen(self, note_id: uuid.UUID) -> Changes:
        """Undo a resolution."""
        return self._set_resolved(note_id, resolved=False, by=None)

    def _set_resolved(self, note_id: uuid.UUID, *, resolved: bool, by: uuid.UUID | None) -> Changes:
        with self._db.write() as session:
            row = load(session, ReviewNote, note_id, "note.not_found")
            row.resolved_at = utc_now() if resolved else None
            row.resolved_by_id = by if resolved else None
            engagement_id = row.engagement_id
        return Changes.of(Entity.FINDING, note_id, engagement_id) | Changes.of(
            Entity.REVIEW, engagement_id
        )


def open_notes_for_round(session: Session, round_id: uuid.UUID) -> int:
    """Open review notes on the round's findings and on its assessments."""
    finding_ids = select(Finding.id).where(Finding.round_id == round_id)
    assessment_ids = (
        select(Assessment.id)
        .join(SampledCase, Assessment.sampled_case_id == SampledCase.id)
        .where(SampledCase.round_id == round_id)
    )
    notes = session.scalars(
        select(ReviewNote.id).where(
            ReviewNote.resolved_at.is_(None),
            (ReviewNote.finding_id.in_(finding_ids))
            | (ReviewNote.assessment_id.in_(assessment_ids)),
        )
    ).all()
    return len(notes)


def _shorten(text: str, limit: int = 120) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def record_status_change(
    session: Session,
    row: Recommendation,
    status: RecommendationStatus,
    *,
    author: str,
    note: str,
    occurred_at: datetime | None = None,
    created: bool = False,
) -> None:
    """Set a recommendation's status and record who, when, old → new and why in its history.

    Args:
        session: The operation's session.
        row: The recommendation.
        status: Its new status.
        author: Who changed it.
        note: Why (may be empty).
        occurred_at: When (now by default).
        created: The recommendation is new: the history has no old status.
    """
    session.add(
        RecommendationUpdate(
            id=uuid.uuid4(),
            recommendation_id=row.id,
            occurred_at=occurred_at or utc_now(),
            author=author,
            old_status=None if created else row.status,
            new_status=status,
            note=note,
        )
    )
    row.status = status


def _finding(session: Session, finding_id: uuid.UUID) -> Finding:
    return load(session, Finding, finding_id, "finding.not_found")


def _recommendation(session: Session, recommendation_id: uuid.UUID) -> Recommendation:
    return load(session, Recommendation, recommendation_id, "recommendation.not_found")


def _apply_finding(session: Session, row: Finding, draft: FindingDraft) -> None:
    row.track = draft.track
    row.title = draft.title
    row.severity = draft.severity
    row.theme = draft.theme
    row.description = draft.description
    row.round_id = draft.round_id
    if draft.round_id is not None and draft.evidence_ids:
        outside = session.scalars(
            select(SampledCase.id).where(
                SampledCase.id.in_(draft.evidence_ids), SampledCase.round_id != draft.round_id
            )
        ).first()
        if outside is not None:
            raise ValidationError("finding.evidence_outside_round")


def _set_links(session: Session, row: Finding, draft: FindingDraft) -> None:
    """Link the finding to exactly the draft's requirements and evidence cases.

    A link dropped is soft-deleted, one taken again is restored, so its history stays whole.
    """
    now = utc_now()
    kinds: tuple[tuple[type[FindingCriterion | FindingEvidence], str, Collection[uuid.UUID]], ...]
    kinds = (
        (FindingCriterion, "criterion_id", draft.criterion_ids),
        (FindingEvidence, "sampled_case_id", draft.evidence_ids),
    )
    for model, key, wanted in kinds:
        current = {
            getattr(link, key): link
            for link in session.scalars(
                select(model)
                .where(model.finding_id == row.id)
                .execution_options(include_deleted=True)
            )
        }
        for linked, link in current.items():
            link.deleted_at = None if linked in wanted else now
        for linked in wanted:
            if linked not in current:
                session.add(model(id=uuid.uuid4(), finding_id=row.id, **{key: linked}))


def _finding_codes(
    session: Session, finding_ids: list[uuid.UUID]
) -> dict[uuid.UUID, tuple[str, ...]]:
    codes: dict[uuid.UUID, list[str]] = defaultdict(list)
    for finding_id, code in session.execute(
        select(FindingCriterion.finding_id, Criterion.code)
        .join(Criterion, FindingCriterion.criterion_id == Criterion.id)
        .where(FindingCriterion.finding_id.in_(finding_ids))
    ):
        codes[finding_id].append(code)
    return {key: tuple(value) for key, value in codes.items()}


def _improvement(results: EngagementResults, codes: tuple[str, ...]) -> Improvement | None:
    wanted = [r for r in results.requirements if set(r.codes) & set(codes)]
    if not wanted or results.statusmaaling_round is None:
        return None
    ax = an = sx = sn = 0
    for requirement in wanted:
        if requirement.analyse is not None:
            ax, an = ax + requirement.analyse.x, an + requirement.analyse.n
        if requirement.statusmaaling is not None:
            sx, sn = sx + requirement.statusmaaling.x, sn + requirement.statusmaaling.n
    return Improvement(ax, an, sx, sn)


def _finding_views(
    session: Session, rows: list[Finding], results: dict[uuid.UUID, EngagementResults]
) -> list[FindingView]:
    ids = [row.id for row in rows]
    criteria: dict[uuid.UUID, list[CriterionRef]] = defaultdict(list)
    for finding_id, criterion in session.execute(
        select(FindingCriterion.finding_id, Criterion)
        .join(Criterion, FindingCriterion.criterion_id == Criterion.id)
        .where(FindingCriterion.finding_id.in_(ids))
        .order_by(Criterion.sort_order)
    ):
        criteria[finding_id].append(
            CriterionRef(criterion.id, criterion.code, criterion.provision, criterion.question)
        )
    evidence: dict[uuid.UUID, list[EvidenceCase]] = defaultdict(list)
    for finding_id, sampled_id, ref in session.execute(
        select(FindingEvidence.finding_id, SampledCase.id, Case.case_ref)
        .join(SampledCase, FindingEvidence.sampled_case_id == SampledCase.id)
        .join(Case, SampledCase.case_id == Case.id)
        .where(FindingEvidence.finding_id.in_(ids))
        .order_by(SampledCase.position)
    ):
        evidence[finding_id].append(EvidenceCase(sampled_id, ref))
    municipality = dict(
        session.execute(
            select(Engagement.id, Municipality.name)
            .join(Municipality, Engagement.municipality_id == Municipality.id)
            .where(Engagement.id.in_({row.engagement_id for row in rows}))
        ).all()
    )
    round_names = dict(
        session.execute(
            select(ReviewRound.id, ReviewRound.name).where(
                ReviewRound.id.in_({row.round_id for row in rows if row.round_id})
            )
        ).all()
    )
    recommendation_counts: dict[uuid.UUID, int] = defaultdict(int)
    for (linked,) in session.execute(
        select(Recommendation.finding_id).where(Recommendation.finding_id.in_(ids))
    ):
        if linked is not None:
            recommendation_counts[linked] += 1
    open_notes: dict[uuid.UUID, int] = defaultdict(int)
    for (noted,) in session.execute(
        select(ReviewNote.finding_id).where(
            ReviewNote.finding_id.in_(ids),
            ReviewNote.resolved_at.is_(None),
        )
    ):
        if noted is not None:
            open_notes[noted] += 1
    figures = _evidence_figures(session, rows)
    views = []
    for row in rows:
        own_criteria = criteria.get(row.id, [])
        shown, assessed = figures.get(row.id, (0, 0))
        views.append(
            FindingView(
                id=row.id,
                engagement_id=row.engagement_id,
                municipality=municipality.get(row.engagement_id, ""),
                round_id=row.round_id,
                round_name=round_names.get(row.round_id, "") if row.round_id else "",
                track=row.track,
                theme=row.theme,
                title=row.title,
                description=row.description,
                severity=row.severity,
                criteria=tuple(own_criteria),
                evidence=tuple(evidence.get(row.id, [])),
                shown_in=shown,
                assessed_in=assessed,
                recommendations=recommendation_counts.get(row.id, 0),
                open_notes=open_notes.get(row.id, 0),
                improvement=_improvement(
                    results[row.engagement_id], tuple(c.code for c in own_criteria)
                )
                if row.engagement_id in results
                else None,
            )
        )
    return views


def _evidence_figures(session: Session, rows: list[Finding]) -> dict[uuid.UUID, tuple[int, int]]:
    """(cases showing the finding, cases assessed) over each finding's round and requirements.

    Counted by the database, one row per finding, driven by the findings (their round's
    sampled cases, then each case's answer to the finding's requirements), so the cost follows
    the findings shown and not every answer given to those requirements in any forløb.
    """
    ids = [row.id for row in rows if row.round_id is not None]
    figures: dict[uuid.UUID, tuple[int, int]] = {}
    for start in range(0, len(ids), 500):
        for finding_id, shown, assessed in session.execute(
            select(
                Finding.id,
                func.count(
                    distinct(case((Assessment.answer.in_(SHOWING), Assessment.sampled_case_id)))
                ),
                func.count(
                    distinct(case((Assessment.answer.in_(ASSESSED), Assessment.sampled_case_id)))
                ),
            )
            .join(
                FindingCriterion,
                (FindingCriterion.finding_id == Finding.id) & FindingCriterion.deleted_at.is_(None),
            )
            .join(
                ReviewRound,
                (ReviewRound.id == Finding.round_id) & ReviewRound.deleted_at.is_(None),
            )
            .join(
                SampledCase,
                (SampledCase.round_id == ReviewRound.id)
                & (SampledCase.status == SampledCaseStatus.ACTIVE)
                & SampledCase.deleted_at.is_(None),
            )
            .join(
                Assessment,
                (Assessment.sampled_case_id == SampledCase.id)
                & (Assessment.criterion_id == FindingCriterion.criterion_id)
                & Assessment.deleted_at.is_(None),
            )
            .where(Finding.id.in_(ids[start : start + 500]), Assessment.answer.is_not(None))
            .group_by(Finding.id)
            # The findings are live (loaded by the caller); liveness of what they own is
            # checked above row by row, instead of the global filter's IN lists of every live
            # sampled case, which make SQLite walk all of them for each finding.
            .execution_options(include_deleted=True)
        ):
            figures[finding_id] = (shown, assessed)
    return figures


def _apply_recommendation(row: Recommendation, draft: RecommendationDraft) -> None:
    row.text = draft.text
    row.owner = draft.owner
    row.due_on = draft.due_on
    row.finding_id = draft.finding_id
    row.milestone_id = draft.milestone_id


def _due_warnings(engagement: Engagement, due: date | None) -> tuple[Notice, ...]:
    end = engagement.planned_end_date
    if due is None or end is None or due <= end:
        return ()
    return (
        Notice(
            "recommendation.due_after_end",
            (("due", due.strftime("%d-%m-%Y")), ("end", end.strftime("%d-%m-%Y"))),
        ),
    )


def _with_warnings(view: RecommendationView, warnings: tuple[Notice, ...]) -> RecommendationView:
    from dataclasses import replace

    return replace(view, warnings=warnings)


def _initials(session: Session, ids: set[uuid.UUID | None]) -> dict[uuid.UUID | None, str]:
    wanted = [i for i in ids if i is not None]
    if not wanted:
        return {}
    return dict(
        session.execute(
            select(Consultant.id, Consultant.initials).where(Consultant.id.in_(wanted))
        ).all()
    )
