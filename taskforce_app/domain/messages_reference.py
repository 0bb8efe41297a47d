"""User messages (Danish, English) for the reference data shipped with the program."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "reference.invalid": (
        "Programmets referencedata (kommuner, kriteriesæt, temaer eller Børnesagsbarometrets "
        "tal) er beskadiget: {detail}. Installér programmet igen. Databasen er ikke ændret.",
        "The program's reference data (municipalities, criteria sets, themes or national "
        "figures) is damaged: {detail}. Install the program again. The database was not changed.",
    ),
}
