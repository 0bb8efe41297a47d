"""Case lists (sagsudtræk): the fields of a case row, column mappings, row problems, the report.

The fingerprint of a list is computed here so an importer, a service and a test agree on it.
Normalisation (version 1): the valid rows are sorted by case reference (code-point order);
each row is written as its first ten fields in `CaseField` order (the optional key dates,
`KEY_DATE_FIELDS`, are left out), joined by U+001F (unit separator): texts trimmed, whole
numbers in decimal, dates as ISO `YYYY-MM-DD`, a missing value as the empty string. Rows are
joined by U+001E (record separator) after the prefix `case-list-v1`; the text is encoded as
UTF-8 and hashed with SHA-256 (64 lower-case hex digits). Extra (unmapped) columns are left
out, because their text depends on the file format.
"""

from __future__ import annotations

import hashlib
import uuid
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from enum import StrEnum

from taskforce_app.domain.errors import Language, Notice, ValidationError, render_message

FINGERPRINT_VERSION = "case-list-v1"


class CaseField(StrEnum):
    """The fields of a case row that a column of the municipality's list can be mapped to."""

    CASE_REF = "case_ref"
    BIRTH_YEAR = "birth_year"
    AGE = "age"
    GENDER = "gender"
    CASE_TYPE = "case_type"
    MEASURE = "measure"
    LEGAL_BASIS = "legal_basis"
    CASEWORKER = "caseworker"
    OPENED_ON = "opened_on"
    DECIDED_ON = "decided_on"
    NOTIFIED_ON = "notified_on"
    AWARE_ON = "aware_on"
    INVESTIGATION_STARTED_ON = "investigation_started_on"
    INVESTIGATION_COMPLETED_ON = "investigation_completed_on"
    MEASURE_STARTED_ON = "measure_started_on"
    MEASURE_ENDED_ON = "measure_ended_on"
    PLAN_ON = "plan_on"

    def label(self, language: Language = "da") -> str:
        """The field's name as shown in the mapping dialog."""
        return render_message(f"case_field.{self.value}", {}, language)


TEXT_LIMITS: dict[CaseField, int] = {
    CaseField.CASE_REF: 60,
    CaseField.GENDER: 20,
    CaseField.CASE_TYPE: 120,
    CaseField.MEASURE: 200,
    CaseField.LEGAL_BASIS: 120,
    CaseField.CASEWORKER: 120,
}
"""Longest text per text field (the column sizes of `case_record`)."""

DATE_FIELDS = frozenset(
    {
        CaseField.OPENED_ON,
        CaseField.DECIDED_ON,
        CaseField.NOTIFIED_ON,
        CaseField.AWARE_ON,
        CaseField.INVESTIGATION_STARTED_ON,
        CaseField.INVESTIGATION_COMPLETED_ON,
        CaseField.MEASURE_STARTED_ON,
        CaseField.MEASURE_ENDED_ON,
        CaseField.PLAN_ON,
    }
)
KEY_DATE_FIELDS = DATE_FIELDS - {CaseField.OPENED_ON, CaseField.DECIDED_ON}
"""The optional key dates (besides the decision) a reviewer would otherwise type per case."""

IMPOSSIBLE_ORDERS: tuple[tuple[CaseField, CaseField], ...] = (
    (CaseField.INVESTIGATION_STARTED_ON, CaseField.INVESTIGATION_COMPLETED_ON),
    (CaseField.NOTIFIED_ON, CaseField.DECIDED_ON),
    (CaseField.MEASURE_STARTED_ON, CaseField.MEASURE_ENDED_ON),
)
"""Pairs (earlier, later) of dates: a row where `later` is before `earlier` cannot be right."""
NUMBER_FIELDS = frozenset({CaseField.BIRTH_YEAR, CaseField.AGE})


class CaseListError(ValidationError):
    """A case list file cannot be read or mapped at all; nothing was imported."""

    code = "case_list.unreadable"


