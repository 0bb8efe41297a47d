"""export pdf|xlsx|portfolio, import-returned and import-statistics from the command line."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from taskforce_app.cli import main


def test_exports_write_real_files(
    demo_db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pdf = tmp_path / "rapport.pdf"
    xlsx = tmp_path / "forloeb.xlsx"
    portfolio = tmp_path / "portefolje.xlsx"
    db = str(demo_db_path)
    assert main(["export", "pdf", "--db", db, "--engagement", "Haderslev", "-o", str(pdf)]) == 0
    assert main(["export", "xlsx", "--db", db, "--engagement", "Haderslev", "-o", str(xlsx)]) == 0
    assert main(["export", "portfolio", "--db", db, "-o", str(portfolio)]) == 0
    text = "".join(page.extract_text() for page in PdfReader(pdf).pages[:3])
    assert "Haderslev" in text and "Fortroligt" in text
    assert "Anbefalinger" in load_workbook(xlsx, read_only=True).sheetnames
    assert load_workbook(portfolio, read_only=True).sheetnames
    assert main(["import-returned", "--db", db, str(xlsx), "--dry-run"]) == 0
    assert "uændret" in capsys.readouterr().out


def test_pdf_sections_and_bad_input(
    demo_db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(demo_db_path)
    short = tmp_path / "kort.pdf"
    assert (
        main(
            [
                "export",
                "pdf",
                "--db",
                db,
                "--engagement",
                "Haderslev",
                "-o",
                str(short),
                "--sections",
                "cover,results",
            ]
        )
        == 0
    )
    capsys.readouterr()
    assert (
        main(
            [
                "export",
                "pdf",
                "--db",
                db,
                "--engagement",
                "Haderslev",
                "-o",
                str(tmp_path / "x.pdf"),
                "--sections",
                "cover,nonsense",
            ]
        )
        == 2
    )
    assert capsys.readouterr().err.count("\n") == 1
    assert main(["export", "xlsx", "--db", db, "-o", str(tmp_path / "x.xlsx")]) == 2
    assert "--engagement" in capsys.readouterr().err
    missing = tmp_path / "mangler" / "x.pdf"
    assert main(["export", "pdf", "--db", db, "--engagement", "Haderslev", "-o", str(missing)]) == 2
    assert not missing.parent.exists()


def test_import_statistics(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "und1.csv"
    source.write_text(
        "Underretninger vedr. børn (UND1)\n"
        "OMRÅDE;TID;INDHOLD\n"
        "Hele landet;2023;148000\n"
        "Haderslev;2023;1210\n"
        "Haderslev;2024;..\n",
        encoding="cp1252",
    )
    assert main(["import-statistics", "--db", str(db_path), str(source), "--table", "UND1"]) == 0
    out = capsys.readouterr().out
    assert "UND1" in out and "3 nye" in out and "1 diskretionerede" in out
    bad = tmp_path / "bad.csv"
    bad.write_text("a;b\n1;2\n", encoding="utf-8")
    assert main(["import-statistics", "--db", str(db_path), str(bad)]) == 2
