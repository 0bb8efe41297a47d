"""The Rapporter page: the statusrapport (PDF) and workbooks (Excel) of a forløb, the portfolio
workbook, returned workbooks from the municipality, and key figures from Danmarks Statistik."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QStandardPaths, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from taskforce_app.bootstrap import AppContext
from taskforce_app.domain.changes import Changes, Entity
from taskforce_app.domain.engagements import EngagementSummary
from taskforce_app.domain.key_figures import ImportReport
from taskforce_app.domain.report_models import ReportOptions
from taskforce_app.ui.kit.forloeb_picker import choose_listed, engagement_picker
from taskforce_app.ui.kit.key_figures_panel import KeyFiguresPanel
from taskforce_app.ui.kit.lazy_page import RefreshWhenShown
from taskforce_app.ui.kit.modal import DialogRunner, exec_dialog
from taskforce_app.ui.kit.page_filters import labelled_row
from taskforce_app.ui.kit.pages import fill_engagement_combo, page_heading
from taskforce_app.ui.kit.prompts import Prompts
from taskforce_app.ui.kit.settings import UiSettings
from taskforce_app.ui.kit.undo import UndoController
from taskforce_app.ui.kit.workers import JobControl, run_with_progress
from taskforce_app.ui.reports.calendar_export import export_calendar
from taskforce_app.ui.reports.export_dialog import ExportDialog
from taskforce_app.ui.reports.report_writer import WrittenReportDialog
from taskforce_app.ui.reports.returned_dialog import ReturnedDialog
from taskforce_app.ui.reports.statistics_dialog import StatisticsDialog

EXPORT_FOLDER_KEY = "reports/export_folder"
"""Where the last export was saved (the next save dialog starts there)."""

Writer = Callable[[Path, JobControl], Path]
"""Writes one export to a path, asking the job whether it was cancelled and reporting progress."""


def open_in_file_manager(folder: Path) -> None:
    """Show `folder` in the system's file manager."""
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


def _report_progress(control: JobControl) -> Callable[[int, int], None]:
    """The services' (done, total) progress, passed on as the job's "write" phase."""
    return lambda done, total: control.progress("write", done, total)


def with_suffix(path: Path, suffix: str) -> Path:
    """`path` with `suffix` added when the user typed a name without it."""
    return path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)


