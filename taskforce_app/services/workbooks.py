"""Workbooks: export a forløb or the portfolio to xlsx, and apply a workbook the municipality
sent back (Status and Note per recommendation) in one transaction."""

from __future__ import annotations

import logging
import uuid
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session, sessionmaker

from taskforce_app import __version__
from taskforce_app.domain.changes import Changes, Entity
from taskforce_app.domain.enums import (
    Answer,
    RecommendationStatus,
    SampledCaseStatus,
    Severity,
    Track,
)
from taskforce_app.domain.errors import UserError
from taskforce_app.domain.findings import CLOSED_STATUSES
from taskforce_app.domain.labels import RECOMMENDATION_STATUS_LABELS
from taskforce_app.domain.result_tables import EngagementResults, Figure, RequirementResult
from taskforce_app.domain.text import Language
from taskforce_app.domain.workbook_models import (
    RETURN_AUTHOR,
    AssessmentLine,
    EngagementWorkbook,
    PortfolioRow,
    PortfolioWorkbook,
    RecommendationChange,
    RecommendationColumns,
    RequirementAcross,
    ReturnedPreview,
    ReturnedProblem,
    ReturnedResult,
    ReturnedWorkbook,
    RoundSheet,
    WorkbookManifest,
    latest_round,
    pooled_share,
)
from taskforce_app.exporters.atomic import Cancelled, Progress, check_target, raise_if_cancelled
from taskforce_app.importers.returned_workbook import (
    PROTECTED_COLUMNS,
    SentValues,
    read_returned,
    sent_cell,
)
from taskforce_app.persistence.database import Database
from taskforce_app.persistence.models import (
    Assessment,
    Case,
    Criterion,
    Engagement,
    Finding,
    Municipality,
    Recommendation,
    RecommendationUpdate,
    ReviewRound,
    SampledCase,
    WorkbookExport,
)
from taskforce_app.persistence.types import utc_now
from taskforce_app.services.engagements import EngagementService
from taskforce_app.services.findings import (
    FindingService,
    RecommendationService,
    record_status_change,
)
from taskforce_app.services.milestones import MilestoneService
from taskforce_app.services.overview import OverviewService
from taskforce_app.services.results import ResultsService
from taskforce_app.services.review import ReviewService
from taskforce_app.services.round_laws import round_laws
from taskforce_app.services.team import TeamService

log = logging.getLogger(__name__)

STREAM_BATCH = 5_000
"""Assessment rows fetched per round trip while streaming the portfolio's Vurderinger sheet."""


