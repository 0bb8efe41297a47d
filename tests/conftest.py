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

_FOLDER_MARKERS = {
    "domain",
    "services",
    "persistence",
    "gui",
    "cli",
    "architecture",
    "importers",
    "exporters",
}


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
    from taskforce_app.services.demo import write_demo_database

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
