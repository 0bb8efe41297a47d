"""Export time of the written reports (analyserapport, statusrapport) as Word and PDF, for the
demo forløb with the most findings.

Run: `.venv/bin/python bench/written_reports.py [--runs 3] [--db DEMO.sqlite]`. Without --db a
demo database is written to a temporary folder first (as `taskforce-app demo`). Every written
section gets a few paragraphs and a bullet list, and the forløb's findings are pulled into the
conclusions, so the text sections are not empty. Prints, per report type and format, the median
time of `ReportAuthoringService.export_docx` / `export_pdf` (building the document from the
database and writing every page), the file size and, for the PDF, the page count.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from collections import Counter
from pathlib import Path

from pypdf import PdfReader

from taskforce_app.demo import write_demo_database
from taskforce_app.domain.report_templates import ReportType
from taskforce_app.persistence.database import open_database
from taskforce_app.services.findings import FindingService
from taskforce_app.services.report_authoring import ReportAuthoringService

TEXT = (
    "# Overblik\n"
    + "Task Forcen har gennemgået sagerne og talt med ledere og rådgivere. " * 6
    + "\n\n- Tidsfrister overholdes oftere\n- Børnesamtaler dokumenteres\n"
    + "- Opfølgning planlægges\n\n"
    + "Kommunen har taget fat på anbefalingerne, og arbejdet fortsætter. " * 5
)


def main() -> None:
    """Export each report in both formats `--runs` times and print the median figures."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--db", type=Path, help="a demo database (default: write a new one)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = args.db or Path(folder) / "demo.sqlite"
        if args.db is None:
            started = time.perf_counter()
            write_demo_database(path, force=True)
            print(f"demo database written in {time.perf_counter() - started:.1f} s")
        database = open_database(path)
        try:
            findings = FindingService(database).findings()
            engagement, count = Counter(item.engagement_id for item in findings).most_common(1)[0]
            service = ReportAuthoringService(database)
            for report_type in ReportType:
                for section in service.template(report_type).text_sections:
                    service.save_text(engagement, report_type, section.id, TEXT)
                for finding in FindingService(database).findings(engagement):
                    service.pull_finding(engagement, report_type, finding.id)
            print(f"forløb {engagement} with {count} findings; {args.runs} runs each (median)")
            print(f"{'report':<8} {'format':<6} {'seconds':>8} {'KiB':>7} {'pages':>6}")
            for report_type in ReportType:
                for kind in ("docx", "pdf"):
                    target = Path(folder) / f"{report_type.value}.{kind}"
                    export = service.export_docx if kind == "docx" else service.export_pdf
                    times = []
                    for _ in range(args.runs):
                        started = time.perf_counter()
                        export(engagement, report_type, target)
                        times.append(time.perf_counter() - started)
                    pages = str(len(PdfReader(target).pages)) if kind == "pdf" else "–"
                    size = target.stat().st_size / 1024
                    print(
                        f"{report_type.value:<8} {kind:<6} {statistics.median(times):>8.2f} "
                        f"{size:>7.0f} {pages:>6}"
                    )
        finally:
            database.close()


if __name__ == "__main__":
    main()
