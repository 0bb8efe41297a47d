"""The municipality's case list (sagsudtræk): find the header, suggest a mapping, validate rows.

Typical use (the import wizard and the CLI)::

    table = read_case_table(path)                 # CaseListError if the file is unusable
    mapping = suggest_mapping(table.headers)      # shown to the user, who may change it
    report = validate(table, mapping, existing_refs=refs_already_imported)

The header row is the first row with a recognisable case-number heading (Sagsnr., Sagsnummer,
…); failing that, the first row with at least three text cells followed by more rows. A second
heading row directly below (e.g. under a merged group heading) is merged into the first.
Columns that look like CPR numbers, names or addresses are never read into a case, and any
row with a CPR number in a cell that is read is refused.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from itertools import islice
from pathlib import Path
from typing import Any, TypeGuard

from openpyxl.utils import get_column_letter
from openpyxl.utils.datetime import WINDOWS_EPOCH

from taskforce_app.domain.cases import (
    DATE_FIELDS,
    TEXT_LIMITS,
    CaseColumnMapping,
    CaseField,
    CaseListError,
    CaseListProblem,
    CaseListReport,
    CaseRow,
    case_list_fingerprint,
    impossible_date_pairs,
)
from taskforce_app.domain.errors import Language
from taskforce_app.domain.text import SOURCE_LANGUAGE
from taskforce_app.importers.cells import (
    MASKED_CPR,
    cell_text,
    holds_cpr,
    parse_date,
    parse_whole_number,
    short,
)
from taskforce_app.importers.tables import RowSource, TableRow, open_rows

HEADER_SEARCH_ROWS = 200
"""How far down a sheet the header row is looked for."""


def _names(text: str) -> tuple[str, ...]:
    return tuple(name.strip() for name in text.split(" | "))


_SYNONYMS: dict[CaseField, tuple[str, ...]] = {
    CaseField.CASE_REF: _names(
        "Sagsnr. | Sagsnummer | Sags-ID | Sag-ID | Sag nr | Sags nr. | Sagsreference | "
        "Sagsref. | Sagsnøgle | Journalnummer | Journalnr. | J.nr. | DUBU sagsnr. | "
        "DUBU-sagsnummer | Sagsnr. (DUBU) | Case number | Case no. | Case ID | Case ref"
    ),
    CaseField.BIRTH_YEAR: _names(
        "Fødselsår | Født år | Fødeår | Foedselsaar | Barnets fødselsår | Årgang | "
        "Birth year | Fødselsdato | Foedselsdato | Barnets fødselsdato"
    ),
    CaseField.AGE: _names("Alder | Alder (år) | Alder i år | Barnets alder | Age"),
    CaseField.GENDER: _names("Køn | Koen | Barnets køn | Gender | Sex"),
    CaseField.CASE_TYPE: _names(
        "Sagstype | Sagskategori | Sagsart | Type af sag | Type | Case type"
    ),
    CaseField.MEASURE: _names(
        "Indsats | Indsatser | Indsatstype | Foranstaltning | Foranstaltninger | "
        "Foranstaltningstype | Ydelse | Ydelser | Tiltag | Measure"
    ),
    CaseField.LEGAL_BASIS: _names(
        "Lovgrundlag | Paragraf | Paragraffer | § | Lov § | Lovparagraf | §-henvisning | "
        "Hjemmel | Lovhjemmel | Legal basis"
    ),
    CaseField.CASEWORKER: _names(
        "Sagsbehandler | Sagsbehandlers navn | Ansvarlig sagsbehandler | Rådgiver | "
        "Rådgivers navn | Ansvarlig rådgiver | Socialrådgiver | Sagsansvarlig | "
        "Caseworker"
    ),
    CaseField.OPENED_ON: _names(
        "Oprettet | Oprettelsesdato | Oprettet dato | Dato oprettet | Sag oprettet | "
        "Sagen oprettet | Opened"
    ),
    CaseField.DECIDED_ON: _names(
        "Afgørelsesdato | Afgørelse dato | Dato for afgørelse | Afgørelsesdag | Bevilget | "
        "Bevilget dato | Bevillingsdato | Bevilling dato | Dato bevilget | Decision date | "
        "Decided | Afgørelse"
    ),
    CaseField.NOTIFIED_ON: _names(
        "Underretning modtaget | Underretning modtaget dato | Underretningsdato | "
        "Dato for underretning | Underretning dato | Modtaget | "
        "Modtaget dato | Modtagelsesdato | Dato modtaget | Notification received"
    ),
    CaseField.AWARE_ON: _names(
        "Kommunen blev opmærksom | Opmærksom | Opmærksom dato | Dato for opmærksomhed | "
        "Kommunen opmærksom | Aware"
    ),
    CaseField.INVESTIGATION_STARTED_ON: _names(
        "BFU påbegyndt | BFU start | BFU startet | BFU startdato | "
        "Børnefaglig undersøgelse påbegyndt | Undersøgelse påbegyndt"
    ),
    CaseField.INVESTIGATION_COMPLETED_ON: _names(
        "BFU afsluttet | BFU slut | BFU slutdato | Børnefaglig undersøgelse afsluttet | "
        "Undersøgelse afsluttet"
    ),
    CaseField.MEASURE_STARTED_ON: _names(
        "Indsats iværksat | Indsats start | Indsats startdato | Iværksat | Foranstaltning iværksat"
    ),
    CaseField.MEASURE_ENDED_ON: _names(
        "Indsats ophørt | Indsats slut | Indsats slutdato | Ophørt | Foranstaltning ophørt"
    ),
    CaseField.PLAN_ON: _names(
        "Handleplan | Handleplan dato | Handleplansdato | Barnets plan | Barnets plan dato | "
        "Plan dato"
    ),
}
"""Known headings per field (matched after `normalise_header`); the first match wins.

