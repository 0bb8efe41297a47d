"""Render the review screen offscreen: `.venv/bin/python docs/render_review_screen.py`.

Writes a demo database to a temporary folder, opens the main window at 1280×800 in Danish on
Sagsgennemgang › Gennemgang with the first case chosen, and saves
docs/screenshots/review-1280x800.png and, in a dark palette, review-1280x800-dark.png.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"

from PySide6.QtCore import QSettings, QSize
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from taskforce_app.bootstrap import open_context
from taskforce_app.demo import write_demo_database
from taskforce_app.ui import fonts, translations
from taskforce_app.ui.kit.settings import UiSettings
from taskforce_app.ui.main_window import MainWindow, Page

SCREENSHOTS = Path(__file__).resolve().parent / "screenshots"
SIZE = QSize(1280, 800)


def dark_palette() -> QPalette:
    """A dark palette of the usual kind (grey window, darker fields, light text)."""
    palette = QPalette()
    colours = {
        QPalette.ColorRole.Window: "#353535",
        QPalette.ColorRole.Button: "#353535",
        QPalette.ColorRole.Base: "#232323",
        QPalette.ColorRole.AlternateBase: "#2c2c2c",
        QPalette.ColorRole.WindowText: "#f0f0f0",
        QPalette.ColorRole.Text: "#f0f0f0",
        QPalette.ColorRole.ButtonText: "#f0f0f0",
        QPalette.ColorRole.PlaceholderText: "#9a9a9a",
        QPalette.ColorRole.Highlight: "#2a82da",
        QPalette.ColorRole.HighlightedText: "#ffffff",
    }
    for role, value in colours.items():
        palette.setColor(role, QColor(value))
    return palette


def render(database: Path, settings_folder: Path, target: Path, palette: QPalette) -> None:
    """Open the main window on `database` in `palette` and save the review screen to `target`."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    QApplication.setPalette(palette)
    settings = UiSettings(QSettings(str(settings_folder / "ui.ini"), QSettings.Format.IniFormat))
    context = open_context(database)
    window = MainWindow(context, settings=settings, language="da")
    try:
        window.resize(SIZE)
        window.show()
        window.show_page(Page.CASE_REVIEW)
        page = window.case_review_page
        page.tabs.setCurrentWidget(page.review_widget)
        app.processEvents()
        select_case = getattr(page.review_widget, "select_case", None)
        if select_case is not None:
            select_case(0)
        app.processEvents()
        if not window.grab().save(str(target)):
            raise SystemExit(f"could not write {target}")
    finally:
        window.hide()
        window.context.close()
        window.deleteLater()


def main() -> int:
    """Write the database, render in a light and a dark palette, report."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    fonts.apply_app_font(app)
    installed = translations.install_translators("da")
    SCREENSHOTS.mkdir(exist_ok=True)
    light = QGuiApplication.palette()
    shots = [
        (SCREENSHOTS / "review-1280x800.png", light),
        (SCREENSHOTS / "review-1280x800-dark.png", dark_palette()),
    ]
    try:
        with tempfile.TemporaryDirectory(prefix="taskforce-review-") as tmp:
            folder = Path(tmp)
            database = folder / "demo.sqlite"
            write_demo_database(str(database), force=True)
            for target, palette in shots:
                render(database, folder, target, palette)
                print(f"wrote {target}")
    finally:
        installed.remove()
    return 0


if __name__ == "__main__":
    sys.exit(main())
