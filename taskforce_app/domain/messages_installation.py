"""User messages (Danish, English) for an installation that lacks a file or cannot work."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "install.missing": (
        "Installationen er ufuldstændig, der mangler: {missing}. Installér Task Force Tracker igen.",
        "The installation is incomplete, missing: {missing}. Install Task Force Tracker again.",
    ),
    "install.broken": (
        "Installationen virker ikke: {detail}. Installér Task Force Tracker igen.",
        "The installation does not work: {detail}. Install Task Force Tracker again.",
    ),
}
