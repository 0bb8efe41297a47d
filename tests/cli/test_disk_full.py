"""A full disk: one Danish line, exit 2, the database intact, no half-written file, no traceback."""

from __future__ import annotations

import errno
import hashlib
import os
import sqlite3
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from sqlalchemy import Engine, event

from taskforce_app.bootstrap import open_context
from taskforce_app.cli import main
from taskforce_app.services.backups import make_backup
from tests.cli.test_review_commands import _case_list
from tests.services.helpers import granted_engagement

FULL = "ikke plads nok på disken"


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _engagement(db_path: Path) -> None:
    ctx = open_context(db_path)
    try:
        granted_engagement(ctx, "Vejle", start=date(2026, 1, 5))
    finally:
        ctx.close()


def _one_line(err: str) -> str:
    assert err.count("\n") == 1, err
    assert "Traceback" not in err
    return err


def _fail_replace_when(
    monkeypatch: pytest.MonkeyPatch, matches: Callable[[str], bool]
) -> list[str]:
    """os.replace raises ENOSPC for sources `matches` accepts; returns what it refused."""
    real = os.replace
    refused: list[str] = []

    def replace(src: Any, dst: Any, **kwargs: Any) -> None:
        if matches(str(src)):
            refused.append(str(src))
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(dst))
        real(src, dst, **kwargs)

    monkeypatch.setattr(os, "replace", replace)
    return refused


def _content(path: Path) -> list[str]:
    """Every row and schema statement (the restore's exclusive lock rewrites the header)."""
    connection = sqlite3.connect(path)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        return list(connection.iterdump())
    finally:
        connection.close()


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if "partial" in p.name or "restoring" in p.name)


def test_export_on_a_full_disk_leaves_the_old_file(
    db_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    _engagement(db_path)
    target = tmp_path / "ud" / "vejle.xlsx"
    target.parent.mkdir()
    target.write_bytes(b"den gamle fil")

    def save(self: openpyxl.Workbook, filename: str | os.PathLike[str]) -> None:
        Path(filename).write_bytes(b"PK\x03\x04 halvt skrevet")
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(filename))

    monkeypatch.setattr(openpyxl.Workbook, "save", save)
    before = _digest(db_path)
    argv = ["export", "xlsx", "--db", str(db_path), "--engagement", "Vejle", "-o", str(target)]
    assert main(argv) == 2
    assert FULL in _one_line(capsys.readouterr().err)
    assert target.read_bytes() == b"den gamle fil"
    assert _leftovers(target.parent) == []
    assert _digest(db_path) == before


def test_backup_on_a_full_disk_writes_no_file(
    db_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    target = tmp_path / "kopier" / "kopi.sqlite"
    target.parent.mkdir()
    before = _digest(db_path)
    refused = _fail_replace_when(monkeypatch, lambda src: src.endswith(".partial"))
    assert main(["backup", "--db", str(db_path), "-o", str(target)]) == 2
    assert refused
    assert FULL in _one_line(capsys.readouterr().err)
    assert not target.exists() and _leftovers(target.parent) == []
    assert _digest(db_path) == before


@pytest.mark.parametrize("where", ["copying the backup", "swapping the file"])
def test_restore_on_a_full_disk_keeps_the_database(
    db_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    where: str,
) -> None:
    copy = make_backup(db_path, tmp_path / "kopi.sqlite")
    _engagement(db_path)
    before = _content(db_path)
    if where == "copying the backup":
        refused = _fail_replace_when(
            monkeypatch, lambda src: ".restoring." in src and src.endswith(".partial")
        )
    else:
        refused = _fail_replace_when(monkeypatch, lambda src: src.endswith(".restoring"))
    assert main(["restore", "--db", str(db_path), str(copy)]) == 2
    assert refused
    assert FULL in _one_line(capsys.readouterr().err)
    monkeypatch.undo()
    assert _leftovers(db_path.parent) == []
    assert not db_path.with_name(db_path.name + ".lock").exists()
    assert _content(db_path) == before
    assert main(["list", "--db", str(db_path)]) == 0
    assert "1 forløb" in capsys.readouterr().out


def test_import_on_a_full_disk_stores_nothing(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """SQLite's own "database or disk is full" (page limit reached) in the middle of an import."""
    _engagement(db_path)
    source = _case_list(tmp_path / "sager.csv", 3000)
    pages = sqlite3.connect(db_path).execute("PRAGMA page_count").fetchone()[0]

    def limit(connection: sqlite3.Connection, _record: object) -> None:
        connection.execute(f"PRAGMA max_page_count = {pages + 8}")

    event.listen(Engine, "connect", limit)
    try:
        argv = ["import-cases", "--db", str(db_path), "--engagement", "Vejle", str(source)]
        assert main(argv) == 2
    finally:
        event.remove(Engine, "connect", limit)
    err = _one_line(capsys.readouterr().err)
    assert "Disken er fuld" in err and "intet af den er gemt" in err
    ctx = open_context(db_path, read_only=True)
    try:
        assert ctx.maintenance.check().ok
        assert ctx.maintenance.check().counts.get("case", 0) == 0
    finally:
        ctx.close()
