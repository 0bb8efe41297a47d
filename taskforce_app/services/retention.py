"""Retention of case data: the period, the forløb due ("Sagsdata til sletning"), the purge.

A purge runs in one transaction: it keeps the answer counts the results are computed from
(`result_count`), deletes the forløb's case lists, cases, sampled cases, assessments, review
notes on assessments, evidence links and the history (audit events) of all of them, masks any
case reference left in a kept text anywhere in the database (findings, recommendations, history
values, merge logs …), and records the purge (`purge_record`). The statements are Core
statements, so they leave no audit events: nothing of a purge can be undone.
"""

from __future__ import annotations

import dataclasses
import logging
import re
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any, cast

from sqlalchemy import JSON, CursorResult, String, Table, Text, delete, func, insert, select, update
from sqlalchemy.orm import Session

from taskforce_app.domain.changes import Changes, Entity
from taskforce_app.domain.cpr import ensure_no_cpr
from taskforce_app.domain.enums import ConsultantRole
from taskforce_app.domain.errors import NotFoundError
from taskforce_app.domain.merge import PURGE_TABLE, drop_purged_case_data
from taskforce_app.domain.messages_retention import RetentionError
from taskforce_app.domain.retention import (
    CASE_TABLES,
    DEFAULT_YEARS,
    SETTING_KEY,
    RetentionStatus,
    check_purge,
    check_years,
    due_on,
    mask_in_value,
    reference_pattern,
)
from taskforce_app.domain.text import NC_
from taskforce_app.importers.package import ExchangePackage
from taskforce_app.persistence.base import Base
from taskforce_app.persistence.database import Database
from taskforce_app.persistence.models import (
    Assessment,
    Case,
    Consultant,
    Engagement,
    Municipality,
    PurgeRecord,
    ResultCount,
    ReviewRound,
    SampledCase,
    Setting,
)
from taskforce_app.persistence.types import CodedEnum, utc_now
from taskforce_app.services.backups import BackupInfo, list_backups
from taskforce_app.services.results import answer_counts

log = logging.getLogger(__name__)

KEPT_TABLES = frozenset({"purge_record", "result_count"})
"""Tables the masking leaves alone (they hold no text about cases)."""


@dataclass(frozen=True, slots=True)
class PurgeResult:
    """What a purge deleted (or, as a dry run, would delete)."""

    engagement_id: uuid.UUID
    title: str
    dry_run: bool
    early: bool
    reason: str
    counts: dict[str, int]
    purged_at: datetime | None = None
    purged_by: str = ""
    changes: Changes = field(default_factory=Changes)

    def to_json(self) -> dict[str, Any]:
        """A JSON-able description (the CLI's `--json`)."""
        return {
            "engagement_id": str(self.engagement_id),
            "title": self.title,
            "dry_run": self.dry_run,
            "early": self.early,
            "reason": self.reason,
            "counts": dict(self.counts),
            "purged_at": None if self.purged_at is None else self.purged_at.isoformat(),
            "purged_by": self.purged_by,
        }


@dataclass(frozen=True, slots=True)
class Trace:
    """A case reference found in a text column: where."""

    table: str
    column: str
    record_id: str


