"""Review rounds: create, choose criteria sets, record key dates and answers, sign off."""

from __future__ import annotations

import uuid
from collections import Counter
from dataclasses import fields
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from taskforce_app.domain.changes import Changes, Entity
from taskforce_app.domain.criteria import (
    CriteriaSetSpec,
    CriterionSpec,
    choose_legal_set,
    legal_set_on,
)
from taskforce_app.domain.deadline_rules import CaseKeyDates, suggest_for_criterion
from taskforce_app.domain.enums import Answer, RoundKind, RoundStatus, SampledCaseStatus, Track
from taskforce_app.domain.errors import NotFoundError, ValidationError
from taskforce_app.domain.review import (
    AnswerDraft,
    AssessmentView,
    CaseSuggestions,
    CriterionSuggestion,
    CriterionView,
    KeyDates,
    RoundView,
    SampledCaseView,
)
from taskforce_app.persistence.database import Database
from taskforce_app.persistence.models import (
    Assessment,
    Case,
    Consultant,
    CriteriaSet,
    Criterion,
    ReviewRound,
    SampledCase,
)
from taskforce_app.persistence.types import utc_now
from taskforce_app.services._rows import load, load_engagement
from taskforce_app.services.criteria import (
    criterion_id,
    load_criteria_sets,
    stored_criteria_set_id,
)

ROUND_NAMES = {RoundKind.ANALYSE: "Analyse", RoundKind.STATUSMAALING: "Statusmåling"}


