"""Exchange packages in the GUI: export forløb to a .tfpkg, preview and merge a colleague's one."""

from __future__ import annotations

import re
import uuid
from collections import Counter
from collections.abc import Callable, Collection
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QLocale, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
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
from taskforce_app.domain.merge import PACKAGE_SUFFIX, Side, TableCounts
from taskforce_app.domain.passphrase import MIN_PASSPHRASE_LENGTH, generate_passphrase
from taskforce_app.ui.exchange.exchange_models import (
    ConflictTableModel,
    EngagementChoiceModel,
    PackageCountsModel,
    RecordCountsModel,
    side_label,
    timestamp_text,
)
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
        PackageSummary,
    )

T = TypeVar("T")
Index = QModelIndex | QPersistentModelIndex

PASSPHRASE_CODES = frozenset(
    {"exchange.passphrase_required", "exchange.wrong_passphrase", "exchange.empty_passphrase"}
)
"""Refusals that a (new) passphrase may cure: the import dialog asks for one."""
HINT_STYLE = "color: #6b4e00;"
_UNSAFE_FILE_CHARACTERS = re.compile(r'[\\/:*?"<>|]+')


def exchange_service(context: AppContext) -> ExchangeService:
    """The exchange service of `context`."""
    return context.exchange


def size_text(size: int, language: str) -> str:
    """A file size the way the user's language writes it (e.g. "25,9 KB")."""
    locale = QLocale("da_DK" if language == "da" else "en_GB")
    return locale.formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat)


def _table(model: Any) -> QTableView:
    table = QTableView()
    table.setModel(model)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    _compact_rows(table)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(False)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    return table


def _compact_rows(table: QTableView) -> None:
    rows = table.verticalHeader()
    rows.hide()
    rows.setDefaultSectionSize(table.fontMetrics().height() + 8)


def _fit_height(table: QTableView, most_rows: int) -> None:
    """Let the table be as tall as its rows (at most `most_rows`, at least three)."""
    model = table.model()
    rows = min(max(model.rowCount() if model is not None else 0, 3), most_rows)
    header = table.horizontalHeader().sizeHint().height()
    table.setMaximumHeight(
        header + rows * table.verticalHeader().defaultSectionSize() + 2 * table.frameWidth() + 2
    )


