"""Application rounds and applications: record, edit, decide; granting creates the forløb."""

from __future__ import annotations

import uuid
from datetime import date
from functools import cache

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from taskforce_app import paths
from taskforce_app.domain.applications import (
    ApplicationDetail,
    ApplicationDraft,
    Decision,
    RoundDraft,
    RoundSummary,
    Theme,
)
from taskforce_app.domain.changes import Changes, Entity
from taskforce_app.domain.engagements import default_planned_end
from taskforce_app.domain.enums import ApplicationDecision, Phase
from taskforce_app.domain.errors import NotFoundError, Notice, ValidationError
from taskforce_app.persistence.database import Database
from taskforce_app.persistence.models import (
    Application,
    ApplicationRound,
    Engagement,
    Municipality,
    PhasePeriod,
)
from taskforce_app.services._rows import load, set_deleted
from taskforce_app.services.milestones import add_plan
from taskforce_app.services.resources import read_json


@cache
def load_themes() -> tuple[Theme, ...]:
    """The themes a municipality can ask for help with (resources/reference/themes.json)."""
    data = read_json(paths.resources_dir() / "reference" / "themes.json")
    items = data.get("themes")
    if not isinstance(items, list):
        raise ValueError("themes.json: 'themes' must be a list")
    return tuple(
        Theme(key=str(i["key"]), label_da=str(i["da"]), label_en=str(i["en"])) for i in items
    )


