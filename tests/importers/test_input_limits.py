"""Files over a limit are refused before they are parsed, with one Danish line naming the limit."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from taskforce_app.domain.errors import UserError
from taskforce_app.domain.limits import (
    MAX_CELL_CHARS,
    MAX_COLUMNS,
    MAX_CSV_FIELD_CHARS,
    MAX_CSV_FILE_BYTES,
    MAX_PACKAGE_MEMBERS,
    MAX_ROWS,
    MAX_XLSX_MEMBER_BYTES,
    MAX_XLSX_MEMBERS,
    XLSX_LIMITS,
    count_text,
    size_text,
)
from taskforce_app.importers.case_list import read_case_table
from taskforce_app.importers.input_limits import check_xlsx
from taskforce_app.importers.package import read_package
from taskforce_app.importers.returned_workbook import read_returned
from taskforce_app.importers.statistics import read_statistics
from tests.importers.bomb_files import (
    SHEET,
    csv_with_huge_field,
    declare_size,
    package_bomb,
    sparse_file,
    statistics_with_huge_field,
    xlsx_with_huge_cell,
    zip_with_members,
)

MUNICIPALITIES = {"101": "København", "751": "Aarhus"}


def _refused(error: pytest.ExceptionInfo[UserError], code: str, limit: str) -> str:
    """The Danish message, after checking it is the expected code and names the limit."""
    assert error.value.error_code == code
    message = error.value.message("da")
    assert limit in message
    assert "\n" not in message
    assert "Intet er ændret" in message
    return message


def test_a_cell_longer_than_excel_allows_is_refused(tmp_path: Path) -> None:
    path = xlsx_with_huge_cell(tmp_path / "celle.xlsx", 300_000, random_text=True)
    with pytest.raises(UserError) as refused:
        read_case_table(path)
    _refused(refused, "limits.cell_too_large", count_text(MAX_CELL_CHARS))


def test_a_cell_of_excels_maximum_length_is_read(tmp_path: Path) -> None:
    path = xlsx_with_huge_cell(tmp_path / "fuld.xlsx", MAX_CELL_CHARS, random_text=True)
    table = read_case_table(path)
    assert len(str(table.rows[0].cells[1])) == MAX_CELL_CHARS


def test_a_tightly_packed_sheet_is_refused_as_a_zip_bomb(tmp_path: Path) -> None:
    path = xlsx_with_huge_cell(tmp_path / "bombe.xlsx", 20 * 1024 * 1024)
    assert path.stat().st_size < 100_000
    with pytest.raises(UserError) as refused:
        read_case_table(path)
    message = _refused(refused, "limits.compression_ratio", "200")
    assert SHEET in message


def test_a_member_stated_bigger_than_the_limit_is_refused_unread(tmp_path: Path) -> None:
    path = xlsx_with_huge_cell(tmp_path / "stor.xlsx", 10)
    declare_size(path, "xl/styles.xml", MAX_XLSX_MEMBER_BYTES + 1)
    with pytest.raises(UserError) as refused:
        read_case_table(path)
    _refused(refused, "limits.member_too_large", size_text(MAX_XLSX_MEMBER_BYTES))


def test_shared_strings_have_their_own_smaller_limit(tmp_path: Path) -> None:
    path = tmp_path / "delte.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("xl/sharedStrings.xml", b"<sst/>")
    declare_size(path, "xl/sharedStrings.xml", 200 * 1024 * 1024)
    with pytest.raises(UserError) as refused:
        check_xlsx(path, XLSX_LIMITS)
    _refused(refused, "limits.member_too_large", "160 MB")


def test_an_xlsx_with_too_many_members_is_refused(tmp_path: Path) -> None:
    path = zip_with_members(tmp_path / "mange.xlsx", MAX_XLSX_MEMBERS + 1)
    with pytest.raises(UserError) as refused:
        read_case_table(path)
    _refused(refused, "limits.too_many_members", count_text(MAX_XLSX_MEMBERS))


def test_a_csv_field_over_the_field_limit_is_refused(tmp_path: Path) -> None:
    path = csv_with_huge_field(tmp_path / "felt.csv", MAX_CSV_FIELD_CHARS + 1)
    with pytest.raises(UserError) as refused:
        read_case_table(path)
    _refused(refused, "limits.cell_too_large", count_text(MAX_CSV_FIELD_CHARS))


def test_a_csv_over_the_size_limit_is_refused_without_reading_it(tmp_path: Path) -> None:
    path = sparse_file(tmp_path / "stor.csv", MAX_CSV_FILE_BYTES + 1, b"Sagsnr.;K\xc3\xb8n\n")
    with pytest.raises(UserError) as refused:
        read_case_table(path)
    _refused(refused, "limits.file_too_large", size_text(MAX_CSV_FILE_BYTES))


def test_a_csv_with_too_many_columns_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "bred.csv"
    path.write_text(
        "Sagsnr.;Køn;Alder\n" + ";".join(["x"] * (MAX_COLUMNS + 1)) + "\n", encoding="utf-8"
    )
    with pytest.raises(UserError) as refused:
        read_case_table(path)
    message = _refused(refused, "limits.too_many_columns", count_text(MAX_COLUMNS))
    assert "række 2" in message


def test_a_csv_with_too_many_rows_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "lang.csv"
    with path.open("w", encoding="utf-8") as handle:
        handle.write("Sagsnr.;Køn\n")
        handle.write("S;P\n" * MAX_ROWS)
    with pytest.raises(UserError) as refused:
        read_case_table(path)
    _refused(refused, "limits.too_many_rows", count_text(MAX_ROWS))


def test_a_statistics_field_over_the_field_limit_is_refused(tmp_path: Path) -> None:
    path = statistics_with_huge_field(tmp_path / "UND1.csv", MAX_CSV_FIELD_CHARS + 1)
    with pytest.raises(UserError) as refused:
        read_statistics(path, municipalities=MUNICIPALITIES)
    _refused(refused, "limits.cell_too_large", count_text(MAX_CSV_FIELD_CHARS))


def test_a_statistics_file_over_the_size_limit_is_refused(tmp_path: Path) -> None:
    path = sparse_file(tmp_path / "UND1.csv", MAX_CSV_FILE_BYTES + 1, b"OMR\xc3\x85DE;TID\n")
    with pytest.raises(UserError) as refused:
        read_statistics(path, municipalities=MUNICIPALITIES)
    _refused(refused, "limits.file_too_large", size_text(MAX_CSV_FILE_BYTES))


@pytest.mark.parametrize("value", ["nan", "NaN", "inf", "-Infinity", "1e999"])
def test_statistics_values_that_are_not_finite_numbers_are_refused(
    tmp_path: Path, value: str
) -> None:
    path = tmp_path / "UND1.csv"
    path.write_text(
        f"UND1: Underretninger\nOMRÅDE;TID;INDHOLD\nKøbenhavn;2023;{value}\nAarhus;2023;120\n",
        encoding="utf-8",
    )
    table = read_statistics(path, municipalities=MUNICIPALITIES)
    assert [(row.area_code, row.value) for row in table.rows] == [("751", 120.0)]
    assert [(problem.row_number, problem.code) for problem in table.problems] == [
        (3, "statistics.bad_number")
    ]


def test_a_returned_workbook_with_a_giant_cell_is_refused(tmp_path: Path) -> None:
    path = xlsx_with_huge_cell(tmp_path / "retur.xlsx", 300_000, random_text=True)
    with pytest.raises(UserError) as refused:
        read_returned(path)
    _refused(refused, "limits.cell_too_large", count_text(MAX_CELL_CHARS))


def test_a_package_that_unpacks_to_much_more_than_it_weighs_is_refused(tmp_path: Path) -> None:
    path = package_bomb(tmp_path / "bombe.tfpkg", 20 * 1024 * 1024)
    with pytest.raises(UserError) as refused:
        read_package(path)
    _refused(refused, "limits.compression_ratio", "200")


def test_a_package_with_too_many_members_is_refused(tmp_path: Path) -> None:
    path = zip_with_members(tmp_path / "mange.tfpkg", MAX_PACKAGE_MEMBERS + 1, package=True)
    with pytest.raises(UserError) as refused:
        read_package(path)
    _refused(refused, "limits.too_many_members", count_text(MAX_PACKAGE_MEMBERS))


def test_a_package_member_stated_bigger_than_the_limit_is_refused_unread(tmp_path: Path) -> None:
    path = package_bomb(tmp_path / "stor.tfpkg", 10)
    declare_size(path, "data/engagement.jsonl", 2**32 - 1)
    with pytest.raises(UserError) as refused:
        read_package(path)
    _refused(refused, "limits.member_too_large", "1 GB")