"Modtaget" alone (and "Modtaget dato", "Modtagelsesdato", "Dato modtaget") is a synonym of
"Underretning modtaget", the notification received, as issue 13 lists it: in a list of
children's cases what was received is the underretning. The case's opening date is "Oprettet".
"Paragraf"/"Hjemmel" are the decision's legal basis.
"""

# Parts of normalised headings: columns that must never be kept.
_SENSITIVE_PARTS = _names("cpr | personnummer | personnr | adresse | address | bopael")
_NAME_PARTS = _names("navn | name")
_STAFF_OR_PLACE_PARTS = _names(
    "sagsbehandler | radgiver | medarbejder | leder | team | afdeling | enhed | skole | "
    "institution | tilbud | leverandor | kommune | indsats | foranstaltning | "
    "anbringelsessted | sted | forvaltning"
)
_PERSON_EXACT = _names(
    "barn | barnet | borger | klient | person | fodselsdato | foedselsdato | barnetsfodselsdato"
)
_BIRTH_DATE_KEYS = frozenset({"fodselsdato", "foedselsdato", "barnetsfodselsdato"})


def normalise_header(text: str) -> str:
    """A heading reduced for matching: lower case, æøå folded, only letters, digits and §."""
    folded = text.casefold().replace("æ", "ae").replace("ø", "o").replace("å", "a")
    decomposed = unicodedata.normalize("NFKD", folded)
    return "".join(
        char for char in decomposed if (char.isascii() and char.isalnum()) or char == "§"
    )


_FIELD_BY_KEY: dict[str, CaseField] = {
    normalise_header(synonym): case_field
    for case_field, synonyms in _SYNONYMS.items()
    for synonym in synonyms
}
_CASE_REF_KEYS = frozenset(
    key for key, case_field in _FIELD_BY_KEY.items() if case_field is CaseField.CASE_REF
)


def field_for_header(header: str) -> CaseField | None:
    """The field a heading is a known name for, if any."""
    return _FIELD_BY_KEY.get(normalise_header(header))


def is_sensitive_header(header: str) -> bool:
    """True when a heading suggests CPR numbers, children's names, addresses or birth dates.

    Such a column is never kept as an extra column; names of staff and places are allowed.
    """
    key = normalise_header(header)
    if not key:
        return False
    if any(part in key for part in _SENSITIVE_PARTS) or key in _PERSON_EXACT:
        return True
    if any(part in key for part in _NAME_PARTS):
        return not any(part in key for part in _STAFF_OR_PLACE_PARTS)
    return False


@dataclass(frozen=True, slots=True)
class CaseTable:
    """A sheet of a case-list file: its header row and the non-blank rows below it.

    `rows` hold raw cell values (which may include CPR numbers: show them through
    `preview_rows`, never directly, and do not store them).
    """

    file_name: str
    sheet_name: str
    sheet_names: tuple[str, ...]
    header_row: int
    headers: tuple[str, ...]
    rows: tuple[TableRow, ...]
    file_format: str = "xlsx"
    encoding: str = ""
    delimiter: str = ""
    epoch: datetime = WINDOWS_EPOCH


def list_sheets(path: str | Path) -> tuple[str, ...]:
    """The worksheet names of an xlsx file (empty for CSV), or `CaseListError`."""
    source = open_rows(Path(path))
    try:
        return source.info.sheet_names
    finally:
        source.close()


def read_case_table(path: str | Path, *, sheet_name: str | None = None) -> CaseTable:
    """Read a case list file and find its header row.

    Args:
        path: an `.xlsx`/`.xlsm` or `.csv` file.
        sheet_name: the sheet to read; by default the active sheet, or else the first sheet
            with a case-number heading.

    Raises:
        CaseListError: the file is missing, of an unsupported type, corrupt, password-protected,
            empty, has no such sheet, or no header row, or nothing below its header row.
    """
    source = open_rows(Path(path))
    try:
        return _read_table(source, sheet_name)
    finally:
        source.close()


def suggest_mapping(headers: Sequence[str]) -> CaseColumnMapping:
    """The mapping suggested from the headings' names; the first column with a known name wins."""
    mapping = CaseColumnMapping()
    taken: set[CaseField] = set()
    for index, header in enumerate(headers):
        case_field = field_for_header(header)
        if case_field is not None and case_field not in taken:
            taken.add(case_field)
            mapping = mapping.with_column(case_field, index)
    return mapping


