"""Tables downloaded from Danmarks Statistik's Statistikbank as CSV: read, map and check rows.

The file is `;`-separated (`,` and tab are accepted too), UTF-8 with or without BOM or
Windows-1252. Title lines may come before the heading row. Columns are mapped by heading:
the area (OMRÅDE), the time (TID) and the value (INDHOLD); the table's other dimensions (KØN,
ALDER, UNDERRETTER, …) make up the category. A column that is none of these is refused, so a
file that is not a DST table is never half-imported. Which table the file is comes from the
caller, a title line or heading (e.g. "UND1: Underretninger …"), or the file name.

Population tables (FOLK1A) are summed per area and period to the children aged 0–17 (the
population of UND1–3) and to the children and young people aged 0–22 (the population of
ANBAAR). A download with codes marks its totals `TOT`/`IALT`; those rows are the ones summed,
so no person is counted twice. Christiansø (411), regions and landsdele are not municipalities:
their rows are skipped and counted, not reported as errors.
"""

from __future__ import annotations

import codecs
import csv
import math
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from taskforce_app.domain.key_figures import (
    CATEGORY_SEPARATOR,
    NATIONAL_AREA,
    POPULATION_MAX_AGES,
    POPULATION_TABLE,
    YOUNG_CATEGORY,
    KeyFigureRow,
    StatisticsFileError,
    StatisticsProblem,
    StatisticsTable,
    is_total,
    population_category,
    population_text,
    table_family,
    table_title,
)
from taskforce_app.domain.limits import (
    MAX_COLUMNS,
    MAX_CSV_FIELD_CHARS,
    MAX_CSV_FILE_BYTES,
    MAX_ROWS,
    count_text,
)
from taskforce_app.importers.input_limits import check_file_size

HEADER_SEARCH_ROWS = 20
SUPPRESSED = frozenset({"..", "...", ":"})
"""How Statistikbanken marks a confidential or missing value."""

_TABLE_CODE = re.compile(r"\b(UND[123]|ANBAAR\d{0,2}|FOLK1AM?|FOLK1A)\b", re.IGNORECASE)
_PERIOD = re.compile(r"^\d{4}(K[1-4]|M(0[1-9]|1[0-2])|H[12])?$")
_AGE = re.compile(r"^(\d{1,3})(?:\s*-\s*(\d{1,3}))?\s*(?:år)?$")
_CODE_AND_NAME = re.compile(r"^(\d{3,4})\s+(\S.*)$")


def _key(text: str) -> str:
    """A heading or name reduced for matching: lower case, æøå spelt out, letters and digits."""
    folded = text.casefold().replace("æ", "ae").replace("ø", "oe").replace("å", "aa")
    decomposed = unicodedata.normalize("NFKD", folded)
    return "".join(char for char in decomposed if char.isascii() and char.isalnum())


def _keys(*names: str) -> frozenset[str]:
    return frozenset(_key(name) for name in names)


AREA_HEADINGS = _keys(
    "OMRÅDE", "Område", "Kommune", "Administrationskommune", "ADMKOM", "Handlekommune",
    "KOMK", "KOM", "Area",
)  # fmt: skip
TIME_HEADINGS = _keys("TID", "Tid", "År", "Aar", "Periode", "Time", "Year")
VALUE_HEADINGS = _keys("INDHOLD", "Indhold", "Antal", "Value", "Content")
POPULATION_HEADINGS = _keys(
    "Børn 0-17 år", "Børn 0–17 år", "Befolkning 0-17 år", "Folketal 0-17 år", "Børnetal",
    "Befolkning", "Folketal", "BEF017", "Children population", "children_population",
    "Børn og unge 0-22 år", "Børn og unge 0–22 år", "Befolkning 0-22 år", "Folketal 0-22 år",
    "BEF022",
)  # fmt: skip
AGE_HEADINGS = _keys("ALDER", "Alder", "Age")
KNOWN_DIMENSIONS = _keys(
    "ALDER", "KØN", "KON", "KOEN", "UNDERRETTER", "UNDERRETTERE", "UNDERRET", "UNDERRETNINGER",
    "ÅRSAG", "AARSAG", "ÅRSAGER", "FORANSTALTNING", "FORANST", "FORANSTALTNINGER",
    "ANBRINGELSESSTED", "ANBSTED", "ANBRINGELSESGRUNDLAG", "GRUNDLAG", "LOVGRUNDLAG",
    "ÆNDRINGSÅRSAG", "AENDRINGSAARSAG", "ÆNDRING", "BEVÆGELSE", "TYPE", "ENHED", "CIVILSTAND",
    "HERKOMST", "OPHOLD", "BEVAEG", "Sex", "Gender",
)  # fmt: skip
"""The other dimensions of the supported tables. DST's exact variable ids for UND1–UND3 and
ANBAAR are not all confirmed (shared/domain.md, Part B §5); add a heading here when a real
download shows one that is missing."""

