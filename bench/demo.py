"""How long `taskforce-app demo` takes: the demo built through the services, written to a file.

Run: `.venv/bin/python bench/demo.py [--runs 3]`. Each run writes the demo database to a fresh
temporary folder; the times and their median are printed. The goal is under 10 s.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from taskforce_app.demo import write_demo_database


def main() -> None:
    """Write the demo `--runs` times and print the seconds each took."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    seconds: list[float] = []
    for run in range(1, args.runs + 1):
        with tempfile.TemporaryDirectory(prefix="bench-demo-") as folder:
            started = time.perf_counter()
            summary = write_demo_database(Path(folder) / "demo.sqlite", force=False)
            seconds.append(time.perf_counter() - started)
        print(
            f"run {run}: {seconds[-1]:.2f} s ({summary.engagements} forløb, {summary.cases} "
            f"cases, {summary.assessments} answers, {summary.findings} findings)"
        )
    print(f"median: {statistics.median(seconds):.2f} s (goal: under 10 s)")


if __name__ == "__main__":
    main()
