"""Deleted means gone: every ORM query leaves out soft-deleted rows and rows whose owner is deleted.

One `do_orm_execute` hook adds `with_loader_criteria` to every ORM SELECT (lazy and eager
loads and `Session.get` included). A row is live when its own `deleted_at` is empty and, for
rows owned by another row (a forløb's milestones, findings, rounds …; a round's sampled cases;
a sampled case's assessments …), when its owner is live too. So a deleted forløb takes
everything it owns out of every view, whatever the query joins, and a restore brings it all back.

History, exchange, restore and audit opt out per statement with
`execution_options(include_deleted=True)` (or `Session.get(..., execution_options=...)`).
Core statements on tables (`select(Model.__table__)`, `session.connection().execute`) are not
ORM statements and are not filtered: services select mapped attributes instead.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from functools import cache
from types import MappingProxyType
from typing import Any

from sqlalchemy import Column, ColumnElement, Table, and_, event, select
from sqlalchemy.orm import ORMExecuteState, Session, sessionmaker, with_loader_criteria
from sqlalchemy.orm.attributes import InstrumentedAttribute
from sqlalchemy.sql.base import ExecutableOption

from taskforce_app.persistence.base import Base
from taskforce_app.persistence.models import (
    Application,
    Assessment,
    Case,
    CaseListImport,
    Finding,
    FindingCriterion,
    FindingEvidence,
    Milestone,
    MunicipalContact,
    PhasePeriod,
    PurgeRecord,
    Recommendation,
    RecommendationUpdate,
    ReportSectionText,
    ResultCount,
    ReviewNote,
    ReviewRound,
    SampledCase,
    TeamMember,
    WorkbookExport,
)

INCLUDE_DELETED = "include_deleted"
"""The execution option that lets a statement see soft-deleted rows (history, merge, restore)."""

WITH_DELETED: Mapping[str, Any] = MappingProxyType({INCLUDE_DELETED: True})
"""Execution options for `Session.get` (or `execute`) that need soft-deleted rows too."""

OWNER_KEYS: tuple[InstrumentedAttribute[Any], ...] = (
    PhasePeriod.engagement_id,
    TeamMember.engagement_id,
    MunicipalContact.engagement_id,
    Milestone.engagement_id,
    CaseListImport.engagement_id,
    Case.engagement_id,
    ReviewRound.engagement_id,
    Finding.engagement_id,
    Recommendation.engagement_id,
    ReviewNote.engagement_id,
    SampledCase.round_id,
    Assessment.sampled_case_id,
    FindingCriterion.finding_id,
    FindingEvidence.finding_id,
    RecommendationUpdate.recommendation_id,
    Application.round_id,
    WorkbookExport.engagement_id,
    ReportSectionText.engagement_id,
    PurgeRecord.engagement_id,
    ResultCount.round_id,
)
"""The foreign key to the row that owns each owned table's rows: deleted with their owner."""

_OWNER_COLUMN: dict[str, str] = {key.class_.__tablename__: key.key for key in OWNER_KEYS}


def owner_of(table: Table) -> Table | None:
    """The table whose rows own `table`'s rows, if any."""
    name = _OWNER_COLUMN.get(table.name)
    if name is None:
        return None
    (foreign_key,) = table.c[name].foreign_keys
    return foreign_key.column.table


def live_ids(table: Table) -> ColumnElement[Any]:
    """A subquery of the ids of `table`'s live rows (their owners live too), uncorrelated."""
    alias = table.alias(f"live_{table.name}")
    query = select(alias.c.id).where(_live_condition(table, alias.c)).correlate(None)
    return query.scalar_subquery()


def live_condition(model: type[Base]) -> ColumnElement[bool]:
    """The condition a row of `model` meets when it is shown: it and its owners are live."""
    table = model.__table__
    assert isinstance(table, Table)
    return _live_condition(table, {column.key: getattr(model, column.key) for column in table.c})


def _live_condition(table: Table, columns: Any) -> ColumnElement[bool]:
    condition: ColumnElement[bool] = columns["deleted_at"].is_(None)
    owner = owner_of(table)
    if owner is not None:
        key: Column[Any] = columns[_OWNER_COLUMN[table.name]]
        condition = and_(condition, key.in_(live_ids(owner)))
    return condition


@cache
def _filters() -> tuple[ExecutableOption, ...]:
    """The loader criteria: every entity's own marker, and each owned entity's owner."""
    return (
        with_loader_criteria(Base, lambda cls: cls.deleted_at.is_(None), include_aliases=True),
        *(
            with_loader_criteria(key.class_, key.in_(live_ids(_owner(key))), include_aliases=True)
            for key in OWNER_KEYS
        ),
    )


def _owner(key: InstrumentedAttribute[Any]) -> Table:
    table = key.class_.__table__
    assert isinstance(table, Table)
    owner = owner_of(table)
    assert owner is not None
    return owner


def _add_soft_delete_criteria(state: ORMExecuteState) -> None:
    if (
        state.is_select
        and not state.is_column_load
        and not state.is_relationship_load
        and not state.execution_options.get(INCLUDE_DELETED, False)
    ):
        state.statement = state.statement.options(*_filters())


def install_soft_delete_filter(target: type[Session] | sessionmaker[Session]) -> None:
    """Filter soft-deleted rows out of every ORM SELECT run by sessions of `target` (once)."""
    listener: Callable[[ORMExecuteState], None] = _add_soft_delete_criteria
    if not event.contains(target, "do_orm_execute", listener):
        event.listen(target, "do_orm_execute", listener)
