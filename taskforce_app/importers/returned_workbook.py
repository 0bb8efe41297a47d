"""A forløb workbook the municipality filled in (Status and Note in Anbefalinger) and sent back.

Every row is checked against what was sent: the recommendation's id must be one that was
exported, and the columns the municipality does not fill in (text, finding, owner, due date) must
hold what was sent. The service passes the app's own record of the export (`sent_for`); the
hidden manifest, which anyone can edit, only names that record. A row that fails a check is
reported with its Excel row number and never guessed at.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator, Mapping, Sequence
from datetime import date, datetime
from pathlib import Path

from openpyxl import load_workbook

from taskforce_app.domain.cpr import find_cpr_numbers
from taskforce_app.domain.enums import RecommendationStatus
from taskforce_app.domain.errors import UserError
from taskforce_app.domain.labels import RECOMMENDATION_STATUS_LABELS
from taskforce_app.domain.limits import MAX_COLUMNS, MAX_ROWS, XLSX_LIMITS, count_text
from taskforce_app.domain.text import Language
from taskforce_app.domain.workbook_models import (
    FORMAT_ID,
    FORMAT_VERSION,
    NOTE_MAX,
    WORKBOOK_LANGUAGES,
    ManifestRow,
    RecommendationColumns,
    ReturnedProblem,
    ReturnedRow,
    ReturnedWorkbook,
    Sheets,
    WorkbookManifest,
    recommendation_fingerprint,
    status_from_label,
    workbook_text,
)
from taskforce_app.importers.cells import MASKED_CPR, parse_date
from taskforce_app.importers.input_limits import check_xlsx
from taskforce_app.importers.tables import XLSX_READ_ERRORS

HEADER_SEARCH_ROWS = 10
"""How far down the Anbefalinger sheet the header row is looked for."""

_READ_ERRORS: tuple[type[Exception], ...] = (*XLSX_READ_ERRORS, OSError)

Cells = tuple[object, ...]
SentValues = Mapping[uuid.UUID, Mapping[str, str]]
"""Per exported recommendation: protected column name → its value as sent (see `sent_cell`)."""
PROTECTED_COLUMNS = (
    RecommendationColumns.TEXT,
    RecommendationColumns.FINDING,
    RecommendationColumns.OWNER,
    RecommendationColumns.DUE,
)
"""The columns of Anbefalinger the municipality must leave as they were sent."""
NOT_A_DATE = "\x00not a date"
"""What a due-date cell that holds no date compares as: never equal to a value as sent."""


def sent_cell(column: str, value: object) -> str:
    """A protected column's value in the form it is compared in (a date as ISO text)."""
    if column == RecommendationColumns.DUE:
        is_date, due = _due(value)
        if not is_date:
            return NOT_A_DATE
        return due.isoformat() if due is not None else ""
    return _text(value)


def read_returned(
    path: Path, sent_for: Callable[[WorkbookManifest], SentValues] | None = None
) -> ReturnedWorkbook:
    """Read a returned workbook: the manifest, the valid rows, and a problem per bad row.

    Args:
        path: the xlsx file.
        sent_for: gives, for the file's manifest, the values as sent from a trusted record
            (it raises UserError for an export it does not know). None: the rows are checked
            against the manifest's fingerprints only, which the file itself could forge.

    Raises:
        UserError: the file is not a readable xlsx, has no (or a damaged or newer) manifest,
            or lacks the Anbefalinger sheet or one of its columns; as `sent_for`.
    """
    path = Path(path)
    name = path.name
    try:
        check_xlsx(path, XLSX_LIMITS)
        workbook = load_workbook(path, read_only=True, data_only=True)
    except _READ_ERRORS as exc:
        raise UserError("returned.unreadable", file=name, detail=_detail(exc)) from exc
    try:
        if Sheets.MANIFEST not in workbook.sheetnames:
            raise UserError("returned.no_manifest", file=name)
        manifest_rows = _rows(workbook[Sheets.MANIFEST], name)
        manifest = parse_manifest([cells for _n, cells in manifest_rows], name)
        sheet = _recommendation_sheet(workbook.sheetnames, manifest.language)
        if sheet is None:
            wanted = workbook_text(manifest.language)(Sheets.RECOMMENDATIONS)
            raise UserError("returned.no_sheet", file=name, sheet=wanted)
        rows = list(_rows(workbook[sheet], name))
    except _READ_ERRORS as exc:
        raise UserError("returned.unreadable", file=name, detail=_detail(exc)) from exc
    finally:
        workbook.close()
    sent = sent_for(manifest) if sent_for is not None else None
    valid, problems = check_rows(rows, manifest, sent)
    return ReturnedWorkbook(name, manifest, tuple(valid), tuple(problems))