_NATIONAL_NAMES = _keys("Hele landet", "Hele landet i alt", "Danmark", "Landet i alt", "I alt")
_NOT_MUNICIPALITY = ("region", "landsdel", "provins", "kommunegruppe", "christiansoe")
_NON_MUNICIPAL_CODES = frozenset({"411"})
"""Area codes that are not one of the 98 municipalities: Christiansø (411)."""
_WORDS_TO_TABLE = (
    ("aarsagertilunderretninger", "UND3"),
    ("boernderermodtagetunderretningerom", "UND2"),
    ("underretninger", "UND1"),
    ("anbragte", "ANBAAR"),
    ("anbringelse", "ANBAAR"),
    ("befolkning", POPULATION_TABLE),
)


_SKIP = ("", "")
"""Returned for a region or other non-municipal area: not an error, just not imported."""


@dataclass(frozen=True, slots=True)
class _Columns:
    area: int
    time: int
    value: int
    population: int | None
    categories: tuple[int, ...]
    age: int | None


@dataclass(slots=True)
class _Body:
    """A file's data rows under its header, and what reading them has found so far."""

    name: str
    code: str
    encoding: str
    headers: list[str]
    columns: _Columns
    records: list[list[str]]
    first_row: int
    lookup: _AreaLookup
    problems: list[StatisticsProblem]
    read: int = 0
    skipped: int = 0
    suppressed: int = 0

    def municipal_rows(self) -> Iterator[tuple[int, list[str], str, str]]:
        """(row number, record, area code, period) of each row of a municipality.

        Blank rows are passed over; rows of other areas are counted as skipped; a row whose
        shape, area or period is wrong is noted in `problems` and left out.
        """
        for offset, record in enumerate(self.records):
            number = self.first_row + offset
            if not any(cell.strip() for cell in record):
                continue
            self.read += 1
            parsed = _parse_common(record, number, self.columns, self.lookup, self.problems)
            if parsed is None:
                continue
            if parsed is _SKIP:
                self.skipped += 1
                continue
            yield number, record, *parsed

    def table(self, rows: Sequence[KeyFigureRow], *, with_population: bool) -> StatisticsTable:
        """The table read, or `statistics.nothing_valid` when no row was."""
        if not rows:
            raise StatisticsFileError("statistics.nothing_valid", name=self.name)
        headers, columns = self.headers, self.columns
        population = columns.population if with_population else None
        return StatisticsTable(
            file_name=self.name,
            table_code=self.code,
            title=table_title(self.code),
            encoding=self.encoding,
            area_column=headers[columns.area],
            time_column=headers[columns.time],
            value_column=headers[columns.value],
            category_columns=tuple(headers[index] for index in columns.categories),
            population_column=None if population is None else headers[population],
            rows=tuple(rows),
            problems=tuple(self.problems),
            rows_read=self.read,
            skipped_areas=self.skipped,
            suppressed=self.suppressed,
        )


def supported_table(table_code: str) -> bool:
    """True for the tables this importer knows (UND1–3, ANBAAR…, FOLK1A)."""
    family = table_family(table_code)
    return family in {"UND1", "UND2", "UND3", "ANBAAR", POPULATION_TABLE}


