"""Initial schema: every table of the data model, and the 98 municipalities.

Revision ID: 0001
Revises:
Create Date: 2026-11-24
"""

from __future__ import annotations

import csv
import uuid
from collections.abc import Sequence
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

from taskforce_app import paths

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


# Municipality ids are UUID v5 of the code, so every database agrees on them (merging needs it).
MUNICIPALITY_NAMESPACE = uuid.UUID("6f1d3c52-7f0a-4a53-9a55-0d7c6f0e2a11")
MUNICIPALITIES_CSV = paths.reference_dir() / "municipalities.csv"


def _load_municipalities() -> None:
    table = sa.table(
        "municipality",
        sa.column("id", sa.Uuid()),
        sa.column("created_at", sa.DateTime()),
        sa.column("updated_at", sa.DateTime()),
        sa.column("code", sa.String()),
        sa.column("name", sa.String()),
        sa.column("region", sa.String()),
        sa.column("iso_region", sa.String()),
    )
    now = datetime.now(UTC).replace(tzinfo=None)
    with MUNICIPALITIES_CSV.open(encoding="utf-8", newline="") as handle:
        rows = [
            {
                "id": uuid.uuid5(MUNICIPALITY_NAMESPACE, f"municipality:{row['code']}"),
                "created_at": now,
                "updated_at": now,
                "code": row["code"],
                "name": row["name"],
                "region": row["region"],
                "iso_region": row["iso_3166_2"],
            }
            for row in csv.DictReader(handle)
        ]
    if len(rows) != 98:
        raise RuntimeError(f"expected 98 municipalities in {MUNICIPALITIES_CSV}, found {len(rows)}")
    op.bulk_insert(table, rows)


