"""Database health: schema version, integrity and record counts."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select, text

from taskforce_app.persistence.base import Base
from taskforce_app.persistence.database import Database, quick_check


@dataclass(frozen=True, slots=True)
class CheckReport:
    """The result of `taskforce-app check`."""

    location: str
    revision: str
    head: str
    integrity: list[str]
    foreign_key_problems: int
    counts: dict[str, int]

    @property
    def ok(self) -> bool:
        """True when the schema is current and SQLite finds nothing wrong."""
        return (
            self.revision == self.head
            and self.integrity in ([], ["ok"])
            and self.foreign_key_problems == 0
        )


class MaintenanceService:
    """Checks on the database as a whole."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def quick_check(self) -> None:
        """SQLite's quick integrity check (what opening the file runs; the GUI runs it after its
        window is shown).

        Raises:
            DatabaseError: the file is damaged (`db.corrupt`) or locked.
        """
        quick_check(self._db)

    def check(self) -> CheckReport:
        """Run SQLite's integrity and foreign-key checks and count the live records per table."""
        from taskforce_app.persistence.migrations import head_revision

        integrity: list[str] = []
        fk_problems = 0
        counts: dict[str, int] = {}
        with self._db.read() as session:
            revision = session.execute(text("SELECT version_num FROM alembic_version")).scalar_one()
            if self._db.location.is_sqlite:
                integrity = [str(row[0]) for row in session.execute(text("PRAGMA integrity_check"))]
                fk_problems = len(session.execute(text("PRAGMA foreign_key_check")).all())
            for model in sorted(
                (mapper.class_ for mapper in Base.registry.mappers), key=lambda m: m.__tablename__
            ):
                query = select(func.count()).select_from(model)
                counts[model.__tablename__] = int(session.execute(query).scalar_one())
        return CheckReport(
            location=self._db.location.display_name,
            revision=str(revision),
            head=head_revision(),
            integrity=integrity,
            foreign_key_problems=fk_problems,
            counts=counts,
        )

    def replace_records_from(self, source: Path) -> dict[str, int]:
        """Replace every record of this database by those of the embedded database `source`,
        in one transaction (the demo on a server is built in a file, then copied this way).

        Reference data (municipalities, criteria sets) is kept, and what `source` has beyond
        it is added; every other table is emptied and refilled. Returns the rows copied per
        table.
        """
        from sqlalchemy import insert

        from taskforce_app.persistence.database import open_database

        keep = {"municipality", "criteria_set", "criterion"}
        tables = Base.metadata.sorted_tables
        copied: dict[str, int] = {}
        origin = open_database(source, read_only=True)
        try:
            with origin.read() as reading, self._db.write() as session:
                for table in reversed(tables):
                    if table.name not in keep:
                        session.execute(table.delete())
                for table in tables:
                    rows = [dict(row._mapping) for row in reading.execute(select(table))]
                    if table.name in keep:
                        present = set(session.scalars(select(table.c.id)))
                        rows = [row for row in rows if row["id"] not in present]
                    # a reference to a row of the same table is set once every row is in
                    links = [
                        fk.parent.name for fk in table.foreign_keys if fk.column.table is table
                    ]
                    later = [
                        (row["id"], {name: row[name] for name in links})
                        for row in rows
                        if any(row[name] is not None for name in links)
                    ]
                    if rows:
                        session.execute(insert(table), [row | dict.fromkeys(links) for row in rows])
                    for ident, values in later:
                        session.execute(table.update().where(table.c.id == ident).values(values))
                    copied[table.name] = len(rows)
        finally:
            origin.close()
        return copied