def read_statistics(
    path: str | Path,
    *,
    municipalities: Mapping[str, str],
    table_code: str | None = None,
) -> StatisticsTable:
    """Read a Statistikbank CSV and check every row.

    Args:
        path: the CSV file.
        municipalities: code → name of the 98 municipalities (names are matched loosely:
            case, "Kommune", æøå spelt out, and a trailing "s" as in "Nordfyns").
        table_code: the table (e.g. "UND1"); found from the file when None.

    Raises:
        StatisticsFileError: the file is missing, unreadable, not a DST table (no area, time or
            value column, unknown columns), of an unknown or unsupported table, or has no
            valid row. Nothing may be imported then.
    """
    source = Path(path)
    name = source.name
    text, encoding = _decode(source)
    records = _records(text, name)
    header_index = _find_header(records)
    if header_index is None:
        raise StatisticsFileError("statistics.no_header", name=name)
    headers = [cell.strip() for cell in records[header_index]]
    preamble = [cell for record in records[:header_index] for cell in record if cell.strip()]
    code = _table_code(table_code, preamble, headers, name)
    columns = _map_columns(headers, name, code)
    problems: list[StatisticsProblem] = []
    if columns.population is not None and _population_mismatch(headers[columns.population], code):
        problems.append(
            StatisticsProblem(
                header_index + 1,
                "statistics.population_mismatch",
                (
                    ("column", headers[columns.population]),
                    ("population", population_text(code)),
                ),
            )
        )
        columns = replace(columns, population=None)
    body = _Body(
        name=name,
        code=code,
        encoding=encoding,
        headers=headers,
        columns=columns,
        records=records[header_index + 1 :],
        first_row=header_index + 2,
        lookup=_AreaLookup(municipalities),
        problems=problems,
    )
    if table_family(code) == POPULATION_TABLE:
        return _population_table(body)
    rows: list[KeyFigureRow] = []
    seen: dict[tuple[str, str, str], int] = {}
    for number, record, area, period in body.municipal_rows():
        category = CATEGORY_SEPARATOR.join(record[index].strip() for index in columns.categories)
        value, ok = _number(record[columns.value], number, problems)
        population: int | None = None
        if columns.population is not None:
            raw_population, ok_population = _number(record[columns.population], number, problems)
            ok = ok and ok_population
            population = None if raw_population is None else round(raw_population)
        if not ok:
            continue
        identity = (area, period, category)
        if identity in seen:
            problems.append(
                StatisticsProblem(
                    number, "statistics.duplicate_row", (("first", str(seen[identity])),)
                )
            )
            continue
        seen[identity] = number
        if value is None:
            body.suppressed += 1
        rows.append(KeyFigureRow(area, period, category, value, population))
    return body.table(rows, with_population=True)


def _population_mismatch(heading: str, table_code: str) -> bool:
    """True when a population column names other ages than the table counts (0–17 vs 0–22)."""
    key = _key(heading)
    if population_category(table_code) == YOUNG_CATEGORY:
        return "017" in key
    return "022" in key


def _decode(source: Path) -> tuple[str, str]:
    name = source.name
    if not source.is_file():
        raise StatisticsFileError("statistics.file_not_found", name=name)
    try:
        check_file_size(source, MAX_CSV_FILE_BYTES, name=name, error=StatisticsFileError)
        data = source.read_bytes()
    except OSError as error:
        detail = error.strerror or str(error)
        raise StatisticsFileError("statistics.unreadable", name=name, detail=detail) from error
    if not data.strip():
        raise StatisticsFileError("statistics.empty_file", name=name)
    if data.startswith(codecs.BOM_UTF8):
        candidates: Sequence[str] = ("utf-8-sig",)
    else:
        candidates = ("utf-8", "cp1252")
    for encoding in candidates:
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError:
            continue
    raise StatisticsFileError("statistics.bad_encoding", name=name)


def _records(text: str, name: str) -> list[list[str]]:
    lines = text[: 1024 * 1024].splitlines()
    sample = "\n".join(lines[:HEADER_SEARCH_ROWS])
    delimiter = max((";", "\t", ","), key=sample.count) if sample else ";"
    records: list[list[str]] = []
    try:
        for record in csv.reader(_lines(text), delimiter=delimiter):
            if len(records) >= MAX_ROWS:
                raise StatisticsFileError(
                    "limits.too_many_rows", name=name, limit=count_text(MAX_ROWS)
                )
            if len(record) > MAX_COLUMNS:
                raise StatisticsFileError(
                    "limits.too_many_columns",
                    name=name,
                    row=str(len(records) + 1),
                    count=count_text(len(record)),
                    limit=count_text(MAX_COLUMNS),
                )
            records.append(record)
    except csv.Error as error:
        if "field limit" in str(error):
            raise StatisticsFileError(
                "limits.cell_too_large", name=name, limit=count_text(MAX_CSV_FIELD_CHARS)
            ) from error
        raise StatisticsFileError("statistics.unreadable", name=name, detail=str(error)) from error
    return records


def _lines(text: str) -> Iterator[str]:
    """The text's lines with their endings, one at a time (`io.StringIO` would copy the text
    at 4 bytes a character)."""
    start = 0
    while start < len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end + 1
        yield text[start:end]
        start = end


