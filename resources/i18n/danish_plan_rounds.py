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
    ("StartShiftDialog", "Move the start date"): "Flyt startdatoen",
    ("StartShiftDialog", "Current start date:"): "Nuværende startdato:",
    ("StartShiftDialog", "&New start date:"): "&Ny startdato:",
    ("StartShiftDialog", "New start date"): "Ny startdato",
    ("StartShiftDialog", "Milestone"): "Milepæl",
    ("StartShiftDialog", "From"): "Fra",
    ("StartShiftDialog", "To"): "Til",
    (
        "StartShiftDialog",
        "%1 open milestones move; done and cancelled ones stay.",
    ): "%1 åbne milepæle flyttes; gennemførte og aflyste bliver, hvor de er.",
    ("StartShiftDialog", "The planned end moves from %1 to %2."): (
        "Den planlagte afslutning flyttes fra %1 til %2."
    ),
    ("StartShiftDialog", "No phase period moves."): "Ingen faseperiode flyttes.",
    ("StartShiftDialog", "Phase %1 begins on %2 instead of %3."): (
        "Fasen %1 begynder %2 i stedet for %3."
    ),
    (
        "ReadyForReport",
        "The round is signed off. Mark it ready for report before the sign-off: the order "
        "is review, ready for report, then sign-off. Unlock the round with a reason to "
        "mark it now.",
    ): "Runden er godkendt. Klar til rapport markeres før godkendelsen: rækkefølgen er "
    "gennemgang, klar til rapport og så godkendelse. Lås runden op med en begrundelse for at "
    "markere den nu.",
    (
        "ReadyForReport",
        "The round is already ready for report; the sign-off comes next.",
    ): "Runden er allerede klar til rapport; godkendelsen er næste skridt.",
}
