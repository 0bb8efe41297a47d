"""Every page and job on a national-scale database: seconds and peak memory, one table.

Run: `.venv/bin/python bench/scale_report.py --db /tmp/scale100.sqlite [--only pages,jobs]
[--skip NAME[,NAME] [--skip-reason TEXT]]` after `bench/scale.py` built the file. `--skip` leaves
out every row whose name starts with one of the given prefixes (e.g. `"package import (all,package
import again"`); each is printed as a `not run: <reason>` row. The load average is printed at the
start and at the end. The database is copied to a temporary folder first, so
the measured file is never changed and every run starts from the same bytes.

Each row runs in its own process (offscreen); its peak memory is that process's `ru_maxrss`
read by `os.wait4`. Rows:

- `bare PySide6 window`: a QMainWindow shown and painted (the reference for start-up);
- `main window`: process start until the app's main window is shown and painted, opened as
  the GUI opens a database (writer lock; the integrity check and the automatic backup before
  the window in old versions, after it in the background since issue 17, measured then as
  its own row), with the ratio to the bare window;
- `page <name> first shown` / `refresh`: the main window is opened, then that page is chosen
  in the navigation and painted; then the page reloads from the database and is painted again;
- the CLI jobs as whole processes: `list --json`, `export portfolio`, `export pdf` and
  `export xlsx` of the forløb with the largest case list, `package export` of every forløb and
  of that one (unencrypted), `package import` of each into an empty database, the same import
  of every forløb again (nothing changes), and `backup`.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

PAGES = (
    "OVERVIEW",
    "DEADLINES",
    "APPLICATIONS",
    "ENGAGEMENTS",
    "TIMELINE",
    "CASE_REVIEW",
    "FINDINGS",
    "REPORTS",
)

BARE_WINDOW = """
import json, time
started = time.perf_counter()
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.resize(1280, 800)
window.show()
app.processEvents()
window.grab()
print("RESULT " + json.dumps({"shown": time.perf_counter() - started}), flush=True)
"""

PAGE_CHILD = """
import inspect, json, sys, time
started = time.perf_counter()
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
from taskforce_app.bootstrap import open_context
from taskforce_app.ui import fonts
from taskforce_app.ui.main_window import MainWindow, Page
fonts.apply_app_font(app)
db, page_name = sys.argv[1], sys.argv[2]
deferred = "defer_checks" in inspect.signature(open_context).parameters
if deferred:  # as ui/app.py opens: check and backup after the first paint
    context = open_context(db, lock=True, defer_checks=True)
else:  # before issue 17: the check and the backup before the window
    context = open_context(db, lock=True, backup_on_open=True)
window = MainWindow(context)
window.resize(1280, 800)
window.show()
app.processEvents()
window.grab()
result = {"shown": time.perf_counter() - started}
if deferred:
    from taskforce_app.ui.startup_checks import StartupChecks
    began = time.perf_counter()
    checks = StartupChecks(window, context, window.prompts, "da")
    checks.start()
    checks.wait()
    app.processEvents()
    result["checks"] = time.perf_counter() - began
if page_name:
    page = Page[page_name]
    began = time.perf_counter()
    window.show_page(page)
    app.processEvents()
    window.grab()
    result["first"] = time.perf_counter() - began
    widget = window.page_widget(page)
    reload = getattr(widget, "refresh", None) or getattr(widget, "reload", None) or window.reload
    began = time.perf_counter()
    reload()
    app.processEvents()
    window.grab()
    result["refresh"] = time.perf_counter() - began
