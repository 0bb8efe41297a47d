"""Page helpers: the heading style, the forløb picker several pages share, and the current forløb
carried between the pages (chosen on one, shown on the others)."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from taskforce_app.domain.engagements import EngagementSummary
from taskforce_app.ui.kit.labels import phase_label


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


def _engagement_of(value: object) -> uuid.UUID | None:
    if isinstance(value, uuid.UUID):
        return value
    if isinstance(value, str):
        try:
            return uuid.UUID(value)
        except ValueError:
            return None
    return None


class CurrentEngagement(QObject):
    """The forløb the user chose last, on any page: one signal the pages follow."""

    changed = Signal(object)
    """The chosen forløb's `uuid.UUID`."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._id: uuid.UUID | None = None

    @property
    def engagement_id(self) -> uuid.UUID | None:
        """The forløb chosen last (None before any choice)."""
        return self._id

    def choose(self, engagement_id: object) -> None:
        """The user chose a forløb on some page; the other pages follow ("all" changes nothing)."""
        chosen = _engagement_of(engagement_id)
        if chosen is None or chosen == self._id:
            return
        self._id = chosen
        self.changed.emit(chosen)

    def follow_page(self, page: QWidget) -> None:
        """Carry `page`'s forløb: a user's pick in its `engagement_combo` (or its
        `engagement_chosen` signal) is published, and a pick elsewhere is shown through its
        `show_engagement`. Pages without `show_engagement` are left alone."""
        show = getattr(page, "show_engagement", None)
        if not callable(show):
            return
        combo = getattr(page, "engagement_combo", None)
        follower = _PageFollower(show, combo if isinstance(combo, QComboBox) else None, page)
        if follower.combo is not None:
            follower.combo.activated.connect(follower.combo_activated)
            follower.picked.connect(self.choose)
        chosen = getattr(page, "engagement_chosen", None)
        if chosen is not None and hasattr(chosen, "connect"):
            chosen.connect(self.choose)
        self.changed.connect(follower.follow)
        if self._id is not None:
            follower.follow(self._id)


class _PageFollower(QObject):
    """Connects one page to `CurrentEngagement`; a child of the page, so it goes with it."""

    picked = Signal(object)

    def __init__(
        self, show: Callable[[uuid.UUID], object], combo: QComboBox | None, page: QWidget
    ) -> None:
        super().__init__(page)
        self._show, self.combo = show, combo

    def combo_activated(self, index: int) -> None:
        """The user picked an entry of the page's forløb picker."""
        assert self.combo is not None
        self.picked.emit(self.combo.itemData(index))

    def follow(self, engagement_id: uuid.UUID) -> None:
        """Show the forløb chosen elsewhere, unless the page shows it already."""
        if self.combo is not None and _engagement_of(self.combo.currentData()) == engagement_id:
            return
        self._show(engagement_id)