def parse_manifest(rows: Sequence[Cells], file_name: str) -> WorkbookManifest:
    """The manifest from the hidden sheet's rows (key/value pairs, then one row per
    recommendation under a `recommendation_id` heading).

    Raises:
        UserError: not our manifest, a newer format, or a damaged one.
    """
    values: dict[str, str] = {}
    exported: list[ManifestRow] = []
    in_rows = False
    try:
        for cells in rows:
            first = _text(cells[0] if cells else None)
            if not first:
                continue
            if first == "recommendation_id":
                in_rows = True
                continue
            if in_rows:
                exported.append(
                    ManifestRow(
                        uuid.UUID(first),
                        _text(cells[1]),
                        RecommendationStatus(_text(cells[2])),
                    )
                )
            else:
                values[first] = _text(cells[1] if len(cells) > 1 else None)
        if values.get("format") != FORMAT_ID:
            raise UserError("returned.no_manifest", file=file_name)
        version = int(values.get("format_version", "0"))
        if version > FORMAT_VERSION:
            raise UserError("returned.newer_format", file=file_name, version=version)
        return WorkbookManifest(
            format_id=values["format"],
            format_version=version,
            engagement_id=uuid.UUID(values["engagement_id"]),
            municipality=values.get("municipality", ""),
            exported_at=datetime.fromisoformat(values["exported_at"]),
            app_version=values.get("app_version", ""),
            rows=tuple(exported),
            export_id=uuid.UUID(values["export_id"]) if values.get("export_id") else None,
            language=_language(values.get("language", "")),
        )
    except (KeyError, ValueError, IndexError) as exc:
        raise UserError("returned.bad_manifest", file=file_name, detail=_detail(exc)) from exc


def check_rows(
    rows: Sequence[tuple[int, Cells]],
    manifest: WorkbookManifest,
    sent: SentValues | None = None,
) -> tuple[list[ReturnedRow], list[ReturnedProblem]]:
    """Check the Anbefalinger rows (with their Excel row numbers) against what was sent:
    `sent` when given (a changed protected column is a problem naming it), else the manifest.

    Raises:
        UserError: no header row with the required columns.
    """
    language = manifest.language
    _ = workbook_text(language)
    header_at, columns = _find_header(rows, language)
    exported = {row.recommendation_id: row for row in manifest.rows}
    allowed = ", ".join(RECOMMENDATION_STATUS_LABELS.labels(language).values())
    valid: list[ReturnedRow] = []
    problems: list[ReturnedProblem] = []
    first_seen: dict[uuid.UUID, int] = {}
    for number, cells in rows:
        if number <= header_at or not any(_text(cell) for cell in cells):
            continue

        def cell(name: str, cells: Cells = cells) -> object:
            index = columns[name]
            return cells[index] if index < len(cells) else None

        def problem(code: str, number: int = number, **params: object) -> None:
            problems.append(
                ReturnedProblem(number, code, tuple((k, str(v)) for k, v in params.items()))
            )

        raw_id = _text(cell(RecommendationColumns.ID))
        if not raw_id:
            problem("returned.missing_id")
            continue
        try:
            recommendation_id = uuid.UUID(raw_id)
        except ValueError:
            problem("returned.unknown_id", value=raw_id)
            continue
        known = recommendation_id in sent if sent is not None else recommendation_id in exported
        if not known:
            problem("returned.unknown_id", value=raw_id)
            continue
        if recommendation_id in first_seen:
            problem("returned.duplicate_id", first=first_seen[recommendation_id])
            continue
        first_seen[recommendation_id] = number
        text = _text(cell(RecommendationColumns.TEXT))
        if sent is not None:
            changed = [
                column
                for column, value in sent[recommendation_id].items()
                if column in columns and sent_cell(column, cell(column)) != value
            ]
            if {RecommendationColumns.TEXT, RecommendationColumns.DUE} & set(changed):
                problem("returned.changed_protected")
            for column in changed:
                if column not in (RecommendationColumns.TEXT, RecommendationColumns.DUE):
                    problem("returned.changed_column", column=_(column))
            if changed:
                continue
        else:
            is_date, due = _due(cell(RecommendationColumns.DUE))
            if not is_date or recommendation_fingerprint(recommendation_id, text, due) != (
                exported[recommendation_id].fingerprint
            ):
                problem("returned.changed_protected")
                continue
        status_text = _text(cell(RecommendationColumns.STATUS))
        status = status_from_label(status_text)
        if not status_text:
            problem("returned.status_missing", allowed=allowed)
            continue
        if status is None:
            problem("returned.unknown_status", value=status_text, allowed=allowed)
            continue
        note = _clean_note(cell(RecommendationColumns.NOTE))
        if len(note) > NOTE_MAX:
            problem("returned.note_too_long", limit=NOTE_MAX, length=len(note))
            continue
        if find_cpr_numbers(note):
            problem("returned.cpr_in_note", masked=MASKED_CPR)
            continue
        valid.append(ReturnedRow(number, recommendation_id, text, status, note))
    return valid, problems