class ReviewService:
    """Use cases of the case review."""

    def __init__(self, db: Database) -> None:
        self._db = db

    # -- rounds -----------------------------------------------------------------------------

    def rounds(self, engagement_id: uuid.UUID) -> list[RoundView]:
        """A forløb's review rounds, oldest first."""
        with self._db.read() as session:
            load_engagement(session, engagement_id)
            rows = session.scalars(
                select(ReviewRound)
                .where(ReviewRound.engagement_id == engagement_id)
                .order_by(ReviewRound.created_at)
            ).all()
            return [_round_view(session, row) for row in rows]

    def get_round(self, round_id: uuid.UUID) -> RoundView:
        """One round."""
        with self._db.read() as session:
            return _round_view(session, _round(session, round_id))

    def create_round(
        self,
        engagement_id: uuid.UUID,
        kind: RoundKind,
        name: str = "",
        *,
        legal_set_key: str | None = None,
        copy_from: uuid.UUID | None = None,
        cut_off: date | None = None,
    ) -> tuple[RoundView, Changes]:
        """Add a round. The juridisk set is chosen from the case decision dates unless given
        (each case is still judged by the law in force on its own decision date); `copy_from`
        copies another round's setup (sets, method, parameters, size; no answers); `cut_off` is
        the date the review looks at."""
        with self._db.write() as session:
            load_engagement(session, engagement_id)
            row = ReviewRound(
                id=uuid.uuid4(),
                engagement_id=engagement_id,
                kind=kind,
                name=name.strip() or ROUND_NAMES.get(kind, "Gennemgang"),
                status=RoundStatus.OPEN,
                cut_off_on=cut_off,
            )
            if copy_from is not None:
                source = _round(session, copy_from)
                row.legal_criteria_set_id = source.legal_criteria_set_id
                row.social_criteria_set_id = source.social_criteria_set_id
                row.sampling_method = source.sampling_method
                row.sampling_parameters = dict(source.sampling_parameters)
                row.sample_size = source.sample_size
            else:
                row.legal_criteria_set_id = _legal_set_id(session, engagement_id, legal_set_key)
                row.social_criteria_set_id = _social_set_id(session)
            session.add(row)
            session.flush()
            view = _round_view(session, row)
        return view, Changes.of(Entity.REVIEW, view.id, engagement_id)

    def set_cut_off(self, round_id: uuid.UUID, cut_off: date | None) -> Changes:
        """Set the date the review looks at (follow-ups and visits are counted up to it)."""
        with self._db.write() as session:
            row = _unlocked_round(session, round_id)
            row.cut_off_on = cut_off
            engagement_id = row.engagement_id
        return Changes.of(Entity.REVIEW, round_id, engagement_id)

    def set_legal_set(self, round_id: uuid.UUID, legal_set_key: str) -> Changes:
        """Override the juridisk criteria set chosen from the dates (before any answer)."""
        with self._db.write() as session:
            row = _unlocked_round(session, round_id)
            answered = session.scalar(
                select(func.count())
                .select_from(Assessment)
                .join(SampledCase, Assessment.sampled_case_id == SampledCase.id)
                .where(
                    SampledCase.round_id == round_id,
                    Assessment.answer.is_not(None),
                )
            )
            if answered:
                raise ValidationError("review.set_has_answers", count=answered)
            row.legal_criteria_set_id = _legal_set_id(session, row.engagement_id, legal_set_key)
            engagement_id = row.engagement_id
        return Changes.of(Entity.REVIEW, round_id, engagement_id)

    # -- the shipped criteria sets --------------------------------------------------------------

    def criteria_sets(self) -> list[CriteriaSetSpec]:
        """The criteria sets shipped with the program (every version)."""
        return load_criteria_sets()

    def criterion_specs(self) -> dict[uuid.UUID, tuple[str, CriterionSpec]]:
        """Each criterion's id mapped to its set's key and its shipped spec (topic, scale …)."""
        return {
            criterion_id(spec.key, spec.version, item.code): (spec.key, item)
            for spec in load_criteria_sets()
            for item in spec.criteria
        }

    # -- the review screen -------------------------------------------------------------------

    def criteria(self, round_id: uuid.UUID) -> list[CriterionView]:
        """The round's requirements (juridisk set first) and quality points (socialfaglig)."""
        with self._db.read() as session:
            row = _round(session, round_id)
            return _criteria(session, row)

    def case_criteria(self, sampled_case_id: uuid.UUID) -> list[CriterionView]:
        """The requirements of one case (its own law's juridisk set) and the quality points."""
        with self._db.read() as session:
            sampled = _sampled(session, sampled_case_id)
            row = _round(session, sampled.round_id)
            return _criteria(session, row, _case_set_id(session, row, sampled))

    def suggestions(self, round_id: uuid.UUID) -> list[CaseSuggestions]:
        """For every sampled case (draw order, replaced cases left out): its law and the
        computed suggestion per juridisk criterion, as of the round's cut-off date."""
        specs = load_criteria_sets()
        with self._db.read() as session:
            row = _round(session, round_id)
            pairs = session.execute(
                select(SampledCase, Case)
                .join(Case, SampledCase.case_id == Case.id)
                .where(
                    SampledCase.round_id == round_id,
                    SampledCase.status == SampledCaseStatus.ACTIVE,
                )
                .order_by(SampledCase.position)
            ).all()
            return [_suggestions(session, row, sampled, case, specs) for sampled, case in pairs]

    def case_suggestions(self, sampled_case_id: uuid.UUID) -> CaseSuggestions:
        """One case's law and computed suggestions (what `suggestions` gives for it)."""
        specs = load_criteria_sets()
        with self._db.read() as session:
            sampled = _sampled(session, sampled_case_id)
            case = session.get(Case, sampled.case_id)
            assert case is not None
            return _suggestions(session, _round(session, sampled.round_id), sampled, case, specs)

    def sampled_cases(self, round_id: uuid.UUID) -> list[SampledCaseView]:
        """The round's sample in draw order, replaced cases included (marked)."""
        with self._db.read() as session:
            row = _round(session, round_id)
            counts: dict[uuid.UUID | None, int] = {}
            answered = Counter(
                sampled_id
                for (sampled_id,) in session.execute(
                    select(Assessment.sampled_case_id)
                    .join(SampledCase, Assessment.sampled_case_id == SampledCase.id)
                    .where(
                        SampledCase.round_id == round_id,
                        Assessment.answer.is_not(None),
                    )
                )
            )
            pairs = session.execute(
                select(SampledCase, Case)
                .join(Case, SampledCase.case_id == Case.id)
                .where(SampledCase.round_id == round_id)
                .order_by(SampledCase.position)
            ).all()
            views = []
            for sampled, case in pairs:
                set_id = _case_set_id(session, row, sampled)
                if set_id not in counts:
                    counts[set_id] = len(_criteria(session, row, set_id))
                views.append(
                    _sampled_view(sampled, case, answered.get(sampled.id, 0), counts[set_id])
                )
            return views

    def assessments(self, sampled_case_id: uuid.UUID) -> list[AssessmentView]:
        """The stored answers of one sampled case."""
        with self._db.read() as session:
            rows = session.execute(
                select(Assessment, Consultant.initials)
                .outerjoin(Consultant, Assessment.assessed_by_id == Consultant.id)
                .where(
                    Assessment.sampled_case_id == sampled_case_id,
                )
            ).all()
            return [
                AssessmentView(
                    row.sampled_case_id,
                    row.criterion_id,
                    row.answer,
                    row.suggested_answer,
                    row.reason,
                    row.note,
                    initials or "",
                )
                for row, initials in rows
            ]

    def set_key_dates(self, sampled_case_id: uuid.UUID, dates: KeyDates) -> Changes:
        """Record the case's key dates (the deadline suggestions are computed from them)."""
        clean = dates.validated()
        with self._db.write() as session:
            sampled = _sampled(session, sampled_case_id)
            _unlocked_round(session, sampled.round_id)
            _store_key_dates(sampled, clean)
            row = _round(session, sampled.round_id)
            sampled.legal_criteria_set_id = None
            sampled.legal_criteria_set_id = _case_set_id(session, row, sampled)
        return Changes.of(Entity.REVIEW, sampled_case_id)

    def set_answer(
        self,
        sampled_case_id: uuid.UUID,
        criterion_id: uuid.UUID,
        draft: AnswerDraft,
        *,
        suggested: Answer | None = None,
        reviewer_id: uuid.UUID | None = None,
    ) -> tuple[AssessmentView, Changes]:
        """Store one answer (and the deadline suggestion it was checked against).

        Raises:
            ValidationError: the round is locked, the answer is off the scale, Ikke relevant
                without a reason, or an override of a suggestion without a reason.
        """
        with self._db.write() as session:  # the nested `set_answers` joins this transaction
            if reviewer_id is None:
                reviewer_id = _acting_id(session)
            self.set_answers(
                sampled_case_id, [(criterion_id, draft, suggested)], reviewer_id=reviewer_id
            )
            row = session.scalars(
                select(Assessment).where(
                    Assessment.sampled_case_id == sampled_case_id,
                    Assessment.criterion_id == criterion_id,
                )
            ).one()
            initials = ""
            if reviewer_id is not None:
                person = session.get(Consultant, reviewer_id)
                initials = person.initials if person is not None else ""
            view = AssessmentView(
                sampled_case_id, criterion_id, row.answer, suggested, row.reason, row.note, initials
            )
        return view, Changes.of(Entity.REVIEW, sampled_case_id)

    def set_answers(
        self,
        sampled_case_id: uuid.UUID,
        answers: list[tuple[uuid.UUID, AnswerDraft, Answer | None]],
        *,
        reviewer_id: uuid.UUID | None = None,
    ) -> Changes:
        """Store several answers of one case in one transaction, each checked as `set_answer`
        checks it; `answers` holds (criterion id, draft, deadline suggestion) per answer. The
        reviewer is `reviewer_id`, else the consultant working in the program.

        Raises:
            ValidationError: as `set_answer`; then none of the answers is stored.
        """
        with self._db.write() as session:
            if reviewer_id is None:
                reviewer_id = _acting_id(session)
            sampled = _sampled(session, sampled_case_id)
            _pin_law(session, _unlocked_round(session, sampled.round_id), sampled)
            tracks = {
                item_id: track
                for item_id, track in session.execute(
                    select(Criterion.id, CriteriaSet.track)
                    .join(CriteriaSet, Criterion.criteria_set_id == CriteriaSet.id)
                    .where(Criterion.id.in_([item_id for item_id, _, _ in answers]))
                )
            }
            existing = {
                row.criterion_id: row
                for row in session.scalars(
                    select(Assessment)
                    .where(Assessment.sampled_case_id == sampled_case_id)
                    .execution_options(include_deleted=True)
                )
            }
            now = utc_now()
            for item_id, draft, suggested in answers:
                track = tracks.get(item_id)
                if track is None:
                    raise NotFoundError("review.case_not_found")
                clean = draft.validated(track, suggested)
                row = existing.get(item_id)
                if row is None:
                    row = Assessment(
                        id=uuid.uuid4(), sampled_case_id=sampled_case_id, criterion_id=item_id
                    )
                    session.add(row)
                    existing[item_id] = row
                row.deleted_at = None
                row.answer = clean.answer
                row.suggested_answer = suggested
                row.reason = clean.reason
                row.note = clean.note
                row.assessed_by_id = reviewer_id
                row.assessed_at = now
        return Changes.of(Entity.REVIEW, sampled_case_id)

    # -- ready for the report, sign-off ------------------------------------------------------

    def mark_ready_for_report(self, round_id: uuid.UUID) -> Changes:
        """Mark the round klar til rapport; refused while review notes on it are open."""
        from taskforce_app.services.findings import open_notes_for_round

        with self._db.write() as session:
            row = _round(session, round_id)
            if row.status is RoundStatus.SIGNED_OFF:
                raise ValidationError("review.ready_after_sign_off")
            count = open_notes_for_round(session, round_id)
            if count:
                raise ValidationError("review.open_notes", count=count)
            row.status = RoundStatus.READY_FOR_REPORT
            engagement_id = row.engagement_id
        return Changes.of(Entity.REVIEW, round_id, engagement_id)

    def reopen(self, round_id: uuid.UUID) -> Changes:
        """Take a round that was klar til rapport back to work."""
        with self._db.write() as session:
            row = _unlocked_round(session, round_id)
            row.status = RoundStatus.OPEN
            engagement_id = row.engagement_id
        return Changes.of(Entity.REVIEW, round_id, engagement_id)

    def sign_off(self, round_id: uuid.UUID, consultant_id: uuid.UUID | None = None) -> Changes:
        """Lock a complete round, signed off by the consultant working in the program (or, where
        nobody is, e.g. the CLI's demo, by `consultant_id`); the signer must not be one of its
        reviewers.

        Raises:
            ValidationError: nobody to sign, a signature in another consultant's name than the
                one working, the signer reviewed a case of the round, or the round is incomplete.
        """
        with self._db.write() as session:
            consultant_id = _signer(session, consultant_id, "review.sign_off_needs_consultant")
            row = _unlocked_round(session, round_id)
            view = _round_view(session, row)
            if view.answered < view.expected or view.expected == 0:
                raise ValidationError("review.not_complete", value=view.expected - view.answered)
            reviewers = set(
                session.scalars(
                    select(Assessment.assessed_by_id)
                    .join(SampledCase, Assessment.sampled_case_id == SampledCase.id)
                    .where(SampledCase.round_id == round_id)
                )
            )
            if consultant_id in reviewers:
                person = session.get(Consultant, consultant_id)
                raise ValidationError(
                    "review.sign_off_by_reviewer", value=person.initials if person else "?"
                )
            row.status = RoundStatus.SIGNED_OFF
            row.signed_off_by_id = consultant_id
            row.signed_off_at = utc_now()
            row.lock_log = [
                *row.lock_log,
                {"action": "sign_off", "by": str(consultant_id), "at": utc_now().isoformat()},
            ]
            engagement_id = row.engagement_id
        return Changes.of(Entity.REVIEW, round_id, engagement_id)

    def unlock(self, round_id: uuid.UUID, consultant_id: uuid.UUID | None, reason: str) -> Changes:
        """Unlock a signed-off round, by the consultant working in the program (or
        `consultant_id` where nobody is); the reason is logged."""
        if not reason.strip():
            raise ValidationError("review.unlock_needs_reason")
        with self._db.write() as session:
            consultant_id = _signer(session, consultant_id, "review.unlock_needs_consultant")
            row = _round(session, round_id)
            row.status = RoundStatus.OPEN
            row.lock_log = [
                *row.lock_log,
                {
                    "action": "unlock",
                    "by": str(consultant_id),
                    "at": utc_now().isoformat(),
                    "reason": reason.strip(),
                },
            ]
            row.signed_off_by_id = None
            row.signed_off_at = None
            engagement_id = row.engagement_id
        return Changes.of(Entity.REVIEW, round_id, engagement_id)


