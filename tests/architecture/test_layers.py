"""The dependency rule holds at run time: the CLI never loads Qt."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def test_cli_commands_do_not_load_pyside6(db_path: Path) -> None:
    program = (
        "import sys\n"
        "from taskforce_app.launcher import main\n"
        f"code = main(['list', '--db', {str(db_path)!r}])\n"
        "assert code == 0, code\n"
        "loaded = sorted(m for m in sys.modules if m.startswith('PySide6'))\n"
        "print('QT:' + ','.join(loaded))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", program],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ},
    )
    assert "QT:\n" in result.stdout, result.stdout


def test_version_does_not_load_sqlalchemy_or_qt() -> None:
    program = (
        "import sys\n"
        "from taskforce_app.launcher import main\n"
        "assert main(['--version']) == 0\n"
        "print('LOADED:' + ','.join(sorted(m for m in ('PySide6', 'sqlalchemy', 'alembic')"
        " if m in sys.modules)))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", program], capture_output=True, text=True, check=True
    )
    assert "LOADED:\n" in result.stdout, result.stdout
