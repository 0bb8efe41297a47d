"""The look shared by the workbooks: header style, Excel tables, widths, safe text cells."""

from __future__ import annotations

import re
import warnings
from collections.abc import Sequence
from datetime import date, datetime
from typing import cast

from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE, Cell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.worksheet.filters import AutoFilter
from openpyxl.worksheet.table import Table, TableColumn, TableStyleInfo
from openpyxl.worksheet.worksheet import Worksheet

from taskforce_app.domain.workbook_models import DATE_FORMAT

TABLE_STYLE = "TableStyleMedium2"
HEADER_FONT = Font(bold=True)
TITLE_FONT = Font(bold=True, size=14)
SECTION_FONT = Font(bold=True, size=12)
LABEL_FONT = Font(bold=True)
HEADER_FILL = PatternFill("solid", fgColor="DDEBF7")
WRAP = Alignment(wrap_text=True, vertical="top")
TOP = Alignment(vertical="top")
LEFT = Alignment(horizontal="left", vertical="top")

MAX_WIDTH = 60
MIN_WIDTH = 8

CellValue = str | int | float | date | datetime | None

_TABLE_NAME = re.compile(r"[^A-Za-z0-9_]")


def clean_text(value: str) -> str:
    """Text without the control characters XML (and so xlsx) cannot hold."""
    return ILLEGAL_CHARACTERS_RE.sub("", value)


def put(sheet: Worksheet, row: int, column: int, value: CellValue, number_format: str = "") -> Cell:
    """Write one cell; text is always text (a leading '=' never becomes a formula)."""
    cell = sheet.cell(row=row, column=column)
    if not isinstance(cell, Cell):
        raise ValueError(f"cell {row},{column} is inside a merged range")
    if isinstance(value, datetime):
        value = naive(value)
    if isinstance(value, str):
        cell.value = clean_text(value)
        cell.data_type = "s"
    else:
        cell.value = value
    if number_format:
        cell.number_format = number_format
    elif isinstance(value, datetime):
        cell.number_format = DATE_FORMAT + " hh:mm"
    elif isinstance(value, date):
        cell.number_format = DATE_FORMAT
    return cell


def header_row(sheet: Worksheet, row: int, headers: Sequence[str], first_column: int = 1) -> None:
    """Bold, shaded headers."""
    for offset, text in enumerate(headers):
        cell = put(sheet, row, first_column + offset, text)
        cell.font = HEADER_FONT
        cell.fill = HEADER_FILL


def table_name(text: str) -> str:
    """A valid, ASCII Excel table name from a label (letters, digits, underscores)."""
    folded = text.replace("æ", "ae").replace("ø", "oe").replace("å", "aa")
    folded = folded.replace("Æ", "Ae").replace("Ø", "Oe").replace("Å", "Aa")
    name = _TABLE_NAME.sub("_", folded)
    return name if name[:1].isalpha() else f"T_{name}"


def add_table(
    sheet: Worksheet | WriteOnlyWorksheet,
    name: str,
    header_at: int,
    headers: Sequence[str],
    rows: int,
    first_column: int = 1,
) -> Table:
    """An Excel table (with autofilter and banded rows) over a header row and `rows` rows.

    A table needs a data row, so an empty table spans one blank row. The columns are declared
    explicitly, which also works for write-only sheets.
    """
    last_row = header_at + max(rows, 1)
    last_column = first_column + len(headers) - 1
    ref = f"{get_column_letter(first_column)}{header_at}:{get_column_letter(last_column)}{last_row}"
    table = Table(displayName=table_name(name), ref=ref)
    table.tableStyleInfo = TableStyleInfo(
        name=TABLE_STYLE, showRowStripes=True, showColumnStripes=False
    )
    for index, text in enumerate(headers, start=1):
        table.tableColumns.append(TableColumn(id=index, name=text))
    table.autoFilter = AutoFilter(ref=ref)
    with warnings.catch_warnings():
        # openpyxl warns that write-only tables need their columns declared: they are, above.
        warnings.filterwarnings("ignore", "In write-only mode", UserWarning)
        cast(Worksheet, sheet).add_table(table)
    return table


def set_widths(sheet: Worksheet, widths: Sequence[float], first_column: int = 1) -> None:
    """Column widths in characters."""
    for offset, width in enumerate(widths):
        letter = get_column_letter(first_column + offset)
        sheet.column_dimensions[letter].width = max(MIN_WIDTH, min(MAX_WIDTH, width))


def hide_columns(sheet: Worksheet, *columns: int) -> None:
    """Hide columns (e.g. record ids kept for reading a returned workbook back)."""
    for column in columns:
        sheet.column_dimensions[get_column_letter(column)].hidden = True


def fit_width(values: Sequence[object], header: str, *, minimum: float = MIN_WIDTH) -> float:
    """A column width that fits the header and most values (long texts wrap instead)."""
    longest = len(header) + 2
    for value in values:
        if value is None:
            continue
        text = value if isinstance(value, str) else str(value)
        longest = max(longest, min(len(text), MAX_WIDTH) + 2)
    return max(minimum, min(MAX_WIDTH, longest))


def naive(value: datetime | None) -> datetime | None:
    """Local wall-clock time without a zone, to the second (Excel cannot hold a time zone)."""
    if value is None:
        return None
    if value.tzinfo is not None:
        value = value.astimezone().replace(tzinfo=None)
    return value.replace(microsecond=0)
