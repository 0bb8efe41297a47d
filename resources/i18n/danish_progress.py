"""Danish texts of the background-job progress dialog and the dialogs that run jobs (see
update_translations)."""

from __future__ import annotations

DANISH: dict[tuple[str, str], str] = {
    ("JobProgressDialog", "Cancelling…"): "Annullerer…",
    ("ImportPackageDialog", "Merging the package…"): "Fletter pakken…",
}
