"""The Kommentarer tab: a forløb's review notes (open first), add, resolve and reopen, and
marking a round klar til rapport (refused while notes on it are open)."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QItemSelection, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from taskforce_app.bootstrap import AppContext
from taskforce_app.domain.enums import RoundStatus
from taskforce_app.domain.errors import UserError
from taskforce_app.domain.findings import FindingView, ReviewNoteView
from taskforce_app.ui.findings.finding_commands import (
    AddNoteCommand,
    ResolveNoteCommand,
    RoundReadyCommand,
    ready_for_report_block,
)
from taskforce_app.ui.findings.finding_models import FilterProxy, NoteColumn, NoteTableModel
from taskforce_app.ui.findings.prepared_table import find_data, id_at
from taskforce_app.ui.findings.recommendation_panel import filtered_table
from taskforce_app.ui.kit.error_label import error_label, message_label
from taskforce_app.ui.kit.inline_errors import CommandErrors
from taskforce_app.ui.kit.palette_colours import GREEN
from taskforce_app.ui.kit.prompts import Prompts
from taskforce_app.ui.kit.read_only import ReadOnlyLock, keep_usable
from taskforce_app.ui.kit.undo import ServiceCommand, UndoController


def round_status_label(status: RoundStatus) -> str:
    """The translated name of a review round's state."""
    return {
        RoundStatus.OPEN: QCoreApplication.translate("RoundStatus", "open"),
        RoundStatus.READY_FOR_REPORT: QCoreApplication.translate("RoundStatus", "ready for report"),
        RoundStatus.SIGNED_OFF: QCoreApplication.translate("RoundStatus", "signed off"),
    }[status]


