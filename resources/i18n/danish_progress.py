"""Danish texts of the background-job progress dialog, the dialogs that run jobs and the date
field's calendar (see update_translations)."""

from __future__ import annotations

DANISH: dict[tuple[str, str], str] = {
    ("JobProgressDialog", "Cancelling…"): "Annullerer…",
    ("ImportPackageDialog", "Merging the package…"): "Fletter pakken…",
    (
        "DateField",
        "Choose the date in a calendar (Alt+Down)",
    ): "Vælg datoen i en kalender (Alt+Ned)",
}
