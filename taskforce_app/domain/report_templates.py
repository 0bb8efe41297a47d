"""The two written reports of a forløb (analyserapport, statusrapport) as templates of sections,
and the read model of a written section (its text, status and who changed it last).

A template is data (resources/reports/<type>.json): an ordered list of sections, each either a
text section the consultants write or a part generated from the forløb's data.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from taskforce_app.domain.text import Language, shipped_text

SECTION_ID_MAX = 60
TEXT_MAX = 100_000
"""The longest text a section may hold (characters): some 30 pages."""


class ReportType(StrEnum):
    """The written reports of a forløb."""

    ANALYSE = "analyse"
    STATUS = "status"


class SectionStatus(StrEnum):
    """How far a written section has come."""

    DRAFT = "draft"
    READY = "ready"
    APPROVED = "approved"


SECTION_STATUS_LABELS: dict[SectionStatus, str] = {
    SectionStatus.DRAFT: "Udkast",
    SectionStatus.READY: "Klar",
    SectionStatus.APPROVED: "Godkendt",
}
"""The Danish name of each status."""


class PartKind(StrEnum):
    """What a template section is: written text, or a part generated from the data."""

    TEXT = "text"
    COVER = "cover"
    SUMMARY = "summary"
    TIMELINE = "timeline"
    SAMPLING = "sampling"
    RESULTS = "results"
    FINDINGS = "findings"
    KEY_FIGURES = "key_figures"
    APPENDIX = "appendix"


class ReportTemplateError(ValueError):
    """A report template file is malformed (a broken installation, not the user's input)."""


@dataclass(frozen=True, slots=True)
class SectionTemplate:
    """One section of a report template."""

    id: str
    kind: PartKind
    title: str
    guidance: str = ""
    title_en: str = ""
    """The English title (shipped with the template; the Danish one when missing)."""
    guidance_en: str = ""
    """The English guidance (shipped with the template; the Danish one when missing)."""

    @property
    def is_text(self) -> bool:
        """True for a section the consultants write."""
        return self.kind is PartKind.TEXT

    def label(self, language: Language) -> str:
        """The section's title in `language` ("da" or "en")."""
        return shipped_text(self.title, self.title_en or self.title, language)

    def guidance_in(self, language: Language) -> str:
        """The section's guidance in `language` ("da" or "en")."""
        return shipped_text(self.guidance, self.guidance_en or self.guidance, language)


@dataclass(frozen=True, slots=True)
class ReportTemplate:
    """A report type's sections, in the order they are printed."""

    report_type: ReportType
    title: str
    sections: tuple[SectionTemplate, ...]
    conclusions: str
    """The text section a finding is pulled into by default."""
    title_en: str = ""
    """The English name of the report (the Danish one when missing)."""

    def label(self, language: Language) -> str:
        """The report's name in `language` ("da" or "en")."""
        return shipped_text(self.title, self.title_en or self.title, language)

    @property
    def text_sections(self) -> tuple[SectionTemplate, ...]:
        """The sections the consultants write."""
        return tuple(section for section in self.sections if section.is_text)

    def section(self, section_id: str) -> SectionTemplate | None:
        """The section `section_id`, or None."""
        return next((item for item in self.sections if item.id == section_id), None)


def parse_report_template(data: Mapping[str, object]) -> ReportTemplate:
    """A report template from its JSON object.

    Every title comes in Danish (`title`) and English (`title_en`), and so does a section's
    guidance (`guidance`, `guidance_en`).

    Raises:
        ReportTemplateError: a field is missing or wrong (an English text included), a section
            id or title repeats, or the conclusions section is not a text section.
    """
    try:
        report_type = ReportType(str(data["report"]))
        title = _text(data, "title")
        raw_sections = data["sections"]
        if not isinstance(raw_sections, list) or not raw_sections:
            raise ReportTemplateError("'sections' must be a non-empty list")
        sections = tuple(_section(item) for item in raw_sections)
        conclusions = _text(data, "conclusions")
        title_en = _text(data, "title_en")
    except (KeyError, ValueError) as exc:
        raise ReportTemplateError(f"report template: {exc}") from exc
    for attribute in ("id", "title", "title_en"):
        values = [getattr(section, attribute) for section in sections]
        repeated = {value for value in values if values.count(value) > 1}
        if repeated:
            raise ReportTemplateError(f"repeated section {attribute}: {sorted(repeated)}")
    target = next((item for item in sections if item.id == conclusions), None)
    if target is None or not target.is_text:
        raise ReportTemplateError(f"conclusions '{conclusions}' is not a text section")
    return ReportTemplate(report_type, title, sections, conclusions, title_en)


def _section(item: object) -> SectionTemplate:
    if not isinstance(item, Mapping):
        raise ReportTemplateError("each section must be an object")
    section_id = _text(item, "id")
    if len(section_id) > SECTION_ID_MAX:
        raise ReportTemplateError(f"section id too long: {section_id}")
    guidance = str(item.get("guidance", "")).strip()
    guidance_en = str(item.get("guidance_en", "")).strip()
    if bool(guidance) != bool(guidance_en):
        raise ReportTemplateError(f"section {section_id}: guidance needs both da and en")
    return SectionTemplate(
        id=section_id,
        kind=PartKind(str(item.get("kind", "text"))),
        title=_text(item, "title"),
        guidance=guidance,
        title_en=_text(item, "title_en"),
        guidance_en=guidance_en,
    )


def _text(data: Mapping[str, object], key: str) -> str:
    value = data.get(key)
    if not isinstance(value, str) or not value.strip():
        raise ReportTemplateError(f"'{key}' must be a non-empty text")
    return value.strip()


@dataclass(frozen=True, slots=True)
class SectionText:
    """A written section as stored: its text and status, and who changed it last and when."""

    section_id: str
    text: str
    status: SectionStatus
    changed_by: str
    """The consultant's initials and name ("" when no consultant was working)."""
    changed_at: datetime | None


@dataclass(frozen=True, slots=True)
class SectionState:
    """A template section with what is written in it (generated parts have no text)."""

    engagement_id: uuid.UUID
    report_type: ReportType
    template: SectionTemplate
    stored: SectionText | None

    @property
    def text(self) -> str:
        """The written text ("" when nothing is written yet)."""
        return self.stored.text if self.stored is not None else ""

    @property
    def status(self) -> SectionStatus | None:
        """The section's status (a text section not yet written is a draft; generated: None)."""
        if not self.template.is_text:
            return None
        return self.stored.status if self.stored is not None else SectionStatus.DRAFT


@dataclass(frozen=True, slots=True)
class SectionVersion:
    """The version of a section an editor loaded: when it was last changed (None: not yet
    written). A save that names it is refused when the stored section is newer."""

    changed_at: datetime | None

    @classmethod
    def of(cls, state: SectionState) -> SectionVersion:
        """The version of `state` as it was read."""
        return cls(state.stored.changed_at if state.stored is not None else None)