@dataclass(frozen=True, slots=True)
class RememberedMapping:
    """A remembered mapping applied to a new file: the mapping and where it came from."""

    mapping: CaseColumnMapping
    same_layout: bool
    """Every column the remembered mapping names is in the file: the user's choices repeat."""
    filled: tuple[CaseField, ...] = ()
    """Another layout: the fields the remembered mapping filled, no heading naming them."""


def apply_remembered(headers: Sequence[str], names: Mapping[str, str]) -> RememberedMapping:
    """A mapping remembered as field → header name, as a suggestion for a file's headers.

    When the file has every column the remembered mapping names (the same layout), the user's
    earlier choices are repeated as they were. Otherwise the remembered mapping yields: every
    field a recognisable heading of this file names is read from that column, and the
    remembered mapping fills only the fields no heading names, from columns no heading claims.
    A file whose headings are plain to see is therefore never refused because of it.
    """
    known = {case_field.value for case_field in CaseField}
    wanted = {code: header for code, header in names.items() if code in known}
    remembered = CaseColumnMapping.from_header_names(wanted, headers)
    if wanted and len(remembered.items()) == len(wanted) and remembered.case_ref is not None:
        return RememberedMapping(remembered, True)
    mapping = suggest_mapping(headers)
    recognised = mapping.mapped_columns()
    filled: list[CaseField] = []
    for case_field, index in remembered.items():
        if mapping.column(case_field) is None and index not in recognised:
            mapping = mapping.with_column(case_field, index)
            filled.append(case_field)
    return RememberedMapping(mapping, False, tuple(filled))


