"""Spreadsheet-like files (xlsx, csv) read as rows of cell values with their row numbers.

Nothing here knows what a case is: the rows come out as Excel shows them (1-based row numbers),
blank rows left out. File problems become `CaseListError`s with a Danish message.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
import zipfile
import zlib
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import NamedTuple, Protocol
from xml.etree.ElementTree import ParseError

from openpyxl import load_workbook
from openpyxl.utils.datetime import WINDOWS_EPOCH
from openpyxl.utils.exceptions import InvalidFileException

from taskforce_app.domain.cases import CaseListError
from taskforce_app.domain.limits import (
    MAX_COLUMNS,
    MAX_CSV_FIELD_CHARS,
    MAX_CSV_FILE_BYTES,
    MAX_ROWS,
    XLSX_LIMITS,
    count_text,
)
from taskforce_app.importers.input_limits import check_file_size, check_xlsx

XLSX_SUFFIXES = frozenset({".xlsx", ".xlsm"})
CSV_SUFFIXES = frozenset({".csv", ".txt"})
OLE2_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_SIGNATURE = b"PK\x03\x04"
CSV_DELIMITERS = (";", ",", "\t")
_SNIFF_LINES = 50
_SNIFF_CHARS = 1024 * 1024
"""The delimiter is sniffed from the file's first characters (at most 100 lines are used)."""
_DECODE_CHUNK = 4 * 1024 * 1024
_NOT_BLANK = re.compile(rb"\S")

csv.field_size_limit(MAX_CSV_FIELD_CHARS)

XLSX_READ_ERRORS: tuple[type[Exception], ...] = (
    zipfile.BadZipFile,
    zipfile.LargeZipFile,
    InvalidFileException,
    ParseError,
    KeyError,
    ValueError,
    TypeError,
    IndexError,
    EOFError,
    zlib.error,
)
"""What reading a damaged xlsx raises (besides OSError, which callers word on their own)."""


class TableRow(NamedTuple):
    """One non-blank row: its number in the file (1-based) and its cell values."""

    number: int
    cells: tuple[object, ...]


@dataclass(frozen=True, slots=True)
class SourceInfo:
    """How a file was read: format, the sheet names, and for CSV its encoding and delimiter."""

    file_name: str
    file_format: str
    sheet_names: tuple[str, ...] = ()
    default_sheet: str = ""
    encoding: str = ""
    delimiter: str = ""
    epoch: datetime = WINDOWS_EPOCH


class RowSource(Protocol):
    """An open file whose sheets can be read row by row."""

    info: SourceInfo

    def rows(self, sheet_name: str) -> Iterator[TableRow]:
        """The non-blank rows of `sheet_name` (ignored for CSV), in file order."""
        ...

    def close(self) -> None:
        """Release the file."""
        ...


def check_file(path: Path) -> str:
    """The file's format (`xlsx` or `csv`), or `CaseListError` for a missing, empty or odd file."""
    name = path.name
    if not path.is_file():
        raise CaseListError("case_list.file_not_found", name=name)
    suffix = path.suffix.lower()
    if suffix == ".xls":
        raise CaseListError("case_list.old_xls", name=name)
    if suffix not in XLSX_SUFFIXES | CSV_SUFFIXES:
        raise CaseListError("case_list.unsupported_type", name=name, suffix=suffix or "(ingen)")
    try:
        with path.open("rb") as handle:
            head = handle.read(8)
    except OSError as error:
        raise CaseListError("case_list.unreadable", name=name, detail=error.strerror) from error
    if not head:
        raise CaseListError("case_list.empty_file", name=name)
    if head.startswith(OLE2_SIGNATURE):
        raise CaseListError("case_list.encrypted", name=name)
    if suffix in XLSX_SUFFIXES:
        if not head.startswith(ZIP_SIGNATURE):
            raise CaseListError("case_list.corrupt_xlsx", name=name, detail="ikke en zip-pakke")
        return "xlsx"
    return "csv"


def open_rows(path: Path) -> RowSource:
    """Open an xlsx or csv file for reading rows; close it with `close()`."""
    if check_file(path) == "xlsx":
        return XlsxSource(path)
    return CsvSource(path)


class XlsxSource:
    """An xlsx workbook opened read-only with cached formula values."""

    def __init__(self, path: Path) -> None:
        """Open the workbook, or raise `CaseListError` when it is not a valid one."""
        self._name = path.name
        check_xlsx(path, XLSX_LIMITS, error=CaseListError)
        try:
            self._workbook = load_workbook(path, read_only=True, data_only=True)
        except XLSX_READ_ERRORS as error:
            raise self._corrupt(error) from error
        except OSError as error:
            raise CaseListError(
                "case_list.unreadable", name=self._name, detail=error.strerror or str(error)
            ) from error
        sheets = tuple(sheet.title for sheet in self._workbook.worksheets)
        if not sheets:
            self._workbook.close()
            raise CaseListError("case_list.empty_file", name=self._name)
        active = self._workbook.active
        default = active.title if active is not None and active.title in sheets else sheets[0]
        self.info = SourceInfo(
            file_name=self._name,
            file_format="xlsx",
            sheet_names=sheets,
            default_sheet=default,
            epoch=self._workbook.epoch,
        )

    def rows(self, sheet_name: str) -> Iterator[TableRow]:
        """The non-blank rows of one sheet; merged cells hold their value in the top-left cell."""
        if sheet_name not in self.info.sheet_names:
            raise CaseListError(
                "case_list.no_such_sheet",
                name=self._name,
                sheet=sheet_name,
                sheets=", ".join(f"'{sheet}'" for sheet in self.info.sheet_names),
            )
        sheet = self._workbook[sheet_name]
        reset = getattr(sheet, "reset_dimensions", None)
        if reset is not None:
            # Some exporters write a wrong <dimension>; read what is really there.
            reset()
        try:
            for number, cells in enumerate(sheet.iter_rows(values_only=True), start=1):
                check_row_shape(self._name, number, len(cells))
                if any(cells):
                    yield TableRow(number, cells)
        except XLSX_READ_ERRORS as error:
            raise self._corrupt(error) from error

    def close(self) -> None:
        """Close the workbook's zip file."""
        self._workbook.close()

    def _corrupt(self, error: Exception) -> CaseListError:
        detail = str(error).strip() or type(error).__name__
        return CaseListError("case_list.corrupt_xlsx", name=self._name, detail=detail[:120])