def _find_header(records: list[list[str]]) -> int | None:
    for index, record in enumerate(records[:HEADER_SEARCH_ROWS]):
        keys = {_key(cell) for cell in record}
        if keys & AREA_HEADINGS and (keys & TIME_HEADINGS or keys & VALUE_HEADINGS):
            return index
    for index, record in enumerate(records[:HEADER_SEARCH_ROWS]):
        if len([cell for cell in record if cell.strip()]) >= 2 and (
            {_key(cell) for cell in record} & (AREA_HEADINGS | TIME_HEADINGS | VALUE_HEADINGS)
        ):
            return index
    return None


def _table_code(given: str | None, preamble: list[str], headers: list[str], name: str) -> str:
    if given:
        code = given.strip().upper()
    else:
        code = _code_in(preamble) or _code_in(headers) or _code_in([Path(name).stem]) or ""
        if not code:
            words = _key(" ".join([*preamble, Path(name).stem]))
            code = next((table for word, table in _WORDS_TO_TABLE if word in words), "")
    if not code:
        raise StatisticsFileError("statistics.unknown_table", name=name)
    if not supported_table(code):
        raise StatisticsFileError("statistics.unsupported_table", name=name, table=code)
    return code


def _code_in(texts: list[str]) -> str | None:
    for text in texts:
        found = _TABLE_CODE.search(text.replace("_", " "))
        if found:
            return found.group(1).upper()
    return None


def _map_columns(headers: list[str], name: str, table_code: str) -> _Columns:
    shown = ", ".join(header or "(tom)" for header in headers)
    area = time = value = population = age = None
    categories: list[int] = []
    unknown: list[str] = []
    for index, header in enumerate(headers):
        key = _key(header)
        if area is None and key in AREA_HEADINGS:
            area = index
        elif time is None and key in TIME_HEADINGS:
            time = index
        elif value is None and (key in VALUE_HEADINGS or _code_in([header]) == table_code):
            value = index
        elif population is None and key in POPULATION_HEADINGS:
            population = index
        elif key in KNOWN_DIMENSIONS:
            categories.append(index)
            if age is None and key in AGE_HEADINGS:
                age = index
        else:
            unknown.append(header or "(tom)")
    if area is None:
        raise StatisticsFileError("statistics.no_area_column", name=name, headers=shown)
    if time is None:
        raise StatisticsFileError("statistics.no_time_column", name=name, headers=shown)
    if value is None:
        raise StatisticsFileError("statistics.no_value_column", name=name, headers=shown)
    if unknown:
        raise StatisticsFileError(
            "statistics.unknown_columns", name=name, columns=", ".join(unknown)
        )
    return _Columns(area, time, value, population, tuple(categories), age)


class _AreaLookup:
    """Municipality names and codes → 3-digit code; regions and landsdele are not errors."""

    def __init__(self, municipalities: Mapping[str, str]) -> None:
        self._codes = set(municipalities) | {NATIONAL_AREA}
        self._by_name: dict[str, str] = {}
        for code, label in municipalities.items():
            key = _key(label.removesuffix(" Kommune"))
            self._by_name[key] = code
            self._by_name.setdefault(key.removesuffix("s"), code)
            self._by_name.setdefault(key + "s", code)
        for key in _NATIONAL_NAMES:
            self._by_name[key] = NATIONAL_AREA

    def find(self, text: str) -> str | None:
        """The 3-digit code, `"skip"` for a region or other non-municipal area, else None."""
        value = text.strip()
        matched = _CODE_AND_NAME.match(value)
        if matched:
            value = matched.group(1)
        if value.isdigit():
            code = value[1:] if len(value) == 4 and value.startswith("0") else value
            if code in self._codes:
                return code
            if code in _NON_MUNICIPAL_CODES or len(code) <= 2:
                return "skip"  # Christiansø; landsdele are coded 01–11
            return "skip" if len(code) == 3 and code.startswith("08") else None
        key = _key(value)
        if key.endswith("kommune"):
            key = key.removesuffix("kommune")
        if key in self._by_name:
            return self._by_name[key]
        if any(key.startswith(word) for word in _NOT_MUNICIPALITY):
            return "skip"
        return None


