"""Migration 0007: cases imported before it get their place in the list, in stored order."""

from __future__ import annotations

import shutil
import sqlite3
import uuid
from pathlib import Path

from taskforce_app.persistence.database import open_database

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
NOW = "2026-01-05 10:00:00.000000"


def _add_import(connection: sqlite3.Connection, engagement: str) -> str:
    import_id = uuid.uuid4().hex
    connection.execute(
        "INSERT INTO case_list_import (engagement_id, file_name, sheet_name, imported_at, "
        "imported_by, fingerprint, row_count, imported_count, rejected_count, column_mapping, "
        "report, id, created_at, updated_at) "
        "VALUES (?, 'liste.xlsx', '', ?, '', '', 0, 0, 0, '{}', '[]', ?, ?, ?)",
        (engagement, NOW, import_id, NOW, NOW),
    )
    return import_id


def _add_case(connection: sqlite3.Connection, engagement: str, import_id: str, ref: str) -> None:
    connection.execute(
        "INSERT INTO case_record (engagement_id, import_id, case_ref, gender, case_type, "
        "measure, legal_basis, caseworker, extra, id, created_at, updated_at) "
        "VALUES (?, ?, ?, '', '', '', '', '', '{}', ?, ?, ?)",
        (engagement, import_id, ref, uuid.uuid4().hex, NOW, NOW),
    )


def test_old_cases_are_numbered_per_import_in_the_order_they_were_stored(tmp_path: Path) -> None:
    copy = tmp_path / "gammel.sqlite"
    shutil.copyfile(FIXTURES / "schema_0001.sqlite", copy)
    connection = sqlite3.connect(copy)
    try:
        (engagement,) = connection.execute("SELECT id FROM engagement").fetchone()
        first, second = _add_import(connection, engagement), _add_import(connection, engagement)
        for import_id, ref in [
            (first, "S-9"),
            (second, "T-2"),
            (first, "S-10"),
            (first, "S-1"),
            (second, "T-1"),
        ]:
            _add_case(connection, engagement, import_id, ref)
        connection.commit()
    finally:
        connection.close()

    open_database(copy).close()

    connection = sqlite3.connect(copy)
    try:
        rows = connection.execute(
            "SELECT case_ref, list_row FROM case_record ORDER BY list_row, case_ref"
        ).fetchall()
    finally:
        connection.close()
    assert rows == [("S-9", 1), ("T-2", 1), ("S-10", 2), ("T-1", 2), ("S-1", 3)]