class CsvSource:
    """A CSV file: UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1252."""

    def __init__(self, path: Path) -> None:
        """Read and decode the file, and sniff its delimiter."""
        self._name = path.name
        try:
            check_file_size(path, MAX_CSV_FILE_BYTES, name=self._name, error=CaseListError)
            data = path.read_bytes()
        except OSError as error:
            raise CaseListError(
                "case_list.unreadable", name=self._name, detail=error.strerror or str(error)
            ) from error
        head, encoding = decode_text(data, self._name)
        if not head.strip() and _NOT_BLANK.search(data) is None:
            raise CaseListError("case_list.empty_file", name=self._name)
        self._data = data
        self.info = SourceInfo(
            file_name=self._name,
            file_format="csv",
            encoding=encoding,
            delimiter=sniff_delimiter(head, self._name),
        )

    def rows(self, sheet_name: str = "") -> Iterator[TableRow]:
        """The non-blank records; empty fields become None."""
        text = io.TextIOWrapper(io.BytesIO(self._data), self.info.encoding, newline="")
        reader = csv.reader(text, delimiter=self.info.delimiter)
        try:
            for number, record in enumerate(reader, start=1):
                check_row_shape(self._name, number, len(record))
                if any(record):
                    yield TableRow(number, tuple([value or None for value in record]))
        except csv.Error as error:
            raise csv_error(error, self._name) from error

    def close(self) -> None:
        """Nothing to release: the bytes were read at once."""


def decode_text(data: bytes, name: str) -> tuple[str, str]:
    """The beginning of a CSV file's text (for sniffing) and the encoding that reads all of it.

    The whole file is decoded piece by piece and thrown away, so it is never held twice (a
    single character outside Latin-1 would make a whole decoded text 4 bytes a character).
    """
    if data.startswith(codecs.BOM_UTF8):
        candidates: Sequence[str] = ("utf-8-sig",)
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        candidates = ("utf-16",)
    else:
        candidates = ("utf-8", "cp1252")
    for encoding in candidates:
        decoder = codecs.getincrementaldecoder(encoding)()
        head = ""
        try:
            for start in range(0, len(data), _DECODE_CHUNK):
                piece = decoder.decode(data[start : start + _DECODE_CHUNK])
                if "\x00" in piece:
                    raise CaseListError("case_list.corrupt_csv", name=name, detail="binære data")
                if len(head) < _SNIFF_CHARS:
                    head += piece[: _SNIFF_CHARS - len(head)]
            decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            continue
        return head, encoding
    raise CaseListError("case_list.bad_encoding", name=name)


def check_row_shape(name: str, number: int, width: int) -> None:
    """Refuse a sheet or CSV file with more rows or a row with more columns than allowed."""
    if number > MAX_ROWS:
        raise CaseListError("limits.too_many_rows", name=name, limit=count_text(MAX_ROWS))
    if width > MAX_COLUMNS:
        raise CaseListError(
            "limits.too_many_columns",
            name=name,
            row=str(number),
            count=count_text(width),
            limit=count_text(MAX_COLUMNS),
        )


def csv_error(error: csv.Error, name: str) -> CaseListError:
    """The error for a CSV the `csv` module refused: a too long field names the limit."""
    if "field limit" in str(error):
        return CaseListError(
            "limits.cell_too_large", name=name, limit=count_text(MAX_CSV_FIELD_CHARS)
        )
    return CaseListError("case_list.corrupt_csv", name=name, detail=str(error))


def sniff_delimiter(text: str, name: str = "") -> str:
    """`;`, `,` or tab: the one that splits the first lines into the most same-width records.

    Title lines without delimiters do not disturb it; on a tie `;` (the Danish default) wins.
    """
    lines = [line for line in text.splitlines()[: _SNIFF_LINES * 2] if line.strip()]
    sample = lines[:_SNIFF_LINES]
    best = CSV_DELIMITERS[0]
    best_score = (0, 0)
    for delimiter in CSV_DELIMITERS:
        try:
            widths = Counter(
                len(record) for record in csv.reader(sample, delimiter=delimiter) if len(record) > 1
            )
        except csv.Error as error:
            raise csv_error(error, name) from error
        if not widths:
            continue
        width, count = max(widths.items(), key=lambda item: (item[1], item[0]))
        score = (count, width)
        if score > best_score:
            best, best_score = delimiter, score
    return best
