"""Rows of an exchange package and of the database: codecs, chunked queries, id remapping.

A package holds canonical JSON values (ids and times as fixed text); `table_codecs` turns a
column's stored value into that text and back. The queries read in chunks of `CHUNK` ids, with
soft-deleted rows included (deletions travel), and UUID columns read as stored text.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable, Iterator, Mapping
from datetime import UTC, date, datetime
from enum import Enum
from itertools import islice
from typing import Any

from sqlalchemy import (
    JSON,
    Column,
    Date,
    String,
    Table,
    UniqueConstraint,
    Uuid,
    select,
    type_coerce,
)
from sqlalchemy.orm import Session

from taskforce_app.persistence.types import CodedEnum, UtcDateTime

Row = dict[str, Any]
"""A record as canonical JSON values."""
CHUNK = 5_000
"""Ids per query."""


Codec = tuple[Callable[[Any], Any], Callable[[Any], Any]]


def _identity(value: Any) -> Any:
    return value


def stamp(value: datetime) -> str:
    """A fixed-width UTC time that sorts as text: 2026-01-02T03:04:05.000006Z."""
    return value.astimezone(UTC).replace(tzinfo=None).isoformat(timespec="microseconds") + "Z"


def column_codec(column: Column[Any]) -> Codec:
    kind = column.type
    if isinstance(kind, UtcDateTime):
        return (
            lambda v: None if v is None else stamp(v),
            lambda v: None if v is None else datetime.fromisoformat(v),
        )
    if isinstance(kind, Uuid):
        return (
            lambda v: None if v is None else uuid_text(v),
            lambda v: None if v is None else uuid.UUID(v),
        )
    if isinstance(kind, Date):
        return (
            lambda v: None if v is None else v.isoformat(),
            lambda v: None if v is None else date.fromisoformat(v),
        )
    if isinstance(kind, CodedEnum):
        return (lambda v: v.value if isinstance(v, Enum) else v), _identity
    if isinstance(kind, JSON):
        return _identity, _identity
    return _identity, _identity


def table_codecs(table: Table) -> dict[str, Codec]:
    return {column.name: column_codec(column) for column in table.columns}


def encode_row(row: Mapping[str, Any], codecs: Mapping[str, Codec]) -> Row:
    return {name: codecs[name][0](value) for name, value in row.items()}


def decode_row(row: Mapping[str, Any], codecs: Mapping[str, Codec]) -> dict[str, Any]:
    return {name: codecs[name][1](value) for name, value in row.items()}


def select_in(session: Session, table: Table, column: str, values: Iterable[Any]) -> list[Any]:
    """Rows of `table` whose `column` is in `values` (as row mappings), in chunks.

    UUID columns are read as stored (text on SQLite), which is much faster than building a
    `uuid.UUID` per value; `_column` and the encoders accept both forms.
    """
    values = list(values)
    columns = [
        type_coerce(col, String).label(col.name) if isinstance(col.type, Uuid) else col
        for col in table.columns
    ]
    rows: list[Any] = []
    for start in range(0, len(values), CHUNK):
        statement = (
            select(*columns)
            .where(table.c[column].in_(values[start : start + CHUNK]))
            .execution_options(include_deleted=True)
        )
        rows.extend(session.execute(statement).mappings())
    return rows


def uuid_text(value: Any) -> str:
    """A UUID as its canonical text, from a `uuid.UUID` or from stored text."""
    if isinstance(value, str):
        if len(value) == 32:
            return f"{value[:8]}-{value[8:12]}-{value[12:16]}-{value[16:20]}-{value[20:]}"
        return value.lower()
    return str(value)


def as_uuid(value: Any) -> uuid.UUID:
    """A UUID from a `uuid.UUID`, its 16 bytes, or its text (canonical or 32 hex digits)."""
    if isinstance(value, uuid.UUID):
        return value
    if isinstance(value, bytes):
        return uuid.UUID(bytes=value)
    return uuid.UUID(str(value))


def id_key(value: Any) -> bytes:
    """An id as its 16 bytes: compact, and sorted as the canonical text sorts."""
    if isinstance(value, str) and len(value) == 32:
        return bytes.fromhex(value)
    return as_uuid(value).bytes


def chunked(values: Iterable[Any], size: int = CHUNK) -> Iterator[list[Any]]:
    """`values` in lists of at most `size`."""
    iterator = iter(values)
    while chunk := list(islice(iterator, size)):
        yield chunk


def scalars_in(session: Session, table: Table, column: str, values: list[Any]) -> list[Any]:
    found: list[Any] = []
    for start in range(0, len(values), CHUNK):
        statement = (
            select(table.c[column])
            .where(table.c[column].in_(values[start : start + CHUNK]))
            .execution_options(include_deleted=True)
        )
        found.extend(session.scalars(statement))
    return found


def ids_where(session: Session, table: Table, column: str, values: Iterable[Any]) -> list[bytes]:
    """The ids (`id_key`) of the rows of `table` whose `column` is in `values`.

    `values` is read chunk by chunk (it may be a generator over millions of ids).
    """
    found: list[bytes] = []
    id_text = type_coerce(table.c.id, String)
    for chunk in chunked(values):
        statement = (
            select(id_text)
            .where(table.c[column].in_([as_uuid(value) for value in chunk]))
            .execution_options(include_deleted=True)
        )
        found.extend(id_key(value) for value in session.scalars(statement))
    return found


def values_where_id(
    session: Session, table: Table, column: str, ids: Iterable[bytes]
) -> set[bytes]:
    """The distinct non-null values (`id_key`) of UUID `column` in the rows `ids`."""
    values: set[bytes] = set()
    text = type_coerce(table.c[column], String)
    for chunk in chunked(ids):
        statement = (
            select(text)
            .where(
                table.c.id.in_([uuid.UUID(bytes=i) for i in chunk]), table.c[column].is_not(None)
            )
            .distinct()
            .execution_options(include_deleted=True)
        )
        values.update(id_key(value) for value in session.scalars(statement))
    return values


def referenced_ids(
    session: Session, table: Table, column: str, found: Mapping[str, list[bytes]]
) -> list[bytes]:
    """The ids of the records that the found rows of `table` point at through `column`."""
    target = next(iter(table.c[column].foreign_keys)).column.table
    referenced = values_where_id(session, table, column, found[table.name])
    return ids_where(session, target, "id", referenced)


def natural_keys(table: Table) -> list[tuple[str, ...]]:
    """The unique constraints besides the primary key, as tuples of column names."""
    keys: list[tuple[str, ...]] = []
    for constraint in table.constraints:
        if isinstance(constraint, UniqueConstraint):
            keys.append(tuple(col.name for col in constraint.columns))
    for col in table.columns:
        if col.unique and (col.name,) not in keys:
            keys.append((col.name,))
    return keys


def remap_references(
    table: Table, rows: list[Row], remap: Mapping[str, str], *, self_only: bool = False
) -> None:
    """Point references at our ids where a package record was matched to one of ours."""
    if not remap:
        return
    for col in table.columns:
        targets = {fk.column.table.name for fk in col.foreign_keys}
        if not targets or (self_only and table.name not in targets):
            continue
        for row in rows:
            value = row.get(col.name)
            if value is not None and value in remap:
                row[col.name] = remap[value]


def parents_first(table: Table, rows: list[Row]) -> list[Row]:
    """New rows ordered so that a row pointing at another new row of the table comes after it."""
    self_refs = [
        col.name
        for col in table.columns
        if any(fk.column.table is table for fk in col.foreign_keys)
    ]
    if not self_refs:
        return rows
    pending = {row["id"]: row for row in rows}
    ordered: list[Row] = []
    while pending:
        ready = [
            row
            for row in pending.values()
            if all(row.get(name) not in pending or row.get(name) == row["id"] for name in self_refs)
        ]
        if not ready:
            ready = list(pending.values())
        for row in ready:
            ordered.append(row)
            del pending[row["id"]]
    return ordered
