"""Hidden temporaries: those of a dead process of this computer go, all others stay."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from taskforce_app.temporary_files import remove_dead_temporaries, temporary_beside


def _dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def test_only_the_temporaries_of_dead_processes_here_are_removed(tmp_path: Path) -> None:
    target = tmp_path / "rapport.xlsx"
    ours = temporary_beside(target, "partial-1")
    dead = ours.with_name(ours.name.replace(f".{os.getpid()}.", f".{_dead_pid()}."))
    dead_journal = dead.with_name(dead.name + "-journal")
    remote = tmp_path / f".rapport.xlsx.another-computer.{_dead_pid()}.partial-1"
    other_kind = dead.with_name(dead.name.replace("partial-1", "demo"))
    other_target = dead.with_name(dead.name.replace("rapport.xlsx", "andet.xlsx"))
    for path in (ours, dead, dead_journal, remote, other_kind, other_target):
        path.write_bytes(b"x")

    remove_dead_temporaries(tmp_path, "partial-", target.name)

    assert ours.name.startswith(".rapport.xlsx.")
    left = {path.name for path in tmp_path.iterdir()}
    assert left == {ours.name, remote.name, other_kind.name, other_target.name}
    remove_dead_temporaries(tmp_path, "partial-")
    assert {path.name for path in tmp_path.iterdir()} == {ours.name, remote.name, other_kind.name}
