"""Reading awkward case-list files: header detection, merged cells, encodings, broken files."""

from __future__ import annotations

import zipfile
from datetime import date, datetime
from pathlib import Path

import pytest

from taskforce_app.domain.cases import CaseListError
from taskforce_app.importers.case_list import (
    list_sheets,
    read_case_list,
    read_case_table,
    suggest_mapping,
    validate,
)
from tests.importers.files import HEADERS, write_csv, write_xlsx


def _error(path: Path, **kwargs: object) -> CaseListError:
    with pytest.raises(CaseListError) as caught:
        read_case_list(path, **kwargs)  # type: ignore[arg-type]
    return caught.value


def test_title_rows_merged_title_and_blank_rows(tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "udtraek.xlsx",
        [
            ["Sagsudtræk, Ballerup Kommune", None, None, None, None, None],
            ["Udtrukket 01-03-2024 af DUBU"],
            [],
            HEADERS,
            ["S-1", 2010, "Pige", "Anbringelse", date(2021, 2, 3), date(2021, 5, 1)],
            [],
            [None, None, None, None, None, None],
            ["S-2", 2012, "Dreng", "Familiebehandling", date(2022, 1, 4), date(2022, 3, 1)],
            ["   ", None, "", None, None, None],
        ],
        merges=["A1:F1", "A2:C2"],
    )
    table = read_case_table(path)
    assert table.header_row == 4
    assert table.headers == tuple(HEADERS)
    report = validate(table, suggest_mapping(table.headers))
    assert [row.row_number for row in report.rows] == [5, 8]
    assert report.rows_read == 2
    assert report.problems == ()
    assert report.rows[0].birth_year == 2010
    assert report.rows[0].opened_on == date(2021, 2, 3)
    assert report.rows[1].measure == "Familiebehandling"


def test_merged_header_over_two_rows(tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "to-raekker.xlsx",
        [
            ["Sagsliste"],
            ["Sagsnr.", "Barnet", None, "Datoer", None, "Bemærkning"],
            [None, "Alder", "Køn", "Oprettet", "Afgørelsesdato", None],
            ["A-7", 9, "Pige", "01.02.2023", "15.03.2023", "ok"],
        ],
        merges=["A1:F1", "A2:A3", "B2:C2", "D2:E2", "F2:F3"],
    )
    table = read_case_table(path)
    assert table.header_row == 2
    assert table.headers == ("Sagsnr.", "Alder", "Køn", "Oprettet", "Afgørelsesdato", "Bemærkning")
    report = validate(table, suggest_mapping(table.headers))
    (row,) = report.rows
    assert (row.row_number, row.case_ref, row.age, row.gender) == (4, "A-7", 9, "Pige")
    assert (row.opened_on, row.decided_on) == (date(2023, 2, 1), date(2023, 3, 15))
    assert row.extra == {"Bemærkning": "ok"}


def test_merged_cells_in_the_header_row_itself(tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "flet.xlsx",
        [
            ["Sagsnummer", None, "Indsats", "Rådgiver"],
            ["B-1", "x", "Aflastning", "MHJ"],
        ],
        merges=["A1:B1"],
    )
    table = read_case_table(path)
    assert table.headers == ("Sagsnummer", "Kolonne B", "Indsats", "Rådgiver")
    (row,) = validate(table, suggest_mapping(table.headers)).rows
    assert (row.case_ref, row.measure, row.caseworker) == ("B-1", "Aflastning", "MHJ")
    assert row.extra == {"Kolonne B": "x"}


def test_danish_dates_excel_date_cells_and_serials(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Sagsnr.", "Oprettet", "Afgørelsesdato"],
        ["D-1", "03-02-2021", "3-2-2021"],
        ["D-2", "3.2.2021", "03.02.21"],
        ["D-3", "2021-02-03", "03/02/2021"],
        ["D-4", datetime(2021, 2, 3), 44230],
        ["D-5", "03-02-2021 14:22", date(2021, 2, 3)],
        ["D-6", "31-02-2021", "2021-02-03"],
        ["D-7", "snart", None],
    ]
    report = read_case_list(write_xlsx(tmp_path / "datoer.xlsx", rows))
    assert [row.case_ref for row in report.rows] == ["D-1", "D-2", "D-3", "D-4", "D-5"]
    for row in report.rows:
        assert row.opened_on == date(2021, 2, 3)
        assert row.decided_on == date(2021, 2, 3)
    bad = {problem.row_number: dict(problem.params) for problem in report.problems}
    assert bad == {
        7: {"column": "Oprettet", "value": "31-02-2021"},
        8: {"column": "Oprettet", "value": "snart"},
    }
    assert all(problem.code == "case_list.row.bad_date" for problem in report.problems)
    assert "Række 7 (sag D-6)" in report.problems[0].message()


