"""User messages (English msgids; Danish in resources/locale) for an installation that lacks a file
or cannot work."""

from __future__ import annotations

from taskforce_app.domain.text import N_

MESSAGES: dict[str, str] = {
    "install.missing": N_(
        "The installation is incomplete, missing: {missing}. Install Task Force Tracker again."
    ),
    "install.broken": N_(
        "The installation does not work: {detail}. Install Task Force Tracker again."
    ),
}
