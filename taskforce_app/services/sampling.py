"""Drawing a round's sample from the imported case list, and replacing drawn cases."""

from __future__ import annotations

import dataclasses
import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from taskforce_app.domain.changes import Changes, Entity
from taskforce_app.domain.enums import SampledCaseStatus, SamplingMethod
from taskforce_app.domain.errors import ValidationError
from taskforce_app.domain.sampling import (
    DEFAULT_MINIMUM_PER_STRATUM,
    SampleDraw,
    SampleRequest,
    SampleUnit,
    draw_sample,
    next_replacement,
)
from taskforce_app.persistence.database import Database
from taskforce_app.persistence.models import (
    Assessment,
    Case,
    CaseListImport,
    ReviewRound,
    SampledCase,
)
from taskforce_app.persistence.types import utc_now
from taskforce_app.services.review import _round, _sampled, _unlocked_round

STRATA_FIELDS = ("case_type", "measure")


@dataclass(frozen=True, slots=True)
class SampleResult:
    """The draw and whether it was stored."""

    draw: SampleDraw
    stored: bool
    sampled_by: str
    sampled_at: datetime | None


class SamplingService:
    """Use cases of sampling."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def draw(
        self, round_id: uuid.UUID, request: SampleRequest, *, dry_run: bool = False
    ) -> tuple[SampleResult, Changes]:
        """Draw the round's sample from its forløb's case list; with `dry_run` nothing is stored.

        A systematic sample runs through the list in its own order (`systematic_list_order`),
        also when the old `systematic` is asked for: that method is only for redrawing old rounds.

        Raises:
            ValidationError: the round is locked or already has answers, the request is invalid
                (see `draw_sample`), or the stratification field is unknown.
        """
        if request.stratify_by not in STRATA_FIELDS:
            raise ValidationError("sampling.bad_stratum_field", value=request.stratify_by)
        request = dataclasses.replace(request, method=request.method.for_new_draw)
        with self._db.write() as session:
            row = _unlocked_round(session, round_id)
            strata = request.stratify_by if request.method is SamplingMethod.STRATIFIED else None
            import_id = _latest_import(session, row.engagement_id)
            population = _population(session, row.engagement_id, strata, import_id)
            draw = draw_sample(
                population,
                seed=request.seed,
                method=request.method,
                size=request.size,
                minimum_per_stratum=request.minimum_per_stratum,
            )
            if dry_run:
                session.rollback()
                return SampleResult(draw, False, "", None), Changes()
            answered = session.scalar(
                select(func.count(func.distinct(SampledCase.id)))
                .join(Assessment, Assessment.sampled_case_id == SampledCase.id)
                .where(
                    SampledCase.round_id == round_id,
                    Assessment.answer.is_not(None),
                )
            )
            if answered:
                raise ValidationError("sampling.already_assessed", count=answered)
            _store(session, row, draw, request, import_id)
            actor = str(session.info.get("actor", ""))
            row.sampled_by = actor
            row.sampled_at = utc_now()
            result = SampleResult(draw, True, actor, row.sampled_at)
            engagement_id = row.engagement_id
        return result, Changes.of(Entity.REVIEW, round_id, engagement_id)

    def replace(self, sampled_case_id: uuid.UUID, reason: str) -> tuple[str, Changes]:
        """Replace a drawn case (file missing, out of scope …) by the next case of the seeded
        sequence; the reason is kept. Returns the new case reference."""
        reason = reason.strip()
        if not reason:
            raise ValidationError("review.reason_required")
        with self._db.write() as session:
            sampled = _sampled(session, sampled_case_id)
            row = _unlocked_round(session, sampled.round_id)
            if row.sampling_method is None:
                raise ValidationError("sampling.no_sample")
            if sampled.status is not SampledCaseStatus.ACTIVE:
                raise ValidationError("sampling.already_replaced")
            stored_strata = row.sampling_parameters.get("stratify_by")
            stored_import = row.sampling_parameters.get("case_list_import")
            population = _population(
                session,
                row.engagement_id,
                stored_strata if isinstance(stored_strata, str) else None,
                uuid.UUID(stored_import) if isinstance(stored_import, str) else None,
            )
            draw = draw_sample(
                population,
                seed=row.seed,
                method=row.sampling_method,
                size=row.sample_size,
                minimum_per_stratum=_stored_minimum(row.sampling_parameters),
            )
            if draw.population_fingerprint != row.population_fingerprint:
                raise ValidationError("sampling.population_changed")
            used = {
                ref
                for (ref,) in session.execute(
                    select(Case.case_ref)
                    .join(SampledCase, SampledCase.case_id == Case.id)
                    .where(SampledCase.round_id == row.id)
                )
            }
            replaced_case = session.get(Case, sampled.case_id)
            assert replaced_case is not None
            new_ref = next_replacement(draw, population, replaced_case.case_ref, used)
            new_case = session.scalars(
                select(Case).where(
                    Case.engagement_id == row.engagement_id, Case.case_ref == new_ref
                )
            ).one()
            position = (
                session.scalar(
                    select(func.max(SampledCase.position)).where(SampledCase.round_id == row.id)
                )
                or 0
            ) + 1
            replacement = SampledCase(
                id=uuid.uuid4(),
                round_id=row.id,
                case_id=new_case.id,
                position=position,
                status=SampledCaseStatus.ACTIVE,
                **key_dates_from_list(new_case),
            )
            session.add(replacement)
            session.flush()
            sampled.status = SampledCaseStatus.REPLACED
            sampled.replacement_reason = reason
            sampled.replaced_by_id = replacement.id
            engagement_id = row.engagement_id
        return new_ref, Changes.of(Entity.REVIEW, sampled_case_id, engagement_id)

    def population_size(self, round_id: uuid.UUID) -> int:
        """How many cases the list a new draw of the round would use holds (the newest)."""
        with self._db.read() as session:
            row = _round(session, round_id)
            import_id = _latest_import(session, row.engagement_id)
            return len(_population(session, row.engagement_id, None, import_id))


def _stored_minimum(parameters: dict[str, object]) -> int:
    """The minimum per stratum a draw was made with (0 is a valid minimum)."""
    value = parameters.get("minimum_per_stratum")
    return DEFAULT_MINIMUM_PER_STRATUM if value is None else int(str(value))


def _latest_import(session: Session, engagement_id: uuid.UUID) -> uuid.UUID | None:
    """The forløb's newest case list: a round draws from the list it was given for."""
    return session.scalars(
        select(CaseListImport.id)
        .where(CaseListImport.engagement_id == engagement_id)
        .order_by(CaseListImport.imported_at.desc())
    ).first()


