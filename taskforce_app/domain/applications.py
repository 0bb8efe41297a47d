"""Applications (ansøgninger) and rounds: read models and the rules for drafts and decisions."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field, replace
from datetime import date

from taskforce_app.domain.enums import ApplicationDecision
from taskforce_app.domain.errors import Notice, ValidationError
from taskforce_app.domain.field_checks import required_text
from taskforce_app.domain.text import NC_, Language, shipped_text

NAME_MAX = 200


@dataclass(frozen=True, slots=True)
class Theme:
    """A theme a municipality can ask for help with."""

    key: str
    label_da: str
    label_en: str

    def label(self, language: Language) -> str:
        """The label in `language`."""
        return shipped_text(self.label_da, self.label_en, language)


@dataclass(frozen=True, slots=True)
class RoundDraft:
    """The editable fields of an application round."""

    name: str
    deadline: date | None = None
    notes: str = ""

    def validated(self) -> RoundDraft:
        """Trimmed, or `ValidationError`."""
        name = required_text(self.name, NC_("field", "Name"), NAME_MAX)
        return replace(self, name=name, notes=self.notes.strip())


@dataclass(frozen=True, slots=True)
class RoundSummary:
    """An application round with its counts per decision."""

    id: uuid.UUID
    name: str
    deadline: date | None
    notes: str
    applications: int
    granted: int
    pending: int


@dataclass(frozen=True, slots=True)
class ApplicationDraft:
    """The editable fields of an application (not the decision)."""

    round_id: uuid.UUID
    municipality_id: uuid.UUID
    received_on: date | None = None
    council_backing: bool = False
    council_decision_on: date | None = None
    contact_persons: str = ""
    themes: tuple[str, ...] = ()
    themes_other: str = ""
    motivation: str = ""
    assessment_notes: str = ""

    def validated(self, known_themes: frozenset[str]) -> ApplicationDraft:
        """Trimmed and checked, or `ValidationError` (CPR numbers are refused where stored)."""
        unknown = [theme for theme in self.themes if theme not in known_themes]
        if unknown:
            raise ValidationError("application.unknown_theme", value=", ".join(unknown))
        if self.council_backing and self.council_decision_on is None:
            raise ValidationError("application.council_date_missing")
        return replace(
            self,
            contact_persons=self.contact_persons.strip(),
            themes=tuple(dict.fromkeys(self.themes)),
            themes_other=self.themes_other.strip(),
            motivation=self.motivation.strip(),
            assessment_notes=self.assessment_notes.strip(),
        )


@dataclass(frozen=True, slots=True)
class Decision:
    """The Task Force's decision on an application."""

    decision: ApplicationDecision
    decided_on: date | None = None
    reason: str = ""

    def validated(self) -> Decision:
        """A decision other than pending needs a date; the reason passes the CPR guard."""
        if self.decision is not ApplicationDecision.PENDING and self.decided_on is None:
            raise ValidationError("value.required", field=NC_("field", "Decision date"))
        return replace(self, reason=self.reason.strip())


@dataclass(frozen=True, slots=True)
class ApplicationDetail:
    """An application as shown and edited, with its decision and the forløb it became."""

    id: uuid.UUID
    round_id: uuid.UUID
    round_name: str
    municipality_id: uuid.UUID
    municipality_name: str
    municipality_code: str
    received_on: date | None
    council_backing: bool
    council_decision_on: date | None
    contact_persons: str
    themes: tuple[str, ...]
    themes_other: str
    motivation: str
    assessment_notes: str
    decision: ApplicationDecision
    decided_on: date | None
    decision_reason: str
    engagement_id: uuid.UUID | None
    warnings: tuple[Notice, ...] = field(default=())

    def draft(self) -> ApplicationDraft:
        """The editable fields, e.g. to undo an edit."""
        return ApplicationDraft(
            round_id=self.round_id,
            municipality_id=self.municipality_id,
            received_on=self.received_on,
            council_backing=self.council_backing,
            council_decision_on=self.council_decision_on,
            contact_persons=self.contact_persons,
            themes=self.themes,
            themes_other=self.themes_other,
            motivation=self.motivation,
            assessment_notes=self.assessment_notes,
        )
