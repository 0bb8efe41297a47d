"""Exchange packages between two databases: export forløb, preview and merge a package.

Two consultants work on the same forløb offline, each in their own database. One exports a
package (`export`); the other previews it (`preview`) and merges it (`merge`), and later the
other way round, any number of times.

**Matching.** Records are matched by their UUID. A new record in the package whose natural key
(a unique constraint, e.g. a consultant's initials or an assessment's case and criterion) is
already held by another of our records is matched to that record instead: both consultants
made "the same" record independently. Its fields then have no common history, so every
differing field is a conflict; the package's id is mapped to ours for the merge (and its
records pointing at it follow).

**The common base** is the shared audit history (see `taskforce_app.domain.merge`): the
package carries the audit events of its records, the merge inserts those we lack, so after a
merge both databases share the history up to it, and the next package, in either direction,
is compared against exactly that. No snapshot is stored and nothing depends on which database
a package came from.

**The conflict log.** Every decided conflict writes an audit event on the decided field:
action `update`, `old_value` the rejected value and `new_value` the kept one, with the merging
user as actor. It travels with the next package, so the decision is final on both sides. Each
merge also writes a `setting` row `exchange.merge.<UTC time>.<id>` whose JSON value holds the
package, its source database, the counts, the decisions with both values, the decision events'
ids and the matched ids: the merge's own log.

**All or nothing.** A merge is planned and written in one transaction; a package that fails
verification is refused before the database is touched, and unresolved conflicts without a
policy are refused with the conflicts listed (`UnresolvedConflictsError`).

The database's own id (`manifest.source_database_id`) is kept in the `setting` row
`exchange.database_id`, created on the first export. It names the package's origin in the
preview and the log only; copies of one database file share it harmlessly.
"""

from __future__ import annotations

import json
import logging
import uuid
from collections import defaultdict
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import chain
from pathlib import Path
from typing import Any

from sqlalchemy import (
    JSON,
    Table,
    bindparam,
    insert,
    select,
    type_coerce,
    update,
)
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from taskforce_app import __version__
from taskforce_app.domain.changes import Changes, Entity
from taskforce_app.domain.cpr import redact_cpr
from taskforce_app.domain.enums import AuditAction
from taskforce_app.domain.errors import NotFoundError, UserError
from taskforce_app.domain.merge import (
    PACKAGE_FORMAT,
    PACKAGE_FORMAT_VERSION,
    Decision,
    FieldConflict,
    FieldVersion,
    RecordKind,
    RecordPlan,
    Side,
    TableCounts,
    count_plans,
    decide,
    plan_new,
    plan_record,
    resolved_values,
    total,
)
from taskforce_app.domain.passphrase import check_passphrase
from taskforce_app.exporters.package import write_package
from taskforce_app.importers.package import (
    ExchangePackage,
    PackageHeader,
    is_encrypted,
    members_intact,
    read_header,
    read_records,
)
from taskforce_app.persistence.base import Base
from taskforce_app.persistence.database import Database
from taskforce_app.persistence.models import Setting
from taskforce_app.persistence.types import utc_now
from taskforce_app.services.exchange_rows import (
    CHUNK,
    Row,
    as_uuid,
    chunked,
    decode_row,
    encode_row,
    id_key,
    ids_where,
    natural_keys,
    parents_first,
    referenced_ids,
    remap_references,
    scalars_in,
    select_in,
    stamp,
    table_codecs,
    uuid_text,
    values_where_id,
)
from taskforce_app.services.retention import purge_merged, without_purged_case_data

log = logging.getLogger(__name__)

Cancelled = Callable[[], bool]
Progress = Callable[[int, int], None]

