"""The main window's database side: the status bar and who is working, opening another
database, backing up and restoring."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QDialog, QLabel, QPushButton

from taskforce_app import APP_NAME
from taskforce_app.bootstrap import AppContext, restore_database
from taskforce_app.domain.errors import UserError
from taskforce_app.ui.kit.unsaved_changes import resolve_unsaved
from taskforce_app.ui.paged_window import PagedWindow

ContextOpener = Callable[[Path], AppContext]


class DatabaseWindow(PagedWindow):
    """The open database in the status bar, and the File menu's database commands."""

    who_dialog: QDialog | None
    consultants_dialog: QDialog | None
    _opener: ContextOpener

    def _build_status_bar(self) -> None:
        self.database_label = QLabel()
        self.backup_label = QLabel()
        for label in (self.database_label, self.backup_label):
            label.setContentsMargins(6, 0, 6, 0)
        self.statusBar().addWidget(self.database_label, 1)
        self.statusBar().addPermanentWidget(self.backup_label)
        self.consultant_button = QPushButton()
        self.consultant_button.setFlat(True)
        self.consultant_button.setToolTip(self.tr("Who is working: click to switch user"))
        self.consultant_button.clicked.connect(self.ask_who_is_working)
        self.statusBar().addPermanentWidget(self.consultant_button)
        self._update_status()

    def _update_consultant(self) -> None:
        current = self._context.team.current_consultant()
        self.consultant_button.setText(
            self.tr("Working as %1").replace("%1", current.label)
            if current is not None
            else self.tr("Nobody chosen: who are you?")
        )

    def _resume_consultant(self) -> None:
        """Work as the consultant this user last was in this database (not logged again)."""
        remembered = self.settings.current_consultant(self._context.database_identity)
        self._context.team.act_as(remembered)

    def ask_who_is_working(self) -> QDialog | None:
        """Ask who is working (choose or add yourself) in a window-modal dialog; the choice is
        a logged switch, remembered for this database. Returns the open dialog (None when the
        database is read-only)."""
        from taskforce_app.ui.engagements.consultants_dialog import WhoAreYouDialog

        if self._context.read_only:
            return None
        dialog = WhoAreYouDialog(self._context, self.undo, language=self.language, parent=self)
        dialog.chosen.connect(self._consultant_chosen)
        dialog.finished.connect(dialog.deleteLater)
        self.who_dialog = dialog
        dialog.open()
        return dialog

    def greet(self) -> QDialog | None:
        """At start (and after opening another database): ask who is working when nobody is
        remembered for this database."""
        if self._context.team.current_consultant() is not None:
            return None
        return self.ask_who_is_working()

    def _consultant_chosen(self, consultant_id: uuid.UUID) -> None:
        self.settings.set_current_consultant(self._context.database_identity, consultant_id)
        self.settings.sync()
        self._update_consultant()

    def show_consultants(self) -> QDialog:
        """Edit > Consultants…: add, change and deactivate consultants."""
        from taskforce_app.ui.engagements.consultants_dialog import ConsultantsDialog

        dialog = ConsultantsDialog(self._context, self.undo, language=self.language, parent=self)
        dialog.finished.connect(dialog.deleteLater)
        self.consultants_dialog = dialog
        dialog.open()
        return dialog

    def _update_status(self) -> None:
        self._update_consultant()
        name = self._context.database_name
        if self._context.read_only:
            name = self.tr("%1 (read-only: open elsewhere)").replace("%1", name)
        self.database_label.setText(self.tr("Database: %1").replace("%1", name))
        backup = self._context.upgrade_backup
        if backup is None:
            self.backup_label.clear()
            self.backup_label.hide()
        else:
            self.backup_label.setText(
                self.tr("Database upgraded; the old version was backed up as %1").replace(
                    "%1", backup.name
                )
            )
            self.backup_label.setToolTip(str(backup))
            self.backup_label.show()
        self.setWindowTitle(f"{APP_NAME} – {Path(name).name if self._context.is_sqlite else name}")

    def reload(self) -> None:
        """Read the forløb list again from the database."""
        rows = self._context.engagements.summaries()
        self.engagement_model.set_rows(rows)
        self.engagements_page.after_reload()

    def choose_database(self) -> None:
        """File > Open database…: pick a file and reopen the window on it (after asking every
        editor with unsaved changes)."""
        if not resolve_unsaved(self):
            return
        chosen = self.prompts.choose_file(
            self.tr("Open database"),
            self.tr("Task Force databases (*.sqlite *.db);;All files (*)"),
            self.settings.last_folder,
        )
        if chosen is not None and self.open_database(chosen):
            self.greet()

    def backup_now(self) -> Path | None:
        """File > Back up now: an online backup into the backup folder, off the GUI thread.

        The copy uses its own SQLite connections (the online backup API), so it runs on the
        shared progress runner while the window stays live; a failure leaves no partial copy.
        """
        from taskforce_app.ui.kit.workers import JobControl, ProgressRunner, failure_message

        backups = self._context.backups

        def job(control: JobControl) -> Path:
            return backups.backup()

        runner = ProgressRunner(self, self.tr("Back up now"))
        try:
            outcome = runner.run(job, self.tr("Backing up the database…"))
        finally:
            runner.deleteLater()
        if outcome.error is not None:
            self.prompts.error(
                self.tr("Backup failed"), failure_message(outcome.error, self.language)
            )
            return None
        written = outcome.result
        if written is None:
            return None
        self.prompts.info(
            self.tr("Backup made"),
            self.tr("The database was backed up as %1").replace("%1", str(written)),
        )
        return written

    def choose_backup(self) -> None:
        """File > Restore a backup…: pick a backup, see what it brings back, then restore."""
        backups = self._context.backups.backups()
        start = backups[0].path.parent if backups else None
        chosen = self.prompts.choose_file(
            self.tr("Restore a backup"), self.tr("Backups (*.sqlite);;All files (*)"), start
        )
        if chosen is not None:
            self.restore_backup(chosen)

    def restore_backup(self, backup: Path) -> bool:
        """Show the backup's contents beside the current ones; on confirmation, restore it."""
        database = self._context.database_path
        if database is None or self._context.read_only:
            self.prompts.error(
                self.tr("Cannot restore"),
                self.tr("Only the embedded database, opened with write access, can be restored."),
            )
            return False
        try:
            preview = self._context.backups.preview_restore(backup)
        except UserError as error:
            self.prompts.error(self.tr("Cannot restore"), error.message(self.language))
            return False
        if not preview.usable:
            self.prompts.error(
                self.tr("Cannot restore"),
                self.tr("The backup is damaged: %1").replace("%1", preview.integrity),
            )
            return False
        lines = [
            self.tr("%1: now %2, in the backup %3")
            .replace("%1", name)
            .replace("%2", "–" if now is None else str(now))
            .replace("%3", "–" if then is None else str(then))
            for name, (now, then) in preview.counts.items()
            if now != then
        ]
        summary = "\n".join(lines) if lines else self.tr("The backup holds the same records.")
        question = (
            self.tr("Restore %1? What is in the database now is saved as a backup first.\n\n%2")
            .replace("%1", backup.name)
            .replace("%2", summary)
        )
        if not self.prompts.confirm(self.tr("Restore a backup"), question):
            return False
        self._context.close()
        try:
            safety = restore_database(database, backup)
        except UserError as error:
            self.prompts.error(self.tr("Cannot restore"), error.message(self.language))
            self.open_database(database)
            return False
        opened = self.open_database(database)
        if opened:
            self.prompts.info(
                self.tr("Backup restored"),
                self.tr("The previous database was saved as %1").replace("%1", str(safety)),
            )
        return opened

    def open_database(self, path: Path) -> bool:
        """Close the open database and use the one at `path`; on failure keep the current one."""
        try:
            context = self._opener(path)
        except UserError as error:
            self.prompts.error(self.tr("Cannot open the database"), error.message(self.language))
            return False
        old, self._context = self._context, context
        old.close()
        self.undo.clear()
        self._resume_consultant()
        self.settings.last_folder = path.parent
        self.engagements_page.editor.set_context(context)
        for view in self._other_pages():
            view.set_context(context)
        self.reload()
        self._update_status()
        return True
