"""User messages (Danish, English) for a forløb's plan: moving its start date."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "engagement.start_after_phase_change": (
        "Startdatoen kan ikke flyttes til {value}: forløbet skiftede allerede fase {previous}. "
        "Vælg en startdato før faseskiftet, eller ret faserne på fanen Faser først.",
        "The start date cannot be moved to {value}: the engagement already changed phase on "
        "{previous}. Choose a start date before the phase change, or correct the phases on the "
        "Phases tab first.",
    ),
}