class WorkbookService:
    """Use cases on xlsx workbooks."""

    def __init__(self, db: Database, *, app_version: str = __version__) -> None:
        self._db = db
        self._app_version = app_version

    # -- export -------------------------------------------------------------------------------

    def engagement_workbook(
        self, engagement_id: uuid.UUID, *, today: date | None = None
    ) -> EngagementWorkbook:
        """The read models of one forløb's workbook, all from one consistent read.

        Raises:
            NotFoundError: the forløb does not exist.
        """
        today = today or date.today()
        with self._snapshot() as db:
            detail = EngagementService(db).get(engagement_id)
            overview = next(
                (row for row in OverviewService(db).rows(today) if row.id == engagement_id), None
            )
            team = TeamService(db)
            review = ReviewService(db)
            rounds = tuple(
                RoundSheet(
                    round=round_,
                    criteria=tuple(review.criteria(round_.id)),
                    cases=tuple(review.sampled_cases(round_.id)),
                    answers=_round_answers(db, round_.id),
                    laws=round_laws(review, round_.id),
                )
                for round_ in review.rounds(engagement_id)
            )
            return EngagementWorkbook(
                engagement=detail,
                overview=overview,
                team=tuple(team.team(engagement_id)),
                contacts=tuple(team.contacts(engagement_id)),
                milestones=tuple(MilestoneService(db).for_engagement(engagement_id)),
                rounds=rounds,
                results=ResultsService(db).for_engagement(engagement_id),
                findings=tuple(FindingService(db).findings(engagement_id)),
                recommendations=tuple(RecommendationService(db).for_engagement(engagement_id)),
                exported_at=utc_now(),
                app_version=self._app_version,
                today=today,
            )

    def export_engagement(
        self,
        engagement_id: uuid.UUID,
        path: Path,
        *,
        cancelled: Cancelled | None = None,
        progress: Progress | None = None,
        today: date | None = None,
        language: Language = "da",
    ) -> Path:
        """Write the forløb's workbook to `path` in `language` (atomically; nothing half-written
        is left).

        The app records the export (`WorkbookExport`: each recommendation's values as sent) in
        the same transaction as the file is written; the workbook carries the record's id.

        Raises:
            NotFoundError: the forløb does not exist.
            OperationCancelledError: cancelled; nothing is left at `path`.
            UserError: `path` cannot be written.
        """
        from taskforce_app.exporters.xlsx_engagement import write_engagement_workbook

        path = Path(path)
        check_target(path)
        data = replace(
            self.engagement_workbook(engagement_id, today=today),
            export_id=uuid.uuid4(),
            language=language,
        )
        raise_if_cancelled(cancelled)
        recorded = False

        def record() -> None:
            # Committed once the file is complete and before it reaches its target: a workbook
            # the municipality can hold always has its record, and a failed export leaves the
            # database as it was.
            nonlocal recorded
            with self._db.write() as session:
                session.add(_export_record(data))
            recorded = True

        try:
            return write_engagement_workbook(
                data, path, cancelled=cancelled, progress=progress, before_replace=record
            )
        except BaseException:
            if recorded:  # the move failed after the commit: nobody can hold that workbook
                with self._db.write() as session:
                    unwritten = session.get(WorkbookExport, data.export_id)
                    if unwritten is not None:
                        unwritten.soft_delete()
            raise

    def export_portfolio(
        self,
        path: Path,
        *,
        cancelled: Cancelled | None = None,
        progress: Progress | None = None,
        today: date | None = None,
        language: Language = "da",
    ) -> Path:
        """Write the management workbook across all forløb to `path` in `language`; the
        assessments sheet is
        streamed from the database while it is written, inside the same read.

        Raises:
            OperationCancelledError: cancelled; nothing is left at `path`.
            UserError: `path` cannot be written.
        """
        from taskforce_app.exporters.xlsx_portfolio import write_portfolio_workbook

        path = Path(path)
        check_target(path)
        today = today or date.today()
        with self._snapshot() as db:
            data = replace(self._portfolio(db, today), language=language)
            raise_if_cancelled(cancelled)
            with db.read() as session:
                count = session.scalar(_assessment_query(count=True)) or 0
                lines = _stream_assessments(session)
                return write_portfolio_workbook(
                    data,
                    lines,
                    path,
                    assessment_count=int(count),
                    cancelled=cancelled,
                    progress=progress,
                )

    def _portfolio(self, db: Database, today: date) -> PortfolioWorkbook:
        overview = OverviewService(db).rows(today)
        results_service = ResultsService(db)
        results = results_service.for_engagements(row.id for row in overview)
        with db.read() as session:
            severities: dict[uuid.UUID, dict[Severity, int]] = defaultdict(
                lambda: dict.fromkeys(Severity, 0)
            )
            for engagement_id, severity, count in session.execute(
                select(Finding.engagement_id, Finding.severity, func.count()).group_by(
                    Finding.engagement_id, Finding.severity
                )
            ):
                severities[engagement_id][severity] = int(count)
            recommendations: dict[uuid.UUID, dict[RecommendationStatus, int]] = defaultdict(dict)
            for engagement_id, status, count in session.execute(
                select(Recommendation.engagement_id, Recommendation.status, func.count()).group_by(
                    Recommendation.engagement_id, Recommendation.status
                )
            ):
                recommendations[engagement_id][status] = int(count)
        rows = []
        for item in overview:
            own = results[item.id]
            counts = severities[item.id]
            statuses = recommendations[item.id]
            latest_kind, latest_name = latest_round(own)
            rows.append(
                PortfolioRow(
                    engagement_id=item.id,
                    municipality=item.municipality_name,
                    region=item.region.value,
                    title=item.title,
                    phase=item.phase,
                    start_date=item.start_date,
                    planned_end_date=item.planned_end_date,
                    month_of_plan=item.month_of_plan,
                    health=item.health,
                    overdue_milestones=item.overdue,
                    critical_findings=counts[Severity.CRITICAL],
                    significant_findings=counts[Severity.SIGNIFICANT],
                    minor_findings=counts[Severity.MINOR],
                    open_recommendations=sum(
                        n for s, n in statuses.items() if s not in CLOSED_STATUSES
                    ),
                    recommendations=sum(statuses.values()),
                    latest_round=latest_name,
                    legal_share=pooled_share(own, Track.JURIDISK, latest_kind),
                    quality_share=pooled_share(own, Track.SOCIALFAGLIG, latest_kind),
                )
            )
        return PortfolioWorkbook(
            rows=tuple(rows),
            result_columns=tuple(row.municipality_name for row in overview),
            requirements=_requirements_across([results[row.id] for row in overview]),
            exported_at=utc_now(),
            app_version=self._app_version,
        )

    # -- a returned workbook ----------------------------------------------------------------

    def preview_returned(
        self, path: Path, *, engagement_id: uuid.UUID | None = None
    ) -> ReturnedPreview:
        """What applying a returned workbook would change, and the rows that cannot be read.

        Args:
            path: the returned xlsx file.
            engagement_id: the forløb the user expects it to belong to (None: the manifest's).

        Raises:
            UserError: unreadable file or manifest; a forløb unknown in this database; a
                workbook of another forløb than `engagement_id`.
        """
        with self._db.read() as session:
            returned, export = _read_checked(session, Path(path))
            return _plan(session, returned, export, engagement_id)

    def apply_returned(
        self,
        path: Path,
        *,
        dry_run: bool = False,
        engagement_id: uuid.UUID | None = None,
        skip_problem_rows: bool = False,
    ) -> ReturnedResult:
        """Apply a returned workbook's status changes and notes in one transaction.

        Each change is recorded as `RecommendationService.set_status` does it: a history entry
        (author "Kommunen (returneret regneark)", old → new status, the note). The workbook is
        compared with the app's own record of its export, never with its manifest: a status
        changed in the app since the export is a problem (a conflict), never overridden, and a
        row already applied changes nothing, whatever time the file claims, so applying the
        same workbook twice is harmless. While any row has a problem nothing is applied, unless
        `skip_problem_rows` is set.

        Raises:
            UserError: as `preview_returned`; nothing is changed.
        """
        with self._db.write() as session:
            returned, export = _read_checked(session, Path(path))
            preview = _plan(session, returned, export, engagement_id)
            blocked = bool(preview.problems) and not skip_problem_rows
            if not dry_run and not blocked and preview.changes:
                _write_changes(session, preview.changes)
        changed = 0 if blocked else len(preview.changes)
        touched = Changes()
        if changed and not dry_run:
            touched = Changes.of(
                Entity.RECOMMENDATION,
                preview.engagement_id,
                *(change.recommendation_id for change in preview.changes),
            )
            log.info(
                "applied %d change(s) from %s to forløb %s",
                changed,
                returned.file_name,
                preview.engagement_id,
            )
        return ReturnedResult(
            preview=preview,
            dry_run=dry_run,
            blocked=blocked,
            changed=changed,
            unchanged=preview.unchanged,
            problems=len(preview.problems),
            changes=touched,
        )

    # -- one consistent read ------------------------------------------------------------------

    @contextmanager
    def _snapshot(self) -> Iterator[Database]:
        """A view of the database whose sessions all share one read transaction.

        The existing services are built over it, so every read model of an export comes from
        the same snapshot (SQLite WAL: the first read fixes it; PostgreSQL: REPEATABLE READ).
        """
        connection = self._db.engine.connect()
        try:
            if not self._db.location.is_sqlite:
                connection = connection.execution_options(isolation_level="REPEATABLE READ")
            with connection.begin() as transaction:
                factory = sessionmaker(
                    bind=connection,
                    expire_on_commit=False,
                    join_transaction_mode="create_savepoint",
                )
                yield replace(self._db, sessions=factory)
                transaction.rollback()
        finally:
            connection.close()