class ApplicationService:
    """Use cases on application rounds and applications."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def themes(self) -> tuple[Theme, ...]:
        """The selectable themes."""
        return load_themes()

    def rounds(self) -> list[RoundSummary]:
        """Every round, newest deadline first, with its counts."""
        with self._db.read() as session:
            rows = session.scalars(
                select(ApplicationRound).options(selectinload(ApplicationRound.applications))
            ).all()
            summaries = [_round_summary(row) for row in rows]
        return sorted(summaries, key=lambda r: (r.deadline or date.min, r.name), reverse=True)

    def create_round(self, draft: RoundDraft) -> tuple[RoundSummary, Changes]:
        """Add a round."""
        clean = draft.validated()
        with self._db.write() as session:
            row = ApplicationRound(
                id=uuid.uuid4(), name=clean.name, deadline=clean.deadline, notes=clean.notes
            )
            row.applications = []
            session.add(row)
            session.flush()
            summary = _round_summary(row)
        return summary, Changes.of(Entity.APPLICATION, summary.id)

    def update_round(self, round_id: uuid.UUID, draft: RoundDraft) -> tuple[RoundSummary, Changes]:
        """Edit a round's name, deadline and notes."""
        clean = draft.validated()
        with self._db.write() as session:
            row = _load_round(session, round_id)
            row.name, row.deadline, row.notes = clean.name, clean.deadline, clean.notes
            session.flush()
            summary = _round_summary(row)
        return summary, Changes.of(Entity.APPLICATION, round_id)

    def applications(self, round_id: uuid.UUID | None = None) -> list[ApplicationDetail]:
        """The applications of one round (or all), by municipality."""
        with self._db.read() as session:
            query = (
                select(Application)
                .join(Application.municipality)
                .options(selectinload(Application.municipality), selectinload(Application.round))
                .order_by(Municipality.name)
            )
            if round_id is not None:
                query = query.where(Application.round_id == round_id)
            rows = session.scalars(query).all()
            links = _engagement_links(session, [row.id for row in rows])
            return [_detail(row, links.get(row.id)) for row in rows]

    def get(self, application_id: uuid.UUID) -> ApplicationDetail:
        """One application."""
        with self._db.read() as session:
            row = _load(session, application_id)
            return _detail(row, _engagement_links(session, [row.id]).get(row.id))

    def create(self, draft: ApplicationDraft) -> tuple[ApplicationDetail, Changes]:
        """Record an application; warns (without refusing) if the municipality has an active forløb.

        Raises:
            ValidationError: the municipality already applied in this round, or a field is wrong.
        """
        clean = draft.validated(frozenset(theme.key for theme in load_themes()))
        with self._db.write() as session:
            round_row = _load_round(session, clean.round_id)
            municipality = session.get(Municipality, clean.municipality_id)
            if municipality is None:
                raise NotFoundError("municipality.unknown", value=str(clean.municipality_id))
            _refuse_duplicate(session, clean, round_row, municipality, exclude=None)
            row = Application(id=uuid.uuid4())
            _apply(row, clean)
            session.add(row)
            session.flush()
            session.refresh(row)
            warnings = _active_engagement_warnings(session, municipality)
            detail = _detail(row, None, warnings)
        return detail, Changes.of(Entity.APPLICATION, detail.id)

    def update(
        self, application_id: uuid.UUID, draft: ApplicationDraft
    ) -> tuple[ApplicationDetail, Changes]:
        """Save edited fields of an application."""
        clean = draft.validated(frozenset(theme.key for theme in load_themes()))
        with self._db.write() as session:
            row = _load(session, application_id)
            round_row = _load_round(session, clean.round_id)
            municipality = session.get(Municipality, clean.municipality_id)
            if municipality is None:
                raise NotFoundError("municipality.unknown", value=str(clean.municipality_id))
            _refuse_duplicate(session, clean, round_row, municipality, exclude=application_id)
            _apply(row, clean)
            session.flush()
            session.refresh(row)
            detail = _detail(row, _engagement_links(session, [row.id]).get(row.id))
        return detail, Changes.of(Entity.APPLICATION, application_id)

    def delete(self, application_id: uuid.UUID) -> Changes:
        """Soft-delete an application that has not become a forløb."""
        with self._db.write() as session:
            row = _load(session, application_id)
            if _engagement_links(session, [row.id]):
                raise ValidationError("application.already_granted")
            row.soft_delete()
        return Changes.of(Entity.APPLICATION, application_id)

    def restore(self, application_id: uuid.UUID) -> Changes:
        """Undo a soft delete."""
        return set_deleted(
            self._db,
            Application,
            application_id,
            "application.not_found",
            Entity.APPLICATION,
            deleted=False,
        )

    def decide(
        self, application_id: uuid.UUID, decision: Decision, *, start_date: date | None = None
    ) -> tuple[ApplicationDetail, Changes]:
        """Record the decision. Granting creates the forløb, pre-filled and linked both ways.

        With `start_date`, the new forløb gets its 24-month plan from the default template.
        """
        clean = decision.validated()
        changes = Changes.of(Entity.APPLICATION, application_id)
        with self._db.write() as session:
            row = _load(session, application_id)
            existing = _engagement_links(session, [row.id]).get(row.id)
            if existing is not None and clean.decision is not ApplicationDecision.GRANTED:
                raise ValidationError("application.already_granted")
            row.decision = clean.decision
            row.decision_on = clean.decided_on
            row.decision_reason = clean.reason
            engagement_id = existing
            if clean.decision is ApplicationDecision.GRANTED and existing is None:
                engagement = _engagement_from(row, start_date)
                session.add(engagement)
                session.flush()
                if start_date is not None:
                    add_plan(session, engagement, start_date)
                engagement_id = engagement.id
                changes = changes | Changes.of(Entity.ENGAGEMENT, engagement.id)
                changes = changes | Changes.of(Entity.MILESTONE, engagement.id)
            session.flush()
            session.refresh(row)
            detail = _detail(row, engagement_id)
        return detail, changes


