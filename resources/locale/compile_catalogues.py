"""Compile the gettext catalogues (`<lang>/LC_MESSAGES/taskforce.po`) to `.mo` files with Babel.

Used at build time (setup.py), by update_catalogue.py after it refreshes the .po, and by the
tests for a checkout whose .mo is missing or older than its .po. The app itself never compiles
anything: it loads the .mo it was built with (and falls back to English without one).

Run: .venv/bin/python resources/locale/compile_catalogues.py [TARGET_FOLDER]
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

HERE = Path(__file__).resolve().parent


def sources(source: Path = HERE) -> list[Path]:
    """Every .po below `source`."""
    return sorted(source.glob("*/LC_MESSAGES/*.po"))


def compile_catalogues(source: Path = HERE, target: Path | None = None) -> list[Path]:
    """Compile every .po below `source` to the same place below `target` (default: beside it).

    Each file is written to a temporary name and renamed, so a reader never sees half a file.
    """
    target = source if target is None else target
    built = []
    for po in sources(source):
        mo = target / po.relative_to(source).with_suffix(".mo")
        mo.parent.mkdir(parents=True, exist_ok=True)
        with po.open("rb") as handle:
            catalog = read_po(handle)
        descriptor, temporary = tempfile.mkstemp(suffix=".mo", dir=mo.parent)
        try:
            with os.fdopen(descriptor, "wb") as handle:
                write_mo(handle, catalog)
            os.replace(temporary, mo)
        finally:
            Path(temporary).unlink(missing_ok=True)
        built.append(mo)
    return built


def stale(source: Path = HERE) -> bool:
    """True when a .po below `source` has no .mo or one older than itself."""
    for po in sources(source):
        mo = po.with_suffix(".mo")
        if not mo.is_file() or mo.stat().st_mtime < po.stat().st_mtime:
            return True
    return False


if __name__ == "__main__":
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else None
    for path in compile_catalogues(HERE, folder):
        print(path)