# -- reading -----------------------------------------------------------------------------------


def _round_answers(
    db: Database, round_id: uuid.UUID
) -> dict[tuple[uuid.UUID, uuid.UUID], Answer | None]:
    with db.read() as session:
        return {
            (sampled_id, criterion_id): answer
            for sampled_id, criterion_id, answer in session.execute(
                select(Assessment.sampled_case_id, Assessment.criterion_id, Assessment.answer)
                .join(SampledCase, Assessment.sampled_case_id == SampledCase.id)
                .where(SampledCase.round_id == round_id)
            )
        }


def _assessment_query(*, count: bool = False) -> Select[Any]:
    columns = (
        (func.count(),)
        if count
        else (
            Municipality.name,
            Engagement.title,
            ReviewRound.name,
            Case.case_ref,
            Criterion.code,
            Assessment.answer,
        )
    )
    query = (
        select(*columns)
        .select_from(Assessment)
        .join(SampledCase, Assessment.sampled_case_id == SampledCase.id)
        .join(Case, SampledCase.case_id == Case.id)
        .join(ReviewRound, SampledCase.round_id == ReviewRound.id)
        .join(Engagement, ReviewRound.engagement_id == Engagement.id)
        .join(Municipality, Engagement.municipality_id == Municipality.id)
        .join(Criterion, Assessment.criterion_id == Criterion.id)
        .where(
            SampledCase.status == SampledCaseStatus.ACTIVE,
        )
    )
    if count:
        return query
    return query.order_by(
        Municipality.name,
        Engagement.start_date,
        ReviewRound.created_at,
        SampledCase.position,
        Criterion.sort_order,
    )


