"""PDF statusrapport of a large forløb: 60 sampled cases in each of two rounds, 40 findings.

Run: `.venv/bin/python bench/exports_pdf.py [--runs 3]`. The data is built through the services
on a generated database (case list import, two rounds, a drawn sample of 60, every answer, 40
findings with a recommendation each). Prints the median time of `ReportService.export_pdf`
(reading the read model and drawing every page; goal < 2 s) and the page count.
"""

from __future__ import annotations

import argparse
import csv
import random
import statistics
import tempfile
import time
import uuid
from datetime import date
from pathlib import Path

from pypdf import PdfReader

from taskforce_app.bootstrap import AppContext, open_context
from taskforce_app.domain.applications import ApplicationDraft, Decision, RoundDraft
from taskforce_app.domain.enums import (
    Answer,
    ApplicationDecision,
    RoundKind,
    SamplingMethod,
    Severity,
    Track,
)
from taskforce_app.domain.findings import FindingDraft, RecommendationDraft
from taskforce_app.domain.review import AnswerDraft
from taskforce_app.domain.sampling import SampleRequest
from taskforce_app.persistence.database import open_database
from taskforce_app.services.reports import ReportService

SAMPLE = 60
FINDINGS = 40
CASES = 400
START = date(2024, 3, 4)
TODAY = date(2026, 1, 15)
GOAL_S = 2.0


def _case_list(path: Path) -> Path:
    with path.open("w", encoding="cp1252", newline="") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(["Sagsnr.", "Fødselsår", "Sagstype", "Foranstaltning", "Afgørelsesdato"])
        kinds = ("Underretning", "Forebyggende", "Anbringelse")
        for number in range(1, CASES + 1):
            writer.writerow(
                [
                    f"SAG-2024-{number:04d}",
                    2008 + number % 10,
                    kinds[number % 3],
                    "Familiebehandling § 32",
                    f"{1 + number % 28}-{1 + number % 12}-2024",
                ]
            )
    return path


def build(ctx: AppContext, folder: Path) -> uuid.UUID:
    """A forløb in Aabenraa with two reviewed rounds of 60 cases and 40 findings."""
    rng = random.Random(20261124)
    round_, _ = ctx.applications.create_round(RoundDraft("Bench-runde"))
    municipality = ctx.reference.find_municipality("Aabenraa")
    application, _ = ctx.applications.create(
        ApplicationDraft(
            round_id=round_.id, municipality_id=municipality.id, themes=("tidsfrister",)
        )
    )
    decided, _ = ctx.applications.decide(
        application.id, Decision(ApplicationDecision.GRANTED, START), start_date=START
    )
    engagement_id = decided.engagement_id
    assert engagement_id is not None
    ctx.case_lists.import_file(engagement_id, _case_list(folder / "sager.csv"))
    rounds = []
    for kind, seed in (
        (RoundKind.ANALYSE, "bench-analyse"),
        (RoundKind.STATUSMAALING, "bench-status"),
    ):
        view, _ = ctx.review.create_round(engagement_id, kind)
        ctx.sampling.draw(view.id, SampleRequest(SamplingMethod.RANDOM, SAMPLE, seed))
        criteria = ctx.review.criteria(view.id)
        for case in ctx.review.sampled_cases(view.id):
            for criterion in criteria:
                if criterion.track is Track.JURIDISK:
                    answer = rng.choice(
                        (Answer.MET, Answer.MET, Answer.NOT_MET, Answer.NOT_RELEVANT)
                    )
                else:
                    answer = rng.choice((Answer.QUALITY_2, Answer.QUALITY_3, Answer.QUALITY_4))
                reason = "Ikke aktuelt i sagen" if answer is Answer.NOT_RELEVANT else ""
                ctx.review.set_answer(case.id, criterion.id, AnswerDraft(answer, reason))
        rounds.append((view.id, criteria))
    for number in range(FINDINGS):
        round_id, criteria = rounds[number % 2]
        criterion = criteria[number % len(criteria)]
        finding, _ = ctx.findings.create(
            engagement_id,
            FindingDraft(
                track=criterion.track,
                title=f"Fund {number + 1}: {criterion.question[:80]}",
                severity=(Severity.CRITICAL, Severity.SIGNIFICANT, Severity.MINOR)[number % 3],
                theme="Faglig udredning",
                description="Kravet er ikke opfyldt i en række af de gennemgåede sager. " * 3,
                round_id=round_id,
                criterion_ids=(criterion.id,),
            ),
        )
        ctx.recommendations.create(
            engagement_id,
            RecommendationDraft(
                text=f"Indfør en fast procedure for krav {criterion.code}, og følg op månedligt.",
                owner="Afdelingsleder",
                due_on=date(2025, 6, 1),
                finding_id=finding.id,
            ),
        )
    return engagement_id


def main() -> None:
    """Build the forløb, export its report `--runs` times, print the median."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-pdf-") as name:
        folder = Path(name)
        database = folder / "bench.sqlite"
        ctx = open_context(database, actor="bench")
        try:
            engagement_id = build(ctx, folder)
        finally:
            ctx.close()
        db = open_database(database)
        try:
            service = ReportService(db)
            times = []
            for run in range(args.runs):
                target = folder / f"rapport-{run}.pdf"
                start = time.perf_counter()
                service.export_pdf(engagement_id, target, today=TODAY)
                times.append(time.perf_counter() - start)
            pages = len(PdfReader(folder / "rapport-0.pdf").pages)
        finally:
            db.close()
    median = statistics.median(times)
    print(
        f"PDF statusrapport: 2 rounds × {SAMPLE} sampled cases, {FINDINGS} findings, {pages} pages"
    )
    print(f"  export_pdf (median of {args.runs}): {median:.2f} s (goal < {GOAL_S:.0f} s)")


if __name__ == "__main__":
    main()
