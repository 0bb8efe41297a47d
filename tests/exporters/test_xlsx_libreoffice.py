"""A real spreadsheet program opens the workbook: LibreOffice converts it to CSV headless, and
prints it to PDF within a page budget."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from taskforce_app.exporters.xlsx_style import LINE_HEIGHT, wrapped_lines
from taskforce_app.persistence.database import open_database
from taskforce_app.services.overview import OverviewService
from taskforce_app.services.workbooks import WorkbookService

CSV_UTF8 = "csv:Text - txt - csv (StarCalc):44,34,76,1"


def soffice() -> str:
    found = shutil.which("soffice") or shutil.which("libreoffice")
    if found is None:
        pytest.fail(
            "LibreOffice (soffice) is not on PATH: install Debian's libreoffice-calc-nogui "
            "(apt-get install libreoffice-calc-nogui) to run this test."
        )
    return found


def convert(workbook: Path, out: Path, profile: Path) -> str:
    result = subprocess.run(
        [
            soffice(),
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--convert-to",
            CSV_UTF8,
            "--outdir",
            str(out),
            str(workbook),
        ],
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    csv = out / (workbook.stem + ".csv")
    assert result.returncode == 0 and csv.exists(), result.stderr or result.stdout
    return csv.read_text(encoding="utf-8")


def test_libreoffice_reads_the_engagement_workbook(demo_db_path: Path, tmp_path: Path) -> None:
    database = open_database(demo_db_path)
    try:
        row = max(OverviewService(database).rows(), key=lambda r: r.month_of_plan or 0)
        target = WorkbookService(database).export_engagement(row.id, tmp_path / "forloeb.xlsx")
    finally:
        database.close()
    text = convert(target, tmp_path / "csv", tmp_path / "profile")
    assert row.municipality_name in text
    assert re.search(r"\b\d{1,3}%", text), text
    assert "Juridiske krav opfyldt" in text


def _print_to_pdf(workbook: Path, out: Path, profile: Path) -> Path:
    result = subprocess.run(
        [
            soffice(),
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(out),
            str(workbook),
        ],
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    pdf = out / (workbook.stem + ".pdf")
    assert result.returncode == 0 and pdf.exists(), result.stderr or result.stdout
    return pdf


def test_the_demo_engagement_workbook_prints_on_at_most_12_pages(
    demo_db_path: Path, tmp_path: Path
) -> None:
    database = open_database(demo_db_path)
    try:
        row = max(OverviewService(database).rows(), key=lambda r: r.month_of_plan or 0)
        target = WorkbookService(database).export_engagement(row.id, tmp_path / "forloeb.xlsx")
    finally:
        database.close()
    workbook = load_workbook(target)
    for sheet in workbook.worksheets:
        if sheet.sheet_state != "visible":
            continue
        assert sheet.sheet_properties.pageSetUpPr is not None
        assert sheet.sheet_properties.pageSetUpPr.fitToPage
        assert sheet.page_setup.fitToHeight == 0 and str(sheet.page_setup.paperSize) == "9"
        for cells in sheet.iter_rows():
            for cell in cells:
                if isinstance(cell.value, str) and cell.alignment.wrap_text:
                    width = sheet.column_dimensions[cell.column_letter].width
                    needed = wrapped_lines(cell.value, width) * LINE_HEIGHT
                    height = sheet.row_dimensions[cell.row].height or LINE_HEIGHT
                    assert height >= min(needed, 409), (sheet.title, cell.coordinate)
    pdf = _print_to_pdf(target, tmp_path / "pdf", tmp_path / "profile")
    reader = PdfReader(pdf)
    assert len(reader.pages) <= 12
    footers = [page.extract_text() for page in reader.pages]
    pages = len(reader.pages)
    for number, text in enumerate(footers, 1):
        assert f"Side {number} af {pages}" in text, number