class NotesPanel(CommandErrors, QWidget):
    """Review comments of one forløb; every change is an undo step."""

    open_count_changed = Signal(int)
    """How many of the forløb's comments are open."""

    def __init__(
        self,
        context: AppContext,
        prompts: Prompts,
        undo: UndoController,
        parent: QWidget | None = None,
        *,
        consultant: Callable[[], uuid.UUID | None] = lambda: None,
        language: str = "da",
    ) -> None:
        super().__init__(parent)
        self._context, self._prompts, self._undo = context, prompts, undo
        self._consultant, self._language = consultant, language
        self._engagement: uuid.UUID | None = None
        self._finding: FindingView | None = None
        self._titles: dict[uuid.UUID, str] = {}

        self.model = NoteTableModel(self)
        self.proxy = FilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = filtered_table(self.proxy, NoteColumn.TEXT, NoteColumn.STATE)
        self.table.selectionModel().selectionChanged.connect(self._on_selection)

        self.resolve_button = QPushButton(self.tr("&Resolve"))
        self.resolve_button.clicked.connect(self.resolve_selected)
        self.reopen_button = QPushButton(self.tr("Re&open"))
        self.reopen_button.clicked.connect(self.reopen_selected)
        self.target_label = QLabel()
        self.target_label.setWordWrap(True)
        self.note_edit = QPlainTextEdit()
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setPlaceholderText(
            self.tr("A review comment (never CPR numbers or children's names)")
        )
        self.note_edit.setMaximumHeight(self.fontMetrics().height() * 4 + 12)
        self.add_button = QPushButton(self.tr("&Add comment"))
        self.add_button.clicked.connect(self.add_note)

        self.round_combo = QComboBox()
        self.round_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.round_combo.setMinimumContentsLength(24)
        self.ready_button = QPushButton(self.tr("Mark round ready for report"))
        self.ready_button.clicked.connect(self.mark_ready)
        self.round_combo.currentIndexChanged.connect(lambda _index: self._update_buttons())
        self.error_label = error_label()
        self.info_label = message_label(GREEN)

        round_row = QHBoxLayout()
        round_label = QLabel(self.tr("Ro&und:"))
        round_label.setBuddy(self.round_combo)
        round_row.addWidget(round_label)
        round_row.addWidget(self.round_combo)
        round_row.addWidget(self.ready_button)
        round_row.addStretch(1)
        round_row.addWidget(self.resolve_button)
        round_row.addWidget(self.reopen_button)
        add_row = QHBoxLayout()
        add_row.addWidget(self.note_edit, 1)
        add_row.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(round_row)
        layout.addWidget(self.error_label)
        layout.addWidget(self.info_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.target_label)
        layout.addLayout(add_row)
        keep_usable(self.round_combo)
        self.read_only = ReadOnlyLock(self, lambda: self._context.read_only)
        self._update_buttons()

    @property
    def info_text(self) -> str:
        """The confirmation shown ("" when none)."""
        return "" if self.info_label.isHidden() else self.info_label.text()

    def set_context(self, context: AppContext) -> None:
        """Use another open database."""
        self._context = context
        self.read_only.apply()
        self.set_scope(None, None, [])

    def set_scope(
        self,
        engagement_id: uuid.UUID | None,
        finding: FindingView | None,
        findings: Sequence[FindingView],
    ) -> None:
        """Show the comments of `engagement_id`; new ones go to the selected `finding`."""
        if engagement_id != self._engagement:
            self.error_label.hide()
            self.info_label.hide()
        self._engagement, self._finding = engagement_id, finding
        self._titles = {f.id: f.title for f in findings}
        self.refresh()

    def note_ids(self) -> list[uuid.UUID]:
        """The comments shown, top to bottom."""
        return [
            note_id
            for row in range(self.proxy.rowCount())
            if (note_id := id_at(self.proxy, self.proxy.index(row, 0))) is not None
        ]

    def select(self, note_id: uuid.UUID) -> bool:
        """Select a comment."""
        row = self.model.row_of(note_id)
        if row is None:
            return False
        self.table.selectRow(self.proxy.mapFromSource(self.model.index(row, 0)).row())
        return True

    def refresh(self) -> None:
        """Read the comments and the rounds again."""
        selected = self._selected()
        eid = self._engagement
        notes: list[ReviewNoteView] = self._context.notes.notes(eid) if eid else []
        if eid is not None:
            missing = {
                n.finding_id for n in notes if n.finding_id and n.finding_id not in self._titles
            }
            for finding_id in missing:
                try:
                    self._titles[finding_id] = self._context.findings.get(finding_id).title
                except UserError:
                    self._titles[finding_id] = self.tr("(deleted finding)")
        self.model.set_views(notes, self._titles)
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(NoteColumn.TEXT, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(NoteColumn.FINDING, min(header.sectionSize(NoteColumn.FINDING), 260))
        if selected is not None:
            self.select(selected)
        self._fill_rounds()
        if self._finding is not None:
            self.target_label.setText(
                self.tr("New comments go to the finding “%1”.").replace("%1", self._finding.title)
            )
        else:
            self.target_label.setText(self.tr("Select a finding to comment on it."))
        self._update_buttons()
        self.open_count_changed.emit(self.model.open_count())

    # --- edits -------------------------------------------------------------------------------

    def add_note(self) -> bool:
        """Add the typed comment to the selected finding (one undo step)."""
        finding = self._finding
        if finding is None or self._engagement is None:
            return False
        command = AddNoteCommand(
            self.tr("new comment"),
            self._context,
            finding.engagement_id,
            self.note_edit.toPlainText(),
            finding_id=finding.id,
            author_id=self._consultant(),
        )
        if self._perform(command):
            self.note_edit.clear()
            return True
        return False

    def resolve_selected(self) -> bool:
        """Resolve the selected comment."""
        return self._set_resolved(True)

    def reopen_selected(self) -> bool:
        """Open the selected comment again."""
        return self._set_resolved(False)

    def mark_ready(self) -> bool:
        """Mark the chosen round klar til rapport; the service refuses while notes are open."""
        round_id = self.round_combo.currentData()
        if not isinstance(round_id, uuid.UUID):
            return False
        command = RoundReadyCommand(
            self.tr("round marked ready for report"), self._context, round_id
        )
        if not self._perform(command):
            return False
        self.info_label.setText(
            self.tr("The round “%1” is ready for the report.").replace(
                "%1", self.round_combo.currentText()
            )
        )
        self.info_label.show()
        return True

    def _set_resolved(self, resolve: bool) -> bool:
        note_id = self._selected()
        if note_id is None:
            return False
        text = self.tr("resolution of a comment") if resolve else self.tr("reopening of a comment")
        command = ResolveNoteCommand(
            text, self._context, note_id, resolve=resolve, by=self._consultant()
        )
        return self._perform(command)

    def _perform(self, command: ServiceCommand) -> bool:
        self.info_label.hide()
        return super()._perform(command)

    # --- display -----------------------------------------------------------------------------

    def _selected(self) -> uuid.UUID | None:
        rows = self.table.selectionModel().selectedRows()
        return id_at(self.proxy, rows[0]) if rows else None

    def _on_selection(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._update_buttons()

    def _fill_rounds(self) -> None:
        current = self.round_combo.currentData()
        rounds = self._context.review.rounds(self._engagement) if self._engagement else []
        self.round_combo.blockSignals(True)
        self.round_combo.clear()
        for round_ in rounds:
            self.round_combo.addItem(
                f"{round_.name} ({round_status_label(round_.status)})", round_.id
            )
        found = find_data(self.round_combo, current) if current is not None else -1
        if found < 0 and self._finding is not None and self._finding.round_id is not None:
            found = find_data(self.round_combo, self._finding.round_id)
        self.round_combo.setCurrentIndex(max(found, 0) if rounds else -1)
        self.round_combo.blockSignals(False)

    def _update_buttons(self) -> None:
        selected = self._selected()
        view = self.model.view(selected) if selected is not None else None
        self.resolve_button.setEnabled(view is not None and view.is_open)
        self.reopen_button.setEnabled(view is not None and not view.is_open)
        self.add_button.setEnabled(self._finding is not None)
        self.note_edit.setEnabled(self._finding is not None)
        block = ready_for_report_block(self._context, self.round_combo.currentData())
        self.ready_button.setEnabled(self.round_combo.count() > 0 and not block)
        self.ready_button.setToolTip(block)
        self.round_combo.setEnabled(self.round_combo.count() > 0)
