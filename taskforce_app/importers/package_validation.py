"""Every value of an exchange package checked against the tables' description before a merge.

A package may come from another version, another backend or a hand-edited file: SQLite
accepts a 500-character case reference and a NUL character that PostgreSQL refuses, and a
NaN, an unknown enum code or a malformed id would stop a merge half-way with a traceback. So
every record of every known table is checked here, and the first bad value refuses the whole
package with its table, record number (1-based, in the package's order) and field.
"""

from __future__ import annotations

import math
import uuid
from collections.abc import Mapping, Sequence
from datetime import date, datetime
from typing import Any

from taskforce_app.domain.errors import UserError
from taskforce_app.domain.table_schema import (
    INTEGER_MAX,
    INTEGER_MIN,
    TABLES,
    ColumnSpec,
    Kind,
)

_SHOWN_CHARS = 40
_ALLOWED_SHOWN = 8


def validate_tables(
    tables: Mapping[str, Sequence[Any]],
    *,
    path: str,
    schema: Mapping[str, Mapping[str, ColumnSpec]] = TABLES,
) -> None:
    """Check every record of every table `schema` describes; tables it does not know are left
    to the caller (the merge refuses them as a schema mismatch).

    Raises:
        UserError: `exchange.record.not_an_object` or `exchange.value.<problem>` for the first
            bad record, naming table, record number and field.
    """
    for table, records in tables.items():
        columns = schema.get(table)
        if columns is None:
            continue
        for number, record in enumerate(records, start=1):
            if not isinstance(record, dict):
                raise UserError(
                    "exchange.record.not_an_object", path=path, table=table, row=str(number)
                )
            _check_record(record, columns, path=path, table=table, row=number)


def _check_record(
    record: Mapping[str, Any],
    columns: Mapping[str, ColumnSpec],
    *,
    path: str,
    table: str,
    row: int,
) -> None:
    for spec in columns.values():
        value = record.get(spec.name)
        problem = _problem(spec, value)
        if problem is not None:
            code, params = problem
            raise UserError(
                f"exchange.value.{code}",
                path=path,
                table=table,
                row=str(row),
                column=spec.name,
                **params,
            )


Problem = tuple[str, dict[str, str]]


def _problem(spec: ColumnSpec, value: Any) -> Problem | None:
    """What is wrong with `value` for the column, or None when it may be stored."""
    if value is None:
        return None if spec.nullable else ("missing", {})
    kind = spec.kind
    if kind is Kind.TEXT or kind is Kind.ENUM:
        if not isinstance(value, str):
            return _wrong_type(value, "en tekst")
        if "\x00" in value:
            return "nul", {}
        if kind is Kind.ENUM and value not in spec.enum_values:
            allowed = sorted(spec.enum_values)
            shown = ", ".join(allowed[:_ALLOWED_SHOWN]) + (" …" if len(allowed) > 8 else "")
            return "bad_enum", {"value": _shown(value), "allowed": shown}
        if spec.length is not None and len(value) > spec.length:
            return "too_long", {"length": str(len(value)), "limit": str(spec.length)}
        return None
    if kind is Kind.UUID:
        return None if _is_uuid(value) else ("bad_uuid", {"value": _shown(value)})
    if kind is Kind.DATE:
        return None if _is_date(value) else ("bad_date", {"value": _shown(value)})
    if kind is Kind.DATETIME:
        return None if _is_datetime(value) else ("bad_datetime", {"value": _shown(value)})
    if kind is Kind.BOOLEAN:
        return None if isinstance(value, bool) else _wrong_type(value, "ja eller nej (true/false)")
    if kind is Kind.INTEGER:
        if isinstance(value, bool) or not isinstance(value, int):
            return _wrong_type(value, "et helt tal")
        if not INTEGER_MIN <= value <= INTEGER_MAX:
            return "out_of_range", {
                "value": _shown(value),
                "low": str(INTEGER_MIN),
                "high": str(INTEGER_MAX),
            }
        return None
    if kind is Kind.FLOAT:
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            return _wrong_type(value, "et tal")
        return None if math.isfinite(value) else ("not_finite", {"value": str(value)})
    return _json_problem(value)


def _json_problem(value: Any) -> Problem | None:
    """A JSON value may hold no NUL character (PostgreSQL refuses it) and no NaN or infinity."""
    pending: list[Any] = [value]
    while pending:
        item = pending.pop()
        if isinstance(item, str):
            if "\x00" in item:
                return "nul", {}
        elif isinstance(item, float):
            if not math.isfinite(item):
                return "not_finite", {"value": str(item)}
        elif isinstance(item, dict):
            pending.extend(item.keys())
            pending.extend(item.values())
        elif isinstance(item, list):
            pending.extend(item)
    return None


def _is_uuid(value: Any) -> bool:
    """A UUID in its canonical text form, as packages write it (lower case, with hyphens)."""
    if not isinstance(value, str) or len(value) != 36:
        return False
    try:
        return str(uuid.UUID(value)) == value
    except ValueError:
        return False


def _is_date(value: Any) -> bool:
    if not isinstance(value, str) or len(value) != 10:
        return False
    try:
        return date.fromisoformat(value).isoformat() == value
    except ValueError:
        return False


def _is_datetime(value: Any) -> bool:
    """An ISO time with a time zone (packages write UTC with a trailing `Z`)."""
    if not isinstance(value, str) or len(value) > 40:
        return False
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        return False
    return parsed.tzinfo is not None


def _wrong_type(value: Any, expected: str) -> Problem:
    return "wrong_type", {"value": _shown(value), "expected": expected}


def _shown(value: Any) -> str:
    text = value if isinstance(value, str) else repr(value)
    text = text.replace("\x00", "\\0")
    return text if len(text) <= _SHOWN_CHARS else text[: _SHOWN_CHARS - 1] + "…"
