"""A package merged before is recognised by its digest: nothing decoded, nothing written."""

from __future__ import annotations

import shutil
import uuid
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from taskforce_app.domain.errors import UserError
from taskforce_app.domain.merge import TableCounts
from taskforce_app.importers.package import PackageHeader
from taskforce_app.persistence.database import Database, open_database
from taskforce_app.persistence.models import AuditEvent, Engagement, Milestone, Setting
from taskforce_app.services import exchange
from taskforce_app.services.exchange import MERGE_LOG_PREFIX, ExchangeService
from tests.services.helpers import PASSPHRASE


@pytest.fixture
def pair(demo_template: Path, tmp_path: Path) -> Iterator[tuple[Database, Database]]:
    """Two databases copied from the same demo file."""
    shutil.copyfile(demo_template, tmp_path / "a.sqlite")
    shutil.copyfile(demo_template, tmp_path / "b.sqlite")
    a, b = open_database(tmp_path / "a.sqlite"), open_database(tmp_path / "b.sqlite")
    a.actor, b.actor = "ALA", "BBO"
    yield a, b
    a.close()
    b.close()


def _milestone(db: Database) -> uuid.UUID:
    with db.read() as session:
        found = session.scalars(
            select(Milestone.id).where(Milestone.deleted_at.is_(None)).order_by(Milestone.id)
        ).first()
    assert found is not None
    return found


def _set_note(db: Database, milestone_id: uuid.UUID, note: str) -> None:
    with db.write() as session:
        record = session.get(Milestone, milestone_id)
        assert record is not None
        record.note = note


def _note(db: Database, milestone_id: uuid.UUID) -> str | None:
    with db.read() as session:
        record = session.get(Milestone, milestone_id)
        assert record is not None
        return record.note


def _export(db: Database, target: Path, passphrase: str | None = PASSPHRASE) -> Path:
    with db.read() as session:
        ids = list(session.scalars(select(Engagement.id).order_by(Engagement.id)))
    return ExchangeService(db).export(ids, target, passphrase=passphrase).path


def _written(db: Database) -> tuple[int, int]:
    """Audit events and merge log entries in the database."""
    with db.read() as session:
        events = session.scalar(
            select(func.count()).select_from(AuditEvent).execution_options(include_deleted=True)
        )
        logs = session.scalar(
            select(func.count()).where(Setting.key.startswith(MERGE_LOG_PREFIX, autoescape=True))
        )
    return int(events or 0), int(logs or 0)


def _records_must_not_be_decoded(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(header: PackageHeader) -> None:
        raise AssertionError(f"records of {header.path} decoded")

    monkeypatch.setattr(exchange, "read_records", refuse)


def test_a_package_merged_before_returns_nothing_new_without_decoding_or_writing(
    pair: tuple[Database, Database], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    a, b = pair
    milestone = _milestone(a)
    _set_note(a, milestone, "Note fra A")
    package = _export(a, tmp_path / "a.tfpkg")
    first = ExchangeService(b).merge(package, passphrase=PASSPHRASE)
    assert first.total == TableCounts(changed=1) and first.log_key is not None
    _set_note(b, milestone, "B retter bagefter")
    before = _written(b)

    _records_must_not_be_decoded(monkeypatch)
    second = ExchangeService(b).merge(package, passphrase=PASSPHRASE)
    dry = ExchangeService(b).merge(package, passphrase=PASSPHRASE, dry_run=True)

    assert second.total == TableCounts() and second.counts == {}
    assert second.events_added == 0 and second.decisions == () and second.log_key is None
    assert second.package.package_id == first.package.package_id
    assert second.matched == first.matched and not second.changes.entities
    assert dry.dry_run and dry.total == TableCounts()
    assert _written(b) == before
    assert _note(b, milestone) == "B retter bagefter", "the local edit since the merge holds"


def test_a_package_re_exported_after_a_change_is_merged(
    pair: tuple[Database, Database], tmp_path: Path
) -> None:
    a, b = pair
    milestone = _milestone(a)
    _set_note(a, milestone, "Første note")
    ExchangeService(b).merge(_export(a, tmp_path / "first.tfpkg"), passphrase=PASSPHRASE)
    events, logs = _written(b)
    _set_note(a, milestone, "Anden note")

    again = ExchangeService(b).merge(_export(a, tmp_path / "again.tfpkg"), passphrase=PASSPHRASE)

    assert again.total == TableCounts(changed=1) and again.log_key is not None
    assert _note(b, milestone) == "Anden note"
    assert _written(b)[1] == logs + 1 and _written(b)[0] > events


def test_a_package_that_brought_nothing_is_planned_again(
    pair: tuple[Database, Database], tmp_path: Path
) -> None:
    a, b = pair
    package = _export(a, tmp_path / "same.tfpkg")
    before = _written(b)

    first = ExchangeService(b).merge(package, passphrase=PASSPHRASE)
    second = ExchangeService(b).merge(package, passphrase=PASSPHRASE)

    assert first.total == second.total == TableCounts() and second.log_key is None
    assert _written(b) == before


def test_a_changed_member_under_a_merged_manifest_is_still_refused(
    pair: tuple[Database, Database], tmp_path: Path
) -> None:
    a, b = pair
    milestone = _milestone(a)
    _set_note(a, milestone, "Note fra A")
    package = _export(a, tmp_path / "plain.tfpkg", passphrase=None)
    ExchangeService(b).merge(package, resolve="theirs")
    forged = tmp_path / "forged.tfpkg"
    with zipfile.ZipFile(package) as source, zipfile.ZipFile(forged, "w") as target:
        for item in source.infolist():
            data = source.read(item)
            if item.filename == "data/milestone.jsonl":
                data = data.replace(b"Note fra A", b"Note fra X")
            target.writestr(item, data)
    before = _written(b)

    with pytest.raises(UserError) as refused:
        ExchangeService(b).merge(forged, resolve="theirs")

    assert refused.value.error_code == "exchange.tampered"
    assert _written(b) == before
    assert _note(b, milestone) == "Note fra A"
