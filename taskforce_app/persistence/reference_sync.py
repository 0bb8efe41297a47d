"""Keeping a database's reference data in step with the shipped files, as one step of opening it.

The fingerprint of the shipped files (see `reference_files`) is stored in the `setting` table.
An ordinary open reads it with one small SELECT and writes nothing; when it differs (a new
database, a new program version) municipalities and criteria sets are synced in one
transaction and the new fingerprint is stored with them. Themes and benchmarks are not stored
in the database (the services read them from the files): they are part of the fingerprint and
are checked on the same occasion, so a broken file is refused when the program first opens a
database with it.

Criteria sets keep their deterministic ids (`criteria_set_id(key, version)`). A set that is in
use (a round or an answer points at it) is never changed: when its file changes without a new
version number, the new content is stored as the next free version of the set, and the
mapping from the file's version to the stored one is kept in the `setting` table.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, Table, false, select, union
from sqlalchemy.exc import IntegrityError

from taskforce_app.domain.criteria import CriteriaSetSpec, CriterionSpec
from taskforce_app.domain.errors import DatabaseError
from taskforce_app.domain.reference_data import (
    MunicipalitySpec,
    ReferenceData,
    criteria_set_id,
    criterion_id,
    municipality_id,
)
from taskforce_app.persistence.models.cases import Assessment, ReviewRound, SampledCase
from taskforce_app.persistence.models.findings import FindingCriterion
from taskforce_app.persistence.models.reference import (
    CriteriaSet,
    Criterion,
    Municipality,
    Setting,
)
from taskforce_app.persistence.reference_files import ReferenceFiles, read_reference_files
from taskforce_app.persistence.types import utc_now

log = logging.getLogger(__name__)

FINGERPRINT_KEY = "reference_data.fingerprint"
"""The `setting` holding the fingerprint of the reference data the database was synced with."""

VERSIONS_KEY = "reference_data.criteria_versions"
"""The `setting` mapping a file's `key:version` to the version it is stored as, if other."""

_PG_LOCK_ID = 7_283_416_502
"""The advisory lock that serialises reference syncs of clients opening one server at once."""

_SET_FIELDS = ("name", "track", "law", "valid_from", "valid_to", "source", "scale", "deleted_at")
_CRITERION_FIELDS = (
    "sort_order",
    "pejlemaerke",
    "provision",
    "question",
    "guidance",
    "applies_when",
    "deadline_rule",
    "benchmark_key",
    "deleted_at",
)


@dataclass(frozen=True, slots=True)
class CriteriaSyncReport:
    """What a criteria sync changed."""

    sets_added: int = 0
    sets_updated: int = 0
    criteria_added: int = 0
    criteria_updated: int = 0
    criteria_removed: int = 0
    versions_added: tuple[str, ...] = ()
    """`key:version` of each set stored under a new version because the old one is in use."""

    @property
    def changed(self) -> bool:
        """True when any record was written."""
        return bool(
            self.sets_added
            or self.sets_updated
            or self.criteria_added
            or self.criteria_updated
            or self.criteria_removed
        )


@dataclass(frozen=True, slots=True)
class ReferenceSyncReport:
    """What syncing the reference data of a database changed."""

    fingerprint: str
    municipalities_added: int
    municipalities_updated: int
    criteria: CriteriaSyncReport


def ensure_reference_data(engine: Engine, root: Path | None = None) -> ReferenceSyncReport | None:
    """Bring the database's reference data in step with the shipped files, if it is not yet.

    Reads the stored fingerprint (one SELECT); only when it differs from the files' are the
    files parsed and synced, in one transaction together with the new fingerprint.

    Args:
        engine: an open, migrated, writable database.
        root: the resources folder (the shipped one by default).

    Returns:
        What was synced, or None when the database was already in step.

    Raises:
        DatabaseError: `reference.invalid` when a shipped file is missing or malformed (the
            database is left unchanged).
    """
    try:
        files = read_reference_files(root)
    except ValueError as exc:
        raise _invalid(exc) from exc
    wanted = files.fingerprint
    with engine.connect() as connection:
        with connection.begin():
            if _setting(connection, FINGERPRINT_KEY) == wanted:
                return None
        try:
            with connection.begin():
                return _sync_locked(connection, files, wanted)
        except IntegrityError:
            # Another client synced the same files between our check and our lock.
            with connection.begin():
                if _setting(connection, FINGERPRINT_KEY) == wanted:
                    return None
            raise


