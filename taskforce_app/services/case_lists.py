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

from taskforce_app.domain.cases import (
    CaseColumnMapping,
    CaseField,
    CaseListImportView,
    CaseListReport,
    CaseRow,
    ImportReportLine,
)
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

    def imports(self, engagement_id: uuid.UUID) -> tuple[CaseListImportView, ...]:
        """The forløb's imported case lists, newest first, each with its row report."""
        with self._db.read() as session:
            _municipality_code(session, engagement_id)
            records = session.scalars(
                select(CaseListImport)
                .where(CaseListImport.engagement_id == engagement_id)
                .order_by(CaseListImport.imported_at.desc())
            ).all()
            return tuple(_import_view(record) for record in records)

    def cases(self, import_id: uuid.UUID) -> tuple[CaseRow, ...]:
        """The cases of one imported list in the list's order (`row_number` is the list row)."""
        with self._db.read() as session:
            if session.get(CaseListImport, import_id) is None:
                raise NotFoundError("case_list.import_not_found", value=str(import_id))
            records = session.scalars(
                select(Case)
                .where(Case.import_id == import_id)
                .order_by(Case.list_row, Case.case_ref)
            ).all()
            return tuple(_case_row(record) for record in records)

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


def _import_view(record: CaseListImport) -> CaseListImportView:
    return CaseListImportView(
        id=record.id,
        file_name=record.file_name,
        sheet_name=record.sheet_name,
        imported_at=record.imported_at,
        imported_by=record.imported_by,
        row_count=record.row_count,
        imported_count=record.imported_count,
        rejected_count=record.rejected_count,
        fingerprint=record.fingerprint,
        report=tuple(_report_line(entry) for entry in record.report if isinstance(entry, dict)),
    )


def _report_line(entry: dict[str, object]) -> ImportReportLine:
    row = entry.get("row")
    params = entry.get("params")
    return ImportReportLine(
        row=row if isinstance(row, int) else None,
        code=str(entry.get("code", "")),
        case_ref=str(entry.get("case_ref") or ""),
        params=tuple((str(k), str(v)) for k, v in params.items())
        if isinstance(params, dict)
        else (),
    )


def _case_row(record: Case) -> CaseRow:
    return CaseRow(
        row_number=record.list_row or 0,
        case_ref=record.case_ref,
        birth_year=record.birth_year,
        age=record.age,
        gender=record.gender,
        case_type=record.case_type,
        measure=record.measure,
        legal_basis=record.legal_basis,
        caseworker=record.caseworker,
        opened_on=record.opened_on,
        decided_on=record.decided_on,
        notified_on=record.notified_on,
        aware_on=record.aware_on,
        investigation_started_on=record.investigation_started_on,
        investigation_completed_on=record.investigation_completed_on,
        measure_started_on=record.measure_started_on,
        measure_ended_on=record.measure_ended_on,
        plan_on=record.plan_on,
        extra={str(k): str(v) for k, v in record.extra.items()},
    )


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
