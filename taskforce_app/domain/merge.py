"""Three-way merge of records exchanged between two databases: the pure rules (no I/O).

**The common base is the shared change history.** Every change the app makes to a field writes
an audit event with its own UUID, and audit events are append-only: an event present in both
databases is a change both have seen. An exchange package carries, next to each record, the audit
events of that record; merging inserts the events the receiver does not have yet. So for one
field of one record:

* the events only *we* have are our changes since the common base,
* the events only *they* have are their changes since the common base.

A field changed on one side only is taken from that side; changed on both sides to different
values it is a conflict; equal values never conflict. A field that differs with no unshared event
on either side (a change made without history, or two records first met by their natural key)
has no known base, and is a conflict too: the merge never guesses. This needs no stored snapshot
and works in every direction and any number of times (A → B → A …), also for databases copied
from one file, because each change is identified by its event id, not by which database it
came from.

Conflict decisions are themselves recorded as audit events on the decided field (see
`Decision`), so the next exchange sees the decision as the newer change and does not ask again.

Soft deletion is the field `deleted_at` like any other, with two extra rules: a deletion on one
side against an edit of another field of the same record on the other side is a conflict on
`deleted_at`; and two deletions keep the earlier time. `created_at` keeps the earlier and
`updated_at` the later value, and neither is ever a conflict, so both sides converge.

Values are canonical JSON values (strings for ids, dates and enum codes; timestamps as
fixed-width UTC strings, so they sort as text).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from taskforce_app.domain.errors import UserError

DELETED_AT = "deleted_at"
CREATED_AT = "created_at"
UPDATED_AT = "updated_at"
STAMP_FIELDS = frozenset({CREATED_AT, UPDATED_AT})
"""Timestamps merged by rule (earliest created, latest updated), never conflicts."""


class Side(StrEnum):
    """Which database a value comes from: the receiving one (ours) or the package's (theirs)."""

    OURS = "ours"
    THEIRS = "theirs"


class Outcome(StrEnum):
    """What the merge does with one field."""

    SAME = "same"
    OURS = "ours"
    THEIRS = "theirs"
    CONFLICT = "conflict"


class RecordKind(StrEnum):
    """What the merge does with one record."""

    NEW = "new"
    CHANGED = "changed"
    DELETED = "deleted"
    UNCHANGED = "unchanged"


@dataclass(frozen=True, slots=True)
class FieldVersion:
    """One side's value of a field and the ids of the audit events that changed it."""

    value: Any
    history: frozenset[str] = frozenset()


def conflict_key(table: str, record_id: str, field_name: str) -> str:
    """The key a conflict is decided by: `table/record id/field`."""
    return f"{table}/{record_id}/{field_name}"


@dataclass(frozen=True, slots=True)
class FieldConflict:
    """A field changed on both sides to different values."""

    table: str
    record_id: str
    field: str
    ours: Any
    theirs: Any

    @property
    def key(self) -> str:
        """The key to decide this conflict by."""
        return conflict_key(self.table, self.record_id, self.field)

    def to_json(self) -> dict[str, Any]:
        """A JSON-able description."""
        return {
            "key": self.key,
            "table": self.table,
            "record_id": self.record_id,
            "field": self.field,
            "ours": self.ours,
            "theirs": self.theirs,
        }


@dataclass(frozen=True, slots=True)
class Decision:
    """How one conflict was decided; `kept` is the value written, `rejected` the other one."""

    conflict: FieldConflict
    side: Side

    @property
    def kept(self) -> Any:
        """The value the record has after the merge."""
        return self.conflict.ours if self.side is Side.OURS else self.conflict.theirs

    @property
    def rejected(self) -> Any:
        """The value that lost."""
        return self.conflict.theirs if self.side is Side.OURS else self.conflict.ours

    def to_json(self) -> dict[str, Any]:
        """A JSON-able description."""
        return {**self.conflict.to_json(), "decision": self.side.value}


@dataclass(frozen=True, slots=True)
class RecordPlan:
    """The merge of one record before conflicts are decided.

    `taken` holds the fields taken from the package without conflict (the whole record for a
    new one); `kind` says what taking them does.
    """

    table: str
    record_id: str
    kind: RecordKind
    taken: Mapping[str, Any] = field(default_factory=dict)
    conflicts: tuple[FieldConflict, ...] = ()

    @property
    def writes(self) -> bool:
        """True when the record must be written even before any conflict is decided."""
        return bool(self.taken) or bool(self.conflicts)


def merge_field(ours: FieldVersion, theirs: FieldVersion) -> Outcome:
    """Decide one field from both sides' values and change histories."""
    if ours.value == theirs.value:
        return Outcome.SAME
    ours_only = not ours.history <= theirs.history
    theirs_only = not theirs.history <= ours.history
    if theirs_only and not ours_only:
        return Outcome.THEIRS
    if ours_only and not theirs_only:
        return Outcome.OURS
    return Outcome.CONFLICT