def test_semicolon_csv_in_windows_1252_with_title_line(tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "aeroe.csv",
        [
            ["Sagsudtræk for Ærø Kommune"],
            [],
            ["Sagsnr.", "Køn", "Foranstaltning", "Rådgiver", "Bevilget", "Bemærkning"],
            ["Æ-1", "Pige", "Døgnophold på opholdssted", "Søren Å.", "01-06-2023", "Få besøg"],
            ["Æ-2", "Dreng", "Kontaktperson", "Bjørn", "02-06-2023", "12,5 timer"],
        ],
        delimiter=";",
        encoding="cp1252",
    )
    table = read_case_table(path)
    assert (table.encoding, table.delimiter, table.header_row) == ("cp1252", ";", 3)
    report = validate(table, suggest_mapping(table.headers))
    first, second = report.rows
    assert (first.case_ref, first.measure, first.caseworker) == (
        "Æ-1",
        "Døgnophold på opholdssted",
        "Søren Å.",
    )
    assert first.decided_on == date(2023, 6, 1)
    assert first.extra == {"Bemærkning": "Få besøg"}
    assert second.extra == {"Bemærkning": "12,5 timer"}


def test_comma_csv_in_utf8_with_bom(tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "bom.csv",
        [["Sags-ID", "Alder", "Lovgrundlag"], ["K-1", "7", "§ 32"], ["K-2", "12 år", "§ 46"]],
        delimiter=",",
        encoding="utf-8-sig",
    )
    table = read_case_table(path)
    assert (table.encoding, table.delimiter, table.file_format) == ("utf-8-sig", ",", "csv")
    report = validate(table, suggest_mapping(table.headers))
    assert [(row.case_ref, row.age, row.legal_basis) for row in report.rows] == [
        ("K-1", 7, "§ 32"),
        ("K-2", 12, "§ 46"),
    ]


def test_corrupt_xlsx_is_refused_clearly(tmp_path: Path) -> None:
    path = tmp_path / "odelagt.xlsx"
    path.write_bytes(bytes(range(256)) * 20)
    error = _error(path)
    assert error.error_code == "case_list.corrupt_xlsx"
    assert "odelagt.xlsx" in error.message("da")
    assert "beskadiget" in error.message("da")


def test_zip_that_is_not_a_workbook_is_corrupt(tmp_path: Path) -> None:
    path = tmp_path / "pakke.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("hello.txt", "not a workbook")
    assert _error(path).error_code == "case_list.corrupt_xlsx"


