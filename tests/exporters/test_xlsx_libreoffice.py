"""A real spreadsheet program opens the workbook: LibreOffice converts it to CSV headless."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

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
