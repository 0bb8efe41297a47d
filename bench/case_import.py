"""Case-list import speed: our read + validate against a bare openpyxl read-only pass.

Run: `.venv/bin/python bench/case_import.py [--rows 50000] [--runs 3]`. A case list of `--rows`
rows (12 columns: texts, numbers, Excel date cells, Danish date texts) is written with
openpyxl's write-only mode to a temporary folder. Both passes read the same file, alternately;
the medians and their ratio are printed. The goal is a ratio of at most 2.
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from openpyxl import Workbook, load_workbook

from taskforce_app.importers.case_list import read_case_list

HEADERS = [
    "Sagsnr.",
    "Fødselsår",
    "Alder",
    "Køn",
    "Sagstype",
    "Indsats",
    "Lovgrundlag",
    "Sagsbehandler",
    "Oprettet",
    "Afgørelsesdato",
    "Team",
    "Bemærkning",
]
MEASURES = ["Familiebehandling", "Aflastning", "Anbringelse i plejefamilie", "Kontaktperson"]
BASES = ["§ 32, stk. 1, nr. 3", "§ 46", "§ 47", "§ 52, stk. 3, nr. 7"]
WORKERS = ["Mette Holm", "Søren Bak", "Lise Ørum", "Ali Khan", "Jens Æbelø"]
NOTES = ["", "", "Genvurdering efter underretning", "Afventer børnefaglig undersøgelse"]


def write_case_list(path: Path, rows: int, seed: int = 4) -> None:
    """A realistic case list: a title row, a header, then `rows` cases."""
    rng = random.Random(seed)
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Sagsudtræk")
    sheet.append(["Sagsudtræk fra DUBU, Eksempel Kommune"])
    sheet.append(HEADERS)
    start = date(2021, 1, 1)
    for number in range(rows):
        opened = start + timedelta(days=rng.randrange(1200))
        decided = opened + timedelta(days=rng.randrange(20, 300))
        age = rng.randrange(18)
        sheet.append(
            [
                f"SAG-{opened.year}-{number:06d}",
                decided.year - age,
                age,
                rng.choice(("Pige", "Dreng")),
                "Børn og unge",
                rng.choice(MEASURES),
                rng.choice(BASES),
                rng.choice(WORKERS),
                opened,
                f"{decided:%d-%m-%Y}",
                rng.choice(("Nord", "Syd", "Øst")),
                rng.choice(NOTES),
            ]
        )
    workbook.save(path)


def bare_pass(path: Path) -> int:
    """Iterate every cell value of the active sheet with openpyxl read-only; count them."""
    workbook = load_workbook(path, read_only=True, data_only=True)
    count = 0
    sheet = workbook.active
    assert sheet is not None
    for row in sheet.iter_rows(values_only=True):
        for _value in row:
            count += 1
    workbook.close()
    return count


def our_pass(path: Path) -> int:
    """Read and validate the case list; the number of valid rows."""
    return read_case_list(path).valid_count


def _timed(function: object, path: Path) -> float:
    assert callable(function)
    start = time.perf_counter()
    function(path)
    return time.perf_counter() - start


def main() -> None:
    """Print both medians and their ratio."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=50_000)
    parser.add_argument("--runs", type=int, default=3)
    arguments = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "sagsudtraek.xlsx"
        write_case_list(path, arguments.rows)
        valid = our_pass(path)
        if valid != arguments.rows:
            raise SystemExit(f"expected {arguments.rows} valid rows, got {valid}")
        bare: list[float] = []
        ours: list[float] = []
        for _ in range(arguments.runs):
            bare.append(_timed(bare_pass, path))
            ours.append(_timed(our_pass, path))
    bare_median, our_median = statistics.median(bare), statistics.median(ours)
    print(f"rows: {arguments.rows}, runs: {arguments.runs}")
    print(f"bare openpyxl read-only pass: {bare_median:.2f} s")
    print(f"read_case_list (read + validate): {our_median:.2f} s")
    print(f"ratio: {our_median / bare_median:.2f} (goal <= 2.00)")


if __name__ == "__main__":
    main()
