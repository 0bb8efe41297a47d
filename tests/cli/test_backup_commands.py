"""backup and restore: consistent copies, rotation, a preview before restoring."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from taskforce_app.bootstrap import open_context
from taskforce_app.cli import main
from taskforce_app.domain.engagements import EngagementDraft
from taskforce_app.services.backups import backup_folder, list_backups, make_backup


def _add_engagement(db_path: Path, title: str) -> None:
    ctx = open_context(db_path)
    try:
        odense = ctx.reference.find_municipality("Odense")
        ctx.engagements.create(EngagementDraft(title, odense.id))
    finally:
        ctx.close()


def _titles(db_path: Path) -> list[str]:
    ctx = open_context(db_path)
    try:
        return [row.title for row in ctx.engagements.summaries()]
    finally:
        ctx.close()


def test_backup_then_restore_brings_the_old_state_back(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _add_engagement(db_path, "Før kopien")
    copy = tmp_path / "kopi.sqlite"
    assert main(["backup", "--db", str(db_path), "-o", str(copy)]) == 0
    assert str(copy) in capsys.readouterr().out
    _add_engagement(db_path, "Efter kopien")
    assert main(["restore", "--db", str(db_path), str(copy), "--dry-run"]) == 0
    preview = capsys.readouterr().out
    assert "engagement" in preview and "Intet gendannet" in preview
    assert sorted(_titles(db_path)) == ["Efter kopien", "Før kopien"]
    assert main(["restore", "--db", str(db_path), str(copy)]) == 0
    assert "Gendannet" in capsys.readouterr().out
    assert _titles(db_path) == ["Før kopien"]
    assert any(b.path.name.startswith(db_path.stem) for b in list_backups(db_path))


def test_automatic_backups_rotate(db_path: Path) -> None:
    for _ in range(4):
        make_backup(db_path, keep=3)
    kept = list_backups(db_path)
    assert len(kept) == 3
    for info in kept:
        connection = sqlite3.connect(info.path)
        try:
            assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        finally:
            connection.close()
    assert kept[0].path.parent == backup_folder(db_path)


def test_opening_in_the_gui_makes_a_backup(db_path: Path) -> None:
    before = len(list_backups(db_path))
    ctx = open_context(db_path, backup_on_open=True)
    try:
        assert ctx.last_backup is not None and ctx.last_backup.exists()
    finally:
        ctx.close()
    assert len(list_backups(db_path)) == before + 1


def test_restoring_a_damaged_backup_is_refused(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.sqlite"
    bad.write_text("ikke en database", encoding="utf-8")
    before = db_path.read_bytes()
    assert main(["restore", "--db", str(db_path), str(bad)]) == 2
    assert "ikke en Task Force-database" in capsys.readouterr().err
    assert db_path.read_bytes() == before


def test_backup_to_a_missing_folder(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["backup", "--db", str(db_path), "-o", str(tmp_path / "nope" / "x.sqlite")]) == 2
    assert "findes ikke" in capsys.readouterr().err


def test_the_latest_good_backup_skips_damaged_ones(db_path: Path) -> None:
    from taskforce_app.bootstrap import latest_good_backup

    good = make_backup(db_path)
    damaged = good.with_name(good.stem + "9" + good.suffix)  # sorts as newer
    damaged.write_bytes(b"SQLite format 3\x00" + b"\xff" * 4000)
    assert list_backups(db_path)[0].path == damaged
    assert latest_good_backup(db_path) == good


def test_the_number_of_backups_kept_is_a_setting(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["backup", "--db", str(db_path), "--keep", "2"]) == 0
    assert "2 nyeste" in capsys.readouterr().out
    for _ in range(3):
        assert main(["backup", "--db", str(db_path), "--keep", "2"]) == 0
    assert len(list_backups(db_path)) == 2
    ctx = open_context(db_path)
    try:
        assert ctx.backups.keep() == 2
    finally:
        ctx.close()
    assert main(["backup", "--db", str(db_path), "--keep", "0"]) == 2


def test_restoring_the_oldest_backup_keeps_every_backup(db_path: Path) -> None:
    from taskforce_app.bootstrap import restore_database

    ctx = open_context(db_path)
    try:
        ctx.backups.set_keep(30)
        made = [ctx.backups.backup() for _ in range(12)]
    finally:
        ctx.close()
    oldest = made[0]
    safety = restore_database(db_path, oldest)
    remaining = {info.path for info in list_backups(db_path)}
    assert set(made) <= remaining and safety in remaining
    assert oldest.exists()


def test_restore_brings_back_rows_still_in_the_backups_wal(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A backup copied with its -wal (its writer still running): the committed rows come too."""
    source = tmp_path / "kilde.sqlite"
    shutil.copyfile(db_path, source)
    _add_engagement(source, "Før")
    reader = sqlite3.connect(source)  # an open snapshot keeps what follows in the WAL
    try:
        reader.execute("BEGIN")
        reader.execute("SELECT count(*) FROM engagement").fetchone()
        _add_engagement(source, "Kun i WAL")
        copy = tmp_path / "kopi.sqlite"
        shutil.copyfile(source, copy)
        shutil.copyfile(f"{source}-wal", f"{copy}-wal")
    finally:
        reader.close()
    alone = tmp_path / "uden-wal.sqlite"
    shutil.copyfile(copy, alone)
    assert _titles(alone) == ["Før"]  # the main file alone lacks the row
    assert main(["restore", "--db", str(db_path), str(copy)]) == 0
    capsys.readouterr()
    assert sorted(_titles(db_path)) == ["Før", "Kun i WAL"]


