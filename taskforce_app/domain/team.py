"""The people of a forløb: consultants on the team, municipal contacts, and phase periods."""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass, replace
from datetime import date

from taskforce_app.domain.enums import ConsultantRole, Organisation, Phase
from taskforce_app.domain.errors import ValidationError
from taskforce_app.domain.text import NC_

_INITIALS = re.compile(r"^[A-ZÆØÅ]{2,6}$")
_EMAIL = re.compile(
    r"^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~æøåÆØÅ-]+@"
    r"(?:[A-Za-z0-9æøåÆØÅ](?:[A-Za-z0-9æøåÆØÅ-]*[A-Za-z0-9æøåÆØÅ])?\.)+[A-Za-z]{2,}$"
)
_ORGANISATION_NAMES = {
    "ankestyrelsen": Organisation.ANKESTYRELSEN,
    "social- og boligstyrelsen": Organisation.SOCIAL_OG_BOLIGSTYRELSEN,
    "social og boligstyrelsen": Organisation.SOCIAL_OG_BOLIGSTYRELSEN,
    "sbst": Organisation.SOCIAL_OG_BOLIGSTYRELSEN,
}


def checked_email(value: str, field: str) -> str:
    """`value` trimmed; empty, or a plain e-mail address (name@domain.tld), else
    `ValidationError("email.invalid")` naming `field`."""
    email = value.strip()
    if email and (not _EMAIL.match(email) or ".." in email or email.startswith(".")):
        raise ValidationError("email.invalid", field=field, value=email)
    return email


def parse_organisation(text: str) -> Organisation:
    """An organisation from its code (`ankestyrelsen`, `social_og_boligstyrelsen`) or its
    Danish name ("Ankestyrelsen", "Social- og Boligstyrelsen"), case-insensitive.

    Raises:
        ValidationError: neither a code nor a name.
    """
    key = " ".join(text.strip().lower().split())
    for organisation in Organisation:
        if key == organisation.value:
            return organisation
    found = _ORGANISATION_NAMES.get(key)
    if found is None:
        raise ValidationError("consultant.bad_organisation", value=text.strip())
    return found


def parse_role(text: str) -> ConsultantRole:
    """A consultant's role from its code (jurist, socialfaglig, team_lead, other).

    Raises:
        ValidationError: not a known role.
    """
    key = text.strip().lower()
    for role in ConsultantRole:
        if key == role.value:
            return role
    raise ValidationError("consultant.bad_role", value=text.strip())


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
            raise ValidationError("value.required", field=NC_("field", "Name"))
        if not _INITIALS.match(initials):
            raise ValidationError("consultant.bad_initials", value=self.initials)
        email = checked_email(self.email, NC_("field", "Consultant's e-mail"))
        return replace(self, name=name, initials=initials, email=email)


@dataclass(frozen=True, slots=True)
class ConsultantDetail:
    """A consultant with every field, as the Konsulenter dialog and the CLI list them."""

    id: uuid.UUID
    name: str
    initials: str
    organisation: Organisation
    role: ConsultantRole
    email: str
    active: bool

    @property
    def label(self) -> str:
        """`Name (INI)`."""
        return f"{self.name} ({self.initials})"

    def draft(self) -> ConsultantDraft:
        """The editable fields, to change some of them."""
        return ConsultantDraft(self.name, self.initials, self.organisation, self.role, self.email)


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
            raise ValidationError("value.required", field=NC_("field", "Name"))
        email = checked_email(self.email, NC_("field", "Contact's e-mail"))
        return ContactDraft(name, self.title.strip(), email, self.phone.strip())


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
