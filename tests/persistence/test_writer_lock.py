"""One writer at a time: a second writer is told who has the file; read-only still works."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from taskforce_app.bootstrap import open_context
from taskforce_app.domain.engagements import EngagementDraft
from taskforce_app.domain.errors import DatabaseError


def test_a_second_writer_is_told_who_holds_the_file(db_path: Path) -> None:
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            textwrap.dedent(
                f"""
                import sys, time
                from taskforce_app.bootstrap import open_context
                ctx = open_context({str(db_path)!r}, lock=True)
                print("locked", flush=True)
                sys.stdin.readline()
                ctx.close()
                """
            ),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        lock = json.loads(db_path.with_name(db_path.name + ".lock").read_text(encoding="utf-8"))
        assert lock["pid"] == holder.pid
        with pytest.raises(DatabaseError) as caught:
            open_context(db_path, lock=True)
        message = caught.value.message("da")
        assert f"proces {holder.pid}" in message and "skrivebeskyttet" in message

        reader = open_context(db_path, read_only=True)
        try:
            assert reader.read_only
            assert reader.engagements.summaries() == []
            odense = reader.reference.find_municipality("Odense")
            with pytest.raises(DatabaseError) as refused:
                reader.engagements.create(EngagementDraft("Forløb", odense.id))
            assert refused.value.error_code == "db.read_only_session"
        finally:
            reader.close()
    finally:
        assert holder.stdin is not None
        holder.stdin.write("\n")
        holder.stdin.flush()
        holder.wait(timeout=30)
    assert not db_path.with_name(db_path.name + ".lock").exists()
    again = open_context(db_path, lock=True)
    again.close()


def test_a_stale_lock_of_a_dead_process_is_taken_over(db_path: Path) -> None:
    import socket

    lock_file = db_path.with_name(db_path.name + ".lock")
    lock_file.write_text(
        json.dumps({"user": "x", "host": socket.gethostname(), "pid": 999_999, "since": "2026"}),
        encoding="utf-8",
    )
    context = open_context(db_path, lock=True)
    context.close()
    assert not lock_file.exists()


def test_read_only_open_changes_no_byte(db_path: Path) -> None:
    before = hashlib.sha256(db_path.read_bytes()).hexdigest()
    context = open_context(db_path, read_only=True)
    assert len(context.reference.municipalities()) == 98
    context.close()
    assert hashlib.sha256(db_path.read_bytes()).hexdigest() == before


def test_a_damaged_file_is_refused_on_open(db_path: Path) -> None:
    data = bytearray(db_path.read_bytes())
    page = 4096
    for offset in range(page * 3, page * 3 + 200):
        data[offset] = 0xFF  # overwrite the start of a b-tree page
    db_path.write_bytes(bytes(data))
    with pytest.raises(DatabaseError) as caught:
        open_context(db_path)
    assert caught.value.error_code in {"db.corrupt", "db.not_a_database"}
    assert "beskadiget" in caught.value.message("da") or "ikke en" in caught.value.message("da")


def test_reopening_in_the_same_process_keeps_the_lock(db_path: Path) -> None:
    first = open_context(db_path, lock=True)
    second = open_context(db_path, lock=True)  # e.g. File > Open on the same database
    first.close()
    lock_file = db_path.with_name(db_path.name + ".lock")
    assert lock_file.exists(), "the second context still holds the lock"
    other = subprocess.run(
        [
            sys.executable,
            "-c",
            "from taskforce_app.bootstrap import open_context\n"
            f"open_context({str(db_path)!r}, lock=True)\n",
        ],
        capture_output=True,
        text=True,
    )
    assert other.returncode != 0 and "is open at" in other.stderr  # DatabaseError db.in_use
    second.close()
    assert not lock_file.exists()