class RetentionService:
    """The retention period, the forløb whose case data is due, and the purge."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def years(self) -> int:
        """The database's retention period in years (DEFAULT_YEARS unless a team lead set it)."""
        with self._db.read() as session:
            value = session.scalar(select(Setting.value).where(Setting.key == SETTING_KEY))
        return DEFAULT_YEARS if value is None else check_years(value)

    def set_years(self, years: object, *, by: str | None = None) -> int:
        """Set the retention period; only a team lead may (`by` initials, else the acting one).

        Raises:
            RetentionError: not a whole number of years in range, or not a team lead.
            NotFoundError: no consultant has these initials.
        """
        value = check_years(years)
        with self._db.write() as session:
            person = _acting(session, by, self._db.actor_id)
            if person.role is not ConsultantRole.TEAM_LEAD:
                raise RetentionError("retention.team_lead_only", who=person.initials)
            row = session.scalars(select(Setting).where(Setting.key == SETTING_KEY)).first()
            if row is None:
                session.add(Setting(key=SETTING_KEY, value=value))
            else:
                row.value = value
        log.info("retention period set to %d years by %s", value, person.initials)
        return value

    def statuses(self) -> list[RetentionStatus]:
        """Every forløb with its end, the day its case data is due, and whether it was purged."""
        years = self.years()
        with self._db.read() as session:
            return _statuses(session, years)

    def due(self, today: date | None = None) -> list[RetentionStatus]:
        """ "Sagsdata til sletning": the forløb whose case data is due, earliest due first."""
        today = today or date.today()
        found = [status for status in self.statuses() if status.is_due(today)]
        return sorted(found, key=lambda status: (status.due or today, status.title))

    def purge(
        self,
        engagement_id: uuid.UUID,
        *,
        early: bool = False,
        reason: str = "",
        dry_run: bool = False,
        today: date | None = None,
    ) -> PurgeResult:
        """Delete the forløb's case data in one transaction (see the module); cannot be undone.

        Raises:
            NotFoundError: no such forløb.
            RetentionError: not ended or not due (the message names the date it becomes due),
                already purged, or early without a reason.
            CprNumberError: the reason holds a CPR number.
        """
        today = today or date.today()
        years = self.years()
        ensure_no_cpr(NC_("field", "Reason"), reason)
        if dry_run:
            with self._db.read() as session:
                status = _status(session, engagement_id, years)
                kept_reason = check_purge(status, years, today, early=early, reason=reason)
                counts = _case_data(session, engagement_id).counts()
            return PurgeResult(engagement_id, status.title, True, early, kept_reason, counts)
        now = utc_now()
        with self._db.write() as session:
            status = _status(session, engagement_id, years)
            kept_reason = check_purge(status, years, today, early=early, reason=reason)
            counts = purge_case_data(session, engagement_id)
            session.execute(
                insert(Base.metadata.tables["purge_record"]),
                [
                    {
                        "id": uuid.uuid4(),
                        "created_at": now,
                        "updated_at": now,
                        "engagement_id": engagement_id,
                        "purged_at": now,
                        "purged_by": self._db.actor,
                        "early": early,
                        "reason": kept_reason,
                        "due_on": status.due,
                        "counts": counts,
                    }
                ],
            )
        log.warning(
            "case data of engagement %s purged by %s%s: %s",
            engagement_id,
            self._db.actor or "?",
            f" early, reason: {kept_reason}" if early else "",
            counts,
        )
        return PurgeResult(
            engagement_id,
            status.title,
            False,
            early,
            kept_reason,
            counts,
            purged_at=now,
            purged_by=self._db.actor,
            changes=Changes(
                frozenset({Entity.CASE, Entity.REVIEW, Entity.FINDING, Entity.ENGAGEMENT}),
                frozenset({engagement_id}),
            ),
        )

    def traces(self, references: Iterable[str]) -> list[Trace]:
        """Every text (and JSON) value of every table that holds one of the case references."""
        pattern = reference_pattern(references)
        if pattern is None:
            return []
        found: list[Trace] = []
        with self._db.read() as session:
            for table in Base.metadata.sorted_tables:
                for row_id, name, _ in _matches(session, table, pattern):
                    found.append(Trace(table.name, name, str(row_id)))
        return found

    def case_references(self, engagement_id: uuid.UUID) -> list[str]:
        """The case references of the forløb's cases (empty once purged)."""
        with self._db.read() as session:
            return list(
                session.scalars(
                    select(Case.case_ref)
                    .where(Case.engagement_id == engagement_id)
                    .execution_options(include_deleted=True)
                )
            )

    def backups_to_delete(self) -> list[BackupInfo]:
        """The backups made before the latest purge: they still hold the purged case data."""
        path = self._db.location.path
        if path is None:
            return []
        with self._db.read() as session:
            latest = session.scalar(select(func.max(PurgeRecord.purged_at)))
        if latest is None:
            return []
        return [info for info in list_backups(Path(path)) if info.made_at < latest]

    def delete_backups(self, chosen: Iterable[Path]) -> tuple[list[Path], list[Path]]:
        """Delete the chosen backups that `backups_to_delete` lists (no other file is touched).

        Returns the files deleted and the files that could not be deleted (logged).
        """
        stale = {info.path for info in self.backups_to_delete()}
        deleted: list[Path] = []
        failed: list[Path] = []
        for path in chosen:
            if path not in stale:
                continue
            try:
                path.unlink()
            except FileNotFoundError:
                deleted.append(path)
            except OSError:
                log.exception("backup %s could not be deleted", path)
                failed.append(path)
            else:
                deleted.append(path)
        if deleted:
            log.warning("backups made before a purge deleted: %s", [str(p) for p in deleted])
        return deleted, failed