def _recommendation_sheet(names: Sequence[str], language: Language) -> str | None:
    """The recommendations sheet's name: in the workbook's language, else in another one."""
    languages = (language, *(other for other in WORKBOOK_LANGUAGES if other != language))
    for candidate in languages:
        name = workbook_text(candidate)(Sheets.RECOMMENDATIONS)
        if name in names:
            return name
    return None


def _language(value: str) -> Language:
    """The manifest's language; Danish for a workbook from before it was recorded."""
    return value if value in WORKBOOK_LANGUAGES else "da"


def _find_header(
    rows: Sequence[tuple[int, Cells]], language: Language
) -> tuple[int, dict[str, int]]:
    wanted = {
        workbook_text(other)(name).casefold(): name
        for other in WORKBOOK_LANGUAGES
        for name in RecommendationColumns.ORDER
    }
    best: tuple[int, dict[str, int]] = (0, {})
    for number, cells in rows[:HEADER_SEARCH_ROWS]:
        found: dict[str, int] = {}
        for index, value in enumerate(cells):
            name = wanted.get(_text(value).casefold())
            if name is not None and name not in found:
                found[name] = index
        if len(found) > len(best[1]):
            best = (number, found)
    missing = [name for name in RecommendationColumns.REQUIRED if name not in best[1]]
    if missing:
        _ = workbook_text(language)
        raise UserError(
            "returned.missing_columns",
            sheet=_(Sheets.RECOMMENDATIONS),
            columns=", ".join(_(name) for name in missing),
        )
    return best


def _rows(sheet: object, name: str) -> Iterator[tuple[int, Cells]]:
    """The sheet's rows as cell tuples; a sheet over the row or column limit is refused."""
    reset = getattr(sheet, "reset_dimensions", None)
    if reset is not None:
        # A forged <dimension> must not make every row 16,384 cells wide.
        reset()
    for number, cells in enumerate(sheet.iter_rows(values_only=True), start=1):  # type: ignore[attr-defined]
        if number > MAX_ROWS:
            raise UserError("limits.too_many_rows", name=name, limit=count_text(MAX_ROWS))
        if len(cells) > MAX_COLUMNS:
            raise UserError(
                "limits.too_many_columns",
                name=name,
                row=str(number),
                count=count_text(len(cells)),
                limit=count_text(MAX_COLUMNS),
            )
        yield number, tuple(cells)


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


def _clean_note(value: object) -> str:
    text = _text(value).replace("\r\n", "\n")
    return "\n".join(line.rstrip() for line in text.split("\n")).strip()


def _due(value: object) -> tuple[bool, date | None]:
    """(True, the date or None when empty), or (False, None) when the cell is not a date."""
    if isinstance(value, datetime):
        return True, value.date()
    try:
        return True, parse_date(value)
    except (ValueError, TypeError, OverflowError):
        return False, None


def _detail(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__
