"""The value every service call that changes data returns, so screens know what to refresh."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from enum import StrEnum


class Entity(StrEnum):
    """The kinds of record a screen may show."""

    ENGAGEMENT = "engagement"
    APPLICATION = "application"
    MILESTONE = "milestone"
    TEAM = "team"
    CASE = "case"
    REVIEW = "review"
    FINDING = "finding"
    RECOMMENDATION = "recommendation"


@dataclass(frozen=True, slots=True)
class Changes:
    """What a service call changed: the kinds of record, the ids touched, and the operation.

    `operation_id` names the one transaction that made the change when it ran as an operation
    (see `services/operations.py`); undo and redo take it.
    """

    entities: frozenset[Entity] = frozenset()
    ids: frozenset[uuid.UUID] = field(default_factory=frozenset)
    operation_id: uuid.UUID | None = None

    @classmethod
    def of(cls, entity: Entity, *ids: uuid.UUID) -> Changes:
        """Changes to one kind of record."""
        return cls(frozenset({entity}), frozenset(ids))

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            self.entities | other.entities,
            self.ids | other.ids,
            self.operation_id or other.operation_id,
        )

    def in_operation(self, operation_id: uuid.UUID) -> Changes:
        """The same changes, made by the operation `operation_id`."""
        return Changes(self.entities, self.ids, operation_id)

    def touches(self, entity: Entity) -> bool:
        """True when records of `entity` changed."""
        return entity in self.entities
