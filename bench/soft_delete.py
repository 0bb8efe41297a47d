"""What the soft-delete filter costs: the first screen's list and the heaviest reads, per call.

Run: `.venv/bin/python bench/soft_delete.py [--runs 20] [--db PATH]`. Without `--db` the demo
database is written to a temporary folder first. Prints the median seconds of the forløb list
(first call in the process, mappers configured on the way, then warm), the overview rows, the
findings across all forløb, and a count of every assessment with the filter and opted out.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import func, select

from taskforce_app.bootstrap import open_context
from taskforce_app.persistence.database import open_database
from taskforce_app.persistence.models import Assessment


def median_seconds(call: Callable[[], object], runs: int) -> float:
    """The median wall time of `runs` calls."""
    found = []
    for _ in range(runs):
        started = time.perf_counter()
        call()
        found.append(time.perf_counter() - started)
    return statistics.median(found)


def main() -> None:
    """Print the figures."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--db", type=Path)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = args.db
        if path is None:
            from taskforce_app.demo import write_demo_database

            path = Path(folder) / "demo.sqlite"
            write_demo_database(str(path), force=False)
        context = open_context(path)
        try:
            started = time.perf_counter()
            context.engagements.summaries()
            print(f"forløb list, first call:  {time.perf_counter() - started:.4f} s")
            figures: dict[str, Callable[[], object]] = {
                "forløb list, warm": context.engagements.summaries,
                "overview rows": context.overview.rows,
                "findings, all forløb": context.findings.findings,
            }
            for label, call in figures.items():
                print(f"{label + ':':25} {median_seconds(call, args.runs):.4f} s")
            db = open_database(path)

            def count(include_deleted: bool) -> int:
                with db.read() as session:
                    query = select(func.count(Assessment.id)).execution_options(
                        include_deleted=include_deleted
                    )
                    return int(session.execute(query).scalar_one())

            def filtered() -> int:
                return count(False)

            def opted_out() -> int:
                return count(True)

            for include_deleted, call in ((False, filtered), (True, opted_out)):
                seconds = median_seconds(call, args.runs)
                label = "opted out" if include_deleted else "filtered"
                rows = count(include_deleted)
                print(f"{'assessments, ' + label + ':':25} {seconds:.4f} s ({rows} rows)")
            db.close()
        finally:
            context.close()


if __name__ == "__main__":
    main()
