"""Start the GUI: QApplication, font, translations, crash handler, database, main window."""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from taskforce_app import APP_NAME, __version__, paths
from taskforce_app.bootstrap import (
    AppContext,
    default_database,
    latest_good_backup,
    open_context,
    restore_database,
    take_over_writer_lock,
)
from taskforce_app.domain.errors import UserError
from taskforce_app.installation import InstallationError, check_export, check_files, check_present
from taskforce_app.logs import configure_logging
from taskforce_app.ui import fonts, translations
from taskforce_app.ui.kit.settings import APPLICATION, ORGANISATION, UiSettings
from taskforce_app.ui.main_window import MainWindow
from taskforce_app.ui.startup_checks import StartupChecks

log = logging.getLogger(__name__)

EXIT_OK = 0
EXIT_SMOKE_FAILED = 1
EXIT_USER = 2
MIN_SMOKE_SIZE = (640, 400)
ICON_FILE = "taskforce-app.png"


def resolve_language(requested: str | None, stored: str | None) -> str:
    """The GUI language: `--lang` when given, else the choice stored from the Language menu,
    else Danish."""
    if requested is not None:
        return requested
    return stored or "da"


class CrashHandler:
    """`sys.excepthook`: log the traceback, show the user a short message (never the traceback)."""

    def __init__(self, show: Callable[[str], None] | None, log_path: str) -> None:
        self._show = show
        self._log_path = log_path
        self._busy = False

    def __call__(
        self,
        kind: type[BaseException],
        value: BaseException,
        traceback: TracebackType | None,
    ) -> None:
        """Handle an exception nobody caught."""
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, value, traceback)
            return
        log.critical("unhandled exception", exc_info=(kind, value, traceback))
        if self._busy or self._show is None:
            return
        self._busy = True
        try:
            self._show(self._log_path)
        except Exception:
            log.exception("could not show the crash dialog")
        finally:
            self._busy = False


def show_crash_dialog(log_path: str) -> None:
    """The short message shown after an unexpected error."""
    QMessageBox.critical(
        None,
        QCoreApplication.translate("App", "Unexpected error"),
        QCoreApplication.translate(
            "App",
            "Task Force Tracker ran into an unexpected error. What you saved is safe; the last "
            "action may not have been completed. Details are in the log file:\n%1",
        ).replace("%1", log_path),
    )


def launch(db: str | None, language: str | None, smoke_test: bool) -> int:
    """Run the GUI on the database `db` (None: the default one); returns the exit code.

    `language` is "da" (default) or "en". `smoke_test` opens the main window offscreen, checks
    that it rendered and shows every forløb, prints one line and quits.
    """
    if smoke_test:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    log_path = configure_logging()
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationVersion(__version__)
    app.setWindowIcon(QIcon(str(paths.icons_dir() / ICON_FILE)))
    settings = UiSettings()
    chosen = resolve_language(language, settings.language)
    fonts.apply_app_font(app)
    installed = translations.install_translators(chosen)
    try:
        check_installation(smoke_test)
    except InstallationError as error:
        log.error("broken installation: %s", error.message("en"))
        if smoke_test:
            print(error.message("da"), file=sys.stderr)
        else:
            QMessageBox.critical(None, APP_NAME, error.message(chosen))
        installed.remove()
        return EXIT_USER
    previous_hook = sys.excepthook
    sys.excepthook = CrashHandler(None if smoke_test else show_crash_dialog, str(log_path))
    try:
        return _run(app, db, chosen, smoke_test, settings)
    finally:
        sys.excepthook = previous_hook
        installed.remove()


def check_installation(thorough: bool) -> None:
    """Raise `InstallationError` when a data file is missing (the GUI's start-up check, cheap);
    `thorough` (`--smoke-test`) also loads them, and checks the font's æøå and the Danish .qm.
    """
    if not thorough:
        check_present()
        return
    check_files()
    for problem in (fonts.shipped_font_problem(), translations.danish_catalogue_problem()):
        if problem is not None:
            raise InstallationError("install.broken", detail=problem)


def _run(
    app: QApplication, db: str | None, language: str, smoke: bool, settings: UiSettings
) -> int:
    try:
        context = open_context(db, lock=not smoke, defer_checks=not smoke)
    except UserError as error:
        log.info("cannot open the database %s: %s", db, error.error_code)
        message = error.message(language)
        if error.error_code == "db.in_use" and not smoke:
            context_or_none = open_held_database(db, error, language, settings)
            if context_or_none is not None:
                return _show(app, context_or_none, language, smoke, settings)
            return EXIT_USER
        if error.error_code == "db.corrupt" and not smoke:
            context_or_none = _offer_restore(db, message, language)
            if context_or_none is not None:
                return _show(app, context_or_none, language, smoke, settings)
            return EXIT_USER
        if smoke:
            print(message, file=sys.stderr)
        else:
            QMessageBox.critical(
                None, QCoreApplication.translate("App", "Cannot open the database"), message
            )
        return EXIT_USER
    return _show(app, context, language, smoke, settings)


