"""Consultants, a forløb's team and municipal contacts, and its phase changes."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from taskforce_app.domain.changes import Changes, Entity
from taskforce_app.domain.enums import ConsultantRole, Phase
from taskforce_app.domain.errors import NotFoundError, ValidationError
from taskforce_app.domain.overview import ConsultantView
from taskforce_app.domain.team import (
    ConsultantDetail,
    ConsultantDraft,
    ContactDraft,
    ContactView,
    PhasePeriodView,
    TeamMemberView,
)
from taskforce_app.persistence.audit_trail import log_consultant_switch
from taskforce_app.persistence.database import Database
from taskforce_app.persistence.models import (
    Consultant,
    MunicipalContact,
    PhasePeriod,
    TeamMember,
)
from taskforce_app.services._rows import load, load_engagement, soft_delete


class TeamService:
    """Use cases on consultants, teams, contacts and phases."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def consultants(self) -> list[ConsultantView]:
        """Every active consultant, by name (what pickers offer)."""
        with self._db.read() as session:
            rows = session.scalars(
                select(Consultant).where(Consultant.active.is_(True)).order_by(Consultant.name)
            )
            return [_consultant_view(row) for row in rows]

    def consultant_details(self, *, include_inactive: bool = True) -> list[ConsultantDetail]:
        """Every consultant with all fields, by name; deactivated ones too unless asked not."""
        query = select(Consultant).order_by(Consultant.name, Consultant.initials)
        if not include_inactive:
            query = query.where(Consultant.active.is_(True))
        with self._db.read() as session:
            return [_consultant_detail(row) for row in session.scalars(query)]

    def consultant(self, initials: str) -> ConsultantDetail:
        """The consultant with `initials` (case-insensitive).

        Raises:
            NotFoundError: no consultant has these initials.
        """
        with self._db.read() as session:
            return _consultant_detail(_by_initials(session, initials))

    def create_consultant(self, draft: ConsultantDraft) -> tuple[ConsultantView, Changes]:
        """Add a consultant; initials must be unique (case-insensitive).

        Raises:
            ValidationError: an empty name, bad initials or e-mail, initials already used.
            CprNumberError: a text holds a CPR number (nothing is stored).
        """
        clean = draft.validated()
        with self._db.write() as session:
            _refuse_taken_initials(session, clean.initials, None)
            row = Consultant(
                id=uuid.uuid4(),
                name=clean.name,
                initials=clean.initials,
                organisation=clean.organisation,
                role=clean.role,
                email=clean.email,
            )
            session.add(row)
            session.flush()
            view = _consultant_view(row)
        return view, Changes.of(Entity.TEAM, view.id)

    def edit_consultant(
        self, consultant_id: uuid.UUID, draft: ConsultantDraft
    ) -> tuple[ConsultantDetail, Changes]:
        """Change a consultant's name, initials, organisation, role and e-mail (one transaction).

        Raises:
            NotFoundError: the consultant does not exist.
            ValidationError, CprNumberError: as `create_consultant`; nothing is stored.
        """
        clean = draft.validated()
        with self._db.write() as session:
            row = _consultant_row(session, consultant_id)
            _refuse_taken_initials(session, clean.initials, consultant_id)
            row.name = clean.name
            row.initials = clean.initials
            row.organisation = clean.organisation
            row.role = clean.role
            row.email = clean.email
            session.flush()
            detail = _consultant_detail(row)
        if self._db.actor_id == consultant_id:
            self._db.actor = detail.initials
        return detail, _team_changes(consultant_id)

    def set_active(self, consultant_id: uuid.UUID, active: bool) -> Changes:
        """Deactivate a consultant (kept in teams, history and sign-offs, no longer offered in
        pickers) or activate one again.

        Raises:
            NotFoundError: the consultant does not exist.
            ValidationError: deactivating one who is already deactivated.
        """
        with self._db.write() as session:
            row = _consultant_row(session, consultant_id)
            if not active and not row.active:
                raise ValidationError("consultant.already_inactive", value=row.initials)
            row.active = active
        return _team_changes(consultant_id)

    def current_consultant(self) -> ConsultantDetail | None:
        """The consultant working in the program (the actor of every change), if chosen."""
        if self._db.actor_id is None:
            return None
        with self._db.read() as session:
            row = session.get(Consultant, self._db.actor_id)
            return None if row is None else _consultant_detail(row)

    def act_as(self, consultant_id: uuid.UUID | None) -> ConsultantDetail | None:
        """Work as `consultant_id` from now on without logging it (resuming the consultant
        remembered for this database); None: nobody. An unknown or deactivated consultant
        leaves nobody chosen and returns None."""
        detail: ConsultantDetail | None = None
        if consultant_id is not None:
            with self._db.read() as session:
                row = session.get(Consultant, consultant_id)
                if row is not None and row.active:
                    detail = _consultant_detail(row)
        self._db.actor_id = None if detail is None else detail.id
        self._db.actor = "" if detail is None else detail.initials
        return detail

    def switch_consultant(self, consultant_id: uuid.UUID) -> tuple[ConsultantDetail, Changes]:
        """Switch who is working: every later change carries this consultant. The switch is
        logged in the audit trail (who was working before, who is now) unless read-only.

        Raises:
            NotFoundError: the consultant does not exist.
            ValidationError: the consultant is deactivated.
        """
        previous = self._db.actor
        with self._db.read() as session:
            row = _consultant_row(session, consultant_id)
            if not row.active:
                raise ValidationError("consultant.inactive", value=row.initials)
            detail = _consultant_detail(row)
        self._db.actor_id, self._db.actor = detail.id, detail.initials
        if not self._db.read_only:
            with self._db.write() as session:
                log_consultant_switch(session, detail.id, previous or None, detail.initials)
        return detail, _team_changes(detail.id)

    def team(self, engagement_id: uuid.UUID) -> list[TeamMemberView]:
        """The consultants on a forløb."""
        with self._db.read() as session:
            rows = session.execute(
                select(TeamMember, Consultant)
                .join(Consultant, TeamMember.consultant_id == Consultant.id)
                .where(TeamMember.engagement_id == engagement_id)
                .order_by(Consultant.name)
            ).all()
            return [
                TeamMemberView(
                    member.id,
                    person.id,
                    person.name,
                    person.initials,
                    person.organisation,
                    member.role,
                )
                for member, person in rows
            ]

    def add_member(
        self, engagement_id: uuid.UUID, consultant_id: uuid.UUID, role: ConsultantRole
    ) -> Changes:
        """Put a consultant on a forløb's team in `role`."""
        with self._db.write() as session:
            load_engagement(session, engagement_id)
            person = load(
                session, Consultant, consultant_id, "consultant.unknown", value=str(consultant_id)
            )
            existing = session.scalars(
                select(TeamMember).where(
                    TeamMember.engagement_id == engagement_id,
                    TeamMember.consultant_id == consultant_id,
                )
            ).first()
            if existing is not None:
                raise ValidationError("team.already_member", value=person.name)
            session.add(
                TeamMember(
                    id=uuid.uuid4(),
                    engagement_id=engagement_id,
                    consultant_id=consultant_id,
                    role=role,
                    joined_on=date.today(),
                )
            )
        return Changes.of(Entity.TEAM, engagement_id) | Changes.of(Entity.ENGAGEMENT, engagement_id)

    def remove_member(self, member_id: uuid.UUID) -> Changes:
        """Take a consultant off a team (soft delete, so it merges and can be undone)."""
        with self._db.write() as session:
            row = soft_delete(session, TeamMember, member_id, "team.not_found")
            row.left_on = date.today()
            engagement_id = row.engagement_id
        return Changes.of(Entity.TEAM, engagement_id) | Changes.of(Entity.ENGAGEMENT, engagement_id)

    def contacts(self, engagement_id: uuid.UUID) -> list[ContactView]:
        """The municipal contacts of a forløb."""
        with self._db.read() as session:
            rows = session.scalars(
                select(MunicipalContact)
                .where(
                    MunicipalContact.engagement_id == engagement_id,
                )
                .order_by(MunicipalContact.name)
            )
            return [ContactView(r.id, r.name, r.title, r.email, r.phone) for r in rows]

    def add_contact(self, engagement_id: uuid.UUID, draft: ContactDraft) -> Changes:
        """Add a municipal contact."""
        clean = draft.validated()
        with self._db.write() as session:
            load_engagement(session, engagement_id)
            session.add(
                MunicipalContact(
                    id=uuid.uuid4(),
                    engagement_id=engagement_id,
                    name=clean.name,
                    title=clean.title,
                    email=clean.email,
                    phone=clean.phone,
                )
            )
        return Changes.of(Entity.TEAM, engagement_id)

    def remove_contact(self, contact_id: uuid.UUID) -> Changes:
        """Remove a municipal contact (soft delete)."""
        with self._db.write() as session:
            row = soft_delete(session, MunicipalContact, contact_id, "team.not_found")
            engagement_id = row.engagement_id
        return Changes.of(Entity.TEAM, engagement_id)

    def phase_periods(self, engagement_id: uuid.UUID) -> list[PhasePeriodView]:
        """The phases the forløb has been in, with their actual dates, in lifecycle order."""
        with self._db.read() as session:
            rows = session.scalars(
                select(PhasePeriod).where(PhasePeriod.engagement_id == engagement_id)
            ).all()
            views = [PhasePeriodView(r.phase, r.started_on, r.ended_on) for r in rows]
        return sorted(views, key=lambda v: (v.phase.order, v.started_on or date.min))

    def change_phase(self, engagement_id: uuid.UUID, phase: Phase, on: date) -> Changes:
        """Move the forløb into `phase` on `on`: the current phase period ends, a new one starts."""
        with self._db.write() as session:
            engagement = load_engagement(session, engagement_id)
            current = session.scalars(
                select(PhasePeriod).where(
                    PhasePeriod.engagement_id == engagement_id,
                    PhasePeriod.ended_on.is_(None),
                )
            ).all()
            for period in current:
                if period.started_on is not None and on < period.started_on:
                    raise ValidationError(
                        "phase.date_before_previous",
                        value=on.strftime("%d-%m-%Y"),
                        previous=period.started_on.strftime("%d-%m-%Y"),
                    )
                period.ended_on = on
            engagement.phase = phase
            if phase is Phase.AFSLUTTET:
                engagement.actual_end_date = on
            session.add(
                PhasePeriod(
                    id=uuid.uuid4(), engagement_id=engagement_id, phase=phase, started_on=on
                )
            )
        return Changes.of(Entity.ENGAGEMENT, engagement_id)


