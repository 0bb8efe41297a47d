"""One writer at a time: a second writer is told who has the file; read-only still works."""

from __future__ import annotations

import hashlib
import json
import logging
import os
import socket
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import psutil
import pytest

from taskforce_app.bootstrap import open_context
from taskforce_app.domain.engagements import EngagementDraft
from taskforce_app.domain.errors import DatabaseError
from taskforce_app.persistence.writer_lock import LockState, WriterLock


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


def _lock_file(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".lock")


def _write_lock(db_path: Path, **record: object) -> None:
    base: dict[str, object] = {"user": "kim", "since": "2026-03-02T08:15:00+00:00", "token": "t"}
    _lock_file(db_path).write_text(json.dumps({**base, **record}), encoding="utf-8")


@pytest.fixture
def other_process() -> Iterator[subprocess.Popen[str]]:
    """A live process of this computer that is not the test process."""
    process = subprocess.Popen(
        [sys.executable, "-c", "import sys; sys.stdin.readline()"], stdin=subprocess.PIPE, text=True
    )
    try:
        yield process
    finally:
        assert process.stdin is not None
        process.stdin.close()
        process.wait(timeout=30)


def test_the_lock_records_the_process_start_time(db_path: Path) -> None:
    context = open_context(db_path, lock=True)
    try:
        record = json.loads(_lock_file(db_path).read_text(encoding="utf-8"))
    finally:
        context.close()
    assert record["pid"] == os.getpid()
    assert record["host"] == socket.gethostname()
    assert abs(record["started"] - psutil.Process().create_time()) < 1.0


def test_a_reused_process_id_is_a_stale_lock_taken_over_with_a_log_line(
    db_path: Path, other_process: subprocess.Popen[str], caplog: pytest.LogCaptureFixture
) -> None:
    started = psutil.Process(other_process.pid).create_time()
    _write_lock(db_path, host=socket.gethostname(), pid=other_process.pid, started=started - 3600)
    with caplog.at_level(logging.WARNING, logger="taskforce_app.persistence.writer_lock"):
        context = open_context(db_path, lock=True)
    try:
        record = json.loads(_lock_file(db_path).read_text(encoding="utf-8"))
        assert record["pid"] == os.getpid()
    finally:
        context.close()
    assert any("pid reused" in r.getMessage() for r in caplog.records)


def test_a_live_process_with_its_own_start_time_keeps_the_lock(
    db_path: Path, other_process: subprocess.Popen[str]
) -> None:
    started = psutil.Process(other_process.pid).create_time()
    _write_lock(db_path, host=socket.gethostname(), pid=other_process.pid, started=started)
    with pytest.raises(DatabaseError) as caught:
        open_context(db_path, lock=True)
    assert caught.value.params["state"] == "live"
    assert "kim på" in caught.value.message("da")


@pytest.mark.parametrize("pid", [999_999, 1])
def test_a_lock_of_another_computer_is_never_broken_silently(db_path: Path, pid: int) -> None:
    _write_lock(db_path, host="baerbar-7", pid=pid, started=1.0)
    with pytest.raises(DatabaseError) as caught:
        open_context(db_path, lock=True)
    assert caught.value.params["state"] == "remote"
    message = caught.value.message("da")
    assert "kim på baerbar-7" in message and "02-03-2026" in message
    assert json.loads(_lock_file(db_path).read_text(encoding="utf-8"))["host"] == "baerbar-7"


def test_a_lock_without_a_start_time_of_a_live_pid_is_undetermined(
    db_path: Path, other_process: subprocess.Popen[str]
) -> None:
    _write_lock(db_path, host=socket.gethostname(), pid=other_process.pid)
    with pytest.raises(DatabaseError) as caught:
        open_context(db_path, lock=True)
    assert caught.value.params["state"] == "undetermined"


def test_taking_over_a_foreign_lock_is_logged_and_then_opens(
    db_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    _write_lock(db_path, host="baerbar-7", pid=4242, started=1.0)
    lock = WriterLock(db_path)
    with caplog.at_level(logging.WARNING, logger="taskforce_app.persistence.writer_lock"):
        previous = lock.take_over("test")
    assert previous is not None and previous.host == "baerbar-7"
    assert any("baerbar-7" in r.getMessage() for r in caplog.records)
    lock.release()
    context = open_context(db_path, lock=True)
    context.close()


def test_a_live_lock_of_this_computer_cannot_be_taken_over(
    db_path: Path, other_process: subprocess.Popen[str]
) -> None:
    started = psutil.Process(other_process.pid).create_time()
    _write_lock(db_path, host=socket.gethostname(), pid=other_process.pid, started=started)
    with pytest.raises(DatabaseError) as caught:
        WriterLock(db_path).take_over("test")
    assert caught.value.error_code == "lock.live_here"


def test_liveness_never_sends_a_signal(
    db_path: Path, other_process: subprocess.Popen[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """On Windows os.kill(pid, 0) ends the process (Ctrl+C); it must not be the test."""

    def refuse(pid: int, signal: int) -> None:
        raise AssertionError(f"os.kill({pid}, {signal}) called")

    monkeypatch.setattr(os, "kill", refuse)
    started = psutil.Process(other_process.pid).create_time()
    _write_lock(db_path, host=socket.gethostname(), pid=other_process.pid, started=started)
    assert WriterLock(db_path).status().state == LockState.LIVE
    _write_lock(db_path, host=socket.gethostname(), pid=999_999, started=started)
    assert WriterLock(db_path).status().state == LockState.STALE


def test_a_garbled_lock_file_is_not_overwritten_silently(db_path: Path) -> None:
    _lock_file(db_path).write_text("{not json", encoding="utf-8")
    with pytest.raises(DatabaseError) as caught:
        open_context(db_path, lock=True)
    assert caught.value.params["state"] == "undetermined"
