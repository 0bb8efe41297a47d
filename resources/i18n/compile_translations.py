"""Compile the committed Qt Linguist sources (`*.ts`) to `.qm` files with PySide6's lrelease.

Used at build time (setup.py, build.spec), by update_translations.py after it refreshes the .ts,
and by the tests for a checkout whose .qm is missing or older than its .ts. The app itself never
compiles anything: it loads the .qm it was built with.

Run: .venv/bin/python resources/i18n/compile_translations.py [TARGET_FOLDER]
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent


def lrelease_tool() -> Path:
    """PySide6's lrelease (from the PySide6-Essentials wheel, else from PATH)."""
    spec = importlib.util.find_spec("PySide6")
    if spec is not None and spec.submodule_search_locations:
        folder = Path(next(iter(spec.submodule_search_locations)))
        for name in ("lrelease", "lrelease.exe"):
            if (folder / name).is_file():
                return folder / name
    found = shutil.which("pyside6-lrelease") or shutil.which("lrelease")
    if found is None:
        raise RuntimeError("lrelease not found: install PySide6-Essentials to build the .qm files")
    return Path(found)


def compile_translations(source: Path = HERE, target: Path | None = None) -> list[Path]:
    """Compile every `source/*.ts` to `target/*.qm` (default: beside the .ts); the .qm paths.

    Each file is written to a temporary name and renamed, so a reader never sees half a file.
    """
    target = source if target is None else target
    target.mkdir(parents=True, exist_ok=True)
    tool = lrelease_tool()
    built = []
    for ts in sorted(source.glob("*.ts")):
        qm = target / ts.with_suffix(".qm").name
        handle, temporary = tempfile.mkstemp(suffix=".qm", dir=target)
        os.close(handle)
        try:
            subprocess.run(
                [str(tool), "-silent", str(ts), "-qm", temporary], check=True, capture_output=True
            )
            os.replace(temporary, qm)
        finally:
            Path(temporary).unlink(missing_ok=True)
        built.append(qm)
    return built


def stale(source: Path = HERE) -> bool:
    """True when a .ts beside this script has no .qm or one older than itself."""
    for ts in source.glob("*.ts"):
        qm = ts.with_suffix(".qm")
        if not qm.is_file() or qm.stat().st_mtime < ts.stat().st_mtime:
            return True
    return False


if __name__ == "__main__":
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else None
    for path in compile_translations(HERE, folder):
        print(path)