def test_truncated_xlsx_is_corrupt(tmp_path: Path) -> None:
    whole = write_xlsx(tmp_path / "hel.xlsx", [HEADERS, ["S-1", 2010]]).read_bytes()
    path = tmp_path / "halv.xlsx"
    path.write_bytes(whole[: len(whole) // 2])
    assert _error(path).error_code == "case_list.corrupt_xlsx"


def test_encrypted_ole2_file_is_called_password_protected(tmp_path: Path) -> None:
    path = tmp_path / "beskyttet.xlsx"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 1024)
    error = _error(path)
    assert error.error_code == "case_list.encrypted"
    assert "adgangskode" in error.message("da")
    assert ".xls" in error.message("da")
    assert "password" in error.message("en")


@pytest.mark.parametrize(
    ("name", "code"),
    [("gammel.xls", "case_list.old_xls"), ("rapport.pdf", "case_list.unsupported_type")],
)
def test_unsupported_types(tmp_path: Path, name: str, code: str) -> None:
    path = tmp_path / name
    path.write_bytes(b"%PDF-1.7 whatever")
    assert _error(path).error_code == code


def test_missing_file(tmp_path: Path) -> None:
    assert _error(tmp_path / "findes-ikke.xlsx").error_code == "case_list.file_not_found"


@pytest.mark.parametrize("name", ["tom.xlsx", "tom.csv"])
def test_zero_byte_file_is_empty(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(b"")
    error = _error(path)
    assert error.error_code == "case_list.empty_file"
    assert name in error.message("da")


def test_workbook_without_any_content_is_empty(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "blank.xlsx", [], extra_sheets=[("Ark2", [])])
    assert _error(path).error_code == "case_list.empty_file"


def test_csv_with_only_blank_lines_is_empty(tmp_path: Path) -> None:
    path = tmp_path / "blank.csv"
    path.write_bytes(b"\xef\xbb\xbf\r\n  \r\n;;;\r\n")
    assert _error(path).error_code in {"case_list.empty_file", "case_list.no_header_row"}


def test_header_without_rows(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "kun-overskrift.csv", [HEADERS])
    error = _error(path)
    assert error.error_code == "case_list.no_rows"


def test_no_case_number_column_names_the_headers_found(tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "uden-sagsnr.xlsx",
        [["Udtræk"], ["Løbenummer", "Køn", "Indsats"], ["1", "Pige", "Aflastning"]],
    )
    table = read_case_table(path)
    assert table.header_row == 2
    assert suggest_mapping(table.headers).case_ref is None
    error = _error(path)
    assert error.error_code == "case_list.no_case_ref_column"
    message = error.message("da")
    assert "'Løbenummer'" in message
    assert "'Indsats'" in message


def test_no_header_row_at_all(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "tal.csv", [["1", "2"], ["3", "4"]])
    assert _error(path).error_code == "case_list.no_header_row"


def test_unknown_sheet_lists_the_sheets(tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "ark.xlsx", [HEADERS, ["S-1"]], extra_sheets=[("Forside", [["Hej"]])]
    )
    assert list_sheets(path) == ("Sagsudtræk", "Forside")
    error = _error(path, sheet_name="Data")
    assert error.error_code == "case_list.no_such_sheet"
    assert "'Sagsudtræk', 'Forside'" in error.message("da")


def test_sheet_with_the_cases_is_found_behind_a_cover_sheet(tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "forside.xlsx",
        [["Kommunens sagsudtræk"], ["Se næste ark"]],
        sheet_title="Forside",
        extra_sheets=[("Sager", [HEADERS, ["S-9", 2015, "Pige"]])],
    )
    report = read_case_list(path)
    assert report.sheet_name == "Sager"
    assert [row.case_ref for row in report.rows] == ["S-9"]
    assert read_case_list(path, sheet_name="Sager").fingerprint == report.fingerprint


def test_duplicate_and_missing_headings_get_unique_names(tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "bred.csv",
        [
            ["Sagsnr.", "Note", "note", "", "", "", ""],
            ["W-1", "a", "b", "c", "d", None],
            ["W-2", None, None, None, None, None, "  "],
        ],
    )
    table = read_case_table(path)
    assert table.headers == ("Sagsnr.", "Note", "note (2)", "Kolonne D", "Kolonne E")
    first, second = validate(table, suggest_mapping(table.headers)).rows
    assert first.extra == {"Note": "a", "note (2)": "b", "Kolonne D": "c", "Kolonne E": "d"}
    assert second.extra == {}


def test_wrong_dimension_written_by_an_exporter_is_ignored(tmp_path: Path) -> None:
    source = write_xlsx(tmp_path / "kilde.xlsx", [HEADERS, ["S-1", 2010, "Pige"], ["S-2", 2011]])
    path = tmp_path / "forkert-dimension.xlsx"
    with zipfile.ZipFile(source) as original, zipfile.ZipFile(path, "w") as copy:
        for item in original.infolist():
            data = original.read(item)
            if item.filename == "xl/worksheets/sheet1.xml":
                text = data.decode()
                assert '<dimension ref="A1:F3"' in text
                data = text.replace('<dimension ref="A1:F3"', '<dimension ref="A1"').encode()
            copy.writestr(item, data)
    report = read_case_list(path)
    assert [(row.case_ref, row.birth_year) for row in report.rows] == [("S-1", 2010), ("S-2", 2011)]
    assert report.rows[0].gender == "Pige"
