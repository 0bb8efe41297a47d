"""The soft-delete filter: every mapped class, owners included, opt-out, and no Core bypass."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import ForeignKey, Table, func, select, update
from sqlalchemy.orm import Mapper

from taskforce_app.persistence.base import Base
from taskforce_app.persistence.database import Database, open_database
from taskforce_app.persistence.models import (
    Assessment,
    Engagement,
    Finding,
    RecommendationUpdate,
    SampledCase,
)
from taskforce_app.persistence.soft_delete import OWNER_KEYS, WITH_DELETED, owner_of
from taskforce_app.persistence.types import utc_now
from tests.persistence.sql_recorder import recording_selects, unfiltered_references


def _table(mapper: Mapper[Any]) -> Table:
    table = mapper.local_table
    assert isinstance(table, Table)
    return table


MAPPERS: list[Mapper[Any]] = sorted(Base.registry.mappers, key=lambda m: _table(m).name)


@pytest.fixture
def demo(demo_db_path: Path) -> Iterator[Database]:
    db = open_database(demo_db_path)
    yield db
    db.close()


@pytest.mark.parametrize("mapper", MAPPERS, ids=lambda m: _table(m).name)
def test_every_mapped_class_is_filtered_in_its_own_select(
    mapper: Mapper[Any], db_path: Path
) -> None:
    db = open_database(db_path)
    try:
        with recording_selects() as recorder, db.read() as session:
            session.execute(select(mapper.class_)).all()
            session.execute(select(mapper.class_).execution_options(include_deleted=True)).all()
    finally:
        db.close()
    filtered, opted_out = recorder.selects
    assert f"{_table(mapper).name}.deleted_at IS NULL" in filtered
    assert unfiltered_references(filtered) == []
    assert "deleted_at IS NULL" not in opted_out
    assert unfiltered_references(opted_out) == [_table(mapper).name]


def test_every_table_owned_by_a_forloeb_is_declared() -> None:
    declared = {key.class_.__tablename__ for key in OWNER_KEYS}
    for mapper in MAPPERS:
        column = _table(mapper).c.get("engagement_id")
        if column is not None and not column.nullable and mapper.class_ is not Engagement:
            assert _table(mapper).name in declared
    for key in OWNER_KEYS:
        column = key.property.columns[0]
        assert not column.nullable, key
        [foreign_key] = column.foreign_keys
        assert isinstance(foreign_key, ForeignKey)
        assert owner_of(key.class_.__table__) is foreign_key.column.table


def test_a_soft_deleted_row_is_gone_from_get_and_select_but_not_from_the_opt_out(
    demo: Database, tmp_path: Path
) -> None:
    from taskforce_app.services.workbooks import WorkbookService

    with demo.read() as session:
        # not the forløb deleted below (the first one), whose export would be hidden with it
        engagement_id = session.scalars(
            select(Engagement.id).order_by(Engagement.id.desc()).limit(1)
        ).one()
    WorkbookService(demo).export_engagement(engagement_id, tmp_path / "forloeb.xlsx")
    tried = set()
    for mapper in MAPPERS:
        model = mapper.class_
        with demo.read() as session:
            first = session.scalars(select(model.id).limit(1)).first()
            before = session.scalar(select(func.count()).select_from(model)) or 0
        if first is None:
            continue  # no row in the demo; the SQL of its select is checked above
        with demo.engine.begin() as connection:
            connection.execute(
                update(_table(mapper))
                .where(_table(mapper).c.id == first)
                .values(deleted_at=utc_now())
            )
        with demo.read() as session:
            assert session.get(model, first) is None, mapper
            assert session.scalar(select(func.count()).select_from(model)) == before - 1, mapper
            assert first not in set(session.scalars(select(model.id)))
            assert session.get(model, first, execution_options=WITH_DELETED) is not None
        tried.add(_table(mapper).name)
    # Rows the demo never writes: a purge's record and kept counts, and written report text.
    written_elsewhere = {"purge_record", "result_count", "report_section_text"}
    assert {key.class_.__tablename__ for key in OWNER_KEYS} - written_elsewhere <= tried
    assert {"engagement", "municipality", "consultant", "criterion"} <= tried


def test_deleting_a_forloeb_hides_everything_it_owns_and_restore_brings_it_back(
    demo: Database,
) -> None:
    def counts(engagement_id: uuid.UUID) -> tuple[int, ...]:
        with demo.read() as session:
            return (
                session.scalar(
                    select(func.count(Assessment.id))
                    .join(SampledCase, Assessment.sampled_case_id == SampledCase.id)
                    .where(SampledCase.round_id.in_(_rounds(engagement_id)))
                    .execution_options(include_deleted=True)
                )
                or 0,
                len(session.scalars(select(Assessment.id)).all()),
                len(session.scalars(select(Finding.id)).all()),
                len(session.scalars(select(RecommendationUpdate.id)).all()),
            )

    with demo.read() as session:
        engagement_id = session.scalars(
            select(Finding.engagement_id).group_by(Finding.engagement_id)
        ).first()
    assert engagement_id is not None
    owned_assessments, assessments, findings, updates = counts(engagement_id)
    assert owned_assessments > 0
    with demo.write() as session:
        row = session.get(Engagement, engagement_id)
        assert row is not None
        row.soft_delete()
    with demo.read() as session:
        assert (
            session.scalars(select(Finding.id).where(Finding.engagement_id == engagement_id)).all()
            == []
        )
        lazy = session.scalars(select(SampledCase)).first()
        assert lazy is not None and lazy.round.engagement_id != engagement_id
    _gone, assessments_after, findings_after, updates_after = counts(engagement_id)
    assert assessments_after == assessments - owned_assessments
    assert findings_after < findings
    assert updates_after <= updates
    with demo.write() as session:
        row = session.get(Engagement, engagement_id, execution_options=WITH_DELETED)
        assert row is not None
        row.deleted_at = None
    assert counts(engagement_id) == (owned_assessments, assessments, findings, updates)


def _rounds(engagement_id: uuid.UUID) -> Any:
    from taskforce_app.persistence.models import ReviewRound

    return select(ReviewRound.id).where(ReviewRound.engagement_id == engagement_id)


def test_the_recorder_names_a_core_select_that_bypasses_the_filter(db_path: Path) -> None:
    db = open_database(db_path)
    try:
        with recording_selects() as recorder, db.read() as session:
            session.execute(select(Engagement.__table__)).all()
            session.execute(select(Engagement.id)).all()
            session.execute(select(Finding.__table__).execution_options(include_deleted=True))
    finally:
        db.close()
    assert len(recorder.bypassing) == 1
    assert "FROM engagement" in recorder.bypassing[0]
    assert len(recorder.opted_out) == 1
    assert unfiltered_references("SELECT finding.id FROM finding WHERE finding.deleted_at IS NULL")
