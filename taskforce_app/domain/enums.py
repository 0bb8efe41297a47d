"""The closed vocabularies of the domain. Values are stable codes stored in the database."""

from __future__ import annotations

from enum import StrEnum


class Region(StrEnum):
    """The five Danish regions (ISO 3166-2 codes DK-81 … DK-85)."""

    NORDJYLLAND = "Region Nordjylland"
    MIDTJYLLAND = "Region Midtjylland"
    SYDDANMARK = "Region Syddanmark"
    HOVEDSTADEN = "Region Hovedstaden"
    SJAELLAND = "Region Sjælland"


class Organisation(StrEnum):
    """Who employs a consultant."""

    ANKESTYRELSEN = "ankestyrelsen"
    SOCIAL_OG_BOLIGSTYRELSEN = "social_og_boligstyrelsen"


class ConsultantRole(StrEnum):
    """A consultant's role on a team."""

    JURIST = "jurist"
    SOCIALFAGLIG = "socialfaglig"
    TEAM_LEAD = "team_lead"
    OTHER = "other"


class Phase(StrEnum):
    """The phases of a forløb, in order."""

    OPSTART = "opstart"
    ANALYSE = "analyse"
    AFRAPPORTERING = "afrapportering"
    UDVIKLING = "udvikling"
    STATUSMAALING = "statusmaaling"
    STATUSRAPPORT = "statusrapport"
    AFSLUTTET = "afsluttet"

    @property
    def order(self) -> int:
        """Position in the lifecycle, from 0."""
        return list(Phase).index(self)


class ApplicationDecision(StrEnum):
    """The Task Force's decision on an application."""

    PENDING = "pending"
    GRANTED = "granted"
    DECLINED = "declined"
    WAITLISTED = "waitlisted"


class MilestoneStatus(StrEnum):
    """Where a milestone stands."""

    PLANNED = "planned"
    DONE = "done"
    CANCELLED = "cancelled"


class Health(StrEnum):
    """A forløb's computed health."""

    ON_TRACK = "on_track"
    AT_RISK = "at_risk"
    LATE = "late"


class Track(StrEnum):
    """The two kinds of case review."""

    JURIDISK = "juridisk"
    SOCIALFAGLIG = "socialfaglig"


class Pejlemaerke(StrEnum):
    """The four quality benchmarks used by the Task Force and Børnesagsbarometret."""

    FAGLIG_UDREDNING = "faglig_udredning"
    VALG_AF_INDSATS = "valg_af_indsats"
    OPFOELGNING = "opfoelgning"
    INDDRAGELSE = "inddragelse"


class RoundKind(StrEnum):
    """Which case review a round is."""

    ANALYSE = "analyse"
    STATUSMAALING = "statusmaaling"
    OTHER = "other"


class RoundStatus(StrEnum):
    """A review round's state."""

    OPEN = "open"
    READY_FOR_REPORT = "ready_for_report"
    SIGNED_OFF = "signed_off"


class SamplingMethod(StrEnum):
    """How a sample is drawn."""

    RANDOM = "random"
    SYSTEMATIC = "systematic_list_order"
    """Systematic, through the case list in the list's own order (its rows in the file)."""
    STRATIFIED = "stratified"
    SYSTEMATIC_BY_CASE_REF = "systematic"
    """Systematic through the case numbers in code point order: rounds drawn before the list's
    order was kept. They redraw and replace exactly as before; a new draw never uses it."""

    @property
    def is_systematic(self) -> bool:
        """True for both systematic methods."""
        return self in (SamplingMethod.SYSTEMATIC, SamplingMethod.SYSTEMATIC_BY_CASE_REF)

    @property
    def for_new_draw(self) -> SamplingMethod:
        """The method a new draw uses when this one is asked for (systematic: the list's order)."""
        return SamplingMethod.SYSTEMATIC if self.is_systematic else self


class SampledCaseStatus(StrEnum):
    """Whether a drawn case stays in the sample."""

    ACTIVE = "active"
    REPLACED = "replaced"


class Answer(StrEnum):
    """An answer to a requirement for one case (juridisk) or a point on the quality scale."""

    MET = "met"
    NOT_MET = "not_met"
    NOT_RELEVANT = "not_relevant"
    CANNOT_ASSESS = "cannot_assess"
    QUALITY_1 = "q1"
    QUALITY_2 = "q2"
    QUALITY_3 = "q3"
    QUALITY_4 = "q4"


class Severity(StrEnum):
    """How serious a finding is."""

    CRITICAL = "critical"
    SIGNIFICANT = "significant"
    MINOR = "minor"


class RecommendationStatus(StrEnum):
    """Where the municipality stands with a recommendation."""

    NOT_STARTED = "not_started"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    ABANDONED = "abandoned"


class AuditAction(StrEnum):
    """What an audit event records."""

    INSERT = "insert"
    UPDATE = "update"
    DELETE = "delete"
    RESTORE = "restore"
