"""The simple pages: the first overview, and honest placeholders for features still to come."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from taskforce_app.ui.engagement_models import (
    EngagementColumn,
    EngagementFilterProxy,
    EngagementTableModel,
    PhaseCountModel,
)


def page_heading(text: str) -> QLabel:
    """A page's title in a larger bold font."""
    label = QLabel(text)
    font = label.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.4)
    label.setFont(font)
    return label


class PlaceholderPage(QWidget):
    """A page whose feature comes in a later version: it says so, and what it will do."""

    def __init__(self, title: str, purpose: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.notice = QLabel(self.tr("This page arrives in a later version of Task Force Tracker."))
        self.purpose = QLabel(purpose)
        self.purpose.setWordWrap(True)
        self.purpose.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.addWidget(page_heading(title))
        layout.addSpacing(8)
        layout.addWidget(self.notice)
        layout.addSpacing(4)
        layout.addWidget(self.purpose)
        layout.addStretch(1)


class OverviewPage(QWidget):
    """A first, read-only overview: the forløb per phase and the list; the real one comes later."""

    def __init__(
        self,
        engagements: EngagementTableModel,
        counts: PhaseCountModel,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.proxy = EngagementFilterProxy(self)
        self.proxy.setSourceModel(engagements)

        self.counts_view = QTableView()
        self.counts_view.setModel(counts)
        self.counts_view.verticalHeader().hide()
        self.counts_view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.counts_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.counts_view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.counts_view.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.ResizeToContents
        )
        self.counts_view.setFixedWidth(300)
        self.counts_view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        self.list_view = QTableView()
        self.list_view.setModel(self.proxy)
        self.list_view.setSortingEnabled(True)
        self.list_view.sortByColumn(EngagementColumn.MUNICIPALITY, Qt.SortOrder.AscendingOrder)
        self.list_view.verticalHeader().hide()
        self.list_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list_view.setAlternatingRowColors(True)
        self.list_view.horizontalHeader().setStretchLastSection(True)

        note = QLabel(
            self.tr(
                "A first overview: how many engagements are in each phase, and the list. "
                "Deadlines, milestones and each engagement's health arrive in a later version."
            )
        )
        note.setWordWrap(True)
        body = QHBoxLayout()
        body.addWidget(self.counts_view, 0, Qt.AlignmentFlag.AlignTop)
        body.addWidget(self.list_view, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(page_heading(self.tr("Overview")))
        layout.addWidget(note)
        layout.addLayout(body, 1)

    def refresh_layout(self) -> None:
        """Fit the columns to their contents after the data changed."""
        self.list_view.resizeColumnsToContents()
        header = self.counts_view.horizontalHeader()
        rows = self.counts_view.model().rowCount()
        height = header.height() + sum(self.counts_view.rowHeight(r) for r in range(rows))
        self.counts_view.setFixedHeight(height + 2 * self.counts_view.frameWidth())

    @property
    def sorted_model(self) -> QSortFilterProxyModel:
        """The proxy the list view shows."""
        return self.proxy