def _acting_id(session: Session) -> uuid.UUID | None:
    """The consultant working in the program (the unit of work carries it), if any."""
    value = session.info.get("actor_id")
    return value if isinstance(value, uuid.UUID) else None


def _signer(session: Session, named: uuid.UUID | None, missing: str) -> uuid.UUID:
    """Who signs: the consultant working in the program, as themselves; `named` only where
    nobody is working (the CLI, the demo). A signature in another's name is refused."""
    acting = _acting_id(session)
    if acting is not None and named is not None and named != acting:
        person = session.get(Consultant, acting)
        raise ValidationError(
            "review.sign_as_yourself", value=person.initials if person is not None else "?"
        )
    signer = acting if acting is not None else named
    if signer is None:
        raise ValidationError(missing)
    return signer


def _legal_set_id(session: Session, engagement_id: uuid.UUID, key: str | None) -> uuid.UUID:
    specs = load_criteria_sets()
    legal = [spec for spec in specs if spec.track is Track.JURIDISK]
    if key is not None:
        chosen = [spec for spec in legal if spec.key == key]
        if not chosen:
            raise ValidationError("review.unknown_criteria_set", value=key)
        spec = max(chosen, key=lambda item: item.version)
    else:
        decisions: list[date | None] = list(
            session.scalars(select(Case.decided_on).where(Case.engagement_id == engagement_id))
        )
        spec = choose_legal_set(decisions, legal)
    return stored_criteria_set_id(session, spec.key, spec.version)


