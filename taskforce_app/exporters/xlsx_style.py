"""The look shared by the workbooks: header style, Excel tables, widths, safe text cells."""

from __future__ import annotations

import math
import re
import textwrap
import warnings
from collections.abc import Sequence
from datetime import date, datetime
from typing import cast

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE, Cell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.utils.cell import column_index_from_string, coordinate_to_tuple
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.worksheet.filters import AutoFilter
from openpyxl.worksheet.page import PageMargins
from openpyxl.worksheet.properties import PageSetupProperties
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


# -- print setup -----------------------------------------------------------------------------------

PORTRAIT_WIDTH = 95.0
"""Characters of column width across A4 portrait at 100 % within the margins below."""
LANDSCAPE_WIDTH = 140.0
"""The same across A4 landscape."""
PORTRAIT_HEIGHT = 755.0
"""Points of rows down A4 portrait at 100 % within the margins below (header and footer off)."""
LANDSCAPE_HEIGHT = 510.0
"""The same down A4 landscape."""
LANDSCAPE_BELOW = 0.8
"""A sheet prints landscape when portrait would shrink it below this scale."""
MIN_SCALE = 0.45
"""Below this scale text is unreadable: the sheet is then fitted to two or more pages across."""
DEFAULT_COLUMN_WIDTH = 8.43
LINE_HEIGHT = 15.0
"""Points per line of 11 pt text, as spreadsheet programs lay it out."""
MAX_ROW_HEIGHT = 409.0
FOOTER = "&8&A · Side &P af &N"
"""Footer: the sheet's name and "Side x af y" (Danish, as every user-facing text)."""


def print_setup(sheet: Worksheet | WriteOnlyWorksheet, *, title_rows: int | None = None) -> None:
    """Make a sheet print well: A4, landscape where wide, fitted to the page width (as many
    pages down as needed), header rows repeated, margins, a footer with page numbers and, on a
    normal sheet, wrapped text with row heights so nothing is overprinted.

    A write-only sheet must be set up before its first row is appended (its properties are
    written first); its row heights are the caller's (see `row_height`).

    Args:
        sheet: the sheet, with its column widths already set.
        title_rows: how many rows at the top repeat on every page; by default the frozen rows
            when they hold a table's header row, else none.
    """
    target = cast(Worksheet, sheet)
    streamed = isinstance(sheet, WriteOnlyWorksheet)
    if not streamed:
        fit_row_heights(target)
    total = sum(visible_widths(target)) or DEFAULT_COLUMN_WIDTH
    landscape, pages_wide = _layout(total, None if streamed else _rows_height(target))
    across = LANDSCAPE_WIDTH if landscape else PORTRAIT_WIDTH
    setup = target.page_setup
    setup.orientation = "landscape" if landscape else "portrait"
    setup.paperSize = Worksheet.PAPERSIZE_A4
    setup.fitToWidth = pages_wide
    setup.fitToHeight = 0
    properties = target.sheet_properties
    if properties.pageSetUpPr is None:
        properties.pageSetUpPr = PageSetupProperties()
    properties.pageSetUpPr.fitToPage = True
    target.page_margins = PageMargins(
        left=0.4, right=0.4, top=0.55, bottom=0.6, header=0.3, footer=0.3
    )
    target.print_options.horizontalCentered = pages_wide == 1 and total < across
    footer = target.oddFooter
    if footer is not None:
        footer.center.text = FOOTER
    rows = title_rows if title_rows is not None else _header_rows(target)
    if rows:
        target.print_title_rows = f"1:{rows}"
    frozen_columns = _frozen(target)[1]
    if pages_wide > 1 and frozen_columns:
        target.print_title_cols = f"A:{get_column_letter(frozen_columns)}"


def _layout(width: float, height: float | None) -> tuple[bool, int]:
    """(landscape, pages across) for a sheet `width` characters wide and `height` points tall.

    Each orientation is fitted to as few pages across as keep the scale at `MIN_SCALE` or
    more; the one that prints on fewer pages wins, landscape (larger text) on a tie. Without a
    height (a streamed sheet), landscape is chosen when portrait would shrink the sheet below
    `LANDSCAPE_BELOW`.
    """
    options = []
    for landscape, across, down in (
        (False, PORTRAIT_WIDTH, PORTRAIT_HEIGHT),
        (True, LANDSCAPE_WIDTH, LANDSCAPE_HEIGHT),
    ):
        pages_wide = max(1, math.ceil(width * MIN_SCALE / across))
        if height is None:
            if landscape is (width * LANDSCAPE_BELOW > PORTRAIT_WIDTH):
                return landscape, pages_wide
            continue
        scale = min(1.0, pages_wide * across / width)
        pages = pages_wide * max(1, math.ceil(height * scale / down))
        options.append((pages, -scale, not landscape, landscape, pages_wide))
    _, _, _, landscape, pages_wide = min(options)
    return landscape, pages_wide


