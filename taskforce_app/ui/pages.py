"""Page helpers: the heading style and the forløb picker several pages share."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from PySide6.QtWidgets import QComboBox, QLabel

from taskforce_app.domain.engagements import EngagementSummary
from taskforce_app.ui.labels import phase_label


def page_heading(text: str) -> QLabel:
    """A page's title in a larger bold font."""
    label = QLabel(text)
    font = label.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.4)
    label.setFont(font)
    return label


def fill_engagement_combo(
    combo: QComboBox, summaries: Sequence[EngagementSummary], wanted: uuid.UUID | None
) -> int:
    """Fill a forløb picker ("Kommune – titel (fase)", the id as data) without emitting signals;
    returns the index to choose: `wanted` if listed, else the first forløb, else -1."""
    combo.blockSignals(True)
    combo.clear()
    for summary in summaries:
        combo.addItem(
            f"{summary.municipality_name} – {summary.title} ({phase_label(summary.phase)})",
            str(summary.id),
        )
    index = -1 if wanted is None else combo.findData(str(wanted))
    if index < 0 and summaries:
        index = 0
    combo.setCurrentIndex(index)
    combo.blockSignals(False)
    return index
