"""Records every SELECT the app sends and names those that could show a soft-deleted row."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Engine, event

from taskforce_app.persistence import models as _models  # noqa: F401  (maps every table)
from taskforce_app.persistence.base import Base
from taskforce_app.persistence.soft_delete import INCLUDE_DELETED, OWNER_KEYS

SOFT_DELETABLE = frozenset(
    name for name, table in Base.metadata.tables.items() if "deleted_at" in table.c
)
OWNER_COLUMN = {key.class_.__tablename__: key.key for key in OWNER_KEYS}
_TABLE_REFERENCE = re.compile(r"\b(?:FROM|JOIN)\s+\"?(\w+)\"?(?:\s+AS\s+\"?(\w+)\"?)?", re.I)
_IDENTITY_LOAD = re.compile(r"\bWHERE\s+\"?\w+\"?\.id\s*=\s*\?\s*$", re.I)


def unfiltered_references(sql: str) -> list[str]:
    """The soft-deletable tables `sql` reads without the live-row criteria (own and owner's)."""
    references = [
        (name, alias or name)
        for name, alias in _TABLE_REFERENCE.findall(sql)
        if name in SOFT_DELETABLE
    ]
    if len(references) == 1 and _IDENTITY_LOAD.search(sql.strip()):
        return []  # an expired attribute or refresh of an object already held, by its id
    single = len(references) == 1
    missing = []
    for name, qualifier in references:
        own = f"{qualifier}.deleted_at IS NULL" in sql or (
            single and re.search(r"(?<![\w.])deleted_at IS NULL", sql) is not None
        )
        owner_column = OWNER_COLUMN.get(name)
        owner = owner_column is None or f"{qualifier}.{owner_column} IN (SELECT live_" in sql
        if not (own and owner):
            missing.append(qualifier)
    return missing


@dataclass
class SelectRecorder:
    """What was read while recording: every SELECT, and those that bypass the filter."""

    selects: list[str] = field(default_factory=list)
    opted_out: list[str] = field(default_factory=list)
    bypassing: list[str] = field(default_factory=list)

    def on_execute(
        self,
        _conn: Any,
        _cursor: Any,
        statement: str,
        _parameters: Any,
        context: Any,
        _executemany: bool,
    ) -> None:
        """Sort one statement: not a SELECT, opted out, filtered, or bypassing."""
        if not statement.lstrip().upper().startswith(("SELECT", "WITH")):
            return
        self.selects.append(statement)
        options = getattr(context, "execution_options", {}) if context is not None else {}
        if options.get(INCLUDE_DELETED, False):
            self.opted_out.append(statement)
            return
        if unfiltered_references(statement):
            self.bypassing.append(statement)


@contextmanager
def recording_selects() -> Iterator[SelectRecorder]:
    """Record the SELECTs of every engine (those the CLI opens included) inside the block."""
    recorder = SelectRecorder()
    event.listen(Engine, "before_cursor_execute", recorder.on_execute)
    try:
        yield recorder
    finally:
        event.remove(Engine, "before_cursor_execute", recorder.on_execute)
