"""User messages (English msgids; Danish in resources/locale) for the reference data shipped with
the program."""

from __future__ import annotations

from taskforce_app.domain.text import N_

MESSAGES: dict[str, str] = {
    "reference.invalid": N_(
        "The program's reference data (municipalities, criteria sets, themes or national "
        "figures) is damaged: {detail}. Install the program again. The database was not "
        "changed."
    ),
}
