"""Alembic is the only schema path: one head, models match it, old files upgrade safely."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory

import taskforce_app.persistence.models  # noqa: F401
from taskforce_app import paths
from taskforce_app.persistence import migrations
from taskforce_app.persistence.base import Base
from taskforce_app.persistence.database import open_database

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def _script_directory() -> ScriptDirectory:
    config = Config()
    config.set_main_option("script_location", str(paths.migrations_dir()))
    return ScriptDirectory.from_config(config)


def test_there_is_one_head_and_the_fast_reader_agrees_with_alembic() -> None:
    scripts = _script_directory()
    assert len(scripts.get_heads()) == 1
    assert migrations.head_revision() == scripts.get_current_head()
    assert set(migrations.known_revisions()) == {rev.revision for rev in scripts.walk_revisions()}


def test_models_match_the_migrated_schema(db_path: Path) -> None:
    database = open_database(db_path)
    try:
        with database.engine.connect() as connection:
            context = MigrationContext.configure(
                connection, opts={"compare_type": True, "render_as_batch": True}
            )
            differences = compare_metadata(context, Base.metadata)
    finally:
        database.close()
    assert differences == []


def test_the_first_migration_loads_the_98_municipalities(db_path: Path) -> None:
    connection = sqlite3.connect(db_path)
    try:
        per_region = dict(
            connection.execute("SELECT region, count(*) FROM municipality GROUP BY region")
        )
        codes = [row[0] for row in connection.execute("SELECT code FROM municipality")]
    finally:
        connection.close()
    assert per_region == {
        "Region Hovedstaden": 29,
        "Region Midtjylland": 19,
        "Region Nordjylland": 11,
        "Region Sjælland": 17,
        "Region Syddanmark": 22,
    }
    assert len(codes) == len(set(codes)) == 98
    assert all(len(code) == 3 and code.isdigit() for code in codes)


def test_constraints_are_named_and_foreign_keys_enforced(db_path: Path) -> None:
    connection = sqlite3.connect(db_path)
    try:
        schema = "\n".join(
            row[0]
            for row in connection.execute("SELECT sql FROM sqlite_master WHERE sql IS NOT NULL")
        )
    finally:
        connection.close()
    assert "CONSTRAINT pk_engagement PRIMARY KEY" in schema
    assert "CONSTRAINT fk_engagement_municipality_id_municipality" in schema
    assert "CONSTRAINT uq_case_record_engagement_id_case_ref" in schema

    from sqlalchemy import text
    from sqlalchemy.exc import IntegrityError

    database = open_database(db_path)
    try:
        with database.engine.connect() as connection2:
            assert connection2.execute(text("PRAGMA foreign_keys")).scalar() == 1
            assert connection2.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        with pytest.raises(IntegrityError), database.write() as session:
            session.execute(
                text(
                    "INSERT INTO engagement (id, municipality_id, title, phase, themes,"
                    " description, notes, created_at, updated_at) VALUES ('aa', 'nonexistent',"
                    " 't', 'opstart', '[]', '', '', '2026-01-01', '2026-01-01')"
                )
            )
    finally:
        database.close()


def test_a_file_from_the_first_release_opens_with_its_data(tmp_path: Path) -> None:
    copy = tmp_path / "old.sqlite"
    shutil.copyfile(FIXTURES / "schema_0001.sqlite", copy)
    from taskforce_app.bootstrap import open_context

    context = open_context(copy)
    try:
        rows = context.engagements.summaries()
        assert [row.municipality_name for row in rows] == ["Odense"]
        detail = context.engagements.get(rows[0].id)
        assert "æøå ÆØÅ" in detail.notes
        assert context.schema_revision == migrations.head_revision()
    finally:
        context.close()


def test_a_pending_upgrade_backs_up_first_and_keeps_the_data(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Simulate the next release: a copy of db/migrations with one more revision."""
    fake_root = tmp_path / "install"
    shutil.copytree(paths.install_root() / "db", fake_root / "db")
    shutil.copytree(paths.resources_dir(), fake_root / "resources")
    head = migrations.head_revision()
    (fake_root / "db" / "migrations" / "versions" / "2099_01_01_9001_next.py").write_text(
        f'''"""A later release adds a column."""
import sqlalchemy as sa
from alembic import op

revision: str = "9001"
down_revision: str | None = "{head}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("engagement") as batch:
        batch.add_column(sa.Column("extra_note", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("engagement") as batch:
        batch.drop_column("extra_note")
''',
        encoding="utf-8",
    )
    monkeypatch.setattr(paths, "install_root", lambda: fake_root)
    migrations.known_revisions.cache_clear()
    try:
        database_file = tmp_path / "data" / "work.sqlite"
        database_file.parent.mkdir()
        shutil.copyfile(FIXTURES / "schema_0001.sqlite", database_file)
        original = hashlib.sha256(database_file.read_bytes()).hexdigest()

        database = open_database(database_file)
        database.close()

        assert database.revision == "9001"
        assert database.upgrade_backup is not None
        backup = sqlite3.connect(database.upgrade_backup)
        try:
            assert backup.execute("SELECT version_num FROM alembic_version").fetchone() == (
                "0001",
            )  # the frozen file as it was
            assert backup.execute("SELECT count(*) FROM engagement").fetchone() == (1,)
        finally:
            backup.close()
        upgraded = sqlite3.connect(database_file)
        try:
            columns = [row[1] for row in upgraded.execute("PRAGMA table_info(engagement)")]
            assert "extra_note" in columns
            assert upgraded.execute("SELECT title FROM engagement").fetchone() == (
                "Task Force-forløb Odense 2025",
            )
        finally:
            upgraded.close()
        assert (
            hashlib.sha256(FIXTURES.joinpath("schema_0001.sqlite").read_bytes()).hexdigest()
            == original
        )
    finally:
        migrations.known_revisions.cache_clear()
