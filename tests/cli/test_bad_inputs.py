"""Hostile and broken inputs on the command line: exit 2, one Danish line, database unchanged."""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from taskforce_app.cli import main
from taskforce_app.domain.limits import (
    MAX_CSV_FIELD_CHARS,
    MAX_CSV_FILE_BYTES,
    MAX_ROWS,
    size_text,
)
from tests.importers.bomb_files import (
    csv_with_huge_field,
    declare_size,
    package_bomb,
    rewrite_package,
    sparse_file,
    statistics_with_huge_field,
    xlsx_with_huge_cell,
    zip_with_members,
)

Maker = Callable[[Path], Path]


def _fingerprint(path: Path) -> str:
    connection = sqlite3.connect(path)
    try:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        connection.close()
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _long_csv(path: Path) -> Path:
    with path.open("w", encoding="utf-8") as handle:
        handle.write("Sagsnr.;Køn\n")
        handle.write("S;P\n" * MAX_ROWS)
    return path


def _stated_huge(path: Path) -> Path:
    xlsx_with_huge_cell(path, 10)
    return declare_size(path, "xl/styles.xml", 3 * 2**30)


def _one_bad_record(path: Path, edit: Callable[[dict[str, list[object]]], None]) -> Path:
    """A package of a one-forløb demo database, re-hashed after `edit` (made once per test)."""
    source = path.with_name("kilde.sqlite")
    assert main(["demo", "--db", str(source)]) == 0
    good = path.with_name("god.tfpkg")
    argv = ["package", "export", "--db", str(source), "--engagement", "Haderslev"]
    assert main([*argv, "--unencrypted", "-o", str(good)]) == 0
    return rewrite_package(good, path, edit)


def _long_reference(tables: dict[str, list[object]]) -> None:
    record = tables["engagement"][0]
    assert isinstance(record, dict)
    record["title"] = "x" * 500


def _nul_text(tables: dict[str, list[object]]) -> None:
    record = tables["engagement"][0]
    assert isinstance(record, dict)
    record["notes"] = "a\x00b"


CASES: dict[str, tuple[str, Maker, str]] = {
    # name: (command, file maker, a word the one line must hold)
    "xlsx cell over 32,767 characters": (
        "import-cases",
        lambda p: xlsx_with_huge_cell(p / "celle.xlsx", 300_000, random_text=True),
        "32.767 tegn",
    ),
    "xlsx zip bomb (20 MB cell in 20 kB)": (
        "import-cases",
        lambda p: xlsx_with_huge_cell(p / "bombe.xlsx", 20 * 2**20),
        "zip-bombe",
    ),
    "xlsx member stated at 3 GB": (
        "import-cases",
        lambda p: _stated_huge(p / "stor.xlsx"),
        "512 MB",
    ),
    "xlsx with 100,000 members": (
        "import-cases",
        lambda p: zip_with_members(p / "mange.xlsx", 100_000),
        "1.000",
    ),
    "csv field over 128 KiB": (
        "import-cases",
        lambda p: csv_with_huge_field(p / "felt.csv", MAX_CSV_FIELD_CHARS + 1),
        "131.072 tegn",
    ),
    "csv over the size limit": (
        "import-cases",
        lambda p: sparse_file(p / "stor.csv", MAX_CSV_FILE_BYTES + 1, b"Sagsnr.;K\xc3\xb8n\n"),
        size_text(MAX_CSV_FILE_BYTES),
    ),
    "csv with a million and one rows": (
        "import-cases",
        lambda p: _long_csv(p / "lang.csv"),
        "rækker",
    ),
    "statistics field over 128 KiB": (
        "import-statistics",
        lambda p: statistics_with_huge_field(p / "UND1.csv", MAX_CSV_FIELD_CHARS + 1),
        "131.072 tegn",
    ),
    "returned workbook with a giant cell": (
        "import-returned",
        lambda p: xlsx_with_huge_cell(p / "retur.xlsx", 300_000, random_text=True),
        "32.767 tegn",
    ),
    "returned workbook zip bomb": (
        "import-returned",
        lambda p: xlsx_with_huge_cell(p / "retur-bombe.xlsx", 20 * 2**20),
        "zip-bombe",
    ),
    "package that unpacks 1,000 times": (
        "package import",
        lambda p: package_bomb(p / "bombe.tfpkg", 20 * 2**20),
        "zip-bombe",
    ),
    "package with 100,000 members": (
        "package import",
        lambda p: zip_with_members(p / "mange.tfpkg", 100_000, package=True),
        "100",
    ),
    "package with a 500-character title": (
        "package import",
        lambda p: _one_bad_record(p / "lang.tfpkg", _long_reference),
        "post nr. 1, feltet title",
    ),
    "package with NUL in a text": (
        "package import",
        lambda p: _one_bad_record(p / "nul.tfpkg", _nul_text),
        "NUL-tegn",
    ),
}


def _argv(command: str, db: Path, source: Path) -> list[str]:
    if command == "import-cases":
        return ["import-cases", "--db", str(db), "--engagement", "Haderslev", str(source)]
    if command == "package import":
        return [
            "package",
            "import",
            "--db",
            str(db),
            str(source),
            "--theirs",
            "--accept-unencrypted",
        ]
    return [command, "--db", str(db), str(source)]


@pytest.mark.parametrize("name", sorted(CASES))
def test_a_hostile_file_is_refused_with_one_danish_line_and_nothing_changed(
    demo_db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str
) -> None:
    command, make, expected = CASES[name]
    source = make(tmp_path)
    capsys.readouterr()
    before = _fingerprint(demo_db_path)
    assert main(_argv(command, demo_db_path, source)) == 2
    captured = capsys.readouterr()
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1, captured.err
    assert "Traceback" not in captured.err
    assert expected in lines[0]
    assert "Intet er ændret" in lines[0]
    assert _fingerprint(demo_db_path) == before


def test_statistics_with_nan_and_infinity_import_only_the_finite_rows(
    demo_db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "UND1.csv"
    source.write_text(
        "UND1: Underretninger\nOMRÅDE;TID;INDHOLD\nHaderslev;2022;nan\nHaderslev;2023;inf\n"
        "Hele landet;2023;130000\n",
        encoding="utf-8",
    )
    assert main(["import-statistics", "--db", str(demo_db_path), str(source)]) == 0
    out = capsys.readouterr().out
    assert "2 problemer" in out


def test_export_pdf_works_for_a_forloeb_with_one_year_of_statistics(
    demo_db_path: Path, tmp_path: Path
) -> None:
    source = tmp_path / "UND1.csv"
    source.write_text("UND1: Underretninger\nOMRÅDE;TID;INDHOLD\nHaderslev;2023;512\n")
    db = str(demo_db_path)
    assert main(["import-statistics", "--db", db, str(source)]) == 0
    target = tmp_path / "haderslev.pdf"
    assert main(["export", "pdf", "--db", db, "--engagement", "Haderslev", "-o", str(target)]) == 0
    assert target.read_bytes().startswith(b"%PDF")


@pytest.mark.parametrize("days", ["1000000000", "36501", "-1", "mange"])
def test_deadlines_days_out_of_range_is_one_danish_line(
    demo_db_path: Path, capsys: pytest.CaptureFixture[str], days: str
) -> None:
    argv = ["deadlines", "--db", str(demo_db_path), "--consultant", "MHJ", "--days", days]
    assert main(argv) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1
    assert "36500" in err[0]
