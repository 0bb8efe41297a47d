"""Every writing command takes the writer lock; restore and demo refuse any open database."""

from __future__ import annotations

import getpass
import hashlib
import json
import socket
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

from taskforce_app.bootstrap import open_context
from taskforce_app.cli import main
from taskforce_app.domain.engagements import EngagementDraft
from taskforce_app.services.backups import make_backup

HOLD = """
import sys
from taskforce_app.bootstrap import open_context
ctx = open_context({path!r}, {how})
ctx.engagements.summaries()  # a real read: the connection is in use, as in a window
print("ready", flush=True)
sys.stdin.readline()
ctx.close()
"""


class Holder:
    """Another program with the database open (as the GUI would have it)."""

    def __init__(self, path: Path, how: str) -> None:
        code = textwrap.dedent(HOLD.format(path=str(path), how=how))
        self.process = subprocess.Popen(
            [sys.executable, "-c", code], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
        )
        assert self.process.stdout is not None
        assert self.process.stdout.readline().strip() == "ready"

    def close(self) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write("\n")
        self.process.stdin.close()
        self.process.wait(timeout=30)


@pytest.fixture
def writer(db_path: Path) -> Iterator[Holder]:
    holder = Holder(db_path, "lock=True")
    yield holder
    holder.close()


@pytest.fixture
def reader(db_path: Path) -> Iterator[Holder]:
    holder = Holder(db_path, "read_only=True")
    yield holder
    holder.close()


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _add(db_path: Path, title: str) -> None:
    ctx = open_context(db_path)
    try:
        odense = ctx.reference.find_municipality("Odense")
        ctx.engagements.create(EngagementDraft(title, odense.id))
    finally:
        ctx.close()


def _titles(db_path: Path) -> list[str]:
    ctx = open_context(db_path, read_only=True)
    try:
        return sorted(row.title for row in ctx.engagements.summaries())
    finally:
        ctx.close()


def _writing_commands(db: str, tmp_path: Path, backup: Path) -> list[list[str]]:
    missing = str(tmp_path / "findes-ikke.xlsx")
    return [
        ["import-cases", "--db", db, "--engagement", "Odense", missing],
        ["import-returned", "--db", db, missing],
        ["import-statistics", "--db", db, str(tmp_path / "findes-ikke.csv")],
        [
            "sample",
            "--db",
            db,
            "--round",
            "00000000-0000-0000-0000-000000000001",
            "--method",
            "random",
            "--seed",
            "1",
        ],
        ["package", "import", "--db", db, str(tmp_path / "findes-ikke.tfpkg")],
        ["package", "export", "--db", db, "--engagement", "Odense", "-o", missing],
        ["backup", "--db", db, "--keep", "3"],
        ["restore", "--db", db, str(backup)],
        ["demo", "--db", db, "--force"],
    ]


def test_every_writing_command_refuses_while_another_program_writes(
    db_path: Path,
    tmp_path: Path,
    writer: Holder,
    capsys: pytest.CaptureFixture[str],
) -> None:
    backup = make_backup(db_path, tmp_path / "kopi.sqlite")
    before = _digest(db_path)
    for argv in _writing_commands(str(db_path), tmp_path, backup):
        assert main(argv) == 2, argv
        err = capsys.readouterr().err
        assert err.count("\n") == 1, (argv, err)
        assert f"{getpass.getuser()} på {socket.gethostname()}" in err, (argv, err)
        assert f"(proces {writer.process.pid}) siden" in err, (argv, err)
        assert "kun ét program ad gangen" in err, (argv, err)
    assert _digest(db_path) == before