@dataclass(frozen=True, slots=True)
class _CaseData:
    """The ids of a forløb's case-level rows, per table."""

    ids: dict[str, list[uuid.UUID]]

    def counts(self) -> dict[str, int]:
        return {name: len(values) for name, values in self.ids.items()}

    def all_ids(self) -> list[uuid.UUID]:
        return [value for values in self.ids.values() for value in values]


def purge_case_data(session: Session, engagement_id: uuid.UUID) -> dict[str, int]:
    """Keep the result counts, delete the forløb's case data and its history, mask what is
    left of its case references; in the caller's transaction. Returns the counts per table."""
    tables = Base.metadata.tables
    references = list(
        session.scalars(
            select(Case.case_ref)
            .where(Case.engagement_id == engagement_id)
            .execution_options(include_deleted=True)
        )
    )
    _keep_result_counts(session, engagement_id)
    data = _case_data(session, engagement_id)
    counts = data.counts()
    audit = tables["audit_event"]
    deleted_events = 0
    record_ids = data.all_ids()
    for start in range(0, len(record_ids), 5_000):
        chunk = record_ids[start : start + 5_000]
        result = session.execute(delete(audit).where(audit.c.record_id.in_(chunk)))
        deleted_events += cast(CursorResult[Any], result).rowcount
    sampled = tables["sampled_case"]
    for start in range(0, len(data.ids["sampled_case"]), 5_000):
        chunk = data.ids["sampled_case"][start : start + 5_000]
        session.execute(update(sampled).where(sampled.c.id.in_(chunk)).values(replaced_by_id=None))
    for name in (
        "review_note",
        "finding_evidence",
        "assessment",
        "sampled_case",
        "case_record",
        "case_list_import",
    ):
        table = tables[name]
        values = data.ids[name]
        for start in range(0, len(values), 5_000):
            session.execute(delete(table).where(table.c.id.in_(values[start : start + 5_000])))
    counts["audit_event"] = deleted_events
    counts["masked_texts"] = _mask(session, references)
    return counts


def _keep_result_counts(session: Session, engagement_id: uuid.UUID) -> None:
    """Store each live round's answer counts (unless kept already, e.g. by a merged purge)."""
    rounds = session.scalars(
        select(ReviewRound.id).where(ReviewRound.engagement_id == engagement_id)
    )
    now = utc_now()
    rows: list[dict[str, Any]] = []
    for round_id in list(rounds):
        if session.scalar(select(ResultCount.id).where(ResultCount.round_id == round_id).limit(1)):
            continue
        for position, ((criterion_id, answer), count) in enumerate(
            answer_counts(session, round_id).items()
        ):
            rows.append(
                {
                    "id": uuid.uuid4(),
                    "created_at": now,
                    "updated_at": now,
                    "round_id": round_id,
                    "criterion_id": criterion_id,
                    "answer": answer,
                    "count": count,
                    "position": position,
                }
            )
    if rows:
        session.execute(insert(Base.metadata.tables["result_count"]), rows)