def _rows_height(sheet: Worksheet) -> float:
    """The sheet's rows' heights in points (the default height where none is set)."""
    total = 0.0
    for index in range(1, sheet.max_row + 1):
        dimension = sheet.row_dimensions.get(index)
        height = dimension.height if dimension is not None else None
        total += float(height) if height else LINE_HEIGHT
    return total


def print_setup_workbook(workbook: Workbook) -> None:
    """`print_setup` for every visible sheet of a (normal, not write-only) workbook."""
    for sheet in workbook.worksheets:
        if isinstance(sheet, Worksheet) and sheet.sheet_state == "visible":
            print_setup(sheet)


def visible_widths(sheet: Worksheet) -> list[float]:
    """The widths (in characters) of the sheet's visible columns, up to the last one used."""
    last = max(
        [sheet.max_column if not isinstance(sheet, WriteOnlyWorksheet) else 0]
        + [column_index_from_string(key) for key in sheet.column_dimensions]
    )
    widths = []
    for index in range(1, last + 1):
        dimension = sheet.column_dimensions.get(get_column_letter(index))
        if dimension is None:
            widths.append(DEFAULT_COLUMN_WIDTH)
        elif not dimension.hidden:
            widths.append(float(dimension.width) if dimension.customWidth else DEFAULT_COLUMN_WIDTH)
    return widths


def fit_row_heights(sheet: Worksheet) -> None:
    """Wrap text that would be cut off by a filled neighbour and give every row the height of
    its tallest wrapped cell (spreadsheet programs other than Excel do not grow rows that an
    xlsx file leaves at the default height, and print wrapped lines over the next row)."""
    widths = {index: _width(sheet, index) for index in range(1, sheet.max_column + 1)}
    for row in sheet.iter_rows():
        tallest = 0.0
        for cell in row:
            if not isinstance(cell, Cell) or not isinstance(cell.value, str) or not cell.value:
                continue
            width = widths.get(cell.column, DEFAULT_COLUMN_WIDTH)
            if width <= 0:
                continue
            wraps = bool(cell.alignment.wrap_text)
            if not wraps and "\n" not in cell.value and len(cell.value) <= width:
                continue
            if not wraps:
                neighbour = sheet.cell(row=cell.row, column=cell.column + 1).value
                if neighbour in (None, "") and "\n" not in cell.value:
                    continue
                cell.alignment = Alignment(
                    horizontal=cell.alignment.horizontal, vertical="top", wrap_text=True
                )
            size = float(cell.font.sz or 11) if cell.font is not None else 11.0
            tallest = max(tallest, wrapped_lines(cell.value, width) * LINE_HEIGHT * size / 11)
        index = row[0].row if row else None
        if tallest > LINE_HEIGHT and index is not None:
            sheet.row_dimensions[index].height = min(MAX_ROW_HEIGHT, math.ceil(tallest))
            for cell in row:
                if (
                    isinstance(cell, Cell)
                    and cell.value is not None
                    and cell.alignment.vertical is None
                ):
                    cell.alignment = Alignment(
                        horizontal=cell.alignment.horizontal,
                        vertical="top",
                        wrap_text=cell.alignment.wrap_text,
                    )


def row_height(values: Sequence[object], widths: Sequence[float]) -> float | None:
    """The height a streamed row needs for its wrapped texts (None: the default height)."""
    lines = max(
        (
            wrapped_lines(value, width)
            for value, width in zip(values, widths, strict=False)
            if isinstance(value, str) and value
        ),
        default=1,
    )
    return min(MAX_ROW_HEIGHT, lines * LINE_HEIGHT) if lines > 1 else None


def wrapped_lines(text: str, width: float) -> int:
    """How many lines `text` takes when wrapped in a column `width` characters wide.

    A character is counted as wide as the column unit (the widest digit), which over-estimates
    ordinary text a little: a row is rather a little too tall than overprinted.
    """
    capacity = max(1, int(width) - 1)
    return sum(
        max(1, len(textwrap.wrap(paragraph, capacity, break_long_words=True)))
        for paragraph in text.split("\n")
    )


def _width(sheet: Worksheet, index: int) -> float:
    dimension = sheet.column_dimensions.get(get_column_letter(index))
    if dimension is None or not dimension.customWidth:
        return DEFAULT_COLUMN_WIDTH
    return 0.0 if dimension.hidden else float(dimension.width)


def _frozen(sheet: Worksheet) -> tuple[int, int]:
    """The number of frozen rows and columns."""
    pane = sheet.freeze_panes
    if not pane:
        return 0, 0
    row, column = coordinate_to_tuple(pane)
    return row - 1, column - 1


def _header_rows(sheet: Worksheet) -> int:
    """The frozen rows, when they hold the header row of one of the sheet's tables."""
    frozen = _frozen(sheet)[0]
    if not frozen:
        return 0
    for table in sheet.tables.values():
        header = coordinate_to_tuple(table.ref.split(":")[0])[0]
        if header <= frozen:
            return frozen
    return 0