def test_restore_during_a_running_writer_loses_nothing(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The reported case: a restore under a running import replaced its file; now refused."""
    backup = make_backup(db_path, tmp_path / "kopi.sqlite")
    code = textwrap.dedent(
        f"""
        import sys
        from taskforce_app.bootstrap import open_context
        from taskforce_app.domain.engagements import EngagementDraft
        ctx = open_context({str(db_path)!r}, lock=True, actor="cli")
        odense = ctx.reference.find_municipality("Odense")
        ctx.engagements.create(EngagementDraft("Importeret", odense.id))
        print("written", flush=True)
        sys.stdin.readline()
        ctx.engagements.create(EngagementDraft("Importeret bagefter", odense.id))
        ctx.close()
        """
    )
    importer = subprocess.Popen(
        [sys.executable, "-c", code], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    assert importer.stdout is not None and importer.stdout.readline().strip() == "written"
    try:
        assert main(["restore", "--db", str(db_path), str(backup)]) == 2
        assert "kun ét program ad gangen" in capsys.readouterr().err
    finally:
        assert importer.stdin is not None
        importer.stdin.write("\n")
        importer.stdin.close()
        assert importer.wait(timeout=60) == 0
    assert _titles(db_path) == ["Importeret", "Importeret bagefter"]


def test_restore_refuses_while_a_read_only_window_has_the_database_open(
    db_path: Path, tmp_path: Path, reader: Holder, capsys: pytest.CaptureFixture[str]
) -> None:
    _add(db_path, "Nu")
    backup = make_backup(db_path, tmp_path / "kopi.sqlite")
    _add(db_path, "Senere")
    assert main(["restore", "--db", str(db_path), str(backup)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "åben i et andet program" in err
    assert _titles(db_path) == ["Nu", "Senere"]


def test_demo_force_refuses_while_the_gui_has_the_database_open(
    db_path: Path, writer: Holder, capsys: pytest.CaptureFixture[str]
) -> None:
    _titles(db_path)
    before = _digest(db_path)
    assert main(["demo", "--db", str(db_path), "--force"]) == 2
    assert f"proces {writer.process.pid}" in capsys.readouterr().err
    assert _digest(db_path) == before


def test_demo_force_refuses_while_a_reader_has_the_database_open(
    db_path: Path, reader: Holder, capsys: pytest.CaptureFixture[str]
) -> None:
    before = _digest(db_path)
    assert main(["demo", "--db", str(db_path), "--force"]) == 2
    assert "åben i et andet program" in capsys.readouterr().err
    assert _digest(db_path) == before


def _foreign_lock(db_path: Path) -> Path:
    lock = db_path.with_name(db_path.name + ".lock")
    record = {
        "user": "kim",
        "host": "baerbar-7",
        "pid": 4242,
        "started": 1.0,
        "since": "2026-03-02T08:15:00+00:00",
        "token": "t",
    }
    lock.write_text(json.dumps(record), encoding="utf-8")
    return lock


def test_a_foreign_lock_names_the_way_out(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _foreign_lock(db_path)
    argv = ["import-statistics", "--db", str(db_path), str(tmp_path / "x.csv")]
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert "kim på baerbar-7" in err and f"unlock --db {db_path}" in err


def test_unlock_shows_the_holder_and_takes_the_lock_over(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lock = _foreign_lock(db_path)
    assert main(["unlock", "--db", str(db_path), "--yes"]) == 0
    out = capsys.readouterr().out
    assert "kim på baerbar-7" in out and "på en anden computer" in out
    assert "Advarsel" in out
    assert not lock.exists()
    ctx = open_context(db_path, lock=True)
    ctx.close()


def test_unlock_without_a_terminal_and_without_yes_refuses(
    db_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    lock = _foreign_lock(db_path)
    before = lock.read_bytes()
    monkeypatch.setattr(sys.stdin, "isatty", lambda: False)
    assert main(["unlock", "--db", str(db_path)]) == 2
    captured = capsys.readouterr()
    assert "kim på baerbar-7" in captured.out
    assert "--yes" in captured.err and captured.err.count("\n") == 1
    assert lock.read_bytes() == before


def test_unlock_refuses_a_program_running_here(
    db_path: Path, writer: Holder, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["unlock", "--db", str(db_path), "--yes"]) == 2
    assert f"proces {writer.process.pid}" in capsys.readouterr().err
    assert db_path.with_name(db_path.name + ".lock").exists()


def test_unlock_of_a_free_database(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["unlock", "--db", str(db_path)]) == 0
    assert "ikke låst" in capsys.readouterr().out
