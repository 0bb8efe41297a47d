"""Exchange packages between two real databases copied from one demo and then diverged."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
import uuid
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from taskforce_app.domain.enums import ConsultantRole, Organisation
from taskforce_app.domain.errors import NotFoundError, UserError
from taskforce_app.domain.merge import TableCounts, UnresolvedConflictsError
from taskforce_app.domain.messages_exchange import MESSAGES
from taskforce_app.domain.text import translate
from taskforce_app.persistence.base import Base
from taskforce_app.persistence.database import Database, open_database
from taskforce_app.persistence.models import (
    AuditEvent,
    Consultant,
    Engagement,
    Finding,
    Milestone,
    MunicipalContact,
    Recommendation,
    Setting,
    TeamMember,
)
from taskforce_app.services.exchange import DATABASE_ID_KEY, ExchangeService
from tests.services.helpers import PASSPHRASE

NOT_COMPARED = {"audit_event", "setting"}
"""The history differs in its decision events; settings are per database (own id, merge log)."""


@dataclass
class Side:
    """One consultant's database and its exchange service."""

    path: Path
    db: Database
    exchange: ExchangeService


def _open(path: Path, actor: str) -> Side:
    db = open_database(path)
    db.actor = actor
    return Side(path, db, ExchangeService(db))


@pytest.fixture
def pair(demo_template: Path, tmp_path: Path) -> Iterator[tuple[Side, Side]]:
    """Two databases copied from the same demo file."""
    shutil.copyfile(demo_template, tmp_path / "a.sqlite")
    shutil.copyfile(demo_template, tmp_path / "b.sqlite")
    a, b = _open(tmp_path / "a.sqlite", "ALA"), _open(tmp_path / "b.sqlite", "BBO")
    yield a, b
    a.db.close()
    b.db.close()


@dataclass(frozen=True)
class Ids:
    """The records the scenario edits."""

    engagement: uuid.UUID
    finding: uuid.UUID
    milestone: uuid.UUID
    milestone2: uuid.UUID
    contact: uuid.UUID
    recommendation: uuid.UUID


def _pick(side: Side) -> Ids:
    with side.db.read() as session:
        engagement = session.scalars(
            select(Engagement.id)
            .join(Finding, Finding.engagement_id == Engagement.id)
            .join(Recommendation, Recommendation.engagement_id == Engagement.id)
            .join(MunicipalContact, MunicipalContact.engagement_id == Engagement.id)
            .order_by(Engagement.id)
        ).first()
        assert engagement is not None

        def first(model: Any, offset: int = 0) -> uuid.UUID:
            found = session.scalars(
                select(model.id)
                .where(model.engagement_id == engagement, model.deleted_at.is_(None))
                .order_by(model.id)
                .offset(offset)
            ).first()
            assert found is not None
            return uuid.UUID(str(found))

        return Ids(
            engagement,
            first(Finding),
            first(Milestone),
            first(Milestone, 1),
            first(MunicipalContact),
            first(Recommendation),
        )


def _edit(side: Side, model: Any, record_id: uuid.UUID, **values: Any) -> None:
    with side.db.write() as session:
        record = session.get(model, record_id)
        for name, value in values.items():
            setattr(record, name, value)


def _delete(side: Side, model: Any, record_id: uuid.UUID) -> None:
    with side.db.write() as session:
        record = session.get(model, record_id)
        assert record is not None
        record.soft_delete()


def _add(side: Side, record: Base) -> uuid.UUID:
    with side.db.write() as session:
        session.add(record)
        session.flush()
        return record.id


def _diverge(a: Side, b: Side) -> tuple[Ids, uuid.UUID, uuid.UUID]:
    """A and B each edit, delete and add; returns the ids and the two new records' ids."""
    ids = _pick(a)
    _edit(a, Finding, ids.finding, title="Titel rettet af A")
    _edit(b, Finding, ids.finding, description="Beskrivelse rettet af B")
    _edit(a, Milestone, ids.milestone, note="Note fra A")
    _edit(b, Milestone, ids.milestone, note="Note fra B")
    _edit(a, MunicipalContact, ids.contact, phone="11 22 33 44")
    _edit(b, MunicipalContact, ids.contact, phone="11 22 33 44")
    _delete(b, Recommendation, ids.recommendation)
    _delete(a, Milestone, ids.milestone2)
    _edit(b, Milestone, ids.milestone2, title="Milepæl omdøbt af B")
    new_a = _add(
        a,
        MunicipalContact(engagement_id=ids.engagement, name="Kontakt fra A", title="Leder"),
    )
    new_b = _add(
        b,
        MunicipalContact(engagement_id=ids.engagement, name="Kontakt fra B", email="b@x.dk"),
    )
    return ids, new_a, new_b


