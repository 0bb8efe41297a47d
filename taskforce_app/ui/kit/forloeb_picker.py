"""The forløb picker at the top of the Sagsgennemgang and Rapporter pages: one forløb at a time,
"Kommune – titel (fase)" per entry (filled by `pages.fill_engagement_combo`)."""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtWidgets import QComboBox


def engagement_picker(chosen: Callable[[int], None]) -> QComboBox:
    """A forløb picker wide enough for its entries; `chosen` gets the index picked."""
    combo = QComboBox()
    combo.setMinimumContentsLength(40)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
    combo.currentIndexChanged.connect(chosen)
    return combo


def choose_listed(combo: QComboBox, engagement_id: uuid.UUID, reload: Callable[[], None]) -> None:
    """Choose `engagement_id` in the picker, reading the list again (`reload`) when it is not
    listed yet (a forløb made on another page); nothing changes when it is still not there."""
    index = combo.findData(str(engagement_id))
    if index < 0:
        reload()
        index = combo.findData(str(engagement_id))
    if index >= 0:
        combo.setCurrentIndex(index)
