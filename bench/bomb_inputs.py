"""Peak memory of reading hostile files: zip bombs, giant cells and fields, 100,000 members.

Run: `.venv/bin/python bench/bomb_inputs.py [--cap-gb 4] [--keep DIR]`. The files are written
to a temporary folder (or DIR) without holding their content in memory; each is then read by
the importer the CLI uses, in a fresh subprocess, and the subprocess's own peak resident
memory (VmHWM on Linux, else `getrusage(RUSAGE_SELF).ru_maxrss`) is printed with the outcome.
The goal is under 500 MB for every file. `--cap-gb` limits each subprocess's address space,
so that measuring an older version (`--tree DIR`, a folder holding its taskforce_app) cannot
take the machine down: a run that hits the cap is shown as such.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.importers.bomb_files import (  # noqa: E402
    csv_with_huge_field,
    package_bomb,
    statistics_with_huge_field,
    xlsx_with_huge_cell,
    zip_with_members,
)

MIB = 2**20
GIB = 2**30

_CHILD = """
import json, resource, sys
from pathlib import Path
cap = int(sys.argv[3])
if cap:
    resource.setrlimit(resource.RLIMIT_AS, (cap, cap))
reader, path, tree = sys.argv[1], Path(sys.argv[2]), sys.argv[4]
if tree:
    # Measure another checkout: put it first and set the editable install's finder aside.
    sys.path.insert(0, tree)
    sys.meta_path = [f for f in sys.meta_path if "editable" not in type(f).__module__.lower()]
outcome = "read"
try:
    if reader == "case_list":
        from taskforce_app.importers.case_list import read_case_table
        read_case_table(path)
    elif reader == "statistics":
        from taskforce_app.importers.statistics import read_statistics
        read_statistics(path, municipalities={"510": "Haderslev"})
    elif reader == "returned":
        from taskforce_app.importers.returned_workbook import read_returned
        read_returned(path)
    else:
        from taskforce_app.importers.package import read_package
        read_package(path)
except MemoryError:
    outcome = "MemoryError (cap reached)"
except Exception as error:
    code = getattr(error, "error_code", type(error).__name__)
    outcome = f"refused: {code}"
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
status = Path("/proc/self/status")
if status.exists():
    # ru_maxrss keeps the parent's size across fork and exec on Linux; VmHWM is this image's.
    for line in status.read_text().splitlines():
        if line.startswith("VmHWM:"):
            peak = int(line.split()[1]) * 1024
print(json.dumps({"outcome": outcome, "peak": peak}))
"""

BOMBS: list[tuple[str, str, Callable[[Path], Path]]] = [
    (
        "xlsx, 1 GB cell in ~1 MB",
        "case_list",
        lambda d: xlsx_with_huge_cell(d / "celle.xlsx", GIB),
    ),
    (
        "xlsx, 64 MB random cell (packs 1.3×)",
        "case_list",
        lambda d: xlsx_with_huge_cell(d / "tilfaeldig.xlsx", 64 * MIB, random_text=True),
    ),
    ("xlsx, 100,000 members", "case_list", lambda d: zip_with_members(d / "mange.xlsx", 100_000)),
    (
        "returned xlsx, 1 GB cell",
        "returned",
        lambda d: xlsx_with_huge_cell(d / "retur.xlsx", GIB),
    ),
    (
        "csv, 100 MB field",
        "case_list",
        lambda d: csv_with_huge_field(d / "felt.csv", 100 * MIB),
    ),
    (
        "statistics csv, 100 MB field",
        "statistics",
        lambda d: statistics_with_huge_field(d / "UND1.csv", 100 * MIB),
    ),
    ("package, 2 GB unpacked", "package", lambda d: package_bomb(d / "bombe.tfpkg", 2 * GIB)),
    (
        "package, 100,000 members",
        "package",
        lambda d: zip_with_members(d / "mange.tfpkg", 100_000, package=True),
    ),
]


def _measure(reader: str, path: Path, cap: int, tree: str) -> tuple[str, int]:
    done = subprocess.run(
        [sys.executable, "-c", _CHILD, reader, str(path), str(cap), tree],
        capture_output=True,
        text=True,
        check=False,
    )
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    if not lines:
        return f"exit {done.returncode} (killed or crashed)", 0
    result = json.loads(lines[-1])
    return str(result["outcome"]), int(result["peak"])


def main() -> None:
    """Write the bombs, read each in a subprocess, print file size, outcome and peak memory."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cap-gb", type=float, default=4.0, help="address-space cap (0: none)")
    parser.add_argument("--keep", type=Path, help="write the files here and keep them")
    parser.add_argument("--tree", default="", help="measure the taskforce_app found in this folder")
    args = parser.parse_args()
    cap = int(args.cap_gb * GIB)
    with tempfile.TemporaryDirectory() as temporary:
        folder = args.keep or Path(temporary)
        folder.mkdir(parents=True, exist_ok=True)
        print(f"{'file':40} {'size':>10} {'peak RSS':>10} {'seconds':>8}  outcome")
        for label, reader, make in BOMBS:
            path = make(folder)
            started = time.perf_counter()
            outcome, peak = _measure(reader, path, cap, args.tree)
            seconds = time.perf_counter() - started
            size = path.stat().st_size
            print(
                f"{label:40} {size / MIB:>8.1f}MB {peak / MIB:>8.0f}MB {seconds:>8.1f}  {outcome}",
                flush=True,
            )
            if args.keep is None:
                path.unlink()


if __name__ == "__main__":
    main()
