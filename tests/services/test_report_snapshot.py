"""The statusrapport reads one snapshot: a write committed mid-way is not half in the report."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from sqlalchemy import select

from taskforce_app.domain.engagements import EngagementDetail
from taskforce_app.persistence.database import Database, open_database
from taskforce_app.persistence.models import Engagement, Milestone
from taskforce_app.services.engagements import EngagementService
from taskforce_app.services.reports import ReportService

RENAMED = "Omdøbt af en kollega"


def _engagement_with_milestones(db: Database) -> uuid.UUID:
    with db.read() as session:
        found = session.scalars(
            select(Engagement.id)
            .join(Milestone, Milestone.engagement_id == Engagement.id)
            .where(Engagement.deleted_at.is_(None), Milestone.deleted_at.is_(None))
            .order_by(Engagement.id)
        ).first()
    assert found is not None
    return found


def _commit_elsewhere(path: Path, engagement_id: uuid.UUID) -> None:
    """Another user's one transaction: the forløb's title and all its milestones renamed."""
    other = open_database(path)
    try:
        with other.write() as session:
            engagement = session.get(Engagement, engagement_id)
            assert engagement is not None
            engagement.title = RENAMED
            for milestone in session.scalars(
                select(Milestone).where(Milestone.engagement_id == engagement_id)
            ):
                milestone.title = RENAMED
    finally:
        other.close()


def test_a_write_between_two_reads_is_not_half_in_the_report(
    demo_db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = open_database(demo_db_path)
    try:
        engagement_id = _engagement_with_milestones(db)
        original = EngagementService.get

        def get_then_someone_writes(
            service: EngagementService, wanted: uuid.UUID
        ) -> EngagementDetail:
            detail = original(service, wanted)
            _commit_elsewhere(demo_db_path, engagement_id)
            return detail

        monkeypatch.setattr(EngagementService, "get", get_then_someone_writes)
        report = ReportService(db).build(engagement_id)
        monkeypatch.setattr(EngagementService, "get", original)

        assert report.title != RENAMED
        assert report.milestones
        assert all(item.title != RENAMED for item in report.milestones)

        after = ReportService(db).build(engagement_id)
        assert after.title == RENAMED
        assert after.milestones and all(item.title == RENAMED for item in after.milestones)
    finally:
        db.close()
