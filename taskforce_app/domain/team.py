"""The people of a forløb: consultants on the team, municipal contacts, and phase periods."""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass, replace
from datetime import date

from taskforce_app.domain.enums import ConsultantRole, Organisation, Phase
from taskforce_app.domain.errors import ValidationError

_INITIALS = re.compile(r"^[A-ZÆØÅ]{2,6}$")


@dataclass(frozen=True, slots=True)
class ConsultantDraft:
    """The editable fields of a consultant."""

    name: str
    initials: str
    organisation: Organisation
    role: ConsultantRole
    email: str = ""

    def validated(self) -> ConsultantDraft:
        """Trimmed, initials upper-case (2–6 letters), or `ValidationError`."""
        name = self.name.strip()
        initials = self.initials.strip().upper()
        if not name:
            raise ValidationError("value.required", field="Navn")
        if not _INITIALS.match(initials):
            raise ValidationError("consultant.bad_initials", value=self.initials)
        return replace(self, name=name, initials=initials, email=self.email.strip())


@dataclass(frozen=True, slots=True)
class TeamMemberView:
    """A consultant on a forløb's team."""

    id: uuid.UUID
    consultant_id: uuid.UUID
    name: str
    initials: str
    organisation: Organisation
    role: ConsultantRole


@dataclass(frozen=True, slots=True)
class ContactDraft:
    """A municipal contact person (an adult professional)."""

    name: str
    title: str = ""
    email: str = ""
    phone: str = ""

    def validated(self) -> ContactDraft:
        """Trimmed, or `ValidationError` (a CPR number is refused where it is stored)."""
        name = self.name.strip()
        if not name:
            raise ValidationError("value.required", field="Navn")
        return ContactDraft(name, self.title.strip(), self.email.strip(), self.phone.strip())


@dataclass(frozen=True, slots=True)
class ContactView:
    """A municipal contact as listed."""

    id: uuid.UUID
    name: str
    title: str
    email: str
    phone: str


@dataclass(frozen=True, slots=True)
class PhasePeriodView:
    """When a forløb actually was in a phase."""

    phase: Phase
    started_on: date | None
    ended_on: date | None