def _dump(side: Side) -> dict[str, dict[str, tuple[Any, ...]]]:
    """Every table's rows, field by field, by id (audit events and settings left out)."""
    result: dict[str, dict[str, tuple[Any, ...]]] = {}
    with side.db.read() as session:
        for table in Base.metadata.sorted_tables:
            if table.name in NOT_COMPARED:
                continue
            rows = session.execute(select(table)).all()
            result[table.name] = {str(row.id): tuple(row) for row in rows}
    return result


def _assert_same(a: Side, b: Side) -> None:
    left, right = _dump(a), _dump(b)
    for table in left:
        assert left[table].keys() == right[table].keys(), table
        for record_id, row in left[table].items():
            assert row == right[table][record_id], (table, record_id)


def _engagements(side: Side) -> list[uuid.UUID]:
    with side.db.read() as session:
        return list(session.scalars(select(Engagement.id).order_by(Engagement.id)))


def _fingerprint(path: Path) -> str:
    connection = sqlite3.connect(path)
    try:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        connection.close()
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _value(side: Side, model: Any, record_id: uuid.UUID, name: str) -> Any:
    with side.db.read() as session:
        record = session.get(model, record_id, execution_options={"include_deleted": True})
        return getattr(record, name)


def test_a_then_b_then_back_converges_with_exactly_the_real_conflicts(
    pair: tuple[Side, Side], tmp_path: Path
) -> None:
    a, b = pair
    ids, new_a, new_b = _diverge(a, b)
    package = a.exchange.export(_engagements(a), tmp_path / "a.tfpkg", passphrase=PASSPHRASE)
    assert package.counts["engagement"] == 8 and package.counts["audit_event"] > 0

    preview = b.exchange.preview(tmp_path / "a.tfpkg", passphrase=PASSPHRASE)
    assert {c.key for c in preview.conflicts} == {
        f"milestone/{ids.milestone}/note",
        f"milestone/{ids.milestone2}/deleted_at",
    }
    note = next(c for c in preview.conflicts if c.field == "note")
    assert (note.ours, note.theirs) == ("Note fra B", "Note fra A")
    assert preview.counts["municipal_contact"] == TableCounts(new=1)
    assert preview.counts["finding"] == TableCounts(changed=1)
    assert preview.counts["milestone"] == TableCounts(conflicts=2)
    assert preview.package.source_database_id == package.source_database_id

    with pytest.raises(UnresolvedConflictsError) as refused:
        b.exchange.merge(tmp_path / "a.tfpkg", passphrase=PASSPHRASE)
    assert len(refused.value.conflicts) == 2

    result = b.exchange.merge(
        tmp_path / "a.tfpkg",
        passphrase=PASSPHRASE,
        resolve={
            f"milestone/{ids.milestone}/note": "theirs",
            f"milestone/{ids.milestone2}/deleted_at": "ours",
        },
    )
    assert result.total == TableCounts(new=1, changed=1, conflicts=2)
    assert _value(b, Finding, ids.finding, "title") == "Titel rettet af A"
    assert _value(b, Finding, ids.finding, "description") == "Beskrivelse rettet af B"
    assert _value(b, Milestone, ids.milestone, "note") == "Note fra A"
    assert _value(b, Milestone, ids.milestone2, "deleted_at") is None
    assert _value(b, MunicipalContact, new_a, "name") == "Kontakt fra A"
    assert _value(b, Recommendation, ids.recommendation, "deleted_at") is not None
    assert result.log_key is not None
    json_out = result.to_json()
    assert json_out["total"] == {"new": 1, "changed": 1, "deleted": 0, "conflicts": 2}
    assert {d["decision"] for d in json_out["decisions"]} == {"ours", "theirs"}

    b.exchange.export(_engagements(b), tmp_path / "b.tfpkg", passphrase=PASSPHRASE)
    back = a.exchange.preview(tmp_path / "b.tfpkg", passphrase=PASSPHRASE)
    assert back.conflicts == ()
    done = a.exchange.merge(tmp_path / "b.tfpkg", passphrase=PASSPHRASE)
    assert done.counts["municipal_contact"] == TableCounts(new=1, changed=0)
    assert done.counts["recommendation"] == TableCounts(deleted=1)
    assert _value(a, MunicipalContact, new_b, "email") == "b@x.dk"
    assert _value(a, Milestone, ids.milestone2, "title") == "Milepæl omdøbt af B"
    assert _value(a, Milestone, ids.milestone2, "deleted_at") is None
    _assert_same(a, b)

    a.exchange.export(_engagements(a), tmp_path / "a2.tfpkg", passphrase=PASSPHRASE)
    assert b.exchange.merge(tmp_path / "a2.tfpkg", passphrase=PASSPHRASE).total == TableCounts()


