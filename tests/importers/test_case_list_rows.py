"""Validating case-list rows: CPR guard, duplicates, earlier imports, mapping, fingerprint."""

from __future__ import annotations

import hashlib
import random
from datetime import date
from pathlib import Path

import pytest

from taskforce_app.domain.cases import (
    CaseColumnMapping,
    CaseField,
    CaseListError,
    CaseRow,
    case_list_fingerprint,
)
from taskforce_app.domain.errors import MESSAGES
from taskforce_app.domain.text import translate
from taskforce_app.importers.case_list import (
    is_sensitive_header,
    read_case_list,
    read_case_table,
    suggest_mapping,
    validate,
)
from tests.importers.files import HEADERS, write_csv, write_xlsx

CPR = "010203-1234"  # 1 February 2003: a plausible CPR number


def test_cpr_number_in_a_cell_refuses_the_row_and_is_masked(tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "cpr.xlsx",
        [
            ["Titel"],
            ["Sagsnr.", "Indsats", "Bemærkning"],
            ["C-1", "Aflastning", "ok"],
            ["C-2", "Aflastning", f"Barnet {CPR} flyttet"],
            [CPR.replace("-", ""), "Anbringelse", None],
            ["C-4", 101021234, None],  # a CPR typed as a number loses its leading zero
        ],
    )
    report = read_case_list(path)
    assert [row.case_ref for row in report.rows] == ["C-1"]
    assert report.rows_read == 4
    assert report.refused_count == 3
    by_row = {problem.row_number: problem for problem in report.problems}
    assert set(by_row) == {4, 5, 6}
    assert all(problem.code == "case_list.row.cpr" for problem in report.problems)
    assert by_row[4].case_ref == "C-2"
    assert by_row[5].case_ref == ""  # the case number itself was the CPR number
    assert dict(by_row[6].params)["column"] == "Indsats"
    stored = repr(report.report_entries()) + "".join(
        problem.message(language) for problem in report.problems for language in ("da", "en")
    )
    for fragment in ("010203", "1234", "0102031234", "101021234"):
        assert fragment not in stored
    assert "Række 4 (sag C-2)" in by_row[4].message()
    assert "XXXXXX-XXXX" in by_row[4].message()


def test_columns_with_cpr_or_childrens_names_are_dropped_and_reported(tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "navne.csv",
        [
            [
                "Sagsnr.",
                "CPR-nr.",
                "Barnets navn",
                "Sagsbehandlers navn",
                "Tilbuddets navn",
                "Team",
            ],
            ["N-1", CPR, "Anna Hansen", "Mette", "Solhjem", "Øst"],
        ],
    )
    report = read_case_list(path)
    assert report.dropped_columns == ("CPR-nr.", "Barnets navn")
    (row,) = report.rows
    assert row.caseworker == "Mette"
    assert row.extra == {"Tilbuddets navn": "Solhjem", "Team": "Øst"}
    assert "Anna" not in repr(report)
    assert [notice.code for notice in report.notices] == ["case_list.column_dropped"] * 2
    assert "'CPR-nr.'" in report.notices[0].message()


@pytest.mark.parametrize(
    ("header", "sensitive"),
    [
        ("CPR", True),
        ("Personnummer", True),
        ("Navn", True),
        ("Barnets navn", True),
        ("Fulde navn", True),
        ("Adresse", True),
        ("Fødselsdato", True),
        ("Sagsbehandlers navn", False),
        ("Skolens navn", False),
        ("Bemærkning", False),
        ("Indsats", False),
    ],
)
def test_sensitive_headers(header: str, sensitive: bool) -> None:
    assert is_sensitive_header(header) is sensitive


def test_a_sensitive_column_cannot_be_mapped(tmp_path: Path) -> None:
    table = read_case_table(write_csv(tmp_path / "m.csv", [["Sagsnr.", "Navn"], ["M-1", "Anna"]]))
    mapping = suggest_mapping(table.headers).with_column(CaseField.CASEWORKER, 1)
    with pytest.raises(CaseListError) as caught:
        validate(table, mapping)
    assert caught.value.error_code == "case_list.sensitive_column_mapped"
    assert "'Navn'" in caught.value.message()


def test_a_birth_date_column_gives_only_the_birth_year(tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "f.xlsx", [["Sagsnr.", "Fødselsdato"], ["F-1", date(2011, 4, 5)], ["F-2", None]]
    )
    report = read_case_list(path)
    assert [row.birth_year for row in report.rows] == [2011, None]
    assert report.dropped_columns == ()
    assert "2011-04-05" not in repr(report)


def test_duplicates_keep_the_first_and_report_the_rest(tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "dubletter.csv",
        [HEADERS, ["S-1", "2010"], ["S-2", "2011"], ["S-1", "2012"], [" S-1 ", "2013"]],
    )
    report = read_case_list(path)
    assert [(row.case_ref, row.birth_year) for row in report.rows] == [("S-1", 2010), ("S-2", 2011)]
    assert [(p.row_number, p.code, p.case_ref) for p in report.problems] == [
        (4, "case_list.row.duplicate_ref", "S-1"),
        (5, "case_list.row.duplicate_ref", "S-1"),
    ]
    assert "række 2" in report.problems[0].message()


