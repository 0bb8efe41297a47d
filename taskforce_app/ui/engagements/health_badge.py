"""The health badge in the forløb editor's header: the health and why, in the health's hue.

Its texts are the editor's (translation context EngagementEditor)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QWidget

from taskforce_app.domain.enums import Health
from taskforce_app.domain.overview import OverviewRow
from taskforce_app.ui.kit.health_labels import HEALTH_HUES, health_label
from taskforce_app.ui.kit.labels import date_text
from taskforce_app.ui.kit.palette_colours import follow_palette, message_colours, style_colour


def health_style(health: Health, palette: QPalette) -> str:
    """The health badge's style sheet: the health's hue, readable on the palette."""
    text, background, _border = message_colours(HEALTH_HUES[health], palette)
    return (
        f"#healthLabel {{ color: {style_colour(text)}; background: {style_colour(background)};"
        " border-radius: 3px; padding: 3px 8px; font-weight: bold; }"
    )


def _reason(row: OverviewRow, *, has_start: bool) -> str:
    """Why the forløb has its health, in a few words."""
    if row.overdue:
        return QCoreApplication.translate("EngagementEditor", "%1 milestones overdue").replace(
            "%1", str(row.overdue)
        )
    if row.health is Health.AT_RISK:
        return QCoreApplication.translate(
            "EngagementEditor", "several milestones due within 14 days"
        )
    if row.next_milestone:
        return (
            QCoreApplication.translate("EngagementEditor", "next: %1 on %2")
            .replace("%1", row.next_milestone)
            .replace("%2", date_text(row.next_milestone_on))
        )
    if not has_start:
        return QCoreApplication.translate("EngagementEditor", "no start date, no plan")
    return QCoreApplication.translate("EngagementEditor", "no open milestones")


class HealthBadge(QLabel):
    """A label showing a forløb's health and why; hidden while there is none to show."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("healthLabel")
        self.hide()
        self._style = follow_palette(self, lambda palette: health_style(Health.ON_TRACK, palette))

    def show_row(self, row: OverviewRow | None, *, has_start: bool) -> None:
        """Show the health of the overview row `row` (None: hide the badge)."""
        if row is None:
            self.hide()
            return
        health = row.health
        self.setText(f"{health_label(health)} – {_reason(row, has_start=has_start)}")
        self.setToolTip(
            QCoreApplication.translate(
                "EngagementEditor",
                "Late: a milestone is more than 14 days overdue, or two or more are overdue. "
                "At risk: a milestone is overdue, or two or more fall due within 14 days.",
            )
        )
        self._style.set_builder(lambda palette: health_style(health, palette))
        self.show()
