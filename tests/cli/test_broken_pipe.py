"""A reader that stops early (`taskforce-app list | head -1`) is not an error."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path


def test_list_into_a_reader_that_has_stopped(demo_db_path: Path) -> None:
    command = [sys.executable, "-m", "taskforce_app", "list", "--db", str(demo_db_path)]
    with subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE) as process:
        assert process.stdout is not None and process.stderr is not None
        process.stdout.close()  # the reader is gone before the first line is written
        errors = process.stderr.read().decode()
        code = process.wait()
    assert code == 0, errors
    assert "Uventet fejl" not in errors and "Traceback" not in errors