def validate(
    table: CaseTable,
    mapping: CaseColumnMapping,
    *,
    existing_refs: Iterable[str] = frozenset(),
) -> CaseListReport:
    """Check every row: a `CaseRow` for each valid one, a `CaseListProblem` for the others.

    A row is refused when a read cell holds a CPR number (the number is masked in the message),
    the case number is missing, a date or number cannot be read, or a text is too long. A case
    number seen earlier in the file, or in `existing_refs` (already imported), is skipped and
    reported. Blank rows are skipped silently. A row whose dates are in an impossible order
    (BFU completed before it started, decision before the notification, measure ended before
    it started) is imported with both dates of the pair left empty, and a problem says why.

    Raises:
        CaseListError: no column is mapped to the case number, a mapping points outside the
            table, or a column that looks like CPR numbers or names is mapped to a field.
    """
    return _Validator(table, mapping, frozenset(existing_refs)).run()


def read_case_list(
    path: str | Path,
    *,
    sheet_name: str | None = None,
    mapping: CaseColumnMapping | Mapping[str, str] | None = None,
    existing_refs: Iterable[str] = frozenset(),
) -> CaseListReport:
    """Read and validate a case list in one call (the CLI and tests).

    Args:
        path: the file.
        sheet_name: the sheet (xlsx); by default as in `read_case_table`.
        mapping: a mapping, or a remembered one as field → header name (applied as in
            `apply_remembered`); by default suggested.
        existing_refs: case numbers already imported for the forløb.

    Raises:
        CaseListError: as `read_case_table` and `validate`.
    """
    table = read_case_table(path, sheet_name=sheet_name)
    if mapping is None:
        chosen = suggest_mapping(table.headers)
    elif isinstance(mapping, CaseColumnMapping):
        chosen = mapping
    else:
        chosen = apply_remembered(table.headers, mapping).mapping
    return validate(table, chosen, existing_refs=existing_refs)


def preview_rows(table: CaseTable, limit: int = 50) -> list[tuple[int, tuple[str, ...]]]:
    """The first rows as texts for a preview: CPR numbers masked, sensitive columns blanked."""
    hidden = {index for index, header in enumerate(table.headers) if is_sensitive_header(header)}
    width = len(table.headers)
    result: list[tuple[int, tuple[str, ...]]] = []
    for number, cells in table.rows[:limit]:
        texts: list[str] = []
        for index in range(width):
            value = cells[index] if index < len(cells) else None
            if index in hidden:
                texts.append("")
            elif holds_cpr(value):
                texts.append(MASKED_CPR)
            else:
                texts.append(cell_text(value))
        result.append((number, tuple(texts)))
    return result


# -- reading -------------------------------------------------------------------------------


def _read_table(source: RowSource, sheet_name: str | None) -> CaseTable:
    info = source.info
    if info.file_format == "csv":
        return _table_from_rows(source, "", list(source.rows("")))
    if sheet_name is not None:
        return _table_from_rows(source, sheet_name, list(source.rows(sheet_name)))
    default_rows = list(source.rows(info.default_sheet))
    if _case_ref_header_index(default_rows) is not None:
        return _table_from_rows(source, info.default_sheet, default_rows)
    others = [sheet for sheet in info.sheet_names if sheet != info.default_sheet]
    for other in others:
        head = list(islice(source.rows(other), HEADER_SEARCH_ROWS))
        if _case_ref_header_index(head) is not None:
            return _table_from_rows(source, other, list(source.rows(other)))
    if default_rows:
        return _table_from_rows(source, info.default_sheet, default_rows)
    for other in others:
        rows = list(source.rows(other))
        if rows:
            return _table_from_rows(source, other, rows)
    raise CaseListError("case_list.empty_file", name=info.file_name)