def _case_data(session: Session, engagement_id: uuid.UUID) -> _CaseData:
    """The ids of every case-level row of the forløb, soft-deleted ones included."""
    tables = Base.metadata.tables

    def ids(table: str, column: str, values: Sequence[uuid.UUID] | uuid.UUID) -> list[uuid.UUID]:
        t = tables[table]
        if isinstance(values, uuid.UUID):
            condition = t.c[column] == values
            return list(session.scalars(select(t.c.id).where(condition)))
        found: list[uuid.UUID] = []
        listed = list(values)
        for start in range(0, len(listed), 5_000):
            chunk = listed[start : start + 5_000]
            found.extend(session.scalars(select(t.c.id).where(t.c[column].in_(chunk))))
        return found

    rounds = ids("review_round", "engagement_id", engagement_id)
    sampled = ids("sampled_case", "round_id", rounds)
    assessments = ids("assessment", "sampled_case_id", sampled)
    return _CaseData(
        {
            "case_list_import": ids("case_list_import", "engagement_id", engagement_id),
            "case_record": ids("case_record", "engagement_id", engagement_id),
            "sampled_case": sampled,
            "assessment": assessments,
            "finding_evidence": ids("finding_evidence", "sampled_case_id", sampled),
            "review_note": ids("review_note", "assessment_id", assessments),
        }
    )


def _text_columns(table: Table) -> list[str]:
    return [
        column.name
        for column in table.columns
        if isinstance(column.type, String | Text | JSON) and not isinstance(column.type, CodedEnum)
    ]


def _matches(
    session: Session, table: Table, pattern: re.Pattern[str]
) -> Iterable[tuple[Any, str, Any]]:
    """(id, column, value) of every text or JSON value of `table` in which `pattern` occurs."""
    names = _text_columns(table)
    if not names:
        return
    statement = select(table.c.id, *(table.c[name] for name in names))
    for row in session.execute(statement):
        for name, value in zip(names, row[1:], strict=True):
            if value is None:
                continue
            text = value if isinstance(value, str) else repr(value)
            if pattern.search(text):
                yield row[0], name, value


def _mask(session: Session, references: Sequence[str]) -> int:
    """Mask the case references in every kept text of every table; returns the values changed."""
    pattern = reference_pattern(references)
    if pattern is None:
        return 0
    changed = 0
    audit_case_rows = {name for name in CASE_TABLES}
    for table in Base.metadata.sorted_tables:
        if table.name in KEPT_TABLES or table.name in CASE_TABLES:
            continue  # the case tables now hold other forløb's cases only
        updates: dict[Any, dict[str, Any]] = {}
        for row_id, name, value in _matches(session, table, pattern):
            if table.name == "audit_event":
                owner = session.scalar(select(table.c.table_name).where(table.c.id == row_id))
                if owner in audit_case_rows:
                    continue
            updates.setdefault(row_id, {})[name] = mask_in_value(value, pattern)
        for row_id, values in updates.items():
            session.execute(update(table).where(table.c.id == row_id).values(values))
            changed += len(values)
    return changed


def _status(session: Session, engagement_id: uuid.UUID, years: int) -> RetentionStatus:
    found = [
        item
        for item in _statuses(session, years, engagement_id)
        if item.engagement_id == engagement_id
    ]
    if not found:
        raise NotFoundError("engagement.not_found", value=str(engagement_id))
    return found[0]


