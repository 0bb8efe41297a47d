"""Importing a municipality's case list into a forløb: preview, validate, store in one go.

The importer (and openpyxl with it) is imported when a file is read, not at start-up.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from taskforce_app.domain.cases import CaseColumnMapping, CaseField, CaseListReport
from taskforce_app.domain.changes import Changes, Entity
from taskforce_app.domain.cpr import redact_cpr
from taskforce_app.domain.errors import NotFoundError, OperationCancelledError
from taskforce_app.persistence.database import Database
from taskforce_app.persistence.models import Case, CaseListImport, Engagement, Municipality, Setting
from taskforce_app.persistence.types import utc_now

if TYPE_CHECKING:
    from taskforce_app.importers.case_list import CaseTable

Cancelled = Callable[[], bool]
Progress = Callable[[str, int, int], None]


@dataclass(frozen=True, slots=True)
class CaseListPreview:
    """What the wizard shows before importing: the table, the mapping to start from."""

    table: CaseTable
    mapping: CaseColumnMapping
    remembered: bool
    """A mapping was remembered for the municipality."""
    same_layout: bool = False
    """The remembered mapping fits this file's columns and is repeated as it was."""
    remembered_fields: tuple[CaseField, ...] = ()
    """Another layout: the fields the remembered mapping filled, no heading naming them."""


@dataclass(frozen=True, slots=True)
class ImportOutcome:
    """What an import stored."""

    import_id: uuid.UUID | None
    report: CaseListReport
    stored: int


class CaseListService:
    """Use cases of case lists."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def preview(
        self, engagement_id: uuid.UUID, path: str | Path, *, sheet_name: str | None = None
    ) -> CaseListPreview:
        """Read the file and propose a mapping: the one remembered for the municipality when the
        file has the same columns, else the file's own recognisable headings, the remembered
        mapping filling only the columns they do not name (see `apply_remembered`)."""
        from taskforce_app.importers.case_list import (
            apply_remembered,
            read_case_table,
            suggest_mapping,
        )

        table = read_case_table(path, sheet_name=sheet_name)
        with self._db.read() as session:
            code = _municipality_code(session, engagement_id)
            stored = session.scalars(
                select(Setting.value).where(Setting.key == _mapping_key(code))
            ).one_or_none()
        if isinstance(stored, dict) and stored:
            names = {str(k): str(v) for k, v in stored.items()}
            applied = apply_remembered(table.headers, names)
            return CaseListPreview(
                table, applied.mapping, True, applied.same_layout, applied.filled
            )
        return CaseListPreview(table, suggest_mapping(table.headers), False)

    def existing_refs(self, engagement_id: uuid.UUID) -> frozenset[str]:
        """The case references already imported for the forløb."""
        with self._db.read() as session:
            return frozenset(
                session.scalars(select(Case.case_ref).where(Case.engagement_id == engagement_id))
            )

    def check(
        self, engagement_id: uuid.UUID, table: CaseTable, mapping: CaseColumnMapping
    ) -> CaseListReport:
        """The row-level report for `table` read with `mapping`; stores nothing."""
        from taskforce_app.importers.case_list import validate

        return validate(table, mapping, existing_refs=self.existing_refs(engagement_id))

    def import_rows(
        self,
        engagement_id: uuid.UUID,
        table: CaseTable,
        mapping: CaseColumnMapping,
        *,
        cancelled: Cancelled | None = None,
        progress: Progress | None = None,
    ) -> tuple[ImportOutcome, Changes]:
        """Validate and store the valid rows, the import record and the remembered mapping in
        one transaction. Cancelling, or any error, stores nothing."""
        report = self.check(engagement_id, table, mapping)
        if cancelled is not None and cancelled():
            raise OperationCancelledError()
        if not report.rows:
            return ImportOutcome(None, report, 0), Changes()
        total = len(report.rows)
        with self._db.write() as session:
            code = _municipality_code(session, engagement_id)
            now = utc_now()
            record = CaseListImport(
                id=uuid.uuid4(),
                engagement_id=engagement_id,
                file_name=redact_cpr(table.file_name),
                sheet_name=redact_cpr(table.sheet_name),
                imported_at=now,
                imported_by=str(session.info.get("actor", "")),
                fingerprint=report.fingerprint,
                row_count=report.rows_read,
                imported_count=report.valid_count,
                rejected_count=report.refused_count,
                column_mapping={k: redact_cpr(v) for k, v in report.column_mapping.items()},
                report=report.report_entries(),
            )
            session.add(record)
            session.flush()
            batch: list[dict[str, object]] = []
            for done, row in enumerate(report.rows, start=1):
                batch.append(
                    {
                        "id": uuid.uuid4(),
                        "created_at": now,
                        "updated_at": now,
                        "engagement_id": engagement_id,
                        "import_id": record.id,
                        "case_ref": row.case_ref,
                        "birth_year": row.birth_year,
                        "age": row.age,
                        "gender": row.gender,
                        "case_type": row.case_type,
                        "measure": row.measure,
                        "legal_basis": row.legal_basis,
                        "caseworker": row.caseworker,
                        "opened_on": row.opened_on,
                        "decided_on": row.decided_on,
                        "notified_on": row.notified_on,
                        "aware_on": row.aware_on,
                        "investigation_started_on": row.investigation_started_on,
                        "investigation_completed_on": row.investigation_completed_on,
                        "measure_started_on": row.measure_started_on,
                        "measure_ended_on": row.measure_ended_on,
                        "plan_on": row.plan_on,
                        "list_row": row.row_number,
                        "extra": {redact_cpr(k): v for k, v in row.extra.items()},
                    }
                )
                if len(batch) == 2_000 or done == total:
                    session.execute(insert(Case), batch)
                    batch = []
                    if progress is not None:
                        progress("store", done, total)
                    if cancelled is not None and cancelled():
                        raise OperationCancelledError()
            _remember_mapping(
                session, code, {k: redact_cpr(v) for k, v in report.column_mapping.items()}
            )
            import_id = record.id
        outcome = ImportOutcome(import_id, report, total)
        return outcome, Changes.of(Entity.CASE, engagement_id)

    def import_file(
        self,
        engagement_id: uuid.UUID,
        path: str | Path,
        *,
        sheet_name: str | None = None,
    ) -> tuple[ImportOutcome, Changes]:
        """Preview with the remembered or suggested mapping, then import (the CLI's path)."""
        preview = self.preview(engagement_id, path, sheet_name=sheet_name)
        return self.import_rows(engagement_id, preview.table, preview.mapping)


def _municipality_code(session: Session, engagement_id: uuid.UUID) -> str:
    row = session.execute(
        select(Municipality.code)
        .join(Engagement, Engagement.municipality_id == Municipality.id)
        .where(Engagement.id == engagement_id)
    ).one_or_none()
    if row is None:
        raise NotFoundError("engagement.not_found", value=str(engagement_id))
    return str(row[0])


def _mapping_key(code: str) -> str:
    return f"case_list.mapping.{code}"


def _remember_mapping(session: Session, code: str, names: dict[str, str]) -> None:
    setting = session.scalars(
        select(Setting)
        .where(Setting.key == _mapping_key(code))
        .execution_options(include_deleted=True)
    ).one_or_none()
    if setting is None:
        session.add(Setting(id=uuid.uuid4(), key=_mapping_key(code), value=names))
    else:
        setting.value = names
        setting.deleted_at = None
