"""Render the PDF statusrapport's pages: `.venv/bin/python docs/render_report.py [--keep DIR]`.

Writes a demo database to a temporary folder, exports the report of the demo forløb in
Haderslev (both case reviews done), renders every page with `pdftoppm -r 60` and saves the cover
as docs/report-page-1.png and the first results page as docs/report-results.png. With --keep,
all pages are also copied to DIR for looking at them.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import tempfile
from datetime import date
from pathlib import Path

from pypdf import PdfReader

from taskforce_app.demo import write_demo_database
from taskforce_app.persistence.database import open_database
from taskforce_app.services.overview import OverviewService
from taskforce_app.services.reports import ReportService

DOCS = Path(__file__).resolve().parent
MUNICIPALITY = "Haderslev"
RESULTS_HEADING = "Resultater af sagsgennemgangen"


def main() -> None:
    """Export the demo report and save the documentation images."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--keep", type=Path, help="copy every page's PNG to this folder")
    args = parser.parse_args()
    if shutil.which("pdftoppm") is None:
        raise SystemExit("pdftoppm is missing: apt-get install -y poppler-utils")
    today = date.today()
    with tempfile.TemporaryDirectory(prefix="taskforce-report-") as folder:
        work = Path(folder)
        database = work / "demo.sqlite"
        write_demo_database(str(database), force=False, today=today)
        db = open_database(database)
        try:
            engagement = next(
                row.id
                for row in OverviewService(db).rows(today)
                if row.municipality_name == MUNICIPALITY
            )
            pdf = ReportService(db).export_pdf(engagement, work / "statusrapport.pdf", today=today)
        finally:
            db.close()
        subprocess.run(["pdftoppm", "-r", "60", "-png", str(pdf), str(work / "page")], check=True)
        pages = sorted(work.glob("page-*.png"))
        texts = [page.extract_text() for page in PdfReader(pdf).pages]
        results = next(i for i, text in enumerate(texts) if RESULTS_HEADING in text)
        shutil.copyfile(pages[0], DOCS / "report-page-1.png")
        shutil.copyfile(pages[results], DOCS / "report-results.png")
        if args.keep is not None:
            args.keep.mkdir(parents=True, exist_ok=True)
            for page in pages:
                shutil.copyfile(page, args.keep / page.name)
        print(f"{len(pages)} pages; saved report-page-1.png and report-results.png in {DOCS}")


if __name__ == "__main__":
    main()
