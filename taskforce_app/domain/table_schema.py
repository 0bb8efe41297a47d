"""What every table's columns hold, as plain data: the rules a value from outside must meet.

Exchange packages carry rows of every table as JSON values; before any of them is stored, each
value is checked against this description (see `importers/package_validation`): the right kind,
within the column's length on PostgreSQL (which enforces VARCHAR(n), unlike SQLite), no NUL
character, finite numbers, known enum codes. It mirrors the SQLAlchemy models, which the layers
keep out of reach of the importers; `tests/importers/test_package_validation.py` checks that it
matches `Base.metadata` table by table and column by column, so the two cannot drift apart.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from taskforce_app.domain.enums import (
    Answer,
    ApplicationDecision,
    AuditAction,
    ConsultantRole,
    MilestoneStatus,
    Organisation,
    Pejlemaerke,
    Phase,
    RecommendationStatus,
    Region,
    RoundKind,
    RoundStatus,
    SampledCaseStatus,
    SamplingMethod,
    Severity,
    Track,
)
from taskforce_app.domain.report_templates import ReportType, SectionStatus

ENUM_LENGTH = 32
"""Enum codes are stored in a VARCHAR(32)."""
INTEGER_MIN = -(2**31)
INTEGER_MAX = 2**31 - 1
"""The range of an INTEGER column on PostgreSQL (SQLite's is wider)."""


class Kind(StrEnum):
    """What a column holds, as the package's JSON value must show it."""

    UUID = "uuid"
    TEXT = "text"
    DATE = "date"
    DATETIME = "datetime"
    ENUM = "enum"
    INTEGER = "integer"
    FLOAT = "float"
    BOOLEAN = "boolean"
    JSON = "json"


@dataclass(frozen=True, slots=True)
class ColumnSpec:
    """One column: name, kind, length limit (None: unbounded text), whether null is allowed."""

    name: str
    kind: Kind
    length: int | None = None
    nullable: bool = False
    enum: type[StrEnum] | None = None

    @property
    def enum_values(self) -> frozenset[str]:
        """The codes an enum column accepts (empty for other kinds)."""
        return frozenset(member.value for member in self.enum) if self.enum else frozenset()


def _col(name: str, kind: Kind, *, nullable: bool = False) -> ColumnSpec:
    return ColumnSpec(name, kind, nullable=nullable)


def _text(name: str, length: int, *, nullable: bool = False) -> ColumnSpec:
    return ColumnSpec(name, Kind.TEXT, length=length, nullable=nullable)


def _enum(name: str, enum: type[StrEnum], *, nullable: bool = False) -> ColumnSpec:
    return ColumnSpec(name, Kind.ENUM, length=ENUM_LENGTH, nullable=nullable, enum=enum)


def _table(*columns: ColumnSpec) -> dict[str, ColumnSpec]:
    """The table's own columns followed by the ones every table has (id and timestamps)."""
    common = (
        _col("id", Kind.UUID),
        _col("created_at", Kind.DATETIME),
        _col("updated_at", Kind.DATETIME),
        _col("deleted_at", Kind.DATETIME, nullable=True),
    )
    return {column.name: column for column in (*columns, *common)}


TABLES: dict[str, dict[str, ColumnSpec]] = {
    "application": _table(
        _col("round_id", Kind.UUID),
        _col("municipality_id", Kind.UUID),
        _col("received_on", Kind.DATE, nullable=True),
        _col("council_backing", Kind.BOOLEAN),
        _col("council_decision_on", Kind.DATE, nullable=True),
        _col("contact_persons", Kind.TEXT),
        _col("themes", Kind.JSON),
        _col("themes_other", Kind.TEXT),
        _col("motivation", Kind.TEXT),
        _col("assessment_notes", Kind.TEXT),
        _enum("decision", ApplicationDecision),
        _col("decision_on", Kind.DATE, nullable=True),
        _col("decision_reason", Kind.TEXT),
    ),
    "application_round": _table(
        _text("name", 200),
        _col("deadline", Kind.DATE, nullable=True),
        _col("notes", Kind.TEXT),
    ),
    "assessment": _table(
        _col("sampled_case_id", Kind.UUID),
        _col("criterion_id", Kind.UUID),
        _enum("answer", Answer, nullable=True),
        _enum("suggested_answer", Answer, nullable=True),
        _col("reason", Kind.TEXT),
        _col("note", Kind.TEXT),
        _col("assessed_by_id", Kind.UUID, nullable=True),
        _col("assessed_at", Kind.DATETIME, nullable=True),
    ),
    "audit_event": _table(
        _col("occurred_at", Kind.DATETIME),
        _text("actor", 120),
        _enum("action", AuditAction),
        _text("table_name", 60),
        _col("record_id", Kind.UUID),
        _text("field", 60),
        _col("old_value", Kind.TEXT, nullable=True),
        _col("new_value", Kind.TEXT, nullable=True),
        _col("operation_id", Kind.UUID, nullable=True),
        _col("operation_seq", Kind.INTEGER, nullable=True),
    ),
    "case_list_import": _table(
        _col("engagement_id", Kind.UUID),
        _text("file_name", 260),
        _text("sheet_name", 120),
        _col("imported_at", Kind.DATETIME),
        _text("imported_by", 120),
        _text("fingerprint", 64),
        _col("row_count", Kind.INTEGER),
        _col("imported_count", Kind.INTEGER),
        _col("rejected_count", Kind.INTEGER),
        _col("column_mapping", Kind.JSON),
        _col("report", Kind.JSON),
    ),
    "case_record": _table(
        _col("engagement_id", Kind.UUID),
        _col("import_id", Kind.UUID, nullable=True),
        _text("case_ref", 60),
        _col("birth_year", Kind.INTEGER, nullable=True),
        _col("age", Kind.INTEGER, nullable=True),
        _text("gender", 20),
        _text("case_type", 120),
        _text("measure", 200),
        _text("legal_basis", 120),
        _text("caseworker", 120),
        _col("opened_on", Kind.DATE, nullable=True),
        _col("decided_on", Kind.DATE, nullable=True),
        _col("notified_on", Kind.DATE, nullable=True),
        _col("aware_on", Kind.DATE, nullable=True),
        _col("investigation_started_on", Kind.DATE, nullable=True),
        _col("investigation_completed_on", Kind.DATE, nullable=True),
        _col("measure_started_on", Kind.DATE, nullable=True),
        _col("measure_ended_on", Kind.DATE, nullable=True),
        _col("plan_on", Kind.DATE, nullable=True),
        _col("list_row", Kind.INTEGER, nullable=True),
        _col("extra", Kind.JSON),
    ),
    "consultant": _table(
        _text("name", 120),
        _text("initials", 10),
        _enum("organisation", Organisation),
        _enum("role", ConsultantRole),
        _text("email", 200),
        _col("active", Kind.BOOLEAN),
    ),
    "criteria_set": _table(
        _text("key", 60),
        _col("version", Kind.INTEGER),
        _text("name", 200),
        _enum("track", Track),
        _text("law", 60),
        _col("valid_from", Kind.DATE, nullable=True),
        _col("valid_to", Kind.DATE, nullable=True),
        _col("source", Kind.TEXT),
        _col("scale", Kind.JSON),
    ),
    "criterion": _table(
        _col("criteria_set_id", Kind.UUID),
        _text("code", 30),
        _col("sort_order", Kind.INTEGER),
        _enum("pejlemaerke", Pejlemaerke),
        _text("provision", 120),
        _col("question", Kind.TEXT),
        _col("guidance", Kind.TEXT),
        _col("applies_when", Kind.TEXT),
        _text("deadline_rule", 40, nullable=True),
        _text("benchmark_key", 60, nullable=True),
    ),
    "engagement": _table(
        _col("municipality_id", Kind.UUID),
        _col("application_id", Kind.UUID, nullable=True),
        _text("title", 200),
        _enum("phase", Phase),
        _col("start_date", Kind.DATE, nullable=True),
        _col("planned_end_date", Kind.DATE, nullable=True),
        _col("actual_end_date", Kind.DATE, nullable=True),
        _col("themes", Kind.JSON),
        _col("description", Kind.TEXT),
        _col("notes", Kind.TEXT),
    ),
    "finding": _table(
        _col("engagement_id", Kind.UUID),
        _col("round_id", Kind.UUID, nullable=True),
        _enum("track", Track),
        _text("theme", 120),
        _text("title", 200),
        _col("description", Kind.TEXT),
        _enum("severity", Severity),
    ),
    "finding_criterion": _table(
        _col("finding_id", Kind.UUID),
        _col("criterion_id", Kind.UUID),
    ),
    "finding_evidence": _table(
        _col("finding_id", Kind.UUID),
        _col("sampled_case_id", Kind.UUID),
    ),
    "key_figure": _table(
        _text("table_code", 20),
        _text("area_code", 3),
        _text("period", 10),
        _text("category", 200),
        _col("value", Kind.FLOAT, nullable=True),
        _col("children_population", Kind.INTEGER, nullable=True),
        _col("source", Kind.TEXT),
    ),
    "milestone": _table(
        _col("engagement_id", Kind.UUID),
        _text("template_key", 60, nullable=True),
        _text("title", 200),
        _enum("phase", Phase),
        _col("planned_on", Kind.DATE),
        _col("actual_on", Kind.DATE, nullable=True),
        _col("responsible_id", Kind.UUID, nullable=True),
        _enum("status", MilestoneStatus),
        _col("note", Kind.TEXT),
        _col("sort_order", Kind.INTEGER),
        _col("extra", Kind.JSON),
    ),
    "municipal_contact": _table(
        _col("engagement_id", Kind.UUID),
        _text("name", 120),
        _text("title", 120),
        _text("email", 200),
        _text("phone", 40),
    ),
    "municipality": _table(
        _text("code", 3),
        _text("name", 80),
        _enum("region", Region),
        _text("iso_region", 5),
    ),
    "phase_period": _table(
        _col("engagement_id", Kind.UUID),
        _enum("phase", Phase),
        _col("started_on", Kind.DATE, nullable=True),
        _col("ended_on", Kind.DATE, nullable=True),
    ),
    "purge_record": _table(
        _col("engagement_id", Kind.UUID),
        _col("purged_at", Kind.DATETIME),
        _text("purged_by", 120),
        _col("early", Kind.BOOLEAN),
        _col("reason", Kind.TEXT),
        _col("due_on", Kind.DATE, nullable=True),
        _col("counts", Kind.JSON),
    ),
    "recommendation": _table(
        _col("engagement_id", Kind.UUID),
        _col("finding_id", Kind.UUID, nullable=True),
        _col("milestone_id", Kind.UUID, nullable=True),
        _col("text", Kind.TEXT),
        _text("owner", 120),
        _col("due_on", Kind.DATE, nullable=True),
        _enum("status", RecommendationStatus),
    ),
    "recommendation_update": _table(
        _col("recommendation_id", Kind.UUID),
        _col("occurred_at", Kind.DATETIME),
        _text("author", 120),
        _enum("old_status", RecommendationStatus, nullable=True),
        _enum("new_status", RecommendationStatus),
        _col("note", Kind.TEXT),
    ),
    "report_section_text": _table(
        _col("engagement_id", Kind.UUID),
        _enum("report_type", ReportType),
        _text("section_id", 60),
        _col("text", Kind.TEXT),
        _enum("status", SectionStatus),
        _col("changed_by_id", Kind.UUID, nullable=True),
        _col("changed_at", Kind.DATETIME),
    ),
    "result_count": _table(
        _col("round_id", Kind.UUID),
        _col("criterion_id", Kind.UUID),
        _enum("answer", Answer, nullable=True),
        _col("count", Kind.INTEGER),
        _col("position", Kind.INTEGER),
    ),
    "review_note": _table(
        _col("engagement_id", Kind.UUID),
        _col("finding_id", Kind.UUID, nullable=True),
        _col("assessment_id", Kind.UUID, nullable=True),
        _col("text", Kind.TEXT),
        _col("author_id", Kind.UUID, nullable=True),
        _col("resolved_at", Kind.DATETIME, nullable=True),
        _col("resolved_by_id", Kind.UUID, nullable=True),
    ),
    "review_round": _table(
        _col("engagement_id", Kind.UUID),
        _enum("kind", RoundKind),
        _text("name", 200),
        _col("legal_criteria_set_id", Kind.UUID, nullable=True),
        _col("social_criteria_set_id", Kind.UUID, nullable=True),
        _enum("status", RoundStatus),
        _enum("sampling_method", SamplingMethod, nullable=True),
        _col("sampling_parameters", Kind.JSON),
        _col("sample_size", Kind.INTEGER),
        _text("seed", 64),
        _text("population_fingerprint", 64),
        _col("population_size", Kind.INTEGER),
        _text("sampled_by", 120),
        _col("sampled_at", Kind.DATETIME, nullable=True),
        _col("cut_off_on", Kind.DATE, nullable=True),
        _col("signed_off_by_id", Kind.UUID, nullable=True),
        _col("signed_off_at", Kind.DATETIME, nullable=True),
        _col("lock_log", Kind.JSON),
    ),
    "sampled_case": _table(
        _col("round_id", Kind.UUID),
        _col("case_id", Kind.UUID),
        _col("position", Kind.INTEGER),
        _enum("status", SampledCaseStatus),
        _col("replacement_reason", Kind.TEXT),
        _col("replaced_by_id", Kind.UUID, nullable=True),
        _col("notification_received_at", Kind.DATETIME, nullable=True),
        _col("notification_assessed_at", Kind.DATETIME, nullable=True),
        _col("investigation_started_on", Kind.DATE, nullable=True),
        _col("investigation_completed_on", Kind.DATE, nullable=True),
        _col("decision_on", Kind.DATE, nullable=True),
        _col("measure_started_on", Kind.DATE, nullable=True),
        _col("follow_up_dates", Kind.JSON),
        _col("notification_aware_on", Kind.DATE, nullable=True),
        _col("receipt_confirmed_on", Kind.DATE, nullable=True),
        _text("decision_basis", 60),
        _col("measure_ended_on", Kind.DATE, nullable=True),
        _col("plan_on", Kind.DATE, nullable=True),
        _col("supervision_visits", Kind.JSON),
        _col("legal_criteria_set_id", Kind.UUID, nullable=True),
    ),
    "setting": _table(
        _text("key", 120),
        _col("value", Kind.JSON),
    ),
    "team_member": _table(
        _col("engagement_id", Kind.UUID),
        _col("consultant_id", Kind.UUID),
        _enum("role", ConsultantRole),
        _col("joined_on", Kind.DATE, nullable=True),
        _col("left_on", Kind.DATE, nullable=True),
    ),
    "workbook_export": _table(
        _col("engagement_id", Kind.UUID),
        _col("exported_at", Kind.DATETIME),
        _text("app_version", 40),
        _col("rows", Kind.JSON),
    ),
}
"""Every table of the database by name, its columns by name."""
