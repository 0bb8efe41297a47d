"""Cell values (from openpyxl or CSV text) turned into dates, whole numbers and texts; CPR check.

Dates are read the Danish way, day before month: 03-02-2021, 3-2-2021, 3.2.2021, 03.02.21,
03/02/2021 and ISO 2021-02-03 (a trailing time such as `10:30` is ignored), Excel date cells
and Excel serial numbers. Two-digit years follow the POSIX rule: 69–99 → 1969–1999,
00–68 → 2000–2068. Dates outside 1900–2100 are refused as implausible.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta

from openpyxl.utils.datetime import WINDOWS_EPOCH, from_excel

from taskforce_app.domain.cpr import find_cpr_numbers

MIN_YEAR = 1900
MAX_YEAR = 2100
MASKED_CPR = "XXXXXX-XXXX"
"""How a CPR number found in a cell is shown: not even the birth date is repeated."""

_DATE_TEXT = re.compile(
    r"\s*(?:(\d{1,2})([-./])(\d{1,2})\2(\d{4}|\d{2})|(\d{4})([-./])(\d{1,2})\6(\d{1,2}))"
    r"(?:[ T]+\d{1,2}[:.]\d{2}(?:[:.]\d{2}(?:[.,]\d+)?)?)?\s*"
)
_WHOLE_NUMBER = re.compile(r"\s*(\d{1,4})(?:[.,]0+)?\s*(?:år)?\s*", re.IGNORECASE)
_CPR_QUICK = re.compile(r"\d{6}[-\u2010\u2011\u2012\u2013 ]?\d{4}")
_MAX_SERIAL = 73416  # 2101-01-01 in the 1900 date system; the year check refines it
_CPR_INT_MIN = 101_000_000  # 010100-0000 without its leading zero
_CPR_INT_MAX = 3_112_999_999  # 311299-9999


def parse_date(value: object, epoch: datetime = WINDOWS_EPOCH) -> date | None:
    """A cell as a date; None for an empty cell.

    Args:
        value: the cell value (text, Excel date cell, or Excel serial number).
        epoch: the workbook's date system (1900 or 1904) for serial numbers.

    Raises:
        ValueError: the cell is not a real, plausible date (e.g. 31-02-2021).
    """
    if value is None:
        return None
    result: date
    if isinstance(value, str):
        match = _DATE_TEXT.fullmatch(value)
        if match is None:
            if not value.strip():
                return None
            raise ValueError(value)
        day_text = match.group(1)
        if day_text is not None:
            year = int(match.group(4))
            if len(match.group(4)) == 2:
                year += 2000 if year < 69 else 1900
            result = date(year, int(match.group(3)), int(day_text))
        else:
            result = date(int(match.group(5)), int(match.group(7)), int(match.group(8)))
    elif isinstance(value, datetime):
        result = value.date()
    elif isinstance(value, date):
        result = value
    elif isinstance(value, (int, float)) and not isinstance(value, bool):
        if not 1 <= value < _MAX_SERIAL:
            raise ValueError(value)
        converted = from_excel(value, epoch)
        if not isinstance(converted, datetime):
            raise ValueError(value)
        result = converted.date()
    else:
        raise ValueError(value)
    if not MIN_YEAR <= result.year <= MAX_YEAR:
        raise ValueError(value)
    return result


def parse_whole_number(value: object, *, year_of_date: bool = False) -> int | None:
    """A cell as a whole number from 0 to 9999 (`12`, `12.0`, `12 år`); None for an empty cell.

    Args:
        value: the cell value.
        year_of_date: take the year of a date (a birth date column mapped to birth year).

    Raises:
        ValueError: the cell holds something else.
    """
    if value is None:
        return None
    if isinstance(value, bool):
        raise ValueError(value)
    if isinstance(value, int):
        number = value
    elif isinstance(value, float):
        if not value.is_integer():
            raise ValueError(value)
        number = int(value)
    elif isinstance(value, str):
        match = _WHOLE_NUMBER.fullmatch(value)
        if match is None:
            if not value.strip():
                return None
            if year_of_date:
                parsed = parse_date(value)
                return None if parsed is None else parsed.year
            raise ValueError(value)
        number = int(match.group(1))
    elif year_of_date and isinstance(value, date):
        return value.year
    else:
        raise ValueError(value)
    if not 0 <= number <= 9999:
        raise ValueError(value)
    return number


def cell_text(value: object) -> str:
    """A cell as trimmed text: whole numbers without `.0`, dates as ISO, booleans as Ja/Nej."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, bool):
        return "Ja" if value else "Nej"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, datetime):
        if value.time() == time():
            return value.date().isoformat()
        return value.isoformat(sep=" ")
    if isinstance(value, (date, time, timedelta)):
        return value.isoformat() if not isinstance(value, timedelta) else str(value)
    return str(value).strip()


def holds_cpr(value: object) -> bool:
    """True when the cell holds a plausible CPR number (in text, or as a 9–10 digit number)."""
    if isinstance(value, str):
        return (
            len(value) >= 10
            and _CPR_QUICK.search(value) is not None
            and bool(find_cpr_numbers(value))
        )
    if isinstance(value, bool):
        return False
    if isinstance(value, float):
        if not value.is_integer():
            return False
        value = int(value)
    if isinstance(value, int) and _CPR_INT_MIN <= value <= _CPR_INT_MAX:
        return bool(find_cpr_numbers(f"{value:010d}"))
    return False


def short(text: str, limit: int = 40) -> str:
    """`text` cut to `limit` characters for a message."""
    return text if len(text) <= limit else text[: limit - 1] + "…"