@dataclass(frozen=True, slots=True)
class CaseColumnMapping:
    """Which column (0-based index in the table) feeds each field; None when not mapped.

    A column feeds at most one field. `with_column` keeps that true.
    """

    case_ref: int | None = None
    birth_year: int | None = None
    age: int | None = None
    gender: int | None = None
    case_type: int | None = None
    measure: int | None = None
    legal_basis: int | None = None
    caseworker: int | None = None
    opened_on: int | None = None
    decided_on: int | None = None
    notified_on: int | None = None
    aware_on: int | None = None
    investigation_started_on: int | None = None
    investigation_completed_on: int | None = None
    measure_started_on: int | None = None
    measure_ended_on: int | None = None
    plan_on: int | None = None

    def column(self, case_field: CaseField) -> int | None:
        """The column index mapped to `case_field`, or None."""
        value: int | None = getattr(self, case_field.value)
        return value

    def items(self) -> list[tuple[CaseField, int]]:
        """The mapped (field, column) pairs in field order."""
        result: list[tuple[CaseField, int]] = []
        for case_field in CaseField:
            index = self.column(case_field)
            if index is not None:
                result.append((case_field, index))
        return result

    def mapped_columns(self) -> frozenset[int]:
        """The indexes of every mapped column."""
        return frozenset(index for _, index in self.items())

    def with_column(self, case_field: CaseField, index: int | None) -> CaseColumnMapping:
        """A copy where `case_field` reads `index`; a field that read `index` before is cleared."""
        changes: dict[str, int | None] = {case_field.value: index}
        if index is not None:
            for other, other_index in self.items():
                if other is not case_field and other_index == index:
                    changes[other.value] = None
        return replace(self, **changes)

    def to_header_names(self, headers: Sequence[str]) -> dict[str, str]:
        """The mapping as field code → header name, to be remembered per municipality."""
        return {
            case_field.value: headers[index]
            for case_field, index in self.items()
            if 0 <= index < len(headers)
        }

    @classmethod
    def from_header_names(
        cls, names: Mapping[str, str], headers: Sequence[str]
    ) -> CaseColumnMapping:
        """Apply a remembered mapping to a table's headers (exact name first, then case-blind).

        Unknown fields and headers that are not in `headers` are ignored.
        """
        exact = {header: index for index, header in reversed(list(enumerate(headers)))}
        folded = {
            header.strip().casefold(): index for index, header in reversed(list(enumerate(headers)))
        }
        known = {case_field.value for case_field in CaseField}
        mapping = cls()
        for code, header in names.items():
            if code not in known:
                continue
            index = exact.get(header, folded.get(header.strip().casefold()))
            if index is not None:
                mapping = mapping.with_column(CaseField(code), index)
        return mapping


@dataclass(frozen=True, slots=True)
class CaseRow:
    """A valid row of a case list, ready to become a `case_record`."""

    row_number: int
    case_ref: str
    birth_year: int | None = None
    age: int | None = None
    gender: str = ""
    case_type: str = ""
    measure: str = ""
    legal_basis: str = ""
    caseworker: str = ""
    opened_on: date | None = None
    decided_on: date | None = None
    notified_on: date | None = None
    aware_on: date | None = None
    investigation_started_on: date | None = None
    investigation_completed_on: date | None = None
    measure_started_on: date | None = None
    measure_ended_on: date | None = None
    plan_on: date | None = None
    extra: dict[str, str] = field(default_factory=dict)

    def normalised(self) -> str:
        """The row's fields as written into the fingerprint (see the module docstring).

        The optional key dates are not part of it: they help the reviewer, they do not define
        the population a sample is drawn from.
        """
        return "\x1f".join(
            (
                self.case_ref,
                "" if self.birth_year is None else str(self.birth_year),
                "" if self.age is None else str(self.age),
                self.gender,
                self.case_type,
                self.measure,
                self.legal_basis,
                self.caseworker,
                "" if self.opened_on is None else self.opened_on.isoformat(),
                "" if self.decided_on is None else self.decided_on.isoformat(),
            )
        )