def _social_set_id(session: Session) -> uuid.UUID | None:
    social = [spec for spec in load_criteria_sets() if spec.track is Track.SOCIALFAGLIG]
    if not social:
        return None
    spec = max(social, key=lambda item: item.version)
    return stored_criteria_set_id(session, spec.key, spec.version)


def _case_set_id(session: Session, row: ReviewRound, sampled: SampledCase) -> uuid.UUID | None:
    """The juridisk set `sampled` is judged by: the one pinned on it, else the set of the law in
    force on its decision date (else its notification, else the case list's decision date),
    in the round's version when it is the round's law, else that set's newest version."""
    if sampled.legal_criteria_set_id is not None:
        return sampled.legal_criteria_set_id
    case = session.get(Case, sampled.case_id)
    day = _key_dates(sampled).law_day
    if day is None and case is not None:
        day = case.decided_on or case.opened_on
    legal = [spec for spec in load_criteria_sets() if spec.track is Track.JURIDISK]
    round_set = (
        session.get(CriteriaSet, row.legal_criteria_set_id) if row.legal_criteria_set_id else None
    )
    try:
        spec = legal_set_on(day, legal) if day is not None else None
    except ValueError:
        spec = None
    if spec is None or (round_set is not None and round_set.key == spec.key):
        return row.legal_criteria_set_id
    newest = max((item for item in legal if item.key == spec.key), key=lambda item: item.version)
    return stored_criteria_set_id(session, newest.key, newest.version)