def sync_reference_data(connection: Connection, data: ReferenceData) -> ReferenceSyncReport:
    """Sync municipalities and criteria sets of `data` inside the caller's transaction.

    Does not store the fingerprint (see `ensure_reference_data`).
    """
    added, updated = sync_municipalities(connection, data.municipalities)
    criteria = sync_criteria_sets(connection, data.criteria_sets)
    return ReferenceSyncReport(
        fingerprint="",
        municipalities_added=added,
        municipalities_updated=updated,
        criteria=criteria,
    )


def sync_municipalities(
    connection: Connection, items: Iterable[MunicipalitySpec]
) -> tuple[int, int]:
    """Insert missing municipalities and update changed ones; returns (added, updated).

    A municipality no longer shipped is kept (forløb point at it).
    """
    table = _table(Municipality)
    existing = {
        row.code: row
        for row in connection.execute(
            select(
                table.c.id,
                table.c.code,
                table.c.name,
                table.c.region,
                table.c.iso_region,
                table.c.deleted_at,
            )
        )
    }
    added = updated = 0
    for item in items:
        values: dict[str, Any] = {
            "name": item.name,
            "region": item.region,
            "iso_region": item.iso_region,
            "deleted_at": None,
        }
        row = existing.get(item.code)
        if row is None:
            connection.execute(
                table.insert().values(id=municipality_id(item.code), code=item.code, **values)
            )
            added += 1
        elif any(getattr(row, name) != value for name, value in values.items()):
            connection.execute(table.update().where(table.c.id == row.id).values(**values))
            updated += 1
    return added, updated


def sync_criteria_sets(
    connection: Connection, specs: Sequence[CriteriaSetSpec]
) -> CriteriaSyncReport:
    """Insert or update the criteria sets and criteria of `specs`, inside the caller's transaction.

    Idempotent: a second call with the same specs writes nothing. In a set that is not in use,
    a criterion that has left its file is soft-deleted and restored if it returns. A set in use
    is never changed: changed content becomes the next version of the set (see module text).
    """
    sets = _table(CriteriaSet)
    stored = {
        (row.key, row.version): row
        for row in connection.execute(
            select(sets.c.id, sets.c.key, sets.c.version, *_set_columns())
        )
    }
    versions = _versions(connection)
    new_versions = dict(versions)
    in_use = _sets_in_use(connection)
    counts = _Counts()
    for spec in specs:
        alias = f"{spec.key}:{spec.version}"
        version = versions.get(alias, spec.version)
        row = stored.get((spec.key, version))
        if row is None:
            _insert_set(connection, spec, version, counts)
            continue
        criteria = _stored_criteria(connection, row.id)
        if _set_values(spec) == _row_values(row, _SET_FIELDS) and _criteria_match(spec, criteria):
            continue
        if row.id in in_use:
            taken = [v for (key, v) in stored if key == spec.key]
            taken += [s.version for s in specs if s.key == spec.key]
            taken += [v for name, v in new_versions.items() if name.startswith(f"{spec.key}:")]
            bumped = max(taken) + 1
            _insert_set(connection, spec, bumped, counts)
            new_versions[alias] = bumped
            counts.bumped.append(f"{spec.key}:{bumped}")
            log.warning("criteria set %s changed while in use; stored as version %d", alias, bumped)
            continue
        _update_set(connection, row, spec, version, criteria, counts)
    if new_versions != versions:
        _store_setting(connection, VERSIONS_KEY, new_versions)
    return counts.report()