DATABASE_ID_KEY = "exchange.database_id"
MERGE_LOG_PREFIX = "exchange.merge."
AUDIT_TABLE = "audit_event"
ENGAGEMENT_CHILDREN = (
    "team_member",
    "municipal_contact",
    "phase_period",
    "milestone",
    "case_list_import",
    "case_record",
    "review_round",
    "finding",
    "recommendation",
    "review_note",
    "purge_record",
    "report_section_text",
)
"""Tables whose records belong to a forløb through their `engagement_id`."""
GRANDCHILDREN = (
    ("sampled_case", "round_id", "review_round"),
    ("assessment", "sampled_case_id", "sampled_case"),
    ("finding_criterion", "finding_id", "finding"),
    ("finding_evidence", "finding_id", "finding"),
    ("recommendation_update", "recommendation_id", "recommendation"),
    ("result_count", "round_id", "review_round"),
)
EXCHANGED = frozenset(
    {"consultant", "application_round", "application", "engagement", *ENGAGEMENT_CHILDREN}
    | {table for table, _, _ in GRANDCHILDREN}
)
"""Every table a package holds besides `audit_event`, merged record by record."""
_ENTITIES = {
    "engagement": Entity.ENGAGEMENT,
    "phase_period": Entity.ENGAGEMENT,
    "municipal_contact": Entity.ENGAGEMENT,
    "application": Entity.APPLICATION,
    "application_round": Entity.APPLICATION,
    "milestone": Entity.MILESTONE,
    "team_member": Entity.TEAM,
    "consultant": Entity.TEAM,
    "case_list_import": Entity.CASE,
    "case_record": Entity.CASE,
    "review_round": Entity.REVIEW,
    "sampled_case": Entity.REVIEW,
    "assessment": Entity.REVIEW,
    "finding": Entity.FINDING,
    "finding_criterion": Entity.FINDING,
    "finding_evidence": Entity.FINDING,
    "review_note": Entity.FINDING,
    "recommendation": Entity.RECOMMENDATION,
    "recommendation_update": Entity.RECOMMENDATION,
    "purge_record": Entity.CASE,
    "result_count": Entity.REVIEW,
    "report_section_text": Entity.ENGAGEMENT,
}


@dataclass(frozen=True, slots=True)
class PackageSummary:
    """A written package: where, how big, from which database, which forløb, how many records."""

    path: Path
    size: int
    encrypted: bool
    package_id: str
    source_database_id: str
    created_at: str
    engagement_ids: tuple[uuid.UUID, ...]
    counts: Mapping[str, int]

    def to_json(self) -> dict[str, Any]:
        """A JSON-able description."""
        return {
            "path": str(self.path),
            "size": self.size,
            "encrypted": self.encrypted,
            "package_id": self.package_id,
            "source_database_id": self.source_database_id,
            "created_at": self.created_at,
            "engagement_ids": [str(i) for i in self.engagement_ids],
            "counts": dict(self.counts),
        }


@dataclass(frozen=True, slots=True)
class PackageInfo:
    """What the manifest says about a package."""

    path: Path
    package_id: str
    source_database_id: str
    source_name: str
    created_at: str
    created_by: str
    app_version: str
    engagements: tuple[tuple[str, str], ...]
    """(id, title) of each forløb in the package."""
    encrypted: bool
    size: int

    def to_json(self) -> dict[str, Any]:
        """A JSON-able description."""
        return {
            "path": str(self.path),
            "package_id": self.package_id,
            "source_database_id": self.source_database_id,
            "source_name": self.source_name,
            "created_at": self.created_at,
            "created_by": self.created_by,
            "app_version": self.app_version,
            "engagements": [{"id": i, "title": t} for i, t in self.engagements],
            "encrypted": self.encrypted,
            "size": self.size,
        }


@dataclass(frozen=True, slots=True)
class MergePreview:
    """What merging a package would do, per table, and the conflicts to decide."""

    package: PackageInfo
    counts: Mapping[str, TableCounts]
    conflicts: tuple[FieldConflict, ...]
    matched: Mapping[str, str] = field(default_factory=dict)
    """Package ids matched to our records by natural key (package id → our id)."""

    @property
    def total(self) -> TableCounts:
        """The counts over all tables."""
        return total(self.counts)

    def to_json(self) -> dict[str, Any]:
        """A JSON-able description."""
        return {
            "package": self.package.to_json(),
            "total": self.total.to_json(),
            "tables": {name: counts.to_json() for name, counts in sorted(self.counts.items())},
            "conflicts": [conflict.to_json() for conflict in self.conflicts],
            "matched": dict(self.matched),
        }