def _stream_assessments(session: Session) -> Iterator[AssessmentLine]:
    result = session.execute(_assessment_query(), execution_options={"yield_per": STREAM_BATCH})
    for municipality, title, round_name, case_ref, code, answer in result:
        yield AssessmentLine(municipality, title, round_name, case_ref, code, answer)


def _latest_figure(item: RequirementResult) -> Figure | None:
    return item.statusmaaling if item.statusmaaling is not None else item.analyse


def _requirements_across(per_engagement: list[EngagementResults]) -> tuple[RequirementAcross, ...]:
    order: dict[str, RequirementResult] = {}
    for results in per_engagement:
        for item in results.requirements:
            order.setdefault(item.key, item)
    lines = []
    for key, first in order.items():
        shares: list[float | None] = []
        codes: list[str] = []
        for results in per_engagement:
            found = next((r for r in results.requirements if r.key == key), None)
            figure = _latest_figure(found) if found is not None else None
            shares.append(figure.x / figure.n if figure is not None and figure.n else None)
            if found is not None:
                codes.extend(code for code in found.codes if code not in codes)
        lines.append(
            RequirementAcross(
                key=key,
                codes=" / ".join(codes),
                track=first.track,
                pejlemaerke=first.pejlemaerke,
                question=first.question,
                shares=tuple(shares),
            )
        )
    lines.sort(key=lambda line: (line.track is not Track.JURIDISK, line.codes))
    return tuple(lines)


# -- a returned workbook ---------------------------------------------------------------------------


def _export_record(data: EngagementWorkbook) -> WorkbookExport:
    """The app's record of an export: each recommendation's values as sent."""
    assert data.export_id is not None
    return WorkbookExport(
        id=data.export_id,
        engagement_id=data.engagement.id,
        exported_at=data.exported_at,
        app_version=data.app_version[:40],
        rows=[
            {
                "id": str(item.id),
                "text": item.text,
                "finding": item.finding_title,
                "owner": item.owner,
                "due_on": item.due_on.isoformat() if item.due_on is not None else None,
                "status": item.status.value,
                "note": "",
            }
            for item in data.recommendations
        ],
    )


_SENT_KEYS = {
    RecommendationColumns.TEXT: "text",
    RecommendationColumns.FINDING: "finding",
    RecommendationColumns.OWNER: "owner",
    RecommendationColumns.DUE: "due_on",
}


def _read_checked(session: Session, path: Path) -> tuple[ReturnedWorkbook, WorkbookExport]:
    """The returned workbook read against the export record its manifest names.

    Raises:
        UserError: as `read_returned`; the manifest names no export this database recorded.
    """
    found: list[WorkbookExport] = []

    def sent_for(manifest: WorkbookManifest) -> SentValues:
        export = (
            session.get(WorkbookExport, manifest.export_id)
            if manifest.export_id is not None
            else None
        )
        if export is None:
            if session.get(Engagement, manifest.engagement_id) is None:
                raise UserError(
                    "returned.unknown_engagement",
                    municipality=manifest.municipality,
                    engagement_id=str(manifest.engagement_id),
                )
            raise UserError("returned.unknown_export", file=path.name)
        found.append(export)
        return {
            uuid.UUID(row["id"]): {
                column: sent_cell(column, _sent_value(column, row.get(_SENT_KEYS[column])))
                for column in PROTECTED_COLUMNS
            }
            for row in export.rows
        }

    returned = read_returned(path, sent_for)
    return returned, found[0]


