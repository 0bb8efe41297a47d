"""Key figures (nøgletal) from Danmarks Statistik: parsed rows, import reports and series per
1,000 children set against the national level.

Conventions:
- Areas are DST's 3-digit codes; `000` is the whole country ("Hele landet").
- A suppressed value (`..` in Statistikbanken) is stored as None and never drawn as zero.
- Per 1,000 = value / the population the table counts × 1,000: children 0–17 for the
  underretninger tables (UND1–3), children and young people 0–22 for the anbringelser tables
  (ANBAAR*), as Danmarks Statistik's own rates do. A series is drawn per 1,000 only
  when every year with a value has that population for both the municipality and the
  country; otherwise it shows absolute numbers and says so, rather than mixing the two.
- Statistikbanken's downloads with codes mark totals `TOT` (KØN, CIVILSTAND) and `IALT`
  (ALDER); with texts "I alt", "Alder i alt".
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from taskforce_app.domain.errors import Language, ValidationError, render_message

NATIONAL_AREA = "000"
POPULATION_TABLE = "FOLK1A"
"""Population tables are stored under this code, one row per population (0–17, 0–22)."""

CHILDREN_CATEGORY = "0-17 år"
YOUNG_CATEGORY = "0-22 år"
POPULATION_MAX_AGES: dict[str, int] = {CHILDREN_CATEGORY: 17, YOUNG_CATEGORY: 22}
"""The populations summed from a population table: category → highest age included."""

TOTAL_WORDS = ("i alt", "total", "alle")
"""Category values that mean "all of them" (e.g. KØN "I alt", ALDER "Alder i alt")."""
TOTAL_CODES = frozenset({"tot", "ialt", "i alt", "total"})
"""Whole category codes that mean "all of them" in a download with codes (`TOT`, `IALT`)."""

CATEGORY_SEPARATOR = " · "
"""Joins the values of a row's other dimensions into its category text."""

TABLE_TITLES: dict[str, str] = {
    "UND1": "Underretninger vedr. børn",
    "UND2": "Børn der er modtaget underretninger om",
    "UND3": "Årsager til underretninger vedr. børn",
    "ANBAAR": "Anbragte børn og unge",
    POPULATION_TABLE: "Befolkningen (børn 0–17 år)",
}
"""Danish titles of the tables the importer knows (ANBAAR covers ANBAAR1 … ANBAAR12)."""


class StatisticsFileError(ValidationError):
    """A statistics file cannot be read or mapped at all; nothing was imported."""

    code = "statistics.unreadable"


def table_family(table_code: str) -> str:
    """The key of `TABLE_TITLES` a table code belongs to: `ANBAAR7` → `ANBAAR`."""
    code = table_code.upper()
    if code.startswith("ANBAAR"):
        return "ANBAAR"
    if code.startswith("FOLK"):
        return POPULATION_TABLE
    return code


def table_title(table_code: str) -> str:
    """The Danish title of a table, or its code when unknown."""
    return TABLE_TITLES.get(table_family(table_code), table_code)


def is_total(value: str) -> bool:
    """True for a category value that means "all" ("I alt", "Alder i alt", "TOT", "IALT")."""
    folded = value.casefold().strip()
    return folded in TOTAL_CODES or any(word in folded for word in TOTAL_WORDS)


def population_category(table_code: str) -> str:
    """The population a table's figures are counted per 1,000 of: 0–22 for ANBAAR, else 0–17."""
    return YOUNG_CATEGORY if table_family(table_code) == "ANBAAR" else CHILDREN_CATEGORY


def population_text(table_code: str) -> str:
    """ "børn 0–17 år" or "børn og unge 0–22 år" (Danish), for units and notes."""
    if population_category(table_code) == YOUNG_CATEGORY:
        return "børn og unge 0–22 år"
    return "børn 0–17 år"


def per_thousand(value: float | None, population: int | None) -> float | None:
    """`value` per 1,000 of `population`; None when either is missing or the population is 0."""
    if value is None or population is None or population <= 0:
        return None
    return value / population * 1000


@dataclass(frozen=True, slots=True)
class KeyFigureRow:
    """One parsed value: area, period, category, the value (None if suppressed) and the child
    population when the file carries one."""

    area_code: str
    period: str
    category: str
    value: float | None
    children_population: int | None = None


@dataclass(frozen=True, slots=True)
class StatisticsProblem:
    """Why one row of a statistics file was not imported."""

    row_number: int
    code: str
    params: tuple[tuple[str, str], ...] = ()

    def message(self, language: Language = "da") -> str:
        """The problem as one sentence: `Række 7: …`."""
        values = {"row": str(self.row_number), **dict(self.params)}
        prefix = render_message("statistics.row_prefix", values, language)
        return f"{prefix}: {render_message(self.code, values, language)}"


