"""How long `open_database` takes on the demo database, and on a database it creates.

Run: `.venv/bin/python bench/open_database.py [--runs 20] [--db PATH]`. Without `--db` the demo
database is written to a temporary folder first (as `taskforce-app demo` does). Each run opens
the database for writing (migration check, integrity check, reference-data check) and closes
it; the median and the fastest run are printed, then what the reference-data check alone costs
on that database (the part of an ordinary open that keeps reference data in step), then the time
to create a new database (which includes loading the reference data into it).
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from taskforce_app.persistence.database import open_database
from taskforce_app.persistence.reference_sync import ensure_reference_data


def time_opens(path: Path, runs: int) -> list[float]:
    """Seconds per open + close of the database at `path`, `runs` times."""
    found: list[float] = []
    for _ in range(runs):
        started = time.perf_counter()
        db = open_database(path)
        db.close()
        found.append(time.perf_counter() - started)
    return found


def time_reference_check(path: Path, runs: int) -> list[float]:
    """Seconds per reference-data check on the already open, already synced database."""
    db = open_database(path)
    found: list[float] = []
    try:
        for _ in range(runs):
            started = time.perf_counter()
            synced = ensure_reference_data(db.engine)
            found.append(time.perf_counter() - started)
            assert synced is None, "an ordinary open must not sync"
    finally:
        db.close()
    return found


def time_create(folder: Path, runs: int) -> list[float]:
    """Seconds to create (migrate and fill) a new database, `runs` times."""
    found: list[float] = []
    for number in range(runs):
        started = time.perf_counter()
        db = open_database(folder / f"new-{number}.sqlite")
        db.close()
        found.append(time.perf_counter() - started)
    return found


def main() -> None:
    """Print the figures."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--db", type=Path, default=None)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = args.db
        if path is None:
            from taskforce_app.demo import write_demo_database

            path = Path(folder) / "demo.sqlite"
            write_demo_database(str(path), force=False)
        time_opens(path, 1)  # warm-up: imports and the OS file cache
        opens = time_opens(path, args.runs)
        print(
            f"open_database on {path.name}: median {statistics.median(opens) * 1000:.1f} ms, "
            f"fastest {min(opens) * 1000:.1f} ms ({args.runs} runs)"
        )
        checks = time_reference_check(path, args.runs)
        print(
            f"  of which the reference-data check: median "
            f"{statistics.median(checks) * 1000:.2f} ms, fastest {min(checks) * 1000:.2f} ms"
        )
        creates = time_create(Path(folder), max(3, args.runs // 5))
        print(
            f"creating a new database: median {statistics.median(creates) * 1000:.1f} ms, "
            f"fastest {min(creates) * 1000:.1f} ms ({len(creates)} runs)"
        )


if __name__ == "__main__":
    main()