def _sent_value(column: str, value: object) -> object:
    if column == RecommendationColumns.DUE and isinstance(value, str):
        return date.fromisoformat(value)
    return value


def _plan(
    session: Session,
    returned: ReturnedWorkbook,
    export: WorkbookExport,
    expected: uuid.UUID | None,
) -> ReturnedPreview:
    """Decide, per valid row, what changes; rows that cannot be applied become problems.

    What was sent (status, export time, forløb) comes from the app's record `export`.
    """
    manifest = returned.manifest
    engagement = session.get(Engagement, export.engagement_id)
    if engagement is None:
        raise UserError(
            "returned.unknown_engagement",
            municipality=manifest.municipality,
            engagement_id=str(export.engagement_id),
        )
    if expected is not None and expected != export.engagement_id:
        raise UserError(
            "returned.other_engagement",
            municipality=manifest.municipality,
            engagement_id=str(export.engagement_id),
        )
    exported_at = _aware(export.exported_at)
    sent_status = {uuid.UUID(row["id"]): RecommendationStatus(row["status"]) for row in export.rows}
    ids = [row.recommendation_id for row in returned.rows]
    current = {
        row.id: row
        for row in session.scalars(
            select(Recommendation).where(
                Recommendation.id.in_(ids),
                Recommendation.engagement_id == export.engagement_id,
            )
        )
    }
    applied: dict[uuid.UUID, list[RecommendationUpdate]] = defaultdict(list)
    for update in session.scalars(
        select(RecommendationUpdate).where(
            RecommendationUpdate.recommendation_id.in_(ids),
            RecommendationUpdate.occurred_at >= exported_at,
        )
    ):
        applied[update.recommendation_id].append(update)
    language = returned.manifest.language

    def status_label(status: RecommendationStatus) -> str:
        return RECOMMENDATION_STATUS_LABELS.label(status, language)

    problems = list(returned.problems)
    changes: list[RecommendationChange] = []
    unchanged = 0
    for row in returned.rows:
        record = current.get(row.recommendation_id)
        exported_status = sent_status.get(row.recommendation_id)
        if record is None or exported_status is None:
            problems.append(ReturnedProblem(row.excel_row, "returned.not_in_database"))
            continue
        since = applied.get(row.recommendation_id, [])
        note_done = not row.note or any(
            update.author == RETURN_AUTHOR and update.note == row.note for update in since
        )
        wants_status = row.status is not exported_status
        if wants_status and record.status not in (exported_status, row.status):
            problems.append(
                ReturnedProblem(
                    row.excel_row,
                    "returned.changed_since_export",
                    (
                        ("current", status_label(record.status)),
                        ("exported", status_label(exported_status)),
                        ("value", status_label(row.status)),
                    ),
                )
            )
            continue
        new_status = row.status if wants_status else record.status
        if new_status is record.status and note_done:
            unchanged += 1
            continue
        changes.append(
            RecommendationChange(
                recommendation_id=row.recommendation_id,
                excel_row=row.excel_row,
                text=record.text,
                old_status=record.status,
                new_status=new_status,
                note="" if note_done else row.note,
            )
        )
    problems.sort(key=lambda problem: (problem.excel_row or 0, problem.code))
    return ReturnedPreview(
        engagement_id=export.engagement_id,
        municipality=manifest.municipality,
        file_name=returned.file_name,
        exported_at=export.exported_at,
        changes=tuple(changes),
        unchanged=unchanged,
        problems=tuple(problems),
    )


def _write_changes(session: Session, changes: tuple[RecommendationChange, ...]) -> None:
    now = utc_now()
    for change in changes:
        record = session.get(Recommendation, change.recommendation_id)
        assert record is not None
        record_status_change(
            session,
            record,
            change.new_status,
            author=RETURN_AUTHOR,
            note=change.note,
            occurred_at=now,
        )


def _aware(value: datetime) -> datetime:
    return value if value.tzinfo is not None else value.replace(tzinfo=UTC)
