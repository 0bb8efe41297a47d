"""Key figures (nøgletal) from Danmarks Statistik: import a Statistikbank CSV into `key_figure`,
and read a municipality's figures per 1,000 children against the national level."""

from __future__ import annotations

import uuid
from pathlib import Path

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from taskforce_app.domain.errors import NotFoundError
from taskforce_app.domain.key_figures import (
    NATIONAL_AREA,
    POPULATION_TABLE,
    ImportReport,
    KeyFigureSeries,
    build_series,
    default_category,
    population_category,
    table_family,
)
from taskforce_app.persistence.database import Database
from taskforce_app.persistence.models import Municipality
from taskforce_app.persistence.models.audit import KeyFigure
from taskforce_app.persistence.types import utc_now


class KeyFigureService:
    """Imported statistics and the series the report draws from them."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def import_file(self, path: str | Path, *, table_code: str | None = None) -> ImportReport:
        """Import a Statistikbank CSV in one transaction.

        Values already stored for the same (table, area, period, category) are replaced, so
        importing the same file twice changes nothing. Rows with problems are reported and left
        out; a file that cannot be mapped imports nothing.

        Raises:
            StatisticsFileError: the file is unreadable or not a known DST table.
        """
        from taskforce_app.importers.statistics import read_statistics  # only for importing

        with self._db.read() as session:
            municipalities = {
                code: name
                for code, name in session.execute(select(Municipality.code, Municipality.name))
            }
        table = read_statistics(path, municipalities=municipalities, table_code=table_code)
        source = f"Danmarks Statistik, {table.table_code} ({table.file_name})"
        inserted = replaced = 0
        with self._db.write() as session:
            existing = {
                (area, period, category): row_id
                for row_id, area, period, category in session.execute(
                    select(
                        KeyFigure.id, KeyFigure.area_code, KeyFigure.period, KeyFigure.category
                    ).where(KeyFigure.table_code == table.table_code)
                )
            }
            now = utc_now()
            new_rows: list[dict[str, object]] = []
            changed_rows: list[dict[str, object]] = []
            for row in table.rows:
                values: dict[str, object] = {
                    "value": row.value,
                    "children_population": row.children_population,
                    "source": source,
                    "updated_at": now,
                    "deleted_at": None,
                }
                row_id = existing.get((row.area_code, row.period, row.category))
                if row_id is None:
                    new_rows.append(
                        {
                            "id": uuid.uuid4(),
                            "created_at": now,
                            "table_code": table.table_code,
                            "area_code": row.area_code,
                            "period": row.period,
                            "category": row.category,
                            **values,
                        }
                    )
                else:
                    changed_rows.append({"id": row_id, **values})
            if new_rows:
                session.execute(insert(KeyFigure), new_rows)
                inserted = len(new_rows)
            if changed_rows:
                session.execute(update(KeyFigure), changed_rows)
                replaced = len(changed_rows)
        return ImportReport(
            file_name=table.file_name,
            table_code=table.table_code,
            inserted=inserted,
            replaced=replaced,
            rows_read=table.rows_read,
            skipped_areas=table.skipped_areas,
            suppressed=table.suppressed,
            problems=table.problems,
        )

    def tables(self, municipality_code: str | None = None) -> list[str]:
        """The imported table codes (population tables left out), optionally only those with
        figures for a municipality."""
        with self._db.read() as session:
            query = select(KeyFigure.table_code).distinct()
            if municipality_code is not None:
                query = query.where(KeyFigure.area_code == municipality_code)
            codes = session.scalars(query).all()
        return sorted(code for code in codes if table_family(code) != POPULATION_TABLE)

    def categories(self, table_code: str) -> list[str]:
        """The categories imported for a table."""
        with self._db.read() as session:
            return sorted(
                session.scalars(
                    select(KeyFigure.category).where(KeyFigure.table_code == table_code).distinct()
                )
            )

    def series(
        self, municipality_code: str, table_code: str, *, category: str | None = None
    ) -> KeyFigureSeries:
        """The municipality's figure per year beside the national level, per 1,000 children
        where a child population is known for every year (else absolute numbers, with a note).

        The population is the file's own population column, or else the imported population
        table (FOLK1A) for the same year, of the ages the table counts: 0–17 for UND1–3, 0–22
        for ANBAAR (`population_category`).

        Raises:
            NotFoundError: no such municipality.
        """
        with self._db.read() as session:
            name = session.scalars(
                select(Municipality.name).where(Municipality.code == municipality_code)
            ).first()
            if name is None:
                raise NotFoundError("municipality.unknown", value=municipality_code)
            chosen = (
                category
                if category is not None
                else default_category(
                    session.scalars(
                        select(KeyFigure.category)
                        .where(KeyFigure.table_code == table_code)
                        .distinct()
                    )
                )
            )
            areas = (municipality_code, NATIONAL_AREA)
            values: dict[tuple[str, str], float | None] = {}
            populations: dict[tuple[str, str], int | None] = {}
            sources: set[str] = set()
            for area, period, value, population, source in session.execute(
                select(
                    KeyFigure.area_code,
                    KeyFigure.period,
                    KeyFigure.value,
                    KeyFigure.children_population,
                    KeyFigure.source,
                ).where(
                    KeyFigure.table_code == table_code,
                    KeyFigure.category == (chosen or ""),
                    KeyFigure.area_code.in_(areas),
                )
            ):
                values[(area, period)] = value
                if population is not None:
                    populations[(area, period)] = population
                sources.add(source)
            fallback = _population(session, areas, population_category(table_code))
        for (area, period), _value in values.items():
            if (area, period) not in populations:
                year = period[:4]
                populations[(area, period)] = fallback.get((area, year))
        return build_series(
            table_code=table_code,
            municipality_code=municipality_code,
            municipality_name=name,
            category=chosen or "",
            values=values,
            populations=populations,
            source="; ".join(sorted(sources)),
        )

    def series_for(self, municipality_code: str) -> list[KeyFigureSeries]:
        """One series per imported table with figures for the municipality."""
        return [self.series(municipality_code, code) for code in self.tables(municipality_code)]


def _population(
    session: Session, areas: tuple[str, ...], category: str
) -> dict[tuple[str, str], int]:
    """The population `category` (`0-17 år`, `0-22 år`) per (area, year) from the population
    tables: the year's first quarter (1 January) when the table is quarterly."""
    found: dict[tuple[str, str], tuple[str, int]] = {}
    for table_code, area, period, value in session.execute(
        select(KeyFigure.table_code, KeyFigure.area_code, KeyFigure.period, KeyFigure.value).where(
            KeyFigure.area_code.in_(areas),
            KeyFigure.category == category,
            KeyFigure.value.is_not(None),
        )
    ):
        if table_family(table_code) != POPULATION_TABLE or value is None:
            continue
        key = (area, period[:4])
        if key not in found or period < found[key][0]:
            found[key] = (period, round(value))
    return {key: population for key, (_period, population) in found.items()}