def test_crossed_packages_merged_both_ways_converge(
    pair: tuple[Side, Side], tmp_path: Path
) -> None:
    a, b = pair
    ids, _, _ = _diverge(a, b)
    a.exchange.export(_engagements(a), tmp_path / "a.tfpkg", passphrase=PASSPHRASE)
    b.exchange.export(_engagements(b), tmp_path / "b.tfpkg", passphrase=PASSPHRASE)
    at_a = a.exchange.merge(tmp_path / "b.tfpkg", passphrase=PASSPHRASE, resolve="ours")
    at_b = b.exchange.merge(tmp_path / "a.tfpkg", passphrase=PASSPHRASE, policy="theirs")
    assert {d.conflict.field for d in at_a.decisions} == {"note", "deleted_at"}
    assert {d.conflict.field for d in at_b.decisions} == {"note", "deleted_at"}
    assert _value(b, Milestone, ids.milestone2, "deleted_at") is not None
    assert _value(a, Milestone, ids.milestone2, "title") == "Milepæl omdøbt af B"
    _assert_same(a, b)

    a.exchange.export(_engagements(a), tmp_path / "a2.tfpkg", passphrase=PASSPHRASE)
    b.exchange.export(_engagements(b), tmp_path / "b2.tfpkg", passphrase=PASSPHRASE)
    assert a.exchange.preview(tmp_path / "b2.tfpkg", passphrase=PASSPHRASE).conflicts == ()
    assert b.exchange.preview(tmp_path / "a2.tfpkg", passphrase=PASSPHRASE).conflicts == ()
    assert a.exchange.merge(tmp_path / "b2.tfpkg", passphrase=PASSPHRASE).total == TableCounts()
    assert b.exchange.merge(tmp_path / "a2.tfpkg", passphrase=PASSPHRASE).total == TableCounts()
    _assert_same(a, b)


def test_decisions_are_logged_as_audit_events_and_in_a_setting(
    pair: tuple[Side, Side], tmp_path: Path
) -> None:
    a, b = pair
    ids, _, _ = _diverge(a, b)
    a.exchange.export(_engagements(a), tmp_path / "a.tfpkg", passphrase=PASSPHRASE)
    result = b.exchange.merge(tmp_path / "a.tfpkg", passphrase=PASSPHRASE, resolve="ours")
    with b.db.read() as session:
        events = session.execute(
            select(
                AuditEvent.actor, AuditEvent.action, AuditEvent.old_value, AuditEvent.new_value
            ).where(AuditEvent.record_id == ids.milestone, AuditEvent.field == "note")
        ).all()
        log = session.scalars(select(Setting.value).where(Setting.key == result.log_key)).one()
    decided = [e for e in events if e.actor == "BBO" and e.old_value == "Note fra A"]
    assert len(decided) == 1 and decided[0].new_value == "Note fra B"
    assert decided[0].action.value == "update"
    assert any(e.new_value == "Note fra A" for e in events), "A's change arrived as history"
    assert isinstance(log, dict)
    assert {d["key"] for d in log["decisions"]} == {d.conflict.key for d in result.decisions}
    assert log["package"]["source_database_id"] == result.package.source_database_id


def test_merging_the_same_package_twice_changes_nothing(
    pair: tuple[Side, Side], tmp_path: Path
) -> None:
    a, b = pair
    _diverge(a, b)
    a.exchange.export(_engagements(a), tmp_path / "a.tfpkg", passphrase=PASSPHRASE)
    b.exchange.merge(tmp_path / "a.tfpkg", passphrase=PASSPHRASE, resolve="theirs")
    before = _dump(b)
    b.db.close()
    fingerprint = _fingerprint(b.path)
    again = _open(b.path, "BBO")
    try:
        second = again.exchange.merge(tmp_path / "a.tfpkg", passphrase=PASSPHRASE)
        assert second.total == TableCounts()
        assert second.events_added == 0 and second.decisions == () and second.log_key is None
        assert _dump(again) == before
    finally:
        again.db.close()
    assert _fingerprint(b.path) == fingerprint


