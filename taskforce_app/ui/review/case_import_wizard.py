"""The case-list import wizard: file and sheet → column mapping → report → import.

Reading, checking and importing run off the GUI thread behind a progress dialog with Cancel.
The import is one transaction: cancelled or failed, it stores nothing. Rows are only ever shown
through `preview_rows`, which masks CPR numbers and blanks sensitive columns.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import (
    QLocale,
    QSize,
)
from PySide6.QtWidgets import (
    QWidget,
    QWizard,
)

from taskforce_app.bootstrap import AppContext
from taskforce_app.domain.cases import (
    CaseColumnMapping,
    CaseListReport,
)
from taskforce_app.ui.kit.prompts import Prompts
from taskforce_app.ui.kit.undo import UndoController

if TYPE_CHECKING:
    from taskforce_app.services.case_lists import CaseListPreview, ImportOutcome
from taskforce_app.ui.kit.workers import JobControl, ProgressRunner, failure_message
from taskforce_app.ui.review.case_import_models import (
    QWIDGETSIZE_MAX,
)
from taskforce_app.ui.review.case_import_pages import DonePage, FilePage, MappingPage, ReportPage

T = TypeVar("T")


class CaseImportWizard(QWizard):
    """Import a municipality's case list into one forløb."""

    def __init__(
        self,
        context: AppContext,
        prompts: Prompts,
        undo: UndoController,
        engagement_id: uuid.UUID,
        parent: QWidget | None = None,
        *,
        language: str = "da",
    ) -> None:
        super().__init__(parent)
        self.context, self.prompts, self.undo = context, prompts, undo
        self.engagement_id = engagement_id
        self.language = language
        self.municipality = context.engagements.get(engagement_id).municipality.name
        self.path: Path | None = None
        self.preview: CaseListPreview | None = None
        self.mapping = CaseColumnMapping()
        self.report: CaseListReport | None = None
        self.outcome: ImportOutcome | None = None
        self.last_error = ""
        self.cancelled = False
        self.runner = ProgressRunner(self, self.tr("Import case list"))
        self.setWindowTitle(self.tr("Import case list – %1").replace("%1", self.municipality))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.file_page = FilePage(self)
        self.mapping_page = MappingPage(self)
        self.report_page = ReportPage(self)
        self.done_page = DonePage(self)
        for page in (self.file_page, self.mapping_page, self.report_page, self.done_page):
            self.addPage(page)
        # An explicit minimum stops QWizard from resizing the window to each page's minimum
        # (which asks the platform to propagate size hints; offscreen cannot).
        self.setMinimumSize(QSize(760, 560))
        self.setMaximumSize(QSize(QWIDGETSIZE_MAX, QWIDGETSIZE_MAX))
        self.resize(960, 740)
        self.restart()

    @property
    def headers(self) -> tuple[str, ...]:
        """The headings of the chosen table."""
        return () if self.preview is None else self.preview.table.headers

    @property
    def running(self) -> bool:
        """True while a background job runs."""
        return self.runner.running

    def cancel_running(self) -> None:
        """Cancel the running job (what the progress dialog's Cancel does; thread-safe)."""
        self.runner.cancel()

    def cancelled_text(self) -> str:
        """The note shown after a cancelled import."""
        return self.tr("The import was cancelled. Nothing was stored.")

    def number(self, value: int) -> str:
        """A count with the thousands separator of the UI language."""
        locale = QLocale(
            QLocale.Language.Danish if self.language == "da" else QLocale.Language.English
        )
        return locale.toString(value)

    def run(self, function: Callable[[JobControl], T], label: str) -> T | None:
        """Run `function` off the GUI thread; keep the error message in `last_error`."""
        self.last_error = ""
        self.cancelled = False
        outcome = self.runner.run(function, label)
        if outcome.error is not None:
            self.last_error = failure_message(outcome.error, self.language)
            return None
        if outcome.cancelled:
            self.cancelled = True
            return None
        return outcome.result

    def set_preview(self, preview: CaseListPreview | None) -> None:
        """Use a newly read table and its proposed mapping."""
        self.preview = preview
        self.mapping = CaseColumnMapping() if preview is None else preview.mapping
        self.report = None

    def check(self) -> CaseListReport | None:
        """Validate every row with the chosen mapping; stores nothing."""
        preview = self.preview
        self.report = None
        if preview is None:
            return None
        table, mapping, engagement_id = preview.table, self.mapping, self.engagement_id
        service = self.context.case_lists

        def check(_control: JobControl) -> CaseListReport:
            return service.check(engagement_id, table, mapping)

        self.report = self.run(check, self.tr("Checking the rows…"))
        return self.report

    def import_rows(self) -> bool:
        """Import the valid rows in one transaction; publish what changed. True when stored."""
        preview = self.preview
        if preview is None:
            return False
        table, mapping, engagement_id = preview.table, self.mapping, self.engagement_id
        service = self.context.case_lists

        def store(control: JobControl) -> tuple[ImportOutcome, Any]:
            return service.import_rows(
                engagement_id,
                table,
                mapping,
                cancelled=control.cancelled,
                progress=control.progress,
            )

        result = self.run(store, self.tr("Importing the cases…"))
        if result is None:
            return False
        outcome, changes = result
        self.outcome = outcome
        self.undo.publish(changes)
        return True

    def reject(self) -> None:
        """Cancel a running job first; close only when none runs."""
        if self.running:
            self.cancel_running()
            return
        super().reject()
