"""Key figures: import in one transaction, re-import replaces, series per 1,000 children."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from taskforce_app.domain.errors import NotFoundError
from taskforce_app.domain.key_figures import (
    KeyFigurePoint,
    StatisticsFileError,
    build_series,
    default_category,
    per_thousand,
)
from taskforce_app.importers.statistics import read_statistics
from taskforce_app.persistence.database import Database, open_database
from taskforce_app.persistence.models.audit import KeyFigure
from taskforce_app.services.key_figures import KeyFigureService


@pytest.fixture
def db(db_path: Path) -> Iterator[Database]:
    database = open_database(db_path)
    yield database
    database.close()


def _csv(path: Path, lines: list[str]) -> Path:
    path.write_bytes("\r\n".join(lines).encode("cp1252"))
    return path


UND1 = [
    "OMRÅDE;UNDERRETTER;KØN;TID;INDHOLD",
    "Hele landet;I alt;I alt;2022;148302",
    "Hele landet;I alt;I alt;2023;151876",
    "Hele landet;Skole;I alt;2023;30110",
    "Tønder;I alt;I alt;2022;612",
    "Tønder;I alt;I alt;2023;..",
    "Tønder;Skole;I alt;2023;133",
    "Atlantis;I alt;I alt;2023;7",
]
FOLK1A = [
    "OMRÅDE;ALDER;TID;INDHOLD",
    "Hele landet;0-17 år;2022K1;1190000",
    "Hele landet;0-17 år;2023K1;1185000",
    "Tønder;0-17 år;2022K1;7200",
    "Tønder;0-17 år;2023K1;7100",
]


def _count(db: Database) -> int:
    with db.read() as session:
        return int(session.scalar(select(func.count()).select_from(KeyFigure)) or 0)


def test_import_and_reimport_replace_without_duplicates(db: Database, tmp_path: Path) -> None:
    service = KeyFigureService(db)
    path = _csv(tmp_path / "UND1.csv", UND1)
    first = service.import_file(path)
    assert (first.table_code, first.inserted, first.replaced) == ("UND1", 6, 0)
    assert [(p.row_number, p.code) for p in first.problems] == [(8, "statistics.unknown_area")]
    assert first.suppressed == 1
    again = service.import_file(path)
    assert (again.inserted, again.replaced) == (0, 6)
    assert _count(db) == 6
    revised = _csv(tmp_path / "UND1-revideret.csv", [*UND1[:4], "Tønder;I alt;I alt;2022;640"])
    service.import_file(revised)
    assert _count(db) == 6
    series = service.series("550", "UND1")
    assert [(p.period, p.value) for p in series.points] == [("2022", 640), ("2023", None)]


def test_refused_file_imports_nothing(db: Database, tmp_path: Path) -> None:
    path = _csv(tmp_path / "UND1.csv", ["OMRÅDE;TID;INDHOLD;Kommentar", "Tønder;2023;1;x"])
    with pytest.raises(StatisticsFileError) as raised:
        KeyFigureService(db).import_file(path)
    assert raised.value.error_code == "statistics.unknown_columns"
    assert _count(db) == 0


def test_series_per_1000_children_with_population_table(db: Database, tmp_path: Path) -> None:
    service = KeyFigureService(db)
    service.import_file(_csv(tmp_path / "UND1.csv", UND1))
    population = service.import_file(_csv(tmp_path / "befolkning.csv", FOLK1A))
    assert population.table_code == "FOLK1A"
    assert service.tables() == ["UND1"], "population tables are not shown as key figures"
    series = service.series("550", "UND1")
    assert series.category == "I alt · I alt"
    assert series.municipality_name == "Tønder"
    assert series.per_1000 and series.note_code is None
    first = series.points[0]
    assert first.per_1000 == pytest.approx(612 / 7200 * 1000)
    assert first.national_per_1000 == pytest.approx(148302 / 1190000 * 1000)
    assert series.points[1].per_1000 is None, "a suppressed value stays missing"
    assert series.points[1].national_per_1000 == pytest.approx(151876 / 1185000 * 1000)
    school = service.series("550", "UND1", category="Skole · I alt")
    assert [(p.period, p.value, p.national_value) for p in school.points] == [("2023", 133, 30110)]


def test_series_without_population_shows_counts_and_says_so(db: Database, tmp_path: Path) -> None:
    service = KeyFigureService(db)
    service.import_file(_csv(tmp_path / "UND1.csv", UND1))
    series = service.series("550", "UND1")
    assert not series.per_1000
    assert series.note_code == "key_figures.absolute_numbers"
    assert series.shown(series.points[0]) == (612, 148302)


def test_population_column_in_the_file_is_used(db: Database, tmp_path: Path) -> None:
    service = KeyFigureService(db)
    lines = [
        "OMRÅDE;TID;INDHOLD;Børn og unge 0-22 år",
        "Hele landet;2023;11803;1185000",
        "Læsø;2023;3;212",
    ]
    service.import_file(_csv(tmp_path / "ANBAAR7.csv", lines))
    series = service.series("825", "ANBAAR7")
    assert series.per_1000
    assert series.points[0].per_1000 == pytest.approx(3 / 212 * 1000)
    assert series.title == "Anbragte børn og unge"


def test_unknown_municipality_is_refused(db: Database) -> None:
    with pytest.raises(NotFoundError):
        KeyFigureService(db).series("999", "UND1")


def test_per_thousand_maths() -> None:
    assert per_thousand(612, 7200) == pytest.approx(85.0)
    assert per_thousand(None, 7200) is None
    assert per_thousand(5, 0) is None
    assert per_thousand(5, None) is None
    point = KeyFigurePoint("2023", 10, 2000, 1000, 400000)
    assert (point.per_1000, point.national_per_1000) == (5.0, 2.5)


def test_mixed_population_falls_back_to_counts() -> None:
    series = build_series(
        table_code="UND1",
        municipality_code="550",
        municipality_name="Tønder",
        category="",
        values={("550", "2022"): 600, ("550", "2023"): 610, ("000", "2023"): 150000},
        populations={("550", "2022"): 7200, ("550", "2023"): None, ("000", "2023"): 1185000},
    )
    assert not series.per_1000
    assert [series.shown(p) for p in series.points] == [(600, None), (610, 150000)]


def test_default_category_prefers_totals() -> None:
    assert default_category(["Skole · I alt", "I alt · I alt", "Politi · Mænd"]) == "I alt · I alt"
    assert default_category([]) is None


FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "statistikbanken"


def test_anbaar_is_per_1000_of_0_to_22_and_und1_of_0_to_17(db: Database) -> None:
    service = KeyFigureService(db)
    service.import_file(FIXTURES / "FOLK1A_koder.csv")
    service.import_file(FIXTURES / "ANBAAR7_tekster.csv")
    service.import_file(FIXTURES / "UND1_koder.csv")
    population = {
        (row.area_code, row.category): row.children_population or 0
        for row in read_statistics(
            FIXTURES / "FOLK1A_koder.csv", municipalities={"101": "København", "147": "x"}
        ).rows
    }
    placed = service.series("101", "ANBAAR7")
    assert placed.per_1000 and placed.population == "børn og unge 0–22 år"
    (point,) = [p for p in placed.points if p.period == "2023"]
    assert point.population == population[("101", "0-22 år")]
    assert point.per_1000 == pytest.approx(1187 / population[("101", "0-22 år")] * 1000)
    assert point.national_per_1000 == pytest.approx(11803 / population[("000", "0-22 år")] * 1000)
    notified = service.series("101", "UND1", category="TOT · TOT")
    assert notified.population == "børn 0–17 år"
    assert notified.points[0].per_1000 == pytest.approx(
        14876 / population[("101", "0-17 år")] * 1000
    )