def plan_new(table: str, record_id: str, values: Mapping[str, Any]) -> RecordPlan:
    """A record the receiving database does not have: it arrives whole (without its id).

    `taken` is a view of `values` (no copy: a whole package may be new to the receiver).
    """
    return RecordPlan(table, record_id, RecordKind.NEW, taken=WithoutId(values))


class WithoutId(Mapping[str, Any]):
    """A read-only view of a record's values without its `id`."""

    __slots__ = ("_values",)

    def __init__(self, values: Mapping[str, Any]) -> None:
        self._values = values

    def __getitem__(self, name: str) -> Any:
        if name == "id":
            raise KeyError(name)
        return self._values[name]

    def __iter__(self) -> Iterator[str]:
        return (name for name in self._values if name != "id")

    def __len__(self) -> int:
        return len(self._values) - ("id" in self._values)


def plan_record(
    table: str,
    record_id: str,
    ours: Mapping[str, FieldVersion] | None,
    theirs: Mapping[str, FieldVersion],
    *,
    trusted: bool = True,
) -> RecordPlan:
    """Merge one record: `ours` is None when the receiving database does not have it.

    Only the fields both sides know are compared (a field of a newer schema is left alone).
    `trusted` is False for a package that is not authenticated (not encrypted): its history
    could be forged, so every field it would override and every deletion (or revival) it would
    bring is a conflict to decide, never taken silently.
    """
    if ours is None:
        return plan_new(table, record_id, {name: v.value for name, v in theirs.items()})
    taken: dict[str, Any] = {}
    conflicts: list[FieldConflict] = []
    ours_edited = False
    theirs_edited = False
    for name, their_version in theirs.items():
        our_version = ours.get(name)
        if our_version is None or name == DELETED_AT:
            continue
        if name in STAMP_FIELDS:
            stamp = _stamp(name, our_version.value, their_version.value)
            if stamp != our_version.value:
                taken[name] = stamp
            continue
        outcome = merge_field(our_version, their_version)
        if outcome is Outcome.THEIRS and not trusted:
            outcome = Outcome.CONFLICT
        if outcome is Outcome.THEIRS:
            taken[name] = their_version.value
            theirs_edited = True
        elif outcome is Outcome.OURS:
            ours_edited = True
        elif outcome is Outcome.CONFLICT:
            conflicts.append(
                FieldConflict(table, record_id, name, our_version.value, their_version.value)
            )
    deleted = _plan_deletion(ours.get(DELETED_AT), theirs.get(DELETED_AT))
    kind = RecordKind.CHANGED if any(name not in STAMP_FIELDS for name in taken) else None
    if deleted is not None:
        outcome, value = deleted
        our_value = ours[DELETED_AT].value
        if outcome is Outcome.THEIRS and not trusted:
            outcome = Outcome.CONFLICT
        if outcome is Outcome.THEIRS:
            if value is not None and our_value is None and ours_edited:
                conflicts.append(FieldConflict(table, record_id, DELETED_AT, None, value))
            else:
                taken[DELETED_AT] = value
                if value is not None and our_value is None:
                    kind = RecordKind.DELETED
                else:
                    kind = RecordKind.CHANGED
        elif outcome is Outcome.OURS and our_value is not None and theirs_edited:
            conflicts.append(FieldConflict(table, record_id, DELETED_AT, our_value, None))
        elif outcome is Outcome.CONFLICT:
            conflicts.append(FieldConflict(table, record_id, DELETED_AT, our_value, value))
    return RecordPlan(
        table,
        record_id,
        kind or RecordKind.UNCHANGED,
        taken=taken,
        conflicts=tuple(conflicts),
    )


def _plan_deletion(
    ours: FieldVersion | None, theirs: FieldVersion | None
) -> tuple[Outcome, Any] | None:
    """The outcome for `deleted_at` and theirs' value; two deletions keep the earlier time."""
    if ours is None or theirs is None:
        return None
    if ours.value is not None and theirs.value is not None:
        if theirs.value < ours.value:
            return Outcome.THEIRS, theirs.value
        return None
    outcome = merge_field(ours, theirs)
    if outcome is Outcome.SAME:
        return None
    return outcome, theirs.value


def _stamp(name: str, ours: Any, theirs: Any) -> Any:
    if ours is None or theirs is None:
        return ours if theirs is None else theirs
    return min(ours, theirs) if name == CREATED_AT else max(ours, theirs)


class UnresolvedConflictsError(UserError):
    """Fields changed on both sides with no decision given; nothing was changed."""

    code = "exchange.unresolved_conflicts"

    def __init__(self, conflicts: Iterable[FieldConflict]) -> None:
        self.conflicts = tuple(conflicts)
        listed = "; ".join(
            f"{c.table} {c.record_id[:8]} {c.field}: {_short(c.ours)} / {_short(c.theirs)}"
            for c in self.conflicts[:10]
        )
        if len(self.conflicts) > 10:
            listed += " …"
        super().__init__(count=len(self.conflicts), conflicts=listed)


def _short(value: Any) -> str:
    text = "—" if value is None else str(value)
    return text if len(text) <= 40 else text[:39] + "…"