def _statuses(
    session: Session, years: int, engagement_id: uuid.UUID | None = None
) -> list[RetentionStatus]:
    statement = select(Engagement, Municipality.name).join(
        Municipality, Engagement.municipality_id == Municipality.id
    )
    if engagement_id is not None:
        statement = statement.where(Engagement.id == engagement_id)
    cases: dict[uuid.UUID, int] = {
        key: count
        for key, count in session.execute(
            select(Case.engagement_id, func.count()).group_by(Case.engagement_id)
        )
    }
    assessments: dict[uuid.UUID, int] = {
        key: count
        for key, count in session.execute(
            select(ReviewRound.engagement_id, func.count(Assessment.id))
            .join(SampledCase, SampledCase.round_id == ReviewRound.id)
            .join(Assessment, Assessment.sampled_case_id == SampledCase.id)
            .group_by(ReviewRound.engagement_id)
        )
    }
    purges = {
        row.engagement_id: row
        for row in session.scalars(select(PurgeRecord).order_by(PurgeRecord.purged_at))
    }
    found: list[RetentionStatus] = []
    for engagement, municipality in session.execute(statement):
        purge = purges.get(engagement.id)
        found.append(
            RetentionStatus(
                engagement_id=engagement.id,
                title=engagement.title,
                municipality=municipality,
                actual_end=engagement.actual_end_date,
                planned_end=engagement.planned_end_date,
                due=due_on(engagement.actual_end_date, years),
                case_count=int(cases.get(engagement.id, 0)),
                assessment_count=int(assessments.get(engagement.id, 0)),
                purged_at=None if purge is None else purge.purged_at,
                purged_by="" if purge is None else purge.purged_by,
            )
        )
    return found


def _acting(session: Session, initials: str | None, actor_id: uuid.UUID | None) -> Consultant:
    if initials:
        person = session.scalars(
            select(Consultant).where(func.upper(Consultant.initials) == initials.strip().upper())
        ).first()
        if person is None:
            raise NotFoundError("consultant.unknown", value=initials)
        return person
    person = None if actor_id is None else session.get(Consultant, actor_id)
    if person is None:
        raise RetentionError("retention.who_missing")
    return person


def without_purged_case_data(session: Session, package: ExchangePackage) -> ExchangePackage:
    """The package without case data of forløb purged here or in the package (no resurrection),
    and without result counts of rounds whose counts we keep already."""
    tables = package.tables
    purged = {str(row["engagement_id"]) for row in tables.get(PURGE_TABLE, [])}
    purged |= {str(value) for value in session.scalars(select(PurgeRecord.engagement_id))}
    if not purged:
        return package
    rounds = {str(row["id"]): str(row["engagement_id"]) for row in tables.get("review_round", [])}
    wanted = {uuid.UUID(str(row["round_id"])) for row in tables.get("sampled_case", [])} - {
        uuid.UUID(key) for key in rounds
    }
    for start in range(0, len(wanted), 5_000):
        chunk = list(wanted)[start : start + 5_000]
        for round_id, engagement_id in session.execute(
            select(ReviewRound.id, ReviewRound.engagement_id)
            .where(ReviewRound.id.in_(chunk))
            .execution_options(include_deleted=True)
        ):
            rounds[str(round_id)] = str(engagement_id)
    filtered = drop_purged_case_data(tables, purged, rounds)
    counted = {
        str(round_id) for (round_id,) in session.execute(select(ResultCount.round_id).distinct())
    }
    ours = {str(value) for value in session.scalars(select(ResultCount.id))}
    filtered["result_count"] = [
        row
        for row in filtered.get("result_count", [])
        if row["id"] in ours or str(row["round_id"]) not in counted
    ]
    return dataclasses.replace(package, tables=filtered)


def purge_merged(session: Session, package: ExchangePackage) -> None:
    """Purge here the case data of every forløb the package says was purged (after its
    records, the purge record and result counts included, were merged)."""
    for row in package.tables.get(PURGE_TABLE, []):
        engagement_id = uuid.UUID(str(row["engagement_id"]))
        if not _case_data(session, engagement_id).all_ids():
            continue
        counts = purge_case_data(session, engagement_id)
        log.warning(
            "case data of engagement %s purged by a merged package: %s", engagement_id, counts
        )
