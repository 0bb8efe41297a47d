"""Portfolio workbook with 100,000 assessment rows against a bare openpyxl write-only loop.

Run: `.venv/bin/python bench/exports_xlsx.py [--rows 100000] [--runs 3]`. The data is built in
memory (60 forløb, 18 requirements, `--rows` answers); both writers get the same list. Prints
the median times, their ratio (goal ≤ 1.5×) and the peak memory of each (tracemalloc, in a
separate run so tracing does not slow the timed ones; goal < 500 MB), plus the process's
maximum resident size.
"""

from __future__ import annotations

import argparse
import random
import resource
import statistics
import tempfile
import time
import tracemalloc
import uuid
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path

from openpyxl import Workbook

from taskforce_app.domain.enums import Answer, Health, Pejlemaerke, Phase, Track
from taskforce_app.domain.labels import ANSWER_LABELS
from taskforce_app.domain.workbook_models import (
    AssessmentLine,
    PortfolioRow,
    PortfolioWorkbook,
    RequirementAcross,
)
from taskforce_app.exporters.xlsx_portfolio import ASSESSMENT_HEADERS, write_portfolio_workbook

ENGAGEMENTS = 60
REQUIREMENTS = 18


def build(rows: int) -> tuple[PortfolioWorkbook, list[AssessmentLine]]:
    """A portfolio of `ENGAGEMENTS` forløb and `rows` assessment lines (seeded, repeatable)."""
    rng = random.Random(20261124)
    names = [f"Kommune {index:02d}" for index in range(ENGAGEMENTS)]
    portfolio_rows = tuple(
        PortfolioRow(
            engagement_id=uuid.uuid4(),
            municipality=name,
            region="Region Syddanmark",
            title=f"Task Force-forløb {name}",
            phase=rng.choice(list(Phase)),
            start_date=date(2025, 1 + index % 12, 1),
            planned_end_date=date(2027, 1 + index % 12, 1),
            month_of_plan=rng.randint(0, 24),
            health=rng.choice(list(Health)),
            overdue_milestones=rng.randint(0, 3),
            critical_findings=rng.randint(0, 3),
            significant_findings=rng.randint(0, 3),
            minor_findings=rng.randint(0, 3),
            open_recommendations=rng.randint(0, 6),
            recommendations=6,
            latest_round="Analyse",
            legal_share=rng.random(),
            quality_share=rng.random(),
        )
        for index, name in enumerate(names)
    )
    requirements = tuple(
        RequirementAcross(
            key=f"juridisk:topic_{index}",
            codes=f"BL-{index + 1:02d}",
            track=Track.JURIDISK,
            pejlemaerke=Pejlemaerke.FAGLIG_UDREDNING,
            question=f"Krav nummer {index + 1}?",
            shares=tuple(rng.random() for _ in names),
        )
        for index in range(REQUIREMENTS)
    )
    answers = [Answer.MET, Answer.NOT_MET, Answer.NOT_RELEVANT, Answer.CANNOT_ASSESS, None]
    lines = [
        AssessmentLine(
            names[index % ENGAGEMENTS],
            f"Task Force-forløb {names[index % ENGAGEMENTS]}",
            "Analyse",
            f"SAG-{index // REQUIREMENTS:06d}",
            f"BL-{index % REQUIREMENTS + 1:02d}",
            rng.choice(answers),
        )
        for index in range(rows)
    ]
    data = PortfolioWorkbook(
        rows=portfolio_rows,
        result_columns=tuple(names),
        requirements=requirements,
        exported_at=datetime.now(UTC),
        app_version="bench",
    )
    return data, lines


def ours(data: PortfolioWorkbook, lines: list[AssessmentLine], target: Path) -> None:
    """The app's exporter: three sheets, tables, formats, atomic write, cancellation checks."""
    write_portfolio_workbook(
        data, lines, target, assessment_count=len(lines), cancelled=lambda: False
    )


def bare(_data: PortfolioWorkbook, lines: list[AssessmentLine], target: Path) -> None:
    """The same assessment cells in the simplest write-only loop openpyxl allows."""
    labels: dict[Answer | None, str] = dict(ANSWER_LABELS.labels("da").items())
    labels[None] = ""
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Vurderinger")
    sheet.append(list(ASSESSMENT_HEADERS))
    for municipality, engagement, round_name, case_ref, code, answer in lines:
        sheet.append([municipality, engagement, round_name, case_ref, code, labels[answer]])
    workbook.save(target)


Writer = Callable[[PortfolioWorkbook, list[AssessmentLine], Path], None]


def timed(
    writers: list[Writer], data: PortfolioWorkbook, lines: list[AssessmentLine], runs: int
) -> list[float]:
    """The median wall time of each writer in seconds, runs interleaved so that load from other
    processes falls on both alike."""
    times: list[list[float]] = [[] for _ in writers]
    with tempfile.TemporaryDirectory(prefix="bench-xlsx-") as folder:
        for run in range(runs):
            for index, writer in enumerate(writers):
                target = Path(folder) / f"{writer.__name__}-{run}.xlsx"
                start = time.perf_counter()
                writer(data, lines, target)
                times[index].append(time.perf_counter() - start)
    return [statistics.median(own) for own in times]


def peak(writer: Writer, data: PortfolioWorkbook, lines: list[AssessmentLine]) -> float:
    """The peak memory allocated while writing (tracemalloc), in MB."""
    with tempfile.TemporaryDirectory(prefix="bench-xlsx-") as folder:
        tracemalloc.start()
        try:
            writer(data, lines, Path(folder) / "traced.xlsx")
            _current, top = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
    return top / 1_000_000


def main() -> None:
    """Build the data, time both writers, measure their memory, print the figures."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    data, lines = build(args.rows)
    print(f"portfolio workbook: {ENGAGEMENTS} forløb, {args.rows:,} assessment rows × 6 cells")
    ours_s, bare_s = timed([ours, bare], data, lines, args.runs)
    print(f"  app exporter (median of {args.runs}):     {ours_s:6.2f} s")
    print(f"  bare write-only loop (median of {args.runs}): {bare_s:6.2f} s")
    print(f"  ratio: {ours_s / bare_s:.2f}× (goal ≤ 1.5×)")
    ours_mb = peak(ours, data, lines)
    bare_mb = peak(bare, data, lines)
    print(f"  peak traced memory while writing: app {ours_mb:.1f} MB, bare {bare_mb:.1f} MB")
    print("  (goal < 500 MB; the input list itself is held by both and not counted)")
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"  process peak resident size (input list included): {rss_mb:.0f} MB")


if __name__ == "__main__":
    main()