@dataclass(frozen=True, slots=True)
class MergeResult:
    """What a merge did (or, as a dry run, would do): counts, decisions, the log's key."""

    package: PackageInfo
    dry_run: bool
    counts: Mapping[str, TableCounts]
    decisions: tuple[Decision, ...]
    events_added: int
    matched: Mapping[str, str]
    log_key: str | None
    changes: Changes

    @property
    def total(self) -> TableCounts:
        """The counts over all tables."""
        return total(self.counts)

    def to_json(self) -> dict[str, Any]:
        """A JSON-able description (the CLI's `--json`)."""
        return {
            "package": self.package.to_json(),
            "dry_run": self.dry_run,
            "total": self.total.to_json(),
            "tables": {name: counts.to_json() for name, counts in sorted(self.counts.items())},
            "decisions": [decision.to_json() for decision in self.decisions],
            "events_added": self.events_added,
            "matched": dict(self.matched),
            "log_key": self.log_key,
        }


@dataclass
class _Plan:
    """The whole merge before decisions: record plans, the events to add, the matched ids."""

    plans: list[RecordPlan] = field(default_factory=list)
    counts: dict[str, TableCounts] = field(default_factory=dict)
    new_rows: dict[str, list[Row]] = field(default_factory=dict)
    events: list[Row] = field(default_factory=list)
    matched: dict[str, str] = field(default_factory=dict)

    @property
    def conflicts(self) -> list[FieldConflict]:
        return [conflict for plan in self.plans for conflict in plan.conflicts]