def stored_criteria_set_id(connection: Connection, key: str, version: int) -> uuid.UUID:
    """The id under which the shipped set `key` version `version` is stored in this database.

    The same as `criteria_set_id(key, version)` unless the set had to get a new version.
    """
    return criteria_set_id(key, _versions(connection).get(f"{key}:{version}", version))


def stored_fingerprint(connection: Connection) -> str | None:
    """The fingerprint of the reference data the database was last synced with."""
    value = _setting(connection, FINGERPRINT_KEY)
    return value if isinstance(value, str) else None


# -- internals ---------------------------------------------------------------------------------


@dataclass
class _Counts:
    sets_added: int = 0
    sets_updated: int = 0
    added: int = 0
    updated: int = 0
    removed: int = 0
    bumped: list[str] = field(default_factory=list)

    def report(self) -> CriteriaSyncReport:
        return CriteriaSyncReport(
            sets_added=self.sets_added,
            sets_updated=self.sets_updated,
            criteria_added=self.added,
            criteria_updated=self.updated,
            criteria_removed=self.removed,
            versions_added=tuple(self.bumped),
        )


def _sync_locked(
    connection: Connection, files: ReferenceFiles, wanted: str
) -> ReferenceSyncReport | None:
    _take_write_lock(connection)
    if _setting(connection, FINGERPRINT_KEY) == wanted:
        return None
    try:
        data = files.parse()
    except ValueError as exc:
        raise _invalid(exc) from exc
    report = sync_reference_data(connection, data)
    _store_setting(connection, FINGERPRINT_KEY, wanted)
    log.info(
        "reference data synced (%s): %d municipalities added, %d updated; criteria %s",
        wanted[:12],
        report.municipalities_added,
        report.municipalities_updated,
        report.criteria,
    )
    return ReferenceSyncReport(
        fingerprint=wanted,
        municipalities_added=report.municipalities_added,
        municipalities_updated=report.municipalities_updated,
        criteria=report.criteria,
    )


def _invalid(exc: ValueError) -> DatabaseError:
    log.error("shipped reference data is invalid: %s", exc)
    return DatabaseError("reference.invalid", detail=str(exc))


def _take_write_lock(connection: Connection) -> None:
    """Take the write lock before the first read, so two openers cannot both sync."""
    if connection.dialect.name == "postgresql":
        connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({_PG_LOCK_ID})")
    else:
        # A write statement takes SQLite's write lock even when it matches no row.
        connection.execute(_table(Setting).delete().where(false()))


def _table(model: type[Any]) -> Table:
    table = model.__table__
    assert isinstance(table, Table)
    return table


def _setting(connection: Connection, key: str) -> object:
    table = _table(Setting)
    live = table.c.deleted_at.is_(None)  # Core: the ORM's soft-delete filter does not apply
    return connection.execute(select(table.c.value).where(table.c.key == key, live)).scalar()


def _store_setting(connection: Connection, key: str, value: object) -> None:
    table = _table(Setting)
    found = connection.execute(
        select(table.c.id).where(table.c.key == key).execution_options(include_deleted=True)
    ).scalar()
    if found is None:
        connection.execute(table.insert().values(id=uuid.uuid4(), key=key, value=value))
    else:
        connection.execute(
            table.update().where(table.c.id == found).values(value=value, deleted_at=None)
        )


def _versions(connection: Connection) -> dict[str, int]:
    value = _setting(connection, VERSIONS_KEY)
    if not isinstance(value, Mapping):
        return {}
    return {str(name): int(v) for name, v in value.items() if isinstance(v, int)}


def _sets_in_use(connection: Connection) -> set[uuid.UUID]:
    rounds = _table(ReviewRound)
    criteria = _table(Criterion)
    answered = select(_table(Assessment).c.criterion_id)
    linked = select(_table(FindingCriterion).c.criterion_id)
    used = union(
        select(rounds.c.legal_criteria_set_id.label("set_id")),
        select(rounds.c.social_criteria_set_id),
        select(_table(SampledCase).c.legal_criteria_set_id),
        select(criteria.c.criteria_set_id).where(
            criteria.c.id.in_(answered) | criteria.c.id.in_(linked)
        ),
    )
    return {value for value in connection.execute(used).scalars() if value is not None}