def test_a_dry_run_reports_the_merge_and_changes_nothing(
    pair: tuple[Side, Side], tmp_path: Path
) -> None:
    a, b = pair
    _diverge(a, b)
    a.exchange.export(_engagements(a), tmp_path / "a.tfpkg", passphrase=PASSPHRASE)
    b.db.close()
    fingerprint = _fingerprint(b.path)
    again = _open(b.path, "BBO")
    try:
        result = again.exchange.merge(
            tmp_path / "a.tfpkg", passphrase=PASSPHRASE, resolve="theirs", dry_run=True
        )
        assert result.dry_run and result.total == TableCounts(new=1, changed=1, conflicts=2)
        assert len(result.decisions) == 2 and result.log_key is None
    finally:
        again.db.close()
    assert _fingerprint(b.path) == fingerprint


def test_records_made_on_both_sides_with_the_same_natural_key_are_matched(
    pair: tuple[Side, Side], tmp_path: Path
) -> None:
    a, b = pair
    ids = _pick(a)

    def zia(name: str) -> Consultant:
        return Consultant(
            name=name,
            initials="ZZ",
            organisation=Organisation.ANKESTYRELSEN,
            role=ConsultantRole.JURIST,
        )

    theirs_id = _add(a, zia("Zia fra A"))
    ours_id = _add(b, zia("Zia fra B"))
    member = _add(
        a,
        TeamMember(
            engagement_id=ids.engagement, consultant_id=theirs_id, role=ConsultantRole.JURIST
        ),
    )
    a.exchange.export([ids.engagement], tmp_path / "a.tfpkg", passphrase=PASSPHRASE)
    preview = b.exchange.preview(tmp_path / "a.tfpkg", passphrase=PASSPHRASE)
    assert preview.matched == {str(theirs_id): str(ours_id)}
    assert [(c.table, c.record_id, c.field) for c in preview.conflicts] == [
        ("consultant", str(ours_id), "name")
    ]
    b.exchange.merge(tmp_path / "a.tfpkg", passphrase=PASSPHRASE, resolve="theirs")
    assert _value(b, Consultant, ours_id, "name") == "Zia fra A"
    assert _value(b, TeamMember, member, "consultant_id") == ours_id
    assert b.exchange.merge(tmp_path / "a.tfpkg", passphrase=PASSPHRASE).total == TableCounts()


def test_an_encrypted_package_needs_its_passphrase(pair: tuple[Side, Side], tmp_path: Path) -> None:
    a, b = pair
    _diverge(a, b)
    target = tmp_path / "a.tfpkg"
    summary = a.exchange.export(_engagements(a)[:2], target, passphrase="rød grød med fløde")
    assert summary.encrypted
    assert b"Kontakt fra A" not in target.read_bytes()
    with pytest.raises(UserError) as missing:
        b.exchange.preview(target)
    assert missing.value.error_code == "exchange.passphrase_required"
    preview = b.exchange.preview(target, passphrase="rød grød med fløde")
    assert preview.package.encrypted and len(preview.package.engagements) == 2


def test_export_checks_its_input_and_writes_atomically(
    pair: tuple[Side, Side], tmp_path: Path
) -> None:
    a, _ = pair
    with a.db.read() as session:
        settings_before = session.scalar(select(func.count()).select_from(Setting)) or 0
    with pytest.raises(UserError) as none:
        a.exchange.export([], tmp_path / "x.tfpkg")
    assert none.value.error_code == "exchange.no_engagements"
    with pytest.raises(NotFoundError):
        a.exchange.export([uuid.uuid4()], tmp_path / "x.tfpkg")
    target = tmp_path / "x.tfpkg"
    target.write_bytes(b"old")
    with pytest.raises(UserError) as cancelled:
        a.exchange.export(_engagements(a), target, cancelled=lambda: True)
    assert cancelled.value.error_code == "operation.cancelled"
    assert target.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir() if "partial" in p.name) == []
    steps: list[tuple[int, int]] = []
    first = a.exchange.export(_engagements(a), target, progress=lambda d, t: steps.append((d, t)))
    assert steps[-1][0] == steps[-1][1]
    with zipfile.ZipFile(target) as archive:
        assert "manifest.json" in archive.namelist()
        assert "data/engagement.jsonl" in archive.namelist()
    second = a.exchange.export(_engagements(a), target)
    assert first.source_database_id == second.source_database_id != ""
    with a.db.read() as session:
        stored = session.scalar(select(Setting.value).where(Setting.key == DATABASE_ID_KEY))
        assert stored == first.source_database_id
        settings_after = session.scalar(select(func.count()).select_from(Setting))
        assert settings_after == settings_before + 1, "export stores only the database id"


