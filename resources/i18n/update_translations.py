"""Refresh taskforce_da.ts from the UI sources, compile the .qm, and list what lacks Danish.

Run: .venv/bin/python resources/i18n/update_translations.py
It runs pyside6-lupdate over taskforce_app/ui (keeping every existing translation, dropping
obsolete ones), compiles the .qm, and exits 1 listing every message still unfinished, so a new
tr() string cannot slip through untranslated. The Danish is written in the .ts itself: with
Qt Linguist (`pyside6-linguist resources/i18n/taskforce_da.ts`) or by editing its
<translation> element; nothing else fills it.
"""

from __future__ import annotations

import runpy
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "i18n" / "taskforce_da.ts"


def run_lupdate() -> None:
    """Collect the tr() strings of taskforce_app/ui into the .ts file."""
    tool = Path(sys.executable).parent / "pyside6-lupdate"
    sources = sorted(str(path) for path in (ROOT / "taskforce_app" / "ui").rglob("*.py"))
    subprocess.run(
        [
            str(tool),
            *sources,
            "-ts",
            str(TS),
            "-no-obsolete",
            "-locations",
            "none",
            "-source-language",
            "en",
            "-target-language",
            "da",
        ],
        check=True,
    )


def unfinished(path: Path = TS) -> list[tuple[str, str]]:
    """(context, source) of every message in `path` without a finished translation."""
    missing = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            if (
                translation is None
                or translation.get("type") == "unfinished"
                or not "".join(translation.itertext()).strip()  # plural forms: <numerusform>
            ):
                missing.append((name, message.findtext("source", "")))
    return missing


def main() -> int:
    """Update, compile, and report what still needs a translation."""
    run_lupdate()
    compiler = runpy.run_path(str(Path(__file__).with_name("compile_translations.py")))
    compiler["compile_translations"]()  # the checkout's .qm follows the .ts at once
    missing = unfinished()
    for name, source in missing:
        print(f"missing Danish for [{name}] {source!r}", file=sys.stderr)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