class ReportsPage(QWidget):
    """A forløb picker; export and import actions on the left, its key figures on the right."""

    exported = Signal(object)
    """The `Path` of a file that was written."""
    key_figures_imported = Signal(object)
    """The `ImportReport` of an imported statistics file (other key-figure views reload)."""

    def __init__(
        self,
        context: AppContext,
        prompts: Prompts,
        undo: UndoController,
        parent: QWidget | None = None,
        *,
        settings: UiSettings | None = None,
        language: str = "da",
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(parent)
        self._context, self._prompts, self._undo = context, prompts, undo
        self._settings, self._language, self._today = settings, language, today
        self._engagement: uuid.UUID | None = None
        self._summaries: dict[uuid.UUID, EngagementSummary] = {}
        self.run_dialog: DialogRunner = exec_dialog
        self.open_folder: Callable[[Path], None] = open_in_file_manager
        self.last_export: Path | None = None

        self.engagement_combo = engagement_picker(self._engagement_chosen)
        top = labelled_row(((self.tr("&Engagement:"), self.engagement_combo),), spacing=0)
        top.addStretch(1)

        self.pdf_button = QPushButton(self.tr("Status report (PDF)…"))
        self.pdf_button.clicked.connect(self.export_pdf)
        self.write_button = QPushButton(self.tr("Write report…"))
        self.write_button.clicked.connect(self.write_report)
        self.workbook_button = QPushButton(self.tr("Workbook for the engagement (Excel)…"))
        self.workbook_button.clicked.connect(self.export_workbook)
        self.portfolio_button = QPushButton(self.tr("Portfolio overview (Excel)…"))
        self.portfolio_button.clicked.connect(self.export_portfolio)
        self.returned_button = QPushButton(self.tr("Load returned workbook…"))
        self.returned_button.clicked.connect(self.import_returned)
        self.statistics_button = QPushButton(self.tr("Import key figures (Statistics Denmark)…"))
        self.statistics_button.clicked.connect(self.import_statistics)
        self.calendar_button = QPushButton(self.tr("Export calendar…"))
        self.calendar_button.clicked.connect(self.export_calendar)
        municipality_box = self._group(
            self.tr("For the municipality"),
            [
                (
                    self.pdf_button,
                    self.tr("The engagement's status as a PDF, with the sections you choose."),
                ),
                (
                    self.write_button,
                    self.tr(
                        "The analysis report or status report: the consultants' own text "
                        "around the figures, saved as you type."
                    ),
                ),
                (
                    self.returned_button,
                    self.tr(
                        "The workbook the municipality sent back with Status and Note filled "
                        "in: see the changes before they are applied."
                    ),
                ),
            ],
        )
        colleagues_box = self._group(
            self.tr("For colleagues"),
            [
                (
                    self.workbook_button,
                    self.tr("Milestones, sample, answers, results, findings and recommendations."),
                ),
                (
                    self.portfolio_button,
                    self.tr("Every engagement side by side, with all assessments."),
                ),
                (
                    self.calendar_button,
                    self.tr(
                        "Milestones, status meetings and due dates of recommendations as a "
                        "calendar file for Outlook (no case data)."
                    ),
                ),
            ],
        )
        statistics_box = self._group(
            self.tr("Statistics Denmark"),
            [
                (
                    self.statistics_button,
                    self.tr("A CSV file from Statistikbanken: UND1, ANBAAR, FOLK1A and others."),
                )
            ],
        )
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        actions = QVBoxLayout()
        actions.addWidget(municipality_box)
        actions.addWidget(colleagues_box)
        actions.addWidget(statistics_box)
        actions.addWidget(self.status_label)
        actions.addStretch(1)
        actions_widget = QWidget()
        actions_widget.setLayout(actions)
        actions_widget.setFixedWidth(340)
        actions.setContentsMargins(0, 0, 0, 0)

        self.key_figures = KeyFiguresPanel(context, language=language)
        self.key_figures_box = QGroupBox(self.tr("Key figures"))
        key_layout = QVBoxLayout(self.key_figures_box)
        key_layout.addWidget(self.key_figures)
        body = QHBoxLayout()
        body.addWidget(actions_widget)
        body.addSpacing(12)
        body.addWidget(self.key_figures_box, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.addWidget(page_heading(self.tr("Reports")))
        layout.addLayout(top)
        layout.addSpacing(6)
        layout.addLayout(body, 1)
        self._update_actions()
        self.refresher = RefreshWhenShown(self, self.reload)

    def _group(self, title: str, rows: list[tuple[QPushButton, str]]) -> QGroupBox:
        box = QGroupBox(title)
        layout = QVBoxLayout(box)
        for button, text in rows:
            note = QLabel(text)
            note.setWordWrap(True)
            note.setStyleSheet("color: palette(placeholder-text);")
            layout.addWidget(button)
            layout.addWidget(note)
            layout.addSpacing(4)
        return box

    # -- what is shown -----------------------------------------------------------------------

    @property
    def engagement_id(self) -> uuid.UUID | None:
        """The forløb chosen."""
        return self._engagement

    def set_context(self, context: AppContext) -> None:
        """Use another open database."""
        self._context = context
        self._engagement = None
        self.key_figures.set_context(context)
        self.refresher.request()

    def reload(self) -> None:
        """Read the list of forløb again, keeping the one chosen."""
        wanted = self._engagement
        summaries = self._context.engagements.summaries()
        self._summaries = {summary.id: summary for summary in summaries}
        index = fill_engagement_combo(self.engagement_combo, summaries, wanted)
        self._engagement = None
        self._engagement_chosen(index)

    def show_engagement(self, engagement_id: uuid.UUID) -> None:
        """Choose one forløb (e.g. when opened from another page)."""
        self.refresher.catch_up()
        choose_listed(self.engagement_combo, engagement_id, self.reload)

    def apply_changes(self, changes: Changes) -> None:
        """Read the forløb list again when forløb changed (everything on the next show)."""
        if not self.isVisible():
            self.refresher.stale = True
            return
        if changes.touches(Entity.ENGAGEMENT):
            self.reload()

    def _engagement_chosen(self, index: int) -> None:
        value = self.engagement_combo.itemData(index) if index >= 0 else None
        engagement_id = uuid.UUID(value) if isinstance(value, str) else None
        if engagement_id == self._engagement and engagement_id is not None:
            return
        self._engagement = engagement_id
        summary = self._summary()
        self.key_figures_box.setTitle(
            self.tr("Key figures for %1").replace("%1", summary.municipality_name)
            if summary is not None
            else self.tr("Key figures")
        )
        self.key_figures.set_municipality(
            summary.municipality_code if summary is not None else None
        )
        self._update_actions()

    def _summary(self) -> EngagementSummary | None:
        return None if self._engagement is None else self._summaries.get(self._engagement)

    def _update_actions(self) -> None:
        chosen = self._engagement is not None
        for button in (
            self.pdf_button,
            self.write_button,
            self.workbook_button,
            self.returned_button,
        ):
            button.setEnabled(chosen)

    # -- exports -----------------------------------------------------------------------------

    def export_pdf(self) -> Path | None:
        """Choose the sections, then the file, then write the statusrapport in the background."""
        summary = self._summary()
        if summary is None:
            return None
        dialog = ExportDialog(summary.municipality_name, self, settings=self._settings)
        try:
            if not self.run_dialog(dialog):
                return None
            options = dialog.options()
        finally:
            dialog.deleteLater()
        return self._export_pdf_with(summary, options)

    def write_report(self) -> None:
        """Write the forløb's analyserapport or statusrapport (each section saved as typed)."""
        summary = self._summary()
        if summary is None:
            return
        dialog = WrittenReportDialog(
            self._context,
            self._undo,
            summary.id,
            self,
            prompts=self._prompts,
            municipality=summary.municipality_name,
            folder=self._export_folder(),
            language=self._language,
        )
        dialog.exported.connect(self._written_report_saved)
        try:
            self.run_dialog(dialog)
        finally:
            dialog.deleteLater()

    def export_calendar(self) -> Path | None:
        """The same calendar export as File > Export calendar…, the chosen forløb preselected."""
        written = export_calendar(
            self._context,
            self._prompts,
            self,
            language=self._language,
            selected_engagement=self._engagement,
            folder=self._export_folder(),
        )
        if written is None:
            return None
        path = written[0]
        self._remember_folder(path.parent)
        return path

    def _written_report_saved(self, path: Path) -> None:
        self.last_export = path
        self._remember_folder(path.parent)
        self.exported.emit(path)

    def _export_pdf_with(self, summary: EngagementSummary, options: ReportOptions) -> Path | None:
        reports, engagement, today = self._context.reports, summary.id, self._today()

        def write(path: Path, control: JobControl) -> Path:
            return reports.export_pdf(
                engagement,
                path,
                options=options,
                cancelled=control.cancelled,
                progress=_report_progress(control),
                today=today,
            )

        name = self.tr("Status report %1 %2").replace("%1", summary.municipality_name)
        return self._export(
            self.tr("Save the status report"),
            name.replace("%2", today.isoformat()) + ".pdf",
            self.tr("PDF files (*.pdf)"),
            ".pdf",
            write,
        )

    def export_workbook(self) -> Path | None:
        """Write the forløb's workbook (Excel) in the background."""
        summary = self._summary()
        if summary is None:
            return None
        workbooks, engagement, today = self._context.workbooks, summary.id, self._today()

        def write(path: Path, control: JobControl) -> Path:
            return workbooks.export_engagement(
                engagement,
                path,
                cancelled=control.cancelled,
                progress=_report_progress(control),
                today=today,
            )

        name = self.tr("Workbook %1 %2").replace("%1", summary.municipality_name)
        return self._export(
            self.tr("Save the engagement's workbook"),
            name.replace("%2", today.isoformat()) + ".xlsx",
            self.tr("Excel workbooks (*.xlsx)"),
            ".xlsx",
            write,
        )

    def export_portfolio(self) -> Path | None:
        """Write the portfolio workbook across all forløb in the background."""
        workbooks, today = self._context.workbooks, self._today()

        def write(path: Path, control: JobControl) -> Path:
            return workbooks.export_portfolio(
                path,
                cancelled=control.cancelled,
                progress=_report_progress(control),
                today=today,
            )

        name = self.tr("Portfolio overview %1").replace("%1", today.isoformat())
        return self._export(
            self.tr("Save the portfolio overview"),
            name + ".xlsx",
            self.tr("Excel workbooks (*.xlsx)"),
            ".xlsx",
            write,
        )

    def _export(
        self, title: str, default_name: str, file_filter: str, suffix: str, write: Writer
    ) -> Path | None:
        chosen = self._prompts.choose_save_file(
            title, file_filter, self._export_folder() / default_name
        )
        if chosen is None:
            return None
        target = with_suffix(chosen, suffix)

        def job(control: JobControl) -> Path:
            return write(target, control)

        written = run_with_progress(self, title, job, self._prompts, self._language)
        if written is None:
            self.status_label.setText(self.tr("Nothing was saved."))
            return None
        self.last_export = written
        self._remember_folder(written.parent)
        self.status_label.setText(self.tr("Saved: %1").replace("%1", str(written)))
        self.exported.emit(written)
        if self._prompts.confirm(
            title,
            self.tr("Saved as %1.\n\nOpen the folder?").replace("%1", str(written)),
        ):
            self.open_folder(written.parent)
        return written

    def _export_folder(self) -> Path:
        if self._settings is not None:
            value = self._settings.store.value(EXPORT_FOLDER_KEY)
            if isinstance(value, str) and value and Path(value).is_dir():
                return Path(value)
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        return Path(documents) if documents else Path.home()

    def _remember_folder(self, folder: Path) -> None:
        if self._settings is not None:
            self._settings.store.setValue(EXPORT_FOLDER_KEY, str(folder))

    # -- imports -----------------------------------------------------------------------------

    def make_returned_dialog(self) -> ReturnedDialog:
        """The returned-workbook dialog for the chosen forløb."""
        summary = self._summary()
        return ReturnedDialog(
            self._context,
            self._prompts,
            self._undo,
            self._engagement,
            self,
            language=self._language,
            engagement_name=(
                "" if summary is None else f"{summary.municipality_name} – {summary.title}"
            ),
        )

    def import_returned(self) -> ReturnedDialog | None:
        """Choose a returned workbook, preview it, and let the user apply it."""
        path = self._prompts.choose_file(
            self.tr("Choose the returned workbook"),
            self.tr("Excel workbooks (*.xlsx);;All files (*)"),
            self._export_folder(),
        )
        if path is None:
            return None
        dialog = self.make_returned_dialog()
        try:
            dialog.load(path)
            self.run_dialog(dialog)
        finally:
            dialog.deleteLater()
        return dialog

    def import_statistics(self) -> StatisticsDialog:
        """Import a Statistikbanken CSV; the key figures shown are read again afterwards."""
        dialog = StatisticsDialog(
            self._context,
            self._prompts,
            self,
            language=self._language,
            start_folder=self._export_folder(),
        )
        dialog.imported.connect(self._statistics_imported)
        try:
            self.run_dialog(dialog)
        finally:
            dialog.deleteLater()
        return dialog

    def _statistics_imported(self, report: ImportReport) -> None:
        self.key_figures.reload()
        self.key_figures_imported.emit(report)
