"""The main window: navigation on the left, one page at a time, menus and a status bar.

The pages and the navigation live in `paged_window.py`, the status bar and the database
commands in `database_window.py`; this module holds the window itself and its menus."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QSize, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QDialog

from taskforce_app import APP_NAME, __version__
from taskforce_app.bootstrap import AppContext, open_context
from taskforce_app.domain.changes import Changes, Entity
from taskforce_app.ui.database_window import ContextOpener, DatabaseWindow
from taskforce_app.ui.engagements.engagement_models import EngagementTableModel
from taskforce_app.ui.kit.edit_dialogs import QtEditDialogs
from taskforce_app.ui.kit.prompts import Prompts, QtPrompts
from taskforce_app.ui.kit.settings import UiSettings
from taskforce_app.ui.kit.undo import UndoController
from taskforce_app.ui.kit.unsaved_changes import resolve_unsaved
from taskforce_app.ui.paged_window import Page

__all__ = ["ContextOpener", "MainWindow", "Page"]

DEFAULT_SIZE = QSize(1280, 800)
MINIMUM_SIZE = QSize(900, 560)


class MainWindow(DatabaseWindow):
    """Task Force Tracker's main window over one open database (`AppContext`)."""

    changes_applied = Signal(object)

    def __init__(
        self,
        context: AppContext,
        *,
        prompts: Prompts | None = None,
        settings: UiSettings | None = None,
        language: str = "da",
        opener: ContextOpener = lambda path: open_context(path, lock=True),
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__()
        self._context = context
        self.prompts: Prompts = prompts if prompts is not None else QtPrompts(self)
        self.settings = settings if settings is not None else UiSettings()
        self.language = language
        self._opener = opener
        self._today = today
        self.dialogs = QtEditDialogs(self, language)
        self.undo = UndoController(self, language=language)
        self.undo.changed.connect(self.apply_changes)
        self.undo.refused.connect(self._undo_refused)

        self.engagement_model = EngagementTableModel(self, today=today)
        self.who_dialog = None
        self.consultants_dialog = None
        self._resume_consultant()
        self._build_pages()
        # A fixed minimum instead of the layout's computed one: a window whose minimum size
        # follows its layout after it is shown asks the platform to propagate size hints,
        # which some platforms (offscreen) cannot do. The explicit minimum fits every page.
        layout = self.layout()
        if layout is not None:
            layout.setSizeConstraint(layout.SizeConstraint.SetNoConstraint)
        self.setMinimumSize(MINIMUM_SIZE)
        self._build_menus()
        self._build_status_bar()
        self.reload()
        self.show_page(Page.ENGAGEMENTS)
        self._restore_state()

    @property
    def context(self) -> AppContext:
        """The open database's services."""
        return self._context

    def _build_menus(self) -> None:
        menu_bar = self.menuBar()
        file_menu = menu_bar.addMenu(self.tr("&File"))
        self.new_action = file_menu.addAction(self.tr("&New engagement"))
        self.new_action.setShortcut(QKeySequence(QKeySequence.StandardKey.New))
        self.new_action.triggered.connect(self.new_engagement)
        self.open_action = file_menu.addAction(self.tr("&Open database…"))
        self.open_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Open))
        self.open_action.triggered.connect(self.choose_database)
        file_menu.addSeparator()
        self.backup_action = file_menu.addAction(self.tr("&Back up now"))
        self.backup_action.triggered.connect(self.backup_now)
        self.restore_action = file_menu.addAction(self.tr("&Restore a backup…"))
        self.restore_action.triggered.connect(self.choose_backup)
        file_menu.addSeparator()
        self.export_package_action = file_menu.addAction(self.tr("E&xport exchange package…"))
        self.export_package_action.triggered.connect(self.export_package)
        self.import_package_action = file_menu.addAction(self.tr("&Import exchange package…"))
        self.import_package_action.triggered.connect(self.import_package)
        self.export_calendar_action = file_menu.addAction(self.tr("Export &calendar…"))
        self.export_calendar_action.triggered.connect(self.export_calendar)
        file_menu.addSeparator()
        self.quit_action = file_menu.addAction(self.tr("&Quit"))
        # Ctrl+Q first, then the platform's own (Qt 6.10's generic theme offers only the Exit key).
        ctrl_q = QKeySequence("Ctrl+Q")
        quit_keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Quit)
        self.quit_action.setShortcuts([ctrl_q, *(key for key in quit_keys if key != ctrl_q)])
        self.quit_action.triggered.connect(self.quit_window)

        edit_menu = menu_bar.addMenu(self.tr("&Edit"))
        self.undo_action = edit_menu.addAction(self.tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
        self.undo_action.triggered.connect(self.undo.stack.undo)
        self.redo_action = edit_menu.addAction(self.tr("&Redo"))
        redo_keys = [QKeySequence("Ctrl+Shift+Z")]
        for key in QKeySequence.keyBindings(QKeySequence.StandardKey.Redo):
            if key not in redo_keys:
                redo_keys.append(key)
        self.redo_action.setShortcuts(redo_keys)
        self.redo_action.triggered.connect(self.undo.stack.redo)
        self.undo.stack.indexChanged.connect(self._update_undo_actions)
        self.undo.stack.cleanChanged.connect(self._update_undo_actions)
        self._update_undo_actions()
        edit_menu.addSeparator()
        self.delete_action = edit_menu.addAction(self.tr("&Delete engagement"))
        self.delete_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.delete_action.triggered.connect(self.delete_engagement)
        edit_menu.addSeparator()
        self.consultants_action = edit_menu.addAction(self.tr("&Consultants…"))
        self.consultants_action.triggered.connect(self.show_consultants)
        self.switch_consultant_action = edit_menu.addAction(self.tr("S&witch user…"))
        self.switch_consultant_action.triggered.connect(self.ask_who_is_working)
        edit_menu.addSeparator()
        self.retention_action = edit_menu.addAction(self.tr("Case data due for &deletion…"))
        self.retention_action.triggered.connect(self.show_retention)

        view_menu = menu_bar.addMenu(self.tr("&View"))
        titles = self._page_titles()
        self.page_actions: list[QAction] = []
        for page in Page:
            action = view_menu.addAction(titles[page])
            action.setShortcut(QKeySequence(f"Ctrl+{page.value + 1}"))
            action.triggered.connect(lambda _checked=False, p=page: self.show_page(p))
            self.page_actions.append(action)

        language_menu = menu_bar.addMenu(self.tr("&Language"))
        group = QActionGroup(self)
        group.setExclusive(True)
        self.language_actions: dict[str, QAction] = {}
        for code, name in (("da", "Dansk"), ("en", "English")):
            action = language_menu.addAction(name)
            action.setCheckable(True)
            action.setChecked(code == self.language)
            action.triggered.connect(lambda _checked=False, c=code: self.choose_language(c))
            group.addAction(action)
            self.language_actions[code] = action

        help_menu = menu_bar.addMenu(self.tr("&Help"))
        self.about_action = help_menu.addAction(self.tr("&About Task Force Tracker"))
        self.about_action.triggered.connect(self.show_about)

    def _restore_state(self) -> None:
        geometry = self.settings.window_geometry
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(DEFAULT_SIZE)
        state = self.settings.window_state
        if state is not None:
            self.restoreState(state)
        splitter = self.settings.engagement_splitter
        if splitter is not None:
            self.engagements_page.splitter.restoreState(splitter)

    def _update_undo_actions(self) -> None:
        stack = self.undo.stack
        self.undo_action.setEnabled(stack.canUndo())
        self.redo_action.setEnabled(stack.canRedo())
        undo_text, redo_text = stack.undoText(), stack.redoText()
        self.undo_action.setText(
            self.tr("&Undo %1").replace("%1", undo_text) if undo_text else self.tr("&Undo")
        )
        self.redo_action.setText(
            self.tr("&Redo %1").replace("%1", redo_text) if redo_text else self.tr("&Redo")
        )

    def _undo_refused(self, message: str) -> None:
        self.prompts.error(self.tr("Cannot undo or redo"), message)

    def apply_changes(self, changes: Changes) -> None:
        """Refresh what a service call changed (the one path by which screens update)."""
        if changes.touches(Entity.ENGAGEMENT) or changes.touches(Entity.TEAM):
            self.reload()
        if changes.touches(Entity.TEAM):
            self._update_consultant()
        self.engagements_page.apply_changes(changes)
        for view in self._other_pages():
            view.apply_changes(changes)
        self.changes_applied.emit(changes)

    def new_engagement(self) -> None:
        """File > New engagement: show the Forløb page with an empty editor."""
        self.show_page(Page.ENGAGEMENTS)
        self.engagements_page.start_new()

    def delete_engagement(self) -> None:
        """Edit > Delete engagement: soft-delete the selected forløb after confirmation."""
        if self.current_page() != Page.ENGAGEMENTS:
            return
        self.engagements_page.editor.delete_current()

    def export_package(self) -> None:
        """File > Export exchange package…: the chosen forløb (the selected one ticked)."""
        from taskforce_app.ui.exchange.export_package_dialog import ExportPackageDialog

        selected = self.engagements_page.editor.engagement_id
        dialog = ExportPackageDialog(
            self._context,
            self.prompts,
            self,
            language=self.language,
            selected=() if selected is None else [selected],
            today=self._today,
        )
        dialog.exec()

    def export_calendar(self) -> None:
        """File > Export calendar…: a consultant's or a forløb's deadlines as an .ics file."""
        from taskforce_app.ui.reports.calendar_export import export_calendar

        export_calendar(
            self._context,
            self.prompts,
            self,
            language=self.language,
            selected_engagement=self.engagements_page.editor.engagement_id,
            folder=self.settings.last_folder,
        )

    def show_retention(self) -> QDialog:
        """Edit > Case data due for deletion…: the retention period, the due forløb, purges."""
        from taskforce_app.ui.retention.retention_dialog import RetentionDialog

        dialog = RetentionDialog(
            self._context, self.prompts, self, language=self.language, today=self._today
        )
        dialog.changed.connect(self.apply_changes)
        dialog.open()
        return dialog

    def import_package(self) -> None:
        """File > Import exchange package…: preview, decide conflicts, merge."""
        from taskforce_app.ui.exchange.exchange_dialogs import ImportPackageDialog

        dialog = ImportPackageDialog(
            self._context, self.prompts, self.undo, self, language=self.language
        )
        if dialog.choose_package():
            dialog.exec()

    def choose_language(self, language: str) -> None:
        """Language menu: store the choice; it takes effect at the next start."""
        self.settings.language = language
        self.settings.sync()
        if language == self.language:
            return
        self.prompts.info(
            self.tr("Language"),
            self.tr(
                "The language changes the next time you start Task Force Tracker. "
                "Quit and start the program again to use it."
            ),
        )

    def show_about(self) -> None:
        """Help > About: the version and the open database."""
        text = "\n\n".join(
            (
                f"{APP_NAME} {__version__}",
                self.tr(
                    "The Task Force's tool for its engagements with municipalities: "
                    "applications, engagements, case reviews, findings and reports."
                ),
                self.tr("Database: %1 (schema %2)")
                .replace("%1", self._context.database_name)
                .replace("%2", self._context.schema_revision),
            )
        )
        self.prompts.info(self.tr("About Task Force Tracker"), text)

    def quit_window(self) -> bool:
        """File > Quit: ask every editor with unsaved changes, then close the window."""
        return resolve_unsaved(self) and self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Ask about unsaved changes (File > Quit asked already), then remember the window's
        geometry."""
        if event.spontaneous() and not resolve_unsaved(self):
            event.ignore()
            return
        self.settings.window_geometry = self.saveGeometry()
        self.settings.window_state = self.saveState()
        self.settings.engagement_splitter = self.engagements_page.splitter.saveState()
        self.settings.sync()
        event.accept()