def _consultant_view(row: Consultant) -> ConsultantView:
    return ConsultantView(row.id, row.name, row.initials, row.organisation.value, row.role.value)


def _consultant_detail(row: Consultant) -> ConsultantDetail:
    return ConsultantDetail(
        row.id, row.name, row.initials, row.organisation, row.role, row.email, row.active
    )


def _consultant_row(session: Session, consultant_id: uuid.UUID) -> Consultant:
    row = session.get(Consultant, consultant_id)
    if row is None:
        raise NotFoundError("consultant.unknown", value=str(consultant_id))
    return row


def _by_initials(session: Session, initials: str) -> Consultant:
    row = session.scalars(
        select(Consultant).where(func.upper(Consultant.initials) == initials.strip().upper())
    ).first()
    if row is None:
        raise NotFoundError("consultant.unknown", value=initials.strip())
    return row


def _refuse_taken_initials(session: Session, initials: str, own_id: uuid.UUID | None) -> None:
    """`ValidationError` when another consultant (deleted ones too) has `initials`."""
    query = (
        select(Consultant.id)
        .where(func.upper(Consultant.initials) == initials.upper())
        .execution_options(include_deleted=True)
    )
    if own_id is not None:
        query = query.where(Consultant.id != own_id)
    if session.scalars(query).first() is not None:
        raise ValidationError("consultant.duplicate_initials", value=initials)


def _team_changes(consultant_id: uuid.UUID) -> Changes:
    """A consultant changed: every screen that lists consultants or teams refreshes."""
    return Changes.of(Entity.TEAM, consultant_id)
