"""Exporting an exchange package: what to include, the passphrase, where to save."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Collection
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from taskforce_app.bootstrap import AppContext
from taskforce_app.domain.merge import PACKAGE_SUFFIX
from taskforce_app.domain.passphrase import MIN_PASSPHRASE_LENGTH, generate_passphrase
from taskforce_app.ui.exchange.exchange_models import (
    EngagementChoiceModel,
    RecordCountsModel,
)
from taskforce_app.ui.kit.dialog_layout import ok_cancel, stack
from taskforce_app.ui.kit.palette_colours import follow_palette
from taskforce_app.ui.kit.prompts import Prompts
from taskforce_app.ui.kit.workers import (
    JobControl,
    run_with_progress,
)

if TYPE_CHECKING:
    from taskforce_app.services.exchange import (
        ExchangeService,
        PackageSummary,
    )
from taskforce_app.ui.exchange.exchange_parts import (
    HINT_STYLE,
    UNSAFE_FILE_CHARACTERS,
    exchange_service,
    exchange_table,
    fit_height,
    size_text,
    wrapped_label,
)


class PassphraseDialog(QDialog):
    """Asks for the passphrase of an encrypted package (never stored)."""

    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Passphrase"))
        self.edit = QLineEdit()
        self.edit.setEchoMode(QLineEdit.EchoMode.Password)
        label = wrapped_label(
            self.tr(
                "The package %1 is encrypted. Type the passphrase the sender gave you."
            ).replace("%1", path.name)
        )
        form = QFormLayout()
        form.addRow(self.tr("&Passphrase:"), self.edit)
        stack(self, label, form, ok_cancel(self))
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

        intro = wrapped_label(
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
        self.generated_note = wrapped_label(
            self.tr(
                "Write the passphrase down or copy it now: it is shown only this once and "
                "never stored."
            )
        )
        note = wrapped_label(
            self.tr(
                "The package is encrypted with a passphrase of at least %1 characters, typed "
                "twice, or a generated one. The recipient needs it to open the package: give it "
                "to them another way than the package itself (for example by phone)."
            ).replace("%1", str(MIN_PASSPHRASE_LENGTH))
        )
        self.unencrypted_check = QCheckBox(self.tr("&Unencrypted (not recommended)"))
        self.unencrypted_warning = wrapped_label(
            self.tr(
                "An unencrypted package is not authenticated: anyone who handles it can change "
                "it unnoticed. The recipient must accept it explicitly, and every deletion and "
                "change it brings is then shown as a conflict to decide."
            )
        )
        follow_palette(self.unencrypted_warning, HINT_STYLE)
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

        self.hint_label = wrapped_label()
        follow_palette(self.hint_label, HINT_STYLE)
        self.summary_label = wrapped_label()
        self.summary_label.hide()
        self.counts_model = RecordCountsModel(self)
        self.counts_table = exchange_table(self.counts_model)
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
        return UNSAFE_FILE_CHARACTERS.sub("-", " ".join(stem.split())) + PACKAGE_SUFFIX

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
        fit_height(self.counts_table, 12)
        if self.counts_table.isHidden():
            self.counts_table.show()
            self._layout.setStretchFactor(self.counts_table, 2)
            screen = self.screen().availableGeometry().height()
            self.resize(self.width(), min(self.height() + 220, max(screen - 60, self.height())))
