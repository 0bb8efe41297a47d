"""Writers for the awkward case-list files the importer tests read back."""

from __future__ import annotations

import csv
from collections.abc import Sequence
from pathlib import Path

from openpyxl import Workbook

Rows = Sequence[Sequence[object]]

HEADERS = ["Sagsnr.", "Fødselsår", "Køn", "Indsats", "Oprettet", "Afgørelsesdato"]


def write_xlsx(
    path: Path,
    rows: Rows,
    *,
    merges: Sequence[str] = (),
    sheet_title: str = "Sagsudtræk",
    extra_sheets: Sequence[tuple[str, Rows]] = (),
    active: int = 0,
) -> Path:
    """An xlsx file with `rows` from A1 (None cells left empty), merged ranges, more sheets."""
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = sheet_title
    for row in rows:
        sheet.append(list(row))
    for cell_range in merges:
        sheet.merge_cells(cell_range)
    for title, other_rows in extra_sheets:
        other = workbook.create_sheet(title)
        for row in other_rows:
            other.append(list(row))
    workbook.active = active
    workbook.save(path)
    return path


def write_csv(path: Path, rows: Rows, *, delimiter: str = ";", encoding: str = "utf-8") -> Path:
    """A CSV file; None cells are written empty."""
    with path.open("w", encoding=encoding, newline="") as handle:
        writer = csv.writer(handle, delimiter=delimiter)
        for row in rows:
            writer.writerow(["" if value is None else value for value in row])
    return path
