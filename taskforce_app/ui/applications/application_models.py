"""Qt models over application rounds and applications (frozen read models)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from taskforce_app.domain.applications import ApplicationDetail, RoundSummary, Theme
from taskforce_app.domain.enums import ApplicationDecision
from taskforce_app.ui.kit.column_table import RIGHT, ColumnSpec, ColumnTableModel, date_sort
from taskforce_app.ui.kit.labels import danish_sort_key, date_text
from taskforce_app.ui.kit.palette_colours import BLUE, cell_text

Index = QModelIndex | QPersistentModelIndex
LINK_COLUMN = 5


def decision_label(decision: ApplicationDecision) -> str:
    """The translated name of a decision."""
    labels = {
        ApplicationDecision.PENDING: QCoreApplication.translate("ApplicationDecision", "Pending"),
        ApplicationDecision.GRANTED: QCoreApplication.translate("ApplicationDecision", "Granted"),
        ApplicationDecision.DECLINED: QCoreApplication.translate("ApplicationDecision", "Declined"),
        ApplicationDecision.WAITLISTED: QCoreApplication.translate(
            "ApplicationDecision", "Waiting list"
        ),
    }
    return labels[decision]


def theme_labels(themes: tuple[Theme, ...], language: str) -> dict[str, str]:
    """Theme key → label in the UI language."""
    return {t.key: t.label(language) for t in themes}


class RoundTableModel(ColumnTableModel[RoundSummary]):
    """The application rounds with their counts."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            [
                ColumnSpec(
                    lambda: QCoreApplication.translate("ApplicationTable", "Round"),
                    lambda r: r.name,
                    lambda r: danish_sort_key(r.name),
                    text_tooltip=True,
                ),
                ColumnSpec(
                    lambda: QCoreApplication.translate("ApplicationTable", "Deadline"),
                    lambda r: date_text(r.deadline),
                    lambda r: date_sort(r.deadline),
                ),
                ColumnSpec(
                    lambda: QCoreApplication.translate("ApplicationTable", "Applications"),
                    lambda r: str(r.applications),
                    lambda r: r.applications,
                    align=RIGHT,
                ),
                ColumnSpec(
                    lambda: QCoreApplication.translate("ApplicationTable", "Granted"),
                    lambda r: str(r.granted),
                    lambda r: r.granted,
                    RIGHT,
                ),
                ColumnSpec(
                    lambda: QCoreApplication.translate("ApplicationTable", "Pending"),
                    lambda r: str(r.pending),
                    lambda r: r.pending,
                    RIGHT,
                ),
                ColumnSpec(
                    lambda: QCoreApplication.translate("ApplicationTable", "Notes"),
                    lambda r: r.notes,
                    text_tooltip=True,
                ),
            ],
            key=lambda r: r.id,
            parent=parent,
        )


class ApplicationTableModel(ColumnTableModel[ApplicationDetail]):
    """The applications of one round; the last column links to the forløb a grant created."""

    def __init__(
        self, themes: Mapping[str, str] | None = None, parent: QObject | None = None
    ) -> None:
        self.themes: dict[str, str] = dict(themes or {})
        super().__init__(
            [
                ColumnSpec(
                    lambda: QCoreApplication.translate("ApplicationTable", "Municipality"),
                    lambda a: f"{a.municipality_name} ({a.municipality_code})",
                    lambda a: danish_sort_key(a.municipality_name),
                ),
                ColumnSpec(
                    lambda: QCoreApplication.translate("ApplicationTable", "Received"),
                    lambda a: date_text(a.received_on),
                    lambda a: date_sort(a.received_on),
                ),
                ColumnSpec(
                    lambda: QCoreApplication.translate("ApplicationTable", "Council backing"),
                    self._backing,
                ),
                ColumnSpec(
                    lambda: QCoreApplication.translate("ApplicationTable", "Themes"),
                    self._themes,
                    text_tooltip=True,
                ),
                ColumnSpec(
                    lambda: QCoreApplication.translate("ApplicationTable", "Decision"),
                    lambda a: decision_label(a.decision),
                    lambda a: list(ApplicationDecision).index(a.decision),
                ),
                ColumnSpec(
                    lambda: QCoreApplication.translate("ApplicationTable", "Engagement"),
                    lambda a: (
                        QCoreApplication.translate("ApplicationTable", "Open engagement")
                        if a.engagement_id
                        else ""
                    ),
                ),
            ],
            key=lambda a: a.id,
            parent=parent,
        )

    def _backing(self, application: ApplicationDetail) -> str:
        if not application.council_backing:
            return QCoreApplication.translate("ApplicationTable", "No")
        if application.council_decision_on is None:
            return QCoreApplication.translate("ApplicationTable", "Yes")
        return QCoreApplication.translate("ApplicationTable", "Yes, %1").replace(
            "%1", date_text(application.council_decision_on)
        )

    def _themes(self, application: ApplicationDetail) -> str:
        names = [self.themes.get(key, key) for key in application.themes]
        if application.themes_other:
            names.append(application.themes_other)
        return "; ".join(names)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """As the base model, with the forløb column drawn as a link."""
        if (
            index.isValid()
            and index.column() == LINK_COLUMN
            and 0 <= index.row() < self.rowCount()
            and self.record_at(index.row()).engagement_id is not None
        ):
            if role == Qt.ItemDataRole.ForegroundRole:
                return cell_text(BLUE)
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setUnderline(True)
                return font
            if role == Qt.ItemDataRole.ToolTipRole:
                return QCoreApplication.translate(
                    "ApplicationTable", "Double-click to open the engagement"
                )
        return super().data(index, role)