class ExchangeService:
    """Export forløb to a package; preview and merge a package from another database."""

    def __init__(self, db: Database) -> None:
        self._db = db
        self._tables = [t for t in Base.metadata.sorted_tables if t.name in EXCHANGED]
        self._audit = Base.metadata.tables[AUDIT_TABLE]
        self._codecs = {table.name: table_codecs(table) for table in [*self._tables, self._audit]}

    def database_id(self) -> str:
        """This database's exchange id (created and stored on first use)."""
        with self._db.read() as session:
            known = _stored_database_id(session)
        if known is not None or self._db.read_only:
            return known or ""
        with self._db.write() as session:
            known = _stored_database_id(session)
            if known is None:
                known = str(uuid.uuid4())
                session.add(Setting(key=DATABASE_ID_KEY, value=known))
        return known

    def export(
        self,
        engagement_ids: Sequence[uuid.UUID],
        path: Path,
        *,
        passphrase: str | None = None,
        cancelled: Cancelled | None = None,
        progress: Progress | None = None,
    ) -> PackageSummary:
        """Write the forløb, everything hanging off them and their history to a package.

        Soft-deleted records are included (deletions travel). The file is written atomically.
        With `passphrase` (at least 12 characters) the package is encrypted and so
        authenticated; without, it is not, and a receiver treats its history as untrusted.

        Raises:
            NotFoundError: a forløb does not exist.
            UserError: no forløb given, a passphrase under 12 characters, or the file cannot
                be written.
            OperationCancelledError: cancelled; the target is untouched.
        """
        if not engagement_ids:
            raise UserError("exchange.no_engagements")
        if passphrase is not None:
            check_passphrase(passphrase)
        source_id = self.database_id()
        created = stamp(utc_now())
        package_id = str(uuid.uuid4())
        with self._db.read() as session:
            ids = self._collect_ids(session, list(dict.fromkeys(engagement_ids)))
            manifest = {
                "format": PACKAGE_FORMAT,
                "format_version": PACKAGE_FORMAT_VERSION,
                "app_version": __version__,
                "schema_revision": self._db.revision,
                "package_id": package_id,
                "created_at": created,
                "created_by": self._db.actor,
                "source_database_id": source_id,
                "source_name": self._db.location.display_name.rsplit("/", 1)[-1],
                "engagement_ids": [str(i) for i in engagement_ids],
                "engagements": [
                    {"id": row["id"], "title": row["title"]}
                    for row in self._rows(
                        session, Base.metadata.tables["engagement"], ids["engagement"]
                    )
                ],
            }
            tables = [*self._tables, self._audit]
            written = write_package(
                Path(path),
                manifest,
                {table.name: self._rows(session, table, ids[table.name]) for table in tables},
                passphrase=passphrase,
                cancelled=cancelled,
                progress=progress,
            )
        log.info("exported %s forløb to %s (%d bytes)", len(engagement_ids), path, written.size)
        return PackageSummary(
            path=written.path,
            size=written.size,
            encrypted=written.encrypted,
            package_id=package_id,
            source_database_id=source_id,
            created_at=created,
            engagement_ids=tuple(engagement_ids),
            counts=written.counts,
        )

    @staticmethod
    def is_encrypted(path: Path) -> bool:
        """True when the file at `path` is an encrypted (so authenticated) package."""
        return is_encrypted(Path(path))

    def preview(self, path: Path, *, passphrase: str | None = None) -> MergePreview:
        """What merging the package would do, and every conflict with both values.

        Raises:
            UserError: the package is refused (missing, damaged, changed, wrong passphrase …).
        """
        package = self._read(path, passphrase)
        with self._db.read() as session:
            plan = self._plan(session, package)
        return MergePreview(_info(package), plan.counts, tuple(plan.conflicts), plan.matched)

    def merge(
        self,
        path: Path,
        *,
        passphrase: str | None = None,
        resolve: Mapping[str, Side | str] | Side | str | None = None,
        policy: Side | str | None = None,
        dry_run: bool = False,
    ) -> MergeResult:
        """Merge the package into this database in one transaction.

        A package with nothing new (e.g. merged before) writes nothing, not even a log entry.
        A package this database already merged (its digest is in the merge log, see
        `_merged_before`) is recognised before its records are decoded and returns at once
        with nothing new and the ids it matched then.

        `resolve` decides conflicts by key (`table/record id/field` → "ours" or "theirs"), or
        is itself a policy for all of them; `policy` decides those the mapping leaves open.
        A dry run plans and decides everything and writes nothing. An unencrypted package is
        not authenticated: every deletion and every value it would override is a conflict.

        Raises:
            UnresolvedConflictsError: conflicts are left without decision; nothing changed.
            UserError: the package is refused, or breaks the database's rules; nothing changed.
        """
        if isinstance(resolve, str):
            resolve, policy = None, resolve
        key: str | None
        header = read_header(Path(path), passphrase=passphrase)
        matched_before = self._merged_before(header)
        if matched_before is not None:
            header.close()
            log.info("merged %s before: nothing new", path)
            return MergeResult(
                package=_info(header),
                dry_run=dry_run,
                counts={},
                decisions=(),
                events_added=0,
                matched=matched_before,
                log_key=None,
                changes=Changes(),
            )
        package = self._checked(read_records(header))
        info = _info(package)
        if dry_run:
            with self._db.read() as session:
                plan = self._plan(session, package)
                decisions = decide(plan.conflicts, resolve, policy)
            return self._result(info, plan, decisions, dry_run=True, events_added=0, key=None)
        try:
            with self._db.write() as session:
                plan = self._plan(session, package)
                decisions = decide(plan.conflicts, resolve, policy)
                added, key = 0, None
                if plan.plans or plan.events:
                    added, key = self._apply(session, info, plan, decisions, package.digest)
                purge_merged(session, package)
        except IntegrityError as exc:
            detail = str(exc.orig).splitlines()[0] if exc.orig is not None else str(exc)
            raise UserError("exchange.integrity", detail=detail) from exc
        log.info("merged %s: %s", path, total(plan.counts).to_json())
        return self._result(info, plan, decisions, dry_run=False, events_added=added, key=key)

    def _result(
        self,
        info: PackageInfo,
        plan: _Plan,
        decisions: tuple[Decision, ...],
        *,
        dry_run: bool,
        events_added: int,
        key: str | None,
    ) -> MergeResult:
        by_key = {decision.conflict.key: decision for decision in decisions}
        entities: set[Entity] = set()
        ids: set[uuid.UUID] = set()
        for record in plan.plans:
            if resolved_values(record, by_key):
                entities.add(_ENTITIES[record.table])
                ids.add(uuid.UUID(record.record_id))
        return MergeResult(
            package=info,
            dry_run=dry_run,
            counts=plan.counts,
            decisions=decisions,
            events_added=events_added,
            matched=dict(plan.matched),
            log_key=key,
            changes=Changes(frozenset(entities), frozenset(ids)),
        )

    def _merged_before(self, header: PackageHeader) -> dict[str, str] | None:
        """The ids matched when this very package was merged here, or None if it never was.

        Re-merging a package can only bring its own versions again. Its first merge inserted
        every audit event it carried and decided every conflict with a logged event, so each
        record's history in the package is already part of ours: a three-way merge keeps
        ours for every field, local edits made since included (they descend from that
        merge). Only a merge that wrote something is logged with its digest; a package that
        brought nothing new the first time is planned in full again (and again changes
        nothing). The digest names the manifest, which states every member's SHA-256, so the
        members are hashed (not decoded) to be sure they are the ones merged.
        """
        if not header.digest:
            return None
        setting = Base.metadata.tables["setting"]
        statement = select(setting.c.value).where(
            setting.c.key.startswith(MERGE_LOG_PREFIX, autoescape=True),
            type_coerce(setting.c.value, JSON)["package_digest"].as_string() == header.digest,
        )
        with self._db.read() as session:
            entry = session.execute(statement.limit(1)).scalar_one_or_none()
        if not isinstance(entry, dict) or not members_intact(header):
            return None
        matched = entry.get("matched")
        return {str(k): str(v) for k, v in matched.items()} if isinstance(matched, dict) else {}

    def _read(self, path: Path, passphrase: str | None) -> ExchangePackage:
        return self._checked(read_records(read_header(Path(path), passphrase=passphrase)))

    def _checked(self, package: ExchangePackage) -> ExchangePackage:
        """The package, refused when it holds a table or column this schema lacks."""
        path = package.path
        for name, records in package.tables.items():
            if name not in self._codecs:
                raise UserError("exchange.schema_mismatch", path=str(path), detail=name)
            known = self._codecs[name].keys()
            unknown = {key for record in records for key in record} - known
            if unknown:
                detail = ", ".join(f"{name}.{column}" for column in sorted(unknown))
                raise UserError("exchange.schema_mismatch", path=str(path), detail=detail)
        return package

    def _collect_ids(
        self, session: Session, engagement_ids: list[uuid.UUID]
    ) -> dict[str, list[bytes]]:
        """The ids (16 bytes each, sorted) of every record of the forløb and what hangs off
        them, and of their audit events: the package's content, without reading a record."""
        tables = Base.metadata.tables
        found: dict[str, list[bytes]] = {}
        engagements = ids_where(session, tables["engagement"], "id", engagement_ids)
        missing = {id_key(i) for i in engagement_ids} - set(engagements)
        if missing:
            raise NotFoundError("engagement.not_found", value=str(as_uuid(min(missing))))
        found["engagement"] = engagements
        found["application"] = referenced_ids(
            session, tables["engagement"], "application_id", found
        )
        found["application_round"] = referenced_ids(
            session, tables["application"], "round_id", found
        )
        for name in ENGAGEMENT_CHILDREN:
            found[name] = ids_where(session, tables[name], "engagement_id", engagement_ids)
        for name, column, parent in GRANDCHILDREN:
            found[name] = ids_where(session, tables[name], column, found[parent])
        consultants: set[bytes] = set()
        for name in list(found):
            for col in tables[name].columns:
                if any(fk.column.table.name == "consultant" for fk in col.foreign_keys):
                    consultants |= values_where_id(session, tables[name], col.name, found[name])
        found["consultant"] = ids_where(session, tables["consultant"], "id", consultants)
        records = chain.from_iterable(found.values())
        found[AUDIT_TABLE] = ids_where(session, self._audit, "record_id", records)
        for ids in found.values():
            ids.sort()
        return found

    def _rows(self, session: Session, table: Table, ids: list[bytes]) -> Iterator[Row]:
        """The encoded records of `table` with the given sorted ids, read batch by batch."""
        codecs = self._codecs[table.name]
        for chunk in chunked(ids):
            batch = select_in(session, table, "id", [uuid.UUID(bytes=i) for i in chunk])
            encoded = [encode_row(row, codecs) for row in batch]
            yield from sorted(encoded, key=lambda row: str(row["id"]))

    def _plan(self, session: Session, package: ExchangePackage) -> _Plan:
        """Match every package record to ours and plan its merge (reads only)."""
        plan = _Plan()
        package = without_purged_case_data(session, package)
        remap: dict[str, str] = {}
        theirs_by_table: dict[str, list[Row]] = {}
        ours_by_table: dict[str, dict[str, Row]] = {}
        for table in self._tables:
            rows = package.tables.get(table.name, [])
            if not rows:
                continue
            remap_references(table, rows, remap)
            ids = [row["id"] for row in rows]
            existing = {
                str(value)
                for value in scalars_in(session, table, "id", [uuid.UUID(i) for i in ids])
            }
            fresh = [row for row in rows if row["id"] not in existing]
            if fresh:
                self._match_natural_keys(session, table, fresh, remap, plan.matched)
                remap_references(table, rows, remap, self_only=True)
            self._check_references(session, table, fresh, remap)
            codecs = self._codecs[table.name]
            ours_rows = select_in(session, table, "id", [uuid.UUID(row["id"]) for row in rows])
            ours_by_table[table.name] = {
                uuid_text(row["id"]): encode_row(row, codecs) for row in ours_rows
            }
            theirs_by_table[table.name] = rows
        record_ids = [row["id"] for rows in theirs_by_table.values() for row in rows]
        ours_history = self._our_history(session, record_ids)
        known_events = {event_id for fields in ours_history.values() for event_id in fields}
        theirs_history: dict[tuple[str, str], set[str]] = defaultdict(set)
        for event in package.tables.get(AUDIT_TABLE, []):
            event["record_id"] = remap.get(event["record_id"], event["record_id"])
            if event["field"]:
                theirs_history[(event["record_id"], event["field"])].add(event["id"])
            if event["id"] not in known_events:
                plan.events.append(event)
        if plan.events:
            already = {
                str(value)
                for value in scalars_in(
                    session, self._audit, "id", [uuid.UUID(e["id"]) for e in plan.events]
                )
            }
            plan.events = [event for event in plan.events if event["id"] not in already]
        ours_fields = _by_record(ours_history)
        theirs_fields = _by_record(theirs_history)
        for table in self._tables:
            for theirs in theirs_by_table.get(table.name, []):
                record_id = theirs["id"]
                ours = ours_by_table[table.name].get(record_id)
                if ours == theirs:
                    continue
                if ours is None:
                    record_plan = plan_new(table.name, record_id, theirs)
                else:
                    record_plan = plan_record(
                        table.name,
                        record_id,
                        _versions(ours, ours_fields.get(record_id, {})),
                        _versions(theirs, theirs_fields.get(record_id, {})),
                        trusted=package.encrypted,
                    )
                if record_plan.writes:
                    plan.plans.append(record_plan)
                    if record_plan.kind is RecordKind.NEW:
                        plan.new_rows.setdefault(table.name, []).append(theirs)
        plan.counts = count_plans(plan.plans)
        return plan

    def _our_history(
        self, session: Session, record_ids: list[str]
    ) -> dict[tuple[str, str], set[str]]:
        """Our audit event ids per (record, field) for the given records."""
        history: dict[tuple[str, str], set[str]] = defaultdict(set)
        audit = self._audit
        ids = [uuid.UUID(i) for i in record_ids]
        for start in range(0, len(ids), CHUNK):
            statement = (
                select(audit.c.id, audit.c.record_id, audit.c.field)
                .where(audit.c.record_id.in_(ids[start : start + CHUNK]))
                .execution_options(include_deleted=True)
            )
            for event_id, record_id, field_name in session.execute(statement):
                history[(str(record_id), field_name)].add(str(event_id))
        return history

    def _match_natural_keys(
        self,
        session: Session,
        table: Table,
        fresh: list[Row],
        remap: dict[str, str],
        matched: dict[str, str],
    ) -> None:
        """Map new package records onto ours that hold the same natural key."""
        codecs = self._codecs[table.name]
        for key in natural_keys(table):
            wanted = {
                tuple(row.get(name) for name in key): row
                for row in fresh
                if all(row.get(name) is not None for name in key)
            }
            if not wanted:
                continue
            first = table.c[key[0]]
            decode = codecs[key[0]][1]
            values = list({decode(k[0]) for k in wanted})
            columns = [table.c.id, *(table.c[name] for name in key)]
            for start in range(0, len(values), CHUNK):
                statement = (
                    select(*columns)
                    .where(first.in_(values[start : start + CHUNK]))
                    .execution_options(include_deleted=True)
                )
                for found in session.execute(statement):
                    encoded = tuple(
                        codecs[name][0](value) for name, value in zip(key, found[1:], strict=True)
                    )
                    row = wanted.get(encoded)
                    our_id = str(found[0])
                    if row is not None and row["id"] != our_id:
                        remap[row["id"]] = our_id
                        matched[row["id"]] = our_id
                        row["id"] = our_id

    def _check_references(
        self, session: Session, table: Table, fresh: list[Row], remap: Mapping[str, str]
    ) -> None:
        """Refuse new records pointing at reference records we do not have (e.g. criteria)."""
        for col in table.columns:
            targets = {fk.column.table.name for fk in col.foreign_keys}
            if not targets or targets & EXCHANGED:
                continue
            values = {str(row[col.name]) for row in fresh if row.get(col.name) is not None}
            if not values:
                continue
            target = Base.metadata.tables[next(iter(targets))]
            present = {
                str(v) for v in scalars_in(session, target, "id", [uuid.UUID(v) for v in values])
            }
            missing = sorted(values - present)
            if missing:
                raise UserError("exchange.missing_reference", table=target.name, value=missing[0])

    def _apply(
        self,
        session: Session,
        info: PackageInfo,
        plan: _Plan,
        decisions: tuple[Decision, ...],
        digest: str,
    ) -> tuple[int, str]:
        """Write the plan in the caller's transaction; returns events added and the log key."""
        if self._db.location.is_sqlite:
            session.connection().exec_driver_sql("PRAGMA defer_foreign_keys=ON")
        by_key = {decision.conflict.key: decision for decision in decisions}
        updates: dict[str, list[tuple[str, dict[str, Any]]]] = defaultdict(list)
        for record in plan.plans:
            if record.kind is not RecordKind.NEW:
                values = resolved_values(record, by_key)
                if values:
                    updates[record.table].append((record.record_id, values))
        for table in self._tables:
            codecs = self._codecs[table.name]
            new_rows = plan.new_rows.get(table.name, [])
            if new_rows:
                ordered = parents_first(table, new_rows)
                for start in range(0, len(ordered), CHUNK):
                    session.execute(
                        insert(table),
                        [decode_row(row, codecs) for row in ordered[start : start + CHUNK]],
                    )
            grouped: dict[tuple[str, ...], list[dict[str, Any]]] = defaultdict(list)
            for record_id, values in updates.get(table.name, []):
                params = {f"v_{name}": codecs[name][1](v) for name, v in values.items()}
                params["k_id"] = uuid.UUID(record_id)
                grouped[tuple(sorted(values))].append(params)
            for names, params_list in grouped.items():
                assignments: dict[str, Any] = {"updated_at": table.c.updated_at}
                assignments.update({name: bindparam(f"v_{name}") for name in names})
                statement = update(table).where(table.c.id == bindparam("k_id")).values(assignments)
                session.execute(statement, params_list)
        now = utc_now()
        actor = self._db.actor
        decision_events: list[Row] = []
        for decision in decisions:
            conflict = decision.conflict
            decision_events.append(
                {
                    "id": str(uuid.uuid4()),
                    "created_at": stamp(now),
                    "updated_at": stamp(now),
                    "deleted_at": None,
                    "occurred_at": stamp(now),
                    "actor": actor,
                    "action": AuditAction.UPDATE.value,
                    "table_name": conflict.table,
                    "record_id": conflict.record_id,
                    "field": conflict.field,
                    "old_value": _text(decision.rejected),
                    "new_value": _text(decision.kept),
                }
            )
        events = plan.events + decision_events
        codecs = self._codecs[AUDIT_TABLE]
        for start in range(0, len(events), CHUNK):
            session.execute(
                insert(self._audit),
                [
                    decode_row({"operation_id": None, "operation_seq": None, **row}, codecs)
                    for row in events[start : start + CHUNK]
                ],
            )
        key = f"{MERGE_LOG_PREFIX}{now:%Y%m%dT%H%M%S%fZ}.{uuid.uuid4().hex[:8]}"
        entry = {
            "merged_at": stamp(now),
            "actor": actor,
            "package": _log_package(info),
            "package_digest": digest,
            "total": total(plan.counts).to_json(),
            "tables": {k: v.to_json() for k, v in plan.counts.items()},
            "events_added": len(plan.events),
            "matched": plan.matched,
            "decisions": [
                {**decision.to_json(), "event_id": event["id"]}
                for decision, event in zip(decisions, decision_events, strict=True)
            ],
        }
        setting = Base.metadata.tables["setting"]
        session.execute(
            insert(setting),
            [
                {
                    "id": uuid.uuid4(),
                    "created_at": now,
                    "updated_at": now,
                    "key": key,
                    "value": entry,
                }
            ],
        )
        return len(plan.events), key