def _offer_restore(db: str | None, message: str, language: str) -> AppContext | None:
    """The database is damaged: offer to restore the newest backup that passes its check."""
    database = Path(db).expanduser().absolute() if db and "://" not in db else None
    if database is None and db is None:
        database = default_database()
    good = latest_good_backup(database) if database is not None else None
    title = QCoreApplication.translate("App", "Cannot open the database")
    if database is None or good is None:
        QMessageBox.critical(None, title, message)
        return None
    question = QCoreApplication.translate("App", "Restore the latest good backup (%1)?").replace(
        "%1", good.name
    )
    if not _ask_yes(title, f"{message}\n\n{question}"):
        return None
    try:
        restore_database(database, good)
        return open_context(database, lock=True)
    except UserError as error:
        _cannot_open(error, language)
        return None


def _ask_yes(title: str, question: str) -> bool:
    """A yes/no question before the main window exists; Yes is the default."""
    answer = QMessageBox.question(
        None,
        title,
        question,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.Yes,
    )
    return answer == QMessageBox.StandardButton.Yes


def _cannot_open(error: UserError, language: str) -> None:
    """Say why the database could not be opened."""
    QMessageBox.critical(
        None,
        QCoreApplication.translate("App", "Cannot open the database"),
        error.message(language),
    )


def open_held_database(
    db: str | None, error: UserError, language: str, settings: UiSettings
) -> AppContext | None:
    """Another program holds the writer lock: offer what the user can do about it.

    A lock of another computer, or one whose process cannot be checked, may have been left
    behind by a crash: the user is shown who holds it and may take it over ("Overtag låsen",
    with a warning) or open the database read-only. A live lock of this computer only offers
    read-only.
    """
    message = error.message(language)
    if error.params.get("state") not in ("remote", "undetermined"):
        return _offer_read_only(db, message, language)
    title = QCoreApplication.translate("App", "The database is in use")
    warning = QCoreApplication.translate(
        "App",
        "It cannot be checked from here whether that program is still running. Take the lock "
        "over only if it is closed or its computer has crashed: if it still writes to the "
        "database, changes can be lost.",
    )
    box = QMessageBox(QMessageBox.Icon.Warning, title, f"{message}\n\n{warning}")
    take_over = box.addButton(
        QCoreApplication.translate("App", "Take over the lock"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    read_only = box.addButton(
        QCoreApplication.translate("App", "Open read-only"), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(read_only)
    box.exec()
    clicked = box.clickedButton()
    if clicked is read_only:
        return _open_or_explain(db, language, read_only=True)
    if clicked is not take_over:
        return None
    database = Path(db).expanduser().absolute() if db else default_database()
    try:
        previous = take_over_writer_lock(database, reason="Overtag låsen (GUI)")
    except UserError as refused:
        _cannot_open(refused, language)
        return None
    log.warning("the user took over the writer lock of %s from %s", database, previous)
    return _open_or_explain(db, language, read_only=False, settings=settings)


def _open_or_explain(
    db: str | None, language: str, *, read_only: bool, settings: UiSettings | None = None
) -> AppContext | None:
    try:
        if read_only:
            return open_context(db, read_only=True)
        return open_context(db, lock=True, backup_on_open=True)
    except UserError as error:
        _cannot_open(error, language)
        return None


def _offer_read_only(db: str | None, message: str, language: str) -> AppContext | None:
    """The database is open elsewhere: offer to open it read-only instead."""
    title = QCoreApplication.translate("App", "The database is in use")
    question = QCoreApplication.translate("App", "Open it read-only?")
    if not _ask_yes(title, f"{message}\n\n{question}"):
        return None
    return _open_or_explain(db, language, read_only=True)


def _show(
    app: QApplication, context: AppContext, language: str, smoke: bool, settings: UiSettings
) -> int:
    try:
        window = MainWindow(context, settings=settings, language=language)
    except BaseException:
        context.close()
        raise
    try:
        if smoke:
            try:
                check_export(context)
            except UserError as error:
                print(error.message("da"), file=sys.stderr)
                return EXIT_USER
            return smoke_check(app, window)
        window.show()
        checks = StartupChecks(window, context, window.prompts, language)
        QTimer.singleShot(0, checks.start)  # integrity check and backup after the first paint
        window.greet()
        code = app.exec()
        checks.wait()
        return code
    finally:
        window.context.close()
        window.deleteLater()


def smoke_check(app: QApplication, window: MainWindow) -> int:
    """Show, render and count: the check `--smoke-test` runs, also on a built bundle."""
    window.show()
    app.processEvents()
    pixmap = window.grab()
    expected = len(window.context.engagements.summaries())
    shown = window.engagement_model.rowCount()
    problems = []
    if pixmap.isNull():
        problems.append("the window rendered nothing")
    elif pixmap.width() < MIN_SMOKE_SIZE[0] or pixmap.height() < MIN_SMOKE_SIZE[1]:
        problems.append(f"the window is only {pixmap.width()}x{pixmap.height()} pixels")
    if shown != expected:
        problems.append(f"the list shows {shown} forløb, the database has {expected}")
    window.hide()
    app.processEvents()
    if problems:
        print(f"smoke test failed: {'; '.join(problems)}", file=sys.stderr)
        return EXIT_SMOKE_FAILED
    print(f"smoke test ok: {expected} forløb")
    return EXIT_OK