def test_cases_already_imported_are_skipped_and_reported(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "igen.csv", [HEADERS, ["S-1"], ["S-2"], ["S-3"]])
    report = read_case_list(path, existing_refs={"S-2", "S-9"})
    assert [row.case_ref for row in report.rows] == ["S-1", "S-3"]
    ((row_number, code, case_ref),) = [(p.row_number, p.code, p.case_ref) for p in report.problems]
    assert (row_number, code, case_ref) == (3, "case_list.row.already_imported", "S-2")
    assert (report.rows_read, report.valid_count, report.refused_count) == (3, 2, 1)


def test_missing_case_number_bad_number_and_too_long_text(tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "fejl.csv",
        [
            ["Sagsnr.", "Alder", "Køn", "Bemærkning"],
            ["", "7", "Pige", "no case number"],
            ["E-2", "syv", "Pige", ""],
            ["E-3", "7", "x" * 21, ""],
            ["E-4", "7.0", "Dreng", ""],
        ],
    )
    report = read_case_list(path)
    assert [row.case_ref for row in report.rows] == ["E-4"]
    assert report.problem_counts() == {
        "case_list.row.missing_ref": 1,
        "case_list.row.bad_number": 1,
        "case_list.row.too_long": 1,
    }
    for problem in report.problems:
        for language in ("da", "en"):
            assert "{" not in problem.message(language)


def test_every_code_has_danish_and_english_text() -> None:
    codes = [code for code in MESSAGES if code.startswith(("case_list.", "case_field."))]
    assert len(codes) > 20
    for code in codes:
        english = MESSAGES[code]
        danish = translate(english, "da")
        assert (danish and english and danish != english) or code == "case_list.row_prefix"


def test_suggested_mapping_from_danish_headers() -> None:
    headers = [
        "Journalnummer",
        "FØDSELSÅR",
        "alder",
        "Køn",
        "Sagstype",
        "Foranstaltning",
        "§",
        "Rådgiver",
        "Oprettet",
        "Afgørelse dato",
        "Indsats",  # a second measure column is left unmapped
        "Oprettet af",  # not a date column
    ]
    mapping = suggest_mapping(headers)
    assert [(case_field.value, index) for case_field, index in mapping.items()] == [
        ("case_ref", 0),
        ("birth_year", 1),
        ("age", 2),
        ("gender", 3),
        ("case_type", 4),
        ("measure", 5),
        ("legal_basis", 6),
        ("caseworker", 7),
        ("opened_on", 8),
        ("decided_on", 9),
    ]
    for variant in ("Sagsnr.", "Sags-ID", "Sag nr", "SAGSNUMMER", "sagsnr"):
        assert suggest_mapping([variant]).case_ref == 0


def test_mapping_round_trips_through_header_names() -> None:
    headers = ("Nr", "Beskrivelse", "Dato", "Rådgiver")
    mapping = (
        CaseColumnMapping()
        .with_column(CaseField.CASE_REF, 0)
        .with_column(CaseField.DECIDED_ON, 2)
        .with_column(CaseField.CASEWORKER, 3)
    )
    names = mapping.to_header_names(headers)
    assert names == {"case_ref": "Nr", "decided_on": "Dato", "caseworker": "Rådgiver"}
    moved = ("Rådgiver", "dato", "Nr", "Ny kolonne")
    again = CaseColumnMapping.from_header_names(names, moved)
    assert (again.case_ref, again.decided_on, again.caseworker) == (2, 1, 0)
    assert again.with_column(CaseField.MEASURE, 2).case_ref is None


def test_fingerprint_is_the_same_for_csv_and_xlsx_in_another_order(tmp_path: Path) -> None:
    cases = [
        (
            f"S-{number:03d}",
            2005 + number % 12,
            "Pige",
            "Aflastning",
            date(2022, 1, 1 + number % 28),
        )
        for number in range(40)
    ]
    shuffled = cases[:]
    random.Random(7).shuffle(shuffled)
    headers = HEADERS[:5]
    xlsx = write_xlsx(tmp_path / "a.xlsx", [["Titel"], headers, *cases])
    csv_rows = [
        [ref, str(year), gender, measure, f"{day:%d-%m-%Y}"]
        for ref, year, gender, measure, day in shuffled
    ]
    csv = write_csv(tmp_path / "b.csv", [headers, *csv_rows], encoding="cp1252")
    from_xlsx, from_csv = read_case_list(xlsx), read_case_list(csv)
    assert from_xlsx.valid_count == from_csv.valid_count == 40
    assert len(from_xlsx.fingerprint) == 64
    assert from_xlsx.fingerprint == from_csv.fingerprint
    assert from_xlsx.fingerprint == case_list_fingerprint(reversed(from_csv.rows))
    csv_rows[-1][3] = "Anbringelse"
    changed = write_csv(tmp_path / "c.csv", [headers, *csv_rows])
    assert read_case_list(changed).fingerprint != from_csv.fingerprint


def test_fingerprint_normalisation_is_as_documented() -> None:
    row = CaseRow(
        row_number=9,
        case_ref="S-1",
        birth_year=2010,
        gender="Pige",
        measure="Aflastning",
        opened_on=date(2021, 2, 3),
        extra={"Team": "Øst"},
    )
    assert row.normalised() == "\x1f".join(
        ["S-1", "2010", "", "Pige", "", "Aflastning", "", "", "2021-02-03", ""]
    )
    expected = hashlib.sha256(f"case-list-v1\x1e{row.normalised()}".encode()).hexdigest()
    assert case_list_fingerprint([row]) == expected
    assert case_list_fingerprint([]) == hashlib.sha256(b"case-list-v1").hexdigest()
