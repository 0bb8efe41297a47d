"""docs/render_screens.py renders the first day's screens at 1280×800 (two pages here)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

SCRIPT = Path(__file__).resolve().parents[2] / "docs" / "render_screens.py"


def load_script() -> ModuleType:
    """The script as a module (docs/ is not a package; its dataclass needs it registered)."""
    spec = importlib.util.spec_from_file_location("render_screens", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = sys.modules.get(spec.name)
    if module is not None:
        return module
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
def test_two_pages_are_rendered_at_1280_by_800(qapp: QApplication, tmp_path: Path) -> None:
    script = load_script()
    shots = tmp_path / "shots"
    work = tmp_path / "work"
    work.mkdir()
    written = script.render(shots, ("overview", "consultants"), workdir=work)
    assert written == [shots / "overview.png", shots / "consultants.png"]
    for path in written:
        image = QImage(str(path))
        assert not image.isNull(), path
        assert (image.width(), image.height()) == (1280, 800)
    assert set(script.SCREENS) >= {
        "overview",
        "applications",
        "forloeb",
        "case-import",
        "review",
        "results",
        "findings",
        "reports",
        "consultants",
    }


def test_an_unknown_page_is_refused(tmp_path: Path) -> None:
    script = load_script()
    with pytest.raises(ValueError, match="unknown pages: nowhere"):
        script.render(tmp_path, ("nowhere",), workdir=tmp_path)
