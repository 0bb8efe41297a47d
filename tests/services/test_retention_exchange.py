"""A purge travels in exchange packages: purged on merge, and never brought back by one."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from taskforce_app.bootstrap import open_context
from tests.services.helpers import PASSPHRASE


def _references(path: Path, engagement_hex: str) -> set[str]:
    connection = sqlite3.connect(path)
    try:
        rows = connection.execute(
            "SELECT case_ref FROM case_record WHERE engagement_id = ?", (engagement_hex,)
        )
        return {row[0] for row in rows}
    finally:
        connection.close()


def _text_holding(path: Path, references: set[str]) -> int:
    connection = sqlite3.connect(path)
    found = 0
    try:
        tables = [
            r[0] for r in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
        ]
        for table in tables:
            for column in [r[1] for r in connection.execute(f'PRAGMA table_info("{table}")')]:
                for (value,) in connection.execute(f'SELECT "{column}" FROM "{table}"'):
                    if isinstance(value, str) and any(ref in value for ref in references):
                        found += 1
    finally:
        connection.close()
    return found


def test_purge_travels_and_case_data_is_not_resurrected(demo_db_path: Path, tmp_path: Path) -> None:
    untouched = tmp_path / "b.sqlite"
    shutil.copyfile(demo_db_path, untouched)
    purged = open_context(demo_db_path, actor="KØW")
    randers = purged.engagements.resolve("Randers")
    references = _references(demo_db_path, randers.hex)
    others = set().union(
        *(
            _references(demo_db_path, s.engagement_id.hex)
            for s in purged.retention.statuses()
            if s.engagement_id != randers
        )
    )
    own = references - others
    assert own
    results = purged.results.for_engagement(randers)
    purged.retention.purge(randers, early=True, reason="Kommunen bad om det")
    purged.exchange.export([randers], tmp_path / "purged.tfpkg", passphrase=PASSPHRASE)

    other = open_context(untouched, actor="MNL")
    try:
        other.exchange.export([randers], tmp_path / "full.tfpkg", passphrase=PASSPHRASE)
        other.exchange.merge(tmp_path / "purged.tfpkg", passphrase=PASSPHRASE, policy="theirs")
        assert other.retention.case_references(randers) == []
        assert other.results.for_engagement(randers) == results
        assert [
            s.purged_at is not None
            for s in other.retention.statuses()
            if s.engagement_id == randers
        ] == [True]
    finally:
        other.close()
    assert _text_holding(untouched, own) == 0

    try:
        purged.exchange.merge(tmp_path / "full.tfpkg", passphrase=PASSPHRASE, policy="ours")
        assert purged.retention.case_references(randers) == []
        assert purged.results.for_engagement(randers) == results
    finally:
        purged.close()
    assert _text_holding(demo_db_path, own) == 0