def _pin_law(session: Session, row: ReviewRound, sampled: SampledCase) -> None:
    """Keep the set a case is answered under, so a newer version never replaces it."""
    if sampled.legal_criteria_set_id is None:
        sampled.legal_criteria_set_id = _case_set_id(session, row, sampled)


def _key_dates(sampled: SampledCase) -> CaseKeyDates:
    return CaseKeyDates.of(_stored_key_dates(sampled))


_DATE_LISTS = frozenset({"follow_up_dates", "supervision_visits"})
"""The key dates stored as lists of ISO dates (JSON columns)."""


def _stored_key_dates(sampled: SampledCase) -> KeyDates:
    """The case's key dates as stored, the date lists read back in order."""
    values: dict[str, Any] = {item.name: getattr(sampled, item.name) for item in fields(KeyDates)}
    for name in _DATE_LISTS:
        values[name] = tuple(sorted(date.fromisoformat(day) for day in values[name]))
    return KeyDates(**values)


def _store_key_dates(sampled: SampledCase, dates: KeyDates) -> None:
    """Write `dates` (validated) onto the case, the date lists as ISO dates."""
    for item in fields(KeyDates):
        value = getattr(dates, item.name)
        if item.name in _DATE_LISTS:
            value = [day.isoformat() for day in value]
        setattr(sampled, item.name, value)


def _suggestions(
    session: Session,
    row: ReviewRound,
    sampled: SampledCase,
    case: Case,
    specs: list[CriteriaSetSpec],
) -> CaseSuggestions:
    set_id = _case_set_id(session, row, sampled)
    stored = session.get(CriteriaSet, set_id) if set_id is not None else None
    spec = next(
        (
            item
            for item in specs
            if stored is not None and (item.key, item.version) == (stored.key, stored.version)
        ),
        None,
    )
    if spec is None and stored is not None:
        spec = max(
            (item for item in specs if item.key == stored.key),
            key=lambda item: item.version,
            default=None,
        )
    dates = _key_dates(sampled)
    items: list[CriterionSuggestion] = []
    if stored is not None and spec is not None:
        ids = {
            code: item_id
            for item_id, code in session.execute(
                select(Criterion.id, Criterion.code).where(Criterion.criteria_set_id == stored.id)
            )
        }
        for item in spec.criteria:
            if item.code not in ids:
                continue
            check = suggest_for_criterion(
                item, dates, set_key=spec.key, as_of=row.cut_off_on, period_end=spec.valid_to
            )
            items.append(CriterionSuggestion(ids[item.code], item.code, item.topic, check))
    return CaseSuggestions(
        sampled_case_id=sampled.id,
        case_ref=case.case_ref,
        law=stored.key if stored is not None else "",
        criteria_set=stored.name if stored is not None else "",
        criteria=tuple(items),
    )


