"""Reference data: the 98 municipalities."""

from __future__ import annotations

import uuid

from sqlalchemy import select

from taskforce_app.domain.engagements import MunicipalityRef
from taskforce_app.domain.enums import Region
from taskforce_app.domain.errors import NotFoundError
from taskforce_app.persistence.database import Database
from taskforce_app.persistence.models import Municipality


class ReferenceService:
    """Look-ups of reference records."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def municipalities(self) -> list[MunicipalityRef]:
        """All 98 municipalities, by name.

        A Core query on the table: the first screen needs it, and it then does not wait for the
        ORM's mapper configuration.
        """
        table = Municipality.__table__
        with self._db.read() as session:
            rows = session.execute(
                select(table.c.id, table.c.code, table.c.name, table.c.region)
                .where(table.c.deleted_at.is_(None))
                .order_by(table.c.name)
            )
            return [
                MunicipalityRef(id=row.id, code=row.code, name=row.name, region=Region(row.region))
                for row in rows
            ]

    def find_municipality(self, text: str) -> MunicipalityRef:
        """A municipality by 3-digit code, name (any case, with or without 'Kommune') or id."""
        wanted = text.strip().casefold().removesuffix(" kommune").strip()
        for ref in self.municipalities():
            if wanted in {ref.code, ref.name.casefold(), str(ref.id)}:
                return ref
            if wanted.isdigit() and wanted.zfill(3) == ref.code:
                return ref
        raise NotFoundError("municipality.unknown", value=text)

    def municipality(self, municipality_id: uuid.UUID) -> MunicipalityRef:
        """One municipality by id."""
        with self._db.read() as session:
            row = session.get(Municipality, municipality_id)
            if row is None:
                raise NotFoundError("municipality.unknown", value=str(municipality_id))
            return to_municipality_ref(row)


def to_municipality_ref(row: Municipality) -> MunicipalityRef:
    """The read model of a municipality row."""
    return MunicipalityRef(id=row.id, code=row.code, name=row.name, region=row.region)