def _population(
    session: Session,
    engagement_id: uuid.UUID,
    stratify_by: str | None,
    import_id: uuid.UUID | None,
) -> list[SampleUnit]:
    """The cases of one case list (all of the forløb's without one) as sampling units with
    their row in the list; the stratum only for stratified sampling."""
    column = Case.case_type if stratify_by == "case_type" else Case.measure
    query = select(Case.case_ref, column, Case.list_row).where(Case.engagement_id == engagement_id)
    if import_id is not None:
        query = query.where(Case.import_id == import_id)
    return [
        SampleUnit(ref, (stratum or "") if stratify_by is not None else "", list_row or 0)
        for ref, stratum, list_row in session.execute(query)
    ]


def _store(
    session: Session,
    row: ReviewRound,
    draw: SampleDraw,
    request: SampleRequest,
    import_id: uuid.UUID | None,
) -> None:
    cases = {
        case.case_ref: case
        for case in session.scalars(
            select(Case).where(
                Case.engagement_id == row.engagement_id, Case.case_ref.in_(draw.case_refs)
            )
        )
    }
    existing = {
        sampled.case_id: sampled
        for sampled in session.scalars(
            select(SampledCase)
            .where(SampledCase.round_id == row.id)
            .execution_options(include_deleted=True)
        )
    }
    drawn_ids = set()
    for position, ref in enumerate(draw.case_refs, start=1):
        case = cases[ref]
        case_id = case.id
        drawn_ids.add(case_id)
        sampled = existing.get(case_id)
        if sampled is None:
            session.add(
                SampledCase(
                    id=uuid.uuid4(),
                    round_id=row.id,
                    case_id=case_id,
                    position=position,
                    status=SampledCaseStatus.ACTIVE,
                    **key_dates_from_list(case),
                )
            )
        else:
            sampled.deleted_at = None
            sampled.position = position
            sampled.status = SampledCaseStatus.ACTIVE
            sampled.replacement_reason = ""
            sampled.replaced_by_id = None
    now = utc_now()
    for case_id, sampled in existing.items():
        if case_id not in drawn_ids and sampled.deleted_at is None:
            sampled.deleted_at = now
    row.sampling_method = draw.method
    row.sampling_parameters = {
        **draw.parameters,
        "stratify_by": request.stratify_by if draw.method is SamplingMethod.STRATIFIED else None,
        "case_list_import": None if import_id is None else str(import_id),
    }
    row.sample_size = draw.requested_size
    row.seed = draw.seed
    row.population_fingerprint = draw.population_fingerprint
    row.population_size = draw.population_size


def key_dates_from_list(case: Case) -> dict[str, Any]:
    """The key dates a newly sampled case starts with, taken from its row of the case list.

    The reviewer confirms or corrects them. The list holds the notification as a day only, so
    it pre-fills when the municipality became aware (the earliest of the notification and the
    awareness dates, the BFU deadline's anchor); the time of receipt is left to the reviewer.
    """
    aware = [day for day in (case.notified_on, case.aware_on) if day is not None]
    return {
        "notification_aware_on": min(aware) if aware else None,
        "investigation_started_on": case.investigation_started_on,
        "investigation_completed_on": case.investigation_completed_on,
        "decision_on": case.decided_on,
        "decision_basis": case.legal_basis[:60],
        "measure_started_on": case.measure_started_on,
        "measure_ended_on": case.measure_ended_on,
        "plan_on": case.plan_on,
    }
