"""Rows by id for the services: loaded or refused with a NotFoundError, soft-deleted, restored.

`soft_delete` and `restore` work inside an operation's session; `set_deleted` is a whole
delete (or undelete) operation for the services whose delete and restore do nothing else.
"""

from __future__ import annotations

import uuid
from typing import Any, TypeVar

from sqlalchemy.orm import Session

from taskforce_app.domain.changes import Changes, Entity
from taskforce_app.domain.errors import NotFoundError
from taskforce_app.persistence.base import Base
from taskforce_app.persistence.database import Database
from taskforce_app.persistence.models import Engagement
from taskforce_app.persistence.soft_delete import WITH_DELETED

RowT = TypeVar("RowT", bound=Base)


def load(
    session: Session,
    model: type[RowT],
    row_id: uuid.UUID,
    not_found: str,
    /,
    *,
    include_deleted: bool = False,
    **params: Any,
) -> RowT:
    """The row of `model` with `row_id`.

    Args:
        session: The operation's session.
        model: The mapped class.
        row_id: The row's id.
        not_found: The error code raised when there is no such (live) row.
        include_deleted: Find a soft-deleted row too.
        **params: The error's parameters.

    Raises:
        NotFoundError: No such row (or only a deleted one, unless `include_deleted`).
    """
    options = WITH_DELETED if include_deleted else {}
    row = session.get(model, row_id, execution_options=options)
    if row is None:
        raise NotFoundError(not_found, **params)
    return row


def soft_delete(
    session: Session, model: type[RowT], row_id: uuid.UUID, not_found: str, /, **params: Any
) -> RowT:
    """Soft-delete the live row of `model` with `row_id` and return it (see `load`)."""
    row = load(session, model, row_id, not_found, **params)
    row.soft_delete()
    return row


def restore(
    session: Session, model: type[RowT], row_id: uuid.UUID, not_found: str, /, **params: Any
) -> RowT:
    """Undo the soft delete of the row of `model` with `row_id` and return it (see `load`)."""
    row = load(session, model, row_id, not_found, include_deleted=True, **params)
    row.restore()
    return row


def load_engagement(
    session: Session, engagement_id: uuid.UUID, *, include_deleted: bool = False
) -> Engagement:
    """The forløb with `engagement_id`, or a NotFoundError naming the id."""
    return load(
        session,
        Engagement,
        engagement_id,
        "engagement.not_found",
        include_deleted=include_deleted,
        value=str(engagement_id),
    )


def set_deleted(
    db: Database,
    model: type[RowT],
    row_id: uuid.UUID,
    not_found: str,
    entity: Entity,
    /,
    *,
    deleted: bool,
    **params: Any,
) -> Changes:
    """Soft-delete (`deleted`) or restore one row in one operation.

    Returns:
        The changes: `entity` with the row's id, and its forløb's id for a row a forløb owns.

    Raises:
        NotFoundError: `not_found` with `params`, when there is no such live (or, to
            restore, any) row.
    """
    with db.write() as session:
        change = soft_delete if deleted else restore
        row = change(session, model, row_id, not_found, **params)
        owner = getattr(row, "engagement_id", None)
    return Changes.of(entity, *(row_id, owner) if isinstance(owner, uuid.UUID) else (row_id,))