def _parse_common(
    record: list[str],
    number: int,
    columns: _Columns,
    lookup: _AreaLookup,
    problems: list[StatisticsProblem],
) -> tuple[str, str] | None:
    """(area, period), `_SKIP` for a non-municipal area, or None after noting a problem."""
    needed = max(columns.area, columns.time, columns.value, *columns.categories)
    if len(record) <= needed:
        problems.append(
            StatisticsProblem(
                number,
                "statistics.short_row",
                (("count", str(len(record))), ("expected", str(needed + 1))),
            )
        )
        return None
    raw_area = record[columns.area].strip()
    area = lookup.find(raw_area)
    if area == "skip":
        return _SKIP
    if area is None:
        problems.append(
            StatisticsProblem(number, "statistics.unknown_area", (("value", raw_area),))
        )
        return None
    period = record[columns.time].strip().upper()
    if not _PERIOD.match(period):
        problems.append(
            StatisticsProblem(number, "statistics.bad_period", (("value", record[columns.time]),))
        )
        return None
    return area, period


def _number(text: str, number: int, problems: list[StatisticsProblem]) -> tuple[float | None, bool]:
    """(value, True); (None, True) when suppressed; (None, False) after noting a bad number."""
    raw = text.strip()
    if raw in SUPPRESSED or not raw:
        return None, True
    cleaned = raw.replace(" ", "").replace("\u00a0", "")
    if "," in cleaned:
        cleaned = cleaned.replace(".", "").replace(",", ".")
    elif re.fullmatch(r"-?\d{1,3}(\.\d{3})+", cleaned):
        cleaned = cleaned.replace(".", "")
    try:
        value = float(cleaned)
    except ValueError:
        value = math.nan
    if not math.isfinite(value):
        # float() also reads "nan", "inf" and "1e999": none is a count Statistikbanken gives.
        shown = raw if len(raw) <= 40 else raw[:39] + "…"
        problems.append(StatisticsProblem(number, "statistics.bad_number", (("value", shown),)))
        return None, False
    return value, True


def _population_table(body: _Body) -> StatisticsTable:
    """Sum the populations 0–17 and 0–22 per area and period (single years, else age bands).

    A population is given only when its ages are all covered: a band that straddles its upper
    age (e.g. 15–19 år for 0–17), a missing or suppressed age make it unknown for the area and
    period, rather than under-counted (a file of ages 0–17 gives no 0–22 population)."""
    columns = body.columns
    if columns.age is None:
        raise StatisticsFileError("statistics.no_age_column", name=body.name)
    others = [index for index in columns.categories if index != columns.age]
    totals_present = {
        index: any(len(record) > index and is_total(record[index]) for record in body.records)
        for index in others
    }
    singles: dict[tuple[str, str, str], float] = defaultdict(float)
    bands: dict[tuple[str, str, str], float] = defaultdict(float)
    covered: dict[tuple[str, str, str, bool], set[int]] = defaultdict(set)
    straddled: set[tuple[str, str, str]] = set()
    for number, record, area, period in body.municipal_rows():
        if any(totals_present[index] and not is_total(record[index]) for index in others):
            continue
        ages = _AGE.match(record[columns.age].strip())
        if ages is None:
            continue
        low = int(ages.group(1))
        high = int(ages.group(2)) if ages.group(2) else None
        wanted = [
            category
            for category, top in POPULATION_MAX_AGES.items()
            if (high if high is not None else low) <= top
        ]
        straddles = [
            category
            for category, top in POPULATION_MAX_AGES.items()
            if high is not None and low <= top < high
        ]
        if not wanted and not straddles:
            continue
        value, ok = _number(record[columns.value], number, body.problems)
        if not ok:
            continue
        if value is None:
            body.suppressed += 1
            continue
        for category in straddles:
            straddled.add((area, period, category))
        for category in wanted:
            (bands if high is not None else singles)[(area, period, category)] += value
            covered[(area, period, category, high is not None)].update(
                range(low, (low if high is None else high) + 1)
            )

    def full(key: tuple[str, str, str], is_band: bool) -> bool:
        ages = covered.get((*key, is_band), set())
        return ages >= set(range(POPULATION_MAX_AGES[key[2]] + 1))

    sums = {key: total for key, total in singles.items() if full(key, False)}
    for key, total in bands.items():
        if key not in sums and key not in straddled and full(key, True):
            sums[key] = total
    rows = [
        KeyFigureRow(area, period, category, total, round(total))
        for (area, period, category), total in sorted(sums.items())
    ]
    return body.table(rows, with_population=False)
