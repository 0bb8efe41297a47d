"""Exchange packages in the GUI: export forløb to a .tfpkg, preview and merge a colleague's one."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from taskforce_app.bootstrap import AppContext
from taskforce_app.domain.changes import Changes, Entity
from taskforce_app.domain.errors import UserError
from taskforce_app.domain.merge import Side, TableCounts
from taskforce_app.ui.exchange.exchange_models import (
    ConflictTableModel,
    PackageCountsModel,
    side_label,
    timestamp_text,
)
from taskforce_app.ui.kit.palette_colours import follow_palette
from taskforce_app.ui.kit.prompts import Prompts
from taskforce_app.ui.kit.undo import UndoController
from taskforce_app.ui.kit.workers import (
    JobControl,
    JobOutcome,
    ProgressRunner,
    failure_message,
    run_with_progress,
)

if TYPE_CHECKING:
    from taskforce_app.services.exchange import (
        ExchangeService,
        MergePreview,
        MergeResult,
    )
from taskforce_app.ui.exchange.exchange_parts import (
    HINT_STYLE,
    PASSPHRASE_CODES,
    T,
    compact_rows,
    exchange_service,
    exchange_table,
    fit_height,
    preview_job,
    size_text,
    wrapped_label,
)
from taskforce_app.ui.exchange.export_package_dialog import PassphraseDialog

Index = QModelIndex | QPersistentModelIndex


class ChoiceDelegate(QStyledItemDelegate):
    """A combo box for the conflict table's choice column: keep ours or take theirs."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        """A combo with both sides; choosing one commits at once."""
        combo = QComboBox(parent)
        for side in Side:
            combo.addItem(side_label(side), side.value)
        combo.activated.connect(lambda _row: self._commit(combo))
        return combo

    def _commit(self, combo: QComboBox) -> None:
        self.commitData.emit(combo)
        self.closeEditor.emit(combo)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        """Start from the current choice (ours when undecided)."""
        if isinstance(editor, QComboBox):
            value = index.data(Qt.ItemDataRole.EditRole)
            editor.setCurrentIndex(max(0, editor.findData(value)))

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        """Hand the chosen side to the model."""
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class ConflictTableView(QTableView):
    """The conflicts: space toggles ours/theirs, a double click on a value chooses it."""

    def __init__(self, model: ConflictTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = model
        self.setModel(model)
        self.setItemDelegateForColumn(ConflictTableModel.CHOICE, ChoiceDelegate(self))
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.SelectedClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        compact_rows(self)
        header = self.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(ConflictTableModel.OURS, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(ConflictTableModel.THEIRS, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(
            ConflictTableModel.CHOICE, QHeaderView.ResizeMode.ResizeToContents
        )
        header.setSectionResizeMode(
            ConflictTableModel.FIELD, QHeaderView.ResizeMode.ResizeToContents
        )
        self.doubleClicked.connect(self._choose_value)

    def fit_columns(self) -> None:
        """Size the record column to its contents, within reason."""
        self.resizeColumnToContents(ConflictTableModel.RECORD)
        self.setColumnWidth(
            ConflictTableModel.RECORD, min(self.columnWidth(ConflictTableModel.RECORD), 260)
        )

    def _choose_value(self, index: QModelIndex) -> None:
        if index.column() == ConflictTableModel.OURS:
            self._model.choose(index.row(), Side.OURS)
        elif index.column() == ConflictTableModel.THEIRS:
            self._model.choose(index.row(), Side.THEIRS)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Space toggles the choice of the selected conflicts."""
        if event.key() == Qt.Key.Key_Space and self.state() != QAbstractItemView.State.EditingState:
            rows = sorted({index.row() for index in self.selectionModel().selectedRows()})
            if not rows and self.currentIndex().isValid():
                rows = [self.currentIndex().row()]
            for row in rows:
                self._model.toggle(row)
            event.accept()
            return
        super().keyPressEvent(event)


class ImportPackageDialog(QDialog):
    """Open a package, preview what merging does, decide the conflicts side by side, merge."""

    merged = Signal(object)
    """The package was merged: its `MergeResult`."""

    def __init__(
        self,
        context: AppContext,
        prompts: Prompts,
        undo: UndoController,
        parent: QWidget | None = None,
        *,
        language: str = "da",
    ) -> None:
        super().__init__(parent)
        self._context, self._prompts, self._undo = context, prompts, undo
        self._language = language
        self._service: ExchangeService | None = None
        self.path: Path | None = None
        self.passphrase: str | None = None
        self.preview: MergePreview | None = None
        self.merge_result: MergeResult | None = None
        self.dry_run_result: MergeResult | None = None
        self.setWindowTitle(self.tr("Import exchange package"))

        self.path_label = QLabel(self.tr("No package chosen."))
        self.path_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.choose_button = QPushButton(self.tr("&Choose package…"))
        self.choose_button.clicked.connect(lambda: self.choose_package())
        path_row = QHBoxLayout()
        path_row.addWidget(QLabel(self.tr("Package:")))
        path_row.addWidget(self.path_label, 1)
        path_row.addWidget(self.choose_button)

        self.source_label = QLabel()
        self.created_label = QLabel()
        self.by_label = QLabel()
        self.engagements_label = wrapped_label()
        self.file_label = QLabel()
        info_box = QGroupBox(self.tr("Package"))
        info_form = QFormLayout(info_box)
        info_form.addRow(self.tr("From:"), self.source_label)
        info_form.addRow(self.tr("Made:"), self.created_label)
        info_form.addRow(self.tr("By:"), self.by_label)
        info_form.addRow(self.tr("Engagements:"), self.engagements_label)
        info_form.addRow(self.tr("File:"), self.file_label)

        self.counts_model = PackageCountsModel(self)
        self.counts_table = exchange_table(self.counts_model)
        counts_box = QGroupBox(self.tr("What the merge does"))
        counts_layout = QVBoxLayout(counts_box)
        counts_layout.addWidget(self.counts_table)

        top = QHBoxLayout()
        top.addWidget(info_box, 2)
        top.addWidget(counts_box, 3)

        self.conflict_model = ConflictTableModel(self)
        self.conflict_table = ConflictTableView(self.conflict_model)
        self.conflict_intro = wrapped_label(
            self.tr(
                "These fields were changed differently in both databases since you last "
                "exchanged. Choose for each one which value to keep (space switches; a double "
                "click on a value chooses it)."
            )
        )
        self.all_ours_button = QPushButton(self.tr("All: &keep ours"))
        self.all_ours_button.clicked.connect(lambda: self.conflict_model.choose_all(Side.OURS))
        self.all_theirs_button = QPushButton(self.tr("All: &take theirs"))
        self.all_theirs_button.clicked.connect(lambda: self.conflict_model.choose_all(Side.THEIRS))
        all_row = QHBoxLayout()
        all_row.addWidget(self.all_ours_button)
        all_row.addWidget(self.all_theirs_button)
        all_row.addStretch(1)
        self.conflicts_box = QGroupBox(self.tr("Conflicts"))
        conflicts_layout = QVBoxLayout(self.conflicts_box)
        conflicts_layout.addWidget(self.conflict_intro)
        conflicts_layout.addWidget(self.conflict_table, 1)
        conflicts_layout.addLayout(all_row)

        self.status_label = wrapped_label()
        self.hint_label = wrapped_label()
        follow_palette(self.hint_label, HINT_STYLE)
        self.undo_note = wrapped_label(
            self.tr(
                "A merge cannot be undone: Undo does not reach it, and the undo history is "
                "cleared when it is done."
            )
        )

        self.dry_run_button = QPushButton(self.tr("&Show the result without merging"))
        self.dry_run_button.clicked.connect(lambda: self.merge(dry_run=True))
        self.merge_button = QPushButton(self.tr("&Merge"))
        self.merge_button.setDefault(True)
        self.merge_button.clicked.connect(lambda: self.merge())
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.addButton(self.dry_run_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.merge_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(path_row)
        layout.addLayout(top)
        layout.addWidget(self.conflicts_box, 1)
        layout.addWidget(self.status_label)
        layout.addWidget(self.undo_note)
        layout.addWidget(self.hint_label)
        layout.addWidget(self.buttons)

        self.conflict_model.dataChanged.connect(self._choices_changed)
        self.conflict_model.modelReset.connect(self._update_state)
        self._clear()
        self.resize(1000, 720)

    @property
    def service(self) -> ExchangeService:
        """The exchange service (built on first use)."""
        if self._service is None:
            self._service = exchange_service(self._context)
        return self._service

    @property
    def merged_already(self) -> bool:
        """True once the package shown was merged."""
        return self.merge_result is not None

    # -- choosing and previewing ---------------------------------------------------------------

    def choose_package(self, path: Path | None = None) -> bool:
        """Let the user pick a package (unless `path` is given) and preview it; True if shown."""
        if path is None:
            path = self._prompts.choose_file(
                self.tr("Import exchange package"),
                self.tr("Exchange packages (*.tfpkg);;All files (*)"),
            )
        if path is None:
            return False
        return self.load(path)

    def load(self, path: Path, passphrase: str | None = None) -> bool:
        """Preview `path` in a worker, asking for the passphrase while it is needed or wrong."""
        title = self.tr("Import exchange package")
        service = self.service
        while True:
            outcome = self._outcome(
                title, self.tr("Reading the package…"), preview_job(service, path, passphrase)
            )
            if outcome.cancelled:
                return False
            error = outcome.error
            if error is None:
                break
            code = error.error_code if isinstance(error, UserError) else None
            if code not in PASSPHRASE_CODES:
                self._prompts.error(title, failure_message(error, self._language))
                return False
            if code != "exchange.passphrase_required" or passphrase is not None:
                self._prompts.error(title, failure_message(error, self._language))
            asked = self.ask_passphrase(path)
            if asked is None:
                return False
            passphrase = asked
        assert outcome.result is not None
        if not outcome.result.package.encrypted and not self.accept_unencrypted(path):
            return False
        self.path, self.passphrase = path, passphrase
        self._show_preview(outcome.result)
        return True

    def ask_passphrase(self, path: Path) -> str | None:
        """Ask for the passphrase of `path` (None: cancelled)."""
        return PassphraseDialog.ask(path, self)

    def accept_unencrypted(self, path: Path) -> bool:
        """Ask whether to go on with an unencrypted package (False: cancel)."""
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Unencrypted package"))
        box.setText(
            self.tr(
                "The package %1 is not encrypted, so nothing proves who made it or that it was "
                "not changed on the way."
            ).replace("%1", path.name)
        )
        box.setInformativeText(
            self.tr(
                "If you continue, every deletion and every change it brings is shown as a "
                "conflict for you to decide; nothing of it is taken without your choice."
            )
        )
        go_on = box.addButton(self.tr("&Continue"), QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(cancel)
        try:
            box.exec()
            return box.clickedButton() is go_on
        finally:
            box.deleteLater()

    def _outcome(
        self, title: str, label: str, function: Callable[[JobControl], T]
    ) -> JobOutcome[T]:
        runner = ProgressRunner(self, title)
        try:
            return runner.run(function, label, read_only=True)
        finally:
            runner.deleteLater()

    def _record_labels(self, preview: MergePreview) -> dict[str, str]:
        """Forløb by municipality (and title when a municipality has more than one)."""
        ours = self._context.engagements.summaries(include_deleted=True)
        names = Counter(row.municipality_name for row in ours)
        labels = {
            str(row.id): row.municipality_name
            if names[row.municipality_name] == 1
            else f"{row.municipality_name} – {row.title}"
            for row in ours
        }
        for engagement_id, title in preview.package.engagements:
            labels.setdefault(engagement_id, title)
        return labels

    def _clear(self) -> None:
        for label in (
            self.source_label,
            self.created_label,
            self.by_label,
            self.engagements_label,
            self.file_label,
        ):
            label.setText("—")
        self.counts_model.set_counts({})
        fit_height(self.counts_table, 10)
        self.conflict_model.set_conflicts(())
        self.status_label.hide()
        self._update_state()

    def _show_preview(self, preview: MergePreview) -> None:
        self.preview, self.merge_result, self.dry_run_result = preview, None, None
        info = preview.package
        self.path_label.setText(str(info.path))
        self.source_label.setText(info.source_name or "—")
        self.source_label.setToolTip(
            self.tr("Database id %1").replace("%1", info.source_database_id)
        )
        self.created_label.setText(timestamp_text(info.created_at))
        self.by_label.setText(info.created_by or "—")
        self.engagements_label.setText("\n".join(title for _, title in info.engagements) or "—")
        encrypted = self.tr("encrypted") if info.encrypted else self.tr("not encrypted")
        self.file_label.setText(f"{size_text(info.size, self._language)}, {encrypted}")
        self.counts_model.set_counts(preview.counts)
        fit_height(self.counts_table, 10)
        self.conflict_model.set_conflicts(preview.conflicts, self._record_labels(preview))
        self.conflict_table.fit_columns()
        if preview.total == TableCounts() and not preview.conflicts:
            self._set_status(
                self.tr(
                    "The package holds nothing new for this database: it has been merged "
                    "before, or both databases already agree."
                )
            )
        else:
            self.status_label.hide()
        self._update_state()

    def _choices_changed(self) -> None:
        if self.dry_run_result is not None and not self.merged_already:
            self.dry_run_result = None
            self.status_label.hide()
        self._update_state()

    def _set_status(self, text: str) -> None:
        self.status_label.setText(text)
        self.status_label.show()

    def _update_state(self) -> None:
        loaded = self.preview is not None and not self.merged_already
        conflicts = self.conflict_model.rowCount()
        undecided = self.conflict_model.undecided()
        self.conflicts_box.setVisible(conflicts > 0)
        self.conflicts_box.setTitle(self.tr("Conflicts (%1)").replace("%1", str(conflicts)))
        for button in (self.all_ours_button, self.all_theirs_button):
            button.setEnabled(loaded and conflicts > 0)
        ready = loaded and undecided == 0
        self.merge_button.setEnabled(ready)
        self.dry_run_button.setEnabled(ready)
        if loaded and undecided:
            hint = self.tr(
                "Decide every conflict (keep ours or take theirs) before merging: %1 of %2 left."
            )
            self.hint_label.setText(
                hint.replace("%1", str(undecided)).replace("%2", str(conflicts))
            )
            self.hint_label.show()
        elif self.preview is None:
            self.hint_label.setText(self.tr("Choose a package to see what merging it does."))
            self.hint_label.show()
        else:
            self.hint_label.hide()
        self.merge_button.setToolTip(self.hint_label.text() if not ready else "")

    # -- merging -------------------------------------------------------------------------------

    def merge(self, *, dry_run: bool = False) -> MergeResult | None:
        """Merge the package with the choices made (or only show what it would do)."""
        if self.preview is None or self.path is None or self.merged_already:
            return None
        if self.conflict_model.undecided():
            return None
        title = self.tr("Merge exchange package")
        if not dry_run and not self._prompts.confirm(
            title,
            self.tr(
                "Merge the package into this database now? A merge cannot be undone with Undo."
            ),
        ):
            return None
        service, path, passphrase = self.service, self.path, self.passphrase
        resolve = self.conflict_model.decisions()

        def job(control: JobControl) -> MergeResult:
            control.check()
            return service.merge(path, passphrase=passphrase, resolve=resolve, dry_run=dry_run)

        result = run_with_progress(
            self,
            title,
            job,
            self._prompts,
            self._language,
            label=self.tr("Merging the package…"),
            read_only=dry_run,
        )
        if result is None:
            return None
        if dry_run:
            self.dry_run_result = result
            self.counts_model.set_counts(result.counts)
            self._set_status(self._result_text(result, dry_run=True))
            return result
        self.merge_result = result
        self.counts_model.set_counts(result.counts)
        self.conflict_model.set_read_only(True)
        self._set_status(self._result_text(result, dry_run=False))
        if result.log_key is not None or result.events_added:
            self._undo.clear()
        self._undo.publish(Changes(frozenset(Entity), result.changes.ids))
        self._update_state()
        self.merged.emit(result)
        return result

    def _result_text(self, result: MergeResult, *, dry_run: bool) -> str:
        counts = result.total
        if dry_run:
            text = self.tr(
                "Without merging: the merge would add %1 records, change %2 and delete %3, and "
                "decide %4 conflicts as chosen. Nothing was changed."
            )
        else:
            text = self.tr(
                "Merged: %1 records added, %2 changed, %3 deleted, %4 conflicts decided as chosen."
            )
        return (
            text.replace("%1", str(counts.new))
            .replace("%2", str(counts.changed))
            .replace("%3", str(counts.deleted))
            .replace("%4", str(len(result.decisions)))
        )
