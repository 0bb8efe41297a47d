"""The Overblik page on a scale database: how long the window is held for first show and refresh.

Run: `.venv/bin/python bench/overview_page.py --db /tmp/j_s1000.sqlite` (offscreen; use a copy
of a scale database, the main window opens it). Opens the main window as
`bench/scale_report.py`'s page child does, chooses the overview page and prints the seconds the
GUI thread is held for its first show and for a refresh, then the service call alone.
`--profile N` prints the N heaviest functions (cProfile, cumulative) of first show + refresh.
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import sys
import time
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    """Measure and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--profile", type=int, default=0, metavar="N")
    args = parser.parse_args(argv)
    if not args.db.is_file():
        print(f"no database at {args.db}", file=sys.stderr)
        return 2
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from taskforce_app.bootstrap import open_context
    from taskforce_app.ui import fonts
    from taskforce_app.ui.main_window import MainWindow, Page
    from taskforce_app.ui.overview.overview_page import OverviewPage

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    fonts.apply_app_font(app)
    context = open_context(args.db, lock=True, defer_checks=True)
    profiler = cProfile.Profile() if args.profile else None
    try:
        window = MainWindow(context)
        window.resize(1280, 800)
        if profiler is not None:
            profiler.enable()
        began = time.perf_counter()
        window.show()
        app.processEvents()
        window.grab()
        shown_at = time.perf_counter() - began
        began = time.perf_counter()
        window.show_page(Page.OVERVIEW)
        app.processEvents()
        window.grab()
        first = time.perf_counter() - began
        page = window.page_widget(Page.OVERVIEW)
        assert isinstance(page, OverviewPage)
        began = time.perf_counter()
        page.refresh()
        app.processEvents()
        window.grab()
        refresh = time.perf_counter() - began
        if profiler is not None:
            profiler.disable()
        shown = page.model.rowCount()
        began = time.perf_counter()
        context.overview.rows()
        service = time.perf_counter() - began
        print(f"{shown} forløb in the overview")
        print(f"  {'main window shown (held)':<40} {shown_at:7.3f} s")
        print(f"  {'page first shown (window held)':<40} {first:7.3f} s")
        print(f"  {'page refresh (window held)':<40} {refresh:7.3f} s")
        print(f"  {'service overview.rows()':<40} {service:7.3f} s")
        if profiler is not None:
            pstats.Stats(profiler).sort_stats("cumulative").print_stats(args.profile)
        window.hide()
    finally:
        context.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
