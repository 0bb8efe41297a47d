"""Syncing the shipped criteria sets: deterministic ids, idempotent, updates and removals."""

from __future__ import annotations

import json
import shutil
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import func, select

from taskforce_app.domain.criteria import CriteriaFormatError
from taskforce_app.domain.enums import Track
from taskforce_app.persistence.database import open_database
from taskforce_app.persistence.models import AuditEvent, CriteriaSet, Criterion
from taskforce_app.services.criteria import (
    CriteriaService,
    criteria_dir,
    criteria_set_id,
    criterion_id,
    load_benchmarks,
    load_criteria_sets,
    sync_criteria_sets,
)


def test_load_reads_every_shipped_set() -> None:
    specs = {spec.key: spec for spec in load_criteria_sets()}
    assert set(specs) == {"barnets_lov", "serviceloven", "socialfaglig"}
    assert specs["socialfaglig"].track is Track.SOCIALFAGLIG
    assert len(load_benchmarks()) >= 10


def test_ids_are_deterministic() -> None:
    # Fixed values: if these change, databases synced by older versions stop agreeing.
    assert str(criteria_set_id("barnets_lov", 1)) == "a70cedff-5f9b-559f-91f7-3a95c16bcb98"
    assert str(criterion_id("barnets_lov", 1, "BL-01")) == "72f60f63-c08c-5488-aca2-66a2544ace24"
    assert criterion_id("barnets_lov", 1, "BL-01") != criterion_id("barnets_lov", 2, "BL-01")


def test_open_syncs_with_deterministic_ids_and_the_service_sync_is_idempotent(
    db_path: Path,
) -> None:
    db = open_database(db_path)
    db.actor = "test"
    try:
        report, changes = CriteriaService(db).sync()
        assert not report.changed
        assert not changes.entities
        with db.read() as session:
            ids = set(session.scalars(select(CriteriaSet.id)))
            assert criteria_set_id("barnets_lov", 1) in ids
            row = session.get(Criterion, criterion_id("serviceloven", 1, "SL-04"))
            assert row is not None and row.provision == "Serviceloven § 48"
            assert row.sort_order == 3
            assert (
                session.scalar(select(func.count()).select_from(Criterion))
                == 14 + 14 + 4 + 20 + 17 + 4
            )
            written = session.scalar(
                select(func.count()).select_from(AuditEvent).where(AuditEvent.actor == "test")
            )
            assert written == 0
    finally:
        db.close()


def test_two_databases_agree_on_ids(db_path: Path, tmp_path: Path) -> None:
    other_path = tmp_path / "other.sqlite"
    shutil.copyfile(db_path, other_path)
    found = []
    for path in (db_path, other_path):
        db = open_database(path)
        try:
            CriteriaService(db).sync()
            with db.read() as session:
                found.append(sorted(str(i) for i in session.scalars(select(Criterion.id))))
        finally:
            db.close()
    assert found[0] == found[1]


def test_sync_updates_changed_texts_and_soft_deletes_removed_criteria(db_path: Path) -> None:
    db = open_database(db_path)
    try:
        specs = load_criteria_sets()
        with db.write() as session:
            sync_criteria_sets(session, specs)
        legal = next(spec for spec in specs if spec.key == "barnets_lov")
        first = replace(legal.criteria[0], guidance="Ny vejledning.")
        edited = replace(legal, name="Barnets lov (rettet)", criteria=(first, *legal.criteria[2:]))
        changed = [edited if spec is legal else spec for spec in specs]
        with db.write() as session:
            report = sync_criteria_sets(session, changed)
        assert (report.sets_updated, report.criteria_updated, report.criteria_removed) == (
            1,
            14 - 1,
            1,
        )
        with db.read() as session:
            gone = session.get(
                Criterion,
                criterion_id("barnets_lov", 1, "BL-02"),
                execution_options={"include_deleted": True},
            )
            assert gone is not None and gone.deleted_at is not None
            kept = session.get(Criterion, criterion_id("barnets_lov", 1, "BL-01"))
            assert kept is not None and kept.guidance == "Ny vejledning."
        with db.write() as session:
            report = sync_criteria_sets(session, specs)
        assert report.sets_updated == 1
        with db.read() as session:
            back = session.get(Criterion, criterion_id("barnets_lov", 1, "BL-02"))
            assert back is not None and back.deleted_at is None
    finally:
        db.close()


def test_a_malformed_file_names_itself(tmp_path: Path) -> None:
    for name in ("barnets_lov_v1.json", "serviceloven_v1.json"):
        shutil.copyfile(criteria_dir() / name, tmp_path / name)
    (tmp_path / "broken_v1.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(CriteriaFormatError, match=r"broken_v1\.json"):
        load_criteria_sets(tmp_path)
    (tmp_path / "broken_v1.json").write_text(
        json.dumps({**json.loads((tmp_path / "serviceloven_v1.json").read_text("utf-8"))}),
        encoding="utf-8",
    )
    with pytest.raises(CriteriaFormatError, match="also in"):
        load_criteria_sets(tmp_path)
