"""Shared test setup: offscreen Qt, private user folders, folder markers, migrated databases."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

# Before anything imports Qt or platformdirs: no display, and never the real user's folders.
os.environ["QT_QPA_PLATFORM"] = "offscreen"
_SANDBOX = Path(tempfile.mkdtemp(prefix="taskforce-tests-"))
for _variable in ("XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
    os.environ[_variable] = str(_SANDBOX / _variable.lower())

_ROOT = Path(__file__).resolve().parents[1]

_FOLDER_MARKERS = {
    "domain",
    "services",
    "persistence",
    "gui",
    "cli",
    "architecture",
    "importers",
    "exporters",
    "packaging",
}


def pytest_configure(config: pytest.Config) -> None:
    """Compile the Danish .qm and .mo when the .ts or .po is newer (the app never compiles them).

    Only the controlling process does it, before any xdist worker starts.
    """
    if hasattr(config, "workerinput"):
        return
    import runpy

    script = runpy.run_path(str(_ROOT / "resources" / "i18n" / "compile_translations.py"))
    if script["stale"]():
        script["compile_translations"]()
    catalogues = runpy.run_path(str(_ROOT / "resources" / "locale" / "compile_catalogues.py"))
    if catalogues["stale"]():
        catalogues["compile_catalogues"]()


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark every test with the name of its folder, so `-m "not gui"` is the Qt-free run."""
    for item in items:
        folder = Path(str(item.fspath)).parent.name
        if folder in _FOLDER_MARKERS:
            item.add_marker(getattr(pytest.mark, folder))


@pytest.fixture(scope="session")
def migrated_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An empty database created once per session through the app's own migration path."""
    from taskforce_app.persistence.database import open_database

    path = tmp_path_factory.mktemp("template") / "template.sqlite"
    database = open_database(path)
    database.close()
    _checkpoint(path)
    return path


@pytest.fixture
def db_path(migrated_template: Path, tmp_path: Path) -> Path:
    """A fresh, fully migrated, empty database file for one test."""
    target = tmp_path / "taskforce.sqlite"
    shutil.copyfile(migrated_template, target)
    return target


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo database, written once per session by the same code as `taskforce-app demo`."""
    from taskforce_app.demo import write_demo_database

    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    write_demo_database(str(path), force=False)
    _checkpoint(path)
    return path


@pytest.fixture
def demo_db_path(demo_template: Path, tmp_path: Path) -> Path:
    """A private copy of the demo database for one test."""
    target = tmp_path / "demo.sqlite"
    shutil.copyfile(demo_template, target)
    return target


@pytest.fixture
def context(db_path: Path) -> Iterator[object]:
    """An `AppContext` over a fresh empty database."""
    from taskforce_app.bootstrap import open_context

    ctx = open_context(db_path)
    yield ctx
    ctx.close()


def _checkpoint(path: Path) -> None:
    """Fold the WAL into the main file so a plain file copy is a complete database."""
    import sqlite3

    connection = sqlite3.connect(path)
    try:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        connection.close()


_PG: dict[str, object] = {}


def _pg_admin() -> str | None:
    """The admin URL of the test PostgreSQL server (started once per session), or None."""
    if "url" not in _PG:
        from tests.pg_server import admin_url

        started, stop = admin_url()
        _PG["url"], _PG["stop"] = started, stop
    known = _PG["url"]
    return known if isinstance(known, str) else None


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """`backend_url` runs a test on SQLite and, when a server is there, on PostgreSQL."""
    if "backend_url" in metafunc.fixturenames:
        backends = ["sqlite"] + (["postgresql"] if _pg_admin() else [])
        metafunc.parametrize("backend_url", backends, indirect=True)


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """Stop a PostgreSQL server the tests started themselves."""
    stop = _PG.get("stop")
    if callable(stop):
        stop()


@pytest.fixture
def backend_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A fresh database: an SQLite file, or a new database on the test PostgreSQL server."""
    if request.param == "sqlite":
        yield str(tmp_path / "backend.sqlite")
        return
    import uuid

    import psycopg

    admin = _pg_admin()
    assert admin is not None
    name = f"tf_test_{uuid.uuid4().hex[:12]}"
    plain = admin.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(plain, autocommit=True) as connection:
        connection.execute(f'CREATE DATABASE "{name}"')
    yield admin.rsplit("/", 1)[0] + f"/{name}"
    with psycopg.connect(plain, autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
