"""paths.py is the one place that knows where db/ and resources/ are: no other module of the
app or its migrations finds files relative to its own location."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LOCATING = re.compile(r"__file__|_MEIPASS|importlib\.resources|from importlib import resources")


def test_only_paths_locates_the_data_folders() -> None:
    sources = [*(ROOT / "taskforce_app").rglob("*.py"), *(ROOT / "db").rglob("*.py")]
    offenders = [
        f"{path.relative_to(ROOT)}:{number}"
        for path in sources
        if path != ROOT / "taskforce_app" / "paths.py"
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if LOCATING.search(line)
    ]
    assert len(sources) > 50
    assert offenders == []


def test_the_app_never_compiles_translations() -> None:
    """The .qm is built with the package (setup.py, build.spec), not at start-up."""
    sources = (ROOT / "taskforce_app").rglob("*.py")
    assert [str(p) for p in sources if "lrelease" in p.read_text(encoding="utf-8")] == []
