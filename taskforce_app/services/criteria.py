"""Criteria sets: read the shipped JSON files and keep the criteria tables in step with them.

Records get deterministic ids (uuid5 of `key:version` and `key:version:code`), so two laptops
that sync the same files hold the same ids and their data can be merged.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from taskforce_app import paths
from taskforce_app.domain.changes import Changes, Entity
from taskforce_app.domain.criteria import (
    Benchmark,
    CriteriaFormatError,
    CriteriaSetSpec,
    CriterionSpec,
    parse_benchmarks,
    parse_criteria_set,
)
from taskforce_app.persistence.database import Database
from taskforce_app.persistence.models import CriteriaSet, Criterion
from taskforce_app.persistence.types import utc_now
from taskforce_app.services.resources import read_json

CRITERIA_NAMESPACE = uuid.UUID("5b0c3f0e-6a57-5c1d-9a4e-7d3a2f1c0b42")
"""Namespace of the criteria ids; never change it, or synced databases stop agreeing."""

BENCHMARKS_FILE = "benchmarks.json"


@dataclass(frozen=True, slots=True)
class CriteriaSyncReport:
    """What a sync changed."""

    sets_added: int = 0
    sets_updated: int = 0
    criteria_added: int = 0
    criteria_updated: int = 0
    criteria_removed: int = 0

    @property
    def changed(self) -> bool:
        """True when any record was written."""
        return any(
            (
                self.sets_added,
                self.sets_updated,
                self.criteria_added,
                self.criteria_updated,
                self.criteria_removed,
            )
        )


def criteria_dir() -> Path:
    """Where the criteria sets and benchmarks live."""
    return paths.resources_dir() / "criteria"


def criteria_set_id(key: str, version: int) -> uuid.UUID:
    """The deterministic id of a criteria set."""
    return uuid.uuid5(CRITERIA_NAMESPACE, f"{key}:{version}")


def criterion_id(key: str, version: int, code: str) -> uuid.UUID:
    """The deterministic id of one criterion of a set."""
    return uuid.uuid5(CRITERIA_NAMESPACE, f"{key}:{version}:{code}")


def load_criteria_sets(folder: Path | None = None) -> list[CriteriaSetSpec]:
    """Every criteria set file (`*_v<N>.json`) in `folder` (resources/criteria by default).

    Raises:
        CriteriaFormatError: a file is malformed; the message names the file and the field.
    """
    root = criteria_dir() if folder is None else folder
    specs: list[CriteriaSetSpec] = []
    seen: dict[tuple[str, int], str] = {}
    for path in sorted(root.glob("*.json")):
        if path.name == BENCHMARKS_FILE:
            continue
        try:
            spec = parse_criteria_set(read_json(path), origin=path.name)
        except ValueError as exc:
            if isinstance(exc, CriteriaFormatError):
                raise
            raise CriteriaFormatError(str(exc)) from exc
        ident = (spec.key, spec.version)
        if ident in seen:
            raise CriteriaFormatError(
                f"{path.name}: {spec.key} version {spec.version} is also in {seen[ident]}"
            )
        seen[ident] = path.name
        specs.append(spec)
    return specs


def load_benchmarks(folder: Path | None = None) -> tuple[Benchmark, ...]:
    """The national benchmarks of resources/criteria/benchmarks.json.

    Raises:
        CriteriaFormatError: the file is malformed.
    """
    path = (criteria_dir() if folder is None else folder) / BENCHMARKS_FILE
    try:
        data = read_json(path)
    except ValueError as exc:
        raise CriteriaFormatError(str(exc)) from exc
    return parse_benchmarks(data, origin=path.name)


def sync_criteria_sets(
    session: Session, specs: list[CriteriaSetSpec] | None = None
) -> CriteriaSyncReport:
    """Insert or update the criteria sets and criteria of `specs` (the shipped files by default).

    Idempotent: a second call with the same specs writes nothing. A criterion that has left
    its set's file is soft-deleted (assessments may point at it), and restored if it returns.
    Runs inside the caller's transaction.
    """
    specs = load_criteria_sets() if specs is None else specs
    counts = {"sets_added": 0, "sets_updated": 0, "added": 0, "updated": 0, "removed": 0}
    for spec in specs:
        row = session.scalars(
            select(CriteriaSet).where(
                CriteriaSet.key == spec.key, CriteriaSet.version == spec.version
            )
        ).one_or_none()
        values: dict[str, object] = {
            "name": spec.name,
            "track": spec.track,
            "law": spec.law,
            "valid_from": spec.valid_from,
            "valid_to": spec.valid_to,
            "source": spec.source,
            "scale": [point.answer.value for point in spec.scale],
            "deleted_at": None,
        }
        if row is None:
            row = CriteriaSet(
                id=criteria_set_id(spec.key, spec.version),
                key=spec.key,
                version=spec.version,
                **values,
            )
            session.add(row)
            counts["sets_added"] += 1
        elif _assign(row, values):
            counts["sets_updated"] += 1
        _sync_criteria(session, row, spec, counts)
    session.flush()
    return CriteriaSyncReport(
        sets_added=counts["sets_added"],
        sets_updated=counts["sets_updated"],
        criteria_added=counts["added"],
        criteria_updated=counts["updated"],
        criteria_removed=counts["removed"],
    )


class CriteriaService:
    """Use cases on criteria sets."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def sync(self) -> tuple[CriteriaSyncReport, Changes]:
        """Bring the database's criteria sets in step with the shipped files, in one transaction."""
        specs = load_criteria_sets()
        with self._db.write() as session:
            report = sync_criteria_sets(session, specs)
        changes = Changes.of(Entity.REVIEW) if report.changed else Changes()
        return report, changes


def _sync_criteria(
    session: Session, row: CriteriaSet, spec: CriteriaSetSpec, counts: dict[str, int]
) -> None:
    existing = {
        item.code: item
        for item in session.scalars(select(Criterion).where(Criterion.criteria_set_id == row.id))
    }
    for order, item in enumerate(spec.criteria):
        values = _criterion_values(item, order)
        current = existing.pop(item.code, None)
        if current is None:
            session.add(
                Criterion(
                    id=criterion_id(spec.key, spec.version, item.code),
                    criteria_set_id=row.id,
                    code=item.code,
                    **values,
                )
            )
            counts["added"] += 1
        elif _assign(current, values):
            counts["updated"] += 1
    for gone in existing.values():
        if gone.deleted_at is None:
            gone.deleted_at = utc_now()
            counts["removed"] += 1


def _criterion_values(item: CriterionSpec, order: int) -> dict[str, object]:
    return {
        "sort_order": order,
        "pejlemaerke": item.pejlemaerke,
        "provision": item.provision,
        "question": item.question,
        "guidance": item.guidance,
        "applies_when": item.applies_when,
        "deadline_rule": item.deadline_rule,
        "benchmark_key": item.benchmark_key,
        "deleted_at": None,
    }


def _assign(row: CriteriaSet | Criterion, values: dict[str, object]) -> bool:
    changed = False
    for name, value in values.items():
        if getattr(row, name) != value:
            setattr(row, name, value)
            changed = True
    return changed
