"""Export a calendar (.ics) of milestones, statusmøder and recommendation due dates."""

from __future__ import annotations

import re
import uuid
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from taskforce_app.bootstrap import AppContext
from taskforce_app.domain.engagements import EngagementSummary
from taskforce_app.domain.overview import ConsultantView
from taskforce_app.ui.kit.error_label import error_label
from taskforce_app.ui.kit.labels import danish_sort_key
from taskforce_app.ui.kit.prompts import Prompts
from taskforce_app.ui.kit.workers import JobControl, run_with_progress

_UNSAFE_FILE_CHARACTERS = re.compile(r'[\\/:*?"<>|\s]+')


class CalendarExportDialog(QDialog):
    """Choose whose calendar: a consultant's (default: the working one) or one forløb's."""

    def __init__(
        self,
        consultants: Sequence[ConsultantView],
        engagements: Sequence[EngagementSummary],
        *,
        working: uuid.UUID | None = None,
        selected_engagement: uuid.UUID | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export calendar"))
        intro = QLabel(
            self.tr(
                "The calendar file holds milestones, status meetings and the due dates of "
                "recommendations, with no case data. Import it into Outlook or another "
                "calendar; importing a newer file again updates the events instead of "
                "duplicating them."
            )
        )
        intro.setWordWrap(True)
        self.by_consultant = QRadioButton(self.tr("A consultant's calendar"))
        self.by_engagement = QRadioButton(self.tr("One engagement's calendar"))
        group = QButtonGroup(self)
        group.addButton(self.by_consultant)
        group.addButton(self.by_engagement)
        self.consultant_combo = QComboBox()
        for person in sorted(consultants, key=lambda c: danish_sort_key(c.name)):
            self.consultant_combo.addItem(person.label, person.initials)
            if person.id == working:
                self.consultant_combo.setCurrentIndex(self.consultant_combo.count() - 1)
        self.engagement_combo = QComboBox()
        for engagement in sorted(engagements, key=lambda e: danish_sort_key(e.title)):
            self.engagement_combo.addItem(engagement.title, str(engagement.id))
            if engagement.id == selected_engagement:
                self.engagement_combo.setCurrentIndex(self.engagement_combo.count() - 1)
        grid = QGridLayout()
        grid.addWidget(self.by_consultant, 0, 0)
        grid.addWidget(self.consultant_combo, 0, 1)
        grid.addWidget(self.by_engagement, 1, 0)
        grid.addWidget(self.engagement_combo, 1, 1)
        grid.setColumnStretch(1, 1)
        self.error = error_label()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Export…"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(grid)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        if working is None and selected_engagement is not None:
            self.by_engagement.setChecked(True)
        else:
            self.by_consultant.setChecked(True)
        self.by_consultant.toggled.connect(self._update)
        self._update()
        self.resize(560, self.sizeHint().height())

    def _update(self) -> None:
        self.consultant_combo.setEnabled(self.by_consultant.isChecked())
        self.engagement_combo.setEnabled(self.by_engagement.isChecked())

    def consultant(self) -> str | None:
        """The chosen consultant's initials (None when a forløb is chosen)."""
        if not self.by_consultant.isChecked():
            return None
        data = self.consultant_combo.currentData()
        return None if data is None else str(data)

    def engagement_id(self) -> uuid.UUID | None:
        """The chosen forløb (None when a consultant is chosen)."""
        if not self.by_engagement.isChecked():
            return None
        data = self.engagement_combo.currentData()
        return None if data is None else uuid.UUID(str(data))

    def file_stem(self) -> str:
        """A file name for the choice, e.g. `kalender-ska` or `kalender-<forløb>`."""
        chosen = self.consultant() or self.engagement_combo.currentText() or "kalender"
        return "kalender-" + _UNSAFE_FILE_CHARACTERS.sub("-", chosen.strip()).strip("-").lower()

    def accept(self) -> None:
        """Accept only with a consultant or a forløb chosen."""
        if self.consultant() is None and self.engagement_id() is None:
            self.error.setText(self.tr("Choose a consultant or an engagement."))
            self.error.show()
            return
        super().accept()


def export_calendar(
    context: AppContext,
    prompts: Prompts,
    parent: QWidget | None,
    *,
    language: str = "da",
    selected_engagement: uuid.UUID | None = None,
    folder: Path | None = None,
) -> tuple[Path, int] | None:
    """Ask whose calendar and where, write the .ics on the progress runner, and confirm.

    Returns the file and its number of events, or None when cancelled or refused.
    """
    working = context.team.current_consultant()
    dialog = CalendarExportDialog(
        context.team.consultants(),
        context.engagements.summaries(),
        working=None if working is None else working.id,
        selected_engagement=selected_engagement,
        parent=parent,
    )
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        consultant, engagement_id = dialog.consultant(), dialog.engagement_id()
        stem = dialog.file_stem()
        title = dialog.windowTitle()
    finally:
        dialog.deleteLater()
    start = (folder or Path.home()) / f"{stem}.ics"
    chosen = prompts.choose_save_file(
        title, QCoreApplication.translate("CalendarExportDialog", "Calendar files (*.ics)"), start
    )
    if chosen is None:
        return None
    target = chosen if chosen.suffix.lower() == ".ics" else chosen.with_name(chosen.name + ".ics")

    def job(control: JobControl) -> tuple[Path, int]:
        control.check()
        return context.calendar.export_ics(
            target, consultant=consultant, engagement_id=engagement_id
        )

    written = run_with_progress(parent, title, job, prompts, language)
    if written is None:
        return None
    path, count = written
    prompts.info(
        title,
        QCoreApplication.translate(
            "CalendarExportDialog",
            "The calendar was saved as %1.\n\nNumber of events: %2 (milestones, status "
            "meetings and due dates of recommendations). Import the file into Outlook; "
            "importing a newer file again updates the same events.",
        )
        .replace("%1", str(path))
        .replace("%2", str(count)),
    )
    return path, count