def _stored_database_id(session: Session) -> str | None:
    value = session.scalar(select(Setting.value).where(Setting.key == DATABASE_ID_KEY))
    return str(value) if value else None


def _log_package(info: PackageInfo) -> dict[str, Any]:
    """The package as the merge log records it: file names with any CPR number masked."""
    described = info.to_json()
    described["path"] = redact_cpr(described["path"])
    described["source_name"] = redact_cpr(described["source_name"])
    return described


def _info(package: ExchangePackage | PackageHeader) -> PackageInfo:
    manifest = package.manifest
    engagements = tuple(
        (str(item.get("id", "")), str(item.get("title", "")))
        for item in manifest.get("engagements", [])
        if isinstance(item, dict)
    )
    return PackageInfo(
        path=package.path,
        package_id=str(manifest.get("package_id", "")),
        source_database_id=str(manifest.get("source_database_id", "")),
        source_name=str(manifest.get("source_name", "")),
        created_at=str(manifest.get("created_at", "")),
        created_by=str(manifest.get("created_by", "")),
        app_version=str(manifest.get("app_version", "")),
        engagements=engagements,
        encrypted=package.encrypted,
        size=package.size,
    )


def _by_record(
    history: Mapping[tuple[str, str], set[str]],
) -> dict[str, dict[str, frozenset[str]]]:
    result: dict[str, dict[str, frozenset[str]]] = defaultdict(dict)
    for (record_id, field_name), events in history.items():
        result[record_id][field_name] = frozenset(events)
    return result


def _versions(row: Row, history: Mapping[str, frozenset[str]]) -> dict[str, FieldVersion]:
    return {
        name: FieldVersion(value, history.get(name, frozenset()))
        for name, value in row.items()
        if name != "id"
    }


def _text(value: Any) -> str | None:
    if value is None or isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False, sort_keys=True)