def _foreign_sqlite(path: Path) -> None:
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE recipes (name TEXT)")
    connection.commit()
    connection.close()


def _empty_sqlite(path: Path) -> None:
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA user_version = 1")  # writes the header, no tables
    connection.commit()
    connection.close()


def _newer_schema(path: Path, template: Path) -> None:
    shutil.copyfile(template, path)
    connection = sqlite3.connect(path)
    connection.execute("UPDATE alembic_version SET version_num = '2099_01_01_9999'")
    connection.commit()
    connection.close()


@pytest.mark.parametrize(
    ("kind", "expected"),
    [
        ("empty file", "tom (0 byte)"),
        ("random bytes", "ikke en Task Force-database"),
        ("another app", "ikke fra Task Force Tracker"),
        ("empty database", "tom SQLite-database"),
        ("newer schema", "nyere version"),
    ],
)
def test_restore_refuses_what_is_not_a_backup_of_this_app(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], kind: str, expected: str
) -> None:
    _add_engagement(db_path, "Behold mig")
    before = db_path.read_bytes()
    bad = tmp_path / "bad.sqlite"
    if kind == "empty file":
        bad.write_bytes(b"")
    elif kind == "random bytes":
        bad.write_bytes(bytes(range(256)) * 64)
    elif kind == "another app":
        _foreign_sqlite(bad)
    elif kind == "empty database":
        _empty_sqlite(bad)
    else:
        _newer_schema(bad, db_path)
    backups_before = len(list_backups(db_path))
    assert main(["restore", "--db", str(db_path), str(bad)]) == 2
    err = capsys.readouterr().err
    assert expected in err and err.count("\n") == 1, err
    assert db_path.read_bytes() == before
    assert len(list_backups(db_path)) == backups_before  # nothing done, no safety copy needed
    assert main(["list", "--db", str(db_path)]) == 0
    assert "1 forløb" in capsys.readouterr().out


def test_restore_keeps_the_safety_copy_and_leaves_no_staging_file(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    copy = tmp_path / "kopi.sqlite"
    make_backup(db_path, copy)
    _add_engagement(db_path, "Før gendannelsen")
    assert main(["restore", "--db", str(db_path), str(copy)]) == 0
    out = capsys.readouterr().out
    safety = Path(out.rsplit("gemt som ", 1)[1].strip())
    assert _titles(safety) == ["Før gendannelsen"]
    assert _titles(db_path) == []
    leftovers = [p.name for p in db_path.parent.iterdir() if "restoring" in p.name]
    assert leftovers == [] and not db_path.with_name(db_path.name + ".lock").exists()