def _wrapped(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label


def _preview_job(
    service: ExchangeService, path: Path, passphrase: str | None
) -> Callable[[JobControl], MergePreview]:
    def job(control: JobControl) -> MergePreview:
        control.check()
        return service.preview(path, passphrase=passphrase)

    return job


class PassphraseDialog(QDialog):
    """Asks for the passphrase of an encrypted package (never stored)."""

    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Passphrase"))
        self.edit = QLineEdit()
        self.edit.setEchoMode(QLineEdit.EchoMode.Password)
        label = _wrapped(
            self.tr(
                "The package %1 is encrypted. Type the passphrase the sender gave you."
            ).replace("%1", path.name)
        )
        form = QFormLayout()
        form.addRow(self.tr("&Passphrase:"), self.edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(420, 0)

    @staticmethod
    def ask(path: Path, parent: QWidget | None = None) -> str | None:
        """Show the dialog; the passphrase typed, or None when cancelled."""
        dialog = PassphraseDialog(path, parent)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return dialog.edit.text()
        finally:
            dialog.deleteLater()


class ExportPackageDialog(QDialog):
    """Choose forløb and an optional passphrase, write the package in a worker, show its summary."""

    exported = Signal(object)
    """A package was written: its `PackageSummary`."""

    def __init__(
        self,
        context: AppContext,
        prompts: Prompts,
        parent: QWidget | None = None,
        *,
        language: str = "da",
        selected: Collection[uuid.UUID] = (),
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(parent)
        self._context, self._prompts, self._language = context, prompts, language
        self._today = today
        self._service: ExchangeService | None = None
        self.summary: PackageSummary | None = None
        self.setWindowTitle(self.tr("Export exchange package"))

        intro = _wrapped(
            self.tr(
                "Choose the engagements to send to a colleague. The package holds each "
                "engagement, everything recorded in it and its change history; your colleague "
                "merges it into their own database."
            )
        )
        self.engagement_model = EngagementChoiceModel(self)
        self.engagement_model.set_engagements(context.engagements.summaries(), selected)
        self.engagement_list = QListView()
        self.engagement_list.setModel(self.engagement_model)
        self.engagement_list.setAlternatingRowColors(True)
        all_button = QPushButton(self.tr("Select &all"))
        all_button.clicked.connect(lambda: self.engagement_model.set_all(True))
        none_button = QPushButton(self.tr("Select &none"))
        none_button.clicked.connect(lambda: self.engagement_model.set_all(False))
        choice_buttons = QHBoxLayout()
        choice_buttons.addWidget(all_button)
        choice_buttons.addWidget(none_button)
        choice_buttons.addStretch(1)
        engagements_box = QGroupBox(self.tr("Engagements"))
        engagements_layout = QVBoxLayout(engagements_box)
        engagements_layout.addWidget(self.engagement_list, 1)
        engagements_layout.addLayout(choice_buttons)

        self.passphrase_edit = QLineEdit()
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat_edit = QLineEdit()
        self.repeat_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.generate_button = QPushButton(self.tr("&Generate"))
        self.generate_button.clicked.connect(self.generate)
        self.generated_label = QLabel()
        self.generated_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.copy_button = QPushButton(self.tr("&Copy"))
        self.copy_button.clicked.connect(self.copy_generated)
        generated_row = QHBoxLayout()
        generated_row.addWidget(self.generated_label, 1)
        generated_row.addWidget(self.copy_button)
        self.generated_note = _wrapped(
            self.tr(
                "Write the passphrase down or copy it now: it is shown only this once and "
                "never stored."
            )
        )
        note = _wrapped(
            self.tr(
                "The package is encrypted with a passphrase of at least %1 characters, typed "
                "twice, or a generated one. The recipient needs it to open the package: give it "
                "to them another way than the package itself (for example by phone)."
            ).replace("%1", str(MIN_PASSPHRASE_LENGTH))
        )
        self.unencrypted_check = QCheckBox(self.tr("&Unencrypted (not recommended)"))
        self.unencrypted_warning = _wrapped(
            self.tr(
                "An unencrypted package is not authenticated: anyone who handles it can change "
                "it unnoticed. The recipient must accept it explicitly, and every deletion and "
                "change it brings is then shown as a conflict to decide."
            )
        )
        self.unencrypted_warning.setStyleSheet(HINT_STYLE)
        passphrase_box = QGroupBox(self.tr("Passphrase"))
        passphrase_form = QFormLayout(passphrase_box)
        passphrase_form.addRow(note)
        passphrase_form.addRow(self.tr("&Passphrase:"), self.passphrase_edit)
        passphrase_form.addRow(self.tr("&Repeat:"), self.repeat_edit)
        passphrase_form.addRow(self.generate_button)
        passphrase_form.addRow(generated_row)
        passphrase_form.addRow(self.generated_note)
        passphrase_form.addRow(self.unencrypted_check)
        passphrase_form.addRow(self.unencrypted_warning)
        self._show_generated(None)

        self.hint_label = _wrapped()
        self.hint_label.setStyleSheet(HINT_STYLE)
        self.summary_label = _wrapped()
        self.summary_label.hide()
        self.counts_model = RecordCountsModel(self)
        self.counts_table = _table(self.counts_model)
        self.counts_table.hide()

        self.export_button = QPushButton(self.tr("&Export…"))
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.export)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        self._layout = layout
        layout.addWidget(intro)
        layout.addWidget(engagements_box, 2)
        layout.addWidget(passphrase_box)
        layout.addWidget(self.hint_label)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.counts_table, 1)
        layout.addWidget(buttons)

        self.engagement_model.dataChanged.connect(self._update_state)
        self.engagement_model.modelReset.connect(self._update_state)
        self.unencrypted_check.toggled.connect(self._update_state)
        self.passphrase_edit.textChanged.connect(self._update_state)
        self.repeat_edit.textChanged.connect(self._update_state)
        self._update_state()
        self.resize(620, 640)

    @property
    def service(self) -> ExchangeService:
        """The exchange service (built on first use)."""
        if self._service is None:
            self._service = exchange_service(self._context)
        return self._service

    def problem(self) -> str | None:
        """Why the package cannot be exported yet, or None."""
        if not self.engagement_model.checked():
            return self.tr("Choose at least one engagement.")
        if not self.unencrypted_check.isChecked():
            typed = self.passphrase_edit.text()
            if not typed:
                return self.tr("Type a passphrase twice or press Generate.")
            if len(typed) < MIN_PASSPHRASE_LENGTH:
                return (
                    self.tr("The passphrase must have at least %1 characters (it has %2).")
                    .replace("%1", str(MIN_PASSPHRASE_LENGTH))
                    .replace("%2", str(len(typed)))
                )
            if typed != self.repeat_edit.text():
                return self.tr("The two passphrases are not the same.")
        return None

    def passphrase(self) -> str | None:
        """The passphrase to encrypt with, or None for a package without encryption."""
        return None if self.unencrypted_check.isChecked() else self.passphrase_edit.text()

    def generate(self) -> str:
        """Fill both fields with a strong generated passphrase and show it (this once)."""
        generated = generate_passphrase()
        self.passphrase_edit.setText(generated)
        self.repeat_edit.setText(generated)
        self._show_generated(generated)
        return generated

    def copy_generated(self) -> None:
        """Put the generated passphrase on the clipboard."""
        QGuiApplication.clipboard().setText(self.generated_label.text())

    def _show_generated(self, generated: str | None) -> None:
        self.generated_label.setText(generated or "")
        for widget in (self.generated_label, self.copy_button, self.generated_note):
            widget.setVisible(generated is not None)

    def _forget_generated(self) -> None:
        if self.generated_label.text() and self.passphrase_edit.text() != (
            self.generated_label.text()
        ):
            self._show_generated(None)

    def default_file_name(self) -> str:
        """ "Task Force <municipality> <date>.tfpkg" for the ticked forløb."""
        names = list(
            dict.fromkeys(row.municipality_name for row in self.engagement_model.checked())
        )
        if len(names) > 2:
            who = self.tr("%1 municipalities").replace("%1", str(len(names)))
        else:
            who = " ".join(names)
        stem = f"Task Force {who} {self._today().strftime('%d-%m-%Y')}"
        return _UNSAFE_FILE_CHARACTERS.sub("-", " ".join(stem.split())) + PACKAGE_SUFFIX

    def _update_state(self) -> None:
        encrypted = not self.unencrypted_check.isChecked()
        for widget in (self.passphrase_edit, self.repeat_edit, self.generate_button):
            widget.setEnabled(encrypted)
        self.unencrypted_warning.setVisible(not encrypted)
        self._forget_generated()
        problem = self.problem()
        self.hint_label.setText(problem or "")
        self.hint_label.setVisible(problem is not None)
        self.export_button.setEnabled(problem is None)

    def export(self) -> PackageSummary | None:
        """Ask where to save, write the package in a worker and show what it holds."""
        if self.problem() is not None:
            return None
        title = self.tr("Export exchange package")
        target = self._prompts.choose_save_file(
            title,
            self.tr("Exchange packages (*.tfpkg)"),
            Path.home() / self.default_file_name(),
        )
        if target is None:
            return None
        if target.suffix.lower() != PACKAGE_SUFFIX:
            target = target.with_name(target.name + PACKAGE_SUFFIX)
        ids = [row.id for row in self.engagement_model.checked()]
        passphrase = self.passphrase()
        service = self.service

        def job(control: JobControl) -> PackageSummary:
            return service.export(
                ids,
                target,
                passphrase=passphrase,
                cancelled=control.cancelled,
                progress=lambda done, total: control.progress("export", done, total),
            )

        summary = run_with_progress(self, title, job, self._prompts, self._language)
        if summary is None:
            return None
        self.summary = summary
        self._show_generated(None)
        self._show_summary(summary)
        self.exported.emit(summary)
        return summary

    def _show_summary(self, summary: PackageSummary) -> None:
        if summary.encrypted:
            text = self.tr(
                "The package was saved as %1 (%2, encrypted). Send it to your colleague, and give "
                "them the passphrase another way."
            )
        else:
            text = self.tr(
                "The package was saved as %1 (%2, not encrypted). Send it to your colleague."
            )
        self.summary_label.setText(
            text.replace("%1", str(summary.path)).replace(
                "%2", size_text(summary.size, self._language)
            )
        )
        self.summary_label.show()
        self.counts_model.set_counts(summary.counts)
        _fit_height(self.counts_table, 12)
        if self.counts_table.isHidden():
            self.counts_table.show()
            self._layout.setStretchFactor(self.counts_table, 2)
            screen = self.screen().availableGeometry().height()
            self.resize(self.width(), min(self.height() + 220, max(screen - 60, self.height())))


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
        _compact_rows(self)
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
        self.engagements_label = _wrapped()
        self.file_label = QLabel()
        info_box = QGroupBox(self.tr("Package"))
        info_form = QFormLayout(info_box)
        info_form.addRow(self.tr("From:"), self.source_label)
        info_form.addRow(self.tr("Made:"), self.created_label)
        info_form.addRow(self.tr("By:"), self.by_label)
        info_form.addRow(self.tr("Engagements:"), self.engagements_label)
        info_form.addRow(self.tr("File:"), self.file_label)

        self.counts_model = PackageCountsModel(self)
        self.counts_table = _table(self.counts_model)
        counts_box = QGroupBox(self.tr("What the merge does"))
        counts_layout = QVBoxLayout(counts_box)
        counts_layout.addWidget(self.counts_table)

        top = QHBoxLayout()
        top.addWidget(info_box, 2)
        top.addWidget(counts_box, 3)

        self.conflict_model = ConflictTableModel(self)
        self.conflict_table = ConflictTableView(self.conflict_model)
        self.conflict_intro = _wrapped(
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

        self.status_label = _wrapped()
        self.hint_label = _wrapped()
        self.hint_label.setStyleSheet(HINT_STYLE)
        self.undo_note = _wrapped(
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
                title, self.tr("Reading the package…"), _preview_job(service, path, passphrase)
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
        _fit_height(self.counts_table, 10)
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
        _fit_height(self.counts_table, 10)
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
