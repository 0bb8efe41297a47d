"""The PDF statusrapport of a forløb: build its read model from the services in one go, then
hand it to the exporter, writing to a temporary file that replaces the target only when done."""

from __future__ import annotations

import uuid
from collections import defaultdict
from datetime import date
from pathlib import Path

from sqlalchemy import select

from taskforce_app import paths
from taskforce_app.domain.enums import Answer, Health, SampledCaseStatus
from taskforce_app.domain.report_models import (
    AppendixCase,
    ReportModel,
    ReportOptions,
    RoundReport,
    report_labels,
)
from taskforce_app.domain.text import Language
from taskforce_app.exporters.atomic import (
    Cancelled,
    Progress,
    check_target,
    raise_if_cancelled,
    write_atomically,
)
from taskforce_app.persistence.database import Database
from taskforce_app.persistence.models import Assessment, SampledCase
from taskforce_app.persistence.snapshot import read_snapshot
from taskforce_app.services.engagements import EngagementService
from taskforce_app.services.findings import FindingService, RecommendationService
from taskforce_app.services.key_figures import KeyFigureService
from taskforce_app.services.milestones import MilestoneService
from taskforce_app.services.overview import OverviewService
from taskforce_app.services.results import ResultsService
from taskforce_app.services.review import ReviewService
from taskforce_app.services.team import TeamService


def fonts_dir() -> Path:
    """The shipped TTF fonts embedded in PDFs."""
    return paths.resources_dir() / "fonts"


class ReportService:
    """The forløb's PDF statusrapport."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def build(
        self, engagement_id: uuid.UUID, *, today: date | None = None, language: Language = "da"
    ) -> ReportModel:
        """Everything the report shows, read before any drawing starts, from one snapshot, with
        its fixed texts in `language`.

        Every read runs in one read transaction, so a change another user commits meanwhile
        is either wholly in the report or not at all.

        Raises:
            NotFoundError: no such forløb.
        """
        today = today or date.today()
        with read_snapshot(self._db) as db:
            return _build(db, engagement_id, today, language)

    def export_pdf(
        self,
        engagement_id: uuid.UUID,
        path: str | Path,
        *,
        options: ReportOptions | None = None,
        cancelled: Cancelled | None = None,
        progress: Progress | None = None,
        today: date | None = None,
        language: Language = "da",
    ) -> Path:
        """Write the statusrapport to `path`; the file appears only once it is complete.

        Args:
            engagement_id: the forløb.
            path: the PDF to write (replaced if it exists).
            options: the sections to print (all by default).
            cancelled: asked between pieces of work; True stops and leaves no file.
            progress: called with (done, total) while the pages are laid out.
            today: the report's date (today by default).
            language: the language of the report's texts ("da" or "en").

        Returns:
            The written file.

        Raises:
            UserError: the folder is missing or not writable, or the file cannot be replaced;
                nothing is written.
            OperationCancelledError: cancelled; no file and no temporary file is left.
            NotFoundError: no such forløb.
        """
        from taskforce_app.exporters.pdf_report import write_report

        target = Path(path)
        check_target(target)
        raise_if_cancelled(cancelled)
        model = self.build(engagement_id, today=today, language=language)
        raise_if_cancelled(cancelled)

        def write(partial: Path) -> None:
            write_report(
                model,
                partial,
                fonts_dir=fonts_dir(),
                options=options,
                cancelled=cancelled,
                progress=progress,
            )

        return write_atomically(target, write, cancelled=cancelled)


def _build(db: Database, engagement_id: uuid.UUID, today: date, language: Language) -> ReportModel:
    detail = EngagementService(db).get(engagement_id)
    overview = OverviewService(db)
    row = next((item for item in overview.rows(today) if item.id == engagement_id), None)
    timeline = overview.timeline([engagement_id], today)
    team = TeamService(db)
    review = ReviewService(db)
    rounds = review.rounds(engagement_id)
    answers = _answers(db, [item.id for item in rounds])
    round_reports = []
    for item in rounds:
        sampled = review.sampled_cases(item.id)
        round_reports.append(
            RoundReport(
                round=item,
                criteria=tuple(review.criteria(item.id)),
                cases=tuple(
                    AppendixCase(
                        case_ref=case.case_ref,
                        position=case.position,
                        replaced=case.status is SampledCaseStatus.REPLACED,
                        decided_on=case.decided_on,
                        answers=answers.get(case.id, {}),
                    )
                    for case in sampled
                ),
            )
        )
    municipality = detail.municipality
    return ReportModel(
        labels=report_labels(language),
        engagement_id=engagement_id,
        title=detail.title,
        municipality_code=municipality.code,
        municipality_name=municipality.name,
        region=municipality.region.value,
        phase=detail.phase,
        start_date=detail.start_date,
        planned_end_date=detail.planned_end_date,
        month_of_plan=row.month_of_plan if row is not None else None,
        health=row.health if row is not None else Health.ON_TRACK,
        overdue_milestones=row.overdue if row is not None else 0,
        next_milestone=row.next_milestone if row is not None else "",
        next_milestone_on=row.next_milestone_on if row is not None else None,
        generated_on=today,
        team=tuple(team.team(engagement_id)),
        contacts=tuple(team.contacts(engagement_id)),
        milestones=tuple(MilestoneService(db).for_engagement(engagement_id)),
        timeline=timeline[0] if timeline else None,
        rounds=tuple(round_reports),
        results=ResultsService(db).for_engagement(engagement_id),
        findings=tuple(FindingService(db).findings(engagement_id)),
        recommendations=tuple(RecommendationService(db).for_engagement(engagement_id)),
        key_figures=tuple(KeyFigureService(db).series_for(municipality.code)),
    )


def _answers(
    db: Database, round_ids: list[uuid.UUID]
) -> dict[uuid.UUID, dict[uuid.UUID, Answer | None]]:
    """Every answer of the rounds in one query: sampled case → criterion → answer."""
    found: dict[uuid.UUID, dict[uuid.UUID, Answer | None]] = defaultdict(dict)
    if not round_ids:
        return found
    with db.read() as session:
        for sampled_id, criterion_id, answer in session.execute(
            select(Assessment.sampled_case_id, Assessment.criterion_id, Assessment.answer)
            .join(SampledCase, Assessment.sampled_case_id == SampledCase.id)
            .where(SampledCase.round_id.in_(round_ids))
        ):
            found[sampled_id][criterion_id] = answer
    return found
