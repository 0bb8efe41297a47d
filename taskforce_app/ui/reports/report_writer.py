"""Writing the analyserapport and statusrapport: the report's sections in a list (written ones
with their status and who changed them last), the chosen section's text with autosave, its
status, and a finding pulled into the conclusions. Every save is one undoable step. The dialog
saves the report as Word or PDF."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QItemSelection, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QFont, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from taskforce_app.bootstrap import AppContext
from taskforce_app.domain.changes import Changes
from taskforce_app.domain.errors import UserError
from taskforce_app.domain.messages_authoring import SectionChangedError
from taskforce_app.domain.report_templates import (
    ReportType,
    SectionState,
    SectionStatus,
    SectionVersion,
)
from taskforce_app.ui.kit.column_table import ColumnSpec, ColumnTableModel
from taskforce_app.ui.kit.error_label import error_label
from taskforce_app.ui.kit.prompts import Prompts
from taskforce_app.ui.kit.undo import ActionCommand, UndoController
from taskforce_app.ui.kit.workers import JobControl, run_with_progress

AUTOSAVE_MS = 800
"""How long typing must pause before the text is saved."""


def status_text(status: SectionStatus | None) -> str:
    """The status as the user reads it ("–" for a part the program makes)."""
    names: dict[SectionStatus, Callable[[], str]] = {
        SectionStatus.DRAFT: lambda: QCoreApplication.translate("WrittenReportEditor", "Draft"),
        SectionStatus.READY: lambda: QCoreApplication.translate("WrittenReportEditor", "Ready"),
        SectionStatus.APPROVED: lambda: QCoreApplication.translate(
            "WrittenReportEditor", "Approved"
        ),
    }
    return names[status]() if status is not None else "–"


def changed_text(state: SectionState) -> str:
    """Who changed the section last, and when (local time)."""
    stored = state.stored
    if stored is None or stored.changed_at is None:
        return (
            QCoreApplication.translate("WrittenReportEditor", "Not written yet.")
            if state.template.is_text
            else ""
        )
    when = stored.changed_at.astimezone().strftime("%d-%m-%Y %H:%M")
    who = stored.changed_by or QCoreApplication.translate("WrittenReportEditor", "unknown")
    return (
        QCoreApplication.translate("WrittenReportEditor", "Changed by %1 on %2")
        .replace("%1", who)
        .replace("%2", when)
    )


def _generated_font(state: SectionState) -> QFont | None:
    """Parts the program makes are set in italics (they cannot be written in)."""
    if state.template.is_text:
        return None
    font = QFont()
    font.setItalic(True)
    return font


def section_model(
    parent: QWidget | None = None, language: str = "da"
) -> ColumnTableModel[SectionState]:
    """The report's sections: title (in `language`), status, who changed it last."""
    columns: list[ColumnSpec[SectionState]] = [
        ColumnSpec(
            lambda: QCoreApplication.translate("WrittenReportEditor", "Section"),
            lambda s: s.template.label(language),
            font=_generated_font,
            tooltip=lambda s: s.template.guidance_in(language) or None,
        ),
        ColumnSpec(
            lambda: QCoreApplication.translate("WrittenReportEditor", "Status"),
            lambda s: status_text(s.status),
        ),
        ColumnSpec(
            lambda: QCoreApplication.translate("WrittenReportEditor", "Changed by"),
            lambda s: s.stored.changed_by if s.stored is not None else "",
        ),
    ]
    return ColumnTableModel(columns, key=lambda s: s.template.id, parent=parent)


