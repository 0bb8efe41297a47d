"""The CPR guard below the services: no INSERT or UPDATE reaches the database with a CPR number.

One engine event sees every statement on its way to the cursor, however it was made: an ORM
flush, a Core (bulk) insert, an exchange-package merge, `text()` or `exec_driver_sql`. For a
compiled INSERT or UPDATE it reads the values before type processing (JSON is walked as Python
values, bind names map to columns), once per execution even when the driver gets it in
batches; for driver SQL it reads the statement and its DBAPI parameters. All texts of one
statement are joined and scanned once, so the check costs one normalised regex pass; only
when that finds something is the offending column looked up, to name it in the error.
"""

from __future__ import annotations

import re
import weakref
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from sqlalchemy import Engine, event
from sqlalchemy.engine import Connection, ExecutionContext
from sqlalchemy.engine.default import DefaultExecutionContext
from sqlalchemy.sql.elements import TextClause

from taskforce_app.domain.cpr import contains_cpr_number
from taskforce_app.domain.errors import CprNumberError
from taskforce_app.domain.field_labels import column_label

_CHECKED = "taskforce_cpr_guard_checked"
_JOINER = "\x00"  # neither a digit nor a separator: no number can span two values
_WRITES = re.compile(r"\s*(?:INSERT|UPDATE|REPLACE|UPSERT|MERGE|WITH)\b", re.IGNORECASE)
_TARGET_TABLE = re.compile(
    r"\b(?:INTO|UPDATE)\s+(?:OR\s+\w+\s+)?[\"`\[]?(\w+)[\"`\]]?", re.IGNORECASE
)
_BIND_SUFFIX = re.compile(r"(?:_m\d+|__\d+|_\d+)$")
_AUDIT_TABLE = "audit_event"
_AUDIT_VALUES = frozenset({"old_value", "new_value"})


def install_cpr_guard(engine: Engine) -> None:
    """Refuse, on every connection of `engine`, any INSERT or UPDATE carrying a CPR number.

    The statement raises `CprNumberError` naming the field in Danish (never the value) before
    it reaches the database, so the caller's transaction rolls back with nothing stored.
    """
    if not event.contains(engine, "before_cursor_execute", _guard_statement):
        event.listen(engine, "before_cursor_execute", _guard_statement)


def _guard_statement(
    connection: Connection,
    _cursor: Any,
    statement: str,
    parameters: Any,
    context: ExecutionContext | None,
    _executemany: bool,
) -> None:
    compiled = context.compiled if context is not None else None
    if compiled is not None and not isinstance(compiled.statement, TextClause):
        if not isinstance(context, DefaultExecutionContext):
            return
        if not (context.isinsert or context.isupdate):
            return
        if _seen_before(connection, context):
            return  # a later batch of the same execution (insertmanyvalues)
        rows = context.compiled_parameters
        if _holds_cpr(_texts_of_rows(rows)):
            _refuse_compiled(getattr(compiled.statement, "table", None), rows)
        return
    if not _WRITES.match(statement):
        return
    raw_rows = _raw_rows(parameters)
    if _holds_cpr(_JOINER.join([statement, *_texts_of_values(raw_rows)])):
        target = _TARGET_TABLE.search(statement)
        raise CprNumberError(
            field=column_label(target.group(1) if target else None, None),
            column=target.group(1) if target else "",
        )


def _seen_before(connection: Connection, context: ExecutionContext) -> bool:
    seen = connection.info.get(_CHECKED)
    if seen is not None and seen() is context:
        return True
    connection.info[_CHECKED] = weakref.ref(context)
    return False


def _holds_cpr(joined: str) -> bool:
    return contains_cpr_number(joined)


def _texts_of_rows(rows: Iterable[Mapping[str, Any]]) -> str:
    texts: list[str] = []
    append = texts.append
    for row in rows:
        for value in row.values():
            if value.__class__ is str:
                append(value)
            elif isinstance(value, str | dict | list | tuple):
                _collect(value, append)
    return _JOINER.join(texts)


def _texts_of_values(values: Iterable[Any]) -> list[str]:
    texts: list[str] = []
    for value in values:
        _collect(value, texts.append)
    return texts


def _collect(value: Any, append: Callable[[str], None]) -> None:
    """Every text inside `value`: itself, or the keys and values of a JSON-like structure."""
    if isinstance(value, str):
        append(value)
    elif isinstance(value, dict):
        for key, item in value.items():
            append(str(key))
            if item.__class__ is str:
                append(item)
            elif item is not None:
                _collect(item, append)
    elif isinstance(value, list | tuple):
        for item in value:
            _collect(item, append)


def _raw_rows(parameters: Any) -> list[Any]:
    """DBAPI parameters as a flat list of values (one set, or many for executemany)."""
    if parameters is None:
        return []
    if isinstance(parameters, Mapping):
        return list(parameters.values())
    values: list[Any] = []
    for item in parameters:
        if isinstance(item, Mapping):
            values.extend(item.values())
        elif isinstance(item, list | tuple):
            values.extend(item)
        else:
            values.append(item)
    return values


def _refuse_compiled(target: Any, rows: Iterable[Mapping[str, Any]]) -> None:
    """Find the column that holds the CPR number and raise the error naming it."""
    table: str | None = getattr(target, "name", None)
    columns = getattr(target, "c", None)
    for row in rows:
        for key, value in row.items():
            texts: list[str] = []
            _collect(value, texts.append)
            if texts and _holds_cpr(_JOINER.join(texts)):
                owner, column = table, _column_of(key, columns)
                if table == _AUDIT_TABLE and column in _AUDIT_VALUES and row.get("field"):
                    # Name the audited field, not the history that would have recorded it.
                    owner, column = str(row.get("table_name", "")), str(row.get("field", ""))
                raise CprNumberError(field=column_label(owner, column), column=f"{owner}.{column}")
    raise CprNumberError(field=column_label(table, None), column=f"{table}.")


def _column_of(bind_name: str, columns: Any) -> str:
    """The column a bind parameter stands for: `title`, `title_m1`, `title__3`, `v_title`."""
    names: set[str] = {str(column.key) for column in columns} if columns is not None else set()
    for candidate in (bind_name, _BIND_SUFFIX.sub("", bind_name)):
        if candidate in names:
            return candidate
        prefixed = [name for name in names if candidate.endswith(f"_{name}")]
        if prefixed:
            return max(prefixed, key=len)
    return _BIND_SUFFIX.sub("", bind_name)
