"""One label table per enum shown outside Qt (CLI, PDF, workbook): English msgids, translated
by the gettext catalogue (resources/locale). The Qt widgets have their own, in the .ts."""

from __future__ import annotations

from taskforce_app.domain.enums import Health, Phase
from taskforce_app.domain.text import N_, Language, label

PHASE_LABELS: dict[Phase, str] = {
    Phase.OPSTART: N_("Start-up"),
    Phase.ANALYSE: N_("Analysis"),
    Phase.AFRAPPORTERING: N_("Reporting"),
    Phase.UDVIKLING: N_("Development"),
    Phase.STATUSMAALING: N_("Status measurement"),
    Phase.STATUSRAPPORT: N_("Status report"),
    Phase.AFSLUTTET: N_("Closed"),
}

HEALTH_LABELS: dict[Health, str] = {
    Health.ON_TRACK: N_("On track"),
    Health.AT_RISK: N_("At risk"),
    Health.LATE: N_("Late"),
}


def phase_label(phase: Phase, language: Language) -> str:
    """The name of `phase` in `language`."""
    return label(phase, PHASE_LABELS, language)


def health_label(health: Health, language: Language) -> str:
    """The name of a forløb's `health` in `language` ("Risiko" everywhere, one word per idea)."""
    return label(health, HEALTH_LABELS, language)


def phase_labels(language: Language) -> dict[Phase, str]:
    """Every phase's name in `language`."""
    return {phase: phase_label(phase, language) for phase in PHASE_LABELS}


def health_labels(language: Language) -> dict[Health, str]:
    """Every health's name in `language`."""
    return {health: health_label(health, language) for health in HEALTH_LABELS}
