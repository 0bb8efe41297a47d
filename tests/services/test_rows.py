"""The shared row helpers: load or refuse, soft-delete and restore by id."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from taskforce_app.domain.changes import Entity
from taskforce_app.domain.errors import NotFoundError
from taskforce_app.persistence.database import Database, open_database
from taskforce_app.persistence.models import Engagement, Milestone
from taskforce_app.services._rows import (
    load,
    load_engagement,
    restore,
    set_deleted,
    soft_delete,
)
from taskforce_app.services.engagements import EngagementService
from tests.services.helpers import granted_engagement


@pytest.fixture
def engagement_id(db_path: Path) -> uuid.UUID:
    """A granted forløb in the test database."""
    from taskforce_app.bootstrap import open_context

    ctx = open_context(db_path)
    try:
        return granted_engagement(ctx)
    finally:
        ctx.close()


@pytest.fixture
def db(db_path: Path, engagement_id: uuid.UUID) -> Iterator[Database]:
    """The database holding `engagement_id`."""
    database = open_database(db_path)
    yield database
    database.close()


def test_a_missing_row_is_refused_with_the_given_code_and_parameters(db: Database) -> None:
    missing = uuid.uuid4()
    with db.read() as session, pytest.raises(NotFoundError) as raised:
        load(session, Engagement, missing, "engagement.not_found", value="x")
    assert raised.value.error_code == "engagement.not_found"
    assert raised.value.params == {"value": "x"}


def test_soft_delete_hides_the_row_and_restore_brings_it_back(
    db: Database, engagement_id: uuid.UUID
) -> None:
    with db.write() as session:
        deleted = soft_delete(session, Engagement, engagement_id, "engagement.not_found")
        assert deleted.is_deleted
    assert engagement_id not in {row.id for row in EngagementService(db).summaries()}
    with db.read() as session, pytest.raises(NotFoundError):
        load_engagement(session, engagement_id)
    with db.read() as session:
        assert load_engagement(session, engagement_id, include_deleted=True).is_deleted
    with db.write() as session:
        restored = restore(session, Engagement, engagement_id, "engagement.not_found")
        assert not restored.is_deleted
    assert engagement_id in {row.id for row in EngagementService(db).summaries()}


def test_a_deleted_row_cannot_be_deleted_again_and_a_missing_one_not_restored(
    db: Database, engagement_id: uuid.UUID
) -> None:
    with db.write() as session:
        soft_delete(session, Engagement, engagement_id, "engagement.not_found")
    with db.write() as session, pytest.raises(NotFoundError):
        soft_delete(session, Engagement, engagement_id, "engagement.not_found")
    with db.write() as session, pytest.raises(NotFoundError):
        restore(session, Engagement, uuid.uuid4(), "engagement.not_found")


def test_set_deleted_reports_the_row_and_its_forlob(db: Database, engagement_id: uuid.UUID) -> None:
    with db.read() as session:
        milestone_id = session.scalars(
            select(Milestone.id).where(Milestone.engagement_id == engagement_id)
        ).first()
    assert milestone_id is not None
    deleted = set_deleted(
        db, Milestone, milestone_id, "milestone.not_found", Entity.MILESTONE, deleted=True
    )
    assert deleted.entities == {Entity.MILESTONE}
    assert deleted.ids == {milestone_id, engagement_id}
    with db.read() as session, pytest.raises(NotFoundError):
        load(session, Milestone, milestone_id, "milestone.not_found")
    restored = set_deleted(
        db, Engagement, engagement_id, "engagement.not_found", Entity.ENGAGEMENT, deleted=False
    )
    assert restored.ids == {engagement_id}
    set_deleted(db, Milestone, milestone_id, "milestone.not_found", Entity.MILESTONE, deleted=False)
    with db.read() as session:
        assert not load(session, Milestone, milestone_id, "milestone.not_found").is_deleted
