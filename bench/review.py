"""Review speed: switching cases in the review screen, drawing a sample, importing a case list.

Run: `.venv/bin/python bench/review.py [--import-rows 50000] [--import-runs 3]`. Prints
(a) the median time to switch between the 20 cases of a demo round in the review screen
(offscreen; goal < 50 ms), (b) the median time to draw a stratified sample of 20 from 50,000
cases (goal < 100 ms), (c) reading a 50,000-row xlsx case list against a bare openpyxl
read-only pass (goal: within 2×). The exit code is 1 when a goal is missed.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path
from types import ModuleType

from taskforce_app.domain.enums import RoundStatus, SamplingMethod
from taskforce_app.domain.sampling import draw_sample

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _sibling(name: str) -> ModuleType:
    """Another script of bench/ (they are scripts, not a package)."""
    spec = importlib.util.spec_from_file_location(name, Path(__file__).with_name(f"{name}.py"))
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


case_import = _sibling("case_import")
bench_sampling = _sibling("sampling")

SWITCH_GOAL_MS = 50.0
SAMPLE_GOAL_MS = 100.0
IMPORT_GOAL_RATIO = 2.0


def switching(folder: Path, passes: int) -> tuple[float, float, int]:
    """Median and max ms to show each case of an open demo round; and the number of cases."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from taskforce_app.bootstrap import open_context
    from taskforce_app.demo import write_demo_database
    from taskforce_app.ui.kit.prompts import QtPrompts
    from taskforce_app.ui.kit.settings import UiSettings
    from taskforce_app.ui.kit.undo import UndoController
    from taskforce_app.ui.review.review_screen import CaseReviewWidget

    app = QApplication.instance() or QApplication([])
    database = folder / "demo.sqlite"
    write_demo_database(str(database), force=True)
    context = open_context(database)
    settings = UiSettings(QSettings(str(folder / "ui.ini"), QSettings.Format.IniFormat))
    widget = CaseReviewWidget(context, QtPrompts(), UndoController(), settings=settings)
    widget.resize(1280, 800)
    widget.show()
    round_view = next(
        item
        for engagement in context.engagements.summaries()
        for item in context.review.rounds(engagement.id)
        if item.status is RoundStatus.OPEN
    )
    widget.set_round(round_view.id)
    app.processEvents()
    count = widget.sample_model.rowCount()
    timings: list[float] = []
    for _ in range(passes):
        for row in range(count):
            start = time.perf_counter()
            widget.select_case(row)
            widget.criteria_table.viewport().repaint()
            timings.append((time.perf_counter() - start) * 1000)
    widget.close()
    context.close()
    return statistics.median(timings), max(timings), count


def sampling(runs: int) -> float:
    """Median ms to draw a stratified sample of 20 from 50,000 cases."""
    population = bench_sampling.skewed_population()
    timings: list[float] = []
    for run in range(runs):
        start = time.perf_counter()
        draw_sample(
            population,
            seed=f"bench{run}",
            method=SamplingMethod.STRATIFIED,
            size=bench_sampling.SIZE,
        )
        timings.append((time.perf_counter() - start) * 1000)
    return statistics.median(timings)


def importing(folder: Path, rows: int, runs: int) -> tuple[float, float]:
    """Median seconds of our case-list read and of a bare openpyxl pass over the same file."""
    path = folder / "sagsudtraek.xlsx"
    case_import.write_case_list(path, rows)
    ours: list[float] = []
    bare: list[float] = []
    for _ in range(runs):
        start = time.perf_counter()
        case_import.bare_pass(path)
        bare.append(time.perf_counter() - start)
        start = time.perf_counter()
        case_import.our_pass(path)
        ours.append(time.perf_counter() - start)
    return statistics.median(ours), statistics.median(bare)


def main(argv: list[str] | None = None) -> int:
    """Print the three figures; 1 when a goal is missed."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--passes", type=int, default=3, help="passes over the 20 cases")
    parser.add_argument("--sample-runs", type=int, default=20)
    parser.add_argument("--import-rows", type=int, default=50_000)
    parser.add_argument("--import-runs", type=int, default=3)
    args = parser.parse_args(argv)
    ok = True
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        median, worst, count = switching(folder, args.passes)
        ok &= median < SWITCH_GOAL_MS
        print(
            f"(a) switching cases in the review screen: median {median:.1f} ms "
            f"(max {worst:.1f} ms) over {count} cases × {args.passes} passes; "
            f"goal < {SWITCH_GOAL_MS:.0f} ms"
        )
        sample_ms = sampling(args.sample_runs)
        ok &= sample_ms < SAMPLE_GOAL_MS
        print(
            f"(b) stratified sample of {bench_sampling.SIZE} from "
            f"{bench_sampling.POPULATION:,}: median {sample_ms:.1f} ms over "
            f"{args.sample_runs} runs; goal < {SAMPLE_GOAL_MS:.0f} ms"
        )
        ours, bare = importing(folder, args.import_rows, args.import_runs)
        ratio = ours / bare
        ok &= ratio <= IMPORT_GOAL_RATIO
        print(
            f"(c) case-list import of {args.import_rows:,} rows (xlsx): ours {ours:.2f} s, "
            f"bare openpyxl read-only {bare:.2f} s, ratio {ratio:.2f}; "
            f"goal <= {IMPORT_GOAL_RATIO:.2f}"
        )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
