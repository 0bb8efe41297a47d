"""Headless commands: output, exit codes, and one clear Danish line for bad input."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from pathlib import Path

import pytest

from taskforce_app import __version__
from taskforce_app.cli import main


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "--version")
    assert code == 0
    assert __version__ in out


def test_list_on_an_empty_database(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = _run(capsys, "list", "--db", str(db_path), "--json")
    assert (code, err) == (0, "")
    assert json.loads(out) == []


def test_check_reports_schema_and_integrity(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from taskforce_app.persistence.migrations import head_revision

    code, out, _ = _run(capsys, "check", "--db", str(db_path))
    assert code == 0
    assert f"Skemaversion:  {head_revision()}" in out
    assert "Integritet:    ok" in out
    assert "municipality" in out and "98" in out


def test_check_reports_a_broken_foreign_key(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    connection = sqlite3.connect(db_path)
    connection.execute("PRAGMA foreign_keys=OFF")
    connection.execute(
        "INSERT INTO team_member (id, engagement_id, consultant_id, role, created_at, updated_at)"
        " VALUES ('x1', 'missing', 'missing', 'jurist', '2026-01-01', '2026-01-01')"
    )
    connection.commit()
    connection.close()
    code, out, err = _run(capsys, "check", "--db", str(db_path))
    assert code == 2
    assert "Fremmednøgler: 2 problemer" in out
    assert err.count("\n") == 1


@pytest.mark.parametrize(
    ("make", "expected"),
    [
        (
            lambda p: p.write_text("ikke en database", encoding="utf-8"),
            "ikke en Task Force-database",
        ),
        (lambda p: p.write_bytes(b"\x00" * 50), "ikke en Task Force-database"),
    ],
)
def test_bad_files_get_one_line_and_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], make: object, expected: str
) -> None:
    target = tmp_path / "bad.sqlite"
    assert callable(make)
    make(target)
    before = hashlib.sha256(target.read_bytes()).hexdigest()
    code, out, err = _run(capsys, "list", "--db", str(target))
    assert code == 2
    assert out == ""
    assert expected in err
    assert err.count("\n") == 1
    assert "Traceback" not in err
    assert hashlib.sha256(target.read_bytes()).hexdigest() == before


def test_missing_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = _run(capsys, "list", "--db", str(tmp_path / "nope" / "x.sqlite"))
    assert code == 2
    assert "findes ikke" in err


def test_unknown_command_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = _run(capsys, "lst")
    assert code == 2
    assert err.count("\n") == 1
    assert "--help" in err


def test_english_messages_on_request(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = _run(capsys, "--lang", "en", "list", "--db", str(tmp_path / "no" / "x.sqlite"))
    assert code == 2
    assert "does not exist" in err


def test_a_bug_exits_1_with_the_traceback_in_the_log(
    db_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from taskforce_app import cli
    from taskforce_app.logs import log_file_path

    def explode(*_args: object) -> int:
        raise RuntimeError("boom in a command")

    monkeypatch.setitem(cli.COMMANDS, "list", explode)
    code, _, err = _run(capsys, "list", "--db", str(db_path))
    assert code == 1
    assert "Traceback" not in err
    assert str(log_file_path()) in err
    assert "RuntimeError: boom in a command" in log_file_path().read_text(encoding="utf-8")