@dataclass(frozen=True, slots=True)
class StatisticsTable:
    """A statistics file read and checked: which table, which columns, rows and problems."""

    file_name: str
    table_code: str
    title: str
    encoding: str
    area_column: str
    time_column: str
    value_column: str
    category_columns: tuple[str, ...]
    population_column: str | None
    rows: tuple[KeyFigureRow, ...]
    problems: tuple[StatisticsProblem, ...]
    rows_read: int
    skipped_areas: int
    suppressed: int


@dataclass(frozen=True, slots=True)
class ImportReport:
    """The outcome of importing a statistics file."""

    file_name: str
    table_code: str
    inserted: int
    replaced: int
    rows_read: int
    skipped_areas: int
    suppressed: int
    problems: tuple[StatisticsProblem, ...]

    @property
    def imported(self) -> int:
        """Values stored (new and replaced)."""
        return self.inserted + self.replaced


@dataclass(frozen=True, slots=True)
class KeyFigurePoint:
    """One period of a series: the municipality's and the country's value and child population."""

    period: str
    value: float | None
    population: int | None
    national_value: float | None
    national_population: int | None

    @property
    def per_1000(self) -> float | None:
        """The municipality's value per 1,000 children, or None."""
        return per_thousand(self.value, self.population)

    @property
    def national_per_1000(self) -> float | None:
        """The national value per 1,000 children, or None."""
        return per_thousand(self.national_value, self.national_population)


@dataclass(frozen=True, slots=True)
class KeyFigureSeries:
    """A municipality's key figure over the years beside the national level."""

    table_code: str
    title: str
    municipality_code: str
    municipality_name: str
    category: str
    points: tuple[KeyFigurePoint, ...]
    per_1000: bool
    source: str = ""

    @property
    def population(self) -> str:
        """The population the per-1,000 figures are counted of, in Danish ("børn 0–17 år")."""
        return population_text(self.table_code)

    @property
    def note_code(self) -> str | None:
        """A message code saying why the series shows absolute numbers, or None."""
        if not self.points or self.per_1000:
            return None
        return "key_figures.absolute_numbers"

    def shown(self, point: KeyFigurePoint) -> tuple[float | None, float | None]:
        """(municipality, national) as the series shows them: per 1,000 or absolute."""
        if self.per_1000:
            return point.per_1000, point.national_per_1000
        return point.value, point.national_value


def build_series(
    *,
    table_code: str,
    municipality_code: str,
    municipality_name: str,
    category: str,
    values: Mapping[tuple[str, str], float | None],
    populations: Mapping[tuple[str, str], int | None],
    source: str = "",
) -> KeyFigureSeries:
    """Assemble a series from values and child populations keyed by (area code, period).

    Args:
        table_code: the table the values come from.
        municipality_code: the municipality's 3-digit code.
        municipality_name: its name, for titles.
        category: the category the values belong to.
        values: (area, period) → value, for the municipality and `000`.
        populations: (area, period) → the table's population (`population_category`), where
            known.
        source: where the figures come from (file name, table).
    """
    periods = sorted(
        {period for area, period in values if area in (municipality_code, NATIONAL_AREA)}
    )
    points = tuple(
        KeyFigurePoint(
            period=period,
            value=values.get((municipality_code, period)),
            population=populations.get((municipality_code, period)),
            national_value=values.get((NATIONAL_AREA, period)),
            national_population=populations.get((NATIONAL_AREA, period)),
        )
        for period in periods
    )
    per_1000 = bool(points) and all(
        (point.value is None or point.per_1000 is not None)
        and (point.national_value is None or point.national_per_1000 is not None)
        for point in points
    )
    return KeyFigureSeries(
        table_code=table_code,
        title=table_title(table_code),
        municipality_code=municipality_code,
        municipality_name=municipality_name,
        category=category,
        points=points,
        per_1000=per_1000,
        source=source,
    )


def default_category(categories: Iterable[str]) -> str | None:
    """The category a series shows by default: the one made only of totals, else the one with
    the most totals, else the first; None when there are none."""
    ordered = sorted(set(categories))
    if not ordered:
        return None

    def score(category: str) -> tuple[int, int]:
        parts = [part for part in category.split(CATEGORY_SEPARATOR) if part]
        totals = sum(1 for part in parts if is_total(part))
        return (totals == len(parts), totals)

    return max(ordered, key=score)