def _corrupt_variants(good: Path, encrypted: Path, folder: Path) -> dict[str, tuple[Path, str]]:
    data = good.read_bytes()
    truncated = folder / "truncated.tfpkg"
    truncated.write_bytes(data[: len(data) // 2])
    tampered = folder / "tampered.tfpkg"
    with zipfile.ZipFile(good) as source, zipfile.ZipFile(tampered, "w") as target:
        for item in source.infolist():
            payload = source.read(item.filename)
            if item.filename == "data/milestone.jsonl":
                payload = payload.replace(b"Note fra A", b"Note fra X")
            target.writestr(item, payload)
    not_zip = folder / "notes.tfpkg"
    not_zip.write_text("Dette er ikke en pakke", encoding="utf-8")
    flipped = folder / "flipped.tfpkg"
    raw = bytearray(encrypted.read_bytes())
    raw[-40] ^= 0xFF
    flipped.write_bytes(bytes(raw))
    return {
        "truncated": (truncated, "exchange.damaged"),
        "tampered": (tampered, "exchange.tampered"),
        "not a zip": (not_zip, "exchange.not_a_package"),
        "wrong passphrase": (encrypted, "exchange.wrong_passphrase"),
        "changed ciphertext": (flipped, "exchange.wrong_passphrase"),
        "missing": (folder / "nowhere.tfpkg", "exchange.file_not_found"),
    }


def test_bad_packages_are_refused_and_the_database_is_byte_for_byte_unchanged(
    pair: tuple[Side, Side], tmp_path: Path
) -> None:
    a, b = pair
    _diverge(a, b)
    good = a.exchange.export(_engagements(a), tmp_path / "a.tfpkg").path
    encrypted = a.exchange.export(_engagements(a), tmp_path / "e.tfpkg", passphrase=PASSPHRASE).path
    variants = _corrupt_variants(good, encrypted, tmp_path)
    b.db.close()
    fingerprint = _fingerprint(b.path)
    again = _open(b.path, "BBO")
    try:
        for name, (path, code) in variants.items():
            passphrase = "forkert" if "passphrase" in name or "cipher" in name else None
            with pytest.raises(UserError) as refused:
                again.exchange.merge(path, resolve="theirs", passphrase=passphrase)
            assert refused.value.error_code == code, name
            danish = translate(MESSAGES[code], "da").format(**refused.value.params)
            assert str(path) in danish
        with pytest.raises(UnresolvedConflictsError):
            again.exchange.merge(good)
    finally:
        again.db.close()
    assert _fingerprint(b.path) == fingerprint


def test_a_package_from_a_newer_schema_is_refused(pair: tuple[Side, Side], tmp_path: Path) -> None:
    a, b = pair
    good = a.exchange.export(_engagements(a)[:1], tmp_path / "a.tfpkg").path
    import json

    newer = tmp_path / "newer.tfpkg"
    with zipfile.ZipFile(good) as source, zipfile.ZipFile(newer, "w") as target:
        manifest = json.loads(source.read("manifest.json"))
        manifest["format_version"] = 99
        target.writestr("manifest.json", json.dumps(manifest))
    with pytest.raises(UserError) as refused:
        b.exchange.preview(newer)
    assert refused.value.error_code == "exchange.too_new"


def test_deletion_travels_and_updated_at_converges(pair: tuple[Side, Side], tmp_path: Path) -> None:
    a, b = pair
    ids = _pick(a)
    _delete(a, Finding, ids.finding)
    a.exchange.export([ids.engagement], tmp_path / "a.tfpkg", passphrase=PASSPHRASE)
    result = b.exchange.merge(tmp_path / "a.tfpkg", passphrase=PASSPHRASE)
    assert result.counts == {"finding": TableCounts(deleted=1)}
    assert _value(b, Finding, ids.finding, "deleted_at") == _value(
        a, Finding, ids.finding, "deleted_at"
    )
    assert _value(b, Finding, ids.finding, "updated_at") == _value(
        a, Finding, ids.finding, "updated_at"
    )
    deleted_at = _value(b, Finding, ids.finding, "deleted_at")
    assert isinstance(deleted_at, datetime) and deleted_at.tzinfo is UTC
