"""The main window: navigation on the left, one page at a time, menus and a status bar."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date
from enum import IntEnum
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, cast

from PySide6.QtCore import QSize, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QWidget,
)

from taskforce_app import APP_NAME, __version__
from taskforce_app.bootstrap import AppContext, open_context, restore_database
from taskforce_app.domain.changes import Changes, Entity
from taskforce_app.domain.errors import UserError
from taskforce_app.ui.engagements.engagement_models import EngagementTableModel
from taskforce_app.ui.engagements.engagements_page import EngagementsPage
from taskforce_app.ui.kit.edit_dialogs import EditDialogs, QtEditDialogs
from taskforce_app.ui.kit.pages import CurrentEngagement
from taskforce_app.ui.kit.prompts import Prompts, QtPrompts
from taskforce_app.ui.kit.settings import UiSettings
from taskforce_app.ui.kit.undo import UndoController
from taskforce_app.ui.kit.unsaved_changes import resolve_unsaved

if TYPE_CHECKING:
    from taskforce_app.ui.applications.applications_page import ApplicationsPage
    from taskforce_app.ui.deadlines.deadlines_page import DeadlinesPage
    from taskforce_app.ui.findings.findings_page import FindingsPage
    from taskforce_app.ui.overview.overview_page import OverviewPage
    from taskforce_app.ui.reports.reports_page import ReportsPage
    from taskforce_app.ui.review.case_review_page import CaseReviewPage
    from taskforce_app.ui.timeline.timeline_page import TimelinePage

ContextOpener = Callable[[Path], AppContext]


class _Refreshable(Protocol):
    def apply_changes(self, changes: Changes) -> None: ...

    def set_context(self, context: AppContext) -> None: ...


DEFAULT_SIZE = QSize(1280, 800)
MINIMUM_SIZE = QSize(900, 560)


class Page(IntEnum):
    """The pages of the navigation list, in order (Ctrl+1 … Ctrl+8)."""

    OVERVIEW = 0
    DEADLINES = 1
    APPLICATIONS = 2
    ENGAGEMENTS = 3
    TIMELINE = 4
    CASE_REVIEW = 5
    FINDINGS = 6
    REPORTS = 7


class MainWindow(QMainWindow):
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
        self.dialogs: EditDialogs = QtEditDialogs(self, language)
        self.undo = UndoController(self, language=language)
        self.undo.changed.connect(self.apply_changes)
        self.undo.refused.connect(self._undo_refused)

        self.engagement_model = EngagementTableModel(self, today=today)
        self.who_dialog: QDialog | None = None
        self.consultants_dialog: QDialog | None = None
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

    # --- construction ------------------------------------------------------------------------

    def _page_titles(self) -> dict[Page, str]:
        return {
            Page.OVERVIEW: self.tr("Overview"),
            Page.DEADLINES: self.tr("My deadlines"),
            Page.APPLICATIONS: self.tr("Applications"),
            Page.ENGAGEMENTS: self.tr("Engagements"),
            Page.TIMELINE: self.tr("Timeline"),
            Page.CASE_REVIEW: self.tr("Case review"),
            Page.FINDINGS: self.tr("Findings and recommendations"),
            Page.REPORTS: self.tr("Reports"),
        }

    def _build_pages(self) -> None:
        titles = self._page_titles()
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setStyleSheet("#navigation::item { padding: 6px 8px; }")
        for page in Page:
            QListWidgetItem(titles[page], self.nav)
        self.nav.setFixedWidth(self.nav.sizeHintForColumn(0) + 2 * self.nav.frameWidth() + 28)

        self.engagements_page = EngagementsPage(
            self._context,
            self.engagement_model,
            self.prompts,
            self.undo,
            lambda: self.dialogs,
            language=self.language,
            today=self._today,
        )
        self.current_engagement = CurrentEngagement(self)
        self.current_engagement.follow_page(self.engagements_page)
        self.stack = QStackedWidget()
        self.pages: dict[Page, QWidget] = {}
        self._built: dict[Page, QWidget] = {Page.ENGAGEMENTS: self.engagements_page}
        for page in Page:
            # The other pages are built when first shown: start-up pays only for the first.
            widget = self.engagements_page if page == Page.ENGAGEMENTS else QWidget()
            self.stack.addWidget(widget)
            self.pages[page] = widget
        self.nav.currentRowChanged.connect(self._on_navigate)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

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

    # --- actions -----------------------------------------------------------------------------

    def show_page(self, page: Page) -> None:
        """Switch to `page`."""
        self.nav.setCurrentRow(page.value)

    def _on_navigate(self, row: int) -> None:
        leaving = self.stack.currentWidget()
        if row != self.stack.currentIndex() and not resolve_unsaved(leaving):
            self.nav.blockSignals(True)
            self.nav.setCurrentRow(self.stack.currentIndex())
            self.nav.blockSignals(False)
            return
        if 0 <= row < len(Page):
            self.page_widget(Page(row))
        self.stack.setCurrentIndex(row)

    def page_widget(self, page: Page) -> QWidget:
        """The widget of `page`, built (and wired) the first time it is needed."""
        built = self._built.get(page)
        if built is None:
            built = self._make_page(page)
            self._built[page] = built
            self.register_page(page, built)
            self.current_engagement.follow_page(built)
        return built

    def _make_page(self, page: Page) -> QWidget:
        context, prompts, today = self._context, self.prompts, self._today
        if page == Page.OVERVIEW:
            from taskforce_app.ui.overview.overview_page import OverviewPage

            overview = OverviewPage(context, prompts, today=today)
            overview.engagement_activated.connect(self.open_engagement)
            return overview
        if page == Page.DEADLINES:
            from taskforce_app.ui.deadlines.deadlines_page import DeadlinesPage

            deadlines = DeadlinesPage(context, prompts, settings=self.settings, today=today)
            deadlines.engagement_activated.connect(self.open_engagement)
            return deadlines
        if page == Page.APPLICATIONS:
            from taskforce_app.ui.applications.applications_page import ApplicationsPage

            applications = ApplicationsPage(
                context,
                prompts,
                self.undo,
                lambda: self.dialogs,
                language=self.language,
                today=today,
            )
            applications.open_engagement.connect(self.open_engagement)
            return applications
        if page == Page.TIMELINE:
            from taskforce_app.ui.timeline.timeline_page import TimelinePage

            timeline = TimelinePage(context, prompts, language=self.language, today=today)
            timeline.engagement_activated.connect(self.open_engagement)
            return timeline
        if page == Page.CASE_REVIEW:
            from taskforce_app.ui.review.case_review_page import CaseReviewPage

            return CaseReviewPage(
                context,
                prompts,
                self.undo,
                settings=self.settings,
                language=self.language,
                today=today,
            )
        if page == Page.FINDINGS:
            from taskforce_app.ui.findings.findings_page import FindingsPage

            findings = FindingsPage(
                context,
                prompts,
                self.undo,
                settings=self.settings,
                language=self.language,
                today=today,
            )
            findings.engagement_activated.connect(self.open_engagement)
            return findings
        if page == Page.REPORTS:
            from taskforce_app.ui.reports.reports_page import ReportsPage

            return ReportsPage(
                context,
                prompts,
                self.undo,
                settings=self.settings,
                language=self.language,
                today=today,
            )
        return self.engagements_page

    @property
    def overview_page(self) -> OverviewPage:
        """Overblik (built on first use)."""
        return cast("OverviewPage", self.page_widget(Page.OVERVIEW))

    @property
    def deadlines_page(self) -> DeadlinesPage:
        """Mine frister (built on first use)."""
        return cast("DeadlinesPage", self.page_widget(Page.DEADLINES))

    @property
    def applications_page(self) -> ApplicationsPage:
        """Ansøgninger (built on first use)."""
        return cast("ApplicationsPage", self.page_widget(Page.APPLICATIONS))

    @property
    def timeline_page(self) -> TimelinePage:
        """Tidslinje (built on first use)."""
        return cast("TimelinePage", self.page_widget(Page.TIMELINE))

    @property
    def case_review_page(self) -> CaseReviewPage:
        """Sagsgennemgang (built on first use)."""
        return cast("CaseReviewPage", self.page_widget(Page.CASE_REVIEW))

    @property
    def reports_page(self) -> ReportsPage:
        """Rapporter (built on first use)."""
        return cast("ReportsPage", self.page_widget(Page.REPORTS))

    @property
    def findings_page(self) -> FindingsPage:
        """Fund og anbefalinger (built on first use)."""
        return cast("FindingsPage", self.page_widget(Page.FINDINGS))

    def _other_pages(self) -> list[_Refreshable]:
        """The pages built so far, other than Forløb."""
        return [
            cast(_Refreshable, widget)
            for page, widget in self._built.items()
            if page != Page.ENGAGEMENTS and hasattr(widget, "apply_changes")
        ]

    def register_page(self, page: Page, widget: QWidget) -> None:
        """Show `widget` as `page`, in place of its placeholder (the window takes ownership)."""
        index = page.value
        old = self.pages[page]
        current = self.stack.currentIndex()
        self.stack.removeWidget(old)
        self.stack.insertWidget(index, widget)
        self.pages[page] = widget
        self._built[page] = widget
        self.stack.setCurrentIndex(current)
        if old is not widget:
            old.deleteLater()

    def open_engagement(self, engagement_id: uuid.UUID) -> bool:
        """Switch to the Forløb page with `engagement_id` selected and loaded."""
        self.show_page(Page.ENGAGEMENTS)
        if self.current_page() != Page.ENGAGEMENTS:
            return False
        return self.engagements_page.open(engagement_id)

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

    def current_page(self) -> Page:
        """The page shown."""
        return Page(self.stack.currentIndex())

    def reload(self) -> None:
        """Read the forløb list again from the database."""
        rows = self._context.engagements.summaries()
        self.engagement_model.set_rows(rows)
        self.engagements_page.after_reload()

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
