"""Danish texts of the rounds panel's cut-off date, the start-date shift, the plan's actual dates,
the klar-til-rapport order and the forløb carried between pages (merged by update_translations)."""

from __future__ import annotations

DANISH: dict[tuple[str, str], str] = {
    ("RoundTable", "Cut-off date"): "Skæringsdato",
    ("RoundsPanel", "C&ut-off date of the selected round:"): "S&kæringsdato for den valgte runde:",
    ("RoundsPanel", "Cut-off date"): "Skæringsdato",
    ("RoundsPanel", "cut-off date of %1"): "skæringsdato for %1",
    (
        "RoundsPanel",
        "The date the review looks at: follow-ups and supervision visits are counted "
        "up to it. Empty: today.",
    ): "Den dato, gennemgangen ser på: opfølgninger og tilsynsbesøg tælles med frem til den. "
    "Tom: dags dato.",
}
