"""Danish for the tr() strings of the start-up checks (issue 17), keyed by (context, English)."""

from __future__ import annotations

DANISH: dict[tuple[str, str], str] = {
    (
        "StartupChecks",
        "Checking the database and making the automatic backup…",
    ): "Kontrollerer databasen og tager den automatiske sikkerhedskopi …",
    (
        "StartupChecks",
        "Database checked; automatic backup made (%1)",
    ): "Databasen er kontrolleret; automatisk sikkerhedskopi taget (%1)",
    ("StartupChecks", "Database checked"): "Databasen er kontrolleret",
    ("StartupChecks", "Database check"): "Kontrol af databasen",
}
