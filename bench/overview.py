"""Overblik performance: 300 forløb and 10,000 milestones.

Run: `.venv/bin/python bench/overview.py [--runs 7]`. Builds the database with Core inserts in a
temporary folder, then prints medians of: `context.overview.rows()`, populating the Overblik page
(model reset, proxy sort, view shown and painted, offscreen), and applying filters.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication
from sqlalchemy import insert, select

from taskforce_app.bootstrap import open_context
from taskforce_app.domain.enums import (
    ConsultantRole,
    MilestoneStatus,
    Organisation,
    Phase,
)
from taskforce_app.persistence.database import open_database
from taskforce_app.persistence.models import (
    Consultant,
    Engagement,
    Milestone,
    Municipality,
    TeamMember,
)
from taskforce_app.persistence.types import utc_now
from taskforce_app.ui import fonts
from taskforce_app.ui.kit.prompts import QtPrompts
from taskforce_app.ui.overview.overview_page import OverviewPage

ENGAGEMENTS = 300
MILESTONES = 10_000
CONSULTANTS = 30
POPULATE_GOAL_MS = 300.0
FILTER_GOAL_MS = 100.0


def build_database(target: Path, seed: int = 7) -> None:
    """300 forløb over the real municipalities, 10,000 milestones, teams of 2–3."""
    rng = random.Random(seed)
    database = open_database(target)
    today = date.today()
    now = utc_now()
    stamp = {"created_at": now, "updated_at": now}
    try:
        with database.write() as session:
            municipalities = list(session.scalars(select(Municipality.id)))
            consultants = [
                {
                    "id": uuid.uuid4(),
                    "name": f"Konsulent {n:02d}",
                    "initials": f"K{n:02d}",
                    "organisation": Organisation.ANKESTYRELSEN,
                    "role": ConsultantRole.JURIST,
                    **stamp,
                }
                for n in range(CONSULTANTS)
            ]
            session.execute(insert(Consultant), consultants)
            engagements: list[dict[str, object]] = []
            starts: list[date] = []
            team: list[dict[str, object]] = []
            milestones: list[dict[str, object]] = []
            phases = list(Phase)
            for n in range(ENGAGEMENTS):
                start = today - timedelta(days=rng.randint(-60, 760))
                engagement_id = uuid.uuid4()
                starts.append(start)
                engagements.append(
                    {
                        "id": engagement_id,
                        "municipality_id": municipalities[n % len(municipalities)],
                        "title": f"Task Force-forløb {n + 1}",
                        "phase": phases[min((today - start).days // 120, len(phases) - 1)]
                        if start <= today
                        else Phase.OPSTART,
                        "start_date": start,
                        "planned_end_date": start + timedelta(days=730),
                        "themes": [],
                        "description": "",
                        "notes": "",
                        **stamp,
                    }
                )
                for member in rng.sample(consultants, rng.randint(2, 3)):
                    team.append(
                        {
                            "id": uuid.uuid4(),
                            "engagement_id": engagement_id,
                            "consultant_id": member["id"],
                            "role": ConsultantRole.JURIST,
                            **stamp,
                        }
                    )
            for n in range(MILESTONES):
                engagement = engagements[n % ENGAGEMENTS]
                planned = starts[n % ENGAGEMENTS] + timedelta(days=rng.randint(0, 730))
                done = planned < today and rng.random() < 0.9
                milestones.append(
                    {
                        "id": uuid.uuid4(),
                        "engagement_id": engagement["id"],
                        "title": f"Milepæl {n}",
                        "phase": phases[min(n % 7, 6)],
                        "planned_on": planned,
                        "actual_on": planned if done else None,
                        "status": MilestoneStatus.DONE if done else MilestoneStatus.PLANNED,
                        "note": "",
                        "sort_order": n,
                        "extra": {},
                        "responsible_id": rng.choice(consultants)["id"],
                        **stamp,
                    }
                )
            session.execute(insert(Engagement), engagements)
            session.execute(insert(TeamMember), team)
            session.execute(insert(Milestone), milestones)
    finally:
        database.close()


def _median_ms(action: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def main(argv: list[str] | None = None) -> int:
    """Build, measure, print."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args(argv)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    fonts.apply_app_font(app)
    with tempfile.TemporaryDirectory(prefix="taskforce-bench-") as folder:
        target = Path(folder) / "bench.sqlite"
        started = time.perf_counter()
        build_database(target)
        print(
            f"database: {ENGAGEMENTS} forløb, {MILESTONES} milestones, built in "
            f"{time.perf_counter() - started:.1f} s"
        )
        context = open_context(target)
        try:
            rows_ms = _median_ms(context.overview.rows, args.runs)
            page = OverviewPage(context, QtPrompts())
            page.resize(1280, 800)
            page.show()
            app.processEvents()
            rows = context.overview.rows()

            def populate() -> None:
                page.model.set_overview(rows, context.overview.rule)
                page.table.resizeColumnsToContents()
                app.processEvents()
                page.table.viewport().grab()

            populate_ms = _median_ms(populate, args.runs)

            def refresh() -> None:
                page.refresh()
                app.processEvents()

            refresh_ms = _median_ms(refresh, args.runs)
            region_value = rows[0].region.value

            def region_filter() -> None:
                page.region_combo.setCurrentIndex(page.region_combo.findData(region_value))
                app.processEvents()
                page.region_combo.setCurrentIndex(0)
                app.processEvents()

            def search_filter() -> None:
                page.search_edit.setText("forløb 1")
                app.processEvents()
                page.search_edit.clear()
                app.processEvents()

            region_ms = _median_ms(region_filter, args.runs) / 2
            search_ms = _median_ms(search_filter, args.runs) / 2
            page.hide()
        finally:
            context.close()
    print(f"median of {args.runs} runs")
    print(f"  overview.rows()                       {rows_ms:7.1f} ms")
    verdict = "OK" if populate_ms < POPULATE_GOAL_MS else "MISSED"
    print(
        f"  populate Overblik (reset+sort+paint)  {populate_ms:7.1f} ms"
        f"   goal < {POPULATE_GOAL_MS:.0f} ms  {verdict}"
    )
    print(f"  page.refresh() (service + populate)   {refresh_ms:7.1f} ms")
    for name, value in (("region filter", region_ms), ("search filter", search_ms)):
        verdict = "OK" if value < FILTER_GOAL_MS else "MISSED"
        print(f"  {name:<37} {value:7.1f} ms   goal < {FILTER_GOAL_MS:.0f} ms  {verdict}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
