"""A forløb's health in words and colour: the translated name and the status hue of each value."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from taskforce_app.domain.enums import Health
from taskforce_app.ui.kit.palette_colours import AMBER, GREEN, RED

HEALTH_HUES: dict[Health, QColor] = {
    Health.ON_TRACK: GREEN,
    Health.AT_RISK: AMBER,
    Health.LATE: RED,
}


def health_label(health: Health) -> str:
    """The translated name of a health value."""
    labels = {
        Health.ON_TRACK: QCoreApplication.translate("Health", "On track"),
        Health.AT_RISK: QCoreApplication.translate("Health", "At risk"),
        Health.LATE: QCoreApplication.translate("Health", "Late"),
    }
    return labels[health]