print("RESULT " + json.dumps(result), flush=True)
window.hide()
context.close()
"""


@dataclass(frozen=True)
class Row:
    """One measured line of the table."""

    name: str
    seconds: float
    peak_mb: float
    note: str = ""


def _run(command: list[str], cwd: Path) -> tuple[float, float, dict[str, float], str]:
    """Run `command`; wall seconds, peak MB (its own ru_maxrss), its RESULT json, its stdout."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONUNBUFFERED": "1"}
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        started = time.perf_counter()
        process = subprocess.Popen(command, cwd=cwd, env=env, stdout=out, stderr=err, text=True)
        _, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - started
        process.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        output, errors = out.read(), err.read()
    if process.returncode != 0:
        shown = " ".join(command[:6])
        raise RuntimeError(f"{shown} … exited {process.returncode}: {errors.strip()[-400:]}")
    result: dict[str, float] = {}
    for line in output.splitlines():
        if line.startswith("RESULT "):
            result = json.loads(line[len("RESULT ") :])
    return seconds, usage.ru_maxrss / 1024, result, output


class Report:
    """Runs the rows against one copy of the database."""

    def __init__(
        self, source: Path, folder: Path, skip: tuple[str, ...] = (), skip_reason: str = ""
    ) -> None:
        self.folder = folder
        self.skip = skip
        self.skip_reason = skip_reason or "left out with --skip"
        self.db = folder / "scale.sqlite"
        shutil.copyfile(source, self.db)
        self.python = sys.executable
        self.rows: list[Row] = []
        with sqlite3.connect(self.db) as connection:
            self.engagements = [
                str(_uuid_text(value))
                for (value,) in connection.execute(
                    "SELECT id FROM engagement WHERE deleted_at IS NULL ORDER BY title"
                )
            ]
            (largest,) = connection.execute(
                "SELECT engagement_id FROM case_record GROUP BY engagement_id "
                "ORDER BY count(*) DESC LIMIT 1"
            ).fetchone()
            self.largest = _uuid_text(largest)

    def cli(self, name: str, *arguments: str, output: str = "") -> None:
        """One `python -m taskforce_app …` run as a row (`output`: the file whose size to note)."""
        if self.skipped(name):
            return
        command = [self.python, "-m", "taskforce_app", *arguments]
        try:
            seconds, peak, _, _ = _run(command, self.folder)
        except RuntimeError as error:
            self.add(Row(name, float("nan"), float("nan"), f"failed: {str(error)[-120:]}"))
            return
        written = self.folder / output if output else None
        note = f"{written.stat().st_size / 1e6:.1f} MB" if written and written.exists() else ""
        self.add(Row(name, seconds, peak, note))

    def skipped(self, *names: str) -> bool:
        """Whether every row in `names` is left out by `--skip`; if so they are added as not run."""
        if not names or not all(name.startswith(self.skip) for name in names):
            return False
        for name in names:
            self.add(Row(name, float("nan"), float("nan"), f"not run: {self.skip_reason}"))
        return True

    def add(self, row: Row) -> None:
        """Keep and print `row` at once (a long report shows progress)."""
        self.rows.append(row)
        print(
            f"  {row.name:<40} {row.seconds:8.2f} s {row.peak_mb:8.0f} MB  {row.note}", flush=True
        )

    def pages(self) -> None:
        """The bare window, the main window and every page."""
        bare, bare_peak, bare_result, _ = _run([self.python, "-c", BARE_WINDOW], self.folder)
        self.add(Row("bare PySide6 window", bare, bare_peak))
        for page in ("", *PAGES):
            names = (
                (f"page {page.lower()} first shown", f"page {page.lower()} refresh")
                if page
                else ("main window shown",)
            )
            if self.skipped(*names):
                continue
            command = [self.python, "-c", PAGE_CHILD, str(self.db), page]
            try:
                _, peak, result, _ = _run(command, self.folder)
            except RuntimeError as error:
                failed = f"failed: {str(error).splitlines()[-1][-120:]}"
                self.add(Row(f"page {page.lower() or 'main window'}", float("nan"), 0.0, failed))
                continue
            if not page:
                ratio = result["shown"] / bare_result["shown"]
                self.add(Row("main window shown", result["shown"], peak, f"{ratio:.1f}x bare"))
                if "checks" in result:
                    self.add(Row("check + backup (after the window)", result["checks"], peak))
                continue
            self.add(Row(f"page {page.lower()} first shown", result["first"], peak))
            self.add(Row(f"page {page.lower()} refresh", result["refresh"], peak))

    def jobs(self) -> None:
        """The CLI jobs."""
        db, one = str(self.db), self.largest
        everyone = [
            part for engagement in self.engagements for part in ("--engagement", engagement)
        ]
        self.cli("list --json", "list", "--db", db, "--json")
        self.cli("export portfolio", "export", "portfolio", "--db", db, "-o", "portfolio.xlsx")
        self.cli(
            "export pdf (one forløb)",
            "export",
            "pdf",
            "--db",
            db,
            "--engagement",
            one,
            "-o",
            "one.pdf",
        )
        self.cli(
            "export xlsx (one forløb)",
            "export",
            "xlsx",
            "--db",
            db,
            "--engagement",
            one,
            "-o",
            "one.xlsx",
        )
        self.cli(
            "package export (all)",
            *("package", "export", "--db", db, *everyone, "-o", "all.tfpkg", "--unencrypted"),
            output="all.tfpkg",
        )
        self.cli(
            "package export (one forløb)",
            *(
                "package",
                "export",
                "--db",
                db,
                "--engagement",
                one,
                "-o",
                "one.tfpkg",
                "--unencrypted",
            ),
        )
        for name, package, target in (
            ("package import (all, empty db)", "all.tfpkg", "import_all.sqlite"),
            ("package import (one, empty db)", "one.tfpkg", "import_one.sqlite"),
            ("package import again (all, no-op)", "all.tfpkg", "import_all.sqlite"),
        ):
            self.cli(
                name,
                *("package", "import", "--db", str(self.folder / target), package),
                *("--accept-unencrypted", "--theirs"),
            )
        self.cli("backup", "backup", "--db", db, "-o", "backup.sqlite")

    def table(self, title: str) -> str:
        """The rows as a Markdown table."""
        lines = [f"| {title} | seconds | peak MB | note |", "|---|---:|---:|---|"]
        for row in self.rows:
            seconds = "–" if math.isnan(row.seconds) else f"{row.seconds:.2f}"
            peak = "–" if math.isnan(row.peak_mb) else f"{row.peak_mb:.0f}"
            lines.append(f"| {row.name} | {seconds} | {peak} | {row.note} |")
        return "\n".join(lines)