def _criteria(
    session: Session, row: ReviewRound, legal_set_id: uuid.UUID | None = None
) -> list[CriterionView]:
    views: list[CriterionView] = []
    legal = legal_set_id if legal_set_id is not None else row.legal_criteria_set_id
    for set_id in (legal, row.social_criteria_set_id):
        if set_id is None:
            continue
        criteria_set = session.get(CriteriaSet, set_id)
        if criteria_set is None:
            continue
        for item in session.scalars(
            select(Criterion)
            .where(Criterion.criteria_set_id == set_id)
            .order_by(Criterion.sort_order)
        ):
            views.append(
                CriterionView(
                    item.id,
                    item.code,
                    criteria_set.track,
                    item.pejlemaerke,
                    item.provision,
                    item.question,
                    item.guidance,
                    item.applies_when,
                    item.deadline_rule,
                    item.benchmark_key,
                    item.sort_order,
                )
            )
    return views


def _round_view(session: Session, row: ReviewRound) -> RoundView:
    names = {
        set_id: name
        for set_id, name in session.execute(
            select(CriteriaSet.id, CriteriaSet.name).where(
                CriteriaSet.id.in_(
                    [i for i in (row.legal_criteria_set_id, row.social_criteria_set_id) if i]
                )
            )
        )
    }
    active_cases = session.scalars(
        select(SampledCase).where(
            SampledCase.round_id == row.id,
            SampledCase.status == SampledCaseStatus.ACTIVE,
        )
    ).all()
    active = len(active_cases)
    counts: dict[uuid.UUID | None, int] = {}
    expected = 0
    for sampled in active_cases:
        set_id = _case_set_id(session, row, sampled)
        if set_id not in counts:
            counts[set_id] = len(_criteria(session, row, set_id))
        expected += counts[set_id]
    answered = session.scalar(
        select(func.count())
        .select_from(Assessment)
        .join(SampledCase, Assessment.sampled_case_id == SampledCase.id)
        .where(
            SampledCase.round_id == row.id,
            SampledCase.status == SampledCaseStatus.ACTIVE,
            Assessment.answer.is_not(None),
        )
    )
    signer = session.get(Consultant, row.signed_off_by_id) if row.signed_off_by_id else None
    return RoundView(
        id=row.id,
        engagement_id=row.engagement_id,
        kind=row.kind,
        name=row.name,
        status=row.status,
        legal_set_name=names.get(row.legal_criteria_set_id, "")
        if row.legal_criteria_set_id
        else "",
        social_set_name=names.get(row.social_criteria_set_id, "")
        if row.social_criteria_set_id
        else "",
        sampling_method=row.sampling_method,
        sampling_parameters=dict(row.sampling_parameters),
        sample_size=row.sample_size,
        seed=row.seed,
        population_fingerprint=row.population_fingerprint,
        population_size=row.population_size,
        sampled_by=row.sampled_by,
        sampled_at=row.sampled_at,
        sampled_cases=int(active or 0),
        answered=int(answered or 0),
        expected=expected,
        cut_off_on=row.cut_off_on,
        signed_off_by=signer.initials if signer else "",
        signed_off_at=row.signed_off_at,
    )


def _sampled_view(
    sampled: SampledCase, case: Case, answered: int, expected: int
) -> SampledCaseView:
    return SampledCaseView(
        id=sampled.id,
        case_id=case.id,
        case_ref=case.case_ref,
        position=sampled.position,
        status=sampled.status,
        replacement_reason=sampled.replacement_reason,
        case_type=case.case_type,
        measure=case.measure,
        decided_on=case.decided_on,
        key_dates=_stored_key_dates(sampled),
        answered=answered,
        expected=expected,
    )


def _round(session: Session, round_id: uuid.UUID) -> ReviewRound:
    return load(session, ReviewRound, round_id, "review.round_not_found")


def _unlocked_round(session: Session, round_id: uuid.UUID) -> ReviewRound:
    row = _round(session, round_id)
    if row.status is RoundStatus.SIGNED_OFF:
        raise ValidationError("review.round_locked")
    return row


def _sampled(session: Session, sampled_case_id: uuid.UUID) -> SampledCase:
    return load(session, SampledCase, sampled_case_id, "review.case_not_found")
