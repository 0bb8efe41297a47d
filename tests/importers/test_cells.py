"""Cell conversions: Danish dates (property-based), whole numbers, texts, CPR in cells."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st
from openpyxl.utils.datetime import MAC_EPOCH

from taskforce_app.importers.cells import (
    cell_text,
    holds_cpr,
    parse_date,
    parse_whole_number,
)

FORMATS: dict[str, Callable[[date], object]] = {
    "dd-mm-yyyy": lambda day: f"{day:%d-%m-%Y}",
    "d-m-yyyy": lambda day: f"{day.day}-{day.month}-{day.year}",
    "d.m.yyyy": lambda day: f"{day.day}.{day.month}.{day.year}",
    "dd.mm.yyyy": lambda day: f"{day:%d.%m.%Y}",
    "dd/mm/yyyy": lambda day: f"{day:%d/%m/%Y}",
    "yyyy-mm-dd": lambda day: day.isoformat(),
    "with time": lambda day: f"{day:%d-%m-%Y} 13:45",
    "Excel date cell": lambda day: datetime(day.year, day.month, day.day),
    "date": lambda day: day,
}


@given(day=st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)))
def test_every_accepted_format_parses_back(day: date) -> None:
    for name, render in FORMATS.items():
        assert parse_date(render(day)) == day, name


@given(day=st.dates(min_value=date(1969, 1, 1), max_value=date(2068, 12, 31)))
def test_two_digit_years_parse_back(day: date) -> None:
    assert parse_date(f"{day:%d.%m.%y}") == day
    assert parse_date(f"{day:%d-%m-%y}") == day


@given(day=st.dates(min_value=date(1900, 3, 1), max_value=date(2100, 12, 31)))
def test_excel_serials_parse_back(day: date) -> None:
    serial = (day - date(1899, 12, 30)).days  # the 1900 date system, from 1 March 1900
    assert parse_date(serial) == day
    assert parse_date(serial + 0.25) == day
    if day > date(1904, 1, 1):
        assert parse_date((day - date(1904, 1, 1)).days, MAC_EPOCH) == day


@pytest.mark.parametrize(
    "text",
    [
        "31-02-2021",
        "29-02-2023",
        "00-01-2021",
        "12-13-2021",
        "2021-02-30",
        "3-2",
        "i går",
        "03-02/2021",
        "01-01-1899",
        "01-01-2101",
        "1.1.21x",
        "44230",
    ],
)
def test_impossible_or_unreadable_dates_are_refused(text: str) -> None:
    with pytest.raises(ValueError):
        parse_date(text)


@pytest.mark.parametrize("value", [0, -5, 10**7, float("nan"), True, object()])
def test_non_dates_are_refused(value: object) -> None:
    with pytest.raises(ValueError):
        parse_date(value)


@pytest.mark.parametrize("value", [None, "", "   "])
def test_empty_cells_are_no_date(value: object) -> None:
    assert parse_date(value) is None


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (7, 7),
        (7.0, 7),
        ("7", 7),
        (" 12 år ", 12),
        ("2010", 2010),
        ("2010,0", 2010),
        (None, None),
        ("", None),
    ],
)
def test_whole_numbers(value: object, expected: int | None) -> None:
    assert parse_whole_number(value) == expected


@pytest.mark.parametrize("value", ["syv", 7.5, -1, "12,5", True, date(2020, 1, 1)])
def test_not_whole_numbers(value: object) -> None:
    with pytest.raises(ValueError):
        parse_whole_number(value)


def test_year_of_a_birth_date() -> None:
    assert parse_whole_number(datetime(2011, 4, 5), year_of_date=True) == 2011
    assert parse_whole_number("05-04-2011", year_of_date=True) == 2011


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (None, ""),
        (" a b ", "a b"),
        (12, "12"),
        (12.0, "12"),
        (12.5, "12.5"),
        (datetime(2021, 2, 3), "2021-02-03"),
        (datetime(2021, 2, 3, 8, 30), "2021-02-03 08:30:00"),
        (True, "Ja"),
    ],
)
def test_cell_text(value: object, text: str) -> None:
    assert cell_text(value) == text


@pytest.mark.parametrize(
    ("value", "found"),
    [
        ("010203-1234", True),
        ("0102031234", True),
        ("se 010203 1234 her", True),
        (102031234, True),
        (102031234.0, True),
        (3112991234, True),
        ("SAG-2023-001234", False),
        ("3202031234", False),
        (2023001234, False),
        (12345, False),
        ("kort", False),
        (datetime(2021, 1, 1), False),
    ],
)
def test_cpr_in_cells(value: object, found: bool) -> None:
    assert holds_cpr(value) is found
