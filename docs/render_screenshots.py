"""Render the documentation screenshots offscreen: `.venv/bin/python docs/render_screenshots.py`.

Writes a demo database to a temporary folder, opens the main window at 1280×800 in Danish and
saves docs/main-window.png (the Forløb page, one forløb selected).
"""

from __future__ import annotations

import importlib
import os
import sys
import tempfile
from datetime import date
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"

from PySide6.QtCore import QSettings, QSize
from PySide6.QtWidgets import QApplication

from taskforce_app.bootstrap import AppContext, open_context
from taskforce_app.domain.engagements import EngagementDraft
from taskforce_app.domain.enums import Phase
from taskforce_app.ui import fonts, translations
from taskforce_app.ui.kit.settings import UiSettings
from taskforce_app.ui.main_window import MainWindow, Page

DOCS = Path(__file__).resolve().parent
SIZE = QSize(1280, 800)

_FALLBACK = (
    ("Aabenraa", "Forløb om sagsbehandling på børneområdet", Phase.ANALYSE, date(2025, 9, 1)),
    ("Ærø", "Styrket opfølgning på anbragte børn", Phase.UDVIKLING, date(2024, 11, 4)),
    ("Høje-Taastrup", "Faglig udredning og inddragelse", Phase.OPSTART, date(2026, 8, 17)),
    ("Frederiksberg", "Tidlig indsats og valg af indsats", Phase.AFRAPPORTERING, date(2025, 3, 3)),
    ("Lolland", "Kvalitet i børnefaglige undersøgelser", Phase.STATUSMAALING, date(2024, 4, 8)),
    ("Skive", "Opfølgning på handleplaner", Phase.STATUSRAPPORT, date(2024, 1, 15)),
    ("Bornholm", "Samarbejde mellem jura og socialfaglighed", Phase.AFSLUTTET, date(2023, 2, 6)),
    ("Vesthimmerlands", "Børnesamtaler og inddragelse", Phase.UDVIKLING, date(2025, 1, 13)),
)


def write_database(folder: Path) -> Path:
    """The demo database if the demo service exists, else a few forløb made through services."""
    target = folder / "demo.sqlite"
    try:
        demo = importlib.import_module("taskforce_app.demo")
    except ImportError:
        context = open_context(target)
        try:
            _add_fallback_engagements(context)
        finally:
            context.close()
    else:
        demo.write_demo_database(str(target), force=True)
    return target


def _add_fallback_engagements(context: AppContext) -> None:
    for name, title, phase, start in _FALLBACK:
        municipality = context.reference.find_municipality(name)
        context.engagements.create(
            EngagementDraft(
                title=title,
                municipality_id=municipality.id,
                phase=phase,
                start_date=start,
                description=f"{title}. Aftalt med {municipality.name} Kommunes ledelse.",
            )
        )


def render(database: Path, settings_folder: Path) -> Path:
    """Open the main window on `database` and save the Forløb page as PNG."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    fonts.apply_app_font(app)
    installed = translations.install_translators("da")
    settings = UiSettings(QSettings(str(settings_folder / "ui.ini"), QSettings.Format.IniFormat))
    context = open_context(database)
    window = MainWindow(context, settings=settings, language="da")
    try:
        window.resize(SIZE)
        window.show()
        window.show_page(Page.ENGAGEMENTS)
        page = window.engagements_page
        page.table.selectRow(min(1, page.proxy.rowCount() - 1))
        app.processEvents()
        target = DOCS / "main-window.png"
        if not window.grab().save(str(target)):
            raise SystemExit(f"could not write {target}")
        return target
    finally:
        window.hide()
        window.context.close()
        window.deleteLater()
        installed.remove()


def main() -> int:
    """Write the database, render, report."""
    with tempfile.TemporaryDirectory(prefix="taskforce-screens-") as tmp:
        folder = Path(tmp)
        written = render(write_database(folder), folder)
    print(f"wrote {written}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