def _set_columns() -> list[Any]:
    sets = _table(CriteriaSet)
    return [sets.c[name] for name in _SET_FIELDS]


def _set_values(spec: CriteriaSetSpec) -> dict[str, Any]:
    return {
        "name": spec.name,
        "track": spec.track,
        "law": spec.law,
        "valid_from": spec.valid_from,
        "valid_to": spec.valid_to,
        "source": spec.source,
        "scale": [point.answer.value for point in spec.scale],
        "deleted_at": None,
    }


def _criterion_values(item: CriterionSpec, order: int) -> dict[str, Any]:
    return {
        "sort_order": order,
        "pejlemaerke": item.pejlemaerke,
        "provision": item.provision,
        "question": item.question,
        "guidance": item.guidance,
        "applies_when": item.applies_when,
        "deadline_rule": item.deadline_rule,
        "benchmark_key": item.benchmark_key,
        "deleted_at": None,
    }


def _row_values(row: Any, fields: Sequence[str]) -> dict[str, Any]:
    return {name: getattr(row, name) for name in fields}


def _stored_criteria(connection: Connection, set_id: uuid.UUID) -> dict[str, Any]:
    table = _table(Criterion)
    return {
        row.code: row
        for row in connection.execute(
            select(table.c.id, table.c.code, *(table.c[name] for name in _CRITERION_FIELDS)).where(
                table.c.criteria_set_id == set_id
            )
        )
    }


def _criteria_match(spec: CriteriaSetSpec, stored: Mapping[str, Any]) -> bool:
    live = {code for code, row in stored.items() if row.deleted_at is None}
    if live != {item.code for item in spec.criteria}:
        return False
    return all(
        _row_values(stored[item.code], _CRITERION_FIELDS) == _criterion_values(item, order)
        for order, item in enumerate(spec.criteria)
    )


def _insert_set(
    connection: Connection, spec: CriteriaSetSpec, version: int, counts: _Counts
) -> None:
    set_id = criteria_set_id(spec.key, version)
    connection.execute(
        _table(CriteriaSet)
        .insert()
        .values(id=set_id, key=spec.key, version=version, **_set_values(spec))
    )
    counts.sets_added += 1
    rows = [
        {
            "id": criterion_id(spec.key, version, item.code),
            "criteria_set_id": set_id,
            "code": item.code,
            **_criterion_values(item, order),
        }
        for order, item in enumerate(spec.criteria)
    ]
    connection.execute(_table(Criterion).insert(), rows)
    counts.added += len(rows)


def _update_set(
    connection: Connection,
    row: Any,
    spec: CriteriaSetSpec,
    version: int,
    stored: dict[str, Any],
    counts: _Counts,
) -> None:
    sets = _table(CriteriaSet)
    table = _table(Criterion)
    set_id = row.id
    values = _set_values(spec)
    if _row_values(row, _SET_FIELDS) != values:
        connection.execute(sets.update().where(sets.c.id == set_id).values(**values))
        counts.sets_updated += 1
    remaining = dict(stored)
    for order, item in enumerate(spec.criteria):
        wanted = _criterion_values(item, order)
        found = remaining.pop(item.code, None)
        if found is None:
            connection.execute(
                table.insert().values(
                    id=criterion_id(spec.key, version, item.code),
                    criteria_set_id=set_id,
                    code=item.code,
                    **wanted,
                )
            )
            counts.added += 1
        elif _row_values(found, _CRITERION_FIELDS) != wanted:
            connection.execute(table.update().where(table.c.id == found.id).values(**wanted))
            counts.updated += 1
    for gone in remaining.values():
        if gone.deleted_at is None:
            connection.execute(
                table.update().where(table.c.id == gone.id).values(deleted_at=utc_now())
            )
            counts.removed += 1