class WrittenReportEditor(QWidget):
    """The sections of one forløb's written report, its text autosaved as the user types."""

    saved = Signal(object)
    """The `SectionState` after a save, a status change or a pulled finding."""

    def __init__(
        self,
        context: AppContext,
        undo: UndoController,
        parent: QWidget | None = None,
        *,
        language: str = "da",
        autosave_ms: int = AUTOSAVE_MS,
    ) -> None:
        super().__init__(parent)
        self._context, self._undo, self._language = context, undo, language
        self._engagement: uuid.UUID | None = None
        self._current: SectionState | None = None
        self._dirty = False
        self._loading = False

        self.report_combo = QComboBox()
        self.report_combo.addItem(self.tr("Analysis report"), ReportType.ANALYSE.value)
        self.report_combo.addItem(self.tr("Status report"), ReportType.STATUS.value)
        self.report_combo.currentIndexChanged.connect(self._report_chosen)
        report_label = QLabel(self.tr("&Report:"))
        report_label.setBuddy(self.report_combo)

        self.model = section_model(self, language)
        self.sections_view = QTableView()
        self.sections_view.setModel(self.model)
        self.sections_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.sections_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.sections_view.verticalHeader().hide()
        header = self.sections_view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.sections_view.selectionModel().selectionChanged.connect(self._section_chosen)

        self.title_label = QLabel()
        font = self.title_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.title_label.setFont(font)
        self.guidance_label = QLabel()
        self.guidance_label.setWordWrap(True)
        self.guidance_label.setStyleSheet("color: palette(placeholder-text);")
        self.text_edit = QPlainTextEdit()
        self._placeholder = self.tr(
            "Write here. A line starting with '# ' is a heading, '- ' a bullet."
        )
        self.text_edit.textChanged.connect(self._text_changed)
        self.status_combo = QComboBox()
        for status in SectionStatus:
            self.status_combo.addItem(status_text(status), status.value)
        self.status_combo.activated.connect(self._status_chosen)
        self.changed_label = QLabel()
        self.finding_combo = QComboBox()
        self.finding_combo.setMinimumContentsLength(30)
        self.pull_button = QPushButton(self.tr("Pull into the text"))
        self.pull_button.setToolTip(
            self.tr("Adds the finding's title, description and recommendations to this section.")
        )
        self.pull_button.clicked.connect(self.pull_finding)
        self.error = error_label()

        status_row = QHBoxLayout()
        status_row.addWidget(self.status_combo)
        status_row.addWidget(self.changed_label, 1)
        finding_row = QHBoxLayout()
        finding_row.addWidget(self.finding_combo, 1)
        finding_row.addWidget(self.pull_button)
        form = QFormLayout()
        form.addRow(self.tr("Status:"), status_row)
        form.addRow(self.tr("Finding:"), finding_row)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(8, 0, 0, 0)
        right_layout.addWidget(self.title_label)
        right_layout.addWidget(self.guidance_label)
        right_layout.addWidget(self.text_edit, 1)
        right_layout.addWidget(self.error)
        right_layout.addLayout(form)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.sections_view)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([380, 820])

        top = QHBoxLayout()
        top.addWidget(report_label)
        top.addWidget(self.report_combo)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)

        self.autosave = QTimer(self)
        self.autosave.setSingleShot(True)
        self.autosave.setInterval(autosave_ms)
        self.autosave.timeout.connect(self.save_now)
        undo.changed.connect(self._changed_elsewhere)
        self._show_section(None)

    # -- what is shown --------------------------------------------------------------------

    @property
    def report_type(self) -> ReportType:
        """The report being written."""
        return ReportType(str(self.report_combo.currentData()))

    def set_engagement(self, engagement_id: uuid.UUID | None) -> None:
        """Show the written report of `engagement_id` (saving what was typed first)."""
        self.save_now()
        self._engagement = engagement_id
        self._fill_findings()
        self.reload()

    def reload(self) -> None:
        """Read the sections again, keeping the chosen one."""
        wanted = self._current.template.id if self._current is not None else None
        states = (
            []
            if self._engagement is None
            else self._context.report_authoring.sections(self._engagement, self.report_type)
        )
        self.model.set_rows(states)
        if not states:
            self._show_section(None)
            return
        self.select_section(wanted or states[0].template.id)

    def select_section(self, section_id: str) -> None:
        """Choose the section `section_id` in the list."""
        row = self.model.row_of(section_id)
        if row is None:
            return
        self.sections_view.selectRow(row)  # the selection handler saves, then shows it
        current = self._current
        if current is None or (current.template.id == section_id and not self._dirty):
            self._show_section(self.model.record_at(row))  # already selected: show it afresh

    def _fill_findings(self) -> None:
        self.finding_combo.clear()
        if self._engagement is None:
            return
        for finding in self._context.findings.findings(self._engagement):
            self.finding_combo.addItem(finding.title, str(finding.id))

    def _show_section(self, state: SectionState | None) -> None:
        self._loading = True
        self._current = state
        self.error.hide()
        writable = state is not None and state.template.is_text
        self.title_label.setText(state.template.label(self._language) if state is not None else "")
        if state is None:
            self.guidance_label.setText("")
        elif writable:
            self.guidance_label.setText(state.template.guidance_in(self._language))
        else:
            self.guidance_label.setText(
                self.tr("This part is made by the program from the engagement's data.")
            )
        if self.text_edit.toPlainText() != (state.text if state is not None else ""):
            self.text_edit.setPlainText(state.text if state is not None else "")
        self.text_edit.setReadOnly(not writable)
        self.text_edit.setPlaceholderText(self._placeholder if writable else "")
        self.text_edit.setEnabled(writable)
        self.status_combo.setEnabled(writable)
        if state is not None and state.status is not None:
            self.status_combo.setCurrentIndex(self.status_combo.findData(state.status.value))
        self.changed_label.setText(changed_text(state) if state is not None else "")
        self.pull_button.setEnabled(writable and self.finding_combo.count() > 0)
        self.finding_combo.setEnabled(writable and self.finding_combo.count() > 0)
        self._dirty = False
        self._loading = False

    def _update_row(self, state: SectionState) -> None:
        row = self.model.row_of(state.template.id)
        if row is not None:
            self.model.replace_record(row, state)

    # -- edits ----------------------------------------------------------------------------

    def save_now(self) -> bool:
        """Save the typed text now (autosave calls it); False when it was refused.

        The save names the version the editor loaded: when someone saved the section since,
        nothing is saved and the user may reload the stored text (their own text is copied to
        the clipboard); True then, as nothing typed is pending.
        """
        self.autosave.stop()
        state = self._current
        if not self._dirty or state is None or self._engagement is None:
            return True
        text = self.text_edit.toPlainText()
        engagement, report_type, section_id = self._engagement, self.report_type, state.template.id
        authoring = self._context.report_authoring
        loaded = SectionVersion.of(state)
        try:
            done = self._perform(
                self.tr("Write '%1'").replace("%1", state.template.label(self._language)),
                lambda: authoring.save_text(
                    engagement, report_type, section_id, text, loaded=loaded
                )[1],
            )
        except SectionChangedError as error:
            return self._changed_meanwhile(error, text)
        if not done:
            return False
        self._dirty = self.text_edit.toPlainText() != text
        self._after_edit(authoring.section(engagement, report_type, section_id))
        return True

    def pull_finding(self) -> None:
        """Add the chosen finding's text to the chosen section (one undoable step)."""
        state = self._current
        finding = self.finding_combo.currentData()
        if state is None or self._engagement is None or finding is None or not self.save_now():
            return
        engagement, report_type, section_id = self._engagement, self.report_type, state.template.id
        authoring = self._context.report_authoring
        finding_id = uuid.UUID(str(finding))
        if self._perform(
            self.tr("Pull finding into '%1'").replace("%1", state.template.label(self._language)),
            lambda: authoring.pull_finding(engagement, report_type, finding_id, section_id)[1],
        ):
            fresh = authoring.section(engagement, report_type, section_id)
            self._show_section(fresh)
            self._after_edit(fresh)

    def _status_chosen(self, index: int) -> None:
        state = self._current
        if state is None or self._engagement is None or not self.save_now():
            return
        status = SectionStatus(str(self.status_combo.itemData(index)))
        if status is state.status:
            return
        engagement, report_type, section_id = self._engagement, self.report_type, state.template.id
        authoring = self._context.report_authoring
        if self._perform(
            self.tr("Status of '%1'").replace("%1", state.template.label(self._language)),
            lambda: authoring.set_status(engagement, report_type, section_id, status)[1],
        ):
            self._after_edit(authoring.section(engagement, report_type, section_id))
        elif state.status is not None:
            self.status_combo.setCurrentIndex(self.status_combo.findData(state.status.value))

    def _changed_meanwhile(self, error: SectionChangedError, typed: str) -> bool:
        """Tell who saved the section meanwhile and offer to reload it; True when reloaded (the
        typed text is then on the clipboard)."""
        state, engagement = self._current, self._engagement
        if state is None or engagement is None:
            return False
        message = error.message(self._language)
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("The section was changed"),
            message,
            QMessageBox.StandardButton.NoButton,
            self,
        )
        box.setInformativeText(
            self.tr(
                "Reload the saved text? Your own text is copied to the clipboard, so you can "
                "paste what you need into it."
            )
        )
        reload_button = box.addButton(self.tr("Reload"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Keep my text"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(reload_button)
        box.exec()
        reload = box.clickedButton() is reload_button
        box.deleteLater()
        if not reload:
            self.error.setText(message)
            self.error.show()
            return False
        QGuiApplication.clipboard().setText(typed)
        fresh = self._context.report_authoring.section(
            engagement, self.report_type, state.template.id
        )
        self._show_section(fresh)
        self._update_row(fresh)
        self.error.setText(
            self.tr("The saved text was reloaded; your own text is on the clipboard.")
        )
        self.error.show()
        return True

    def _perform(self, text: str, action: Callable[[], Changes]) -> bool:
        try:
            self._undo.perform(ActionCommand(text, self._context, action))
        except SectionChangedError:
            raise
        except UserError as error:
            self.error.setText(error.message(self._language))
            self.error.show()
            return False
        self.error.hide()
        return True

    def _after_edit(self, state: SectionState) -> None:
        self._current = state
        self._update_row(state)
        self.changed_label.setText(changed_text(state))
        if state.status is not None:
            self.status_combo.setCurrentIndex(self.status_combo.findData(state.status.value))
        self.saved.emit(state)

    # -- signals --------------------------------------------------------------------------

    def _text_changed(self) -> None:
        if self._loading or self._current is None:
            return
        self._dirty = True
        self.autosave.start()

    def _section_chosen(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = selected.indexes()
        if not rows or self._loading:
            return
        state = self.model.record_at(rows[0].row())
        if self._current is not None and state.template.id == self._current.template.id:
            return
        if not self.save_now() and self._current is not None:
            self._loading = True
            self.select_section(self._current.template.id)
            self._loading = False
            return
        self._show_section(state)

    def _report_chosen(self, _index: int) -> None:
        if self._current is not None and self._dirty and not self.save_now():
            return
        self._current = None
        self.reload()

    def _changed_elsewhere(self, _changes: Changes) -> None:
        """After an undo or redo (or another screen's edit), show what is stored."""
        if self._engagement is None or self._dirty:
            return
        wanted = self._current.template.id if self._current is not None else None
        states = self._context.report_authoring.sections(self._engagement, self.report_type)
        self.model.set_rows(states)
        fresh = next((item for item in states if item.template.id == wanted), None)
        if fresh is not None:
            self._show_section(fresh)


class WrittenReportDialog(QDialog):
    """The editor in its own window, with the report saved as Word or PDF; closing saves what
    was typed."""

    exported = Signal(object)
    """The `Path` of a written Word or PDF file."""

    def __init__(
        self,
        context: AppContext,
        undo: UndoController,
        engagement_id: uuid.UUID,
        parent: QWidget | None = None,
        *,
        prompts: Prompts,
        municipality: str = "",
        folder: Path | None = None,
        language: str = "da",
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Write report"))
        self._context, self._prompts, self._language = context, prompts, language
        self._engagement, self._municipality = engagement_id, municipality
        self._folder = folder or Path.home()
        self.editor = WrittenReportEditor(context, undo, self, language=language)
        self.editor.set_engagement(engagement_id)
        self.word_button = QPushButton(self.tr("Word document…"))
        self.word_button.clicked.connect(lambda: self.export("docx"))
        self.pdf_button = QPushButton(self.tr("PDF…"))
        self.pdf_button.clicked.connect(lambda: self.export("pdf"))
        self.status_label = QLabel()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(QLabel(self.tr("Save the report as:")))
        bottom.addWidget(self.word_button)
        bottom.addWidget(self.pdf_button)
        bottom.addWidget(self.status_label, 1)
        bottom.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.editor, 1)
        layout.addLayout(bottom)
        self.resize(1100, 720)

    def export(self, kind: str) -> Path | None:
        """Save what was typed, choose a file, and write the report as Word ("docx") or PDF
        ("pdf") in the background; the written file, or None."""
        if not self.editor.save_now():
            return None
        report_type = self.editor.report_type
        name = self.editor.report_combo.currentText()
        title = self.tr("Save %1").replace("%1", name)
        word = kind == "docx"
        file_filter = self.tr("Word document (*.docx)") if word else self.tr("PDF file (*.pdf)")
        start = self._folder / f"{name} {self._municipality}.{kind}".replace("  ", " ")
        chosen = self._prompts.choose_save_file(title, file_filter, start)
        if chosen is None:
            return None
        suffix = f".{kind}"
        target = (
            chosen if chosen.suffix.lower() == suffix else chosen.with_name(chosen.name + suffix)
        )
        authoring, engagement = self._context.report_authoring, self._engagement
        language = self._language

        def job(_control: JobControl) -> Path:
            if word:
                return authoring.export_docx(engagement, report_type, target, language=language)
            return authoring.export_pdf(engagement, report_type, target, language=language)

        written = run_with_progress(self, title, job, self._prompts, self._language)
        if written is None:
            self.status_label.setText(self.tr("Nothing was saved."))
            return None
        self._folder = written.parent
        self.status_label.setText(self.tr("Saved: %1").replace("%1", str(written)))
        self.exported.emit(written)
        return written

    def reject(self) -> None:
        """Close after saving; stay open when the text was refused (the message shows why)."""
        if self.editor.save_now():
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        """A title-bar close saves like the Close button."""
        if self.editor.save_now():
            event.accept()
        else:
            event.ignore()