@dataclass(frozen=True, slots=True)
class CaseListProblem:
    """Why one row of a case list was refused or skipped.

    `params` never hold a CPR number: the value is masked before it gets here.
    """

    row_number: int
    code: str
    case_ref: str = ""
    params: tuple[tuple[str, str], ...] = ()

    def message(self, language: Language = "da") -> str:
        """The problem as one sentence: `Række 7 (sag S-1): …`."""
        values = {"row": str(self.row_number), "case_ref": self.case_ref, **dict(self.params)}
        prefix_code = "case_list.row_prefix_ref" if self.case_ref else "case_list.row_prefix"
        prefix = render_message(prefix_code, values, language)
        return f"{prefix}: {render_message(self.code, values, language)}"

    def to_json(self, language: Language = "da") -> dict[str, object]:
        """A JSON-ready entry for the stored import report."""
        return {
            "row": self.row_number,
            "case_ref": self.case_ref,
            "code": self.code,
            "params": dict(self.params),
            "message": self.message(language),
        }


@dataclass(frozen=True, slots=True)
class CaseListReport:
    """The outcome of validating a case list: valid rows, problems, counts and fingerprint."""

    file_name: str
    sheet_name: str
    header_row: int
    headers: tuple[str, ...]
    column_mapping: dict[str, str]
    rows: tuple[CaseRow, ...]
    problems: tuple[CaseListProblem, ...]
    rows_read: int
    dropped_columns: tuple[str, ...] = ()
    fingerprint: str = ""

    @property
    def valid_count(self) -> int:
        """Rows that can be imported."""
        return len(self.rows)

    @property
    def refused_count(self) -> int:
        """Rows read but not importable (refused, duplicates and cases already imported)."""
        return self.rows_read - len(self.rows)

    def problem_counts(self) -> dict[str, int]:
        """How many problems of each code."""
        return dict(Counter(problem.code for problem in self.problems))

    @property
    def notices(self) -> tuple[Notice, ...]:
        """Warnings that refused no row (columns left out because they hold personal data)."""
        return tuple(
            Notice("case_list.column_dropped", (("header", header),))
            for header in self.dropped_columns
        )

    def report_entries(self, language: Language = "da") -> list[object]:
        """The problems and dropped columns as JSON, for `case_list_import.report`."""
        entries: list[object] = [
            {
                "row": None,
                "code": notice.code,
                "params": dict(notice.params),
                "message": notice.message(language),
            }
            for notice in self.notices
        ]
        entries.extend(problem.to_json(language) for problem in self.problems)
        return entries


@dataclass(frozen=True, slots=True)
class ImportReportLine:
    """One entry of a stored import's row report: a skipped or refused row (`row` set) or a
    note on the whole file, such as a column left out (`row` None)."""

    row: int | None
    code: str
    case_ref: str = ""
    params: tuple[tuple[str, str], ...] = ()

    def message(self, language: Language = "da") -> str:
        """The entry as one sentence, in the language asked for."""
        if self.row is None:
            return Notice(self.code, self.params).message(language)
        return CaseListProblem(self.row, self.code, self.case_ref, self.params).message(language)


@dataclass(frozen=True, slots=True)
class CaseListImportView:
    """An imported case list as the browser shows it: file, when, counts and row report."""

    id: uuid.UUID
    file_name: str
    sheet_name: str
    imported_at: datetime
    imported_by: str
    row_count: int
    imported_count: int
    rejected_count: int
    fingerprint: str
    report: tuple[ImportReportLine, ...] = ()


def case_list_fingerprint(rows: Iterable[CaseRow]) -> str:
    """SHA-256 of the normalised rows, independent of file format and row order."""
    ordered = sorted(rows, key=lambda row: row.case_ref)
    text = "\x1e".join([FINGERPRINT_VERSION, *(row.normalised() for row in ordered)])
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def impossible_date_pairs(
    dates: Mapping[CaseField, date | None],
) -> list[tuple[CaseField, CaseField]]:
    """The (earlier, later) pairs of `IMPOSSIBLE_ORDERS` where the later date comes first."""
    pairs: list[tuple[CaseField, CaseField]] = []
    for earlier, later in IMPOSSIBLE_ORDERS:
        first, second = dates.get(earlier), dates.get(later)
        if first is not None and second is not None and second < first:
            pairs.append((earlier, later))
    return pairs
