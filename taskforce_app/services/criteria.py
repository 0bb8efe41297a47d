"""Criteria sets: the shipped files and the criteria tables kept in step with them.

Reading and parsing the files lives below the services (`persistence.reference_files`, the
domain), and so does the sync: every writable open of a database runs it
(`persistence.reference_sync`). This module keeps the services' entry points to both.

Records get deterministic ids (uuid5 of `key:version` and `key:version:code`), so two laptops
that sync the same files hold the same ids and their data can be merged.
"""

from __future__ import annotations

import uuid
from pathlib import Path

from sqlalchemy.orm import Session

from taskforce_app.domain.changes import Changes, Entity
from taskforce_app.domain.criteria import Benchmark, CriteriaSetSpec
from taskforce_app.domain.reference_data import (
    CRITERIA_NAMESPACE,
    criteria_set_id,
    criterion_id,
)
from taskforce_app.persistence import reference_files, reference_sync
from taskforce_app.persistence.database import Database
from taskforce_app.persistence.reference_files import BENCHMARKS_FILE, criteria_dir
from taskforce_app.persistence.reference_sync import CriteriaSyncReport

__all__ = [
    "BENCHMARKS_FILE",
    "CRITERIA_NAMESPACE",
    "CriteriaService",
    "CriteriaSyncReport",
    "criteria_dir",
    "criteria_set_id",
    "criterion_id",
    "load_benchmarks",
    "load_criteria_sets",
    "stored_criteria_set_id",
    "sync_criteria_sets",
]


def load_criteria_sets(folder: Path | None = None) -> list[CriteriaSetSpec]:
    """Every criteria set file (`*_v<N>.json`) in `folder` (resources/criteria by default).

    Raises:
        CriteriaFormatError: a file is malformed; the message names the file and the field.
    """
    return reference_files.load_criteria_sets(folder)


def load_benchmarks(folder: Path | None = None) -> tuple[Benchmark, ...]:
    """The national benchmarks of resources/criteria/benchmarks.json.

    Raises:
        CriteriaFormatError: the file is malformed.
    """
    return reference_files.load_benchmarks(folder)


def sync_criteria_sets(
    session: Session, specs: list[CriteriaSetSpec] | None = None
) -> CriteriaSyncReport:
    """Insert or update the criteria sets and criteria of `specs` (the shipped files by default).

    Opening a database already does this for the shipped files; call it for other specs.
    Idempotent: a second call with the same specs writes nothing. A set in use by a round is
    never changed (changed content becomes a new version). Runs inside the caller's transaction.
    """
    specs = load_criteria_sets() if specs is None else specs
    session.flush()
    return reference_sync.sync_criteria_sets(session.connection(), specs)


def stored_criteria_set_id(session: Session, key: str, version: int) -> uuid.UUID:
    """The id of the shipped set `key` version `version` in this database.

    `criteria_set_id(key, version)`, unless the set was in use when its file changed and its
    new content had to be stored as a new version.
    """
    return reference_sync.stored_criteria_set_id(session.connection(), key, version)


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
