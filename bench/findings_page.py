"""The Fund og anbefalinger page on a scale database: how long the window is held, and the rest.

Run: `.venv/bin/python bench/findings_page.py --db /tmp/h_scale40.sqlite` (offscreen). Prints
the seconds the GUI thread is busy for the page's first show and for a refresh (the window is
blocked that long), then how long the development column takes in the background until it is
filled in, and the service calls behind it one by one. The database is opened read-only in
spirit: nothing is written.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    """Measure and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--db", type=Path, required=True)
    args = parser.parse_args(argv)
    if not args.db.is_file():
        print(f"no database at {args.db}", file=sys.stderr)
        return 2
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from taskforce_app.bootstrap import open_context
    from taskforce_app.domain.findings import FindingView
    from taskforce_app.ui.findings.finding_models import ImprovementState
    from taskforce_app.ui.findings.findings_page import FindingsPage
    from taskforce_app.ui.kit.prompts import QtPrompts
    from taskforce_app.ui.kit.undo import UndoController

    app = QApplication.instance() or QApplication(sys.argv[:1])
    context = open_context(args.db, defer_checks=True)
    try:
        page = FindingsPage(context, QtPrompts(None), UndoController(language="da"))
        page.resize(1280, 800)

        def loaded() -> float:
            began = time.perf_counter()
            while page.model.improvement_state is ImprovementState.PENDING:
                page.improvements.wait(50)
                app.processEvents()
            return time.perf_counter() - began

        began = time.perf_counter()
        page.show()
        app.processEvents()
        page.grab()
        first = time.perf_counter() - began
        first_background = loaded()
        began = time.perf_counter()
        page.refresh()
        app.processEvents()
        page.grab()
        refresh = time.perf_counter() - began
        refresh_background = loaded()
        rows = page.model.rowCount()

        def timed(label: str, call: object) -> list[FindingView]:
            began = time.perf_counter()
            result = call() if callable(call) else []
            print(f"  {label:<44} {time.perf_counter() - began:7.3f} s")
            return list(result) if isinstance(result, list) else []

        print(f"{rows} findings, development {page.model.improvement_state.value}")
        print(f"  {'page first shown (window held)':<44} {first:7.3f} s")
        print(f"  {'  then development in the background':<44} {first_background:7.3f} s")
        print(f"  {'page refresh (window held)':<44} {refresh:7.3f} s")
        print(f"  {'  then development in the background':<44} {refresh_background:7.3f} s")
        listed = timed("service list_findings()", lambda: context.findings.list_findings(None))
        timed("service recommendations.follow_up()", lambda: context.recommendations.follow_up())
        timed(
            "service improvements(all)", lambda: context.findings.improvements(f.id for f in listed)
        )
        timed("service findings() (whole, as before)", lambda: context.findings.findings(None))
        timed("service recommendations.all() (as before)", context.recommendations.all)
        page.hide()
    finally:
        context.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
