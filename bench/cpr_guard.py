"""Print what the CPR guard costs: matcher throughput on typical texts, and the overhead of the
engine-level guard on a 50,000-row Core bulk insert of case records (guard on vs off, same rows,
alternating runs so machine load hits both alike).

Run: .venv/bin/python bench/cpr_guard.py [rows]
"""

from __future__ import annotations

import shutil
import statistics
import sys
import tempfile
import time
import uuid
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import event, insert, select

from taskforce_app.domain.cpr import contains_cpr_number
from taskforce_app.persistence import cpr_guard
from taskforce_app.persistence.database import Database, open_database
from taskforce_app.persistence.models import Case, Engagement
from taskforce_app.persistence.types import utc_now

TYPICAL = [
    "Task Force-forløb Faaborg-Midtfyn",
    "Børne- og familiechef Anne Pedersen, tlf. +45 3415 6919",
    "S-2024-000123",
    "Anbragt uden for hjemmet, § 52, stk. 3, nr. 7",
    "Kommunen har ikke truffet afgørelse inden for fristen på 4 måneder (27.24.00-P00-1-24).",
    "Møde 01-02-2024 kl. 10:00; opfølgning 2024-03-15T09:30:00",
    "3fa85f64-5717-4562-b3fc-2c963f66afa6",
    "Forebyggende foranstaltning efter Barnets Lov § 32, stk. 1, nr. 3",
    "sagsbehandler MHJ",
    "",
]
BATCH = 2_000


def matcher_throughput(seconds: float = 1.0) -> tuple[float, float]:
    """Calls per second and MB per second of `contains_cpr_number` over `TYPICAL`."""
    size = sum(len(text.encode("utf-8")) for text in TYPICAL)
    calls = 0
    start = time.perf_counter()
    while time.perf_counter() - start < seconds:
        for text in TYPICAL:
            contains_cpr_number(text)
        calls += len(TYPICAL)
    elapsed = time.perf_counter() - start
    return calls / elapsed, calls / len(TYPICAL) * size / elapsed / 1e6


def case_rows(count: int, engagement_id: uuid.UUID) -> list[dict[str, Any]]:
    """Rows shaped like a case-list import's, with realistic texts and extra columns."""
    now = utc_now()
    return [
        {
            "id": uuid.uuid4(),
            "created_at": now,
            "updated_at": now,
            "engagement_id": engagement_id,
            "import_id": None,
            "case_ref": f"S-2024-{index:06d}",
            "birth_year": 2010 + index % 12,
            "age": index % 18,
            "gender": "pige" if index % 2 else "dreng",
            "case_type": "Underretning",
            "measure": "Forebyggende foranstaltning § 32, stk. 1, nr. 3",
            "legal_basis": "Barnets Lov § 32",
            "caseworker": f"Sagsbehandler {index % 40:02d}",
            "opened_on": date(2024, 1 + index % 12, 1 + index % 28),
            "decided_on": None,
            "extra": {"Distrikt": f"Distrikt {index % 7}", "Bemærkning": "Følges op i kvartalet"},
        }
        for index in range(count)
    ]


def timed_insert(db: Database, rows: list[dict[str, Any]]) -> float:
    start = time.perf_counter()
    with db.write() as session:
        for first in range(0, len(rows), BATCH):
            session.execute(insert(Case), rows[first : first + BATCH])
    return time.perf_counter() - start


def bulk_overhead(count: int, template: Path, folder: Path) -> tuple[list[float], list[float]]:
    """Seconds of the bulk insert with the guard on and off, three alternating runs each."""
    on: list[float] = []
    off: list[float] = []
    for run in range(6):
        path = folder / f"run{run}.sqlite"
        shutil.copyfile(template, path)
        db = open_database(path)
        try:
            guarded = run % 2 == 0
            if not guarded:
                event.remove(db.engine, "before_cursor_execute", cpr_guard._guard_statement)
            with db.read() as session:
                engagement_id = session.execute(select(Engagement.id).limit(1)).scalar_one()
            rows = case_rows(count, engagement_id)
            (on if guarded else off).append(timed_insert(db, rows))
        finally:
            db.close()
    return on, off


def guard_only(count: int) -> float:
    """Seconds the guard's own check takes over `count` case rows (no database)."""
    rows = case_rows(count, uuid.uuid4())
    start = time.perf_counter()
    for first in range(0, len(rows), BATCH):
        contains_cpr_number(cpr_guard._texts_of_rows(rows[first : first + BATCH]))
    return time.perf_counter() - start


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 50_000
    calls, megabytes = matcher_throughput()
    print(f"matcher: {calls:,.0f} typical texts/s ({megabytes:.1f} MB/s)")
    print(f"guard check alone on {count:,} case rows: {guard_only(count):.3f} s")
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary)
        from taskforce_app.demo.writer import write_demo_database

        template = folder / "demo.sqlite"
        write_demo_database(str(template), force=False)
        on, off = bulk_overhead(count, template, folder)
    on_median, off_median = statistics.median(on), statistics.median(off)
    print(
        f"bulk insert of {count:,} case rows: guard on {on_median:.2f} s, off {off_median:.2f} s "
        f"(x{on_median / off_median:.2f}; runs on {[round(s, 2) for s in on]}, "
        f"off {[round(s, 2) for s in off]})"
    )


if __name__ == "__main__":
    main()
