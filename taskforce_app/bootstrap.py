"""Composition root: open a database and build the services the GUI and the CLI share."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from taskforce_app import paths
from taskforce_app.domain.errors import UserError
from taskforce_app.persistence.database import Database, open_database

if TYPE_CHECKING:
    from taskforce_app.persistence.location import DatabaseLocation
    from taskforce_app.services.applications import ApplicationService
    from taskforce_app.services.backups import BackupService
    from taskforce_app.services.calendar import CalendarService
    from taskforce_app.services.case_lists import CaseListService
    from taskforce_app.services.engagements import EngagementService
    from taskforce_app.services.exchange import ExchangeService
    from taskforce_app.services.findings import (
        FindingService,
        RecommendationService,
        ReviewNoteService,
    )
    from taskforce_app.services.history import HistoryService
    from taskforce_app.services.key_figures import KeyFigureService
    from taskforce_app.services.maintenance import MaintenanceService
    from taskforce_app.services.milestones import MilestoneService
    from taskforce_app.services.operations import OperationService
    from taskforce_app.services.overview import OverviewService
    from taskforce_app.services.reference import ReferenceService
    from taskforce_app.services.report_authoring import ReportAuthoringService
    from taskforce_app.services.reports import ReportService
    from taskforce_app.services.results import ResultsService
    from taskforce_app.services.retention import RetentionService
    from taskforce_app.services.review import ReviewService
    from taskforce_app.services.sampling import SamplingService
    from taskforce_app.services.team import TeamService
    from taskforce_app.services.workbooks import WorkbookService


@dataclass
class AppContext:
    """Everything a front end needs: the services over one open database."""

    database_name: str
    schema_revision: str
    upgrade_backup: Path | None
    _db: Database
    last_backup: Path | None = None

    @cached_property
    def engagements(self) -> EngagementService:
        """Forløb: list, read, create, edit, delete."""
        from taskforce_app.services.engagements import EngagementService

        return EngagementService(self._db)

    @cached_property
    def operations(self) -> OperationService:
        """User actions as operations (one transaction each), and their undo and redo."""
        from taskforce_app.services.operations import OperationService

        return OperationService(self._db)

    @cached_property
    def reference(self) -> ReferenceService:
        """The 98 municipalities."""
        from taskforce_app.services.reference import ReferenceService

        return ReferenceService(self._db)

    @cached_property
    def maintenance(self) -> MaintenanceService:
        """Schema version and integrity."""
        from taskforce_app.services.maintenance import MaintenanceService

        return MaintenanceService(self._db)

    @cached_property
    def applications(self) -> ApplicationService:
        """Application rounds and applications."""
        from taskforce_app.services.applications import ApplicationService

        return ApplicationService(self._db)

    @cached_property
    def milestones(self) -> MilestoneService:
        """The plans' milestones."""
        from taskforce_app.services.milestones import MilestoneService

        return MilestoneService(self._db)

    @cached_property
    def overview(self) -> OverviewService:
        """Overblik, Tidslinje and Mine frister."""
        from taskforce_app.services.overview import OverviewService

        return OverviewService(self._db)

    @cached_property
    def team(self) -> TeamService:
        """Consultants, teams, contacts, phases."""
        from taskforce_app.services.team import TeamService

        return TeamService(self._db)

    @cached_property
    def review(self) -> ReviewService:
        """Review rounds, answers, sign-off."""
        from taskforce_app.services.review import ReviewService

        return ReviewService(self._db)

    @cached_property
    def sampling(self) -> SamplingService:
        """Drawing and replacing sampled cases."""
        from taskforce_app.services.sampling import SamplingService

        return SamplingService(self._db)

    @cached_property
    def case_lists(self) -> CaseListService:
        """Importing case lists."""
        from taskforce_app.services.case_lists import CaseListService

        return CaseListService(self._db)

    @cached_property
    def results(self) -> ResultsService:
        """The reviews' results."""
        from taskforce_app.services.results import ResultsService

        return ResultsService(self._db)

    @cached_property
    def findings(self) -> FindingService:
        """Findings."""
        from taskforce_app.services.findings import FindingService

        return FindingService(self._db)

    @cached_property
    def recommendations(self) -> RecommendationService:
        """Recommendations and their history."""
        from taskforce_app.services.findings import RecommendationService

        return RecommendationService(self._db)

    @cached_property
    def notes(self) -> ReviewNoteService:
        """Review notes."""
        from taskforce_app.services.findings import ReviewNoteService

        return ReviewNoteService(self._db)

    @cached_property
    def backups(self) -> BackupService:
        """Backups of the embedded database."""
        from taskforce_app.services.backups import BackupService

        return BackupService(self._db)

    @cached_property
    def history(self) -> HistoryService:
        """The change history."""
        from taskforce_app.services.history import HistoryService

        return HistoryService(self._db)

    @cached_property
    def reports(self) -> ReportService:
        """PDF reports (reportlab is imported on first use)."""
        from taskforce_app.services.reports import ReportService

        return ReportService(self._db)

    @cached_property
    def report_authoring(self) -> ReportAuthoringService:
        """The written analyserapport and statusrapport: sections, text, status, Word and PDF."""
        from taskforce_app.services.report_authoring import ReportAuthoringService

        return ReportAuthoringService(self._db)

    @cached_property
    def workbooks(self) -> WorkbookService:
        """Excel workbooks and returned workbooks (openpyxl is imported on first use)."""
        from taskforce_app.services.workbooks import WorkbookService

        return WorkbookService(self._db)

    @cached_property
    def exchange(self) -> ExchangeService:
        """Exchange packages: export, preview, merge (cryptography is imported on first use)."""
        from taskforce_app.services.exchange import ExchangeService

        return ExchangeService(self._db)

    @cached_property
    def key_figures(self) -> KeyFigureService:
        """Danmarks Statistik key figures."""
        from taskforce_app.services.key_figures import KeyFigureService

        return KeyFigureService(self._db)

    @cached_property
    def calendar(self) -> CalendarService:
        """The calendar export (icalendar is imported on first use)."""
        from taskforce_app.services.calendar import CalendarService

        return CalendarService(self._db)

    @cached_property
    def retention(self) -> RetentionService:
        """The retention period, the forløb whose case data is due, and the purge."""
        from taskforce_app.services.retention import RetentionService

        return RetentionService(self._db)

    @property
    def database_path(self) -> Path | None:
        """The embedded database's file (None for a server)."""
        return self._db.location.path

    @property
    def database_identity(self) -> str:
        """A stable name of this database, for what is remembered per database (who is
        working): the file's absolute path, or the server's URL without its password."""
        location = self._db.location
        return str(location.path) if location.path is not None else location.display_name

    @property
    def read_only(self) -> bool:
        """True when the database was opened read-only."""
        return self._db.read_only

    @property
    def is_sqlite(self) -> bool:
        """True for the embedded SQLite database."""
        return self._db.location.is_sqlite

    def close(self) -> None:
        """Release the database."""
        self._db.close()


