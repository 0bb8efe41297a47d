"""Refresh the Danish gettext catalogue from the code outside Qt, and compile it.

Run: .venv/bin/python resources/locale/update_catalogue.py
Babel extracts every `N_()`/`_()`/`gettext()` msgid of taskforce_app (the mapping is
`[tool.babel]` in pyproject.toml; `ui/` is Qt's and uses the .ts), merges them into
da/LC_MESSAGES/taskforce.po (keeping every translation, dropping obsolete ones), compiles the
.mo, and exits 1 listing every msgid without Danish. Translate by editing the .po (any PO
editor) and run this again.
"""

from __future__ import annotations

import runpy
import sys
import tomllib
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po, write_po

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
PACKAGE = ROOT / "taskforce_app"
DANISH = HERE / "da" / "LC_MESSAGES" / "taskforce.po"
KEYWORDS = {"N_": None, "NC_": ((1, "c"), 2), "_": None, "gettext": None}


def method_map() -> list[tuple[str, str]]:
    """The `[tool.babel]` mappings of pyproject.toml (patterns relative to taskforce_app/)."""
    with (ROOT / "pyproject.toml").open("rb") as handle:
        mappings = tomllib.load(handle)["tool"]["babel"]["mappings"]
    return [(entry["pattern"], entry["method"]) for entry in mappings]


def extract() -> Catalog:
    """The msgids in the code outside Qt, each with where it was found."""
    template = Catalog(domain="taskforce", project="Task Force Tracker")
    for filename, lineno, message, comments, context in extract_from_dir(
        PACKAGE, method_map(), keywords=KEYWORDS, comment_tags=("TRANSLATORS:",)
    ):
        template.add(
            message,
            locations=[(f"taskforce_app/{filename}", lineno)],
            context=context,
            auto_comments=comments,
        )
    return template


def read(path: Path = DANISH) -> Catalog:
    """A .po file as a Babel catalogue."""
    with path.open("rb") as handle:
        return read_po(handle, locale="da")


def untranslated(catalog: Catalog) -> list[str]:
    """The msgids of `catalog` without a translation (or marked fuzzy)."""
    return [
        str(message.id)
        for message in catalog
        if message.id and (not message.string or message.fuzzy)
    ]


def main() -> int:
    """Extract, merge, write, compile; list what still needs Danish."""
    danish = read()
    danish.update(extract(), no_fuzzy_matching=True)
    danish.obsolete.clear()
    with DANISH.open("wb") as handle:
        write_po(handle, danish, width=100, no_location=True, sort_output=True)
    missing = untranslated(danish)
    for msgid in missing:
        print(f"missing Danish for {msgid!r}", file=sys.stderr)
    runpy.run_path(str(HERE / "compile_catalogues.py"))["compile_catalogues"]()
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
