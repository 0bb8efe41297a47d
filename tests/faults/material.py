"""Files the fault tests feed to the commands: case lists, and facts about the demo."""

from __future__ import annotations

import random
import sqlite3
from datetime import date, timedelta
from pathlib import Path

from openpyxl import Workbook

HEADERS = (
    "Sagsnr.",
    "Fødselsår",
    "Alder",
    "Køn",
    "Sagstype",
    "Indsats",
    "Lovgrundlag",
    "Underretning modtaget",
    "Afgørelsesdato",
    "Sagsbehandler",
    "Team",
    "Bemærkning",
)
BIG_CASE_LIST_ROWS = 50_000
SMALL_CASE_LIST_ROWS = 3


def write_case_list(path: Path, rows: int, prefix: str) -> Path:
    """A municipality's case list with `rows` valid, pseudonymous cases."""
    rng = random.Random(7)
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Sager")
    sheet.append(HEADERS)
    for number in range(rows):
        day = date(2023, 1, 1) + timedelta(days=rng.randint(0, 600))
        sheet.append(
            [
                f"{prefix}-{number:06d}",
                2010 + rng.randint(0, 12),
                rng.randint(0, 17),
                rng.choice(["M", "K"]),
                rng.choice(["Underretning", "Anbragt", "Forebyggende"]),
                rng.choice(["§ 32", "§ 46", "§ 47"]),
                "Barnets lov",
                day,
                day + timedelta(days=30),
                f"SB{rng.randint(1, 30)}",
                f"Team {rng.randint(1, 4)}",
                "ok",
            ]
        )
    workbook.save(path)
    return path


def municipality_without_cases(database: Path) -> str:
    """The municipality of a forløb of `database` that has no cases yet."""
    connection = sqlite3.connect(database)
    try:
        row = connection.execute(
            "SELECT m.name FROM engagement e JOIN municipality m ON m.id = e.municipality_id"
            " WHERE NOT EXISTS (SELECT 1 FROM case_record c WHERE c.engagement_id = e.id)"
            " ORDER BY m.name"
        ).fetchone()
    finally:
        connection.close()
    assert row is not None, "the demo has a forløb without cases"
    return str(row[0])