def upgrade() -> None:
    """Create every table, then load the municipalities."""
    op.create_table(
        "application_round",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("deadline", sa.Date(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_application_round")),
    )
    op.create_table(
        "audit_event",
        sa.Column("occurred_at", sa.DateTime(), nullable=False),
        sa.Column("actor", sa.String(length=120), nullable=False),
        sa.Column("action", sa.String(length=32), nullable=False),
        sa.Column("table_name", sa.String(length=60), nullable=False),
        sa.Column("record_id", sa.Uuid(), nullable=False),
        sa.Column("field", sa.String(length=60), nullable=False),
        sa.Column("old_value", sa.Text(), nullable=True),
        sa.Column("new_value", sa.Text(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_event")),
    )
    with op.batch_alter_table("audit_event", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_audit_event_occurred_at"), ["occurred_at"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_audit_event_record_id"), ["record_id"], unique=False)

    op.create_table(
        "consultant",
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("initials", sa.String(length=10), nullable=False),
        sa.Column("organisation", sa.String(length=32), nullable=False),
        sa.Column("role", sa.String(length=32), nullable=False),
        sa.Column("email", sa.String(length=200), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_consultant")),
        sa.UniqueConstraint("initials", name=op.f("uq_consultant_initials")),
    )
    op.create_table(
        "criteria_set",
        sa.Column("key", sa.String(length=60), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("track", sa.String(length=32), nullable=False),
        sa.Column("law", sa.String(length=60), nullable=False),
        sa.Column("valid_from", sa.Date(), nullable=True),
        sa.Column("valid_to", sa.Date(), nullable=True),
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("scale", sa.JSON(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_criteria_set")),
        sa.UniqueConstraint("key", "version", name=op.f("uq_criteria_set_key_version")),
    )
    op.create_table(
        "key_figure",
        sa.Column("table_code", sa.String(length=20), nullable=False),
        sa.Column("area_code", sa.String(length=3), nullable=False),
        sa.Column("period", sa.String(length=10), nullable=False),
        sa.Column("category", sa.String(length=200), nullable=False),
        sa.Column("value", sa.Float(), nullable=True),
        sa.Column("children_population", sa.Integer(), nullable=True),
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_key_figure")),
    )
    with op.batch_alter_table("key_figure", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_key_figure_area_code"), ["area_code"], unique=False)
        batch_op.create_index(batch_op.f("ix_key_figure_table_code"), ["table_code"], unique=False)

    op.create_table(
        "municipality",
        sa.Column("code", sa.String(length=3), nullable=False),
        sa.Column("name", sa.String(length=80), nullable=False),
        sa.Column("region", sa.String(length=32), nullable=False),
        sa.Column("iso_region", sa.String(length=5), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_municipality")),
        sa.UniqueConstraint("code", name=op.f("uq_municipality_code")),
    )
    op.create_table(
        "setting",
        sa.Column("key", sa.String(length=120), nullable=False),
        sa.Column("value", sa.JSON(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_setting")),
        sa.UniqueConstraint("key", name=op.f("uq_setting_key")),
    )
    op.create_table(
        "application",
        sa.Column("round_id", sa.Uuid(), nullable=False),
        sa.Column("municipality_id", sa.Uuid(), nullable=False),
        sa.Column("received_on", sa.Date(), nullable=True),
        sa.Column("council_backing", sa.Boolean(), nullable=False),
        sa.Column("council_decision_on", sa.Date(), nullable=True),
        sa.Column("contact_persons", sa.Text(), nullable=False),
        sa.Column("themes", sa.JSON(), nullable=False),
        sa.Column("themes_other", sa.Text(), nullable=False),
        sa.Column("motivation", sa.Text(), nullable=False),
        sa.Column("assessment_notes", sa.Text(), nullable=False),
        sa.Column("decision", sa.String(length=32), nullable=False),
        sa.Column("decision_on", sa.Date(), nullable=True),
        sa.Column("decision_reason", sa.Text(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["municipality_id"],
            ["municipality.id"],
            name=op.f("fk_application_municipality_id_municipality"),
        ),
        sa.ForeignKeyConstraint(
            ["round_id"],
            ["application_round.id"],
            name=op.f("fk_application_round_id_application_round"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_application")),
    )
    with op.batch_alter_table("application", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_application_municipality_id"), ["municipality_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_application_round_id"), ["round_id"], unique=False)

    op.create_table(
        "criterion",
        sa.Column("criteria_set_id", sa.Uuid(), nullable=False),
        sa.Column("code", sa.String(length=30), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.Column("pejlemaerke", sa.String(length=32), nullable=False),
        sa.Column("provision", sa.String(length=120), nullable=False),
        sa.Column("question", sa.Text(), nullable=False),
        sa.Column("guidance", sa.Text(), nullable=False),
        sa.Column("applies_when", sa.Text(), nullable=False),
        sa.Column("deadline_rule", sa.String(length=40), nullable=True),
        sa.Column("benchmark_key", sa.String(length=60), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["criteria_set_id"],
            ["criteria_set.id"],
            name=op.f("fk_criterion_criteria_set_id_criteria_set"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_criterion")),
        sa.UniqueConstraint(
            "criteria_set_id", "code", name=op.f("uq_criterion_criteria_set_id_code")
        ),
    )
    with op.batch_alter_table("criterion", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_criterion_criteria_set_id"), ["criteria_set_id"], unique=False
        )

    op.create_table(
        "engagement",
        sa.Column("municipality_id", sa.Uuid(), nullable=False),
        sa.Column("application_id", sa.Uuid(), nullable=True),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("phase", sa.String(length=32), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=True),
        sa.Column("planned_end_date", sa.Date(), nullable=True),
        sa.Column("actual_end_date", sa.Date(), nullable=True),
        sa.Column("themes", sa.JSON(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["application_id"],
            ["application.id"],
            name=op.f("fk_engagement_application_id_application"),
        ),
        sa.ForeignKeyConstraint(
            ["municipality_id"],
            ["municipality.id"],
            name=op.f("fk_engagement_municipality_id_municipality"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_engagement")),
    )
    with op.batch_alter_table("engagement", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_engagement_application_id"), ["application_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_engagement_municipality_id"), ["municipality_id"], unique=False
        )

    op.create_table(
        "case_list_import",
        sa.Column("engagement_id", sa.Uuid(), nullable=False),
        sa.Column("file_name", sa.String(length=260), nullable=False),
        sa.Column("sheet_name", sa.String(length=120), nullable=False),
        sa.Column("imported_at", sa.DateTime(), nullable=False),
        sa.Column("imported_by", sa.String(length=120), nullable=False),
        sa.Column("fingerprint", sa.String(length=64), nullable=False),
        sa.Column("row_count", sa.Integer(), nullable=False),
        sa.Column("imported_count", sa.Integer(), nullable=False),
        sa.Column("rejected_count", sa.Integer(), nullable=False),
        sa.Column("column_mapping", sa.JSON(), nullable=False),
        sa.Column("report", sa.JSON(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["engagement_id"],
            ["engagement.id"],
            name=op.f("fk_case_list_import_engagement_id_engagement"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_list_import")),
    )
    with op.batch_alter_table("case_list_import", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_case_list_import_engagement_id"), ["engagement_id"], unique=False
        )

    op.create_table(
        "milestone",
        sa.Column("engagement_id", sa.Uuid(), nullable=False),
        sa.Column("template_key", sa.String(length=60), nullable=True),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("phase", sa.String(length=32), nullable=False),
        sa.Column("planned_on", sa.Date(), nullable=False),
        sa.Column("actual_on", sa.Date(), nullable=True),
        sa.Column("responsible_id", sa.Uuid(), nullable=True),
        sa.Column("status", sa.String(length=32), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.Column("extra", sa.JSON(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["engagement_id"], ["engagement.id"], name=op.f("fk_milestone_engagement_id_engagement")
        ),
        sa.ForeignKeyConstraint(
            ["responsible_id"],
            ["consultant.id"],
            name=op.f("fk_milestone_responsible_id_consultant"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_milestone")),
    )
    with op.batch_alter_table("milestone", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_milestone_engagement_id"), ["engagement_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_milestone_responsible_id"), ["responsible_id"], unique=False
        )

    op.create_table(
        "municipal_contact",
        sa.Column("engagement_id", sa.Uuid(), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("title", sa.String(length=120), nullable=False),
        sa.Column("email", sa.String(length=200), nullable=False),
        sa.Column("phone", sa.String(length=40), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["engagement_id"],
            ["engagement.id"],
            name=op.f("fk_municipal_contact_engagement_id_engagement"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_municipal_contact")),
    )
    with op.batch_alter_table("municipal_contact", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_municipal_contact_engagement_id"), ["engagement_id"], unique=False
        )

    op.create_table(
        "phase_period",
        sa.Column("engagement_id", sa.Uuid(), nullable=False),
        sa.Column("phase", sa.String(length=32), nullable=False),
        sa.Column("started_on", sa.Date(), nullable=True),
        sa.Column("ended_on", sa.Date(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["engagement_id"],
            ["engagement.id"],
            name=op.f("fk_phase_period_engagement_id_engagement"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_phase_period")),
    )
    with op.batch_alter_table("phase_period", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_phase_period_engagement_id"), ["engagement_id"], unique=False
        )

    op.create_table(
        "review_round",
        sa.Column("engagement_id", sa.Uuid(), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("legal_criteria_set_id", sa.Uuid(), nullable=True),
        sa.Column("social_criteria_set_id", sa.Uuid(), nullable=True),
        sa.Column("status", sa.String(length=32), nullable=False),
        sa.Column("sampling_method", sa.String(length=32), nullable=True),
        sa.Column("sampling_parameters", sa.JSON(), nullable=False),
        sa.Column("sample_size", sa.Integer(), nullable=False),
        sa.Column("seed", sa.String(length=64), nullable=False),
        sa.Column("population_fingerprint", sa.String(length=64), nullable=False),
        sa.Column("population_size", sa.Integer(), nullable=False),
        sa.Column("sampled_by", sa.String(length=120), nullable=False),
        sa.Column("sampled_at", sa.DateTime(), nullable=True),
        sa.Column("signed_off_by_id", sa.Uuid(), nullable=True),
        sa.Column("signed_off_at", sa.DateTime(), nullable=True),
        sa.Column("lock_log", sa.JSON(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["engagement_id"],
            ["engagement.id"],
            name=op.f("fk_review_round_engagement_id_engagement"),
        ),
        sa.ForeignKeyConstraint(
            ["legal_criteria_set_id"],
            ["criteria_set.id"],
            name=op.f("fk_review_round_legal_criteria_set_id_criteria_set"),
        ),
        sa.ForeignKeyConstraint(
            ["signed_off_by_id"],
            ["consultant.id"],
            name=op.f("fk_review_round_signed_off_by_id_consultant"),
        ),
        sa.ForeignKeyConstraint(
            ["social_criteria_set_id"],
            ["criteria_set.id"],
            name=op.f("fk_review_round_social_criteria_set_id_criteria_set"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_review_round")),
    )
    with op.batch_alter_table("review_round", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_review_round_engagement_id"), ["engagement_id"], unique=False
        )

    op.create_table(
        "team_member",
        sa.Column("engagement_id", sa.Uuid(), nullable=False),
        sa.Column("consultant_id", sa.Uuid(), nullable=False),
        sa.Column("role", sa.String(length=32), nullable=False),
        sa.Column("joined_on", sa.Date(), nullable=True),
        sa.Column("left_on", sa.Date(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["consultant_id"],
            ["consultant.id"],
            name=op.f("fk_team_member_consultant_id_consultant"),
        ),
        sa.ForeignKeyConstraint(
            ["engagement_id"],
            ["engagement.id"],
            name=op.f("fk_team_member_engagement_id_engagement"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_team_member")),
    )
    with op.batch_alter_table("team_member", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_team_member_consultant_id"), ["consultant_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_team_member_engagement_id"), ["engagement_id"], unique=False
        )

    op.create_table(
        "case_record",
        sa.Column("engagement_id", sa.Uuid(), nullable=False),
        sa.Column("import_id", sa.Uuid(), nullable=True),
        sa.Column("case_ref", sa.String(length=60), nullable=False),
        sa.Column("birth_year", sa.Integer(), nullable=True),
        sa.Column("age", sa.Integer(), nullable=True),
        sa.Column("gender", sa.String(length=20), nullable=False),
        sa.Column("case_type", sa.String(length=120), nullable=False),
        sa.Column("measure", sa.String(length=200), nullable=False),
        sa.Column("legal_basis", sa.String(length=120), nullable=False),
        sa.Column("caseworker", sa.String(length=120), nullable=False),
        sa.Column("opened_on", sa.Date(), nullable=True),
        sa.Column("decided_on", sa.Date(), nullable=True),
        sa.Column("extra", sa.JSON(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["engagement_id"],
            ["engagement.id"],
            name=op.f("fk_case_record_engagement_id_engagement"),
        ),
        sa.ForeignKeyConstraint(
            ["import_id"],
            ["case_list_import.id"],
            name=op.f("fk_case_record_import_id_case_list_import"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_record")),
        sa.UniqueConstraint(
            "engagement_id", "case_ref", name=op.f("uq_case_record_engagement_id_case_ref")
        ),
    )
    with op.batch_alter_table("case_record", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_case_record_engagement_id"), ["engagement_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_case_record_import_id"), ["import_id"], unique=False)

    op.create_table(
        "finding",
        sa.Column("engagement_id", sa.Uuid(), nullable=False),
        sa.Column("round_id", sa.Uuid(), nullable=True),
        sa.Column("track", sa.String(length=32), nullable=False),
        sa.Column("theme", sa.String(length=120), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("severity", sa.String(length=32), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["engagement_id"], ["engagement.id"], name=op.f("fk_finding_engagement_id_engagement")
        ),
        sa.ForeignKeyConstraint(
            ["round_id"], ["review_round.id"], name=op.f("fk_finding_round_id_review_round")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_finding")),
    )
    with op.batch_alter_table("finding", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_finding_engagement_id"), ["engagement_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_finding_round_id"), ["round_id"], unique=False)

    op.create_table(
        "finding_criterion",
        sa.Column("finding_id", sa.Uuid(), nullable=False),
        sa.Column("criterion_id", sa.Uuid(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["criterion_id"],
            ["criterion.id"],
            name=op.f("fk_finding_criterion_criterion_id_criterion"),
        ),
        sa.ForeignKeyConstraint(
            ["finding_id"], ["finding.id"], name=op.f("fk_finding_criterion_finding_id_finding")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_finding_criterion")),
        sa.UniqueConstraint(
            "finding_id", "criterion_id", name=op.f("uq_finding_criterion_finding_id_criterion_id")
        ),
    )
    with op.batch_alter_table("finding_criterion", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_finding_criterion_criterion_id"), ["criterion_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_finding_criterion_finding_id"), ["finding_id"], unique=False
        )

    op.create_table(
        "recommendation",
        sa.Column("engagement_id", sa.Uuid(), nullable=False),
        sa.Column("finding_id", sa.Uuid(), nullable=True),
        sa.Column("milestone_id", sa.Uuid(), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("owner", sa.String(length=120), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column("status", sa.String(length=32), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["engagement_id"],
            ["engagement.id"],
            name=op.f("fk_recommendation_engagement_id_engagement"),
        ),
        sa.ForeignKeyConstraint(
            ["finding_id"], ["finding.id"], name=op.f("fk_recommendation_finding_id_finding")
        ),
        sa.ForeignKeyConstraint(
            ["milestone_id"],
            ["milestone.id"],
            name=op.f("fk_recommendation_milestone_id_milestone"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_recommendation")),
    )
    with op.batch_alter_table("recommendation", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_recommendation_engagement_id"), ["engagement_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_recommendation_finding_id"), ["finding_id"], unique=False
        )

    op.create_table(
        "sampled_case",
        sa.Column("round_id", sa.Uuid(), nullable=False),
        sa.Column("case_id", sa.Uuid(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=32), nullable=False),
        sa.Column("replacement_reason", sa.Text(), nullable=False),
        sa.Column("replaced_by_id", sa.Uuid(), nullable=True),
        sa.Column("notification_received_at", sa.DateTime(), nullable=True),
        sa.Column("notification_assessed_at", sa.DateTime(), nullable=True),
        sa.Column("investigation_started_on", sa.Date(), nullable=True),
        sa.Column("investigation_completed_on", sa.Date(), nullable=True),
        sa.Column("decision_on", sa.Date(), nullable=True),
        sa.Column("measure_started_on", sa.Date(), nullable=True),
        sa.Column("follow_up_dates", sa.JSON(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["case_id"], ["case_record.id"], name=op.f("fk_sampled_case_case_id_case_record")
        ),
        sa.ForeignKeyConstraint(
            ["replaced_by_id"],
            ["sampled_case.id"],
            name=op.f("fk_sampled_case_replaced_by_id_sampled_case"),
        ),
        sa.ForeignKeyConstraint(
            ["round_id"], ["review_round.id"], name=op.f("fk_sampled_case_round_id_review_round")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sampled_case")),
        sa.UniqueConstraint("round_id", "case_id", name=op.f("uq_sampled_case_round_id_case_id")),
    )
    with op.batch_alter_table("sampled_case", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_sampled_case_case_id"), ["case_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_sampled_case_round_id"), ["round_id"], unique=False)

    op.create_table(
        "assessment",
        sa.Column("sampled_case_id", sa.Uuid(), nullable=False),
        sa.Column("criterion_id", sa.Uuid(), nullable=False),
        sa.Column("answer", sa.String(length=32), nullable=True),
        sa.Column("suggested_answer", sa.String(length=32), nullable=True),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("assessed_by_id", sa.Uuid(), nullable=True),
        sa.Column("assessed_at", sa.DateTime(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["assessed_by_id"],
            ["consultant.id"],
            name=op.f("fk_assessment_assessed_by_id_consultant"),
        ),
        sa.ForeignKeyConstraint(
            ["criterion_id"], ["criterion.id"], name=op.f("fk_assessment_criterion_id_criterion")
        ),
        sa.ForeignKeyConstraint(
            ["sampled_case_id"],
            ["sampled_case.id"],
            name=op.f("fk_assessment_sampled_case_id_sampled_case"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_assessment")),
        sa.UniqueConstraint(
            "sampled_case_id",
            "criterion_id",
            name=op.f("uq_assessment_sampled_case_id_criterion_id"),
        ),
    )
    with op.batch_alter_table("assessment", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_assessment_criterion_id"), ["criterion_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_assessment_sampled_case_id"), ["sampled_case_id"], unique=False
        )

    op.create_table(
        "finding_evidence",
        sa.Column("finding_id", sa.Uuid(), nullable=False),
        sa.Column("sampled_case_id", sa.Uuid(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["finding_id"], ["finding.id"], name=op.f("fk_finding_evidence_finding_id_finding")
        ),
        sa.ForeignKeyConstraint(
            ["sampled_case_id"],
            ["sampled_case.id"],
            name=op.f("fk_finding_evidence_sampled_case_id_sampled_case"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_finding_evidence")),
        sa.UniqueConstraint(
            "finding_id",
            "sampled_case_id",
            name=op.f("uq_finding_evidence_finding_id_sampled_case_id"),
        ),
    )
    with op.batch_alter_table("finding_evidence", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_finding_evidence_finding_id"), ["finding_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_finding_evidence_sampled_case_id"), ["sampled_case_id"], unique=False
        )

    op.create_table(
        "recommendation_update",
        sa.Column("recommendation_id", sa.Uuid(), nullable=False),
        sa.Column("occurred_at", sa.DateTime(), nullable=False),
        sa.Column("author", sa.String(length=120), nullable=False),
        sa.Column("old_status", sa.String(length=32), nullable=True),
        sa.Column("new_status", sa.String(length=32), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["recommendation_id"],
            ["recommendation.id"],
            name=op.f("fk_recommendation_update_recommendation_id_recommendation"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_recommendation_update")),
    )
    with op.batch_alter_table("recommendation_update", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_recommendation_update_recommendation_id"),
            ["recommendation_id"],
            unique=False,
        )

    op.create_table(
        "review_note",
        sa.Column("engagement_id", sa.Uuid(), nullable=False),
        sa.Column("finding_id", sa.Uuid(), nullable=True),
        sa.Column("assessment_id", sa.Uuid(), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("author_id", sa.Uuid(), nullable=True),
        sa.Column("resolved_at", sa.DateTime(), nullable=True),
        sa.Column("resolved_by_id", sa.Uuid(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["assessment_id"],
            ["assessment.id"],
            name=op.f("fk_review_note_assessment_id_assessment"),
        ),
        sa.ForeignKeyConstraint(
            ["author_id"], ["consultant.id"], name=op.f("fk_review_note_author_id_consultant")
        ),
        sa.ForeignKeyConstraint(
            ["engagement_id"],
            ["engagement.id"],
            name=op.f("fk_review_note_engagement_id_engagement"),
        ),
        sa.ForeignKeyConstraint(
            ["finding_id"], ["finding.id"], name=op.f("fk_review_note_finding_id_finding")
        ),
        sa.ForeignKeyConstraint(
            ["resolved_by_id"],
            ["consultant.id"],
            name=op.f("fk_review_note_resolved_by_id_consultant"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_review_note")),
    )
    with op.batch_alter_table("review_note", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_review_note_assessment_id"), ["assessment_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_review_note_engagement_id"), ["engagement_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_review_note_finding_id"), ["finding_id"], unique=False)

    _load_municipalities()


def downgrade() -> None:
    """Drop every table."""
    with op.batch_alter_table("review_note", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_review_note_finding_id"))
        batch_op.drop_index(batch_op.f("ix_review_note_engagement_id"))
        batch_op.drop_index(batch_op.f("ix_review_note_assessment_id"))

    op.drop_table("review_note")
    with op.batch_alter_table("recommendation_update", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_recommendation_update_recommendation_id"))

    op.drop_table("recommendation_update")
    with op.batch_alter_table("finding_evidence", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_finding_evidence_sampled_case_id"))
        batch_op.drop_index(batch_op.f("ix_finding_evidence_finding_id"))

    op.drop_table("finding_evidence")
    with op.batch_alter_table("assessment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_assessment_sampled_case_id"))
        batch_op.drop_index(batch_op.f("ix_assessment_criterion_id"))

    op.drop_table("assessment")
    with op.batch_alter_table("sampled_case", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sampled_case_round_id"))
        batch_op.drop_index(batch_op.f("ix_sampled_case_case_id"))

    op.drop_table("sampled_case")
    with op.batch_alter_table("recommendation", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_recommendation_finding_id"))
        batch_op.drop_index(batch_op.f("ix_recommendation_engagement_id"))

    op.drop_table("recommendation")
    with op.batch_alter_table("finding_criterion", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_finding_criterion_finding_id"))
        batch_op.drop_index(batch_op.f("ix_finding_criterion_criterion_id"))

    op.drop_table("finding_criterion")
    with op.batch_alter_table("finding", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_finding_round_id"))
        batch_op.drop_index(batch_op.f("ix_finding_engagement_id"))

    op.drop_table("finding")
    with op.batch_alter_table("case_record", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_case_record_import_id"))
        batch_op.drop_index(batch_op.f("ix_case_record_engagement_id"))

    op.drop_table("case_record")
    with op.batch_alter_table("team_member", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_team_member_engagement_id"))
        batch_op.drop_index(batch_op.f("ix_team_member_consultant_id"))

    op.drop_table("team_member")
    with op.batch_alter_table("review_round", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_review_round_engagement_id"))

    op.drop_table("review_round")
    with op.batch_alter_table("phase_period", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_phase_period_engagement_id"))

    op.drop_table("phase_period")
    with op.batch_alter_table("municipal_contact", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_municipal_contact_engagement_id"))

    op.drop_table("municipal_contact")
    with op.batch_alter_table("milestone", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_milestone_responsible_id"))
        batch_op.drop_index(batch_op.f("ix_milestone_engagement_id"))

    op.drop_table("milestone")
    with op.batch_alter_table("case_list_import", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_case_list_import_engagement_id"))

    op.drop_table("case_list_import")
    with op.batch_alter_table("engagement", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_engagement_municipality_id"))
        batch_op.drop_index(batch_op.f("ix_engagement_application_id"))

    op.drop_table("engagement")
    with op.batch_alter_table("criterion", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_criterion_criteria_set_id"))

    op.drop_table("criterion")
    with op.batch_alter_table("application", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_application_round_id"))
        batch_op.drop_index(batch_op.f("ix_application_municipality_id"))

    op.drop_table("application")
    op.drop_table("setting")
    op.drop_table("municipality")
    with op.batch_alter_table("key_figure", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_key_figure_table_code"))
        batch_op.drop_index(batch_op.f("ix_key_figure_area_code"))

    op.drop_table("key_figure")
    op.drop_table("criteria_set")
    op.drop_table("consultant")
    with op.batch_alter_table("audit_event", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_audit_event_record_id"))
        batch_op.drop_index(batch_op.f("ix_audit_event_occurred_at"))

    op.drop_table("audit_event")
    op.drop_table("application_round")