def _table_from_rows(source: RowSource, sheet_name: str, rows: list[TableRow]) -> CaseTable:
    info = source.info
    if not rows:
        raise CaseListError("case_list.empty_file", name=info.file_name)
    header_index = _case_ref_header_index(rows)
    if header_index is None:
        header_index = _text_header_index(rows)
    if header_index is None:
        raise CaseListError("case_list.no_header_row", name=info.file_name)
    header_cells = list(rows[header_index].cells)
    data_start = header_index + 1
    if data_start < len(rows) and _continues_header(header_cells, rows[data_start].cells):
        below = rows[data_start].cells
        for index, value in enumerate(below):
            if _is_text(value):
                if index >= len(header_cells):
                    header_cells.extend([None] * (index + 1 - len(header_cells)))
                header_cells[index] = value
        data_start += 1
    while header_cells and cell_text(header_cells[-1]) == "":
        header_cells.pop()
    data = tuple(rows[data_start:])
    if not data:
        raise CaseListError(
            "case_list.no_rows", name=info.file_name, header_row=rows[header_index].number
        )
    return CaseTable(
        file_name=info.file_name,
        sheet_name=sheet_name,
        sheet_names=info.sheet_names,
        header_row=rows[header_index].number,
        headers=_header_names(header_cells, _data_width(len(header_cells), data)),
        rows=data,
        file_format=info.file_format,
        encoding=info.encoding,
        delimiter=info.delimiter,
        epoch=info.epoch,
    )


def _case_ref_header_index(rows: Sequence[TableRow]) -> int | None:
    for position, row in enumerate(islice(rows, HEADER_SEARCH_ROWS)):
        for value in row.cells:
            if isinstance(value, str) and normalise_header(value) in _CASE_REF_KEYS:
                return position
    return None


def _text_header_index(rows: Sequence[TableRow]) -> int | None:
    for position, row in enumerate(islice(rows, HEADER_SEARCH_ROWS)):
        texts = sum(1 for value in row.cells if _is_text(value))
        if texts >= 3 and position + 1 < len(rows):
            return position
    return None


def _is_text(value: object) -> TypeGuard[str]:
    """A non-empty text cell that is not a number or a date written as text."""
    if not isinstance(value, str) or not value.strip():
        return False
    try:
        parse_date(value)
    except ValueError:
        pass
    else:
        return False
    return not value.strip().replace(",", "").replace(".", "").replace("-", "").isdigit()


def _continues_header(header: Sequence[object], below: Sequence[object]) -> bool:
    """True when `below` is a second heading row.

    It holds only texts, at least one of them a known heading, and nothing under the
    case-number heading but another case-number heading.
    """
    ref_columns = {
        index
        for index, value in enumerate(header)
        if isinstance(value, str) and field_for_header(value) is CaseField.CASE_REF
    }
    known = False
    for index, value in enumerate(below):
        if value is None:
            continue
        if not _is_text(value):
            return False
        case_field = field_for_header(value)
        if index in ref_columns and case_field is not CaseField.CASE_REF:
            return False
        known = known or case_field is not None
    return known


def _data_width(header_width: int, data: Sequence[TableRow]) -> int:
    width = header_width
    for _, cells in data:
        if len(cells) > width:
            for index in range(len(cells) - 1, width - 1, -1):
                value = cells[index]
                if value is not None and not (isinstance(value, str) and not value.strip()):
                    width = index + 1
                    break
    return width


def _header_names(cells: Sequence[object], width: int) -> tuple[str, ...]:
    names: list[str] = []
    seen: set[str] = set()
    for index in range(width):
        value = cells[index] if index < len(cells) else None
        name = " ".join(cell_text(value).split())
        if not name:
            name = f"Kolonne {get_column_letter(index + 1)}"
        unique, counter = name, 2
        while unique.casefold() in seen:
            unique, counter = f"{name} ({counter})", counter + 1
        seen.add(unique.casefold())
        names.append(unique)
    return tuple(names)


# -- validating ----------------------------------------------------------------------------


