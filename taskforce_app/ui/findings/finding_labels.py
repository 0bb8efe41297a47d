"""Labels, colours and icons of findings: track, severity, theme, evidence and improvement."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from taskforce_app.domain.enums import Pejlemaerke, Severity, Track
from taskforce_app.ui.kit.palette_colours import AMBER, LIGHT_BLUE, RED

SEVERITY_COLOURS = {
    Severity.CRITICAL: RED,
    Severity.SIGNIFICANT: AMBER,
    Severity.MINOR: LIGHT_BLUE,
}


SEVERITY_ORDER = {Severity.CRITICAL: 0, Severity.SIGNIFICANT: 1, Severity.MINOR: 2}


def track_label(track: Track) -> str:
    """The translated name of a review track."""
    return {
        Track.JURIDISK: QCoreApplication.translate("Track", "Legal"),
        Track.SOCIALFAGLIG: QCoreApplication.translate("Track", "Social work"),
    }[track]


def severity_label(severity: Severity) -> str:
    """The translated name of a severity."""
    return {
        Severity.CRITICAL: QCoreApplication.translate("Severity", "Critical"),
        Severity.SIGNIFICANT: QCoreApplication.translate("Severity", "Significant"),
        Severity.MINOR: QCoreApplication.translate("Severity", "Minor"),
    }[severity]


def theme_label(theme: str) -> str:
    """A finding's theme: a pejlemærke's translated name, or the free text as typed."""
    labels = {
        Pejlemaerke.FAGLIG_UDREDNING.value: QCoreApplication.translate(
            "Pejlemaerke", "Professional assessment"
        ),
        Pejlemaerke.VALG_AF_INDSATS.value: QCoreApplication.translate(
            "Pejlemaerke", "Choice of measure"
        ),
        Pejlemaerke.OPFOELGNING.value: QCoreApplication.translate("Pejlemaerke", "Follow-up"),
        Pejlemaerke.INDDRAGELSE.value: QCoreApplication.translate("Pejlemaerke", "Involvement"),
    }
    return labels.get(theme, theme)


def evidence_label(shown: int, assessed: int) -> str:
    """'x af n sager' in the GUI's language."""
    return (
        QCoreApplication.translate("FindingTable", "%1 of %2 cases")
        .replace("%1", str(shown))
        .replace("%2", str(assessed))
    )


def improvement_label(points: float | None) -> str:
    """'+18 procentpoint' (signed, rounded), or an empty text."""
    if points is None:
        return ""
    value = round(points)
    sign = "+" if value > 0 else ("−" if value < 0 else "±")
    return QCoreApplication.translate("FindingTable", "%1 percentage points").replace(
        "%1", f"{sign}{abs(value)}"
    )
