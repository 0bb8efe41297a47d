"""Statistikbank CSV files: encodings, names and codes, suppressed values, refused files."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from taskforce_app import paths
from taskforce_app.domain.key_figures import StatisticsFileError
from taskforce_app.importers.statistics import read_statistics


@pytest.fixture(scope="module")
def municipalities() -> dict[str, str]:
    """The 98 municipalities as shipped (code → name)."""
    with (paths.resources_dir() / "reference" / "municipalities.csv").open(
        encoding="utf-8"
    ) as handle:
        return {row["code"]: row["name"] for row in csv.DictReader(handle)}


UND1_LINES = [
    "OMRÅDE;UNDERRETTER;ALDER;KØN;TID;INDHOLD",
    "Hele landet;I alt;Alder i alt;I alt;2022;148302",
    "Hele landet;I alt;Alder i alt;I alt;2023;151876",
    "Region Hovedstaden;I alt;Alder i alt;I alt;2023;43120",
    "København;I alt;Alder i alt;I alt;2022;14210",
    "København;I alt;Alder i alt;I alt;2023;14876",
    "Høje-Taastrup;I alt;Alder i alt;I alt;2023;1302",
    "Ærø;I alt;Alder i alt;I alt;2023;..",
    "Tårnby;Skole;Alder i alt;I alt;2023;211",
]


def _write(path: Path, lines: list[str], encoding: str = "utf-8") -> Path:
    path.write_bytes("\r\n".join(lines).encode(encoding) + b"\r\n")
    return path


def test_windows_1252_with_danish_names_and_suppressed_values(
    tmp_path: Path, municipalities: dict[str, str]
) -> None:
    path = _write(tmp_path / "UND1.csv", UND1_LINES, "cp1252")
    table = read_statistics(path, municipalities=municipalities)
    assert table.encoding == "cp1252"
    assert table.table_code == "UND1"
    assert table.category_columns == ("UNDERRETTER", "ALDER", "KØN")
    found = {(row.area_code, row.period, row.category): row.value for row in table.rows}
    total = "I alt · Alder i alt · I alt"
    assert found[("000", "2022", total)] == 148302
    assert found[("101", "2023", total)] == 14876
    assert found[("169", "2023", total)] == 1302
    assert found[("185", "2023", "Skole · Alder i alt · I alt")] == 211
    assert found[("492", "2023", total)] is None, "'..' is suppressed, not zero"
    assert table.suppressed == 1
    assert table.skipped_areas == 1, "the region row is not a municipality, and not an error"
    assert table.problems == ()


def test_utf8_with_bom_and_title_line_names_the_table(
    tmp_path: Path, municipalities: dict[str, str]
) -> None:
    lines = [
        "ANBAAR7: Anbragte børn og unge pr. 31. december efter område, alder, køn og tid",
        "",
        "OMRÅDE;ALDER;KØN;TID;INDHOLD",
        "Hele landet;I alt;I alt;2023;11803",
        "Nordfyns;I alt;I alt;2023;64",
        "Vesthimmerland;I alt;I alt;2023;71",
    ]
    path = tmp_path / "download.csv"
    path.write_bytes(b"\xef\xbb\xbf" + "\n".join(lines).encode("utf-8"))
    table = read_statistics(path, municipalities=municipalities)
    assert table.encoding == "utf-8-sig"
    assert table.table_code == "ANBAAR7"
    assert {row.area_code for row in table.rows} == {"000", "480", "820"}


def test_codes_and_names_give_the_same_areas(
    tmp_path: Path, municipalities: dict[str, str]
) -> None:
    names = _write(
        tmp_path / "names.csv",
        ["område;tid;indhold", "Hele landet;2024;1", "København;2024;2", "Aabenraa;2024;3"],
    )
    codes = _write(
        tmp_path / "codes.csv",
        ["OMRÅDE;TID;INDHOLD", "000;2024;1", "0101;2024;2", "580 Aabenraa;2024;3"],
    )
    by_name = read_statistics(names, municipalities=municipalities, table_code="UND1")
    by_code = read_statistics(codes, municipalities=municipalities, table_code="UND1")
    assert [r.area_code for r in by_name.rows] == ["000", "101", "580"]
    assert [r.area_code for r in by_code.rows] == ["000", "101", "580"]


def test_row_problems_carry_row_numbers(tmp_path: Path, municipalities: dict[str, str]) -> None:
    path = _write(
        tmp_path / "und1.csv",
        [
            "OMRÅDE;TID;INDHOLD",
            "København;2024;1.234",
            "Atlantis;2024;5",
            "Odense;2024;mange",
            "Odense;24;5",
            "Vejle;2024;12,5",
            "Vejle;2024;13",
        ],
    )
    table = read_statistics(path, municipalities=municipalities, table_code="UND1")
    values = {row.area_code: row.value for row in table.rows}
    assert values == {"101": 1234, "630": 12.5}
    problems = {(p.row_number, p.code) for p in table.problems}
    assert problems == {
        (3, "statistics.unknown_area"),
        (4, "statistics.bad_number"),
        (5, "statistics.bad_period"),
        (7, "statistics.duplicate_row"),
    }
    assert table.rows_read == 6


@pytest.mark.parametrize(
    ("lines", "code"),
    [
        (["OMRÅDE;TID;INDHOLD;Beløb i kr.", "København;2024;1;2"], "statistics.unknown_columns"),
        (["OMRÅDE;TID;INDHOLD;CPR", "København;2024;1;x"], "statistics.unknown_columns"),
        (["KØN;TID;INDHOLD", "I alt;2024;1"], "statistics.no_area_column"),
        (["OMRÅDE;TID;KØN", "København;2024;I alt"], "statistics.no_value_column"),
        (["Navn;Adresse", "A;B"], "statistics.no_header"),
        (["OMRÅDE;TID;INDHOLD", "Atlantis;2024;1"], "statistics.nothing_valid"),
    ],
)
def test_unusable_files_are_refused(
    tmp_path: Path, municipalities: dict[str, str], lines: list[str], code: str
) -> None:
    path = _write(tmp_path / "und1.csv", lines)
    with pytest.raises(StatisticsFileError) as raised:
        read_statistics(path, municipalities=municipalities)
    assert raised.value.error_code == code


def test_table_must_be_known(tmp_path: Path, municipalities: dict[str, str]) -> None:
    path = _write(tmp_path / "data.csv", ["OMRÅDE;TID;INDHOLD", "København;2024;1"])
    with pytest.raises(StatisticsFileError) as raised:
        read_statistics(path, municipalities=municipalities)
    assert raised.value.error_code == "statistics.unknown_table"
    with pytest.raises(StatisticsFileError) as raised:
        read_statistics(path, municipalities=municipalities, table_code="BIL707")
    assert raised.value.error_code == "statistics.unsupported_table"
    assert read_statistics(path, municipalities=municipalities, table_code="und1").rows


def test_missing_and_empty_files(tmp_path: Path, municipalities: dict[str, str]) -> None:
    with pytest.raises(StatisticsFileError) as raised:
        read_statistics(tmp_path / "none.csv", municipalities=municipalities)
    assert raised.value.error_code == "statistics.file_not_found"
    (tmp_path / "empty.csv").write_bytes(b"  \n")
    with pytest.raises(StatisticsFileError) as raised:
        read_statistics(tmp_path / "empty.csv", municipalities=municipalities)
    assert raised.value.error_code == "statistics.empty_file"


def test_population_table_sums_children_0_to_17(
    tmp_path: Path, municipalities: dict[str, str]
) -> None:
    lines = ["OMRÅDE;KØN;ALDER;TID;INDHOLD"]
    for age in range(0, 20):
        lines.append(f"Ærø;I alt;{age} år;2024K1;{10 + age}")
        lines.append(f"Ærø;Mænd;{age} år;2024K1;{5 + age}")
    lines.append("Ærø;I alt;Alder i alt;2024K1;5912")
    path = _write(tmp_path / "FOLK1A.csv", lines, "cp1252")
    table = read_statistics(path, municipalities=municipalities)
    assert table.table_code == "FOLK1A"
    (row,) = table.rows
    expected = sum(10 + age for age in range(18))
    assert (row.area_code, row.period, row.value, row.children_population) == (
        "492",
        "2024K1",
        expected,
        expected,
    )


FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "statistikbanken"


def _leaf_sum(area: str, top_age: int) -> int:
    """The population of `area` aged 0..`top_age`, summed from the file's single cells (every
    sex and marital status, never a TOT/IALT row), independently of the importer."""
    with (FIXTURES / "FOLK1A_koder.csv").open(encoding="utf-8", newline="") as handle:
        return sum(
            int(row["INDHOLD"])
            for row in csv.DictReader(handle, delimiter=";")
            if row["OMRÅDE"] == area
            and row["KØN"] in {"1", "2"}
            and row["CIVILSTAND"] not in {"TOT"}
            and row["ALDER"].isdigit()
            and int(row["ALDER"]) <= top_age
        )


def test_folk1a_downloaded_with_codes_is_counted_once(municipalities: dict[str, str]) -> None:
    table = read_statistics(FIXTURES / "FOLK1A_koder.csv", municipalities=municipalities)
    found = {(row.area_code, row.category): row.value for row in table.rows}
    assert found[("101", "0-17 år")] == _leaf_sum("101", 17)
    assert found[("101", "0-22 år")] == _leaf_sum("101", 22)
    assert found[("147", "0-17 år")] == _leaf_sum("147", 17)
    assert found[("000", "0-17 år")] == _leaf_sum("000", 17)
    assert found[("000", "0-22 år")] == _leaf_sum("000", 22)
    assert {area for area, _category in found} == {"000", "101", "147"}
    assert table.problems == ()
    rows_per_area = 3 * 26 * 3
    assert table.skipped_areas == 3 * rows_per_area, "Christiansø, region 084, landsdel 01"


def test_a_band_across_the_top_age_leaves_the_population_unknown(
    tmp_path: Path, municipalities: dict[str, str]
) -> None:
    lines = ["OMRÅDE;ALDER;TID;INDHOLD"]
    lines += [f"Ærø;{low}-{low + 4} år;2024K1;100" for low in range(0, 25, 5)]
    path = _write(tmp_path / "FOLK1A.csv", lines)
    with pytest.raises(StatisticsFileError, match="nothing was imported"):
        read_statistics(path, municipalities=municipalities)
    bands = ["0-4", "5-9", "10-14", "15-17", "18-19", "20-22", "23-24"]
    lines = ["OMRÅDE;ALDER;TID;INDHOLD", *(f"Ærø;{band} år;2024K1;50" for band in bands)]
    table = read_statistics(_write(path, lines), municipalities=municipalities)
    assert sorted((row.category, row.value) for row in table.rows) == [
        ("0-17 år", 200),
        ("0-22 år", 300),
    ]


def test_folk1a_of_children_only_gives_no_0_to_22_population(
    tmp_path: Path, municipalities: dict[str, str]
) -> None:
    lines = ["OMRÅDE;ALDER;TID;INDHOLD", *(f"Ærø;{age} år;2024K1;10" for age in range(18))]
    table = read_statistics(_write(tmp_path / "FOLK1A.csv", lines), municipalities=municipalities)
    assert [(row.category, row.value) for row in table.rows] == [("0-17 år", 180)]


def test_und1_with_codes_reads_totals_and_skips_christiansoe(
    municipalities: dict[str, str],
) -> None:
    table = read_statistics(FIXTURES / "UND1_koder.csv", municipalities=municipalities)
    assert table.table_code == "UND1"
    values = {(row.area_code, row.category): row.value for row in table.rows}
    assert values[("101", "TOT · TOT")] == 14876
    assert values[("000", "TOT · TOT")] == 151876
    assert values[("147", "TOT · TOT")] is None
    assert table.problems == ()
    assert table.skipped_areas == 2


def test_web_download_with_title_line_and_christiansoe(municipalities: dict[str, str]) -> None:
    table = read_statistics(FIXTURES / "ANBAAR7_tekster.csv", municipalities=municipalities)
    assert (table.table_code, table.encoding) == ("ANBAAR7", "cp1252")
    assert {row.area_code for row in table.rows} == {"000", "101", "147"}
    assert table.problems == ()
    assert table.skipped_areas == 2, "Region Hovedstaden and Christiansø are skipped, not errors"


def test_a_0_17_population_column_is_not_used_for_anbaar(
    tmp_path: Path, municipalities: dict[str, str]
) -> None:
    lines = ["OMRÅDE;TID;INDHOLD;Børn 0-17 år", "Læsø;2023;3;212"]
    table = read_statistics(_write(tmp_path / "ANBAAR7.csv", lines), municipalities=municipalities)
    assert table.population_column is None
    assert table.rows[0].children_population is None
    (problem,) = table.problems
    assert problem.code == "statistics.population_mismatch"
    assert "0–22" in problem.message()