def _engagement_from(row: Application, start_date: date | None) -> Engagement:
    municipality = row.municipality
    year = (start_date or row.decision_on or date.today()).year
    engagement = Engagement(
        id=uuid.uuid4(),
        municipality_id=row.municipality_id,
        application_id=row.id,
        title=f"Task Force-forløb {municipality.name} {year}",
        phase=Phase.OPSTART,
        start_date=start_date,
        planned_end_date=None if start_date is None else default_planned_end(start_date),
        themes=list(row.themes),
        description=row.motivation,
        notes="",
    )
    if start_date is not None:
        engagement.phase_periods = [
            PhasePeriod(id=uuid.uuid4(), phase=Phase.OPSTART, started_on=start_date)
        ]
    return engagement


def _apply(row: Application, draft: ApplicationDraft) -> None:
    row.round_id = draft.round_id
    row.municipality_id = draft.municipality_id
    row.received_on = draft.received_on
    row.council_backing = draft.council_backing
    row.council_decision_on = draft.council_decision_on
    row.contact_persons = draft.contact_persons
    row.themes = list(draft.themes)
    row.themes_other = draft.themes_other
    row.motivation = draft.motivation
    row.assessment_notes = draft.assessment_notes


def _refuse_duplicate(
    session: Session,
    draft: ApplicationDraft,
    round_row: ApplicationRound,
    municipality: Municipality,
    exclude: uuid.UUID | None,
) -> None:
    query = select(Application.id).where(
        Application.round_id == draft.round_id,
        Application.municipality_id == draft.municipality_id,
    )
    if exclude is not None:
        query = query.where(Application.id != exclude)
    if session.scalars(query).first() is not None:
        raise ValidationError(
            "application.duplicate_in_round", municipality=municipality.name, round=round_row.name
        )


def _active_engagement_warnings(session: Session, municipality: Municipality) -> tuple[Notice, ...]:
    active = session.scalars(
        select(Engagement).where(
            Engagement.municipality_id == municipality.id,
            Engagement.phase != Phase.AFSLUTTET,
        )
    ).first()
    if active is None:
        return ()
    return (
        Notice(
            "application.active_engagement",
            (("municipality", municipality.name), ("phase", active.phase.value)),
        ),
    )


def _engagement_links(
    session: Session, application_ids: list[uuid.UUID]
) -> dict[uuid.UUID, uuid.UUID]:
    if not application_ids:
        return {}
    rows = session.execute(
        select(Engagement.application_id, Engagement.id).where(
            Engagement.application_id.in_(application_ids)
        )
    ).all()
    return {app_id: eng_id for app_id, eng_id in rows if app_id is not None}


def _load(session: Session, application_id: uuid.UUID) -> Application:
    return load(session, Application, application_id, "application.not_found")


def _load_round(session: Session, round_id: uuid.UUID) -> ApplicationRound:
    return load(session, ApplicationRound, round_id, "round.not_found")


def _round_summary(row: ApplicationRound) -> RoundSummary:
    live = row.applications
    return RoundSummary(
        id=row.id,
        name=row.name,
        deadline=row.deadline,
        notes=row.notes,
        applications=len(live),
        granted=sum(1 for app in live if app.decision is ApplicationDecision.GRANTED),
        pending=sum(1 for app in live if app.decision is ApplicationDecision.PENDING),
    )


def _detail(
    row: Application, engagement_id: uuid.UUID | None, warnings: tuple[Notice, ...] = ()
) -> ApplicationDetail:
    return ApplicationDetail(
        id=row.id,
        round_id=row.round_id,
        round_name=row.round.name,
        municipality_id=row.municipality_id,
        municipality_name=row.municipality.name,
        municipality_code=row.municipality.code,
        received_on=row.received_on,
        council_backing=row.council_backing,
        council_decision_on=row.council_decision_on,
        contact_persons=row.contact_persons,
        themes=tuple(row.themes),
        themes_other=row.themes_other,
        motivation=row.motivation,
        assessment_notes=row.assessment_notes,
        decision=row.decision,
        decided_on=row.decision_on,
        decision_reason=row.decision_reason,
        engagement_id=engagement_id,
        warnings=warnings,
    )