def _uuid_text(value: object) -> str:
    """An id column as the CLI takes it (SQLite stores UUIDs as 32 hex digits)."""
    text = value.hex() if isinstance(value, bytes) else str(value)
    if len(text) == 32:
        return f"{text[:8]}-{text[8:12]}-{text[12:16]}-{text[16:20]}-{text[20:]}"
    return text


def main(argv: list[str] | None = None) -> int:
    """Measure and print the table."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", type=Path, required=True, metavar="PATH")
    parser.add_argument("--only", default="pages,jobs", help="pages, jobs or both (default)")
    parser.add_argument(
        "--skip",
        default="",
        metavar="NAME[,NAME]",
        help="leave out the rows whose names start with these prefixes",
    )
    parser.add_argument("--skip-reason", default="", metavar="TEXT", help="why (printed)")
    args = parser.parse_args(argv)
    skip = tuple(prefix.strip() for prefix in args.skip.split(",") if prefix.strip())
    if not args.db.is_file():
        print(f"scale_report: {args.db} findes ikke (byg den med bench/scale.py)", file=sys.stderr)
        return 2
    load = os.getloadavg()
    with tempfile.TemporaryDirectory(prefix="tf-scale-report-") as folder:
        report = Report(args.db, Path(folder), skip, args.skip_reason)
        print(
            f"{len(report.engagements)} forløb, {args.db.stat().st_size / 1e6:.0f} MB; "
            f"load average {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}",
            flush=True,
        )
        wanted = args.only.split(",")
        if "pages" in wanted:
            report.pages()
        if "jobs" in wanted:
            report.jobs()
        load = os.getloadavg()
        print(f"load average at the end {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}", flush=True)
        print()
        print(report.table(f"{len(report.engagements)} forløb"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
