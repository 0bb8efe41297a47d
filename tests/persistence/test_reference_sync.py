"""Reference data is present and in step in every database, synced by opening it."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, event, func, select

from taskforce_app import paths
from taskforce_app.domain.errors import DatabaseError
from taskforce_app.domain.reference_data import criteria_set_id, criterion_id, municipality_id
from taskforce_app.persistence.database import Database, open_database
from taskforce_app.persistence.models import (
    Assessment,
    CriteriaSet,
    Criterion,
    Municipality,
    ReviewRound,
    SampledCase,
    Setting,
)
from taskforce_app.persistence.reference_files import read_reference_files
from taskforce_app.persistence.reference_sync import (
    FINGERPRINT_KEY,
    stored_criteria_set_id,
    stored_fingerprint,
)

CHANGED_QUESTION = "Er der udarbejdet en børnefaglig undersøgelse (ny formulering)?"


@pytest.fixture
def resources(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A private copy of resources/reference and resources/criteria the program reads instead."""
    shipped = paths.resources_dir()
    copy = tmp_path / "resources"
    for folder in ("reference", "criteria"):
        shutil.copytree(shipped / folder, copy / folder)
    monkeypatch.setattr(paths, "resources_dir", lambda: copy)
    return copy


@pytest.fixture
def statements() -> Iterator[list[str]]:
    """Every SQL statement any engine runs while the test does."""
    found: list[str] = []

    def record(*args: object) -> None:
        found.append(str(args[2]))

    event.listen(Engine, "before_cursor_execute", record)
    yield found
    event.remove(Engine, "before_cursor_execute", record)


def _count(db: Database, model: type[object]) -> int:
    with db.read() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def _writes(found: list[str]) -> list[str]:
    return [
        s for s in found if s.lstrip().split(" ", 1)[0].upper() in {"INSERT", "UPDATE", "DELETE"}
    ]


def _change_first_question(resources: Path) -> None:
    path = resources / "criteria" / "barnets_lov_v2.json"
    data = json.loads(path.read_text("utf-8"))
    data["criteria"][0]["question"] = CHANGED_QUESTION
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")


def test_a_database_just_created_has_the_reference_data(backend_url: str) -> None:
    db = open_database(backend_url)
    try:
        assert _count(db, Municipality) == 98
        assert _count(db, CriteriaSet) == 6
        assert _count(db, Criterion) == 14 + 14 + 4 + 20 + 17 + 4
        with db.read() as session:
            assert session.get(CriteriaSet, criteria_set_id("socialfaglig", 1)) is not None
            copenhagen = session.get(Municipality, municipality_id("101"))
            assert copenhagen is not None and copenhagen.name == "København"
            files = read_reference_files()
            # Themes and benchmarks are read from the files, not stored: the fingerprint covers
            # them, so they were checked when the database was opened.
            assert {"reference/themes.json", "criteria/benchmarks.json"} <= set(files.contents)
            assert stored_fingerprint(session.connection()) == files.fingerprint
    finally:
        db.close()


def test_opening_again_writes_nothing_and_reads_one_setting(
    tmp_path: Path, statements: list[str]
) -> None:
    path = tmp_path / "new.sqlite"
    open_database(path).close()
    assert any("criteria_set" in s for s in _writes(statements))
    statements.clear()
    db = open_database(path)
    db.close()
    assert _writes(statements) == []
    touching_reference = [s for s in statements if "setting" in s or "criteria" in s]
    assert len(touching_reference) == 1 and touching_reference[0].lstrip().startswith("SELECT")


def test_a_changed_set_in_use_gets_a_new_version_and_the_round_keeps_its_own(
    demo_db_path: Path, resources: Path
) -> None:
    old_set = criteria_set_id("barnets_lov", 2)
    db = open_database(demo_db_path)
    try:
        with db.read() as session:
            rounds = set(
                session.scalars(
                    select(ReviewRound.id).where(ReviewRound.legal_criteria_set_id == old_set)
                )
            )
            answered = session.scalar(
                select(func.count())
                .select_from(Assessment)
                .join(SampledCase, Assessment.sampled_case_id == SampledCase.id)
                .where(SampledCase.round_id.in_(rounds), Assessment.answer.is_not(None))
            )
        assert rounds and answered
    finally:
        db.close()

    _change_first_question(resources)
    db = open_database(demo_db_path)
    try:
        with db.read() as session:
            new_set = stored_criteria_set_id(session.connection(), "barnets_lov", 2)
            assert new_set == criteria_set_id("barnets_lov", 3)
            bumped = session.get(CriteriaSet, new_set)
            assert bumped is not None and bumped.version == 3
            first_new = session.get(Criterion, criterion_id("barnets_lov", 3, "BL-01"))
            assert first_new is not None and first_new.question == CHANGED_QUESTION
            first_old = session.get(Criterion, criterion_id("barnets_lov", 2, "BL-01"))
            assert first_old is not None and first_old.question != CHANGED_QUESTION
            assert first_old.deleted_at is None
            kept = set(
                session.scalars(
                    select(ReviewRound.id).where(ReviewRound.legal_criteria_set_id == old_set)
                )
            )
            assert kept == rounds
            sets = session.scalar(
                select(func.count())
                .select_from(CriteriaSet)
                .where(CriteriaSet.key == "barnets_lov")
            )
            assert sets == 3
    finally:
        db.close()

    db = open_database(demo_db_path)
    try:
        with db.read() as session:
            assert session.get(CriteriaSet, criteria_set_id("barnets_lov", 4)) is None
    finally:
        db.close()


def test_a_changed_set_nobody_uses_is_updated_in_place(db_path: Path, resources: Path) -> None:
    _change_first_question(resources)
    db = open_database(db_path)
    try:
        with db.read() as session:
            first = session.get(Criterion, criterion_id("barnets_lov", 2, "BL-01"))
            assert first is not None and first.question == CHANGED_QUESTION
            assert session.get(CriteriaSet, criteria_set_id("barnets_lov", 3)) is None
            assert stored_fingerprint(session.connection()) == read_reference_files().fingerprint
    finally:
        db.close()


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("criteria/barnets_lov_v1.json", "{not json"),
        (
            "reference/municipalities.csv",
            "code,name,region,iso_3166_2\n101,København,Nowhere,DK-84\n",
        ),
        ("reference/themes.json", '{"themes": []}'),
        ("criteria/benchmarks.json", '{"benchmarks": [{"key": "x"}]}'),
    ],
)
def test_a_broken_reference_file_is_one_danish_message_and_changes_nothing(
    db_path: Path, resources: Path, name: str, content: str
) -> None:
    db = open_database(db_path)
    with db.read() as session:
        before = session.scalar(select(Setting.value).where(Setting.key == FINGERPRINT_KEY))
    db.close()
    (resources / name).write_text(content, encoding="utf-8")
    with pytest.raises(DatabaseError) as raised:
        open_database(db_path)
    assert raised.value.error_code == "reference.invalid"
    message = raised.value.message()
    assert "referencedata" in message and "Databasen er ikke ændret" in message
    assert Path(name).name in message
    assert "Traceback" not in message
    db = open_database(db_path, read_only=True)
    try:
        with db.read() as session:
            after = session.scalar(select(Setting.value).where(Setting.key == FINGERPRINT_KEY))
        assert after == before
        assert _count(db, Criterion) == 14 + 14 + 4 + 20 + 17 + 4
    finally:
        db.close()