def default_database() -> Path:
    """The embedded database in the user's data folder (the folder is created)."""
    target = paths.default_database_path()
    target.parent.mkdir(parents=True, exist_ok=True)
    return target


def resolve_target(target: str | Path) -> DatabaseLocation:
    """Where `target` (a path or a URL) points: `.path` is set for an SQLite file.

    Raises:
        DatabaseError: the URL cannot be parsed or names an unsupported backend.
    """
    from taskforce_app.persistence.location import resolve_location

    return resolve_location(target)


def open_context(
    target: str | Path | None = None,
    *,
    actor: str = "",
    lock: bool = False,
    read_only: bool = False,
    backup_on_open: bool = False,
    defer_checks: bool = False,
) -> AppContext:
    """Open (create and migrate if needed) the database at `target` and build the services.

    `lock` takes the writer lock (the GUI does: a second instance is told who has the file);
    `read_only` opens an SQLite file without writing anything; `backup_on_open` makes the
    automatic backup of an embedded database (the GUI does, every time it opens one).
    `defer_checks` leaves SQLite's quick integrity check of a current file to the caller
    (`context.maintenance.quick_check()`), which the GUI runs after its window is shown.

    Raises:
        DatabaseError: the database cannot be opened; the message says why and what to do.
    """
    db = open_database(
        default_database() if target is None else target,
        lock=lock,
        read_only=read_only,
        check_integrity=not defer_checks,
    )
    db.actor = actor
    context = AppContext(
        database_name=db.location.display_name,
        schema_revision=db.revision,
        upgrade_backup=db.upgrade_backup,
        _db=db,
    )
    if backup_on_open and not read_only and context.backups.available:
        try:
            context.last_backup = context.backups.backup()
        except BaseException:
            context.close()
            raise
    return context


def restore_database(database: Path, backup: Path) -> Path:
    """Replace the (closed) database file by `backup`; returns the safety copy of the old one."""
    from taskforce_app.services.backups import restore_backup

    return restore_backup(database, backup)


def latest_good_backup(database: Path) -> Path | None:
    """The newest backup of `database` that passes SQLite's integrity check."""
    from taskforce_app.services.backups import list_backups, preview_restore

    for info in list_backups(database):
        try:
            if preview_restore(database, info.path).usable:
                return info.path
        except UserError:
            continue
    return None


def take_over_writer_lock(database: Path, *, reason: str) -> str:
    """Take over the writer lock of `database` after the user chose to (logged).

    Returns who held it. Raises `DatabaseError("lock.live_here")` when a running program of
    this computer holds it.
    """
    from taskforce_app.services.writer_locks import take_over_lock

    return take_over_lock(database, reason=reason).holder