class _Validator:
    """One pass over the rows; columns are classified once so the row loop stays simple."""

    def __init__(
        self, table: CaseTable, mapping: CaseColumnMapping, existing_refs: frozenset[str]
    ) -> None:
        self.table = table
        self.mapping = mapping
        self.existing_refs = existing_refs
        headers = table.headers
        self.width = len(headers)
        for _, index in mapping.items():
            if not 0 <= index < self.width:
                raise CaseListError("case_list.bad_column", index=index + 1, count=self.width)
        ref_index = mapping.case_ref
        if ref_index is None:
            raise CaseListError(
                "case_list.no_case_ref_column",
                name=table.file_name,
                headers=", ".join(f"'{header}'" for header in headers) or "(ingen)",
            )
        self.ref_index = ref_index
        sensitive = {index for index, header in enumerate(headers) if is_sensitive_header(header)}
        for case_field, index in mapping.items():
            allowed = case_field is CaseField.BIRTH_YEAR and (
                normalise_header(headers[index]) in _BIRTH_DATE_KEYS
            )
            if index in sensitive and not allowed:
                raise CaseListError(
                    "case_list.sensitive_column_mapped",
                    header=headers[index],
                    field=case_field.label(SOURCE_LANGUAGE),
                )
        mapped = mapping.mapped_columns()
        self.dropped = tuple(headers[index] for index in sorted(sensitive - mapped))
        self.extra_columns = [
            (index, headers[index])
            for index in range(self.width)
            if index not in mapped and index not in sensitive
        ]
        self.checked_columns = sorted(mapped | {index for index, _ in self.extra_columns})
        self.text_fields = [
            (case_field.value, index, headers[index], TEXT_LIMITS[case_field])
            for case_field, index in mapping.items()
            if case_field in TEXT_LIMITS and case_field is not CaseField.CASE_REF
        ]
        self.number_fields = [
            (case_field.value, index, headers[index], case_field is CaseField.BIRTH_YEAR)
            for case_field, index in mapping.items()
            if case_field in (CaseField.BIRTH_YEAR, CaseField.AGE)
        ]
        self.date_fields = [
            (case_field.value, index, headers[index])
            for case_field, index in mapping.items()
            if case_field in DATE_FIELDS
        ]
        self.problems: list[CaseListProblem] = []
        self.valid: list[CaseRow] = []
        self.first_row: dict[str, int] = {}

    def run(self) -> CaseListReport:
        rows_read = 0
        width = self.width
        ref_index = self.ref_index
        for number, cells in self.table.rows:
            if len(cells) < width:
                cells = cells + (None,) * (width - len(cells))
            raw_ref = cells[ref_index]
            if (raw_ref is None or (isinstance(raw_ref, str) and not raw_ref.strip())) and (
                _is_blank(cells)
            ):
                continue
            rows_read += 1
            self._check_row(number, cells)
        valid = tuple(self.valid)
        return CaseListReport(
            file_name=self.table.file_name,
            sheet_name=self.table.sheet_name,
            header_row=self.table.header_row,
            headers=self.table.headers,
            column_mapping=self.mapping.to_header_names(self.table.headers),
            rows=valid,
            problems=tuple(self.problems),
            rows_read=rows_read,
            dropped_columns=self.dropped,
            fingerprint=case_list_fingerprint(valid),
        )

    def _check_row(self, number: int, cells: tuple[object, ...]) -> None:
        headers = self.table.headers
        raw_ref = cells[self.ref_index]
        cpr_columns = [index for index in self.checked_columns if holds_cpr(cells[index])]
        if cpr_columns:
            ref_text = "" if self.ref_index in cpr_columns else short(cell_text(raw_ref), 60)
            for index in cpr_columns:
                self._problem(
                    number, "case_list.row.cpr", ref_text, column=headers[index], masked=MASKED_CPR
                )
            return
        case_ref = cell_text(raw_ref)
        if not case_ref:
            self._problem(number, "case_list.row.missing_ref", "")
            return
        if case_ref in self.existing_refs:
            self._problem(number, "case_list.row.already_imported", case_ref)
            return
        first = self.first_row.get(case_ref)
        if first is not None:
            self._problem(number, "case_list.row.duplicate_ref", case_ref, first_row=str(first))
            return
        self.first_row[case_ref] = number
        values, problems = self._field_values(number, cells, case_ref)
        if problems:
            self.problems.extend(problems)
            return
        self._clear_impossible_dates(number, case_ref, values)
        extra: dict[str, str] = {}
        for index, header in self.extra_columns:
            value = cells[index]
            if value is not None:
                text = cell_text(value)
                if text:
                    extra[header] = text
        self.valid.append(CaseRow(row_number=number, case_ref=case_ref, extra=extra, **values))

    def _field_values(
        self, number: int, cells: tuple[object, ...], case_ref: str
    ) -> tuple[dict[str, Any], list[CaseListProblem]]:
        values: dict[str, Any] = {}
        problems: list[CaseListProblem] = []
        ref_limit = TEXT_LIMITS[CaseField.CASE_REF]
        if len(case_ref) > ref_limit:
            problems.append(
                _make_problem(
                    number,
                    "case_list.row.too_long",
                    "",
                    column=self.table.headers[self.ref_index],
                    limit=str(ref_limit),
                    length=str(len(case_ref)),
                )
            )
            case_ref = ""
        for name, index, header, limit in self.text_fields:
            text = cell_text(cells[index])
            if len(text) > limit:
                problems.append(
                    _make_problem(
                        number,
                        "case_list.row.too_long",
                        case_ref,
                        column=header,
                        limit=str(limit),
                        length=str(len(text)),
                    )
                )
            values[name] = text
        for name, index, header, year_of_date in self.number_fields:
            value = cells[index]
            try:
                values[name] = parse_whole_number(value, year_of_date=year_of_date)
            except ValueError:
                problems.append(
                    _make_problem(
                        number,
                        "case_list.row.bad_number",
                        case_ref,
                        column=header,
                        value=short(cell_text(value)),
                    )
                )
        epoch = self.table.epoch
        for name, index, header in self.date_fields:
            value = cells[index]
            try:
                values[name] = parse_date(value, epoch)
            except ValueError:
                problems.append(
                    _make_problem(
                        number,
                        "case_list.row.bad_date",
                        case_ref,
                        column=header,
                        value=short(cell_text(value)),
                    )
                )
        return values, problems

    def _clear_impossible_dates(self, number: int, case_ref: str, values: dict[str, Any]) -> None:
        """Leave both dates of an impossible pair empty and say why; the row is still imported."""
        dates = {case_field: values.get(case_field.value) for case_field in DATE_FIELDS}
        for earlier, later in impossible_date_pairs(dates):
            first, second = dates[earlier], dates[later]
            assert first is not None and second is not None
            self._problem(
                number,
                "case_list.row.impossible_dates",
                case_ref,
                later=later.label(),
                later_value=f"{second:%d-%m-%Y}",
                earlier=earlier.label(),
                earlier_value=f"{first:%d-%m-%Y}",
            )
            values[earlier.value] = None
            values[later.value] = None

    def _problem(self, number: int, code: str, case_ref: str, **params: str) -> None:
        self.problems.append(_make_problem(number, code, case_ref, **params))


def _make_problem(number: int, code: str, case_ref: str, **params: str) -> CaseListProblem:
    return CaseListProblem(
        row_number=number, code=code, case_ref=case_ref, params=tuple(params.items())
    )


def _is_blank(cells: tuple[object, ...]) -> bool:
    for value in cells:
        if value is not None and not (isinstance(value, str) and not value.strip()):
            return False
    return True


def iter_problem_messages(report: CaseListReport, language: Language = "da") -> Iterator[str]:
    """Every problem of `report` as one line, in row order."""
    for problem in sorted(report.problems, key=lambda item: item.row_number):
        yield problem.message(language)


__all__ = [
    "HEADER_SEARCH_ROWS",
    "CaseTable",
    "RememberedMapping",
    "apply_remembered",
    "field_for_header",
    "is_sensitive_header",
    "iter_problem_messages",
    "list_sheets",
    "normalise_header",
    "preview_rows",
    "read_case_list",
    "read_case_table",
    "suggest_mapping",
    "validate",
]
