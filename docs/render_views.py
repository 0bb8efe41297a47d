"""Render the Overblik and Tidslinje pages offscreen: `.venv/bin/python docs/render_views.py`.

Writes a demo database to a temporary folder, shows each page alone in a 1280×800 window in
Danish, and saves docs/overview.png and docs/timeline.png (all forløb).
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication, QWidget

from taskforce_app.bootstrap import open_context
from taskforce_app.demo import write_demo_database
from taskforce_app.ui import fonts, translations
from taskforce_app.ui.kit.prompts import QtPrompts
from taskforce_app.ui.overview.overview_page import OverviewPage
from taskforce_app.ui.timeline.timeline_page import TimelinePage

DOCS = Path(__file__).resolve().parent
SIZE = QSize(1280, 800)


def _save(app: QApplication, page: QWidget, name: str) -> Path:
    page.resize(SIZE)
    page.show()
    app.processEvents()
    target = DOCS / name
    if not page.grab().save(str(target)):
        raise SystemExit(f"could not write {target}")
    page.hide()
    return target


def render(database: Path) -> list[Path]:
    """Open the demo database and save both pages as PNG."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    fonts.apply_app_font(app)
    installed = translations.install_translators("da")
    context = open_context(database)
    try:
        prompts = QtPrompts()
        overview = OverviewPage(context, prompts)
        timeline = TimelinePage(context, prompts, language="da")
        written = [_save(app, overview, "overview.png"), _save(app, timeline, "timeline.png")]
        overview.deleteLater()
        timeline.deleteLater()
        app.processEvents()
        return written
    finally:
        context.close()
        installed.remove()


def main() -> int:
    """Write the database, render, report."""
    with tempfile.TemporaryDirectory(prefix="taskforce-views-") as tmp:
        database = Path(tmp) / "demo.sqlite"
        write_demo_database(str(database), force=True)
        for path in render(database):
            print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
