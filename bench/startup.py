"""Start-up time: process start to a shown, populated main window, against a bare PySide6 window.

Run: `.venv/bin/python bench/startup.py [--runs 7]`. Both are measured in the same run, offscreen,
as separate processes from `Popen` until the child reports the window shown; medians are printed.
The app's figure is `taskforce-app --smoke-test` on the demo database, which exits once the main
window has been shown, painted and its forløb list checked against the database.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BARE_WINDOW = (
    "from PySide6.QtWidgets import QApplication, QMainWindow\n"
    "app = QApplication([])\n"
    "window = QMainWindow()\n"
    "window.resize(1280, 800)\n"
    "window.show()\n"
    "app.processEvents()\n"
    "window.grab()\n"
    "print('shown', flush=True)\n"
)


def _time_until_line(command: list[str], marker: str) -> float:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, text=True, env=env)
    assert process.stdout is not None
    for line in process.stdout:
        if marker in line:
            elapsed = time.perf_counter() - start
            break
    else:
        raise RuntimeError(f"{command} ended without printing {marker!r}")
    process.wait()
    if process.returncode != 0:
        raise RuntimeError(f"{command} exited {process.returncode}")
    return elapsed


def main() -> None:
    """Print the medians and their ratio."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=7)
    runs = parser.parse_args().runs
    with tempfile.TemporaryDirectory() as folder:
        demo = Path(folder) / "demo.sqlite"
        subprocess.run(
            [sys.executable, "-m", "taskforce_app", "demo", "--db", str(demo)],
            check=True,
            stdout=subprocess.DEVNULL,
        )
        app_command = [sys.executable, "-m", "taskforce_app", "--smoke-test", "--db", str(demo)]
        bare_command = [sys.executable, "-c", BARE_WINDOW]
        _time_until_line(app_command, "smoke test ok")  # warm the file cache once
        app_times: list[float] = []
        bare_times: list[float] = []
        for _ in range(runs):
            bare_times.append(_time_until_line(bare_command, "shown"))
            app_times.append(_time_until_line(app_command, "smoke test ok"))
    bare = statistics.median(bare_times)
    app = statistics.median(app_times)
    print(f"bare PySide6 window shown:         {bare * 1000:7.0f} ms (median of {runs})")
    print(f"Task Force Tracker main window:    {app * 1000:7.0f} ms (median of {runs})")
    print(f"ratio app / bare:                  {app / bare:7.2f}x (goal: under 0.6 s, within 4x)")


if __name__ == "__main__":
    main()