def decide(
    conflicts: Iterable[FieldConflict],
    resolve: Mapping[str, Side | str] | None = None,
    policy: Side | str | None = None,
) -> tuple[Decision, ...]:
    """Decide every conflict: by its key in `resolve`, else by `policy` (ours or theirs).

    Raises:
        UnresolvedConflictsError: some conflicts have neither a decision nor a policy.
        UserError: a decision is neither "ours" nor "theirs".
    """
    chosen = resolve or {}
    default = _side(policy) if policy is not None else None
    decisions: list[Decision] = []
    missing: list[FieldConflict] = []
    for conflict in conflicts:
        given = chosen.get(conflict.key)
        side = _side(given) if given is not None else default
        if side is None:
            missing.append(conflict)
        else:
            decisions.append(Decision(conflict, side))
    if missing:
        raise UnresolvedConflictsError(missing)
    return tuple(decisions)


def _side(value: Side | str) -> Side:
    try:
        return Side(value)
    except ValueError:
        raise UserError("exchange.bad_decision", value=str(value)) from None


def resolved_values(plan: RecordPlan, decisions: Mapping[str, Decision]) -> dict[str, Any]:
    """The fields to write for a record: those taken plus the decided conflicts that differ.

    A conflict decided for ours writes nothing (ours is already there); for a conflict on
    `deleted_at` decided for ours against their edits, their edits stay taken.
    """
    values = dict(plan.taken)
    for conflict in plan.conflicts:
        decision = decisions.get(conflict.key)
        if decision is not None and decision.side is Side.THEIRS:
            values[conflict.field] = conflict.theirs
    return values


@dataclass(frozen=True, slots=True)
class TableCounts:
    """Per table: records new, changed, deleted and with conflicts."""

    new: int = 0
    changed: int = 0
    deleted: int = 0
    conflicts: int = 0

    def __add__(self, other: TableCounts) -> TableCounts:
        return TableCounts(
            self.new + other.new,
            self.changed + other.changed,
            self.deleted + other.deleted,
            self.conflicts + other.conflicts,
        )

    def to_json(self) -> dict[str, int]:
        """A JSON-able description."""
        return {
            "new": self.new,
            "changed": self.changed,
            "deleted": self.deleted,
            "conflicts": self.conflicts,
        }


def count_plans(plans: Iterable[RecordPlan]) -> dict[str, TableCounts]:
    """Count planned records per table (a record with conflicts counts once as conflicting)."""
    counts: dict[str, TableCounts] = {}
    for plan in plans:
        one = TableCounts(
            new=int(plan.kind is RecordKind.NEW),
            changed=int(plan.kind is RecordKind.CHANGED),
            deleted=int(plan.kind is RecordKind.DELETED),
            conflicts=int(bool(plan.conflicts)),
        )
        if one != TableCounts():
            counts[plan.table] = counts.get(plan.table, TableCounts()) + one
    return counts


def total(counts: Mapping[str, TableCounts]) -> TableCounts:
    """The sum over all tables."""
    result = TableCounts()
    for one in counts.values():
        result = result + one
    return result


PACKAGE_FORMAT = "taskforce-exchange"
PACKAGE_FORMAT_VERSION = 1
PACKAGE_SUFFIX = ".tfpkg"
MANIFEST_NAME = "manifest.json"
DATA_FOLDER = "data/"
ENCRYPTED_MAGIC = b"TFPKG-AESGCM-1\n"
"""An encrypted package starts with this line, then salt, nonce and the AES-GCM ciphertext."""
SALT_BYTES = 16
NONCE_BYTES = 12
SCRYPT_N = 2**15
SCRYPT_R = 8
SCRYPT_P = 1


PURGE_TABLE = "purge_record"
"""A package row here says the forløb's case data was purged: it is purged on merge too."""


def drop_purged_case_data(
    tables: Mapping[str, list[dict[str, Any]]],
    purged: set[str],
    round_engagements: Mapping[str, str],
) -> dict[str, list[dict[str, Any]]]:
    """The package's tables without the case data of purged forløb (and its history), so a
    package never brings back what a purge deleted.

    `purged` holds the forløb ids purged on either side; `round_engagements` maps review round
    ids (ours and the package's) to their forløb.
    """
    if not purged:
        return dict(tables)
    dropped: set[str] = set()
    kept: dict[str, list[dict[str, Any]]] = dict(tables)

    def keep(table: str, gone: Callable[[dict[str, Any]], bool]) -> None:
        rows = kept.get(table, [])
        kept[table] = [row for row in rows if not gone(row)]
        dropped.update(str(row["id"]) for row in rows if gone(row))

    keep("case_list_import", lambda row: row.get("engagement_id") in purged)
    keep("case_record", lambda row: row.get("engagement_id") in purged)
    keep("sampled_case", lambda row: round_engagements.get(row.get("round_id", "")) in purged)
    keep("assessment", lambda row: row.get("sampled_case_id") in dropped)
    keep("finding_evidence", lambda row: row.get("sampled_case_id") in dropped)
    keep("review_note", lambda row: row.get("assessment_id") in dropped)
    keep("audit_event", lambda row: row.get("record_id") in dropped)
    return kept
